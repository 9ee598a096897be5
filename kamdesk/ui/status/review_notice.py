"""The one dialog that tells, at start-up, what the automatic status review changed."""

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from kamdesk.domain.classification import StatusLevel
from kamdesk.i18n.labels import status_level_label
from kamdesk.i18n.plural import Plural

if TYPE_CHECKING:
    from kamdesk.services.status import ReviewItem
    from kamdesk.services.sync_report import StatusChange

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


def review_notice(
    applied: "list[ReviewItem]", parent: QWidget, show_reminders: Callable[[], None]
) -> QMessageBox:
    dropped = sum(item.outcome.dropped for item in applied)
    ordered = sorted(applied, key=lambda item: not item.outcome.dropped)  # drops first
    lines = [_line(item) for item in ordered[:LINES_SHOWN]]
    if len(applied) > LINES_SHOWN:
        lines.append(Plural.tr("… and %Ln more.", "", len(applied) - LINES_SHOWN))
    text = (
        Plural.tr("%Ln key-account status(es) reached the review date.", "", len(applied))
        + " "
        + Plural.tr("%Ln dropped to a lower level.", "", dropped)
    )
    box = QMessageBox(
        QMessageBox.Icon.Information,
        translate("ReviewNotice", "Status reviews"),
        text,
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setInformativeText("\n".join(lines))
    if any(not item.outcome.dropped for item in applied):  # some wait for a confirmation
        go = box.addButton(
            translate("ReviewNotice", "Show in Reminders"), QMessageBox.ButtonRole.ActionRole
        )
        go.clicked.connect(show_reminders)
    return box


def team_status_notice(changes: "tuple[StatusChange, ...]", parent: QWidget) -> QMessageBox:
    """What a colleague's sync changed of key-account levels, said as the review says its own."""
    lines = [
        translate("ReviewNotice", "{name}: {old} → {new}").format(
            name=change.account,
            old=status_level_label(StatusLevel(change.old)),
            new=status_level_label(StatusLevel(change.new)),
        )
        for change in changes[:LINES_SHOWN]
    ]
    if len(changes) > LINES_SHOWN:
        lines.append(Plural.tr("… and %Ln more.", "", len(changes) - LINES_SHOWN))
    box = QMessageBox(
        QMessageBox.Icon.Information,
        translate("ReviewNotice", "Status changes from the team"),
        Plural.tr("A colleague's sync changed %Ln key-account status(es).", "", len(changes)),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setInformativeText("\n".join(lines))
    return box
