#!/usr/bin/env python3
"""Writer c: builds c-NNN.eml and labels.csv for the Corvane Health Partners help-line test set."""
import base64, binascii, csv, datetime as dt, email, email.utils, hashlib, html, io, os, quopri, random, struct, zlib

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(20260309)
HELP = "helpline@corvanehealth.com"
HELPTO = "GoodTime Help Line <helpline@corvanehealth.com>"

# ---------------------------------------------------------------- helpers
def hx(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))

def HX(n):
    return "".join(R.choice("0123456789ABCDEF") for _ in range(n))

def an(n):
    return "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))

def uuid():
    return f"{HX(8)}-{HX(4)}-{HX(4)}-{HX(4)}-{HX(12)}"

def mkdate(s, tz):
    d = dt.datetime.strptime(s, "%Y-%m-%d %H:%M")
    d = d.replace(second=R.randint(0, 59))
    sign = 1 if tz[0] == "+" else -1
    off = dt.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    return d.replace(tzinfo=dt.timezone(off))

def rfcdate(d):
    return email.utils.format_datetime(d)

def b64(b):
    return base64.encodebytes(b)

def qpenc(b):
    return quopri.encodestring(b)

def qword_bytes(b):
    out = []
    for c in b:
        ch = chr(c)
        if ch == " ":
            out.append("_")
        elif ch.isascii() and (ch.isalnum() or ch in "!*+-/"):
            out.append(ch)
        else:
            out.append("=%02X" % c)
    return "".join(out)

def chunks_chars(s, cs, maxbytes):
    """split s into pieces whose encoding stays <= maxbytes without splitting characters"""
    pieces, cur = [], ""
    for ch in s:
        if len((cur + ch).encode(cs)) > maxbytes and cur:
            pieces.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        pieces.append(cur)
    return pieces

def encword(s, cs="utf-8", enc="B", maxbytes=36):
    words = []
    for p in chunks_chars(s, cs, maxbytes):
        b = p.encode(cs)
        if enc == "B":
            words.append(f"=?{cs.upper() if R.random()<0.5 else cs}?B?{base64.b64encode(b).decode()}?=")
        else:
            words.append(f"=?{cs}?Q?{qword_bytes(b)}?=")
    return "\r\n ".join(words)

def fold(value, width=72):
    """fold an ascii header value at spaces"""
    words = value.split(" ")
    lines, cur = [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    lines.append(cur)
    return "\r\n ".join(lines)

def hdr_text(s, mode, cs=None):
    """returns bytes for a header value (subject or display name)"""
    if mode == "plain":
        return s.encode("ascii")
    if mode == "fold":
        return fold(s).encode("ascii")
    if mode == "raw8":
        return s.encode("utf-8")
    if mode == "raw1252":
        return s.encode("cp1252")
    if mode == "b":
        return encword(s, cs or "utf-8", "B").encode()
    if mode == "q":
        return encword(s, cs or "iso-8859-1", "Q", 30).encode()
    if mode == "split":  # split in the middle of a word, Q encoding
        c = cs or "iso-8859-1"
        mid = len(s) // 2
        # move to the middle of a word (never on a space)
        while s[mid] == " " or s[mid - 1] == " ":
            mid += 1
        a, b_ = s[:mid], s[mid:]
        return (f"=?{c}?Q?{qword_bytes(a.encode(c))}?=\r\n =?{c}?Q?{qword_bytes(b_.encode(c))}?=").encode()
    if mode == "splitb":
        c = cs or "utf-8"
        mid = len(s) // 2
        while s[mid] == " " or s[mid - 1] == " ":
            mid += 1
        a, b_ = s[:mid], s[mid:]
        return (f"=?{c}?B?{base64.b64encode(a.encode(c)).decode()}?=\r\n =?{c}?B?{base64.b64encode(b_.encode(c)).decode()}?=").encode()
    raise ValueError(mode)

def addr(name, a, mode="plain", cs=None):
    if not name:
        return a.encode()
    if mode == "plain":
        if any(c in name for c in ",.()"):
            return f'"{name}" <{a}>'.encode()
        return f"{name} <{a}>".encode()
    if mode in ("raw8", "raw1252"):
        return b'"' + hdr_text(name, mode) + b'" <' + a.encode() + b">"
    return hdr_text(name, mode, cs) + b" <" + a.encode() + b">"

# ---------------------------------------------------------------- binary attachments
def png_bytes(w=64, h=36, seed=1):
    rr = random.Random(seed)
    raw = b""
    for y in range(h):
        raw += b"\x00"
        for x in range(w):
            v = 235 if (y < 6) else (250 if (x + y) % 9 else rr.randint(120, 200))
            if 12 < y < 18 and 8 < x < 50:
                v = 200 if rr.random() < .5 else 90
            raw += bytes([v, v, min(255, v + 10)])
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))

def pdf_bytes(title):
    t = title.encode("latin-1", "replace")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            None,
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    stream = b"BT /F1 14 Tf 60 780 Td (" + t.replace(b"(", b"[").replace(b")", b"]") + b") Tj ET"
    objs[3] = b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream"
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    x = len(out)
    out += f"xref\n0 {len(objs)+1}\n0000000000 65535 f \n".encode()
    for o in offs:
        out += f"{o:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs)+1} /Root 1 0 R >>\nstartxref\n{x}\n%%EOF\n".encode()
    return out

def tnef_bytes():
    rr = random.Random(7)
    return b"\x78\x9f\x3e\x22" + struct.pack("<H", 0x1234) + b"\x01\x06\x90\x08\x00\x04\x00\x00\x00\x00\x00\x01\x00\x01\x00\x01\x07\x90\x06\x00\x08\x00\x00\x00\xe4\x04\x00\x00\x00\x00\x00\x00\xe8\x00" + bytes(rr.randint(0, 255) for _ in range(700))

