"""Messages b-001 .. b-025"""
from lib import *
from lib import _e
from sigs import *

MSGS = []


def reg(f):
    MSGS.append(f)
    return f


# ---------------------------------------------------------------- 001
@reg
def m001():
    rng = rng_for("b-001")
    d = when("2026-02-10 16:42:09", 0)
    body = """Hi team,

Hope you’re well. I’m picking up the GoodTime side of the Daventry and Northampton night-shift campaign from Callum while he’s on paternity leave, so apologies if this has been asked before.

From next month we’re running assessment interviews for the night team on site between 22:00 and 02:00, plus a couple of big Saturday assessment days at Daventry in April. The recruiters won’t be around for most of that, and the shift managers who are interviewing are (understandably) not GoodTime experts.

My question is really about cover: if something goes wrong with GoodTime at, say, 11pm on a weekday or on a Saturday morning – an invite doesn’t go out, a panel won’t load – is there actually anyone at GoodTime who will pick that up at that time, or do we realistically have to wait until Monday morning? I need to put something in the briefing pack for the shift managers so they know what to do.

Many thanks in advance."""
    sig = sig_uk("Hannah Whitcombe", "HR Business Partner – Distribution (North)", dept="People Team",
                 mobile="+44 7700 900318")
    plain = plain_from_parts(body, sig, DISC_UK)
    htm = mso_html(body, sig, DISC_UK, reply=False)
    part = multi("alternative", [
        text(plain.encode("cp1252"), cs="windows-1252", cte="quoted-printable"),
        text(htm.encode("cp1252"), "html", cs="windows-1252", cte="quoted-printable")],
        "_000_%s_" % ("LO2P265MB%04d%s" % (rng.randint(1000, 9999), rnd_hex(rng, 28, True))))
    h = trace_internal(rng, d, region="eurprd04", hops=5)
    h += outlook_hdrs(rng, "Hannah Whitcombe <hannah.whitcombe@calloway-finch.com>", HELP_NAMED,
                      "GoodTime cover for night shift / weekend assessment days", d,
                      mid_outlook(rng, "eurprd04", "LO2P265MB"), lang="en-GB", msip="Internal")
    h += [("MIME-Version", "1.0")]
    return message(h, part), lab("question", "auto_reply", "en",
                                 "outlook-multipart-alt;qp;windows-1252;corp-sig;disclaimer;received-chain;msip-label",
                                 "support-hours", "support availability asked without the word hours")


# ---------------------------------------------------------------- 002
@reg
def m002():
    rng = rng_for("b-002")
    d = when("2026-03-12 07:03:51", 1)
    body = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich Freitag, 20.03.2026, nicht im Büro und habe in dieser Zeit keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an recruiting-hamburg@cf-logistics.de oder telefonisch an +49 40 555 183-200.

Mit freundlichen Grüßen
Sabine Weiß

---

Thank you for your message. I am out of the office until Friday, 20 March 2026, with no access to e-mail. Your message will not be forwarded. For urgent matters please contact recruiting-hamburg@cf-logistics.de.
"""
    ref = "<%s@helpline.calloway-finch.com>" % rnd_hex(rng, 20)
    h = trace_external(rng, d, "cf-logistics.de", "mx02.cf-logistics.de", "195.243.118.%d" % rng.randint(2, 250),
                       region="eurprd07", hops=2, arc=False, sel="cfl2024")
    h += [("From", "=?iso-8859-1?Q?Wei=DF=2C_Sabine?= <sabine.weiss@cf-logistics.de>"),
          ("To", HELP_NAMED),
          ("Subject", "Automatische Antwort: AW: Interviewer-Pool Lager Duisburg / neue Schichtleiter"),
          ("Thread-Topic", "Interviewer-Pool Lager Duisburg / neue Schichtleiter"),
          ("Thread-Index", thread_index(rng)),
          ("Date", rfc_date(d)),
          ("Message-ID", mid_outlook(rng, "eurprd07", "FR2P281MB")),
          ("References", ref), ("In-Reply-To", ref),
          ("Auto-Submitted", "auto-replied"),
          ("X-Auto-Response-Suppress", "All"),
          ("X-MS-Exchange-Inbox-Rules-Loop", "sabine.weiss@cf-logistics.de"),
          ("Content-Language", "de-DE"),
          ("X-MS-Has-Attach", ""),
          ("X-MS-TNEF-Correlator", ""),
          ("MIME-Version", "1.0")]
    part = text(body.encode("iso-8859-1"), cs="iso-8859-1", cte="quoted-printable")
    return message(h, part), lab("noise", "ignore", "de",
                                 "ooo;auto-submitted;rfc2047-q;iso-8859-1;qp;received-chain;dkim")


# ---------------------------------------------------------------- 003
@reg
def m003():
    rng = rng_for("b-003")
    d = when("2026-03-03 11:27:40", 0)
    top = """Hi Help Line,

Forwarding from Priya. Can somebody pick this up as a priority please – it’s not just one coordinator, it looks like the whole of the UK is affected and we have 60+ interviews booked for the rest of this week across the DCs and head office. I’ve had three site managers on the phone already this morning.

Please let me know who is dealing with it and whether GoodTime are aware."""
    sig = sig_uk("Callum McArdle", "Talent Acquisition Manager – UK & Ireland", dept="Talent Acquisition",
                 phone="+44 161 555 0108", mobile="+44 7700 900451")
    quote = {"head": [("From:", "Priya Raman <priya.raman@calloway-finch.com>"),
                      ("Sent:", "03 March 2026 10:58"),
                      ("To:", "Callum McArdle <callum.mcardle@calloway-finch.com>"),
                      ("Cc:", "UK Recruiting Coordinators <uk-recruiting-coord@calloway-finch.com>"),
                      ("Subject:", "Invites not going out - all UK sites")],
             "text": """Hi Callum,

Since roughly 08:15 this morning none of the interview invites we schedule in GoodTime are arriving – not with the interviewers and not with the candidates. GoodTime shows each interview as scheduled with the green “invites sent” status, but nothing lands in Outlook and the candidates get no confirmation e-mail.

So far I’ve checked 14 interviews (Manchester head office, Daventry, Birmingham DC and two stores). Ellie and Rob in the coordinator team are seeing exactly the same. Interviews scheduled yesterday are fine.

Examples: Daventry shift lead – candidate ID 4471902, scheduled 08:41; Head office finance analyst – candidate ID 4469315, scheduled 09:12.

None of these are today, the earliest is tomorrow 09:00, but if this carries on we’ll have people turning up with nobody expecting them.

Thanks,
Priya

Priya Raman | Recruiting Coordinator | Calloway & Finch UK Ltd"""}
    htm = mso_html(top, sig, DISC_UK, quote=quote, lang="EN-GB")
    part = text(htm.encode("cp1252"), "html", cs="windows-1252", cte="quoted-printable")
    h = trace_internal(rng, d, region="eurprd04", hops=6)
    h += outlook_hdrs(rng, "Callum McArdle <callum.mcardle@calloway-finch.com>", HELP_NAMED,
                      "FW: Invites not going out - all UK sites", d, mid_outlook(rng, "eurprd04", "CWLP265MB"),
                      cc="Priya Raman <priya.raman@calloway-finch.com>", lang="en-GB", msip="Internal")
    h.append(("X-Priority", "1"))
    h.append(("Importance", "high"))
    h.append(("MIME-Version", "1.0"))
    return message(h, part), lab("bug", "forward_support+flag_csm", "en",
                                 "outlook-html-only;qp;windows-1252;forwarded;corp-sig;disclaimer;importance-high",
                                 notes="org-wide: invites not sent for all UK sites")


# ---------------------------------------------------------------- 004
@reg
def m004():
    rng = rng_for("b-004")
    d = when("2026-01-19 09:36:12", 1)
    body = """Buenos días:

Me presento: soy Lucía Fernández, me acabo de incorporar como HR Business Partner para la zona Centro (oficinas de Madrid y la plataforma logística de Getafe). Mi compañero Alejandro me ha pasado esta dirección para todo lo relacionado con GoodTime.

Antes de empezar a escribiros con cada cosa, me gustaría entender bien cómo funciona este buzón: ¿quién está detrás y qué tipo de consultas atendéis aquí? Por ejemplo, si tengo dudas sobre cómo se organizan en España las entrevistas con los jefes de almacén, o sobre el criterio que seguimos aquí con los paneles, ¿os lo pregunto a vosotros o hay que ir directamente a GoodTime? No quiero saturaros con cosas que no os corresponden.

