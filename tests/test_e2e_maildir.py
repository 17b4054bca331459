"""End to end on the Maildir twin: every kind of outgoing message, filing, and a second pass that sends nothing."""
from __future__ import annotations

import email
import email.policy
import time

import pytest
from helpers import daemon_in_thread, make_eml
from twin import SAMPLES, SAMPLES_SENT, Twin

from triage_daemon.cli import main
from triage_daemon.mail.mailboxes.maildir import ensure_maildir, folder_dir


@pytest.fixture
def twin(tmp_path):
    t = Twin(tmp_path)
    for sample in sorted(SAMPLES.glob("*.eml")):
        t.deliver(sample.read_bytes(), name=f"{sample.stem}.eml")
    return t


def run_once(twin) -> int:
    return main(["--config", str(twin.config_path), "once"])


def _text(msg) -> str:
    part = msg.get_body(preferencelist=("plain",))
    return part.get_content() if part else ""


def _html(msg) -> str:
    part = msg.get_body(preferencelist=("html",))
    return part.get_content() if part else ""


def _original(msg) -> bytes:
    for part in msg.walk():
        if part.get_content_type() == "message/rfc822":
            inner = part.get_payload()[0]
            return inner.as_bytes()
    raise AssertionError("no message/rfc822 part")


def test_question_gets_a_threaded_kb_reply(twin):
    assert run_once(twin) == 0
    [reply] = [m for m in twin.sent_to("dana.cho@example.com")]
    assert "helpline@example.com" in str(reply["From"])
    assert reply["Subject"] == "Re: how do I reach goodtime support?"
    assert reply["In-Reply-To"] == "<sample-01-question@mail.example.com>"
    assert "<sample-01-question@mail.example.com>" in reply["References"]
    assert reply["Auto-Submitted"] == "auto-replied"
    assert reply["X-Auto-Response-Suppress"] == "All"
    assert "support@goodtime.io" in _text(reply)
    assert "support@goodtime.io" in _html(reply)
    assert "reply to this message" in _text(reply)


def test_bug_blocker_and_recurring_fault_are_forwarded_to_support_with_the_original(twin):
    run_once(twin)
    forwards = twin.sent_to("support@goodtime.io")
    subjects = sorted(m["Subject"] for m in forwards)
    # The escalation reports a fault for the third time: the CSM is told, and Support gets it too.
    assert subjects == ["[example.com] High: ATS sync still broken - third time",
                        "[example.com] Urgent: candidate waiting - no zoom link!!",
                        "[example.com] invites going out with the wrong time zone"]
    for fwd in forwards:
        assert fwd["Auto-Submitted"] == "auto-generated"
        assert fwd["X-Triage-Action"] == "forward_support"
        original = _original(fwd)
        sender = email.message_from_bytes(original)["From"]
        assert sender.split("<")[1].rstrip(">") in str(fwd["Reply-To"])
        assert "Urgency:" in _text(fwd) and "What happened (their words):" in _text(fwd)
        assert fwd["X-Triage-Reference"] in _text(fwd)


def test_forward_attaches_the_original_bytes_unchanged(twin):
    run_once(twin)
    raw = (SAMPLES / "02-bug.eml").read_bytes().replace(b"\r\n", b"\n")
    path = next(p for p in (twin.outbox / "new").iterdir()
                if b"Subject: [example.com] invites going out with the wrong time zone" in p.read_bytes())
    data = path.read_bytes().replace(b"\r\n", b"\n")
    assert raw in data


def test_feature_request_gets_the_product_board_link(twin):
    run_once(twin)
    [reply] = twin.sent_to("tom.okafor@example.com")
    assert "https://goodtime.example/board" in _text(reply)
    assert 'href="https://goodtime.example/board"' in _html(reply)
    assert reply["In-Reply-To"] == "<sample-04-feature@mail.example.com>"


def test_escalation_notifies_the_csm_and_is_flagged_and_filed(twin):
    run_once(twin)
    [notice] = twin.sent_to("csm@example.com")
    assert notice["Subject"].startswith("[CSM] High: ATS sync still broken")
    assert "Category:     escalation" in _text(notice)
    assert b"ATS sync still broken" in _original(notice)
    [filed] = twin.folder_files("Triage/Escalation")
    assert filed.name.endswith(":2,F")


def test_noise_gets_no_mail_and_is_filed(twin):
    run_once(twin)
    assert twin.sent_to("sam.patel@example.com") == []
    assert len(twin.folder_files("Triage/Noise")) == 1