def ics_text(summary, start, minutes, organizer, attendee, method="REQUEST", partstat=None, location=""):
    end = start + dt.timedelta(minutes=minutes)
    f = lambda d: d.astimezone(dt.timezone.utc).strftime("%Y%m%dT%H%M00Z")
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
             f"METHOD:{method}", "BEGIN:VEVENT"]
    if partstat:
        lines.append(f"ATTENDEE;PARTSTAT={partstat}:mailto:{attendee}")
    else:
        lines.append(f"ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{attendee}")
    lines += [f"ORGANIZER:mailto:{organizer}", f"DTSTART:{f(start)}", f"DTEND:{f(end)}",
              f"UID:040000008200E00074C5B7101A82E008000000{HX(24)}", f"DTSTAMP:{f(start - dt.timedelta(days=2))}",
              f"SUMMARY:{summary}", f"LOCATION:{location}", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR", ""]
    return "\r\n".join(lines)

# ---------------------------------------------------------------- bodies
def outlook_html(text, lang="en"):
    paras = []
    for line in text.split("\n"):
        if line.strip() == "":
            paras.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        elif line.startswith("__QUOTE__"):
            paras.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">')
        elif line.startswith("__ENDQ__"):
            paras.append("</div>")
        else:
            esc = html.escape(line, quote=False)
            for k in ("From:", "Sent:", "To:", "Subject:", "Cc:", "Von:", "Gesendet:", "An:", "Betreff:",
                      "De:", "Enviado:", "Para:", "Asunto:", "Assunto:", "Envoyé :", "À :", "Objet :", "De :"):
                if esc.startswith(k):
                    esc = f"<b>{k}</b>{esc[len(k):]}"
                    break
            paras.append(f'<p class="MsoNormal"><span lang="{lang.upper()}" style="font-size:11.0pt;font-family:&quot;Calibri&quot;,sans-serif">{esc}<o:p></o:p></span></p>')
    body = "\n".join(paras)
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=CHARSET">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
\t{{font-family:"Cambria Math";
\tpanose-1:2 4 5 3 5 4 6 3 2 4;}}
@font-face
\t{{font-family:Calibri;
\tpanose-1:2 15 5 2 2 2 4 3 2 4;}}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
\t{{margin:0cm;
\tfont-size:11.0pt;
\tfont-family:"Calibri",sans-serif;}}
a:link, span.MsoHyperlink
\t{{mso-style-priority:99;
\tcolor:#0563C1;
\ttext-decoration:underline;}}
span.EmailStyle17
\t{{mso-style-type:personal-compose;
\tfont-family:"Calibri",sans-serif;
\tcolor:windowtext;}}
.MsoChpDefault
\t{{mso-style-type:export-only;
\tfont-family:"Calibri",sans-serif;}}
@page WordSection1
\t{{size:612.0pt 792.0pt;
\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}}
div.WordSection1
\t{{page:WordSection1;}}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--><!--[if gte mso 9]><xml>
<o:shapelayout v:ext="edit">
<o:idmap v:ext="edit" data="1" />
</o:shapelayout></xml><![endif]-->
</head>
<body lang="{lang.upper()}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
{body}
</div>
</body>
</html>
"""

def simple_html(text, style="gmail"):
    out = []
    inq = False
    for line in text.split("\n"):
        if line.startswith("__QUOTE__"):
            out.append('<div class="gmail_quote"><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">')
            inq = True
            continue
        if line.startswith("__ENDQ__"):
            out.append("</blockquote></div>")
            inq = False
            continue
        if line.startswith("> "):
            line = line[2:]
        elif line == ">":
            line = ""
        out.append((html.escape(line, quote=False) or "") + "<br>")
    inner = "\n".join(out)
    if style == "gmail":
        return f'<div dir="ltr">{inner}</div>\n'
    if style == "apple":
        return f'<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;"><div>{inner}</div></body></html>\n'
    return f"<html><body>{inner}</body></html>\n"

def plain_of(text):
    """strip markers for plain rendering"""
    return "\n".join(l for l in text.split("\n") if not l.startswith("__QUOTE__") and not l.startswith("__ENDQ__"))

def leaf(ctype, cte, payload, extra=()):
    h = [f"Content-Type: {ctype}".encode()]
    if cte:
        h.append(f"Content-Transfer-Encoding: {cte}".encode())
    h += [x if isinstance(x, bytes) else x.encode() for x in extra]
    return (h, payload)

def enc(text_bytes, cte):
    if cte == "base64":
        return b64(text_bytes)
    if cte == "quoted-printable":
        return qpenc(text_bytes)
    return text_bytes if text_bytes.endswith(b"\n") else text_bytes + b"\n"

def multipart(sub, parts, boundary, params="", preamble=b""):
    h = [f'Content-Type: multipart/{sub};{params}\r\n\tboundary="{boundary}"'.encode()]
    body = preamble
    for ph, pb in parts:
        body += b"--" + boundary.encode() + b"\n" + b"\n".join(ph) + b"\n\n" + pb
        if not pb.endswith(b"\n"):
            body += b"\n"
    body += b"--" + boundary.encode() + b"--\n"
    return (h, body)

def boundary(style):
    if style == "gmail":
        return "0000000000" + hx(16)
    if style.startswith("outlook"):
        return f"_000_{an(4).upper()}PR0{R.randint(1,9)}MB{R.randint(1000,9999)}{hx(6)}{'eurprd04prodoutl' if R.random()<.6 else 'namprd13prodoutl'}_"
    if style in ("apple", "iphone"):
        return f"Apple-Mail={uuid()}"
    if style == "thunderbird":
        return "------------" + an(24)
    return "----=_Part_" + str(R.randint(100000, 999999)) + "_" + str(R.randint(10**8, 10**9)) + "." + str(R.randint(10**12, 10**13))

# ---------------------------------------------------------------- transport headers
DOMS = {"com": "corvanehealth.com", "uk": "corvanehealth.co.uk", "de": "corvanehealth.de", "es": "corvanehealth.es",
        "fr": "corvanehealth.fr", "pt": "corvanehealth.pt"}

def received_chain(n, d, client, sender_dom):
    t = d.astimezone(dt.timezone.utc) + dt.timedelta(seconds=R.randint(2, 9))
    hops = []
    def ip():
        return f"{R.choice([40,52,104,209,185,10])}.{R.randint(1,254)}.{R.randint(0,254)}.{R.randint(1,254)}"
    if client == "gmail":
        base = [("mail-wr1-f%d.google.com" % R.randint(40, 70), "mx.corvanehealth.com", "ESMTPS"),
                ("mail-sor-f41.google.com", "mx.google.com", "SMTPS"),
                ("", "mail-wr1-f41.google.com", "HTTPREST")]
    elif client == "system":
        base = [("localhost", "mx.corvanehealth.com", "ESMTP")]
    elif client in ("external", "form"):
        base = [("o%d.email.example-esp.net" % R.randint(1, 40), "mx.corvanehealth.com", "ESMTPS"),
                ("localhost", "o1.email.example-esp.net", "ESMTP")]
    else:
        base = [("EUR05-AM6-obe.outbound.protection.outlook.com", "mx.corvanehealth.com", "ESMTPS"),
                (f"AM6PR0{R.randint(1,9)}MB{R.randint(1000,9999)}.eurprd04.prod.outlook.com", "AM6PR04CA0012.outlook.office365.com", "HTTPS"),
                (f"AS8PR0{R.randint(1,9)}MB{R.randint(1000,9999)}.eurprd04.prod.outlook.com", f"AM6PR0{R.randint(1,9)}MB{R.randint(1000,9999)}.eurprd04.prod.outlook.com", "HTTPS")]
    inner = [("mx.corvanehealth.com", "filter01.corvanehealth.com", "ESMTP"),
             ("filter01.corvanehealth.com", "mbx03.corvanehealth.com", "LMTP"),
             ("mbx03.corvanehealth.com", "store-eu1.corvanehealth.com", "ESMTP"),
             ("gw2.corvanehealth.com", "mx.corvanehealth.com", "ESMTPS"),
             ("relay.corvanehealth.com", "gw2.corvanehealth.com", "ESMTP"),
             ("av-scan02.corvanehealth.com", "relay.corvanehealth.com", "ESMTP"),
             ("dlp01.corvanehealth.com", "av-scan02.corvanehealth.com", "ESMTP")]
    path = list(reversed(base)) + inner
    path = path[:n] if n <= len(path) else path + inner[:n - len(path)]
    tt = t
    for frm, by, proto in path:
        tt = tt + dt.timedelta(seconds=R.randint(0, 3))
        stamp = email.utils.format_datetime(tt.astimezone(dt.timezone(dt.timedelta(hours=0))))
        if frm:
            hops.append(f"Received: from {frm} ({frm} [{ip()}])\r\n\tby {by} with {proto} id {an(12)}\r\n\tfor <{HELP}>; {stamp}")
        else:
            hops.append(f"Received: by {by} with {proto}; {stamp}")
    return list(reversed(hops))

def auth_headers(dom, d, arc=True):
    sel = R.choice(["selector1", "selector2", "google", "s1"])
    bh = base64.b64encode(hashlib.sha256(an(20).encode()).digest()).decode()
    b = base64.b64encode(os.urandom(96) if False else bytes(R.randint(0, 255) for _ in range(128))).decode()
    ts = int(d.timestamp())
    hs = []
    hs.append(f"Authentication-Results: mx.corvanehealth.com;\r\n\tdkim=pass header.d={dom} header.s={sel} header.b={b[:8]};\r\n\tspf=pass (mx.corvanehealth.com: domain of {dom} designates sender as permitted) smtp.mailfrom={dom};\r\n\tdmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from={dom}")
    if arc:
        hs.append(f"ARC-Seal: i=1; a=rsa-sha256; t={ts}; cv=none;\r\n\td=corvanehealth.com; s=arc-2026;\r\n\tb={b[:64]}\r\n\t {b[64:128]}")
        hs.append(f"ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=corvanehealth.com; s=arc-2026;\r\n\th=from:to:subject:date:message-id:mime-version; bh={bh};\r\n\tb={b[10:74]}")
        hs.append(f"ARC-Authentication-Results: i=1; mx.corvanehealth.com;\r\n\tdkim=pass header.d={dom}; spf=pass smtp.mailfrom={dom}; dmarc=pass header.from={dom}")
    hs.append(f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={dom}; s={sel};\r\n\th=from:to:subject:date:message-id:mime-version:content-type;\r\n\tbh={bh};\r\n\tb={b[:70]}\r\n\t {b[70:140]}")
    return hs

def msgid(client, dom):
    if client == "gmail":
        return f"<CA{R.choice(['F','K','J','+'])}{an(38)}@mail.gmail.com>"
    if client.startswith("outlook"):
        m = f"{R.choice(['AM6','DB9','PAXP','AS8','VI1','DU0'])}PR0{R.randint(1,9)}MB{R.randint(1000,9999)}"
        return f"<{m}{HX(6)}{HX(6)}{HX(8)}@{m}.eurprd04.prod.outlook.com>"
    if client in ("apple", "iphone"):
        return f"<{uuid()}@{dom}>"
    if client == "thunderbird":
        return f"<{hx(8)}-{hx(4)}-{hx(4)}-{hx(4)}-{hx(12)}@{dom}>"
    if client == "android":
        return f"<{hx(20)}.{R.randint(1000,9999)}@email.android.com>"
    return f"<{hx(24)}.{R.randint(100,999)}@{dom}>"

CLIENT_HDRS = {
    "outlook": ["X-MS-Has-Attach: ", "X-MS-TNEF-Correlator: ", "Accept-Language: {lang}, en-US", "Content-Language: {lang}",
                "X-MS-Exchange-Organization-SCL: -1", "X-Mailer: Microsoft Outlook 16.0"],
    "outlook-owa": ["X-MS-Has-Attach: ", "Accept-Language: {lang}, en-US", "Content-Language: {lang}", "X-MS-Exchange-Organization-AuthAs: Internal",
                    "x-ms-publictraffictype: Email"],
    "outlook-mac": ["User-Agent: Microsoft-MacOutlook/16.93.26011212", "Thread-Topic: {topic}"],
    "gmail": [],
    "apple": ["X-Mailer: Apple Mail (2.3826.400.131.1.6)"],
    "iphone": ["X-Mailer: iPhone Mail (22D82)"],
    "thunderbird": ["User-Agent: Mozilla Thunderbird"],
    "android": ["User-Agent: Android"],
}

LANGTAG = {"en": "en-GB", "de": "de-DE", "es": "es-ES", "fr": "fr-FR", "pt": "pt-PT"}

MESSAGES = []

def build(spec):
    """spec keys: frm(name,addr,mode[,cs]) to subj smode scs date tz client body mode cs cte hcs hcte att rcv auth
    mid extra lang quoted-flag etc. Returns (bytes, format tags)"""
    tags = list(spec.get("tags", []))
    client = spec.get("client", "outlook")
    lang = spec["lang"]
    name, a = spec["frm"][0], spec["frm"][1]
    fmode = spec["frm"][2] if len(spec["frm"]) > 2 else "plain"
    fcs = spec["frm"][3] if len(spec["frm"]) > 3 else None
    dom = a.split("@")[1]
    d = mkdate(spec["date"], spec.get("tz", "+0000"))
    H = []
    rcv = spec.get("rcv", R.choice([1, 2, 3]))
    if rcv:
        H += received_chain(rcv, d, client, dom)
        if rcv >= 5:
            tags.append(f"received-{rcv}")
    if spec.get("auth"):
        H += auth_headers(dom, d, arc=spec.get("arc", True))
        tags.append("dkim-arc-authres" if spec.get("arc", True) else "dkim-authres")
    H.append(b"From: " + addr(name, a, fmode, fcs))
    if fmode in ("raw8",):
        tags.append("raw-utf8-from")
    elif fmode == "raw1252":
        tags.append("raw-1252-from")
    elif fmode in ("b", "q", "split", "splitb"):
        tags.append("rfc2047-from")
    H.append("To: " + spec.get("to", R.choice([HELP, HELPTO, '"GoodTime Help Line" <helpline@corvanehealth.com>'])))
    if spec.get("cc"):
        H.append("Cc: " + spec["cc"])
    smode = spec.get("smode", "plain")
    H.append(b"Subject: " + hdr_text(spec["subj"], smode, spec.get("scs")))
    stag = {"raw8": "raw-utf8-subject", "raw1252": "raw-1252-subject", "b": "rfc2047-b-subject", "q": "rfc2047-q-subject",
            "split": "rfc2047-split-subject", "splitb": "rfc2047-split-subject", "fold": "folded-subject"}.get(smode)
    if stag:
        tags.append(stag + ("" if smode in ("raw8", "raw1252", "fold") else "-" + (spec.get("scs") or ("utf-8" if smode in ("b", "splitb") else "iso-8859-1")).lower()))
    if smode == "b" and len(spec["subj"].encode()) > 36:
        tags.append("folded-subject")
    H.append("Date: " + rfcdate(d))
    m = spec.get("mid", "normal")
    if m == "normal":
        H.append("Message-ID: " + msgid(client, dom))
    elif m == "bare":
        H.append("Message-ID: " + msgid(client, dom)[1:-1])
        tags.append("message-id-no-brackets")
    else:
        tags.append("no-message-id")
    if spec.get("reply"):
        ref = msgid("outlook" if client != "gmail" else "gmail", "corvanehealth.com")
        H.append("In-Reply-To: " + ref)
        H.append("References: " + msgid("outlook", "corvanehealth.com") + "\r\n " + ref)
    if client.startswith("outlook"):
        H.append("Thread-Topic: " + spec["subj"].encode("ascii", "replace").decode() if False else None)
        H.pop()
        H.append(f"Thread-Index: {base64.b64encode(bytes(R.randint(0,255) for _ in range(22))).decode()}")
    for x in CLIENT_HDRS.get(client, []):
        if "{topic}" in x:
            continue
        H.append(x.replace("{lang}", LANGTAG[lang]))
    for x in spec.get("extra", []):
        H.append(x)
    H.append("MIME-Version: 1.0")

    # ---- body
    body = spec.get("body", "").strip("\n") + "\n"
    mode = spec.get("mode", "plain")
    if "top" in spec:
        top = spec["top"]
        H += top[0]
        hb = b"\r\n".join(x if isinstance(x, bytes) else x.encode() for x in H)
        raw = (hb + b"\r\n\r\n" + top[1]).replace(b"\r\n", b"\n")
        if not spec.get("lf"):
            raw = raw.replace(b"\n", b"\r\n")
        return raw, tags
    cs = spec.get("cs", "utf-8")
    cte = spec.get("cte", "quoted-printable")
    if mode == "plain":
        top = leaf(f'text/plain; charset="{cs}"' + ("; format=flowed" if spec.get("flowed") else ""), cte,
                   enc(plain_of(body).encode(cs), cte))
        tags.append("plain-only")
    elif mode == "html":
        hcs = spec.get("hcs", "windows-1252")
        hcte = spec.get("hcte", "quoted-printable")
        hb = outlook_html(body, lang).replace("CHARSET", hcs)
        top = leaf(f'text/html; charset="{hcs}"', hcte, enc(hb.encode(hcs), hcte))
        tags.append("outlook-html-only")
    elif mode == "alt":
        hcs = spec.get("hcs", cs)
        hcte = spec.get("hcte", cte)
        if client.startswith("outlook"):
            hb = outlook_html(body, lang).replace("CHARSET", hcs)
        else:
            hb = simple_html(body, "apple" if client in ("apple", "iphone") else "gmail")
        p1 = leaf(f'text/plain; charset="{cs}"', cte, enc(plain_of(body).encode(cs), cte))
        p2 = leaf(f'text/html; charset="{hcs}"', hcte, enc(hb.encode(hcs), hcte))
        top = multipart("alternative", [p1, p2], boundary(client))
        tags.append("multipart-alternative")
    else:
        raise ValueError(mode)
    ctes = {cte, spec.get("hcte", cte) if mode != "plain" else cte} if mode == "alt" else {cte if mode == "plain" else spec.get("hcte", "quoted-printable")}
    for c in sorted(ctes):
        tags.append({"base64": "base64", "quoted-printable": "qp", "8bit": "8bit", "7bit": "7bit"}[c])
    used_cs = {cs} if mode == "plain" else ({spec.get("hcs", "windows-1252")} if mode == "html" else {cs, spec.get("hcs", cs)})
    for c in sorted(used_cs):
        if c.lower() not in ("utf-8", "us-ascii"):
            tags.append(c.lower())
    atts = spec.get("att", [])
    if atts:
        parts = [top]
        for at in atts:
            kind = at[0]
            if kind == "png":
                parts.append(leaf(f'image/png; name="{at[1]}"', "base64", b64(png_bytes(seed=len(at[1]))),
                                  [f'Content-Disposition: attachment; filename="{at[1]}"', f"Content-ID: <{hx(8)}@{dom}>" if client.startswith("outlook") else f"X-Attachment-Id: f_{an(9).lower()}"]))
                tags.append("png")
            elif kind == "pdf":
                parts.append(leaf(f'application/pdf; name="{at[1]}"', "base64", b64(pdf_bytes(at[2] if len(at) > 2 else at[1])),
                                  [f'Content-Disposition: attachment; filename="{at[1]}"']))
                tags.append("pdf")
            elif kind == "ics":
                parts.append(leaf(f'text/calendar; charset="utf-8"; method=REQUEST; name="{at[1]}"', "base64", b64(at[2].encode()),
                                  [f'Content-Disposition: attachment; filename="{at[1]}"']))
                tags.append("ics")
            elif kind == "tnef":
                parts.append(leaf('application/ms-tnef; name="winmail.dat"', "base64", b64(tnef_bytes()),
                                  ['Content-Disposition: attachment; filename="winmail.dat"']))
                tags.append("winmail.dat")
        top = multipart("mixed", parts, boundary(client))
    H += top[0]
    hb = b"\r\n".join(x if isinstance(x, bytes) else x.encode() for x in H)
    raw = hb + b"\r\n\r\n" + top[1]
    if spec.get("lf"):
        raw = raw.replace(b"\r\n", b"\n")
    else:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw, tags

def M(**kw):
    MESSAGES.append(kw)

# common bits
DISC_EN = ("CONFIDENTIALITY NOTICE: This e-mail and any attachments are CONFIDENTIAL and may contain protected health information "
           "or legally privileged material. If you have received this e-mail in error, please notify the sender IMMEDIATELY "
           "and delete it. Any unauthorised review, use, disclosure or distribution is strictly prohibited. URGENT: do not forward "
           "patient data outside Corvane Health Partners. Corvane Health Partners Ltd, registered in England No. 08812274.")
DISC_DE = ("Diese E-Mail enthält VERTRAULICHE Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich "
           "(error) erhalten haben, informieren Sie bitte sofort (immediately) den Absender und vernichten Sie diese E-Mail. "
           "Corvane Health Partners GmbH · Sitz Hamburg · Amtsgericht Hamburg HRB 164211 · Geschäftsführung: Dr. Stefan Brandt, Carla Weiß")
DISC_ES = ("AVISO DE CONFIDENCIALIDAD: Este mensaje es CONFIDENCIAL y puede contener datos de salud protegidos. Si lo ha recibido por error, "
           "comuníquelo inmediatamente al remitente y elimínelo. Corvane Health Partners España, S.L. – CIF B87654321 – Calle de Alcalá 214, 28028 Madrid.")
DISC_FR = ("Ce message et ses pièces jointes sont CONFIDENTIELS et établis à l'intention exclusive de leurs destinataires. "
           "Si vous avez reçu ce message par erreur, merci d'en avertir immédiatement l'expéditeur et de le détruire. "
           "Corvane Health Partners France SAS – 12 rue de la République, 69002 Lyon – RCS Lyon 852 114 903.")
DISC_PT = ("AVISO DE CONFIDENCIALIDADE: Esta mensagem é CONFIDENCIAL. Se a recebeu por erro, informe imediatamente o remetente e apague-a. "
           "Corvane Health Partners Portugal, Lda. – Av. da Liberdade 190, 1250-147 Lisboa – NIPC 515 880 214.")

# ================================================================ QUESTIONS answered by an article
# ---- German
M(cat="question", act="auto_reply", art="support-hours", lang="de", notes="hours asked without the word",
  frm=("Jana Köhler", "jana.koehler@corvanehealth.de", "q", "iso-8859-1"), client="outlook",
  subj="Frage wegen Interviews am späten Abend", smode="q", scs="iso-8859-1",
  date="2026-02-17 16:42", tz="+0100", mode="html", rcv=6, auth=True,
  body="""Hallo zusammen,

ab nächster Woche führen wir für die Pflegeleitung in Hamburg Gespräche mit Kandidatinnen aus Kalifornien. Wegen der Zeitverschiebung laufen einige davon bei uns erst um 21 oder 22 Uhr.

Falls dann in GoodTime etwas klemmt (Link geht nicht, Einladung fehlt o.ä.): ist bei GoodTime um diese Uhrzeit überhaupt noch jemand erreichbar, oder muss ich bis zum nächsten Morgen warten? Und wie ist das am Wochenende?

Danke und viele Grüße
Jana

Jana Köhler
Recruiting Koordinatorin | People & Culture
Corvane Health Partners GmbH
Lübeckertordamm 5 · 20099 Hamburg
Tel. +49 40 3346 1182
jana.koehler@corvanehealth.de

""" + DISC_DE)

M(cat="question", act="auto_reply", art="calendar-sync", lang="de", notes="password change, calendar looks free",
  frm=("Markus Brenner", "markus.brenner@corvanehealth.de"), client="thunderbird",
  subj="GoodTime zeigt mich überall als frei an?", smode="raw8",
  date="2026-03-03 08:07", tz="+0100", mode="plain", cte="base64", flowed=True,
  body="""Moin,

kurze Frage: ich musste letzte Woche mein Windows-Passwort ändern (die übliche 90-Tage-Geschichte). Seitdem schlägt GoodTime mich für Interviews zu Zeiten vor, an denen ich in Outlook längst geblockt bin – z.B. morgen 10:00, da habe ich die Teamrunde in der Radiologie.

Muss ich da in GoodTime irgendwas neu verbinden oder freigeben? Ich finde nichts Offensichtliches.

Gruß
Markus Brenner
Leitender MTR, Diagnostikzentrum Köln-Ehrenfeld
""")

M(cat="question", act="auto_reply", art="interviewer-training", lang="de", notes="new text on top, old thread about rooms",
  frm=("Sabine Aydın", "sabine.aydin@corvanehealth.de", "b"), client="outlook",
  subj="AW: Raumplanung Q2 Labor Bremen", smode="plain", reply=True,
  date="2026-04-14 11:26", tz="+0200", mode="alt", cs="utf-8", cte="quoted-printable", hcs="utf-8",
  tags=["reply-quoted", "outlook-de-header-block", "off-topic-thread"],
  body="""Hallo Tobias,

danke, das mit den Räumen hat sich erledigt.

Andere Sache, weil ich dich gerade dran habe: wir haben drei neue Laborleiterinnen, die künftig Bewerbungsgespräche für MTLA-Stellen führen sollen. Bevor sie das alleine machen, sollen sie erst mal bei ein paar Gesprächen nur zuhören und danach eins selbst führen, während eine erfahrene Kollegin dabeisitzt. Kann GoodTime so etwas abbilden, und wie läuft das dann ab?

Viele Grüße
Sabine

__QUOTE__
Von: Tobias Lenz <tobias.lenz@corvanehealth.de>
Gesendet: Montag, 13. April 2026 17:02
An: Sabine Aydın <sabine.aydin@corvanehealth.de>
Betreff: Raumplanung Q2 Labor Bremen

Hallo Sabine,

der Schulungsraum im 2. OG ist ab Mai wieder frei, die Handwerker sind durch. Ich habe ihn für die Einarbeitungstage am 6. und 7. Mai geblockt.

Gruß
Tobias
__ENDQ__""")

M(cat="question", act="auto_reply", art="room-booking", lang="de", notes="room not offered",
  frm=("Lea Hoffmann", "lea.hoffmann@corvanehealth.de"), client="iphone",
  subj="Raum 2.14 fehlt", smode="plain",
  date="2026-05-06 07:41", tz="+0200", mode="alt", cs="utf-8", cte="quoted-printable",
  tags=["mobile-sig"],
  body="""Hallo,

bei den Vor-Ort-Gesprächen für die Praxis in Köln bietet mir GoodTime alle Besprechungsräume an, nur den 2.14 nicht. Genau den wollen die Ärzte aber immer haben, weil er neben der Ambulanz liegt. Woran kann das liegen, bzw. wie bekomme ich den da rein?

LG Lea

Von meinem iPhone gesendet""")

M(cat="question", act="auto_reply", art="contact-csm", lang="de", notes="CSM asked without the letters",
  frm=("Dr. Katrin Wolff", "katrin.wolff@corvanehealth.de"), client="outlook",
  subj="Ansprechpartnerin bei GoodTime?", smode="plain",
  date="2026-01-22 13:15", tz="+0100", mode="html", hcs="windows-1252", hcte="quoted-printable",
  tags=["long-signature"],
  body="""Liebes Projektteam,

wir würden gerne mit GoodTime einmal grundsätzlich darüber sprechen, wie wir die Einstellungsrunden für die beiden Labore aufsetzen (viele Schichtkräfte, sehr unterschiedliche Verfügbarkeiten). Bei der Einführung hieß es, wir hätten bei GoodTime eine feste Person für unsere Kundenbeziehung, mit der man so etwas besprechen kann.

Leider habe ich weder Namen noch Kontaktdaten. Wie komme ich an einen Termin bei ihr bzw. ihm?

Mit freundlichen Grüßen

Dr. Katrin Wolff
Laborleitung Personalentwicklung
Corvane Health Partners GmbH – Zentrallabor München
Landsberger Straße 301 | 80687 München
T +49 89 2155 4420 | M +49 171 5520 183
www.corvanehealth.de""")

# ---- Spanish
M(cat="question", act="auto_reply", art="contact-support", lang="es", notes="asks vendor support address",
  frm=("Lucía Fernández", "lucia.fernandez@corvanehealth.es", "b"), client="gmail",
  subj="correo de soporte goodtime", smode="plain",
  date="2026-02-09 10:03", tz="+0100", mode="alt", cs="utf-8", cte="quoted-printable", auth=True, rcv=5,
  tags=["short"],
  body="""Hola!

¿Me podéis pasar el correo de soporte de GoodTime? Tengo un caso raro con una candidata de Valencia y prefiero escribirles yo directamente con las capturas.

Gracias,
Lucía""")

M(cat="question", act="auto_reply", art="self-scheduling-link", lang="es", notes="rambling, question in 3rd paragraph",
  frm=("Álvaro Jiménez Ruiz", "alvaro.jimenez@corvanehealth.es", "b"), client="outlook",
  subj="Proceso teleoperadores Sevilla", smode="plain",
  date="2026-03-11 18:55", tz="+0100", mode="alt", cs="utf-8", cte="base64", hcs="utf-8", hcte="base64",
  tags=["rambling", "long-signature", "disclaimer"],
  body="""Buenas tardes,

Os escribo porque estamos arrancando la campaña de verano del contact center de Sevilla y este año nos piden 40 teleoperadores para atención a pacientes (citas, resultados, etc.). El año pasado lo hicimos todo a base de llamadas y correos y fue una locura, había días que me pasaba la mañana entera cuadrando huecos.

La primera fase es una entrevista telefónica de 20 minutos con Rocío o conmigo, siempre la misma, nada complicado. Luego los que pasan hacen una dinámica de grupo presencial, pero eso ya lo organizo yo aparte.

Para esa primera llamada, ¿hay alguna manera de que cada candidato elija él mismo la hora que le va bien entre nuestros huecos libres, sin que yo tenga que ir proponiendo fechas uno a uno? Me han dicho que en GoodTime se puede, pero no sé cómo.

Un saludo y gracias de antemano,

Álvaro Jiménez Ruiz
Técnico de Selección – Contact Center
Corvane Health Partners España
Avda. de la Buhaira 15, 41018 Sevilla
Tel. +34 954 118 302

""" + DISC_ES)

M(cat="question", act="auto_reply", art="time-zones", lang="es", notes="Canarias candidate",
  frm=("Marta Ortega", "marta.ortega@corvanehealth.es"), client="gmail",
  subj="Entrevista candidata en Las Palmas (hora?)", smode="plain",
  date="2026-04-21 12:34", tz="+0200", mode="alt", cs="utf-8", cte="quoted-printable",
  body="""Hola equipo,

tengo una candidata para supervisora de enfermería que vive en Las Palmas, y la entrevista es con la directora de enfermería de Madrid. Allí tienen una hora menos.

¿Cómo hago para que a ella le llegue la hora correcta y no se presente una hora tarde? ¿Lo hace GoodTime solo o tengo que cambiar algo?

Mil gracias
Marta Ortega
Selección – Clínicas Madrid""")

M(cat="question", act="auto_reply", art="cancel-interview", lang="es", notes="delete event vs cancel",
  frm=("Iñaki Etxeberria", "inaki.etxeberria@corvanehealth.es", "q", "iso-8859-1"), client="outlook",
  subj="Candidata retirada - ¿borro la cita?", smode="q", scs="iso-8859-1",
  date="2026-05-12 09:18", tz="+0200", mode="html", hcs="windows-1252", hcte="quoted-printable",
  body="""Buenos días,

una candidata para técnico superior en imagen para el diagnóstico nos acaba de escribir que retira su candidatura (ha aceptado otra oferta). Tenía entrevista el jueves con dos radiólogos.

¿Borro yo el evento de Outlook y listo, o hay que hacerlo de alguna forma desde GoodTime para que no se quede nada colgado?

Gracias,
Iñaki Etxeberria
Reclutamiento | Centro de Diagnóstico por Imagen Bilbao""")

M(cat="question", act="auto_reply", art="chat-bubble", lang="es", notes="can't find chat",
  frm=("Paula Navarro", "paula.navarro@corvanehealth.es"), client="iphone",
  subj="El chat de soporte???", smode="plain",
  date="2026-06-02 15:47", tz="+0200", mode="plain", cs="utf-8", cte="quoted-printable", mid="bare",
  tags=["mobile-sig"],
  body="""Hola, en la formación dijeron que dentro de GoodTime hay un chat para hablar con el soporte pero yo no lo veo por ningún sitio, ni en el menú ni en ajustes. Dónde está?

Enviado desde mi iPhone""")

# ---- French
M(cat="question", act="auto_reply", art="contact-csm", lang="fr", notes="who is our CSM and how to reach",
  frm=("Claire Dubois", "claire.dubois@corvanehealth.fr"), client="outlook",
  subj="Contact CSM GoodTime", smode="plain",
  date="2026-02-26 14:20", tz="+0100", mode="html", hcs="windows-1252", hcte="quoted-printable", rcv=7, auth=True,
  tags=["disclaimer"],
  body="""Bonjour,

Nous aimerions faire le point avec notre CSM chez GoodTime sur l'organisation des entretiens pour les manipulateurs en électroradiologie à Lyon (beaucoup de créneaux de garde, c'est compliqué).

