#!/usr/bin/env python3
"""Generate help-line mail as it arrives, for the benchmarks (not tests).

    .venv/bin/python bench/realistic_corpus.py [--messages 4000] [--out var/bench/realistic] [--seed 14]

Writes N .eml files: the public MIME test corpus (tests/data/mime, 384 files) once, the rest
generated here, in the forms help-line mail takes on its way through Exchange Online and Gmail:
  outlook-html   Outlook HTML-only (Word's HTML, quoted-printable, windows-1252 or utf-8)
  alternative    multipart/alternative, text/plain + text/html, both base64 (Gmail, Apple Mail)
  attachment     multipart/mixed: an alternative body plus one to three base64 attachments
                 (PDF, PNG screenshot, .ics invite, .docx), some inline images (multipart/related)
  reply          a reply with the quoted history below (Outlook's "From: ... Sent:" block or "On ... wrote:")
  auto           an out-of-office or a delivery report
Every generated message carries 5 to 10 Received headers, Exchange and Google headers,
Authentication-Results, ARC and DKIM signatures, as real mail does. The texts are written here from
templates (no file of models/data is read); the same seed gives the same files.
"""
from __future__ import annotations

import argparse
import base64
import quopri
import random
import shutil
import sys
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MIME = ROOT / "tests" / "data" / "mime"
HELPLINE = "helpline@example.com"

FIRST = ["Dana", "Marcus", "Priya", "Tom", "Alex", "Sam", "Jordan", "Lena", "Yuki", "Carlos", "Fatima", "Noah",
         "Ines", "Olga", "Kwame", "Sofia", "Mateo", "Hannah", "Ravi", "Chloé", "Jürgen", "Aoife", "Björn", "Zoë"]
LAST = ["Cho", "Feld", "Raman", "Okafor", "Romero", "Patel", "Lee", "Schmidt", "Tanaka", "Garcia", "Haddad",
        "Kim", "Moreau", "Ivanova", "Mensah", "Rossi", "Silva", "Becker", "Nair", "Dubois", "Müller", "Byrne"]
TEAMS = ["EMEA recruiting", "engineering hiring", "sales recruiting", "campus team", "recruiting ops", "APAC talent"]
TOPICS = {
    "question": [
        ("How do I reschedule a panel interview?",
         "I need to move a panel interview for a candidate to next week. Is there a way to reschedule all four "
         "interviewers at once, or do I have to cancel and start over? I looked in the help centre but could not "
         "find it."),
        ("who do we contact for GoodTime support?",
         "What's the email address for GoodTime Support, and are they around on weekends? We have a hiring event "
         "on Saturday and I want to know who to call if something breaks."),
        ("Best practice for interviewer load balancing",
         "Is there a recommended way to set interviewer load limits so the same people are not booked every day? "
         "Our hiring managers complain that a few engineers get all the interviews."),
        ("Question about time zones for remote candidates",
         "When a candidate is in Singapore and the panel is in Berlin, which time zone does the availability "
         "request show the candidate? I want to make sure they see their local time."),
    ],
    "bug": [
        ("Calendar invites show the wrong time",
         "Since this morning every calendar invite I send to interviewers in Berlin shows the interview one hour "
         "off. The candidate confirmation is right, the interviewer invite is wrong. I tried two different "
         "interview plans and it happens with both."),
        ("Availability page not loading",
         "Candidates tell us the availability page spins forever and never loads. It started yesterday around "
         "4pm. I tested it in Chrome and Firefox and see the same thing. Screenshot attached."),
        ("Sync with Greenhouse failing",
         "Interview stages are not syncing back to Greenhouse since the update. Scorecards are missing for three "
         "candidates and the hiring managers cannot submit feedback. Error message attached."),
    ],
    "scheduling_blocker": [
        ("URGENT candidate waiting, no Zoom link",
         "The candidate is on the line right now and the interview starts in 10 minutes but the invite has no "
         "Zoom link. The interviewer cannot join either. Please help asap!"),
        ("interview in 15 minutes - interviewer missing from invite",
         "Our onsite starts in 15 minutes and the second interviewer never got the invite. The candidate is "
         "already in the lobby. What can we do right now?"),
    ],
    "feature_request": [
        ("idea: SMS reminders for candidates",
         "It would be great if GoodTime could send candidates an SMS reminder an hour before their interview. "
         "Could you add that to the product? Many candidates miss email reminders."),
        ("Feature request - bulk edit of interview templates",
         "We would love a way to edit many interview templates at once. Changing the same question in 40 "
         "templates by hand takes hours. Is this on the roadmap?"),
    ],
    "escalation": [
        ("ATS sync still broken - third time",
         "This is the third time we report that interview stages are not syncing back. Ticket 48213 has been open "
         "for three weeks and it now affects all recruiters in EMEA. We need our CSM involved and a call this "
         "week."),
        ("Contract renewal and training for the new team",
         "We are adding 30 recruiters next quarter and need training sessions for them, plus a conversation "
         "about our contract and seat count before renewal."),
    ],
}
OOO = ("Automatic reply: {subject}",
       "Thank you for your message. I am out of the office until Monday with limited access to email. "
       "For urgent matters please contact the recruiting operations team.")
