"""Loops, floods, backscatter and hostile input once end to end: every message comes in through Postfix
(with the envelope a real sender would use) into Dovecot, the daemon works over IMAP and SMTP, and what
it sent is counted where it was delivered. The same cases run one by one on the Maildir twin in
test_loops_floods, test_backscatter and test_hostile_input; here the real servers stand between."""
from __future__ import annotations

import email
import email.policy
from collections import Counter

import pytest
from robust_helpers import HELPLINE, eml, imap_count, server_config
from test_hostile_input import HOSTILE, INJECTED_NAME, INJECTED_SUBJECT
from test_loops_floods import FLOOD_QUESTIONS, RULES, bounce

from triage_daemon.cli import main

ALICE, BOB, SUPPORT, CSM = "alice@example.com", "bob@example.com", "support@goodtime.io", "csm@example.com"
DANA = "dana.cho@example.com"   # who sends the hostile shapes
ERIN = "erin@example.com"       # who tries header injection
N_FLOOD = 60
N_BOUNCES = 30
CAP = 5      # max_auto_replies_per_sender_per_day (the default)


def envelope_sender(raw: bytes) -> str:
    """What a real MTA would have used as MAIL FROM: <> for bounces and robots that say so."""
    msg = email.message_from_bytes(raw)
    if str(msg.get("Return-Path", "")).strip() == "<>" or "delivery-status" in str(msg.get("Content-Type", "")):
        return ""
    return email.utils.parseaddr(str(msg["From"]))[1] or ""


def parsed(raw: bytes):
    return email.message_from_bytes(raw, policy=email.policy.default)


def as_alice(raw: bytes) -> bytes:
    """The rule's message from alice (a real mailbox here), unless the rule is about who sent it."""
    head, _, body = raw.partition(b"\n\n")
    lines = [b"From: Alice Example <alice@example.com>" if line.startswith(b"From: Person ") else line
             for line in head.split(b"\n")]
    return b"\n".join(lines) + b"\n\n" + body


@pytest.fixture(scope="module")
def run(mail_servers, tmp_path_factory):
    servers = mail_servers
    servers.reset_all()
    tmp_path = tmp_path_factory.mktemp("abuse")
    submitted = 0

    def submit(raw: bytes) -> None:
        nonlocal submitted
        servers.submit(raw, HELPLINE, sender=envelope_sender(raw))
        submitted += 1

    # Every never-auto-respond mark, on a question alice would otherwise get an answer to; and the control.
    from test_loops_floods import case_message
    for i, name in enumerate(RULES):
        submit(as_alice(case_message(i, name, control=False)[2]))
    submit(eml(sender=f"Alice Example <{ALICE}>", msgid="<control@mail.example.com>"))
    # A flood from bob: a minute of questions, the first twenty in four threads.
    for i in range(N_FLOOD):
        subject, question = FLOOD_QUESTIONS[i % len(FLOOD_QUESTIONS)]
        headers = {}
        if i < 20 and i % 5:
            root = i - i % 5
            headers = {"In-Reply-To": f"<flood-{i - 1}@mail.example.com>",
                       "References": " ".join(f"<flood-{k}@mail.example.com>" for k in range(root, i))}
        submit(eml(f"{subject} (#{i})", f"Hi,\n\n{question}\n\nThanks, Bob\n", sender=f"Bob Example <{BOB}>",
                   msgid=f"<flood-{i}@mail.example.com>", headers=headers,
                   date=f"Mon, 02 Mar 2026 09:14:{i * 60 // N_FLOOD:02d} +0000"))
    # A bounce storm, with the null envelope sender bounces have.
    for i in range(N_BOUNCES):
        submit(bounce(i))
    # Backscatter: a stranger (a mailbox outside the allowed example.com), a Reply-To pointing outside, a
    # failed DMARC check.
    submit(eml(sender=f"Support Desk <{SUPPORT}>", msgid="<stranger@goodtime.io>"))
    submit(eml(sender=f"Alice Example <{ALICE}>", msgid="<reply-to-outside@mail.example.com>",
               headers={"Reply-To": SUPPORT}))
    submit(eml(sender=f"Alice Example <{ALICE}>", msgid="<dmarc-fail@mail.example.com>",
               headers={"Authentication-Results": "mx.example.com; spf=pass smtp.mailfrom=bulk.example.net; "
                                                  "dmarc=fail (p=reject) header.from=example.com"}))
    # Hostile input: header injection from Erin's mailbox (so that its reply is delivered and read here;
    # mail from the CSM's own address gets no automatic reply), and the huge, deep and strange shapes.
    submit(eml(subject=INJECTED_SUBJECT, sender=f"{INJECTED_NAME} <{ERIN}>", msgid="<inject@mail.example.com>"))
    for name, make in HOSTILE.items():
        submit(make())
    servers.wait_for_mail(HELPLINE, count=submitted, timeout=120)

    config = server_config(servers, tmp_path, extra="idle = false\n")
    import os
    os.environ["TRIAGE_MAILBOX_PASSWORD"] = servers.password(HELPLINE)
    try:
        code = main(["--config", str(config), "once"])
    finally:
        os.environ.pop("TRIAGE_MAILBOX_PASSWORD", None)
    servers.wait_queue_empty()
    inboxes = {user: [parsed(r) for r in servers.fetch_all(user)] for user in (ALICE, BOB, SUPPORT, CSM, DANA, ERIN, HELPLINE)}
    filed = {f: imap_count(servers, f) for f in ("Triage/Question", "Triage/Bug", "Triage/Blocker", "Triage/Feature",
                                                   "Triage/Escalation", "Triage/Noise", "Triage/Review",
                                                   "Triage/Quarantine")}
    yield code, submitted, inboxes, filed
    servers.reset_all()


