"""OAuth2 against real servers: Dovecot's oauth2 passdb (XOAUTH2) checks each token at an introspection
endpoint this test suite serves on 127.0.0.1, and Postfix's submission port authenticates through
Dovecot's SASL, so the daemon's token logs in over IMAP and over SMTP."""
from __future__ import annotations

import base64
import email
import email.policy
import sys
from pathlib import Path

import pytest
from robust_helpers import HELPLINE, run_cli

from triage_daemon import config as config_mod
from triage_daemon.service.daemon import Daemon

TESTS = Path(__file__).resolve().parent
ALICE = "alice@example.com"
BUG = ("invites going out with the wrong time zone",
       "Since this morning every calendar invite I send from GoodTime to interviewers in Berlin shows the interview "
       "one hour off. The candidate confirmation is right, the interviewer invite is wrong. Tried two plans.")
FEATURE = ("idea: SMS reminders for candidates",
           "It would be great if GoodTime could send candidates an SMS reminder an hour before their interview. "
           "Could you add that to the product? Many candidates miss email reminders.")


def eml(subject: str, body: str, n: int) -> bytes:
    return (f"From: Alice Example <{ALICE}>\r\nTo: {HELPLINE}\r\nSubject: {subject}\r\n"
            f"Date: Tue, 03 Mar 2026 09:00:00 +0000\r\nMessage-ID: <oauth2-{n}@mail.example.com>\r\n"
            f"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n").encode()


@pytest.fixture
def oauth2_line(clean_mail, tmp_path, monkeypatch):
    """A help line that logs in with OAuth2 only: IMAP (STARTTLS) and SMTP submission (STARTTLS, AUTH)."""
    for name in ("TRIAGE_MAILBOX_PASSWORD", "TRIAGE_OUTBOX_PASSWORD", "TRIAGE_CONFIG", "TRIAGE_FAULT"):
        monkeypatch.delenv(name, raising=False)
    servers = clean_mail
    command = f"{sys.executable} {TESTS / 'oauth2_token.py'} {servers.oauth2.url} {HELPLINE}"
    path = tmp_path / "triage.toml"
    path.write_text("\n".join([
        f'mailbox = "imap://helpline%40example.com@127.0.0.1:{servers.imap_port}/INBOX"',
        f'outbox = "smtp+starttls://helpline%40example.com@127.0.0.1:{servers.submission_port}"',
        'state = "sqlite:///triage.db"',
        f'helpline_address = "{HELPLINE}"',
        'support_address = "support@goodtime.io"',
        'csm_address = "csm@example.com"',
        'product_board_url = "https://goodtime.example/board"',
        'starttls = "require"',
        f'ca_file = "{servers.ca_file}"',
        f'oauth2_token_command = "{command}"',
        "idle = false",
        "poll_interval = 1",
    ]) + "\n", encoding="utf-8")
    return servers, path


def _secrets_of(servers) -> list[str]:
    """Every token issued, and the SASL strings that carry them, raw and base64."""
    out = []
    for token in servers.oauth2.issued:
        sasl = f"user={HELPLINE}\x01auth=Bearer {token}\x01\x01"
        out += [token, base64.b64encode(sasl.encode()).decode(), base64.b64encode(token.encode()).decode()]
    return out


def _everything(done) -> str:
    return (done.stdout or "") + (done.stderr or "")


@pytest.mark.parametrize("log_format", ["text", "json"])
def test_a_good_token_logs_in_over_imap_and_smtp_and_the_mail_goes_out(oauth2_line, log_format):
    servers, path = oauth2_line
    path.write_text(path.read_text() + f'log_format = "{log_format}"\n')
    servers.deliver(HELPLINE, eml(*FEATURE, 1))
    servers.deliver(HELPLINE, eml(*BUG, 2))
    position = servers.log_position()
    done = run_cli(path, "-v", "once")
    assert done.returncode == 0, _everything(done)
    # The product-board reply and the bug's acknowledgement to Alice, the forward to Support.
    assert done.stdout.startswith("2 new, 2 decided, 3 sent"), done.stdout
    # All three went through Postfix.
    to_alice = [email.message_from_bytes(raw, policy=email.policy.default)
                for raw in servers.wait_for_mail(ALICE, count=2)]
    assert sorted(m["In-Reply-To"] for m in to_alice) == ["<oauth2-1@mail.example.com>", "<oauth2-2@mail.example.com>"]
    assert servers.wait_for_mail("support@goodtime.io")
    # Logged in with tokens, checked at the introspection endpoint: one for IMAP, one for SMTP.
    assert len(servers.oauth2.issued) == 2
    assert [active for _, active in servers.oauth2.introspected] == [True, True]
    dovecot, postfix = servers.logs_since(position, "dovecot"), servers.logs_since(position, "postfix")
    assert f"user=<{HELPLINE}>, method=XOAUTH2" in dovecot
    assert f"sasl_method=XOAUTH2, sasl_username={HELPLINE}" in postfix
    # The token never appears in the daemon's log, raw or inside the base64 SASL exchange.
    for secret in _secrets_of(servers):
        assert secret not in _everything(done)


