"""The IMAP mailbox (imapclient): UID-tracked fetch with BODY.PEEK, MOVE or COPY+UID EXPUNGE, IDLE."""
from __future__ import annotations

import logging
import socket
import ssl
import threading
import time
from dataclasses import replace
from typing import Iterator

from ... import secrets
from ...config import Config, ConfigError
from . import Fetched, FolderRefused, MailboxError

log = logging.getLogger("triage_daemon.imap")
TIMEOUT = 60.0
HEADER_ONLY = b"BODY[HEADER]"


class FolderGone(MailboxError):
    """The folder to move into does not exist (any more): the server answered NO [TRYCREATE]."""


def _tls_context(cfg: Config) -> ssl.SSLContext:
    try:
        return ssl.create_default_context(cafile=cfg.ca_file) if cfg.ca_file else ssl.create_default_context()
    except (OSError, ssl.SSLError) as exc:
        raise ConfigError(f"ca_file: cannot load {cfg.ca_file}: {exc}") from None


def _errors():
    import imapclient.exceptions as ie
    return (ie.IMAPClientError, socket.error, ssl.SSLError, OSError, EOFError)


FILE_CHUNK = 500           # UIDs per FETCH/MOVE command when filing
IDLE_FIRST_LOOK = 1.0      # seconds into IDLE: UIDNEXT against SELECT's, for mail that came in between
IDLE_LOOK_EVERY = 15.0     # and again this often, for mail that came while IDLE was renewed


