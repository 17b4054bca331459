"""Metrics endpoint, `status`, and one log line per decision (text or JSON), without secrets."""
from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request

from twin import SAMPLES, SAMPLES_SENT, Twin

from triage_daemon.cli import main


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def scrape(port: int, timeout: float = 120) -> str:
    deadline = time.monotonic() + timeout
    while True:
        try:
            return urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=2).read().decode()
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def test_metrics_endpoint_reports_decisions_pass_time_queue_and_model(tmp_path):
    port = free_port()
    twin = Twin(tmp_path, f"metrics_port = {port}\npoll_interval = 1\n")
    for sample in sorted(SAMPLES.glob("*.eml")):
        twin.deliver(sample.read_bytes())
    env = dict(os.environ)
    env.pop("TRIAGE_CONFIG", None)
    proc = subprocess.Popen([sys.executable, "-m", "triage_daemon", "--config", str(twin.config_path), "run"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    expected = ['triage_messages_total{action="auto_reply",category="question"} 1.0',
                'triage_messages_total{action="ignore",category="noise"} 1.0',
                'triage_messages_total{action="flag_csm",category="escalation"} 1.0']
    try:
        # Counters move message by message; wait until the whole first pass is in (or time runs out).
        deadline = time.monotonic() + 120
        text = scrape(port)
        while not all(line in text for line in expected) or "triage_pass_seconds_count 0.0" in text:
            if time.monotonic() > deadline:
                break
            time.sleep(0.3)
            text = scrape(port)
    finally:
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(30) == 0
    for line in expected:
        assert line in text, text
    assert "triage_pass_seconds_count" in text
    assert "triage_queue_depth 0.0" in text
    assert 'triage_model_info{version="m-' in text
    stamp = float(next(line.split()[-1] for line in text.splitlines()
                       if line.startswith("triage_last_success_timestamp_seconds ")))
    assert abs(stamp - time.time()) < 120


def test_metrics_are_off_by_default(tmp_path):
    from triage_daemon.service.daemon import Daemon

    daemon = Daemon(Twin(tmp_path).cfg)
    try:
        assert daemon.metrics is None
    finally:
        daemon.close()


def test_status_prints_what_the_daemon_did(tmp_path, capsys):
    twin = Twin(tmp_path)
    for sample in sorted(SAMPLES.glob("*.eml")):
        twin.deliver(sample.read_bytes())
    assert main(["--config", str(twin.config_path), "once"]) == 0
    capsys.readouterr()
    assert main(["--config", str(twin.config_path), "status", "--json"]) == 0
    status = json.loads(capsys.readouterr().out)
    assert status["messages"] == {"done": 6}
    assert status["actions"]["auto_reply"] == 1
    assert status["effects"] == {"sent": SAMPLES_SENT}
    assert status["queue_depth"] == 0
    assert status["model"].startswith("m-")
    assert main(["--config", str(twin.config_path), "status"]) == 0
    assert "messages: done 6" in capsys.readouterr().out


def test_status_before_any_run_says_so(tmp_path, capsys):
    twin = Twin(tmp_path)
    assert main(["--config", str(twin.config_path), "status"]) == 2
    assert "run the daemon first" in capsys.readouterr().err


def run_once_logging(twin, extra_env=None) -> str:
    env = dict(os.environ, **(extra_env or {}))
    env.pop("TRIAGE_CONFIG", None)
    out = subprocess.run([sys.executable, "-m", "triage_daemon", "--config", str(twin.config_path), "once"],
                         capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 0, out.stderr
    return out.stderr


def test_one_log_line_per_decision_with_its_reasons(tmp_path):
    twin = Twin(tmp_path)
    for sample in sorted(SAMPLES.glob("*.eml")):
        twin.deliver(sample.read_bytes())
    lines = [ln for ln in run_once_logging(twin).splitlines() if " decision " in ln]
    assert len(lines) == 6
    blocker = next(ln for ln in lines if "sample-03-blocker" in ln)
    assert "scheduling_blocker" in blocker and "priority=urgent" in blocker and "rule starts-in-minutes" in blocker


def test_json_logs_carry_the_decision_as_data(tmp_path):
    twin = Twin(tmp_path, 'log_format = "json"\n')
    twin.deliver((SAMPLES / "04-feature.eml").read_bytes())
    records = [json.loads(ln) for ln in run_once_logging(twin).splitlines() if ln.startswith("{")]
    [decision] = [r for r in records if "category" in r]
    assert decision["category"] == "feature_request"
    assert decision["actions"] == ["product_board_reply"]
    assert decision["level"] == "info"


def test_a_standby_daemon_says_so_in_its_metrics_and_works_once_the_mailbox_is_free(tmp_path):
    from prometheus_client import generate_latest

    from triage_daemon.service.daemon import Daemon
    from triage_daemon.state.store import open_state

    twin = Twin(tmp_path, f"metrics_port = {free_port()}\n")
    for sample in sorted(SAMPLES.glob("*.eml")):
        twin.deliver(sample.read_bytes())
    holder = open_state(twin.cfg)
    daemon = Daemon(twin.cfg)
    try:
        assert holder.try_lease(daemon.mailbox.name)
        assert daemon.run_pass() is None
        assert "triage_standby 1.0" in generate_latest(daemon.metrics.registry).decode()
        holder.close()
        stats = daemon.run_pass()
        assert stats is not None and stats.decided == 6
        assert "triage_standby 0.0" in generate_latest(daemon.metrics.registry).decode()
    finally:
        daemon.close()
