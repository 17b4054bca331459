"""Rules + model + knowledge base: a Message in, a Verdict out. No I/O after loading."""
from __future__ import annotations

from dataclasses import dataclass

from ..config import CATEGORIES, Config
from ..message import Message, RuleHit, Verdict
from .features import model_text
from .kb import KnowledgeBase, load_articles
from .model import LoadedModel
from .model import load as load_model
from .rules import Rule, apply_rules, load_rules


@dataclass
class Classifier:
    rules: list[Rule]
    model: LoadedModel
    kb: KnowledgeBase

    @classmethod
    def from_config(cls, cfg: Config) -> "Classifier":
        return cls(load_rules(cfg.rules_dir), load_model(cfg.model_dir), KnowledgeBase(load_articles(cfg.kb_dir)))

    def classify_many(self, msgs: list[Message]) -> list[Verdict]:
        return [self._combine(m, p) for m, p in zip(msgs, self.probabilities_many(msgs))]

    def probabilities_many(self, msgs: list[Message]) -> list[dict[str, float]]:
        """The model's probabilities for many messages in one call (the costly, shared part)."""
        return self.model.predict_proba([model_text(m) for m in msgs]) if msgs else []

    def verdict_from(self, msg: Message, model_probs: dict[str, float]) -> Verdict:
        """The Verdict for one message from its model probabilities: rules and knowledge base added."""
        return self._combine(msg, model_probs)

    def classify(self, msg: Message) -> Verdict:
        return self.classify_many([msg])[0]

    def _combine(self, msg: Message, model_probs: dict[str, float]) -> Verdict:
        hits = apply_rules(self.rules, msg)
        override = next((h for h in hits if h.override), None)
        if override is not None:
            category, confidence, probs = override.category, 1.0, dict(model_probs)
        else:
            probs = combine_votes(model_probs, hits)
            category = max(probs, key=probs.get)
            confidence = probs[category]
        kb = self.kb.match(f"{msg.subject}\n{msg.stripped}") if category == "question" else None
        return Verdict(category, round(confidence, 4), {k: round(v, 4) for k, v in probs.items()},
                       tuple(hits), kb, self.model.version)


def combine_votes(model_probs: dict[str, float], hits: list[RuleHit]) -> dict[str, float]:
    """Each voting rule adds its weight to its category; the result is renormalised."""
    scores = {c: model_probs.get(c, 0.0) for c in CATEGORIES}
    for hit in hits:
        if hit.category and not hit.override:
            scores[hit.category] += hit.weight
    total = sum(scores.values()) or 1.0
    return {c: s / total for c, s in scores.items()}
