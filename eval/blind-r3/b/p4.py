"""Messages b-076 .. b-100"""
from lib import *
from lib import _e
from sigs import *

MSGS = []


def reg(f):
    MSGS.append(f)
    return f


def _alt_outlook(rng, plain, htm, cs="windows-1252", pre="LO2P265MB", cte="quoted-printable"):
    enc = (lambda s: s.encode(cs)) if cs != "iso-8859-1" else latin1
    return multi("alternative", [text(enc(plain), cs=cs, cte=cte), text(htm.encode(cs, "xmlcharrefreplace"), "html", cs=cs, cte=cte)],
                 "_000_%s%04d%s_" % (pre, rng.randint(1000, 9999), rnd_hex(rng, 28, True)))


def _set(h, name, value):
    h[[k for k, _ in h].index(name)] = (name, value)


# ---------------------------------------------------------------- 076
@reg
def m076():
    rng = rng_for("b-076")
    d = when("2026-02-19 14:51:36", 0)
    body = """Good afternoon,

I have been asked by Group Finance to reconcile the GoodTime invoice for the current period before it is approved for payment, and the numbers do not line up with what we see in the system.

The invoice (GT-2026-01184, dated 2 February) bills Calloway & Finch for 260 licensed users. Our own user list in GoodTime shows 212 active users. When I exported the user list I found at least 31 accounts belonging to people who have left the business, some as long ago as last summer, which were never deactivated – there is no leaver process connected to GoodTime at the moment.

I would like to raise the following with GoodTime at account level:
1. Why the invoice shows 260 rather than our contracted 220 seats, and whether we are being charged for deactivated or never-activated accounts.
2. A credit for any seats charged above the contract.
3. Their recommended approach for automatically removing leavers (we use Workday as our HR system).
4. Who on our side should be the billing contact going forward – invoices currently go to a shared mailbox nobody monitors.

The invoice is on hold until this is resolved, so please could this be raised with our account manager at GoodTime as a matter of priority.

Kind regards,

Karen Doyle
HR Systems & Operations Manager
Calloway & Finch UK Ltd
Unit 4, Trafford Gateway, Manchester M17 1DJ
T: +44 161 555 0125

""" + DISC_UK + "\n"
    tn = tnef("b076", "GoodTime invoice GT-2026-01184 - seat count query", body[:300])
    part = multi("mixed", [text(body.encode("cp1252"), cs="windows-1252", cte="quoted-printable"),
                           attach(tn, "application/ms-tnef", "winmail.dat", size=False)],
                 "----=_NextPart_000_01B2_01DCA19E.%s" % rnd_hex(rng, 8, True),
                 preamble="This is a multipart message in MIME format.")
    h = trace_internal(rng, d, region="eurprd04", hops=5)
    h += [("From", "\"Doyle, Karen\" <karen.doyle@calloway-finch.com>"),
          ("To", "<helpline@calloway-finch.com>"),
          ("Cc", "\"Finance - Accounts Payable UK\" <ap.uk@calloway-finch.com>"),
          ("Subject", "GoodTime invoice GT-2026-01184 - seat count query"),
          ("Date", rfc_date(d)),
          ("Message-ID", "<01b201dca19e$%s$%s@calloway-finch.com>" % (rnd_hex(rng, 8), rnd_hex(rng, 8))),
          ("MIME-Version", "1.0"),
          ("X-Mailer", "Microsoft Outlook 16.0"),
          ("Thread-Index", thread_index(rng)),
          ("Content-Language", "en-gb"),
          ("X-MS-TNEF-Correlator", "0000000012F4A5C3E81B7D4F9C2A61D0E7B38F5104%s" % rnd_hex(rng, 14, True))]
    return message(h, part, crlf=True), lab("escalation", "flag_csm", "en",
                                            "outlook;winmail-dat;tnef;qp;windows-1252;crlf;corp-sig;disclaimer;received-chain",
                                            notes="invoice/seat reconciliation, leavers")


# ---------------------------------------------------------------- 077
@reg
def m077():
    rng = rng_for("b-077")
    d = when("2026-03-02 08:16:44", 1)
    body = """Bonjour,

Lors du dernier point mensuel, quelqu'un a mentionné qu'il existe chez GoodTime un espace où les clients déposent leurs idées d'évolution et votent pour celles des autres.

Hélène Perrot m'a dit qu'elle vous avait envoyé une idée (le choix sur site / visio pour les candidats) et j'aimerais la soutenir, et en proposer une autre de mon côté. Comment est-ce qu'on accède à cet espace ? Faut-il un compte particulier ?

Merci et bonne journée,
Étienne

-- 
Étienne Marchand
Responsable Ressources Humaines – Site de Lesquin
Calloway & Finch France SAS
"""
    subj = "Accès à l'espace de vote des idées GoodTime ?"
    h = trace_external(rng, d, "calloway-finch.fr", "smtp-out.calloway-finch.fr", "91.212.40.%d" % rng.randint(2, 250),
                       region="namprd12", hops=3, sel="cf2025")
    h += [("Message-ID", mid_tb(rng, "calloway-finch.fr")),
          ("Date", rfc_date(d)),
          ("MIME-Version", "1.0"),
          ("User-Agent", "Mozilla Thunderbird"),
          ("Content-Language", "fr"),
          ("To", "helpline@calloway-finch.com"),
          ("From", ew_b("Étienne Marchand", "iso-8859-1") + " <etienne.marchand@calloway-finch.fr>"),
          ("Subject", ew_b(subj, "iso-8859-1")),
          ("Content-Type", "text/plain; charset=ISO-8859-1; format=flowed"),
          ("Content-Transfer-Encoding", "8bit")]
    raw = hdr_bytes(h) + b"\n" + latin1(body)
    return raw, lab("question", "auto_reply", "fr",
                    "thunderbird;plain-only;8bit;iso-8859-1;rfc2047-b-latin1;dkim;arc;received-chain",
                    "product-board", "where to vote on ideas")


# ---------------------------------------------------------------- 078
@reg
def m078():
    rng = rng_for("b-078")
    d = when("2026-01-15 10:27:08", -5)
    body = """Hi,

Since Monday our interviewers at the Newark DC are getting every GoodTime interview invite three times. Same interview, same time, three separate calendar entries, and when they accept one the other two stay as tentative. A couple of them have accidentally declined a duplicate and then GoodTime flagged the interview as declined.

It's happening for every interview I schedule, not just one template - e.g. GT-868140, GT-868177, GT-868203. The candidate confirmations are fine (only one).

Nothing changed on our side that I know of. Could this be looked at?

Thanks,
Carlos"""
    sig = "Carlos Mendez\nRecruiting Coordinator | Newark DC\nCalloway & Finch, Inc.\n1 Corbin St, Building B | Newark, NJ 07114\n(973) 555-0137"
    plain = plain_from_parts(body, sig, DISC_US_SHORT)
    htm = mso_html(body, sig, DISC_US_SHORT, lang="EN-US", reply=False)
    part = _alt_outlook(rng, plain, htm, cs="us-ascii", pre="DM4PR12MB", cte="7bit")
    h = trace_internal(rng, d, region="namprd12", hops=4)
    h += outlook_hdrs(rng, "Carlos Mendez <carlos.mendez@calloway-finch.com>", HELP_NAMED,
                      "Interviewers getting triple invites", d, mid_outlook(rng, "namprd12", "DM4PR12MB")[1:-1], lang="en-US")
    h.append(("MIME-Version", "1.0"))
    return message(h, part), lab("bug", "forward_support", "en",
                                 "outlook-multipart-alt;7bit;us-ascii;msgid-no-brackets;disclaimer;received-chain",
                                 notes="duplicate interviewer invites")


