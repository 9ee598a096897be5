"""A store with one account that has something for every section of a briefing."""

import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from kamdesk.domain.account import AccountFields
from kamdesk.domain.annual_plan import Action
from kamdesk.domain.classification import HierarchyLevel as L
from kamdesk.domain.classification import StatusLevel
from kamdesk.domain.complaints import Complaint
from kamdesk.domain.key_figures import KeyFigures
from kamdesk.domain.penetration import Cell, CellState, Offering, Unit
from kamdesk.domain.stakeholders import BuyingRole, Contact, Link, TeamMember
from kamdesk.services.workspace import Workspace

NAME = "Müller & Söhne Maschinenbau GmbH"
TODAY = date.today()


@dataclass(frozen=True)
class RichAccount:
    account_id: uuid.UUID
    contacts: tuple[uuid.UUID, uuid.UUID]


def rich_account(
    data_dir: Path, contact_names: tuple[str, str] = ("Dr. Katrin Weiß", "Jürgen Groß")
) -> RichAccount:
    with Workspace.open(data_dir) as workspace:
        account = workspace.accounts.create(
            AccountFields(name=NAME, status_level=StatusLevel.KEY), reason="Rahmenvertrag"
        ).id
        for year, revenue in ((TODAY.year - 2, 480_000), (TODAY.year - 1, 510_000)):
            workspace.plan.save_key_figures(
                account, KeyFigures(year, revenue=Decimal(revenue), satisfaction=Decimal(4))
            )
        people = workspace.stakeholders
        boss = people.save_contact(
            account,
            Contact(
                uuid.uuid4(),
                contact_names[0],
                L.EXECUTIVE,
                function="Geschäftsführerin",
                role=BuyingRole.DECISION_MAKER,
                last_contact_on=TODAY - timedelta(days=10),
            ),
        )
        buyer = people.save_contact(
            account,
            Contact(uuid.uuid4(), contact_names[1], L.DEPARTMENT_HEAD, role=BuyingRole.PURCHASER),
        )
        people.save_contact(account, Contact(uuid.uuid4(), "Petra Schön", L.ASSISTANT))
        member = people.save_member(TeamMember(uuid.uuid4(), "Aylin Demir", L.EXECUTIVE))
        people.set_link(Link(boss.id, member.id), True)
        workspace.lifecycle.save_complaint(
            account, Complaint(uuid.uuid4(), TODAY - timedelta(days=12), "Lieferverzug Gehäuse")
        )
        workspace.plan.save_action(
            account, TODAY.year, Action(uuid.uuid4(), "Angebot Wartungsvertrag", TODAY)
        )
        unit = workspace.penetration.save_unit(account, Unit(uuid.uuid4(), "Werk Göppingen"))
        offering = workspace.penetration.save_offering(Offering(uuid.uuid4(), "Prüfservice"))
        workspace.penetration.set_cells(
            account, {(unit.id, offering.id): Cell(CellState.POTENTIAL, Decimal(85_000))}
        )
        return RichAccount(account, (boss.id, buyer.id))
