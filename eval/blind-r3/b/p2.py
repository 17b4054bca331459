"""Messages b-026 .. b-050"""
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


# ---------------------------------------------------------------- 026
@reg
def m026():
    rng = rng_for("b-026")
    d = when("2026-04-02 19:48:31", 1)
    body = """Dear Help Line team,

I want to be candid about where we are with GoodTime in the UK, because I am now being asked about it at leadership level and I do not think individual tickets are going to fix it.

Since the start of January we have had, by my team’s count:
• two multi-day periods where calendar availability was wrong for a large part of the Manchester and Daventry interviewer population;
• the invitation outage on 3 March, which affected every UK site for most of a working day;
• the confirmation e-mails showing the wrong time after the clock change, which we are still correcting by hand;
• a steady stream of smaller issues that Support closes as “resolved” and that then reappear.

Individually, each of these has been handled politely. Collectively, the coordinators have lost confidence in the tool. Several of them have quietly gone back to scheduling interviews in Outlook and only recording them in GoodTime afterwards, which defeats the purpose of the investment. Adoption in our last monthly report was 61% of UK interviews, down from 84% in November.

The UK Leadership Team has asked me to present a recommendation on whether we continue with GoodTime for the UK when the contract comes up for renewal. Before I do that, I would like a proper review with GoodTime’s account team: what has gone wrong, what they are doing about the recurring problems, and what support they can give us to rebuild confidence with the coordinators.

Could you please arrange this with our Customer Success Manager in the next two to three weeks? I am happy to share our issue log in advance.

Regards,"""
    sig = "Dominic Ashworth\nHead of Resourcing – UK & Ireland\nCalloway & Finch UK Ltd\nUnit 4, Trafford Gateway, Manchester M17 1DJ\nT: +44 161 555 0101"
    htm = mso_html(body, sig, DISC_UK, lang="EN-GB", reply=False)
    part = text(htm.encode("cp1252"), "html", cs="windows-1252", cte="quoted-printable")
    h = trace_internal(rng, d, region="eurprd04", hops=5)
    h += outlook_hdrs(rng, "Dominic Ashworth <dominic.ashworth@calloway-finch.com>", HELP_NAMED,
                      "GoodTime in the UK - request for an account review", d, mid_outlook(rng, "eurprd04", "LO4P265MB"),
                      cc="Callum McArdle <callum.mcardle@calloway-finch.com>; Hannah Whitcombe <hannah.whitcombe@calloway-finch.com>",
                      lang="en-GB", msip="Confidential")
    h.append(("MIME-Version", "1.0"))
    return message(h, part), lab("escalation", "flag_csm", "en",
                                 "outlook-html-only;qp;windows-1252;corp-sig;disclaimer;received-chain;msip-label;evening",
                                 notes="overall complaint, renewal at risk")


# ---------------------------------------------------------------- 027
@reg
def m027():
    rng = rng_for("b-027")
    d = when("2026-01-20 16:37:08", 1)
    body = """Hallo,

ich musste heute Mittag mein Windows-Passwort ändern (ist ja alle 90 Tage fällig). Seitdem sehe ich in GoodTime, dass ich den Kandidaten für morgen und übermorgen den ganzen Tag als frei angeboten werde, obwohl mein Kalender eigentlich ziemlich voll ist.

Muss ich da in GoodTime irgendwas neu verknüpfen oder bestätigen? Oder aktualisiert sich das von selbst?

Danke!
Ayşe

Von meinem iPhone gesendet"""
    h = [postfix_hop("exch01.hh.cf-logistics.local", "10.20.1.41", "mx01.cf-logistics.de", "4ZbPk21Xr4z6Rm", utc(d, 1))]
    h = trace_external(rng, d, "cf-logistics.de", "mx01.cf-logistics.de", "195.243.118.%d" % rng.randint(2, 250),
                       region="namprd12", hops=3, sel="cfl2024", pre_hops=h)
    h += [("Content-Type", "text/plain; charset=utf-8"),
          ("Content-Transfer-Encoding", "quoted-printable"),
          ("From", ew_q("Ayşe Demir") + " <ayse.demir@cf-logistics.de>"),
          ("Mime-Version", "1.0 (1.0)"),
          ("Subject", "Nach =?utf-8?Q?Passwort=C3=A4nderung?= falsche Verfügbarkeit?".replace("Verfügbarkeit", "=?utf-8?Q?Verf=C3=BCgbarkeit?=")),
          ("Date", rfc_date(d)),
          ("Message-Id", mid_apple(rng, "cf-logistics.de")),
          ("To", HELP),
          ("X-Mailer", "iPhone Mail (21G93)")]
    raw = hdr_bytes(h) + b"\n" + qp(body.encode("utf-8")) + b"\n"
    return raw, lab("question", "auto_reply", "de",
                    "iphone;mobile-sig;qp;utf-8;rfc2047-q;mixed-encoded-words;gateway;received-chain;dkim;arc",
                    "calendar-sync", "availability wrong after password change")


# ---------------------------------------------------------------- 028
@reg
def m028():
    rng = rng_for("b-028")
    d = when("2026-03-10 06:54:12", 0)
    body = """Morning all,

Sorry, replying on this old thread as it was the only one I had with the help line address in it.

Bit of background first. At Daventry we took on 140 agency-to-perm associates last peak and we’re planning roughly the same for this year, all through GoodTime now that the agency interviews have moved in-house. On the whole it’s been fine and the shift managers are getting used to it.

The thing that keeps biting us is that a lot of the candidates for warehouse roles don’t really use e-mail. They give us an e-mail address because the application form makes them, but they never open it, so they never see the confirmation or the reminder and then they either don’t turn up or turn up at the wrong gate. We had 23 no-shows out of 96 interviews in February. When my team text them from their own phones the following day, most of them say they never saw anything.

What would really help is if GoodTime could send the confirmation and the reminder by text message or WhatsApp to the mobile number we already have in the ATS, as well as by e-mail, ideally with the site address and which gate to use. Even just a plain SMS the day before would make a massive difference for us.

I know this is probably a GoodTime product thing rather than something you can switch on, but could you pass it to them please? Happy to give them numbers if it helps make the case.

Cheers,"""
    sig = "Gareth Pryce\nSite Operations Manager – Daventry DC\nCalloway & Finch UK Ltd\nDIRFT, Danes Way, Crick NN6 7GX\nM: +44 7700 900662"
    quote = {"head": [("From:", "GoodTime Help Line <helpline@calloway-finch.com>"),
                      ("Sent:", "14 November 2025 15:31"),
                      ("To:", "Gareth Pryce <gareth.pryce@calloway-finch.com>"),
                      ("Subject:", "RE: Access for new shift managers")],
             "text": """Hi Gareth,

All six shift managers now have interviewer access and their Outlook calendars are connected. They should start receiving invites from next week’s assessment days.

Best,
GoodTime project team"""}
    plain = plain_from_parts(body, sig, DISC_UK, quote)
    htm = mso_html(body, sig, DISC_UK, quote=quote)
    part = _alt_outlook(rng, plain, htm)
    h = trace_internal(rng, d, region="eurprd04", hops=4)
    h += outlook_hdrs(rng, "Gareth Pryce <gareth.pryce@calloway-finch.com>", HELP_NAMED,
                      "RE: Access for new shift managers", d, mid_outlook(rng, "eurprd04", "LO2P265MB"),
                      refs="<%s@helpline.calloway-finch.com>" % rnd_hex(rng, 20), lang="en-GB")
    h.append(("MIME-Version", "1.0"))
    return message(h, part), lab("feature_request", "product_board_reply", "en",
                                 "outlook-multipart-alt;qp;windows-1252;reply-quoted-other-topic;rambling;corp-sig;disclaimer;received-chain",
                                 notes="SMS/WhatsApp confirmations; subject is an old thread")