# ---------------------------------------------------------------- 079
@reg
def m079():
    rng = rng_for("b-079")
    d = when("2026-02-26 16:48:22", -6)
    body = """hey! small wish for GoodTime if you have a way to pass it on:

we live in Slack on the tech side and nobody looks at email notifications. would be awesome if GoodTime could post to a Slack channel (or DM the recruiter) when an interviewer declines or a candidate reschedules, so we can jump on it right away instead of finding out the next morning.

thx
Kayla"""
    hb = '<div dir="ltr">' + "".join("<div>%s</div>" % (_e(l) if l else "<br>") for l in body.split("\n")) + "</div>\n"
    part = multi("alternative", [text(body, cs="UTF-8", cte="7bit"), text(hb, "html", cs="UTF-8", cte="7bit")],
                 "000000000000%s" % rnd_hex(rng, 16))
    ghost, gip, ghdr = google_hop(rng, d)
    h = trace_external(rng, d, "tech.calloway-finch.com", ghost, gip, region="namprd12", hops=3, sel="google", pre_hops=[ghdr])
    h += [("MIME-Version", "1.0"),
          ("From", "Kayla Dunn <kayla.dunn@tech.calloway-finch.com>"),
          ("Date", rfc_date(d)),
          ("Message-ID", mid_gmail(rng)),
          ("Subject", "slack notifications?"),
          ("To", "helpline@calloway-finch.com")]
    return message(h, part), lab("feature_request", "product_board_reply", "en", "gmail;multipart-alt;lowercase;terse;received-chain;dkim;arc",
                                 notes="Slack notifications for declines")


# ---------------------------------------------------------------- 080
@reg
def m080():
    rng = rng_for("b-080")
    d = when("2026-03-30 09:18:51", -4)
    body = """Hello,

For the Columbus DC opening we're bringing in two recruiters from NorthBridge Staffing on a six-month contract to help with volume hiring. They will be scheduling interviews for us in GoodTime day to day.

They don't have Calloway & Finch network accounts or e-mail addresses – IT has said contractors on this agreement only get a badge, not an Active Directory account. As far as I know, everyone currently logs into GoodTime with their Calloway & Finch Microsoft login.

Can people log into GoodTime with an outside e-mail address (their @northbridgestaffing.com one), and would their interview invites then come from that address? If that isn't possible, what do other companies normally do for agency recruiters?

They start on April 13, so I'd appreciate an answer in the next week or so.

Thank you,"""
    sig = sig_us("Melissa Trent", "Senior HR Business Partner", dept="Supply Chain & Distribution",
                 site="4100 Rickenbacker Pkwy | Columbus, OH 43217", phone="(614) 555-0163", greet="", pron="she/her").lstrip()
    htm = mso_html(body, sig, DISC_US, lang="EN-US", reply=False, font="Aptos")
    part = text(htm.encode("cp1252"), "html", cs="windows-1252", cte="quoted-printable")
    h = trace_internal(rng, d, region="namprd12", hops=5)
    h += outlook_hdrs(rng, "Melissa Trent <melissa.trent@calloway-finch.com>", HELP_NAMED,
                      "GoodTime access for agency recruiters without C&F accounts", d, mid_outlook(rng, "namprd12", "SA1PR12MB"),
                      lang="en-US", msip="General")
    h.append(("MIME-Version", "1.0"))
    return message(h, part), lab("question", "forward_support", "en",
                                 "outlook-html-only;qp;windows-1252;corp-sig;disclaimer;received-chain;msip-label",
                                 "none", "external login/SSO not covered")


# ---------------------------------------------------------------- 081
@reg
def m081():
    rng = rng_for("b-081")
    d = when("2026-02-07 10:53:40", -6)
    top = """Help line - this is happening right now at the Naperville store. There's a candidate here for an 11:00 interview with me that I knew nothing about. GoodTime shows nothing on my calendar today and my assistant manager doesn't have it either. Who booked this and what's it for?? I can see him, but I have no idea what role or what to ask.

Tyrone

Sent from my iPhone"""
    fwd = """Begin forwarded message:

> From: Amber Nguyen <amber.nguyen@calloway-finch.com>
> Date: February 7, 2026 at 10:49:12 AM CST
> To: Tyrone Jackson <tyrone.jackson@calloway-finch.com>
> Subject: guy here for interview??
>
> Hi Tyrone, there's a Marcus Webb at the service desk saying he has an interview with you at 11. He has an email from Calloway & Finch with your name on it. Should I bring him to the back office?
>
> Amber
> Store 0412 Naperville"""
    body = top + "\n\n" + fwd + "\n"
    hb = '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">' + \
        "".join("<div dir=\"ltr\">%s</div>" % (_e(l) if l else "<br>") for l in top.split("\n")) + \
        '<div dir="ltr"><br><blockquote type="cite">Begin forwarded message:<br><br>' + \
        '<div style="margin-top:0px;margin-bottom:0px;"><b>From:</b> Amber Nguyen &lt;amber.nguyen@calloway-finch.com&gt;<br></div>' + \
        '<div style="margin-top:0px;margin-bottom:0px;"><b>Date:</b> February 7, 2026 at 10:49:12 AM CST<br></div>' + \
        '<div style="margin-top:0px;margin-bottom:0px;"><b>To:</b> Tyrone Jackson &lt;tyrone.jackson@calloway-finch.com&gt;<br></div>' + \
        '<div style="margin-top:0px;margin-bottom:0px;"><b>Subject:</b> <b>guy here for interview??</b><br></div><br>' + \
        "<div>Hi Tyrone, there's a Marcus Webb at the service desk saying he has an interview with you at 11. He has an email from Calloway &amp; Finch with your name on it. Should I bring him to the back office?<br><br>Amber<br>Store 0412 Naperville</div></blockquote></div></body></html>\n"
    part = multi("alternative", [text(body, cs="utf-8", cte="7bit", ctq=False), text(hb, "html", cs="utf-8", cte="quoted-printable", ctq=False)],
                 "Apple-Mail-%s" % mid_apple(rng, "x")[1:37])
    h = trace_internal(rng, d, region="namprd12", hops=4)
    h += [("Content-Type", part.headers[0][1]),
          ("Content-Transfer-Encoding", "7bit"),
          ("From", "Tyrone Jackson <tyrone.jackson@calloway-finch.com>"),
          ("Mime-Version", "1.0 (1.0)"),
          ("Subject", "Fwd: guy here for interview??"),
          ("Date", rfc_date(d)),
          ("References", mid_outlook(rng, "namprd12", "BY5PR12MB")),
          ("Message-Id", mid_apple(rng, "calloway-finch.com")),
          ("To", "helpline@calloway-finch.com"),
          ("X-Mailer", "iPhone Mail (22C152)")]
    raw = hdr_bytes(h) + b"\n" + part.body
    return raw, lab("scheduling_blocker", "forward_support", "en",
                    "iphone;multipart-alt;begin-forwarded-message;mobile-sig;received-chain;saturday",
                    notes="candidate at store, interviewer has no invite")


