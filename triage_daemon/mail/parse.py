"""Raw bytes into a plain Message, with mail-parser and the stdlib `email` package as fallback."""
from __future__ import annotations

import collections
import email
import email.utils
import hashlib
import logging
import re
from email.message import Message as StdMessage

from ..message import Attachment, Message
from . import headers as header_values
from .elide import SIZE_HEADER, cap_parts, elide
from .htmltext import html_texts
from .loops import LOOP_FIELDS
from .quotes import strip_quotes

MAX_TEXT = 200_000          # characters of body text kept; classification needs far less
MAX_HTML = 500_000          # characters of HTML read for its text (every text path is cut before it is read)
MAX_STRIPPED = 20_000       # characters of the new text kept
MAX_HEADER_VALUE = 4_000    # longer header values are cut (huge headers are an attack, not content)
MAILPARSER_MAX_BYTES = 2 * 1024 * 1024
MAX_PARTS = 500             # walk at most this many MIME parts
MAX_DELIMITERS = 4 * MAX_PARTS   # MIME delimiter lines parsed (nested multiparts have a delimiter each)
MAX_FIELD_CHARS = 65_536    # a header field longer than this is cut before it is parsed
MAX_HEADERS = 200           # header fields kept for rules and loop checks (first value of each name)
DECODED_HEADERS = ("subject", "from", "to", "cc", "reply-to", "sender")
_MSGID = re.compile(r"<([^<>\s]+)>")
_BARE_MSGID = re.compile(r"[^<>\s@]+@[^<>\s@]+")   # "Message-ID: id@host", as some clients write it
_ITIP_METHOD = re.compile(rb"^METHOD:[ \t]*([A-Za-z-]{1,40})[ \t]*\r?$", re.MULTILINE)
_METHOD_NAME = re.compile(r"[A-Za-z-]{1,40}")
CALENDAR_BYTES = 65_536     # of a calendar part read for its METHOD line when its Content-Type has none

log = logging.getLogger(__name__)


class ParseError(Exception):
    """The message cannot be turned into a Message; it is quarantined with this reason."""


def _clean(value: str) -> str:
    """One line, no control characters: header values must never carry a line break into what we write."""
    return header_values.one_line(value, MAX_HEADER_VALUE)


def _decode_header(value) -> str:
    """RFC 2047 words and raw 8-bit bytes (UTF-8, else windows-1252) decoded, on one line."""
    if value is None:
        return ""
    if isinstance(value, str) and "=?" not in value and value.isascii():
        return _clean(value)  # no encoded words: decoding would return it unchanged
    return header_values.decode(str(value), MAX_HEADER_VALUE)


def _addresses(values: list[str]) -> list[tuple[str, str]]:
    """Split the raw header into addresses first, then decode only the names: an encoded name
    must never be read as address syntax (=?utf-8?q?boss=40example.com?= <mallory@evil>)."""
    out = []
    for value in (v if isinstance(v, str) else str(v) for v in values if v):
        out += _readable_addresses(header_values.unraw(value), _utf8(value))
    return out


def _utf8(value: str) -> bool:
    """Whether the raw 8-bit bytes of a header (surrogate escapes) are UTF-8 (RFC 6532) or none."""
    try:
        value.encode("utf-8", "surrogateescape").decode("utf-8")
        return True
    except UnicodeError:
        return False


def _readable_addresses(value: str, utf8: bool) -> list[tuple[str, str]]:
    out = []
    for name, addr in email.utils.getaddresses([value]):
        addr = _clean(addr).lower()
        # Raw bytes that are not UTF-8 may be read as windows-1252 in a name, never in an address: an
        # address is UTF-8 (RFC 6532) or it is not one anybody can receive mail at.
        if not utf8 and not addr.isascii():
            continue
        # An address with blanks or control characters in it, or a byte no charset could read (U+FFFD),
        # or one that reads back as another address once written in a header, is not one we could
        # ever answer.
        if "@" in addr and not addr.startswith("=?") and not re.search(r"\s", addr) and "\ufffd" not in addr \
                and _reads_back(addr):
            out.append((_decode_header(name), addr))
    return out


