"""End to end through a real Dovecot and Postfix: mail in over SMTP, the daemon over IMAP, replies
read back over IMAP as a person's mail client would."""
from __future__ import annotations

import email
import email.policy
import os
import re
import sqlite3
import time
from pathlib import Path

import pytest
from helpers import daemon_in_thread
from robust_helpers import (
    HELPLINE,
    assert_nothing_delivered,
    daemon_log,
    imap_count,
    server_config,
    stop_daemon,
    wait_log,
)
from robust_helpers import start_daemon as _start

from triage_daemon.cli import main
from triage_daemon.config import DEFAULT_FOLDERS


def make_config(servers, tmp_path: Path, **extra) -> Path:
    """The shared server config, with keyword settings written as TOML."""
    def toml(value) -> str:
        return str(value).lower() if isinstance(value, bool) else repr(value).replace("'", '"')

    lines = [f"{key} = {toml(value)}" for key, value in extra.items()]
    return server_config(servers, tmp_path, extra="\n".join(lines) + "\n")


def eml(subject: str, body: str, sender: str = "alice@example.com", msgid: str | None = None, **headers) -> bytes:
    msgid = msgid or f"<{time.time_ns()}.{abs(hash(subject)) % 10**8}@mail.example.com>"
    head = [f"From: Alice Example <{sender}>", f"To: {HELPLINE}", f"Subject: {subject}",
            "Date: Tue, 03 Mar 2026 09:00:00 +0000", f"Message-ID: {msgid}", "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=utf-8"]
    head += [f"{k.replace('_', '-')}: {v}" for k, v in headers.items()]
    return ("\r\n".join(head) + "\r\n\r\n" + body + "\r\n").encode()


QUESTION = ("how do I reach goodtime support?",
            "Hi, what's the email address for GoodTime Support and are they available on weekends? Thanks, Alice")
BUG = ("invites going out with the wrong time zone",
       "Since this morning every calendar invite I send from GoodTime to interviewers in Berlin shows the interview "
       "one hour off. The candidate confirmation is right, the interviewer invite is wrong. Tried two plans.")
ESCALATION = ("ATS sync still broken - third time",
              "This is the third time we report that interview stages are not syncing back to Greenhouse. Ticket 48213 "
              "has been open for three weeks and it now affects all recruiters in EMEA. We need our CSM involved.")
NOISE = ("Automatic reply: interview schedule",
         "I am out of the office until Monday with limited access to email.")


@pytest.fixture
def env(clean_mail, monkeypatch):
    monkeypatch.setenv("TRIAGE_MAILBOX_PASSWORD", clean_mail.password(HELPLINE))
    monkeypatch.delenv("TRIAGE_CONFIG", raising=False)
    monkeypatch.delenv("TRIAGE_FAULT", raising=False)
    return clean_mail


def start_daemon(config: Path, servers):
    return _start(config, TRIAGE_MAILBOX_PASSWORD=servers.password(HELPLINE))


def once(config: Path) -> int:
    return main(["--config", str(config), "once"])


def parsed(raw: bytes):
    return email.message_from_bytes(raw, policy=email.policy.default)


def flagged_in(servers, folder: str) -> list:
    client = servers.imap(HELPLINE)
    try:
        client.select_folder(folder, readonly=True)
        return client.search(["FLAGGED"])
    finally:
        client.logout()


def test_question_over_smtp_gets_a_threaded_reply_in_the_senders_inbox_with_idle(env, tmp_path):
    # poll_interval is ten minutes: only IDLE can bring the reply within the minute. The mail goes out as
    # soon as the daemon says it runs, whether or not its IDLE connection is up yet: mail that came
    # before IDLE began is reported when it begins.
    config = make_config(env, tmp_path, poll_interval=600, idle=True)
    proc = start_daemon(config, env)
    try:
        wait_log(config, "triage-daemon running", timeout=120)
        raw = eml(*QUESTION, msgid="<q-idle@mail.example.com>")
        env.submit(raw, HELPLINE, sender="alice@example.com")
        try:
            [reply] = env.wait_for_mail("alice@example.com", timeout=60)
        except AssertionError as exc:
            raise AssertionError(f"{exc}\n--- daemon log ---\n{daemon_log(config)[-6000:]}") from None
    finally:
        assert stop_daemon(proc) == 0
    msg = parsed(reply)
    assert msg["In-Reply-To"] == "<q-idle@mail.example.com>"
    assert msg["Subject"] == "Re: " + QUESTION[0]
    assert msg["Auto-Submitted"] == "auto-replied"
    assert "support@goodtime.io" in msg.get_body(("plain",)).get_content()
    assert imap_count(env, "Triage/Question") == 1


