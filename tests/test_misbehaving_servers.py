"""The real Dovecot and Postfix, configured per test to misbehave as servers out there do: Postfix
answering 4xx or 5xx for a recipient, or offering no STARTTLS; Dovecot without MOVE, without UIDPLUS,
without custom keywords in PERMANENTFLAGS. What the daemon said to Dovecot is read from Dovecot's own
protocol log, what it handed Postfix from Postfix's log and from the inboxes mail was delivered to."""
from __future__ import annotations

import email
import email.policy
import re
import sqlite3
import threading
import time
from pathlib import Path

import pytest
from robust_helpers import HELPLINE, imap_count, postfix_log_barrier, server_config

from triage_daemon import config as config_mod
from triage_daemon.mail.mailboxes.imap import ImapMailbox
from triage_daemon.service.daemon import Daemon
from triage_daemon.service.engine import RETRY_BASE

ALICE = "alice@example.com"
SUPPORT = "support@goodtime.io"


def eml(subject: str, body: str, msgid: str, sender: str = ALICE) -> bytes:
    head = [f"From: Alice Example <{sender}>", f"To: {HELPLINE}", f"Subject: {subject}",
            "Date: Tue, 03 Mar 2026 09:00:00 +0000", f"Message-ID: {msgid}", "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=utf-8"]
    return ("\r\n".join(head) + "\r\n\r\n" + body + "\r\n").encode()


def question(msgid: str) -> bytes:
    return eml("how do I reach goodtime support?", "Hi, what's the email address for GoodTime Support and are "
               "they available on weekends? Thanks, Alice", msgid)


def bug(msgid: str) -> bytes:
    return eml("invites going out with the wrong time zone",
               "Since this morning every calendar invite I send from GoodTime to interviewers in Berlin shows the "
               "interview one hour off. The candidate confirmation is right, the interviewer invite is wrong.", msgid)


@pytest.fixture
def env(clean_mail, monkeypatch):
    monkeypatch.setenv("TRIAGE_MAILBOX_PASSWORD", clean_mail.password(HELPLINE))
    for name in ("TRIAGE_CONFIG", "TRIAGE_FAULT", "TRIAGE_OUTBOX_PASSWORD"):
        monkeypatch.delenv(name, raising=False)
    return clean_mail


def daemon(servers, tmp_path: Path, extra: str = "", starttls: str = "off") -> Daemon:
    tmp_path.mkdir(parents=True, exist_ok=True)
    # One outgoing message per case: no acknowledgement beside the forward (they are tested elsewhere).
    path = server_config(servers, tmp_path, extra="idle = false\nacknowledge = false\n" + extra)
    path.write_text(path.read_text().replace('starttls = "off"', f'starttls = "{starttls}"'))
    cfg = config_mod.load(str(path))
    d = Daemon(cfg)
    d.open()
    return d


def rows(tmp_path: Path, sql: str) -> list[tuple]:
    db = sqlite3.connect(tmp_path / "triage.db")
    try:
        return db.execute(sql).fetchall()
    finally:
        db.close()


def rejected(servers, position, address: str) -> int:
    """How many RCPT TO for `address` Postfix refused since `position` (after a log barrier)."""
    postfix_log_barrier(servers, position)
    return len(re.findall(rf"NOQUEUE: reject: RCPT from .*<{re.escape(address)}>",
                          servers.logs_since(position, "postfix")))


def parsed(raw: bytes):
    return email.message_from_bytes(raw, policy=email.policy.default)


class Clock:
    """The engine's clock, stepped by the test: the retry schedule without waiting an hour."""

    def __init__(self):
        self.now = time.time()

    def __call__(self) -> float:
        return self.now


# --- SMTP: 4xx and 5xx from a real Postfix --------------------------------------------------------------------

