"""SMTP sending (smtplib): one connection reused across a pass; 4xx and network errors are transient."""
from __future__ import annotations

import logging
import smtplib
import socket
import ssl
import time

from ... import secrets
from ...config import LOGIN_BACKOFF_MAX, Config, ConfigError
from . import SendError

log = logging.getLogger("triage_daemon.smtp")
TIMEOUT = 60.0


class SmtpOutbox:
    def __init__(self, cfg: Config):
        self.cfg = cfg
        self.conn: smtplib.SMTP | None = None
        # A refused login is not tried again before this (monotonic) time: servers lock accounts that retry.
        self.auth_failed_until = 0.0
        self.auth_failures = 0
        self.auth_error = ""

    def _context(self) -> ssl.SSLContext:
        try:
            return ssl.create_default_context(cafile=self.cfg.ca_file) if self.cfg.ca_file else ssl.create_default_context()
        except (OSError, ssl.SSLError) as exc:
            # Checked when the config loads; if the file went away since, the reply waits for it.
            raise SendError(f"outbox: ca_file: cannot load {self.cfg.ca_file}: {exc}", transient=True) from None

    def _connect(self) -> smtplib.SMTP:
        ep = self.cfg.outbox
        where = f"{ep.host}:{ep.port or ''}".rstrip(":")
        wait = self.auth_failed_until - time.monotonic()
        if wait > 0:
            raise SendError(f"{self.auth_error}; next login attempt in {wait:.0f}s", transient=True)
        opened: list[smtplib.SMTP] = []
        try:
            conn = self._open(ep, where, opened)
        except SendError:
            for conn in opened:  # never leave a half-set-up connection behind
                _quiet_close(conn)
            raise
        self.auth_failures = 0
        self.auth_error = ""
        return conn

    def check(self) -> str:
        """Connect and log in as for sending, and send nothing (check-config --connect)."""
        conn = self._connect()
        try:
            tls = isinstance(conn, smtplib.SMTP_SSL) or getattr(conn, "sock", None) is not None and \
                isinstance(conn.sock, ssl.SSLSocket)
            login = f"logged in as {self.cfg.outbox.user}" if self.cfg.outbox.user else "no login (no user in the URL)"
            return f"{login}, {'TLS' if tls else 'no TLS'}"
        finally:
            try:
                conn.quit()
            except (OSError, smtplib.SMTPException):
                _quiet_close(conn)

    def _open(self, ep, where: str, opened: list) -> smtplib.SMTP:
        try:
            if ep.scheme == "smtps":
                conn = smtplib.SMTP_SSL(ep.host, ep.port or 465, timeout=TIMEOUT, context=self._context())
                opened.append(conn)
            else:
                conn = smtplib.SMTP(ep.host, ep.port or (587 if ep.scheme == "smtp+starttls" else 25), timeout=TIMEOUT)
                opened.append(conn)
                conn.ehlo()
                want_tls = ep.scheme == "smtp+starttls" or self.cfg.starttls == "require"
                if conn.has_extn("starttls") and (want_tls or self.cfg.starttls == "auto"):
                    conn.starttls(context=self._context())
                    conn.ehlo()
                elif want_tls:
                    raise SendError(f"outbox: {where} does not offer STARTTLS", transient=False)
                elif ep.user and self.cfg.starttls == "auto":
                    # No TLS on offer (or stripped on the way): the password must not go in the clear. The
                    # reply waits; an admin who trusts this network sets starttls = "off".
                    raise SendError(f"outbox: {where} does not offer STARTTLS, so the password would go in the "
                                    f"clear; refusing to log in. Use smtps:// or smtp+starttls://, or set "
                                    f"starttls = \"off\" if this network is trusted", transient=True)
            if ep.user:
                password = secrets.password(self.cfg, "outbox")
                if password is None and self.cfg.oauth2_token_command:
                    self._oauth2_login(conn, ep.user, where)
                elif password is None:
                    raise SendError(f"outbox: no password for {ep.user}; set TRIAGE_OUTBOX_PASSWORD or "
                                    f"outbox_password_file", transient=False)
                elif password.isascii():
                    conn.login(ep.user, password)
                else:
                    _plain_login_utf8(conn, ep.user, password)
            return conn
        except ssl.SSLCertVerificationError as exc:
            raise SendError(f"outbox: TLS certificate verify failed for {where} ({exc.verify_message}); "
                            f"for a private CA set ca_file", transient=True) from None
        except smtplib.SMTPAuthenticationError:
            # Transient for the reply (it waits for a fixed password), but no new login before the back-off.
            self.auth_failures += 1
            delay = min(LOGIN_BACKOFF_MAX, self.cfg.login_backoff * 2 ** (self.auth_failures - 1))
            self.auth_failed_until = time.monotonic() + delay
            self.auth_error = f"outbox: login as {ep.user} at {where} failed: check the password"
            raise SendError(f"{self.auth_error}; next login attempt in {delay:.0f}s", transient=True) from None
        except smtplib.SMTPResponseException as exc:
            raise SendError(f"outbox: {where} answered {exc.smtp_code}", transient=exc.smtp_code < 500) from None
        except (OSError, smtplib.SMTPException) as exc:
            raise SendError(f"outbox: cannot reach {where}: {exc}", transient=True) from None
        except UnicodeError:   # never the error's text: it names a character of the password and its place
            raise SendError(f"outbox: login as {ep.user} at {where} failed: the user name or password holds "
                            f"characters this server's login does not take", transient=True) from None

    def _oauth2_login(self, conn: smtplib.SMTP, user: str, where: str) -> None:
        """XOAUTH2 with a fresh token; a refused one is replaced once by running the command again.
        Refusals are transient: the reply waits in the state until a token works."""
        for attempt in (1, 2):
            try:
                token = secrets.oauth2_token(self.cfg)
            except ConfigError as exc:
                raise SendError(f"outbox: no OAuth2 token for {user}: {exc}", transient=True) from None
            # The initial response carries the token; to an error challenge (334) the answer is empty.
            response = f"user={user}\x01auth=Bearer {token}\x01\x01"
            try:
                conn.auth("XOAUTH2", lambda challenge=None: response if challenge is None else "",
                          initial_response_ok=True)
                return
            except smtplib.SMTPAuthenticationError as exc:
                if attempt == 2:
                    raise SendError(f"outbox: OAuth2 login as {user} at {where} refused ({exc.smtp_code}), with two "
                                    f"tokens from oauth2_token_command: check that it prints an access token for "
                                    f"{user} with the SMTP scope", transient=True) from None
                log.warning("outbox: %s refused the OAuth2 token for %s (expired?); running oauth2_token_command "
                            "again", where, user)

    def send(self, sender: str, recipient: str, message_id: str, payload: bytes, before_data=None) -> None:
        """One SMTP transaction. `before_data` runs once the server has accepted sender and recipient,
        right before DATA: only from there on can the recipient get the message, so the caller records
        it there (and after the server's 250 that it went out), nothing in between."""
        conn = self._envelope(sender, recipient)
        if before_data is not None:
            try:
                before_data()
            except BaseException:
                self._reset()   # nothing was handed over: leave the server a clean transaction
                raise
        try:
            code, text = conn.data(payload)
        except smtplib.SMTPDataError as exc:  # no 354: the server refused to take the text
            self._reset()
            raise SendError(f"outbox: server answered {exc.smtp_code} {exc.smtp_error!r:.200}",
                            transient=exc.smtp_code < 500) from None
        except (OSError, socket.timeout, smtplib.SMTPException) as exc:
            # The message went out, or part of it, and no answer came: the server may have it (a slow
            # content filter answers after our timeout, and delivers).
            self.conn = None
            raise SendError(f"outbox: the connection broke during DATA: {exc}", transient=True,
                            maybe_delivered=True) from None
        if code != 250:
            self._reset()
            raise SendError(f"outbox: server answered {code} {text!r:.200}", transient=code < 500)

    def _envelope(self, sender: str, recipient: str) -> smtplib.SMTP:
        """MAIL FROM and RCPT TO on the open connection (a fresh one if the old one was closed)."""
        for attempt in (1, 2):
            if self.conn is None:
                self.conn = self._connect()
            conn = self.conn
            try:
                conn.ehlo_or_helo_if_needed()
                options = []
                if not (sender.isascii() and recipient.isascii()):
                    # An address in UTF-8 (RFC 6531, e.g. a forged From: jürgen@...): only over SMTPUTF8.
                    if not conn.has_extn("smtputf8"):
                        raise SendError(f"outbox: {recipient!r} or {sender!r} is not an ASCII address and the server "
                                        f"does not offer SMTPUTF8", transient=False)
                    conn.command_encoding, options = "utf-8", ["SMTPUTF8"]
                code, text = conn.mail(sender, options)
                if code == 250:
                    code, text = conn.rcpt(recipient)
                    if code in (250, 251):
                        return conn
                    self._reset()
                    raise SendError(f"outbox: {recipient} refused: {code} {text!r:.200}", transient=code < 500)
                if code == 421:  # the server is closing this connection (e.g. it sat idle too long)
                    raise smtplib.SMTPServerDisconnected(f"{code} {text!r:.200}")
                self._reset()
                raise SendError(f"outbox: sender {sender} refused: {code} {text!r:.200}", transient=code < 500)
            except smtplib.SMTPServerDisconnected:
                _quiet_close(conn)
                self.conn = None
                if attempt == 2:
                    raise SendError("outbox: the server closed the connection", transient=True) from None
            except (OSError, socket.timeout, smtplib.SMTPException) as exc:
                _quiet_close(conn)
                self.conn = None
                raise SendError(f"outbox: sending failed: {exc}", transient=True) from None
            except UnicodeError:
                self._reset()
                raise SendError(f"outbox: {recipient!r} or {sender!r} cannot be sent to this server",
                                transient=False) from None
        raise AssertionError("unreachable")

    def _reset(self) -> None:
        try:
            if self.conn is not None:
                self.conn.rset()
        except (OSError, smtplib.SMTPException):
            self.conn = None

    def close(self) -> None:
        if self.conn is not None:
            try:
                self.conn.quit()
            except (OSError, smtplib.SMTPException):
                pass
            self.conn = None


def _plain_login_utf8(conn: smtplib.SMTP, user: str, password: str) -> None:
    """AUTH PLAIN with the user and password in UTF-8 (RFC 4616): smtplib's login encodes them as ASCII."""
    import base64

    conn.ehlo_or_helo_if_needed()
    if not conn.has_extn("auth"):
        raise smtplib.SMTPNotSupportedError("SMTP AUTH extension not supported by server.")
    token = base64.b64encode(b"\0" + user.encode("utf-8") + b"\0" + password.encode("utf-8")).decode("ascii")
    code, text = conn.docmd("AUTH", "PLAIN " + token)
    if code == 235:
        return
    if code in (530, 534, 535, 538):
        raise smtplib.SMTPAuthenticationError(code, text)
    raise smtplib.SMTPResponseException(code, text)


def _quiet_close(conn) -> None:
    try:
        conn.close()
    except (OSError, smtplib.SMTPException):
        pass
