"""Mail loops and floods, end to end through the daemon on the Maildir twin: every never-auto-respond
rule holds for a message that otherwise gets an answer; two help lines never answer each other more than
once; a flood from one sender and a bounce storm are filed without flooding anybody."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from robust_helpers import QUESTION_BODY, eml, outbox_files, parse_bytes
from twin import BASE_TOML, Twin

from triage_daemon.cli import main
from triage_daemon.service.daemon import Daemon

DSN_BODY = ("--R\nContent-Type: text/plain; charset=utf-8\n\n" + QUESTION_BODY +
            "--R\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.com\n\n"
            "Final-Recipient: rfc822; gone@example.com\nAction: failed\nStatus: 5.1.1\n--R--\n")
DSN_TYPE = 'multipart/report; report-type=delivery-status; boundary="R"'

# name -> how the message differs from an ordinary question (headers, sender, Message-ID, body)
RULES = {
    "auto-submitted-auto-replied": dict(headers={"Auto-Submitted": "auto-replied"}),
    "precedence-bulk": dict(headers={"Precedence": "bulk"}),
    "precedence-list": dict(headers={"Precedence": "list"}),
    "precedence-junk": dict(headers={"Precedence": "junk"}),
    "list-id": dict(headers={"List-Id": "Recruiting news <news.lists.example.com>"}),
    "list-unsubscribe": dict(headers={"List-Unsubscribe": "<mailto:leave@lists.example.com>"}),
    "x-auto-response-suppress-all": dict(headers={"X-Auto-Response-Suppress": "All"}),
    "x-ms-exchange-inbox-rules-loop": dict(headers={"X-MS-Exchange-Inbox-Rules-Loop": "someone@example.com"}),
    "x-autoreply": dict(headers={"X-Autoreply": "yes"}),
    "x-autorespond": dict(headers={"X-Autorespond": "yes"}),
    "x-loop": dict(headers={"X-Loop": "someone@example.com"}),
    "return-path-empty": dict(headers={"Return-Path": "<>"}),
    "from-mailer-daemon": dict(sender="Mail Delivery System <MAILER-DAEMON@example.com>"),
    "multipart-report-delivery-status": dict(body=DSN_BODY, content_type=DSN_TYPE),
    "x-failed-recipients": dict(headers={"X-Failed-Recipients": "gone@example.com"}),
    "our-x-triage-loop-header": dict(headers={"X-Triage-Loop": "helpline@example.com"}),
    "message-id-of-ours": dict(msgid="<triage.reply.0123456789abcdef01234567@example.com>"),
    "from-the-helpline-itself": dict(sender="GoodTime Help Line <helpline@example.com>"),
    "from-noreply": dict(sender="Recruiting Tools <noreply@example.com>"),
}


def case_message(i: int, name: str, control: bool) -> tuple[str, str, bytes]:
    """(sender address, Message-ID, bytes): the rule's message, or its control (the same without the rule)."""
    spec = dict(RULES[name])
    kind = "ctl" if control else "case"
    sender = f"Person {i} <{kind}{i}@example.com>"
    msgid = f"<{kind}-{i}@mail.example.com>"
    body = QUESTION_BODY
    if not control:
        sender = spec.get("sender", sender)
        msgid = spec.get("msgid", msgid)
        body = spec.get("body", body)
    raw = eml(sender=sender, msgid=msgid, body=body, headers=None if control else spec.get("headers"),
              content_type=spec["content_type"] if not control and "content_type" in spec else 'text/plain; charset="utf-8"')
    return sender.rpartition("<")[2].rstrip(">").lower(), msgid, raw


@pytest.fixture(scope="module")
def rules_run(tmp_path_factory):
    """One help line, every rule's message and its control in one INBOX, one pass of `once`."""
    twin = Twin(tmp_path_factory.mktemp("rules"))
    cases = {}
    for i, name in enumerate(RULES):
        for control in (False, True):
            sender, msgid, raw = case_message(i, name, control)
            twin.deliver(raw)
            cases[(name, control)] = (sender, msgid)
    assert main(["--config", str(twin.config_path), "once"]) == 0
    sent = [parse_bytes(p.read_bytes()) for p in outbox_files(twin)]
    return twin, cases, sent


def replies_to(sent, sender: str, msgid: str) -> list:
    return [m for m in sent if str(m["In-Reply-To"] or "") == msgid or sender in str(m["To"]).lower()]


@pytest.mark.parametrize("rule", list(RULES))
def test_a_question_carrying_a_never_auto_respond_mark_gets_no_reply(rule, rules_run):
    twin, cases, sent = rules_run
    sender, msgid = cases[(rule, False)]
    assert replies_to(sent, sender, msgid) == []
    # The very same question without the mark is answered (so the test above could fail).
    ctl_sender, ctl_msgid = cases[(rule, True)]
    [reply] = replies_to(sent, ctl_sender, ctl_msgid)
    assert reply["Auto-Submitted"] == "auto-replied"


