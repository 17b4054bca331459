"""Training: examples in, a model and its card out, deterministically."""
from __future__ import annotations

import hashlib
import time
from collections import Counter
from pathlib import Path

from ..config import CATEGORIES, ConfigError
from ..decide import model as model_mod
from .corpus import Example, data_hash
from .scoring import auto_reply_curve, classification_report

FOLDS = 5


def _say(progress, text: str) -> None:
    if progress:
        progress(text)


def check_examples(examples: list[Example]) -> Counter:
    counts = Counter(ex.label for ex in examples)
    missing = [c for c in CATEGORIES if counts[c] < FOLDS]
    if missing:
        raise ConfigError("training data needs at least %d examples of every category; too few: %s"
                          % (FOLDS, ", ".join(f"{c} ({counts[c]})" for c in missing)))
    return counts


def cross_validate(examples: list[Example], progress=None) -> tuple[dict, dict]:
    """Out-of-fold predictions: the card's figures and the auto-reply threshold come from these."""
    import numpy as np
    from sklearn.base import clone
    from sklearn.model_selection import StratifiedKFold

    texts = [ex.text for ex in examples]
    labels = np.array([ex.label for ex in examples])
    folds = StratifiedKFold(n_splits=FOLDS, shuffle=True, random_state=model_mod.SEED)
    pred = np.empty(len(examples), dtype=object)
    conf = np.zeros(len(examples))
    for k, (tr, te) in enumerate(folds.split(texts, labels), 1):
        _say(progress, f"cross-validation fold {k}/{FOLDS}")
        pipe = clone(model_mod.build_pipeline()).fit([texts[i] for i in tr], labels[tr])
        probs = pipe.predict_proba([texts[i] for i in te])
        classes = list(pipe.classes_)
        pred[te] = [classes[j] for j in probs.argmax(axis=1)]
        conf[te] = probs.max(axis=1)
    report = classification_report(list(labels), list(pred))
    q_conf = [float(c) if p == "question" else None for p, c in zip(pred, conf)]
    return report, auto_reply_curve(list(labels), q_conf)


def train(examples: list[Example], out_dir: Path, sources: list[str], progress=None) -> dict:
    counts = check_examples(examples)
    started = time.monotonic()
    examples = sorted(examples, key=lambda e: (e.label, e.source, e.text))
    report, auto = cross_validate(examples, progress)
    _say(progress, f"fitting the final model on {len(examples)} examples")
    pipeline = model_mod.build_pipeline().fit([e.text for e in examples], [e.label for e in examples])
    digest = data_hash(examples)
    recipe = hashlib.sha256((digest + repr(model_mod.build_pipeline())).encode()).hexdigest()
    card = {
        "version": f"m-{recipe[:12]}",
        "labels": list(CATEGORIES),
        "data": {"sources": sources, "examples": len(examples), "per_class": dict(sorted(counts.items())),
                 "sha256": digest},
        "environment": model_mod.environment(),
        "pipeline": "hashed word 1-2grams + char_wb 2-5grams, TF-IDF -> LogisticRegression(balanced)",
        "seed": model_mod.SEED,
        "cross_validation": dict(report, folds=FOLDS, stratified=True),
        "auto_reply": auto,
    }
    # No clock in the card: the same data gives the same files, byte for byte (the files' dates say when).
    model_mod.save(pipeline, card, out_dir)
    _say(progress, f"saved {out_dir / model_mod.MODEL_FILE} in {time.monotonic() - started:.1f}s")
    return card


def card_markdown(card: dict) -> str:
    """The cross-validated figures as a Markdown table, for the README and `train` output."""
    cv = card["cross_validation"]
    lines = [f"Model {card['version']}: {card['data']['examples']} examples, {cv['folds']}-fold stratified "
             f"cross-validation, macro-F1 {cv['macro_f1']:.3f}, accuracy {cv['accuracy']:.3f}.", "",
             "| category | precision | recall | F1 | support |", "| --- | --- | --- | --- | --- |"]
    for lab, m in cv["per_class"].items():
        lines.append(f"| {lab} | {m['precision']:.3f} | {m['recall']:.3f} | {m['f1']:.3f} | {m['support']} |")
    labels = cv["confusion"]["labels"]
    lines += ["", "Confusion matrix (rows: true, columns: predicted):", "",
              "| | " + " | ".join(labels) + " |", "|---" * (len(labels) + 1) + "|"]
    for lab, row in zip(labels, cv["confusion"]["matrix"]):
        lines.append(f"| **{lab}** | " + " | ".join(map(str, row)) + " |")
    auto = card["auto_reply"]
    lines += ["", f"Auto-reply threshold for {auto['target_precision']:.0%} precision on out-of-fold "
              f"predictions: {auto['threshold']:.2f}."]
    return "\n".join(lines)
