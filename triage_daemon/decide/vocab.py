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

Tests compare the numbers with scikit-learn's on the corpus and on generated text. Answering one
question, each analyzer splits its sentences into terms once for every vectoriser (`Lexicon`), and
the TF-IDF values and products are numpy arrays, not scipy matrices (tests/test_answers_matching.py).
"""
from __future__ import annotations

import json
import re
from array import array
from collections import ChainMap
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
SPARSE_FROM = 8       # from this many texts on, LinearText makes one sparse product for all (scipy)
DENSE_SHARE = 0.2     # Keys: a term in at least this share of the keys is kept as a dense row
# Multiply-adds of one BLAS call below which numpy's OpenBLAS works on the calling thread alone (its
# gemv's bound, 2,304 x 4; gemm's is 65,536 x 4, over 28 x more). Above it OpenBLAS wakes a thread per
# core, and on a busy 2-core machine that costs far more than these products: a match took 6 ms
# instead of 1.7.
BLAS_ONE_THREAD = 9_216
# Every Tfidf's first step (strip_accents="unicode", lowercase=True): lower-case, then accents stripped.
clean_text = preprocessor(True, True)


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
GRAM_BATCH = 4_096    # new words whose n-grams CharGrams looks up in one go (bounds its arrays)


class Tfidf:
    """One TfidfVectorizer(sublinear_tf=True, norm="l2", strip_accents="unicode", lowercase=True)."""

    def __init__(self, analyzer: Analyzer, terms: list[str], idf):
        self.analyzer = analyzer
        self.terms = terms                               # column order
        self.vocabulary = {t: i for i, t in enumerate(terms)}
        self.idf = idf
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
        return self.clean_columns(clean_text(text))

    def clean_columns(self, clean: str) -> list[int]:
        """`columns` of a text already through `clean_text`."""
        vocab = self.vocabulary
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


def term_counts(ids, lengths: list[int], n_terms: int):
    """Each text's distinct terms and how often each occurs in it, from its terms' ids (repeats
    included; `ids` holds every text's, `lengths` how many are each text's): three arrays, the
    text's row, the term (sorted by row, then term) and the count."""
    import numpy as np

    key, counts = np.unique(np.repeat(np.arange(len(lengths), dtype=np.intp), lengths) * n_terms + ids,
                            return_counts=True)
    rows, terms = np.divmod(key, n_terms)
    return rows, terms, counts


def tfidf_values(rows, cols, counts, idf, n_texts: int):
    """The TF-IDF values (sublinear TF, rows scaled to unit length) of `term_counts`' output: the
    operations of `tfidf_matrix`, in the same order, so the same numbers."""
    import numpy as np

    data = counts.astype(np.float64)
    np.log(data, out=data)
    data += 1.0
    data *= idf[cols]
    norms = np.sqrt(np.bincount(rows, weights=data * data, minlength=n_texts))
    data /= norms[rows]   # a row holding a value has a norm > 0 (values >= idf > 0): no 0 -> 1 as in tfidf_matrix
    return data


def tfidf_rows(per_text: list[list[int]], idf):
    """`tfidf_matrix` of the texts whose columns are `per_text` (Tfidf.columns), as three arrays: each
    stored value's row and column (sorted by row, then column) and the value, without a scipy matrix."""
    import numpy as np

    lengths = [len(c) for c in per_text]
    ids = np.fromiter(chain.from_iterable(per_text), dtype=np.intp, count=sum(lengths))
    rows, cols, counts = term_counts(ids, lengths, idf.shape[0])
    return rows, cols, tfidf_values(rows, cols, counts, idf, len(per_text))


