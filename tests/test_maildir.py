"""The Maildir twins: the mailbox (read, file by rename, never delete) and the outbox (write once per Message-ID)."""
from __future__ import annotations

import email
import os
from email import policy
from pathlib import Path

import pytest
from helpers import make_eml

from triage_daemon.mail.mailboxes import MailboxError
from triage_daemon.mail.mailboxes.maildir import MaildirMailbox, folder_dir
from triage_daemon.mail.outboxes.maildir import MaildirOutbox


def mailbox(root: Path, max_bytes: int = 25 * 1024 * 1024) -> MaildirMailbox:
    box = MaildirMailbox(root, max_bytes)
    box.open()
    return box


def deliver(root: Path, name: str, raw: bytes, sub: str = "new") -> Path:
    path = root / sub / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(raw)
    return path


def all_files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file())


# --- reading --------------------------------------------------------------------------------------

def test_open_creates_the_maildir_folders(tmp_path):
    mailbox(tmp_path / "inbox")
    assert all((tmp_path / "inbox" / sub).is_dir() for sub in ("new", "cur", "tmp"))


def test_fetch_new_sees_messages_in_new_and_in_cur(tmp_path):
    root = tmp_path / "inbox"
    box = mailbox(root)
    first = make_eml(subject="first", message_id="<1@x.example>")
    second = make_eml(subject="second", message_id="<2@x.example>")
    deliver(root, "1700000000.1.host", first, "new")
    deliver(root, "1700000001.2.host:2,S", second, "cur")
    fetched = {f.ref: f for f in box.fetch_new(None)}
    assert set(fetched) == {"new/1700000000.1.host", "cur/1700000001.2.host:2,S"}
    assert fetched["new/1700000000.1.host"].raw == first
    assert fetched["cur/1700000001.2.host:2,S"].raw == second
    assert all(not f.oversized and f.size == len(f.raw) for f in fetched.values())


def test_fetch_new_ignores_messages_still_being_delivered_in_tmp(tmp_path):
    root = tmp_path / "inbox"
    box = mailbox(root)
    deliver(root, "1700000000.1.host", make_eml(), "tmp")
    assert list(box.fetch_new(None)) == []


def test_fetch_new_ignores_dot_files(tmp_path):
    root = tmp_path / "inbox"
    box = mailbox(root)
    deliver(root, ".hidden", make_eml(), "new")
    assert list(box.fetch_new(None)) == []


def test_fetch_new_does_not_list_messages_already_filed_in_sub_folders(tmp_path):
    root = tmp_path / "inbox"
    box = mailbox(root)
    deliver(root, "1.host", make_eml())
    box.file("new/1.host", "Triage/Bug", flagged=False)
    assert list(box.fetch_new(None)) == []


def test_fetch_by_ref_reads_the_message(tmp_path):
    root = tmp_path / "inbox"
    box = mailbox(root)
    raw = make_eml(subject="by ref")
    deliver(root, "1.host", raw)
    assert box.fetch("new/1.host").raw == raw


def test_fetch_by_ref_still_finds_a_message_another_client_moved_to_cur_with_flags(tmp_path):
    root = tmp_path / "inbox"
    box = mailbox(root)
    raw = make_eml(subject="moved")
    path = deliver(root, "1700000000.1.host", raw)
    os.rename(path, root / "cur" / "1700000000.1.host:2,S")
    fetched = box.fetch("new/1700000000.1.host")
    assert fetched is not None and fetched.raw == raw


def test_fetch_by_ref_still_finds_a_message_whose_flags_changed(tmp_path):
    root = tmp_path / "inbox"
    box = mailbox(root)
    raw = make_eml(subject="reflagged")
    path = deliver(root, "1700000000.1.host:2,S", raw, "cur")
    os.rename(path, root / "cur" / "1700000000.1.host:2,RS")
    fetched = box.fetch("cur/1700000000.1.host:2,S")
    assert fetched is not None and fetched.raw == raw


def test_fetch_by_ref_of_a_vanished_message_is_none(tmp_path):
    box = mailbox(tmp_path / "inbox")
    assert box.fetch("new/1700000000.9.host") is None


def test_oversized_message_comes_back_with_only_its_header(tmp_path):
    root = tmp_path / "inbox"
    box = mailbox(root, max_bytes=2048)
    raw = make_eml(subject="huge attachment", body="A" * 50_000 + "\n")
    deliver(root, "big.host", raw)
    [fetched] = list(box.fetch_new(None))
    assert fetched.oversized is True
    assert fetched.size == len(raw)
    assert b"Subject: huge attachment" in fetched.raw
    assert b"AAAA" not in fetched.raw
    assert len(fetched.raw) < 2048


