"""Outages: the mailbox unreachable or refusing the login, the server going away mid-pass, SMTP down, the
state store unusable. Clear one-line errors for `once`; `run` logs, backs off and recovers."""
from __future__ import annotations

import json
import sqlite3
import time

from robust_helpers import (
    HELPLINE,
    closed_port,
    daemon_log,
    eml,
    imap_count,
    outbox_files,
    run_cli,
    server_config,
    start_daemon,
    stop_daemon,
    twin_with_samples,
    wait_log,
)
from twin import BASE_TOML, Twin

from triage_daemon.cli import main

PASSWORD = "S3cretPassw0rd!"


def error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.strip()]


def test_once_with_the_imap_server_unreachable_exits_1_with_one_line_naming_the_mailbox(tmp_path):
    port = closed_port()
    config = tmp_path / "triage.toml"
    config.write_text(BASE_TOML.replace('mailbox = "maildir:mail/helpline"',
                                        f'mailbox = "imap://helpline%40example.com@127.0.0.1:{port}/INBOX"'))
    done = run_cli(config, "once", TRIAGE_MAILBOX_PASSWORD=PASSWORD)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    [line] = error_lines(done.stderr)
    assert line.startswith("triage-daemon: mailbox:")
    assert f"127.0.0.1:{port}" in line
    assert PASSWORD not in done.stderr + done.stdout


def test_once_with_a_wrong_password_names_the_user_and_never_prints_the_password(clean_mail, tmp_path):
    config = server_config(clean_mail, tmp_path)
    done = run_cli(config, "once", TRIAGE_MAILBOX_PASSWORD=PASSWORD)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    # Besides the warning every start gives for starttls = "off" (the test server is reached without TLS):
    [warning, line] = error_lines(done.stderr)
    assert 'WARNING triage_daemon: starttls = "off"' in warning
    assert "login" in line and HELPLINE in line
    assert PASSWORD not in done.stderr + done.stdout


def test_run_keeps_going_while_imap_is_down_backs_off_and_handles_the_mail_once_it_is_back(clean_mail, tmp_path):
    config = server_config(clean_mail, tmp_path, extra="idle = false\npoll_interval = 1\n")
    clean_mail.stop_dovecot()
    proc = start_daemon(config, TRIAGE_MAILBOX_PASSWORD=clean_mail.password(HELPLINE))
    try:
        wait_log(config, "mailbox not reachable at start")
        wait_log(config, "pass failed (2 in a row)")    # it keeps trying ...
        assert proc.poll() is None                       # ... without dying
        log = daemon_log(config)
        assert "next try in" in log and f"127.0.0.1:{clean_mail.imap_port}" in log
        assert "Traceback" not in log
        clean_mail.start_dovecot()
        clean_mail.deliver(HELPLINE, eml(sender="Alice Example <alice@example.com>", msgid="<after-outage@mail.example.com>"))
        [reply] = clean_mail.wait_for_mail("alice@example.com", timeout=60)
    finally:
        clean_mail.start_dovecot()
        assert stop_daemon(proc) == 0
    assert b"In-Reply-To: <after-outage@mail.example.com>" in reply
    assert imap_count(clean_mail, "INBOX") == 0


BUG_BODY = ("Since this morning every calendar invite I send from GoodTime to interviewers in Berlin shows the "
            "interview one hour off. The candidate confirmation is right, the interviewer invite is wrong.\n")


