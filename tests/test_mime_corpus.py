"""Every message of the MIME test corpus (tests/data/mime) gets a decision or a clean quarantine; none crashes the daemon."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from corpus_paths import MIME_CORPUS
from twin import Twin

from triage_daemon.cli import main

CORPUS = MIME_CORPUS
FILES = sorted(str(p) for p in CORPUS.glob("*/*.eml"))


def test_the_corpus_is_there():
    # Without the files the tests below would prove nothing.
    assert len(FILES) == 384


def test_classify_gives_every_file_a_decision_with_an_action():
    out = subprocess.run([sys.executable, "-m", "triage_daemon", "classify", "--json", *FILES],
                         capture_output=True, text=True, timeout=600, env=dict(os.environ, TRIAGE_CONFIG=""))
    assert out.returncode == 0, out.stderr[-2000:]
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert [r["file"] for r in rows] == FILES
    assert all(r["actions"] for r in rows)
    assert all(r["category"] in ("question", "bug", "scheduling_blocker", "feature_request", "escalation", "noise")
               for r in rows)


def test_no_corpus_message_gets_an_automatic_reply_to_a_robot():
    out = subprocess.run([sys.executable, "-m", "triage_daemon", "classify", "--json", *FILES],
                         capture_output=True, text=True, timeout=600, env=dict(os.environ, TRIAGE_CONFIG=""))
    assert out.returncode == 0, out.stderr[-2000:]
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    bounces = [r for r in rows if "sisimai" in r["file"]]
    assert bounces and not [r["file"] for r in bounces if "auto_reply" in r["actions"]]


@pytest.mark.timeout(900)
def test_a_pass_over_the_whole_corpus_files_or_quarantines_every_message(tmp_path):
    twin = Twin(tmp_path)
    for i, path in enumerate(FILES):
        twin.deliver(Path(path).read_bytes(), name=f"{i:04d}.corpus")
    assert main(["--config", str(twin.config_path), "once"]) == 0
    assert list((twin.inbox / "new").iterdir()) == []
    assert len(twin.filed_messages()) == len(FILES)
