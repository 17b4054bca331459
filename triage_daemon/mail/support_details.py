"""What GoodTime Support needs from a message, picked out of the sender's own words.

The escalation guide asks for what happened and when, links or IDs, screenshots, the steps that lead
to it, how many people are affected and how urgent it is. Each field holds lines of the message as
written (never our interpretation), or is empty so the forward can say it was not stated.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..message import Message

MAX_WHAT = 1500
MAX_ITEMS = 8

_URL = re.compile(r"https?://[^\s<>\"')\]]+", re.IGNORECASE)
_ID = r"#?(?=[A-Za-z0-9-]{0,40}\d)[A-Za-z0-9][A-Za-z0-9-]{2,40}\b"    # holds a digit; bounded look-ahead
_IDS = re.compile(
    r"\b(?:interview|candidate|requisition|req|job|ticket|case|event|meeting|booking|order|id|ref(?:erence)?)s?"
    r"\s*(?:id|no\.?|number|#)?\s*[:#]?\s*" + _ID +
    # further numbers of the same kind listed after the first: "req 4471, 4480 and 4492" (never a time,
    # a date or an ordinal: "candidate 4471, 2pm", "ticket 4471 / 2026-03-14", "ticket 4471 and 3rd")
    r"(?:\s*(?:,|&|/|\b(?:and|or|und|oder|y|o|et|ou|e)\b)\s*#?\d{3,}\b(?![:/.-]?\d)){0,7}"
    # a key in parts stays whole: INC-4471, HL-2026-29476841 (our own reference was listed as two ids)
    r"|#\d{3,}\b|\b[A-Z]{2,10}(?:-\d{2,})+\b|\b\d{6,}\b", re.IGNORECASE)
_WHEN = re.compile(
    r"\b(?:today|yesterday|tonight|this (?:morning|afternoon|evening|week)|last (?:night|week)|since|ago|"
    r"right now|now|in \d{1,3} ?min(?:ute)?s?|within \d{1,3} ?min|at \d{1,2}(?::\d{2})? ?(?:am|pm)?|\d{1,2}:\d{2}|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}(?:/\d{2,4})?|"
    r"heute|gestern|seit|hoy|ayer|desde|aujourd'hui|hier|depuis|hoje|ontem)\b", re.IGNORECASE)
_AFFECTED = re.compile(
    r"(?:(?<![\d:.])\d+(?![\d:.])|\b(?:all|every|whole|several|many|multiple|everyone|everybody|nobody|no one|"
    r"none of|two|three|four|five|ten|dozens? of|hundreds? of))\b[^.!?\n]{0,25}?\b(?:candidates?|interviewers?|recruiters?|coordinators?|"
    r"users?|people|colleagues|team|teams|interviews?|hiring managers?|company|offices?|org(?:ani[sz]ation)?|"
    r"invites?|panels?|schedules?)\b", re.IGNORECASE)
_STEP_LINE = re.compile(r"^\s*(?:\d{1,2}[.)]|[-*•])\s+(.+)$")
_STEP_WORDS = re.compile(r"\b(?:steps?|click(?:ed)?|open(?:ed)?|go(?:ing)? to|went to|select(?:ed)?|tried|"
                         r"try to|press(?:ed)?|then|after (?:i|we))\b", re.IGNORECASE)
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")


@dataclass(frozen=True)
class SupportDetails:
    what: str
    when: list[str] = field(default_factory=list)
    links: list[str] = field(default_factory=list)
    ids: list[str] = field(default_factory=list)
    steps: list[str] = field(default_factory=list)
    affected: list[str] = field(default_factory=list)
    screenshots: list[str] = field(default_factory=list)
    other_attachments: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return dict(self.__dict__)


def _unique(items, limit: int = MAX_ITEMS) -> list[str]:
    seen: dict[str, None] = {}
    for item in items:
        item = " ".join(item.split()).strip(" -–,;:")
        if item and item.lower() not in (s.lower() for s in seen):
            seen[item] = None
        if len(seen) >= limit:
            break
    return list(seen)


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.split(text) if s and s.strip()]


def extract(msg: Message) -> SupportDetails:
    from .templates import human_size

    text = (msg.stripped or msg.text or "").strip()
    what = text[:MAX_WHAT].rstrip() + (" [...]" if len(text) > MAX_WHAT else "")
    sentences = _sentences(f"{msg.subject}.\n{text}"[:20_000])
    lines = text[:20_000].splitlines()
    steps = [m.group(1) for line in lines if (m := _STEP_LINE.match(line))]
    if not steps:
        steps = [s for s in sentences if _STEP_WORDS.search(s)]
    attachments = [a for a in msg.attachments if a.filename != "(unnamed)" or a.size]
    return SupportDetails(
        what=what,
        when=_unique(s for s in sentences if _WHEN.search(s))[:3],
        links=_unique(u.rstrip(".,;:!?") for u in _URL.findall(text)),
        ids=_unique(m.group(0) for m in _IDS.finditer(f"{msg.subject}\n{text[:20_000]}")
                    if not _URL.search(m.group(0))),
        steps=_unique(steps),
        affected=_unique(s for s in sentences if _AFFECTED.search(s))[:3],
        screenshots=[f"{a.filename} ({human_size(a.size)})" for a in attachments
                     if a.content_type.startswith("image/")][:MAX_ITEMS],
        other_attachments=[f"{a.filename} ({human_size(a.size)})" for a in attachments
                           if not a.content_type.startswith("image/")][:MAX_ITEMS],
    )
