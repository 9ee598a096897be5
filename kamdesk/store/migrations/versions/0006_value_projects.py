"""Joint value projects per account.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "value_projects",
        sa.Column("account_id", sa.Uuid(), nullable=False),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("area", sa.String(20), nullable=False),
        sa.Column("benefit_customer", sa.Text(), nullable=False),
        sa.Column("benefit_own", sa.Text(), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["account_id"], ["accounts.id"], name=op.f("fk_value_projects_account_id_accounts")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_value_projects")),
    )
    for column in ("account_id", "deleted_at"):
        op.create_index(
            op.f(f"ix_value_projects_{column}"), "value_projects", [column], unique=False
        )


def downgrade() -> None:
    op.drop_table("value_projects")
