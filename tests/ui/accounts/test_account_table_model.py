import uuid
from decimal import Decimal

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester

from kamdesk.domain.account import AccountSummary
from kamdesk.domain.classification import Scope, Segment, StatusLevel
from kamdesk.i18n.account_cells import NAME, REVENUE, STATUS
from kamdesk.ui.accounts.account_table_model import AccountTableModel


def summary(
    name: str,
    level: StatusLevel = StatusLevel.C,
    revenue: str | None = None,
    owner: str = "",
    country: str = "Deutschland",
) -> AccountSummary:
    return AccountSummary(
        uuid.uuid4(),
        name,
        level,
        Scope.NATIONAL,
        Segment.C,
        owner,
        country,
        "Maschinenbau",
        None if revenue is None else Decimal(revenue),
    )


def names(model: AccountTableModel) -> list[str]:
    return [model.index(row, NAME).data() for row in range(model.rowCount())]


def filled() -> AccountTableModel:
    model = AccountTableModel()
    model.set_summaries(
        [
            summary("Zürcher Glaswerke AG", StatusLevel.CORPORATE, "900", owner="Aylin Demir"),
            summary("Österreicher Bau GmbH", StatusLevel.A, "50", country="Österreich"),
            summary("Alpen Logistik GmbH", StatusLevel.KEY, None),
            summary("Straßer Chemie SE", StatusLevel.B, "300"),
        ]
    )
    return model


def test_the_model_keeps_qts_contracts(qtmodeltester: ModelTester) -> None:
    model = filled()
    qtmodeltester.check(model)
    model.sort(STATUS, Qt.SortOrder.DescendingOrder)
    model.set_filter_text("gmbh")
    model.upsert(summary("Neu GmbH"))
    qtmodeltester.check(model)


def test_names_sort_as_a_german_reader_expects() -> None:
    model = filled()
    model.sort(NAME, Qt.SortOrder.AscendingOrder)
    assert names(model) == [
        "Alpen Logistik GmbH",
        "Österreicher Bau GmbH",
        "Straßer Chemie SE",
        "Zürcher Glaswerke AG",
    ]


def test_status_sorts_by_rank_not_by_text() -> None:
    model = filled()
    model.sort(STATUS, Qt.SortOrder.DescendingOrder)
    assert names(model)[:2] == ["Zürcher Glaswerke AG", "Alpen Logistik GmbH"]


def test_revenue_sorts_numerically_with_missing_figures_last_when_descending() -> None:
    model = filled()
    model.sort(REVENUE, Qt.SortOrder.DescendingOrder)
    assert names(model) == [
        "Zürcher Glaswerke AG",
        "Straßer Chemie SE",
        "Österreicher Bau GmbH",
        "Alpen Logistik GmbH",
    ]


def test_filter_ignores_case_and_accents_and_matches_all_words() -> None:
    model = filled()
    model.set_filter_text("strasse")
    assert names(model) == ["Straßer Chemie SE"]
    model.set_filter_text("osterreich gmbh")
    assert names(model) == ["Österreicher Bau GmbH"]
    model.set_filter_text("aylin")
    assert names(model) == ["Zürcher Glaswerke AG"]
    model.set_filter_text("")
    assert model.rowCount() == 4


def test_upsert_respects_the_filter_and_remove_drops_the_row() -> None:
    model = filled()
    model.set_filter_text("chemie")
    extra = summary("Rhein Chemie AG")
    model.upsert(extra)
    model.upsert(summary("Rhein Bau AG"))
    assert names(model) == ["Rhein Chemie AG", "Straßer Chemie SE"]
    model.remove(extra.id)
    assert names(model) == ["Straßer Chemie SE"]
    assert model.total_count() == 5


def test_selection_follows_its_account_through_filtering(qtbot: object) -> None:
    from PySide6.QtWidgets import QTableView

    model = filled()
    view = QTableView()
    view.setModel(model)
    target = model.row_of(
        next(
            model.account_id(r)
            for r in range(4)
            if model.index(r, NAME).data().startswith("Straßer")
        )
    )
    assert target is not None
    view.setCurrentIndex(model.index(target, NAME))
    model.set_filter_text("se")
    current: QModelIndex = view.currentIndex()
    assert current.data() == "Straßer Chemie SE"


def test_a_list_read_anew_shows_what_changed_and_keeps_the_rest() -> None:
    model = filled()
    model.set_filter_text("gmbh")
    # as the store reads them once open: equal lines as new objects, one account renamed
    again = [
        s._replace(name="Alpen Hoch- und Tiefbau GmbH") if s.name.startswith("Alpen") else s
        for s in (s._replace() for s in model.all_summaries())
    ]
    model.set_summaries(again)
    assert names(model) == ["Alpen Hoch- und Tiefbau GmbH", "Österreicher Bau GmbH"]
    model.set_filter_text("logistik")
    assert names(model) == []
