"""Messages b-051 .. b-075"""
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


# ---------------------------------------------------------------- 051
@reg
def m051():
    rng = rng_for("b-051")
    d = when("2026-02-04 15:17:42", -6)
    body = """Hi,

Unrelated to the thread below (that one's sorted, thank you!).

One of the three interviewers for tomorrow's final round for the FP&A Manager role, Kevin Shaw, has just declined the invite without a comment. The candidate is confirmed for 10:00-12:00 and has already had her itinerary with all three names on it.

What's the right way to handle this? I don't really want to move the candidate if I can avoid it - can I just put someone else in Kevin's slot, and if so how do I make sure the new person gets the invite and the candidate isn't confused by the names on her itinerary?

Thanks,"""
    sig = sig_us("Stephanie Cole", "Corporate Recruiter - Finance & HQ", phone="(312) 555-0166", greet="").lstrip()
    quote = {"head": [("From:", "GoodTime Help Line <helpline@calloway-finch.com>"),
                      ("Sent:", "Friday, January 30, 2026 9:02 AM"),
                      ("To:", "Stephanie Cole <stephanie.cole@calloway-finch.com>"),
                      ("Subject:", "RE: Q1 headcount tracker - HQ Finance reqs")],
             "text": """Hi Stephanie,

The three HQ Finance reqs (FIN-2231, FIN-2240, FIN-2244) are now linked to the right interview templates in GoodTime, so they'll pull in the Finance panel pool from Monday.

GoodTime project team"""}
    plain = plain_from_parts(body, sig, DISC_US_SHORT, quote)
    htm = mso_html(body, sig, DISC_US_SHORT, quote=quote, lang="EN-US", font="Aptos")
    part = _alt_outlook(rng, plain, htm, pre="CH3PR12MB")
    h = trace_internal(rng, d, region="namprd12", hops=4)
    h += outlook_hdrs(rng, "Stephanie Cole <stephanie.cole@calloway-finch.com>", HELP_NAMED,
                      "RE: Q1 headcount tracker - HQ Finance reqs", d, mid_outlook(rng, "namprd12", "CH3PR12MB"),
                      refs=mid_outlook(rng, "namprd12", "BL1PR12MB"), lang="en-US")
    h.append(("MIME-Version", "1.0"))
    return message(h, part), lab("question", "auto_reply", "en",
                                 "outlook-multipart-alt;qp;windows-1252;reply-quoted-other-topic;corp-sig;disclaimer;received-chain",
                                 "interviewer-decline", "interviewer declined for tomorrow")


# ---------------------------------------------------------------- 052
@reg
def m052():
    rng = rng_for("b-052")
    d = when("2026-03-09 03:12:40", 0)
    htm = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<table width="580" align="center" cellpadding="0" cellspacing="0"><tr><td style="background:#6a2ca0;color:#fff;padding:18px;font-size:20px"><b>GoodTime</b> Billing</td></tr>
<tr><td style="padding:22px">
<p>Dear Administrator,</p>
<p><b style="color:#c00">URGENT: Your GoodTime subscription has expired.</b></p>
<p>We were unable to process the renewal payment for your organization (Calloway &amp; Finch). All interview scheduling, calendar sync and candidate notifications will be <b>suspended within 24 hours</b> unless payment details are updated.</p>
<p>To avoid interruption to your hiring, please verify your billing information immediately:</p>
<p style="text-align:center"><a href="http://goodtime-billing-portal.com.verify-acct.ru/login?c=calloway-finch" style="background:#e94e9c;color:#fff;padding:12px 26px;text-decoration:none;border-radius:3px">Update Payment Details</a></p>
<p>Invoice No: GT-INV-2026-77102<br>Amount due: $18,400.00</p>
<p>If you have already paid, please ignore this message.</p>
<p>Regards,<br>GoodTime Accounts Team</p>
</td></tr></table></body></html>
"""
    part = text(htm, "html", cs="utf-8", cte="base64")
    h = [("Received", "from mail.verify-acct.ru (unknown [45.142.%d.%d])\n by BN1PEPF00006C41.mail.protection.outlook.com (10.167.243.%d) with Microsoft SMTP Server id 15.20.8511.12 via Frontend Transport; %s" % (
        rng.randint(1, 250), rng.randint(1, 250), rng.randint(1, 250), rfc_date(utc(d, 3)))),
         ("Authentication-Results", "spf=fail (sender IP is 45.142.212.61)\n smtp.mailfrom=goodtime-io-billing.com; dkim=none (message not signed)\n header.d=none;dmarc=fail action=quarantine\n header.from=goodtime-io-billing.com;compauth=fail reason=001"),
         ("Received-SPF", "Fail (protection.outlook.com: domain of goodtime-io-billing.com does not\n designate 45.142.212.61 as permitted sender)"),
         ("X-MS-Exchange-Organization-SCL", "5"),
         ("From", "\"GoodTime Billing\" <billing@goodtime-io-billing.com>"),
         ("To", "helpline@calloway-finch.com"),
         ("Subject", "URGENT: GoodTime subscription expired - action required within 24 hours"),
         ("Date", rfc_date(d)),
         ("Message-ID", "<%s@verify-acct.ru>" % rnd_hex(rng, 24)),
         ("X-Priority", "1"),
         ("MIME-Version", "1.0")]
    return message(h, part), lab("noise", "ignore", "en", "phishing;spf-fail;html-only;base64;urgent-subject;night",
                                 notes="fake GoodTime billing")


# ---------------------------------------------------------------- 053
@reg
def m053():
    rng = rng_for("b-053")
    d = when("2026-03-11 10:48:03", 1)
    body = """Buenos días:

Os escribo con bastante preocupación por la situación en la plataforma de Zaragoza.

Desde la puesta en marcha de GoodTime en España en noviembre, la sincronización con el ATS nos ha fallado de forma recurrente: candidatos que pasamos a la fase de entrevista en el ATS y que no aparecen en GoodTime hasta uno o dos días después, o que directamente no aparecen. Lo hemos reportado a GoodTime Support en diciembre, en enero y dos veces en febrero. Cada vez nos dicen que está resuelto y a las pocas semanas vuelve a pasar.

Hoy mismo, 12 candidatos a mozo de almacén que Javier pasó ayer a «Entrevista» en el ATS no aparecen en GoodTime (IDs 4468801 a 4468812), y tenemos una jornada de entrevistas prevista para el viernes con 3 jefes de turno bloqueados. Necesitamos que alguien lo mire hoy.

Pero más allá de lo de hoy, el equipo de Zaragoza está perdiendo la confianza en la herramienta y ha vuelto a citar por teléfono y Excel. Creo que ha llegado el momento de tener una reunión con la persona responsable de nuestra cuenta en GoodTime para revisar qué está pasando, cuál es la causa de fondo y qué plan tienen. Os agradecería que lo organizarais con la mayor brevedad posible.

