"""Crash safety: the process is SIGKILLed at each step of handling a message (engine.fault_point), then
restarted. Every message is handled exactly once on the Maildir twin (the outbox names its files after
the deterministic Message-ID), none is lost. Over SMTP, counted where every delivery is kept (the test
Dovecot), each message arrives once, except that a kill between DATA and the record of the server's 250
sends the message in hand once more, under the same Message-ID."""
from __future__ import annotations

import signal
import sqlite3
from collections import Counter
from pathlib import Path

import pytest
from robust_helpers import (
    HELPLINE,
    eml,
    imap_count,
    original_message_id,
    outbox_files,
    parse_bytes,
    run_cli,
    server_config,
    twin_with_samples,
)
from twin import SAMPLES, Twin

from triage_daemon.cli import main

STEPS = ["after_fetch", "after_decide", "before_data", "after_send", "before_file"]

EXTRA = [
    # a high-impact bug: two effects (forward to Support + CSM notice) for one message
    ("07-bug-impact.eml", eml(
        "calendar invites not sent since this morning",
        "Since this morning's update GoodTime does not send any calendar invites at all. The error says\n"
        "\"sync failed\" when I click schedule. This affects all of our recruiters and dozens of candidates\n"
        "are not getting their invites.\n\nLena\n",
        sender="Lena Voss <lena.voss@example.com>", msgid="<extra-bug-impact@mail.example.com>",
        date="Mon, 02 Mar 2026 12:00:00 -0500")),
    ("08-question-hours.eml", eml(
        "when is GoodTime support open?",
        "Hello, what are the support hours of GoodTime support? Can I reach them on Sunday?\n\nOmar\n",
        sender="Omar Haddad <omar.haddad@example.com>", msgid="<extra-question-hours@mail.example.com>",
        date="Mon, 02 Mar 2026 12:30:00 -0500")),
    ("09-feature-dark.eml", eml(
        "feature idea: dark mode",
        "It would be great if GoodTime had a dark mode for the scheduling dashboard. Please consider adding it!\n\nKim\n",
        sender="Kim Lee <kim.lee@example.com>", msgid="<extra-feature-dark@mail.example.com>",
        date="Mon, 02 Mar 2026 13:30:00 -0500")),
    ("10-empty.eml", b""),   # cannot be parsed: quarantined
]


def build(root: Path) -> Twin:
    twin = twin_with_samples(root)
    for name, raw in EXTRA:
        twin.deliver(raw, name=name)
    return twin


def folder_counts(twin: Twin) -> Counter:
    """How many messages sit in each folder of the help-line mailbox ('' is the INBOX)."""
    counts: Counter = Counter()
    for path in twin.all_mailbox_files():
        folder = path.parent.parent
        counts["" if folder == twin.inbox else folder.name] += 1
    return counts


def db_rows(twin: Twin, sql: str) -> list[tuple]:
    path = twin.root / "triage.db"
    if not path.exists():
        return []
    db = sqlite3.connect(path)
    try:
        return db.execute(sql).fetchall()
    except sqlite3.OperationalError:
        return []
    finally:
        db.close()


@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    """The same mailbox handled without any crash: what must come out in the end."""
    twin = build(tmp_path_factory.mktemp("reference"))
    done = run_cli(twin.config_path, "once")
    assert done.returncode == 0, done.stderr
    files = outbox_files(twin)
    # 2 KB replies, 2 product-board replies, 4 forwards (the escalation's too), 2 CSM notices, 4 acknowledgements
    assert len(files) == 14
    return {"outbox": sorted(p.name for p in files), "folders": folder_counts(twin)}


def check_state_at_first_kill(step: str, twin: Twin, inbox_before: int) -> None:
    """The kill really happened at that step (else the test would prove nothing)."""
    statuses = Counter(s for (s,) in db_rows(twin, "SELECT status FROM messages"))
    effects = Counter(s for (s,) in db_rows(twin, "SELECT status FROM effects"))
    if step == "after_fetch":
        assert statuses.get("decided", 0) == statuses.get("done", 0) == 0
        assert outbox_files(twin) == []
    elif step == "after_decide":
        assert statuses["decided"] == 1 and statuses.get("done", 0) == 0
        assert set(effects) <= {"pending"} and outbox_files(twin) == []
    elif step == "before_data":
        assert effects["sending"] == 1, effects       # about to be handed over, not yet written
        assert outbox_files(twin) == []
    elif step == "after_send":
        assert effects["sending"] == 1, effects       # sent, but not yet recorded as sent
        assert len(outbox_files(twin)) == 1
    elif step == "before_file":
        # Filing is batched (one mailbox command per folder): every message is decided and its
        # effects sent, none filed yet.
        assert statuses["decided"] == sum(statuses.values()) - statuses["quarantined"]
        assert statuses.get("done", 0) == 0
        assert effects and set(effects) == {"sent"}   # everything sent, the originals not filed yet
    # Only a quarantined (unparseable) message may have left the INBOX before the kill.
    assert folder_counts(twin)[""] == inbox_before - statuses.get("quarantined", 0)


@pytest.fixture
def no_fault(monkeypatch):
    monkeypatch.delenv("TRIAGE_FAULT", raising=False)
    monkeypatch.delenv("TRIAGE_CONFIG", raising=False)


def restart(config: Path) -> None:
    """The restarted daemon: two passes without the fault (in-process; only the killed runs need a process)."""
    for _ in range(2):
        assert main(["--config", str(config), "once"]) == 0


