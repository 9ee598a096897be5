"""The window paints before the heavy modules load: a launched `kamdesk` process, at its
window's first paint, has loaded Qt and the window's frame, not the store (SQLAlchemy,
Alembic), the pages, the sentences of every refusal, the charts or the file formats; shows its
list before SQLAlchemy is loaded; and with the store open, still no migration tool or file
format nobody used."""

import ast
import os
import subprocess
import sys
from pathlib import Path

from kamdesk.services.workspace import Workspace

HEAVY = (
    "sqlalchemy",
    "alembic",
    "PySide6.QtCharts",
    "PySide6.QtSvg",
    "vobject",
    "openpyxl",
    "icalendar",
    "cryptography",
    "keyring",
    "kamdesk.services.workspace",
    "kamdesk.cli.running",
    "kamdesk.i18n.messages",
    "kamdesk.ui.accounts.accounts_page",
    "kamdesk.ui.shell.workbench",
    "kamdesk.ui.status.status_page",
    "kamdesk.ui.plan.plan_pages",
    "kamdesk.ui.stakeholders.stakeholders_page",
    "kamdesk.ui.lifecycle.lifecycle_page",
)
UNUSED = ("alembic", "openpyxl", "icalendar", "vobject", "kamdesk.files.penetration_xlsx")
# `kamdesk --data-dir DIR` as the user starts it, saying at its window's first paint which of
# HEAVY it had loaded, and with its list shown which of UNUSED, then closing.
PROBE = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from kamdesk.ui.shell import main_window

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and watched.property("probed") is None:
            watched.setProperty("probed", True)
            print(sorted(m for m in HEAVY if m in sys.modules), flush=True)
        return False

def on_screen(window):
    if window.property("on_screen") is None:
        window.setProperty("on_screen", True)
        print(sorted(m for m in HEAVY if m in sys.modules), flush=True)

def listed(window):
    print(sorted(m for m in UNUSED if m in sys.modules), flush=True)
    QTimer.singleShot(0, window.close)

probe = FirstPaint()
show = main_window.MainWindow.show
def shown(window):
    window.installEventFilter(probe)
    window.list_shown.connect(lambda: on_screen(window))
    window.accounts_loaded.connect(lambda: listed(window))
    show(window)
main_window.MainWindow.show = shown
from kamdesk.launch import main
sys.exit(main(["--data-dir", sys.argv[1], "--lang", "de"]))
""".replace("HEAVY", repr(HEAVY)).replace("UNUSED", repr(UNUSED))


def test_the_launched_window_paints_first_and_lists_without_unused_formats(
    tmp_path: Path,
) -> None:
    Workspace.open(tmp_path / "store").close()  # at the head: nothing to migrate
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    environment["KAMDESK_LOG_DIR"] = str(tmp_path / "logs")
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(tmp_path / "store")],
        capture_output=True,
        text=True,
        timeout=120,
        env=environment,
    )
    assert result.returncode == 0, result.stderr
    at_paint, list_shown, opened = (
        ast.literal_eval(line) for line in result.stdout.splitlines()[:3]
    )
    assert (at_paint, opened) == ([], [])
    # The list is on screen before the store's modules are loaded: read as the file holds it.
    assert "sqlalchemy" not in list_shown
