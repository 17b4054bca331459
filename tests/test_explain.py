"""`explain`: one message's decision read back from the state, by the reference people quote, the
Message-ID or the state's key (an operator could find it only in a rotated journal or in SQLite)."""
from __future__ import annotations

import json
import sqlite3

import pytest

from robust_helpers import closed_port, eml
from twin import BASE_TOML, SAMPLES, Twin

from triage_daemon.cli import main
from triage_daemon.service.explain import lookups
from triage_daemon.state.store import Store

BUG_ID = "sample-02-bug@mail.example.com"


def explain(twin: Twin, capsys, *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["--config", str(twin.config_path), "explain", *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def reference_of(twin: Twin, message_id: str) -> str:
    db = sqlite3.connect(twin.root / "triage.db")
    try:
        return db.execute("SELECT r.reference FROM refs r JOIN messages m ON m.key = r.message_key "
                          "WHERE m.message_id = ?", (message_id,)).fetchone()[0]
    finally:
        db.close()


def test_a_reference_shows_the_decision_its_reasons_and_what_waits_to_be_sent(tmp_path, capsys):
    twin = Twin(tmp_path)
    twin.config_path.write_text(BASE_TOML.replace('outbox  = "maildir:mail/outbox"',
                                                  f'outbox  = "smtp://127.0.0.1:{closed_port()}"'))
    twin.deliver((SAMPLES / "02-bug.eml").read_bytes())
    assert main(["--config", str(twin.config_path), "once"]) == 0
    reference = reference_of(twin, BUG_ID)
    code, out, _ = explain(twin, capsys, reference)
    assert code == 0
    fields = dict(line.split(":", 1) for line in out.splitlines() if line and not line.startswith(" ")
                  and ":" in line)
    assert fields["message"].strip() == BUG_ID and fields["reference"].strip() == reference
    assert fields["decision"].strip().startswith("bug (") and "forward_support" in fields["decision"]
    # Its mail waits (SMTP down), so it is still in the inbox, not filed yet (a review caught "filed in").
    assert fields["status"].strip() == "decided; its mail goes out, then it is filed in Triage/Bug"
    why = out.split("why:\n", 1)[1].split("sent:", 1)[0]
    assert why.strip().startswith("- model m-")
    sent = out.split("sent:\n", 1)[1].splitlines()
    kinds = {line.split()[0] for line in sent}
    assert kinds == {"forward_support", "acknowledgement"}
    assert all(": pending" in line and "cannot reach" in line for line in sent)


@pytest.mark.parametrize("database", ["sqlite", "postgresql"])
def test_the_message_id_in_any_spelling_and_the_quoted_reference_find_the_same_message(tmp_path, capsys, request,
                                                                                       database):
    state = "sqlite:///triage.db" if database == "sqlite" else request.getfixturevalue("pg_state")[0]
    twin = Twin(tmp_path, state=state)
    twin.deliver((SAMPLES / "02-bug.eml").read_bytes())
    assert main(["--config", str(twin.config_path), "once"]) == 0
    code, out, _ = explain(twin, capsys, "--json", BUG_ID)
    reference = json.loads(out)["reference"]
    records = []
    for what in (reference, f"[{reference}]", reference.lower(), BUG_ID, f"<{BUG_ID}>", f"  {BUG_ID} "):
        code, out, _ = explain(twin, capsys, "--json", what)
        assert code == 0, what
        records.append(json.loads(out))
    assert {r["key"] for r in records} == {records[0]["key"]}
    code, out, _ = explain(twin, capsys, "--json", records[0]["key"])
    record = json.loads(out)
    assert code == 0 and record["reference"] == reference and record["decision"]["category"] == "bug"
    assert {e["action"] for e in record["effects"]} == {"forward_support", "acknowledgement"}
    assert all(e["status"] == "sent" and e["next_try_in_seconds"] is None for e in record["effects"])
    assert "payload" not in json.dumps(record)        # the state's copies of the mail are not printed
    assert record["decision"]["reasons"] and "excerpt" not in record["decision"]   # nor the sender's words
    assert "Since this morning" not in out and "calendar" not in out.lower()


def test_a_quarantined_message_shows_why_and_sends_nothing(tmp_path, capsys):
    twin = Twin(tmp_path)
    twin.deliver(eml("broken", "x\n", msgid="<fine@mail.example.com>"))
    twin.deliver(b"\x00\x01 not mail at all")
    assert main(["--config", str(twin.config_path), "once"]) == 0
    db = sqlite3.connect(twin.root / "triage.db")
    [key] = db.execute("SELECT key FROM messages WHERE status = 'quarantined'").fetchone()
    db.close()
    code, out, _ = explain(twin, capsys, key)
    assert code == 0
    assert "status:    quarantined" in out and "error:     " in out and "cannot parse" in out
    assert out.rstrip().endswith("sent: nothing")


def test_a_persons_correction_is_shown(tmp_path, capsys):
    twin = Twin(tmp_path)
    twin.deliver((SAMPLES / "02-bug.eml").read_bytes())
    assert main(["--config", str(twin.config_path), "once"]) == 0
    store = Store(str(twin.root / "triage.db"))
    key = store.message_record(BUG_ID)["key"]
    store.add_label(key, "escalation", "folder move", b"raw")
    store.close()
    _, out, _ = explain(twin, capsys, BUG_ID)
    assert "corrected: escalation by a person (folder move, " in out


def test_an_unknown_message_is_an_error_naming_what_was_asked(tmp_path, capsys):
    twin = Twin(tmp_path)
    twin.deliver((SAMPLES / "02-bug.eml").read_bytes())
    assert main(["--config", str(twin.config_path), "once"]) == 0
    code, out, err = explain(twin, capsys, "HL-1999-000001")
    assert code == 1 and out == ""
    assert "no message with the reference, Message-ID or key 'HL-1999-000001'" in err


def test_spellings_tried():
    assert lookups("[hl-2026-000123]") == ["[hl-2026-000123]", "hl-2026-000123", "HL-2026-000123"]
    assert lookups("<a@b>") == ["<a@b>", "a@b"]
    assert lookups(" a@b ") == ["a@b", "<a@b>"]


def test_a_draft_is_listed_as_saved_for_a_person_never_as_sent(tmp_path, capsys):
    twin = Twin(tmp_path, kb_min_score=1.0)      # answers off: forwarded, with a draft
    twin.deliver((SAMPLES / "01-question.eml").read_bytes())
    assert main(["--config", str(twin.config_path), "once"]) == 0
    code, out, _ = explain(twin, capsys, "sample-01-question@mail.example.com")
    assert code == 0
    sent = out.split("sent:", 1)[1].split("saved:", 1)[0]
    assert "draft" not in sent and "forward_support to support@goodtime.io: sent" in sent
    [saved] = [line for line in out.splitlines() if line.startswith("saved:")]
    assert saved.startswith("saved:     draft to dana.cho@example.com for a person to send: saved  (")
    assert "How to contact GoodTime Support" not in out and "support@goodtime.io**" not in out   # no article text


def test_a_message_that_left_the_inbox_before_filing_is_said_to_be_filed_nowhere():
    from triage_daemon.service.explain import _where
    assert _where({"status": "done", "folder": ""}) == \
        "done; not filed: it had left the inbox (moved or deleted by a person) before filing"
    assert _where({"status": "done", "folder": "Triage/Bug"}) == "done; filed in Triage/Bug"