@pytest.mark.timeout(180)
def test_a_question_that_comes_while_a_pass_is_in_hand_is_answered_when_that_pass_ends(env, tmp_path, monkeypatch):
    # A pass every ten minutes: only IDLE can bring the reply within the minute. The question comes after the
    # first pass read the inbox, while that pass is still in hand: IDLE reports it, and the scheduler drops
    # a start asked for while a pass runs. (The release before this test waited the ten minutes.)
    monkeypatch.chdir(tmp_path)

    def question_during_the_first_pass(n: int) -> None:
        if n == 1:
            env.submit(eml(*QUESTION, msgid="<q-during@mail.example.com>"), HELPLINE, sender="alice@example.com")
            env.wait_for_mail(HELPLINE)
            time.sleep(4.0)                  # IDLE reports it while this pass is still in hand

    config = make_config(env, tmp_path, poll_interval=600, idle=True)
    with daemon_in_thread(config, monkeypatch, question_during_the_first_pass) as (_, passes):
        [reply] = env.wait_for_mail("alice@example.com", timeout=60)
    assert parsed(reply)["In-Reply-To"] == "<q-during@mail.example.com>"
    assert len(passes) == 2


def test_a_bug_reaches_support_with_the_original_attached_and_reply_to_the_sender(env, tmp_path):
    config = make_config(env, tmp_path, idle=False)
    env.submit(eml(*BUG, msgid="<bug-1@mail.example.com>"), HELPLINE, sender="alice@example.com")
    env.wait_for_mail(HELPLINE)
    assert once(config) == 0
    [fwd] = env.wait_for_mail("support@goodtime.io")
    msg = parsed(fwd)
    assert "alice@example.com" in str(msg["Reply-To"])
    [part] = [p for p in msg.walk() if p.get_content_type() == "message/rfc822"]
    inner = part.get_payload()[0]
    assert inner["Message-ID"] == "<bug-1@mail.example.com>"
    assert "Berlin" in inner.get_payload()
    assert imap_count(env, "Triage/Bug") == 1


def test_an_escalation_reaches_the_csm_and_is_flagged_and_filed(env, tmp_path):
    config = make_config(env, tmp_path, idle=False)
    env.submit(eml(*ESCALATION), HELPLINE, sender="alice@example.com")
    env.wait_for_mail(HELPLINE)
    assert once(config) == 0
    [notice] = env.wait_for_mail("csm@example.com")
    [forward] = env.wait_for_mail("support@goodtime.io")   # a fault reported for the third time
    assert parsed(forward)["X-Triage-Reference"] == parsed(notice)["X-Triage-Reference"]
    assert parsed(notice)["Subject"].startswith("[CSM] High: ")
    assert "Category:     escalation" in parsed(notice).get_body(preferencelist=("plain",)).get_content()
    assert imap_count(env, "Triage/Escalation") == 1
    assert len(flagged_in(env, "Triage/Escalation")) == 1
    assert imap_count(env, "INBOX") == 0


def test_noise_produces_no_mail_anywhere_and_is_filed(env, tmp_path):
    config = make_config(env, tmp_path, idle=False)
    env.submit(eml(*NOISE, Auto_Submitted="auto-replied"), HELPLINE, sender="alice@example.com")
    env.wait_for_mail(HELPLINE)
    assert once(config) == 0
    assert imap_count(env, "Triage/Noise") == 1
    # (a bounce of anything sent would come back to the help line, whose INBOX is empty now)
    assert_nothing_delivered(env, ("alice@example.com", "support@goodtime.io", "csm@example.com", HELPLINE))


def test_mail_another_client_already_read_is_still_handled(env, tmp_path):
    config = make_config(env, tmp_path, idle=False)
    env.deliver(HELPLINE, eml(*QUESTION, msgid="<read-before@mail.example.com>"))
    client = env.imap(HELPLINE)
    client.select_folder("INBOX")
    client.add_flags(client.search(["ALL"]), [b"\\Seen"])
    client.logout()
    assert once(config) == 0
    [reply] = env.wait_for_mail("alice@example.com")
    assert parsed(reply)["In-Reply-To"] == "<read-before@mail.example.com>"


