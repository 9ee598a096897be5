"""Corporate groups (an account's group account) and how this device views the portfolio.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("accounts") as batch:
        batch.add_column(sa.Column("group_id", sa.Uuid(), nullable=True))
        batch.create_foreign_key(
            op.f("fk_accounts_group_id_accounts"), "accounts", ["group_id"], ["id"]
        )
        batch.create_index(op.f("ix_accounts_group_id"), ["group_id"], unique=False)
    op.create_table(
        "portfolio_view",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("basis", sa.String(20), nullable=False),
        sa.Column("value_threshold", sa.String(40), nullable=True),
        sa.Column("potential_threshold", sa.String(40), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_portfolio_view")),
    )


def downgrade() -> None:
    op.drop_table("portfolio_view")
    with op.batch_alter_table("accounts") as batch:
        batch.drop_index(op.f("ix_accounts_group_id"))
        batch.drop_constraint(op.f("fk_accounts_group_id_accounts"), type_="foreignkey")
        batch.drop_column("group_id")