Je n'ai pas ses coordonnées : comment puis-je la joindre ou prendre rendez-vous ?

Merci d'avance,
Claire Dubois
Chargée de recrutement – Imagerie Lyon Part-Dieu
Corvane Health Partners France

""" + DISC_FR)

M(cat="question", act="auto_reply", art="candidate-availability-request", lang="fr", notes="ask candidate's availability",
  frm=("Théo Lambert", "theo.lambert@corvanehealth.fr", "q", "utf-8"),
  subj="dispos candidats", smode="plain",
  date="2026-03-19 21:12", tz="+0100", mode="alt", cs="utf-8", cte="quoted-printable", client="iphone",
  tags=["short", "night", "mobile-sig"],
  body="""Bonsoir,

jusqu'ici je demande aux candidats leurs disponibilités par mail et je recopie tout à la main… Est-ce qu'on peut leur envoyer quelque chose depuis GoodTime pour qu'ils indiquent eux-mêmes leurs créneaux libres ? Comment ça marche ?

Théo

Envoyé de mon iPhone""")

M(cat="question", act="auto_reply", art="debrief-scheduling", lang="fr", notes="internal meeting after interviews, no candidate invite",
  frm=("Émilie Rousseau", "emilie.rousseau@corvanehealth.fr", "b"), client="apple",
  subj="Réunion après les entretiens – biologiste Lille", smode="b",
  date="2026-04-08 10:51", tz="+0200", mode="alt", cs="utf-8", cte="quoted-printable",
  body="""Bonjour à tous,

La candidate pour le poste de biologiste médicale au laboratoire de Lille a passé ses trois entretiens hier. La cheffe de service souhaite maintenant réunir les trois personnes qui l'ont vue pour en discuter ensemble avant de décider.

Est-ce que je peux organiser ce point depuis GoodTime ? Ma crainte, c'est que la candidate reçoive une invitation ou un mail automatique alors que c'est une réunion purement interne.

Bonne journée,
Émilie Rousseau
Assistante RH – Laboratoire Lille Métropole""")

M(cat="question", act="auto_reply", art="interviewer-load-balancing", lang="fr", notes="cap interviews per week",
  frm=("Nathalie Girard", "nathalie.girard@corvanehealth.fr"), client="outlook",
  subj="RE: Planning entretiens secrétaires médicales", smode="q", scs="windows-1252", reply=True,
  date="2026-01-29 17:33", tz="+0100", mode="alt", cs="windows-1252", cte="quoted-printable", hcs="windows-1252",
  tags=["reply-quoted", "outlook-fr-header-block", "off-topic-thread"],
  body="""Bonjour,

Le Dr Martin m'a fait remarquer (pas très gentiment…) qu'il est positionné sur presque tous les entretiens de secrétaires médicales depuis janvier, alors que ses deux collègues n'en ont quasiment aucun.

Est-ce qu'on peut dire à GoodTime de ne pas lui en mettre plus de deux ou trois par semaine, et de mieux répartir entre eux ?

Merci,
Nathalie

__QUOTE__
De : Sophie Marchand <sophie.marchand@corvanehealth.fr>
Envoyé : mardi 27 janvier 2026 09:14
À : Nathalie Girard <nathalie.girard@corvanehealth.fr>
Objet : Planning entretiens secrétaires médicales

Bonjour Nathalie,

Voici le fichier des postes ouverts pour février : 4 secrétaires médicales (Villeurbanne x2, Bron, Vénissieux). Les annonces passent en ligne lundi.

Bien à toi,
Sophie
__ENDQ__""")

M(cat="question", act="auto_reply", art="product-board", lang="fr", notes="where to submit an idea",
  frm=("Julien Moreau", "julien.moreau@corvanehealth.fr"), client="outlook-owa",
  subj="Suggestion d'amélioration : où la déposer ?", smode="raw1252",
  date="2026-05-20 11:05", tz="+0200", mode="html", hcs="windows-1252", hcte="quoted-printable",
  body="""Bonjour,

J'ai une idée qui nous ferait gagner du temps (afficher le nom du site Corvane directement dans l'objet de l'invitation envoyée aux intervieweurs, on a 6 sites sur Lyon et ça prête à confusion).

Ce n'est pas urgent du tout, mais où est-ce que je peux proposer ce genre de chose à GoodTime pour qu'elle soit prise en compte ?

Cordialement,
Julien Moreau
Coordinateur recrutement""")

# ---- Portuguese
M(cat="question", act="auto_reply", art="support-hours", lang="pt", notes="weekend support",
  frm=("Inês Carvalho", "ines.carvalho@corvanehealth.pt", "b"), client="gmail",
  subj="Suporte GoodTime ao sábado?", smode="b",
  date="2026-03-05 19:22", tz="+0000", mode="alt", cs="utf-8", cte="base64", hcte="base64",
  body="""Olá,

no próximo sábado temos o dia aberto de recrutamento de enfermeiros na clínica do Porto (Boavista), com entrevistas das 9h às 17h, todas agendadas pelo GoodTime.

Se alguma coisa correr mal nesse dia, o suporte da GoodTime atende ao fim de semana ou só em dias úteis?

Obrigada!
Inês Carvalho
Recrutamento – Norte""")

M(cat="question", act="auto_reply", art="reschedule-interview", lang="pt", notes="move interview to another day",
  frm=("João Pereira", "joao.pereira@corvanehealth.pt", "raw8"), client="outlook",
  subj="Remarcar entrevista", smode="plain",
  date="2026-04-15 09:02", tz="+0100", mode="html", hcs="windows-1252", hcte="quoted-printable",
  body="""Bom dia,

A candidata para técnica de análises clínicas pediu para passar a entrevista de terça para quinta à mesma hora. Como é que faço isto no GoodTime? Posso simplesmente arrastar a reunião no Outlook?

Cumprimentos,
João Pereira
Técnico de Recursos Humanos | Laboratório Central Lisboa""")

M(cat="question", act="auto_reply", art="conference-links", lang="pt", notes="no Teams link on invites, how-to",
  frm=("Beatriz Sousa", "beatriz.sousa@corvanehealth.pt"), client="gmail",
  subj="link do Teams nas entrevistas", smode="plain",
  date="2026-02-11 14:48", tz="+0000", mode="alt", cs="utf-8", cte="quoted-printable",
  body="""Olá a todos,

as entrevistas que a equipa de Braga agenda saem com link do Teams automaticamente, mas as minhas saem sem link nenhum e tenho andado a colar à mão. Há alguma opção que eu tenha de escolher quando agendo? Não quero estar a fazer asneira.