def test_every_rule_message_is_filed_and_nothing_answers_a_robot(rules_run):
    twin, cases, sent = rules_run
    assert list((twin.inbox / "new").iterdir()) == [] and list((twin.inbox / "cur").iterdir()) == []
    assert len(twin.all_mailbox_files()) == 2 * len(RULES)
    for m in sent:
        to = str(m["To"]).lower()
        assert not any(robot in to for robot in ("mailer-daemon", "noreply", "helpline@example.com"))


# --- two help lines answering each other ------------------------------------------------------------------

def helpline_twin(root: Path, address: str, domain_list: str = "") -> Twin:
    root.mkdir()
    twin = Twin(root)
    toml = BASE_TOML.replace('helpline_address = "helpline@example.com"', f'helpline_address = "{address}"')
    twin.config_path.write_text(toml + domain_list, encoding="utf-8")
    return twin


RELAY_STRIPS = ("auto-submitted", "x-triage-loop", "x-auto-response-suppress")


def carry(src: Twin, dst: Twin, dst_address: str, seen: set, strip: bool) -> int:
    """Deliver what `src` sent to `dst_address` into dst's INBOX (once each), as a relay would."""
    n = 0
    for path in outbox_files(src):
        if path.name in seen:
            continue
        raw = path.read_bytes()
        if dst_address not in str(parse_bytes(raw)["To"]).lower():
            continue
        seen.add(path.name)
        if strip:   # a relay that drops the headers which mark our mail as automatic
            head, _, body = raw.partition(b"\r\n\r\n")
            keep, dropping = [], False
            for line in head.split(b"\r\n"):
                if line[:1] in (b" ", b"\t"):      # a folded continuation of the previous field
                    if not dropping:
                        keep.append(line)
                    continue
                dropping = line.split(b":", 1)[0].decode().strip().lower() in RELAY_STRIPS
                if not dropping:
                    keep.append(line)
            raw = b"\r\n".join(keep) + b"\r\n\r\n" + body
            assert b"X-Triage-Loop" not in raw.partition(b"\r\n\r\n")[0]
        dst.deliver(raw, name=f"relay-{path.name}")
        n += 1
    return n


@pytest.mark.parametrize("variant", ["same-domain", "other-domains-and-a-relay-strips-our-headers"])
def test_two_help_lines_answering_each_other_send_at_most_one_reply_each(variant, tmp_path):
    if variant == "same-domain":
        a_addr, b_addr, domains, strip = "helpline@example.com", "helpdesk@example.com", "", False
    else:
        a_addr, b_addr, strip = "helpline@a.example", "helpdesk@b.example", True
        domains = 'allowed_sender_domains = ["a.example", "b.example", "example.com"]\n'
    a = helpline_twin(tmp_path / "a", a_addr, domains)
    b = helpline_twin(tmp_path / "b", b_addr, domains)
    a.deliver(eml(sender=f"Help Desk <{b_addr}>", msgid="<seed@mail.b.example>"))
    da, db = Daemon(a.cfg), Daemon(b.cfg)
    da.open()
    db.open()
    a_seen, b_seen, carried = set(), set(), 0
    try:
        for _ in range(10):
            da.engine.run_pass()
            carried += carry(a, b, b_addr, a_seen, strip)
            db.engine.run_pass()
            carried += carry(b, a, a_addr, b_seen, strip)
    finally:
        da.close()
        db.close()
    a_to_b = [p for p in outbox_files(a) if b_addr in str(parse_bytes(p.read_bytes())["To"]).lower()]
    b_to_a = [p for p in outbox_files(b) if a_addr in str(parse_bytes(p.read_bytes())["To"]).lower()]
    assert len(a_to_b) == 1          # the seed question was answered once (the loop had its chance) ...
    assert len(b_to_a) <= 1          # ... and the other side answered at most once
    assert carried == len(a_to_b) + len(b_to_a)
    for twin in (a, b):
        assert list((twin.inbox / "new").iterdir()) == [] and list((twin.inbox / "cur").iterdir()) == []


# --- a flood from one sender ------------------------------------------------------------------------------

FLOOD_QUESTIONS = [
    ("how do I reach goodtime support?", "What's the email address for GoodTime support?"),
    ("support hours?", "Is GoodTime support available on weekends or at night?"),
    ("reschedule", "How do I reschedule an interview in GoodTime? The candidate asked to move it."),
    ("time zones", "How does GoodTime handle time zones when the candidate is in another country?"),
    ("interviewer pool", "How do I add a new interviewer to an interviewer pool in GoodTime?"),
    ("cancel an interview", "How do I cancel an interview in GoodTime and tell the candidate?"),
    ("self-scheduling link", "How do I send a candidate a self-scheduling link?"),
    ("who is our CSM", "Who is our Customer Success Manager at GoodTime and how do I reach them?"),
]
N_FLOOD = 500


