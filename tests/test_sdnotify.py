"""The systemd notify protocol: the sdnotify module on a fake socket, then the real daemon speaking it.

The integration tests start `python -m triage_daemon run` on the Maildir twin with NOTIFY_SOCKET and
WATCHDOG_USEC set, as systemd would for a Type=notify service with WatchdogSec=, and read the
datagrams it sends: READY=1, then WATCHDOG=1 and STATUS= after every pass, STOPPING=1 on SIGTERM.
"""
from __future__ import annotations

import os
import re
import signal
import socket
import struct
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import pytest
from twin import BASE_TOML

from triage_daemon.service import sdnotify

ROOT = Path(__file__).resolve().parent.parent
SUN_PATH_MAX = 107  # sockaddr_un.sun_path, less the terminating NUL

CONFIG = BASE_TOML + "poll_interval = 1\nseed_samples = true\n"
SAMPLES_SENT = 9          # six samples: five need a message sent (the escalation two) and three an acknowledgement too
WATCHDOG_USEC = 4_000_000
SO_TIMESTAMP = getattr(socket, "SO_TIMESTAMP", 29)   # Linux: the kernel stamps each datagram as it arrives


# --------------------------------------------------------------------------------------------------
# a fake systemd: an AF_UNIX datagram socket that collects what it is sent


class NotifyListener:
    def __init__(self, address: str):
        """`address`: a filesystem path, or "@name" for the abstract namespace (as in NOTIFY_SOCKET)."""
        self.env_value = address
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.sock.bind("\0" + address[1:] if address.startswith("@") else address)
        # When the daemon sent it, not when this (maybe busy) test process got round to reading it.
        self.sock.setsockopt(socket.SOL_SOCKET, SO_TIMESTAMP, 1)
        self.received: list[tuple[float, str]] = []   # (arrival time by the kernel's clock, one assignment)

    def close(self) -> None:
        self.sock.close()

    def _recv(self) -> tuple[float, bytes]:
        data, ancillary, _, _ = self.sock.recvmsg(65536, socket.CMSG_SPACE(16))
        for level, kind, value in ancillary:
            if level == socket.SOL_SOCKET and kind == SO_TIMESTAMP:
                seconds, micro = struct.unpack("qq", value[:16])
                return seconds + micro / 1e6, data
        raise AssertionError("the datagram came without its kernel timestamp")

    def _pump(self, timeout: float) -> None:
        self.sock.settimeout(max(0.01, timeout))
        try:
            stamp, data = self._recv()
        except (socket.timeout, BlockingIOError):
            return
        # One datagram may carry several newline-separated assignments.
        for line in data.decode("utf-8", "replace").split("\n"):
            if line:
                self.received.append((stamp, line))

    def messages(self) -> list[str]:
        return [line for _, line in self.received]

    def wait_for(self, predicate, timeout: float, what: str, proc: subprocess.Popen | None = None,
                 log: Path | None = None) -> None:
        """Collect until predicate(messages) is true; fail with what was received after `timeout` s."""
        deadline = time.monotonic() + timeout
        while not predicate(self.messages()):
            remaining = deadline - time.monotonic()
            if remaining <= 0 or (proc is not None and proc.poll() is not None and not self._drain()):
                if predicate(self.messages()):
                    return
                state = "still running" if proc is None or proc.poll() is None else f"exited {proc.returncode}"
                pytest.fail(f"no {what} within {timeout:.0f}s (daemon {state}); received {self.messages()!r}"
                            + (f"\n--- daemon log ---\n{_tail(log)}" if log else ""), pytrace=False)
            self._pump(min(0.5, remaining))

    def _drain(self) -> bool:
        """Read whatever is still queued; True when something was."""
        before = len(self.received)
        self.sock.setblocking(False)
        try:
            while True:
                stamp, data = self._recv()
                self.received += [(stamp, line) for line in data.decode("utf-8", "replace").split("\n") if line]
        except (BlockingIOError, InterruptedError):
            pass
        finally:
            self.sock.setblocking(True)
        return len(self.received) > before


def _tail(path: Path | None, chars: int = 4000) -> str:
    if path is None or not path.exists():
        return ""
    return path.read_text(encoding="utf-8", errors="replace")[-chars:]


def _socket_path(tmp_path: Path) -> str:
    path = tmp_path / "notify.sock"
    if len(str(path)) <= SUN_PATH_MAX:
        return str(path)
    # A very deep tmp_path would not fit in sun_path: fall back to a short private folder.
    return str(Path(tempfile.mkdtemp(prefix="sdn")) / "notify.sock")


@pytest.fixture
def listener(tmp_path):
    fake = NotifyListener(_socket_path(tmp_path))
    try:
        yield fake
    finally:
        fake.close()


