"""The decision: routing table, thresholds, follow-ups, loop and rate guards. Hand-made verdicts, no model
(where the words matter, a verdict carries the hits of the shipped rules: `with_rules`)."""
from __future__ import annotations

import pytest
from helpers import make_eml, minimal_config

from triage_daemon.config import ACTIONS, PRIORITIES, PROJECT_ROOT, from_dict
from triage_daemon.decide.pipeline import thresholds
from triage_daemon.decide.policy import FORM_NOISE_CONFIDENCE, decide
from triage_daemon.decide.rules import apply_rules, load_rules
from triage_daemon.mail.parse import parse
from triage_daemon.message import History, KbMatch, RuleHit, Verdict
from triage_daemon.service.engine import history_for

THRESHOLD = 0.6   # the auto-reply threshold the model card would give
GOOD_KB = KbMatch("contact-support", "How to contact GoodTime Support", 0.8, "Email **support@goodtime.io**.")
WEAK_KB = KbMatch("contact-support", "How to contact GoodTime Support", 0.05, "Email **support@goodtime.io**.")
OUR_REPLY_ID = "triage.reply.0123456789abcdef01234567@example.com"
SHIPPED_RULES = load_rules(PROJECT_ROOT / "rules")


def config(**changes):
    return from_dict(minimal_config(**changes))


def verdict(category: str = "question", confidence: float = 0.9, kb: KbMatch | None = GOOD_KB,
            hits: tuple[RuleHit, ...] = (), probabilities: dict | None = None) -> Verdict:
    probs = probabilities or {category: confidence}
    return Verdict(category, confidence, probs, rule_hits=hits, kb=kb, model_version="test-1")


def with_rules(msg, category: str = "noise", confidence: float = 1.0) -> Verdict:
    """A hand-made verdict with the hits the shipped rules give `msg`: the rules' words decide, not the model."""
    return verdict(category, confidence, kb=None, hits=tuple(apply_rules(SHIPPED_RULES, msg)))


def decide_for(msg=None, v: Verdict | None = None, history: History = History(), cfg=None,
               threshold: float = THRESHOLD):
    msg = msg if msg is not None else parse(make_eml(subject="What is the support email?",
                                                     body="Hi, what is GoodTime's support email address?"))
    cfg = cfg or config()
    # A card without trained answers: the article score bar is the default, the question bar `threshold`.
    return decide(msg, v or verdict(), history, cfg, thresholds(cfg, {"auto_reply": {"threshold": threshold}}))


def follow_up(body: str, subject: str = "Re: What is the support email?"):
    return parse(make_eml(subject=subject, body=body, message_id="<follow-up-1@mail.example.com>",
                          headers={"In-Reply-To": f"<{OUR_REPLY_ID}>",
                                   "References": f"<msg-1@mail.example.com> <{OUR_REPLY_ID}>"}))


# --- the routing table ---------------------------------------------------------------------------

@pytest.mark.parametrize("category,actions,priority", [
    ("question", ("auto_reply",), "normal"),
    ("bug", ("forward_support",), "normal"),
    ("scheduling_blocker", ("forward_support",), "urgent"),
    ("feature_request", ("product_board_reply",), "low"),
    ("escalation", ("flag_csm",), "high"),
    ("noise", ("ignore",), "low"),
])
def test_default_routing_table_sends_each_category_where_the_design_says(category, actions, priority):
    msg = parse(make_eml(subject="Support email", body="Hi, I need GoodTime's support email address."))
    decision = decide_for(msg, v=verdict(category, 0.95))
    assert decision.category == category
    assert decision.actions == actions
    assert decision.priority == priority


@pytest.mark.parametrize("category", ["question", "bug", "scheduling_blocker", "feature_request", "escalation",
                                      "noise"])
def test_every_decision_uses_only_contract_actions_and_priorities_and_gives_reasons(category):
    decision = decide_for(v=verdict(category, 0.95))
    assert decision.actions and set(decision.actions) <= set(ACTIONS)
    assert decision.priority in PRIORITIES
    assert decision.reasons


# --- questions and the knowledge base ---------------------------------------------------------------

def test_question_with_good_kb_match_and_high_confidence_is_answered_automatically():
    decision = decide_for(v=verdict("question", 0.9, kb=GOOD_KB))
    assert decision.actions == ("auto_reply",)
    assert decision.kb == GOOD_KB
    assert decision.recipient == "dana@example.com"
    assert any("contact-support" in r for r in decision.reasons)


def test_question_with_weak_kb_match_is_forwarded_to_support():
    decision = decide_for(v=verdict("question", 0.9, kb=WEAK_KB))
    assert decision.actions == ("forward_support",)
    assert decision.kb is None


def test_question_without_any_kb_match_is_forwarded_to_support():
    decision = decide_for(v=verdict("question", 0.9, kb=None))
    assert decision.actions == ("forward_support",)


def test_question_below_the_auto_reply_threshold_is_forwarded_not_answered():
    decision = decide_for(v=verdict("question", 0.5, kb=GOOD_KB), threshold=0.6)
    assert decision.actions == ("forward_support",)
    assert decision.kb is None


def test_kb_min_score_comes_from_the_config():
    decision = decide_for(v=verdict("question", 0.9, kb=GOOD_KB), cfg=config(kb_min_score=0.9))
    assert "auto_reply" not in decision.actions


