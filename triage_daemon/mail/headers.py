"""Header values, read and written safely: decoded as mail clients decode them, and written on one line.

Reading: raw 8-bit bytes (RFC 6532 UTF-8, or windows-1252 from old servers) are decoded as UTF-8, else
windows-1252; RFC 2047 words labelled iso-8859-1 or us-ascii are decoded as windows-1252, as the
WHATWG Encoding Standard and every mail client do (Outlook's "..." is byte 0x85).

Writing: Python's email package refuses a header value holding any character that str.splitlines()
breaks on (U+000B, U+000C, U+001C-U+001E, U+0085, U+2028, U+2029, not only CR and LF), so every value
we copy from a message loses all of them; display names go through the header registry's Address,
which quotes or encodes them (a name with ':' or '@' written bare would turn the address into a group).
"""
from __future__ import annotations

import re
from dataclasses import replace
from email.header import decode_header
from email.headerregistry import Address
from email.policy import SMTP

from ..message import Message

# Control characters (C0, DEL, C1) and the Unicode line and paragraph separators: every character
# str.splitlines() breaks on is among them.
_BREAKS_AND_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]+")
_BLANKS = re.compile(r"\s{2,}")
# A run of adjacent RFC 2047 words (the blanks between them are not text).
_ENCODED_RUN = re.compile(r"=\?[^?\s]+\?[qQbB]\?[^?\s]*\?=(?:\s+=\?[^?\s]+\?[qQbB]\?[^?\s]*\?=)*")
# windows-1252 over latin-1: bytes 0x80-0x9f are letters and signs (0x85 is "..."), except the five
# unassigned ones, which stay the C1 controls that one_line drops.
_CP1252_HIGH = {0x80 + i: ch for i, ch in enumerate(bytes(range(0x80, 0xA0)).decode("cp1252", "replace"))
                if ch != "\ufffd"}
# Labels whose text is windows-1252 in practice (WHATWG Encoding Standard, "windows-1252" labels).
_WINDOWS_1252 = {"iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "latin-1", "l1", "cp819", "ibm819",
                 "iso-ir-100", "csisolatin1", "us-ascii", "ascii", "ansi_x3.4-1968", "windows-1252", "cp1252",
                 "x-cp1252"}
FALLBACK_SUBJECT = "(the subject could not be copied)"


def one_line(text: str | None, limit: int = 200) -> str:
    """The text on one line: no control character or line break of any kind, blanks collapsed."""
    if not text:
        return ""
    if not text.isprintable():   # every break and control character is unprintable: the common case is quick
        text = _BREAKS_AND_CONTROLS.sub(" ", text)
    if "  " in text or not text.isprintable():
        text = _BLANKS.sub(" ", text)
    return text.strip()[:limit]


def decode_bytes(data: bytes) -> str:
    """Raw header bytes: UTF-8 when they are valid UTF-8, else windows-1252."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1").translate(_CP1252_HIGH)


def unraw(value: str) -> str:
    """A header value as the stdlib's compat32 parser keeps it (raw 8-bit bytes as surrogate escapes)
    with those bytes decoded as UTF-8, else windows-1252."""
    if value.isascii() or not any("\udc80" <= ch <= "\udcff" for ch in value):
        return value
    return decode_bytes(value.encode("utf-8", "surrogateescape"))


def _codec(charset: str | None) -> str:
    label = (charset or "").strip().lower()
    if label in _WINDOWS_1252:
        return "cp1252"
    if label in ("unknown-8bit", "x-unknown", "8bit", ""):
        return "utf-8"
    return label


def _decode_word(data: bytes, charset: str | None) -> str:
    if charset is None:   # blanks between words decode_header kept (ASCII)
        return data.decode("ascii", "replace")
    codec = _codec(charset)
    if codec == "cp1252":
        return data.decode("latin-1").translate(_CP1252_HIGH)
    try:
        return data.decode(codec)
    except (LookupError, UnicodeDecodeError):
        return decode_bytes(data) if codec == "utf-8" else data.decode(codec if _known(codec) else "utf-8", "replace")


def _known(codec: str) -> bool:
    import codecs
    try:
        codecs.lookup(codec)
        return True
    except LookupError:
        return False


def _decode_words(value: str) -> str:
    """RFC 2047 words decoded; the text around them kept as it is."""
    out, pos = [], 0
    for m in _ENCODED_RUN.finditer(value):
        out.append(value[pos:m.start()])
        try:
            out.append("".join(p if isinstance(p, str) else _decode_word(p, cs) for p, cs in decode_header(m.group())))
        except Exception:   # a malformed encoded word is kept as written
            out.append(m.group())
        pos = m.end()
    out.append(value[pos:])
    return "".join(out)


def decode(value: str | None, limit: int = 4000) -> str:
    """A header value for people: raw 8-bit bytes and RFC 2047 words decoded, on one line."""
    if not value:
        return ""
    value = unraw(str(value))
    if "=?" in value:
        value = _decode_words(value)
    return one_line(value, limit)


def subject(text: str, fallback: str = FALLBACK_SUBJECT, limit: int = 250) -> str:
    """A Subject value the email package will accept and fold; the fallback when it would not."""
    value = one_line(text, limit) or fallback
    try:
        SMTP.header_factory("subject", value).fold(policy=SMTP)
    except Exception:
        return fallback
    return value


def address(name: str | None, addr: str) -> Address | str:
    """Someone to write into From/To/Reply-To: the name quoted or encoded as it needs, never bare."""
    name = one_line(name, 200).replace("=?", "= ?")   # a decoded name must not be decoded a second time
    try:
        value = Address(display_name=name, addr_spec=addr)
        SMTP.header_factory("reply-to", value).fold(policy=SMTP)
        return value
    except Exception:   # a name the registry cannot write: the address alone
        return addr


def plain_copy(msg: Message) -> Message:
    """The message with nothing in its headers we could fail to copy: a plain subject, no display
    name, threaded only by its own id (the last resort when composing from it failed)."""
    return replace(msg, subject=FALLBACK_SUBJECT, sender_name="", references=(), in_reply_to="")
