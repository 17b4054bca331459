#!/usr/bin/env python3
"""Benchmark: the cost of a pass that finds nothing, on a Dovecot INBOX of 1,000 and 50,000 messages.

    .venv/bin/python bench/idle_pass.py [--sizes 1000,50000] [--passes 50]

Starts the test suite's private Dovecot + Postfix (tests/mailservers.py, 127.0.0.1 only), writes N
messages straight into helpline@example.com's Maildir, lets Dovecot index them with one SELECT, builds
the daemon's objects (triage_daemon.service.daemon.Daemon(cfg), IMAP mailbox, SMTP outbox, SQLite state), sets
the state cursor to (UIDVALIDITY, highest UID), then times Engine.run_pass() --passes times.
Baseline: a raw imapclient SELECT + UID SEARCH UID n:* on the same connection.
Also: the same pass through Daemon.run_pass() (adds the model-card stat and sd_notify), and the
pieces of the pass (state reads, the last_pass write).
Goal: p50 under 20 ms and independent of mailbox size.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
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
    pct,
    rewrite,
    stop_servers,
    write_config,
)


def stats_line(name: str, samples_ms: list[float]) -> str:
    return (f"  {name:44s} n={len(samples_ms):3d}  p50 {pct(samples_ms, 50):8.2f} ms  "
            f"p95 {pct(samples_ms, 95):8.2f} ms  min {min(samples_ms):8.2f}  max {max(samples_ms):8.2f}")


def time_calls(fn, n: int) -> list[float]:
    out = []
    for _ in range(n):
        t0 = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t0) * 1e3)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="1000,50000", help="mailbox sizes, ascending (the mailbox is topped up)")
    ap.add_argument("--passes", type=int, default=50)
    ap.add_argument("--keep", action="store_true", help="keep the work folder (config, state DB, log)")
    args = ap.parse_args()
    sizes = sorted(int(s) for s in args.sizes.split(","))

    header("bench/idle_pass.py: a pass that finds nothing, Dovecot over IMAP on 127.0.0.1")
    from triage_daemon import config
    from triage_daemon.service.daemon import Daemon

    raws = [f.read_bytes() for f in corpus_files()]
    servers = mailservers()
    work = None
    summary = []
    try:
        os.environ["TRIAGE_MAILBOX_PASSWORD"] = servers.password(HELPLINE)
        work = Path(tempfile.mkdtemp(prefix="bench-idle-"))
        cfg_path = write_config(servers, work, idle=False, poll_interval=60)
        print(f"fixture: Dovecot IMAP 127.0.0.1:{servers.imap_port}, Postfix SMTP 127.0.0.1:{servers.smtp_port}; "
              f"config {cfg_path}")
        have = 0
        for size in sizes:
            print()
            t0 = time.perf_counter()
            msgs = (rewrite(r, i, tag="idle") for i, r in enumerate(islice(cycle(raws), have, size), have))
            written = fill_maildir(servers, HELPLINE, msgs, start=have)
            t_fill = time.perf_counter() - t0
            exists, validity, top, t_index = index_inbox(servers, HELPLINE)
            have = exists
            print(f"INBOX of {exists} messages: wrote {written} Maildir files in {t_fill:.1f} s, "
                  f"Dovecot indexed them at one SELECT in {t_index:.1f} s (UIDVALIDITY {validity}, highest UID {top})")

            cfg = config.load(str(cfg_path))
            daemon = Daemon(cfg)
            try:
                daemon.open()
                store, engine, mbox = daemon.store, daemon.engine, daemon.mailbox
                store.set_cursor(mbox.name, validity, top)
                # warm up (first SELECT after open, statement caches)
                for _ in range(3):
                    st = engine.run_pass()
                    assert st.fetched == 0 and st.decided == 0, st
                client = mbox.client

                def baseline():
                    client.select_folder("INBOX")
                    found = [u for u in client.search(["UID", f"{top + 1}:*"]) if u > top]
                    assert not found

                def engine_pass():
                    st = engine.run_pass()
                    assert st.fetched == 0, st

                def daemon_pass():
                    daemon.run_pass()

                # interleave the measured kinds so a burst of load elsewhere hits them all alike
                res = {"baseline": [], "engine": [], "daemon": [], "select": [], "search": [],
                       "unfinished": [], "cursor": [], "set_meta": [], "noop": [], "noop_search": [],
                       "status": []}

                def noop_search():
                    client.noop()
                    found = [u for u in client.search(["UID", f"{top + 1}:*"]) if u > top]
                    assert not found

                def status():
                    st = client.folder_status("INBOX", [b"UIDNEXT", b"UIDVALIDITY"])
                    assert int(st[b"UIDNEXT"]) == top + 1 and int(st[b"UIDVALIDITY"]) == validity, st

                for _ in range(args.passes):
                    res["baseline"] += time_calls(baseline, 1)
                    res["engine"] += time_calls(engine_pass, 1)
                    res["daemon"] += time_calls(daemon_pass, 1)
                    res["select"] += time_calls(lambda: client.select_folder("INBOX"), 1)
                    res["search"] += time_calls(lambda: client.search(["UID", f"{top + 1}:*"]), 1)
                    res["noop"] += time_calls(client.noop, 1)
                    res["noop_search"] += time_calls(noop_search, 1)
                    res["status"] += time_calls(status, 1)
                    res["unfinished"] += time_calls(store.unfinished, 1)
                    res["cursor"] += time_calls(lambda: store.cursor(mbox.name), 1)
                    res["set_meta"] += time_calls(lambda: store.set_meta("last_pass", f"{time.time():.0f}"), 1)
                print(stats_line(f"Engine.run_pass()  [measured, {exists} msgs]", res["engine"]))
                print(stats_line("Daemon.run_pass()  (+ card stat, sd_notify)", res["daemon"]))
                print(stats_line("baseline: raw SELECT + UID SEARCH", res["baseline"]))
                print("  pieces of the pass:")
                print(stats_line("  IMAP SELECT INBOX", res["select"]))
                print(stats_line("  IMAP UID SEARCH UID n:*", res["search"]))
                print(stats_line("  IMAP NOOP (round trip)", res["noop"]))
                print(stats_line("  alt: NOOP + UID SEARCH (no re-SELECT)", res["noop_search"]))
                print(stats_line("  alt: STATUS INBOX (UIDNEXT UIDVALIDITY)", res["status"]))
                print(stats_line("  state: unfinished()", res["unfinished"]))
                print(stats_line("  state: cursor()", res["cursor"]))
                print(stats_line("  state: set_meta(last_pass) (a commit)", res["set_meta"]))
                summary.append((exists, pct(res["engine"], 50), pct(res["engine"], 95),
                                pct(res["baseline"], 50), pct(res["baseline"], 95), pct(res["select"], 50),
                                pct(res["noop_search"], 50)))
            finally:
                daemon.close()
    finally:
        stop_servers(servers, work, args.keep)

    print()
    print("summary (ms)                     pass p50   pass p95   baseline p50   baseline p95")
    for exists, p50, p95, b50, b95, *_ in summary:
        print(f"  INBOX of {exists:6d} messages   {p50:9.2f}  {p95:9.2f}   {b50:12.2f}   {b95:12.2f}")
    worst = max(s[1] for s in summary)
    print(f"goal p50 < 20 ms: {'MET' if worst < 20 else 'MISSED'} (worst p50 {worst:.2f} ms)")
    if len(summary) > 1:
        a, b = summary[0], summary[-1]
        print(f"size dependence: p50 {a[1]:.2f} ms at {a[0]} -> {b[1]:.2f} ms at {b[0]} messages "
              f"({b[1] / a[1]:.2f}x); baseline {a[3]:.2f} -> {b[3]:.2f} ms ({b[3] / a[3]:.2f}x)")
        print(f"  of which IMAP SELECT p50: {a[5]:.2f} -> {b[5]:.2f} ms; without the re-SELECT (NOOP + UID SEARCH) "
              f"p50: {a[6]:.2f} -> {b[6]:.2f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