Gracias,"""
    sig = sig_es("Lucía Fernández Ortega", "HR Business Partner – Zona Centro y Aragón", mobile="+34 600 555 318")
    htm = mso_html(body, sig, DISC_ES, lang="ES", reply=False)
    part = text(htm.encode("cp1252"), "html", cs="windows-1252", cte="quoted-printable")
    h = trace_external(rng, d, "calloway-finch.es", "mail-db8eur04on2071.outbound.protection.outlook.com",
                       "40.107.6.%d" % rng.randint(2, 250), region="namprd12", hops=4)
    subj = "Problemas recurrentes de sincronización en Zaragoza – solicitud de escalado"
    h += outlook_hdrs(rng, "=?iso-8859-1?Q?Luc=EDa_Fern=E1ndez_Ortega?= <lucia.fernandez@calloway-finch.es>", HELP_NAMED,
                      subj, d, mid_outlook(rng, "eurprd04", "DB8PR04MB"), lang="es-ES",
                      cc="Alejandro Ruiz Calvo <alejandro.ruiz@calloway-finch.es>; =?iso-8859-1?Q?Javier_Mu=F1oz?= <javier.munoz@calloway-finch.es>",
                      subj_raw=ew_split(subj, [30, 58], "Q", "windows-1252"))
    _set(h, "Thread-Topic", ew_q(subj, "windows-1252"))
    h.append(("MIME-Version", "1.0"))
    return message(h, part), lab("escalation", "flag_csm+forward_support", "es",
                                 "outlook-html-only;qp;windows-1252;rfc2047-q-split;corp-sig;disclaimer;dkim;arc;received-chain",
                                 notes="recurring ATS sync issue + 12 candidates missing today")


# ---------------------------------------------------------------- 054
@reg
def m054():
    rng = rng_for("b-054")
    d = when("2026-01-13 06:41:29", 1)
    body = """Moin zusammen,

ab Februar sollen zwei neue Schichtleiter (Herr Dennis Krämer und Frau Olga Nowak) bei uns im Lager Duisburg auch die Vorstellungsgespräche für die Lagerhelfer übernehmen.

Wie bekomme ich die beiden in GoodTime so eingetragen, dass sie bei der Planung automatisch mit vorgeschlagen werden wie die anderen Schichtleiter? Frau Nowak ist noch ganz neu und soll die ersten Gespräche erst einmal nur begleiten und zuschauen, bevor sie selbst führt.

Beide haben schon einen Outlook-Kalender, falls das wichtig ist.

Danke vorab und Gruß aus Rheinhausen
Jörg

--
Jörg Büttner
Recruiter gewerbliche Mitarbeiter
Calloway & Finch Logistics GmbH | Standort Duisburg-Rheinhausen
Tel.: +49 2065 555 41-22
"""
    subj = "Neue Schichtleiter als Interviewer hinzufügen"
    pre = [postfix_hop("mail.cf-logistics.de", "10.20.4.11", "mx02.cf-logistics.de", "4ZbJ2c8Nn0z5Wq", utc(d, 1),
                       for_="helpline@calloway-finch.com")]
    h = trace_external(rng, d, "cf-logistics.de", "mx02.cf-logistics.de", "195.243.118.%d" % rng.randint(2, 250),
                       region="namprd12", hops=3, sel="cfl2024", pre_hops=pre)
    h += [("Message-ID", mid_tb(rng, "cf-logistics.de")),
          ("Date", rfc_date(d)),
          ("MIME-Version", "1.0"),
          ("User-Agent", "Mozilla Thunderbird"),
          ("Content-Language", "de-DE"),
          ("To", "GoodTime Help Line <helpline@calloway-finch.com>"),
          ("From", "=?UTF-8?Q?J=C3=B6rg_B=C3=BCttner?= <joerg.buettner@cf-logistics.de>"),
          ("Subject", ew_q(subj, "ISO-8859-1")),
          ("Content-Type", "text/plain; charset=ISO-8859-15; format=flowed"),
          ("Content-Transfer-Encoding", "quoted-printable")]
    raw = hdr_bytes(h) + b"\n" + qp(body.encode("iso-8859-15"))
    return raw, lab("question", "auto_reply", "de",
                    "thunderbird;plain-only;qp;iso-8859-15;rfc2047-q;gateway;received-chain;dkim;arc;early-morning",
                    "add-interviewer-to-pool", "add new interviewers, one as trainee")


# ---------------------------------------------------------------- 055
@reg
def m055():
    rng = rng_for("b-055")
    d = when("2026-02-20 19:32:11", 1)
    body = """Hola!

Una idea para GoodTime, por si se la podéis pasar:

Aquí en Cataluña tenemos festivos autonómicos y locales (Sant Jordi no, pero sí Sant Joan, la Diada, la Mercè en Barcelona...) y GoodTime no los tiene en cuenta. Este año ya nos ha pasado dos veces que el enlace ofrecía al candidato huecos en un festivo y luego nadie estaba en la tienda. En Madrid y Zaragoza pasa lo mismo con sus fiestas.

Estaría genial poder cargar un calendario de festivos por oficina o por región, y que GoodTime no ofrezca esos días ni a candidatos ni a entrevistadores.

Gracias!!
Nerea

Enviado desde mi iPhone"""
    h = trace_external(rng, d, "calloway-finch.es", "mail-paxpr04on2088.outbound.protection.outlook.com",
                       "40.107.7.%d" % rng.randint(2, 250), region="namprd12", hops=3, arc=False)
    h += [("Content-Type", "text/plain;\n\tcharset=utf-8"),
          ("Content-Transfer-Encoding", "quoted-printable"),
          ("From", "Nerea Goikoetxea <nerea.goikoetxea@calloway-finch.es>"),
          ("Mime-Version", "1.0 (1.0)"),
          ("Date", rfc_date(d)),
          ("Subject", "Idea: festivos locales en GoodTime"),
          ("Message-Id", mid_apple(rng, "calloway-finch.es")),
          ("To", "helpline@calloway-finch.com"),
          ("X-Mailer", "iPhone Mail (22D72)")]
    raw = hdr_bytes(h) + b"\n" + qp(body.encode()) + b"\n"
    return raw, lab("feature_request", "product_board_reply", "es", "iphone;mobile-sig;qp;utf-8;dkim;received-chain;evening",
                    notes="regional public holidays calendar")


# ---------------------------------------------------------------- 056
@reg
def m056():
    rng = rng_for("b-056")
    d = when("2026-02-26 15:09:38", 1)
    body = """Bonjour,

Je vous signale un problème avec les convocations envoyées aux candidats.

Quand je remplace un membre du jury sur un entretien déjà planifié (par exemple hier pour le poste de chef d’équipe quai à Lesquin : M. Dupuis remplacé par Mme Lemaire), le nouveau membre reçoit bien l’invitation et l’ancien est bien retiré de l’agenda. En revanche, quand je renvoie la convocation au candidat depuis GoodTime, elle affiche toujours l’ancien nom (M. Dupuis), même après avoir actualisé la page et attendu plusieurs heures.

C’est arrivé sur trois entretiens cette semaine (identifiants GT-874410, GT-874522 et GT-874530). Le candidat d’hier a demandé à l’accueil M. Dupuis, qui n’était pas au courant…

Pouvez-vous transmettre à GoodTime ?

