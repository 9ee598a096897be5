"""Hybrid logical clocks (Kulkarni et al.): stamps that follow the wall clock where it is
sane, never go backwards, and order every change of every device the same way everywhere."""

from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

MAX_DRIFT_MS = 7 * 24 * 3600 * 1000  # a remote stamp further ahead came from a wrong clock


class Stamp(NamedTuple):
    """Ordered as a tuple: wall time, then counter, then device (so no two stamps tie)."""

    wall_ms: int
    counter: int
    device: str

    def encode(self) -> str:
        """Sorts as text in the same order as the stamp (fixed-width fields)."""
        return f"{self.wall_ms:015d}-{self.counter:06d}-{self.device}"

    @classmethod
    def decode(cls, text: str) -> "Stamp":
        return _decoded(text)


def far_ahead(remote: Stamp, wall_ms: int) -> bool:
    """Whether a remote stamp lies so far in the future that its device's clock was wrong."""
    return remote.wall_ms - wall_ms > MAX_DRIFT_MS


@dataclass
class HybridClock:
    device: str
    last: Stamp | None = None

    def now(self, wall_ms: int) -> Stamp:
        """A stamp for a local change, later than every stamp seen so far."""
        previous = self.last or Stamp(0, 0, self.device)
        if wall_ms > previous.wall_ms:
            stamp = Stamp(wall_ms, 0, self.device)
        else:
            stamp = Stamp(previous.wall_ms, previous.counter + 1, self.device)
        self.last = stamp
        return stamp

    def receive(self, remote: Stamp, wall_ms: int) -> None:
        """Move past a stamp that came in from another device, however far ahead: refusing
        it would lock the whole team out until real time caught up with one wrong clock.
        Stamps then run ahead of the wall clock and keep ordering every change."""
        previous = self.last or Stamp(0, 0, self.device)
        wall = max(wall_ms, previous.wall_ms, remote.wall_ms)
        if wall == previous.wall_ms == remote.wall_ms:
            counter = max(previous.counter, remote.counter) + 1
        elif wall == previous.wall_ms:
            counter = previous.counter + 1
        elif wall == remote.wall_ms:
            counter = remote.counter + 1
        else:
            counter = 0
        self.last = Stamp(wall, counter, self.device)


@lru_cache(maxsize=4096)
def _decoded(text: str) -> Stamp:
    """Most rows share a few stamps (one per device and sync): decode each once."""
    wall, counter, device = text.split("-", 2)
    return Stamp(int(wall), int(counter), device)
