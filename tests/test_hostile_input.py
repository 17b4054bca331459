"""Hostile input: real-world MIME oddities, fuzzed bytes, huge and deep messages, bad charsets, NUL bytes,
header injection and HTML injection. Nothing crashes the daemon, memory stays bounded, and what we write
carries only the headers we put there."""
from __future__ import annotations

import base64
import functools
import json
import subprocess
import sys
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest
from corpus_paths import MIME_CORPUS
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from robust_helpers import (
    DELIVERY_HEADERS,
    OUR_HEADERS,
    QUESTION_BODY,
    eml,
    header_names,
    outbox_files,
    parse_bytes,
    subprocess_env,
)
from twin import SAMPLES, Twin

from triage_daemon import config
from triage_daemon.cli import main
from triage_daemon.decide.classifier import Classifier
from triage_daemon.decide.pipeline import decide_message
from triage_daemon.mail import compose
from triage_daemon.mail.loops import never_send_to
from triage_daemon.mail.parse import ParseError, parse
from triage_daemon.message import Decision, History, KbMatch, message_key
from triage_daemon.service.engine import plan_effects

CORPUS = MIME_CORPUS
CORPUS_FOLDERS = sorted(p.name for p in CORPUS.iterdir() if p.is_dir() and list(p.glob("*.eml")))
ROBOTS = ("mailer-daemon", "postmaster", "noreply", "no-reply", "abuse@", "root@")


# --- the MIME test corpus, folder by folder, through `once` ------------------------------------------------------

def test_the_corpus_folders_are_there():
    assert len(CORPUS_FOLDERS) == 6, CORPUS_FOLDERS


@pytest.mark.parametrize("folder", CORPUS_FOLDERS)
def test_every_corpus_message_goes_through_once_without_a_crash(folder, tmp_path):
    files = sorted((CORPUS / folder).glob("*.eml"))
    twin = Twin(tmp_path)
    for i, path in enumerate(files):
        twin.deliver(path.read_bytes(), name=f"{i:04d}.{path.stem}")
    assert main(["--config", str(twin.config_path), "once"]) == 0
    assert list((twin.inbox / "new").iterdir()) == [] and list((twin.inbox / "cur").iterdir()) == []
    assert len(twin.filed_messages()) == len(files)
    for path in outbox_files(twin):
        raw = path.read_bytes()
        assert set(header_names(raw)) <= OUR_HEADERS | DELIVERY_HEADERS, path
        to = str(parse_bytes(raw)["To"]).lower()
        assert not any(r in to for r in ROBOTS), to


# --- property: parse -> decide -> compose never raises but ParseError; we write only our headers -------------

@functools.lru_cache(maxsize=1)
def brain():
    cfg = config.from_dict(dict(config.EMBEDDED_DEFAULT, seed_samples=False), source="test")
    return cfg, Classifier.from_config(cfg)


SEEDS = [p.read_bytes() for p in sorted(SAMPLES.glob("*.eml"))] + \
        [p.read_bytes() for p in sorted(CORPUS.glob("*/*.eml")) if p.stat().st_size < 12_000][::6]
KB = KbMatch("contact-support", "How to contact <GoodTime> Support", 0.9, "Mail **support@goodtime.io**.\n\n- one\n- two")


def check_ours(payload: bytes, expect_to: str) -> None:
    """A message we composed: only our header fields, each once, one recipient, no injected field."""
    names = header_names(payload)
    assert set(names) <= OUR_HEADERS, set(names) - OUR_HEADERS
    assert max(Counter(names).values()) == 1, Counter(names).most_common(2)
    msg = parse_bytes(payload)
    assert msg["Bcc"] is None and msg["Cc"] is None
    assert len(msg["To"].addresses) == 1
    assert msg["To"].addresses[0].addr_spec.lower() == expect_to.lower()


def through_the_pipeline(raw: bytes) -> None:
    cfg, classifier = brain()
    try:
        msg = parse(raw)
    except ParseError:
        return
    verdict, decision = decide_message(msg, classifier, cfg, History())
    key = message_key(msg)
    for kind, recipient, _, payload in plan_effects(msg, raw, decision, cfg, key):
        check_ours(payload, recipient)
    # Every kind of message we write, whatever the decision was, to whoever the message names (if mail
    # could reach that address at all: plan_effects refuses the others).
    recipient = next((a for a in (msg.reply_to, msg.sender) if a and not never_send_to(a)), "someone@example.com")
    forced = Decision(verdict.category, verdict.confidence, ("auto_reply",), "urgent", decision.reasons, KB, recipient)
    for _, payload in (compose.kb_reply(msg, forced, cfg, key), compose.product_board_reply(msg, forced, cfg, key)):
        check_ours(payload, recipient)
    for fn, to in ((compose.support_forward, cfg.support_address), (compose.csm_notice, cfg.csm_address)):
        _, payload = fn(msg, raw, forced, cfg, key)
        check_ours(payload, to)


