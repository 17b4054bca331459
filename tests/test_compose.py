"""The messages we write: KB reply, product-board reply, forward to Support, CSM notice."""
from __future__ import annotations

import base64
import email
import re
from email import policy

import pytest
from helpers import make_eml, minimal_config

from triage_daemon.config import from_dict
from triage_daemon.mail import compose
from triage_daemon.mail.loops import is_our_message_id
from triage_daemon.mail.parse import parse
from triage_daemon.message import Attachment, Decision, KbMatch, Message

ARTICLE = KbMatch("contact-support", "How to contact GoodTime Support", 0.8,
                  "GoodTime Support is there 24/7 at **support@goodtime.io**.\n\nInclude:\n- what happened\n- when")


def config(**changes):
    return from_dict(minimal_config(**changes))


CFG = config()


def decision(actions=("auto_reply",), category="question", priority="normal", kb: KbMatch | None = ARTICLE,
             recipient="dana@example.com", reasons=("model test-1: question 0.90", "knowledge-base match")):
    return Decision(category, 0.9, tuple(actions), priority, tuple(reasons), kb, recipient)


def original(subject="What is the support email?", body="Hi,\n\nwhat is the support email address?\n\nDana\n",
             **kwargs) -> tuple[Message, bytes]:
    raw = make_eml(subject=subject, body=body, **kwargs)
    return parse(raw), raw


def read(raw: bytes) -> email.message.EmailMessage:
    return email.message_from_bytes(raw, policy=policy.default)


def part_of_type(msg, ctype: str):
    found = [p for p in msg.walk() if p.get_content_type() == ctype]
    assert found, f"no {ctype} part"
    return found[0]


def attached_original(raw: bytes) -> bytes:
    """The bytes of the attached original, cut out of the MIME structure by hand (no re-serialising)."""
    msg = read(raw)
    boundary = msg.get_boundary()
    assert boundary
    delimiter = b"\r\n--" + boundary.encode()
    raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    for chunk in raw.split(delimiter)[1:]:
        head, _, body = chunk.partition(b"\r\n\r\n")
        if b"filename=\"original.eml\"" in head:
            if b"base64" in head.lower():
                return base64.b64decode(body)
            return body
    raise AssertionError("no original.eml part")


def same_modulo_crlf(a: bytes, b: bytes) -> bool:
    def norm(x: bytes) -> bytes:
        return x.replace(b"\r\n", b"\n").rstrip(b"\n")
    return norm(a) == norm(b)


# --- the knowledge-base reply ----------------------------------------------------------------------

def kb_reply(subject="What is the support email?", kb=ARTICLE, **kwargs):
    msg, _ = original(subject=subject, **kwargs)
    out_id, raw = compose.kb_reply(msg, decision(kb=kb, recipient=msg.reply_to or msg.sender), CFG, "key-1")
    return out_id, raw, read(raw)


def test_reply_comes_from_the_helpline_and_goes_to_the_sender():
    _, _, reply = kb_reply()
    assert reply["From"].addresses[0].addr_spec == "helpline@example.com"
    assert [a.addr_spec for a in reply["To"].addresses] == ["dana@example.com"]


def test_reply_subject_gets_one_re_prefix():
    _, _, reply = kb_reply(subject="What is the support email?")
    assert reply["Subject"] == "Re: What is the support email?"


@pytest.mark.parametrize("subject", ["Re: What is the support email?", "RE: What is the support email?",
                                     "re:What is the support email?"])
def test_reply_subject_never_becomes_re_re(subject):
    _, _, reply = kb_reply(subject=subject)
    assert not re.match(r"(?i)^re\s*:\s*re\s*:", reply["Subject"])
    assert "What is the support email?" in reply["Subject"]


def test_reply_to_a_message_without_a_subject_still_has_a_subject():
    _, _, reply = kb_reply(subject=None)
    assert reply["Subject"].startswith("Re: ")


def test_reply_threads_with_in_reply_to_and_references():
    _, _, reply = kb_reply(headers={"References": "<root@mail.example.com> <middle@mail.example.com>",
                                    "In-Reply-To": "<middle@mail.example.com>"})
    assert reply["In-Reply-To"] == "<msg-1@mail.example.com>"
    refs = reply["References"].split()
    assert refs == ["<root@mail.example.com>", "<middle@mail.example.com>", "<msg-1@mail.example.com>"]


def test_reply_to_a_first_message_references_only_that_message():
    _, _, reply = kb_reply()
    assert reply["References"] == "<msg-1@mail.example.com>"


def test_reply_is_marked_auto_replied_and_suppresses_auto_responses():
    _, _, reply = kb_reply()
    assert reply["Auto-Submitted"] == "auto-replied"
    assert reply["X-Auto-Response-Suppress"] == "All"
    assert reply["X-Triage-Loop"]


