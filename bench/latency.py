#!/usr/bin/env python3
"""Benchmark: latency from SMTP submission to the automatic reply being in the sender's INBOX.

    .venv/bin/python bench/latency.py [--count 30] [--modes idle,poll]

Starts the test suite's private Dovecot + Postfix (tests/mailservers.py, 127.0.0.1 only) and runs
the daemon as a subprocess (`python -m triage_daemon --config X run`) in two modes:
  idle   idle = true,  poll_interval = 60   (IMAP IDLE triggers the pass)
  poll   idle = false, poll_interval = 2    (a pass every 2 s)
For each, submits --count knowledge questions from alice@example.com one at a time through Postfix
(SMTP) to helpline@example.com and measures the time until the reply is visible in alice's INBOX
(IMAP, checked every 50 ms). One unmeasured warm-up question first. A random pause of 0-2 s between
questions decorrelates submissions from the poll timer. The split uses the daemon's log: submission ->
the decision line (in through Postfix/LMTP, noticed, fetched, decided) and decision -> reply visible
(sent, through Postfix/LMTP into alice's INBOX).
Baseline: the same SMTP submission to alice herself, until visible in her INBOX (the mail path alone).
Goal: p50 under 2 s with IDLE.
"""
from __future__ import annotations

import argparse
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchlib import (  # noqa: E402
    HELPLINE,
    ROOT,
    header,
    mailservers,
    pct,
    stop_servers,
    write_config,
)

ALICE = "alice@example.com"
QUESTIONS = [
    ("how do I reach goodtime support?", "Hi, what's the email address for GoodTime Support? Thanks, Alice"),
    ("How do I reach GoodTime support?", "Hello team, how can I get in touch with GoodTime support? Alice"),
    ("how do i reach goodtime support", "quick one: how do I reach GoodTime support? thx"),
    ("What is the support email address?", "What is the GoodTime support email address? Regards, Alice"),
    ("goodtime support email?", "Hi, what is the email address for GoodTime Support? Thank you"),
    ("Contacting GoodTime support", "How do I contact GoodTime support - by email or chat?"),
    ("What are GoodTime support's hours?", "Hi, what are GoodTime support's hours? Alice"),
    ("Is GoodTime support available on weekends?", "Is GoodTime support available on weekends or at night?"),
    ("support hours", "What are the GoodTime support hours? Is it 24/7?"),
    ("Can I get help from GoodTime outside business hours?", "Can I get help from GoodTime outside business hours?"),
    ("Is there a phone number for GoodTime support?", "Is there a phone number I can call for GoodTime support?"),
    ("How quickly will GoodTime respond to my ticket?", "How quickly will GoodTime respond to my support ticket?"),
    ("Where are the support SLAs?", "Where can I find the GoodTime support SLAs and ticket priority levels?"),
    ("What should I include in a ticket?", "What details should I include when I open a ticket with GoodTime?"),
    ("When should I contact GoodTime Support directly?", "When should I contact GoodTime Support directly?"),
    ("question: reaching goodtime support", "Hey, how do I reach GoodTime support? Is there a chat? Alice"),
    ("How can I reach GoodTime support?", "Hi all, how can I reach GoodTime support please?"),
    ("GoodTime support contact?", "Who do I contact for GoodTime support and how do I reach them?"),
    ("support email address?", "What is the support email address for GoodTime? Many thanks"),
    ("weekend support?", "Is GoodTime support available on weekends? We have Saturday interviews."),
    ("how to reach goodtime support", "Hello, how to reach goodtime support? Thanks a lot, Alice"),
    ("GoodTime Support hours?", "What are GoodTime Support's hours? Are they available at night?"),
    ("Support SLA", "How quickly will GoodTime respond to my ticket? Where are the SLAs?"),
    ("how do I contact goodtime support?", "how do I contact goodtime support? email? chat?"),
    ("Reaching GoodTime support", "Hi, how do I reach GoodTime support by email? Best, Alice"),
    ("¿Cómo contacto al soporte de GoodTime?", "¿Cómo contacto al soporte de GoodTime? Gracias"),
    ("Quels sont les horaires du support GoodTime ?", "Quels sont les horaires du support GoodTime ? Merci"),
    ("support phone number?", "Is there a phone number I can call for GoodTime support?"),
    ("how do I reach goodtime support? (team)", "My team asks: how do I reach GoodTime support?"),
    ("goodtime support after hours", "Can I get help from GoodTime outside business hours, e.g. at night?"),
    ("how do I reach goodtime support?? urgent-ish", "Hi, how do I reach GoodTime support? What's the email?"),
    ("support contact details", "What is the GoodTime support email address and is there a chat?"),
    ("How do I reach GoodTime support today?", "How do I reach GoodTime support? Thanks!"),
    ("email for goodtime support", "Hello, which email address do I use for GoodTime Support?"),
    ("Is support 24/7?", "Is GoodTime support 24/7, including weekends?"),
    ("how do I open a ticket with goodtime support?", "How do I reach GoodTime support to open a ticket?"),
    ("goodtime support hours and weekends", "What are GoodTime support's hours? Weekends too?"),
    ("chat with goodtime support", "How do I reach GoodTime support by chat?"),
    ("how do I reach goodtime support (2)", "Hi again, how do I reach GoodTime support? Alice"),
    ("how do I reach goodtime support (3)", "Sorry, one more: how do I reach GoodTime support? Alice"),
]