def by_kind(messages, kind: str) -> list:
    """Our messages of one kind (reply, product, forward, csm): our Message-IDs say which."""
    return [m for m in messages if str(m["Message-ID"]).startswith(f"<triage.{kind}.")]


def test_the_pass_handles_everything_and_nothing_comes_back(run):
    code, submitted, inboxes, filed = run
    assert code == 0
    assert sum(filed.values()) == submitted
    assert filed["Triage/Quarantine"] == 0
    # Nothing is left in the help line's INBOX, and nothing bounced back into it afterwards (a bounce of
    # anything sent to a robot, a stranger outside the test domains or an injected Bcc would land there).
    assert inboxes[HELPLINE] == []


def test_no_mark_of_automatic_mail_is_answered_and_the_control_is(run):
    _, _, inboxes, _ = run
    # alice sent every marked question, the control, and the Reply-To and DMARC cases: one answer, the control's.
    [reply] = inboxes[ALICE]
    assert reply["In-Reply-To"] == "<control@mail.example.com>" and reply["Auto-Submitted"] == "auto-replied"


def test_a_flood_gets_at_most_the_daily_cap_of_replies_one_per_thread(run):
    _, _, inboxes, _ = run
    replies = by_kind(inboxes[BOB], "reply") + by_kind(inboxes[BOB], "product")
    assert 1 <= len(replies) <= CAP and len(replies) == len(inboxes[BOB])
    threads = Counter(int(str(r["In-Reply-To"]).split("-")[1].split("@")[0]) // 5
                      if int(str(r["In-Reply-To"]).split("-")[1].split("@")[0]) < 20 else str(r["In-Reply-To"])
                      for r in replies)
    assert max(threads.values()) == 1


def test_no_backscatter_and_robots_get_nothing(run):
    _, _, inboxes, _ = run
    # The stranger and the Reply-To target (the same outside mailbox) got no automatic reply; what reached
    # it is only forwards to Support, at most the daily cap per sender.
    for m in inboxes[SUPPORT]:
        assert by_kind([m], "forward") == [m], m["Subject"]
        assert m["Auto-Submitted"] != "auto-replied"
    assert len(inboxes[SUPPORT]) <= 20 + 3


def test_injected_headers_never_reach_our_mail(run):
    _, _, inboxes, _ = run
    [reply] = by_kind(inboxes[ERIN], "reply")
    assert reply["In-Reply-To"] == "<inject@mail.example.com>"
    assert reply["Bcc"] is None and reply["X-Evil"] is None
    assert "\n" not in str(reply["Subject"]) and "\r" not in str(reply["Subject"])


def test_huge_deep_and_strange_messages_are_answered_like_any_other(run):
    _, _, inboxes, _ = run
    shapes = inboxes[DANA]
    answered = sorted(str(m["In-Reply-To"]) for m in by_kind(shapes, "reply"))
    assert answered == sorted(f"<{m}>" for m in ("huge-subject@x.example", "many@mail.example.com",
                                                   "deep@mail.example.com", "cs@x.example", "nul@x.example"))
    assert len(shapes) == len(answered)
    for reply in shapes:
        assert len(str(reply["Subject"])) <= 300 and reply["Bcc"] is None
