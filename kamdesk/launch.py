"""The `kamdesk` program: without a command it opens the window, with one it is the command
line tool. The one place that knows both."""

from collections.abc import Sequence

from kamdesk.cli import build_parser, prepare, run_command


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    prepare(args)
    if args.command is None:
        from kamdesk.ui.shell.app import run_gui  # only the window pays for QtWidgets

        return run_gui(args.data_dir, args.lang, demo=args.demo)
    return run_command(args)
