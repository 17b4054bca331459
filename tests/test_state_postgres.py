"""The PostgreSQL state (a real server on 127.0.0.1), and daemons sharing one state and one mailbox.

The store's own behaviour is tested on both databases in test_state.py; here: what only a server
has (connections that drop, passwords, 64-bit columns), the mailbox lease and the effect claim
that let several daemons share one mailbox, and the daemon end to end on PostgreSQL.
"""
from __future__ import annotations

import json
import logging
import os
import signal
import subprocess
import sys
import time
from collections import Counter

import pytest
from robust_helpers import outbox_files, run_cli, subprocess_env, twin_with_samples
from twin import SAMPLES_SENT

from triage_daemon.cli import main
from triage_daemon.config import EMBEDDED_DEFAULT, ConfigError, from_dict
from triage_daemon.state.store import StateError, Store, open_state

DAY = 86400.0


def pg_config(url: str, **extra):
    return from_dict(dict(EMBEDDED_DEFAULT, state=url, **extra))


def record(store: Store, key: str, effects=(("reply", "dana@example.com", "out-1@example.com", b"payload"),)):
    decision = {"category": "question", "confidence": 0.9, "actions": ["auto_reply"], "priority": "normal",
                "reasons": ["test"], "kb": None}
    info = {"message_id": key, "digest": "d" * 64, "sender": "dana@example.com", "subject": "Hello",
            "thread": "root@example.com"}
    store.record_decision(key, "new/1", info, decision, "Triage/Question", False, list(effects))


@pytest.fixture(params=["sqlite", "postgresql"])
def open_shared(request, tmp_path):
    """A function opening another Store on the same state (as a second daemon would)."""
    if request.param == "sqlite":
        path = str(tmp_path / "triage.db")
        opened = []

        def opener():
            opened.append(Store(path))
            return opened[-1]
    else:
        cfg = pg_config(request.getfixturevalue("pg_state")[0])
        opened = []

        def opener():
            opened.append(open_state(cfg))
            return opened[-1]
    yield opener
    for store in opened:
        try:
            store.close()
        except Exception:
            pass


# --- sharing: the lease and the effect claim, on both databases ---------------------------------

def test_only_one_store_holds_a_mailbox_lease_until_it_closes(open_shared):
    first, second = open_shared(), open_shared()
    assert first.try_lease("INBOX")
    assert first.try_lease("INBOX")           # asking again while holding it is fine
    assert not second.try_lease("INBOX")
    assert second.try_lease("Other")          # leases are per mailbox
    first.close()
    # PostgreSQL frees a session's locks when its backend has exited, a moment after the client left.
    assert _wait(lambda: second.try_lease("INBOX"), 20)


def test_of_two_daemons_reading_the_same_pending_effect_only_one_claims_it(open_shared):
    first, second = open_shared(), open_shared()
    record(first, "k1")
    [mine] = first.effects_for("k1")
    [theirs] = second.effects_for("k1")
    assert first.claim_effect(mine)
    assert not second.claim_effect(theirs)
    [now] = first.effects_for("k1")
    assert now.status == "pending" and now.attempts == 1   # claimed; 'sending' only right before DATA


def test_an_effect_left_sending_by_a_crash_can_be_claimed_again(open_shared):
    store = open_shared()
    record(store, "k1")
    [eff] = store.effects_for("k1")
    assert store.claim_effect(eff)
    store.effect_sending(eff.id)              # DATA was about to start when the process died
    [left] = open_shared().effects_for("k1")  # the restarted daemon reads it as it was left
    assert left.status == "sending"
    assert store.claim_effect(left)
    assert (store.effects_for("k1")[0].status, store.effects_for("k1")[0].attempts) == ("sending", 2)


# --- what only a server has -----------------------------------------------------------------------

def test_imap_uids_above_two_to_the_31_fit_in_the_cursor(pg_state):
    store = open_state(pg_config(pg_state[0]))
    try:
        store.set_cursor("INBOX", 4_294_967_295, 4_294_967_290)
        assert store.cursor("INBOX") == (4_294_967_295, 4_294_967_290)
    finally:
        store.close()


