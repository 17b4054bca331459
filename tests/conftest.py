"""Shared pytest fixtures: the real Dovecot + Postfix, and PostgreSQL, started once per test session.

`--cpu-hogs N` (or $TRIAGE_TEST_CPU_HOGS) runs N busy-looping processes beside the suite for its whole
length, as on a loaded machine, so that a test leaning on timing fails here rather than at a user's.
"""

import os
import signal
import subprocess
import sys

import pytest
from mailservers import MailServers
from pgserver import PgServer

# A process that keeps one core busy until it is stopped, or its parent (pytest) dies.
HOG = """
import ctypes, signal
ctypes.CDLL(None).prctl(1, signal.SIGKILL, 0, 0, 0)   # PR_SET_PDEATHSIG
while True:
    pass
"""


def pytest_addoption(parser):
    parser.addoption("--cpu-hogs", type=int, metavar="N",
                     default=int(os.environ.get("TRIAGE_TEST_CPU_HOGS") or 0),
                     help="run N busy-looping processes beside the suite (default $TRIAGE_TEST_CPU_HOGS or 0)")


def pytest_configure(config):
    hogs = []
    for _ in range(max(0, config.getoption("cpu_hogs"))):
        hogs.append(subprocess.Popen([sys.executable, "-c", HOG], stdin=subprocess.DEVNULL))
    config.cpu_hogs = hogs


def pytest_report_header(config):
    hogs = getattr(config, "cpu_hogs", [])
    return [f"cpu hogs: {len(hogs)} busy-looping processes beside the suite (pids {', '.join(str(p.pid) for p in hogs)})"
            if hogs else "cpu hogs: none (--cpu-hogs N to load the machine)"]


def pytest_unconfigure(config):
    for hog in getattr(config, "cpu_hogs", []):
        if hog.poll() is not None:
            raise pytest.UsageError(f"a CPU hog (pid {hog.pid}) stopped early with status {hog.returncode}")
        hog.send_signal(signal.SIGKILL)
        hog.wait(10)


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
    pg_server.start_postgres()  # (a test that stopped it and failed may have left it down)
    return pg_server.url(pg_server.create_database()), pg_server.password


def pytest_collection_modifyitems(config, items):
    # Tests that use the real servers get the `servers` marker (select with -m servers).
    for item in items:
        if "mail_servers" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.servers)
        if "pg_server" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.postgres)
