"""The two databases the state store runs on: SQLite (a file) and PostgreSQL (a server).

Both take the store's SQL as written for SQLite (`?` placeholders, one schema) and offer the
same few calls: execute, executemany, begin/commit/rollback, a mailbox lease, close. The lease
lets several daemons share one mailbox: whoever holds it works, the others wait on standby.
"""
from __future__ import annotations

import hashlib
import os
import re
import sqlite3
from pathlib import Path


class DatabaseError(Exception):
    """The database refused or lost a statement; the store turns it into a StateError."""


class DatabaseGone(DatabaseError):
    """The database file was deleted or replaced under a running daemon: it must stop."""


def _lease_key(mailbox: str) -> int:
    """A stable signed 64-bit number for a mailbox name (PostgreSQL advisory locks take one)."""
    return int.from_bytes(hashlib.sha256(f"triage-daemon mailbox {mailbox}".encode()).digest()[:8], "big", signed=True)


class SqliteDB:
    errors = (sqlite3.Error,)

    def __init__(self, path: str, readonly: bool = False):
        self.path = path
        self.describe = path
        self._lease_files: dict[str, object] = {}
        if path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
            if not readonly:
                # It keeps whole messages: made readable by its owner alone, whatever the umask (SQLite gives its
                # -wal and -shm files the database file's mode).
                os.close(os.open(path, os.O_CREAT | os.O_RDWR, 0o600))
        uri = f"file:{path}?mode=ro" if readonly else f"file:{path}"
        self.conn = sqlite3.connect(uri if path != ":memory:" else path, uri=path != ":memory:",
                                    timeout=30, isolation_level=None, check_same_thread=False)
        self.conn.execute("PRAGMA busy_timeout=30000")
        self._identity = self._file_identity()
        if not readonly:
            # Before WAL mode: once a database file has its header, auto_vacuum only changes by VACUUM.
            self.conn.execute("PRAGMA auto_vacuum = INCREMENTAL")
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=FULL")

    def create_schema(self, schema: str) -> None:
        # Space freed by pruning is given back with incremental vacuum (set when the file was made);
        # a database made by an earlier version is rebuilt once for it (VACUUM).
        if self.conn.execute("PRAGMA auto_vacuum").fetchone()[0] != 2:
            self.conn.execute("PRAGMA auto_vacuum = INCREMENTAL")
            self.conn.execute("VACUUM")
        self.conn.execute("DROP INDEX IF EXISTS effects_recipient")   # replaced by effects_by_recipient
        self.conn.execute("DROP INDEX IF EXISTS effects_sender")      # replaced by effects_by_sender
        cols = {row[1] for row in self.conn.execute("PRAGMA table_info(effects)")}
        for name in ("sender", "thread"):  # columns later versions added to a store an earlier one made
            if cols and name not in cols:
                self.conn.execute(f"ALTER TABLE effects ADD COLUMN {name} TEXT")
        self.conn.executescript(schema)

    def execute(self, sql: str, args=()):
        return self.conn.execute(sql, args)

    def executemany(self, sql: str, rows) -> None:
        self.conn.executemany(sql, rows)

    def _file_identity(self) -> tuple[int, int] | None:
        if self.path == ":memory:":
            return None
        try:
            st = Path(self.path).stat()
        except OSError:
            return None
        return st.st_dev, st.st_ino

    def check_file(self) -> None:
        """The file we opened is still the one at our path: a deleted or replaced database would let a
        second daemon start on a fresh one beside us and send everything again."""
        if self._identity is not None and self._file_identity() != self._identity:
            raise DatabaseGone(f"the state database {self.path} was deleted or replaced while this daemon was "
                               f"running; stopping (restore it, or restart the daemon on the new file)")

    def begin(self) -> None:
        self.check_file()
        self.conn.execute("BEGIN IMMEDIATE")

    def commit(self) -> None:
        self.conn.execute("COMMIT")

    def rollback(self) -> None:
        try:
            self.conn.execute("ROLLBACK")
        except sqlite3.Error:
            pass

    def reclaim(self) -> None:
        """Give the free pages back to the file system."""
        # Run to completion: a single step (what execute() does) frees a single page.
        self.conn.executescript("PRAGMA incremental_vacuum;")

    def reconnect_if_lost(self) -> bool:
        """At the start of a pass: the file must still be ours. A file does not go away between
        statements otherwise: nothing to reconnect."""
        self.check_file()
        return False

    def try_lease(self, mailbox: str) -> bool:
        """An exclusive lock on a file beside the database, held until close (or the process dies)."""
        import fcntl

        if self.path == ":memory:" or mailbox in self._lease_files:
            return True
        lock_path = Path(f"{self.path}.lease-{_lease_key(mailbox) & 0xFFFFFFFF:08x}")
        fh = open(lock_path, "a+b")
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            fh.close()
            return False
        self._lease_files[mailbox] = fh
        return True

    def close(self) -> None:
        for fh in self._lease_files.values():
            fh.close()
        self._lease_files.clear()
        self.conn.close()