Muchas gracias de antemano y encantada de empezar a trabajar con vosotros."""
    sig = sig_es("Lucía Fernández Ortega", "HR Business Partner – Zona Centro", mobile="+34 600 555 318")
    plain = plain_from_parts(body, sig, DISC_ES)
    htm = mso_html(body, sig, DISC_ES, lang="ES", cs="iso-8859-1", reply=False)
    part = multi("alternative", [
        text(latin1(plain), cs="iso-8859-1", cte="quoted-printable"),
        text(htm.encode("iso-8859-1", "xmlcharrefreplace"), "html", cs="iso-8859-1", cte="quoted-printable")],
        "_000_%s_" % ("DB8PR04MB%04d%s" % (rng.randint(1000, 9999), rnd_hex(rng, 28, True))))
    h = trace_external(rng, d, "calloway-finch.es", "mail-db8eur04on2071.outbound.protection.outlook.com",
                       "40.107.6.%d" % rng.randint(2, 250), region="namprd12", hops=4, sel="selector2")
    h += outlook_hdrs(rng, "=?iso-8859-1?Q?Luc=EDa_Fern=E1ndez_Ortega?= <lucia.fernandez@calloway-finch.es>",
                      "GoodTime Help Line <helpline@calloway-finch.com>",
                      "Presentación y consulta sobre el buzón GoodTime", d, mid_outlook(rng, "eurprd04", "DB8PR04MB"),
                      subj_raw="=?iso-8859-1?Q?Presentaci=F3n_y_consulta_sobre_el_buz=F3n_GoodTime?=",
                      lang="es-ES", topic="Presentación y consulta sobre el buzón GoodTime")
    h[[k for k, _ in h].index("Thread-Topic")] = ("Thread-Topic", "=?iso-8859-1?Q?Presentaci=F3n_y_consulta_sobre_el_buz=F3n_GoodTime?=")
    h.append(("MIME-Version", "1.0"))
    return message(h, part), lab("question", "auto_reply", "es",
                                 "outlook-multipart-alt;qp;iso-8859-1;rfc2047-q;corp-sig;disclaimer;dkim;arc;received-chain",
                                 "internal-project-team", "what this mailbox handles")


# ---------------------------------------------------------------- 005
@reg
def m005():
    rng = rng_for("b-005")
    d = when("2026-02-24 09:52:33", 0)
    body = """Candidate for the shift manager role is sat in reception at Birmingham DC right now for a 10:00. GoodTime says the interview was cancelled yesterday at 17:40 but nobody here cancelled it, and neither interviewer has it in their calendar anymore. Gareth is on the floor and I can't find the second interviewer.

What do I do?? Can someone look at this now please

Candidate: Daniel Okafor, ID 4452187

Oliver

Sent from my iPhone"""
    h = trace_internal(rng, d, region="eurprd04", hops=4)
    h += [("From", "Oliver Brantley <oliver.brantley@calloway-finch.com>"),
          ("Content-Type", "text/plain; charset=utf-8"),
          ("Content-Transfer-Encoding", "quoted-printable"),
          ("Mime-Version", "1.0 (1.0)"),
          ("Subject", "candidate in reception - interview shows cancelled"),
          ("Date", rfc_date(d)),
          ("Message-ID", mid_apple(rng, "calloway-finch.com")),
          ("To", HELP),
          ("X-Mailer", "iPhone Mail (22D72)")]
    raw = hdr_bytes(h) + b"\n" + qp(body.encode("utf-8")) + b"\n"
    return raw, lab("scheduling_blocker", "forward_support", "en",
                    "iphone;mobile-sig;qp;plain-only;received-chain", notes="candidate waiting in reception")


# ---------------------------------------------------------------- 006
@reg
def m006():
    rng = rng_for("b-006")
    d = when("2026-03-16 18:21:05", -5)
    body = """Hi there,

Every time one of our hiring managers goes out unexpectedly (PTO, sick, jury duty...) I end up opening each of their interviews in GoodTime and rescheduling or swapping them one at a time. Last week Tom Alvarez was out for 4 days and it was 23 interviews, which took me most of a day.

It would save the coordinators a huge amount of time if GoodTime had some kind of bulk option - pick an interviewer and a date range, see everything they're booked on, and reassign or move them all in one go (with one update to the candidates rather than 23 separate emails).

Can this be passed on to GoodTime as a request? I put urgent in the subject because our spring hiring push for the Columbus DC opening starts in April and this is going to happen a lot.

Thanks!
Kayla

--
Kayla Dunn
Technical Recruiter | Calloway & Finch Tech
tech.calloway-finch.com"""
    hb = '<div dir="ltr">' + "".join("<div>%s</div>" % (_e(l) if l else "<br>") for l in body.split("\n")) + "</div>\n"
    b = "000000000000%s" % rnd_hex(rng, 16)
    part = multi("alternative", [text(body, cs="UTF-8", cte="quoted-printable"),
                                 text(hb, "html", cs="UTF-8", cte="quoted-printable")], b)
    ghost, gip, ghdr = google_hop(rng, d)
    h = trace_external(rng, d, "tech.calloway-finch.com", ghost, gip, region="namprd12", hops=3,
                       sel="google", pre_hops=[ghdr])
    h += [("MIME-Version", "1.0"),
          ("From", "Kayla Dunn <kayla.dunn@tech.calloway-finch.com>"),
          ("Date", rfc_date(d)),
          ("Message-ID", mid_gmail(rng)),
          ("Subject", "URGENT - need a way to move all of a hiring manager's interviews at once"),
          ("To", "helpline@calloway-finch.com")]
    return message(h, part), lab("feature_request", "product_board_reply", "en",
                                 "gmail;multipart-alt;qp;misleading-subject;received-chain;dkim;arc",
                                 notes="URGENT subject over a feature wish (bulk reassign)")


# ---------------------------------------------------------------- 007
@reg
def m007():
    rng = rng_for("b-007")
    d = when("2026-03-05 14:08:47", 1)
    body = """Bonjour,

Merci pour votre retour, la salle est bien réservée désormais.

Autre sujet, pendant que je vous ai : à partir d’avril nous allons organiser des sessions de recrutement le samedi matin pour l’entrepôt de Saint-Priest (préparateurs de commandes, caristes). Les entretiens seront planifiés via GoodTime comme d’habitude.

Si jamais nous rencontrons un souci avec l’outil un samedi à 8h30 (invitations non reçues, lien qui ne fonctionne pas…), est-ce que quelqu’un chez GoodTime peut nous répondre ce jour-là, ou faut-il attendre le lundi ? Et dans ce cas, comment les joindre le plus rapidement ?

Merci d’avance."""
    sig = sig_fr("Claire Dubois-Lefèvre", "Chargée de recrutement – Logistique Rhône-Alpes", mobile="+33 6 55 01 27 84")
    quote = {"head": [("De :", "GoodTime Help Line <helpline@calloway-finch.com>"),
                      ("Envoyé :", "mercredi 4 mars 2026 17:22"),
                      ("À :", "Claire Dubois-Lefèvre <claire.dubois-lefevre@calloway-finch.fr>"),
                      ("Objet :", "RE: Salle pour les entretiens alternance – Saint-Priest")],
             "text": """Bonjour Claire,

La salle « Rhône 2 » du bâtiment B est maintenant configurée comme ressource dans le calendrier et visible dans GoodTime. Vous devriez pouvoir la sélectionner pour les entretiens alternance du 12 mars.

Bonne fin de journée,
L’équipe projet GoodTime

De : Claire Dubois-Lefèvre
Envoyé : mardi 3 mars 2026 10:05
Objet : Salle pour les entretiens alternance – Saint-Priest

Bonjour, la salle Rhône 2 n’apparaît pas dans GoodTime quand je planifie les entretiens alternance. Pouvez-vous vérifier ? Merci, Claire"""}
    htm = mso_html(body, sig, DISC_FR, quote=quote, lang="FR")
    part = text(htm.encode("cp1252"), "html", cs="windows-1252", cte="quoted-printable")
    h = trace_external(rng, d, "calloway-finch.fr", "mail-pr3eur02on2119.outbound.protection.outlook.com",
                       "40.107.24.%d" % rng.randint(2, 250), region="namprd12", hops=3)
    h += outlook_hdrs(rng, "=?iso-8859-1?Q?Claire_Dubois-Lef=E8vre?= <claire.dubois-lefevre@calloway-finch.fr>",
                      "GoodTime Help Line <helpline@calloway-finch.com>",
                      "RE: Salle pour les entretiens alternance – Saint-Priest", d,
                      mid_outlook(rng, "eurprd02", "PR3PR02MB"), lang="fr-FR",
                      refs="<%s@helpline.calloway-finch.com> <%s@helpline.calloway-finch.com>" % (rnd_hex(rng, 16), rnd_hex(rng, 16)),
                      subj_raw="RE: Salle pour les entretiens alternance =?windows-1252?Q?=96_Saint-Priest?=")
    h.append(("MIME-Version", "1.0"))
    return message(h, part), lab("question", "auto_reply", "fr",
                                 "outlook-html-only;qp;windows-1252;reply-quoted-other-topic;rfc2047-q;corp-sig;disclaimer;dkim;arc",
                                 "support-hours", "Saturday support availability, no word 'heures'")


# ---------------------------------------------------------------- 008
@reg
def m008():
    rng = rng_for("b-008")
    d = when("2026-04-07 10:14:29", -4)
    body = """Good morning,

