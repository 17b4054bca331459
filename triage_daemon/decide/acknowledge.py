"""Whether the sender is told that their message arrived (with a reference) when a person, Support or the
CSM will answer it. An acknowledgement is an automatic reply (RFC 3834): the same guards hold, plus one
per thread, and none where the sender already got an answer. Pure; no I/O."""
from __future__ import annotations

from dataclasses import replace

from ..config import Config
from ..mail.loops import loop_checks
from ..message import Decision, History, Message
from .policy import REPLY_ACTIONS, _reply_blocker

HANDED_ON = ("forward_support", "flag_csm", "needs_review")


def acknowledgement_blocker(msg: Message, decision: Decision, history: History, cfg: Config) -> str:
    """Why no acknowledgement may go out, or '' when one should."""
    if not cfg.acknowledge:
        return "acknowledge = false"
    if not any(a in decision.actions for a in HANDED_ON) or any(a in decision.actions for a in REPLY_ACTIONS):
        return "the sender gets an answer, or nothing needs one"
    if decision.category == "noise":
        return "noise is never acknowledged"
    if history.replied_in_thread or history.answers_our_message:
        return "this thread already had an automatic reply or acknowledgement"
    # The automatic replies' guards and daily cap (acknowledgements count against it like answers).
    loops = loop_checks(msg, cfg.helpline_domain, cfg.own_address_set())
    return _reply_blocker(msg, decision.recipient, history, cfg, loops)


def with_acknowledgement(msg: Message, decision: Decision, history: History, cfg: Config) -> Decision:
    """The decision, marked to acknowledge when it may; the reason is added when it matters to an admin."""
    blocked = acknowledgement_blocker(msg, decision, history, cfg)
    if not blocked:
        return replace(decision, acknowledge=True,
                       reasons=decision.reasons + ("acknowledgement with a reference to the sender",))
    if any(a in decision.actions for a in HANDED_ON) and decision.category != "noise" and cfg.acknowledge:
        reason = blocked.replace("no automatic reply: ", "")
        return replace(decision, reasons=decision.reasons + (f"no acknowledgement: {reason}",))
    return decision
