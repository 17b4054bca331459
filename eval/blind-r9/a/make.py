#!/usr/bin/env python3
"""Batch 'a' of the blind help-line test set (Corvane Health Partners).
Writes a-001.eml .. a-100.eml and labels.csv next to this script.
Standard library only; MIME is assembled by hand so the bytes are exact."""
import base64, quopri, random, zlib, struct, datetime, os, csv, html as htmlmod, hashlib
from email.utils import format_datetime

random.seed(20260309)
OUT = os.path.dirname(os.path.abspath(__file__))
HELP = "helpline@corvanehealth.com"
HELPN = "GoodTime Help Line <helpline@corvanehealth.com>"

# ------------------------------------------------------------------ basics
def dt(y, mo, d, h, mi, s=0, off="+0000"):
    sign = 1 if off[0] == "+" else -1
    tz = datetime.timezone(sign * datetime.timedelta(hours=int(off[1:3]), minutes=int(off[3:5])))
    return datetime.datetime(y, mo, d, h, mi, s, tzinfo=tz)

def dstr(t):
    return format_datetime(t)

def rhex(n):
    return "".join(random.choice("0123456789abcdef") for _ in range(n))

def rb64(n):
    return base64.b64encode(bytes(random.getrandbits(8) for _ in range(n))).decode()

def ralnum(n, up=True):
    a = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789" if up else "abcdefghijklmnopqrstuvwxyz0123456789"
    return "".join(random.choice(a) for _ in range(n))

def b64lines(b, width=76):
    s = base64.b64encode(b).decode()
    return "\n".join(s[i:i + width] for i in range(0, len(s), width)) + "\n"

def pycs(cs):
    return {"windows-1252": "cp1252", "iso-8859-1": "latin-1", "iso-8859-15": "iso8859_15",
            "utf-8": "utf-8", "us-ascii": "ascii"}.get(cs.lower(), cs)

# ------------------------------------------------------------------ header encoding
def ew_b(s, cs="utf-8"):
    return "=?%s?B?%s?=" % (cs, base64.b64encode(s.encode(pycs(cs))).decode())

def ew_q(s, cs="utf-8"):
    out = []
    for byte in s.encode(pycs(cs)):
        c = chr(byte)
        if c == " ":
            out.append("_")
        elif c.isalnum() and byte < 128 or c in "!*+-/":
            out.append(c)
        else:
            out.append("=%02X" % byte)
    return "=?%s?Q?%s?=" % (cs, "".join(out))

def enc_words(s, kind="b", cs="utf-8", split=None):
    """Encode s as one or more encoded-words; split=int index cuts the text (may be mid-word)."""
    f = ew_b if kind == "b" else ew_q
    if split is None:
        return f(s, cs)
    return f(s[:split], cs) + "\n " + f(s[split:], cs)

def fold(s, width=76, first=9):
    """Fold an ASCII header value at spaces."""
    words = s.split(" ")
    lines, cur, lim = [], "", width - first
    for w in words:
        if cur and len(cur) + 1 + len(w) > lim:
            lines.append(cur)
            cur, lim = w, width - 1
        else:
            cur = (cur + " " + w) if cur else w
    lines.append(cur)
    return "\n ".join(lines)

def addr(name, email, mode="ascii"):
    """mode: ascii | quoted | b | q | b-latin1 | q-latin1 | raw8 | raw1252 | bare"""
    if mode == "bare" or not name:
        return email
    if mode == "ascii":
        assert name.isascii(), name
        if any(c in name for c in ',.()'):
            return '"%s" <%s>' % (name, email)
        return "%s <%s>" % (name, email)
    if mode == "quoted":
        return '"%s" <%s>' % (name, email)
    if mode in ("b", "q"):
        return "%s <%s>" % (enc_words(name, mode), email)
    if mode in ("b-latin1", "q-latin1"):
        return "%s <%s>" % (enc_words(name, mode[0], "iso-8859-1"), email)
    if mode == "raw8":
        return ('"%s" <%s>' % (name, email)).encode("utf-8")
    if mode == "raw1252":
        return ('"%s" <%s>' % (name, email)).encode("cp1252")
    raise ValueError(mode)

def subj(s, mode="ascii", split=None):
    if mode == "ascii":
        assert s.isascii(), s
        return fold(s)
    if mode in ("b", "q"):
        return enc_words(s, mode, "utf-8", split)
    if mode in ("b-latin1", "q-latin1"):
        return enc_words(s, mode[0], "iso-8859-1", split)
    if mode == "raw8":
        return s.encode("utf-8")
    if mode == "raw1252":
        return s.encode("cp1252")
    raise ValueError(mode)

# ------------------------------------------------------------------ MIME parts
class P:
    def __init__(self, ctype, headers, body, children=None, cte=None, charset=None, fname=None):
        self.ctype, self.headers, self.body = ctype, headers, body
        self.children, self.cte, self.charset, self.fname = children or [], cte, charset, fname

def enc_body(b, cte):
    if cte == "base64":
        return b64lines(b).encode()
    if cte == "quoted-printable":
        return quopri.encodestring(b, quotetabs=False)
    return b

def leaf(ctype, body, charset=None, cte="7bit", params="", disp=None, extra=None, fname=None):
    if isinstance(body, str):
        body = body.encode(pycs(charset or "utf-8"))
    ct = ctype
    if charset:
        ct += '; charset="%s"' % charset if random.random() < 0.5 else "; charset=%s" % charset
    if params:
        ct += params
    h = [("Content-Type", ct)]
    if cte:
        h.append(("Content-Transfer-Encoding", cte))
    if disp:
        h.append(("Content-Disposition", disp))
    h += extra or []
    return P(ctype, h, enc_body(body, cte), cte=cte, charset=charset, fname=fname)

def text(body, charset="utf-8", cte="quoted-printable", ctype="text/plain", params="", extra=None):
    return leaf(ctype, body, charset, cte, params=params, extra=extra)

def multi(sub, parts, boundary=None, preamble="This is a multi-part message in MIME format.", params=""):
    boundary = boundary or ("----=_NextPart_000_%s_%s.%s" % (rhex(4).upper(), rhex(8).upper(), rhex(8).upper()))
    h = [("Content-Type", 'multipart/%s;%s\n\tboundary="%s"' % (sub, params, boundary))]
    out = b""
    if preamble:
        out += preamble.encode() + b"\n\n"
    for p in parts:
        out += b"--" + boundary.encode() + b"\n" + render_headers(p.headers) + b"\n" + p.body
        if not p.body.endswith(b"\n"):
            out += b"\n"
    out += b"--" + boundary.encode() + b"--\n"
    return P("multipart/" + sub, h, out, children=parts)

def render_headers(h):
    out = b""
    for k, v in h:
        if isinstance(v, str):
            v = v.encode("utf-8")
        out += k.encode() + b": " + v + b"\n"
    return out

# ------------------------------------------------------------------ attachments
def png_bytes(w=64, h=36, seed=0):
    rnd = random.Random(seed)
    raw = b""
    base = (rnd.randint(180, 250), rnd.randint(180, 250), rnd.randint(180, 250))
    for y in range(h):
        raw += b"\x00"
        for x in range(w):
            if 6 < y < 12 and 4 < x < w - 10:
                raw += bytes((80, 40, 160))
            elif y > 20 and (x + y) % 9 == 0:
                raw += bytes((200, 30, 30))
            else:
                raw += bytes(base)

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))

def png_part(name="image001.png", seed=0, inline=False, cid=None):
    extra = [("Content-ID", "<%s>" % cid)] if cid else []
    disp = ('inline; filename="%s"' if inline else 'attachment; filename="%s"') % name
    return leaf('image/png', png_bytes(seed=seed), None, "base64", params='; name="%s"' % name,
                disp=disp, extra=extra, fname=name)

