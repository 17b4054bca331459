"""The running daemon reloads what changed on disk (knowledge base, rules, templates, model), checks it
first (a broken change keeps the set in use and says why), and says what changed."""
from __future__ import annotations

import logging
import shutil
import time
from pathlib import Path

import pytest
from robust_helpers import eml
from twin import Twin

from triage_daemon.service.daemon import Daemon

ROOT = Path(__file__).resolve().parent.parent
NEW_ARTICLE = """---
id: parking-for-candidates
title: Where candidates park for on-site interviews
tags: [parking, on-site, visitors]
questions:
  - How do I tell candidates where to park?
  - Where can candidates park for an on-site interview?
  - Is there visitor parking for candidates?
---
Candidates park in the **visitor garage on Level -1**; the interview confirmation carries the code.
"""
PARKING = eml("how do I tell candidates where to park?",
              "Hi,\n\nwho do I ask about visitor parking for candidates coming on site? Where do they park?\n\nThanks, Dana\n",
              msgid="<parking@mail.example.com>")


@pytest.fixture
def setup(tmp_path, caplog):
    caplog.set_level(logging.INFO, logger="triage_daemon")
    for name in ("kb", "rules", "templates"):
        shutil.copytree(ROOT / name, tmp_path / name)
    twin = Twin(tmp_path, 'kb_dir = "kb"\nrules_dir = "rules"\ntemplates_dir = "templates"\n')
    daemon = Daemon(twin.cfg)
    yield twin, daemon, tmp_path
    daemon.close()


def touch_later(path: Path, text: str) -> None:
    """Write, and make sure the modification time moves even on a coarse clock."""
    before = path.stat().st_mtime_ns if path.exists() else 0
    path.write_text(text, encoding="utf-8")
    while path.stat().st_mtime_ns == before:
        time.sleep(0.01)
        path.write_text(text, encoding="utf-8")


def messages(caplog) -> list[str]:
    return [r.getMessage() for r in caplog.records]


def test_a_new_article_is_used_at_the_next_pass_and_the_log_says_what_changed(setup, caplog):
    twin, daemon, root = setup
    before = len(daemon.classifier.articles)
    touch_later(root / "kb" / "parking-for-candidates.md", NEW_ARTICLE)
    twin.deliver(PARKING)
    daemon.run_pass()
    assert f"knowledge base reloaded: {before + 1} articles (was {before}): added parking-for-candidates" \
        in messages(caplog)
    [reply] = twin.sent_to("dana.cho@example.com")
    assert "visitor garage on Level -1" in reply.get_body(preferencelist=("plain",)).get_content()


def test_a_broken_article_keeps_the_articles_in_use_and_says_why(setup, caplog):
    twin, daemon, root = setup
    in_use = daemon.classifier.answers
    touch_later(root / "kb" / "broken.md", "---\nid: Not Valid\ntitle: x\n---\nanswer\n")
    daemon.run_pass()
    assert daemon.classifier.answers is in_use
    [line] = [m for m in messages(caplog) if "knowledge base not reloaded" in m]
    assert "keeping the one in use" in line and "broken.md" in line and "id must be" in line
    # Fixed, it is taken at the next pass.
    touch_later(root / "kb" / "broken.md", NEW_ARTICLE)
    daemon.run_pass()
    assert len(daemon.classifier.articles) == len(in_use.articles) + 1


def test_an_emptied_knowledge_base_is_refused(setup, caplog):
    twin, daemon, root = setup
    for article in (root / "kb").glob("*.md"):
        article.unlink()
    daemon.run_pass()
    assert len(daemon.classifier.articles) > 0
    assert any("knowledge base not reloaded" in m and "no articles" in m for m in messages(caplog))


def test_a_changed_rule_is_reloaded_and_named(setup, caplog):
    twin, daemon, root = setup
    path = sorted((root / "rules").glob("*.yaml"))[0]
    text = path.read_text()
    touch_later(path, text.replace("description:", "description: (edited)", 1))
    daemon.run_pass()
    [line] = [m for m in messages(caplog) if m.startswith("rules reloaded:")]
    assert "changed " in line and f"{len(daemon.classifier.rules)} rules (was {len(daemon.classifier.rules)})" in line
    touch_later(path, text + "\n  - name: [not, a, name]\n")
    daemon.run_pass()
    assert any(m.startswith("rules not reloaded, keeping the one in use:") for m in messages(caplog))


def test_an_edited_template_is_used_at_the_next_pass_and_a_broken_one_is_refused(setup, caplog):
    twin, daemon, root = setup
    path = root / "templates" / "product_board_reply.txt.j2"
    touch_later(path, path.read_text().replace("Thanks for the idea!", "Thank you for the idea, truly!"))
    twin.deliver(eml("idea: bulk reschedule", "It would be great to reschedule interviews in bulk.\n",
                     msgid="<idea-1@mail.example.com>"))
    daemon.run_pass()
    assert any(m.startswith("templates reloaded:") and "changed product_board_reply.txt.j2" in m for m in messages(caplog))
    [reply] = twin.sent_to("dana.cho@example.com")
    assert "Thank you for the idea, truly!" in reply.get_body(preferencelist=("plain",)).get_content()
    touch_later(path, "Subject: {{ nope }\n")
    daemon.run_pass()
    assert any(m.startswith("templates not reloaded, keeping the one in use:") for m in messages(caplog))
    twin.deliver(eml("idea: colour themes", "Please add colour themes to the scheduling page.\n",
                     msgid="<idea-2@mail.example.com>", sender="Tom Okafor <tom.okafor@example.com>"))
    daemon.run_pass()
    [second] = twin.sent_to("tom.okafor@example.com")
    assert "Thank you for the idea, truly!" in second.get_body(preferencelist=("plain",)).get_content()


def test_sighup_reloads_everything_and_says_what_is_in_use(setup, caplog):
    twin, daemon, root = setup
    daemon.reload_requested.set()
    daemon.run_pass()
    found = messages(caplog)
    assert any(m.startswith(f"model: {daemon.classifier.model.version} (unchanged)") for m in found)
    assert any(m.startswith(f"knowledge base reloaded: {len(daemon.classifier.articles)} articles") for m in found)
    assert any(m.startswith("rules reloaded:") and "no content change" in m for m in found)
    assert any(m.startswith("templates reloaded:") for m in found)
