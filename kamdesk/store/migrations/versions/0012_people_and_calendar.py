"""Who made a colleague's change (conflicts, sync log); what the calendar was last given.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sync_conflicts") as batch:
        batch.add_column(sa.Column("theirs_by", sa.String(200), nullable=False, server_default=""))
    with op.batch_alter_table("sync_log") as batch:
        batch.add_column(sa.Column("came_from", sa.Text(), nullable=False, server_default=""))
    op.create_table(
        "calendar_events",
        sa.Column("key", sa.String(80), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("cancelled", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_calendar_events")),
    )


def downgrade() -> None:
    op.drop_table("calendar_events")
    with op.batch_alter_table("sync_log") as batch:
        batch.drop_column("came_from")
    with op.batch_alter_table("sync_conflicts") as batch:
        batch.drop_column("theirs_by")
