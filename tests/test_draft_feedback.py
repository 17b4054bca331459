"""Learning from drafts: a person's reply in the Sent folder, compared with the draft, makes a labelled
example (sent as is), a weaker one (edited), or a mark against the article (discarded). On the Maildir
twin, and on the real Dovecot and Postfix with a reply sent as a mail client sends it."""
from __future__ import annotations

import email
import email.policy
import sqlite3
import time
from email.utils import make_msgid

import pytest
from robust_helpers import HELPLINE, server_config
from twin import SAMPLES, Twin

from triage_daemon.cli import main
from triage_daemon.config import load
from triage_daemon.learn.corpus import CORRECTION_WEIGHT, load_source
from triage_daemon.learn.draft_feedback import outcome_of, similarity
from triage_daemon.mail.mailboxes.maildir import ensure_maildir, folder_dir
from triage_daemon.service.daemon import Daemon


def as_sent_by_a_client(draft_raw: bytes, body: str | None = None) -> bytes:
    """What a mail client sends from a draft: our X-Triage headers dropped, a Message-ID of its own; with
    `body`, the person's own words instead of the draft's."""
    msg = email.message_from_bytes(draft_raw, policy=email.policy.default)
    for name in ("X-Triage-Action", "X-Triage-Draft", "Message-ID", "Date"):
        del msg[name]
    msg["Message-ID"] = make_msgid(domain="example.com")
    msg["Date"] = email.utils.formatdate()
    if body is not None:
        msg.clear_content()
        msg.set_content(body)
    return msg.as_bytes()


def test_similarity_tells_as_is_from_edited_from_another_reply():
    draft = "Hi Dana,\n\nGoodTime Support is available 24/7 by email at support@goodtime.io or by chat.\n"
    assert outcome_of(similarity(draft, draft.replace("\n", "\n\n"))) == "sent_as_is"
    edited = draft + "I also told our CSM about it, and we will look at it on Monday together with the team.\n"
    assert outcome_of(similarity(draft, edited)) == "edited"
    assert outcome_of(similarity(draft, "Thanks, I have forwarded this to the right team.")) == "discarded"


# --- the Maildir twin ------------------------------------------------------------------------------

@pytest.fixture
def twin(tmp_path):
    t = Twin(tmp_path, kb_min_score=1.0)      # answers off: the question is forwarded and drafted
    for sample in sorted(SAMPLES.glob("*.eml")):
        t.deliver(sample.read_bytes(), name=f"{sample.stem}.eml")
    assert main(["--config", str(t.config_path), "once"]) == 0
    return t


def send_from_the_twin(twin: Twin, body: str | None = None) -> None:
    """A person sends the draft from their client: a copy in .Sent, the draft gone from .Drafts."""
    [path] = twin.folder_files("Drafts")
    sent = folder_dir(twin.inbox, "Sent")
    ensure_maildir(sent)
    (sent / "cur" / f"{time.time_ns()}.client:2,S").write_bytes(as_sent_by_a_client(path.read_bytes(), body))
    path.unlink()


def collect(twin: Twin) -> int:
    daemon = Daemon(twin.cfg)
    try:
        daemon.open()
        return daemon.collect_corrections()
    finally:
        daemon.close()


def outcomes(twin: Twin) -> list[tuple]:
    con = sqlite3.connect(twin.root / "triage.db")
    try:
        return con.execute("SELECT article, outcome FROM draft_outcomes").fetchall()
    finally:
        con.close()


def test_twin_a_draft_sent_as_is_becomes_a_labelled_question_and_article(twin, capsys):
    send_from_the_twin(twin)
    assert collect(twin) == 1
    assert collect(twin) == 0                        # judged once
    assert outcomes(twin) == [("contact-support", "sent_as_is")]
    [example] = load_source("state", str(twin.root / "triage.db"))
    assert (example.label, example.article, example.weight) == ("question", "contact-support", CORRECTION_WEIGHT)
    assert "support" in example.text.lower()
    capsys.readouterr()
    assert main(["--config", str(twin.config_path), "report", "--json", "--since", "all"]) == 0
    import json
    report = json.loads(capsys.readouterr().out)
    assert report["drafts"]["sent_as_is"] == 1
    assert report["first_person_response"]["count"] == 1     # the person's reply, from the Sent folder


