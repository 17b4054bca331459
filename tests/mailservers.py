"""A real, private Dovecot (IMAP + LMTP) and Postfix for the test suite.

Everything listens on 127.0.0.1 only, on free high ports picked at start-up, and lives in one
temporary directory (configuration, queue, mail, logs).  Nothing of the system-wide Dovecot or
Postfix configuration is used, and no system-wide instance is started or stopped.

    servers = MailServers()
    servers.start()
    servers.submit(raw_bytes, to=["alice@example.com"])     # over SMTP, through Postfix
    servers.deliver("alice@example.com", raw_bytes)         # straight into Dovecot over LMTP
    with servers.imap("alice@example.com") as client: ...   # a logged-in imapclient.IMAPClient
    servers.wait_for_mail("alice@example.com", count=1)     # -> [raw bytes, ...]
    servers.stop()

Misbehaving on purpose, per test (``reset_all()``, which the ``clean_mail`` fixture calls, undoes it):
``servers.set_recipient_access({"support@goodtime.io": "450 4.2.1 busy"})`` makes Postfix answer RCPT TO
for those addresses so; ``servers.drop_imap_capabilities("MOVE")`` restarts Dovecot without advertising
them; ``servers.configure_dovecot(lines)`` and ``servers.configure_postfix(lines)`` restart them with extra
settings. ``servers.record_protocol(user)``
keeps Dovecot's raw protocol log of the user's sessions, read back with ``servers.imap_commands(user)``.
``servers.deliveries(users)`` counts every delivered copy by Message-ID (the servers keep every delivery).

TLS: at start a private test CA (``servers.ca_file``) signs a certificate for 127.0.0.1 and
localhost. Dovecot offers STARTTLS on ``imap_port`` (plaintext login stays allowed there) and
speaks TLS from the start on ``imaps_port``; Postfix offers STARTTLS on ``smtp_port`` and
speaks TLS from the start (wrapper mode) on ``smtps_port``. ``servers.ssl_context()`` trusts
the test CA; ``servers.imaps(user)`` is a logged-in client over ``imaps_port``.

OAuth2: ``servers.oauth2`` is a small authorisation server on 127.0.0.1 (tests/oauth2server.py)
that issues access tokens (``servers.oauth2.issue(user)``, or ``POST /token``, which the token
command tests/oauth2_token.py calls) and answers token introspection. Dovecot's oauth2 passdb
checks XOAUTH2 and OAUTHBEARER logins against it on every login, and Postfix's submission port
(``submission_port``: STARTTLS required, AUTH through Dovecot's SASL on ``auth_port``, relaying
only for authenticated clients) accepts the same tokens, so a token logs in over IMAP and SMTP.

Needs root (the machine and CI run as root): Dovecot's master must start as root, the mail is
stored as the system user ``vmail`` (created if missing), and the Debian packages are installed
with apt-get when the binaries are missing.
"""

from __future__ import annotations

import atexit
import contextlib
import grp
import ipaddress
import os
import pwd
import secrets
import shutil
import signal
import smtplib
import socket
import ssl
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import imapclient

LOOPBACK = "127.0.0.1"
DOMAINS = ("example.com", "goodtime.io")
USERS = (
    "helpline@example.com",
    "support@goodtime.io",
    "csm@example.com",
    "alice@example.com",
    "bob@example.com",
    "dana.cho@example.com",   # the sender of the sample question and of the tests' hostile messages
)
MAIL_USER = "vmail"
APT_PACKAGES = ("dovecot-imapd", "dovecot-lmtpd", "postfix")
# Where the binaries are looked for besides $PATH (a CI shell may lack the sbin directories).
SBIN_DIRS = ("/usr/sbin", "/usr/local/sbin", "/sbin")
TMP_PREFIX = "triage-mailservers-"
START_TIMEOUT = 20.0
STOP_TIMEOUT = 15.0


class MailServerError(RuntimeError):
    """The test mail servers could not be installed, started or stopped."""


# --------------------------------------------------------------------------- helpers


def find_binary(name: str) -> str | None:
    path = os.environ.get("PATH", "") + os.pathsep + os.pathsep.join(SBIN_DIRS)
    return shutil.which(name, path=path)


POLICY_RC_D = Path("/usr/sbin/policy-rc.d")


def ensure_installed(binaries=("dovecot", "postfix"), packages=APT_PACKAGES) -> dict[str, str]:
    """Return {name: path} for the binaries, installing the Debian packages if one is missing.

    While installing, a policy-rc.d (if the machine has none) stops the packages from starting
    the system-wide Dovecot and Postfix; the tests only ever run their own private instances.
    """
    missing = [b for b in binaries if find_binary(b) is None]
    if missing:
        if os.geteuid() != 0:
            raise MailServerError(
                f"{', '.join(missing)} not installed and not running as root: "
                f"install the packages {' '.join(packages)}"
            )
        apt = find_binary("apt-get")
        if apt is None:
            raise MailServerError(f"{', '.join(missing)} not installed and apt-get not found")
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        own_policy = False
        try:
            if not POLICY_RC_D.exists():
                POLICY_RC_D.write_text("#!/bin/sh\n# triage-daemon tests: no service starts\nexit 101\n")
                POLICY_RC_D.chmod(0o755)
                own_policy = True
            for cmd in ([apt, "update"], [apt, "install", "-y", *packages]):
                proc = subprocess.run(cmd, env=env, stdin=subprocess.DEVNULL,
                                      stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                      timeout=900)
                if proc.returncode != 0:
                    tail = proc.stdout.decode(errors="replace")[-3000:]
                    raise MailServerError(f"{' '.join(cmd)} failed ({proc.returncode}):\n{tail}")
        finally:
            if own_policy:
                POLICY_RC_D.unlink(missing_ok=True)
    found = {b: find_binary(b) for b in binaries}
    still = [b for b, p in found.items() if p is None]
    if still:
        raise MailServerError(
            f"{', '.join(still)} still not found after installing {' '.join(packages)}")
    return found


