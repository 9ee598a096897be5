"""The selection funnel as a wizard: strategic criteria, hard figures, the customer's consent.
Each gate says what it needs and what the account has; the outcome is recorded at the end."""

import uuid
from datetime import date
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from kamdesk.domain.scorecard import Answer, Catalogue, CriterionKind, Scorecard, score
from kamdesk.domain.selection_funnel import (
    CounterPerformance,
    FunnelDecision,
    FunnelOutcome,
    decide,
    passes_figures_gate,
    passes_strategic_gate,
)
from kamdesk.i18n.labels import (
    counter_performance_label,
    criterion_label,
    funnel_outcome_label,
    status_level_label,
)
from kamdesk.i18n.portfolio_words import placement_sentence

if TYPE_CHECKING:
    from kamdesk.domain.portfolio import Placement
    from kamdesk.services.status import StatusService

STRATEGIC, FIGURES, CONSENT, RESULT = range(4)


class FunnelWizard(QWizard):
    figures_wanted = Signal()  # the user left to enter the hard figures gate 2 lacks

    def __init__(
        self,
        service: "StatusService",
        account_id: uuid.UUID,
        name: str,
        parent: QWidget | None = None,
        placement: "Placement | None" = None,
    ) -> None:
        super().__init__(parent)
        self.placement = placement  # where the account stands in the portfolio (gate 2)
        self.setWindowTitle(self.tr("Selection funnel: {name}").format(name=name))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.service, self.account_id = service, account_id
        self.catalogue: Catalogue = service.catalogue()
        self.answers: dict[str, Answer] = service.answers(account_id)
        self.decision: FunnelDecision | None = None
        self.strategic = StrategicPage(self)
        self.consent = ConsentPage(self)
        self.setPage(STRATEGIC, self.strategic)
        self.setPage(FIGURES, FiguresPage(self))
        self.setPage(CONSENT, self.consent)
        self.setPage(RESULT, ResultPage(self))
        self.resize(640, 520)

    def card(self) -> Scorecard:
        return self.card_with(self.strategic.answers())

    def card_with(self, strategic_answers: dict[str, Answer]) -> Scorecard:
        return score(self.catalogue, {**self.answers, **strategic_answers})

    def outcome(self) -> FunnelDecision:
        return decide(self.catalogue, self.card(), self.consent.accepted())

    def accept(self) -> None:
        """Record the outcome: answers, funnel record, level and counter-performances."""
        self._keep_answers()
        self.decision = self.outcome()
        self.service.record_funnel(
            self.account_id,
            self.decision,
            self.card(),
            self.consent.counter_performances(),
            date.today(),
        )
        super().accept()

    def reject(self) -> None:
        """Cancel records no outcome, but keeps the strategic answers given: they are the
        account's scorecard, answered here as on the Status tab."""
        self._keep_answers()
        super().reject()

    def _keep_answers(self) -> None:
        for key, answer in self.strategic.answers().items():
            if answer != self.answers.get(key):
                self.service.set_answer(self.account_id, key, answer)
        self.answers = {**self.answers, **self.strategic.answers()}


class StrategicPage(QWizardPage):
    def __init__(self, wizard: FunnelWizard) -> None:
        super().__init__()
        self.funnel = wizard
        self.setTitle(self.tr("Gate 1: strategic criteria"))
        self.setSubTitle(self.tr("Is the customer strategically important to us?"))
        self.inputs: dict[str, QCheckBox | QSpinBox] = {}
        form = QFormLayout()
        for criterion in wizard.catalogue.criteria:
            answer = wizard.answers.get(criterion.key)
            if criterion.kind == CriterionKind.YES_NO:
                box = QCheckBox()
                box.setChecked(bool(answer))
                box.toggled.connect(self._update)
                self.inputs[criterion.key] = box
            elif criterion.kind == CriterionKind.COUNT:
                spin = QSpinBox()
                spin.setRange(0, 10_000)
                spin.setValue(int(answer or 0))
                spin.valueChanged.connect(self._update)
                self.inputs[criterion.key] = spin
            else:
                continue
            form.addRow(criterion_label(criterion) + ":", self.inputs[criterion.key])
        self.points = QLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch()
        layout.addWidget(self.points)
        self._update()

    def answers(self) -> dict[str, Answer]:
        return {
            key: widget.isChecked() if isinstance(widget, QCheckBox) else widget.value()
            for key, widget in self.inputs.items()
        }

    def _update(self) -> None:
        card = self.funnel.card_with(self.answers())
        self.points.setText(
            self.tr("{points} strategic points; the gate needs {minimum}.").format(
                points=card.strategic_points, minimum=self.funnel.catalogue.strategic_minimum
            )
        )

    def nextId(self) -> int:
        passed = passes_strategic_gate(self.funnel.catalogue, self.funnel.card())
        return FIGURES if passed else RESULT


