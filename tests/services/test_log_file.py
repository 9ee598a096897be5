"""The log says what went wrong and where, never what was in the store."""

import sqlite3
from pathlib import Path

from kamdesk.services.log_file import log_path, log_unexpected, start_logging, where_raised

SECRET = "Müller Maschinenbau GmbH, Tel. 0171 555"


def _failing_query() -> None:
    try:
        raise sqlite3.IntegrityError(f"INSERT INTO contacts VALUES ('{SECRET}')")
    except sqlite3.Error as error:
        raise RuntimeError(SECRET) from error


def _raised() -> BaseException:
    try:
        _failing_query()
    except RuntimeError as error:
        return error
    raise AssertionError("did not raise")


def test_where_raised_names_types_and_frames_without_the_messages() -> None:
    summary = where_raised(_raised())
    assert "builtins.RuntimeError" in summary and "sqlite3.IntegrityError" in summary
    assert "_failing_query" in summary
    assert "Müller" not in summary and "INSERT" not in summary


def test_an_unexpected_error_is_logged_without_customer_data(log_folder: Path) -> None:
    assert start_logging() == log_path() == log_folder / "kamdesk.log"
    log_unexpected(_raised())
    logged = log_path().read_text(encoding="utf-8")
    assert "ERROR" in logged and "_failing_query" in logged
    assert "Müller" not in logged and "INSERT" not in logged
