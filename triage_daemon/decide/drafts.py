"""Whether a ready reply is saved as a draft for a person: a message that goes to a person (or to Support)
while the daemon has a plausible answer it will not send itself. A draft is never sent by the daemon,
never written about noise, and one message has at most one. Pure; no I/O."""
from __future__ import annotations

from dataclasses import replace

from ..config import Config
from ..mail.compose import PRODUCT_BOARD_DRAFT as PRODUCT_BOARD
from ..mail.loops import loop_checks, never_send_to
from ..message import Decision, History, KbMatch, Message, Verdict
from .policy import REPLY_ACTIONS, _reply_blocker

FOR_PEOPLE = ("forward_support", "needs_review")


def draft_blocker(msg: Message, verdict: Verdict, decision: Decision, history: History, cfg: Config) -> str:
    """Why no draft is saved for this decision, or '' when one may be."""
    if not cfg.drafts:
        return "drafts = false"
    if decision.category == "noise" or "ignore" in decision.actions:
        return "noise never gets a draft"
    if any(a in decision.actions for a in REPLY_ACTIONS):
        return "the sender gets an answer"
    if not any(a in decision.actions for a in FOR_PEOPLE):
        return "no person or Support answers it"
    if history.answers_our_message or history.replied_in_thread:
        return "a follow-up in a thread we already wrote in"
    sender = msg.sender.lower()
    if sender in (cfg.support_address.lower(), cfg.csm_address.lower()) or sender in cfg.own_address_set():
        return "mail from Support, the CSM or ourselves"
    if never_send_to(decision.recipient):
        return f"{decision.recipient or 'no address'} cannot be answered"
    # The guards of every automatic reply: nothing is prepared for mail a robot sent, for a Reply-To that is
    # not the sender, or for a sender who already had the day's replies.
    loops = loop_checks(msg, cfg.helpline_domain, cfg.own_address_set())
    return _reply_blocker(msg, decision.recipient, history, cfg, loops)


def draft_candidate(verdict: Verdict, decision: Decision, cfg: Config) -> KbMatch | None:
    """The article to draft from (score at least draft_min_score), else the product-board reply for a
    feature request, else nothing."""
    kb = verdict.kb
    if kb is not None and kb.score >= cfg.draft_min_score and kb.answer.strip():
        return kb
    if decision.category == "feature_request" and "product_board_reply" in cfg.routes.get("feature_request", ()):
        return KbMatch(PRODUCT_BOARD, "GoodTime Product board", round(decision.confidence, 4))
    return None


def with_draft(msg: Message, verdict: Verdict, decision: Decision, history: History, cfg: Config) -> Decision:
    """The decision, with the draft to save (and why) when one is due."""
    if draft_blocker(msg, verdict, decision, history, cfg):
        return decision
    article = draft_candidate(verdict, decision, cfg)
    if article is None:
        return decision
    if article.id == PRODUCT_BOARD:
        reason = "draft: the product-board reply, saved for a person to check and send"
    else:
        reason = (f"draft: article {article.id} ({article.score:.2f} >= draft_min_score "
                  f"{cfg.draft_min_score:.2f}), saved for a person to check and send")
    return replace(decision, draft=article, reasons=decision.reasons + (reason,))
