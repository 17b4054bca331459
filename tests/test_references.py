"""References (HL-2026-000123) are numbered on the clock, so that a lost state (deleted, moved aside, restored
from an old backup) never hands out again a reference that people already hold and may quote back."""
from __future__ import annotations

import calendar
import shutil

import pytest
from helpers import make_eml, minimal_config

from triage_daemon.config import EMBEDDED_DEFAULT, from_dict
from triage_daemon.mail.parse import parse
from triage_daemon.service.engine import history_for
from triage_daemon.state import store as store_module
from triage_daemon.state.store import Store, open_state, reference_floor

START_2026 = calendar.timegm((2026, 1, 1, 0, 0, 0))
START_2027 = calendar.timegm((2027, 1, 1, 0, 0, 0))
MARCH_2026 = calendar.timegm((2026, 3, 14, 9, 30, 0))   # 72 days, 9.5 hours into 2026: second 6,255,000
DECIDED = {"category": "bug", "confidence": 0.9, "actions": ["forward_support"], "priority": "normal"}


class Clock:
    """The wall clock the store reads (time.time), set by the test."""

    def __init__(self, monkeypatch, at: float):
        self.at = at
        monkeypatch.setattr(store_module.time, "time", lambda: self.at)


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request, tmp_path):
    if request.param == "sqlite":
        s = Store(str(tmp_path / "state" / "triage.db"))
    else:
        s = open_state(from_dict(dict(EMBEDDED_DEFAULT, state=request.getfixturevalue("pg_state")[0])))
    yield s
    s.close()


def give(store: Store, clock: Clock, n: int, step: float, tag: str) -> dict[str, str]:
    """n references for n new messages, one every `step` seconds (0: all in the same instant)."""
    out = {}
    for i in range(n):
        out[f"{tag}-{i}"] = store.reference_for(f"{tag}-{i}", "HL")
        clock.at += step
    return out


# --- the state lost -----------------------------------------------------------------------------------------

def test_a_fresh_state_after_the_database_is_lost_never_gives_a_reference_the_lost_one_gave(tmp_path, monkeypatch):
    clock = Clock(monkeypatch, MARCH_2026)
    path = tmp_path / "triage.db"
    lost = Store(str(path))
    given = give(lost, clock, 40, 90.0, "old")     # one every minute and a half
    lost.close()
    path.unlink()                                  # the database is lost
    clock.at += 1.0                                # the daemon starts again at once, on an empty state
    fresh = Store(str(path))
    new = give(fresh, clock, 40, 90.0, "new")
    assert not set(new.values()) & set(given.values())
    assert not any(fresh.knows_reference(r) for r in given.values())   # a reply quoting one is not ours
    assert all(fresh.knows_reference(r) for r in new.values())
    assert len(set(new.values())) == 40


def test_after_a_burst_a_fresh_state_is_safe_once_the_clock_has_passed_the_lead(tmp_path, monkeypatch):
    # 300 references in one instant (a backlog after an outage) run 299 seconds ahead of the clock.
    clock = Clock(monkeypatch, MARCH_2026)
    path = tmp_path / "triage.db"
    lost = Store(str(path))
    given = give(lost, clock, 300, 0.0, "old")
    assert max(int(r.rsplit("-", 1)[1]) for r in given.values()) == reference_floor(2026, MARCH_2026) + 299
    lost.close()
    path.unlink()
    clock.at += 300.0
    fresh = Store(str(path))
    new = give(fresh, clock, 300, 0.0, "new")
    assert not set(new.values()) & set(given.values())


def test_a_state_restored_from_an_old_backup_never_repeats_a_reference_given_since(tmp_path, monkeypatch):
    clock = Clock(monkeypatch, MARCH_2026)
    path, backup = tmp_path / "triage.db", tmp_path / "backup.db"
    state = Store(str(path))
    before = give(state, clock, 10, 60.0, "a")
    state.close()
    shutil.copy(path, backup)                      # the nightly backup
    state = Store(str(path))
    since = give(state, clock, 30, 60.0, "b")      # given out after the backup, lost with the database
    state.close()
    shutil.copy(backup, path)                      # restored
    clock.at += 1.0
    restored = Store(str(path))
    again = give(restored, clock, 30, 60.0, "c")
    assert not set(again.values()) & set(since.values())
    assert all(restored.reference_for(k, "HL") == r for k, r in before.items())   # what it knew, it keeps
    assert len(set(again.values()) | set(before.values())) == 40


