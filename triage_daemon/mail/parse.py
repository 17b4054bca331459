"""Raw bytes into a plain Message, with mail-parser and the stdlib `email` package as fallback."""
from __future__ import annotations

import email
import email.utils
import hashlib
import logging
import re
from email.header import decode_header, make_header
from email.message import Message as StdMessage

from ..message import Attachment, Message
from .htmltext import html_to_text
from .quotes import strip_quotes

MAX_TEXT = 200_000          # characters of body text kept; classification needs far less
MAX_HEADER_VALUE = 4_000    # longer header values are cut (huge headers are an attack, not content)
MAILPARSER_MAX_BYTES = 2 * 1024 * 1024
MAX_PARTS = 500             # walk at most this many MIME parts
MAX_HEADERS = 200           # header fields kept for rules and loop checks (first value of each name)
DECODED_HEADERS = ("subject", "from", "to", "cc", "reply-to", "sender")
_MSGID = re.compile(r"<([^<>\s]+)>")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]+")
_SPACES = re.compile(r"\s{2,}")

log = logging.getLogger(__name__)


class ParseError(Exception):
    """The message cannot be turned into a Message; it is quarantined with this reason."""


def _clean(value: str) -> str:
    """One line, no control characters: header values must never carry CR/LF into what we write."""
    if value.isprintable() and "  " not in value:  # the common case: no control or non-space blank
        return value.strip()[:MAX_HEADER_VALUE]
    return _SPACES.sub(" ", _CONTROL.sub(" ", value)).strip()[:MAX_HEADER_VALUE]


def _decode_header(value) -> str:
    if value is None:
        return ""
    if isinstance(value, str) and "=?" not in value and value.isascii():
        return _clean(value)  # no encoded words: decoding would return it unchanged
    try:
        return _clean(str(make_header(decode_header(str(value)))))
    except Exception:
        return _clean(str(value))


def _addresses(values: list[str]) -> list[tuple[str, str]]:
    """Split the raw header into addresses first, then decode only the names: an encoded name
    must never be read as address syntax (=?utf-8?q?boss=40example.com?= <mallory@evil>)."""
    out = []
    raw = [str(v) if not isinstance(v, str) else v for v in values if v]
    for name, addr in email.utils.getaddresses(raw):
        addr = _clean(addr).lower()
        # An address with blanks or control characters in it is not one we could ever answer.
        if "@" in addr and not addr.startswith("=?") and not re.search(r"\s", addr):
            out.append((_decode_header(name), addr))
    return out


def _ids(value: str) -> tuple[str, ...]:
    """Message-IDs, keeping only well-formed ones: an encoded word inside an id (=?...?=) would be
    decoded when we write it into References, and could smuggle a line break into our headers."""
    found = (m.group(1) for m in _MSGID.finditer(value or ""))
    return tuple(dict.fromkeys(i for i in found if "=?" not in i and i.isascii() and i.isprintable()))[:100]