# ---------------------------------------------------------------- 029
@reg
def m029():
    rng = rng_for("b-029")
    d = when("2026-02-21 10:12:57", -5)
    body = "is there a goodtime app for iphone/android?? my store managers keep asking and i have no idea. they want to see their interviews for the day without logging into a laptop\n\nSent from my iPhone"
    h = trace_internal(rng, d, region="namprd12", hops=3)
    h += [("Content-Type", "text/plain;\n\tcharset=us-ascii"),
          ("Content-Transfer-Encoding", "7bit"),
          ("From", "Lauren Pike <lauren.pike@calloway-finch.com>"),
          ("Mime-Version", "1.0 (1.0)"),
          ("Date", rfc_date(d)),
          ("Subject", "app?"),
          ("Message-Id", mid_apple(rng, "calloway-finch.com")),
          ("To", HELP),
          ("X-Mailer", "iPhone Mail (22C152)")]
    raw = hdr_bytes(h) + b"\n" + body.encode() + b"\n"
    return raw, lab("question", "forward_support", "en", "iphone;terse;lowercase;mobile-sig;7bit;weekend",
                    "none", "mobile app not covered by KB")


# ---------------------------------------------------------------- 030
@reg
def m030():
    rng = rng_for("b-030")
    d = when("2026-02-11 13:58:40", 1)
    body = """Hallo,

bei uns am Empfang in der Überseeallee sitzt seit 13:50 ein Kandidat (Herr Lukas Brandt, Disponent Nahverkehr) für ein Gespräch um 14:00 Uhr. In GoodTime steht das Interview als geplant mit Herrn Oltmanns und Frau Petersen – aber beide haben KEINE Einladung im Kalender und wussten nichts davon. Herr Oltmanns ist heute gar nicht im Haus.

Frau Petersen könnte spontan, aber ich kriege in GoodTime niemanden als Ersatz eingetragen, es kommt nur ein Fehler beim Speichern.

Was kann ich jetzt tun? Bitte dringend melden, Durchwahl -131.

Gruß
Sabine Weiß
Personalreferentin
Calloway & Finch Logistics GmbH, Hamburg
"""
    subj = "DRINGEND: Kandidat wartet am Empfang – Interviewer haben keine Einladung"
    pre = [postfix_hop("exch02.hh.cf-logistics.local", "10.20.1.42", "mx02.cf-logistics.de", "4Zbt0w5Yq1z8Kc", utc(d, 1))]
    h = trace_external(rng, d, "cf-logistics.de", "mx02.cf-logistics.de", "195.243.118.%d" % rng.randint(2, 250),
                       region="namprd12", hops=3, arc=False, dkim=False, pre_hops=pre)
    h += [("From", "Sabine Weiß <sabine.weiss@cf-logistics.de>".encode("cp1252")),
          ("To", "helpline@calloway-finch.com"),
          ("Subject", subj.encode("cp1252")),
          ("Date", rfc_date(d)),
          ("Message-ID", "<%s@exch02.hh.cf-logistics.local>" % rnd_hex(rng, 32, True)),
          ("X-Mailer", "Microsoft Outlook 16.0"),
          ("Importance", "High"),
          ("X-Priority", "1"),
          ("MIME-Version", "1.0"),
          ("Content-Type", 'text/plain; charset="windows-1252"'),
          ("Content-Transfer-Encoding", "8bit")]
    raw = hdr_bytes(h) + b"\n" + body.encode("cp1252")
    return raw, lab("scheduling_blocker", "forward_support", "de",
                    "plain-only;8bit;windows-1252;raw-cp1252-subject;raw-cp1252-from;gateway;importance-high;received-chain",
                    notes="candidate at reception, interviewers not invited")


# ---------------------------------------------------------------- 031
@reg
def m031():
    rng = rng_for("b-031")
    d = when("2026-04-02 09:00:14", 2)
    body = """Gracias por tu correo.

Estaré fuera de la oficina por vacaciones de Semana Santa desde el 30 de marzo hasta el 6 de abril, ambos incluidos, con acceso limitado al correo.

Para cualquier tema de selección de la plataforma de Zaragoza puedes escribir a Marta Ibáñez (marta.ibanez@calloway-finch.es). Para temas urgentes de nóminas, a nominas@calloway-finch.es.

Un saludo,
Javier Muñoz
"""
    h = trace_external(rng, d, "calloway-finch.es", "mail-db5eur03on2092.outbound.protection.outlook.com",
                       "40.107.4.%d" % rng.randint(2, 250), region="namprd12", hops=3)
    h += [("From", "=?utf-8?Q?Javier_Mu=C3=B1oz?= <javier.munoz@calloway-finch.es>"),
          ("To", "GoodTime Help Line <helpline@calloway-finch.com>"),
          ("Subject", ew_q("Respuesta automática: RE: Formación GoodTime coordinadores Zaragoza")),
          ("Thread-Topic", ew_q("Formación GoodTime coordinadores Zaragoza")),
          ("Thread-Index", thread_index(rng)),
          ("Date", rfc_date(d)),
          ("Message-ID", mid_outlook(rng, "eurprd03", "DB5PR03MB")),
          ("Content-Language", "es-ES"),
          ("X-MS-Has-Attach", ""),
          ("X-MS-Exchange-Generated-Message-Source", "Mailbox Rules Agent"),
          ("MIME-Version", "1.0"),
          ("Content-Type", 'text/plain; charset="utf-8"'),
          ("Content-Transfer-Encoding", "base64")]
    raw = hdr_bytes(h) + b"\n" + b64(body.encode("utf-8"))
    return raw, lab("noise", "ignore", "es", "ooo;no-auto-submitted;rfc2047-q;base64;utf-8;dkim;arc;received-chain")


