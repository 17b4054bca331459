"""Shared pytest fixtures: the real Dovecot + Postfix started once per test session."""

import pytest

from mailservers import MailServers


@pytest.fixture(scope="session")
def mail_servers():
    """A private Dovecot (IMAP + LMTP) and Postfix on 127.0.0.1, for the whole session.

    Never skipped: if the servers cannot be installed or started, every test using this
    fixture errors with the reason (CI must run the server tests, not quietly skip them).
    """
    servers = MailServers()
    error = None
    try:
        servers.start()
    except Exception as exc:
        error = f"could not start the test mail servers (Dovecot + Postfix): {exc}"
    if error:
        pytest.fail(error, pytrace=False)
    try:
        yield servers
    finally:
        servers.stop()


@pytest.fixture
def clean_mail(mail_servers):
    """The session's mail servers, both running, with every mailbox and the queue emptied."""
    error = None
    try:
        mail_servers.reset_all()
    except Exception as exc:
        error = f"could not reset the test mailboxes: {exc}\n{mail_servers.logs()}"
    if error:
        pytest.fail(error, pytrace=False)
    return mail_servers


def pytest_collection_modifyitems(config, items):
    # Tests that use the real servers get the `servers` marker (select with -m servers).
    for item in items:
        if "mail_servers" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.servers)