def test_fetching_does_not_mark_mail_read_and_nothing_is_deleted(env, tmp_path):
    config = make_config(env, tmp_path, idle=False)
    for i in range(3):
        env.deliver(HELPLINE, eml(f"{BUG[0]} {i}", BUG[1]))
    assert once(config) == 0
    client = env.imap(HELPLINE)
    client.select_folder("Triage/Bug", readonly=True)
    uids = client.search(["ALL"])
    flags = client.get_flags(uids)
    client.logout()
    assert len(uids) == 3
    assert all(b"\\Seen" not in f and b"\\Deleted" not in f for f in flags.values())


def test_postfix_down_replies_wait_and_go_out_when_it_is_back(env, tmp_path):
    config = make_config(env, tmp_path, idle=False)
    env.deliver(HELPLINE, eml(*QUESTION, msgid="<while-down@mail.example.com>"))
    env.stop_postfix()
    try:
        assert once(config) == 0
        db = sqlite3.connect(tmp_path / "triage.db")
        assert db.execute("SELECT status FROM effects").fetchall() == [("pending",)]
        db.execute("UPDATE effects SET next_try = 0")  # skip the back-off wait
        db.commit()
        db.close()
        assert imap_count(env, "INBOX") == 1  # not filed until its reply is out
    finally:
        env.start_postfix()
    assert once(config) == 0
    [reply] = env.wait_for_mail("alice@example.com")
    assert parsed(reply)["In-Reply-To"] == "<while-down@mail.example.com>"
    assert once(config) == 0
    env.wait_queue_empty()
    assert len(env.fetch_all("alice@example.com")) == 1
    assert imap_count(env, "Triage/Question") == 1


def state_counts(tmp_path: Path) -> dict[str, int]:
    """Messages by status in the daemon's state, read while it runs (empty before it made its tables)."""
    path = tmp_path / "triage.db"
    if not path.exists():
        return {}
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30)
    try:
        return dict(db.execute("SELECT status, COUNT(*) FROM messages GROUP BY status").fetchall())
    except sqlite3.OperationalError:  # no table yet
        return {}
    finally:
        db.close()


def test_killed_and_restarted_mid_stream_nothing_is_duplicated_or_missed(env, tmp_path):
    # (the per-sender cap raised, so that every message of the stream gets its answer)
    config = make_config(env, tmp_path, idle=False, poll_interval=1, max_auto_replies_per_sender_per_day=100,
                         fetch_chunk=5)
    n = 30
    for i in range(n):
        env.deliver(HELPLINE, eml(f"{QUESTION[0]} ({i})", QUESTION[1], sender="alice@example.com",
                                  msgid=f"<stream-{i}@mail.example.com>"))
    proc = start_daemon(config, env)
    deadline = time.monotonic() + 120
    while not state_counts(tmp_path).get("done"):   # one chunk of five filed, the rest still to come
        assert proc.poll() is None and time.monotonic() < deadline, daemon_log(config)[-3000:]
        time.sleep(0.02)
    proc.kill()  # SIGKILL in the middle of the stream
    assert proc.wait(10) == -9
    at_kill = state_counts(tmp_path)
    in_inbox = imap_count(env, "INBOX")
    # The kill landed mid-pass: some messages finished, others not yet even filed.
    assert 0 < at_kill.get("done", 0) < n and in_inbox > 0, (at_kill, in_inbox)
    assert at_kill.get("done", 0) + in_inbox == n
    proc = start_daemon(config, env)
    try:
        deadline = time.monotonic() + 120
        # Let the restarted daemon come up before judging (a SIGTERM before Python has even started
        # would end it with -15, which says nothing about the daemon).
        while daemon_log(config).count("triage-daemon running") < 2:
            assert time.monotonic() < deadline, "the restarted daemon did not start"
            time.sleep(0.2)
        while state_counts(tmp_path).get("done", 0) < n:
            assert proc.poll() is None and time.monotonic() < deadline, daemon_log(config)[-3000:]
            time.sleep(0.2)
    finally:
        assert stop_daemon(proc) == 0
    assert imap_count(env, "INBOX") == 0
    filed = sum(imap_count(env, f) for f in ("Triage/Question", "Triage/Review"))
    assert filed == n
    env.wait_queue_empty()
    copies = env.deliveries("alice@example.com")
    replies = [parsed(r) for r in env.fetch_all("alice@example.com")]
    # Every message answered once, under one Message-ID; the one in hand at the kill may have been sent
    # again (the kill fell between DATA and the record of the server's 250), under the same Message-ID.
    answers: dict[str, set[str]] = {}
    for reply in replies:
        answers.setdefault(str(reply["In-Reply-To"]), set()).add(str(reply["Message-ID"]))
    assert len(answers) == n, "a message was not answered"
    assert all(len(ids) == 1 for ids in answers.values()), "a message got two different answers"
    assert sum(copies.values()) - len(copies) <= 1, f"more than the reply in hand was sent again: {copies}"
    db = sqlite3.connect(tmp_path / "triage.db")
    assert db.execute("SELECT COUNT(*) FROM messages WHERE status = 'done'").fetchone()[0] == n
    assert db.execute("SELECT status, COUNT(*) FROM effects GROUP BY status").fetchall() == [("sent", n)]


