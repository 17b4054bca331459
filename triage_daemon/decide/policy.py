"""The decision: Verdict + History + Config -> actions, priority and reasons. Pure; no I/O."""
from __future__ import annotations

from dataclasses import dataclass

from ..config import PRIORITIES, Config
from ..mail.loops import (
    authentication_failed,
    loop_checks,
    relays_elsewhere,
    same_person,
    sender_domain_allowed,
    sent_by_a_form,
    source_routed,
    written_by_a_person,
)
from ..mail.quotes import FORWARD_SUBJECT, REPLY_PREFIXES
from ..message import Decision, History, Message, Verdict
from .patterns import Pattern
from .questions import new_text_asks

REPLY_ACTIONS = ("auto_reply", "product_board_reply")
# Mail a robot sent on someone's behalf (Auto-Submitted: auto-generated, as web and ticket forms
# send it, and not a bounce) is ignored only when the model is this sure it is noise: a form's
# question read as a system notice is a request nobody sees. Chosen on form mail the model was not
# trained on: requests read as noise scored 0.47-0.85, the forms' own notices mostly 0.94 and more
# (docs/answers.md, "Mail from forms").
FORM_NOISE_CONFIDENCE = 0.90
# Automatic mail that quotes what was sent (a delivery failure, a read receipt, an abuse report) or is our own:
# words turned to the help line in it are not the sender's.
NOT_FOR_US = ("own-mail", "bounce", "read-receipt", "abuse-report")
# A follow-up in our thread that says our answer did not help goes to Support. Narrower than the rules'
# `still-failing` words (rules/10-noise.yaml), which only keep a person's reply from being ignored. On RE2,
# like the rules: Python's re took 2^k steps for "funktioniert " + "immer noch " * k (32 s for k = 26).
_DID_NOT_HELP = Pattern(
    r"(^|\W)("
    r"(did ?n[o'’]?t|does ?n[o'’]?t|do ?n[o'’]?t|not) (really )?(help|work|answer|solve|fix)"
    r"|not what i (asked|need|meant)|still (not|does ?n[o'’]?t|broken|can[’']?t|failing|stuck"
    r"|the same)|(talk|speak) to a (real )?(person|human)|no (me )?(ha )?ayudado|no (me )?sirvi[oó]"
    r"|no (ha )?funciona(do)?|no funcion[oó]|(hat|hilft) (mir )?nicht (geholfen|weiter)"
    r"|funktioniert (leider |immer |immer noch |noch )*nicht|(ne m['’]a pas|n['’]a pas) aid[ée]"
    r"|ne (marche|fonctionne) (toujours )?pas|pas r[ée]solu|n[ãa]o (me )?(ajudou|resolveu|funciona"
    r"|funcionou)|continua(m)? (sem funcionar|a falhar|a dar erro|igual)|sigue(n)? (sin funcionar"
    r"|fallando|dando error)"
    r")(\W|$)")


def _top(probs: dict[str, float], n: int = 3) -> str:
    best = sorted(probs.items(), key=lambda kv: -kv[1])[:n]
    return ", ".join(f"{k} {v:.2f}" for k, v in best)


def _raise(priority: str, to: str | None) -> str:
    if to and PRIORITIES.index(to) < PRIORITIES.index(priority):
        return to
    return priority


@dataclass(frozen=True)
class Thresholds:
    """The confidence bars of one decision: config where the admin set them, else the model card."""
    min_confidence: dict[str, float]   # per category: below it a person decides
    answer: float                      # P(the article answers the message) an automatic reply needs
    question: float = 0.0              # question confidence an automatic reply needs besides


