"""The forward to GoodTime Support, read as GoodTime reads it: what their escalation guide asks for, who it
is from, and none of our internals (categories, scores, rule names). The CSM notice, inside the
organisation, keeps them."""
from __future__ import annotations

import email
import re
from email import policy
from pathlib import Path

import pytest
from helpers import make_eml, minimal_config

from triage_daemon.config import CATEGORIES, from_dict
from triage_daemon.decide.classifier import Classifier
from triage_daemon.decide.pipeline import decide_message
from triage_daemon.decide.rules import load_rules
from triage_daemon.mail import compose
from triage_daemon.mail.parse import parse
from triage_daemon.message import Attachment, History, Message

ROOT = Path(__file__).resolve().parent.parent
CFG = from_dict(minimal_config(organisation="Acme Talent"))
# Written without the words of our category names, so any that show up in the forward are ours.
BLOCKER = make_eml(
    subject="=?utf-8?q?candidate_waiting_=E2=80=93_no_zoom_link?=",
    sender="=?utf-8?b?SsO8cmdlbiBNw7xsbGVy?= <juergen@example.com>",
    body=("Hi,\n\nThe candidate for interview 44718 is waiting right now and the invite has no Zoom link: "
          "https://acme.goodtime.io/interviews/44718\n\nSteps:\n1. open the interview in GoodTime\n"
          "2. click Join\n\nAll 3 candidates on this morning's panel are affected.\n\nJürgen\n"),
    headers={"Content-Type": 'multipart/mixed; boundary="b1"'})
BLOCKER = BLOCKER.replace(b"Hi,\n", b"--b1\nContent-Type: text/plain; charset=utf-8\n\nHi,\n", 1) + (
    b"\n--b1\nContent-Type: image/png\nContent-Disposition: attachment; filename=\"no-link.png\"\n"
    b"Content-Transfer-Encoding: base64\n\niVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==\n"
    b"--b1--\n")


def decided(raw: bytes):
    classifier = Classifier.from_config(CFG)
    msg = parse(raw)
    _, decision = decide_message(msg, classifier, CFG, History())
    return msg, decision


def as_goodtime_reads_it(out: bytes) -> str:
    """Everything a person at GoodTime sees of our forward, short of opening the attached original:
    the From name, the subject, and every text part of ours."""
    msg = email.message_from_bytes(out, policy=policy.default)
    parts = []
    for part in msg.walk():
        if part.get_content_type() == "message/rfc822" or part.get_filename() == "original.eml":
            break  # the original is theirs, not ours
        if part.get_content_maintype() == "text":
            parts.append(part.get_content())
    return "\n".join([msg["From"].addresses[0].display_name, str(msg["Subject"]), *parts])


def forward_of(raw: bytes) -> tuple[bytes, object]:
    msg, decision = decided(raw)
    assert "forward_support" in decision.actions, decision
    return compose.support_forward(msg, raw, decision, CFG, "key-1", "HL-2026-000123")[1], decision


def test_the_forward_holds_no_category_score_or_rule_name():
    out, decision = forward_of(BLOCKER)
    seen = as_goodtime_reads_it(out)
    assert decision.category == "scheduling_blocker" and any(r.startswith("rule ") for r in decision.reasons)
    for category in CATEGORIES:
        assert not re.search(rf"\b{category}\b", seen, re.IGNORECASE), category
    for rule in load_rules(CFG.rules_dir):
        assert rule.name not in seen, rule.name
    assert not re.search(r"\b[01]\.\d{2}\b", seen), "a score"
    assert "m-" + decision.reasons[0].split("m-", 1)[1][:6] not in seen, "the model version"
    assert "confidence" not in seen.lower() and "category" not in seen.lower()
    headers = email.message_from_bytes(out, policy=policy.default)
    assert headers["X-Triage-Category"] is None   # not even in a header


def test_the_forward_subject_names_the_organisation_and_the_urgency():
    out, _ = forward_of(BLOCKER)
    subject = email.message_from_bytes(out, policy=policy.default)["Subject"]
    assert subject == "[Acme Talent] Urgent: candidate waiting – no zoom link"


def test_the_forward_comes_from_the_organisations_help_line_and_says_whose_message_it_is():
    out, _ = forward_of(BLOCKER)
    msg = email.message_from_bytes(out, policy=policy.default)
    assert msg["From"].addresses[0].display_name == "Acme Talent help line"
    seen = as_goodtime_reads_it(out)
    assert "Acme Talent's recruiting help line is passing on a message from Jürgen Müller <juergen@example.com>" in seen
    assert "HL-2026-000123" in seen and msg["X-Triage-Reference"] == "HL-2026-000123"


