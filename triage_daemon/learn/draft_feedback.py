"""Learning from drafts: what people did with the drafts the daemon saved, read from the Sent folder.

A reply a person sent in the thread of a message that had a draft is compared with the draft: the same
text means the draft was sent as is, a changed text that it was edited, a different one that it was
discarded for another reply. Sent as is, the question and its article become a labelled example; edited,
the example counts less (the article may still be right, the words were not); discarded, it is recorded
against the article (the report counts it) and never becomes a label."""
from __future__ import annotations

import difflib
import logging
import re

from ..config import Config
from ..mail.compose import ACTION_HEADER, DRAFT_HEADER, PRODUCT_BOARD_DRAFT
from ..mail.mailboxes import Mailbox
from ..mail.parse import ParseError, parse
from ..state.store import Store
from .corpus import ARTICLE_HEADER, DRAFT_EDITED_SOURCE, message_from_fields

log = logging.getLogger("triage_daemon")

AS_IS = 0.9          # text similarity from which a reply is the draft sent as is
EDITED = 0.4         # ... from which it is the draft edited; below, another reply
COMPARED = 5000      # characters of each text compared


def _words(text: str) -> str:
    return re.sub(r"\s+", " ", text or "").strip().lower()[:COMPARED]


def similarity(draft: str, reply: str) -> float:
    a, b = _words(draft), _words(reply)
    if not a or not b:
        return 0.0
    return round(difflib.SequenceMatcher(None, a, b, autojunk=False).ratio(), 3)


def outcome_of(score: float) -> str:
    return "sent_as_is" if score >= AS_IS else "edited" if score >= EDITED else "discarded"


def sent_folder(mailbox: Mailbox, cfg: Config) -> str | None:
    folder = cfg.sent_folder or "Sent"
    return folder if mailbox.has_folder(folder) else None


def _sent_at(reply, fallback: float) -> float:
    from email.utils import parsedate_to_datetime

    try:
        return parsedate_to_datetime(reply.header("date")).timestamp()
    except (TypeError, ValueError, IndexError, OverflowError):
        return fallback


def collect_draft_outcomes(mailbox: Mailbox, store: Store, cfg: Config) -> int:
    """Read what people sent since the last look (IMAP: by UID; a Maildir is read whole): the first reply
    of a person to each message we know is recorded (the report's time to a person's answer), and every
    draft whose thread has such a reply is judged. Returns how many drafts were judged."""
    import time

    folder = sent_folder(mailbox, cfg)
    if folder is None:
        return 0
    cursor_name = f"sent_cursor:{mailbox.name}:{folder}"
    saved = store.get_meta(cursor_name)
    after = tuple(int(v) for v in saved.split(":")) if saved else None
    judged = 0
    cursors = []
    for fetched in mailbox.list_folder(folder, after):
        if fetched.cursor:
            cursors.append(fetched.cursor)
        try:
            reply = parse(fetched.raw)
        except ParseError:
            continue
        if reply.header(ACTION_HEADER.lower()) not in ("", "draft"):
            continue   # our own automatic message (the copy kept in Sent)
        for parent in dict.fromkeys([reply.in_reply_to, *reversed(reply.references)]):
            key = store.key_of(parent) if parent else None
            if key is None:
                continue
            store.record_person_reply(key, reply.message_id, _sent_at(reply, time.time()))
            row = store.draft_of(parent)
            if row is not None and not store.draft_outcome_recorded(row["key"]):
                judge(row, reply, store)
                judged += 1
            break
    if cursors and max(cursors) != after:
        store.set_meta(cursor_name, "%d:%d" % max(cursors))
    remove_stale_drafts(mailbox, store, cfg)
    return judged


def remove_stale_drafts(mailbox: Mailbox, store: Store, cfg: Config, now: float | None = None) -> int:
    """Drafts of messages that got a person's reply, judged more than drafts_retention_days ago and still in
    Drafts, are removed: only our own draft (its Message-ID, X-Triage-Action: draft), nothing else."""
    import time

    before = (now if now is not None else time.time()) - cfg.drafts_retention_days * 86400
    stale = store.stale_drafts(before)
    if not stale:
        return 0
    folder = mailbox.drafts_folder(cfg.drafts_folder)
    removed = 0
    for key, out_id in stale:
        gone = mailbox.remove_draft(folder, out_id)
        store.draft_removed(key)
        if gone:
            removed += gone
            log.info("draft <%s> removed from %s: its message got another reply more than %g days ago", out_id,
                     folder, cfg.drafts_retention_days)
    return removed


def judge(row: dict, reply, store: Store) -> str:
    """Record what the person did with this draft; a label when they sent its article."""
    try:
        draft = parse(row["payload"])
    except ParseError:
        return ""
    article, _, _ = (draft.header(DRAFT_HEADER.lower()) or "").partition(" ")
    score = similarity(draft.stripped, reply.stripped)
    outcome = outcome_of(score)
    store.record_draft_outcome(row["key"], article, outcome, score, reply.message_id)
    log.info("draft for <%s> (%s): %s (text similarity %.2f with the reply sent)", row["message_id"], article,
             outcome.replace("_", " "), score)
    if outcome != "discarded" and article and article != PRODUCT_BOARD_DRAFT and row["category"] == "question":
        raw = message_from_fields(row["subject"], row["excerpt"], row["sender"] or "someone@example.com")
        raw = f"{ARTICLE_HEADER}: {article}\n".encode() + raw
        store.add_label(row["key"], "question", "draft sent as is" if outcome == "sent_as_is" else DRAFT_EDITED_SOURCE, raw)
    return outcome
