"""Alembic environment: migrations always run on a connection kamdesk hands over."""

from alembic import context

from kamdesk.store import models, sync_models  # noqa: F401 - they put their tables on Base
from kamdesk.store.base import Base

context.configure(
    connection=context.config.attributes["connection"],
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite alters tables by copy-and-move
)
with context.begin_transaction():
    context.run_migrations()
