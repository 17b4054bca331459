"""Where mail comes from: one interface, an IMAP and a Maildir implementation, one factory."""
from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Iterator, Protocol

from ...config import Config, resolve_path


class MailboxError(Exception):
    """The mailbox cannot be reached or used; the message says what and how to fix it. `auth`: the server
    refused our login (retrying soon would only lock the account)."""

    def __init__(self, message: str, auth: bool = False):
        super().__init__(message)
        self.auth = auth


class FolderRefused(MailboxError):
    """The server (or the file system) refuses to create a folder to file into; the mailbox itself works.
    Only what goes to that folder waits; the rest of the pass goes on."""


@dataclass(frozen=True)
class Fetched:
    ref: str                    # where the message is now; used to file or re-read it
    raw: bytes                  # the whole message, or only its header when oversized
    size: int
    oversized: bool = False
    cursor: tuple[int, int] | None = None   # (UIDVALIDITY, UID) to store once the message is recorded


class Mailbox(Protocol):
    name: str       # keys the state's cursor and the lease
    display: str    # for people: the URL as configured (helpline%40example.com@host:port/INBOX)

    def open(self) -> None: ...
    def close(self) -> None: ...
    def fetch_new(self, cursor: tuple[int, int] | None) -> Iterator[Fetched]: ...
    def fetch(self, ref: str) -> Fetched | None: ...
    def file(self, ref: str, folder: str, flagged: bool) -> str: ...
    def file_many(self, items: list[tuple[str, str, bool]]) -> list[str | None]: ...   # None: folder refused
    def append(self, folder: str, raw: bytes) -> None: ...
    def drafts_folder(self, configured: str | None) -> str: ...
    def save_draft(self, folder: str, raw: bytes, message_id: str) -> None: ...
    def has_message_id(self, folder: str, message_id: str) -> bool: ...
    def remove_draft(self, folder: str, message_id: str) -> int: ...
    def wait(self, timeout: float, stop: threading.Event) -> bool: ...
    def list_folder(self, folder: str, after: tuple[int, int] | None = None) -> Iterator[Fetched]: ...
    def has_folder(self, folder: str) -> bool: ...
    def ensure_folders(self, folders: list[str]) -> tuple[list[str], dict[str, str]]: ...


def open_mailbox(cfg: Config) -> Mailbox:
    ep = cfg.mailbox
    if ep.scheme == "maildir":
        from .maildir import MaildirMailbox
        return MaildirMailbox(resolve_path(cfg, ep.path), cfg.max_message_bytes)
    from .imap import ImapMailbox
    return ImapMailbox(cfg)
