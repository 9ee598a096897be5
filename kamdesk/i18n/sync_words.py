"""What team sync says: refusals, steps, and the names of what came in and went out."""

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from kamdesk.domain.errors import (
    ClockAhead,
    ConflictNotFound,
    PassphraseNeeded,
    PassphraseTooShort,
    PassphraseWrong,
    SharedFileBusy,
    SharedFileCorrupt,
    SharedFileError,
    SharedFileForeign,
    SharedFileMissing,
    SharedFileTooNew,
    SharedFileUnreadable,
    SharedFileUnwritable,
    SyncNotSet,
)
from kamdesk.domain.sync.merge import DELETED
from kamdesk.domain.sync.passphrase import MIN_LENGTH
from kamdesk.i18n.labels import field_label, file_problem_label
from kamdesk.i18n.plural import Plural

translate = QCoreApplication.translate


def shared_file_message(error: SharedFileError) -> str:
    path = str(error.path)
    if isinstance(error, SharedFileCorrupt):
        if error.detail:
            return translate(
                "sync",
                "The shared file {path} is damaged and was left as it is. Nothing was synced. "
                "The last good copy is {backup}.",
            ).format(path=path, backup=error.detail)
        return translate(
            "sync", "The shared file {path} is damaged and was left as it is. Nothing was synced."
        ).format(path=path)
    if isinstance(error, SharedFileTooNew):
        return translate(
            "sync",
            "The shared file {path} was written by a newer version of kamdesk. Nothing was "
            "synced; please update kamdesk.",
        ).format(path=path)
    if isinstance(error, SharedFileForeign):
        return translate(
            "sync",
            "The shared file {path} belongs to another team. Nothing was synced. To join that "
            "team, choose the file again in the sync settings.",
        ).format(path=path)
    if isinstance(error, PassphraseNeeded):
        return translate(
            "sync",
            "The shared file {path} is encrypted. Enter the team passphrase to sync; nothing "
            "was synced.",
        ).format(path=path)
    if isinstance(error, PassphraseWrong):
        return translate(
            "sync",
            "The passphrase does not open the shared file {path}. It may have been mistyped, "
            "or a colleague changed it; nothing was synced.",
        ).format(path=path)
    if isinstance(error, PassphraseTooShort):
        return translate(
            "sync",
            "A team passphrase needs at least {count} characters; a short sentence is best. "
            "The shared file was left as it is.",
        ).format(count=MIN_LENGTH)
    if isinstance(error, SharedFileBusy):
        if error.detail:
            return translate(
                "sync", "{who} is syncing right now. Please try again in a minute."
            ).format(who=error.detail)
        return translate("sync", "The shared file kept changing while syncing. Please try again.")
    if isinstance(error, SharedFileMissing):
        return translate(
            "sync",
            "{path} cannot be found. Is the network drive or cloud folder connected? Nothing "
            "was synced. If the team's file was deleted, choose it again in the sync settings "
            "to start it anew.",
        ).format(path=path)
    if isinstance(error, SharedFileUnwritable):
        return translate(
            "sync",
            "The shared file {path} could not be written: {problem}. It and your data are as "
            "they were; please try again.",
        ).format(path=path, problem=file_problem_label(error.detail))
    if isinstance(error, SharedFileUnreadable):
        return translate(
            "sync", "The shared file {path} could not be read: {problem}. Nothing was synced."
        ).format(path=path, problem=file_problem_label(error.detail))
    if isinstance(error, SyncNotSet):
        return translate("sync", "No shared file is chosen yet (Team › Sync settings…).")
    if isinstance(error, ClockAhead):
        hours = int(error.detail or 0)
        ahead = (
            Plural.tr("%n day(s)", "", hours // 24)
            if hours >= 48
            else Plural.tr("%n hour(s)", "", hours)
        )
        return translate(
            "sync",
            "This computer's clock is {ahead} ahead of the file server's. Nothing was synced; "
            "set the date, time and time zone right, then sync again.",
        ).format(ahead=ahead)
    return translate("sync", "The shared file {path} cannot be used right now ({detail}).").format(
        path=path, detail=error.detail
    )


def conflict_not_found_message(error: ConflictNotFound) -> str:
    return translate("sync", "There is no open conflict “{reference}”.").format(
        reference=error.reference
    )


def table_label(table: str) -> str:
    labels = {
        "accounts": translate("sync", "Accounts"),
        "contacts": translate("sync", "Contacts"),
        "activities": translate("sync", "Activities and visits"),
        "key_figures": translate("sync", "Key figures"),
        "plan_actions": translate("sync", "Plan actions"),
        "plan_goals": translate("sync", "Plan goals"),
        "complaints": translate("sync", "Complaints"),
        "team_members": translate("sync", "Team members"),
        "penetration_cells": translate("sync", "Penetration plan"),
    }
    return labels.get(table, translate("sync", "Other entries"))


def conflict_subject(table: str, field: str) -> str:
    """What a conflict is about: "Accounts · Industry"."""
    if field == DELETED:
        return translate("sync", "{table} · deleted").format(table=table_label(table))
    if field == "status":
        status = translate("sync", "Key-account status")
        return f"{table_label(table)} · {status}"
    return f"{table_label(table)} · {field_label(field)}"


def conflict_side(values: Mapping[str, object], deleted: bool) -> str:
    """One side of a conflict as the user reads it."""
    if deleted:
        return translate("sync", "deleted")
    shown = ("" if v is None else str(v) for v in values.values())
    return " · ".join(text.replace("\n", " ") for text in shown) or translate("sync", "(empty)")


def refusal_label(kind: str) -> str:
    """Why a sync in the log was refused, by the error's name."""
    return {
        "SharedFileCorrupt": translate("sync", "the shared file is damaged"),
        "SharedFileTooNew": translate("sync", "written by a newer kamdesk"),
        "SharedFileForeign": translate("sync", "another team's file"),
        "SharedFileBusy": translate("sync", "a colleague was syncing"),
        "PassphraseNeeded": translate("sync", "the team passphrase was needed"),
        "PassphraseWrong": translate("sync", "the team passphrase did not fit"),
        "SharedFileMissing": translate("sync", "the shared file was not found"),
        "SyncNotSet": translate("sync", "no shared file chosen"),
        "ClockBroken": translate("sync", "a computer's clock is wrong"),  # in older logs
        "ClockAhead": translate("sync", "this computer's clock is ahead"),
        "SharedFileUnwritable": translate("sync", "the shared file could not be written"),
        "SharedFileUnreadable": translate("sync", "the shared file could not be read"),
        "TeamServerUnreachable": translate("sync", "the team server could not be reached"),
        "TeamServerRefused": translate("sync", "the team server refused the login"),
        "TeamServerNotReady": translate("sync", "the team server is not set up"),
        "TeamServerTooNew": translate("sync", "the team server is of a newer kamdesk"),
        "TeamServerForeign": translate("sync", "another team's server"),
        "TeamServerBusy": translate("sync", "colleagues were syncing"),
        "TeamServerInUse": translate("sync", "the team server already holds a team"),
    }.get(kind, translate("sync", "the shared file could not be used"))