def test_dovecot_restarted_while_idling_the_daemon_reconnects_and_handles_what_arrived(env, tmp_path):
    # poll_interval is ten minutes: the reply can only come that fast through IDLE, reconnected.
    config = make_config(env, tmp_path, poll_interval=600, idle=True)
    env.deliver(HELPLINE, eml(*QUESTION, msgid="<before-restart@mail.example.com>"))
    proc = start_daemon(config, env)
    try:
        env.wait_for_mail("alice@example.com", timeout=120)   # the first pass ran: both connections are up
        env.restart_dovecot()
        env.deliver(HELPLINE, eml(*QUESTION, msgid="<after-restart@mail.example.com>"))
        replies = env.wait_for_mail("alice@example.com", count=2, timeout=90)
    finally:
        assert stop_daemon(proc) == 0
    assert [parsed(r)["In-Reply-To"] for r in replies] == ["<before-restart@mail.example.com>",
                                                           "<after-restart@mail.example.com>"]
    log = daemon_log(config)
    assert "watching the mailbox failed" in log                 # the IDLE connection broke ...
    assert "the connection to the mailbox was lost" in log      # ... and so did the pass's: both reopened
    assert "pass failed" not in log, log[-3000:]                # without failing a pass or backing off


def test_uidvalidity_change_rereads_the_folder_and_answers_nothing_twice(env, tmp_path, capsys):
    # The help line is a folder of its own here, so that it can be rebuilt: deleted and created again,
    # which gives it a new UIDVALIDITY and numbers its messages from 1 again.
    config = make_config(env, tmp_path, idle=False, max_auto_replies_per_sender_per_day=10)
    config.write_text(config.read_text().replace("/INBOX", "/Helpline"))
    # bob's question carries no Message-ID: the state knows it by the hash of its bytes.
    no_id = b"\r\n".join(line for line in eml(*QUESTION, sender="bob@example.com", msgid="<x@x>").split(b"\r\n")
                          if not line.startswith(b"Message-ID:"))
    client = env.imap(HELPLINE)
    try:
        client.create_folder("Helpline")
        for i in range(3):
            client.append("Helpline", eml(f"{QUESTION[0]} ({i})", QUESTION[1], msgid=f"<uv-{i}@mail.example.com>"))
        client.append("Helpline", no_id)
        old_validity = client.select_folder("Helpline", readonly=True)[b"UIDVALIDITY"]
        client.close_folder()
    finally:
        client.logout()
    assert once(config) == 0
    env.wait_for_mail("alice@example.com", count=3)
    env.wait_for_mail("bob@example.com", count=1)
    db = sqlite3.connect(tmp_path / "triage.db")
    [(validity, last_uid)] = db.execute("SELECT uidvalidity, last_uid FROM cursors").fetchall()
    db.close()
    assert (validity, last_uid) == (old_validity, 4)

    client = env.imap(HELPLINE)
    try:
        client.delete_folder("Helpline")
        client.create_folder("Helpline")
        # Old messages come back (UIDs 1 and 2 now), one without a Message-ID, and a new one arrives (UID 3):
        # all below the old cursor.
        client.append("Helpline", eml(f"{QUESTION[0]} (0)", QUESTION[1], msgid="<uv-0@mail.example.com>"))
        client.append("Helpline", no_id)
        client.append("Helpline", eml(f"{QUESTION[0]} (new)", QUESTION[1], msgid="<uv-new@mail.example.com>"))
        new_validity = client.select_folder("Helpline", readonly=True)[b"UIDVALIDITY"]
        assert sorted(client.search("ALL")) == [1, 2, 3]
        client.close_folder()
    finally:
        client.logout()
    assert new_validity != old_validity

    assert once(config) == 0
    env.wait_queue_empty()
    replies = [parsed(r) for r in env.fetch_all("alice@example.com")]
    # The folder was read again from UID 1: the new message was handled, the old one not answered again.
    assert sorted(str(r["In-Reply-To"]) for r in replies) == sorted(
        [f"<uv-{i}@mail.example.com>" for i in range(3)] + ["<uv-new@mail.example.com>"])
    assert len(env.fetch_all("bob@example.com")) == 1          # the copy without a Message-ID: not again either
    assert imap_count(env, "Helpline") == 0
    assert "UIDVALIDITY of Helpline changed" in capsys.readouterr().err
    db = sqlite3.connect(tmp_path / "triage.db")
    assert db.execute("SELECT uidvalidity, last_uid FROM cursors").fetchall() == [(new_validity, 3)]
    assert db.execute("SELECT COUNT(*) FROM messages WHERE status = 'done'").fetchone()[0] == 5
    assert db.execute("SELECT COUNT(*) FROM messages WHERE key LIKE 'content:%'").fetchone()[0] == 1