def test_times_keep_their_sub_second_precision(pg_state):
    store = open_state(pg_config(pg_state[0]))
    try:
        record(store, "k1")
        now = time.time()
        # Two effects seconds apart must not collapse into one float4 value (PostgreSQL's REAL).
        assert store.replies_to("dana@example.com", now - 1.5) == 1
        assert store.replies_to("dana@example.com", now + 0.5) == 0
    finally:
        store.close()


def test_a_dropped_connection_fails_the_pass_then_reconnects_and_loses_the_lease(pg_server, pg_state):
    cfg = pg_config(pg_state[0])
    store, other = open_state(cfg), open_state(cfg)
    try:
        assert store.try_lease("INBOX")
        pg_server.admin("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                        "WHERE application_name = 'triage-daemon' AND pid <> pg_backend_pid()")
        with pytest.raises(StateError):
            store.get("k1")
        with pytest.raises(StateError):   # no silent reconnect in the middle of a pass
            store.get("k1")
        other.reconnect_if_lost()         # (its connection was terminated too)
        assert other.try_lease("INBOX")   # the lease died with the first connection
        store.reconnect_if_lost()
        assert store.get("k1") is None
        assert not store.try_lease("INBOX")
    finally:
        store.close()
        other.close()


def test_a_wrong_password_is_a_state_error_that_never_shows_the_password(pg_state, monkeypatch):
    monkeypatch.setenv("TRIAGE_STATE_PASSWORD", "not-the-password-xyzzy")
    with pytest.raises(StateError) as err:
        open_state(pg_config(pg_state[0]))
    assert "xyzzy" not in str(err.value)
    assert "127.0.0.1" in str(err.value)


def test_the_password_comes_from_a_file(pg_state, tmp_path, monkeypatch):
    url, password = pg_state
    monkeypatch.delenv("TRIAGE_STATE_PASSWORD")
    (tmp_path / "state_password").write_text(password + "\n", encoding="utf-8")
    (tmp_path / "state_password").chmod(0o600)
    store = open_state(from_dict(dict(EMBEDDED_DEFAULT, state=url, state_password_file="state_password"),
                                 base_dir=tmp_path))
    store.close()


def test_a_read_only_store_refuses_writes(pg_state):
    cfg = pg_config(pg_state[0])
    open_state(cfg).close()
    reader = open_state(cfg, readonly=True)
    try:
        assert reader.summary()["messages"] == {}
        with pytest.raises(StateError):
            reader.set_meta("x", "1")
    finally:
        reader.close()


def test_state_url_options_are_passed_to_libpq_and_a_password_among_them_is_refused():
    cfg = from_dict(dict(EMBEDDED_DEFAULT, state="postgresql://triage@db.example.com:5433/triage"
                                                  "?sslmode=verify-full&sslrootcert=/etc/ssl/ca.pem"))
    assert cfg.state.params == (("sslmode", "verify-full"), ("sslrootcert", "/etc/ssl/ca.pem"))
    assert cfg.state.port == 5433 and cfg.state.path == "triage"
    with pytest.raises(ConfigError, match="password") as err:
        from_dict(dict(EMBEDDED_DEFAULT, state="postgresql://triage@db.example.com/triage?password=hunter2"))
    assert "hunter2" not in str(err.value)
    with pytest.raises(ConfigError, match="the URL holds a password") as err:
        from_dict(dict(EMBEDDED_DEFAULT, state="postgresql://triage:hunter2@db.example.com/triage"))
    assert "hunter2" not in str(err.value)


# --- the daemon on PostgreSQL ---------------------------------------------------------------------

def test_once_on_postgresql_decides_sends_and_files_each_sample_once(pg_state, tmp_path, capsys):
    twin = twin_with_samples(tmp_path, state=pg_state[0])
    assert main(["--config", str(twin.config_path), "once"]) == 0
    sent = len(outbox_files(twin))
    assert sent == SAMPLES_SENT
    assert main(["--config", str(twin.config_path), "once"]) == 0
    assert len(outbox_files(twin)) == sent
    capsys.readouterr()
    assert main(["--config", str(twin.config_path), "status", "--json"]) == 0
    status = json.loads(capsys.readouterr().out)
    assert status["messages"] == {"done": 6}
    assert status["effects"] == {"sent": SAMPLES_SENT}


def test_once_refuses_while_another_daemon_holds_the_mailbox(pg_state, tmp_path, capsys):
    twin = twin_with_samples(tmp_path, state=pg_state[0])
    from triage_daemon.mail.mailboxes import open_mailbox

    holder = open_state(twin.cfg)
    try:
        assert holder.try_lease(open_mailbox(twin.cfg).name)
        assert main(["--config", str(twin.config_path), "once"]) == 75
        assert "another triage-daemon" in capsys.readouterr().err
        assert outbox_files(twin) == []
    finally:
        holder.close()
    assert main(["--config", str(twin.config_path), "once"]) == 0
    assert len(outbox_files(twin)) == SAMPLES_SENT


def _start(twin, name: str):
    log = open(twin.root / f"{name}.log", "w")
    return subprocess.Popen([sys.executable, "-m", "triage_daemon", "--config", str(twin.config_path), "run"],
                            stdout=log, stderr=subprocess.STDOUT, env=subprocess_env(), cwd=twin.root)


def _wait(predicate, timeout: float = 60) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.2)
    return predicate()


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_two_daemons_on_one_mailbox_take_turns_and_send_each_message_once(backend, tmp_path, request):
    state = request.getfixturevalue("pg_state")[0] if backend == "postgresql" else "sqlite:///triage.db"
    twin = twin_with_samples(tmp_path, "poll_interval = 1\nidle = false\n", state=state)
    first = _start(twin, "first")
    assert _wait(lambda: len(outbox_files(twin)) >= SAMPLES_SENT and "standby" not in (twin.root / "first.log").read_text())
    second = _start(twin, "second")
    try:
        assert _wait(lambda: "standby" in (twin.root / "second.log").read_text()), \
            (twin.root / "second.log").read_text()[-2000:]
        # The first one dies without a word; the second takes over and handles new mail.
        first.send_signal(signal.SIGKILL)
        assert first.wait(10) == -signal.SIGKILL
        twin.deliver(_question(), name="late.eml")
        assert _wait(lambda: len(outbox_files(twin)) == SAMPLES_SENT + 1), (twin.root / "second.log").read_text()[-3000:]
        log = (twin.root / "second.log").read_text()
        assert f"the daemon that held it (pid {first.pid}) has stopped" in log, log[-3000:]
    finally:
        for proc in (first, second):
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
                proc.wait(30)
    assert second.returncode == 0, (twin.root / "second.log").read_text()[-3000:]
    files = outbox_files(twin)
    ids = Counter(p.read_bytes().split(b"Message-ID:", 1)[1].split(b"\n", 1)[0].strip() for p in files)
    assert len(files) == SAMPLES_SENT + 1 and max(ids.values()) == 1


