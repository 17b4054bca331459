"""The messages the daemon writes: KB reply, product-board reply, forward to Support, CSM notice."""
from __future__ import annotations

import hashlib
import html
import re
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import formataddr, formatdate

from ..config import Config
from ..message import Decision, Message
from . import headers
from .loops import LOOP_HEADER, OUR_ID_PREFIX

FROM_NAME = "GoodTime Help Line"


def our_message_id(key: str, kind: str, domain: str) -> str:
    """Deterministic, so a resend after a crash carries the same id and can be recognised."""
    digest = hashlib.sha256(f"{key}\0{kind}".encode()).hexdigest()[:24]
    return f"{OUR_ID_PREFIX}{kind}.{digest}@{domain}"


def _one_line(text: str, limit: int = 200) -> str:
    return headers.one_line(text, limit)


def _reply_subject(subject: str) -> str:
    subject = _one_line(subject) or "your message"
    return subject if re.match(r"^re\s*:", subject, re.IGNORECASE) else f"Re: {subject}"


def markdown_to_html(text: str) -> str:
    """A small, safe subset: paragraphs, '-'/'1.' lists, **bold**; everything else is escaped text."""
    out: list[str] = []
    for block in re.split(r"\n\s*\n", text.strip()):
        lines = [ln.rstrip() for ln in block.split("\n") if ln.strip()]
        # Runs of list lines become a list; the lines between them, a paragraph.
        run: list[str] = []
        run_is_list = False
        for line in lines + [None]:
            item = re.match(r"^\s*(?:[-*]|\d+\.)\s+(.*)$", line) if line is not None else None
            if line is None or bool(item) != run_is_list:
                if run and run_is_list:
                    tag = "ol" if re.match(r"^\s*\d+\.", run[0]) else "ul"
                    items = [re.match(r"^\s*(?:[-*]|\d+\.)\s+(.*)$", r).group(1) for r in run]
                    out.append(f"<{tag}>" + "".join(f"<li>{_inline(i)}</li>" for i in items) + f"</{tag}>")
                elif run:
                    out.append("<p>" + "<br>\n".join(_inline(r) for r in run) + "</p>")
                run, run_is_list = [], bool(item)
            if line is not None:
                run.append(line)
    return "\n".join(out)


def _inline(text: str) -> str:
    escaped = html.escape(text, quote=True)
    return re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", escaped)


def _plain(text: str) -> str:
    return re.sub(r"\*\*(.+?)\*\*", r"\1", text)


def _base(cfg: Config, key: str, kind: str, to: str, subject: str, auto: str) -> EmailMessage:
    msg = EmailMessage(policy=SMTP)
    msg["From"] = formataddr((FROM_NAME, cfg.helpline_address))
    msg["To"] = to
    msg["Subject"] = headers.subject(subject)
    msg["Date"] = formatdate(localtime=False, usegmt=True)
    msg["Message-ID"] = f"<{our_message_id(key, kind, cfg.helpline_domain)}>"
    msg["Auto-Submitted"] = auto
    msg["X-Auto-Response-Suppress"] = "All"
    msg[LOOP_HEADER] = cfg.helpline_address
    return msg


def _thread(msg: EmailMessage, original: Message) -> None:
    # parse.py keeps only well-formed ids; this is the second lock on the same door.
    if original.message_id and "=?" not in original.message_id and original.message_id.isprintable():
        msg["In-Reply-To"] = f"<{original.message_id}>"
        refs = [r for r in original.references if r != original.message_id][-20:] + [original.message_id]
        msg["References"] = " ".join(f"<{r}>" for r in refs)


def _greeting(original: Message) -> str:
    name = _one_line(original.sender_name).split(" ")[0].strip("\"',") if original.sender_name else ""
    return f"Hi {name}," if name and name.isprintable() and "@" not in name else "Hi,"