Merci,"""
    sig = sig_fr("Marion Lefort", "Assistante Ressources Humaines – Site de Lesquin", svc="Ressources Humaines Nord",
                 site="ZI de Lesquin, 2 rue des Saules – 59810 Lesquin", phone="+33 3 20 55 14 93", greet="").lstrip()
    htm = mso_html(body, sig, DISC_FR, lang="FR", reply=False, cs="iso-8859-1")
    part = text(htm.encode("iso-8859-1", "xmlcharrefreplace"), "html", cs="iso-8859-1", cte="quoted-printable")
    h = trace_external(rng, d, "calloway-finch.fr", "smtp-out.calloway-finch.fr", "91.212.40.%d" % rng.randint(2, 250),
                       region="namprd12", hops=3, sel="cf2025")
    subj = "Convocation candidat : ancien membre du jury toujours affiché"
    h += outlook_hdrs(rng, "Marion Lefort <marion.lefort@calloway-finch.fr>", HELP_NAMED, subj, d,
                      "<%s$%s$%s@calloway-finch.fr>" % (rnd_hex(rng, 12), rnd_hex(rng, 8), rnd_hex(rng, 8)), lang="fr-FR",
                      subj_raw=ew_q(subj, "iso-8859-1"))
    _set(h, "Thread-Topic", ew_q(subj, "iso-8859-1"))
    h.insert(len(h) - 4, ("X-Mailer", "Microsoft Outlook 16.0"))
    h.append(("MIME-Version", "1.0"))
    return message(h, part), lab("bug", "forward_support", "fr",
                                 "outlook-html-only;qp;iso-8859-1;html-entities;rfc2047-q;corp-sig;disclaimer;dkim;arc;received-chain",
                                 notes="resent itinerary shows replaced interviewer")


# ---------------------------------------------------------------- 057
@reg
def m057():
    rng = rng_for("b-057")
    d = when("2026-03-04 11:55:02", 0)
    body = """Hello,

We have a deaf candidate coming in for a transport planner interview at Birmingham DC next Wednesday, and he will be accompanied by a BSL interpreter from an external agency (Signpost Interpreting). The agency has asked for the interpreter to receive the calendar invite and the joining details directly, and she obviously isn’t a Calloway & Finch employee or a GoodTime user.

How do I add an outside person like this to an interview in GoodTime so that she gets the invite and any updates if we have to move it, without her being treated as an interviewer? I’ve had the same question before about agency consultants sitting in on interviews, so it would be good to know the proper way.

Thanks very much,"""
    sig = sig_uk("Oliver Brantley", "Recruiter – Distribution Midlands", dept="Talent Acquisition",
                 site="Birmingham DC, Hams Hall Distribution Park, Coleshill B46 1AL", phone="+44 121 555 0190",
                 greet="").lstrip()
    plain = plain_from_parts(body, sig, DISC_UK)
    htm = mso_html(body, sig, DISC_UK, lang="EN-GB", reply=False)
    part = _alt_outlook(rng, plain, htm, pre="CWLP265MB")
    h = trace_internal(rng, d, region="eurprd04", hops=5)
    h += outlook_hdrs(rng, "Oliver Brantley <oliver.brantley@calloway-finch.com>", HELP_NAMED,
                      "Adding an external BSL interpreter to an interview", d, mid_outlook(rng, "eurprd04", "CWLP265MB"),
                      lang="en-GB")
    h.append(("MIME-Version", "1.0"))
    return message(h, part), lab("question", "forward_support", "en",
                                 "outlook-multipart-alt;qp;windows-1252;corp-sig;disclaimer;received-chain",
                                 "none", "external non-user attendee, no KB article")


# ---------------------------------------------------------------- 058
@reg
def m058():
    rng = rng_for("b-058")
    d = when("2026-03-24 14:21:50", 0)
    body = """Olá, preciso de ajuda urgente!

Tenho uma entrevista às 14h30 (daqui a menos de 10 minutos) para o lugar de supervisor de armazém no Porto. O candidato já está na receção. Os dois entrevistadores dizem que a reunião desapareceu do calendário deles esta manhã e no GoodTime a entrevista aparece como "a reagendar", mas ninguém mexeu nisso.

Consigo pô-los na sala à mesma, mas preciso que a entrevista fique certa no GoodTime e que o Teams para o terceiro entrevistador (que está em Lisboa) funcione. O que faço?

Mariana

Enviado do meu iPhone"""
    h = trace_external(rng, d, "calloway-finch.pt", "mail-am7eur03on2131.outbound.protection.outlook.com",
                       "40.107.13.%d" % rng.randint(2, 250), region="namprd12", hops=3, arc=False)
    h += [("Content-Type", "text/plain; charset=utf-8"),
          ("Content-Transfer-Encoding", "8bit"),
          ("From", "Mariana Lopes <mariana.lopes@calloway-finch.pt>"),
          ("Mime-Version", "1.0 (1.0)"),
          ("Subject", "Entrevista daqui a 10 minutos – convite desapareceu do calendário"),
          ("Date", rfc_date(d)),
          ("Message-Id", mid_apple(rng, "calloway-finch.pt")),
          ("To", "helpline@calloway-finch.com"),
          ("X-Mailer", "iPhone Mail (22D72)")]
    raw = hdr_bytes(h) + b"\n" + body.encode("utf-8") + b"\n"
    return raw, lab("scheduling_blocker", "forward_support", "pt",
                    "iphone;mobile-sig;8bit;raw-utf8-subject;dkim;received-chain",
                    notes="interview in 10 min, invite vanished")


# ---------------------------------------------------------------- 059
@reg
def m059():
    rng = rng_for("b-059")
    d = when("2026-02-10 10:33:19", 1)
    body = """Bonjour à toute l’équipe,

Nous accueillons au printemps une dizaine de nouveaux managers d’entrepôt et de magasin en Île-de-France, qui vont progressivement participer aux entretiens de recrutement.

Notre souhait est qu’ils ne mènent pas d’entretien seuls tout de suite : d’abord assister à deux ou trois entretiens en simple observateur aux côtés d’un manager expérimenté, ensuite en mener un ou deux eux-mêmes pendant que le manager expérimenté observe et leur fait un retour, et seulement après être considérés comme autonomes.

Est-ce que GoodTime peut gérer ce type de parcours, et les ajouter automatiquement aux entretiens au fur et à mesure, ou faut-il que les coordinatrices le fassent à la main ? Qui peut paramétrer cela chez nous ?

Merci beaucoup,"""
    sig = sig_fr("Aurélie Fontaine", "Responsable Recrutement Île-de-France", site="5 avenue du Général de Gaulle – 94380 Bonneuil-sur-Marne",
                 phone="+33 1 45 55 02 40")
    plain = plain_from_parts(body, sig, DISC_FR)
    htm = mso_html(body, sig, DISC_FR, lang="FR", reply=False, cs="utf-8")
    part = multi("alternative", [text(plain, cs="utf-8", cte="base64"), text(htm, "html", cs="utf-8", cte="base64")],
                 "_000_PR3PR02MB%04d%s_" % (rng.randint(1000, 9999), rnd_hex(rng, 28, True)))
    h = trace_external(rng, d, "calloway-finch.fr", "mail-pr3eur02on2119.outbound.protection.outlook.com",
                       "40.107.24.%d" % rng.randint(2, 250), region="namprd12", hops=3)
    subj = "Parcours de formation des nouveaux managers aux entretiens"
    h += outlook_hdrs(rng, ew_b("Aurélie Fontaine") + " <aurelie.fontaine@calloway-finch.fr>", HELP_NAMED, subj, d,
                      mid_outlook(rng, "eurprd02", "PR3PR02MB"), lang="fr-FR")
    h.append(("MIME-Version", "1.0"))
    return message(h, part), lab("question", "auto_reply", "fr",
                                 "outlook-multipart-alt;base64;utf-8;rfc2047-b;corp-sig;disclaimer;dkim;arc;received-chain",
                                 "interviewer-training", "shadow / reverse-shadow described in own words")


# ---------------------------------------------------------------- 060
@reg
def m060():
    rng = rng_for("b-060")
    d = when("2026-04-03 17:31:02", -5)
    body = """Hello,

I am out of the office from Friday, April 3 through Monday, April 13 with no access to email.

For Recruiting Operations or GoodTime admin requests, please contact Jenna Kowalski (jenna.kowalski@calloway-finch.com).
For anything urgent regarding the Columbus DC opening, please contact Melissa Trent.

