"""Stakeholder words in the user's language: buying roles, attitudes, jour-fixe sections,
and each finding of the match analysis as a sentence with its suggested fix."""

import uuid
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from kamdesk.domain.classification import HierarchyLevel
from kamdesk.domain.contact_import import CardProblem, RefusedCard
from kamdesk.domain.hierarchy_match import Finding, FindingKind
from kamdesk.domain.jour_fixe import NoteSection
from kamdesk.domain.stakeholders import Attitude, BuyingRole
from kamdesk.i18n.labels import hierarchy_label
from kamdesk.i18n.plural import Plural

translate = QCoreApplication.translate


def role_label(role: BuyingRole) -> str:
    return {
        BuyingRole.DECISION_MAKER: translate("stakeholders", "Decision maker"),
        BuyingRole.INFLUENCER: translate("stakeholders", "Influencer"),
        BuyingRole.PURCHASER: translate("stakeholders", "Purchaser"),
        BuyingRole.GATEKEEPER: translate("stakeholders", "Gatekeeper"),
        BuyingRole.USER: translate("stakeholders", "User"),
        BuyingRole.NONE: translate("stakeholders", "No role"),
    }[role]


def attitude_label(attitude: Attitude) -> str:
    return {
        Attitude.SUPPORTER: translate("stakeholders", "Supporter"),
        Attitude.NEUTRAL: translate("stakeholders", "Neutral"),
        Attitude.CRITIC: translate("stakeholders", "Critic"),
        Attitude.UNKNOWN: translate("stakeholders", "Unknown"),
    }[attitude]


def section_label(section: NoteSection) -> str:
    return {
        NoteSection.NEEDS: translate("stakeholders", "Needs"),
        NoteSection.SATISFACTION: translate("stakeholders", "Satisfaction"),
        NoteSection.IDEAS: translate("stakeholders", "Future ideas"),
        NoteSection.DEVELOPMENTS: translate("stakeholders", "Developments"),
    }[section]


def level_short(level: HierarchyLevel) -> str:
    """The level as the map's row header shows it: number and name."""
    if level == HierarchyLevel.ASSISTANT:
        return hierarchy_label(level)
    return f"{level.value} · {hierarchy_label(level)}"


def refused_card_text(refused: RefusedCard) -> str:
    """Which card of the file could not be imported, and why."""
    problem = {
        CardProblem.NO_NAME: translate("stakeholders", "no name"),
        CardProblem.UNREADABLE: translate("stakeholders", "the card cannot be read"),
        CardProblem.TOO_LONG: translate("stakeholders", "a field is too long"),
        CardProblem.NOT_A_PERSON: translate("stakeholders", "a company's or group's card"),
        CardProblem.LINE_SKIPPED: translate(
            "stakeholders", "imported without a line that cannot be read"
        ),
    }[refused.problem]
    return translate("stakeholders", "Card {position} ({detail}): {problem}").format(
        position=refused.position, detail=refused.detail, problem=problem
    )


def finding_text(finding: Finding, names: Mapping[uuid.UUID, str]) -> str:
    """One sentence; `names` holds the contacts' and team members' names by id."""
    contact = names.get(finding.contact_id, "") if finding.contact_id else ""
    member = names.get(finding.member_id, "") if finding.member_id else ""
    level = hierarchy_label(finding.level) if finding.level else ""
    match finding.kind:
        case FindingKind.UNCOVERED:
            return translate("stakeholders", "{contact} has no counterpart in our team.").format(
                contact=contact
            )
        case FindingKind.LEVEL_MISMATCH if finding.distance is None:
            return translate(
                "stakeholders",
                "{contact} ({level}) is looked after by {member}: assistant and "
                "manager do not match.",
            ).format(contact=contact, level=level, member=member)
        case FindingKind.LEVEL_MISMATCH:
            return Plural.tr(
                "{contact} ({level}) is looked after by {member}, %n level(s) off.",
                "",
                finding.distance or 0,
            ).format(contact=contact, level=level, member=member)
        case FindingKind.LEVEL_WITHOUT_LINK:
            return translate(
                "stakeholders", "Nobody in our team has contact on the level “{level}”."
            ).format(level=level)
        case FindingKind.STALE if finding.days is None:
            return translate("stakeholders", "{contact}: no contact on record.").format(
                contact=contact
            )
        case FindingKind.STALE:
            return Plural.tr("{contact} was last met %n day(s) ago.", "", finding.days or 0).format(
                contact=contact
            )
        case FindingKind.OVERLOADED:
            return Plural.tr(
                "{member} looks after %n contact(s), more than the limit.",
                "",
                finding.count or 0,
            ).format(member=member)


def suggestion_text(finding: Finding, names: Mapping[uuid.UUID, str]) -> str:
    """The fix, or what is missing for one."""
    if finding.kind == FindingKind.STALE:
        if finding.member_id is None:
            return translate("stakeholders", "Arrange a meeting.")
        return translate("stakeholders", "{member} should arrange a meeting.").format(
            member=names.get(finding.member_id, "")
        )
    if finding.suggestion is None:
        return translate("stakeholders", "Nobody in the team is on this level.")
    suggested = names.get(finding.suggestion, "")
    if finding.kind == FindingKind.OVERLOADED:
        return translate("stakeholders", "Hand contacts over to {member}.").format(member=suggested)
    return translate("stakeholders", "Suggested: {member}.").format(member=suggested)