# --- confidence ----------------------------------------------------------------------------------------

def test_low_confidence_goes_to_a_person():
    decision = decide_for(v=verdict("bug", 0.2))
    assert decision.actions == ("needs_review",)
    assert any("confidence" in r for r in decision.reasons)


def test_min_confidence_per_category_comes_from_the_config():
    decision = decide_for(v=verdict("bug", 0.7), cfg=config(min_confidence={"bug": 0.8}))
    assert decision.actions == ("needs_review",)


THANKS = "Got it, thanks!"


def test_confident_noise_is_ignored():
    decision = decide_for(follow_up(THANKS), v=verdict("noise", 0.9, kb=None))
    assert decision.actions == ("ignore",)


def test_a_persons_thank_you_that_asks_something_new_is_not_ignored_however_sure_the_model_is():
    decision = decide_for(follow_up(THANKS + " Will the calendar sync be fixed too?"), v=verdict("noise", 1.0, kb=None))
    assert decision.actions == ("needs_review",)
    assert any("asks something" in r for r in decision.reasons)


@pytest.mark.parametrize("body", ["Thanks! Will the calendar sync be fixed too?",
                                  "Thanks in advance, any idea when the sync is fixed?",
                                  "The invites work now.\nThanks! Will the calendar sync be fixed too?"])
def test_a_thank_you_line_that_asks_is_not_ignored_either(body):
    # One line: the thank-you and the question together, under 60 characters, read like a sign-off.
    decision = decide_for(follow_up(body), v=verdict("noise", 1.0, kb=None))
    assert decision.actions == ("needs_review",)


@pytest.mark.parametrize("body", [
    "Read our top 5 interview tips: https://news.example.com/tips?utm_source=newsletter&utm_medium=email",
    "Your mailbox is full. Verify your account at https://login.example.com/auth?user=dana today.",
    "Join us on www.example.com/webinar?id=42 (seats are limited).",
])
def test_a_question_mark_inside_a_link_is_not_a_question(body):
    # A newsletter without List-* headers or phishing: the query string of a link asks nothing.
    msg = parse(make_eml(subject="This week in recruiting", body=body))
    assert decide_for(msg, v=verdict("noise", 0.95, kb=None)).actions == ("ignore",)


def test_a_question_that_ends_on_a_link_still_asks():
    decision = decide_for(follow_up(THANKS + " Is it https://app.goodtime.io/settings?"), v=verdict("noise", 1.0, kb=None))
    assert decision.actions == ("needs_review",)


@pytest.mark.parametrize("body", [
    THANKS + "\n\nOn Mon, 2 Mar 2026 at 10:00, Help Line <helpline@example.com> wrote:\n> What is the support email?\n",
    "¡Gracias, ya está!",
])
def test_a_question_mark_only_in_the_subject_or_the_quoted_thread_does_not_stop_ignoring(body):
    decision = decide_for(follow_up(body, subject="Re: Which email is Support's?"), v=verdict("noise", 0.9, kb=None))
    assert decision.actions == ("ignore",)


def test_an_overriding_noise_rule_still_ignores_a_message_that_asks():
    rule = RuleHit("out-of-office", "out of office", category="noise", override=True)
    decision = decide_for(follow_up("I am out until Monday. Need help? Write to Sam."),
                          v=verdict("noise", 1.0, kb=None, hits=(rule,)))
    assert decision.actions == ("ignore",)


def test_robot_mail_that_asks_is_judged_by_the_noise_bar_alone():
    msg = parse(make_eml(subject="This week in GoodTime", body="Have you tried our new reports?",
                         headers={"List-Unsubscribe": "<https://example.com/u>", "Precedence": "bulk"}))
    assert decide_for(msg, v=verdict("noise", 0.9, kb=None)).actions == ("ignore",)


def test_noise_below_its_own_threshold_goes_to_a_person_because_ignoring_is_silent():
    decision = decide_for(v=verdict("noise", 0.45, kb=None))
    assert decision.actions == ("needs_review",)


# --- priorities and extra recipients -------------------------------------------------------------------

def test_scheduling_blocker_is_forwarded_to_support_as_urgent():
    decision = decide_for(v=verdict("scheduling_blocker", 0.8, kb=None))
    assert decision.actions == ("forward_support",)
    assert decision.priority == "urgent"


def test_rule_priority_raises_the_priority():
    hit = RuleHit("starts-in-minutes", "Interview within minutes", "scheduling_blocker", 0.25, priority="urgent")
    decision = decide_for(v=verdict("bug", 0.8, kb=None, hits=(hit,)))
    assert decision.priority == "urgent"


def test_rule_priority_never_lowers_the_priority():
    hit = RuleHit("calm", "calm words", None, 0.0, priority="low")
    decision = decide_for(v=verdict("scheduling_blocker", 0.8, kb=None, hits=(hit,)))
    assert decision.priority == "urgent"


def test_bug_with_impact_tag_is_forwarded_to_support_and_flagged_for_the_csm():
    hit = RuleHit("org-wide-impact", "Impact across the organisation", None, 0.0, priority="high", tags=("impact",))
    decision = decide_for(v=verdict("bug", 0.8, kb=None, hits=(hit,)))
    assert set(decision.actions) == {"forward_support", "flag_csm"}
    assert decision.priority in ("high", "urgent")
    assert any("org-wide-impact" in r for r in decision.reasons)


