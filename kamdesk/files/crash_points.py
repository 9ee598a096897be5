"""Fault injection for the crash tests: a sync run with KAMDESK_SYNC_CRASH_AT=<point> kills
its own process at that point, as a power cut would. Unset, a crash point does nothing."""

import os
import signal

CRASH_VARIABLE = "KAMDESK_SYNC_CRASH_AT"
CRASH_POINTS = ("read", "merged", "copied", "replaced", "written", "applied")  # in sync order


def crash_point(name: str) -> None:
    if os.environ.get(CRASH_VARIABLE) == name:
        os.kill(os.getpid(), getattr(signal, "SIGKILL", signal.SIGTERM))
