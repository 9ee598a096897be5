"""Lifecycle words in the user's language: phases, complaint values, the playbook's actions,
warning signals and reminders as sentences."""

from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from kamdesk.domain.complaints import ComplaintStatus, Severity
from kamdesk.domain.lifecycle import Phase, Play
from kamdesk.domain.reminders import Group, Reminder, ReminderKind
from kamdesk.domain.warning_signals import Signal, SignalKind
from kamdesk.i18n.formats import format_decimal

translate = QCoreApplication.translate


def phase_label(phase: Phase) -> str:
    return {
        Phase.ACQUISITION: translate("lifecycle", "Acquisition"),
        Phase.RETENTION: translate("lifecycle", "Penetration and retention"),
        Phase.ENDANGERED: translate("lifecycle", "Endangered"),
        Phase.RECOVERY: translate("lifecycle", "Securing and recovery"),
        Phase.DISSOLUTION: translate("lifecycle", "Dissolution"),
        Phase.REVITALISATION: translate("lifecycle", "Revitalisation"),
    }[phase]


def severity_label(severity: Severity) -> str:
    return {
        Severity.LOW: translate("lifecycle", "Low"),
        Severity.MEDIUM: translate("lifecycle", "Medium"),
        Severity.HIGH: translate("lifecycle", "High"),
        Severity.CRITICAL: translate("lifecycle", "Critical"),
    }[severity]


def complaint_status_label(status: ComplaintStatus) -> str:
    return {
        ComplaintStatus.OPEN: translate("lifecycle", "Open"),
        ComplaintStatus.IN_PROGRESS: translate("lifecycle", "In progress"),
        ComplaintStatus.RESOLVED: translate("lifecycle", "Resolved"),
    }[status]


def play_text(play: Play) -> str:
    return {
        Play.REFERRALS: translate("lifecycle", "Ask existing customers for a referral"),
        Play.CUSTOMER_VIEW: translate("lifecycle", "Look at our offer from the customer's side"),
        Play.FIRST_ORDER: translate("lifecycle", "Win a first, small order to prove ourselves"),
        Play.CROSS_SELLING: translate("lifecycle", "Offer further product lines (cross-selling)"),
        Play.KEEP_PROMISES: translate("lifecycle", "Check that every promise made was kept"),
        Play.CONSTANT_CONTACT: translate("lifecycle", "Keep up constant communication"),
        Play.TOP_MEETING: translate("lifecycle", "Arrange a meeting at management level"),
        Play.CLEAR_COMPLAINTS: translate("lifecycle", "Clear all open complaints"),
        Play.CHECK_COMPETITION: translate("lifecycle", "Find out what the competition offers"),
        Play.WHY_LEAVE: translate("lifecycle", "Find out why the customer wants to leave"),
        Play.FAST_REACTION: translate("lifecycle", "React to every complaint within a day"),
        Play.TARGETED_OFFER: translate("lifecycle", "Make a targeted offer"),
        Play.ORDERLY_EXIT: translate("lifecycle", "Wind down open orders in an orderly way"),
        Play.LESSONS_LEARNED: translate("lifecycle", "Write down what we learned"),
        Play.WHAT_CHANGED: translate("lifecycle", "Find out what has changed at the customer"),
        Play.RESTART_OFFER: translate("lifecycle", "Make an offer for a new start"),
    }[play]


def _number(value: Decimal) -> str:
    return format_decimal(value, 0 if value == value.to_integral_value() else 1)


def signal_text(signal: Signal) -> str:
    value = _number(signal.value)
    threshold = "" if signal.threshold is None else _number(signal.threshold)
    texts = {
        SignalKind.OPEN_COMPLAINTS: translate(
            "lifecycle", "{value} open complaints (warning from {threshold})"
        ),
        SignalKind.OLD_COMPLAINT: translate(
            "lifecycle", "A complaint has been open for {value} days (warning from {threshold})"
        ),
        SignalKind.FALLING_SATISFACTION: translate(
            "lifecycle", "Satisfaction fell by {value} points (warning from {threshold})"
        ),
        SignalKind.FALLING_REVENUE: translate(
            "lifecycle", "Revenue fell by {value} % (warning from {threshold} %)"
        ),
        SignalKind.NO_CONTACT: translate(
            "lifecycle",
            "No contact with a decision maker, influencer or purchaser for {value} days "
            "(warning from {threshold})",
        ),
        SignalKind.TALKS_TO_COMPETITORS: translate(
            "lifecycle", "The customer is talking to competitors"
        ),
    }
    return texts[signal.kind].format(value=value, threshold=threshold)


def group_label(group: Group) -> str:
    return {
        Group.OVERDUE: translate("lifecycle", "Overdue"),
        Group.THIS_WEEK: translate("lifecycle", "This week"),
        Group.LATER: translate("lifecycle", "Later"),
    }[group]


def reminder_kind_label(kind: ReminderKind) -> str:
    return {
        ReminderKind.STATUS_REVIEW: translate("lifecycle", "Status review"),
        ReminderKind.COMPLAINT: translate("lifecycle", "Complaint open too long"),
        ReminderKind.ACTION: translate("lifecycle", "Action"),
        ReminderKind.JOUR_FIXE: translate("lifecycle", "Jour fixe"),
        ReminderKind.VISIT: translate("lifecycle", "Visit"),
        ReminderKind.CONTACT: translate("lifecycle", "Contact due"),
    }[kind]


def reminder_text(reminder: Reminder) -> str:
    """What to do, in a line: the kind and, where there is one, the subject."""
    kind = reminder_kind_label(reminder.kind)
    return f"{kind}: {reminder.subject}" if reminder.subject else kind


def reminder_summary(reminder: Reminder) -> str:
    """A calendar entry's title: what to do and for which account."""
    return translate("lifecycle", "{what} – {account}").format(
        what=reminder_text(reminder), account=reminder.account_name
    )
