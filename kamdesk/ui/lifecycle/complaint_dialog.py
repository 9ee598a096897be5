"""Logging or editing a complaint."""

import dataclasses
from datetime import date

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from kamdesk.domain.complaints import Complaint, ComplaintStatus, Severity, validated_complaint
from kamdesk.domain.errors import KamdeskError
from kamdesk.i18n.lifecycle_words import complaint_status_label, severity_label
from kamdesk.i18n.messages import error_message
from kamdesk.ui.widgets.choice_box import choice_box
from kamdesk.ui.widgets.date_edit import DateField
from kamdesk.ui.widgets.form_width import open_wide_enough


class ComplaintDialog(QDialog):
    def __init__(self, complaint: Complaint, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        open_wide_enough(self)
        self.setWindowTitle(complaint.topic or self.tr("New complaint"))
        self.complaint = complaint
        self.received = DateField(complaint.received_on)
        self.topic = QLineEdit(complaint.topic)
        self.topic.setPlaceholderText(self.tr("What the customer complains about"))
        self.severity = choice_box(((severity_label(s), s) for s in Severity), complaint.severity)
        self.status = choice_box(
            ((complaint_status_label(s), s) for s in ComplaintStatus), complaint.status
        )
        self.resolved = DateField(complaint.resolved_on or date.today())
        self.status.currentIndexChanged.connect(self._status_changed)
        self.owner = QLineEdit(complaint.owner)
        self.owner.setPlaceholderText(self.tr("Who on our side deals with it"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Received on:"), self.received)
        form.addRow(self.tr("&Topic:"), self.topic)
        form.addRow(self.tr("&Severity:"), self.severity)
        form.addRow(self.tr("S&tatus:"), self.status)
        form.addRow(self.tr("Resolved &on:"), self.resolved)
        form.addRow(self.tr("&Owner:"), self.owner)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e")
        self.error.setWordWrap(True)
        self.error.hide()
        form.addRow(self.error)
        form.addRow(buttons)
        self._status_changed()
        self.topic.setFocus()

    def accept(self) -> None:
        """Keep the dialog and what was typed while something needs fixing."""
        try:
            self.complaint = validated_complaint(self.edited())
        except KamdeskError as error:
            self.error.setText(error_message(error))
            self.error.show()
            return
        super().accept()

    def _status_changed(self) -> None:
        self.resolved.setEnabled(not ComplaintStatus(self.status.currentData()).is_open)

    def edited(self) -> Complaint:
        status = ComplaintStatus(self.status.currentData())
        return dataclasses.replace(
            self.complaint,
            received_on=self.received.day(),
            topic=self.topic.text(),
            severity=Severity(self.severity.currentData()),
            status=status,
            resolved_on=None if status.is_open else self.resolved.day(),
            owner=self.owner.text(),
        )