def ensure_mail_user(name: str = MAIL_USER) -> tuple[int, int]:
    """The dedicated system user that owns the mail (Dovecot refuses root for mail)."""
    try:
        pw = pwd.getpwnam(name)
    except KeyError:
        useradd = find_binary("useradd")
        if useradd is None:
            raise MailServerError("useradd not found: cannot create the mail user") from None
        try:
            grp.getgrnam(name)
            group = ["--gid", name]
        except KeyError:
            group = ["--user-group"]
        proc = subprocess.run(
            [useradd, "--system", *group, "--no-create-home",
             "--home-dir", "/nonexistent", "--shell", "/usr/sbin/nologin", name],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        try:
            pw = pwd.getpwnam(name)  # (a concurrent run may have created it meanwhile)
        except KeyError:
            raise MailServerError(
                f"useradd {name} failed ({proc.returncode}): "
                f"{proc.stdout.decode(errors='replace')}") from None
    return pw.pw_uid, pw.pw_gid


def temp_base() -> str:
    """A temp directory the unprivileged Dovecot/Postfix processes can traverse."""
    base = Path(tempfile.gettempdir()).resolve()
    for part in (base, *base.parents):
        try:
            if not part.stat().st_mode & 0o001:
                return "/tmp"
        except OSError:
            return "/tmp"
    return str(base)


def free_ports(n: int) -> list[int]:
    """n distinct free TCP ports on 127.0.0.1 (all held open together so they differ)."""
    socks = []
    try:
        for _ in range(n):
            s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            s.bind((LOOPBACK, 0))
            socks.append(s)
        return [s.getsockname()[1] for s in socks]
    finally:
        for s in socks:
            s.close()


def port_open(port: int, host: str = LOOPBACK, timeout: float = 0.5) -> bool:
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return True
    except OSError:
        return False


def read_banner(port: int, timeout: float = 2.0, context: ssl.SSLContext | None = None) -> bytes:
    """The server's first bytes; with `context`, read through TLS from the start (imaps, smtps)."""
    with socket.create_connection((LOOPBACK, port), timeout=timeout) as s:
        if context is None:
            return s.recv(512)
        with context.wrap_socket(s, server_hostname=LOOPBACK) as t:
            return t.recv(512)


TLS_NAMES = ("127.0.0.1", "localhost")
CERT_DAYS = 2


def make_test_ca(directory: Path, names=TLS_NAMES) -> dict[str, Path]:
    """A private CA and a server certificate it signed for `names` (IP addresses or DNS names).

    Uses the openssl command line. Returns {"ca": CA cert, "cert": server cert, "key": server
    key}; the CA's key is deleted at once (nothing else is ever signed with it).
    The certificates meet Python's VERIFY_X509_STRICT (key identifiers, critical CA flag).
    """
    openssl = find_binary("openssl") or ensure_installed(("openssl",), ("openssl",)).get("openssl")
    if openssl is None:
        raise MailServerError("openssl not found: cannot make the test certificates")
    directory.mkdir(parents=True, exist_ok=True)
    directory.chmod(0o755)
    ca_key, ca_cert = directory / "ca.key", directory / "ca.pem"
    key, csr, cert = directory / "server.key", directory / "server.csr", directory / "server.pem"
    ext = directory / "server.ext"
    sans = []
    for name in names:
        try:
            ipaddress.ip_address(name)
            sans.append(f"IP:{name}")
        except ValueError:
            sans.append(f"DNS:{name}")
    ext.write_text(
        "basicConstraints = critical, CA:FALSE\n"
        "keyUsage = critical, digitalSignature\n"
        "extendedKeyUsage = serverAuth\n"
        f"subjectAltName = {', '.join(sans)}\n"
        "subjectKeyIdentifier = hash\n"
        "authorityKeyIdentifier = keyid:always\n")
    ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
    steps = [
        [openssl, "req", "-x509", *ec, "-keyout", str(ca_key), "-out", str(ca_cert),
         "-days", str(CERT_DAYS), "-subj", "/O=triage-daemon tests/CN=triage-daemon test CA",
         "-addext", "basicConstraints=critical,CA:TRUE",
         "-addext", "keyUsage=critical,keyCertSign,cRLSign",
         "-addext", "subjectKeyIdentifier=hash"],
        [openssl, "req", "-new", *ec, "-keyout", str(key), "-out", str(csr),
         "-subj", f"/O=triage-daemon tests/CN={names[0]}"],
        [openssl, "x509", "-req", "-in", str(csr), "-CA", str(ca_cert), "-CAkey", str(ca_key),
         "-CAcreateserial", "-days", str(CERT_DAYS), "-sha256", "-extfile", str(ext),
         "-out", str(cert)],
    ]
    try:
        for cmd in steps:
            proc = subprocess.run(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                  stderr=subprocess.STDOUT, timeout=60)
            if proc.returncode != 0:
                raise MailServerError(f"{' '.join(cmd[:3])} failed ({proc.returncode}): "
                                      f"{proc.stdout.decode(errors='replace')[-2000:]}")
    finally:
        for leftover in (ca_key, csr, ext, directory / "ca.srl"):
            leftover.unlink(missing_ok=True)
    key.chmod(0o600)  # read by the Dovecot and Postfix masters, which run as root
    for public in (ca_cert, cert):
        public.chmod(0o644)
    return {"ca": ca_cert, "cert": cert, "key": key}


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # a zombie is not alive
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""


def _tail(path: Path, limit: int = 4000) -> str:
    try:
        data = path.read_bytes()
    except OSError:
        return ""
    return data[-limit:].decode(errors="replace")


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _exe(pid: int) -> str:
    try:
        return os.path.realpath(f"/proc/{pid}/exe")
    except OSError:
        return ""


def reap_stale_instances() -> None:
    """Stop servers left behind by an earlier test run that died without cleaning up.

    Normally the supervisors make this unnecessary; it matters only if a supervisor itself was
    SIGKILLed. Only instances under our own temp prefix whose owning test process is gone are
    touched, and only processes named by that instance's own pid files and running the Dovecot
    or Postfix master binary (or our supervisor).
    """
    base = Path(temp_base())
    masters = {"dovecot", "master"}
    for root in base.glob(TMP_PREFIX + "*"):
        try:
            owner = int((root / "owner.pid").read_text().strip())
        except (OSError, ValueError):
            continue
        if _pid_alive(owner):
            continue  # a live test session (maybe a concurrent one) owns it
        for pidfile in (root / "dovecot" / "run" / "master.pid",
                        root / "postfix" / "queue" / "pid" / "master.pid",
                        root / "dovecot.pid", root / "postfix.pid"):
            try:
                pid = int(pidfile.read_text().split()[0])
            except (OSError, ValueError, IndexError):
                continue
            if not _pid_alive(pid):
                continue
            is_master = os.path.basename(_exe(pid)) in masters
            is_ours = "supervise" in _cmdline(pid) and str(root) in _cmdline(pid)
            if not (is_master or is_ours):
                continue
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGTERM)
            deadline = time.monotonic() + 5
            while _pid_alive(pid) and time.monotonic() < deadline:
                time.sleep(0.05)
        shutil.rmtree(root, ignore_errors=True)