# ---------------------------------------------------------------- 032
@reg
def m032():
    rng = rng_for("b-032")
    d = when("2026-03-02 10:26:45", 0)
    body = """Bom dia,

Uma dúvida rápida. O candidato para operador de armazém que tinha entrevista marcada para quinta-feira às 10h00 (Nuno Ferreira) ligou-me agora a dizer que aceitou outra proposta e que já não vem.

O que é que devo fazer? Basta eu apagar a reunião no meu Outlook, ou tenho de fazer alguma coisa no GoodTime? Não quero que os dois chefes de equipa continuem com a entrevista no calendário nem que a sala fique reservada, e também não quero que o candidato volte a receber e-mails nossos.

Obrigado,
João Pedro"""
    sig = sig_pt("João Pedro Sousa", "Recrutador – Operações", dep="Recursos Humanos",
                 site="Plataforma Logística de Azambuja, EN3 km 7 – 2050-306 Azambuja", phone="+351 263 555 140",
                 greet="").lstrip()
    quote = {"head": [("De:", "Inês Carvalho <ines.carvalho@calloway-finch.pt>"),
                      ("Enviada:", "sexta-feira, 27 de fevereiro de 2026 17:02"),
                      ("Para:", "João Pedro Sousa <joao.sousa@calloway-finch.pt>; GoodTime Help Line <helpline@calloway-finch.com>"),
                      ("Assunto:", "Mapa de férias março - equipa RH")],
             "text": """Olá a todos,

Segue o mapa de férias de março para validarem até dia 5. Lembro que na semana de 23 a 27 temos a auditoria e precisamos de pelo menos duas pessoas no escritório.

Bom fim de semana,
Inês"""}
    plain = plain_from_parts(body, sig, DISC_PT, quote)
    htm = mso_html(body, sig, DISC_PT, quote=quote, lang="PT", cs="iso-8859-1")
    part = multi("alternative", [text(latin1(plain), cs="iso-8859-1", cte="base64"),
                                 text(htm.encode("iso-8859-1", "xmlcharrefreplace"), "html", cs="iso-8859-1", cte="base64")],
                 "_000_AM7PR03MB%04d%s_" % (rng.randint(1000, 9999), rnd_hex(rng, 28, True)))
    h = trace_external(rng, d, "calloway-finch.pt", "mail-am7eur03on2131.outbound.protection.outlook.com",
                       "40.107.13.%d" % rng.randint(2, 250), region="namprd12", hops=4)
    h += outlook_hdrs(rng, "=?iso-8859-1?Q?Jo=E3o_Pedro_Sousa?= <joao.sousa@calloway-finch.pt>", HELP_NAMED,
                      "RE: Mapa de férias março - equipa RH", d, mid_outlook(rng, "eurprd03", "AM7PR03MB"), lang="pt-PT",
                      subj_raw="RE: Mapa de =?iso-8859-1?Q?f=E9rias_mar=E7o?= - equipa RH",
                      refs=mid_outlook(rng, "eurprd03", "AM7PR03MB"))
    h[[k for k, _ in h].index("Thread-Topic")] = ("Thread-Topic", "Mapa de =?iso-8859-1?Q?f=E9rias_mar=E7o?= - equipa RH")
    h.append(("MIME-Version", "1.0"))
    return message(h, part), lab("question", "auto_reply", "pt",
                                 "outlook-multipart-alt;base64;iso-8859-1;reply-quoted-other-topic;rfc2047-q;corp-sig;disclaimer;dkim;arc;received-chain",
                                 "cancel-interview", "candidate withdrew: delete event or cancel in GoodTime")


# ---------------------------------------------------------------- 033
@reg
def m033():
    rng = rng_for("b-033")
    d = when("2026-03-19 08:12:09", -4)
    top = """Hi team,

Please see below - I need this looked at urgently and I think it needs to go higher than a normal ticket.

A candidate for our Newark DC inventory supervisor role received her interview itinerary from GoodTime last night, and the e-mail contained ANOTHER candidate's details: name, personal mobile number and the other person's interview time. I've checked two more itineraries sent yesterday evening from the Newark interview template and one of them has the same problem (shows a third candidate's name and phone number).

I have stopped sending itineraries from that template for now. This is personal data going to the wrong people, so I've also let our privacy team know, but we need GoodTime to tell us what happened, how many e-mails are affected and whether it's only our account.

Interview IDs: GT-871244 (Keisha Brown), GT-871302, GT-871318.

Thanks,"""
    sig = sig_us("Lauren Pike", "Senior Recruiter", dept="Distribution - Northeast",
                 site="1 Corbin St, Building B | Newark, NJ 07114", phone="(973) 555-0134", greet="").lstrip()
    fwd_head = [("From:", "Keisha Brown <keisha.b.1994@gmail.com>"),
                ("Sent:", "Wednesday, March 18, 2026 10:47 PM"),
                ("To:", "Lauren Pike <lauren.pike@calloway-finch.com>"),
                ("Subject:", "Interview confirmation - wrong person?")]
    fwd_text = """Hi Lauren,

I just got the confirmation for my interview on Friday but it says the candidate is "Andre Wilkins" and has a phone number that isn't mine, and the time is 1:30 instead of the 10:00 we agreed on the phone. Which one is right? Also I don't think I should be seeing someone else's phone number.

Thanks,
Keisha"""
    quote = {"head": fwd_head, "text": fwd_text}
    plain = plain_from_parts(top, sig, DISC_US, quote)
    htm = mso_html(top, sig, DISC_US, quote=quote, lang="EN-US", font="Aptos")
    part = _alt_outlook(rng, plain, htm, pre="BL1PR12MB")
    h = trace_internal(rng, d, region="namprd12", hops=5)
    h += outlook_hdrs(rng, "Lauren Pike <lauren.pike@calloway-finch.com>", HELP_NAMED,
                      "FW: Interview confirmation - wrong person?", d, mid_outlook(rng, "namprd12", "BL1PR12MB"),
                      cc="Privacy Office <privacy@calloway-finch.com>", lang="en-US", msip="Confidential")
    h.append(("MIME-Version", "1.0"))
    return message(h, part), lab("bug", "forward_support+flag_csm", "en",
                                 "outlook-multipart-alt;qp;windows-1252;forwarded;corp-sig;disclaimer;received-chain;msip-label",
                                 notes="itinerary leaks other candidates' data")


# ---------------------------------------------------------------- 034
@reg
def m034():
    rng = rng_for("b-034")
    d = when("2026-01-29 18:40:33", 1)
    body = """Hola a todos,

Os escribo desde el equipo de selección IT de Barcelona. Como sabéis, desde enero nos hemos mudado a la nueva oficina del 22@ y estamos empezando a contratar perfiles de ingeniería para el equipo de tecnología de Calloway & Finch en España (unos 25 puestos este año entre backend, datos y producto).

Hasta ahora las entrevistas eran sencillas: una llamada con el responsable de selección y una entrevista con el manager. Pero el nuevo proceso que ha diseñado el equipo de tecnología es bastante más largo y, sinceramente, no tengo claro cómo montarlo en GoodTime sin volverme loco.

La idea es que el candidato venga una mañana y tenga tres bloques seguidos con personas distintas: una prueba técnica de 60 minutos con dos ingenieros, una entrevista de 45 minutos con el manager, una pausa de media hora para comer y por último 30 minutos con alguien de producto. ¿Cómo se organiza algo así en GoodTime para que encuentre un hueco en el que estén todos libres y respete el orden y la pausa?

Gracias de antemano,
Sergio

--
Sergio Lozano Vidal
Responsable de Selección IT
Calloway & Finch España, S.L. – Oficina Barcelona 22@
Carrer de Pujades, 77 – 08005 Barcelona
"""
    hb = '<div dir="ltr">' + "".join("<div>%s</div>" % (_e(l) if l else "<br>") for l in body.split("\n")) + "</div>\n"
    part = multi("alternative", [text(body, cs="UTF-8", cte="quoted-printable"), text(hb, "html", cs="UTF-8", cte="quoted-printable")],
                 "B_%d_%d" % (rng.randint(3900000000, 3999999999), rng.randint(100000000, 999999999)))
    h = trace_external(rng, d, "calloway-finch.es", "mail-db5eur03on2092.outbound.protection.outlook.com",
                       "40.107.4.%d" % rng.randint(2, 250), region="namprd12", hops=3)
    h += [("User-Agent", "Microsoft-MacOutlook/16.93.25011212"),
          ("Date", rfc_date(d)),
          ("Subject", "Duda sobre el nuevo proceso de entrevistas IT en Barcelona"),
          ("From", "Sergio Lozano Vidal <sergio.lozano@calloway-finch.es>"),
          ("To", "GoodTime Help Line <helpline@calloway-finch.com>"),
          ("Message-ID", "<%s@calloway-finch.es>" % mid_apple(rng, "x")[1:37]),
          ("Thread-Topic", "Duda sobre el nuevo proceso de entrevistas IT en Barcelona"),
          ("Mime-version", "1.0")]
    return message(h, part), lab("question", "auto_reply", "es",
                                 "outlook-mac;multipart-alt;qp;utf-8;rambling;question-in-third-paragraph;dkim;arc;received-chain",
                                 "panel-interviews", "multi-session onsite with break")


