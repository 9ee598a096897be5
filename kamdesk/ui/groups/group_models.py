"""The group page's lists: the members with their latest figures, and the group's figures
summed per year."""

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont

from kamdesk.domain.groups import GroupRollUp, GroupYear, Member
from kamdesk.i18n.formats import format_money
from kamdesk.ui.widgets.list_table_model import Index, ListTableModel

_DISPLAY = Qt.ItemDataRole.DisplayRole
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter

MEMBER, COUNTRY, YEAR, REVENUE, MARGIN, POTENTIAL, OPEN_POTENTIAL = range(7)


class MembersModel(ListTableModel[Member]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.roll_up: GroupRollUp | None = None

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Member"),
            self.tr("Country"),
            self.tr("Year"),
            self.tr("Revenue"),
            self.tr("Contribution margin"),
            self.tr("Potential"),
            self.tr("Open potential (plan)"),
        )

    def show_roll_up(self, roll_up: GroupRollUp) -> None:
        self.roll_up = roll_up
        self.set_rows(list(roll_up.members))

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid() or self.roll_up is None:
            return None
        member, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= YEAR:
            return _RIGHT
        if role == Qt.ItemDataRole.FontRole and member.is_group:
            font = QFont()
            font.setBold(True)
            return font
        if role != _DISPLAY:
            return None
        latest = self.roll_up.latest.get(member.id)
        name = self.tr("{name} (group account)").format(name=member.name)
        return (
            name if member.is_group else member.name,
            member.country,
            "" if latest is None else str(latest.year),
            format_money(latest.revenue if latest else None),
            format_money(latest.contribution_margin if latest else None),
            format_money(latest.potential if latest else None),
            format_money(self.roll_up.open_potential.get(member.id)),
        )[column]


YEAR_COLUMN, YEAR_REVENUE, YEAR_MARGIN, YEAR_POTENTIAL, WITHOUT = range(5)


class GroupYearsModel(ListTableModel[GroupYear]):
    def row_key(self, row: GroupYear) -> object:
        return row.figures.year

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Year"),
            self.tr("Revenue"),
            self.tr("Contribution margin"),
            self.tr("Potential"),
            self.tr("Without figures"),
        )

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        year, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and column < WITHOUT:
            return _RIGHT
        if role != _DISPLAY:
            return None
        f = year.figures
        return (
            str(f.year),
            format_money(f.revenue),
            format_money(f.contribution_margin),
            format_money(f.potential),
            ", ".join(year.without_figures),
        )[column]
