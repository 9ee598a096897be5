"""Key figures per account and year, money as exact decimal text.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_MONEY_COLUMNS = ("revenue", "contribution_margin", "potential", "share_of_wallet", "satisfaction")


def upgrade() -> None:
    op.create_table(
        "key_figures",
        sa.Column("account_id", sa.Uuid(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        *(sa.Column(name, sa.String(40), nullable=True) for name in _MONEY_COLUMNS),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["account_id"], ["accounts.id"], name=op.f("fk_key_figures_account_id_accounts")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_key_figures")),
        sa.UniqueConstraint("account_id", "year", name=op.f("uq_key_figures_account_id")),
    )
    for column in ("account_id", "deleted_at"):
        op.create_index(op.f(f"ix_key_figures_{column}"), "key_figures", [column], unique=False)


def downgrade() -> None:
    op.drop_table("key_figures")
