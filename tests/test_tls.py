"""TLS against the real Dovecot and Postfix: verification on by default, `ca_file` for a private CA,
`imaps://`, `imap://` with STARTTLS (`starttls = "require"` refuses a server without it), `smtps://`,
`smtp+starttls://`.

The test servers (tests/mailservers.py) carry a certificate for 127.0.0.1 signed by a private test CA
(`servers.ca_file`), which no system store trusts. Proof that TLS was really used comes from the
servers themselves: Dovecot's login line says "TLS" (and names the local port), Postfix logs "TLS
connection established" and stamps the reply's Received header "with ESMTPS".
"""
from __future__ import annotations

import email
import email.policy
import re
import socket
import sqlite3
import threading
import time
from pathlib import Path

import pytest
from robust_helpers import HELPLINE, dovecot_log_barrier, imap_count, postfix_log_barrier

from triage_daemon.cli import main

SENDER = "alice@example.com"
QUESTION = ("how do I reach goodtime support?",
            "Hi, what's the email address for GoodTime Support and are they available on weekends? Thanks, Alice")


# --- helpers --------------------------------------------------------------------------------------------------

@pytest.fixture
def env(clean_mail, monkeypatch):
    monkeypatch.setenv("TRIAGE_MAILBOX_PASSWORD", clean_mail.password(HELPLINE))
    for name in ("TRIAGE_OUTBOX_PASSWORD", "TRIAGE_CONFIG", "TRIAGE_FAULT", "SSL_CERT_FILE", "SSL_CERT_DIR"):
        monkeypatch.delenv(name, raising=False)
    return clean_mail


def imaps_url(servers) -> str:
    return f"imaps://helpline%40example.com@127.0.0.1:{servers.imaps_port}/INBOX"


def imap_url(servers, port: int | None = None) -> str:
    return f"imap://helpline%40example.com@127.0.0.1:{port or servers.imap_port}/INBOX"


def smtps_url(servers) -> str:
    return f"smtps://127.0.0.1:{servers.smtps_port}"


def starttls_url(servers) -> str:
    return f"smtp+starttls://127.0.0.1:{servers.smtp_port}"


