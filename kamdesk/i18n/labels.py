"""Translated names of domain values, shared by the UI and the command line."""

from PySide6.QtCore import QCoreApplication

from kamdesk.domain.annual_plan import ActionStatus, GoalKind
from kamdesk.domain.backups import BackupReason
from kamdesk.domain.classification import HierarchyLevel, Scope, Segment, StatusLevel
from kamdesk.domain.errors import FileProblem
from kamdesk.domain.scorecard import Criterion
from kamdesk.domain.selection_funnel import CounterPerformance, FunnelOutcome
from kamdesk.domain.status_review import Reason
from kamdesk.domain.value_projects import ProjectArea, ProjectStatus

translate = QCoreApplication.translate


def status_level_label(level: StatusLevel) -> str:
    return {
        StatusLevel.C: translate("labels", "C customer"),
        StatusLevel.B: translate("labels", "B customer"),
        StatusLevel.A: translate("labels", "A customer"),
        StatusLevel.LARGE: translate("labels", "Large customer"),
        StatusLevel.ACCOUNT: translate("labels", "Account"),
        StatusLevel.KEY: translate("labels", "Key Account"),
        StatusLevel.STRATEGIC: translate("labels", "Strategic Key Account"),
        StatusLevel.CORPORATE: translate("labels", "Corporate Key Account"),
    }[level]


def scope_label(scope: Scope) -> str:
    return {
        Scope.NATIONAL: translate("labels", "National"),
        Scope.REGIONAL: translate("labels", "Regional"),
        Scope.GLOBAL: translate("labels", "Global"),
    }[scope]


def segment_label(segment: Segment) -> str:
    return {
        Segment.A: translate("labels", "A"),
        Segment.B: translate("labels", "B"),
        Segment.C: translate("labels", "C"),
    }[segment]


def hierarchy_label(level: HierarchyLevel) -> str:
    return {
        HierarchyLevel.EXECUTIVE: translate("labels", "Executive board / managing director"),
        HierarchyLevel.DIVISION_HEAD: translate("labels", "Division head"),
        HierarchyLevel.DEPARTMENT_HEAD: translate("labels", "Department head"),
        HierarchyLevel.TEAM_LEAD: translate("labels", "Team lead"),
        HierarchyLevel.SPECIALIST: translate("labels", "Specialist / clerk"),
        HierarchyLevel.ASSISTANT: translate("labels", "Assistant / secretariat"),
    }[level]


def field_label(field: str) -> str:
    return {
        "name": translate("labels", "Name"),
        "industry": translate("labels", "Industry"),
        "country": translate("labels", "Country"),
        "address": translate("labels", "Address"),
        "customer_number": translate("labels", "Customer number"),
        "vat_id": translate("labels", "VAT ID"),
        "segment": translate("labels", "Segment"),
        "status_level": translate("labels", "Status"),
        "scope": translate("labels", "Scope"),
        "owner": translate("labels", "Owner"),
        "notes": translate("labels", "Notes"),
        "private_notes": translate("labels", "Private notes"),
        "group_id": translate("labels", "Group"),
        "group": translate("labels", "Group"),
        "portfolio": translate("labels", "Portfolio"),
        "revenue": translate("labels", "Revenue"),
        "score": translate("labels", "Score"),
        "year": translate("labels", "Year"),
        "contribution_margin": translate("labels", "Contribution margin"),
        "potential": translate("labels", "Potential"),
        "share_of_wallet": translate("labels", "Share of wallet (%)"),
        "satisfaction": translate("labels", "Satisfaction (1–5)"),
        "amount": translate("labels", "Amount"),
        "competitor": translate("labels", "Competitor"),
        "title": translate("labels", "Title"),
        "unit": translate("labels", "Unit"),
        "function": translate("labels", "Function"),
        "email": translate("labels", "Email"),
        "phone": translate("labels", "Phone"),
        "quality": translate("labels", "Relationship quality (1–5)"),
        "interval_days": translate("labels", "Contact interval (days)"),
        "interval_weeks": translate("labels", "Interval (weeks)"),
        "text": translate("labels", "Text"),
        "phase": translate("labels", "Phase"),
        "topic": translate("labels", "Topic"),
        "severity": translate("labels", "Severity"),
        "received_on": translate("labels", "Received"),
        "resolved_on": translate("labels", "Resolved"),
        "reason": translate("labels", "Reason"),
        "status": translate("labels", "Status"),
        "open_complaints": translate("labels", "Open complaints at once"),
        "complaint_days": translate("labels", "Complaint open longer than (days)"),
        "satisfaction_drop": translate("labels", "Satisfaction drop (points)"),
        "revenue_drop_percent": translate("labels", "Revenue drop (%)"),
        "no_contact_days": translate("labels", "No contact for (days)"),
    }.get(field, field)


def criterion_label(criterion: Criterion) -> str:
    """The KAM's own name for a criterion, or the translated name of a built-in one."""
    if criterion.name:
        return criterion.name
    return {
        "lighthouse": translate("labels", "Lighthouse / reference customer"),
        "opinion_leader": translate("labels", "Opinion leader in its industry"),
        "complex_relationship": translate("labels", "Complex relationship"),
        "countries": translate("labels", "Number of countries"),
        "sites": translate("labels", "Number of sites"),
        "revenue": translate("labels", "Revenue (average of the last three years)"),
        "potential": translate("labels", "Potential"),
        "contribution_margin": translate("labels", "Contribution margin"),
    }.get(criterion.key, criterion.key)


