"""The `kamdesk` program: without a command it opens the window, with one it is the command
line tool. The one place that knows both."""

import gc
from collections.abc import Sequence

from kamdesk.cli import parse, prepare

YOUNG_OBJECTS_BETWEEN_COLLECTIONS = 50_000


def collect_cycles_rarely() -> None:
    """Python looks for reference cycles every 700 new objects by default; a home view or a
    sync at 50,000 accounts makes millions that live until it ends, and scanning them again
    and again was a third of its time. Our objects rarely form cycles: reference counting
    frees them."""
    gc.set_threshold(YOUNG_OBJECTS_BETWEEN_COLLECTIONS, *gc.get_threshold()[1:])


def main(argv: Sequence[str] | None = None) -> int:
    args = parse(argv)  # --version and --help have answered before anything heavy is loaded
    collect_cycles_rarely()
    prepare(args)
    if args.command is None:
        from kamdesk.ui.shell.app import run_gui  # only the window pays for QtWidgets

        return run_gui(args.data_dir, args.lang, demo=args.demo, team_file=args.team_file)
    from kamdesk.cli.running import run_command  # the sentences of every refusal

    return run_command(args)
