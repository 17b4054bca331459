"""Builders shared by the unit tests: an .eml message from headers and a body; a daemon in a thread."""
from __future__ import annotations

import contextlib
import threading
import time

DEFAULT_HEADERS = {
    "From": "Dana Recruiter <dana@example.com>",
    "To": "helpline@example.com",
    "Subject": "A question",
    "Date": "Tue, 12 Mar 2024 10:15:00 +0000",
    "Message-ID": "<msg-1@mail.example.com>",
    "MIME-Version": "1.0",
    "Content-Type": "text/plain; charset=utf-8",
    "Content-Transfer-Encoding": "8bit",
}


def make_eml(subject: str | None = "A question", body: str | bytes = "Hello,\n\nhow do I do this?\n",
             sender: str | None = "Dana Recruiter <dana@example.com>", headers: dict | None = None,
             to: str | None = "helpline@example.com", message_id: str | None = "<msg-1@mail.example.com>",
             newline: str = "\n") -> bytes:
    """An RFC 5322 message as bytes.

    `headers` adds or replaces headers (case-insensitively); a value of None removes a default one.
    A list value writes the header once per item. `body` is UTF-8 encoded when it is a str.
    """
    fields: dict[str, object] = dict(DEFAULT_HEADERS)
    fields["Subject"] = subject
    fields["From"] = sender
    fields["To"] = to
    fields["Message-ID"] = message_id
    for name, value in (headers or {}).items():
        for existing in list(fields):
            if existing.lower() == name.lower():
                del fields[existing]
        fields[name] = value
    lines: list[bytes] = []
    for name, value in fields.items():
        if value is None:
            continue
        for item in value if isinstance(value, list) else [value]:
            raw = item if isinstance(item, bytes) else str(item).encode("utf-8")
            lines.append(name.encode("ascii") + b": " + raw)
    nl = newline.encode()
    payload = body if isinstance(body, bytes) else body.encode("utf-8")
    if newline != "\n" and not isinstance(body, bytes):
        payload = payload.replace(b"\n", nl)
    return nl.join(lines) + nl + nl + payload


def minimal_config(**changes) -> dict:
    """The seven keys every config must have (DESIGN.md's contract), with changes on top."""
    data = {
        "mailbox": "maildir:var/mail/helpline",
        "outbox": "maildir:var/mail/outbox",
        "state": "sqlite:///var/triage.db",
        "helpline_address": "helpline@example.com",
        "support_address": "support@goodtime.io",
        "csm_address": "csm@example.com",
        "product_board_url": "https://goodtime.io/product-board",
    }
    data.update(changes)
    return data


@contextlib.contextmanager
def daemon_in_thread(config_path, monkeypatch, after_pass=None):
    """The daemon's run_forever in a thread (no signal handlers); yields the daemon and the start time of
    each pass. `after_pass(n)` runs inside the n-th pass, after its real work, while the pass is in hand."""
    from triage_daemon import config
    from triage_daemon.service.daemon import Daemon

    monkeypatch.setattr("triage_daemon.service.daemon.install_signal_handlers", lambda stop, reload: None)
    daemon = Daemon(config.load(str(config_path)))
    real_pass, passes = daemon.run_pass, []

    def pass_in_hand():
        passes.append(time.monotonic())
        stats = real_pass()
        if after_pass:
            after_pass(len(passes))
        return stats

    daemon.run_pass = pass_in_hand
    thread = threading.Thread(target=daemon.run_forever, daemon=True)
    thread.start()
    try:
        yield daemon, passes
    finally:
        daemon.stop.set()
        thread.join(60)
    assert not thread.is_alive()
