"""One message must never stall the help line: a message that hangs or kills the process is quarantined
after max_attempts while the rest of its chunk is handled; a message over its time budget is quarantined
at once; the watchdog hears from the loop that does the work at least every WatchdogSec/2, also while a
chunk of slow messages is read.

The slow, hanging and crashing messages are made so by a small runner that wraps the engine's `parse`
and `decide_message` (the daemon itself is unchanged), run as `python RUNNER --config X once|run`."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from robust_helpers import eml, one_pass, sent_for_the_samples_alone, state_rows, subprocess_env, twin_with_samples
from test_sdnotify import NotifyListener, _socket_path, _tail
from twin import SAMPLES, Twin

from triage_daemon.service import engine

RUNNER = r"""
import os, signal, sys, time
from pathlib import Path
import triage_daemon.service.engine as engine

real_parse, real_decide = engine.parse, engine.decide_message
slow = float(os.environ.get("SLOW_SECONDS", "0"))

def parse(raw):
    if b"X-Test: POISON" in raw:
        Path(os.environ["MARKER"]).write_text("reading the poison")
        if os.environ["POISON_MODE"] == "hang":
            time.sleep(3600)
        os.kill(os.getpid(), signal.SIGKILL)
    if b"X-Test: SLOW" in raw:
        time.sleep(slow)
    return real_parse(raw)

def decide_message(msg, *args, **kwargs):
    if msg.header("x-test") == "SLOW":
        time.sleep(slow)
    return real_decide(msg, *args, **kwargs)

