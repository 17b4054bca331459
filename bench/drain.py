#!/usr/bin/env python3
"""Benchmark: draining a backlog through Dovecot and Postfix end to end, with memory.

    .venv/bin/python bench/drain.py [--messages 5000] [--sample-every 1000] [--profile] [--tracemalloc]
                                   [--default-limits]

Starts the test suite's private Dovecot + Postfix (tests/mailservers.py, 127.0.0.1 only), writes N
help-line messages (models/data + tests/data/holdout, cycled, each with a unique Message-ID and
From: alice@example.com) straight into helpline@example.com's Maildir, lets Dovecot index them, then:

  baseline  a raw imapclient fetch of BODY.PEEK[] of the same N messages in chunks of 100
  measured  what `triage-daemon once` does, in process: Daemon(cfg); daemon.open(); engine.run_pass()
            (IMAP mailbox, SMTP outbox to the fixture's Postfix, SQLite state, logging to a file),
            repeated until INBOX is empty (at most 5 passes)

Memory: ru_maxrss, VmRSS/VmHWM sampled every 0.2 s by a thread, and VmRSS + rate every --sample-every
decisions (Engine.observer). `--tracemalloc` adds allocation snapshots (slow: for diagnosis only).
Per-sender daily limits are raised by default (every message comes from alice@example.com, so the
defaults of 5 replies / 20 forwards a day would turn all but the first few into needs_review with
nothing sent); --default-limits keeps them.
Goals: >= 100 msg/s; peak RSS < 200 MB; RSS flat after warm-up.
"""
from __future__ import annotations

import argparse
import cProfile
import io
import logging
import os
import pstats
import random
import resource
import sys
import tempfile
import threading
import time
from itertools import cycle, islice
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchlib import (  # noqa: E402
    HELPLINE,
    corpus_files,
    fill_maildir,
    header,
    index_inbox,
    mailservers,
    rewrite,
    rss_kb,
    stop_servers,
    write_config,
)


class Sampler(threading.Thread):
    """Max VmRSS seen, sampled every `every` seconds."""

    def __init__(self, every: float = 0.2):
        super().__init__(daemon=True, name="rss-sampler")
        self.every = every
        self.stop = threading.Event()
        self.max_rss = 0

    def run(self):
        while not self.stop.wait(self.every):
            self.max_rss = max(self.max_rss, rss_kb()[0])


def folder_counts(servers, user: str) -> dict[str, int]:
    out = {}
    with servers.imap(user, timeout=600) as client:
        for flags, _, name in client.list_folders():
            if b"\\Noselect" in flags or b"\\NonExistent" in flags:
                continue
            info = client.select_folder(name, readonly=True)
            out[name] = int(info[b"EXISTS"])
    return out


class Split:
    """Wall time per component, by wrapping the daemon's objects' methods on this instance only."""

    def __init__(self):
        self.secs: dict[str, float] = {}
        self.calls: dict[str, int] = {}

    def add(self, label: str, dt: float) -> None:
        self.secs[label] = self.secs.get(label, 0.0) + dt
        self.calls[label] = self.calls.get(label, 0) + 1

    def wrap(self, obj, name: str, label: str) -> None:
        fn = getattr(obj, name)

        def timed(*a, **kw):
            t0 = time.perf_counter()
            try:
                return fn(*a, **kw)
            finally:
                self.add(label, time.perf_counter() - t0)
        setattr(obj, name, timed)

    def wrap_gen(self, obj, name: str, label: str) -> None:
        fn = getattr(obj, name)

        def timed(*a, **kw):
            it = iter(fn(*a, **kw))
            while True:
                t0 = time.perf_counter()
                try:
                    item = next(it)
                except StopIteration:
                    self.add(label, time.perf_counter() - t0)
                    return
                self.add(label, time.perf_counter() - t0)
                yield item
        setattr(obj, name, timed)

    def report(self, total: float, n: int) -> None:
        print(f"where the drain's wall time goes (wrapped calls; {total:.1f} s total, {n} messages):")
        for label, secs in sorted(self.secs.items(), key=lambda kv: -kv[1]):
            print(f"  {label:44s} {secs:7.2f} s  {secs / total * 100:5.1f}%  {secs / max(n, 1) * 1e3:7.2f} ms/msg  "
                  f"{self.calls[label]:7d} calls  {secs / self.calls[label] * 1e3:7.3f} ms/call")
        rest = total - sum(v for k, v in self.secs.items() if not k.startswith("  "))
        print(f"  {'(everything else)':44s} {rest:7.2f} s  {rest / total * 100:5.1f}%")


