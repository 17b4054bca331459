"""Labelled examples from where admins keep them: .eml folders, CSV/JSONL exports, the state's labels."""
from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass, replace
from email.message import EmailMessage
from pathlib import Path

from ..config import CATEGORIES, ConfigError
from ..decide.features import model_text
from ..mail.loops import loop_checks, sent_by_a_form
from ..mail.parse import ParseError, parse
from ..message import Message

ARTICLE_HEADER = "X-Triage-Article"   # in an .eml: which article answers this question, or "none"
DRAFT_EDITED_SOURCE = "draft edited"  # a label from a draft a person changed before sending: it counts as one example
CORRECTION_WEIGHT = 3.0               # a person's correction counts this many starter examples
LABELS_FILE = "labels.csv"            # beside .eml files: file, category[, article]
BLIND_MARK = "BLIND"                  # a folder holding this file is a blind evaluation set
SPENT_MARK = "SPENT"                  # ... and this one too: it has judged its release and may tune a threshold
_ARTICLE_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")


@dataclass(frozen=True)
class Example:
    text: str
    label: str
    source: str          # where it came from, for reports
    subject: str = ""
    raw: bytes = b""     # the message itself, so evaluation can run the whole decision
    article: str = ""    # for a question: the article that answers it, "none", or "" when not labelled
    group: str = ""      # who wrote it (a writer, a template, a source): never on both sides of a split
    weight: float = 1.0  # how much it counts in training; people's corrections count more
    expected: str = ""   # the actions it should get ("a+b", alternatives "a|b"), where a labels.csv says
    language: str = ""   # where a labels.csv says
    form: bool = False   # a robot sent it for a person (a web or ticket form): the policy has its own noise bar


def writer_group(source: str) -> str:
    """Who wrote an example, from its source: the corpus folder and the writer's file-name prefix
    (models/data/bug/c-013.eml -> data:c), so one writer's messages stay on one side of a split."""
    if source.startswith("state:"):
        return "state"
    path = Path(source)
    return f"{path.parent.parent.name}:{path.stem.split('-', 1)[0]}"


def message_from_fields(subject: str, body: str, sender: str = "someone@example.com") -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "helpline@example.com"
    msg["Subject"] = subject.replace("\r", " ").replace("\n", " ")
    msg.set_content(body or "")
    return bytes(msg)


def example_from_raw(raw: bytes, label: str, source: str, article: str = "", weight: float = 1.0,
                     group: str = "") -> Example | None:
    try:
        msg: Message = parse(raw)
    except ParseError:
        return None
    article = _check_article(article or msg.header(ARTICLE_HEADER), label, source)
    return Example(model_text(msg), label, source, msg.subject, bytes(raw), article,
                   group or writer_group(source), weight, form=sent_by_a_form(loop_checks(msg, "", set())))


def _check_article(article: str, label: str, where: str) -> str:
    article = (article or "").strip().lower()
    if article and label != "question":
        raise ConfigError(f"{where}: an article label ({article!r}) belongs on a question, not on {label}")
    if article and article != "none" and not _ARTICLE_ID.match(article):
        raise ConfigError(f"{where}: article {article!r} is not an article id (lower-case letters, digits, "
                          f"dashes) or 'none'")
    return article


def _check_label(label: str, where: str) -> str:
    label = (label or "").strip()
    if label not in CATEGORIES:
        raise ConfigError(f"{where}: label {label!r} is not one of {', '.join(CATEGORIES)}")
    return label


def _labelled_folders(root: Path) -> list[Path]:
    """Folders of .eml files with a labels.csv beside them: root itself, or its sub-folders."""
    if (root / LABELS_FILE).is_file():
        return [root]
    return sorted(p for p in root.iterdir() if p.is_dir() and (p / LABELS_FILE).is_file())


def from_labelled_folders(root: Path) -> list[Example]:
    """.eml files listed in labels.csv (columns file, category, and optionally article)."""
    out: list[Example] = []
    for folder in _labelled_folders(root):
        with open(folder / LABELS_FILE, newline="", encoding="utf-8") as fh:
            reader = csv.DictReader(fh)
            if not reader.fieldnames or not {"file", "category"} <= set(reader.fieldnames):
                raise ConfigError(f"{folder / LABELS_FILE}: needs the columns file and category")
            for i, row in enumerate(reader, 2):
                where = f"{folder / LABELS_FILE}:{i}"
                path = folder / (row.get("file") or "")
                if not path.is_file() or path.parent != folder:
                    raise ConfigError(f"{where}: {row.get('file')!r} is not a file in {folder}")
                label = _check_label(row["category"], where)
                ex = example_from_raw(path.read_bytes(), label, str(path), str(row.get("article") or ""),
                                      group=f"{folder.name}:{path.stem.split('-', 1)[0]}")
                if ex is not None:
                    out.append(replace(ex, expected=str(row.get("actions") or ""),
                                       language=str(row.get("language") or "")))
    return out


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


