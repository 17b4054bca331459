"""Answerer.match's fast path (each sentence cleaned once, TF-IDF rows without scipy, the similarity as
an inverted index with its common terms dense) gives the numbers of the straightforward computation:
the question's text through the article classifier as one sparse row, and every sentence's TF-IDF row
times every key's, from scipy sparse matrices."""
from __future__ import annotations

import random

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from triage_daemon.config import EMBEDDED_DEFAULT, PROJECT_ROOT, from_dict
from triage_daemon.decide.answers import NONE, features, question_text
from triage_daemon.decide.classifier import Classifier
from triage_daemon.decide.inference import softmax_rows
from triage_daemon.decide.questions import message_question
from triage_daemon.mail.parse import ParseError, parse

# Sentences in the team's five languages (and the odd cases of text): material for generated questions.
WORDS = {
    "en": "who is our CSM how do I reschedule an interview the candidate did not get the invite link".split(),
    "de": "wer ist unser Ansprechpartner wie verschiebe ich ein Interview für den Bewerber Einladung über".split(),
    "fr": "où est la bulle de chat comment reprogrammer l'entretien du candidat à l'hôtel été naïve".split(),
    "es": "¿quién es nuestro CSM cómo reprogramo una entrevista el candidato no recibió la invitación?".split(),
    "pt": "quem é o nosso gerente como remarcar uma entrevista o candidato não recebeu o convite ação".split(),
}
ODD = ["", " ", "a", "é", "?", "ß", "İstanbul", "ΟΔΟΣ ΣΟΦΟΚΛΕΟΥΣ", "Σ\nΣ", "\u0301e\u0301", "e\u0327\u0301",
       "ﬁle ｆｕｌｌｗｉｄｔｈ ①", "a\nb c\n\nd", "\t\r\n", "x" * 5000, "GoodTime " * 400, "🙂🙂 emoji ok?",
       "\ud800 lone surrogate"]


@pytest.fixture(scope="module")
def answerer():
    return Classifier.from_config(from_dict(dict(EMBEDDED_DEFAULT, model_dir=str(PROJECT_ROOT / "models")))).answers


@pytest.fixture(scope="module")
def straightforward(answerer):
    """The straightforward computation of (best article, features, score), from scipy matrices."""
    clf, sim = answerer.classifier, answerer.similarity
    keys, owner = [], []
    for i, art in enumerate(answerer.articles):
        for text in (art.title, *art.questions):
            keys.append(text)
            owner.append(i)
    by_term = {kind: keys_of.tfidf.matrix(keys).T.tocsr() for kind, keys_of in (("char", sim._char), ("word", sim._word))}
    classes = [str(c) for c in clf.classes_]

    def per_article(per_key):
        best = np.zeros(len(answerer.articles))
        np.maximum.at(best, np.asarray(owner), per_key)
        return best

    def compute(sentences, p_question, has_subject):
        text = question_text(sentences)
        scores = clf.intercept[None, :].copy()
        offset = 0
        for branch in clf.branches:
            scores = scores + branch.matrix([text]) @ clf.coef_t[offset:offset + len(branch.terms)]
            offset += len(branch.terms)
        probs = softmax_rows(scores)[0]
        p_articles = np.array([probs[classes.index(a.id)] if a.id in classes else 0.0 for a in answerer.articles])
        p_none = probs[classes.index(NONE)]
        cos = {kind: (getattr(sim, f"_{kind}").tfidf.matrix(sentences) @ terms_by_key).toarray()
               for kind, terms_by_key in by_term.items()}
        sims = np.zeros((len(answerer.articles), 3))
        sims[:, 0] = per_article(cos["char"].max(axis=0))
        if has_subject:
            sims[:, 1] = per_article(cos["char"][0])
        sims[:, 2] = per_article(cos["word"].max(axis=0))
        best, feats = features(p_articles, float(p_none), sims, sentences, p_question)
        return (p_articles, p_none, sims), (best, feats, answerer.answerability.probability([feats])[0])

    return compute


