"""A message's own calendar part: its iTIP method (RFC 5546) is read, and an attendee's answer to an
invitation is noise in any language, where a subject alone cannot tell."""
from __future__ import annotations

import base64

import pytest
from helpers import make_eml

from triage_daemon.config import EMBEDDED_DEFAULT, PROJECT_ROOT, from_dict
from triage_daemon.decide.classifier import Classifier
from triage_daemon.decide.pipeline import decide_message, history_from_headers
from triage_daemon.decide.rules import apply_rules, load_rules
from triage_daemon.mail.parse import parse

ICS = ("BEGIN:VCALENDAR\r\nPRODID:Microsoft Exchange Server 2010\r\nVERSION:2.0\r\nMETHOD:{method}\r\n"
       "BEGIN:VEVENT\r\nATTENDEE;PARTSTAT=DECLINED:mailto:ana@example.com\r\nSUMMARY:Treinamento\r\n"
       "END:VEVENT\r\nEND:VCALENDAR\r\n")


def rsvp(note: str, subject: str, method: str = "REPLY", param: bool = True, b64: bool = False) -> bytes:
    """An Outlook answer to an invitation: the note as text/plain beside the calendar part."""
    ics = ICS.format(method=method)
    body = base64.encodebytes(ics.encode()).decode() if b64 else ics
    ctype = f'text/calendar; charset="utf-8"' + (f"; method={method}" if param else "")
    return make_eml(subject=subject, headers={"MIME-Version": "1.0", "Content-Type": 'multipart/alternative; boundary="b"'},
                    body=(f"--b\nContent-Type: text/plain; charset=utf-8\n\n{note}\n"
                          f"--b\nContent-Type: {ctype}\nContent-Transfer-Encoding: {'base64' if b64 else '8bit'}\n\n"
                          f"{body}\n--b--\n"))


@pytest.mark.parametrize("method,param,b64", [("REPLY", True, False), ("REPLY", False, False), ("REPLY", False, True),
                                              ("REQUEST", True, False), ("CANCEL", False, True)])
def test_the_method_comes_from_the_content_type_or_the_calendars_own_method_line(method, param, b64):
    assert parse(rsvp("Sorry, cannot make it.", "Declined: Training", method, param, b64)).calendar == method


def test_a_message_without_a_calendar_part_has_no_method():
    assert parse(make_eml(subject="Declined: Training", body="Declined.\nMETHOD:REPLY\n")).calendar == ""


def test_a_calendar_inside_a_forwarded_message_is_not_the_messages_own():
    inner = rsvp("Não posso.", "Recusado: Treinamento").decode()
    raw = make_eml(subject="Fwd: Recusado: Treinamento",
                   headers={"MIME-Version": "1.0", "Content-Type": 'multipart/mixed; boundary="outer"'},
                   body=(f"--outer\nContent-Type: text/plain\n\nSee below, she can't come.\n"
                         f"--outer\nContent-Type: message/rfc822\n\n{inner}\n--outer--\n"))
    assert parse(raw).calendar == ""


@pytest.fixture(scope="module")
def shipped():
    return load_rules(PROJECT_ROOT / "rules")


@pytest.mark.parametrize("subject,note", [
    ("Recusado: Treinamento GoodTime – Coordenadores SP", "Tenho entrevistas nesse horário, vou assistir à gravação."),
    ("Aceite: Sessão de formação GoodTime", ""),
    ("Odrzucono: Szkolenie GoodTime", ""),          # a language no subject rule knows
    ("GoodTime drop-in", "Will join from the Leeds office."),
])
def test_an_attendees_answer_is_noise_whatever_its_subjects_language(shipped, subject, note):
    hits = apply_rules(shipped, parse(rsvp(note, subject)))
    assert any(h.rule == "calendar-reply" and h.category == "noise" for h in hits)


@pytest.mark.parametrize("method", ["REQUEST", "CANCEL"])
def test_an_invitation_or_a_cancellation_is_not_an_answer(shipped, method):
    # "panel in 10 min, no Teams link" arrives with the invitation attached: a request, not noise.
    hits = apply_rules(shipped, parse(rsvp("Panel in 10 min and NO Teams link on this!", "Panel 2pm", method)))
    assert not any(h.rule == "calendar-reply" for h in hits)