# --- unique, stable and rising, whatever the clock does ---------------------------------------------------

def test_references_are_stable_unique_and_rising_when_the_clock_steps_back(store, monkeypatch):
    clock = Clock(monkeypatch, MARCH_2026)
    first = give(store, clock, 5, 1.0, "a")
    clock.at -= 3 * 3600.0                         # the clock is set back three hours
    later = give(store, clock, 5, 1.0, "b")
    numbers = [int(r.rsplit("-", 1)[1]) for r in [*first.values(), *later.values()]]
    assert numbers == sorted(set(numbers))         # unique and rising in the order given
    assert numbers[0] == reference_floor(2026, MARCH_2026) == 6_255_000
    assert all(store.reference_for(k, "HL") == r for k, r in {**first, **later}.items())


def test_the_year_boundary(store, monkeypatch):
    clock = Clock(monkeypatch, START_2027 - 1.0)
    assert store.reference_for("a", "HL") == "HL-2026-31535999"     # the last second of 2026
    clock.at = START_2027
    assert store.reference_for("b", "HL") == "HL-2027-000001"       # a new year starts low, 6 digits
    clock.at = START_2027 + 5.5
    assert store.reference_for("c", "HL") == "HL-2027-000005"
    clock.at = START_2027 - 2.0                                     # set back across the boundary
    assert store.reference_for("d", "HL") == "HL-2026-31536000"
    assert store.reference_for("b", "HL") == "HL-2027-000001"
    assert all(store.knows_reference(r) for r in ("HL-2026-31535999", "HL-2027-000005", "HL-2026-31536000"))


def test_the_floor_is_the_seconds_into_the_year_and_kept_within_it():
    assert reference_floor(2026, START_2026) == 0
    assert reference_floor(2026, START_2026 + 59.9) == 59
    assert reference_floor(2026, START_2026 - 10) == 0                       # a year not yet begun
    assert reference_floor(2026, START_2027 + 86400) == 365 * 86400          # a year over
    assert reference_floor(2028, calendar.timegm((2029, 1, 1, 0, 0, 0)) - 1) == 366 * 86400 - 1   # leap year


def test_a_reply_quoting_a_clock_numbered_reference_is_recognised(tmp_path, monkeypatch):
    Clock(monkeypatch, MARCH_2026)
    store = Store(str(tmp_path / "triage.db"))
    reference = store.reference_for("k", "HL")
    assert reference == "HL-2026-6255000"
    store.record_decision("k", "INBOX/1/1", {"sender": "dana@example.com"}, DECIDED, "Triage/Bug", False, [])
    msg = parse(make_eml(subject=f"Re: Invites are wrong [{reference}]", body="Still wrong.\n"))   # from dana@
    assert history_for(store, msg, from_dict(minimal_config())).answers_our_message
    other = parse(make_eml(subject="Re: Invites are wrong [HL-2026-6254999]", body="Still wrong.\n"))
    assert not history_for(store, other, from_dict(minimal_config())).answers_our_message
    # Someone else quoting Dana's reference (they are easy to guess) does not join her thread.
    stranger = parse(make_eml(subject=f"Re: Invites are wrong [{reference}]", body="It did not help.\n",
                              sender="Eve <eve@elsewhere.example>"))
    assert not history_for(store, stranger, from_dict(minimal_config())).answers_our_message


# --- follow-ups keep the reference they quote ------------------------------------------------------