Beatriz""")

M(cat="question", act="auto_reply", art="internal-project-team", lang="pt", notes="what this help line is for",
  frm=("Mariana Costa", "mariana.costa@corvanehealth.pt"), client="outlook",
  subj="Dúvida: para que serve este endereço?", smode="q", scs="iso-8859-1",
  date="2026-01-14 10:30", tz="+0000", mode="alt", cs="windows-1252", cte="quoted-printable", hcs="windows-1252",
  tags=["long-signature", "disclaimer"],
  body="""Bom dia,

Entrei esta semana na equipa de recrutamento do Contact Center de Lisboa e deram-me este endereço para "questões do GoodTime". Desculpem a pergunta de principiante: que tipo de coisas devo enviar para aqui e quais devo tratar diretamente com a GoodTime?

Obrigada e bom trabalho,

Mariana Costa
Assistente de Recrutamento
Corvane Health Partners Portugal
Contact Center de Lisboa – Parque das Nações
T: +351 21 044 7710

""" + DISC_PT)

M(cat="question", act="auto_reply", art="candidate-reminders", lang="pt", notes="no-shows, automatic reminders",
  frm=("Rui Almeida", "rui.almeida@corvanehealth.pt"), client="iphone",
  subj="Faltas às entrevistas", smode="raw8",
  date="2026-05-28 18:09", tz="+0100", mode="plain", cs="utf-8", cte="8bit",
  tags=["mobile-sig"],
  body="""Boa tarde,

esta semana tivemos duas candidatas a auxiliar de farmácia que não apareceram. Os candidatos recebem algum lembrete automático na véspera? Se sim, como sei se está ligado para as nossas entrevistas?

Rui

Enviado do meu iPhone""")

# ---- English
M(cat="question", act="auto_reply", art="add-interviewer-to-pool", lang="en", notes="new interviewer into rotation",
  frm=("Tanya Brooks", "tanya.brooks@corvanehealth.com"), client="outlook",
  subj="new phlebotomy lead - how to get her into the rotation", smode="plain",
  date="2026-02-03 10:14", tz="-0500", mode="alt", cs="us-ascii", cte="7bit", hcs="us-ascii", hcte="quoted-printable",
  body="""Hi team,

We just hired a new senior phlebotomist at the Columbus lab (Dana Whitfield, started Monday) and she's going to help interview for the lab assistant reqs. What do I need to do so GoodTime actually starts offering her up for those interviews alongside Mike and Keisha?

Thanks!
Tanya Brooks
Recruiting Coordinator, Midwest Labs""")

M(cat="question", act="auto_reply", art="permissions-roles", lang="en", notes="missing tab, permission not bug",
  frm=("Devon Hart", "devon.hart@corvanehealth.com"), client="gmail",
  subj="templates tab??", smode="plain",
  date="2026-03-24 15:02", tz="-0400", mode="alt", cs="utf-8", cte="7bit", hcte="quoted-printable",
  tags=["lowercase", "terse"],
  body="""hey - i dont see the templates tab maria showed us in the training. is it hidden somewhere or do i need someone to turn something on for me?""")

M(cat="question", act="auto_reply", art="escalation-path", lang="en", notes="rambling, what goes where",
  frm=("Gemma Whitaker", "gemma.whitaker@corvanehealth.co.uk"), client="outlook",
  subj="Onboarding pack for Leeds coordinators", smode="plain",
  date="2026-01-27 12:48", tz="+0000", mode="html", hcs="us-ascii", hcte="quoted-printable", rcv=5, auth=True,
  tags=["rambling", "long-signature", "disclaimer"],
  body="""Hi all,

Hope you're well. I'm pulling together an onboarding pack for the four coordinators joining the Leeds patient contact centre recruitment team next month. It covers the ATS basics, our interview templates for the contact-centre agent roles, who to talk to in People Ops, where the shared drives are, that sort of thing.

I've got a section on GoodTime and I want to keep it to one page. Most of it is fine, but the part I keep getting stuck on is who they should go to for what. Last week one of the existing coordinators emailed GoodTime directly about a feature idea, another one sat on a broken invite for two days because she didn't know who to tell, and someone else asked me whether we have an 'account manager' at GoodTime.

Could someone lay out for me which things come to you here, which go to GoodTime's own support people, where ideas should go, and when our GoodTime account contact gets involved? Then I'll put it in the pack.

Many thanks,
Gemma

Gemma Whitaker
Talent Acquisition Partner - North
Corvane Health Partners UK
Wellington Place, Leeds LS1 4AP
M: 07700 914 226

""" + DISC_EN)

M(cat="question", act="auto_reply", art="candidate-itinerary", lang="en", notes="resend schedule to candidate",
  frm=("Priya Raman", "priya.raman@corvanehealth.co.uk"), client="outlook-mac",
  subj="Candidate never got her schedule", smode="plain",
  date="2026-04-29 08:36", tz="+0100", mode="alt", cs="utf-8", cte="quoted-printable",
  body="""Morning,

The candidate for the MRI radiographer role at Manchester Oxford Road says she never received the schedule for her onsite on Thursday (three sessions plus the department tour). Is there a way to send it to her again from GoodTime rather than me typing it all out?

Thanks,
Priya""")

M(cat="question", act="auto_reply", art="interviewer-decline", lang="en", notes="panel member declines",
  frm=("Sam O'Connell", "sam.oconnell@corvanehealth.com"), client="gmail",
  subj="when someone on the panel says no", smode="plain",
  date="2026-06-09 13:27", tz="-0400", mode="alt", cs="utf-8", cte="quoted-printable", auth=True, arc=False, rcv=5,
  body="""Hi,

Two days before an onsite for a charge nurse, one of the four panel members declined the invite (clinic coverage issue). I ended up cancelling and rebooking the whole thing, which annoyed the candidate.

What's the right way to handle it when just one interviewer drops out? Do I really have to start over?

Sam O'Connell
Nurse Recruitment, Charlotte Clinics""")

M(cat="question", act="auto_reply", art="interview-templates", lang="en", notes="default duration wrong for everyone",
  frm=("Hannah Lee", "hannah.lee@corvanehealth.com"), client="outlook",
  subj="Nurse manager interviews still 45 mins", smode="plain",
  date="2026-03-02 09:55", tz="-0500", mode="html", hcs="us-ascii", hcte="7bit",
  body="""Hello,

Every time I schedule a final-round nurse manager interview it comes up pre-filled as 45 minutes, but we agreed with the CNO last month that those are 60 minutes now. I've been changing it by hand each time.

Where does that 45 come from, and how do I fix it so it's right for everyone going forward?

Thanks,
Hannah Lee
Senior Recruiter - Clinical Leadership""")

M(cat="question", act="auto_reply", art="contact-support", lang="en", notes="phone number for support",
  frm=("Kevin Price", "kevin.price@corvanehealth.com"), client="iphone",
  subj="Phone # for GoodTime?", smode="plain",
  date="2026-02-19 17:51", tz="-0500", mode="plain", cs="us-ascii", cte="7bit",
  tags=["mobile-sig", "short"],
  body="""Is there a phone number I can call for GoodTime support? I'd rather just talk to someone than type it all out.

Sent from my iPhone""")

# ================================================================ QUESTIONS no article answers
M(cat="question", act="forward_support", art="none", lang="en", notes="mobile app",
  frm=("Rachel Kim", "rachel.kim@corvanehealth.com"), client="gmail",
  subj="GoodTime on phones?", smode="plain",
  date="2026-01-20 11:40", tz="-0500", mode="alt", cs="utf-8", cte="quoted-printable",
  body="""Hi there,

Our clinic managers are almost never at a desk, they're on the floor all day. Is there a GoodTime app for iPhone/Android they could use to see and accept their interviews? Or does it only work in a browser?

Rachel Kim
Recruiter, Outpatient Clinics - Southeast""")

M(cat="question", act="forward_support", art="none", lang="en", notes="data retention, GDPR",
  frm=("Oliver Grant", "oliver.grant@corvanehealth.co.uk"), client="outlook",
  subj="FW: Retention of candidate data in third-party tools", smode="plain",
  date="2026-02-24 16:10", tz="+0000", mode="html", hcs="windows-1252", hcte="quoted-printable", rcv=6, auth=True,
  tags=["forwarded", "disclaimer"],
  body="""Hi help line - can you answer the below for Compliance? I don't know where to look.

Ta,
Oliver

__QUOTE__
From: Anita Shah <anita.shah@corvanehealth.co.uk>
Sent: 24 February 2026 14:52
To: Oliver Grant <oliver.grant@corvanehealth.co.uk>
Subject: Retention of candidate data in third-party tools

Hi Oliver,

As part of the UK GDPR records review I need to know how long GoodTime keeps candidate details (names, emails, availability, interview history) after a candidate is rejected or withdraws, and whether it deletes them automatically or someone has to do it.

Could you find out by end of next week?

Thanks,
Anita Shah
Data Protection & Compliance Officer (UK)
__ENDQ__

""" + DISC_EN)

M(cat="question", act="forward_support", art="none", lang="en", notes="sender name on candidate emails; resembles itinerary/templates",
  frm=("Megan Foster", "megan.foster@corvanehealth.com"), client="apple",
  subj="Emails to candidates come from 'Corvane Talent'", smode="plain",
  date="2026-04-02 14:18", tz="-0400", mode="alt", cs="utf-8", cte="quoted-printable",
  body="""Hi,

A couple of candidates have told me they almost ignored their interview confirmation because it came from "Corvane Talent" and not from me, the recruiter they'd actually been talking to.

Can the confirmation go out under my name and email address instead (and with my own signature)? Is that a setting I can change myself?

Megan""")

M(cat="question", act="forward_support", art="none", lang="en", notes="candidates not in ATS",
  frm=("Luke Patterson", "luke.patterson@corvanehealth.co.uk"), client="outlook",
  subj="Bank nurses - can we use GoodTime?", smode="plain",
  date="2026-05-14 10:22", tz="+0100", mode="alt", cs="utf-8", cte="quoted-printable", hcs="utf-8", hcte="quoted-printable",
  body="""Hello,

Our nurse bank team in London wants to start using GoodTime for their short interviews with agency/bank nurses. The catch: those people are never put into the ATS, they're managed in a separate staffing system.

Is it possible to schedule someone in GoodTime who doesn't exist in the ATS at all? If yes, how?

Kind regards,
Luke Patterson
Temporary Staffing Coordinator""")

M(cat="question", act="forward_support", art="none", lang="en", notes="who approves accounts; article only says project team knows",
  frm=("Brittany Cole", "brittany.cole@corvanehealth.com"), client="gmail",
  subj="2 new hiring managers starting monday", smode="plain",
  date="2026-06-12 16:58", tz="-0400", mode="plain", cs="utf-8", cte="7bit",
  tags=["lowercase"],
  body="""hi, who approves new goodtime accounts for hiring managers at the US clinics? i have two new clinic managers starting monday (Raleigh and Durham) and they'll need to be on interview panels the week after. do i request it somewhere or just email someone?

thx
brittany""")

M(cat="question", act="forward_support|needs_review", art="none", lang="en", notes="form mailer; Teams/Slack notifications",
  frm=("Corvane IT Service Forms", "no-reply@forms.corvanehealth.com"), client="form",
  subj="[Help Line Web Form] New question from Aaron Mitchell", smode="plain",
  date="2026-03-17 02:14", tz="+0000", mode="plain", cs="utf-8", cte="quoted-printable", mid="normal", rcv=5,
  extra=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All", "Reply-To: aaron.mitchell@corvanehealth.co.uk",
         "X-Mailer: Corvane FormRelay 3.2", "Precedence: bulk"],
  tags=["form-mailer", "night"],
  body="""A new request was submitted through the GoodTime Help Line form.

------------------------------------------------------------
Name:        Aaron Mitchell
Email:       aaron.mitchell@corvanehealth.co.uk
Site:        Birmingham Imaging Centre
Role:        Recruiting Coordinator
Topic:       General question
------------------------------------------------------------

Message:
Our interviewers live in Microsoft Teams chat all day and often miss email invites. Can GoodTime post a Teams (or Slack) message to the interviewer when they're booked onto an interview or when something changes? If it can, who sets it up?

------------------------------------------------------------
Submitted: 17/03/2026 02:14 GMT
Form ID: HL-2026-0317-0042
Please do not reply to this automated message.""")

M(cat="question", act="forward_support", art="none", lang="en", notes="lunch breaks and load; resembles load-balancing",
  frm=("Chris Donovan", "chris.donovan@corvanehealth.com"), client="outlook",
  subj="Do breaks count?", smode="plain",
  date="2026-05-05 13:41", tz="-0400", mode="alt", cs="us-ascii", cte="7bit", hcs="us-ascii", hcte="quoted-printable",
  body="""Quick one - when a pharmacist onsite has a lunch break built in between sessions and the same pharmacist interviews both before and after lunch, does GoodTime count that as one interview or two against her weekly limit?

Chris""")

M(cat="question", act="forward_support", art="none", lang="de", notes="German UI",
  frm=("Petra Schäfer", "petra.schaefer@corvanehealth.de", "raw1252"), client="outlook",
  subj="GoodTime auf Deutsch?", smode="plain",
  date="2026-02-05 09:12", tz="+0100", mode="html", hcs="windows-1252", hcte="quoted-printable",
  body="""Guten Morgen,

einige unserer Praxismanagerinnen in Frankfurt tun sich mit der englischen Oberfläche von GoodTime schwer. Kann man GoodTime auf Deutsch umstellen, oder gibt es das nur auf Englisch?

Danke!
Petra Schäfer
HR-Assistenz, Ambulante Praxen Rhein-Main""")

M(cat="question", act="forward_support", art="none", lang="fr", notes="data hosting location",
  frm=("Isabelle Petit", "isabelle.petit@corvanehealth.fr", "q", "iso-8859-1"), client="outlook",
  subj="Hébergement des données candidats", smode="split", scs="iso-8859-1",
  date="2026-03-26 15:37", tz="+0100", mode="html", hcs="iso-8859-1", hcte="quoted-printable",
  body="""Bonjour,

Notre DPO me demande où sont hébergées les données des candidats saisies dans GoodTime (Union européenne ou États-Unis ?) pour mettre à jour le registre des traitements.

Pourriez-vous me renseigner ?

Cordialement,
Isabelle Petit
Responsable RH - Corvane Health Partners France""")

# ================================================================ BUGS
M(cat="bug", act="forward_support+flag_csm", art="", lang="en", notes="high impact: all UK calendars show free",
  frm=("Fiona McLeod", "fiona.mcleod@corvanehealth.co.uk"), client="outlook",
  subj="All UK interviewers showing as free - double bookings", smode="plain",
  date="2026-03-10 10:02", tz="+0000", mode="html", hcs="windows-1252", hcte="quoted-printable", rcv=8, auth=True,
  att=[("png", "availability_manchester.png")],
  tags=["disclaimer"],
  body="""Hi,

Since about 8am today GoodTime is showing every interviewer in the UK as completely free, no matter what is in their Outlook calendars. Manchester, Leeds and London are all affected - I've checked with coordinators at each site.

So far this morning six interviews have been booked on top of clinic sessions and theatre lists, and two consultants have already complained. Nobody changed any settings on our side, and reconnecting my own calendar made no difference.

Screenshot attached showing a radiologist as free over a fully booked reporting session. We've told all UK coordinators to stop scheduling until this is fixed, which is about 25 people.

