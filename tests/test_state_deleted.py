"""The lease survives a deleted state database: the running daemon notices its file was deleted or replaced
and stops with a clear error, and a second daemon cannot start on the Maildir meanwhile (its lease is held
on the Maildir itself), so nothing is sent twice."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest
from robust_helpers import run_cli, sent_for_the_samples_alone, subprocess_env, twin_with_samples

from triage_daemon.service.daemon import Daemon
from triage_daemon.state.store import StateError, Store


def remove_database(path) -> None:
    """`rm triage.db*`: the database, its WAL and shared memory, and the lease file beside it."""
    for found in path.parent.glob(path.name + "*"):
        os.remove(found)


@pytest.mark.parametrize("how", ["deleted", "replaced"])
def test_the_store_refuses_to_write_to_a_file_that_is_no_longer_its_own(how, tmp_path):
    path = tmp_path / "triage.db"
    store = Store(str(path))
    assert store.try_lease("maildir:x")
    try:
        store.set_meta("a", "1")
        remove_database(path)
        if how == "replaced":
            Store(str(path)).close()          # a fresh database at the same path
        with pytest.raises(StateError) as err:
            store.set_meta("a", "2")
        assert str(path) in str(err.value) and "deleted or replaced" in str(err.value)
        with pytest.raises(StateError):
            store.reconnect_if_lost()
    finally:
        store.close()


def test_while_a_daemon_holds_a_maildir_no_second_one_starts_even_on_a_fresh_database(tmp_path):
    expected = sent_for_the_samples_alone(tmp_path)
    twin = twin_with_samples(tmp_path)
    daemon = Daemon(twin.cfg)
    try:
        daemon.open()
        assert daemon.run_pass() is not None
        assert len(twin.sent()) == expected
        remove_database(twin.root / "triage.db")              # a mistaken clean-up
        second = run_cli(twin.config_path, "once")            # a fresh database: its own lease is free...
        assert second.returncode == 75, second.stderr         # ... but the Maildir is taken
        assert daemon.run_pass() is None                      # and the first one stops
        assert daemon.stop.is_set() and "deleted or replaced" in daemon.fatal
    finally:
        daemon.close()
    assert len(twin.sent()) == expected                       # nothing went out twice


@pytest.mark.timeout(240)
def test_a_running_daemon_stops_with_the_reason_when_its_database_is_deleted(tmp_path):
    expected = sent_for_the_samples_alone(tmp_path)
    twin = twin_with_samples(tmp_path, "poll_interval = 1\n")
    log = tmp_path / "daemon.log"
    with open(log, "wb") as out:
        proc = subprocess.Popen([sys.executable, "-m", "triage_daemon", "--config", str(twin.config_path), "run"],
                                cwd=tmp_path, stdout=out, stderr=out, env=subprocess_env())
    try:
        deadline = time.monotonic() + 120
        while len(twin.sent()) < expected and time.monotonic() < deadline:    # the samples are handled
            time.sleep(0.2)
        assert len(twin.sent()) == expected, log.read_text(errors="replace")[-3000:]
        remove_database(twin.root / "triage.db")
        assert proc.wait(60) == 1                             # it stops by itself, exit 1
        text = log.read_text(errors="replace")
        assert "was deleted or replaced while this daemon was running" in text, text[-3000:]
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            proc.wait(10)
    assert len(twin.sent()) == expected
