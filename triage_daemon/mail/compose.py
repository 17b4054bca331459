"""The messages the daemon writes: KB reply, product-board reply, forward to Support, CSM notice,
acknowledgement and draft. Their words come from the templates (templates.py); this module builds the
headers, threads them and attaches the original."""
from __future__ import annotations

import hashlib
import re
from datetime import datetime, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import formatdate

from ..config import Config
from ..message import Decision, KbMatch, Message
from .language import guess_language
from . import headers
from .loops import LOOP_HEADER, OUR_ID_PREFIX
from .support_details import extract
from .templates import markdown_to_html, templates_for  # noqa: F401  (markdown_to_html: part of this API)

ACTION_HEADER = "X-Triage-Action"
REFERENCE_HEADER = "X-Triage-Reference"
DRAFT_HEADER = "X-Triage-Draft"          # why a draft was written: "<article-id> <score>"
PRODUCT_BOARD_DRAFT = "product-board"    # the draft's article id when it is the product-board reply
# The kind of each message we write (as the state names it) -> what its X-Triage-Action header says.
ACTION_OF_KIND = {"reply": "auto_reply", "product": "product_board_reply", "forward": "forward_support",
                  "csm": "flag_csm", "ack": "acknowledgement", "draft": "draft"}
URGENCY = {"urgent": "Urgent", "high": "High", "normal": "Normal", "low": "Low"}


def our_message_id(key: str, kind: str, domain: str) -> str:
    """Deterministic, so a resend after a crash carries the same id and can be recognised."""
    digest = hashlib.sha256(f"{key}\0{kind}".encode()).hexdigest()[:24]
    return f"{OUR_ID_PREFIX}{kind}.{digest}@{domain}"


def _one_line(text: str, limit: int = 200) -> str:
    return headers.one_line(text, limit)


def _reply_subject(subject: str) -> str:
    subject = _one_line(subject) or "your message"
    return subject if re.match(r"^re\s*:", subject, re.IGNORECASE) else f"Re: {subject}"


def _base(cfg: Config, key: str, kind: str, to: str, subject: str, auto: str | None) -> EmailMessage:
    msg = EmailMessage(policy=SMTP)
    msg["From"] = headers.address(cfg.display_name, cfg.helpline_address)
    msg["To"] = to
    msg["Subject"] = headers.subject(subject)
    msg["Date"] = formatdate(localtime=False, usegmt=True)
    msg["Message-ID"] = f"<{our_message_id(key, kind, cfg.helpline_domain)}>"
    if auto:  # a draft is sent by a person: no automatic marks
        msg["Auto-Submitted"] = auto
        msg["X-Auto-Response-Suppress"] = "All"
        msg[LOOP_HEADER] = cfg.helpline_address
    msg[ACTION_HEADER] = ACTION_OF_KIND[kind]
    return msg


def _thread(msg: EmailMessage, original: Message) -> None:
    # parse.py keeps only well-formed ids; this is the second lock on the same door.
    if original.message_id and "=?" not in original.message_id and original.message_id.isprintable():
        msg["In-Reply-To"] = f"<{original.message_id}>"
        refs = [r for r in original.references if r != original.message_id][-20:] + [original.message_id]
        msg["References"] = " ".join(f"<{r}>" for r in refs)


def _first_name(original: Message) -> str:
    full = _one_line(original.sender_name) if original.sender_name else ""
    last, comma, rest = full.partition(",")
    if comma and len(last.split()) <= 3 and 1 <= len(rest.split()) <= 2:   # "Nguyen, Linh": a directory's "Last, First"
        full = rest
    name = full.strip().split(" ")[0].strip("\"',") if full.strip() else ""
    return name if name and name.isprintable() and "@" not in name else ""


def _when(iso: str) -> str:
    """The original's Date, for people: in UTC, with the sender's own clock beside it."""
    try:
        dt = datetime.fromisoformat(iso)
    except ValueError:
        return ""
    if dt.tzinfo is None:
        return f"{dt:%a %d %b %Y %H:%M}"
    utc = dt.astimezone(timezone.utc)
    local = "" if dt.utcoffset().total_seconds() == 0 else f" ({dt:%H:%M} at the sender, UTC{dt:%z})"
    return f"{utc:%a %d %b %Y %H:%M} UTC{local}"