Thank you,
Darnell Hughes
Recruiting Operations Lead | Calloway & Finch, Inc.

-----Original Message-----
From: GoodTime Help Line <helpline@calloway-finch.com>
Sent: Friday, April 3, 2026 5:30 PM
To: Darnell Hughes <darnell.hughes@calloway-finch.com>
Subject: RE: ESCALATION: recurring missing Teams links on Dallas panels (3 more today)

Hi Darnell, a quick update: GoodTime have confirmed the root cause and ...
"""
    h = trace_internal(rng, d, region="namprd12", hops=3)
    h += [("From", "Darnell Hughes <darnell.hughes@calloway-finch.com>"),
          ("To", "GoodTime Help Line <helpline@calloway-finch.com>"),
          ("Subject", "Out of Office: RE: ESCALATION: recurring missing Teams links on Dallas panels (3 more today)"),
          ("Date", rfc_date(d)),
          ("Message-ID", mid_outlook(rng, "namprd12", "SA1PR12MB")),
          ("X-MS-Exchange-Generated-Message-Source", "Mailbox Rules Agent"),
          ("MIME-Version", "1.0"),
          ("Content-Type", 'text/plain; charset="us-ascii"'),
          ("Content-Transfer-Encoding", "7bit")]
    raw = hdr_bytes(h) + b"\n" + body.encode()
    return raw, lab("noise", "ignore", "en", "ooo;no-auto-submitted;quoted-original;escalation-words-in-subject;plain-only;received-chain",
                    notes="OOO quoting an escalation thread")


# ---------------------------------------------------------------- 061
@reg
def m061():
    rng = rng_for("b-061")
    d = when("2026-01-21 13:10:45", -6)
    body = """Team,

Following last week's Talent leadership offsite, we have decided to change how interview scheduling is organized in the US from Q2 onward, and I would like GoodTime involved early.

Today each recruiter schedules their own interviews in GoodTime, with varying practices by site. From April 1 we are moving to a centralized Scheduling Hub in Columbus: four coordinators will handle all scheduling for the distribution centers, stores and HQ, and recruiters will only submit requests. This touches almost everything in GoodTime for us: who has which role, which templates and pools each site uses, how requests come in from the ATS, candidate communications, and how we report on time-to-schedule.

I do not want us to rebuild this through trial and error in production. I'd like to ask GoodTime for:
1. a working session with our Customer Success Manager to design the hub workflow and the permissions model;
2. their recommendations, based on other customers, for centralized coordination at our volume (around 900 interviews a month);
3. a plan for training the four hub coordinators in March.

Could you please set this up and include Darnell and Melissa? I'd like the first session in the first half of February.

Thanks,"""
    sig = sig_us("Brian O'Neal", "Vice President, Talent Acquisition - Americas", phone="(312) 555-0102",
                 greet="").lstrip()
    plain = plain_from_parts(body, sig, DISC_US)
    htm = mso_html(body, sig, DISC_US, lang="EN-US", reply=False)
    part = _alt_outlook(rng, plain, htm, pre="BL1PR12MB")
    h = trace_internal(rng, d, region="namprd12", hops=5)
    h += outlook_hdrs(rng, "Brian O'Neal <brian.oneal@calloway-finch.com>", HELP_NAMED,
                      "US Scheduling Hub - process change and GoodTime support", d, mid_outlook(rng, "namprd12", "BL1PR12MB"),
                      cc="Darnell Hughes <darnell.hughes@calloway-finch.com>; Melissa Trent <melissa.trent@calloway-finch.com>",
                      lang="en-US", msip="Internal")
    h.append(("MIME-Version", "1.0"))
    return message(h, part), lab("escalation", "flag_csm", "en",
                                 "outlook-multipart-alt;qp;windows-1252;corp-sig;disclaimer;received-chain;msip-label",
                                 notes="process change: centralized scheduling hub")


# ---------------------------------------------------------------- 062
@reg
def m062():
    rng = rng_for("b-062")
    d = when("2026-02-23 09:47:12", 0)
    body = """Bom dia,

Para os processos de chefe de armazém em Azambuja o Diretor de Operações pediu-nos que, depois da última entrevista de cada candidato, se juntem sempre os entrevistadores, ele próprio e a recrutadora para uma conversa de 30 minutos e decidirem se avançamos ou não.

Até agora tenho marcado essas reuniões à mão no Outlook, a tentar adivinhar quando é que estão todos livres. É possível marcar isto também através do GoodTime, usando os calendários deles? E como é que garanto que o candidato não recebe nenhum convite nem e-mail sobre essa reunião?

Obrigada,"""
    sig = sig_pt("Inês Carvalho", "Técnica de Recursos Humanos", phone="+351 21 555 0187", greet="").lstrip()
    htm = mso_html(body, sig, DISC_PT, lang="PT", reply=False)
    part = text(htm.encode("cp1252"), "html", cs="windows-1252", cte="quoted-printable")
    h = trace_external(rng, d, "calloway-finch.pt", "mail-am6eur05on2108.outbound.protection.outlook.com",
                       "40.107.22.%d" % rng.randint(2, 250), region="namprd12", hops=3)
    subj = "Reunião de decisão após entrevistas finais"
    h += outlook_hdrs(rng, "=?utf-8?B?SW7DqnMgQ2FydmFsaG8=?= <ines.carvalho@calloway-finch.pt>", HELP_NAMED, subj, d,
                      mid_outlook(rng, "eurprd05", "AM6PR05MB"), lang="pt-PT",
                      subj_raw="=?windows-1252?Q?Reuni=E3o_de_decis=E3o_ap=F3s_entrevistas_finais?=")
    _set(h, "Thread-Topic", "=?windows-1252?Q?Reuni=E3o_de_decis=E3o_ap=F3s_entrevistas_finais?=")
    h.append(("MIME-Version", "1.0"))
    return message(h, part), lab("question", "auto_reply", "pt",
                                 "outlook-html-only;qp;windows-1252;rfc2047-q;rfc2047-b;corp-sig;disclaimer;dkim;arc;received-chain",
                                 "debrief-scheduling", "internal decision meeting after final interviews")


# ---------------------------------------------------------------- 063
@reg
def m063():
    rng = rng_for("b-063")
    d = when("2026-03-12 21:04:58", -5)
    body = """Hi,

Store managers in the Chicago region have asked me for something I think only GoodTime can build, so passing it on.

Each store manager wants one simple view of all interviews happening at their store for the week - who's coming in, what time, which role, and who from the store is interviewing - a bit like a wall calendar they can pull up on the back-office PC. At the moment they only see interviews they personally are on, and the assistant managers can't see each other's. Right now the recruiters send a weekly Excel to each store, which goes out of date the moment anything moves.

A per-location calendar (filtered by site) that anyone at that site can view would fix this. Printable would be a bonus.

Could this go to GoodTime as a suggestion?

Thanks
Tyrone

-- 
Tyrone Jackson
Regional Store Operations Manager - Chicagoland
Calloway & Finch, Inc.
"""
    h = trace_internal(rng, d, region="namprd12", hops=4)
    h += [("Message-ID", mid_tb(rng, "calloway-finch.com")),
          ("Date", rfc_date(d)),
          ("MIME-Version", "1.0"),
          ("User-Agent", "Mozilla Thunderbird"),
          ("Content-Language", "en-US"),
          ("To", "helpline@calloway-finch.com"),
          ("From", "Tyrone Jackson <tyrone.jackson@calloway-finch.com>"),
          ("Subject", "Idea for GoodTime: store-level interview calendar"),
          ("Content-Type", "text/plain; charset=UTF-8; format=flowed"),
          ("Content-Transfer-Encoding", "7bit")]
    raw = hdr_bytes(h) + b"\n" + body.encode()
    return raw, lab("feature_request", "product_board_reply", "en", "thunderbird;plain-only;7bit;format-flowed;received-chain;evening",
                    notes="per-location interview calendar")


# ---------------------------------------------------------------- 064
@reg
def m064():
    rng = rng_for("b-064")
    d = when("2026-02-13 11:22:40", 0)
    body = """Hi team,

