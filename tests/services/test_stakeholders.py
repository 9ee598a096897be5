"""Stakeholders against a real store: contacts, team, counterparts, analysis, imports."""

import uuid
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kamdesk.domain.account import AccountFields
from kamdesk.domain.classification import HierarchyLevel as L
from kamdesk.domain.classification import StatusLevel
from kamdesk.domain.contact_import import DuplicatePolicy
from kamdesk.domain.errors import ContactFileProblem, InvalidContact, InvalidContactFile
from kamdesk.domain.hierarchy_match import FindingKind
from kamdesk.domain.stakeholders import BuyingRole, Contact, Link, TeamMember
from kamdesk.services.workspace import Workspace

SAMPLES = Path(__file__).parent.parent / "data" / "contacts"
TODAY = date(2026, 11, 23)


@pytest.fixture
def account(workspace: Workspace) -> uuid.UUID:
    return workspace.accounts.create(AccountFields(name="Müller Maschinenbau GmbH")).id


def boss(**changes: object) -> Contact:
    fields: dict[str, object] = {
        "id": uuid.uuid4(),
        "name": "Dr. Katrin Weiß",
        "level": L.EXECUTIVE,
        "role": BuyingRole.DECISION_MAKER,
        "last_contact_on": TODAY,
        **changes,
    }
    return Contact(**fields)  # type: ignore[arg-type]


def test_a_saved_contact_comes_back_with_every_field(
    workspace: Workspace, account: uuid.UUID
) -> None:
    contact = boss(
        unit="GF", function="CEO", quality=4, interval_days=30, email="k@w.de", phone="1"
    )
    workspace.stakeholders.save_contact(account, contact)
    assert workspace.stakeholders.contacts(account) == [contact]


def test_an_invalid_contact_is_refused(workspace: Workspace, account: uuid.UUID) -> None:
    with pytest.raises(InvalidContact):
        workspace.stakeholders.save_contact(account, boss(quality=9))
    assert workspace.stakeholders.contacts(account) == []


def test_linking_on_the_right_level_covers_the_contact(
    workspace: Workspace, account: uuid.UUID
) -> None:
    service = workspace.stakeholders
    contact = service.save_contact(account, boss())
    director = service.save_member(TeamMember(uuid.uuid4(), "Jörg Häußler", L.EXECUTIVE))
    before = service.stakeholder_map(account, TODAY)
    assert before.analysis.findings[0].kind == FindingKind.UNCOVERED
    assert before.analysis.findings[0].suggestion == director.id
    service.set_link(Link(contact.id, director.id), linked=True)
    after = service.stakeholder_map(account, TODAY)
    assert after.analysis.findings == ()
    assert after.analysis.coverage == 1.0
    assert after.counterparts(contact.id) == [director]
    service.set_link(Link(contact.id, director.id), linked=False)
    service.set_link(Link(contact.id, director.id), linked=True)  # revives the same row
    assert service.stakeholder_map(account, TODAY).links == [Link(contact.id, director.id)]


def test_the_interval_follows_the_status_level_unless_the_account_has_its_own(
    workspace: Workspace, account: uuid.UUID
) -> None:
    service = workspace.stakeholders
    workspace.status.change_level(account, StatusLevel.CORPORATE, "Konzern", TODAY)
    contact = service.save_contact(account, boss(last_contact_on=TODAY - timedelta(days=40)))
    member = service.save_member(TeamMember(uuid.uuid4(), "GF", L.EXECUTIVE))
    service.set_link(Link(contact.id, member.id), linked=True)
    stale = service.stakeholder_map(account, TODAY)
    assert (stale.interval_days, [f.kind for f in stale.analysis.findings]) == (
        30,
        [FindingKind.STALE],
    )
    service.set_contact_interval(account, 60)
    assert service.stakeholder_map(account, TODAY).analysis.findings == ()


