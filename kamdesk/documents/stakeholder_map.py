"""The stakeholder map as a graphics scene: the customer's people on the left, the own team on
the right, one band per hierarchy level, a line from each contact to each counterpart coloured
by relationship quality, level mismatches dashed and labelled, findings as badges."""

import math
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLineF, QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPen
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
)

from kamdesk.domain.classification import HierarchyLevel
from kamdesk.domain.hierarchy_match import FindingKind
from kamdesk.domain.stakeholders import Contact, TeamMember, level_distance
from kamdesk.i18n.stakeholder_words import level_short, role_label

if TYPE_CHECKING:
    from kamdesk.services.stakeholders import StakeholderMap

translate = QCoreApplication.translate

CARD_W, CARD_H, GAP = 200.0, 50.0, 10.0
HEADER_W, TITLE_H, LINK_SPACE = 170.0, 40.0, 240.0
CONTACT_COLUMNS, MEMBER_COLUMNS = 4, 2
QUALITY_COLOURS = {1: "#c62828", 2: "#ef6c00", 3: "#f9a825", 4: "#7cb342", 5: "#2e7d32"}
UNKNOWN_QUALITY = "#9e9e9e"
# One colour per kind of finding, on the map's badges and in the findings list.
FINDING_COLOURS = {
    FindingKind.UNCOVERED: "#c62828",
    FindingKind.LEVEL_MISMATCH: "#ad1457",
    FindingKind.LEVEL_WITHOUT_LINK: "#6a1b9a",
    FindingKind.STALE: "#ef6c00",
    FindingKind.OVERLOADED: "#4527a0",
}
_BANDS = ("#f5f7fa", "#eceff3")


@dataclass(frozen=True)
class MapLayout:
    contact_columns: int = CONTACT_COLUMNS  # at most: fewer when no level needs them
    member_columns: int = MEMBER_COLUMNS
    link_space: float = LINK_SPACE


ON_SCREEN = MapLayout()
# Narrow enough that A4 portrait prints its text at 7 pt or more; longer instead.
ON_PAPER = MapLayout(contact_columns=1, member_columns=1, link_space=110.0)
_UNLINKED_BAND = "#fdecea"


@dataclass(frozen=True)
class Person:
    """What a card stands for; kept on the item so the view knows what was clicked."""

    kind: str  # "contact" or "member"
    id: uuid.UUID


class PersonCard(QGraphicsRectItem):
    def __init__(self, person: Person, title: str, detail: str, rect: QRectF) -> None:
        super().__init__(rect)
        self.person = person
        self.setBrush(QColor("#ffffff"))
        self.setPen(QPen(QColor("#8a94a6"), 1))
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        name = QGraphicsSimpleTextItem(_elided(title, 26), self)
        bold = QFont()
        bold.setBold(True)
        name.setFont(bold)
        name.setPos(rect.x() + 8, rect.y() + 6)
        line = QGraphicsSimpleTextItem(_elided(detail, 32), self)
        line.setBrush(QColor("#4a5568"))
        line.setPos(rect.x() + 8, rect.y() + 26)
        self.setToolTip(f"{title}\n{detail}")

    def add_badge(self, colour: str, tooltip: str, text: str = "") -> QGraphicsRectItem:
        """A marker at the card's top-right corner; several line up leftwards."""
        index = sum(isinstance(child, QGraphicsRectItem) for child in self.childItems())
        rect = self.rect()
        badge = QGraphicsRectItem(rect.right() - 22 - index * 22, rect.top() - 8, 18, 18, self)
        badge.setBrush(QColor(colour))
        badge.setPen(QPen(Qt.PenStyle.NoPen))
        badge.setToolTip(tooltip)
        if text:
            label = QGraphicsSimpleTextItem(text, badge)
            label.setBrush(QColor("#ffffff"))
            label.setPos(badge.rect().center() - label.boundingRect().center())
        return badge

    def add_clock_badge(self, colour: str, tooltip: str) -> None:
        """A clock drawn, not typed: not every font has a clock glyph."""
        badge = self.add_badge(colour, tooltip)
        centre, white = badge.rect().center(), QPen(QColor("#ffffff"), 1.6)
        face = QGraphicsEllipseItem(QRectF(centre.x() - 6, centre.y() - 6, 12, 12), badge)
        face.setPen(white)
        for end in (QPointF(centre.x(), centre.y() - 4), QPointF(centre.x() + 3, centre.y())):
            hand = QGraphicsLineItem(QLineF(centre, end), badge)
            hand.setPen(white)

    def anchor(self, towards_right: bool) -> QPointF:
        rect = self.sceneBoundingRect()
        return QPointF(rect.right() if towards_right else rect.left(), rect.center().y())