def test_reply_message_id_is_ours_so_a_bounce_of_it_is_recognised():
    out_id, _, reply = kb_reply()
    assert reply["Message-ID"] == f"<{out_id}>"
    assert is_our_message_id(out_id, CFG.helpline_domain)


def test_reply_has_a_text_and_an_html_part():
    _, _, reply = kb_reply()
    assert reply.get_content_type() == "multipart/alternative"
    part_of_type(reply, "text/plain")
    part_of_type(reply, "text/html")


def test_reply_text_part_carries_the_article_without_markdown_marks():
    _, _, reply = kb_reply()
    text = part_of_type(reply, "text/plain").get_content()
    assert "GoodTime Support is there 24/7 at support@goodtime.io." in text
    assert "**" not in text
    assert "- what happened" in text


def test_reply_html_part_carries_the_article_as_html():
    kb = KbMatch("x", "Title", 0.9, "Write to **support@goodtime.io**.\n\n- what happened\n- when\n\n1. open\n2. click")
    _, _, reply = kb_reply(kb=kb)
    html = part_of_type(reply, "text/html").get_content()
    assert "<strong>support@goodtime.io</strong>" in html
    assert "<ul><li>what happened</li><li>when</li></ul>" in html
    assert "<ol><li>open</li><li>click</li></ol>" in html


def test_reply_html_renders_a_list_right_after_its_intro_line_as_a_list():
    # The shipped articles write lists this way ("Contact Support when:" then "- ..." lines).
    _, _, reply = kb_reply()
    html = part_of_type(reply, "text/html").get_content()
    assert "<li>what happened</li>" in html
    assert "- what happened" not in html


def test_reply_names_the_article_it_was_built_from():
    _, _, reply = kb_reply()
    assert "contact-support" in part_of_type(reply, "text/plain").get_content()


def test_reply_greets_the_sender_by_first_name():
    _, _, reply = kb_reply()
    assert part_of_type(reply, "text/plain").get_content().startswith("Hi Dana,")


@pytest.mark.parametrize("display,greeting", [("Nguyen, Linh", "Linh"), ("\"Weber, Ana Maria\"", "Ana"),
                                              ("Linh Nguyen", "Linh"), ("\"Van der Berg, Piet\"", "Piet")])
def test_a_directorys_last_comma_first_name_is_greeted_by_the_first_name(display, greeting):
    # Outlook's address book shows many people as "Nguyen, Linh": the reply said "Hi Nguyen," (an operator's review).
    from triage_daemon.mail.compose import _first_name
    msg = parse(make_eml(sender=f"{display} <linh@example.com>", subject="Reminder timing", body="How do I change it?"))
    assert _first_name(msg) == greeting


def test_html_in_the_article_is_escaped_in_the_html_part():
    kb = KbMatch("x", "Title <img src=x onerror=alert(1)>", 0.9, "Click <script>alert('kb')</script> **here**.")
    _, _, reply = kb_reply(kb=kb)
    html = part_of_type(reply, "text/html").get_content()
    assert "<script" not in html.lower()
    assert "<img" not in html.lower()
    assert "&lt;script&gt;" in html


def test_html_in_the_subject_or_sender_name_is_escaped_in_the_html_part():
    _, _, reply = kb_reply(subject="<script>alert('subject')</script>",
                           sender='"<script>alert(1)</script>" <dana@example.com>')
    html = part_of_type(reply, "text/html").get_content()
    assert "<script" not in html.lower()


def test_same_reply_built_twice_carries_the_same_message_id():
    first_id, _, _ = kb_reply()
    second_id, _, _ = kb_reply()
    assert first_id == second_id


# --- product-board reply ---------------------------------------------------------------------------------

def test_product_board_reply_links_the_board_and_is_an_auto_reply():
    msg, _ = original(subject="Idea: bulk reschedule", body="It would be great if we could reschedule in bulk.")
    out_id, raw = compose.product_board_reply(msg, decision(("product_board_reply",), "feature_request", "low", None),
                                              CFG, "key-2")
    reply = read(raw)
    assert reply["Subject"] == "Re: Idea: bulk reschedule"
    assert reply["Auto-Submitted"] == "auto-replied"
    assert CFG.product_board_url in part_of_type(reply, "text/plain").get_content()
    assert f'href="{CFG.product_board_url}"' in part_of_type(reply, "text/html").get_content()
    assert out_id.startswith("triage.product.")


# --- forward to Support ------------------------------------------------------------------------------------

