"""Translated names of domain values, shared by the UI and the command line."""

from PySide6.QtCore import QCoreApplication

from kamdesk.domain.classification import HierarchyLevel, Scope, Segment, StatusLevel

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
        "segment": translate("labels", "Segment"),
        "status_level": translate("labels", "Status"),
        "scope": translate("labels", "Scope"),
        "owner": translate("labels", "Owner"),
        "notes": translate("labels", "Notes"),
        "revenue": translate("labels", "Revenue"),
    }.get(field, field)