Fiona McLeod
Recruitment Operations Manager (UK)
Corvane Health Partners UK

""" + DISC_EN)

M(cat="bug", act="forward_support+flag_csm", art="", lang="en", notes="high impact: other candidate's details in confirmation (privacy)",
  frm=("Jessica Turner", "jessica.turner@corvanehealth.com"), client="outlook",
  subj="Candidate confirmations containing ANOTHER candidate's details", smode="fold",
  date="2026-04-23 19:46", tz="-0400", mode="alt", cs="utf-8", cte="quoted-printable", hcs="utf-8", hcte="quoted-printable", rcv=5,
  body="""Hello,

Two candidates for the billing specialist roles in Atlanta have contacted me this evening to say the interview confirmation they received today shows someone else's name and phone number at the top, and in one case the other person's interview time as well.

I checked: both were scheduled this afternoon from the same job, within a few minutes of each other. That means candidate personal data has gone to the wrong people, which our privacy team will treat as an incident. I don't know how many other confirmations sent today are affected.

Please treat as a priority. I've stopped sending confirmations from GoodTime for now.

Jessica Turner
Senior Recruiter, Revenue Cycle
Corvane Health Partners""")

M(cat="bug", act="forward_support", art="", lang="en", notes="misleading 'quick question' subject; DST reminder times",
  frm=("Ashley Nguyen", "ashley.nguyen@corvanehealth.com"), client="gmail",
  subj="quick question", smode="plain",
  date="2026-03-12 11:15", tz="-0400", mode="alt", cs="utf-8", cte="quoted-printable",
  tags=["misleading-subject"],
  body="""Hi!

Since the clocks changed on Sunday, the reminder emails GoodTime sends to candidates for our Columbus clinic interviews show the time an hour early. The calendar invites are right, only the reminders are wrong. Three candidates showed up an hour early this week.

Ashley""")

M(cat="bug", act="forward_support", art="", lang="en", notes="availability link error page, screenshot",
  frm=("Ryan Mitchell", "ryan.mitchell@corvanehealth.com"), client="outlook",
  subj="Availability link - candidate gets error page", smode="plain",
  date="2026-01-16 14:03", tz="-0500", mode="alt", cs="utf-8", cte="quoted-printable", hcs="utf-8", hcte="quoted-printable",
  att=[("png", "candidate_error_screenshot.png")],
  body="""Hi team,

A candidate for the radiology scheduler role sent me the attached screenshot: when she opens the availability link I sent her yesterday she gets "Something went wrong. Please try again later." She's tried on her phone and laptop. I resent it this morning and the new link does the same.

Other candidates' links seem fine. Candidate ID 448213, job REQ-2026-0119.

Thanks,
Ryan""")

M(cat="bug", act="forward_support", art="", lang="en", notes="interviews not syncing to ATS",
  frm=("Natalie Rivera", "natalie.rivera@corvanehealth.com"), client="apple",
  subj="Scheduled interviews not showing in Workday", smode="plain",
  date="2026-02-12 09:31", tz="-0500", mode="alt", cs="utf-8", cte="quoted-printable", mid="none",
  tags=["forwarded", "apple-begin-forwarded"],
  body="""See below - this is the third manager asking. Interviews I scheduled in GoodTime on Tuesday and Wednesday still aren't on the candidates' records in Workday. Older ones from last week are fine. Other examples: candidates 51207 and 51288 (Medical Assistant, Tampa/Orlando).

Natalie

Begin forwarded message:

> From: Gloria Mendez <gloria.mendez@corvanehealth.com>
> Subject: MA candidates - any interviews set up?
> Date: February 12, 2026 at 8:58:41 AM EST
> To: Natalie Rivera <natalie.rivera@corvanehealth.com>
>
> Hi Natalie, I don't see any interviews on Workday for the two MA candidates you sent me Monday. Are they booked? I need to plan clinic cover.
>
> Gloria Mendez
> Clinic Manager, Tampa Westshore""")

M(cat="bug", act="forward_support", art="", lang="en", notes="report shows zero",
  frm=("Daniel Okafor", "daniel.okafor@corvanehealth.co.uk"), client="outlook",
  subj="Interviewer load report shows 0 for imaging", smode="plain",
  date="2026-04-01 15:20", tz="+0100", mode="html", hcs="us-ascii", hcte="quoted-printable",
  att=[("pdf", "interviewer_load_march.pdf", "Interviewer load report - March 2026")],
  body="""Hi,

The interviewer load report for March shows 0 interviews for every interviewer at the Bristol and Cardiff imaging centres, but between them they did at least 40 interviews last month (I have the calendar invites). Other sites look normal. Export attached.

I need the numbers for the quarterly workforce review next week.

Thanks,
Daniel Okafor
Talent Insights Analyst""")

M(cat="bug", act="forward_support", art="", lang="en", notes="forwarded from coordinator, room booking fails",
  frm=("Laura Bennett", "laura.bennett@corvanehealth.co.uk"), client="gmail",
  subj="Fwd: room won't book - Leeds", smode="plain",
  date="2026-05-19 12:04", tz="+0100", mode="alt", cs="utf-8", cte="quoted-printable",
  tags=["forwarded"],
  body="""Forwarding from Zoe - can someone look at this please?

__QUOTE__
---------- Forwarded message ---------
From: Zoe Campbell <zoe.campbell@corvanehealth.co.uk>
Date: Tue, 19 May 2026 at 11:47
Subject: room won't book - Leeds
To: Laura Bennett <laura.bennett@corvanehealth.co.uk>

Hi Laura,

For the last two days every time I try to book Meeting Room 3 at Wellington Place for the contact-centre team leader interviews, GoodTime says "Room booking failed: resource unavailable". The room is empty in Outlook at those times, I even booked it manually in Outlook to check. Other rooms on the same floor book fine.

Next ones are Thursday so not urgent-urgent.

Zoe
__ENDQ__""")

M(cat="bug", act="forward_support", art="", lang="en", notes="page never loads in Chrome, typos",
  frm=("Tyler Jenkins", "tyler.jenkins@corvanehealth.com"), client="gmail",
  subj="scheduling page just spins", smode="plain",
  date="2026-06-16 10:48", tz="-0400", mode="plain", cs="utf-8", cte="7bit",
  tags=["typos"],
  body="""hey so sinse yesterday the scheduling page in goodtime just spins forever for me in chrome. cleared cache, restarted, same thing. in edge it loads fine so i'm using that for now but its slow. anyone else seeing this?

tyler""")

M(cat="bug", act="forward_support", art="", lang="en", notes="angry caps, duplicate reminders",
  frm=("Monica Reyes", "monica.reyes@corvanehealth.com"), client="outlook",
  subj="GOODTIME SENT THE SAME CANDIDATE 4 REMINDERS", smode="plain",
  date="2026-02-27 16:33", tz="-0600", mode="html", hcs="windows-1252", hcte="quoted-printable",
  tags=["angry-caps"],
  body="""I AM SO EMBARRASSED. The candidate for the pharmacy technician job in Houston just called me asking why she got FOUR reminder emails for the same interview tomorrow, all within 10 minutes. She asked if we were a scam.

This is NOT OK. Please figure out why this happened before it happens to someone else.

Monica Reyes
Talent Acquisition - Pharmacy Services""")

M(cat="bug", act="forward_support", art="", lang="en", notes="Teams link expired after reschedule; winmail.dat",
  frm=("Graham Shaw", "graham.shaw@corvanehealth.co.uk"), client="outlook",
  subj="Teams links dead after rescheduling", smode="plain",
  date="2026-03-31 09:08", tz="+0100", mode="alt", cs="utf-8", cte="quoted-printable", hcs="utf-8", hcte="quoted-printable",
  att=[("tnef",)], rcv=5,
  body="""Morning,

Whenever I reschedule an interview in GoodTime, the updated invite still carries a Teams link, but when the candidate clicks it they get "This meeting has expired". It's happened with three interviews this week for the lab scientist roles. Interviews I don't move are fine.

For now I've been creating a manual Teams link and pasting it in.

Regards,
Graham Shaw
Recruitment Coordinator, Pathology""")

M(cat="bug", act="forward_support+flag_csm", art="", lang="de", notes="recurring after ticket, time zone wrong",
  frm=("Thomas Schmid", "thomas.schmid@corvanehealth.de"), client="outlook",
  subj="Erneut falsche Uhrzeiten in Kandidateneinladungen (Ticket bereits gemeldet)", smode="b",
  date="2026-04-07 08:22", tz="+0200", mode="html", hcs="iso-8859-1", hcte="quoted-printable", rcv=7, auth=True,
  tags=["disclaimer", "recurring"],
  body="""Hallo zusammen,

das Problem mit den Uhrzeiten ist wieder da. Seit gestern zeigen die Einladungen an Kandidatinnen in Deutschland die Uhrzeit eine Stunde zu früh an (Sommerzeit wird offenbar nicht berücksichtigt). Wir hatten genau das im März schon an den GoodTime Support gemeldet (Ticket 48213), dort hieß es, es sei behoben.

Betroffen sind alle Standorte in Deutschland, seit Montag bestimmt 30 Einladungen. Wir rufen jetzt jede Kandidatin einzeln an.

Bitte dringend weitergeben.

Thomas Schmid
Teamleitung Recruiting Deutschland
Corvane Health Partners GmbH

""" + DISC_DE)

M(cat="bug", act="forward_support|needs_review", art="", lang="es", notes="form mailer; training progress not updating",
  frm=("Formularios Corvane", "no-reply@forms.corvanehealth.es"), client="form",
  subj="Nueva incidencia GoodTime - formulario web", smode="plain",
  date="2026-05-07 13:30", tz="+0200", mode="alt", cs="utf-8", cte="base64", hcte="base64", mid="bare",
  extra=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All", "Reply-To: carmen.vidal@corvanehealth.es",
         "X-Mailer: PHPMailer 6.9.1"],
  tags=["form-mailer"],
  body="""Se ha recibido una nueva incidencia desde el formulario de la línea de ayuda GoodTime.

Nombre: Carmen Vidal
Correo: carmen.vidal@corvanehealth.es
Centro: Clínica Valencia – Ruzafa
Tipo: Incidencia

Descripción:
Las tres enfermeras que están en formación como entrevistadoras ya han hecho sus dos entrevistas de observación y una dirigiendo con supervisión, pero en GoodTime siguen apareciendo como si no hubieran hecho ninguna. Por eso no las añade a las nuevas entrevistas. Lo revisé con la supervisora y las entrevistas sí se hicieron en las fechas previstas.

---
Este mensaje se ha generado automáticamente. No responda a este correo.""")

M(cat="bug", act="forward_support", art="", lang="fr", notes="reschedule didn't update interviewer invites",
  frm=("Céline Faure", "celine.faure@corvanehealth.fr", "raw1252"), client="outlook",
  subj="Invitations non mises à jour après reprogrammation", smode="raw1252",
  date="2026-02-18 11:44", tz="+0100", mode="html", hcs="windows-1252", hcte="quoted-printable",
  body="""Bonjour,

Depuis la semaine dernière, quand je reprogramme un entretien dans GoodTime, la candidate reçoit bien la nouvelle date mais les intervieweurs gardent l'ancienne invitation dans leur agenda. Résultat : hier, deux pharmaciens se sont présentés au mauvais créneau à la pharmacie de Bron.

Exemples : entretien du 12/02 déplacé au 16/02, entretien du 13/02 déplacé au 17/02 (poste préparateur en pharmacie).

Merci de regarder,
Céline Faure
Chargée de recrutement – Pharmacies Lyon Est""")

M(cat="bug", act="forward_support", art="", lang="pt", notes="self-scheduling offers times interviewer is on holiday",
  frm=("Tiago Martins", "tiago.martins@corvanehealth.pt"), client="gmail",
  subj="Link de auto-agendamento mostra horários em que a enfermeira está de férias", smode="b",
  date="2026-06-04 22:17", tz="+0100", mode="alt", cs="utf-8", cte="base64", hcte="base64",
  tags=["night"],
  body="""Boa noite,

O link que os candidatos usam para escolher a hora da entrevista está a oferecer horários da enfermeira-chefe Ana Lopes na próxima semana, mas ela está de férias e tem isso bloqueado no calendário (como "Ausente", não como livre). Já dois candidatos escolheram esses horários.

A ligação do calendário dela aparece como ligada no GoodTime.

Tiago Martins
Recrutamento – Clínicas Lisboa Oriental""")

# ================================================================ SCHEDULING BLOCKERS
M(cat="scheduling_blocker", act="forward_support", art="", lang="en", notes="candidate in lobby, no room, not on calendar",
  frm=("Kirsty Allen", "kirsty.allen@corvanehealth.co.uk"), client="iphone",
  subj="Candidate in reception NOW - Manchester", smode="plain",
  date="2026-02-10 09:07", tz="+0000", mode="plain", cs="utf-8", cte="quoted-printable",
  tags=["mobile-sig", "short"],
  body="""Candidate for the CT radiographer post is sat in reception at Oxford Road for a 9:00 interview. GoodTime says it's scheduled with Dr Patel in Room 4 but Dr Patel has nothing in his calendar and Room 4 has a different meeting in it. What do I do, can someone look right now?

Kirsty

Sent from my iPhone""")

M(cat="scheduling_blocker", act="forward_support", art="", lang="en", notes="panel in 15 min, no Teams link",
  frm=("Jordan Ellis", "jordan.ellis@corvanehealth.com"), client="outlook",
  subj="URGENT panel starts 2:30 - no Teams link", smode="plain",
  date="2026-03-18 14:14", tz="-0400", mode="html", hcs="us-ascii", hcte="7bit", rcv=6, auth=True,
  att=[("ics", "invite.ics", ics_text("Interview: Clinic Manager (Raleigh) - Panel", mkdate("2026-03-18 14:30", "-0400"), 60, "jordan.ellis@corvanehealth.com", "helpline@corvanehealth.com", location="Microsoft Teams Meeting"))],
  body="""Panel for the clinic manager role (Raleigh) starts at 2:30, that's 15 minutes from now. Three of the four interviewers have an invite with no Teams link at all, and the candidate's confirmation has none either. Regenerating from the interview page does nothing.

Candidate is external and dialing in from Greensboro. Please help ASAP.

Jordan Ellis
Recruiting Coordinator""")

M(cat="scheduling_blocker", act="forward_support", art="", lang="en", notes="terse lowercase, zoom invalid, started",
  frm=("Ben Walsh", "ben.walsh@corvanehealth.co.uk"), client="android",
  subj="zoom link invalid", smode="plain",
  date="2026-04-16 10:05", tz="+0100", mode="plain", cs="utf-8", cte="7bit", mid="none",
  tags=["lowercase", "terse", "mobile-sig"],
  body="""candidate cant get in, zoom says invalid meeting id, interview was meant to start 5 min ago, interviewer waiting. help??

Get Outlook for Android""")

M(cat="scheduling_blocker", act="forward_support", art="", lang="en", notes="interviewer sick, swap fails",
  frm=("Aisha Bello", "aisha.bello@corvanehealth.co.uk"), client="outlook",
  subj="Can't swap interviewer - interview at 2pm", smode="plain",
  date="2026-05-21 13:19", tz="+0100", mode="alt", cs="utf-8", cte="quoted-printable", hcs="utf-8", hcte="quoted-printable",
  att=[("png", "conflict_detected.png")],
  body="""Hi,

