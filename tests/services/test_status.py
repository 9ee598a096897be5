"""Key-account status against a real store: scores, history, reviews, the funnel."""

import dataclasses
import uuid
from datetime import date
from decimal import Decimal
from pathlib import Path

from kamdesk.domain.account import AccountFields
from kamdesk.domain.classification import StatusLevel
from kamdesk.domain.default_catalogue import DEFAULT_CATALOGUE
from kamdesk.domain.scorecard import LevelRule
from kamdesk.domain.selection_funnel import FunnelOutcome, decide
from kamdesk.domain.status_review import Reason
from kamdesk.services.workspace import Workspace
from kamdesk.store.models import KeyFigureRow

TODAY = date(2026, 11, 23)


def add_account(workspace: Workspace, name: str, revenue: int | None = None) -> uuid.UUID:
    account = workspace.accounts.create(AccountFields(name=name))
    if revenue is not None:
        with workspace.transactions.write() as session:
            for year in (2023, 2024, 2025):
                session.add(
                    KeyFigureRow(account_id=account.id, year=year, revenue=Decimal(revenue))
                )
    workspace.status.rescore([account.id])
    return account.id


def test_answers_and_key_figures_make_the_score(workspace: Workspace) -> None:
    account = add_account(workspace, "Müller AG", revenue=1_000_000)  # revenue: 20 points
    card = workspace.status.set_answer(account, "lighthouse", True)  # +10
    assert card.total == 30 and card.level == StatusLevel.ACCOUNT
    assert workspace.status.status(account).card.total == 30
    workspace.status.set_answer(account, "lighthouse", None)
    assert workspace.status.answers(account)["lighthouse"] is None
    assert workspace.status.status(account).card.total == 20


def test_revenue_figure_is_the_average_of_the_last_three_years(workspace: Workspace) -> None:
    account = workspace.accounts.create(AccountFields(name="Schwankend GmbH")).id
    with workspace.transactions.write() as session:
        for year, revenue in (
            (2021, 9_000_000),
            (2023, 200_000),
            (2024, 300_000),
            (2025, 1_000_000),
        ):
            session.add(KeyFigureRow(account_id=account, year=year, revenue=Decimal(revenue)))
    assert workspace.status.answers(account)["revenue"] == Decimal(500_000)


def test_a_change_by_hand_writes_history_and_dates(workspace: Workspace) -> None:
    account = add_account(workspace, "Hand GmbH")
    workspace.status.change_level(account, StatusLevel.KEY, "Vorstand will es so", TODAY)
    status = workspace.status.status(account)
    assert (status.level, status.granted_on, status.review_due_on) == (
        StatusLevel.KEY,
        TODAY,
        date(2028, 11, 23),
    )
    change = status.history[0]
    assert (change.old_level, change.new_level, change.reason) == (
        StatusLevel.C,
        StatusLevel.KEY,
        "Vorstand will es so",
    )


def test_review_period_follows_the_level_rule(workspace: Workspace) -> None:
    levels = dict(DEFAULT_CATALOGUE.levels)
    levels[StatusLevel.KEY] = LevelRule(50, review_months=12)
    workspace.status.save_catalogue(dataclasses.replace(DEFAULT_CATALOGUE, levels=levels))
    account = add_account(workspace, "Kurz GmbH")
    workspace.status.change_level(account, StatusLevel.KEY, "x", TODAY)
    assert workspace.status.status(account).review_due_on == date(2027, 11, 23)


def test_dry_run_lists_due_reviews_and_changes_nothing(
    data_dir: Path, overdue_store: dict[str, uuid.UUID]
) -> None:
    with Workspace.open(data_dir) as workspace:
        items = {item.account_id: item for item in workspace.status.reviews(TODAY)}
        assert {i.outcome.new_level for i in items.values()} == {StatusLevel.ACCOUNT, StatusLevel.A}
        assert items[overdue_store["drops"]].outcome.dropped
        assert workspace.status.status(overdue_store["drops"]).level == StatusLevel.KEY


def test_due_reviews_are_applied_once(data_dir: Path, overdue_store: dict[str, uuid.UUID]) -> None:
    with Workspace.open(data_dir) as workspace:
        applied = {item.account_id: item for item in workspace.status.apply_reviews(date.today())}
        status = {key: workspace.status.status(aid) for key, aid in overdue_store.items()}
    assert set(applied) == set(overdue_store.values())
    assert status["keeps"].level == StatusLevel.ACCOUNT and status["keeps"].review_pending
    assert status["drops"].level == StatusLevel.ACCOUNT
    assert status["drops"].history[0].reason == Reason.AUTOMATIC_REVIEW
    assert status["drops"].history[0].score == 30
    assert status["falls_out"].level == StatusLevel.A
    assert status["falls_out"].review_due_on is None
    with Workspace.open(data_dir) as again:
        assert again.status.apply_reviews(date.today()) == []
        assert len(again.status.status(overdue_store["drops"]).history) == 2


