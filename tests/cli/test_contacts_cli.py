"""`kamdesk contacts list`, `kamdesk coverage`, `kamdesk import contacts`."""

import json
import uuid
from datetime import date
from pathlib import Path

import pytest

from kamdesk.cli import main
from kamdesk.domain.account import AccountFields
from kamdesk.domain.classification import HierarchyLevel as L
from kamdesk.domain.stakeholders import BuyingRole, Contact, Link, TeamMember
from kamdesk.services.workspace import Workspace

NAME = "Müller Maschinenbau GmbH"
SAMPLES = Path(__file__).parent.parent / "data" / "contacts"


@pytest.fixture
def store(data_dir: Path) -> Path:
    with Workspace.open(data_dir) as workspace:
        account = workspace.accounts.create(AccountFields(name=NAME)).id
        service = workspace.stakeholders
        boss = service.save_contact(
            account,
            Contact(
                uuid.uuid4(),
                "Dr. Katrin Weiß",
                L.EXECUTIVE,
                unit="Geschäftsführung",
                function="CEO",
                role=BuyingRole.DECISION_MAKER,
                last_contact_on=date.today(),
            ),
        )
        service.save_contact(
            account, Contact(uuid.uuid4(), "Petra Schön", L.ASSISTANT, role=BuyingRole.GATEKEEPER)
        )
        clerk = service.save_member(TeamMember(uuid.uuid4(), "Aylin Demir", L.SPECIALIST))
        service.save_member(TeamMember(uuid.uuid4(), "Jörg Häußler", L.EXECUTIVE))
        service.set_link(Link(boss.id, clerk.id), linked=True)
    return data_dir


def run(store: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(["--data-dir", str(store), "--lang", "en", *args])
    return code, capsys.readouterr().out


def test_contacts_list_json_gives_levels_as_numbers_or_assistant(
    store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = run(store, capsys, "contacts", "list", NAME, "--json")
    contacts = {c["name"]: c for c in json.loads(out)}
    assert code == 0
    assert contacts["Dr. Katrin Weiß"]["level"] == 1
    assert contacts["Dr. Katrin Weiß"]["unit"] == "Geschäftsführung"
    assert contacts["Dr. Katrin Weiß"]["counterparts"][0]["name"] == "Aylin Demir"
    assert contacts["Petra Schön"]["level"] == "assistant"


def test_contacts_list_as_a_table(store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run(store, capsys, "contacts", "list", NAME)
    assert code == 0
    assert "Dr. Katrin Weiß" in out and "Aylin Demir" in out


def test_coverage_names_the_mismatch_and_its_fix(
    store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = run(store, capsys, "coverage", NAME, "--json")
    report = json.loads(out)
    assert code == 0
    assert report["coverage"] == 0.0
    mismatch = report["findings"][0]
    assert (mismatch["kind"], mismatch["distance"]) == ("level_mismatch", 4)
    assert mismatch["suggestion_name"] == "Jörg Häußler"
    assert "4 levels off" in mismatch["text"]


def test_coverage_in_german(store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--data-dir", str(store), "--lang", "de", "coverage", NAME])
    out = capsys.readouterr().out
    assert code == 0
    assert "Abdeckung: 0" in out
    assert "Vorschlag: Jörg Häußler" in out


def test_import_with_yes_writes_new_contacts_and_skips_duplicates(
    store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    file = SAMPLES / "google-3.0.vcf"
    code, out = run(store, capsys, "import", "contacts", NAME, str(file), "--yes", "--json")
    report = json.loads(out)
    assert code == 0
    assert [(c["name"], c["level"]) for c in report["imported"]] == [("Ümit Çelik", 4)]
    assert [s["name"] for s in report["skipped"]] == ["Dr. Katrin Weiß"]
    assert report["refused"] == []
    code, out = run(store, capsys, "contacts", "list", NAME, "--json")
    assert len(json.loads(out)) == 3


def test_import_without_yes_writes_nothing(store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run(store, capsys, "import", "contacts", NAME, str(SAMPLES / "outlook-en.csv"))
    assert code == 0
    assert "Would import 2" in out
    _, listing = run(store, capsys, "contacts", "list", NAME, "--json")
    assert len(json.loads(listing)) == 2


def test_import_lists_refused_cards_with_reasons(
    store: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = (SAMPLES / "google-3.0.vcf").read_bytes()
    cut = tmp_path / "cut.vcf"
    cut.write_bytes(data[: data.rindex(b"EMAIL")])
    code, out = run(store, capsys, "import", "contacts", NAME, str(cut), "--yes", "--json")
    assert code == 0
    assert json.loads(out)["refused"] == [
        {"position": 2, "reason": "unreadable", "detail": "Ümit Çelik"}
    ]


def test_a_file_without_contacts_is_an_error_in_the_users_language(
    store: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    junk = tmp_path / "junk.csv"
    junk.write_bytes(b"Artikel;Menge\r\nSchrauben;5\r\n")
    code = main(
        ["--data-dir", str(store), "--lang", "de", "import", "contacts", NAME, str(junk), "--yes"]
    )
    assert code == 1
    assert "Nichts wurde importiert" in capsys.readouterr().err