def test_escalation_that_reports_a_fault_also_goes_to_support():
    v = verdict("escalation", 0.6, kb=None, probabilities={"escalation": 0.6, "bug": 0.35, "question": 0.05})
    decision = decide_for(v=v)
    assert set(decision.actions) == {"flag_csm", "forward_support"}


def test_escalation_about_a_fault_happening_again_also_goes_to_support_however_sure_the_model_is():
    hit = RuleHit("fault-again", "A fault happening again", None, 0.0, tags=("recurring",))
    v = verdict("escalation", 0.99, kb=None, hits=(hit,), probabilities={"escalation": 0.99, "bug": 0.01})
    decision = decide_for(v=v)
    assert set(decision.actions) == {"flag_csm", "forward_support"}
    assert any("happening again" in r for r in decision.reasons)


def test_escalation_without_a_fault_goes_to_the_csm_alone():
    v = verdict("escalation", 0.99, kb=None, probabilities={"escalation": 0.99, "bug": 0.01})
    assert decide_for(v=v).actions == ("flag_csm",)


def test_a_bug_happening_again_is_forwarded_without_flagging_the_csm():
    hit = RuleHit("fault-again", "A fault happening again", None, 0.0, tags=("recurring",))
    assert decide_for(v=verdict("bug", 0.9, kb=None, hits=(hit,))).actions == ("forward_support",)


# --- automatic mail ---------------------------------------------------------------------------------------

def test_auto_generated_mail_classified_as_bug_goes_to_a_person_and_is_never_answered():
    msg = parse(make_eml(subject="Sync error report", body="The ATS sync failed for 3 jobs.",
                         sender="GoodTime Alerts <alerts@example.com>",
                         headers={"Auto-Submitted": "auto-generated"}))
    decision = decide_for(msg, verdict("bug", 0.95, kb=None))
    assert decision.actions == ("needs_review",)
    assert "auto_reply" not in decision.actions and "forward_support" not in decision.actions


FORM_HEADERS = {"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"}


def test_a_form_mailer_request_the_model_takes_for_noise_reaches_a_person():
    msg = parse(make_eml(subject="Help line form: support question",
                         body="Name: Ana Ruiz\nQuestion: How do I reach GoodTime Support at night?",
                         sender="Intranet Forms <forms-noreply@example.com>", headers=FORM_HEADERS))
    decision = decide_for(msg, verdict("noise", 0.41, kb=None))
    assert decision.actions == ("needs_review",)


def test_a_form_mailer_message_that_is_confidently_noise_is_ignored():
    msg = parse(make_eml(subject="Form digest", body="No submissions today.",
                         sender="Intranet Forms <forms-noreply@example.com>", headers=FORM_HEADERS))
    assert decide_for(msg, verdict("noise", FORM_NOISE_CONFIDENCE, kb=None)).actions == ("ignore",)


@pytest.mark.parametrize("extra", [{}, {"Precedence": "bulk"}, {"List-Unsubscribe": "<mailto:u@example.com>"}])
def test_form_mail_the_model_calls_noise_below_the_forms_bar_reaches_a_person(extra):
    """Above the ordinary bar for noise, under the forms' one: a person looks, whatever else the robot says."""
    msg = parse(make_eml(subject="New submission: GoodTime help line",
                         body="Name: Ana Ruiz\nMessage: who do we call when GoodTime is down at night?",
                         sender="Intranet Forms <forms-noreply@example.com>", headers={**FORM_HEADERS, **extra}))
    confidence = FORM_NOISE_CONFIDENCE - 0.02
    assert confidence > thresholds(config(), {}).min_confidence["noise"]
    decision = decide_for(msg, verdict("noise", confidence, kb=None))
    assert decision.actions == ("needs_review",)
    assert any("form or ticket robot" in r for r in decision.reasons)


@pytest.mark.parametrize("marks", [{"X-Autoreply": "yes"}, {"X-Autogenerated": "Reply"}, {"Precedence": "auto_reply"},
                                   {"X-MS-Exchange-Inbox-Rules-Loop": "dana.cho@example.com"}])
def test_an_auto_reply_that_also_says_auto_generated_is_ignored_when_the_model_hesitates(marks):
    msg = parse(make_eml(subject="Automatic reply: help", body="I am out of the office until Monday.",
                         headers={"Auto-Submitted": "auto-generated", **marks}))
    assert decide_for(msg, verdict("noise", FORM_NOISE_CONFIDENCE - 0.1, kb=None)).actions == ("ignore",)


def test_a_bounce_that_says_auto_generated_is_still_ignored_when_the_model_hesitates():
    msg = parse(make_eml(subject="Undeliverable: hello", sender="MAILER-DAEMON@mx.example.com",
                         headers={"Auto-Submitted": "auto-generated", "Return-Path": "<>"}))
    assert decide_for(msg, verdict("noise", 0.3, kb=None)).actions == ("ignore",)


@pytest.mark.parametrize("headers", [{"Auto-Submitted": "auto-replied"}, {"Return-Path": "<>"},
                                     {"List-Id": "<news.example.com>"}])
