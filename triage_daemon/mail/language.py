"""Which of the team's languages a message is written in, to answer in it where a template exists.

The common short words of the subject and the new text are counted. When they clearly say one
language, it is that one, whatever the headers say: mail programs set Content-Language from their
own settings, and a German office's English mail often carries `Content-Language: de-DE`. Else a
Content-Language header naming one of ours decides, else a clear lead of another language over
English. Unsure means English: a wrong guess costs more than none.
"""
from __future__ import annotations

import re

from ..message import Message

_WORDS = {
    "en": "the and is are to of my we you it not for with this have can how what please thanks our your when "
          "there does do i".split(),
    "de": "der die das und ist nicht ich wir sie mit für ein eine auf bitte danke kann wie was wird zu den dem "
          "des auch noch mein unser gibt habe hat keine kein wo warum".split(),
    "es": "el la los las y es no que en un una por para con gracias cómo qué mi se está hola tengo nuestro "
          "hay puedo dónde cuándo pero del al".split(),
    "fr": "le la les et est pas je nous vous du des un une pour avec merci comment que qui ne sur bonjour "
          "mon notre il elle au aux est-ce où quand".split(),
    "pt": "o a os as e é não que em um uma para com obrigado obrigada como meu minha você está olá nosso "
          "tenho posso onde quando mas do da no na".split(),
}
_SETS = {lang: set(words) for lang, words in _WORDS.items()}
_MARKS = {"de": "äöüß", "es": "ñ¿¡", "fr": "èêëàùœç", "pt": "ãõç"}
CLEAR_WORDS = 4      # the words say a language clearly: at least this many of its common words...
CLEAR_LEAD = 2.0     # ... and this many times as many as the next language's
_TOKEN = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?", re.UNICODE)


def guess_language(msg: Message) -> str:
    """'en', 'de', 'es', 'fr' or 'pt'."""
    scores = _word_scores(f"{msg.subject}\n{msg.stripped}"[:2000].lower())
    best = max(scores, key=scores.get)
    runner_up = max(v for k, v in scores.items() if k != best)
    if scores[best] >= CLEAR_WORDS and scores[best] >= CLEAR_LEAD * runner_up:
        return best
    declared = declared_language(msg.header("content-language"))
    if declared:
        return declared
    # Another language must clearly beat English and the rest (Spanish and Portuguese share many words).
    if best != "en" and scores[best] >= 2 and scores[best] >= 1.3 * runner_up:
        return best
    return "en"


def declared_language(header: str) -> str | None:
    """The first language tag's primary subtag ("de-DE, en" -> "de") when it is one of ours."""
    primary = re.split(r"[,;]", header.strip(), maxsplit=1)[0].strip().split("-")[0].lower()
    return primary if primary in _SETS else None


def _word_scores(text: str) -> dict[str, float]:
    tokens = _TOKEN.findall(text)
    scores = {lang: float(sum(1 for t in tokens if t in words)) for lang, words in _SETS.items()}
    for lang, marks in _MARKS.items():
        scores[lang] += sum(text.count(m) for m in marks) * 0.5
    return scores
