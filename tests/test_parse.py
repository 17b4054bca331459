"""Parsing raw bytes into a Message: headers, body text, quoted history, attachments, hostile input."""
from __future__ import annotations

import base64
import hashlib

import pytest
from corpus_paths import MIME_CORPUS
from helpers import make_eml
from hypothesis import given, settings
from hypothesis import strategies as st

from triage_daemon.mail.parse import ParseError, parse

CORPUS = sorted(MIME_CORPUS.glob("*/*.eml"))


def b64_word(text: str) -> str:
    return "=?utf-8?b?" + base64.b64encode(text.encode("utf-8")).decode("ascii") + "?="


def multipart(parts: list[tuple[str, str]], boundary: str = "BOUNDARY", subtype: str = "mixed") -> tuple[dict, str]:
    """(extra headers, body) of a multipart message from (part headers, part body) pairs."""
    body = "".join(f"--{boundary}\n{head}\n\n{content}\n" for head, content in parts) + f"--{boundary}--\n"
    return {"Content-Type": f'multipart/{subtype}; boundary="{boundary}"', "Content-Transfer-Encoding": None}, body


# --- headers --------------------------------------------------------------------------------------

def test_sender_is_the_bare_lower_case_address_and_the_name_is_kept_apart():
    msg = parse(make_eml(sender="Dana Recruiter <Dana.Recruiter@Example.COM>"))
    assert msg.sender == "dana.recruiter@example.com"
    assert msg.sender_name == "Dana Recruiter"


def test_recipients_in_to_and_cc_are_listed_as_bare_addresses():
    msg = parse(make_eml(to="Help Line <helpline@example.com>, Sam <sam@example.com>",
                         headers={"Cc": "Lee <lee@example.com>"}))
    assert msg.to == ("helpline@example.com", "sam@example.com")
    assert msg.cc == ("lee@example.com",)


def test_reply_to_is_the_bare_address():
    msg = parse(make_eml(headers={"Reply-To": "Team Inbox <Team@Example.com>"}))
    assert msg.reply_to == "team@example.com"


def test_subject_is_kept_as_written():
    assert parse(make_eml(subject="Interview link missing for Friday")).subject == "Interview link missing for Friday"


def test_rfc2047_encoded_subject_is_decoded():
    msg = parse(make_eml(subject=b64_word("Entrevista cancelada — ¿qué hago?")))
    assert msg.subject == "Entrevista cancelada — ¿qué hago?"


def test_rfc2047_quoted_printable_subject_is_decoded():
    msg = parse(make_eml(subject="=?iso-8859-1?q?R=FCckfrage_zum_Termin?="))
    assert msg.subject == "Rückfrage zum Termin"


def test_rfc2047_encoded_sender_name_is_decoded():
    msg = parse(make_eml(sender=f"{b64_word('Zoë Müller')} <zoe@example.com>"))
    assert msg.sender_name == "Zoë Müller"
    assert msg.sender == "zoe@example.com"


def test_date_becomes_iso_8601_with_its_offset():
    msg = parse(make_eml(headers={"Date": "Tue, 12 Mar 2024 10:15:00 +0100"}))
    assert msg.date == "2024-03-12T10:15:00+01:00"


def test_unparseable_date_gives_an_empty_date_not_an_error():
    assert parse(make_eml(headers={"Date": "the day before yesterday"})).date == ""


def test_message_id_is_kept_without_angle_brackets():
    assert parse(make_eml(message_id="<abc.123@mail.example.com>")).message_id == "abc.123@mail.example.com"


def test_missing_message_id_gives_an_empty_id():
    assert parse(make_eml(message_id=None)).message_id == ""


def test_in_reply_to_and_references_are_parsed_in_order():
    msg = parse(make_eml(headers={"In-Reply-To": "<b@x.example>",
                                  "References": "<a@x.example>\n <b@x.example>"}))
    assert msg.in_reply_to == "b@x.example"
    assert msg.references == ("a@x.example", "b@x.example")


def test_thread_root_is_the_first_reference():
    msg = parse(make_eml(headers={"In-Reply-To": "<b@x.example>", "References": "<a@x.example> <b@x.example>"}))
    assert msg.thread_root == "a@x.example"