def test_twin_an_edited_draft_is_a_weaker_label_and_another_reply_none(twin, tmp_path):
    [path] = twin.folder_files("Drafts")
    text = email.message_from_bytes(path.read_bytes(), policy=email.policy.default) \
        .get_body(preferencelist=("plain",)).get_content()
    send_from_the_twin(twin, body=text.split("Contact Support when")[0] +
                       "Our team can also help: ask in the #goodtime channel, we answer there within the hour.\n")
    assert collect(twin) == 1
    assert outcomes(twin) == [("contact-support", "edited")]
    [example] = load_source("state", str(twin.root / "triage.db"))
    assert example.article == "contact-support" and example.weight == 1.0 < CORRECTION_WEIGHT


def test_twin_a_draft_discarded_for_another_reply_is_no_label(twin):
    send_from_the_twin(twin, body="Hi Dana, I have asked Support to call you back this afternoon.\n")
    assert collect(twin) == 1
    assert outcomes(twin) == [("contact-support", "discarded")]
    assert load_source("state", str(twin.root / "triage.db")) == []


# --- the real servers: SMTP + APPEND to Sent, the draft removed, as a mail client does ---------------

def test_a_draft_sent_by_a_mail_client_over_smtp_becomes_a_training_example(clean_mail, tmp_path, monkeypatch):
    monkeypatch.setenv("TRIAGE_MAILBOX_PASSWORD", clean_mail.password(HELPLINE))
    monkeypatch.delenv("TRIAGE_FAULT", raising=False)
    path = server_config(clean_mail, tmp_path, extra="idle = false\nsent_folder = \"Sent\"\n",
                         kb_min_score=1.0)   # answers off: the question is forwarded and drafted
    question = ("From: Alice Example <alice@example.com>\r\nTo: helpline@example.com\r\n"
                "Subject: how do I reach goodtime support?\r\nDate: Tue, 03 Mar 2026 09:00:00 +0000\r\n"
                "Message-ID: <q-feedback@mail.example.com>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
                "Hi, what's the email address for GoodTime Support and are they available on weekends? Alice\r\n")
    clean_mail.deliver(HELPLINE, question.encode())
    assert main(["--config", str(path), "once"]) == 0

    client = clean_mail.imap(HELPLINE)
    try:
        client.select_folder("Drafts")
        [uid] = client.search(["ALL"])
        draft = client.fetch([uid], ["BODY.PEEK[]"])[uid][b"BODY[]"]
        sent = as_sent_by_a_client(draft)
        clean_mail.submit(sent, "alice@example.com", sender=HELPLINE)          # SMTP
        client.append("Sent", sent, [b"\\Seen"])                                # the client's copy
        client.add_flags([uid], [b"\\Deleted"])                                 # the draft removed
        client.uid_expunge([uid])
    finally:
        client.logout()
    # Alice has the acknowledgement and the person's reply; the daemon's own copies in Sent (acknowledgement,
    # forward) are no replies of a person's and are passed over.
    arrived = [email.message_from_bytes(raw) for raw in clean_mail.wait_for_mail("alice@example.com", count=2)]
    assert sorted(str(m["X-Triage-Action"]) for m in arrived) == ["None", "acknowledgement"]
    assert all(m["In-Reply-To"] == "<q-feedback@mail.example.com>" for m in arrived)

    daemon = Daemon(load(str(path)))
    try:
        daemon.open()
        assert daemon.collect_corrections() == 1
    finally:
        daemon.close()
    con = sqlite3.connect(tmp_path / "triage.db")
    try:
        assert con.execute("SELECT article, outcome FROM draft_outcomes").fetchall() == \
            [("contact-support", "sent_as_is")]
    finally:
        con.close()
    [example] = load_source("state", str(tmp_path / "triage.db"))
    assert (example.label, example.article) == ("question", "contact-support")
    # Sent is read from where the last look stopped (by UID): a second look reads nothing old again.
    con = sqlite3.connect(tmp_path / "triage.db")
    try:
        [(cursor,)] = con.execute("SELECT value FROM meta WHERE name LIKE 'sent_cursor:%'").fetchall()
        assert con.execute("SELECT COUNT(*) FROM person_replies").fetchone()[0] == 1
    finally:
        con.close()
    daemon = Daemon(load(str(path)))
    try:
        daemon.open()
        assert [f.cursor for f in daemon.mailbox.list_folder("Sent", tuple(map(int, cursor.split(":"))))] == []
        assert daemon.collect_corrections() == 0
    finally:
        daemon.close()


