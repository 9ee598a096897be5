"""The table the plan pages edit like a spreadsheet: whole rows selected, typing starts editing,
compact rows, columns as wide as their contents."""

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView


def spreadsheet_view(model: QAbstractItemModel, stretch: int | None = None) -> QTableView:
    """`stretch` names the column that takes the spare width (the one with words in it)."""
    view = QTableView()
    view.setModel(model)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
    view.setWordWrap(False)
    columns = view.horizontalHeader()
    columns.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch is not None:
        columns.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


def read_only_view(
    model: QAbstractItemModel,
    stretch: int | None = None,
    opened: Callable[[], object] | None = None,
) -> QTableView:
    """A list to pick from, not to type in. `opened` runs on double-click or Enter: Qt's
    `activated` covers both, so it is the one signal connected (with `doubleClicked` as well,
    a double-click would open twice)."""
    view = spreadsheet_view(model, stretch)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    if opened is not None:
        view.activated.connect(lambda _: opened())
    return view
