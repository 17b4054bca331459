"""The state store: decisions with their effects, effect status, history counts, cursors, labels, errors."""
from __future__ import annotations

import time

import pytest

from triage_daemon.config import ConfigError
from triage_daemon.state.store import StateError, Store, open_state, open_store

DAY = 86400.0


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request, tmp_path):
    """Every store test runs on both databases: an SQLite file and the test PostgreSQL server."""
    if request.param == "sqlite":
        s = Store(str(tmp_path / "state" / "triage.db"))
    else:
        s = open_state(pg_config(request.getfixturevalue("pg_state")[0]))
    yield s
    s.close()


def pg_config(url: str):
    from triage_daemon.config import EMBEDDED_DEFAULT, from_dict

    return from_dict(dict(EMBEDDED_DEFAULT, state=url))


def decision(category="question", actions=("auto_reply",), priority="normal") -> dict:
    return {"category": category, "confidence": 0.9, "actions": list(actions), "priority": priority,
            "reasons": ["test"], "kb": None, "recipient": "dana@example.com"}


def info(sender="dana@example.com", thread="root-1@mail.example.com", message_id="msg-1@mail.example.com") -> dict:
    return {"message_id": message_id, "digest": "d" * 64, "sender": sender, "subject": "Hello", "thread": thread}


def record(store: Store, key="k1", effects=(), sender="dana@example.com", thread="root-1@mail.example.com",
           actions=("auto_reply",)):
    store.record_decision(key, "new/1", info(sender=sender, thread=thread, message_id=key), decision(actions=actions),
                          "Triage/Question", False, list(effects))


def reply_effect(recipient="dana@example.com", out_id="triage.reply.aaa@example.com"):
    return ("reply", recipient, out_id, b"payload")


# --- decisions and effects -------------------------------------------------------------------------------

def test_recorded_decision_can_be_read_back(store):
    record(store, "k1", [reply_effect()])
    row = store.get("k1")
    assert row.status == "decided"
    assert row.category == "question"
    assert row.decision["actions"] == ["auto_reply"]
    assert row.folder == "Triage/Question"
    assert row.ref == "new/1"


def test_unknown_message_key_reads_as_none(store):
    assert store.get("nope") is None


def test_effects_are_recorded_pending_with_the_decision(store):
    record(store, "k1", [reply_effect(), ("forward", "support@goodtime.io", "triage.forward.bbb@example.com", b"f")])
    effects = store.effects_for("k1")
    assert [(e.kind, e.status, e.attempts) for e in effects] == [("reply", "pending", 0), ("forward", "pending", 0)]
    assert effects[0].payload == b"payload"
    assert effects[0].out_id == "triage.reply.aaa@example.com"


def test_effect_recipient_is_stored_lower_case(store):
    record(store, "k1", [reply_effect(recipient="Dana@Example.COM")])
    assert store.effects_for("k1")[0].recipient == "dana@example.com"


def test_recording_the_same_decision_twice_never_duplicates_an_effect(store):
    record(store, "k1", [reply_effect()])
    record(store, "k1", [reply_effect()])
    assert len(store.effects_for("k1")) == 1


def test_pending_effects_are_due(store):
    record(store, "k1", [reply_effect()])
    assert [e.message_key for e in store.due_effects()] == ["k1"]


def test_effect_goes_from_pending_to_sending_to_sent_and_counts_the_attempt_once(store):
    record(store, "k1", [reply_effect()])
    effect = store.effects_for("k1")[0]
    assert store.claim_effect(effect)                   # the try is counted here ...
    store.effect_sending(effect.id)
    assert (store.effects_for("k1")[0].status, store.effects_for("k1")[0].attempts) == ("sending", 1)
    store.effect_status(effect.id, "sending", "no answer after DATA", retry_in=5)   # ... not again here
    store.effect_status(effect.id, "sent")
    effect = store.effects_for("k1")[0]
    assert (effect.status, effect.attempts) == ("sent", 1)


def test_sent_effects_are_no_longer_due(store):
    record(store, "k1", [reply_effect()])
    store.effect_status(store.effects_for("k1")[0].id, "sent")
    assert store.due_effects() == []


def test_effect_left_in_sending_after_a_crash_is_still_due(store):
    record(store, "k1", [reply_effect()])
    store.effect_status(store.effects_for("k1")[0].id, "sending")
    assert [e.status for e in store.due_effects()] == ["sending"]