PROPERTY = settings(max_examples=150, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@PROPERTY
@given(st.binary(max_size=4000))
def test_arbitrary_bytes_never_crash_the_pipeline(raw):
    through_the_pipeline(raw)


@st.composite
def mutated_messages(draw):
    raw = bytearray(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(1, 8))):
        op = draw(st.sampled_from(["insert", "delete", "flip", "duplicate", "newline"]))
        pos = draw(st.integers(0, max(0, len(raw) - 1)))
        if op == "insert":
            raw[pos:pos] = draw(st.binary(min_size=1, max_size=40))
        elif op == "delete":
            del raw[pos:pos + draw(st.integers(1, 200))]
        elif op == "flip" and raw:
            raw[pos] = draw(st.integers(0, 255))
        elif op == "duplicate":
            raw[pos:pos] = raw[pos:pos + draw(st.integers(1, 400))]
        else:
            raw[pos:pos] = draw(st.sampled_from([b"\r\n", b"\n\n", b"\r", b"\r\nBcc: victim@evil.example\r\n",
                                                  b"\nContent-Type: multipart/mixed; boundary=x\n", b"=?utf-8?q?=0D=0A?="]))
    return bytes(raw)


@PROPERTY
@given(mutated_messages())
def test_mutated_real_messages_never_crash_the_pipeline(raw):
    through_the_pipeline(raw)


def encoded_word(text: str, b64: bool) -> str:
    data = text.encode("utf-8", "surrogatepass")
    if b64:
        return "=?utf-8?b?" + base64.b64encode(data).decode() + "?="
    return "=?utf-8?q?" + "".join(chr(c) if chr(c).isalnum() else f"={c:02X}" for c in data) + "?="


@PROPERTY
@given(subject=st.text(st.characters(blacklist_categories=("Cs",)), max_size=80),
       name=st.text(st.characters(blacklist_categories=("Cs",)), max_size=40),
       injected=st.sampled_from(["\r\nBcc: victim@evil.example", "\nCc: victim@evil.example\n", "%0d%0aBcc: x@evil.example",
                                 "\r\n\r\n<html>", "\x00\x0b\x0c\x1b", "\u2028\u2029\x85"]),
       b64=st.booleans())
def test_encoded_words_with_control_characters_never_become_header_fields(subject, name, injected, b64):
    raw = eml(subject=encoded_word(subject + injected + subject, b64),
              sender=f"{encoded_word(name + injected, not b64)} <dana.cho@example.com>")
    msg = parse(raw)
    assert "\r" not in msg.subject and "\n" not in msg.subject and "\n" not in msg.sender_name
    through_the_pipeline(raw)


# --- huge, deep, strange --------------------------------------------------------------------------------------

def question(**kw) -> bytes:
    return eml(sender=kw.pop("sender", "Dana Cho <dana.cho@example.com>"), **kw)


def deep_multipart(depth: int) -> bytes:
    body = ""
    for d in range(depth):
        body += f"--D{d}\nContent-Type: multipart/mixed; boundary=\"D{d + 1}\"\n\n"
    body += f"--D{depth}\nContent-Type: text/plain\n\n{QUESTION_BODY}--D{depth}--\n"
    for d in reversed(range(depth)):
        body += f"--D{d}--\n"
    return question(body=body, msgid="<deep@mail.example.com>", content_type='multipart/mixed; boundary="D0"')


def many_parts(n: int) -> bytes:
    body = f"--P\nContent-Type: text/plain\n\n{QUESTION_BODY}" + \
        "".join(f"--P\nContent-Type: application/octet-stream; name=\"f{i}.bin\"\n\npart {i}\n" for i in range(n)) + "--P--\n"
    return question(body=body, msgid="<many@mail.example.com>", content_type='multipart/mixed; boundary="P"')


def parts_with_text_at(n: int, at: int) -> bytes:
    """n parts after the question's text; part number `at` (counting the message itself as 0 and the question
    as 1, as a walk does) is text saying MARKER-<at>, the others binary."""
    body = f"--P\nContent-Type: text/plain\n\n{QUESTION_BODY}" + "".join(
        f"--P\nContent-Type: text/plain\n\nMARKER-{at}\n" if i + 2 == at else
        f"--P\nContent-Type: application/octet-stream; name=\"f{i}.bin\"\n\npart {i}\n" for i in range(n)) + "--P--\n"
    return question(body=body, msgid="<many@mail.example.com>", content_type='multipart/mixed; boundary="P"')