class ImapMailbox:
    def __init__(self, cfg: Config):
        ep = cfg.mailbox
        self.cfg = cfg
        self.folder = ep.path or "INBOX"
        # The name keys the state's cursor and the lease: it stays as it was. `display` is the URL as configured.
        self.name = f"{ep.scheme}://{ep.user}@{ep.host}/{self.folder}"
        self.display = str(replace(ep, path=self.folder))
        self.client = None
        self.uidvalidity: int | None = None
        self.delimiter = "/"
        self.capabilities: set[bytes] = set()
        self.keywords_allowed = False
        self._known_folders: set[str] = set()
        self._drafts: str | None = None      # the drafts folder, once found
        # (UIDVALIDITY, UIDNEXT) as the last pass saw it, and the UIDNEXT the IDLE watcher last reported:
        # mail that arrived while nobody was idling is reported by the next wait() at once.
        self._pass_saw: tuple[int, int] | None = None
        self._reported: tuple[int, int] | None = None   # (UIDVALIDITY, UIDNEXT) a wait last reported

    # --- connection -----------------------------------------------------------------------
    def connect(self):
        """A logged-in client; the IDLE watcher opens its own with this."""
        from imapclient import IMAPClient

        ep = self.cfg.mailbox
        use_ssl = ep.scheme == "imaps"
        port = ep.port or (993 if use_ssl else 143)
        where = f"{ep.host}:{port}"
        try:
            client = IMAPClient(ep.host, port=port, ssl=use_ssl, ssl_context=_tls_context(self.cfg) if use_ssl else None,
                                timeout=TIMEOUT)
        except ssl.SSLCertVerificationError as exc:
            raise MailboxError(f"mailbox: TLS certificate verify failed for {where} ({exc.verify_message}); "
                               f"for a private CA set ca_file") from None
        except _errors() as exc:
            raise MailboxError(f"mailbox: cannot connect to {where}: {exc}") from None
        try:
            if not use_ssl and self.cfg.starttls != "off":
                caps = client.capabilities()
                if b"STARTTLS" in caps:
                    client.starttls(_tls_context(self.cfg))
                else:
                    # Stripping STARTTLS is how an attacker on the path reads a password: never log in
                    # in the clear unless the admin said so (starttls = "off").
                    raise MailboxError(f"mailbox: {where} does not offer STARTTLS, so the password would go in "
                                       f"the clear (starttls = \"{self.cfg.starttls}\"); refusing to log in. Use "
                                       f"imaps://, or set starttls = \"off\" if this network is trusted")
            if self.cfg.oauth2_token_command:
                self._oauth2_login(client, ep.user, where)
            else:
                password = secrets.password(self.cfg, "mailbox")
                if password is None:
                    raise MailboxError(f"mailbox: no password for {ep.user}; set TRIAGE_MAILBOX_PASSWORD or "
                                       f"mailbox_password_file (see docs/configuration.md, 'Secrets')")
                if password.isascii():
                    client.login(ep.user, password)
                else:   # LOGIN takes ASCII only: AUTHENTICATE PLAIN carries UTF-8 (RFC 4616)
                    client.plain_login(ep.user, password)
        except UnicodeError:
            # Never the error's own text: it names the character and where it sits in the password.
            _quiet_logout(client)
            raise MailboxError(f"mailbox: login as {ep.user} at {where} failed: the user name or password holds "
                               f"characters this server's login does not take", auth=True) from None
        except MailboxError:
            _quiet_logout(client)
            raise
        except ssl.SSLCertVerificationError as exc:
            _quiet_logout(client)
            raise MailboxError(f"mailbox: TLS certificate verify failed for {where} after STARTTLS "
                               f"({exc.verify_message}); for a private CA set ca_file") from None
        except _errors() as exc:
            _quiet_logout(client)
            text = str(exc)
            if "auth" in text.lower() or "login" in text.lower():
                raise MailboxError(f"mailbox: login as {ep.user} at {where} failed: check the password or token",
                                   auth=True) from None
            raise MailboxError(f"mailbox: {where}: {text[:200]}") from None
        return client

    def _oauth2_login(self, client, user: str, where: str) -> None:
        """XOAUTH2 with a fresh token from oauth2_token_command. A refused token (expired while a
        helper still had it cached, say) is replaced once: the command runs again, then we go on."""
        from imapclient.exceptions import LoginError

        for attempt in (1, 2):
            try:
                token = secrets.oauth2_token(self.cfg)
            except ConfigError as exc:  # the helper failed this time; the pass backs off and retries
                raise MailboxError(f"mailbox: no OAuth2 token for {user}: {exc}") from None
            try:
                client.oauth2_login(user, token)
                return
            except LoginError as exc:
                if attempt == 2:
                    raise MailboxError(
                        f"mailbox: OAuth2 login as {user} at {where} refused ({str(exc)[:120]}), with two tokens "
                        f"from oauth2_token_command: check that it prints an access token for {user} with the "
                        f"IMAP scope") from None
                log.warning("mailbox: %s refused the OAuth2 token for %s (expired?); running oauth2_token_command "
                            "again", where, user)

    def open(self) -> None:
        if self.client is not None:
            return
        client = self.connect()
        try:
            self.capabilities = set(client.capabilities())
            try:
                ns = client.namespace()
                if ns.personal and ns.personal[0][1]:
                    self.delimiter = ns.personal[0][1] if isinstance(ns.personal[0][1], str) else ns.personal[0][1].decode()
            except _errors():
                pass
            self._select(client)
        except _errors() as exc:
            _quiet_logout(client)
            raise MailboxError(f"mailbox: cannot open folder {self.folder}: {exc}") from None
        self.client = client

    def _select(self, client) -> None:
        info = client.select_folder(self.folder)
        self.uidvalidity = int(info[b"UIDVALIDITY"])
        flags = info.get(b"PERMANENTFLAGS", ())
        self.keywords_allowed = b"\\*" in flags

    def close(self) -> None:
        if self.client is not None:
            _quiet_logout(self.client)
            self.client = None
        self._known_folders.clear()   # a person may delete a folder meanwhile: look again on the next connection

    def _call(self, what: str, fn, *args):
        try:
            return fn(*args)
        except _errors() as exc:
            self.close()
            raise MailboxError(f"mailbox: {what} failed: {str(exc)[:200]}") from None

    # --- reading --------------------------------------------------------------------------
    def _reopen_if_stale(self) -> None:
        """An open connection may have died since the last pass (a server restart, an idle timeout): then
        open a fresh one at once rather than fail the pass and wait out a back-off. Already selected,
        NOOP also lets the server report new mail (a re-SELECT costs ~10 ms on a big folder)."""
        if self.client is not None:
            try:
                self.client.noop()
            except _errors() as exc:
                log.info("the connection to the mailbox was lost (%s); opening a new one", str(exc)[:200])
                self.close()
        self.open()

    def fetch_new(self, cursor: tuple[int, int] | None) -> Iterator[Fetched]:
        self._reopen_if_stale()
        c = self.client
        status = self._call("status", c.folder_status, self.folder, [b"UIDNEXT"])
        if status.get(b"UIDNEXT"):
            self._pass_saw = (self.uidvalidity, int(status[b"UIDNEXT"]))
        last = cursor[1] if cursor and cursor[0] == self.uidvalidity else 0
        if cursor and cursor[0] != self.uidvalidity:
            log.warning("UIDVALIDITY of %s changed (%s -> %s): re-reading; state de-duplicates by Message-ID",
                        self.folder, cursor[0], self.uidvalidity)
        # `UID n:*` always returns the highest UID, even when it is below n: drop those.
        uids = sorted(u for u in self._call("search", c.search, ["UID", f"{last + 1}:*"]) if u > last)
        chunk = self.cfg.fetch_chunk
        for i in range(0, len(uids), chunk):
            sizes = self._call("fetch sizes", c.fetch, uids[i:i + chunk], ["RFC822.SIZE"])
            # Bodies in runs of at most fetch_chunk_bytes (a larger message alone), in UID order.
            for part in _runs(uids[i:i + chunk], sizes, self.cfg.fetch_chunk_bytes, self.cfg.max_message_bytes):
                yield from self._fetch_run(part, sizes)

    def _fetch_run(self, part: list[int], sizes: dict) -> Iterator[Fetched]:
        c = self.client
        small = [u for u in part if u in sizes and sizes[u].get(b"RFC822.SIZE", 0) <= self.cfg.max_message_bytes]
        big = [u for u in part if u in sizes and u not in small]
        bodies = self._call("fetch", c.fetch, small, ["BODY.PEEK[]"]) if small else {}
        heads = self._call("fetch headers", c.fetch, big, ["BODY.PEEK[HEADER]"]) if big else {}
        for uid in part:
            ref = f"{self.folder}/{self.uidvalidity}/{uid}"
            if uid in bodies and b"BODY[]" in bodies[uid]:
                raw = bodies[uid][b"BODY[]"] or b""
                yield Fetched(ref, raw, len(raw), cursor=(self.uidvalidity, uid))
            elif uid in heads:
                yield Fetched(ref, heads[uid].get(HEADER_ONLY) or b"", sizes[uid][b"RFC822.SIZE"], oversized=True,
                              cursor=(self.uidvalidity, uid))

    def _parse_ref(self, ref: str) -> tuple[str, int, int] | None:
        try:
            folder, validity, uid = ref.rsplit("/", 2)
            return folder, int(validity), int(uid)
        except ValueError:
            return None

    def fetch(self, ref: str) -> Fetched | None:
        parsed = self._parse_ref(ref)
        if not parsed:
            return None
        folder, validity, uid = parsed
        self._reopen_if_stale()
        if folder != self.folder or validity != self.uidvalidity:
            return None
        # The size first, as fetch_new does: an oversized message is read as its header alone (a whole
        # 156 MB message read again after a crash took 559 MB, over the unit's MemoryMax).
        sizes = self._call("fetch size", self.client.fetch, [uid], ["RFC822.SIZE"])
        if uid not in sizes:
            return None
        size = sizes[uid].get(b"RFC822.SIZE", 0)
        if size > self.cfg.max_message_bytes:
            heads = self._call("fetch headers", self.client.fetch, [uid], ["BODY.PEEK[HEADER]"])
            if uid not in heads:
                return None
            return Fetched(ref, heads[uid].get(HEADER_ONLY) or b"", size, oversized=True)
        data = self._call("fetch", self.client.fetch, [uid], ["BODY.PEEK[]"])
        if uid not in data or b"BODY[]" not in data[uid]:
            return None
        raw = data[uid][b"BODY[]"] or b""
        return Fetched(ref, raw, size or len(raw))

    # --- filing ---------------------------------------------------------------------------
    def _server_name(self, folder: str) -> str:
        return folder.replace("/", self.delimiter) if self.delimiter != "/" else folder

    def _ensure_folder(self, name: str) -> None:
        """Create the folder if it is missing. FolderRefused when the server says no (the connection is
        fine: only what goes there waits); MailboxError when the connection is lost."""
        import imapclient.exceptions as ie

        if name in self._known_folders:
            return
        c = self.client
        if not self._call("folder_exists", c.folder_exists, name):
            try:
                c.create_folder(name)
                c.subscribe_folder(name)
            except _errors() as exc:
                if not self._call("folder_exists", c.folder_exists, name):
                    if isinstance(exc, ie.IMAPClientError) and not isinstance(exc, ie.IMAPClientAbortError):
                        raise FolderRefused(f"mailbox: cannot create folder {name}: {str(exc)[:200]}") from None
                    raise MailboxError(f"mailbox: cannot create folder {name}: {exc}") from None
        self._known_folders.add(name)

    def ensure_folders(self, folders: list[str]) -> tuple[list[str], dict[str, str]]:
        """Create those of `folders` (written with "/") that the server lacks: one LIST of every folder,
        then CREATE, and SUBSCRIBE as filing does, for each missing one only. A folder that exists is
        left as it is; nothing is moved, renamed or deleted. A name LIST shows as \\Noselect or
        \\NonExistent (a bare parent of other folders) takes no mail: it is created too.

        Returns (the folders created, {folder: the server's reason} for those it refused to create).
        A lost connection raises MailboxError."""
        import imapclient.exceptions as ie

        lost = (ie.IMAPClientAbortError, OSError, EOFError)   # the rest of IMAPClientError: the server said NO
        self.open()
        c = self.client
        usable = _usable(self._call("list", c.list_folders))
        created: list[str] = []
        refused: dict[str, str] = {}
        for folder in dict.fromkeys(folders):
            name = self._server_name(folder)
            if _folder_key(name) not in usable:
                try:
                    c.create_folder(name)
                except lost as exc:
                    self.close()
                    raise MailboxError(f"mailbox: create folder {name} failed: {str(exc)[:200]}") from None
                except ie.IMAPClientError as exc:
                    # Created meanwhile by someone else (NO [ALREADYEXISTS]) is as good as created by us, and
                    # so is one a server that ignores case (Exchange) has in another case.
                    listed = {key.lower() for key in _usable(self._call("list", c.list_folders, "", name))}
                    if _folder_key(name).lower() not in listed:
                        refused[folder] = str(exc)[:200]
                        continue
                else:
                    created.append(folder)
                    try:
                        c.subscribe_folder(name)
                    except lost as exc:
                        self.close()
                        raise MailboxError(f"mailbox: subscribe folder {name} failed: {str(exc)[:200]}") from None
                    except ie.IMAPClientError as exc:   # it takes mail; only a client's folder list may hide it
                        log.warning("mailbox: created folder %s but could not subscribe to it: %s", name,
                                    str(exc)[:200])
            self._known_folders.add(name)
        return created, refused

    def file(self, ref: str, folder: str, flagged: bool) -> str:
        self.open()
        self._ensure_folder(self._server_name(folder))    # FolderRefused, rather than None from file_many
        return self.file_many([(ref, folder, flagged)])[0]

    def file_many(self, items: list[tuple[str, str, bool]]) -> list[str | None]:
        """Move messages into their folders, one command per folder for the lot: MOVE, or COPY +
        \\Deleted + UID EXPUNGE of exactly those UIDs. Never deletes. Returns the new references; None
        for those whose folder the server refuses to create (logged; they stay where they are); "" for
        those no longer in the folder (a person moved or deleted them since they were read: MOVE would
        skip them without a word)."""
        self.open()
        c = self.client
        done: dict[str, str | None] = {}
        groups: dict[str, list[tuple[int, bool, str]]] = {}
        for ref, folder, flagged in items:
            parsed = self._parse_ref(ref)
            if parsed is None:
                raise MailboxError(f"message reference {ref!r} is not an IMAP reference")
            src, validity, uid = parsed
            if src != self.folder or validity != self.uidvalidity:
                done[ref] = ref  # already filed, or the folder was rebuilt: nothing left to move
            else:
                groups.setdefault(folder, []).append((uid, flagged, ref))
        for folder, group in groups.items():
            # A command line holds at most FILE_CHUNK UIDs: after an outage thousands may wait (servers cap
            # a line's length: Dovecot at 64 KiB).
            for start in range(0, len(group), FILE_CHUNK):
                entries = group[start:start + FILE_CHUNK]
                target = self._server_name(folder)
                if not self._folder_for(target, entries, done):
                    continue
                # NOOP first: until the server has told this session of another's EXPUNGE, it may still FETCH it.
                self._call("look", c.noop)
                present = set(self._call("look", c.fetch, [uid for uid, _, _ in entries], ["FLAGS"]))
                gone = [(uid, ref) for uid, _, ref in entries if uid not in present]
                if gone:
                    log.info("mailbox: %d message%s left %s before %s filed (moved or deleted by a person): "
                             "not filed: UID %s", len(gone), "" if len(gone) == 1 else "s", self.folder,
                             "it was" if len(gone) == 1 else "they were", ", ".join(str(uid) for uid, _ in gone))
                    done.update((ref, "") for _, ref in gone)
                    entries = [entry for entry in entries if entry[0] in present]
                    if not entries:
                        continue
                uids = [uid for uid, _, _ in entries]
                flagged = [uid for uid, flag, _ in entries if flag]
                if flagged:
                    self._call("flag", c.add_flags, flagged, [b"\\Flagged"])
                if self.keywords_allowed:
                    try:
                        c.add_flags(uids, [b"$Triaged"])
                    except _errors():
                        pass
                try:
                    self._transfer(uids, target)
                except FolderGone:
                    # A person deleted the folder since we made it (NO [TRYCREATE]): make it again, move again.
                    self._known_folders.discard(target)
                    if not self._folder_for(target, entries, done):
                        continue
                    log.info("mailbox: folder %s had gone (deleted by a person?): made again", target)
                    self._transfer(uids, target)
                for uid, _, ref in entries:
                    done[ref] = f"{folder}/filed/{uid}"
        return [done[ref] for ref, _, _ in items]

    def _folder_for(self, target: str, entries: list[tuple[int, bool, str]], done: dict[str, str | None]) -> bool:
        """Make sure `target` exists; when the server refuses to create it, its messages wait where they are
        (None in `done`, logged) and False is returned."""
        try:
            self._ensure_folder(target)
        except FolderRefused as exc:
            log.warning("%s; %d message%s wait in %s until it exists (filing tries again each pass)", exc,
                        len(entries), "" if len(entries) == 1 else "s", self.folder)
            done.update((ref, None) for _, _, ref in entries)
            return False
        return True

    def _transfer(self, uids: list[int], target: str) -> None:
        """MOVE, or COPY + \\Deleted + UID EXPUNGE of exactly those UIDs, or COPY alone. FolderGone when the
        server says the folder does not exist (TRYCREATE, RFC 3501); MailboxError on anything else."""
        import imapclient.exceptions as ie

        c = self.client
        steps = ([("move", c.move, uids, target)] if b"MOVE" in self.capabilities else
                 [("copy", c.copy, uids, target), ("flag deleted", c.add_flags, uids, [b"\\Deleted"]),
                  ("uid expunge", c.uid_expunge, uids)] if b"UIDPLUS" in self.capabilities else
                 # Without MOVE or UIDPLUS an expunge could remove other clients' deletions: copy only.
                 [("copy", c.copy, uids, target)])
        for what, fn, *args in steps:
            try:
                fn(*args)
            except ie.IMAPClientError as exc:
                if what in ("move", "copy") and not isinstance(exc, ie.IMAPClientAbortError) \
                        and "TRYCREATE" in str(exc).upper():
                    raise FolderGone(f"mailbox: {what} into {target} failed: {str(exc)[:200]}") from None
                self.close()
                raise MailboxError(f"mailbox: {what} failed: {str(exc)[:200]}") from None
            except _errors() as exc:
                self.close()
                raise MailboxError(f"mailbox: {what} failed: {str(exc)[:200]}") from None

    def append(self, folder: str, raw: bytes) -> None:
        """Store a copy of a message we sent (the Sent folder), marked read."""
        self.open()
        name = self._server_name(folder)
        self._ensure_folder(name)
        self._call("append", self.client.append, name, raw, [b"\\Seen"])

    def drafts_folder(self, configured: str | None) -> str:
        """The configured folder, else the one the server marks \\Drafts (RFC 6154), else "Drafts"."""
        if configured:
            return configured
        if self._drafts:
            return self._drafts
        self.open()
        found = None
        try:
            for flags, delimiter, name in self.client.list_folders():
                if b"\\Drafts" in flags or "\\Drafts" in flags:
                    found = name if isinstance(name, str) else name.decode()
                    break
        except _errors() as exc:
            log.info("mailbox: cannot LIST folders to find \\Drafts (%s); using Drafts", str(exc)[:200])
        if found and self.delimiter != "/":
            found = found.replace(self.delimiter, "/")
        self._drafts = found or "Drafts"
        return self._drafts

    def save_draft(self, folder: str, raw: bytes, message_id: str) -> None:
        """APPEND to folder (created when missing) with the \\Draft flag."""
        self.open()
        name = self._server_name(folder)
        self._ensure_folder(name)
        self._call("append", self.client.append, name, raw, [b"\\Draft"])

    def has_message_id(self, folder: str, message_id: str) -> bool:
        """Does folder hold a message with this Message-ID (SEARCH HEADER Message-ID)?"""
        self.open()
        c = self.client
        name = self._server_name(folder)
        if not self._call("folder_exists", c.folder_exists, name):
            return False
        self._call("select", c.select_folder, name, True)
        try:
            return bool(self._call("search", c.search, ["HEADER", "Message-ID", f"<{message_id}>"]))
        finally:
            self._call("select", self._select, c)

    def remove_draft(self, folder: str, message_id: str) -> int:
        """Remove our draft with this Message-ID (and X-Triage-Action: draft) from folder: \\Deleted and UID
        EXPUNGE of exactly those UIDs. Without UIDPLUS nothing is removed (an EXPUNGE could take other
        clients' deletions with it). Nothing else is ever removed. Returns how many went."""
        self.open()
        c = self.client
        name = self._server_name(folder)
        if b"UIDPLUS" not in self.capabilities or not self._call("folder_exists", c.folder_exists, name):
            return 0
        self._call("select", c.select_folder, name)
        try:
            uids = self._call("search", c.search, ["HEADER", "Message-ID", f"<{message_id}>",
                                                   "HEADER", "X-Triage-Action", "draft"])
            if uids:
                self._call("flag deleted", c.add_flags, uids, [b"\\Deleted"])
                self._call("uid expunge", c.uid_expunge, uids)
            return len(uids)
        finally:
            self._call("select", self._select, c)

    # --- waiting --------------------------------------------------------------------------
    def wait(self, timeout: float, stop: threading.Event) -> bool:
        """IDLE on a separate connection until new mail, the timeout, or stop. True when mail came."""
        if b"IDLE" not in self.capabilities and self.client is not None:
            stop.wait(min(timeout, self.cfg.poll_interval))
            return False
        client = self.connect()
        try:
            info = client.select_folder(self.folder, readonly=True)
            now = (int(info.get(b"UIDVALIDITY") or 0), int(info.get(b"UIDNEXT") or 0))
            saw, told = self._pass_saw, self._reported
            if (told is None or told[0] != now[0] or now[1] > told[1]) and (
                    saw is None or saw[0] != now[0] or now[1] > saw[1]):
                # Mail came while no IDLE was running (at start, or while reconnecting): report it now,
                # once; IDLE would only tell of mail that arrives from here on. UIDs count afresh
                # under a new UIDVALIDITY (the folder was recreated).
                self._reported = now
                return True
            client.idle()
            deadline = time.monotonic() + min(timeout, self.cfg.idle_renew_seconds)
            look_at = time.monotonic() + IDLE_FIRST_LOOK
            quick_empty = 0
            while not stop.is_set() and time.monotonic() < deadline:
                if time.monotonic() >= look_at:
                    # Mail that came between SELECT (or the last look) and IDLE is not announced at once
                    # by every server (Dovecot: at its next keepalive, 35 s later): look at UIDNEXT.
                    client.idle_done()
                    status = client.folder_status(self.folder, [b"UIDNEXT"])
                    if now[1] and int(status.get(b"UIDNEXT") or 0) > now[1]:
                        return True
                    client.idle()
                    look_at = time.monotonic() + IDLE_LOOK_EVERY
                wait_for = min(5.0, max(0.1, min(deadline, look_at) - time.monotonic()))
                began = time.monotonic()
                responses = client.idle_check(timeout=wait_for)
                if any(len(r) > 1 and r[1] in (b"EXISTS", b"RECENT") for r in responses):
                    client.idle_done()
                    return True
                if any(r and r[0] == b"BYE" for r in responses):
                    raise MailboxError("mailbox: the server ended the IDLE session (BYE)")
                # imapclient swallows EOF: a closed connection shows as empty answers long before the timeout.
                quick_empty = quick_empty + 1 if not responses and time.monotonic() - began < wait_for / 2 else 0
                if quick_empty >= 3:
                    raise MailboxError("mailbox: the server closed the IDLE connection")
            client.idle_done()
            return False
        finally:
            _quiet_logout(client)

    def has_folder(self, folder: str) -> bool:
        self.open()
        return bool(self._call("folder_exists", self.client.folder_exists, self._server_name(folder)))

    def list_folder(self, folder: str, after: tuple[int, int] | None = None) -> Iterator[Fetched]:
        """Every message in folder; with `after` (UIDVALIDITY, UID) of the same folder, only those after it.
        Each one's cursor is (UIDVALIDITY, UID)."""
        self.open()
        c = self.client
        name = self._server_name(folder)
        if not self._call("folder_exists", c.folder_exists, name):
            return
        info = self._call("select", c.select_folder, name, True)
        validity = int(info[b"UIDVALIDITY"])
        try:
            if after is not None and after[0] == validity:
                uids = [u for u in self._call("search", c.search, ["UID", f"{after[1] + 1}:*"]) if u > after[1]]
            else:
                uids = self._call("search", c.search, ["ALL"])
            uids = sorted(uids)
            for i in range(0, len(uids), self.cfg.fetch_chunk):
                part = uids[i:i + self.cfg.fetch_chunk]
                data = self._call("fetch", c.fetch, part, ["BODY.PEEK[]"])
                for uid in part:
                    if uid in data and b"BODY[]" in data[uid]:
                        raw = data[uid][b"BODY[]"] or b""
                        yield Fetched(f"{folder}/{validity}/{uid}", raw, len(raw), cursor=(validity, uid))
        finally:
            self._call("select", self._select, c)