def test_a_4xx_keeps_the_message_queued_and_retries_after_30s_doubling_to_an_hour_then_sends_it(env, tmp_path):
    env.set_recipient_access({SUPPORT: "450 4.2.1 mailbox busy, try later"})
    env.deliver(HELPLINE, bug("<busy-1@mail.example.com>"))
    position = env.log_position()
    d = daemon(env, tmp_path)
    clock = d.engine.clock = Clock()
    try:
        stats = d.engine.run_pass()
        assert (stats.decided, stats.sent, stats.deferred) == (1, 0, 1)
        [(status, attempts, next_try, error)] = rows(tmp_path, "SELECT status, attempts, next_try, error FROM effects")
        assert (status, attempts) == ("pending", 1)
        assert next_try == pytest.approx(clock.now + RETRY_BASE)
        assert "450" in error and "mailbox busy" in error
        assert d.store.summary()["effects"] == {"pending": 1}
        delays = []
        while len(delays) < 9:
            # A second before it is due: not tried (the state would count the attempt).
            clock.now = next_try - 1
            assert d.engine.run_pass().deferred == 1
            assert rows(tmp_path, "SELECT attempts FROM effects") == [(attempts,)]
            # When it is due: tried again, refused again, due again after twice the delay (at most an hour).
            clock.now = next_try
            assert d.engine.run_pass().deferred == 1
            [(status, attempts, next_try)] = rows(tmp_path, "SELECT status, attempts, next_try FROM effects")
            assert status == "pending"
            delays.append(round(next_try - clock.now))
        assert delays == [60, 120, 240, 480, 960, 1920, 3600, 3600, 3600]
        assert rejected(env, position, SUPPORT) == attempts == 10   # each try reached the real server
        assert imap_count(env, "INBOX") == 1                        # not filed while its forward waits
        assert env.fetch_all(SUPPORT) == []

        env.set_recipient_access({})                                # the server takes mail again
        clock.now = next_try
        stats = d.engine.run_pass()
        assert (stats.sent, stats.deferred) == (1, 0)
    finally:
        d.close()
    [forward] = env.wait_for_mail(SUPPORT)
    assert "wrong time zone" in str(parsed(forward)["Subject"])
    assert rows(tmp_path, "SELECT status, attempts FROM effects") == [("sent", 11)]
    assert imap_count(env, "INBOX") == 0 and imap_count(env, "Triage/Bug") == 1


def test_a_5xx_is_recorded_as_failed_with_the_servers_answer_and_the_original_goes_to_review(env, tmp_path, caplog):
    env.set_recipient_access({ALICE: "550 5.1.1 no such user here"})
    env.deliver(HELPLINE, question("<refused-1@mail.example.com>"))
    position = env.log_position()
    d = daemon(env, tmp_path)
    try:
        stats = d.engine.run_pass()
        assert (stats.decided, stats.sent, stats.deferred) == (1, 0, 0)
        [(status, attempts, error)] = rows(tmp_path, "SELECT status, attempts, error FROM effects")
        assert (status, attempts) == ("failed", 1)
        assert "550" in error and "no such user here" in error
        assert any("failed for good" in r.getMessage() for r in caplog.records)
        assert rows(tmp_path, "SELECT status, folder FROM messages") == [("done", "Triage/Review")]
        assert imap_count(env, "Triage/Review") == 1 and imap_count(env, "INBOX") == 0
        # Never tried again.
        d.engine.run_pass()
        assert rejected(env, position, ALICE) == 1
        assert rows(tmp_path, "SELECT status, attempts FROM effects") == [("failed", 1)]
        assert d.store.summary()["effects"] == {"failed": 1}
        assert d.store.summary()["events"].get("send_failed") == 1
    finally:
        d.close()


def test_a_message_handed_over_without_an_answer_is_sent_once_more_then_left_to_a_person(env, tmp_path, monkeypatch):
    # Postfix answered the end of DATA after our timeout (a slow content filter) and delivered anyway; the
    # effect went back to 'pending' and every retry sent one more copy (3 in 5 minutes, up to 50; a hostile
    # review). Now: once more under the same Message-ID, then failed and filed for a person.
    from triage_daemon.mail.outboxes import smtp as smtp_mod
    monkeypatch.setattr(smtp_mod, "TIMEOUT", 1.5)
    env.configure_postfix("smtpd_end_of_data_restrictions = sleep 4, permit")
    try:
        env.deliver(HELPLINE, bug("<slow-filter@mail.example.com>"))
        env.wait_for_mail(HELPLINE)
        d = daemon(env, tmp_path)
        clock = d.engine.clock = Clock()
        try:
            stats = d.engine.run_pass()
            assert (stats.sent, stats.deferred) == (0, 1)
            [(status, next_try, attempts)] = rows(tmp_path, "SELECT status, next_try, attempts FROM effects")
            assert status == "sending"                      # it may have arrived
            assert attempts == 1                            # one try, counted once (it counted twice)
            clock.now = next_try
            d.engine.run_pass()
            [(status, error)] = rows(tmp_path, "SELECT status, error FROM effects")
            assert status == "failed" and "not sent again" in error
            for _ in range(3):                              # no third copy, however long we wait
                clock.now += 7200
                assert d.engine.run_pass().sent == 0
        finally:
            d.close()
        env.wait_queue_empty()
        copies = env.deliveries([SUPPORT])
        assert list(copies.values()) == [2], copies       # the one resend, under the same Message-ID
        assert imap_count(env, "Triage/Review") == 1 and imap_count(env, "INBOX") == 0
    finally:
        env.configure_postfix("")


