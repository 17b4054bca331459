"""The state store (SQLite or PostgreSQL): messages seen, decisions with reasons, effects with their status."""
from __future__ import annotations

import json
import sqlite3
import threading
import time
import zlib
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from ..config import Config, ConfigError, resolve_path
from .databases import DatabaseError, PostgresDB, SqliteDB, postgres_schema

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
    kind         TEXT NOT NULL,            -- reply | product | forward | csm
    recipient    TEXT NOT NULL,
    sender       TEXT,                     -- who wrote the original (for the per-sender caps)
    thread       TEXT,                     -- the original's thread (one automatic reply per thread)
    out_id       TEXT NOT NULL,
    payload      BLOB NOT NULL,
    status       TEXT NOT NULL,            -- pending | sending | sent | failed
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
CREATE TABLE IF NOT EXISTS meta (
    name         TEXT PRIMARY KEY,
    value        TEXT
);
"""

REPLY_KINDS = ("reply", "product")
# Characters kept of a text that goes into an index: PostgreSQL refuses an index entry over ~2.7 kB,
# and a hostile Message-ID or address must not stop every pass. Lookups cut their argument alike.
MAX_INDEXED = 500


def _fit(value):
    return value[:MAX_INDEXED] if isinstance(value, str) else value


def _fit_info(info: dict | None) -> dict:
    return {k: _fit(v) for k, v in (info or {}).items()}
DAY = 86400.0


class StateError(Exception):
    """The state store cannot be opened or written; nothing may be sent until it can."""


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
    payload: bytes
    status: str
    attempts: int
    next_try: float = 0.0


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
        if not readonly:
            try:
                self.db.create_schema(SCHEMA if isinstance(self.db, SqliteDB) else postgres_schema(SCHEMA))
            except (*self.db.errors, DatabaseError, OSError) as exc:
                self.db.close()
                raise StateError(f"state: cannot open {self.path}: {exc}") from None

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
                raise StateError(f"state: cannot write {self.path}: {exc}") from None
            except BaseException:
                self.db.rollback()
                raise

    def _query(self, sql: str, args=()) -> list[tuple]:
        with self._lock:
            try:
                return self.db.execute(sql, args).fetchall()
            except (*self.db.errors, DatabaseError) as exc:
                raise StateError(f"state: cannot read {self.path}: {exc}") from None

    def reconnect_if_lost(self) -> bool:
        """At the start of a pass: a database connection that dropped is opened again (True then)."""
        with self._lock:
            try:
                return self.db.reconnect_if_lost()
            except (*self.db.errors, DatabaseError, OSError) as exc:
                raise StateError(f"state: cannot reach {self.path}: {exc}") from None

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
                db.execute("INSERT INTO effects (message_key, kind, recipient, sender, thread, out_id, "
                           "payload, status, created, updated) VALUES (?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?) "
                           "ON CONFLICT (message_key, kind) DO NOTHING",
                           (key, kind, _fit(recipient.lower()), info.get("sender"), info.get("thread"), out_id, payload,
                            now, now))

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

    def set_ref(self, key: str, ref: str) -> None:
        with self.tx() as db:
            db.execute("UPDATE messages SET ref = ?, updated = ? WHERE key = ?", (ref, time.time(), key))

    # --- effects --------------------------------------------------------------------------
    def effects_for(self, key: str) -> list[EffectRow]:
        rows = self._query("SELECT id, message_key, kind, recipient, out_id, payload, status, attempts, next_try "
                           "FROM effects WHERE message_key = ? ORDER BY id", (key,))
        return [EffectRow(*r) for r in rows]

    def due_effects(self, now: float | None = None) -> list[EffectRow]:
        rows = self._query("SELECT id, message_key, kind, recipient, out_id, payload, status, attempts, next_try "
                           "FROM effects WHERE status IN ('pending', 'sending') AND next_try <= ? ORDER BY id",
                           (now if now is not None else time.time(),))
        return [EffectRow(*r) for r in rows]

    def effect_status(self, effect_id: int, status: str, error: str = "", retry_in: float = 0.0,
                      now: float | None = None) -> None:
        now = time.time() if now is None else now
        with self.tx() as db:
            db.execute("UPDATE effects SET status = ?, error = ?, next_try = ?, updated = ?, "
                       "attempts = attempts + ? WHERE id = ?",
                       (status, error[:1000], now + retry_in, now, int(status == "sending"), effect_id))
            if status == "failed" or error:
                db.execute("INSERT INTO events (at, kind, detail) VALUES (?, ?, ?)",
                           (now, "send_failed" if status == "failed" else "send_retry", error[:500]))

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
        return self._query("SELECT COUNT(*) FROM (SELECT 1 FROM effects WHERE recipient = ? AND created >= ? "
                           "AND kind IN ('reply', 'product') AND status != 'failed' LIMIT ?) AS capped",
                           (_fit(recipient.lower()), since, limit))[0][0]

    def forwards_from(self, sender: str, since: float, limit: int = 1_000_000) -> int:
        return self._query("SELECT COUNT(*) FROM (SELECT 1 FROM effects WHERE sender = ? AND kind = 'forward' "
                           "AND created >= ? AND status != 'failed' LIMIT ?) AS capped", (_fit(sender), since, limit))[0][0]

    def replied_in_thread(self, recipient: str, thread: str) -> bool:
        return bool(self._query("SELECT 1 FROM effects WHERE thread = ? AND recipient = ? "
                                "AND kind IN ('reply', 'product') AND status != 'failed' LIMIT 1",
                                (_fit(thread), _fit(recipient.lower()))))

    def sent_any_of(self, ids: list[str]) -> bool:
        ids = [_fit(i) for i in ids if i][:100]
        if not ids:
            return False
        marks = ",".join("?" * len(ids))
        return bool(self._query(f"SELECT 1 FROM effects WHERE out_id IN ({marks}) LIMIT 1", ids))

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

    def queue_depth(self) -> int:
        return self._query("SELECT COUNT(DISTINCT message_key) FROM effects WHERE status IN ('pending', 'sending')")[0][0]

    def summary(self) -> dict:
        by_status = dict(self._query("SELECT status, COUNT(*) FROM messages GROUP BY status"))
        by_category = dict(self._query("SELECT category, COUNT(*) FROM messages WHERE category IS NOT NULL "
                                       "GROUP BY category"))
        actions: dict[str, int] = {}
        for (acts,) in self._query("SELECT actions FROM messages WHERE actions IS NOT NULL"):
            for a in acts.split(","):
                actions[a] = actions.get(a, 0) + 1
        effects = dict(self._query("SELECT status, COUNT(*) FROM effects GROUP BY status"))
        errors = dict(self._query("SELECT kind, COUNT(*) FROM events GROUP BY kind"))
        return {"messages": by_status, "categories": by_category, "actions": actions, "effects": effects,
                "events": errors, "queue_depth": self.queue_depth(), "last_pass": self.get_meta("last_pass"),
                "model": self.get_meta("model_version")}


def _message_row(r) -> MessageRow:
    return MessageRow(r[0], r[1], r[2], r[3] or "", r[4], bool(r[5]), r[6], json.loads(r[7]) if r[7] else None)


def open_state(cfg: Config, readonly: bool = False) -> Store:
    """The store the config's `state` URL names: an SQLite file or a PostgreSQL database."""
    if cfg.state.scheme == "sqlite":
        return open_store(str(resolve_path(cfg, cfg.state.path)), readonly=readonly)
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
