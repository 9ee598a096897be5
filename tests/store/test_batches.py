"""Queries about many accounts are asked in slices and still find every account."""

import uuid
from datetime import date

import pytest

from kamdesk.domain.account import AccountFields
from kamdesk.domain.complaints import Complaint
from kamdesk.services.workspace import Workspace
from kamdesk.store import batches


def test_every_account_is_found_across_slices(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(batches, "BATCH", 2)
    ids = [workspace.accounts.create(AccountFields(name=f"Kunde {n}")).id for n in range(5)]
    for account_id in ids:
        complaint = Complaint(uuid.uuid4(), date(2026, 11, 1), "Lieferverzug")
        workspace.lifecycle.save_complaint(account_id, complaint)
    found = workspace.lifecycle.signals(ids, date(2026, 11, 23))
    assert set(found) == set(ids)
    assert workspace.lifecycle.lifecycle(ids[4], date(2026, 11, 23)).complaints[0].topic == (
        "Lieferverzug"
    )
