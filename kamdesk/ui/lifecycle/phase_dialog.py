"""Moving an account to another lifecycle phase, with the reason the history keeps."""

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QWidget,
)

from kamdesk.domain.errors import KamdeskError
from kamdesk.domain.lifecycle import Phase, validated_change
from kamdesk.i18n.lifecycle_words import phase_label
from kamdesk.i18n.messages import error_message
from kamdesk.ui.widgets.choice_box import choice_box
from kamdesk.ui.widgets.form_width import open_wide_enough

_NEXT = {  # the step a relationship usually takes from each phase
    Phase.ACQUISITION: Phase.RETENTION,
    Phase.RETENTION: Phase.ENDANGERED,
    Phase.ENDANGERED: Phase.RECOVERY,
    Phase.RECOVERY: Phase.RETENTION,
    Phase.DISSOLUTION: Phase.REVITALISATION,
    Phase.REVITALISATION: Phase.RETENTION,
}


class PhaseDialog(QDialog):
    def __init__(self, current: Phase, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        open_wide_enough(self)
        self.setWindowTitle(self.tr("Change phase"))
        self.current = current
        self.phase = choice_box(
            ((phase_label(p), p) for p in Phase if p != current), _NEXT[current]
        )
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(self.tr("Why? The reason goes into the history."))
        self.reason.setTabChangesFocus(True)
        self.reason.setMaximumHeight(90)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e")
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Now:"), QLabel(phase_label(current)))
        form.addRow(self.tr("&New phase:"), self.phase)
        form.addRow(self.tr("&Reason:"), self.reason)
        form.addRow(self.error)
        form.addRow(buttons)
        self.reason.setFocus()

    def chosen(self) -> Phase:
        return Phase(self.phase.currentData())

    def accept(self) -> None:
        try:
            validated_change(self.current, self.chosen(), self.reason.toPlainText())
        except KamdeskError as error:
            self.error.setText(error_message(error))
            self.error.show()
            return
        super().accept()
