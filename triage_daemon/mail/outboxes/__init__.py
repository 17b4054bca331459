"""Where mail goes: an SMTP and a Maildir implementation behind one interface, one factory."""
from __future__ import annotations

from typing import Protocol

from ...config import Config, resolve_path


class SendError(Exception):
    """Sending failed; `transient` says whether trying again later may work; `maybe_delivered` that the
    message was handed over and the server's answer never came (it may have it)."""

    def __init__(self, message: str, transient: bool, maybe_delivered: bool = False):
        super().__init__(message)
        self.transient = transient
        self.maybe_delivered = maybe_delivered


class Outbox(Protocol):
    # `before_data` is called once the message is about to be handed over (SMTP: sender and recipient
    # accepted, right before DATA); the engine records there that the message may now reach its recipient.
    def send(self, sender: str, recipient: str, message_id: str, payload: bytes, before_data=None) -> None: ...
    def check(self) -> str: ...
    def close(self) -> None: ...


def open_outbox(cfg: Config) -> Outbox:
    ep = cfg.outbox
    if ep.scheme == "maildir":
        from .maildir import MaildirOutbox
        return MaildirOutbox(resolve_path(cfg, ep.path))
    from .smtp import SmtpOutbox
    return SmtpOutbox(cfg)
