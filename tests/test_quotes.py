"""Quote stripping: the classifier reads only the new text of a reply, never the history or the signature."""
from __future__ import annotations

import pytest

from triage_daemon.mail.quotes import FORWARD_SUBJECT, strip_quotes

NEW = "The candidate still has no Zoom link for the 3pm panel."
OLD = "Regenerate the conference link from the interview page."


def test_gmail_on_date_wrote_line_cuts_the_history():
    text = f"{NEW}\n\nOn Tue, Mar 12, 2024 at 10:15 AM Help Line <helpline@example.com> wrote:\n> {OLD}\n"
    assert strip_quotes(text) == NEW


def test_gmail_wrote_line_wrapped_over_two_lines_cuts_the_history():
    text = f"{NEW}\n\nOn Tue, Mar 12, 2024 at 10:15 AM Help Line <\nhelpline@example.com> wrote:\n\n{OLD}\n"
    assert strip_quotes(text) == NEW


def test_outlook_original_message_separator_cuts_the_history():
    text = (f"{NEW}\n\n-----Original Message-----\nFrom: Help Line\nSent: Tuesday, March 12, 2024 10:15 AM\n"
            f"To: Dana\nSubject: RE: Zoom\n\n{OLD}\n")
    assert strip_quotes(text) == NEW


def test_outlook_from_sent_block_cuts_the_history():
    text = (f"{NEW}\n\nFrom: Help Line <helpline@example.com>\nSent: Tuesday, March 12, 2024 10:15 AM\n"
            f"To: Dana Recruiter <dana@example.com>\nSubject: RE: Zoom\n\n{OLD}\n")
    assert strip_quotes(text) == NEW


def test_outlook_underscore_rule_before_the_from_block_cuts_the_history():
    text = (f"{NEW}\n\n________________________________\nFrom: Help Line <helpline@example.com>\n"
            f"Sent: Tuesday, March 12, 2024 10:15 AM\n\n{OLD}\n")
    assert strip_quotes(text) == NEW


@pytest.mark.parametrize("new,header", [
    ("Der Kandidat hat immer noch keinen Zoom-Link.",
     "Am 12.03.2024 um 10:15 schrieb Help Line <helpline@example.com>:"),
    ("Der Kandidat hat immer noch keinen Zoom-Link.",
     "Von: Help Line <helpline@example.com>\nGesendet: Dienstag, 12. März 2024 10:15\nAn: Dana\nBetreff: AW: Zoom"),
    ("Der Kandidat hat immer noch keinen Zoom-Link.", "-----Ursprüngliche Nachricht-----"),
], ids=["de-gmail", "de-outlook", "de-original"])
def test_german_reply_headers_cut_the_history(new, header):
    assert strip_quotes(f"{new}\n\n{header}\n\n{OLD}\n") == new


@pytest.mark.parametrize("new,header", [
    ("Le candidat n'a toujours pas de lien Zoom.",
     "Le mar. 12 mars 2024 à 10:15, Help Line <helpline@example.com> a écrit :"),
    ("Le candidat n'a toujours pas de lien Zoom.",
     "De : Help Line <helpline@example.com>\nEnvoyé : mardi 12 mars 2024 10:15\nÀ : Dana\nObjet : RE: Zoom"),
    ("Le candidat n'a toujours pas de lien Zoom.", "-------- Message d'origine --------"),
], ids=["fr-gmail", "fr-outlook", "fr-original"])
def test_french_reply_headers_cut_the_history(new, header):
    assert strip_quotes(f"{new}\n\n{header}\n\n{OLD}\n") == new


@pytest.mark.parametrize("new,header", [
    ("El candidato sigue sin enlace de Zoom.",
     "El mar, 12 mar 2024 a las 10:15, Help Line (<helpline@example.com>) escribió:"),
    ("El candidato sigue sin enlace de Zoom.",
     "De: Help Line <helpline@example.com>\nEnviado: martes, 12 de marzo de 2024 10:15\nPara: Dana\nAsunto: RE: Zoom"),
    ("El candidato sigue sin enlace de Zoom.", "-----Mensaje original-----"),
    ("El candidato sigue sin enlace de Zoom.",     # Outlook's newer Spanish labels, blank lines between (from HTML)
     "De: Help Line <helpline@example.com>\n\nEnviado el: martes, 12 de marzo de 2024 10:15\n\nPara: Dana\n\nAsunto: RE: Zoom"),
], ids=["es-gmail", "es-outlook", "es-original", "es-outlook-enviado-el"])
def test_spanish_reply_headers_cut_the_history(new, header):
    assert strip_quotes(f"{new}\n\n{header}\n\n{OLD}\n") == new


