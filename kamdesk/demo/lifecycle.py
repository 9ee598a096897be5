"""Demo lifecycles: each account's phase and how it got there, complaints (some open too
long), and a few customers talking to competitors — enough for endangered accounts and
proposals to show."""

import random
import uuid
from datetime import date, datetime, timedelta
from decimal import Decimal

from kamdesk.demo.stakeholders import Row, synced_row
from kamdesk.domain.complaints import ComplaintStatus, Severity
from kamdesk.domain.lifecycle import Phase

TOPICS = (
    "Lieferung unvollständig",
    "Falsche Artikelnummer geliefert",
    "Rechnung doppelt gestellt",
    "Lieferverzug bei Normteilen",
    "Beschädigte Verpackung",
    "Techniker kam nicht zum Termin",
    "Preiserhöhung ohne Vorankündigung",
)
REASONS = {
    Phase.RETENTION: "Erster Rahmenvertrag unterschrieben.",
    Phase.ENDANGERED: "Zwei offene Reklamationen, Wettbewerber im Haus.",
    Phase.RECOVERY: "Gespräch mit der Geschäftsführung vereinbart.",
    Phase.DISSOLUTION: "Kunde hat den Rahmenvertrag gekündigt.",
    Phase.REVITALISATION: "Neuer Einkaufsleiter, Interesse an einem Neustart.",
}
# The way each phase is usually reached.
PATHS = {
    Phase.ACQUISITION: (),
    Phase.RETENTION: (Phase.RETENTION,),
    Phase.ENDANGERED: (Phase.RETENTION, Phase.ENDANGERED),
    Phase.RECOVERY: (Phase.RETENTION, Phase.ENDANGERED, Phase.RECOVERY),
    Phase.DISSOLUTION: (Phase.RETENTION, Phase.ENDANGERED, Phase.DISSOLUTION),
    Phase.REVITALISATION: (Phase.RETENTION, Phase.DISSOLUTION, Phase.REVITALISATION),
}
_PHASE_WEIGHTS = (1, 14, 2, 1, 1, 1)  # in Phase order
OWNERS = ("Jörg Häußler", "Aylin Demir", "Lukas Brandt")


class DemoLifecycle:
    def __init__(self, rng: random.Random, now: datetime, today: date) -> None:
        self.rng, self.now, self.today = rng, now, today

    def synced(self) -> Row:
        return synced_row(self.rng, self.now)

    def history(self, account_id: uuid.UUID, phase: Phase) -> list[Row]:
        """The steps to the phase, oldest years ago, the last one recent."""
        steps, rows, previous = PATHS[phase], [], Phase.ACQUISITION
        day = self.today - timedelta(days=self.rng.randint(700, 2500))
        for index, step in enumerate(steps):
            recent = index == len(steps) - 1 and step != Phase.RETENTION
            day = (
                self.today - timedelta(days=self.rng.randint(3, 60))
                if recent
                else day + timedelta(days=self.rng.randint(60, 400))
            )
            rows.append(
                {
                    **self.synced(),
                    "account_id": account_id,
                    "changed_on": day,
                    "old_phase": previous,
                    "new_phase": step,
                    "reason": REASONS[step],
                    "changed_by": self.rng.choice(OWNERS),
                }
            )
            previous = step
        return rows

    def complaints(self, account_id: uuid.UUID, troubled: bool) -> list[Row]:
        rng, rows = self.rng, []
        for _ in range(rng.randint(2, 3) if troubled else rng.choices((0, 1, 2), (5, 3, 1))[0]):
            received = self.today - timedelta(days=rng.randint(1, 300))
            waited = (self.today - received).days
            # Old complaints were mostly settled; a troubled account's are still open.
            resolved = not troubled and waited > 1 and (waited > 25 or rng.random() < 0.3)
            rows.append(
                {
                    **self.synced(),
                    "account_id": account_id,
                    "received_on": received,
                    "topic": rng.choice(TOPICS),
                    "severity": rng.choices(list(Severity), (3, 4, 2, 1))[0],
                    "status": ComplaintStatus.RESOLVED
                    if resolved
                    else rng.choice((ComplaintStatus.OPEN, ComplaintStatus.IN_PROGRESS)),
                    "resolved_on": received + timedelta(days=rng.randint(1, min(waited, 40)))
                    if resolved
                    else None,
                    "owner": rng.choice(OWNERS),
                }
            )
        return rows


def steady(figures: list[Row]) -> None:
    """A sound relationship does not lose a tenth of its revenue or half a point of
    satisfaction in a year: soften the latest year's figures (in place)."""
    if len(figures) < 2:
        return
    previous, latest = figures[-2], figures[-1]
    floor = (previous["revenue"] * Decimal("0.95")).quantize(Decimal("0.01"))
    latest["revenue"] = max(latest["revenue"], floor)
    latest["satisfaction"] = max(latest["satisfaction"], previous["satisfaction"])


def lifecycle_rows(
    rng: random.Random, now: datetime, today: date, account: Row, figures: list[Row]
) -> dict[str, list[Row]]:
    """Set the account's phase (in place) and return its history and complaints; the key
    figures of a sound account are made to look sound."""
    demo = DemoLifecycle(rng, now, today)
    phase = rng.choices(list(Phase), _PHASE_WEIGHTS)[0]
    # Some sound accounts are in trouble the KAM has not acted on yet: a proposal to make.
    troubled = phase == Phase.ENDANGERED or (phase == Phase.RETENTION and rng.random() < 0.06)
    account["phase"] = phase
    account["talks_to_competitors"] = troubled and rng.random() < 0.5
    account["dismissed_signals"] = ""
    if not troubled:
        steady(figures)
    return {
        "phase_history": demo.history(account["id"], phase),
        "complaints": demo.complaints(account["id"], troubled),
    }
