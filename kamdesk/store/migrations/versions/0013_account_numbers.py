"""The customer number and VAT ID of an account: what an import matches existing accounts by.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("accounts") as batch:
        batch.add_column(
            sa.Column("customer_number", sa.String(60), nullable=False, server_default="")
        )
        batch.add_column(sa.Column("vat_id", sa.String(30), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("accounts") as batch:
        batch.drop_column("vat_id")
        batch.drop_column("customer_number")
