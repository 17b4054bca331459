"""Acknowledgements: a person whose message goes to Support, the CSM or a person hears that it arrived,
with a reference, what happens next and who will answer, in their language where a template exists;
never to automatic mail, within the rate limits, one per thread; never mistaken for an answer."""
from __future__ import annotations

import calendar
import email
import re
from email import policy

from helpers import make_eml, minimal_config
from robust_helpers import eml
from twin import SAMPLES, Twin

from triage_daemon.cli import main
from triage_daemon.config import from_dict
from triage_daemon.decide.acknowledge import (
    acknowledgement_blocker,
    with_acknowledgement,
)
from triage_daemon.mail.parse import parse
from triage_daemon.message import Decision, History
from triage_daemon.state.store import Store

CFG = from_dict(minimal_config())
BUG_BODY = ("Since this morning every calendar invite I send to interviewers in Berlin shows the interview "
            "one hour off. The candidate confirmation is right, the interviewer invite is wrong.\n")


def handed_on(actions=("forward_support",), category="bug", recipient="dana@example.com") -> Decision:
    return Decision(category, 0.9, tuple(actions), "normal", ("model m-1: bug 0.90",), None, recipient)


def message(**headers):
    return parse(make_eml(subject="Invites are wrong", body=BUG_BODY, headers=headers))


# --- the policy (pure) ------------------------------------------------------------------------------------

def test_forwarded_flagged_or_left_for_review_is_acknowledged():
    for actions in (("forward_support",), ("flag_csm",), ("needs_review",), ("forward_support", "flag_csm")):
        decision = with_acknowledgement(message(), handed_on(actions), History(), CFG)
        assert decision.acknowledge, actions
        assert decision.reasons[-1] == "acknowledgement with a reference to the sender"


def test_an_answered_message_gets_no_acknowledgement():
    for actions in (("auto_reply",), ("product_board_reply",), ("ignore",)):
        assert acknowledgement_blocker(message(), handed_on(actions), History(), CFG)


def test_noise_left_for_a_person_is_never_acknowledged():
    assert acknowledgement_blocker(message(), handed_on(("needs_review",), "noise"), History(), CFG)


def test_automatic_mail_is_never_acknowledged():
    for headers in ({"Auto-Submitted": "auto-generated"}, {"Precedence": "bulk"}, {"List-Id": "<x.example.com>"},
                    {"Return-Path": "<>"}, {"X-Autoreply": "yes"}):
        decision = with_acknowledgement(message(**headers), handed_on(("needs_review",)), History(), CFG)
        assert not decision.acknowledge, headers
        assert decision.reasons[-1].startswith("no acknowledgement: ")


def test_strangers_are_never_acknowledged():
    msg = parse(make_eml(subject="x", body=BUG_BODY, sender="Mallory <mallory@elsewhere.example>"))
    assert "allowed_sender_domains" in acknowledgement_blocker(msg, handed_on(recipient="mallory@elsewhere.example"),
                                                               History(), CFG)


def test_one_automatic_reply_per_thread_acknowledgements_included():
    assert acknowledgement_blocker(message(), handed_on(), History(replied_in_thread=True), CFG)
    store = Store(":memory:")
    store.record_decision("k1", "r1", {"sender": "dana@example.com", "thread": "t1"},
                          {"category": "bug", "confidence": 0.9, "actions": ["forward_support"], "priority": "normal"},
                          "Triage/Bug", False, [("ack", "dana@example.com", "triage.ack.1@example.com", b"x")])
    assert store.replied_in_thread("dana@example.com", "t1")     # so no answer follows in that thread either
    assert not store.replied_in_thread("dana@example.com", "t2")


def test_acknowledgements_stay_within_the_daily_automatic_reply_cap():
    cap = CFG.max_auto_replies_per_sender_per_day
    assert not acknowledgement_blocker(message(), handed_on(), History(auto_replies_today=cap - 1), CFG)
    assert "replies to this sender in 24 h" in acknowledgement_blocker(message(), handed_on(),
                                                                       History(auto_replies_today=cap), CFG)


def test_acknowledgements_count_against_the_cap_for_answers_too():
    store = Store(":memory:")
    for i in range(3):
        store.record_decision(f"k{i}", f"r{i}", {"sender": "dana@example.com", "thread": f"t{i}"},
                              {"category": "bug", "confidence": 0.9, "actions": ["forward_support"],
                               "priority": "normal"}, "Triage/Bug", False,
                              [("ack", "dana@example.com", f"triage.ack.{i}@example.com", b"x")])
    assert store.replies_to("dana@example.com", 0) == 3


def test_acknowledge_false_turns_them_off():
    cfg = from_dict(minimal_config(acknowledge=False))
    assert acknowledgement_blocker(message(), handed_on(), History(), cfg) == "acknowledge = false"


# --- references ---------------------------------------------------------------------------------------------

