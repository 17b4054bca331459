"""The texts we send come from Jinja2 templates an admin edits (templates_dir): loaded and checked as a
set, so a broken edit is refused whole with the file and line, and rendered once per outgoing message.

A text template starts with its subject line (`Subject: ...`), a blank line, then the body; an HTML
template of the same name (`.html.j2`) adds an HTML part, autoescaped. `<kind>.<lang>.txt.j2` is the
same message in another language (de, es, fr, pt), chosen by the language of the sender's message.
"""
from __future__ import annotations

import hashlib
import html
import re
import threading
from dataclasses import dataclass
from pathlib import Path

from ..config import Config, ConfigError

# One template per kind of message we write, named as its X-Triage-Action header names it.
KINDS = ("auto_reply", "product_board_reply", "forward_support", "flag_csm", "acknowledgement", "draft")
LANGUAGES = ("en", "de", "es", "fr", "pt")
_NAME = re.compile(r"^(?P<kind>[a-z_]+)(?:\.(?P<lang>[a-z]{2}))?\.(?P<part>txt|html)\.j2$")


@dataclass(frozen=True)
class Rendered:
    subject: str
    text: str
    html: str | None = None


def markdown_to_html(text: str) -> str:
    """A small, safe subset: paragraphs, '-'/'1.' lists, **bold**; everything else is escaped text."""
    out: list[str] = []
    for block in re.split(r"\n\s*\n", text.strip()):
        lines = [ln.rstrip() for ln in block.split("\n") if ln.strip()]
        # Runs of list lines become a list; the lines between them, a paragraph.
        run: list[str] = []
        run_is_list = False
        for line in lines + [None]:
            item = re.match(r"^\s*(?:[-*]|\d+\.)\s+(.*)$", line) if line is not None else None
            if line is None or bool(item) != run_is_list:
                if run and run_is_list:
                    tag = "ol" if re.match(r"^\s*\d+\.", run[0]) else "ul"
                    items = [re.match(r"^\s*(?:[-*]|\d+\.)\s+(.*)$", r).group(1) for r in run]
                    out.append(f"<{tag}>" + "".join(f"<li>{_inline(i)}</li>" for i in items) + f"</{tag}>")
                elif run:
                    out.append("<p>" + "<br>\n".join(_inline(r) for r in run) + "</p>")
                run, run_is_list = [], bool(item)
            if line is not None:
                run.append(line)
    return "\n".join(out)


def _inline(text: str) -> str:
    escaped = html.escape(text, quote=True)
    return re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", escaped)


def plain(text: str) -> str:
    """Markdown's **bold** marks dropped, for the text part."""
    return re.sub(r"\*\*(.+?)\*\*", r"\1", text or "")


def human_size(size: int) -> str:
    for unit, scale in (("MB", 1 << 20), ("KB", 1 << 10)):
        if size >= scale:
            return f"{size / scale:.1f} {unit}"
    return f"{size} bytes"


class Templates:
    """A checked set of templates from one folder."""

    def __init__(self, folder: Path, sources: dict[str, str]):
        from jinja2 import FunctionLoader, StrictUndefined
        from jinja2.sandbox import ImmutableSandboxedEnvironment
        from markupsafe import Markup

        self.folder = folder
        self.sources = sources
        self.fingerprint = hashlib.sha256(repr(sorted(sources.items())).encode()).hexdigest()[:12]
        # Sandboxed: a template can format what it is given, never reach into Python.
        self.env = ImmutableSandboxedEnvironment(
            # Each template named by its file, so that an error inside an included one names that file.
            loader=FunctionLoader(lambda name: (sources[name], str(folder / name), lambda: True)
                                  if name in sources else None),
            undefined=StrictUndefined, keep_trailing_newline=True,
            trim_blocks=True, lstrip_blocks=True, autoescape=lambda name: bool(name) and ".html" in name)
        self.env.filters["markdown"] = lambda text: Markup(markdown_to_html(text or ""))
        self.env.filters["plain"] = plain
        self.env.filters["size"] = human_size

    def names(self) -> list[str]:
        return sorted(n for n in self.sources if _NAME.match(n))

    def languages(self, kind: str) -> list[str]:
        return ["en"] + sorted(m["lang"] for n in self.sources
                               if (m := _NAME.match(n)) and m["kind"] == kind and m["lang"] and m["part"] == "txt")

    def _name(self, kind: str, language: str, part: str) -> str | None:
        for name in (f"{kind}.{language}.{part}.j2", f"{kind}.{part}.j2"):
            if name in self.sources:
                return name
        return None

    def render(self, kind: str, context: dict, language: str = "en") -> Rendered:
        """The subject, text and (when a template exists) HTML of one message."""
        lang = language if language in self.languages(kind) else "en"
        text_name = self._name(kind, lang, "txt")
        if text_name is None:
            raise ConfigError(f"templates_dir: {kind}.txt.j2 is missing in {self.folder}")
        subject, body = _split_subject(text_name, self.env.get_template(text_name).render(context))
        html_name = f"{kind}.{lang}.html.j2" if lang != "en" else f"{kind}.html.j2"
        # An HTML part only in the text's own language: never a German text beside an English page.
        page = self.env.get_template(html_name).render(context) if html_name in self.sources else None
        return Rendered(subject, body, page)