def eml(subject: str, body: str, index: int, to: str = HELPLINE) -> bytes:
    msgid = f"<lat-{index}-{time.time_ns()}@mail.example.com>"
    head = [f"From: Alice Example <{ALICE}>", f"To: {to}", f"Subject: {subject}",
            f"Date: {datetime.now().astimezone().strftime('%a, %d %b %Y %H:%M:%S %z')}", f"Message-ID: {msgid}",
            "MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit"]
    return ("\r\n".join(head) + "\r\n\r\n" + body + "\r\n").encode(), msgid.strip("<>")


def pick_questions(cfg_path: Path, count: int) -> list[tuple[str, str]]:
    """The candidates the daemon would answer automatically (decided in process, no history)."""
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    from triage_daemon import config
    from triage_daemon.decide.classifier import Classifier
    from triage_daemon.decide.pipeline import decide_message
    from triage_daemon.mail.parse import parse
    from triage_daemon.service.engine import history_for

    cfg = config.load(str(cfg_path))
    classifier = Classifier.from_config(cfg)
    good = []
    for i, (subject, body) in enumerate(QUESTIONS):
        raw, _ = eml(subject, body, i)
        msg = parse(raw)
        _, decision = decide_message(msg, classifier, cfg, history_for(None, msg, cfg))
        if "auto_reply" in decision.actions:
            good.append((subject, body))
    if len(good) < count:
        print(f"note: only {len(good)} of {len(QUESTIONS)} candidate questions are answered automatically; "
              f"cycling them")
    return [good[i % len(good)] for i in range(count)] if good else []


class Inbox:
    """alice's INBOX, checked over one IMAP connection."""

    def __init__(self, servers, user: str):
        self.client = servers.imap(user, timeout=30)

    def count(self) -> int:
        return int(self.client.select_folder("INBOX", readonly=True)[b"EXISTS"])

    def wait_above(self, n: int, timeout: float) -> float | None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.count() > n:
                return time.time()
            time.sleep(0.05)
        return None

    def close(self):
        try:
            self.client.logout()
        except Exception:
            pass


LOG_TIME = re.compile(r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d),(\d{3}) INFO triage_daemon: decision (\S+)")


def decision_times(log_path: Path) -> dict[str, float]:
    out = {}
    for text in log_path.read_text(errors="replace").splitlines():
        m = LOG_TIME.match(text)
        if m:
            t = datetime.strptime(m.group(1), "%Y-%m-%d %H:%M:%S").timestamp() + int(m.group(2)) / 1000
            out[m.group(3).strip("<>")] = t
    return out


