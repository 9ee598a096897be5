import pytest

from kamdesk.domain.errors import InvalidPhaseChange, IssueCode
from kamdesk.domain.lifecycle import PLAYBOOK, Phase, validated_change


def test_every_phase_has_a_playbook_with_a_due_date_per_play() -> None:
    assert set(PLAYBOOK) == set(Phase)
    assert all(entries and all(e.due_in_days > 0 for e in entries) for entries in PLAYBOOK.values())


def test_no_play_is_recommended_in_two_phases() -> None:
    plays = [entry.play for entries in PLAYBOOK.values() for entry in entries]
    assert len(plays) == len(set(plays))


@pytest.mark.parametrize("phase", list(Phase))
def test_only_acquisition_and_retention_may_become_endangered(phase: Phase) -> None:
    assert phase.may_become_endangered == (phase in (Phase.ACQUISITION, Phase.RETENTION))


def test_a_change_keeps_its_reason_trimmed() -> None:
    assert validated_change(Phase.RETENTION, Phase.ENDANGERED, "  Zwei Reklamationen ") == (
        "Zwei Reklamationen"
    )


def test_a_change_needs_a_reason() -> None:
    with pytest.raises(InvalidPhaseChange) as raised:
        validated_change(Phase.RETENTION, Phase.ENDANGERED, "   ")
    assert raised.value.issues[0].code == IssueCode.REASON_REQUIRED


def test_a_change_to_the_same_phase_is_refused() -> None:
    with pytest.raises(InvalidPhaseChange):
        validated_change(Phase.RETENTION, Phase.RETENTION, "Grund")


def test_a_reason_longer_than_2000_characters_is_refused() -> None:
    with pytest.raises(InvalidPhaseChange):
        validated_change(Phase.RETENTION, Phase.RECOVERY, "x" * 2001)