SIGNATURE = ("\n\nBest regards,\n{name}\n{title} | {team}\nExample Corp | +1 555 0100 | www.example.com\n"
             "This e-mail and any attachments are confidential and may be privileged.")


def _received_chain(rng: random.Random, when: datetime, sender_domain: str, count: int) -> list[str]:
    """Received headers, newest first, as Exchange Online and Gmail write them."""
    hops = []
    t = when
    for i in range(count):
        t -= timedelta(seconds=rng.randint(0, 3), milliseconds=rng.randint(0, 999))
        stamp = format_datetime(t)
        ip = f"{rng.choice([40, 52, 104, 209])}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        mid = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(10))
        kind = i % 4
        if kind == 0:
            hops.append(f"from mx.example.com (mx.example.com [10.20.{rng.randint(0, 255)}.{rng.randint(1, 254)}])\r\n"
                        f"\tby mail.example.com (Postfix) with ESMTPS id {mid}\r\n\tfor <{HELPLINE}>; {stamp}")
        elif kind == 1:
            host = f"{rng.choice(['AM', 'DB', 'VI', 'PA'])}{rng.randint(1, 9)}PR{rng.randint(10, 99)}MB{rng.randint(1000, 9999)}"
            hops.append(f"from {host}.eurprd0{rng.randint(1, 9)}.prod.outlook.com (2603:10a6:20b:{rng.randint(100, 999)}::{rng.randint(10, 99)})\r\n"
                        f" by {host}.eurprd0{rng.randint(1, 9)}.prod.outlook.com (2603:10a6:20b:{rng.randint(100, 999)}::{rng.randint(10, 99)})\r\n"
                        f" with Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{rng.randint(1000, 9999)}.{rng.randint(10, 99)};\r\n {stamp}")
        elif kind == 2:
            hops.append(f"from mail-{mid.lower()}.{sender_domain} (mail-{mid.lower()}.{sender_domain}. [{ip}])\r\n"
                        f"        by mx.google.com with ESMTPS id {mid.lower()}{rng.randint(1000, 9999)}\r\n"
                        f"        for <{HELPLINE}>\r\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\r\n"
                        f"        {stamp}")
        else:
            hops.append(f"by 2002:a05:6a10:{rng.randint(1000, 9999)}:b0:{rng.randint(100, 999)}:{rng.randint(1000, 9999)} "
                        f"with SMTP id {mid.lower()};\r\n        {stamp}")
    return hops


