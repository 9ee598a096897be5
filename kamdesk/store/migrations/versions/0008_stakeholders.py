"""Stakeholder map: contacts' buying role, attitude, quality and last contact; counterparts;
contact intervals; the customer jour fixe and its notes.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
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


def _reference(table: str, column: str, target: str) -> list[sa.schema.SchemaItem]:
    return [
        sa.Column(column, sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            [column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}")
        ),
    ]


def upgrade() -> None:
    with op.batch_alter_table("contacts") as contacts:
        contacts.add_column(
            sa.Column("buying_role", sa.String(20), nullable=False, server_default="none")
        )
        contacts.add_column(
            sa.Column("attitude", sa.String(20), nullable=False, server_default="unknown")
        )
        contacts.add_column(sa.Column("quality", sa.Integer(), nullable=True))
        contacts.add_column(sa.Column("last_contact_on", sa.Date(), nullable=True))
        contacts.add_column(sa.Column("interval_days", sa.Integer(), nullable=True))
    with op.batch_alter_table("accounts") as accounts:
        accounts.add_column(sa.Column("contact_interval_days", sa.Integer(), nullable=True))
    op.create_table(
        "counterparts",
        *_reference("counterparts", "contact_id", "contacts"),
        *_reference("counterparts", "member_id", "team_members"),
        sa.UniqueConstraint("contact_id", "member_id", name=op.f("uq_counterparts_contact_id")),
        *_synced_columns("counterparts"),
    )
    op.create_table(
        "jour_fixes",
        *_reference("jour_fixes", "account_id", "accounts"),
        sa.Column("interval_weeks", sa.Integer(), nullable=False),
        sa.Column("next_on", sa.Date(), nullable=True),
        sa.UniqueConstraint("account_id", name=op.f("uq_jour_fixes_account_id")),
        *_synced_columns("jour_fixes"),
    )
    op.create_table(
        "jour_fixe_notes",
        *_reference("jour_fixe_notes", "account_id", "accounts"),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("section", sa.String(20), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        *_synced_columns("jour_fixe_notes"),
    )
    op.create_table(
        "jour_fixe_note_contacts",
        *_reference("jour_fixe_note_contacts", "note_id", "jour_fixe_notes"),
        *_reference("jour_fixe_note_contacts", "contact_id", "contacts"),
        sa.UniqueConstraint(
            "note_id", "contact_id", name=op.f("uq_jour_fixe_note_contacts_note_id")
        ),
        *_synced_columns("jour_fixe_note_contacts"),
    )
    tables = ("counterparts", "jour_fixes", "jour_fixe_notes", "jour_fixe_note_contacts")
    for table in tables:
        op.create_index(op.f(f"ix_{table}_deleted_at"), table, ["deleted_at"], unique=False)
    op.create_index(op.f("ix_counterparts_member_id"), "counterparts", ["member_id"])
    op.create_index(op.f("ix_jour_fixe_notes_account_id"), "jour_fixe_notes", ["account_id"])
    op.create_index(
        op.f("ix_jour_fixe_note_contacts_contact_id"), "jour_fixe_note_contacts", ["contact_id"]
    )


def downgrade() -> None:
    for table in ("jour_fixe_note_contacts", "jour_fixe_notes", "jour_fixes", "counterparts"):
        op.drop_table(table)
    with op.batch_alter_table("accounts") as accounts:
        accounts.drop_column("contact_interval_days")
    with op.batch_alter_table("contacts") as contacts:
        for column in ("interval_days", "last_contact_on", "quality", "attitude", "buying_role"):
            contacts.drop_column(column)
