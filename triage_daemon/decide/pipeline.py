"""The whole decision for one message: the classifier's Verdict, then the policy's Decision."""
from __future__ import annotations

from ..config import Config
from ..mail.loops import is_our_message_id
from ..message import Decision, History, Message, Verdict
from .acknowledge import with_acknowledgement
from .classifier import Classifier
from .policy import decide


def auto_reply_threshold(cfg: Config, classifier: Classifier) -> float:
    """The config's threshold, else the one chosen at training (the model card)."""
    if cfg.auto_reply_min_confidence is not None:
        return cfg.auto_reply_min_confidence
    return float(classifier.model.card.get("auto_reply", {}).get("threshold", 0.9))


def history_from_headers(msg: Message, cfg: Config) -> History:
    """What the message's own headers tell about the thread (no state): does it answer our mail?"""
    ids = [i for i in (msg.in_reply_to, *msg.references) if i]
    return History(answers_our_message=any(is_our_message_id(i, cfg.helpline_domain) for i in ids))


def decide_message(msg: Message, classifier: Classifier, cfg: Config, history: History,
                   verdict: Verdict | None = None) -> tuple[Verdict, Decision]:
    """The whole decision, shared by `classify` and the daemon (which may classify a chunk at once)."""
    verdict = verdict or classifier.classify(msg)
    decision = decide(msg, verdict, history, cfg, auto_reply_threshold(cfg, classifier))
    return verdict, with_acknowledgement(msg, decision, history, cfg)
