"""The one dialog that tells, at start-up, what the automatic status review changed."""

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from kamdesk.i18n.labels import status_level_label
from kamdesk.i18n.plural import Plural

if TYPE_CHECKING:
    from kamdesk.services.status import ReviewItem

LINES_SHOWN = 12  # a long list belongs in the accounts' Status tabs, not in a dialog

translate = QCoreApplication.translate


def _line(item: "ReviewItem") -> str:
    outcome = item.outcome
    if outcome.dropped:
        return translate("ReviewNotice", "{name}: {old} → {new} ({score} points)").format(
            name=item.name,
            old=status_level_label(outcome.old_level),
            new=status_level_label(outcome.new_level),
            score=outcome.score,
        )
    return translate(
        "ReviewNotice", "{name}: still {level} ({score} points), please confirm"
    ).format(name=item.name, level=status_level_label(outcome.old_level), score=outcome.score)


def review_notice(applied: "list[ReviewItem]", parent: QWidget) -> QMessageBox:
    dropped = sum(item.outcome.dropped for item in applied)
    ordered = sorted(applied, key=lambda item: not item.outcome.dropped)  # drops first
    lines = [_line(item) for item in ordered[:LINES_SHOWN]]
    if len(applied) > LINES_SHOWN:
        lines.append(Plural.tr("… and %n more.", "", len(applied) - LINES_SHOWN))
    text = (
        Plural.tr("%n key-account status(es) reached the review date.", "", len(applied))
        + " "
        + Plural.tr("%n dropped to a lower level.", "", dropped)
    )
    box = QMessageBox(
        QMessageBox.Icon.Information,
        translate("ReviewNotice", "Status reviews"),
        text,
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setInformativeText("\n".join(lines))
    return box
