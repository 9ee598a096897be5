"""Corporate-group use cases: a group account's roll-up of its members' figures, open
potential, penetration plans and the scorecard of the group as a whole."""

import uuid

from kamdesk.domain.errors import AccountNotFound
from kamdesk.domain.groups import GroupRollUp, Member, group_plan, summed_years
from kamdesk.services.status import StatusService
from kamdesk.services.transactions import Transactions
from kamdesk.store import accounts, key_figures, penetration
from kamdesk.store.portfolio import plan_potentials


class GroupService:
    def __init__(self, transactions: Transactions, status: StatusService) -> None:
        self._transactions = transactions
        self._status = status

    def roll_up(self, group_id: uuid.UUID) -> GroupRollUp:
        """The group account and its live members, their figures summed per year, their
        open potential and one plan of them all."""
        with self._transactions.read() as session:
            group = accounts.find(session, str(group_id))
            if group is None:
                raise AccountNotFound(str(group_id))
            members = (
                Member(group.id, group.name, group.country, is_group=True),
                *(Member(s.id, s.name, s.country) for s in accounts.members(session, group_id)),
            )
            ids = {member.id for member in members}
            figures = key_figures.by_account(session, ids)
            potentials = plan_potentials(session, ids)
            plans = [(member, penetration.plan(session, member.id)) for member in members]
        return GroupRollUp(
            members,
            summed_years(members, figures),
            {m: sorted(f, key=lambda k: k.year)[-1] for m, f in figures.items() if f},
            potentials,
            group_plan(plans),
            self._status.status(group_id).card,
        )
