"""Which article answers a question, and how likely it is that it really does.

The question is its own sentences (`questions.py`: the subject and the first sentences of the new
text), never the whole body. Three steps, plain numbers between them:

1. Candidates. An article classifier (TF-IDF of character and word n-grams into a logistic
   regression over the article ids and `none`, trained on the articles' sample questions and on
   labelled help-line questions) gives P(article) and P(none). Independently, each sentence is
   compared with each article's title and sample questions (character n-gram cosine), so an
   article added since the last training still has a say.
2. Ranking. The best article maximises P(article) + SIMILARITY_WEIGHT x its best similarity.
3. Answerability. A logistic regression over the best article's scores, its margin over the next,
   P(none), and the probability that the message is a question at all gives P(this article
   answers the message). The daemon sends the article only above the threshold chosen at training
   for a wrong-answer target (see `learn/answering.py`); the model card keeps both.

Dense sentence embeddings were measured as a further similarity (a multilingual e5 model, a
static distillation of it, WordLlama): none improved the ranking or the answer rate on our data,
and the only one that came close costs about 20 ms per question; see docs/answers.md.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass

from ..message import KbMatch
from .kb import Article
from .questions import asks
from .vocab import Analyzer, Keys, Lexicon, LinearText, Tfidf, clean_text

NONE = "none"                 # the article classifier's label for "no article answers this"
SIMILARITY_WEIGHT = 0.5       # how much the lexical similarity adds to P(article) when ranking
# The answerability model's features, for the best-ranked article, in this order.
FEATURES = ("rank_score", "rank_margin", "p_article", "p_none", "char_key", "char_subject", "word_key",
            "asks", "sentences", "p_question")


@dataclass(frozen=True)
class Linear:
    """A fitted logistic regression kept as plain numbers in the model card (no pickle)."""
    features: tuple[str, ...]
    coef: tuple[float, ...]
    intercept: float
    mean: tuple[float, ...]
    scale: tuple[float, ...]

    @classmethod
    def from_dict(cls, data: dict) -> "Linear":
        return cls(tuple(data["features"]), tuple(map(float, data["coef"])), float(data["intercept"]),
                   tuple(map(float, data["mean"])), tuple(map(float, data["scale"])))

    def to_dict(self) -> dict:
        return {"features": list(self.features), "coef": [round(c, 8) for c in self.coef],
                "intercept": round(self.intercept, 8), "mean": [round(m, 8) for m in self.mean],
                "scale": [round(s, 8) for s in self.scale]}

    def probability(self, rows) -> list[float]:
        import numpy as np

        mean, scale, coef = self._arrays
        x = (np.asarray(rows, dtype=np.float64) - mean) / scale
        z = np.clip(x @ coef + self.intercept, -50, 50)
        return list(1.0 / (1.0 + np.exp(-z)))

    @functools.cached_property
    def _arrays(self):
        import numpy as np

        return np.asarray(self.mean), np.asarray(self.scale), np.asarray(self.coef)


class Similarity:
    """Each article's title and sample questions as character and word n-gram TF-IDF vectors."""

    def __init__(self, articles: list[Article]):
        import numpy as np

        keys, owner = [], []
        for i, art in enumerate(articles):
            for text in (art.title, *art.questions):
                keys.append(text)
                owner.append(i)
        self.n = len(articles)
        # Each article's first key (its title): an article's keys are one run, so its best is one reduceat.
        self._first = np.searchsorted(np.asarray(owner, dtype=np.intp), np.arange(self.n))
        self._char = Keys(Tfidf.fit(Analyzer("char_wb", (2, 4)), keys), keys) if keys else None
        self._word = Keys(Tfidf.fit(Analyzer("word", (1, 1)), keys), keys) if keys else None

    def of(self, sentences: list[str], has_subject: bool):
        """(n_articles, 3): best character similarity of any sentence, of the subject, best word similarity."""
        return self.of_clean([clean_text(s) for s in sentences], has_subject)

    def of_clean(self, clean: list[str], has_subject: bool):
        """`of` for sentences already through `clean_text`."""
        import numpy as np

        if not clean or self._char is None:
            return np.zeros((self.n, 3))
        return self._best(self._char.cosine_clean(clean), self._word.cosine_clean(clean), has_subject)

    def of_weights(self, char, word, n_texts: int, has_subject: bool):
        """`of` for sentences given as their TF-IDF values (`vocab.tfidf_rows`) in the character and word Tfidfs."""
        import numpy as np

        if not n_texts or self._char is None:
            return np.zeros((self.n, 3))
        return self._best(self._char.cosine_rows(*char, n_texts), self._word.cosine_rows(*word, n_texts), has_subject)

    @property
    def tfidfs(self) -> tuple[Tfidf, Tfidf] | None:
        """The character and the word Tfidf, None without keys."""
        return None if self._char is None else (self._char.tfidf, self._word.tfidf)

    def _best(self, char, word, has_subject: bool):
        import numpy as np

        out = np.zeros((self.n, 3))
        out[:, 0] = self._per_article(char.max(axis=0))
        if has_subject:
            out[:, 1] = self._per_article(char[0])
        out[:, 2] = self._per_article(word.max(axis=0))
        return out

    def _per_article(self, per_key):
        import numpy as np

        return np.maximum(np.maximum.reduceat(per_key, self._first), 0.0)


def question_text(sentences: list[str]) -> str:
    """What the article classifier reads: the question's sentences, one per line."""
    return "\n".join(sentences)


