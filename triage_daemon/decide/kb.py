"""The knowledge base: Markdown articles with front matter, and retrieval by TF-IDF similarity."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from ..config import ConfigError, check_modes
from ..message import KbMatch

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
    if not isinstance(tags, list) or not isinstance(questions, list):
        raise ConfigError(f"{source}: tags and questions must be lists")
    answer = m.group(2).strip()
    if not answer:
        raise ConfigError(f"{source}: the article has no answer text below the front matter")
    return Article(art_id, title, tuple(map(str, tags)), tuple(map(str, questions)), answer, source)


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


class KnowledgeBase:
    """Scores a query against each article's title, tags, sample questions and answer."""

    def __init__(self, articles: list[Article]):
        self.articles = articles
        self._vec = None
        self._docs = None
        self._owner: list[int] = []

    def _fit(self):
        from sklearn.feature_extraction.text import TfidfVectorizer

        texts: list[str] = []
        for i, art in enumerate(self.articles):
            head = f"{art.title} {art.title} {' '.join(art.tags)}"
            texts.append(f"{head} {' '.join(art.questions)} {art.answer}")
            self._owner.append(i)
            for q in art.questions:
                texts.append(f"{q} {art.title} {' '.join(art.tags)}")
                self._owner.append(i)
        self._vec = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True, min_df=1,
                                    strip_accents="unicode", lowercase=True)
        self._docs = self._vec.fit_transform(texts)
        self._analyze = self._vec.build_analyzer()
        self._idf = self._vec.idf_

    def match(self, query: str) -> KbMatch | None:
        if not self.articles or not query.strip():
            return None
        if self._vec is None:
            self._fit()
        import numpy as np

        sims = self._docs @ self._query_vector(query[:500])  # the question is at the top; more only costs time
        best = np.zeros(len(self.articles))
        np.maximum.at(best, self._owner, sims)  # an article scores its best row (body or a sample question)
        idx = int(best.argmax())
        art = self.articles[idx]
        return KbMatch(art.id, art.title, round(float(best[idx]), 4), art.answer)

    def _query_vector(self, query: str):
        """The fitted vectoriser's transform of one query, as a dense vector: the same numbers
        as `self._vec.transform([query])` without its per-call validation."""
        import numpy as np

        vocab = self._vec.vocabulary_
        counts = Counter(g for g in self._analyze(query) if g in vocab)
        vec = np.zeros(len(vocab))
        if counts:
            cols = np.fromiter((vocab[g] for g in counts), dtype=np.intp, count=len(counts))
            weights = (np.log(np.fromiter(counts.values(), dtype=np.float64, count=len(counts))) + 1.0) * self._idf[cols]
            vec[cols] = weights / np.sqrt(weights @ weights)
        return vec