def test_thread_root_of_a_new_message_is_its_own_id():
    assert parse(make_eml(message_id="<new@x.example>")).thread_root == "new@x.example"


def test_headers_are_available_by_lower_case_name():
    msg = parse(make_eml(headers={"Auto-Submitted": "auto-replied", "List-Id": "<team.lists.example.com>"}))
    assert msg.header("Auto-Submitted") == "auto-replied"
    assert msg.headers["list-id"] == "<team.lists.example.com>"


def test_size_and_digest_describe_the_raw_bytes():
    raw = make_eml()
    msg = parse(raw)
    assert msg.size == len(raw)
    assert msg.digest == hashlib.sha256(raw).hexdigest()


# --- hostile headers ---------------------------------------------------------------------------------

def test_crlf_smuggled_in_an_encoded_subject_never_survives_into_the_subject():
    msg = parse(make_eml(subject=b64_word("Hello\r\nBcc: victim@evil.example")))
    assert "\r" not in msg.subject and "\n" not in msg.subject
    assert "victim@evil.example" in msg.subject  # kept as text on the one line, not as a header


def test_control_characters_in_an_encoded_subject_are_removed():
    msg = parse(make_eml(subject=b64_word("Hi\x00there\x1b[31m")))
    assert all(ch >= " " for ch in msg.subject)


def test_crlf_in_an_encoded_sender_name_never_survives_nor_changes_the_sender():
    msg = parse(make_eml(sender=f"{b64_word('Eve' + chr(13) + chr(10) + 'Bcc: x@evil.example')} <eve@example.com>"))
    assert "\n" not in msg.sender_name and "\r" not in msg.sender_name
    assert msg.sender == "eve@example.com"


def test_encoded_display_name_that_looks_like_an_address_never_replaces_the_real_sender():
    # RFC 2047: an encoded word is display text, never address syntax.
    msg = parse(make_eml(sender="=?utf-8?q?dana=40example.com?= <mallory@evil.example>"))
    assert msg.sender == "mallory@evil.example"


def test_encoded_display_name_with_a_comma_is_kept_whole():
    msg = parse(make_eml(sender="=?utf-8?q?M=C3=BCller=2C_Zo=C3=AB?= <zoe@example.com>"))
    assert msg.sender == "zoe@example.com"
    assert msg.sender_name == "Müller, Zoë"


def test_very_long_header_value_is_cut():
    msg = parse(make_eml(subject="x" * 50_000))
    assert 0 < len(msg.subject) < 50_000


# --- body text ---------------------------------------------------------------------------------------

def test_plain_text_body_is_the_text():
    msg = parse(make_eml(body="The Zoom link is missing from the invite.\n"))
    assert "The Zoom link is missing from the invite." in msg.text


def test_quoted_printable_body_is_decoded():
    msg = parse(make_eml(body="Caf=C3=A9 meeting =E2=80=94 soon=\n please\n",
                         headers={"Content-Transfer-Encoding": "quoted-printable"}))
    assert "Café meeting — soon please" in msg.text


def test_html_only_mail_gives_text_without_tags():
    html = ("<html><head><title>Mail title</title><style>p {color: red}</style></head>"
            "<body><p>The <b>calendar</b> sync is broken.</p><div>Since&nbsp;Monday &amp; today.</div></body></html>")
    msg = parse(make_eml(body=html, headers={"Content-Type": "text/html; charset=utf-8"}))
    assert "The calendar sync is broken." in msg.text
    assert "Since Monday & today." in msg.text
    assert "<" not in msg.text and ">" not in msg.text
    assert "color: red" not in msg.text


def test_html_only_mail_drops_script_content():
    html = "<html><body><p>Please help.</p><script>var stolen = document.cookie;</script></body></html>"
    msg = parse(make_eml(body=html, headers={"Content-Type": "text/html; charset=utf-8"}))
    assert "Please help." in msg.text
    assert "document.cookie" not in msg.text
    assert "document.cookie" not in msg.stripped


