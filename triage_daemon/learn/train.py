"""Training: examples in, a model and its card out, deterministically.

Every figure in the card, the calibration and every threshold come from out-of-fold predictions
grouped by writer: one writer's messages (a voice, a template, a source) are never on both sides
of a split, so the figures say how the model does on people it has not read before.
"""
from __future__ import annotations

import hashlib
import math
import time
from collections import Counter
from pathlib import Path

from ..config import CATEGORIES, PROJECT_ROOT, ConfigError
from ..decide import model as model_mod
from ..decide.kb import Article
from .corpus import BLIND_MARK, SPENT_MARK, Example, data_hash
from .scoring import classification_report

FOLDS = 5
REVIEW_BUDGET = 0.05        # at most this share of ordinary mail is left for a person for low confidence
NOISE_MARGIN = 0.10         # the noise bar sits this far above the surest request read as noise: unseen mail reads less sure
MAX_BAR = 0.90              # no category's bar is higher: above it, nearly everything would go to a person


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


def writer_folds(examples: list[Example]) -> list[tuple[list[int], list[int]]]:
    """Folds that keep each writer's examples together (stratified folds when there are too few writers)."""
    import numpy as np
    from sklearn.model_selection import GroupKFold, StratifiedKFold

    labels = np.array([ex.label for ex in examples])
    groups = np.array([ex.group or ex.source for ex in examples])
    if len(set(groups)) >= FOLDS:
        splits = GroupKFold(n_splits=FOLDS).split(labels, labels, groups)
    else:
        splits = StratifiedKFold(n_splits=FOLDS, shuffle=True, random_state=model_mod.SEED).split(labels, labels)
    return [(list(map(int, tr)), list(map(int, te))) for tr, te in splits]


def cross_validate(examples: list[Example], folds, progress=None):
    """Out-of-fold probabilities (n x categories, CATEGORIES order) from a model fitted without each fold."""
    import numpy as np
    from sklearn.base import clone

    texts = [ex.text for ex in examples]
    labels = np.array([ex.label for ex in examples])
    weights = np.array([ex.weight for ex in examples])
    probs = np.zeros((len(examples), len(CATEGORIES)))
    for k, (tr, te) in enumerate(folds, 1):
        _say(progress, f"cross-validation fold {k}/{len(folds)}")
        pipe = clone(model_mod.build_pipeline()).fit([texts[i] for i in tr], labels[tr],
                                                     clf__sample_weight=weights[tr])
        order = [list(pipe.classes_).index(c) for c in CATEGORIES]
        probs[te] = pipe.predict_proba([texts[i] for i in te])[:, order]
    return probs


def fit_temperature(probs, labels: list[str]) -> float:
    """The temperature T that makes softmax(z/T) best fit the out-of-fold labels (least log-loss)."""
    import numpy as np

    truth = np.array([CATEGORIES.index(lab) for lab in labels])
    best_t, best_loss = 1.0, float("inf")
    for t in np.round(np.arange(0.20, 3.01, 0.01), 2):
        p = model_mod.calibrate(probs, float(t))[np.arange(len(truth)), truth]
        loss = float(-np.mean(np.log(np.clip(p, 1e-12, 1.0))))
        if loss < best_loss:
            best_t, best_loss = float(t), loss
    return best_t


def choose_min_confidence(probs, noise_requests: list[float]) -> dict[str, float]:
    """Per category, the confidence below which a message goes to a person.

    Each category's threshold leaves at most REVIEW_BUDGET of the messages predicted in it for a
    person, taking the least confident first. Noise is stricter, because ignoring is silent: its bar
    sits NOISE_MARGIN above the surest of `noise_requests`, the confidences of the real requests read
    as noise (`requests_read_as_noise`)."""
    import numpy as np

    predicted = probs.argmax(axis=1)
    confidence = probs.max(axis=1)
    out = {}
    for j, cat in enumerate(CATEGORIES):
        mine = np.sort(confidence[predicted == j])
        threshold = float(mine[int(REVIEW_BUDGET * len(mine))]) if len(mine) else 0.5
        if cat == "noise":
            threshold = max(threshold, noise_bar(noise_requests))
        out[cat] = round(min(max(threshold, 0.2), MAX_BAR), 2)
    return out


def requests_read_as_noise(confidence, read_as_noise, labels: list[str], forms: list[bool]) -> list[float]:
    """The confidences of the ordinary requests (not noise, not from a form) read as noise. Mail from
    forms is left out: the policy ignores it only at FORM_NOISE_CONFIDENCE."""
    return sorted(float(c) for c, noise, lab, form in zip(confidence, read_as_noise, labels, forms)
                  if noise and lab != "noise" and not form)


