"""The visit briefing as a document in the user's language: sections in the order SPEC §7
gives, each left out when it has nothing to say, and a word on what is missing."""

from collections.abc import Callable, Sequence
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from kamdesk.domain.briefing import Attendee, Briefing, PointKind, TalkingPoint, trend
from kamdesk.domain.key_figures import KeyFigures
from kamdesk.i18n.document_blocks import (
    Block,
    Bullets,
    Document,
    Facts,
    Image,
    Section,
    Table,
)
from kamdesk.i18n.formats import format_date, format_decimal, format_money
from kamdesk.i18n.labels import (
    action_status_label,
    counter_performance_label,
    hierarchy_label,
    scope_label,
    status_level_label,
)
from kamdesk.i18n.lifecycle_words import (
    complaint_status_label,
    phase_label,
    severity_label,
    signal_text,
)
from kamdesk.i18n.stakeholder_words import (
    attitude_label,
    role_label,
    section_label,
)

translate = QCoreApplication.translate
_ARROWS = {1: "▲", 0: "", -1: "▼"}
NOTE_LINES = 8  # ruled lines to write on during the visit


def _tr(text: str) -> str:
    return translate("briefing", text)


def briefing_document(briefing: Briefing, map_png: bytes | None = None) -> Document:
    b = briefing
    sections = [
        _header(b),
        _figures(b.figures),
        _people(b),
        _map(b, map_png),
        _open_items(b),
        _white_space(b),
        _agreements(b),
        _points(b.talking_points),
        _history(b),
        _missing(b),
        Section(_tr("Notes from the visit"), [Table([""], [["\u00a0"]] * NOTE_LINES)]),
    ]
    subtitle = _tr("Visit on {date}").format(date=format_date(b.visit.visit_on))
    if b.visit.purpose:
        subtitle += " · " + b.visit.purpose
    return Document(
        _tr("Visit briefing: {account}").format(account=b.account_name),
        subtitle,
        [s for s in sections if s is not None],
    )


def _header(b: Briefing) -> Section:
    coverage = "" if b.coverage is None else f"{round(b.coverage * 100)} %"
    pairs = [
        (_tr("Account"), b.account_name),
        (_tr("Status"), f"{status_level_label(b.level)} · {scope_label(b.scope)}"),
        (_tr("Review date"), format_date(b.review_due_on) or "–"),
        (_tr("Lifecycle phase"), phase_label(b.phase)),
        (_tr("Coverage of the buying centre"), coverage or "–"),
        (_tr("Score"), "–" if b.score is None else str(b.score)),
    ]
    if b.team:
        pairs.append((_tr("From our side"), ", ".join(m.name for m in b.team)))
    return Section(_tr("Where the account stands"), [Facts(pairs)])


def _figures(figures: Sequence[KeyFigures]) -> Section | None:
    if not figures:
        return None

    def row(label: str, name: str, shown: Callable[[Decimal], str]) -> list[str]:
        values = [getattr(f, name) for f in figures]
        cells = [shown(v) if v is not None else "–" for v in values]
        arrow = _ARROWS[trend(values[-2], values[-1])] if len(values) > 1 else ""
        return [label, *cells, arrow]

    rows = [
        row(_tr("Revenue"), "revenue", format_money),
        row(_tr("Contribution margin (DB II)"), "contribution_margin", format_money),
        row(_tr("Potential"), "potential", format_money),
        row(_tr("Satisfaction (1–5)"), "satisfaction", _one_decimal),
    ]
    headers = ["", *(str(f.year) for f in figures), _tr("Trend")]
    numeric = frozenset(range(1, len(figures) + 2))
    return Section(_tr("Key figures"), [Table(headers, rows, numeric)])


def _one_decimal(value: Decimal) -> str:
    return format_decimal(value, 1)


def _people(b: Briefing) -> Section | None:
    """One block per person: who they are, where we stand with them, what we learned."""
    if not b.attendees:
        return None
    return Section(_tr("The people in the room"), [_attendee_facts(a) for a in b.attendees])


def _attendee_facts(a: Attendee) -> Facts:
    c = a.contact
    ours = ", ".join(m.name for m in a.counterparts) or _tr("nobody")
    if a.off_level:
        ours += " ⚠ " + _tr("nobody of ours on their level")
    last = format_date(c.last_contact_on) or _tr("never")
    if a.stale_days is not None:
        last += " ⚠ " + _tr("due again")
    pairs = [
        (_tr("Contact"), c.name),
        (_tr("Unit and function"), " · ".join(part for part in (c.unit, c.function) if part)),
        (_tr("Level"), hierarchy_label(c.level)),
        (_tr("Role and attitude"), f"{role_label(c.role)} · {attitude_label(c.attitude)}"),
        (_tr("Relationship quality"), "–" if c.quality is None else f"{c.quality}/5"),
        (_tr("Last contact"), last),
        (_tr("Looked after by"), ours),
    ]
    if a.learnings:
        learned = "\n".join(
            f"{format_date(n.held_on)} · {section_label(n.section)}: {n.text}" for n in a.learnings
        )
        pairs.append((_tr("Learned in the jour fixe"), learned))
    return Facts(pairs)