def test_multipart_alternative_prefers_the_plain_part():
    headers, body = multipart([
        ("Content-Type: text/plain; charset=utf-8", "Plain words here."),
        ("Content-Type: text/html; charset=utf-8", "<p>HTML words here.</p>"),
    ], subtype="alternative")
    msg = parse(make_eml(body=body, headers=headers))
    assert "Plain words here." in msg.text
    assert "HTML words here." not in msg.text


def test_html_gmail_quote_is_dropped_from_the_stripped_text():
    html = ('<div>Thanks, but the link still fails.</div><div class="gmail_quote">'
            '<div>On Mon, Helpline wrote:</div><blockquote>Old answer about links.</blockquote></div>')
    msg = parse(make_eml(body=html, headers={"Content-Type": "text/html; charset=utf-8"}))
    assert "the link still fails" in msg.stripped
    assert "Old answer about links" not in msg.stripped
    assert "Old answer about links" in msg.text


def test_quoted_history_is_stripped_in_stripped_but_present_in_text():
    body = ("The invite still has no Zoom link.\n\n"
            "On Mon, Mar 11, 2024 at 9:00 AM Help Line <helpline@example.com> wrote:\n"
            "> Try regenerating the conference link from the interview page.\n")
    msg = parse(make_eml(body=body))
    assert "The invite still has no Zoom link." in msg.stripped
    assert "regenerating the conference link" not in msg.stripped
    assert "regenerating the conference link" in msg.text


def test_signature_is_not_part_of_stripped():
    msg = parse(make_eml(body="Where do I find the debrief template?\n\n-- \nDana Recruiter\nTalent Team\n"))
    assert "debrief template" in msg.stripped
    assert "Talent Team" not in msg.stripped


def test_eight_bit_latin1_body_without_charset_does_not_crash():
    raw = make_eml(body=b"Bonjour, le caf\xe9 est pr\xeat pour l'entretien.\n",
                   headers={"Content-Type": "text/plain", "Content-Transfer-Encoding": "8bit"})
    msg = parse(raw)
    assert "Bonjour, le caf" in msg.text
    assert "entretien" in msg.text


def test_eight_bit_latin1_body_without_charset_keeps_its_accented_letters():
    # Not valid UTF-8: the best guess is latin-1, which is what the stdlib fallback in parse.py does too.
    raw = make_eml(body=b"Bonjour, le caf\xe9 est pr\xeat pour l'entretien.\n",
                   headers={"Content-Type": "text/plain", "Content-Transfer-Encoding": "8bit"})
    assert "café est prêt" in parse(raw).text


def test_declared_latin1_charset_is_honoured():
    raw = make_eml(body=b"Gr\xfc\xdfe aus M\xfcnchen\n",
                   headers={"Content-Type": "text/plain; charset=iso-8859-1", "Content-Transfer-Encoding": "8bit"})
    assert "Grüße aus München" in parse(raw).text


def test_unknown_charset_does_not_crash():
    raw = make_eml(body="plain words\n", headers={"Content-Type": "text/plain; charset=x-no-such-charset"})
    assert "plain words" in parse(raw).text


def test_nul_bytes_never_reach_the_text():
    msg = parse(make_eml(body=b"before\x00after\n"))
    assert "\x00" not in msg.text


# --- attachments ----------------------------------------------------------------------------------

def test_attachments_are_listed_with_names_types_and_decoded_sizes():
    pdf = bytes(range(256)) * 12  # 3072 bytes
    headers, body = multipart([
        ("Content-Type: text/plain; charset=utf-8", "Screenshot and list attached."),
        ('Content-Type: application/pdf; name="report.pdf"\nContent-Disposition: attachment; filename="report.pdf"\n'
         "Content-Transfer-Encoding: base64", base64.encodebytes(pdf).decode("ascii")),
        ('Content-Type: text/csv; name="list.csv"\nContent-Disposition: attachment; filename="list.csv"',
         "a,b,c\n1,2,3"),
    ])
    msg = parse(make_eml(body=body, headers=headers))
    by_name = {a.filename: a for a in msg.attachments}
    assert set(by_name) == {"report.pdf", "list.csv"}
    assert by_name["report.pdf"].content_type == "application/pdf"
    assert by_name["report.pdf"].size == len(pdf)
    assert by_name["list.csv"].content_type == "text/csv"
    assert "Screenshot and list attached." in msg.text
    assert "a,b,c" not in msg.text