def noise_bar(request_confidences: list[float]) -> float:
    """The lowest bar for ignoring noise that ignores none of these requests, plus NOISE_MARGIN
    (at most MAX_BAR): the model is less sure of mail unlike its corpus, both ways."""
    if not request_confidences:
        return 0.0
    above = math.floor(round(max(request_confidences) * 100, 6) + 1) / 100   # 0.58 * 100 is 57.999...
    return min(round(above + NOISE_MARGIN, 2), MAX_BAR)


def train(examples: list[Example], out_dir: Path, sources: list[str], progress=None,
          articles: list[Article] | None = None) -> dict:
    """Train the category model (and, given the knowledge base's articles, the answers) into out_dir."""
    import numpy as np

    from .answering import train_answers

    counts = check_examples(examples)
    started = time.monotonic()
    examples = sorted(examples, key=lambda e: (e.label, e.source, e.text))
    labels = [e.label for e in examples]
    folds = writer_folds(examples)
    raw = cross_validate(examples, folds, progress)
    temperature = fit_temperature(raw, labels)
    probs = model_mod.calibrate(raw, temperature)
    predicted = [CATEGORIES[i] for i in probs.argmax(axis=1)]
    report = classification_report(labels, predicted)
    noise_requests = requests_read_as_noise(probs.max(axis=1), [p == "noise" for p in predicted], labels,
                                            [e.form for e in examples])
    min_confidence = choose_min_confidence(probs, noise_requests)
    review = float(np.mean(probs.max(axis=1) < np.array([min_confidence[c] for c in predicted])))
    answers_model, answers = None, None
    if articles:
        answers_model, answers = train_answers(examples, articles, folds, list(probs[:, 0]), predicted,
                                               progress=progress)
    _say(progress, f"fitting the final model on {len(examples)} examples")
    pipeline = model_mod.build_pipeline().fit([e.text for e in examples], labels,
                                              clf__sample_weight=[e.weight for e in examples])
    digest = data_hash(examples)
    recipe = hashlib.sha256((digest + repr(model_mod.build_pipeline()) + repr(answers)).encode()).hexdigest()
    groups = sorted({e.group for e in examples})
    card = {
        "version": f"m-{recipe[:12]}",
        "labels": list(CATEGORIES),
        "data": {"sources": sources, "examples": len(examples), "per_class": dict(sorted(counts.items())),
                 "writers": len(groups), "sha256": digest},
        "environment": model_mod.environment(),
        "pipeline": "hashed word 1-2grams + char_wb 2-5grams, TF-IDF -> LogisticRegression(balanced)",
        "seed": model_mod.SEED,
        "cross_validation": dict(report, folds=len(folds), grouped_by="writer" if len(groups) >= FOLDS else None),
        "calibration": {"method": "temperature", "temperature": temperature,
                        "fitted_on": "out-of-fold predictions grouped by writer"},
        "thresholds": {"min_confidence": min_confidence, "review_budget": REVIEW_BUDGET,
                       "left_for_review_out_of_fold": round(review, 4),
                       "noise": {"margin": NOISE_MARGIN, "surest_request_read_as_noise": {
                           "out_of_fold": round(max(noise_requests), 4) if noise_requests else None}}},
    }
    # No clock in the card: the same data gives the same files, byte for byte (the files' dates say when).
    if answers is not None:
        card["answers"] = answers
        card["auto_reply"] = {"threshold": answers["threshold"], "score": "P(the article answers the message)"}
    model_mod.save(pipeline, card, out_dir, answers_model)
    _say(progress, f"saved {out_dir / model_mod.MODEL_FILE} in {time.monotonic() - started:.1f}s")
    return model_mod.read_card(out_dir)


# The held-out sets the shipped model's answer threshold is chosen on (`make train`), and any training's by
# default: written apart from the corpus like the mail the help line gets, never trained on. They are the
# development set, the holdout and the spent blind sets, those that have judged their release (marked
# SPENT; each release's blind set is marked after its one measurement). eval/dev2 is not among them:
# written to be near misses (49 of its 140 questions sit next to an article's topic without the fact
# asked for), it is reported as a stress test, not tuned on (docs/answers.md).
SHIPPED_TUNING = (PROJECT_ROOT / "eval" / "dev", PROJECT_ROOT / "tests" / "data" / "holdout",
                  *sorted((p.parent for p in (PROJECT_ROOT / "eval").glob(f"blind-r*/{SPENT_MARK}")),
                          key=lambda folder: int(folder.name.removeprefix("blind-r"))))


