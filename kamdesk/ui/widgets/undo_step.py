"""A change that has already been made, put on an undo stack so that Ctrl+Z can take it back."""

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtGui import QUndoCommand, QUndoStack

from kamdesk.domain.errors import KamdeskError


class DoneStep(QUndoCommand):
    """Qt calls redo() when a command is pushed; the change is already made, so the first
    call is skipped. Undo and redo that fail (a name taken meanwhile) are reported."""

    def __init__(
        self,
        text: str,
        redo: Callable[[], None],
        undo: Callable[[], None],
        report: Callable[[KamdeskError], None],
    ) -> None:
        super().__init__(text)
        self._redo, self._undo, self._report = redo, undo, report
        self._pushed = False

    def redo(self) -> None:
        if self._pushed:
            self._run(self._redo)
        self._pushed = True

    def undo(self) -> None:
        self._run(self._undo)

    def _run(self, action: Callable[[], None]) -> None:
        try:
            action()
        except KamdeskError as error:
            self._report(error)


def record_change(
    stack: QUndoStack,
    text: str,
    do: Callable[[], None],
    undo: Callable[[], None],
    report: Callable[[KamdeskError], None],
    then: Callable[[], None],
) -> None:
    """Make a change now and put it on the undo stack; `then` runs after the change and after
    each undo and redo (to show the result). A refused change is reported instead and leaves
    nothing to undo."""

    def followed(action: Callable[[], None]) -> Callable[[], None]:
        def run() -> None:
            action()
            then()

        return run

    try:
        followed(do)()
    except KamdeskError as error:
        report(error)
        return
    stack.push(DoneStep(text, followed(do), followed(undo), report))


Item = TypeVar("Item")


def record_item_change(
    stack: QUndoStack,
    text: str,
    before: Item | None,
    after: Item | None,
    save: Callable[[Item], object],
    remove: Callable[[Item], object],
    report: Callable[[KamdeskError], None],
    then: Callable[[], None],
) -> None:
    """Add (no `before`), edit, or remove (no `after`) one item of a list, undoably. Saving
    an item brings a removed one back, so undoing a removal saves it again."""

    def put(item: Item | None, other: Item | None) -> Callable[[], None]:
        def run() -> None:
            if item is not None:
                save(item)
            elif other is not None:
                remove(other)

        return run

    record_change(stack, text, put(after, before), put(before, after), report, then)