# ---------------------------------------------------------------- 082
@reg
def m082():
    rng = rng_for("b-082")
    d = when("2026-01-23 07:41:09", -5)
    body = """Are you at your desk? I need you to handle something for me discreetly this morning. I'm in back-to-back board meetings and can't take calls.

Reply as soon as you get this.

Richard Calloway
Chief Executive Officer

Sent from my iPad"""
    h = [("Received", "from mail-ot1-f47.google.com (209.85.210.47)\n by BN1PEPF00006C52.mail.protection.outlook.com (10.167.243.19) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.8511.12 via Frontend Transport; %s" % rfc_date(utc(d, 4))),
         ("Authentication-Results", "spf=pass (sender IP is 209.85.210.47)\n smtp.mailfrom=gmail.com; dkim=pass (signature was verified)\n header.d=gmail.com;dmarc=pass action=none header.from=gmail.com;compauth=pass\n reason=100"),
         ("X-MS-Exchange-Organization-ExternalSenderWarning", "true"),
         ("From", "Richard Calloway <richard.calloway.office@gmail.com>"),
         ("Reply-To", "richard.calloway.office@gmail.com"),
         ("Date", rfc_date(d)),
         ("Message-ID", mid_gmail(rng)[1:-1]),
         ("Subject", "Quick favour"),
         ("To", "helpline@calloway-finch.com"),
         ("MIME-Version", "1.0"),
         ("Content-Type", 'text/plain; charset="UTF-8"'),
         ("Content-Transfer-Encoding", "7bit")]
    raw = hdr_bytes(h) + b"\n" + b"[EXTERNAL] This message came from outside Calloway & Finch. Do not click links or open attachments unless you recognise the sender.\n\n" + body.encode() + b"\n"
    return raw, lab("noise", "ignore", "en", "phishing;ceo-fraud;external-banner;msgid-no-brackets;plain-only",
                    notes="CEO impersonation")


# ---------------------------------------------------------------- 083
@reg
def m083():
    rng = rng_for("b-083")
    d = when("2026-04-15 09:03:27", 2)
    top = """Hallo Help-Line,

kurze Frage zur unten stehenden Mail von Herrn Dr. Hartmann – könnt ihr mir sagen, wie wir das am besten machen? Ich habe die Kontaktdaten unserer Ansprechpartnerin bei GoodTime leider nicht mehr.

Danke!
Matthias"""
    quote = {"head": [("Von:", "Hartmann, Dr. Felix <felix.hartmann@cf-logistics.de>"),
                      ("Gesendet:", "Dienstag, 14. April 2026 18:22"),
                      ("An:", "Kühn, Matthias <matthias.kuehn@cf-logistics.de>"),
                      ("Betreff:", "GoodTime – Ansprechpartner für strategische Themen")],
             "text": """Hallo Herr Kühn,

im Nachgang zur Betriebsratssitzung möchte ich mit GoodTime direkt über die Einführung von Interviewer-Pools und den Umgang mit Auswertungen sprechen. Wer ist bei GoodTime unser fester Ansprechpartner für solche übergeordneten Themen (nicht der technische Support), und wie kommen wir kurzfristig an einen Termin?

Danke und Gruß
Felix Hartmann"""}
    sig = "Matthias Kühn\nTeamleiter Recruiting DACH\nCalloway & Finch Logistics GmbH\nTel.: +49 40 555 183-150"
    plain = top + "\n\n" + sig + "\n\n" + DISC_DE + "\n\n" + outlook_quote_plain(quote) + "\n"
    htm = mso_html(top, sig, DISC_DE, quote=quote, lang="DE")
    part = _alt_outlook(rng, plain, htm, pre="FR2P281MB")
    pre = [postfix_hop("exch01.hh.cf-logistics.local", "10.20.1.41", "mx02.cf-logistics.de", "4ZgQ0v9Cc2z7Mb", utc(d, 1))]
    h = trace_external(rng, d, "cf-logistics.de", "mx02.cf-logistics.de", "195.243.118.%d" % rng.randint(2, 250),
                       region="namprd12", hops=3, sel="cfl2024", pre_hops=pre)
    subj = "WG: GoodTime – Ansprechpartner für strategische Themen"
    h += outlook_hdrs(rng, "Matthias =?iso-8859-1?Q?K=FChn?= <matthias.kuehn@cf-logistics.de>", HELP_NAMED, subj, d,
                      "<%s@exch01.hh.cf-logistics.local>" % rnd_hex(rng, 32, True), lang="de-DE",
                      subj_raw="WG: GoodTime =?Windows-1252?Q?=96_Ansprechpartner_f=FCr_strategische_Themen?=")
    _set(h, "Thread-Topic", "GoodTime =?Windows-1252?Q?=96_Ansprechpartner_f=FCr_strategische_Themen?=")
    h.append(("MIME-Version", "1.0"))
    return message(h, part), lab("question", "auto_reply", "de",
                                 "outlook-multipart-alt;qp;windows-1252;forwarded;outlook-fwd-block;rfc2047-q-cp1252;corp-sig;disclaimer;gateway;dkim;arc;received-chain",
                                 "contact-csm", "forwarded: who is our GoodTime contact for strategic topics")


# ---------------------------------------------------------------- 084
@reg
def m084():
    rng = rng_for("b-084")
    d = when("2026-05-04 11:26:10", -4)
    body = """Hi team,

I wanted to give you advance notice of a change that affects our GoodTime account.

Darnell Hughes, our Recruiting Operations Lead, will be leaving Calloway & Finch on May 29. Darnell is currently our primary GoodTime administrator, the named contact on the account with GoodTime, and the person who receives renewal and billing correspondence. Jenna Kowalski will take over Recruiting Operations on an interim basis from June 1.

Before Darnell leaves we need to:
- transfer the account ownership and primary contact role with GoodTime to Jenna (and add me as a secondary contact),
- make sure Jenna has full admin rights and that nothing (integrations, the ATS connection, templates) is tied to Darnell's personal login,
- have a handover session with GoodTime's account team so Jenna understands the open items, including the Teams link escalation from March and the renewal discussion.

Could you please raise this with our Customer Success Manager and find time for a call in the next two weeks with Darnell, Jenna and me?

Thank you,"""
    sig = sig_us("Melissa Trent", "Senior HR Business Partner", dept="Supply Chain & Distribution",
                 site="4100 Rickenbacker Pkwy | Columbus, OH 43217", phone="(614) 555-0163", greet="", pron="she/her").lstrip()
    plain = plain_from_parts(body, sig, DISC_US)
    htm = mso_html(body, sig, DISC_US, lang="EN-US", reply=False, font="Aptos")
    part = _alt_outlook(rng, plain, htm, pre="SA1PR12MB")
    h = trace_internal(rng, d, region="namprd12", hops=5)
    h += outlook_hdrs(rng, "Melissa Trent <melissa.trent@calloway-finch.com>", HELP_NAMED,
                      "GoodTime account ownership - Darnell Hughes leaving", d, mid_outlook(rng, "namprd12", "SA1PR12MB"),
                      cc="Jenna Kowalski <jenna.kowalski@calloway-finch.com>; Darnell Hughes <darnell.hughes@calloway-finch.com>",
                      lang="en-US", msip="Confidential")
    h.append(("MIME-Version", "1.0"))
    return message(h, part), lab("escalation", "flag_csm", "en",
                                 "outlook-multipart-alt;qp;windows-1252;corp-sig;disclaimer;received-chain;msip-label",
                                 notes="account owner / admin handover")


