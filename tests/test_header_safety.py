"""Header values read as mail clients read them and written on one line: raw 8-bit UTF-8 and windows-1252
subjects arrive intact in the Message, the log and what we write; iso-8859-1 is read as windows-1252;
every character str.splitlines() breaks on (U+0085, U+2028, U+2029, ...) is dropped from every header we
copy, so the urgent forward of an Outlook subject with "..." reaches Support; display names are quoted
or encoded so an address never turns into a group."""
from __future__ import annotations

import email
import email.policy
import logging

import pytest
from robust_helpers import eml, header_names, one_pass, outbox_files
from twin import Twin

from triage_daemon import config
from triage_daemon.mail import compose, headers
from triage_daemon.mail.parse import parse
from triage_daemon.message import Decision, KbMatch
from triage_daemon.service import engine

SPANISH = "¿Cómo contacto al soporte de GoodTime?"
PORTUGUESE = "Dúvida sobre agendamento"
BREAKS = "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
KB = KbMatch("contact-support", "How to contact GoodTime Support", 0.9, "Mail **support@goodtime.io**.")
CFG = config.from_dict(dict(config.EMBEDDED_DEFAULT, seed_samples=False), source="test")


def raw_message(subject: bytes, sender: bytes = b"Dana Cho <dana.cho@example.com>", body: str = "Hola, ?\n",
                msgid: str = "<raw-8bit@mail.example.com>") -> bytes:
    return (b"From: " + sender + b"\nTo: helpline@example.com\nSubject: " + subject +
            b"\nDate: Mon, 02 Mar 2026 09:12:00 -0500\nMessage-ID: " + msgid.encode() +
            b"\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n" + body.encode("utf-8"))


def read(raw: bytes) -> email.message.EmailMessage:
    return email.message_from_bytes(raw, policy=email.policy.default)


def every_kind(msg, raw: bytes) -> dict[str, bytes]:
    """All four messages we write about `msg`, whatever the decision would be."""
    recipient = msg.reply_to or msg.sender
    d = Decision("question", 0.9, ("auto_reply",), "urgent", ("why",), KB, recipient)
    return {"reply": compose.kb_reply(msg, d, CFG, "k")[1],
            "product": compose.product_board_reply(msg, d, CFG, "k")[1],
            "forward": compose.support_forward(msg, raw, d, CFG, "k")[1],
            "csm": compose.csm_notice(msg, raw, d, CFG, "k")[1]}


def head_lines(raw: bytes) -> list[bytes]:
    return raw.replace(b"\r\n", b"\n").split(b"\n\n", 1)[0].split(b"\n")


# --- raw 8-bit headers ---------------------------------------------------------------------------------

def test_a_raw_utf8_subject_is_read_intact():
    assert parse(raw_message(SPANISH.encode("utf-8"))).subject == SPANISH


def test_a_raw_windows_1252_subject_is_read_intact():
    assert parse(raw_message(PORTUGUESE.encode("cp1252"))).subject == PORTUGUESE


def test_raw_8bit_display_names_are_read_intact_and_the_address_kept():
    msg = parse(raw_message(b"hi", sender="Zoë Ünal <zoe@example.com>".encode("utf-8")))
    assert (msg.sender_name, msg.sender) == ("Zoë Ünal", "zoe@example.com")
    msg = parse(raw_message(b"hi", sender="João Conceição <joao@example.com>".encode("cp1252")))
    assert (msg.sender_name, msg.sender) == ("João Conceição", "joao@example.com")


def test_raw_8bit_text_beside_an_encoded_word_is_read_intact():
    subject = "Dúvida: ".encode("cp1252") + b"=?utf-8?q?agendamento_=C3=A0s_10h?="
    assert parse(raw_message(subject)).subject == "Dúvida: agendamento às 10h"


@pytest.mark.parametrize("subject,encoding", [(SPANISH, "utf-8"), (PORTUGUESE, "cp1252")], ids=["utf-8", "windows-1252"])
def test_a_raw_8bit_subject_is_intact_in_the_log_line_and_in_the_forward(subject, encoding, tmp_path, caplog):
    # Every category goes to Support here, whatever the model makes of the text.
    twin = Twin(tmp_path, "[routes]\n" +
                "".join(f'{c} = ["forward_support"]\n' for c in config.CATEGORIES) +
                "[min_confidence]\n" + "".join(f"{c} = 0.0\n" for c in config.CATEGORIES))
    body = "Hola, ¿cómo contacto al soporte de GoodTime? No encuentro el correo.\nGracias, Dana\n"
    twin.deliver(raw_message(subject.encode(encoding), body=body))
    caplog.set_level(logging.INFO, logger="triage_daemon")
    one_pass(twin)
    [line] = [r.getMessage() for r in caplog.records if r.getMessage().startswith("decision ")]
    assert f"subject={subject!r}" in line
    [forward] = [m for m in (read(p.read_bytes()) for p in outbox_files(twin)) if m["To"] == "support@goodtime.io"]
    assert str(forward["Subject"]).endswith(f" {subject}"), str(forward["Subject"])


