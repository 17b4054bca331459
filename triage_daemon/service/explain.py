"""`explain`: one message's decision, read back from the state store: what the daemon decided, why, where
it filed the message and what it sent, looked up by the reference people quote (HL-2026-000123), the
Message-ID, or the state's key. The state keeps these rows (only the bytes of sent mail are dropped after
`state_retention_days`); the mail's own words are not printed."""
from __future__ import annotations

import time

from ..config import Config
from .status import KIND_NAMES, age, clock

# Fields of the recorded decision that hold the sender's words or an article's text: never printed.
PRIVATE = ("excerpt", "answer")
DRAFT_KIND = "draft"


class NotFound(LookupError):
    """No message in the state answers to what was asked for."""


def lookups(what: str) -> list[str]:
    """The spellings a reference or Message-ID may be given in: `[HL-2026-000123]` as quoted in a subject
    (any case), `<id@host>` as in a header, or bare."""
    text = what.strip()
    for opening, closing in (("[", "]"), ("<", ">")):
        if text.startswith(opening) and text.endswith(closing):
            text = text[1:-1].strip()
    out = [what.strip(), text]
    if "@" in text:
        out.append(f"<{text}>")
    else:
        out.append(text.upper())     # a reference typed in lower case
    return list(dict.fromkeys(t for t in out if t))


def _public(value):
    """The record without the sender's words or an article's text (PRIVATE fields, at any depth)."""
    if isinstance(value, dict):
        return {k: _public(v) for k, v in value.items() if k not in PRIVATE}
    if isinstance(value, list):
        return [_public(v) for v in value]
    return value


def gather(cfg: Config, what: str) -> dict:
    from ..state.store import open_state

    store = open_state(cfg, readonly=True)
    try:
        record = next((r for r in map(store.message_record, lookups(what)) if r), None)
    finally:
        store.close()
    if record is None:
        raise NotFound(f"no message with the reference, Message-ID or key {what.strip()[:200]!r} in the state")
    now = time.time()
    for effect in record["effects"]:
        effect["action"] = KIND_NAMES.get(effect["kind"], effect["kind"])
        effect["next_try_in_seconds"] = (round(max(0.0, effect["next_try"] - now), 1)
                                         if effect["status"] in ("pending", "sending") else None)
    record["age_seconds"] = round(max(0.0, now - record["created"]), 1)
    return _public(record)


def _match(kb: dict | None) -> str:
    return f"{kb['id']} (score {kb['score']:.2f})" if kb else "none"


def _where(record: dict) -> str:
    """Where the message is: filed, or still in the inbox while its mail waits to go out (or to be filed)."""
    status, folder = record["status"], record["folder"]
    if status == "decided":
        return f"decided; its mail goes out, then it is filed in {folder}" if folder else "decided"
    if status == "done" and not folder:
        return "done; not filed: it had left the inbox (moved or deleted by a person) before filing"
    return f"{status}; filed in {folder}" if folder else status


def _effect(effect: dict) -> str:
    retry = f", next try in {age(effect['next_try_in_seconds'])}" if effect["next_try_in_seconds"] else ""
    error = f": {effect['error'][:200]}" if effect["error"] else ""
    attempts = effect["attempts"]
    tries = f", {attempts} attempt{'s' if attempts != 1 else ''}" if attempts else ""
    if effect["kind"] == DRAFT_KIND:   # saved in the mailbox for a person, never sent by the daemon
        state = "saved" if effect["status"] == "sent" else effect["status"]
        return f"draft to {effect['recipient']} for a person to send: {state}{retry}{error}  ({effect['out_id']})"
    return f"{effect['action']} to {effect['recipient']}: {effect['status']}{tries}{retry}{error}  ({effect['out_id']})"


def render(record: dict) -> str:
    decision = record["decision"] or {}
    lines = [f"message:   {record['message_id'] or '(no Message-ID)'}"]
    if record.get("same_message_id", 1) > 1:
        lines.append(f"           ({record['same_message_id']} messages have this Message-ID; the latest is shown, "
                     f"the others by their reference or key)")
    lines += [f"key:       {record['key']}",
              f"from:      {record['sender'] or '?'}",
              f"subject:   {record['subject']!r}",
              f"seen:      {clock(record['created'])} ({age(record['age_seconds'])} ago)",
              f"reference: {record['reference'] or '-'}"]
    shared = record.get("shared_with") or []
    if shared:
        more = f" and {len(shared) - 5} more" if len(shared) > 5 else ""
        lines.append(f"           (shared with {len(shared)} other message{'s' if len(shared) > 1 else ''}, first and "
                     f"follow-ups: {', '.join(shared[:5])}{more})")
    tries = record["attempts"]
    lines.append(f"status:    {_where(record)}" + (f" after {tries} failed tr{'y' if tries == 1 else 'ies'}" if tries else ""))
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
        lines.extend(f"  - {reason}" for reason in decision.get("reasons") or ["(no reason recorded)"])
    if record["label"]:
        label = record["label"]
        lines.append(f"corrected: {label['category']} by a person ({label['source']}, {clock(label['created'])})")
    mail = [e for e in record["effects"] if e["kind"] != DRAFT_KIND]
    lines.append("sent:" + ("" if mail else " nothing"))
    lines.extend(f"  {_effect(e)}" for e in mail)
    lines.extend(f"saved:     {_effect(e)}" for e in record["effects"] if e["kind"] == DRAFT_KIND)
    return "\n".join(lines)
