"""What every table of the store shares: the declarative base (enums stored by value, money
and UTC timestamps in their own column types, constraint names by convention) and the identity,
timestamps and soft delete of user data."""

import uuid
from datetime import datetime
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import Enum, MetaData
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

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
from kamdesk.store.column_types import FastUuid, Money, UtcDateTime, utc_now

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def enum_column(enum: type[StrEnum], length: int = 20) -> Enum:
    """Store an enum by its value (stable across renames of the Python name)."""
    return Enum(
        enum,
        native_enum=False,
        length=length,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {  # noqa: RUF012 - SQLAlchemy reads this class attribute
        datetime: UtcDateTime(),
        Decimal: Money(),
        uuid.UUID: FastUuid(),
        StatusLevel: enum_column(StatusLevel),
        Scope: enum_column(Scope),
        Segment: enum_column(Segment),
        HierarchyLevel: enum_column(HierarchyLevel),
        FunnelOutcome: enum_column(FunnelOutcome, length=30),
        GoalKind: enum_column(GoalKind),
        ActionStatus: enum_column(ActionStatus),
        ProjectArea: enum_column(ProjectArea),
        ProjectStatus: enum_column(ProjectStatus),
        CellState: enum_column(CellState),
        UnitKind: enum_column(UnitKind),
        OfferingKind: enum_column(OfferingKind),
        BuyingRole: enum_column(BuyingRole),
        Attitude: enum_column(Attitude),
        NoteSection: enum_column(NoteSection),
        Phase: enum_column(Phase),
        Severity: enum_column(Severity),
        ComplaintStatus: enum_column(ComplaintStatus),
        ValueBasis: enum_column(ValueBasis),
    }


class Synced:
    """Identity, timestamps and soft delete, shared by every user-data table."""

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(default=utc_now, onupdate=utc_now)
    deleted_at: Mapped[datetime | None] = mapped_column(index=True)