def test_starttls_require_sends_nothing_to_an_smtp_server_that_offers_no_starttls(env, tmp_path):
    env.configure_postfix("smtpd_tls_security_level = none")   # no STARTTLS on the smtp port
    env.deliver(HELPLINE, question("<no-starttls@mail.example.com>"))
    position = env.log_position()
    # The mailbox goes over STARTTLS too (`require` covers both), which Dovecot offers.
    d = daemon(env, tmp_path, f'ca_file = "{env.ca_file}"\n', starttls="require")
    try:
        assert d.cfg.starttls == "require"
        stats = d.engine.run_pass()
    finally:
        d.close()
    assert (stats.decided, stats.sent) == (1, 0)
    [(status, error)] = rows(tmp_path, "SELECT status, error FROM effects")
    assert status == "failed" and "does not offer STARTTLS" in error
    postfix_log_barrier(env, position)
    log = env.logs_since(position, "postfix")
    assert "connect from" in log                       # it did connect and ask ...
    assert "client=unknown" not in log                 # ... and started no mail transaction in the clear
    assert imap_count(env, "Triage/Review") == 1       # a person sees the question the daemon could not answer


# --- IMAP: filing without MOVE, without UIDPLUS, without custom keywords --------------------------------------

def commands_matching(servers, pattern: str) -> list[str]:
    return [c for c in servers.imap_commands(HELPLINE) if re.search(pattern, c, re.IGNORECASE)]


def test_without_move_a_message_is_filed_by_copy_deleted_and_uid_expunge_of_its_uid_only(env, tmp_path):
    env.drop_imap_capabilities("MOVE")
    env.set_recipient_access({ALICE: "450 4.2.1 try later"})   # the question's reply must wait ...
    env.deliver(HELPLINE, question("<waits@mail.example.com>"))
    env.deliver(HELPLINE, bug("<filed@mail.example.com>"))     # ... while the bug is forwarded and filed
    client = env.imap(HELPLINE)                                # a person deleted the question in a client
    client.select_folder("INBOX")                              # that flags but never expunges
    [waiting_uid] = client.search(["HEADER", "Message-ID", "waits@mail.example.com"])
    client.add_flags([waiting_uid], [b"\\Deleted"])
    client.logout()
    env.record_protocol(HELPLINE)                              # what the daemon says from here on
    d = daemon(env, tmp_path)
    try:
        assert b"MOVE" not in d.mailbox.capabilities and b"UIDPLUS" in d.mailbox.capabilities
        stats = d.engine.run_pass()
    finally:
        d.close()
    assert (stats.decided, stats.sent, stats.deferred) == (2, 1, 1)
    assert imap_count(env, "Triage/Bug") == 1
    # The waiting question is still in the INBOX, \Deleted as the person left it: a bare EXPUNGE would have
    # destroyed it; UID EXPUNGE removed only the filed message's UID.
    client = env.imap(HELPLINE)
    try:
        client.select_folder("INBOX", readonly=True)
        assert client.search(["ALL"]) == [waiting_uid]
        assert b"\\Deleted" in client.get_flags([waiting_uid])[waiting_uid]
    finally:
        client.logout()
    assert not commands_matching(env, r"^(UID )?MOVE ")
    [copy] = commands_matching(env, r"^UID COPY ")
    [store] = commands_matching(env, r"^UID STORE .*\+FLAGS.*\\Deleted")
    [expunge] = commands_matching(env, r"^UID EXPUNGE ")
    filed_uid = copy.split()[2]
    assert filed_uid != str(waiting_uid) and store.split()[2] == filed_uid and expunge.split()[2] == filed_uid
    assert not commands_matching(env, r"^EXPUNGE")


