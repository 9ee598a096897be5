"""Text as kamdesk keeps it. Control characters (ESC, BEL, NUL, …) are dropped where text
enters the domain: typed, pasted, imported or synced in, they would reach a terminal as
commands, a calendar file as garbage and a spreadsheet cell as an error."""

import re

_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def one_line(text: str) -> str:
    """A name: one line, single spaces, no control characters."""
    return " ".join(_CONTROLS.sub("", text).split())


def trimmed(text: str) -> str:
    """A one-line field kept as typed inside, without surrounding space or controls."""
    return _CONTROLS.sub("", text.replace("\n", " ").replace("\r", " ")).strip()


def multi_line(text: str) -> str:
    """Notes: lines and tabs kept, line ends made one kind, control characters dropped."""
    return _CONTROLS.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
