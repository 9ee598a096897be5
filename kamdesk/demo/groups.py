"""Demo data for the portfolio: potentials that fill all four fields, and corporate groups
(a key account with members in two or three countries). Each draws from a generator of its
own, so that the rest of the demo data stays as it was."""

import random
import uuid
from collections.abc import Callable
from typing import Any

from kamdesk.demo.vocabulary import COUNTRIES

ACCOUNTS_PER_GROUP = 60
Naming = Callable[[str, str, str, str], str]  # core, branch, legal form, city → a free name


def potential_factor(account_id: uuid.UUID) -> float:
    """How the account's potential compares with its revenue: some have far more ahead of
    them (development customers), some little left (base customers)."""
    rng = random.Random(account_id.int + 3)
    profile = rng.random()
    if profile < 0.2:
        return rng.uniform(3.0, 8.0)
    if profile < 0.4:
        return rng.uniform(0.08, 0.3)
    return 1.0


def form_groups(
    accounts: list[dict[str, Any]], origins: dict[uuid.UUID, tuple[str, str]], name: Naming
) -> list[tuple[uuid.UUID, str]]:
    """Make some key accounts group accounts: a few ordinary accounts of the batch become
    their subsidiaries abroad, named after the group. `origins` holds each account's name
    core and branch. Returns the members with their city, where their plans' sites are."""
    rng = random.Random(len(accounts))
    heads = [a for a in accounts if a["status_level"].is_key_account][
        : max(1, len(accounts) // ACCOUNTS_PER_GROUP)
    ]
    accounts.sort(key=lambda a: a not in heads)  # a group is written before its members
    free = [a for a in accounts if not a["status_level"].is_key_account]
    rng.shuffle(free)
    members: list[tuple[uuid.UUID, str]] = []
    for head in heads:
        core, branch = origins[head["id"]]
        countries = [c for c in COUNTRIES if c[0] != head["country"]]
        for country, legal_forms, cities, _ in rng.sample(countries, rng.randint(2, 3)):
            if not free:
                return members
            member = free.pop()
            city = rng.choice(cities)
            street, _, postal = member["address"].partition("\n")
            member |= {
                "name": name(core, branch, rng.choice(legal_forms), city),
                "address": f"{street}\n{postal.split(' ', 1)[0]} {city}",
                "country": country,
                "industry": head["industry"],
                "owner": head["owner"],
                "group_id": head["id"],
            }
            members.append((member["id"], city))
    return members
