"""TF-IDF over a vocabulary, and a logistic regression over it, computed with numpy alone.

The answers' article classifier (`learn/answering.py`: scikit-learn TfidfVectorizers of character
and word n-grams into a multinomial LogisticRegression) is turned at training into plain arrays
(`compile_article_classifier`) that the daemon loads without importing scikit-learn, and the
knowledge base's similarity vectors (`answers.Similarity`) are fitted here, so a knowledge base
reloaded while the daemon runs needs no scikit-learn either. Each step is scikit-learn's:

    text -> lower-case, accents stripped (strip_accents="unicode")
         -> char_wb n-grams, or the token pattern's words and their n-grams
         -> counts of the terms in the vocabulary -> sublinear TF x IDF, scaled to unit length
         -> X @ coef.T + intercept, softmax             (the classifier)

Tests compare the numbers with scikit-learn's on the corpus and on generated text.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from itertools import chain

from .inference import (
    char_wb_ngrams,
    check_text_options,
    preprocessor,
    softmax_rows,
    tfidf_matrix,
    union_and_classifier,
    word_ngrams,
)

DEFAULT_TOKENS = r"(?u)\b\w\w+\b"   # TfidfVectorizer's token_pattern


@dataclass(frozen=True)
class Analyzer:
    """A vectoriser's text -> terms: "char_wb" n-grams per word, or word n-grams."""
    kind: str
    ngram_range: tuple[int, int]
    token_pattern: str = DEFAULT_TOKENS

    def __post_init__(self):
        check_text_options(self.kind, self.ngram_range, self.token_pattern)

    def terms(self, clean: str) -> list[str]:
        """The terms of an already preprocessed text, repeats included."""
        lo, hi = self.ngram_range
        if self.kind == "char_wb":
            return [g for word in clean.split() for g in char_wb_ngrams(word, lo, hi)]
        return word_ngrams(re.findall(self.token_pattern, clean), lo, hi)


WORD_CACHE = 16_384   # distinct words whose columns a char_wb vectoriser keeps; then it starts over


class Tfidf:
    """One TfidfVectorizer(sublinear_tf=True, norm="l2", strip_accents="unicode", lowercase=True)."""

    def __init__(self, analyzer: Analyzer, terms: list[str], idf):
        self.analyzer = analyzer
        self.terms = terms                               # column order
        self.vocabulary = {t: i for i, t in enumerate(terms)}
        self.idf = idf
        self._preprocess = preprocessor(True, True)
        self._word_columns: dict[str, list[int]] = {}   # char_wb: a word's n-grams never change

    @classmethod
    def fit(cls, analyzer: Analyzer, texts: list[str]) -> "Tfidf":
        """The vocabulary (sorted, as scikit-learn's) and smoothed IDF of `texts`."""
        import numpy as np

        pre = preprocessor(True, True)
        df: dict[str, int] = {}
        for text in texts:
            for term in set(analyzer.terms(pre(text))):
                df[term] = df.get(term, 0) + 1
        terms = sorted(df)
        counts = np.fromiter((df[t] for t in terms), dtype=np.float64, count=len(terms))
        return cls(analyzer, terms, np.log((1.0 + len(texts)) / (1.0 + counts)) + 1.0)

    def matrix(self, texts: list[str]):
        """The texts' unit-length TF-IDF rows, as one scipy CSR matrix."""
        import numpy as np

        per_text = [self.columns(t) for t in texts]
        lengths = [len(c) for c in per_text]
        columns = np.fromiter(chain.from_iterable(per_text), dtype=np.int64, count=sum(lengths))
        return tfidf_matrix(columns, lengths, self.idf)

    def columns(self, text: str) -> list[int]:
        """The columns of the text's terms that are in the vocabulary, repeats included."""
        vocab, clean = self.vocabulary, self._preprocess(text)
        if self.analyzer.kind != "char_wb":
            return [vocab[t] for t in self.analyzer.terms(clean) if t in vocab]
        cache, out = self._word_columns, []
        lo, hi = self.analyzer.ngram_range
        for word in clean.split():
            cols = cache.get(word)
            if cols is None:
                if len(cache) >= WORD_CACHE:
                    cache = self._word_columns = {}   # a new dict: a reader holding the old one is safe
                cols = cache[word] = [vocab[g] for g in char_wb_ngrams(word, lo, hi) if g in vocab]
            out.extend(cols)
        return out


class Keys:
    """Many texts' TF-IDF rows, to score other texts against all of them (a sparse product)."""

    def __init__(self, tfidf: Tfidf, texts: list[str]):
        self.tfidf, self.n = tfidf, len(texts)
        self._matrix = tfidf.matrix(texts).T.tocsr()

    def cosine(self, texts: list[str]):
        """(len(texts), n): each text's cosine similarity with each key."""
        return (self.tfidf.matrix(texts) @ self._matrix).toarray()


