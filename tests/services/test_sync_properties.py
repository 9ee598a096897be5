"""Sync through real stores, in any order: the eight (here all 24) orderings of an edit and a
deletion, and three laptops making random edits, deletions and syncs — after everyone syncs
twice, all hold the same accounts, and every value typed is either the final one, knowingly
overwritten, or kept in a conflict record, never twice on one laptop."""

import dataclasses
import itertools
import shutil
import tempfile
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from kamdesk.domain.account import AccountFields
from kamdesk.domain.errors import AccountNotFound
from kamdesk.domain.stakeholders import Contact
from kamdesk.domain.sync.team_server import TeamPlace
from kamdesk.files.location import store_path
from kamdesk.services.workspace import Workspace

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty store at the newest revision, copied for every laptop (migrating is slow)."""
    data_dir = tmp_path_factory.mktemp("template")
    Workspace.open(data_dir).close()
    return store_path(data_dir)


class Team:
    def __init__(self, root: Path, template: Path, size: int, place: TeamPlace) -> None:
        self.place = place
        self.laptops = []
        for n in range(size):
            (root / f"kam{n}").mkdir()
            shutil.copy(template, store_path(root / f"kam{n}"))
            self.laptops.append(Workspace.open(root / f"kam{n}"))

    def close(self) -> None:
        for laptop in self.laptops:
            laptop.close()

    def sync(self, n: int) -> None:
        self.laptops[n].sync.sync(self.place)

    def everyone_twice(self) -> None:
        for n in list(range(len(self.laptops))) * 2:
            self.sync(n)


@pytest.fixture
def team_of(template: Path, team_places: Callable[[Path], TeamPlace]) -> Iterator[object]:
    teams: list[Team] = []
    folders: list[tempfile.TemporaryDirectory[str]] = []

    def make(size: int) -> Team:
        folders.append(tempfile.TemporaryDirectory())
        root = Path(folders[-1].name)
        teams.append(Team(root, template, size, team_places(root)))
        return teams[-1]

    yield make
    for team in teams:
        team.close()
    for folder in folders:
        folder.cleanup()


def set_field(laptop: Workspace, account: uuid.UUID, field: str, value: str) -> None:
    fields = laptop.accounts.get(account).fields
    laptop.accounts.update(account, dataclasses.replace(fields, **{field: value}))  # type: ignore[arg-type]


EVENTS = ("delete", "edit", "sync deleter", "sync editor")


@pytest.mark.parametrize("order", list(itertools.permutations(EVENTS)), ids="→".join)
def test_a_deletion_wins_only_over_edits_the_deleter_had_seen(
    team_of: object, order: tuple[str, ...]
) -> None:
    team = team_of(2)  # type: ignore[operator]
    deleter, editor = team.laptops
    account = deleter.accounts.create(AccountFields(name="Müller GmbH")).id
    team.everyone_twice()
    edited = True
    for event in order:
        if event == "delete":
            deleter.accounts.delete(account)
        elif event == "edit":
            try:
                set_field(editor, account, "industry", "Chemie")
            except AccountNotFound:  # the editor had already received the deletion
                edited = False
        else:
            team.sync(0 if event == "sync deleter" else 1)
    team.everyone_twice()
    at = order.index
    seen = at("edit") < at("sync editor") < at("sync deleter") < at("delete")
    alive = edited and not seen
    for laptop in team.laptops:
        names = [a.fields.name for a in laptop.accounts.all()]
        assert names == (["Müller GmbH"] if alive else [])
        if alive:
            assert laptop.accounts.get(account).fields.industry == "Chemie"


FIELDS = ("industry", "country")
operations = st.lists(
    st.one_of(
        st.tuples(st.just("edit"), st.integers(0, 2), st.integers(0, 1), st.sampled_from(FIELDS)),
        st.tuples(st.just("delete"), st.integers(0, 2), st.integers(0, 1)),
        st.tuples(st.just("contact"), st.integers(0, 2), st.integers(0, 1)),
        st.tuples(st.just("sync"), st.integers(0, 2)),
    ),
    max_size=14,
)


@settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
    phases=[Phase.explicit, Phase.reuse, Phase.generate, Phase.target],  # shrinking takes minutes
)
@given(operations)
def test_three_laptops_converge_and_every_value_is_kept_once(
    team_of: object, steps: list[tuple[object, ...]]
) -> None:
    team = team_of(3)  # type: ignore[operator]
    first = team.laptops[0]
    accounts = [first.accounts.create(AccountFields(name=f"Kunde {n}")).id for n in range(2)]
    team.everyone_twice()
    written: dict[str, tuple[uuid.UUID, str]] = {}
    overwritten: set[str] = set()
    for step in steps:
        kind, n = step[0], int(step[1])  # type: ignore[call-overload]
        laptop = team.laptops[n]
        if kind == "sync":
            team.sync(n)
            continue
        account = accounts[int(step[2])]  # type: ignore[call-overload]
        if account not in {a.id for a in laptop.accounts.all()}:
            continue
        if kind == "edit":
            field = str(step[3])
            overwritten.add(getattr(laptop.accounts.get(account).fields, field))
            value = f"v{len(written)}"
            written[value] = (account, field)
            set_field(laptop, account, field, value)
        elif kind == "delete":  # everything in it goes, knowingly
            fields = laptop.accounts.get(account).fields
            overwritten.update(getattr(fields, field) for field in FIELDS)
            laptop.accounts.delete(account)
        else:
            laptop.stakeholders.save_contact(account, Contact(uuid.uuid4(), f"c{uuid.uuid4()}"))
    team.everyone_twice()

    views = [_visible(laptop) for laptop in team.laptops]
    assert views[0] == views[1] == views[2]
    lost_on = [  # by laptop: the finder and the colleague whose value lost both keep it
        [
            value
            for c in laptop.conflicts.open()
            if not c.deletion
            for value in (c.theirs if c.kept_mine else c.mine).values()
        ]
        for laptop in team.laptops
    ]
    alive = {a.id: a.fields for a in first.accounts.all()}
    for value, (account, field) in written.items():
        if account not in alive:
            continue  # deleted with everything in it, knowingly or not
        final = getattr(alive[account], field) == value
        assert all(lost.count(value) <= 1 for lost in lost_on), value
        assert final or value in overwritten or any(value in lost for lost in lost_on), value


def _visible(laptop: Workspace) -> list[tuple[object, ...]]:
    return sorted(
        (
            a.fields.name,
            a.fields.industry,
            a.fields.country,
            tuple(sorted(c.name for c in laptop.stakeholders.contacts(a.id))),
        )
        for a in laptop.accounts.all()
    )
