"""Team sync follows the changes: a log of the synced rows changed here (filled by triggers
the store makes when it opens) and the shared file's last write this device merged.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("table_name", sa.String(60), nullable=False),
        sa.Column("row_id", sa.String(40), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_changes")),
        sa.UniqueConstraint("table_name", "row_id", name=op.f("uq_sync_changes_table_name")),
    )
    with op.batch_alter_table("sync_device") as batch:
        batch.add_column(sa.Column("file_seq", sa.Integer(), nullable=False, server_default="0"))
        batch.add_column(sa.Column("file_write", sa.String(40), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("sync_device") as batch:
        batch.drop_column("file_write")
        batch.drop_column("file_seq")
    op.drop_table("sync_changes")