def test_an_oversized_message_is_left_for_a_person_with_a_note(env, tmp_path):
    config = make_config(env, tmp_path, idle=False, max_message_bytes=2048)
    env.deliver(HELPLINE, eml(*QUESTION, msgid="<big@mail.example.com>")[:-2] + b"x" * 5000 + b"\r\n")
    assert once(config) == 0
    assert imap_count(env, "Triage/Review") == 1
    db = sqlite3.connect(tmp_path / "triage.db")
    [(decision,)] = db.execute("SELECT decision FROM messages").fetchall()
    assert "max_message_bytes" in decision


def test_with_sent_folder_each_sent_message_is_also_in_the_imap_sent_folder(env, tmp_path):
    config = make_config(env, tmp_path, idle=False, sent_folder="Sent")
    env.deliver(HELPLINE, eml(*QUESTION, msgid="<sent-copy@mail.example.com>"))
    assert once(config) == 0
    [reply] = env.wait_for_mail("alice@example.com")
    [copy] = env.fetch_all(HELPLINE, "Sent")
    assert parsed(copy)["Message-ID"] == parsed(reply)["Message-ID"]


def test_a_pass_longer_than_poll_interval_is_no_warning(env, tmp_path):
    # Postfix takes a second per recipient: four replies make a pass of four seconds or more, with a pass
    # due every second.
    env.configure_postfix("smtpd_recipient_restrictions = sleep 1")
    config = make_config(env, tmp_path, idle=False, poll_interval=1, max_auto_replies_per_sender_per_day=10)
    for i in range(4):
        env.deliver(HELPLINE, eml(f"{QUESTION[0]} ({i})", QUESTION[1], msgid=f"<long-{i}@mail.example.com>"))
    proc = start_daemon(config, env)
    try:
        wait_log(config, "pass: 4 new, 4 decided, 4 sent", timeout=180)
        seconds = float(daemon_log(config).split("pass: 4 new, 4 decided, 4 sent")[1].split(" in ")[1].split("s")[0])
        assert seconds >= 4
        # A pass scheduled after the long one proves the scheduler ticked on: the next mail is handled too.
        env.deliver(HELPLINE, eml(f"{QUESTION[0]} (after)", QUESTION[1], msgid="<long-after@mail.example.com>"))
        wait_log(config, "pass: 1 new, 1 decided, 1 sent", timeout=120)
    finally:
        assert stop_daemon(proc) == 0
    log = daemon_log(config)
    assert "maximum number of running instances" not in log
    # Nothing to warn of but the test servers' plain-text login (starttls = "off", said at every start).
    trouble = [line for line in log.splitlines()
               if ("WARNING" in line or "ERROR" in line) and 'starttls = "off"' not in line]
    assert trouble == [], log[-3000:]


def _named(commands: list[str], verb: str) -> list[str]:
    """The folder names of the commands with this verb (CREATE, SUBSCRIBE, ...), unquoted."""
    return [c.split(" ", 1)[1].strip().strip('"') for c in commands if c.upper().startswith(verb + " ")]


