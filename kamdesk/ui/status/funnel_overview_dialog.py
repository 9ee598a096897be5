"""How many accounts stand at each gate of the selection funnel."""

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QWidget,
)

from kamdesk.domain.selection_funnel import FunnelOutcome
from kamdesk.i18n.labels import status_level_label

if TYPE_CHECKING:
    from kamdesk.services.status import FunnelStages


class FunnelOverviewDialog(QDialog):
    """How many accounts stand at each gate of the selection funnel."""

    def __init__(self, stages: "FunnelStages", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Selection funnel"))
        form = QFormLayout(self)
        outcomes = stages.outcomes
        rows = [
            (self.tr("Not yet assessed (A, B and C customers)"), stages.unassessed),
            (
                self.tr("Stopped at gate 1: strategic criteria"),
                outcomes[FunnelOutcome.NOT_QUALIFIED_STRATEGIC],
            ),
            (
                self.tr("Stopped at gate 2: hard figures"),
                outcomes[FunnelOutcome.NOT_QUALIFIED_FIGURES],
            ),
            (self.tr("Declined at gate 3: Großkunde"), outcomes[FunnelOutcome.DECLINED]),
        ] + [(status_level_label(level), count) for level, count in stages.key_accounts.items()]
        self.counts: dict[str, int] = {}
        for label, count in rows:
            number = QLabel(str(count))
            number.setAlignment(Qt.AlignmentFlag.AlignRight)
            form.addRow(label + ":", number)
            self.counts[label] = count
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
