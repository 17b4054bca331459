"""Day-to-day tools: `status --since` with what waits and for how long, metrics by kind, article and
backlog (errors at zero from the start), and JSON logs with fields of their own."""
from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time

import pytest
from prometheus_client import generate_latest
from robust_helpers import closed_port, eml
from twin import BASE_TOML, SAMPLES, SAMPLES_SENT, Twin

from triage_daemon.cli import main
from triage_daemon.service.daemon import Daemon
from triage_daemon.service.metrics import Metrics
from triage_daemon.service.status import age, parse_age

LOW_CONFIDENCE = eml("hmm", "can someone look at this\n", msgid="<unsure@mail.example.com>")   # goes to a person


def backdate(twin: Twin, message_id: str, seconds: float) -> None:
    """Make a recorded message look older, as if it had arrived `seconds` ago."""
    db = sqlite3.connect(twin.root / "triage.db")
    with db:
        db.execute("UPDATE messages SET created = created - ? WHERE message_id = ?", (seconds, message_id))
        db.execute("UPDATE effects SET created = created - ? WHERE message_key IN "
                   "(SELECT key FROM messages WHERE message_id = ?)", (seconds, message_id))
    db.close()


def status(twin: Twin, capsys, *args: str) -> str:
    capsys.readouterr()
    assert main(["--config", str(twin.config_path), "status", *args]) == 0
    return capsys.readouterr().out


def test_ages_read_like_people_write_them():
    assert (age(9), age(42 * 60), age(5 * 3600 + 12 * 60), age(3 * 86400 + 4 * 3600)) == ("9s", "42m", "5h 12m", "3d 4h")
    assert parse_age("24h") == 86400 and parse_age("30m") == 1800 and parse_age("7d") == 7 * 86400


def test_status_lists_review_and_quarantined_messages_with_their_age_and_reference(tmp_path, capsys):
    twin = Twin(tmp_path)
    twin.deliver(LOW_CONFIDENCE)
    twin.deliver(b"\x00\x01 not mail at all")
    assert main(["--config", str(twin.config_path), "once"]) == 0
    backdate(twin, "unsure@mail.example.com", 5 * 3600 + 12 * 60)
    out = status(twin, capsys)
    review = out.split("review (1):\n", 1)[1].splitlines()[0]
    assert review.strip().startswith("5h 12m") and "HL-" in review and "'hmm'" in review
    assert "quarantined (1):" in out and "cannot parse" in out.split("quarantined (1):", 1)[1]
    report = json.loads(status(twin, capsys, "--json"))
    assert isinstance(report["last_pass"], float) and 0 <= report["last_pass_age_seconds"] < 120
    [item] = report["review"]
    assert 5 * 3600 + 12 * 60 <= item["age_seconds"] < 5 * 3600 + 14 * 60
    assert item["reference"].startswith("HL-") and item["sender"] == "dana.cho@example.com"


def test_status_since_counts_only_the_window_and_lists_what_waits(tmp_path, capsys):
    twin = Twin(tmp_path)
    twin.config_path.write_text(BASE_TOML.replace('outbox  = "maildir:mail/outbox"',
                                                  f'outbox  = "smtp://127.0.0.1:{closed_port()}"'))
    twin.deliver((SAMPLES / "02-bug.eml").read_bytes())
    twin.deliver(eml(msgid="<old-question@mail.example.com>"))
    assert main(["--config", str(twin.config_path), "once"]) == 0
    backdate(twin, "old-question@mail.example.com", 3 * 86400)
    out = status(twin, capsys, "--since", "24h")
    assert "messages: decided 1" in out                     # the old question is outside the window
    pending = out.split("pending (2):\n", 1)[1].splitlines()[:2]
    assert {line.split()[2] for line in pending} == {"forward_support", "acknowledgement"}
    assert all("cannot reach" in line for line in pending)
    everything = status(twin, capsys)
    assert "messages: decided 2" in everything and "pending (3):" in everything
    # The outbox line says so too: it said "outbox: ok" above the list (an operator's review).
    outbox_line = next(line for line in everything.splitlines() if line.startswith("outbox:"))
    assert outbox_line.startswith("outbox: sending failed: ") and "cannot reach" in outbox_line and "3 waiting" in outbox_line