class Lexicon:
    """The terms of Tfidfs of one analyzer (the article classifier's and the similarity's): a text is
    split into terms, and each term looked up, once for all of them. Terms are numbered in sorted
    order, as each Tfidf numbers its own, so a Tfidf's columns come out in the same order as its own."""

    def __init__(self, tfidfs: list[Tfidf]):
        import numpy as np

        if len({t.analyzer for t in tfidfs}) != 1:
            raise ValueError("a lexicon of Tfidfs of different analyzers")
        self.analyzer = tfidfs[0].analyzer
        terms = sorted(set(chain.from_iterable(t.terms for t in tfidfs)))
        self.vocabulary = {t: i for i, t in enumerate(terms)}
        self._tfidfs = list(tfidfs)
        self._columns = []                               # per Tfidf: each term's column, or -1
        for t in tfidfs:
            columns = np.full(len(terms), -1, dtype=np.intp)
            columns[[self.vocabulary[term] for term in t.terms]] = np.arange(len(t.terms))
            self._columns.append(columns)
        self._word_ids: dict[str, bytes] = {}           # char_wb: a word's terms never change
        self._grams = CharGrams.of(self.analyzer, self.vocabulary)

    def ids(self, clean: str) -> bytes:
        """The ids of a cleaned text's terms that some Tfidf knows, repeats included (Tfidf.clean_columns),
        as int64 bytes: a text's are its words' joined, without a Python int per term."""
        vocab = self.vocabulary
        if self.analyzer.kind != "char_wb":
            return array("q", [vocab[t] for t in self.analyzer.terms(clean) if t in vocab]).tobytes()
        cache = self._word_ids
        lo, hi = self.analyzer.ngram_range
        out = []
        for word in clean.split():
            ids = cache.get(word)
            if ids is None:
                if len(cache) >= WORD_CACHE:
                    cache = self._word_ids = {}   # a new dict: a reader holding the old one is safe
                ids = cache[word] = array(
                    "q", [i for i in map(vocab.get, char_wb_ngrams(word, lo, hi)) if i is not None]).tobytes()
            out.append(ids)
        return b"".join(out)

    def counts(self, clean: list[str]):
        """`term_counts` of each cleaned text."""
        import numpy as np

        if self._grams is not None:
            split = [c.split() for c in clean]
            known = self._word_ids
            new = [w for words in split for w in words if w not in known]
            if new:
                known = self._learn_words(list(dict.fromkeys(new)), known)
            per_text = [b"".join([known[w] for w in words]) for words in split]
        else:
            per_text = [self.ids(c) for c in clean]
        ids = np.frombuffer(b"".join(per_text), dtype=np.int64).astype(np.intp, copy=False)
        return term_counts(ids, [len(b) // 8 for b in per_text], len(self.vocabulary))

    def _learn_words(self, new: list[str], cache: dict[str, bytes]):
        """The terms of words not in `cache` (distinct), found all at once (CharGrams), a few thousand at
        a time, and kept in the word cache while it has room (when it has not, a new cache starts with
        them). Returns a mapping that holds the cache's words and the new ones."""
        fresh: dict[str, bytes] = {}
        for start in range(0, len(new), GRAM_BATCH):
            fresh.update(self._grams.ids_by_word(new[start:start + GRAM_BATCH]))
        if len(cache) + len(fresh) <= WORD_CACHE:
            cache.update(fresh)
            return cache
        # a new dict: a reader holding the old one is safe; this call still reads the old one's words
        self._word_ids = dict(fresh) if len(fresh) <= WORD_CACHE else {}
        return ChainMap(fresh, cache)

    def joined_counts(self, clean: list[str], counts):
        """`term_counts` of "\\n".join(clean) as one text, given `counts(clean)`. A line break ends every
        word and so every character n-gram, and neither lower-casing nor accent stripping looks across
        one: the lines' counts added up, except for word n-grams longer than one word."""
        import numpy as np

        if self.analyzer.kind == "word" and self.analyzer.ngram_range[1] > 1:
            return self.counts(["\n".join(clean)])
        _, terms, n = counts
        terms, where = np.unique(terms, return_inverse=True)
        return np.zeros(len(terms), dtype=np.intp), terms, np.bincount(where, weights=n, minlength=len(terms))

    def weights(self, tfidf: Tfidf, counts, n_texts: int):
        """(rows, columns, values) of `tfidf_rows` for one of the lexicon's Tfidfs, from `counts`."""
        columns = self._columns[next(i for i, t in enumerate(self._tfidfs) if t is tfidf)]
        rows, terms, n = counts
        cols = columns[terms]
        known = cols >= 0
        rows, cols = rows[known], cols[known]
        return rows, cols, tfidf_values(rows, cols, n[known], tfidf.idf, n_texts)


class CharGrams:
    """The char_wb n-grams of many words at once, looked up in a vocabulary with numpy rather than one
    Python string and dictionary look-up per n-gram: a question's new words cost about a third as much.

    Each character becomes a digit, its place in the vocabulary's alphabet (1..A; A+1 for any other
    character, so an n-gram holding one is in no vocabulary), and an n-gram the number its digits
    write in base A+2: the same n-gram, the same number, and n-grams of different lengths never meet
    (no digit is 0). The words are padded with a space each side, as char_wb does, and put end to
    end, and each window of lo to hi characters looked up."""

    def __init__(self, vocabulary: dict[str, int], lo: int, hi: int, alphabet: list[str]):
        import numpy as np

        self.lo, self.hi = lo, hi
        self.base = len(alphabet) + 2
        self._other = len(alphabet) + 1
        self._digit = np.full(max(map(ord, alphabet), default=0) + 2, self._other, dtype=np.int64)
        for i, ch in enumerate(alphabet, 1):
            self._digit[ord(ch)] = i
        digits = {ch: i for i, ch in enumerate(alphabet, 1)}
        keys = np.fromiter((self._number(t, digits) for t in vocabulary), dtype=np.int64, count=len(vocabulary))
        order = np.argsort(keys, kind="stable")
        self._keys = keys[order]
        self._ids = np.fromiter(vocabulary.values(), dtype=np.int64, count=len(vocabulary))[order]

    @classmethod
    def of(cls, analyzer: "Analyzer", vocabulary: dict[str, int]) -> "CharGrams | None":
        """CharGrams for a char_wb analyzer's vocabulary; None for any other analyzer, an empty vocabulary
        (nothing to find: the word-by-word path), or where its terms are not exactly the padded words'
        windows: a word padded to fewer than `lo` characters (lo > 3) is a term of its own, and numbers
        past 2**63 do not fit."""
        lo, hi = analyzer.ngram_range
        if analyzer.kind != "char_wb" or lo > 3 or not vocabulary:
            return None
        alphabet = sorted({ch for term in vocabulary for ch in term})
        if (len(alphabet) + 2) ** hi >= 2 ** 63:
            return None
        return cls(vocabulary, lo, hi, alphabet)

    def _number(self, term: str, digits: dict[str, int]) -> int:
        n = 0
        for ch in term:
            n = n * self.base + digits[ch]
        return n

    def ids_by_word(self, words: list[str]) -> dict[str, bytes]:
        """Each word's known terms' ids as int64 bytes, repeats included, in Lexicon.ids' order (by n, then
        position). `words` are distinct and hold no whitespace (str.split's)."""
        import numpy as np

        padded = "".join(f" {w} " for w in words)
        # surrogatepass: a lone surrogate is one character of the text, as it is to Python's slicing
        codes = np.frombuffer(padded.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        digits = self._digit[np.minimum(codes, len(self._digit) - 1)]
        owner = np.repeat(np.arange(len(words), dtype=np.int64),
                          np.fromiter((len(w) + 2 for w in words), dtype=np.int64, count=len(words)))
        # Every window, also those across two words: such a window holds the two spaces between them,
        # and no char_wb term holds two spaces (a word has none, and is padded with one each side).
        numbers, keys, whose = digits, [], []
        for n in range(1, self.hi + 1):
            if n > 1:
                numbers = numbers[:-1] * self.base + digits[n - 1:]
            if n >= self.lo:
                keys.append(numbers)
                whose.append(owner[:len(numbers)])
        keys, whose = np.concatenate(keys), np.concatenate(whose)
        at = np.minimum(np.searchsorted(self._keys, keys), len(self._keys) - 1)
        known = self._keys[at] == keys
        ids, whose = self._ids[at[known]], whose[known]
        order = np.argsort(whose, kind="stable")
        raw = ids[order].tobytes()
        bounds = np.searchsorted(whose[order], np.arange(len(words) + 1)) * 8
        return {w: raw[bounds[i]:bounds[i + 1]] for i, w in enumerate(words)}


def one_thread_product(a, b):
    """a @ b (two 2-D float64 arrays), in blocks of b's columns small enough for BLAS to stay on this thread."""
    import numpy as np

    m, k = a.shape
    step = max(1, (BLAS_ONE_THREAD - 1) // max(1, k) if m == 1 else 28 * BLAS_ONE_THREAD // max(1, m * k))
    if step >= b.shape[1]:
        return a @ b
    out = np.empty((m, b.shape[1]))
    for start in range(0, b.shape[1], step):
        np.matmul(a, b[:, start:start + step], out=out[:, start:start + step])
    return out


class Keys:
    """Many texts' TF-IDF rows, to score other texts against all of them: an inverted index from term
    to keys, whose terms in DENSE_SHARE of the keys or more (166 of the shipped knowledge base's, 1.3 MB,
    78% of the products) are dense rows for one matrix product, the others only touching their keys."""

    def __init__(self, tfidf: Tfidf, texts: list[str]):
        import numpy as np

        self.tfidf, self.n = tfidf, len(texts)
        by_term = tfidf.matrix(texts).T.tocsr()            # terms x keys
        df = np.diff(by_term.indptr)
        dense = np.flatnonzero(df >= max(1.0, DENSE_SHARE * self.n))
        self._dense_row = np.full(len(tfidf.terms), len(dense), dtype=np.intp)   # past the last: not dense
        self._dense_row[dense] = np.arange(len(dense))
        self._dense = np.ascontiguousarray(by_term[dense].toarray())   # len(dense) x n
        df[dense] = 0                                      # the sparse part: the other terms' keys
        keep = np.repeat(self._dense_row == len(dense), np.diff(by_term.indptr))
        self._starts = np.zeros(len(df) + 1, dtype=np.intp)
        np.cumsum(df, out=self._starts[1:])
        self._df = df
        self._keys = by_term.indices[keep].astype(np.intp)
        self._values = by_term.data[keep]

    def cosine(self, texts: list[str]):
        """(len(texts), n): each text's cosine similarity with each key."""
        return self.cosine_clean([clean_text(t) for t in texts])

    def cosine_clean(self, clean: list[str]):
        """`cosine` of texts already through `clean_text`."""
        rows, cols, weights = tfidf_rows([self.tfidf.clean_columns(c) for c in clean], self.tfidf.idf)
        return self.cosine_rows(rows, cols, weights, len(clean))

    def cosine_rows(self, rows, cols, weights, n_texts: int):
        """`cosine` of texts given as their TF-IDF values (`tfidf_rows`)."""
        import numpy as np

        n_dense = len(self._dense)
        # The weights of the dense terms; every other term's goes to one more column, left out of the product.
        w = np.zeros((n_texts, n_dense + 1))
        w[rows, self._dense_row[cols]] = weights
        out = one_thread_product(w[:, :n_dense], self._dense) if n_dense else np.zeros((n_texts, self.n))
        lengths = self._df[cols]                           # 0 for the dense terms
        total = int(lengths.sum())
        if total:
            ends = np.cumsum(lengths)
            at = np.arange(total, dtype=np.intp) + np.repeat(self._starts[cols] - (ends - lengths), lengths)
            cells = self._keys[at] + np.repeat(rows * self.n, lengths)
            out += np.bincount(cells, self._values[at] * np.repeat(weights, lengths),
                               minlength=n_texts * self.n).reshape(n_texts, self.n)
        return out


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

        if len(texts) < SPARSE_FROM:
            return self.proba_rows([tfidf_rows([b.columns(t) for t in texts], b.idf) for b in self.branches],
                                   len(texts))
        scores = np.tile(self.intercept, (len(texts), 1))
        for branch, offset in zip(self.branches, self._offsets):
            scores += branch.matrix(texts) @ self.coef_t[offset:offset + len(branch.terms)]
        return softmax_rows(scores)

    def proba_rows(self, per_branch: list, n_texts: int):
        """`predict_proba` of texts given as each branch's TF-IDF values (`tfidf_rows`): a text's scores
        are a small dense product, without building a sparse matrix."""
        import numpy as np

        # All branches' values side by side, each branch's columns moved to its block of the coefficients.
        rows = np.concatenate([rows for rows, _, _ in per_branch])
        cols = np.concatenate([cols + offset for offset, (_, cols, _) in zip(self._offsets, per_branch)])
        values = np.concatenate([values for _, _, values in per_branch])
        scores = np.tile(self.intercept, (n_texts, 1))
        if n_texts == 1:
            scores[0] += one_thread_product(values[None, :], self.coef_t[cols])[0]
            return softmax_rows(scores)
        order = np.argsort(rows, kind="stable")
        rows, cols, values = rows[order], cols[order], values[order]
        bounds = np.searchsorted(rows, np.arange(n_texts + 1))
        for i in range(n_texts):
            start, end = bounds[i], bounds[i + 1]
            if end > start:
                scores[i] += one_thread_product(values[None, start:end], self.coef_t[cols[start:end]])[0]
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
