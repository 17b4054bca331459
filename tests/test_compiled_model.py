"""The models as plain arrays: the same numbers as scikit-learn's, loaded without it, and refused when changed."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from triage_daemon.config import PROJECT_ROOT, ConfigError
from triage_daemon.decide import model as model_mod
from triage_daemon.decide.answers import Similarity
from triage_daemon.decide.inference import strip_accents
from triage_daemon.decide.kb import load_articles
from triage_daemon.decide.vocab import (
    Analyzer,
    Keys,
    LinearText,
    Tfidf,
    compile_article_classifier,
)

SHIPPED = PROJECT_ROOT / "models"
KB = PROJECT_ROOT / "kb"


@pytest.fixture(scope="module")
def skops_models():
    """The shipped model's scikit-learn objects, read from its skops files."""
    return model_mod._load_trusted(SHIPPED / model_mod.MODEL_FILE), \
        model_mod._load_trusted(SHIPPED / model_mod.ANSWERS_FILE)


@pytest.fixture(scope="module")
def questions() -> list[str]:
    """Every sample question and title of the knowledge base, and the questions of the corpus' subjects."""
    from triage_daemon.mail.parse import parse

    texts = [t for a in load_articles(KB) for t in (a.title, *a.questions)]
    for path in sorted((PROJECT_ROOT / "models" / "data" / "question").glob("*.eml")):
        texts.append(parse(path.read_bytes()).subject)
    return texts


def _model_copy(tmp_path: Path) -> Path:
    out = tmp_path / "model"
    out.mkdir()
    for name in model_mod.MODEL_FILES:
        shutil.copy(SHIPPED / name, out / name)
    return out


def test_the_shipped_model_carries_its_compiled_form_sealed_in_its_card():
    card = model_mod.read_card(SHIPPED)
    assert card["compiled_sha256"] == model_mod.sha256_file(SHIPPED / model_mod.COMPILED_FILE)
    assert card["card_sha256"] == model_mod.card_seal(card)


