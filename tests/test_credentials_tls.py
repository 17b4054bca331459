"""No credentials without TLS: a server that does not offer STARTTLS (or an attacker who stripped it)
never receives a password unless the admin wrote starttls = "off", and then every start warns.

The servers here are fakes on loopback that offer no STARTTLS and record every byte they receive."""
from __future__ import annotations

import socket
import sqlite3
import threading
from pathlib import Path

from robust_helpers import eml, run_cli

PASSWORD = "S3cret-not-for-cleartext"


class FakeServer:
    """A line-based server on 127.0.0.1 that offers no STARTTLS; subclasses answer the commands."""

    greeting = b""

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

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join(5)
        self.sock.close()

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
                conn.sendall(self.greeting)
                buf, state = b"", {}
                while not self._stop.is_set():
                    try:
                        data = conn.recv(4096)
                    except OSError:
                        break
                    if not data:
                        break
                    self.received += data
                    buf += data
                    while b"\r\n" in buf:
                        line, buf = buf.split(b"\r\n", 1)
                        if self.answer(conn, line.decode(errors="replace"), state) == "close":
                            break


class FakeImap(FakeServer):
    greeting = b"* OK IMAP4rev1 ready\r\n"

    def answer(self, conn, line, state):
        tag, _, rest = line.partition(" ")
        command = rest.split(" ", 1)[0].upper()
        self.commands.append(command)
        if command == "CAPABILITY":
            conn.sendall(b"* CAPABILITY IMAP4rev1 AUTH=PLAIN IDLE\r\n" + f"{tag} OK done\r\n".encode())
        elif command == "LOGOUT":
            conn.sendall(b"* BYE bye\r\n" + f"{tag} OK done\r\n".encode())
            return "close"
        elif command in ("LOGIN", "AUTHENTICATE"):
            conn.sendall(f"{tag} NO [AUTHENTICATIONFAILED] no\r\n".encode())
        else:
            conn.sendall(f"{tag} BAD unknown command\r\n".encode())


class FakeSmtp(FakeServer):
    greeting = b"220 fake.example ESMTP\r\n"

    def answer(self, conn, line, state):
        if state.get("data"):
            if line == ".":
                state["data"] = False
                conn.sendall(b"250 queued\r\n")
            return None
        command = line.split(" ", 1)[0].upper()
        self.commands.append(command)
        replies = {"EHLO": b"250-fake.example\r\n250-AUTH PLAIN LOGIN\r\n250 8BITMIME\r\n", "HELO": b"250 fake\r\n",
                   "AUTH": b"235 ok\r\n", "MAIL": b"250 ok\r\n", "RCPT": b"250 ok\r\n", "RSET": b"250 ok\r\n",
                   "NOOP": b"250 ok\r\n", "DATA": b"354 go on\r\n", "QUIT": b"221 bye\r\n"}
        conn.sendall(replies.get(command, b"502 no\r\n"))
        if command == "DATA":
            state["data"] = True
        if command == "QUIT":
            return "close"
        return None

    @property
    def delivered(self) -> int:
        return self.commands.count("DATA")


def imap_config(tmp_path: Path, port: int, extra: str = "") -> Path:
    path = tmp_path / "triage.toml"
    path.write_text("\n".join([
        f'mailbox = "imap://helpline%40example.com@127.0.0.1:{port}/INBOX"', 'outbox = "maildir:mail/outbox"',
        'state = "sqlite:///triage.db"', 'helpline_address = "helpline@example.com"',
        'support_address = "support@goodtime.io"', 'csm_address = "csm@example.com"',
        'product_board_url = "https://goodtime.example/board"', "idle = false"]) + "\n" + extra, encoding="utf-8")
    return path


def smtp_config(tmp_path: Path, port: int, extra: str = "") -> Path:
    path = tmp_path / "triage.toml"
    path.write_text("\n".join([
        'mailbox = "maildir:mail/helpline"', f'outbox = "smtp://helpline%40example.com@127.0.0.1:{port}"',
        'state = "sqlite:///triage.db"', 'helpline_address = "helpline@example.com"',
        'support_address = "support@goodtime.io"', 'csm_address = "csm@example.com"',
        'product_board_url = "https://goodtime.example/board"',
        'kb_min_score = 0.36']) + "\n" + extra, encoding="utf-8")   # the question is answered: one message out
    inbox = tmp_path / "mail" / "helpline" / "new"
    inbox.mkdir(parents=True)
    (inbox / "q.eml").write_bytes(eml(msgid="<tls-q@mail.example.com>"))
    return path


def test_imap_auto_never_logs_in_to_a_server_without_starttls(tmp_path):
    with FakeImap() as fake:
        done = run_cli(imap_config(tmp_path, fake.port), "once", TRIAGE_MAILBOX_PASSWORD=PASSWORD)
    assert done.returncode == 1
    assert "does not offer STARTTLS" in done.stderr and 'set starttls = "off"' in done.stderr
    assert "CAPABILITY" in fake.commands and not {"LOGIN", "AUTHENTICATE"} & set(fake.commands), fake.commands
    assert PASSWORD.encode() not in fake.received


def test_imap_off_logs_in_in_the_clear_and_warns_at_start(tmp_path):
    with FakeImap() as fake:
        done = run_cli(imap_config(tmp_path, fake.port, 'starttls = "off"\n'), "once", TRIAGE_MAILBOX_PASSWORD=PASSWORD)
    assert done.returncode == 1                      # the fake refuses every login ...
    assert "LOGIN" in fake.commands                  # ... but it was asked, as the admin said
    assert 'starttls = "off": the mailbox password for helpline@example.com goes to 127.0.0.1 in the clear' \
        in done.stderr
    assert PASSWORD not in done.stderr


def test_smtp_auto_never_authenticates_to_a_server_without_starttls_and_the_reply_waits(tmp_path):
    with FakeSmtp() as fake:
        done = run_cli(smtp_config(tmp_path, fake.port), "once", TRIAGE_OUTBOX_PASSWORD=PASSWORD)
    assert done.returncode == 0, done.stderr
    assert "EHLO" in fake.commands and "AUTH" not in fake.commands and fake.delivered == 0, fake.commands
    assert PASSWORD.encode() not in fake.received
    assert "does not offer STARTTLS, so the password would go in the clear" in done.stderr
    db = sqlite3.connect(tmp_path / "triage.db")
    assert db.execute("SELECT status FROM effects").fetchall() == [("pending",)]   # waits; never lost


def test_smtp_off_authenticates_in_the_clear_as_told_and_warns(tmp_path):
    with FakeSmtp() as fake:
        done = run_cli(smtp_config(tmp_path, fake.port, 'starttls = "off"\n'), "once", TRIAGE_OUTBOX_PASSWORD=PASSWORD)
    assert done.returncode == 0, done.stderr
    assert "AUTH" in fake.commands and fake.delivered == 1
    assert 'starttls = "off": the outbox password for helpline@example.com goes to 127.0.0.1' in done.stderr


def test_smtp_without_a_user_sends_without_tls_and_without_a_password(tmp_path):
    with FakeSmtp() as fake:
        config = smtp_config(tmp_path, fake.port)
        config.write_text(config.read_text().replace("helpline%40example.com@", ""))
        done = run_cli(config, "once", TRIAGE_OUTBOX_PASSWORD=PASSWORD)
    assert done.returncode == 0, done.stderr
    assert "AUTH" not in fake.commands and fake.delivered == 1