def test_failed_effects_are_not_due(store):
    record(store, "k1", [reply_effect()])
    store.effect_status(store.effects_for("k1")[0].id, "failed", error="550 no such user")
    assert store.due_effects() == []
    assert store.effects_for("k1")[0].status == "failed"


def test_effect_retried_later_is_due_only_after_the_delay(store):
    record(store, "k1", [reply_effect()])
    store.effect_status(store.effects_for("k1")[0].id, "pending", error="421 try later", retry_in=600)
    assert store.due_effects() == []
    assert len(store.due_effects(now=time.time() + 601)) == 1


def test_mark_done_finishes_the_message(store):
    record(store, "k1", [reply_effect()])
    assert [r.key for r in store.unfinished()] == ["k1"]
    store.mark_done("k1", "Triage/Question|cur/1:2,", "Triage/Question")
    row = store.get("k1")
    assert row.status == "done" and row.ref == "Triage/Question|cur/1:2,"
    assert store.unfinished() == []


def test_quarantined_message_is_recorded_with_its_folder(store):
    store.quarantine("k9", "new/9", "malformed message", "Triage/Quarantine")
    row = store.get("k9")
    assert row.status == "quarantined" and row.folder == "Triage/Quarantine"
    assert store.unfinished() == []


def test_by_ref_finds_the_message_where_it_is_now(store):
    record(store, "k1")
    store.set_ref("k1", "cur/1:2,S")
    assert store.by_ref("cur/1:2,S").key == "k1"
    assert store.by_ref("new/1") is None


# --- history counts -----------------------------------------------------------------------------------------

def test_replies_to_counts_replies_and_product_replies_to_the_recipient(store):
    record(store, "k1", [reply_effect(out_id="r1")])
    record(store, "k2", [("product", "dana@example.com", "p2", b"x")])
    record(store, "k3", [("forward", "support@goodtime.io", "f3", b"x")])
    record(store, "k4", [reply_effect(recipient="sam@example.com", out_id="r4")], sender="sam@example.com")
    assert store.replies_to("dana@example.com", time.time() - DAY) == 2
    assert store.replies_to("DANA@example.com", time.time() - DAY) == 2
    assert store.replies_to("sam@example.com", time.time() - DAY) == 1


def test_replies_to_ignores_failed_replies(store):
    record(store, "k1", [reply_effect()])
    store.effect_status(store.effects_for("k1")[0].id, "failed", error="550")
    assert store.replies_to("dana@example.com", time.time() - DAY) == 0


def test_replies_to_counts_only_since_the_given_time(store):
    record(store, "k1", [reply_effect()])
    assert store.replies_to("dana@example.com", time.time() + 60) == 0


def test_replied_in_thread_is_true_only_for_that_thread_and_recipient(store):
    record(store, "k1", [reply_effect()], thread="root-1@mail.example.com")
    assert store.replied_in_thread("dana@example.com", "root-1@mail.example.com")
    assert store.replied_in_thread("Dana@Example.com", "root-1@mail.example.com")
    assert not store.replied_in_thread("dana@example.com", "root-2@mail.example.com")
    assert not store.replied_in_thread("sam@example.com", "root-1@mail.example.com")


def test_replied_in_thread_ignores_forwards(store):
    record(store, "k1", [("forward", "support@goodtime.io", "f1", b"x")], thread="root-1@mail.example.com")
    assert not store.replied_in_thread("dana@example.com", "root-1@mail.example.com")


def test_forwards_from_counts_forwards_of_that_senders_messages(store):
    record(store, "k1", [("forward", "support@goodtime.io", "f1", b"x")], actions=("forward_support",))
    record(store, "k2", [("forward", "support@goodtime.io", "f2", b"x")], actions=("forward_support",))
    record(store, "k3", [("forward", "support@goodtime.io", "f3", b"x")], sender="sam@example.com",
           actions=("forward_support",))
    record(store, "k4", [reply_effect(out_id="r4")])
    assert store.forwards_from("dana@example.com", time.time() - DAY) == 2
    assert store.forwards_from("sam@example.com", time.time() - DAY) == 1
    assert store.forwards_from("dana@example.com", time.time() + 60) == 0