On Wednesday morning I moved 18 graduate candidates into the “Assessment Centre” stage in the ATS for the Finance & Supply Chain graduate scheme. As far as I understand it, that stage is set up to send them to GoodTime for scheduling (it worked fine for the January cohort).

Two days later none of the 18 show up in GoodTime. I’ve refreshed, searched by name and by ID, and checked they’re on the right job (GRAD-FSC-2026) and stage in the ATS. I haven’t changed anything in GoodTime for them.

A couple of examples:
- Hannah Ofori – candidate ID 4465012, job GRAD-FSC-2026
- Tomasz Wróbel – candidate ID 4465019, job GRAD-FSC-2026

The assessment centre is on 3 March, so not urgent today, but I need to send availability requests early next week.

Many thanks,
Aisha"""
    sig = "Aisha Okonjo\nGraduate Recruitment Advisor\nCalloway & Finch UK Ltd | 20 Eastbourne Terrace, London W2 6LG"
    plain = plain_from_parts(body, sig, DISC_UK)
    htm = mso_html(body, sig, DISC_UK, lang="EN-GB", reply=False, cs="utf-8")
    part = multi("alternative", [text(plain, cs="utf-8", cte="quoted-printable"), text(htm, "html", cs="utf-8", cte="quoted-printable")],
                 "_000_LO4P265MB%04d%s_" % (rng.randint(1000, 9999), rnd_hex(rng, 28, True)))
    h = trace_internal(rng, d, region="eurprd04", hops=4)
    h += outlook_hdrs(rng, "Aisha Okonjo <aisha.okonjo@calloway-finch.com>", HELP_NAMED,
                      "Graduate candidates not coming through from ATS", d, None, lang="en-GB")
    h.append(("MIME-Version", "1.0"))
    return message(h, part), lab("bug", "forward_support", "en",
                                 "outlook-multipart-alt;qp;utf-8;no-message-id;disclaimer;received-chain",
                                 notes="ATS stage change not syncing")


# ---------------------------------------------------------------- 065
@reg
def m065():
    rng = rng_for("b-065")
    d = when("2026-03-18 07:58:14", 0)
    body = """whats the right way to move an interview to a different day? last time i just dragged it in outlook and goodtime still had the old time and the candidate got nothing. need to move one from thurs to next tues

Get Outlook for Android"""
    hb = '<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n<body>\n<div dir="auto">whats the right way to move an interview to a different day? last time i just dragged it in outlook and goodtime still had the old time and the candidate got nothing. need to move one from thurs to next tues</div>\n<div dir="auto"><br>\n</div>\n<div dir="auto">Get <a href="https://aka.ms/AAb9ysg">Outlook for Android</a></div>\n</body>\n</html>\n'
    part = multi("alternative", [text(body, cs="us-ascii", cte="7bit"), text(hb, "html", cs="utf-8", cte="quoted-printable")],
                 "_000_CWLP265MB%04d%s_" % (rng.randint(1000, 9999), rnd_hex(rng, 28, True)))
    h = trace_internal(rng, d, region="eurprd04", hops=4)
    h += outlook_hdrs(rng, "Rob Fenwick <rob.fenwick@calloway-finch.com>", HELP, "moving an interview", d,
                      mid_outlook(rng, "eurprd04", "CWLP265MB"), lang="en-GB")
    h.append(("MIME-Version", "1.0"))
    return message(h, part), lab("question", "auto_reply", "en",
                                 "outlook-android;terse;lowercase;mobile-sig;multipart-alt;received-chain",
                                 "reschedule-interview")


# ---------------------------------------------------------------- 066
@reg
def m066():
    rng = rng_for("b-066")
    d = when("2026-04-09 15:41:33", -5)
    body = """Hi - urgent please.

Our CEO, Richard Calloway, has a final-round interview with the CFO candidate (Elaine Marsh-Whitfield) at 4:00 PM Central today - that's in 20 minutes. It's been on his calendar for two weeks. About ten minutes ago GoodTime sent him and the candidate an update moving it to tomorrow at 9:00 AM, which nobody asked for. The candidate has just called me confused, and the conference room and Zoom link for 4:00 seem to have been released.

The meeting needs to happen at 4:00 today as originally planned. Can someone please restore it or tell me how to fix it immediately? I can be reached on (312) 555-0105.

Rachel"""
    sig = "Rachel Stein\nExecutive Assistant to the Chief Executive Officer\nCalloway & Finch, Inc. | 233 N. Wacker Drive, Suite 1800 | Chicago, IL 60606\nO: (312) 555-0105"
    htm = mso_html(body, sig, DISC_US, lang="EN-US", reply=False)
    part = text(htm.encode("cp1252"), "html", cs="windows-1252", cte="quoted-printable")
    h = trace_internal(rng, d, region="namprd12", hops=3)
    h += outlook_hdrs(rng, "Rachel Stein <rachel.stein@calloway-finch.com>", HELP_NAMED,
                      "URGENT - CEO interview moved without request, starts in 20 min", d,
                      mid_outlook(rng, "namprd12", "SA1PR12MB"), lang="en-US",
                      cc="Brian O'Neal <brian.oneal@calloway-finch.com>")
    h.append(("X-Priority", "1"))
    h.append(("Importance", "high"))
    h.append(("MIME-Version", "1.0"))
    return message(h, part), lab("scheduling_blocker", "forward_support", "en",
                                 "outlook-html-only;qp;windows-1252;disclaimer;importance-high;received-chain",
                                 notes="exec interview moved, starts in 20 min")


# ---------------------------------------------------------------- 067
@reg
def m067():
    rng = rng_for("b-067")
    d = when("2026-03-16 14:26:58", 1)
    body = """Sehr geehrte Damen und Herren,

der Gesamtbetriebsrat der Calloway & Finch Logistics GmbH hat uns im Rahmen der Verhandlungen zur Betriebsvereinbarung „IT-Systeme im Personalwesen“ um eine Stellungnahme zu GoodTime gebeten. Hintergrund ist, dass nach § 87 Abs. 1 Nr. 6 BetrVG technische Einrichtungen, die geeignet sind, das Verhalten oder die Leistung von Arbeitnehmern zu überwachen, mitbestimmungspflichtig sind.

Konkret bittet der Betriebsrat um Auskunft zu folgenden Punkten:

1. Welche personenbezogenen Daten der Interviewerinnen und Interviewer (also unserer Beschäftigten) speichert GoodTime – z. B. Kalenderdaten, Zusagen/Absagen, Anzahl geführter Gespräche, Antwortzeiten?
2. Ist es technisch möglich, diese Daten auf Ebene einzelner Personen auszuwerten, und wer hätte bei uns Zugriff darauf?
3. Können einzelne Auswertungen oder Datenfelder für den deutschen Mandanten deaktiviert oder anonymisiert werden?
4. Werden Kalenderinhalte (Betreff, Teilnehmer privater Termine) von GoodTime gelesen oder nur frei/belegt?

