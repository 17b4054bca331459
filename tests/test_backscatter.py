"""No backscatter: automatic replies go only to senders in allowed_sender_domains (default: the help
line's own domain), and never when Authentication-Results says the sender failed SPF/DKIM/DMARC."""
from __future__ import annotations

import json
import sqlite3

import pytest
from robust_helpers import eml, outbox_files, parse_bytes
from twin import Twin

from triage_daemon.cli import main

FEATURE = ("idea: SMS reminders for candidates",
           "It would be great if GoodTime could send candidates a text message reminder an hour before\n"
           "their interview. Email reminders get lost in their inboxes. Would love to see this!\n\nTom\n")


def run(twin: Twin):
    assert main(["--config", str(twin.config_path), "once"]) == 0
    sent = [parse_bytes(p.read_bytes()) for p in outbox_files(twin)]
    db = sqlite3.connect(twin.root / "triage.db")
    decisions = {mid: json.loads(d) for mid, d in db.execute("SELECT message_id, decision FROM messages")}
    db.close()
    return sent, decisions


def automatic_replies(sent, address: str) -> list:
    return [m for m in sent if address in str(m["To"]).lower() and m["Auto-Submitted"] == "auto-replied"]


def test_a_question_from_a_stranger_gets_no_reply_but_is_not_dropped(tmp_path):
    twin = Twin(tmp_path)
    twin.deliver(eml(sender="Stranger <stranger@evil.example>", msgid="<s-1@evil.example>"))
    twin.deliver(eml(sender="Dana Cho <dana.cho@example.com>", msgid="<d-1@mail.example.com>"))  # the control
    sent, decisions = run(twin)
    assert automatic_replies(sent, "stranger@evil.example") == []
    assert not [m for m in sent if "evil.example" in str(m["To"]).lower()]
    actions = decisions["s-1@evil.example"]["actions"]
    assert "auto_reply" not in actions and ({"needs_review", "forward_support"} & set(actions))
    assert any("allowed_sender_domains" in r for r in decisions["s-1@evil.example"]["reasons"])
    assert len(automatic_replies(sent, "dana.cho@example.com")) == 1


def test_a_feature_request_from_a_stranger_gets_no_product_board_reply(tmp_path):
    twin = Twin(tmp_path)
    twin.deliver(eml(*FEATURE, sender="Stranger <stranger@evil.example>", msgid="<s-2@evil.example>"))
    twin.deliver(eml(*FEATURE, sender="Tom Okafor <tom.okafor@example.com>", msgid="<t-2@mail.example.com>"))
    sent, decisions = run(twin)
    assert not [m for m in sent if "evil.example" in str(m["To"]).lower()]
    assert "needs_review" in decisions["s-2@evil.example"]["actions"]
    assert len(automatic_replies(sent, "tom.okafor@example.com")) == 1


def test_a_reply_to_outside_the_allowed_domains_blocks_the_reply(tmp_path):
    # From an employee, but Reply-To a third party: answering would mail the victim.
    twin = Twin(tmp_path)
    twin.deliver(eml(sender="Dana Cho <dana.cho@example.com>", msgid="<rt-1@mail.example.com>",
                     headers={"Reply-To": "victim@evil.example"}))
    sent, decisions = run(twin)
    assert not [m for m in sent if m["Auto-Submitted"] == "auto-replied"]
    assert "auto_reply" not in decisions["rt-1@mail.example.com"]["actions"]


def test_sub_domains_of_the_helpline_domain_are_allowed_by_default(tmp_path):
    twin = Twin(tmp_path)
    twin.deliver(eml(sender="Emea Recruiter <er@emea.example.com>", msgid="<sub-1@emea.example.com>"))
    twin.deliver(eml(sender="Look Alike <la@evilexample.com>", msgid="<la-1@evilexample.com>"))
    sent, _ = run(twin)
    assert len(automatic_replies(sent, "er@emea.example.com")) == 1
    assert automatic_replies(sent, "la@evilexample.com") == []


def test_allowed_sender_domains_lets_a_partner_sub_domain_through_and_nobody_else(tmp_path):
    twin = Twin(tmp_path, 'allowed_sender_domains = ["example.com", "partner.example"]\n')
    senders = {"pat@sub.partner.example": 1, "dana.cho@example.com": 1, "stranger@evil.example": 0,
               "mallory@partner.example.evil.example": 0, "mallory@notpartner.example": 0}
    for i, address in enumerate(senders):
        twin.deliver(eml(sender=f"Person <{address}>", msgid=f"<p-{i}@mail.example.net>"))
    sent, _ = run(twin)
    for address, expected in senders.items():
        assert len(automatic_replies(sent, address)) == expected, address


AUTH_FAILURES = {
    "dkim=fail": "mx.example.com; spf=pass smtp.mailfrom=example.com; dkim=fail header.d=example.com; dmarc=pass",
    "spf=fail": "mx.example.com; spf=fail smtp.mailfrom=example.com; dkim=none; dmarc=none",
    "dmarc=fail": "mx.example.com; spf=pass smtp.mailfrom=bulk.example.net; dkim=pass header.d=bulk.example.net; "
                  "dmarc=fail (p=reject) header.from=example.com",
}


@pytest.mark.parametrize("failure", list(AUTH_FAILURES))
def test_failed_sender_authentication_blocks_the_automatic_reply(failure, tmp_path):
    twin = Twin(tmp_path)
    twin.deliver(eml(sender="Dana Cho <dana.cho@example.com>", msgid="<auth-1@mail.example.com>",
                     headers={"Authentication-Results": AUTH_FAILURES[failure]}))
    twin.deliver(eml(sender="Omar Haddad <omar.haddad@example.com>", msgid="<auth-ok@mail.example.com>",
                     headers={"Authentication-Results": "mx.example.com; spf=pass; dkim=pass; dmarc=pass"}))
    sent, decisions = run(twin)
    assert automatic_replies(sent, "dana.cho@example.com") == []
    assert any(failure in r for r in decisions["auth-1@mail.example.com"]["reasons"])
    assert len(automatic_replies(sent, "omar.haddad@example.com")) == 1


@pytest.mark.parametrize("failure", list(AUTH_FAILURES))
def test_without_require_sender_authentication_the_reply_goes_out(failure, tmp_path):
    twin = Twin(tmp_path, "require_sender_authentication = false\n")
    twin.deliver(eml(sender="Dana Cho <dana.cho@example.com>", msgid="<auth-1@mail.example.com>",
                     headers={"Authentication-Results": AUTH_FAILURES[failure]}))
    sent, _ = run(twin)
    [reply] = automatic_replies(sent, "dana.cho@example.com")
    assert reply["In-Reply-To"] == "<auth-1@mail.example.com>"


def test_a_failure_in_a_second_authentication_results_field_blocks_the_automatic_reply():
    # A chain of milters writes SPF, DKIM and DMARC in separate fields; only the first was read (a hostile review).
    from triage_daemon.mail.loops import authentication_failed
    from triage_daemon.mail.parse import parse
    raw = ("From: Dana <dana@example.com>\nTo: helpline@example.com\nSubject: support email?\n"
           "Authentication-Results: mx.example.com; spf=pass smtp.mailfrom=bulk.example.net\n"
           "Authentication-Results: mx.example.com; dmarc=fail (p=reject) header.from=example.com\n"
           "Message-ID: <ar-2@mail.example.com>\n\nWhat is the support email?\n").encode()
    assert authentication_failed(parse(raw)) == "dmarc=fail"