def test_references_are_numbered_per_year_and_stable_for_a_message():
    # Numbered on the clock (tests/test_references.py): in the first second of 2026 the floor is 0.
    store = Store(":memory:")
    new_year = calendar.timegm((2026, 1, 1, 0, 0, 0))
    first = store.reference_for("key-a", "HL", 2026, now=new_year)
    assert first == "HL-2026-000001"
    assert store.reference_for("key-b", "HL", 2026, now=new_year) == "HL-2026-000002"
    assert store.reference_for("key-a", "HL", 2026) == first          # asked again (a retry): the same
    assert store.reference_for("key-c", "HL", 2027, now=new_year) == "HL-2027-000001"


# --- end to end on the Maildir twin -------------------------------------------------------------------------

def run(twin: Twin) -> None:
    assert main(["--config", str(twin.config_path), "once"]) == 0


def test_the_sender_gets_an_acknowledgement_with_the_reference_the_forward_and_notice_carry(tmp_path):
    twin = Twin(tmp_path, 'organisation = "Acme Talent"\n')
    twin.deliver((SAMPLES / "05-escalation.eml").read_bytes())
    run(twin)
    [ack] = [m for m in twin.sent() if m["X-Triage-Action"] == "acknowledgement"]
    [notice] = twin.sent_to("csm@example.com")
    reference = ack["X-Triage-Reference"]
    assert re.fullmatch(r"HL-\d{4}-\d{6,8}", reference)
    assert ack["Subject"] == f"Re: ATS sync still broken - third time [{reference}]"
    assert ack["Auto-Submitted"] == "auto-replied" and ack["In-Reply-To"] == "<sample-05-escalation@mail.example.com>"
    body = ack.get_content()
    assert "not yet an answer" in body and reference in body
    # The sample reports a fault for the third time: the CSM is told and Support gets it too.
    assert "Customer Success Manager" in body and "GoodTime Support" in body
    assert notice["X-Triage-Reference"] == reference and reference in notice["Subject"]
    [forward] = twin.sent_to("support@goodtime.io")
    assert forward["X-Triage-Reference"] == reference


def test_an_acknowledgement_says_only_what_happens(tmp_path):
    twin = Twin(tmp_path, 'organisation = "Acme Talent"\n')
    twin.deliver(make_eml(subject="GoodTime renewal and 40 more seats",
                          body="Our GoodTime contract renews next month and we need 40 more licences for the new "
                               "stores. Can our Customer Success Manager set up a call about the renewal and pricing?",
                          sender="Alex Romero <alex.romero@example.com>", message_id="<renewal-1@mail.example.com>"))
    run(twin)
    [ack] = [m for m in twin.sent() if m["X-Triage-Action"] == "acknowledgement"]
    assert twin.sent_to("support@goodtime.io") == []
    body = ack.get_content()
    assert "Customer Success Manager" in body and "GoodTime Support" not in body


def test_a_forwarded_message_is_acknowledged_saying_support_will_reply(tmp_path):
    twin = Twin(tmp_path)
    twin.deliver((SAMPLES / "03-blocker.eml").read_bytes())
    run(twin)
    [forward] = twin.sent_to("support@goodtime.io")
    [ack] = [m for m in twin.sent() if m["X-Triage-Action"] == "acknowledgement"]
    assert ack["X-Triage-Reference"] == forward["X-Triage-Reference"]
    assert "GoodTime Support, who will reply to you directly" in ack.get_content()
    assert "marked it urgent" in ack.get_content()


def test_no_answer_and_no_acknowledgement_look_alike(tmp_path):
    twin = twin_with_everything(tmp_path)
    run(twin)
    kinds = sorted(m["X-Triage-Action"] for m in twin.sent())
    # The bug, the blocker and the escalation (a fault reported for the third time) are forwarded.
    assert kinds == ["acknowledgement", "acknowledgement", "acknowledgement", "auto_reply", "flag_csm",
                     "forward_support", "forward_support", "forward_support", "product_board_reply"]


def twin_with_everything(tmp_path) -> Twin:
    twin = Twin(tmp_path)
    for sample in sorted(SAMPLES.glob("*.eml")):
        twin.deliver(sample.read_bytes())
    return twin


def test_the_acknowledgement_is_in_the_senders_language(tmp_path):
    twin = Twin(tmp_path)
    twin.deliver(eml(subject="Einladungen zeigen die falsche Uhrzeit",
                     body=("Hallo,\n\nseit heute Morgen zeigen alle Kalendereinladungen, die ich an die Interviewer "
                           "in Berlin schicke, das Interview eine Stunde zu früh an. Die Bestätigung für die "
                           "Kandidaten ist richtig, aber die Einladung für die Interviewer ist falsch. Das ist "
                           "ein Fehler, bitte an den Support weitergeben.\n\nDanke\nLena\n"),
                     sender="Lena Vogel <lena@example.com>", msgid="<de-1@mail.example.com>"))
    run(twin)
    acks = [m for m in twin.sent() if m["X-Triage-Action"] == "acknowledgement"]
    assert len(acks) == 1, [m["X-Triage-Action"] for m in twin.sent()]
    body = acks[0].get_content()
    assert body.startswith("Hallo Lena,") and "Eingangsbestätigung" in body and "Ihre Referenz" in body