engine.parse, engine.decide_message = parse, decide_message
from triage_daemon.cli import main
sys.exit(main(sys.argv[1:]))
"""

POISON = eml("how do I add an interviewer to a pool?", "Hi, how do I add a new interviewer to a pool?\n",
             sender="Rita Gomez <rita.gomez@example.com>", msgid="<poison@mail.example.com>",
             headers={"X-Test": "POISON"})


def runner(tmp_path: Path) -> Path:
    path = tmp_path / "runner.py"
    path.write_text(RUNNER, encoding="utf-8")
    return path



def inbox(twin: Twin) -> list[Path]:
    return [p for sub in ("new", "cur") for p in (twin.inbox / sub).iterdir()]


def poison_twin(tmp_path: Path) -> Twin:
    """The six samples with the poison in the middle of their chunk."""
    twin = Twin(tmp_path)
    samples = sorted(SAMPLES.glob("*.eml"))
    for sample in samples[:3]:
        twin.deliver(sample.read_bytes(), name=f"{sample.stem}.eml")
    twin.deliver(POISON, name="04-poison.eml")
    for sample in samples[3:]:
        twin.deliver(sample.read_bytes(), name=f"{sample.stem[:1]}5{sample.stem[2:]}.eml")
    return twin


def once_until_stopped(twin: Twin, mode: str, tmp_path: Path) -> int | None:
    """`once` through the runner; a hang is ended as systemd's watchdog would end it (SIGKILL) once the
    poison is being read. Returns the exit code (None when it hung and was killed)."""
    marker = tmp_path / f"marker-{time.monotonic_ns()}"
    proc = subprocess.Popen([sys.executable, str(runner(tmp_path)), "--config", str(twin.config_path), "once"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=twin.root,
                            env=subprocess_env(POISON_MODE=mode, MARKER=str(marker)))
    deadline = time.monotonic() + 120
    while proc.poll() is None and time.monotonic() < deadline:
        if marker.exists() and mode == "hang":
            time.sleep(0.5)        # it is hanging there
            proc.kill()
            proc.wait(10)
            return None
        time.sleep(0.05)
    if proc.poll() is None:
        proc.kill()
        pytest.fail("once neither finished nor reached the poison within 120 s")
    out, err = proc.communicate()
    assert proc.returncode in (0, -signal.SIGKILL), err.decode()[-2000:]
    return proc.returncode


@pytest.mark.parametrize("mode", ["hang", "crash"])
def test_a_message_that_hangs_or_kills_the_daemon_is_quarantined_after_max_attempts(mode, tmp_path):
    twin = poison_twin(tmp_path)
    stopped = 0
    for _ in range(3):   # max_attempts = 3: the daemon dies on it three times
        code = once_until_stopped(twin, mode, tmp_path)
        assert code != 0, "the poison was read without stopping the daemon"
        stopped += 1
        assert twin.folder_files("Triage/Quarantine") == []
    # The next pass does not read it again: it is quarantined, and the rest of its chunk is handled.
    code = once_until_stopped(twin, mode, tmp_path)
    assert code == 0 and stopped == 3
    [quarantined] = twin.folder_files("Triage/Quarantine")
    assert quarantined.read_bytes() == POISON
    [(error,)] = state_rows(twin, "SELECT error FROM messages WHERE status = 'quarantined'")
    assert "stopped the daemon 3 times" in error
    assert inbox(twin) == []
    assert len(twin.sent()) == sent_for_the_samples_alone(tmp_path)   # the six samples as usual
    assert state_rows(twin, "SELECT COUNT(*) FROM messages WHERE status = 'done'") == [(6,)]
    assert state_rows(twin, "SELECT COUNT(*) FROM tries") == [(0,)]


def test_a_message_over_its_time_budget_is_quarantined_with_the_reason_and_the_chunk_goes_on(tmp_path, monkeypatch):
    twin = twin_with_samples(tmp_path, "message_budget_seconds = 0.5\n")
    twin.deliver(eml("slow one", "Hi, how do I add a new interviewer to a pool?\n", msgid="<slow@mail.example.com>",
                     headers={"X-Test": "SLOW"}), name="00-slow.eml")
    real = engine.decide_message

    def slow_decide(msg, *args, **kwargs):
        if msg.header("x-test") == "SLOW":
            time.sleep(0.8)
        return real(msg, *args, **kwargs)

    monkeypatch.setattr(engine, "decide_message", slow_decide)
    stats = one_pass(twin)
    assert stats.quarantined == 1 and stats.errors == 0
    [(error,)] = state_rows(twin, "SELECT error FROM messages WHERE status = 'quarantined'")
    assert "over its time budget" in error and "message_budget_seconds (0.5 s)" in error
    assert len(twin.sent()) == sent_for_the_samples_alone(tmp_path) and inbox(twin) == []
    assert len(twin.folder_files("Triage/Quarantine")) == 1


@pytest.mark.timeout(180)
def test_the_watchdog_hears_from_the_work_at_least_every_half_period_during_a_chunk_of_slow_messages(tmp_path):
    listener = NotifyListener(_socket_path(tmp_path))
    twin = Twin(tmp_path, "poll_interval = 1\n")
    for i in range(8):     # one chunk: 8 x (0.4 s to read + 0.4 s to classify)
        twin.deliver(eml(f"question {i}", "Hi, how do I add a new interviewer to a pool?\n",
                         msgid=f"<slow-{i}@mail.example.com>", headers={"X-Test": "SLOW"}))
    usec = 2_000_000      # WatchdogSec=2: a ping at least every second
    env = subprocess_env(NOTIFY_SOCKET=listener.env_value, WATCHDOG_USEC=str(usec), SLOW_SECONDS="0.4")
    env.pop("WATCHDOG_PID", None)
    log = tmp_path / "daemon.log"
    with open(log, "wb") as err:
        proc = subprocess.Popen([sys.executable, str(runner(tmp_path)), "--config", str(twin.config_path), "run"],
                                cwd=twin.root, env=env, stdout=err, stderr=err)
    try:
        listener.wait_for(lambda m: any(x.startswith("STATUS=last pass") and "8 new" in x for x in m), 120,
                          "the pass over the slow chunk", proc, log)
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(30) == 0, _tail(log)
    finally:
        if proc.poll() is None:
            proc.kill()
        listener.close()
    events = listener.received
    ready = next(t for t, m in events if m == "READY=1")
    done = next(t for t, m in events if m.startswith("STATUS=last pass") and "8 new" in m)
    pings = [ready] + [t for t, m in events if m == "WATCHDOG=1" and ready <= t <= done] + [done]
    gaps = [b - a for a, b in zip(pings, pings[1:])]
    assert done - ready > 6, "the chunk was not slow: the test proves nothing"
    assert max(gaps) <= usec / 2e6, f"longest silence {max(gaps):.2f} s (pings {len(pings)})"
    assert len(list((twin.outbox / "new").iterdir())) >= 1
    assert os.path.exists(twin.root / "triage.db")


def test_the_daemon_builds_the_knowledge_bases_vectors_before_its_first_message(tmp_path, monkeypatch):
    """Built lazily, they took one silent step of about 0.3 s (1 s with the CPU hogs) inside the first
    message's classification, longer than half a tight watchdog period."""
    from triage_daemon.decide import answers
    from triage_daemon.service.daemon import Daemon

    daemon = Daemon(Twin(tmp_path).cfg)
    try:
        def built_late(*args, **kwargs):
            raise AssertionError("the knowledge base's vectors were built during a match")
        monkeypatch.setattr(answers, "Similarity", built_late)
        monkeypatch.setattr(answers, "Lexicon", built_late)
        match = daemon.classifier.answers.match(["Who is our GoodTime CSM?"], 0.9, True)
        assert match is not None and match.id
    finally:
        daemon.close()
