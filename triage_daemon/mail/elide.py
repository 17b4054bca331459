"""Large message bodies left out before a message is parsed, so that reading it fits in memory.

The stdlib parser holds a part's body as a list of lines, then joined: a 24 MB attachment costs it
about 190 MB for a moment. The decision needs no attachment's bytes (only its name, type and size)
and no more than the first MAX_TEXT characters of a text part. So before a large message is parsed,
each large attachment body is replaced by its first line, with its decoded size in a header of the
part (`X-Triage-Decoded-Size`), and each large text body is cut at a line break. One pass over the
bytes. The original is never changed: a forward attaches it as it was received.

A message of very many parts is cut too (`cap_parts`): the parser builds an object per part, and
104,000 small parts cost it 190 MB and 2.6 s, while a message is read only to its first MAX_PARTS.
"""
from __future__ import annotations

import re

SIZE_HEADER = "X-Triage-Decoded-Size"
LARGE = 256 * 1024           # a part body larger than this is left out (attachments) or cut (text)
TEXT_KEEP = 1024 * 1024      # bytes of a large text body kept: more than parse's MAX_TEXT characters
_BOUNDARY = re.compile(rb'boundary\s*=\s*(?:"([^"\r\n]{1,200})"|([^\s;"]{1,200}))', re.IGNORECASE)
_BLANK_LINE = re.compile(rb"\r?\n\r?\n")
_BASE64 = re.compile(rb"^content-transfer-encoding\s*:\s*base64", re.IGNORECASE | re.MULTILINE)
_CTYPE = re.compile(rb"^content-type\s*:\s*([!-~]+)", re.IGNORECASE | re.MULTILINE)


def elide(raw: bytes) -> bytes:
    """The message with its large part bodies left out, or `raw` itself when none is large."""
    if len(raw) <= LARGE:
        return raw
    head = _BLANK_LINE.search(raw)
    if head is None:
        return raw
    if not _content_type(raw[:head.start()]).startswith(b"multipart/"):
        spans = [(0, head.start(), head.end(), len(raw))]
    else:
        spans = list(_parts(raw))
    out: list[bytes] = []
    pos = 0
    for start, head_end, body_start, end in spans:
        lean = _lean(raw, start, head_end, body_start, end)
        if lean is not None:
            out.append(raw[pos:start])
            out += lean
            pos = end
    if not out:
        return raw
    out.append(raw[pos:])
    return b"".join(out)


def cap_parts(raw: bytes, limit: int) -> bytes:
    """The message up to its `limit`-th MIME delimiter line, or `raw` itself when it has fewer. What
    follows is never read (parse walks fewer parts than that); the parser takes the multipart as
    unterminated, a defect it tolerates."""
    if raw.count(b"\n--") < limit:           # one pass in C: almost every message stops here
        return raw
    boundaries = sorted({m.group(1) or m.group(2) for m in _BOUNDARY.finditer(raw)}, key=len, reverse=True)
    if not boundaries:
        return raw
    delimiter = re.compile(rb"^--(?:" + b"|".join(re.escape(b) for b in boundaries) + rb")(?:--)?[ \t]*\r?$",
                           re.MULTILINE)
    for count, mark in enumerate(delimiter.finditer(raw), 1):
        if count >= limit:
            return raw[:mark.start()]
    return raw


def _content_type(head: bytes) -> bytes:
    m = _CTYPE.search(head)
    return m.group(1).lower().rstrip(b";") if m else b"text/plain"


def _parts(raw: bytes):
    """(start, header end, body start, body end) of every part whose body is large: the spans between
    two consecutive delimiter lines of any boundary the message declares."""
    boundaries = sorted({m.group(1) or m.group(2) for m in _BOUNDARY.finditer(raw)}, key=len, reverse=True)
    if not boundaries:
        return
    delimiter = re.compile(rb"^--(?:" + b"|".join(re.escape(b) for b in boundaries) + rb")(?:--)?[ \t]*\r?$",
                           re.MULTILINE)
    previous = None
    for mark in delimiter.finditer(raw):
        if previous is not None:
            start = previous.end() + 1
            end = mark.start() - 1                  # the line break before a delimiter belongs to it
            if end > start and raw[end - 1:end] == b"\r":
                end -= 1
            blank = _BLANK_LINE.search(raw, start, end) if end - start > LARGE else None
            if blank is not None and end - blank.end() > LARGE:
                yield start, blank.start(), blank.end(), end
        previous = mark


def _lean(raw: bytes, start: int, head_end: int, body_start: int, end: int) -> list[bytes] | None:
    """What replaces raw[start:end] (the part's header and large body), or None to keep it."""
    ctype = _content_type(raw[start:head_end])
    if ctype.startswith(b"multipart/") or ctype == b"message/rfc822":
        return None   # its parts have delimiters of their own
    if ctype.startswith(b"text/"):
        cut = raw.rfind(b"\n", body_start, body_start + TEXT_KEEP)
        return [raw[start:cut + 1 if cut > body_start else body_start + TEXT_KEEP]]
    base64 = _BASE64.search(raw, start, head_end) is not None
    size = _base64_size(raw, body_start, end) if base64 else end - body_start
    newline = b"\r\n" if raw[head_end:head_end + 1] == b"\r" else b"\n"
    first = raw.find(b"\n", body_start, min(end, body_start + 1000))
    return [raw[start:head_end], newline + f"{SIZE_HEADER}: {size}".encode(), raw[head_end:body_start],
            raw[body_start:first + 1] if first >= 0 else b""]


def _base64_size(raw: bytes, start: int, end: int) -> int:
    """Decoded size of a base64 body without decoding or copying it: 3 bytes per 4 characters, less padding."""
    blanks = sum(raw.count(c, start, end) for c in (b"\n", b"\r", b" ", b"\t"))
    tail = raw[max(start, end - 8):end].rstrip()
    return max(0, (end - start - blanks) * 3 // 4 - tail[-2:].count(b"="))
