"""A team server: the PostgreSQL database a team syncs through instead of a shared file. It
is named by a `postgresql://` address that never holds a password (the password comes from
PostgreSQL's own password file or the environment, never from kamdesk's settings)."""

from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit, urlunsplit

SCHEMES = ("postgresql", "postgres")


@dataclass(frozen=True)
class TeamServer:
    url: str  # postgresql://user@host:port/database?options, without a password
    password: str = field(default="", repr=False, compare=False)  # typed for this run only

    @classmethod
    def named(cls, text: str) -> "TeamServer":
        """The server `text` names; a password in it is used for this run, never kept."""
        parts = urlsplit(text.strip())
        login, _, place = parts.netloc.rpartition("@")
        user, _, password = login.partition(":")
        netloc = f"{user}@{place}" if user else place
        url = urlunsplit(("postgresql", netloc, parts.path, parts.query, ""))
        return cls(url, unquote(password))

    @property
    def shown(self) -> str:
        """As the user names it: user@host:port/database."""
        parts = urlsplit(self.url)
        return f"{parts.netloc}{parts.path}"


@dataclass(frozen=True)
class Head:
    """The team on a server and the server's last write (0 and "" before any)."""

    team: str
    seq: int
    write: str


TeamPlace = Path | TeamServer  # where a team's data lies: its shared file, or its server


def place_named(text: str) -> TeamPlace:
    """A `postgresql://` address names a server; anything else the path of a shared file."""
    if urlsplit(text.strip()).scheme in SCHEMES:
        return TeamServer.named(text)
    return Path(text)
