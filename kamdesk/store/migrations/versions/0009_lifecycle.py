"""Lifecycle: each account's phase, the phase history, warning-signal inputs, complaints and
the handling of reminders.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def _synced_columns(table: str) -> list[sa.schema.SchemaItem]:
    return [
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
    ]


def _account(table: str) -> list[sa.schema.SchemaItem]:
    return [
        sa.Column("account_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"], ["accounts.id"], name=op.f(f"fk_{table}_account_id_accounts")
        ),
    ]


def upgrade() -> None:
    with op.batch_alter_table("accounts") as accounts:
        accounts.add_column(
            sa.Column("phase", sa.String(20), nullable=False, server_default="acquisition")
        )
        accounts.add_column(
            sa.Column(
                "talks_to_competitors", sa.Boolean(), nullable=False, server_default=sa.false()
            )
        )
        accounts.add_column(
            sa.Column("dismissed_signals", sa.String(200), nullable=False, server_default="")
        )
    # Accounts that already buy from us are past acquisition.
    op.execute(
        "UPDATE accounts SET phase = 'retention' WHERE id IN "
        "(SELECT account_id FROM key_figures WHERE revenue > 0 AND deleted_at IS NULL)"
    )
    op.create_table(
        "phase_history",
        *_account("phase_history"),
        sa.Column("changed_on", sa.Date(), nullable=False),
        sa.Column("old_phase", sa.String(20), nullable=True),
        sa.Column("new_phase", sa.String(20), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("changed_by", sa.String(120), nullable=False),
        *_synced_columns("phase_history"),
    )
    op.create_table(
        "complaints",
        *_account("complaints"),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("topic", sa.String(200), nullable=False),
        sa.Column("severity", sa.String(20), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("resolved_on", sa.Date(), nullable=True),
        sa.Column("owner", sa.String(200), nullable=False),
        *_synced_columns("complaints"),
    )
    op.create_table(
        "reminder_handling",
        sa.Column("key", sa.String(80), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.Column("snoozed_until", sa.Date(), nullable=True),
        sa.UniqueConstraint("key", name=op.f("uq_reminder_handling_key")),
        *_synced_columns("reminder_handling"),
    )
    for table in ("phase_history", "complaints", "reminder_handling"):
        op.create_index(op.f(f"ix_{table}_deleted_at"), table, ["deleted_at"], unique=False)
    for table in ("phase_history", "complaints"):
        op.create_index(op.f(f"ix_{table}_account_id"), table, ["account_id"], unique=False)
    op.create_index(op.f("ix_complaints_status"), "complaints", ["status"], unique=False)


def downgrade() -> None:
    for table in ("reminder_handling", "complaints", "phase_history"):
        op.drop_table(table)
    with op.batch_alter_table("accounts") as accounts:
        for column in ("dismissed_signals", "talks_to_competitors", "phase"):
            accounts.drop_column(column)
