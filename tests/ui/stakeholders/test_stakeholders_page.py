"""The Stakeholders tab: the map, dragging to assign, findings, contacts, import, export."""

import uuid
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog, QGraphicsRectItem, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from kamdesk.demo.data import load_demo_data
from kamdesk.documents.stakeholder_map import FINDING_COLOURS
from kamdesk.domain.account import AccountFields
from kamdesk.domain.classification import HierarchyLevel as L
from kamdesk.domain.hierarchy_match import FindingKind
from kamdesk.domain.stakeholders import BuyingRole, Contact, Link, TeamMember
from kamdesk.services.workspace import Workspace
from kamdesk.ui.shell.main_window import MainWindow
from kamdesk.ui.stakeholders.contact_dialog import ContactDialog
from kamdesk.ui.stakeholders.contact_import_dialog import LEVEL, ContactImportDialog
from kamdesk.ui.stakeholders.stakeholders_page import StakeholdersPage

from ..conftest import when_modal_dialog

SAMPLES = Path(__file__).parents[2] / "data" / "contacts"
BOSS = uuid.UUID("00000000-0000-4000-8000-000000000001")
DIRECTOR = uuid.UUID("00000000-0000-4000-8000-000000000002")
CLERK = uuid.UUID("00000000-0000-4000-8000-000000000003")


def _open(qtbot: QtBot, data_dir: Path, account_id: uuid.UUID) -> MainWindow:
    window = MainWindow(data_dir)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.accounts_loaded):
        window.show()
    window.resize(1400, 900)
    window.accounts_page.select_account(account_id)
    window.accounts_page.details.setCurrentWidget(window.accounts_page.details.stakeholders)
    return window


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path) -> Iterator[MainWindow]:
    with Workspace.open(data_dir) as workspace:
        account = workspace.accounts.create(AccountFields(name="Müller Maschinenbau GmbH")).id
        people = workspace.stakeholders
        people.save_contact(
            account,
            Contact(
                BOSS,
                "Dr. Katrin Weiß",
                L.EXECUTIVE,
                function="CEO",
                role=BuyingRole.DECISION_MAKER,
                last_contact_on=date.today(),
            ),
        )
        people.save_member(TeamMember(DIRECTOR, "Jörg Häußler", L.EXECUTIVE))
        people.save_member(TeamMember(CLERK, "Aylin Demir", L.SPECIALIST))
    opened = _open(qtbot, data_dir, account)
    yield opened
    opened.close_store()


def press_undo(qtbot: QtBot, window: MainWindow) -> None:
    """Edit › Undo; after a modal dialog no window is active offscreen, so no key reaches it."""
    window.window_actions.undo_action.trigger()


def page_of(window: MainWindow) -> StakeholdersPage:
    return window.accounts_page.details.stakeholders


def kinds(page: StakeholdersPage) -> list[FindingKind]:
    return [f.kind for f in page.findings.rows]


def badges(page: StakeholdersPage, contact_id: uuid.UUID) -> list[tuple[str, str]]:
    """The markers on a contact's card: tooltip and colour."""
    card = page.scene.contact_cards[contact_id]
    return [
        (child.toolTip(), child.brush().color().name())
        for child in card.childItems()
        if isinstance(child, QGraphicsRectItem)
    ]


def drag(qtbot: QtBot, page: StakeholdersPage, start: QPoint, end: QPoint) -> None:
    viewport = page.map_view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(viewport, (start + end) / 2)
    qtbot.mouseMove(viewport, end)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)