def decide(msg: Message, verdict: Verdict, history: History, cfg: Config, bars: Thresholds) -> Decision:
    reasons: list[str] = [f"model {verdict.model_version}: {_top(verdict.probabilities)}"]
    for hit in verdict.rule_hits:
        kind = "override" if hit.override else (f"+{hit.weight:g} {hit.category}" if hit.category else "tag")
        reasons.append(f"rule {hit.rule} ({kind}): {hit.description}")
    category, confidence = verdict.category, verdict.confidence
    recipient = msg.reply_to or msg.sender
    loops = loop_checks(msg, cfg.helpline_domain, cfg.own_address_set())
    reasons += [f"no auto-response: {c.reason}" for c in loops]

    def done(cat: str, actions: list[str], priority: str, kb=None) -> Decision:
        return Decision(cat, round(confidence if cat == category else 1.0, 4), tuple(dict.fromkeys(actions)),
                        priority, tuple(reasons), kb, recipient)

    if any(c.name == "own-mail" for c in loops):
        reasons.append("our own mail came back: ignored to prevent a loop")
        return done("noise", ["ignore"], "low")
    automatic = any(c.bounce for c in loops)
    # A bounce, an auto-reply or a list needs nothing even when the model hesitates; mail a robot
    # sent for a person (a web or ticket form, even one that also says Precedence: bulk) may be a
    # request: only very confident noise is ignored.
    form = sent_by_a_form(loops)
    needs_nothing = not form and any(c.bounce and not c.request_possible for c in loops)
    if category == "noise":
        bar = max(bars.min_confidence["noise"], FORM_NOISE_CONFIDENCE) if form else bars.min_confidence["noise"]
        kept = _read_anyway(msg, verdict, history, loops, bar)
        if not kept and (confidence >= bar or needs_nothing):
            actions = [a for a in cfg.routes["noise"] if a not in REPLY_ACTIONS] or ["ignore"]
            return done("noise", actions, cfg.priorities["noise"])
        if kept:
            reasons.append(f"noise at {confidence:.2f}, but {kept}: a person checks it")
        else:
            sent_by = "mail from a form or ticket robot, " if form else ""
            reasons.append(f"{sent_by}noise only at {confidence:.2f} < {bar:.2f}: a person checks it")
        return done(category, ["needs_review"], "low")
    if automatic:
        reasons.append(f"automatic mail that reads like {category}: left for a person, never answered")
        return done(category, ["needs_review"], "low")
    priority = cfg.priorities[category]
    for hit in verdict.rule_hits:
        priority = _raise(priority, hit.priority)
    party = {cfg.support_address.lower(): "GoodTime Support", cfg.csm_address.lower(): "the CSM"}.get(msg.sender)
    if party:
        # A ticket update ("still broken") would otherwise be forwarded back to Support, and again.
        where = " in a thread we forwarded" if history.answers_our_message else ""
        reasons.append(f"mail from {party} ({msg.sender}){where}: for a person, never forwarded back")
        return done(category, ["needs_review"], priority)
    if confidence < bars.min_confidence[category]:
        reasons.append(f"confidence {confidence:.2f} < {bars.min_confidence[category]:.2f} for {category}")
        return done(category, ["needs_review"], priority)

    if history.answers_our_message or history.replied_in_thread:
        if _in_our_thread_saying(_DID_NOT_HELP, msg, history):
            reasons.append("follow-up to our answer saying it did not help: forwarded to Support")
            return done(category, ["forward_support"], _raise(priority, "high"))
        reasons.append("follow-up in a thread we already answered: left for a person")
        return done(category, ["needs_review"], priority)

    actions = list(cfg.routes[category])
    kb = verdict.kb
    tags = {t for hit in verdict.rule_hits for t in hit.tags}
    if "auto_reply" in actions:
        failing = _reports_a_failure(msg, verdict, tags)
        if failing and kb is not None and kb.score >= bars.answer and bars.answer < 1.0:
            # "How do I change the time zone? All the invites went out an hour off for 40 candidates": a how-to
            # article would answer the question and leave the incident with nobody (a hostile review).
            reasons.append(f"{failing}: forwarded, not answered with article {kb.id} ({kb.score:.2f})")
            actions[actions.index("auto_reply")] = "forward_support"
            kb = None
        elif kb is None or kb.score < bars.answer or bars.answer >= 1.0:
            best = f"{kb.id} answers it with probability {kb.score:.3f}" if kb else "no article"
            if bars.answer >= 1.0:   # no threshold met the wrong-answer target: no automatic answers
                reasons.append(f"automatic answers are off (threshold 1.00; best: {best})")
            else:
                reasons.append(f"no confident answer ({best} < {bars.answer:.2f})")
            actions[actions.index("auto_reply")] = "forward_support"
            kb = None
        elif category == "question" and confidence < bars.question:
            reasons.append(f"question confidence {confidence:.2f} < auto-reply threshold {bars.question:.2f}")
            actions[actions.index("auto_reply")] = "forward_support"
            kb = None
        else:
            reasons.append(f"article {kb.id} answers it with probability {kb.score:.2f} (>= {bars.answer:.2f})")
    if category == "bug" and "impact" in tags and "flag_csm" not in actions:
        reasons.append("high-impact bug: the CSM is flagged too")
        actions.append("flag_csm")
        priority = _raise(priority, "high")
    # An escalation about a fault that is happening again ("calendar sync down for the third time")
    # goes to Support too: the model is sure it is the CSM's matter, and the fault still needs fixing.
    if category == "escalation" and "forward_support" not in actions and (
            "recurring" in tags or
            verdict.probabilities.get("bug", 0) + verdict.probabilities.get("scheduling_blocker", 0) >= 0.3):
        reasons.append("escalation that reports a fault" + (" happening again" if "recurring" in tags else "") +
                       ": Support gets it too")
        actions.append("forward_support")

    replies = [a for a in actions if a in REPLY_ACTIONS]
    if replies:
        blocked = _reply_blocker(msg, recipient, history, cfg, loops)
        if blocked:
            reasons.append(blocked)
            actions = [a for a in actions if a not in REPLY_ACTIONS]
            if "auto_reply" in replies and "forward_support" not in actions:
                actions.append("needs_review")
            elif not actions:
                actions.append("needs_review")
            kb = None
    if "forward_support" in actions and history.forwards_today >= cfg.max_forwards_per_sender_per_day:
        reasons.append(f"sender reached {cfg.max_forwards_per_sender_per_day} forwards today: left for a person")
        actions = [a for a in actions if a != "forward_support"] + ["needs_review"]
    if "auto_reply" not in actions:
        kb = None
    return done(category, actions, priority, kb)


