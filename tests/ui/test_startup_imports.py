"""The window paints before the storage stack loads: keep SQLAlchemy out of the UI's imports."""

import subprocess
import sys


def test_the_window_module_does_not_import_the_storage_stack() -> None:
    probe = (
        "import sys, kamdesk.ui.app, kamdesk.ui.main_window; "
        "print(sorted(m for m in ('sqlalchemy', 'alembic') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        check=True,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""},
    )
    assert result.stdout.strip() == "[]"
