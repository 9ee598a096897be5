"""Colleagues by name: the shared file (or server) says who works on each device, so the
sync log and the conflicts name the person whose changes came in."""

import dataclasses
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from kamdesk.domain.account import AccountFields
from kamdesk.domain.people import Person
from kamdesk.domain.sync.team_server import TeamPlace
from kamdesk.files.shared_file import read_snapshot, write_snapshot
from kamdesk.services.workspace import Workspace

ANNA, BEN = Person("Anna Berger", "AnB"), Person("Ben Kurz")


@pytest.fixture
def anna(tmp_path: Path) -> Iterator[Workspace]:
    with Workspace.open(tmp_path / "anna", user=lambda: ANNA) as workspace:
        yield workspace


@pytest.fixture
def ben(tmp_path: Path) -> Iterator[Workspace]:
    with Workspace.open(tmp_path / "ben", user=lambda: BEN) as workspace:
        yield workspace


def set_industry(workspace: Workspace, account: uuid.UUID, industry: str) -> None:
    fields = workspace.accounts.get(account).fields
    workspace.accounts.update(account, dataclasses.replace(fields, industry=industry))


def test_the_sync_log_names_whose_changes_came_in(
    anna: Workspace, ben: Workspace, team: TeamPlace
) -> None:
    anna.accounts.create(AccountFields(name="Müller GmbH"))
    assert anna.sync.sync(team).came_from == ()  # nobody else's changes yet
    report = ben.sync.sync(team)
    assert report.came_from == (ANNA,)
    assert ben.sync.log()[0].came_from == (ANNA,)


def test_a_conflict_names_the_colleague_who_made_theirs(
    anna: Workspace, ben: Workspace, team: TeamPlace
) -> None:
    account = anna.accounts.create(AccountFields(name="Müller GmbH")).id
    anna.sync.sync(team)
    ben.sync.sync(team)
    set_industry(anna, account, "Chemie")
    set_industry(ben, account, "Pharma")
    anna.sync.sync(team)
    ben.sync.sync(team)
    (conflict,) = ben.conflicts.open()
    assert (conflict.theirs, conflict.theirs_by) == ({"industry": "Chemie"}, "Anna Berger")


@pytest.mark.usefixtures("each_file_form")
def test_a_file_that_names_nobody_still_syncs(
    anna: Workspace, ben: Workspace, shared: Path
) -> None:
    anna.accounts.create(AccountFields(name="Müller GmbH"))
    anna.sync.sync(shared)
    as_older = dataclasses.replace(read_snapshot(shared, None, ben.sync.keys.key_for), people={})
    write_snapshot(shared, as_older)
    report = ben.sync.sync(shared)
    assert (report.rows_in, report.came_from) == (1, ())
