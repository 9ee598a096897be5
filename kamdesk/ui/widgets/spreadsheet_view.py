"""The table the plan pages edit like a spreadsheet: whole rows selected, typing starts editing,
compact rows, columns as wide as their contents."""

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

MEASURED_ROWS = 100


class _WordsTable(QTableView):
    """The words column takes the spare width; where there is none (a narrow window, many
    columns) it keeps the width of its words and the table scrolls, where Qt would squeeze a
    stretched column to 100 px and cut its heading."""

    def __init__(self, words: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._words = words

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        self.horizontalHeader().sectionResized.connect(lambda *_: self._fit_words())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_words()

    def _fit_words(self) -> None:
        header, words = self.horizontalHeader(), self._words
        if words >= header.count():
            return
        others = sum(
            header.sectionSize(c)
            for c in range(header.count())
            if c != words and not header.isSectionHidden(c)
        )
        needed = max(header.sectionSizeHint(words), self.sizeHintForColumn(words))
        spare = self.viewport().width() - others >= needed
        mode = QHeaderView.ResizeMode.Stretch if spare else QHeaderView.ResizeMode.ResizeToContents
        if header.sectionResizeMode(words) != mode:
            header.setSectionResizeMode(words, mode)


def spreadsheet_view(model: QAbstractItemModel, stretch: int | None = None) -> QTableView:
    """`stretch` names the column that takes the spare width (the one with words in it)."""
    view = QTableView() if stretch is None else _WordsTable(stretch)
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
    # Columns fit the first rows' words, not all of them: a list of 50,000 reminders was
    # measured (1,000 rows a column by Qt's default) on every refresh, for half a second.
    view.horizontalHeader().setResizeContentsPrecision(MEASURED_ROWS)
    if opened is not None:
        view.activated.connect(lambda _: opened())
    return view
