"""The state store (SQLite or PostgreSQL): messages seen, decisions with reasons, effects with their status."""
from __future__ import annotations

import calendar
import json
import sqlite3
import threading
import time
import zlib
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from ..config import Config, ConfigError, resolve_path
from ..message import mailbox_of
from .databases import DatabaseError, DatabaseGone, PostgresDB, SqliteDB, postgres_schema

SCHEMA = """
CREATE TABLE IF NOT EXISTS messages (
    key          TEXT PRIMARY KEY,
    message_id   TEXT,
    digest       TEXT,
    ref          TEXT,
    sender       TEXT,
    subject      TEXT,
    thread       TEXT,
    status       TEXT NOT NULL,            -- seen | decided | done | quarantined
    attempts     INTEGER NOT NULL DEFAULT 0,
    error        TEXT,
    category     TEXT,
    confidence   REAL,
    actions      TEXT,
    priority     TEXT,
    decision     TEXT,
    folder       TEXT,
    flagged      INTEGER NOT NULL DEFAULT 0,
    model        TEXT,
    created      REAL NOT NULL,
    updated      REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS messages_ref ON messages(ref);
CREATE INDEX IF NOT EXISTS messages_status ON messages(status);
CREATE INDEX IF NOT EXISTS messages_message_id ON messages(message_id);
CREATE INDEX IF NOT EXISTS messages_sender ON messages(sender);
CREATE INDEX IF NOT EXISTS messages_thread ON messages(thread);
CREATE TABLE IF NOT EXISTS effects (
    id           INTEGER PRIMARY KEY,
    message_key  TEXT NOT NULL REFERENCES messages(key),
    kind         TEXT NOT NULL,            -- reply | product | forward | csm | ack
    recipient    TEXT NOT NULL,
    sender       TEXT,                     -- who wrote the original (for the per-sender caps)
    thread       TEXT,                     -- the original's thread (one automatic reply per thread)
    out_id       TEXT NOT NULL,
    payload      BLOB NOT NULL,
    status       TEXT NOT NULL,            -- pending | sending | sent | failed | cancelled
    attempts     INTEGER NOT NULL DEFAULT 0,
    next_try     REAL NOT NULL DEFAULT 0,
    error        TEXT,
    created      REAL NOT NULL,
    updated      REAL NOT NULL,
    UNIQUE(message_key, kind)
);
-- status is in the index so the per-sender counts never read the rows (they hold the payloads)
CREATE INDEX IF NOT EXISTS effects_by_recipient ON effects(recipient, kind, created, status);
CREATE INDEX IF NOT EXISTS effects_out_id ON effects(out_id);
CREATE INDEX IF NOT EXISTS effects_by_sender ON effects(sender, kind, created, status);
CREATE INDEX IF NOT EXISTS effects_thread ON effects(thread, recipient);
CREATE TABLE IF NOT EXISTS cursors (
    mailbox      TEXT PRIMARY KEY,
    uidvalidity  INTEGER NOT NULL,
    last_uid     INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS labels (
    message_key  TEXT PRIMARY KEY,
    category     TEXT NOT NULL,
    source       TEXT NOT NULL,            -- folder move | import
    raw          BLOB NOT NULL,            -- zlib-compressed original
    created      REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS events (
    id           INTEGER PRIMARY KEY,
    at           REAL NOT NULL,
    kind         TEXT NOT NULL,
    detail       TEXT
);
CREATE TABLE IF NOT EXISTS refs (
    message_key  TEXT PRIMARY KEY,         -- the message a person, Support or the CSM will answer
    year         INTEGER NOT NULL,
    seq          INTEGER NOT NULL,         -- numbered per year: HL-2026-000123
    reference    TEXT NOT NULL,
    created      REAL NOT NULL,
    UNIQUE(year, seq)
);
-- A follow-up that quotes a reference this help line gave ("Re: ... [HL-2026-000123]", or a reply to its
-- acknowledgement) keeps that reference: people were told it keeps their matter together.
CREATE TABLE IF NOT EXISTS ref_follow_ups (
    message_key  TEXT PRIMARY KEY,
    reference    TEXT NOT NULL,            -- a reference in refs
    created      REAL NOT NULL
);
-- A message whose reading and classifying started and did not end (it hung or killed the process):
-- keyed by the raw bytes' digest, known before anything is read. Removed when the message is decided,
-- quarantined or fails with an error (which messages.attempts counts).
CREATE TABLE IF NOT EXISTS tries (
    digest       TEXT PRIMARY KEY,
    ref          TEXT,
    attempts     INTEGER NOT NULL DEFAULT 0,
    alone        INTEGER NOT NULL DEFAULT 0,   -- how many of those tries were of the message on its own
    started      REAL NOT NULL
);
-- What a person did with a draft, judged from their reply in the Sent folder (learn/draft_feedback.py).
CREATE TABLE IF NOT EXISTS draft_outcomes (
    message_key  TEXT PRIMARY KEY,
    article      TEXT,
    outcome      TEXT NOT NULL,            -- sent_as_is | edited | discarded
    similarity   REAL,
    reply_id     TEXT,
    created      REAL NOT NULL,
    removed      REAL                      -- when the draft left in Drafts was removed (drafts_retention_days)
);
-- A person's first reply to a message, from the Sent folder (the report's time to a person's answer).
CREATE TABLE IF NOT EXISTS person_replies (
    message_key  TEXT PRIMARY KEY,
    reply_id     TEXT,
    at           REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS meta (
    name         TEXT PRIMARY KEY,
    value        TEXT
);
"""

REPLY_KINDS = ("reply", "product")

def _sender_key(sender: str | None) -> str | None:
    """Who wrote the original, as the per-sender caps count it: one person whatever "+tag" they add."""
    return mailbox_of(sender) if sender else sender


