"""Cut quoted history, forwarded headers and signatures, so the classifier reads only the new text."""
from __future__ import annotations

import re

# Lines that start the quoted part of a reply, in the languages the help line sees.
_REPLY_HEADERS = [
    r"^On .{5,200}(wrote|writes|a écrit|escribió|schrieb)\s*:?\s*$",
    r"^Le .{5,200}a écrit\s*:?\s*$",
    r"^El .{5,200}escribió\s*:?\s*$",
    r"^Am .{5,200}schrieb .{0,200}$",
    r"^-{2,}\s*(Original Message|Ursprüngliche Nachricht|Message d'origine|Mensaje original|Forwarded message"
    r"|Weitergeleitete Nachricht|Message transféré|Mensaje reenviado|Begin forwarded message)\s*-{0,}\s*$",
    r"^Begin forwarded message:?\s*$",
    r"^_{10,}\s*$",
    r"^(From|Von|De|Da)\s*:\s*.+$(?=\n\s*(Sent|Gesendet|Envoyé|Enviado|Date|Datum|Fecha|To|An|À|Para)\s*:)",
]
_REPLY_RE = re.compile("|".join(f"(?:{p})" for p in _REPLY_HEADERS), re.IGNORECASE | re.MULTILINE)
# A Gmail "On ... wrote:" line is often wrapped over two lines.
_WRAPPED_ON = re.compile(r"^On [^\n]{5,200}\n[^\n]{0,200}wrote:\s*$", re.MULTILINE)
_SIGNATURE = re.compile(r"^(-- ?|—|Sent from my \w+.*|Enviado desde mi .*|Von meinem .* gesendet|Envoyé de mon .*"
                        r"|Sent from Outlook.*|Get Outlook for .*"
                        r"|(CONFIDENTIALITY|DISCLAIMER|PRIVILEGED)( NOTICE)?\b.*"
                        r"|IMPORTANT NOTICE\b.*"
                        r"|This (e-?mail|message|communication)( and any (files|attachments).{0,40})? "
                        r"(is|are|may (contain|be)|contains) .{0,40}(confidential|privileged|intended (solely |only )?for).*)"
                        r"\s*$", re.MULTILINE | re.IGNORECASE)
# Header lines of a forwarded or quoted block ("From: ...", "Sent: ...", "Asunto: ...").
_HEADER_LINE = re.compile(r"^\s*(from|sent|date|to|cc|subject|von|gesendet|datum|an|betreff|de|envoy[ée]|[àa]|objet"
                          r"|enviado|fecha|para|asunto)\s*:.*$", re.IGNORECASE)
_MARKER_LINE = re.compile(r"^\s*-{2,}.*-{2,}\s*$|^\s*Begin forwarded message:?\s*$", re.IGNORECASE)


def strip_quotes(text: str) -> str:
    """The new part of a message: everything above the first reply/forward marker, minus signature."""
    if not text:
        return ""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    cut = len(text)
    for rx in (_REPLY_RE, _WRAPPED_ON):
        m = rx.search(text)
        if m and m.start() < cut:
            cut = m.start()
    head = text[:cut]
    sig = _SIGNATURE.search(head)
    if sig and sig.start() > 0:
        head = head[:sig.start()]
    lines = [ln for ln in head.split("\n") if not ln.lstrip().startswith(">")]
    stripped = "\n".join(lines).strip()
    if not stripped:
        # A pure forward with no note: classify on what was forwarded, minus quoting marks.
        lines = (ln.lstrip("> ").rstrip() for ln in text.split("\n"))
        stripped = "\n".join(ln for ln in lines if not _HEADER_LINE.match(ln) and not _MARKER_LINE.match(ln)).strip()
    return stripped