# ---------------------------------------------------------------- 085
@reg
def m085():
    rng = rng_for("b-085")
    d = when("2026-03-03 11:04:55", 0)
    body = """Assessment centre running now at Eastbourne Terrace – 12 grads in the building. The 11:15 interview round has just disappeared from GoodTime: the itineraries show the 11:15 slots as “unscheduled”, the 4 interviewers have had cancellation emails and Room 3A/3B bookings are gone. Nobody here touched it.

Candidates are on a 10 min break. I need the 11:15 sessions back (same interviewers, same rooms) or a way to rebook them right now without all 12 getting cancellation/rebooking emails.

Aisha
07700 900587

Get Outlook for iOS"""
    hb = '<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n<body>\n' + \
        "".join('<div dir="auto">%s</div>\n' % (_e(l) if l else "<br>") for l in body.split("\n")[:-1]) + \
        '<div dir="auto">Get <a href="https://aka.ms/o0ukef">Outlook for iOS</a></div>\n</body>\n</html>\n'
    part = multi("alternative", [text(body, cs="utf-8", cte="base64"), text(hb, "html", cs="utf-8", cte="base64")],
                 "_000_LO4P265MB%04d%s_" % (rng.randint(1000, 9999), rnd_hex(rng, 28, True)))
    h = trace_internal(rng, d, region="eurprd04", hops=4)
    h += outlook_hdrs(rng, "Aisha Okonjo <aisha.okonjo@calloway-finch.com>", HELP_NAMED,
                      "URGENT assessment centre - 11:15 round vanished", d, mid_outlook(rng, "eurprd04", "LO4P265MB"),
                      lang="en-GB")
    h.append(("MIME-Version", "1.0"))
    return message(h, part), lab("scheduling_blocker", "forward_support", "en",
                                 "outlook-ios;mobile-sig;multipart-alt;base64;utf-8;received-chain",
                                 notes="live assessment centre round vanished")


# ---------------------------------------------------------------- 086
@reg
def m086():
    rng = rng_for("b-086")
    d = when("2026-04-01 17:45:19", 1)
    body = """Boa tarde,

Em fevereiro definimos com a vossa ajuda um limite máximo de 3 entrevistas por dia para os chefes de turno de Azambuja, precisamente para não os tirar demasiado tempo da operação.

Ontem o GoodTime marcou 6 entrevistas no mesmo dia ao Sr. Paulo Rodrigues (chefe de turno da noite), e hoje 5 à Sra. Carla Mendes. Em ambos os casos as entrevistas foram marcadas pelo link de auto-agendamento enviado aos candidatos, não manualmente, e ninguém forçou a ultrapassagem do limite. Confirmei nas definições de ambos que o limite de 3 por dia continua lá.

Já aconteceu o mesmo na semana passada, mas pensei que tinha sido engano nosso. Podem verificar com a GoodTime, por favor? Envio os identificadores se for preciso.

Obrigada,"""
    sig = sig_pt("Beatriz Gonçalves", "Técnica de Recrutamento", phone="+351 21 555 0192", greet="").lstrip()
    htm = mso_html(body, sig, DISC_PT, lang="PT", reply=False)
    part = text(htm.encode("cp1252"), "html", cs="windows-1252", cte="quoted-printable")
    h = trace_external(rng, d, "calloway-finch.pt", "mail-am7eur03on2131.outbound.protection.outlook.com",
                       "40.107.13.%d" % rng.randint(2, 250), region="namprd12", hops=3)
    subj = "Limite de entrevistas por dia não está a ser respeitado"
    h += outlook_hdrs(rng, "=?Windows-1252?Q?Beatriz_Gon=E7alves?= <beatriz.goncalves@calloway-finch.pt>", HELP_NAMED, subj, d,
                      mid_outlook(rng, "eurprd03", "AM7PR03MB"), lang="pt-PT",
                      subj_raw=subj.encode("cp1252"))
    _set(h, "Thread-Topic", subj.encode("cp1252"))
    h.append(("MIME-Version", "1.0"))
    return message(h, part), lab("bug", "forward_support", "pt",
                                 "outlook-html-only;qp;windows-1252;raw-cp1252-subject;corp-sig;disclaimer;dkim;arc;received-chain",
                                 notes="load limits ignored by self-scheduling")


# ---------------------------------------------------------------- 087
@reg
def m087():
    rng = rng_for("b-087")
    d = when("2026-01-27 12:40:02", 0)
    body = """Hi all,

A product idea from the logistics recruitment side of the UK, which I’ve discussed with the site H&S leads.

Every one of our warehouse and transport interviews includes a short site walk, so candidates need to know things like: wear closed-toe shoes or bring safety boots, which gate and car park to use, that they need photo ID for the gatehouse, and that hi-vis will be provided. At the moment the coordinators paste all of this into a personal note on every single confirmation, and it’s different for each of our 9 UK sites – so it gets forgotten or the wrong site’s text gets pasted.

It would be really useful if GoodTime let us store a “site arrival & safety” block per location, which is automatically added to the candidate confirmation and reminder whenever the interview is at that site. Ideally with a map link.

Could you pass this on to GoodTime? Happy to provide examples.

Many thanks,"""
    sig = sig_uk("Natalie Briggs", "Recruitment Partner – Logistics UK", dept="Talent Acquisition",
                 site="Daventry DC, DIRFT, Danes Way, Crick NN6 7GX", phone="+44 1788 555 210", greet="").lstrip()
    plain = plain_from_parts(body, sig, DISC_UK)
    htm = mso_html(body, sig, DISC_UK, lang="EN-GB", reply=False)
    part = _alt_outlook(rng, plain, htm, pre="CWLP265MB")
    h = trace_internal(rng, d, region="eurprd04", hops=4)
    h += outlook_hdrs(rng, "Natalie Briggs <natalie.briggs@calloway-finch.com>", HELP_NAMED,
                      "Idea: site arrival & safety info on candidate confirmations", d,
                      mid_outlook(rng, "eurprd04", "CWLP265MB"), lang="en-GB")
    h.append(("MIME-Version", "1.0"))
    return message(h, part), lab("feature_request", "product_board_reply", "en",
                                 "outlook-multipart-alt;qp;windows-1252;corp-sig;disclaimer;received-chain",
                                 notes="per-site safety block in confirmations")


# ---------------------------------------------------------------- 088
@reg
def m088():
    rng = rng_for("b-088")
    d = when("2026-02-09 22:03:47", 0)
    body = """Calloway & Finch IT Service Portal
=================================

A new request has been logged and routed to: GoodTime Help Line

Request number: REQ0031975
Category: HR Systems > GoodTime > How do I...?
Opened by: Ellie Marsh (ellie.marsh@calloway-finch.com)
Location: Manchester Head Office
Opened: 09/02/2026 22:03 GMT
Priority: 4 - Low

Short description:
Candidate says she never got her interview details

Description:
Hi, one of my candidates for next Monday (Warehouse Supervisor, Daventry, Joanne Pritchard) rang today to say she has no e-mail from us with the time, address or who she is meeting. The interview is definitely scheduled in GoodTime and the interviewers have it. She's checked her junk folder. What's the best way to get the details to her again from GoodTime so she has everything in writing? Thanks, Ellie

-------------------------------------------------------------
This is an automated notification from the IT Service Portal. Replies to this mailbox are not monitored.
To update the request, visit https://servicedesk.calloway-finch.com/sp?id=ticket&table=sc_req_item&sys_id=%s
""" % rnd_hex(rng, 32)
    h = trace_internal(rng, d, region="eurprd04", hops=3)
    h += [("From", "IT Service Portal <noreply@servicedesk.calloway-finch.com>"),
          ("To", "helpline@calloway-finch.com"),
          ("Subject", "REQ0031975 - GoodTime: Candidate says she never got her interview details"),
          ("Date", rfc_date(d)),
          ("Message-ID", "<%s.JavaMail.svc-snow@app128045.lhr201.service-now.com>" % rng.randint(10 ** 8, 10 ** 9)),
          ("Auto-Submitted", "auto-generated"),
          ("X-Auto-Response-Suppress", "All"),
          ("X-ServiceNow-Generated", "true"),
          ("X-ServiceNow-Source", "Notification-%s" % rnd_hex(rng, 32)),
          ("MIME-Version", "1.0"),
          ("Content-Type", 'text/plain; charset="UTF-8"'),
          ("Content-Transfer-Encoding", "quoted-printable")]
    raw = hdr_bytes(h) + b"\n" + qp(body.encode())
    return raw, lab("question", "forward_support|needs_review", "en",
                    "form-mailer;ticket-portal;auto-submitted;no-reply;x-auto-response-suppress;plain-only;qp;received-chain;night",
                    "candidate-itinerary", "resend itinerary via ticket robot")


