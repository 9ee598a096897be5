"""The `kamdesk` program: without a command it opens the window, with one it is the command
line tool. The one place that knows both."""

from collections.abc import Sequence

from kamdesk.cli import parse, prepare


def main(argv: Sequence[str] | None = None) -> int:
    args = parse(argv)  # --version and --help have answered before anything heavy is loaded
    prepare(args)
    if args.command is None:
        from kamdesk.ui.shell.app import run_gui  # only the window pays for QtWidgets

        return run_gui(args.data_dir, args.lang, demo=args.demo, team_file=args.team_file)
    from kamdesk.cli.running import run_command  # the sentences of every refusal

    return run_command(args)
