"""Effects survive people: a message a person files before its messages went out keeps them until they are
sent; filing it in the Noise folder is the documented gesture that cancels them."""
from __future__ import annotations

import os
import sqlite3

from robust_helpers import QUESTION_BODY, QUESTION_SUBJECT, eml, state_rows
from test_poison import RefusingOutbox
from twin import Twin

from triage_daemon.mail.outboxes import SendError
from triage_daemon.service.daemon import Daemon


class DownOutbox(RefusingOutbox):
    """The outbox is down (a transient error) while `down` is true."""

    def __init__(self, inner):
        super().__init__(inner, refuse="")
        self.down = True

    def send(self, sender, recipient, message_id, payload, before_data=None):
        if self.down:
            raise SendError("outbox: cannot reach 127.0.0.1:25: connection refused", transient=True)
        self.inner.send(sender, recipient, message_id, payload, before_data)



def file_by_hand(twin: Twin, folder: str) -> None:
    """A person drags the one message in the INBOX into `folder` (Maildir++), as a mail client would."""
    [path] = [p for sub in ("new", "cur") for p in (twin.inbox / sub).iterdir()]
    target = twin.inbox / f".{folder.replace('/', '.')}" / "cur"
    target.mkdir(parents=True, exist_ok=True)
    os.rename(path, target / (path.name.split(":")[0] + ":2,S"))


def decided_while_the_outbox_is_down(tmp_path) -> tuple[Twin, Daemon, DownOutbox]:
    twin = Twin(tmp_path, "corrections_interval = 0\n")
    twin.deliver(eml(QUESTION_SUBJECT, QUESTION_BODY, msgid="<pending-1@mail.example.com>"))
    daemon = Daemon(twin.cfg)
    daemon.open()
    outbox = daemon.engine.outbox = DownOutbox(daemon.engine.outbox)
    stats = daemon.engine.run_pass()
    assert stats.decided == 1 and stats.deferred == 1
    assert state_rows(twin, "SELECT status FROM effects") == [("pending",)]
    return twin, daemon, outbox


def back_up(twin: Twin, outbox: DownOutbox) -> None:
    """The outbox is back and the retry is due (its back-off has passed)."""
    outbox.down = False
    db = sqlite3.connect(twin.root / "triage.db")
    db.execute("UPDATE effects SET next_try = 0")
    db.commit()
    db.close()


def test_a_reply_still_goes_out_after_a_person_files_the_message_in_another_folder(tmp_path):
    twin, daemon, outbox = decided_while_the_outbox_is_down(tmp_path)
    try:
        file_by_hand(twin, "Triage/Bug")
        assert daemon.collect_corrections() == 1          # a label for retraining, as before
        assert daemon.collect_corrections() == 0
        back_up(twin, outbox)
        daemon.engine.run_pass()
        [reply] = twin.sent_to("dana.cho@example.com")
        assert str(reply["In-Reply-To"]) == "<pending-1@mail.example.com>"
        assert state_rows(twin, "SELECT status FROM effects") == [("sent",)]
        assert state_rows(twin, "SELECT status, folder FROM messages") == [("done", "Triage/Bug")]
        assert len(twin.folder_files("Triage/Bug")) == 1    # left where the person put it
        assert daemon.store.summary()["effects"] == {"sent": 1}
    finally:
        daemon.close()


def test_filing_the_message_as_noise_cancels_what_is_still_unsent(tmp_path):
    twin, daemon, outbox = decided_while_the_outbox_is_down(tmp_path)
    try:
        file_by_hand(twin, "Triage/Noise")
        assert daemon.collect_corrections() == 1
        # It was still in the inbox, bound for its folder (the log named the folder as where it came from).
        [(source,)] = state_rows(twin, "SELECT source FROM labels")
        assert source.startswith("moved from the inbox (bound for Triage/") and source.endswith(" to Triage/Noise"), source
        back_up(twin, outbox)
        daemon.engine.run_pass()
        assert twin.sent() == []
        assert state_rows(twin, "SELECT status FROM effects") == [("cancelled",)]
        assert state_rows(twin, "SELECT status, folder FROM messages") == [("done", "Triage/Noise")]
        assert daemon.store.summary()["effects"] == {"cancelled": 1}
        assert daemon.store.queue_depth() == 0
    finally:
        daemon.close()