Our lab manager has gone home sick and she's the interviewer for a biomedical scientist interview at 2pm (40 mins from now). I'm trying to swap in Dr Hughes, who is free, but GoodTime won't save, it says "Conflict detected" and nothing else (screenshot). The candidate is already on the train to Birmingham.

Can anyone get this sorted in the next half hour?

Aisha Bello
Recruitment Coordinator, Pathology Midlands""")

M(cat="scheduling_blocker", act="forward_support|needs_review", art="", lang="en", notes="form mailer; candidate waiting on video",
  frm=("Help Line Forms", "forms-noreply@corvanehealth.com"), client="form",
  subj="[URGENT FORM] Scheduling issue - Jamal Wright", smode="plain",
  date="2026-06-03 15:52", tz="+0000", mode="alt", cs="utf-8", cte="quoted-printable", rcv=5,
  extra=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All", "X-Form-Name: helpline-urgent"],
  tags=["form-mailer"],
  body="""URGENT scheduling help request

Submitted by: Jamal Wright (jamal.wright@corvanehealth.com)
Location: Tampa Outpatient Clinic
Phone: +1 813 555 0148

Details:
Candidate (medical assistant) has been sitting in the video call for 10 minutes. The interviewer, Dr. Alvarez, never got an invite from GoodTime, so she's with patients and doesn't know about it. GoodTime shows the interview as confirmed with her. Need to know if I can move it to 4:30 today without sending the candidate five new emails.

-- 
This message was generated by the Corvane Help Line form. Do not reply.""")

M(cat="scheduling_blocker", act="forward_support", art="", lang="en", notes="onsite in progress, next session wrong date",
  frm=("Emma Clarke", "emma.clarke@corvanehealth.co.uk"), client="gmail",
  subj="onsite happening now - session 2 interviewer invite is for TOMORROW", smode="fold",
  date="2026-01-28 10:38", tz="+0000", mode="alt", cs="utf-8", cte="quoted-printable",
  body="""Hi,

The onsite for the advanced practitioner candidate is running right now at the London Bridge clinic. Session 1 is done, session 2 (with the lead pharmacist) is meant to start at 11:00 in room 3, but the pharmacist's invite is for tomorrow at 11:00 and she's at another site today. GoodTime shows it as today.

Candidate is sitting in room 3 waiting. Can someone help me swap or fix this in the next 20 mins?

Emma""")

M(cat="scheduling_blocker", act="forward_support", art="", lang="en", notes="time zone confusion, interview in 30 min",
  frm=("Nicole Brennan", "nicole.brennan@corvanehealth.com"), client="apple",
  subj="Which time is right?? interview in 30 min", smode="plain",
  date="2026-03-09 12:31", tz="-0400", mode="alt", cs="utf-8", cte="quoted-printable",
  att=[("ics", "Interview - Billing Manager.ics", ics_text("Interview: Billing Manager - Revenue Cycle", mkdate("2026-03-09 13:00", "-0400"), 45, "nicole.brennan@corvanehealth.com", "candidate@example.com", location="Video call"))],
  body="""The billing manager candidate is in Chicago and just emailed me that her confirmation says 3:00 AM. Our invite says 1:00 PM Eastern, which is in 30 minutes. She's asking which one is right and if the interview is even happening. I told her 12 Central but GoodTime is still showing her a different time in the link.

Can someone check before 1?

Nicole Brennan
Recruiter, Revenue Cycle""")

M(cat="scheduling_blocker", act="forward_support", art="", lang="en", notes="forwarded candidate email, at reception",
  frm=("Owen Hughes", "owen.hughes@corvanehealth.co.uk"), client="outlook",
  subj="FW: At reception - no one expecting me", smode="plain",
  date="2026-06-11 10:17", tz="+0100", mode="html", hcs="windows-1252", hcte="quoted-printable",
  tags=["forwarded"],
  body="""Can someone help ASAP - I'm at the Cardiff site today and can't get to Bristol. GoodTime shows this one as booked with Sarah Price at 10:00 in the Bristol imaging centre but Sarah says she never got anything.

Owen

__QUOTE__
From: Rebecca Lloyd <rebecca.lloyd88@gmail.com>
Sent: 11 June 2026 10:09
To: Owen Hughes <owen.hughes@corvanehealth.co.uk>
Subject: At reception - no one expecting me

Hi Owen,

I'm at the reception of the Bristol imaging centre for my 10am interview (sonographer role) but the receptionist can't find me on any list and nobody seems to know who I'm meeting. Should I wait?

Thanks,
Rebecca
__ENDQ__""")

M(cat="scheduling_blocker", act="forward_support", art="", lang="en", notes="GoodTime not loading, must reschedule now",
  frm=("Victoria Adams", "victoria.adams@corvanehealth.com"), client="outlook",
  subj="Need to move an interview in 20 mins - GoodTime won't load", smode="plain",
  date="2026-02-25 08:40", tz="-0500", mode="alt", cs="utf-8", cte="base64", hcs="utf-8", hcte="base64",
  body="""Hi,

Our surgeon interviewer is stuck in an emergency case and can't do the 9:00 interview with the surgical tech candidate, who's already on her way. I need to push it to the afternoon, but GoodTime just shows a blank white page when I log in (tried two browsers).

What can I do right now?

Victoria Adams
Coordinator, Ambulatory Surgery Centers""")

M(cat="scheduling_blocker", act="forward_support", art="", lang="de", notes="candidate waiting in Munich reception",
  frm=("Julia Neumann", "julia.neumann@corvanehealth.de"), client="outlook",
  subj="DRINGEND: Kandidat wartet am Empfang München", smode="q", scs="utf-8",
  date="2026-03-25 14:06", tz="+0100", mode="html", hcs="windows-1252", hcte="quoted-printable",
  body="""Hallo,

ein Kandidat für die Stelle als MFA sitzt seit 10 Minuten am Empfang in der Praxis München-Schwabing, Termin war 14:00. Im Kalender der Praxismanagerin ist nichts eingetragen, GoodTime zeigt das Gespräch aber als „geplant“ mit ihr und Raum 1.

Sie könnte ab 14:30, aber ich bekomme das Gespräch in GoodTime nicht verschoben (Fehlermeldung beim Speichern). Kann bitte jemand sofort helfen?

Julia Neumann
Recruiting, Praxen Süd""")

M(cat="scheduling_blocker", act="forward_support", art="", lang="es", notes="candidate in Teams with wrong meeting link",
  frm=("Raquel Serrano", "raquel.serrano@corvanehealth.es"), client="gmail",
  subj="URGENTE candidata esperando en Teams", smode="plain",
  date="2026-04-28 16:03", tz="+0200", mode="alt", cs="utf-8", cte="quoted-printable",
  body="""Hola,

la candidata para farmacéutica adjunta lleva 5 minutos conectada en Teams y está sola: el enlace que le llegó en la confirmación es el de otra reunión (una de formación de ayer). La entrevistadora está en el enlace correcto esperando también.

¿Cómo lo arreglo ya? ¿Le reenvío la confirmación desde GoodTime o me arriesgo a que le llegue el mismo enlace?

Raquel
Selección – Farmacias Madrid Norte""")

M(cat="scheduling_blocker", act="forward_support", art="", lang="pt", notes="group interview in 20 min, room cancelled",
  frm=("Sofia Rodrigues", "sofia.rodrigues@corvanehealth.pt"), client="outlook",
  subj="Entrevista de grupo daqui a 20 min – sala cancelada", smode="splitb", scs="utf-8",
  date="2026-05-26 10:41", tz="+0100", mode="alt", cs="utf-8", cte="quoted-printable", hcs="utf-8", hcte="quoted-printable", rcv=5,
  body="""Olá,

a entrevista de grupo para assistentes do contact center começa às 11h (daqui a 20 minutos), com 8 candidatos já a chegar. O GoodTime diz agora que a reserva da sala Tejo foi cancelada e não me deixa escolher outra sala, diz que não há salas disponíveis, mas a sala Douro está vazia.

Alguém me consegue ajudar já?

Sofia Rodrigues
Contact Center Lisboa""")

# ================================================================ FEATURE REQUESTS
M(cat="feature_request", act="product_board_reply", art="", lang="en", notes="URGENT subject over a wish: SMS/WhatsApp",
  frm=("Melissa Carter", "melissa.carter@corvanehealth.com"), client="outlook",
  subj="URGENT!!! candidates don't read email", smode="plain",
  date="2026-01-23 17:02", tz="-0500", mode="html", hcs="windows-1252", hcte="quoted-printable",
  tags=["misleading-subject"],
  body="""Hi team,

Not an emergency exactly, but it's driving me crazy. Most of our CNA and medical assistant candidates never read email, they live on their phones and text. It would make a huge difference if GoodTime could send the confirmation and reminder as a text message (or WhatsApp) instead of/in addition to email.

Can we get this added?

Melissa Carter
Recruiter - Frontline Clinical""")

M(cat="feature_request", act="product_board_reply", art="", lang="en", notes="bulk reschedule for interviewer on leave",
  frm=("Paul Robinson", "paul.robinson@corvanehealth.co.uk"), client="outlook",
  subj="Idea: move all of someone's interviews at once", smode="plain",
  date="2026-02-16 11:29", tz="+0000", mode="alt", cs="utf-8", cte="quoted-printable", hcs="utf-8", hcte="quoted-printable",
  body="""Hello,

When one of our consultant radiologists goes on unexpected leave I end up rescheduling 8-10 interviews one by one. It would be really useful to have a way to pick an interviewer and a date range and have GoodTime find replacements or new times for all of their interviews in one go.

Worth suggesting?

Paul Robinson
Recruitment Coordinator - Imaging""")

M(cat="feature_request", act="product_board_reply", art="", lang="en", notes="interviewer photos in itinerary",
  frm=("Sarah Collins", "sarah.collins@corvanehealth.com"), client="gmail",
  subj="suggestion for the candidate itinerary", smode="plain",
  date="2026-03-04 13:12", tz="-0500", mode="alt", cs="utf-8", cte="quoted-printable",
  body="""Hi,

Small wish: graduate nurse candidates tell us they feel less nervous when they know who they'll meet. Would be lovely if the itinerary GoodTime sends could show a small photo of each interviewer next to their name (pulled from their Outlook profile maybe).

Sarah""")

M(cat="feature_request", act="product_board_reply", art="", lang="en", notes="preferred interviewers weighting in pools",
  frm=("Mark Thompson", "mark.thompson@corvanehealth.co.uk"), client="outlook",
  subj="RE: pool for band 6 nurse interviews", smode="plain", reply=True,
  date="2026-04-09 16:44", tz="+0100", mode="html", hcs="windows-1252", hcte="quoted-printable",
  tags=["reply-quoted", "original-message-block", "off-topic-thread"],
  body="""Thanks Jo, that's done.

Separate thought for the GoodTime people: it would help if we could mark a couple of people in a pool as "preferred" so GoodTime tries them first and only falls back to the rest when they're busy. Right now it's all-or-nothing.

Mark

-----Original Message-----
From: Joanne Reid <joanne.reid@corvanehealth.co.uk>
Sent: 09 April 2026 15:10
To: Mark Thompson <mark.thompson@corvanehealth.co.uk>
Subject: pool for band 6 nurse interviews

Hi Mark, can you remove Claire Watts from the band 6 pool please, she's moved to the community team from Monday.
Jo""")

M(cat="feature_request", act="product_board_reply", art="", lang="en", notes="read-only view for clinic managers",
  frm=("Amanda Wright", "amanda.wright@corvanehealth.com"), client="apple",
  subj="A simple view for clinic managers?", smode="plain",
  date="2026-05-13 10:26", tz="-0400", mode="alt", cs="utf-8", cte="quoted-printable",
  body="""Hi there,

Our clinic managers keep asking me "what interviews do I have coming up for my clinic?" It would be great if GoodTime had a simple read-only page per clinic, listing upcoming interviews and candidates, that a manager could bookmark, without needing to learn the whole tool.

Just an idea - thanks!

Amanda Wright
Talent Acquisition Partner""")

M(cat="feature_request", act="product_board_reply", art="", lang="en", notes="read rota system for shift workers",
  frm=("Helen Fraser", "helen.fraser@corvanehealth.co.uk"), client="outlook",
  subj="Working hours for shift-based interviewers", smode="fold",
  date="2026-06-18 20:33", tz="+0100", mode="alt", cs="utf-8", cte="quoted-printable", hcs="utf-8", hcte="quoted-printable",
  tags=["night", "long-signature"],
  body="""Hi,

Most of our ward-based nurse interviewers work rotating 12-hour shifts, so their "working hours" are different every week. At the moment GoodTime assumes fixed hours, which means it offers slots when they're on nights or off.

It would be a big improvement if GoodTime could take their hours from our rostering system (we use HealthRoster) or at least allow different hours per week.

Helen Fraser
Clinical Recruitment Lead
Corvane Health Partners UK - Edinburgh
0131 496 0712 | helen.fraser@corvanehealth.co.uk
Follow us: linkedin.com/company/corvane-health-partners""")

M(cat="feature_request", act="product_board_reply", art="", lang="en", notes="scheduled weekly Excel export",
  frm=("Steven Park", "steven.park@corvanehealth.com"), client="gmail",
  subj="weekly export", smode="plain",
  date="2026-02-06 15:45", tz="-0800", mode="plain", cs="utf-8", cte="7bit",
  tags=["short"],
  body="""Hi - would love it if GoodTime could automatically email me the scheduling report as an Excel file every Monday morning instead of me downloading it by hand each week. Any chance?

Steven Park
Recruiting Ops, West""")

M(cat="feature_request", act="product_board_reply", art="", lang="en", notes="two topics: thanks + wish for language per candidate",
  frm=("Rosa Lima", "rosa.lima@corvanehealth.com"), client="outlook",
  subj="Thanks + an idea", smode="plain",
  date="2026-04-20 12:12", tz="-0400", mode="html", hcs="windows-1252", hcte="quoted-printable", rcv=5,
  tags=["two-topics"],
  body="""Hi all,

First, thanks for sorting out my access last week, everything works now.

Second, an idea: a lot of our candidates for the Miami and Orlando clinics prefer Spanish. It would be great if GoodTime picked the language of the candidate emails automatically based on a field in the candidate's profile, instead of us keeping separate copies of every template.

Rosa Lima
Bilingual Recruiter, Florida""")

M(cat="feature_request", act="product_board_reply", art="", lang="en", notes="colour-code by site",
  frm=("Craig Wilson", "craig.wilson@corvanehealth.co.uk"), client="thunderbird",
  subj="Colour coding interviews by site", smode="plain",
  date="2026-03-13 09:50", tz="+0000", mode="plain", cs="utf-8", cte="quoted-printable", flowed=True,
  body="""Hello,

I coordinate for five imaging sites and the GoodTime interview list is a wall of identical rows. Being able to colour-code or filter interviews by site/location would save me a lot of squinting.