def _encoded_size(payload: str, base64: bool) -> int:
    """Decoded size without decoding: base64 is 4 characters for 3 bytes, less its padding."""
    if not base64:
        return len(payload.encode("utf-8", "replace"))
    compact = re.sub(r"\s+", "", payload)
    return max(0, len(compact) * 3 // 4 - compact[-2:].count("="))


def _decode_part(part: StdMessage) -> str:
    try:
        payload = part.get_payload(decode=True)
    except Exception:
        payload = None
    if payload is None:
        raw = part.get_payload()
        return raw if isinstance(raw, str) else ""
    charset = part.get_content_charset() or "utf-8"
    for cs in (charset, "utf-8", "latin-1"):
        try:
            return payload.decode(cs, errors="replace" if cs == "latin-1" else "strict")
        except (LookupError, UnicodeDecodeError):
            continue
    return payload.decode("latin-1", errors="replace")


def _walk(msg: StdMessage) -> tuple[list[str], list[str], list[Attachment]]:
    """Text parts, HTML parts and attachment metadata, depth-first, bounded."""
    plains, htmls, attachments = [], [], []
    for count, part in enumerate(msg.walk()):
        if count >= MAX_PARTS:
            break
        if part.is_multipart():
            continue
        ctype = (part.get_content_type() or "text/plain").lower()
        disposition = (part.get("Content-Disposition") or "").lower()
        filename = part.get_filename()
        if filename or "attachment" in disposition or not ctype.startswith("text/"):
            raw = part.get_payload()
            encoding = str(part.get("Content-Transfer-Encoding", "")).lower()
            size = _encoded_size(raw, encoding == "base64") if isinstance(raw, str) else 0
            attachments.append(Attachment(_decode_header(filename or "") or "(unnamed)", ctype, size))
            continue
        if ctype == "text/html":
            htmls.append(_decode_part(part))
        elif ctype in ("text/plain", "text/enriched") or ctype == "text/rfc822-headers":
            plains.append(_decode_part(part))
    return plains, htmls, attachments


def parse(raw: bytes) -> Message:
    """Parse one message. Raises ParseError when there is nothing a person could read."""
    try:
        return _parse(raw)
    except ParseError:
        raise
    except Exception as exc:  # malformed mail must never escape as a crash: it is quarantined
        raise ParseError(f"malformed message ({type(exc).__name__}: {str(exc)[:200]})") from None


def _parse(raw: bytes) -> Message:
    if not isinstance(raw, (bytes, bytearray)):
        raise ParseError("not bytes")
    if not raw.strip():
        raise ParseError("empty message")
    digest = hashlib.sha256(raw).hexdigest()
    try:
        std = email.message_from_bytes(bytes(raw))
    except Exception as exc:  # compat32 rarely raises, but never let it escape
        raise ParseError(f"unparseable MIME structure: {type(exc).__name__}") from None
    if not std.keys():
        raise ParseError("no header fields: not an e-mail message")
    headers: dict[str, str] = {}
    for name, value in std.items()[:MAX_HEADERS]:
        name = _clean(str(name)).lower()
        if name and name not in headers:
            headers[name] = _decode_header(value) if name in DECODED_HEADERS else _clean(str(value))
    # mail-parser for MIME structures. A lone text/plain part with a declared charset needs no
    # structure work and decodes exactly with the stdlib, at half the cost. Big messages take the
    # lean stdlib walk too: mail-parser holds every attachment in memory, decoded. So do messages of more
    # than MAX_PARTS parts: mail-parser would walk every one of them.
    simple = not std.is_multipart() and std.get_content_type() == "text/plain" and std.get_content_charset()
    many = std.is_multipart() and sum(1 for _ in _bounded_parts(std)) >= MAX_PARTS
    text_plain, text_html, attachments = (_text_with_mailparser(std) if len(raw) <= MAILPARSER_MAX_BYTES
                                          and not simple and not many else (None, None, None))
    if text_plain is not None and any("\ufffd" in t for t in [*text_plain, *text_html] if t):
        text_plain = None  # mail-parser guessed a charset wrong (its #152): the stdlib walk tries harder
    if text_plain is None:
        try:
            text_plain, text_html, attachments = _walk(std)
        except Exception as exc:
            raise ParseError(f"cannot read the body: {type(exc).__name__}") from None
    plain = "\n\n".join(t for t in text_plain if t and t.strip())
    html = "\n".join(t for t in text_html if t)
    text = plain if plain.strip() else html_to_text(html)
    text = text.replace("\x00", "")[:MAX_TEXT]
    if plain.strip():
        stripped = strip_quotes(text)
    else:
        stripped = strip_quotes(html_to_text(html, drop_quotes=True)) or strip_quotes(text)
    senders = _addresses(std.get_all("From") or [])
    reply_to = _addresses(std.get_all("Reply-To") or [])
    date_iso = ""
    try:
        raw_date = str(std.get("Date") or "")
        parsed_date = email.utils.parsedate_to_datetime(raw_date) if raw_date.strip() else None
        date_iso = parsed_date.isoformat() if parsed_date else ""
    except (TypeError, ValueError, IndexError, OverflowError, AttributeError):
        date_iso = ""
    msgids = _ids(str(std.get("Message-ID") or ""))
    defects = tuple(sorted({type(d).__name__ for p in _bounded_parts(std) for d in getattr(p, "defects", [])}))
    return Message(
        message_id=msgids[0] if msgids else "",
        sender=senders[0][1] if senders else "",
        sender_name=senders[0][0] if senders else "",
        reply_to=reply_to[0][1] if reply_to else "",
        to=tuple(a for _, a in _addresses(std.get_all("To") or []))[:200],
        cc=tuple(a for _, a in _addresses(std.get_all("Cc") or []))[:200],
        subject=_decode_header(std.get("Subject")),
        date=date_iso,
        in_reply_to=(_ids(str(std.get("In-Reply-To") or "")) or ("",))[0],
        references=_ids(str(std.get("References") or "")),
        headers=headers,
        text=text,
        stripped=stripped[:20_000],
        attachments=tuple(attachments[:200]),
        content_type=(std.get_content_type() or "text/plain").lower(),
        size=len(raw),
        digest=digest,
        defects=defects,
    )


def _bounded_parts(std: StdMessage):
    for count, part in enumerate(std.walk()):
        if count >= MAX_PARTS:
            return
        yield part


def _text_with_mailparser(std: StdMessage):
    """mail-parser's decoded text and attachments; (None, None, None) when it fails on this input.

    It is handed the message the stdlib already parsed (what parse_from_bytes would build itself)."""
    try:
        import mailparser
        logging.getLogger("mailparser").setLevel(logging.CRITICAL)
        parsed = mailparser.MailParser(std)
        plains = list(parsed.text_plain or [])
        htmls = list(parsed.text_html or [])
        attachments = []
        for att in parsed.attachments[:200]:
            size = _encoded_size(att.get("payload") or "", bool(att.get("binary")))
            attachments.append(Attachment(_clean(str(att.get("filename") or "(unnamed)")),
                                          str(att.get("mail_content_type") or "application/octet-stream").lower(),
                                          size))
        return plains, htmls, attachments
    except Exception as exc:
        log.debug("mail-parser failed (%s); using the stdlib parser", type(exc).__name__)
        return None, None, None
