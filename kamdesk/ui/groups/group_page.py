"""An account's Group tab: the group account and its members with their latest figures,
the group's figures summed per year and its scorecard as a whole, one penetration plan of
every member's units (by member) and every member's stakeholders on one map. A member's tab
shows its group, with a way there."""

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.groups import GroupRollUp
from kamdesk.i18n.formats import format_money
from kamdesk.i18n.labels import status_level_label
from kamdesk.ui.groups.group_models import MEMBER, WITHOUT, GroupYearsModel, MembersModel
from kamdesk.ui.groups.group_stakeholders import GroupStakeholders
from kamdesk.ui.plan.penetration_model import PenetrationModel
from kamdesk.ui.plan.penetration_view import PenetrationView
from kamdesk.ui.widgets.spreadsheet_view import read_only_view

if TYPE_CHECKING:
    from kamdesk.services.groups import GroupService
    from kamdesk.services.stakeholders import StakeholderService


class GroupPage(QWidget):
    account_requested = Signal(object, object)  # account id, None: no particular tab
    failed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service: GroupService | None = None
        self.roll_up: GroupRollUp | None = None
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.heading.setWordWrap(True)
        self.totals = QLabel()
        self.totals.setWordWrap(True)
        self.open_group = QPushButton(self.tr("Open the &group account"))
        self.open_group.clicked.connect(self._open_group)
        self.members = MembersModel(self)
        self.members_view = read_only_view(self.members, MEMBER, self._open_member)
        self.years = GroupYearsModel(self)
        self.years_view = read_only_view(self.years, WITHOUT)
        self.plan = PenetrationModel(self)
        self.plan_view = PenetrationView(self.plan)  # to read: members' plans are edited there
        self.plan_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.open_group)
        self.stakeholders = GroupStakeholders()
        self.stakeholders.account_requested.connect(self.account_requested)
        self.parts = QTabWidget()
        self.parts.setDocumentMode(True)
        self.parts.addTab(self.plan_view, self.tr("Penetration plan of the whole group, by member"))
        self.parts.addTab(self.stakeholders, self.tr("Stakeholders of the whole group"))
        split = QSplitter()
        split.setOrientation(split.orientation().Vertical)
        for title, view in (
            (self.tr("Members"), self.members_view),
            (self.tr("The group's figures, summed per year"), self.years_view),
        ):
            box = QWidget()
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 4, 0, 0)
            label = QLabel(title)
            label.setObjectName("heading")
            column.addWidget(label)
            column.addWidget(view)
            split.addWidget(box)
        split.addWidget(self.parts)
        split.setStretchFactor(2, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.totals)
        layout.addWidget(split, 1)

    def attach(self, service: "GroupService", stakeholders: "StakeholderService") -> None:
        self._service = service
        self.stakeholders.attach(stakeholders)

    def show_account(self, account_id: uuid.UUID, group_id: uuid.UUID | None) -> None:
        """The roll-up of the account's group (of the account itself when it is one); raises
        KamdeskError when it cannot be read."""
        assert self._service is not None, "the store is not open yet"
        self._shown = account_id
        roll_up = self._service.roll_up(group_id or account_id)
        self.roll_up = roll_up
        group = roll_up.members[0]
        self.open_group.setVisible(group.id != account_id)
        count = len(roll_up.members) - 1
        if group.id == account_id:
            self.heading.setText(
                self.tr("{group} and its %Ln member(s)", "", count).format(group=group.name)
            )
        else:
            self.heading.setText(
                self.tr("A member of {group}, which has %Ln member(s)", "", count).format(
                    group=group.name
                )
            )
        self.members.show_roll_up(roll_up)
        self.years.set_rows(list(reversed(roll_up.years)))
        self.plan.set_plan(roll_up.plan)
        self.plan_view.fit_columns()
        self.stakeholders.show_roll_up(roll_up)
        self.totals.setText(self._totals(roll_up))

    def _totals(self, roll_up: GroupRollUp) -> str:
        latest = roll_up.years[-1].figures if roll_up.years else None
        card = roll_up.card
        reached = status_level_label(card.level) if card.level else self.tr("no key-account level")
        return self.tr(
            "Latest year {year}: revenue {revenue}, contribution margin {margin}, "
            "potential {potential}; open potential in the members' plans {open}. "
            "As a whole the group scores {points} points: {reached}."
        ).format(
            year=latest.year if latest else "–",
            revenue=format_money(latest.revenue if latest else None) or "–",
            margin=format_money(latest.contribution_margin if latest else None) or "–",
            potential=format_money(latest.potential if latest else None) or "–",
            open=format_money(roll_up.open_potential_total),
            points=card.total,
            reached=reached,
        )

    def _open_group(self) -> None:
        if self.roll_up is not None:
            self.account_requested.emit(self.roll_up.members[0].id, ("group", None))

    def _open_member(self) -> None:
        row = self.members_view.currentIndex().row()
        if self.roll_up is not None and 0 <= row < len(self.members.rows):
            self.account_requested.emit(self.members.rows[row].id, ("group", None))
