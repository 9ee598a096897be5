"""The histories name who worked: the name the user gave, not the computer's login."""

import dataclasses
from datetime import date
from pathlib import Path

from kamdesk.domain.account import AccountFields
from kamdesk.domain.classification import StatusLevel
from kamdesk.domain.lifecycle import Phase
from kamdesk.domain.people import Person
from kamdesk.services.workspace import Workspace


def test_status_and_phase_histories_name_the_user(data_dir: Path) -> None:
    with Workspace.open(data_dir, user=lambda: Person("Aylin Demir")) as workspace:
        account = workspace.accounts.create(AccountFields(name="Müller GmbH"))
        fields = dataclasses.replace(account.fields, status_level=StatusLevel.KEY)
        workspace.accounts.update(account.id, fields, reason="Konzernvertrag")
        workspace.lifecycle.change_phase(account.id, Phase.ENDANGERED, "Beschwerden", date.today())
        status = workspace.status.status(account.id)
        phases = workspace.lifecycle.lifecycle(account.id, date.today()).history
    assert [change.changed_by for change in status.history] == ["Aylin Demir"]
    assert [change.changed_by for change in phases][:1] == ["Aylin Demir"]