def test_an_auto_reply_bounce_or_list_mail_the_model_hesitates_on_is_still_ignored(headers):
    msg = parse(make_eml(subject="Re: your message", body="I am out of the office until Monday.", headers=headers))
    assert decide_for(msg, verdict("noise", 0.41, kb=None)).actions == ("ignore",)


def test_auto_replied_mail_that_reads_like_a_question_gets_no_reply():
    msg = parse(make_eml(subject="Automatic reply: What is the support email?", body="What is the support email?",
                         headers={"Auto-Submitted": "auto-replied"}))
    decision = decide_for(msg, verdict("question", 0.95, kb=GOOD_KB))
    assert "auto_reply" not in decision.actions
    assert decision.kb is None


def test_out_of_office_from_exchange_gets_no_reply():
    msg = parse(make_eml(subject="Out of office", body="I'm away. What is the support email?",
                         headers={"X-Auto-Response-Suppress": "All"}))
    decision = decide_for(msg, verdict("question", 0.95, kb=GOOD_KB))
    assert "auto_reply" not in decision.actions


def test_bounce_is_ignored_when_it_reads_like_noise_even_with_low_confidence():
    msg = parse(make_eml(subject="Undeliverable: hello", sender="MAILER-DAEMON@mx.example.com",
                         headers={"Return-Path": "<>"}))
    decision = decide_for(msg, verdict("noise", 0.3, kb=None))
    assert decision.actions == ("ignore",)


def test_question_with_a_robot_reply_to_gets_no_auto_reply():
    msg = parse(make_eml(subject="What is the support email?", body="What is the support email?",
                         headers={"Reply-To": "no-reply@example.com"}))
    decision = decide_for(msg, verdict("question", 0.95, kb=GOOD_KB))
    assert "auto_reply" not in decision.actions


# --- follow-ups in threads we answered ----------------------------------------------------------------------

def test_follow_up_to_our_reply_goes_to_a_person():
    msg = follow_up("Thanks. One more thing: can I also add a CC to the ticket?")
    decision = decide_for(msg, verdict("question", 0.9, kb=GOOD_KB), History(answers_our_message=True))
    assert decision.actions == ("needs_review",)


def test_follow_up_is_recognised_from_in_reply_to_our_message_id_alone():
    msg = follow_up("Thanks. One more thing: can I also add a CC to the ticket?")
    cfg = config()
    history = history_for(None, msg, cfg)
    assert history.answers_our_message
    decision = decide_for(msg, verdict("question", 0.9, kb=GOOD_KB), history, cfg)
    assert decision.actions == ("needs_review",)


def test_follow_up_saying_that_did_not_help_is_forwarded_to_support():
    msg = follow_up("Sorry, that didn't help. The chat bubble is not there for me.")
    decision = decide_for(msg, verdict("question", 0.9, kb=GOOD_KB), History(answers_our_message=True))
    assert decision.actions == ("forward_support",)
    assert PRIORITIES.index(decision.priority) <= PRIORITIES.index("high")


def test_follow_up_saying_it_didnt_help_with_a_typographic_apostrophe_is_forwarded_to_support():
    # Phones and Outlook turn ' into ’ by default.
    msg = follow_up("Sorry, that didn\u2019t help. The chat bubble is not there for me.")
    decision = decide_for(msg, verdict("question", 0.9, kb=GOOD_KB), History(answers_our_message=True))
    assert decision.actions == ("forward_support",)


def test_follow_up_in_german_saying_it_did_not_help_is_forwarded_to_support():
    msg = follow_up("Das hat leider nicht geholfen, der Link funktioniert immer noch nicht.")
    decision = decide_for(msg, verdict("question", 0.9, kb=GOOD_KB), History(answers_our_message=True))
    assert decision.actions == ("forward_support",)


@pytest.mark.parametrize("body", ["Thanks. It didn't work.", "Obrigado, mas não funcionou.", "Gracias, no funciona.",
                                  "Merci, ça ne marche toujours pas.", "Danke, funktioniert immer noch nicht.",
                                  "Obrigado. Deu erro de novo hoje.", "Mil gracias. No ha funcionado.",
                                  "Dankeschön. Es funktioniert leider nicht.", "Muito obrigada. O problema voltou.",
                                  "Thanks - the problem is back this morning.", "Obrigada. Continua a dar erro 500.",
                                  "Thanks. Still failing.", "Danke. Geht immer noch nicht.", "Gracias. Sigue igual.",
                                  "Merci. Toujours le même problème.", "Obrigada. Não deu certo."])
def test_a_thank_you_saying_what_we_sent_did_not_help_is_never_ignored_however_sure_the_model_is(body):
    msg = follow_up(body)
    decision = decide_for(msg, v=with_rules(msg), history=History(answers_our_message=True))
    assert decision.actions == ("needs_review",)
    assert any("did not help" in r for r in decision.reasons)


@pytest.mark.parametrize("body", ["Thanks. It didn't work.", "Danke, funktioniert immer noch nicht.",
                                  "Obrigado, mas não funcionou."])
def test_saying_our_answer_did_not_help_needs_no_rule(body):
    # The policy's own narrower list: an admin who drops the still-failing rule keeps this.
    decision = decide_for(follow_up(body), v=verdict("noise", 1.0, kb=None), history=History(answers_our_message=True))
    assert decision.actions == ("needs_review",)
    assert any("did not help" in r for r in decision.reasons)


