#!/usr/bin/env python3
"""Batch q: help-line e-mails for Marlow Civil (GoodTime help line). Standard library only.
Writes q-001.eml ... q-100.eml and labels.csv next to this script."""
import base64, quopri, random, datetime, os, csv, zlib, struct, textwrap, hashlib, html, email
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(4471)
HELP = "recruiting-help@marlowcivil.com"


def T(s):
    return textwrap.dedent(s).strip("\n")


# ---------------------------------------------------------------- header helpers
def q_encode(b):
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


def ew(s, cs="utf-8", enc="B"):
    b = s.encode(cs)
    if enc == "B":
        return "=?%s?B?%s?=" % (cs.upper(), base64.b64encode(b).decode())
    return "=?%s?Q?%s?=" % (cs.upper(), q_encode(b))


def ew_split(s, cs="utf-8", enc="B", at=None):
    """Encoded word split in the middle of a word, across a folded line."""
    if at is None:
        at = len(s) // 2
    return ew(s[:at], cs, enc) + "\n " + ew(s[at:], cs, enc)


def fold(s, width=74):
    words = s.split(" ")
    lines, cur = [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    lines.append(cur)
    return "\n ".join(lines)


def addr(name, a, how="plain"):
    """how: plain | quoted | B | Q | Q1 (iso-8859-1) | raw (8-bit, returns str untouched)"""
    if not name:
        return a
    if how == "B":
        return "%s <%s>" % (ew(name, "utf-8", "B"), a)
    if how == "Q":
        return "%s <%s>" % (ew(name, "utf-8", "Q"), a)
    if how == "Q1":
        return "%s <%s>" % (ew(name, "iso-8859-1", "Q"), a)
    if how == "quoted" or any(c in name for c in ',.()'):
        return '"%s" <%s>' % (name, a)
    return "%s <%s>" % (name, a)


def mkdate(s, tz):
    d = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M")
    sign = 1 if tz[0] == "+" else -1
    off = datetime.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    return d.replace(second=R.randint(0, 59), tzinfo=datetime.timezone(off))


def rid(n=16, chars="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"):
    return "".join(R.choice(chars) for _ in range(n))


def b64rand(n):
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(n))).decode()


def received_chain(n, dt, domain, kind):
    """n Received headers, newest first."""
    hops = []
    t = dt
    srcip = "10.%d.%d.%d" % (R.randint(1, 250), R.randint(1, 250), R.randint(1, 250))
    if kind == "gmail":
        first = [
            "by 2002:a05:6402:%x:b0:%x:%x:%x with SMTP id %s;" % (R.randint(4096, 65535), R.randint(256, 4095), R.randint(256, 4095), R.randint(256, 4095), rid(10, "abcdefghijklmnopqrstuvwxyz0123456789")),
            "from mail-ed1-f%d.google.com (mail-ed1-f%d.google.com [209.85.208.%d])\n\tby mx1.marlowcivil.com (Postfix) with ESMTPS id 4%s\n\tfor <%s>;" % (R.randint(40, 70), R.randint(40, 70), R.randint(10, 200), rid(9, "BCDFGHJKLMNPQRSTVWXYZbcdfghjkmnpqrstvwxyz0123456789"), HELP),
        ]
    elif kind == "exchange":
        first = [
            "from %s.eurprd0%d.prod.outlook.com (2603:10a6:%x:%x::%x) by\n %s.eurprd0%d.prod.outlook.com (2603:10a6:%x:%x::%x) with Microsoft SMTP\n Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.20.%d.%d;" % (
                rid(8, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), R.randint(1, 9), R.randint(16, 999), R.randint(16, 999), R.randint(1, 99),
                rid(8, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), R.randint(1, 9), R.randint(16, 999), R.randint(16, 999), R.randint(1, 99), R.randint(8000, 8999), R.randint(1, 40)),
            "from %s.eurprd0%d.prod.outlook.com ([fe80::%x:%x:%x:%x]) by\n %s.eurprd0%d.prod.outlook.com ([fe80::%x:%x:%x:%x%%5]) with mapi id\n 15.20.%d.%d;" % (
                rid(8), R.randint(1, 9), R.randint(4096, 65535), R.randint(4096, 65535), R.randint(4096, 65535), R.randint(4096, 65535),
                rid(8), R.randint(1, 9), R.randint(4096, 65535), R.randint(4096, 65535), R.randint(4096, 65535), R.randint(4096, 65535), R.randint(8000, 8999), R.randint(1, 40)),
            "from EUR0%d-VI1-obe.outbound.protection.outlook.com (mail-vi1eur0%dlp%d.outbound.protection.outlook.com [40.107.%d.%d])\n\tby mx1.marlowcivil.com (Postfix) with ESMTPS id 4%s\n\tfor <%s>;" % (R.randint(1, 5), R.randint(1, 5), R.randint(2000, 2999), R.randint(1, 250), R.randint(1, 250), rid(9), HELP),
        ]
    else:
        first = [
            "from [%s] (unknown [%s])\n\t(Authenticated sender: %s)\n\tby smtp-out.%s (Postfix) with ESMTPSA id %s;" % (srcip, srcip, "user", domain, rid(10)),
            "from smtp-out.%s (smtp-out.%s [185.%d.%d.%d])\n\tby mx1.marlowcivil.com (Postfix) with ESMTPS id 4%s\n\tfor <%s>;" % (domain, domain, R.randint(1, 250), R.randint(1, 250), R.randint(1, 250), rid(9), HELP),
        ]
    tail = [
        "from mx1.marlowcivil.com (mx1.marlowcivil.com [10.20.0.11])\n\tby filter02.marlowcivil.com (amavisd-new) with ESMTP id %s\n\tfor <%s>;" % (rid(12, "abcdefghijklmnopqrstuvwxyz0123456789"), HELP),
        "from filter02.marlowcivil.com ([127.0.0.1])\n\tby localhost (filter02.marlowcivil.com [127.0.0.1]) (amavisd-new, port 10024)\n\twith LMTP id %s;" % rid(12, "abcdefghijklmnopqrstuvwxyz0123456789"),
        "from filter02.marlowcivil.com (filter02.marlowcivil.com [10.20.0.14])\n\tby mbx01.marlowcivil.com (Postfix) with ESMTPS id %s\n\tfor <%s>;" % (rid(10), HELP),
        "from mbx01.marlowcivil.com (localhost [127.0.0.1])\n\tby mbx01.marlowcivil.com (Dovecot) with LMTP id %s\n\tfor <%s>;" % (rid(22, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), HELP),
        "from mbx01.marlowcivil.com ([10.20.0.21])\n\tby imap01.marlowcivil.com with LMTP\n\tid %s\n\t(envelope-from <bounce@marlowcivil.com>);" % rid(20, "abcdefghijklmnopqrstuvwxyz0123456789"),
    ]
    seq = (first + tail)[:max(n, 1)]
    while len(seq) < n:
        seq.append("from relay%02d.marlowcivil.com (relay%02d.marlowcivil.com [10.20.1.%d])\n\tby mbx01.marlowcivil.com with ESMTP id %s;" % (len(seq), len(seq), R.randint(2, 250), rid(10)))
    for h in seq:
        t = t + datetime.timedelta(seconds=R.randint(0, 3))
        hops.append(h + " " + format_datetime(t))
    return list(reversed(hops))


def auth_headers(domain, arc=False, dkim=True):
    out = []
    bh = base64.b64encode(hashlib.sha256(rid(30).encode()).digest()).decode()
    sig = b64rand(128)
    sig_f = "\n\t ".join(sig[i:i + 70] for i in range(0, len(sig), 70))
    sel = "selector1" if "marlowcivil" in domain else "20230601"
    out.append(("Authentication-Results", "mx1.marlowcivil.com;\n\tdkim=pass (2048-bit key; unprotected) header.d=%s header.i=@%s header.b=%s;\n\tspf=pass (mx1.marlowcivil.com: domain of %s designates sender as permitted) smtp.mailfrom=%s;\n\tdmarc=pass (p=quarantine dis=none) header.from=%s" % (domain, domain, sig[:8], domain, domain, domain)))
    if arc:
        out.append(("ARC-Seal", "i=1; a=rsa-sha256; s=arcselector10001; d=marlowcivil.com; cv=none;\n\tb=" + "\n\t ".join(b64rand(96)[i:i + 70] for i in range(0, 128, 70))))
        out.append(("ARC-Message-Signature", "i=1; a=rsa-sha256; c=relaxed/relaxed; d=marlowcivil.com;\n\ts=arcselector10001; h=From:Date:Subject:Message-ID:Content-Type:MIME-Version;\n\tbh=%s;\n\tb=%s" % (bh, b64rand(90))))
        out.append(("ARC-Authentication-Results", "i=1; mx1.marlowcivil.com; spf=pass smtp.mailfrom=%s; dmarc=pass\n\taction=none header.from=%s; dkim=pass header.d=%s; arc=none" % (domain, domain, domain)))
    if dkim:
        out.append(("DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed;\n\td=%s; s=%s; t=%d;\n\th=from:to:subject:date:message-id:mime-version:content-type;\n\tbh=%s;\n\tb=%s" % (domain, sel, R.randint(1767000000, 1790000000), bh, sig_f)))
    return out


# ---------------------------------------------------------------- body helpers
def enc_body(text_or_bytes, charset, cte):
    b = text_or_bytes if isinstance(text_or_bytes, bytes) else text_or_bytes.encode(charset)
    if cte == "qp":
        return quopri.encodestring(b)
    if cte == "b64":
        return base64.encodebytes(b)
    return b


CTE_NAME = {"qp": "quoted-printable", "b64": "base64", "7bit": "7bit", "8bit": "8bit"}


def leaf(ctype, text, charset="utf-8", cte="7bit", params="", extra=()):
    h = [("Content-Type", '%s; charset="%s"%s' % (ctype, charset, params) if charset else ctype + params)]
    h.append(("Content-Transfer-Encoding", CTE_NAME[cte]))
    h.extend(extra)
    return h, enc_body(text, charset or "ascii", cte)


def ser(headers, body):
    out = b""
    for k, v in headers:
        vb = v if isinstance(v, bytes) else v.encode("utf-8")
        out += k.encode() + b": " + vb + b"\n"
    if not body.endswith(b"\n"):
        body += b"\n"
    return out + b"\n" + body


def multipart(sub, parts, boundary=None, params=""):
    boundary = boundary or ("----=_Part_%d_%d.%d" % (R.randint(10000, 99999), R.randint(100000000, 999999999), R.randint(1000000000000, 9999999999999)))
    body = b""
    if sub == "mixed" and R.random() < 0.5:
        body += b"This is a multi-part message in MIME format.\n\n"
    for h, b in parts:
        body += b"--" + boundary.encode() + b"\n" + ser(h, b)
    body += b"--" + boundary.encode() + b"--\n"
    return [("Content-Type", 'multipart/%s; boundary="%s"%s' % (sub, boundary, params))], body


# ---- quoted material
def plain_with_quote(body, q):
    if not q:
        return body
    kind = q["kind"]
    if kind == "gt":
        return body + "\n\n" + q["attr"] + "\n" + "\n".join(("> " + l) if l else ">" for l in q["text"].split("\n"))
    if kind == "outlook":
        return body + "\n\n________________________________\n" + q["hdr"] + "\n\n" + q["text"]
    if kind == "original":
        return body + "\n\n-----Original Message-----\n" + q["hdr"] + "\n\n" + q["text"]
    if kind == "fwd":
        return body + "\n\n---------- Forwarded message ---------\n" + q["hdr"] + "\n\n" + q["text"]
    if kind == "apple_fwd":
        return body + "\n\nBegin forwarded message:\n\n" + q["hdr"] + "\n\n" + q["text"]
    if kind == "raw":
        return body + "\n\n" + q["text"]
    raise ValueError(kind)


def esc(s):
    return html.escape(s, quote=False)


OUTLOOK_HEAD = T('''
    <html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
    <head>
    <meta http-equiv="Content-Type" content="text/html; charset=%s">
    <meta name="Generator" content="Microsoft Word 15 (filtered medium)">
    <style><!--
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
    	font-size:10.0pt;}
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
''')


def outlook_paras(text, small=False):
    out = []
    for line in text.split("\n"):
        if not line.strip():
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        else:
            style = ' style="font-size:9.0pt;color:#7F7F7F"' if small else ""
            out.append('<p class="MsoNormal"><span%s>%s<o:p></o:p></span></p>' % (style, esc(line)))
    return "\n".join(out)


def outlook_html(body, q=None, charset="windows-1252", lang="EN-GB", disclaimer=None):
    h = OUTLOOK_HEAD % (charset, lang) + "\n" + outlook_paras(body) + "\n"
    if disclaimer:
        h += outlook_paras("\n" + disclaimer, small=True) + "\n"
    if q:
        if q["kind"] in ("outlook", "original"):
            hdr_lines = q["hdr"].split("\n")
            h += '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n<p class="MsoNormal">'
            parts = []
            for l in hdr_lines:
                if ":" in l:
                    k, v = l.split(":", 1)
                    parts.append("<b>%s:</b>%s" % (esc(k), esc(v)))
                else:
                    parts.append(esc(l))
            h += "<br>\n".join(parts) + "<o:p></o:p></p>\n</div>\n" + outlook_paras("\n" + q["text"]) + "\n"
        else:
            h += outlook_paras("\n" + plain_with_quote("", q).strip("\n")) + "\n"
    h += "</div>\n</body>\n</html>\n"
    return h


def gmail_html(body, q=None):
    def divs(t):
        out = []
        for line in t.split("\n"):
            out.append("<div>%s</div>" % (esc(line) if line.strip() else "<br>"))
        return "".join(out)
    h = '<div dir="ltr">' + divs(body) + "</div>"
    if q:
        if q["kind"] == "gt":
            h += '<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>' % (esc(q["attr"]), divs(q["text"]))
        elif q["kind"] == "fwd":
            h += '<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>%s<br></div><br><br>%s</div>' % ("<br>".join(esc(l) for l in q["hdr"].split("\n")), divs(q["text"]))
        else:
            h += "<br>" + divs(plain_with_quote("", q).strip("\n"))
    return h + "\n"


def apple_html(body, q=None):
    h = '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
    h += "".join("<div>%s</div>" % (esc(l) if l.strip() else "<br>") for l in body.split("\n"))
    if q:
        h += "<div><br><blockquote type=\"cite\">" + "".join("<div>%s</div>" % (esc(l) if l.strip() else "<br>") for l in plain_with_quote("", q).strip("\n").split("\n")) + "</blockquote></div>"
    return h + "</body></html>\n"


# ---------------------------------------------------------------- attachments
def png_bytes(w=64, h=28):
    raw = b""
    for y in range(h):
        raw += b"\x00" + bytes(((x * 3 + y * 5) % 200 + 40) if (y % 9) else 220 for x in range(w))
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