class FiguresPage(QWizardPage):
    def __init__(self, wizard: FunnelWizard) -> None:
        super().__init__()
        self.funnel = wizard
        self.setTitle(self.tr("Gate 2: hard figures"))
        self.setSubTitle(self.tr("Revenue, potential and margin from the account's key figures."))
        self.portfolio_line = QLabel()
        self.portfolio_line.setWordWrap(True)
        self.lines = QLabel()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.enter_figures = QPushButton(self.tr("Enter key figures…"))
        self.enter_figures.setToolTip(
            self.tr("Closes the funnel (your answers are kept) and opens the key figures.")
        )
        self.enter_figures.clicked.connect(self._leave_for_figures)
        layout = QVBoxLayout(self)
        layout.addWidget(self.portfolio_line)
        layout.addWidget(self.lines)
        layout.addWidget(self.summary)
        layout.addWidget(self.enter_figures, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch()

    def _leave_for_figures(self) -> None:
        self.funnel.reject()
        self.funnel.figures_wanted.emit()

    def initializePage(self) -> None:
        card = self.funnel.card()
        placement = self.funnel.placement
        self.portfolio_line.setText("" if placement is None else placement_sentence(placement))
        self.portfolio_line.setVisible(placement is not None)
        self.lines.setText(
            "<br>".join(
                self.tr("{criterion}: %Ln point(s)", "", line.points).format(
                    criterion=escape(criterion_label(line.criterion))
                )
                for line in card.lines
                if line.criterion.is_hard_figure
            )
        )
        reached = status_level_label(card.level) if card.level else self.tr("no key-account level")
        self.summary.setText(
            self.tr(
                "{hard} points from figures (the gate needs {minimum}); {total} points in all: "
                "{reached}."
            ).format(
                hard=card.hard_figure_points,
                minimum=self.funnel.catalogue.hard_figure_minimum,
                total=card.total,
                reached=reached,
            )
        )
        passed = passes_figures_gate(self.funnel.catalogue, card)
        self.enter_figures.setVisible(not passed)

    def nextId(self) -> int:
        passed = passes_figures_gate(self.funnel.catalogue, self.funnel.card())
        return CONSENT if passed else RESULT


class ConsentPage(QWizardPage):
    """Quid pro quo: the customer is offered key-account care and gives something back."""

    def __init__(self, wizard: FunnelWizard) -> None:
        super().__init__()
        self.setTitle(self.tr("Gate 3: the customer's consent"))
        self.setSubTitle(
            self.tr(
                "Key-account care is offered for something in return. "
                "Record what the customer agreed to."
            )
        )
        self.accepts = QRadioButton(self.tr("The customer accepts key-account care"))
        self.declines = QRadioButton(self.tr("The customer declines (becomes a Großkunde)"))
        self.accepts.setChecked(True)
        choice = QButtonGroup(self)
        choice.addButton(self.accepts)
        choice.addButton(self.declines)
        self.items: dict[str, tuple[QCheckBox, QLineEdit]] = {}
        grid = QGridLayout()
        kinds = [kind.value for kind in CounterPerformance] + ["other"]
        for row, kind in enumerate(kinds):
            check = QCheckBox(counter_performance_label(kind))
            detail = QLineEdit()
            detail.setPlaceholderText(self.tr("Details (optional)"))
            check.toggled.connect(detail.setEnabled)
            detail.setEnabled(False)
            grid.addWidget(check, row, 0)
            grid.addWidget(detail, row, 1)
            self.items[kind] = (check, detail)
        self.declines.toggled.connect(lambda declined: self._enable_items(not declined))
        layout = QVBoxLayout(self)
        layout.addWidget(self.accepts)
        layout.addWidget(self.declines)
        layout.addSpacing(8)
        layout.addLayout(grid)
        layout.addStretch()

    def _enable_items(self, enabled: bool) -> None:
        for check, _ in self.items.values():
            check.setEnabled(enabled)

    def accepted(self) -> bool:
        return self.accepts.isChecked()

    def counter_performances(self) -> dict[str, str]:
        return (
            {
                kind: detail.text().strip()
                for kind, (check, detail) in self.items.items()
                if check.isChecked()
            }
            if self.accepted()
            else {}
        )

    def nextId(self) -> int:
        return RESULT


class ResultPage(QWizardPage):
    def __init__(self, wizard: FunnelWizard) -> None:
        super().__init__()
        self.funnel = wizard
        self.setTitle(self.tr("Outcome"))
        self.text = QLabel()
        self.text.setWordWrap(True)
        QVBoxLayout(self).addWidget(self.text)
        self.setFinalPage(True)

    def initializePage(self) -> None:
        decision = self.funnel.outcome()
        text = funnel_outcome_label(decision.outcome)
        if decision.outcome == FunnelOutcome.KEY_ACCOUNT and decision.level is not None:
            text = self.tr("{outcome}: {level}.").format(
                outcome=text, level=status_level_label(decision.level)
            )
        finish = self.funnel.buttonText(QWizard.WizardButton.FinishButton).replace("&", "")
        recorded = self.tr("“{finish}” records the outcome with today's date.")
        self.text.setText(text + "\n\n" + recorded.format(finish=finish))

    def nextId(self) -> int:
        return -1