def move_probe(servers, raws, n: int, user: str = "bob@example.com") -> None:
    """Raw IMAP filing cost on another user's INBOX: STORE + MOVE one UID at a time vs 100 UIDs a command."""
    msgs = (rewrite(r, i, tag="probe") for i, r in enumerate(islice(cycle(raws), n)))
    fill_maildir(servers, user, msgs)
    index_inbox(servers, user)
    with servers.imap(user, timeout=600) as client:
        for name in ("Probe/One", "Probe/Batch"):
            client.create_folder(name)
        client.select_folder("INBOX")
        uids = sorted(client.search(["ALL"]))
        k = min(500, len(uids) // 2)
        one, batch = uids[:k], uids[-k:]
        t0 = time.perf_counter()
        for uid in one:
            client.add_flags([uid], [b"$Triaged"])
            client.move([uid], "Probe/One")
        t_one = time.perf_counter() - t0
        t0 = time.perf_counter()
        for i in range(0, len(batch), 100):
            part = batch[i:i + 100]
            client.add_flags(part, [b"$Triaged"])
            client.move(part, "Probe/Batch")
        t_batch = time.perf_counter() - t0
    print(f"filing probe on {user}'s INBOX of {n} messages (raw imapclient, {k} moved each way): STORE $Triaged + "
          f"UID MOVE one message per command {t_one / len(one) * 1e3:.2f} ms/msg; 100 UIDs per command "
          f"{t_batch / len(batch) * 1e3:.2f} ms/msg", flush=True)


def traced_history(db_path: Path) -> dict[str, tuple[str, float]]:
    """Run the Store's own per-message history methods on a DB; (expanded SQL, ms per call) for each."""
    from triage_daemon.state.store import open_store

    store = open_store(str(db_path), readonly=True)
    thread = store.db.execute("SELECT thread FROM messages WHERE thread IS NOT NULL LIMIT 1").fetchone()
    thread = thread[0] if thread else "<none>"
    calls = {
        "forwards_from": lambda: store.forwards_from("alice@example.com", time.time() - 86400),
        "replies_to": lambda: store.replies_to("alice@example.com", time.time() - 86400),
        "replied_in_thread": lambda: store.replied_in_thread("alice@example.com", thread),
    }
    out = {}
    try:
        for name, call in calls.items():
            seen: list[str] = []
            store.db.set_trace_callback(seen.append)
            call()
            store.db.set_trace_callback(None)
            t0 = time.perf_counter()
            for _ in range(10):
                call()
            out[name] = (seen[-1] if seen else "", (time.perf_counter() - t0) / 10 * 1e3)
    finally:
        store.close()
    return out


def history_query_plans(db_path: Path) -> None:
    """The daemon's per-message history queries on the final state DB: plan and time, then candidate fixes."""
    import sqlite3

    db = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    msgs = db.execute("SELECT COUNT(*) FROM messages").fetchone()[0]
    effs, payload = db.execute("SELECT COUNT(*), COALESCE(SUM(LENGTH(payload)), 0) FROM effects").fetchone()
    db.close()
    print()
    print(f"history queries (Store methods, as the daemon runs them, for alice) on the final state DB "
          f"({msgs} messages, {effs} effects holding {payload / 1e6:.1f} MB of payload):")
    traced = traced_history(db_path)
    db = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    for name, (sql, ms) in traced.items():
        try:
            plan = "; ".join(r[-1] for r in db.execute("EXPLAIN QUERY PLAN " + sql))
        except sqlite3.Error as exc:
            plan = f"(no plan: {exc})"
        print(f"  {name:18s} {ms:7.2f} ms/call   plan: {plan}")
    db.close()

    # candidate fixes, on a copy (the daemon's DB is not touched)
    copy = db_path.with_name("experiment.db")
    src = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    dst = sqlite3.connect(copy)
    src.backup(dst)
    src.close()

    def timed(sql, reps=10):
        t0 = time.perf_counter()
        for _ in range(reps):
            rows = dst.execute(sql).fetchall()
        return (time.perf_counter() - t0) / reps * 1e3, rows

    print("  candidate fixes, on a copy of that DB (same answers checked):")
    cols = {r[1] for r in dst.execute("PRAGMA table_info(effects)")}
    before = {name: timed(sql) for name, (sql, _) in traced.items() if sql}
    for name, (sql, _) in traced.items():
        if sql.upper().startswith("SELECT COUNT(*)"):
            limit = 5 if name == "replies_to" else 20
            inner = sql[len("SELECT COUNT(*)"):]
            ms, _ = timed(f"SELECT COUNT(*) FROM (SELECT 1{inner} LIMIT {limit + 1})")
            print(f"    {name:18s} counting only to the default limit + 1 ({limit + 1}), no new index: "
                  f"{before[name][0]:7.2f} -> {ms:6.2f} ms")
    idx = ["CREATE INDEX x_recipient_cover ON effects(recipient, kind, created, status)"]
    if "sender" in cols:
        idx.append("CREATE INDEX x_sender_cover ON effects(sender, kind, created, status)")
    if "thread" in cols:
        idx.append("CREATE INDEX x_thread_cover ON effects(thread, recipient, kind, status)")
    for stmt in idx:
        dst.execute(stmt)
    dst.commit()
    for name, (sql, _) in traced.items():
        if not sql:
            continue
        ms, rows = timed(sql)
        plan = "; ".join(r[-1] for r in dst.execute("EXPLAIN QUERY PLAN " + sql))
        print(f"    {name:18s} with covering indexes (status in the index, rows and their BLOBs never read): "
              f"{before[name][0]:7.2f} -> {ms:6.2f} ms {'(same)' if rows == before[name][1] else '(DIFFERENT)'}; "
              f"plan: {plan}")
    print(f"    indexes tried: {'; '.join(i.split(' ON ')[1] for i in idx)}")
    dst.close()
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(str(copy) + suffix).unlink(missing_ok=True)


def slope_per_1000(series: list[tuple[int, float]]) -> float:
    """Least-squares slope of RSS (MB) per 1,000 messages."""
    if len(series) < 2:
        return 0.0
    xs = [x / 1000 for x, _ in series]
    ys = [y for _, y in series]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    den = sum((x - mx) ** 2 for x in xs)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / den if den else 0.0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--messages", type=int, default=5000)
    ap.add_argument("--sample-every", type=int, default=1000)
    ap.add_argument("--profile", action="store_true", help="cProfile the drain (top 25 cumulative, 15 own time)")
    ap.add_argument("--tracemalloc", action="store_true", help="allocation growth between warm-up and the end")
    ap.add_argument("--move-probe", default="1000", help="messages for the raw IMAP filing probe (0: skip)")
    ap.add_argument("--probe-only", action="store_true", help="only the filing probe (sizes from --move-probe, "
                    "comma-separated)")
    ap.add_argument("--no-split", action="store_true", help="do not wrap methods to split the time")
    ap.add_argument("--default-limits", action="store_true", help="keep the default per-sender daily limits")
    ap.add_argument("--keep", action="store_true", help="keep the work folder (config, state DB, log)")
    args = ap.parse_args()
    n = args.messages

    header("bench/drain.py --probe-only: raw IMAP filing cost, one UID per MOVE vs 100" if args.probe_only else
           f"bench/drain.py: drain a backlog of {n} messages, Dovecot IMAP -> triage -> Postfix SMTP")
    from triage_daemon import config, logs
    from triage_daemon.service.daemon import Daemon

    files = corpus_files()
    random.Random(20260226).shuffle(files)
    raws = [f.read_bytes() for f in files]
    servers = mailservers()
    work = None
    try:
        os.environ["TRIAGE_MAILBOX_PASSWORD"] = servers.password(HELPLINE)
        work = Path(tempfile.mkdtemp(prefix="bench-drain-"))
        extra = dict(idle=False, poll_interval=60)
        if not args.default_limits:
            extra.update(max_auto_replies_per_sender_per_day=10000, max_forwards_per_sender_per_day=100000)
        cfg_path = write_config(servers, work, **extra)
        print(f"fixture: Dovecot IMAP 127.0.0.1:{servers.imap_port}, Postfix SMTP 127.0.0.1:{servers.smtp_port}; "
              f"config {cfg_path} ({', '.join(f'{k}={v}' for k, v in extra.items())})")

        if args.probe_only:
            for i, size in enumerate(int(x) for x in str(args.move_probe).split(",")):
                move_probe(servers, raws, size, user=("bob@example.com", "csm@example.com", "support@goodtime.io")[i % 3])
            return 0
        t0 = time.perf_counter()
        msgs = (rewrite(r, i, tag="drain") for i, r in enumerate(islice(cycle(raws), n)))
        written = fill_maildir(servers, HELPLINE, msgs)
        t_fill = time.perf_counter() - t0
        exists, validity, top, t_index = index_inbox(servers, HELPLINE)
        print(f"INBOX: wrote {written} Maildir files ({len(files)} distinct corpus messages cycled) in {t_fill:.1f} s; "
              f"Dovecot indexed {exists} at one SELECT in {t_index:.1f} s")

        # ---- baseline: raw fetch of the same messages ----------------------------------------------
        t0 = time.perf_counter()
        fetched_bytes = 0
        with servers.imap(HELPLINE, timeout=600) as client:
            client.select_folder("INBOX", readonly=True)
            uids = sorted(client.search(["ALL"]))
            for i in range(0, len(uids), 100):
                data = client.fetch(uids[i:i + 100], ["BODY.PEEK[]"])
                fetched_bytes += sum(len(v[b"BODY[]"]) for v in data.values())
        t_base = time.perf_counter() - t0
        print(f"baseline: raw imapclient UID FETCH BODY.PEEK[] of {len(uids)} messages in chunks of 100: "
              f"{t_base:.2f} s = {len(uids) / t_base:.0f} msg/s ({fetched_bytes / 1e6:.1f} MB)", flush=True)

        # ---- the daemon -----------------------------------------------------------------------------
        logs.setup("text", logging.INFO)
        log_file = open(work / "daemon.log", "w", encoding="utf-8")
        for h in logging.getLogger().handlers:
            if isinstance(h, logging.StreamHandler):
                h.setStream(log_file)
        rss_start_kb = rss_kb()[0]
        import imapclient
        import mailparser
        import numpy  # noqa: F401,E401
        import scipy.sparse
        import sklearn.pipeline
        import skops.io
        rss_imports_kb = rss_kb()[0]
        cfg = config.load(str(cfg_path))
        t0 = time.perf_counter()
        daemon = Daemon(cfg)
        daemon.open()
        t_open = time.perf_counter() - t0
        rss_ready_kb = rss_kb()[0]
        print(f"daemon: Daemon(cfg) + open() in {t_open:.2f} s; RSS {rss_start_kb / 1024:.0f} MB before, "
              f"{rss_imports_kb / 1024:.0f} MB after importing numpy/scipy/sklearn/skops/mail-parser/imapclient, "
              f"{rss_ready_kb / 1024:.0f} MB with the model, rules and KB loaded")

        series: list[tuple[int, float, float, float]] = []  # (decided, rss MB, seconds since start, block msg/s)
        state = {"count": 0, "t_start": 0.0, "t_block": 0.0}
        snaps = {}
        if args.tracemalloc:
            import tracemalloc
            tracemalloc.start(10)

        def observer(decision, key):
            state["count"] += 1
            c = state["count"]
            if c % args.sample_every == 0:
                now = time.perf_counter()
                rate = args.sample_every / (now - state["t_block"])
                state["t_block"] = now
                series.append((c, rss_kb()[0] / 1024, now - state["t_start"], rate))
                if args.tracemalloc and c == 2 * args.sample_every:
                    snaps["warm"] = tracemalloc.take_snapshot()

        daemon.engine.observer = observer
        split = None
        if not args.profile and not args.no_split:
            import triage_daemon.service.engine as engine_mod
            split = Split()
            split.wrap_gen(daemon.mailbox, "fetch_new", "imap: fetch_new (SEARCH, FETCH per 100)")
            split.wrap(daemon.mailbox, "file", "imap: file (flag + MOVE, one message)")
            if hasattr(daemon.mailbox, "file_many"):
                split.wrap(daemon.mailbox, "file_many", "imap: file_many (flag + MOVE per folder)")
            split.wrap(daemon.outbox, "send", "smtp: send")
            split.wrap(engine_mod, "parse", "parse")
            split.wrap(daemon.classifier, "classify", "classify (one message: model + rules + KB)")
            split.wrap(daemon.classifier, "classify_many", "classify_many (model + rules + KB)")
            split.wrap(daemon.classifier, "probabilities_many", "probabilities_many (the model, per chunk)")
            split.wrap(daemon.classifier, "verdict_from", "verdict_from (rules + KB, per message)")
            split.wrap(engine_mod, "decide", "policy.decide")
            split.wrap(engine_mod, "plan_effects", "compose (plan_effects)")
            split.wrap(engine_mod, "log_decision", "log_decision")
            for meth in ("record_decision", "mark_done", "mark_done_many", "set_cursor", "effect_status", "set_ref", "get",
                         "effects_for", "replies_to", "forwards_from", "replied_in_thread", "sent_any_of",
                         "unfinished", "cursor", "event", "set_meta"):
                if hasattr(daemon.store, meth):
                    split.wrap(daemon.store, meth, f"sqlite: {meth}")
        sampler = Sampler()
        sampler.start()
        prof = cProfile.Profile() if args.profile else None
        totals = {"fetched": 0, "decided": 0, "sent": 0, "quarantined": 0, "errors": 0, "deferred": 0}
        categories: dict[str, int] = {}
        actions: dict[str, int] = {}
        passes = []
        state["t_start"] = state["t_block"] = time.perf_counter()
        t0 = time.perf_counter()
        for _ in range(5):
            if prof:
                prof.enable()
            st = daemon.engine.run_pass()
            if prof:
                prof.disable()
            passes.append(st)
            for k in totals:
                totals[k] += getattr(st, k)
            for k, v in st.categories.items():
                categories[k] = categories.get(k, 0) + v
            for k, v in st.actions.items():
                actions[k] = actions.get(k, 0) + v
            left = daemon.mailbox.client.select_folder("INBOX")[b"EXISTS"]
            if not left or (st.fetched == 0 and st.decided == 0 and st.sent == 0):
                break
        t_drain = time.perf_counter() - t0
        if args.tracemalloc:
            snaps["end"] = tracemalloc.take_snapshot()
        sampler.stop.set()
        sampler.join()
        rss_end_kb, hwm_kb = rss_kb()
        maxrss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        daemon.close()
        log_file.close()

        # ---- results --------------------------------------------------------------------------------
        counts = folder_counts(servers, HELPLINE)
        t_q = time.perf_counter()
        while servers.queued() and time.perf_counter() - t_q < 300:
            time.sleep(0.5)
        t_q = time.perf_counter() - t_q
        delivered = {u: folder_counts(servers, u).get("INBOX", 0)
                     for u in ("alice@example.com", "support@goodtime.io", "csm@example.com")}
        for size in [int(x) for x in str(args.move_probe).split(",") if int(x)][:1]:
            move_probe(servers, raws, size)
        db_mb = sum(p.stat().st_size for p in work.glob("triage.db*")) / 1e6
        print()
        print(f"passes: {len(passes)} ({', '.join(f'{p.fetched} new/{p.decided} decided/{p.sent} sent in {p.seconds:.1f}s' for p in passes)})")
        print(f"totals: {totals}")
        print(f"categories: {dict(sorted(categories.items()))}")
        print(f"actions: {dict(sorted(actions.items()))}")
        print(f"helpline folders after: {dict(sorted(counts.items()))}")
        print(f"Postfix queue empty {t_q:.1f} s after the drain; delivered INBOX counts: {delivered}")
        print(f"state DB (with WAL) {db_mb:.1f} MB; log {(work / 'daemon.log').stat().st_size / 1e6:.1f} MB")
        print()
        print(f"RSS every {args.sample_every} decisions (decided, VmRSS MB, elapsed s, msg/s over the block):")
        for c, mb, el, rate in series:
            print(f"  {c:7d}  {mb:7.1f} MB  {el:8.1f} s  {rate:7.1f} msg/s")
        warm = [(c, mb) for c, mb, _, _ in series if c >= min(2 * args.sample_every, n // 2)]
        growth = (warm[-1][1] - warm[0][1]) if len(warm) >= 2 else 0.0
        slope = slope_per_1000(warm)
        filed = n - counts.get("INBOX", 0)
        rate = filed / t_drain
        print()
        print("summary")
        print(f"  baseline raw IMAP fetch          : {len(uids) / t_base:8.0f} msg/s")
        print(f"  drain (once, in process)         : {rate:8.1f} msg/s  ({filed} of {n} filed in {t_drain:.1f} s, "
              f"{t_drain / max(filed, 1) * 1e3:.1f} ms/msg; {t_drain / t_base:.0f}x the raw fetch's time)")
        print(f"  peak memory: ru_maxrss {maxrss_kb / 1024:.0f} MB, VmHWM {hwm_kb / 1024:.0f} MB, max sampled VmRSS "
              f"{sampler.max_rss / 1024:.0f} MB; RSS at end {rss_end_kb / 1024:.0f} MB (ready: {rss_ready_kb / 1024:.0f} MB)")
        if warm:
            print(f"  RSS after warm-up: {warm[0][1]:.1f} MB at {warm[0][0]} -> {warm[-1][1]:.1f} MB at {warm[-1][0]} "
                  f"({growth:+.1f} MB; slope {slope:+.2f} MB per 1,000 messages)")
        if len(series) >= 2:
            print(f"  rate first block {series[0][3]:.1f} msg/s, last block {series[-1][3]:.1f} msg/s")
        print(f"  goal >= 100 msg/s: {'MET' if rate >= 100 else 'MISSED'}")
        print(f"  goal peak < 200 MB: {'MET' if max(maxrss_kb, hwm_kb) < 200 * 1024 else 'MISSED'}")
        if warm and len(warm) >= 3:
            flat = abs(slope) < 0.5 and growth < 5
            print(f"  goal flat RSS (|slope| < 0.5 MB/1,000 and < 5 MB over the run): {'MET' if flat else 'MISSED'}")

        if split:
            print()
            split.report(t_drain, filed)
        history_query_plans(work / "triage.db")
        if args.tracemalloc and "warm" in snaps:
            print()
            print("tracemalloc: top 12 allocation growth from warm-up to the end, by line:")
            for stat in snaps["end"].compare_to(snaps["warm"], "lineno")[:12]:
                print(f"  {stat}")
        if prof:
            for order, count in (("cumulative", 25), ("tottime", 15)):
                out = io.StringIO()
                pstats.Stats(prof, stream=out).sort_stats(order).print_stats(count)
                print()
                print(f"cProfile of the drain, top {count} by {order}:")
                print("\n".join(line for line in out.getvalue().splitlines() if line.strip()))
    finally:
        stop_servers(servers, work, args.keep)
    return 0


if __name__ == "__main__":
    sys.exit(main())