# --------------------------------------------------------------------------- the servers


class MailServers:
    """A private Dovecot (IMAP + LMTP) and a Postfix delivering into it over LMTP."""

    def __init__(self, users=USERS, domains=DOMAINS):
        self.users = tuple(u.lower() for u in users)
        self.domains = tuple(domains)
        self.imap_host = LOOPBACK
        self.smtp_host = LOOPBACK
        self.imap_port = self.lmtp_port = self.smtp_port = 0
        self.imaps_port = self.smtps_port = 0
        self.auth_port = self.submission_port = 0
        self.oauth2 = None  # OAuth2Server, once started
        # The private test CA's certificate (PEM), and the servers' certificate and key.
        self.ca_file: str | None = None
        self.cert_file: str | None = None
        self.key_file: str | None = None
        self._passwords = {u: secrets.token_urlsafe(12) for u in self.users}
        self.root: Path | None = None
        self._dovecot: subprocess.Popen | None = None
        self._postfix: subprocess.Popen | None = None
        self._bins: dict[str, str] = {}
        self._atexit_registered = False
        self._mail_ids = (0, 0)
        self._dovecot_extra = ""                       # settings a test added (configure_dovecot)
        self._default_capabilities: list[str] | None = None
        self._recipient_access: dict[str, str] = {}    # address -> Postfix reply (set_recipient_access)
        self._postfix_extra = ""                       # main.cf lines a test added (configure_postfix)

    # ---------------------------------------------------------------- paths

    @property
    def dovecot_conf(self) -> Path:
        return self.root / "dovecot" / "dovecot.conf"

    @property
    def postfix_dir(self) -> Path:
        return self.root / "postfix" / "etc"

    @property
    def mail_dir(self) -> Path:
        return self.root / "mail"

    def maildir(self, user: str) -> Path:
        local, domain = user.lower().split("@", 1)
        return self.mail_dir / domain / local

    @property
    def dovecot_log(self) -> Path:
        return self.root / "dovecot" / "dovecot.log"

    @property
    def postfix_log(self) -> Path:
        return self.root / "postfix" / "postfix.log"

    def logs(self) -> str:
        """The tail of both servers' logs (for failure messages)."""
        if self.root is None:
            return ""
        return ("--- dovecot log ---\n" + _tail(self.dovecot_log)
                + _tail(self.root / "dovecot" / "stderr.log")
                + "\n--- postfix log ---\n" + _tail(self.postfix_log))

    # ---------------------------------------------------------------- lifecycle

    def password(self, user: str) -> str:
        return self._passwords[user.lower()]

    def start(self) -> "MailServers":
        if self.root is not None:
            raise MailServerError("already started")
        reap_stale_instances()
        self._bins = ensure_installed(("dovecot", "postfix", "doveconf"))
        self._bins["postsuper"] = find_binary("postsuper") or "postsuper"
        self._bins["postqueue"] = find_binary("postqueue") or "postqueue"
        uid, gid = ensure_mail_user()
        self._mail_ids = (uid, gid)
        for needed in ("dovenull", "dovecot", "postfix"):
            try:
                pwd.getpwnam(needed)
            except KeyError:
                raise MailServerError(f"system user {needed!r} missing (package broken?)") from None

        if not self._atexit_registered:
            atexit.register(self.stop)
            self._atexit_registered = True
        from oauth2server import OAuth2Server  # here: the supervisor runs this file without tests/ on its path
        self.oauth2 = OAuth2Server().start()
        for attempt in range(3):
            try:
                self._start_once(uid, gid)
                return self
            except MailServerError as exc:
                # A free port picked here was taken by someone else before the server bound it.
                if "Address already in use" not in str(exc) or attempt == 2:
                    raise
        return self

    def _start_once(self, uid: int, gid: int) -> None:
        self.root = Path(tempfile.mkdtemp(prefix=TMP_PREFIX, dir=temp_base()))
        try:
            # mkdtemp makes 0700: the login, auth and mail processes run unprivileged.
            self.root.chmod(0o755)
            (self.root / "owner.pid").write_text(f"{os.getpid()}\n")
            (self.imap_port, self.lmtp_port, self.smtp_port,
             self.imaps_port, self.smtps_port, self.auth_port, self.submission_port) = free_ports(7)
            tls = make_test_ca(self.root / "tls")
            self.ca_file, self.cert_file, self.key_file = map(str, (tls["ca"], tls["cert"], tls["key"]))
            self._write_dovecot_config(uid, gid)
            self._write_postfix_config()
            self.start_dovecot()
            self.start_postfix()
        except BaseException:
            self.stop()
            raise

    def stop(self) -> None:
        """Stop both servers and remove the temporary directory. Safe to call twice."""
        errors = []
        for step in (self.stop_postfix, self.stop_dovecot):
            try:
                step()
            except Exception as exc:  # keep going: the other server must stop too
                errors.append(exc)
        if self.root is not None:
            shutil.rmtree(self.root, ignore_errors=True)
            self.root = None
        if self.oauth2 is not None:
            self.oauth2.stop()
            self.oauth2 = None
        if errors:
            raise MailServerError("; ".join(map(str, errors)))

    # ---------------------------------------------------------------- dovecot

    def _write_dovecot_config(self, uid: int, gid: int) -> None:
        d = self.root / "dovecot"
        for sub in ("run", "state"):
            (d / sub).mkdir(parents=True, exist_ok=True)
        d.chmod(0o755)
        for sub in (self.mail_dir, self.root / "home"):
            sub.mkdir(mode=0o750, exist_ok=True)
            os.chown(sub, uid, gid)

        users = d / "users"
        users.write_text("".join(f"{u}:{{PLAIN}}{p}::::::\n" for u, p in self._passwords.items()))
        # read by the auth process, which runs as the 'dovecot' user
        os.chown(users, 0, grp.getgrnam("dovecot").gr_gid)
        users.chmod(0o640)
        # Dovecot 2.3's oauth2 passdb: every XOAUTH2/OAUTHBEARER login asks the test's authorisation
        # server (RFC 7662 introspection); the token must be active and name the user logging in.
        oauth2 = d / "dovecot-oauth2.conf.ext"
        oauth2.write_text(
            "introspection_mode = post\n"
            f"introspection_url = {self.oauth2.url}/introspect\n"
            "username_attribute = username\n"
            "active_attribute = active\n"
            "active_value = true\n"
            "force_introspection = yes\n")
        os.chown(oauth2, 0, grp.getgrnam("dovecot").gr_gid)
        oauth2.chmod(0o640)

        r = self.root
        conf = f"""\
# Private Dovecot for the triage-daemon test suite (generated; loopback only).
instance_name = triage-test-{r.name}
base_dir = {d}/run
state_dir = {d}/state
protocols = imap lmtp
listen = {LOOPBACK}
log_path = {d}/dovecot.log
# TLS: STARTTLS is offered on the imap port, plaintext login stays allowed there (the plain
# tests log in without TLS); the imaps port speaks TLS from the start.
ssl = yes
ssl_cert = <{self.cert_file}
ssl_key = <{self.key_file}
ssl_min_protocol = TLSv1.2
disable_plaintext_auth = no
# The default login line plus the local port, so a test can tell imap from imaps logins; the
# line says "TLS" for a login over TLS (imaps or after STARTTLS), "secured" for plaintext.
login_log_format_elements = user=<%u> method=%m rip=%r lip=%l lport=%{{lport}} mpid=%e %c session=<%{{session}}>
auth_mechanisms = plain login oauthbearer xoauth2
auth_failure_delay = 0
mail_location = maildir:{r}/mail/%d/%n
mail_uid = {uid}
mail_gid = {gid}
first_valid_uid = {uid}
last_valid_uid = {uid}
first_valid_gid = {gid}
last_valid_gid = {gid}
mail_max_userip_connections = 200
mailbox_idle_check_interval = 1 secs
recipient_delimiter = +
lmtp_save_to_detail_mailbox = no
postmaster_address = postmaster@{self.domains[0]}

passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%Lu {users}
}}
passdb {{
  driver = oauth2
  mechanisms = xoauth2 oauthbearer
  args = {oauth2}
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={r}/home/%d/%n
}}

namespace inbox {{
  inbox = yes
  separator = /
  mailbox Drafts {{
    special_use = \\Drafts
  }}
  mailbox Junk {{
    special_use = \\Junk
  }}
  mailbox Sent {{
    special_use = \\Sent
  }}
  mailbox Trash {{
    special_use = \\Trash
  }}
}}

service imap-login {{
  inet_listener imap {{
    address = {LOOPBACK}
    port = {self.imap_port}
  }}
  inet_listener imaps {{
    address = {LOOPBACK}
    port = {self.imaps_port}
    ssl = yes
  }}
}}
# No auth penalty: after a failed login Dovecot otherwise delays every login from 127.0.0.1
# by 2-15 s, and the tests all come from 127.0.0.1 (mode 0 = auth cannot reach anvil for it).
service anvil {{
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
service lmtp {{
  inet_listener lmtp {{
    address = {LOOPBACK}
    port = {self.lmtp_port}
  }}
}}
# Postfix's submission port authenticates through this (smtpd_sasl_type = dovecot).
service auth {{
  inet_listener auth-postfix {{
    address = {LOOPBACK}
    port = {self.auth_port}
  }}
}}
# The raw IMAP protocol of a user's sessions, only once a test made the user's folder (record_protocol).
protocol imap {{
  rawlog_dir = {r}/rawlog/%u
}}
"""
        if self._dovecot_extra:
            conf += "# Added by the test in progress (configure_dovecot):\n" + self._dovecot_extra + "\n"
        self.dovecot_conf.write_text(conf)
        check = subprocess.run([self._bins["doveconf"], "-c", str(self.dovecot_conf), "-n"],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        if check.returncode != 0:
            raise MailServerError(
                "the generated Dovecot configuration is rejected:\n"
                + check.stdout.decode(errors="replace"))

    def start_dovecot(self) -> None:
        if self.dovecot_running:
            return
        d = self.root / "dovecot"
        self._dovecot = _spawn_supervised(
            [self._bins["dovecot"], "-F", "-c", str(self.dovecot_conf)], d / "stderr.log")
        (self.root / "dovecot.pid").write_text(f"{self._dovecot.pid}\n")
        self._wait_ready("Dovecot", self._dovecot, (
            (self.imap_port, b"* OK"), (self.lmtp_port, b"220"), (self.imaps_port, b"* OK", True),
            (self.auth_port, b"VERSION")))

    def stop_dovecot(self) -> None:
        proc, self._dovecot = self._dovecot, None
        if proc is None:
            return
        was_running = proc.poll() is None
        _stop_supervised(proc)
        if was_running:
            self._wait_ports_closed("Dovecot", (self.imap_port, self.lmtp_port, self.imaps_port, self.auth_port))

    @property
    def dovecot_running(self) -> bool:
        return self._dovecot is not None and self._dovecot.poll() is None

    def restart_dovecot(self) -> None:
        self.stop_dovecot()
        self.start_dovecot()

    def configure_dovecot(self, extra: str = "") -> None:
        """Restart Dovecot with `extra` (dovecot.conf lines) after the suite's own settings; "" restores them."""
        if extra == self._dovecot_extra and self.dovecot_running:
            return
        self._dovecot_extra = extra
        self._write_dovecot_config(*self._mail_ids)
        self.restart_dovecot()

    def imap_capabilities(self) -> list[str]:
        """What the suite's Dovecot advertises after login, as it is configured by default."""
        if self._default_capabilities is None:
            self.configure_dovecot("")
            with self.imap(self.users[0]) as client:
                self._default_capabilities = [c.decode() for c in client.capabilities()]
        return list(self._default_capabilities)

    def drop_imap_capabilities(self, *names: str) -> None:
        """Restart Dovecot advertising (imap_capability) all it does by default except `names`."""
        drop = {n.upper() for n in names}
        keep = [c for c in self.imap_capabilities() if c.upper() not in drop]
        self.configure_dovecot("protocol imap {\n  imap_capability = " + " ".join(keep) + "\n}")

    def record_protocol(self, user: str) -> None:
        """From the next login on, Dovecot writes the raw protocol of the user's IMAP sessions."""
        folder = self.root / "rawlog" / user.lower()
        folder.mkdir(parents=True, exist_ok=True)
        for path in (folder.parent, folder):
            os.chown(path, *self._mail_ids)
            path.chmod(0o700)

    def imap_commands(self, user: str) -> list[str]:
        """The commands the user's clients sent after login, in time order, without their tags (e.g.
        'UID MOVE 3 Triage/Bug'). Each line of Dovecot's log reads "<time> <tag> <command>"."""
        folder = self.root / "rawlog" / user.lower()
        lines = []
        for path in folder.glob("*.in"):
            for line in path.read_bytes().decode(errors="replace").splitlines():
                parts = line.split(" ", 2)
                if len(parts) == 3:
                    try:
                        lines.append((float(parts[0]), parts[2]))
                    except ValueError:
                        pass  # a continuation line (a literal, e.g. APPEND's message)
        return [command for _, command in sorted(lines, key=lambda item: item[0])]

    # ---------------------------------------------------------------- postfix

    def _write_postfix_config(self) -> None:
        p = self.root / "postfix"
        etc, queue, data = p / "etc", p / "queue", p / "data"
        for sub in (etc, queue, data):
            sub.mkdir(parents=True, exist_ok=True)
        p.chmod(0o755)
        queue.chmod(0o755)
        pf = pwd.getpwnam("postfix")
        os.chown(data, pf.pw_uid, pf.pw_gid)  # Postfix wants data_directory owned by mail_owner
        data.chmod(0o700)
        nowhere = "error:5.7.1 the test Postfix delivers only to its own Dovecot"
        main_cf = f"""\
# Private Postfix for the triage-daemon test suite (generated; loopback only).
compatibility_level = 3.6
queue_directory = {queue}
data_directory = {data}
mail_owner = postfix
myhostname = mail.triage-test.localhost
mydomain = triage-test.localhost
myorigin = $myhostname
mydestination =
inet_interfaces = {LOOPBACK}
inet_protocols = ipv4
mynetworks = 127.0.0.0/8
relay_domains =
virtual_mailbox_domains = {' '.join(self.domains)}
virtual_transport = lmtp:inet:{LOOPBACK}:{self.lmtp_port}
# Never any mail off this machine: everything outside the test domains fails at once.
default_transport = {nowhere}
relay_transport = {nowhere}
local_transport = {nowhere}
alias_maps =
alias_database =
smtpd_relay_restrictions = permit_mynetworks, reject_unauth_destination
# Replies a test chose for some recipients (set_recipient_access): 4xx and 5xx from a real server.
smtpd_recipient_restrictions = check_recipient_access texthash:{etc}/recipient_access
smtpd_peername_lookup = no
smtpd_banner = $myhostname ESMTP
biff = no
append_dot_mydomain = no
readme_directory = no
maillog_file = /dev/stdout
# Retry fast, so mail deferred while Dovecot is down arrives soon after it is back.
queue_run_delay = 1s
minimal_backoff_time = 1s
maximal_backoff_time = 2s
lmtp_connect_timeout = 5s
# TLS: STARTTLS offered on the smtp port; the smtps port (master.cf) is TLS from the start.
smtpd_tls_cert_file = {self.cert_file}
smtpd_tls_key_file = {self.key_file}
smtpd_tls_security_level = may
smtpd_tls_loglevel = 1
smtpd_tls_received_header = yes
smtpd_tls_session_cache_database =
"""
        if self._postfix_extra:
            main_cf += "# Added by the test in progress (configure_postfix):\n" + self._postfix_extra + "\n"
        master_cf = f"""\
# service type  private unpriv  chroot  wakeup  maxproc command
{LOOPBACK}:{self.smtp_port} inet n - n - - smtpd
{LOOPBACK}:{self.smtps_port} inet n - n - - smtpd
  -o syslog_name=postfix/smtps
  -o smtpd_tls_wrappermode=yes
  -o smtpd_tls_security_level=encrypt
{LOOPBACK}:{self.submission_port} inet n - n - - smtpd
  -o syslog_name=postfix/submission
  -o smtpd_tls_security_level=encrypt
  -o smtpd_sasl_auth_enable=yes
  -o smtpd_sasl_type=dovecot
  -o smtpd_sasl_path=inet:{LOOPBACK}:{self.auth_port}
  -o smtpd_tls_auth_only=yes
  -o smtpd_sasl_security_options=noanonymous
  -o mynetworks=
  -o smtpd_client_restrictions=permit_sasl_authenticated,reject
  -o smtpd_relay_restrictions=permit_sasl_authenticated,reject
pickup    unix  n       -       n       60      1       pickup
cleanup   unix  n       -       n       -       0       cleanup
qmgr      unix  n       -       n       300     1       qmgr
rewrite   unix  -       -       n       -       -       trivial-rewrite
bounce    unix  -       -       n       -       0       bounce
defer     unix  -       -       n       -       0       bounce
trace     unix  -       -       n       -       0       bounce
verify    unix  -       -       n       -       1       verify
flush     unix  n       -       n       1000?   0       flush
proxymap  unix  -       -       n       -       -       proxymap
proxywrite unix -       -       n       -       1       proxymap
smtp      unix  -       -       n       -       -       smtp
relay     unix  -       -       n       -       -       smtp
showq     unix  n       -       n       -       -       showq
error     unix  -       -       n       -       -       error
retry     unix  -       -       n       -       -       error
discard   unix  -       -       n       -       -       discard
lmtp      unix  -       -       n       -       -       lmtp
anvil     unix  -       -       n       -       1       anvil
scache    unix  -       -       n       -       1       scache
postlog   unix-dgram n  -       n       -       1       postlogd
tlsmgr    unix  -       -       n       1000?   1       tlsmgr
"""
        access = "".join(f"{address} {reply}\n" for address, reply in sorted(self._recipient_access.items()))
        for name, text in (("main.cf", main_cf), ("master.cf", master_cf), ("recipient_access", access)):
            path = etc / name
            path.write_text(text)
            # Postfix re-reads a file changed in the last second or two until it looks stable
            # ("being edited"), which costs ~2 s per command: date the files in the past.
            past = time.time() - 60
            os.utime(path, (past, past))

    def start_postfix(self) -> None:
        if self.postfix_running:
            return
        self._postfix = _spawn_supervised(
            [self._bins["postfix"], "-c", str(self.postfix_dir), "start-fg"], self.postfix_log)
        (self.root / "postfix.pid").write_text(f"{self._postfix.pid}\n")
        self._wait_ready("Postfix", self._postfix, (
            (self.smtp_port, b"220"), (self.smtps_port, b"220", True), (self.submission_port, b"220")))

    def stop_postfix(self) -> None:
        proc, self._postfix = self._postfix, None
        if proc is None:
            return
        # The supervisor exits once the master and all its children are gone (the master does
        # not wait for them).
        was_running = proc.poll() is None
        _stop_supervised(proc)
        if was_running:
            self._wait_ports_closed("Postfix", (self.smtp_port, self.smtps_port, self.submission_port))

    @property
    def postfix_running(self) -> bool:
        return self._postfix is not None and self._postfix.poll() is None

    def restart_postfix(self) -> None:
        self.stop_postfix()
        self.start_postfix()

    def configure_postfix(self, extra: str = "") -> None:
        """Restart Postfix with `extra` (main.cf lines, later ones win) after the suite's settings; "" restores them."""
        if extra == self._postfix_extra and self.postfix_running:
            return
        self._postfix_extra = extra
        self._write_postfix_config()
        self.restart_postfix()

    def set_recipient_access(self, replies: dict[str, str]) -> None:
        """Make Postfix answer RCPT TO for each address with its reply ("450 4.2.1 try later", "550 5.1.1
        no such user"); {} restores normal delivery. Postfix restarts to read the table."""
        replies = {address.lower(): reply for address, reply in replies.items()}
        if replies == self._recipient_access and self.postfix_running:
            return
        self._recipient_access = replies
        self._write_postfix_config()
        self.restart_postfix()

    # ---------------------------------------------------------------- waiting

    def _wait_ready(self, name, proc, checks) -> None:
        deadline = time.monotonic() + START_TIMEOUT
        pending = list(checks)
        while pending:
            if proc.poll() is not None:
                raise MailServerError(
                    f"{name} exited with status {proc.returncode} while starting\n{self.logs()}")
            port, greeting, *tls = pending[0]  # (port, greeting) or (port, greeting, True): TLS
            try:
                context = self.ssl_context() if tls and tls[0] else None
                if read_banner(port, context=context).startswith(greeting):
                    pending.pop(0)
                    continue
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise MailServerError(
                    f"{name} did not answer on 127.0.0.1:{port} within {START_TIMEOUT:.0f}s\n"
                    f"{self.logs()}")
            time.sleep(0.05)

    def _wait_ports_closed(self, name, ports) -> None:
        deadline = time.monotonic() + STOP_TIMEOUT
        for port in ports:
            while port and port_open(port, timeout=0.2):
                if time.monotonic() > deadline:
                    raise MailServerError(f"{name} still listening on 127.0.0.1:{port} after stop")
                time.sleep(0.05)

    # ---------------------------------------------------------------- mail helpers

    def deliver(self, user: str, raw: bytes, sender: str = "sender@example.net") -> None:
        """Deliver raw bytes straight into the user's INBOX through Dovecot's LMTP."""
        with smtplib.LMTP(LOOPBACK, self.lmtp_port, timeout=10) as lmtp:
            refused = lmtp.sendmail(sender, [user], raw)
        if refused:
            raise MailServerError(f"LMTP refused {user}: {refused}")

    def smtp(self, timeout: float = 10) -> smtplib.SMTP:
        """A connected smtplib.SMTP to the test Postfix (the caller closes it)."""
        return smtplib.SMTP(self.smtp_host, self.smtp_port, timeout=timeout)

    def submit(self, raw: bytes, to, sender: str = "sender@example.net") -> None:
        """Send raw bytes through Postfix over SMTP (it then delivers over LMTP)."""
        to = [to] if isinstance(to, str) else list(to)
        with self.smtp() as smtp:
            refused = smtp.sendmail(sender, to, raw)
        if refused:
            raise MailServerError(f"SMTP refused {refused}")

    def imap(self, user: str, timeout: float = 10) -> imapclient.IMAPClient:
        """A logged-in IMAPClient for the user (use as a context manager or call logout())."""
        client = imapclient.IMAPClient(self.imap_host, port=self.imap_port, ssl=False,
                                       timeout=timeout)
        try:
            client.login(user, self.password(user))
        except BaseException:
            with contextlib.suppress(Exception):
                client.shutdown()
            raise
        return client

    def ssl_context(self) -> ssl.SSLContext:
        """A verifying client context that trusts only the test CA."""
        if self.ca_file is None:
            raise MailServerError("not started: no test CA yet")
        return ssl.create_default_context(cafile=self.ca_file)

    def imaps(self, user: str, timeout: float = 10) -> imapclient.IMAPClient:
        """A logged-in IMAPClient over imaps_port (TLS from the start, verified)."""
        client = imapclient.IMAPClient(self.imap_host, port=self.imaps_port, ssl=True,
                                       ssl_context=self.ssl_context(), timeout=timeout)
        try:
            client.login(user, self.password(user))
        except BaseException:
            with contextlib.suppress(Exception):
                client.shutdown()
            raise
        return client

    def smtps(self, timeout: float = 10) -> smtplib.SMTP_SSL:
        """A connected smtplib.SMTP_SSL to the test Postfix's smtps_port (the caller closes it)."""
        return smtplib.SMTP_SSL(self.smtp_host, self.smtps_port, timeout=timeout,
                                context=self.ssl_context())

    def log_position(self) -> dict[str, int]:
        """Where both logs end now; pass it to logs_since() to read only what came after."""
        return {"dovecot": _size(self.dovecot_log), "postfix": _size(self.postfix_log)}

    def logs_since(self, position: dict[str, int], which: str) -> str:
        """What the "dovecot" or "postfix" log gained since log_position()."""
        path = self.dovecot_log if which == "dovecot" else self.postfix_log
        try:
            with open(path, "rb") as f:
                f.seek(position[which])
                return f.read().decode(errors="replace")
        except OSError:
            return ""

    def fetch_all(self, user: str, folder: str = "INBOX") -> list[bytes]:
        """Every message in the folder, in UID order, without setting \\Seen."""
        with self.imap(user) as client:
            client.select_folder(folder, readonly=True)
            uids = sorted(client.search("ALL"))
            if not uids:
                return []
            data = client.fetch(uids, ["BODY.PEEK[]"])
            return [data[u][b"BODY[]"] for u in uids]

    def wait_for_mail(self, user: str, folder: str = "INBOX", count: int = 1,
                      timeout: float = 60) -> list[bytes]:
        """Wait until the folder holds at least `count` messages; return them all (raw bytes)."""
        deadline = time.monotonic() + timeout
        found: list[bytes] = []
        last_error: Exception | None = None
        while True:
            try:
                found = self.fetch_all(user, folder)
                last_error = None
            except imapclient.exceptions.IMAPClientError as exc:  # e.g. folder not created yet
                last_error = exc
            if len(found) >= count:
                return found
            if time.monotonic() > deadline:
                detail = f" (last error: {last_error})" if last_error else ""
                raise AssertionError(
                    f"{user} {folder}: {len(found)} message(s) after {timeout}s, "
                    f"expected {count}{detail}\n{self.logs()}")
            time.sleep(0.1)

    def reset_user(self, user: str) -> None:
        """Empty the user's mailbox over IMAP: expunge INBOX, delete every other folder.

        Done over IMAP (not on disk) so Dovecot's state stays consistent and INBOX keeps its
        UIDVALIDITY with UIDs still increasing, as on a real server.
        """
        with self.imap(user) as client:
            folders = [f[2] for f in client.list_folders()]
            sep = "/"
            others = [f for f in folders if f.upper() != "INBOX"]
            for name in sorted(others, key=lambda f: f.count(sep), reverse=True):
                with contextlib.suppress(imapclient.exceptions.IMAPClientError):
                    client.delete_folder(name)
            with contextlib.suppress(imapclient.exceptions.IMAPClientError):
                for name in client.list_sub_folders():
                    name = name[2]
                    if name.upper() != "INBOX":
                        client.unsubscribe_folder(name)
            client.select_folder("INBOX")
            uids = client.search("ALL")
            if uids:
                client.delete_messages(uids)
                client.uid_expunge(uids)
            client.unselect_folder()

    def deliveries(self, users, folder: str = "INBOX") -> "collections.Counter[str]":
        """How many copies of each Message-ID sit in the users' folders: every delivery is kept, so a
        message sent twice counts 2."""
        import collections
        import email
        counts: collections.Counter[str] = collections.Counter()
        for user in [users] if isinstance(users, str) else users:
            for raw in self.fetch_all(user, folder):
                counts[str(email.message_from_bytes(raw)["Message-ID"]).strip()] += 1
        return counts

    def wait_queue_empty(self, timeout: float = 120) -> None:
        """Wait until Postfix has delivered (or bounced) everything it accepted; mail deferred while Dovecot
        was down is tried again at once (postqueue -f) rather than at its next retry time."""
        deadline = time.monotonic() + timeout
        flushed = 0.0
        while self.queued():
            if time.monotonic() > deadline:
                raise AssertionError(f"Postfix still holds {self.queued()} message(s) after {timeout}s\n{self.logs()}")
            if time.monotonic() - flushed > 5 and self.postfix_running:
                flush = subprocess.run([self._bins["postqueue"], "-c", str(self.postfix_dir), "-f"],
                                       stdin=subprocess.DEVNULL, capture_output=True, timeout=60)
                if flush.returncode != 0:
                    raise MailServerError(f"postqueue -f failed ({flush.returncode}): {flush.stderr.decode()[-500:]}")
                flushed = time.monotonic()
            time.sleep(0.1)

    def queued(self) -> int:
        """How many messages wait in Postfix's queue (incoming, active, deferred, hold)."""
        q = self.root / "postfix" / "queue"
        return sum(1 for sub in ("incoming", "active", "deferred", "hold")
                   for _, _, files in os.walk(q / sub) for _ in files)

    def purge_queue(self) -> None:
        """Drop every message waiting in Postfix's queue."""
        subprocess.run([self._bins["postsuper"], "-c", str(self.postfix_dir), "-d", "ALL"],
                       stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, check=True)

    def ensure_running(self) -> None:
        """Start whichever server a previous test left stopped."""
        if self.root is None:
            self.start()
            return
        self.start_dovecot()
        self.start_postfix()

    def reset_all(self) -> None:
        """Both servers running as the suite configures them, Postfix's queue empty, every user's
        mailbox empty, no protocol log kept."""
        self.ensure_running()
        self.configure_dovecot("")
        self.configure_postfix("")
        self.set_recipient_access({})
        shutil.rmtree(self.root / "rawlog", ignore_errors=True)
        self.purge_queue()
        if self.oauth2 is not None:
            self.oauth2.reset()
        for user in self.users:
            self.reset_user(user)


# --------------------------------------------------------------------------- process control
#
# Each server runs under a small supervisor (this file run as a script, see the bottom). The
# supervisor is a "child subreaper": the server's processes that outlive their parent (Postfix's
# master does not wait for its children) are re-parented to it and reaped there, so
#   * the supervisor exits only once every process of that server is gone;
#   * it gets SIGTERM if the test process dies (PR_SET_PDEATHSIG), and then stops the server,
#     so a killed pytest leaves no server running;
#   * no zombies pile up under a PID 1 that does not reap (as on this project's VMs).

PR_SET_PDEATHSIG = 1
PR_SET_CHILD_SUBREAPER = 36
SUPERVISOR_GRACE = 5.0


def _prctl(option: int, value: int) -> None:
    import ctypes
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(option, value, 0, 0, 0) != 0:
        raise OSError(ctypes.get_errno(), f"prctl({option}) failed")


def _descendants(root_pid: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(entry.name))
    found, todo = [], [root_pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def _signal_descendants(sig: int) -> None:
    for pid in _descendants(os.getpid()):
        with contextlib.suppress(OSError):
            os.kill(pid, sig)


def supervise(parent_pid: int, cmd: list[str]) -> int:
    """Run cmd; reap it and every orphan it leaves; stop it all on SIGTERM or parent death.

    Stopping sends SIGTERM to every descendant at once (a graceful Dovecot shutdown takes
    over a second, `postfix stop` sleeps a second); SIGKILL SUPERVISOR_GRACE seconds later.
    """
    _prctl(PR_SET_CHILD_SUBREAPER, 1)
    _prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
    requested: list[int] = []

    def on_signal(signum, frame):
        requested.append(signum)

    for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        signal.signal(sig, on_signal)
    child = os.fork()
    if child == 0:
        try:
            for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
                signal.signal(sig, signal.SIG_DFL)
            os.execvp(cmd[0], cmd)
        finally:
            os._exit(127)
    if os.getppid() != parent_pid:  # the test process died before PDEATHSIG was armed
        requested.append(signal.SIGTERM)
    status = 0
    stop_started = None
    killed = False
    while True:
        if requested and stop_started is None:
            stop_started = time.monotonic()
            _signal_descendants(signal.SIGTERM)
        if (stop_started is not None and not killed
                and time.monotonic() - stop_started > SUPERVISOR_GRACE):
            _signal_descendants(signal.SIGKILL)
            killed = True
        try:
            pid, wstatus = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            break
        if pid == child:
            status = os.waitstatus_to_exitcode(wstatus)
        elif pid == 0:
            time.sleep(0.05)
    return status if status >= 0 else 128 - status


def _spawn_supervised(cmd: list[str], log_path: Path) -> subprocess.Popen:
    with open(log_path, "ab") as log:
        return subprocess.Popen(
            # -I: isolated, so the tests directory does not shadow modules in the supervisor
            [sys.executable, "-I", os.path.abspath(__file__), "supervise", str(os.getpid()),
             *cmd],
            stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
            start_new_session=True)


def _stop_supervised(proc: subprocess.Popen, timeout: float = STOP_TIMEOUT) -> None:
    """SIGTERM the supervisor (it stops the whole server) and wait until everything is gone."""
    if proc.poll() is None:
        with contextlib.suppress(OSError):
            proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout)
        except subprocess.TimeoutExpired:
            for pid in _descendants(proc.pid):
                with contextlib.suppress(OSError):
                    os.kill(pid, signal.SIGKILL)
            proc.kill()
            proc.wait(5)


if __name__ == "__main__" and len(sys.argv) > 3 and sys.argv[1] == "supervise":
    sys.exit(supervise(int(sys.argv[2]), sys.argv[3:]))