def pdf_bytes(title):
    txt = "BT /F1 12 Tf 72 720 Td (%s) Tj ET" % title
    objs = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length %d >>\nstream\n%s\nendstream" % (len(txt), txt), "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += ("%d 0 obj\n%s\nendobj\n" % (i, o)).encode("latin-1")
    x = len(out)
    out += ("xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)).encode()
    for o in offs:
        out += ("%010d 00000 n \n" % o).encode()
    out += ("trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)).encode()
    return out


def ics_text(method, summary, start, end, organizer, attendee, partstat=None, uid=None, location=""):
    uid = uid or "%s@marlowcivil.com" % rid(24, "abcdef0123456789")
    att = "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=%s;RSVP=TRUE:mailto:%s" % (partstat or "NEEDS-ACTION", attendee)
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0", "METHOD:%s" % method,
             "BEGIN:VEVENT", "UID:%s" % uid, "DTSTAMP:20260301T090000Z", "DTSTART:%s" % start, "DTEND:%s" % end,
             "SUMMARY:%s" % summary, "ORGANIZER:mailto:%s" % organizer, att]
    if location:
        lines.append("LOCATION:%s" % location)
    lines += ["SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(lines) + "\r\n"


def attachment(kind, name=None, data=None):
    if kind == "png":
        name = name or "image001.png"
        return ([("Content-Type", 'image/png; name="%s"' % name), ("Content-Disposition", 'attachment; filename="%s"' % name),
                 ("Content-Transfer-Encoding", "base64")], base64.encodebytes(data or png_bytes()))
    if kind == "pdf":
        return ([("Content-Type", 'application/pdf; name="%s"' % name), ("Content-Disposition", 'attachment; filename="%s"' % name),
                 ("Content-Transfer-Encoding", "base64")], base64.encodebytes(data))
    if kind == "ics":
        return ([("Content-Type", 'text/calendar; charset="utf-8"; method=REQUEST; name="%s"' % name), ("Content-Disposition", 'attachment; filename="%s"' % name),
                 ("Content-Transfer-Encoding", "base64")], base64.encodebytes(data.encode("utf-8")))
    if kind == "winmail":
        d = b"\x78\x9f\x3e\x22" + bytes(R.getrandbits(8) for _ in range(380))
        return ([("Content-Type", 'application/ms-tnef; name="winmail.dat"'), ("Content-Disposition", 'attachment; filename="winmail.dat"'),
                 ("Content-Transfer-Encoding", "base64")], base64.encodebytes(d))
    raise ValueError(kind)


# ---------------------------------------------------------------- message assembly
MESSAGES = []

CLIENT = {
    "outlook": [("X-Mailer", "Microsoft Outlook 16.0")],
    "outlook365": [("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""), ("x-ms-publictraffictype", "Email"), ("X-MS-Exchange-Organization-AuthAs", "Internal")],
    "gmail": [],
    "apple": [("X-Mailer", "Apple Mail (2.3826.400.131.1.6)")],
    "iphone": [("X-Mailer", "iPhone Mail (22D82)")],
    "thunderbird": [("User-Agent", "Mozilla Thunderbird")],
    "android": [("User-Agent", "K-9 Mail for Android")],
    "none": [],
}


def M(**kw):
    MESSAGES.append(kw)


def build(m):
    frm_name, frm_addr = m["frm"]
    domain = frm_addr.split("@")[1]
    dt = mkdate(m["date"], m["tz"])
    H = []
    nrecv = m.get("recv", R.choice([0, 0, 2, 3]))
    if nrecv:
        kind = m.get("recv_kind", "exchange" if m.get("client") in ("outlook", "outlook365") else ("gmail" if m.get("client") == "gmail" else "other"))
        for h in received_chain(nrecv, dt, domain, kind):
            H.append(("Received", h))
    if m.get("auth"):
        H.extend(auth_headers(m.get("auth_domain", domain), arc=m.get("arc", False), dkim=m.get("dkim", True)))
    # From
    fe = m.get("from_enc", "plain")
    if fe == "raw":
        H.append(("From", ('%s <%s>' % (frm_name, frm_addr)).encode("utf-8")))
    elif fe == "cp1252":
        H.append(("From", ('%s <%s>' % (frm_name, frm_addr)).encode("cp1252")))
    else:
        H.append(("From", addr(frm_name, frm_addr, fe)))
    H.append(("To", m.get("to", "GoodTime Help Line <%s>" % HELP)))
    if m.get("cc"):
        H.append(("Cc", m["cc"]))
    # Subject
    subj = m["subj"]
    se = m.get("subj_enc", "plain")
    if se == "plain":
        sv = subj
    elif se == "fold":
        sv = fold(subj)
    elif se == "raw":
        sv = subj.encode("utf-8")
    elif se == "cp1252":
        sv = subj.encode("cp1252")
    elif se == "latin1":
        sv = subj.encode("iso-8859-1")
    elif se in ("B", "Q"):
        sv = ew(subj, "utf-8", se)
    elif se in ("B1", "Q1"):
        sv = ew(subj, "iso-8859-1", se[0])
    elif se in ("Bsplit", "Qsplit", "Q1split"):
        cs = "iso-8859-1" if se.startswith("Q1") else "utf-8"
        sv = ew_split(subj, cs, se[0], m.get("split_at"))
    elif se == "prefix-Q":
        # plain prefix + encoded tail, as Outlook does for "RE: ..."
        p, rest = subj.split(" ", 1)
        sv = p + " " + ew(rest, "utf-8", "Q")
    else:
        raise ValueError(se)
    H.append(("Subject", sv))
    H.append(("Date", format_datetime(dt)))
    mid = m.get("mid", "normal")
    mdom = m.get("mid_domain", {"gmail": "mail.gmail.com", "outlook": domain.replace(".", "") + ".onmicrosoft.com" if False else "DB9PR03MB" + rid(4, "0123456789") + ".eurprd03.prod.outlook.com"}.get(m.get("client"), domain))
    if mid == "normal":
        if m.get("client") == "gmail":
            H.append(("Message-ID", "<CA%s%s@mail.gmail.com>" % (rid(6, "ABCDEFGHJKLMNPQRSTUVWXYZ"), b64rand(33).replace("/", "_").replace("+", "-")[:44])))
        elif m.get("client") in ("outlook", "outlook365"):
            H.append(("Message-ID", "<%s%s@%s>" % (rid(4, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"), rid(20, "0123456789ABCDEF"), mdom)))
        else:
            H.append(("Message-ID", "<%s.%s@%s>" % (rid(8, "0123456789abcdef"), rid(12, "0123456789abcdef"), domain)))
    elif mid == "noangle":
        H.append(("Message-ID", "%s@%s" % (rid(24, "0123456789abcdef"), domain)))
    if m.get("reply"):
        ref = "<%s@%s>" % (rid(18, "0123456789ABCDEF"), m.get("ref_domain", "marlowcivil.com"))
        H.append(("In-Reply-To", ref))
        H.append(("References", ref))
        if m.get("client") in ("outlook", "outlook365"):
            H.append(("Thread-Topic", m.get("thread_topic", subj.split(":", 1)[-1].strip()) if se not in ("raw", "cp1252", "latin1") else "GoodTime"))
            H.append(("Thread-Index", base64.b64encode(bytes(R.getrandbits(8) for _ in range(27))).decode()))
    for k, v in m.get("extra", []):
        H.append((k, v))
    H.append(("MIME-Version", "1.0"))
    H.extend(CLIENT.get(m.get("client", "none"), []))
    if m.get("lang_hdr"):
        H.append(("Content-Language", m["lang_hdr"]))

    # ---------- body
    if "raw_body" in m:  # fully custom (headers list, body bytes)
        ch, body = m["raw_body"]
    else:
        layout = m.get("layout", "plain")
        cs = m.get("charset", "utf-8")
        cte = m.get("cte", "7bit" if cs == "us-ascii" else "qp")
        text = m["body"]
        q = m.get("quote")
        disc = m.get("disclaimer")
        plain = plain_with_quote(text + (("\n\n" + disc) if disc and not q else ""), q)
        if disc and q:
            plain = plain_with_quote(text + "\n\n" + disc, q)
        if layout == "plain":
            ch, body = leaf("text/plain", plain, cs, cte, params=m.get("ct_params", ""))
        elif layout == "outlook":
            hcs = m.get("charset", "windows-1252")
            ch, body = leaf("text/html", outlook_html(text, q, hcs, m.get("ol_lang", "EN-GB"), disc), hcs, cte)
        elif layout == "alt-outlook":
            hcs = m.get("charset", "windows-1252")
            p1 = leaf("text/plain", plain, hcs, cte)
            p2 = leaf("text/html", outlook_html(text, q, hcs, m.get("ol_lang", "EN-GB"), disc), hcs, cte)
            ch, body = multipart("alternative", [p1, p2], boundary="_000_%s_" % rid(40, "0123456789ABCDEF"))
        elif layout == "alt-gmail":
            p1 = leaf("text/plain", plain, cs, m.get("cte_plain", cte))
            p2 = leaf("text/html", gmail_html(text + (("\n\n" + disc) if disc else ""), q), cs, m.get("cte_html", "qp"))
            ch, body = multipart("alternative", [p1, p2], boundary="000000000000%s" % rid(16, "0123456789abcdef"))
        elif layout == "alt-apple":
            p1 = leaf("text/plain", plain, cs, cte)
            p2 = leaf("text/html", apple_html(text, q), cs, m.get("cte_html", "qp"))
            ch, body = multipart("alternative", [p1, p2], boundary="Apple-Mail=_%s-%s-%s-%s-%s" % (rid(8, "0123456789ABCDEF"), rid(4, "0123456789ABCDEF"), rid(4, "0123456789ABCDEF"), rid(4, "0123456789ABCDEF"), rid(12, "0123456789ABCDEF")))
        else:
            raise ValueError(layout)
        if m.get("attach"):
            parts = [(ch, body)] + [attachment(*a) for a in m["attach"]]
            ch, body = multipart("mixed", parts)
    H.extend(ch)
    data = ser(H, body)
    if m.get("crlf"):
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return data


# ================================================================ signatures / disclaimers
def sig_uk(name, title, office, mob=None):
    s = "%s\n%s\n\nMarlow Civil Ltd\n%s\n" % (name, title, office)
    if mob:
        s += "M: %s\n" % mob
    s += "www.marlowcivil.com"
    return s


DISC_UK = T('''
    CONFIDENTIALITY NOTICE: This e-mail and any attachments are CONFIDENTIAL and may be legally
    privileged. If you have received it in error, please notify the sender immediately and delete
    it from your system. Any unauthorised use, disclosure or copying is strictly prohibited.
    Marlow Civil Ltd, registered in England and Wales No. 04817263. Registered office:
    14 Wellington Place, Leeds LS1 4AP.
''')
DISC_US = T('''
    IMPORTANT / URGENT NOTICE: The information in this e-mail is CONFIDENTIAL and intended solely
    for the addressee. If you are not the intended recipient, you must not read, use or
    distribute it; please contact the sender immediately and destroy all copies. Marlow Civil
    Inc. accepts no liability for any error or omission in this message or for damage caused by
    any virus transmitted with it.
''')
DISC_DE = T('''
    Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht
    der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte
    sofort den Absender und vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die
    unbefugte Weitergabe dieser E-Mail sind nicht gestattet.
    Marlow Civil GmbH · Sitz Hamburg · Amtsgericht Hamburg HRB 154821 · Geschäftsführung: Dr. Henrik Albers, Claudia Sievers
''')
DISC_ES = T('''
    AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos son CONFIDENCIALES y se dirigen
    exclusivamente a su destinatario. Si lo ha recibido por error, le rogamos que lo comunique
    inmediatamente al remitente y proceda a su eliminación. Marlow Civil Ingeniería S.L.,
    C/ de Alcalá 214, 28028 Madrid. Sus datos se tratan conforme al RGPD.
''')
DISC_FR = T('''
    Ce message et ses pièces jointes sont CONFIDENTIELS et établis à l'attention exclusive de leur
    destinataire. Si vous l'avez reçu par erreur, merci d'en avertir immédiatement l'expéditeur
    et de le détruire. Toute utilisation ou diffusion non autorisée est interdite.
    Marlow Civil France SAS – 27 quai Perrache, 69002 Lyon – RCS Lyon 842 117 305
''')
DISC_PT = T('''
    AVISO DE CONFIDENCIALIDADE: Esta mensagem e os seus anexos são CONFIDENCIAIS e destinam-se
    exclusivamente ao destinatário. Se a recebeu por erro, informe imediatamente o remetente e
    elimine-a. Marlow Civil Portugal, Lda. – Av. da Liberdade 190, 1250-147 Lisboa.
''')

L = []  # labels


def Q(id, cat, actions, article, lang, fmt, notes, **kw):
    kw.update(dict(_id=id, _cat=cat, _actions=actions, _article=article, _lang=lang, _fmt=fmt, _notes=notes))
    M(**kw)


# ================================================================ ANSWERABLE QUESTIONS - English (13)
Q("en-a1", "question", "auto_reply", "contact-support", "en", "plain;mobile-signature;corporate-signature", "asks for a phone number",
  frm=("Rob Keane", "rob.keane@marlowcivil.com"), subj="phone number for goodtime?", date="2026-02-17 07:12", tz="+0000",
  client="iphone", recv=3, cte="7bit", charset="us-ascii",
  body=T('''
    Morning,

    Is there a number I can ring GoodTime on when something goes wrong? I'm out on the A64 widening job most days and typing up a ticket from the van isn't ideal, would much rather just talk to someone.

    Cheers
    Rob

    Rob Keane | Senior Land Surveyor
    Marlow Civil Ltd | Leeds
    M: +44 7700 900412

    Sent from my iPhone
  '''))

Q("en-a2", "question", "auto_reply", "support-hours", "en", "alt-gmail;dkim;arc;received-7;night", "support availability on a Saturday night, no word 'hours'",
  frm=("Megan Alvarez", "megan.alvarez@marlowcivil.com"), subj="Saturday night question", date="2026-03-14 23:41", tz="-0500",
  client="gmail", recv=7, auth=True, arc=True, auth_domain="marlowcivil.com", layout="alt-gmail", cte="7bit", charset="UTF-8",
  body=T('''
    Hey team,

    We've got a big push on the I-45 corridor hiring and I usually end up finishing the following week's interview schedules on Saturday night once my kids are asleep (like right now, ha).

    If GoodTime acts up at 11pm on a Saturday, is there actually anybody on the GoodTime side who will pick it up, or am I on my own until Monday morning?

    Thanks!
    Megan

    Megan Alvarez
    Recruiting Coordinator, Field Operations
    Marlow Civil Inc. | Houston, TX
  '''))

Q("en-a3", "question", "auto_reply", "chat-bubble", "en", "plain;terse-lowercase;no-message-id", "can't see chat on sign-in page",
  frm=("Kayla Brooks", "kayla.brooks@marlowcivil.com"), subj="where is the chat thing??", date="2026-01-27 10:03", tz="-0700",
  client="none", mid="none", recv=2, cte="7bit", charset="us-ascii",
  body="everyone keeps telling me to just use the chat for goodtime problems but there is no chat anywhere on my screen. im on the goodtime sign in page right now, where is it supposed to be"
  )

Q("en-a4", "question", "auto_reply", "contact-csm", "en", "outlook-html-only;qp;windows-1252;corporate-signature;disclaimer;received-5;crlf", "account contact meeting without saying CSM",
  frm=("Pritchard, Owen", "owen.pritchard@marlowcivil.com"), subj="Who do we talk to at GoodTime about our graduate process?", date="2026-02-03 08:52", tz="+0000",
  client="outlook365", recv=5, layout="outlook", cte="qp", charset="windows-1252", disclaimer=DISC_UK, crlf=True,
  body=T('''
    Morning all,

    We're rethinking how the graduate site engineer assessment days run across Leeds, Bristol and London for the September intake – most likely moving to a two-stage loop with a site visit in the afternoon.

    Before we build anything in GoodTime I'd like to talk it through with the person at GoodTime who looks after our account, rather than raising a support ticket. I had a name and an email from the rollout last year but can't find either now.

    How do I get a meeting in the diary with them?

    Many thanks,
    Owen

    Owen Pritchard
    HR Business Partner – Early Careers (UK)
    Marlow Civil Ltd | 14 Wellington Place, Leeds LS1 4AP
    T: +44 113 496 0718
  '''))

Q("en-a5", "question", "auto_reply", "product-board", "en", "reply-on-top;outlook-quote;alt-outlook;thanks-opener", "thanks first, then where to post product ideas",
  frm=("Chloe Bennett", "chloe.bennett@marlowcivil.com"), subj="RE: Room booking for Bristol onsite", date="2026-03-05 14:27", tz="+0000",
  client="outlook", reply=True, recv=4, layout="alt-outlook", cte="qp", charset="windows-1252",
  body=T('''
    Thanks Marcus, that worked a treat – the Avon room is showing now.

    Separate thing: I've got a couple of ideas for GoodTime itself (nothing urgent, just stuff that would make life easier for the coordinators here). Where's the right place to put those so the people at GoodTime actually see them? And is there any way to tell whether somebody else has already asked for the same thing?

    Chloe
  '''),
  quote=dict(kind="outlook", hdr="From: Marcus Webb <marcus.webb@marlowcivil.com>\nSent: 04 March 2026 16:10\nTo: Chloe Bennett <chloe.bennett@marlowcivil.com>\nSubject: RE: Room booking for Bristol onsite",
             text="Hi Chloe,\n\nThe Avon room was set up as a calendar resource but hadn't been switched on for the Bristol office in GoodTime. I've enabled it now, give it ten minutes and try again.\n\nMarcus\n\nMarcus Webb\nRecruiting Operations Lead\nMarlow Civil Ltd"))

Q("en-a6", "question", "auto_reply", "internal-project-team", "en", "plain;qp;utf-8", "new starter asks what the help line is for",
  frm=("Sam Fairclough", "sam.fairclough@marlowcivil.com"), subj="What is this mailbox for?", date="2026-01-12 11:35", tz="+0000",
  client="thunderbird", recv=3, cte="qp", charset="utf-8",
  body=T('''
    Hi,

    I've just joined as Apprenticeships Lead for the UK and this address was in my onboarding notes without much explanation.

    Is this the right place for questions about how we do things in GoodTime here at Marlow – e.g. how we normally set up the apprentice interview days – or should those go straight to GoodTime? Don't want to spam the wrong people.

    Thanks,
    Sam

    —
    Sam Fairclough
    Apprenticeships Lead (UK) · Marlow Civil Ltd · Bristol
  '''))

Q("en-a7", "question", "auto_reply", "escalation-path", "en", "alt-apple;qp", "which channel for bug/idea/big issue",
  frm=("Derek Oyelaran", "derek.oyelaran@marlowcivil.com"), subj="Bug vs idea vs bigger problem - who gets what?", date="2026-04-08 17:18", tz="+0100",
  client="apple", recv=2, layout="alt-apple", cte="qp", charset="utf-8",
  body=T('''
    Hi,

    I'm putting a one-pager together for the project managers who interview for the Bristol frameworks. Can you give me the short version of where things should go?

    a) something is broken in GoodTime
    b) someone has an idea for a new feature
    c) a big recurring problem that needs someone senior at GoodTime involved

    I want to get the order right so they don't all just email whoever they know.

    Thanks
    Derek
  '''))

Q("en-a8", "question", "auto_reply", "add-interviewer-to-pool", "en", "plain;terse-lowercase;android", "get new site engineer into the pool",
  frm=("Tom Hargreaves", "tom.hargreaves@marlowcivil.com"), subj="pool", date="2026-02-24 06:47", tz="+0000",
  client="android", recv=2, cte="7bit", charset="us-ascii",
  body="new site engineer (aisha malik) wants to start doing the grad interviews. what do i need to do to get her into the pool? dont think shes even set up in goodtime yet\n\ntom"
  )

Q("en-a9", "question", "auto_reply", "debrief-scheduling", "en", "plain;qp;encoded-word-Q-subject;ea", "EA: should the candidate be on the debrief",
  frm=("Janet Cole", "janet.cole@marlowcivil.com"), subj="Debrief invite – does the candidate get it?", subj_enc="Q", date="2026-03-18 15:02", tz="+0000",
  client="outlook", recv=5, cte="qp", charset="utf-8",
  body=T('''
    Hello,

    I'm booking the debrief for Wednesday's onsite loop for the Senior Project Manager role on behalf of Graham Whitley (he's the hiring manager). Two of the interviewers will be dialling in from site.

    Just want to be sure before I send it – should the candidate be on the debrief, and is there anything I need to set so that no e-mail goes to them?

    Kind regards,
    Janet

    Janet Cole
    Executive Assistant to Graham Whitley, Director – Infrastructure
    Marlow Civil Ltd | London
  '''))

Q("en-a10", "question", "auto_reply", "interviewer-training", "en", "plain;base64;utf-8", "what is shadow vs reverse shadow",
  frm=("Aisha Malik", "aisha.malik@marlowcivil.com"), subj="Shadow / reverse shadow?", date="2026-03-02 12:20", tz="+0000",
  client="outlook", recv=3, cte="b64", charset="utf-8",
  body=T('''
    Hi,

    I've been told I'm going on the "interviewer training path" for the graduate site engineer interviews. What's the difference between a shadow and a reverse shadow? Just want to know what I'm signing up for before the first one on Thursday.

    Thanks,
    Aisha

    Aisha Malik MEng
    Site Engineer – A64 Improvement Scheme
    Marlow Civil Ltd
  '''))

FORM1 = T('''
    A new request was submitted via the Marlow IT Service Portal.

    Request ID:     SR-2026-04417
    Submitted:      2026-02-19 13:04 CST
    Requester:      Luis Ortega-Whitman
    E-mail:         luis.ortega-whitman@marlowcivil.com
    Office:         Houston, TX
    Category:       Business Applications > GoodTime (interview scheduling)
    Priority:       3 - Normal
    Summary:        Can't see template and pool settings

    Description:
    I can schedule and reschedule interviews fine, but the menus other people talk about for interview templates and pools just aren't there for me (not greyed out, just missing). Is something broken on my account or is that an access thing?

    -----------------------------------------------------------------
    This message was generated automatically by the Service Portal.
    Please do not reply to this address.
''')
Q("en-a11", "question", "forward_support|needs_review", "permissions-roles", "en", "form-mailer;auto-submitted;x-auto-response-suppress;no-reply-from", "service-portal form, missing menus = permissions",
  frm=("Marlow IT Service Portal", "noreply-itportal@marlowcivil.com"), subj="[SR-2026-04417] New request: GoodTime - Can't see template and pool settings", subj_enc="fold",
  date="2026-02-19 13:04", tz="-0600", client="none", recv=4, recv_kind="other", cte="7bit", charset="us-ascii",
  extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"), ("Reply-To", "luis.ortega-whitman@marlowcivil.com"), ("Precedence", "bulk")],
  body=FORM1)

Q("en-a12", "question", "auto_reply", "reschedule-interview", "en", "alt-outlook;qp;rambling;question-in-third-paragraph", "can I just move it in Outlook",
  frm=("Priya Raman", "priya.raman@marlowcivil.com"), subj="Thursday", date="2026-04-13 09:38", tz="+0100",
  client="outlook", recv=5, layout="alt-outlook", cte="qp", charset="windows-1252", auth=True,
  body=T('''
    Hi both,

    Sorry, it's been a mad week – we've got the two tunnelling roles and the structures lead all landing at once, and half the hiring team are on the HS2 site visits so getting anyone to reply is a challenge in itself.

    One of the candidates for the Senior Tunnel Engineer role (coming in from Glasgow) has had her train moved, so she can now only do Friday morning instead of Thursday. She's been really flexible so I'd like to sort it without making a fuss.

    So my actual question: the interview is already booked for Thursday 10:00 with three interviewers. Can I just drag it to Friday in my Outlook calendar and let everyone's calendars catch up, or does it have to be moved inside GoodTime? I don't want to break anything.

    Thanks so much,
    Priya

    Priya Raman
    Senior Recruiter – Infrastructure
    Marlow Civil Ltd | 1 Mark Square, London EC2A 4EG
  '''))

Q("en-a13", "question", "auto_reply", "contact-support", "en", "plain;reply-on-top;original-message-quote;unrelated-thread;disclaimer", "what details to give support",
  frm=("Greg Santos", "greg.santos@marlowcivil.com"), subj="RE: Q2 hiring plan - site managers", date="2026-04-02 16:55", tz="-0400",
  client="outlook", reply=True, recv=6, cte="7bit", charset="us-ascii",
  body=T('''
    Different topic, sorry to hijack the thread - when I raise something with GoodTime support, what should I give them up front? Last time it took four emails back and forth before they could even start looking at it.

    Greg

    Greg Santos | Recruiting Operations Manager, US
    Marlow Civil Inc. | 100 Federal St, Boston, MA 02110
  '''),
  disclaimer=DISC_US.replace("–", "-"),
  quote=dict(kind="original", hdr="From: Helen Marsh <helen.marsh@marlowcivil.com>\nSent: Thursday, April 2, 2026 10:12 AM\nTo: Greg Santos <greg.santos@marlowcivil.com>; Dana Whitfield <dana.whitfield@marlowcivil.com>\nSubject: Q2 hiring plan - site managers",
             text="Greg, Dana,\n\nAttached is the Q2 headcount plan. We have 14 site manager openings across Texas and Colorado, 6 of them backfills. Can you confirm by Friday whether the current agency split still works?\n\nThanks,\nHelen"))

# ================================================================ ANSWERABLE - German (8)
Q("de-a1", "question", "auto_reply", "support-hours", "de", "plain;8bit;raw-utf8-subject;night", "Support abends/Wochenende erreichbar?",
  frm=("Felix Hoffmann", "felix.hoffmann@marlowcivil.de"), subj="Erreichbarkeit GoodTime-Support außerhalb der Bürozeiten?", subj_enc="raw",
  date="2026-02-20 21:37", tz="+0100", client="thunderbird", recv=3, cte="8bit", charset="utf-8",
  body=T('''
    Hallo zusammen,

    kurze Frage: Wir planen die Gespräche für die Azubi-Auswahltage oft abends oder am Samstag, weil die Poliere unter der Woche tagsüber auf der Baustelle sind. Wenn dann in GoodTime etwas hakt – kann ich mich da überhaupt an jemanden bei GoodTime wenden, oder geht das nur zu US-Geschäftszeiten?

    Danke und viele Grüße
    Felix Hoffmann
    Vermessung | Marlow Civil GmbH | München
  '''))

Q("de-a2", "question", "auto_reply", "contact-csm", "de", "outlook-html-only;qp;windows-1252;encoded-word-Q-latin1-subject;disclaimer;thanks-opener", "Termin mit CSM, Kontaktdaten fehlen",
  frm=("Sabine Krämer", "sabine.kraemer@marlowcivil.de"), from_enc="Q1", subj="Termin mit unserer Ansprechpartnerin bei GoodTime (Customer Success)", subj_enc="Q1",
  date="2026-03-10 10:14", tz="+0100", client="outlook365", recv=6, layout="outlook", cte="qp", charset="windows-1252", ol_lang="DE", disclaimer=DISC_DE, lang_hdr="de-DE",
  body=T('''
    Guten Tag,

    vielen Dank für die schnelle Hilfe letzte Woche mit den Raumressourcen!

    Ich möchte mit unserer Customer Success Managerin bei GoodTime über die Einführung von Interviewer-Pools für die Niederlassungen Köln und Hamburg sprechen. Leider finde ich ihre Kontaktdaten nicht mehr. Wie kann ich am einfachsten einen Termin mit ihr vereinbaren?

    Mit freundlichen Grüßen

    Sabine Krämer
    HR Business Partnerin
    Marlow Civil GmbH | Niederlassung Köln
    Tel. +49 221 9876 4410
  '''))

Q("de-a3", "question", "auto_reply", "calendar-sync", "de", "plain;base64;utf-8", "nach Passwortänderung als frei angezeigt",
  frm=("Anja Weiß", "anja.weiss@marlowcivil.de"), from_enc="B", subj="GoodTime schlägt mich vor, obwohl ich blockiert bin", date="2026-01-20 08:26", tz="+0100",
  client="thunderbird", recv=4, cte="b64", charset="utf-8",
  body=T('''
    Hallo,

    seit ich letzte Woche mein Windows-Passwort ändern musste, schlägt GoodTime mich für Gespräche zu Zeiten vor, an denen ich im Outlook eigentlich belegt bin. Muss ich da irgendetwas neu verbinden? Und wenn ja, wo sehe ich das?

    Danke!
    Anja

    --
    Anja Weiß
    Recruiting-Koordinatorin
    Marlow Civil GmbH | Hamburg
  '''))

Q("de-a4", "question", "auto_reply", "interviewer-load-balancing", "de", "plain;8bit;raw-utf8-from;mobile-signature", "maximal X Gespräche pro Woche",
  frm=("Jörg Büttner", "joerg.buettner@marlowcivil.de"), from_enc="raw", subj="Zu viele Vorstellungsgespräche für meine Leute", date="2026-04-21 18:49", tz="+0200",
  client="iphone", recv=3, cte="8bit", charset="utf-8",
  body=T('''
    Servus,

    meine beiden Bauleiter auf der Baustelle in Freiham sitzen gerade gefühlt in jedem zweiten Vorstellungsgespräch. Kann man in GoodTime festlegen, dass einer höchstens z. B. zwei Gespräche pro Woche bekommt? Und was passiert, wenn die Grenze erreicht ist – fliegt er dann einfach raus aus den Vorschlägen?

    Gruß
    Jörg

    Von meinem iPhone gesendet
  '''))

Q("de-a5", "question", "auto_reply", "room-booking", "de", "plain;qp;utf-8;encoded-word-B-split-subject", "Raum taucht in GoodTime nicht auf",
  frm=("Dominik Günther", "dominik.guenther@marlowcivil.de"), from_enc="Q", subj="Besprechungsraum „Rheinblick“ fehlt in GoodTime", subj_enc="Bsplit", split_at=21,
  date="2026-02-11 13:05", tz="+0100", client="outlook", recv=4, cte="qp", charset="utf-8",
  body=T('''
    Hallo,

    für die Vor-Ort-Gespräche in Köln möchte ich gern den Raum „Rheinblick“ im 3. OG nehmen, aber GoodTime bietet ihn mir nie an – nur die beiden kleinen Räume im EG. In Outlook kann ich ihn ganz normal buchen.

    Woran kann das liegen?

    VG
    Dominik Günther
    Personalreferent | Marlow Civil GmbH | Köln
  '''))

Q("de-a6", "question", "auto_reply", "time-zones", "de", "alt-gmail;qp;utf-8;dkim", "Zeitzone beim Selbstbuchungslink",
  frm=("Katrin Vogel", "katrin.vogel@marlowcivil.de"), subj="Zeitzone bei Bewerberin in Lissabon", date="2026-03-03 16:41", tz="+0100",
  client="gmail", recv=5, auth=True, auth_domain="marlowcivil.de", layout="alt-gmail", cte="qp", charset="UTF-8",
  body=T('''
    Hi,

    ich schicke einer Bewerberin in Lissabon einen Link, damit sie sich selbst einen Termin aussuchen kann. Die Interviewer sitzen alle in Hamburg. Sieht sie die Uhrzeiten dann in deutscher oder in portugiesischer Zeit? Ich will nicht, dass sie eine Stunde zu früh im Call sitzt 🙈

    LG Katrin
  '''))

Q("de-a7", "question", "auto_reply", "panel-interviews", "de", "outlook-html-only;qp;windows-1252;reply-on-top;outlook-quote-german;unrelated-thread", "Onsite passt nicht, keine Vorschläge",
  frm=("Brandt, Melanie", "melanie.brandt@marlowcivil.de"), subj="AW: Stellenausschreibung Projektleiter Tunnelbau – Freigabe", subj_enc="Q",
  date="2026-04-15 11:22", tz="+0200", client="outlook365", reply=True, recv=6, layout="outlook", cte="qp", charset="windows-1252", ol_lang="DE",
  body=T('''
    Hallo Team,

    ich hänge mich mal an diese Mail dran, weil es um dieselbe Stelle geht: Für den Projektleiter Tunnelbau haben wir fünf Gesprächsrunden mit jeweils anderen Leuten, und GoodTime findet einfach keinen Termin, an dem alles hintereinander passt. Der Kandidat hat uns nur zwei Tage genannt.

    Was kann ich tun, damit GoodTime überhaupt Vorschläge macht?

    Danke und Gruß
    Melanie Brandt
    Recruiterin | Marlow Civil GmbH | München
  '''),
  quote=dict(kind="outlook", hdr="Von: Stefan Kiefer <stefan.kiefer@marlowcivil.de>\nGesendet: Montag, 13. April 2026 09:02\nAn: Melanie Brandt <melanie.brandt@marlowcivil.de>\nBetreff: Stellenausschreibung Projektleiter Tunnelbau – Freigabe",
             text="Hallo Melanie,\n\ndie Ausschreibung ist von der Geschäftsführung freigegeben, du kannst sie auf StepStone und der Karriereseite veröffentlichen. Bitte Gehaltsband wie besprochen nicht angeben.\n\nGruß\nStefan"))

Q("de-a8", "question", "auto_reply", "cancel-interview", "de", "plain;qp;utf-8;encoded-word-Q-subject", "Kandidat abgesprungen – einfach im Kalender löschen?",
  frm=("Tobias Lang", "tobias.lang@marlowcivil.de"), subj="Kandidat hat zurückgezogen – Termin einfach löschen?", subj_enc="Q",
  date="2026-05-06 09:11", tz="+0200", client="apple", recv=2, cte="qp", charset="utf-8",
  body=T('''
    Moin,

    ein Kandidat für die Stelle Bauingenieur (m/w/d) Hafenbau hat heute früh abgesagt, er hat woanders unterschrieben. Das Gespräch am Donnerstag steht noch bei drei Kollegen im Kalender, inkl. Raum.

    Reicht es, wenn ich den Termin in Outlook lösche? Oder muss ich sonst noch was beachten?

    Danke!
    Tobias
  '''))

# ================================================================ ANSWERABLE - Spanish (8)
Q("es-a1", "question", "auto_reply", "chat-bubble", "es", "outlook-html-only;qp;windows-1252;corporate-signature", "dónde sale el chat morado",
  frm=("Lucía Fernández", "lucia.fernandez@marlowcivil.es"), from_enc="Q1", subj="Chat de soporte GoodTime", date="2026-02-05 12:48", tz="+0100",
  client="outlook365", recv=5, layout="outlook", cte="qp", charset="windows-1252", ol_lang="ES",
  body=T('''
    Hola:

    Me comentaron en la formación que para hablar con soporte de GoodTime hay un chat, un círculo morado o algo así, pero no lo encuentro por ningún lado. ¿En qué parte de la pantalla aparece?

    Gracias.

    Un saludo,
    Lucía Fernández
    Técnica de Selección | Marlow Civil Ingeniería S.L.
    C/ de Alcalá 214, 28028 Madrid
  '''))

Q("es-a2", "question", "auto_reply", "contact-support", "es", "plain;terse-lowercase;mobile-signature;no-message-id", "email de soporte",
  frm=("Álvaro Núñez", "alvaro.nunez@marlowcivil.es"), from_enc="B", subj="correo soporte goodtime", date="2026-03-24 19:12", tz="+0100",
  client="iphone", mid="none", recv=2, cte="qp", charset="utf-8",
  body="cual es el email de soporte de goodtime? gracias\n\nEnviado desde mi iPhone")

Q("es-a3", "question", "auto_reply", "candidate-availability-request", "es", "plain;base64;iso-8859-1", "candidato no contesta la solicitud de disponibilidad",
  frm=("Carmen Peña", "carmen.pena@marlowcivil.es"), from_enc="Q1", subj="Candidato sin contestar la disponibilidad", date="2026-01-29 10:30", tz="+0100",
  client="thunderbird", recv=3, cte="b64", charset="iso-8859-1",
  body=T('''
    Buenas,

    El martes le mandé a un candidato (puesto de topógrafo para la obra de la V-21) la petición para que marque su disponibilidad y todavía no ha contestado nada. ¿Se le puede volver a mandar desde GoodTime o es mejor que le escriba yo directamente? No quiero agobiarle.

    Gracias,
    Carmen Peña
    Coordinación de Selección - Valencia
  '''))

Q("es-a4", "question", "auto_reply", "self-scheduling-link", "es", "alt-gmail;qp;utf-8;reply-on-top;gmail-quote;unrelated-thread", "enlace de autocita sin horas disponibles",
  frm=("Sergio Domínguez", "sergio.dominguez@marlowcivil.es"), from_enc="Q", subj="Re: Candidatos prácticas verano", date="2026-04-22 13:16", tz="+0200",
  client="gmail", reply=True, recv=6, auth=True, auth_domain="marlowcivil.es", layout="alt-gmail", cte="qp", charset="UTF-8",
  body=T('''
    Otra cosa que no tiene que ver con esto: una candidata me dice que el enlace para que reserve ella misma la entrevista no le muestra ninguna hora disponible. Se lo mandé ayer con tres días de margen y con dos entrevistadores. ¿Por qué puede pasar eso?

    Gracias!
    Sergio
  '''),
  quote=dict(kind="gt", attr="El mar, 21 abr 2026 a las 17:40, Marta Iglesias (<marta.iglesias@marlowcivil.es>) escribió:",
             text="Sergio, te paso la lista de candidatos para las prácticas de verano en Bilbao. Son 9, los 4 primeros ya han hecho la prueba técnica.\n\nUn abrazo,\nMarta"))

Q("es-a5", "question", "auto_reply", "conference-links", "es", "plain;qp;iso-8859-1;encoded-word-Q-latin1-subject", "cambiar Zoom por Teams solo para una entrevista",
  frm=("Marta Iglesias", "marta.iglesias@marlowcivil.es"), subj="¿Teams en vez de Zoom para una sola entrevista?", subj_enc="Q1",
  date="2026-03-11 09:57", tz="+0100", client="outlook", recv=4, cte="qp", charset="iso-8859-1",
  body=T('''
    Hola,

    Por defecto nos sale siempre Zoom, pero el jefe de obra que entrevista el jueves solo tiene Teams en el portátil de la obra. ¿Puedo cambiarlo solo para esa entrevista sin tocar la configuración general?

    Muchas gracias,
    Marta Iglesias
    RR. HH. - Marlow Civil Ingeniería, Bilbao
  '''))

Q("es-a6", "question", "auto_reply", "candidate-reminders", "es", "plain;8bit;raw-utf8-subject;raw-utf8-from", "quién configura los recordatorios y reenvío manual",
  frm=("Nuria Castillo", "nuria.castillo@marlowcivil.es"), from_enc="raw", subj="Recordatorios a candidatos – ¿quién los configura?", subj_enc="raw",
  date="2026-05-12 11:03", tz="+0200", client="apple", recv=3, cte="8bit", charset="utf-8",
  body=T('''
    Hola equipo,

    Dos dudas rápidas sobre los recordatorios que reciben los candidatos antes de la entrevista:
    ¿quién se encarga de configurarlos? Y si un candidato me dice que no le ha llegado, ¿se lo puedo reenviar yo a mano desde GoodTime?

    Gracias,
    Nuria
  '''))

Q("es-a7", "question", "auto_reply", "interviewer-decline", "es", "alt-gmail;base64;utf-8;reply-on-top;gmail-quote;unrelated-thread", "entrevistador rechaza para mañana",
  frm=("Pablo Herrera", "pablo.herrera@marlowcivil.es"), subj="Re: Vacaciones de Semana Santa", date="2026-03-25 18:20", tz="+0100",
  client="gmail", reply=True, recv=5, layout="alt-gmail", cte="b64", cte_plain="b64", cte_html="b64", charset="UTF-8",
  body=T('''
    Perdonad que aproveche este hilo, es otro tema:

    Uno de los entrevistadores de mañana ha rechazado la invitación porque le han cambiado una visita a obra. ¿Tengo que mover la entrevista con el candidato o hay otra forma de solucionarlo?

    Un saludo,
    Pablo Herrera
    Técnico de Selección · Marlow Civil · Madrid
  '''),
  quote=dict(kind="gt", attr="El mié, 25 mar 2026 a las 9:05, Recursos Humanos Madrid (<rrhh.madrid@marlowcivil.es>) escribió:",
             text="Buenos días:\n\nOs recordamos que el plazo para solicitar las vacaciones de Semana Santa termina este viernes. Usad el portal del empleado, por favor.\n\nRR. HH. Madrid"))

Q("es-a8", "question", "auto_reply", "reschedule-interview", "es", "plain;qp;utf-8;mobile-signature", "si muevo en Outlook se actualiza en GoodTime?",
  frm=("Raquel Ortiz", "raquel.ortiz@marlowcivil.es"), subj="Mover entrevista desde Outlook", date="2026-02-26 08:05", tz="+0100",
  client="iphone", recv=2, cte="qp", charset="utf-8",
  body=T('''
    Buenos días,

    Si muevo una entrevista directamente en mi calendario de Outlook, ¿se actualiza sola en GoodTime y le llega el cambio al candidato? Es para no liarla con la del viernes.

    Gracias!

    Enviado desde mi iPhone
  '''))

# ================================================================ ANSWERABLE - French (8)
Q("fr-a1", "question", "auto_reply", "product-board", "fr", "alt-apple;qp;utf-8;reply-on-top;gt-quote;thanks-opener", "merci puis où proposer une idée",
  frm=("Camille Bérard", "camille.berard@marlowcivil.fr"), from_enc="Q", subj="Re: Accès aux rapports", date="2026-03-19 15:44", tz="+0100",
  client="apple", reply=True, recv=4, layout="alt-apple", cte="qp", charset="utf-8",
  body=T('''
    Merci beaucoup pour votre retour rapide, c'est réglé !

    Autre chose : j'ai plusieurs idées pour améliorer GoodTime, notamment pour les entretiens qui se passent sur chantier. Où est-ce que je peux les proposer pour que l'équipe produit de GoodTime les voie vraiment ?

    Bonne journée,
    Camille
  '''),
  quote=dict(kind="gt", attr="Le 18 mars 2026 à 17:02, GoodTime Help Line <recruiting-help@marlowcivil.com> a écrit :",
             text="Bonjour Camille,\n\nVotre rôle a été mis à jour, vous devriez maintenant voir l'onglet des rapports. Déconnectez-vous et reconnectez-vous si ce n'est pas le cas.\n\nL'équipe projet GoodTime"))

Q("fr-a2", "question", "auto_reply", "support-hours", "fr", "plain;qp;utf-8;mobile-signature;night", "support joignable tard le soir, sans le mot horaires",
  frm=("Julien Lefèvre", "julien.lefevre@marlowcivil.fr"), from_enc="B", subj="Souci GoodTime le soir", date="2026-01-22 22:18", tz="+0100",
  client="iphone", recv=2, cte="qp", charset="utf-8",
  body=T('''
    Bonsoir,

    Je prépare souvent les plannings d'entretiens tard le soir, depuis la base vie du chantier de Saint-Herblain. Si j'ai un problème avec GoodTime vers 22h, est-ce que quelqu'un chez eux peut me répondre, ou il faut attendre le lendemain matin ?

    Cordialement,
    Julien Lefèvre
    Conducteur de travaux – Marlow Civil France, Nantes

    Envoyé de mon iPhone
  '''))

Q("fr-a3", "question", "auto_reply", "internal-project-team", "fr", "outlook-html-only;qp;windows-1252;disclaimer", "peut-on vous poser des questions sur nos usages",
  frm=("Élodie Marchand", "elodie.marchand@marlowcivil.fr"), from_enc="Q1", subj="Question sur l'utilisation de cette adresse", date="2026-02-09 09:31", tz="+0100",
  client="outlook365", recv=5, layout="outlook", cte="qp", charset="windows-1252", ol_lang="FR", disclaimer=DISC_FR,
  body=T('''
    Bonjour,

    Je suis arrivée le mois dernier au service RH de Lyon et je me demandais : est-ce que je peux vous écrire pour des questions sur la façon dont on utilise GoodTime chez Marlow (nos règles internes, nos habitudes de planification), ou faut-il passer directement par GoodTime ?

    Merci d'avance,

    Élodie Marchand
    Chargée RH – Marlow Civil France
    27 quai Perrache, 69002 Lyon
  '''))

Q("fr-a4", "question", "auto_reply", "candidate-itinerary", "fr", "plain;8bit;raw-utf8-subject", "candidat n'a pas reçu son récap",
  frm=("Amélie Roux", "amelie.roux@marlowcivil.fr"), subj="Récapitulatif d'entretien pas reçu par le candidat", subj_enc="raw",
  date="2026-04-28 14:09", tz="+0200", client="thunderbird", recv=3, cte="8bit", charset="utf-8",
  body=T('''
    Bonjour,

    Le candidat pour le poste de géomètre-topographe me dit qu'il n'a jamais reçu le récapitulatif de son entretien de jeudi (horaires, personnes, adresse). Comment je peux le lui renvoyer ?

    Merci,
    Amélie Roux
    Coordinatrice recrutement, Lyon
  '''))

Q("fr-a5", "question", "auto_reply", "interview-templates", "fr", "plain;qp;iso-8859-1;encoded-word-Q-latin1-split-subject", "raccourcir une session pour un seul candidat",
  frm=("Sébastien Faure", "sebastien.faure@marlowcivil.fr"), from_enc="Q1", subj="Modifier la durée d'une session pour un seul candidat", subj_enc="Q1split", split_at=22,
  date="2026-03-26 11:47", tz="+0100", client="outlook", recv=4, cte="qp", charset="iso-8859-1",
  body=T('''
    Bonjour,

    Pour un candidat en particulier (il a un impératif en fin de matinée), je dois raccourcir une des sessions de 60 à 45 minutes. Si je fais la modification, est-ce que ça change le modèle pour tous les autres candidats du poste ?

    Merci et bonne journée,
    Sébastien Faure
    Chargé de recrutement - Marlow Civil France (Paris)
  '''))

Q("fr-a6", "question", "auto_reply", "ats-integration", "fr", "alt-gmail;qp;utf-8", "refuser un candidat : GoodTime ou ATS ?",
  frm=("Margaux Petit", "margaux.petit@marlowcivil.fr"), subj="Refus candidat : dans GoodTime ou dans l'ATS ?", subj_enc="B",
  date="2026-05-04 10:25", tz="+0200", client="gmail", recv=5, layout="alt-gmail", cte="qp", charset="UTF-8", auth=True, auth_domain="marlowcivil.fr",
  body=T('''
    Bonjour à tous,

    Quand un candidat n'est pas retenu après un entretien, je fais le changement dans GoodTime ou dans l'ATS ? Je ne voudrais pas faire la manip aux deux endroits et qu'il reçoive deux mails.

    Merci !
    Margaux
  '''))

Q("fr-a7", "question", "auto_reply", "self-scheduling-link", "fr", "plain;base64;utf-8;corporate-signature", "lien d'auto-planification ou demande de dispos pour 4 sessions",
  frm=("Nicolas Blanc", "nicolas.blanc@marlowcivil.fr"), subj="Journée d'entretiens sur site : quelle méthode ?", subj_enc="B",
  date="2026-02-16 16:33", tz="+0100", client="outlook", recv=4, cte="b64", charset="utf-8",
  body=T('''
    Bonjour,

    Pour une journée d'entretiens sur site avec 4 sessions (ingénieur travaux, rencontre avec le chef de projet, visite de chantier et RH), vaut-il mieux envoyer au candidat un lien pour qu'il choisisse lui-même son créneau, ou lui demander ses disponibilités ?

    Merci pour votre aide,

    Nicolas Blanc
    Chargé de recrutement
    Marlow Civil France – Agence Lyon
    Tél. : +33 4 72 00 18 64
    www.marlowcivil.fr
  '''))

Q("fr-a8", "question", "auto_reply", "time-zones", "fr", "plain;qp;utf-8;encoded-word-B-from", "créneaux proposés à 7h, d'où ça vient",
  frm=("Thomas Girard", "thomas.girard@marlowcivil.fr"), subj="GoodTime me propose des entretiens à 7h du matin", subj_enc="Q",
  date="2026-04-09 07:52", tz="+0200", client="android", recv=2, cte="qp", charset="utf-8",
  body=T('''
    Bonjour,

    Depuis quelques jours, GoodTime me propose comme interviewer des créneaux à 7h du matin, alors que je ne commence jamais avant 8h30. D'où ça peut venir et qu'est-ce que je dois vérifier de mon côté ?

    Merci,
    Thomas Girard
    Géomètre – Marlow Civil France
  '''))

# ================================================================ ANSWERABLE - Portuguese (8)
Q("pt-a1", "question", "auto_reply", "contact-csm", "pt", "outlook-html-only;qp;windows-1252;disclaimer;crlf", "falar com a gestora de sucesso do cliente sem contacto",
  frm=("Inês Carvalho", "ines.carvalho@marlowcivil.pt"), from_enc="Q1", subj="Contacto da gestora de sucesso do cliente GoodTime", date="2026-03-17 10:02", tz="+0000",
  client="outlook365", recv=5, layout="outlook", cte="qp", charset="windows-1252", ol_lang="PT", disclaimer=DISC_PT, crlf=True,
  body=T('''
    Bom dia,

    Preciso de falar com a nossa gestora de sucesso do cliente da GoodTime sobre a forma como organizamos as entrevistas dos estágios de verão em Lisboa e no Porto. Não tenho o contacto dela (a pessoa que tinha o e-mail já saiu da empresa).

    Como é que consigo marcar uma reunião com ela?

    Obrigada,
    Inês Carvalho
    Recrutamento e Seleção | Marlow Civil Portugal
    Av. da Liberdade 190, 1250-147 Lisboa
  '''))

Q("pt-a2", "question", "auto_reply", "chat-bubble", "pt", "plain;8bit;raw-utf8-subject;mobile-signature", "para que serve o balão roxo",
  frm=("João Magalhães", "joao.magalhaes@marlowcivil.pt"), from_enc="B", subj="Balão roxo do chat – para que serve?", subj_enc="raw",
  date="2026-02-12 19:25", tz="+0000", client="iphone", recv=2, cte="8bit", charset="utf-8",
  body=T('''
    Boa tarde,

    Para que serve aquele balão roxo de chat no GoodTime? Dá para reportar erros por lá ou é só para tirar dúvidas?

    Abraço,
    João

    Enviado do meu iPhone
  '''))

Q("pt-a3", "question", "auto_reply", "reporting-dashboards", "pt", "alt-gmail;qp;utf-8;dkim;received-8", "ver quantas entrevistas fez cada engenheiro",
  frm=("Rui Gonçalves", "rui.goncalves@marlowcivil.pt"), from_enc="Q", subj="Quantas entrevistas fez cada engenheiro?", date="2026-04-14 12:10", tz="+0100",
  client="gmail", recv=8, auth=True, arc=True, auth_domain="marlowcivil.pt", layout="alt-gmail", cte="qp", charset="UTF-8",
  body=T('''
    Olá,

    Há alguma forma de ver no GoodTime quantas entrevistas cada engenheiro fez nos últimos meses? Quero perceber quem anda sobrecarregado na equipa da obra do metro do Porto antes de distribuir as próximas.

    Obrigado,
    Rui Gonçalves
    Diretor de Obra – Marlow Civil Portugal, Porto
  '''))

Q("pt-a4", "question", "auto_reply", "conference-links", "pt", "plain;base64;utf-8", "convite sem link do Teams: porquê",
  frm=("Beatriz Conceição", "beatriz.conceicao@marlowcivil.pt"), from_enc="B", subj="Convite sem link do Teams", date="2026-05-18 17:35", tz="+0100",
  client="outlook", recv=4, cte="b64", charset="utf-8",
  body=T('''
    Olá,

    O convite para a entrevista de amanhã à tarde (Engenheiro/a de Estruturas) foi enviado sem link do Teams. Ainda há tempo, mas gostava de perceber porque é que isto acontece e o que devo verificar para não se repetir.

    Obrigada,
    Beatriz Conceição
    Coordenadora de Recrutamento – Lisboa
  '''))

Q("pt-a5", "question", "auto_reply", "calendar-sync", "pt", "plain;qp;iso-8859-1;encoded-word-Q-latin1-subject", "bloqueios no calendário ignorados",
  frm=("Tiago Simões", "tiago.simoes@marlowcivil.pt"), from_enc="Q1", subj="Marcam-me entrevistas por cima dos bloqueios de obra", subj_enc="Q1",
  date="2026-03-09 08:14", tz="+0000", client="thunderbird", recv=3, cte="qp", charset="iso-8859-1",
  body=T('''
    Bom dia,

    Tenho o calendário cheio de bloqueios para as visitas à obra, mas o GoodTime continua a sugerir-me para entrevistas nessas horas. Tenho de fazer alguma coisa do meu lado para ele perceber que não estou livre?

    Cumprimentos,
    Tiago Simões
    Técnico de Medições e Orçamentos
  '''))

Q("pt-a6", "question", "auto_reply", "candidate-availability-request", "pt", "alt-outlook;qp;windows-1252", "quanto tempo pedir de disponibilidade",
  frm=("Ana Sofia Araújo", "anasofia.araujo@marlowcivil.pt"), from_enc="Q", subj="Pedido de disponibilidade – quanto tempo pedir?", subj_enc="Q",
  date="2026-01-15 14:50", tz="+0000", client="outlook", recv=5, layout="alt-outlook", cte="qp", charset="windows-1252", ol_lang="PT",
  body=T('''
    Olá a todos,

    Quando peço a disponibilidade a um candidato, devo pedir só o tempo que a entrevista dura ou mais do que isso? Neste caso é uma entrevista com três sessões seguidas (técnica, gestor de projeto e RH).

    Obrigada!
    Ana Sofia
  '''))

Q("pt-a7", "question", "auto_reply", "room-booking", "pt", "plain;7bit;terse;no-message-id-angle", "entrevista por vídeo precisa de sala?",
  frm=("Catarina Lopes", "catarina.lopes@marlowcivil.pt"), subj="Sala para entrevista por video?", date="2026-04-30 09:40", tz="+0100",
  client="android", mid="noangle", recv=2, cte="qp", charset="utf-8",
  body="Bom dia, a entrevista da próxima semana é toda por vídeo. Preciso de reservar sala na mesma? Obg, Catarina")

Q("pt-a8", "question", "auto_reply", "panel-interviews", "pt", "plain;qp;utf-8;corporate-signature", "agendar entrevista com três engenheiros ao mesmo tempo",
  frm=("Miguel Ferreira", "miguel.ferreira@marlowcivil.pt"), subj="Entrevista com três de nós ao mesmo tempo", date="2026-02-25 11:27", tz="+0000",
  client="outlook", recv=3, cte="qp", charset="utf-8",
  body=T('''
    Bom dia,

    Vou entrevistar um candidato para encarregado geral juntamente com dois colegas da direção de obra. Como é que agendo no GoodTime uma entrevista em que estamos os três com o candidato ao mesmo tempo?

    Obrigado,

    Miguel Ferreira
    Engenheiro Civil – Direção de Obra
    Marlow Civil Portugal, Lda. | Rua de Sá da Bandeira 481, 4000-436 Porto
    T +351 22 340 1180
  '''))

# ================================================================ NONE questions - English (13)
N = lambda id, lang, fmt, notes, **kw: Q(id, "question", "forward_support", "none", lang, fmt, notes, **kw)

N("en-n1", "en", "alt-outlook;qp;windows-1252;disclaimer", "near-miss support-hours: asks for an SLA number",
  frm=("Dana Whitfield", "dana.whitfield@marlowcivil.com"), subj="GoodTime support response time for high priority tickets", date="2026-02-04 13:30", tz="-0500",
  client="outlook", recv=5, layout="alt-outlook", cte="qp", charset="windows-1252", ol_lang="EN-US", disclaimer=DISC_US,
  body=T('''
    Hi team,

    I'm writing up our internal escalation SOP for the US recruiting coordinators. What is GoodTime's guaranteed first-response time for a high-priority / P1 ticket? I need an actual number (minutes or hours) to put in the doc.

    Thanks,
    Dana

    Dana Whitfield
    Senior Manager, Talent Acquisition Operations
    Marlow Civil Inc.
  '''))

N("en-n2", "en", "plain;7bit;terse", "near-miss contact-csm: wants the CSM's name and e-mail",
  frm=("Hannah Yu", "hannah.yu@marlowcivil.com"), subj="CSM contact details", date="2026-01-08 15:06", tz="+0000",
  client="thunderbird", recv=3, cte="7bit", charset="us-ascii",
  body=T('''
    Hi,

    Could you send me the name and e-mail address of our Customer Success Manager at GoodTime? I'm updating the vendor contacts register for IT and it's blank for GoodTime.

    Thanks,
    Hannah Yu
    IT Vendor Management, Marlow Civil Ltd
  '''))

N("en-n3", "en", "plain;qp;utf-8", "near-miss product-board: asks for the URL",
  frm=("Marcus Webb", "marcus.webb@marlowcivil.com"), subj="link to the product board?", date="2026-03-27 10:44", tz="+0000",
  client="apple", recv=2, cte="qp", charset="utf-8",
  body=T('''
    Hi both – what's the actual web address of the GoodTime product board? I'm adding it to the "Useful links" section of our recruiting wiki and don't want to link to the wrong thing.

    Ta,
    Marcus
  '''))

N("en-n4", "en", "alt-gmail;qp", "near-miss training: asks how many sessions we require",
  frm=("Emily Carter", "emily.carter@marlowcivil.com"), subj="How many shadows before sign-off?", date="2026-04-16 11:15", tz="+0100",
  client="gmail", recv=4, layout="alt-gmail", cte="qp", charset="UTF-8",
  body=T('''
    Hi,

    Two of our site engineers in Leeds are on the training path for the Site Engineer interview. How many shadow and reverse-shadow sessions do they need to do here before they're signed off as qualified? They keep asking me and I genuinely don't know what we've set.

    Thanks,
    Emily
  '''))

N("en-n5", "en", "plain;qp;utf-8;corporate-signature", "near-miss permissions: who at Marlow grants admin",
  frm=("Kayla Brooks", "kayla.brooks@marlowcivil.com"), subj="Admin access for Denver templates", date="2026-03-31 09:22", tz="-0600",
  client="outlook", recv=4, cte="qp", charset="utf-8",
  body=T('''
    Hi,

    I'm taking over ownership of the interview templates for the Denver office from Jeremy, who left last week. Who here at Marlow can give me admin rights in GoodTime so I can edit them?

    Thank you!
    Kayla Brooks
    Recruiting Coordinator – Mountain Region
    Marlow Civil Inc. | Denver, CO
  '''))

N("en-n6", "en", "plain;7bit;terse-lowercase", "near-miss reporting: export to Excel",
  frm=("Tyler Nguyen", "tyler.nguyen@marlowcivil.com"), subj="export interviewer load to excel?", date="2026-05-07 16:48", tz="-0600",
  client="none", recv=2, cte="7bit", charset="us-ascii",
  body="can i export the interviewer load report out of goodtime into excel or csv? need it for the monthly ops deck")

N("en-n7", "en", "outlook-html-only;qp;windows-1252", "near-miss conference-links: Webex not named",
  frm=("Derek Oyelaran", "derek.oyelaran@marlowcivil.com"), subj="Webex for interviews?", date="2026-02-18 12:05", tz="+0000",
  client="outlook365", recv=5, layout="outlook", cte="qp", charset="windows-1252",
  body=T('''
    Hi,

    We're co-hiring a few roles with our JV partner on the Severn crossing job and their people can only use Webex on their laptops. Does GoodTime work with Webex at all, so the link goes on the invite automatically?

    Thanks,
    Derek

    Derek Oyelaran CEng MICE
    Project Manager – Marlow Civil Ltd, Bristol
  '''))

N("en-o1", "en", "plain;mobile-signature;7bit", "off-topic: mobile app",
  frm=("Rob Keane", "rob.keane@marlowcivil.com"), subj="goodtime app?", date="2026-04-20 07:31", tz="+0100",
  client="iphone", recv=2, cte="7bit", charset="us-ascii",
  body="Is there a GoodTime app for the iPhone? I'm on site all day and the website is a pain on the phone.\n\nRob\n\nSent from my iPhone")

N("en-o2", "en", "alt-outlook;qp;windows-1252;long-folded-subject;disclaimer", "off-topic: where candidate data is hosted (works council)",
  frm=("Sabine Krämer", "sabine.kraemer@marlowcivil.de"), from_enc="Q1", subj="Works council question: where is candidate data in GoodTime stored (EU or US) and who is the processor?", subj_enc="fold",
  date="2026-01-14 14:18", tz="+0100", client="outlook", recv=6, layout="alt-outlook", cte="qp", charset="windows-1252", disclaimer=DISC_DE,
  body=T('''
    Hello,

    Our works council (Betriebsrat) in Cologne has asked before they agree to the interviewer pools: where is candidate data in GoodTime actually stored – EU or US data centres – and who is the data processor under our contract?

    Could you let me know, or tell me who can?

    Kind regards
    Sabine Krämer
    HR Business Partner, Marlow Civil GmbH
  '''))

N("en-o3", "en", "plain;qp;utf-8", "off-topic: SSO",
  frm=("Hannah Yu", "hannah.yu@marlowcivil.com"), subj="SSO for GoodTime", date="2026-02-27 10:10", tz="+0000",
  client="thunderbird", recv=3, cte="qp", charset="utf-8",
  body=T('''
    Hi,

    Quick one from IT: does GoodTime support single sign-on with our Microsoft Entra accounts, or is it always a separate username and password? A couple of the site teams are asking why they need yet another login.

    Thanks,
    Hannah
  '''))

N("en-o4", "en", "plain;qp;utf-8;forward;gmail-forward;ics-attachment", "off-topic: can interviewers see the CV from the invite",
  frm=("Graham Whitley", "graham.whitley@marlowcivil.com"), subj="Fwd: Interview: Senior Project Manager – Wed 25 Mar", subj_enc="Q",
  date="2026-03-23 20:14", tz="+0000", client="gmail", recv=4, cte="qp", charset="utf-8",
  attach=[("ics", "invite.ics", ics_text("REQUEST", "Interview: Senior Project Manager (Infrastructure)", "20260325T140000Z", "20260325T150000Z", "janet.cole@marlowcivil.com", "graham.whitley@marlowcivil.com", location="London office, Room 4.02 / Teams"))],
  body="Can interviewers see the candidate's CV from this invite somehow, or do we always have to go into the ATS for it? Nothing attached here.\n\nG",
  quote=dict(kind="fwd", hdr="From: Janet Cole <janet.cole@marlowcivil.com>\nDate: Mon, 23 Mar 2026 at 11:02\nSubject: Interview: Senior Project Manager – Wed 25 Mar\nTo: Graham Whitley <graham.whitley@marlowcivil.com>",
             text="Interview: Senior Project Manager (Infrastructure)\nWednesday 25 March 2026, 14:00–15:00 GMT\nLocation: London office, Room 4.02 / Teams\nInterviewers: Graham Whitley, Priya Raman\n\nScheduled via GoodTime"))

N("en-m1", "en", "plain;qp;utf-8;multi-question", "three questions: session reschedule, panel size, reminder time zone",
  frm=("Liam Doherty", "liam.doherty@marlowcivil.com"), subj="a few GoodTime questions", date="2026-05-13 13:40", tz="+0100",
  client="outlook", recv=3, cte="qp", charset="utf-8",
  body=T('''
    Hi,

    A few things while I think of them:

    1. How do I move just one session of an onsite without touching the others?
    2. Is there a maximum number of interviewers you can put on one panel?
    3. Which time zone do the candidate reminder e-mails use if the candidate is abroad?

    Thanks,
    Liam Doherty
    Recruiting Coordinator – Bristol
  '''))

N("en-m2", "en", "alt-gmail;qp;two-questions", "pool how-to plus who owns the pool (local)",
  frm=("Chloe Bennett", "chloe.bennett@marlowcivil.com"), subj="Surveyor interview pool", date="2026-01-30 09:05", tz="+0000",
  client="gmail", recv=5, layout="alt-gmail", cte="qp", charset="UTF-8",
  body=T('''
    Hi,

    Rob Keane has agreed to start interviewing for the Land Surveyor roles. How do I get him into that pool, and who actually owns the surveyor pool here – is it us in Bristol or the Leeds team? I don't want to step on anyone's toes.

    Thanks!
    Chloe
  '''))

# ================================================================ NONE questions - de/es/fr/pt (3 each)
N("de-n1", "de", "plain;qp;utf-8", "near-miss reminders: language of reminder e-mails",
  frm=("Katrin Vogel", "katrin.vogel@marlowcivil.de"), subj="Erinnerungsmails an Bewerber auf Deutsch?", date="2026-02-02 10:51", tz="+0100",
  client="gmail", recv=4, cte="qp", charset="utf-8",
  body=T('''
    Hallo,

    die automatischen Erinnerungen, die unsere Bewerber vor dem Gespräch bekommen, kommen bei uns auf Englisch an. Kann man einstellen, dass die für die deutschen Stellen auf Deutsch rausgehen?

    Danke & Gruß
    Katrin
  '''))

N("de-n2", "de", "outlook-html-only;qp;windows-1252;disclaimer;raw-cp1252-subject", "off-topic: Löschfristen / DSGVO",
  frm=("Sabine Krämer", "sabine.kraemer@marlowcivil.de"), from_enc="cp1252", subj="Löschfristen Bewerberdaten in GoodTime – DSGVO", subj_enc="cp1252",
  date="2026-04-23 15:36", tz="+0200", client="outlook365", recv=5, layout="outlook", cte="qp", charset="windows-1252", ol_lang="DE", disclaimer=DISC_DE,
  body=T('''
    Hallo zusammen,

    unsere Datenschutzbeauftragte fragt nach: Wie lange werden Bewerberdaten in GoodTime gespeichert, und wer ist bei uns dafür zuständig, sie nach Ablauf der Frist zu löschen?

    Vielen Dank vorab
    Sabine Krämer
  '''))

N("de-n3", "de", "plain;8bit;multi-question", "zwei Fragen: Interviewer tauschen + Debrief automatisch bei uns?",
  frm=("Tobias Lang", "tobias.lang@marlowcivil.de"), subj="Zwei Fragen zu GoodTime", date="2026-03-13 12:02", tz="+0100",
  client="apple", recv=3, cte="8bit", charset="utf-8",
  body=T('''
    Moin,

    zwei Fragen:
    1) Ein Interviewer hat für nächste Woche abgesagt – wie tausche ich den gegen einen Kollegen aus?
    2) Wird bei uns in Hamburg das Debrief nach dem Vor-Ort-Termin automatisch mit angelegt, oder muss ich das immer selbst machen?

    Danke
    Tobias
  '''))

N("es-n1", "es", "plain;qp;iso-8859-1", "near-miss ATS: exact sync interval",
  frm=("Marta Iglesias", "marta.iglesias@marlowcivil.es"), from_enc="Q1", subj="Frecuencia de sincronización con el ATS", date="2026-02-10 12:33", tz="+0100",
  client="outlook", recv=4, cte="qp", charset="iso-8859-1",
  body=T('''
    Hola,

    Para un informe de auditoría interna necesito saber cada cuánto tiempo exactamente sincroniza GoodTime con el ATS (¿cada 5 minutos, cada 15, en tiempo real?). ¿Me lo podéis confirmar?

    Gracias,
    Marta
  '''))

N("es-n2", "es", "plain;8bit;raw-utf8-subject", "off-topic: interface language",
  frm=("Javier Ruiz Gómez", "javier.ruiz@marlowcivil.es"), subj="¿GoodTime en castellano?", subj_enc="raw", date="2026-03-30 08:12", tz="+0200",
  client="android", recv=2, cte="8bit", charset="utf-8",
  body=T('''
    Buenos días,

    ¿Se puede poner la pantalla de GoodTime en castellano? A algunos jefes de obra les cuesta bastante con el inglés y acaban llamándome a mí para todo.

    Saludos,
    Javier Ruiz
    Jefe de Obra – Valencia
  '''))

N("es-n3", "es", "alt-gmail;qp;utf-8;multi-question", "chat location + LinkedIn on invite",
  frm=("Lucía Fernández", "lucia.fernandez@marlowcivil.es"), from_enc="B", subj="Dos dudas", date="2026-05-20 17:05", tz="+0200",
  client="gmail", recv=4, layout="alt-gmail", cte="qp", charset="UTF-8",
  body=T('''
    Hola de nuevo,

    Dos cosillas: ¿dónde está exactamente el chat para hablar con soporte? Y otra: ¿los candidatos pueden ver el perfil de LinkedIn de los entrevistadores en la invitación? Un candidato me lo preguntó ayer.

    Gracias!
    Lucía
  '''))

N("fr-n1", "fr", "plain;qp;utf-8", "near-miss itinerary: who can edit the confirmation template here",
  frm=("Amélie Roux", "amelie.roux@marlowcivil.fr"), subj="Faute dans le mail de confirmation candidat", subj_enc="Q",
  date="2026-01-26 11:19", tz="+0100", client="thunderbird", recv=3, cte="qp", charset="utf-8",
  body=T('''
    Bonjour,

    Il y a une faute dans l'adresse de l'agence de Lyon dans le mail de confirmation envoyé aux candidats (« quai Peyrache » au lieu de « quai Perrache »). Qui peut modifier ce modèle chez nous ?

    Merci,
    Amélie
  '''))

N("fr-n2", "fr", "outlook-html-only;qp;windows-1252", "near-miss reminders: SMS",
  frm=("Camille Bérard", "camille.berard@marlowcivil.fr"), from_enc="Q1", subj="Rappels par SMS ?", date="2026-04-07 10:40", tz="+0200",
  client="outlook365", recv=5, layout="outlook", cte="qp", charset="windows-1252", ol_lang="FR",
  body=T('''
    Bonjour,

    Est-ce que GoodTime peut envoyer les rappels d'entretien aux candidats par SMS, et pas seulement par e-mail ? Beaucoup de nos candidats compagnons et chefs d'équipe ne lisent pas leurs mails.

    Bien à vous,
    Camille Bérard
    Chargée de recrutement – Paris
  '''))

N("fr-n3", "fr", "plain;8bit;multi-question;raw-utf8-from", "CSM button + guaranteed support response time",
  frm=("Élodie Marchand", "elodie.marchand@marlowcivil.fr"), from_enc="raw", subj="Deux questions GoodTime", date="2026-05-15 09:14", tz="+0200",
  client="apple", recv=3, cte="8bit", charset="utf-8",
  body=T('''
    Bonjour,

    Deux questions pour ma fiche mémo :
    – où se trouve le bouton pour contacter notre CSM chez GoodTime ?
    – et quel est le délai de réponse garanti du support en cas de problème bloquant ?

    Merci beaucoup,
    Élodie
  '''))

N("pt-n1", "pt", "plain;qp;utf-8", "near-miss load limits: our weekly limit value",
  frm=("Rui Gonçalves", "rui.goncalves@marlowcivil.pt"), from_enc="Q", subj="Limite de entrevistas por semana", date="2026-05-05 09:48", tz="+0100",
  client="gmail", recv=3, cte="qp", charset="utf-8",
  body=T('''
    Olá,

    Qual é o limite de entrevistas por semana que está definido cá na Marlow para os engenheiros de obra? Preciso de saber o número para explicar à equipa.

    Obrigado,
    Rui
  '''))

N("pt-n2", "pt", "plain;base64;iso-8859-1", "off-topic: Slack/Teams notifications",
  frm=("Catarina Lopes", "catarina.lopes@marlowcivil.pt"), subj="GoodTime e notificações no Teams", date="2026-02-23 15:29", tz="+0000",
  client="outlook", recv=3, cte="b64", charset="iso-8859-1",
  body=T('''
    Boa tarde,

    O GoodTime consegue enviar notificações para um canal do Teams ou do Slack quando um candidato confirma a entrevista? Era útil para os diretores de obra, que não vivem no e-mail.

    Obrigada,
    Catarina
  '''))

N("pt-n3", "pt", "alt-outlook;qp;windows-1252;multi-question", "cancel how-to + cancellations per site last quarter",
  frm=("Beatriz Conceição", "beatriz.conceicao@marlowcivil.pt"), from_enc="B", subj="Cancelamentos", date="2026-04-06 10:11", tz="+0100",
  client="outlook", recv=4, layout="alt-outlook", cte="qp", charset="windows-1252", ol_lang="PT",
  body=T('''
    Bom dia,

    Duas dúvidas:
    1. Qual é a forma certa de cancelar uma entrevista no GoodTime?
    2. Consigo ver quantas entrevistas foram canceladas por obra (Lisboa, Porto, Sines) no último trimestre, com o motivo?

    Obrigada,
    Beatriz
  '''))

# ================================================================ BUGS (6)
Q("bug1", "bug", "forward_support", "", "en", "plain;qp;misleading-subject", "'quick question' over a DST time bug in confirmations",
  frm=("Jenna Morales", "jenna.morales@marlowcivil.com"), subj="quick question", date="2026-03-11 10:26", tz="-0500",
  client="outlook", recv=5, cte="qp", charset="utf-8",
  body=T('''
    Hi – quick one.

    Since the clocks changed on Sunday, the confirmation e-mails GoodTime sends to candidates are showing the interview an hour later than what's on the calendar invite. It's happened with at least three candidates for the Houston field engineer roles this week (interviews 48213, 48219 and 48230). The calendar invites are right, the e-mails are wrong. One candidate showed up an hour late yesterday because of it.

    Can someone look into this?

    Thanks,
    Jenna Morales
    Recruiting Coordinator – Houston
  '''))

Q("bug2", "bug", "forward_support+flag_csm", "", "en", "outlook-html-only;qp;windows-1252;disclaimer;received-9;dkim;arc", "org-wide: all UK interviewers show free",
  frm=("Shaw, Natalie", "natalie.shaw@marlowcivil.com"), subj="All UK interviewers showing as available - nothing blocked since this morning",
  date="2026-02-09 09:47", tz="+0000", client="outlook365", recv=9, auth=True, arc=True, auth_domain="marlowcivil.com", layout="outlook", cte="qp", charset="windows-1252", disclaimer=DISC_UK,
  body=T('''
    Hi,

    Since about 8am today GoodTime is showing every interviewer in the UK offices (Leeds, Bristol and London at least) as completely free – none of their calendar events are being picked up. Coordinators have already booked four interviews on top of site meetings and a board review before we noticed.

    This affects all ~40 coordinators and recruiters in the UK, so we've asked everyone to stop scheduling through GoodTime for now. Reconnecting my own calendar didn't change anything.

    Please treat this as a priority.

    Natalie Shaw
    Recruiting Operations – UK & Ireland
    Marlow Civil Ltd
  '''))

Q("bug3", "bug", "forward_support", "", "en", "multipart-mixed;png-attachment;alt-gmail", "self-scheduling link returns error 500, screenshot",
  frm=("Ben Adeyemi", "ben.adeyemi@marlowcivil.com"), subj="Self-scheduling link giving an error", date="2026-04-24 15:12", tz="+0100",
  client="gmail", recv=5, layout="alt-gmail", cte="qp", charset="UTF-8", attach=[("png", "Screenshot 2026-04-24 at 14.58.31.png")],
  body=T('''
    Hi,

    A candidate for the Graduate Structural Engineer role sent me the attached screenshot – the self-scheduling link gives "Something went wrong (500)" as soon as she clicks on a slot. I tried the same link in an incognito window and got exactly the same thing.

    Interview isn't until next week so it's not a fire, but can you get it looked at?

    Candidate: Olivia Hart, job REQ-2026-0187

    Thanks
    Ben
  '''))

Q("bug4", "bug", "forward_support+flag_csm", "", "en", "alt-outlook;qp;windows-1252;forward;recurring", "interviews not syncing to ATS again, reported before",
  frm=("Dana Whitfield", "dana.whitfield@marlowcivil.com"), subj="FW: Interviews not showing in ATS - AGAIN", date="2026-05-11 08:33", tz="-0400",
  client="outlook", recv=6, layout="alt-outlook", cte="qp", charset="windows-1252", ol_lang="EN-US",
  body=T('''
    Team – this is the third time since February. Scheduled interviews are not syncing back to the ATS for any of the US reqs since Friday; hiring managers can't see anything on the candidate records. We opened tickets #118204 and #121957 for the same thing and it "went away" both times and came back.

    Can someone please push this with GoodTime properly this time?

    Dana
  '''),
  quote=dict(kind="original", hdr="From: Kayla Brooks <kayla.brooks@marlowcivil.com>\nSent: Monday, May 11, 2026 8:05 AM\nTo: Dana Whitfield <dana.whitfield@marlowcivil.com>\nSubject: Interviews not showing in ATS",
             text="Hi Dana, none of the interviews I scheduled on Friday for the Denver site engineer reqs are showing on the candidates in the ATS. Same for Tyler's. Is it the sync thing again?\n\nKayla"))

FORM2 = T('''
    New submission from the form "GoodTime – report a problem"

    Name: Harriet Quinn
    Email: harriet.quinn@marlowcivil.com
    Office: Bristol
    Role: Recruiting Coordinator
    What happened?: The reminder e-mails candidates get the day before their interview have an empty video link ("Join here:" and then nothing). Checked three interviews this week (Thu 16th, Fri 17th, Mon 20th) - the calendar invites have the Teams link, only the reminders are blank.
    How urgent is it?: Not blocking today
    Screenshot: (none)

    --
    Sent by Marlow Civil Forms · forms.marlowcivil.com
    You are receiving this because you are listed as a recipient of this form.
''')
Q("bug5", "bug", "forward_support|needs_review", "", "en", "form-mailer;auto-submitted;x-auto-response-suppress;no-reply-from", "form: reminders missing video link",
  frm=("Marlow Civil Forms", "no-reply@forms.marlowcivil.com"), subj="New submission: GoodTime - report a problem", date="2026-04-15 16:20", tz="+0100",
  client="none", recv=5, recv_kind="other", auth=True, auth_domain="forms.marlowcivil.com", cte="qp", charset="utf-8",
  extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"), ("Reply-To", "Harriet Quinn <harriet.quinn@marlowcivil.com>")],
  body=FORM2)

Q("bug6", "bug", "forward_support", "", "de", "plain;base64;iso-8859-1;raw-latin1-subject", "Berichtsseite lädt nicht (504)",
  frm=("Lukas Schäfer", "lukas.schaefer@marlowcivil.de"), from_enc="Q1", subj="Berichte-Seite in GoodTime lädt nicht (Fehler 504)", subj_enc="latin1", date="2026-03-04 14:55", tz="+0100",
  client="thunderbird", recv=4, cte="b64", charset="iso-8859-1",
  body=T('''
    Hallo,

    seit gestern Nachmittag lädt bei mir und zwei Kolleginnen aus dem Recruiting in München die Berichte-Seite in GoodTime nicht mehr. Nach ca. einer Minute kommt "504 Gateway Timeout". Browser (Edge und Chrome) und Cache haben wir schon durchprobiert, alles andere in GoodTime funktioniert.

    Könnt ihr das bitte an GoodTime weitergeben?

    Viele Grüße
    Lukas Schäfer
    IT-Applikationsbetreuung | Marlow Civil GmbH | München
  '''))

# ================================================================ SCHEDULING BLOCKERS (5)
Q("blk1", "scheduling_blocker", "forward_support", "", "en", "plain;7bit;terse;angry", "candidate in reception, room booking vanished",
  frm=("Liam Doherty", "liam.doherty@marlowcivil.com"), subj="Candidate is in reception NOW - room booking gone", date="2026-02-26 09:51", tz="+0000",
  client="outlook", recv=3, cte="7bit", charset="us-ascii",
  body=T('''
    Candidate for the 10:00 Site Engineer interview is sitting in Bristol reception and the room booking has disappeared from GoodTime and from the interviewers' invites. Both interviewers are asking me where to go and the meeting rooms on 2 are all taken.

    Need help now please.

    Liam
  '''))

Q("blk2", "scheduling_blocker", "forward_support", "", "en", "plain;angry-capitals;iphone", "panel at 2pm, no Teams link",
  frm=("Graham Whitley", "graham.whitley@marlowcivil.com"), subj="PANEL STARTS AT 2 AND THERE IS NO TEAMS LINK", date="2026-03-25 13:48", tz="+0000",
  client="iphone", recv=2, cte="7bit", charset="us-ascii",
  body="THE PANEL FOR THE SENIOR PM STARTS AT 2PM. THE INVITE HAS NO TEAMS LINK, THE CANDIDATE HAS NO LINK. 4 OF US ARE REMOTE. SOMEBODY SORT THIS OUT PLEASE.\n\nGraham\n\nSent from my iPhone")

Q("blk3", "scheduling_blocker", "forward_support", "", "en", "plain;mobile-signature;typos", "candidate can't join Zoom, starting now",
  frm=("Tyler Nguyen", "tyler.nguyen@marlowcivil.com"), subj="candidate cant get into zoom", date="2026-04-29 11:01", tz="-0600",
  client="iphone", recv=2, cte="7bit", charset="us-ascii", mid="none",
  body="interview started 1 min ago, candidate (Marcus Lee, project engineer Denver) says zoom link from the confirmation says meeting id invalid. interviewers are in the room waiting. what do i do\n\nSent from my iPhone")

Q("blk4", "scheduling_blocker", "forward_support", "", "en", "alt-gmail;qp", "interviewer declined 20 min before, swap fails",
  frm=("Emily Carter", "emily.carter@marlowcivil.com"), subj="Interviewer pulled out - interview in 20 mins and swap won't save", date="2026-05-14 13:40", tz="+0100",
  client="gmail", recv=5, layout="alt-gmail", cte="qp", charset="UTF-8",
  body=T('''
    Hi,

    The 14:00 Site Engineer interview (candidate Josh Patel) – one of the two interviewers has just declined because of an incident on site. I'm trying to swap in Aisha from the pool, but every time I save it says "Unable to update interview. Please try again." The candidate is already on his way to the Leeds office.

    Please help!
    Emily
  '''))

Q("blk5", "scheduling_blocker", "forward_support", "", "es", "plain;qp;utf-8;mobile-signature", "candidata en recepción, entrevista no aparece",
  frm=("Raquel Ortiz", "raquel.ortiz@marlowcivil.es"), subj="URGENTE candidata en recepción", date="2026-05-19 10:04", tz="+0200",
  client="iphone", recv=2, cte="qp", charset="utf-8",
  body=T('''
    Hola, tengo a una candidata en recepción en Madrid para la entrevista de las 10:00 (Ingeniera de Caminos, obra de Getafe) y la entrevista no aparece en GoodTime ni en el calendario de los entrevistadores. Ella tiene el correo de confirmación. ¿Qué hago? Ayuda por favor

    Enviado desde mi iPhone
  '''))

# ================================================================ FEATURE REQUESTS (6)
Q("feat1", "feature_request", "product_board_reply", "", "en", "plain;qp;misleading-urgent-subject", "URGENT subject over SMS reminder wish",
  frm=("Jenna Morales", "jenna.morales@marlowcivil.com"), subj="URGENT!! text message reminders", date="2026-04-03 11:58", tz="-0500",
  client="outlook", recv=4, cte="qp", charset="utf-8",
  body=T('''
    OK not actually urgent, sorry for the subject line, I just really want this :)

    Most of our field candidates (foremen, equipment operators) don't check e-mail on their phones. It would be a huge help if GoodTime could send the interview reminder as a text message as well as an e-mail. We'd probably cut our no-shows in half.

    Jenna
  '''))

Q("feat2", "feature_request", "product_board_reply", "", "en", "outlook-html-only;qp;windows-1252;corporate-signature;winmail-dat", "travel-time buffers between site and office",
  frm=("Derek Oyelaran", "derek.oyelaran@marlowcivil.com"), subj="Suggestion - travel time for site-based interviewers", date="2026-01-21 17:40", tz="+0000",
  client="outlook365", recv=5, layout="outlook", cte="qp", charset="windows-1252", attach=[("winmail",)],
  body=T('''
    Hi,

    Something I'd love GoodTime to do: most of our interviewers are split between site and office, and GoodTime happily books someone into a 10:00 interview in Bristol when their calendar shows them at the Hinkley site until 09:30. It would be great if it could add travel time automatically based on the location of the previous meeting, or at least let us set a travel buffer per person.

    Happy to explain more if it's useful.

    Derek

    Derek Oyelaran CEng MICE
    Project Manager – Marlow Civil Ltd, Bristol
  '''))

Q("feat3", "feature_request", "product_board_reply", "", "en", "alt-apple;qp;forward;apple-forward;one-line-on-top", "forwarded site-manager wish: site details in itinerary",
  frm=("Owen Pritchard", "owen.pritchard@marlowcivil.com"), subj="Fwd: candidates turning up at site without PPE", date="2026-03-06 12:33", tz="+0000",
  client="apple", recv=3, layout="alt-apple", cte="qp", charset="utf-8",
  body="Passing this on – Steve's right, would be great if GoodTime could do this for us.\n\nOwen",
  quote=dict(kind="apple_fwd", hdr="From: Steve Ashworth <steve.ashworth@marlowcivil.com>\nSubject: candidates turning up at site without PPE\nDate: 5 March 2026 at 18:02:44 GMT\nTo: Owen Pritchard <owen.pritchard@marlowcivil.com>",
             text="Owen,\n\nSecond time this month a grad has turned up for the site visit part of the assessment day with no boots and no idea where to park. Can't GoodTime just put the site address, parking and PPE list into the itinerary automatically whenever the interview is at one of our sites? Typing it in by hand every time clearly isn't working.\n\nSteve Ashworth\nSite Manager, Hinkley Point C – Marlow Civil Ltd"))

Q("feat4", "feature_request", "product_board_reply", "", "en", "plain;terse-lowercase", "bulk reschedule when a site shuts",
  frm=("Tom Hargreaves", "tom.hargreaves@marlowcivil.com"), subj="bulk reschedule", date="2026-01-06 07:22", tz="+0000",
  client="android", recv=2, cte="7bit", charset="us-ascii",
  body="can goodtime get a bulk reschedule button? when a site shuts for weather we have to move every interview one by one, had 9 last week")

Q("feat5", "feature_request", "product_board_reply", "", "en", "plain;qp;reply-on-top;gt-quote;thanks-opener", "thanks then: distance-based pool suggestions",
  frm=("Chloe Bennett", "chloe.bennett@marlowcivil.com"), subj="Re: Surveyor interview pool", date="2026-02-02 10:17", tz="+0000",
  client="gmail", reply=True, recv=4, cte="qp", charset="utf-8",
  body=T('''
    Thanks so much, Rob's in the pool now and already has his first one booked.

    While I'm here – one thing that would make a big difference: for in-person interviews it would be great if GoodTime only suggested pool members based within a certain distance of the interview location. At the moment it keeps offering Leeds people for Bristol onsites.

    Chloe
  '''),
  quote=dict(kind="gt", attr="On Fri, 30 Jan 2026 at 14:12, GoodTime Help Line <recruiting-help@marlowcivil.com> wrote:",
             text="Hi Chloe,\n\nThe surveyor pool is owned by the Leeds team; I've added Rob as a trainee so he shadows first.\n\nMarcus"))

Q("feat6", "feature_request", "product_board_reply", "", "fr", "plain;qp;iso-8859-1;encoded-word-Q-latin1-subject", "dupliquer un planning d'entretien",
  frm=("Sébastien Faure", "sebastien.faure@marlowcivil.fr"), from_enc="Q1", subj="Suggestion : dupliquer un planning d'entretien", subj_enc="Q1",
  date="2026-05-21 16:02", tz="+0200", client="outlook", recv=3, cte="qp", charset="iso-8859-1",
  body=T('''
    Bonjour,

    Une suggestion pour GoodTime : quand on reçoit plusieurs candidats pour le même poste de conducteur de travaux, ce serait très pratique de pouvoir dupliquer le planning d'entretien d'un candidat (sessions, intervenants, salle) vers le suivant au lieu de tout ressaisir.

    Bonne fin de journée,
    Sébastien
  '''))

# ================================================================ ESCALATIONS (5)
Q("esc1", "escalation", "flag_csm", "", "en", "outlook-html-only;qp;windows-1252;disclaimer;pdf-attachment;dkim", "more seats for Germany before renewal",
  frm=("Helen Marsh", "helen.marsh@marlowcivil.com"), subj="GoodTime seats for Germany rollout / renewal", date="2026-04-27 12:14", tz="+0100",
  client="outlook365", recv=6, auth=True, auth_domain="marlowcivil.com", layout="outlook", cte="qp", charset="windows-1252", disclaimer=DISC_UK,
  attach=[("pdf", "GoodTime_Order_Form_Marlow_2025-07.pdf", pdf_bytes("GoodTime Order Form - Marlow Civil - July 2025"))],
  body=T('''
    Hi,

    We're bringing roughly 30 site managers and Bauleiter in Hamburg, Munich and Cologne into GoodTime as interviewers from June. I believe that takes us over our current licence count, and our renewal is due in July (current order form attached).

    Can we get this in front of GoodTime's account side so we understand the cost of the extra seats and whether it makes sense to fold it into the renewal?

    Thanks,
    Helen

    Helen Marsh
    Head of Talent Acquisition – Europe
    Marlow Civil Ltd
  '''))

Q("esc2", "escalation", "flag_csm", "", "en", "alt-gmail;qp", "training session for the Spain recruiting team",
  frm=("Owen Pritchard", "owen.pritchard@marlowcivil.com"), subj="Training for the Madrid & Valencia recruiting team", date="2026-02-18 09:30", tz="+0000",
  client="gmail", recv=4, layout="alt-gmail", cte="qp", charset="UTF-8",
  body=T('''
    Hi team,

    The recruiting team in Madrid and Valencia has had six new starters since January and they're struggling with panels and multi-session onsites – lots of half-built schedules and last-minute fixes. Could we arrange a proper GoodTime training session for the whole team (ideally in Spanish, or at least with someone who can slow down)?

    Happy to help organise on our side.

    Owen
  '''))

Q("esc3", "escalation", "flag_csm", "", "en", "plain;qp;rambling;complaint", "overall complaint: US coordinators reverting to manual",
  frm=("Greg Santos", "greg.santos@marlowcivil.com"), subj="Honest feedback on GoodTime in the US", date="2026-05-01 18:22", tz="-0400",
  client="outlook", recv=5, cte="qp", charset="utf-8",
  body=T('''
    Hi all,

    I want to flag something bigger than a single issue. Six months in, GoodTime isn't landing with the US recruiting team. Half of the coordinators in Houston and Denver have quietly gone back to scheduling by hand in Outlook because "it's faster", the pools are out of date, and hiring managers don't trust the availability it shows.

    None of this is one bug – it's adoption, setup and training all together. I'd like a proper review with GoodTime of how we're set up and what a better process would look like, before we get anywhere near the renewal conversation.

    Who can make that happen?

    Greg Santos
    Recruiting Operations Manager, US
  '''))

Q("esc4", "escalation", "flag_csm+forward_support", "", "en", "outlook-html-only;qp;windows-1252;reply-on-top;outlook-quote;recurring", "Texas calendar sync broken third week, still down today",
  frm=("Ortega-Whitman, Luis", "luis.ortega-whitman@marlowcivil.com"), subj="RE: Calendar sync - Houston office", date="2026-03-16 08:05", tz="-0500",
  client="outlook365", reply=True, recv=6, layout="outlook", cte="qp", charset="windows-1252", ol_lang="EN-US",
  body=T('''
    All,

    This is now the third week running. Calendar sync for the Houston office dropped again over the weekend and is still down this morning – interviewers show as free when they're not and we're double-booking people. Each time Support "fixes" it and it comes back a few days later.

    I need this escalated above Support: we need someone at GoodTime to own this end to end, and frankly it's going to come up at renewal. Please also get today's outage looked at – we have 11 interviews on the books this week.

    Luis Ortega-Whitman
    Recruiting Operations – South Region
  '''),
  quote=dict(kind="outlook", hdr="From: Megan Alvarez <megan.alvarez@marlowcivil.com>\nSent: Monday, March 16, 2026 7:41 AM\nTo: Ortega-Whitman, Luis <luis.ortega-whitman@marlowcivil.com>\nSubject: Calendar sync - Houston office",
             text="Luis – it's happening again, everybody in Houston shows as open all day in GoodTime. Same as the last two Mondays."))

Q("esc5", "escalation", "flag_csm", "", "pt", "outlook-html-only;qp;windows-1252;disclaimer", "formação para a equipa do Porto + revisão do processo",
  frm=("Inês Carvalho", "ines.carvalho@marlowcivil.pt"), from_enc="Q1", subj="Pedido de formação GoodTime e revisão do processo – equipa do Porto", subj_enc="Q",
  date="2026-05-26 15:18", tz="+0100", client="outlook365", recv=5, layout="outlook", cte="qp", charset="windows-1252", ol_lang="PT", disclaimer=DISC_PT,
  body=T('''
    Boa tarde,

    A equipa de recrutamento do Porto duplicou este ano e a maioria das pessoas nunca teve formação em GoodTime. Estamos a ter muitos reagendamentos e entrevistas técnicas mal montadas.

    Gostaríamos de pedir uma sessão de formação para toda a equipa e, aproveitando, rever com a GoodTime o processo das entrevistas técnicas (hoje cada diretor de obra faz à sua maneira).

    Podem encaminhar, por favor?

    Obrigada,
    Inês Carvalho
    Recrutamento e Seleção | Marlow Civil Portugal
  '''))

# ================================================================ NOISE (8)
Q("noi1", "noise", "ignore", "", "en", "plain;reply;gt-quote;bare-thanks", "bare thank-you",
  frm=("Tom Hargreaves", "tom.hargreaves@marlowcivil.com"), subj="Re: pool", date="2026-02-24 12:02", tz="+0000",
  client="android", reply=True, recv=2, cte="7bit", charset="us-ascii",
  body="perfect, thats done it. cheers",
  quote=dict(kind="gt", attr="On 24 Feb 2026 10:15, GoodTime Help Line <recruiting-help@marlowcivil.com> wrote:",
             text="Hi Tom,\n\nOnce Aisha has a GoodTime account with her calendar connected, add her to the Graduate Site Engineer pool as a trainee so she shadows first.\n\nMarcus"))

Q("noi2", "noise", "ignore", "", "pt", "plain;8bit;reply;gt-quote;mobile-signature;bare-thanks", "obrigada, já está",
  frm=("Catarina Lopes", "catarina.lopes@marlowcivil.pt"), subj="Re: Sala para entrevista por video?", date="2026-04-30 11:26", tz="+0100",
  client="iphone", reply=True, recv=2, cte="8bit", charset="utf-8",
  body="Obrigada, já está! 🙏\n\nEnviado do meu iPhone",
  quote=dict(kind="gt", attr="A 30/04/2026, às 10:52, GoodTime Help Line <recruiting-help@marlowcivil.com> escreveu:",
             text="Olá Catarina,\n\nPara uma entrevista totalmente por vídeo não é preciso reservar sala, a menos que algum entrevistador a queira.\n\nEquipa do projeto GoodTime"))

Q("noi3", "noise", "ignore", "", "de", "plain;qp;auto-submitted;out-of-office", "Abwesenheitsnotiz",
  frm=("Felix Hoffmann", "felix.hoffmann@marlowcivil.de"), subj="Automatische Antwort: Re: Erreichbarkeit GoodTime-Support", subj_enc="Q",
  date="2026-02-21 07:00", tz="+0100", client="outlook365", recv=4, cte="qp", charset="utf-8",
  extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", "felix.hoffmann@marlowcivil.de")],
  body=T('''
    Vielen Dank für Ihre Nachricht.

    Ich bin bis einschließlich 02.03.2026 nicht im Büro und habe nur eingeschränkt Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an vermessung.muenchen@marlowcivil.de oder telefonisch an +49 89 4520 7700.

    Mit freundlichen Grüßen
    Felix Hoffmann
  '''))


def bounce_body():
    orig = T('''
        Return-Path: <recruiting-help@marlowcivil.com>
        From: GoodTime Help Line <recruiting-help@marlowcivil.com>
        To: Kwame Osei <kwame.osei@marlowcivil.com>
        Subject: Re: Interviewer pool for Bridge Inspector roles
        Date: Mon, 19 Jan 2026 14:02:11 +0000
        Message-ID: <7d1e0c3b9a2f44e6@marlowcivil.com>
    ''')
    p1 = ([("Content-Description", "Notification"), ("Content-Type", "text/plain; charset=us-ascii")], T('''
        This is the mail system at host mx1.marlowcivil.com.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <kwame.osei@marlowcivil.com>: host mbx01.marlowcivil.com[10.20.0.21] said:
            550 5.1.1 <kwame.osei@marlowcivil.com>: Recipient address rejected: User
            unknown in virtual mailbox table (in reply to RCPT TO command)
    ''').encode())
    p2 = ([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")], T('''
        Reporting-MTA: dns; mx1.marlowcivil.com
        X-Postfix-Queue-ID: 4ZkT1b3Hq2z9vCm
        X-Postfix-Sender: rfc822; recruiting-help@marlowcivil.com
        Arrival-Date: Mon, 19 Jan 2026 14:02:12 +0000 (UTC)

        Final-Recipient: rfc822; kwame.osei@marlowcivil.com
        Original-Recipient: rfc822;kwame.osei@marlowcivil.com
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mbx01.marlowcivil.com
        Diagnostic-Code: smtp; 550 5.1.1 <kwame.osei@marlowcivil.com>: Recipient
            address rejected: User unknown in virtual mailbox table
    ''').encode())
    p3 = ([("Content-Description", "Undelivered Message Headers"), ("Content-Type", "text/rfc822-headers")], orig.encode())
    return multipart("report", [p1, p2, p3], boundary="4ZkT1b3Hq2z9vCm.1768831332/mx1.marlowcivil.com", params="; report-type=delivery-status")


Q("noi4", "noise", "ignore", "", "en", "bounce;multipart-report;mailer-daemon", "bounce for a departed employee",
  frm=("Mail Delivery System", "MAILER-DAEMON@mx1.marlowcivil.com"), subj="Undelivered Mail Returned to Sender", date="2026-01-19 14:02", tz="+0000",
  client="none", recv=2, recv_kind="other", mid="normal", extra=[("Auto-Submitted", "auto-replied")], to="recruiting-help@marlowcivil.com",
  raw_body=bounce_body())


def newsletter_body():
    txt = T('''
        GoodTime Product Update – March 2026

        Hi there,

        Here's what shipped this month:

        * Smarter pool suggestions that respect interviewer load across time zones
        * A refreshed candidate availability page on mobile
        * New webinar: "Scheduling onsites in half the time" – Thursday 26 March, 11am ET

        Register: https://www.goodtime.io/webinars/onsites-half-the-time?utm_source=newsletter&utm_medium=email

        Read the full release notes: https://www.goodtime.io/release-notes/2026-03

        --
        GoodTime.io, Inc. · 1 World Trade Center, Suite 8500, New York, NY 10007
        You're receiving this because you're a GoodTime user at Marlow Civil.
        Unsubscribe: https://news.goodtime.io/unsubscribe?u=8f2c1a7e93&id=41bd02c6
    ''')
    htm = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>GoodTime Product Update</title></head>'
           '<body style="margin:0;background:#f4f2fb"><table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">'
           '<table width="600" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif"><tr><td style="padding:24px;background:#5b2bd8;color:#fff;font-size:22px">GoodTime Product Update &ndash; March 2026</td></tr>'
           '<tr><td style="padding:24px;font-size:15px;line-height:22px">Hi there,<br><br>Here&#39;s what shipped this month:<ul><li>Smarter pool suggestions that respect interviewer load across time zones</li>'
           '<li>A refreshed candidate availability page on mobile</li><li>New webinar: &ldquo;Scheduling onsites in half the time&rdquo; &ndash; Thursday 26 March, 11am ET</li></ul>'
           '<a href="https://www.goodtime.io/webinars/onsites-half-the-time?utm_source=newsletter&amp;utm_medium=email" style="background:#5b2bd8;color:#fff;padding:10px 18px;text-decoration:none;border-radius:4px">Register now</a></td></tr>'
           '<tr><td style="padding:16px 24px;font-size:11px;color:#888">GoodTime.io, Inc. &middot; 1 World Trade Center, Suite 8500, New York, NY 10007<br>'
           '<a href="https://news.goodtime.io/unsubscribe?u=8f2c1a7e93&amp;id=41bd02c6" style="color:#888">Unsubscribe</a> &middot; <a href="https://news.goodtime.io/prefs?u=8f2c1a7e93" style="color:#888">Update preferences</a></td></tr>'
           '</table></td></tr></table><img src="https://news.goodtime.io/track/open.gif?u=8f2c1a7e93" width="1" height="1" alt=""></body></html>')
    return multipart("alternative", [leaf("text/plain", txt, "utf-8", "qp"), leaf("text/html", htm, "utf-8", "qp")], boundary="_----------=_MCPart_1736290418")


Q("noi5", "noise", "ignore", "", "en", "newsletter;list-unsubscribe;alt;dkim", "vendor product newsletter",
  frm=("GoodTime", "news@goodtime.io"), subj="What's new in GoodTime – March 2026", subj_enc="Q", date="2026-03-12 15:00", tz="+0000",
  client="none", recv=5, recv_kind="other", auth=True, auth_domain="goodtime.io", to="recruiting-help@marlowcivil.com",
  extra=[("List-Unsubscribe", "<https://news.goodtime.io/unsubscribe?u=8f2c1a7e93&id=41bd02c6>, <mailto:unsubscribe@news.goodtime.io?subject=unsubscribe>"),
         ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("List-Id", "GoodTime Customer Updates <41bd02c6.news.goodtime.io>"), ("Precedence", "bulk"),
         ("X-Mailer", "MailChimp Mailer - **CIDd8a1f2e0c4b7**")],
  raw_body=newsletter_body())

PHISH = ('<html><body style="font-family:Arial,sans-serif;font-size:14px">'
         '<p><img src="https://goodtime-accounts-verify.com/logo.png" alt="GoodTime" width="120"></p>'
         '<p>Dear User,</p><p>We detected an unusual sign-in to your GoodTime account from <b>Lagos, Nigeria</b>. '
         'For your security your account will be <b>suspended within 24 hours</b> unless you verify your identity immediately.</p>'
         '<p><a href="http://goodtime-accounts-verify.com/login?session=mc-recruiting-help" style="background:#7b2ff7;color:#fff;padding:10px 20px;text-decoration:none">Verify my account</a></p>'
         '<p>If you do not complete verification, all scheduled interviews will be cancelled.</p><p>GoodTime Security Team</p></body></html>\n')
Q("noi6", "noise", "ignore", "", "en", "phishing;html-only;no-auth", "credential phishing posing as GoodTime",
  frm=("GoodTime Security", "security-alert@goodtime-accounts-verify.com"), subj="Action required: your GoodTime account will be suspended", date="2026-04-18 03:17", tz="+0000",
  client="none", recv=3, recv_kind="other", mid="noangle", to="recruiting-help@marlowcivil.com",
  extra=[("X-Priority", "1 (Highest)"), ("Importance", "High")],
  raw_body=leaf("text/html", PHISH, "utf-8", "qp"))


def cal_accept_body():
    ics = ics_text("REPLY", "Entrevista técnica – Jefe/a de Obra (Valencia)", "20260317T090000Z", "20260317T100000Z",
                   "carmen.pena@marlowcivil.es", "javier.ruiz@marlowcivil.es", partstat="ACCEPTED", location="Oficina Valencia – Sala Turia")
    txt = "Javier Ruiz Gómez ha aceptado esta invitación.\n"
    return multipart("alternative", [leaf("text/plain", txt, "utf-8", "qp"),
                                     leaf("text/calendar", ics, "utf-8", "b64", params="; method=REPLY")], boundary="_002_%s_" % rid(30, "0123456789ABCDEF"))


Q("noi7", "noise", "ignore", "", "es", "calendar-reply;text-calendar;encoded-word-B-subject", "aceptación de invitación",
  frm=("Javier Ruiz Gómez", "javier.ruiz@marlowcivil.es"), from_enc="B", subj="Aceptado: Entrevista técnica – Jefe/a de Obra (Valencia)", subj_enc="B",
  date="2026-03-13 08:44", tz="+0100", client="outlook365", recv=4, to="recruiting-help@marlowcivil.com",
  raw_body=cal_accept_body())


def read_receipt_body():
    p1 = leaf("text/plain", T('''
        Votre message

          À : Sébastien Faure
          Objet : Re: Modifier la durée d'une session pour un seul candidat
          Envoyé : jeudi 26 mars 2026 14:20:03 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris

        a été lu le jeudi 26 mars 2026 14:31:47 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
    '''), "utf-8", "qp")
    p2 = ([("Content-Type", "message/disposition-notification")], T('''
        Reporting-UA: DB9PR03MB7741.eurprd03.prod.outlook.com; Microsoft Exchange Server
        Final-Recipient: rfc822;sebastien.faure@marlowcivil.fr
        Original-Message-ID: <AM0PR03MB58B2C1E4F7A9D0311@AM0PR03MB5800.eurprd03.prod.outlook.com>
        Disposition: manual-action/MDN-sent-manually; displayed
    ''').encode())
    return multipart("report", [p1, p2], boundary="_003_%s_" % rid(30, "0123456789ABCDEF"), params="; report-type=disposition-notification")


Q("noi8", "noise", "ignore", "", "fr", "read-receipt;multipart-report;disposition-notification", "accusé de lecture",
  frm=("Sébastien Faure", "sebastien.faure@marlowcivil.fr"), from_enc="Q1", subj="Lu : Re: Modifier la durée d'une session pour un seul candidat", subj_enc="Q",
  date="2026-03-26 14:31", tz="+0100", client="outlook365", recv=4, to="recruiting-help@marlowcivil.com",
  raw_body=read_receipt_body())


# ================================================================ write
def main():
    msgs = list(MESSAGES)
    R2 = random.Random(9013)
    R2.shuffle(msgs)
    for f in os.listdir(OUT):
        if f.startswith("q-") and f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    rows = []
    for i, m in enumerate(msgs, 1):
        name = "q-%03d.eml" % i
        data = build(m)
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(data)
        rows.append([name, m["_cat"], m["_actions"], m["_article"], m["_lang"], m["_fmt"], m["_notes"]])
    with open(os.path.join(OUT, "labels.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "category", "actions", "article", "language", "format", "notes"])
        w.writerows(rows)
    print("wrote", len(rows))


if __name__ == "__main__":
    main()