Cheers,
Craig""")

M(cat="feature_request", act="product_board_reply", art="", lang="es", notes="travel time between clinics",
  frm=("Diego Morales", "diego.morales@corvanehealth.es"), client="gmail",
  subj="Propuesta: tiempo de desplazamiento entre clínicas", smode="q", scs="utf-8",
  date="2026-02-20 11:11", tz="+0100", mode="alt", cs="utf-8", cte="quoted-printable",
  body="""Hola,

una sugerencia: varios de nuestros entrevistadores (médicos de familia) pasan la mañana en la clínica de Madrid centro y la tarde en Alcobendas. GoodTime a veces les pone una entrevista en Alcobendas a las 15:00 justo después de terminar en Madrid a las 14:45.

Estaría genial poder indicar un tiempo de desplazamiento entre sedes para que GoodTime lo tenga en cuenta.

Un saludo,
Diego Morales
Reclutamiento Atención Primaria""")

M(cat="feature_request", act="product_board_reply", art="", lang="fr", notes="access map PDF per site in invite",
  frm=("Camille Bernard", "camille.bernard@corvanehealth.fr", "b"), client="outlook",
  subj="Idée : joindre le plan d'accès du site à l'invitation", smode="b",
  date="2026-05-04 14:27", tz="+0200", mode="alt", cs="iso-8859-1", cte="quoted-printable", hcs="iso-8859-1", hcte="quoted-printable",
  body="""Bonjour,

Nos candidats se perdent régulièrement entre le bâtiment A et le bâtiment C du centre d'imagerie de Lille. Ce serait pratique que GoodTime joigne automatiquement un plan d'accès (PDF) propre à chaque site dans la confirmation envoyée au candidat.

Bonne journée,
Camille Bernard
Assistante recrutement - Imagerie Lille""")

M(cat="feature_request", act="product_board_reply", art="", lang="pt", notes="candidate chooses in person or video",
  frm=("Pedro Gonçalves", "pedro.goncalves@corvanehealth.pt", "raw8"), client="outlook",
  subj="Sugestão para o link de agendamento", smode="q", scs="utf-8",
  date="2026-03-30 16:05", tz="+0100", mode="html", hcs="windows-1252", hcte="quoted-printable",
  body="""Boa tarde,

Uma sugestão para a GoodTime: seria muito útil que, no link em que o candidato escolhe a hora, ele pudesse também escolher se prefere entrevista presencial ou por vídeo. Para os técnicos de radiologia que vêm de fora de Lisboa isso fazia toda a diferença.

Cumprimentos,
Pedro Gonçalves
Recrutamento – Imagiologia""")

# ================================================================ ESCALATIONS
M(cat="escalation", act="flag_csm", art="", lang="en", notes="more licences for new imaging centre",
  frm=("Lauren Mitchell", "lauren.mitchell@corvanehealth.com"), client="outlook",
  subj="Additional GoodTime licences for Raleigh imaging centre opening", smode="fold",
  date="2026-02-02 10:40", tz="-0500", mode="html", hcs="windows-1252", hcte="quoted-printable", rcv=6, auth=True,
  tags=["long-signature"],
  body="""Hi,

We're opening the new diagnostic imaging centre in Raleigh in May. That means 6 new recruiters/coordinators and roughly 20 new interviewers (radiologists, lead technologists, the centre manager) who will all need to be in GoodTime by mid-April.

As far as I know we're close to our seat limit already. How do we get more licences added to our agreement, and what will it cost? I need to get it into the opening budget this month.

Thanks,
Lauren Mitchell
Director, Talent Acquisition - East Region
Corvane Health Partners
4100 Six Forks Road, Raleigh, NC 27609
Office (919) 555-0173""")

M(cat="escalation", act="flag_csm", art="", lang="en", notes="renewal, procurement, disclaimer",
  frm=("Graham Pike", "graham.pike@corvanehealth.co.uk"), client="outlook",
  subj="GoodTime agreement renewal - 30 June 2026", smode="plain",
  date="2026-03-16 12:02", tz="+0000", mode="html", hcs="windows-1252", hcte="quoted-printable", rcv=9, auth=True,
  att=[("pdf", "Corvane_GoodTime_usage_request.pdf", "Usage data request - GoodTime renewal")],
  tags=["disclaimer"],
  body="""Good afternoon,

Our agreement with GoodTime comes up for renewal on 30 June. Before Procurement signs anything, Finance would like (a) usage figures per country for the last 12 months, (b) the current number of active seats versus contracted, and (c) a call with GoodTime to discuss pricing and the term length, as we are considering moving to a three-year agreement.

Could you arrange this with the right person at GoodTime? Our request is attached.

Kind regards,
Graham Pike
Category Manager - Technology Procurement
Corvane Health Partners

""" + DISC_EN)

M(cat="escalation", act="flag_csm", art="", lang="en", notes="training request for contact-centre coordinators",
  frm=("Natasha Hill", "natasha.hill@corvanehealth.co.uk"), client="gmail",
  subj="Training session for the Leeds contact-centre coordinators?", smode="plain",
  date="2026-04-13 14:15", tz="+0100", mode="alt", cs="utf-8", cte="quoted-printable", auth=True, rcv=5,
  body="""Hi,

The 12 recruiting coordinators for the patient contact centre in Leeds moved onto GoodTime this month and, honestly, they're struggling: lots of manual workarounds, rebooking things by hand, not using the pools at all. Half of them missed the original onboarding.

Could we get a proper training session from GoodTime for that whole team, ideally on site or a 2-hour Teams session, some time in May?

Thanks,
Natasha Hill
Head of Recruitment, Patient Contact Centre""")

M(cat="escalation", act="flag_csm+forward_support", art="", lang="en", notes="complaint, third time this quarter, reminders failing today",
  frm=("Karen Douglas", "karen.douglas@corvanehealth.com"), client="outlook",
  subj="Reminders failing AGAIN - third time this quarter", smode="plain",
  date="2026-03-27 11:37", tz="-0400", mode="html", hcs="windows-1252", hcte="quoted-printable", rcv=7, auth=True,
  tags=["angry", "recurring", "disclaimer"],
  body="""Hello,

Candidate reminders have stopped going out again since this morning. This is the third time this quarter. In February we had 7 no-shows in one week because of it, and the ticket with GoodTime was closed as "resolved" without anyone telling us what the cause was.

Our VP of Talent is asking me whether GoodTime is reliable enough to keep. I need (1) someone to look at today's failure now, since we have 40+ interviews tomorrow across the US clinics, and (2) a proper conversation with GoodTime about why this keeps happening and what they are doing about it.

Karen Douglas
Senior Manager, Recruiting Operations (US)
Corvane Health Partners

""" + DISC_EN)

M(cat="escalation", act="flag_csm", art="", lang="en", notes="process change: centralised scheduling hub",
  frm=("Michelle Evans", "michelle.evans@corvanehealth.com"), client="outlook",
  subj="Centralising nurse interview scheduling - need GoodTime's input", smode="plain",
  date="2026-01-26 15:05", tz="-0500", mode="alt", cs="utf-8", cte="quoted-printable", hcs="utf-8", hcte="quoted-printable",
  att=[("ics", "Workshop proposal.ics", ics_text("Nurse scheduling hub - GoodTime workshop (proposed)", mkdate("2026-02-10 11:00", "-0500"), 90, "michelle.evans@corvanehealth.com", "helpline@corvanehealth.com", location="Charlotte HQ / Teams")), ("pdf", "Nurse_scheduling_hub_proposal_v3.pdf", "Nurse scheduling hub proposal v3")],
  body="""Hi team,

From April we're moving all nurse interview scheduling for our 14 Carolinas clinics into a single coordinator hub in Charlotte (4 coordinators instead of one per clinic). That means redoing pools, templates, who owns what, and how clinic managers get involved.

Before we start rebuilding things, I'd like to walk GoodTime through the plan and get their advice on the best way to set this up, since I'm sure other customers have done something similar. Proposal attached.

Michelle Evans
Director of Nursing Recruitment""")

M(cat="escalation", act="flag_csm", art="", lang="en", notes="admin leaving, account ownership",
  frm=("Robert Hayes", "robert.hayes@corvanehealth.com"), client="outlook",
  subj="Our GoodTime admin leaves Friday", smode="plain",
  date="2026-05-27 09:21", tz="-0400", mode="html", hcs="us-ascii", hcte="quoted-printable",
  body="""Hi,

Priya Shah, who has been our main GoodTime admin and the named contact on the account since we signed, is leaving Corvane this Friday. We need to move the account ownership and her admin rights to Denise Morgan in Recruiting Ops, and make sure GoodTime has Denise as the primary contact for billing and renewal notices.

Who at GoodTime handles this and can it be done before Friday?

Robert Hayes
VP, Talent Acquisition""")

M(cat="escalation", act="flag_csm", art="", lang="en", notes="acquisition, new domain users onto account",
  frm=("Stephanie Ward", "stephanie.ward@corvanehealth.com"), client="gmail",
  subj="Adding the newly acquired lab group to our GoodTime account", smode="plain",
  date="2026-06-08 16:40", tz="+0100", mode="alt", cs="utf-8", cte="quoted-printable", rcv=6, auth=True,
  body="""Hello,

As you may have heard, we've completed the acquisition of a clinical lab group in the north of Portugal. From July about 30 of their people (recruiters, lab managers who interview) need to use GoodTime under our account. They'll keep their own email domain for at least a year.

This affects our contract, the number of seats, and how their calendars get connected. Who can we talk to at GoodTime to plan it properly?

Stephanie Ward
Integration Lead, People Systems""")

M(cat="escalation", act="flag_csm", art="", lang="en", notes="'quick question' subject over overall complaint; no 'CSM'",
  frm=("Alison Baker", "alison.baker@corvanehealth.co.uk"), client="apple",
  subj="quick question", smode="plain",
  date="2026-02-13 18:22", tz="+0000", mode="alt", cs="utf-8", cte="quoted-printable", mid="bare",
  tags=["misleading-subject", "reply-quoted", "gmail-on-wrote", "off-topic-thread"], reply=True,
  body="""Hi,

Honest feedback, not aimed at you: six months in, the GoodTime rollout in the UK isn't going well. Coordinators in three of our five regions have gone back to spreadsheets and Outlook for most scheduling, hiring managers don't trust the invites, and nobody at GoodTime has checked in with us since go-live.

I'd like a proper conversation with whoever looks after our relationship at GoodTime about getting adoption back on track. Can you set that up?

Alison

> On 12 Feb 2026, at 09:14, Helpline <helpline@corvanehealth.com> wrote:
__QUOTE__
>
> Hi Alison, the updated guide for the graduate radiographer scheme is now on the intranet.
>
> Help line
__ENDQ__""")

M(cat="escalation", act="flag_csm", art="", lang="de", notes="licences and onboarding training Düsseldorf",
  frm=("Andreas Krüger", "andreas.krueger@corvanehealth.de", "b"), client="outlook",
  subj="Zusätzliche Lizenzen + Schulung für Team Düsseldorf", smode="q", scs="iso-8859-1",
  date="2026-03-09 10:14", tz="+0100", mode="alt", cs="iso-8859-1", cte="base64", hcs="iso-8859-1", hcte="quoted-printable",
  tags=["long-signature"],
  body="""Guten Tag,

zum 1. April übernehmen wir die drei Praxen in Düsseldorf. Dafür brauchen wir 8 zusätzliche GoodTime-Lizenzen für die neuen Recruiterinnen und Praxismanager sowie eine Einführungsschulung für das gesamte Team (gern remote, ca. 2 Stunden).

Können Sie das mit GoodTime klären und mir sagen, was das vertraglich bedeutet?

Mit freundlichen Grüßen
Andreas Krüger
Leiter Personal West
Corvane Health Partners GmbH
Königsallee 61 · 40215 Düsseldorf""")

M(cat="escalation", act="flag_csm", art="", lang="es", notes="training + process review for Valencia team",
  frm=("Elena Castro", "elena.castro@corvanehealth.es"), client="outlook",
  subj="Formación GoodTime para el nuevo equipo de Valencia", smode="q", scs="iso-8859-1",
  date="2026-04-22 10:58", tz="+0200", mode="html", hcs="windows-1252", hcte="quoted-printable", rcv=5,
  att=[("tnef",)],
  body="""Buenos días,

En mayo se incorporan seis personas al nuevo equipo de reclutamiento de Valencia (enfermería y auxiliares). Necesitaríamos una formación de GoodTime para todo el equipo y, de paso, revisar con GoodTime cómo tenemos montado el proceso de entrevistas de enfermería, porque ahora mismo cada coordinadora lo hace a su manera y no está funcionando.

¿Podéis organizarlo con ellos?

Un saludo,
Elena Castro
Responsable de Selección – Levante""")

M(cat="escalation", act="flag_csm", art="", lang="fr", notes="invoice for more licences than used",
  frm=("François Lefèvre", "francois.lefevre@corvanehealth.fr", "q", "iso-8859-1"), client="outlook",
  subj="Facture GoodTime : 45 licences facturées pour 30 utilisées", smode="b",
  date="2026-01-19 16:25", tz="+0100", mode="html", hcs="windows-1252", hcte="quoted-printable", rcv=6, auth=True,
  tags=["disclaimer"],
  body="""Bonjour,

Nous avons reçu la facture annuelle GoodTime pour la France : elle porte sur 45 licences, alors que nous n'en utilisons que 30 depuis la réorganisation de l'automne. Notre contrat devait être ajusté au renouvellement.

Pouvez-vous voir avec GoodTime pour corriger la facture et le nombre de licences avant la date d'échéance du 15 février ?

Cordialement,
François Lefèvre
Contrôleur de gestion – Corvane Health Partners France

""" + DISC_FR)

M(cat="escalation", act="flag_csm+forward_support", art="", lang="pt", notes="recurring calendar sync failure, happening today",
  frm=("Ana Ribeiro", "ana.ribeiro@corvanehealth.pt"), client="gmail",
  subj="Outra vez: sincronização dos calendários falhou para toda a equipa do Porto", smode="b",
  date="2026-05-15 09:34", tz="+0100", mode="alt", cs="utf-8", cte="quoted-printable", rcv=7, auth=True,
  tags=["recurring"],
  body="""Bom dia,

Hoje de manhã a sincronização dos calendários voltou a falhar para toda a equipa do Porto: o GoodTime mostra toda a gente livre e já marcou duas entrevistas por cima de consultas. É a quarta vez este mês. Abrimos pedidos no suporte da GoodTime de todas as vezes e resolve-se por uns dias, depois volta.

Precisamos de duas coisas: que alguém veja o problema de hoje já, e uma reunião com a GoodTime para perceber porque é que isto continua a acontecer. A direção de RH já está a perguntar se devemos continuar com a ferramenta.

Ana Ribeiro
Coordenadora de Recrutamento – Norte
Corvane Health Partners Portugal""")

# ================================================================ NOISE
def bounce_top(orig_to, orig_subj, d):
    b = boundary("other")
    text = f"""This is the mail system at host mx.corvanehealth.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{orig_to}>: host corvanehealth-com.mail.protection.outlook.com[52.101.68.17]
    said: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {orig_to} not
    found by SMTP address lookup (in reply to RCPT TO command)
"""
    ds = f"""Reporting-MTA: dns; mx.corvanehealth.com
X-Postfix-Queue-ID: 4fQ2Zk1xYz3m
X-Postfix-Sender: rfc822; {HELP}
Arrival-Date: {rfcdate(d - dt.timedelta(seconds=4))}

