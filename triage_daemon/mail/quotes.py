"""Cut quoted history, forwarded headers and signatures, so the classifier reads only the new text.

The text is read line by line and every pattern is matched against one line from its start, so the
time is linear in the text: no pattern ever scans a run of blanks twice (`\\s*:?\\s*$` over a whole
body took minutes on a line of 190,000 spaces).
"""
from __future__ import annotations

import re

# Lines that start the quoted part of a reply, in the languages the help line sees (matched against
# the whole line, trailing blanks removed).
_REPLY_LINE = re.compile("|".join(f"(?:{p})" for p in [
    r"On .{5,200}(wrote|writes|a écrit|escribió|schrieb)\s*:?",
    r"Le .{5,200}a écrit\s*:?",
    r"El .{5,200}escribió\s*:?",
    r"Am .{5,200}schrieb(?: .{0,200})?",
    r"(?:Em|No dia|A|Às) [^\d]{0,40}\d.{3,200}escreveu\s*:?",   # a date in it: "Às vezes ele escreveu:" is a sentence
    (r"-{2,}+\s*+(Original Message|Ursprüngliche Nachricht|Message d'origine|Mensaje original|Forwarded message"
     r"|Weitergeleitete Nachricht|Message transféré|Mensaje reenviado|Begin forwarded message)\s*+-*+"),
    r"Begin forwarded message:?",
    r"_{10,}",
]), re.IGNORECASE)
# Outlook's block: a "From:" line followed by a "Sent:"/"Date:"/"To:" line (blank lines between allowed).
_FROM_LINE = re.compile(r"(From|Von|De|Da)\s*:.", re.IGNORECASE)
_SENT_LINE = re.compile(r"(Sent|Gesendet|Envoyé|Enviado|Date|Datum|Fecha|To|An|À|Para)\s*:", re.IGNORECASE)
# Outlook writes "Enviada:" (Portugal), "Enviado em:" (Brazil), "Enviado el:" (Spain), Gmail "Data:" (Portuguese).
# People type "De: 9h às 12h / Data: sexta" too, so these count only with a subject line a few lines on.
_SENT_LINE_WITH_SUBJECT = re.compile(r"(Enviad[oa] e[ml]|Enviada|Data)\s*:", re.IGNORECASE)
_SUBJECT_LINE = re.compile(r"(Subject|Betreff|Objet|Asunto|Assunto)\s*:", re.IGNORECASE)
# A Gmail "On ... wrote:" line is often wrapped over two lines.
_WRAPPED_ON = re.compile(r"On .{5,200}")
_WRAPPED_WROTE = re.compile(r".{0,200}wrote:")
_SIGNATURE = re.compile(r"(-- ?|—|Sent from my \w+.*|Enviado desde mi .*|Von meinem .* gesendet|Envoyé de mon .*"
                        r"|Enviado do meu .*|Enviado a partir do meu .*"
                        r"|Sent from Outlook.*|Get Outlook for .*|Obter o Outlook para .*|Obtener Outlook para .*"
                        r"|Obtenir Outlook pour .*|Outlook für .* herunterladen.*"
                        r"|(CONFIDENTIALITY|DISCLAIMER|PRIVILEGED)( NOTICE)?\b.*"
                        r"|IMPORTANT NOTICE\b.*"
                        r"|This (e-?mail|message|communication)( and any (files|attachments).{0,40})? "
                        r"(is|are|may (contain|be)|contains) .{0,40}(confidential|privileged|intended (solely |only )?for).*)",
                        re.IGNORECASE)
# Header lines of a forwarded or quoted block ("From: ...", "Sent: ...", "Asunto: ...").
_HEADER_LINE = re.compile(r"(from|sent|date|to|cc|subject|von|gesendet|datum|an|betreff|de|envoy[ée]|[àa]|objet"
                          r"|enviad[oa](?: e[ml])?|fecha|data|para|asunto|assunto)\s*:", re.IGNORECASE)
# First characters of the lines above: every other line is passed over without running a pattern.
_REPLY_FIRST = frozenset("OoLlEeAaÀà-BbFfVvDdNn_")
_SIGNATURE_FIRST = frozenset("-—SsEeVvGgCcDdPpIiTtOo")


def _is_reply_header(lines: list[str], i: int) -> bool:
    line = lines[i]
    if len(line) < 4 or line[0] not in _REPLY_FIRST:
        return False
    bare = line.rstrip()
    if len(bare) >= 10 and _REPLY_LINE.fullmatch(bare):   # none of them is shorter
        return True
    if _FROM_LINE.match(line):
        for j in range(i + 1, len(lines)):
            if lines[j].strip():
                nxt = lines[j].lstrip()
                if _SENT_LINE.match(nxt):
                    return True
                return _SENT_LINE_WITH_SUBJECT.match(nxt) is not None and _subject_follows(lines, j)
        return False
    return (8 <= len(line) <= 203 and i + 1 < len(lines) and _WRAPPED_ON.fullmatch(line) is not None
            and _WRAPPED_WROTE.fullmatch(lines[i + 1].rstrip()) is not None)


