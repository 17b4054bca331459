"""Poison messages: one message that breaks classification or composing, or cannot be parsed at all, or
whose reply is refused for good, never blocks the others and never loops forever."""
from __future__ import annotations

import logging

import pytest
from robust_helpers import eml, state_rows
from twin import SAMPLES, SAMPLES_SENT, Twin

from triage_daemon.mail.outboxes import SendError
from triage_daemon.service import engine
from triage_daemon.service.daemon import Daemon

POISON_ID = "poison@mail.example.com"
POISON = eml("how do I add an interviewer to a pool?",
             "Hi, how do I add a new interviewer to an interviewer pool in GoodTime?\n\nThanks, Rita\n",
             sender="Rita Gomez <rita.gomez@example.com>", msgid=f"<{POISON_ID}>")


def twin_with(tmp_path, first: list[tuple[str, bytes]], extra: str = "") -> Twin:
    """A twin whose INBOX holds `first` (handled first), then the six samples."""
    twin = Twin(tmp_path, extra)
    for name, raw in first:
        twin.deliver(raw, name=name)
    for sample in sorted(SAMPLES.glob("*.eml")):
        twin.deliver(sample.read_bytes(), name=f"{sample.stem}.eml")
    return twin


def daemon_for(twin: Twin) -> Daemon:
    d = Daemon(twin.cfg)
    d.open()
    return d


def inbox_names(twin: Twin) -> list[str]:
    return sorted(p.name.split(":")[0] for sub in ("new", "cur") for p in (twin.inbox / sub).iterdir())



def samples_handled_normally(twin: Twin) -> None:
    """The six samples went through as they do on their own: their messages out, each filed."""
    assert len(twin.sent()) == SAMPLES_SENT
    for folder, n in (("Triage/Question", 1), ("Triage/Bug", 1), ("Triage/Blocker", 1), ("Triage/Feature", 1),
                      ("Triage/Escalation", 1), ("Triage/Noise", 1)):
        assert len(twin.folder_files(folder)) == n, folder


@pytest.mark.parametrize("where", ["decide_message", "plan_effects"])
@pytest.mark.parametrize("extra,max_attempts", [("", 3), ("max_attempts = 2\n", 2)], ids=["default-3", "config-2"])
def test_a_message_that_makes_the_engine_raise_is_retried_then_quarantined_with_its_reason(
        where, extra, max_attempts, tmp_path, monkeypatch, caplog):
    twin = twin_with(tmp_path, [("00-poison.eml", POISON)], extra)
    real = getattr(engine, where)

    def explode_on_poison(msg, *args, **kwargs):
        if msg.message_id == POISON_ID:
            raise RuntimeError(f"{where} blew up on this message")
        return real(msg, *args, **kwargs)

    monkeypatch.setattr(engine, where, explode_on_poison)
    caplog.set_level(logging.INFO, logger="triage_daemon")
    daemon = daemon_for(twin)
    try:
        for attempt in range(1, max_attempts):
            stats = daemon.engine.run_pass()
            assert stats.errors == 1 and stats.quarantined == 0
            # Retried, not yet given up; the others in the same pass are done.
            assert inbox_names(twin) == ["00-poison.eml"]
            assert state_rows(twin, "SELECT attempts, status FROM messages WHERE message_id = ?", (POISON_ID,)) == \
                [(attempt, "seen")]
        samples_handled_normally(twin)
        stats = daemon.engine.run_pass()
        assert stats.quarantined == 1
        assert inbox_names(twin) == []
        [quarantined] = twin.folder_files("Triage/Quarantine")
        assert quarantined.read_bytes() == POISON
        [(status, error)] = state_rows(twin, "SELECT status, error FROM messages WHERE message_id = ?", (POISON_ID,))
        assert status == "quarantined"
        assert f"failed {max_attempts} times" in error and f"{where} blew up" in error
        assert any("quarantined" in r.getMessage() and f"{where} blew up" in r.getMessage() and r.levelno >= logging.ERROR
                   for r in caplog.records)
        # Never tried again, never answered.
        stats = daemon.engine.run_pass()
        assert stats.errors == 0 and stats.quarantined == 0
        assert twin.sent_to("rita.gomez@example.com") == []
        samples_handled_normally(twin)
        assert len(twin.all_mailbox_files()) == 7
    finally:
        daemon.close()


