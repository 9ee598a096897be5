"""DB I–III in exact Decimal arithmetic, ratios to net revenue, and the zero-revenue case."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kamdesk.domain.contribution_margin import MarginInputs, statement, validated
from kamdesk.domain.errors import InvalidKeyFigures

D = Decimal
EXAMPLE = MarginInputs(
    2025,
    revenue=D("1000000.00"),
    sales_deductions=D("50000.00"),
    variable_costs=D("600000.00"),
    service_costs=D("20000.00"),
    logistics_costs=D("15000.00"),
    care_costs=D("30000.00"),
    visit_costs=D("5000.10"),
    project_costs=D("40000.00"),
)


def test_the_ladder_from_revenue_to_db_iii() -> None:
    result = statement(EXAMPLE)
    assert result.net_revenue == D("950000.00")
    assert result.db1 == D("350000.00")
    assert result.customer_costs == D("70000.10")
    assert result.db2 == D("279999.90")
    assert result.db3 == D("239999.90")
    assert result.cost_of_care == D("35000.10")
    assert result.care_pays_off


def test_ratios_to_net_revenue_in_percent() -> None:
    result = statement(EXAMPLE)
    assert result.ratio(result.db1) == D("36.8")
    assert result.ratio(result.db3) == D("25.3")
    assert result.ratio(result.cost_of_care) == D("3.7")


def test_zero_revenue_gives_no_ratio_and_no_crash() -> None:
    result = statement(MarginInputs(2025, care_costs=D(1200)))
    assert result.net_revenue == D(0)
    assert result.ratio(result.db2) is None
    assert result.db2 == D(-1200)
    assert not result.care_pays_off


def test_cents_are_never_lost() -> None:
    result = statement(
        MarginInputs(
            2025,
            revenue=D("0.30"),
            variable_costs=D("0.10"),
            service_costs=D("0.10"),
            project_costs=D("0.10"),
        )
    )
    assert result.db3 == D("0.00")


@pytest.mark.parametrize("field", ["sales_deductions", "care_costs", "project_costs"])
def test_negative_costs_are_refused(field: str) -> None:
    with pytest.raises(InvalidKeyFigures) as caught:
        validated(MarginInputs(2025, **{field: D("-1")}))  # type: ignore[arg-type]
    assert caught.value.issues[0].field == field


amounts = st.decimals(min_value=0, max_value=10**9, places=2)


@given(revenue=amounts, costs=st.lists(amounts, min_size=7, max_size=7))
def test_each_margin_is_the_one_above_minus_its_costs(
    revenue: Decimal, costs: list[Decimal]
) -> None:
    deductions, variable, service, logistics, care, visits, project = costs
    result = statement(
        MarginInputs(2025, revenue, deductions, variable, service, logistics, care, visits, project)
    )
    assert result.db1 == revenue - deductions - variable
    assert result.db3 == result.db2 - project <= result.db1