def test_confirming_a_pending_review_renews_the_dates(
    data_dir: Path, overdue_store: dict[str, uuid.UUID]
) -> None:
    with Workspace.open(data_dir) as workspace:
        account = overdue_store["keeps"]
        workspace.status.confirm_review(account, date.today())
        status = workspace.status.status(account)
    assert not status.review_pending
    assert status.granted_on == date.today()
    assert status.history[0].reason == Reason.REVIEW_CONFIRMED


def test_funnel_to_key_account_records_outcome_history_and_quid_pro_quo(
    workspace: Workspace,
) -> None:
    account = add_account(workspace, "Trichter AG", revenue=5_000_000)  # 30
    workspace.status.set_answer(account, "lighthouse", True)  # 40
    card = workspace.status.set_answer(account, "countries", 5)  # 50: Key Account
    decision = decide(workspace.status.catalogue(), card, consent=True)
    workspace.status.record_funnel(
        account, decision, card, {"joint_strategy": "Strategieworkshop im Q1"}, TODAY
    )
    status = workspace.status.status(account)
    assert status.level == StatusLevel.KEY
    assert status.history[0].reason == Reason.SELECTION_FUNNEL
    assert workspace.status.funnel_stages().outcomes[FunnelOutcome.KEY_ACCOUNT] == 1


def test_declined_funnel_makes_a_grosskunde(workspace: Workspace) -> None:
    account = add_account(workspace, "Nein Danke GmbH", revenue=5_000_000)
    card = workspace.status.set_answer(account, "opinion_leader", True)
    workspace.status.set_answer(account, "countries", 5)
    card = workspace.status.status(account).card
    decision = decide(workspace.status.catalogue(), card, consent=False)
    workspace.status.record_funnel(account, decision, card, {}, TODAY)
    assert workspace.status.status(account).level == StatusLevel.LARGE
    assert workspace.status.funnel_stages().outcomes[FunnelOutcome.DECLINED] == 1


def test_saving_the_catalogue_rescores_every_account(workspace: Workspace) -> None:
    account = add_account(workspace, "Neu Bewertet AG")
    workspace.status.set_answer(account, "lighthouse", True)
    criteria = tuple(
        dataclasses.replace(c, points=25) if c.key == "lighthouse" else c
        for c in DEFAULT_CATALOGUE.criteria
    )
    workspace.status.save_catalogue(dataclasses.replace(DEFAULT_CATALOGUE, criteria=criteria))
    assert workspace.status.status(account).card.total == 25
    assert workspace.accounts.summary(account) is not None


def test_margin_statement_takes_revenue_from_key_figures(workspace: Workspace) -> None:
    from kamdesk.domain.contribution_margin import MarginInputs

    account = add_account(workspace, "Marge GmbH", revenue=200_000)
    workspace.plan.save_margin_inputs(
        account, MarginInputs(2025, revenue=Decimal(1), variable_costs=Decimal(120_000))
    )
    latest = workspace.plan.margin_statements(account)[-1]
    assert latest.inputs.revenue == Decimal(200_000)  # the key figure, not what was passed
    assert latest.db1 == Decimal(80_000)


def test_cost_lines_make_the_key_figure_margin_one_source(workspace: Workspace) -> None:
    from kamdesk.domain.contribution_margin import MarginInputs
    from kamdesk.domain.key_figures import KeyFigures

    account = add_account(workspace, "Eine Quelle GmbH", revenue=200_000)
    workspace.plan.save_margin_inputs(
        account, MarginInputs(2025, variable_costs=Decimal(120_000), care_costs=Decimal(10_000))
    )
    latest = workspace.plan.key_figures(account)[-1]
    assert latest.contribution_margin == Decimal(70_000)  # DB II
    workspace.plan.save_key_figures(
        account, KeyFigures(2025, revenue=Decimal(300_000), contribution_margin=Decimal(1))
    )
    assert workspace.plan.key_figures(account)[-1].contribution_margin == Decimal(170_000)
    assert workspace.plan.years_with_costs(account) == {2025}
    # the scorecard reads the derived margin: 170,000 is in the 50k band
    assert workspace.status.answers(account)["contribution_margin"] == Decimal(170_000)