def test_every_message_is_filed_and_none_is_lost(twin):
    before = len(twin.all_mailbox_files())
    run_once(twin)
    assert len(twin.all_mailbox_files()) == before
    assert list((twin.inbox / "new").iterdir()) == []
    assert list((twin.inbox / "cur").iterdir()) == []


def test_a_second_pass_sends_nothing(twin):
    run_once(twin)
    first = sorted(p.name for p in (twin.outbox / "new").iterdir())
    assert len(first) == SAMPLES_SENT
    run_once(twin)
    assert sorted(p.name for p in (twin.outbox / "new").iterdir()) == first


def test_a_copy_of_an_answered_message_is_filed_not_answered_again(twin):
    run_once(twin)
    twin.deliver((SAMPLES / "01-question.eml").read_bytes(), name="copy.eml")
    run_once(twin)
    assert len(twin.sent_to("dana.cho@example.com")) == 1
    assert len(twin.folder_files("Triage/Question")) == 2


def test_a_follow_up_to_our_answer_is_left_for_a_person(twin):
    run_once(twin)
    [reply] = twin.sent_to("dana.cho@example.com")
    follow = (f"From: Dana Cho <dana.cho@example.com>\nTo: helpline@example.com\nSubject: Re: how do I reach "
              f"goodtime support?\nMessage-ID: <follow-1@mail.example.com>\nIn-Reply-To: {reply['Message-ID']}\n"
              f"References: <sample-01-question@mail.example.com> {reply['Message-ID']}\n\n"
              f"And who is our CSM by the way?\n").encode()
    twin.deliver(follow)
    run_once(twin)
    assert len(twin.sent_to("dana.cho@example.com")) == 1
    assert len(twin.folder_files("Triage/Review")) == 1


def test_classify_prints_one_json_object_per_file(twin, capsys):
    files = [str(p) for p in sorted(SAMPLES.glob("*.eml"))]
    assert main(["--config", str(twin.config_path), "classify", "--json", *files]) == 0
    import json
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["file"] for r in lines] == files
    for r in lines:
        assert set(r) == {"file", "message_id", "category", "confidence", "actions", "priority", "kb_article",
                          "kb_best", "acknowledgement", "draft", "reasons"}
        assert r["actions"]
    by_file = {r["file"].rsplit("/", 1)[1]: r for r in lines}
    assert by_file["01-question.eml"]["actions"] == ["auto_reply"]
    assert by_file["01-question.eml"]["kb_article"]["id"] == "contact-support"
    assert by_file["01-question.eml"]["kb_best"] == by_file["01-question.eml"]["kb_article"]
    assert by_file["02-bug.eml"]["kb_article"] is None
    assert by_file["01-question.eml"]["draft"] is None          # answered: no draft
    assert by_file["03-blocker.eml"]["priority"] == "urgent"
    assert by_file["06-noise.eml"]["actions"] == ["ignore"]


def test_classify_has_no_side_effects(twin):
    main(["--config", str(twin.config_path), "classify", "--json", str(SAMPLES / "01-question.eml")])
    assert not (twin.root / "triage.db").exists()
    assert twin.sent() == []
    assert not list(twin.inbox.glob(".*"))          # no folder made either


def _is_maildir(path) -> bool:
    return all((path / sub).is_dir() for sub in ("cur", "new", "tmp"))


def test_at_start_every_filing_folder_exists_and_existing_ones_keep_their_mail(tmp_path):
    # People correct the daemon by moving a message into a category folder: each folder it files into
    # must be there from the first start, not only once the daemon filed something in it.
    twin = Twin(tmp_path, '[folders]\nfeature_request = "Ideas"\n')
    bug = folder_dir(twin.inbox, "Triage/Bug")
    ensure_maildir(bug)
    kept = bug / "cur" / "1700000000.1.host:2,S"
    kept.write_bytes(make_eml(subject="moved here by a person"))
    folders = set(twin.cfg.folders.values())
    assert len(folders) == 8 and "Ideas" in folders
    for _ in range(2):                               # a second start finds them all and changes nothing
        assert run_once(twin) == 0
        assert [f for f in sorted(folders) if not _is_maildir(folder_dir(twin.inbox, f))] == []
        assert sorted(p.name for p in twin.inbox.glob(".*")) == sorted(folder_dir(twin.inbox, f).name for f in folders)
        assert [p for p in bug.rglob("*") if p.is_file()] == [kept]
        assert kept.read_bytes() == make_eml(subject="moved here by a person")
    assert twin.sent() == []