def _transport_headers(rng: random.Random, when: datetime, sender: str, domain: str) -> list[tuple[str, str]]:
    received = _received_chain(rng, when, domain, rng.randint(5, 10))
    sig = base64.b64encode(rng.randbytes(256)).decode()
    headers = [("Received", r) for r in received]
    headers += [
        ("Authentication-Results", f"mx.example.com;\r\n       dkim=pass header.i=@{domain} header.s=selector1 "
                                   f"header.b=Xy{sig[:6]};\r\n       spf=pass (example.com: domain of {sender} "
                                   f"designates 40.107.1.1 as permitted sender) smtp.mailfrom={sender};\r\n"
                                   f"       dmarc=pass (p=QUARANTINE sp=NONE dis=NONE) header.from={domain}"),
        ("ARC-Seal", f"i=1; a=rsa-sha256; t={int(when.timestamp())}; cv=none;\r\n        d=google.com; s=arc-20160816;\r\n"
                     f"        b={sig[:70]}\r\n         {sig[70:140]}\r\n         {sig[140:210]}"),
        ("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed; d={domain}; s=selector1;\r\n"
                           f" h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck;\r\n"
                           f" bh={sig[210:254]}=;\r\n b={sig[:76]}\r\n {sig[76:152]}\r\n {sig[152:228]}"),
        ("X-MS-Exchange-Organization-AuthAs", "Internal"),
        ("X-MS-Exchange-CrossTenant-OriginalArrivalTime", format_datetime(when)),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("X-Forefront-Antispam-Report", "CIP:255.255.255.255;CTRY:;LANG:en;SCL:1;SRV:;IPV:NLI;SFV:NSPM;H:"
                                        f"{domain};PTR:;CAT:NONE;SFS:(13230031)(366004)(39860400002);DIR:INB;"),
        ("Thread-Index", base64.b64encode(rng.randbytes(22)).decode()),
    ]
    return headers


def _person(rng: random.Random) -> tuple[str, str, str]:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    domain = "example.com"
    local = f"{first}.{last}".lower().encode("ascii", "ignore").decode() or "someone"
    return f"{first} {last}", f"{local}@{domain}", domain


def _display(name: str) -> str:
    if name.isascii():
        return f'"{name}"'
    return "=?utf-8?b?" + base64.b64encode(name.encode()).decode() + "?="


def _b64(data: bytes) -> str:
    text = base64.b64encode(data).decode()
    return "\r\n".join(text[i:i + 76] for i in range(0, len(text), 76))


def _outlook_html(text: str) -> str:
    paras = "".join(f'<p class="MsoNormal"><span style="font-size:11.0pt;font-family:&quot;Calibri&quot;,sans-serif">'
                    f"{line or '&nbsp;'}<o:p></o:p></span></p>\r\n" for line in text.split("\n"))
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv="Content-Type" content="text/html; '
            'charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)"><style><!--\r\n'
            '/* Font Definitions */\r\n@font-face {font-family:"Cambria Math"; panose-1:2 4 5 3 5 4 6 3 2 4;}\r\n'
            '@font-face {font-family:Calibri; panose-1:2 15 5 2 2 2 4 3 2 4;}\r\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}\r\n'
            'span.EmailStyle17 {mso-style-type:personal-compose; font-family:"Calibri",sans-serif; color:windowtext;}\r\n'
            '.MsoChpDefault {mso-style-type:export-only; font-family:"Calibri",sans-serif;}\r\n'
            '@page WordSection1 {size:612.0pt 792.0pt; margin:72.0pt 72.0pt 72.0pt 72.0pt;}\r\n'
            'div.WordSection1 {page:WordSection1;}\r\n--></style><!--[if gte mso 9]><xml>\r\n'
            '<o:shapedefaults v:ext="edit" spidmax="1026" />\r\n</xml><![endif]--></head>'
            '<body lang="EN-US" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">'
            f'<div class="WordSection1">\r\n{paras}</div></body></html>')


