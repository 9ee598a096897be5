"""Team sync's own bookkeeping (revision 0011): kept on this device only, never synced."""

import uuid
from datetime import datetime

from sqlalchemy import String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from kamdesk.store.base import Base
from kamdesk.store.column_types import utc_now


class SyncDeviceRow(Base):
    """This install: its device id, team, shared file, clock and automatic sync (one row)."""

    __tablename__ = "sync_device"

    id: Mapped[int] = mapped_column(primary_key=True)
    device_id: Mapped[str] = mapped_column(String(40))
    team: Mapped[str] = mapped_column(String(40), default="")
    shared_file: Mapped[str] = mapped_column(Text, default="")
    auto_minutes: Mapped[int] = mapped_column(default=0)  # 0: only at start, close and on demand
    auto_sync: Mapped[bool] = mapped_column(default=False)
    clock: Mapped[str] = mapped_column(String(80), default="")  # the newest stamp seen or made
    pushed: Mapped[str] = mapped_column(String(80), default="")  # the newest stamp written
    # The shared file as this device last merged it: its last write's sequence number and id
    # (rows written after it are what changed there since).
    file_seq: Mapped[int] = mapped_column(default=0)
    file_write: Mapped[str] = mapped_column(String(40), default="")


class SyncBaseRow(Base):
    """What the shared file said about a row at this device's last sync."""

    __tablename__ = "sync_base"

    table_name: Mapped[str] = mapped_column(String(60), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    data: Mapped[str] = mapped_column(Text)
    stamps: Mapped[str] = mapped_column(Text)
    tombstone: Mapped[str] = mapped_column(Text, default="")


class SyncChangeRow(Base):
    """A synced row changed here since the last sync (written by triggers, see
    `sync_tables.ensure_change_log`); rowids grow with every change."""

    __tablename__ = "sync_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    table_name: Mapped[str] = mapped_column(String(60))
    row_id: Mapped[str] = mapped_column(String(40))

    __table_args__ = (UniqueConstraint("table_name", "row_id"),)


class SyncConflictRow(Base):
    """A value that lost to a concurrent edit, or a deletion an unseen edit overruled."""

    __tablename__ = "sync_conflicts"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    key: Mapped[str] = mapped_column(String(300), unique=True)  # the same conflict found twice
    table_name: Mapped[str] = mapped_column(String(60))
    row_id: Mapped[str] = mapped_column(String(40))
    field: Mapped[str] = mapped_column(String(60))
    account_id: Mapped[str | None] = mapped_column(String(40), index=True)
    label: Mapped[str] = mapped_column(String(200), default="")
    mine: Mapped[str] = mapped_column(Text, default="")  # the field group's values as JSON
    theirs: Mapped[str] = mapped_column(Text, default="")
    original: Mapped[str] = mapped_column(Text, default="")  # "" when there was none
    kept_mine: Mapped[bool] = mapped_column(default=False)
    deletion: Mapped[bool] = mapped_column(default=False)
    mine_deleted: Mapped[bool] = mapped_column(default=False)
    found_at: Mapped[datetime] = mapped_column(default=utc_now)
    resolved_at: Mapped[datetime | None] = mapped_column(index=True)
    theirs_by: Mapped[str] = mapped_column(String(200), default="")  # the colleague, if known


class SyncLogRow(Base):
    """One sync: when, with which file, how it ended and what came in and went out."""

    __tablename__ = "sync_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utc_now, index=True)
    shared_file: Mapped[str] = mapped_column(Text)
    refused: Mapped[str] = mapped_column(String(40), default="")  # the error's kind, or ""
    went_out: Mapped[int] = mapped_column(default=0)
    came_in: Mapped[int] = mapped_column(default=0)
    conflicts: Mapped[int] = mapped_column(default=0)
    detail: Mapped[str] = mapped_column(Text, default="")  # JSON: rows by table, or the reason
    came_from: Mapped[str] = mapped_column(Text, default="")  # JSON: the colleagues' names
