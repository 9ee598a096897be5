"""The relationship lifecycle (Kundenbeziehungslebenszyklus, SPEC §5): phases, their dated
history and each phase's playbook."""

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from kamdesk.domain.errors import FieldIssue, InvalidPhaseChange, IssueCode

REASON_MAX = 2_000


class Phase(StrEnum):
    """In the order a relationship usually passes through them."""

    ACQUISITION = "acquisition"  # Anbahnung/Akquise
    RETENTION = "retention"  # Durchdringung/Bindung
    ENDANGERED = "endangered"  # Gefährdung
    RECOVERY = "recovery"  # Sicherung/Rückgewinnung
    DISSOLUTION = "dissolution"  # Auflösung
    REVITALISATION = "revitalisation"  # Revitalisierung

    @property
    def may_become_endangered(self) -> bool:
        """Warning signals propose "endangered" only for a relationship that is still sound."""
        return self in (Phase.ACQUISITION, Phase.RETENTION)

    @property
    def is_troubled(self) -> bool:
        """The relationship is at risk and needs the KAM first."""
        return self in (Phase.ENDANGERED, Phase.RECOVERY)


@dataclass(frozen=True)
class PhaseChange:
    changed_on: date
    old_phase: Phase | None
    new_phase: Phase
    reason: str
    changed_by: str


def validated_change(old: Phase, new: Phase, reason: str) -> str:
    """A move to another phase, with its reason trimmed; the history explains every step."""
    if old == new:
        raise InvalidPhaseChange((FieldIssue("phase", IssueCode.BAD_VALUE),))
    reason = reason.strip()
    if not reason:
        raise InvalidPhaseChange((FieldIssue("phase", IssueCode.REASON_REQUIRED),))
    if len(reason) > REASON_MAX:
        raise InvalidPhaseChange((FieldIssue("reason", IssueCode.TOO_LONG, REASON_MAX),))
    return reason


class Play(StrEnum):
    """A recommended action of a phase's playbook; its wording lives in i18n."""

    REFERRALS = "referrals"
    CUSTOMER_VIEW = "customer_view"
    FIRST_ORDER = "first_order"
    CROSS_SELLING = "cross_selling"
    KEEP_PROMISES = "keep_promises"
    CONSTANT_CONTACT = "constant_contact"
    TOP_MEETING = "top_meeting"
    CLEAR_COMPLAINTS = "clear_complaints"
    CHECK_COMPETITION = "check_competition"
    WHY_LEAVE = "why_leave"
    FAST_REACTION = "fast_reaction"
    TARGETED_OFFER = "targeted_offer"
    ORDERLY_EXIT = "orderly_exit"
    LESSONS_LEARNED = "lessons_learned"
    WHAT_CHANGED = "what_changed"
    RESTART_OFFER = "restart_offer"


@dataclass(frozen=True)
class PlaybookEntry:
    play: Play
    due_in_days: int  # how soon the action should be done once it is in the plan


PLAYBOOK: dict[Phase, tuple[PlaybookEntry, ...]] = {
    Phase.ACQUISITION: (
        PlaybookEntry(Play.REFERRALS, 30),
        PlaybookEntry(Play.CUSTOMER_VIEW, 14),
        PlaybookEntry(Play.FIRST_ORDER, 60),
    ),
    Phase.RETENTION: (
        PlaybookEntry(Play.CROSS_SELLING, 60),
        PlaybookEntry(Play.KEEP_PROMISES, 30),
        PlaybookEntry(Play.CONSTANT_CONTACT, 30),
    ),
    Phase.ENDANGERED: (
        PlaybookEntry(Play.TOP_MEETING, 14),
        PlaybookEntry(Play.CLEAR_COMPLAINTS, 7),
        PlaybookEntry(Play.CHECK_COMPETITION, 21),
    ),
    Phase.RECOVERY: (
        PlaybookEntry(Play.WHY_LEAVE, 7),
        PlaybookEntry(Play.FAST_REACTION, 3),
        PlaybookEntry(Play.TARGETED_OFFER, 21),
    ),
    Phase.DISSOLUTION: (
        PlaybookEntry(Play.ORDERLY_EXIT, 30),
        PlaybookEntry(Play.LESSONS_LEARNED, 30),
    ),
    Phase.REVITALISATION: (
        PlaybookEntry(Play.WHAT_CHANGED, 30),
        PlaybookEntry(Play.RESTART_OFFER, 45),
    ),
}
