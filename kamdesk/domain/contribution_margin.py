"""Customer contribution margin (kundenbezogene Deckungsbeitragsrechnung, SPEC §3):

    revenue − sales deductions            = net revenue
    net revenue − variable product costs  = DB I
    DB I − customer-specific costs        = DB II   (service, logistics, key-account care, visits)
    DB II − project costs                 = DB III

The cost of care must stay below its benefit: DB II says whether serving the customer pays."""

from dataclasses import dataclass, fields
from decimal import Decimal

from kamdesk.domain.errors import FieldIssue, InvalidKeyFigures, IssueCode

ZERO = Decimal(0)
PERCENT = Decimal("0.1")


@dataclass(frozen=True)
class MarginInputs:
    year: int
    revenue: Decimal = ZERO  # from the year's key figures: one source
    sales_deductions: Decimal = ZERO  # discounts, bonuses
    variable_costs: Decimal = ZERO
    service_costs: Decimal = ZERO
    logistics_costs: Decimal = ZERO
    care_costs: Decimal = ZERO  # key-account care
    visit_costs: Decimal = ZERO
    project_costs: Decimal = ZERO


COST_FIELDS = tuple(f.name for f in fields(MarginInputs) if f.name not in ("year", "revenue"))


@dataclass(frozen=True)
class MarginStatement:
    inputs: MarginInputs
    net_revenue: Decimal
    db1: Decimal
    customer_costs: Decimal
    db2: Decimal
    db3: Decimal
    costed: bool = True  # False: no cost lines yet, DB II is the margin typed in the key figures
    typed_margin: Decimal | None = None

    @property
    def cost_of_care(self) -> Decimal:
        """What serving the customer as a key account costs: care and visits."""
        return self.inputs.care_costs + self.inputs.visit_costs

    @property
    def care_pays_off(self) -> bool:
        return self.db2 > ZERO

    @property
    def has_figures(self) -> bool:
        """Whether anything was entered for the year: an empty year has no verdict."""
        return any(getattr(self.inputs, name) != ZERO for name in ("revenue", *COST_FIELDS))

    def ratio(self, amount: Decimal) -> Decimal | None:
        """Share of net revenue in percent, one decimal; None ("n/a") without net revenue."""
        if self.net_revenue == ZERO:
            return None
        return (amount * 100 / self.net_revenue).quantize(PERCENT)


def validated(inputs: MarginInputs) -> MarginInputs:
    """Costs and deductions are amounts spent: never negative."""
    issues = tuple(
        FieldIssue(name, IssueCode.BAD_VALUE)
        for name in COST_FIELDS
        if not getattr(inputs, name).is_finite() or getattr(inputs, name) < ZERO
    )
    if issues:
        raise InvalidKeyFigures(issues)
    return inputs


def statement(inputs: MarginInputs) -> MarginStatement:
    net_revenue = inputs.revenue - inputs.sales_deductions
    db1 = net_revenue - inputs.variable_costs
    customer_costs = (
        inputs.service_costs + inputs.logistics_costs + inputs.care_costs + inputs.visit_costs
    )
    db2 = db1 - customer_costs
    return MarginStatement(
        inputs, net_revenue, db1, customer_costs, db2, db2 - inputs.project_costs
    )


def typed_statement(year: int, revenue: Decimal, typed_margin: Decimal | None) -> MarginStatement:
    """A year without cost lines: its DB II is what was typed as its contribution margin, so
    the ladder and the key figures never show two margins for one year."""
    margin = ZERO if typed_margin is None else typed_margin
    return MarginStatement(
        MarginInputs(year, revenue), revenue, margin, ZERO, margin, margin, False, typed_margin
    )