# ---------------------------------------------------------------- 035
@reg
def m035():
    rng = rng_for("b-035")
    d = when("2026-02-09 05:47:20", -6)
    body = """Good morning,

Our driver recruiting interviews are run by the transport supervisors at Memphis and Dallas, and almost all of them work rotating shifts - 4 days on / 4 days off, some on nights (18:00-06:00), and the rotation shifts every week.

Right now GoodTime only lets us give each interviewer one fixed set of working hours (Mon-Fri style). So either we set them wide open and GoodTime offers candidates slots on their days off, or we set them narrow and miss half the availability. The coordinators end up checking the shift roster in a spreadsheet for every single booking.

It would be a big improvement if GoodTime supported rotating/shift-pattern working hours for interviewers (e.g. a 4-on-4-off pattern with a start date, plus night shifts that cross midnight), or could import them from a roster file.

Could you please submit this to GoodTime as a product suggestion on our behalf? We have around 40 supervisors this would affect.

Thank you,"""
    sig = sig_us("Marcus Bell", "Driver Recruiting Manager - South Region", dept="Transportation",
                 site="3950 Tchulahoma Rd | Memphis, TN 38118", phone="(901) 555-0121", greet="").lstrip()
    htm = mso_html(body, sig, DISC_US_SHORT, lang="EN-US", reply=False)
    part = text(htm.encode("us-ascii", "xmlcharrefreplace"), "html", cs="us-ascii", cte="quoted-printable")
    h = trace_internal(rng, d, region="namprd05", hops=4)
    h += outlook_hdrs(rng, "Marcus Bell <marcus.bell@calloway-finch.com>", HELP_NAMED,
                      "Suggestion: shift-pattern working hours for interviewers", d, mid_outlook(rng, "namprd05", "MN2PR05MB"),
                      lang="en-US")
    h.append(("MIME-Version", "1.0"))
    return message(h, part), lab("feature_request", "product_board_reply", "en",
                                 "outlook-html-only;qp;us-ascii;corp-sig;disclaimer;received-chain;early-morning",
                                 notes="rotating shift working hours")


# ---------------------------------------------------------------- 036
@reg
def m036():
    rng = rng_for("b-036")
    d = when("2026-04-14 11:05:22", 2)
    body = """Bonjour,

Je me permets de vous écrire au sujet des licences GoodTime pour Calloway & Finch France.

Comme vous le savez, jusqu’ici nos utilisateurs français (8 personnes) sont rattachés au contrat groupe géré depuis Chicago, et les coûts nous sont refacturés une fois par an par le siège. Avec l’ouverture de l’entrepôt de Bonneuil et le recrutement des alternants à la rentrée, nous devons ajouter environ 12 utilisateurs (recruteurs, managers d’entrepôt et assistantes RH) d’ici juin.

Notre direction financière France souhaite par ailleurs :
1. une facture ou une refacturation en euros, avec le détail par utilisateur ;
2. savoir si les managers qui ne font que participer aux entretiens comptent comme des licences ;
3. connaître les conditions si nous réduisons le nombre d’utilisateurs après la période de recrutement saisonnier ;
4. obtenir une version du contrat et du DPA en français, si elle existe, pour le CSE.

Vous trouverez ci-joint notre prévision d’effectifs pour 2026. Pourriez-vous faire remonter ces questions à notre interlocuteur chez GoodTime (la personne qui gère notre compte) et organiser un échange avant la fin du mois ?

Je vous remercie par avance."""
    sig = sig_fr("Sandrine Morel", "Responsable Ressources Humaines France", phone="+33 4 72 55 01 10",
                 mobile="+33 6 55 84 12 07", greet="Bien à vous,")
    htm = mso_html(body, sig, DISC_FR, lang="FR", reply=False)
    hpart = text(htm.encode("cp1252"), "html", cs="windows-1252", cte="quoted-printable")
    pdfb = pdf(["Calloway & Finch France SAS - Prevision effectifs RH 2026",
                "Utilisateurs GoodTime actuels : 8",
                "Ajouts prevus (avril-juin) : 12 (Bonneuil, alternance)",
                "Total vise : 20 utilisateurs",
                "Document interne - CONFIDENTIEL"], "Prevision effectifs 2026")
    part = multi("mixed", [hpart, attach(pdfb, "application/pdf", "Prevision_effectifs_GoodTime_2026.pdf")],
                 "_004_PR3PR02MB%04d%s_" % (rng.randint(1000, 9999), rnd_hex(rng, 28, True)))
    h = trace_external(rng, d, "calloway-finch.fr", "mail-pr3eur02on2119.outbound.protection.outlook.com",
                       "40.107.24.%d" % rng.randint(2, 250), region="namprd12", hops=3)
    h += outlook_hdrs(rng, "Sandrine Morel <sandrine.morel@calloway-finch.fr>", HELP_NAMED,
                      "Licences GoodTime – filiale France (ajout d’utilisateurs, facturation)", d,
                      mid_outlook(rng, "eurprd02", "PR3PR02MB"), lang="fr-FR", has_attach=True,
                      subj_raw=ew_b("Licences GoodTime – filiale France (ajout d’utilisateurs, facturation)", "windows-1252"))
    h[[k for k, _ in h].index("Thread-Topic")] = ("Thread-Topic", ew_b("Licences GoodTime – filiale France (ajout d’utilisateurs, facturation)", "windows-1252"))
    h.append(("MIME-Version", "1.0"))
    return message(h, part), lab("escalation", "flag_csm", "fr",
                                 "outlook-html-only;qp;windows-1252;rfc2047-b-cp1252;pdf;corp-sig;disclaimer;dkim;arc;received-chain",
                                 notes="licences, invoicing and contract for France")


# ---------------------------------------------------------------- 037
@reg
def m037():
    rng = rng_for("b-037")
    d = when("2026-02-02 14:22:51", 0)
    body = """Hi,

I joined the graduate recruitment team in London three weeks ago and I've been told three different things by three different people about who to contact for GoodTime stuff. Ellie said to always e-mail this address, someone in the Manchester team said to use the chat inside GoodTime, and my manager mentioned we have "someone at GoodTime" for the bigger issues.

Could someone explain how it's meant to work here - what I should send to you, when I should go to GoodTime directly, and what the GoodTime person is for? I'd rather learn it properly now before the assessment centre season starts.

Thanks a lot,
Aisha

-- 
Aisha Okonjo
Graduate Recruitment Advisor
Calloway & Finch UK Ltd | 20 Eastbourne Terrace, London W2 6LG
"""
    h = trace_internal(rng, d, region="eurprd04", hops=4)
    h += [("Message-ID", mid_tb(rng, "calloway-finch.com")),
          ("Date", rfc_date(d)),
          ("MIME-Version", "1.0"),
          ("User-Agent", "Mozilla Thunderbird"),
          ("Content-Language", "en-GB"),
          ("To", "helpline@calloway-finch.com"),
          ("From", "Aisha Okonjo <aisha.okonjo@calloway-finch.com>"),
          ("Subject", "Who do I contact for what?"),
          ("Content-Type", "text/plain; charset=UTF-8; format=flowed"),
          ("Content-Transfer-Encoding", "7bit")]
    raw = hdr_bytes(h) + b"\n" + body.encode()
    return raw, lab("question", "auto_reply", "en", "thunderbird;plain-only;7bit;format-flowed;received-chain",
                    "escalation-path", "which channel for what")