def test_sent_any_of_knows_our_outgoing_message_ids(store):
    record(store, "k1", [reply_effect(out_id="triage.reply.aaa@example.com")])
    assert store.sent_any_of(["other@x.example", "triage.reply.aaa@example.com"])
    assert not store.sent_any_of(["other@x.example"])
    assert not store.sent_any_of([])
    assert not store.sent_any_of(["", ""])


# --- attempts -----------------------------------------------------------------------------------------------

def test_note_attempt_counts_each_failed_try(store):
    assert store.note_attempt("k1", "new/1", "boom") == 1
    assert store.note_attempt("k1", "new/1", "boom again") == 2
    assert store.note_attempt("k1", "cur/1:2,S", "and again") == 3
    row = store.get("k1")
    assert row.attempts == 3 and row.ref == "cur/1:2,S" and row.status == "seen"


def test_note_attempt_counts_separately_per_message(store):
    store.note_attempt("k1", "new/1", "boom")
    assert store.note_attempt("k2", "new/2", "boom") == 1


# --- cursors, labels, meta ----------------------------------------------------------------------------------

def test_cursor_is_none_before_it_is_set(store):
    assert store.cursor("imaps://helpline@imap.example.com/INBOX") is None


def test_cursor_round_trips_and_can_be_moved_on(store):
    store.set_cursor("INBOX", 1700000000, 41)
    assert store.cursor("INBOX") == (1700000000, 41)
    store.set_cursor("INBOX", 1700000000, 57)
    assert store.cursor("INBOX") == (1700000000, 57)
    assert store.cursor("Other") is None


def test_labels_round_trip_with_the_raw_message(store):
    raw = b"From: a@example.com\r\nSubject: x\r\n\r\nbody \xe9\r\n"
    store.add_label("k1", "bug", "folder move", raw)
    store.add_label("k2", "question", "import", b"From: b@example.com\r\n\r\nq")
    assert list(store.labelled_messages()) == [(raw, "bug", "k1"), (b"From: b@example.com\r\n\r\nq", "question", "k2")]


def test_relabelling_a_message_keeps_one_label_with_the_new_category(store):
    store.add_label("k1", "bug", "folder move", b"raw")
    store.add_label("k1", "escalation", "folder move", b"raw")
    assert list(store.labelled_messages()) == [(b"raw", "escalation", "k1")]


def test_meta_round_trips(store):
    assert store.get_meta("model_version") is None
    store.set_meta("model_version", "v2")
    store.set_meta("model_version", "v3")
    assert store.get_meta("model_version") == "v3"


def test_state_survives_closing_and_reopening(tmp_path):
    path = str(tmp_path / "t.db")
    first = Store(path)
    record(first, "k1", [reply_effect()])
    first.set_cursor("INBOX", 7, 9)
    first.close()
    second = Store(path)
    assert second.get("k1").status == "decided"
    assert second.cursor("INBOX") == (7, 9)
    assert len(second.effects_for("k1")) == 1
    second.close()


def test_summary_counts_messages_categories_actions_and_effects(store):
    record(store, "k1", [reply_effect()])
    record(store, "k2", [("forward", "support@goodtime.io", "f2", b"x")], actions=("forward_support", "flag_csm"))
    summary = store.summary()
    assert summary["messages"] == {"decided": 2}
    assert summary["categories"] == {"question": 2}
    assert summary["actions"] == {"auto_reply": 1, "forward_support": 1, "flag_csm": 1}
    assert summary["effects"] == {"pending": 2}


# --- errors --------------------------------------------------------------------------------------------------

def test_read_only_store_can_read(tmp_path):
    path = str(tmp_path / "t.db")
    writer = Store(path)
    writer.set_cursor("INBOX", 1, 2)
    writer.close()
    reader = open_store(path, readonly=True)
    assert reader.cursor("INBOX") == (1, 2)
    reader.close()


@pytest.mark.parametrize("write", [
    lambda s: s.set_cursor("INBOX", 1, 3),
    lambda s: s.note_attempt("k1", "new/1", "boom"),
    lambda s: record(s, "k2", [reply_effect()]),
    lambda s: s.add_label("k1", "bug", "import", b"raw"),
], ids=["cursor", "attempt", "decision", "label"])
def test_read_only_store_refuses_writes(tmp_path, write):
    path = str(tmp_path / "t.db")
    writer = Store(path)
    writer.set_cursor("INBOX", 1, 2)
    writer.close()
    reader = open_store(path, readonly=True)
    with pytest.raises(StateError):
        write(reader)
    assert reader.cursor("INBOX") == (1, 2)
    reader.close()


