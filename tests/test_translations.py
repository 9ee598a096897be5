"""German and English catalogues are complete, compiled, and cover every string in the code."""

import ast
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import PySide6
import pytest

from kamdesk.resource_files import resource_path

TOOLS = Path(PySide6.__file__).parent
SOURCE = Path(__file__).parent.parent / "kamdesk"
CATALOGUES = ("de", "en")


def catalogue(language: str) -> Path:
    return resource_path("translations", f"kamdesk_{language}.ts")


def unfinished(ts_file: Path) -> list[str]:
    messages = ET.parse(ts_file).getroot().iter("message")
    return [
        m.findtext("source", "")
        for m in messages
        if m.find("translation") is not None
        and m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")  # type: ignore[union-attr]
    ]


def test_every_german_string_is_translated() -> None:
    assert unfinished(catalogue("de")) == []


@pytest.mark.parametrize("language", CATALOGUES)
def test_compiled_catalogue_matches_its_source(language: str, tmp_path: Path) -> None:
    compiled = tmp_path / "out.qm"
    subprocess.run(
        [TOOLS / "lrelease", "-silent", catalogue(language), "-qm", compiled], check=True
    )
    assert (
        compiled.read_bytes()
        == resource_path("translations", f"kamdesk_{language}.qm").read_bytes()
    )


@pytest.mark.skipif(not SOURCE.is_dir(), reason="needs the source checkout")
def test_no_string_in_the_code_is_missing_from_the_catalogue(tmp_path: Path) -> None:
    copy = tmp_path / "kamdesk_de.ts"
    shutil.copy(catalogue("de"), copy)
    sources = sorted(str(p) for p in SOURCE.rglob("*.py"))
    subprocess.run(
        [TOOLS / "lupdate", "-silent", *sources, "-ts", copy, "-no-obsolete"], check=True
    )
    assert unfinished(copy) == []


def _translations_inside_f_strings(source: str) -> list[int]:
    """Lines where translate() or tr() is called inside an f-string's expression, where
    lupdate never sees it: the text would stay English in the German UI and documents."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.JoinedStr):
            for inner in ast.walk(node):
                called = inner.func if isinstance(inner, ast.Call) else None
                name = getattr(called, "attr", None) or getattr(called, "id", None)
                if name in {"tr", "translate", "t"}:
                    found.append(inner.lineno)
    return found


@pytest.mark.skipif(not SOURCE.is_dir(), reason="needs the source checkout")
def test_no_text_is_translated_where_lupdate_cannot_see_it() -> None:
    hidden = {
        str(path.relative_to(SOURCE)): lines
        for path in sorted(SOURCE.rglob("*.py"))
        if (lines := _translations_inside_f_strings(path.read_text(encoding="utf-8")))
    }
    assert hidden == {}
