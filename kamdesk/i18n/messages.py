"""One clear sentence for every typed error, in the user's language."""

from datetime import date
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from kamdesk.domain.errors import (
    AccountNotFound,
    AmbiguousAccountName,
    AmountProblem,
    ConflictNotFound,
    ContactFileProblem,
    ContactNotFound,
    DuplicateAccountName,
    DuplicateOffering,
    ExportFailed,
    FieldIssue,
    ImportHasRefusedRows,
    InvalidAccountFile,
    InvalidAmount,
    InvalidCatalogue,
    InvalidCellText,
    InvalidContactFile,
    InvalidDate,
    InvalidFields,
    InvalidSheet,
    IssueCode,
    KamdeskError,
    SharedFileError,
    SheetProblem,
    StoreCorrupt,
    StoreError,
    StoreMissing,
    StoreNotEmpty,
    StoreProblem,
    StoreTooNew,
    StoreUnavailable,
    TeamServerError,
)
from kamdesk.domain.penetration import SHEET_COLUMNS_MAX, SHEET_ROWS_MAX
from kamdesk.i18n.formats import decimal_point, format_date, format_decimal
from kamdesk.i18n.import_words import account_file_message
from kamdesk.i18n.labels import field_label
from kamdesk.i18n.server_words import team_server_message
from kamdesk.i18n.sync_words import conflict_not_found_message, shared_file_message

translate = QCoreApplication.translate


def issue_message(issue: FieldIssue) -> str:
    field = field_label(issue.field)
    match issue.code:
        case IssueCode.REQUIRED:
            return translate("messages", "{field} must not be empty.").format(field=field)
        case IssueCode.TOO_LONG:
            return translate("messages", "{field} is longer than {limit} characters.").format(
                field=field, limit=issue.limit
            )
        case IssueCode.UNKNOWN_FIELD:
            return translate("messages", "There is no field called “{field}”.").format(
                field=issue.field
            )
        case IssueCode.REASON_REQUIRED:
            return translate(
                "messages", "A change of {field} needs a reason for the history."
            ).format(field=field)
        case IssueCode.BAD_VALUE:
            return translate("messages", "{field} has a value that is not allowed.").format(
                field=field
            )
        case IssueCode.GROUP_LEVELS:
            return translate(
                "messages",
                "Groups have one level: a group account cannot belong to a group, and a member "
                "of a group cannot have members of its own.",
            )


def _store_message(error: StoreError) -> str:
    path = str(error.path)
    if isinstance(error, StoreTooNew):
        return translate(
            "messages",
            "The store {path} was written by a newer version of kamdesk (schema {revision}). "
            "It was left untouched; please update kamdesk.",
        ).format(path=path, revision=error.detail)
    if isinstance(error, StoreCorrupt):
        return translate(
            "messages", "The file {path} is damaged or is no kamdesk store; it was left as it is."
        ).format(path=path)
    if isinstance(error, StoreMissing):
        return translate("messages", "There is no kamdesk store at {path}.").format(path=path)
    if isinstance(error, StoreUnavailable):
        return _unavailable_message(error)
    return translate("messages", "The store {path} could not be opened.").format(path=path)


def _unavailable_message(error: StoreUnavailable) -> str:
    sentence = {
        StoreProblem.BUSY: translate(
            "messages",
            "The store {path} is busy: another program (a second kamdesk, a backup) is "
            "writing to it. Nothing was changed; please try again in a moment.",
        ),
        StoreProblem.READ_ONLY: translate(
            "messages", "The store {path} is read-only here. Nothing was changed."
        ),
        StoreProblem.DISK_FULL: translate(
            "messages",
            "The disk holding the store {path} is full. Nothing was changed; free some space "
            "and try again.",
        ),
        StoreProblem.CANNOT_OPEN: translate(
            "messages",
            "The store {path} cannot be opened: the folder is missing or not accessible.",
        ),
        StoreProblem.IO: translate(
            "messages",
            "The disk failed to read or write the store {path}. Nothing was changed.",
        ),
    }[error.problem]
    return sentence.format(path=error.path)


