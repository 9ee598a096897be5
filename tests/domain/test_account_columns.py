"""Recognising what an account list's columns mean."""

import pytest

from kamdesk.domain.account_columns import (
    Meaning,
    Source,
    Target,
    has_name,
    recognised_columns,
    source_of,
)

from ..account_lists import (
    DATA_LOADER_HEADER,
    DYNAMICS_HEADER,
    GERMAN_HEADER,
    HUBSPOT_HEADER,
    SALESFORCE_HEADER,
)


@pytest.mark.parametrize(
    ("header", "source"),
    [
        (SALESFORCE_HEADER, Source.SALESFORCE),
        (DATA_LOADER_HEADER, Source.SALESFORCE),
        (HUBSPOT_HEADER, Source.HUBSPOT),
        (DYNAMICS_HEADER, Source.DYNAMICS),
        (GERMAN_HEADER, Source.GERMAN_LIST),
        (["Name", "Stadt"], Source.OTHER),
    ],
)
def test_each_tools_header_is_recognised_with_a_name(header: list[str], source: Source) -> None:
    assert source_of(header) is source
    assert has_name(recognised_columns(header, 2025))


def test_year_columns_go_to_their_year_and_plain_ones_to_last_year() -> None:
    columns = recognised_columns(
        ["Firma", "Umsatz 2024", "DB II 2025", "2026 Potenzial", "Annual Revenue"], 2025
    )
    assert list(columns.values()) == [
        Meaning(Target.NAME),
        Meaning(Target.REVENUE, 2024),
        Meaning(Target.CONTRIBUTION_MARGIN, 2025),
        Meaning(Target.POTENTIAL, 2026),
        Meaning(Target.REVENUE, 2025),
    ]


def test_a_repeated_meaning_keeps_the_first_column() -> None:
    """Dynamics and Salesforce list the billing address before the shipping one."""
    columns = recognised_columns(["Name", "City", "Stadt", "Ort"], 2025)
    assert sorted(columns) == [0, 1]


def test_unknown_columns_are_left_out_and_the_case_and_spaces_do_not_matter() -> None:
    columns = recognised_columns(["  BILLING   city ", "Lieblingsfarbe", "firma"], 2025)
    assert columns == {0: Meaning(Target.CITY), 2: Meaning(Target.NAME)}
