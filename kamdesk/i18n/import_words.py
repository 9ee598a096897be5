"""The words of the account import: what a column means, whose export a file is, what happens
to a row and why one is refused, and the sentences for a file that cannot be read."""

from PySide6.QtCore import QCoreApplication

from kamdesk.domain.account_columns import Meaning, Source, Target
from kamdesk.domain.account_import import PlannedRow, RefusedRow, RowKind, RowProblem
from kamdesk.domain.errors import AccountFileProblem, ImportHasRefusedRows, InvalidAccountFile
from kamdesk.i18n.labels import field_label
from kamdesk.i18n.plural import Plural

translate = QCoreApplication.translate


def target_label(target: Target) -> str:
    return {
        Target.STREET: translate("import", "Street"),
        Target.POSTCODE: translate("import", "Postcode"),
        Target.CITY: translate("import", "City"),
        Target.CONTACT: translate("import", "Contact person"),
        Target.CONTACT_EMAIL: translate("import", "Contact's e-mail"),
        Target.CONTACT_PHONE: translate("import", "Contact's phone"),
    }.get(target) or field_label(target.value)


def meaning_label(meaning: Meaning | None) -> str:
    if meaning is None:
        return translate("import", "(not imported)")
    label = target_label(meaning.target)
    return f"{label} {meaning.year}" if meaning.year is not None else label


def source_label(source: Source) -> str:
    return {
        Source.SALESFORCE: translate("import", "Salesforce export"),
        Source.HUBSPOT: translate("import", "HubSpot companies export"),
        Source.DYNAMICS: translate("import", "Dynamics 365 accounts export"),
        Source.GERMAN_LIST: translate("import", "German account list"),
        Source.OTHER: translate("import", "Account list"),
        Source.MAPPED: translate("import", "Account list with your column mapping"),
    }[source]


def kind_label(kind: RowKind) -> str:
    return {
        RowKind.NEW: translate("import", "New"),
        RowKind.UPDATE: translate("import", "Update"),
        RowKind.UNCHANGED: translate("import", "Unchanged"),
        RowKind.REFUSED: translate("import", "Refused"),
    }[kind]


def refusal_text(refused: RefusedRow) -> str:
    """Why the row is not imported, naming the column at fault."""
    reason = {
        RowProblem.NO_NAME: translate("import", "the name is empty"),
        RowProblem.TOO_LONG: translate("import", "the text is too long"),
        RowProblem.NOT_AN_AMOUNT: translate("import", "“{detail}” is no amount"),
        RowProblem.BAD_VALUE: translate("import", "“{detail}” is not a valid value here"),
        RowProblem.TWICE_IN_FILE: translate("import", "the same account as row {detail}"),
        RowProblem.NAME_TAKEN: translate(
            "import", "an account of this name exists in {detail}; rename one of them"
        ),
    }[refused.problem].format(detail=refused.detail)
    if refused.column:
        return translate("import", "Column “{column}”: {reason}").format(
            column=refused.column, reason=reason
        )
    return reason[:1].upper() + reason[1:]


def row_outcome(row: PlannedRow) -> str:
    """What will happen to the row, in a few words."""
    if row.refusal is not None:
        return refusal_text(row.refusal)
    if row.kind is RowKind.UPDATE:
        changed = ", ".join(_change_label(change) for change in row.changes)
        return translate("import", "Changes: {fields}").format(fields=changed)
    return ""


def _change_label(change: str) -> str:
    name, _, year = change.partition(" ")
    return f"{field_label(name)} {year}".strip()


def account_file_message(error: InvalidAccountFile | ImportHasRefusedRows) -> str:
    if isinstance(error, ImportHasRefusedRows):
        return Plural.tr(
            "%n row(s) cannot be imported, and you asked for all or nothing. Nothing was imported.",
            "",
            error.count,
        )
    return {
        AccountFileProblem.CANNOT_READ: translate(
            "import", "The file cannot be read ({detail}). Nothing was imported."
        ),
        AccountFileProblem.TOO_LARGE: translate(
            "import",
            "The file is larger than any account list kamdesk imports (64 MB, 100,000 rows, "
            "300 columns). Nothing was imported.",
        ),
        AccountFileProblem.NOT_A_TABLE: translate(
            "import",
            "The file is neither a CSV file nor an Excel workbook (.xlsx) that can be read. "
            "Nothing was imported.",
        ),
        AccountFileProblem.OTHER_FORMAT: translate(
            "import",
            "kamdesk reads Excel workbooks (.xlsx) and CSV files. Save the file as .xlsx in "
            "Excel or LibreOffice and import that.",
        ),
        AccountFileProblem.EMPTY: translate(
            "import", "The file holds no accounts below its header row. Nothing was imported."
        ),
        AccountFileProblem.UNREADABLE_ROW: translate(
            "import",
            "Row {detail} breaks the CSV format (a quote left open, a field beyond 100,000 "
            "characters or a control character). Nothing was imported.",
        ),
        AccountFileProblem.NO_NAME_COLUMN: translate(
            "import",
            "No column of the file says the account's name. Say what the columns mean "
            "(a mapping), then import again.",
        ),
        AccountFileProblem.NO_SUCH_SHEET: translate(
            "import", "The workbook has no sheet “{detail}”. Nothing was imported."
        ),
    }[error.problem].format(detail=error.detail)