def _catalogue_message(error: InvalidCatalogue) -> str:
    return {
        "duplicate_criterion": translate("messages", "Two criteria have the same key."),
        "bands_not_rising": translate(
            "messages", "The bands must start ever higher and give ever more points."
        ),
        "bands_unreadable": translate(
            "messages", "Bands are written as “from: points; from: points”, e.g. “2: 5; 5: 10”."
        ),
        "figure_mismatch": translate("messages", "Only key-figure criteria name a key figure."),
        "levels_incomplete": translate("messages", "Every key-account level needs a rule."),
        "thresholds_not_rising": translate(
            "messages", "Each level must need more points than the level below it."
        ),
        "review_period": translate(
            "messages", "A status is reviewed after 1 to 24 months, never later."
        ),
    }.get(error.problem, translate("messages", "The catalogue cannot be read."))


def _amount_message(error: InvalidAmount) -> str:
    if error.problem is AmountProblem.NOT_A_NUMBER:
        return translate("messages", "“{text}” is not an amount.").format(text=error.text)
    point = decimal_point()
    whole = "".join(c for c in error.text if c.isdigit() or c == "-")
    head, _, tail = error.text.replace(",", ".").partition(".")
    return translate(
        "messages",
        "“{text}” can mean {whole} or {head}{point}{tail}. Type {whole} for the first, "
        "{head}{point}{tail}0 for the second.",
    ).format(text=error.text, whole=whole, head=head.strip(), point=point, tail=tail.strip())


def _cell_text_message(error: InvalidCellText) -> str:
    sentence = translate(
        "messages",
        "“{text}” says no state. Type an amount (our revenue), or “Ours”, “Competitor”, "
        "“Potential” or “Not relevant”, followed by an amount or a name.",
    ).format(text=error.text)
    if error.where:
        return translate("messages", "Cell {cell}: {problem}").format(
            cell=error.where, problem=sentence
        )
    return sentence


def _sheet_message(error: InvalidSheet) -> str:
    about_the_file = {  # the workbook as a whole, named by its path
        SheetProblem.NOT_A_WORKBOOK: translate(
            "messages",
            "{path} is not an Excel workbook (.xlsx) that can be read. Nothing was imported.",
        ),
        SheetProblem.OTHER_FORMAT: translate(
            "messages",
            "kamdesk reads Excel workbooks (.xlsx). Open {path} in Excel or LibreOffice, save it "
            "as an Excel workbook (.xlsx), and import that file. Nothing was imported.",
        ),
        SheetProblem.TOO_LARGE: translate(
            "messages",
            "{path} holds more than a penetration plan can (at most {rows} rows and {columns} "
            "columns). Nothing was imported.",
        ),
    }
    if error.problem in about_the_file:
        return about_the_file[error.problem].format(
            path=error.where,
            rows=format_decimal(Decimal(SHEET_ROWS_MAX)),
            columns=format_decimal(Decimal(SHEET_COLUMNS_MAX)),
        )
    problem = {
        SheetProblem.NO_UNIT_COLUMN: translate(
            "messages", "The sheet is empty; units belong in column A, offerings in row 1."
        ),
        SheetProblem.EMPTY_NAME: translate(
            "messages", "a name is missing or longer than 120 characters."
        ),
        SheetProblem.DUPLICATE_OFFERING: translate(
            "messages", "the offering “{text}” appears twice."
        ),
        SheetProblem.BAD_LEVEL: translate(
            "messages",
            "the level “{text}” must be a whole number from 1 to one more than the unit above.",
        ),
        SheetProblem.BAD_KIND: translate(
            "messages", "“{text}” is no kind of unit (site, country, division, department)."
        ),
        SheetProblem.NEGATIVE_AMOUNT: translate("messages", "the amount {text} is negative."),
    }[error.problem].format(text=error.text)
    return translate("messages", "Cell {cell}: {problem} Nothing was imported.").format(
        cell=error.where, problem=problem
    )