_INSERT_EFFECT = ("INSERT INTO effects (message_key, kind, recipient, sender, thread, out_id, payload, status, created, "
                  "updated) VALUES (?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?) ON CONFLICT (message_key, kind) DO NOTHING")
# Characters kept of a text that goes into an index: PostgreSQL refuses an index entry over ~2.7 kB,
# and a hostile Message-ID or address must not stop every pass. Lookups cut their argument alike.
MAX_INDEXED = 500


def _fit(value):
    return value[:MAX_INDEXED] if isinstance(value, str) else value


def _fit_info(info: dict | None) -> dict:
    return {k: _fit(v) for k, v in (info or {}).items()}
DAY = 86400.0
# Every message's reference: its own, or the one its follow-up shares (`SELECT ... FROM (this) r`).
REFERENCES = "(SELECT message_key, reference FROM refs UNION ALL SELECT message_key, reference FROM ref_follow_ups)"


def reference_floor(year: int, now: float) -> int:
    """The lowest number a reference of `year` given at `now` may have: the whole seconds since the year
    began (UTC), at most 31,622,400 (8 digits); 0 before the year, the year's length after it."""
    start, end = calendar.timegm((year, 1, 1, 0, 0, 0)), calendar.timegm((year + 1, 1, 1, 0, 0, 0))
    return int(min(max(now, start), end) - start)


class StateError(Exception):
    """The state store cannot be opened or written; nothing may be sent until it can."""


class StateGone(StateError):
    """The state database was deleted or replaced under the running daemon: it stops."""


def _error(exc: Exception, message: str) -> StateError:
    return StateGone(str(exc)) if isinstance(exc, DatabaseGone) else StateError(message)


@dataclass
class MessageRow:
    key: str
    status: str
    attempts: int
    ref: str
    folder: str | None
    flagged: bool
    category: str | None
    decision: dict | None


@dataclass
class EffectRow:
    id: int
    message_key: str
    kind: str
    recipient: str
    out_id: str
    _payload: "bytes | Callable[[], bytes]" = field(repr=False)
    status: str
    attempts: int
    next_try: float = 0.0

    @property
    def payload(self) -> bytes:
        """The message's bytes, read from the state when first needed (they may be megabytes)."""
        if callable(self._payload):
            self._payload = self._payload()
        return self._payload