def test_the_server_going_away_mid_pass_is_logged_and_the_daemon_recovers_without_loss_or_duplicates(
        clean_mail, tmp_path):
    # Postfix takes a second per recipient, so the pass over the first chunk of ten lasts ten seconds:
    # Dovecot stops while it runs, before it could file anything.
    clean_mail.configure_postfix("smtpd_recipient_restrictions = sleep 1")
    config = server_config(clean_mail, tmp_path, extra="idle = false\npoll_interval = 1\nfetch_chunk = 10\n"
                                                       "acknowledge = false\n"
                                                       "max_forwards_per_sender_per_day = 1000\n")
    n = 30
    for i in range(n):
        clean_mail.deliver(HELPLINE, eml(f"invites going out with the wrong time zone ({i})", BUG_BODY,
                                         sender="Alice Example <alice@example.com>", msgid=f"<mid-{i}@mail.example.com>"))
    proc = start_daemon(config, TRIAGE_MAILBOX_PASSWORD=clean_mail.password(HELPLINE))
    try:
        wait_log(config, "decision", timeout=120)
        clean_mail.stop_dovecot()                        # connections closed in the middle of the pass
        wait_log(config, "pass failed", timeout=120)
        at_failure = state_counts(tmp_path)
        assert proc.poll() is None
        clean_mail.start_dovecot()
        deadline = time.monotonic() + 180
        while state_counts(tmp_path).get("done", 0) < n:
            assert proc.poll() is None and time.monotonic() < deadline, daemon_log(config)[-3000:]
            time.sleep(0.5)
    finally:
        clean_mail.start_dovecot()
        assert stop_daemon(proc) == 0
    # The pass that failed had work in hand: decided, none of it filed.
    assert at_failure.get("decided", 0) >= 1 and at_failure.get("done", 0) == 0, at_failure
    assert imap_count(clean_mail, "INBOX") == 0
    filed = sum(imap_count(clean_mail, f) for f in ("Triage/Bug", "Triage/Review", "Triage/Blocker", "Triage/Question"))
    assert filed == n
    db = sqlite3.connect(tmp_path / "triage.db")
    assert db.execute("SELECT status, COUNT(*) FROM messages GROUP BY status").fetchall() == [("done", n)]
    effects = db.execute("SELECT message_key, kind, status, attempts FROM effects").fetchall()
    # One forward per message, each sent, each tried once: the outage touched the mailbox, not the sending.
    assert len(effects) == n and {(kind, status, attempts) for _, kind, status, attempts in effects} == {("forward", "sent", 1)}
    assert len({key for key, *_ in effects}) == n
    # ... and Support got each exactly once.
    clean_mail.wait_queue_empty()
    copies = clean_mail.deliveries("support@goodtime.io")
    assert len(copies) == n and set(copies.values()) == {1}, copies
    assert "Traceback" not in daemon_log(config)


def state_counts(tmp_path) -> dict[str, int]:
    path = tmp_path / "triage.db"
    if not path.exists():
        return {}
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30)
    try:
        return dict(db.execute("SELECT status, COUNT(*) FROM messages GROUP BY status").fetchall())
    except sqlite3.OperationalError:
        return {}
    finally:
        db.close()


def test_a_state_that_stops_taking_writes_mid_pass_stops_the_pass_and_nothing_goes_out_unrecorded(clean_mail, tmp_path):
    config = server_config(clean_mail, tmp_path, extra="idle = false\nmax_forwards_per_sender_per_day = 1000\n"
                                                       "acknowledge = false\n")   # one message out per bug report
    password = clean_mail.password(HELPLINE)
    n = 6
    for i in range(n):
        clean_mail.deliver(HELPLINE, eml(f"invites going out with the wrong time zone ({i})", BUG_BODY,
                                         sender="Alice Example <alice@example.com>", msgid=f"<full-{i}@mail.example.com>"))
    # The database refuses every write once two messages went out (as a full disk or a read-only remount would).
    from triage_daemon.state.store import open_store
    open_store(str(tmp_path / "triage.db")).close()
    db = sqlite3.connect(tmp_path / "triage.db")
    for table, event in (("messages", "INSERT"), ("messages", "UPDATE"), ("effects", "INSERT"), ("effects", "UPDATE"),
                         ("cursors", "INSERT"), ("events", "INSERT")):
        db.execute(f"CREATE TRIGGER full_{table}_{event} BEFORE {event} ON {table} "
                   f"WHEN (SELECT COUNT(*) FROM effects WHERE status = 'sent') >= 2 "
                   f"BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END")
    db.commit()
    run = run_cli(config, "once", TRIAGE_MAILBOX_PASSWORD=password)
    assert run.returncode == 1, run.stderr[-2000:]
    assert "Traceback" not in run.stderr
    line = error_lines(run.stderr)[-1]
    assert line.startswith("triage-daemon: state: cannot write") and "disk is full" in line, run.stderr[-2000:]
    statuses = dict(db.execute("SELECT status, COUNT(*) FROM messages GROUP BY status").fetchall())
    assert statuses == {"decided": 2}, statuses              # it stopped at the third message, mid-pass
    sent = [out_id for (out_id,) in db.execute("SELECT out_id FROM effects WHERE status = 'sent'")]
    assert len(sent) == 2
    clean_mail.wait_queue_empty()
    # Exactly what the state says was sent went out, once each; nothing it could not record.
    assert dict(clean_mail.deliveries("support@goodtime.io")) == {f"<{out_id}>": 1 for out_id in sent}
    assert imap_count(clean_mail, "INBOX") == n                # nothing filed

    for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
        db.execute(f"DROP TRIGGER {name}")
    db.commit()
    db.close()
    run = run_cli(config, "once", TRIAGE_MAILBOX_PASSWORD=password)
    assert run.returncode == 0, run.stderr[-2000:]
    clean_mail.wait_queue_empty()
    copies = clean_mail.deliveries("support@goodtime.io")
    assert len(copies) == n and set(copies.values()) == {1}, copies
    assert imap_count(clean_mail, "INBOX") == 0 and imap_count(clean_mail, "Triage/Bug") == n