def write_config(tmp_path: Path, mailbox: str, outbox: str, **settings) -> Path:
    """A daemon config; keyword settings (starttls, ca_file, ...) are written as TOML strings."""
    path = tmp_path / "triage.toml"
    lines = [f'mailbox = "{mailbox}"', f'outbox = "{outbox}"', 'state = "sqlite:///triage.db"',
             f'helpline_address = "{HELPLINE}"', 'support_address = "support@goodtime.io"',
             'csm_address = "csm@example.com"', 'product_board_url = "https://goodtime.example/board"',
             "idle = false",
             "kb_min_score = 0.36"]   # the question is answered at the bar the test was written for: one reply
    lines += [f'{key} = "{value}"' for key, value in settings.items()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def once(config: Path) -> int:
    return main(["--config", str(config), "once"])


def question(msgid: str) -> bytes:
    head = [f"From: Alice Example <{SENDER}>", f"To: {HELPLINE}", f"Subject: {QUESTION[0]}",
            "Date: Tue, 03 Mar 2026 09:00:00 +0000", f"Message-ID: {msgid}", "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=utf-8"]
    return ("\r\n".join(head) + "\r\n\r\n" + QUESTION[1] + "\r\n").encode()


def parsed(raw: bytes):
    return email.message_from_bytes(raw, policy=email.policy.default)


def postfix_received(msg) -> str:
    """The Received header Postfix's smtpd wrote when the daemon handed it the message."""
    [header] = [str(h) for h in msg.get_all("Received", []) if "(Postfix)" in str(h)]
    return " ".join(header.split())


def wait_for_log(servers, position, which: str, pattern: str, timeout: float = 10) -> list[str]:
    """The lines the log gained since `position` that match `pattern`, once there is at least one."""
    deadline = time.monotonic() + timeout
    while True:
        lines = [line for line in servers.logs_since(position, which).splitlines() if re.search(pattern, line)]
        if lines or time.monotonic() > deadline:
            return lines
        time.sleep(0.05)


def helpline_logins(servers, position, timeout: float = 10) -> list[str]:
    """Dovecot's successful-login lines for the help line since `position`."""
    return wait_for_log(servers, position, "dovecot", r"imap-login: .*Login: user=<helpline@example\.com>", timeout)


def effects(tmp_path: Path) -> list[tuple[str, str]]:
    if not (tmp_path / "triage.db").exists():  # refused at start-up: nothing was even recorded
        return []
    db = sqlite3.connect(tmp_path / "triage.db")
    try:
        return db.execute("SELECT status, COALESCE(error, '') FROM effects").fetchall()
    finally:
        db.close()


def assert_one_clean_error_line(err: str, *needles: str) -> str:
    """stderr holds exactly one line, starting `triage-daemon:`, naming the problem, with no secrets."""
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert lines[0].startswith("triage-daemon: "), err
    assert "Traceback" not in err
    for needle in needles:
        assert needle.lower() in lines[0].lower(), lines[0]
    return lines[0]


# --- verified TLS with the private CA --------------------------------------------------------------------------

def test_imaps_and_smtps_verified_with_ca_file_answer_a_question(env, tmp_path, capsys):
    env.deliver(HELPLINE, question("<tls-imaps@mail.example.com>"))
    config = write_config(tmp_path, imaps_url(env), smtps_url(env), ca_file=env.ca_file)
    position = env.log_position()

    assert once(config) == 0

    # Dovecot: the help line logged in on the imaps port, over TLS.
    logins = helpline_logins(env, position)
    assert logins, env.logs()
    assert all(f"lport={env.imaps_port}," in line and ", TLS," in line for line in logins), logins
    # Postfix: the reply came in on the smtps (wrapper-mode) listener, TLS from the first byte.
    assert wait_for_log(env, position, "postfix", r"postfix/smtps/smtpd\[\d+\]: .*TLS connection established"), \
        env.logs()
    [reply] = env.wait_for_mail(SENDER)
    msg = parsed(reply)
    assert msg["In-Reply-To"] == "<tls-imaps@mail.example.com>"
    assert " with ESMTPS " in postfix_received(msg)
    assert effects(tmp_path) == [("sent", "")]
    assert imap_count(env, "Triage/Question") == 1
    assert "1 sent" in capsys.readouterr().out


def test_imap_with_starttls_require_and_ca_file_logs_in_only_after_starttls(env, tmp_path):
    env.deliver(HELPLINE, question("<tls-starttls-imap@mail.example.com>"))
    # `starttls = "require"` covers smtp:// too: the reply must go out over STARTTLS as well.
    config = write_config(tmp_path, imap_url(env), f"smtp://127.0.0.1:{env.smtp_port}",
                          starttls="require", ca_file=env.ca_file)
    position = env.log_position()

    assert once(config) == 0

    # Every login of the daemon was on the plain imap port, and over TLS: STARTTLS came first.
    logins = helpline_logins(env, position)
    assert logins, env.logs()
    assert all(f"lport={env.imap_port}," in line and ", TLS," in line for line in logins), logins
    [reply] = env.wait_for_mail(SENDER)
    msg = parsed(reply)
    assert msg["In-Reply-To"] == "<tls-starttls-imap@mail.example.com>"
    assert " with ESMTPS " in postfix_received(msg)
    assert imap_count(env, "Triage/Question") == 1


def test_smtp_starttls_with_ca_file_sends_the_reply_over_starttls(env, tmp_path):
    env.deliver(HELPLINE, question("<tls-starttls-smtp@mail.example.com>"))
    config = write_config(tmp_path, imaps_url(env), starttls_url(env), ca_file=env.ca_file)
    position = env.log_position()

    assert once(config) == 0

    # Postfix: on the plain smtp port (not the smtps listener), upgraded with STARTTLS.
    assert wait_for_log(env, position, "postfix", r"postfix/smtpd\[\d+\]: .*TLS connection established"), env.logs()
    assert wait_for_log(env, position, "postfix", r"postfix/smtpd\[\d+\]: disconnect from .* starttls=1 "), env.logs()
    postfix_log_barrier(env, position)
    assert not wait_for_log(env, position, "postfix", r"postfix/smtps/", timeout=0)
    [reply] = env.wait_for_mail(SENDER)
    msg = parsed(reply)
    assert msg["In-Reply-To"] == "<tls-starttls-smtp@mail.example.com>"
    assert " with ESMTPS " in postfix_received(msg)
    assert effects(tmp_path) == [("sent", "")]


def test_without_ca_file_the_system_store_is_used(env, tmp_path, monkeypatch):
    # OpenSSL's default verify paths honour SSL_CERT_FILE: here the "system store" is the test CA.
    monkeypatch.setenv("SSL_CERT_FILE", env.ca_file)
    env.deliver(HELPLINE, question("<tls-system-store@mail.example.com>"))
    config = write_config(tmp_path, imaps_url(env), smtps_url(env))

    assert once(config) == 0

    [reply] = env.wait_for_mail(SENDER)
    assert parsed(reply)["In-Reply-To"] == "<tls-system-store@mail.example.com>"


# --- verification is on by default ------------------------------------------------------------------------------

def test_imaps_without_ca_file_refuses_the_untrusted_certificate(env, tmp_path, capsys):
    env.deliver(HELPLINE, question("<tls-untrusted-imaps@mail.example.com>"))
    config = write_config(tmp_path, imaps_url(env), smtps_url(env))
    position = env.log_position()

    assert once(config) == 1

    out, err = capsys.readouterr()
    # "triage-daemon: mailbox: cannot connect to 127.0.0.1:PORT: [SSL: CERTIFICATE_VERIFY_FAILED] certificate
    # verify failed: unable to get local issuer certificate (...)"
    assert_one_clean_error_line(err, "mailbox", f"127.0.0.1:{env.imaps_port}", "certificate verify failed")
    password = env.password(HELPLINE)
    assert password not in out and password not in err
    dovecot_log_barrier(env, position)
    assert not helpline_logins(env, position, timeout=0)
    assert imap_count(env, "INBOX") == 1  # untouched, unanswered
    assert env.fetch_all(SENDER) == []


def test_imap_starttls_auto_without_ca_file_fails_and_never_falls_back_to_plaintext(env, tmp_path, capsys):
    env.deliver(HELPLINE, question("<tls-untrusted-starttls@mail.example.com>"))
    config = write_config(tmp_path, imap_url(env), f"smtp://127.0.0.1:{env.smtp_port}")  # starttls = "auto"
    position = env.log_position()

    assert once(config) == 1

    out, err = capsys.readouterr()
    assert_one_clean_error_line(err, "mailbox", f"127.0.0.1:{env.imap_port}", "certificate verify failed")
    password = env.password(HELPLINE)
    assert password not in out and password not in err
    # No login at all, neither over TLS nor in plaintext on a fresh connection: the password never left.
    dovecot_log_barrier(env, position)
    assert not helpline_logins(env, position, timeout=0)
    assert imap_count(env, "INBOX") == 1


@pytest.mark.parametrize("scheme", ["smtps", "smtp+starttls"])
def test_smtp_without_ca_file_sends_nothing_and_keeps_the_reply_pending(env, tmp_path, capsys, scheme):
    env.deliver(HELPLINE, question(f"<tls-untrusted-{scheme}@mail.example.com>"))
    # The mailbox is plain imap:// (starttls = "off"), so only the outbox meets the untrusted certificate.
    outbox = smtps_url(env) if scheme == "smtps" else starttls_url(env)
    config = write_config(tmp_path, imap_url(env), outbox, starttls="off")
    position = env.log_position()

    assert once(config) == 0  # an outbox problem is not fatal to the pass

    out, err = capsys.readouterr()
    assert "0 sent, 1 waiting" in out
    # The log names the problem (the certificate) on the warning about the deferred reply.
    [warning] = [line for line in err.splitlines() if "deferred" in line]
    assert "certificate verify failed" in warning.lower(), err
    assert "Traceback" not in err
    # The state keeps the reply queued for a retry, with the reason.
    [(status, error)] = effects(tmp_path)
    assert status == "pending"
    assert "certificate verify failed" in error.lower()
    # Nothing was handed to Postfix, nothing delivered, and the question stays in the INBOX until its reply is out.
    postfix_log_barrier(env, position)
    assert not wait_for_log(env, position, "postfix", r": client=unknown", timeout=0)
    assert env.queued() == 0
    assert env.fetch_all(SENDER) == []
    assert imap_count(env, "INBOX") == 1


def test_an_unreadable_ca_file_is_a_configuration_problem_never_a_reason_to_quarantine_mail(env, tmp_path, capsys):
    env.deliver(HELPLINE, question("<tls-missing-ca-file@mail.example.com>"))
    # Only the outbox uses TLS here (imap:// with starttls = "off"), so only the outbox reads ca_file.
    missing = tmp_path / "missing-ca.pem"
    config = write_config(tmp_path, imap_url(env), smtps_url(env), starttls="off", ca_file=str(missing))
    for _ in range(3):  # max_attempts passes: refused before any is made
        assert once(config) == 2
        assert_one_clean_error_line(capsys.readouterr().err, "configuration error", "ca_file", str(missing))
    assert effects(tmp_path) == []        # nothing recorded, nothing tried
    assert imap_count(env, "INBOX") == 1

    # The file goes away while the daemon runs: the reply waits for it, the message is never quarantined.
    missing.write_bytes(Path(env.ca_file).read_bytes())
    from triage_daemon import config as config_mod
    from triage_daemon.service.daemon import Daemon

    daemon = Daemon(config_mod.load(str(config)))
    try:
        daemon.open()
        missing.unlink()
        for _ in range(3):
            daemon.engine.run_pass()
            daemon.store.db.execute("UPDATE effects SET next_try = 0")   # (skip the back-off)
        [(status, error)] = effects(tmp_path)
        assert status == "pending" and "ca_file" in error and str(missing) in error
        missing.write_bytes(Path(env.ca_file).read_bytes())               # fixed
        assert daemon.engine.run_pass().sent == 1
    finally:
        daemon.close()
    assert imap_count(env, "Triage/Quarantine") == 0 and imap_count(env, "Triage/Question") == 1
    [reply] = env.wait_for_mail(SENDER)
    assert parsed(reply)["In-Reply-To"] == "<tls-missing-ca-file@mail.example.com>"


# --- starttls = "require" against a server without STARTTLS -----------------------------------------------------

class FakeImapServer:
    """An IMAP server on 127.0.0.1 that offers no STARTTLS; it records everything a client sends."""

    def __init__(self):
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(5)
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.received = b""
        self.commands: list[str] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)

    def __enter__(self) -> "FakeImapServer":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join(5)
        self.sock.close()

    @property
    def login_received(self) -> bool:
        return any(c in ("LOGIN", "AUTHENTICATE") for c in self.commands)

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except socket.timeout:
                continue
            except OSError:
                return
            with conn:
                conn.settimeout(10)
                self._session(conn)

    def _session(self, conn: socket.socket) -> None:
        conn.sendall(b"* OK IMAP4rev1 ready\r\n")
        buf = b""
        while not self._stop.is_set():
            try:
                data = conn.recv(4096)
            except OSError:
                return
            if not data:
                return
            self.received += data
            buf += data
            while b"\r\n" in buf:
                line, buf = buf.split(b"\r\n", 1)
                tag, _, rest = line.decode(errors="replace").partition(" ")
                command = rest.split(" ", 1)[0].upper()
                self.commands.append(command)
                if command == "CAPABILITY":
                    conn.sendall(b"* CAPABILITY IMAP4rev1 AUTH=PLAIN IDLE\r\n" + f"{tag} OK done\r\n".encode())
                elif command == "LOGOUT":
                    conn.sendall(b"* BYE bye\r\n" + f"{tag} OK done\r\n".encode())
                    return
                elif command in ("LOGIN", "AUTHENTICATE"):
                    conn.sendall(f"{tag} NO [AUTHENTICATIONFAILED] no\r\n".encode())
                else:
                    conn.sendall(f"{tag} BAD unknown command\r\n".encode())