def test_the_running_daemon_makes_them_at_start_too(tmp_path, monkeypatch):
    twin = Twin(tmp_path, "poll_interval = 600\nidle = false\n")
    folders = set(twin.cfg.folders.values())
    with daemon_in_thread(twin.config_path, monkeypatch) as (_, passes):
        deadline = time.monotonic() + 30
        while not passes and time.monotonic() < deadline:
            time.sleep(0.05)
        assert passes
        assert [f for f in sorted(folders) if not _is_maildir(folder_dir(twin.inbox, f))] == []


def test_a_folder_that_cannot_be_made_at_start_is_an_error_naming_it_and_the_daemon_goes_on(tmp_path, capsys):
    twin = Twin(tmp_path)
    blocked = folder_dir(twin.inbox, "Triage/Bug")
    blocked.write_bytes(b"a file where the folder would go")
    twin.deliver((SAMPLES / "01-question.eml").read_bytes())
    assert run_once(twin) == 0
    err = capsys.readouterr().err
    [line] = [ln for ln in err.splitlines() if "cannot create folder" in ln]
    assert "ERROR" in line and "Triage/Bug" in line and "Not a directory" in line
    assert blocked.read_bytes() == b"a file where the folder would go"     # left as it was
    assert _is_maildir(folder_dir(twin.inbox, "Triage/Question"))
    assert len(twin.folder_files("Triage/Question")) == 1 and len(twin.sent()) == 1   # the rest works


def test_mail_for_a_folder_that_cannot_be_made_waits_alone_and_the_rest_is_filed(tmp_path, capsys):
    # A folder the server refuses failed the whole pass at filing, and the next pass too: every message
    # stayed in the inbox, those bound for folders that exist as well (found while adding ensure_folders).
    twin = Twin(tmp_path)
    blocked = folder_dir(twin.inbox, "Triage/Bug")
    blocked.write_bytes(b"a file where the folder would go")
    for sample in sorted(SAMPLES.glob("*.eml")):
        twin.deliver(sample.read_bytes())
    assert run_once(twin) == 0
    assert "could not file" not in capsys.readouterr().err
    sent = sorted(m["Message-ID"] for m in twin.sent())
    assert len(sent) == SAMPLES_SENT                       # every message decided and its mail sent, once
    left = list((twin.inbox / "new").iterdir()) + list((twin.inbox / "cur").iterdir())
    assert [email.message_from_bytes(p.read_bytes())["Message-ID"] for p in left] == ["<sample-02-bug@mail.example.com>"]
    filed = sum(len(twin.folder_files(f)) for f in ("Triage/Question", "Triage/Blocker", "Triage/Feature",
                                                      "Triage/Escalation", "Triage/Noise", "Triage/Review"))
    assert filed == len(list(SAMPLES.glob("*.eml"))) - 1
    assert run_once(twin) == 0                              # still refused: it waits, nothing is sent again
    assert sorted(m["Message-ID"] for m in twin.sent()) == sent
    blocked.unlink()                                        # the folder can be made now
    assert run_once(twin) == 0
    assert len(twin.folder_files("Triage/Bug")) == 1 and not list((twin.inbox / "cur").iterdir())
    assert sorted(m["Message-ID"] for m in twin.sent()) == sent


def test_with_sent_folder_a_copy_of_each_sent_message_is_kept_in_the_mailbox(tmp_path):
    twin = Twin(tmp_path, 'sent_folder = "Sent"\n')
    for sample in sorted(SAMPLES.glob("*.eml")):
        twin.deliver(sample.read_bytes())
    run_once(twin)
    copies = twin.folder_files("Sent")
    assert len(copies) == len(twin.sent()) == SAMPLES_SENT
    assert all(p.name.endswith(":2,S") for p in copies)
    ids = sorted(email.message_from_bytes(p.read_bytes())["Message-ID"] for p in copies)
    assert ids == sorted(m["Message-ID"] for m in twin.sent())


@pytest.mark.parametrize("note", ["Obrigada!", "Thanks!", "Danke!", "FYI"])
def test_a_request_forwarded_with_a_one_word_note_is_not_ignored(twin, tmp_path, capsys, note):
    # The model reads the note alone (noise at 0.99); the candidate's broken link below it needs a person.
    forwarded = ("---------- Forwarded message ---------\nFrom: Ana Costa <ana@mail.example>\n"
                 "Date: Mon, Mar 11, 2024 at 9:02 AM\nSubject: Interview Thursday\nTo: Dana <dana@example.com>\n\n"
                 "Hi, the link you sent me for Thursday says the interview no longer exists.\n\nAna\n")
    path = tmp_path / "forward.eml"
    path.write_bytes(make_eml(subject="Fwd: Interview Thursday", body=f"{note}\n\n{forwarded}"))
    assert main(["--config", str(twin.config_path), "classify", "--json", str(path)]) == 0
    import json
    [result] = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert result["actions"] != ["ignore"], result["reasons"]


