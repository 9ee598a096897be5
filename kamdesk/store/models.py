"""The store's tables. Every user-data row carries a UUID, timestamps and a soft-delete marker,
because team sync merges rows by identity and must carry deletions."""

import uuid
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import ForeignKey, String, Table, Text, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column

from kamdesk.domain.annual_plan import ActionStatus, GoalKind
from kamdesk.domain.classification import HierarchyLevel, Scope, Segment, StatusLevel
from kamdesk.domain.complaints import ComplaintStatus, Severity
from kamdesk.domain.jour_fixe import NoteSection
from kamdesk.domain.lifecycle import Phase
from kamdesk.domain.penetration import CellState, OfferingKind, UnitKind
from kamdesk.domain.portfolio import ValueBasis
from kamdesk.domain.selection_funnel import FunnelOutcome
from kamdesk.domain.stakeholders import Attitude, BuyingRole
from kamdesk.domain.value_projects import ProjectArea, ProjectStatus
from kamdesk.store.base import Base, Synced


class AccountRow(Synced, Base):
    __tablename__ = "accounts"

    name: Mapped[str] = mapped_column(String(200), index=True)
    industry: Mapped[str] = mapped_column(String(120), default="")
    country: Mapped[str] = mapped_column(String(120), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    customer_number: Mapped[str] = mapped_column(String(60), default="")  # revision 0013
    vat_id: Mapped[str] = mapped_column(String(30), default="")
    demo: Mapped[bool] = mapped_column(default=False)  # revision 0014: loaded as demo data
    # The group account (Konzern) this one is a member of (revision 0015); one level: a group
    # is in no group. Nullable, so sync never takes it for an owner: deleting a group keeps
    # its members.
    group_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("accounts.id"), index=True)
    segment: Mapped[Segment] = mapped_column(default=Segment.C)
    status_level: Mapped[StatusLevel] = mapped_column(default=StatusLevel.C)
    scope: Mapped[Scope] = mapped_column(default=Scope.NATIONAL)
    owner: Mapped[str] = mapped_column(String(120), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # Key-account status (revision 0003). The score is cached so that a list of 50,000
    # accounts can show and sort it; the status service recomputes it when its inputs change.
    status_granted_on: Mapped[date | None]
    review_due_on: Mapped[date | None] = mapped_column(index=True)
    review_pending: Mapped[bool] = mapped_column(default=False, server_default=false())
    score: Mapped[int | None]
    contact_interval_days: Mapped[int | None]  # overrides the status level's default
    # Lifecycle (revision 0009). The dismissed signal kinds, comma-separated, hold back the
    # proposal to move to "endangered" until a new kind of signal fires.
    phase: Mapped[Phase] = mapped_column(
        default=Phase.ACQUISITION, server_default=Phase.ACQUISITION.value
    )
    talks_to_competitors: Mapped[bool] = mapped_column(default=False, server_default=false())
    dismissed_signals: Mapped[str] = mapped_column(String(200), default="", server_default="")
    private_notes: Mapped[str] = mapped_column(Text, default="", server_default="")  # never synced


class StatusChangeRow(Synced, Base):
    __tablename__ = "status_history"

    account_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("accounts.id"), index=True)
    changed_on: Mapped[date]
    old_level: Mapped[StatusLevel | None]
    new_level: Mapped[StatusLevel]
    score: Mapped[int | None]
    reason: Mapped[str] = mapped_column(Text, default="")
    changed_by: Mapped[str] = mapped_column(String(120), default="")


class PhaseChangeRow(Synced, Base):
    __tablename__ = "phase_history"

    account_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("accounts.id"), index=True)
    changed_on: Mapped[date]
    old_phase: Mapped[Phase | None]
    new_phase: Mapped[Phase]
    reason: Mapped[str] = mapped_column(Text, default="")
    changed_by: Mapped[str] = mapped_column(String(120), default="")


class ComplaintRow(Synced, Base):
    __tablename__ = "complaints"

    account_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("accounts.id"), index=True)
    received_on: Mapped[date]
    topic: Mapped[str] = mapped_column(String(200))
    severity: Mapped[Severity]
    status: Mapped[ComplaintStatus] = mapped_column(index=True)
    resolved_on: Mapped[date | None]
    owner: Mapped[str] = mapped_column(String(200), default="")


class ReminderHandlingRow(Synced, Base):
    """What the KAM did with one occurrence of a reminder: done, or snoozed to a date."""

    __tablename__ = "reminder_handling"

    key: Mapped[str] = mapped_column(String(80), unique=True)  # kind:subject id
    due_on: Mapped[date]
    done: Mapped[bool] = mapped_column(default=False)
    snoozed_until: Mapped[date | None]