@pytest.mark.parametrize("new,header", [
    ("O candidato continua sem link do Zoom.",
     "Em seg., 30 de mar. de 2026 às 18:20, Help Line <helpline@example.com> escreveu:"),
    ("O candidato continua sem link do Zoom.",
     "No dia 23/03/2026, às 17:40, Help Line <helpline@example.com> escreveu:"),
    ("O candidato continua sem link do Zoom.",
     "A 30/04/2026, às 10:52, Help Line <helpline@example.com> escreveu:"),
    ("O candidato continua sem link do Zoom.",
     "De: Help Line <helpline@example.com>\nEnviado: segunda-feira, 30 de março de 2026 18:20\nPara: Ana\nAssunto: RE: Zoom"),
    ("Recebido, muito obrigado!",                  # Outlook in Portugal, blank lines between (from HTML)
     "De: Help Line <helpline@example.com>\n\nEnviada: terça-feira, 7 de julho de 2026 09:51\n\nPara: João\n\nAssunto: RE: Crachás"),
    ("O candidato continua sem link do Zoom.",      # Outlook in Brazil
     "De: Help Line <helpline@example.com>\nEnviado em: segunda-feira, 30 de março de 2026 18:20\nPara: Ana\nAssunto: RE: Zoom"),
    ("O candidato continua sem link do Zoom.",      # Gmail's forward in Portuguese
     "---------- Forwarded message ---------\nDe: Help Line <helpline@example.com>\nData: seg., 30 de mar. de 2026"),
], ids=["pt-gmail", "pt-apple", "pt-pt-apple", "pt-outlook", "pt-pt-outlook-enviada", "pt-br-outlook-enviado-em",
        "pt-gmail-forward"])
def test_portuguese_reply_headers_cut_the_history(new, header):
    assert strip_quotes(f"{new}\n\n{header}\n\n{OLD}\n") == new


@pytest.mark.parametrize("text", [
    "Preciso de uma sala para as entrevistas:\nDe: 9h às 12h\nData: sexta-feira\nLocal: Porto\nObrigada!",
    "Necesito cambiar la franja.\nDe: 10:00 a 12:00\nEnviado el: lunes por error\nGracias",
])
def test_typed_de_and_data_lines_without_a_subject_line_are_not_a_reply_header(text):
    # Outlook's and Gmail's blocks carry a subject line; a person's "De: 9h às 12h / Data: sexta" does not.
    assert strip_quotes(text) == text


@pytest.mark.parametrize("note", ["Recebi isto hoje de manhã:", "Obrigada! Respostas abaixo.", "Bom dia,", "See below"])
def test_a_note_that_only_points_below_keeps_what_follows(note):
    # A person pastes a notification and comments under it, or answers inline, or bottom-posts.
    block = "De: GoodTime <no-reply@goodtime.io>\nEnviada: terça-feira, 10 de março de 2026 08:02\nPara: Rita\nAssunto: Entrevista"
    below = "A hora está errada: a entrevista é às 10h00. Podem corrigir?"
    stripped = strip_quotes(f"{note}\n\n{block}\n\n{below}\n")
    assert stripped.startswith(note) and below in stripped and "Assunto:" not in stripped


def test_a_note_that_says_something_still_cuts_the_history_below_it():
    note = "The candidate never got the invite for tomorrow's panel, can you resend it?"
    assert strip_quotes(f"{note}\n\nFrom: Help Line <helpline@example.com>\nSent: Monday\nTo: Dana\n\n{OLD}\n") == note


def test_a_portuguese_sentence_that_ends_in_escreveu_is_not_a_reply_header():
    text = f"{NEW}\nÀs vezes o candidato escreveu:\n\"Não recebi o convite.\"\n"
    assert strip_quotes(text) == text.strip()


def test_lines_quoted_with_greater_than_are_dropped():
    text = f"> {OLD}\n> second old line\n{NEW}\n>> older still\nOne more new line.\n"
    stripped = strip_quotes(text)
    assert NEW in stripped and "One more new line." in stripped
    assert ">" not in stripped
    assert OLD not in stripped and "second old line" not in stripped and "older still" not in stripped


def test_dash_dash_space_signature_is_dropped():
    assert strip_quotes(f"{NEW}\n\n-- \nDana Recruiter\nTalent Acquisition | +1 555 0100\n") == NEW


def test_sent_from_my_iphone_is_dropped():
    assert strip_quotes(f"{NEW}\n\nSent from my iPhone\n") == NEW


def test_localised_mobile_signatures_are_dropped():
    for line in ("Von meinem iPhone gesendet", "Envoyé de mon iPhone", "Enviado desde mi iPhone", "Get Outlook for iOS",
                 "Enviado do meu iPhone", "Enviado a partir do meu Samsung Galaxy",
                 "Obter o Outlook para Android<https://aka.ms/AAb9ysg>", "Obtener Outlook para iOS",
                 "Obtenir Outlook pour Android", "Outlook für Android herunterladen"):
        assert strip_quotes(f"{NEW}\n\n{line}\n") == NEW, line