Für die nächste Sitzung des Betriebsrats am 2. April benötigen wir eine belastbare schriftliche Antwort. Ich wäre Ihnen daher dankbar, wenn Sie die Fragen – ggf. unter Einbindung von GoodTime – bis Ende März beantworten könnten.

Mit freundlichen Grüßen"""
    sig = "Dr. Felix Hartmann\nLeiter Personal Deutschland\nCalloway & Finch Logistics GmbH\nÜberseeallee 12, 20457 Hamburg\nTel.: +49 40 555 183-100"
    plain = plain_from_parts(body, sig, DISC_DE)
    htm = mso_html(body, sig, DISC_DE, lang="DE", reply=False)
    part = _alt_outlook(rng, plain, htm, cs="iso-8859-1", pre="FR2P281MB")
    pre = [postfix_hop("exch01.hh.cf-logistics.local", "10.20.1.41", "mx01.cf-logistics.de", "4ZfW9b2Lm7z4Xs", utc(d, 1))]
    h = trace_external(rng, d, "cf-logistics.de", "mx01.cf-logistics.de", "195.243.118.%d" % rng.randint(2, 250),
                       region="namprd12", hops=4, sel="cfl2024", pre_hops=pre)
    subj = "Anfrage Betriebsrat: Verarbeitung von Interviewer-Daten in GoodTime (§ 87 BetrVG)"
    h += outlook_hdrs(rng, "\"Hartmann, Dr. Felix\" <felix.hartmann@cf-logistics.de>", HELP_NAMED, subj, d,
                      "<%s@exch01.hh.cf-logistics.local>" % rnd_hex(rng, 32, True), lang="de-DE", msip="Vertraulich",
                      cc="Katrin Vogelsang <katrin.vogelsang@cf-logistics.de>",
                      subj_raw=fold("Anfrage Betriebsrat: Verarbeitung von Interviewer-Daten in GoodTime", 70, 9) + " " + ew_q("(§ 87 BetrVG)", "iso-8859-1"))
    _set(h, "Thread-Topic", "Anfrage Betriebsrat: Verarbeitung von Interviewer-Daten in GoodTime " + ew_q("(§ 87 BetrVG)", "iso-8859-1"))
    h.append(("MIME-Version", "1.0"))
    return message(h, part), lab("question", "forward_support", "de",
                                 "outlook-multipart-alt;qp;iso-8859-1;folded-subject;rfc2047-q;corp-sig;disclaimer;gateway;dkim;arc;received-chain;msip-label",
                                 "none", "works council data questions, no KB article")


# ---------------------------------------------------------------- 068
@reg
def m068():
    rng = rng_for("b-068")
    d = when("2026-03-05 18:12:27", 0)
    body = """Got it, thanks!

Sent from my iPhone

> On 5 Mar 2026, at 17:58, GoodTime Help Line <helpline@calloway-finch.com> wrote:
> 
> Hi Hannah,
> 
> GoodTime Support is available 24/7 through the Chat bubble in the dashboard or at support@goodtime.io, so the night-shift managers can use either at any time. We've added a one-page guide to the briefing pack folder.
> 
> Best,
> GoodTime project team
"""
    h = trace_internal(rng, d, region="eurprd04", hops=3)
    h += [("Content-Type", "text/plain; charset=utf-8"),
          ("Content-Transfer-Encoding", "quoted-printable"),
          ("From", "Hannah Whitcombe <hannah.whitcombe@calloway-finch.com>"),
          ("Mime-Version", "1.0 (1.0)"),
          ("Subject", "Re: GoodTime cover for night shift / weekend assessment days"),
          ("Date", rfc_date(d)),
          ("Message-Id", mid_apple(rng, "calloway-finch.com")),
          ("References", "<%s@helpline.calloway-finch.com>" % rnd_hex(rng, 20)),
          ("In-Reply-To", "<%s@helpline.calloway-finch.com>" % rnd_hex(rng, 20)),
          ("To", "GoodTime Help Line <helpline@calloway-finch.com>"),
          ("X-Mailer", "iPhone Mail (22D72)")]
    raw = hdr_bytes(h) + b"\n" + qp(body.encode()) + b"\n"
    return raw, lab("noise", "ignore", "en", "thanks;iphone;mobile-sig;gt-quoted;qp;received-chain",
                    notes="bare thanks with quoted answer")


# ---------------------------------------------------------------- 069
@reg
def m069():
    rng = rng_for("b-069")
    d = when("2026-04-20 11:38:06", 1)
    body = """Caros colegas,

Escrevo-vos a propósito da campanha de recrutamento sazonal para a plataforma logística de Azambuja, que este ano vai ser bastante diferente.

Entre setembro e dezembro vamos contratar cerca de 350 operadores de armazém temporários. Até agora este recrutamento era feito quase todo por agências de trabalho temporário, e este ano a Direção decidiu internalizá-lo. Isto significa que o GoodTime vai passar a ser usado para sessões de recrutamento em grupo (20 a 30 candidatos por sessão, com vários entrevistadores em paralelo), ao sábado, e com entrevistadores que são chefes de turno sem grande experiência na ferramenta.

Não temos a certeza de que a forma como usamos hoje o GoodTime (entrevistas individuais, marcadas uma a uma pela equipa de RH) seja adequada para este volume. Gostaríamos por isso de rever todo o processo com a GoodTime antes de julho: como estruturar as sessões em grupo, que modelos e pools criar, como formar os chefes de turno, e se há outros clientes com campanhas sazonais semelhantes de quem possamos aprender.

Poderiam, por favor, pedir à nossa gestora de cliente na GoodTime uma reunião de trabalho com a equipa de RH de Portugal (eu, a Mariana Lopes e o João Pedro Sousa) em maio?

Com os melhores cumprimentos,"""
    sig = "Rui Almeida\nDiretor de Recursos Humanos – Portugal\nCalloway & Finch Portugal, Lda.\nRua Castilho, 39 – 7.º, 1250-068 Lisboa\nT. +351 21 555 0100"
    plain = plain_from_parts(body, sig, DISC_PT)
    htm = mso_html(body, sig, DISC_PT, lang="PT", reply=False)
    part = _alt_outlook(rng, plain, htm, cs="iso-8859-1", pre="AM7PR03MB")
    h = trace_external(rng, d, "calloway-finch.pt", "mail-am7eur03on2131.outbound.protection.outlook.com",
                       "40.107.13.%d" % rng.randint(2, 250), region="namprd12", hops=4)
    subj = "Campanha sazonal Azambuja 2026 – revisão do processo com a GoodTime"
    h += outlook_hdrs(rng, "Rui Almeida <rui.almeida@calloway-finch.pt>", HELP_NAMED, subj, d,
                      mid_outlook(rng, "eurprd03", "AM7PR03MB"), lang="pt-PT",
                      cc="Mariana Lopes <mariana.lopes@calloway-finch.pt>; =?iso-8859-1?Q?Jo=E3o_Pedro_Sousa?= <joao.sousa@calloway-finch.pt>",
                      subj_raw=ew_split(subj, [33], "B", "utf-8"))
    _set(h, "Thread-Topic", ew_b(subj))
    h.append(("MIME-Version", "1.0"))
    return message(h, part), lab("escalation", "flag_csm", "pt",
                                 "outlook-multipart-alt;qp;iso-8859-1;rfc2047-b-split;corp-sig;disclaimer;dkim;arc;received-chain",
                                 notes="process review for seasonal campaign")


# ---------------------------------------------------------------- 070
@reg
def m070():
    rng = rng_for("b-070")
    d = when("2026-03-09 16:44:21", 1)
    body = """Hola de nuevo,

