"""`explain`: one message's decision, read back from the state store: what the daemon decided, why, where
it filed the message and what it sent, looked up by the reference people quote (HL-2026-000123), the
Message-ID, or the state's key. The journal rotates; the state keeps this for `state_retention_days`."""
from __future__ import annotations

import time
from datetime import datetime

from ..config import Config
from .status import KIND_NAMES, age


class NotFound(LookupError):
    """No message in the state answers to what was asked for."""


def lookups(what: str) -> list[str]:
    """The spellings a reference or Message-ID may be given in: `[HL-2026-000123]` as quoted in a subject,
    `<id@host>` as in a header, or bare."""
    text = what.strip()
    out = [text]
    for opening, closing in (("[", "]"), ("<", ">")):
        if text.startswith(opening) and text.endswith(closing):
            out.append(text[1:-1].strip())
    if not text.startswith("<"):
        out.append(f"<{text}>")
    return list(dict.fromkeys(t for t in out if t))


def gather(cfg: Config, what: str) -> dict:
    from ..state.store import open_state

    store = open_state(cfg, readonly=True)
    try:
        record = next((r for r in map(store.message_record, lookups(what)) if r), None)
    finally:
        store.close()
    if record is None:
        raise NotFound(f"no message with the reference, Message-ID or key {what!r} in the state "
                       f"(state_retention_days: {cfg.state_retention_days:g})")
    now = time.time()
    for effect in record["effects"]:
        effect["action"] = KIND_NAMES.get(effect["kind"], effect["kind"])
        effect["next_try_in_seconds"] = (round(max(0.0, effect["next_try"] - now), 1)
                                         if effect["status"] in ("pending", "sending") else None)
    record["age_seconds"] = round(max(0.0, now - record["created"]), 1)
    record["now"] = now
    return record


def _clock(stamp: float) -> str:
    return f"{datetime.fromtimestamp(stamp):%Y-%m-%d %H:%M:%S}"


def _match(kb: dict | None) -> str:
    return f"{kb['id']} (score {kb['score']:.2f})" if kb else "none"


def render(record: dict) -> str:
    decision = record["decision"] or {}
    lines = [f"message:   {record['message_id'] or '(no Message-ID)'}",
             f"key:       {record['key']}",
             f"from:      {record['sender'] or '?'}",
             f"subject:   {record['subject']!r}",
             f"received:  {_clock(record['created'])} ({age(record['age_seconds'])} ago)",
             f"reference: {record['reference'] or '-'}"]
    where = f"; filed in {record['folder']}" if record["folder"] else ""
    tries = f" after {record['attempts']} failed tr{'y' if record['attempts'] == 1 else 'ies'}" \
        if record["attempts"] else ""
    lines.append(f"status:    {record['status']}{where}{tries}")
    if record["error"]:
        lines.append(f"error:     {record['error']}")
    if decision:
        ack = " +acknowledgement" if decision.get("acknowledge") else ""
        lines.append(f"decision:  {decision['category']} ({decision['confidence']:.2f}) -> "
                     f"{'+'.join(decision['actions']) or 'no action'}{ack}, priority {decision['priority']}"
                     + (f"; model {record['model']}" if record["model"] else ""))
        lines.append(f"article:   {_match(decision.get('kb'))}")
        if decision.get("draft"):
            lines.append(f"draft:     {_match(decision['draft'])}")
        lines.append("why:")
        lines.extend(f"  - {reason}" for reason in decision.get("reasons", [])) if decision.get("reasons") \
            else lines.append("  (no reason recorded)")
    if record["label"]:
        label = record["label"]
        lines.append(f"corrected: {label['category']} by a person ({label['source']}, {_clock(label['created'])})")
    lines.append("sent:" + ("" if record["effects"] else " nothing"))
    for effect in record["effects"]:
        retry = (f", next try in {age(effect['next_try_in_seconds'])}"
                 if effect["next_try_in_seconds"] else "")
        error = f": {effect['error'][:200]}" if effect["error"] else ""
        attempts = f", {effect['attempts']} attempt{'s' if effect['attempts'] != 1 else ''}" if effect["attempts"] else ""
        lines.append(f"  {effect['action']} to {effect['recipient']}: {effect['status']}{attempts}{retry}{error}"
                     f"  ({effect['out_id']})")
    return "\n".join(lines)