@pytest.mark.parametrize("disclaimer", [
    "CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and may be privileged.",
    "DISCLAIMER: The information in this message is intended only for the addressee.",
    "This email and any files transmitted with it are confidential and intended solely for the addressee.",
    "This message may contain confidential information. If you are not the intended recipient, delete it.",
])
def test_confidentiality_disclaimers_are_dropped(disclaimer):
    assert strip_quotes(f"{NEW}\n\nDana\n\n{disclaimer}\nMore legal text.\n") == f"{NEW}\n\nDana"


def test_everything_above_the_first_marker_is_kept_including_several_paragraphs():
    text = (f"Hi team,\n\n{NEW}\nIt starts at 3pm today.\n\nThanks,\nDana\n\n"
            f"On Tue, Mar 12, 2024 at 10:15 AM Help Line <helpline@example.com> wrote:\n> {OLD}\n")
    stripped = strip_quotes(text)
    assert stripped.startswith("Hi team,")
    assert "It starts at 3pm today." in stripped and stripped.endswith("Dana")


def test_crlf_line_endings_are_handled_like_lf():
    text = f"{NEW}\r\n\r\nOn Tue, Mar 12, 2024 at 10:15 AM Help Line <helpline@example.com> wrote:\r\n> {OLD}\r\n"
    assert strip_quotes(text) == NEW


def test_message_without_quotes_or_signature_is_unchanged():
    assert strip_quotes(f"{NEW}\nIt starts at 3pm today.\n") == f"{NEW}\nIt starts at 3pm today."


def test_empty_text_gives_empty_text():
    assert strip_quotes("") == ""


def test_a_from_line_in_the_users_own_words_is_not_a_reply_header():
    text = "From: the candidate page I cannot open the itinerary.\nIt shows an error.\n"
    assert strip_quotes(text) == text.strip()


def test_pure_forward_without_a_note_keeps_the_forwarded_text():
    text = ("---------- Forwarded message ---------\nFrom: Sam <sam@example.com>\nDate: Mon, Mar 11, 2024\n"
            "Subject: sync broken\nTo: Dana <dana@example.com>\n\nThe Greenhouse sync is broken since Monday.\n")
    assert "The Greenhouse sync is broken since Monday." in strip_quotes(text)


def test_pure_forward_without_a_note_drops_a_portuguese_header_block():
    text = ("De: Sam <sam@example.pt>\nEnviada: segunda-feira, 11 de março de 2024 10:00\nPara: Dana\n"
            "Assunto: sincronização\n\nA sincronização com o Greenhouse parou.\n")
    assert strip_quotes(text) == "A sincronização com o Greenhouse parou."


def test_pure_forward_without_a_note_drops_the_forwarded_header_block():
    # Message.stripped promises text "without ... forwards' headers".
    text = ("---------- Forwarded message ---------\nFrom: Sam <sam@example.com>\nDate: Mon, Mar 11, 2024\n"
            "Subject: sync broken\nTo: Dana <dana@example.com>\n\nThe Greenhouse sync is broken since Monday.\n")
    stripped = strip_quotes(text)
    assert "Forwarded message" not in stripped
    assert "sam@example.com" not in stripped


def test_a_sentence_that_starts_with_this_email_is_kept_when_it_is_not_a_disclaimer():
    text = "Hi,\nThis email is to report that the Greenhouse sync has been broken since Monday.\nThanks, Dana"
    assert "Greenhouse sync has been broken" in strip_quotes(text)


def test_a_line_that_starts_with_important_is_kept_when_it_is_not_a_disclaimer():
    text = "Hi,\nImportant: the candidate is waiting in the lobby and the Zoom link is missing!\nDana"
    assert "candidate is waiting in the lobby" in strip_quotes(text)


# --- forwards ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("subject, forwards", [
    ("Fwd: Thursday", True), ("FW: Thursday", True), ("WG: Donnerstag", True), ("TR: Jeudi", True),
    ("RV: Jueves", True), ("ENC: Quinta", True), ("Fwd: Re: Thursday", True), ("fwd[2]: Thursday", True),
    ("Re: Fwd: Thursday", False), ("AW: WG: Donnerstag", False), ("Trouble with Thursday", False),
    ("Forwarding rules for candidates", False), ("Thursday", False),
])
def test_a_subject_forwards_when_its_first_prefix_does(subject, forwards):
    assert (FORWARD_SUBJECT.match(subject) is not None) is forwards


@pytest.mark.parametrize("subject", ["RE: FW: Zoom", "Re[2]: Zoom", "RES: ENC: Zoom", "Réf : TR : Zoom", "AW: WG: Zoom",
                                     "Antw: Zoom", "SV: VS: Zoom", "  Fwd:Zoom"])
def test_a_subject_loses_every_reply_and_forward_prefix(subject):
    from triage_daemon.mail.quotes import bare_subject
    assert bare_subject(subject) == "Zoom"


def test_a_word_that_only_begins_like_a_prefix_is_kept():
    from triage_daemon.mail.quotes import bare_subject
    assert bare_subject("Resend: the Zoom link") == "Resend: the Zoom link"
    assert bare_subject("Training: new coordinators") == "Training: new coordinators"