def _question() -> bytes:
    from helpers import make_eml

    return make_eml(subject="How do I cancel an interview?",
                    body="Hi, how do I cancel an interview in GoodTime? Thanks, Dana\n",
                    message_id="<late-question@mail.example.com>",
                    headers={"Authentication-Results": "mx.example.com; dmarc=pass header.from=example.com"})


def test_two_daemons_started_together_on_one_mailbox_never_send_twice(pg_state, tmp_path):
    twin = twin_with_samples(tmp_path, "poll_interval = 1\nidle = false\n", state=pg_state[0])
    procs = [_start(twin, "a"), _start(twin, "b")]
    logs = lambda: [(twin.root / f"{n}.log").read_text() for n in ("a", "b")]  # noqa: E731
    store = open_state(twin.cfg, readonly=True)
    try:
        assert _wait(lambda: len(outbox_files(twin)) >= SAMPLES_SENT and store.summary()["messages"] == {"done": 6})
        # Both daemons are up (one on standby) and the working one has run two more passes since: a
        # second daemon that wrongly worked too had all that time to send again.
        assert _wait(lambda: sum("standby" in log for log in logs()) == 1), logs()
        last = float(store.get_meta("last_pass"))
        assert _wait(lambda: float(store.get_meta("last_pass")) >= last + 2), logs()
    finally:
        store.close()
        for proc in procs:
            proc.send_signal(signal.SIGTERM)
            assert proc.wait(30) == 0
    assert len(outbox_files(twin)) == SAMPLES_SENT
    assert sum("standby" in log for log in logs()) == 1, logs()
    # Each outgoing message was claimed, and so tried, once (a second daemon's resend would count twice:
    # the Maildir outbox, named by Message-ID, would hide it).
    check = open_state(twin.cfg, readonly=True)
    try:
        assert check._query("SELECT attempts, COUNT(*) FROM effects GROUP BY attempts") == [(1, SAMPLES_SENT)]
    finally:
        check.close()