_PLAIN_ADDRESS = re.compile(r"[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9-]+(\.[a-z0-9-]+)*")


def _reads_back(addr: str) -> bool:
    """Whether `addr` written as a To: field reads back as itself (l@host[10.0.0.2] reads as l@host)."""
    if _PLAIN_ADDRESS.fullmatch(addr):
        return True
    try:
        import email.policy
        found = email.policy.default.header_factory("to", addr).addresses
        return len(found) == 1 and found[0].addr_spec.lower() == addr
    except Exception:
        return False


def _message_id(value: str) -> str:
    """The Message-ID, with or without its angle brackets; "" when there is none."""
    ids = _ids(value)
    if ids:
        return ids[0]
    bare = value.strip()
    return bare if _BARE_MSGID.fullmatch(bare) and bare.isascii() and bare.isprintable() and "=?" not in bare else ""


def _ids(value: str) -> tuple[str, ...]:
    """Message-IDs, keeping only well-formed ones: an encoded word inside an id (=?...?=) would be
    decoded when we write it into References, and could smuggle a line break into our headers."""
    found = (m.group(1) for m in _MSGID.finditer(value or ""))
    return tuple(dict.fromkeys(i for i in found if "=?" not in i and i.isascii() and i.isprintable()))[:100]


def _encoded_size(payload: str, base64: bool) -> int:
    """Decoded size without decoding: base64 is 4 characters for 3 bytes, less its padding."""
    if not base64:
        return len(payload.encode("utf-8", "replace"))
    compact = "".join(payload.split())  # str.split() drops what \s matches, at C speed
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
            return whole_characters(payload.decode(cs, errors="replace" if cs == "latin-1" else "strict"))
        except (LookupError, UnicodeDecodeError):
            continue
    return payload.decode("latin-1", errors="replace")


_SURROGATE = re.compile("[\ud800-\udfff]")


def whole_characters(text: str) -> str:
    """The text with every lone surrogate (which a codec such as UTF-7 lets through, and which no
    encoder, hash or log can take) replaced by U+FFFD; a pair of them becomes its one character."""
    if not _SURROGATE.search(text):
        return text
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


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
            if part.get(SIZE_HEADER, "").strip().isdigit():   # its body was left out before parsing (elide.py)
                size = int(part[SIZE_HEADER].strip())
            attachments.append(Attachment(_decode_header(filename or "") or "(unnamed)", ctype, size))
            continue
        if ctype == "text/html":
            htmls.append(_decode_part(part))
        elif ctype in ("text/plain", "text/enriched") or ctype == "text/rfc822-headers":
            plains.append(_decode_part(part))
    return plains, htmls, attachments


def _calendar(std: StdMessage) -> tuple[str, str]:
    """The iTIP method (RFC 5546: REQUEST, REPLY, CANCEL...) of the message's own calendar part, upper
    case, "" when it has none; and, for a REPLY, the note the attendee typed (`calendar_note`). A
    calendar attached as a file, or inside an attached or forwarded message, is not its own."""
    queue, seen = collections.deque([std]), 0
    while queue and seen < MAX_PARTS:
        part = queue.popleft()
        seen += 1
        ctype = (part.get_content_type() or "").lower()
        if ctype == "message/rfc822":
            continue
        if part.is_multipart():
            payload = part.get_payload()
            queue.extend(payload if isinstance(payload, list) else [])
            continue
        if ctype != "text/calendar" or part.get_filename() or \
                "attachment" in str(part.get("Content-Disposition", "")).lower():
            continue   # an .ics a person attached is not what the message is
        method = email.utils.collapse_rfc2231_value(part.get_param("method") or "").strip()
        body = b""
        if not method or method.upper() == "REPLY":   # its text is read for its METHOD line or its note
            try:
                body = part.get_payload(decode=True) or b""
            except Exception:
                body = b""
            body = bytes(body[:CALENDAR_BYTES]) if isinstance(body, (bytes, bytearray)) else b""
        if not method:
            found = _ITIP_METHOD.search(body)
            method = found.group(1).decode("ascii") if found else ""
        if _METHOD_NAME.fullmatch(method):
            method = method.upper()
            return method, calendar_note(body) if method == "REPLY" else ""
    return "", ""