Antes de la formación de mañana, una consulta rápida: una compañera de Zaragoza me ha comentado que dentro de GoodTime hay un chat para hablar directamente con el soporte de GoodTime, pero no lo encuentro por ningún lado. ¿En qué parte de la pantalla está exactamente?

Y otra cosa: ¿ese chat es solo para avisar de errores, o también se pueden hacer consultas sobre casos concretos, por ejemplo cómo planificar una entrevista un poco especial?

Gracias,
Marta"""
    sig = sig_es("Marta Ibáñez Rey", "Coordinadora de Selección", site="Calle Sierra de Guadarrama, 12 – 28906 Getafe (Madrid)",
                 phone="+34 91 555 61 02", greet="").lstrip()
    old = """El lun, 9 mar 2026 a las 9:12, GoodTime Help Line (<helpline@calloway-finch.com>) escribió:
> Hola Marta,
>
> Te confirmamos que la sesión de formación para coordinadores de Madrid y Getafe
> será el martes 10 de marzo de 10:00 a 11:30 (CET) por Teams. Te hemos enviado la
> convocatoria.
>
> Un saludo,
> Equipo de proyecto GoodTime"""
    plain = body + "\n\n" + sig + "\n\n" + old + "\n"
    h = trace_external(rng, d, "calloway-finch.es", "mail-vi1eur04on2050.outbound.protection.outlook.com",
                       "40.107.8.%d" % rng.randint(2, 250), region="namprd12", hops=3)
    h += [("From", ew_b("Marta Ibáñez Rey") + " <marta.ibanez@calloway-finch.es>"),
          ("To", "GoodTime Help Line <helpline@calloway-finch.com>"),
          ("Subject", ew_q("Re: Formación GoodTime coordinadores Madrid", "utf-8")),
          ("Date", rfc_date(d)),
          ("Message-ID", mid_tb(rng, "calloway-finch.es")),
          ("In-Reply-To", "<%s@helpline.calloway-finch.com>" % rnd_hex(rng, 20)),
          ("User-Agent", "Mozilla Thunderbird"),
          ("Content-Language", "es-ES"),
          ("MIME-Version", "1.0"),
          ("Content-Type", "text/plain; charset=UTF-8; format=flowed"),
          ("Content-Transfer-Encoding", "base64")]
    raw = hdr_bytes(h) + b"\n" + b64(plain.encode())
    return raw, lab("question", "auto_reply", "es",
                    "thunderbird;plain-only;base64;utf-8;gt-quoted;reply-quoted-other-topic;rfc2047-b;rfc2047-q;corp-sig;dkim;arc;received-chain",
                    "chat-bubble", "where is the chat and what is it for")


# ---------------------------------------------------------------- 071
@reg
def m071():
    rng = rng_for("b-071")
    d = when("2026-02-18 11:06:49", -6)
    body = """Hello,

I'm trying to schedule a 3-session onsite for next Tuesday (Feb 24) at HQ for a Senior Treasury Analyst and GoodTime won't book the room.

Conference room 18-Lakeview shows as free in Outlook's room finder for 9:00-12:00, and GoodTime itself lists it as available when it builds the options. But when I pick the option and click schedule, it fails with "Room could not be reserved. The resource declined the request." The interviewer invites then go out without a room. I tried 18-Riverside as well (also showing free) and got the same thing. Virtual interviews are scheduling fine.

I checked with facilities - neither room has any restriction on who can book it and I can book both directly in Outlook.

Candidate: Daniel Price, ID 4466120, interview GT-876551.

Thanks,"""
    sig = sig_us("Stephanie Cole", "Corporate Recruiter - Finance & HQ", phone="(312) 555-0166", greet="").lstrip()
    htm = mso_html(body, sig, DISC_US_SHORT, lang="EN-US", reply=False)
    part = text(htm.encode("cp1252"), "html", cs="windows-1252", cte="quoted-printable")
    h = trace_internal(rng, d, region="namprd12", hops=4)
    h += outlook_hdrs(rng, "Stephanie Cole <stephanie.cole@calloway-finch.com>", HELP_NAMED,
                      "Room booking failing for HQ onsite - \"resource declined\"", d,
                      mid_outlook(rng, "namprd12", "CH3PR12MB"), lang="en-US")
    h.append(("MIME-Version", "1.0"))
    return message(h, part), lab("bug", "forward_support", "en",
                                 "outlook-html-only;qp;windows-1252;corp-sig;disclaimer;received-chain",
                                 notes="room shows free but booking fails")


# ---------------------------------------------------------------- 072
@reg
def m072():
    rng = rng_for("b-072")
    d = when("2026-01-16 12:04:37", 0)
    body = """Boa tarde,

Gostava de deixar uma sugestão para o GoodTime.

Em Azambuja a grande maioria dos chefes de equipa que fazem entrevistas não fala inglês, ou fala muito pouco. Quando recebem um convite ou abrem a página da entrevista no GoodTime, está tudo em inglês (os botões, os avisos, o resumo do candidato) e acabam por me ligar a perguntar o que têm de fazer. O mesmo acontece quando lhes pedimos para indicarem o horário de trabalho.

Seria muito útil se o GoodTime tivesse a interface disponível em português (de Portugal, de preferência), pelo menos para quem só é entrevistador. Imagino que os colegas em Espanha e França digam o mesmo.

Conseguem fazer chegar esta sugestão à GoodTime?

Obrigado,
João Pedro"""
    sig = sig_pt("João Pedro Sousa", "Recrutador – Operações", site="Plataforma Logística de Azambuja, EN3 km 7 – 2050-306 Azambuja",
                 phone="+351 263 555 140", greet="").lstrip()
    plain = plain_from_parts(body, sig, DISC_PT)
    htm = mso_html(body, sig, DISC_PT, lang="PT", reply=False)
    part = _alt_outlook(rng, plain, htm, pre="AM7PR03MB")
    h = trace_external(rng, d, "calloway-finch.pt", "mail-am7eur03on2131.outbound.protection.outlook.com",
                       "40.107.13.%d" % rng.randint(2, 250), region="namprd12", hops=3)
    subj = "Sugestão: GoodTime em português"
    h += outlook_hdrs(rng, "=?iso-8859-1?Q?Jo=E3o_Pedro_Sousa?= <joao.sousa@calloway-finch.pt>", HELP_NAMED, subj, d,
                      mid_outlook(rng, "eurprd03", "AM7PR03MB"), lang="pt-PT",
                      subj_raw=subj)
    _set(h, "Thread-Topic", subj)
    h.append(("MIME-Version", "1.0"))
    return message(h, part), lab("feature_request", "product_board_reply", "pt",
                                 "outlook-multipart-alt;qp;windows-1252;raw-utf8-subject;corp-sig;disclaimer;dkim;arc;received-chain",
                                 notes="Portuguese UI for interviewers")


# ---------------------------------------------------------------- 073
@reg
def m073():
    rng = rng_for("b-073")
    d = when("2026-04-08 13:12:55", 1)
    body = """Hi team,

A bit of a people issue that I think has a GoodTime angle.

Three of the shift managers at Daventry (Paul, Shazia and Marek) have done almost all of the associate assessment interviews since February – 40+ each – while the other seven shift managers in the same interviewer pool have done a handful between them. Paul raised it in his 1:1 with me this week and, to be fair, his own KPIs are suffering because he’s off the floor so much.

Is there a way in GoodTime to stop the same people being picked every time – for example to limit how many interviews one person can do in a week and have the rest spread more evenly across the pool? And who would set that up for us?