def test_dragging_a_colleague_onto_a_contact_assigns_them(qtbot: QtBot, window: MainWindow) -> None:
    page = page_of(window)
    assert FindingKind.UNCOVERED in kinds(page)
    assert badges(page, BOSS) == [("No counterpart", FINDING_COLOURS[FindingKind.UNCOVERED])]
    view = page.map_view
    view.fit()
    member = view.card_position("member", DIRECTOR).toPoint()
    contact = view.card_position("contact", BOSS).toPoint()
    drag(qtbot, page, member, contact)
    assert window.workspace.stakeholders.stakeholder_map(
        window.accounts_page.current_account_id(), date.today()
    ).links == [Link(BOSS, DIRECTOR)]
    assert kinds(page) == []
    assert badges(page, BOSS) == []
    assert (BOSS, DIRECTOR) in page.scene.links
    assert page.coverage.text() == "Coverage: 100%"
    press_undo(qtbot, window)
    assert FindingKind.UNCOVERED in kinds(page)
    assert page.scene.links == {}


def test_a_wrong_level_shows_as_a_dashed_line_and_a_finding_with_a_fix(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = page_of(window)
    page.link(Link(BOSS, CLERK))
    (finding,) = page.findings.rows
    assert (finding.kind, finding.distance, finding.suggestion) == (
        FindingKind.LEVEL_MISMATCH,
        4,
        DIRECTOR,
    )
    line = page.scene.links[(BOSS, CLERK)]
    assert line.pen().style() == Qt.PenStyle.DashLine
    text = page.findings.index(0, 0).data()
    assert "4 levels off" in text and "Suggested: Jörg Häußler" in text
    page.findings_view.selectRow(0)
    qtbot.mouseClick(page.apply_button, Qt.MouseButton.LeftButton)
    assert kinds(page) == []


def test_a_click_opens_the_contact_and_the_edit_is_undoable(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = page_of(window)
    page.map_view.fit()

    def edit(dialog: QWidget) -> None:
        assert isinstance(dialog, ContactDialog)
        dialog.function.setText("Geschäftsführerin")
        dialog.quality.setCurrentIndex(dialog.quality.findData(5))
        dialog.accept()

    when_modal_dialog(ContactDialog, edit)
    point = page.map_view.card_position("contact", BOSS).toPoint()
    qtbot.mouseClick(page.map_view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    (contact,) = window.workspace.stakeholders.contacts(window.accounts_page.current_account_id())
    assert (contact.function, contact.quality) == ("Geschäftsführerin", 5)
    press_undo(qtbot, window)
    (contact,) = window.workspace.stakeholders.contacts(window.accounts_page.current_account_id())
    assert (contact.function, contact.quality) == ("CEO", None)


def test_a_new_contact_with_a_counterpart(qtbot: QtBot, window: MainWindow) -> None:
    page = page_of(window)

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, ContactDialog)
        dialog.name.setText("Petra Schön")
        dialog.level.setCurrentIndex(dialog.level.findData(L.SPECIALIST))
        dialog.role.setCurrentIndex(dialog.role.findData(BuyingRole.PURCHASER))
        for row in range(dialog.team.rowCount()):
            item = dialog.team.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == CLERK:
                item.setCheckState(Qt.CheckState.Checked)
        dialog.accept()

    when_modal_dialog(ContactDialog, fill)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    names = [c.name for c in page.contacts.rows]
    assert "Petra Schön" in names
    stakeholders = page.stakeholders
    assert stakeholders is not None
    petra = next(c for c in stakeholders.contacts if c.name == "Petra Schön")
    assert [m.name for m in stakeholders.counterparts(petra.id)] == ["Aylin Demir"]
    assert petra.id in page.scene.contact_cards


def test_importing_contacts_from_a_vcard_file_with_a_corrected_level(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = page_of(window)
    file = SAMPLES / "google-3.0.vcf"  # Dr. Katrin Weiß again, and Ümit Çelik
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(file), ""))

    def correct(dialog: QWidget) -> None:
        assert isinstance(dialog, ContactImportDialog)
        rows = dialog.model.rows
        assert [r.duplicate_of for r in rows] == [BOSS, None]
        assert dialog.model.index(1, LEVEL).data() == "Team lead"
        dialog.model.setData(dialog.model.index(1, LEVEL), L.DEPARTMENT_HEAD.value)
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    when_modal_dialog(ContactImportDialog, correct)
    page.import_contacts()
    imported = {c.name: c for c in page.contacts.rows}
    assert set(imported) == {"Dr. Katrin Weiß", "Ümit Çelik"}
    assert imported["Ümit Çelik"].level == L.DEPARTMENT_HEAD
    press_undo(qtbot, window)
    assert [c.name for c in page.contacts.rows] == ["Dr. Katrin Weiß"]


def test_a_file_without_contacts_is_explained(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QMessageBox

    junk = tmp_path / "liste.csv"
    junk.write_bytes(b"Artikel;Menge\r\nSchrauben;5\r\n")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(junk), ""))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    page_of(window).import_contacts()
    assert shown and "Nothing was imported" in shown[0]


