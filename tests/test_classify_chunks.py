"""`classify` reads files in chunks and asks the model about a chunk at once, as the daemon does: each
file's decision is the one it gets alone, in the order the files were given."""
from __future__ import annotations

from pathlib import Path

import pytest
from corpus_paths import MIME_CORPUS
from twin import SAMPLES

from triage_daemon import config
from triage_daemon.cli import classify_file, classify_files
from triage_daemon.decide.classifier import Classifier

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def loaded():
    cfg = config.load(None)
    return Classifier.from_config(cfg), cfg


def test_a_chunk_gives_each_file_the_decision_it_gets_alone(loaded, tmp_path):
    classifier, cfg = loaded
    missing = str(tmp_path / "gone.eml")
    empty = tmp_path / "empty.eml"
    empty.write_bytes(b"")
    files = [str(p) for p in sorted(SAMPLES.glob("*.eml"))] + [missing, str(empty)]
    files += [str(p) for p in sorted(MIME_CORPUS.glob("*/*.eml"))]
    alone = [classify_file(f, classifier, cfg) for f in files]
    for chunk in (1, 7, 100, 1000):
        assert list(classify_files(files, classifier, cfg, chunk=chunk)) == alone
    assert alone[len(list(SAMPLES.glob("*.eml")))]["error"] == "unreadable"


def test_one_message_that_breaks_the_model_call_fails_alone(loaded, monkeypatch):
    classifier, cfg = loaded
    files = [str(p) for p in sorted(SAMPLES.glob("*.eml"))]
    expected = [classify_file(f, classifier, cfg) for f in files]
    calls = []

    def many(msgs, original=classifier.classify_many):
        calls.append(len(msgs))
        if len(msgs) > 1:
            raise ValueError("a poisonous message")
        return original(msgs)

    monkeypatch.setattr(classifier, "classify_many", many)
    assert list(classify_files(files, classifier, cfg)) == expected
    assert calls[0] == len(files) and calls[1:] == [1] * len(files)
