"""New mail is read soon after it arrives, whenever it arrives: before the watch began, while a pass is in
hand, or between two passes. On IMAP the same is tested against Dovecot in test_misbehaving_servers.py
and test_e2e_servers.py; here the Maildir watch and the daemon's loop around it."""
from __future__ import annotations

import os
import threading
import time

import pytest
from twin import SAMPLES, Twin

from triage_daemon import config
from triage_daemon.mail.mailboxes.maildir import MaildirMailbox
from triage_daemon.service.daemon import Daemon


def _mailbox(tmp_path) -> MaildirMailbox:
    box = MaildirMailbox(tmp_path / "inbox", max_bytes=10**6)
    box.open()
    return box


def _drop(box: MaildirMailbox, name: str, sub: str = "new") -> None:
    (box.root / sub / name).write_bytes(b"Subject: hi\r\n\r\nhello\r\n")


def _pass(box: MaildirMailbox) -> int:
    return sum(1 for _ in box.fetch_new())


def test_mail_that_came_after_a_pass_listed_the_inbox_and_before_the_wait_began_is_reported(tmp_path):
    box, stop = _mailbox(tmp_path), threading.Event()
    _drop(box, "1.a.host")
    assert _pass(box) == 1
    _drop(box, "2.b.host")                        # no watch is running at this moment
    began = time.monotonic()
    assert box.wait(20, stop) is True
    assert time.monotonic() - began < 5
    assert box.wait(1.5, stop) is False           # reported once, not again


def test_a_wait_reports_mail_that_arrives_during_it(tmp_path):
    box, stop = _mailbox(tmp_path), threading.Event()
    assert _pass(box) == 0
    timer = threading.Timer(1.0, _drop, (box, "3.c.host"))
    timer.start()
    try:
        began = time.monotonic()
        assert box.wait(20, stop) is True
        assert time.monotonic() - began < 5
    finally:
        timer.cancel()


def test_filing_and_flags_changed_by_another_client_are_not_new_mail(tmp_path):
    box, stop = _mailbox(tmp_path), threading.Event()
    _drop(box, "4.d.host")
    _drop(box, "5.e.host")
    assert _pass(box) == 2
    os.rename(box.root / "new" / "4.d.host", box.root / "cur" / "4.d.host:2,S")   # read elsewhere
    (box.root / "new" / "5.e.host").unlink()                                        # filed away
    assert box.wait(2.5, stop) is False


def test_before_any_pass_the_first_pass_reads_what_is_there(tmp_path):
    box, stop = _mailbox(tmp_path), threading.Event()
    _drop(box, "6.f.host")
    assert box.wait(1.5, stop) is False
    _drop(box, "7.g.host")
    assert box.wait(20, stop) is True


@pytest.mark.timeout(120)
def test_mail_reported_while_a_pass_is_in_hand_is_read_when_that_pass_ends(tmp_path, monkeypatch):
    # A pass every ten minutes: only the watch can bring the forward within the test's 30 s. The bug comes
    # after the first pass listed the inbox and is seen by the watch while that pass is still in hand, when
    # the scheduler drops a start asked for.
    monkeypatch.setattr("triage_daemon.service.daemon.install_signal_handlers", lambda stop, reload: None)
    twin = Twin(tmp_path, "poll_interval = 600\nidle = true\nseed_samples = false\n")
    daemon = Daemon(config.load(str(twin.config_path)))
    real_pass, passes = daemon.run_pass, []

    def slow_first_pass():
        stats = real_pass()
        passes.append(time.monotonic())
        if len(passes) == 1:
            time.sleep(1.5)                  # the watch is running by now
            twin.deliver((SAMPLES / "02-bug.eml").read_bytes(), name="bug.eml")
            time.sleep(3.0)                  # and sees the bug within a second, while this pass runs
        return stats

    daemon.run_pass = slow_first_pass
    thread = threading.Thread(target=daemon.run_forever, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 30
        while not twin.sent_to("support@goodtime.io") and time.monotonic() < deadline:
            assert thread.is_alive(), "the daemon stopped"
            time.sleep(0.2)
        assert twin.sent_to("support@goodtime.io"), (
            f"the bug was not forwarded within 30 s ({len(passes)} pass(es)); it waits for poll_interval")
        assert len(passes) == 2
    finally:
        daemon.stop.set()
        thread.join(30)
    assert not thread.is_alive()
