"""Limits by the real sender, one key per message however often it is delivered, and Support's own mail
never forwarded back: the daemon on the Maildir twin, pass by pass."""
from __future__ import annotations

from robust_helpers import QUESTION_BODY, QUESTION_SUBJECT, eml, outbox_files, parse_bytes
from twin import SAMPLES, Twin

from triage_daemon.cli import main

ALICE = "Alice Moreau <alice@example.com>"


def once(twin: Twin) -> None:
    assert main(["--config", str(twin.config_path), "once"]) == 0


def written(twin: Twin) -> list:
    return [parse_bytes(p.read_bytes()) for p in outbox_files(twin)]


def replies(twin: Twin) -> list:
    return [m for m in written(twin) if m["In-Reply-To"] is not None]


def test_varying_reply_to_does_not_lift_the_per_sender_cap(tmp_path):
    # 12 questions from one sender, each with its own Reply-To subaddress: the cap (5) holds.
    twin = Twin(tmp_path)
    for i in range(12):
        twin.deliver(eml(f"{QUESTION_SUBJECT} ({i})", QUESTION_BODY, sender=ALICE, msgid=f"<cap-{i}@mail.example.com>",
                         headers={"Reply-To": f"alice+{i}@example.com"}, date=f"Mon, 02 Mar 2026 09:{i:02d}:00 -0500"))
    once(twin)
    sent = replies(twin)
    assert 1 <= len(sent) <= 5, len(sent)
    assert {str(m["To"]).split("+")[0] for m in sent} == {"alice"}


def test_a_sender_who_varies_a_plus_tag_in_from_is_still_one_sender_for_the_caps(tmp_path):
    # 30 bug reports from ana+0@ .. ana+29@ (or a robot's VERP addresses): a hostile review saw 30 forwards
    # to Support and 30 acknowledgements; the caps (20 forwards, 5 automatic replies a day) hold.
    twin = Twin(tmp_path)
    for i in range(30):
        twin.deliver(eml(f"Calendar sync broken again, invite {i}", "The calendar sync is broken again: interviews "
                         "booked in GoodTime do not show in Outlook and interviewers get double-booked.",
                         sender=f"Ana Weber <ana.weber+{i}@example.com>", msgid=f"<plus-{i}@mail.example.com>",
                         date=f"Mon, 02 Mar 2026 09:{i:02d}:00 -0500"))
    once(twin)
    out = written(twin)
    forwards = [m for m in out if str(m["To"]) == "support@goodtime.io" or "support@goodtime.io" in str(m["To"])]
    acks = [m for m in out if "ana.weber" in str(m["To"])]
    assert 1 <= len(forwards) <= 20 and 1 <= len(acks) <= 5, (len(forwards), len(acks))


def test_one_reply_per_thread_counts_the_sender_whatever_the_reply_to(tmp_path):
    twin = Twin(tmp_path)
    twin.deliver(eml(QUESTION_SUBJECT, QUESTION_BODY, sender=ALICE, msgid="<t-1@mail.example.com>",
                     headers={"Reply-To": "alice+a@example.com"}))
    once(twin)
    assert len(replies(twin)) == 1
    # A second question in the same thread, now with another Reply-To: no second automatic reply.
    twin.deliver(eml("Re: " + QUESTION_SUBJECT, "Also, are they around on Sundays? " + QUESTION_BODY, sender=ALICE,
                     msgid="<t-2@mail.example.com>", headers={"Reply-To": "alice+b@example.com",
                                                             "In-Reply-To": "<t-1@mail.example.com>",
                                                             "References": "<t-1@mail.example.com>"}))
    once(twin)
    assert len(replies(twin)) == 1


def test_no_automatic_reply_to_a_reply_to_at_our_own_addresses(tmp_path):
    twin = Twin(tmp_path)
    for i, target in enumerate(["helpline@example.com", "csm@example.com", "support@goodtime.io"]):
        twin.deliver(eml(QUESTION_SUBJECT, QUESTION_BODY, sender=ALICE, msgid=f"<own-{i}@mail.example.com>",
                         headers={"Reply-To": target}))
    once(twin)
    assert replies(twin) == []
    assert len(twin.folder_files("Triage/Review")) + len(twin.folder_files("Triage/Question")) == 3


def redelivered(message_id: str | None) -> tuple[bytes, bytes]:
    """One message as two deliveries that differ only in their Received lines."""
    base = eml(QUESTION_SUBJECT, QUESTION_BODY, sender=ALICE, msgid=message_id)
    first = b"Received: from mx1.example.com by mx.example.com; Mon, 02 Mar 2026 09:12:01 -0500\n" + base
    second = (b"Received: from mx2.example.com by mx.example.com; Mon, 02 Mar 2026 09:14:07 -0500\n"
              b"Received: from relay.example.net by mx2.example.com; Mon, 02 Mar 2026 09:14:05 -0500\n" + base)
    return first, second


def test_a_message_without_message_id_delivered_twice_gets_one_reply(tmp_path):
    twin = Twin(tmp_path)
    first, second = redelivered(None)
    twin.deliver(first)
    once(twin)
    twin.deliver(second)
    once(twin)
    assert len(twin.sent_to("alice@example.com")) == 1   # (no In-Reply-To: there is no id to answer)
    assert len(twin.all_mailbox_files()) == 2     # both kept, filed


def test_a_message_id_without_angle_brackets_is_the_key(tmp_path):
    twin = Twin(tmp_path)
    first, second = redelivered("bare-id@mail.example.com")
    twin.deliver(first)
    twin.deliver(second)
    once(twin)
    [reply] = replies(twin)
    assert str(reply["In-Reply-To"]) == "<bare-id@mail.example.com>"


def test_supports_ticket_update_in_a_thread_we_forwarded_is_never_forwarded_back(tmp_path):
    twin = Twin(tmp_path)
    twin.deliver((SAMPLES / "02-bug.eml").read_bytes())
    once(twin)
    [forward] = twin.sent_to("support@goodtime.io")
    update = eml(f"Re: {forward['Subject']} - still broken",
                 "Hello Marcus, thanks for the details. Calendar invites to interviewers in Berlin still show "
                 "the interview one hour off after our fix; the invite is wrong, the candidate confirmation is "
                 "right. Our engineers are on it.\n\nGoodTime Support\n",
                 sender="GoodTime Support <support@goodtime.io>", msgid="<ticket-4711-update@goodtime.io>",
                 headers={"In-Reply-To": str(forward["Message-ID"]), "References": str(forward["Message-ID"])})
    twin.deliver(update)
    once(twin)
    assert len(twin.sent_to("support@goodtime.io")) == 1
    assert len(twin.folder_files("Triage/Review")) == 1
