"""Typed errors. Each names what went wrong; only the UI and CLI turn them into sentences."""

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path


class KamdeskError(Exception):
    """Base of every error a user is told about."""


class IssueCode(StrEnum):
    REQUIRED = "required"
    TOO_LONG = "too_long"
    UNKNOWN_FIELD = "unknown_field"
    BAD_VALUE = "bad_value"
    REASON_REQUIRED = "reason_required"
    GROUP_LEVELS = "group_levels"  # a group joining a group, a member taking members


@dataclass(frozen=True)
class FieldIssue:
    field: str
    code: IssueCode
    limit: int = 0


class InvalidFields(KamdeskError):
    """What was typed breaks a rule, field by field; the subclass names what it was typed
    into (one sentence per issue in the user's language, whatever the thing)."""

    def __init__(self, issues: tuple[FieldIssue, ...]) -> None:
        super().__init__(", ".join(f"{i.field}: {i.code}" for i in issues))
        self.issues = issues


class InvalidAccount(InvalidFields):
    """An account's fields: a name missing or too long, a status change without a reason."""


class InvalidKeyFigures(InvalidFields):
    """Key figures out of range: negative revenue, satisfaction outside 1–5, …"""


class InvalidCell(InvalidFields):
    """A penetration plan's cell: an amount that is no amount, a competitor's name too long."""


class InvalidName(InvalidFields):
    """The name of a unit or an offering of the penetration plan."""


class InvalidGoal(InvalidFields):
    """An annual plan's goal."""


class InvalidTitle(InvalidFields):
    """The title of a plan action or a joint project."""


class InvalidJourFixe(InvalidFields):
    """A jour fixe's rhythm."""


class InvalidNote(InvalidFields):
    """A jour fixe note."""


class InvalidContact(InvalidFields):
    """A contact of the customer's, or a contact interval."""


class InvalidTeamMember(InvalidFields):
    """A member of our own team."""


class InvalidComplaint(InvalidFields):
    """A complaint: a topic missing, resolved before it came in, …"""


class InvalidSignalRules(InvalidFields):
    """Warning-signal thresholds outside their range."""


class InvalidVisit(InvalidFields):
    """A planned visit's purpose or its report."""


class InvalidPhaseChange(InvalidFields):
    """A change of the relationship's phase: the same phase, no reason, too long a reason."""


class DuplicateAccountName(KamdeskError):
    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


class AccountNotFound(KamdeskError):
    def __init__(self, reference: str) -> None:
        super().__init__(reference)
        self.reference = reference


class AmbiguousAccountName(KamdeskError):
    """A name two accounts share (made on two laptops, then synced): name one by its id."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


class ContactNotFound(KamdeskError):
    """A contact named (on the command line) that the account does not have."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


class InvalidCatalogue(KamdeskError):
    """The criteria catalogue breaks a rule: e.g. thresholds not rising, review beyond 24 months."""

    def __init__(self, problem: str, subject: str = "") -> None:
        super().__init__(f"{problem}: {subject}" if subject else problem)
        self.problem = problem
        self.subject = subject


class ExportFailed(KamdeskError):
    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(f"{path}: {detail}")
        self.path = path
        self.detail = detail


class StoreNotEmpty(KamdeskError):
    """Demo data goes only into an empty store, so it never mixes with real accounts."""


class StoreError(KamdeskError):
    def __init__(self, path: Path, detail: str = "") -> None:
        super().__init__(f"{path}: {detail}" if detail else str(path))
        self.path = path
        self.detail = detail


class StoreTooNew(StoreError):
    """The store was written by a newer kamdesk; it is left untouched."""


class StoreCorrupt(StoreError):
    """The file is not a readable kamdesk store."""


class SharedFileError(StoreError):
    """The team's shared file cannot be used; it is left as it is."""


class SharedFileTooNew(SharedFileError):
    """Written in a newer major format: nothing is read from it or written to it."""


class SharedFileCorrupt(SharedFileError):
    """Truncated, damaged or not a kamdesk shared file; `detail` names the last good backup."""


class SharedFileForeign(SharedFileError):
    """The shared file belongs to another team."""


class PassphraseNeeded(SharedFileError):
    """The shared file is encrypted and no passphrase for it is known on this computer."""


class PassphraseWrong(SharedFileError):
    """The passphrase given does not open the shared file (mistyped, or changed by a
    colleague); nothing was read or written."""


class PassphraseTooShort(SharedFileError):
    """A new team passphrase too short to protect the file; nothing was written."""


class SharedFileBusy(SharedFileError):
    """A colleague's sync holds the lease; `detail` names them."""


class SharedFileMissing(SharedFileError):
    """The shared file's folder is missing (a drive not connected), or the file this device
    synced with has vanished: an unmounted share is not an empty team, so nothing is made."""


class FileProblem(StrEnum):
    """What the operating system said about a file, as the user is told it."""

    DISK_FULL = "disk_full"
    NO_PERMISSION = "no_permission"
    READ_ONLY = "read_only"
    NOT_A_FILE = "not_a_file"  # a folder where the file should be
    IO = "io"  # the disk or the network failed
    OTHER = "other"


class SharedFileUnwritable(SharedFileError):
    """The new shared file could not be written; `detail` is the FileProblem. The old one
    and the store are as they were."""


class SharedFileUnreadable(SharedFileError):
    """The shared file could not be read; `detail` is the FileProblem. Nothing was synced."""


class SyncNotSet(SharedFileError):
    """No shared file is chosen yet."""


class ClockAhead(SharedFileError):
    """This computer's clock runs ahead of the file server's; `detail`: by how many hours."""