# ---------------------------------------------------------------- 089
@reg
def m089():
    rng = rng_for("b-089")
    d = when("2026-01-29 13:48:13", -6)
    body = """Hi,

Candidate for the Senior Buyer role (Olivia Grant, GT-869330) arrives at HQ in 10 minutes for a 2:00 PM panel in conference room 12-Harbor, which GoodTime booked. I just walked past and the room is full - Procurement have an all-hands in there until 3:30 and their booking shows in Outlook from last week, so it looks like GoodTime double-booked it.

Every other room on 12 and 18 shows busy. I need either another room GoodTime can put the panel into now, or to switch the panel to Teams and get the link to the three interviewers and the candidate in the next few minutes.

Invite attached for reference.

Stephanie"""
    sig = sig_us("Stephanie Cole", "Corporate Recruiter - Finance & HQ", phone="(312) 555-0166", greet="").lstrip()
    htm = mso_html(body, sig, DISC_US_SHORT, lang="EN-US", reply=False)
    hpart = text(htm.encode("cp1252"), "html", cs="windows-1252", cte="quoted-printable")
    cal = ics("REQUEST", "gt-869330-%s@goodtime.io" % rnd_hex(rng, 12), "Interview: Olivia Grant - Senior Buyer (Panel)",
              "20260129T200000", "20260129T210000", "scheduling@goodtime.io", "stephanie.cole@calloway-finch.com",
              location="12-Harbor (HQ, 12th floor)", cn_org="GoodTime Scheduling", cn_att="Stephanie Cole",
              dtstamp="20260122T161203Z")
    part = multi("mixed", [hpart, attach(cal, "text/calendar; charset=\"utf-8\"; method=REQUEST", "invite.ics", size=False)],
                 "_004_CH3PR12MB%04d%s_" % (rng.randint(1000, 9999), rnd_hex(rng, 28, True)))
    h = trace_internal(rng, d, region="namprd12", hops=4)
    h += outlook_hdrs(rng, "Stephanie Cole <stephanie.cole@calloway-finch.com>", HELP_NAMED,
                      "Panel in 10 min - room double booked", d, mid_outlook(rng, "namprd12", "CH3PR12MB"),
                      lang="en-US", has_attach=True)
    h.append(("Importance", "high"))
    h.append(("MIME-Version", "1.0"))
    return message(h, part, crlf=True), lab("scheduling_blocker", "forward_support", "en",
                                            "outlook-html-only;qp;windows-1252;ics-attachment;crlf;disclaimer;importance-high;received-chain",
                                            notes="room double-booked, candidate arriving")


# ---------------------------------------------------------------- 090
@reg
def m090():
    rng = rng_for("b-090")
    d = when("2026-02-02 08:37:29", -6)
    body = """Good morning,

Our store back offices use the shared thin-client PCs that run a locked-down Citrix desktop, and the only browser on them is Edge in Internet Explorer mode for the legacy POS reporting. Several store managers tell me the GoodTime page either looks broken or won't let them log in from those machines.

Before I raise it with IT: is GoodTime supposed to work in that kind of setup at all? Which browsers and versions does GoodTime officially support, and is there anything IT would need to allow (domains, pop-ups, cookies) for it to work through Citrix?

Thanks,
Tyrone Jackson
Regional Store Operations Manager - Chicagoland"""
    plain = body + "\n\n" + DISC_US_SHORT + "\n"
    h = trace_internal(rng, d, region="namprd12", hops=4)
    h += outlook_hdrs(rng, "Tyrone Jackson <tyrone.jackson@calloway-finch.com>", HELP_NAMED,
                      "Supported browsers / Citrix for GoodTime?", d, mid_outlook(rng, "namprd12", "BY5PR12MB")[1:-1],
                      lang="en-US")
    h += [("MIME-Version", "1.0"), ("Content-Type", 'text/plain; charset="us-ascii"'), ("Content-Transfer-Encoding", "quoted-printable")]
    raw = hdr_bytes(h) + b"\n" + qp(plain.encode())
    return raw, lab("question", "forward_support", "en", "outlook-plain;qp;us-ascii;msgid-no-brackets;disclaimer;received-chain",
                    "none", "browser/Citrix support not in KB")


# ---------------------------------------------------------------- 091
@reg
def m091():
    rng = rng_for("b-091")
    d = when("2026-05-12 08:02:44", -5)
    top = """Help line team - please see Sandra's note below. Can you arrange an executive business review with GoodTime's account team (our Customer Success Manager plus whoever they need) in the next 3-4 weeks? We'll need usage and adoption data by region and by site, time-to-schedule trends since go-live, and whatever benchmark data GoodTime can share. Darnell's replacement and Melissa should be included.

Thanks,
Brian"""
    fwd = """---------- Forwarded message ---------
From: Sandra Whitaker <sandra.whitaker@calloway-finch.com>
Date: Mon, May 11, 2026 at 6:14 PM
Subject: GoodTime renewal - before I sign off
To: Brian O'Neal <brian.oneal@calloway-finch.com>
Cc: Procurement Americas <procurement.americas@calloway-finch.com>


Brian,

The GoodTime renewal came across my desk today at a higher number than last year. Before I approve it I want to see what we are actually getting: adoption across the US, UK and Europe, what it has done to time-to-schedule and coordinator headcount, and what GoodTime are doing about the issues the UK raised in March.

Please set up a proper review with the vendor and bring me a one-page summary by mid-June.

Sandra

Sandra Whitaker
Chief Financial Officer
Calloway & Finch, Inc."""
    body = top + "\n\n" + fwd + "\n"
    sig = ""
    htm = mso_html(top, None, DISC_US_SHORT, lang="EN-US", reply=False) .replace("</div>\n</body>", "<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>\n" + "\n".join('<p class="MsoNormal">%s<o:p></o:p></p>' % (_e(l) if l else "<o:p>&nbsp;</o:p>") for l in fwd.split("\n")) + "\n</div>\n</body>")
    part = _alt_outlook(rng, body + "\n" + DISC_US_SHORT + "\n", htm, pre="BL1PR12MB")
    h = trace_internal(rng, d, region="namprd12", hops=5)
    subj = "FW: GoodTime renewal - before I sign off - request for executive business review with usage, adoption and time-to-schedule data by region"
    h += outlook_hdrs(rng, "Brian O'Neal <brian.oneal@calloway-finch.com>", HELP_NAMED, subj, d,
                      mid_outlook(rng, "namprd12", "BL1PR12MB"), lang="en-US", msip="Confidential",
                      subj_raw=fold(subj, 76, 9),
                      cc="Melissa Trent <melissa.trent@calloway-finch.com>")
    _set(h, "Thread-Topic", fold(subj[4:], 76, 14))
    h.append(("MIME-Version", "1.0"))
    return message(h, part), lab("escalation", "flag_csm", "en",
                                 "outlook-multipart-alt;qp;windows-1252;forwarded;gmail-style-fwd-block;folded-subject;disclaimer;received-chain;msip-label",
                                 notes="exec business review before renewal")