def _read_anyway(msg: Message, verdict: Verdict, history: History, loops, bar: float) -> str:
    """Why a person reads mail the model takes for noise, or "": what it says that the model's reading misses."""
    tagged = lambda tag: next((h.rule for h in verdict.rule_hits if tag in h.tags), None)  # noqa: E731
    overridden = any(h.override for h in verdict.rule_hits)   # a rule decided: only our own thread's answer counts
    # An out-of-office that turns to the help line with something to do ("Help line: please move me off every
    # panel"). Never a delivery failure, a receipt or our own mail: they quote what was sent.
    quoting = any(c.name in NOT_FOR_US for c in loops)
    for_us = None if overridden or quoting else tagged("for-us")
    addressed = f"it turns to the help line with something to do (rule {for_us})" if for_us else ""
    # An answer to an invitation whose note, read alone, is not sure noise: "Accepted, but can we push it
    # to 3:30" is for the organiser, the help line. (Google Calendar marks a person's answer Auto-Submitted.)
    noted = not overridden and not quoting and verdict.note_noise is not None and verdict.note_noise < bar
    rsvp_note = f"the note on this answer to an invitation reads as noise only at {verdict.note_noise:.2f} on its own" \
        if noted else ""
    if not written_by_a_person(loops):
        return addressed or (rsvp_note if msg.calendar == "REPLY" else "")
    # "Thanks. It didn't work." in a thread we wrote in reads as a thank-you, and is the opposite; the
    # rules' `still-failing` tag reads the wider words ("no dice", "ça recommence") in the new text.
    fails = tagged("still-failing")
    if (history.answers_our_message or history.replied_in_thread) and (
            fails or _in_our_thread_saying(_DID_NOT_HELP, msg, history)):
        return "it says what we sent did not help"
    if overridden:
        return ""
    # "Danke. Geht immer noch nicht." in a colleague's thread, the help line in copy, reads as one too.
    if fails and _is_reply(msg):
        return "it says something still fails"
    # "Thanks! Will the sync be fixed, though?"
    if new_text_asks(msg):
        return "the new text asks something"
    # A rule saw a request: "Danke! Bitte stornieren.", "Danke, Freitag passt."
    requested = tagged("request")
    if requested:
        return f"it asks for something (rule {requested})"
    if rsvp_note:
        return rsvp_note
    # "Obrigada!" above a forwarded request: people forward to the help line what needs doing.
    if FORWARD_SUBJECT.match(msg.subject):
        return "a person forwarded it to the help line"
    return addressed


