"""The whole decision for one message: the classifier's Verdict, then the policy's Decision."""
from __future__ import annotations

from ..config import CATEGORIES, DEFAULT_MIN_CONFIDENCE, Config
from ..mail.loops import is_our_message_id
from ..message import Decision, History, Message, Verdict
from .acknowledge import with_acknowledgement
from .classifier import Classifier
from .drafts import with_draft
from .policy import Thresholds, decide

DEFAULT_KB_MIN_SCORE = 0.25   # article score needed when the model card has no trained answers


def thresholds(cfg: Config, card: dict) -> Thresholds:
    """Each threshold from the config when the admin set it, else from the model card, else the default."""
    chosen = card.get("thresholds", {}).get("min_confidence", {})
    min_confidence = {c: cfg.min_confidence.get(c, chosen.get(c, DEFAULT_MIN_CONFIDENCE[c])) for c in CATEGORIES}
    if "answers" in card:
        answer = card["answers"]["threshold"]
        question = 0.0  # the answer score already weighs how likely the message is a question
    else:  # a model trained without articles: the old gate on question confidence, a fixed article score
        answer, question = DEFAULT_KB_MIN_SCORE, card.get("auto_reply", {}).get("threshold", 0.9)
    return Thresholds(min_confidence,
                      float(cfg.kb_min_score if cfg.kb_min_score is not None else answer),
                      float(cfg.auto_reply_min_confidence if cfg.auto_reply_min_confidence is not None else question))


def history_from_headers(msg: Message, cfg: Config) -> History:
    """What the message's own headers tell about the thread (no state): does it answer our mail?"""
    ids = [i for i in (msg.in_reply_to, *msg.references) if i]
    return History(answers_our_message=any(is_our_message_id(i, cfg.helpline_domain) for i in ids))


def decide_message(msg: Message, classifier: Classifier, cfg: Config, history: History,
                   verdict: Verdict | None = None) -> tuple[Verdict, Decision]:
    """The whole decision, shared by `classify` and the daemon (which may classify a chunk at once)."""
    verdict = verdict or classifier.classify(msg)
    decision = decide(msg, verdict, history, cfg, thresholds(cfg, classifier.model.card))
    decision = with_acknowledgement(msg, decision, history, cfg)
    return verdict, with_draft(msg, verdict, decision, history, cfg)
