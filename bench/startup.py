#!/usr/bin/env python3
"""Benchmark: start-up time of the console script, against a bare interpreter.

    .venv/bin/python bench/startup.py [--runs 20]

Times `.venv/bin/triage-daemon --help` --runs times (min / median / max), against
`.venv/bin/python -c pass`; also `triage-daemon check-config` (loads config, model, rules, KB: the
real start-up of `run`/`once`) and `python -c "import triage_daemon.service.daemon"`, fewer runs.
Then `python -X importtime -m triage_daemon --help`: the top 10 imports by cumulative and by own time.
Goal: `triage-daemon --help` median under 0.3 s.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchlib import ROOT, header, median  # noqa: E402

VENV = ROOT / ".venv" / "bin"


def timed_runs(cmd: list[str], runs: int, env=None, cwd=None) -> list[float]:
    out = []
    for _ in range(runs):
        t0 = time.perf_counter()
        proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, cwd=cwd,
                              timeout=120)
        out.append(time.perf_counter() - t0)
        if proc.returncode != 0:
            raise SystemExit(f"{' '.join(cmd)} exited {proc.returncode}: {proc.stderr.decode()[-500:]}")
    return out


def line(name: str, xs: list[float]) -> str:
    return (f"  {name:58s} n={len(xs):2d}  min {min(xs) * 1e3:7.1f} ms  median {median(xs) * 1e3:7.1f} ms  "
            f"max {max(xs) * 1e3:7.1f} ms")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=20)
    args = ap.parse_args()

    header("bench/startup.py: start-up time of the console script")
    py = str(VENV / "python")
    script = str(VENV / "triage-daemon")
    env = dict(os.environ)
    env.pop("TRIAGE_CONFIG", None)
    work = tempfile.mkdtemp(prefix="bench-startup-")  # no ./triage.toml, no var/ from the embedded default here

    # warm the page cache and .pyc files once, then measure, interleaved
    timed_runs([script, "--help"], 2, env, work)
    timed_runs([py, "-c", "pass"], 2, env, work)
    base, helps = [], []
    for _ in range(args.runs):
        base += timed_runs([py, "-c", "pass"], 1, env, work)
        helps += timed_runs([script, "--help"], 1, env, work)
    few = max(3, args.runs // 4)
    imports = timed_runs([py, "-c", "import triage_daemon.service.daemon"], few, env, work)
    check = timed_runs([script, "check-config"], few, env, work)

    print(line("baseline: python -c pass", base))
    print(line("triage-daemon --help", helps))
    print(line("python -c 'import triage_daemon.service.daemon' (run's imports)", imports))
    print(line("triage-daemon check-config (config + model + rules + KB)", check))
    print(f"  --help costs {(median(helps) - median(base)) * 1e3:.1f} ms over the bare interpreter "
          f"({median(helps) / median(base):.1f}x)")
    print(f"goal: triage-daemon --help median < 0.3 s: {'MET' if median(helps) < 0.3 else 'MISSED'} "
          f"({median(helps) * 1e3:.0f} ms)")

    for what, cmd in (("-m triage_daemon --help", [py, "-X", "importtime", "-m", "triage_daemon", "--help"]),
                      ("-m triage_daemon check-config", [py, "-X", "importtime", "-m", "triage_daemon",
                                                         "check-config"])):
        proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, cwd=work,
                              timeout=120)
        rows = []
        for text in proc.stderr.decode(errors="replace").splitlines():
            if not text.startswith("import time:") or "self [us]" in text:
                continue
            try:
                _, rest = text.split(":", 1)
                own, cum, name = rest.split("|", 2)
                rows.append((int(own), int(cum), name.rstrip()))
            except ValueError:
                continue
        total_imports = sum(r[0] for r in rows)
        print()
        print(f"python -X importtime {what}: {len(rows)} modules, {total_imports / 1e3:.1f} ms of import time in all")
        print("  top 10 by cumulative time:")
        for own, cum, name in sorted(rows, key=lambda r: -r[1])[:10]:
            print(f"    {cum / 1e3:8.1f} ms cumulative  {own / 1e3:7.1f} ms own  {name}")
        print("  top 10 by own time:")
        for own, cum, name in sorted(rows, key=lambda r: -r[0])[:10]:
            print(f"    {own / 1e3:8.1f} ms own  {cum / 1e3:8.1f} ms cumulative  {name.strip()}")
    print()
    print("resident memory after importing (a fresh interpreter each; VmRSS):")
    probe = ("import importlib, sys\nfor m in sys.argv[1].split(','):\n    importlib.import_module(m)\n"
             "rss = [l for l in open('/proc/self/status') if l.startswith('VmRSS')][0].split()[1]\n"
             "print(int(rss) // 1024, len(sys.modules))")
    for mods in ("sys", "triage_daemon.cli", "triage_daemon.service.daemon", "numpy",
                 "sklearn.pipeline,sklearn.feature_extraction.text,sklearn.linear_model",
                 "skops.io", "mailparser,imapclient,apscheduler.schedulers.background"):
        proc = subprocess.run([py, "-c", probe, mods], capture_output=True, env=env, cwd=work, timeout=120)
        try:
            mb, count = proc.stdout.split()
            print(f"  {int(mb):5d} MB  {int(count):5d} modules   import {mods}")
        except ValueError:
            print(f"  failed: import {mods}: {proc.stderr.decode()[-300:]}")
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
