"""Labelled examples from where admins keep them: .eml folders, CSV/JSONL exports, the state's labels."""
from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path

from ..config import CATEGORIES, ConfigError
from ..decide.features import model_text
from ..mail.parse import ParseError, parse
from ..message import Message


@dataclass(frozen=True)
class Example:
    text: str
    label: str
    source: str          # where it came from, for reports
    subject: str = ""
    raw: bytes = b""     # the message itself, so evaluation can run the whole decision


def message_from_fields(subject: str, body: str, sender: str = "someone@example.com") -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "helpline@example.com"
    msg["Subject"] = subject.replace("\r", " ").replace("\n", " ")
    msg.set_content(body or "")
    return bytes(msg)


def example_from_raw(raw: bytes, label: str, source: str) -> Example | None:
    try:
        msg: Message = parse(raw)
    except ParseError:
        return None
    return Example(model_text(msg), label, source, msg.subject, bytes(raw))


def _check_label(label: str, where: str) -> str:
    label = (label or "").strip()
    if label not in CATEGORIES:
        raise ConfigError(f"{where}: label {label!r} is not one of {', '.join(CATEGORIES)}")
    return label


def from_eml_folders(root: Path) -> list[Example]:
    """root/<category>/*.eml; sub-folders that are not categories are an error, not skipped silently."""
    out: list[Example] = []
    subdirs = sorted(p for p in root.iterdir() if p.is_dir())
    if not subdirs:
        raise ConfigError(f"{root}: expected one sub-folder per category ({', '.join(CATEGORIES)})")
    for sub in subdirs:
        label = _check_label(sub.name, str(sub))
        for path in sorted(sub.glob("*.eml")):
            ex = example_from_raw(path.read_bytes(), label, str(path))
            if ex is not None:
                out.append(ex)
    return out


def _row_example(row: dict, where: str) -> Example | None:
    label = _check_label(str(row.get("category") or row.get("label") or ""), where)
    if row.get("eml"):
        raw = row["eml"].encode("utf-8") if isinstance(row["eml"], str) else bytes(row["eml"])
    else:
        raw = message_from_fields(str(row.get("subject") or ""), str(row.get("body") or row.get("text") or ""))
    return example_from_raw(raw, label, where)


def from_csv(path: Path) -> list[Example]:
    """Columns: category (or label), and subject + body (or text), or eml with a whole message."""
    with open(path, newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        if not reader.fieldnames or not ({"category", "label"} & set(reader.fieldnames)):
            raise ConfigError(f"{path}: a CSV needs a 'category' column and 'subject'/'body' (or 'text', or 'eml')")
        return [ex for i, row in enumerate(reader, 2) if (ex := _row_example(row, f"{path}:{i}"))]


def from_jsonl(path: Path) -> list[Example]:
    out = []
    with open(path, encoding="utf-8") as fh:
        for i, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ConfigError(f"{path}:{i}: not valid JSON ({exc.msg})") from None
            if not isinstance(row, dict):
                raise ConfigError(f"{path}:{i}: each line must be a JSON object")
            if (ex := _row_example(row, f"{path}:{i}")):
                out.append(ex)
    return out


def load_source(spec: str, state=None) -> list[Example]:
    """A source: a folder of category folders, a .csv, a .jsonl, or `state` (corrections and labels).

    `state` is the configured store for `state`: an SQLite path, or a function that opens it;
    `state:PATH` names an SQLite file directly."""
    if spec == "state" or spec.startswith("state:"):
        from ..state import store as state_mod
        state = spec[6:] if spec.startswith("state:") else state
        if not state:
            raise ConfigError("--data state needs a state database (state key in the config)")
        store = state() if callable(state) else state_mod.open_store(state, readonly=True)
        try:
            return [ex for raw, label, key in store.labelled_messages()
                    if (ex := example_from_raw(raw, label, f"state:{key}"))]
        finally:
            store.close()
    path = Path(spec)
    if path.is_dir():
        return from_eml_folders(path)
    if path.suffix.lower() == ".csv" and path.is_file():
        return from_csv(path)
    if path.suffix.lower() in (".jsonl", ".ndjson") and path.is_file():
        return from_jsonl(path)
    raise ConfigError(f"--data {spec}: expected a folder of category folders, a .csv, a .jsonl file, or 'state'")


def load_examples(specs: list[str], cfg, progress=None) -> list[Example]:
    """Every example from every source; `state` means the config's state store."""
    from ..state.store import open_state

    examples = []
    for spec in specs:
        found = load_source(spec, lambda: open_state(cfg, readonly=True))
        if progress:
            progress(f"{spec}: {len(found)} examples")
        examples += found
    return examples


def data_hash(examples: list[Example]) -> str:
    import hashlib

    h = hashlib.sha256()
    for ex in sorted(examples, key=lambda e: (e.label, e.text)):
        h.update(ex.label.encode() + b"\0" + ex.text.encode("utf-8", "replace") + b"\0")
    return h.hexdigest()
