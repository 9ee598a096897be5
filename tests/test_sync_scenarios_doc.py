"""docs/sync-scenarios.md names a test for every scenario of the sync design: each one it
names exists, so the table cannot go stale."""

import re
from pathlib import Path

import pytest

DOC = Path(__file__).parent.parent / "docs" / "sync-scenarios.md"
TESTS = Path(__file__).parent


@pytest.mark.skipif(not DOC.exists(), reason="needs the source checkout")
def test_every_test_the_scenarios_name_exists() -> None:
    missing, scenarios = [], 0
    for row in DOC.read_text(encoding="utf-8").splitlines():
        if not re.match(r"\| \d+ \|", row):
            continue
        scenarios += 1
        named, module = [c for c in re.findall(r"`([^`]+)`", row) if "::" in c], ""
        if not named:
            missing.append(row[:60])
        for reference in named:
            path, test = reference.split("::")
            module = path or module
            source = TESTS / module
            if not source.is_file() or f"def {test}(" not in source.read_text(encoding="utf-8"):
                missing.append(reference)
    assert scenarios >= 43
    assert missing == []