def benefit_label(benefit: str) -> str:
    return {
        "dedicated_contact": translate("labels", "Dedicated contact person"),
        "response_24h": translate("labels", "Answer within 24 hours"),
        "response_4h": translate("labels", "Answer within 4 hours"),
        "planning_workshop": translate("labels", "Joint annual planning workshop"),
        "executive_sponsor": translate("labels", "Executive sponsor on our board"),
    }.get(benefit, benefit)


def reason_label(reason: str) -> str:
    """Reasons kamdesk wrote itself are codes; the KAM's own reasons are shown as written."""
    labels: dict[str, str] = {
        Reason.AUTOMATIC_REVIEW: translate("labels", "Automatic review: points below the level"),
        Reason.REVIEW_CONFIRMED: translate("labels", "Review confirmed"),
        Reason.SELECTION_FUNNEL: translate("labels", "Selection funnel"),
        Reason.UNDONE: translate("labels", "Change undone"),
    }
    return labels.get(reason, reason)


def counter_performance_label(kind: str) -> str:
    labels: dict[str, str] = {
        CounterPerformance.COUNTRY_ACCESS: translate("labels", "Access to further countries"),
        CounterPerformance.SITE_ACCESS: translate("labels", "Access to further sites"),
        CounterPerformance.CONTACT_ACCESS: translate("labels", "Access to further contacts"),
        CounterPerformance.JOINT_STRATEGY: translate("labels", "Commitment to a joint strategy"),
        CounterPerformance.MARKETING_PROJECTS: translate("labels", "Joint marketing projects"),
        CounterPerformance.DEVELOPMENT_WORKSHOPS: translate(
            "labels", "Joint development workshops"
        ),
        "other": translate("labels", "Something else"),
    }
    return labels.get(kind, kind)


def funnel_outcome_label(outcome: FunnelOutcome) -> str:
    return {
        FunnelOutcome.KEY_ACCOUNT: translate("labels", "Key-account care agreed"),
        FunnelOutcome.DECLINED: translate("labels", "Declined by the customer: Großkunde"),
        FunnelOutcome.NOT_QUALIFIED_STRATEGIC: translate(
            "labels", "Not qualified: too few strategic points (gate 1)"
        ),
        FunnelOutcome.NOT_QUALIFIED_FIGURES: translate(
            "labels", "Not qualified: hard figures below the minimum (gate 2)"
        ),
    }[outcome]


def goal_kind_label(kind: GoalKind) -> str:
    return {
        GoalKind.REVENUE: translate("labels", "Revenue"),
        GoalKind.MARGIN: translate("labels", "Contribution margin"),
        GoalKind.SHARE_OF_WALLET: translate("labels", "Share of wallet (%)"),
        GoalKind.STRATEGIC: translate("labels", "Strategic goal"),
    }[kind]


def action_status_label(status: ActionStatus) -> str:
    return {
        ActionStatus.OPEN: translate("labels", "Open"),
        ActionStatus.IN_PROGRESS: translate("labels", "In progress"),
        ActionStatus.DONE: translate("labels", "Done"),
        ActionStatus.CANCELLED: translate("labels", "Cancelled"),
    }[status]


def project_area_label(area: ProjectArea) -> str:
    return {
        ProjectArea.LOGISTICS: translate("labels", "Logistics"),
        ProjectArea.IT: translate("labels", "IT"),
        ProjectArea.RESEARCH: translate("labels", "Research and development"),
        ProjectArea.ADMINISTRATION: translate("labels", "Administration"),
        ProjectArea.PRODUCTION: translate("labels", "Production"),
    }[area]


def project_status_label(status: ProjectStatus) -> str:
    return {
        ProjectStatus.IDEA: translate("labels", "Idea"),
        ProjectStatus.PLANNED: translate("labels", "Planned"),
        ProjectStatus.RUNNING: translate("labels", "Running"),
        ProjectStatus.DONE: translate("labels", "Done"),
        ProjectStatus.DROPPED: translate("labels", "Dropped"),
    }[status]


def file_problem_label(problem: str) -> str:
    """What went wrong with a file (a FileProblem's value), as the end of a sentence."""
    labels: dict[str, str] = {
        FileProblem.DISK_FULL: translate("labels", "the disk is full"),
        FileProblem.NO_PERMISSION: translate("labels", "you have no permission there"),
        FileProblem.READ_ONLY: translate("labels", "the drive is read-only"),
        FileProblem.NOT_A_FILE: translate("labels", "a folder stands where the file should be"),
        FileProblem.IO: translate("labels", "the disk or the network failed"),
    }
    return labels.get(problem, translate("labels", "the system refused it"))


def backup_reason_label(reason: BackupReason) -> str:
    return {
        BackupReason.MIGRATION: translate("labels", "Before an upgrade of kamdesk"),
        BackupReason.DAILY: translate("labels", "Daily"),
        BackupReason.MANUAL: translate("labels", "Made by you"),
        BackupReason.RESTORE: translate("labels", "Before a restore"),
    }[reason]