class Store:
    """The daemon's memory. `db` is a path to an SQLite file (":memory:" for tests) or an open
    database from `state_db`; the SQL below is written once, for both."""

    def __init__(self, db: "str | SqliteDB | PostgresDB", readonly: bool = False):
        self._lock = threading.RLock()
        try:
            self.db = SqliteDB(db, readonly) if isinstance(db, str) else db
        except (sqlite3.Error, OSError) as exc:
            raise StateError(f"state: cannot open {db}: {exc}") from None
        self.path = self.db.describe
        self._references = REFERENCES
        if not readonly:
            try:
                self.db.create_schema(SCHEMA if isinstance(self.db, SqliteDB) else postgres_schema(SCHEMA))
            except (*self.db.errors, DatabaseError, OSError) as exc:
                self.db.close()
                raise StateError(f"state: cannot open {self.path}: {exc}") from None
        else:
            try:   # a state an earlier version wrote, read (`status`, `explain`) before a daemon opened it again
                self._query("SELECT 1 FROM ref_follow_ups WHERE 1 = 0")
            except StateError:
                self._references = "refs"

    def close(self) -> None:
        with self._lock:
            self.db.close()

    @contextmanager
    def tx(self):
        with self._lock:
            try:
                self.db.begin()
                yield self.db
                self.db.commit()
            except (*self.db.errors, DatabaseError) as exc:
                self.db.rollback()
                raise _error(exc, f"state: cannot write {self.path}: {exc}") from None
            except BaseException:
                self.db.rollback()
                raise

    def _query(self, sql: str, args=()) -> list[tuple]:
        with self._lock:
            try:
                return self.db.execute(sql, args).fetchall()
            except (*self.db.errors, DatabaseError) as exc:
                raise _error(exc, f"state: cannot read {self.path}: {exc}") from None

    def reconnect_if_lost(self) -> bool:
        """At the start of a pass: a database connection that dropped is opened again (True then)."""
        with self._lock:
            try:
                return self.db.reconnect_if_lost()
            except (*self.db.errors, DatabaseError, OSError) as exc:
                raise _error(exc, f"state: cannot reach {self.path}: {exc}") from None

    def try_lease(self, mailbox: str) -> bool:
        """True if this process may work on `mailbox`: no other daemon sharing this state holds it."""
        with self._lock:
            try:
                return self.db.try_lease(mailbox)
            except (*self.db.errors, DatabaseError, OSError) as exc:
                raise StateError(f"state: cannot take the lease on {mailbox} in {self.path}: {exc}") from None

    # --- messages -------------------------------------------------------------------------
    def get(self, key: str) -> MessageRow | None:
        rows = self._query("SELECT key, status, attempts, ref, folder, flagged, category, decision "
                           "FROM messages WHERE key = ?", (key,))
        return _message_row(rows[0]) if rows else None

    def by_ref(self, ref: str) -> MessageRow | None:
        rows = self._query("SELECT key, status, attempts, ref, folder, flagged, category, decision "
                           "FROM messages WHERE ref = ? ORDER BY updated DESC LIMIT 1", (ref,))
        return _message_row(rows[0]) if rows else None

    def unfinished(self) -> list[MessageRow]:
        rows = self._query("SELECT key, status, attempts, ref, folder, flagged, category, decision "
                           "FROM messages WHERE status IN ('seen', 'decided') ORDER BY created")
        return [_message_row(r) for r in rows]

    def note_attempt(self, key: str, ref: str, error: str, info: dict | None = None) -> int:
        """Count a failed try at a message; returns the number of tries so far."""
        now = time.time()
        info = _fit_info(info)
        with self.tx() as db:
            db.execute("INSERT INTO messages (key, ref, status, attempts, error, message_id, sender, subject, "
                       "digest, created, updated) VALUES (?, ?, 'seen', 1, ?, ?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT(key) DO UPDATE SET attempts = messages.attempts + 1, error = excluded.error, "
                       "ref = excluded.ref, updated = excluded.updated",
                       (key, ref, error[:1000], info.get("message_id"), info.get("sender"), info.get("subject"),
                        info.get("digest"), now, now))
            db.execute("INSERT INTO events (at, kind, detail) VALUES (?, 'error', ?)", (now, error[:500]))
            _end_try(db, info)
            return db.execute("SELECT attempts FROM messages WHERE key = ?", (key,)).fetchone()[0]

    def record_decision(self, key: str, ref: str, info: dict, decision: dict, folder: str, flagged: bool,
                        effects: list[tuple[str, str, str, bytes]], model: str = "") -> None:
        """The decision and every effect it will take, in one transaction, before any is taken."""
        now = time.time()
        info = _fit_info(info)
        with self.tx() as db:
            db.execute(
                "INSERT INTO messages (key, message_id, digest, ref, sender, subject, thread, status, category, "
                "confidence, actions, priority, decision, folder, flagged, model, created, updated) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, 'decided', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT(key) DO UPDATE SET status = 'decided', ref = excluded.ref, "
                "category = excluded.category, confidence = excluded.confidence, actions = excluded.actions, "
                "priority = excluded.priority, decision = excluded.decision, folder = excluded.folder, "
                "flagged = excluded.flagged, model = excluded.model, thread = excluded.thread, "
                "sender = excluded.sender, subject = excluded.subject, updated = excluded.updated",
                (key, info.get("message_id"), info.get("digest"), ref, info.get("sender"), info.get("subject"),
                 info.get("thread"), decision["category"], decision["confidence"], ",".join(decision["actions"]),
                 decision["priority"], json.dumps(decision), folder, int(flagged), model, now, now))
            for kind, recipient, out_id, payload in effects:
                db.execute(_INSERT_EFFECT, (key, kind, _fit(recipient.lower()), _sender_key(info.get("sender")), info.get("thread"),
                                            out_id, payload, now, now))
            if any(len(e[3]) > 1 << 20 for e in effects):
                # sqlite3 keeps a statement's last bound values with the cached statement: bind the same
                # statement again, to a row that exists (nothing happens), so a large payload is let go.
                db.execute(_INSERT_EFFECT, (key, effects[-1][0], "", None, None, "", b"", now, now))
            _end_try(db, info)

    def mark_done(self, key: str, ref: str, folder: str) -> None:
        with self.tx() as db:
            db.execute("UPDATE messages SET status = 'done', ref = ?, folder = ?, updated = ? WHERE key = ?",
                       (ref, folder, time.time(), key))

    def mark_done_many(self, done: list[tuple[str, str, str]], cursor: tuple[str, int, int] | None = None) -> None:
        """(key, ref, folder) for each filed message, and the mailbox cursor, in one transaction."""
        now = time.time()
        with self.tx() as db:
            db.executemany("UPDATE messages SET status = 'done', ref = ?, folder = ?, updated = ? WHERE key = ?",
                           [(ref, folder, now, key) for key, ref, folder in done])
            if cursor is not None:
                db.execute("INSERT INTO cursors (mailbox, uidvalidity, last_uid) VALUES (?, ?, ?) "
                           "ON CONFLICT(mailbox) DO UPDATE SET uidvalidity = excluded.uidvalidity, "
                           "last_uid = excluded.last_uid", cursor)

    def quarantine(self, key: str, ref: str, reason: str, folder: str, info: dict | None = None) -> None:
        now = time.time()
        info = _fit_info(info)
        with self.tx() as db:
            db.execute("INSERT INTO messages (key, ref, status, error, folder, message_id, sender, subject, digest, "
                       "created, updated) VALUES (?, ?, 'quarantined', ?, ?, ?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT(key) DO UPDATE SET status = 'quarantined', error = excluded.error, "
                       "folder = excluded.folder, ref = excluded.ref, updated = excluded.updated",
                       (key, ref, reason[:1000], folder, info.get("message_id"), info.get("sender"),
                        info.get("subject"), info.get("digest"), now, now))
            db.execute("INSERT INTO events (at, kind, detail) VALUES (?, 'quarantine', ?)", (now, reason[:500]))
            _end_try(db, info)

    # --- tries: reading and classifying that started and did not end ----------------------------
    def tries(self, digests: list[str]) -> dict[str, tuple[int, int]]:
        """digest -> (tries that did not end, how many of them alone), for the digests that have any."""
        out: dict[str, tuple[int, int]] = {}
        for i in range(0, len(digests), 500):
            part = digests[i:i + 500]
            marks = ",".join("?" * len(part))
            for digest, attempts, alone in self._query(f"SELECT digest, attempts, alone FROM tries WHERE digest IN ({marks})",
                                                       part):
                out[digest] = (attempts, alone)
        return out

    def start_tries(self, items: list[tuple[str, str]], alone: bool) -> None:
        """Count a try for each (digest, ref) before any of them is read; one transaction."""
        if not items:
            return
        now = time.time()
        with self.tx() as db:
            db.executemany("INSERT INTO tries (digest, ref, attempts, alone, started) VALUES (?, ?, 1, ?, ?) "
                           "ON CONFLICT(digest) DO UPDATE SET attempts = tries.attempts + 1, "
                           "alone = tries.alone + excluded.alone, ref = excluded.ref, started = excluded.started",
                           [(digest, _fit(ref), int(alone), now) for digest, ref in items])

    def end_tries(self, digests: list[str]) -> None:
        if digests:
            with self.tx() as db:
                db.executemany("DELETE FROM tries WHERE digest = ?", [(d,) for d in digests])

    def moved_by_person(self, key: str, ref: str, folder: str) -> None:
        """A person filed the message before its messages went out: it stays 'decided' (they still go
        out), and is finished where the person put it."""
        with self.tx() as db:
            db.execute("UPDATE messages SET ref = ?, folder = ?, updated = ? WHERE key = ?", (ref, folder, time.time(), key))

    def cancel_effects(self, key: str) -> int:
        """A person's gesture (filing the message as noise): what is still unsent never goes out."""
        now = time.time()
        with self.tx() as db:
            cur = db.execute("UPDATE effects SET status = 'cancelled', updated = ? WHERE message_key = ? "
                             "AND status IN ('pending', 'sending')", (now, key))
            db.execute("INSERT INTO events (at, kind, detail) VALUES (?, 'cancelled', ?)", (now, key[:500]))
            return cur.rowcount

    def set_ref(self, key: str, ref: str) -> None:
        with self.tx() as db:
            db.execute("UPDATE messages SET ref = ?, updated = ? WHERE key = ?", (ref, time.time(), key))

    # --- effects --------------------------------------------------------------------------
    # The payloads are not read with the rows: a sort over rows that carry them copied every payload
    # (a 24 MB forward cost 116 MB for a moment); each is read alone when it is sent.
    def effects_for(self, key: str) -> list[EffectRow]:
        rows = self._query("SELECT id, message_key, kind, recipient, out_id, status, attempts, next_try "
                           "FROM effects WHERE message_key = ? ORDER BY id", (key,))
        return [self._effect_row(r) for r in rows]

    def due_effects(self, now: float | None = None) -> list[EffectRow]:
        rows = self._query("SELECT id, message_key, kind, recipient, out_id, status, attempts, next_try "
                           "FROM effects WHERE status IN ('pending', 'sending') AND next_try <= ? ORDER BY id",
                           (now if now is not None else time.time(),))
        return [self._effect_row(r) for r in rows]

    def _effect_row(self, r) -> EffectRow:
        return EffectRow(r[0], r[1], r[2], r[3], r[4], lambda: self.payload(r[0]), r[5], r[6], r[7])

    def payload(self, effect_id: int) -> bytes:
        rows = self._query("SELECT payload FROM effects WHERE id = ?", (effect_id,))
        return bytes(rows[0][0]) if rows else b""

    def effect_status(self, effect_id: int, status: str, error: str = "", retry_in: float = 0.0,
                      now: float | None = None) -> None:
        """The outcome of a try (`claim_effect` counted it as an attempt)."""
        now = time.time() if now is None else now
        with self.tx() as db:
            db.execute("UPDATE effects SET status = ?, error = ?, next_try = ?, updated = ? WHERE id = ?",
                       (status, error[:1000], now + retry_in, now, effect_id))
            if status == "failed" or error:
                db.execute("INSERT INTO events (at, kind, detail) VALUES (?, ?, ?)",
                           (now, "send_failed" if status == "failed" else "send_retry", error[:500]))

    def retry_now(self) -> int:
        """Every effect waiting for a later try is due now; returns how many."""
        with self.tx() as db:
            return db.execute("UPDATE effects SET next_try = 0 WHERE status = 'pending' AND next_try > 0").rowcount

    def claim_effect(self, effect: EffectRow) -> bool:
        """Count an attempt at an effect if nobody has touched it since it was read: of two daemons
        that read the same row, exactly one gets True (the other must leave it alone). The status
        stays as it was until `effect_sending`, right before the message is handed over."""
        with self.tx() as db:
            cur = db.execute("UPDATE effects SET error = '', updated = ?, attempts = attempts + 1 "
                             "WHERE id = ? AND status = ? AND attempts = ?",
                             (time.time(), effect.id, effect.status, effect.attempts))
            return cur.rowcount == 1

    def effect_sending(self, effect_id: int) -> None:
        """Right before DATA: from here on the recipient may get the message, recorded or not."""
        with self.tx() as db:
            db.execute("UPDATE effects SET status = 'sending', updated = ? WHERE id = ?", (time.time(), effect_id))

    # --- history for the policy ------------------------------------------------------------
    # The counts stop at `limit`: the policy only asks "has the cap been reached?", and a flood
    # must not make every later message pay for counting all the earlier ones.
    def replies_to(self, recipient: str, since: float, limit: int = 1_000_000) -> int:
        """Automatic replies to `recipient`: answers and acknowledgements share the daily cap."""
        return self._query("SELECT COUNT(*) FROM (SELECT 1 FROM effects WHERE recipient = ? AND created >= ? "
                           "AND kind IN ('reply', 'product', 'ack') AND status != 'failed' LIMIT ?) AS capped",
                           (_fit(recipient.lower()), since, limit))[0][0]

    def replies_from(self, sender: str, since: float, limit: int = 1_000_000) -> int:
        """Automatic replies (answers and acknowledgements) about messages From this sender, wherever they went."""
        return self._query("SELECT COUNT(*) FROM (SELECT 1 FROM effects WHERE sender = ? AND kind IN ('reply', 'product', 'ack') "
                           "AND created >= ? AND status != 'failed' LIMIT ?) AS capped", (_fit(_sender_key(sender)), since, limit))[0][0]

    def forwards_from(self, sender: str, since: float, limit: int = 1_000_000) -> int:
        return self._query("SELECT COUNT(*) FROM (SELECT 1 FROM effects WHERE sender = ? AND kind = 'forward' "
                           "AND created >= ? AND status != 'failed' LIMIT ?) AS capped", (_fit(_sender_key(sender)), since, limit))[0][0]

    def replied_in_thread(self, recipient: str, thread: str) -> bool:
        """An automatic reply (an answer or an acknowledgement) already went to `recipient` in this thread."""
        return bool(self._query("SELECT 1 FROM effects WHERE thread = ? AND recipient = ? "
                                "AND kind IN ('reply', 'product', 'ack') AND status != 'failed' LIMIT 1",
                                (_fit(thread), _fit(recipient.lower()))))

    def replied_in_thread_from(self, sender: str, thread: str) -> bool:
        """An automatic reply about a message From this sender in this thread, wherever it went."""
        return bool(self._query("SELECT 1 FROM effects WHERE thread = ? AND sender = ? "
                                "AND kind IN ('reply', 'product', 'ack') AND status != 'failed' LIMIT 1",
                                (_fit(thread), _fit(_sender_key(sender)))))

    def sent_any_of(self, ids: list[str]) -> bool:
        ids = [_fit(i) for i in ids if i][:100]
        if not ids:
            return False
        marks = ",".join("?" * len(ids))
        return bool(self._query(f"SELECT 1 FROM effects WHERE out_id IN ({marks}) LIMIT 1", ids))

    # --- references -------------------------------------------------------------------------
    def reference_for(self, key: str, prefix: str, year: int | None = None, now: float | None = None,
                      follows: str = "", sender: str = "") -> str:
        """The message's reference, e.g. HL-2026-000123 (6 digits or more), the same every time it is asked
        for the same message (a retry after a crash gets the number it had); unique in the state, but for
        follow-ups: given `follows`, a reference this state gave that the message quotes, the message
        shares it (`ref_follow_ups`); with `sender`, only if that person wrote a message holding it.

        Numbered per year (UTC) on the clock, so that a lost state's references are never taken for new
        ones: a new number is the greater of the year's highest in this state plus one and the whole
        seconds since the year began (`reference_floor`). Numbers in a state only rise, and a number given
        at clock reading t is at least t; it runs ahead of the clock only while more than one reference a
        second is given out (a backlog), and the clock catches up one a second.

        Guaranteed: if a lost state (deleted, moved aside, or newer than the backup this one was restored from)
        gave out references of the year up to number H, none that this state gives at a clock reading of H + 1
        seconds into the year or later, nor any it gives after such a one, equals one of those. H is the clock
        reading (in whole seconds) when the lost state gave its last reference, plus its lead over the clock: 0
        unless it was giving out more than one a second, at most the number of references in that burst. So a
        fresh or restored state is safe from the second after the lost state's last reference, or that lead
        later. Not guaranteed: a state that gives references sooner than that, or whose clock is behind the lost
        state's (set back, or another machine's) by more than the time between them; nor that a message the lost
        state numbered, seen again, gets the same number (nothing remembers it). The year is in the reference,
        so one from another year is never confused with this year's."""
        now = time.time() if now is None else now
        year = year or time.gmtime(now).tm_year
        for attempt in range(3):
            known = self.reference_of(key)
            if known:
                return known
            if follows and self.knows_reference(follows, sender):
                with self.tx() as db:
                    db.execute("INSERT INTO ref_follow_ups (message_key, reference, created) VALUES (?, ?, ?) "
                               "ON CONFLICT (message_key) DO NOTHING", (key, follows, now))
                return self.reference_of(key)
            try:
                with self.tx() as db:
                    last = db.execute("SELECT COALESCE(MAX(seq), 0) FROM refs WHERE year = ?", (year,)).fetchone()[0]
                    seq = max(last + 1, reference_floor(year, now))
                    reference = f"{prefix}-{year}-{seq:06d}"
                    db.execute("INSERT INTO refs (message_key, year, seq, reference, created) VALUES (?, ?, ?, ?, ?)",
                               (key, year, seq, reference, now))
                return reference
            except StateError:
                if attempt == 2:  # another daemon sharing the state took the same number: try the next
                    raise
        raise AssertionError("unreachable")

    def knows_reference(self, reference: str, sender: str = "") -> bool:
        """A reference this help line gave (e.g. HL-2026-000123, quoted back in a reply's subject). With
        `sender`: only if that person (a "+tag" aside) wrote a message holding it, its first or a follow-up.
        References are easy to guess, and quoting someone else's joins nothing."""
        year, seq = reference.rsplit("-", 2)[-2:] if reference.count("-") >= 2 else ("", "")
        if not (year.isdigit() and seq.isdigit()):
            return False
        if not self._query("SELECT 1 FROM refs WHERE year = ? AND seq = ? AND reference = ?",
                           (int(year), int(seq), reference)):
            return False
        if not sender:
            return True
        rows = self._query(f"SELECT m.sender FROM {self._references} r JOIN messages m ON m.key = r.message_key "
                           f"WHERE r.reference = ? LIMIT 100", (reference,))
        return any(writer and mailbox_of(writer) == mailbox_of(sender) for (writer,) in rows)

    def reference_of(self, key: str) -> str:
        rows = self._query(f"SELECT reference FROM {self._references} r WHERE message_key = ?", (key,))
        return rows[0][0] if rows else ""

    def reference_in_thread(self, ids: list[str]) -> str:
        """The reference of the message our mail among `ids` (a reply's In-Reply-To and References) was about."""
        ids = [_fit(i) for i in ids if i][:100]
        if not ids:
            return ""
        rows = self._query(f"SELECT r.reference FROM effects e JOIN {self._references} r ON r.message_key = e.message_key "
                           f"WHERE e.out_id IN ({','.join('?' * len(ids))}) ORDER BY e.id DESC LIMIT 1", ids)
        return rows[0][0] if rows else ""

    # --- cursors, labels, events, meta ---------------------------------------------------
    def cursor(self, mailbox: str) -> tuple[int, int] | None:
        rows = self._query("SELECT uidvalidity, last_uid FROM cursors WHERE mailbox = ?", (mailbox,))
        return (rows[0][0], rows[0][1]) if rows else None

    def set_cursor(self, mailbox: str, uidvalidity: int, last_uid: int) -> None:
        with self.tx() as db:
            db.execute("INSERT INTO cursors (mailbox, uidvalidity, last_uid) VALUES (?, ?, ?) "
                       "ON CONFLICT(mailbox) DO UPDATE SET uidvalidity = excluded.uidvalidity, "
                       "last_uid = excluded.last_uid", (mailbox, uidvalidity, last_uid))

    def add_label(self, key: str, category: str, source: str, raw: bytes) -> None:
        with self.tx() as db:
            db.execute("INSERT INTO labels (message_key, category, source, raw, created) VALUES (?, ?, ?, ?, ?) "
                       "ON CONFLICT(message_key) DO UPDATE SET category = excluded.category, "
                       "source = excluded.source, created = excluded.created",
                       (key, category, source, zlib.compress(raw), time.time()))

    def labelled_messages(self):
        # Sorted here, not by the database: PostgreSQL would sort by its locale, and training
        # must see the same order on either database.
        rows = self._query("SELECT message_key, category, raw FROM labels")
        for key, category, raw in sorted(rows, key=lambda r: r[0]):
            yield zlib.decompress(raw), category, key

    def event(self, kind: str, detail: str) -> None:
        with self.tx() as db:
            db.execute("INSERT INTO events (at, kind, detail) VALUES (?, ?, ?)", (time.time(), kind, detail[:500]))

    def get_meta(self, name: str) -> str | None:
        rows = self._query("SELECT value FROM meta WHERE name = ?", (name,))
        return rows[0][0] if rows else None

    def set_meta(self, name: str, value: str) -> None:
        with self.tx() as db:
            db.execute("INSERT INTO meta (name, value) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET "
                       "value = excluded.value", (name, value))

    def meta_starting(self, prefix: str) -> dict[str, str]:
        """Every meta row whose name starts with `prefix`."""
        rows = self._query("SELECT name, value FROM meta WHERE substr(name, 1, ?) = ?", (len(prefix), prefix))
        return {name: value for name, value in rows}

    def delete_meta(self, name: str) -> None:
        with self.tx() as db:
            db.execute("DELETE FROM meta WHERE name = ?", (name,))

    def prune(self, retention_days: float, now: float | None = None) -> int:
        """Drop the bytes of outgoing messages that are done with (sent, failed or cancelled) and older
        than the retention period (a forward holds the whole original); the rows stay, for the limits,
        `status` and the record. Returns how many were dropped; the space is given back (SQLite:
        incremental vacuum)."""
        before = (now if now is not None else time.time()) - retention_days * DAY
        with self.tx() as db:
            # A draft's bytes stay: a person's reply is compared with them (learn/draft_feedback.py).
            cur = db.execute("UPDATE effects SET payload = ? WHERE status IN ('sent', 'failed', 'cancelled') "
                             "AND updated < ? AND length(payload) > 0 AND kind != 'draft'", (b"", before))
            dropped = cur.rowcount
        if dropped:
            with self._lock:
                try:
                    self.db.reclaim()
                except (*self.db.errors, DatabaseError) as exc:
                    raise StateError(f"state: cannot reclaim space in {self.path}: {exc}") from None
        return dropped

    def queue_depth(self) -> int:
        return self._query("SELECT COUNT(DISTINCT message_key) FROM effects WHERE status IN ('pending', 'sending')")[0][0]

    def summary(self, since: float = 0.0) -> dict:
        """Counts of what was decided and sent (all of it, or since a time), and the last pass."""
        by_status = dict(self._query("SELECT status, COUNT(*) FROM messages WHERE created >= ? GROUP BY status",
                                     (since,)))
        by_category = dict(self._query("SELECT category, COUNT(*) FROM messages WHERE category IS NOT NULL "
                                       "AND created >= ? GROUP BY category", (since,)))
        actions: dict[str, int] = {}
        for (acts,) in self._query("SELECT actions FROM messages WHERE actions IS NOT NULL AND created >= ?",
                                   (since,)):
            for a in acts.split(","):
                actions[a] = actions.get(a, 0) + 1
        # A draft saved in the mailbox is an effect done ('sent') but no mail out: counted apart.
        effects = dict(self._query("SELECT CASE WHEN kind = 'draft' AND status = 'sent' THEN 'drafts saved' "
                                   "ELSE status END AS what, COUNT(*) FROM effects WHERE created >= ? GROUP BY what",
                                   (since,)))
        errors = dict(self._query("SELECT kind, COUNT(*) FROM events WHERE at >= ? GROUP BY kind", (since,)))
        last = self.get_meta("last_pass")
        return {"messages": by_status, "categories": by_category, "actions": actions, "effects": effects,
                "events": errors, "queue_depth": self.queue_depth(), "last_pass": float(last) if last else None,
                "model": self.get_meta("model_version")}

    def effect_counts(self) -> dict[tuple[str, str], int]:
        return {(kind, status): n for kind, status, n in
                self._query("SELECT kind, status, COUNT(*) FROM effects GROUP BY kind, status")}

    def review_backlog(self, folder: str) -> tuple[int, float | None]:
        """Messages the state last saw in the review folder (a person moving one to a category folder
        takes it off), and when the oldest arrived."""
        count, oldest = self._query("SELECT COUNT(*), MIN(created) FROM messages WHERE folder = ? "
                                    "AND status IN ('decided', 'done')", (folder,))[0]
        return count, oldest

    # --- drafts and what people did with them -------------------------------------------------
    def draft_of(self, message_id: str) -> dict | None:
        """The saved draft for the message with this Message-ID, with what the label needs."""
        rows = self._query("SELECT m.key, m.message_id, m.category, m.subject, m.sender, m.decision, e.out_id, e.id "
                           "FROM messages m JOIN effects e ON e.message_key = m.key WHERE m.message_id = ? "
                           "AND e.kind = 'draft' AND e.status = 'sent' ORDER BY m.created DESC LIMIT 1",
                           (_fit(message_id),))
        if not rows:
            return None
        key, mid, category, subject, sender, decision, out_id, effect_id = rows[0]
        return {"key": key, "message_id": mid or "", "category": category or "", "subject": subject or "",
                "sender": sender or "", "excerpt": (json.loads(decision) if decision else {}).get("excerpt", ""),
                "out_id": out_id, "payload": self.payload(effect_id)}

    def key_of(self, message_id: str) -> str | None:
        rows = self._query("SELECT key FROM messages WHERE message_id = ? ORDER BY created DESC LIMIT 1",
                           (_fit(message_id),))
        return rows[0][0] if rows else None

    def record_person_reply(self, key: str, reply_id: str, at: float) -> None:
        """A person's reply to the message; the earliest one is kept."""
        with self.tx() as db:
            db.execute("INSERT INTO person_replies (message_key, reply_id, at) VALUES (?, ?, ?) "
                       "ON CONFLICT(message_key) DO UPDATE SET reply_id = excluded.reply_id, at = excluded.at "
                       "WHERE excluded.at < person_replies.at", (key, _fit(reply_id), at))

    def person_replies(self, since: float = 0.0) -> dict[str, float]:
        """message key -> when a person first replied, for the messages that arrived since a time."""
        return dict(self._query("SELECT p.message_key, p.at FROM person_replies p JOIN messages m ON "
                                "m.key = p.message_key WHERE m.created >= ?", (since,)))

    def draft_outcome_recorded(self, key: str) -> bool:
        return bool(self._query("SELECT 1 FROM draft_outcomes WHERE message_key = ?", (key,)))

    def record_draft_outcome(self, key: str, article: str, outcome: str, similarity: float, reply_id: str) -> None:
        with self.tx() as db:
            db.execute("INSERT INTO draft_outcomes (message_key, article, outcome, similarity, reply_id, created) "
                       "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(message_key) DO NOTHING",
                       (key, article, outcome, similarity, _fit(reply_id), time.time()))

    def draft_outcomes(self, since: float = 0.0) -> list[dict]:
        """The judged drafts of the messages that arrived since a time."""
        return [{"message_key": r[0], "article": r[1], "outcome": r[2], "similarity": r[3]}
                for r in self._query("SELECT d.message_key, d.article, d.outcome, d.similarity FROM draft_outcomes d "
                                     "JOIN messages m ON m.key = d.message_key WHERE m.created >= ?", (since,))]

    def stale_drafts(self, before: float, limit: int = 200) -> list[tuple[str, str]]:
        """(message key, draft Message-ID) of the drafts judged before a time and not yet removed: their
        message got a person's reply, so a draft still in Drafts is stale."""
        return [(r[0], r[1]) for r in self._query(
            "SELECT d.message_key, e.out_id FROM draft_outcomes d JOIN effects e ON e.message_key = d.message_key "
            "AND e.kind = 'draft' WHERE d.created < ? AND d.removed IS NULL ORDER BY d.created LIMIT ?",
            (before, limit))]

    def draft_removed(self, key: str) -> None:
        with self.tx() as db:
            db.execute("UPDATE draft_outcomes SET removed = ? WHERE message_key = ?", (time.time(), key))

    def label_sources(self) -> dict[str, str]:
        return dict(self._query("SELECT message_key, source FROM labels"))

    # --- rows for `report` ---------------------------------------------------------------------
    def report_rows(self, since: float = 0.0) -> tuple[list[dict], list[dict]]:
        """The messages that arrived since a time (decided, finished or quarantined) and their effects,
        without the effects' payloads."""
        messages = [{"key": r[0], "created": r[1], "status": r[2], "category": r[3],
                     "actions": [a for a in (r[4] or "").split(",") if a], "decision": json.loads(r[5]) if r[5] else {},
                     "folder": r[6] or "", "subject": r[7] or ""}
                    for r in self._query("SELECT key, created, status, category, actions, decision, folder, subject "
                                         "FROM messages WHERE created >= ? ORDER BY created", (since,))]
        effects = [{"message_key": r[0], "kind": r[1], "status": r[2], "created": r[3], "updated": r[4]}
                   for r in self._query("SELECT e.message_key, e.kind, e.status, e.created, e.updated FROM effects e "
                                        "JOIN messages m ON m.key = e.message_key WHERE m.created >= ? ORDER BY e.id",
                                        (since,))]
        return messages, effects

    # --- lists for `status` -------------------------------------------------------------------
    def count_pending(self, since: float = 0.0) -> int:
        return self._query("SELECT COUNT(*) FROM effects WHERE status IN ('pending', 'sending') AND created >= ?",
                           (since,))[0][0]

    def pending_effects(self, since: float = 0.0, limit: int = 50) -> list[dict]:
        rows = self._query(
            "SELECT e.kind, e.recipient, e.status, e.attempts, e.next_try, e.error, e.created, m.sender, m.subject, "
            "r.reference FROM effects e LEFT JOIN messages m ON m.key = e.message_key "
            f"LEFT JOIN {self._references} r ON r.message_key = e.message_key "
            "WHERE e.status IN ('pending', 'sending') AND e.created >= ? ORDER BY e.created LIMIT ?", (since, limit))
        return [{"kind": r[0], "recipient": r[1], "status": r[2], "attempts": r[3], "next_try": r[4],
                 "error": r[5] or "", "created": r[6], "sender": r[7] or "", "subject": r[8] or "",
                 "reference": r[9] or ""} for r in rows]

    def messages_in(self, folder: str | None = None, status: str | None = None, since: float = 0.0,
                    limit: int = 50) -> list[dict]:
        """Messages in a folder (the review backlog) or with a status (quarantined), oldest first."""
        where, args = ("m.folder = ? AND m.status IN ('decided', 'done')", [folder]) if folder is not None \
            else ("m.status = ?", [status])
        rows = self._query(
            f"SELECT m.created, m.sender, m.subject, m.error, m.decision, r.reference, m.message_id FROM messages m "
            f"LEFT JOIN {self._references} r ON r.message_key = m.key WHERE {where} AND m.created >= ? ORDER BY m.created LIMIT ?",
            (*args, since, limit))
        out = []
        for created, sender, subject, error, decision, reference, message_id in rows:
            reasons = [r for r in (json.loads(decision).get("reasons", []) if decision else [])
                       if "acknowledgement" not in r]
            why = error or (reasons[-1] if reasons else "")
            out.append({"created": created, "sender": sender or "", "subject": subject or "", "why": why,
                        "reference": reference or "", "message_id": message_id or ""})
        return out

    def count_in(self, folder: str | None = None, status: str | None = None, since: float = 0.0) -> int:
        if folder is not None:
            return self._query("SELECT COUNT(*) FROM messages WHERE folder = ? AND status IN ('decided', 'done') "
                               "AND created >= ?", (folder, since))[0][0]
        return self._query("SELECT COUNT(*) FROM messages WHERE status = ? AND created >= ?", (status, since))[0][0]

    def message_record(self, what: str) -> dict | None:
        """Everything the state holds on one message (not its bytes), found by its reference (HL-2026-000123),
        its Message-ID or its key: the decision, where it was filed, what was sent and a person's correction."""
        key = None
        for sql in ("SELECT message_key FROM refs WHERE reference = ?", "SELECT key FROM messages WHERE key = ?",
                    "SELECT key FROM messages WHERE message_id = ? ORDER BY created DESC LIMIT 1"):
            found = self._query(sql, (_fit(what),))
            if found:
                key = found[0][0]
                break
        rows = key is not None and self._query(
            "SELECT m.key, m.message_id, m.sender, m.subject, m.status, m.attempts, m.error, m.decision, m.folder, "
            "m.flagged, m.model, m.created, m.updated, r.reference FROM messages m "
            f"LEFT JOIN {self._references} r ON r.message_key = m.key WHERE m.key = ?", (key,))
        if not rows:
            return None
        (key, message_id, sender, subject, status, attempts, error, decision, folder, flagged, model, created,
         updated, reference) = rows[0]
        effects = [{"kind": r[0], "recipient": r[1], "out_id": r[2], "status": r[3], "attempts": r[4],
                    "next_try": r[5], "error": r[6] or "", "created": r[7], "updated": r[8]}
                   for r in self._query("SELECT kind, recipient, out_id, status, attempts, next_try, error, created, "
                                        "updated FROM effects WHERE message_key = ? ORDER BY id", (key,))]
        label = self._query("SELECT category, source, created FROM labels WHERE message_key = ?", (key,))
        same = self._query("SELECT COUNT(*) FROM messages WHERE message_id = ?", (message_id,))[0][0] if message_id else 1
        # the first message and its follow-ups share a reference
        shared = self._query(f"SELECT m.message_id, m.key FROM {self._references} r JOIN messages m ON m.key = r.message_key "
                             "WHERE r.reference = ? AND r.message_key <> ? ORDER BY m.created", (reference, key)) \
            if reference else []
        return {"key": key, "message_id": message_id or "", "sender": sender or "", "subject": subject or "",
                "status": status, "attempts": attempts, "error": error or "",
                "decision": json.loads(decision) if decision else None, "folder": folder or "",
                "flagged": bool(flagged), "model": model or "", "created": created, "updated": updated,
                "reference": reference or "", "shared_with": [mid or k for mid, k in shared],
                "effects": effects, "same_message_id": same,
                "label": dict(zip(("category", "source", "created"), label[0])) if label else None}