Thanks,"""
    sig = sig_uk("Hannah Whitcombe", "HR Business Partner – Distribution (North)", mobile="+44 7700 900318", greet="").lstrip()
    plain = plain_from_parts(body, sig, DISC_UK)
    htm = mso_html(body, sig, DISC_UK, lang="EN-GB", reply=False)
    part = _alt_outlook(rng, plain, htm, pre="LO2P265MB")
    h = trace_internal(rng, d, region="eurprd04", hops=5)
    h += outlook_hdrs(rng, "Hannah Whitcombe <hannah.whitcombe@calloway-finch.com>", HELP_NAMED,
                      "Same shift managers picked for every interview", d, mid_outlook(rng, "eurprd04", "LO2P265MB"),
                      lang="en-GB", msip="Internal")
    h.append(("MIME-Version", "1.0"))
    return message(h, part), lab("question", "auto_reply", "en",
                                 "outlook-multipart-alt;qp;windows-1252;corp-sig;disclaimer;received-chain;msip-label",
                                 "interviewer-load-balancing", "uneven load within a pool")


# ---------------------------------------------------------------- 074
@reg
def m074():
    rng = rng_for("b-074")
    d = when("2026-03-10 14:07:03", -4)
    body = """Help - live issue.

Candidate (Jordan Lee, Data Engineer II, GT-877804) is sitting on the Zoom right now - his confirmation says 2:00 PM Eastern and he's been there since 1:58. Both interviewers are in London and their calendar invites show the interview at 19:00 UK time, not 18:00, so they think it starts in an hour. I've messaged them but one is commuting.

I think it's the US clocks changing on Sunday before the UK does, but whatever it is, I need either the interviewers in now or a quick way to move it without the candidate getting a pile of emails. He's waiting.

Priyanka

--
Priyanka Rao
Technical Recruiter | Calloway & Finch Tech
"""
    hb = '<div dir="ltr">' + "".join("<div>%s</div>" % (_e(l) if l else "<br>") for l in body.split("\n")) + "</div>\n"
    part = multi("alternative", [text(body, cs="UTF-8", cte="7bit"), text(hb, "html", cs="UTF-8", cte="quoted-printable")],
                 "000000000000%s" % rnd_hex(rng, 16))
    ghost, gip, ghdr = google_hop(rng, d)
    h = trace_external(rng, d, "tech.calloway-finch.com", ghost, gip, region="namprd12", hops=3, sel="google", pre_hops=[ghdr])
    h += [("MIME-Version", "1.0"),
          ("From", "Priyanka Rao <priyanka.rao@tech.calloway-finch.com>"),
          ("Date", rfc_date(d)),
          ("Message-ID", mid_gmail(rng)),
          ("Subject", "candidate waiting on zoom - interviewers have wrong time"),
          ("To", "helpline@calloway-finch.com")]
    return message(h, part), lab("scheduling_blocker", "forward_support", "en",
                                 "gmail;multipart-alt;received-chain;dkim;arc",
                                 notes="candidate waiting, DST mismatch")


# ---------------------------------------------------------------- 075
@reg
def m075():
    rng = rng_for("b-075")
    d = when("2026-02-06 02:14:37", 0)
    orig_mid = mid_outlook(rng, "namprd12", "DM4PR12MB")
    htm = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"></head><body>
<p><b><font color="#000066" size="3" face="Arial">Your message to k.holloway@calloway-finch.com couldn't be delivered.</font></b></p>
<p><font color="#000000" size="2" face="Tahoma">k.holloway wasn't found at calloway-finch.com.</font></p>
<table><tr><td><font color="#000000" size="2" face="Tahoma">helpline</font></td><td><font color="#000000" size="2" face="Tahoma">Office 365</font></td><td><font color="#000000" size="2" face="Tahoma">k.holloway</font></td></tr>
<tr><td>Action Required</td><td></td><td>Recipient</td></tr></table>
<p><font color="#000000" size="2" face="Tahoma"><b>Unknown To address</b></font></p>
<p><font color="#000000" size="2" face="Tahoma">How to Fix It<br>The address may be misspelled or may not exist. Try one or more of the following: Retype the recipient's address, then resend the message.</font></p>
<p><font color="#808080" size="1" face="Tahoma">Original Message Details<br>Created Date: 2/6/2026 2:14:30 AM<br>Sender Address: helpline@calloway-finch.com<br>Recipient Address: k.holloway@calloway-finch.com<br>Subject: RE: DPIA - GoodTime data location, DPA and sub-processors</font></p>
<p><font color="#808080" size="1" face="Tahoma">Error Details<br>Error: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient k.holloway@calloway-finch.com not found by SMTP address lookup<br>Message rejected by: DM4PR12MB%04d.namprd12.prod.outlook.com</font></p>
</body></html>
""" % rng.randint(1000, 9999)
    plain = """Your message to k.holloway@calloway-finch.com couldn't be delivered.

k.holloway wasn't found at calloway-finch.com.

Unknown To address

Error: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient k.holloway@calloway-finch.com not found by SMTP address lookup
"""
    ds = """Reporting-MTA: dns;DM4PR12MB%04d.namprd12.prod.outlook.com
Received-From-MTA: dns;DM4PR12MB%04d.namprd12.prod.outlook.com
Arrival-Date: %s

Final-Recipient: rfc822;k.holloway@calloway-finch.com
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient k.holloway@calloway-finch.com not found by SMTP address lookup
""" % (rng.randint(1000, 9999), rng.randint(1000, 9999), rfc_date(utc(d, -7)))
    oh = """From: GoodTime Help Line <helpline@calloway-finch.com>
To: "k.holloway@calloway-finch.com" <k.holloway@calloway-finch.com>
Subject: RE: DPIA - GoodTime data location, DPA and sub-processors
Date: %s
Message-ID: %s
MIME-Version: 1.0
""" % (rfc_date(utc(d, -7)), orig_mid)
    alt = multi("alternative", [text(plain, cs="us-ascii", cte="quoted-printable"), text(htm, "html", cs="us-ascii", cte="quoted-printable")],
                "_000_%s_" % rnd_hex(rng, 30, True))
    part = multi("report", [alt, Part([("Content-Type", "message/delivery-status")], ds.encode()),
                            Part([("Content-Type", "text/rfc822-headers")], oh.encode())],
                 "_001_%s_" % rnd_hex(rng, 30, True), extra_ct=";\n\treport-type=delivery-status")
    h = trace_internal(rng, d, region="namprd12", hops=2)
    h += [("From", "Microsoft Outlook\n <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@calloway-finch.com>"),
          ("To", "<helpline@calloway-finch.com>"),
          ("Date", rfc_date(d)),
          ("Subject", "Undeliverable: RE: DPIA - GoodTime data location, DPA and sub-processors"),
          ("Message-ID", "<%s@DM4PR12MB%04d.namprd12.prod.outlook.com>" % (mid_apple(rng, "x")[1:37].lower(), rng.randint(1000, 9999))),
          ("In-Reply-To", orig_mid),
          ("References", orig_mid),
          ("Thread-Topic", "DPIA - GoodTime data location, DPA and sub-processors"),
          ("Auto-Submitted", "auto-replied"),
          ("X-MS-Exchange-Message-Is-Ndr", ""),
          ("Content-Language", "en-US"),
          ("MIME-Version", "1.0")]
    return message(h, part), lab("noise", "ignore", "en", "bounce;exchange-ndr;multipart-report;auto-submitted;night",
                                 notes="NDR for a help-line reply")
