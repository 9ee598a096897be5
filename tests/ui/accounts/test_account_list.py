"""The account list shows its words whole."""

from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from kamdesk.domain.classification import StatusLevel
from kamdesk.domain.lifecycle import Phase
from kamdesk.i18n.account_cells import PHASE, STATUS
from kamdesk.i18n.labels import status_level_label
from kamdesk.i18n.lifecycle_words import phase_label
from kamdesk.ui.accounts.account_list import AccountList
from kamdesk.ui.accounts.account_table_model import AccountTableModel


def test_status_and_phase_columns_fit_their_longest_word(qtbot: QtBot) -> None:
    QLocale.setDefault(QLocale(QLocale.Language.German))
    listed = AccountList(AccountTableModel())
    qtbot.addWidget(listed)
    metrics, header = listed.fontMetrics(), listed.table.horizontalHeader()
    for column, words in (
        (STATUS, [status_level_label(level) for level in StatusLevel]),
        (PHASE, [phase_label(phase) for phase in Phase]),
    ):
        widest = max(metrics.horizontalAdvance(word) for word in words)
        assert header.sectionSize(column) > widest  # "Durchdringu…" no more