# --------------------------------------------------------------------------------------------------
# the module


def test_notify_sends_exactly_the_state(listener, monkeypatch):
    monkeypatch.setenv("NOTIFY_SOCKET", listener.env_value)
    assert sdnotify.notify("READY=1") is True
    listener.sock.settimeout(5)
    assert listener.sock.recv(65536) == b"READY=1"
    assert sdnotify.notify("STATUS=last pass: 3 new, naïve") is True
    assert listener.sock.recv(65536) == "STATUS=last pass: 3 new, naïve".encode("utf-8")


def test_notify_to_an_abstract_socket():
    name = f"@triage-test-{uuid.uuid4().hex}"
    fake = NotifyListener(name)
    try:
        with pytest.MonkeyPatch.context() as mp:
            mp.setenv("NOTIFY_SOCKET", name)
            assert sdnotify.notify("WATCHDOG=1") is True
        fake.sock.settimeout(5)
        assert fake.sock.recv(65536) == b"WATCHDOG=1"
    finally:
        fake.close()


def test_notify_without_notify_socket_does_nothing(monkeypatch):
    monkeypatch.delenv("NOTIFY_SOCKET", raising=False)

    def no_socket(*args, **kwargs):
        raise AssertionError("notify() opened a socket although NOTIFY_SOCKET is unset")

    monkeypatch.setattr(sdnotify.socket, "socket", no_socket)
    assert sdnotify.notify("READY=1") is False
    monkeypatch.setenv("NOTIFY_SOCKET", "")
    assert sdnotify.notify("READY=1") is False


def test_notify_to_a_vanished_socket_is_not_an_error(tmp_path, monkeypatch):
    # systemd gone (or the socket removed): the daemon must go on, so notify reports False, no exception.
    monkeypatch.setenv("NOTIFY_SOCKET", _socket_path(tmp_path))
    assert sdnotify.notify("WATCHDOG=1") is False


def test_watchdog_interval(monkeypatch):
    monkeypatch.delenv("WATCHDOG_PID", raising=False)
    monkeypatch.delenv("WATCHDOG_USEC", raising=False)
    assert sdnotify.watchdog_interval() is None
    monkeypatch.setenv("WATCHDOG_USEC", "4000000")
    assert sdnotify.watchdog_interval() == pytest.approx(2.0)
    monkeypatch.setenv("WATCHDOG_USEC", "120000000")
    assert sdnotify.watchdog_interval() == pytest.approx(60.0)
    monkeypatch.setenv("WATCHDOG_PID", str(os.getpid()))
    assert sdnotify.watchdog_interval() == pytest.approx(60.0)
    # The watchdog belongs to another process (e.g. inherited from a parent): not ours to feed.
    other = os.getpid() + 1 if os.getpid() < 4_000_000 else 2
    monkeypatch.setenv("WATCHDOG_PID", str(other))
    assert sdnotify.watchdog_interval() is None


# --------------------------------------------------------------------------------------------------
# the daemon


class RunningDaemon:
    def __init__(self, tmp_path: Path, listener: NotifyListener, config: str = CONFIG,
                 watchdog_usec: int | None = WATCHDOG_USEC):
        self.tmp = tmp_path
        self.listener = listener
        self.config = tmp_path / "triage.toml"
        self.config.write_text(config, encoding="utf-8")
        self.log = tmp_path / "daemon.stderr"
        self.out = tmp_path / "daemon.stdout"
        env = {k: v for k, v in os.environ.items()
               if not k.startswith(("TRIAGE_", "WATCHDOG_", "NOTIFY_", "LISTEN_", "CREDENTIALS_DIRECTORY"))}
        env.update(NOTIFY_SOCKET=listener.env_value, PYTHONUNBUFFERED="1")
        if watchdog_usec:
            env["WATCHDOG_USEC"] = str(watchdog_usec)
        with open(self.log, "wb") as err, open(self.out, "wb") as out:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "triage_daemon", "--config", str(self.config), "run"],
                cwd=tmp_path, env=env, stdin=subprocess.DEVNULL, stdout=out, stderr=err)

    def wait_for(self, predicate, timeout: float, what: str) -> None:
        self.listener.wait_for(predicate, timeout, what, self.proc, self.log)

    def stderr(self) -> str:
        return _tail(self.log, 10**7)

    def stop(self, timeout: float = 30) -> int:
        self.proc.send_signal(signal.SIGTERM)
        try:
            return self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            pytest.fail(f"the daemon did not exit within {timeout:.0f}s of SIGTERM\n{_tail(self.log)}",
                        pytrace=False)

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                pass


