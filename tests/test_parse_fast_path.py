"""The parse path reads text and attachments the way mail-parser does, without mail-parser's header work:
on every file of the MIME test corpus and of the starter corpus, parse() gives the same Message as when
mail-parser's MailParser itself reads the body."""
from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest
from corpus_paths import MIME_CORPUS

from triage_daemon.mail import parse as parse_mod
from triage_daemon.mail.parse import ParseError, parse
from triage_daemon.message import Attachment

ROOT = Path(__file__).resolve().parent.parent
FILES = sorted(MIME_CORPUS.glob("*/*.eml")) + sorted((ROOT / "models" / "data").glob("*/*.eml"))
# mail-parser names an attachment that has no name with ten random letters; the fast path names it
# "(unnamed).txt" or "(unnamed).rtf", so that two parses of one message are equal.
RANDOM_NAME = re.compile(r"^[a-z]{10}\.(txt|rtf)$")


def _with_mailparser(raw: bytes, monkeypatch):
    """parse() as it was: mail-parser's MailParser reads every MIME body."""
    with monkeypatch.context() as m:
        m.setattr(parse_mod, "_like_mailparser", lambda std: None)  # None: hand the message to mail-parser
        return _parse(raw)


def _parse(raw: bytes):
    try:
        return parse(raw)
    except ParseError as exc:
        return f"ParseError: {exc}"


def _comparable(msg):
    if isinstance(msg, str):
        return msg
    names = tuple(Attachment(RANDOM_NAME.sub(r"(unnamed).\1", a.filename), a.content_type, a.size)
                  for a in msg.attachments)
    return replace(msg, attachments=names)


def test_both_corpora_are_there():
    assert len(FILES) >= 384 + 876


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_the_fast_path_gives_the_message_mail_parser_gives(path, monkeypatch):
    raw = path.read_bytes()
    fast = _parse(raw)
    reference = _with_mailparser(raw, monkeypatch)
    assert _comparable(fast) == _comparable(reference)


def test_the_comparison_would_see_a_difference(monkeypatch):
    """Not vacuous: a fast path that lost one attachment's size, or one text part, is caught."""
    raw = next(p.read_bytes() for p in FILES if b"filename=" in p.read_bytes())
    original = parse_mod._like_mailparser

    def shrunk(std):
        found = original(std)
        if found is None:
            return None
        plains, htmls, attachments = found
        return plains, htmls, [replace(a, size=a.size + 1) for a in attachments]

    monkeypatch.setattr(parse_mod, "_like_mailparser", shrunk)
    fast = _parse(raw)
    monkeypatch.undo()
    assert _comparable(fast) != _comparable(_with_mailparser(raw, monkeypatch))


def test_the_fast_path_does_not_run_mail_parser(monkeypatch):
    import mailparser

    def refuse(*args, **kwargs):
        raise AssertionError("MailParser was run")

    monkeypatch.setattr(mailparser, "MailParser", refuse)
    raw = (ROOT / "triage_daemon" / "samples" / "02-bug.eml").read_bytes()
    html_only = (b"From: a@example.com\nTo: helpline@example.com\nSubject: x\nMIME-Version: 1.0\n"
                 b"Content-Type: multipart/alternative; boundary=b\n\n--b\nContent-Type: text/plain\n\nplain text\n"
                 b"--b\nContent-Type: text/html\n\n<p>html text</p>\n--b--\n")
    for message in (raw, html_only):
        assert parse(message).text


NESTED = (b"From: a@example.com\nTo: helpline@example.com\nSubject: nested\nMIME-Version: 1.0\n"
          b"Content-Type: multipart/mixed; boundary=outer\n\n"
          b"--outer\nContent-Type: text/plain\n\nthe new text\n"
          b"--outer\nContent-Type: multipart/alternative; boundary=mid\nContent-Disposition: attachment\n\n"
          b"--mid\nContent-Type: multipart/related; boundary=inner\n\n"
          b"--inner\nContent-Type: text/plain\nContent-Disposition: inline\n\nquoted inside an attachment\n"
          b"--inner\nContent-Type: text/plain\nContent-Disposition: inline; filename=notes.txt\n\nnamed, inside\n"
          b"--inner--\n--mid\nContent-Type: text/html\nContent-Disposition: inline\n\n<p>html inside</p>\n--mid--\n"
          b"--outer\nContent-Type: application/rtf\n\n{\\rtf1 x}\n"
          b"--outer\nContent-Type: image/png\nContent-ID: <img1@x>\nContent-Transfer-Encoding: base64\n\niVBORw0KGgo=\n"
          b"--outer\nContent-Type: text/plain; name==?utf-8?q?r=C3=A9sum=C3=A9.txt?=\nContent-Disposition: inline\n\n"
          b"named inline text\n--outer--\n")


def _generated(count: int) -> list[bytes]:
    import random
    import sys
    sys.path.insert(0, str(ROOT / "bench"))
    from realistic_corpus import make_message
    rng = random.Random(7)
    return [make_message(rng, n) for n in range(count)]


@pytest.mark.parametrize("raw", [NESTED, *_generated(200)], ids=lambda r: r[:0].decode() or "message")
def test_the_fast_path_agrees_on_nested_attachments_and_on_help_line_mail_as_it_arrives(raw, monkeypatch):
    fast = _parse(raw)
    assert not isinstance(fast, str) and fast.text
    assert _comparable(fast) == _comparable(_with_mailparser(raw, monkeypatch))
