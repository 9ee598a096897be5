"""The warning signals' thresholds, store-wide: when each signal fires."""

from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from kamdesk.domain.warning_signals import RULE_LIMITS, SignalRules
from kamdesk.i18n.labels import field_label
from kamdesk.ui.widgets.form_width import open_wide_enough


class SignalRulesDialog(QDialog):
    def __init__(self, rules: SignalRules, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        open_wide_enough(self)
        self.setWindowTitle(self.tr("Warning signals"))
        intro = QLabel(
            self.tr(
                "A signal fires when its value reaches the threshold. Signals propose moving "
                "an account in acquisition or retention to “endangered”."
            )
        )
        intro.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(intro)
        self.counts: dict[str, QSpinBox] = {}
        self.amounts: dict[str, QDoubleSpinBox] = {}
        for name, (low, high) in RULE_LIMITS.items():
            value = getattr(rules, name)
            if isinstance(value, int):
                count = QSpinBox()
                count.setRange(int(low), int(high))
                count.setValue(value)
                self.counts[name] = count
                form.addRow(field_label(name), count)
            else:
                amount = QDoubleSpinBox()
                amount.setDecimals(1)
                amount.setRange(float(low), float(high))
                amount.setValue(float(value))
                self.amounts[name] = amount
                form.addRow(field_label(name), amount)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        defaults = buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        defaults.clicked.connect(self.restore_defaults)
        form.addRow(buttons)

    def restore_defaults(self) -> None:
        defaults = SignalRules()
        for name, count in self.counts.items():
            count.setValue(getattr(defaults, name))
        for name, amount in self.amounts.items():
            amount.setValue(float(getattr(defaults, name)))

    def rules(self) -> SignalRules:
        values: dict[str, Any] = {n: box.value() for n, box in self.counts.items()}
        for name, amount in self.amounts.items():
            values[name] = Decimal(str(round(amount.value(), 1)))
        return SignalRules(**values)
