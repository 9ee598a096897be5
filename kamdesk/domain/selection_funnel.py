"""Becoming a key account (SPEC §2): strategic criteria, hard figures, the customer's consent."""

from dataclasses import dataclass
from enum import StrEnum

from kamdesk.domain.classification import StatusLevel
from kamdesk.domain.scorecard import Catalogue, Scorecard


class FunnelOutcome(StrEnum):
    KEY_ACCOUNT = "key_account"
    DECLINED = "declined"  # offered key-account care, said no: a Großkunde
    NOT_QUALIFIED_STRATEGIC = "not_qualified_strategic"  # stopped at gate 1
    NOT_QUALIFIED_FIGURES = "not_qualified_figures"  # stopped at gate 2


class CounterPerformance(StrEnum):
    """What the customer gives in return for key-account care (quid pro quo)."""

    COUNTRY_ACCESS = "country_access"
    SITE_ACCESS = "site_access"
    CONTACT_ACCESS = "contact_access"
    JOINT_STRATEGY = "joint_strategy"
    MARKETING_PROJECTS = "marketing_projects"
    DEVELOPMENT_WORKSHOPS = "development_workshops"


@dataclass(frozen=True)
class FunnelDecision:
    outcome: FunnelOutcome
    level: StatusLevel | None  # the level granted or, when declined, Großkunde


def passes_strategic_gate(catalogue: Catalogue, card: Scorecard) -> bool:
    return card.strategic_points >= catalogue.strategic_minimum


def passes_figures_gate(catalogue: Catalogue, card: Scorecard) -> bool:
    return card.hard_figure_points >= catalogue.hard_figure_minimum and card.level is not None


def decide(catalogue: Catalogue, card: Scorecard, consent: bool) -> FunnelDecision:
    if not passes_strategic_gate(catalogue, card):
        return FunnelDecision(FunnelOutcome.NOT_QUALIFIED_STRATEGIC, None)
    if not passes_figures_gate(catalogue, card):
        return FunnelDecision(FunnelOutcome.NOT_QUALIFIED_FIGURES, None)
    if not consent:
        return FunnelDecision(FunnelOutcome.DECLINED, StatusLevel.LARGE)
    return FunnelDecision(FunnelOutcome.KEY_ACCOUNT, card.level)