@pytest.fixture
def daemon(tmp_path, listener):
    running = RunningDaemon(tmp_path, listener)
    try:
        yield running
    finally:
        running.kill()


def _count(prefix: str):
    return lambda messages: sum(m.startswith(prefix) for m in messages)


@pytest.mark.timeout(180)
def test_daemon_speaks_the_notify_protocol(daemon, listener, tmp_path):
    daemon.wait_for(lambda m: len(m) >= 1, 60, "first notification")
    assert listener.messages()[0] == "READY=1", f"READY=1 must come first; received {listener.messages()!r}"

    # WATCHDOG_USEC=4s: the daemon passes (and pings) at least every 2s; a pass reports its STATUS.
    daemon.wait_for(lambda m: _count("WATCHDOG=1")(m) >= 3 and _count("STATUS=")(m) >= 1, 30,
                    "three WATCHDOG=1 and a STATUS=")
    statuses = [m for m in listener.messages() if m.startswith("STATUS=")]
    assert any("pass" in s for s in statuses), statuses
    pings = [t for t, m in listener.received if m == "WATCHDOG=1"]
    gaps = [b - a for a, b in zip(pings, pings[1:])]
    assert max(gaps) < WATCHDOG_USEC / 1e6, f"watchdog pings {gaps} s apart: systemd would kill the daemon"
    assert listener.messages().count("READY=1") == 1

    code = daemon.stop(30)
    listener.wait_for(lambda m: "STOPPING=1" in m, 5, "STOPPING=1 after SIGTERM", log=daemon.log)
    assert code == 0, f"exit code {code} after SIGTERM\n{_tail(daemon.log)}"

    log = daemon.stderr()
    assert "received SIGTERM" in log and "stopped" in log, log[-3000:]
    new = tmp_path / "mail" / "outbox" / "new"
    outbox = sorted(new.iterdir()) if new.is_dir() else []
    assert len(outbox) == SAMPLES_SENT, (
        f"the outbox holds {len(outbox)} messages, expected {SAMPLES_SENT} (one per seeded sample that needs "
        f"an answer, forward or notice); statuses: {statuses}\n{log[-3000:]}")


@pytest.mark.timeout(120)
def test_sighup_reloads_at_once_not_at_the_next_scheduled_pass(tmp_path, listener):
    # A pass every 10 minutes and no watchdog: only the HUP can bring the reload within seconds.
    daemon = RunningDaemon(tmp_path, listener, BASE_TOML + "poll_interval = 600\nidle = false\nseed_samples = true\n",
                           watchdog_usec=None)
    try:
        daemon.wait_for(lambda m: "READY=1" in m and _count("STATUS=")(m) >= 1, 60, "READY=1 and the first pass")
        assert "templates reloaded:" not in daemon.stderr()
        daemon.proc.send_signal(signal.SIGHUP)
        deadline = time.monotonic() + 20
        while "templates reloaded:" not in daemon.stderr() and time.monotonic() < deadline:
            assert daemon.proc.poll() is None, f"the daemon died on SIGHUP\n{_tail(daemon.log)}"
            time.sleep(0.2)
        assert "templates reloaded:" in daemon.stderr(), f"no reload within 20 s of SIGHUP\n{_tail(daemon.log)}"
        assert daemon.stop(30) == 0
    finally:
        daemon.kill()


@pytest.mark.timeout(180)
def test_sighup_reloads_model_rules_knowledge_base_and_templates(daemon, listener):
    daemon.wait_for(lambda m: "READY=1" in m, 60, "READY=1")
    # Let the first pass (the seeded samples) finish, so the HUP lands between passes or in a quick one.
    daemon.wait_for(lambda m: _count("STATUS=")(m) >= 1, 30, "the first pass")
    assert "knowledge base reloaded" not in daemon.stderr()

    daemon.proc.send_signal(signal.SIGHUP)
    after = _count("STATUS=")(listener.messages())
    # The reload happens at the start of the next pass; two more passes make sure one started after the HUP.
    daemon.wait_for(lambda m: _count("STATUS=")(m) >= after + 2, 30, "two passes after SIGHUP")
    assert daemon.proc.poll() is None, f"the daemon died on SIGHUP\n{_tail(daemon.log)}"

    code = daemon.stop(30)
    assert code == 0, f"exit code {code} after SIGTERM\n{_tail(daemon.log)}"
    log = daemon.stderr()
    assert "model: m-" in log and "(unchanged)" in log, log[-3000:]
    assert re.search(r"knowledge base reloaded: (\d+) articles \(was \1\): no content change", log), log[-3000:]
    assert "rules reloaded:" in log and "templates reloaded:" in log, log[-3000:]
