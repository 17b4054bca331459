"""The trained Pipeline's predict_proba, computed without the Pipeline.

scikit-learn spends about 1 ms per call on validation, FeatureUnion's joblib dispatch and
output wrapping before it does any work, and hashes every character n-gram of every message
again. This module computes the same numbers from the fitted parts of the model that
`model.build_pipeline()` makes:

    text -> lower-case, accents stripped            (the HashingVectorizers' own preprocessor)
         -> word 1..n-grams, hashed                  (MurmurHash3, as sklearn's FeatureHasher)
         -> char_wb n-grams, hashed once per word    (a bounded cache: a word's n-grams never change)
         -> counts -> sublinear TF x IDF, rows scaled to unit length, per branch
         -> X @ coef.T + intercept, softmax          (multinomial logistic regression)

`compile_pipeline` returns None for any model of another shape, and the caller keeps using the
Pipeline. `to_arrays()` and `from_arrays()` turn a compiled model into plain numpy arrays and
back, so the daemon loads it without importing scikit-learn (model.COMPILED_FILE).
Tests compare both on the whole corpus and on generated text.
"""
from __future__ import annotations

import json
import re
import sys
import unicodedata
from dataclasses import dataclass

SPARSE_FROM = 8             # from this many texts on, one sparse product for all (scipy) beats a row each
CHAR_CACHE_WORDS = 32_768   # distinct words whose hashed n-grams are kept (~3 MB); then it starts over
WORD_CACHE_NGRAMS = 65_536  # distinct word n-grams whose column is kept (~8 MB); then it starts over


@dataclass(frozen=True)
class _Branch:
    analyzer: str                 # "word" or "char_wb"
    ngram_range: tuple[int, int]
    tokenizer: object             # word branch: the token pattern's findall
    idf: object                   # numpy array, one weight per hashed feature
    coef_t: object                # numpy array, n_features x n_classes


