"""Labels from the mailbox itself: a person moving a triaged message into another category folder."""
from __future__ import annotations

import logging

from ..config import CATEGORIES, Config
from ..mail.mailboxes import Mailbox
from ..mail.parse import ParseError, parse
from ..message import message_key
from ..state.store import Store

log = logging.getLogger("triage_daemon")


def category_folders(cfg: Config) -> dict[str, str]:
    """folder -> category, for the folders that mean a category."""
    return {cfg.folders[c]: c for c in CATEGORIES}


def collect_corrections(mailbox: Mailbox, store: Store, cfg: Config) -> int:
    """Record a label for every message a person moved into a category folder other than ours."""
    found = 0
    for folder, category in category_folders(cfg).items():
        for fetched in mailbox.list_folder(folder):
            try:
                msg = parse(fetched.raw)
            except ParseError:
                continue
            key = message_key(msg)
            row = store.get(key)
            if row is None or row.folder == folder:
                continue  # not ours, or where we filed it
            decided = row.category or "?"
            # Until its mail is sent and it is filed, a decided message waits in the inbox, not in its folder.
            source = row.folder if row.status == "done" else f"the inbox (bound for {row.folder})"
            store.add_label(key, category, f"moved from {source} ({decided}) to {folder}", fetched.raw)
            found += 1
            log.info("correction: <%s> moved from %s to %s: labelled %s (was %s)", msg.message_id, source,
                     folder, category, decided)
            waiting = [e for e in store.effects_for(key) if e.status in ("pending", "sending")]
            if waiting and category == "noise":
                # The documented gesture: filed as noise, it needs nothing, so nothing still waiting goes out.
                store.cancel_effects(key)
                log.info("<%s> filed in %s by a person: its %d unsent message(s) cancelled", msg.message_id, folder,
                         len(waiting))
            elif waiting:
                # Its messages still go out (the next pass sends them); it stays where the person put it.
                store.moved_by_person(key, fetched.ref, folder)
                continue
            store.mark_done(key, fetched.ref, folder)
    return found