def assert_same(answerer, straightforward, sentences, has_subject=True, p_question=0.9):
    p_articles, p_none, sims = answerer.candidates(sentences, has_subject)
    best, feats, score = answerer.scores(sentences, p_question, has_subject)
    (want_articles, want_none, want_sims), (want_best, want_feats, want_score) = \
        straightforward(sentences, p_question, has_subject)
    # every article's numbers, not only the best one's
    np.testing.assert_allclose(p_articles[0], want_articles, rtol=0, atol=1e-12, err_msg=repr(sentences))
    assert abs(p_none[0] - want_none) <= 1e-12, sentences
    np.testing.assert_allclose(sims, want_sims, rtol=0, atol=1e-12, err_msg=repr(sentences))
    assert best == want_best, sentences
    np.testing.assert_allclose(feats, want_feats, rtol=0, atol=1e-12, err_msg=repr(sentences))
    assert abs(score - want_score) <= 1e-12, sentences


def corpus_questions() -> list[tuple[list[str], bool]]:
    out = []
    for folder in (PROJECT_ROOT / "models" / "data", PROJECT_ROOT / "eval" / "dev", PROJECT_ROOT / "tests" / "data" /
                   "holdout"):
        for path in sorted(folder.rglob("*.eml")):
            try:
                msg = parse(path.read_bytes())
            except ParseError:
                continue
            sentences = message_question(msg)
            if sentences:
                out.append((sentences, bool(msg.subject.strip())))
    return out


def test_every_corpus_question_gets_the_straightforward_numbers(answerer, straightforward):
    questions = corpus_questions()
    assert len(questions) > 1000
    for sentences, has_subject in questions:
        assert_same(answerer, straightforward, sentences, has_subject)


def test_every_sample_question_of_the_knowledge_base_gets_the_straightforward_numbers(answerer, straightforward):
    for art in answerer.articles:
        for question in (art.title, *art.questions):
            assert_same(answerer, straightforward, [question])


def test_generated_text_in_the_five_languages_and_odd_text_gets_the_straightforward_numbers(answerer,
                                                                                             straightforward):
    rng = random.Random(20240312)
    words = [w for ws in WORDS.values() for w in ws]
    for _ in range(400):
        pool = WORDS[rng.choice(list(WORDS))] if rng.random() < 0.7 else words
        sentences = [" ".join(rng.choice(pool) for _ in range(rng.choice((1, 2, 6, 15, 60))))
                     for _ in range(rng.randint(1, 9))]
        if rng.random() < 0.3:
            sentences[rng.randrange(len(sentences))] = rng.choice(ODD)
        assert_same(answerer, straightforward, sentences, rng.random() < 0.7, rng.random())
    for odd in ODD:
        assert_same(answerer, straightforward, [odd])
        assert_same(answerer, straightforward, [odd, "Who is our CSM?", odd], has_subject=False)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(max_size=80), min_size=1, max_size=9), st.booleans())
def test_any_text_gets_the_straightforward_numbers(answerer, straightforward, sentences, has_subject):
    assert_same(answerer, straightforward, sentences, has_subject)


@pytest.mark.parametrize("kind,ngrams", [("char_wb", (2, 4)), ("word", (1, 1)), ("word", (1, 2)), ("char_wb", (3, 5))])
def test_a_lexicon_gives_each_of_its_vectorisers_their_own_rows_of_the_lines_and_of_the_lines_joined(kind, ngrams):
    from triage_daemon.decide.kb import load_articles
    from triage_daemon.decide.vocab import Analyzer, Lexicon, Tfidf, clean_text

    texts = [t for a in load_articles(PROJECT_ROOT / "kb") for t in (a.title, *a.questions)]
    # Vocabularies that overlap in part: the knowledge base's halves, and the whole of it
    tfidfs = [Tfidf.fit(Analyzer(kind, ngrams), part) for part in (texts[::2], texts[1::2], texts)]
    lexicon = Lexicon(tfidfs)
    rng = random.Random(5)
    words = [w for ws in WORDS.values() for w in ws]
    cases = [[" ".join(rng.choice(words) for _ in range(rng.randint(1, 12))) for _ in range(rng.randint(1, 6))]
             for _ in range(60)] + [[odd, "who is our CSM", odd] for odd in ODD] + [["a b", "c d"], ["", ""]]
    for lines in cases:
        clean = [clean_text(line) for line in lines]
        counts = lexicon.counts(clean)
        joined = lexicon.joined_counts(clean, counts)
        for tfidf in tfidfs:
            for (rows, cols, values), expected in ((lexicon.weights(tfidf, counts, len(lines)), tfidf.matrix(lines)),
                                                   (lexicon.weights(tfidf, joined, 1), tfidf.matrix([question_text(lines)]))):
                got = np.zeros(expected.shape)
                got[rows, cols] = values
                np.testing.assert_allclose(got, expected.toarray(), rtol=0, atol=1e-12, err_msg=repr(lines))