# ---------------------------------------------------------------- 092
@reg
def m092():
    rng = rng_for("b-092")
    d = when("2026-02-24 06:30:00", 1)
    htm = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><title>TalentTech Europe 2026</title></head>
<body style="margin:0;background:#eef1f5">
<center><table width="640" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Verdana,sans-serif">
<tr><td style="background:#0b3d5c;color:#fff;padding:26px;font-size:24px">TalentTech Europe 2026 &middot; Amsterdam &middot; 9&ndash;10 June</td></tr>
<tr><td style="padding:24px;font-size:14px;color:#333;line-height:21px">
<p>Dear HR professional,</p>
<p>Early-bird tickets for Europe's leading recruitment technology conference close on <b>6 March</b>. Join 2,000+ talent leaders for two days of keynotes on AI in hiring, candidate experience, interview intelligence and high-volume recruitment for logistics &amp; retail.</p>
<p>Save 30% with code <b>EARLY30</b>.</p>
<p style="text-align:center"><a href="https://talenttech-europe.example-events.com/tickets?utm_source=email&amp;utm_campaign=eb2" style="background:#f39c12;color:#fff;padding:12px 24px;text-decoration:none">Book now</a></p>
<p style="font-size:11px;color:#888">You received this e-mail because you attended or expressed interest in a previous event. Example Events B.V., Keizersgracht 1, Amsterdam.<br>
<a href="https://talenttech-europe.example-events.com/unsubscribe?u=@@U@@">Unsubscribe</a></p>
</td></tr></table></center></body></html>
""".replace("@@U@@", rnd_hex(rng, 24))
    plain = "TalentTech Europe 2026 - Amsterdam - 9-10 June\n\nEarly-bird tickets close on 6 March. Save 30% with code EARLY30.\nBook now: https://talenttech-europe.example-events.com/tickets\n\nUnsubscribe: https://talenttech-europe.example-events.com/unsubscribe\n"
    part = multi("alternative", [text(plain, cs="iso-8859-1", cte="quoted-printable"), text(latin1(htm), "html", cs="iso-8859-1", cte="quoted-printable")],
                 "----=_Part_%d_%d.%d" % (rng.randint(100000, 999999), rng.randint(100000000, 999999999), int(d.timestamp() * 1000)))
    h = trace_external(rng, d, "mail.example-events.com", "mta12.mail.example-events.com", "185.211.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250)),
                       region="namprd12", hops=3, sel="mx1")
    h += [("Date", rfc_date(d)),
          ("From", "TalentTech Europe <news@mail.example-events.com>"),
          ("To", "helpline@calloway-finch.com"),
          ("Subject", "Last chance: early-bird tickets for TalentTech Europe 2026"),
          ("Message-ID", "<%d.%d.%d@mta12.mail.example-events.com>" % (rng.randint(10 ** 6, 10 ** 7), rng.randint(10 ** 6, 10 ** 7), int(d.timestamp()))),
          ("List-Unsubscribe", "<https://talenttech-europe.example-events.com/unsubscribe?u=%s>" % rnd_hex(rng, 24)),
          ("List-Id", "TalentTech Europe news <news.talenttech-europe.example-events.com>"),
          ("Feedback-ID", "eb2:talenttech:mailer"),
          ("Precedence", "bulk"),
          ("MIME-Version", "1.0")]
    return message(h, part), lab("noise", "ignore", "en", "newsletter;marketing;list-unsubscribe;list-id;multipart-alt;iso-8859-1;qp;dkim;arc;received-chain",
                                 notes="conference marketing")


# ---------------------------------------------------------------- 093
@reg
def m093():
    rng = rng_for("b-093")
    d = when("2026-03-26 15:37:02", 0)
    body = """Hi,

Something odd with the interviewer training path for the Daventry associate assessments.

Kelly Atherton (new shift manager) has now sat in on three assessment interviews as a shadow – 9, 16 and 23 March, all with Paul Greaves as the lead, and all three show as completed in GoodTime with her on the attendee list. The path needs 3 shadows before she moves to reverse shadow. But her training progress still says 0 of 3 shadow sessions completed, and GoodTime keeps adding her as a shadow to new interviews instead of moving her on.

Two other trainees on the same path (Ian Walsh and Sunita Gill) are progressing normally. I’ve checked Kelly’s calendar is connected and she accepted all three invites.

Could someone look at why her progress isn’t updating?

Thanks,"""
    sig = sig_uk("Natalie Briggs", "Recruitment Partner – Logistics UK", dept="Talent Acquisition",
                 site="Daventry DC, DIRFT, Danes Way, Crick NN6 7GX", phone="+44 1788 555 210", greet="").lstrip()
    htm = mso_html(body, sig, DISC_UK, lang="EN-GB", reply=False)
    part = text(htm.encode("cp1252"), "html", cs="windows-1252", cte="quoted-printable")
    h = trace_internal(rng, d, region="eurprd04", hops=4)
    h += outlook_hdrs(rng, "Natalie Briggs <natalie.briggs@calloway-finch.com>", HELP_NAMED,
                      "Trainee shadow sessions not counting", d, mid_outlook(rng, "eurprd04", "CWLP265MB"), lang="en-GB")
    h.append(("MIME-Version", "1.0"))
    return message(h, part), lab("bug", "forward_support", "en",
                                 "outlook-html-only;qp;windows-1252;corp-sig;disclaimer;received-chain",
                                 notes="training progress not updating")


# ---------------------------------------------------------------- 094
@reg
def m094():
    rng = rng_for("b-094")
    d = when("2026-02-19 09:12:36", -6)
    body = """Hi both,

First - thanks for sorting out the room problem on Wednesday so quickly, the onsite went ahead fine in the end and the candidate accepted yesterday!

Second, unrelated: something I'd love GoodTime to have. Every November we have a "freeze" on store interviews for Black Friday / Thanksgiving week and again the two weeks before Christmas - nobody in stores has time to interview. Right now we rely on every coordinator remembering not to book anything, and every year a few slip through (especially via self-scheduling links, which happily offer those dates).

Could GoodTime add blackout periods per location or per interview template, so no slots are offered or bookable in those weeks? That would save us a lot of awkward reschedules.

Thanks again,
Stephanie"""
    sig = "Stephanie Cole\nCorporate Recruiter - Finance & HQ\nCalloway & Finch, Inc. | (312) 555-0166"
    quote = {"head": [("From:", "GoodTime Help Line <helpline@calloway-finch.com>"),
                      ("Sent:", "Wednesday, February 18, 2026 12:40 PM"),
                      ("To:", "Stephanie Cole <stephanie.cole@calloway-finch.com>"),
                      ("Subject:", "RE: Room booking failing for HQ onsite - \"resource declined\"")],
             "text": """Hi Stephanie,

Facilities had changed the booking policy on the 18th-floor rooms last week. It's been reverted and GoodTime can book 18-Lakeview again. Please try rescheduling the onsite for GT-876551.