def default_tuning() -> list[str]:
    """The shipped tuning sets that are here (a clone has them; an installed package may not)."""
    return [str(p) for p in SHIPPED_TUNING if p.is_dir()]


def untuned(model_dir: Path) -> dict:
    """No held-out messages to choose the answer threshold on: automatic answers stay off (threshold 1.00),
    as the threshold chosen out of fold on the training corpus is no promise for mail it has not seen."""
    card = model_mod.read_card(model_dir)
    if "answers" in card:
        card["answers"]["threshold"] = card["auto_reply"]["threshold"] = 1.0
        card["answers"]["tuned_on"] = None
        model_mod.write_card(model_dir, card)
    return card


def source_name(spec: str) -> str:
    """A source as the card names it: relative to the project when inside it, so that the card is the same
    wherever the clone is."""
    try:
        return str(Path(spec).resolve().relative_to(PROJECT_ROOT))
    except ValueError:
        return spec


def train_and_tune(examples: list[Example], out_dir: Path, sources: list[str], cfg, tuning: list[Example],
                   tuning_sources: list[str], progress=None) -> dict:
    """`train`, then `tune` on the tuning sets; without any, automatic answers stay off (`untuned`)."""
    from ..decide.kb import load_articles

    train(examples, out_dir, [source_name(s) for s in sources], progress, load_articles(cfg.kb_dir))
    if not tuning:
        return untuned(out_dir)
    if progress:
        progress(f"choosing the answer threshold on {', '.join(source_name(s) for s in tuning_sources)}")
    return tune(out_dir, cfg, tuning, [source_name(s) for s in tuning_sources])


def load_tuning(sources: list[str], cfg) -> list[Example]:
    """The tuning sets' messages. A spent blind set may be one (only a threshold is chosen on it, nothing is
    fitted to it), unlike a training source; a blind set that has not judged its release yet may not. An
    empty tuning set would tune nothing: refused."""
    from .corpus import blind_set, blind_sets_read, load_examples

    def check(spec: str, blind: Path | None) -> None:
        if blind is not None and not (blind / SPENT_MARK).is_file():
            raise ConfigError(f"--tune {spec}: {blind} is a blind set that has not judged its release yet (no "
                              f"{SPENT_MARK} file beside its {BLIND_MARK} file); evaluate on it once, then it may tune")

    for spec in sources:
        check(spec, blind_set(spec))             # before reading it
    examples = []
    for spec in sources:
        found = load_examples([spec], cfg, option="--tune")
        for blind in sorted(blind_sets_read(found)):   # its files, symbolic links followed
            check(spec, blind)
        examples += found
    check_tuning(examples, sources)
    return examples


def check_tuning(examples: list[Example], sources: list[str]) -> None:
    """A tuning set must hold messages: an empty one would tune nothing."""
    if not examples:
        raise ConfigError(f"--tune {', '.join(sources)}: no messages to tune on")


def tune(model_dir: Path, cfg, examples: list[Example], sources: list[str]) -> dict:
    """Choose the answer threshold, and check the noise bar, on held-out messages written like the
    mail the help line gets.

    Out-of-fold predictions on the training corpus hold every writer's hardest cases and no answer
    threshold meets the target there; a separate set of messages, never trained on, judges the
    trained model as it will be used. The threshold is chosen by `answer_curve`'s rule. The noise bar is
    raised when a request on these messages that only the bar keeps from being ignored reads as noise
    above what the corpus showed (`noise_bar`). The config matters: it says who the organisation is (its
    help line's address and domains, which the loop guards read)."""
    from .answering import TARGET_WRONG
    from .evaluate import evaluate

    check_tuning(examples, sources)
    card = model_mod.read_card(model_dir)
    report = evaluate(examples, model_dir, cfg, card.get("answers", {}).get("target_wrong", TARGET_WRONG))
    # The model's readings: a message an admin's overriding rule decided (confidence 1.0) says nothing of the model.
    rows = [(r, e) for r, e in zip(report["rows"], examples) if not r["by_rule"]]
    # Only a request the policy would ignore but for the bar counts: one it keeps for a person anyway (a
    # forward from a person, a new text that asks something) needs no bar to be read.
    noise_requests = requests_read_as_noise([r["confidence"] for r, _ in rows],
                                            [r["noise_bar_decides"] for r, _ in rows],
                                            [r["true"] for r, _ in rows], [e.form for _, e in rows])
    bars = card["thresholds"]["min_confidence"]
    bars["noise"] = max(bars["noise"], noise_bar(noise_requests))
    noise = card["thresholds"].setdefault("noise", {"margin": NOISE_MARGIN})
    noise.setdefault("surest_request_read_as_noise", {})["tuning"] = round(max(noise_requests), 4) if noise_requests else None
    noise["tuned_on"] = sources
    if "answers" in card:
        chosen = report["answers"]["threshold"]
        at = next((p for p in report["answers"]["curve"] if p["threshold"] == chosen),
                  {"sent": 0, "right": 0, "wrong": 0, "coverage": 0.0})
        card["answers"]["threshold"] = chosen
        card["auto_reply"]["threshold"] = chosen
        card["answers"]["tuned_on"] = {"sources": sources, "messages": report["n"],
                                       "answerable": report["answers"]["answerable"],
                                       "at_threshold": {k: at[k] for k in ("sent", "right", "wrong", "coverage")}}
    # Tuned on other messages, it decides differently: its own version (the same data untuned keeps train's).
    card["version"] = "m-" + hashlib.sha256((card["version"] + data_hash(examples)).encode()).hexdigest()[:12]
    model_mod.write_card(model_dir, card)
    return card