# An attendee's note on an answer: Outlook's COMMENT property, Google Calendar's X-RESPONSE-COMMENT
# parameter of the ATTENDEE line (RFC 5545 3.8.1.4, 3.2; the lines unfolded first).
_COMMENT = re.compile(rb'^COMMENT(?:;[^:\r\n]*)?:([^\r\n]*)', re.MULTILINE)
_RESPONSE_COMMENT = re.compile(rb'^ATTENDEE;[^\r\n]*?X-RESPONSE-COMMENT="([^"\r\n]*)"', re.MULTILINE)
_ICS_ESCAPE = re.compile(r"\\([nN,;\\])")
NOTE_CHARS = 2000


def calendar_note(ics: bytes) -> str:
    """The note an attendee typed on an answer to an invitation, from its calendar text, or ""."""
    unfolded = re.sub(rb"\r?\n[ \t]", b"", ics)
    found = _COMMENT.search(unfolded) or _RESPONSE_COMMENT.search(unfolded)
    if not found:
        return ""
    text = found.group(1)[:NOTE_CHARS * 4].decode("utf-8", "replace")
    return _ICS_ESCAPE.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1), text).strip()[:NOTE_CHARS]


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
    if not raw or raw.isspace():   # (strip() would copy a large message)
        raise ParseError("empty message")
    digest = hashlib.sha256(raw).hexdigest()
    try:
        # A large message is read without its large bodies (only their sizes are needed): the stdlib
        # parser would hold each as lines, about eight times its size. A message of very many parts is
        # read to its MAX_DELIMITERS-th delimiter: the parser builds an object per part (cap_parts).
        readable = cap_parts(bytes(raw), MAX_DELIMITERS)
        std = email.message_from_bytes(elide(readable) if len(readable) > MAILPARSER_MAX_BYTES else readable)
        _cap_fields(std)
    except Exception as exc:  # compat32 rarely raises, but never let it escape
        raise ParseError(f"unparseable MIME structure: {type(exc).__name__}") from None
    if not std.keys():
        raise ParseError("no header fields: not an e-mail message")
    headers: dict[str, str] = {}
    raw_fields: dict[str, list] = {}   # the values as received (raw 8-bit bytes kept), by lower-case name
    for name, value in std.raw_items():
        raw_fields.setdefault(str(name).lower(), []).append(value)
    for name, value in list(std.raw_items())[:MAX_HEADERS]:
        name = _clean(str(name)).lower()
        if name and name not in headers:
            headers[name] = _decode_header(value) if name in DECODED_HEADERS else \
                _clean(header_values.unraw(str(value)))
    # The loop checks' fields wherever they stand, and a robot's mark over a "no" that came first: 205
    # Received lines, or "Auto-Submitted: no" then "auto-replied", hid an auto-reply (a hostile review).
    for name in LOOP_FIELDS:
        values = [_clean(header_values.unraw(str(v))) for v in raw_fields.get(name, [])[:MAX_HEADERS]]
        marked = [v for v in values if v.strip().lower() not in ("", "no")]
        if marked or (values and name not in headers):
            headers[name] = (marked or values)[0]
    # Every Authentication-Results, one per line: a chain of milters writes SPF, DKIM and DMARC in
    # separate fields, and a dmarc=fail in the second was not seen (a hostile review).
    results = [_clean(header_values.unraw(str(v))) for v in raw_fields.get("authentication-results", [])[:20]]
    if results:
        headers["authentication-results"] = "\n".join(results)
    # mail-parser for MIME structures. A lone text/plain part with a declared charset needs no
    # structure work and decodes exactly with the stdlib, at half the cost. Big messages take the
    # lean stdlib walk too: mail-parser holds every attachment in memory, decoded. So do messages of more
    # than MAX_PARTS parts: mail-parser would walk every one of them.
    simple = not std.is_multipart() and std.get_content_type() == "text/plain" and std.get_content_charset()
    many = std.is_multipart() and sum(1 for _ in _bounded_parts(std)) >= MAX_PARTS
    text_plain, text_html, attachments = (_text_and_attachments(std) if len(raw) <= MAILPARSER_MAX_BYTES
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
    new = ""
    if plain.strip():
        text = plain[:MAX_TEXT]
    else:
        text, new = html_texts(html[:MAX_HTML], MAX_TEXT)
    text = text.replace("\x00", "")[:MAX_TEXT]
    if plain.strip():
        stripped = strip_quotes(text)
    else:
        stripped = strip_quotes(new.replace("\x00", "")[:MAX_TEXT]) or strip_quotes(text)
    senders = _addresses(raw_fields.get("from", []))
    reply_to = _addresses(raw_fields.get("reply-to", []))
    date_iso = ""
    try:
        raw_date = str(std.get("Date") or "")
        parsed_date = email.utils.parsedate_to_datetime(raw_date) if raw_date.strip() else None
        date_iso = parsed_date.isoformat() if parsed_date else ""
    except (TypeError, ValueError, IndexError, OverflowError, AttributeError):
        date_iso = ""
    message_id = _message_id(str(std.get("Message-ID") or ""))
    defects = tuple(sorted({type(d).__name__ for p in _bounded_parts(std) for d in getattr(p, "defects", [])}))
    calendar_method, note = _calendar(std)
    return Message(
        message_id=message_id,
        sender=senders[0][1] if senders else "",
        sender_name=senders[0][0] if senders else "",
        reply_to=reply_to[0][1] if reply_to else "",
        to=tuple(a for _, a in _addresses(raw_fields.get("to", [])))[:200],
        cc=tuple(a for _, a in _addresses(raw_fields.get("cc", [])))[:200],
        subject=_decode_header((raw_fields.get("subject") or [None])[0]),
        date=date_iso,
        in_reply_to=(_ids(str(std.get("In-Reply-To") or "")) or ("",))[0],
        references=_ids(str(std.get("References") or "")),
        headers=headers,
        text=text,
        stripped=stripped[:MAX_STRIPPED],
        attachments=tuple(attachments[:200]),
        content_type=(std.get_content_type() or "text/plain").lower(),
        calendar=calendar_method,
        calendar_note=note,
        size=len(raw),
        digest=digest,
        defects=defects,
    )


def _cap_fields(std: StdMessage) -> None:
    """Cut every header field, the message's and its parts', to MAX_FIELD_CHARS before anything reads it: the
    stdlib parses a Content-Type's parameters and decodes runs of RFC 2047 words in time that grows with the
    square of their length (2 MB of parameters took 43 s, a 1.7 MB Subject of encoded words 31 s)."""
    for part in _bounded_parts(std):
        fields = part._headers   # compat32 keeps them as a list of (name, value)
        if any(isinstance(v, str) and len(v) > MAX_FIELD_CHARS for _, v in fields):
            part._headers = [(n, v[:MAX_FIELD_CHARS] if isinstance(v, str) else v) for n, v in fields]


def _bounded_parts(std: StdMessage):
    for count, part in enumerate(std.walk()):
        if count >= MAX_PARTS:
            return
        yield part


def _text_and_attachments(std: StdMessage):
    """mail-parser's text and attachments, (None, None, None) when it fails on this input.

    `_like_mailparser` gives them without mail-parser's header work, which we do not use and which
    costs most of its time on real mail (parsing every Received header, re-parsing the addresses and
    dates, decoding every header twice); mail-parser itself only for a broken multipart whose parts
    it recovers from the epilogue."""
    try:
        found = _like_mailparser(std)
    except Exception as exc:
        log.debug("mail-parser's reading failed (%s); using the stdlib walk", type(exc).__name__)
        return None, None, None
    return found if found is not None else _text_with_mailparser(std)


def _like_mailparser(std: StdMessage):
    """MailParser.parse()'s walk over the parts, for text and attachments only: the same parts read as
    text or as attachments, decoded the same way. None when a part lost its start boundary (mail-parser
    then recovers parts from the epilogue: let it)."""
    from mailparser.utils import as_string_safe, decode_header_part, mime_header_view, ported_string, raw_payload

    parts, in_attachment = [], set()
    for count, part in enumerate(std.walk()):
        if count >= MAX_PARTS:
            break
        if any(type(d).__name__ == "StartBoundaryNotFoundDefect" for d in part.defects):
            return None
        inside = id(part) in in_attachment
        parts.append((part, inside))
        if part.is_multipart():
            # RFC 2183: a disposition applies to the whole container; its inline children stay inside.
            disposition = part.get_content_disposition()
            if inside or disposition not in (None, "inline") or (disposition != "inline" and part.get_filename()):
                in_attachment.update(id(child) for child in part.get_payload())
    plains, htmls, attachments = [], [], []
    for part, inside in parts:
        # mime_header_view copies the four MIME headers, decoded as UTF-8: a part with a few plain ASCII
        # headers reads the same by itself (a message's top part has dozens: the copy is quicker to ask).
        meta = part if len(part) <= 8 and _ascii_mime_headers(part) else mime_header_view(part)[0]
        filename = decode_header_part(meta.get_filename())
        disposition = ported_string(meta.get_content_disposition()).lower()
        multipart = part.is_multipart()
        if multipart and disposition != "attachment":
            continue
        subtype = ported_string(meta.get_content_subtype())
        content_id = ported_string(meta.get("content-id"))
        is_attachment = True
        if filename:
            pass
        elif content_id and subtype not in ("html", "plain"):
            filename = content_id
        elif subtype in "rtf":  # mail-parser's test, a substring one ("rtf", "tf", "f", ...)
            filename = "(unnamed).rtf"
        elif disposition == "attachment":
            filename = "(unnamed).txt"
        else:
            is_attachment = False
        if is_attachment:
            encoding = ported_string(meta.get("content-transfer-encoding", "")).strip().lower()
            if multipart:
                size = _encoded_size("".join(as_string_safe(m) for m in part.get_payload(decode=False)), False)
            elif encoding == "base64":
                payload = raw_payload(part)
                size = _encoded_size(payload, True) if isinstance(payload, str) else len(payload)
            else:
                size = len(part.get_payload(decode=True))
            attachments.append(Attachment(_clean(filename), ported_string(meta.get_content_type()).lower(), size))
        inline_text = (not inside and not multipart and disposition == "inline"
                       and part.get_content_type() in ("text/plain", "text/html"))
        if not is_attachment or inline_text:
            text = _mailparser_text(part, meta)
            if text:
                kind = part.get_content_subtype()
                if kind == "html":
                    htmls.append(text)
                elif kind == "plain":
                    plains.append(text)
    return plains, htmls, attachments[:200]


_MIME_HEADERS = ("content-type", "content-disposition", "content-id", "content-transfer-encoding")


def _ascii_mime_headers(part: StdMessage) -> bool:
    return all(isinstance(v, str) and v.isascii() for k, v in part.raw_items() if k.lower() in _MIME_HEADERS)


def _mailparser_text(part: StdMessage, meta: StdMessage) -> str:
    """MailParser._decode_body_payload: 7/8-bit text as the stdlib holds it, else the declared
    charset, else UTF-8. `meta` holds the part's MIME headers."""
    charset = meta.get_content_charset("utf-8")
    encoding = str(meta.get("Content-Transfer-Encoding", "") or "").strip().lower()
    if not encoding or encoding in ("7bit", "8bit"):
        raw = part._payload
        if isinstance(raw, str):
            try:
                raw.encode("utf-8")
                return raw
            except UnicodeEncodeError:
                pass
    payload = part.get_payload(decode=True)
    if not payload:
        return ""
    try:
        text = payload.decode(charset)
        text.encode("utf-8")
    except (LookupError, UnicodeError):
        try:
            text = payload.decode("utf-8")
        except UnicodeDecodeError:
            text = payload.decode("utf-8", "replace")
    return text


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