def test_without_move_or_uidplus_a_message_is_only_copied_and_never_handled_twice(env, tmp_path):
    env.drop_imap_capabilities("MOVE", "UIDPLUS")
    env.record_protocol(HELPLINE)
    env.deliver(HELPLINE, bug("<copy-only@mail.example.com>"))
    d = daemon(env, tmp_path)
    try:
        assert not {b"MOVE", b"UIDPLUS"} & d.mailbox.capabilities
        assert d.engine.run_pass().sent == 1
        second = d.engine.run_pass()
    finally:
        d.close()
    assert (second.fetched, second.sent) == (0, 0)
    env.wait_queue_empty()
    assert len(env.fetch_all(SUPPORT)) == 1
    assert imap_count(env, "Triage/Bug") == 1
    # The original stays in the INBOX, unflagged: an EXPUNGE could remove other clients' deletions.
    client = env.imap(HELPLINE)
    try:
        client.select_folder("INBOX", readonly=True)
        [uid] = client.search(["ALL"])
        assert b"\\Deleted" not in client.get_flags([uid])[uid]
    finally:
        client.logout()
    assert commands_matching(env, r"^UID COPY ")
    assert not commands_matching(env, r"MOVE |EXPUNGE|\\Deleted")
    assert rows(tmp_path, "SELECT status FROM messages") == [("done",)]


def test_the_triaged_keyword_is_set_only_where_permanentflags_allow_custom_keywords(env, tmp_path):
    env.record_protocol(HELPLINE)
    env.deliver(HELPLINE, bug("<keyword@mail.example.com>"))
    d = daemon(env, tmp_path)
    try:
        assert d.mailbox.keywords_allowed                    # Dovecot: PERMANENTFLAGS (... \*)
        assert d.engine.run_pass().sent == 1
    finally:
        d.close()
    client = env.imap(HELPLINE)
    try:
        client.select_folder("Triage/Bug", readonly=True)
        [uid] = client.search(["ALL"])
        assert b"$Triaged" in client.get_flags([uid])[uid]
    finally:
        client.logout()
    assert commands_matching(env, r"^UID STORE .*\$Triaged")

    # The same, on a server that allows no custom keywords (as Microsoft 365): here an ACL without the
    # 'w' right, so that Dovecot's PERMANENTFLAGS are (\Deleted \Seen).
    acl = env.root / "dovecot" / "global-acl"
    acl.write_text("* owner lrsitpekx\n")
    acl.chmod(0o644)
    env.configure_dovecot(f"mail_plugins = $mail_plugins acl\nplugin {{\n  acl = vfile:{acl}\n}}")
    env.record_protocol(HELPLINE)
    before = len(env.imap_commands(HELPLINE))
    env.deliver(HELPLINE, bug("<no-keyword@mail.example.com>"))
    d = daemon(env, tmp_path / "second")
    try:
        assert not d.mailbox.keywords_allowed
        assert d.engine.run_pass().sent == 1
    finally:
        d.close()
    assert imap_count(env, "Triage/Bug") == 2 and imap_count(env, "INBOX") == 0
    assert not [c for c in env.imap_commands(HELPLINE)[before:] if "$Triaged" in c]


def test_a_message_a_person_moved_or_deleted_before_it_was_filed_is_not_recorded_as_filed(env, tmp_path):
    # Dovecot's UID MOVE skips a UID that is gone without a word: the state said "filed in Triage/Bug" for a
    # message a person had moved to Review, and for one they had deleted (a hostile review).
    for n in range(3):
        env.deliver(HELPLINE, bug(f"<moved-away-{n}@mail.example.com>"))
    env.wait_for_mail(HELPLINE, count=3)
    mailbox = ImapMailbox(config_mod.load(str(server_config(env, tmp_path))))
    person = ImapMailbox(config_mod.load(str(server_config(env, tmp_path)))).connect()
    try:
        fetched = list(mailbox.fetch_new(None))
        assert len(fetched) == 3
        uids = [int(f.ref.rsplit("/", 1)[-1]) for f in fetched]
        person.select_folder("INBOX")
        person.create_folder("Triage/Review")
        person.move([uids[0]], "Triage/Review")              # a person moves one to Review ...
        person.add_flags([uids[1]], [b"\\Deleted"])       # ... and deletes another
        person.uid_expunge([uids[1]])
        refs = mailbox.file_many([(f.ref, "Triage/Bug", False) for f in fetched])
        assert refs[:2] == ["", ""] and refs[2] == f"Triage/Bug/filed/{uids[2]}"
    finally:
        person.logout()
        mailbox.close()
    assert imap_count(env, "Triage/Review") == 1 and imap_count(env, "Triage/Bug") == 1
    assert imap_count(env, "INBOX") == 0


