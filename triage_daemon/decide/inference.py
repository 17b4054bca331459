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
Pipeline. Tests compare both on the whole corpus and on generated text.
"""
from __future__ import annotations

from dataclasses import dataclass

CHAR_CACHE_WORDS = 32_768   # distinct words whose hashed n-grams are kept (~3 MB); then it starts over
WORD_CACHE_NGRAMS = 65_536  # distinct word n-grams whose column is kept (~8 MB); then it starts over


@dataclass(frozen=True)
class _Branch:
    analyzer: str                 # "word" or "char_wb"
    ngram_range: tuple[int, int]
    tokenizer: object             # word branch: the vectoriser's tokenizer
    idf: object                   # numpy array, one weight per hashed feature
    coef_t: object                # numpy array, n_features x n_classes


class FastPredictor:
    def __init__(self, preprocess, branches: list[_Branch], intercept, classes: list[str]):
        self._preprocess = preprocess
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
            scores += _tfidf_l2(_count_matrix(per_doc, branch.idf.shape[0]), branch.idf) @ branch.coef_t
        scores -= scores.max(axis=1, keepdims=True)
        np.exp(scores, out=scores)
        scores /= scores.sum(axis=1, keepdims=True)
        return scores

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


def _count_matrix(per_doc: list[bytes], n_features: int):
    """A CSR matrix of how often each column occurs in each document (int32 columns in bytes)."""
    import numpy as np
    import scipy.sparse as sp

    cols = np.frombuffer(b"".join(per_doc), dtype=np.int32).copy()
    indptr = np.zeros(len(per_doc) + 1, dtype=np.int64)
    np.cumsum([len(b) // 4 for b in per_doc], out=indptr[1:])
    counts = sp.csr_matrix((np.ones(len(cols)), cols, indptr), shape=(len(per_doc), n_features))
    counts.sum_duplicates()  # sorts each row's columns and adds up repeats: the counts
    return counts


def hash_indices(features: list[str], n_features: int):
    """The column FeatureHasher(alternate_sign=False) gives each feature: the signed 32-bit
    MurmurHash3 of its UTF-8 bytes, seed 0, made non-negative, modulo n_features."""
    import numpy as np
    from sklearn.utils import murmurhash3_32

    h = np.fromiter((murmurhash3_32(f) for f in features), dtype=np.int64, count=len(features))
    indices = np.abs(h) % n_features
    indices[h == -2 ** 31] = (2 ** 31 - 1 - (n_features - 1)) % n_features  # sklearn's case for abs(INT_MIN)
    return indices.astype(np.int32)


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
    out: list[str] = []
    for n in range(lo, hi + 1):
        if len(padded) <= n:
            out.append(padded)
            break
        out.extend(padded[i:i + n] for i in range(len(padded) - n + 1))
    return out


def _tfidf_l2(counts, idf):
    """TfidfTransformer(sublinear_tf=True, norm="l2").transform, in place on a fresh count matrix."""
    import numpy as np

    data = counts.data
    np.log(data, out=data)
    data += 1.0
    data *= idf[counts.indices]
    per_row = np.diff(counts.indptr)
    sq = np.bincount(np.repeat(np.arange(counts.shape[0]), per_row), weights=data * data, minlength=counts.shape[0])
    norms = np.sqrt(sq)
    norms[norms == 0.0] = 1.0
    data /= np.repeat(norms, per_row)
    return counts


def compile_pipeline(pipeline) -> FastPredictor | None:
    """A FastPredictor for a Pipeline(FeatureUnion of HashingVectorizer+TfidfTransformer branches,
    multinomial LogisticRegression), or None if the model is built any other way."""
    try:
        return _compile(pipeline)
    except (AttributeError, ValueError, TypeError, KeyError):
        return None


def _compile(pipeline) -> FastPredictor | None:
    import numpy as np
    from sklearn.feature_extraction.text import HashingVectorizer, TfidfTransformer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import FeatureUnion, Pipeline

    if not isinstance(pipeline, Pipeline) or len(pipeline.steps) != 2:
        return None
    features, clf = pipeline.steps[0][1], pipeline.steps[1][1]
    if not isinstance(features, FeatureUnion) or features.transformer_weights or type(clf) is not LogisticRegression:
        return None
    if len(clf.classes_) < 3 or getattr(clf, "multi_class", "auto") not in ("auto", "multinomial", "deprecated"):
        return None  # binary and one-vs-rest models turn scores into probabilities another way
    # One copy of the coefficients, feature-major so each branch's block is contiguous. The
    # classifier is given its transpose view: its own predictions are unchanged and the model
    # is not held in memory twice (6 x 262,144 float64 is 12.6 MB).
    coef_t = np.ascontiguousarray(clf.coef_.T, dtype=np.float64)
    branches, preprocessors, offset = [], set(), 0
    for _, branch in features.transformer_list:
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
        if hv.alternate_sign:
            return None  # columns only: every n-gram counts +1
        preprocessors.add((hv.lowercase, hv.strip_accents))
        n = hv.n_features
        branches.append(_Branch(
            hv.analyzer, tuple(hv.ngram_range),
            hv.build_tokenizer() if hv.analyzer == "word" else None,
            np.asarray(tfidf.idf_, dtype=np.float64),
            coef_t[offset:offset + n]))
        offset += n
    if len(preprocessors) != 1 or offset != clf.coef_.shape[1]:
        return None
    if sum(b.analyzer == "char_wb" for b in branches) > 1:
        return None  # the per-word cache serves one char_wb branch
    clf.coef_ = coef_t.T
    preprocess = features.transformer_list[0][1].steps[0][1].build_preprocessor()
    return FastPredictor(preprocess, branches, np.asarray(clf.intercept_, dtype=np.float64),
                         [str(c) for c in clf.classes_])
