"""Which daemons run on a state. Each `run` keeps a row of its own in the state's meta table while it
runs (`daemon <host> pid <pid>`: when it started, when it was last seen working, its process start
time) and removes it when it stops, so that `status` can say whether one runs. One row per daemon, each
written by its own daemon only: two daemons starting or stopping at once never overwrite each other."""
from __future__ import annotations

import json
import os
import socket
import time

PREFIX = "daemon "             # + "<host> pid <pid>"
STOPPED = "daemon_stopped"     # when the last daemon that stopped cleanly stopped
PID_MAX = 1 << 22              # Linux's largest pid
STALE = 900.0                  # a daemon on another machine not seen for this long is taken for gone


def _stat(pid: int) -> list[str] | None:
    """/proc/PID/stat's fields after the command name (the state first), or None when it cannot be read."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None


def process_start(pid: int) -> int | None:
    """When the process started, in clock ticks since boot (/proc/PID/stat, field 22): with the pid, it
    names one process, so that a pid used again by another process is not taken for the daemon."""
    fields = _stat(pid)
    return int(fields[19]) if fields and len(fields) > 19 and fields[19].isdigit() else None


def running_here(pid: int, started: int | None = None) -> bool:
    """Whether a process with this pid runs on this machine (a zombie does not count), and, given its
    start time, is still the same process."""
    if not 0 < pid <= PID_MAX:   # 0 and negative numbers name process groups to os.kill
        return False
    try:
        os.kill(pid, 0)
    except (ProcessLookupError, OverflowError):
        return False
    except PermissionError:
        pass
    fields = _stat(pid)
    if fields is None:
        return True                  # it answered the signal; its details are not ours to read
    if not fields or fields[0] == "Z":
        return False
    return started is None or len(fields) < 20 or not fields[19].isdigit() or int(fields[19]) == started


def me() -> str:
    return f"{socket.gethostname()} pid {os.getpid()}"


def parse_holder(name: str) -> tuple[str, int | None]:
    """("host", pid) of "host pid 1234"; pid None unless it is one a process can have (a state is data)."""
    host, _, pid = name.partition(" pid ")
    value = int(pid) if pid.isascii() and pid.isdigit() and len(pid) < 9 else 0
    return host, value if 0 < value <= PID_MAX else None


def number(value) -> float | None:
    """A time from the state, or None for anything else (a state is data, and may be corrupt)."""
    try:
        value = float(value)
    except (TypeError, ValueError):
        return None
    return value if value == value and abs(value) < 1e11 else None


def row(started: float, seen: float) -> str:
    """This daemon's row: when it started and was last seen working, and its process start time."""
    return json.dumps({"started": started, "seen": seen, "process_start": process_start(os.getpid())})


def gone(name: str, value: str, now: float) -> bool:
    """A row whose daemon is no longer there: on this machine, its process ended (kill -9, a crash); on
    another, not seen working for STALE seconds."""
    host, pid = parse_holder(name[len(PREFIX):])
    data = _load(value)
    if host == socket.gethostname() and pid is not None:
        started = data.get("process_start")
        return not running_here(pid, started if isinstance(started, int) else None)
    return now - (number(data.get("seen")) or 0.0) > STALE


def describe(rows: dict[str, str], now: float | None = None) -> list[dict]:
    """Each daemon with a row: host, pid, when it started and was last seen, and whether it runs (None:
    on another machine, judged by when it was last seen)."""
    now = time.time() if now is None else now
    out = []
    for name, value in sorted(rows.items()):
        host, pid = parse_holder(name[len(PREFIX):])
        data = _load(value)
        here = host == socket.gethostname() and pid is not None
        out.append({"host": host, "pid": pid, "started": number(data.get("started")), "seen": number(data.get("seen")),
                    "here": here, "running": not gone(name, value, now)})
    return out


def _load(value: str | None) -> dict:
    try:
        data = json.loads(value or "{}")
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}
