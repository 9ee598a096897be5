import uuid
from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from kamdesk.domain.classification import HierarchyLevel as L
from kamdesk.domain.hierarchy_match import Analysis, FindingKind, MatchRules, analyse, coverage
from kamdesk.domain.stakeholders import BuyingRole, Contact, Link, TeamMember

TODAY = date(2026, 11, 23)
RULES = MatchRules(account_interval_days=60, overload_limit=2)


def contact(
    name: str,
    level: L,
    role: BuyingRole = BuyingRole.DECISION_MAKER,
    met_days_ago: int | None = 1,
    interval: int | None = None,
) -> Contact:
    met = None if met_days_ago is None else TODAY - timedelta(days=met_days_ago)
    return Contact(
        uuid.uuid4(), name, level, role=role, last_contact_on=met, interval_days=interval
    )


def member(name: str, level: L) -> TeamMember:
    return TeamMember(uuid.uuid4(), name, level)


def run(contacts: list[Contact], members: list[TeamMember], links: list[Link]) -> Analysis:
    return analyse(contacts, members, links, TODAY, RULES)


def kinds(analysis: Analysis) -> list[FindingKind]:
    return [f.kind for f in analysis.findings]


def test_a_contact_looked_after_on_their_level_is_fine() -> None:
    boss, ours = contact("Weiß", L.EXECUTIVE), member("Häußler", L.EXECUTIVE)
    analysis = run([boss], [ours], [Link(boss.id, ours.id)])
    assert analysis.findings == ()
    assert analysis.coverage == 1.0


def test_a_managing_director_looked_after_by_a_clerk_is_four_levels_off() -> None:
    boss, clerk = contact("Weiß", L.EXECUTIVE), member("Demir", L.SPECIALIST)
    director = member("Krüger", L.EXECUTIVE)
    (finding,) = run([boss], [clerk, director], [Link(boss.id, clerk.id)]).findings
    assert finding.kind == FindingKind.LEVEL_MISMATCH
    assert (finding.contact_id, finding.member_id, finding.distance) == (boss.id, clerk.id, 4)
    assert finding.suggestion == director.id


def test_one_counterpart_on_the_right_level_is_enough_among_several() -> None:
    boss = contact("Weiß", L.EXECUTIVE)
    clerk, director = member("Demir", L.SPECIALIST), member("Krüger", L.EXECUTIVE)
    analysis = run([boss], [clerk, director], [Link(boss.id, clerk.id), Link(boss.id, director.id)])
    assert analysis.findings == ()
    assert analysis.coverage == 1.0


def test_with_several_counterparts_off_level_the_nearest_is_named() -> None:
    boss = contact("Weiß", L.EXECUTIVE)
    clerk, head = member("Demir", L.SPECIALIST), member("Groß", L.DEPARTMENT_HEAD)
    (finding,) = run(
        [boss], [clerk, head], [Link(boss.id, clerk.id), Link(boss.id, head.id)]
    ).findings
    assert (finding.member_id, finding.distance) == (head.id, 2)
    assert finding.suggestion is None  # nobody in the team is on level 1


def test_mismatches_are_listed_furthest_first() -> None:
    near, far = contact("Nah", L.DIVISION_HEAD), contact("Fern", L.EXECUTIVE)
    clerk = member("Demir", L.DEPARTMENT_HEAD)
    analysis = run([near, far], [clerk], [Link(near.id, clerk.id), Link(far.id, clerk.id)])
    assert [f.distance for f in analysis.findings] == [2, 1]


def test_secretariat_to_secretariat_counts_as_a_match() -> None:
    secretary, ours = contact("Sekretariat", L.ASSISTANT), member("Schönfeld", L.ASSISTANT)
    assert run([secretary], [ours], [Link(secretary.id, ours.id)]).findings == ()


def test_an_assistant_looked_after_by_a_manager_is_a_mismatch_of_kind() -> None:
    secretary, manager = contact("Sekretariat", L.ASSISTANT), member("Groß", L.TEAM_LEAD)
    assistant = member("Schönfeld", L.ASSISTANT)
    (finding,) = run([secretary], [manager, assistant], [Link(secretary.id, manager.id)]).findings
    assert finding.kind == FindingKind.LEVEL_MISMATCH
    assert finding.distance is None
    assert finding.suggestion == assistant.id


