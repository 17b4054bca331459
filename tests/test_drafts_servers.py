"""Drafts on the real Dovecot and Postfix: saved over IMAP in the \\Drafts folder with the \\Draft flag,
threaded, never sent; a SIGKILL at every step never leaves two."""
from __future__ import annotations

import email
import email.policy
import signal
from pathlib import Path

import pytest
from robust_helpers import HELPLINE, imap_count, run_cli, server_config

from triage_daemon.cli import main

QUESTION = ("how do I reach goodtime support?",
            "Hi, what's the email address for GoodTime Support and are they available on weekends? Thanks, Alice")
NOISE = ("Automatic reply: interview schedule", "I am out of the office until Monday with limited access to email.")
PEOPLE = ("alice@example.com", "support@goodtime.io", "csm@example.com")


def eml(subject: str, body: str, msgid: str, **headers) -> bytes:
    head = ["From: Alice Example <alice@example.com>", f"To: {HELPLINE}", f"Subject: {subject}",
            "Date: Tue, 03 Mar 2026 09:00:00 +0000", f"Message-ID: {msgid}", "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=utf-8"]
    head += [f"{k.replace('_', '-')}: {v}" for k, v in headers.items()]
    return ("\r\n".join(head) + "\r\n\r\n" + body + "\r\n").encode()


def config_for(servers, tmp_path: Path) -> Path:
    """The shared server config with automatic answers off (kb_min_score = 1.0), so that the question is
    forwarded and its article becomes a draft."""
    return server_config(servers, tmp_path, extra="idle = false\n", kb_min_score=1.0)


@pytest.fixture
def env(clean_mail, monkeypatch):
    monkeypatch.setenv("TRIAGE_MAILBOX_PASSWORD", clean_mail.password(HELPLINE))
    monkeypatch.delenv("TRIAGE_CONFIG", raising=False)
    monkeypatch.delenv("TRIAGE_FAULT", raising=False)
    return clean_mail


def drafts_with_flags(servers) -> list[tuple[tuple, email.message.EmailMessage]]:
    client = servers.imap(HELPLINE)
    try:
        if not client.folder_exists("Drafts"):
            return []
        client.select_folder("Drafts", readonly=True)
        uids = client.search(["ALL"])
        data = client.fetch(uids, ["FLAGS", "BODY.PEEK[]"]) if uids else {}
        return [(tuple(data[u][b"FLAGS"]), email.message_from_bytes(data[u][b"BODY[]"], policy=email.policy.default))
                for u in sorted(uids)]
    finally:
        client.logout()


def drafts_special_use(servers) -> bool:
    client = servers.imap(HELPLINE)
    try:
        return any(name == "Drafts" and b"\\Drafts" in flags for flags, _, name in client.list_folders())
    finally:
        client.logout()


def test_a_draft_lands_in_drafts_flagged_and_threaded_and_is_never_sent(env, tmp_path):
    config = config_for(env, tmp_path)
    env.deliver(HELPLINE, eml(*QUESTION, msgid="<q-draft@mail.example.com>"))
    env.deliver(HELPLINE, eml(*NOISE, msgid="<ooo-draft@mail.example.com>", Auto_Submitted="auto-replied"))
    assert main(["--config", str(config), "once"]) == 0
    [(flags, draft)] = drafts_with_flags(env)
    assert b"\\Draft" in flags
    assert drafts_special_use(env)
    assert draft["X-Triage-Action"] == "draft"
    assert draft["To"] == "alice@example.com" and HELPLINE in str(draft["From"])
    assert draft["Subject"] == "Re: " + QUESTION[0]
    assert draft["In-Reply-To"] == "<q-draft@mail.example.com>"
    assert "<q-draft@mail.example.com>" in draft["References"]
    assert draft["Auto-Submitted"] is None
    assert draft["X-Triage-Draft"].split()[0] == "contact-support"
    assert "support@goodtime.io" in draft.get_body(preferencelist=("plain",)).get_content()
    # Never sent: what reached people is the forward and the acknowledgement, none of them the draft.
    env.wait_queue_empty()
    delivered = env.deliveries(PEOPLE)
    assert draft["Message-ID"] not in delivered
    kinds = sorted(str(email.message_from_bytes(raw)["X-Triage-Action"])
                   for user in PEOPLE for raw in env.fetch_all(user))
    assert kinds == ["acknowledgement", "forward_support"]
    # A second pass writes no second draft; the noise got none.
    assert main(["--config", str(config), "once"]) == 0
    assert len(drafts_with_flags(env)) == 1
    assert imap_count(env, "Triage/Noise") == 1


STEPS = ["after_fetch", "after_decide", "before_draft", "after_draft", "before_data", "after_send", "before_file"]


@pytest.mark.parametrize("step", STEPS)
def test_killed_at_each_step_the_draft_is_saved_once(step, env, tmp_path, monkeypatch):
    config = config_for(env, tmp_path)
    env.deliver(HELPLINE, eml(*QUESTION, msgid="<q-kill@mail.example.com>"))
    run = run_cli(config, "once", TRIAGE_FAULT=f"{step}:kill", TRIAGE_MAILBOX_PASSWORD=env.password(HELPLINE))
    assert run.returncode == -signal.SIGKILL, run.stderr[-2000:]
    if step == "after_draft":
        assert len(drafts_with_flags(env)) == 1          # the APPEND landed, its record did not
    if step in ("after_fetch", "after_decide", "before_draft"):
        assert drafts_with_flags(env) == []
    for _ in range(2):
        assert main(["--config", str(config), "once"]) == 0
    found = drafts_with_flags(env)
    assert len(found) == 1, [d["Message-ID"] for _, d in found]
    assert b"\\Draft" in found[0][0]
    assert imap_count(env, "INBOX") == 0