def test_a_retry_the_clock_pushed_a_day_ahead_is_tried_at_the_next_pass(tmp_path):
    # A retry set before the clock stepped back a day (NTP, a restored snapshot) waited that day too (a hostile
    # review); no retry is ever set further ahead than RETRY_MAX, so one that is is due.
    from triage_daemon.service.engine import RETRY_MAX
    twin = Twin(tmp_path)
    twin.config_path.write_text(BASE_TOML.replace('outbox  = "maildir:mail/outbox"',
                                                  f'outbox  = "smtp://127.0.0.1:{closed_port()}"'))
    twin.deliver((SAMPLES / "02-bug.eml").read_bytes())
    assert main(["--config", str(twin.config_path), "once"]) == 0
    db = sqlite3.connect(tmp_path / "triage.db")
    before = dict(db.execute("SELECT id, attempts FROM effects"))
    with db:
        db.execute("UPDATE effects SET next_try = ?", (time.time() + 86400 + 30,))
    assert main(["--config", str(twin.config_path), "once"]) == 0
    after = dict(db.execute("SELECT id, attempts FROM effects"))
    assert before and all(after[i] == before[i] + 1 for i in before), (before, after)
    assert all(n <= time.time() + RETRY_MAX + 60 for (n,) in db.execute("SELECT next_try FROM effects"))


def test_a_bad_since_is_a_configuration_error(tmp_path, capsys):
    twin = Twin(tmp_path)
    assert main(["--config", str(twin.config_path), "once"]) == 0
    assert main(["--config", str(twin.config_path), "status", "--since", "yesterday"]) == 2
    assert "--since: expected an age like 30m, 24h or 7d" in capsys.readouterr().err


def test_metrics_count_sent_by_kind_answers_by_article_and_the_review_backlog(tmp_path):
    twin = Twin(tmp_path, "metrics_port = 9\n")   # never served here: only the registry is read
    for sample in sorted(SAMPLES.glob("*.eml")):
        twin.deliver(sample.read_bytes())
    twin.deliver(LOW_CONFIDENCE)
    daemon = Daemon(twin.cfg)
    try:
        assert daemon.run_pass() is not None
        text = generate_latest(daemon.metrics.registry).decode()
    finally:
        daemon.close()
    # the bug, the blocker, the escalation, and the message left for a person
    assert 'triage_sent_total{kind="acknowledgement"} 4.0' in text
    assert 'triage_sent_total{kind="forward_support"} 3.0' in text   # the bug, the blocker, the escalation
    assert 'triage_sent_total{kind="auto_reply"} 1.0' in text
    assert 'triage_send_failures_total{kind="auto_reply"} 0.0' in text
    assert 'triage_answers_total{article="contact-support"} 1.0' in text
    assert "triage_review_backlog 1.0" in text
    oldest = float(next(ln.split()[-1] for ln in text.splitlines() if ln.startswith("triage_review_oldest_age_seconds")))
    assert 0 <= oldest < 120
    assert sum(int(float(ln.split()[-1])) for ln in text.splitlines() if ln.startswith("triage_sent_total")) \
        == SAMPLES_SENT + 1
    # A draft is saved for a person, never sent: not among the sent (an operator's review), counted apart.
    assert 'kind="draft"' not in text and "triage_drafts_saved_total " in text


def test_error_series_exist_at_zero_before_the_first_error():
    text = generate_latest(Metrics().registry).decode()
    for kind in ("mailbox", "state", "message", "quarantine", "login"):
        assert f'triage_errors_total{{kind="{kind}"}} 0.0' in text
    assert 'triage_login_failing{endpoint="mailbox"} 0.0' in text