def test_an_important_contact_without_counterpart_is_uncovered_with_a_suggestion() -> None:
    buyer, ours = contact("Einkauf", L.TEAM_LEAD, BuyingRole.PURCHASER), member("X", L.TEAM_LEAD)
    analysis = run([buyer], [ours], [])
    assert kinds(analysis) == [FindingKind.UNCOVERED, FindingKind.LEVEL_WITHOUT_LINK]
    assert analysis.findings[0].suggestion == ours.id
    assert analysis.coverage == 0.0


def test_a_user_without_counterpart_is_not_an_uncovered_finding() -> None:
    user = contact("Anwender", L.SPECIALIST, BuyingRole.USER)
    analysis = run([user], [], [])
    assert kinds(analysis) == [FindingKind.LEVEL_WITHOUT_LINK]
    assert analysis.coverage is None  # nobody important, nothing to cover


def test_uncovered_decision_makers_come_before_influencers() -> None:
    influencer = contact("Anna", L.EXECUTIVE, BuyingRole.INFLUENCER)
    decider = contact("Zoe", L.SPECIALIST, BuyingRole.DECISION_MAKER)
    analysis = run([influencer, decider], [], [])
    uncovered = [f.contact_id for f in analysis.findings if f.kind == FindingKind.UNCOVERED]
    assert uncovered == [decider.id, influencer.id]


def test_suggestions_prefer_the_colleague_with_fewest_contacts_then_the_name() -> None:
    buyer = contact("Einkauf", L.TEAM_LEAD)
    others = [contact(f"Anwender {n}", L.SPECIALIST, BuyingRole.USER) for n in range(2)]
    busy, berta, anton = (member(n, L.TEAM_LEAD) for n in ("Busy", "Berta", "Anton"))
    team = [busy, berta, anton]
    one_each = [Link(others[0].id, berta.id), Link(others[1].id, anton.id)]
    assert run([buyer, *others], team, one_each).findings[0].suggestion == busy.id
    two_for_busy = [*one_each, Link(others[0].id, busy.id), Link(others[1].id, busy.id)]
    assert run([buyer, *others], team, two_for_busy).findings[0].suggestion == anton.id


def test_a_level_with_contacts_but_no_link_is_flagged_once() -> None:
    a, b = contact("A", L.TEAM_LEAD, BuyingRole.USER), contact("B", L.TEAM_LEAD, BuyingRole.USER)
    boss, ours = contact("Chef", L.EXECUTIVE), member("GF", L.EXECUTIVE)
    analysis = run([a, b, boss], [ours], [Link(boss.id, ours.id)])
    assert kinds(analysis) == [FindingKind.LEVEL_WITHOUT_LINK]
    assert analysis.findings[0].level == L.TEAM_LEAD


def test_a_contact_met_just_within_the_interval_is_not_stale() -> None:
    ours = member("GF", L.EXECUTIVE)
    ok, late = (
        contact("Ok", L.EXECUTIVE, met_days_ago=60),
        contact("Spät", L.EXECUTIVE, met_days_ago=61),
    )
    analysis = run([ok, late], [ours], [Link(ok.id, ours.id), Link(late.id, ours.id)])
    (finding,) = analysis.findings
    assert (finding.kind, finding.contact_id, finding.days, finding.member_id) == (
        FindingKind.STALE,
        late.id,
        61,
        ours.id,
    )


def test_less_important_contacts_may_be_met_half_as_often() -> None:
    ours = member("Demir", L.SPECIALIST)
    user = contact("Anwender", L.SPECIALIST, BuyingRole.USER, met_days_ago=120)
    assert run([user], [ours], [Link(user.id, ours.id)]).findings == ()
    user = contact("Anwender", L.SPECIALIST, BuyingRole.USER, met_days_ago=121)
    assert kinds(run([user], [ours], [Link(user.id, ours.id)])) == [FindingKind.STALE]


def test_a_contacts_own_interval_overrides_the_accounts() -> None:
    ours = member("GF", L.EXECUTIVE)
    boss = contact("Chef", L.EXECUTIVE, met_days_ago=20, interval=14)
    assert kinds(run([boss], [ours], [Link(boss.id, ours.id)])) == [FindingKind.STALE]