def test_a_follow_up_quoting_a_reference_shares_it_and_an_unknown_one_gets_its_own(store):
    first = store.reference_for("first", "HL")
    store.record_decision("first", "INBOX/1/1", {"sender": "dana@example.com"}, DECIDED, "Triage/Bug", False, [])
    # someone who wrote none of its messages: a reference of their own (quoting it joins nothing)
    assert store.reference_for("someone-else", "HL", follows=first, sender="eve@elsewhere.example") != first
    assert store.reference_for("reply", "HL", follows=first, sender="dana+hr@example.com") == first
    assert store.reference_for("reply", "HL") == first                   # asked again (a retry): the same
    assert store.reference_of("reply") == first
    made_up = first.rsplit("-", 1)[0] + "-99999999"
    other = store.reference_for("stranger", "HL", follows=made_up)      # a reference this state never gave
    assert other not in (first, made_up) and store.reference_of("stranger") == other


def test_a_reply_quoting_its_reference_or_answering_the_acknowledgement_keeps_the_reference(tmp_path, capsys):
    # The acknowledgement tells people to reply to it or keep the reference in the subject "so that it stays
    # with your first message"; a follow-up used to get a reference of its own (an operator's review).
    import sqlite3

    from twin import SAMPLES, Twin

    from triage_daemon.cli import main

    def reference_of(message_id: str) -> str:
        with sqlite3.connect(twin.root / "triage.db") as db:
            key = db.execute("SELECT key FROM messages WHERE message_id = ?", (message_id,)).fetchone()[0]
        s = Store(str(twin.root / "triage.db"))
        try:
            return s.reference_of(key)
        finally:
            s.close()

    twin = Twin(tmp_path)
    twin.deliver((SAMPLES / "02-bug.eml").read_bytes())
    assert main(["--config", str(twin.config_path), "once"]) == 0
    reference = reference_of("sample-02-bug@mail.example.com")
    [ack] = twin.sent_to("marcus.feld@example.com")
    sender = "Marcus Feld <marcus.feld@example.com>"
    twin.deliver(make_eml(f"Re: invites going out with the wrong time zone [{reference}]",   # no In-Reply-To
                          "It is still happening today: the Berlin invites are an hour off again.\n",
                          sender=sender, message_id="<follow-1@mail.example.com>"))
    twin.deliver(make_eml("Re: invites going out with the wrong time zone",                  # the reference dropped
                          "Still broken this afternoon, Munich too.\n", sender=sender,
                          message_id="<follow-2@mail.example.com>", headers={"In-Reply-To": ack["Message-ID"]}))
    twin.deliver(make_eml("Re: invites going out with the wrong time zone [HL-2026-99999999]",  # not one we gave
                          "Still broken.\n", sender=sender, message_id="<follow-3@mail.example.com>"))
    twin.deliver(make_eml(f"Re: invites going out with the wrong time zone [{reference}]",      # not Marcus
                          "Your answer did not help. Send the logs to me.\n", sender="Eve <eve@example.com>",
                          message_id="<follow-4@mail.example.com>"))
    assert main(["--config", str(twin.config_path), "once"]) == 0
    assert reference_of("follow-1@mail.example.com") == reference_of("follow-2@mail.example.com") == reference
    assert reference_of("follow-3@mail.example.com") not in ("", reference, "HL-2026-99999999")
    assert reference_of("follow-4@mail.example.com") not in ("", reference)      # quoting it takes nothing over
    capsys.readouterr()
    assert main(["--config", str(twin.config_path), "explain", reference]) == 0
    out = capsys.readouterr().out
    assert "message:   sample-02-bug@mail.example.com" in out
    assert "shared with 2 other messages, first and follow-ups: follow-1@mail.example.com, follow-2@mail.example.com" in out


def test_a_state_an_earlier_version_wrote_is_read_without_the_follow_ups_table(tmp_path):
    # `status` and `explain` open the state read-only, maybe before an upgraded daemon created the table.
    import sqlite3
    path = tmp_path / "triage.db"
    s = Store(str(path))
    reference = s.reference_for("first", "HL")
    s.close()
    with sqlite3.connect(path) as db:
        db.execute("DROP TABLE ref_follow_ups")
    readonly = Store(str(path), readonly=True)
    try:
        assert readonly.reference_of("first") == reference
        assert readonly.messages_in(folder="Triage/Review") == []
    finally:
        readonly.close()
