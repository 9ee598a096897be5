"""The window paints before the heavy modules load: keep SQLAlchemy, Alembic, QtCharts, the
shared file's cryptography and the account tabs' pages (built when first shown) out of what
the main window imports."""

import subprocess
import sys


def test_the_window_module_does_not_import_the_storage_stack() -> None:
    probe = (
        "import sys, kamdesk.ui.shell.app, kamdesk.ui.shell.main_window; "
        "heavy = ('sqlalchemy', 'alembic', 'PySide6.QtCharts', 'PySide6.QtSvg', 'vobject', "
        "'openpyxl', 'icalendar', 'cryptography', 'keyring', 'kamdesk.ui.status.status_page', "
        "'kamdesk.ui.plan.plan_pages', "
        "'kamdesk.ui.stakeholders.stakeholders_page', 'kamdesk.ui.lifecycle.lifecycle_page'); "
        "print(sorted(m for m in heavy if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        check=True,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""},
    )
    assert result.stdout.strip() == "[]"