def test_the_map_exports_as_png_and_svg(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    page = page_of(window)
    for name in ("karte.png", "karte.svg"):
        out = tmp_path / name
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, o=out, **k: (str(o), ""))
        page.export_map()
    image = QImage(str(tmp_path / "karte.png"))
    assert not image.isNull() and image.width() > 1000
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)
    }
    assert len(colours) > 5  # cards, bands and text: not a blank page
    svg = (tmp_path / "karte.svg").read_text(encoding="utf-8")
    assert svg.startswith("<?xml") and "<svg" in svg


def test_ctrl_0_fits_and_ctrl_wheel_zooms(qtbot: QtBot, window: MainWindow) -> None:
    view = page_of(window).map_view
    view.resetTransform()
    view.zoom(2)
    assert view.transform().m11() == pytest.approx(1.15**2)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    fitted = view.transform().m11()
    assert fitted != pytest.approx(1.15**2)


def test_an_account_without_contacts_says_what_to_do(qtbot: QtBot, data_dir: Path) -> None:
    with Workspace.open(data_dir) as workspace:
        account = workspace.accounts.create(AccountFields(name="Leer GmbH")).id
    window = _open(qtbot, data_dir, account)
    page = page_of(window)
    assert page.body.currentWidget() is page.body.hint
    assert "Add contact" in page.body.hint.text()
    window.close_store()


def test_the_models_keep_the_qt_contract(window: MainWindow, qtmodeltester: ModelTester) -> None:
    page = page_of(window)
    page.link(Link(BOSS, CLERK))
    for model in (page.contacts, page.findings, page.jour_fixe.model):
        qtmodeltester.check(model)


def test_a_demo_accounts_map_has_a_card_per_person_and_a_line_per_link(
    qtbot: QtBot, data_dir: Path
) -> None:
    with Workspace.open(data_dir) as workspace:
        load_demo_data(workspace.transactions, 40)
        richest = max(
            (a for a in workspace.accounts.all() if a.fields.status_level.is_key_account),
            key=lambda a: len(workspace.stakeholders.contacts(a.id)),
        )
        expected = workspace.stakeholders.stakeholder_map(richest.id, date.today())
    window = _open(qtbot, data_dir, richest.id)
    scene = page_of(window).scene
    assert set(scene.contact_cards) == {c.id for c in expected.contacts}
    assert set(scene.member_cards) == {m.id for m in expected.members}
    assert set(scene.links) == {(link.contact_id, link.member_id) for link in expected.links}
    assert len(expected.contacts) >= 8 and expected.analysis.findings
    window.close_store()


def test_the_team_dialog_adds_and_renames_colleagues_undoably(
    qtbot: QtBot, window: MainWindow, qtmodeltester: ModelTester
) -> None:
    from kamdesk.ui.stakeholders.team_dialog import NAME, TeamDialog

    page = page_of(window)

    def work(dialog: QWidget) -> None:
        assert isinstance(dialog, TeamDialog)
        qtmodeltester.check(dialog.model)
        dialog.add_member()
        row = next(i for i, m in enumerate(dialog.model.rows) if m.name == "New team member")
        dialog.model.setData(dialog.model.index(row, NAME), "Monika Schönfeld")
        dialog.limit.setValue(3)
        dialog.reject()

    when_modal_dialog(TeamDialog, work)
    page.edit_team()
    names = [m.name for m in window.workspace.stakeholders.members()]
    assert "Monika Schönfeld" in names
    assert window.workspace.stakeholders.overload_limit() == 3
    press_undo(qtbot, window)
    assert "New team member" in [m.name for m in window.workspace.stakeholders.members()]


