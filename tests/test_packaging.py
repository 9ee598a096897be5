"""The wheel carries everything the app reads at run time; the lookup helper finds it."""

import zipfile
from pathlib import Path

import pytest

from kamdesk.resource_files import resource_path

ROOT = Path(__file__).parent.parent
RUNTIME_FILES = [
    ("translations", "kamdesk_de.qm"),
    ("translations", "kamdesk_en.qm"),
    ("icons", "kamdesk.svg"),
    ("style.qss",),
]


@pytest.mark.parametrize("parts", RUNTIME_FILES, ids="/".join)
def test_resources_are_found(parts: tuple[str, ...]) -> None:
    assert resource_path(*parts).is_file()


def test_the_wheel_ships_resources_and_migrations(tmp_path: Path) -> None:
    from hatchling.builders.wheel import WheelBuilder

    wheel = next(
        iter(WheelBuilder(str(ROOT)).build(directory=str(tmp_path), versions=["standard"]))
    )
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = {"kamdesk/_resources/" + "/".join(parts) for parts in RUNTIME_FILES}
    expected |= {
        "kamdesk/store/migrations/env.py",
        "kamdesk/store/migrations/script.py.mako",
        "kamdesk/store/migrations/versions/0001_initial.py",
    }
    assert expected <= names
    assert not any(name.startswith("tests/") for name in names)
