"""Rules + model + knowledge base: a Message in, a Verdict out. No I/O after loading."""
from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from ..config import CATEGORIES, Config, model_in_use
from ..message import Message, RuleHit, Verdict
from .answers import Answerer, Linear
from .features import model_text
from .kb import load_articles
from .model import LoadedModel
from .model import load as load_model
from .questions import message_question
from .rules import Rule, apply_rules, load_rules


@dataclass
class Classifier:
    rules: list[Rule]
    model: LoadedModel
    answers: Answerer

    @classmethod
    def from_config(cls, cfg: Config, model_dir: Path | None = None) -> "Classifier":
        return cls.build(load_rules(cfg.rules_dir), load_model(model_dir or model_in_use(cfg)),
                         load_articles(cfg.kb_dir))

    @classmethod
    def build(cls, rules: list[Rule], model: LoadedModel, articles) -> "Classifier":
        answerability = model.card.get("answers", {}).get("answerability")
        return cls(rules, model, Answerer(articles, model.answers,
                                          Linear.from_dict(answerability) if answerability else None))

    def with_model(self, model: LoadedModel) -> "Classifier":
        return Classifier.build(self.rules, model, self.articles)

    def with_articles(self, articles) -> "Classifier":
        return Classifier.build(self.rules, self.model, articles)

    def prepare(self) -> "Classifier":
        """Everything built that the first message would otherwise build (the knowledge base's vectors)."""
        self.answers.prepare()
        return self

    @property
    def articles(self):
        return self.answers.articles

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
        kb = None
        if category == "question":
            kb = self.answers.match(message_question(msg), probs.get("question", 0.0), bool(msg.subject.strip()))
        note_noise = None
        note = (msg.calendar_note or msg.stripped).strip() if msg.calendar == "REPLY" else ""
        if category == "noise" and note:
            # The subject and the calendar say RSVP whatever the attendee wrote: read what they wrote (the
            # calendar's own note when it has one: Google Calendar's body wraps it in its template).
            note_noise = round(self.model.predict_proba([model_text(replace(msg, subject="", stripped=note))])[0]["noise"], 4)
        return Verdict(category, round(confidence, 4), {k: round(v, 4) for k, v in probs.items()},
                       tuple(hits), kb, self.model.version, note_noise)


def combine_votes(model_probs: dict[str, float], hits: list[RuleHit]) -> dict[str, float]:
    """Each voting rule adds its weight to its category; the result is renormalised."""
    scores = {c: model_probs.get(c, 0.0) for c in CATEGORIES}
    for hit in hits:
        if hit.category and not hit.override:
            scores[hit.category] += hit.weight
    total = sum(scores.values()) or 1.0
    return {c: s / total for c, s in scores.items()}