def test_a_jour_fixe_note_about_a_contact_shows_in_the_contact(
    qtbot: QtBot, window: MainWindow
) -> None:
    from kamdesk.ui.stakeholders.jour_fixe_page import NoteDialog

    jour_fixe = page_of(window).jour_fixe
    qtbot.mouseClick(jour_fixe.set_up, Qt.MouseButton.LeftButton)
    assert jour_fixe.meeting is not None and jour_fixe.held.isVisibleTo(jour_fixe)

    def write(dialog: QWidget) -> None:
        assert isinstance(dialog, NoteDialog)
        dialog.text.setPlainText("Sucht einen Zweitlieferanten für Normteile.")
        dialog.people.item(0).setCheckState(Qt.CheckState.Checked)
        dialog.accept()

    when_modal_dialog(NoteDialog, write)
    jour_fixe.add_note()
    assert jour_fixe.model.index(0, 3).data() == "Dr. Katrin Weiß"
    learnings = window.workspace.jour_fixe.learnings(
        window.accounts_page.current_account_id(), BOSS
    )
    assert [n.text for n in learnings] == ["Sucht einen Zweitlieferanten für Normteile."]
    qtbot.mouseClick(jour_fixe.held, Qt.MouseButton.LeftButton)
    assert jour_fixe.meeting.next_on == date.today() + timedelta(weeks=4)


def test_the_map_opens_as_the_main_view_readable_at_the_default_window_size(
    qtbot: QtBot, data_dir: Path
) -> None:
    with Workspace.open(data_dir) as workspace:
        load_demo_data(workspace.transactions, 12, seed=4)
        account = workspace.accounts.all()[0].id
    window = MainWindow(data_dir)  # no saved geometry: the default size
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.accounts_loaded):
        window.show()
    window.accounts_page.select_account(account)
    window.accounts_page.details.setCurrentWidget(window.accounts_page.details.stakeholders)
    view = page_of(window).map_view
    qtbot.waitUntil(lambda: view.viewport().width() > 300)
    assert view.transform().m11() >= 0.7  # names stay readable; a larger map scrolls
    assert view.width() >= page_of(window).width() * 0.9  # the page's main view
    window.close_store()


def test_a_level_without_link_is_fixed_by_its_suggestion_and_undone_in_one_step(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = page_of(window)
    assert not page.apply_button.isEnabled()  # nothing selected: nothing to apply
    without_link = next(
        i for i, f in enumerate(page.findings.rows) if f.kind is FindingKind.LEVEL_WITHOUT_LINK
    )
    page.findings_view.selectRow(without_link)
    assert page.apply_button.isEnabled()
    qtbot.mouseClick(page.apply_button, Qt.MouseButton.LeftButton)
    assert FindingKind.LEVEL_WITHOUT_LINK not in kinds(page)
    assert (BOSS, DIRECTOR) in page.scene.links
    press_undo(qtbot, window)
    assert FindingKind.LEVEL_WITHOUT_LINK in kinds(page)


def test_apply_suggestion_is_not_offered_for_a_finding_without_one(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = page_of(window)
    window.workspace.stakeholders.remove_member(DIRECTOR)
    window.workspace.stakeholders.remove_member(CLERK)
    page.reload()
    page.findings_view.selectRow(0)
    assert page.findings.rows and all(f.suggestion is None for f in page.findings.rows)
    assert not page.apply_button.isEnabled()
