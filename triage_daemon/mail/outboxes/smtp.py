"""SMTP sending (smtplib): one connection reused across a pass; 4xx and network errors are transient."""
from __future__ import annotations

import smtplib
import socket
import ssl

from ... import secrets
from ...config import Config
from . import SendError

TIMEOUT = 60.0


class SmtpOutbox:
    def __init__(self, cfg: Config):
        self.cfg = cfg
        self.conn: smtplib.SMTP | None = None

    def _context(self) -> ssl.SSLContext:
        try:
            return ssl.create_default_context(cafile=self.cfg.ca_file) if self.cfg.ca_file else ssl.create_default_context()
        except (OSError, ssl.SSLError) as exc:
            # Checked when the config loads; if the file went away since, the reply waits for it.
            raise SendError(f"outbox: ca_file: cannot load {self.cfg.ca_file}: {exc}", transient=True) from None

    def _connect(self) -> smtplib.SMTP:
        ep = self.cfg.outbox
        where = f"{ep.host}:{ep.port or ''}".rstrip(":")
        opened: list[smtplib.SMTP] = []
        try:
            return self._open(ep, where, opened)
        except SendError:
            for conn in opened:  # never leave a half-set-up connection behind
                _quiet_close(conn)
            raise

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
            if ep.user:
                password = secrets.password(self.cfg, "outbox")
                if password is None and self.cfg.oauth2_token_command:
                    token = secrets.oauth2_token(self.cfg)
                    conn.auth("XOAUTH2", lambda challenge=None: f"user={ep.user}\x01auth=Bearer {token}\x01\x01",
                              initial_response_ok=True)
                elif password is None:
                    raise SendError(f"outbox: no password for {ep.user}; set TRIAGE_OUTBOX_PASSWORD or "
                                    f"outbox_password_file", transient=False)
                else:
                    conn.login(ep.user, password)
            return conn
        except ssl.SSLCertVerificationError as exc:
            raise SendError(f"outbox: TLS certificate verify failed for {where} ({exc.verify_message}); "
                            f"for a private CA set ca_file", transient=True) from None
        except smtplib.SMTPAuthenticationError:
            raise SendError(f"outbox: login as {ep.user} at {where} failed: check the password", transient=False) from None
        except smtplib.SMTPResponseException as exc:
            raise SendError(f"outbox: {where} answered {exc.smtp_code}", transient=exc.smtp_code < 500) from None
        except (OSError, smtplib.SMTPException) as exc:
            raise SendError(f"outbox: cannot reach {where}: {exc}", transient=True) from None

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
            self.conn = None
            raise SendError(f"outbox: the connection broke during DATA: {exc}", transient=True) from None
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
                code, text = conn.mail(sender)
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


def _quiet_close(conn) -> None:
    try:
        conn.close()
    except (OSError, smtplib.SMTPException):
        pass