def run_json(twin: Twin) -> list[dict]:
    env = dict(os.environ)
    env.pop("TRIAGE_CONFIG", None)
    out = subprocess.run([sys.executable, "-m", "triage_daemon", "--config", str(twin.config_path), "once"],
                         capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 0, out.stderr
    return [json.loads(line) for line in out.stderr.splitlines() if line.startswith("{")]


def test_json_decision_lines_have_fields_of_their_own_and_no_article_text(tmp_path):
    twin = Twin(tmp_path, 'log_format = "json"\n')
    twin.deliver((SAMPLES / "01-question.eml").read_bytes())
    twin.deliver((SAMPLES / "03-blocker.eml").read_bytes())
    records = run_json(twin)
    decisions = {r["message_id"]: r for r in records if "category" in r}
    answer = decisions["sample-01-question@mail.example.com"]
    assert answer["sender"] == "dana.cho@example.com" and answer["sender_name"] == "Dana Cho"
    assert answer["subject"] == "how do I reach goodtime support?"
    assert answer["actions"] == ["auto_reply"] and answer["article"] == "contact-support"
    assert 0 < answer["article_score"] <= 1 and answer["scores"]["question"] > 0.5
    article = (twin.cfg.kb_dir / "contact-support.md").read_text().split("---", 2)[2].strip()
    line = json.dumps(answer)
    assert article[:60] not in line and len(line) < 2500
    blocker = decisions["sample-03-blocker@mail.example.com"]
    assert blocker["reference"].startswith("HL-") and blocker["acknowledgement"] is True
    assert blocker["priority"] == "urgent"


def test_log_timestamps_carry_milliseconds(tmp_path):
    twin = Twin(tmp_path, 'log_format = "json"\n')
    twin.deliver((SAMPLES / "04-feature.eml").read_bytes())
    stamp = run_json(twin)[0]["time"]
    assert len(stamp) == len("2026-03-03T10:15:02.123Z") and stamp[19] == "." and stamp.endswith("Z")
    (tmp_path / "text").mkdir()
    text = Twin(tmp_path / "text")
    text.deliver((SAMPLES / "04-feature.eml").read_bytes())
    env = dict(os.environ)
    env.pop("TRIAGE_CONFIG", None)
    out = subprocess.run([sys.executable, "-m", "triage_daemon", "--config", str(text.config_path), "once"],
                         capture_output=True, text=True, env=env, timeout=120)
    first = out.stderr.splitlines()[0]
    assert time.strptime(first[:19], "%Y-%m-%d %H:%M:%S") and first[19] == "." and first[20:23].isdigit()


def test_encoded_names_are_decoded_in_the_log_and_in_json_fields(tmp_path):
    twin = Twin(tmp_path, 'log_format = "json"\n')
    twin.deliver(eml(sender="=?utf-8?b?SsO8cmdlbiBNw7xsbGVy?= <juergen@example.com>",
                     subject="=?utf-8?q?Einladungen_mit_falscher_Uhrzeit?=", msgid="<names@mail.example.com>"))
    [record] = [r for r in run_json(twin) if "category" in r]
    assert record["sender_name"] == "Jürgen Müller" and record["subject"] == "Einladungen mit falscher Uhrzeit"
    assert "from=Jürgen Müller <juergen@example.com>" in record["message"] and "=?utf-8?" not in record["message"]


# --- whether a daemon runs (an operator saw "last pass: 13s ago ... mailbox: ok" from a stopped one) ----------

def daemon_line(twin: Twin, capsys) -> str:
    return next(line for line in status(twin, capsys).splitlines() if line.startswith("daemon: "))


def test_status_says_whether_a_daemon_runs_and_the_stop_line_sums_up_what_it_did(tmp_path, capsys):
    import signal

    from robust_helpers import start_daemon, wait_log

    twin = Twin(tmp_path)
    twin.deliver((SAMPLES / "02-bug.eml").read_bytes())
    assert main(["--config", str(twin.config_path), "once"]) == 0
    assert daemon_line(twin, capsys) == "daemon: not running"          # `once` is no daemon
    proc = start_daemon(twin.config_path)
    try:
        wait_log(twin.config_path, "triage-daemon running")
        line = daemon_line(twin, capsys)
        assert line.startswith(f"daemon: running (pid {proc.pid}, up ")
        twin.deliver((SAMPLES / "01-question.eml").read_bytes())
        wait_log(twin.config_path, "pass: 1 new, 1 decided")
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(30) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
    stopped = [line for line in (tmp_path / "daemon.log").read_text().splitlines() if "stopped: up " in line]
    assert len(stopped) == 1 and " 1 decided, " in stopped[0] and " 0 errors" in stopped[0], stopped
    assert daemon_line(twin, capsys).startswith("daemon: not running (stopped ")
    proc = start_daemon(twin.config_path)
    try:
        deadline = time.monotonic() + 60      # its own start line: the log holds the first daemon's too
        while (tmp_path / "daemon.log").read_text().count("triage-daemon running") < 2 and time.monotonic() < deadline:
            time.sleep(0.1)
        assert daemon_line(twin, capsys).startswith(f"daemon: running (pid {proc.pid}, up ")
        proc.kill()                                                   # no chance to take itself out
        proc.wait(10)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert daemon_line(twin, capsys).startswith(f"daemon: not running: pid {proc.pid} ended without stopping")
    report = json.loads(status(twin, capsys, "--json"))
    assert [(d["pid"], d["running"]) for d in report["daemons"]] == [(proc.pid, False)]


def test_a_pid_used_again_by_another_process_is_not_taken_for_the_daemon():
    from triage_daemon.service.processes import process_start, running_here
    me = os.getpid()
    started = process_start(me)
    assert started is not None and running_here(me, started) and running_here(me)
    assert not running_here(me, started + 1)               # same pid, another process (a code review)


def test_each_daemon_has_a_row_of_its_own_and_one_on_another_machine_is_judged_by_when_it_was_last_seen():
    import socket

    from triage_daemon.service import processes
    from triage_daemon.state.store import Store
    store = Store(":memory:")
    now = time.time()
    here = socket.gethostname()
    rows = {f"{processes.PREFIX}{here} pid {os.getpid()}": processes.row(now - 60, now),
            f"{processes.PREFIX}elsewhere pid 7": json.dumps({"started": now - 7200, "seen": now - 30}),
            f"{processes.PREFIX}elsewhere pid 8": json.dumps({"started": now - 7200, "seen": now - 3 * 3600})}
    for name, value in rows.items():           # written one by one, as each daemon writes its own
        store.set_meta(name, value)
    found = {(d["host"], d["pid"]): d["running"] for d in processes.describe(store.meta_starting(processes.PREFIX), now)}
    assert found == {(here, os.getpid()): True, ("elsewhere", 7): True, ("elsewhere", 8): False}
    store.delete_meta(f"{processes.PREFIX}elsewhere pid 8")
    assert len(store.meta_starting(processes.PREFIX)) == 2 and store.meta_starting("nothing like it") == {}


@pytest.mark.parametrize("name,value", [("daemon here pid 0", "{}"), ("daemon x pid ²", "{}"),
                                        ("daemon x pid 99999999999999999999", "{}"), ("daemon x pid -1", "[]"),
                                        ("daemon x pid 12", '{"started": "yesterday", "seen": [1]}'),
                                        ("daemon x pid 12", "not json")])
def test_status_and_start_survive_a_corrupt_daemon_row(tmp_path, capsys, name, value):
    # A corrupt row crashed `status` with a traceback, and some crashed `run` at start; pid 0 counted as
    # running (os.kill(0, 0) signals the process group) (a hostile review).
    from triage_daemon.service import processes
    from triage_daemon.state.store import Store
    twin = Twin(tmp_path)
    assert main(["--config", str(twin.config_path), "once"]) == 0
    store = Store(str(tmp_path / "triage.db"))
    store.set_meta(name.replace("here", __import__("socket").gethostname()), value)
    store.set_meta(processes.STOPPED, "garbage")
    store.close()
    line = daemon_line(twin, capsys)
    assert line.startswith("daemon: ") and "running (pid" not in line
    assert not processes.running_here(0) and not processes.running_here(-1)



def test_status_without_a_config_says_it_read_the_embedded_defaults_state(tmp_path, monkeypatch, capsys):
    # On a deployed host a bare `triage-daemon status` said "run the daemon first" while it ran (an operator's review).
    monkeypatch.delenv("TRIAGE_CONFIG", raising=False)
    monkeypatch.chdir(tmp_path)
    assert main(["status"]) == 2
    err = capsys.readouterr().err
    assert "embedded default's state" in err and "--config /etc/triage-daemon/triage.toml" in err