def features(p_articles, p_none: float, sims, sentences: list[str], p_question: float) -> tuple[int, list[float]]:
    """The best-ranked article and its answerability features (FEATURES order)."""
    import numpy as np

    rank = p_articles + SIMILARITY_WEIGHT * sims[:, 0]
    order = np.argsort(-rank, kind="stable")
    best = int(order[0])
    margin = float(rank[best] - rank[order[1]]) if len(order) > 1 else float(rank[best])
    return best, [float(rank[best]), margin, float(p_articles[best]), float(p_none), float(sims[best, 0]),
                  float(sims[best, 1]), float(sims[best, 2]), float(asks(sentences)), float(np.log1p(len(sentences))),
                  float(p_question)]


class Answerer:
    """The knowledge base, the trained article classifier and the answerability model together."""

    def __init__(self, articles: list[Article], classifier=None, answerability: Linear | None = None):
        self.articles = articles
        self.classifier = classifier           # sklearn Pipeline: question text -> article id or "none"
        self.answerability = answerability
        self._similarity: Similarity | None = None
        self._columns = None
        self._lexicons: dict | None = None

    @property
    def similarity(self) -> Similarity:
        if self._similarity is None:
            self._similarity = Similarity(self.articles)
        return self._similarity

    def article_probabilities(self, texts: list[str]):
        """(n_texts, n_articles) P(article) in self.articles order, and (n_texts,) P(none)."""
        import numpy as np

        if self.classifier is None or not texts:
            return np.zeros((len(texts), len(self.articles))), np.zeros(len(texts))
        return self._by_article(self.classifier.predict_proba(texts))

    def _by_article(self, probs):
        import numpy as np

        if self._columns is None:
            classes = [str(c) for c in self.classifier.classes_]
            cols = np.asarray([classes.index(a.id) if a.id in classes else -1 for a in self.articles], dtype=np.intp)
            self._columns = (np.flatnonzero(cols >= 0), cols[cols >= 0], classes.index(NONE) if NONE in classes else -1)
        known, cols, none_col = self._columns
        p_articles = np.zeros((len(probs), len(self.articles)))
        p_articles[:, known] = probs[:, cols]
        p_none = probs[:, none_col] if none_col >= 0 else np.zeros(len(probs))
        return p_articles, p_none

    def match(self, sentences: list[str], p_question: float, has_subject: bool = True) -> KbMatch | None:
        """The best article and P(it answers the question); None without articles or sentences."""
        if not self.articles or not sentences:
            return None
        best, _, score = self.scores(sentences, p_question, has_subject)
        art = self.articles[best]
        return KbMatch(art.id, art.title, round(float(score), 4), art.answer)

    def candidates(self, sentences: list[str], has_subject: bool):
        """Every article's (1, n_articles) P(article), (1,) P(none) and (n_articles, 3) similarities."""
        # Lower-cased and accents stripped once, for the article classifier's and the similarity's vectorisers.
        clean = [clean_text(s) for s in sentences]
        lexicons = self.lexicons()
        if lexicons is None:
            return (*self.article_probabilities([question_text(sentences)]), self.similarity.of_clean(clean, has_subject))
        # Each analyzer splits the sentences into terms once; each vectoriser takes its own columns from them.
        counts = {analyzer: lexicon.counts(clean) for analyzer, lexicon in lexicons.items()}
        per_branch = []
        for branch in self.classifier.branches:   # the classifier reads the sentences as one text
            lexicon = lexicons[branch.analyzer]
            per_branch.append(lexicon.weights(branch, lexicon.joined_counts(clean, counts[branch.analyzer]), 1))
        p_articles, p_none = self._by_article(self.classifier.proba_rows(per_branch, 1))
        char, word = (lexicons[t.analyzer].weights(t, counts[t.analyzer], len(clean)) for t in self.similarity.tfidfs)
        return p_articles, p_none, self.similarity.of_weights(char, word, len(clean), has_subject)

    def prepare(self) -> "Answerer":
        """Build the knowledge base's vectors now (about 0.3 s) rather than in the first match, so that a
        daemon's first message is not one long silent step for the watchdog."""
        if self.articles:
            self.similarity   # noqa: B018 (a lazy property: reading it builds it)
            self.lexicons()
        return self

    def lexicons(self) -> dict | None:
        """A Lexicon per analyzer of the compiled article classifier's and the similarity's Tfidfs; None
        for a classifier of scikit-learn's or a knowledge base without keys."""
        if self._lexicons is None:
            if not isinstance(self.classifier, LinearText) or self.similarity.tfidfs is None:
                return None
            by_analyzer: dict[Analyzer, list[Tfidf]] = {}
            for tfidf in (*self.classifier.branches, *self.similarity.tfidfs):
                by_analyzer.setdefault(tfidf.analyzer, []).append(tfidf)
            self._lexicons = {analyzer: Lexicon(tfidfs) for analyzer, tfidfs in by_analyzer.items()}
        return self._lexicons

    def scores(self, sentences: list[str], p_question: float, has_subject: bool) -> tuple[int, list[float], float]:
        """The best-ranked article's index, its FEATURES and P(it answers), for a non-empty knowledge base
        and question."""
        p_articles, p_none, sims = self.candidates(sentences, has_subject)
        best, feats = features(p_articles[0], float(p_none[0]), sims, sentences, p_question)
        if self.answerability is not None:
            score = self.answerability.probability([feats])[0]
        else:  # no trained model (a knowledge base without training): similarity alone, never confident
            score = 0.5 * feats[4]
        return best, feats, float(score)
