"""`status`: what the daemon did (all of it, or over the last 24h), what waits and for how long, and
whether the mailbox and SMTP let it in, read from the state store."""
from __future__ import annotations

import json
import re
import time
from datetime import datetime

from ..config import Config, ConfigError
from . import processes

_AGE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhdw])\s*$")
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 7 * 86400}
KIND_NAMES = {"reply": "auto_reply", "product": "product_board_reply", "forward": "forward_support",
              "csm": "flag_csm", "ack": "acknowledgement", "draft": "draft"}
LIST_LIMIT = 50


def parse_age(text: str) -> float:
    match = _AGE.match(text or "")
    if not match:
        raise ConfigError(f"--since: expected an age like 30m, 24h or 7d, got {text!r}")
    return float(match.group(1)) * _UNITS[match.group(2)]


def age(seconds: float) -> str:
    """3d 4h, 5h 12m, 42m, 9s."""
    seconds = max(0, int(seconds))
    for big, big_name, small, small_name in ((86400, "d", 3600, "h"), (3600, "h", 60, "m")):
        if seconds >= big:
            rest = (seconds % big) // small
            return f"{seconds // big}{big_name}" + (f" {rest}{small_name}" if rest else "")
    return f"{seconds // 60}m" if seconds >= 60 else f"{seconds}s"


def gather(cfg: Config, since: str | None = None) -> dict:
    from ..state.store import open_state

    now = time.time()
    start = now - parse_age(since) if since else 0.0
    store = open_state(cfg, readonly=True)
    try:
        report = store.summary(start)
        review_folder = cfg.folders["needs_review"]
        pending = store.pending_effects(start, LIST_LIMIT)
        review = store.messages_in(folder=review_folder, since=start, limit=LIST_LIMIT)
        quarantined = store.messages_in(status="quarantined", since=start, limit=LIST_LIMIT)
        report.update(pending_total=store.count_pending(start),
                      review_total=store.count_in(folder=review_folder, since=start),
                      quarantined_total=store.count_in(status="quarantined", since=start))
        health = {which: json.loads(store.get_meta(f"{which}_health") or '{"state": "unknown"}')
                  for which in ("mailbox", "outbox")}
        daemons = processes.describe(store.meta_starting(processes.PREFIX), now)
        stopped = store.get_meta(processes.STOPPED)
    finally:
        store.close()
    for item in pending:
        item["kind"] = KIND_NAMES.get(item["kind"], item["kind"])
        item["next_try_in_seconds"] = round(max(0.0, item.pop("next_try") - now), 1)
    for item in pending + review + quarantined:
        item["age_seconds"] = round(now - item["created"], 1)
    outbox = health["outbox"]
    failing = [p for p in pending if p.get("error")]
    if outbox.get("state") in ("ok", "unknown") and failing:
        # A refused login is tracked as health; a server that refuses connections shows in what waits.
        outbox = {"state": "sending_failed", "error": failing[0]["error"],
                  "waiting": report["pending_total"], "retry_in_seconds": failing[0]["next_try_in_seconds"]}
    last = report["last_pass"]
    report.update(now=now, since=start or None, last_pass_age_seconds=round(max(0.0, now - last), 1) if last else None,
                  daemons=daemons, daemon_stopped=processes.number(stopped),
                  mailbox=health["mailbox"], outbox=outbox, pending=pending, review=review,
                  quarantined=quarantined)
    return report


def clock(stamp: float) -> str:
    return f"{datetime.fromtimestamp(stamp):%Y-%m-%d %H:%M}"


def _health(which: str, health: dict, now: float) -> str:
    state = health.get("state", "unknown")
    if state in ("ok", "unknown"):
        return f"{which}: {state}"
    since = f" since {clock(health['since'])}" if health.get("since") else ""
    failures = f" ({health['failures']} in a row)" if health.get("failures") else ""
    next_try = f"; next try {clock(health['next_try'])}" if health.get("next_try") else ""
    if state == "sending_failed":
        return (f"{which}: sending failed: {health.get('error', '')} ({health.get('waiting', 0)} waiting; next try in "
                f"{age(health.get('retry_in_seconds', 0))})")
    return f"{which}: {state.replace('_', ' ')}{since}{failures}: {health.get('error', '')}{next_try}"


def _daemons(report: dict) -> str:
    """Whether a daemon runs on this state: "daemon: running (pid 4242, up 3h 5m)"."""
    now, parts = report["now"], []
    for d in report["daemons"]:
        up = f"up {age(now - d['started'])}" if d["started"] else "up ?"
        seen = f"last seen {age(now - d['seen'])} ago" if d["seen"] else "never seen working"
        if d["here"]:
            parts.append(f"running (pid {d['pid']}, {up})" if d["running"] else
                         f"not running: pid {d['pid']} ended without stopping (killed?), {seen}")
        else:
            parts.append(f"pid {d['pid']} on {d['host']}, {up}, {seen}" + ("" if d["running"] else " (gone?)"))
    if not parts:
        stopped = report["daemon_stopped"]
        parts.append("not running" + (f" (stopped {clock(stopped)}, {age(now - stopped)} ago)" if stopped else ""))
    return "daemon: " + "; ".join(parts)


def render(report: dict) -> str:
    now = report["now"]
    last = report["last_pass"]
    lines = [f"last pass: {age(max(0.0, now - last)) + ' ago (' + clock(last) + ')' if last else 'never'}; "
             f"model: {report['model'] or 'unknown'}",
             _daemons(report),
             _health("mailbox", report["mailbox"], now), _health("outbox", report["outbox"], now)]
    if report["since"]:
        lines.append(f"since {clock(report['since'])} ({age(now - report['since'])} ago):")
    for title in ("messages", "categories", "actions", "effects", "events"):
        items = ", ".join(f"{k} {v}" for k, v in sorted(report[title].items())) or "none"
        lines.append(f"{title}: {items}")

    # The references' column: as wide as the longest (a long reference_prefix, 8-digit numbers).
    width = max([len(i["reference"]) for i in report["pending"] + report["review"] + report["quarantined"]] + [15])

    def listing(title: str, items: list[dict], total: int, line) -> None:
        lines.append(f"{title} ({total}):" + ("" if items else " none"))
        lines.extend(f"  {line(item)}" for item in items)
        if total > len(items):
            lines.append(f"  ... and {total - len(items)} more")

    def waiting(item: dict) -> str:
        retry = f", next try in {age(item['next_try_in_seconds'])}" if item["next_try_in_seconds"] else ""
        error = f": {item['error'][:120]}" if item["error"] else ""
        return (f"{age(item['age_seconds']):>7}  {item['reference'] or '-':<{width}} {item['kind']} to {item['recipient']}  "
                f"{item['subject'][:60]!r}  (attempt {item['attempts']}{retry}{error})")

    def message(item: dict) -> str:
        why = f"  ({item['why'][:120]})" if item["why"] else ""
        return (f"{age(item['age_seconds']):>7}  {item['reference'] or '-':<{width}} {item['sender'] or '?'}  "
                f"{item['subject'][:60]!r}{why}")

    listing("pending", report["pending"], report["pending_total"], waiting)
    listing("review", report["review"], report["review_total"], message)
    listing("quarantined", report["quarantined"], report["quarantined_total"], message)
    return "\n".join(lines)