Final-Recipient: rfc822; {orig_to}
Original-Recipient: rfc822;{orig_to}
Action: failed
Status: 5.1.10
Remote-MTA: dns; corvanehealth-com.mail.protection.outlook.com
Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient
    {orig_to} not found by SMTP address lookup
"""
    oh = f"""Received: by mx.corvanehealth.com (Postfix, from userid 0)
\tid 4fQ2Zk1xYz3m; {rfcdate(d - dt.timedelta(seconds=5))}
From: GoodTime Help Line <{HELP}>
To: {orig_to}
Subject: {orig_subj}
Date: {rfcdate(d - dt.timedelta(seconds=7))}
Message-ID: {msgid('outlook', 'corvanehealth.com')}
"""
    parts = [leaf('text/plain; charset=us-ascii', None, text.encode(), ["Content-Description: Notification"]),
             leaf('message/delivery-status', None, ds.encode(), ["Content-Description: Delivery report"]),
             leaf('text/rfc822-headers', None, oh.encode(), ["Content-Description: Undelivered Message Headers"])]
    h, body = multipart("report", parts, b, params=" report-type=delivery-status;",
                        preamble=b"This is a MIME-encapsulated message.\n\n")
    return (h, body)

def calreply_top(summary, start, minutes, organizer, attendee, partstat, text, cs="utf-8"):
    ics = ics_text(summary, start, minutes, organizer, attendee, method="REPLY", partstat=partstat)
    p1 = leaf(f'text/plain; charset="{cs}"', "quoted-printable", qpenc(text.encode(cs)))
    p2 = leaf('text/calendar; charset="utf-8"; method=REPLY', "base64", b64(ics.encode()))
    return multipart("alternative", [p1, p2], boundary("outlook"))

def mdn_top(text, orig_subj, orig_mid, reporter):
    mdn = f"""Reporting-UA: {reporter.split('@')[1]}; Microsoft Outlook 16.0
Final-Recipient: rfc822;{reporter}
Original-Message-ID: {orig_mid}
Disposition: manual-action/MDN-sent-manually; displayed
"""
    p1 = leaf('text/plain; charset="us-ascii"', "7bit", text.encode())
    p2 = leaf('message/disposition-notification', None, mdn.encode())
    return multipart("report", [p1, p2], boundary("outlook"), params=" report-type=disposition-notification;")

M(cat="noise", act="ignore", art="", lang="en", notes="OOO with Auto-Submitted",
  frm=("Jennifer Scott", "jennifer.scott@corvanehealth.com"), client="outlook",
  subj="Automatic reply: Interview schedule for CNA candidates - week of 9 Feb", smode="fold",
  date="2026-02-06 18:31", tz="-0500", mode="html", hcs="us-ascii", hcte="quoted-printable",
  extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All", "X-MS-Exchange-Inbox-Rules-Loop: jennifer.scott@corvanehealth.com"],
  tags=["ooo", "auto-submitted"],
  body="""Thank you for your email. I am out of the office from Friday 6 February until Monday 16 February with limited access to email.

For urgent recruiting matters please contact Tanya Brooks (tanya.brooks@corvanehealth.com). For anything related to a live interview today, please call the Columbus clinic front desk.

Jennifer Scott
Recruiting Manager, Midwest""")

M(cat="noise", act="ignore", art="", lang="en", notes="manual OOO without Auto-Submitted",
  frm=("Liam Parker", "liam.parker@corvanehealth.co.uk"), client="gmail",
  subj="Re: GoodTime pools clean-up", smode="plain", reply=True,
  date="2026-04-03 07:02", tz="+0100", mode="plain", cs="utf-8", cte="7bit",
  tags=["ooo", "no-auto-submitted", "reply-quoted"],
  body="""Hi, I'm on annual leave until 13 April with no access to email. For anything about Bristol imaging recruitment please contact Daniel Okafor. Thanks, Liam

On Thu, 2 Apr 2026 at 16:44, GoodTime Help Line <helpline@corvanehealth.com> wrote:
> Hi Liam,
>
> As part of the pool clean-up, could you confirm the sonographers in the
> Bristol pool are still current?
>
> Thanks,
> Help line""")

d_b = mkdate("2026-03-06 11:52", "+0000")
M(cat="noise", act="ignore", art="", lang="en", notes="bounce, recipient not found",
  frm=("Mail Delivery System", "MAILER-DAEMON@mx.corvanehealth.com"), client="system",
  subj="Undelivered Mail Returned to Sender", smode="plain", to=HELP,
  date="2026-03-06 11:52", tz="+0000", rcv=2, mid="normal",
  extra=["Auto-Submitted: auto-replied"],
  top=bounce_top("natalie.cooper@corvanehealth.co.uk", "RE: Your GoodTime access request", d_b),
  tags=["bounce", "multipart-report", "delivery-status"])

M(cat="noise", act="ignore", art="", lang="en", notes="vendor newsletter, List-Unsubscribe",
  frm=("GoodTime", "news@mail.goodtime.io"), client="external",
  subj="What's new in GoodTime: smarter pools, faster debriefs & our spring webinar series", smode="fold",
  date="2026-04-14 15:00", tz="+0000", mode="alt", cs="utf-8", cte="quoted-printable", rcv=6, auth=True,
  extra=["List-Unsubscribe: <https://mail.goodtime.io/unsubscribe?u=8f3a2c&id=44d91b>, <mailto:unsubscribe@mail.goodtime.io?subject=unsubscribe>",
         "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "List-Id: GoodTime Customer News <news.goodtime.io>", "Precedence: bulk",
         "X-Campaign-ID: spring-2026-product-update"],
  tags=["newsletter", "list-unsubscribe"],
  body="""GoodTime Product Update - April 2026

Hi there,

Spring is here, and so are some of our most requested improvements:

* Smarter interviewer pools - balance load across more criteria.
* Faster debriefs - schedule the debrief as soon as the last interview is booked.
* Spring webinar series - register for "Scheduling at scale in healthcare", 6 May.

Read the full release notes: https://www.goodtime.io/release-notes

You are receiving this email because you are a GoodTime customer contact.
Unsubscribe: https://mail.goodtime.io/unsubscribe?u=8f3a2c&id=44d91b
GoodTime.io, Inc.""")

d_c = mkdate("2026-02-23 09:00", "+0000")
M(cat="noise", act="ignore", art="", lang="en", notes="calendar decline",
  frm=("Rachel Green", "rachel.green@corvanehealth.co.uk"), client="outlook",
  subj="Declined: GoodTime help line drop-in (UK coordinators)", smode="plain",
  date="2026-02-20 16:12", tz="+0000",
  top=calreply_top("GoodTime help line drop-in (UK coordinators)", d_c, 30, HELP, "rachel.green@corvanehealth.co.uk", "DECLINED",
                   "Sorry, clinic cover that morning.\n"),
  tags=["calendar-reply", "text/calendar", "declined"])

M(cat="noise", act="ignore", art="", lang="en", notes="read receipt",
  frm=("Stuart Kerr", "stuart.kerr@corvanehealth.co.uk"), client="outlook",
  subj="Read: Your GoodTime interviewer settings", smode="plain",
  date="2026-03-20 10:03", tz="+0000",
  top=mdn_top("Your message\n\n  To: Stuart Kerr\n  Subject: Your GoodTime interviewer settings\n  Sent: 19 March 2026 16:20:11 (UTC+00:00) Dublin, Edinburgh, Lisbon, London\n\nwas read on 20 March 2026 10:03:08 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.\n",
              "Your GoodTime interviewer settings", msgid("outlook", "corvanehealth.com"), "stuart.kerr@corvanehealth.co.uk"),
  tags=["read-receipt", "multipart-report"])

M(cat="noise", act="ignore", art="", lang="en", notes="phishing, lookalike domain",
  frm=("Corvane IT Service Desk", "it-servicedesk@corvanehea1th-support.com"), client="external",
  subj="ACTION REQUIRED: helpline mailbox will be suspended in 24 hours", smode="plain",
  date="2026-05-08 03:41", tz="+0300", mode="html", hcs="utf-8", hcte="base64", rcv=4,
  extra=["Reply-To: verify-account@mailbox-renewal-portal.net", "X-Priority: 1 (Highest)", "Importance: High"],
  tags=["phishing", "night"],
  body="""Dear helpline@corvanehealth.com,

Your mailbox has exceeded its storage quota and will be SUSPENDED within 24 hours. All incoming messages will be rejected.

To keep your mailbox active, verify your account immediately using the secure link below:

https://corvanehealth-com.mailbox-renewal-portal.net/verify?user=helpline

Failure to verify will result in permanent loss of your emails.

Corvane IT Service Desk
This is an automated security message.""")

M(cat="noise", act="ignore", art="", lang="en", notes="bare thanks reply",
  frm=("Tanya Brooks", "tanya.brooks@corvanehealth.com"), client="outlook",
  subj="RE: new phlebotomy lead - how to get her into the rotation", smode="plain", reply=True,
  date="2026-02-03 15:47", tz="-0500", mode="alt", cs="utf-8", cte="quoted-printable", hcs="utf-8", hcte="quoted-printable",
  tags=["bare-thanks", "reply-quoted", "outlook-header-block"],
  body="""Thanks!!

__QUOTE__
From: GoodTime Help Line <helpline@corvanehealth.com>
Sent: Tuesday, February 3, 2026 11:02 AM
To: Tanya Brooks <tanya.brooks@corvanehealth.com>
Subject: RE: new phlebotomy lead - how to get her into the rotation

Hi Tanya,

Dana needs a GoodTime user with a connected calendar first, then she can be added to the lab assistant pool as qualified. We've done both this morning, so she should start being suggested now.

Help line
__ENDQ__""")

M(cat="noise", act="ignore", art="", lang="en", notes="got it thanks from phone",
  frm=("Kirsty Allen", "kirsty.allen@corvanehealth.co.uk"), client="iphone",
  subj="Re: Candidate in reception NOW - Manchester", smode="plain", reply=True,
  date="2026-02-10 09:26", tz="+0000", mode="plain", cs="utf-8", cte="quoted-printable",
  tags=["bare-thanks", "mobile-sig", "reply-quoted"],
  body="""Got it, thanks

Sent from my iPhone

> On 10 Feb 2026, at 09:21, GoodTime Help Line <helpline@corvanehealth.com> wrote:
>
> Hi Kirsty, Room 4 is now free and Dr Patel is on his way down. We've raised the missing invite with GoodTime Support.
>""")

M(cat="noise", act="ignore", art="", lang="en", notes="vendor marketing spam",
  frm=("Jake from HireRocket", "jake@hirerocket-ai.com"), client="external",
  subj="Cut your time-to-hire for nurses by 40% (15 min call?)", smode="plain",
  date="2026-06-17 14:05", tz="-0700", mode="alt", cs="utf-8", cte="quoted-printable", rcv=5,
  extra=["List-Unsubscribe: <https://hirerocket-ai.com/unsub?e=helpline%40corvanehealth.com>", "X-Mailer: Outreach"],
  tags=["marketing"],
  body="""Hi there,

I noticed Corvane Health Partners is hiring 100+ nurses across the US and UK. Teams like yours use HireRocket's AI sourcing to fill clinical roles 40% faster.

Do you have 15 minutes next Tuesday or Wednesday for a quick demo?

Best,
Jake Morrison
Account Executive, HireRocket

If this isn't relevant, reply "stop" and I won't reach out again.""")

M(cat="noise", act="ignore", art="", lang="de", notes="German OOO with Auto-Submitted",
  frm=("Stefanie Lange", "stefanie.lange@corvanehealth.de"), client="outlook",
  subj="Abwesenheitsnotiz: Interviewer-Pool Radiologie Köln", smode="b",
  date="2026-04-02 12:11", tz="+0200", mode="plain", cs="utf-8", cte="base64",
  extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
  tags=["ooo", "auto-submitted"],
  body="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 10. April 2026 nicht im Büro und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an Markus Brenner (markus.brenner@corvanehealth.de).

Mit freundlichen Grüßen
Stefanie Lange""")

M(cat="noise", act="ignore", art="", lang="es", notes="Spanish OOO, raw utf-8 subject",
  frm=("Carmen Vidal", "carmen.vidal@corvanehealth.es", "raw8"), client="outlook",
  subj="Respuesta automática: Incidencia formación entrevistadoras", smode="raw8",
  date="2026-05-08 09:00", tz="+0200", mode="html", hcs="utf-8", hcte="quoted-printable",
  extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
  tags=["ooo", "auto-submitted"],
  body="""Hola,

estoy fuera de la oficina hasta el lunes 18 de mayo, sin acceso al correo. Para temas urgentes de selección en Valencia, escribid a Elena Castro (elena.castro@corvanehealth.es).

Gracias,
Carmen""")

d_f = mkdate("2026-03-12 14:00", "+0100")
M(cat="noise", act="ignore", art="", lang="fr", notes="calendar accept in French",
  frm=("Sophie Marchand", "sophie.marchand@corvanehealth.fr"), client="outlook",
  subj="Accepté: Session questions-réponses GoodTime – équipes France", smode="q", scs="utf-8",
  date="2026-03-09 10:22", tz="+0100",
  top=calreply_top("Session questions-réponses GoodTime – équipes France", d_f, 45, HELP, "sophie.marchand@corvanehealth.fr", "ACCEPTED",
                   "Sophie Marchand a accepté cette réunion.\n"),
  tags=["calendar-reply", "text/calendar", "accepted"])

M(cat="noise", act="ignore", art="", lang="pt", notes="Gmail vacation responder",
  frm=("Inês Carvalho", "ines.carvalho@corvanehealth.pt", "b"), client="gmail",
  subj="Resposta automática: Re: Dia aberto de recrutamento – Porto", smode="b",
  date="2026-08-04 11:30", tz="+0100", mode="alt", cs="utf-8", cte="quoted-printable",
  extra=["Auto-Submitted: auto-replied", "Precedence: bulk"],
  tags=["ooo", "auto-submitted"],
  body="""Olá,

Estou de férias até 24 de agosto, com acesso limitado ao email. Para assuntos urgentes de recrutamento no Norte, contacte a Ana Ribeiro (ana.ribeiro@corvanehealth.pt).

Obrigada,
Inês""")


# ================================================================ main
def main():
    specs = list(MESSAGES)
    R.shuffle(specs)
    for f in os.listdir(OUT):
        if f.startswith("c-") and f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    rows = []
    for i, sp in enumerate(specs, 1):
        name = f"c-{i:03d}.eml"
        if "lf" not in sp:
            sp["lf"] = R.random() < 0.25
        raw, tags = build(sp)
        if sp["lf"]:
            tags.append("lf-endings")
        seen, tl = set(), []
        for t in tags:
            if t not in seen:
                seen.add(t); tl.append(t)
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(raw)
        rows.append([name, sp["cat"], sp["act"], sp.get("art", "") if sp["cat"] == "question" else "",
                     sp["lang"], ";".join(tl), sp.get("notes", "")])
    with open(os.path.join(OUT, "labels.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "category", "actions", "article", "language", "format", "notes"])
        w.writerows(rows)
    print("wrote", len(rows))

if __name__ == "__main__":
    main()