def test_at_start_every_filing_folder_exists_subscribed_and_existing_ones_keep_their_mail(env, tmp_path):
    # People correct the daemon by moving a message into a category folder: each folder it files into
    # must be there from the first start, not only once the daemon filed something in it.
    config = make_config(env, tmp_path, idle=False)
    client = env.imap(HELPLINE)
    try:
        client.create_folder("Triage/Bug")
        client.append("Triage/Bug", eml(*BUG, msgid="<moved-by-a-person@mail.example.com>"))
    finally:
        client.logout()
    env.record_protocol(HELPLINE)
    assert once(config) == 0
    commands = env.imap_commands(HELPLINE)
    missing = sorted(set(DEFAULT_FOLDERS.values()) - {"Triage/Bug"})
    assert len([c for c in commands if c.upper().startswith("LIST ")]) == 1, commands   # one LIST ...
    assert sorted(_named(commands, "CREATE")) == missing                                # ... a CREATE per missing one
    assert sorted(_named(commands, "SUBSCRIBE")) == missing
    assert not [c for c in commands if re.match(r"(UID )?(DELETE|RENAME|EXPUNGE|MOVE|COPY|STORE) ", c, re.I)]
    client = env.imap(HELPLINE)
    try:
        assert set(DEFAULT_FOLDERS.values()) <= {name for _, _, name in client.list_folders()}
        assert set(missing) <= {name for _, _, name in client.list_sub_folders()}
    finally:
        client.logout()
    [kept] = env.fetch_all(HELPLINE, "Triage/Bug")
    assert parsed(kept)["Message-ID"] == "<moved-by-a-person@mail.example.com>"
    assert [imap_count(env, folder) for folder in missing] == [0] * len(missing)
    seen = len(env.imap_commands(HELPLINE))
    assert once(config) == 0                          # the next start finds them all: nothing created
    again = env.imap_commands(HELPLINE)[seen:]
    assert _named(again, "CREATE") == [] and len([c for c in again if c.upper().startswith("LIST ")]) == 1


def only_triage_bug_and_no_right_to_create_folders(env) -> None:
    """Triage/Bug exists; from here on the account may not create folders: an ACL without the 'k' right
    (Dovecot answers NO [NOPERM])."""
    client = env.imap(HELPLINE)
    try:
        client.create_folder("Triage/Bug")
    finally:
        client.logout()
    acl = env.root / "dovecot" / "global-acl"
    acl.write_text("* owner lrwsitpe\n")
    acl.chmod(0o644)
    env.configure_dovecot(f"mail_plugins = $mail_plugins acl\nplugin {{\n  acl = vfile:{acl}\n}}")


def test_folders_the_account_may_not_create_are_errors_naming_them_and_the_daemon_goes_on(env, tmp_path, capsys):
    only_triage_bug_and_no_right_to_create_folders(env)
    config = make_config(env, tmp_path, idle=False)
    env.deliver(HELPLINE, eml(*BUG, msgid="<bug-refused@mail.example.com>"))
    assert once(config) == 0
    err = capsys.readouterr().err
    refused = [ln for ln in err.splitlines() if "cannot create folder" in ln]
    missing = sorted(set(DEFAULT_FOLDERS.values()) - {"Triage/Bug"})
    assert sorted(ln.split("cannot create folder ")[1].split(":")[0] for ln in refused) == missing, err[-3000:]
    assert all(" ERROR " in ln and "[NOPERM]" in ln for ln in refused)
    assert env.password(HELPLINE) not in err and "Traceback" not in err
    assert imap_count(env, "Triage/Bug") == 1 and imap_count(env, "INBOX") == 0   # filing where it can goes on
    assert len(env.wait_for_mail("support@goodtime.io")) == 1


def test_mail_for_a_folder_the_server_refuses_waits_in_the_inbox_and_the_rest_is_filed(env, tmp_path, capsys):
    # A refused CREATE at filing failed the whole pass, and every pass after it: mail bound for folders
    # that exist stayed in the inbox too. Now only the message for the refused folder waits; it is filed
    # once the folder can be made, and nothing is sent twice.
    only_triage_bug_and_no_right_to_create_folders(env)
    config = make_config(env, tmp_path, idle=False)
    env.deliver(HELPLINE, eml(*BUG, msgid="<bug-filed@mail.example.com>"))
    env.deliver(HELPLINE, eml(*QUESTION, msgid="<question-waits@mail.example.com>"))
    env.wait_for_mail(HELPLINE, count=2)
    assert once(config) == 0
    assert "could not file" not in capsys.readouterr().err
    assert imap_count(env, "Triage/Bug") == 1
    [waiting] = env.fetch_all(HELPLINE, "INBOX")
    assert parsed(waiting)["Message-ID"] == "<question-waits@mail.example.com>"
    # The bug's forward and acknowledgement, the question's answer (this config sends answers from 0.36).
    sent = len(env.wait_for_mail("support@goodtime.io")) + len(env.wait_for_mail("alice@example.com", count=2))
    env.configure_dovecot("")                               # the right to create folders is back
    assert once(config) == 0
    assert imap_count(env, "Triage/Question") == 1 and imap_count(env, "INBOX") == 0
    time.sleep(2)                                           # anything sent again would have arrived by now
    assert len(env.fetch_all("support@goodtime.io")) + len(env.fetch_all("alice@example.com")) == sent == 3
    db = sqlite3.connect(config.parent / "triage.db")
    try:
        assert {s for (s,) in db.execute("SELECT status FROM effects")} == {"sent"}
        assert max(a for (a,) in db.execute("SELECT attempts FROM effects")) == 1
    finally:
        db.close()