I'm reaching out on behalf of the US HR leadership team ahead of our GoodTime renewal, which I understand is due on June 30.

Some context. When we signed the current agreement we sized it for 220 users. According to the admin page we are at 212 active users today, and over the next quarter we will be adding:
- roughly 30 hiring managers and interviewers for the new Columbus, OH distribution center (go-live in August, hiring from May),
- around 15 seasonal interviewers for the Q4 peak across Memphis and Newark,
- the new graduate program panel (8-10 people from Finance and Tech).

I've attached the hiring plan we shared with the ELT last week (page 1 is the summary).

Before anyone signs anything we need a conversation with GoodTime's account team about:
1. whether interviewers who only receive invites count against our seat number, or only coordinators/recruiters,
2. options for adding the seasonal users for a few months only,
3. whether we can co-term the additional seats with the June renewal rather than having two dates, and
4. the price impact, so Finance can budget it in the Q3 reforecast.

Could you please raise this with our Customer Success Manager and set up a call with me, Darnell Hughes (Recruiting Ops) and someone from Procurement? Our availability is fairly open the weeks of April 20 and 27.

Thank you,"""
    sig = sig_us("Melissa Trent", "Senior HR Business Partner", dept="Supply Chain & Distribution",
                 site="4100 Rickenbacker Pkwy | Columbus, OH 43217", phone="(614) 555-0163",
                 mobile="(614) 555-0188", greet="", pron="she/her").lstrip()
    plain = plain_from_parts(body, sig, DISC_US)
    htm = mso_html(body, sig, DISC_US, lang="EN-US", reply=False, font="Aptos")
    alt = multi("alternative", [
        text(plain.encode("cp1252"), cs="us-ascii", cte="quoted-printable", cs_label="us-ascii"),
        text(htm.encode("cp1252"), "html", cs="us-ascii", cte="quoted-printable", cs_label="us-ascii")],
        "_000_%s_" % ("SA1PR12MB%04d%s" % (rng.randint(1000, 9999), rnd_hex(rng, 28, True))))
    pdfb = pdf(["Calloway & Finch, Inc. - US Hiring Plan FY26 H2 (DRAFT)",
                "Prepared for: Executive Leadership Team, 31 March 2026",
                "", "1. Columbus, OH DC go-live: August 2026. Hiring managers/interviewers: 30",
                "2. Q4 peak seasonal interviewers (Memphis, Newark): 15",
                "3. Graduate program panel (Finance, Tech): 8-10",
                "", "Current GoodTime users: 212 of 220 licensed",
                "CONFIDENTIAL - internal use only"], "US Hiring Plan FY26 H2")
    part = multi("mixed", [alt, attach(pdfb, "application/pdf", "US_Hiring_Plan_FY26_H2_DRAFT.pdf",
                                       date=rfc_date(d))],
                 "_004_%s_" % ("SA1PR12MB%04d%s" % (rng.randint(1000, 9999), rnd_hex(rng, 28, True))))
    h = trace_internal(rng, d, region="namprd12", hops=5)
    h += outlook_hdrs(rng, "Melissa Trent <melissa.trent@calloway-finch.com>", HELP_NAMED,
                      "GoodTime renewal - seat count and additional users for H2", d,
                      mid_outlook(rng, "namprd12", "SA1PR12MB"), lang="en-US", has_attach=True,
                      cc="Darnell Hughes <darnell.hughes@calloway-finch.com>", msip="General")
    h.append(("MIME-Version", "1.0"))
    # The plain body uses only ASCII-safe chars except dashes; us-ascii label with cp1252 bytes is an Outlook quirk
    return message(h, part), lab("escalation", "flag_csm", "en",
                                 "outlook-multipart-alt;qp;pdf;corp-sig;disclaimer;received-chain;msip-label",
                                 notes="renewal and seat count")


# ---------------------------------------------------------------- 009
@reg
def m009():
    rng = rng_for("b-009")
    d = when("2026-02-03 07:12:44", 1)
    body = """Hallo zusammen,

kurze Frage aus dem Lager Duisburg: Unsere Schichtleiter führen die Vorstellungsgespräche für die Lagerhelfer meistens direkt in der Halle bzw. im Schichtbüro und sitzen selten am PC.

Wenn bei GoodTime mal etwas hakt (z. B. Einladung kommt nicht an, Termin ist doppelt), würden sie am liebsten einfach beim Hersteller anrufen. Gibt es dafür eine Telefonnummer bzw. Hotline von GoodTime? Und falls nicht – auf welchem Weg erreicht man den GoodTime-Support am schnellsten?

Danke und Gruß
Jörg

--
Jörg Büttner
Recruiter gewerbliche Mitarbeiter
Calloway & Finch Logistics GmbH | Standort Duisburg-Rheinhausen
Logport-Allee 7, 47229 Duisburg
Tel.: +49 2065 555 41-22
"""
    body += "\n" + DISC_DE + "\n"
    subj = "Rückfrage: Hotline-Nummer für den GoodTime-Support?"
    h = [postfix_hop("mail.cf-logistics.de", "10.20.4.11", "mx01.cf-logistics.de", "4Zb7Qm1Lq8z9sK",
                     utc(d, 1), for_="helpline@calloway-finch.com")]
    h = trace_external(rng, d, "cf-logistics.de", "mx01.cf-logistics.de", "195.243.118.%d" % rng.randint(2, 250),
                       region="namprd12", hops=3, arc=True, sel="cfl2024", pre_hops=h)
    h += [("Message-ID", mid_tb(rng, "cf-logistics.de")),
          ("Date", rfc_date(d)),
          ("MIME-Version", "1.0"),
          ("User-Agent", "Mozilla Thunderbird"),
          ("Content-Language", "de-DE"),
          ("To", "helpline@calloway-finch.com"),
          ("From", "=?UTF-8?Q?J=C3=B6rg_B=C3=BCttner?= <joerg.buettner@cf-logistics.de>"),
          ("Subject", ew_split(subj, [4, 26], "B")),
          ("Content-Type", "text/plain; charset=UTF-8; format=flowed"),
          ("Content-Transfer-Encoding", "8bit")]
    raw = hdr_bytes(h) + b"\n" + body.encode("utf-8")
    return raw, lab("question", "auto_reply", "de",
                    "thunderbird;plain-only;8bit;format-flowed;rfc2047-b-split;corp-sig;disclaimer;received-chain;dkim;arc",
                    "contact-support", "asks for a phone hotline")


# ---------------------------------------------------------------- 010
@reg
def m010():
    rng = rng_for("b-010")
    d = when("2026-01-28 23:41:17", 0)
    orig_d = when("2026-01-28 23:41:09", 0)
    qid = "4ZjK7p3c0Fz1R"
    expl = """This is the mail system at host mail.brightpath-staffing.co.uk.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<j.harlow@brightpath-staffing.co.uk>: host
    mail.brightpath-staffing.co.uk[185.60.14.22] said: 550 5.1.1
    <j.harlow@brightpath-staffing.co.uk>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)
"""
    ds = """Reporting-MTA: dns; mail.brightpath-staffing.co.uk
X-Postfix-Queue-ID: %s
X-Postfix-Sender: rfc822; helpline@calloway-finch.com
Arrival-Date: %s

Final-Recipient: rfc822; j.harlow@brightpath-staffing.co.uk
Original-Recipient: rfc822;j.harlow@brightpath-staffing.co.uk
Action: failed
Status: 5.1.1
Remote-MTA: dns; mail.brightpath-staffing.co.uk
Diagnostic-Code: smtp; 550 5.1.1 <j.harlow@brightpath-staffing.co.uk>:
    Recipient address rejected: User unknown in virtual mailbox table
""" % (qid, rfc_date(orig_d))
    oh = """Return-Path: <helpline@calloway-finch.com>
From: GoodTime Help Line <helpline@calloway-finch.com>
To: "j.harlow@brightpath-staffing.co.uk" <j.harlow@brightpath-staffing.co.uk>
Subject: RE: Agency candidates - interview slots at Daventry
Date: %s
Message-ID: %s
Content-Type: multipart/alternative;
	boundary="_000_%s_"