def _end_try(db, info: dict) -> None:
    """The message's reading and classifying ended (decided, quarantined or failed with an error)."""
    if info.get("digest"):
        db.execute("DELETE FROM tries WHERE digest = ?", (info["digest"],))


def _message_row(r) -> MessageRow:
    return MessageRow(r[0], r[1], r[2], r[3] or "", r[4], bool(r[5]), r[6], json.loads(r[7]) if r[7] else None)


def open_state(cfg: Config, readonly: bool = False) -> Store:
    """The store the config's `state` URL names: an SQLite file or a PostgreSQL database."""
    if cfg.state.scheme == "sqlite":
        path = resolve_path(cfg, cfg.state.path)
        if readonly and not path.exists() and cfg.source == "embedded default":
            raise ConfigError(f"state: {path} does not exist: this is the embedded default's state (no --config, "
                              f"no $TRIAGE_CONFIG, no ./triage.toml here); for a deployed daemon name its config, "
                              f"e.g. --config /etc/triage-daemon/triage.toml")
        return open_store(str(path), readonly=readonly)
    from ..secrets import password

    ep = cfg.state
    conninfo = {"host": ep.host, "port": ep.port, "user": ep.user, "dbname": ep.path or ep.user,
                "password": password(cfg, "state"), **dict(ep.params)}
    try:
        db = PostgresDB(conninfo, readonly=readonly)
    except ImportError:
        raise ConfigError("state: postgresql needs the psycopg package: pip install 'triage-daemon[postgresql]'") from None
    except Exception as exc:  # psycopg.OperationalError and friends; libpq never puts the password in them
        raise StateError(f"state: cannot connect to {ep}: {str(exc).strip().splitlines()[0][:300]}") from None
    return Store(db, readonly=readonly)


def open_store(url_path: str, readonly: bool = False) -> Store:
    if readonly and not Path(url_path).exists():
        raise ConfigError(f"state: {url_path} does not exist yet; run the daemon first")
    return Store(url_path, readonly=readonly)
