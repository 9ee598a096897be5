"""Export contacts, of one account or of all, to vCard (phones, Outlook, Apple Contacts,
Google) or to Outlook's CSV, on the worker."""

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from kamdesk.ui.widgets.export_path import export_path
from kamdesk.ui.widgets.worker import Progress, run_with_progress

if TYPE_CHECKING:
    from kamdesk.services.stakeholders import StakeholderService

translate = QCoreApplication.translate


def export_contacts(
    parent: QWidget,
    stakeholders: "StakeholderService",
    account: tuple[uuid.UUID, str] | None,
    exported: Callable[[Path], None],
    failed: Callable[[Exception], None],
) -> None:
    """Of one account (id, name) or of all (None); `exported` hears where they went."""
    types = [
        (translate("ContactExport", "vCard (phones, Outlook, Apple, Google)"), ".vcf"),
        (translate("ContactExport", "Outlook CSV"), ".csv"),
    ]
    name = account[1] if account else translate("ContactExport", "Contacts")
    path = export_path(parent, translate("ContactExport", "Export contacts"), name, types)
    if path is None:
        return
    account_id = account[0] if account else None

    def work(_: Progress) -> Path:
        from kamdesk.files.contact_export import write_contacts  # vobject: only when exporting

        write_contacts(path, stakeholders.address_book(account_id))
        return path

    text = translate("ContactExport", "Exporting to {file}…").format(file=path.name)
    run_with_progress(parent, text, work, exported, failed)