class TeamServerError(KamdeskError):
    """The team server cannot be used now; `server` is its address as the user knows it.
    Nothing was synced, and this store is as it was."""

    def __init__(self, server: str, detail: str = "") -> None:
        super().__init__(f"{server}: {detail}" if detail else server)
        self.server = server
        self.detail = detail


class TeamServerUnreachable(TeamServerError):
    """No connection: the server is down, the network is gone, or the address is wrong."""


class TeamServerRefused(TeamServerError):
    """The server refused this login (a wrong password, a role without the rights)."""


class TeamServerNotReady(TeamServerError):
    """The database holds no team server schema: `kamdesk server init` makes one."""


class TeamServerTooNew(TeamServerError):
    """The server's schema is of a newer kamdesk; nothing is read from it or written to it."""


class TeamServerBusy(TeamServerError):
    """Colleagues kept writing to the server while this sync merged; nothing was lost."""


class TeamServerInUse(TeamServerError):
    """A team's data is moved only onto a server nobody wrote to yet."""


class TeamServerForeign(TeamServerError):
    """The server belongs to another team."""


class ConflictNotFound(KamdeskError):
    """No open sync conflict has that id."""

    def __init__(self, reference: str) -> None:
        super().__init__(reference)
        self.reference = reference


class StoreProblem(StrEnum):
    BUSY = "busy"  # another program held the store longer than kamdesk waits
    READ_ONLY = "read_only"
    DISK_FULL = "disk_full"
    CANNOT_OPEN = "cannot_open"
    IO = "io"  # the disk or the network drive failed to read or write


class StoreUnavailable(StoreError):
    """The store cannot be opened or written right now; nothing was changed."""

    def __init__(self, path: Path, problem: StoreProblem) -> None:
        super().__init__(path, problem)
        self.problem = problem


class StoreMissing(StoreError):
    """There is no store at the given place."""


class InvalidDate(KamdeskError):
    """Text typed into a date field that names no day (or one before the earliest allowed)."""

    def __init__(self, text: str, earliest: date | None = None) -> None:
        super().__init__(text)
        self.text = text
        self.earliest = earliest  # the earliest day allowed, when there is one


class AmountProblem(StrEnum):
    NOT_A_NUMBER = "not_a_number"
    AMBIGUOUS = "ambiguous"  # "12.000" typed where "." is the decimal point: 12 or 12,000?


class InvalidAmount(KamdeskError):
    """An amount typed, pasted or imported that cannot be read, or can be read two ways."""

    def __init__(self, text: str, problem: AmountProblem) -> None:
        super().__init__(problem)
        self.text = text
        self.problem = problem


class InvalidCellText(KamdeskError):
    """A penetration-plan cell typed or pasted in a form that says no state."""

    def __init__(self, text: str, where: str = "") -> None:
        super().__init__(f"{where}: {text}" if where else text)
        self.text = text
        self.where = where  # the cell, e.g. "C7", where a sheet or a pasted block has it


class SheetProblem(StrEnum):
    NOT_A_WORKBOOK = "not_a_workbook"
    NO_UNIT_COLUMN = "no_unit_column"
    EMPTY_NAME = "empty_name"
    DUPLICATE_OFFERING = "duplicate_offering"
    BAD_LEVEL = "bad_level"  # an outline level that is no number, or skips a level
    BAD_KIND = "bad_kind"
    NEGATIVE_AMOUNT = "negative_amount"
    TOO_LARGE = "too_large"  # more rows, columns or unpacked bytes than any plan has
    OTHER_FORMAT = "other_format"  # an .xls or .ods workbook, to be saved as .xlsx first


class InvalidSheet(KamdeskError):
    """A penetration-plan sheet that cannot be imported; `where` names the cell."""

    def __init__(self, problem: SheetProblem, where: str = "", text: str = "") -> None:
        super().__init__(f"{problem} {where} {text}".strip())
        self.problem = problem
        self.where = where
        self.text = text


class DuplicateOffering(KamdeskError):
    """The offering catalogue already has an offering of that name."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


class ContactFileProblem(StrEnum):
    NOT_CONTACTS = "not_contacts"  # neither vCards nor a contact list with a name column
    NO_CARDS = "no_cards"  # the file holds no person at all
    CANNOT_READ = "cannot_read"  # missing, no permission, a read error
    TOO_LARGE = "too_large"


class AccountFileProblem(StrEnum):
    CANNOT_READ = "cannot_read"  # missing, no permission, a read error
    TOO_LARGE = "too_large"  # bytes, rows or columns beyond any account list
    NOT_A_TABLE = "not_a_table"  # binary, or a zip that is no workbook
    OTHER_FORMAT = "other_format"  # .xls or .ods, to be saved as .xlsx first
    EMPTY = "empty"  # no header row, or no row below it
    UNREADABLE_ROW = "unreadable_row"  # a CSV row that breaks the format (detail: its number)
    NO_NAME_COLUMN = "no_name_column"  # no column says the account's name: map the columns
    NO_SUCH_SHEET = "no_such_sheet"


class InvalidAccountFile(KamdeskError):
    """A file to import accounts from that cannot be read as an account list."""

    def __init__(self, problem: AccountFileProblem, detail: str = "") -> None:
        super().__init__(f"{problem}: {detail}" if detail else problem)
        self.problem = problem
        self.detail = detail


class ImportHasRefusedRows(KamdeskError):
    """The user asked for all or nothing, and some rows cannot be imported."""

    def __init__(self, count: int) -> None:
        super().__init__(str(count))
        self.count = count


class InvalidContactFile(KamdeskError):
    """A file to import contacts from that holds no readable contacts."""

    def __init__(self, problem: ContactFileProblem, detail: str = "") -> None:
        super().__init__(f"{problem}: {detail}" if detail else problem)
        self.problem = problem
        self.detail = detail