@pytest.mark.parametrize("raw", [b"\x00\x01garbage", b"", b"\r\n\r\n"], ids=["garbage", "empty", "blank-lines"])
def test_an_unparseable_message_is_quarantined_on_the_first_pass_and_never_blocks_the_others(raw, tmp_path, caplog):
    twin = twin_with(tmp_path, [("00-bad.eml", raw)])
    caplog.set_level(logging.INFO, logger="triage_daemon")
    daemon = daemon_for(twin)
    try:
        stats = daemon.engine.run_pass()
        assert stats.quarantined == 1
        [quarantined] = twin.folder_files("Triage/Quarantine")
        assert quarantined.read_bytes() == raw
        assert inbox_names(twin) == []
        samples_handled_normally(twin)
        [(error,)] = state_rows(twin, "SELECT error FROM messages WHERE status = 'quarantined'")
        assert error
        assert any("quarantined" in r.getMessage() for r in caplog.records)
        stats = daemon.engine.run_pass()
        assert stats.quarantined == 0 and stats.errors == 0
    finally:
        daemon.close()


class RefusingOutbox:
    """Wraps the real outbox; a permanent 5xx refusal for one recipient."""

    def __init__(self, inner, refuse: str):
        self.inner, self.refuse, self.calls = inner, refuse, []

    def send(self, sender, recipient, message_id, payload, before_data=None):
        self.calls.append(recipient)
        if recipient == self.refuse:
            raise SendError(f"outbox: {recipient} refused: 550 b'5.1.1 <{recipient}>: user unknown'", transient=False)
        self.inner.send(sender, recipient, message_id, payload, before_data)

    def close(self):
        self.inner.close()


def test_a_reply_refused_for_good_is_recorded_as_failed_and_the_message_is_still_filed(tmp_path, caplog):
    twin = twin_with(tmp_path, [])
    caplog.set_level(logging.INFO, logger="triage_daemon")
    daemon = daemon_for(twin)
    outbox = daemon.engine.outbox = RefusingOutbox(daemon.engine.outbox, "dana.cho@example.com")
    try:
        stats = daemon.engine.run_pass()
        assert stats.deferred == 0
        # The refused reply: failed for good, with the server's answer, and an event for `status`.
        [(status, error, attempts)] = state_rows(twin, "SELECT status, error, attempts FROM effects WHERE recipient = ?",
                                           ("dana.cho@example.com",))
        assert (status, attempts) == ("failed", 1)
        assert "550" in error
        assert state_rows(twin, "SELECT COUNT(*) FROM events WHERE kind = 'send_failed'") == [(1,)]
        assert any("failed for good" in r.getMessage() and r.levelno >= logging.ERROR for r in caplog.records)
        # The message is still filed (done), in Triage/Review so that a person sees the answer never went out;
        # nothing else is held up.
        assert state_rows(twin, "SELECT status, folder FROM messages WHERE message_id = 'sample-01-question@mail.example.com'") \
            == [("done", "Triage/Review")]
        assert len(twin.folder_files("Triage/Review")) == 1
        assert inbox_names(twin) == []
        assert len(twin.sent()) == SAMPLES_SENT - 1
        assert twin.sent_to("dana.cho@example.com") == []
        # A failed effect is never retried.
        calls = len(outbox.calls)
        daemon.engine.run_pass()
        assert len(outbox.calls) == calls
        assert daemon.store.summary()["effects"] == {"failed": 1, "sent": SAMPLES_SENT - 1}
    finally:
        daemon.close()