# --- drafts_retention_days: a stale draft of a message that got another answer is removed -------------

def test_twin_a_stale_draft_is_removed_after_drafts_retention_days_and_nothing_else(tmp_path):
    twin = Twin(tmp_path, extra="drafts_retention_days = 0\n", kb_min_score=1.0)
    for sample in sorted(SAMPLES.glob("*.eml")):
        twin.deliver(sample.read_bytes(), name=f"{sample.stem}.eml")
    assert main(["--config", str(twin.config_path), "once"]) == 0
    [path] = twin.folder_files("Drafts")
    # a person's own draft beside ours, even one that copies our Message-ID, stays
    own = path.read_bytes().replace(b"X-Triage-Action: draft", b"X-Mailer: a mail client")
    (path.parent / "own-draft:2,D").write_bytes(own)
    # another reply was sent, and our draft was left in Drafts
    sent = folder_dir(twin.inbox, "Sent")
    ensure_maildir(sent)
    (sent / "cur" / "reply:2,S").write_bytes(
        as_sent_by_a_client(path.read_bytes(), body="Hi Dana, I have asked Support to call you back.\n"))
    before = {p.name for p in twin.all_mailbox_files()}
    assert collect(twin) == 1
    assert outcomes(twin) == [("contact-support", "discarded")]
    assert collect(twin) == 0          # judged once; the stale draft goes (retention 0 days)
    assert [p.name for p in twin.folder_files("Drafts")] == ["own-draft:2,D"]
    assert {p.name for p in twin.all_mailbox_files()} == before - {path.name}


def test_twin_a_draft_within_drafts_retention_days_stays(twin):
    [path] = twin.folder_files("Drafts")
    sent = folder_dir(twin.inbox, "Sent")
    ensure_maildir(sent)
    (sent / "cur" / "reply:2,S").write_bytes(
        as_sent_by_a_client(path.read_bytes(), body="Hi Dana, I have asked Support to call you back.\n"))
    assert collect(twin) == 1
    assert collect(twin) == 0
    assert outcomes(twin) == [("contact-support", "discarded")]
    assert twin.folder_files("Drafts") == [path]          # 30 days by default


def test_imap_a_stale_draft_is_removed_and_nothing_else(clean_mail, tmp_path, monkeypatch):
    monkeypatch.setenv("TRIAGE_MAILBOX_PASSWORD", clean_mail.password(HELPLINE))
    monkeypatch.delenv("TRIAGE_FAULT", raising=False)
    path = server_config(clean_mail, tmp_path, extra="idle = false\ndrafts_retention_days = 0\n", kb_min_score=1.0)
    question = ("From: Alice Example <alice@example.com>\r\nTo: helpline@example.com\r\n"
                "Subject: how do I reach goodtime support?\r\nDate: Tue, 03 Mar 2026 09:00:00 +0000\r\n"
                "Message-ID: <q-stale@mail.example.com>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
                "Hi, what's the email address for GoodTime Support and are they available on weekends? Alice\r\n")
    clean_mail.deliver(HELPLINE, question.encode())
    assert main(["--config", str(path), "once"]) == 0
    client = clean_mail.imap(HELPLINE)
    try:
        client.select_folder("Drafts")
        [uid] = client.search(["ALL"])
        draft = client.fetch([uid], ["BODY.PEEK[]"])[uid][b"BODY[]"]
        # a person's own draft (no X-Triage-Action), and another reply sent while ours stayed in Drafts
        client.append("Drafts", draft.replace(b"X-Triage-Action: draft", b"X-Mailer: a mail client"), [b"\\Draft"])
        client.create_folder("Sent")
        client.append("Sent", as_sent_by_a_client(draft, body="Hi Alice, Support will call you.\n"), [b"\\Seen"])
    finally:
        client.logout()
    daemon = Daemon(load(str(path)))
    try:
        daemon.open()
        assert daemon.collect_corrections() == 1
    finally:
        daemon.close()
    left = [email.message_from_bytes(raw) for raw in clean_mail.fetch_all(HELPLINE, "Drafts")]
    assert [m["X-Mailer"] for m in left] == ["a mail client"]          # ours removed, the person's kept
    assert len(clean_mail.fetch_all(HELPLINE, "Sent")) == 1
    assert len(clean_mail.fetch_all(HELPLINE, "Triage/Question")) == 1
