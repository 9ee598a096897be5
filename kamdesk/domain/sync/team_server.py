"""A team server: the PostgreSQL database a team syncs through instead of a shared file. It
is named by a `postgresql://` address that never holds a password (the password comes from
PostgreSQL's own password file or the environment, never from kamdesk's settings)."""

from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qs, quote, unquote, urlencode, urlsplit, urlunsplit

SCHEMES = ("postgresql", "postgres")


DEFAULT_PORT = 5432


@dataclass(frozen=True)
class ServerFields:
    """A server's connection as the user enters it."""

    host: str
    port: int = DEFAULT_PORT
    database: str = "kamdesk"
    user: str = ""
    tls: bool = True  # on unless switched off (a local socket needs none)


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

    @classmethod
    def of(cls, fields: "ServerFields", password: str = "") -> "TeamServer":
        """The server the connection's fields name (a host starting with / is the folder
        of a local server's socket)."""
        user = quote(fields.user, safe="")
        database = quote(fields.database, safe="")
        if fields.host.startswith("/"):
            netloc, options = f"{user}@" if user else "", {"host": fields.host}
        else:
            place = f"{fields.host}:{fields.port}"
            netloc = f"{user}@{place}" if user else place
            # TLS is what a connection to another computer asks for unless told otherwise
            options = {} if fields.tls else {"sslmode": "disable"}
            if fields.tls and fields.host == "localhost":
                options = {"sslmode": "require"}
        query = f"?{urlencode(options, safe='/')}" if options else ""
        return cls(f"postgresql://{netloc}/{database}{query}", password)

    @property
    def fields(self) -> "ServerFields":
        parts = urlsplit(self.url)
        options = parse_qs(parts.query)
        host = options.get("host", [parts.hostname or ""])[0]
        tls = options.get("sslmode", ["require"])[0] not in ("disable", "allow")
        return ServerFields(
            host,
            parts.port or DEFAULT_PORT,
            unquote(parts.path.lstrip("/")),
            unquote(parts.username or ""),
            tls and not host.startswith("/"),
        )

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
