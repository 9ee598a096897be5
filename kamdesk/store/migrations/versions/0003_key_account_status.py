"""Key-account status: status dates and cached score on accounts, criterion answers,
selection-funnel records, counter-performances, and a settings table for the catalogue.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def _synced(table: str) -> list[sa.schema.SchemaItem]:
    return [
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
    ]


def _account_table(table: str, *columns: sa.schema.SchemaItem) -> None:
    op.create_table(
        table,
        sa.Column("account_id", sa.Uuid(), nullable=False),
        *columns,
        *_synced(table),
        sa.ForeignKeyConstraint(
            ["account_id"], ["accounts.id"], name=op.f(f"fk_{table}_account_id_accounts")
        ),
    )
    for column in ("account_id", "deleted_at"):
        op.create_index(op.f(f"ix_{table}_{column}"), table, [column], unique=False)


def upgrade() -> None:
    with op.batch_alter_table("accounts") as accounts:
        accounts.add_column(sa.Column("status_granted_on", sa.Date(), nullable=True))
        accounts.add_column(sa.Column("review_due_on", sa.Date(), nullable=True))
        accounts.add_column(
            sa.Column("review_pending", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        accounts.add_column(sa.Column("score", sa.Integer(), nullable=True))
    op.create_index(op.f("ix_accounts_review_due_on"), "accounts", ["review_due_on"])
    _account_table(
        "criterion_answers",
        sa.Column("criterion_key", sa.String(60), nullable=False),
        sa.Column("value", sa.String(40), nullable=False),
        sa.UniqueConstraint(
            "account_id", "criterion_key", name=op.f("uq_criterion_answers_account_id")
        ),
    )
    _account_table(
        "funnel_records",
        sa.Column("decided_on", sa.Date(), nullable=False),
        sa.Column("outcome", sa.String(30), nullable=False),
        sa.Column("level", sa.String(20), nullable=True),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("decided_by", sa.String(120), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
    )
    _account_table(
        "counter_performances",
        sa.Column("kind", sa.String(30), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("agreed_on", sa.Date(), nullable=False),
        sa.Column("fulfilled", sa.Boolean(), nullable=False),
    )
    op.create_table(
        "settings",
        sa.Column("key", sa.String(60), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        *_synced("settings"),
        sa.UniqueConstraint("key", name=op.f("uq_settings_key")),
    )
    op.create_index(op.f("ix_settings_deleted_at"), "settings", ["deleted_at"], unique=False)


def downgrade() -> None:
    for table in ("settings", "counter_performances", "funnel_records", "criterion_answers"):
        op.drop_table(table)
    op.drop_index(op.f("ix_accounts_review_due_on"), "accounts")
    with op.batch_alter_table("accounts") as accounts:
        for column in ("score", "review_pending", "review_due_on", "status_granted_on"):
            accounts.drop_column(column)
