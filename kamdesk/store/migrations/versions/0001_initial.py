"""Initial store: accounts, status history, team members, contacts, activities.

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _synced(table: str) -> list[sa.schema.SchemaItem]:
    """Identity, timestamps and soft delete, frozen as they were at this revision."""
    return [
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
    ]


def _account_ref(table: str) -> list[sa.schema.SchemaItem]:
    return [
        sa.Column("account_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"], ["accounts.id"], name=op.f(f"fk_{table}_account_id_accounts")
        ),
    ]


def _indexes(table: str, *columns: str) -> None:
    for column in columns:
        op.create_index(op.f(f"ix_{table}_{column}"), table, [column], unique=False)


def upgrade() -> None:
    op.create_table(
        "accounts",
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("industry", sa.String(120), nullable=False),
        sa.Column("country", sa.String(120), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("segment", sa.String(20), nullable=False),
        sa.Column("status_level", sa.String(20), nullable=False),
        sa.Column("scope", sa.String(20), nullable=False),
        sa.Column("owner", sa.String(120), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        *_synced("accounts"),
    )
    _indexes("accounts", "deleted_at", "name")
    op.create_table(
        "team_members",
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("function", sa.String(200), nullable=False),
        sa.Column("hierarchy_level", sa.String(20), nullable=False),
        sa.Column("email", sa.String(200), nullable=False),
        *_synced("team_members"),
    )
    _indexes("team_members", "deleted_at")
    op.create_table(
        "activities",
        *_account_ref("activities"),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("subject", sa.String(200), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        *_synced("activities"),
    )
    _indexes("activities", "account_id", "deleted_at")
    op.create_table(
        "contacts",
        *_account_ref("contacts"),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("unit", sa.String(200), nullable=False),
        sa.Column("function", sa.String(200), nullable=False),
        sa.Column("hierarchy_level", sa.String(20), nullable=False),
        sa.Column("email", sa.String(200), nullable=False),
        sa.Column("phone", sa.String(80), nullable=False),
        *_synced("contacts"),
    )
    _indexes("contacts", "account_id", "deleted_at")
    op.create_table(
        "status_history",
        *_account_ref("status_history"),
        sa.Column("changed_on", sa.Date(), nullable=False),
        sa.Column("old_level", sa.String(20), nullable=True),
        sa.Column("new_level", sa.String(20), nullable=False),
        sa.Column("score", sa.Integer(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("changed_by", sa.String(120), nullable=False),
        *_synced("status_history"),
    )
    _indexes("status_history", "account_id", "deleted_at")


def downgrade() -> None:
    for table in ("status_history", "contacts", "activities", "team_members", "accounts"):
        op.drop_table(table)