MIME-Version: 1.0
""" % (rfc_date(orig_d), mid_outlook(rng, "eurprd04", "LO4P265MB"), rnd_hex(rng, 30, True))
    b = "%s.1769643677/mail.brightpath-staffing.co.uk" % qid
    part = multi("report", [
        Part([("Content-Description", "Notification"), ("Content-Type", "text/plain; charset=us-ascii")], expl.encode()),
        Part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")], ds.encode()),
        Part([("Content-Description", "Undelivered Message Headers"), ("Content-Type", "text/rfc822-headers")], oh.encode())],
        b, preamble="This is a MIME-encapsulated message.", extra_ct="; report-type=delivery-status")
    h = trace_external(rng, d, "brightpath-staffing.co.uk", "mail.brightpath-staffing.co.uk", "185.60.14.22",
                       region="eurprd04", hops=2, dkim=False, arc=False)
    h += [("Return-Path", "<>"),
          ("Date", rfc_date(d, comment="GMT")),
          ("From", "MAILER-DAEMON@mail.brightpath-staffing.co.uk (Mail Delivery System)"),
          ("Subject", "Undelivered Mail Returned to Sender"),
          ("To", "helpline@calloway-finch.com"),
          ("Auto-Submitted", "auto-replied"),
          ("MIME-Version", "1.0"),
          ("Message-Id", "<20260128234117.%s@mail.brightpath-staffing.co.uk>" % rnd_hex(rng, 8, True))]
    return message(h, part), lab("noise", "ignore", "en", "bounce;multipart-report;postfix;auto-submitted;night",
                                 notes="bounce of a help-line reply")


# ---------------------------------------------------------------- 011
@reg
def m011():
    rng = rng_for("b-011")
    d = when("2026-02-12 13:19:02", 0)
    body = """Olá,

A Mariana disse-me que dentro do GoodTime existe um chat para falarmos diretamente com o suporte deles, mas eu não vejo nada disso no ecrã. Entro sempre pelo link que vem nos convites das entrevistas e só me aparece a página da entrevista.

Onde é que fica esse chat? Tenho de ter alguma permissão especial?

Obrigada,
Inês

Enviado do meu iPhone"""
    h = trace_external(rng, d, "calloway-finch.pt", "mail-am6eur05on2108.outbound.protection.outlook.com",
                       "40.107.22.%d" % rng.randint(2, 250), region="namprd12", hops=3)
    h += [("From", "=?utf-8?B?%s?= <ines.carvalho@calloway-finch.pt>" % base64.b64encode("Inês Carvalho".encode()).decode()),
          ("To", "helpline@calloway-finch.com"),
          ("Subject", "Chat do GoodTime?"),
          ("Thread-Topic", "Chat do GoodTime?"),
          ("Thread-Index", thread_index(rng)),
          ("Date", rfc_date(d)),
          ("Message-ID", mid_outlook(rng, "eurprd05", "AM6PR05MB")),
          ("Accept-Language", "pt-PT, en-US"),
          ("Content-Language", "pt-PT"),
          ("X-MS-Has-Attach", ""),
          ("X-MS-TNEF-Correlator", ""),
          ("Content-Type", 'text/plain; charset="utf-8"'),
          ("Content-Transfer-Encoding", "base64"),
          ("MIME-Version", "1.0")]
    raw = hdr_bytes(h) + b"\n" + b64(body.encode("utf-8"))
    return raw, lab("question", "auto_reply", "pt",
                    "plain-only;base64;utf-8;mobile-sig;rfc2047-b;dkim;arc;received-chain",
                    "chat-bubble", "cannot see chat, not logged in")


# ---------------------------------------------------------------- 012
@reg
def m012():
    rng = rng_for("b-012")
    d = when("2026-03-09 08:31:55", 1)
    body = """Liebes GoodTime-Projektteam,

leider muss ich das Thema Kalendersynchronisation erneut aufmachen – inzwischen zum dritten Mal.

Seit Anfang Februar ist an jedem Montagmorgen die Outlook-Verbindung für praktisch alle Interviewer an den Standorten Hamburg und Duisburg getrennt (betroffen sind rund 35 Personen). GoodTime zeigt die Kolleginnen und Kollegen dann als komplett frei an, obwohl ihre Kalender voll sind. Heute früh sind dadurch bereits vier Doppelbuchungen entstanden, zwei davon mit externen Kandidaten.

Wir haben das bei GoodTime-Support gemeldet:
- Ticket #48213 am 09.02. – Antwort: Token wurde erneuert, Problem behoben
- Ticket #48790 am 23.02. – Antwort: bekanntes Problem, Fix sei ausgerollt
- Ticket #49305 am 02.03. – bisher keine inhaltliche Rückmeldung

Jedes Mal funktioniert es ein paar Tage, und am nächsten Montag geht es wieder los. Die Koordinatorinnen verbringen mittlerweile jeden Montagvormittag damit, Termine händisch zu prüfen.

Ich bitte darum, das Thema jetzt mit entsprechender Priorität bei GoodTime zu eskalieren. Die unten zitierte Antwort zu Ticket #48790 hänge ich zur Info an.

Vielen Dank"""
    sig = sig_de("Katrin Vogelsang", "HR Business Partner Logistik Nord", abt="Human Resources",
                 phone="+49 40 555 183-107", mobile="+49 171 555 2290")
    quote = {"head": [("Von:", "GoodTime Support <support@goodtime.io>"),
                      ("Gesendet:", "Montag, 23. Februar 2026 16:48"),
                      ("An:", "Katrin Vogelsang <katrin.vogelsang@cf-logistics.de>"),
                      ("Betreff:", "Re: [GoodTime Support] Calendar disconnected for multiple users (#48790)")],
             "text": """Hi Katrin,

Thanks for your patience. Our engineering team identified an issue with Microsoft token refresh that affected a small number of customers. A fix has been deployed and your users' calendars should now stay connected. If you see this again, please let us know.

Best,
GoodTime Support"""}
    htm = mso_html(body, sig, DISC_DE, quote=quote, lang="DE")
    part = text(htm.encode("cp1252"), "html", cs="windows-1252", cte="quoted-printable")
    subj = "Kalendersynchronisation fällt jeden Montag aus – zum dritten Mal gemeldet"
    pre = [postfix_hop("exch02.hh.cf-logistics.local", "10.20.1.42", "mx01.cf-logistics.de", "4ZcL1x0Rv3z2Tp", utc(d, 1))]
    h = trace_external(rng, d, "cf-logistics.de", "mx01.cf-logistics.de", "195.243.118.%d" % rng.randint(2, 250),
                       region="namprd12", hops=3, arc=False, sel="cfl2024", pre_hops=pre)
    h += [("From", "Katrin Vogelsang <katrin.vogelsang@cf-logistics.de>"),
          ("To", "GoodTime Help Line <helpline@calloway-finch.com>"),
          ("CC", "Matthias =?iso-8859-1?Q?K=FChn?= <matthias.kuehn@cf-logistics.de>"),
          ("Subject", subj.encode("cp1252")),
          ("Thread-Topic", subj.encode("cp1252")),
          ("Thread-Index", thread_index(rng)),
          ("Date", rfc_date(d)),
          ("Message-ID", "<%s@exch02.hh.cf-logistics.local>" % rnd_hex(rng, 32, True)),
          ("Accept-Language", "de-DE, en-US"),
          ("Content-Language", "de-DE"),
          ("X-MS-Has-Attach", ""),
          ("X-Mailer", "Microsoft Outlook 16.0"),
          ("Importance", "High"),
          ("MIME-Version", "1.0")]
    return message(h, part), lab("bug", "forward_support+flag_csm", "de",
                                 "outlook-html-only;qp;windows-1252;raw-cp1252-subject;gateway;quoted-support-reply;corp-sig;disclaimer;received-chain;dkim",
                                 notes="recurring sync failure after three tickets")


# ---------------------------------------------------------------- 013
@reg
def m013():
    rng = rng_for("b-013")
    d = when("2026-03-18 11:06:12", 1)
    body = """Hola,

La entrevista de las 11:00 para el puesto de jefa de turno en Zaragoza (candidata Laura Gimeno) tenía que empezar hace 6 minutos. La candidata está ya conectada en la sala de espera de Teams, pero el enlace que generó GoodTime nos dice a los dos entrevistadores "Esta reunión no existe o ha finalizado". Hemos probado desde el portátil y desde el móvil.

¿Podéis generar otro enlace o decirme qué hacemos? La candidata está esperando.

Javier

Enviado desde mi iPhone"""
    h = trace_external(rng, d, "calloway-finch.es", "mail-db5eur03on2092.outbound.protection.outlook.com",
                       "40.107.4.%d" % rng.randint(2, 250), region="namprd12", hops=3, arc=False)
    h += [("From", "Javier Muñoz <javier.munoz@calloway-finch.es>"),
          ("Content-Type", "text/plain; charset=utf-8"),
          ("Content-Transfer-Encoding", "8bit"),
          ("Mime-Version", "1.0 (1.0)"),
          ("Subject", "URGENTE: la candidata ya está conectada y el enlace de Teams no funciona"),
          ("Date", rfc_date(d)),
          ("Message-ID", mid_apple(rng, "calloway-finch.es")),
          ("To", "helpline@calloway-finch.com"),
          ("X-Mailer", "iPhone Mail (22D72)")]
    raw = hdr_bytes(h) + b"\n" + body.encode("utf-8") + b"\n"
    return raw, lab("scheduling_blocker", "forward_support", "es",
                    "iphone;mobile-sig;8bit;raw-utf8-subject;raw-utf8-from;dkim;received-chain",
                    notes="candidate waiting, Teams link dead")


# ---------------------------------------------------------------- 014
@reg
def m014():
    rng = rng_for("b-014")
    d = when("2026-01-27 15:47:30", -6)
    body = """Hi all,

