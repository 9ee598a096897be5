"""Penetration plan: the shared offering catalogue, each account's units and the cells.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
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


def _account_column(table: str) -> list[sa.schema.SchemaItem]:
    return [
        sa.Column("account_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"], ["accounts.id"], name=op.f(f"fk_{table}_account_id_accounts")
        ),
    ]


def upgrade() -> None:
    op.create_table(
        "offerings",
        sa.Column("name", sa.String(120), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        *_synced_columns("offerings"),
    )
    op.create_table(
        "plan_units",
        *_account_column("plan_units"),
        sa.Column("parent_id", sa.Uuid(), nullable=True),
        sa.Column("name", sa.String(120), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["parent_id"], ["plan_units.id"], name=op.f("fk_plan_units_parent_id_plan_units")
        ),
        *_synced_columns("plan_units"),
    )
    op.create_table(
        "penetration_cells",
        *_account_column("penetration_cells"),
        sa.Column("unit_id", sa.Uuid(), nullable=False),
        sa.Column("offering_id", sa.Uuid(), nullable=False),
        sa.Column("state", sa.String(20), nullable=False),
        sa.Column("amount", sa.String(40), nullable=True),
        sa.Column("competitor", sa.String(120), nullable=False),
        sa.ForeignKeyConstraint(
            ["unit_id"], ["plan_units.id"], name=op.f("fk_penetration_cells_unit_id_plan_units")
        ),
        sa.ForeignKeyConstraint(
            ["offering_id"],
            ["offerings.id"],
            name=op.f("fk_penetration_cells_offering_id_offerings"),
        ),
        sa.UniqueConstraint("unit_id", "offering_id", name=op.f("uq_penetration_cells_unit_id")),
        *_synced_columns("penetration_cells"),
    )
    for table in ("offerings", "plan_units", "penetration_cells"):
        op.create_index(op.f(f"ix_{table}_deleted_at"), table, ["deleted_at"], unique=False)
    for table in ("plan_units", "penetration_cells"):
        op.create_index(op.f(f"ix_{table}_account_id"), table, ["account_id"], unique=False)


def downgrade() -> None:
    op.drop_table("penetration_cells")
    op.drop_table("plan_units")
    op.drop_table("offerings")