def run_mode(servers, work: Path, mode: str, questions, timeout: float, rng: random.Random) -> dict:
    idle = mode == "idle"
    folder = work / mode
    cfg_path = write_config(servers, folder, idle=idle, poll_interval=60 if idle else 2,
                            max_auto_replies_per_sender_per_day=10000)
    log_path = folder / "daemon.log"
    env = dict(os.environ, TRIAGE_MAILBOX_PASSWORD=servers.password(HELPLINE))
    env.pop("TRIAGE_CONFIG", None)
    with open(log_path, "wb") as log:
        proc = subprocess.Popen([str(ROOT / ".venv" / "bin" / "python"), "-m", "triage_daemon", "--config",
                                 str(cfg_path), "run"], stdout=log, stderr=subprocess.STDOUT, env=env, cwd=folder)
    inbox = Inbox(servers, ALICE)
    lat, sent_at, ids, missing = [], [], [], 0
    try:
        deadline = time.monotonic() + 120
        while b"triage-daemon running" not in log_path.read_bytes():
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"daemon did not start:\n{log_path.read_text()[-3000:]}")
            time.sleep(0.1)
        time.sleep(1.0)  # the first pass and the IDLE connection
        # warm-up, not measured
        before = inbox.count()
        raw, _ = eml(*questions[0], index=-1)
        servers.submit(raw, to=[HELPLINE], sender=ALICE)
        if inbox.wait_above(before, 120) is None:
            raise RuntimeError(f"no reply to the warm-up question:\n{log_path.read_text()[-3000:]}")
        time.sleep(0.5)
        for i, (subject, body) in enumerate(questions):
            time.sleep(rng.uniform(0, 2))
            before = inbox.count()
            raw, msgid = eml(subject, body, i)
            t0 = time.time()
            servers.submit(raw, to=[HELPLINE], sender=ALICE)
            t1 = inbox.wait_above(before, timeout)
            if t1 is None:
                missing += 1
                print(f"  [{mode}] #{i + 1}: no reply within {timeout:.0f} s ({subject!r})", flush=True)
                continue
            lat.append(t1 - t0)
            sent_at.append((msgid, t0, t1))
            ids.append(msgid)
    finally:
        inbox.close()
        proc.terminate()
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(10)
    decided = decision_times(log_path)
    in_part, out_part = [], []
    for msgid, t0, t1 in sent_at:
        if msgid in decided:
            in_part.append(decided[msgid] - t0)
            out_part.append(t1 - decided[msgid])
    return {"lat": lat, "missing": missing, "in": in_part, "out": out_part, "log": log_path}


def baseline(servers, count: int, rng: random.Random) -> list[float]:
    """SMTP submission to alice herself until visible in her INBOX: the mail path the reply also takes."""
    inbox = Inbox(servers, ALICE)
    out = []
    try:
        for i in range(count):
            time.sleep(rng.uniform(0, 0.3))
            before = inbox.count()
            raw, _ = eml("baseline", "mail path only", 10_000 + i, to=ALICE)
            t0 = time.time()
            servers.submit(raw, to=[ALICE], sender="bob@example.com")
            t1 = inbox.wait_above(before, 30)
            if t1 is not None:
                out.append(t1 - t0)
    finally:
        inbox.close()
    return out


def baseline_idle(servers, count: int, rng: random.Random, user: str = "bob@example.com") -> list[float]:
    """SMTP submission until an IMAP IDLE on the recipient's INBOX reports EXISTS (no daemon)."""
    out = []
    client = servers.imap(user, timeout=30)
    try:
        client.select_folder("INBOX", readonly=True)
        for i in range(count):
            time.sleep(rng.uniform(0, 0.3))
            client.idle()
            raw, _ = eml("idle baseline", "mail path + IDLE notification", 20_000 + i, to=user)
            t0 = time.time()
            servers.submit(raw, to=[user], sender=ALICE)
            deadline = time.monotonic() + 30
            got = None
            while time.monotonic() < deadline and got is None:
                for resp in client.idle_check(timeout=1.0):
                    if len(resp) > 1 and resp[1] == b"EXISTS":
                        got = time.time()
                        break
            client.idle_done()
            if got is not None:
                out.append(got - t0)
    finally:
        try:
            client.logout()
        except Exception:
            pass
    return out