@pytest.mark.parametrize("parts", [600, 5000])
def test_at_most_500_mime_parts_are_walked(parts):
    # Parts 0 to 499 are read, whatever the size of the message (mail-parser, for small ones, walks them all).
    for at, read in ((2, True), (499, True), (500, False), (parts - 1, False)):
        msg = parse(parts_with_text_at(parts, at))
        assert (f"MARKER-{at}" in msg.text) is read, (parts, at)
        assert "GoodTime support" in msg.text and len(msg.attachments) <= 200
    # Below the limit nothing is cut.
    assert "MARKER-450" in parse(parts_with_text_at(460, 450)).text


HOSTILE = {
    "1MB-subject": lambda: question(subject="how do I reach goodtime support? " * 31_800, msgid="<huge-subject@x.example>"),
    "5000-mime-parts": lambda: many_parts(5000),
    "200-deep-multipart": lambda: deep_multipart(200),
    "unknown-charset": lambda: question(content_type='text/plain; charset="x-unknown"', msgid="<cs@x.example>",
                                        body="Caf\u00e9: what's the email address for GoodTime support?"),
    "nul-bytes": lambda: question(subject="support\x00 address?", msgid="<nul@x.example>",
                                  body="What's the email\x00 address for GoodTime support?\x00\n"),
}


@pytest.mark.parametrize("case", list(HOSTILE))
def test_hostile_shapes_parse_and_are_handled_by_the_daemon(case, tmp_path):
    raw = HOSTILE[case]()
    msg = parse(raw)
    assert len(msg.subject) <= 4000 and len(msg.text) <= 200_000
    twin = Twin(tmp_path)
    twin.deliver(raw)
    twin.deliver((SAMPLES / "01-question.eml").read_bytes())   # and the next message is not held up
    assert main(["--config", str(twin.config_path), "once"]) == 0
    assert list((twin.inbox / "new").iterdir()) == [] and list((twin.inbox / "cur").iterdir()) == []
    assert twin.folder_files("Triage/Quarantine") == []
    assert len(twin.sent_to("dana.cho@example.com")) >= 1
    for path in outbox_files(twin):
        data = path.read_bytes()
        assert set(header_names(data)) <= OUR_HEADERS | DELIVERY_HEADERS
        assert len(str(parse_bytes(data)["Subject"])) <= 300


# --- 50 MB ------------------------------------------------------------------------------------------------------