def test_a_second_message_in_the_thread_gets_no_second_acknowledgement(tmp_path):
    twin = Twin(tmp_path)
    twin.deliver(eml("invites going out with the wrong time zone", BUG_BODY, msgid="<t-1@mail.example.com>"))
    run(twin)
    twin.deliver(eml("Re: invites going out with the wrong time zone",
                     "One more thing: it also happens for Munich, since this morning as well.\n",
                     msgid="<t-2@mail.example.com>", headers={"References": "<t-1@mail.example.com>",
                                                              "In-Reply-To": "<t-1@mail.example.com>"}))
    run(twin)
    acks = [m for m in twin.sent() if m["X-Triage-Action"] == "acknowledgement"]
    assert len(acks) == 1


def test_a_reply_to_an_acknowledgement_goes_to_a_person_without_another_acknowledgement(tmp_path):
    twin = Twin(tmp_path)
    twin.deliver(eml("invites going out with the wrong time zone", BUG_BODY, msgid="<r-1@mail.example.com>"))
    run(twin)
    [ack] = [m for m in twin.sent() if m["X-Triage-Action"] == "acknowledgement"]
    twin.deliver(eml(f"Re: {ack['Subject']}", "The calendar invites are still one hour off for Munich too, since "
                     "this morning; three candidates got the wrong time.\n", msgid="<r-2@mail.example.com>",
                     headers={"In-Reply-To": ack["Message-ID"], "References": f"<r-1@mail.example.com> {ack['Message-ID']}"}))
    run(twin)
    assert len([m for m in twin.sent() if m["X-Triage-Action"] == "acknowledgement"]) == 1
    assert len(twin.folder_files("Triage/Review")) == 1
    assert len(twin.folder_files("Triage/Noise")) == 0


def test_a_reply_quoting_our_reference_without_in_reply_to_is_a_follow_up_not_a_new_ticket(tmp_path):
    # Some web and mobile clients send no In-Reply-To: the "[HL-...]" in the subject names the thread.
    twin = Twin(tmp_path)
    twin.deliver(eml("invites going out with the wrong time zone", BUG_BODY, msgid="<q-1@mail.example.com>"))
    run(twin)
    [ack] = [m for m in twin.sent() if m["X-Triage-Action"] == "acknowledgement"]
    forwards = len([m for m in twin.sent() if m["X-Triage-Action"] == "forward_support"])
    twin.deliver(eml(f"Re: Re: {ack['Subject']}", "The calendar invites are still one hour off for Munich too, since "
                     "this morning; three candidates got the wrong time.\n", msgid="<q-2@mail.example.com>"))
    run(twin)
    assert len([m for m in twin.sent() if m["X-Triage-Action"] == "acknowledgement"]) == 1
    assert len([m for m in twin.sent() if m["X-Triage-Action"] == "forward_support"]) == forwards
    assert len(twin.folder_files("Triage/Review")) == 1


def test_no_acknowledgements_when_turned_off(tmp_path):
    twin = Twin(tmp_path, "acknowledge = false\n")
    for sample in sorted(SAMPLES.glob("*.eml")):
        twin.deliver(sample.read_bytes())
    run(twin)
    assert not [m for m in twin.sent() if m["X-Triage-Action"] == "acknowledgement"]
    assert len(twin.sent()) == 6


def test_classify_says_whether_it_would_acknowledge(tmp_path, capsys):
    import json

    path = tmp_path / "bug.eml"
    path.write_bytes((SAMPLES / "02-bug.eml").read_bytes())
    assert main(["classify", "--json", str(path)]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["acknowledgement"] is True and result["actions"] == ["forward_support"]


def test_an_acknowledgement_never_goes_to_a_robot_address_even_when_the_policy_is_wrong():
    import pytest

    from triage_daemon.service.engine import plan_effects

    msg = parse(make_eml(sender="noreply@example.com"))
    decision = Decision("bug", 0.9, ("forward_support",), "normal", (), None, "noreply@example.com", acknowledge=True)
    with pytest.raises(ValueError, match="refusing to send a ack"):
        plan_effects(msg, make_eml(), decision, CFG, "k", "HL-1")


def test_the_acknowledgement_never_carries_our_category_or_scores():
    msg = message()
    from triage_daemon.mail import compose
    out = compose.acknowledgement(msg, handed_on(), CFG, "k", "HL-2026-000009")[1]
    ack = email.message_from_bytes(out, policy=policy.default)
    text = ack.get_content()
    assert "bug" not in text.lower() and "0.9" not in text and ack["X-Triage-Category"] is None
