from decimal import Decimal

from kamdesk.domain.classification import StatusLevel
from kamdesk.domain.default_catalogue import DEFAULT_CATALOGUE as CATALOGUE
from kamdesk.domain.scorecard import score
from kamdesk.domain.selection_funnel import FunnelOutcome, decide

STRONG = {
    "lighthouse": True,
    "opinion_leader": True,
    "countries": 5,
    "revenue": Decimal(1_000_000),
    "potential": Decimal(1_000_000),
}  # 20+10+20+10 = 60


def test_all_gates_passed_with_consent_grants_the_level_reached() -> None:
    decision = decide(CATALOGUE, score(CATALOGUE, STRONG), consent=True)
    assert (decision.outcome, decision.level) == (FunnelOutcome.KEY_ACCOUNT, StatusLevel.KEY)


def test_declining_at_gate_three_makes_a_grosskunde() -> None:
    decision = decide(CATALOGUE, score(CATALOGUE, STRONG), consent=False)
    assert (decision.outcome, decision.level) == (FunnelOutcome.DECLINED, StatusLevel.LARGE)


def test_too_few_strategic_points_stop_at_gate_one() -> None:
    figures_only = {"revenue": Decimal(5_000_000), "potential": Decimal(5_000_000)}
    decision = decide(CATALOGUE, score(CATALOGUE, figures_only), consent=True)
    assert decision == decide(CATALOGUE, score(CATALOGUE, figures_only), consent=False)
    assert (decision.outcome, decision.level) == (FunnelOutcome.NOT_QUALIFIED_STRATEGIC, None)


def test_weak_figures_stop_at_gate_two() -> None:
    strategic_only = {"lighthouse": True, "opinion_leader": True, "countries": 10}
    decision = decide(CATALOGUE, score(CATALOGUE, strategic_only), consent=True)
    assert decision.outcome == FunnelOutcome.NOT_QUALIFIED_FIGURES


def test_gate_two_needs_its_minimum_exactly() -> None:
    answers = {
        "lighthouse": True,
        "opinion_leader": True,
        "countries": 5,
        "revenue": Decimal(250_000),
        "contribution_margin": Decimal(50_000),
    }  # hard: 15
    assert decide(CATALOGUE, score(CATALOGUE, answers), True).outcome == FunnelOutcome.KEY_ACCOUNT
    answers["contribution_margin"] = Decimal("49999.99")  # hard: 10
    assert (
        decide(CATALOGUE, score(CATALOGUE, answers), True).outcome
        == FunnelOutcome.NOT_QUALIFIED_FIGURES
    )