def test_a_persons_recusado_subject_without_a_calendar_part_is_not_an_answer(shipped):
    raw = make_eml(subject="Recusado: a candidata recusou por engano, como reverter",
                   body="A candidata clicou em recusar por engano. Como reverter?")
    assert not any(h.rule == "calendar-reply" for h in apply_rules(shipped, parse(raw)))


@pytest.mark.parametrize("subject,note", [
    ("Declined: Panel - Data Analyst", "I'm on leave that day - please find a replacement interviewer."),
    ("Zugesagt: Interview Lagerleitung", "Bitte den Raum ändern, Raum 2 ist belegt."),
    ("Rechazado: Entrevista", "La candidata necesita nuevas horas, ¿podéis reenviar el enlace?"),
])
def test_an_answer_whose_note_asks_for_something_is_not_read_as_noise_by_its_calendar(shipped, subject, note):
    # The note is written to the organiser: the help line. (Found by the review: ignored at 0.67.)
    assert not any(h.rule == "calendar-reply" for h in apply_rules(shipped, parse(rsvp(note, subject))))


@pytest.mark.parametrize("note", ["", "Will join from the Leeds office.", "Ese día estoy en Girona, lo siento."])
def test_an_answer_that_asks_nothing_is_no_request(shipped, note):
    assert not any("request" in h.tags for h in apply_rules(shipped, parse(rsvp(note, "Accepted: Panel"))))


def test_an_answer_asking_to_move_the_interview_reaches_a_person_however_sure_the_model_is_of_an_rsvp():
    # The shipped model reads the calendar's words and sees an RSVP (noise at 1.00); no question mark in
    # the note. Ignored before the note was read alone: found by a review's hostile RSVPs.
    cfg = from_dict(dict(EMBEDDED_DEFAULT))
    msg = parse(rsvp("Please move this to 11, I have a clash with the ops call.", "Accepted: Interview - Jane Doe"))
    verdict, decision = decide_message(msg, Classifier.from_config(cfg), cfg, history_from_headers(msg, cfg))
    assert verdict.category == "noise" and verdict.confidence >= 0.9
    assert decision.actions == ("needs_review",)
    assert any("note on this answer to an invitation" in r for r in decision.reasons)


@pytest.mark.parametrize("note,actions", [
    ("Accepted, but can we push it to 3:30. I have a supplier call until 3 that always runs over.", ("needs_review",)),
    ("Können wir das auf 15 Uhr verschieben, vormittags bin ich im Werk Bremen.", ("needs_review",)),
    ("Il manque le lien Teams dans l'invitation, la candidate est à Lyon.", ("needs_review",)),
    ("See you then!", ("ignore",)),
    ("", ("ignore",)),
])
def test_an_outlook_answer_is_ignored_only_when_its_note_alone_reads_as_noise(note, actions):
    # Outlook's meeting responses carry X-Auto-Response-Suppress; the shipped model reads the whole
    # answer as an RSVP (noise at 0.8-1.0) whatever the note says.
    cfg = from_dict(dict(EMBEDDED_DEFAULT))
    raw = rsvp(note, "Accepted: Interview – Jordan Lee – Senior Buyer").replace(
        b"MIME-Version", b"X-Auto-Response-Suppress: RN, NRN, OOF\nMIME-Version", 1)
    msg = parse(raw)
    verdict, decision = decide_message(msg, Classifier.from_config(cfg), cfg, history_from_headers(msg, cfg))
    assert verdict.category == "noise"
    assert decision.actions == actions


def test_an_ics_a_person_attached_is_not_the_messages_own_calendar():
    ics = ICS.format(method="REPLY")
    raw = make_eml(subject="Interview tomorrow", headers={"MIME-Version": "1.0", "Content-Type": 'multipart/mixed; boundary="m"'},
                   body=("--m\nContent-Type: text/plain\n\nThe candidate declined, see the attached invite. Can you rebook her?\n"
                         f'--m\nContent-Type: text/calendar; method=REPLY; name="invite.ics"\n'
                         f'Content-Disposition: attachment; filename="invite.ics"\n\n{ics}\n--m--\n'))
    assert parse(raw).calendar == ""