class FastPredictor:
    def __init__(self, preprocess, branches: list[_Branch], intercept, classes: list[str], meta: dict, coef_t):
        self._preprocess = preprocess
        self._meta = meta            # the text options, branches and classes, as to_arrays() writes them
        self._coef_t = coef_t        # every branch's coefficients: each branch holds a view of its rows
        self._branches = branches
        self._intercept = intercept
        self.classes = classes
        self._char_cache: dict[str, bytes] = {}
        self._word_cache: dict[str, int] = {}

    def predict_proba(self, texts: list[str]):
        """An n_texts x n_classes array, columns in `classes` order, as Pipeline.predict_proba."""
        import numpy as np

        if not texts:
            return np.zeros((0, len(self.classes)))
        clean = [self._preprocess(t) for t in texts]
        scores = np.tile(self._intercept, (len(texts), 1))
        for branch in self._branches:
            per_doc = self._char_columns(branch, clean) if branch.analyzer == "char_wb" else \
                self._word_columns(branch, clean)
            if len(texts) >= SPARSE_FROM:
                scores += tfidf_matrix(np.frombuffer(b"".join(per_doc), dtype=np.int32),
                                       [len(b) // 4 for b in per_doc], branch.idf) @ branch.coef_t
                continue
            for i, columns in enumerate(per_doc):
                cols, values = tfidf_row(np.frombuffer(columns, dtype=np.int32), branch.idf)
                if len(cols):
                    scores[i] += values @ branch.coef_t[cols]
        return softmax_rows(scores)

    def _word_columns(self, branch: _Branch, clean: list[str]) -> list[bytes]:
        """Each document's hashed word n-grams, as int32 column numbers in bytes. An n-gram's column
        is hashed once and kept (greetings, signatures and the product's words come back in every mail)."""
        import numpy as np

        lo, hi = branch.ngram_range
        docs = [word_ngrams(branch.tokenizer(doc), lo, hi) for doc in clean]
        cache = self._word_cache
        missing = {g: None for d in docs for g in d if g not in cache}
        if missing:
            if len(cache) + len(missing) > WORD_CACHE_NGRAMS:
                cache = self._word_cache = {}  # start over, as the character cache does
                missing = {g: None for d in docs for g in d}
            cache.update(zip(missing, hash_indices(list(missing), branch.idf.shape[0]).tolist()))
        return [np.fromiter(map(cache.__getitem__, d), dtype=np.int32, count=len(d)).tobytes() for d in docs]

    def _char_columns(self, branch: _Branch, clean: list[str]) -> list[bytes]:
        """Each document's hashed char_wb n-grams, as int32 column numbers in bytes. A word's
        n-grams are hashed once and kept; a document is the concatenation of its words'."""
        docs = [doc.split() for doc in clean]
        cache = self._char_cache
        missing = {w: None for d in docs for w in d if w not in cache}
        if missing:
            if len(cache) + len(missing) > CHAR_CACHE_WORDS:
                # Start over rather than evict one by one; a new dict, so a reader holding the old one is safe.
                cache = self._char_cache = {}
                missing = {w: None for d in docs for w in d}
            lo, hi = branch.ngram_range
            grams = [char_wb_ngrams(w, lo, hi) for w in missing]
            indices = hash_indices([g for word_grams in grams for g in word_grams], branch.idf.shape[0])
            start = 0
            for word, word_grams in zip(missing, grams):
                # A word's feature indices; an n-gram occurring twice in the word is there twice.
                cache[word] = indices[start:start + len(word_grams)].tobytes()
                start += len(word_grams)
        return [b"".join([cache[w] for w in d]) for d in docs]


def tfidf_matrix(columns, lengths: list[int], idf):
    """TfidfTransformer(sublinear_tf=True, norm="l2") of many documents, as one CSR matrix: `columns`
    holds every document's feature columns one after another (repeats counted), `lengths` how many
    are each document's."""
    import numpy as np
    import scipy.sparse as sp

    indptr = np.zeros(len(lengths) + 1, dtype=np.int64)
    np.cumsum(lengths, out=indptr[1:])
    counts = sp.csr_matrix((np.ones(len(columns)), np.array(columns, dtype=np.int64), indptr),
                           shape=(len(lengths), idf.shape[0]))
    counts.sum_duplicates()  # sorts each row's columns and adds up repeats: the counts
    data = counts.data
    np.log(data, out=data)
    data += 1.0
    data *= idf[counts.indices]
    per_row = np.diff(counts.indptr)
    norms = np.sqrt(np.bincount(np.repeat(np.arange(counts.shape[0]), per_row), weights=data * data,
                                minlength=counts.shape[0]))
    norms[norms == 0.0] = 1.0
    data /= np.repeat(norms, per_row)
    return counts


def softmax_rows(scores):
    """Each row of decision scores into probabilities (in place), as multinomial LogisticRegression does."""
    import numpy as np

    scores -= scores.max(axis=1, keepdims=True)
    np.exp(scores, out=scores)
    scores /= scores.sum(axis=1, keepdims=True)
    return scores


def tfidf_row(columns, idf):
    """One document's TfidfTransformer(sublinear_tf=True, norm="l2") row from its feature columns
    (repeats counted): the distinct columns, sorted, and their values."""
    import numpy as np

    cols, counts = np.unique(columns, return_counts=True)
    values = (np.log(counts) + 1.0) * idf[cols]
    norm = np.sqrt(values @ values)
    if norm > 0.0:
        values /= norm
    return cols, values


def hash_indices(features: list[str], n_features: int):
    """The column FeatureHasher(alternate_sign=False) gives each feature: the signed 32-bit
    MurmurHash3 of its UTF-8 bytes, seed 0, made non-negative, modulo n_features."""
    import mmh3
    import numpy as np

    # As bytes: the same hash as the str for any text, and a lone surrogate (which mmh3 cannot take
    # as a str) is hashed as its bytes instead of stopping the process.
    h = np.fromiter((mmh3.hash(f.encode("utf-8", "surrogatepass"), 0, True) for f in features), dtype=np.int64,
                    count=len(features))
    indices = np.abs(h) % n_features
    indices[h == -2 ** 31] = (2 ** 31 - 1 - (n_features - 1)) % n_features  # sklearn's case for abs(INT_MIN)
    return indices.astype(np.int32)


_COMBINING: dict[int, None] | None = None   # every combining mark (none is below U+0300); built on first use


def strip_accents(text: str) -> str:
    """scikit-learn's strip_accents="unicode": NFKD, then every combining mark dropped."""
    global _COMBINING
    if text.isascii():
        return text
    table = _COMBINING
    if table is None:   # built whole, then published: another thread sees None or the whole table (~0.1 s)
        table = {c: None for c in range(0x300, sys.maxunicode + 1) if unicodedata.combining(chr(c))}
        _COMBINING = table
    return unicodedata.normalize("NFKD", text).translate(table)


def preprocessor(lowercase: bool, accents: bool):
    """A vectoriser's preprocessing: lower-case first, then accents stripped, as scikit-learn does."""
    def preprocess(text: str) -> str:
        if lowercase:
            text = text.lower()
        return strip_accents(text) if accents else text
    return preprocess


def word_ngrams(tokens: list[str], lo: int, hi: int) -> list[str]:
    """sklearn's word n-grams: the tokens themselves (if lo is 1), then each longer n-gram."""
    out = list(tokens) if lo == 1 else []
    for n in range(max(lo, 2), hi + 1):
        out.extend(" ".join(tokens[i:i + n]) for i in range(len(tokens) - n + 1))
    return out


def char_wb_ngrams(word: str, lo: int, hi: int) -> list[str]:
    """sklearn's char_wb n-grams of one word: padded with a space each side; a word shorter
    than n yields itself once, and then no longer n-grams."""
    padded = f" {word} "
    size = len(padded)
    if size > hi:   # the usual case, as one comprehension (a word's n-grams are made once per new word)
        return [padded[i:i + n] for n in range(lo, hi + 1) for i in range(size - n + 1)]
    out: list[str] = []
    for n in range(lo, hi + 1):
        if size <= n:
            out.append(padded)
            break
        out += [padded[i:i + n] for i in range(size - n + 1)]
    return out


def compile_pipeline(pipeline) -> FastPredictor | None:
    """A FastPredictor for a Pipeline(FeatureUnion of HashingVectorizer+TfidfTransformer branches,
    multinomial LogisticRegression), or None if the model is built any other way."""
    try:
        return _compile(pipeline)
    except (AttributeError, ValueError, TypeError, KeyError):
        return None


def union_and_classifier(pipeline):
    """(the FeatureUnion's transformers, the LogisticRegression) of a Pipeline(FeatureUnion, multinomial
    LogisticRegression of three or more classes), or None for a model built any other way."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import FeatureUnion, Pipeline

    if not isinstance(pipeline, Pipeline) or len(pipeline.steps) != 2:
        return None
    features, clf = pipeline.steps[0][1], pipeline.steps[1][1]
    if not isinstance(features, FeatureUnion) or features.transformer_weights or type(clf) is not LogisticRegression:
        return None
    if len(clf.classes_) < 3 or getattr(clf, "multi_class", "auto") not in ("auto", "multinomial", "deprecated"):
        return None  # binary and one-vs-rest models turn scores into probabilities another way
    return [t for _, t in features.transformer_list], clf


def _compile(pipeline) -> FastPredictor | None:
    import numpy as np
    from sklearn.feature_extraction.text import HashingVectorizer, TfidfTransformer
    from sklearn.pipeline import Pipeline

    parts = union_and_classifier(pipeline)
    if parts is None:
        return None
    transformers, clf = parts
    # One copy of the coefficients, feature-major so each branch's block is contiguous. The
    # classifier is given its transpose view: its own predictions are unchanged and the model
    # is not held in memory twice (6 x 262,144 float64 is 12.6 MB).
    coef_t = np.ascontiguousarray(clf.coef_.T, dtype=np.float64)
    specs, idfs, preprocessors = [], [], set()
    for branch in transformers:
        if not isinstance(branch, Pipeline) or len(branch.steps) != 2:
            return None
        hv, tfidf = branch.steps[0][1], branch.steps[1][1]
        if type(hv) is not HashingVectorizer or type(tfidf) is not TfidfTransformer:
            return None
        if (hv.input != "content" or hv.preprocessor is not None or hv.tokenizer is not None or hv.binary
                or hv.norm is not None or hv.stop_words is not None or hv.analyzer not in ("word", "char_wb")
                or np.dtype(hv.dtype) != np.float64):
            return None
        if not (tfidf.use_idf and tfidf.sublinear_tf and tfidf.norm == "l2"):
            return None
        if hv.alternate_sign or hv.strip_accents not in (None, "unicode"):
            return None  # columns only: every n-gram counts +1; accents as scikit-learn's "unicode" does
        preprocessors.add((bool(hv.lowercase), hv.strip_accents == "unicode"))
        specs.append({"analyzer": hv.analyzer, "ngram_range": list(hv.ngram_range), "n_features": hv.n_features,
                      "token_pattern": hv.token_pattern if hv.analyzer == "word" else None})
        idfs.append(np.asarray(tfidf.idf_, dtype=np.float64))
    if len(preprocessors) != 1 or sum(s["n_features"] for s in specs) != clf.coef_.shape[1]:
        return None
    if sum(s["analyzer"] == "char_wb" for s in specs) > 1:
        return None  # the per-word cache serves one char_wb branch
    clf.coef_ = coef_t.T
    lowercase, accents = preprocessors.pop()
    meta = {"lowercase": lowercase, "strip_accents": accents, "branches": specs,
            "classes": [str(c) for c in clf.classes_]}
    return _predictor(meta, idfs, coef_t, np.asarray(clf.intercept_, dtype=np.float64))


# The token patterns a model may carry (this project's and scikit-learn's default): a pattern is run
# on every message with Python's re, so one read from a model file is never compiled otherwise.
TOKEN_PATTERNS = (r"(?u)\b\w[\w'-]*\b", r"(?u)\b\w\w+\b")
MAX_NGRAM = 10


def check_text_options(analyzer: str, ngram_range, token_pattern) -> None:
    """ValueError unless these are options the compiled code runs as scikit-learn does, in time linear in the text."""
    lo, hi = (int(n) for n in ngram_range)
    if analyzer not in ("word", "char_wb") or not 1 <= lo <= hi <= MAX_NGRAM or len(tuple(ngram_range)) != 2:
        raise ValueError("an analyzer or n-gram range the compiled model does not run")
    if analyzer == "word" and token_pattern not in TOKEN_PATTERNS:
        raise ValueError("a token pattern the compiled model does not run")


def _predictor(meta: dict, idfs: list, coef_t, intercept) -> FastPredictor:
    branches, offset = [], 0
    for spec, idf in zip(meta["branches"], idfs):
        check_text_options(spec["analyzer"], spec["ngram_range"], spec["token_pattern"])
        n = int(spec["n_features"])
        if idf.shape != (n,):
            raise ValueError("an idf that does not fit its branch")
        tokenizer = re.compile(spec["token_pattern"]).findall if spec["analyzer"] == "word" else None
        branches.append(_Branch(spec["analyzer"], tuple(spec["ngram_range"]), tokenizer, idf,
                                coef_t[offset:offset + n]))
        offset += n
    if coef_t.shape != (offset, len(meta["classes"])) or intercept.shape != (len(meta["classes"]),):
        raise ValueError("coefficients that do not fit the branches and classes")
    return FastPredictor(preprocessor(meta["lowercase"], meta["strip_accents"]), branches, intercept,
                         list(meta["classes"]), meta, coef_t)


def to_arrays(predictor: FastPredictor) -> tuple[str, dict]:
    """A compiled model as JSON (its text options, branches and classes) and plain float64 arrays."""
    arrays = {f"idf{i}": b.idf for i, b in enumerate(predictor._branches)}
    arrays.update(coef_t=predictor._coef_t, intercept=predictor._intercept)
    return json.dumps(predictor._meta, sort_keys=True), arrays


def from_arrays(meta_json: str, arrays: dict) -> FastPredictor:
    """The FastPredictor `to_arrays` described; ValueError when the arrays do not fit together."""
    import numpy as np

    meta = json.loads(meta_json)
    idfs = [np.asarray(arrays[f"idf{i}"], dtype=np.float64) for i in range(len(meta["branches"]))]
    return _predictor(meta, idfs, np.ascontiguousarray(arrays["coef_t"], dtype=np.float64),
                      np.asarray(arrays["intercept"], dtype=np.float64))
