"""Cost lines of the customer contribution margin, per account and year.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_COSTS = (
    "sales_deductions",
    "variable_costs",
    "service_costs",
    "logistics_costs",
    "care_costs",
    "visit_costs",
    "project_costs",
)


def upgrade() -> None:
    op.create_table(
        "margin_costs",
        sa.Column("account_id", sa.Uuid(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        *(sa.Column(name, sa.String(40), nullable=False, server_default="0") for name in _COSTS),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["account_id"], ["accounts.id"], name=op.f("fk_margin_costs_account_id_accounts")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_margin_costs")),
        sa.UniqueConstraint("account_id", "year", name=op.f("uq_margin_costs_account_id")),
    )
    for column in ("account_id", "deleted_at"):
        op.create_index(op.f(f"ix_margin_costs_{column}"), "margin_costs", [column], unique=False)


def downgrade() -> None:
    op.drop_table("margin_costs")
