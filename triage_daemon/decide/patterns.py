"""Rule patterns in Python's spelling, run by RE2: time linear in the text, whatever the pattern.

Python's `re` backtracks: `(\\w+\\W*){0,6}\\Z` takes seconds on a 400-byte message. RE2 never
backtracks, so it refuses what needs backtracking (look-around, back-references) and the loader says
so. Its `\\w`, `\\d` and `\\s` are ASCII-only; they are rewritten here into the Unicode classes Python
uses, so an admin's `\\w+` still matches "Grüße". `\\b` stays RE2's: a boundary next to an ASCII
letter, digit or underscore.
"""
from __future__ import annotations

import unicodedata

import re2

# Python's classes for str patterns: \w is str.isalnum() or "_", \d is Nd, \s is str.isspace().
_WORD = r"\p{L}\p{N}_"
_DIGIT = r"\p{Nd}"
_SPACE = (r"\t\n\x{0B}\x{0C}\r\x{1C}-\x{1F} \x{85}\x{A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}"
          r"\x{205F}\x{3000}")
_POSITIVE = {"w": _WORD, "d": _DIGIT, "s": _SPACE}
MAX_MEM = 32 << 20


class PatternError(ValueError):
    """A pattern RE2 cannot run; the message says why and what to write instead."""


def translate(pattern: str) -> str:
    """The pattern in RE2's syntax with Python's meaning for \\w \\W \\d \\D \\s \\S \\Z \\uXXXX \\N{...}."""
    out: list[str] = []
    i, n, in_class = 0, len(pattern), False
    while i < n:
        c = pattern[i]
        if c == "\\" and i + 1 < n:
            e = pattern[i + 1]
            i += 2
            if e in _POSITIVE:
                out.append(_POSITIVE[e] if in_class else f"[{_POSITIVE[e]}]")
            elif e == "D":
                out.append(r"\P{Nd}")
            elif e in "WS":
                if in_class:
                    raise PatternError(f"\\{e} inside [...] is not supported; write the class as [^...] instead")
                out.append(f"[^{_POSITIVE[e.lower()]}]")
            elif e == "Z":
                out.append(r"\z")
            elif e in "uU":
                width = 4 if e == "u" else 8
                digits = pattern[i:i + width]
                if len(digits) != width or any(ch not in "0123456789abcdefABCDEF" for ch in digits):
                    raise PatternError(f"\\{e} needs {width} hexadecimal digits")
                out.append(f"\\x{{{digits}}}")
                i += width
            elif e == "N" and pattern[i:i + 1] == "{":
                end = pattern.find("}", i)
                try:
                    char = unicodedata.lookup(pattern[i + 1:end]) if end > 0 else None
                except KeyError:
                    char = None
                if char is None:
                    raise PatternError("\\N{...} names no Unicode character")
                out.append(f"\\x{{{ord(char):X}}}")
                i = end + 1
            elif e.isdigit() and e != "0" and not in_class:
                raise PatternError(f"back-reference \\{e} is not supported (it needs backtracking)")
            else:
                out.append(c + e)
            continue
        if c == "[" and not in_class:
            in_class = True
            out.append(c)
            i += 1
            # "[]...]" and "[^]...]": a "]" first in a class is a literal in Python.
            if pattern[i:i + 1] == "^":
                out.append("^")
                i += 1
            if pattern[i:i + 1] == "]":
                out.append(r"\]")
                i += 1
            continue
        if c == "]" and in_class:
            in_class = False
        elif c == "(" and not in_class and pattern[i + 1:i + 2] == "?":
            ahead = pattern[i + 2:i + 5]
            if ahead[:1] in ("=", "!") or ahead[:2] in ("<=", "<!"):
                raise PatternError("look-ahead and look-behind are not supported (they need backtracking); "
                                   "match the text itself, or use a `none:` pattern to exclude")
            if ahead[:2] == "P=":
                raise PatternError("back-reference (?P=...) is not supported (it needs backtracking)")
        out.append(c)
        i += 1
    return "".join(out)


class Pattern:
    """One compiled rule pattern: case-insensitive, ^ and $ at every line, linear time."""

    __slots__ = ("source", "_rx")

    def __init__(self, source: str):
        self.source = source
        options = re2.Options()
        options.case_sensitive = False
        options.log_errors = False
        # Room for the DFA of the Unicode classes: with RE2's default 8 MB, \w+ over a long word
        # falls back to the (still linear, but 600x slower) NFA. Memory is only taken as used.
        options.max_mem = MAX_MEM
        # Only "does it occur?" is asked: without groups RE2 answers with its DFA alone, where finding
        # group spans would run the slower NFA over the whole text.
        options.never_capture = True
        try:
            self._rx = re2.compile("(?m)" + translate(source), options)
        except re2.error as exc:
            raise PatternError(f"RE2 cannot run it ({exc})") from None

    @property
    def pattern(self) -> str:
        return self.source

    def search(self, text: bytes | str) -> bool:
        """True when the pattern occurs in text (UTF-8 bytes, or a str that is encoded first)."""
        if isinstance(text, str):
            text = encode(text)
        return self._rx.search(text) is not None


def encode(text: str) -> bytes:
    """UTF-8 for RE2; lone surrogates (from undecodable bytes) become U+FFFD."""
    return text.encode("utf-8", "replace")


def compile_any(patterns: list[Pattern]) -> Pattern:
    """One alternation instead of N searches: the same answer in one pass over the text."""
    return Pattern("|".join(f"(?:{p.source})" for p in patterns))