def _in_our_thread_saying(pattern: Pattern, msg: Message, history: History) -> bool:
    """A follow-up in a thread we wrote in whose new text or subject says `pattern`."""
    return (history.answers_our_message or history.replied_in_thread) and bool(
        pattern.search(msg.stripped) or pattern.search(msg.subject))


def _reports_a_failure(msg: Message, verdict: Verdict, tags: set[str]) -> str:
    """Why a question must not get an automatic answer because it also reports a failure, or "": an impact
    across the organisation, a fault happening again, or, in a reply or a forward, new text saying something
    still fails (the question may be in the quoted part)."""
    rule = lambda tag: next(h.rule for h in verdict.rule_hits if tag in h.tags)  # noqa: E731
    if "impact" in tags:
        return f"it reports an impact across the organisation (rule {rule('impact')})"
    if "recurring" in tags:
        return f"it reports a fault happening again (rule {rule('recurring')})"
    if "still-failing" in tags and (_is_reply(msg) or FORWARD_SUBJECT.match(msg.subject)):
        return f"its new text says something still fails (rule {rule('still-failing')})"
    return ""


def _is_reply(msg: Message) -> bool:
    """A reply in a thread: In-Reply-To or References, or a reply's subject."""
    return bool(msg.headers.get("in-reply-to") or msg.headers.get("references") or REPLY_PREFIXES.match(msg.subject))


def _reply_blocker(msg: Message, recipient: str, history: History, cfg: Config, loops) -> str:
    """Why an automatic reply must not go out, or ''."""
    if loops:
        return "no automatic reply: " + "; ".join(c.reason for c in loops)
    if recipient != msg.sender:
        ours = cfg.own_address_set() | {cfg.support_address.lower(), cfg.csm_address.lower()}
        if recipient in ours:
            return f"no automatic reply: Reply-To {recipient} is one of our own addresses"
        if not same_person(recipient, msg.sender):
            return f"no automatic reply: Reply-To {recipient} is not the sender's own address ({msg.sender})"
    for addr in {msg.sender, recipient}:
        if relays_elsewhere(addr):
            return f"no automatic reply: {addr} hands mail on elsewhere ('%', '!' or a quoted '@' in its local part)"
    if source_routed(msg.header("from")) or source_routed(msg.header("reply-to")):
        return "no automatic reply: From or Reply-To names a source route (<@relay:...>)"
    domains = cfg.sender_domains()
    for addr in {msg.sender, recipient}:
        if not sender_domain_allowed(addr, domains):
            return f"no automatic reply: {addr} is outside allowed_sender_domains ({', '.join(domains)})"
    failed = authentication_failed(msg)
    if failed and cfg.require_sender_authentication:
        return f"no automatic reply: Authentication-Results says {failed}"
    if history.auto_replies_today >= cfg.max_auto_replies_per_sender_per_day:
        return f"no automatic reply: {cfg.max_auto_replies_per_sender_per_day} replies to this sender in 24 h already"
    return ""