def card_markdown(card: dict) -> str:
    """The cross-validated figures as a Markdown table, for the docs and `train` output."""
    cv = card["cross_validation"]
    grouped = "grouped by writer" if cv.get("grouped_by") else "stratified"
    lines = [f"Model {card['version']}: {card['data']['examples']} examples, {cv['folds']}-fold cross-validation "
             f"{grouped}, macro-F1 {cv['macro_f1']:.3f}, accuracy {cv['accuracy']:.3f}.", "",
             "| category | precision | recall | F1 | support |", "| --- | --- | --- | --- | --- |"]
    for lab, m in cv["per_class"].items():
        lines.append(f"| {lab} | {m['precision']:.3f} | {m['recall']:.3f} | {m['f1']:.3f} | {m['support']} |")
    labels = cv["confusion"]["labels"]
    lines += ["", "Confusion matrix (rows: true, columns: predicted):", "",
              "| | " + " | ".join(labels) + " |", "|---" * (len(labels) + 1) + "|"]
    for lab, row in zip(labels, cv["confusion"]["matrix"]):
        lines.append(f"| **{lab}** | " + " | ".join(map(str, row)) + " |")
    if "calibration" in card:
        th = card["thresholds"]
        lines += ["", f"Calibration: temperature {card['calibration']['temperature']:.2f} on out-of-fold predictions. "
                      f"Minimum confidence per category (below it a person decides): "
                      + ", ".join(f"{c} {v:.2f}" for c, v in th["min_confidence"].items())
                      + f"; {th['left_for_review_out_of_fold']:.1%} of out-of-fold messages fall below."]
        surest = th.get("noise", {}).get("surest_request_read_as_noise", {})
        seen = [f"{v:.2f} {'on the tuning sets, where only the bar decides' if where == 'tuning' else 'out of fold'}"
                for where, v in surest.items() if v is not None]
        if seen:
            lines += [f"Noise is ignored from {th['min_confidence']['noise']:.2f}: {th['noise']['margin']:.2f} above "
                      f"the surest request read as noise ({', '.join(seen)}), at most {MAX_BAR:.2f}."]
    if "answers" in card:
        ans = card["answers"]
        at = next((pt for pt in ans["cross_validation"]["curve"] if abs(pt["threshold"] - ans["threshold"]) < 1e-9),
                  ans["cross_validation"]["at_threshold"])
        lines += ["", f"Answers: sent when P(the article answers the message) >= {ans['threshold']:.2f} "
                      f"(chosen for at most {ans['target_wrong']:.0%} wrong answers on the tuning sets)."]
        if "tuned_on" in ans:
            tuned = ans["tuned_on"]["at_threshold"]
            lines += [f"On {ans['tuned_on']['messages']} tuning messages ({', '.join(ans['tuned_on']['sources'])}): "
                      f"{tuned['sent']} sent, {tuned['right']} right, {tuned['wrong']} wrong, {tuned['coverage']:.0%} of "
                      f"the {ans['tuned_on']['answerable']} answerable questions answered."]
        lines += [f"Out of fold on the training corpus at that threshold: {at['sent']} sent, {at['right']} right, "
                  f"{at['wrong']} wrong."]
    return "\n".join(lines)
