"""The knowledge base: Markdown articles with front matter (id, title, tags, sample questions, and questions
near the article's topic that it does not answer) and an answer."""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..config import ConfigError, check_modes

_FRONT = re.compile(r"\A---\s*\n(.*?)\n---\s*\n(.*)\Z", re.DOTALL)
_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")


@dataclass(frozen=True)
class Article:
    id: str
    title: str
    tags: tuple[str, ...]
    questions: tuple[str, ...]
    answer: str
    path: str = ""
    # Questions next to the article's topic whose answer is not in it ("What is our CSM's e-mail address?"
    # beside an article that says how to book the CSM): the article classifier learns them as `none`.
    not_answered: tuple[str, ...] = ()


def parse_article(text: str, source: str) -> Article:
    import yaml

    m = _FRONT.match(text.replace("\r\n", "\n"))
    if not m:
        raise ConfigError(f"{source}: an article starts with front matter between '---' lines (id, title, tags)")
    try:
        meta = yaml.safe_load(m.group(1)) or {}
    except yaml.YAMLError as exc:
        raise ConfigError(f"{source}: front matter is not valid YAML: {exc}") from None
    if not isinstance(meta, dict):
        raise ConfigError(f"{source}: front matter must be a mapping with id, title, tags")
    art_id, title = str(meta.get("id", "")), str(meta.get("title", "")).strip()
    if not _ID.match(art_id):
        raise ConfigError(f"{source}: id must be lower-case letters, digits and dashes, got {art_id!r}")
    if not title:
        raise ConfigError(f"{source}: title is missing")
    tags = meta.get("tags") or []
    questions = meta.get("questions") or []
    not_answered = meta.get("not_answered") or []
    if not isinstance(tags, list) or not isinstance(questions, list) or not isinstance(not_answered, list):
        raise ConfigError(f"{source}: tags, questions and not_answered must be lists")
    answer = m.group(2).strip()
    if not answer:
        raise ConfigError(f"{source}: the article has no answer text below the front matter")
    return Article(art_id, title, tuple(map(str, tags)), tuple(map(str, questions)), answer, source,
                   tuple(map(str, not_answered)))


def load_articles(kb_dir: Path) -> list[Article]:
    if not kb_dir.is_dir():
        raise ConfigError(f"kb_dir: {kb_dir} is not a folder; point kb_dir at the folder of articles")
    check_modes(kb_dir, "kb_dir")
    for path in sorted(kb_dir.glob("*.md")):
        check_modes(path, "kb_dir")
    articles = [parse_article(p.read_text(encoding="utf-8"), str(p)) for p in sorted(kb_dir.glob("*.md"))]
    ids = [a.id for a in articles]
    dupes = {i for i in ids if ids.count(i) > 1}
    if dupes:
        raise ConfigError(f"kb_dir: article id(s) used twice: {', '.join(sorted(dupes))}")
    return articles
