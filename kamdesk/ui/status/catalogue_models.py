"""Editable table models over the criteria catalogue: criteria with their points or bands, and
the key-account levels with thresholds, review periods and benefits."""

import dataclasses
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt, Signal

from kamdesk.domain.catalogue_codec import bands_from_text, bands_to_text
from kamdesk.domain.classification import StatusLevel
from kamdesk.domain.errors import KamdeskError
from kamdesk.domain.scorecard import KEY_LEVELS, Criterion, CriterionKind, LevelRule
from kamdesk.i18n.labels import benefit_label, criterion_label, status_level_label
from kamdesk.ui.widgets.list_table_model import Index, ListTableModel

CRITERION_NAME, CRITERION_KIND, CRITERION_POINTS = range(3)
LEVEL, THRESHOLD, REVIEW_MONTHS, BENEFITS = range(4)
_EDITABLE = Qt.ItemFlag.ItemIsEditable


class CriteriaModel(ListTableModel[Criterion]):
    edit_refused = Signal(object)  # a KamdeskError explaining why an entry was not taken

    def __init__(self, criteria: tuple[Criterion, ...], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows = list(criteria)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Criterion"),
            self.tr("Kind"),
            self.tr("Points (yes) or bands (from: points; …)"),
        )

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        editable = index.isValid() and index.column() != CRITERION_KIND
        return flags | _EDITABLE if editable else flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.EditRole,
        ):
            return None
        criterion = self.rows[index.row()]
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
        criterion = self.rows[index.row()]
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
        self.rows[index.row()] = changed
        self.dataChanged.emit(index, index)
        return True

    def add_yes_no(self, name: str) -> None:
        keys = {criterion.key for criterion in self.rows}
        key = next(f"custom_{n}" for n in range(1, len(keys) + 2) if f"custom_{n}" not in keys)
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows))
        self.rows.append(Criterion(key, CriterionKind.YES_NO, name=name, points=5))
        self.endInsertRows()

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.rows[row]
        self.endRemoveRows()


class LevelsModel(ListTableModel[StatusLevel]):
    """One row per key-account level, lowest first."""

    def __init__(self, levels: dict[StatusLevel, LevelRule], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows = list(KEY_LEVELS)
        self.levels = dict(levels)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Level"),
            self.tr("Points needed"),
            self.tr("Review after (months)"),
            self.tr("Benefits (separated by ;)"),
        )

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        editable = index.isValid() and index.column() != LEVEL
        return flags | _EDITABLE if editable else flags

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
