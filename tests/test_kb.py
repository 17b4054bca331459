"""The knowledge base: article front matter is checked and the shipped articles load (answers: test_answers.py)."""
from __future__ import annotations

import pytest

from triage_daemon.config import PROJECT_ROOT, ConfigError
from triage_daemon.decide.kb import Article, load_articles, parse_article

GOOD = """---
id: cancel-interview
title: How to cancel an interview
tags: [cancel, interview]
questions:
  - How do I cancel an interview?
---
Open the interview and click **Cancel**.
"""

# --- front matter ------------------------------------------------------------------------------

def test_article_with_front_matter_is_parsed():
    art = parse_article(GOOD, "kb/cancel-interview.md")
    assert art == Article("cancel-interview", "How to cancel an interview", ("cancel", "interview"),
                          ("How do I cancel an interview?",), "Open the interview and click **Cancel**.",
                          "kb/cancel-interview.md")


def test_article_with_crlf_line_endings_is_parsed():
    assert parse_article(GOOD.replace("\n", "\r\n"), "x.md").id == "cancel-interview"


def test_article_without_front_matter_is_refused_naming_the_file():
    with pytest.raises(ConfigError, match="kb/plain.md"):
        parse_article("Just an answer.\n", "kb/plain.md")


def test_front_matter_that_is_not_yaml_is_refused_naming_the_file():
    with pytest.raises(ConfigError, match="kb/bad.md"):
        parse_article("---\nid: x\ntitle: [unclosed\n---\nanswer\n", "kb/bad.md")


def test_front_matter_that_is_not_a_mapping_is_refused():
    with pytest.raises(ConfigError, match="mapping"):
        parse_article("---\n- id\n- title\n---\nanswer\n", "kb/list.md")


@pytest.mark.parametrize("bad_id", ["", "Cancel-Interview", "cancel interview", "-cancel", "cancel_interview"])
def test_article_id_must_be_lower_case_letters_digits_and_dashes(bad_id):
    text = GOOD.replace("id: cancel-interview", f"id: '{bad_id}'")
    with pytest.raises(ConfigError, match="id"):
        parse_article(text, "kb/x.md")


def test_article_without_a_title_is_refused():
    with pytest.raises(ConfigError, match="title"):
        parse_article(GOOD.replace("title: How to cancel an interview\n", ""), "kb/x.md")


def test_article_with_tags_that_are_not_a_list_is_refused():
    with pytest.raises(ConfigError, match="tags"):
        parse_article(GOOD.replace("tags: [cancel, interview]", "tags: cancel"), "kb/x.md")


def test_questions_an_article_does_not_answer_are_read_apart_from_its_sample_questions():
    text = GOOD.replace("---\nOpen", "not_answered:\n  - Can a cancelled interview be restored?\n---\nOpen")
    art = parse_article(text, "kb/x.md")
    assert art.questions == ("How do I cancel an interview?",)
    assert art.not_answered == ("Can a cancelled interview be restored?",)


def test_not_answered_that_is_not_a_list_is_refused():
    with pytest.raises(ConfigError, match="not_answered"):
        parse_article(GOOD.replace("---\nOpen", "not_answered: restoring one\n---\nOpen"), "kb/x.md")


def test_the_article_classifier_learns_an_articles_not_answered_questions_as_none():
    from triage_daemon.learn.answering import NONE, _fit_classifier

    near_miss = "Can a cancelled interview be restored afterwards?"
    plain = parse_article(GOOD, "kb/a.md")
    other = parse_article(GOOD.replace("cancel-interview", "room-booking").replace("cancel an interview", "book a room")
                          .replace("How to cancel", "How to book a room"), "kb/b.md")
    with_misses = parse_article(GOOD.replace("---\nOpen", f"not_answered:\n  - {near_miss}\n"
                                             "  - Who restores a cancelled interview?\n---\nOpen"), "kb/a.md")
    assert _fit_classifier([], [plain, other]).predict([near_miss])[0] == "cancel-interview"
    assert _fit_classifier([], [with_misses, other]).predict([near_miss])[0] == NONE


def test_every_shipped_article_lists_questions_it_does_not_answer(shipped):
    # Written next to each article's topic (a value, a capability, a detail the text does not give):
    # the article classifier learns them as `none`; docs/answers.md has what they changed.
    assert all(len(a.not_answered) >= 10 for a in shipped)
    asked = {q for a in shipped for q in a.questions}
    assert not asked & {q for a in shipped for q in a.not_answered}


def test_article_without_answer_text_is_refused():
    with pytest.raises(ConfigError, match="answer"):
        parse_article(GOOD.split("---\nOpen")[0] + "---\n\n", "kb/x.md")


def test_two_articles_with_the_same_id_are_refused_naming_the_id(tmp_path):
    (tmp_path / "a.md").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.md").write_text(GOOD, encoding="utf-8")
    with pytest.raises(ConfigError, match="cancel-interview"):
        load_articles(tmp_path)


def test_missing_kb_folder_is_refused_naming_kb_dir(tmp_path):
    with pytest.raises(ConfigError, match="kb_dir"):
        load_articles(tmp_path / "nope")


def test_bad_article_in_a_folder_is_refused_naming_that_file(tmp_path):
    (tmp_path / "good.md").write_text(GOOD, encoding="utf-8")
    (tmp_path / "broken.md").write_text("no front matter\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="broken.md"):
        load_articles(tmp_path)


# --- the shipped knowledge base -------------------------------------------------------------------

@pytest.fixture(scope="module")
def shipped() -> list[Article]:
    return load_articles(PROJECT_ROOT / "kb")


def test_shipped_kb_loads_with_unique_ids(shipped):
    ids = [a.id for a in shipped]
    assert len(ids) >= 10
    assert len(set(ids)) == len(ids)


def test_shipped_kb_has_the_contact_articles(shipped):
    ids = {a.id for a in shipped}
    assert {"contact-support", "contact-csm"} <= ids


def test_shipped_contact_support_article_gives_the_support_address(shipped):
    art = next(a for a in shipped if a.id == "contact-support")
    assert "support@goodtime.io" in art.answer