def test_a_thank_you_under_the_subject_our_thread_began_with_is_ignored():
    # "Re: Schon wieder: ..." is the problem the thread began with; the new text says it is fixed.
    msg = follow_up("Danke, passt jetzt.", subject="Re: Schon wieder: Zoom-Links fehlen")
    assert decide_for(msg, v=with_rules(msg), history=History(answers_our_message=True)).actions == ("ignore",)


STILL_FAILING_HIT = RuleHit("still-failing", "says something still fails", tags=("still-failing",))


def test_the_still_failing_tag_keeps_a_persons_reply_and_not_a_robots():
    msg = parse(make_eml(subject="Re: invites", body="Thanks!", headers={"References": "<colleague-1@mail.example.com>"}))
    assert decide_for(msg, v=verdict("noise", 1.0, kb=None, hits=(STILL_FAILING_HIT,))).actions == ("needs_review",)
    robot = parse(make_eml(subject="Re: invites", body="Thanks!", headers={"References": "<colleague-1@mail.example.com>",
                                                                              "Auto-Submitted": "auto-replied"}))
    assert decide_for(robot, v=verdict("noise", 1.0, kb=None, hits=(STILL_FAILING_HIT,))).actions == ("ignore",)


@pytest.mark.parametrize("subject,body", [
    ("RE: Bristol reminder", "No dice. Candidates are still getting the reminder with no address in it."),
    ("RE: Rappels en double", "Camille, ça recommence avec les rappels en double, trois candidats me l'ont signalé."),
    ("Re: Lembretes", "João, continua acontecendo com os lembretes: mais dois candidatos receberam o horário errado."),
    ("RE: Thursday panels", "Didn't stick. Reminders are duplicating for Thursday's panels."),
    ("Re: Teams link for Thursday's panel", "Danke. Geht immer noch nicht."),
    ("RE: invites", "Thanks Jo - sadly the same error this morning."),
    ("Re: Enlace de la entrevista", "Gracias. Sigue igual."),
    ("RE: Sync Outlook", "Merci, mais c'est revenu ce matin."),
    ("Re: convites", "Obrigada. O problema voltou."),
])
def test_a_thank_you_saying_something_still_fails_is_never_ignored_outside_our_threads_either(subject, body):
    # A colleague's thread with the help line in copy: no message of ours in it, the model sure of a thank-you.
    msg = parse(make_eml(subject=subject, body=body, headers={"References": "<colleague-1@mail.example.com>"}))
    decision = decide_for(msg, v=with_rules(msg), history=History())
    assert decision.actions == ("needs_review",)
    assert any("but it says something still fails" in r for r in decision.reasons)


FOR_US_HIT = RuleHit("help-line-addressed", "turns to the help line", tags=("for-us",))


@pytest.mark.parametrize("headers,actions", [
    ({"Auto-Submitted": "auto-replied", "Precedence": "bulk"}, ("needs_review",)),   # an out-of-office
    ({"Auto-Submitted": "auto-generated"}, ("needs_review",)),                       # a form, however sure
    ({}, ("needs_review",)),                                                         # a person
    ({"Return-Path": "<>", "Auto-Submitted": "auto-replied"}, ("ignore",)),          # a bounce quotes what was sent
])
def test_mail_that_turns_to_the_help_line_is_never_ignored_unless_it_is_a_bounce(headers, actions):
    msg = parse(make_eml(subject="Automatic reply: Interview", body="Away.\n\nHelp line: please move my panels.",
                         headers=headers))
    decision = decide_for(msg, v=verdict("noise", 1.0, kb=None, hits=(FOR_US_HIT,)))
    assert decision.actions == actions
    assert (actions == ("needs_review",)) == any("but it turns to the help line" in r for r in decision.reasons)


REQUEST_HIT = RuleHit("thanks-then-request", "A thank-you with a short request after it", tags=("request",))


def test_a_rule_tagged_request_keeps_a_persons_mail_from_being_ignored_however_sure_the_model_is():
    msg = parse(make_eml(subject="Re: 3pm panel", body="Thanks! Please cancel the 3pm."))
    decision = decide_for(msg, v=verdict("noise", 1.0, kb=None, hits=(REQUEST_HIT,)))
    assert decision.actions == ("needs_review",)
    assert any("asks for something (rule thanks-then-request)" in r for r in decision.reasons)


def test_a_rule_tagged_request_does_not_keep_a_robots_mail():
    # An auto-reply that says "please contact Grace" asks its sender, not the help line.
    msg = parse(make_eml(subject="Automatic reply: 3pm panel", body="Thanks! Please contact Grace.",
                         headers={"Auto-Submitted": "auto-replied"}))
    assert decide_for(msg, v=verdict("noise", 1.0, kb=None, hits=(REQUEST_HIT,))).actions == ("ignore",)