def _runs(uids: list[int], sizes: dict, limit: int, max_message: int) -> list[list[int]]:
    """Consecutive UIDs grouped so that the bodies of a group add up to at most `limit` bytes;
    a message larger than that is a group of its own (an oversized one costs only its header)."""
    runs: list[list[int]] = []
    total = 0
    for uid in uids:
        size = sizes.get(uid, {}).get(b"RFC822.SIZE", 0)
        size = size if size <= max_message else 0
        if runs and runs[-1] and total + size <= limit:
            runs[-1].append(uid)
            total += size
        else:
            runs.append([uid])
            total = size
    return runs


def _usable(listed) -> set[str]:
    """The folders of a LIST answer that can hold mail (not \\Noselect, not \\NonExistent), by _folder_key."""
    usable = set()
    for flags, _, name in listed:
        flags = {(f if isinstance(f, bytes) else f.encode()).lower() for f in flags}
        if not flags & {b"\\noselect", b"\\nonexistent"}:
            usable.add(_folder_key(name if isinstance(name, str) else name.decode()))
    return usable


def _folder_key(name: str) -> str:
    """A folder name as compared: INBOX in any case is INBOX (RFC 3501); every other name is exact."""
    return "INBOX" if name.upper() == "INBOX" else name


def _quiet_logout(client) -> None:
    try:
        client.logout()
    except Exception:
        try:
            client.shutdown()
        except Exception:
            pass
