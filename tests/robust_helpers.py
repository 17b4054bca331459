"""Helpers for the robustness tests of issue 4 (crashes, floods, hostile mail)."""
from __future__ import annotations

import email
import email.policy
import os
import subprocess
import sys
from pathlib import Path

from twin import SAMPLES, Twin

ROOT = Path(__file__).resolve().parent.parent
QUESTION_BODY = ("Hi team,\n\nWhat's the email address for GoodTime support, and are they around on weekends?\n\n"
                 "Thanks,\nDana\n")
QUESTION_SUBJECT = "how do I reach goodtime support?"


def eml(subject: str = QUESTION_SUBJECT, body: str = QUESTION_BODY, sender: str = "Dana Cho <dana.cho@example.com>",
        msgid: str = "<q-1@mail.example.com>", date: str = "Mon, 02 Mar 2026 09:12:00 -0500",
        headers: dict | None = None, to: str = "GoodTime Help Line <helpline@example.com>",
        content_type: str = 'text/plain; charset="utf-8"') -> bytes:
    """A message as bytes; `headers` adds headers (a None value drops a default one)."""
    fields = {"From": sender, "To": to, "Subject": subject, "Date": date, "Message-ID": msgid,
              "MIME-Version": "1.0", "Content-Type": content_type}
    for name, value in (headers or {}).items():
        for existing in list(fields):
            if existing.lower() == name.lower():
                del fields[existing]
        fields[name] = value
    head = "".join(f"{k}: {v}\n" for k, v in fields.items() if v is not None)
    return (head + "\n" + body).encode("utf-8")


def twin_with_samples(root: Path, extra: str = "", state: str = "sqlite:///triage.db") -> Twin:
    twin = Twin(root, extra, state)
    for sample in sorted(SAMPLES.glob("*.eml")):
        twin.deliver(sample.read_bytes(), name=f"{sample.stem}.eml")
    return twin


def state_rows(twin: Twin, sql: str, args=()) -> list[tuple]:
    """A query on the twin's SQLite state, on a connection of its own."""
    import sqlite3

    db = sqlite3.connect(twin.root / "triage.db")
    try:
        return db.execute(sql, args).fetchall()
    finally:
        db.close()


def one_pass(twin: Twin):
    """One engine pass of a daemon on the twin, in this process; its PassStats."""
    from triage_daemon.service.daemon import Daemon

    daemon = Daemon(twin.cfg)
    try:
        daemon.open()
        return daemon.engine.run_pass()
    finally:
        daemon.close()


def sent_for_the_samples_alone(tmp_path: Path) -> int:
    """What the six samples send without the poison beside them: the figure to compare with."""
    (tmp_path / "reference").mkdir(exist_ok=True)
    twin = twin_with_samples(tmp_path / "reference")
    one_pass(twin)
    assert twin.sent(), "the samples alone sent nothing: no figure to compare with"
    return len(twin.sent())


def subprocess_env(**extra) -> dict:
    env = dict(os.environ, PYTHONUNBUFFERED="1", **extra)
    for name in ("TRIAGE_CONFIG", "TRIAGE_FAULT"):
        if name not in extra:
            env.pop(name, None)
    return env


def run_cli(config: Path, *args: str, timeout: float = 120, **env_extra) -> subprocess.CompletedProcess:
    """`python -m triage_daemon --config CONFIG ARGS...` as a separate process (stdout/stderr captured)."""
    return subprocess.run([sys.executable, "-m", "triage_daemon", "--config", str(config), *args],
                          capture_output=True, text=True, timeout=timeout, env=subprocess_env(**env_extra),
                          cwd=config.parent)


def outbox_files(twin: Twin) -> list[Path]:
    return sorted(p for sub in ("new", "cur") for p in (twin.outbox / sub).glob("*")) \
        if twin.outbox.exists() else []


def parse_bytes(raw: bytes) -> email.message.EmailMessage:
    return email.message_from_bytes(raw, policy=email.policy.default)


def original_message_id(msg) -> str:
    """What an outgoing message is about: In-Reply-To for replies, the attached original's id for forwards."""
    if msg["In-Reply-To"]:
        return str(msg["In-Reply-To"]).strip()
    for part in msg.walk():
        if part.get_content_type() == "message/rfc822":
            inner = part.get_payload()[0]
            return str(inner["Message-ID"] or "").strip()
        if part.get_filename() == "original.eml":
            inner = parse_bytes(part.get_payload(decode=True))
            return str(inner["Message-ID"] or "").strip()
    return ""


def header_names(raw: bytes) -> list[str]:
    """The top-level header field names of a message, lower-case, in order, with repeats."""
    head = raw.replace(b"\r\n", b"\n").split(b"\n\n", 1)[0]
    names = []
    for line in head.split(b"\n"):
        if line and line[:1] not in (b" ", b"\t"):
            names.append(line.split(b":", 1)[0].decode("ascii", "replace").strip().lower())
    return names