@pytest.mark.parametrize("subject,body,headers", [
    # a person's out-of-office: its "again" is the sender's
    ("RE: GoodTime: novos grupos", "Olá, estou num workshop externo hoje e amanhã; estarei de novo disponível na quinta.",
     {"References": "<colleague-1@mail.example.com>"}),
    ("AW: neue Interviewer-Pools", "Hallo, ich bin auf einer Messe in Köln und ab Montag wieder da.",
     {"References": "<colleague-1@mail.example.com>"}),
    # a newsletter is no reply in anyone's thread
    ("Recruiting Pulse - June", "Hiring is picking up. Still getting questions about pools? Read on.", {}),
])
def test_an_absence_or_a_newsletter_does_not_say_it_still_fails(subject, body, headers):
    msg = parse(make_eml(subject=subject, body=body, headers=headers))
    decision = decide_for(msg, v=with_rules(msg), history=History())
    assert not any("but it says something still fails" in r for r in decision.reasons)


def test_the_subject_of_a_colleagues_thread_does_not_say_it_still_fails():
    # "RE: workday sync lagging again??" names the problem the thread began with; the new text says it is fixed.
    msg = parse(make_eml(subject="RE: workday sync lagging again??", body="perfect, they're all showing now. cheers",
                         headers={"References": "<colleague-1@mail.example.com>"}))
    assert decide_for(msg, v=with_rules(msg), history=History()).actions == ("ignore",)


def test_outlooks_request_for_no_auto_responses_does_not_make_a_persons_mail_a_robots():
    # Outlook sets X-Auto-Response-Suppress on a person's meeting responses; it forbids an automatic
    # answer, and says nothing about who wrote the mail.
    msg = parse(make_eml(subject="Accepted: Interview - Jordan Lee", body="Accepted, but can we move it to 3:30?",
                         headers={"X-Auto-Response-Suppress": "RN, NRN, OOF"}))
    decision = decide_for(msg, v=verdict("noise", 1.0, kb=None))
    assert decision.actions == ("needs_review",)
    assert any("asks something" in r for r in decision.reasons)


@pytest.mark.parametrize("note_noise,actions", [(0.48, ("needs_review",)), (0.98, ("ignore",))])
def test_an_answer_to_an_invitation_is_ignored_only_when_its_note_alone_reads_as_noise(note_noise, actions):
    msg = parse(make_eml(subject="Zugesagt: Interview", body="Können wir das auf 15 Uhr verschieben."))
    v = Verdict("noise", 1.0, {"noise": 1.0}, kb=None, model_version="test-1", note_noise=note_noise)
    decision = decide_for(msg, v=v)
    assert decision.actions == actions
    assert (actions == ("needs_review",)) == any("note on this answer to an invitation" in r for r in decision.reasons)


@pytest.mark.parametrize("history", [History(), History(answers_our_message=True)])
def test_a_thank_you_signed_by_a_revenue_manager_is_still_ignored(history):
    # "revenu" ("c'est revenu": it is back) is a word of its own, not the start of "Revenue".
    msg = follow_up("Thanks, that worked!\n\nOmar Haddad\nRevenue Director")
    decision = decide_for(msg, v=with_rules(msg), history=history)
    assert decision.actions == ("ignore",)


def test_a_csm_matter_in_our_thread_saying_same_issue_is_left_for_a_person_not_forwarded():
    # "the same issue again" keeps a thank-you from being ignored, but is no sign that an answer failed
    msg = follow_up("Same issue again with the invoice: it still lists 40 seats.")
    decision = decide_for(msg, verdict("escalation", 0.99, kb=None), History(answers_our_message=True))
    assert decision.actions == ("needs_review",)


def test_a_thank_you_in_a_thread_we_answered_is_still_ignored():
    decision = decide_for(follow_up("Thanks, that worked!"), v=verdict("noise", 1.0, kb=None),
                          history=History(answers_our_message=True))
    assert decision.actions == ("ignore",)


def test_no_second_auto_reply_in_a_thread_already_answered():
    msg = parse(make_eml(subject="Re: What is the support email?", body="And what are their hours?",
                         headers={"References": "<msg-1@mail.example.com>"}))
    decision = decide_for(msg, verdict("question", 0.95, kb=GOOD_KB), History(replied_in_thread=True))
    assert "auto_reply" not in decision.actions
    assert decision.kb is None


# --- rate and trust guards --------------------------------------------------------------------------------------

def test_sender_at_the_daily_auto_reply_cap_gets_no_more_auto_replies():
    cfg = config(max_auto_replies_per_sender_per_day=3)
    decision = decide_for(v=verdict("question", 0.95, kb=GOOD_KB), history=History(auto_replies_today=3), cfg=cfg)
    assert "auto_reply" not in decision.actions
    assert decision.actions  # still handled by someone


def test_sender_below_the_daily_auto_reply_cap_still_gets_an_auto_reply():
    cfg = config(max_auto_replies_per_sender_per_day=3)
    decision = decide_for(v=verdict("question", 0.95, kb=GOOD_KB), history=History(auto_replies_today=2), cfg=cfg)
    assert decision.actions == ("auto_reply",)


def test_sender_at_the_daily_forward_cap_is_left_for_a_person():
    cfg = config(max_forwards_per_sender_per_day=2)
    decision = decide_for(v=verdict("bug", 0.9, kb=None), history=History(forwards_today=2), cfg=cfg)
    assert "forward_support" not in decision.actions
    assert "needs_review" in decision.actions


def test_sender_outside_allowed_sender_domains_gets_no_auto_reply():
    msg = parse(make_eml(sender="Sam <sam@partner.example.org>", body="What is the support email?"))
    decision = decide_for(msg, verdict("question", 0.95, kb=GOOD_KB))
    assert "auto_reply" not in decision.actions
    assert decision.actions