def _split_subject(name: str, rendered: str) -> tuple[str, str]:
    head, sep, body = rendered.lstrip("\n").partition("\n")
    if not head.startswith("Subject:"):
        raise ConfigError(f"templates_dir: {name} must start with a line 'Subject: ...', then a blank line")
    subject = " ".join(head[len("Subject:"):].split())
    if not subject:
        raise ConfigError(f"templates_dir: {name} renders an empty subject")
    return subject, body.lstrip("\n")


def load_templates(folder: Path) -> Templates:
    """Read, compile and try every template on sample data; refuse the set with the file, line and reason."""
    from jinja2 import TemplateError, TemplateNotFound, TemplateSyntaxError

    if not folder.is_dir():
        raise ConfigError(f"templates_dir: {folder} is not a folder; point templates_dir at the folder of "
                          f"templates (the shipped ones are in templates/)")
    sources: dict[str, str] = {}
    for path in sorted(folder.glob("*.j2")):
        try:
            sources[path.name] = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(f"templates_dir: cannot read {path}: {exc}") from None
    missing = [f"{kind}.txt.j2" for kind in KINDS if f"{kind}.txt.j2" not in sources]
    if missing:
        raise ConfigError(f"templates_dir: {', '.join(missing)} missing in {folder}; copy them from the shipped "
                          f"templates/ folder")
    templates = Templates(folder, sources)
    for name in sources:
        try:
            templates.env.get_template(name)
        except TemplateSyntaxError as exc:
            raise ConfigError(f"templates_dir: {folder / name} line {exc.lineno}: {exc.message}") from None
    # Mail in each of the team's languages, whether or not a template of its own exists: the English one
    # then renders with original.language set to it, and a branch for that language must render too.
    for kind in KINDS:
        for lang in LANGUAGES:
            context = sample_context(kind)
            context["original"]["language"] = lang
            try:
                templates.render(kind, context, lang)
            except TemplateNotFound as exc:
                raise ConfigError(f"templates_dir: {kind} ({lang}) in {folder}: {_where(exc)}includes {exc.name}, "
                                  f"which is not in the folder; copy it from the shipped templates/ folder") from None
            except TemplateError as exc:
                raise ConfigError(f"templates_dir: {kind} ({lang}) in {folder}: {_where(exc)}{exc}") from None
    return templates


def _where(exc) -> str:
    """The template file and line where rendering failed: the innermost template, an included one too."""
    import traceback

    frames = [f for f in traceback.extract_tb(exc.__traceback__) if str(f.filename).endswith(".j2")]
    return f"{Path(frames[-1].filename).name} line {frames[-1].lineno}: " if frames else ""


def sample_context(kind: str) -> dict:
    """Every variable a template of `kind` is given, with made-up values: the check at start renders each
    template with this, so a misspelt name fails at start, not on the first real message."""
    sender = {"name": "Dana Cho", "first_name": "Dana", "address": "dana@example.com", "display": "Dana Cho <dana@example.com>"}
    context = {
        "organisation": "Example", "from_name": "Example help line", "helpline_address": "helpline@example.com",
        "support_address": "support@goodtime.io", "csm_address": "csm@example.com",
        "product_board_url": "https://goodtime.io/product-board", "sender": sender, "greeting": "Dana",
        "original": {"subject": "Zoom link missing", "date": "Tue 03 Mar 2026 14:00 UTC", "message_id": "x@example.com",
                     "text": "The candidate is waiting and there is no Zoom link.", "language": "en",
                     "attachments": [{"filename": "screenshot.png", "content_type": "image/png", "size": 2048}]},
        "reply_subject": "Re: Zoom link missing", "reference": "HL-2026-000001",
        "priority": "urgent", "urgency": "Urgent",
    }
    if kind in ("auto_reply", "draft"):
        context["article"] = {"id": "contact-support", "title": "How to contact GoodTime Support",
                              "answer": "Write to **support@goodtime.io**.", "score": 0.8}
    if kind in ("forward_support", "flag_csm"):
        context["details"] = {"what": "The candidate is waiting.", "when": ["in 10 minutes"],
                              "links": ["https://example.com/x"], "ids": ["interview 4471"], "steps": ["open it"],
                              "affected": ["3 candidates"], "screenshots": ["screenshot.png (2.0 KB)"],
                              "other_attachments": ["notes.pdf (1.0 KB)"]}
    if kind == "flag_csm":
        context["decision"] = {"category": "escalation", "confidence": 0.9, "priority": "high",
                               "actions": ["flag_csm"], "reasons": ["model m-x: escalation 0.90"]}
    if kind == "acknowledgement":
        context.update(forwarded=True, flagged=False, review=False)
    return context


_cache: dict[Path, Templates] = {}
_lock = threading.Lock()


def templates_for(cfg: Config) -> Templates:
    """The checked set for this config's templates_dir, loaded once (reload_templates replaces it)."""
    folder = Path(cfg.templates_dir)
    with _lock:
        if folder not in _cache:
            _cache[folder] = load_templates(folder)
        return _cache[folder]


def reload_templates(cfg: Config) -> tuple[Templates, Templates | None]:
    """Load the folder again; the new set replaces the old only if it passes the checks (else ConfigError,
    and the old set stays). Returns (new, old)."""
    folder = Path(cfg.templates_dir)
    new = load_templates(folder)
    with _lock:
        old = _cache.get(folder)
        _cache[folder] = new
    return new, old