def test_read_only_store_of_a_missing_file_is_a_config_error(tmp_path):
    with pytest.raises(ConfigError, match="does not exist"):
        open_store(str(tmp_path / "missing.db"), readonly=True)


def test_read_only_open_never_creates_the_file(tmp_path):
    path = tmp_path / "missing.db"
    with pytest.raises(ConfigError):
        open_store(str(path), readonly=True)
    assert not path.exists()


def test_state_path_that_is_a_directory_is_a_state_error(tmp_path):
    with pytest.raises(StateError, match=str(tmp_path)):
        Store(str(tmp_path))


def test_state_path_under_a_regular_file_is_a_state_error(tmp_path):
    (tmp_path / "file").write_text("x")
    with pytest.raises(StateError):
        Store(str(tmp_path / "file" / "triage.db"))


def test_missing_parent_folders_are_created(tmp_path):
    s = Store(str(tmp_path / "a" / "b" / "triage.db"))
    s.set_cursor("INBOX", 1, 1)
    s.close()
    assert (tmp_path / "a" / "b" / "triage.db").exists()


def test_a_store_created_before_effects_had_sender_and_thread_is_migrated(tmp_path):
    import sqlite3

    from triage_daemon.state.store import Store

    path = tmp_path / "old.db"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE effects (id INTEGER PRIMARY KEY, message_key TEXT NOT NULL, kind TEXT NOT NULL, "
               "recipient TEXT NOT NULL, out_id TEXT NOT NULL, payload BLOB NOT NULL, status TEXT NOT NULL, "
               "attempts INTEGER NOT NULL DEFAULT 0, next_try REAL NOT NULL DEFAULT 0, error TEXT, "
               "created REAL NOT NULL, updated REAL NOT NULL, UNIQUE(message_key, kind))")
    db.commit()
    db.close()
    store = Store(str(path))
    try:
        cols = {row[1] for row in store.db.execute("PRAGMA table_info(effects)")}
        assert {"sender", "thread"} <= cols
        assert store.forwards_from("a@example.com", 0) == 0
    finally:
        store.close()


def test_hostile_long_ids_and_addresses_are_stored_and_found_again(store):
    import random
    import string

    rng = random.Random(7)
    long_id = "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(3000)) + "@evil.example"
    long_sender = "x" * 3000 + "@example.com"
    store.record_decision("k-long", "new/1", info(sender=long_sender, thread=long_id, message_id=long_id),
                          decision(), "Triage/Question", False, [reply_effect(recipient=long_sender)])
    store.note_attempt("k-long-2", "new/2", "boom", info(sender=long_sender, thread=long_id, message_id=long_id))
    store.quarantine("k-long-3", "new/3", "bad", "Triage/Quarantine", info(sender=long_sender, message_id=long_id))
    assert store.replied_in_thread(long_sender, long_id)
    assert store.replies_to(long_sender, time.time() - DAY) == 1
    assert store.get("k-long").status == "decided"


def test_labels_come_back_in_the_same_order_on_every_database(store):
    keys = ["b", "B", "a-1", "a_1", "ä", "A", "mid:<x@y>:1", "sha:0f"]
    for key in keys:
        store.add_label(key, "bug", "import", b"From: a@example.com\n\nhi\n")
    assert [key for _, _, key in store.labelled_messages()] == sorted(keys)


def test_a_new_sqlite_state_is_readable_by_its_owner_alone_whatever_the_umask(tmp_path):
    # It keeps whole messages; outside systemd (UMask=0077) the umask is often 022.
    import os
    import stat
    old = os.umask(0o022)
    try:
        s = Store(str(tmp_path / "state" / "triage.db"))
    finally:
        os.umask(old)
    try:   # open: its -wal and -shm files are there too
        made = {p.name: stat.S_IMODE(p.stat().st_mode) for p in (tmp_path / "state").iterdir()
                if p.name.startswith("triage.db")}
    finally:
        s.close()
    assert {"triage.db", "triage.db-wal"} <= set(made) and set(made.values()) == {0o600}, made