GoodTime project team"""}
    plain = plain_from_parts(body, sig, DISC_US_SHORT, quote)
    htm = mso_html(body, sig, DISC_US_SHORT, quote=quote, lang="EN-US")
    part = _alt_outlook(rng, plain, htm, pre="CH3PR12MB")
    h = trace_internal(rng, d, region="namprd12", hops=4)
    h += outlook_hdrs(rng, "Stephanie Cole <stephanie.cole@calloway-finch.com>", HELP_NAMED,
                      "RE: Room booking failing for HQ onsite - \"resource declined\"", d, mid_outlook(rng, "namprd12", "CH3PR12MB"),
                      refs=mid_outlook(rng, "namprd12", "CH3PR12MB") + " <%s@helpline.calloway-finch.com>" % rnd_hex(rng, 20),
                      lang="en-US")
    h.append(("MIME-Version", "1.0"))
    return message(h, part), lab("feature_request", "product_board_reply", "en",
                                 "outlook-multipart-alt;qp;windows-1252;two-topics;thanks-plus-request;reply-quoted-other-topic;disclaimer;received-chain",
                                 notes="thanks + blackout periods idea")


# ---------------------------------------------------------------- 095
@reg
def m095():
    rng = rng_for("b-095")
    d = when("2026-03-17 12:22:08", 1)
    body = """Bonjour,

Je vous transfère le message d’un candidat reçu ce matin. Ce n’est pas la première fois qu’on nous fait la remarque : les e-mails que GoodTime envoie aux candidats (confirmation, rappel, demande de disponibilités) partent en anglais, alors que nos candidats pour les entrepôts sont quasiment tous francophones.

Est-il possible que ces e-mails partent en français pour les postes en France ? Si oui, qui peut faire ce réglage, et est-ce que cela peut se faire poste par poste ?

Merci d’avance,"""
    sig = sig_fr("Claire Dubois-Lefèvre", "Chargée de recrutement – Logistique Rhône-Alpes", mobile="+33 6 55 01 27 84")
    quote = {"head": [("De :", "Kevin Bertrand <kev.bertrand69@orange.fr>"),
                      ("Envoyé :", "mardi 17 mars 2026 08:41"),
                      ("À :", "Claire Dubois-Lefèvre <claire.dubois-lefevre@calloway-finch.fr>"),
                      ("Objet :", "Re: Interview confirmation - Calloway & Finch")],
             "text": """Bonjour Madame,

J’ai bien reçu un mail pour mon entretien mais il est tout en anglais et je ne suis pas sûr d’avoir compris l’heure et l’adresse. C’est bien jeudi à 10h à Saint-Priest ? Faut-il apporter quelque chose ?

Cordialement,
Kevin Bertrand"""}
    htm = mso_html(body, sig, DISC_FR, quote=quote, lang="FR")
    part = text(htm.encode("cp1252"), "html", cs="windows-1252", cte="quoted-printable")
    h = trace_external(rng, d, "calloway-finch.fr", "mail-pr3eur02on2119.outbound.protection.outlook.com",
                       "40.107.24.%d" % rng.randint(2, 250), region="namprd12", hops=3)
    h += outlook_hdrs(rng, "=?iso-8859-1?Q?Claire_Dubois-Lef=E8vre?= <claire.dubois-lefevre@calloway-finch.fr>", HELP_NAMED,
                      "TR: Re: Interview confirmation - Calloway & Finch", d, mid_outlook(rng, "eurprd02", "PR3PR02MB"),
                      lang="fr-FR")
    h.append(("MIME-Version", "1.0"))
    return message(h, part), lab("question", "forward_support", "fr",
                                 "outlook-html-only;qp;windows-1252;forwarded;outlook-fwd-block;corp-sig;disclaimer;dkim;arc;received-chain",
                                 "none", "candidate e-mails in French; KB only vague on templates")


# ---------------------------------------------------------------- 096
@reg
def m096():
    rng = rng_for("b-096")
    d = when("2026-03-03 09:14:50", 0)
    body = "Obrigada!\n"
    quote = {"head": [("De:", "GoodTime Help Line <helpline@calloway-finch.com>"),
                      ("Enviada:", "segunda-feira, 2 de março de 2026 18:05"),
                      ("Para:", "João Pedro Sousa <joao.sousa@calloway-finch.pt>"),
                      ("Cc:", "Inês Carvalho <ines.carvalho@calloway-finch.pt>"),
                      ("Assunto:", "RE: Mapa de férias março - equipa RH")],
             "text": """Olá João Pedro,

Para cancelar, abra a entrevista no GoodTime e use a opção de cancelar em vez de apagar o evento no Outlook; assim os convites, a sala e o link são libertados de uma vez. Não se esqueça de atualizar também o estado do candidato no ATS.

Cumprimentos,
Equipa de projeto GoodTime"""}
    plain = plain_from_parts(body.strip(), None, None, quote)
    htm = mso_html(body.strip(), None, None, quote=quote, lang="PT")
    part = _alt_outlook(rng, plain, htm, pre="AM6PR05MB")
    h = trace_external(rng, d, "calloway-finch.pt", "mail-am6eur05on2108.outbound.protection.outlook.com",
                       "40.107.22.%d" % rng.randint(2, 250), region="namprd12", hops=3)
    h += outlook_hdrs(rng, "=?utf-8?B?SW7DqnMgQ2FydmFsaG8=?= <ines.carvalho@calloway-finch.pt>", HELP_NAMED,
                      "RE: Mapa de férias março - equipa RH", d, mid_outlook(rng, "eurprd05", "AM6PR05MB"), lang="pt-PT",
                      subj_raw="RE: Mapa de =?iso-8859-1?Q?f=E9rias_mar=E7o?= - equipa RH",
                      refs=mid_outlook(rng, "eurprd03", "AM7PR03MB") + " " + mid_outlook(rng, "namprd12", "SA1PR12MB"))
    _set(h, "Thread-Topic", "Mapa de =?iso-8859-1?Q?f=E9rias_mar=E7o?= - equipa RH")
    h.append(("MIME-Version", "1.0"))
    return message(h, part, crlf=True), lab("noise", "ignore", "pt",
                                            "thanks;outlook-multipart-alt;qp;reply-quoted;crlf;rfc2047-q;dkim;arc;received-chain",
                                            notes="bare thank-you")


# ---------------------------------------------------------------- 097
@reg
def m097():
    rng = rng_for("b-097")
    d = when("2026-03-13 03:47:21", 0)
    body = """<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p><b>Calloway &amp; Finch IT Service Portal</b></p>