def write_big(path: Path, mb: int = 50) -> Path:
    line = b"QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAxMjM0\n"
    head = question(subject="how do I reach goodtime support? (with the big export)", msgid="<big@mail.example.com>",
                    content_type='multipart/mixed; boundary="B"',
                    body=f"--B\nContent-Type: text/plain\n\n{QUESTION_BODY}--B\nContent-Type: application/zip; "
                         f"name=\"export.zip\"\nContent-Transfer-Encoding: base64\nContent-Disposition: attachment; "
                         f"filename=\"export.zip\"\n\n")
    with open(path, "wb") as fh:
        fh.write(head)
        fh.write(line * (mb * 1024 * 1024 // len(line)))
        fh.write(b"--B--\n")
    return path


@pytest.fixture(scope="module")
def big_file(tmp_path_factory):
    return write_big(tmp_path_factory.mktemp("big") / "big.eml")


ONCE_MEASURED = r"""
import json, sys
from triage_daemon.cli import main
rc = main(["--config", sys.argv[1], "once"])
hwm = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM:"))
print(json.dumps({"rc": rc, "hwm_mb": hwm / 1024}))
"""


def test_a_50mb_message_is_over_max_message_bytes_and_left_for_a_person(big_file, tmp_path):
    twin = Twin(tmp_path)
    twin.deliver(big_file.read_bytes())
    done = subprocess.run([sys.executable, "-c", ONCE_MEASURED, str(twin.config_path)], capture_output=True, text=True,
                          timeout=300, env=subprocess_env())
    result = json.loads(done.stdout.splitlines()[-1])
    assert result["rc"] == 0, done.stderr[-2000:]
    # Only the header is read (max_message_bytes is 25 MB); docs/faults.md promises under 250 MB (211 MB
    # measured), nearly all of it the category and answer models.
    assert result["hwm_mb"] < 250, result
    [filed] = twin.folder_files("Triage/Review")
    assert filed.stat().st_size == big_file.stat().st_size      # untouched
    assert outbox_files(twin) == []
    import sqlite3
    db = sqlite3.connect(twin.root / "triage.db")
    [(decision,)] = db.execute("SELECT decision FROM messages").fetchall()
    assert "needs_review" in json.loads(decision)["actions"]
    assert "max_message_bytes" in decision


MEASURE = r"""
import json, resource, sys
from pathlib import Path
from triage_daemon.mail.parse import parse
raw = Path(sys.argv[1]).read_bytes()
msg = parse(raw)
hwm = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM:"))
print(json.dumps({"attachments": [[a.filename, a.size] for a in msg.attachments], "subject": msg.subject,
                  "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "hwm_mb": hwm / 1024}))
"""


def test_parse_handles_50mb_directly_with_bounded_memory(big_file):
    done = subprocess.run([sys.executable, "-c", MEASURE, str(big_file)], capture_output=True, text=True, timeout=300,
                          env=subprocess_env())
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout)
    [[name, size]] = result["attachments"]
    assert name == "export.zip" and size > 35_000_000
    # Measured on the project's machine: ~458 MB peak RSS for the 50 MB message (about 50 MB of it the
    # raw bytes, ~20 MB the interpreter); the bound is generous but catches a copy per part or line.
    # The peak is read from VmHWM (this process image only): ru_maxrss of a child started by a big pytest
    # process carries over the parent's high-water mark through vfork+exec (708 MB seen that way).
    assert result["hwm_mb"] < 600, result
    assert result["hwm_mb"] <= result["maxrss_mb"] + 1


# --- header injection and HTML injection through the daemon ----------------------------------------------------

INJECTED_SUBJECT = "=?utf-8?q?how_do_I_reach_goodtime_support=3F=0D=0ABcc=3A_victim=40evil=2Eexample?="
INJECTED_NAME = "=?utf-8?b?" + base64.b64encode(b"Dana\r\nBcc: victim@evil.example\r\nX-Evil: 1").decode() + "?="


def test_cr_lf_in_encoded_subject_and_display_name_never_become_headers_of_our_mail(tmp_path):
    twin = Twin(tmp_path)
    twin.deliver(eml(subject=INJECTED_SUBJECT, sender=f"{INJECTED_NAME} <dana.cho@example.com>",
                     msgid="<inject-q@mail.example.com>"))
    twin.deliver(eml(subject="=?utf-8?q?invites_going_out_with_the_wrong_time_zone=0D=0ABcc=3A_victim=40evil=2Eexample?=",
                     body=(SAMPLES / "02-bug.eml").read_bytes().decode().split("\n\n", 1)[1],
                     sender=f"{INJECTED_NAME} <marcus.feld@example.com>", msgid="<inject-b@mail.example.com>"))
    twin.deliver(eml(subject="how do I reach goodtime support?%0d%0aBcc: victim@evil.example",
                     sender='"Omar%0d%0aBcc: victim@evil.example" <omar.haddad@example.com>',
                     msgid="<inject-u@mail.example.com>"))
    assert main(["--config", str(twin.config_path), "once"]) == 0
    files = outbox_files(twin)
    kinds = Counter(str(parse_bytes(p.read_bytes())["To"]).lower() for p in files)
    # replies to both askers and the bug forwarded to Support
    assert kinds["dana.cho@example.com"] == 1 and kinds["omar.haddad@example.com"] == 1
    assert kinds["support@goodtime.io"] == 1
    for path in files:
        raw = path.read_bytes()
        names = header_names(raw)
        assert "bcc" not in names and "x-evil" not in names
        assert set(names) <= OUR_HEADERS | DELIVERY_HEADERS
        assert max(Counter(names).values()) == 1
        msg = parse_bytes(raw)
        assert msg["Bcc"] is None
        assert len(msg["To"].addresses) == 1
        if msg["Reply-To"] is not None:
            assert [a.addr_spec for a in msg["Reply-To"].addresses] == ["marcus.feld@example.com"]
        assert msg["To"].addresses[0].addr_spec != "victim@evil.example"   # (it may show up as display-name text)


class TagCollector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.attrs = set(), []

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        self.attrs += attrs


HOSTILE_HTML = ("<html><body><p>What's the email address for GoodTime support, and are they around on weekends?</p>"
                "<script>alert('x')</script><img src=x onerror=alert(1)><a href=\"javascript:alert(2)\">x</a>"
                "</body></html>")


@pytest.mark.parametrize("subject,body", [
    ("how do I reach goodtime support?", HOSTILE_HTML),
    ("idea: SMS reminders for candidates",
     "<p>It would be great if GoodTime could send candidates a text message reminder an hour before their interview."
     " Would love to see this!</p><script>document.location='https://evil.example'</script>"
     "<svg onload=alert(3)></svg>"),
])
def test_script_and_event_handlers_never_reach_the_html_of_our_reply(subject, body, tmp_path):
    twin = Twin(tmp_path)
    twin.deliver(eml(subject=subject, body=body, content_type='text/html; charset="utf-8"',
                     sender='"<script>alert(1)</script><img/src=x/onerror=alert(1)>" <dana.cho@example.com>',
                     msgid="<html-1@mail.example.com>"))
    assert main(["--config", str(twin.config_path), "once"]) == 0
    [reply] = twin.sent_to("dana.cho@example.com")
    html = reply.get_body(("html",)).get_content()
    collector = TagCollector()
    collector.feed(html)
    assert collector.tags <= {"html", "body", "p", "hr", "ul", "ol", "li", "strong", "br", "a"}, collector.tags
    assert not [a for a, _ in collector.attrs if a.lower().startswith("on")]
    assert all(not (v or "").lower().startswith("javascript:") for _, v in collector.attrs)
    assert "<script" not in html.lower() and "<img" not in html.lower() and "<svg" not in html.lower()


# Found by the property above: a raw byte no charset reads inside the sender's address ...
UNDECODABLE_SENDERS = [
    b"From: Dana Cho <dana.\x80cho@example.com>\nTo: GoodTime Help Line <helpline@example.com>\n"
    b"Subject: how do I reach goodtime support?\nMessage-ID: <u-1@mail.example.com>\nMIME-Version: 1.0\n"
    b'Content-Type: text/plain; charset="utf-8"\n\nHi team, what is the address for GoodTime support?\n',
    b"From: Dana Cho <\x80dana.cho@example.com>\nReply-To: <\xffdana@example.com>\nTo: helpline@example.com\n"
    b"Subject: how do I reach goodtime support?\nMessage-ID: <u-2@mail.example.com>\n\nHi, what is the address?\n",
    # ... and an address that, written into a header, reads back as another one (l@services).
    b"From: l@services [10.0.0.2])\r\n\tby services.example.com (Postfix) with ESMTP id A5321;\r\n"
    b"To: helpline@example.com\r\nSubject: [Online Lead] Online Lead #1111111\r\nMessage-Id: <u-3@example.com>\r\n"
    b"Content-Type: text/plain; charset=utf-8\r\n\r\nhello, how do I reach support?\r\n",
]


@pytest.mark.parametrize("raw", UNDECODABLE_SENDERS)
def test_an_address_we_could_not_write_back_is_never_answered_or_written(raw):
    msg = parse(raw)
    assert msg.sender == "" and msg.reply_to == ""
    through_the_pipeline(raw)


# --- text a codec decodes into lone surrogates (UTF-7 lets them through) ----------------------------------

UTF7_SURROGATE = (b"From: Dana Cho <dana.cho@example.com>\nTo: helpline@example.com\nSubject: app broken\n"
                  b"Message-ID: <utf7-surrogate@example.com>\nMIME-Version: 1.0\n"
                  b"Content-Type: text/plain; charset=utf-7\n\nThe app +2D8- is broken since this morning.\n")


def test_a_body_that_decodes_into_a_lone_surrogate_is_read_with_a_replacement_character():
    from triage_daemon.mail.parse import parse

    msg = parse(UTF7_SURROGATE)
    assert "The app \ufffd is broken" in msg.text
    assert not any(0xD800 <= ord(c) <= 0xDFFF for c in msg.text + msg.stripped)


def test_classify_decides_a_message_with_a_lone_surrogate_in_a_process_of_its_own(tmp_path):
    """The hashing library stops the whole process on a lone surrogate given as text: the message is
    classified in a child process, so that such a crash fails this test instead of the suite."""
    path = tmp_path / "utf7.eml"
    path.write_bytes(UTF7_SURROGATE)
    done = subprocess.run([sys.executable, "-m", "triage_daemon.cli", "classify", "--json", str(path)],
                          capture_output=True, text=True, timeout=120, check=False, cwd=tmp_path)
    assert done.returncode == 0, (done.returncode, done.stderr[-2000:])
    assert json.loads(done.stdout.splitlines()[0])["category"] == "bug"


def test_hashing_a_lone_surrogate_does_not_stop_the_process():
    code = ("from triage_daemon.decide.inference import hash_indices; "
            "print(hash_indices(['\\udcff', 'ab\\ud83f', 'abc'], 2 ** 17).tolist())")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, (done.returncode, done.stderr[-2000:])
    assert len(json.loads(done.stdout)) == 3
