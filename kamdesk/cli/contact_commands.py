"""`kamdesk contacts list`, `kamdesk coverage` and `kamdesk import contacts`: the stakeholder
map for scripts, through the same service code as the GUI."""

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from kamdesk.cli import Commands, command_parser
from kamdesk.cli.output import print_json, print_table
from kamdesk.domain.classification import HierarchyLevel
from kamdesk.domain.contact_import import CardProblem, DuplicatePolicy, planned_import
from kamdesk.domain.stakeholders import Contact
from kamdesk.i18n.formats import format_date
from kamdesk.i18n.labels import hierarchy_label
from kamdesk.i18n.stakeholder_words import (
    finding_text,
    refused_card_text,
    role_label,
    suggestion_text,
)
from kamdesk.services.stakeholders import StakeholderMap
from kamdesk.services.workspace import Workspace

translate = QCoreApplication.translate


def add_parsers(commands: Commands) -> None:
    contacts = command_parser(commands, "contacts")
    actions = contacts.add_subparsers(dest="contacts_command", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="each contact with level and counterparts")
    listing.add_argument("account", help="id or exact name")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(run=list_contacts)
    coverage = command_parser(commands, "coverage")
    coverage.add_argument("account", help="id or exact name")
    coverage.add_argument("--json", action="store_true", help="print JSON")
    coverage.set_defaults(run=show_coverage)


def add_import_parser(kinds: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    load = kinds.add_parser("contacts", help="contacts from a vCard or CSV file")
    load.add_argument("account", help="id or exact name")
    load.add_argument("file", type=Path, metavar="FILE")
    load.add_argument(
        "--yes",
        action="store_true",
        help="import with the proposed levels, skipping duplicates (without it: a dry run)",
    )
    load.add_argument("--json", action="store_true", help="print JSON")
    load.set_defaults(run=import_contacts)


def level_value(level: HierarchyLevel) -> int | str:
    """SPEC §4's number 1–5, or "assistant"."""
    return level.value if level == HierarchyLevel.ASSISTANT else int(level.value)


def _contact_object(contact: Contact, stakeholders: StakeholderMap) -> dict[str, Any]:
    return {
        "id": contact.id,
        "name": contact.name,
        "unit": contact.unit,
        "function": contact.function,
        "level": level_value(contact.level),
        "buying_role": contact.role,
        "attitude": contact.attitude,
        "quality": contact.quality,
        "last_contact_on": contact.last_contact_on,
        "email": contact.email,
        "phone": contact.phone,
        "counterparts": [
            {"id": m.id, "name": m.name, "level": level_value(m.level)}
            for m in stakeholders.counterparts(contact.id)
        ],
    }


def list_contacts(workspace: Workspace, args: argparse.Namespace) -> int:
    account = workspace.accounts.find(args.account)
    stakeholders = workspace.stakeholders.stakeholder_map(account.id, date.today())
    if args.json:
        print_json([_contact_object(c, stakeholders) for c in stakeholders.contacts])
        return 0
    headers = [
        translate("cli", "Name"),
        translate("cli", "Unit"),
        translate("cli", "Function"),
        translate("cli", "Level"),
        translate("cli", "Role"),
        translate("cli", "Last contact"),
        translate("cli", "Counterparts"),
    ]
    rows = [
        [
            c.name,
            c.unit,
            c.function,
            hierarchy_label(c.level),
            role_label(c.role),
            format_date(c.last_contact_on),
            ", ".join(m.name for m in stakeholders.counterparts(c.id)),
        ]
        for c in stakeholders.contacts
    ]
    print_table(headers, rows)
    return 0


def show_coverage(workspace: Workspace, args: argparse.Namespace) -> int:
    account = workspace.accounts.find(args.account)
    stakeholders = workspace.stakeholders.stakeholder_map(account.id, date.today())
    names = stakeholders.names
    analysis = stakeholders.analysis
    findings = [
        {
            "kind": f.kind,
            "contact_id": f.contact_id,
            "member_id": f.member_id,
            "level": None if f.level is None else level_value(f.level),
            "distance": f.distance,
            "days": f.days,
            "count": f.count,
            "suggestion": f.suggestion,
            "suggestion_name": names.get(f.suggestion) if f.suggestion else None,
            "text": finding_text(f, names),
            "fix": suggestion_text(f, names),
        }
        for f in analysis.findings
    ]
    if args.json:
        print_json(
            {"account": account.fields.name, "coverage": analysis.coverage, "findings": findings}
        )
        return 0
    coverage = (
        translate("cli", "no important contacts")
        if analysis.coverage is None
        else f"{analysis.coverage:.0%}"
    )
    print(translate("cli", "Coverage: {coverage}").format(coverage=coverage))
    for finding in findings:
        print(f"- {finding['text']} {finding['fix']}")
    return 0


def import_contacts(workspace: Workspace, args: argparse.Namespace) -> int:
    """Without a GUI there is nobody to ask: proposed levels are taken, duplicates skipped.
    Without --yes nothing is written; the output says what would be."""
    account = workspace.accounts.find(args.account)
    service = workspace.stakeholders
    preview = service.preview_import(account.id, args.file)
    if args.yes:
        plan = service.import_contacts(account.id, preview.rows, DuplicatePolicy.SKIP).plan
    else:
        plan = planned_import(preview.rows, service.contacts(account.id), DuplicatePolicy.SKIP)
    imported = [{"name": c.name, "level": level_value(c.level), "email": c.email} for c in plan.new]
    skipped = [
        {"name": r.card.name, "reason": "duplicate", "duplicate_of": r.duplicate_of}
        for r in plan.skipped
    ]
    refused = [
        {"position": r.position, "reason": r.problem, "detail": r.detail} for r in preview.refused
    ]
    if args.json:
        print_json(
            {"written": args.yes, "imported": imported, "skipped": skipped, "refused": refused}
        )
        return 0
    not_imported = [r for r in preview.refused if r.problem is not CardProblem.LINE_SKIPPED]
    counts = {"imported": len(imported), "skipped": len(skipped), "refused": len(not_imported)}
    if args.yes:
        summary = translate(
            "cli", "Imported {imported}, skipped {skipped} duplicates, refused {refused}."
        )
    else:
        summary = translate(
            "cli",
            "Would import {imported}, skip {skipped} duplicates, refuse {refused}. Nothing was "
            "written; add --yes to import.",
        )
    print(summary.format(**counts))
    for refused_card in preview.refused:
        print(refused_card_text(refused_card))
    return 0