def test_a_folder_a_case_blind_server_has_in_another_case_is_not_reported_refused():
    # Exchange matches folder names whatever their case: it refuses to CREATE Triage/Review next to an
    # existing triage/review, and filing into Triage/Review works. ensure_folders logged an error at every
    # start (a code review; Dovecot itself is case-sensitive, so a stand-in client plays the server).
    import imapclient.exceptions as ie

    from triage_daemon.mail.mailboxes.imap import ImapMailbox

    class CaseBlindServer:
        folders = {"INBOX", "triage/review"}

        def list_folders(self, directory="", pattern="*"):
            return [((b"\\HasNoChildren",), b"/", f) for f in sorted(self.folders)
                    if pattern == "*" or f.lower() == pattern.lower()]

        def create_folder(self, name):
            if name.lower() in {f.lower() for f in self.folders}:
                raise ie.IMAPClientError("create failed: NO [ALREADYEXISTS] Mailbox already exists")
            self.folders.add(name)

        def subscribe_folder(self, name):
            pass

    mailbox = ImapMailbox.__new__(ImapMailbox)
    mailbox.client, mailbox.delimiter, mailbox._known_folders = CaseBlindServer(), "/", set()
    mailbox.open = lambda: None
    assert mailbox.ensure_folders(["Triage/Review", "Triage/Bug"]) == (["Triage/Bug"], {})


def test_a_folder_a_person_deleted_is_made_again_at_filing_and_new_mail_still_flows(env, tmp_path):
    # A person deleted Triage/Bug while the daemon ran: the cached folder was never looked at again, the MOVE
    # got NO [TRYCREATE], and every pass failed at filing before reading new mail (a hostile review, BLOCKER).
    from triage_daemon import config as config_mod
    from triage_daemon.service.daemon import Daemon

    config = make_config(env, tmp_path, idle=False)
    daemon = Daemon(config_mod.load(str(config)))
    try:
        env.deliver(HELPLINE, eml(*BUG, msgid="<bug-1@mail.example.com>"))
        env.wait_for_mail(HELPLINE)
        assert daemon.run_pass().decided == 1 and imap_count(env, "Triage/Bug") == 1
        client = env.imap(HELPLINE)
        try:
            client.delete_folder("Triage/Bug")                 # tidied away by a person, mail and all
        finally:
            client.logout()
        env.deliver(HELPLINE, eml(*BUG, msgid="<bug-2@mail.example.com>"))
        env.deliver(HELPLINE, eml(*QUESTION, msgid="<question-after@mail.example.com>"))
        env.wait_for_mail(HELPLINE, count=2)
        stats = daemon.run_pass()
        assert stats is not None and stats.decided == 2 and stats.errors == 0
        assert imap_count(env, "Triage/Bug") == 1 and imap_count(env, "Triage/Question") == 1
        assert imap_count(env, "INBOX") == 0
    finally:
        daemon.close()


