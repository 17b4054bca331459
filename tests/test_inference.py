"""The compiled predictor gives the Pipeline's probabilities, and is used only for models it understands."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from corpus_paths import MIME_CORPUS
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from triage_daemon.config import EMBEDDED_DEFAULT, PROJECT_ROOT, from_dict, model_in_use
from triage_daemon.decide import inference
from triage_daemon.decide.features import model_text
from triage_daemon.decide.inference import char_wb_ngrams, compile_pipeline, hash_indices, word_ngrams
from triage_daemon.decide.model import LoadedModel, load
from triage_daemon.mail.parse import ParseError, parse

CORPUS = MIME_CORPUS


@pytest.fixture(scope="module")
def shipped() -> LoadedModel:
    return load(model_in_use(from_dict(dict(EMBEDDED_DEFAULT))))


def _texts(paths) -> list[str]:
    out = []
    for path in paths:
        try:
            out.append(model_text(parse(Path(path).read_bytes())))
        except ParseError:
            pass
    return out


@pytest.fixture(scope="module")
def corpus_texts() -> list[str]:
    paths = sorted((PROJECT_ROOT / "models" / "data").glob("*/*.eml"))
    paths += sorted((PROJECT_ROOT / "tests" / "data" / "holdout").rglob("*.eml"))
    paths += sorted(p for p in CORPUS.rglob("*") if p.is_file() and p.suffix != ".md")
    texts = _texts(paths)
    assert len(texts) > 1200
    return texts


def test_the_shipped_model_is_compiled(shipped):
    assert shipped.fast is not None
    assert shipped.fast.classes == [str(c) for c in shipped.pipeline.classes_]


def test_compiled_probabilities_equal_the_pipelines_on_every_corpus_message(shipped, corpus_texts):
    expected = shipped.pipeline.predict_proba(corpus_texts)
    got = shipped.fast.predict_proba(corpus_texts)
    assert got.shape == expected.shape
    np.testing.assert_allclose(got, expected, rtol=0, atol=1e-12)


def test_one_message_at_a_time_equals_a_chunk(shipped, corpus_texts):
    fresh = compile_pipeline(shipped.pipeline)
    chunk = fresh.predict_proba(corpus_texts[:40])
    for i, text in enumerate(corpus_texts[:40]):
        np.testing.assert_allclose(fresh.predict_proba([text])[0], chunk[i], rtol=0, atol=1e-12)


@pytest.mark.parametrize("text", ["", " ", "\n\t\n", "a", "ab", "x" * 20_000, "Ünïcödé ÇA VA? İstanbul ǅ ﬁ straße",
                                  "\x00\x1c\x1d word \x1f", "面试 取消 明天", "re: re: fwd: 😀 🤖", "a\u00a0\u00a0b"])
def test_odd_texts_give_the_pipelines_probabilities(shipped, text):
    np.testing.assert_allclose(shipped.fast.predict_proba([text]), shipped.pipeline.predict_proba([text]),
                               rtol=0, atol=1e-12)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.text(st.characters(blacklist_categories=("Cs",)), max_size=300), min_size=1, max_size=5))
def test_generated_texts_give_the_pipelines_probabilities(shipped, texts):
    np.testing.assert_allclose(shipped.fast.predict_proba(texts), shipped.pipeline.predict_proba(texts),
                               rtol=0, atol=1e-12)


def test_no_texts_give_an_empty_result(shipped):
    assert shipped.fast.predict_proba([]).shape == (0, len(shipped.fast.classes))


def test_the_word_cache_starts_over_when_full_and_stays_exact(shipped, corpus_texts, monkeypatch):
    monkeypatch.setattr(inference, "CHAR_CACHE_WORDS", 500)
    fresh = compile_pipeline(shipped.pipeline)
    texts = corpus_texts[:300]
    for i in range(0, len(texts), 7):
        got = fresh.predict_proba(texts[i:i + 7])
        np.testing.assert_allclose(got, shipped.pipeline.predict_proba(texts[i:i + 7]), rtol=0, atol=1e-12)
        words_in_chunk = {w for t in texts[i:i + 7] for w in fresh._preprocess(t).split()}
        assert len(fresh._char_cache) <= max(500, len(words_in_chunk))


def test_the_word_ngram_cache_starts_over_when_full_and_stays_exact(shipped, corpus_texts, monkeypatch):
    monkeypatch.setattr(inference, "WORD_CACHE_NGRAMS", 800)
    fresh = compile_pipeline(shipped.pipeline)
    branch = next(b for b in fresh._branches if b.analyzer == "word")
    texts = corpus_texts[:300]
    restarts = 0
    for i in range(0, len(texts), 7):
        before = len(fresh._word_cache)
        got = fresh.predict_proba(texts[i:i + 7])
        np.testing.assert_allclose(got, shipped.pipeline.predict_proba(texts[i:i + 7]), rtol=0, atol=1e-12)
        grams = {g for t in texts[i:i + 7] for g in word_ngrams(branch.tokenizer(fresh._preprocess(t)), 1, 2)}
        assert len(fresh._word_cache) <= max(800, len(grams))
        restarts += len(fresh._word_cache) < before
    assert restarts  # the small limit was reached, and the cache started over


def test_a_cached_word_ngram_column_is_the_hashed_one(shipped):
    fresh = compile_pipeline(shipped.pipeline)
    fresh.predict_proba(["the zoom link is missing from the invite", "zoom link missing again"])
    branch = next(b for b in fresh._branches if b.analyzer == "word")
    grams = list(fresh._word_cache)
    assert "zoom link" in grams and "missing" in grams
    assert [fresh._word_cache[g] for g in grams] == hash_indices(grams, branch.idf.shape[0]).tolist()


# --- the n-gram helpers against scikit-learn's own analysers -------------------------------------

@settings(max_examples=300, deadline=None)
@given(st.text(st.characters(blacklist_categories=("Cs", "Zs", "Zl", "Zp", "Cc")), min_size=1, max_size=12),
       st.integers(1, 4), st.integers(0, 3))
def test_char_wb_ngrams_of_a_word_are_sklearns(word, lo, extra):
    from sklearn.feature_extraction.text import HashingVectorizer

    word = "".join(word.split())
    if not word:
        return
    analyzer = HashingVectorizer(analyzer="char_wb", ngram_range=(lo, lo + extra), lowercase=False).build_analyzer()
    assert sorted(char_wb_ngrams(word, lo, lo + extra)) == sorted(analyzer(word))


@pytest.mark.parametrize("lo,hi", [(1, 1), (1, 2), (1, 3), (2, 2), (2, 3)])
def test_word_ngrams_are_sklearns(lo, hi):
    from sklearn.feature_extraction.text import HashingVectorizer

    text = "please move the panel interview with the candidate to friday the panel"
    analyzer = HashingVectorizer(analyzer="word", ngram_range=(lo, hi), lowercase=False).build_analyzer()
    assert sorted(word_ngrams(text.split(), lo, hi)) == sorted(analyzer(text))
    assert word_ngrams([], lo, hi) == []


# --- models of another shape keep the Pipeline ---------------------------------------------------

def _fit(pipeline):
    texts = ["cancel my interview", "the app is down", "great idea for a feature", "out of office",
             "how do I book a room", "candidate waiting now"] * 3
    labels = ["question", "bug", "idea", "noise", "question", "blocker"] * 3
    return pipeline.fit(texts, labels)


def test_a_model_built_another_way_is_not_compiled_and_still_predicts(tmp_path):
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    pipeline = _fit(make_pipeline(CountVectorizer(), LogisticRegression()))
    assert compile_pipeline(pipeline) is None
    model = LoadedModel(pipeline, {"version": "x"}, tmp_path / "model.skops", compile_pipeline(pipeline))
    probs = model.predict_proba(["cancel my interview"])
    assert max(probs[0], key=probs[0].get) == "question"


def test_a_binary_model_is_not_compiled():
    from triage_daemon.decide.model import build_pipeline

    pipeline = build_pipeline()
    pipeline.fit(["cancel my interview", "the app is down"] * 3, ["question", "bug"] * 3)
    assert compile_pipeline(pipeline) is None


def test_a_freshly_built_pipeline_compiles_to_the_same_numbers():
    from triage_daemon.decide.model import build_pipeline

    pipeline = _fit(build_pipeline())
    fast = compile_pipeline(pipeline)
    texts = ["cancel the interview please", "app down again", "", "idea: dark mode"]
    np.testing.assert_allclose(fast.predict_proba(texts), pipeline.predict_proba(texts), rtol=0, atol=1e-12)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(st.characters(blacklist_categories=("Cs",)), max_size=20), max_size=50),
       st.sampled_from([2 ** 4, 2 ** 17, 2 ** 20, 1000]))
def test_hash_indices_are_feature_hashers_columns(features, n_features):
    from sklearn.feature_extraction import FeatureHasher

    hashed = FeatureHasher(n_features=n_features, input_type="string", alternate_sign=False).transform(
        [[f] for f in features] or [[]])
    expected = [int(hashed.indices[hashed.indptr[i]]) for i in range(len(features))]
    assert inference.hash_indices(features, n_features).tolist() == expected


def test_a_model_with_two_char_branches_is_not_compiled():
    from sklearn.feature_extraction.text import HashingVectorizer, TfidfTransformer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import FeatureUnion, Pipeline, make_pipeline

    def chars(lo, hi):
        return make_pipeline(HashingVectorizer(n_features=2 ** 10, alternate_sign=False, norm=None,
                                               analyzer="char_wb", ngram_range=(lo, hi)),
                             TfidfTransformer(sublinear_tf=True))

    pipeline = _fit(Pipeline([("features", FeatureUnion([("a", chars(2, 3)), ("b", chars(4, 5))])),
                              ("clf", LogisticRegression())]))
    assert compile_pipeline(pipeline) is None