def _contact_file_message(error: InvalidContactFile) -> str:
    return {
        ContactFileProblem.NOT_CONTACTS: translate(
            "messages",
            "The file holds neither vCards nor a contact list exported from Outlook or Google "
            "Contacts. Nothing was imported.",
        ),
        ContactFileProblem.NO_CARDS: translate(
            "messages", "The file holds no contacts. Nothing was imported."
        ),
        ContactFileProblem.CANNOT_READ: translate(
            "messages", "The file cannot be read ({detail}). Nothing was imported."
        ),
        ContactFileProblem.TOO_LARGE: translate(
            "messages",
            "The file is larger than 64 MB, more than any address book holds. Nothing was "
            "imported.",
        ),
    }[error.problem].format(detail=error.detail)


def already_open_message(store: Path) -> str:
    return translate(
        "messages",
        "kamdesk is already open with the store {path}; its window was brought to the front.",
    ).format(path=store)


def unexpected_error_message(log: Path) -> str:
    """For the command line; the GUI shows its own dialog with details to copy."""
    return translate(
        "messages",
        "kamdesk ran into an unexpected problem; nothing more was changed. The log file {path} "
        "says where it happened.",
    ).format(path=log)


def error_message(error: KamdeskError) -> str:
    if isinstance(error, InvalidFields):
        return " ".join(issue_message(issue) for issue in error.issues)
    if isinstance(error, DuplicateAccountName):
        return translate("messages", "An account named “{name}” already exists.").format(
            name=error.name
        )
    if isinstance(error, AccountNotFound):
        return translate("messages", "There is no account “{reference}”.").format(
            reference=error.reference
        )
    if isinstance(error, AmbiguousAccountName):
        return translate(
            "messages",
            "Several accounts are named “{name}”; name one by its id (kamdesk accounts list "
            "shows the ids), or rename one of them.",
        ).format(name=error.name)
    if isinstance(error, ContactNotFound):
        return translate("messages", "The account has no contact “{name}”.").format(name=error.name)
    if isinstance(error, InvalidCatalogue):
        return _catalogue_message(error)
    if isinstance(error, ExportFailed):
        return translate("messages", "{path} could not be written ({detail}).").format(
            path=error.path, detail=error.detail
        )
    if isinstance(error, InvalidCellText):
        return _cell_text_message(error)
    if isinstance(error, InvalidAmount):
        return _amount_message(error)
    if isinstance(error, InvalidDate):
        if error.earliest is not None:
            return translate(
                "messages", "“{text}” is too early; choose {earliest} or later."
            ).format(text=error.text, earliest=format_date(error.earliest))
        return translate(
            "messages", "“{text}” is no date. Type it day first, as {example}."
        ).format(text=error.text, example=format_date(date.today()))
    if isinstance(error, InvalidSheet):
        return _sheet_message(error)
    if isinstance(error, InvalidContactFile):
        return _contact_file_message(error)
    if isinstance(error, InvalidAccountFile | ImportHasRefusedRows):
        return account_file_message(error)
    if isinstance(error, DuplicateOffering):
        return translate("messages", "The catalogue already has an offering “{name}”.").format(
            name=error.name
        )
    if isinstance(error, StoreNotEmpty):
        return translate("messages", "Demo data can only be loaded into an empty store.")
    if isinstance(error, SharedFileError):
        return shared_file_message(error)
    if isinstance(error, TeamServerError):
        return team_server_message(error)
    if isinstance(error, ConflictNotFound):
        return conflict_not_found_message(error)
    if isinstance(error, StoreError):
        return _store_message(error)
    return translate("messages", "Something went wrong: {detail}").format(detail=str(error))
