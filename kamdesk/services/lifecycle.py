"""Lifecycle use cases: the phase and its history, warning signals and the proposal they make,
and complaints."""

import dataclasses
import json
import uuid
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from kamdesk.domain.complaints import Complaint, average_resolution_days, validated_complaint
from kamdesk.domain.errors import KamdeskError
from kamdesk.domain.key_figures import KeyFigures
from kamdesk.domain.lifecycle import Phase, PhaseChange, validated_change
from kamdesk.domain.warning_signals import (
    Signal,
    SignalInputs,
    SignalKind,
    SignalRules,
    proposes_endangered,
    validated_rules,
    warning_signals,
)
from kamdesk.services.transactions import Transactions
from kamdesk.store import lifecycle as queries
from kamdesk.store.status import put_setting, setting

RULES_SETTING = "lifecycle.signal_rules"


@dataclass(frozen=True)
class Lifecycle:
    """One account's relationship as the Lifecycle tab shows it."""

    phase: Phase
    history: list[PhaseChange]  # newest first
    signals: list[Signal]
    proposed: bool  # propose the move to "endangered"
    talks_to_competitors: bool
    complaints: list[Complaint]  # newest first
    complaint_days: int  # an open complaint older than this is a warning

    @property
    def average_resolution_days(self) -> Decimal | None:
        return average_resolution_days(self.complaints)


@dataclass(frozen=True)
class AccountSignals:
    phase: Phase
    signals: list[Signal]
    proposed: bool


class LifecycleService:
    def __init__(self, transactions: Transactions) -> None:
        self._transactions = transactions

    def rules(self) -> SignalRules:
        with self._transactions.read() as session:
            return stored_rules(session)

    def save_rules(self, rules: SignalRules) -> None:
        rules = validated_rules(rules)
        text = json.dumps({k: str(v) for k, v in dataclasses.asdict(rules).items()})
        with self._transactions.write() as session:
            put_setting(session, RULES_SETTING, text)

    def lifecycle(self, account_id: uuid.UUID, today: date) -> Lifecycle:
        with self._transactions.read() as session:
            reading = _SignalReading.read(session, [account_id])
            history = queries.history(session, account_id)
        state, account = reading.states[account_id], reading.signals(account_id, today)
        return Lifecycle(
            state.phase,
            history,
            account.signals,
            account.proposed,
            state.talks_to_competitors,
            reading.complaints.get(account_id, []),
            reading.rules.complaint_days,
        )

    def signals(self, account_ids: list[uuid.UUID], today: date) -> dict[uuid.UUID, AccountSignals]:
        """Each account's phase, firing signals and whether they propose "endangered"."""
        with self._transactions.read() as session:
            reading = _SignalReading.read(session, account_ids, every_complaint=False)
        return {account_id: reading.signals(account_id, today) for account_id in reading.states}

    def change_phase(
        self, account_id: uuid.UUID, new_phase: Phase, reason: str, today: date
    ) -> uuid.UUID:
        """Move to another phase with a reason; returns the history entry, for undo."""
        with self._transactions.write() as session:
            old_phase = queries.phase_states(session, [account_id])[account_id].phase
            reason = validated_change(old_phase, new_phase, reason)
            change = PhaseChange(today, old_phase, new_phase, reason, self._transactions.user())
            return queries.change_phase(session, account_id, change)

    def undo_phase_change(self, account_id: uuid.UUID, entry_id: uuid.UUID) -> None:
        with self._transactions.write() as session:
            queries.undo_phase_change(session, account_id, entry_id)

    def dismissed(self, account_id: uuid.UUID) -> frozenset[SignalKind]:
        with self._transactions.read() as session:
            return queries.phase_states(session, [account_id])[account_id].dismissed

    def set_dismissed(self, account_id: uuid.UUID, kinds: frozenset[SignalKind]) -> None:
        """Hold back the proposal while only these kinds of signal fire."""
        with self._transactions.write() as session:
            queries.set_dismissed(session, account_id, kinds)

    def set_talks_to_competitors(self, account_id: uuid.UUID, talks: bool) -> None:
        with self._transactions.write() as session:
            queries.set_talks_to_competitors(session, account_id, talks)

    # complaints

    def save_complaint(self, account_id: uuid.UUID, complaint: Complaint) -> Complaint:
        complaint = validated_complaint(complaint)
        with self._transactions.write() as session:
            queries.put_complaint(session, account_id, complaint)
        return complaint

    def remove_complaint(self, complaint_id: uuid.UUID) -> None:
        with self._transactions.write() as session:
            queries.remove_complaint(session, complaint_id)


@dataclass(frozen=True)
class _SignalReading:
    """Everything the warning signals of some accounts are computed from, read at once."""

    rules: SignalRules
    states: dict[uuid.UUID, queries.PhaseState]
    complaints: dict[uuid.UUID, list[Complaint]]
    figures: dict[uuid.UUID, list[KeyFigures]]
    contacts: dict[uuid.UUID, date]

    @classmethod
    def read(
        cls, session: Session, account_ids: list[uuid.UUID], *, every_complaint: bool = True
    ) -> "_SignalReading":
        """`every_complaint`: the resolved ones too (the lifecycle lists them; the signals
        count only the open)."""
        complaints = queries.complaints if every_complaint else queries.open_complaints
        return cls(
            stored_rules(session),
            queries.phase_states(session, account_ids),
            complaints(session, account_ids),
            queries.key_figures(session, account_ids),
            queries.last_important_contacts(session, account_ids),
        )

    def signals(self, account_id: uuid.UUID, today: date) -> AccountSignals:
        state = self.states[account_id]
        inputs = SignalInputs(
            self.complaints.get(account_id, []),
            self.figures.get(account_id, []),
            self.contacts.get(account_id),
            state.talks_to_competitors,
            state.contact_interval_days,
        )
        fired = warning_signals(inputs, self.rules, today)
        return AccountSignals(
            state.phase, fired, proposes_endangered(state.phase, fired, state.dismissed)
        )


def stored_rules(session: Session) -> SignalRules:
    """The thresholds in force: the stored ones, defaults for anything missing or unreadable."""
    return rules_from_text(setting(session, RULES_SETTING))


def rules_from_text(text: str | None) -> SignalRules:
    """The stored thresholds; defaults for anything missing or unreadable."""
    try:
        stored = json.loads(text) if text else {}
        defaults = SignalRules()
        values = {
            f.name: type(getattr(defaults, f.name))(stored[f.name])
            for f in dataclasses.fields(SignalRules)
            if f.name in stored
        }
        return validated_rules(SignalRules(**values))
    except (ValueError, TypeError, ArithmeticError, KamdeskError):
        return SignalRules()