def test_crash_at_each_step_with_postgresql_state_still_sends_each_message_once(pg_state, tmp_path):
    twin = twin_with_samples(tmp_path, state=pg_state[0])
    for step in ("after_decide", "before_data", "after_send", "before_file"):
        run = run_cli(twin.config_path, "once", TRIAGE_FAULT=f"{step}:kill")
        assert run.returncode == -signal.SIGKILL, (step, run.returncode, run.stderr[-2000:])  # the fault fired
    assert run_cli(twin.config_path, "once").returncode == 0
    assert run_cli(twin.config_path, "once").returncode == 0
    files = outbox_files(twin)
    assert len(files) == SAMPLES_SENT
    store = open_state(twin.cfg, readonly=True)
    try:
        summary = store.summary()
    finally:
        store.close()
    assert summary["messages"] == {"done": 6} and summary["effects"] == {"sent": SAMPLES_SENT}


def test_libpq_options_in_the_url_override_the_defaults(pg_state):
    url = pg_state[0] + "?connect_timeout=5&application_name=triage-test&keepalives_idle=20"
    store = open_state(pg_config(url))
    try:
        assert store.db.conn.execute("SHOW application_name").fetchone()[0] == "triage-test"
        assert store.summary()["messages"] == {}
    finally:
        store.close()


# --- PostgreSQL going away under a running daemon -------------------------------------------------------

class OutageAt:
    """The twin's outbox, with PostgreSQL stopped (for real) right before the n-th message goes out."""

    def __init__(self, inner, pg_server, n: int):
        self.inner, self.pg_server, self.n, self.calls = inner, pg_server, n, 0

    def send(self, sender, recipient, message_id, payload, before_data=None):
        self.calls += 1
        if self.calls == self.n:
            self.pg_server.stop_postgres()
        self.inner.send(sender, recipient, message_id, payload, before_data)

    def close(self):
        self.inner.close()


def test_postgresql_restarted_mid_pass_fails_that_pass_only_and_nothing_is_sent_twice(pg_server, pg_state, tmp_path,
                                                                                     caplog):
    from triage_daemon.service.daemon import Daemon

    twin = twin_with_samples(tmp_path, "poll_interval = 1\nidle = false\n", state=pg_state[0])
    caplog.set_level(logging.INFO, logger="triage_daemon")
    daemon = Daemon(twin.cfg)
    daemon.engine.outbox = OutageAt(daemon.engine.outbox, pg_server, 3)
    try:
        assert daemon.run_pass() is None                      # the pass that lost its database
        assert pg_server.running is False
        # It stopped in the middle: two messages out, nothing filed, nothing more sent.
        assert len(outbox_files(twin)) == 2
        assert len(list((twin.inbox / "new").iterdir())) == 6
        assert daemon.engine._to_file                         # the aborted pass had messages waiting to be filed
        pg_server.start_postgres()
        daemon._not_before = 0                                # (skip the back-off)
        stats = daemon.run_pass()
        assert stats is not None and stats.errors == 0, caplog.text[-3000:]  # the next pass works at once
    finally:
        pg_server.start_postgres()
        daemon.close()
    log = caplog.text
    assert log.count("pass failed") == 1 and "is no longer in the mailbox" not in log
    assert "the connection to" in log and "was lost and is open again" in log
    assert len(outbox_files(twin)) == SAMPLES_SENT
    assert list((twin.inbox / "new").iterdir()) == []
    store = open_state(twin.cfg, readonly=True)
    try:
        assert store.summary()["messages"] == {"done": 6} and store.summary()["effects"] == {"sent": SAMPLES_SENT}
        # One message was claimed before the outage, but its DATA never began: tried again, sent once.
        assert sorted(a for (a,) in store._query("SELECT attempts FROM effects")) == [1] * (SAMPLES_SENT - 1) + [2]
    finally:
        store.close()


