"""The installed `kamdesk` command started as a user starts it, offscreen, with its log in a
folder of the test's: what the process says is read from its log."""

import os
import subprocess
import sys
import time
from pathlib import Path

KAMDESK = Path(sys.executable).with_name("kamdesk")


def launch(store: Path, logs: Path, *arguments: str) -> subprocess.Popen[str]:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KAMDESK_LOG_DIR": str(logs)}
    return subprocess.Popen(
        [KAMDESK, "--data-dir", str(store), *arguments],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=environment,
    )


def wait_for_log(process: subprocess.Popen[str], logs: Path, line: str) -> None:
    log = logs / "kamdesk.log"
    deadline = time.monotonic() + 90
    while not (log.is_file() and line in log.read_text(encoding="utf-8")):
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, log.read_text(encoding="utf-8")
        time.sleep(0.2)
