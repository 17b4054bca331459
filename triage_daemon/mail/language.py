"""Which of the team's languages a message is written in, to answer in it where a template exists.

A Content-Language header decides when it names one of ours; else the common short words of the
subject and the new text are counted. Unsure means English: a wrong guess costs more than none.
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
_TOKEN = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?", re.UNICODE)


def guess_language(msg: Message) -> str:
    """'en', 'de', 'es', 'fr' or 'pt'."""
    declared = msg.header("content-language").strip().lower()[:2]
    if declared in _SETS:
        return declared
    text = f"{msg.subject}\n{msg.stripped}"[:2000].lower()
    tokens = _TOKEN.findall(text)
    if not tokens:
        return "en"
    scores = {lang: sum(1 for t in tokens if t in words) for lang, words in _SETS.items()}
    for lang, marks in _MARKS.items():
        scores[lang] += sum(text.count(m) for m in marks) * 0.5
    best = max(scores, key=scores.get)
    runner_up = max(v for k, v in scores.items() if k != best)
    # Another language must clearly beat English and the rest (Spanish and Portuguese share many words).
    if best != "en" and scores[best] >= 2 and scores[best] >= 1.3 * runner_up:
        return best
    return "en"