def postgres_schema(schema: str) -> str:
    """The SQLite schema in PostgreSQL's types: 64-bit integers (IMAP UIDs exceed 2^31),
    identity keys, bytea, double precision (PostgreSQL's REAL is only 4 bytes)."""
    schema = schema.replace("INTEGER PRIMARY KEY", "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY")
    schema = re.sub(r"\bINTEGER\b", "BIGINT", schema)
    schema = re.sub(r"\bBLOB\b", "BYTEA", schema)
    return re.sub(r"\bREAL\b", "DOUBLE PRECISION", schema)


class PostgresDB:
    """One connection, in autocommit mode with explicit BEGIN/COMMIT like the SQLite one.

    A lost connection is not silently replaced in the middle of a pass: every statement fails
    until `reconnect_if_lost()` (called at the start of a pass), which also drops the lease, so
    a daemon that lost its connection cannot keep working beside the one that took over.
    """

    def __init__(self, conninfo: dict, readonly: bool = False):
        import psycopg

        self.errors = (psycopg.Error,)
        self._psycopg = psycopg
        self._conninfo = dict(conninfo)
        self._readonly = readonly
        self._leases: set[str] = set()
        where = f"{conninfo.get('host')}:{conninfo.get('port') or 5432}/{conninfo.get('dbname')}"
        self.describe = f"postgresql://{conninfo.get('user') + '@' if conninfo.get('user') else ''}{where}"
        self.conn = self._connect()

    # A dead network path must not keep a lease for hours (the server's own TCP timeout): keepalives
    # notice it within about a minute on both ends. Options in the state URL take precedence.
    DEFAULTS = {"application_name": "triage-daemon", "connect_timeout": "10", "keepalives": "1",
                "keepalives_idle": "30", "keepalives_interval": "10", "keepalives_count": "3",
                "tcp_user_timeout": "60000"}

    def _connect(self):
        options = {**self.DEFAULTS, **{k: v for k, v in self._conninfo.items() if v not in (None, "")}}
        conn = self._psycopg.connect(autocommit=True, **options)
        if self._readonly:
            conn.execute("SET default_transaction_read_only = on")
        return conn

    def create_schema(self, schema: str) -> None:
        with self.conn.transaction():
            # Two daemons starting together must not both create the tables.
            self.conn.execute("SELECT pg_advisory_xact_lock(%s)", (_lease_key("schema"),))
            for statement in schema.split(";"):
                code = "\n".join(ln for ln in statement.splitlines() if not ln.strip().startswith("--")).strip()
                if code:
                    self.conn.execute(code)

    @staticmethod
    def _sql(sql: str) -> str:
        return sql.replace("%", "%%").replace("?", "%s")

    def _live(self):
        if self.conn.closed or self.conn.broken:
            raise DatabaseError(f"the connection to {self.describe} was lost")
        return self.conn

    def execute(self, sql: str, args=()):
        return self._live().execute(self._sql(sql), tuple(args))

    def executemany(self, sql: str, rows) -> None:
        with self._live().cursor() as cur:
            cur.executemany(self._sql(sql), list(rows))

    def begin(self) -> None:
        self._live().execute("BEGIN")

    def commit(self) -> None:
        self._live().execute("COMMIT")

    def rollback(self) -> None:
        try:
            if not self.conn.closed and not self.conn.broken:
                self.conn.execute("ROLLBACK")
        except self._psycopg.Error:
            pass

    def reconnect_if_lost(self) -> bool:
        """True when the connection had dropped and a new one was opened (without any lease)."""
        if not self.conn.closed and not self.conn.broken:
            try:
                self.conn.execute("SELECT 1")  # a server restart is only noticed on use
            except self._psycopg.Error:
                pass
        if self.conn.closed or self.conn.broken:
            self._leases.clear()  # a session's advisory locks die with it
            try:
                self.conn.close()
            except self._psycopg.Error:
                pass
            self.conn = self._connect()
            return True
        return False

    def reclaim(self) -> None:
        """Autovacuum gives the space back."""

    def try_lease(self, mailbox: str) -> bool:
        """A session advisory lock: held while this connection lives, freed if the process dies."""
        if mailbox in self._leases:
            return True
        got = self._live().execute("SELECT pg_try_advisory_lock(%s)", (_lease_key(mailbox),)).fetchone()[0]
        if got:
            self._leases.add(mailbox)
        return bool(got)

    def close(self) -> None:
        self._leases.clear()
        self.conn.close()
