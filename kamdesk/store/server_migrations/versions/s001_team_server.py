"""The team server: every synced row with its stamps and tombstone, stamped with the
sequence number of the write that last changed it (so a laptop asks for everything after
the write it last merged, by an index); the writes, notices for devices and who works on
them; one row for the team, which a write locks. The KAMs' logins are members of the role
kamdesk_team (made here unless the IT department made it), which may read everything and
write rows, never delete one or change the schema.

Revision ID: s001
Revises:
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "s001"
down_revision = None
branch_labels = None
depends_on = None

SCHEMA = "kamdesk"
TEAM_ROLE = "kamdesk_team"


def upgrade() -> None:
    text, seq = sa.Text(), sa.BigInteger()
    op.create_table(
        "team",
        sa.Column("id", sa.SmallInteger(), primary_key=True),
        sa.Column("team", text, nullable=False),
        sa.Column("seq", seq, nullable=False, server_default="0"),
        sa.Column("write", text, nullable=False, server_default=""),
        sa.CheckConstraint("id = 1", name="one_team"),
        schema=SCHEMA,
    )
    op.create_table(
        "rows",
        sa.Column("table_name", text, primary_key=True),
        sa.Column("id", text, primary_key=True),
        sa.Column("data", text, nullable=False),
        sa.Column("stamps", text, nullable=False),
        sa.Column("tombstone", text, nullable=False),
        sa.Column("seq", seq, nullable=False),
        schema=SCHEMA,
    )
    op.create_index("rows_by_seq", "rows", ["seq"], schema=SCHEMA)
    op.create_table(
        "writes",
        sa.Column("seq", seq, primary_key=True),
        sa.Column("id", text, nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
        sa.Column("role", text, nullable=False, server_default=sa.text("current_user")),
        schema=SCHEMA,
    )
    op.create_table(
        "notices",
        sa.Column("device", text, primary_key=True),
        sa.Column("key", text, primary_key=True),
        sa.Column("text", text, nullable=False),
        sa.Column("seq", seq, nullable=False),
        schema=SCHEMA,
    )
    op.create_index("notices_by_seq", "notices", ["seq"], schema=SCHEMA)
    op.create_table(
        "devices",
        sa.Column("device", text, primary_key=True),
        sa.Column("stamp", text, nullable=False),
        sa.Column("name", text, nullable=False),
        sa.Column("initials", text, nullable=False),
        sa.Column("seq", seq, nullable=False),
        schema=SCHEMA,
    )
    op.create_index("devices_by_seq", "devices", ["seq"], schema=SCHEMA)
    _granted()


def _granted() -> None:
    op.execute(
        f"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{TEAM_ROLE}') "
        f"THEN CREATE ROLE {TEAM_ROLE} NOLOGIN; END IF; END $$"
    )
    op.execute(f"GRANT USAGE ON SCHEMA {SCHEMA} TO {TEAM_ROLE}")
    op.execute(f"GRANT SELECT ON ALL TABLES IN SCHEMA {SCHEMA} TO {TEAM_ROLE}")
    # A write locks the team's row (FOR UPDATE asks for UPDATE) and moves its head on.
    op.execute(f"GRANT UPDATE ON {SCHEMA}.team TO {TEAM_ROLE}")
    for table in ("rows", "devices", "notices", "writes"):
        op.execute(f"GRANT INSERT, UPDATE ON {SCHEMA}.{table} TO {TEAM_ROLE}")
    # Writes and notices older than the last thousand writes are let go; rows never are.
    op.execute(f"GRANT DELETE ON {SCHEMA}.writes, {SCHEMA}.notices TO {TEAM_ROLE}")


def downgrade() -> None:
    for table in ("devices", "notices", "writes", "rows", "team"):
        op.drop_table(table, schema=SCHEMA)