def test_an_expired_token_makes_the_daemon_run_the_token_command_again_and_go_on(oauth2_line):
    servers, path = oauth2_line
    daemon = Daemon(config_mod.load(str(path)))
    try:
        servers.deliver(HELPLINE, eml(*FEATURE, 1))
        daemon.open()
        stats = daemon.run_pass()
        assert stats is not None and stats.sent == 1
        assert len(servers.wait_for_mail(ALICE)) == 1
        first = list(servers.oauth2.issued)
        assert len(first) == 2  # IMAP and SMTP
        # An hour later: every token handed out so far has expired, and both servers dropped the
        # daemon's connections (a restart, an idle timeout).
        servers.oauth2.expire_all()
        mark = len(servers.oauth2.introspected)
        servers.restart_dovecot()
        servers.restart_postfix()
        servers.deliver(HELPLINE, eml(*BUG, 2))
        for _ in range(3):  # the pass that finds the connection gone fails and backs off; then it reconnects
            daemon._not_before = 0
            stats = daemon.run_pass()
            if stats is not None and stats.sent:
                break
        assert stats is not None and stats.sent == 2, servers.logs()  # the forward and its acknowledgement
        assert servers.wait_for_mail("support@goodtime.io")
        # New tokens came from the command, and only those were presented: no expired token was reused.
        fresh = [t for t in servers.oauth2.issued if t not in first]
        later = servers.oauth2.introspected[mark:]
        assert len(fresh) >= 2 and len(later) >= 2
        assert all(active and token in fresh for token, active in later), later
    finally:
        daemon.close()


def test_a_stale_imap_token_is_replaced_once_and_the_pass_goes_on(oauth2_line):
    """A token helper can hand out a cached token the server has already expired: the IMAP login is
    refused, the daemon runs oauth2_token_command again and carries on."""
    servers, path = oauth2_line
    servers.deliver(HELPLINE, eml(*FEATURE, 1))
    servers.oauth2.hand_out_expired(1)  # the IMAP login's first token
    done = run_cli(path, "once")
    assert done.returncode == 0, _everything(done)
    assert "refused the OAuth2 token" in done.stderr and "running oauth2_token_command again" in done.stderr
    assert len(servers.wait_for_mail(ALICE)) == 1
    assert [active for _, active in servers.oauth2.introspected] == [False, True, True]  # IMAP twice, SMTP


def test_a_stale_smtp_token_is_replaced_once_and_the_reply_goes_out(oauth2_line):
    servers, path = oauth2_line
    servers.deliver(HELPLINE, eml(*FEATURE, 1))
    daemon = Daemon(config_mod.load(str(path)))
    try:
        daemon.open()                       # IMAP logs in with a good token
        servers.oauth2.hand_out_expired(1)  # the SMTP login's first token
        stats = daemon.run_pass()
        assert stats is not None and stats.sent == 1
        assert len(servers.wait_for_mail(ALICE)) == 1
        assert [active for _, active in servers.oauth2.introspected] == [True, False, True]
    finally:
        daemon.close()


def test_a_rejected_token_gives_a_clear_error_without_the_token(oauth2_line):
    servers, path = oauth2_line
    servers.deliver(HELPLINE, eml(*FEATURE, 1))
    servers.oauth2.hand_out_expired(100)  # every token the command gets is refused
    done = run_cli(path, "-v", "once")
    assert done.returncode == 1
    err = done.stderr.strip().splitlines()[-1]
    assert err.startswith(f"triage-daemon: mailbox: OAuth2 login as {HELPLINE} at 127.0.0.1:{servers.imap_port} refused")
    assert "oauth2_token_command" in err and "Traceback" not in done.stderr
    assert len(servers.oauth2.issued) == 2  # the command ran again once, then the daemon gave up
    for secret in _secrets_of(servers):
        assert secret not in _everything(done)


def test_a_rejected_token_on_smtp_keeps_the_reply_waiting_with_a_clear_error(oauth2_line):
    servers, path = oauth2_line
    servers.deliver(HELPLINE, eml(*FEATURE, 1))
    daemon = Daemon(config_mod.load(str(path)))
    try:
        daemon.open()  # IMAP logs in with a good token
        servers.oauth2.hand_out_expired(100)  # from now on every token is refused: SMTP's login fails
        stats = daemon.run_pass()
        assert stats is not None and stats.sent == 0 and stats.deferred == 1
        ((status, error),) = daemon.store._query("SELECT status, error FROM effects")
        assert status == "pending"  # kept, to go out once a token works
        assert error.startswith(f"outbox: OAuth2 login as {HELPLINE} at 127.0.0.1:{servers.submission_port} "
                                f"refused (535)"), error
        for secret in _secrets_of(servers):
            assert secret not in error
        # A working token again: the reply goes out at the next try.
        servers.oauth2.hand_out_expired(0)
        with daemon.store.tx() as db:
            db.execute("UPDATE effects SET next_try = 0")
        stats = daemon.run_pass()
        assert stats is not None and stats.sent == 1
        assert len(servers.wait_for_mail(ALICE)) == 1
    finally:
        daemon.close()
