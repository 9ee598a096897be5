"""Smoke-test what packaging/build.py made, as a user gets it (not the source tree):

    python packaging/smoke_test.py [--out DIR]      (default: dist/)

The bundle's program answers --version, fills a store with demo data, checks it, writes a
visit briefing as PDF, syncs through a plain and an encrypted team file and through a team
server (a PostgreSQL of its own, where the server's programs are installed), and keeps its
window up for a few seconds on a real X screen (Xvfb) with nothing above INFO in its log. The .deb
holds the program, the desktop entry, the metainfo, the MIME type and the icons; the desktop
entry passes `desktop-file-validate` and the metainfo `appstreamcli validate`. Exits 1 on the
first failure.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from kamdesk import __version__

ROOT = Path(__file__).resolve().parent.parent
APP_ID = "de.kamdesk.kamdesk"
GUI_SECONDS = 5
DISPLAY = ":73"


class Bundle:
    def __init__(self, program: Path, folder: Path) -> None:
        self.program, self.folder = program, folder
        self.environment = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(folder / "home"),
            "LANG": "C.UTF-8",  # as a desktop session has it
            "QT_QPA_PLATFORM": "offscreen",
            "KAMDESK_LOG_DIR": str(folder / "log"),
            "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
        }

    def run(self, *arguments: str, **variables: str) -> str:
        done = subprocess.run(
            [str(self.program), "--data-dir", str(self.folder / "store"), *arguments],
            capture_output=True,
            text=True,
            timeout=120,
            env={**self.environment, **variables},
        )
        if done.returncode:
            raise SystemExit(f"`kamdesk {' '.join(arguments)}` failed:\n{done.stderr}")
        return done.stdout

    def window_stays_up(self) -> None:
        """The window on an X screen of its own, as on a desktop."""
        screen = subprocess.Popen(
            ["Xvfb", DISPLAY, "-screen", "0", "1280x800x24", "-nolisten", "tcp"]
        )
        try:
            time.sleep(1)
            on_screen = {**self.environment, "DISPLAY": DISPLAY, "QT_QPA_PLATFORM": "xcb"}
            window = subprocess.Popen(
                [str(self.program), "--data-dir", str(self.folder / "store")],
                env=on_screen,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            time.sleep(GUI_SECONDS)
            if window.poll() is not None:
                raise SystemExit(f"the window closed by itself:\n{window.communicate()[1]}")
            window.terminate()  # as a logout does: the window closes as Quit does
            window.communicate(timeout=30)
        finally:
            screen.terminate()
            screen.wait()
        log = (self.folder / "log" / "kamdesk.log").read_text(encoding="utf-8")
        loud = [line for line in log.splitlines() if " WARNING " in line or " ERROR " in line]
        if window.returncode or loud:
            raise SystemExit(f"the window ended with {window.returncode}: {loud}")


def syncs_with_a_server(bundle: Bundle, team_file: Path) -> None:
    """The bundle's own PostgreSQL driver and libpq make a team server, move the team's file
    onto it and sync with it."""
    sys.path.insert(0, str(ROOT))
    from tests.postgres import Cluster, programs  # the tests' own throwaway server

    found = programs()
    if found is None:
        if os.environ.get("CI"):
            raise SystemExit(
                "PostgreSQL's server programs are missing (apt-get install postgresql)"
            )
        print("no PostgreSQL here: the team server is not smoke-tested")
        return
    cluster = Cluster(found)
    cluster.start()
    try:
        url = cluster.new_database()
        bundle.run("server", "init", url)
        bundle.run("server", "import", str(team_file), url)
        assert json.loads(bundle.run("sync", url, "--json"))["conflicts"] == 0
    finally:
        cluster.stop()


def smoke_test_bundle(program: Path) -> None:
    with tempfile.TemporaryDirectory() as name:
        bundle = Bundle(program, Path(name))
        assert bundle.run("--version").strip() == f"kamdesk {__version__}"
        bundle.run("demo", "--accounts", "20", "--seed", "1")
        assert "healthy" in bundle.run("check")
        account = json.loads(bundle.run("accounts", "list", "--json"))[0]["name"]
        briefing = Path(name) / "briefing.pdf"
        bundle.run("briefing", account, "--out", str(briefing))
        assert briefing.read_bytes().startswith(b"%PDF")
        for form, passphrase in (("plain", ""), ("encrypted", "Vertrieb Süd 2026")):
            shared = Path(name) / form / "team.kamdesk"
            shared.parent.mkdir()
            synced = bundle.run("sync", str(shared), "--json", KAMDESK_TEAM_PASSPHRASE=passphrase)
            assert json.loads(synced)["went_out"] > 0
            assert (b"kamdesk-encrypted" in shared.read_bytes()[:32]) == bool(passphrase)
        syncs_with_a_server(bundle, Path(name) / "plain" / "team.kamdesk")
        bundle.window_stays_up()
    print(f"bundle {program}: --version, demo, check, briefing, sync, server, window: ok")


def smoke_test_debian(package: Path) -> None:
    listed = subprocess.run(
        ["dpkg-deb", "--contents", str(package)], capture_output=True, text=True, check=True
    ).stdout
    wanted = [
        "./opt/kamdesk/kamdesk",
        "./usr/bin/kamdesk",
        f"./usr/share/applications/{APP_ID}.desktop",
        f"./usr/share/metainfo/{APP_ID}.metainfo.xml",
        "./usr/share/mime/packages/kamdesk-team.xml",
        f"./usr/share/icons/hicolor/48x48/apps/{APP_ID}.png",
        f"./usr/share/icons/hicolor/scalable/apps/{APP_ID}.svg",
    ]
    missing = [path for path in wanted if path not in listed]
    if missing:
        raise SystemExit(f"{package} lacks {missing}")
    with tempfile.TemporaryDirectory() as name:
        subprocess.run(["dpkg-deb", "--extract", str(package), name], check=True)
        share = Path(name) / "usr" / "share"
        for check in (
            ["desktop-file-validate", str(share / "applications" / f"{APP_ID}.desktop")],
            [
                "appstreamcli",
                "validate",
                "--no-net",
                str(share / "metainfo" / f"{APP_ID}.metainfo.xml"),
            ],
        ):
            subprocess.run(check, check=True, stdout=subprocess.DEVNULL)
    print(f"{package}: contents, desktop entry and metainfo: ok")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    out = parser.parse_args().out.resolve()
    smoke_test_bundle(out / "bundle" / "kamdesk" / "kamdesk")
    smoke_test_debian(out / f"kamdesk_{__version__}_amd64.deb")


if __name__ == "__main__":
    sys.exit(main())
