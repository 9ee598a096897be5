"""Build kamdesk's bundle and installer for the platform it runs on:

    python packaging/build.py [--out DIR]      (default: dist/)

Everywhere: PyInstaller with packaging/kamdesk.spec, the icon drawn from resources/ by Qt.
Linux: the one-folder bundle packed as `kamdesk-VERSION-linux-x86_64.tar.gz`, and laid out as
Debian installs it — /opt/kamdesk, /usr/bin/kamdesk, the desktop entry, AppStream metainfo,
the icon in the usual sizes and the team file's MIME type — for `dpkg-deb`. Windows: a per-user
installer by Inno Setup (`iscc`, packaging/windows/kamdesk.iss). macOS: kamdesk.app in a DMG
(`hdiutil`). Prints what it made and how big it is.
"""

import argparse
import datetime
import os
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from kamdesk import __version__

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
APP_ID = "de.kamdesk.kamdesk"
ICON = ROOT / "resources" / "icons" / "kamdesk.svg"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# Libraries a desktop has and the bundle leaves to it (see SYSTEM in kamdesk.spec); Debian 13
# renamed some with a "t64".
DEPENDS = ", ".join(
    ["libc6", "libgl1", "libegl1", "libfontconfig1", "libfreetype6", "libdbus-1-3"]
    + ["libglib2.0-0t64 | libglib2.0-0", "libcups2t64 | libcups2", "libx11-6", "libx11-xcb1"]
    + ["libxkbcommon0", "libxkbcommon-x11-0", "libxcb1", "libxcb-render-util0", "libxcb-xinerama0"]
    + [f"libxcb-{name}" for name in ("cursor0", "icccm4", "keysyms1", "image0", "shape0", "randr0")]
    + [
        f"libxcb-{name}"
        for name in ("render0", "shm0", "sync1", "xfixes0", "xkb1", "glx0", "util1")
    ]
    + ["libharfbuzz0b", "libpng16-16t64 | libpng16-16", "zlib1g", "libffi8"]
)


def bundle(out: Path) -> Path:
    """The PyInstaller one-folder bundle, made anew (with the icon Windows and macOS want)."""
    from PyInstaller.__main__ import run

    if sys.platform in ("win32", "darwin"):
        icon = out / ("kamdesk.ico" if sys.platform == "win32" else "kamdesk.icns")
        out.mkdir(parents=True, exist_ok=True)
        _drawn_icon(256 if sys.platform == "win32" else 512).save(str(icon))
        os.environ["KAMDESK_BUNDLE_ICON"] = str(icon)  # read by the spec

    run(
        [
            str(HERE / "kamdesk.spec"),
            "--noconfirm",
            "--log-level=WARN",
            "--distpath",
            str(out / "bundle"),
            "--workpath",
            str(out / "work"),
        ]
    )
    return out / "bundle" / "kamdesk"


def tarball(folder: Path, out: Path) -> Path:
    name = out / f"kamdesk-{__version__}-linux-x86_64"
    return Path(shutil.make_archive(str(name), "gztar", folder.parent, folder.name))


def icons(share: Path) -> None:
    """The SVG icon, and PNGs drawn from it for the sizes menus and docks ask for."""
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copyfile(ICON, scalable / f"{APP_ID}.svg")
    for size in ICON_SIZES:
        folder = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True)
        _drawn_icon(size).save(str(folder / f"{APP_ID}.png"))


def _drawn_icon(size: int) -> QImage:
    image = QImage(QSize(size, size), QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    QSvgRenderer(str(ICON)).render(painter)
    painter.end()
    return image


def debian(folder: Path, out: Path) -> Path:
    root = out / "deb"
    shutil.rmtree(root, ignore_errors=True)
    shutil.copytree(folder, root / "opt" / "kamdesk", symlinks=True)
    (root / "usr" / "bin").mkdir(parents=True)
    (root / "usr" / "bin" / "kamdesk").symlink_to("/opt/kamdesk/kamdesk")
    share = root / "usr" / "share"
    for source, target in (
        (f"{APP_ID}.desktop", share / "applications"),
        ("kamdesk-team.xml", share / "mime" / "packages"),
    ):
        target.mkdir(parents=True)
        shutil.copyfile(HERE / "linux" / source, target / source)
    (share / "metainfo").mkdir(parents=True)
    metainfo = (HERE / "linux" / f"{APP_ID}.metainfo.xml").read_text(encoding="utf-8")
    epoch = os.environ.get("SOURCE_DATE_EPOCH")  # reproducible builds set it
    released = datetime.date.fromtimestamp(int(epoch)) if epoch else datetime.date.today()
    metainfo = metainfo.replace("@VERSION@", __version__).replace("@DATE@", released.isoformat())
    (share / "metainfo" / f"{APP_ID}.metainfo.xml").write_text(metainfo, encoding="utf-8")
    icons(share)
    size_kib = _size(root) // 1024
    control = root / "DEBIAN" / "control"
    control.parent.mkdir()
    control.write_text(
        f"Package: kamdesk\nVersion: {__version__}\nArchitecture: amd64\n"
        f"Maintainer: The kamdesk authors <kamdesk@example.org>\nInstalled-Size: {size_kib}\n"
        f"Depends: {DEPENDS}\nSection: office\nPriority: optional\n"
        "Description: the key account manager's desktop workbench\n"
        " Key accounts offline: status and scorecard, account plan, stakeholder map,\n"
        " lifecycle, reminders, visit briefings, and team sync through one shared file.\n",
        encoding="utf-8",
    )
    package = out / f"kamdesk_{__version__}_amd64.deb"
    subprocess.run(
        ["dpkg-deb", "--build", "--root-owner-group", str(root), str(package)], check=True
    )
    return package


def windows_installer(folder: Path, out: Path) -> Path:
    script = HERE / "windows" / "kamdesk.iss"
    subprocess.run(
        ["iscc", f"/DVersion={__version__}", f"/DBundle={folder}", f"/O{out}", str(script)],
        check=True,
    )
    return out / f"kamdesk-{__version__}-setup.exe"


def disk_image(out: Path) -> Path:
    image = out / f"kamdesk-{__version__}.dmg"
    application = out / "bundle" / "kamdesk.app"
    subprocess.run(
        [
            "hdiutil",
            "create",
            "-volname",
            "kamdesk",
            "-srcfolder",
            str(application),
            "-ov",
            "-format",
            "UDZO",
            str(image),
        ],
        check=True,
    )
    return image


def _size(folder: Path) -> int:
    """Bytes in the folder's files, a symbolic link counted as the link it is."""
    return sum(f.lstat().st_size for f in folder.rglob("*") if not f.is_dir() or f.is_symlink())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    out = parser.parse_args().out.resolve()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    application = QGuiApplication(sys.argv[:1])  # the icons are drawn with Qt
    folder = bundle(out)
    if sys.platform == "win32":
        made = [windows_installer(folder, out)]
    elif sys.platform == "darwin":
        made = [disk_image(out)]
    else:
        made = [tarball(folder, out), debian(folder, out)]
    print(f"bundle {folder}: {_size(folder) / 2**20:.0f} MiB unpacked")
    for file in made:
        print(f"{file}: {file.stat().st_size / 2**20:.0f} MiB")
    del application


if __name__ == "__main__":
    main()