@pytest.mark.parametrize("subject,body", [
    ("Re: ¿Teléfono de soporte de GoodTime?", "¡Muchas gracias! Me queda clarísimo."),
    ("RE: How do I reach GoodTime Support?", "Thanks, got it!"),
    ("RES: Como falo com o suporte?", "Recebido, muito obrigado!\n\nJoão Pedro"),
])
def test_a_thank_you_under_a_subject_that_asks_is_not_forwarded_to_support(twin, tmp_path, capsys, subject, body):
    # The shipped model reads the quoted subject's question (question at 0.9 and more): the bare
    # thank-you rule outweighs it, so GoodTime Support never gets a thank-you.
    path = tmp_path / "thanks.eml"
    path.write_bytes(make_eml(subject=subject, body=body, headers={"In-Reply-To": "<answer-1@example.com>"}))
    assert main(["--config", str(twin.config_path), "classify", "--json", str(path)]) == 0
    import json
    [result] = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert result["category"] == "noise", result["reasons"]
    assert "forward_support" not in result["actions"], result["reasons"]


@pytest.mark.parametrize("subject,body", [
    ("Datenschutzvorfall: fremde Bewerberdaten in Bestätigungsmail",
     "Hallo zusammen,\n\nein Bewerber hat sich bei uns gemeldet: Die Terminbestätigung aus GoodTime enthielt "
     "die Daten eines anderen Bewerbers (Name, Handynummer, Stelle). Das ist ein Datenschutzvorfall, unser "
     "Datenschutzbeauftragter ist informiert. Bitte an GoodTime weitergeben.\n\nViele Grüße\nJana Keller"),
    ("CONFIDENTIAL - candidate received another candidate's details",
     "Hi,\n\nA candidate for the Leeds analyst role forwarded us the itinerary GoodTime sent her: it has another "
     "candidate's details on it, name and mobile number included. Our data protection officer needs to know how "
     "this happened. Please raise it with GoodTime.\n\nTom"),
])
def test_candidates_data_sent_to_the_wrong_person_goes_to_support_and_flags_the_csm(twin, tmp_path, capsys, subject, body):
    # The shipped model alone read the German one as a question and the English one as an escalation.
    path = tmp_path / "exposed.eml"
    path.write_bytes(make_eml(subject=subject, body=body))
    assert main(["--config", str(twin.config_path), "classify", "--json", str(path)]) == 0
    import json
    [result] = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert result["category"] == "bug", result["reasons"]
    assert set(result["actions"]) == {"forward_support", "flag_csm"}, result["reasons"]


def test_a_failed_pass_is_tried_again_when_its_back_off_ends_not_a_poll_interval_later(tmp_path, monkeypatch):
    # "pass failed ...; next try in 5s", and the next pass came poll_interval later (10 minutes here), with
    # IDLE off meanwhile: mail waited (a hostile review, a Dovecot restart during a pass).
    from triage_daemon.mail.mailboxes import MailboxError
    from triage_daemon.service.engine import Engine

    real, calls = Engine.run_pass, []

    def first_fails(self, stop=None):
        calls.append(time.monotonic())
        if len(calls) == 1:
            raise MailboxError("mailbox: move failed: socket error: [Errno 32] Broken pipe")
        return real(self, stop)

    monkeypatch.setattr(Engine, "run_pass", first_fails)
    twin = Twin(tmp_path, "poll_interval = 600\nidle = false\n")
    twin.deliver((SAMPLES / "02-bug.eml").read_bytes())
    with daemon_in_thread(twin.config_path, monkeypatch):
        deadline = time.monotonic() + 20
        while len(calls) < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert len(calls) >= 2, "no pass after the failed one"
        assert 3.0 <= calls[1] - calls[0] <= 10.0           # the back-off of 5 s (+-20%), not 600 s
        deadline = time.monotonic() + 10
        while not twin.folder_files("Triage/Bug") and time.monotonic() < deadline:
            time.sleep(0.05)
    assert len(twin.folder_files("Triage/Bug")) == 1