def forward(raw: bytes | None = None, priority="normal", category="bug"):
    if raw is None:
        raw = make_eml(subject="Calendar sync broken", body="Since Monday no interview lands in calendars.\n",
                       sender="Dana Recruiter <dana@example.com>")
    msg = parse(raw)
    out_id, out = compose.support_forward(msg, raw, decision(("forward_support",), category, priority, None), CFG,
                                          "key-3")
    return raw, out_id, out, read(out)


def test_forward_goes_to_support_from_the_helpline():
    _, _, _, fwd = forward()
    assert [a.addr_spec for a in fwd["To"].addresses] == ["support@goodtime.io"]
    assert fwd["From"].addresses[0].addr_spec == "helpline@example.com"


def test_forward_reply_to_is_the_original_sender():
    _, _, _, fwd = forward()
    assert [a.addr_spec for a in fwd["Reply-To"].addresses] == ["dana@example.com"]


def test_forward_reply_to_prefers_the_originals_reply_to():
    raw = make_eml(subject="x", body="y", headers={"Reply-To": "talent-team@example.com"})
    _, _, _, fwd = forward(raw)
    assert [a.addr_spec for a in fwd["Reply-To"].addresses] == ["talent-team@example.com"]


def test_forward_is_marked_auto_generated():
    _, out_id, _, fwd = forward()
    assert fwd["Auto-Submitted"] == "auto-generated"
    assert is_our_message_id(out_id, CFG.helpline_domain)


def test_forward_attaches_the_original_as_message_rfc822():
    _, _, _, fwd = forward()
    part = part_of_type(fwd, "message/rfc822")
    assert part.get_filename() == "original.eml"
    inner = part.get_payload()[0]
    assert inner["Subject"] == "Calendar sync broken"


def test_forward_attaches_the_original_bytes_unchanged_modulo_crlf():
    raw, _, out, _ = forward()
    assert same_modulo_crlf(attached_original(out), raw)


def test_forward_keeps_an_eight_bit_original_byte_for_byte():
    raw = make_eml(subject="Überprüfung", body="Grüße aus München — the invite is wrong.\n")
    _, _, out, _ = forward(raw)
    assert same_modulo_crlf(attached_original(out), raw)


def test_forward_keeps_a_crlf_original_unchanged():
    raw = make_eml(subject="CRLF mail", body="Line one\nLine two\n", newline="\r\n")
    _, _, out, _ = forward(raw)
    assert same_modulo_crlf(attached_original(out), raw)


def test_forward_of_an_original_with_over_long_lines_still_carries_it_unchanged():
    raw = make_eml(subject="Long line", body="x" * 5000 + "\n")
    _, _, out, _ = forward(raw)
    assert all(len(line) <= 998 for line in out.split(b"\r\n"))
    assert same_modulo_crlf(attached_original(out), raw)


def test_forward_summary_names_urgency_sender_and_their_words_but_not_the_category():
    _, _, _, fwd = forward(priority="urgent", category="scheduling_blocker")
    summary = part_of_type(fwd, "text/plain").get_content()
    assert "Urgency:      Urgent" in summary
    assert "Dana Recruiter <dana@example.com>" in summary
    assert "Since Monday no interview lands in calendars." in summary
    assert "scheduling_blocker" not in summary and "Category" not in summary


def test_forward_subject_names_the_organisation_and_the_urgency_not_the_category():
    _, _, _, fwd = forward(priority="urgent", category="scheduling_blocker")
    assert fwd["Subject"] == "[example.com] Urgent: Calendar sync broken"


def test_a_normal_forward_subject_has_no_urgency_word():
    _, _, _, fwd = forward(priority="normal", category="bug")
    assert fwd["Subject"] == "[example.com] Calendar sync broken"


def test_urgent_forward_is_marked_important():
    _, _, _, fwd = forward(priority="urgent")
    assert fwd["Importance"] == "high"


def test_forward_summary_lists_the_originals_attachments():
    msg, raw = original()
    msg = Message(**{**msg.__dict__, "attachments": (Attachment("screenshot.png", "image/png", 2048),)})
    _, out = compose.support_forward(msg, raw, decision(("forward_support",), "bug", "normal", None), CFG, "key-4")
    assert "screenshot.png" in part_of_type(read(out), "text/plain").get_content()


# --- CSM notice ----------------------------------------------------------------------------------------------

def test_csm_notice_goes_to_the_csm_and_carries_the_original():
    raw = make_eml(subject="Every recruiter is blocked", body="All invites fail for the whole company.\n")
    msg = parse(raw)
    out_id, out = compose.csm_notice(msg, raw, decision(("forward_support", "flag_csm"), "bug", "high", None), CFG,
                                     "key-5")
    notice = read(out)
    assert [a.addr_spec for a in notice["To"].addresses] == ["csm@example.com"]
    assert notice["Auto-Submitted"] == "auto-generated"
    assert "high" in part_of_type(notice, "text/plain").get_content()
    assert same_modulo_crlf(attached_original(out), raw)
    assert is_our_message_id(out_id, CFG.helpline_domain)