# ---------------------------------------------------------------- 038
@reg
def m038():
    rng = rng_for("b-038")
    d = when("2026-03-06 12:31:04", 0)
    uid = "040000008200E00074C5B7101A82E00800000000%s" % rnd_hex(rng, 60, True)
    cal = ics("REPLY", uid, "Declined: GoodTime Q&A drop-in – UK coordinators", "20260312T130000", "20260312T134500",
              HELP, "rob.fenwick@calloway-finch.com", partstat="DECLINED", cn_att="Rob Fenwick",
              dtstamp=utc(d).strftime("%Y%m%dT%H%M%SZ"))
    body = "Sorry, I'm on the Daventry assessment day that afternoon. Will catch the recording.\n"
    part = multi("alternative", [text(body, cs="us-ascii", cte="7bit"),
                                 text(cal, "calendar", cs="utf-8", cte="base64", extra_ct="; method=REPLY")],
                 "_000_LO4P265MB%04d%s_" % (rng.randint(1000, 9999), rnd_hex(rng, 28, True)))
    h = trace_internal(rng, d, region="eurprd04", hops=4)
    h += [("From", "Rob Fenwick <rob.fenwick@calloway-finch.com>"),
          ("To", "GoodTime Help Line <helpline@calloway-finch.com>"),
          ("Subject", "Declined: GoodTime Q&A drop-in =?utf-8?Q?=E2=80=93?= UK coordinators"),
          ("Thread-Topic", "GoodTime Q&A drop-in =?utf-8?Q?=E2=80=93?= UK coordinators"),
          ("Thread-Index", thread_index(rng)),
          ("Date", rfc_date(d)),
          ("Message-ID", mid_outlook(rng, "eurprd04", "LO4P265MB")),
          ("Content-Language", "en-GB"),
          ("X-MS-Has-Attach", ""),
          ("X-MS-TNEF-Correlator", ""),
          ("MIME-Version", "1.0")]
    return message(h, part), lab("noise", "ignore", "en", "calendar-reply;declined;text-calendar;multipart-alt;rfc2047-q;received-chain",
                                 notes="decline with a short comment")


# ---------------------------------------------------------------- 039
@reg
def m039():
    rng = rng_for("b-039")
    d = when("2026-03-25 16:03:37", -5)
    body = """Hi there,

Different topic from the thread below, sorry - it was the last one I had with you.

We have the automatic candidate reminders switched on for our Dallas DC interview templates (Ashley set them up in January, they go out the day before at 9am). Since around last Thursday, none of our candidates seem to be getting them. I've asked six candidates who came in this week and none of them got a reminder; the original confirmation e-mail arrived fine for all of them.

I checked:
- e-mail addresses in the ATS are correct
- candidates looked in spam/junk
- the interviews weren't changed after booking

Examples: GT-879921 (Thu 3/26 9:00), GT-879950 (Thu 3/26 11:30), GT-880107 (Fri 3/27 10:00). If it helps I can send the template name.

Thanks!
Jenna"""
    sig = "Jenna Kowalski\nRecruiting Coordinator | Dallas DC\nCalloway & Finch, Inc.\n(972) 555-0158"
    quote = {"head": [("From:", "GoodTime Help Line <helpline@calloway-finch.com>"),
                      ("Sent:", "Tuesday, January 13, 2026 11:20 AM"),
                      ("To:", "Jenna Kowalski <jenna.kowalski@calloway-finch.com>"),
                      ("Subject:", "RE: Login for new hire - Ashley Greer")],
             "text": """Hi Jenna,

Ashley's account is set up with the Coordinator role. She'll need to sign in with her Calloway & Finch Microsoft account and approve the calendar connection the first time.

Thanks,
GoodTime project team

-----Original Message-----
From: Jenna Kowalski <jenna.kowalski@calloway-finch.com>
Sent: Monday, January 12, 2026 4:51 PM
To: GoodTime Help Line <helpline@calloway-finch.com>
Subject: Login for new hire - Ashley Greer

Hi, Ashley Greer starts on our team tomorrow, can she get a GoodTime login? Thanks, Jenna"""}
    plain = plain_from_parts(body, sig, DISC_US_SHORT, quote)
    htm = mso_html(body, sig, DISC_US_SHORT, quote=quote, lang="EN-US")
    part = _alt_outlook(rng, plain, htm, pre="DM4PR12MB")
    h = trace_internal(rng, d, region="namprd12", hops=4)
    h += outlook_hdrs(rng, "Jenna Kowalski <jenna.kowalski@calloway-finch.com>", HELP_NAMED,
                      "RE: Login for new hire - Ashley Greer", d, mid_outlook(rng, "namprd12", "DM4PR12MB"),
                      refs="%s %s" % (mid_outlook(rng, "namprd12", "DM4PR12MB"), mid_outlook(rng, "namprd12", "BL1PR12MB")),
                      lang="en-US")
    h.append(("MIME-Version", "1.0"))
    return message(h, part), lab("bug", "forward_support", "en",
                                 "outlook-multipart-alt;qp;windows-1252;reply-quoted-other-topic;original-message-quote;received-chain",
                                 notes="automatic reminders stopped sending")


# ---------------------------------------------------------------- 040
@reg
def m040():
    rng = rng_for("b-040")
    d = when("2026-02-16 09:14:03", 1)
    body = """Guten Morgen zusammen,

wir führen in unserem Kölner Büro (Hohenzollernring) ab März deutlich mehr Vor-Ort-Gespräche für den Vertrieb und die Disposition, ca. 10–15 pro Woche.

Bisher buchen die Kolleginnen die Besprechungsräume nach dem Planen des Interviews noch einmal separat in Outlook, was schon zweimal zu Doppelbelegungen geführt hat. Mir wurde gesagt, dass GoodTime den Raum direkt mit einplanen kann.

Dazu zwei Fragen:
1. Wie stelle ich das beim Planen ein, damit GoodTime gleich einen freien Raum mit reserviert?
2. Bei mir werden nur die Räume „Rhein“ und „Ehrenfeld“ angeboten, unser größter Raum „Dom“ taucht gar nicht auf. Woran kann das liegen?

Vielen Dank und einen guten Start in die Woche!"""
    sig = sig_de("Nina Albrecht", "Recruiting-Koordinatorin", abt="Human Resources – Standort Köln",
                 site="Hohenzollernring 72, 50672 Köln", phone="+49 221 555 730-18")
    htm = mso_html(body, sig, DISC_DE, lang="DE", reply=False)
    part = text(htm.encode("cp1252"), "html", cs="windows-1252", cte="quoted-printable")
    pre = [postfix_hop("exch01.hh.cf-logistics.local", "10.20.1.41", "mx01.cf-logistics.de", "4Zd8Pq3Tz5z1Hj", utc(d, 1))]
    h = trace_external(rng, d, "cf-logistics.de", "mx01.cf-logistics.de", "195.243.118.%d" % rng.randint(2, 250),
                       region="namprd12", hops=3, sel="cfl2024", pre_hops=pre)
    subj = "Raumbuchung für Vor-Ort-Interviews in Köln"
    h += outlook_hdrs(rng, "Albrecht, Nina <nina.albrecht@cf-logistics.de>", HELP_NAMED, subj, d,
                      "<%s@exch01.hh.cf-logistics.local>" % rnd_hex(rng, 32, True), lang="de-DE",
                      subj_raw="=?utf-8?B?UmF1bWJ1Y2h1bmcgZsO8ciBWb3It?=\n =?utf-8?B?T3J0LUludGVydmlld3MgaW4gS8O2bG4=?=")
    h[[k for k, _ in h].index("Thread-Topic")] = ("Thread-Topic", ew_b(subj))
    h.append(("MIME-Version", "1.0"))
    return message(h, part), lab("question", "auto_reply", "de",
                                 "outlook-html-only;qp;windows-1252;rfc2047-b-split;corp-sig;disclaimer;gateway;received-chain;dkim;arc",
                                 "room-booking", "book room with interview, one room missing")