def test_the_daemons_classifier_loads_and_decides_without_importing_scikit_learn():
    code = (
        "import sys\n"
        "from triage_daemon.config import EMBEDDED_DEFAULT, from_dict\n"
        "from triage_daemon.decide.classifier import Classifier\n"
        "from triage_daemon.mail.parse import parse\n"
        "c = Classifier.from_config(from_dict(dict(EMBEDDED_DEFAULT)))\n"
        "v = c.classify(parse(b'From: a@example.com\\nSubject: Support hours\\n\\nWhen is GoodTime support open?\\n'))\n"
        "print(v.category, v.kb.id if v.kb else None)\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sklearn', 'skops')))\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    verdict, imported = done.stdout.splitlines()
    assert verdict == "question support-hours"
    assert imported == "[]"


def test_compiled_probabilities_equal_the_pipelines(skops_models, questions):
    from triage_daemon.decide.inference import compile_pipeline

    pipeline, answers = skops_models
    loaded = model_mod.load(SHIPPED)
    assert loaded._pipeline is None   # the compiled file served; the skops file is not read
    np.testing.assert_allclose(loaded.fast.predict_proba(questions), pipeline.predict_proba(questions), rtol=0,
                               atol=1e-12)
    np.testing.assert_allclose(loaded.answers.predict_proba(questions), answers.predict_proba(questions), rtol=0,
                               atol=1e-12)
    assert loaded.answers.classes_ == [str(c) for c in answers.classes_]
    assert loaded.fast.classes == compile_pipeline(pipeline).classes


@settings(max_examples=150, deadline=None)
@given(st.lists(st.text(max_size=60), min_size=1, max_size=4))
def test_the_article_classifier_gives_the_pipelines_numbers_for_any_text(skops_models, texts):
    _, answers = skops_models
    compiled = compile_article_classifier(answers)
    np.testing.assert_allclose(compiled.predict_proba(texts), answers.predict_proba(texts), rtol=0, atol=1e-12)


@pytest.mark.parametrize("kind,ngrams", [("char_wb", (2, 4)), ("word", (1, 1)), ("word", (1, 2))])
def test_tfidf_fitted_here_is_tfidfvectorizers(kind, ngrams, questions):
    from sklearn.feature_extraction.text import TfidfVectorizer

    fitted = TfidfVectorizer(analyzer=kind, ngram_range=ngrams, sublinear_tf=True, strip_accents="unicode")
    expected = fitted.fit_transform(questions[:400])
    mine = Tfidf.fit(Analyzer(kind, ngrams), questions[:400])
    assert mine.terms == fitted.get_feature_names_out().tolist()
    np.testing.assert_allclose(mine.idf, fitted.idf_, rtol=0, atol=1e-12)
    keys = Keys(mine, questions[:400])
    probe = questions[400:460] + ["", "?", "Été à l'hôtel — naïve café", "x" * 300]
    np.testing.assert_allclose(keys.cosine(probe), (fitted.transform(probe) @ expected.T).toarray(), rtol=0,
                               atol=1e-12)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
def test_accents_are_stripped_as_scikit_learn_strips_them(text):
    from sklearn.feature_extraction.text import strip_accents_unicode

    assert strip_accents(text) == strip_accents_unicode(text)


def test_the_similarity_is_the_same_before_and_after_its_words_are_cached():
    sim = Similarity(load_articles(KB))
    sentences = ["Wann ist der GoodTime-Support erreichbar?", "where is the chat bubble", "¿quién es nuestro CSM?"]
    first = sim.of(sentences, True)
    sim.of(["Où est la bulle de chat ?", "who is our CSM", *sentences], False)   # the words are cached now
    np.testing.assert_allclose(sim.of(sentences, True), first, rtol=0, atol=1e-12)
    fresh = Similarity(load_articles(KB))
    np.testing.assert_allclose(fresh.of(sentences, True), first, rtol=0, atol=1e-12)


def test_the_arrays_round_trip(skops_models, questions):
    _, answers = skops_models
    compiled = compile_article_classifier(answers)
    meta, arrays = compiled.to_arrays()
    again = LinearText.from_arrays(meta, {k: np.array(v) for k, v in arrays.items()})
    np.testing.assert_array_equal(again.predict_proba(questions[:50]), compiled.predict_proba(questions[:50]))


def test_a_classifier_of_another_shape_is_not_compiled():
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    pipeline = make_pipeline(CountVectorizer(), LogisticRegression()).fit(
        ["cancel it", "app down", "dark mode"] * 3, ["x", "y", "z"] * 3)
    assert compile_article_classifier(pipeline) is None


def test_the_compiled_file_is_the_same_bytes_for_the_same_model(skops_models, tmp_path):
    pipeline, answers = skops_models
    first = model_mod._npz(model_mod._compiled_arrays(pipeline, answers))
    second = model_mod._npz(model_mod._compiled_arrays(pipeline, answers))
    assert first == second == (SHIPPED / model_mod.COMPILED_FILE).read_bytes()


def test_a_changed_compiled_file_is_refused(tmp_path):
    model = _model_copy(tmp_path)
    with open(model / model_mod.COMPILED_FILE, "ab") as fh:
        fh.write(b"\0")
    with pytest.raises(ConfigError, match="compiled.npz is missing or does not match"):
        model_mod.load(model)


def test_a_missing_compiled_file_is_refused_when_the_card_names_it(tmp_path):
    model = _model_copy(tmp_path)
    (model / model_mod.COMPILED_FILE).unlink()
    with pytest.raises(ConfigError, match="compiled.npz is missing"):
        model_mod.load(model)


def test_a_compiled_hash_edited_in_the_card_breaks_its_seal(tmp_path):
    model = _model_copy(tmp_path)
    with open(model / model_mod.COMPILED_FILE, "ab") as fh:
        fh.write(b"\0")
    card = json.loads((model / model_mod.CARD_FILE).read_text())
    card["compiled_sha256"] = model_mod.sha256_file(model / model_mod.COMPILED_FILE)
    (model / model_mod.CARD_FILE).write_text(json.dumps(card))
    with pytest.raises(ConfigError, match="was changed after training"):
        model_mod.load(model)


def test_a_compiled_file_that_is_not_arrays_is_refused_without_unpickling(tmp_path):
    import pickle

    model = _model_copy(tmp_path)
    (model / model_mod.COMPILED_FILE).write_bytes(pickle.dumps({"category.meta": "x"}))
    card = json.loads((model / model_mod.CARD_FILE).read_text())
    card["compiled_sha256"] = model_mod.sha256_file(model / model_mod.COMPILED_FILE)
    model_mod.write_card(model, card)
    with pytest.raises(ConfigError, match="not a readable compiled model"):
        model_mod.load(model)


def test_a_model_trained_before_the_compiled_file_loads_its_skops_files(tmp_path, skops_models, questions):
    model = _model_copy(tmp_path)
    (model / model_mod.COMPILED_FILE).unlink()
    card = json.loads((model / model_mod.CARD_FILE).read_text())
    del card["compiled_sha256"]
    model_mod.write_card(model, card)
    loaded = model_mod.load(model)
    assert loaded._pipeline is not None and loaded.fast is not None
    _, answers = skops_models
    np.testing.assert_allclose(loaded.answers.predict_proba(questions[:20]), answers.predict_proba(questions[:20]),
                               rtol=0, atol=1e-12)


# --- crafted compiled files, the card re-sealed as someone who may write the model folder could ---------------

def _shipped_arrays() -> dict:
    with np.load(SHIPPED / model_mod.COMPILED_FILE, allow_pickle=False) as npz:
        return {name[:-4] if name.endswith(".npy") else name: npz[name] for name in npz.files}


def _install(model: Path, data: bytes) -> None:
    (model / model_mod.COMPILED_FILE).write_bytes(data)
    card = json.loads((model / model_mod.CARD_FILE).read_text())
    card["compiled_sha256"] = model_mod.sha256_file(model / model_mod.COMPILED_FILE)
    model_mod.write_card(model, card)


def _with_meta(arrays: dict, prefix: str, change) -> dict:
    meta = json.loads(arrays[f"{prefix}.meta"].tobytes().decode())
    change(meta)
    return dict(arrays, **{f"{prefix}.meta": np.frombuffer(json.dumps(meta).encode(), dtype=np.uint8)})


def _declares_a_huge_array() -> bytes:
    import io
    import zipfile

    arrays = _shipped_arrays()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        for name, value in arrays.items():
            buf = io.BytesIO()
            if name == "category.intercept":   # a header that declares 8 TB, followed by 8 bytes
                np.lib.format.write_array_header_1_0(buf, {"descr": "<f8", "fortran_order": False,
                                                           "shape": (10 ** 12,)})
                buf.write(b"\0" * 8)
            else:
                np.lib.format.write_array(buf, value, allow_pickle=False)
            zf.writestr(name + ".npy", buf.getvalue())
    return out.getvalue()


def _branch(meta, **change):
    meta["branches"][0].update(change)


CRAFTED = {
    "empty file": lambda: b"",
    "an array declaring 8 TB": _declares_a_huge_array,
    "a token pattern that backtracks": lambda: model_mod._npz(_with_meta(
        _shipped_arrays(), "category", lambda m: _branch(m, token_pattern=r"(\w+\w+)+!"))),
    "an n-gram range of one number": lambda: model_mod._npz(_with_meta(
        _shipped_arrays(), "category", lambda m: _branch(m, ngram_range=[1]))),
    "an n-gram range up to a billion": lambda: model_mod._npz(_with_meta(
        _shipped_arrays(), "answers", lambda m: _branch(m, ngram_range=[2, 10 ** 9]))),
    "an unknown analyzer": lambda: model_mod._npz(_with_meta(
        _shipped_arrays(), "answers", lambda m: _branch(m, analyzer="bogus"))),
    "complex numbers": lambda: model_mod._npz(dict(
        _shipped_arrays(), **{"category.intercept": _shipped_arrays()["category.intercept"].astype(complex)})),
}


@pytest.mark.parametrize("name", sorted(CRAFTED))
def test_a_crafted_compiled_file_is_refused_at_load_with_a_clear_error(tmp_path, name):
    model = _model_copy(tmp_path)
    _install(model, CRAFTED[name]())
    with pytest.raises(ConfigError, match="not a readable compiled model"):
        model_mod.load(model)


def test_a_fifo_in_place_of_the_compiled_file_is_refused_without_blocking(tmp_path):
    import os

    model = _model_copy(tmp_path)
    (model / model_mod.COMPILED_FILE).unlink()
    os.mkfifo(model / model_mod.COMPILED_FILE)
    with pytest.raises(ConfigError, match="compiled.npz is not a regular file"):
        model_mod.load(model)


def test_the_accent_table_is_built_whole_before_any_thread_sees_it():
    code = ("import threading\n"
            "from triage_daemon.decide import inference\n"
            "from sklearn.feature_extraction.text import strip_accents_unicode\n"
            "texts = ['y\\ufe20', 'caf\\u00e9 na\\u00efve', '\\u1e9b\\u0323'] * 50\n"
            "wrong = []\n"
            "def run():\n"
            "    for t in texts:\n"
            "        if inference.strip_accents(t) != strip_accents_unicode(t): wrong.append(t)\n"
            "threads = [threading.Thread(target=run) for _ in range(8)]\n"
            "[t.start() for t in threads]; [t.join() for t in threads]\n"
            "print(len(wrong))\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "0"


def test_a_compiled_file_that_unpacks_to_hundreds_of_megabytes_is_refused_before_it_is_unpacked(tmp_path):
    import io
    import zipfile

    model = _model_copy(tmp_path)
    header = io.BytesIO()
    np.lib.format.write_array_header_1_0(header, {"descr": "<f8", "fortran_order": False, "shape": (40_000_000,)})
    with zipfile.ZipFile(model / model_mod.COMPILED_FILE, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        with zf.open("category.coef_t.npy", "w", force_zip64=True) as fh:   # 320 MB of zeros, 0.3 MB packed
            fh.write(header.getvalue())
            block = bytes(1 << 20)
            for _ in range(320):
                fh.write(block)
    _install(model, (model / model_mod.COMPILED_FILE).read_bytes())
    code = ("import sys\nfrom pathlib import Path\nfrom triage_daemon.config import ConfigError\n"
            "from triage_daemon.decide import model\n"
            "try:\n    model.load(Path(sys.argv[1]))\nexcept ConfigError as e:\n    print('refused:', e)\n"
            "print([l for l in open('/proc/self/status') if l.startswith('VmHWM')][0].split()[1])\n")
    done = subprocess.run([sys.executable, "-c", code, str(model)], capture_output=True, text=True, timeout=120,
                          check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    refused, peak_kb = done.stdout.splitlines()
    assert "not a readable compiled model" in refused
    assert int(peak_kb) < 200 * 1024   # the 320 MB were never unpacked
