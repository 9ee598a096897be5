"""A calendar kept in step: sequences rise with changes, ended events go out as cancelled."""

from datetime import UTC, date, datetime, timedelta

from kamdesk.domain.calendar_events import CANCELLED_KEPT, CalendarEntry, next_events

FIRST = datetime(2026, 12, 1, 8, tzinfo=UTC)
LATER = FIRST + timedelta(days=1)
OFFER = CalendarEntry("action:1", date(2026, 12, 3), "Angebot – Kunde AG")


def test_a_new_entry_goes_out_with_sequence_zero() -> None:
    (event,) = next_events([OFFER], {}, FIRST)
    assert (event.entry, event.sequence, event.changed_at, event.cancelled) == (
        OFFER,
        0,
        FIRST,
        False,
    )


def test_an_unchanged_entry_keeps_its_sequence_and_time() -> None:
    sent = {e.entry.key: e for e in next_events([OFFER], {}, FIRST)}
    (event,) = next_events([OFFER], sent, LATER)
    assert (event.sequence, event.changed_at) == (0, FIRST)


def test_a_moved_entry_goes_out_with_the_next_sequence() -> None:
    sent = {e.entry.key: e for e in next_events([OFFER], {}, FIRST)}
    moved = CalendarEntry(OFFER.key, date(2026, 12, 10), OFFER.summary)
    (event,) = next_events([moved], sent, LATER)
    assert (event.entry.day, event.sequence, event.changed_at) == (date(2026, 12, 10), 1, LATER)


def test_an_ended_entry_is_cancelled_once_then_kept_then_forgotten() -> None:
    sent = {e.entry.key: e for e in next_events([OFFER], {}, FIRST)}
    (cancelled,) = next_events([], sent, LATER)
    assert (cancelled.entry, cancelled.sequence, cancelled.cancelled) == (OFFER, 1, True)
    sent = {cancelled.entry.key: cancelled}
    assert next_events([], sent, LATER + timedelta(days=1)) == [cancelled]
    assert next_events([], sent, LATER + CANCELLED_KEPT) == []


def test_an_entry_back_after_its_cancellation_is_confirmed_with_a_higher_sequence() -> None:
    sent = {e.entry.key: e for e in next_events([OFFER], {}, FIRST)}
    sent = {e.entry.key: e for e in next_events([], sent, LATER)}
    (back,) = next_events([OFFER], sent, LATER + timedelta(hours=1))
    assert (back.sequence, back.cancelled) == (2, False)