def test_removed_contacts_come_back_with_their_links(
    workspace: Workspace, account: uuid.UUID
) -> None:
    service = workspace.stakeholders
    contact = service.save_contact(account, boss())
    member = service.save_member(TeamMember(uuid.uuid4(), "GF", L.EXECUTIVE))
    service.set_link(Link(contact.id, member.id), linked=True)
    service.remove_contacts([contact.id])
    assert service.stakeholder_map(account, TODAY).links == []
    service.restore_contacts([contact.id])
    assert service.stakeholder_map(account, TODAY).links == [Link(contact.id, member.id)]


def test_the_overload_limit_is_a_setting(workspace: Workspace) -> None:
    assert workspace.stakeholders.overload_limit() == 8
    workspace.stakeholders.set_overload_limit(3)
    assert workspace.stakeholders.overload_limit() == 3


def test_an_import_proposes_levels_and_marks_duplicates(
    workspace: Workspace, account: uuid.UUID
) -> None:
    service = workspace.stakeholders
    known = service.save_contact(
        account, boss(name="Jörg Häußler", email="j.haeussler@mueller.example")
    )
    preview = service.preview_import(account, SAMPLES / "outlook-2.1.vcf")
    assert [(r.card.name, r.level, r.duplicate_of) for r in preview.rows] == [
        ("Jörg Häußler", L.EXECUTIVE, known.id),
        ("Petra Schön", L.ASSISTANT, None),
    ]


@pytest.mark.parametrize(
    ("policy", "unit"),
    [(DuplicatePolicy.SKIP, ""), (DuplicatePolicy.MERGE, "Einkauf und Logistik")],
)
def test_an_import_writes_new_contacts_and_merges_or_skips_duplicates(
    workspace: Workspace, account: uuid.UUID, policy: DuplicatePolicy, unit: str
) -> None:
    service = workspace.stakeholders
    service.save_contact(account, boss(name="Jörg Häußler"))
    preview = service.preview_import(account, SAMPLES / "outlook-2.1.vcf")
    service.import_contacts(account, preview.rows, policy)
    contacts = {c.name: c for c in service.contacts(account)}
    assert set(contacts) == {"Jörg Häußler", "Petra Schön"}
    assert contacts["Jörg Häußler"].unit == unit


def test_an_import_is_undone_completely(workspace: Workspace, account: uuid.UUID) -> None:
    service = workspace.stakeholders
    before = [service.save_contact(account, boss(name="Jörg Häußler"))]
    preview = service.preview_import(account, SAMPLES / "outlook-2.1.vcf")
    result = service.import_contacts(account, preview.rows, DuplicatePolicy.MERGE)
    service.undo_import(account, result)
    assert service.contacts(account) == before
    service.redo_import(account, result)
    assert len(service.contacts(account)) == 2


def test_an_unreadable_file_is_refused(
    workspace: Workspace, account: uuid.UUID, tmp_path: Path
) -> None:
    with pytest.raises(InvalidContactFile) as raised:
        workspace.stakeholders.preview_import(account, tmp_path / "fehlt.vcf")
    assert raised.value.problem == ContactFileProblem.CANNOT_READ


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    data=st.binary(max_size=300)
    | st.sampled_from(sorted(p.read_bytes() for p in SAMPLES.iterdir()))
)
def test_any_file_imports_completely_or_not_at_all(
    workspace: Workspace, account: uuid.UUID, tmp_path: Path, data: bytes
) -> None:
    service = workspace.stakeholders
    path = tmp_path / "kontakte.vcf"
    path.write_bytes(data)
    existing = service.contacts(account)
    try:
        preview = service.preview_import(account, path)
    except InvalidContactFile:
        assert service.contacts(account) == existing
        return
    result = service.import_contacts(account, preview.rows, DuplicatePolicy.SKIP)
    after = service.contacts(account)
    assert len(after) == len(existing) + len(result.plan.new)
    service.undo_import(account, result)
    assert service.contacts(account) == existing