def _map(b: Briefing, png: bytes | None) -> Section | None:
    if png is None or not b.attendees:
        return None
    alt = _tr("The map is in the PDF and HTML versions of this briefing.")
    return Section(_tr("Stakeholder map"), [Image(png, alt)])


def _open_items(b: Briefing) -> Section | None:
    blocks: list[Block] = []
    if b.open_actions:
        rows = [
            [a.title, a.owner, format_date(a.due_on), action_status_label(a.status)]
            for a in b.open_actions
        ]
        headers = [_tr("Open action"), _tr("Owner"), _tr("Due"), _tr("Status")]
        blocks.append(Table(headers, rows))
    if b.open_complaints:
        day = b.visit.visit_on
        rows = [
            [
                c.topic,
                format_date(c.received_on),
                str(c.open_days(day) or 0),
                severity_label(c.severity),
                complaint_status_label(c.status),
            ]
            for c in b.open_complaints
        ]
        headers = [_tr("Open complaint"), _tr("Received"), _tr("Days open"), _tr("Severity")]
        blocks.append(Table([*headers, _tr("Status")], rows, frozenset({2})))
    return Section(_tr("What is open"), blocks) if blocks else None


def _white_space(b: Briefing) -> Section | None:
    if not b.white_space:
        return None
    rows = [[s.unit.name, s.offering.name, format_money(s.potential) or "–"] for s in b.white_space]
    headers = [_tr("Unit"), _tr("Offering"), _tr("Potential")]
    return Section(_tr("White space"), [Table(headers, rows, frozenset({2}))])


def _agreements(b: Briefing) -> Section | None:
    if not b.agreements:
        return None
    rows = [
        [
            counter_performance_label(a.kind) if a.kind != "other" else a.text,
            a.text if a.kind != "other" else "",
            format_date(a.agreed_on),
            _tr("fulfilled") if a.fulfilled else _tr("open"),
        ]
        for a in b.agreements
    ]
    headers = [_tr("Counter-performance"), _tr("Details"), _tr("Agreed on"), _tr("State")]
    return Section(_tr("What the customer agreed to give"), [Table(headers, rows)])


def _points(points: Sequence[TalkingPoint]) -> Section | None:
    if not points:
        return None
    return Section(_tr("Talking points"), [Bullets([_point_text(p) for p in points])])


def _point_text(point: TalkingPoint) -> str:
    match point.kind:
        case PointKind.COMPLAINT:
            return _tr("Address the complaint “{topic}” (open for {days} days).").format(
                topic=point.subject, days=point.days
            )
        case PointKind.WARNING:
            assert point.signal is not None
            return _tr("Warning: {signal}.").format(signal=signal_text(point.signal))
        case PointKind.STALE_CONTACT:
            return _tr("{name} was last met {days} days ago: renew the contact.").format(
                name=point.subject, days=point.days
            )
        case PointKind.STATUS_REVIEW:
            return _tr("The key-account status is reviewed in {days} days.").format(days=point.days)
        case PointKind.WHITE_SPACE:
            return _tr("Offer {what} (potential {amount}).").format(
                what=point.subject, amount=format_money(point.amount) or "–"
            )


def _history(b: Briefing) -> Section | None:
    items = [
        f"{format_date(a.occurred_on)} · {a.subject}" + (f": {a.text}" if a.text else "")
        for a in b.activities
    ]
    items += [
        f"{format_date(n.held_on)} · {_tr('Jour fixe')} · {section_label(n.section)}: {n.text}"
        for n in b.notes
    ]
    return (
        Section(_tr("Latest activities and jour-fixe notes"), [Bullets(items)]) if items else None
    )


def _missing(b: Briefing) -> Section | None:
    missing = []
    if not b.attendees:
        missing.append(_tr("No customer contacts chosen for the visit."))
    if not b.figures:
        missing.append(_tr("No key figures on record."))
    if not b.white_space:
        missing.append(_tr("No white space in the penetration plan."))
    if not b.open_actions:
        missing.append(_tr("No open actions in the annual plan."))
    return Section(_tr("Not yet on record"), [Bullets(missing)]) if missing else None


def running_header(briefing: Briefing) -> str:
    """The line on top of every printed page."""
    return _tr("Visit briefing · {account} · {date}").format(
        account=briefing.account_name, date=format_date(briefing.visit.visit_on)
    )


def page_label(page: int, pages: int) -> str:
    return _tr("Page {page} of {pages}").format(page=page, pages=pages)