def test_after_a_postgresql_restart_the_new_holder_says_the_old_one_lost_its_connection(pg_server, pg_state, tmp_path,
                                                                                       caplog):
    from triage_daemon.service.daemon import Daemon

    twin = twin_with_samples(tmp_path, "poll_interval = 1\nidle = false\n", state=pg_state[0])
    caplog.set_level(logging.INFO, logger="triage_daemon")
    first, second = Daemon(twin.cfg), Daemon(twin.cfg)
    try:
        assert first.run_pass() is not None and second.run_pass() is None   # the second waits on standby
        assert "standby: another triage-daemon" in caplog.text
        pg_server.stop_postgres()
        pg_server.start_postgres()
        twin.deliver(_question(), name="late.eml")
        # Two daemons on two machines share the state and an IMAP mailbox; on the twin both run here, and
        # the Maildir's own lock (which the first still holds) would keep the second out: let it go.
        first.mailbox.release_lease()
        assert second.run_pass() is not None                  # reconnects, takes the free lease, works
        assert first.run_pass() is None                       # reconnects, finds it taken: standby
    finally:
        pg_server.start_postgres()
        first.close()
        second.close()
    log = caplog.text
    assert f"the daemon that held it (pid {os.getpid()}) lost its connection to the state" in log, log[-3000:]
    assert "has stopped" not in log
    assert len(outbox_files(twin)) == SAMPLES_SENT + 1   # the samples and the late question, once each


def test_postgresql_lost_during_the_smtp_exchange_sends_nothing_then_the_reply_once(pg_server, pg_state, clean_mail,
                                                                                  tmp_path):
    from robust_helpers import HELPLINE, eml, server_config

    # Postfix takes 3 s to accept a recipient; PostgreSQL stops meanwhile, before DATA could begin.
    clean_mail.configure_postfix("smtpd_recipient_restrictions = sleep 3")
    config = server_config(clean_mail, tmp_path, extra="idle = false\n")
    config.write_text(config.read_text().replace('state = "sqlite:///triage.db"', f'state = "{pg_state[0]}"'))
    clean_mail.deliver(HELPLINE, eml(sender="Alice Example <alice@example.com>", msgid="<pg-gone@mail.example.com>"))
    password = clean_mail.password(HELPLINE)
    open_state(pg_config(pg_state[0])).close()                # (the tables, for the watcher below)
    log = open(tmp_path / "once.log", "w")
    proc = subprocess.Popen([sys.executable, "-m", "triage_daemon", "--config", str(config), "once"],
                            stdout=log, stderr=subprocess.STDOUT, cwd=tmp_path,
                            env=subprocess_env(TRIAGE_MAILBOX_PASSWORD=password))
    watcher = open_state(pg_config(pg_state[0]), readonly=True)
    try:
        # The reply is claimed: the SMTP exchange for it has begun.
        assert _wait(lambda: watcher._query("SELECT COUNT(*) FROM effects WHERE attempts = 1")[0][0] == 1), \
            (tmp_path / "once.log").read_text()
        watcher.close()
        pg_server.stop_postgres()
        assert proc.wait(60) == 1                              # the pass failed: the state is gone
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(10)
        pg_server.start_postgres()
    assert "state:" in (tmp_path / "once.log").read_text()
    clean_mail.wait_queue_empty()
    assert clean_mail.fetch_all("alice@example.com") == []    # nothing was handed over
    run = run_cli(config, "once", TRIAGE_MAILBOX_PASSWORD=password)
    assert run.returncode == 0, run.stderr[-2000:]
    clean_mail.wait_queue_empty()
    copies = clean_mail.deliveries("alice@example.com")
    assert list(copies.values()) == [1], copies


