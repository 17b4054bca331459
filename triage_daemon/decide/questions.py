"""The question itself: the subject and the first sentences of the new text, without greetings or sign-offs.

Matching a question against an article works on these few sentences, not on the whole message:
a whole body drowns the question in greetings, context, signatures and disclaimers.
"""
from __future__ import annotations

import re

from ..mail.quotes import bare_subject
from ..message import Message

MAX_SENTENCES = 8      # sentences of the new text looked at; the question comes early in help-line mail
MAX_SENTENCE = 300     # characters kept of one sentence

# A line that only greets someone ("Hi team,", "Hallo zusammen!", "Bonjour à tous,").
_GREETING = re.compile(
    r"^(hi|hello|hey|hiya|dear|hallo|hola|bonjour|bonsoir|salut|ol[aá]|oi|buen[oa]s( d[ií]as| tardes)?|"
    r"guten (morgen|tag|abend)|moin|servus|gr[üu]ezi|liebe[rs]?|sehr geehrte[rs]?|good (morning|afternoon|evening)|"
    r"bom dia|boa tarde|prezad[oa]s?|car[oa]s?|estimad[oa]s?|cher|ch[eè]re|team|all|folks|everyone)\b"
    r"[^.!?\n]{0,40}[,!.:]?$", re.IGNORECASE)
# A line that closes the message: what follows is a signature.
_SIGN_OFF = re.compile(
    r"^(thanks|thank you|thx|ty|cheers|regards|best|kind regards|many thanks|merci|danke|vielen dank|gracias|"
    r"muchas gracias|obrigad[oa]|saludos|cordialement|bien [àa] vous|viele gr[üu](ß|ss)e|mfg|lg|bg|atenciosamente|"
    r"abra[çc]os?|um abra[çc]o|abs|cumprimentos|melhores cumprimentos|com os melhores cumprimentos|sauda[çc][õo]es|"
    r"un saludo|un abrazo|abrazos|atentamente|cordiales saludos|bien cordialement|sinc[èe]res salutations|"
    r"salutations|amiti[ée]s|beste gr[üu](ß|ss)e|freundliche gr[üu](ß|ss)e|mit freundlichen gr[üu](ß|ss)en|"
    r"liebe gr[üu](ß|ss)e|herzliche gr[üu](ß|ss)e|sch[öo]ne gr[üu](ß|ss)e|gru(ß|ss)|warm regards|all the best|"
    r"bonne journ[ée]e|sent from|enviado|von meinem|envoy[ée] de)\b", re.IGNORECASE)
# A form's or ticket's field ("Request number:    REQ0048213", "Priority: 4 - Low", "Description:"):
# a short label, a colon, at most a few words and no question.
_FORM_FIELD = re.compile(r"^[^\W\d][\w ./()-]{0,30}:(\s*|\s+[^?¿]{0,40})$")
# A link, up to its last character that is not a question mark: "?utm_source=..." asks nothing, while
# "Is it https://app.goodtime.io/settings?" still does.
_LINK = re.compile(r"\b(?:https?://|www\.|mailto:)\S*[^\s?¿]", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.?!])\s+")
_WORD = re.compile(r"\w{3}")


def question_sentences(subject: str, new_text: str) -> list[str]:
    """The subject (without Re:/Fwd:) and up to MAX_SENTENCES sentences of the new text."""
    out = []
    subject = bare_subject(subject)
    if subject:
        out.append(subject[:MAX_SENTENCE])
    taken = 0
    lines = [line.strip(" \t\r>*-•") for line in (new_text or "")[:20_000].split("\n")]
    lines = [line for line in lines if line]
    field = [_FORM_FIELD.match(line) is not None for line in lines]
    for i, line in enumerate(lines):
        # "Thanks! Will the sync be fixed too?" is not a sign-off: the thank-you is left out, the question read.
        thanks = len(line) < 60 and bool(_SIGN_OFF.match(line))
        if thanks and not asks([line]):
            if taken:
                break
            continue      # "Merci, ça marche !" above a new question opens the message; it does not close it
        # A form's fields come in a block; one "Question: where is the chat bubble" line is the question.
        in_form = field[i] and ((i > 0 and field[i - 1]) or (i + 1 < len(lines) and field[i + 1]))
        if in_form or _GREETING.match(line):
            continue
        for sentence in _SENTENCE_END.split(line):
            sentence = sentence.strip()
            if len(sentence) < 6 or not _WORD.search(sentence):
                continue
            if thanks and _SIGN_OFF.match(sentence) and not asks([sentence]):
                continue
            out.append(sentence[:MAX_SENTENCE])
            taken += 1
            if taken >= MAX_SENTENCES:
                return out
    return out


def message_question(msg: Message) -> list[str]:
    return question_sentences(msg.subject, msg.stripped)


def asks(sentences: list[str]) -> bool:
    """Whether any of these sentences is a question (a question mark, or Spanish's opening one)."""
    return any("?" in s or "¿" in s for s in sentences)


def new_text_asks(msg: Message) -> bool:
    """Whether the new text (not the subject, not the quoted thread, not a link's query string) asks something."""
    return asks([_LINK.sub(" ", s) for s in question_sentences("", msg.stripped)])
