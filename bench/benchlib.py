"""Shared helpers for the benchmark scripts (not tests): machine description, percentiles, corpus."""
from __future__ import annotations

import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TESTS = ROOT / "tests"


def machine() -> str:
    model = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        load = "?"
    try:
        affinity = len(os.sched_getaffinity(0))
    except AttributeError:
        affinity = os.cpu_count()
    mem = ""
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                mem = f", RAM {int(line.split()[1]) // 1024} MB"
    except OSError:
        pass
    return (f"machine: {model}; {os.cpu_count()} cores ({affinity} usable){mem}; load avg {load}\n"
            f"python: {platform.python_implementation()} {sys.version.split()[0]} ({sys.executable}); "
            f"{platform.platform()}")


def code_version() -> str:
    """The commit measured, and whether triage_daemon/ differs from it (others edit it meanwhile)."""
    import subprocess

    try:
        head = subprocess.run(["git", "-C", str(ROOT), "log", "-1", "--format=%h %cd %s", "--date=format:%H:%M:%S"],
                              capture_output=True, text=True, timeout=10).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(ROOT), "status", "--porcelain", "--", "triage_daemon"],
                               capture_output=True, text=True, timeout=10).stdout.split("\n")
        dirty = [d for d in dirty if d.strip()]
    except (OSError, subprocess.SubprocessError):
        return "code: unknown (no git)"
    return f"code: {head[:110]}" + (f"; triage_daemon/ has {len(dirty)} uncommitted change(s)" if dirty else "; clean")


def header(title: str) -> None:
    print("=" * 78)
    print(title)
    print(machine())
    print(code_version())
    print("=" * 78, flush=True)


def pct(values, p: float) -> float:
    vals = sorted(values)
    if not vals:
        return float("nan")
    k = (len(vals) - 1) * p / 100.0
    lo = int(k)
    hi = min(lo + 1, len(vals) - 1)
    return vals[lo] + (vals[hi] - vals[lo]) * (k - lo)


def median(values) -> float:
    return statistics.median(values)


def match_questions(examples) -> list[tuple[list[str], float, bool]]:
    """The labelled questions of `examples` as Answerer.match takes them: sentences, P(question), has a subject."""
    from triage_daemon.decide.questions import message_question
    from triage_daemon.mail.parse import parse

    messages = [parse(ex.raw) for ex in examples if ex.label == "question"]
    return [(message_question(m), 0.9, bool(m.subject.strip())) for m in messages]


def match_times(answerer, questions) -> list[float]:
    """ms of each Answerer.match, one pass over the questions in order."""
    times = []
    for sentences, p_question, has_subject in questions:
        t0 = time.perf_counter()
        answerer.match(sentences, p_question, has_subject)
        times.append((time.perf_counter() - t0) * 1000)
    return times


def fresh_process_seconds(code: str, runs: int, cwd: Path = ROOT) -> list[float]:
    """Wall seconds of `python -c code` in a new process, `runs` times."""
    out = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, timeout=300, cwd=cwd)
        out.append(time.perf_counter() - t0)
    return out


def corpus_files(include_holdout: bool = True) -> list[Path]:
    files = sorted((ROOT / "models" / "data").glob("*/*.eml"))
    if include_holdout:
        files += sorted((TESTS / "data" / "holdout").glob("*/*.eml"))
    return files


def rss_kb() -> tuple[int, int]:
    """(VmRSS, VmHWM) of this process in kB."""
    rss = hwm = 0
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                rss = int(line.split()[1])
            elif line.startswith("VmHWM:"):
                hwm = int(line.split()[1])
    except OSError:
        pass
    return rss, hwm


# --------------------------------------------------------------------------- mail server fixture

HELPLINE = "helpline@example.com"


def mailservers():
    """tests/mailservers.MailServers, started (private Dovecot + Postfix on 127.0.0.1)."""
    if str(TESTS) not in sys.path:
        sys.path.insert(0, str(TESTS))
    from mailservers import MailServers  # noqa: WPS433

    servers = MailServers()
    servers.start()
    return servers


