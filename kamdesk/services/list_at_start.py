"""The account list as the store holds it, read before the store is opened: SQLAlchemy and
the models take longer to load than the window takes to build, and the user came for the list.
Opening the store (integrity, migration, reviews, sync identity) follows and reads it anew."""

from pathlib import Path

from kamdesk.domain.account import AccountSummary
from kamdesk.files.location import store_path
from kamdesk.store.account_summaries import read_at_start
from kamdesk.store.revisions import known_revisions


def accounts_at_start(data_dir: Path) -> list[AccountSummary] | None:
    """None where the store must be opened first (none yet, another revision, unreadable)."""
    return read_at_start(store_path(data_dir), known_revisions()[0])