def _row_example(row: dict, where: str, group: str) -> Example | None:
    label = _check_label(str(row.get("category") or row.get("label") or ""), where)
    if row.get("eml"):
        raw = row["eml"].encode("utf-8") if isinstance(row["eml"], str) else bytes(row["eml"])
    else:
        raw = message_from_fields(str(row.get("subject") or ""), str(row.get("body") or row.get("text") or ""))
    return example_from_raw(raw, label, where, str(row.get("article") or ""), group=group)


def from_csv(path: Path) -> list[Example]:
    """Columns: category (or label), and subject + body (or text), or eml with a whole message;
    optionally article (for questions: the article id that answers it, or none) and group (who wrote it)."""
    with open(path, newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        if not reader.fieldnames or not ({"category", "label"} & set(reader.fieldnames)):
            raise ConfigError(f"{path}: a CSV needs a 'category' column and 'subject'/'body' (or 'text', or 'eml')")
        return [ex for i, row in enumerate(reader, 2)
                if (ex := _row_example(row, f"{path}:{i}", f"{path.name}:{row.get('group') or ''}"))]


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
            if (ex := _row_example(row, f"{path}:{i}", f"{path.name}:{row.get('group') or ''}")):
                out.append(ex)
    return out


def load_source(spec: str, state=None, option: str = "--data") -> list[Example]:
    """A source: a folder of category folders, a folder of .eml files with labels.csv, a .csv, a
    .jsonl, or `state` (corrections and labels).

    `state` is the configured store for `state`: an SQLite path, or a function that opens it;
    `state:PATH` names an SQLite file directly. `option` names the source in errors (--data, --tune)."""
    if spec == "state" or spec.startswith("state:"):
        from ..state import store as state_mod
        state = spec[6:] if spec.startswith("state:") else state
        if not state:
            raise ConfigError(f"{option} state needs a state database (state key in the config)")
        store = state() if callable(state) else state_mod.open_store(state, readonly=True)
        try:
            sources = store.label_sources()
            return [ex for raw, label, key in store.labelled_messages()
                    if (ex := example_from_raw(raw, label, f"state:{key}", weight=1.0 if sources.get(key) ==
                                               DRAFT_EDITED_SOURCE else CORRECTION_WEIGHT))]
        finally:
            store.close()
    path = Path(spec)
    if not path.exists():
        raise ConfigError(f"{option} {spec}: no such file or folder (relative paths are read from {Path.cwd()})")
    if path.is_dir() and _labelled_folders(path):
        return from_labelled_folders(path)
    if path.is_dir():
        return from_eml_folders(path)
    if path.suffix.lower() == ".csv" and path.is_file():
        return from_csv(path)
    if path.suffix.lower() in (".jsonl", ".ndjson") and path.is_file():
        return from_jsonl(path)
    if path.name.endswith((".tar.gz", ".tgz")):
        raise ConfigError(f"{option} {spec}: a tarball, not read as is; a sealed blind set is opened only at the "
                          f"release it judges (eval/README.md)")
    raise ConfigError(f"{option} {spec}: expected a folder of category folders, a .csv, a .jsonl file, or 'state'")


def blind_set(spec: str) -> Path | None:
    """The blind evaluation set a source lies in (a folder holding a BLIND file), or None."""
    if spec == "state" or spec.startswith("state:"):
        return None
    path = Path(spec).resolve()
    for folder in (path, *path.parents):
        if (folder / BLIND_MARK).is_file():
            return folder
    return None


def blind_sets_read(examples: list[Example]) -> set[Path]:
    """The blind sets the examples' files lie in, symbolic links followed: a folder of links into a blind
    set is that set (a hostile review)."""
    folders = {Path(ex.source).parent for ex in examples if not ex.source.startswith("state:")}
    return {found for folder in folders if (found := blind_set(str(folder.resolve()))) is not None}


def load_examples(specs: list[str], cfg, progress=None, training: bool = False, option: str = "--data") -> list[Example]:
    """Every example from every source; `state` means the config's state store. For training, a
    blind evaluation set is refused: a set that was trained on no longer measures anything."""
    from ..state.store import open_state

    examples = []
    for spec in specs:
        if training and (blind := blind_set(spec)):
            raise ConfigError(f"{option} {spec}: {blind} is a blind evaluation set (it holds a {BLIND_MARK} "
                              f"file); evaluate on it, never train on it")
        found = load_source(spec, lambda: open_state(cfg, readonly=True), option)
        if training and (blind := next(iter(sorted(blind_sets_read(found))), None)):
            raise ConfigError(f"{option} {spec}: its files lie in {blind}, a blind evaluation set (it holds a "
                              f"{BLIND_MARK} file); evaluate on it, never train on it")
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