GOOGLE_ICS = ("BEGIN:VCALENDAR\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\nVERSION:2.0\r\nMETHOD:{method}\r\n"
              "BEGIN:VEVENT\r\nATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;X-RESPONS\r\n"
              " E-COMMENT=\"{note}\";CN=Tom Hale;X-NUM-GUESTS=0:mailto:tom.hale@exam\r\n ple.com\r\n"
              "SUMMARY:Interview: Aisha Rahman\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
GOOGLE_BODY = ('Tom Hale has accepted this invitation.\n\nTom Hale said:\n"{note}"\n\nInterview: Aisha Rahman (Senior Buyer)\n'
               "Thu 14 May 2026 3pm - 4pm (BST)\n\nOrganiser\nRecruiting Help Line\nhelpline@example.com\n\nGuests\nTom Hale\n"
               "View all guest info https://calendar.google.com/calendar/event?action=VIEW\n\nReply for helpline@example.com\n\n"
               "Invitation from Google Calendar: https://calendar.google.com/calendar/\n\nYou are receiving this email because "
               "you are subscribed to calendar notifications. To stop receiving these emails, go to Calendar settings.\n")


def google_rsvp(note: str, method: str = "REPLY") -> bytes:
    """A Google Calendar answer: the note inside Google's own template, and in the calendar's ATTENDEE line."""
    ics = GOOGLE_ICS.format(method=method, note=note)
    return make_eml(subject="Accepted: Interview: Aisha Rahman (Senior Buyer) @ Thu 14 May 2026 3pm - 4pm (BST)",
                    headers={"MIME-Version": "1.0", "Content-Type": 'multipart/alternative; boundary="g"'},
                    body=(f"--g\nContent-Type: text/plain; charset=utf-8\n\n{GOOGLE_BODY.format(note=note)}\n"
                          f'--g\nContent-Type: text/calendar; charset="UTF-8"; method={method}\n\n{ics}\n--g--\n'))


def test_the_note_of_a_google_calendar_answer_is_read_from_its_calendar():
    note = "The invite has no Zoom or Teams link in it. Aisha is remote so she will need one."
    assert parse(google_rsvp(note)).calendar_note == note
    assert parse(google_rsvp(note, method="REQUEST")).calendar_note == ""   # an organiser's, not an answer's note


def test_the_note_of_an_outlook_answer_is_its_comment_unescaped():
    raw = rsvp("Können wir das auf 15 Uhr verschieben?", "Zugesagt: Interview").replace(
        b"SUMMARY:Treinamento", "COMMENT;LANGUAGE=de-DE:Können wir das auf 15 Uhr verschieben\\, bitte?\\n\r\n"
        " Vormittags bin ich im Werk.\r\nSUMMARY:Treinamento".encode())
    assert parse(raw).calendar_note == "Können wir das auf 15 Uhr verschieben, bitte?\nVormittags bin ich im Werk."
    assert parse(rsvp("Sorry, cannot make it.", "Declined: Training")).calendar_note == ""   # no note in its calendar


@pytest.mark.parametrize("note,actions", [
    ("The invite has no Zoom or Teams link in it. Aisha is remote so she will need one.", ("needs_review",)),
    ("Megan Cole from Finance should be on this one too. I can't add her from my side.", ("needs_review",)),
    ("See you then!", ("ignore",)),
])
def test_a_google_calendar_answer_is_ignored_only_when_its_note_alone_reads_as_noise(note, actions):
    # The shipped model reads Google's template around the note as an RSVP (noise at 0.99 and more).
    cfg = from_dict(dict(EMBEDDED_DEFAULT))
    msg = parse(google_rsvp(note))
    verdict, decision = decide_message(msg, Classifier.from_config(cfg), cfg, history_from_headers(msg, cfg))
    assert verdict.category == "noise" and verdict.confidence >= 0.9
    assert decision.actions == actions


def test_a_google_calendar_answer_marked_auto_submitted_is_still_read_for_its_note():
    # Google Calendar may mark a person's answer Auto-Submitted: auto-generated; the note is still the attendee's.
    cfg = from_dict(dict(EMBEDDED_DEFAULT))
    raw = google_rsvp("there's no Meet or Teams link anywhere in this invite? candidate is remote").replace(
        b"MIME-Version", b"Auto-Submitted: auto-generated\nMIME-Version", 1)
    msg = parse(raw)
    verdict, decision = decide_message(msg, Classifier.from_config(cfg), cfg, history_from_headers(msg, cfg))
    assert verdict.category == "noise"
    assert decision.actions == ("needs_review",)
    assert any("note on this answer to an invitation" in r for r in decision.reasons)