class LinkLine(QGraphicsLineItem):
    def __init__(self, contact_id: uuid.UUID, member_id: uuid.UUID, line: QLineF) -> None:
        super().__init__(line)
        self.contact_id, self.member_id = contact_id, member_id
        self.setZValue(-1)


class StakeholderScene(QGraphicsScene):
    """Built anew from a StakeholderMap each time the map changes."""

    def __init__(self, parent: QObject | None = None, layout: MapLayout = ON_SCREEN) -> None:
        super().__init__(parent)
        self._layout = layout
        self.cuts: list[float] = []  # heights where the map can be cut without cutting a card
        self.contact_cards: dict[uuid.UUID, PersonCard] = {}
        self.member_cards: dict[uuid.UUID, PersonCard] = {}
        self.links: dict[tuple[uuid.UUID, uuid.UUID], LinkLine] = {}
        self.unlinked_levels: set[HierarchyLevel] = set()
        self._columns = CONTACT_COLUMNS
        self._whose: dict[uuid.UUID, str] = {}  # on a group's map: the contact's account

    def show_map(self, stakeholders: "StakeholderMap") -> None:
        self.clear()
        self.contact_cards, self.member_cards, self.links = {}, {}, {}
        self.cuts = []
        self._whose = {contact: owner.name for contact, owner in stakeholders.owners.items()}
        findings = stakeholders.analysis.findings
        self.unlinked_levels = {
            f.level for f in findings if f.kind == FindingKind.LEVEL_WITHOUT_LINK and f.level
        }
        crowded = max(sum(c.level == lv for c in stakeholders.contacts) for lv in HierarchyLevel)
        self._columns = min(
            self._layout.contact_columns, max(1, crowded)
        )  # no wider than the map needs
        self._titles()
        top = TITLE_H
        for band, level in enumerate(HierarchyLevel):
            contacts = [c for c in stakeholders.contacts if c.level == level]
            members = [m for m in stakeholders.members if m.level == level]
            top += self._band(band, level, contacts, members, top) + GAP
            self.cuts.append(top - GAP / 2)
        self._links(stakeholders)
        self._badges(stakeholders)
        self.setSceneRect(self.itemsBoundingRect().adjusted(-20, -20, 20, 20))

    def _titles(self) -> None:
        bold = QFont()
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.2)
        for text, x in (
            (translate("StakeholderScene", "Customer"), HEADER_W),
            (translate("StakeholderScene", "Our team"), self._members_x()),
        ):
            title = self.addSimpleText(text, bold)
            title.setPos(x, 8)

    def _band(
        self,
        band: int,
        level: HierarchyLevel,
        contacts: list[Contact],
        members: list[TeamMember],
        top: float,
    ) -> float:
        rows = max(
            1,
            math.ceil(len(contacts) / self._columns),
            math.ceil(len(members) / self._layout.member_columns),
        )
        height = rows * (CARD_H + GAP) + GAP
        width = self._members_x() + self._layout.member_columns * (CARD_W + GAP)
        # Just below a row of cards: the next row's badges stand out above their cards.
        self.cuts += [top + row * (CARD_H + GAP) + 1 for row in range(1, rows)]
        colour = _UNLINKED_BAND if level in self.unlinked_levels else _BANDS[band % 2]
        background = self.addRect(0, top, width, height, QPen(Qt.PenStyle.NoPen), QColor(colour))
        background.setZValue(-2)
        header = self.addText(level_short(level))
        header.setTextWidth(HEADER_W - 16)
        header.setPos(4, top + GAP - 4)
        if level in self.unlinked_levels:
            note = self.addText(translate("StakeholderScene", "no link on this level"))
            note.setTextWidth(HEADER_W - 16)  # wrapped within the level's column, never cut
            note.setDefaultTextColor(QColor("#c62828"))
            note.setPos(8, top + GAP + header.boundingRect().height())
        for index, contact in enumerate(contacts):
            x = HEADER_W + (index % self._columns) * (CARD_W + GAP)
            y = top + GAP + (index // self._columns) * (CARD_H + GAP)
            parts = (self._whose.get(contact.id), contact.function, role_label(contact.role))
            detail = " · ".join(p for p in parts if p)
            card = PersonCard(
                Person("contact", contact.id), contact.name, detail, QRectF(x, y, CARD_W, CARD_H)
            )
            self.addItem(card)
            self.contact_cards[contact.id] = card
        for index, member in enumerate(members):
            columns = self._layout.member_columns
            x = self._members_x() + (index % columns) * (CARD_W + GAP)
            y = top + GAP + (index // columns) * (CARD_H + GAP)
            card = PersonCard(
                Person("member", member.id),
                member.name,
                member.function,
                QRectF(x, y, CARD_W, CARD_H),
            )
            card.setBrush(QColor("#eef4fb"))
            self.addItem(card)
            self.member_cards[member.id] = card
        return height

    def _links(self, stakeholders: "StakeholderMap") -> None:
        contacts = {c.id: c for c in stakeholders.contacts}
        members = {m.id: m for m in stakeholders.members}
        for link in stakeholders.links:
            start = self.contact_cards[link.contact_id].anchor(towards_right=True)
            end = self.member_cards[link.member_id].anchor(towards_right=False)
            contact, member = contacts[link.contact_id], members[link.member_id]
            line = LinkLine(link.contact_id, link.member_id, QLineF(start, end))
            pen = QPen(QColor(QUALITY_COLOURS.get(contact.quality or 0, UNKNOWN_QUALITY)), 2.5)
            distance = level_distance(contact.level, member.level)
            if distance != 0:
                pen.setStyle(Qt.PenStyle.DashLine)
                self._mismatch_label(line.line(), distance)
            line.setPen(pen)
            line.setToolTip(f"{contact.name} ↔ {member.name}")
            self.addItem(line)
            self.links[(link.contact_id, link.member_id)] = line

    def _mismatch_label(self, line: QLineF, distance: int | None) -> None:
        text = "≠" if distance is None else f"±{distance}"
        label = self.addSimpleText(text)
        label.setBrush(QColor("#c62828"))
        box = label.boundingRect()
        middle = line.pointAt(0.5)
        backing = self.addRect(
            QRectF(
                middle.x() - box.width() / 2 - 3,
                middle.y() - box.height() / 2 - 1,
                box.width() + 6,
                box.height() + 2,
            ),
            QPen(QColor("#c62828")),
            QBrush(QColor("#ffffff")),
        )
        label.setParentItem(backing)
        label.setPos(middle.x() - box.width() / 2, middle.y() - box.height() / 2)
        backing.setToolTip(translate("StakeholderScene", "Counterpart on another level"))

    def _badges(self, stakeholders: "StakeholderMap") -> None:
        for finding in stakeholders.analysis.findings:
            card = self.contact_cards.get(finding.contact_id) if finding.contact_id else None
            if card is None:
                continue
            colour = FINDING_COLOURS[finding.kind]
            if finding.kind == FindingKind.UNCOVERED:
                card.add_badge(colour, translate("StakeholderScene", "No counterpart"), "!")
            elif finding.kind == FindingKind.STALE:
                card.add_clock_badge(colour, translate("StakeholderScene", "Not met for too long"))
        for finding in stakeholders.analysis.findings:
            if finding.kind == FindingKind.OVERLOADED and finding.member_id in self.member_cards:
                self.member_cards[finding.member_id].add_badge(
                    FINDING_COLOURS[finding.kind],
                    translate("StakeholderScene", "More contacts than the limit"),
                    "+",
                )

    def _members_x(self) -> float:
        return HEADER_W + self._columns * (CARD_W + GAP) + self._layout.link_space

    def person_at(self, item: QGraphicsItem | None) -> Person | None:
        """The person of a card or of anything drawn on it."""
        while item is not None and not isinstance(item, PersonCard):
            item = item.parentItem()
        return item.person if isinstance(item, PersonCard) else None


def _elided(text: str, length: int) -> str:
    return text if len(text) <= length else text[: length - 1] + "…"