def test_the_forward_carries_what_the_escalation_guide_asks_for():
    seen = as_goodtime_reads_it(forward_of(BLOCKER)[0])
    assert "Urgency:      Urgent" in seen
    assert "is waiting right now" in seen                              # what happened, and when
    assert "https://acme.goodtime.io/interviews/44718" in seen         # links
    assert "interview 44718" in seen                                   # IDs
    assert "- open the interview in GoodTime" in seen and "- click Join" in seen   # steps
    assert "All 3 candidates on this morning's panel are affected." in seen        # how many
    assert "Screenshots: no-link.png" in seen                          # screenshots
    assert "Sent:         Tue 12 Mar 2024 10:15 UTC" in seen


def test_every_id_of_a_list_reaches_the_forward():
    # "req 4471, 4480 and 4492": the forward listed only "req 4471" (an operator's review).
    raw = make_eml(subject="Invites failed",
                   body="The invites for req 4471, 4480 and 4492 all failed this morning. Tickets #5521 / #5530 "
                        "are open. Interview 12345 and candidate Bob are fine.\n")
    seen = as_goodtime_reads_it(forward_of(raw)[0])
    listed = seen.split("Links and IDs:", 1)[1].split("Steps:", 1)[0].split()
    assert " ".join(listed) == "- req 4471, 4480 and 4492 - Tickets #5521 / #5530 - Interview 12345"


@pytest.mark.parametrize("body,ids", [("Candidate 4471, 2pm slot is gone.", ["Candidate 4471"]),
                                      ("Ticket 4471 / 2026-03-14 broke again.", ["Ticket 4471"]),
                                      ("Ticket 4471 and 3rd try failed.", ["Ticket 4471"]),
                                      ("Req 4471, 12:30 today.", ["Req 4471"])])
def test_a_time_a_date_or_an_ordinal_after_an_id_is_not_taken_for_another_id(body, ids):
    from triage_daemon.mail.support_details import extract
    assert extract(parse(make_eml(subject="Invites failed", body=body + "\n"))).ids == ids


def test_a_key_in_parts_stays_one_id():
    # Our own reference in a follow-up's subject was listed as "HL-2026" and "29476841" (a hostile review).
    from triage_daemon.mail.support_details import extract
    msg = parse(make_eml(subject="Re: Calendar sync broken [HL-2026-29476841]", body="Still broken, see INC-4471.\n"))
    assert extract(msg).ids == ["HL-2026-29476841", "INC-4471"]


def test_what_a_message_does_not_say_is_marked_as_not_stated():
    raw = make_eml(subject="Calendar sync broken", body="Since Monday no interview lands in calendars.\n")
    msg = parse(raw)
    from triage_daemon.message import Decision
    out = compose.support_forward(msg, raw, Decision("bug", 0.9, ("forward_support",), "normal", ()), CFG, "k", "HL-1")[1]
    seen = as_goodtime_reads_it(out)
    assert "Steps:\n  - not stated" in seen.replace("\r\n", "\n")
    assert "Screenshots: none attached" in seen
    assert "- Since Monday no interview lands in calendars." in seen   # the when


def test_encoded_names_are_decoded_wherever_people_read_them():
    out, decision = forward_of(BLOCKER)
    msg, _ = decided(BLOCKER)
    seen = as_goodtime_reads_it(out)
    assert "=?utf-8?" not in seen and "Jürgen Müller" in seen
    notice = compose.csm_notice(msg, BLOCKER, decision, CFG, "k", "HL-2026-000123")[1]
    assert "=?utf-8?" not in as_goodtime_reads_it(notice) and "Jürgen Müller" in as_goodtime_reads_it(notice)
    ack = compose.acknowledgement(msg, decision, CFG, "k", "HL-2026-000123")[1]
    assert "Hi Jürgen," in as_goodtime_reads_it(ack)


def test_a_quoted_encoded_word_in_a_display_name_is_decoded_too():
    raw = make_eml(sender='"=?utf-8?b?SsO8cmdlbiBNw7xsbGVy?=" <juergen@example.com>', subject="x", body="y")
    msg = parse(raw)
    assert msg.sender_name == "Jürgen Müller"


def test_the_csm_notice_inside_the_organisation_keeps_category_scores_and_reasons():
    msg, decision = decided(BLOCKER)
    out = compose.csm_notice(msg, BLOCKER, decision, CFG, "k", "HL-2026-000123")[1]
    seen = as_goodtime_reads_it(out)
    assert "Category:     scheduling_blocker (confidence" in seen
    assert "rule starts-in-minutes" in seen
    assert "HL-2026-000123" in seen
    assert email.message_from_bytes(out, policy=policy.default)["X-Triage-Category"].startswith("scheduling_blocker")


def test_a_forward_without_a_reference_still_reads_well():
    msg = Message(**{**parse(BLOCKER).__dict__, "attachments": (Attachment("x.pdf", "application/pdf", 10),)})
    from triage_daemon.message import Decision
    out = compose.support_forward(msg, BLOCKER, Decision("bug", 0.9, ("forward_support",), "low", ()), CFG, "k")[1]
    seen = as_goodtime_reads_it(out)
    assert "Other attachments: x.pdf (10 bytes)" in seen
    assert seen.count("[Acme Talent]") == 1 and "Urgent" not in seen.splitlines()[1]
