"""Editable table models over the criteria catalogue: criteria with their points or bands, and
the key-account levels with thresholds, review periods and benefits."""

import dataclasses
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from kamdesk.domain.catalogue_codec import bands_from_text, bands_to_text
from kamdesk.domain.errors import KamdeskError
from kamdesk.domain.scorecard import KEY_LEVELS, Criterion, CriterionKind, LevelRule
from kamdesk.i18n.labels import benefit_label, criterion_label, status_level_label

Index = QModelIndex | QPersistentModelIndex
CRITERION_NAME, CRITERION_KIND, CRITERION_POINTS = range(3)
LEVEL, THRESHOLD, REVIEW_MONTHS, BENEFITS = range(4)
_EDITABLE = Qt.ItemFlag.ItemIsEditable


class CriteriaModel(QAbstractTableModel):
    edit_refused = Signal(object)  # a KamdeskError explaining why an entry was not taken

    def __init__(self, criteria: tuple[Criterion, ...], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.criteria = list(criteria)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.criteria)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Criterion"),
            self.tr("Kind"),
            self.tr("Points (yes) or bands (from: points; …)"),
        )[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | _EDITABLE if index.column() != CRITERION_KIND else flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.EditRole,
        ):
            return None
        criterion = self.criteria[index.row()]
        if index.column() == CRITERION_NAME:
            return criterion_label(criterion)
        if index.column() == CRITERION_KIND:
            return {
                CriterionKind.YES_NO: self.tr("yes / no"),
                CriterionKind.COUNT: self.tr("count"),
                CriterionKind.FIGURE: self.tr("key figure"),
            }[criterion.kind]
        if criterion.kind == CriterionKind.YES_NO:
            return str(criterion.points)
        return bands_to_text(criterion.bands)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        criterion = self.criteria[index.row()]
        text = str(value).strip()
        try:
            if index.column() == CRITERION_NAME:
                changed = dataclasses.replace(criterion, name=text)
            elif criterion.kind == CriterionKind.YES_NO:
                changed = dataclasses.replace(criterion, points=int(text))
            else:
                changed = dataclasses.replace(criterion, bands=bands_from_text(text))
        except ValueError:
            return False
        except KamdeskError as error:
            self.edit_refused.emit(error)
            return False
        self.criteria[index.row()] = changed
        self.dataChanged.emit(index, index)
        return True

    def add_yes_no(self, name: str) -> None:
        keys = {criterion.key for criterion in self.criteria}
        key = next(f"custom_{n}" for n in range(1, len(keys) + 2) if f"custom_{n}" not in keys)
        self.beginInsertRows(QModelIndex(), len(self.criteria), len(self.criteria))
        self.criteria.append(Criterion(key, CriterionKind.YES_NO, name=name, points=5))
        self.endInsertRows()

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.criteria[row]
        self.endRemoveRows()


class LevelsModel(QAbstractTableModel):
    def __init__(self, levels: dict[Any, LevelRule], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.levels = dict(levels)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(KEY_LEVELS)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Level"),
            self.tr("Points needed"),
            self.tr("Review after (months)"),
            self.tr("Benefits (separated by ;)"),
        )[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | _EDITABLE if index.column() != LEVEL else flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        level = KEY_LEVELS[index.row()]
        rule = self.levels[level]
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                status_level_label(level),
                str(rule.threshold),
                str(rule.review_months),
                "; ".join(benefit_label(b) for b in rule.benefits),
            )[index.column()]
        if role == Qt.ItemDataRole.EditRole:
            return (
                status_level_label(level),
                rule.threshold,
                rule.review_months,
                "; ".join(benefit_label(b) for b in rule.benefits),
            )[index.column()]
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        level = KEY_LEVELS[index.row()]
        rule = self.levels[level]
        if index.column() == THRESHOLD:
            rule = dataclasses.replace(rule, threshold=int(value))
        elif index.column() == REVIEW_MONTHS:
            if not 1 <= int(value) <= 24:
                return False
            rule = dataclasses.replace(rule, review_months=int(value))
        elif index.column() == BENEFITS:
            known = {benefit_label(b): b for b in rule.benefits}
            lines = [line.strip() for line in str(value).split(";") if line.strip()]
            rule = dataclasses.replace(
                rule, benefits=tuple(known.get(line, line) for line in lines)
            )
        else:
            return False
        self.levels[level] = rule
        self.dataChanged.emit(index, index)
        return True
