"""The visit briefing as a document in the user's language: sections in the order SPEC §7
gives, each left out when it has nothing to say, and a word on what is missing."""

from collections.abc import Callable, Sequence
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from kamdesk.documents.blocks import (
    Block,
    Bullets,
    Document,
    Facts,
    Image,
    Section,
    Table,
    Text,
)
from kamdesk.domain.briefing import Attendee, Briefing, PointKind, TalkingPoint, trend
from kamdesk.domain.key_figures import KeyFigures
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


def briefing_document(
    briefing: Briefing, map_parts: Sequence[tuple[bytes, int]] | None = None
) -> Document:
    """`map_parts`: the stakeholder map as PNG pictures, one under the other, each with its
    width on the page; None where the format cannot show pictures."""
    b = briefing
    sections = [
        _header(b),
        _figures(b.figures),
        _people(b),
        _map(b, map_parts),
        _open_items(b),
        _white_space(b),
        _agreements(b),
        _points(b.talking_points),
        _history(b),
        _missing(b),
        Section(
            translate("briefing", "Notes from the visit"), [Table([""], [["\u00a0"]] * NOTE_LINES)]
        ),
    ]
    subtitle = translate("briefing", "Visit on {date}").format(date=format_date(b.visit.visit_on))
    if b.visit.purpose:
        subtitle += " · " + b.visit.purpose
    return Document(
        translate("briefing", "Visit briefing: {account}").format(account=b.account_name),
        subtitle,
        [s for s in sections if s is not None],
    )


def _header(b: Briefing) -> Section:
    coverage = "" if b.coverage is None else f"{round(b.coverage * 100)} %"
    pairs = [
        (translate("briefing", "Customer"), b.account_name),
        (
            translate("briefing", "Status"),
            f"{status_level_label(b.level)} · {scope_label(b.scope)}",
        ),
        (translate("briefing", "Review date"), format_date(b.review_due_on) or "–"),
        (translate("briefing", "Lifecycle phase"), phase_label(b.phase)),
        (translate("briefing", "Coverage of the buying centre"), coverage or "–"),
        (translate("briefing", "Score"), "–" if b.score is None else str(b.score)),
    ]
    if b.team:
        pairs.append((translate("briefing", "From our side"), ", ".join(m.name for m in b.team)))
    return Section(translate("briefing", "Where the account stands"), [Facts(pairs)])


def _figures(figures: Sequence[KeyFigures]) -> Section | None:
    if not figures:
        return None

    def row(label: str, name: str, shown: Callable[[Decimal], str]) -> list[str]:
        values = [getattr(f, name) for f in figures]
        cells = [shown(v) if v is not None else "–" for v in values]
        arrow = _ARROWS[trend(values[-2], values[-1])] if len(values) > 1 else ""
        return [label, *cells, arrow]

    rows = [
        row(translate("briefing", "Revenue"), "revenue", format_money),
        row(
            translate("briefing", "Contribution margin (DB II)"),
            "contribution_margin",
            format_money,
        ),
        row(translate("briefing", "Potential"), "potential", format_money),
        row(translate("briefing", "Satisfaction (1–5)"), "satisfaction", _one_decimal),
    ]
    headers = ["", *(str(f.year) for f in figures), translate("briefing", "Trend")]
    numeric = frozenset(range(1, len(figures) + 2))
    return Section(translate("briefing", "Key figures"), [Table(headers, rows, numeric)])


def _one_decimal(value: Decimal) -> str:
    return format_decimal(value, 1)


def _people(b: Briefing) -> Section | None:
    """One block per person: who they are, where we stand with them, what we learned."""
    if not b.attendees:
        return None
    return Section(
        translate("briefing", "The people in the room"), [_attendee_facts(a) for a in b.attendees]
    )


def _attendee_facts(a: Attendee) -> Facts:
    c = a.contact
    ours = ", ".join(m.name for m in a.counterparts) or translate("briefing", "nobody")
    if a.off_level:
        ours += " ⚠ " + translate("briefing", "nobody of ours on their level")
    last = format_date(c.last_contact_on) or translate("briefing", "never")
    if a.stale_days is not None:
        last += " ⚠ " + translate("briefing", "due again")
    pairs = [
        (translate("briefing", "Contact"), c.name),
        (
            translate("briefing", "Unit and function"),
            " · ".join(part for part in (c.unit, c.function) if part),
        ),
        (translate("briefing", "Level"), hierarchy_label(c.level)),
        (
            translate("briefing", "Role and attitude"),
            f"{role_label(c.role)} · {attitude_label(c.attitude)}",
        ),
        (
            translate("briefing", "Relationship quality"),
            "–" if c.quality is None else f"{c.quality}/5",
        ),
        (translate("briefing", "Last contact"), last),
        (translate("briefing", "Looked after by"), ours),
    ]
    if a.learnings:
        learned = "\n".join(
            f"{format_date(n.held_on)} · {section_label(n.section)}: {n.text}" for n in a.learnings
        )
        pairs.append((translate("briefing", "Learned in the jour fixe"), learned))
    return Facts(pairs, lead=True)