def _sender(original: Message) -> dict:
    # Decoded and in plain text: this goes into bodies people read, never into a header.
    name = _one_line(original.sender_name, 120)
    address = original.reply_to or original.sender
    display = f"{name} <{original.sender}>" if name and original.sender else (original.sender or name or "(unknown)")
    return {"name": name, "first_name": _first_name(original), "address": address, "display": display}


def context(original: Message, cfg: Config, reference: str = "", priority: str = "normal", **extra) -> dict:
    """What every template is given (docs/templates.md lists it)."""
    return {
        "organisation": cfg.organisation_name, "from_name": cfg.display_name,
        "helpline_address": cfg.helpline_address, "support_address": cfg.support_address,
        "csm_address": cfg.csm_address, "product_board_url": cfg.product_board_url,
        "sender": _sender(original), "greeting": _first_name(original),
        "original": {"subject": _one_line(original.subject, 300), "date": _when(original.date),
                     "message_id": original.message_id, "text": original.stripped.strip(),
                     "language": guess_language(original),
                     "attachments": [{"filename": a.filename, "content_type": a.content_type, "size": a.size}
                                     for a in original.attachments[:20]]},
        "reply_subject": _reply_subject(original.subject), "reference": reference,
        "priority": priority, "urgency": URGENCY.get(priority, priority.title()),
        **extra,
    }


def _article(kb: KbMatch) -> dict:
    return {"id": kb.id, "title": kb.title, "answer": kb.answer, "score": kb.score}


def _fill(msg: EmailMessage, cfg: Config, kind: str, ctx: dict, language: str = "en") -> None:
    rendered = templates_for(cfg).render(kind, ctx, language)
    msg.replace_header("Subject", _one_line(rendered.subject, 250))
    msg.set_content(rendered.text)
    if rendered.html is not None:
        msg.add_alternative(rendered.html, subtype="html")


def kb_reply(original: Message, decision: Decision, cfg: Config, key: str) -> tuple[str, bytes]:
    kb = decision.kb
    assert kb is not None, "an auto_reply decision always carries its article"
    msg = _base(cfg, key, "reply", decision.recipient, _reply_subject(original.subject), "auto-replied")
    _thread(msg, original)
    _fill(msg, cfg, "auto_reply", context(original, cfg, priority=decision.priority, article=_article(kb)))
    return msg["Message-ID"].strip("<>"), msg.as_bytes()


def product_board_reply(original: Message, decision: Decision, cfg: Config, key: str) -> tuple[str, bytes]:
    msg = _base(cfg, key, "product", decision.recipient, _reply_subject(original.subject), "auto-replied")
    _thread(msg, original)
    _fill(msg, cfg, "product_board_reply", context(original, cfg, priority=decision.priority))
    return msg["Message-ID"].strip("<>"), msg.as_bytes()


def acknowledgement(original: Message, decision: Decision, cfg: Config, key: str,
                    reference: str) -> tuple[str, bytes]:
    """Your message arrived, here is its reference, this is what happens next: never an answer."""
    msg = _base(cfg, key, "ack", decision.recipient, _reply_subject(original.subject), "auto-replied")
    _thread(msg, original)
    msg[REFERENCE_HEADER] = _one_line(reference)
    ctx = context(original, cfg, reference, decision.priority, forwarded="forward_support" in decision.actions,
                  flagged="flag_csm" in decision.actions, review="needs_review" in decision.actions)
    _fill(msg, cfg, "acknowledgement", ctx, ctx["original"]["language"])
    return msg["Message-ID"].strip("<>"), msg.as_bytes()


def draft_reply(original: Message, article: KbMatch, cfg: Config, key: str) -> tuple[str, bytes]:
    """A ready reply for a person to check and send: threaded, from the help line, no automatic marks."""
    msg = _base(cfg, key, "draft", original.reply_to or original.sender, _reply_subject(original.subject), None)
    _thread(msg, original)
    msg[DRAFT_HEADER] = _one_line(f"{article.id} {article.score:.2f}")
    if article.id == PRODUCT_BOARD_DRAFT:   # the product-board reply, for a person to send
        _fill(msg, cfg, "product_board_reply", context(original, cfg))
    else:
        _fill(msg, cfg, "draft", context(original, cfg, article=_article(article)))
    return msg["Message-ID"].strip("<>"), msg.as_bytes()


