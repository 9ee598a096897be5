"""Team sync: this device, its sync base, conflicts and log; private notes on accounts.

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("accounts") as batch:
        batch.add_column(sa.Column("private_notes", sa.Text(), nullable=False, server_default=""))
    op.create_table(
        "sync_device",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.String(40), nullable=False),
        sa.Column("team", sa.String(40), nullable=False),
        sa.Column("shared_file", sa.Text(), nullable=False),
        sa.Column("auto_minutes", sa.Integer(), nullable=False),
        sa.Column("auto_sync", sa.Boolean(), nullable=False),
        sa.Column("clock", sa.String(80), nullable=False),
        sa.Column("pushed", sa.String(80), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_device")),
    )
    op.create_table(
        "sync_base",
        sa.Column("table_name", sa.String(60), nullable=False),
        sa.Column("row_id", sa.String(40), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.Column("stamps", sa.Text(), nullable=False),
        sa.Column("tombstone", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("table_name", "row_id", name=op.f("pk_sync_base")),
    )
    op.create_table(
        "sync_conflicts",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("key", sa.String(300), nullable=False),
        sa.Column("table_name", sa.String(60), nullable=False),
        sa.Column("row_id", sa.String(40), nullable=False),
        sa.Column("field", sa.String(60), nullable=False),
        sa.Column("account_id", sa.String(40), nullable=True),
        sa.Column("label", sa.String(200), nullable=False),
        sa.Column("mine", sa.Text(), nullable=False),
        sa.Column("theirs", sa.Text(), nullable=False),
        sa.Column("original", sa.Text(), nullable=False),
        sa.Column("kept_mine", sa.Boolean(), nullable=False),
        sa.Column("deletion", sa.Boolean(), nullable=False),
        sa.Column("mine_deleted", sa.Boolean(), nullable=False),
        sa.Column("found_at", sa.DateTime(), nullable=False),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflicts")),
        sa.UniqueConstraint("key", name=op.f("uq_sync_conflicts_key")),
    )
    op.create_index(op.f("ix_sync_conflicts_account_id"), "sync_conflicts", ["account_id"])
    op.create_index(op.f("ix_sync_conflicts_resolved_at"), "sync_conflicts", ["resolved_at"])
    op.create_table(
        "sync_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("shared_file", sa.Text(), nullable=False),
        sa.Column("refused", sa.String(40), nullable=False),
        sa.Column("went_out", sa.Integer(), nullable=False),
        sa.Column("came_in", sa.Integer(), nullable=False),
        sa.Column("conflicts", sa.Integer(), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_log")),
    )
    op.create_index(op.f("ix_sync_log_at"), "sync_log", ["at"])


def downgrade() -> None:
    for table in ("sync_log", "sync_conflicts", "sync_base", "sync_device"):
        op.drop_table(table)
    with op.batch_alter_table("accounts") as batch:
        batch.drop_column("private_notes")