def _html(text: str) -> str:
    paras = "".join(f"<div>{line or '<br>'}</div>" for line in text.split("\n"))
    return f'<div dir="ltr">{paras}</div>\r\n'


def _qp(text: str) -> str:
    return quopri.encodestring(text.encode("utf-8")).decode("ascii").replace("\n", "\r\n")


# (type, name, largest size): small files, as most help-line attachments are (a cropped screenshot, a
# one-page PDF, an invite); a corpus of large ones would measure base64 decoding, not triage.
ATTACHMENTS = [("application/pdf", "error-report.pdf", 16_000), ("image/png", "screenshot.png", 24_000),
               ("text/calendar", "invite.ics", 2_000), ("image/png", "image001.png", 6_000),
               ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "interview-plan.docx", 12_000)]


def make_message(rng: random.Random, n: int) -> bytes:
    name, sender, domain = _person(rng)
    when = datetime(2026, 3, 2, 8, 0, tzinfo=timezone.utc) + timedelta(minutes=rng.randint(0, 60 * 24 * 30))
    form = rng.choices(["outlook-html", "alternative", "attachment", "reply", "auto"], [30, 25, 20, 20, 5])[0]
    category = rng.choice(list(TOPICS))
    subject, body = rng.choice(TOPICS[category])
    body = f"Hi team,\n\n{body}\n\nThanks!" + SIGNATURE.format(name=name, title="Recruiting Coordinator",
                                                                team=rng.choice(TEAMS))
    headers = _transport_headers(rng, when, sender, domain)
    headers += [("From", f"{_display(name)} <{sender}>"), ("To", f'"GoodTime Help Line" <{HELPLINE}>'),
                ("CC", ", ".join(f"{_display(p[0])} <{p[1]}>" for p in (_person(rng) for _ in range(rng.randint(0, 3))))),
                ("Subject", subject), ("Thread-Topic", subject), ("Date", format_datetime(when)),
                ("Message-ID", f"<{rng.getrandbits(64):016x}.{n}@{rng.choice(['EURPRD01.PROD.OUTLOOK.COM', 'mail.gmail.com'])}>"),
                ("Accept-Language", "en-US"), ("Content-Language", "en-US"), ("MIME-Version", "1.0")]
    headers = [(k, v) for k, v in headers if v != "" or k.startswith("X-MS")]
    if form == "reply":
        subject = "RE: " + subject
        earlier = when - timedelta(hours=rng.randint(1, 48))
        quoted = rng.choice(TOPICS[rng.choice(list(TOPICS))])[1]
        if rng.random() < 0.5:
            history = (f"\n\n________________________________\nFrom: GoodTime Help Line <{HELPLINE}>\n"
                       f"Sent: {format_datetime(earlier)}\nTo: {name} <{sender}>\nSubject: {subject[4:]}\n\n"
                       + "\n".join("> " + line for line in (quoted + SIGNATURE.format(name="Help Line", title="Ops",
                                                                                       team="Help line")).split("\n")))
        else:
            history = f"\n\nOn {format_datetime(earlier)}, GoodTime Help Line <{HELPLINE}> wrote:\n" + "\n".join(
                "> " + line for line in (quoted * 2).split(". "))
        body = body + history
        headers = [(k, subject if k in ("Subject", "Thread-Topic") else v) for k, v in headers]
        headers += [("In-Reply-To", f"<prev-{n}@mail.example.com>"),
                    ("References", " ".join(f"<ref-{n}-{i}@mail.example.com>" for i in range(rng.randint(1, 6))))]
    if form == "auto":
        subject, body = OOO[0].format(subject=subject), OOO[1]
        headers = [(k, subject if k in ("Subject", "Thread-Topic") else v) for k, v in headers]
        headers += [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]

    boundary = f"_000_{rng.getrandbits(96):024x}_"
    if form in ("outlook-html", "auto"):
        charset = "windows-1252" if body.encode("cp1252", "ignore").decode("cp1252") == body and rng.random() < 0.5 \
            else "utf-8"
        html = _outlook_html(body)
        payload = quopri.encodestring(html.encode(charset, "replace")).decode("ascii").replace("\n", "\r\n")
        headers += [("Content-Type", f'text/html; charset="{charset}"'), ("Content-Transfer-Encoding", "quoted-printable")]
        content = payload
    else:
        alt = (f'--{boundary}alt\r\nContent-Type: text/plain; charset="UTF-8"\r\nContent-Transfer-Encoding: base64\r\n\r\n'
               f"{_b64(body.replace(chr(10), chr(13) + chr(10)).encode())}\r\n"
               f'--{boundary}alt\r\nContent-Type: text/html; charset="UTF-8"\r\nContent-Transfer-Encoding: base64\r\n\r\n'
               f"{_b64((_html(body) if rng.random() < 0.5 else _outlook_html(body)).encode())}\r\n--{boundary}alt--\r\n")
        if form != "attachment":
            headers += [("Content-Type", f'multipart/alternative; boundary="{boundary}alt"')]
            content = alt[alt.index("--"):]
        else:
            parts = [f'--{boundary}\r\nContent-Type: multipart/alternative; boundary="{boundary}alt"\r\n\r\n{alt}']
            for ctype, filename, size in rng.sample(ATTACHMENTS, rng.randint(1, 2)):
                blob = rng.randbytes(rng.randint(size // 2, size))
                inline = ctype == "image/png" and rng.random() < 0.5
                disposition = "inline" if inline else "attachment"
                extra = f"Content-ID: <image001.png@01DA{rng.getrandbits(32):08X}>\r\n" if inline else ""
                parts.append(f'--{boundary}\r\nContent-Type: {ctype}; name="{filename}"\r\nContent-Description: {filename}\r\n'
                             f'Content-Disposition: {disposition}; filename="{filename}"; size={len(blob)};\r\n'
                             f'\tcreation-date="{format_datetime(when)}";\r\n\tmodification-date="{format_datetime(when)}"\r\n'
                             f"{extra}Content-Transfer-Encoding: base64\r\n\r\n{_b64(blob)}\r\n")
            headers = [(k, "yes" if k == "X-MS-Has-Attach" else v) for k, v in headers]
            headers += [("Content-Type", f'multipart/mixed; boundary="{boundary}"')]
            content = "".join(parts) + f"--{boundary}--\r\n"
    head = "".join(f"{k}: {v}\r\n" for k, v in headers)
    return (head + "\r\n" + content).encode("utf-8")


def generate(out: Path, messages: int, seed: int = 14) -> list[Path]:
    """Write the corpus into `out` (emptied first); return the files in a fixed, mixed order."""
    if out.exists():
        shutil.rmtree(out)
    (out / "mime").mkdir(parents=True)
    (out / "generated").mkdir()
    files = []
    for i, src in enumerate(sorted(MIME.glob("*/*.eml"))):
        dest = out / "mime" / f"{i:04d}-{src.parent.name}-{src.name}"
        shutil.copyfile(src, dest)
        files.append(dest)
    rng = random.Random(seed)
    for n in range(max(0, messages - len(files))):
        dest = out / "generated" / f"{n:05d}.eml"
        dest.write_bytes(make_message(rng, n))
        files.append(dest)
    random.Random(seed).shuffle(files)
    return files[:messages]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--messages", type=int, default=4000)
    ap.add_argument("--out", type=Path, default=ROOT / "var" / "bench" / "realistic")
    ap.add_argument("--seed", type=int, default=14)
    args = ap.parse_args()
    files = generate(args.out, args.messages, args.seed)
    size = sum(p.stat().st_size for p in files)
    print(f"{len(files)} messages in {args.out} ({size / 1e6:.1f} MB, mean {size / len(files):.0f} B)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