def test_an_important_contact_never_met_is_stale_but_a_user_is_not() -> None:
    ours = member("GF", L.EXECUTIVE)
    boss = contact("Chef", L.EXECUTIVE, met_days_ago=None)
    user = contact("Anwender", L.EXECUTIVE, BuyingRole.USER, met_days_ago=None)
    links = [Link(boss.id, ours.id), Link(user.id, ours.id)]
    (finding,) = run([boss, user], [ours], links).findings
    assert (finding.kind, finding.contact_id, finding.days) == (FindingKind.STALE, boss.id, None)


def test_stale_contacts_are_listed_longest_overdue_first() -> None:
    ours = member("GF", L.EXECUTIVE)
    people = [contact(str(d), L.EXECUTIVE, met_days_ago=d) for d in (70, 200, 90)]
    analysis = run(people, [ours], [Link(c.id, ours.id) for c in people])
    stale = [f.days for f in analysis.findings if f.kind == FindingKind.STALE]
    assert stale == [200, 90, 70]


def test_a_colleague_over_the_limit_is_overloaded_with_a_relief() -> None:
    people = [contact(str(n), L.TEAM_LEAD) for n in range(3)]
    busy, free = member("Busy", L.TEAM_LEAD), member("Free", L.TEAM_LEAD)
    analysis = run(people, [busy, free], [Link(c.id, busy.id) for c in people])
    (finding,) = analysis.findings
    assert (finding.kind, finding.member_id, finding.count) == (FindingKind.OVERLOADED, busy.id, 3)
    assert finding.suggestion == free.id


def test_at_the_limit_a_colleague_is_not_overloaded() -> None:
    people = [contact(str(n), L.TEAM_LEAD) for n in range(2)]
    busy = member("Busy", L.TEAM_LEAD)
    assert run(people, [busy], [Link(c.id, busy.id) for c in people]).findings == ()


def test_findings_come_in_the_order_to_act_on_them() -> None:
    ours = member("Demir", L.SPECIALIST)
    uncovered = contact("Neu", L.EXECUTIVE)
    off_level = contact("Chef", L.DIVISION_HEAD, met_days_ago=400)
    analysis = run([uncovered, off_level], [ours], [Link(off_level.id, ours.id)])
    assert kinds(analysis) == [
        FindingKind.UNCOVERED,
        FindingKind.LEVEL_MISMATCH,
        FindingKind.LEVEL_WITHOUT_LINK,
        FindingKind.STALE,
    ]
    assert analysis.for_contact(off_level.id)[0].kind == FindingKind.LEVEL_MISMATCH


def test_links_to_removed_people_are_ignored() -> None:
    boss = contact("Chef", L.EXECUTIVE)
    analysis = run([boss], [], [Link(boss.id, uuid.uuid4()), Link(uuid.uuid4(), uuid.uuid4())])
    assert kinds(analysis)[0] == FindingKind.UNCOVERED


levels = st.sampled_from(list(L))
people = st.lists(
    st.builds(
        Contact,
        id=st.uuids(),
        name=st.text(max_size=5),
        level=levels,
        role=st.sampled_from(list(BuyingRole)),
    ),
    max_size=8,
    unique_by=lambda c: c.id,
)
team = st.lists(
    st.builds(TeamMember, id=st.uuids(), name=st.text(max_size=5), level=levels),
    min_size=1,
    max_size=5,
    unique_by=lambda m: m.id,
)


@given(people, team, st.data())
def test_coverage_is_a_share_and_a_correct_link_never_lowers_it(
    contacts: list[Contact], members: list[TeamMember], data: st.DataObject
) -> None:
    pairs = [Link(c.id, m.id) for c in contacts for m in members]
    links = data.draw(st.lists(st.sampled_from(pairs), max_size=10)) if pairs else []
    before = run(contacts, members, links).coverage
    assert before is None or 0.0 <= before <= 1.0
    same_level = [Link(c.id, m.id) for c in contacts for m in members if c.level == m.level]
    if same_level:
        after = run(contacts, members, [*links, data.draw(st.sampled_from(same_level))]).coverage
        assert before is None or (after is not None and after >= before)


@given(people, team, st.data())
def test_coverage_on_its_own_equals_the_analysis(
    contacts: list[Contact], members: list[TeamMember], data: st.DataObject
) -> None:
    pairs = [Link(c.id, m.id) for c in contacts for m in members]
    links = data.draw(st.lists(st.sampled_from(pairs), max_size=10)) if pairs else []
    assert coverage(contacts, members, links) == run(contacts, members, links).coverage
