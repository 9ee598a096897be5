"""Alembic environment of the team server's schema: migrations run on a connection kamdesk
hands over, with Alembic's version table inside the schema they make."""

from alembic import context

from kamdesk.store.team_server import SCHEMA

connection = context.config.attributes["connection"]
connection.exec_driver_sql(f"CREATE SCHEMA IF NOT EXISTS {SCHEMA}")
context.configure(connection=connection, version_table_schema=SCHEMA)
with context.begin_transaction():
    context.run_migrations()