def _has_long_line(body: bytes) -> bool:
    """A line over 998 bytes (RFC 5322) in CRLF-ended `body`, read without a copy: from each line start,
    jump to the last line break among the next 1,000 bytes; none there means a longer line."""
    pos, n = 0, len(body)
    while pos + 1000 <= n:
        last = body.rfind(b"\n", pos, pos + 1000)
        if last < 0:
            return True
        pos = last + 1
    return n - (body.rfind(b"\n") + 1) > 998


def _with_original(msg: EmailMessage, raw: bytes) -> bytes:
    """Attach the original bytes untouched; the stdlib would re-serialise a message/rfc822 part.

    The original is copied once, into the result (a 24 MB original used to be copied five times)."""
    # CRLF line ends; an original that has them already is not copied to get them.
    crlf = raw.count(b"\r\n")
    body = raw if raw.count(b"\n") == crlf else \
        raw.replace(b"\n", b"\r\n") if not crlf else raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    boundary = "=_triage_" + hashlib.sha256(raw).hexdigest()[:32]
    msg.make_mixed()
    msg.set_boundary(boundary)
    if b"\x00" in body or _has_long_line(body):
        import base64
        body = base64.encodebytes(raw).replace(b"\n", b"\r\n")
        head = (b"Content-Type: application/octet-stream; name=\"original.eml\"\r\n"
                b"Content-Transfer-Encoding: base64\r\n"
                b"Content-Disposition: attachment; filename=\"original.eml\"\r\n\r\n")
    else:
        cte = b"" if body.isascii() else b"Content-Transfer-Encoding: 8bit\r\n"
        head = (b"Content-Type: message/rfc822\r\n" + cte +
                b"Content-Disposition: attachment; filename=\"original.eml\"\r\n\r\n")
    data = msg.as_bytes()
    close = f"--{boundary}--".encode()
    cut = data.rindex(close)
    ends_line = body.endswith(b"\r\n") if body else head.endswith(b"\r\n")
    return b"".join([data[:cut], f"--{boundary}\r\n".encode(), head, body, b"" if ends_line else b"\r\n",
                     close, b"\r\n"])


def _reply_to_sender(msg: EmailMessage, original: Message) -> None:
    if original.reply_to or original.sender:
        msg["Reply-To"] = headers.address(original.sender_name, original.reply_to or original.sender)


def support_forward(original: Message, raw: bytes, decision: Decision, cfg: Config, key: str,
                    reference: str = "") -> tuple[str, bytes]:
    """To GoodTime Support: what their escalation guide asks for. No category, score or rule name: those are
    ours, not the vendor's (the CSM notice and the log carry them)."""
    msg = _base(cfg, key, "forward", cfg.support_address, original.subject, "auto-generated")
    _reply_to_sender(msg, original)
    if reference:
        msg[REFERENCE_HEADER] = _one_line(reference)
    if decision.priority in ("urgent", "high"):
        msg["Importance"] = "high"
        msg["X-Priority"] = "1" if decision.priority == "urgent" else "2"
    _fill(msg, cfg, "forward_support",
          context(original, cfg, reference, decision.priority, details=extract(original).as_dict()))
    return msg["Message-ID"].strip("<>"), _with_original(msg, raw)


def csm_notice(original: Message, raw: bytes, decision: Decision, cfg: Config, key: str,
               reference: str = "") -> tuple[str, bytes]:
    """To the CSM, inside the organisation: the decision with its reasons, and the original."""
    msg = _base(cfg, key, "csm", cfg.csm_address, original.subject, "auto-generated")
    _reply_to_sender(msg, original)
    if reference:
        msg[REFERENCE_HEADER] = _one_line(reference)
    msg["X-Triage-Category"] = _one_line(f"{decision.category}; confidence={decision.confidence:.2f}; "
                                         f"priority={decision.priority}")
    internal = {"category": decision.category, "confidence": decision.confidence, "priority": decision.priority,
                "actions": list(decision.actions), "reasons": [_one_line(r, 300) for r in decision.reasons]}
    _fill(msg, cfg, "flag_csm", context(original, cfg, reference, decision.priority,
                                        details=extract(original).as_dict(), decision=internal))
    return msg["Message-ID"].strip("<>"), _with_original(msg, raw)