def test_message_at_the_size_limit_is_not_oversized(tmp_path):
    root = tmp_path / "inbox"
    raw = make_eml(body="B" * 500)
    box = mailbox(root, max_bytes=len(raw))
    deliver(root, "edge.host", raw)
    [fetched] = list(box.fetch_new(None))
    assert fetched.oversized is False and fetched.raw == raw


# --- filing ---------------------------------------------------------------------------------------------

def test_file_moves_the_message_into_a_maildir_plus_plus_sub_folder_by_rename(tmp_path):
    root = tmp_path / "inbox"
    box = mailbox(root)
    raw = make_eml(subject="a bug")
    path = deliver(root, "1700000000.1.host", raw)
    inode = path.stat().st_ino
    ref = box.file("new/1700000000.1.host", "Triage/Bug", flagged=False)
    target = root / ".Triage.Bug" / "cur" / "1700000000.1.host:2,"
    assert target.read_bytes() == raw
    assert target.stat().st_ino == inode       # renamed, not copied
    assert not path.exists()
    assert ref == "Triage/Bug|cur/1700000000.1.host:2,"
    assert all((root / ".Triage.Bug" / sub).is_dir() for sub in ("new", "cur", "tmp"))


def test_file_with_flagged_adds_the_f_flag(tmp_path):
    root = tmp_path / "inbox"
    box = mailbox(root)
    deliver(root, "1700000000.1.host", make_eml())
    ref = box.file("new/1700000000.1.host", "Triage/Escalation", flagged=True)
    assert ref.endswith(":2,F")
    assert (root / ".Triage.Escalation" / "cur" / "1700000000.1.host:2,F").exists()


def test_file_keeps_the_flags_the_message_already_had(tmp_path):
    root = tmp_path / "inbox"
    box = mailbox(root)
    deliver(root, "1700000000.1.host:2,RS", make_eml(), "cur")
    ref = box.file("cur/1700000000.1.host:2,RS", "Triage/Escalation", flagged=True)
    flags = ref.rsplit(":2,", 1)[1]
    assert set(flags) == {"F", "R", "S"}
    assert flags == "".join(sorted(flags))     # Maildir wants flags in ASCII order


def test_file_to_inbox_keeps_the_message_in_the_root_maildir(tmp_path):
    root = tmp_path / "inbox"
    box = mailbox(root)
    deliver(root, "1.host", make_eml())
    ref = box.file("new/1.host", "INBOX", flagged=False)
    assert (root / "cur" / "1.host:2,").exists()
    assert box.fetch(ref) is not None


def test_filed_message_can_be_fetched_and_filed_again_by_its_new_ref(tmp_path):
    root = tmp_path / "inbox"
    box = mailbox(root)
    raw = make_eml()
    deliver(root, "1.host", raw)
    ref = box.file("new/1.host", "Triage/Review", flagged=False)
    assert box.fetch(ref).raw == raw
    ref2 = box.file(ref, "Triage/Bug", flagged=True)
    assert box.fetch(ref2).raw == raw
    assert [f.raw for f in box.list_folder("Triage/Bug")] == [raw]
    assert list(box.list_folder("Triage/Review")) == []


def test_filing_twice_into_the_same_folder_is_harmless(tmp_path):
    root = tmp_path / "inbox"
    box = mailbox(root)
    deliver(root, "1.host", make_eml())
    ref = box.file("new/1.host", "Triage/Bug", flagged=True)
    assert box.file(ref, "Triage/Bug", flagged=True) == ref
    assert len(all_files(root)) == 1


def test_filing_never_deletes_anything(tmp_path):
    root = tmp_path / "inbox"
    box = mailbox(root)
    for i in range(5):
        deliver(root, f"{i}.host", make_eml(subject=f"m{i}", message_id=f"<{i}@x.example>"))
    before = all_files(root)
    contents = sorted(p.read_bytes() for p in before)
    for i, folder in enumerate(["Triage/Bug", "Triage/Noise", "Triage/Bug", "Triage/Review", "INBOX"]):
        box.file(f"new/{i}.host", folder, flagged=i % 2 == 0)
    after = all_files(root)
    assert len(after) == len(before)
    assert sorted(p.read_bytes() for p in after) == contents


def test_filing_a_message_that_is_gone_is_a_mailbox_error(tmp_path):
    box = mailbox(tmp_path / "inbox")
    with pytest.raises(MailboxError):
        box.file("new/vanished.host", "Triage/Bug", flagged=False)