def stop_servers(servers, work: Path | None, keep: bool) -> None:
    """Stop the private servers and remove the work folder (unless --keep)."""
    import shutil

    servers.stop()
    if work is not None and not keep:
        shutil.rmtree(work, ignore_errors=True)
    elif work is not None:
        print(f"kept {work}")


def write_config(servers, folder: Path, **extra) -> Path:
    """A triage.toml pointing at the fixture: IMAP mailbox, SMTP outbox (no TLS), SQLite state in folder."""
    lines = [
        f'mailbox = "imap://helpline%40example.com@127.0.0.1:{servers.imap_port}/INBOX"',
        f'outbox = "smtp://127.0.0.1:{servers.smtp_port}"',
        'state = "sqlite:///triage.db"',
        f'helpline_address = "{HELPLINE}"',
        'support_address = "support@goodtime.io"',
        'csm_address = "csm@example.com"',
        'product_board_url = "https://goodtime.example/board"',
        'starttls = "off"',
        f'model_dir = "{ROOT / "models"}"',
        f'rules_dir = "{ROOT / "rules"}"',
        f'kb_dir = "{ROOT / "kb"}"',
    ]
    for key, value in extra.items():
        if isinstance(value, bool):
            lines.append(f"{key} = {'true' if value else 'false'}")
        elif isinstance(value, (int, float)):
            lines.append(f"{key} = {value}")
        else:
            lines.append(f'{key} = "{value}"')
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "triage.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _split_head(raw: bytes) -> tuple[list[bytes], bytes, bytes]:
    for sep in (b"\r\n\r\n", b"\n\n"):
        i = raw.find(sep)
        if i >= 0:
            nl = b"\r\n" if sep == b"\r\n\r\n" else b"\n"
            return raw[:i].split(nl), raw[i + len(sep):], nl
    nl = b"\r\n" if b"\r\n" in raw else b"\n"
    return raw.split(nl), b"", nl


def rewrite(raw: bytes, index: int, sender: str = "alice@example.com", tag: str = "bench") -> bytes:
    """The message with a unique Message-ID and From: sender (Reply-To dropped), everything else kept."""
    lines, body, nl = _split_head(raw)
    drop = (b"message-id:", b"from:", b"reply-to:")
    kept: list[bytes] = []
    skipping = False
    for line in lines:
        if line[:1] in (b" ", b"\t"):
            if not skipping:
                kept.append(line)
            continue
        skipping = line.lower().startswith(drop)
        if not skipping:
            kept.append(line)
    head = [f"From: Alice Example <{sender}>".encode(),
            f"Message-ID: <{tag}-{index}-{os.getpid()}@mail.example.com>".encode()] + kept
    return nl.join(head) + nl + nl + body


def fill_maildir(servers, user: str, raws, start: int = 0) -> int:
    """Write messages straight into the user's Maildir new/ (Dovecot indexes them at the next SELECT)."""
    import pwd
    import time as _time

    # make sure Dovecot has created the Maildir (first login + select)
    with servers.imap(user, timeout=600) as client:
        client.select_folder("INBOX", readonly=True)
    new = servers.maildir(user) / "new"
    if not new.is_dir():
        raise RuntimeError(f"no Maildir at {new}")
    vmail = pwd.getpwnam("vmail")
    now = int(_time.time())
    count = 0
    for i, raw in enumerate(raws, start):
        name = new / f"{now}.M{i}P{os.getpid()}.bench,S={len(raw)}"
        with open(name, "wb") as fh:
            fh.write(raw)
        os.chown(name, vmail.pw_uid, vmail.pw_gid)
        count += 1
    return count


def index_inbox(servers, user: str) -> tuple[int, int, int, float]:
    """SELECT INBOX once so Dovecot indexes new files; (messages, uidvalidity, highest uid, seconds)."""
    import time as _time

    t0 = _time.perf_counter()
    with servers.imap(user, timeout=900) as client:
        info = client.select_folder("INBOX")
        exists = int(info[b"EXISTS"])
        validity = int(info[b"UIDVALIDITY"])
        uids = client.search(["ALL"]) if exists else []
        top = max(uids) if uids else 0
    return exists, validity, top, _time.perf_counter() - t0
