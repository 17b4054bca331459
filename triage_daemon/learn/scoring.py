"""Classification figures: per-class precision/recall/F1, confusion matrix, auto-reply precision curve."""
from __future__ import annotations

import math
from dataclasses import dataclass

from ..config import CATEGORIES


def classification_report(y_true: list[str], y_pred: list[str]) -> dict:
    from sklearn.metrics import (
        confusion_matrix,
        f1_score,
        precision_recall_fscore_support,
    )

    labels = list(CATEGORIES)
    p, r, f, s = precision_recall_fscore_support(y_true, y_pred, labels=labels, zero_division=0)
    per_class = {lab: {"precision": round(float(p[i]), 4), "recall": round(float(r[i]), 4),
                       "f1": round(float(f[i]), 4), "support": int(s[i])} for i, lab in enumerate(labels)}
    cm = confusion_matrix(y_true, y_pred, labels=labels)
    accuracy = sum(t == q for t, q in zip(y_true, y_pred)) / max(len(y_true), 1)
    return {
        "n": len(y_true),
        "accuracy": round(accuracy, 4),
        "macro_f1": round(float(f1_score(y_true, y_pred, labels=labels, average="macro", zero_division=0)), 4),
        "per_class": per_class,
        "confusion": {"labels": labels, "matrix": cm.tolist()},
    }


def auto_reply_curve(y_true: list[str], question_conf: list[float | None], target: float = 0.97) -> dict:
    """Precision and coverage of answering 'question' predictions at each confidence threshold.

    question_conf[i] is the confidence of a 'question' verdict for message i, or None when the
    message would not be answered at all (another category won, or no article matched).
    """
    n_questions = sum(1 for t in y_true if t == "question")
    points = []
    chosen = None
    for step in range(50, 100, 2):  # below 0.5 another category is as likely: never answer there
        thr = step / 100
        answered = [t for t, c in zip(y_true, question_conf) if c is not None and c >= thr]
        correct = sum(1 for t in answered if t == "question")
        precision = correct / len(answered) if answered else 1.0
        coverage = correct / n_questions if n_questions else 0.0
        points.append({"threshold": thr, "precision": round(precision, 4), "coverage": round(coverage, 4),
                       "answered": len(answered)})
        if chosen is None and precision >= target and answered:
            chosen = thr
    return {"target_precision": target, "threshold": chosen if chosen is not None else 0.98, "curve": points}


@dataclass(frozen=True)
class AnswerCase:
    """One labelled message as the answer gate sees it."""
    label: str              # the true category
    article: str            # for a question: the article that answers it, "none", or "" (not labelled)
    best: str | None        # the article the daemon would send, when the gate lets it through
    score: float | None     # the gate's score for sending it (None: it would never be sent)

    @property
    def answerable(self) -> bool:
        return self.label == "question" and self.article not in ("", "none")

    def right_at(self, threshold: float) -> bool:
        return self.sent_at(threshold) and self.answerable and self.best == self.article

    def sent_at(self, threshold: float) -> bool:
        return self.best is not None and self.score is not None and self.score >= threshold


def answer_curve(cases: list[AnswerCase], target_wrong: float = 0.01) -> dict:
    """Right answers, wrong answers and coverage at each threshold, and the lowest threshold whose
    wrong answers stay within `target_wrong` of the answers sent, and above which every threshold's stay
    within it counted in whole answers, rounded up (below).

    A wrong answer is any automatic answer that does not answer the message: the wrong article, an
    article for a question the knowledge base does not answer, or an answer to a non-question."""
    if not 0 <= target_wrong < 1:    # also refuses NaN
        raise ValueError(f"the share of wrong answers must be at least 0 and under 1, got {target_wrong!r}")
    judged = [c for c in cases if c.label != "question" or c.article]
    answerable = sum(c.answerable for c in judged)
    points = []
    for step in range(0, 100, 2):
        thr = step / 100
        sent = sum(c.sent_at(thr) for c in judged)
        right = sum(c.right_at(thr) for c in judged)
        wrong = sent - right
        points.append({"threshold": thr, "sent": sent, "right": right, "wrong": wrong,
                       "coverage": round(right / answerable, 4) if answerable else 0.0,
                       "wrong_rate": round(wrong / sent, 4) if sent else 0.0})
    # The lowest threshold that keeps within the target, from which on every higher one does too: a
    # threshold that happens to meet it between two that do not is luck, not a safe setting. Above it,
    # fewer answers are sent than a rate of `target_wrong` can be seen on (one wrong answer in 38 is
    # 2.6%), so there the target is counted in whole answers, rounded up: one wrong answer among the
    # first hundred sent is within 1%, two are not.
    chosen = 1.0
    for point in reversed(points):
        allowed = target_wrong * point["sent"] + 1e-9   # 0.009 * 3000 is 26.999999999999996
        if point["wrong"] > math.ceil(allowed - 2e-9):
            break
        if point["sent"] and point["wrong"] <= allowed:
            chosen = point["threshold"]
    return {"target_wrong": target_wrong, "answerable": answerable, "judged": len(judged),
            "threshold": chosen, "curve": points}


def answers_by_article(cases: list[AnswerCase], threshold: float) -> dict:
    """Per article: questions it answers, right answers sent, and wrong answers sent in its name."""
    out: dict[str, dict] = {}
    for c in cases:
        if c.answerable:
            row = out.setdefault(c.article, {"answerable": 0, "right": 0, "wrong": 0})
            row["answerable"] += 1
            row["right"] += c.right_at(threshold)
        if c.sent_at(threshold) and not c.right_at(threshold) and (c.label != "question" or c.article):
            out.setdefault(c.best, {"answerable": 0, "right": 0, "wrong": 0})["wrong"] += 1
    return dict(sorted(out.items()))