def test_starttls_require_refuses_a_server_without_starttls_and_never_sends_the_password(env, tmp_path, capsys):
    with FakeImapServer() as fake:
        config = write_config(tmp_path, imap_url(env, fake.port), f"smtp://127.0.0.1:{env.smtp_port}",
                              starttls="require", ca_file=env.ca_file)
        assert once(config) == 1
    out, err = capsys.readouterr()
    assert_one_clean_error_line(err, "mailbox", f"127.0.0.1:{fake.port}", "does not offer STARTTLS", "require")
    # It asked what the server offers, and left: nothing but CAPABILITY and LOGOUT.
    assert "CAPABILITY" in fake.commands and set(fake.commands) <= {"CAPABILITY", "LOGOUT"}, fake.commands
    assert not fake.login_received
    password = env.password(HELPLINE)
    assert password.encode() not in fake.received
    assert password not in out and password not in err


def test_starttls_auto_never_logs_in_where_the_server_offers_none(env, tmp_path, capsys):
    # "auto" uses STARTTLS when offered and never sends the password without it; "off" is the admin's
    # explicit word that this network is trusted (tests/test_credentials_tls.py).
    with FakeImapServer() as fake:
        config = write_config(tmp_path, imap_url(env, fake.port), f"smtp://127.0.0.1:{env.smtp_port}")
        assert once(config) == 1
    assert not fake.login_received, fake.commands
    err = capsys.readouterr().err
    assert_one_clean_error_line(err, "does not offer STARTTLS", 'set starttls = "off"')
    assert env.password(HELPLINE).encode() not in fake.received
