"""Text from HTML mail: tags dropped, scripts and styles skipped, quoted history optionally cut."""
from __future__ import annotations

import re
from html.parser import HTMLParser

_BLOCK = {"p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "blockquote", "pre", "hr"}
_SKIP = {"script", "style", "head", "title", "noscript", "template"}
_QUOTE_CLASSES = ("gmail_quote", "yahoo_quoted", "moz-cite-prefix", "divrplyfwdmsg", "ms-outlook-quote")


class _Extractor(HTMLParser):
    """Collects the text twice in one pass: all of it, and without quoted history."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []        # the whole text
        self.new_parts: list[str] = []    # the text outside quoted history
        self.skip_depth = 0
        self.quote_depth = 0
        self.stack: list[tuple[str, bool]] = []

    def _newline(self) -> None:
        self.parts.append("\n")
        self.new_parts.append("\n")

    @staticmethod
    def _is_quote(tag: str, attrs: list[tuple[str, str | None]]) -> bool:
        if tag == "blockquote":
            return True
        attr = dict(attrs)
        classes = (attr.get("class") or "").lower()
        ident = (attr.get("id") or "").lower()
        return any(c in classes or c in ident for c in _QUOTE_CLASSES) or ident in ("appendonsend", "divrplyfwdmsg")

    def handle_starttag(self, tag, attrs):
        if tag in ("br", "hr", "img", "meta", "link", "input"):
            if tag in ("br", "hr"):
                self._newline()
            return
        quote = self._is_quote(tag, attrs)
        self.stack.append((tag, quote))
        if tag in _SKIP:
            self.skip_depth += 1
        if quote:
            self.quote_depth += 1
        if tag in _BLOCK:
            self._newline()

    def handle_endtag(self, tag):
        # Pop to the matching tag; tolerate unclosed and stray tags.
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                for name, quote in self.stack[i:]:
                    if name in _SKIP:
                        self.skip_depth -= 1
                    if quote:
                        self.quote_depth -= 1
                del self.stack[i:]
                break
        if tag in _BLOCK:
            self._newline()

    def handle_data(self, data):
        if self.skip_depth:
            return
        self.parts.append(data)
        if not self.quote_depth:
            self.new_parts.append(data)


def _tidy(parts: list[str]) -> str:
    text = "".join(parts).replace("\xa0", " ")
    text = re.sub(r"[ \t\r\f\v]+", " ", text)
    text = re.sub(r" *\n *", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def html_to_texts(html: str) -> tuple[str, str]:
    """(the text, the text without quoted history) from one pass over the HTML."""
    parser = _Extractor()
    try:
        parser.feed(html)
        parser.close()
    except Exception:  # html.parser is lenient; this guards against the odd AssertionError
        pass
    return _tidy(parser.parts), _tidy(parser.new_parts)


def html_to_text(html: str, drop_quotes: bool = False) -> str:
    text, new_text = html_to_texts(html)
    return new_text if drop_quotes else text