@pytest.mark.parametrize("step", STEPS)
def test_killed_at_each_step_and_restarted_every_message_is_handled_exactly_once(step, tmp_path, reference, no_fault):
    twin = build(tmp_path)
    total = len(twin.all_mailbox_files())
    assert total == 10
    kills = 0
    for attempt in range(2):   # crash twice, the second time at the next message that reaches the step
        run = run_cli(twin.config_path, "once", TRIAGE_FAULT=f"{step}:kill")
        if run.returncode == 0:
            break
        assert run.returncode == -signal.SIGKILL, (run.returncode, run.stderr[-2000:])
        if attempt == 0:
            check_state_at_first_kill(step, twin, total)
        kills += 1
    assert kills >= 1
    restart(twin.config_path)

    files = outbox_files(twin)
    # Exactly once: the same outgoing messages as the run without a crash, each one file.
    assert sorted(p.name for p in files) == reference["outbox"]
    # ... and by content: no original got two messages of the same kind to the same address.
    about = [(str(m["To"]).lower(), original_message_id(m)) for m in (parse_bytes(p.read_bytes()) for p in files)]
    assert all(mid for _, mid in about)
    assert len(about) == len(set(about)), Counter(about).most_common(3)
    ids = [str(parse_bytes(p.read_bytes())["Message-ID"]) for p in files]
    assert len(ids) == len(set(ids))
    # Nothing lost: every message filed where the crash-free run filed it, none left in the INBOX.
    assert len(twin.all_mailbox_files()) == total
    assert folder_counts(twin) == reference["folders"]
    assert folder_counts(twin)[""] == 0
    assert Counter(s for (s,) in db_rows(twin, "SELECT status FROM messages")) == {"done": 9, "quarantined": 1}
    assert {s for (s,) in db_rows(twin, "SELECT status FROM effects")} == {"sent"}


# --- over SMTP, with the real servers: every delivery is kept, so a message sent twice shows twice ----------------

SMTP_STEPS = ["after_fetch", "after_decide", "before_data", "after_send", "before_file"]
PEOPLE = ("alice@example.com", "bob@example.com")
RECIPIENTS = (*PEOPLE, "support@goodtime.io", "csm@example.com")


def smtp_mailbox(servers) -> int:
    """The samples and the high-impact bug, written by the test servers' own users; returns how many."""
    raws = [p.read_bytes() for p in sorted(SAMPLES.glob("*.eml"))] + [EXTRA[0][1]]
    for i, raw in enumerate(raws):
        head, body = raw.split(b"\n\n", 1)
        lines = [(f"From: Someone <{PEOPLE[i % 2]}>".encode() if line.startswith(b"From:") else line)
                 for line in head.split(b"\n")]
        servers.deliver(HELPLINE, b"\n".join(lines) + b"\n\n" + body)
    return len(raws)


def effects_by_status(tmp_path: Path) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    if (tmp_path / "triage.db").exists():
        db = sqlite3.connect(tmp_path / "triage.db")
        try:
            for status, out_id in db.execute("SELECT status, out_id FROM effects ORDER BY id"):
                found.setdefault(status, []).append(f"<{out_id}>")
        except sqlite3.OperationalError:
            pass
        finally:
            db.close()
    return found


@pytest.mark.parametrize("step", SMTP_STEPS)
def test_smtp_killed_at_each_step_sends_every_message_once_and_at_most_the_one_in_hand_again(
        step, clean_mail, tmp_path, no_fault, monkeypatch):
    config = server_config(clean_mail, tmp_path, extra="idle = false\n")
    password = clean_mail.password(HELPLINE)
    total = smtp_mailbox(clean_mail)
    run = run_cli(config, "once", TRIAGE_FAULT=f"{step}:kill", TRIAGE_MAILBOX_PASSWORD=password)
    assert run.returncode == -signal.SIGKILL, run.stderr[-2000:]

    # The kill landed at that step: what the state and the servers hold says so.
    at_kill = effects_by_status(tmp_path)
    clean_mail.wait_queue_empty()
    delivered = clean_mail.deliveries(RECIPIENTS)
    in_hand = None
    if step == "after_fetch":
        assert at_kill == {} and not delivered
    elif step == "after_decide":
        assert set(at_kill) == {"pending"} and not delivered
    elif step == "before_data":
        [in_hand] = at_kill["sending"]                     # recorded right before DATA ...
        assert not delivered                               # ... which never began
    elif step == "after_send":
        [in_hand] = at_kill["sending"]                     # accepted by the server, not yet recorded as sent
        assert delivered == {in_hand: 1}
    else:
        assert set(at_kill) == {"sent"} and sum(delivered.values()) == len(at_kill["sent"])
    assert imap_count(clean_mail, "INBOX") == total        # nothing filed before the kill

    monkeypatch.setenv("TRIAGE_MAILBOX_PASSWORD", password)
    restart(config)
    clean_mail.wait_queue_empty()
    copies = clean_mail.deliveries(RECIPIENTS)
    final = effects_by_status(tmp_path)
    assert set(final) == {"sent"} and len(final["sent"]) == 12    # 2 replies, 4 forwards, 2 CSM notices, 4 acknowledgements
    # Every message delivered under its one Message-ID; a second copy only of the message in hand at a kill
    # between DATA and the record of the server's 250.
    expected = {out_id: 1 for out_id in final["sent"]}
    if step == "after_send":
        expected[in_hand] = 2
    assert dict(copies) == expected
    assert imap_count(clean_mail, "INBOX") == 0
    assert sum(imap_count(clean_mail, f) for f in ("Triage/Question", "Triage/Bug", "Triage/Blocker",
                                                      "Triage/Feature", "Triage/Escalation", "Triage/Noise")) == total