class LinearText:
    """TF-IDF branches side by side into a multinomial logistic regression: the fitted Pipeline's
    `classes_` and `predict_proba`, from plain arrays."""

    def __init__(self, branches: list[Tfidf], coef_t, intercept, classes: list[str]):
        self.branches = branches
        self.coef_t = coef_t          # n_features x n_classes, the branches' columns one after another
        self.intercept = intercept
        self.classes_ = classes
        self._offsets = []
        offset = 0
        for b in branches:
            self._offsets.append(offset)
            offset += len(b.terms)
        if coef_t.shape != (offset, len(classes)) or intercept.shape != (len(classes),):
            raise ValueError("coefficients that do not fit the vocabularies and classes")

    def predict_proba(self, texts: list[str]):
        import numpy as np

        scores = np.tile(self.intercept, (len(texts), 1))
        for branch, offset in zip(self.branches, self._offsets):
            scores += branch.matrix(texts) @ self.coef_t[offset:offset + len(branch.terms)]
        return softmax_rows(scores)

    def to_arrays(self) -> tuple[str, dict]:
        """JSON (analyzers, classes) and arrays: each branch's terms as UTF-8 lines, its IDF, the coefficients."""
        import numpy as np

        meta = {"branches": [{"analyzer": b.analyzer.kind, "ngram_range": list(b.analyzer.ngram_range),
                              "token_pattern": b.analyzer.token_pattern} for b in self.branches],
                "classes": list(self.classes_)}
        arrays = {"coef_t": self.coef_t, "intercept": self.intercept}
        for i, b in enumerate(self.branches):
            if any("\n" in t for t in b.terms):
                raise ValueError("a term with a line break")   # cannot happen: terms hold no whitespace but spaces
            arrays[f"terms{i}"] = np.frombuffer("\n".join(b.terms).encode("utf-8"), dtype=np.uint8)
            arrays[f"idf{i}"] = b.idf
        return json.dumps(meta, sort_keys=True), arrays

    @classmethod
    def from_arrays(cls, meta_json: str, arrays: dict) -> "LinearText":
        import numpy as np

        meta = json.loads(meta_json)
        branches = []
        for i, spec in enumerate(meta["branches"]):
            raw = np.asarray(arrays[f"terms{i}"], dtype=np.uint8).tobytes().decode("utf-8")
            terms = raw.split("\n") if raw else []
            idf = np.asarray(arrays[f"idf{i}"], dtype=np.float64)
            if idf.shape != (len(terms),):
                raise ValueError("an IDF that does not fit its vocabulary")
            branches.append(Tfidf(Analyzer(spec["analyzer"], tuple(spec["ngram_range"]), spec["token_pattern"]),
                                  terms, idf))
        return cls(branches, np.ascontiguousarray(arrays["coef_t"], dtype=np.float64),
                   np.asarray(arrays["intercept"], dtype=np.float64), [str(c) for c in meta["classes"]])


def compile_article_classifier(pipeline) -> LinearText | None:
    """A LinearText for Pipeline(FeatureUnion of TfidfVectorizers, multinomial LogisticRegression),
    or None for a model built any other way (the daemon then uses the Pipeline itself)."""
    try:
        return _compile(pipeline)
    except (AttributeError, ValueError, TypeError, KeyError):
        return None


def _compile(pipeline) -> LinearText | None:
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer

    parts = union_and_classifier(pipeline)
    if parts is None:
        return None
    transformers, clf = parts
    branches = []
    for vec in transformers:
        if type(vec) is not TfidfVectorizer or vec.analyzer not in ("word", "char_wb"):
            return None
        if (vec.input != "content" or vec.preprocessor is not None or vec.tokenizer is not None or vec.binary
                or vec.stop_words is not None or not vec.lowercase or vec.strip_accents != "unicode"
                or not (vec.use_idf and vec.sublinear_tf and vec.norm == "l2")):
            return None
        terms = [None] * len(vec.vocabulary_)
        for term, col in vec.vocabulary_.items():
            terms[col] = term
        branches.append(Tfidf(Analyzer(vec.analyzer, tuple(vec.ngram_range), vec.token_pattern), terms,
                              np.asarray(vec.idf_, dtype=np.float64)))
    return LinearText(branches, np.ascontiguousarray(clf.coef_.T, dtype=np.float64),
                      np.asarray(clf.intercept_, dtype=np.float64), [str(c) for c in clf.classes_])