def _map(b: Briefing, parts: Sequence[tuple[bytes, int]] | None) -> Section | None:
    alt = translate("briefing", "The map is in the PDF and HTML versions of this briefing.")
    if not b.attendees:
        return None
    title = translate("briefing", "Stakeholder map")
    if parts is None:
        return Section(title, [Text(alt)])
    pictures = [Image(png, alt, width, own_page=n > 0) for n, (png, width) in enumerate(parts)]
    return Section(title, pictures, new_page=True)


def _open_items(b: Briefing) -> Section | None:
    blocks: list[Block] = []
    if b.open_actions:
        rows = [
            [a.title, a.owner, format_date(a.due_on), action_status_label(a.status)]
            for a in b.open_actions
        ]
        headers = [
            translate("briefing", "Open action"),
            translate("briefing", "Owner"),
            translate("briefing", "Due"),
            translate("briefing", "Status"),
        ]
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
        headers = [
            translate("briefing", "Open complaint"),
            translate("briefing", "Received"),
            translate("briefing", "Days open"),
            translate("briefing", "Severity"),
        ]
        blocks.append(Table([*headers, translate("briefing", "Status")], rows, frozenset({2})))
    return Section(translate("briefing", "What is open"), blocks) if blocks else None


def _white_space(b: Briefing) -> Section | None:
    if not b.white_space:
        return None
    rows = [[s.unit.name, s.offering.name, format_money(s.potential) or "–"] for s in b.white_space]
    headers = [
        translate("briefing", "Unit"),
        translate("briefing", "Offering"),
        translate("briefing", "Potential"),
    ]
    return Section(translate("briefing", "White space"), [Table(headers, rows, frozenset({2}))])


def _agreements(b: Briefing) -> Section | None:
    if not b.agreements:
        return None
    rows = [
        [
            counter_performance_label(a.kind) if a.kind != "other" else a.text,
            a.text if a.kind != "other" else "",
            format_date(a.agreed_on),
            translate("briefing", "fulfilled") if a.fulfilled else translate("briefing", "open"),
        ]
        for a in b.agreements
    ]
    headers = [
        translate("briefing", "Counter-performance"),
        translate("briefing", "Details"),
        translate("briefing", "Agreed on"),
        translate("briefing", "State"),
    ]
    return Section(
        translate("briefing", "What the customer agreed to give"), [Table(headers, rows)]
    )


def _points(points: Sequence[TalkingPoint]) -> Section | None:
    if not points:
        return None
    return Section(
        translate("briefing", "Talking points"), [Bullets([_point_text(p) for p in points])]
    )


def _point_text(point: TalkingPoint) -> str:
    match point.kind:
        case PointKind.COMPLAINT:
            return translate(
                "briefing", "Address the complaint “{topic}” (open for {days} days)."
            ).format(topic=point.subject, days=point.days)
        case PointKind.WARNING:
            assert point.signal is not None
            return translate("briefing", "Warning: {signal}.").format(
                signal=signal_text(point.signal)
            )
        case PointKind.STALE_CONTACT:
            return translate(
                "briefing", "{name} was last met {days} days ago: renew the contact."
            ).format(name=point.subject, days=point.days)
        case PointKind.STATUS_REVIEW:
            return translate(
                "briefing", "The key-account status is reviewed in {days} days."
            ).format(days=point.days)
        case PointKind.WHITE_SPACE:
            return translate("briefing", "Offer {what} (potential {amount}).").format(
                what=point.subject, amount=format_money(point.amount) or "–"
            )


def _history(b: Briefing) -> Section | None:
    items = [
        f"{format_date(a.occurred_on)} · {a.subject}" + (f": {a.text}" if a.text else "")
        for a in b.activities
    ]
    jour_fixe = translate("briefing", "Jour fixe")
    items += [
        f"{format_date(n.held_on)} · {jour_fixe} · {section_label(n.section)}: {n.text}"
        for n in b.notes
    ]
    return (
        Section(translate("briefing", "Latest activities and jour-fixe notes"), [Bullets(items)])
        if items
        else None
    )


def _missing(b: Briefing) -> Section | None:
    missing = []
    if not b.attendees:
        missing.append(translate("briefing", "No customer contacts chosen for the visit."))
    if not b.figures:
        missing.append(translate("briefing", "No key figures on record."))
    if not b.white_space:
        missing.append(translate("briefing", "No white space in the penetration plan."))
    if not b.open_actions:
        missing.append(translate("briefing", "No open actions in the annual plan."))
    return (
        Section(translate("briefing", "Not yet on record"), [Bullets(missing)]) if missing else None
    )


def running_header(briefing: Briefing) -> str:
    """The line on top of every printed page."""
    return translate("briefing", "Visit briefing · {account} · {date}").format(
        account=briefing.account_name, date=format_date(briefing.visit.visit_on)
    )


def page_label(page: int, pages: int) -> str:
    return translate("briefing", "Page {page} of {pages}").format(page=page, pages=pages)