def _terms_one_by_one(vocabulary, word, lo, hi):
    from triage_daemon.decide.inference import char_wb_ngrams

    return [vocabulary[g] for g in char_wb_ngrams(word, lo, hi) if g in vocabulary]


@pytest.mark.parametrize("ngrams", [(2, 4), (3, 5), (1, 3)])
def test_char_grams_finds_each_new_words_terms_as_the_word_by_word_lookup_does(ngrams):
    from triage_daemon.decide.kb import load_articles
    from triage_daemon.decide.vocab import Analyzer, CharGrams, Tfidf, clean_text

    texts = [t for a in load_articles(PROJECT_ROOT / "kb") for t in (a.title, *a.questions)]
    vocabulary = Tfidf.fit(Analyzer("char_wb", ngrams), texts).vocabulary
    grams = CharGrams.of(Analyzer("char_wb", ngrams), vocabulary)
    rng = random.Random(11)
    words = [w for ws in WORDS.values() for w in ws] + [w for odd in ODD for w in clean_text(odd).split()]
    # Words the knowledge base never wrote: characters outside its alphabet, lone surrogates, long words
    words += ["".join(rng.choice("aeiouxyzßçãé🙂\ud800ΣΩ-") for _ in range(rng.randint(1, 30))) for _ in range(300)]
    words = list(dict.fromkeys(clean_text(w) for w in words if w.strip() and not any(c.isspace() for c in w)))
    got = grams.ids_by_word(words)
    assert list(got) == words
    for word in words:
        assert np.frombuffer(got[word], dtype=np.int64).tolist() == _terms_one_by_one(vocabulary, word, *ngrams), word


def test_char_grams_is_not_used_where_its_windows_are_not_the_analyzers_terms():
    from triage_daemon.decide.vocab import Analyzer, CharGrams

    vocabulary = {" a ": 0, "ab": 1}
    # char_wb (4, 5): " a " (three characters) is a term of its own, which no window of four makes
    assert CharGrams.of(Analyzer("char_wb", (4, 5)), vocabulary) is None
    assert CharGrams.of(Analyzer("word", (1, 1)), vocabulary) is None
    assert CharGrams.of(Analyzer("char_wb", (2, 4)), vocabulary) is not None


def test_the_word_cache_stays_within_its_bound_and_many_new_words_still_get_their_terms(monkeypatch):
    from triage_daemon.decide import vocab
    from triage_daemon.decide.kb import load_articles
    from triage_daemon.decide.vocab import Analyzer, Lexicon, Tfidf, clean_text

    monkeypatch.setattr(vocab, "WORD_CACHE", 50)
    monkeypatch.setattr(vocab, "GRAM_BATCH", 7)
    texts = [t for a in load_articles(PROJECT_ROOT / "kb") for t in (a.title, *a.questions)]
    tfidf = Tfidf.fit(Analyzer("char_wb", (2, 4)), texts)
    lexicon = Lexicon([tfidf])
    rng = random.Random(3)
    for n_words in (10, 49, 51, 200, 3):     # within the bound, at it, over it in one go, far over, then a few
        lines = [" ".join(f"{rng.choice(texts).split()[0]}{rng.randrange(10**6)}" for _ in range(n_words)),
                 rng.choice(texts)]
        counts = lexicon.counts([clean_text(line) for line in lines])
        rows, cols, values = lexicon.weights(tfidf, counts, len(lines))
        got = np.zeros((len(lines), len(tfidf.terms)))
        got[rows, cols] = values
        np.testing.assert_allclose(got, tfidf.matrix(lines).toarray(), rtol=0, atol=1e-12)
        assert len(lexicon._word_ids) <= 50
