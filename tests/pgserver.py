"""A private PostgreSQL server on 127.0.0.1 for the state-store tests.

Installs Debian's `postgresql` package when it is missing (as the mail servers do, without
starting the system cluster), then runs its own cluster in a temporary directory: initdb,
`postgres` listening on a free loopback port, password (SCRAM) login for the role the daemon
uses. As root, the cluster runs as the package's `postgres` user (PostgreSQL refuses root).
"""
from __future__ import annotations

import glob
import os
import pwd
import secrets
import shutil
import signal
import subprocess
import tempfile
import time
from pathlib import Path

from mailservers import (
    LOOPBACK,
    MailServerError,
    _pid_alive,
    ensure_installed,
    free_ports,
    port_open,
    temp_base,
)

TMP_PREFIX = "triage-pgserver-"
ROLE = "triage"


class PgServerError(RuntimeError):
    """The test PostgreSQL server could not be installed or started."""


def _initdbs() -> list[str]:
    """The installed initdb binaries, oldest major version first."""
    return sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]))


def _bin_dir() -> Path:
    found = _initdbs()
    if not found:
        try:
            ensure_installed(binaries=("pg_ctlcluster",), packages=("postgresql",))
        except MailServerError as exc:
            raise PgServerError(str(exc)) from None
        found = _initdbs()
    if not found:
        raise PgServerError("initdb not found under /usr/lib/postgresql/*/bin after installing postgresql")
    return Path(found[-1]).parent


def reap_stale_servers() -> None:
    """Stop and remove the clusters of earlier test runs that died without cleaning up."""
    for base in Path(temp_base()).glob(f"{TMP_PREFIX}*"):
        try:
            owner = int((base / "owner.pid").read_text())
        except (OSError, ValueError):
            owner = 0
        if owner and _pid_alive(owner):
            continue  # another test session is using it
        try:
            postmaster = int((base / "data" / "postmaster.pid").read_text().split()[0])
            if _pid_alive(postmaster) and "postgres" in Path(f"/proc/{postmaster}/cmdline").read_text(errors="replace"):
                os.kill(postmaster, signal.SIGQUIT)  # immediate shutdown
        except (OSError, ValueError, IndexError):
            pass
        shutil.rmtree(base, ignore_errors=True)


class PgServer:
    def __init__(self):
        self.port = 0
        self.password = secrets.token_urlsafe(18)
        self.base: Path | None = None
        self._proc: subprocess.Popen | None = None
        self._user: str | None = None
        self._bins: Path | None = None

    @property
    def data(self) -> Path:
        return self.base / "data"

    def _run_as(self) -> dict:
        return {"user": self._user} if self._user else {}

    def start(self) -> "PgServer":
        bins = _bin_dir()
        self._user = "postgres" if os.geteuid() == 0 else None
        if self._user:
            try:
                pwd.getpwnam(self._user)
            except KeyError:
                raise PgServerError("running as root but there is no 'postgres' user to run the server") from None
        reap_stale_servers()
        self.base = Path(tempfile.mkdtemp(prefix=TMP_PREFIX, dir=temp_base()))
        (self.base / "owner.pid").write_text(str(os.getpid()))
        self.data.mkdir(mode=0o700)
        if self._user:
            pw = pwd.getpwnam(self._user)
            for path in (self.base, self.data):
                os.chown(path, pw.pw_uid, pw.pw_gid)
        run = subprocess.run([str(bins / "initdb"), "-D", str(self.data), "-U", "postgres", "-A", "trust",
                              "--auth-host=scram-sha-256", "-E", "UTF8", "--locale=C"],
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=120, **self._run_as())
        if run.returncode != 0:
            raise PgServerError(f"initdb failed ({run.returncode}):\n{run.stdout.decode(errors='replace')[-3000:]}")
        # Only TCP on loopback with a password, plus the admin socket in the data directory.
        (self.data / "pg_hba.conf").write_text(
            "local all postgres trust\nhost all all 127.0.0.1/32 scram-sha-256\n", encoding="utf-8")
        self.port = free_ports(1)[0]
        self._bins = bins
        self.start_postgres()
        self.admin(f"CREATE ROLE {ROLE} LOGIN CREATEDB PASSWORD '{self.password}'")
        return self

    def start_postgres(self) -> None:
        """Start the server on its cluster and port (again, after stop_postgres)."""
        if self.running:
            return
        log = open(self.base / "postgres.log", "ab")
        self._proc = subprocess.Popen(
            [str(self._bins / "postgres"), "-D", str(self.data), "-h", LOOPBACK, "-p", str(self.port),
             "-k", str(self.data), "-c", "fsync=off", "-c", "full_page_writes=off", "-c", "max_connections=60"],
            stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True, **self._run_as())
        log.close()
        deadline = time.monotonic() + 60
        while not port_open(self.port):
            if self._proc.poll() is not None or time.monotonic() > deadline:
                raise PgServerError(f"postgres did not start:\n{self.logs()}")
            time.sleep(0.1)
        self.admin("SELECT 1")  # it accepts logins (not only connections: "the database system is starting up")

    def stop_postgres(self) -> None:
        """Stop the server at once (every connection is cut), keeping its data for start_postgres."""
        if not self.running:
            return
        os.killpg(self._proc.pid, signal.SIGINT)  # fast shutdown: sessions are terminated
        try:
            self._proc.wait(60)
        except subprocess.TimeoutExpired:
            os.killpg(self._proc.pid, signal.SIGQUIT)
            self._proc.wait(20)

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    def admin(self, sql: str, dbname: str = "postgres") -> None:
        """Run SQL as the superuser over the data directory's socket."""
        import psycopg

        deadline = time.monotonic() + 20
        while True:
            try:
                with psycopg.connect(host=str(self.data), port=self.port, user="postgres", dbname=dbname,
                                     autocommit=True) as conn:
                    conn.execute(sql)
                return
            except psycopg.OperationalError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)

    def create_database(self, name: str | None = None) -> str:
        name = name or f"t_{secrets.token_hex(6)}"
        self.admin(f"CREATE DATABASE {name} OWNER {ROLE} TEMPLATE template0")
        return name

    def url(self, dbname: str) -> str:
        return f"postgresql://{ROLE}@{LOOPBACK}:{self.port}/{dbname}"

    def logs(self) -> str:
        try:
            return (self.base / "postgres.log").read_text(errors="replace")[-4000:]
        except (OSError, TypeError):
            return ""

    def stop(self) -> None:
        if self._proc and self._proc.poll() is None:
            os.killpg(self._proc.pid, signal.SIGINT)  # fast shutdown
            try:
                self._proc.wait(20)
            except subprocess.TimeoutExpired:
                os.killpg(self._proc.pid, signal.SIGKILL)
                self._proc.wait(10)
        if self.base:
            shutil.rmtree(self.base, ignore_errors=True)