class CalendarEventRow(Base):
    """A reminder as this device last gave it to the user's calendar (never synced): a changed
    one goes out with a higher SEQUENCE, an ended one once more as cancelled."""

    __tablename__ = "calendar_events"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)  # the reminder's key
    day: Mapped[date]
    summary: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text)
    sequence: Mapped[int]
    changed_at: Mapped[datetime]
    cancelled: Mapped[bool]


class PortfolioViewRow(Base):
    """How this device's user looks at the portfolio (never synced, one row): the value basis
    and the thresholds they chose; none chosen: the medians (revision 0015)."""

    __tablename__ = "portfolio_view"

    id: Mapped[int] = mapped_column(primary_key=True)
    basis: Mapped[ValueBasis]
    value_threshold: Mapped[Decimal | None]
    potential_threshold: Mapped[Decimal | None]


class TeamMemberRow(Synced, Base):
    __tablename__ = "team_members"

    name: Mapped[str] = mapped_column(String(200))
    function: Mapped[str] = mapped_column(String(200), default="")
    hierarchy_level: Mapped[HierarchyLevel]
    email: Mapped[str] = mapped_column(String(200), default="")


class ContactRow(Synced, Base):
    __tablename__ = "contacts"

    account_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("accounts.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    unit: Mapped[str] = mapped_column(String(200), default="")
    function: Mapped[str] = mapped_column(String(200), default="")
    hierarchy_level: Mapped[HierarchyLevel]
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(80), default="")
    buying_role: Mapped[BuyingRole] = mapped_column(
        default=BuyingRole.NONE, server_default=BuyingRole.NONE.value
    )
    attitude: Mapped[Attitude] = mapped_column(
        default=Attitude.UNKNOWN, server_default=Attitude.UNKNOWN.value
    )
    quality: Mapped[int | None]
    last_contact_on: Mapped[date | None]
    interval_days: Mapped[int | None]


class CounterpartRow(Synced, Base):
    """A team member looks after a contact."""

    __tablename__ = "counterparts"
    __table_args__ = (UniqueConstraint("contact_id", "member_id"),)
    contact_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("contacts.id"))
    member_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("team_members.id"), index=True)


class JourFixeRow(Synced, Base):
    __tablename__ = "jour_fixes"
    __table_args__ = (UniqueConstraint("account_id"),)
    account_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("accounts.id"))
    interval_weeks: Mapped[int]
    next_on: Mapped[date | None]


class JourFixeNoteRow(Synced, Base):
    __tablename__ = "jour_fixe_notes"
    account_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("accounts.id"), index=True)
    held_on: Mapped[date]
    section: Mapped[NoteSection]
    text: Mapped[str] = mapped_column(Text)


class JourFixeNoteContactRow(Synced, Base):
    """A jour-fixe note concerns a contact."""

    __tablename__ = "jour_fixe_note_contacts"
    __table_args__ = (UniqueConstraint("note_id", "contact_id"),)
    note_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("jour_fixe_notes.id"))
    contact_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("contacts.id"), index=True)


class ActivityRow(Synced, Base):
    __tablename__ = "activities"

    account_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("accounts.id"), index=True)
    occurred_on: Mapped[date]
    kind: Mapped[str] = mapped_column(String(20), default="note")
    subject: Mapped[str] = mapped_column(String(200), default="")
    text: Mapped[str] = mapped_column(Text, default="")


class VisitAttendeeRow(Synced, Base):
    """Who attends a visit (an activity of kind "visit"): a contact or a team member."""

    __tablename__ = "visit_attendees"

    activity_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("activities.id"), index=True)
    contact_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("contacts.id"))
    member_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("team_members.id"))


class KeyFigureRow(Synced, Base):
    """Key figures of one account and year (revision 0002)."""

    __tablename__ = "key_figures"
    __table_args__ = (UniqueConstraint("account_id", "year"),)

    account_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("accounts.id"), index=True)
    year: Mapped[int]
    revenue: Mapped[Decimal | None]
    contribution_margin: Mapped[Decimal | None]
    potential: Mapped[Decimal | None]
    share_of_wallet: Mapped[Decimal | None]
    satisfaction: Mapped[Decimal | None]


class CriterionAnswerRow(Synced, Base):
    """The account's answer to one scorecard criterion: "true", or a count or amount as text."""

    __tablename__ = "criterion_answers"
    __table_args__ = (UniqueConstraint("account_id", "criterion_key"),)

    account_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("accounts.id"), index=True)
    criterion_key: Mapped[str] = mapped_column(String(60))
    value: Mapped[str] = mapped_column(String(40))


class FunnelRecordRow(Synced, Base):
    """One pass through the selection funnel and how it ended."""

    __tablename__ = "funnel_records"

    account_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("accounts.id"), index=True)
    decided_on: Mapped[date]
    outcome: Mapped[FunnelOutcome]
    level: Mapped[StatusLevel | None]
    score: Mapped[int]
    decided_by: Mapped[str] = mapped_column(String(120), default="")
    note: Mapped[str] = mapped_column(Text, default="")