def kb_reply(original: Message, decision: Decision, cfg: Config, key: str) -> tuple[str, bytes]:
    kb = decision.kb
    assert kb is not None, "an auto_reply decision always carries its article"
    msg = _base(cfg, key, "reply", decision.recipient, _reply_subject(original.subject), "auto-replied")
    _thread(msg, original)
    footer = (f"If this does not answer your question, just reply to this message and a person from the "
              f"help line will pick it up. For something broken or urgent, GoodTime Support is there "
              f"24/7 at {cfg.support_address}.")
    source = f"Sent automatically by the help line from the article \"{kb.title}\" ({kb.id})."
    greeting = _greeting(original)
    msg.set_content(f"{greeting}\n\n{_plain(kb.answer)}\n\n--\n{footer}\n\n{source}\n")
    msg.add_alternative(
        f"<html><body><p>{html.escape(greeting)}</p>\n{markdown_to_html(kb.answer)}\n<hr>\n"
        f"<p>{html.escape(footer)}</p>\n<p style=\"color:#666\">{html.escape(source)}</p></body></html>\n",
        subtype="html")
    return msg["Message-ID"].strip("<>"), msg.as_bytes()


def product_board_reply(original: Message, decision: Decision, cfg: Config, key: str) -> tuple[str, bytes]:
    msg = _base(cfg, key, "product", decision.recipient, _reply_subject(original.subject), "auto-replied")
    _thread(msg, original)
    url = cfg.product_board_url
    text = (f"{_greeting(original)}\n\nThanks for the idea! Product suggestions for GoodTime go to the GoodTime "
            f"Product board, where GoodTime's product team reviews them when planning new features:\n\n"
            f"{url}\n\nPlease add your suggestion there, and upvote other ideas you would like too. If "
            f"this is a larger request for our whole organisation, reply to this message and the help "
            f"line will take it up with our Customer Success Manager.\n")
    msg.set_content(text)
    safe_url = html.escape(url, quote=True)
    msg.add_alternative(
        "<html><body>" + "".join(f"<p>{html.escape(p)}</p>" for p in text.split("\n\n") if p.strip() and p.strip() != url)
        .replace(html.escape("GoodTime Product board"), f"<a href=\"{safe_url}\">GoodTime Product board</a>", 1)
        + "</body></html>\n", subtype="html")
    return msg["Message-ID"].strip("<>"), msg.as_bytes()


def _summary(original: Message, decision: Decision, intro: str) -> str:
    reasons = "\n".join(f"  - {_one_line(r, 300)}" for r in decision.reasons)
    excerpt = original.stripped.strip()[:1200] or "(no text)"
    sender = formataddr((_one_line(original.sender_name), original.sender)) if original.sender else "(unknown)"
    attachments = ", ".join(f"{a.filename} ({a.size} bytes)" for a in original.attachments[:10]) or "none"
    return (f"{intro}\n\n"
            f"Category:  {decision.category} (confidence {decision.confidence:.2f})\n"
            f"Priority:  {decision.priority}\n"
            f"From:      {sender}\n"
            f"Date:      {original.date or '(none)'}\n"
            f"Subject:   {_one_line(original.subject) or '(none)'}\n"
            f"Attachments: {attachments}\n\n"
            f"Why:\n{reasons}\n\n"
            f"Summary (new text of the message):\n{excerpt}\n\n"
            f"The original message is attached unchanged (original.eml).\n")


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


def support_forward(original: Message, raw: bytes, decision: Decision, cfg: Config, key: str) -> tuple[str, bytes]:
    subject = f"[{decision.priority.upper()}] {decision.category}: {_one_line(original.subject) or '(no subject)'}"
    msg = _base(cfg, key, "forward", cfg.support_address, subject, "auto-generated")
    if original.reply_to or original.sender:
        msg["Reply-To"] = headers.address(original.sender_name, original.reply_to or original.sender)
    if decision.priority in ("urgent", "high"):
        msg["Importance"] = "high"
        msg["X-Priority"] = "1" if decision.priority == "urgent" else "2"
    msg.set_content(_summary(original, decision, "Forwarded by the recruiting team's GoodTime help line."))
    return msg["Message-ID"].strip("<>"), _with_original(msg, raw)


def csm_notice(original: Message, raw: bytes, decision: Decision, cfg: Config, key: str) -> tuple[str, bytes]:
    subject = f"[CSM] {decision.category}/{decision.priority}: {_one_line(original.subject) or '(no subject)'}"
    msg = _base(cfg, key, "csm", cfg.csm_address, subject, "auto-generated")
    if original.reply_to or original.sender:
        msg["Reply-To"] = headers.address(original.sender_name, original.reply_to or original.sender)
    msg.set_content(_summary(original, decision, "The help line flagged this message for the Customer Success "
                                                 "Manager. It is also filed and flagged in the help-line mailbox."))
    return msg["Message-ID"].strip("<>"), _with_original(msg, raw)
