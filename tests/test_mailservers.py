"""The test mail servers themselves: real Postfix -> LMTP -> Dovecot, reachable over IMAP."""

import email
import socket
import time
import uuid

import pytest


def make_message(to, subject=None, body="Hello from the test suite.\r\n"):
    subject = subject or f"test {uuid.uuid4().hex}"
    raw = (
        f"From: Customer <customer@example.net>\r\n"
        f"To: {to}\r\n"
        f"Subject: {subject}\r\n"
        f"Message-ID: <{uuid.uuid4().hex}@example.net>\r\n"
        f"Date: Thu, 01 Jan 2026 10:00:00 +0000\r\n"
        f"\r\n{body}"
    ).encode()
    return subject, raw


def subjects(raws):
    return [email.message_from_bytes(r)["Subject"] for r in raws]


def test_smtp_message_arrives_in_inbox(clean_mail):
    subject, raw = make_message("alice@example.com")
    clean_mail.submit(raw, to="alice@example.com")
    got = clean_mail.wait_for_mail("alice@example.com", count=1, timeout=60)
    assert subjects(got) == [subject]
    assert b"Hello from the test suite." in got[0]
    # nothing went to anyone else
    assert clean_mail.fetch_all("bob@example.com") == []


def test_all_users_and_domains_receive(clean_mail):
    for user in clean_mail.users:
        subject, raw = make_message(user)
        clean_mail.submit(raw, to=user)
        assert subjects(clean_mail.wait_for_mail(user, timeout=60)) == [subject]


def test_lmtp_deliver_and_peek_keeps_unseen(clean_mail):
    subject, raw = make_message("helpline@example.com")
    clean_mail.deliver("helpline@example.com", raw)
    assert subjects(clean_mail.wait_for_mail("helpline@example.com")) == [subject]
    with clean_mail.imap("helpline@example.com") as client:
        client.select_folder("INBOX", readonly=True)
        assert client.search("UNSEEN") != []  # BODY.PEEK[] did not set \Seen


def test_imap_capabilities(mail_servers):
    with mail_servers.imap("helpline@example.com") as client:
        caps = set(client.capabilities())
    assert {b"IDLE", b"MOVE", b"UIDPLUS"} <= caps


def test_wrong_password_is_refused(mail_servers):
    import imapclient

    client = imapclient.IMAPClient(mail_servers.imap_host, port=mail_servers.imap_port,
                                   ssl=False, timeout=5)
    with pytest.raises(imapclient.exceptions.LoginError):
        client.login("alice@example.com", "not-the-password")
    client.shutdown()


def test_reset_user_empties_folders(clean_mail):
    user = "csm@example.com"
    _, raw = make_message(user)
    clean_mail.deliver(user, raw)
    with clean_mail.imap(user) as client:
        client.create_folder("Triage/Bug")
        client.select_folder("INBOX")
        client.move(client.search("ALL"), "Triage/Bug")
    assert len(clean_mail.wait_for_mail(user, folder="Triage/Bug")) == 1
    clean_mail.reset_user(user)
    with clean_mail.imap(user) as client:
        assert [f[2] for f in client.list_folders()] == ["INBOX"]
        client.select_folder("INBOX")
        assert client.search("ALL") == []


def test_postfix_stop_refuses_then_start_works(clean_mail):
    try:
        clean_mail.stop_postfix()
        with pytest.raises(ConnectionRefusedError):
            socket.create_connection(("127.0.0.1", clean_mail.smtp_port), timeout=2).close()
    finally:
        clean_mail.start_postfix()
    subject, raw = make_message("bob@example.com")
    clean_mail.submit(raw, to="bob@example.com")
    assert subjects(clean_mail.wait_for_mail("bob@example.com", timeout=60)) == [subject]


def test_restart_dovecot_fresh_login_works(clean_mail):
    user = "support@goodtime.io"
    subject, raw = make_message(user)
    clean_mail.deliver(user, raw)
    old = clean_mail.imap(user)
    old.select_folder("INBOX")
    clean_mail.restart_dovecot()
    with pytest.raises(Exception):
        old.noop()  # the old session died with the server
    with clean_mail.imap(user) as client:
        client.select_folder("INBOX")
        assert len(client.search("ALL")) == 1  # mail survives a restart
    assert subjects(clean_mail.fetch_all(user)) == [subject]


def test_mail_waits_in_postfix_while_dovecot_is_down(clean_mail):
    user = "alice@example.com"
    subject, raw = make_message(user)
    try:
        clean_mail.stop_dovecot()
        clean_mail.submit(raw, to=user)
        deadline = time.monotonic() + 30
        while clean_mail.queued() == 0 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert clean_mail.queued() >= 1
    finally:
        clean_mail.start_dovecot()
    # Postfix retries within a couple of seconds (minimal_backoff_time = 1s).
    assert subjects(clean_mail.wait_for_mail(user, timeout=60)) == [subject]


def test_idle_reports_new_mail(clean_mail):
    user = "helpline@example.com"
    with clean_mail.imap(user) as client:
        client.select_folder("INBOX")
        client.idle()
        try:
            _, raw = make_message(user)
            clean_mail.submit(raw, to=user)
            responses, deadline = [], time.monotonic() + 60
            while not any(r[1:2] == (b"EXISTS",) for r in responses) and time.monotonic() < deadline:
                responses += client.idle_check(timeout=5)
        finally:
            client.idle_done()
    assert any(r[1:2] == (b"EXISTS",) for r in responses), responses