<p>Incident <b>INC0048812</b> has been assigned to group <b>GoodTime Help Line</b>.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:13px">
<tr><td><b>Caller</b></td><td>Carlos Mendez (carlos.mendez@calloway-finch.com)</td></tr>
<tr><td><b>Location</b></td><td>Newark DC, NJ</td></tr>
<tr><td><b>Category</b></td><td>HR Systems / GoodTime / Something is broken</td></tr>
<tr><td><b>Impact</b></td><td>3 - Moderate</td></tr>
<tr><td><b>Opened</b></td><td>2026-03-12 23:47:02 EDT</td></tr>
<tr><td><b>Short description</b></td><td>Availability request e-mails arriving blank for candidates</td></tr>
</table>
<p><b>Description:</b><br>
Since yesterday afternoon candidates are getting the GoodTime "share your availability" e-mail with an empty body - just the subject line and the Calloway &amp; Finch logo, no text and no link. I've resent to 4 candidates (IDs 4474410, 4474433, 4474480, 4474502) and they all got the same blank e-mail. Confirmations and reminders look normal. Not urgent tonight but we can't collect availability for next week's driver interviews until it's fixed.</p>
<p style="color:#777;font-size:11px">This is an automated message from the IT Service Portal. Do not reply to this e-mail.<br>
View incident: https://servicedesk.calloway-finch.com/nav_to.do?uri=incident.do?sys_id=@@SYS@@</p>
</body></html>
""".replace("@@SYS@@", rnd_hex(rng, 32))
    part = text(body, "html", cs="UTF-8", cte="quoted-printable")
    h = trace_internal(rng, d, region="namprd12", hops=3)
    h += [("From", "IT Service Portal <noreply@servicedesk.calloway-finch.com>"),
          ("To", "helpline@calloway-finch.com"),
          ("Subject", "Incident INC0048812 assigned to GoodTime Help Line - Availability request e-mails arriving blank"),
          ("Date", rfc_date(d)),
          ("Message-ID", "<%s.JavaMail.svc-snow@app128045.iad301.service-now.com>" % rng.randint(10 ** 8, 10 ** 9)),
          ("Auto-Submitted", "auto-generated"),
          ("X-Auto-Response-Suppress", "All"),
          ("X-ServiceNow-Generated", "true"),
          ("MIME-Version", "1.0")]
    return message(h, part), lab("bug", "forward_support|needs_review", "en",
                                 "form-mailer;ticket-portal;auto-submitted;no-reply;html-only;qp;received-chain;night",
                                 notes="bug via incident robot")


# ---------------------------------------------------------------- 098
@reg
def m098():
    rng = rng_for("b-098")
    d = when("2026-01-09 13:29:44", -5)
    body = """Hi,

Quick one - can GoodTime send candidates a text message reminder before their interview, instead of (or as well as) the email one? A lot of our store and warehouse candidates give us a cell number and barely check email, so the email reminder isn't doing much for no-shows.

If it can, is that something we'd need to turn on, and does it cost extra? If it can't, no worries, just let me know.

Thanks,
Lauren

Lauren Pike
Senior Recruiter | Distribution - Northeast
Calloway & Finch, Inc."""
    hb = '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body style="overflow-wrap: break-word;">' + \
        "".join("<div>%s</div>" % (_e(l) if l else "<br>") for l in body.split("\n")) + "</body></html>\n"
    part = multi("alternative", [text(body, cs="us-ascii", cte="7bit", ctq=False), text(hb, "html", cs="utf-8", cte="quoted-printable", ctq=False)],
                 "Apple-Mail=_%s" % mid_apple(rng, "x")[1:37])
    h = trace_internal(rng, d, region="namprd12", hops=4)
    h += [("From", "Lauren Pike <lauren.pike@calloway-finch.com>"),
          ("Content-Type", part.headers[0][1]),
          ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))"),
          ("Subject", "Text message reminders for candidates?"),
          ("Message-Id", mid_apple(rng, "calloway-finch.com")),
          ("Date", rfc_date(d)),
          ("To", "helpline@calloway-finch.com"),
          ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)")]
    raw = hdr_bytes(h) + b"\n" + part.body
    return raw, lab("question", "forward_support", "en", "apple-mail;multipart-alt;received-chain",
                    "none", "SMS reminders: reminders article only covers e-mail")


# ---------------------------------------------------------------- 099
@reg
def m099():
    rng = rng_for("b-099")
    d = when("2026-04-16 23:18:05", -5)
    body = """Hi,

Small product wish for GoodTime, from me and a couple of other interviewers on the platform team:

1. A dark mode for the interviewer pages - a lot of us keep everything else dark and the GoodTime page is blinding late in the day.
2. More importantly, a proper text-size / high-contrast option. One of our senior engineers has low vision and finds the interview details and the candidate packet hard to read even with browser zoom, because the layout breaks when you zoom past 150%.

Not urgent at all, just if there's somewhere to send product feedback.

Cheers,
Greg

Greg Lindqvist
Staff Engineer, Platform
Calloway & Finch Tech"""
    hb = '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body style="overflow-wrap: break-word;">' + \
        "".join("<div>%s</div>" % (_e(l) if l else "<br>") for l in body.split("\n")) + "</body></html>\n"
    part = multi("alternative", [text(body, cs="us-ascii", cte="7bit", ctq=False), text(hb, "html", cs="utf-8", cte="quoted-printable", ctq=False)],
                 "Apple-Mail=_%s" % mid_apple(rng, "x")[1:37])
    ghost, gip, ghdr = google_hop(rng, d)
    h = trace_external(rng, d, "tech.calloway-finch.com", ghost, gip, region="namprd12", hops=3, sel="google", pre_hops=[ghdr])
    h += [("From", "Greg Lindqvist <greg.lindqvist@tech.calloway-finch.com>"),
          ("Content-Type", part.headers[0][1]),
          ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))"),
          ("Subject", "Dark mode / accessibility for GoodTime interviewer pages"),
          ("Message-Id", mid_apple(rng, "tech.calloway-finch.com")),
          ("Date", rfc_date(d)),
          ("To", "helpline@calloway-finch.com"),
          ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)")]
    raw = hdr_bytes(h) + b"\n" + part.body
    return raw, lab("feature_request", "product_board_reply", "en", "apple-mail;multipart-alt;received-chain;dkim;arc;night",
                    notes="dark mode and accessibility")


# ---------------------------------------------------------------- 100
@reg
def m100():
    rng = rng_for("b-100")
    d = when("2026-04-22 14:55:41", -5)
    body = """Good afternoon,

I'm the HR Business Partner for our US retail stores, and I'd like to request a structured GoodTime training program for the store leadership population.

Between May and July we are promoting or hiring around 60 new store managers and assistant store managers across the Midwest and Northeast regions. All of them will be interviewing for hourly store roles through GoodTime, and a good number will also coordinate their own store's interviews. From what we've seen with the last group, people pick it up inconsistently: declines not being handled, availability not kept up to date, and interviews moved directly in Outlook.

What I'm hoping GoodTime can help with:
- a live virtual training session (or two, for different time zones) specifically for store managers as interviewers;
- a short session for the roughly 15 who will coordinate interviews;
- any recorded material or quick-reference guides we can add to our store manager onboarding in Workday Learning;
- a follow-up check-in after the first month to see where people are struggling.

Could you raise this with our Customer Success Manager and let me know next steps? I can share the cohort list and region split.

Thank you,"""
    sig = sig_us("Denise Carter", "HR Business Partner - Retail Stores (US)", dept="Human Resources",
                 site="233 N. Wacker Drive, Suite 1800 | Chicago, IL 60606", phone="(312) 555-0181", greet="").lstrip()
    htm = mso_html(body, sig, DISC_US, lang="EN-US", reply=False, font="Aptos")
    part = text(htm.encode("cp1252"), "html", cs="windows-1252", cte="quoted-printable")
    h = trace_internal(rng, d, region="namprd12", hops=5)
    h += outlook_hdrs(rng, "Denise Carter <denise.carter@calloway-finch.com>", HELP_NAMED,
                      "Training request: GoodTime for ~60 new store managers", d, mid_outlook(rng, "namprd12", "BL1PR12MB"),
                      lang="en-US", msip="General")
    h.append(("MIME-Version", "1.0"))
    return message(h, part), lab("escalation", "flag_csm", "en",
                                 "outlook-html-only;qp;windows-1252;corp-sig;disclaimer;received-chain;msip-label",
                                 notes="team training request for store managers")
