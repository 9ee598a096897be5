from kamdesk.domain.classification import StatusLevel


def test_levels_rank_from_c_customer_to_corporate_key_account() -> None:
    assert sorted(StatusLevel, key=lambda level: level.rank) == [
        StatusLevel.C,
        StatusLevel.B,
        StatusLevel.A,
        StatusLevel.LARGE,
        StatusLevel.ACCOUNT,
        StatusLevel.KEY,
        StatusLevel.STRATEGIC,
        StatusLevel.CORPORATE,
    ]


def test_only_levels_one_to_four_are_key_accounts() -> None:
    key = {level for level in StatusLevel if level.is_key_account}
    assert key == {
        StatusLevel.ACCOUNT,
        StatusLevel.KEY,
        StatusLevel.STRATEGIC,
        StatusLevel.CORPORATE,
    }