@pytest.mark.parametrize("subject,encoding", [(SPANISH, "utf-8"), (PORTUGUESE, "cp1252")], ids=["utf-8", "windows-1252"])
def test_a_raw_8bit_subject_is_intact_in_every_message_we_write(subject, encoding):
    raw = raw_message(subject.encode(encoding))
    written = every_kind(parse(raw), raw)
    for kind in ("reply", "product"):
        assert str(read(written[kind])["Subject"]) == f"Re: {subject}", kind
    for kind in ("forward", "csm"):
        assert str(read(written[kind])["Subject"]).endswith(f" {subject}"), kind


# --- iso-8859-1 is windows-1252; line breaks of every kind never reach a header we write -------------------

OUTLOOK_URGENT = "=?iso-8859-1?q?URGENT=3A_candidate_waiting=85no_zoom_link?="


def test_text_labelled_iso_8859_1_is_read_as_windows_1252():
    assert parse(eml(subject=OUTLOOK_URGENT)).subject == "URGENT: candidate waiting…no zoom link"


def test_the_urgent_blocker_with_an_outlook_ellipsis_reaches_support_on_the_first_pass(tmp_path):
    twin = Twin(tmp_path)
    twin.deliver(eml(subject=OUTLOOK_URGENT, body="The candidate is waiting right now and the interview has no "
                     "Zoom link. The interview starts in 5 minutes!\n", msgid="<urgent@mail.example.com>"))
    stats = one_pass(twin)
    assert stats.errors == 0 and stats.quarantined == 0
    [forward] = twin.sent_to("support@goodtime.io")
    assert str(forward["Subject"]).endswith("URGENT: candidate waiting…no zoom link")


def separators_everywhere() -> list[tuple[str, bytes]]:
    """Messages with every splitlines() break in the subject and the display name, encoded and raw."""
    text = "Zoom" + "".join(f"{c}x" for c in BREAKS)
    encoded = "=?utf-8?b?" + __import__("base64").b64encode(text.encode()).decode() + "?="
    return [
        ("encoded", eml(subject=encoded, sender=f"{encoded} <dana.cho@example.com>")),
        ("raw", raw_message(("Zoom\u2028x\u2029y\x85z").encode("utf-8"),
                            sender=("Dana\u2028Cho\x85 <dana.cho@example.com>").encode("utf-8"))),
        ("iso-8859-1", eml(subject="=?iso-8859-1?q?a=85b=0Bc=0Cd=1Ce?=", sender="=?iso-8859-1?q?Dana=85Cho?= <dana.cho@example.com>")),
    ]


@pytest.mark.parametrize("name,raw", separators_everywhere(), ids=[n for n, _ in separators_everywhere()])
def test_line_separators_of_every_kind_never_reach_a_header_we_write(name, raw):
    msg = parse(raw)
    for value in (msg.subject, msg.sender_name):
        assert len(value.splitlines()) <= 1 and value == value.strip(), repr(value)
    for kind, out in every_kind(msg, raw).items():
        for line in head_lines(out):
            assert not any(c in line.decode("utf-8", "replace") for c in BREAKS), (kind, line)
        parsed = read(out)
        assert parsed["Subject"] and len(str(parsed["Subject"]).splitlines()) == 1, kind
        assert "bcc" not in header_names(out)


def test_one_line_drops_every_character_splitlines_breaks_on():
    breaks = [chr(c) for c in range(0x110000) if len(f"a{chr(c)}b".splitlines()) > 1]
    assert set(BREAKS) | {"\n", "\r"} == set(breaks)
    value = headers.one_line("a" + "".join(breaks) + "b")
    assert value == "a b" and len(value.splitlines()) == 1


# --- display names -----------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["Dana: Ré@x", "Ré, Zoë", "Dana \"the boss\" O'Neil", "=?utf-8?q?boss?=", "a@b: c"])
def test_the_forwards_reply_to_keeps_the_senders_address_whatever_the_display_name(name):
    raw = eml(sender=f"=?utf-8?b?{__import__('base64').b64encode(name.encode()).decode()}?= <dana.cho@example.com>")
    msg = parse(raw)
    for kind in ("forward", "csm"):
        out = read(every_kind(msg, raw)[kind])
        [addr] = out["Reply-To"].addresses
        assert addr.addr_spec == "dana.cho@example.com", (kind, str(out["Reply-To"]))
        assert addr.display_name == msg.sender_name.replace("=?", "= ?")


# --- the last resort: a message that cannot be composed as is gets a plain subject -----------------------

def test_a_forward_that_cannot_be_composed_as_is_goes_out_with_a_plain_subject(monkeypatch):
    real = compose.support_forward

    def fails_on_the_real_subject(original, *args):
        if original.subject != headers.FALLBACK_SUBJECT:
            raise ValueError("Header values may not contain linefeed or carriage return characters")
        return real(original, *args)

    monkeypatch.setattr(compose, "support_forward", fails_on_the_real_subject)
    raw = eml(subject="anything", body="The scheduling page crashes with an error since this morning.\n")
    msg = parse(raw)
    d = Decision("bug", 0.9, ("forward_support",), "normal", ("why",), None, msg.sender)
    [(kind, to, _, payload)] = engine.plan_effects(msg, raw, d, CFG, "key")
    assert (kind, to) == ("forward", "support@goodtime.io")
    assert str(read(payload)["Subject"]).endswith(headers.FALLBACK_SUBJECT)