When we rolled out GoodTime last year we had a named person on the GoodTime side - Megan - who looked after our account, ran the quarterly check-ins and was the one we went to for the bigger-picture stuff (workflow changes, things that kept breaking, etc). I think she's moved on because my last email to her bounced.

Who is our customer success contact at GoodTime now, and how do I get time in their calendar? I'd like to walk them through the changes we're planning for the driver recruiting process in Memphis and Dallas before we build anything.

Thanks,
Marcus

Marcus Bell
Driver Recruiting Manager - South Region
Calloway & Finch, Inc. | Memphis, TN
(901) 555-0121"""
    hb = '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">' + \
        "".join("<div>%s</div>" % (_e(l) if l else "<br>") for l in body.split("\n")) + "</body></html>\n"
    b = "Apple-Mail=_%s" % mid_apple(rng, "x")[1:37]
    part = multi("alternative", [text(body, cs="us-ascii", cte="7bit", ctq=False),
                                 text(hb, "html", cs="utf-8", cte="quoted-printable", ctq=False)], b)
    h = trace_internal(rng, d, region="namprd05", hops=4)
    h += [("From", "Marcus Bell <marcus.bell@calloway-finch.com>"),
          ("Content-Type", part.headers[0][1]),
          ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))"),
          ("Subject", "Who is our GoodTime account contact now?"),
          ("Message-Id", mid_apple(rng, "calloway-finch.com")),
          ("Date", rfc_date(d)),
          ("To", "helpline@calloway-finch.com"),
          ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)")]
    raw = hdr_bytes(h) + b"\n" + part.body
    return raw, lab("question", "auto_reply", "en", "apple-mail;multipart-alt;7bit;qp;received-chain",
                    "contact-csm", "CSM asked for without the letters CSM")


# ---------------------------------------------------------------- 015
@reg
def m015():
    rng = rng_for("b-015")
    d = when("2026-02-19 17:55:03", 1)
    body = """Bonjour à tous,

Une petite suggestion pour GoodTime, remontée par plusieurs candidats et par les managers de l'entrepôt de Bonneuil.

Quand nous envoyons le lien pour que le candidat choisisse lui-même son créneau, il ne peut pas indiquer s'il préfère venir sur site ou faire l'entretien en visio. Pour les postes d'agents de quai, beaucoup habitent loin et préféreraient une première visio, alors que d'autres n'ont pas d'ordinateur et veulent venir sur place. Résultat : on fait des allers-retours par téléphone après coup, et on perd l'intérêt du lien.

Ce serait très utile que le candidat puisse choisir entre « sur site » et « visio » au moment de réserver, et que GoodTime réserve alors la salle ou génère le lien Teams en fonction.

Est-ce possible de transmettre cette idée à l'éditeur ?

Merci et bonne soirée,
Hélène

-- 
Hélène Perrot
Coordinatrice recrutement – Île-de-France
Calloway & Finch France SAS
Tél. : +33 1 45 55 02 61
"""
    subj = "Suggestion d'amélioration : choix sur site / visio dans le lien candidat"
    h = trace_external(rng, d, "calloway-finch.fr", "smtp-out.calloway-finch.fr", "91.212.40.%d" % rng.randint(2, 250),
                       region="namprd12", hops=3, arc=True, sel="cf2025")
    h += [("Message-ID", mid_tb(rng, "calloway-finch.fr")),
          ("Date", rfc_date(d)),
          ("MIME-Version", "1.0"),
          ("User-Agent", "Mozilla Thunderbird"),
          ("Content-Language", "fr"),
          ("To", "helpline@calloway-finch.com"),
          ("From", "=?UTF-8?Q?H=C3=A9l=C3=A8ne_Perrot?= <helene.perrot@calloway-finch.fr>"),
          ("Subject", ew_split(subj, [35], "Q", "iso-8859-1")),
          ("Content-Type", "text/plain; charset=ISO-8859-1; format=flowed"),
          ("Content-Transfer-Encoding", "quoted-printable")]
    raw = hdr_bytes(h) + b"\n" + qp(latin1(body))
    return raw, lab("feature_request", "product_board_reply", "fr",
                    "thunderbird;plain-only;qp;iso-8859-1;rfc2047-q-split;received-chain;dkim;arc",
                    notes="candidate chooses onsite or video in self-scheduling")


# ---------------------------------------------------------------- 016
@reg
def m016():
    rng = rng_for("b-016")
    d = when("2026-03-11 15:02:00", 0)
    plain = """GoodTime Product Update - March 2026

Hi there,

Spring is here and so are some of our most-requested features:

* Smarter panel suggestions - GoodTime now looks two weeks ahead by default when no options fit.
* Interviewer insights - see training progress and load at a glance.
* New Help Center articles on scheduling across time zones.

Join our live webinar "Scheduling at scale" on 26 March at 11:00 ET / 16:00 GMT.
Register: https://www.goodtime.io/webinars/scheduling-at-scale?utm_source=newsletter&utm_medium=email&utm_campaign=mar26

Read the full release notes: https://www.goodtime.io/release-notes?utm_source=newsletter

You are receiving this email because you are a GoodTime user at Calloway & Finch.
Manage preferences: https://info.goodtime.io/preferences?e=helpline%40calloway-finch.com
Unsubscribe: https://info.goodtime.io/unsubscribe?e=helpline%40calloway-finch.com

GoodTime.io, Inc.
"""
    htm = """<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>GoodTime Product Update</title></head>
<body style="margin:0;padding:0;background:#f4f2fa">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f4f2fa"><tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif">
<tr><td style="background:#5b2c8c;padding:24px;color:#fff;font-size:22px;font-weight:bold">GoodTime Product Update &mdash; March 2026</td></tr>
<tr><td style="padding:24px;font-size:15px;line-height:22px;color:#333">
<p>Hi there,</p>
<p>Spring is here and so are some of our most-requested features:</p>
<ul><li><b>Smarter panel suggestions</b> &ndash; GoodTime now looks two weeks ahead by default when no options fit.</li>
<li><b>Interviewer insights</b> &ndash; see training progress and load at a glance.</li>
<li>New Help Center articles on scheduling across time zones.</li></ul>
<p style="text-align:center"><a href="https://www.goodtime.io/webinars/scheduling-at-scale?utm_source=newsletter&amp;utm_medium=email&amp;utm_campaign=mar26" style="background:#e94e9c;color:#fff;padding:12px 22px;border-radius:4px;text-decoration:none">Register for the webinar</a></p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#888">You are receiving this email because you are a GoodTime user at Calloway &amp; Finch.<br>
<a href="https://info.goodtime.io/preferences?e=helpline%40calloway-finch.com">Manage preferences</a> | <a href="https://info.goodtime.io/unsubscribe?e=helpline%40calloway-finch.com">Unsubscribe</a><br>GoodTime.io, Inc.</td></tr>
</table></td></tr></table>
<img src="https://u1234567.ct.sendgrid.net/wf/open?upn=@@UPN@@" alt="" width="1" height="1" border="0">
</body></html>
""".replace("@@UPN@@", rnd_b64(rng, 60).replace("+", "-").replace("/", "_"))
    b = rnd_hex(rng, 60)
    part = multi("alternative", [text(plain, cs="us-ascii", cte="7bit"),
                                 text(htm, "html", cs="utf-8", cte="quoted-printable")], b)
    pre = [("Received", "by filterdrecv-6c9f5d6b8-2xkqz with SMTP id filterdrecv-6c9f5d6b8-2xkqz-1-%s-1F\n        %s" % (rnd_hex(rng, 8, True), rfc_date(utc(d), comment="UTC").replace("+0000", "+0000")))]
    h = trace_external(rng, d, "info.goodtime.io", "o3.email.goodtime.io", "167.89.%d.%d" % (rng.randint(1, 120), rng.randint(1, 250)),
                       region="namprd12", hops=3, arc=True, sel="s1", pre_hops=pre)
    h += [dkim_sig(rng, "sendgrid.net", "smtpapi", d),
          ("Date", rfc_date(d, comment=None)),
          ("From", "GoodTime <news@info.goodtime.io>"),
          ("Reply-To", "GoodTime <marketing@goodtime.io>"),
          ("To", "helpline@calloway-finch.com"),
          ("Subject", "What's new in GoodTime: March 2026 product update + live webinar"),
          ("Message-ID", "<%s@geopod-ismtpd-%d>" % (rnd_b64(rng, 16).replace("/", "x").replace("+", "y").rstrip("="), rng.randint(1, 40))),
          ("List-Unsubscribe", "<https://info.goodtime.io/unsubscribe?e=helpline%40calloway-finch.com>,\n <mailto:unsubscribe@info.goodtime.io?subject=unsubscribe>"),
          ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
          ("Precedence", "bulk"),
          ("X-SG-EID", rnd_b64(rng, 48)),
          ("MIME-Version", "1.0")]
    return message(h, part), lab("noise", "ignore", "en",
                                 "newsletter;list-unsubscribe;precedence-bulk;multipart-alt;html;dkim;arc;received-chain",
                                 notes="vendor newsletter")


# ---------------------------------------------------------------- 017
@reg
def m017():
    rng = rng_for("b-017")
    d = when("2026-02-26 12:03:18", 0)
    body = """Dear colleagues,