def _subject_follows(lines: list[str], j: int) -> bool:
    """A subject line among the next few non-blank lines after line j (a header block's)."""
    seen = 0
    for k in range(j + 1, len(lines)):
        if lines[k].strip():
            if _SUBJECT_LINE.match(lines[k].lstrip()):
                return True
            seen += 1
            if seen >= 4:
                return False
    return False


# A note that points at what follows it: it ends with a colon, says "below", or is a greeting alone.
_POINTER = re.compile(r"\b(below|inline|underneath|see (the )?(e-?mail|message|thread|note)|abaixo|em baixo|segue|seguem"
                      r"|vejam?|abajo|debajo|entre l[ií]neas|unten|siehe|ci-dessous|en dessous|voir)\b", re.IGNORECASE)
_GREETING = re.compile(r"(hi|hello|hey|dear|morning|good morning|bom dia|boa tarde|ol[áa]|hola|buenos d[íi]as|buenas"
                       r"|bonjour|salut|hallo|guten (morgen|tag)|moin)\b", re.IGNORECASE)
_WORD = re.compile(r"\w+")


def _points_below(note: str) -> bool:
    words = _WORD.findall(note[:400])
    if len(words) > 12:
        return False
    return note.rstrip().endswith(":") or _POINTER.search(note) is not None or \
        (len(words) <= 3 and _GREETING.match(note.lstrip()) is not None)


def _is_signature(line: str) -> bool:
    return bool(line) and line[0] in _SIGNATURE_FIRST and _SIGNATURE.fullmatch(line.rstrip()) is not None


def _is_marker(line: str) -> bool:
    """A separator line ("-- Forwarded message --") or "Begin forwarded message"."""
    bare = line.strip()
    return (len(bare) >= 4 and bare.startswith("--") and bare.endswith("--")) or \
        re.fullmatch(r"Begin forwarded message:?", bare, re.IGNORECASE) is not None


def strip_quotes(text: str) -> str:
    """The new part of a message: everything above the first reply/forward marker, minus signature."""
    if not text:
        return ""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    cut = next((i for i in range(len(lines)) if _is_reply_header(lines, i)), len(lines))
    head = lines[:cut]
    # A signature on the very first line is the message itself ("-- " alone is nothing to keep).
    sig = next((i for i, line in enumerate(head) if _is_signature(line)), None)
    if sig:
        head = head[:sig]
    stripped = "\n".join(ln for ln in head if not ln.lstrip().startswith(">")).strip()
    if not stripped or (cut < len(lines) and _points_below(stripped)):
        # A pure forward with no note, or a note that only points below ("Respostas abaixo.", "Recebi
        # isto hoje de manhã:", "Bom dia,"): classify on what follows too, minus quoting marks.
        bare = (ln.lstrip("> ").rstrip() for ln in lines)
        stripped = "\n".join(ln for ln in bare if not _HEADER_LINE.match(ln.lstrip()) and not _is_marker(ln)).strip()
    return stripped


# A subject that forwards: "Fwd:", "FW:", "WG:" (weitergeleitet), "TR:" (transféré), "RV:" (reenviado),
# "ENC:" (encaminhado), first of its prefixes ("Fwd: Re: ..." forwards a thread; "Re: Fwd: ..." answers).
FORWARD_SUBJECT = re.compile(r"\s*(fwd?|fw|wg|tr|rv|enc)\s*(\[\d+\])?\s*:", re.IGNORECASE)


# Every reply and forward prefix at the start of a subject, in the team's languages and their mail
# clients: "Re:", "AW:" and "Antw:" (German), "RV:" and "RES:" (Spanish, Portuguese), "TR:" and "Réf:"
# (French), "WG:", "SV:", "VS:", "ENC:", a counter ("Re[2]:"), repeated ("RE: Fwd: RE:").
REPLY_PREFIXES = re.compile(r"^\s*((re|fwd?|fw|aw|wg|tr|rv|r[ée]f|sv|vs|antw|enc|res)\s*(\[\d+\])?\s*:\s*)+",
                            re.IGNORECASE)


def bare_subject(subject: str) -> str:
    """The subject without its reply and forward prefixes."""
    return REPLY_PREFIXES.sub("", subject or "").strip()