def fmt(xs: list[float]) -> str:
    if not xs:
        return "n=0"
    return (f"n={len(xs):2d}  p50 {pct(xs, 50) * 1e3:7.0f} ms  p95 {pct(xs, 95) * 1e3:7.0f} ms  "
            f"min {min(xs) * 1e3:6.0f}  max {max(xs) * 1e3:6.0f}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--count", type=int, default=30)
    ap.add_argument("--modes", default="idle,poll")
    ap.add_argument("--timeout", type=float, default=90.0, help="seconds to wait for each reply")
    ap.add_argument("--keep", action="store_true", help="keep the work folder (config, state DB, log)")
    args = ap.parse_args()

    header("bench/latency.py: SMTP submission -> automatic reply in the sender's INBOX")
    servers = mailservers()
    work = None
    results = {}
    base, base_idle = [], []
    rng = random.Random(20260226)
    try:
        work = Path(tempfile.mkdtemp(prefix="bench-latency-"))
        questions = pick_questions(write_config(servers, work / "pick", max_auto_replies_per_sender_per_day=10000),
                                   args.count)
        if not questions:
            print("no candidate question is answered automatically: nothing to measure")
            return 1
        print(f"fixture: Dovecot IMAP 127.0.0.1:{servers.imap_port}, Postfix SMTP 127.0.0.1:{servers.smtp_port}; "
              f"{args.count} questions ({len(set(questions))} distinct), e.g. {questions[0][0]!r}")
        base = baseline(servers, args.count, rng)
        print(f"  baseline: SMTP -> Postfix -> LMTP -> alice's INBOX (no daemon)   {fmt(base)}", flush=True)
        base_idle = baseline_idle(servers, args.count, rng)
        print(f"  baseline: SMTP -> ... -> INBOX -> IDLE reports EXISTS (no daemon) {fmt(base_idle)}", flush=True)
        for mode in args.modes.split(","):
            res = run_mode(servers, work, mode, questions, args.timeout, rng)
            results[mode] = res
            label = "idle=true,  poll_interval=60" if mode == "idle" else "idle=false, poll_interval=2 "
            print(f"  {mode:4s} ({label}): submit -> reply visible    {fmt(res['lat'])}"
                  f"{'  MISSING ' + str(res['missing']) if res['missing'] else ''}")
            print(f"        submit -> decision logged                            {fmt(res['in'])}")
            print(f"        decision logged -> reply visible                     {fmt(res['out'])}", flush=True)
    finally:
        stop_servers(servers, work, args.keep)
    print()
    print("summary")
    print(f"  baseline (mail path only)  p50 {pct(base, 50) * 1e3:6.0f} ms  p95 {pct(base, 95) * 1e3:6.0f} ms")
    print(f"  baseline (mail path + IDLE notification) p50 {pct(base_idle, 50) * 1e3:6.0f} ms  "
          f"p95 {pct(base_idle, 95) * 1e3:6.0f} ms  (Dovecot delays IDLE notifications: NOTIFY_DELAY_MSECS 500)")
    for mode, res in results.items():
        print(f"  {mode:4s}                       p50 {pct(res['lat'], 50) * 1e3:6.0f} ms  "
              f"p95 {pct(res['lat'], 95) * 1e3:6.0f} ms  ({len(res['lat'])} replies, {res['missing']} missing)")
    if "idle" in results:
        p50 = pct(results["idle"]["lat"], 50)
        print(f"  goal p50 < 2 s with IDLE: {'MET' if p50 < 2 and not results['idle']['missing'] else 'MISSED'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
