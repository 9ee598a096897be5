"""Translated names of domain values, shared by the UI and the command line."""

from PySide6.QtCore import QCoreApplication

from kamdesk.domain.classification import HierarchyLevel, Scope, Segment, StatusLevel


def _tr(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def status_level_label(level: StatusLevel) -> str:
    return {
        StatusLevel.C: _tr("C customer"),
        StatusLevel.B: _tr("B customer"),
        StatusLevel.A: _tr("A customer"),
        StatusLevel.LARGE: _tr("Large customer"),
        StatusLevel.ACCOUNT: _tr("Account"),
        StatusLevel.KEY: _tr("Key Account"),
        StatusLevel.STRATEGIC: _tr("Strategic Key Account"),
        StatusLevel.CORPORATE: _tr("Corporate Key Account"),
    }[level]


def scope_label(scope: Scope) -> str:
    return {
        Scope.NATIONAL: _tr("National"),
        Scope.REGIONAL: _tr("Regional"),
        Scope.GLOBAL: _tr("Global"),
    }[scope]


def segment_label(segment: Segment) -> str:
    return {Segment.A: _tr("A"), Segment.B: _tr("B"), Segment.C: _tr("C")}[segment]


def hierarchy_label(level: HierarchyLevel) -> str:
    return {
        HierarchyLevel.EXECUTIVE: _tr("Executive board / managing director"),
        HierarchyLevel.DIVISION_HEAD: _tr("Division head"),
        HierarchyLevel.DEPARTMENT_HEAD: _tr("Department head"),
        HierarchyLevel.TEAM_LEAD: _tr("Team lead"),
        HierarchyLevel.SPECIALIST: _tr("Specialist / clerk"),
        HierarchyLevel.ASSISTANT: _tr("Assistant / secretariat"),
    }[level]


def field_label(field: str) -> str:
    return {
        "name": _tr("Name"),
        "industry": _tr("Industry"),
        "country": _tr("Country"),
        "address": _tr("Address"),
        "segment": _tr("Segment"),
        "status_level": _tr("Status"),
        "scope": _tr("Scope"),
        "owner": _tr("Owner"),
        "notes": _tr("Notes"),
        "revenue": _tr("Revenue"),
    }.get(field, field)
