"""Text from HTML mail: tags dropped, scripts and styles skipped, quoted history optionally cut.

A small tokenizer of its own rather than html.parser: every character is looked at a bounded number
of times (a tag's end is found once, a stray end tag costs O(1), an unclosed comment, tag or script
ends the document as it does in a browser), and one C-level search finds each next tag, so a
megabyte of tags takes a fraction of a second instead of seconds.
"""
from __future__ import annotations

import re
from html import unescape

_BLOCK = {"p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "blockquote", "pre", "hr"}
_SKIP = {"script", "style", "head", "title", "noscript", "template"}
_VOID = {"br", "hr", "img", "meta", "link", "input"}
_RAW_TEXT = {"script", "style"}     # their content is not markup (a "<" in a script is no tag)
_QUOTE_CLASSES = ("gmail_quote", "yahoo_quoted", "moz-cite-prefix", "divrplyfwdmsg", "ms-outlook-quote")

_NAME = re.compile(r"[a-zA-Z][^\t\n\r\f />\x00]*")
# A whole start tag after its "<": the name, then everything up to its ">" (a quoted value may hold
# ">"). Possessive throughout, so a tag is read once, whatever it holds.
_START = re.compile(r"""([a-zA-Z][^\t\n\r\f />\x00]*+)((?:[^>=]++|=\s*+(?:"[^"]*+"|'[^']*+'|))*+)>""")
_ATTR = re.compile(r"""(?:^|[\s"'/])(class|id)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+))""", re.IGNORECASE)
_TAG_OPEN = re.compile(r"<[a-zA-Z/!?]")   # a "<" that can start markup; any other is text
_SPECIAL = _BLOCK | _SKIP | _VOID | _RAW_TEXT | {"blockquote"}   # start tags that need more than a push
_RAW_END = {name: re.compile(rf"</{name}[\s/>]", re.IGNORECASE) for name in _RAW_TEXT}
MAX_TAGS = 20_000      # tags read; a longer document is cut there (its text is far past what we classify)


class _Extractor:
    def __init__(self, max_text: int):
        self.max_text = max_text
        self.size = 0                          # characters of text collected so far
        self.parts: list[str] = []             # the text
        self.new: list[str] = []               # the text outside quoted history (blockquote, gmail_quote...)
        self.skip_depth = 0
        self.quote_depth = 0
        self.stack: list[tuple[str, bool]] = []
        self.open: dict[str, list[int]] = {}   # tag -> its positions in the stack, so an end tag costs O(1)

    def _is_quote(self, tag: str, attrs: str) -> bool:
        if tag == "blockquote":
            return True
        if not attrs:
            return False
        found = {m.group(1).lower(): (m.group(2) or m.group(3) or m.group(4) or "").lower()
                 for m in _ATTR.finditer(attrs)}
        classes, ident = found.get("class", ""), found.get("id", "")
        return any(c in classes or c in ident for c in _QUOTE_CLASSES) or ident in ("appendonsend", "divrplyfwdmsg")

    def start(self, tag: str, attrs: str) -> None:
        if tag in _VOID:
            if tag in ("br", "hr"):
                self._newline()
            return
        quote = self._is_quote(tag, attrs)
        self.open.setdefault(tag, []).append(len(self.stack))
        self.stack.append((tag, quote))
        if tag in _SKIP:
            self.skip_depth += 1
        if quote:
            self.quote_depth += 1
        if tag in _BLOCK:
            self._newline()

    def end(self, tag: str) -> None:
        # Pop to the matching tag; tolerate unclosed and stray tags. Every start tag is popped at most once.
        positions = self.open.get(tag)
        if positions:
            i = positions[-1]
            for name, quote in reversed(self.stack[i:]):
                self.open[name].pop()
                if name in _SKIP:
                    self.skip_depth -= 1
                if quote:
                    self.quote_depth -= 1
            del self.stack[i:]
        if tag in _BLOCK:
            self._newline()

    def _newline(self) -> None:
        self.parts.append("\n")
        self.new.append("\n")

    def data(self, text: str) -> None:
        if text and not self.skip_depth:
            if "&" in text:
                text = unescape(text)
            self.parts.append(text)
            self.size += len(text)
            if not self.quote_depth:
                self.new.append(text)

    def feed(self, html: str) -> None:
        pos, n, tags = 0, len(html), 0
        find, start_tag, name_at, tag_open = html.find, _START.match, _NAME.match, _TAG_OPEN.search
        stack, open_, special = self.stack, self.open, _SPECIAL
        while pos < n:
            tags += 1
            if tags > MAX_TAGS or self.size > self.max_text:
                return
            lt = tag_open(html, pos)
            lt = lt.start() if lt else -1
            if lt < 0:
                self.data(html[pos:])
                return
            if lt > pos:
                self.data(html[pos:lt])
            nxt = html[lt + 1:lt + 2]
            if nxt == "!" or nxt == "?":
                if html.startswith("<!--", lt):
                    end = find("-->", lt + 4)
                    pos = n if end < 0 else end + 3
                else:
                    end = find(">", lt + 2)
                    pos = n if end < 0 else end + 1
            elif nxt == "/":
                name = name_at(html, lt + 2)
                end = find(">", lt + 2)
                if end < 0:
                    return              # an unclosed end tag runs to the end of the document
                if name:
                    self.end(name.group().lower())
                pos = end + 1
            else:
                m = start_tag(html, lt + 1)
                if m is None:
                    return              # an unclosed start tag runs to the end of the document
                tag, attrs = m.group(1).lower(), m.group(2)
                pos = m.end()
                if tag in special or attrs:
                    self.start(tag, attrs)
                    if attrs.endswith("/"):
                        self.end(tag)
                    elif tag in _RAW_TEXT:
                        close = _RAW_END[tag].search(html, pos)
                        if close is None:
                            return      # an unclosed script swallows the rest, as in a browser
                        pos = close.start()
                else:                   # the common case, inline: a plain tag with no attributes
                    positions = open_.get(tag)
                    if positions is None:
                        positions = open_[tag] = []
                    positions.append(len(stack))
                    stack.append((tag, False))


def html_texts(html: str, max_text: int = 200_000) -> tuple[str, str]:
    """(the text, the text without quoted history), in one pass; reading stops after about
    `max_text` characters of text or MAX_TAGS tags."""
    parser = _Extractor(max_text)
    parser.feed(html)
    return _tidy(parser.parts), _tidy(parser.new)


def html_to_text(html: str, drop_quotes: bool = False) -> str:
    text, new = html_texts(html)
    return new if drop_quotes else text


def _tidy(parts: list[str]) -> str:
    # Every blank but the line break becomes one space (U+00A0, U+2000 and friends included), so no
    # later pattern meets a run of exotic blanks.
    text = re.sub(r"[^\S\n]+", " ", "".join(parts))
    text = re.sub(r" *\n *", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()