@pytest.mark.parametrize("folder", ["../outside", ".hidden", "Triage/../../etc"])
def test_folder_names_that_would_escape_the_maildir_are_refused(tmp_path, folder):
    with pytest.raises(MailboxError):
        folder_dir(tmp_path, folder)


def test_folder_dir_maps_slashes_to_maildir_plus_plus_dots(tmp_path):
    assert folder_dir(tmp_path, "Triage/Bug") == tmp_path / ".Triage.Bug"
    assert folder_dir(tmp_path, "INBOX") == tmp_path


# --- the outbox -------------------------------------------------------------------------------------------

def outgoing(message_id="<triage.reply.abc@example.com>", subject="Re: hello") -> bytes:
    return make_eml(subject=subject, sender="GoodTime Help Line <helpline@example.com>", to="dana@example.com",
                    message_id=message_id, body="The answer.\n",
                    headers={"In-Reply-To": "<msg-1@mail.example.com>", "References": "<msg-1@mail.example.com>",
                             "Auto-Submitted": "auto-replied"}, newline="\r\n")


def outbox_files(root: Path) -> list[Path]:
    return sorted(p for sub in ("new", "cur") for p in (root / sub).glob("*") if p.is_file())


def test_outbox_writes_a_complete_message_into_new(tmp_path):
    root = tmp_path / "outbox"
    payload = outgoing()
    MaildirOutbox(root).send("helpline@example.com", "dana@example.com", "triage.reply.abc@example.com", payload)
    [path] = outbox_files(root)
    assert path.parent.name == "new"
    data = path.read_bytes()
    assert data.endswith(payload)
    msg = email.message_from_bytes(data, policy=policy.default)
    for header in ("From", "To", "Subject", "Message-ID", "In-Reply-To", "References", "Auto-Submitted"):
        assert msg[header], header
    assert msg["Message-ID"] == "<triage.reply.abc@example.com>"
    assert msg.get_content().strip() == "The answer."


def test_outbox_records_envelope_sender_and_recipient(tmp_path):
    root = tmp_path / "outbox"
    MaildirOutbox(root).send("helpline@example.com", "dana@example.com", "id-1@example.com", outgoing())
    msg = email.message_from_bytes(outbox_files(root)[0].read_bytes(), policy=policy.default)
    assert msg["Return-Path"] == "<helpline@example.com>"
    assert msg["Delivered-To"] == "dana@example.com"


def test_outbox_leaves_nothing_in_tmp(tmp_path):
    root = tmp_path / "outbox"
    MaildirOutbox(root).send("helpline@example.com", "dana@example.com", "id-1@example.com", outgoing())
    assert list((root / "tmp").iterdir()) == []


def test_outbox_writing_the_same_message_id_twice_leaves_one_file(tmp_path):
    root = tmp_path / "outbox"
    box = MaildirOutbox(root)
    box.send("helpline@example.com", "dana@example.com", "triage.reply.abc@example.com", outgoing())
    box.send("helpline@example.com", "dana@example.com", "triage.reply.abc@example.com", outgoing())
    assert len(outbox_files(root)) == 1


def test_outbox_writing_the_same_message_id_after_it_was_read_still_leaves_one_file(tmp_path):
    # A mail client that reads the outbox Maildir moves new/NAME to cur/NAME:2,S.
    root = tmp_path / "outbox"
    box = MaildirOutbox(root)
    box.send("helpline@example.com", "dana@example.com", "triage.reply.abc@example.com", outgoing())
    [path] = outbox_files(root)
    os.rename(path, root / "cur" / f"{path.name}:2,S")
    box.send("helpline@example.com", "dana@example.com", "triage.reply.abc@example.com", outgoing())
    assert len(outbox_files(root)) == 1


def test_outbox_keeps_different_messages_apart(tmp_path):
    root = tmp_path / "outbox"
    box = MaildirOutbox(root)
    box.send("helpline@example.com", "dana@example.com", "triage.reply.a@example.com", outgoing("<triage.reply.a@example.com>"))
    box.send("helpline@example.com", "support@goodtime.io", "triage.forward.a@example.com",
             outgoing("<triage.forward.a@example.com>"))
    assert len(outbox_files(root)) == 2


def test_outbox_can_be_read_back_by_the_maildir_mailbox(tmp_path):
    root = tmp_path / "outbox"
    payload = outgoing()
    MaildirOutbox(root).send("helpline@example.com", "dana@example.com", "triage.reply.abc@example.com", payload)
    [fetched] = list(mailbox(root).fetch_new(None))
    assert fetched.raw.endswith(payload)