# ---------------------------------------------------------------- 041
@reg
def m041():
    rng = rng_for("b-041")
    d = when("2026-01-30 14:04:48", 0)
    body = """THE CANDIDATE CANT GET INTO THE TEAMS CALL. Interview was 14:00, its now 14:04, she keeps getting "you need permission to join" and nobody is letting her in from the lobby. Me and the hiring manager are IN the meeting and can't see her waiting anywhere.

this is the 2nd time this month. WHAT DO I DO. she's on the phone with me now

Rob

Sent from my iPhone"""
    h = trace_internal(rng, d, region="eurprd04", hops=3)
    h += [("Content-Type", "text/plain; charset=utf-8"),
          ("Content-Transfer-Encoding", "quoted-printable"),
          ("From", "Rob Fenwick <rob.fenwick@calloway-finch.com>"),
          ("Mime-Version", "1.0 (1.0)"),
          ("Date", rfc_date(d)),
          ("Subject", "CANDIDATE CANT JOIN TEAMS!!!!"),
          ("Message-Id", mid_apple(rng, "calloway-finch.com")),
          ("To", "helpline@calloway-finch.com"),
          ("X-Mailer", "iPhone Mail (22C152)")]
    raw = hdr_bytes(h) + b"\n" + qp(body.encode()) + b"\n"
    return raw, lab("scheduling_blocker", "forward_support", "en", "iphone;caps;typos;mobile-sig;qp;received-chain",
                    notes="candidate locked out of Teams lobby now")


# ---------------------------------------------------------------- 042
@reg
def m042():
    rng = rng_for("b-042")
    d = when("2026-03-13 08:49:17", 1)
    body = """Bonjour,

Je suis manager de l’équipe data à Paris et je commence à faire passer moi-même des entretiens à distance via GoodTime (on recrute deux data analysts).

Aujourd’hui, quand la coordinatrice planifie l’entretien, l’invitation arrive sans lien de visio et j’ajoute le lien Teams à la main dans Outlook, puis je le renvoie au candidat. Ce n’est pas très pro.

Comment fait-on pour que GoodTime mette automatiquement un lien Teams dans l’invitation et dans la confirmation envoyée au candidat ? Est-ce un réglage de mon côté ou du côté de la coordinatrice ?

Merci !
Julien

Envoyé de mon iPhone"""
    hb = '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">' + \
        "".join("<div>%s</div>" % (_e(l) if l else "<br>") for l in body.split("\n")) + "</body></html>\n"
    part = multi("alternative", [text(body, cs="utf-8", cte="quoted-printable", ctq=False),
                                 text(hb, "html", cs="utf-8", cte="quoted-printable", ctq=False)],
                 "Apple-Mail-%s" % mid_apple(rng, "x")[1:37])
    h = trace_external(rng, d, "calloway-finch.fr", "mail-pr3eur02on2119.outbound.protection.outlook.com",
                       "40.107.24.%d" % rng.randint(2, 250), region="namprd12", hops=3)
    h += [("Content-Type", part.headers[0][1]),
          ("Content-Transfer-Encoding", "7bit"),
          ("From", "Julien Caron <julien.caron@calloway-finch.fr>"),
          ("Mime-Version", "1.0 (1.0)"),
          ("Subject", "Lien Teams dans les invitations d'entretien"),
          ("Date", rfc_date(d)),
          ("Message-Id", mid_apple(rng, "calloway-finch.fr")),
          ("To", "helpline@calloway-finch.com"),
          ("X-Mailer", "iPhone Mail (22D72)")]
    raw = hdr_bytes(h) + b"\n" + part.body
    return raw, lab("question", "auto_reply", "fr", "iphone;multipart-alt;qp;utf-8;mobile-sig;dkim;arc;received-chain",
                    "conference-links", "auto Teams link on invites")


# ---------------------------------------------------------------- 043
@reg
def m043():
    rng = rng_for("b-043")
    d = when("2026-02-27 21:15:44", 0)
    body = """A new submission has been received via the Calloway & Finch Ideas Portal.

Form: GoodTime - Suggestions & Ideas
Submitted: 27/02/2026 21:15 (GMT)
Reference: IDEA-2026-0418

Name: Ellie Marsh
E-mail: ellie.marsh@calloway-finch.com
Department: Talent Acquisition - UK Coordinators
Location: Manchester Head Office

Idea title: Show the candidate's preferred name on interviewer invites

Describe your idea:
A lot of our candidates go by a different name from the one on their application (e.g. "Kate" instead of "Katarzyna", or a preferred name for trans and non-binary candidates). The ATS has a preferred name field but GoodTime invites and itineraries always use the legal first name, so interviewers greet people by the wrong name. It would be great if GoodTime could use the preferred name where one exists.

Who would benefit? All interviewers and candidates, UK and US.

How often does this come up? Several times a week.

---
This message was generated automatically by the Ideas Portal. Please do not reply to this address.
To view the submission, open https://forms.calloway-finch.com/ideas/IDEA-2026-0418
"""
    h = trace_internal(rng, d, region="eurprd04", hops=3)
    h += [("From", "Calloway & Finch Ideas Portal <no-reply@forms.calloway-finch.com>"),
          ("Reply-To", "Ellie Marsh <ellie.marsh@calloway-finch.com>"),
          ("To", HELP),
          ("Subject", "[Ideas Portal] New submission: GoodTime - Suggestions & Ideas (IDEA-2026-0418)"),
          ("Date", rfc_date(d)),
          ("Message-ID", "<IDEA-2026-0418.%d@forms.calloway-finch.com>" % int(d.timestamp())),
          ("Auto-Submitted", "auto-generated"),
          ("X-Auto-Response-Suppress", "All"),
          ("Precedence", "bulk"),
          ("X-Mailer", "PowerAutomate/1.0"),
          ("MIME-Version", "1.0"),
          ("Content-Type", 'text/plain; charset="utf-8"'),
          ("Content-Transfer-Encoding", "7bit")]
    raw = hdr_bytes(h) + b"\n" + body.encode()
    return raw, lab("feature_request", "forward_support|needs_review", "en",
                    "form-mailer;auto-submitted;no-reply;x-auto-response-suppress;plain-only;received-chain;night",
                    notes="feature idea via web form: preferred name")