class CounterPerformanceRow(Synced, Base):
    """What the customer agreed to give in return for key-account care."""

    __tablename__ = "counter_performances"

    account_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("accounts.id"), index=True)
    kind: Mapped[str] = mapped_column(String(30))  # a CounterPerformance value, or "other"
    text: Mapped[str] = mapped_column(Text, default="")
    agreed_on: Mapped[date]
    fulfilled: Mapped[bool] = mapped_column(default=False)


class SettingRow(Synced, Base):
    """Store-wide settings that travel with the data, such as the criteria catalogue (JSON)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(60), unique=True)
    value: Mapped[str] = mapped_column(Text)


class MarginCostRow(Synced, Base):
    """The year's cost lines of the customer contribution margin (revision 0004); the revenue
    comes from the key figures."""

    __tablename__ = "margin_costs"
    __table_args__ = (UniqueConstraint("account_id", "year"),)

    account_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("accounts.id"), index=True)
    year: Mapped[int]
    sales_deductions: Mapped[Decimal] = mapped_column(default=Decimal(0), server_default="0")
    variable_costs: Mapped[Decimal] = mapped_column(default=Decimal(0), server_default="0")
    service_costs: Mapped[Decimal] = mapped_column(default=Decimal(0), server_default="0")
    logistics_costs: Mapped[Decimal] = mapped_column(default=Decimal(0), server_default="0")
    care_costs: Mapped[Decimal] = mapped_column(default=Decimal(0), server_default="0")
    visit_costs: Mapped[Decimal] = mapped_column(default=Decimal(0), server_default="0")
    project_costs: Mapped[Decimal] = mapped_column(default=Decimal(0), server_default="0")


class PlanGoalRow(Synced, Base):
    """A goal of the account's annual plan (revision 0005)."""

    __tablename__ = "plan_goals"

    account_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("accounts.id"), index=True)
    year: Mapped[int]
    kind: Mapped[GoalKind]
    title: Mapped[str] = mapped_column(String(200), default="")
    target: Mapped[Decimal | None]
    actual: Mapped[Decimal | None]


class PlanActionRow(Synced, Base):
    """An action of the annual plan, optionally serving a goal or concerning a contact."""

    __tablename__ = "plan_actions"

    account_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("accounts.id"), index=True)
    year: Mapped[int]
    title: Mapped[str] = mapped_column(String(200))
    due_on: Mapped[date | None]
    status: Mapped[ActionStatus] = mapped_column(default=ActionStatus.OPEN)
    owner: Mapped[str] = mapped_column(String(200), default="")
    goal_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("plan_goals.id"))
    contact_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("contacts.id"))


class ValueProjectRow(Synced, Base):
    """A joint value project with the customer (revision 0006)."""

    __tablename__ = "value_projects"

    account_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("accounts.id"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    area: Mapped[ProjectArea]
    benefit_customer: Mapped[str] = mapped_column(Text, default="")
    benefit_own: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[ProjectStatus] = mapped_column(default=ProjectStatus.IDEA)


class OfferingRow(Synced, Base):
    """A product line or service in the catalogue every penetration plan shares (rev. 0007)."""

    __tablename__ = "offerings"

    name: Mapped[str] = mapped_column(String(120))
    kind: Mapped[OfferingKind] = mapped_column(default=OfferingKind.PRODUCT_LINE)
    position: Mapped[int] = mapped_column(default=0)


class PlanUnitRow(Synced, Base):
    """A unit of the customer (site, country, division, department), nested under `parent_id`."""

    __tablename__ = "plan_units"

    account_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("accounts.id"), index=True)
    parent_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("plan_units.id"))
    name: Mapped[str] = mapped_column(String(120))
    kind: Mapped[UnitKind] = mapped_column(default=UnitKind.SITE)
    position: Mapped[int] = mapped_column(default=0)


class PenetrationCellRow(Synced, Base):
    """What one unit buys of one offering; a cell back to "unknown" keeps its row."""

    __tablename__ = "penetration_cells"
    __table_args__ = (UniqueConstraint("unit_id", "offering_id"),)

    account_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("accounts.id"), index=True)
    unit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("plan_units.id"))
    offering_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("offerings.id"))
    state: Mapped[CellState] = mapped_column(default=CellState.UNKNOWN)
    amount: Mapped[Decimal | None]
    competitor: Mapped[str] = mapped_column(String(120), default="")


def user_data_tables() -> list[Table]:
    """The tables of user data (those with a soft delete), owners before their rows."""
    return [table for table in Base.metadata.sorted_tables if "deleted_at" in table.c]
