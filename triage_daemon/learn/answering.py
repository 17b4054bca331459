"""Training the answers: the article classifier, the answerability model and its sending threshold.

Labelled pairs are questions with the article that answers them (or `none`) plus every article's
sample questions. The answerability model learns, on predictions for writers the classifier was
not fitted on, when the best article really answers; its threshold is the lowest at which the
wrong answers among those sent stay within the target (default: 1 in 100).
"""
from __future__ import annotations

from dataclasses import dataclass

from ..decide.answers import FEATURES, NONE, Linear, Similarity, features, question_text
from ..decide.kb import Article
from ..decide.questions import message_question
from ..mail.parse import ParseError, parse
from .corpus import Example
from .scoring import AnswerCase, answer_curve

TARGET_WRONG = 0.01
ANSWERS_FILE = "answers.skops"


def build_article_classifier():
    """Question text -> article id or `none`: character and word n-grams into a logistic regression."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import FeatureUnion, Pipeline

    features_ = FeatureUnion([
        ("chars", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4), sublinear_tf=True, strip_accents="unicode")),
        ("words", TfidfVectorizer(analyzer="word", sublinear_tf=True, strip_accents="unicode")),
    ])
    return Pipeline([("features", features_), ("clf", LogisticRegression(C=10.0, max_iter=3000))])


@dataclass
class Query:
    """One labelled message as the answer model sees it."""
    index: int                 # position in the examples
    sentences: list[str]
    has_subject: bool
    label: str                 # its category
    article: str               # the article that answers it, "none", or "" (a question without an answer label)
    group: str


def queries(examples: list[Example]) -> list[Query]:
    out = []
    for i, ex in enumerate(examples):
        try:
            msg = parse(ex.raw)
        except ParseError:
            continue
        out.append(Query(i, message_question(msg), bool(msg.subject.strip()), ex.label, ex.article, ex.group))
    return out


def _fit_classifier(labelled: list[Query], articles: list[Article]):
    texts = [question_text(q.sentences) for q in labelled] + [q for a in articles for q in (a.title, *a.questions)]
    labels = [q.article for q in labelled] + [a.id for a in articles for _ in (a.title, *a.questions)]
    # The questions an article lists as not answered by it are examples of `none` next to its topic.
    texts += [q for a in articles for q in a.not_answered]
    labels += [NONE for a in articles for _ in a.not_answered]
    return build_article_classifier().fit(texts, labels)


def train_answers(examples: list[Example], articles: list[Article], folds: list[tuple[list[int], list[int]]],
                  p_question: list[float], predicted: list[str], target_wrong: float = TARGET_WRONG,
                  progress=None) -> tuple[object, dict]:
    """The article classifier (fitted on everything) and the card's `answers` section.

    `folds` are the writer-grouped folds of the category model's cross-validation, and `p_question`
    / `predicted` its out-of-fold P(question) and category for each example: the answerability model
    learns from messages the daemon would really try to answer, questions and mistaken others alike."""
    from ..decide.answers import Answerer

    all_queries = {q.index: q for q in queries(examples)}
    labelled = lambda idx: [all_queries[i] for i in idx if i in all_queries and all_queries[i].label == "question"
                            and all_queries[i].article]  # noqa: E731
    rows: list[tuple[list[float], AnswerCase, str]] = []
    for k, (train_idx, test_idx) in enumerate(folds, 1):
        if progress:
            progress(f"answers: fold {k}/{len(folds)}")
        answerer = Answerer(articles, _fit_classifier(labelled(train_idx), articles))
        tried = [all_queries[i] for i in test_idx if i in all_queries and predicted[i] == "question"]
        rows += _rows(answerer, tried, p_question)
    answerability, threshold, summary = _fit_answerability(rows, target_wrong)
    if progress:
        progress(f"answers: fitting the article classifier on {len(labelled(range(len(examples))))} questions "
                 f"and {sum(1 + len(a.questions) for a in articles)} sample questions "
                 f"({sum(len(a.not_answered) for a in articles)} more that no article answers)")
    classifier = _fit_classifier(labelled(range(len(examples))), articles)
    section = {
        "model_file": ANSWERS_FILE,
        "classifier": "question sentences: char_wb 2-4 + word TF-IDF -> LogisticRegression over article ids and none",
        "articles": sorted(a.id for a in articles),
        "answerability": answerability.to_dict(),
        "threshold": threshold,
        "target_wrong": target_wrong,
        "cross_validation": summary,
    }
    return classifier, section


def _rows(answerer, tried: list[Query], p_question: list[float]):
    if not tried:
        return []
    texts = [question_text(q.sentences) for q in tried]
    p_articles, p_none = answerer.article_probabilities(texts)
    out = []
    for n, q in enumerate(tried):
        if not q.sentences:
            continue
        sims = answerer.similarity.of(q.sentences, q.has_subject)
        best, feats = features(p_articles[n], float(p_none[n]), sims, q.sentences, p_question[q.index])
        case = AnswerCase(q.label, q.article, answerer.articles[best].id, None)
        out.append((feats, case, q.group))
    return out


def _fit_answerability(rows, target_wrong: float) -> tuple[Linear, float, dict]:
    """The model on every row, its threshold from predictions for writers it was not fitted on."""
    import numpy as np
    from sklearn.model_selection import GroupKFold

    X = np.array([r[0] for r in rows], dtype=np.float64)
    y = np.array([int(c.answerable and c.best == c.article) for _, c, _ in rows])
    groups = np.array([g for _, _, g in rows])
    oof = np.zeros(len(rows))
    n_splits = min(5, len(set(groups)))
    if n_splits >= 2 and 0 < y.sum() < len(y):
        for tr, te in GroupKFold(n_splits=n_splits).split(X, y, groups):
            if 0 < y[tr].sum() < len(tr):
                oof[te] = _fit_linear(X[tr], y[tr]).probability(X[te])
    cases = [AnswerCase(c.label, c.article, c.best, float(p)) for (_, c, _), p in zip(rows, oof)]
    curve = answer_curve(cases, target_wrong)
    threshold = curve["threshold"]
    at = next(p for p in curve["curve"] if p["threshold"] == threshold) if threshold < 1.0 else \
        {"sent": 0, "right": 0, "wrong": 0, "coverage": 0.0, "wrong_rate": 0.0}
    summary = {"rows": len(rows), "answerable": curve["answerable"], "grouped_folds": n_splits,
               "at_threshold": {k: at[k] for k in ("sent", "right", "wrong", "coverage", "wrong_rate")},
               "curve": [{k: p[k] for k in ("threshold", "sent", "right", "wrong", "coverage")}
                         for p in curve["curve"] if p["threshold"] >= 0.3]}
    model = _fit_linear(X, y) if 0 < y.sum() < len(y) else Linear(FEATURES, (0.0,) * len(FEATURES), -10.0,
                                                                  (0.0,) * len(FEATURES), (1.0,) * len(FEATURES))
    return model, threshold, summary


def _fit_linear(X, y) -> Linear:
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    mean, scale = X.mean(axis=0), X.std(axis=0)
    scale = np.where(scale > 1e-9, scale, 1.0)
    lr = LogisticRegression(C=1.0, max_iter=3000).fit((X - mean) / scale, y)
    return Linear(FEATURES, tuple(float(c) for c in lr.coef_[0]), float(lr.intercept_[0]),
                  tuple(float(m) for m in mean), tuple(float(s) for s in scale))


__all__ = ["train_answers", "build_article_classifier", "ANSWERS_FILE", "TARGET_WRONG", "NONE", "Similarity"]