# ---------------------------------------------------------------- 044
@reg
def m044():
    rng = rng_for("b-044")
    d = when("2026-03-02 15:31:26", -6)
    body = """Hello,

I'm working with Legal on our updated US candidate privacy notice (several states now require us to state how long we keep applicant data), and I need to make sure we describe GoodTime accurately.

Specifically, I need to know:
- how long GoodTime keeps a candidate's personal data (name, e-mail, phone, availability, interview history) after the candidate is rejected or withdraws in the ATS;
- whether that retention period is something we control (e.g. an account setting) or fixed by GoodTime;
- whether we can have an individual candidate's data deleted from GoodTime on request, and how long that takes.

I looked through the help line articles on the intranet and the ATS article, but they don't cover retention or deletion. Legal would like to finalize the notice by the end of the month.

Thank you for your help,"""
    sig = sig_us("Angela Ruiz", "HR Compliance Manager", dept="Human Resources",
                 phone="(312) 555-0172", greet="").lstrip()
    plain = plain_from_parts(body, sig, DISC_US)
    htm = mso_html(body, sig, DISC_US, lang="EN-US", reply=False, font="Aptos")
    part = _alt_outlook(rng, plain, htm, pre="CH3PR12MB")
    h = trace_internal(rng, d, region="namprd12", hops=6)
    h += outlook_hdrs(rng, "Angela Ruiz <angela.ruiz@calloway-finch.com>", HELP_NAMED,
                      "Candidate data retention in GoodTime - privacy notice", d, mid_outlook(rng, "namprd12", "CH3PR12MB"),
                      lang="en-US", msip="General")
    h.append(("MIME-Version", "1.0"))
    return message(h, part), lab("question", "forward_support", "en",
                                 "outlook-multipart-alt;qp;windows-1252;corp-sig;disclaimer;received-chain;msip-label",
                                 "none", "data retention not covered")


# ---------------------------------------------------------------- 045
@reg
def m045():
    rng = rng_for("b-045")
    d = when("2026-03-26 09:41:07", -5)
    body = """Hi team,

I need to escalate the Teams link problem for Dallas, and I also need help right now.

Background: since March 9, panel interviews scheduled from the Dallas DC templates intermittently go out with no Microsoft Teams link (the invite says "Microsoft Teams meeting" but there's no join link). We reported it to GoodTime Support on March 10 (ticket #49872) and again on March 18 (#50311). Both times we got a workaround (re-save the interview) and the ticket was closed. It keeps happening: 11 panels affected so far, two of which we had to reschedule because the candidate couldn't join.

Today it has happened again on three panels scheduled for this afternoon and tomorrow morning (GT-880412, GT-880415, GT-880433). The re-save workaround is not working this time. Can someone please get these three fixed with Support today?

Separately, and more importantly: this needs to go to our Customer Success Manager. We are about to start hiring for the Columbus DC and I can't have coordinators double-checking every invite by hand. I'd like a call with GoodTime to understand the root cause and a timeline for a permanent fix.

Thanks,"""
    sig = sig_us("Darnell Hughes", "Recruiting Operations Lead", dept="Talent Acquisition",
                 phone="(312) 555-0119", mobile="(312) 555-0190", greet="").lstrip()
    plain = plain_from_parts(body, sig, DISC_US)
    htm = mso_html(body, sig, DISC_US, lang="EN-US", reply=False)
    alt = _alt_outlook(rng, plain, htm, pre="SA1PR12MB")
    shot = attach(png(200, 120, "b045"), "image/png", "Teams link missing - GT-880412.png")
    part = multi("mixed", [alt, shot], "_004_SA1PR12MB%04d%s_" % (rng.randint(1000, 9999), rnd_hex(rng, 28, True)))
    h = trace_internal(rng, d, region="namprd12", hops=5)
    h += outlook_hdrs(rng, "Darnell Hughes <darnell.hughes@calloway-finch.com>", HELP_NAMED,
                      "ESCALATION: recurring missing Teams links on Dallas panels (3 more today)", d,
                      mid_outlook(rng, "namprd12", "SA1PR12MB"), lang="en-US", has_attach=True,
                      cc="Jenna Kowalski <jenna.kowalski@calloway-finch.com>")
    h.append(("MIME-Version", "1.0"))
    return message(h, part), lab("escalation", "flag_csm+forward_support", "en",
                                 "outlook-multipart-alt;qp;png-attachment;corp-sig;disclaimer;received-chain",
                                 notes="recurring fault escalated + live failures today")


# ---------------------------------------------------------------- 046
@reg
def m046():
    rng = rng_for("b-046")
    d = when("2026-01-08 10:02:51", 1)
    uid = "040000008200E00074C5B7101A82E00800000000%s" % rnd_hex(rng, 60, True)
    cal = ics("REPLY", uid, "Accepté: Point mensuel GoodTime – France", "20260115T090000", "20260115T093000",
              HELP, "sandrine.morel@calloway-finch.fr", partstat="ACCEPTED", cn_att="Sandrine Morel",
              dtstamp=utc(d).strftime("%Y%m%dT%H%M%SZ"))
    part = text(cal, "calendar", cs="utf-8", cte="base64", extra_ct="; method=REPLY")
    h = trace_external(rng, d, "calloway-finch.fr", "mail-pr3eur02on2119.outbound.protection.outlook.com",
                       "40.107.24.%d" % rng.randint(2, 250), region="namprd12", hops=3)
    h += [("From", "Sandrine Morel <sandrine.morel@calloway-finch.fr>"),
          ("To", "GoodTime Help Line <helpline@calloway-finch.com>"),
          ("Subject", ew_q("Accepté: Point mensuel GoodTime – France", "utf-8")),
          ("Thread-Topic", ew_q("Point mensuel GoodTime – France", "utf-8")),
          ("Thread-Index", thread_index(rng)),
          ("Date", rfc_date(d)),
          ("Message-ID", mid_outlook(rng, "eurprd02", "PR3PR02MB")),
          ("Content-Language", "fr-FR"),
          ("X-MS-Has-Attach", ""),
          ("X-MS-TNEF-Correlator", ""),
          ("MIME-Version", "1.0")]
    return message(h, part), lab("noise", "ignore", "fr", "calendar-reply;accepted;text-calendar-only;base64;rfc2047-q;dkim;arc;received-chain")


# ---------------------------------------------------------------- 047
@reg
def m047():
    rng = rng_for("b-047")
    d = when("2026-03-23 17:26:30", 0)
    body = """Olá equipa,

Estamos a recrutar um analista de transportes para trabalhar remotamente a partir de São Paulo, a reportar à equipa de Lisboa. As entrevistas vão ser com duas pessoas de Lisboa e uma de Madrid, e a candidata está no Brasil.

Já me aconteceu uma vez (noutro processo) o candidato aparecer uma hora antes porque percebeu mal a hora, por isso queria perguntar como devo fazer para que cada pessoa veja a hora certa no seu fuso horário: a candidata em São Paulo, os entrevistadores em Lisboa e o de Madrid. Há alguma coisa que tenha de verificar no GoodTime antes de enviar? E com a mudança de hora em Portugal no próximo domingo, há algum cuidado especial?

Obrigada,
Beatriz"""
    sig = sig_pt("Beatriz Gonçalves", "Técnica de Recrutamento", phone="+351 21 555 0192", greet="").lstrip()
    plain = plain_from_parts(body, sig, DISC_PT)
    htm = mso_html(body, sig, DISC_PT, lang="PT", reply=False)
    part = _alt_outlook(rng, plain, htm, pre="AM7PR03MB")
    h = trace_external(rng, d, "calloway-finch.pt", "mail-am7eur03on2131.outbound.protection.outlook.com",
                       "40.107.13.%d" % rng.randint(2, 250), region="namprd12", hops=3)
    subj = "Entrevista com candidata no Brasil – fusos horários"
    h += outlook_hdrs(rng, "=?Windows-1252?Q?Beatriz_Gon=E7alves?= <beatriz.goncalves@calloway-finch.pt>", HELP_NAMED,
                      subj, d, mid_outlook(rng, "eurprd03", "AM7PR03MB"), lang="pt-PT",
                      subj_raw=ew_q(subj, "Windows-1252"))
    h[[k for k, _ in h].index("Thread-Topic")] = ("Thread-Topic", ew_q(subj, "Windows-1252"))
    h.append(("MIME-Version", "1.0"))
    return message(h, part), lab("question", "auto_reply", "pt",
                                 "outlook-multipart-alt;qp;windows-1252;rfc2047-q-cp1252;corp-sig;disclaimer;dkim;arc;received-chain",
                                 "time-zones", "Brazil candidate, Lisbon/Madrid interviewers, DST")