def test_reply_to_outside_allowed_sender_domains_gets_no_auto_reply():
    msg = parse(make_eml(body="What is the support email?", headers={"Reply-To": "sam@partner.example.org"}))
    decision = decide_for(msg, verdict("question", 0.95, kb=GOOD_KB))
    assert "auto_reply" not in decision.actions


def test_sender_in_a_sub_domain_of_an_allowed_domain_gets_an_auto_reply():
    msg = parse(make_eml(sender="Sam <sam@emea.corp.example>", body="What is the support email?"))
    decision = decide_for(msg, verdict("question", 0.95, kb=GOOD_KB), cfg=config(allowed_sender_domains=["corp.example"]))
    assert decision.actions == ("auto_reply",)


def test_feature_request_from_outside_gets_no_product_board_reply():
    msg = parse(make_eml(sender="Sam <sam@partner.example.org>", body="It would be great if GoodTime could ..."))
    decision = decide_for(msg, verdict("feature_request", 0.95, kb=None))
    assert "product_board_reply" not in decision.actions
    assert decision.actions == ("needs_review",)


def test_failed_sender_authentication_blocks_the_auto_reply():
    msg = parse(make_eml(body="What is the support email?",
                         headers={"Authentication-Results": "mx.example.com; spf=pass; dkim=fail; dmarc=fail"}))
    decision = decide_for(msg, verdict("question", 0.95, kb=GOOD_KB))
    assert "auto_reply" not in decision.actions
    assert any("dkim=fail" in r or "dmarc=fail" in r for r in decision.reasons)


def test_failed_sender_authentication_is_tolerated_when_the_config_says_so():
    msg = parse(make_eml(body="What is the support email?",
                         headers={"Authentication-Results": "mx.example.com; dkim=fail"}))
    decision = decide_for(msg, verdict("question", 0.95, kb=GOOD_KB), cfg=config(require_sender_authentication=False))
    assert decision.actions == ("auto_reply",)


def test_auto_reply_goes_to_the_reply_to_address_when_it_is_the_senders_own():
    msg = parse(make_eml(body="What is the support email?", headers={"Reply-To": "Dana <dana+helpdesk@example.com>"}))
    decision = decide_for(msg, verdict("question", 0.95, kb=GOOD_KB))
    assert decision.actions == ("auto_reply",)
    assert decision.recipient == "dana+helpdesk@example.com"


@pytest.mark.parametrize("reply_to", ["Team <talent-team@example.com>", "helpline@example.com", "csm@example.com",
                                      "support@goodtime.io", "dana%evil.example@example.com",
                                      "evil.example!dana@example.com", '"dana@evil.example"@example.com',
                                      "<@evil.example:dana@example.com>"])
def test_no_auto_reply_when_reply_to_points_away_from_the_sender(reply_to):
    msg = parse(make_eml(body="What is the support email?", headers={"Reply-To": reply_to}))
    decision = decide_for(msg, verdict("question", 0.95, kb=GOOD_KB))
    assert "auto_reply" not in decision.actions
    assert any(r.startswith("no automatic reply") for r in decision.reasons), decision.reasons


@pytest.mark.parametrize("sender", ["alice%evil.example@example.com", "evil.example!alice@example.com"])
def test_a_local_part_that_relays_elsewhere_is_not_in_an_allowed_domain(sender):
    msg = parse(make_eml(sender=f"Alice <{sender}>", body="What is the support email?"))
    decision = decide_for(msg, verdict("question", 0.95, kb=GOOD_KB))
    assert "auto_reply" not in decision.actions


@pytest.mark.parametrize("sender", ["support@goodtime.io", "csm@example.com"])
def test_mail_from_support_or_the_csm_goes_to_a_person_and_is_never_forwarded_back(sender):
    msg = parse(make_eml(sender=f"Them <{sender}>", subject="Re: [HIGH] bug: invites - still broken",
                         body="We are still investigating; it is still broken for some customers.",
                         headers={"In-Reply-To": "<triage.forward.0123456789abcdef01234567@example.com>"}))
    for category in ("bug", "scheduling_blocker", "question", "escalation"):
        decision = decide_for(msg, verdict(category, 0.95, kb=GOOD_KB),
                              history=History(answers_our_message=True))
        assert decision.actions == ("needs_review",), (category, decision)
        assert any("never forwarded back" in r for r in decision.reasons)


# --- our own mail ---------------------------------------------------------------------------------------------------

def test_mail_from_our_own_address_is_ignored_whatever_the_model_says():
    msg = parse(make_eml(sender="GoodTime Help Line <helpline@example.com>", body="The calendar is broken"))
    decision = decide_for(msg, verdict("bug", 0.99, kb=None))
    assert decision.actions == ("ignore",)
    assert decision.category == "noise"


def test_mail_carrying_our_loop_header_is_ignored():
    msg = parse(make_eml(headers={"X-Triage-Loop": "helpline@example.com"}))
    decision = decide_for(msg, verdict("question", 0.99, kb=GOOD_KB))
    assert decision.actions == ("ignore",)