def test_attachment_with_an_encoded_file_name_is_listed_by_its_decoded_name():
    headers, body = multipart([
        ("Content-Type: text/plain; charset=utf-8", "See the file."),
        (f'Content-Type: application/pdf; name="{b64_word("Übersicht.pdf")}"\n'
         f'Content-Disposition: attachment; filename="{b64_word("Übersicht.pdf")}"\n'
         "Content-Transfer-Encoding: base64", base64.encodebytes(b"%PDF-1.4 tiny").decode("ascii")),
    ])
    msg = parse(make_eml(body=body, headers=headers))
    assert [a.filename for a in msg.attachments] == ["Übersicht.pdf"]


def test_message_without_attachments_lists_none():
    assert parse(make_eml()).attachments == ()


# --- what cannot be parsed ----------------------------------------------------------------------------

@pytest.mark.parametrize("raw", [b"", b"   \r\n\r\n  ", b"\n"])
def test_empty_bytes_raise_parse_error(raw):
    with pytest.raises(ParseError):
        parse(raw)


def test_text_instead_of_bytes_raises_parse_error():
    with pytest.raises(ParseError):
        parse("From: a@example.com\n\nhello")  # type: ignore[arg-type]


def test_garbage_bytes_either_parse_or_raise_parse_error():
    raw = bytes(range(256)) * 4
    try:
        msg = parse(raw)
    except ParseError:
        return
    assert "\n" not in msg.subject


def test_deeply_nested_multipart_does_not_crash():
    body = ""
    for level in range(60):
        body += f'--B{level}\nContent-Type: multipart/mixed; boundary="B{level + 1}"\n\n'
    body += "--B60\nContent-Type: text/plain\n\ndeep text\n--B60--\n"
    raw = make_eml(body=body, headers={"Content-Type": 'multipart/mixed; boundary="B0"',
                                       "Content-Transfer-Encoding": None})
    msg = parse(raw)   # 62 parts, well within the walk's bound: the text at the bottom is read
    assert msg.text.strip() == "deep text"
    assert msg.subject == "A question"


def test_corpus_is_present():
    assert len(CORPUS) > 100


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_corpus_message_parses_or_raises_parse_error(path):
    try:
        msg = parse(path.read_bytes())
    except ParseError:
        return
    # What parses is fit to write back into headers: one line, no control characters.
    for value in (msg.subject, msg.sender, msg.sender_name, msg.reply_to, msg.message_id, msg.in_reply_to):
        assert "\n" not in value and "\r" not in value


# --- header cleaning: the fast path for plain values gives what the full cleaning gives ---------

def _clean_reference(value: str) -> str:
    import re

    # Every control character (C0, DEL, C1), the line and paragraph separators and lone surrogates:
    # all of str.splitlines()'s breaks are among them.
    value = re.sub(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]+", " ", value)
    return re.sub(r"\s{2,}", " ", value).strip()[:4_000]


def _decode_reference(value: str) -> str:
    from triage_daemon.mail import headers

    return _clean_reference(headers._decode_words(headers.unraw(value)))


@settings(max_examples=400, deadline=None)
@given(st.text(st.sampled_from(list("ab =?Q\t\r\n\x00\x7f\u00a0\u2003é_")) | st.characters(), max_size=60))
def test_header_cleaning_fast_path_matches_the_full_cleaning(value):
    from triage_daemon.mail.parse import _clean, _decode_header

    assert _clean(value) == _clean_reference(value)
    assert _decode_header(value) == _decode_reference(value)


@pytest.mark.parametrize("value", ["Plain subject", "  padded  ", "two  spaces", "tab\there", "fold\r\n here",
                                   "=?utf-8?q?caf=C3=A9?=", "x" * 5000, "nbsp\u00a0\u00a0twice", ""])
def test_header_cleaning_examples(value):
    from triage_daemon.mail.parse import _clean, _decode_header

    assert _clean(value) == _clean_reference(value)
    assert _decode_header(value) == _decode_reference(value)
