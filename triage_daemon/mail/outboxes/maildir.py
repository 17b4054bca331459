"""A Maildir that receives every outgoing message instead of sending it: the local twin of SMTP."""
from __future__ import annotations

import hashlib
import os
from pathlib import Path

from ..mailboxes.maildir import ensure_maildir
from . import SendError


class MaildirOutbox:
    def __init__(self, root: Path):
        self.root = root

    def _name(self, message_id: str) -> str:
        # Named after the Message-ID: writing the same message twice leaves one file (exactly once).
        return hashlib.sha256(message_id.encode()).hexdigest()[:32] + ".eml"

    def send(self, sender: str, recipient: str, message_id: str, payload: bytes, before_data=None) -> None:
        if before_data is not None:
            before_data()
        try:
            ensure_maildir(self.root)
            name = self._name(message_id)
            # A mail client may have moved it to cur/ and added flags (":2,S"): match the name's start.
            if any(next((self.root / sub).glob(name + "*"), None) for sub in ("new", "cur")):
                return
            tmp = self.root / "tmp" / name
            with open(tmp, "wb") as fh:
                fh.write(f"Return-Path: <{sender}>\r\nDelivered-To: {recipient}\r\n".encode())
                fh.write(payload)
                fh.flush()
                os.fsync(fh.fileno())
            os.rename(tmp, self.root / "new" / name)
        except OSError as exc:
            raise SendError(f"outbox: cannot write to Maildir {self.root}: {exc.strerror}", transient=True) from None

    def check(self) -> str:
        """The folder exists (or can be made) and takes files (check-config --connect)."""
        try:
            ensure_maildir(self.root)
            if not os.access(self.root / "tmp", os.W_OK):
                raise SendError(f"outbox: cannot write to Maildir {self.root}", transient=False)
        except OSError as exc:
            raise SendError(f"outbox: cannot use Maildir {self.root}: {exc.strerror}", transient=False) from None
        return f"Maildir {self.root} is writable"

    def close(self) -> None:
        pass