def pdf_bytes(title="Document"):
    content = "BT /F1 12 Tf 72 720 Td (%s) Tj ET" % title
    objs = ["<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += ("%d 0 obj\n%s\nendobj\n" % (i, o)).encode("latin-1")
    xref = len(out)
    out += ("xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)).encode()
    for o in offs:
        out += ("%010d 00000 n \n" % o).encode()
    out += ("trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)).encode()
    return out

def pdf_part(name, title):
    return leaf("application/pdf", pdf_bytes(title), None, "base64", params='; name="%s"' % name,
                disp='attachment; filename="%s"' % name, fname=name)

def tnef_part():
    b = struct.pack("<I", 0x223E9F78) + struct.pack("<H", 0x1234) + bytes(random.getrandbits(8) for _ in range(600))
    return leaf("application/ms-tnef", b, None, "base64", params='; name="winmail.dat"',
                disp='attachment; filename="winmail.dat"', fname="winmail.dat")

def ics_text(method, summary, start, end, organizer, attendee, partstat=None, uid=None, loc="Microsoft Teams Meeting", tzid="GMT Standard Time"):
    uid = uid or "040000008200E00074C5B7101A82E008000000%s" % rhex(40).upper()
    lines = ["BEGIN:VCALENDAR", "METHOD:%s" % method, "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
             "BEGIN:VEVENT"]
    if method == "REPLY":
        lines.append("ATTENDEE;PARTSTAT=%s:mailto:%s" % (partstat, attendee))
    else:
        lines.append("ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:%s" % attendee)
    lines += ["ORGANIZER:mailto:%s" % organizer, "SUMMARY;LANGUAGE=en-GB:%s" % summary,
              "DTSTART;TZID=%s:%s" % (tzid, start), "DTEND;TZID=%s:%s" % (tzid, end),
              "UID:%s" % uid, "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20260101T000000Z",
              "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0", "LOCATION;LANGUAGE=en-GB:%s" % loc,
              "END:VEVENT", "END:VCALENDAR"]
    return "\n".join(lines) + "\n"

# ------------------------------------------------------------------ trace headers
def received_chain(n, t, kind="o365", src_ip=None):
    """Return n Received headers, top (newest) first."""
    hops = []
    ut = lambda c: dstr(c.astimezone(datetime.timezone.utc))
    cur = t
    eur = random.choice(["eurprd03", "eurprd04", "eurprd08", "namprd12", "namprd05", "gbrp265"])
    srv = lambda: "%s%sMB%04d.%s.prod.outlook.com" % (random.choice(["AM9PR", "DB8PR", "LO4P", "PH0PR", "BN6PR", "MN2PR"]), random.choice(["03", "04", "12", "11"]), random.randint(1000, 9999), eur)
    v6 = lambda: "2603:10a6:%x:%x::%x" % (random.randint(16, 999), random.randint(16, 999), random.randint(1, 30))
    local = [
        lambda c: "from localhost (localhost [127.0.0.1])\n\tby mx1.corvanehealth.com (Postfix) with ESMTP id %s;\n\t%s" % (ralnum(10), ut(c)),
        lambda c: "from mx1.corvanehealth.com ([127.0.0.1])\n\tby localhost (filter01.corvanehealth.com [127.0.0.1]) (amavis, port 10024) with ESMTP\n\tid %s for <%s>; %s" % (ralnum(12, False), HELP, ut(c)),
        lambda c: "from filter01.corvanehealth.com ([10.20.4.%d])\n\tby mx1.corvanehealth.com with ESMTP id %s; %s" % (random.randint(2, 99), rhex(10).upper(), ut(c)),
        lambda c: "from mx1.corvanehealth.com (mx1.corvanehealth.com [10.20.%d.%d])\n\tby imap2.corvanehealth.com (Dovecot) with LMTP id %s\n\tfor <%s>; %s" % (
            random.randint(1, 200), random.randint(1, 200), rb64(12)[:16], HELP, ut(c)),
    ]
    if kind == "gmail":
        origin = [
            lambda c: "by 2002:a05:6000:%s with SMTP id %s;\n        %s" % (rhex(4), rb64(9)[:10], dstr(c)),
            lambda c: "from mail-wr1-f%d.google.com (mail-wr1-f%d.google.com [209.85.221.%d])\n\tby mx1.corvanehealth.com (Postfix) with ESMTPS id 4Z%s\n\tfor <%s>; %s" % (54, 54, 54, ralnum(8), HELP, ut(c)),
        ]
    elif kind.startswith("ext:"):
        _, host, ip = kind.split(":")
        origin = [
            lambda c: "from [10.%d.%d.%d] (unknown [10.%d.%d.%d])\n\tby %s (Postfix) with ESMTPSA id %s;\n\t%s" % (
                random.randint(0, 9), random.randint(0, 255), random.randint(1, 250), random.randint(0, 9), random.randint(0, 255), random.randint(1, 250), host, ralnum(10), dstr(c)),
            lambda c: "from %s (%s [%s])\n\tby mx1.corvanehealth.com (Postfix) with ESMTPS id 4Z%s\n\tfor <%s>; %s" % (host, host, ip, ralnum(8), HELP, ut(c)),
        ]
    elif kind == "plain":
        origin = [
            lambda c: "from app-forms-02.corvanehealth.local (app-forms-02.corvanehealth.local [10.30.2.%d])\n\tby relay.corvanehealth.com (Postfix) with ESMTP id %s\n\tfor <%s>; %s" % (random.randint(2, 250), ralnum(10), HELP, ut(c)),
            lambda c: "from relay.corvanehealth.com (relay.corvanehealth.com [10.20.1.%d])\n\tby mx1.corvanehealth.com (Postfix) with ESMTPS id 4Z%s\n\tfor <%s>; %s" % (random.randint(2, 250), ralnum(8), HELP, ut(c)),
        ]
    else:
        origin = [
            lambda c: "from %s\n ([fe80::%s:%s:%s:%s]) by %s\n ([fe80::%s:%s:%s:%s%%%d]) with mapi id 15.20.%d.%03d; %s" % (
                srv(), rhex(4), rhex(4), rhex(4), rhex(4), srv(), rhex(4), rhex(4), rhex(4), rhex(4), random.randint(3, 7), random.randint(8300, 8900), random.randint(0, 40), ut(c)),
            lambda c: "from %s (%s) by\n %s (%s) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s" % (
                srv(), v6(), srv(), v6(), random.randint(8300, 8900), random.randint(10, 40), ut(c)),
            lambda c: "from AS4P%03dCA%04d.EURP%03d.PROD.OUTLOOK.COM (%s) by\n %s (%s) with Microsoft SMTP Server\n (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d; %s" % (
                random.randint(100, 300), random.randint(1000, 9999), random.randint(100, 300), v6(), srv(), v6(), random.randint(8300, 8900), random.randint(10, 40), ut(c)),
            lambda c: "from mail-%s.outbound.protection.outlook.com\n (mail-%s.outbound.protection.outlook.com [40.107.%d.%d])\n\tby mx1.corvanehealth.com (Postfix) with ESMTPS id 4Z%s\n\tfor <%s>; %s" % (
                "am6eur05on2098", "am6eur05on2098", random.randint(1, 250), random.randint(1, 250), ralnum(8), HELP, ut(c)),
        ]
    # keep the last origin hop (arrival at mx1), drop earlier ones if n is small, then add local hops
    k = max(1, n - len(local))
    k = min(k, len(origin))
    pool = origin[-k:] + local[:max(0, n - k)]
    while len(pool) < n:
        pool.insert(0, origin[0])
    for i in range(n):
        cur = cur + datetime.timedelta(seconds=random.randint(0, 4))
        hops.append(("Received", pool[i](cur)))
    hops.reverse()
    return hops

def auth_headers(domain, dkim=True, arc=False, result="pass"):
    h = []
    sel = random.choice(["selector1", "selector2", "s2025", "google"])
    h.append(("Authentication-Results", "mx1.corvanehealth.com;\n\tdkim=%s (2048-bit key) header.d=%s header.i=@%s header.b=%s;\n\tspf=%s smtp.mailfrom=%s;\n\tdmarc=%s (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s" % (
        result, domain, domain, rb64(6)[:8], result, domain, result, domain)))
    if arc:
        h.append(("ARC-Seal", "i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b=%s" % fold_b64(rb64(256))))
        h.append(("ARC-Message-Signature", "i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector10001;\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\n bh=%s;\n b=%s" % (rb64(32), fold_b64(rb64(256)))))
        h.append(("ARC-Authentication-Results", "i=1; mx.microsoft.com 1; spf=pass\n smtp.mailfrom=%s; dmarc=pass action=none\n header.from=%s; dkim=pass header.d=%s; arc=none" % (domain, domain, domain)))
    if dkim:
        h.append(("DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;\n s=%s; h=From:Date:Subject:Message-ID:Content-Type:MIME-Version;\n bh=%s;\n b=%s" % (domain, sel, rb64(32), fold_b64(rb64(256)))))
    return h

def fold_b64(s, w=70):
    return "\n ".join(s[i:i + w] for i in range(0, len(s), w))

def mid(domain="corvanehealth.com", style="outlook"):
    if style == "outlook":
        return "<%s%s@%s.%s.prod.outlook.com>" % (random.choice(["AM9PR03MB", "DB8PR04MB", "LO4P265MB", "PH0PR12MB", "BN6PR11MB"]), "%04d%s" % (random.randint(1000, 9999), ralnum(10)), random.choice(["AM9PR03MB7391", "LO4P265MB6012", "PH0PR12MB5588"]), random.choice(["eurprd03", "gbrp265", "namprd12"]))
    if style == "gmail":
        return "<CA%s@mail.gmail.com>" % (rb64(40).replace("/", "_").replace("+", "-").rstrip("=")[:52])
    if style == "apple":
        return "<%s-%s-%s-%s-%s@%s>" % (rhex(8).upper(), rhex(4).upper(), rhex(4).upper(), rhex(4).upper(), rhex(12).upper(), domain)
    return "<%s.%s@%s>" % (rhex(16), rhex(8), domain)

def thread_index():
    return base64.b64encode(bytes(random.getrandbits(8) for _ in range(22 + 5 * random.randint(0, 3)))).decode()

# ------------------------------------------------------------------ bodies
OUT_HTML_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=%s">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<!--[if !mso]><style>v\\:* {behavior:url(#default#VML);}
o\\:* {behavior:url(#default#VML);}
w\\:* {behavior:url(#default#VML);}
.shape {behavior:url(#default#VML);}
</style><![endif]--><style><!--
/* Font Definitions */
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}
@font-face
	{font-family:Aptos;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;
	mso-ligatures:standardcontextual;
	mso-fareast-language:EN-US;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:#0563C1;
	text-decoration:underline;}
span.EmailStyle17
	{mso-style-type:personal-compose;
	font-family:"Calibri",sans-serif;
	color:windowtext;}
.MsoChpDefault
	{mso-style-type:export-only;
	font-size:10.0pt;
	mso-ligatures:none;}
@page WordSection1
	{size:612.0pt 792.0pt;
	margin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1
	{page:WordSection1;}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--><!--[if gte mso 9]><xml>
<o:shapelayout v:ext="edit">
<o:idmap v:ext="edit" data="1" />
</o:shapelayout></xml><![endif]-->
</head>
<body lang="%s" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
"""

def esc(s):
    return htmlmod.escape(s, quote=False)

def mso_paras(txt, small=False):
    out = []
    for line in txt.split("\n"):
        if line.strip() == "":
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        else:
            l = esc(line)
            if small:
                out.append('<p class="MsoNormal"><span style="font-size:8.0pt;color:#7F7F7F">%s<o:p></o:p></span></p>' % l)
            else:
                out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % l)
    return "\n".join(out)

QHDR = {
    "en": ("From:", "Sent:", "To:", "Cc:", "Subject:"),
    "de": ("Von:", "Gesendet:", "An:", "Cc:", "Betreff:"),
    "es": ("De:", "Enviado el:", "Para:", "CC:", "Asunto:"),
    "fr": ("De :", "Envoyé :", "À :", "Cc :", "Objet :"),
    "pt": ("De:", "Enviada:", "Para:", "Cc:", "Assunto:"),
}

def outlook_quote_plain(q, lang="en"):
    f, s, t, c, sj = QHDR[lang]
    out = "\n________________________________\n" if q.get("rule") else "\n"
    out += "%s %s\n%s %s\n%s %s\n" % (f, q["from"], s, q["sent"], t, q["to"])
    if q.get("cc"):
        out += "%s %s\n" % (c, q["cc"])
    out += "%s %s\n\n%s" % (sj, q["subject"], q["body"])
    return out

def outlook_quote_html(q, lang="en"):
    f, s, t, c, sj = QHDR[lang]
    rows = ["<b>%s</b> %s" % (f, esc(q["from"])), "<b>%s</b> %s" % (s, esc(q["sent"])), "<b>%s</b> %s" % (t, esc(q["to"]))]
    if q.get("cc"):
        rows.append("<b>%s</b> %s" % (c, esc(q["cc"])))
    rows.append("<b>%s</b> %s" % (sj, esc(q["subject"])))
    return ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
            '<p class="MsoNormal"><span lang="EN-US">' + "<br>\n".join(rows) + '<o:p></o:p></span></p>\n</div>\n'
            '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' + mso_paras(q["body"]))

def outlook_html(body, sig="", disc="", quotes=(), lang="en", charset="windows-1252", htmllang="EN-GB"):
    h = OUT_HTML_HEAD % (charset, htmllang)
    h += mso_paras(body) + "\n"
    if sig:
        h += mso_paras(sig) + "\n"
    if disc:
        h += mso_paras(disc, small=True) + "\n"
    for q in quotes:
        h += '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' + outlook_quote_html(q, lang) + "\n"
    h += "</div>\n</body>\n</html>\n"
    return h

def outlook_plain(body, sig="", disc="", quotes=(), lang="en"):
    t = body + "\n"
    if sig:
        t += sig + "\n"
    if disc:
        t += "\n" + disc + "\n"
    for q in quotes:
        t += outlook_quote_plain(q, lang) + "\n"
    return t

def simple_html(txt, gmail=True):
    paras = txt.split("\n")
    if gmail:
        return '<div dir="ltr">' + "".join("<div>%s</div>" % (esc(p) if p.strip() else "<br>") for p in paras) + "</div>\n"
    return "<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\"></head><body dir=\"auto\">" + "<br>".join(esc(p) for p in paras) + "</body></html>\n"

def gmail_quote_plain(who, when, body, lang="en"):
    intro = {"en": "On %s, %s wrote:", "de": "Am %s schrieb %s:", "es": "El %s, %s escribió:",
             "fr": "Le %s, %s a écrit :", "pt": "No dia %s, %s escreveu:"}[lang] % (when, who)
    return intro + "\n\n" + "\n".join(("> " + l) if l else ">" for l in body.split("\n"))

def gmail_quote_html(who, when, body, lang="en"):
    intro = {"en": "On %s, %s wrote:", "de": "Am %s schrieb %s:", "es": "El %s, %s escribió:",
             "fr": "Le %s, %s a écrit :", "pt": "No dia %s, %s escreveu:"}[lang] % (when, esc(who))
    return ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>\n'
            % (intro, "<br>".join(esc(l) for l in body.split("\n"))))

# ------------------------------------------------------------------ message assembly
RECORDS = []

def walk(p):
    yield p
    for c in p.children:
        yield from walk(c)

def auto_tags(part, top):
    tags = []
    if part.ctype == "text/html":
        tags.append("html-only")
    if part.ctype == "multipart/alternative" or any(c.ctype == "multipart/alternative" for c in walk(part)):
        tags.append("multipart-alt")
    for c in walk(part):
        if c.cte == "base64" and c.ctype.startswith("text/"):
            tags.append("base64-%s" % (c.charset or "?").lower())
        if c.cte == "quoted-printable":
            tags.append("qp-%s" % (c.charset or "?").lower())
        if c.cte == "8bit" and c.charset and c.charset.lower() != "us-ascii":
            tags.append("8bit-%s" % c.charset.lower())
        if c.fname:
            tags.append("att-" + c.fname.rsplit(".", 1)[-1].lower())
        if c.ctype == "text/calendar":
            tags.append("text-calendar")
    return tags

def build(n, cat, actions, article, lang, notes, *, frm, subject, date, part, to=HELPN, cc=None,
          msgid="outlook", msgdom="corvanehealth.com", client=None, received=0, rkind="o365",
          auth=None, arc=False, extra=(), pre=(), inreply=None, eol="\r\n", tags=(), mime_first=False,
          reply_to=None):
    hdr = []
    if received:
        hdr += received_chain(received, date + datetime.timedelta(seconds=random.randint(1, 40)), rkind)
    hdr += list(pre)
    if auth:
        hdr += auth_headers(auth, dkim=True, arc=arc)
    hdr.append(("From", frm))
    if reply_to:
        hdr.append(("Reply-To", reply_to))
    hdr.append(("To", to))
    if cc:
        hdr.append(("Cc", cc))
    hdr.append(("Subject", subject))
    tg = []
    if client == "outlook":
        if isinstance(subject, str) and "=?" not in subject:
            hdr.append(("Thread-Topic", subject))
        hdr.append(("Thread-Index", thread_index()))
    hdr.append(("Date", dstr(date)))
    if msgid == "none":
        tg.append("no-message-id")
    elif msgid == "bare":
        hdr.append(("Message-ID", mid(msgdom, "other")[1:-1]))
        tg.append("message-id-no-brackets")
    else:
        hdr.append(("Message-ID", mid(msgdom, msgid)))
    if inreply:
        r = "<%s@%s>" % (rhex(20), msgdom)
        hdr.append(("References", r))
        hdr.append(("In-Reply-To", r))
    if client == "outlook":
        hdr += [("Accept-Language", "en-GB, en-US"), ("Content-Language", {"en": "en-GB", "de": "de-DE", "es": "es-ES", "fr": "fr-FR", "pt": "pt-PT"}[lang]),
                ("X-MS-Has-Attach", "yes" if part.ctype == "multipart/mixed" else ""), ("X-MS-TNEF-Correlator", "")]
    hdr += list(extra)
    if mime_first:
        hdr.append(("MIME-Version", "1.0"))
        hdr += part.headers
    else:
        hdr += part.headers
        hdr.append(("MIME-Version", "1.0"))
    raw = render_headers(hdr) + b"\n" + part.body
    if eol == "\r\n":
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    tg = auto_tags(part, hdr) + tg
    if received:
        tg.append("received-x%d" % received)
    if auth:
        tg.append("dkim-auth" + ("-arc" if arc else ""))
    if eol == "\n":
        tg.append("lf-only")
    tg += list(tags)
    fname = "a-%03d.eml" % n
    with open(os.path.join(OUT, fname), "wb") as f:
        f.write(raw)
    RECORDS.append(dict(file=fname, category=cat, actions=actions, article=article, language=lang,
                        format=";".join(dict.fromkeys(tg)), notes=notes))

# ------------------------------------------------------------------ signatures and disclaimers
DISC_EN = ("CONFIDENTIALITY NOTICE: This e-mail and any attachments are CONFIDENTIAL and may contain personal or "
           "protected health information. They are intended solely for the addressee. If you have received this "
           "e-mail in error, please notify the sender immediately and delete it from your system; any use, "
           "disclosure or copying is prohibited. This mailbox is not monitored for URGENT clinical matters - "
           "patients should call their clinic or, in an emergency, 999 / 911.\n"
           "Corvane Health Partners Ltd, registered in England and Wales no. 09876543. Registered office: "
           "14 Finsbury Avenue, London EC2M 2PF.")
DISC_US = ("CONFIDENTIALITY NOTICE: The information contained in this message, including any attachments, is "
           "CONFIDENTIAL and may be legally privileged or contain Protected Health Information (PHI) subject to HIPAA. "
           "If you are not the intended recipient, or received this message in error, please notify the sender "
           "immediately by reply e-mail and destroy all copies. Unauthorized review, use or distribution is strictly prohibited.")
DISC_DE = ("Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der "
           "richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den "
           "Absender und vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe "
           "dieser Mail ist nicht gestattet.\n"
           "Corvane Health Partners GmbH | Sitz: Hamburg | Amtsgericht Hamburg HRB 154321 | Geschäftsführer: Dr. Henrik Albers, Mareike Sönksen")
DISC_ES = ("AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos son CONFIDENCIALES y pueden contener datos de salud "
           "protegidos. Si lo ha recibido por error, le rogamos que lo comunique inmediatamente al remitente y proceda "
           "a su eliminación. En cumplimiento del RGPD, le informamos de que sus datos son tratados por Corvane Health "
           "Partners España, S.L. (B-87654321), C/ de Alcalá 210, 28028 Madrid.")
DISC_FR = ("Ce message et toutes les pièces jointes sont CONFIDENTIELS et établis à l'intention exclusive de leurs "
           "destinataires. Si vous avez reçu ce message par erreur, merci d'en avertir immédiatement l'expéditeur et de "
           "le détruire. Toute utilisation ou diffusion non autorisée est interdite.\n"
           "Corvane Health Partners France SAS - 42 rue de la République, 69002 Lyon - RCS Lyon 912 345 678")
DISC_PT = ("AVISO DE CONFIDENCIALIDADE: Esta mensagem e os seus anexos são CONFIDENCIAIS e destinam-se exclusivamente "
           "ao(s) destinatário(s). Se recebeu esta mensagem por erro, por favor informe imediatamente o remetente e "
           "apague-a. Corvane Health Partners Portugal, Lda. - NIPC 515 123 456 - Av. da Liberdade 110, 1250-146 Lisboa")
ENV = "Please consider the environment before printing this e-mail."

def sig(name, role, org, phone=None, extra=None):
    s = "\n%s\n%s\n%s" % (name, role, org)
    if phone:
        s += "\n" + phone
    if extra:
        s += "\n" + extra
    return s

# ------------------------------------------------------------------ client-style helpers
def outlook_part(body, sg="", disc="", quotes=(), lang="en", charset="windows-1252", cte="quoted-printable",
                 html_only=True, attach=(), htmllang="EN-GB"):
    h = text(outlook_html(body, sg, disc, quotes, lang, charset, htmllang), charset, cte, ctype="text/html")
    if html_only:
        core = h
    else:
        p = text(outlook_plain(body, sg, disc, quotes, lang), charset, cte)
        core = multi("alternative", [p, h], preamble="")
    if attach:
        return multi("mixed", [core] + list(attach))
    return core

def gmail_part(body, quote=None, lang="en", charset="UTF-8", cte="quoted-printable", attach=()):
    b = "000000000000" + rhex(16)
    pt = body + ("\n\n" + gmail_quote_plain(*quote, lang=lang) if quote else "")
    ht = simple_html(body) + (gmail_quote_html(*quote, lang=lang) if quote else "")
    core = multi("alternative", [text(pt, charset, cte), text(ht, charset, cte, ctype="text/html")], boundary=b, preamble="")
    if attach:
        return multi("mixed", [core] + list(attach), boundary="000000000000" + rhex(16), preamble="")
    return core

def apple_part(body, charset="utf-8", cte="quoted-printable", html=False, attach=()):
    b = "Apple-Mail-%s-%s-%s-%s-%s" % (rhex(8).upper(), rhex(4).upper(), rhex(4).upper(), rhex(4).upper(), rhex(12).upper())
    p = text(body, charset, cte)
    if html:
        core = multi("alternative", [p, text(simple_html(body, False), charset, cte, ctype="text/html")], boundary=b, preamble="")
    else:
        core = p
    if attach:
        return multi("mixed", [core] + list(attach), boundary="Apple-Mail-" + rhex(8).upper(), preamble="")
    return core

def form_body(fields, intro, outro):
    w = max(len(k) for k, _ in fields)
    return intro + "\n\n" + "\n".join("%s: %s" % (k.ljust(w), v) for k, v in fields) + "\n\n" + outro + "\n"

FORM_EXTRA = [("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"), ("Precedence", "bulk")]
OL_IPHONE = [("X-Mailer", "iPhone Mail (22D82)")]
MSGS = []

def M(f):
    MSGS.append(f)
    return f

# ================================================================== ENGLISH QUESTIONS (article answers)
@M
def q_en_support_hours(n):
    body = ("Hi team,\n\n"
            "We are about to move two of our recruiting coordinators at the Phoenix contact centre onto the late rota "
            "(they'll be covering 6pm to 2am MST so we can get through the backlog of phone screens for the new patient "
            "access agents).\n\n"
            "If one of them gets stuck with GoodTime at, say, 11pm on a Saturday, is there actually anybody on the "
            "GoodTime side they can get hold of at that point, and how would they do it? Or do they just log it and wait "
            "for Monday morning? I'd like to put the right instructions in their shift handbook before they start on the 16th.\n\n"
            "Many thanks,")
    sg = sig("Marisol Vega", "Operations Manager | Patient Contact Centre", "Corvane Health Partners | 2150 E Camelback Rd, Phoenix, AZ 85016", "T: +1 602 555 0148 | M: +1 480 555 0192")
    build(n, "question", "auto_reply", "support-hours", "en", "availability out of office time, no word hours",
          frm=addr("Vega, Marisol", "marisol.vega@corvanehealth.com"), subject="Night shift coordinators - who do they contact?",
          date=dt(2026, 2, 10, 15, 42, 7, "-0700"), part=outlook_part(body, sg, DISC_US, htmllang="EN-US"),
          client="outlook", received=6, auth="corvanehealth.com", arc=True, tags=["disclaimer", "long-signature"])

@M
def q_en_contact_csm(n):
    body = ("Hello,\n\n"
            "I'm preparing for our quarterly people-systems review and would like to get half an hour with whoever looks "
            "after our account on the GoodTime side, to talk through how we schedule for the two new imaging centres "
            "opening in Q3 and whether our current set-up still makes sense.\n\n"
            "The person I used to deal with there has moved on and I no longer have anyone's details. What's the best way "
            "to get time in their diary? I'd rather not go through the general support queue for this.\n\n"
            "Kind regards\nVictoria")
    sg = sig("Victoria Hale", "VP, People", "Corvane Health Partners", "Head Office | 501 Commerce Street, Nashville, TN 37203", "Executive Assistant: Dana Whitfield, dana.whitfield@corvanehealth.com")
    build(n, "question", "auto_reply", "contact-csm", "en", "account contact without the letters CSM",
          frm=addr("Victoria Hale", "victoria.hale@corvanehealth.com"), subject="Who looks after our account at GoodTime?",
          date=dt(2026, 3, 3, 8, 5, 51, "-0600"), part=outlook_part(body, sg, DISC_US, html_only=False, htmllang="EN-US"),
          client="outlook", received=7, auth="corvanehealth.com", tags=["long-signature", "disclaimer"])

@M
def q_en_product_board(n):
    body = ("Hi,\n\n"
            "Our graduate intake panel came back from last week's assessment centre with a list of ideas for how GoodTime "
            "could handle group assessment days better (group exercise + 1:1s on the same day, that sort of thing).\n\n"
            "Rather than me sending them to you one at a time, is there a proper place where these are supposed to go so "
            "that GoodTime themselves actually see them? And is it true that other customers can vote on ideas there? "
            "Someone mentioned that in the coordinators' Teams chat but nobody knew where it lives.\n\n"
            "Thanks so much,\nAisha")
    sg = sig("Aisha Bello", "Graduate Programme Coordinator, People Team", "Corvane Health Partners UK", "+44 20 7946 0321")
    q = {"from": "Bello, Aisha", "sent": "Friday, January 23, 2026 4:12 PM", "to": "Graduates 2026 Panel",
         "subject": "Assessment centre 21 Jan - thank you!",
         "body": "Hi all,\n\nThank you for giving up your Wednesday for the assessment centre. Scores are now in the tracker; "
                 "please add any missing comments by Tuesday.\n\nAisha"}
    build(n, "question", "auto_reply", "product-board", "en", "where to post ideas; not itself a feature request",
          frm=addr("Bello, Aisha", "aisha.bello@corvanehealth.co.uk"), subject="FW: Assessment centre 21 Jan - thank you!",
          date=dt(2026, 1, 27, 11, 18, 2, "+0000"), part=outlook_part(body, sg, DISC_EN, quotes=[q], charset="windows-1252"),
          client="outlook", received=5, msgdom="corvanehealth.co.uk", tags=["forwarded-outlook", "old-text-unrelated"])

@M
def q_en_templates(n):
    body = ("Hi,\n\n"
            "Bit of background first. We open the new outpatient clinic in Cardiff Bay on 4 May and I'm recruiting six "
            "healthcare assistants and two receptionists, so I'll be living in GoodTime for the next few weeks.\n\n"
            "Last week our coordinator set up the first batch of HCA interviews and I had to go in and change every single "
            "one: they came through as a single 45-minute interview, whereas we do a 30-minute values interview followed by "
            "a 30-minute practical (obs and hand hygiene) with the ward sister. Easy enough to fix for four candidates but "
            "not for forty.\n\n"
            "Is there a way to set this up once so that every HCA candidate automatically gets the two sessions with the "
            "right lengths, and who here is able to make that change? I don't want to break anything for the other clinics.\n\n"
            "Thanks\nGareth")
    sg = sig("Gareth Pryce", "Clinic Manager - Cardiff Bay Outpatients", "Corvane Health Partners UK", "Tel: 029 2018 0445 | Mob: 07700 900 418", ENV)
    q = {"from": "Fire Safety <fire.safety@corvanehealth.co.uk>", "sent": "12 March 2026 09:30", "to": "UK Clinic Managers",
         "subject": "Fire warden refresher - dates for April", "rule": True,
         "body": "Dear all,\n\nFire warden refresher sessions for April are on the 8th and 22nd (09:30-12:00, Teams). Please "
                 "make sure at least one warden per site attends and reply with names by 27 March.\n\nKind regards,\nEstates & Facilities"}
    build(n, "question", "auto_reply", "interview-templates", "en", "rambling, question in third paragraph; reply over unrelated thread",
          frm=addr("Pryce, Gareth", "gareth.pryce@corvanehealth.co.uk"), subject="RE: Fire warden refresher - dates for April",
          date=dt(2026, 3, 13, 12, 48, 33, "+0000"),
          part=outlook_part(body, sg, DISC_EN, quotes=[q], html_only=False),
          client="outlook", received=8, inreply=True, msgdom="corvanehealth.co.uk", auth="corvanehealth.co.uk",
          tags=["reply-on-top", "outlook-quote-block", "misleading-subject", "disclaimer"])

@M
def q_en_decline(n):
    body = ("one of my interviewers just declined tomorrows 10am for the sonographer role - do i have to rebook the "
            "candidate or can i just stick someone else in?? dont really want to mess her around again\n\n"
            "Sent from my iPhone")
    build(n, "question", "auto_reply", "interviewer-decline", "en", "terse lowercase, not live (tomorrow)",
          frm=addr("Jen Alvarez", "jennifer.alvarez@corvanehealth.com"), subject="interviewer declined",
          date=dt(2026, 4, 21, 18, 7, 40, "-0700"), part=apple_part(body, charset="us-ascii", cte="7bit"),
          msgid="apple", extra=OL_IPHONE, received=5, tags=["terse-lowercase", "mobile-signature"])

@M
def q_en_debrief(n):
    body = ("Good afternoon,\n\n"
            "Two things, sorry!\n\n"
            "1) Dr Sato would like a short wash-up meeting with the three interviewers straight after each of the consultant "
            "radiologist interviews next month, so they can agree scores while it's fresh. Can GoodTime book that for us as "
            "well, and how do I make sure the candidate doesn't end up getting an invitation to it? That would be mortifying.\n\n"
            "2) Completely unrelated, but does anyone know whether visitor car park passes for the Oxford Road site are still "
            "issued by Estates or do we do them ourselves now?\n\n"
            "Many thanks\nHelen")
    sg = sig("Helen Okafor", "Medical Secretary to Dr K. Sato, Consultant Radiologist", "Manchester Diagnostic Imaging Centre | Corvane Health Partners UK", "0161 496 0732 (ext. 2214)")
    build(n, "question", "auto_reply", "debrief-scheduling", "en", "two topics, second not GoodTime",
          frm=addr("Okafor, Helen", "helen.okafor@corvanehealth.co.uk"), subject="Consultant radiologist interviews - wash-up meeting",
          date=dt(2026, 2, 18, 14, 22, 9, "+0000"), part=outlook_part(body, sg, DISC_EN, charset="utf-8", cte="base64"),
          client="outlook", received=6, msgdom="corvanehealth.co.uk", tags=["two-topics"])

@M
def q_en_form_load(n):
    body = form_body([("Submitted by", "Nathan Cole"), ("Email", "nathan.cole@corvanehealth.com"), ("Job title", "Laboratory Operations Manager"),
                      ("Site", "Columbus Clinical Laboratory (OH)"), ("Topic", "GoodTime / interview scheduling"),
                      ("Priority", "Normal"),
                      ("Your question", "Our two senior lab scientists are being put on pretty much every phlebotomist interview and it's "
                                        "eating into bench time. Can we put a ceiling on how many interviews each of them gets in a week, "
                                        "and share them out with the rest of the team?")],
                     "A new request was submitted through the People Hub 'Ask the GoodTime help line' form.",
                     "--\nThis message was generated automatically by People Hub Forms. Do not reply to this address.\nRef: PHF-2026-004417")
    build(n, "question", "forward_support|needs_review", "interviewer-load-balancing", "en", "web-form mailer",
          frm=addr("People Hub Forms", "no-reply@forms.corvanehealth.com"), subject="[People Hub] New GoodTime question from Nathan Cole",
          date=dt(2026, 3, 24, 2, 13, 55, "+0000"), part=text(body, "us-ascii", "7bit"), msgid="other", msgdom="forms.corvanehealth.com", rkind="plain",
          extra=FORM_EXTRA, received=3, reply_to="nathan.cole@corvanehealth.com", tags=["form-mailer", "night"])

# ================================================================== ENGLISH QUESTIONS (no article)
@M
def q_en_sla_number(n):
    body = ("Hi,\n\n"
            "As part of the annual vendor risk review I'm updating the register entry for GoodTime. The template asks for "
            "the contractual response time for a Priority 1 / critical incident and for a normal ticket, expressed in hours.\n\n"
            "Could you let me have the actual figures we're entitled to (and where they're written down, e.g. the order form "
            "or an SLA schedule)? A general 'they respond quickly' won't satisfy Internal Audit, unfortunately.\n\n"
            "Best regards,\nRachel")
    sg = sig("Rachel Kim", "Senior Compliance Officer | Third-Party Risk", "Corvane Health Partners", "T +1 615 555 0117")
    build(n, "question", "forward_support", "none", "en", "needs contractual SLA figures, article only points to Help Center",
          frm=addr("Kim, Rachel", "rachel.kim@corvanehealth.com"), subject="Vendor risk register - GoodTime P1 response times",
          date=dt(2026, 1, 14, 10, 2, 44, "-0600"), part=outlook_part(body, sg, DISC_US, html_only=False, htmllang="EN-US"),
          client="outlook", received=6, auth="corvanehealth.com", tags=["resembles-support-hours"])

@M
def q_en_residency(n):
    body = ("Dear Help Line,\n\n"
            "We are refreshing the DPIA for our recruitment systems ahead of the ICO audit. For GoodTime specifically, can "
            "you confirm in which country or region candidate personal data (names, e-mail addresses, interview times and "
            "interviewer notes) is stored and processed, and whether any of it leaves the UK/EEA?\n\n"
            "If this sits with someone else please let me know who to ask.\n\n"
            "With thanks,\n\nFiona McAllister\nData Protection Officer (UK)\nInformation Governance | Corvane Health Partners UK\n"
            "dpo.uk@corvanehealth.co.uk")
    build(n, "question", "forward_support", "none", "en", "data residency, no article",
          frm=addr("McAllister, Fiona", "fiona.mcallister@corvanehealth.co.uk"), subject="GoodTime - data location (DPIA refresh)",
          date=dt(2026, 4, 2, 9, 11, 3, "+0100"), part=outlook_part(body, "", DISC_EN, charset="iso-8859-1"),
          client="outlook", received=5, msgdom="corvanehealth.co.uk", tags=["disclaimer"])

@M
def q_en_app(n):
    body = ("Quick one - is there a GoodTime app for phones? Our consultants are never at a desk and keep asking if they can "
            "see and accept their interview slots from their mobiles without opening Outlook.\n\n"
            "Cheers\nRavi\n\nGet Outlook for Android")
    build(n, "question", "forward_support", "none", "en", "mobile app, no article",
          frm=addr("Ravi Menon", "ravi.menon@corvanehealth.co.uk"), subject="GoodTime on mobiles?",
          date=dt(2026, 5, 6, 7, 51, 12, "+0100"), part=text(body, "us-ascii", "7bit"), msgid="outlook",
          received=5, tags=["mobile-signature"])

@M
def q_en_scim(n):
    body = ("Hi all,\n\n"
            "IT Service Desk here. We're tidying up joiner/mover/leaver automation and GoodTime is one of the apps still "
            "done by hand.\n\n"
            "Does GoodTime support SCIM user provisioning from Entra ID (Azure AD), so that leavers are removed automatically "
            "when their account is disabled? If not, what's the recommended way to deprovision - do we just rely on SSO "
            "failing, or does someone need to remove the user in GoodTime as well?\n\n"
            "Ticket ref for our side: INC0148823\n\nThanks,\nTom")
    sg = sig("Tom Brennan", "IT Service Desk Analyst II", "Corvane Health Partners | Technology Services", "Ext. 4410 | servicedesk@corvanehealth.com")
    build(n, "question", "forward_support", "none", "en", "provisioning; resembles permissions article but not answered",
          frm=addr("Brennan, Tom", "tom.brennan@corvanehealth.com"), subject="GoodTime user provisioning (SCIM?) [INC0148823]",
          date=dt(2026, 2, 25, 16, 37, 29, "-0600"),
          part=outlook_part(body, sg, DISC_US, html_only=False, charset="us-ascii", cte="7bit", htmllang="EN-US"),
          client="outlook", received=6, auth="corvanehealth.com", arc=True, tags=["resembles-permissions"])

@M
def q_en_spanish_emails(n):
    body = ("Hello,\n\n"
            "A lot of the candidates for our front desk and medical assistant roles at the San Antonio and El Paso clinics "
            "are much more comfortable in Spanish. Can GoodTime send the confirmation and reminder e-mails to those "
            "candidates in Spanish while everyone else keeps getting English? And if so, does someone have to translate "
            "the wording, or does it come built in?\n\n"
            "Thank you!\nDaniela")
    sg = sig("Daniela Reyes", "Talent Acquisition Partner - Texas Region", "Corvane Health Partners", "(210) 555-0164")
    build(n, "question", "forward_support", "none", "en", "candidate email language; resembles itinerary/reminders",
          frm=addr("Reyes, Daniela", "daniela.reyes@corvanehealth.com"), subject="Candidate emails in Spanish?",
          date=dt(2026, 3, 17, 13, 3, 18, "-0500"), part=gmail_part(body + "\n" + sg),
          msgid="outlook", received=5, tags=["resembles-reminders"])

# ================================================================== ENGLISH BUGS
@M
def b_en_dst(n):
    body = ("Hi both,\n\n"
            "Quick question - since the clocks went forward on Sunday, the itineraries going out to candidates for our "
            "London and Reading interviews are showing the wrong time. The calendar invites to the interviewers are right "
            "(e.g. 10:00) but the candidate's itinerary e-mail says 09:00. Two candidates turned up an hour early on Monday "
            "and one this morning.\n\n"
            "It's happening on everything I've scheduled since Sunday as far as I can tell; I've checked the candidates' "
            "time zones and they're all Europe/London. Examples: candidate IDs 88213 and 88240, job REQ-UK-1187 "
            "(Practice Nurse, Marylebone).\n\n"
            "Could someone look into this please? For now I'm ringing every candidate to confirm.\n\n"
            "Thanks,\nPriya")
    sg = sig("Priya Raman", "Senior Talent Coordinator | People Team", "Corvane Health Partners UK | 14 Finsbury Avenue, London EC2M 2PF", "+44 20 7946 0876", ENV)
    build(n, "bug", "forward_support", "", "en", "misleading 'quick question' subject over a bug",
          frm=addr("Raman, Priya", "priya.raman@corvanehealth.co.uk"), subject="Quick question",
          cc=addr("Omar Haddad", "omar.haddad@corvanehealth.com"),
          date=dt(2026, 4, 1, 10, 26, 8, "+0100"), part=outlook_part(body, sg, DISC_EN),
          client="outlook", received=7, msgdom="corvanehealth.co.uk", auth="corvanehealth.co.uk", tags=["misleading-subject", "disclaimer"])

@M
def b_en_reminders(n):
    body = ("Hello,\n\n"
            "None of the candidates booked for yesterday's patient contact agent interviews (Glasgow, 12 candidates) got "
            "their reminder the day before. Three didn't show up, and the two I managed to reach said they never got "
            "anything from us after the first confirmation. I checked the e-mail addresses in the ATS and they're fine, "
            "and the confirmations did arrive, so it's only the reminders.\n\n"
            "Screenshot of the interview log attached - you can see the confirmation sent but nothing after it.\n\n"
            "This isn't urgent for today but we have another 20 booked for next Thursday.\n\n"
            "Kind regards,\nLeanne")
    sg = sig("Leanne Fraser", "Recruitment Coordinator - Patient Contact Centre", "Corvane Health Partners UK | 110 Queen Street, Glasgow G1 3BX", "0141 496 0158")
    build(n, "bug", "forward_support", "", "en", "reminders not sent, with screenshot",
          frm=addr("Fraser, Leanne", "leanne.fraser@corvanehealth.co.uk"), subject="Reminder emails not going out to candidates",
          date=dt(2026, 1, 20, 9, 14, 0, "+0000"),
          part=outlook_part(body, sg, DISC_EN, html_only=False, attach=[png_part("image001.png", seed=3)]),
          client="outlook", received=6, msgdom="corvanehealth.co.uk", tags=["screenshot"])

@M
def b_en_calsync_org(n):
    body = ("Hello,\n\n"
            "Since Monday morning GoodTime has not been able to read anybody's availability across the UK business. Every "
            "interviewer at every UK site (London, Manchester, Leeds, Birmingham, Glasgow, Cardiff) shows as completely free, "
            "so GoodTime is happily offering slots that clash with clinics and theatre lists. Coordinators have been checking "
            "every slot by hand in Outlook for three days and two interviews were booked on top of consultants' outpatient "
            "clinics yesterday.\n\n"
            "Our IT team confirm nothing has changed on the Exchange side. Individual users have tried reconnecting their "
            "calendar and it makes no difference. The US sites seem fine.\n\n"
            "This affects about 140 interviewers and all 11 UK coordinators, and we have the spring nursing campaign starting "
            "on the 16th. Please treat this as a priority and let me know who is picking it up.\n\n"
            "Regards,\nClaire")
    sg = sig("Claire Dunmore", "Head of People Operations, UK & Ireland", "Corvane Health Partners UK", "M: +44 7700 900 233")
    build(n, "bug", "forward_support+flag_csm", "", "en", "high impact: org-wide calendar sync failure",
          frm=addr("Dunmore, Claire", "claire.dunmore@corvanehealth.co.uk"), subject="GoodTime calendar availability broken for ALL UK users since Monday",
          cc=addr("Victoria Hale", "victoria.hale@corvanehealth.com") + ",\n " + addr("Omar Haddad", "omar.haddad@corvanehealth.com"),
          date=dt(2026, 3, 11, 17, 55, 41, "+0000"), part=outlook_part(body, sg, DISC_EN),
          client="outlook", received=8, msgdom="corvanehealth.co.uk", auth="corvanehealth.co.uk", arc=True,
          extra=[("Importance", "high"), ("X-Priority", "1")], tags=["high-impact", "long-subject"])

@M
def b_en_zoom(n):
    body = ("Hi there,\n\n"
            "Since Tuesday the interviews I schedule for the Phoenix imaging centre aren't getting a Zoom link. The "
            "interview is set to video, the candidate confirmation just says 'Video call - details to follow' and the "
            "interviewer invites have no link at all. Interviews scheduled last week still have their links.\n\n"
            "I've been creating links by hand and pasting them in, which works but is slow. Nothing is happening today, "
            "first one affected is Monday. Screenshot attached.\n\n"
            "Thanks!\nKayla\n\n--\nKayla Brooks\nRecruiting Coordinator | Diagnostic Imaging\nCorvane Health Partners - Phoenix, AZ")
    build(n, "bug", "forward_support", "", "en", "video links not generated",
          frm=addr("Kayla Brooks", "kayla.brooks@corvanehealth.com"), subject="No Zoom link on new interviews",
          date=dt(2026, 4, 9, 14, 31, 2, "-0700"), part=gmail_part(body, attach=[png_part("Screenshot 2026-04-09 at 2.27.41 PM.png", seed=5)]),
          msgid="gmail", received=6, rkind="gmail", auth="corvanehealth.com", tags=["screenshot"])

@M
def b_en_500(n):
    body = ("THE SCHEDULING PAGE HAS BEEN GIVING ME AN ERROR ALL MORNING. I click on a candidate, click schedule, and get "
            "'Something went wrong (500)'. Tried Chrome and Edge, cleared cache, logged out and in. Same thing.\n\n"
            "I have 9 candidates for the pharmacy technician roles waiting to be scheduled and I can't do ANY of them. "
            "Nothing is booked for today so I'm not stuck with someone waiting, but this is really holding me up.\n\n"
            "Bethany")
    sg = sig("Bethany Cross", "Recruiter - Pharmacy & Retail Health", "Corvane Health Partners | Nashville, TN", "615-555-0129")
    build(n, "bug", "forward_support", "", "en", "angry capitals, error 500",
          frm=addr("Cross, Bethany", "bethany.cross@corvanehealth.com"), subject="error on scheduling page AGAIN",
          date=dt(2026, 2, 3, 11, 47, 19, "-0600"), part=outlook_part(body, sg, DISC_US, htmllang="EN-US"),
          client="outlook", received=5, tags=["angry-capitals"])

@M
def b_en_wrong_candidate(n):
    body = ("Hello,\n\n"
            "I'm sorry to be raising this for the third time. Today a candidate for a phlebotomist role in Columbus "
            "received an itinerary that contained another candidate's name, interview times and phone number. This is the "
            "same problem we reported on 13 January (GoodTime ticket #48210) and again on 2 February (#49377); both were "
            "closed as fixed.\n\n"
            "This is now a reportable privacy incident on our side and Compliance (copied) are logging it. We need to know "
            "urgently how many candidates may have received someone else's details since January and what GoodTime are "
            "doing to stop it recurring. Until then the lab recruiting team have stopped sending itineraries from GoodTime "
            "altogether.\n\n"
            "Best,\nSamantha")
    sg = sig("Samantha Doyle", "HR Business Partner - Clinical Laboratories", "Corvane Health Partners | 4400 Easton Way, Columbus, OH 43219", "Office 614-555-0186 | Mobile 614-555-0107")
    q = {"from": "Doyle, Samantha", "sent": "Monday, February 2, 2026 3:05 PM", "to": "helpline@corvanehealth.com",
         "subject": "Candidate received wrong itinerary (again)",
         "body": "Hi, it's happened again - ticket raised with GoodTime #49377. Can you chase?\nSamantha"}
    build(n, "bug", "forward_support+flag_csm", "", "en", "high impact: recurring privacy leak",
          frm=addr("Doyle, Samantha", "samantha.doyle@corvanehealth.com"), subject="RE: Candidate received wrong itinerary (again) - THIRD occurrence",
          cc=addr("Rachel Kim", "rachel.kim@corvanehealth.com"),
          date=dt(2026, 3, 5, 16, 12, 50, "-0500"), part=outlook_part(body, sg, DISC_US, quotes=[q], html_only=False, htmllang="EN-US"),
          client="outlook", received=7, inreply=True, auth="corvanehealth.com", tags=["high-impact", "reply-on-top", "recurring"])

@M
def b_en_debrief_candidate(n):
    body = ("Hi,\n\n"
            "Heads up - the debrief for the Clinical Lead candidate (Leeds, REQ-UK-1203) went to the candidate as well as "
            "the panel. It was set up as internal only, same as always. The candidate was very gracious about it but "
            "obviously not great. Debriefs for other roles I set up this week look OK, so I don't know if this is a one-off.\n\n"
            "Omar\n\n"
            "-----Original Message-----\n"
            "From: Haddad, Omar\n"
            "Sent: 09 February 2026 08:12\n"
            "To: UK Coordinators <uk.coordinators@corvanehealth.co.uk>\n"
            "Subject: Coordinator stand-up moved to 09:30\n\n"
            "Morning all, stand-up is at 09:30 today as I'm on the train. Same Teams link.\n"
            "O.")
    build(n, "bug", "forward_support", "", "en", "debrief invite reached candidate",
          frm=addr("Haddad, Omar", "omar.haddad@corvanehealth.com"), subject="RE: Coordinator stand-up moved to 09:30",
          date=dt(2026, 2, 12, 13, 40, 11, "+0000"), part=text(body, "us-ascii", "7bit"),
          received=5, inreply=True, tags=["original-message-quote", "misleading-subject"])

@M
def b_en_room(n):
    body = ("Dear Help Line,\n\n"
            "GoodTime says it has booked Meeting Room 2 at the Birmingham Edgbaston clinic for the receptionist interviews "
            "next Wednesday (three candidates, 10:00, 11:00 and 14:00), and the confirmation to the candidates names the room, "
            "but the room's own calendar in Outlook shows nothing for that day, so Facilities have now given it to a "
            "training session.\n\n"
            "I have rebooked the room manually for now. Could you let GoodTime know so it doesn't happen for the next round?\n\n"
            "Kind regards,\n\nPauline Hurst\nMedical Secretary / Office Coordinator\nBirmingham Edgbaston Outpatients\n"
            "Corvane Health Partners UK\n0121 496 0311")
    build(n, "bug", "forward_support", "", "en", "room booking not on room calendar; winmail.dat",
          frm=addr("Hurst, Pauline", "pauline.hurst@corvanehealth.co.uk"), subject="Room booking not showing on room calendar",
          date=dt(2026, 5, 14, 15, 9, 37, "+0100"),
          part=multi("mixed", [text(body + "\n\n" + DISC_EN, "windows-1252", "quoted-printable"), tnef_part()]),
          client="outlook", received=6, msgdom="corvanehealth.co.uk", tags=["winmail-dat", "disclaimer"])

@M
def b_en_form_link(n):
    body = form_body([("Number", "INC0151902"), ("Caller", "Grace Whitaker (grace.whitaker@corvanehealth.com)"),
                      ("Location", "Nashville HQ - 501 Commerce St, Floor 6"), ("Category", "Software > Recruiting > GoodTime"),
                      ("Impact", "3 - Low"), ("Urgency", "3 - Low"),
                      ("Short description", "Availability request link says expired straight away"),
                      ("Description", "When I send a candidate an availability request from GoodTime, the candidate clicks the "
                                      "link within minutes and gets 'This link has expired'. Happened with 3 candidates for the "
                                      "billing specialist role (REQ-US-4471) since yesterday. Self-scheduling links still work.")],
                     "Incident INC0151902 has been assigned to group 'GoodTime Help Line'.",
                     "To view this incident, log in to the Technology Services portal.\n\nThis is an automated message from Corvane Technology Services. Please do not reply.")
    build(n, "bug", "forward_support|needs_review", "", "en", "ticket-form mailer relaying a bug",
          frm=addr("Corvane Technology Services", "noreply@corvanehealth.service-now.com"), subject="Incident INC0151902 assigned to GoodTime Help Line",
          date=dt(2026, 3, 26, 19, 2, 7, "-0500"), part=text(body, "utf-8", "quoted-printable"), msgid="bare",
          msgdom="corvanehealth.service-now.com", rkind="ext:corvanehealth.service-now.com:149.96.7.21", extra=FORM_EXTRA + [("X-ServiceNow-Source", "Notification-assign")], received=4,
          tags=["form-mailer"])

@M
def b_en_ats_sync(n):
    body = ("Hi,\n\n"
            "Different subject from the thread below, sorry - I just hit reply on the wrong e-mail.\n\n"
            "I'm the hiring manager for two Finance Analyst roles. Interviews I've booked through GoodTime over the last "
            "week aren't appearing on the candidates' records in the ATS, so the rest of the panel can't see anything and "
            "keep asking me when the interviews are. Earlier interviews (January) are there. Candidates are definitely in "
            "the 'Interview' stage. Job: REQ-US-4398, e.g. candidate 90117.\n\n"
            "Thanks,\nKevin")
    sg = sig("Kevin Marsh", "Finance Manager, Financial Planning & Analysis", "Corvane Health Partners | Nashville, TN", "615-555-0150")
    q = {"from": "Accounts Payable <ap@corvanehealth.com>", "sent": "Thursday, February 19, 2026 10:41 AM", "to": "Marsh, Kevin",
         "subject": "Expense claim EXP-20931 - missing receipt",
         "body": "Hi Kevin,\n\nYour expense claim EXP-20931 (Chicago, HFMA conference) is missing the hotel receipt. Please "
                 "attach it in Concur by the 27th so it can go in the March payroll.\n\nThanks,\nAccounts Payable"}
    build(n, "bug", "forward_support", "", "en", "ATS sync failure; reply over unrelated finance thread",
          frm=addr("Marsh, Kevin", "kevin.marsh@corvanehealth.com"), subject="RE: Expense claim EXP-20931 - missing receipt",
          date=dt(2026, 2, 24, 8, 3, 26, "-0600"), part=outlook_part(body, sg, DISC_US, quotes=[q], htmllang="EN-US"),
          client="outlook", received=6, inreply=True, tags=["reply-on-top", "old-text-unrelated", "misleading-subject"])

# ================================================================== ENGLISH SCHEDULING BLOCKERS
@M
def k_en_lobby(n):
    body = ("URGENT - candidate for the radiographer post is sitting in our reception right now for a 2pm interview. "
            "GoodTime is showing the interview as cancelled but nobody cancelled it, and neither of the two interviewers has "
            "it in their calendar any more. The candidate has her confirmation email on her phone. Can someone tell me what "
            "happened and how I get it back so the panel gets the invite? Interviewers are on site and could do it now.\n\n"
            "Joanne Pike\nClinic Administrator, Manchester Diagnostic Imaging\n0161 496 0700\n\nSent from my iPhone")
    build(n, "scheduling_blocker", "forward_support", "", "en", "candidate waiting in reception",
          frm=addr("Joanne Pike", "joanne.pike@corvanehealth.co.uk"), subject="URGENT candidate in reception - interview shows cancelled",
          date=dt(2026, 4, 14, 14, 3, 55, "+0100"), part=apple_part(body, cte="7bit", charset="us-ascii"),
          msgid="apple", msgdom="corvanehealth.co.uk", extra=OL_IPHONE, received=6, tags=["mobile-signature"])

@M
def k_en_teams_link(n):
    body = ("Hello,\n\n"
            "The final-round panel for the Chief Nursing Officer role starts at 10:30 Central - 15 minutes from now. Dr. "
            "Lawson (CMO), two board members and the candidate are all joining remotely and there is NO Teams link on any of "
            "the invites or on the candidate's confirmation. The interview was rescheduled yesterday afternoon in GoodTime "
            "and the link seems to have disappeared then.\n\n"
            "I need a working link to every participant right now. Please call me on my cell if that is faster: 615-555-0133.\n\n"
            "Thank you,\nDana")
    sg = sig("Dana Whitfield", "Executive Assistant to the Chief Medical Officer", "Corvane Health Partners | 501 Commerce Street, Nashville, TN 37203", "O: 615-555-0132 | C: 615-555-0133")
    build(n, "scheduling_blocker", "forward_support", "", "en", "panel in 15 min, no video link",
          frm=addr("Whitfield, Dana", "dana.whitfield@corvanehealth.com"), subject="CNO panel in 15 MIN - no Teams link",
          date=dt(2026, 3, 19, 10, 15, 2, "-0500"),
          part=outlook_part(body, sg, DISC_US, htmllang="EN-US", attach=[leaf("text/calendar", ics_text("REQUEST", "Final interview - Chief Nursing Officer", "20260319T103000", "20260319T120000", "dana.whitfield@corvanehealth.com", "helpline@corvanehealth.com", tzid="Central Standard Time", loc="TBC"), "utf-8", "base64", params='; method=REQUEST; name="invite.ics"', disp='attachment; filename="invite.ics"', fname="invite.ics")]),
          client="outlook", received=7, auth="corvanehealth.com", arc=True,
          extra=[("Importance", "high"), ("X-Priority", "1"), ("X-MSMail-Priority", "High")], tags=["disclaimer"])

@M
def k_en_sick(n):
    body = ("Hi - need help fast please.\n\n"
            "Sister Adeyemi has gone home sick and she's on the 2pm panel for the Staff Nurse candidate (Leeds Outpatients, "
            "candidate ID 88571). It's 13:32 now. When I try to swap her for Charge Nurse Whitley in GoodTime I get "
            "'Unable to update interview. Please try again later.' every time. Whitley is free and happy to do it. The "
            "candidate is already on the train.\n\n"
            "Can someone get this swapped before 2 so Whitley gets the invite and the itinerary is right?\n\n"
            "Hannah\n\n"
            "Hannah Lowe | Recruitment Coordinator | Corvane Health Partners UK | Leeds\n07700 900 561")
    build(n, "scheduling_blocker", "forward_support", "", "en", "swap fails, panel in 30 minutes",
          frm=addr("Lowe, Hannah", "hannah.lowe@corvanehealth.co.uk"), subject="Interviewer swap failing - panel at 2pm today",
          date=dt(2026, 5, 20, 13, 32, 41, "+0100"), part=outlook_part(body, "", DISC_EN, html_only=False, charset="utf-8", cte="quoted-printable"),
          client="outlook", received=6, msgdom="corvanehealth.co.uk", tags=["disclaimer"])

@M
def k_en_terse(n):
    body = "interview in 10 min and the candidate cant open the link, says page not found. help\n\nSent from my iPhone"
    build(n, "scheduling_blocker", "forward_support", "", "en", "terse one-liner, live",
          frm=addr("", "marcus.bell@corvanehealth.com", "bare"), subject="link not working!!",
          date=dt(2026, 2, 9, 8, 50, 12, "-0700"), part=apple_part(body, cte="7bit", charset="us-ascii"),
          msgid="none", extra=OL_IPHONE, received=5, tags=["terse-lowercase", "mobile-signature", "bare-from"])

@M
def k_en_selfsched(n):
    body = ("Hi,\n\n"
            "I have a candidate for a Patient Access Representative role on the phone with me right now. I sent her the "
            "self-scheduling link this morning and she says it shows 'No times available'. When I open it myself I see the "
            "same, but our three interviewers have loads of free time this week - I can see it in their calendars. She "
            "needs to book something today because she's accepting another offer tomorrow otherwise.\n\n"
            "She's holding on the line, can anyone help quickly?\n\n"
            "Thanks\nMarcus\n\n--\nMarcus Bell\nTalent Acquisition Specialist, Patient Contact Centre\nCorvane Health Partners | Phoenix, AZ\n"
            "602-555-0171")
    build(n, "scheduling_blocker", "forward_support", "", "en", "candidate on the phone now, no slots",
          frm=addr("Marcus Bell", "marcus.bell@corvanehealth.com"), subject="Candidate on the phone - self scheduling link shows no times",
          date=dt(2026, 1, 29, 11, 4, 30, "-0700"), part=gmail_part(body), msgid="gmail", received=6, rkind="gmail",
          auth="corvanehealth.com")

@M
def k_en_theatre(n):
    body = ("Hello,\n\n"
            "Mr Osei is stuck in theatre and won't be out for at least an hour. He was due to interview the Theatre Practitioner "
            "candidate at 11:00 (20 minutes from now). I tried to move it to 12:30 in GoodTime but the Reschedule button is "
            "greyed out for me. The candidate is travelling in from Warrington.\n\n"
            "Could someone move it or tell me how? I've left the candidate a voicemail.\n\n"
            "Thanks,\nSarah")
    sg = sig("Sarah Quinn", "Medical Secretary to Mr K. Osei, Consultant Orthopaedic Surgeon", "Corvane Health Partners UK - Liverpool Outpatients", "0151 496 0870")
    q = {"from": "Rota Team", "sent": "18 May 2026 16:55", "to": "Liverpool Secretaries",
         "subject": "Annual leave requests - summer", "body": "Hi all, please submit summer leave requests by 31 May so we can plan cover.\nRota Team"}
    build(n, "scheduling_blocker", "forward_support", "", "en", "reschedule greyed out, interview in 20 min; reply over unrelated",
          frm=addr("Quinn, Sarah", "sarah.quinn@corvanehealth.co.uk"), subject="RE: Annual leave requests - summer",
          date=dt(2026, 5, 19, 10, 40, 16, "+0100"), part=outlook_part(body, sg, DISC_EN, quotes=[q]),
          client="outlook", received=5, inreply=True, msgdom="corvanehealth.co.uk", tags=["reply-on-top", "misleading-subject"])

@M
def k_en_form_lobby(n):
    body = form_body([("Name", "Tyrone Jackson"), ("Email", "tyrone.jackson@corvanehealth.com"), ("Phone", "614-555-0122"),
                      ("Site", "Columbus Clinical Laboratory"), ("Request type", "URGENT - scheduling problem happening now"),
                      ("Details", "Candidate for the Lab Assistant role is at reception now for 3:00pm. GoodTime shows the "
                                  "interview with no interviewer assigned (it was Dr. Patel, who is on leave). I can't add anyone - "
                                  "the interviewer list is empty when I search. Need someone from the pool added now.")],
                     "New submission: Recruiting Help Request",
                     "Submitted 3/10/2026 2:51 PM (EDT) via Corvane Intranet Forms")
    build(n, "scheduling_blocker", "forward_support|needs_review", "", "en", "form mailer, live blocker",
          frm=addr("Intranet Forms", "forms-noreply@corvanehealth.com"), subject="Recruiting Help Request - URGENT - scheduling problem happening now",
          date=dt(2026, 3, 10, 14, 51, 44, "-0400"), part=text(body, "utf-8", "base64"), msgid="other", rkind="plain",
          extra=FORM_EXTRA, received=3, reply_to="tyrone.jackson@corvanehealth.com", tags=["form-mailer"])

@M
def k_en_timezone_live(n):
    body = ("Help please - our candidate for the Imaging Services Manager role is in the Zoom waiting room RIGHT NOW. She's in "
            "Denver and her confirmation from GoodTime says 9:00 AM, but the panel's invites say 11:00 AM Central (10:00 her "
            "time). So she's an hour early by our invites or we're an hour late by hers - I can't tell which one GoodTime "
            "thinks is right. Two of the panel could join now, one can't.\n\n"
            "What do I do, and which time is the real one?\n\n"
            "Olivia Grant\nRecruiting Coordinator\nCorvane Health Partners")
    build(n, "scheduling_blocker", "forward_support", "", "en", "time-zone mismatch, candidate waiting",
          frm=addr("Grant, Olivia", "olivia.grant@corvanehealth.com"), subject="Candidate waiting in Zoom - time mismatch",
          date=dt(2026, 3, 12, 9, 4, 22, "-0500"),
          part=outlook_part(body, "", "", charset="utf-8", cte="base64", html_only=False, htmllang="EN-US"),
          client="outlook", received=6)

@M
def k_en_fwd_wrongsite(n):
    body = ("Can somebody help asap - candidate is outside the Austin clinic and the interviewers are at Round Rock. "
            "GoodTime has Round Rock on the interviewers' invites and Austin on the candidate's. Interview was 15 mins ago.\n\n"
            "Chris\n\n"
            "---------- Forwarded message ---------\n"
            "From: Alyssa M <alyssa.m.tx@gmail.com>\n"
            "Date: Tue, 7 Apr 2026 at 09:47\n"
            "Subject: Re: Your interview with Corvane Health Partners\n"
            "To: <chris.nolan@corvanehealth.com>\n\n"
            "Hi Chris, I'm outside the clinic on Red River St for my 9:30 but reception says there's no interview today? "
            "Am I in the right place? Thanks, Alyssa")
    build(n, "scheduling_blocker", "forward_support", "", "en", "forwarded candidate mail, wrong location, live",
          frm=addr("Chris Nolan", "chris.nolan@corvanehealth.com"), subject="Fwd: Your interview with Corvane Health Partners",
          date=dt(2026, 4, 7, 9, 49, 3, "-0500"), part=gmail_part(body), msgid="gmail", received=7, rkind="gmail",
          auth="corvanehealth.com", tags=["forwarded-gmail"])

# ================================================================== ENGLISH FEATURE REQUESTS
@M
def f_en_sms(n):
    body = ("Hi team,\n\n"
            "Not a fault as such, but I'd really like this looked at. A lot of our applicants for HCA and domestic roles "
            "don't check e-mail regularly and simply don't see the reminder. Every other system they deal with (GP "
            "surgeries, the bank, the dentist) sends a text message the day before.\n\n"
            "Could GoodTime send an SMS reminder to the candidate's mobile as well as the e-mail? Even just a text with the "
            "time, the address and a number to call would cut our no-shows a lot - we lost 7 interview slots in Cardiff "
            "alone in February.\n\n"
            "Thanks,\nGareth")
    sg = sig("Gareth Pryce", "Clinic Manager - Cardiff Bay Outpatients", "Corvane Health Partners UK", "Tel: 029 2018 0445 | Mob: 07700 900 418", ENV)
    build(n, "feature_request", "product_board_reply", "", "en", "URGENT subject over a feature wish",
          frm=addr("Pryce, Gareth", "gareth.pryce@corvanehealth.co.uk"), subject="URGENT - candidates missing interviews",
          date=dt(2026, 3, 2, 8, 12, 5, "+0000"), part=outlook_part(body, sg, DISC_EN),
          client="outlook", received=6, msgdom="corvanehealth.co.uk", extra=[("Importance", "high")],
          tags=["misleading-subject", "disclaimer"])

@M
def f_en_rota(n):
    body = ("Hello,\n\n"
            "Suggestion from the Leeds and Manchester nursing teams. Most of our clinical interviewers don't keep their shifts "
            "in Outlook - the rota lives in the e-rostering system - so GoodTime sees them as free when they're actually on a "
            "ward or doing a night. We then have to move interviews round by hand.\n\n"
            "It would make a huge difference if GoodTime could read shifts from the rostering system (or even take a "
            "weekly file upload of the rota) and treat those shifts as busy.\n\n"
            "Happy to talk to anyone about how the rota works if that helps.\n\n"
            "Kind regards\nMaureen Gallagher\nLead Nurse, Workforce & Education\nCorvane Health Partners UK")
    build(n, "feature_request", "product_board_reply", "", "en", "rostering integration wish",
          frm=addr("Gallagher, Maureen", "maureen.gallagher@corvanehealth.co.uk"), subject="Idea - using the nursing rota for availability",
          date=dt(2026, 1, 8, 16, 45, 0, "+0000"), part=outlook_part(body, "", DISC_EN, html_only=False, charset="iso-8859-1"),
          client="outlook", received=5, msgdom="corvanehealth.co.uk")

@M
def f_en_bulk(n):
    body = ("Hi,\n\n"
            "When a consultant's clinic template changes we sometimes have 10-15 interviews that all need to move by the "
            "same amount (e.g. every Tuesday afternoon slot moves to Thursday). Right now that's 15 separate reschedules, "
            "15 sets of e-mails, and a very long afternoon.\n\n"
            "Would love a way to select several interviews and move them together. Is that something GoodTime could add?\n\n"
            "Thanks\nOmar\n\n"
            "Omar Haddad\nRecruiting Operations Lead\nCorvane Health Partners\nomar.haddad@corvanehealth.com | +1 615 555 0140")
    build(n, "feature_request", "product_board_reply", "", "en", "bulk reschedule",
          frm=addr("Omar Haddad", "omar.haddad@corvanehealth.com"), subject="bulk reschedule?",
          date=dt(2026, 2, 20, 17, 30, 44, "-0600"), part=apple_part(body, html=True),
          msgid="apple", extra=[("X-Mailer", "Apple Mail (2.3826.400.131.1.6)")], received=6, auth="corvanehealth.com",
          tags=["apple-mail"])

@M
def f_en_dark(n):
    body = "any chance of a dark mode in goodtime? the night team at the contact centre would love it\n\nta\nLeanne"
    build(n, "feature_request", "product_board_reply", "", "en", "terse",
          frm=addr("Fraser, Leanne", "leanne.fraser@corvanehealth.co.uk"), subject="dark mode",
          date=dt(2026, 3, 27, 23, 18, 9, "+0000"), part=text(body, "us-ascii", "7bit"), msgid="outlook",
          msgdom="corvanehealth.co.uk", received=5, tags=["terse-lowercase", "night"])

@M
def f_en_rest(n):
    body = ("Dear GoodTime help line,\n\n"
            "Could we ask for a rule in GoodTime that stops it booking an interviewer into an interview within 11 hours "
            "of the end of a night shift? We had a charge nurse come straight off a 12-hour night and into a 09:00 panel last "
            "week, which is exactly what our fatigue policy is meant to prevent.\n\n"
            "I know working hours can be set per person, but shift patterns change weekly so that doesn't really work. "
            "Ideally it would be a rest-period setting per interviewer group.\n\n"
            "With best wishes,\nDr Eleanor Vance\nDirector of Nursing, UK Outpatient Services")
    build(n, "feature_request", "product_board_reply", "", "en", "rest-period rule",
          frm=addr("Vance, Eleanor (Dr)", "eleanor.vance@corvanehealth.co.uk"), subject="Request: rest period between night shifts and interviews",
          date=dt(2026, 4, 28, 7, 22, 13, "+0100"), part=outlook_part(body, "", DISC_EN, charset="windows-1252"),
          client="outlook", received=7, msgdom="corvanehealth.co.uk", auth="corvanehealth.co.uk", arc=True)

@M
def f_en_parking(n):
    body = ("Hi,\n\n"
            "Suggestion: could the candidate itinerary have a section per location for 'getting here' - parking, which "
            "entrance to use, accessibility info? At the Edgbaston clinic candidates keep going to the main hospital "
            "entrance, which is a 10 minute walk away, and arrive late and flustered. At the moment I paste it into the "
            "personal note every single time and sometimes forget.\n\n"
            "Attached is the directions sheet we hand out, in case it's useful for whoever looks at this.\n\n"
            "Kind regards,\n\nPauline Hurst\nMedical Secretary / Office Coordinator\nBirmingham Edgbaston Outpatients")
    build(n, "feature_request", "product_board_reply", "", "en", "itinerary per-site directions, PDF",
          frm=addr("Hurst, Pauline", "pauline.hurst@corvanehealth.co.uk"), subject="Idea for candidate itineraries",
          date=dt(2026, 6, 2, 12, 1, 59, "+0100"),
          part=outlook_part(body, "", DISC_EN, html_only=False, attach=[pdf_part("Edgbaston - directions for visitors.pdf", "Directions for visitors")]),
          client="outlook", received=6, msgdom="corvanehealth.co.uk", tags=["att-pdf"])

@M
def f_en_export(n):
    body = ("Hello,\n\n"
            "Finance would find it really helpful if GoodTime could e-mail us a CSV every Monday with the previous week's "
            "interview counts by site and department. We allocate recruitment costs to cost centres monthly and currently "
            "someone in People Ops pulls the numbers by hand for us.\n\n"
            "A scheduled export (weekly or monthly, to a shared mailbox) would save about half a day a month. Could this be "
            "passed to GoodTime as a suggestion?\n\n"
            "Many thanks,\nKevin\n\n"
            "Kevin Marsh | Finance Manager, FP&A | Corvane Health Partners\n"
            "This e-mail may contain CONFIDENTIAL financial information. If received in error, please delete it immediately.")
    build(n, "feature_request", "product_board_reply", "", "en", "scheduled export wish, resembles reporting",
          frm=addr("Marsh, Kevin", "kevin.marsh@corvanehealth.com"), subject="Scheduled report export - suggestion from Finance",
          date=dt(2026, 5, 4, 9, 55, 21, "-0500"), part=text(body, "iso-8859-1", "base64"),
          msgid="outlook", received=5, tags=["disclaimer"])

@M
def f_en_history(n):
    body = ("Hi there\n\n"
            "We get quite a lot of repeat applicants (bank staff applying for permanent posts, people reapplying after a "
            "year). It would be really useful if, when scheduling, GoodTime showed us that the candidate was interviewed "
            "before and by whom - we've accidentally put people back in front of the same panel that turned them down.\n\n"
            "Could this go to GoodTime as an idea?\n\n"
            "Thanks!\nNadia\n\n--\nNadia Rahman\nRecruiter, Clinical Services - London\nCorvane Health Partners UK")
    build(n, "feature_request", "product_board_reply", "", "en", "candidate history wish",
          frm=addr("Nadia Rahman", "nadia.rahman@corvanehealth.co.uk"), subject="Suggestion - previous interviews",
          date=dt(2026, 2, 5, 15, 20, 48, "+0000"),
          part=text(body, "utf-8", "7bit", params="; format=flowed"), msgid="other", msgdom="corvanehealth.co.uk",
          extra=[("User-Agent", "Mozilla Thunderbird 128.6.0")], received=5, eol="\n", tags=["thunderbird"])

@M
def f_en_adjustments(n):
    body = ("Hi Omar and team,\n\n"
            "Firstly thank you for sorting out the panel for the pharmacist post last week - all went smoothly.\n\n"
            "Secondly, an idea. When candidates book through the self-scheduling link there's nowhere for them to tell us "
            "they need a reasonable adjustment (step-free access, extra time, a BSL interpreter). We're only finding out on "
            "the day. Could GoodTime add an optional question on the booking page that feeds through to the coordinator?\n\n"
            "Thanks again\nSimon")
    sg = sig("Simon Achebe", "Pharmacy Manager", "Corvane Health Partners UK - Leeds", "0113 496 0922")
    build(n, "feature_request", "product_board_reply", "", "en", "two topics: thanks + idea",
          frm=addr("Achebe, Simon", "simon.achebe@corvanehealth.co.uk"), subject="Thanks + an idea",
          cc=addr("Omar Haddad", "omar.haddad@corvanehealth.com"),
          date=dt(2026, 3, 16, 12, 34, 8, "+0000"), part=outlook_part(body, sg, DISC_EN, charset="utf-8", cte="quoted-printable"),
          client="outlook", received=6, msgdom="corvanehealth.co.uk", tags=["two-topics"])

# ================================================================== ENGLISH ESCALATIONS
@M
def e_en_renewal(n):
    body = ("Good morning,\n\n"
            "We have received the attached renewal invoice from GoodTime for the period 1 April 2026 - 31 March 2027. Before "
            "we can approve it I need a few things confirmed by whoever manages the commercial relationship:\n\n"
            "1. The number of licences has gone from 85 to 110 - we have no PO or approval for the extra 25.\n"
            "2. The unit price is 7% higher than last year; our contract says increases are capped at 5%.\n"
            "3. The invoice is addressed to the old Brentwood, TN office.\n\n"
            "Payment is due 30 days from invoice date, so I'd appreciate a conversation with the GoodTime account team "
            "this month. Please don't pay or approve anything in the meantime.\n\n"
            "Regards,")
    sg = sig("Marcus Ellery", "Senior Manager, Procurement & Accounts Payable", "Corvane Health Partners | 501 Commerce Street, Nashville, TN 37203", "T: 615-555-0104", ENV)
    build(n, "escalation", "flag_csm", "", "en", "renewal invoice and seat dispute",
          frm=addr("Ellery, Marcus", "marcus.ellery@corvanehealth.com"), subject="GoodTime renewal invoice INV-GT-2026-0312 - queries before approval",
          date=dt(2026, 3, 9, 8, 31, 14, "-0500"),
          part=outlook_part(body, sg, DISC_US, attach=[pdf_part("INV-GT-2026-0312.pdf", "Invoice INV-GT-2026-0312")], htmllang="EN-US"),
          client="outlook", received=7, auth="corvanehealth.com", tags=["long-subject", "att-pdf", "disclaimer"])

@M
def e_en_seats(n):
    body = ("Hi,\n\n"
            "We're opening four new urgent-care clinics in the San Antonio and Houston area between June and August and "
            "we'll be hiring roughly 180 people for them. I'll have three new coordinators and about 15 hiring managers who "
            "will need GoodTime access from 1 May.\n\n"
            "Can you get the ball rolling on extra seats with GoodTime, and let me know what the cost and timeline look "
            "like? I'd also like to understand whether hiring managers need a full licence or whether there's a cheaper "
            "option for people who only interview.\n\n"
            "Thanks,\nJonathan")
    sg = sig("Jonathan Pierce", "Director, Talent Acquisition - Americas", "Corvane Health Partners", "(512) 555-0119")
    build(n, "escalation", "flag_csm", "", "en", "additional licences for expansion",
          frm=addr("Pierce, Jonathan", "jonathan.pierce@corvanehealth.com"), subject="Additional GoodTime seats for Texas expansion",
          date=dt(2026, 4, 6, 10, 9, 40, "-0500"), part=outlook_part(body, sg, DISC_US, html_only=False, htmllang="EN-US"),
          client="outlook", received=6, auth="corvanehealth.com", arc=True)

@M
def e_en_training(n):
    body = ("Hello Help Line,\n\n"
            "The Patient Contact Centre is bringing its volume recruiting in-house from April. That means 20 people - team "
            "leaders and agents who've never used GoodTime - will be scheduling phone screens and assessment days.\n\n"
            "Could we arrange proper training for the whole group? Ideally two live sessions (we run two shifts) in the "
            "week of 23 March, plus something recorded for new starters. Happy to use a training room in Glasgow or do it "
            "over Teams.\n\n"
            "Who do I need to speak to to set this up?\n\n"
            "Best wishes,\nLeanne")
    sg = sig("Leanne Fraser", "Recruitment Coordinator - Patient Contact Centre", "Corvane Health Partners UK | 110 Queen Street, Glasgow G1 3BX", "0141 496 0158")
    build(n, "escalation", "flag_csm", "", "en", "team training request; word training resembles interviewer-training",
          frm=addr("Fraser, Leanne", "leanne.fraser@corvanehealth.co.uk"), subject="GoodTime training for the contact centre team",
          date=dt(2026, 3, 4, 11, 25, 2, "+0000"), part=outlook_part(body, sg, DISC_EN),
          client="outlook", received=5, msgdom="corvanehealth.co.uk")

@M
def e_en_outage_again(n):
    body = ("Adding the help line. This is the third time this month. Sync is down AGAIN right now - no interviews have "
            "reached the ATS since about 8am UK time and coordinators are double-entering everything. Can someone raise it with "
            "GoodTime today, and separately I want a proper conversation with their side about reliability, because the "
            "team has lost confidence in the tool.\n\n"
            "Omar\n\n"
            "Begin forwarded message:\n\n"
            "From: \"Raman, Priya\" <priya.raman@corvanehealth.co.uk>\n"
            "Subject: ATS sync down again\n"
            "Date: 24 March 2026 at 09:12:33 GMT\n"
            "To: \"Haddad, Omar\" <omar.haddad@corvanehealth.com>\n"
            "Cc: UK Coordinators <uk.coordinators@corvanehealth.co.uk>\n\n"
            "Omar - interviews aren't syncing back to the ATS again, same as 3 March and 11 March. Hiring managers are "
            "chasing us for times. We're keeping a spreadsheet again. This is really wearing the team down.\n\n"
            "Priya")
    build(n, "escalation", "flag_csm+forward_support", "", "en", "recurring outage, live again, confidence complaint",
          frm=addr("Omar Haddad", "omar.haddad@corvanehealth.com"), subject="Fwd: ATS sync down again",
          date=dt(2026, 3, 24, 10, 40, 27, "-0500"), part=apple_part(body, html=True),
          msgid="apple", extra=[("X-Mailer", "Apple Mail (2.3826.400.131.1.6)")], received=6, auth="corvanehealth.com",
          tags=["forwarded-apple", "recurring"])

@M
def e_en_process(n):
    body = ("Hi,\n\n"
            "From 1 July we're moving from site-based scheduling to a single central scheduling hub in Nashville that will "
            "book interviews for all US sites, and later the UK. That changes a lot: who owns which templates and pools, "
            "how hiring managers request interviews, how we handle time zones across four US zones, and how clinics tell "
            "the hub about shift-based interviewers.\n\n"
            "Before we build anything I'd like GoodTime's input on how other healthcare customers have set up a central "
            "model, and help designing ours. Could we get a working session set up with them in May? Project lead on our "
            "side is Omar Haddad.\n\n"
            "Thanks,\nJonathan")
    sg = sig("Jonathan Pierce", "Director, Talent Acquisition - Americas", "Corvane Health Partners", "(512) 555-0119")
    build(n, "escalation", "flag_csm", "", "en", "process change / workflow redesign",
          frm=addr("Pierce, Jonathan", "jonathan.pierce@corvanehealth.com"), subject="Centralised scheduling hub - need GoodTime input on design",
          cc=addr("Omar Haddad", "omar.haddad@corvanehealth.com"),
          date=dt(2026, 4, 16, 15, 2, 8, "-0500"),
          part=outlook_part(body, sg, DISC_US, htmllang="EN-US", html_only=False, attach=[leaf("text/calendar", ics_text("REQUEST", "Central scheduling hub - design session (placeholder)", "20260512T130000", "20260512T150000", "jonathan.pierce@corvanehealth.com", "omar.haddad@corvanehealth.com", tzid="Central Standard Time"), "utf-8", "7bit", params='; method=REQUEST; name="Design session.ics"', disp='attachment; filename="Design session.ics"', fname="Design session.ics")]),
          client="outlook", received=6, auth="corvanehealth.com")

@M
def e_en_security_review(n):
    body = ("Dear colleagues,\n\n"
            "GoodTime is due its annual third-party security review under our vendor management policy (it processes "
            "candidate personal data for all six countries). To complete it by 30 April we need from the vendor:\n\n"
            "- current SOC 2 Type II report (or ISO 27001 certificate and statement of applicability)\n"
            "- latest penetration test executive summary\n"
            "- the signed Data Processing Agreement and current sub-processor list\n"
            "- confirmation of breach-notification timelines\n\n"
            "Could you please route this to whoever holds the relationship with GoodTime so they can request these "
            "under NDA? If we don't receive them the review will be marked as an exception to the Audit Committee.\n\n"
            "Kind regards,")
    sg = sig("Priyanka Desai", "Information Security & Compliance Analyst", "Corvane Health Partners | Technology Risk", "T +1 615 555 0161")
    build(n, "escalation", "flag_csm", "", "en", "vendor security documentation / account matter",
          frm=addr("Desai, Priyanka", "priyanka.desai@corvanehealth.com"), subject="Annual vendor security review - GoodTime (due 30 April)",
          date=dt(2026, 4, 1, 13, 44, 52, "-0500"),
          part=outlook_part(body, sg, DISC_US, html_only=False, charset="utf-8", cte="base64", htmllang="EN-US"),
          client="outlook", received=8, auth="corvanehealth.com", arc=True, tags=["disclaimer"])

@M
def e_en_complaint_fwd(n):
    body = ("Help line - please see below from the imaging leadership group. I think this needs to go to GoodTime at "
            "account level rather than ticket by ticket. I'd like a review meeting with them before the end of the month.\n\n"
            "Claire\n")
    q = {"from": "Thompson, Richard <richard.thompson@corvanehealth.co.uk>", "sent": "27 April 2026 18:21",
         "to": "Dunmore, Claire <claire.dunmore@corvanehealth.co.uk>", "cc": "Imaging Leadership Group", "rule": True,
         "subject": "Candidate experience - GoodTime",
         "body": "Claire,\n\nRaising this on behalf of the imaging managers. Over the last quarter we've had candidates "
                 "receive three different times for the same interview, itineraries without the address, and a "
                 "radiographer who withdrew because, in her words, we 'seemed disorganised'. Individually each was "
                 "fixed, but taken together it's damaging our reputation in a very tight labour market.\n\n"
                 "We need to understand whether the tool is set up properly for us or whether it's the wrong tool.\n\n"
                 "Richard Thompson\nRegional Imaging Services Manager, North"}
    build(n, "escalation", "flag_csm", "", "en", "forwarded complaint about overall experience",
          frm=addr("Dunmore, Claire", "claire.dunmore@corvanehealth.co.uk"), subject="FW: Candidate experience - GoodTime",
          date=dt(2026, 4, 28, 8, 2, 37, "+0100"), part=outlook_part(body, "", DISC_EN, quotes=[q], html_only=False),
          client="outlook", received=7, msgdom="corvanehealth.co.uk", auth="corvanehealth.co.uk", tags=["forwarded-outlook"])

@M
def e_en_reduce(n):
    body = ("Hi,\n\n"
            "Following the closure of the Reading and Swindon clinics at the end of March, we have 9 GoodTime users who have "
            "left the business and won't be replaced. Can we reduce our licence count accordingly from the next billing "
            "period, and find out whether there's any credit for the remaining months? The contract reference on our side "
            "is CHP-SaaS-0457.\n\n"
            "Thank you,\nSunita")
    sg = sig("Sunita Patel", "Finance Business Partner - People & Corporate Functions", "Corvane Health Partners UK", "+44 20 7946 0450")
    build(n, "escalation", "flag_csm", "", "en", "licence reduction",
          frm=addr("Patel, Sunita", "sunita.patel@corvanehealth.co.uk"), subject="Reducing GoodTime licences - closed sites",
          date=dt(2026, 4, 9, 10, 48, 3, "+0100"),
          part=multi("mixed", [text(outlook_plain(body, sg, DISC_EN), "windows-1252", "quoted-printable"), tnef_part()]),
          client="outlook", received=5, msgdom="corvanehealth.co.uk")

@M
def e_en_unresolved(n):
    body = ("Hi,\n\n"
            "Ticket #50122 with GoodTime Support about interviewer load limits being ignored for the Columbus lab pool has "
            "now been open for more than three weeks. We've had four replies asking for the same screenshots and no actual "
            "fix. Meanwhile the same two scientists are still getting most of the interviews.\n\n"
            "I don't think another e-mail to Support will move this. Could someone take it up the chain with GoodTime and "
            "get it owned?\n\n"
            "Thanks,\nNathan\n\n"
            "Nathan Cole\nLaboratory Operations Manager\nColumbus Clinical Laboratory | Corvane Health Partners")
    build(n, "escalation", "flag_csm", "", "en", "unresolved support ticket",
          frm=addr("Cole, Nathan", "nathan.cole@corvanehealth.com"), subject="Support ticket #50122 - 3 weeks, no resolution",
          date=dt(2026, 4, 23, 16, 58, 11, "-0400"), part=outlook_part(body, "", DISC_US, html_only=False, htmllang="EN-US"),
          client="outlook", received=6)

# ================================================================== ENGLISH NOISE
@M
def n_en_ooo_auto(n):
    body = ("Thank you for your email. I am on annual leave from Monday 30 March and will return on Tuesday 7 April.\n\n"
            "I will have no access to email during this time. For anything URGENT relating to UK recruitment please contact "
            "Omar Haddad (omar.haddad@corvanehealth.com) or the UK coordinators mailbox (uk.coordinators@corvanehealth.co.uk).\n\n"
            "Kind regards\nPriya")
    build(n, "noise", "ignore", "", "en", "out-of-office with Auto-Submitted",
          frm=addr("Raman, Priya", "priya.raman@corvanehealth.co.uk"), subject="Automatic reply: GoodTime coordinator drop-in - April dates",
          date=dt(2026, 3, 31, 9, 0, 4, "+0100"), part=outlook_part(body, "", ""), client="outlook", received=5,
          msgdom="corvanehealth.co.uk", extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                                                ("X-MS-Exchange-Inbox-Rules-Loop", "priya.raman@corvanehealth.co.uk")],
          tags=["ooo-auto-submitted"])

@M
def n_en_ooo_plain(n):
    body = ("I'm out of the office at the Texas regional managers' meeting until Thursday 12 February with limited access to "
            "email. If your message is about a patient or a clinic emergency, please call the clinic directly on "
            "(210) 555-0100.\n\nThanks,\nRoberto Salinas\nClinic Manager, San Antonio Northwest")
    build(n, "noise", "ignore", "", "en", "out-of-office without Auto-Submitted",
          frm=addr("Salinas, Roberto", "roberto.salinas@corvanehealth.com"), subject="Out of Office: GoodTime help line update - new ways to reach us",
          date=dt(2026, 2, 9, 7, 1, 32, "-0600"), part=text(body, "us-ascii", "7bit"), msgid="bare", received=5,
          tags=["ooo-no-header"])

@M
def n_en_bounce(n):
    b = "%s.%d/%s.mx1.corvanehealth.com" % (rhex(8).upper(), random.randint(10**8, 10**9), ralnum(10))
    human = ("This is the mail system at host mx1.corvanehealth.com.\n\n"
             "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\n"
             "For further assistance, please send mail to postmaster.\n\n"
             "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
             "                   The mail system\n\n"
             "<k.whitley@corvanehealth.co.uk>: host corvanehealth-co-uk.mail.protection.outlook.com[52.101.73.18]\n"
             "    said: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP\n"
             "    address lookup (in reply to RCPT TO command)\n")
    status = ("Reporting-MTA: dns; mx1.corvanehealth.com\nX-Postfix-Queue-ID: 4Zk9Tq2Lm1z8\n"
              "X-Postfix-Sender: rfc822; helpline@corvanehealth.com\nArrival-Date: Thu, 22 Jan 2026 10:14:02 +0000 (UTC)\n\n"
              "Final-Recipient: rfc822; k.whitley@corvanehealth.co.uk\nOriginal-Recipient: rfc822;k.whitley@corvanehealth.co.uk\n"
              "Action: failed\nStatus: 5.1.10\nRemote-MTA: dns; corvanehealth-co-uk.mail.protection.outlook.com\n"
              "Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found\n    by SMTP address lookup\n")
    orig = ("Return-Path: <helpline@corvanehealth.com>\nFrom: GoodTime Help Line <helpline@corvanehealth.com>\n"
            "To: <k.whitley@corvanehealth.co.uk>\nSubject: RE: Interviewer pool access\nDate: Thu, 22 Jan 2026 10:13:58 +0000\n"
            "Message-ID: <%s@corvanehealth.com>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=\"us-ascii\"\n" % rhex(24))
    parts = [text(human, "us-ascii", None, params="", extra=[("Content-Description", "Notification")]),
             leaf("message/delivery-status", status, None, None, extra=[("Content-Description", "Delivery report")]),
             leaf("text/rfc822-headers", orig, None, None, extra=[("Content-Description", "Undelivered Message Headers")])]
    part = multi("report", parts, boundary=b, preamble="This is a MIME-encapsulated message.", params=" report-type=delivery-status;")
    build(n, "noise", "ignore", "", "en", "bounce (DSN)",
          frm="MAILER-DAEMON@mx1.corvanehealth.com (Mail Delivery System)", to=HELP,
          subject="Undelivered Mail Returned to Sender", date=dt(2026, 1, 22, 10, 14, 3, "+0000"), part=part,
          msgid="other", msgdom="mx1.corvanehealth.com", received=2, rkind="plain", extra=[("Auto-Submitted", "auto-replied")],
          pre=[("Return-Path", "<>")], tags=["bounce", "multipart-report"], mime_first=True)

@M
def n_en_newsletter(n):
    body = ("TALENT OPS WEEKLY - Issue 112\n\n"
            "This week: 5 ways healthcare employers are cutting time-to-interview; why candidate no-shows spike in "
            "January; and our interview with the Head of Recruiting at a 40-site dental group.\n\n"
            "Read online: https://news.talentopsweekly.com/issues/112?utm_source=newsletter&utm_medium=email\n\n"
            "You are receiving this because helpline@corvanehealth.com subscribed at HR Tech Live 2025.\n"
            "Unsubscribe: https://news.talentopsweekly.com/u/8c1f0e2a9b\n"
            "Talent Ops Weekly, 228 Park Ave S #41021, New York, NY 10003")
    part = multi("alternative", [text(body, "utf-8", "quoted-printable"),
                                 text("<html><body style=\"margin:0;background:#f4f4f7\"><table width=\"100%\" role=\"presentation\"><tr><td align=\"center\">"
                                      "<h1 style=\"font-family:Arial\">Talent Ops Weekly</h1><p>" + esc(body).replace("\n", "<br>\n") +
                                      "</p><img src=\"https://news.talentopsweekly.com/o/8c1f0e2a9b.gif\" width=\"1\" height=\"1\" alt=\"\"></td></tr></table></body></html>",
                                      "utf-8", "quoted-printable", ctype="text/html")],
                 boundary="_----------=_MCPart_" + str(random.randint(10**9, 10**10)), preamble="")
    build(n, "noise", "ignore", "", "en", "newsletter",
          frm=addr("Talent Ops Weekly", "hello@news.talentopsweekly.com"), to=HELP,
          subject="Issue 112: cutting time-to-interview in healthcare", date=dt(2026, 2, 12, 6, 30, 0, "-0500"), part=part,
          msgid="other", msgdom="mail174.atl81.mcsv.net", received=6, rkind="ext:mail174.atl81.mcsv.net:198.2.174.1", auth="news.talentopsweekly.com",
          extra=[("List-Unsubscribe", "<https://news.talentopsweekly.com/u/8c1f0e2a9b>, <mailto:unsubscribe@news.talentopsweekly.com?subject=unsub>"),
                 ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("List-Id", "Talent Ops Weekly <8c1f0e2a9b.list-id.mcsv.net>"),
                 ("Precedence", "bulk"), ("X-Mailer", "MailChimp Mailer - **CID8c1f0e2a9b**")],
          tags=["newsletter", "list-unsubscribe"])

def cal_reply(n, lang, partstat, who, email, subject_prefix, summary, when, notes, date, dom="corvanehealth.com", label_text=None):
    ics = ics_text("REPLY", summary, when[0], when[1], HELP, email, partstat=partstat)
    txt = label_text or ""
    parts = [text(txt, "utf-8", "base64"), leaf("text/calendar", ics, "utf-8", "base64", params="; method=REPLY")]
    part = multi("alternative", parts, preamble="")
    full = subject_prefix + summary
    build(n, "noise", "ignore", "", lang, notes, frm=addr(who, email, "ascii" if who.isascii() else "b"),
          subject=subj(full, "ascii" if full.isascii() else "b"),
          date=date, part=part, client="outlook", received=5, msgdom=dom, tags=["calendar-reply"])

@M
def n_en_accept(n):
    cal_reply(n, "en", "ACCEPTED", "Lowe, Hannah", "hannah.lowe@corvanehealth.co.uk", "Accepted: ",
              "GoodTime drop-in for coordinators (UK)", ("20260211T140000", "20260211T143000"), "calendar accept",
              dt(2026, 2, 4, 9, 41, 12, "+0000"), dom="corvanehealth.co.uk")

@M
def n_en_decline(n):
    cal_reply(n, "en", "DECLINED", "Cole, Nathan", "nathan.cole@corvanehealth.com", "Declined: ",
              "GoodTime help line - Q2 office hours", ("20260415T110000", "20260415T120000"), "calendar decline with note",
              dt(2026, 4, 10, 15, 2, 55, "-0400"), label_text="Sorry - bench validation that morning. Will catch the recording.\n")

@M
def n_en_read_receipt(n):
    hum = ("Your message\n\n  To: Pierce, Jonathan\n  Subject: RE: Additional GoodTime seats for Texas expansion\n"
           "  Sent: Tuesday, April 7, 2026 9:02:11 AM (UTC-06:00) Central Time (US & Canada)\n\n"
           "was read on Tuesday, April 7, 2026 9:15:40 AM (UTC-06:00) Central Time (US & Canada).\n")
    mdn = ("Reporting-UA: PH0PR12MB5588.namprd12.prod.outlook.com\nFinal-Recipient: rfc822;jonathan.pierce@corvanehealth.com\n"
           "Original-Message-ID: <PH0PR12MB5588A1B2C3D4E5F6@PH0PR12MB5588.namprd12.prod.outlook.com>\n"
           "Disposition: manual-action/MDN-sent-manually; displayed\n")
    part = multi("report", [text(hum, "utf-8", "quoted-printable"), leaf("message/disposition-notification", mdn, None, "7bit")],
                 preamble="", params=" report-type=disposition-notification;")
    build(n, "noise", "ignore", "", "en", "read receipt",
          frm=addr("Pierce, Jonathan", "jonathan.pierce@corvanehealth.com"),
          subject="Read: RE: Additional GoodTime seats for Texas expansion", date=dt(2026, 4, 7, 9, 15, 41, "-0500"),
          part=part, client="outlook", received=5, tags=["read-receipt", "multipart-report"])

@M
def n_en_phish(n):
    body = ("GoodTime Security Notice\n\n"
            "Dear user,\n\nWe detected an unusual sign-in to your GoodTime workspace from a new device. To avoid "
            "suspension of your scheduling account, you must verify your identity within 24 hours.\n\n"
            "Verify now: http://goodtime-io.account-verify-secure.com/login?id=helpline\n\n"
            "If you do not verify, all scheduled interviews will be cancelled automatically.\n\n"
            "GoodTime Trust & Safety Team")
    html = ("<html><body><div style=\"font-family:Arial;max-width:560px\"><h2 style=\"color:#6b2fd6\">GoodTime</h2>"
            "<p>Dear user,</p><p>We detected an unusual sign-in to your GoodTime workspace from a new device. To avoid "
            "suspension of your scheduling account, you must verify your identity within <b>24 hours</b>.</p>"
            "<p><a href=\"http://goodtime-io.account-verify-secure.com/login?id=helpline\" style=\"background:#6b2fd6;color:#fff;padding:10px 18px\">Verify account</a></p>"
            "<p>If you do not verify, all scheduled interviews will be cancelled automatically.</p><p>GoodTime Trust &amp; Safety Team</p></div></body></html>")
    part = multi("alternative", [text(body, "utf-8", "base64"), text(html, "utf-8", "base64", ctype="text/html")], preamble="")
    hdr = [("Authentication-Results", "mx1.corvanehealth.com;\n\tdkim=none;\n\tspf=softfail smtp.mailfrom=account-verify-secure.com;\n\tdmarc=none header.from=goodtime-support.net")]
    build(n, "noise", "ignore", "", "en", "phishing",
          frm=addr("GoodTime Security", "security@goodtime-support.net"), to=HELP,
          subject="Action required: unusual sign-in to your GoodTime account", date=dt(2026, 1, 31, 3, 12, 49, "+0300"),
          part=part, msgid="other", msgdom="vps-2231.hostsrv.ru", received=5, rkind="ext:vps-2231.hostsrv.ru:185.22.153.40", pre=hdr,
          extra=[("X-Priority", "1"), ("X-Mailer", "PHPMailer 6.8.1")], tags=["phishing", "night"])

@M
def n_en_thanks(n):
    quote = ("Thu, 5 Feb 2026 at 14:02", "GoodTime Help Line <helpline@corvanehealth.com>",
             "Hi Kayla,\n\nYou can resend the confirmation from the interview page in GoodTime - open the interview and use "
             "the resend option at the top.\n\nThanks,\nHelp Line")
    build(n, "noise", "ignore", "", "en", "bare thank-you with quote",
          frm=addr("Kayla Brooks", "kayla.brooks@corvanehealth.com"), subject="Re: resending confirmation",
          date=dt(2026, 2, 5, 13, 10, 2, "-0700"), part=gmail_part("thanks!!", quote=(quote[1], quote[0], quote[2])),
          msgid="gmail", received=5, rkind="gmail", inreply=True, tags=["bare-thanks", "gmail-quote"])

@M
def n_en_gotit(n):
    body = ("Got it, thanks\n\nSent from my iPhone\n\n"
            "> On 17 Mar 2026, at 16:44, GoodTime Help Line <helpline@corvanehealth.com> wrote:\n>\n"
            "> Hi Gareth, the HCA template has now been updated with the two sessions. Let us know if anything looks off.\n")
    build(n, "noise", "ignore", "", "en", "got it thanks, mobile",
          frm=addr("Gareth Pryce", "gareth.pryce@corvanehealth.co.uk"), subject="Re: HCA interview template",
          date=dt(2026, 3, 17, 17, 2, 30, "+0000"), part=apple_part(body), msgid="apple", msgdom="corvanehealth.co.uk",
          extra=OL_IPHONE, received=5, inreply=True, tags=["bare-thanks", "mobile-signature"])

@M
def n_en_spam(n):
    body = ("Hi there,\n\n"
            "Healthcare recruiters lose 11 hours a week to interview scheduling. Our AI assistant books panels in under "
            "60 seconds and plugs into any ATS.\n\n"
            "Join our free 30-minute webinar on 12 March: 'Scheduling at the speed of care'.\n"
            "Reserve your seat -> https://go.slotwise.ai/webinar-healthcare?e=helpline%40corvanehealth.com\n\n"
            "Best,\nMegan from Slotwise\n\nNot interested? Reply STOP or unsubscribe here: https://go.slotwise.ai/unsub")
    build(n, "noise", "ignore", "", "en", "vendor marketing",
          frm=addr("Megan at Slotwise", "megan@mail.slotwise.ai"), to=HELP,
          subject="helpline, 11 hours a week back for your recruiters?", date=dt(2026, 3, 3, 14, 5, 0, "-0800"),
          part=gmail_part(body), msgid="other", msgdom="mail.slotwise.ai", received=6, rkind="ext:o1.mail.slotwise.ai:149.72.31.8", auth="mail.slotwise.ai", eol="\n",
          extra=[("List-Unsubscribe", "<https://go.slotwise.ai/unsub?u=77123>")], tags=["marketing"])

# ================================================================== GERMAN
SIG_DE_FW = sig("Florian Weiß", "IT-Koordination Standort München", "Corvane Health Partners GmbH | Leopoldstraße 158 | 80804 München", "Tel.: +49 89 2154 3310")

@M
def de_q_support(n):
    body = ("Hallo zusammen,\n\n"
            "kurze Frage aus der IT: Unsere Koordinatorinnen in München fragen, ob es für GoodTime eine Telefonnummer gibt, "
            "unter der man den Support direkt anrufen kann. Viele telefonieren lieber, als ein Ticket zu schreiben, und ich "
            "würde die Nummer gern in unser Intranet stellen.\n\n"
            "Falls es keine Hotline gibt: Wie erreicht man die dann am schnellsten?\n\n"
            "Danke und viele Grüße\nFlorian")
    build(n, "question", "auto_reply", "contact-support", "de", "asks for phone hotline",
          frm=addr("Weiß, Florian", "florian.weiss@corvanehealth.de", "q-latin1"),
          subject=subj("Telefonnummer GoodTime-Support für unser Intranet?", "q-latin1", split=23),
          date=dt(2026, 1, 19, 10, 7, 12, "+0100"), part=outlook_part(body, SIG_DE_FW, DISC_DE, lang="de", htmllang="DE"),
          client="outlook", received=6, msgdom="corvanehealth.de", auth="corvanehealth.de",
          tags=["rfc2047-q-latin1-split", "disclaimer"])

@M
def de_q_chat(n):
    body = ("Hallo,\n\n"
            "eine Kollegin aus Hamburg meinte, unten rechts in GoodTime gäbe es so ein lila Symbol, über das man direkt mit "
            "GoodTime schreiben kann. Bei mir ist da gar nichts, ich sehe nur die normale Startseite ohne Anmeldung, weil ich "
            "über den Link in der Einladung reingehe. Muss mir das jemand freischalten?\n\n"
            "Viele Grüße\nSabine Kühn\nSekretariat Radiologie\nCorvane Health Partners GmbH – Diagnostikzentrum Hamburg-Eppendorf\n"
            "Tel. 040 8197 2240")
    build(n, "question", "auto_reply", "chat-bubble", "de", "purple symbol not visible (not logged in)",
          frm=addr("Sabine Kühn", "sabine.kuehn@corvanehealth.de", "raw8"), subject=subj("Lila Symbol unten rechts fehlt", "raw8"),
          date=dt(2026, 2, 11, 13, 55, 40, "+0100"), part=text(body, "utf-8", "8bit"), msgid="outlook",
          msgdom="corvanehealth.de", received=5, tags=["raw-utf8-subject", "raw-utf8-from"])

@M
def de_q_calendar(n):
    body = ("Moin,\n\n"
            "seit ich letzte Woche mein Windows-Passwort ändern musste, schlägt GoodTime mir für Bewerbungsgespräche Zeiten "
            "vor, in denen ich längst Termine habe (Teambesprechung, Sprechstunde). Vorher lief das einwandfrei.\n\n"
            "Muss ich meinen Kalender irgendwo neu verbinden oder freigeben? Und wenn ja, wo mache ich das? Ich möchte ungern "
            "jedes Mal die Vorschläge von Hand prüfen.\n\n"
            "Danke vorab und Gruß\nJörg Baumgärtner")
    sg = sig("Jörg Baumgärtner", "Praxismanager | MVZ Hamburg-Altona", "Corvane Health Partners GmbH", "Tel.: +49 40 3861 4402 | Mobil: +49 151 2207 8841")
    build(n, "question", "auto_reply", "calendar-sync", "de", "availability wrong after password change",
          frm=addr("Baumgärtner, Jörg", "joerg.baumgaertner@corvanehealth.de", "b"),
          subject=subj("Kalender wird nicht mehr richtig gelesen nach Passwortänderung", "b"),
          date=dt(2026, 3, 5, 8, 17, 3, "+0100"), part=outlook_part(body, sg, DISC_DE, lang="de", html_only=False, htmllang="DE"),
          client="outlook", received=7, msgdom="corvanehealth.de", tags=["rfc2047-b-utf8", "disclaimer"])

@M
def de_q_timezone(n):
    body = ("Hallo liebes Help-Line-Team,\n\n"
            "wir haben für die Stelle als MTR in Hamburg eine Bewerberin, die noch in Lissabon wohnt und per Teams "
            "teilnimmt. Portugal ist ja eine Stunde hinter uns. Worauf muss ich in GoodTime achten, damit sie die Uhrzeit "
            "in ihrer eigenen Zeit angezeigt bekommt und nicht eine Stunde zu früh oder zu spät im Call sitzt? Ende März ist "
            "ja auch noch Zeitumstellung...\n\n"
            "Liebe Grüße\nAnja\n\nVon meinem iPhone gesendet")
    build(n, "question", "auto_reply", "time-zones", "de", "candidate in another time zone",
          frm=addr("Anja Schröder", "anja.schroeder@corvanehealth.de", "q"), subject=subj("Bewerberin aus Lissabon – Uhrzeit?", "q"),
          date=dt(2026, 3, 18, 19, 44, 51, "+0100"), part=apple_part(body), msgid="apple", msgdom="corvanehealth.de",
          extra=OL_IPHONE, received=5, tags=["mobile-signature", "rfc2047-q-utf8"])

@M
def de_q_training(n):
    body = ("Guten Tag,\n\n"
            "bei uns im Labor fängt im April eine neue Laborleitung-Stellvertreterin an, die künftig auch "
            "Vorstellungsgespräche für MTLs führen soll. Bevor sie das allein macht, soll sie bei zwei, drei Gesprächen "
            "nur zuhören und danach ein paar Gespräche selbst führen, während eine erfahrene Kollegin dabei ist.\n\n"
            "Lässt sich so ein Ablauf in GoodTime abbilden, oder muss ich sie jedes Mal von Hand dazu einladen?\n\n"
            "Mit freundlichen Grüßen\n\nDr. Martina Lenz\nLeitung Klinisches Labor\nCorvane Health Partners GmbH | Labor Hamburg\n"
            "Tel. +49 40 8197 2100")
    build(n, "question", "auto_reply", "interviewer-training", "de", "shadowing path described without the terms",
          frm=addr("Dr. Lenz, Martina", "martina.lenz@corvanehealth.de"), subject="Neue Kollegin bei Bewerbungsgesprächen einarbeiten",
          date=dt(2026, 3, 23, 11, 2, 29, "+0100"),
          part=outlook_part(body, "", DISC_DE, lang="de", charset="iso-8859-15", cte="base64", html_only=False, htmllang="DE"),
          client="outlook", received=6, msgdom="corvanehealth.de", auth="corvanehealth.de", arc=True, tags=["disclaimer"])

@M
def de_q_none_betriebsrat(n):
    body = ("Hallo,\n\n"
            "unser Betriebsrat in Hamburg möchte vor der Ausweitung von GoodTime auf alle Standorte wissen, welche Daten "
            "über die Interviewer (also unsere Mitarbeitenden) in GoodTime gespeichert werden und ob es dafür eine "
            "Dokumentation der Datenfelder gibt, die wir für die Betriebsvereinbarung nach § 87 Abs. 1 Nr. 6 BetrVG "
            "verwenden können.\n\n"
            "Gibt es so etwas schon, oder an wen kann ich mich wenden?\n\n"
            "Beste Grüße\nKatrin Vogel\nPersonalreferentin | People Team Deutschland")
    build(n, "question", "forward_support", "none", "de", "works council documentation, no article",
          frm=addr("Vogel, Katrin", "katrin.vogel@corvanehealth.de", "raw1252"),
          subject=subj("Datenfelder GoodTime für Betriebsvereinbarung – Dokumentation?", "raw1252"),
          date=dt(2026, 4, 13, 14, 26, 35, "+0200"), part=outlook_part(body, "", DISC_DE, lang="de", htmllang="DE"),
          client="outlook", received=6, msgdom="corvanehealth.de", tags=["raw-1252-subject", "raw-1252-from"])

@M
def de_bug_umlaut(n):
    body = ("Hallo,\n\n"
            "seit Montag werden in den Bestätigungsmails an Bewerber die Umlaute falsch angezeigt: aus „Bestätigung“ wird "
            "„BestÃ¤tigung“, aus „Grüße“ wird „GrÃ¼ÃŸe“, und die Adresse „Große Bleichen“ ist kaum noch lesbar. Betrifft "
            "alle Vorlagen auf Deutsch, die englischen sind in Ordnung. Zwei Bewerber haben schon nachgefragt, ob die Mail "
            "echt ist.\n\n"
            "Screenshot hängt an.\n\n"
            "Viele Grüße\nAnja Schröder\nRecruiting-Koordination | Corvane Health Partners GmbH")
    build(n, "bug", "forward_support", "", "de", "mojibake in German candidate emails",
          frm=addr("Schröder, Anja", "anja.schroeder@corvanehealth.de", "b"),
          subject=subj("Umlaute in Bewerber-Mails kaputt", "q", split=4),
          date=dt(2026, 4, 22, 9, 36, 18, "+0200"),
          part=outlook_part(body, "", DISC_DE, lang="de", html_only=False, charset="utf-8", attach=[png_part("image002.png", seed=9)], htmllang="DE"),
          client="outlook", received=7, msgdom="corvanehealth.de", tags=["rfc2047-q-split-midword", "screenshot"])

@M
def de_block_empfang(n):
    body = ("Dringend: Die Bewerberin für die MFA-Stelle sitzt seit 10 Minuten bei uns am Empfang (Termin 9:30), aber "
            "keine der beiden Interviewerinnen hat eine Einladung bekommen. In GoodTime steht das Gespräch als geplant "
            "drin. Die Kolleginnen sind da, wissen aber nicht in welchen Raum. Was soll ich jetzt machen?\n\n"
            "Sabine\n\nVon meinem iPhone gesendet")
    build(n, "scheduling_blocker", "forward_support", "", "de", "candidate at reception, no invites",
          frm=addr("Sabine Kühn", "sabine.kuehn@corvanehealth.de", "q"), subject=subj("DRINGEND Bewerberin am Empfang – keine Einladung", "b", split=17),
          date=dt(2026, 5, 7, 9, 41, 8, "+0200"), part=apple_part(body, cte="base64"), msgid="apple", msgdom="corvanehealth.de",
          extra=OL_IPHONE, received=5, tags=["mobile-signature", "rfc2047-b-split"])

@M
def de_esc_invoice(n):
    body = ("Sehr geehrte Damen und Herren,\n\n"
            "für die deutschen Standorte erhalten wir die GoodTime-Rechnungen bislang über die US-Gesellschaft in USD. Ab dem "
            "Geschäftsjahr 2026 müssen die Lizenzen der deutschen Nutzer (derzeit 23) aus steuerlichen Gründen direkt an die "
            "Corvane Health Partners GmbH fakturiert werden, in EUR und mit unserer USt-IdNr. DE 312 456 789.\n\n"
            "Bitte stimmen Sie mit GoodTime ab, ob das im bestehenden Vertrag möglich ist oder ob wir einen eigenen Vertrag "
            "brauchen. Die Verlängerung steht zum 1. Juli an.\n\n"
            "Mit freundlichen Grüßen")
    sg = sig("Thomas Reinhardt", "Leiter Finanzbuchhaltung", "Corvane Health Partners GmbH | Große Bleichen 21 | 20354 Hamburg", "Tel.: +49 40 3861 4100")
    q = {"from": "Reinhardt, Thomas", "sent": "Donnerstag, 5. Februar 2026 11:20", "to": "Vogel, Katrin",
         "subject": "AW: Kostenstellen Recruiting 2026",
         "body": "Hallo Frau Vogel,\n\ndie Kostenstellen für 2026 sind jetzt im System angelegt (4710 Hamburg, 4720 München).\n\n"
                 "Gruß\nT. Reinhardt"}
    build(n, "escalation", "flag_csm", "", "de", "contract/invoicing entity change",
          frm=addr("Reinhardt, Thomas", "thomas.reinhardt@corvanehealth.de"),
          subject="WG: AW: Kostenstellen Recruiting 2026 - GoodTime Rechnungsstellung an GmbH",
          date=dt(2026, 2, 16, 15, 12, 44, "+0100"), part=outlook_part(body, sg, DISC_DE, quotes=[q], lang="de", htmllang="DE"),
          client="outlook", received=7, msgdom="corvanehealth.de", auth="corvanehealth.de",
          tags=["forwarded-outlook", "long-subject", "disclaimer"])

@M
def de_noise_ooo(n):
    body = ("Vielen Dank für Ihre Nachricht.\n\n"
            "Ich bin bis einschließlich 10.04.2026 nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht "
            "wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an personal@corvanehealth.de.\n\n"
            "Mit freundlichen Grüßen\nKatrin Vogel")
    build(n, "noise", "ignore", "", "de", "Abwesenheitsnotiz with Auto-Submitted",
          frm=addr("Vogel, Katrin", "katrin.vogel@corvanehealth.de", "q-latin1"),
          subject=subj("Automatische Antwort: Schulungstermine GoodTime Q2", "ascii"),
          date=dt(2026, 3, 30, 7, 58, 2, "+0200"), part=text(body, "iso-8859-1", "quoted-printable"),
          client="outlook", received=5, msgdom="corvanehealth.de",
          extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], tags=["ooo-auto-submitted"])

# ================================================================== SPANISH
@M
def es_q_hours(n):
    body = ("Hola:\n\n"
            "En la clínica de Valencia hacemos entrevistas los sábados por la mañana y a veces a última hora de la tarde "
            "entre semana. Si algo falla con GoodTime un sábado a las 9, ¿hay alguien al otro lado o tenemos que esperar al "
            "lunes? ¿Hasta qué hora atienden?\n\n"
            "Gracias,\nJavier")
    sg = sig("Javier Ortega Lozano", "Coordinador de Clínica | Valencia - Campanar", "Corvane Health Partners España", "Tel. 963 55 01 48")
    build(n, "question", "auto_reply", "support-hours", "es", "weekend availability of support",
          frm=addr("Javier Ortega Lozano", "javier.ortega@corvanehealth.es"), subject="Soporte GoodTime los sábados",
          date=dt(2026, 1, 16, 12, 40, 19, "+0100"), part=outlook_part(body, sg, DISC_ES, lang="es", htmllang="ES"),
          client="outlook", received=6, msgdom="corvanehealth.es", tags=["disclaimer"])

@M
def es_q_reschedule(n):
    body = ("Buenas,\n\n"
            "me acaba de llamar una candidata para el puesto de auxiliar de enfermería; no puede venir el jueves y me pide "
            "pasarlo al lunes. ¿Cómo lo cambio bien? ¿Muevo directamente la cita en el calendario de Outlook o hay que "
            "hacerlo desde GoodTime? No quiero que a los entrevistadores les lleguen tres correos distintos.\n\n"
            "Un saludo,\nLucía\n\nEnviado desde mi iPhone")
    build(n, "question", "auto_reply", "reschedule-interview", "es", "move interview, asks whether to move in Outlook",
          frm=addr("Lucía Navarro", "lucia.navarro@corvanehealth.es", "raw8"), subject=subj("Cambiar entrevista del jueves al lunes", "ascii"),
          date=dt(2026, 2, 24, 17, 5, 33, "+0100"), part=apple_part(body), msgid="apple", msgdom="corvanehealth.es",
          extra=OL_IPHONE, received=5, tags=["mobile-signature", "raw-utf8-from"])

@M
def es_q_selfsched(n):
    body = ("Hola a todos,\n\n"
            "Para las entrevistas telefónicas de teleoperadores del centro de atención al paciente estoy perdiendo muchísimo "
            "tiempo con correos de ida y vuelta para cuadrar la hora. ¿Hay alguna manera de que el propio candidato elija "
            "un hueco que nos venga bien a nosotros, sin que yo tenga que estar en medio?\n\n"
            "Muchas gracias,\nMaría José")
    sg = sig("María José Fernández Ruiz", "Técnica de Selección | People Team España", "Corvane Health Partners España, S.L. | C/ de Alcalá 210, 28028 Madrid", "+34 91 555 02 17")
    build(n, "question", "auto_reply", "self-scheduling-link", "es", "candidate picks own slot",
          frm=addr("Fernández Ruiz, María José", "mariajose.fernandez@corvanehealth.es", "raw1252"),
          subject=subj("¿El candidato puede elegir él mismo la hora?", "raw1252"),
          date=dt(2026, 3, 10, 10, 22, 7, "+0100"), part=outlook_part(body, sg, DISC_ES, lang="es", htmllang="ES"),
          client="outlook", received=7, msgdom="corvanehealth.es", auth="corvanehealth.es",
          tags=["raw-1252-subject", "raw-1252-from", "disclaimer"])

@M
def es_q_room(n):
    body = ("Hola,\n\n"
            "A partir de mayo las entrevistas de técnicos de radiología en Valencia van a ser presenciales. ¿Puede GoodTime "
            "reservarme también la sala cuando programa la entrevista? He probado con la 'Sala Turia' (la de la segunda "
            "planta) y no me sale en ningún sitio, aunque en Outlook sí la veo.\n\n"
            "Gracias de antemano,\nJavier")
    q = ("jue, 2 abr 2026 a las 9:14", "Carmen Iglesias <carmen.iglesias@corvanehealth.es>",
         "Javier, te confirmo que el presupuesto de formación para el segundo trimestre está aprobado.\nUn abrazo,\nCarmen")
    build(n, "question", "auto_reply", "room-booking", "es", "room booking; room not appearing; reply over unrelated",
          frm=addr("Javier Ortega", "javier.ortega@corvanehealth.es"), subject="Re: Presupuesto formación 2T",
          date=dt(2026, 4, 2, 13, 51, 10, "+0200"), part=gmail_part(body, quote=(q[1], q[0], q[2]), lang="es"),
          msgid="gmail", msgdom="corvanehealth.es", received=6, rkind="gmail", inreply=True,
          tags=["reply-on-top", "gmail-quote", "misleading-subject"])

@M
def es_q_path(n):
    body = ("Hola, equipo:\n\n"
            "Me incorporé la semana pasada como técnica de RR. HH. en Madrid y todavía me estoy situando. Con GoodTime tengo "
            "un pequeño lío: si algo no funciona, ¿os escribo a vosotros o a GoodTime directamente? ¿Y si se me ocurre una "
            "mejora para la herramienta? ¿Y para temas más gordos? Me vendría genial tener claro a quién acudir en cada "
            "caso.\n\n"
            "¡Gracias!\nCarmen")
    sg = sig("Carmen Iglesias Pardo", "Técnica de RR. HH.", "Corvane Health Partners España", "+34 91 555 02 30")
    build(n, "question", "auto_reply", "escalation-path", "es", "which channel for what",
          frm=addr("Carmen Iglesias Pardo", "carmen.iglesias@corvanehealth.es"),
          subject=subj("Duda: ¿a quién contacto para qué?", "b-latin1"),
          date=dt(2026, 1, 26, 9, 3, 56, "+0100"), part=outlook_part(body, sg, DISC_ES, lang="es", charset="utf-8", cte="base64", html_only=False, htmllang="ES"),
          client="outlook", received=6, msgdom="corvanehealth.es", tags=["rfc2047-b-latin1"])

@M
def es_q_none_ats(n):
    body = ("Buenos días:\n\n"
            "En Corvane España seguimos usando nuestro propio portal de empleo para las ofertas locales, no el ATS del grupo. "
            "¿Sabéis si GoodTime se puede conectar también con ese portal (es un desarrollo a medida de un proveedor "
            "español), o solo funciona con el ATS corporativo? Necesito saberlo para el plan de proyecto de 2026.\n\n"
            "Saludos cordiales,\nÁlvaro")
    sg = sig("Álvaro Ruiz Campos", "Responsable de Sistemas de RR. HH. y Nómina", "Corvane Health Partners España", "+34 91 555 02 60")
    build(n, "question", "forward_support", "none", "es", "custom portal integration, not answered",
          frm=addr("Álvaro Ruiz Campos", "alvaro.ruiz@corvanehealth.es", "b"), subject=subj("Integración GoodTime con portal de empleo propio", "q"),
          date=dt(2026, 2, 3, 10, 47, 2, "+0100"), part=outlook_part(body, sg, DISC_ES, lang="es", htmllang="ES"),
          client="outlook", received=5, msgdom="corvanehealth.es", tags=["resembles-ats-integration"])

@M
def es_bug_reminders_late(n):
    body = ("Hola:\n\n"
            "Os escribo porque los recordatorios a los candidatos de Madrid están llegando DESPUÉS de la entrevista. Ayer una "
            "candidata con entrevista a las 10:00 recibió el recordatorio a las 15:30, y hoy otros dos igual. Antes llegaban "
            "el día anterior por la tarde. No hemos cambiado nada en la configuración.\n\n"
            "IDs de candidato: 71302, 71318, 71322 (puesto REQ-ES-0219, enfermera/o de consultas).\n\n"
            "Un saludo,\nMaría José")
    build(n, "bug", "forward_support", "", "es", "reminders arriving after the interview",
          frm=addr("María José Fernández", "mariajose.fernandez@corvanehealth.es", "q-latin1"),
          subject=subj("Los recordatorios llegan tarde", "ascii"),
          date=dt(2026, 4, 15, 16, 20, 44, "+0200"), part=text(body + "\n\n" + DISC_ES, "iso-8859-1", "quoted-printable"),
          client="outlook", received=6, msgdom="corvanehealth.es", tags=["rfc2047-q-latin1-from", "disclaimer"])

@M
def es_block_teams(n):
    body = ("URGENTE: tenemos una entrevista dentro de 15 minutos (11:00) para el puesto de farmacéutico y el enlace de "
            "Teams que sale en la invitación da error 'Esta reunión ya no existe'. El candidato ya me ha escrito que no "
            "puede entrar. ¿Podéis generar un enlace nuevo o decirme qué hago?\n\n"
            "Lucía Navarro\nSecretaria médica - Clínica Madrid Chamberí\n\nEnviado desde mi iPhone")
    build(n, "scheduling_blocker", "forward_support", "", "es", "Teams link dead, interview in 15 min",
          frm=addr("Lucía Navarro", "lucia.navarro@corvanehealth.es", "b"), subject=subj("URGENTE enlace Teams no funciona – entrevista 11:00", "q", split=20),
          date=dt(2026, 3, 31, 10, 45, 2, "+0200"), part=apple_part(body, cte="base64"), msgid="apple", msgdom="corvanehealth.es",
          extra=OL_IPHONE, received=5, tags=["mobile-signature", "rfc2047-q-split"])

@M
def es_feat_festivos(n):
    body = ("Hola:\n\n"
            "Una sugerencia para GoodTime. En España cada comunidad y cada ciudad tiene sus propios festivos (San José en "
            "Valencia, San Isidro en Madrid, etc.), y GoodTime nos propone entrevistas en días en los que la clínica está "
            "cerrada. ¿Se podría añadir un calendario de festivos por sede para que esos días no aparezcan como disponibles?\n\n"
            "Sería muy útil también para Portugal y Alemania, creo.\n\n"
            "Un saludo,\nJavier")
    build(n, "feature_request", "product_board_reply", "", "es", "regional holidays per site",
          frm=addr("Javier Ortega", "javier.ortega@corvanehealth.es"), subject="Sugerencia: festivos locales por clínica",
          date=dt(2026, 3, 20, 8, 34, 29, "+0100"), part=outlook_part(body, "", DISC_ES, lang="es", charset="utf-8", htmllang="ES"),
          client="outlook", received=6, msgdom="corvanehealth.es")

@M
def es_noise_accept(n):
    cal_reply(n, "es", "ACCEPTED", "Navarro, Lucía", "lucia.navarro@corvanehealth.es", "Aceptada: ",
              "Sesión GoodTime - novedades para coordinadores", ("20260505T100000", "20260505T110000"), "calendar accept (es)",
              dt(2026, 4, 28, 9, 12, 6, "+0200"), dom="corvanehealth.es")

# ================================================================== FRENCH
@M
def fr_q_team(n):
    body = ("Bonjour,\n\n"
            "Je viens de rejoindre l'équipe recrutement à Lyon et on m'a donné cette adresse « help line » pour GoodTime. "
            "Pour être sûre de ne pas vous déranger pour rien : qui se trouve derrière cette adresse exactement, et pour "
            "quel genre de sujets dois-je vous écrire plutôt que de contacter directement l'éditeur ?\n\n"
            "Merci d'avance,\nSophie")
    sg = sig("Sophie Marchand", "Chargée de recrutement | People Team France", "Corvane Health Partners France SAS | 42 rue de la République, 69002 Lyon", "Tél. : +33 4 72 55 01 36")
    build(n, "question", "auto_reply", "internal-project-team", "fr", "what the help line is for",
          frm=addr("Sophie Marchand", "sophie.marchand@corvanehealth.fr"),
          subject=subj("Question sur le rôle de la help line GoodTime", "b-latin1", split=18),
          date=dt(2026, 1, 12, 9, 48, 31, "+0100"), part=outlook_part(body, sg, DISC_FR, lang="fr", htmllang="FR"),
          client="outlook", received=6, msgdom="corvanehealth.fr", tags=["disclaimer"])

@M
def fr_q_availability(n):
    body = ("Bonjour à tous,\n\n"
            "Aujourd'hui, pour organiser les entretiens des manipulateurs radio, j'appelle chaque candidat pour lui demander "
            "quand il est libre, puis je note tout dans un tableau. C'est très long. Est-ce qu'on peut lui envoyer quelque "
            "chose depuis GoodTime pour qu'il indique lui-même ses créneaux, et que je les retrouve ensuite dans l'outil ?\n\n"
            "Bien cordialement,\nÉmilie")
    sg = sig("Émilie Rousseau", "Secrétaire médicale - Centre d'imagerie Paris 15e", "Corvane Health Partners France", "01 45 55 02 19")
    build(n, "question", "auto_reply", "candidate-availability-request", "fr", "collect candidate availability",
          frm=addr("Émilie Rousseau", "emilie.rousseau@corvanehealth.fr", "b"),
          subject=subj("Récupérer les disponibilités des candidats", "b", split=5),
          date=dt(2026, 2, 17, 14, 3, 55, "+0100"),
          part=outlook_part(body, sg, DISC_FR, lang="fr", charset="utf-8", cte="quoted-printable", html_only=False, htmllang="FR"),
          client="outlook", received=7, msgdom="corvanehealth.fr", auth="corvanehealth.fr", tags=["rfc2047-b-split-midword", "disclaimer"])

@M
def fr_q_conf(n):
    body = ("Bonjour,\n\n"
            "Deux petites questions sur les visios :\n"
            "- comment faire pour que le lien Teams soit ajouté tout seul à l'invitation, sans que je le colle à la main ?\n"
            "- le Dr Benali préfère Zoom pour ses entretiens ; est-ce qu'on peut changer d'outil pour un seul entretien sans "
            "tout casser pour les autres ?\n\n"
            "Merci !\nÉmilie\n\nEnvoyé de mon iPhone")
    build(n, "question", "auto_reply", "conference-links", "fr", "video link provider",
          frm=addr("Émilie Rousseau", "emilie.rousseau@corvanehealth.fr", "raw8"), subject=subj("Lien visio dans les invitations", "ascii"),
          date=dt(2026, 3, 3, 20, 16, 2, "+0100"), part=apple_part(body), msgid="apple", msgdom="corvanehealth.fr",
          extra=OL_IPHONE, received=5, tags=["mobile-signature", "raw-utf8-from"])

@M
def fr_q_cancel(n):
    body = ("Bonjour,\n\n"
            "Un candidat au poste d'infirmier de coordination vient de se désister (il a accepté une autre offre). "
            "L'entretien était prévu mardi avec trois personnes et la salle Fourvière. Est-ce que je supprime simplement "
            "l'événement dans mon agenda Outlook, ou il y a une manipulation particulière à faire dans GoodTime ?\n\n"
            "Cordialement,\nNathalie")
    q = {"from": "Garnier, Thierry", "sent": "lundi 9 mars 2026 17:02", "to": "Dubois, Nathalie",
         "subject": "RE: Badge d'accès parking", "body": "Bonjour Nathalie,\n\nVotre badge est prêt à l'accueil.\n\nThierry"}
    build(n, "question", "auto_reply", "cancel-interview", "fr", "candidate withdrew; delete event in Outlook?",
          frm=addr("Dubois, Nathalie", "nathalie.dubois@corvanehealth.fr", "q-latin1"), subject=subj("Annulation entretien - candidat désisté", "q-latin1"),
          date=dt(2026, 3, 10, 11, 29, 48, "+0100"),
          part=outlook_part(body, "\nNathalie Dubois\nResponsable RH - Corvane Health Partners France", DISC_FR, quotes=[q], lang="fr", htmllang="FR"),
          client="outlook", received=6, msgdom="corvanehealth.fr", tags=["outlook-quote-block", "old-text-unrelated", "rfc2047-q-latin1"])

@M
def fr_q_perm(n):
    body = ("Bonjour,\n\n"
            "Ma collègue Sophie peut modifier les groupes d'intervieweurs et les modèles dans GoodTime, mais moi je ne vois "
            "même pas le bouton, alors qu'on fait le même travail. J'ai essayé de me déconnecter/reconnecter, rien. Est-ce "
            "un bug ou une question de droits ? Et qui peut me les donner ?\n\n"
            "Merci,\nJulien")
    sg = sig("Julien Lefèvre", "Responsable de centre - Paris Montparnasse", "Corvane Health Partners France", "Tél. 01 45 55 02 80 | Port. 06 12 34 56 78")
    build(n, "question", "auto_reply", "permissions-roles", "fr", "missing button vs colleague",
          frm=addr("Lefèvre, Julien", "julien.lefevre@corvanehealth.fr", "raw1252"), subject=subj("Bouton invisible pour moi mais pas pour ma collègue", "q"),
          date=dt(2026, 4, 20, 16, 44, 9, "+0200"), part=outlook_part(body, sg, DISC_FR, lang="fr", charset="iso-8859-1", cte="base64", htmllang="FR"),
          client="outlook", received=6, msgdom="corvanehealth.fr", tags=["raw-1252-from"])

@M
def fr_q_none_retention(n):
    body = ("Bonjour,\n\n"
            "Dans le cadre de la mise à jour de notre registre des traitements (RGPD), j'ai besoin de savoir combien de temps "
            "les données des candidats (noms, coordonnées, créneaux d'entretien) sont conservées dans GoodTime, et si elles "
            "sont supprimées automatiquement lorsque le candidat est refusé dans l'ATS.\n\n"
            "La CNIL recommande deux ans maximum après le dernier contact ; je dois vérifier que nous sommes alignés.\n\n"
            "Bien à vous,\nThierry Garnier\nDSI / Référent RGPD - Corvane Health Partners France")
    build(n, "question", "forward_support", "none", "fr", "retention period, no article",
          frm=addr("Thierry Garnier", "thierry.garnier@corvanehealth.fr"),
          subject=subj("Durée de conservation des données candidats dans GoodTime (registre RGPD)", "b"),
          date=dt(2026, 5, 12, 10, 5, 41, "+0200"), part=gmail_part(body, lang="fr"), msgid="outlook", msgdom="corvanehealth.fr",
          received=6, tags=["rfc2047-b-utf8", "resembles-ats-integration"])

@M
def fr_bug_dup_high(n):
    body = ("Bonjour,\n\n"
            "Depuis ce matin, TOUTES les invitations envoyées par GoodTime aux intervieweurs en France arrivent en double "
            "(parfois en triple), avec deux liens Teams différents. C'est le cas pour Lyon, Paris 15e et Paris Montparnasse, "
            "soit une quarantaine d'intervieweurs et une soixantaine d'entretiens cette semaine. Les candidats reçoivent "
            "eux aussi deux confirmations avec des horaires identiques mais des liens différents, et ne savent pas lequel "
            "utiliser.\n\n"
            "Ça touche tout le monde, pas seulement un utilisateur. Pouvez-vous remonter ça en priorité ?\n\n"
            "Cordialement,\nSophie Marchand")
    build(n, "bug", "forward_support+flag_csm", "", "fr", "high impact: duplicate invites across France",
          frm=addr("Sophie Marchand", "sophie.marchand@corvanehealth.fr"),
          subject=subj("Invitations GoodTime envoyées en double à tous les intervieweurs France", "q", split=31),
          date=dt(2026, 4, 8, 11, 17, 25, "+0200"), part=outlook_part(body, "", DISC_FR, lang="fr", htmllang="FR"),
          client="outlook", received=8, msgdom="corvanehealth.fr", auth="corvanehealth.fr", arc=True,
          extra=[("Importance", "high")], tags=["high-impact", "rfc2047-q-split"])

@M
def fr_feat_convocation(n):
    body = ("Bonjour,\n\n"
            "Certains candidats, notamment ceux inscrits à France Travail, nous demandent une convocation officielle en PDF "
            "(avec logo, adresse du centre, date et heure) pour justifier leur absence ou leurs frais de déplacement. "
            "Aujourd'hui on la refait à la main dans Word.\n\n"
            "Serait-il possible que GoodTime génère ce document automatiquement à partir de l'entretien planifié ? Je joins "
            "le modèle que nous utilisons.\n\n"
            "Merci,\nNathalie Dubois\nResponsable RH")
    build(n, "feature_request", "product_board_reply", "", "fr", "official PDF convocation",
          frm=addr("Dubois, Nathalie", "nathalie.dubois@corvanehealth.fr"), subject="Suggestion : convocation PDF pour les candidats",
          date=dt(2026, 5, 5, 15, 38, 0, "+0200"),
          part=outlook_part(body, "", DISC_FR, lang="fr", html_only=False, attach=[pdf_part("Modele_convocation_entretien.pdf", "Convocation a un entretien")], htmllang="FR"),
          client="outlook", received=6, msgdom="corvanehealth.fr", tags=["att-pdf"])

@M
def fr_esc_training(n):
    body = ("Bonjour,\n\n"
            "Nous allons passer toute l'équipe RH France (12 personnes : chargées de recrutement, assistantes RH et "
            "secrétaires médicales qui planifient des entretiens) sur GoodTime d'ici fin juin. La plupart n'ont jamais "
            "utilisé l'outil et certaines sont peu à l'aise en anglais.\n\n"
            "Serait-il possible d'organiser une formation dédiée, idéalement en français, avec GoodTime ? Deux demi-journées "
            "en juin nous conviendraient, sur site à Lyon ou à distance.\n\n"
            "Merci de me dire à qui m'adresser.\n\nBien cordialement,\nNathalie Dubois\nResponsable RH - Corvane Health Partners France")
    build(n, "escalation", "flag_csm", "", "fr", "team training request in French",
          frm=addr("Nathalie Dubois", "nathalie.dubois@corvanehealth.fr", "q"), subject=subj("Formation GoodTime pour l'équipe RH France", "raw8"),
          date=dt(2026, 5, 18, 9, 6, 12, "+0200"), part=text(body + "\n\n" + DISC_FR, "windows-1252", "quoted-printable"),
          client="outlook", received=6, msgdom="corvanehealth.fr", tags=["disclaimer"])

@M
def fr_noise_merci(n):
    body = "Merci beaucoup !\n\nÉmilie"
    q = {"from": "GoodTime Help Line <helpline@corvanehealth.com>", "sent": "mercredi 18 février 2026 10:12",
         "to": "Rousseau, Émilie", "subject": "RE: Récupérer les disponibilités des candidats",
         "body": "Bonjour Émilie,\n\nVous pouvez envoyer une demande de disponibilités depuis la fiche de l'entretien dans GoodTime.\n\nBonne journée,\nLa help line"}
    build(n, "noise", "ignore", "", "fr", "bare thank-you over quoted reply",
          frm=addr("Rousseau, Émilie", "emilie.rousseau@corvanehealth.fr", "b"),
          subject=subj("RE: Récupérer les disponibilités des candidats", "q"),
          date=dt(2026, 2, 18, 10, 31, 4, "+0100"), part=outlook_part(body, "", "", quotes=[q], lang="fr", charset="utf-8", htmllang="FR"),
          client="outlook", received=5, msgdom="corvanehealth.fr", inreply=True, tags=["bare-thanks", "outlook-quote-block"])

# ================================================================== PORTUGUESE
@M
def pt_q_csm(n):
    body = ("Boa tarde,\n\n"
            "Gostaria de marcar uma reunião com a pessoa da GoodTime que acompanha a nossa conta (a gestora de Customer "
            "Success, creio eu) para falarmos sobre a forma como estamos a agendar as entrevistas nas clínicas de Lisboa e "
            "do Porto. Não tenho o contacto dela. Como posso marcar esse tempo?\n\n"
            "Obrigada,\nAna Sofia")
    sg = sig("Ana Sofia Carvalho", "Técnica de Recursos Humanos | People Team Portugal", "Corvane Health Partners Portugal, Lda. | Av. da Liberdade 110, 1250-146 Lisboa", "Tel.: +351 213 550 142")
    build(n, "question", "auto_reply", "contact-csm", "pt", "book time with account manager",
          frm=addr("Ana Sofia Carvalho", "anasofia.carvalho@corvanehealth.pt", "raw8"),
          subject=subj("Reunião com a gestora de conta da GoodTime", "raw8"),
          date=dt(2026, 2, 2, 15, 10, 27, "+0000"), part=outlook_part(body, sg, DISC_PT, lang="pt", charset="utf-8", htmllang="PT"),
          client="outlook", received=6, msgdom="corvanehealth.pt", tags=["raw-utf8-subject", "raw-utf8-from", "disclaimer"])

@M
def pt_q_reminders(n):
    body = ("Olá,\n\n"
            "Na clínica do Porto temos tido algumas faltas às entrevistas de auxiliares. Os candidatos recebem algum lembrete "
            "automático antes da entrevista? Se sim, quando é que é enviado e quem é que decide isso? Se não, o que "
            "recomendam?\n\n"
            "Cumprimentos,\nJoão Pedro")
    sg = sig("João Pedro Martins", "Gestor de Clínica | Porto - Boavista", "Corvane Health Partners Portugal", "Tel.: +351 226 550 310")
    build(n, "question", "auto_reply", "candidate-reminders", "pt", "automatic reminders",
          frm=addr("Martins, João Pedro", "joaopedro.martins@corvanehealth.pt", "q-latin1"),
          subject=subj("Lembretes aos candidatos antes da entrevista", "ascii"),
          date=dt(2026, 3, 2, 11, 45, 3, "+0000"),
          part=outlook_part(body, sg, DISC_PT, lang="pt", charset="iso-8859-1", cte="base64", html_only=False, htmllang="PT"),
          client="outlook", received=5, msgdom="corvanehealth.pt", auth="corvanehealth.pt", tags=["rfc2047-q-latin1-from"])

@M
def pt_q_pool(n):
    body = ("Bom dia,\n\n"
            "A partir do próximo mês a Dra. Rita Sequeira, técnica de radiologia sénior em Lisboa, vai passar a fazer "
            "entrevistas para técnicos de radiologia. Como é que a coloco no grupo de pessoas que o GoodTime pode escolher "
            "para essas entrevistas? Ela ainda não tem experiência, por isso talvez seja melhor começar só a assistir.\n\n"
            "Obrigada,\nBeatriz\n\nEnviado do meu iPhone")
    build(n, "question", "auto_reply", "add-interviewer-to-pool", "pt", "add new interviewer, maybe as trainee",
          frm=addr("Beatriz Lopes", "beatriz.lopes@corvanehealth.pt", "b"), subject=subj("Nova entrevistadora – radiologia Lisboa", "b", split=9),
          date=dt(2026, 4, 6, 8, 20, 51, "+0100"), part=apple_part(body), msgid="apple", msgdom="corvanehealth.pt",
          extra=OL_IPHONE, received=5, tags=["mobile-signature", "rfc2047-b-split-midword"])

@M
def pt_q_itinerary(n):
    body = ("Olá,\n\n"
            "Um candidato para a vaga de farmacêutico diz que não recebeu o e-mail com o horário da entrevista e os nomes "
            "das pessoas com quem vai falar. Entretanto também trocámos um dos entrevistadores. Como é que lhe volto a "
            "mandar esse e-mail, já com o nome certo?\n\n"
            "Obrigada\nInês")
    q = {"from": "Figueiredo, Inês", "sent": "terça-feira, 12 de maio de 2026 09:02", "to": "Lopes, Beatriz",
         "subject": "Férias de agosto", "body": "Beatriz, confirmas que ficas de 3 a 14 de agosto? Tenho de fechar o mapa.\nInês"}
    build(n, "question", "auto_reply", "candidate-itinerary", "pt", "resend interview details after change; reply over unrelated",
          frm=addr("Figueiredo, Inês", "ines.figueiredo@corvanehealth.pt", "b"), subject=subj("RE: Férias de agosto", "raw8"),
          date=dt(2026, 5, 13, 14, 33, 17, "+0100"), part=outlook_part(body, "\nInês Figueiredo\nSecretária Clínica - Lisboa Saldanha", DISC_PT, quotes=[q], lang="pt", htmllang="PT"),
          client="outlook", received=6, msgdom="corvanehealth.pt", inreply=True,
          tags=["reply-on-top", "misleading-subject", "raw-utf8-subject"])

@M
def pt_q_ats(n):
    body = ("Boa tarde,\n\n"
            "Passei ontem uma candidata para a fase de \"Entrevista\" no ATS, mas hoje ainda não aparece no GoodTime para "
            "agendar. Tenho de a criar também no GoodTime à mão, ou é suposto aparecer sozinha? Não quero ficar com a "
            "candidata duplicada.\n\n"
            "Obrigada,\nAna Sofia")
    q = ("seg., 20/04/2026 às 10:02", "Rui Gonçalves <rui.goncalves@corvanehealth.pt>",
         "Ana Sofia, já enviei o mapa de custos de recrutamento do 1.º trimestre. Diz-me se precisas de mais alguma coisa.\nRui")
    build(n, "question", "auto_reply", "ats-integration", "pt", "candidate not appearing from ATS; create by hand?",
          frm=addr("Ana Sofia Carvalho", "anasofia.carvalho@corvanehealth.pt", "q"), subject=subj("Re: Mapa de custos 1.º trimestre", "b"),
          date=dt(2026, 4, 21, 15, 2, 40, "+0100"), part=gmail_part(body, quote=(q[1], q[0], q[2]), lang="pt", cte="base64"),
          msgid="gmail", msgdom="corvanehealth.pt", received=6, rkind="gmail", inreply=True,
          tags=["reply-on-top", "gmail-quote", "misleading-subject"])

@M
def pt_q_none_bookings(n):
    body = ("Olá,\n\n"
            "Na receção do Porto usamos o Microsoft Bookings para as consultas. É possível ligar o GoodTime ao Bookings, para "
            "que as entrevistas apareçam lá e não marquemos consultas por cima dos entrevistadores? Ou são coisas totalmente "
            "separadas?\n\n"
            "Cumprimentos,\nJoão Pedro Martins")
    build(n, "question", "forward_support", "none", "pt", "integration with Bookings, no article",
          frm=addr("João Pedro Martins", "joaopedro.martins@corvanehealth.pt", "raw1252"),
          subject=subj("GoodTime e Microsoft Bookings", "ascii"),
          date=dt(2026, 5, 25, 10, 14, 55, "+0100"), part=text(body + "\n\n" + DISC_PT, "windows-1252", "8bit"),
          msgid="outlook", msgdom="corvanehealth.pt", received=5, tags=["raw-1252-from", "resembles-calendar-sync"])

@M
def pt_bug_dupreminders(n):
    body = ("Bom dia,\n\n"
            "Desde a semana passada os candidatos de Lisboa estão a receber o lembrete da entrevista duas vezes — um às 18h "
            "da véspera e outro às 19h, com o mesmo texto. Já tivemos uma candidata a perguntar se a entrevista tinha mudado. "
            "Não alterámos nada nas definições. Exemplos: candidatos 66012 e 66019, vaga REQ-PT-0088.\n\n"
            "Obrigada,\nBeatriz Lopes\nRecrutamento - Corvane Health Partners Portugal")
    build(n, "bug", "forward_support", "", "pt", "duplicate reminders",
          frm=addr("Beatriz Lopes", "beatriz.lopes@corvanehealth.pt"), subject=subj("Lembretes enviados em duplicado", "ascii"),
          date=dt(2026, 3, 26, 9, 27, 14, "+0000"), part=outlook_part(body, "", DISC_PT, lang="pt", charset="utf-8", cte="base64", htmllang="PT"),
          client="outlook", received=6, msgdom="corvanehealth.pt", tags=["disclaimer"])

@M
def pt_block_receção(n):
    body = ("Urgente!! O candidato para técnico de análises clínicas já está na receção (entrevista às 15h, daqui a 5 min) "
            "e o GoodTime diz que a sala 2 está reservada, mas está lá uma reunião e no calendário da sala não aparece nada. "
            "Não há outra sala livre no piso. Alguém me consegue ajudar já?\n\n"
            "Inês\n\nEnviado do meu iPhone")
    build(n, "scheduling_blocker", "forward_support", "", "pt", "candidate in reception, room not really booked",
          frm=addr("Inês Figueiredo", "ines.figueiredo@corvanehealth.pt", "raw8"), subject=subj("URGENTE candidato na receção - sala", "raw8"),
          date=dt(2026, 5, 21, 14, 55, 30, "+0100"), part=apple_part(body), msgid="none", msgdom="corvanehealth.pt",
          extra=OL_IPHONE, received=5, tags=["mobile-signature", "raw-utf8-subject"])

@M
def pt_feat_whatsapp(n):
    body = ("Olá a todos,\n\n"
            "Em Portugal quase todos os candidatos preferem WhatsApp a e-mail. Seria possível o GoodTime enviar a confirmação "
            "e o lembrete da entrevista por WhatsApp? Sei que não é urgente, mas ajudaria muito a reduzir as faltas nas "
            "clínicas.\n\n"
            "Obrigado,\nJoão Pedro\n\n"
            "-----Mensagem original-----\n"
            "De: Carvalho, Ana Sofia\n"
            "Enviada: 9 de abril de 2026 16:40\n"
            "Para: Martins, João Pedro\n"
            "Assunto: Faltas a entrevistas - março\n\n"
            "João Pedro, em março tivemos 9 faltas no Porto e 4 em Lisboa. Tens alguma ideia do que podemos fazer?\n"
            "Ana Sofia")
    build(n, "feature_request", "product_board_reply", "", "pt", "WhatsApp reminders; original-message quote",
          frm=addr("Martins, João Pedro", "joaopedro.martins@corvanehealth.pt", "b"),
          subject=subj("RE: Faltas a entrevistas - março - sugestão", "q-latin1"),
          date=dt(2026, 4, 10, 9, 3, 2, "+0100"), part=text(body, "iso-8859-1", "quoted-printable"),
          msgid="outlook", msgdom="corvanehealth.pt", received=6, inreply=True, tags=["original-message-quote", "rfc2047-q-latin1"])

@M
def pt_esc_recurring(n):
    body = ("Boa tarde,\n\n"
            "Mais uma vez, desde esta manhã o GoodTime deixou de ler os calendários de toda a equipa de Lisboa e do Porto: "
            "todos os entrevistadores aparecem como livres e já marcámos duas entrevistas por cima de consultas. É a "
            "terceira vez em dois meses (já reportámos em fevereiro e em março e foi dado como resolvido).\n\n"
            "Precisamos que isto seja resolvido hoje, mas também que alguém fale com a GoodTime sobre o que se está a passar, "
            "porque a equipa já não confia na ferramenta e está a voltar às folhas de Excel.\n\n"
            "Cumprimentos,")
    sg = sig("Ana Sofia Carvalho", "Técnica de Recursos Humanos | People Team Portugal", "Corvane Health Partners Portugal, Lda.", "Tel.: +351 213 550 142")
    build(n, "escalation", "flag_csm+forward_support", "", "pt", "recurring org-wide sync failure, happening now",
          frm=addr("Carvalho, Ana Sofia", "anasofia.carvalho@corvanehealth.pt"),
          subject=subj("Sincronização de calendários falhou OUTRA VEZ – terceira vez em dois meses", "b", split=33),
          date=dt(2026, 4, 29, 14, 41, 22, "+0100"), part=outlook_part(body, sg, DISC_PT, lang="pt", htmllang="PT"),
          client="outlook", received=7, msgdom="corvanehealth.pt", auth="corvanehealth.pt", arc=True,
          extra=[("Importance", "high"), ("X-Priority", "1")], tags=["recurring", "rfc2047-b-split", "disclaimer"])

# ================================================================== write everything
def main():
    for f in os.listdir(OUT):
        if f.startswith("a-") and f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    order = list(MSGS)
    random.Random(909).shuffle(order)
    for i, f in enumerate(order, 1):
        f(i)
    RECORDS.sort(key=lambda r: r["file"])
    with open(os.path.join(OUT, "labels.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=["file", "category", "actions", "article", "language", "format", "notes"])
        w.writeheader()
        for r in RECORDS:
            w.writerow(r)
    print("wrote", len(RECORDS), "messages")

if __name__ == "__main__":
    main()
