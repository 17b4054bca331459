"""Which of the team's languages a message is in: its words when they are clear, else its Content-Language."""
from __future__ import annotations

import pytest
from helpers import make_eml

from triage_daemon.mail.language import declared_language, guess_language
from triage_daemon.mail.parse import parse

ENGLISH = "Hi, how do I move an interview to another day? The candidate asked for Thursday and we have the room."
GERMAN = "Hallo, wie verschiebe ich ein Interview auf einen anderen Tag? Die Kandidatin hat nach Donnerstag gefragt."


def language(subject: str, body: str, header: str | None = None) -> str:
    headers = {"Content-Language": header} if header else {}
    return guess_language(parse(make_eml(subject=subject, body=body, headers=headers)))


@pytest.mark.parametrize("body,expected", [(ENGLISH, "en"), (GERMAN, "de"),
    ("Hola, ¿cómo cambio una entrevista a otro día? La candidata no puede el jueves y tengo la sala.", "es"),
    ("Bonjour, comment est-ce que je déplace un entretien ? La candidate ne peut pas jeudi et nous avons la salle.", "fr"),
    ("Olá, como eu remarco uma entrevista para outro dia? A candidata não pode na quinta e eu tenho a sala.", "pt")])
def test_the_words_say_the_language(body, expected):
    assert language("interview", body) == expected


def test_clear_words_outweigh_a_content_language_set_by_the_mail_program():
    # A German office's Outlook marks its English mail de-DE.
    assert language("moving an interview", ENGLISH, "de-DE") == "en"
    assert language("Interview verschieben", GERMAN, "en-US") == "de"


def test_content_language_decides_when_the_words_are_too_few():
    assert language("ok?", "ok?", "fr-FR") == "fr"
    assert language("ok?", "ok?") == "en"


@pytest.mark.parametrize("header,expected", [("de", "de"), ("de-DE", "de"), ("PT-br", "pt"), ("es, en", "es"),
                                             ("fr;q=0.9", "fr"), ("Deutsch", None), ("it-IT", None), ("", None)])
def test_a_content_language_header_names_its_first_tags_primary_language(header, expected):
    assert declared_language(header) == expected