# ---------------------------------------------------------------- 048
@reg
def m048():
    rng = rng_for("b-048")
    d = when("2026-02-18 22:37:19", -6)
    body = """Hi,

The GoodTime interviewer page won't load for me since this afternoon. I click the link in any interview invite (or go to the dashboard directly) and get a spinner for ~20 seconds, then a grey box saying "Something went wrong. Please refresh the page or contact support. (ref: 7f3a2c91-e0b4)". Refreshing, a different browser (Chrome and Edge) and incognito all give the same thing. Signed out and in again, no change.

Two other engineers on my team (Greg and Priyanka) say theirs works fine, so it might be my account. Screenshot attached.

Not urgent tonight, my next interview is Thursday afternoon, but I need to see the candidate packet before then.

Nisha

--
Nisha Patel
Engineering Manager, Fulfilment Platform
Calloway & Finch Tech
"""
    hb = '<div dir="ltr">' + "".join("<div>%s</div>" % (_e(l) if l else "<br>") for l in body.split("\n")) + "</div>\n"
    b1 = "000000000000%s" % rnd_hex(rng, 16)
    b2 = "000000000000%s" % rnd_hex(rng, 16)
    alt = multi("alternative", [text(body, cs="UTF-8", cte="7bit"), text(hb, "html", cs="UTF-8", cte="quoted-printable")], b1)
    img = attach(png(220, 130, "b048"), "image/png", "Screenshot 2026-02-18 at 10.31.52 PM.png", size=False,
                 extra=[("X-Attachment-Id", "f_m7b%s0" % rnd_hex(rng, 6))])
    img.headers.insert(3, ("Content-ID", "<f_m7b%s0>" % rnd_hex(rng, 6)))
    part = multi("mixed", [alt, img], b2)
    ghost, gip, ghdr = google_hop(rng, d)
    h = trace_external(rng, d, "tech.calloway-finch.com", ghost, gip, region="namprd12", hops=3,
                       sel="google", pre_hops=[ghdr])
    h += [("MIME-Version", "1.0"),
          ("From", "Nisha Patel <nisha.patel@tech.calloway-finch.com>"),
          ("Date", rfc_date(d)),
          ("Message-ID", mid_gmail(rng)),
          ("Subject", "GoodTime page not loading - \"Something went wrong\""),
          ("To", "helpline@calloway-finch.com")]
    return message(h, part), lab("bug", "forward_support", "en",
                                 "gmail;multipart-mixed;png-attachment;received-chain;dkim;arc;night",
                                 notes="page error for one user")


# ---------------------------------------------------------------- 049
@reg
def m049():
    rng = rng_for("b-049")
    d = when("2026-01-26 12:18:55", 1)
    body = """Hola,

La semana pasada Lucía me enseñó en su pantalla cómo tiene configurado GoodTime: desde su usuario puede ver la parte de ajustes con las integraciones, los usuarios, las plantillas de entrevista y los pools de entrevistadores.

Yo entro con mi usuario y solo veo la lista de entrevistas y mi calendario; no me aparece ningún menú de configuración ni la opción de dar de alta a gente nueva del equipo. Como Director de RRHH para España me gustaría al menos poder ver cómo está todo montado.

¿Depende del tipo de usuario que tenga cada uno? ¿Qué tendría que pedir y a quién?

Gracias y un saludo,"""
    sig = sig_es("Alejandro Ruiz Calvo", "Director de Recursos Humanos – España", phone="+34 91 555 27 01",
                 mobile="+34 600 555 110", greet="").lstrip()
    htm = mso_html(body, sig, DISC_ES, lang="ES", reply=False)
    part = text(htm.encode("cp1252"), "html", cs="windows-1252", cte="quoted-printable")
    h = trace_external(rng, d, "calloway-finch.es", "mail-db8eur04on2071.outbound.protection.outlook.com",
                       "40.107.6.%d" % rng.randint(2, 250), region="namprd12", hops=3)
    h += outlook_hdrs(rng, "Alejandro Ruiz Calvo <alejandro.ruiz@calloway-finch.es>", HELP_NAMED,
                      "No veo la configuración en GoodTime", d, mid_outlook(rng, "eurprd04", "DB8PR04MB"),
                      lang="es-ES", subj_raw=ew_q("No veo la configuración en GoodTime", "windows-1252"))
    h[[k for k, _ in h].index("Thread-Topic")] = ("Thread-Topic", ew_q("No veo la configuración en GoodTime", "windows-1252"))
    h.append(("MIME-Version", "1.0"))
    return message(h, part), lab("question", "auto_reply", "es",
                                 "outlook-html-only;qp;windows-1252;rfc2047-q;corp-sig;disclaimer;dkim;arc;received-chain",
                                 "permissions-roles", "missing settings menu; mentions templates and pools")


# ---------------------------------------------------------------- 050
@reg
def m050():
    rng = rng_for("b-050")
    d = when("2026-03-17 10:02:26", 0)
    body = """Hi,

Need help quickly please. Warehouse team leader interview at Manchester head office at 10:30 (so in under half an hour) – one of the two interviewers, Steve Haworth, has just called in sick.

I’m trying to swap him for Dan Crowther (who is free and is in the same interviewer pool) on the interview page, but every time I click save I get a red banner “Unable to update interview. Please try again.” I’ve tried three times and with a different replacement – same error. The candidate (Mohammed Siddiqui, ID 4473310) is already on his way in.

If I can’t change it in GoodTime Dan won’t get an invite or the candidate pack. Can someone help?

Thanks,
Ellie"""
    sig = "Ellie Marsh\nRecruiting Coordinator | Talent Acquisition\nCalloway & Finch UK Ltd | Manchester\nT: +44 161 555 0139"
    htm = mso_html(body, sig, DISC_UK, lang="EN-GB", reply=False)
    part = text(htm.encode("cp1252"), "html", cs="windows-1252", cte="quoted-printable")
    h = trace_internal(rng, d, region="eurprd04", hops=4)
    h += outlook_hdrs(rng, "Ellie Marsh <ellie.marsh@calloway-finch.com>", HELP_NAMED,
                      "Interview at 10:30 - can't replace sick interviewer (error)", d,
                      mid_outlook(rng, "eurprd04", "LO2P265MB"), lang="en-GB")
    h.append(("X-Priority", "1"))
    h.append(("Importance", "high"))
    h.append(("MIME-Version", "1.0"))
    return message(h, part), lab("scheduling_blocker", "forward_support", "en",
                                 "outlook-html-only;qp;windows-1252;disclaimer;importance-high;received-chain",
                                 notes="swap fails, interview in 30 min")
