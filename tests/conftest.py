"""Shared pytest fixtures: the real Dovecot + Postfix, and PostgreSQL, started once per test session."""

import pytest
from mailservers import MailServers
from pgserver import PgServer


def _serve(server, what: str):
    """Start a test server for the session and stop it at the end. Never skipped: if it cannot be
    installed or started, every test using it errors with the reason (CI must run those tests,
    not quietly skip them)."""
    error = None
    try:
        server.start()
    except Exception as exc:
        error = f"could not start {what}: {exc}"
    if error:
        try:
            server.stop()  # whatever part did start
        except Exception:
            pass
        pytest.fail(error, pytrace=False)
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def mail_servers():
    """A private Dovecot (IMAP + LMTP) and Postfix on 127.0.0.1, for the whole session."""
    yield from _serve(MailServers(), "the test mail servers (Dovecot + Postfix)")


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


@pytest.fixture(scope="session")
def pg_server():
    """A private PostgreSQL on 127.0.0.1, for the whole session."""
    yield from _serve(PgServer(), "the test PostgreSQL server")


@pytest.fixture
def pg_state(pg_server, monkeypatch):
    """A fresh database on the test PostgreSQL: (state URL, password), the password in the
    environment variable the daemon reads."""
    monkeypatch.setenv("TRIAGE_STATE_PASSWORD", pg_server.password)
    return pg_server.url(pg_server.create_database()), pg_server.password


def pytest_collection_modifyitems(config, items):
    # Tests that use the real servers get the `servers` marker (select with -m servers).
    for item in items:
        if "mail_servers" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.servers)
        if "pg_server" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.postgres)