def flood_messages() -> list[tuple[str, str, bytes]]:
    """500 messages from one sender within one minute; 20 threads of 5 messages, the rest stand alone."""
    out = []
    for i in range(N_FLOOD):
        subject, question = FLOOD_QUESTIONS[i % len(FLOOD_QUESTIONS)]
        msgid = f"<flood-{i}@mail.example.com>"
        headers = {}
        root = msgid
        if i < 100:
            thread, pos = divmod(i, 5)
            root = f"<flood-{thread * 5}@mail.example.com>"
            if pos:
                headers = {"In-Reply-To": f"<flood-{i - 1}@mail.example.com>",
                           "References": " ".join(f"<flood-{thread * 5 + k}@mail.example.com>" for k in range(pos))}
                subject = "Re: " + FLOOD_QUESTIONS[(thread * 5) % len(FLOOD_QUESTIONS)][0]
        seconds = i * 60 // N_FLOOD
        raw = eml(f"{subject} (#{i})" if not subject.startswith("Re:") else subject, f"Hi,\n\n{question}\n\nThanks, Flo\n",
                  sender="Flo Flood <flo@example.com>", msgid=msgid, headers=headers,
                  date=f"Mon, 02 Mar 2026 09:14:{seconds:02d} +0000")
        out.append((msgid, root, raw))
    return out


def test_a_flood_of_500_messages_from_one_sender_gets_few_replies_and_everything_is_filed(tmp_path):
    twin = Twin(tmp_path)
    messages = flood_messages()
    thread_of = {msgid: root for msgid, root, _ in messages}
    for _, _, raw in messages:
        twin.deliver(raw)
    assert main(["--config", str(twin.config_path), "once"]) == 0
    sent = [parse_bytes(p.read_bytes()) for p in outbox_files(twin)]
    replies = [m for m in sent if "flo@example.com" in str(m["To"]).lower()]
    cfg = twin.cfg
    assert 1 <= len(replies) <= cfg.max_auto_replies_per_sender_per_day
    per_thread = Counter(thread_of[str(m["In-Reply-To"])] for m in replies)
    assert max(per_thread.values()) == 1
    forwards = [m for m in sent if "support@goodtime.io" in str(m["To"]).lower()]
    assert len(forwards) <= cfg.max_forwards_per_sender_per_day
    assert set(str(m["To"]).lower() for m in sent) <= {"flo@example.com", "support@goodtime.io", "csm@example.com"}
    assert list((twin.inbox / "new").iterdir()) == [] and list((twin.inbox / "cur").iterdir()) == []
    assert len(twin.all_mailbox_files()) == N_FLOOD


# --- a bounce storm ---------------------------------------------------------------------------------------

def bounce(i: int) -> bytes:
    """A delivery-status notification; some bounce a reply of ours, some come from a plain-looking sender."""
    senders = ["Mail Delivery System <MAILER-DAEMON@mx{i}.example.net>", "postmaster@mx{i}.example.org",
               "Mail System <system@mx{i}.example.com>", "Microsoft Outlook <postmaster@corp{i}.example.com>"]
    sender = senders[i % len(senders)].format(i=i)
    ours = i % 2 == 0
    original = (f"From: GoodTime Help Line <helpline@example.com>\nTo: person{i}@gone.example\n"
                f"Subject: Re: how do I reach goodtime support?\n"
                f"Message-ID: <triage.reply.{i:024x}@example.com>\nAuto-Submitted: auto-replied\n\n"
                if ours else
                f"From: Dana <dana@example.com>\nTo: person{i}@gone.example\nSubject: question\n"
                f"Message-ID: <orig-{i}@mail.example.com>\n\n") + QUESTION_BODY
    body = (f"--B{i}\nContent-Type: text/plain; charset=utf-8\n\nThis is the mail system. Your message could not be "
            f"delivered to person{i}@gone.example. How do I reach the recipient? Please check the address.\n"
            f"--B{i}\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx{i}.example.net\n\n"
            f"Final-Recipient: rfc822; person{i}@gone.example\nAction: failed\nStatus: 5.1.1\n"
            f"--B{i}\nContent-Type: message/rfc822\n\n{original}\n--B{i}--\n")
    headers = {"Return-Path": "<>"} if i % 3 == 0 else {}
    return eml(f"Undelivered Mail Returned to Sender ({i})", body, sender=sender, msgid=f"<bounce-{i}@mx.example.net>",
               headers=headers, content_type=f'multipart/report; report-type=delivery-status; boundary="B{i}"')


def test_a_storm_of_200_bounces_produces_no_mail_at_all_and_is_filed(tmp_path):
    twin = Twin(tmp_path)
    for i in range(200):
        twin.deliver(bounce(i))
    assert main(["--config", str(twin.config_path), "once"]) == 0
    assert outbox_files(twin) == []
    assert list((twin.inbox / "new").iterdir()) == [] and list((twin.inbox / "cur").iterdir()) == []
    assert len(twin.all_mailbox_files()) == 200
    assert twin.folder_files("Triage/Quarantine") == []