def test_smtp_down_leaves_the_reply_pending_and_status_shows_it(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("TRIAGE_CONFIG", raising=False)
    twin = Twin(tmp_path)
    twin.config_path.write_text(BASE_TOML.replace('outbox  = "maildir:mail/outbox"',
                                                  f'outbox  = "smtp://127.0.0.1:{closed_port()}"'))
    twin.deliver(eml(msgid="<smtp-down@mail.example.com>"))
    assert main(["--config", str(twin.config_path), "once"]) == 0
    assert len(list((twin.inbox / "new").iterdir())) == 1          # not filed until its reply is out
    capsys.readouterr()
    assert main(["--config", str(twin.config_path), "status", "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["effects"] == {"pending": 1}
    assert summary["messages"] == {"decided": 1}
    assert main(["--config", str(twin.config_path), "status"]) == 0
    assert "effects: pending 1" in capsys.readouterr().out


def test_a_state_database_that_cannot_be_created_stops_everything_with_a_clear_error(tmp_path):
    twin = twin_with_samples(tmp_path)
    (tmp_path / "blocker").write_text("a regular file where the state folder should be\n")
    twin.config_path.write_text(BASE_TOML.replace('state   = "sqlite:///triage.db"',
                                                  'state   = "sqlite:///blocker/triage.db"'))
    for command in ("once", "run"):
        done = run_cli(twin.config_path, command, timeout=60)
        assert done.returncode == 1, (command, done.stderr[-2000:])
        assert "Traceback" not in done.stderr
        [line] = error_lines(done.stderr)
        assert line.startswith("triage-daemon: state:") and "blocker/triage.db" in line
    assert outbox_files(twin) == []
    assert len(list((twin.inbox / "new").iterdir())) == 6           # nothing moved, nothing answered


def test_a_restart_tries_the_mail_that_waits_at_once_not_at_its_next_back_off_step(tmp_path, monkeypatch):
    # After an SMTP outage was fixed, neither a restart nor SIGHUP sent what waited: it kept its back-off
    # (up to an hour), and an urgent forward with it (an operator's review).
    from robust_helpers import start_daemon, stop_daemon

    monkeypatch.delenv("TRIAGE_CONFIG", raising=False)
    twin = Twin(tmp_path)
    twin.config_path.write_text(BASE_TOML.replace('outbox  = "maildir:mail/outbox"',
                                                  f'outbox  = "smtp://127.0.0.1:{closed_port()}"'))
    twin.deliver(eml(msgid="<smtp-down@mail.example.com>"))
    for _ in range(3):                                # three failed tries: the next one is minutes away
        assert main(["--config", str(twin.config_path), "once"]) == 0
        db = sqlite3.connect(tmp_path / "triage.db")
        db.execute("UPDATE effects SET next_try = 0")
        db.commit()
        db.close()
    assert main(["--config", str(twin.config_path), "once"]) == 0
    db = sqlite3.connect(tmp_path / "triage.db")
    [(next_try, attempts)] = set(db.execute("SELECT next_try, attempts FROM effects"))
    db.close()
    assert attempts == 4 and next_try > time.time() + 60
    twin.config_path.write_text(BASE_TOML)            # the server is fixed (here: the local outbox)
    proc = start_daemon(twin.config_path)
    try:
        deadline = time.monotonic() + 30
        while not outbox_files(twin) and time.monotonic() < deadline:
            time.sleep(0.2)
    finally:
        stop_daemon(proc)
    assert len(outbox_files(twin)) == 1
    assert "1 message waiting to be sent tried again" in (tmp_path / "daemon.log").read_text()