def test_mail_with_one_of_our_message_ids_is_ignored():
    msg = parse(make_eml(message_id=f"<{OUR_REPLY_ID}>"))
    decision = decide_for(msg, verdict("question", 0.99, kb=GOOD_KB))
    assert decision.actions == ("ignore",)


def test_mail_from_an_additional_own_address_is_ignored():
    msg = parse(make_eml(sender="Bot <triage-bot@example.com>"))
    decision = decide_for(msg, verdict("question", 0.99, kb=GOOD_KB), cfg=config(own_addresses=["triage-bot@example.com"]))
    assert decision.actions == ("ignore",)


# --- the configured routing table ------------------------------------------------------------------------------------

def test_configured_route_for_questions_is_respected():
    decision = decide_for(v=verdict("question", 0.95, kb=GOOD_KB), cfg=config(routes={"question": ["forward_support"]}))
    assert decision.actions == ("forward_support",)
    assert decision.kb is None


def test_configured_route_with_several_actions_is_respected():
    decision = decide_for(v=verdict("bug", 0.9, kb=None), cfg=config(routes={"bug": ["forward_support", "flag_csm"]}))
    assert decision.actions == ("forward_support", "flag_csm")


def test_configured_route_for_escalations_is_respected():
    decision = decide_for(v=verdict("escalation", 0.9, kb=None), cfg=config(routes={"escalation": ["needs_review"]}))
    assert decision.actions == ("needs_review",)


def test_configured_priority_is_respected():
    decision = decide_for(v=verdict("bug", 0.9, kb=None), cfg=config(priorities={"bug": "high"}))
    assert decision.priority == "high"


def test_configured_route_for_noise_is_respected():
    # An admin rolling out carefully may want every "noise" verdict checked by a person.
    decision = decide_for(v=verdict("noise", 0.95, kb=None), cfg=config(routes={"noise": ["needs_review"]}))
    assert decision.actions == ("needs_review",)


def test_decide_is_pure_and_gives_the_same_decision_twice():
    msg = parse(make_eml(body="What is the support email?"))
    v = verdict("question", 0.95, kb=GOOD_KB)
    cfg = config()
    assert decide_for(msg, v, History(), cfg) == decide_for(msg, v, History(), cfg)


FORWARDED_BUG = ("Obrigada!\n\n---------- Forwarded message ---------\nFrom: Ana Costa <ana@mail.example>\n"
                 "Subject: Entrevista quinta\n\nO link que recebi para quinta diz que a entrevista já não existe.\n")


@pytest.mark.parametrize("subject", ["Fwd: Entrevista quinta", "ENC: Entrevista quinta", "WG: Gespräch Donnerstag"])
def test_a_request_a_person_forwarded_is_not_ignored_however_sure_the_model_is_of_noise(subject):
    decision = decide_for(parse(make_eml(subject=subject, body=FORWARDED_BUG)), v=verdict("noise", 1.0, kb=None))
    assert decision.actions == ("needs_review",)
    assert any("forwarded it to the help line" in r for r in decision.reasons)


def test_a_thank_you_reply_above_the_same_text_is_still_ignored():
    decision = decide_for(parse(make_eml(subject="Re: Entrevista quinta", body=FORWARDED_BUG)),
                          v=verdict("noise", 1.0, kb=None))
    assert decision.actions == ("ignore",)


def test_a_forward_with_a_robots_mark_is_still_judged_by_the_noise_bar():
    msg = parse(make_eml(subject="Fwd: Weekly digest", body=FORWARDED_BUG, headers={"Auto-Submitted": "auto-generated"}))
    assert decide_for(msg, v=verdict("noise", 1.0, kb=None)).actions == ("ignore",)


# --- a question that also reports a failure gets no automatic answer (a hostile review) ---------------

@pytest.mark.parametrize("subject, body, why", [
    ("How do I change the time zone in GoodTime?",
     "All the invites went out an hour off after the DST change, for 40 candidates. How do I change the time zone?",
     "impact across the organisation"),
    ("Re: How do I cancel an interview in GoodTime?",
     "That did not help, the cancel button does nothing.\n\n> How do I cancel an interview in GoodTime?",
     "still fails"),
    ("Cancelling interviews",
     "Cancelling is broken again, third time this month. How do I cancel an interview in GoodTime?",
     "fault happening again"),
], ids=["incident", "reply-still-broken", "fault-again"])
def test_a_question_that_reports_a_failure_is_forwarded_not_answered(subject, body, why):
    msg = parse(make_eml(subject=subject, body=body))
    v = verdict(kb=KbMatch("cancel-interview", "Cancelling an interview", 0.99, "Open the interview ..."),
                hits=tuple(apply_rules(SHIPPED_RULES, msg)))
    d = decide_for(msg, v)
    assert d.actions == ("forward_support",) and d.kb is None, d.reasons
    assert any(why in r and "forwarded, not answered with article cancel-interview" in r for r in d.reasons), d.reasons


def test_a_new_question_saying_a_way_did_not_work_is_still_answered():
    # Not a reply: "the support e-mail didn't work for me, what is the right one?" asks, and the article answers.
    msg = parse(make_eml(subject="Support e-mail?", body="The address I had didn't work. What is the support email?"))
    d = decide_for(msg, verdict(hits=tuple(apply_rules(SHIPPED_RULES, msg))))
    assert d.actions == ("auto_reply",), d.reasons
