"""Classification figures: per-class precision/recall/F1, confusion matrix, auto-reply precision curve."""
from __future__ import annotations

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
