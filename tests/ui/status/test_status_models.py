"""Every table model keeps Qt's model contracts (pytest-qt's model tester)."""

from datetime import date

from pytestqt.modeltest import ModelTester

from kamdesk.domain.classification import StatusLevel
from kamdesk.domain.default_catalogue import DEFAULT_CATALOGUE
from kamdesk.domain.scorecard import score
from kamdesk.domain.status_review import StatusChange
from kamdesk.ui.status.catalogue_models import CriteriaModel, LevelsModel
from kamdesk.ui.status.scorecard_model import ScorecardModel, StatusHistoryModel


def test_scorecard_model(qtmodeltester: ModelTester) -> None:
    model = ScorecardModel()
    model.set_card(score(DEFAULT_CATALOGUE, {"lighthouse": True, "countries": 3}))
    qtmodeltester.check(model)
    assert model.rowCount() == len(DEFAULT_CATALOGUE.criteria)


def test_status_history_model(qtmodeltester: ModelTester) -> None:
    model = StatusHistoryModel()
    model.set_rows(
        [
            StatusChange(
                date(2026, 1, 5), StatusLevel.A, StatusLevel.KEY, 55, "Rahmenvertrag", "Aylin Demir"
            )
        ]
    )
    qtmodeltester.check(model)
    assert model.index(0, 4).data() == "Rahmenvertrag"


def test_catalogue_models(qtmodeltester: ModelTester) -> None:
    qtmodeltester.check(CriteriaModel(DEFAULT_CATALOGUE.criteria))
    qtmodeltester.check(LevelsModel(dict(DEFAULT_CATALOGUE.levels)))
