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
    config = server_config(clean_mail, tmp_path,
                           extra="idle = false\npoll_interval = 1\nmax_forwards_per_sender_per_day = 1000\n")
    n = 80
    for i in range(n):
        clean_mail.deliver(HELPLINE, eml(f"invites going out with the wrong time zone ({i})", BUG_BODY,
                                         sender="Alice Example <alice@example.com>", msgid=f"<mid-{i}@mail.example.com>"))
    proc = start_daemon(config, TRIAGE_MAILBOX_PASSWORD=clean_mail.password(HELPLINE))
    try:
        wait_log(config, "decision", timeout=60)
        clean_mail.stop_dovecot()                        # connections closed in the middle of the stream
        wait_log(config, "pass failed")
        assert proc.poll() is None
        clean_mail.start_dovecot()
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline and imap_count(clean_mail, "INBOX"):
            time.sleep(0.5)
    finally:
        clean_mail.start_dovecot()
        assert stop_daemon(proc) == 0
    assert imap_count(clean_mail, "INBOX") == 0
    filed = sum(imap_count(clean_mail, f) for f in ("Triage/Bug", "Triage/Review", "Triage/Blocker", "Triage/Question"))
    assert filed == n
    db = sqlite3.connect(tmp_path / "triage.db")
    assert db.execute("SELECT status, COUNT(*) FROM messages GROUP BY status").fetchall() == [("done", n)]
    effects = db.execute("SELECT message_key, kind, status FROM effects").fetchall()
    assert {s for _, _, s in effects} <= {"sent"}
    assert len({(k, kind) for k, kind, _ in effects}) == len(effects)
    assert "Traceback" not in daemon_log(config)


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