def test_a_long_backlog_is_filed_in_commands_of_a_bounded_size(env, tmp_path, monkeypatch):
    # After an outage thousands of UIDs may wait; one command line for all of them could pass the server's
    # limit (Dovecot: 64 KiB). A chunk of 2 here stands for the 500 of a real run.
    from triage_daemon.mail.mailboxes import imap as imap_mod
    monkeypatch.setattr(imap_mod, "FILE_CHUNK", 2)
    for n in range(5):
        env.deliver(HELPLINE, bug(f"<backlog-{n}@mail.example.com>"))
    env.wait_for_mail(HELPLINE, count=5)
    env.record_protocol(HELPLINE)
    mailbox = ImapMailbox(config_mod.load(str(server_config(env, tmp_path))))
    try:
        fetched = list(mailbox.fetch_new(None))
        before = len(env.imap_commands(HELPLINE))
        refs = mailbox.file_many([(f.ref, "Triage/Bug", False) for f in fetched])
    finally:
        mailbox.close()
    assert len(refs) == 5 and all(r.startswith("Triage/Bug/filed/") for r in refs)
    moves = [c for c in env.imap_commands(HELPLINE)[before:] if c.upper().startswith(("UID MOVE", "UID COPY"))]
    assert len(moves) == 3 and all(len(c.split()[2].split(",")) <= 2 for c in moves), moves
    assert imap_count(env, "Triage/Bug") == 5 and imap_count(env, "INBOX") == 0


# --- IDLE -----------------------------------------------------------------------------------------------------

def test_idle_reports_within_seconds_mail_that_came_between_select_and_idle(env, tmp_path):
    # Dovecot does not announce mail that came after SELECT and before IDLE until its next keepalive,
    # 35 s later (other servers: maybe never before the IDLE is renewed). The watch looks at UIDNEXT
    # a second into IDLE. (Before it did, a CI run waited out the 60 s of an e2e test on this.)
    mailbox = ImapMailbox(config_mod.load(str(server_config(env, tmp_path))))
    stop = threading.Event()
    assert list(mailbox.fetch_new(None)) == []               # a pass: nothing there
    connect = mailbox.connect

    def connect_and_deliver_before_idle():
        client = connect()
        idle = client.idle

        def deliver_then_idle():
            env.deliver(HELPLINE, question("<in-the-gap@mail.example.com>"))
            return idle()

        client.idle = deliver_then_idle
        return client

    mailbox.connect = connect_and_deliver_before_idle
    try:
        began = time.monotonic()
        assert mailbox.wait(60, stop) is True
        assert time.monotonic() - began < 10
    finally:
        mailbox.close()


def test_idle_reports_at_once_mail_that_came_while_no_idle_was_running(env, tmp_path):
    cfg = config_mod.load(str(server_config(env, tmp_path)))
    mailbox = ImapMailbox(cfg)
    stop = threading.Event()
    try:
        assert list(mailbox.fetch_new(None)) == []          # a pass: nothing there
        env.deliver(HELPLINE, question("<between@mail.example.com>"))   # mail before IDLE starts
        began = time.monotonic()
        assert mailbox.wait(20, stop) is True                # reported although it came before IDLE
        assert time.monotonic() - began < 10
        # Reported once: until a pass has seen it, the watcher does not report it again and again.
        assert mailbox.wait(1.5, stop) is False
        [fetched] = list(mailbox.fetch_new(None))            # the pass it triggered
        assert b"between@mail.example.com" in fetched.raw
        assert mailbox.wait(1.5, stop) is False              # nothing new since that pass
    finally:
        mailbox.close()
