"""Reload what changed on disk: the model, the keyword rules, the knowledge base and the templates.

Each part is loaded and checked before it replaces the one in use; a broken change keeps the old part
and says why. Every message says what changed ('knowledge base reloaded: 28 articles (was 27): added
calendar-holds'), so an admin reading the log knows the edit took.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from pathlib import Path

from ..config import Config, model_in_use
from ..decide.classifier import Classifier
from ..decide.kb import load_articles
from ..decide.model import CARD_FILE
from ..decide.model import load as load_model
from ..decide.rules import load_rules
from ..mail import templates as templates_mod

log = logging.getLogger("triage_daemon")
PARTS = ("model", "rules", "kb", "templates")


def _files(folder: Path, pattern: str) -> tuple:
    """What a folder's files look like now: name, modification time and size of each."""
    try:
        return tuple(sorted((p.name, p.stat().st_mtime_ns, p.stat().st_size) for p in folder.glob(pattern)))
    except OSError:
        return ()


def snapshot(cfg: Config) -> dict[str, tuple]:
    model_dir = model_in_use(cfg)
    return {"model": (str(model_dir), _files(model_dir, CARD_FILE)), "rules": _files(cfg.rules_dir, "*.yaml"),
            "kb": _files(cfg.kb_dir, "*.md"), "templates": _files(cfg.templates_dir, "*.j2")}


def _rule_signature(rule) -> tuple:
    return (rule.name, rule.description, tuple(rule.where), tuple(p.pattern for p in rule.any),
            tuple(p.pattern for p in rule.all), tuple(p.pattern for p in rule.none), rule.category, rule.weight,
            rule.override, rule.priority, tuple(rule.tags))


def _article_signature(article) -> tuple:
    return (article.title, tuple(article.tags), tuple(article.questions), article.answer)


def _diff(old: dict, new: dict) -> str:
    """'added a, b; removed c; changed d' between two {name: signature} maps."""
    added = sorted(set(new) - set(old))
    removed = sorted(set(old) - set(new))
    changed = sorted(k for k in set(old) & set(new) if old[k] != new[k])
    parts = [f"{what} {', '.join(names[:10])}{' ...' if len(names) > 10 else ''}"
             for what, names in (("added", added), ("removed", removed), ("changed", changed)) if names]
    return "; ".join(parts) or "no content change"


@dataclass
class Outcome:
    classifier: Classifier
    messages: list[str]
    model_changed: bool = False


class Reloader:
    """Remembers what was loaded; `changed()` names the parts whose files moved since."""

    def __init__(self, cfg: Config):
        self.cfg = cfg
        self.seen = snapshot(cfg)

    def changed(self) -> list[str]:
        now = snapshot(self.cfg)
        return [part for part in PARTS if now[part] != self.seen[part]]

    def reload(self, classifier: Classifier, parts: list[str], asked: bool = False) -> Outcome:
        """Load `parts` again; `asked` (SIGHUP) also reports the parts that did not change."""
        self.seen = snapshot(self.cfg)
        out = Outcome(classifier, [])
        for part in PARTS:
            if part not in parts:
                continue
            try:
                getattr(self, f"_{part}")(out, asked)
            except Exception as exc:  # a broken edit: keep what works, say why
                out.messages.append(f"{_NAMES[part]} not reloaded, keeping the one in use: {exc}")
        return out

    def _model(self, out: Outcome, asked: bool) -> None:
        new = load_model(model_in_use(self.cfg))
        old = out.classifier.model.version
        if new.version != old or new.card.get("model_sha256") != out.classifier.model.card.get("model_sha256"):
            out.classifier = out.classifier.with_model(new)
            out.model_changed = True
            out.messages.append(f"model reloaded: now using {new.version} (was {old})")
        elif asked:
            out.messages.append(f"model: {old} (unchanged)")

    def _rules(self, out: Outcome, asked: bool) -> None:
        new = load_rules(self.cfg.rules_dir)
        old = out.classifier.rules
        diff = _diff({r.name: _rule_signature(r) for r in old}, {r.name: _rule_signature(r) for r in new})
        if diff != "no content change" or asked:
            out.classifier = replace(out.classifier, rules=new)
            out.messages.append(f"rules reloaded: {len(new)} rules (was {len(old)}): {diff}")

    def _kb(self, out: Outcome, asked: bool) -> None:
        articles = load_articles(self.cfg.kb_dir)
        if not articles:
            raise ValueError(f"kb_dir: no articles in {self.cfg.kb_dir}")
        old = out.classifier.articles
        diff = _diff({a.id: _article_signature(a) for a in old}, {a.id: _article_signature(a) for a in articles})
        if diff != "no content change" or asked:
            out.classifier = out.classifier.with_articles(articles)
            out.messages.append(f"knowledge base reloaded: {len(articles)} articles (was {len(old)}): {diff}")

    def _templates(self, out: Outcome, asked: bool) -> None:
        new, old = templates_mod.reload_templates(self.cfg)
        before = old.sources if old else {}
        diff = _diff(before, new.sources)
        if diff != "no content change" or asked:
            out.messages.append(f"templates reloaded: {len(new.sources)} templates (was {len(before)}): {diff}")


_NAMES = {"model": "model", "rules": "rules", "kb": "knowledge base", "templates": "templates"}
