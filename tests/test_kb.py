"""The knowledge base: article front matter is checked, the shipped articles load, questions find their article."""
from __future__ import annotations

import pytest

from triage_daemon.config import EMBEDDED_DEFAULT, PROJECT_ROOT, ConfigError, from_dict
from triage_daemon.decide.kb import Article, KnowledgeBase, load_articles, parse_article

GOOD = """---
id: cancel-interview
title: How to cancel an interview
tags: [cancel, interview]
questions:
  - How do I cancel an interview?
---
Open the interview and click **Cancel**.
"""

DEFAULT_KB_MIN_SCORE = from_dict(dict(EMBEDDED_DEFAULT)).kb_min_score


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
def shipped() -> KnowledgeBase:
    return KnowledgeBase(load_articles(PROJECT_ROOT / "kb"))


def test_shipped_kb_loads_with_unique_ids(shipped):
    ids = [a.id for a in shipped.articles]
    assert len(ids) >= 10
    assert len(set(ids)) == len(ids)


def test_shipped_kb_has_the_contact_articles(shipped):
    ids = {a.id for a in shipped.articles}
    assert {"contact-support", "contact-csm"} <= ids


def test_shipped_contact_support_article_gives_the_support_address(shipped):
    art = next(a for a in shipped.articles if a.id == "contact-support")
    assert "support@goodtime.io" in art.answer


@pytest.mark.parametrize("question", [
    "What is the email address for GoodTime support?",
    "How do I contact GoodTime support?",
    "Hi, what email do I use to reach GoodTime support? Thanks, Dana",
])
def test_question_about_the_support_email_matches_contact_support(shipped, question):
    match = shipped.match(question)
    assert match is not None and match.id == "contact-support"
    assert match.score >= DEFAULT_KB_MIN_SCORE


@pytest.mark.parametrize("question", [
    "Who is our Customer Success Manager and how do I contact them?",
    "How can I book a meeting with our customer success manager at GoodTime?",
])
def test_question_about_the_csm_matches_contact_csm(shipped, question):
    match = shipped.match(question)
    assert match is not None and match.id == "contact-csm"
    assert match.score >= DEFAULT_KB_MIN_SCORE


def test_question_naming_the_csm_by_its_acronym_matches_contact_csm(shipped):
    # "CSM" is how people here say it; it must not land on the Support article.
    match = shipped.match("How do I reach our CSM?")
    assert match is not None and match.id == "contact-csm"


def test_match_carries_the_article_title_and_answer(shipped):
    match = shipped.match("What is the email address for GoodTime support?")
    art = next(a for a in shipped.articles if a.id == match.id)
    assert match.title == art.title
    assert match.answer == art.answer


def test_an_unrelated_text_scores_below_the_confidence_bar(shipped):
    match = shipped.match("zzzz qqqq xxxx")
    assert match is None or match.score < DEFAULT_KB_MIN_SCORE


def test_empty_query_matches_nothing(shipped):
    assert shipped.match("   ") is None


def test_empty_knowledge_base_matches_nothing():
    assert KnowledgeBase([]).match("How do I cancel an interview?") is None


def test_small_knowledge_base_picks_the_closer_article():
    kb = KnowledgeBase([
        parse_article(GOOD, "a.md"),
        parse_article(GOOD.replace("cancel-interview", "room-booking").replace("How to cancel an interview",
                                                                               "Booking a room")
                      .replace("[cancel, interview]", "[room, booking]")
                      .replace("How do I cancel an interview?", "How do I book a meeting room?"), "b.md"),
    ])
    assert kb.match("how can I book a room for the onsite?").id == "room-booking"
    assert kb.match("I need to cancel tomorrow's interview").id == "cancel-interview"


def test_query_vector_is_the_fitted_vectorisers_transform(shipped):
    import numpy as np

    shipped.match("warm up")
    queries = ["How do I cancel an interview?", "zzzz qqqq xxxx", "¿Cómo reprogramo una entrevista?",
               "Zoom link missing\n\nthe candidate has no link " * 20, "ok", "İstanbul office room booking"]
    queries += [f"{a.title}\n{a.answer}" for a in shipped.articles]
    for query in queries:
        expected = shipped._vec.transform([query[:500]]).toarray().ravel()
        np.testing.assert_allclose(shipped._query_vector(query[:500]), expected, rtol=0, atol=1e-12)
