"""Which daemons run on a state: each `run` writes itself into the state's `daemons` entry when it starts
and takes itself out when it stops, so that `status` can say whether one is running, and since when."""
from __future__ import annotations

import json
import os
import socket
import time

META = "daemons"   # {"host pid 1234": started (epoch seconds)}
STOPPED = "daemon_stopped"


def running_here(pid: int) -> bool:
    """Whether a process with this pid runs on this machine (a zombie does not count)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):
        return True


def me() -> str:
    return f"{socket.gethostname()} pid {os.getpid()}"


def _parse(name: str) -> tuple[str, int | None]:
    host, _, pid = name.partition(" pid ")
    return host, int(pid) if pid.isdigit() else None


def _load(text: str | None) -> dict:
    try:
        procs = json.loads(text or "{}")
    except ValueError:
        return {}
    return procs if isinstance(procs, dict) else {}


def registered(text: str | None, started: bool, now: float | None = None) -> str:
    """The `daemons` entry after this process started (or stopped): its own line added (or taken out), and
    those of this machine's processes that ended without taking themselves out (kill -9) dropped."""
    here = socket.gethostname()
    procs = {}
    for name, at in _load(text).items():
        host, pid = _parse(name)
        if host != here or (pid is not None and running_here(pid)):
            procs[name] = at
    if started:
        procs[me()] = time.time() if now is None else now
    else:
        procs.pop(me(), None)
    return json.dumps(procs, sort_keys=True)


def describe(text: str | None) -> list[dict]:
    """Each daemon written in: host, pid, when it started, and whether it runs (None: on another machine,
    which cannot be seen from here)."""
    out = []
    for name, started in sorted(_load(text).items()):
        host, pid = _parse(name)
        alive = running_here(pid) if host == socket.gethostname() and pid is not None else None
        out.append({"host": host, "pid": pid, "started": started, "running": alive})
    return out
