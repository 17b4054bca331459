"""The Maildir twin of the IMAP mailbox: an INBOX and Maildir++ sub-folders, moved by rename."""
from __future__ import annotations

import logging
import os
import re
import threading
import time
from pathlib import Path
from typing import Iterator

from . import Fetched, FolderRefused, MailboxError

log = logging.getLogger("triage_daemon.maildir")

HEADER_LIMIT = 64 * 1024


def folder_dir(root: Path, folder: str) -> Path:
    """Maildir++: folder "Triage/Bug" lives in root/.Triage.Bug"""
    if not folder or folder.upper() == "INBOX":
        return root
    name = folder.replace("/", ".").replace(os.sep, ".")
    if name.startswith(".") or ".." in name:
        raise MailboxError(f"folder name {folder!r} is not allowed")
    return root / f".{name}"


def ensure_maildir(path: Path) -> None:
    for sub in ("cur", "new", "tmp"):
        (path / sub).mkdir(parents=True, exist_ok=True)


def _unique(name: str) -> str:
    """A message file's name without its flags, which other clients change ("1.x.host:2,S")."""
    return name.split(":", 1)[0]


def _flags(name: str) -> str:
    return name.split(":2,", 1)[1] if ":2," in name else ""


class MaildirMailbox:
    def __init__(self, root: Path, max_bytes: int):
        self.root = root
        self.max_bytes = max_bytes
        self.name = self.display = f"maildir:{root}"
        self._lease = None
        # Names (up to the flags) that a pass listed or a wait reported: what is not among them is new.
        self._seen: frozenset[str] | None = None

    def open(self) -> None:
        try:
            ensure_maildir(self.root)
        except OSError as exc:
            raise MailboxError(f"mailbox: cannot use Maildir {self.root}: {exc.strerror}") from None

    def close(self) -> None:
        pass

    LEASE_FILE = "triage-daemon.lease"

    def try_lease(self) -> bool:
        """An exclusive lock on a file in the Maildir itself, held until release_lease or the process
        ends: whatever happens to the state database, two daemons never work on one Maildir."""
        import fcntl

        if self._lease is not None:
            return True
        self.open()
        fh = open(self.root / self.LEASE_FILE, "a+b")
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            fh.close()
            return False
        self._lease = fh
        return True

    def release_lease(self) -> None:
        if self._lease is not None:
            self._lease.close()
            self._lease = None

    def _entries(self, path: Path) -> list[tuple[float, str, Path]]:
        out = []
        for sub in ("new", "cur"):
            try:
                with os.scandir(path / sub) as it:
                    for entry in it:
                        if entry.is_file() and not entry.name.startswith("."):
                            try:
                                out.append((entry.stat().st_mtime, entry.name, Path(entry.path)))
                            except FileNotFoundError:
                                continue
            except FileNotFoundError:
                continue
        out.sort()
        return out

    def _read(self, path: Path, ref: str) -> Fetched | None:
        try:
            size = path.stat().st_size
            with open(path, "rb") as fh:
                if size > self.max_bytes:
                    return Fetched(ref, fh.read(HEADER_LIMIT).split(b"\n\n", 1)[0] + b"\n\n", size, oversized=True)
                return Fetched(ref, fh.read(), size)
        except FileNotFoundError:
            return None

    def fetch_new(self, cursor=None) -> Iterator[Fetched]:
        entries = self._entries(self.root)
        self._seen = frozenset(_unique(name) for _, name, _ in entries)
        for _, _, path in entries:
            fetched = self._read(path, f"{path.parent.name}/{path.name}")
            if fetched is not None:
                yield fetched

    def _path(self, ref: str) -> Path | None:
        folder, _, rest = ref.rpartition("|")
        base = folder_dir(self.root, folder) if folder else self.root
        sub, _, name = rest.partition("/")
        path = base / sub / name
        if path.exists():
            return path
        # The file may have moved from new/ to cur/ (another client read it) or changed flags.
        unique = _unique(name)
        for sub in ("new", "cur"):
            for candidate in (base / sub).glob(f"{unique}*"):
                return candidate
        return None

    def fetch(self, ref: str) -> Fetched | None:
        path = self._path(ref)
        return self._read(path, ref) if path else None

    def file(self, ref: str, folder: str, flagged: bool) -> str:
        """Move into folder by rename: atomic, so a crash leaves the message in one place only."""
        path = self._path(ref)
        dest_dir = folder_dir(self.root, folder)
        try:
            ensure_maildir(dest_dir)
        except OSError as exc:
            raise FolderRefused(f"mailbox: cannot create folder {folder}: {exc.strerror or exc}") from None
        if path is None:
            raise MailboxError(f"message {ref} is no longer in the mailbox")
        unique = _unique(path.name)
        flags = set(_flags(path.name))
        if flagged:
            flags.add("F")
        target = dest_dir / "cur" / f"{unique}:2,{''.join(sorted(flags))}"
        if path.parent.parent != dest_dir or path != target:
            os.rename(path, target)
        return f"{folder}|cur/{target.name}"

    def append(self, folder: str, raw: bytes) -> None:
        import hashlib

        dest = folder_dir(self.root, folder)
        ensure_maildir(dest)
        name = f"{int(time.time())}.{hashlib.sha256(raw).hexdigest()[:20]}.triage:2,S"
        tmp = dest / "tmp" / name
        tmp.write_bytes(raw)
        os.rename(tmp, dest / "cur" / name)

    def drafts_folder(self, configured: str | None) -> str:
        return configured or "Drafts"

    @staticmethod
    def _draft_name(message_id: str) -> str:
        """A draft's file is named by its Message-ID: finding it again needs no reading."""
        import hashlib

        return f"triage-draft.{hashlib.sha256(message_id.encode()).hexdigest()[:32]}"

    def save_draft(self, folder: str, raw: bytes, message_id: str) -> None:
        """Into folder (Maildir++ .Drafts) with the D flag, written in tmp/ and renamed into cur/."""
        dest = folder_dir(self.root, folder)
        ensure_maildir(dest)
        unique = self._draft_name(message_id)
        tmp = dest / "tmp" / unique
        with open(tmp, "wb") as fh:
            fh.write(raw)
            fh.flush()
            os.fsync(fh.fileno())
        os.rename(tmp, dest / "cur" / f"{unique}:2,D")

    def has_message_id(self, folder: str, message_id: str) -> bool:
        """Is our draft with this Message-ID in folder (its file moved or reflagged by a mail client
        included), or any message there carrying that Message-ID?"""
        base = folder_dir(self.root, folder)
        unique = self._draft_name(message_id)
        for sub in ("new", "cur"):
            if any((base / sub).glob(f"{unique}*")):
                return True
        want = f"<{message_id}>".encode().lower()
        for _, _, path in self._entries(base):
            try:
                with open(path, "rb") as fh:
                    head = re.split(rb"\r?\n\r?\n", fh.read(HEADER_LIMIT), maxsplit=1)[0]
            except FileNotFoundError:
                continue
            for line in head.splitlines():
                if line.lower().startswith(b"message-id:") and want in line.lower():
                    return True
        return False

    def remove_draft(self, folder: str, message_id: str) -> int:
        """Remove our draft with this Message-ID (its file named after it, marked X-Triage-Action: draft);
        nothing else is ever removed. Returns how many files went."""
        base = folder_dir(self.root, folder)
        unique = self._draft_name(message_id)
        removed = 0
        for sub in ("new", "cur"):
            for path in (base / sub).glob(f"{unique}*"):
                with open(path, "rb") as fh:
                    head = re.split(rb"\r?\n\r?\n", fh.read(HEADER_LIMIT), maxsplit=1)[0].lower()
                if f"<{message_id}>".encode().lower() in head and b"\nx-triage-action: draft" in head:
                    path.unlink()
                    removed += 1
        return removed

    def file_many(self, items: list[tuple[str, str, bool]]) -> list[str | None]:
        """`file` each; None for those whose folder cannot be made (logged; they stay where they are)."""
        out: list[str | None] = []
        refused: dict[str, tuple[str, int]] = {}
        for ref, folder, flagged in items:
            try:
                out.append(self.file(ref, folder, flagged))
            except FolderRefused as exc:
                refused[folder] = (str(exc), refused.get(folder, ("", 0))[1] + 1)
                out.append(None)
        for why, n in refused.values():
            log.warning("%s; %d message%s wait in the inbox until it exists (filing tries again each pass)", why,
                        n, "" if n == 1 else "s")
        return out

    def wait(self, timeout: float, stop: threading.Event) -> bool:
        """Wait for mail that no pass has listed and no wait has reported, or the timeout; True when some
        came. Mail that came before this wait began (after the last pass listed the inbox) counts too."""
        deadline = time.monotonic() + timeout
        if self._seen is None:
            self._seen = self._names()      # no pass yet: the first one reads what is there
        stamp, listed = None, 0.0
        while not stop.is_set():
            now = self._snapshot()
            # Listing when new/ or cur/ changed, and every 10 s: a change in the same clock tick as the
            # last one leaves the folder's mtime as it was.
            if now != stamp or time.monotonic() - listed >= 10:
                stamp, listed = now, time.monotonic()
                names = self._names()
                if not names <= self._seen:
                    self._seen = names
                    return True
            if time.monotonic() >= deadline or stop.wait(min(1.0, max(0.0, deadline - time.monotonic()))):
                break
        return False

    def _snapshot(self) -> tuple:
        try:
            return tuple((self.root / s).stat().st_mtime_ns for s in ("new", "cur"))
        except FileNotFoundError:
            return ()

    def _names(self) -> frozenset[str]:
        """The messages in new/ and cur/ by name alone: no stat, no sort (the watch lists often)."""
        names: set[str] = set()
        for sub in ("new", "cur"):
            try:
                with os.scandir(self.root / sub) as it:
                    names.update(_unique(e.name) for e in it if not e.name.startswith("."))
            except FileNotFoundError:
                continue
        return frozenset(names)

    def has_folder(self, folder: str) -> bool:
        return (folder_dir(self.root, folder) / "cur").is_dir()

    def ensure_folders(self, folders: list[str]) -> tuple[list[str], dict[str, str]]:
        """Make those of `folders` that are missing (Maildir++ .Triage.Bug with cur/, new/ and tmp/, as
        filing makes them). An existing folder is left as it is, and a part of one that is missing is
        added; nothing is moved or deleted. Returns (the folders created, {folder: why} for those that
        could not be)."""
        created: list[str] = []
        refused: dict[str, str] = {}
        for folder in dict.fromkeys(folders):
            try:
                path = folder_dir(self.root, folder)
                if all((path / sub).is_dir() for sub in ("cur", "new", "tmp")):
                    continue
                ensure_maildir(path)
            except MailboxError as exc:
                refused[folder] = str(exc)
            except OSError as exc:
                refused[folder] = f"{exc.strerror or exc} ({exc.filename or path})"
            else:
                created.append(folder)
        return created, refused

    def list_folder(self, folder: str, after: tuple[int, int] | None = None) -> Iterator[Fetched]:
        """Every message in folder (`after` is for IMAP; a local folder is read whole)."""
        base = folder_dir(self.root, folder)
        for _, _, path in self._entries(base):
            fetched = self._read(path, f"{folder}|{path.parent.name}/{path.name}")
            if fetched is not None:
                yield fetched