# Every header the daemon itself may put on a message it writes (Return-Path and Delivered-To are added
# by the Maildir outbox, as a delivering MTA would).
OUR_HEADERS = {"from", "to", "subject", "date", "message-id", "auto-submitted", "x-auto-response-suppress",
               "x-triage-loop", "in-reply-to", "references", "reply-to", "importance", "x-priority",
               "mime-version", "content-type", "content-transfer-encoding", "x-triage-action", "x-triage-reference",
               "x-triage-category", "x-triage-draft"}
DELIVERY_HEADERS = {"return-path", "delivered-to"}


# --- the real servers (fixture `clean_mail`) ------------------------------------------------------------------

HELPLINE = "helpline@example.com"


def server_config(servers, tmp_path: Path, imap_port: int | None = None, smtp_port: int | None = None,
                  extra: str = "", kb_min_score: float = 0.36) -> Path:
    """A daemon config for the test Dovecot and Postfix (or other ports, e.g. a closed one). The tests
    exercise answers at the bar they were written for (0.36); 1.0 turns automatic answers off."""
    path = tmp_path / "triage.toml"
    imap = imap_port or servers.imap_port
    smtp = smtp_port or servers.smtp_port
    path.write_text("\n".join([
        f'mailbox = "imap://helpline%40example.com@127.0.0.1:{imap}/INBOX"',
        f'outbox = "smtp://127.0.0.1:{smtp}"',
        'state = "sqlite:///triage.db"',
        f'helpline_address = "{HELPLINE}"',
        'support_address = "support@goodtime.io"',
        'csm_address = "csm@example.com"',
        'product_board_url = "https://goodtime.example/board"',
        'starttls = "off"',
        f'kb_min_score = {kb_min_score}',
    ]) + "\n" + extra, encoding="utf-8")
    return path


def closed_port() -> int:
    """A loopback port nobody listens on (bound, then released)."""
    import socket
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_daemon(config: Path, **env_extra) -> subprocess.Popen:
    """`triage-daemon run` in the background, its output in daemon.log beside the config."""
    log = open(config.parent / "daemon.log", "ab")
    return subprocess.Popen([sys.executable, "-m", "triage_daemon", "--config", str(config), "run"],
                            stdout=log, stderr=log, env=subprocess_env(**env_extra), cwd=config.parent)


def stop_daemon(proc: subprocess.Popen) -> int:
    import signal
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            return proc.wait(30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(10)
    return proc.returncode


def daemon_log(config: Path) -> str:
    path = config.parent / "daemon.log"
    return path.read_text(errors="replace") if path.exists() else ""


def wait_log(config: Path, text: str, timeout: float = 90) -> None:
    import time
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if text in daemon_log(config):
            return
        time.sleep(0.1)
    raise AssertionError(f"{text!r} not in the daemon log:\n{daemon_log(config)[-3000:]}")


def imap_count(servers, folder: str, user: str = HELPLINE) -> int:
    client = servers.imap(user)
    try:
        if not client.folder_exists(folder):
            return 0
        client.select_folder(folder, readonly=True)
        return len(client.search(["ALL"]))
    finally:
        client.logout()


# --- "nothing happened", proved by an event that comes after it ------------------------------------------------

def postfix_log_barrier(servers, position) -> None:
    """Return once everything Postfix logged before this call is in its log: a session of our own, with a
    signature no client of the tests uses (thirteen NOOPs), is logged after it."""
    import time
    with servers.smtp() as smtp:
        smtp.ehlo()
        for _ in range(13):
            smtp.noop()
    deadline = time.monotonic() + 30
    while "noop=13 quit=1" not in servers.logs_since(position, "postfix"):
        if time.monotonic() > deadline:
            raise AssertionError(f"Postfix did not log our marker session\n{servers.logs()}")
        time.sleep(0.05)


def dovecot_log_barrier(servers, position, user: str = "bob@example.com") -> None:
    """Return once everything Dovecot logged before this call is in its log: our own later login is."""
    import time
    servers.imap(user).logout()
    deadline = time.monotonic() + 30
    while f"Login: user=<{user}>" not in servers.logs_since(position, "dovecot"):
        if time.monotonic() > deadline:
            raise AssertionError(f"Dovecot did not log our marker login\n{servers.logs()}")
        time.sleep(0.05)


def assert_nothing_delivered(servers, users) -> None:
    """Whatever the daemon handed Postfix was queued before its SMTP exchange ended: once the queue is
    empty it has all been delivered (or bounced to the help line), so empty inboxes prove nothing was sent."""
    servers.wait_queue_empty()
    for user in [users] if isinstance(users, str) else users:
        assert servers.fetch_all(user) == [], user