def test_two_daemons_over_smtp_through_kills_and_postgresql_outages_send_each_message_once_but_the_ones_in_hand(
        pg_server, pg_state, clean_mail, tmp_path):
    """Real processes, real servers: three daemons share the work of 32 messages; the lease holder is
    SIGKILLed twice and PostgreSQL stopped twice, each time with work left; every delivery is kept, and
    counted by Message-ID."""
    from robust_helpers import HELPLINE, eml, server_config

    # Postfix takes a second per recipient and the daemons file every four messages, so that the work
    # lasts long enough for four disruptions in its middle.
    clean_mail.configure_postfix("smtpd_recipient_restrictions = sleep 1")
    base = server_config(clean_mail, tmp_path, extra="idle = false\npoll_interval = 1\nfetch_chunk = 4\n"
                         "max_auto_replies_per_sender_per_day = 1000\nmax_forwards_per_sender_per_day = 1000\n"
                         "acknowledge = false\n")   # one message out per message in
    n = 32
    for i in range(n):
        sender = ("Alice Example <alice@example.com>", "Bob Example <bob@example.com>")[i % 2]
        if i % 2:
            raw = eml("invites going out with the wrong time zone (%d)" % i,
                      "Since this morning every calendar invite I send from GoodTime to interviewers in Berlin shows "
                      "the interview one hour off. The candidate confirmation is right.\n", sender=sender,
                      msgid=f"<pair-{i}@mail.example.com>")
        else:
            raw = eml(f"how do I reach goodtime support? ({i})", sender=sender, msgid=f"<pair-{i}@mail.example.com>")
        clean_mail.deliver(HELPLINE, raw)
    env = subprocess_env(TRIAGE_MAILBOX_PASSWORD=clean_mail.password(HELPLINE))
    procs: dict[str, subprocess.Popen] = {}
    for name in ("d0", "d1", "d2"):
        # Each its own application_name, so that PostgreSQL says which one holds the lease.
        config = tmp_path / f"{name}.toml"
        config.write_text(base.read_text().replace('state = "sqlite:///triage.db"',
                                                   f'state = "{pg_state[0]}?application_name={name}"'))
        log = open(tmp_path / f"{name}.log", "w")
        procs[name] = subprocess.Popen([sys.executable, "-m", "triage_daemon", "--config", str(config), "run"],
                                       stdout=log, stderr=subprocess.STDOUT, cwd=tmp_path, env=env)

    def query(sql: str):
        try:
            with psycopg_connect(pg_state) as conn:
                return conn.execute(sql).fetchall()
        except Exception:
            return None

    def done() -> int:
        rows = query("SELECT COUNT(*) FROM messages WHERE status = 'done'")
        return rows[0][0] if rows else -1

    def holder() -> str | None:
        rows = query("SELECT a.application_name FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
                     "WHERE l.locktype = 'advisory' AND l.granted AND a.application_name LIKE 'd_'")
        return rows[0][0] if rows and len(rows) == 1 else None

    def logs() -> str:
        return "".join(f"--- {p.name}\n" + p.read_text() for p in sorted(tmp_path.glob("d?.log")))

    at_disruption = []
    try:
        for step, what in enumerate(("kill", "outage", "kill", "outage")):
            assert _wait(lambda: done() >= 4 * (step + 1), 180), logs()[-4000:]   # work goes on ...
            at_disruption.append(done())
            if what == "kill":                                          # ... when the holder dies,
                assert _wait(lambda: holder() is not None, 60), logs()[-4000:]
                victim = procs[holder()]
                victim.kill()
                assert victim.wait(10) == -signal.SIGKILL
            else:                                                       # ... or the database goes away
                pg_server.stop_postgres()
                time.sleep(0.5)                                         # (down for a moment)
                pg_server.start_postgres()
        assert _wait(lambda: done() == n, 300), logs()[-4000:]
    finally:
        pg_server.start_postgres()
        for proc in procs.values():
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
                proc.wait(30)
    # Every disruption came with work left.
    assert all(d < n for d in at_disruption), at_disruption
    assert sorted(p.returncode for p in procs.values()) == [-signal.SIGKILL, -signal.SIGKILL, 0], logs()[-3000:]
    clean_mail.wait_queue_empty()
    with psycopg_connect(pg_state) as conn:
        effects = conn.execute("SELECT out_id, status FROM effects").fetchall()
    assert len(effects) == n and {status for _, status in effects} == {"sent"}
    copies = clean_mail.deliveries(("alice@example.com", "bob@example.com", "support@goodtime.io"))
    assert set(copies) == {f"<{out_id}>" for out_id, _ in effects}            # every message went out
    again = {mid: c for mid, c in copies.items() if c > 1}
    # At most one resend per disruption, each of the message in hand then, under its one Message-ID.
    assert all(c == 2 for c in again.values()) and len(again) <= len(at_disruption), again
    assert "maximum number of running instances" not in logs()


def psycopg_connect(pg_state):
    import psycopg

    url, password = pg_state
    rest = url.split("://", 1)[1]
    user, rest = rest.split("@", 1)
    hostport, dbname = rest.split("/", 1)
    host, port = hostport.split(":")
    return psycopg.connect(host=host, port=int(port), user=user, dbname=dbname, password=password, autocommit=True)