def test_an_oversized_message_read_again_after_a_crash_is_read_as_its_header_alone(env, tmp_path):
    # The resume path (a message decided before a crash or a failed pass) fetched the whole message and cut
    # it afterwards: a 156 MB message took 559 MB, over the unit's MemoryMax (a hostile review).
    from triage_daemon import config as config_mod
    from triage_daemon.mail.mailboxes import open_mailbox

    config = make_config(env, tmp_path, idle=False, max_message_bytes=50_000)
    env.deliver(HELPLINE, eml(BUG[0], BUG[1] + "\n" + "x" * 200_000, msgid="<big@mail.example.com>"))
    env.wait_for_mail(HELPLINE)
    mailbox = open_mailbox(config_mod.load(str(config)))
    try:
        [first] = list(mailbox.fetch_new(None))
        assert first.oversized
        env.record_protocol(HELPLINE)
        mailbox.close()                                   # a new connection, as after a crash
        again = mailbox.fetch(first.ref)
    finally:
        mailbox.close()
    assert again is not None and again.oversized and again.size > 200_000 and len(again.raw) < 5_000
    fetches = [c for c in env.imap_commands(HELPLINE) if "FETCH" in c.upper()]
    assert fetches and not any("BODY.PEEK[]" in c.upper() for c in fetches), fetches


def test_a_password_in_utf8_logs_in_to_dovecot_and_postfix_and_no_error_shows_any_of_it(env, tmp_path, monkeypatch,
                                                                                       capsys):
    # A non-ASCII password crashed `run` at start with a traceback (LOGIN and smtplib encode ASCII), and the
    # error named a character of the password and its place; on SMTP the bug report was quarantined and its
    # forward stranded (a hostile review). AUTHENTICATE PLAIN / AUTH PLAIN carry UTF-8.
    users = env.root / "dovecot" / "users"
    original = users.read_text()
    secret = "pässwörd€42"
    lines = [ln for ln in original.splitlines() if not ln.startswith(f"{HELPLINE}:")]
    users.write_text("\n".join(lines + [f"{HELPLINE}:{{PLAIN}}{secret}::::::"]) + "\n")
    time.sleep(1.1)
    os.utime(users)                                  # Dovecot reads the file again when it changes
    try:
        config = make_config(env, tmp_path, idle=False, ca_file=env.ca_file)
        text = config.read_text().replace(f'outbox = "smtp://127.0.0.1:{env.smtp_port}"',
                                          f'outbox = "smtp+starttls://helpline%40example.com@127.0.0.1:'
                                          f'{env.submission_port}"').replace('starttls = "off"', 'starttls = "auto"')
        config.write_text(text)
        monkeypatch.setenv("TRIAGE_MAILBOX_PASSWORD", secret)
        monkeypatch.setenv("TRIAGE_OUTBOX_PASSWORD", secret)
        assert main(["--config", str(config), "check-config", "--connect"]) == 0, capsys.readouterr()
        env.deliver(HELPLINE, eml(*BUG, msgid="<utf8-password@mail.example.com>"))
        env.wait_queue_empty()                        # (the suite's own IMAP login has the old password)
        assert once(config) == 0
        assert len(env.wait_for_mail("support@goodtime.io")) == 1
        monkeypatch.setenv("TRIAGE_MAILBOX_PASSWORD", "wrongé-Secret")     # a wrong one: a clean error
        assert once(config) == 1
    finally:
        users.write_text(original)
        time.sleep(1.1)
        os.utime(users)
    out = capsys.readouterr()
    assert "Traceback" not in out.err and "codec" not in out.err and "position" not in out.err, out.err[-2000:]
    assert "login as helpline@example.com" in out.err
    for leaked in (secret, "wrongé-Secret", "é", "ä"):
        assert leaked not in out.out + out.err
    assert imap_count(env, "Triage/Bug") == 1              # filed (the suite's password is back)


def test_a_bug_report_from_an_address_in_utf8_is_forwarded_filed_and_its_acknowledgement_settled(env, tmp_path):
    # From: jürgen@example.com (RFC 6532; anyone can forge it): RCPT TO raised UnicodeEncodeError, counted
    # against the message, which ended in Quarantine with its acknowledgement pending for ever (a hostile review).
    config = make_config(env, tmp_path, idle=False)
    raw = eml(*BUG, msgid="<utf8-sender@mail.example.com>").replace(
        b"From: Alice Example <alice@example.com>", "From: Jürgen <jürgen@example.com>".encode())
    env.deliver(HELPLINE, raw)
    env.wait_for_mail(HELPLINE)
    assert once(config) == 0
    assert len(env.wait_for_mail("support@goodtime.io")) == 1
    assert imap_count(env, "Triage/Bug") == 1 and imap_count(env, "Triage/Quarantine") == 0
    db = sqlite3.connect(config.parent / "triage.db")
    try:
        statuses = dict(db.execute("SELECT kind, status FROM effects"))
    finally:
        db.close()
    assert statuses == {"forward": "sent", "ack": "sent"}, statuses       # Postfix takes SMTPUTF8