I am preparing the Data Protection Impact Assessment for the UK recruitment process ahead of our annual review with the Group DPO, and GoodTime is one of the systems in scope because it holds candidate names, contact details, interview times and, in some cases, notes about reasonable adjustments.

I have been asked to confirm three points and could not find them in the project documentation on the intranet:

1. In which country or region is the GoodTime data for our UK and EU candidates physically stored and processed (UK, EU or US)?
2. Is there a signed Data Processing Agreement with GoodTime covering UK GDPR and EU GDPR, and where can I obtain a copy?
3. Which sub-processors does GoodTime use (hosting, e-mail delivery, video integrations)?

The DPIA is due to the DPO by 13 March, so I would be grateful for a response or a pointer to the right person by early next week.

With thanks and best wishes,"""
    sig = sig_uk("Gemma Holloway", "HR Business Partner – Head Office & Data Protection Champion",
                 dept="People Team", phone="+44 161 555 0177", greet="").lstrip()
    plain = plain_from_parts(body, sig, DISC_UK)
    htm = mso_html(body, sig, DISC_UK, reply=False, lang="EN-GB")
    part = multi("alternative", [
        text(plain.encode("cp1252"), cs="Windows-1252", cte="quoted-printable"),
        text(htm.encode("cp1252"), "html", cs="Windows-1252", cte="quoted-printable")],
        "_000_%s_" % ("CWLP265MB%04d%s" % (rng.randint(1000, 9999), rnd_hex(rng, 28, True))))
    h = trace_internal(rng, d, region="eurprd04", hops=6)
    h += outlook_hdrs(rng, "Gemma Holloway <gemma.holloway@calloway-finch.com>", HELP_NAMED,
                      "DPIA - GoodTime data location, DPA and sub-processors", d,
                      mid_outlook(rng, "eurprd04", "CWLP265MB"), lang="en-GB", msip="Confidential",
                      cc="Data Protection <dataprotection@calloway-finch.com>")
    h.append(("MIME-Version", "1.0"))
    return message(h, part), lab("question", "forward_support", "en",
                                 "outlook-multipart-alt;qp;windows-1252;corp-sig;disclaimer;received-chain;msip-label",
                                 "none", "data residency / DPA not covered by KB")


# ---------------------------------------------------------------- 018
@reg
def m018():
    rng = rng_for("b-018")
    d = when("2026-01-14 10:22:37", 1)
    body = """Hallo liebes Help-Line-Team,

seit Jahresbeginn haben wir im Recruiting DACH einen deutlichen Personalwechsel: Von den aktuell 14 Kolleginnen und Kollegen, die in Hamburg, Duisburg und Köln mit GoodTime planen, sind neun neu im Team bzw. erst seit Dezember im Unternehmen. Die Einarbeitung lief bisher über „learning by doing“ und über die englischen Hilfeartikel, was bei einigen gut, bei anderen eher schlecht funktioniert.

Wir merken das deutlich: Panels werden manuell zusammengebaut, Interviewer-Pools werden kaum genutzt, und bei Absagen wird häufig das komplette Gespräch storniert statt ein Interviewer ersetzt.

Daher meine Bitte: Können wir über euch eine strukturierte GoodTime-Schulung für das gesamte Team organisieren – idealerweise durch GoodTime selbst (unsere Kundenbetreuung dort), gerne remote, zwei Termine à 90 Minuten, möglichst auf Deutsch oder zumindest mit Fokus auf unsere Abläufe in der Logistik? Im Anschluss wäre ein kurzer Review unserer Prozesse mit GoodTime sinnvoll.

Zeitlich würde uns die zweite Februarhälfte gut passen. Ich stehe gerne für ein Vorgespräch zur Verfügung.

Vielen Dank vorab!"""
    sig = sig_de("Matthias Kühn", "Teamleiter Recruiting DACH", abt="Human Resources",
                 phone="+49 40 555 183-150", greet="Beste Grüße")
    htm = mso_html(body, sig, DISC_DE, lang="DE", reply=False)
    part = text(htm.encode("cp1252"), "html", cs="windows-1252", cte="quoted-printable")
    subj = "Schulungsanfrage: GoodTime-Schulung für das Recruiting-Team (Hamburg/Duisburg/Köln)"
    pre = [postfix_hop("exch01.hh.cf-logistics.local", "10.20.1.41", "mx02.cf-logistics.de", "4Zb0Kq7Wn9z3Pd", utc(d, 1))]
    h = trace_external(rng, d, "cf-logistics.de", "mx02.cf-logistics.de", "195.243.118.%d" % rng.randint(2, 250),
                       region="namprd12", hops=4, sel="cfl2024", pre_hops=pre)
    h += outlook_hdrs(rng, "Matthias =?iso-8859-1?Q?K=FChn?= <matthias.kuehn@cf-logistics.de>", HELP_NAMED,
                      subj, d, "<%s@exch01.hh.cf-logistics.local>" % rnd_hex(rng, 32, True), lang="de-DE",
                      subj_raw=ew_split(subj, [24, 51], "Q", "iso-8859-1"),
                      cc="Katrin Vogelsang <katrin.vogelsang@cf-logistics.de>")
    h[[k for k, _ in h].index("Thread-Topic")] = ("Thread-Topic", ew_q(subj, "iso-8859-1"))
    h.append(("MIME-Version", "1.0"))
    return message(h, part), lab("escalation", "flag_csm", "de",
                                 "outlook-html-only;qp;windows-1252;rfc2047-q-split;corp-sig;disclaimer;gateway;received-chain;dkim;arc",
                                 notes="team training request")


# ---------------------------------------------------------------- 019
@reg
def m019():
    rng = rng_for("b-019")
    d = when("2026-03-31 13:44:10", 1)
    body = """Hi,

Quick question – has something changed with the candidate e-mails since the clocks went forward on Sunday?

Since Monday, every confirmation e-mail GoodTime sends to candidates shows the interview one hour earlier than it really is. Example: interview booked for 10:00 on Thursday 2 April at Manchester head office – the Outlook invites for the interviewers say 10:00 (correct), the candidate’s confirmation says 09:00 “GMT”. It looks like the e-mail is still using GMT instead of BST.

Two candidates turned up an hour early yesterday and one this morning. Luckily nothing missed, but I’ve had to phone everyone booked for the rest of the week to correct the time.

I’ve checked my own time zone settings in GoodTime (Europe/London) and the candidates’ (also Europe/London). Ellie is seeing the same on hers.

Thanks,
Priya"""
    sig = "Priya Raman\nRecruiting Coordinator | Talent Acquisition\nCalloway & Finch UK Ltd | Manchester"
    plain = plain_from_parts(body, sig, DISC_UK)
    htm = mso_html(body, sig, DISC_UK, reply=False)
    part = multi("alternative", [
        text(plain.encode("cp1252"), cs="windows-1252", cte="quoted-printable"),
        text(htm.encode("cp1252"), "html", cs="windows-1252", cte="quoted-printable")],
        "_000_%s_" % ("LO2P265MB%04d%s" % (rng.randint(1000, 9999), rnd_hex(rng, 28, True))))
    h = trace_internal(rng, d, region="eurprd04", hops=5)
    h += outlook_hdrs(rng, "Priya Raman <priya.raman@calloway-finch.com>", HELP_NAMED, "Quick question", d,
                      mid_outlook(rng, "eurprd04", "LO2P265MB"), lang="en-GB")
    h.append(("MIME-Version", "1.0"))
    return message(h, part), lab("bug", "forward_support", "en",
                                 "outlook-multipart-alt;qp;windows-1252;misleading-subject;disclaimer;received-chain",
                                 notes="candidate emails an hour off after DST")


# ---------------------------------------------------------------- 020
@reg
def m020():
    rng = rng_for("b-020")
    d = when("2026-02-05 12:31:40", 1)
    body = """Hola equipo:

Os escribo desde selección de Madrid. Para las entrevistas telefónicas de preselección de mozos y carretilleros de la plataforma de Getafe (unas 40 a la semana ahora mismo) estamos perdiendo muchísimo tiempo en el ida y vuelta de correos y llamadas para cuadrar la hora con cada candidato: le proponemos tres huecos, no le viene bien ninguno, le proponemos otros tres…

¿Hay alguna manera en GoodTime de que sea el propio candidato quien elija directamente un hueco libre de los entrevistadores y se quede cerrada la entrevista, sin que tengamos que intervenir nosotros? Si existe, ¿cómo se hace?

Gracias,
Marta"""
    sig = sig_es("Marta Ibáñez Rey", "Coordinadora de Selección", site="Calle Sierra de Guadarrama, 12 – 28906 Getafe (Madrid)",
                 phone="+34 91 555 61 02", greet="").lstrip()
    plain = plain_from_parts(body, sig, DISC_ES)
    htm = mso_html(body, sig, DISC_ES, lang="ES", cs="utf-8", reply=False)
    part = multi("alternative", [
        text(plain, cs="utf-8", cte="base64"),
        text(htm, "html", cs="utf-8", cte="base64")],
        "_000_%s_" % ("VI1PR04MB%04d%s" % (rng.randint(1000, 9999), rnd_hex(rng, 28, True))))
    h = trace_external(rng, d, "calloway-finch.es", "mail-vi1eur04on2050.outbound.protection.outlook.com",
                       "40.107.8.%d" % rng.randint(2, 250), region="namprd12", hops=3)
    h += outlook_hdrs(rng, ew_b("Marta Ibáñez Rey") + " <marta.ibanez@calloway-finch.es>", HELP,
                      "Consulta: que el candidato elija su propia hora", d, mid_outlook(rng, "eurprd04", "VI1PR04MB"),
                      lang="es-ES")
    h.append(("MIME-Version", "1.0"))
    return message(h, part), lab("question", "auto_reply", "es",
                                 "outlook-multipart-alt;base64;utf-8;rfc2047-b;corp-sig;disclaimer;dkim;arc;received-chain",
                                 "self-scheduling-link", "describes self-scheduling without naming it")


# ---------------------------------------------------------------- 021
@reg
def m021():
    rng = rng_for("b-021")
    d = when("2026-03-04 13:46:19", -6)
    fwd_d = "Wed, Mar 4, 2026 at 1:41 PM"
    top = """Panel starts at 2:00 CT (15 min!!). Can someone help? I opened the interview in GoodTime and there's no video option showing at all, and I can't add a Zoom link to the invites from there. Candidate is Sam Ortiz, Senior Data Engineer, interview ID GT-883104."""
    fwd = """From: Tom Alvarez <tom.alvarez@tech.calloway-finch.com>
Date: %s
Subject: 2pm panel - no Zoom link??
To: Kayla Dunn <kayla.dunn@tech.calloway-finch.com>
Cc: Nisha Patel <nisha.patel@tech.calloway-finch.com>, Greg Lindqvist <greg.lindqvist@tech.calloway-finch.com>


Kayla - the invite for the 2pm panel with Sam Ortiz has no Zoom link on it, just "Virtual". Nisha and Greg have the same. Candidate just emailed me asking how to join. Can you send a link asap?

Tom""" % fwd_d
    plain = top + "\n\n---------- Forwarded message ---------\n" + fwd + "\n"
    hb = '<div dir="ltr"><div>%s</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>From: <strong class="gmail_sendername" dir="auto">Tom Alvarez</strong> <span dir="auto">&lt;<a href="mailto:tom.alvarez@tech.calloway-finch.com">tom.alvarez@tech.calloway-finch.com</a>&gt;</span><br>Date: %s<br>Subject: 2pm panel - no Zoom link??<br>To: Kayla Dunn &lt;<a href="mailto:kayla.dunn@tech.calloway-finch.com">kayla.dunn@tech.calloway-finch.com</a>&gt;<br>Cc: Nisha Patel &lt;<a href="mailto:nisha.patel@tech.calloway-finch.com">nisha.patel@tech.calloway-finch.com</a>&gt;, Greg Lindqvist &lt;<a href="mailto:greg.lindqvist@tech.calloway-finch.com">greg.lindqvist@tech.calloway-finch.com</a>&gt;<br></div><br><br><div dir="ltr">Kayla - the invite for the 2pm panel with Sam Ortiz has no Zoom link on it, just &quot;Virtual&quot;. Nisha and Greg have the same. Candidate just emailed me asking how to join. Can you send a link asap?<div><br></div><div>Tom</div></div>\n</div></div>\n' % (_e(top), fwd_d)
    b = "000000000000%s" % rnd_hex(rng, 16)
    part = multi("alternative", [text(plain, cs="UTF-8", cte="7bit"), text(hb, "html", cs="UTF-8", cte="quoted-printable")], b)
    ghost, gip, ghdr = google_hop(rng, d)
    h = trace_external(rng, d, "tech.calloway-finch.com", ghost, gip, region="namprd12", hops=4,
                       sel="google", pre_hops=[ghdr])
    h += [("MIME-Version", "1.0"),
          ("References", mid_gmail(rng)),
          ("In-Reply-To", mid_gmail(rng)),
          ("From", "Kayla Dunn <kayla.dunn@tech.calloway-finch.com>"),
          ("Date", rfc_date(d)),
          ("Message-ID", mid_gmail(rng)),
          ("Subject", "Fwd: 2pm panel - no Zoom link??"),
          ("To", "helpline@calloway-finch.com"),
          ("Cc", "Tom Alvarez <tom.alvarez@tech.calloway-finch.com>")]
    return message(h, part), lab("scheduling_blocker", "forward_support", "en",
                                 "gmail;multipart-alt;forwarded;received-chain;dkim;arc",
                                 notes="panel in 15 min, no video link")


# ---------------------------------------------------------------- 022
@reg
def m022():
    rng = rng_for("b-022")
    d = when("2026-03-20 16:12:48", 0)
    body = """Boa tarde a todos,

Na última reunião da equipa de recrutamento do Porto fizemos um levantamento das coisas que gostaríamos que o GoodTime fizesse de forma diferente — por exemplo, poder enviar os convites aos candidatos por SMS, ou ter um relatório por armazém. Juntámos umas seis ou sete ideias.

Antes de as enviarmos todas para aqui: existe algum sítio próprio onde possamos registar este tipo de sugestões para que a própria GoodTime as considere nas próximas versões? Também gostava de saber se é possível ver o que outros clientes já pediram, para não estarmos a repetir ideias que já lá estejam.

Obrigada desde já pela ajuda."""
    sig = sig_pt("Mariana Lopes", "HR Business Partner – Norte", site="Rua de Sá da Bandeira, 481 – 4000-436 Porto",
                 phone="+351 22 555 0214", mobile="+351 91 555 0346")
    htm = mso_html(body, sig, DISC_PT, lang="PT", cs="iso-8859-1", reply=False)
    part = text(htm.replace("—", "-").encode("iso-8859-1", "xmlcharrefreplace"), "html", cs="iso-8859-1", cte="quoted-printable")
    h = trace_external(rng, d, "calloway-finch.pt", "mail-am7eur03on2131.outbound.protection.outlook.com",
                       "40.107.13.%d" % rng.randint(2, 250), region="namprd12", hops=3)
    h += outlook_hdrs(rng, "Mariana Lopes <mariana.lopes@calloway-finch.pt>", HELP_NAMED,
                      "Onde registar sugestões de melhoria para o GoodTime?", d,
                      mid_outlook(rng, "eurprd03", "AM7PR03MB"), lang="pt-PT",
                      subj_raw="=?iso-8859-1?Q?Onde_registar_sugest=F5es_de_melhoria_para_o_GoodTime=3F?=")
    h[[k for k, _ in h].index("Thread-Topic")] = ("Thread-Topic", "=?iso-8859-1?Q?Onde_registar_sugest=F5es_de_melhoria_para_o_GoodTime=3F?=")
    h.append(("MIME-Version", "1.0"))
    return message(h, part), lab("question", "auto_reply", "pt",
                                 "outlook-html-only;qp;iso-8859-1;rfc2047-q;corp-sig;disclaimer;dkim;arc;received-chain",
                                 "product-board", "where to log improvement ideas")


# ---------------------------------------------------------------- 023
@reg
def m023():
    rng = rng_for("b-023")
    d = when("2026-02-17 08:05:33", -6)
    sent = "Monday, February 16, 2026 5:12 PM"
    body = """Your message

To: Brian O'Neal
Subject: RE: Panel template for Graduate Assessment Centre
Sent: %s (UTC-06:00) Central Time (US & Canada)