# --- message ids -----------------------------------------------------------------------------------------------

def test_our_message_id_is_deterministic_for_the_same_key_and_kind():
    assert compose.our_message_id("key-1", "reply", "example.com") == compose.our_message_id("key-1", "reply",
                                                                                             "example.com")


def test_our_message_id_differs_across_kinds():
    ids = {compose.our_message_id("key-1", kind, "example.com") for kind in ("reply", "product", "forward", "csm")}
    assert len(ids) == 4


def test_our_message_id_differs_across_keys():
    assert compose.our_message_id("key-1", "reply", "example.com") != compose.our_message_id("key-2", "reply",
                                                                                             "example.com")


def test_forward_and_notice_for_one_message_have_different_ids():
    raw = make_eml()
    msg = parse(raw)
    d = decision(("forward_support", "flag_csm"), "bug", "high", None)
    fwd_id, _ = compose.support_forward(msg, raw, d, CFG, "key-6")
    csm_id, _ = compose.csm_notice(msg, raw, d, CFG, "key-6")
    assert fwd_id != csm_id


# --- header injection ----------------------------------------------------------------------------------------------

def hostile_message() -> tuple[Message, bytes]:
    """A Message whose fields carry CR/LF, as if a parser had let them through."""
    raw = make_eml()
    msg = parse(raw)
    msg = Message(**{**msg.__dict__,
                     "subject": "Hello\r\nBcc: victim@evil.example\r\nX-Injected: yes",
                     "sender_name": "Eve\r\nX-Injected: yes"})
    return msg, raw


def test_subject_with_crlf_never_creates_a_new_header_in_a_reply():
    msg, _ = hostile_message()
    _, out = compose.kb_reply(msg, decision(), CFG, "key-7")
    reply = read(out)
    assert reply["Bcc"] is None and reply["X-Injected"] is None
    assert "\n" not in reply["Subject"]


@pytest.mark.parametrize("builder", [compose.support_forward, compose.csm_notice])
def test_subject_or_name_with_crlf_never_creates_a_new_header_in_a_forward(builder):
    msg, raw = hostile_message()
    _, out = builder(msg, raw, decision(("forward_support",), "bug", "normal", None), CFG, "key-8")
    fwd = read(out)
    assert fwd["Bcc"] is None and fwd["X-Injected"] is None
    header_block = out.split(b"\r\n\r\n", 1)[0]
    assert b"\r\nBcc:" not in header_block and b"\r\nX-Injected:" not in header_block


# --- an English answer to mail in another language says so, in that language ------------------------------

GERMAN = ("Wie erreiche ich den Support?", "Hallo,\n\nwie erreiche ich den GoodTime Support? Ich finde keine Adresse.\n\n"
                                            "Danke\nAnna\n")
NOTES = {"de": "Diese Antwort ist auf Englisch", "es": "Esta respuesta está en inglés",
         "fr": "Cette réponse est en anglais", "pt": "Esta resposta está em inglês"}


@pytest.mark.parametrize("language,subject,body", [
    ("de", *GERMAN),
    ("es", "¿Cómo contacto al soporte?", "Hola,\n\n¿cómo contacto al soporte de GoodTime? No encuentro el correo.\n\nGracias\n"),
    ("fr", "Comment joindre le support ?", "Bonjour,\n\ncomment est-ce que je joins le support de GoodTime ? Je ne trouve "
                                           "pas l'adresse.\n\nMerci\n"),
    ("pt", "Como falo com o suporte?", "Olá,\n\ncomo eu falo com o suporte da GoodTime? Não acho o e-mail.\n\nObrigada\n"),
])
def test_an_answer_to_mail_in_another_language_says_it_is_in_english(language, subject, body):
    msg, _ = original(subject=subject, body=body)
    written = {"kb_reply": compose.kb_reply(msg, decision(recipient=msg.sender), CFG, "key-1")[1],
               "product_board_reply": compose.product_board_reply(msg, decision(recipient=msg.sender), CFG, "key-1")[1],
               "draft_reply": compose.draft_reply(msg, ARTICLE, CFG, "key-1")[1]}
    for kind, raw in written.items():
        reply = read(raw)
        for part in ("text/plain", "text/html"):
            text = part_of_type(reply, part).get_content()
            assert NOTES[language] in text, (kind, part)
            assert not any(note in text for lang, note in NOTES.items() if lang != language)


def test_an_answer_to_mail_in_english_carries_no_such_note():
    _, _, reply = kb_reply()
    for part in ("text/plain", "text/html"):
        assert not any(note in part_of_type(reply, part).get_content() for note in NOTES.values())
