"""The transparent scorecard a KAM hands to the customer: what earns points, what each level
needs and what it gets. Nothing internal goes in: no notes, no margins or revenue amounts
(hard figures show the band reached, not the number)."""

from datetime import date
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from kamdesk.domain.scorecard import KEY_LEVELS, Catalogue, Criterion, CriterionKind, ScoreLine
from kamdesk.i18n.formats import format_date, format_money
from kamdesk.i18n.labels import benefit_label, criterion_label, status_level_label

if TYPE_CHECKING:
    from kamdesk.services.status import AccountStatus

translate = QCoreApplication.translate

_STYLE = """
body { font-family: 'DejaVu Sans', 'Segoe UI', Arial, sans-serif; font-size: 10pt; }
h1 { font-size: 18pt; margin-bottom: 2pt; }
h2 { font-size: 12pt; margin-top: 14pt; }
table { border-collapse: collapse; width: 100%; }
th { background: #1f4e79; color: #ffffff; text-align: left; }
td { border-bottom: 1px solid #c8d3de; vertical-align: top; }
td.number { text-align: right; }
tr.current td { background: #fff4ce; font-weight: bold; }
p.meta { color: #555555; }
"""


def _rule(criterion: Criterion) -> str:
    """How the criterion earns points, in words the customer can check (escaped HTML)."""
    if criterion.kind == CriterionKind.YES_NO:
        return escape(translate("scorecard", "yes: {points}").format(points=criterion.points))
    shown = format_money if criterion.kind == CriterionKind.FIGURE else str
    return "<br>".join(
        escape(
            translate("scorecard", "from {minimum}: {points}").format(
                minimum=shown(band.minimum), points=band.points
            )
        )
        for band in criterion.bands
    )


def _answer(line: ScoreLine) -> str:
    criterion, answer = line.criterion, line.answer
    if criterion.kind == CriterionKind.YES_NO:
        return translate("scorecard", "yes") if answer else translate("scorecard", "no")
    if criterion.kind == CriterionKind.COUNT:
        return "–" if answer is None else str(answer)
    reached = [band for band in criterion.bands if band.points == line.points and line.points]
    return (
        translate("scorecard", "from {minimum}").format(minimum=format_money(reached[0].minimum))
        if reached
        else "–"
    )


def scorecard_html(name: str, status: "AccountStatus", catalogue: Catalogue, today: date) -> str:
    card = status.card
    rows = "".join(
        f"<tr><td>{escape(criterion_label(line.criterion))}</td>"
        f"<td>{_rule(line.criterion)}</td>"
        f"<td>{escape(_answer(line))}</td><td class='number'>{line.points}</td>"
        f"<td class='number'>{line.criterion.max_points}</td></tr>"
        for line in card.lines
    )
    maximum = sum(line.criterion.max_points for line in card.lines)
    levels = "".join(
        f"<tr{' class=current' if level == status.level else ''}>"
        f"<td>{escape(status_level_label(level))}</td>"
        f"<td class='number'>{catalogue.levels[level].threshold}</td>"
        f"<td class='number'>{catalogue.levels[level].review_months}</td>"
        f"<td>{escape(', '.join(benefit_label(b) for b in catalogue.levels[level].benefits))}</td>"
        "</tr>"
        for level in KEY_LEVELS
    )
    # Translated outside the template: lupdate does not look into f-string expressions, and
    # what it does not see stays English in the German document.
    w = {
        key: escape(text)
        for key, text in {
            "title": translate("scorecard", "Scorecard"),
            "as_of": translate("scorecard", "Key-account scorecard as of {date}").format(
                date=format_date(today)
            ),
            "status": translate("scorecard", "Status"),
            "dates": translate("scorecard", "granted on {granted}, next review on {due}").format(
                granted=format_date(status.granted_on) or "–",
                due=format_date(status.review_due_on) or "–",
            ),
            "criteria": translate("scorecard", "Criteria"),
            "criterion": translate("scorecard", "Criterion"),
            "points_for": translate("scorecard", "Points for"),
            "yours": translate("scorecard", "Your account"),
            "points": translate("scorecard", "Points"),
            "maximum": translate("scorecard", "Maximum"),
            "total": translate("scorecard", "Total"),
            "levels": translate("scorecard", "Levels and what they offer"),
            "level": translate("scorecard", "Level"),
            "needed": translate("scorecard", "Points needed"),
            "review": translate("scorecard", "Reviewed after (months)"),
            "benefits": translate("scorecard", "Benefits"),
        }.items()
    }
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{w["title"]} – {escape(name)}</title>
<style>{_STYLE}</style></head><body>
<h1>{escape(name)}</h1>
<p class="meta">{w["as_of"]}</p>
<p><b>{w["status"]}:</b> {escape(status_level_label(status.level))} · {w["dates"]}</p>
<h2>{w["criteria"]}</h2>
<table width='100%' cellspacing='0' cellpadding='5'><tr><th>{w["criterion"]}</th>
<th>{w["points_for"]}</th><th>{w["yours"]}</th><th>{w["points"]}</th><th>{w["maximum"]}</th></tr>
{rows}
<tr><td><b>{w["total"]}</b></td><td></td><td></td>
<td class='number'><b>{card.total}</b></td><td class='number'>{maximum}</td></tr></table>
<h2>{w["levels"]}</h2>
<table width='100%' cellspacing='0' cellpadding='5'><tr><th>{w["level"]}</th>
<th>{w["needed"]}</th><th>{w["review"]}</th><th>{w["benefits"]}</th></tr>
{levels}</table>
</body></html>
"""