was read on Tuesday, February 17, 2026 8:05 AM (UTC-06:00) Central Time (US & Canada).
""" % sent
    orig = mid_outlook(rng, "namprd12", "BL1PR12MB")
    mdn = """Reporting-UA: BL1PR12MB%04d.namprd12.prod.outlook.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;brian.oneal@calloway-finch.com
Original-Message-ID: %s
Disposition: manual-action/MDN-sent-manually; displayed
""" % (rng.randint(1000, 9999), orig)
    b = "_%03d_%s_" % (rng.randint(0, 9), "BL1PR12MB%04d%s" % (rng.randint(1000, 9999), rnd_hex(rng, 28, True)))
    part = multi("report", [text(body, cs="us-ascii", cte="7bit"),
                            Part([("Content-Type", "message/disposition-notification")], mdn.encode())],
                 b, extra_ct="; report-type=disposition-notification")
    h = trace_internal(rng, d, region="namprd12", hops=3)
    h += [("From", "Brian O'Neal <brian.oneal@calloway-finch.com>"),
          ("To", HELP_NAMED),
          ("Subject", "Read: RE: Panel template for Graduate Assessment Centre"),
          ("Thread-Topic", "Panel template for Graduate Assessment Centre"),
          ("Thread-Index", thread_index(rng)),
          ("Date", rfc_date(d)),
          ("Message-ID", mid_outlook(rng, "namprd12", "BL1PR12MB")),
          ("References", orig),
          ("In-Reply-To", orig),
          ("Content-Language", "en-US"),
          ("X-MS-Has-Attach", ""),
          ("X-MS-TNEF-Correlator", ""),
          ("MIME-Version", "1.0")]
    return message(h, part), lab("noise", "ignore", "en", "read-receipt;multipart-report;mdn;received-chain")


# ---------------------------------------------------------------- 024
@reg
def m024():
    rng = rng_for("b-024")
    d = when("2026-01-22 11:40:26", 1)
    body = """Bonjour,

Je profite de ce fil pour une question qui n'a rien à voir.

Pour nos recrutements de caristes et de préparateurs à l'entrepôt de Lesquin, les candidats sont très souvent en poste chez un autre employeur (intérim, 3x8) et ne sont pas joignables en journée. Aujourd'hui je passe un temps fou à les appeler le soir pour savoir quand ils sont libres, puis à caler l'entretien avec les chefs d'équipe.

Est-ce qu'il existe dans GoodTime une façon d'envoyer quelque chose au candidat pour qu'il nous indique lui-même ses créneaux de disponibilité de la semaine, et ensuite je choisis le créneau qui convient aux chefs d'équipe ? Si oui, où est-ce que ça se trouve ?

Merci d'avance,"""
    sig = sig_fr("Étienne Marchand", "Responsable Ressources Humaines – Site de Lesquin",
                 svc="Ressources Humaines Nord", site="ZI de Lesquin, 2 rue des Saules – 59810 Lesquin",
                 phone="+33 3 20 55 14 90", greet="").lstrip()
    old = {"head": [("De :", "GoodTime Help Line [mailto:helpline@calloway-finch.com]"),
                    ("Envoyé :", "lundi 12 janvier 2026 09:14"),
                    ("À :", "Marchand Étienne <etienne.marchand@calloway-finch.fr>"),
                    ("Objet :", "RE: Accès GoodTime pour les nouveaux chefs d'équipe")],
           "text": """Bonjour Étienne,

Les comptes de Karim Benali et de Sophie Vasseur ont été créés avec le rôle Interviewer. Ils recevront un e-mail d'activation et devront connecter leur calendrier Outlook lors de la première connexion.

Cordialement,
L'équipe projet GoodTime"""}
    plain = body + "\n\n" + sig + "\n\n" + DISC_FR + "\n\n-----Message d'origine-----\n" + outlook_quote_plain(old) + "\n"
    htm = mso_html(body, sig, DISC_FR, quote=old, lang="FR")
    part = multi("alternative", [
        text(plain.encode("cp1252"), cs="windows-1252", cte="quoted-printable"),
        text(htm.encode("cp1252"), "html", cs="windows-1252", cte="quoted-printable")],
        "----=_NextPart_000_00%s_01DC8B7A.%s" % (rnd_hex(rng, 2, True), rnd_hex(rng, 8, True)))
    h = trace_external(rng, d, "calloway-finch.fr", "smtp-out.calloway-finch.fr", "91.212.40.%d" % rng.randint(2, 250),
                       region="namprd12", hops=3, arc=False, sel="cf2025")
    h += [("From", "=?iso-8859-1?Q?Marchand_=C9tienne?= <etienne.marchand@calloway-finch.fr>"),
          ("To", "'GoodTime Help Line' <helpline@calloway-finch.com>"),
          ("Subject", "=?iso-8859-1?Q?RE=A0=3A_Acc=E8s_GoodTime_pour_les_nouveaux_chefs_d=27=E9quipe?="),
          ("Date", rfc_date(d)),
          ("Message-ID", "<00%s$%s$%s@calloway-finch.fr>" % (rnd_hex(rng, 10), rnd_hex(rng, 8), rnd_hex(rng, 8))),
          ("MIME-Version", "1.0"),
          ("X-Mailer", "Microsoft Outlook 16.0"),
          ("Thread-Index", thread_index(rng)),
          ("Content-Language", "fr"),
          ("References", "<%s@helpline.calloway-finch.com>" % rnd_hex(rng, 18))]
    return message(h, part), lab("question", "auto_reply", "fr",
                                 "outlook-multipart-alt;qp;windows-1252;original-message-quote;reply-quoted-other-topic;rfc2047-q;corp-sig;disclaimer;received-chain;dkim",
                                 "candidate-availability-request", "candidate gives availability, coordinator books")


# ---------------------------------------------------------------- 025
@reg
def m025():
    rng = rng_for("b-025")
    d = when("2026-02-25 17:18:02", 1)
    body = """Hola:

Desde ayer por la tarde varios candidatos me escriben diciendo que, al abrir el enlace que les enviamos para que marquen su disponibilidad, les aparece una página de error: "500 – Something went wrong. Please try again later." Lo han intentado desde el móvil y desde el ordenador, y también mañana por la mañana.

Os adjunto la captura que me ha enviado uno de ellos.

Candidatos afectados hasta ahora (todos para tiendas de Barcelona):
- Pol Serra – ID 4460871
- Aina Vidal – ID 4461025
- Carlos Medina – ID 4461198

Si les envío el enlace de nuevo pasa lo mismo. Con los enlaces para que elijan ellos la hora no hay problema, solo con los de disponibilidad.

Gracias,
Nerea"""
    sig = sig_es("Nerea Goikoetxea", "Técnica de Selección – Retail Cataluña",
                 site="Passeig de Gràcia, 90 – 08008 Barcelona", phone="+34 93 555 48 20", greet="").lstrip()
    plain = plain_from_parts(body, sig, DISC_ES)
    cid = "image001.png@01DCA6B3.%s" % rnd_hex(rng, 8, True)
    htm = mso_html(body, sig, DISC_ES, lang="ES", reply=False,
                   extra_html='<p class="MsoNormal"><img width="480" height="270" style="width:5.0in;height:2.8125in" id="Imagen_x0020_1" src="cid:%s"><o:p></o:p></p>\n' % cid)
    alt = multi("alternative", [
        text(plain.encode("cp1252"), cs="windows-1252", cte="quoted-printable"),
        text(htm.encode("cp1252"), "html", cs="windows-1252", cte="quoted-printable")],
        "_000_%s_" % ("PAXPR04MB%04d%s" % (rng.randint(1000, 9999), rnd_hex(rng, 28, True))))
    img = attach(png(160, 90, "b025"), "image/png", "image001.png", disposition="inline", cid=cid)
    rel = multi("related", [alt, img], "_004_%s_" % ("PAXPR04MB%04d%s" % (rng.randint(1000, 9999), rnd_hex(rng, 28, True))),
                extra_ct=';\n\ttype="multipart/alternative"')
    h = trace_external(rng, d, "calloway-finch.es", "mail-paxpr04on2088.outbound.protection.outlook.com",
                       "40.107.7.%d" % rng.randint(2, 250), region="namprd12", hops=3)
    h += outlook_hdrs(rng, "Nerea Goikoetxea <nerea.goikoetxea@calloway-finch.es>", HELP_NAMED,
                      "Error 500 en el enlace de disponibilidad para candidatos", d,
                      mid_outlook(rng, "eurprd04", "PAXPR04MB"), lang="es-ES", has_attach=True)
    h.append(("MIME-Version", "1.0"))
    return message(h, rel), lab("bug", "forward_support", "es",
                                "outlook-multipart-related;inline-png;qp;windows-1252;corp-sig;disclaimer;dkim;arc;received-chain",
                                notes="availability link returns 500")
