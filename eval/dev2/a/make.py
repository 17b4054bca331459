#!/usr/bin/env python3
"""Build batch p: help-line e-mails for Quillfeather Insurance (GoodTime help line)."""
import base64, quopri, random, zlib, struct, csv, os, datetime, html, hashlib

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(20260307)
HELP = "gt-help@quillfeather.com"

# ---------------------------------------------------------------- helpers
def b64(data):
    return base64.encodebytes(data)

def qp(data):
    return quopri.encodestring(data, quotetabs=False)

def ew_b(s, cs="utf-8"):
    return "=?%s?B?%s?=" % (cs, base64.b64encode(s.encode(cs)).decode())

def ew_q(s, cs="utf-8"):
    out = []
    for byte in s.encode(cs):
        c = chr(byte)
        if c == " ":
            out.append("_")
        elif c.isalnum() and byte < 128:
            out.append(c)
        elif c in "-!*+/" and byte < 128:
            out.append(c)
        else:
            out.append("=%02X" % byte)
    return "=?%s?Q?%s?=" % (cs, "".join(out))

def ew_split(s, cs="utf-8", kind="B"):
    """split text into two encoded words, cutting inside a word"""
    mid = len(s) // 2
    while mid < len(s) and s[mid] == " ":
        mid += 1
    a, b = s[:mid], s[mid:]
    f = ew_b if kind == "B" else ew_q
    return f(a, cs) + "\n " + f(b, cs)

def fold(s, width=70):
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

def hexid(n):
    return "".join(R.choice("0123456789ABCDEF") for _ in range(n))

def alnum(n):
    return "".join(R.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(n))

WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MO = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

def mkdate(dt, tz):
    return "%s, %d %s %d %02d:%02d:%02d %s" % (WD[dt.weekday()], dt.day, MO[dt.month - 1], dt.year,
                                              dt.hour, dt.minute, dt.second, tz)

def png(w=48, h=24, seed=1):
    rr = random.Random(seed)
    raw = b""
    for y in range(h):
        raw += b"\x00" + bytes(rr.choice([235, 240, 250, 120, 60]) for _ in range(w * 3))
    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))

def pdf(title):
    body = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>>>>>endobj\n"
            "4 0 obj<</Length 60>>stream\nBT /F1 14 Tf 72 760 Td (" + title + ") Tj ET\nendstream endobj\n"
            "5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
    return body.encode("latin-1")

def tnef():
    return b"\x78\x9f\x3e\x22" + bytes(R.randrange(256) for _ in range(380))

def ics(summary, start, organizer, method="REQUEST", attendee=None, partstat=None):
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
             "METHOD:" + method, "BEGIN:VEVENT",
             "ORGANIZER;CN=%s:mailto:%s" % organizer]
    if attendee:
        lines.append("ATTENDEE;PARTSTAT=%s;CN=%s:mailto:%s" % (partstat or "ACCEPTED", attendee[0], attendee[1]))
    lines += ["DTSTART;TZID=Europe/Paris:" + start, "DTEND;TZID=Europe/Paris:" + start[:9] + "%02d" % (int(start[9:11]) + 1) + start[11:],
              "SUMMARY:" + summary, "UID:040000008200E00074C5B7101A82E008000000" + hexid(20),
              "DTSTAMP:20260301T090000Z", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR", ""]
    return "\r\n".join(lines).encode("utf-8")

# ---------------------------------------------------------------- MIME leaves
def leaf(ctype, data, cte, extra=()):
    if isinstance(data, str):
        raise TypeError
    if cte == "base64":
        enc = b64(data)
    elif cte == "quoted-printable":
        enc = qp(data)
    else:
        enc = data if data.endswith(b"\n") else data + b"\n"
    hdr = "Content-Type: %s\n" % ctype
    if cte:
        hdr += "Content-Transfer-Encoding: %s\n" % cte
    for e in extra:
        hdr += e + "\n"
    return hdr.encode("ascii"), enc

def multipart(sub, parts, boundary, extra_ct=""):
    body = b"This is a multi-part message in MIME format.\n\n" if R.random() < 0.3 else b""
    for h, b in parts:
        body += b"--" + boundary.encode() + b"\n" + h + b"\n" + b
        if not b.endswith(b"\n"):
            body += b"\n"
    body += b"--" + boundary.encode() + b"--\n"
    hdr = 'Content-Type: multipart/%s;%s\n\tboundary="%s"\n' % (sub, extra_ct, boundary)
    return hdr.encode(), body

def boundary(client):
    if client in ("outlook", "outlook_mac"):
        return "_000_%s%s_" % (hexid(8), "DB9PR04MB" + hexid(24) + "eurprd04prod")
    if client == "gmail":
        return "000000000000" + hexid(16).lower()
    if client in ("apple", "iphone"):
        return "Apple-Mail=_%s-%s-%s-%s-%s" % (hexid(8), hexid(4), hexid(4), hexid(4), hexid(12))
    return "------------" + alnum(24)

# ---------------------------------------------------------------- HTML renderers
def esc(s):
    return html.escape(s, quote=False)

def render_plain(m):
    t = m["text"].rstrip("\n") + "\n"
    q = m.get("quote")
    if q:
        st = q["style"]
        if st == "gt":
            t += "\n" + q["head"] + "\n\n" + "".join("> " + l + "\n" if l else ">\n" for l in q["text"].split("\n"))
        elif st == "ol":
            t += "\n________________________________\n" + q["head"] + "\n\n" + q["text"] + "\n"
        elif st == "orig":
            t += "\n-----Original Message-----\n" + q["head"] + "\n\n" + q["text"] + "\n"
        elif st == "fwd":
            t += "\n" + q["head"] + "\n\n" + q["text"] + "\n"
    if m.get("disc"):
        t += "\n" + m["disc"] + "\n"
    return t

def html_outlook(m):
    def paras(text):
        out = []
        for l in text.split("\n"):
            if l.strip():
                out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % esc(l))
            else:
                out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        return "\n".join(out)
    lang = {"en": "EN-GB", "de": "DE", "es": "ES", "fr": "FR", "pt": "PT"}[m["lang"]]
    h = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
         'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
         'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
         '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
         '/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n'
         '@font-face\n\t{font-family:Aptos;}\n/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
         '\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Aptos",sans-serif;\n\tmso-ligatures:standardcontextual;}\n'
         'span.EmailStyle17\n\t{mso-style-type:personal-compose;}\n.MsoChpDefault\n\t{mso-style-type:export-only;}\n'
         '@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}\n'
         'div.WordSection1\n\t{page:WordSection1;}\n--></style><!--[if gte mso 9]><xml>\n<o:shapedefaults v:ext="edit" spidmax="1026" />\n'
         '</xml><![endif]-->\n</head>\n<body lang="%s" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
         '<div class="WordSection1">\n' % (m["cs"], lang))
    h += paras(m["text"].rstrip("\n")) + "\n"
    q = m.get("quote")
    if q:
        if q["style"] in ("ol", "orig", "fwd"):
            h += ('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n')
            for l in q["head"].split("\n"):
                if ":" in l and not l.startswith("-"):
                    k, v = l.split(":", 1)
                    h += '<p class="MsoNormal"><b>%s:</b>%s<o:p></o:p></p>\n' % (esc(k), esc(v))
                else:
                    h += '<p class="MsoNormal">%s<o:p></o:p></p>\n' % esc(l)
            h += "</div>\n" + paras(q["text"]) + "\n"
        else:
            h += '<p class="MsoNormal">%s<o:p></o:p></p>\n<blockquote style="border:none;border-left:solid #CCCCCC 1.0pt;padding:0cm 0cm 0cm 6.0pt;margin-left:4.8pt;margin-right:0cm">\n%s\n</blockquote>\n' % (esc(q["head"]), paras(q["text"]))
    if m.get("disc"):
        h += '<p class="MsoNormal"><span style="font-size:7.5pt;color:gray">%s<o:p></o:p></span></p>\n' % esc(m["disc"]).replace("\n", "<br>\n")
    h += "</div>\n</body>\n</html>\n"
    return h

def html_gmail(m):
    def divs(text):
        return "".join("<div>%s</div>" % (esc(l) if l.strip() else "<br>") for l in text.split("\n"))
    h = '<div dir="ltr">' + divs(m["text"].rstrip("\n")) + "</div>"
    q = m.get("quote")
    if q:
        if q["style"] == "fwd":
            h += '<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">' + esc(q["head"]).replace("\n", "<br>") + "<br></div><br><br>" + divs(q["text"]) + "</div>"
        else:
            h += ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
                  '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>'
                  % (esc(q["head"]).replace("\n", "<br>"), divs(q["text"])))
    if m.get("disc"):
        h += '<div><br></div><div style="font-size:10px;color:#888">' + esc(m["disc"]).replace("\n", "<br>") + "</div>"
    return h + "\n"

def html_apple(m):
    def divs(text):
        return "".join("<div>%s</div>" % (esc(l) if l.strip() else "<br>") for l in text.split("\n"))
    h = ('<html aria-label="message body"><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
         '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">')
    h += divs(m["text"].rstrip("\n"))
    q = m.get("quote")
    if q:
        h += '<div><br><blockquote type="cite"><div>%s</div><br>%s</blockquote></div>' % (esc(q["head"]).replace("\n", "<br>"), divs(q["text"]))
    if m.get("disc"):
        h += "<div><br></div><div>" + esc(m["disc"]).replace("\n", "<br>") + "</div>"
    return h + "</body></html>\n"

# ---------------------------------------------------------------- headers
SERVERS = {
    "outlook": ["{p}.outbound.protection.outlook.com", "DB9PR04MB{h}.eurprd04.prod.outlook.com", "AM0PR04MB{h}.eurprd04.prod.outlook.com",
                "AS8PR04CA{h}.eurprd04.prod.outlook.com", "DU2PEPF0000{h}.eurprd03.prod.outlook.com"],
    "gmail": ["mail-sor-f{n}.google.com", "mail-wm1-f{n}.google.com"],
}

def received_chain(n, dt, tz, client, sender_dom):
    out = []
    t = dt + datetime.timedelta(seconds=R.randrange(3, 40))
    ip = lambda: "%d.%d.%d.%d" % (R.choice([40, 52, 104, 209, 10]), R.randrange(256), R.randrange(256), R.randrange(1, 255))
    hops = []
    hops.append("from mx1.quillfeather.com (mx1.quillfeather.com [10.40.2.11])\n\tby mbx-store03.corp.quillfeather.com (Postfix) with ESMTPS id 4Zk%s\n\tfor <%s>; " % (alnum(6), HELP))
    hops.append("from filter02.quillfeather.com (filter02.quillfeather.com [10.40.2.21])\n\tby mx1.quillfeather.com (Postfix) with ESMTP id %s\n\tfor <%s>; " % (hexid(10), HELP))
    if client == "robot" and sender_dom.endswith("quillfeather.com"):
        hops.append("from forms01.web.quillfeather.com (forms01.web.quillfeather.com [10.60.1.15])\n\tby filter02.quillfeather.com (Postfix) with ESMTP id %s\n\tfor <%s>; " % (hexid(10), HELP))
        hops.append("by forms01.web.quillfeather.com (Postfix, from userid 33)\n\tid %s; " % hexid(10))
    elif client == "robot":
        hops.append("from o%d.ptr%d.%s (o%d.ptr%d.%s [149.72.%d.%d])\n\tby filter02.quillfeather.com (Postfix) with ESMTPS id %s\n\tfor <%s>; " % (
            R.randrange(1, 9), R.randrange(1000, 9999), sender_dom, R.randrange(1, 9), R.randrange(1000, 9999), sender_dom, R.randrange(256), R.randrange(256), hexid(10), HELP))
        hops.append("by filter%d.%s with SMTP id %s\n\tfor <%s>; " % (R.randrange(1, 20), sender_dom, alnum(22), HELP))
    elif client == "gmail":
        hops.append("from mail-wm1-f%d.google.com (mail-wm1-f%d.google.com [209.85.128.%d])\n\tby filter02.quillfeather.com (Postfix) with ESMTPS id %s\n\tfor <%s>; " % (R.randrange(40, 70), R.randrange(40, 70), R.randrange(30, 80), hexid(10), HELP))
        hops.append("by mail-wm1-f%d.google.com with SMTP id 5b1f17b1804b1-43%s.2\n\tfor <%s>; " % (R.randrange(40, 70), alnum(6).lower(), HELP))
        hops.append("from [192.168.1.%d] ([%s])\n\tby smtp.gmail.com with ESMTPSA id %s.2026.%02d.%02d.%02d.%02d.%02d\n\t(version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128); " % (R.randrange(2, 250), ip(), alnum(18).lower(), dt.month, dt.day, dt.hour, dt.minute, dt.second))
    else:
        hops.append("from EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2%03d.outbound.protection.outlook.com [40.107.20.%d])\n\tby filter02.quillfeather.com (Postfix) with ESMTPS id %s\n\tfor <%s>; " % (R.randrange(1000), R.randrange(1, 250), hexid(10), HELP))
        hops.append("from DU2PEPF0000%s.eurprd03.prod.outlook.com (2603:10a6:10:3d1::%d) by\n DB9PR04MB%s.eurprd04.prod.outlook.com (2603:10a6:10:2c6::%d) with Microsoft SMTP\n Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.20.8466.%d; " % (hexid(4), R.randrange(9), hexid(4), R.randrange(9), R.randrange(30)))
        hops.append("from AM0PR04MB%s.eurprd04.prod.outlook.com\n ([fe80::%s:%s:%s:%s]) by AM0PR04MB%s.eurprd04.prod.outlook.com\n ([fe80::%s:%s:%s:%s%%6]) with mapi id 15.20.8466.%d; " % (
            hexid(4), hexid(4).lower(), hexid(4).lower(), hexid(4).lower(), hexid(4).lower(), hexid(4),
            hexid(4).lower(), hexid(4).lower(), hexid(4).lower(), hexid(4).lower(), R.randrange(30)))
        hops.append("from AS8PR04CA0%s.eurprd04.prod.outlook.com (2603:10a6:20b:3d5::%d)\n by DU2PEPF0000%s.outlook.office365.com (2603:10a6:10:3d1::%d) with Microsoft\n SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8466.%d; " % (hexid(3), R.randrange(9), hexid(4), R.randrange(9), R.randrange(30)))
        hops.append("from ex-edge01.corp.quillfeather.com (10.20.4.%d) by\n EX-LON-MBX02.corp.quillfeather.com (10.20.4.12) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.%d; " % (R.randrange(2, 250), R.randrange(20)))
        hops.append("from EX-LON-MBX02.corp.quillfeather.com (10.20.4.12) by\n EX-LON-HUB01.corp.quillfeather.com (10.20.4.3) with Microsoft SMTP Server id 15.2.1544.%d; " % R.randrange(20))
        hops.append("from localhost (localhost [127.0.0.1])\n\tby filter02.quillfeather.com (Amavis) with ESMTP id %s; " % alnum(10))
    hops = hops[:n] if n <= len(hops) else hops + [hops[-1]] * (n - len(hops))
    for hp in hops:
        out.append("Received: " + hp + mkdate(t, tz))
        t = t - datetime.timedelta(seconds=R.randrange(1, 9))
    return out

def dkim_block(dom, client, dt):
    ts = int(dt.timestamp())
    b = base64.b64encode(bytes(R.randrange(256) for _ in range(256))).decode()
    bfold = "\n\t ".join(b[i:i + 70] for i in range(0, len(b), 70))
    bh = base64.b64encode(hashlib.sha256(str(R.random()).encode()).digest()).decode()
    sel = "20230601" if client == "gmail" else "selector1"
    d = ["Authentication-Results: mx1.quillfeather.com;\n\tdkim=pass (2048-bit key; unprotected) header.d=%s header.i=@%s header.b=%s;\n\tspf=pass (mx1.quillfeather.com: domain of %s designates 40.107.20.47 as permitted sender) smtp.mailfrom=%s;\n\tdmarc=pass (policy=quarantine) header.from=%s" % (dom, dom, alnum(8), dom, dom, dom),
         "ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n\tb=" + "\n\t".join(b[i:i + 70] for i in range(0, 140, 70)),
         "ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector10001;\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount;\n bh=%s;\n b=%s" % (bh, b[:140]),
         "ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=pass\n smtp.mailfrom=%s; dmarc=pass action=none header.from=%s;\n dkim=pass header.d=%s; arc=none" % (dom, dom, dom),
         "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=%s;\n\tt=%d; h=mime-version:from:date:message-id:subject:to\n\t :content-type; bh=%s;\n\tb=%s" % (dom, sel, ts, bh, bfold)]
    return d

def message_id(m, dom):
    mode = m.get("mid", "ok")
    c = m["client"]
    if c in ("outlook", "outlook_mac"):
        v = "%s%s@DB9PR04MB%s.eurprd04.prod.outlook.com" % ("DB9PR04MB", hexid(24), hexid(4))
    elif c == "gmail":
        v = "CA%s@mail.gmail.com" % alnum(44)
    elif c in ("apple", "iphone"):
        v = "%s-%s-%s-%s-%s@%s" % (hexid(8), hexid(4), hexid(4), hexid(4), hexid(12), dom)
    else:
        v = "%s.%s@%s" % (alnum(10), hexid(6).lower(), dom)
    if mode == "none":
        return None
    if mode == "noangle":
        return v
    return "<" + v + ">"

CLIENT_HDRS = {
    "outlook": lambda m: ["Thread-Topic: " + m.get("topic", m["subj"].split(": ", 1)[-1] if m["subj"][:3] in ("RE:", "AW:", "FW:", "TR:") else m["subj"]), "Thread-Index: AQH" + alnum(30) + "==",
                          "Accept-Language: " + {"en": "en-GB, en-US", "de": "de-DE, en-US", "es": "es-ES, en-US", "fr": "fr-FR, en-US", "pt": "pt-PT, en-US"}[m["lang"]],
                          "Content-Language: " + {"en": "en-GB", "de": "de-DE", "es": "es-ES", "fr": "fr-FR", "pt": "pt-PT"}[m["lang"]],
                          "X-MS-Has-Attach: " + ("yes" if m.get("att") else ""), "X-MS-TNEF-Correlator: ",
                          "x-ms-exchange-organization-authas: Internal", "X-MS-Exchange-Organization-SCL: -1"],
    "outlook_mac": lambda m: ["Thread-Topic: " + m.get("topic", m["subj"].split(": ", 1)[-1] if m["subj"][:3] in ("RE:", "AW:", "FW:", "TR:") else m["subj"]), "Thread-Index: AQH" + alnum(30) + "==",
                              "User-Agent: Microsoft-MacOutlook/16.94.25020927"],
    "gmail": lambda m: [],
    "apple": lambda m: ["X-Mailer: Apple Mail (2.3826.400.131.1.6)"],
    "iphone": lambda m: ["X-Mailer: iPhone Mail (22D82)"],
    "thunderbird": lambda m: ["User-Agent: Mozilla Thunderbird"],
    "android": lambda m: ["X-Mailer: Outlook for Android"],
    "robot": lambda m: [],
}

def enc_header(val, mode, cs="utf-8"):
    """returns bytes"""
    if mode == "ascii":
        return val.encode("ascii")
    if mode == "raw8":
        return val.encode("utf-8")
    if mode == "raw1252":
        return val.encode("cp1252")
    if mode == "b":
        return ew_b(val, cs).encode()
    if mode == "q":
        return ew_q(val, cs).encode()
    if mode == "splitb":
        return ew_split(val, cs, "B").encode()
    if mode == "splitq":
        return ew_split(val, cs, "Q").encode()
    if mode == "fold":
        return fold(val).encode("ascii")
    raise ValueError(mode)

def from_header(name, addr, mode, cs="utf-8"):
    if mode in ("ascii", "raw8", "raw1252"):
        nm = ('"%s"' % name) if ("," in name or "." in name) else name
        return enc_header(nm, mode) + b" <" + addr.encode() + b">"
    return enc_header(name, mode if mode in ("b", "q") else "b", cs) + b" <" + addr.encode() + b">"

# ---------------------------------------------------------------- build one message
def build(m):
    cs = m.setdefault("cs", "utf-8")
    lang = m["lang"]
    name, addr = m["frm"]
    dom = addr.split("@")[1]
    y, mo, d, hh, mi = m["dt"]
    dt = datetime.datetime(y, mo, d, hh, mi, R.randrange(60))
    tz = m.get("tz", "+0000")
    client = m.get("client", "outlook")
    nl_crlf = m.get("crlf", False)

    # ---------- body
    style = m.get("style", "plain")
    cte = m.get("cte", "quoted-printable")
    plain = render_plain(m) if style != "raw" else ""
    ff = "; format=flowed" if client == "thunderbird" else ""
    if style == "plain":
        bh, bb = leaf('text/plain; charset="%s"%s' % (cs, ff), plain.encode(cs), cte)
    elif style == "html":  # Outlook HTML-only
        bh, bb = leaf('text/html; charset="%s"' % cs, html_outlook(m).encode(cs, "xmlcharrefreplace"), cte)
    elif style == "html_simple":  # robots / web mailers
        hv = "<html><body style=\"font-family:Arial,sans-serif;font-size:14px\">\n" + html_gmail(m) + "</body></html>\n"
        bh, bb = leaf('text/html; charset="%s"' % cs, hv.encode(cs, "xmlcharrefreplace"), cte)
    elif style == "alt":
        if client in ("outlook", "outlook_mac"):
            hv = html_outlook(m)
        elif client in ("apple", "iphone"):
            hv = html_apple(m)
        else:
            hv = html_gmail(m)
        hcte = m.get("hcte", cte)
        p1 = leaf('text/plain; charset="%s"' % cs, plain.encode(cs), cte)
        p2 = leaf('text/html; charset="%s"' % cs, hv.encode(cs, "xmlcharrefreplace"), hcte)
        bh, bb = multipart("alternative", [p1, p2], boundary(client))
    elif style == "raw":
        bh, bb = m["raw_ct"].encode(), m["raw_body"]
    else:
        raise ValueError(style)

    atts = m.get("att", [])
    if atts:
        parts = [(bh, bb)]
        for a in atts:
            kind, fname = a
            if kind == "png":
                parts.append(leaf('image/png; name="%s"' % fname, png(seed=len(fname) + d), "base64",
                                  ['Content-Disposition: attachment; filename="%s"' % fname,
                                   "Content-ID: <image001.png@01DC%s.%s>" % (hexid(4), hexid(8))]))
            elif kind == "pdf":
                parts.append(leaf('application/pdf; name="%s"' % fname, pdf(fname), "base64",
                                  ['Content-Disposition: attachment; filename="%s"; size=1187' % fname]))
            elif kind == "ics":
                parts.append(leaf('text/calendar; charset="utf-8"; method=REQUEST; name="%s"' % fname,
                                  ics(m.get("ics_summary", "Interview"), m.get("ics_start", "20260317T100000"),
                                      (name, addr)), "base64",
                                  ['Content-Disposition: attachment; filename="%s"' % fname]))
            elif kind == "winmail":
                parts.append(leaf('application/ms-tnef; name="winmail.dat"', tnef(), "base64",
                                  ['Content-Disposition: attachment; filename="winmail.dat"']))
        bh, bb = multipart("mixed", parts, boundary(client))

    # ---------- headers
    auto = []
    for key, what in (("subj_enc", "subject"), ("from_enc", "from")):
        val = m["subj"] if key == "subj_enc" else name
        if key not in m:
            try:
                val.encode("ascii")
                m[key] = "ascii"
            except UnicodeEncodeError:
                m[key] = R.choice(["b", "q", "b"])
                auto.append("%s-%s-%s" % (what, m[key], m.get("hcs", "utf-8").replace("-", "").replace("iso88591", "iso-8859-1")))
    m["_auto"] = auto
    H = []
    if m.get("return_path", True):
        H.append(("Return-Path", "<%s>" % m.get("rp", addr)))
    for r in received_chain(m.get("recv", R.choice([2, 3, 4])), dt, tz, client, dom):
        H.append((None, r))
    if m.get("dkim"):
        for line in dkim_block(dom, client, dt):
            H.append((None, line))
    H.append(("From", from_header(name, addr, m.get("from_enc", "ascii"), m.get("hcs", "utf-8"))))
    H.append(("To", m.get("to", "GoodTime Help Line <%s>" % HELP)))
    if m.get("cc"):
        H.append(("CC", m["cc"]))
    H.append(("Subject", enc_header(m["subj"], m.get("subj_enc", "ascii"), m.get("hcs", "utf-8"))))
    H.append(("Date", mkdate(dt, tz)))
    mid = message_id(m, dom)
    if mid:
        H.append(("Message-ID", mid))
    if not m.get("irt") and m["subj"][:3].upper() in ("RE:", "AW:") or m["subj"].startswith("Re:"):
        m["irt"] = "<%s@%s>" % (hexid(16).lower(), "mail.gmail.com" if client == "gmail" else "DB9PR04MB%s.eurprd04.prod.outlook.com" % hexid(4))
    if m.get("irt") and not any(k == "In-Reply-To" for k, v in H):
        H.append(("In-Reply-To", m["irt"]))
        H.append(("References", m["irt"]))
    for x in CLIENT_HDRS[client](m):
        if x.startswith("Thread-Topic: ") and not x.isascii():
            x = "Thread-Topic: " + ew_b(x[14:])
        H.append((None, x))
    for x in m.get("xh", []):
        H.append((None, x))
    if client == "iphone":
        H.append(("Mime-Version", "1.0 (1.0)"))
    elif client == "apple":
        H.append(("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))"))
    else:
        H.append(("MIME-Version", "1.0"))
    out = b""
    for k, v in H:
        if isinstance(v, str):
            v = v.encode("utf-8")
        out += (k.encode() + b": " + v if k else v) + b"\n"
    out += bh + b"\n" + bb
    if nl_crlf:
        out = out.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return out

# ---------------------------------------------------------------- disclaimers & signatures
DISC_EN = ("CONFIDENTIALITY NOTICE: This e-mail and any attachments are CONFIDENTIAL and may be legally privileged. "
           "If you have received this e-mail in error, please notify the sender immediately and delete it from your system; "
           "do not copy, forward or disclose its contents. URGENT requests for payment or changes to bank details sent by e-mail "
           "must always be verified by telephone. Quillfeather Insurance Company Ltd is authorised by the Prudential Regulation "
           "Authority and regulated by the Financial Conduct Authority and the Prudential Regulation Authority.")
DISC_US = ("This message contains CONFIDENTIAL information intended only for the named recipient(s). If you are not the intended "
           "recipient, you are notified that any review, use or distribution is strictly prohibited. If you received this message in "
           "error, please contact the sender immediately and destroy all copies. Quillfeather Insurance Company of America, Hartford, CT.")
DISC_DE = ("Diese E-Mail enthält VERTRAULICHE und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind "
           "oder diese E-Mail irrtümlich (error) erhalten haben, informieren Sie bitte sofort (immediately) den Absender und vernichten "
           "Sie diese E-Mail. Quillfeather Versicherung AG, Sitz München, Amtsgericht München HRB 214587, Vorstand: Dr. Henrike Albers (Vors.), Paul Steiner.")
DISC_ES = ("AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos son CONFIDENCIALES y se dirigen exclusivamente a su destinatario. "
           "Si lo ha recibido por error, le rogamos que lo comunique inmediatamente al remitente y lo elimine. Quillfeather Seguros, S.A. "
           "- Paseo de la Castellana 141, 28046 Madrid. Protección de datos: dpo@quillfeather.es")
DISC_FR = ("Ce message et ses pièces jointes sont CONFIDENTIELS et établis à l'intention exclusive de leurs destinataires. "
           "Si vous avez reçu ce message par erreur, merci d'en avertir immédiatement l'expéditeur et de le détruire. "
           "Quillfeather Assurances SA - 12 rue de la Chaussée d'Antin, 75009 Paris - RCS Paris 812 447 090.")
DISC_PT = ("AVISO DE CONFIDENCIALIDADE: Esta mensagem e quaisquer anexos são CONFIDENCIAIS. Se a recebeu por erro, por favor "
           "informe imediatamente o remetente e apague-a. Quillfeather Seguros, S.A. - Av. da Liberdade 190, 1250-147 Lisboa.")

def sig_long(name, title, office, phone, addr):
    return ("%s\n%s | Talent Acquisition\nQuillfeather Insurance\n%s\nT: %s\n%s\nwww.quillfeather.com\n\n"
            "Quillfeather Insurance - Proud to be a Great Place to Work(R) 2026" % (name, title, office, phone, addr))

# ======================================================================= SPECS
# keys: lang cat act art fmt note frm subj text quote disc style cs cte client dt tz recv dkim att mid xh
SPECS = []
def S(**k):
    SPECS.append(k)

Q_ANS = dict(cat="question", act="auto_reply")
Q_NONE = dict(cat="question", act="forward_support", art="none")

# ----------------------------------------------------------------- EN answerable (14)
S(**Q_ANS, art="contact-support", lang="en", fmt="iphone-plain;terse;mobile-sig;qp",
  note="phone line?", frm=("Darnell Hayes", "darnell.hayes@quillfeather.com"), client="iphone",
  subj="gt support phone #?", dt=(2026, 3, 4, 7, 52), tz="-0600",
  text="is there a number i can actually call goodtime on or is it just email\n\nd\n\nSent from my iPhone")

S(cat="question", act="forward_support|needs_review", art="contact-support", lang="en",
  fmt="form-mailer;auto-submitted;plain-7bit", note="form mailer: what to include in a ticket",
  frm=("Quillfeather Forms", "no-reply-forms@quillfeather.com"), client="robot", cte="7bit",
  subj="[GT Help Request] New submission from Hannah Whitlock", dt=(2026, 3, 12, 14, 22), tz="+0000",
  xh=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All", "X-Mailer: QF-Forms/2.4 (PHPMailer 6.9.1)",
      "Precedence: bulk", "Reply-To: hannah.whitlock@quillfeather.com"], recv=3,
  text=("New submission: GoodTime Help Request\n--------------------------------------------\n"
        "Name:      Hannah Whitlock\nEmail:     hannah.whitlock@quillfeather.com\nOffice:    London (Leadenhall St)\n"
        "Role:      Recruiter - Actuarial & Pricing\nCategory:  Other / not sure\nPriority:  Normal\n\n"
        "Message:\nI'm about to raise my first ticket with GoodTime Support about a candidate issue. What details should "
        "I put in it so they can pick it up straight away? I'd rather not go back and forth with them for a week.\n"
        "--------------------------------------------\nSubmitted: 12/03/2026 14:22 GMT from 10.20.31.77\n\n"
        "This is an automated message generated by Quillfeather Forms. Please do not reply to this address."))

S(**Q_ANS, art="support-hours", lang="en", fmt="outlook-multipart;reply-unrelated-quote;qp;received-7;dkim",
  note="weekend support without saying hours", frm=("Siobhan Clarke", "siobhan.clarke@quillfeather.com"), client="outlook",
  style="alt", subj="RE: Grad assessment centre - catering numbers", dt=(2026, 3, 10, 16, 41), tz="+0000", recv=7, dkim=True,
  topic="Grad assessment centre - catering numbers", irt="<DB9PR04MB84120AB77C1F0@DB9PR04MB8412.eurprd04.prod.outlook.com>",
  text=("Hi both,\n\nCatering numbers are fine, thanks Oliver.\n\nSeparate thing for the GT help line (I've added you in): the Manchester "
        "assessment centre is on Saturday 21 March and every interview on the day is booked through GoodTime. If something goes "
        "wrong with it that morning, is there actually anyone on the GoodTime side we can reach on a Saturday, or are we on our "
        "own until Monday?\n\nThanks,\nSiobhan\n\nSiobhan Clarke\nRecruitment Coordinator - Graduate & Early Careers\nQuillfeather Insurance | 70 Leadenhall Street, London EC3A 2BE\nT: +44 20 7946 0312"),
  quote=dict(style="ol", head="From: Oliver Pritchard <oliver.pritchard@quillfeather.com>\nSent: 10 March 2026 15:02\nTo: Siobhan Clarke <siobhan.clarke@quillfeather.com>\nSubject: Grad assessment centre - catering numbers",
             text="Hi Siobhan,\n\nFinal numbers for Manchester are 42 candidates + 14 assessors, so 56 for lunch. Two vegan, one coeliac.\nCan you confirm with the venue by Thursday?\n\nCheers\nOliver"),
  disc=DISC_EN)

S(**Q_ANS, art="chat-bubble", lang="en", fmt="gmail-multipart;typos;qp",
  note="where is the chat", frm=("Ashley Nguyen", "ashley.nguyen@quillfeather.com"), client="gmail", style="alt",
  subj="cant find the chat??", dt=(2026, 3, 18, 11, 5), tz="-0400",
  text=("Hey,\n\nGoodTime support replied to my email and said next time its quicker to just \"use the chat\". I've been "
        "clicking around GoodTime for 10 min and theres no chat anywhere that i can see. where is it meant to be??\n\nthx\nAshley"))

S(**Q_ANS, art="contact-csm", lang="en", fmt="outlook-html-only;qp;windows-1252;no-csm-letters",
  note="account person booking, no letters CSM", frm=("Tyler Brennan", "tyler.brennan@quillfeather.com"), client="outlook",
  style="html", cs="windows-1252", subj="Who's our contact at GoodTime?", dt=(2026, 3, 5, 13, 17), tz="-0500", recv=5,
  text=("Hi team,\n\nOne of the recruiters mentioned that we have a named person at GoodTime who looks after our account \u2013 "
        "someone we can talk to about the \u201cbigger picture\u201d stuff, like how we run claims-handler hiring days. I\u2019d like to "
        "get 30 minutes with them but I don\u2019t have their email or phone.\n\nHow do I get time in their diary?\n\nThanks,\nTyler\n\n"
        "Tyler Brennan\nClaims Operations Manager \u2013 Property\nQuillfeather Insurance Company of America\nOne Constitution Plaza, Hartford, CT 06103\n(860) 555-0148"),
  disc=DISC_US)

S(**Q_ANS, art="product-board", lang="en", fmt="outlook-multipart;opens-thanks;reply-unrelated-quote;qp",
  note="where to submit ideas", frm=("Lauren Fitch", "lauren.fitch@quillfeather.com"), client="outlook", style="alt",
  subj="RE: Claims Handler template - wrong duration", dt=(2026, 3, 19, 9, 33), tz="-0400", recv=6,
  topic="Claims Handler template - wrong duration",
  text=("Thanks Priya, that fixed the template - the new ones are coming through as 45 minutes now.\n\n"
        "Different topic: a few of us have ideas for GoodTime itself (things the product could do better, not how we set it up). "
        "Where should those go so GoodTime's product people actually see them, rather than sitting in someone's inbox?\n\n"
        "Lauren\n\nLauren Fitch | HR Business Partner, Claims\nQuillfeather Insurance | Hartford, CT"),
  quote=dict(style="ol", head="From: Priya Raman <priya.raman@quillfeather.com>\nSent: Wednesday, March 18, 2026 4:12 PM\nTo: Lauren Fitch <lauren.fitch@quillfeather.com>\nSubject: RE: Claims Handler template - wrong duration",
             text="Hi Lauren,\n\nThe Claims Handler - First Round template still had the old 30 min session. I've changed it to 45 min, so anything scheduled from now on should pick that up. Existing interviews aren't affected.\n\nPriya"))

S(**Q_ANS, art="internal-project-team", lang="en", fmt="outlook-multipart;long-signature;disclaimer;base64",
  note="who runs this mailbox", frm=("Brian Castellano", "brian.castellano@quillfeather.com"), client="outlook", style="alt",
  cte="base64", subj="New to the team - what is gt-help for?", dt=(2026, 3, 2, 10, 8), tz="-0600", recv=8, dkim=True,
  text=("Hello,\n\nI've just moved over to lead underwriting hiring in the Chicago office and was pointed at this address. "
        "Before I start firing things at you: who's actually behind gt-help, and what kind of things do you want people to bring here?\n\n"
        "Best regards,\n\n" + "Brian Castellano\nHead of Commercial Underwriting - Midwest\nQuillfeather Insurance Company of America\n"
        "233 S. Wacker Drive, Suite 4100, Chicago, IL 60606\nT: +1 (312) 555-0193 | M: +1 (312) 555-0177\n"
        "Follow us on LinkedIn | quillfeather.com\n\nPlease consider the environment before printing this e-mail."),
  disc=DISC_US)

S(**Q_ANS, art="escalation-path", lang="en", fmt="apple-multipart;qp",
  note="which channel for what", frm=("Oliver Pritchard", "oliver.pritchard@quillfeather.com"), client="apple", style="alt",
  subj="Rule of thumb?", dt=(2026, 3, 23, 8, 47), tz="+0000",
  text=("Morning,\n\nIs there a simple rule of thumb for where things should go? Between this mailbox, GoodTime's own support "
        "people, their ideas board and our account manager over there, I keep picking the wrong one and getting redirected.\n\n"
        "Cheers,\nOliver\n\nOliver Pritchard\nSourcing Partner, Leeds"))

S(**Q_ANS, art="self-scheduling-link", lang="en", fmt="outlook-multipart;rambling;question-in-third-paragraph;qp",
  note="candidate sees no slots", frm=("Megan Kowalski", "megan.kowalski@quillfeather.com"), client="outlook", style="alt",
  subj="Hartford call centre hiring", dt=(2026, 3, 9, 17, 55), tz="-0400", recv=5,
  text=("Hi all,\n\nHope everyone's week is going OK. It's been a bit of a whirlwind here - we've got the 40 new claims handler "
        "roles for the Hartford call centre expansion open now and the applications are pouring in, which is great but also "
        "means I'm living in GoodTime at the moment.\n\nThe candidates have been really strong so far. One of them came through "
        "a referral from Marcus's team and has 6 years at a competitor, so fingers crossed.\n\nAnyway, my actual question: I sent "
        "one candidate the link where she picks her own phone screen slot, and she's come back saying the page is completely "
        "empty - no times offered at all. What normally causes that? The other candidates I sent it to the same day seem fine.\n\n"
        "Also, I'll be in the office Thursday if anyone wants to grab a coffee.\n\nThanks so much!\nMegan\n\n"
        "Megan Kowalski\nSenior Recruiter, Claims & Customer Service\nQuillfeather Insurance | Hartford, CT"))

S(**Q_ANS, art="debrief-scheduling", lang="en", fmt="gmail-multipart;base64;emoji;terse",
  note="is candidate invited to debrief", frm=("Rajesh Patel", "rajesh.patel@quillfeather.com"), client="gmail", style="alt",
  cte="base64", subj="debrief invite", dt=(2026, 3, 13, 22, 14), tz="+0000",
  text=("quick one - when I set up the debrief for the pricing actuary loop next week, does the candidate get sent an invite as well? "
        "really don't want a repeat of what happened in Leeds last year \U0001F648\n\nR"))

S(**Q_ANS, art="interviewer-training", lang="en", fmt="thunderbird-plain;format-flowed;8bit",
  note="shadow vs reverse shadow", frm=("Fiona MacLeod", "fiona.macleod@quillfeather.com"), client="thunderbird", cte="8bit",
  subj="Shadow vs reverse shadow", dt=(2026, 3, 16, 12, 3), tz="+0000",
  text=("Hi,\n\nOur new underwriting interviewers have been put on a training path that has both \"shadow\" and \"reverse shadow\" "
        "steps. What's the actual difference – what is the trainee expected to do in each one? I'd like to brief them properly "
        "before their first sessions.\n\nMany thanks,\nFiona\n\n-- \nFiona MacLeod\nRecruiting Operations, Edinburgh\n"))

S(**Q_ANS, art="room-booking", lang="en", fmt="outlook-multipart;qp;received-6",
  note="room not visible in GoodTime", frm=("Jessica Ortiz", "jessica.ortiz@quillfeather.com"), client="outlook", style="alt",
  subj="Connecticut Room not showing in GoodTime", dt=(2026, 3, 3, 8, 26), tz="-0500", recv=6,
  text=("Hi,\n\nWhen I set up onsite interviews for Hartford, the big boardroom on the 4th floor (Connecticut Room) never shows "
        "up as an option in GoodTime. I can book it in Outlook with no problem. Is there a reason GoodTime can't see it?\n\n"
        "Thanks,\nJessica\n\nJessica Ortiz | Executive Assistant to the CFO\nQuillfeather Insurance Company of America"))

S(**Q_ANS, art="reporting-dashboards", lang="en", fmt="android-plain;qp;mobile-sig",
  note="interviews per interviewer", frm=("Marcus Bell", "marcus.bell@quillfeather.com"), client="android",
  subj="Interview counts per person", dt=(2026, 3, 26, 19, 38), tz="-0500",
  text=("Hi, can GoodTime show me how many interviews each person on my call centre panel has done this quarter? Want to show "
        "my director who's carrying the load.\n\nMarcus\n\nGet Outlook for Android"))

S(**Q_ANS, art="time-zones", lang="en", fmt="gmail-multipart;raw-utf8-body;8bit",
  note="candidate relocating, which zone", frm=("Hannah Whitlock", "hannah.whitlock@quillfeather.com"), client="gmail", style="alt",
  cte="8bit", hcte="quoted-printable", subj="Candidate moving time zones", dt=(2026, 3, 24, 10, 12), tz="+0000",
  text=("Hi,\n\nThe candidate for the Lisbon pricing role is in São Paulo right now but moves to Lisbon in a few weeks. "
        "When I send her the request to mark her free times, which time zone will the slots show up in for her? And where "
        "do I check GoodTime has her zone right?\n\nThanks\nHannah"))

# ----------------------------------------------------------------- DE answerable (8)
S(**Q_ANS, art="support-hours", lang="de", fmt="plain;qp;iso-8859-1;subject-q-iso-8859-1",
  note="support erreichbar abends", frm=("Jonas Hartmann", "jonas.hartmann@quillfeather.de"), client="thunderbird",
  cs="iso-8859-1", hcs="iso-8859-1", subj_enc="q", subj="Support am späten Abend erreichbar?",
  dt=(2026, 3, 11, 18, 4), tz="+0100",
  text=("Hallo zusammen,\n\nkurze Frage: Wir haben nächste Woche mehrere Interviews mit Kandidaten in Chicago, die laufen bei "
        "uns bis ca. 22 Uhr. Wenn da mit GoodTime etwas hakt, erreiche ich um die Uhrzeit überhaupt noch jemanden beim "
        "GoodTime-Support, oder erst am nächsten Morgen?\n\nDanke und viele Grüße\nJonas Hartmann\nRecruiting-Koordination Köln\n"))

S(**Q_ANS, art="contact-csm", lang="de", fmt="outlook-html-only;qp;iso-8859-1;subject-b-utf8;disclaimer",
  note="CSM termin ohne kontaktdaten", frm=("Sabine Krüger", "sabine.krueger@quillfeather.de"), client="outlook", style="html",
  cs="iso-8859-1", subj_enc="b", from_enc="q", hcs="iso-8859-1", subj="Termin mit unserem Customer Success Manager bei GoodTime",
  dt=(2026, 3, 17, 9, 2), tz="+0100", recv=5,
  text=("Liebes GoodTime-Team,\n\nich würde gern mit unserem Customer Success Manager bei GoodTime einen Termin vereinbaren, um "
        "unseren Ablauf für die Assessment-Center der Trainees durchzusprechen. Leider habe ich keine Kontaktdaten von ihm bzw. ihr.\n\n"
        "Wie komme ich am schnellsten an einen Termin?\n\nVielen Dank und beste Grüße\nSabine Krüger\nHR Business Partnerin\n"
        "Quillfeather Versicherung AG | Leopoldstraße 28 | 80802 München"),
  disc=DISC_DE)

S(**Q_ANS, art="calendar-sync", lang="de", fmt="outlook-multipart;qp;received-5;dkim",
  note="nach passwortwechsel alles frei", frm=("Matthias Becker", "matthias.becker@quillfeather.de"), client="outlook", style="alt",
  subj="GoodTime zeigt mich als frei", dt=(2026, 3, 2, 7, 45), tz="+0100", recv=5, dkim=True,
  text=("Guten Morgen,\n\nseit ich letzte Woche mein Windows-Passwort ändern musste, zeigt GoodTime mich den ganzen Tag als frei "
        "an, obwohl mein Kalender voll ist. Muss ich da irgendetwas neu verbinden oder freigeben?\n\nGruß\nMatthias Becker\n"
        "Teamleiter Kfz-Schaden | Quillfeather Versicherung AG, Köln"))

S(**Q_ANS, art="reschedule-interview", lang="de", fmt="iphone-plain;raw-utf8-subject;raw-utf8-from;8bit;mobile-sig",
  note="in outlook verschieben?", frm=("Lena Schäfer", "lena.schaefer@quillfeather.de"), client="iphone", cte="8bit",
  from_enc="raw8", subj_enc="raw8", subj="Termin einfach in Outlook verschieben?", dt=(2026, 3, 20, 12, 31), tz="+0100",
  text=("Hi, der Kandidat für die Aktuarsstelle hat gefragt, ob wir das Gespräch morgen um eine Stunde nach hinten schieben "
        "können. Kann ich den Termin einfach in Outlook verschieben oder muss das über GoodTime laufen?\n\nLG Lena\n\n"
        "Von meinem iPhone gesendet"))

S(**Q_ANS, art="interviewer-load-balancing", lang="de", fmt="gmail-multipart;base64;subject-split-b",
  note="wochenlimit erreicht, übersteuern", frm=("Katrin Vogel", "katrin.vogel@quillfeather.de"), client="gmail", style="alt",
  cte="base64", subj_enc="splitb", subj="Frage zum Wochenlimit für Interviewer", dt=(2026, 3, 25, 15, 19), tz="+0100",
  text=("Hallo,\n\nwas passiert eigentlich, wenn ein Interviewer sein Wochenlimit erreicht hat – wird er dann trotzdem noch "
        "vorgeschlagen? Und kann ich als Koordinatorin im Einzelfall darüber hinaus planen, wenn es gar nicht anders geht?\n\n"
        "Danke!\nKatrin"))

S(**Q_ANS, art="permissions-roles", lang="de", fmt="outlook-multipart;reply-unrelated-quote;qp;outlook-de-quote",
  note="button fehlt: bug oder rechte?", frm=("Jonas Hartmann", "jonas.hartmann@quillfeather.de"), client="outlook", style="alt",
  subj="AW: Urlaubsplanung Q2", dt=(2026, 3, 27, 10, 55), tz="+0100", recv=4, topic="Urlaubsplanung Q2",
  text=("Hallo Sabine, passt für mich, danke.\n\n@gt-help: Bei mir fehlt in GoodTime die Möglichkeit, Interviewvorlagen zu "
        "bearbeiten – meine Kollegin im selben Team hat den Punkt. Ist das ein Fehler, oder liegt das an meinen Rechten?\n\nGruß\nJonas"),
  quote=dict(style="ol", head="Von: Sabine Krüger <sabine.krueger@quillfeather.de>\nGesendet: Donnerstag, 26. März 2026 17:40\nAn: Jonas Hartmann <jonas.hartmann@quillfeather.de>\nCc: GoodTime Help Line <gt-help@quillfeather.com>\nBetreff: Urlaubsplanung Q2",
             text="Hallo Jonas,\n\nbitte trag deinen Urlaub für April bis Juni bis Freitag in die Teamliste ein.\n\nDanke\nSabine"))

S(**Q_ANS, art="add-interviewer-to-pool", lang="de", fmt="apple-multipart;qp;long-subject-folded",
  note="neuer interviewer soll erst mitlaufen", frm=("Katrin Vogel", "katrin.vogel@quillfeather.de"), client="apple", style="alt",
  subj_enc="fold", subj="Neuer Teamleiter soll ab April bei den Fachinterviews fuer Schadenregulierer dabei sein - was muss ich einrichten",
  dt=(2026, 3, 30, 8, 12), tz="+0200",
  text=("Hallo zusammen,\n\nwir haben einen neuen Teamleiter in der Kfz-Schadenregulierung, Herrn Yilmaz, der ab April bei den "
        "Fachinterviews mitmachen soll. Am Anfang soll er aber erst einmal nur zuschauen und noch nicht selbst führen.\n\n"
        "Was muss ich tun, damit GoodTime ihn für diese Interviews berücksichtigt?\n\nViele Grüße\nKatrin Vogel\nRecruiterin, München"))

S(**Q_ANS, art="conference-links", lang="de", fmt="outlook-html-only;qp;windows-1252;subject-q-utf8",
  note="teams oder zoom pro termin", frm=("Matthias Becker", "matthias.becker@quillfeather.de"), client="outlook", style="html",
  cs="windows-1252", subj_enc="q", subj="Teams- oder Zoom-Link für einzelne Interviews ändern?", dt=(2026, 3, 12, 11, 40), tz="+0100",
  text=("Hallo,\n\nwo wird eigentlich festgelegt, ob ein Interview einen Teams- oder einen Zoom-Link bekommt? Ein Kandidat kann "
        "Teams nicht nutzen (Firmenlaptop beim aktuellen Arbeitgeber). Kann ich das nur für seinen Termin umstellen, ohne die "
        "Vorlage zu ändern?\n\nDanke und Gruß\nMatthias Becker"), disc=DISC_DE)

# ----------------------------------------------------------------- ES answerable (8)
S(**Q_ANS, art="internal-project-team", lang="es", fmt="gmail-multipart;raw-utf8-subject;raw-utf8-from;8bit",
  note="quién lleva este buzón", frm=("Lucía Fernández", "lucia.fernandez@quillfeather.es"), client="gmail", style="alt",
  cte="8bit", hcte="quoted-printable", from_enc="raw8", subj_enc="raw8", subj="¿Quién gestiona este buzón?",
  dt=(2026, 3, 3, 9, 48), tz="+0100",
  text=("Buenas,\n\nsoy nueva en el equipo de selección de Madrid. Una pregunta tonta: este buzón de gt-help, ¿lo lleva gente "
        "de Quillfeather o es de GoodTime? ¿Y qué tipo de consultas os puedo mandar aquí?\n\nGracias,\nLucía"))

S(**Q_ANS, art="chat-bubble", lang="es", fmt="iphone-plain;base64;mobile-sig;subject-b-utf8",
  note="chat no aparece sin iniciar sesión", frm=("Javier Morales", "javier.morales@quillfeather.es"), client="iphone",
  cte="base64", subj_enc="b", subj="No encuentro el chat de GoodTime", dt=(2026, 3, 6, 20, 22), tz="+0100",
  text=("Hola, el soporte de GoodTime me dijo que les escribiera por el chat, pero no me aparece ningún chat. Yo entro desde "
        "el enlace de la entrevista que me llega por correo, sin iniciar sesión en GoodTime. ¿Dónde está ese chat?\n\n"
        "Enviado desde mi iPhone"))

S(**Q_ANS, art="cancel-interview", lang="es", fmt="outlook-html-only;qp;iso-8859-1;subject-q-iso-8859-1",
  note="borrar evento vs cancelar", frm=("Marta Giménez", "marta.gimenez@quillfeather.es"), client="outlook", style="html",
  cs="iso-8859-1", hcs="iso-8859-1", subj_enc="q", from_enc="q", subj="Anular una entrevista: ¿cómo se hace bien?",
  dt=(2026, 3, 9, 13, 5), tz="+0100", recv=5,
  text=("Hola:\n\n¿Cuál es la forma correcta de anular una entrevista? Hasta ahora yo borraba directamente el evento en el "
        "calendario de Outlook, pero una compañera me dice que así no se hace.\n\nUn saludo,\nMarta Giménez\n"
        "Técnica de Selección · Quillfeather Seguros · Barcelona"), disc=DISC_ES)

S(**Q_ANS, art="candidate-availability-request", lang="es", fmt="outlook-multipart;qp;reply-unrelated-quote;outlook-es-quote",
  note="candidata no contesta disponibilidad", frm=("Lucía Fernández", "lucia.fernandez@quillfeather.es"), client="outlook",
  style="alt", subj="RE: Vacante tramitador siniestros Sevilla", dt=(2026, 3, 13, 10, 27), tz="+0100",
  topic="Vacante tramitador siniestros Sevilla",
  text=("Perfecto Carmen, lo reviso.\n\nY aprovecho para consultar a gt-help: una candidata de Sevilla no ha contestado a la "
        "petición de disponibilidad que le mandé el lunes. ¿Qué se suele hacer en estos casos? ¿Se la vuelvo a mandar o hay "
        "alguna alternativa más rápida?\n\nGracias,\nLucía"),
  quote=dict(style="ol", head="De: Carmen Ibáñez <carmen.ibanez@quillfeather.es>\nEnviado el: jueves, 12 de marzo de 2026 18:03\nPara: Lucía Fernández <lucia.fernandez@quillfeather.es>\nCC: GoodTime Help Line <gt-help@quillfeather.com>\nAsunto: Vacante tramitador siniestros Sevilla",
             text="Hola Lucía,\n\nte paso la descripción actualizada de la vacante. El responsable pide que el perfil tenga experiencia en siniestros de hogar.\n\nUn abrazo,\nCarmen"))

S(**Q_ANS, art="panel-interviews", lang="es", fmt="gmail-multipart;qp",
  note="no salen opciones para varias sesiones", frm=("Javier Morales", "javier.morales@quillfeather.es"), client="gmail", style="alt",
  subj="No me salen huecos para el assessment", dt=(2026, 3, 17, 16, 50), tz="+0100",
  text=("Hola equipo,\n\ntengo que montar para una candidata tres entrevistas seguidas con tres entrevistadores distintos "
        "(técnica, negocio y RR. HH.) y GoodTime no me propone ninguna opción. ¿Qué puedo probar para que encuentre algo?\n\n"
        "Gracias!\nJavier Morales\nCoordinador de Selección - Barcelona"))

S(**Q_ANS, art="interview-templates", lang="es", fmt="plain;qp;utf-8;terse",
  note="cambio puntual vs plantilla", frm=("Marta Giménez", "marta.gimenez@quillfeather.es"), client="thunderbird",
  subj="duracion sesion", dt=(2026, 3, 20, 11, 14), tz="+0100",
  text=("si cambio la duración de una sesión solo para un candidato, ¿se me cambia la plantilla para todos los demás?\n\nMarta\n"))

S(**Q_ANS, art="candidate-reminders", lang="es", fmt="outlook-multipart;base64;subject-q-utf8",
  note="recordatorios automáticos o manuales", frm=("Carmen Ibáñez", "carmen.ibanez@quillfeather.es"), client="outlook", style="alt",
  cte="base64", subj_enc="q", subj="Recordatorios a candidatos ¿automáticos?", dt=(2026, 3, 24, 8, 58), tz="+0100", recv=6, dkim=True,
  text=("Buenos días,\n\n¿los recordatorios a los candidatos salen solos o tengo que mandárselos yo a mano el día antes de la "
        "entrevista? Y si alguno dice que no lo ha recibido, ¿se lo puedo reenviar?\n\nMuchas gracias,\nCarmen Ibáñez\n"
        "HR Business Partner · Quillfeather Seguros"), disc=DISC_ES)

S(**Q_ANS, art="time-zones", lang="es", fmt="apple-multipart;qp;subject-split-q",
  note="huecos de madrugada: zona del entrevistador", frm=("Álvaro Ruiz", "alvaro.ruiz@quillfeather.es"), client="apple", style="alt",
  from_enc="b", subj_enc="splitq", subj="Huecos a las 2 de la madrugada", dt=(2026, 3, 27, 23, 41), tz="+0100",
  text=("Hola,\n\na uno de nuestros entrevistadores de Madrid GoodTime le está ofreciendo huecos a las 2 de la madrugada a "
        "candidatos de México. ¿De dónde saca GoodTime la zona horaria y el horario de trabajo del entrevistador? Para saber "
        "qué revisar.\n\nSaludos,\nÁlvaro"))
# ----------------------------------------------------------------- FR answerable (8)
S(**Q_ANS, art="support-hours", lang="fr", fmt="outlook-multipart;qp;subject-q-iso-8859-1",
  note="support un dimanche soir", frm=("Camille Dubois", "camille.dubois@quillfeather.fr"), client="outlook", style="alt",
  hcs="iso-8859-1", subj_enc="q", subj="Support GoodTime le dimanche soir ?", dt=(2026, 3, 6, 17, 36), tz="+0100", recv=5,
  text=("Bonjour,\n\nNous avons des entretiens avec des candidats de Montréal très tôt le lundi matin. Si on rencontre un "
        "problème avec GoodTime la veille, un dimanche soir, est-ce que quelqu'un chez GoodTime pourra nous répondre à ce "
        "moment-là ?\n\nMerci d'avance,\nCamille Dubois\nChargée de recrutement – Paris"))

S(**Q_ANS, art="product-board", lang="fr", fmt="gmail-multipart;base64",
  note="où déposer les idées, voter", frm=("Julien Moreau", "julien.moreau@quillfeather.fr"), client="gmail", style="alt",
  cte="base64", subj="Idées d'amélioration GoodTime", dt=(2026, 3, 10, 14, 2), tz="+0100",
  text=("Bonjour à tous,\n\nL'équipe de Lyon a plusieurs idées d'amélioration pour GoodTime. Où est-ce qu'on les dépose pour "
        "que l'équipe produit de GoodTime les voie vraiment ? Et si un collègue a déjà posté la même idée, est-ce qu'on peut "
        "simplement la soutenir plutôt que de la reposter ?\n\nBonne journée,\nJulien"))

S(**Q_ANS, art="escalation-path", lang="fr", fmt="outlook-html-only;qp;windows-1252;raw-1252-subject;raw-1252-from",
  note="ici vs support vs CSM", frm=("Élodie Lefèvre", "elodie.lefevre@quillfeather.fr"), client="outlook", style="html",
  cs="windows-1252", from_enc="raw1252", subj_enc="raw1252", subj="Qui contacter pour quoi ? Un peu perdue…",
  dt=(2026, 3, 16, 10, 21), tz="+0100", recv=4,
  text=("Bonjour,\n\nJe m’y perds un peu : dans quels cas dois-je écrire à cette adresse, dans quels cas contacter directement "
        "le support GoodTime, et quand faut-il passer par notre CSM ?\n\nMerci beaucoup,\nÉlodie Lefèvre\nAssistante RH – Quillfeather Assurances"),
  disc=DISC_FR)

S(**Q_ANS, art="candidate-itinerary", lang="fr", fmt="iphone-plain;qp;mobile-sig;subject-b-utf8",
  note="renvoyer le récapitulatif", frm=("Camille Dubois", "camille.dubois@quillfeather.fr"), client="iphone",
  subj_enc="b", subj="Récap entretien pas reçu", dt=(2026, 3, 18, 8, 4), tz="+0100",
  text=("Bonjour, le candidat de jeudi me dit qu’il n’a jamais reçu le récapitulatif de son entretien (horaires, noms, lien). "
        "Je peux le lui renvoyer depuis GoodTime ?\n\nMerci !\n\nEnvoyé de mon iPhone"))

S(**Q_ANS, art="interviewer-decline", lang="fr", fmt="outlook-multipart;qp;ics-attachment",
  note="jury décline, replanifier?", frm=("Thomas Girard", "thomas.girard@quillfeather.fr"), client="outlook", style="alt",
  subj="TR: Refusé : Entretien Actuaire Senior - M. Benali", dt=(2026, 3, 19, 15, 47), tz="+0100", recv=6,
  att=[("ics", "invite.ics")], ics_summary="Entretien Actuaire Senior - M. Benali", ics_start="20260324T100000",
  text=("Bonjour,\n\nUn des membres du jury vient de décliner l'entretien de mardi prochain (invitation ci-jointe). Est-ce que je "
        "dois tout replanifier avec le candidat, ou il y a plus simple ?\n\nCordialement,\nThomas Girard\nActuaire – Responsable d'équipe Tarification"),
  quote=dict(style="fwd", head="De : Nathalie Roux <nathalie.roux@quillfeather.fr>\nEnvoyé : jeudi 19 mars 2026 15:31\nÀ : Thomas Girard <thomas.girard@quillfeather.fr>\nObjet : Refusé : Entretien Actuaire Senior - M. Benali",
             text="Désolée, je serai en formation à Lyon toute la journée."))

S(**Q_ANS, art="ats-integration", lang="fr", fmt="plain;raw-1252-subject;8bit;windows-1252",
  note="refus dans l'ATS ou GoodTime", frm=("Nathalie Roux", "nathalie.roux@quillfeather.fr"), client="thunderbird",
  cs="windows-1252", cte="8bit", from_enc="raw1252", subj_enc="raw1252", subj="Refus d'un candidat : à faire dans l'ATS ou dans GoodTime ?",
  dt=(2026, 3, 23, 13, 58), tz="+0100",
  text=("Bonjour,\n\nQuand un candidat est refusé, est-ce que je dois le faire dans l'ATS ou dans GoodTime ? J'ai peur de faire "
        "la modification deux fois et de tout mélanger.\n\nCordialement,\nNathalie Roux\nResponsable RH – Lyon\n"))

S(**Q_ANS, art="room-booking", lang="fr", fmt="gmail-multipart;qp;terse",
  note="salle pour entretien visio?", frm=("Julien Moreau", "julien.moreau@quillfeather.fr"), client="gmail", style="alt",
  subj="salle pour une visio ?", dt=(2026, 3, 25, 9, 9), tz="+0100",
  text=("Petite question : pour un entretien entièrement en visio, je dois quand même réserver une salle dans GoodTime ?\n\nJulien"))

S(**Q_ANS, art="reschedule-interview", lang="fr", fmt="outlook-multipart;qp;reply-unrelated-quote;original-message",
  note="décaler sans nouvelles dispos", frm=("Élodie Lefèvre", "elodie.lefevre@quillfeather.fr"), client="outlook", style="alt",
  subj="RE: Pot de départ de Sylvie", dt=(2026, 3, 30, 11, 26), tz="+0200", recv=5, topic="Pot de départ de Sylvie",
  text=("Je participe volontiers, merci !\n\nPar ailleurs, question pour gt-help : une candidate me demande de décaler son "
        "entretien à la semaine prochaine, mais elle ne m'a pas donné de nouvelles disponibilités. Comment je fais dans GoodTime ?\n\nÉlodie"),
  quote=dict(style="orig", head="De : Nathalie Roux\nEnvoyé : lundi 30 mars 2026 10:02\nÀ : Équipe RH Paris; GoodTime Help Line\nObjet : Pot de départ de Sylvie",
             text="Bonjour à tous,\n\nNous organisons un pot pour le départ de Sylvie vendredi 3 avril à 17h30 en salle Rivoli. Merci de me dire si vous participez à la cagnotte.\n\nNathalie"))

# ----------------------------------------------------------------- PT answerable (8)
S(**Q_ANS, art="contact-support", lang="pt", fmt="gmail-multipart;qp;raw-utf8-subject;8bit-headers",
  note="email do suporte", frm=("João Ferreira", "joao.ferreira@quillfeather.pt"), client="gmail", style="alt",
  from_enc="raw8", subj_enc="raw8", subj="E-mail do suporte GoodTime?", dt=(2026, 3, 4, 11, 33), tz="+0000",
  text=("Olá,\n\nqual é o endereço de e-mail do suporte da GoodTime? Prefiro escrever-lhes por e-mail do que estar à espera no "
        "chat.\n\nObrigado,\nJoão Ferreira\nRecrutador – Lisboa"))

S(**Q_ANS, art="chat-bubble", lang="pt", fmt="outlook-html-only;qp;windows-1252;subject-q-iso-8859-1",
  note="onde está o chat roxo", frm=("Inês Carvalho", "ines.carvalho@quillfeather.pt"), client="outlook", style="html",
  cs="windows-1252", hcs="iso-8859-1", subj_enc="q", from_enc="q", subj="Botão do chat não aparece?", dt=(2026, 3, 11, 15, 12), tz="+0000",
  text=("Boa tarde,\n\nDisseram-me que o GoodTime tem um botão de chat roxo para falar com o suporte, mas eu não o vejo em lado "
        "nenhum. Em que parte do ecrã é que ele devia estar?\n\nCumprimentos,\nInês Carvalho\nCoordenadora de Recrutamento – Porto"),
  disc=DISC_PT)

S(**Q_ANS, art="product-board", lang="pt", fmt="iphone-plain;qp;mobile-sig",
  note="onde pôr sugestão, duplicado", frm=("Tiago Mendes", "tiago.mendes@quillfeather.pt"), client="iphone",
  subj="Sugestão para o GoodTime", dt=(2026, 3, 14, 21, 47), tz="+0000",
  text=("Boa noite. Tenho uma sugestão para a GoodTime melhorar o produto. Onde é que a devo pôr? E se alguém já tiver sugerido "
        "a mesma coisa, faço outra vez?\n\nObrigado\nTiago\n\nEnviado do meu iPhone"))

S(**Q_ANS, art="contact-csm", lang="pt", fmt="outlook-multipart;base64;disclaimer",
  note="marcar reunião com a CSM", frm=("Beatriz Almeida", "beatriz.almeida@quillfeather.pt"), client="outlook", style="alt",
  cte="base64", from_enc="b", subj="Reunião com a nossa CSM da GoodTime", dt=(2026, 3, 19, 10, 3), tz="+0000", recv=5,
  text=("Bom dia,\n\nNão tenho os contactos da nossa Customer Success Manager da GoodTime (a pessoa que tinha saiu da empresa). "
        "Como posso marcar uma reunião com ela para falarmos do processo do contact center?\n\nObrigada,\nBeatriz Almeida\n"
        "HR Business Partner | Quillfeather Seguros | Lisboa"), disc=DISC_PT)

S(**Q_ANS, art="calendar-sync", lang="pt", fmt="gmail-multipart;base64;subject-b-utf8",
  note="blocos livres no calendário", frm=("Rita Sousa", "rita.sousa@quillfeather.pt"), client="gmail", style="alt",
  cte="base64", subj_enc="b", subj="GoodTime marca entrevistas por cima dos meus blocos", dt=(2026, 3, 23, 16, 25), tz="+0000",
  text=("Olá,\n\nTenho no calendário uns blocos de \"trabalho focado\" que ficam como disponíveis, e o GoodTime tem marcado "
        "entrevistas por cima deles. Isto é normal? O que devo mudar para ele os respeitar?\n\nBeijinhos,\nRita"))

S(**Q_ANS, art="interviewer-training", lang="pt", fmt="plain;qp;iso-8859-1;subject-q-iso-8859-1",
  note="o que é reverse shadow", frm=("Tiago Mendes", "tiago.mendes@quillfeather.pt"), client="thunderbird", cs="iso-8859-1",
  hcs="iso-8859-1", subj_enc="q", subj="Dúvida: reverse shadow", dt=(2026, 3, 26, 9, 44), tz="+0000",
  text=("Bom dia,\n\nFui incluído num percurso de formação de entrevistadores e aparece-me uma etapa chamada \"reverse shadow\". "
        "O que é que se espera de mim nessa etapa, ao certo?\n\nObrigado,\nTiago Mendes\nTeam Leader - Contact Center Lisboa\n"))

S(**Q_ANS, art="cancel-interview", lang="pt", fmt="gmail-multipart;qp;reply-unrelated-quote",
  note="candidato desistiu: só cancelar?", frm=("Inês Carvalho", "ines.carvalho@quillfeather.pt"), client="gmail", style="alt",
  subj="Re: Jantar de equipa", dt=(2026, 3, 31, 12, 18), tz="+0100",
  text=("Conta comigo para o jantar!\n\nJá agora, para o gt-help: um candidato desistiu do processo para analista de sinistros. "
        "Basta cancelar a entrevista no GoodTime ou tenho de fazer mais alguma coisa?\n\nInês"),
  quote=dict(style="gt", head="Em seg., 30 de mar. de 2026 às 18:20, Rita Sousa <rita.sousa@quillfeather.pt> escreveu:",
             text="Olá a todos,\n\nO jantar de equipa fica marcado para dia 9 de abril no Porto. Digam-me até sexta quem vem.\n\nRita"))

S(**Q_ANS, art="candidate-itinerary", lang="pt", fmt="apple-multipart;qp",
  note="mudei sala e entrevistador: reenviar", frm=("João Ferreira", "joao.ferreira@quillfeather.pt"), client="apple", style="alt",
  subj="Alterações numa entrevista de amanhã", dt=(2026, 3, 17, 17, 52), tz="+0000",
  text=("Boa tarde,\n\nMudei a sala e um dos entrevistadores de uma entrevista de amanhã de manhã. O candidato fica a saber "
        "automaticamente ou tenho de lhe enviar alguma coisa?\n\nObrigado\nJoão"))
# ----------------------------------------------------------------- EN none: near misses (9)
S(**Q_NONE, lang="en", fmt="outlook-html-only;qp;windows-1252;pdf-attachment;disclaimer",
  note="near miss support-hours: actual SLA number", frm=("Kevin O'Donnell", "kevin.odonnell@quillfeather.com"), client="outlook",
  style="html", cs="windows-1252", subj="GoodTime P1 response time - vendor risk review", dt=(2026, 3, 5, 15, 30), tz="-0500",
  recv=6, att=[("pdf", "Vendor_Risk_Questionnaire_GoodTime_2026.pdf")],
  text=("Hi,\n\nI\u2019m completing the annual vendor risk questionnaire for GoodTime (attached). Question 14 asks for the vendor\u2019s "
        "committed first-response time for a critical / P1 ticket, in hours. What\u2019s the actual figure we have from GoodTime? "
        "I need a number rather than a link.\n\nThanks,\nKevin O\u2019Donnell\nIT Vendor Management\nQuillfeather Insurance Company of America"),
  disc=DISC_US)

S(**Q_NONE, lang="en", fmt="plain;terse;7bit;no-message-id", note="near miss contact-csm: name and email of CSM",
  frm=("Priya Raman", "priya.raman@quillfeather.com"), client="thunderbird", cte="7bit", mid="none",
  subj="csm name + email", dt=(2026, 3, 9, 7, 11), tz="-0400",
  text="what's the name and email of our goodtime csm? need to cc them on something today\n\np\n")

S(**Q_NONE, lang="en", fmt="gmail-multipart;qp", note="near miss product-board: URL and login",
  frm=("Ashley Nguyen", "ashley.nguyen@quillfeather.com"), client="gmail", style="alt",
  subj="product board link", dt=(2026, 3, 12, 13, 46), tz="-0400",
  text=("Hi! What's the actual web address for GoodTime's product board, and do I need a separate login for it or does my "
        "normal GoodTime one work?\n\nThanks!\nAshley"))

S(**Q_NONE, lang="en", fmt="outlook-multipart;qp;forward-candidate-mail", note="near miss reminders: our local send time",
  frm=("Megan Kowalski", "megan.kowalski@quillfeather.com"), client="outlook", style="alt",
  subj="FW: Reminder before my interview?", dt=(2026, 3, 16, 10, 2), tz="-0400", recv=5,
  text=("Hi - candidate question below. What time do our automatic reminders actually go out here? Is it a fixed time the "
        "day before, or 24 hours before the interview? I want to give her a straight answer.\n\nMegan"),
  quote=dict(style="fwd", head="From: Danielle Crosby <dcrosby.jobs@gmail.com>\nSent: Sunday, March 15, 2026 9:14 PM\nTo: Megan Kowalski <megan.kowalski@quillfeather.com>\nSubject: Reminder before my interview?",
             text="Hi Megan,\n\nWill I get a reminder before Wednesday's interview? I'm travelling Tuesday and want to make sure I have the details.\n\nThanks,\nDanielle"))

S(**Q_NONE, lang="en", fmt="apple-multipart;qp", note="near miss load: our cap for actuarial panel",
  frm=("Rajesh Patel", "rajesh.patel@quillfeather.com"), client="apple", style="alt",
  subj="Actuarial panel - how many interviews a week?", dt=(2026, 3, 18, 14, 55), tz="+0000",
  text=("Hi,\n\nA couple of my actuaries are asking why they've been booked for four interviews this week. What weekly limit "
        "have we actually set for the actuarial panel here? I'd like to tell them the real number.\n\nThanks\nRajesh\n\n"
        "Rajesh Patel FIA\nHead of Pricing, Personal Lines\nQuillfeather Insurance, London"))

S(**Q_NONE, lang="en", fmt="outlook-multipart;qp", note="near miss conference-links: Webex",
  frm=("Kevin O'Donnell", "kevin.odonnell@quillfeather.com"), client="outlook", style="alt",
  subj="GoodTime + Webex?", dt=(2026, 3, 20, 9, 15), tz="-0400", recv=4,
  text=("Morning,\n\nCan GoodTime generate Webex meeting links for interviews? Some of the Spain team still run candidate calls "
        "on Webex and I've been asked whether we can keep that.\n\nKevin"))

S(**Q_NONE, lang="en", fmt="outlook-multipart;base64;received-8;dkim", note="near miss ats: which of our stages are set up",
  frm=("Hannah Whitlock", "hannah.whitlock@quillfeather.com"), client="outlook", style="alt", cte="base64",
  subj="Which ATS stages feed GoodTime?", dt=(2026, 3, 25, 11, 37), tz="+0000", recv=8, dkim=True,
  text=("Hi,\n\nWhich of our ATS stages are actually set up to send candidates into GoodTime for scheduling? I moved a candidate "
        "into \"Hiring Manager Review\" this morning expecting her to show up and nothing appeared - I'm guessing that stage "
        "just isn't one of them, but I don't know the list.\n\nThanks\nHannah"))

S(**Q_NONE, lang="en", fmt="iphone-plain;qp;mobile-sig", note="near miss chat-bubble: mobile app",
  frm=("Marcus Bell", "marcus.bell@quillfeather.com"), client="iphone",
  subj="Chat on phone", dt=(2026, 3, 27, 7, 3), tz="-0500",
  text=("Is the purple support chat also there in the GoodTime app on the phone? I'm mostly on my phone walking the call centre floor.\n\nSent from my iPhone"))

S(**Q_NONE, lang="en", fmt="outlook-multipart;qp;disclaimer", note="near miss permissions: who in UK grants admin",
  frm=("Oliver Pritchard", "oliver.pritchard@quillfeather.com"), client="outlook", style="alt",
  subj="Admin rights for Leeds pools", dt=(2026, 3, 31, 14, 9), tz="+0100", recv=5,
  text=("Hi,\n\nWho in the UK can give me admin rights in GoodTime? I've been asked to tidy up the Leeds interviewer pools and "
        "I can't edit them at the moment.\n\nThanks,\nOliver"), disc=DISC_EN)

# ----------------------------------------------------------------- EN none: off-topic (9)
S(**Q_NONE, lang="en", fmt="outlook-multipart;qp", note="SSO for new joiners",
  frm=("Ashley Nguyen", "ashley.nguyen@quillfeather.com"), client="outlook", style="alt",
  subj="Grad intake logins", dt=(2026, 3, 2, 15, 44), tz="-0500", recv=4,
  text=("Hi team,\n\nWe have 30 graduates starting in September who'll be helping coordinate the autumn interview days. "
        "Will they be able to log into GoodTime with their normal Quillfeather single sign-on from day one, or does someone "
        "need to set that up for each of them?\n\nThanks,\nAshley"))

S(**Q_NONE, lang="en", fmt="outlook-html-only;qp;windows-1252;disclaimer", note="SOC 2 certification",
  frm=("Kevin O'Donnell", "kevin.odonnell@quillfeather.com"), client="outlook", style="html", cs="windows-1252",
  subj="GoodTime SOC 2 report", dt=(2026, 3, 3, 16, 20), tz="-0500",
  text=("Hi,\n\nInfoSec has asked whether GoodTime holds a current SOC 2 Type II report and, if so, where we can get a copy for the "
        "annual vendor assessment. Do you know?\n\nRegards,\nKevin"), disc=DISC_US)

S(**Q_NONE, lang="en", fmt="gmail-multipart;qp;cc-q-iso-8859-1", note="data residency EU/US",
  frm=("Fiona MacLeod", "fiona.macleod@quillfeather.com"), client="gmail", style="alt",
  cc=ew_q("Sabine Krüger", "iso-8859-1") + " <sabine.krueger@quillfeather.de>",
  subj="Where is GoodTime data hosted?", dt=(2026, 3, 6, 10, 40), tz="+0000",
  text=("Hi,\n\nOur DPO in Munich wants to know whether GoodTime stores our candidate data in the EU or in the US. Sabine is "
        "copied. Any idea?\n\nThanks,\nFiona"))

S(**Q_NONE, lang="en", fmt="outlook-multipart;qp", note="interface language Portuguese",
  frm=("Priya Raman", "priya.raman@quillfeather.com"), client="outlook", style="alt",
  subj="GoodTime in Portuguese?", dt=(2026, 3, 10, 12, 0), tz="-0400", recv=3,
  text=("Hi,\n\nThe Porto coordinators have asked if they can switch the GoodTime screens to Portuguese. Is that possible, "
        "and if so where's the setting?\n\nPriya Raman\nRecruiting Operations Lead"))

S(**Q_NONE, lang="en", fmt="apple-multipart;qp;mobile-sig", note="travel/hotel booking",
  frm=("Jessica Ortiz", "jessica.ortiz@quillfeather.com"), client="iphone", style="alt",
  subj="Hotel for final round candidate", dt=(2026, 3, 11, 6, 48), tz="-0400",
  text=("Can GoodTime book the candidate's hotel and train for the final round in Hartford, or do I still do that through "
        "the travel portal?\n\nJess\n\nSent from my iPhone"))

S(**Q_NONE, lang="en", fmt="outlook-multipart;qp;long-subject-folded", note="GDPR deletion",
  frm=("Hannah Whitlock", "hannah.whitlock@quillfeather.com"), client="outlook", style="alt", subj_enc="fold",
  subj="Former candidate has asked us to delete all her data under GDPR - how do we remove her from GoodTime as well as the ATS",
  dt=(2026, 3, 13, 9, 27), tz="+0000", recv=5,
  text=("Hi,\n\nWe've had a right-to-erasure request from a candidate we interviewed last year. Legal are handling the ATS side "
        "but asked me to make sure she's removed from GoodTime too. How do I delete a candidate's data in GoodTime?\n\nThanks\nHannah"))

S(**Q_NONE, lang="en", fmt="gmail-multipart;qp", note="UK bank holidays",
  frm=("Siobhan Clarke", "siobhan.clarke@quillfeather.com"), client="gmail", style="alt",
  subj="Easter Monday", dt=(2026, 3, 26, 16, 58), tz="+0000",
  text=("Hi, does GoodTime know about UK bank holidays (Good Friday / Easter Monday are coming up) or do interviewers need to "
        "block those days out themselves?\n\nS"))

S(**Q_NONE, lang="en", fmt="plain;qp;no-angle-message-id", note="Outlook add-in",
  frm=("Tyler Brennan", "tyler.brennan@quillfeather.com"), client="thunderbird", mid="noangle",
  subj="GoodTime Outlook add-in?", dt=(2026, 3, 17, 20, 36), tz="-0400",
  text=("Hi,\n\nIs there a GoodTime add-in for Outlook so I can see interview details without opening the website? A peer at "
        "another carrier said they have one.\n\nTyler\n"))

S(**Q_NONE, lang="en", fmt="outlook-multipart;qp;disclaimer", note="agency recruiter login",
  frm=("Lauren Fitch", "lauren.fitch@quillfeather.com"), client="outlook", style="alt",
  subj="Agency recruiters in GoodTime", dt=(2026, 3, 24, 14, 31), tz="-0400", recv=4,
  text=("Hi,\n\nWe're using an agency (Talent Harbor) for the catastrophe claims surge hiring. Can their recruiters be given a "
        "GoodTime login so they can schedule directly, and is there a cost for that?\n\nThanks,\nLauren"), disc=DISC_US)

# ----------------------------------------------------------------- EN none: multi-ask (2)
S(**Q_NONE, lang="en", fmt="outlook-multipart;qp;multi-question", note="three asks, only one covered",
  frm=("Darnell Hayes", "darnell.hayes@quillfeather.com"), client="outlook", style="alt",
  subj="A few things", dt=(2026, 3, 19, 13, 22), tz="-0500", recv=4,
  text=("Hi,\n\nThree things while I have you:\n\n1) What's the right way to cancel an interview - in GoodTime or just delete "
        "the invite?\n2) Is there a keyboard shortcut for jumping to the calendar view? I'm clicking a lot.\n3) Can I get a "
        "list of every interview scheduled for the Chicago office in February, with interviewer names?\n\nThanks,\nDarnell"))

S(**Q_NONE, lang="en", fmt="gmail-multipart;qp;multi-question;opens-thanks;reply-unrelated-quote", note="two asks, second not covered",
  frm=("Megan Kowalski", "megan.kowalski@quillfeather.com"), client="gmail", style="alt",
  subj="Re: Lunch & learn slides", dt=(2026, 3, 30, 12, 44), tz="-0400",
  text=("Thanks for the slides, really useful!\n\nTwo quick ones for gt-help: where exactly is the support chat in GoodTime, "
        "and can GoodTime automatically leave a 15-minute gap after every interview for our claims managers so they can write "
        "up notes?\n\nMegan"),
  quote=dict(style="gt", head="On Mon, Mar 30, 2026 at 9:02 AM Priya Raman <priya.raman@quillfeather.com> wrote:",
             text="Hi all,\n\nSlides from Friday's lunch & learn on the new expense policy are attached. Recording is on the intranet.\n\nPriya"))

# ----------------------------------------------------------------- non-EN none (4)
S(**Q_NONE, lang="de", fmt="outlook-multipart;qp;iso-8859-1", note="near miss time-zones: Arizona keine Sommerzeit",
  frm=("Katrin Vogel", "katrin.vogel@quillfeather.de"), client="outlook", style="alt", cs="iso-8859-1",
  subj="Zeitumstellung Kandidat Phoenix", dt=(2026, 3, 9, 14, 6), tz="+0100", recv=4,
  text=("Hallo,\n\nwir haben Ende März Interviews mit einem Kandidaten aus Phoenix (Arizona). Soweit ich weiß, gibt es dort keine "
        "Sommerzeit. Berücksichtigt GoodTime das automatisch, wenn bei uns am 29. März die Uhren umgestellt werden, oder muss "
        "ich die Zeiten selbst prüfen?\n\nViele Grüße\nKatrin"))

S(**Q_NONE, lang="es", fmt="gmail-multipart;base64", note="near miss itinerary: plantilla en español",
  frm=("Carmen Ibáñez", "carmen.ibanez@quillfeather.es"), client="gmail", style="alt", cte="base64",
  subj="Plantilla de itinerario en español", dt=(2026, 3, 16, 12, 37), tz="+0100",
  text=("Hola,\n\n¿tenemos alguna plantilla de itinerario para candidatos en español? Las que me salen están todas en inglés "
        "y para los puestos de atención al cliente en Madrid queda raro.\n\nGracias,\nCarmen"))

S(**Q_NONE, lang="fr", fmt="outlook-multipart;qp;subject-b-utf8", note="near miss room-booking: salles configurées Paris",
  frm=("Camille Dubois", "camille.dubois@quillfeather.fr"), client="outlook", style="alt", subj_enc="b",
  subj="Salles du 5e étage dans GoodTime", dt=(2026, 3, 24, 10, 52), tz="+0100", recv=5,
  text=("Bonjour,\n\nQuelles salles du 5e étage du bureau de Paris sont configurées dans GoodTime ? Je voudrais savoir lesquelles "
        "je peux proposer pour les entretiens de la semaine prochaine.\n\nMerci,\nCamille"))

S(**Q_NONE, lang="pt", fmt="outlook-multipart;qp;multi-question", note="two asks: reschedule panel + who approves users PT",
  frm=("Beatriz Almeida", "beatriz.almeida@quillfeather.pt"), client="outlook", style="alt",
  subj="Duas perguntas", dt=(2026, 3, 12, 17, 15), tz="+0000", recv=4,
  text=("Olá,\n\nDuas perguntas:\n\n1. Como reagendo uma entrevista de painel com quatro entrevistadores sem ter de refazer tudo?\n"
        "2. Quem é que em Portugal aprova os pedidos de novos utilizadores do GoodTime? Tenho duas pessoas novas no contact center.\n\n"
        "Obrigada,\nBeatriz"))
# ----------------------------------------------------------------- bugs (6)
S(cat="bug", act="forward_support+flag_csm", lang="en", fmt="outlook-multipart;qp;misleading-subject;received-9;dkim;disclaimer",
  note="high impact: org-wide calendar availability wrong", frm=("Priya Raman", "priya.raman@quillfeather.com"), client="outlook",
  style="alt", subj="quick question", dt=(2026, 3, 4, 8, 3), tz="-0500", recv=9, dkim=True,
  text=("Hi team,\n\nQuick question - or maybe not so quick. Since Monday morning the London and Madrid recruiting teams all "
        "show as completely free in GoodTime, all day, every day. Around 25 people as far as I can tell. We've had three "
        "double-bookings this week already, including two interviewers booked over existing broker meetings.\n\n"
        "We reconnected the calendars for two people and it made no difference. Nothing changed on our side that I know of.\n\n"
        "This is hitting both offices, so please treat it as urgent.\n\nPriya Raman\nRecruiting Operations Lead\nQuillfeather Insurance"),
  disc=DISC_EN)

S(cat="bug", act="forward_support|needs_review", lang="en", fmt="form-mailer;auto-submitted;x-auto-response-suppress;html-only;qp",
  note="form mailer: itinerary times one hour off", frm=("GoodTime Help Form", "forms-noreply@quillfeather.com"), client="robot",
  style="html_simple", cs="utf-8", subj="Help line form: Itinerary shows wrong time", dt=(2026, 3, 10, 2, 17), tz="-0500",
  xh=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All", "X-Mailer: QF-Forms/2.4 (PHPMailer 6.9.1)"], recv=3,
  text=("Help line form submission\n\nSubmitted by: Marcus Bell (marcus.bell@quillfeather.com)\nOffice: Chicago - Customer Service Centre\n"
        "Type: Something is broken\n\nDescription:\nThe itinerary emails our candidates get for the customer service rep roles show the "
        "interview one hour later than the calendar invite (itinerary says 10:00 CT, invite and GoodTime say 9:00 CT). At least "
        "4 candidates this week, two turned up late because of it. Interviews are next Tuesday onwards too.\n\n"
        "Candidate IDs: 77120, 77134, 77151, 77163\n\n-- \nSent automatically by Quillfeather Forms. Replies to this address are not monitored."))

S(cat="bug", act="forward_support", lang="de", fmt="plain;base64;iso-8859-1;subject-q-iso-8859-1",
  note="zoom-link fehlt in kandidatenbestätigung", frm=("Lena Schäfer", "lena.schaefer@quillfeather.de"), client="thunderbird",
  cs="iso-8859-1", hcs="iso-8859-1", cte="base64", from_enc="q", subj_enc="q", subj="Zoom-Link fehlt in Bestätigung für Kandidaten",
  dt=(2026, 3, 18, 14, 27), tz="+0100",
  text=("Hallo,\n\nseit gestern fehlt bei allen Interviews, die ich plane, der Zoom-Link in der Bestätigung an die Kandidaten. In "
        "den Einladungen für die Interviewer ist er drin. Bei meinen Kolleginnen scheint alles normal zu sein. Das nächste "
        "betroffene Interview ist am Montag.\n\nBeispiel: Kandidatin A. Weber, Job-ID 4471, Interview am 23.03.\n\n"
        "Viele Grüße\nLena Schäfer\nRecruiting München\n"))

S(cat="bug", act="forward_support+flag_csm", lang="fr", fmt="outlook-multipart;qp;angry;recurring",
  note="recurring after being reported: reminders not sent Lyon", frm=("Julien Moreau", "julien.moreau@quillfeather.fr"),
  client="outlook", style="alt", subj="Rappels candidats - TOUJOURS rien (3e signalement)", dt=(2026, 3, 26, 9, 31), tz="+0100", recv=6,
  text=("Bonjour,\n\nC'est la troisième fois que je le signale : les rappels automatiques ne partent toujours pas pour les candidats "
        "du bureau de Lyon. Le ticket GoodTime n° 48213 a été ouvert il y a trois semaines, on nous a dit que c'était corrigé, et "
        "rien n'a changé. Deux candidats ne se sont pas présentés cette semaine et une troisième est arrivée sans le lien.\n\n"
        "Ça concerne toutes les offres de Lyon, pas seulement les miennes. Merci de faire remonter.\n\nJulien Moreau\n"
        "Coordinateur recrutement – Lyon"), disc=DISC_FR)

S(cat="bug", act="forward_support", lang="es", fmt="outlook-multipart;qp;png-attachment",
  note="error 500 al abrir entrevista", frm=("Álvaro Ruiz", "alvaro.ruiz@quillfeather.es"), client="outlook", style="alt",
  from_enc="q", subj="Error al abrir entrevistas en GoodTime", dt=(2026, 3, 12, 10, 6), tz="+0100", recv=5,
  att=[("png", "image001.png")],
  text=("Hola,\n\nDesde esta mañana, al abrir cualquier entrevista de la candidata Paula Domínguez (puesto: Suscriptor/a de "
        "Riesgos, Madrid) me sale \"Something went wrong (500)\". Con otros candidatos funciona bien. Adjunto captura.\n\n"
        "No es urgente, la entrevista es la semana que viene, pero tendré que tocarla antes.\n\nUn saludo,\nÁlvaro Ruiz\n"
        "Sistemas RR. HH. · Quillfeather Seguros"))

S(cat="bug", act="forward_support", lang="en", fmt="gmail-multipart;qp;png-attachment;misleading-subject",
  note="interviews not syncing back to ATS", frm=("Oliver Pritchard", "oliver.pritchard@quillfeather.com"), client="gmail",
  style="alt", subj="quick q about Workday", dt=(2026, 3, 20, 15, 49), tz="+0000", att=[("png", "workday-record.png")],
  text=("Hi,\n\nInterviews I've scheduled in GoodTime over the last three days aren't showing on the candidate record in the ATS any "
        "more - they used to appear within a few minutes. Screenshot of one record attached. Candidate IDs 88213 and 88240, "
        "both Pricing Analyst (Leeds). The candidates are in the right stage.\n\nThanks,\nOliver"))

# ----------------------------------------------------------------- scheduling blockers (5)
S(cat="scheduling_blocker", act="forward_support", lang="en", fmt="iphone-plain;qp;mobile-sig;typos",
  note="candidate in lobby, no room/interviewers", frm=("Jessica Ortiz", "jessica.ortiz@quillfeather.com"), client="iphone",
  subj="candidate in reception NOW", dt=(2026, 3, 23, 13, 52), tz="-0400",
  text=("candidate for the 2pm claims handler interview is in reception in hartford right now and goodtime shows no room on "
        "the booking and both interviewers as removed?? starts in 8 min. pls help asap\n\nSent from my iPhone"))

S(cat="scheduling_blocker", act="forward_support", lang="en", fmt="outlook-multipart;qp;angry-caps",
  note="panel in 10 min, no Teams link", frm=("Darnell Hayes", "darnell.hayes@quillfeather.com"), client="outlook", style="alt",
  subj="NO TEAMS LINK - PANEL STARTS IN 10 MIN", dt=(2026, 3, 25, 10, 50), tz="-0500", recv=4,
  text=("THE PANEL STARTS AT 11:00 AND THERE IS NO TEAMS LINK ON THE INVITE. The candidate is emailing me asking how to join. "
        "I hit regenerate in GoodTime twice and nothing happens.\n\nCandidate: Shauna Reilly, Senior Underwriter, interview ID 55190.\n\n"
        "PLEASE HELP\nDarnell"))

S(cat="scheduling_blocker", act="forward_support", lang="pt", fmt="iphone-plain;qp;mobile-sig;raw-utf8-subject",
  note="zoom link inválido, entrevista em 15 min", frm=("Inês Carvalho", "ines.carvalho@quillfeather.pt"), client="iphone",
  subj_enc="raw8", subj="URGENTE – link Zoom não funciona", dt=(2026, 3, 27, 14, 45), tz="+0000",
  text=("Entrevista às 15h00 (daqui a 15 minutos) e o link do Zoom dá “reunião inválida” ao candidato. Já reenviei a confirmação "
        "e nada. Alguém me pode ajudar??\n\nInês\n\nEnviado do meu iPhone"))

S(cat="scheduling_blocker", act="forward_support", lang="de", fmt="outlook-html-only;qp;windows-1252;subject-b-utf8",
  note="kandidatin wartet, ersatz nicht möglich", frm=("Katrin Vogel", "katrin.vogel@quillfeather.de"), client="outlook", style="html",
  cs="windows-1252", subj_enc="b", subj="DRINGEND: Kandidatin wartet – Ersatz-Interviewer lässt sich nicht eintragen",
  dt=(2026, 3, 31, 9, 57), tz="+0200", recv=5,
  text=("Hallo,\n\ndie Kandidatin sitzt schon im Besprechungsraum in München, der zweite Interviewer hat vor fünf Minuten abgesagt "
        "und GoodTime lässt mich keinen Ersatz eintragen – Fehlermeldung „Unable to update schedule“. Das Gespräch sollte um "
        "10:00 beginnen, also jetzt.\n\nBitte dringend melden: 089 4120 7731\n\nKatrin Vogel"), disc=DISC_DE)

S(cat="scheduling_blocker", act="forward_support", lang="en", fmt="gmail-multipart;qp;forward-gmail",
  note="forwarded candidate can't join, interview now", frm=("Ashley Nguyen", "ashley.nguyen@quillfeather.com"), client="gmail",
  style="alt", subj="Fwd: Can't get into the interview", dt=(2026, 3, 17, 9, 36), tz="-0400",
  text="Can someone help right now? This was meant to start at 9:30 ET (6 min ago) and the interviewer is waiting too.",
  quote=dict(style="fwd", head="---------- Forwarded message ---------\nFrom: Jordan Mills <jordan.mills88@outlook.com>\nDate: Tue, Mar 17, 2026 at 9:33 AM\nSubject: Can't get into the interview\nTo: Ashley Nguyen <ashley.nguyen@quillfeather.com>",
             text="Hi Ashley,\n\nI'm trying to join with the link in my confirmation but it says the meeting ID is invalid. Is there another link? I'm ready to go.\n\nJordan"))

# ----------------------------------------------------------------- feature requests (6)
S(cat="feature_request", act="product_board_reply", lang="en", fmt="outlook-multipart;qp;misleading-urgent-subject",
  note="bulk reschedule wish under URGENT", frm=("Megan Kowalski", "megan.kowalski@quillfeather.com"), client="outlook", style="alt",
  subj="URGENT!!! bulk reschedule", dt=(2026, 3, 5, 16, 12), tz="-0500", recv=4,
  text=("OK not urgent-urgent, but it's driving the team mad: when an interviewer goes on leave we have to move every one of "
        "their interviews one by one. It would be amazing if GoodTime let us pick a bunch of interviews and move them all "
        "in one go.\n\nWould love to see that in the product one day!\nMegan"))

S(cat="feature_request", act="product_board_reply", lang="en", fmt="gmail-multipart;qp",
  note="slack notification on decline", frm=("Siobhan Clarke", "siobhan.clarke@quillfeather.com"), client="gmail", style="alt",
  subj="Idea: Slack ping when an interviewer declines", dt=(2026, 3, 11, 11, 23), tz="+0000",
  text=("Hi,\n\nSmall idea: it would be great if GoodTime could send a Slack message when an interviewer declines, instead of "
        "an email that gets buried. Half the time I only spot declines the morning of the interview.\n\nSiobhan"))

S(cat="feature_request", act="product_board_reply", lang="fr", fmt="outlook-multipart;base64;subject-q-utf8",
  note="récap par SMS", frm=("Nathalie Roux", "nathalie.roux@quillfeather.fr"), client="outlook", style="alt", cte="base64",
  subj_enc="q", subj="Suggestion : récapitulatif par SMS", dt=(2026, 3, 13, 15, 5), tz="+0100", recv=4,
  text=("Bonjour,\n\nCe serait vraiment pratique que GoodTime puisse envoyer le récapitulatif d'entretien aussi par SMS. Beaucoup de "
        "candidats pour notre centre de relation client ne lisent pas leurs mails, et on aurait moins d'absents.\n\nBien à vous,\nNathalie Roux"))

S(cat="feature_request", act="product_board_reply", lang="es", fmt="apple-multipart;qp;raw-utf8-from",
  note="confirmación en idioma del candidato", frm=("Lucía Fernández", "lucia.fernandez@quillfeather.es"), client="apple", style="alt",
  from_enc="raw8", subj="Sugerencia para GoodTime: idioma del candidato", dt=(2026, 3, 19, 19, 8), tz="+0100",
  text=("Hola,\n\nUna sugerencia: estaría genial que GoodTime detectara el idioma del candidato y le mandara la confirmación y los "
        "recordatorios automáticamente en ese idioma, sin que tengamos que elegir la plantilla a mano cada vez.\n\nSaludos,\nLucía"))

S(cat="feature_request", act="product_board_reply", lang="de", fmt="outlook-multipart;qp;subject-splitq-iso",
  note="excel export mit eigenen spalten", frm=("Jonas Hartmann", "jonas.hartmann@quillfeather.de"), client="outlook", style="alt",
  hcs="iso-8859-1", subj_enc="splitq", subj="Wunsch fürs Reporting: Excel-Export", dt=(2026, 3, 24, 13, 40), tz="+0100", recv=3,
  text=("Hallo,\n\nein Wunsch an GoodTime: Beim Reporting wäre ein Export direkt als Excel mit frei wählbaren Spalten super. Mit "
        "den festen CSV-Spalten müssen wir jeden Monat alles von Hand umbauen.\n\nGruß\nJonas"))

S(cat="feature_request", act="product_board_reply", lang="en", fmt="outlook-multipart;qp;opens-thanks;reply-unrelated-quote",
  note="thanks + new feature wish", frm=("Tyler Brennan", "tyler.brennan@quillfeather.com"), client="outlook", style="alt",
  subj="RE: Hiring day - room swap", dt=(2026, 3, 26, 11, 2), tz="-0400", recv=5, topic="Hiring day - room swap",
  text=("Thanks Priya, that did the trick - rooms are sorted for Thursday.\n\nWhile I've got you: it would be really nice if "
        "candidates could enter their preferred name and pronouns when they pick their slots, and have that show up on the "
        "interviewer invites. We keep getting it wrong at the start of calls.\n\nTyler"),
  quote=dict(style="ol", head="From: Priya Raman <priya.raman@quillfeather.com>\nSent: Wednesday, March 25, 2026 5:48 PM\nTo: Tyler Brennan <tyler.brennan@quillfeather.com>\nSubject: RE: Hiring day - room swap",
             text="Hi Tyler,\n\nI've moved the Thursday sessions from Charter Oak to the Connecticut Room, invites have gone out again.\n\nPriya"))

# ----------------------------------------------------------------- escalations (5)
S(cat="escalation", act="flag_csm", lang="en", fmt="outlook-html-only;qp;winmail-dat;disclaimer",
  note="more seats before renewal", frm=("Lauren Fitch", "lauren.fitch@quillfeather.com"), client="outlook", style="html",
  cs="windows-1252", subj="GoodTime seats for graduate scheme", dt=(2026, 3, 9, 11, 48), tz="-0400", recv=6,
  att=[("winmail", "winmail.dat")],
  text=("Hi team,\n\nWe\u2019re bringing on 18 new coordinators for the graduate scheme in September and we\u2019re already at our "
        "seat cap in GoodTime. Our renewal is in June. Can we get a conversation going with GoodTime about adding licences "
        "before then, and what it would do to the renewal price?\n\nThanks,\nLauren Fitch\nHR Business Partner, Claims"),
  disc=DISC_US)

S(cat="escalation", act="flag_csm", lang="pt", fmt="outlook-multipart;qp;subject-b-utf8",
  note="formação para equipa do contact center", frm=("Beatriz Almeida", "beatriz.almeida@quillfeather.pt"), client="outlook",
  style="alt", subj_enc="b", subj="Pedido de formação GoodTime – equipa do contact center", dt=(2026, 3, 5, 10, 24), tz="+0000", recv=5,
  text=("Bom dia,\n\nGostaríamos de pedir uma sessão de formação sobre o GoodTime para toda a equipa de recrutamento do contact "
        "center de Lisboa (12 pessoas). A maioria entrou este ano e estão a cometer os mesmos erros: entrevistas marcadas fora "
        "do GoodTime, reagendamentos pelo Outlook, etc. Idealmente em português e ainda em abril.\n\nObrigada,\nBeatriz Almeida\nHR Business Partner"),
  disc=DISC_PT)

S(cat="escalation", act="flag_csm+forward_support", lang="fr", fmt="outlook-multipart;qp;complaint;live-fault;received-7;dkim",
  note="complaint overall + no slots found today", frm=("Thomas Girard", "thomas.girard@quillfeather.fr"), client="outlook",
  style="alt", subj="GoodTime - ça ne peut plus durer", dt=(2026, 3, 30, 8, 49), tz="+0200", recv=7, dkim=True,
  text=("Bonjour,\n\nHonnêtement, ça ne va pas. Depuis trois mois on enchaîne les problèmes : désynchronisation des agendas, "
        "doubles réservations, rappels qui ne partent pas. Chaque fois on ouvre un ticket, chaque fois « c'est corrigé », et "
        "ça revient.\n\nEt ce matin encore, GoodTime ne trouve aucun créneau pour aucun entretien à Paris, alors que les agendas "
        "des jurys sont vides cette semaine. Nous avons 14 entretiens à caler pour le recrutement des actuaires juniors.\n\n"
        "La direction commence à se demander si l'outil vaut ce qu'il nous coûte. Il faut qu'on en parle sérieusement avec "
        "GoodTime.\n\nThomas Girard\nActuaire – Responsable d'équipe Tarification"), disc=DISC_FR)

S(cat="escalation", act="flag_csm", lang="en", fmt="apple-multipart;qp;long-signature",
  note="process change for grad assessment centres", frm=("Fiona MacLeod", "fiona.macleod@quillfeather.com"), client="apple",
  style="alt", subj="Assessment centres - changing how we schedule them", dt=(2026, 3, 20, 16, 33), tz="+0000",
  text=("Hi all,\n\nFrom September the UK and German graduate programmes want to move away from individual interviews to group "
        "assessment centres with rotating assessors (about 8 candidates and 6 assessors per day, four exercises). That's a big "
        "change to how we use GoodTime - pools, templates, interviewer training, the lot.\n\nWe'd like to work it through properly "
        "with GoodTime before we build anything. Can we get that conversation started?\n\nMany thanks,\n\n"
        "Fiona MacLeod\nRecruiting Operations Manager - Early Careers\nQuillfeather Insurance\n1 Lochrin Square, Edinburgh EH3 9QA\n"
        "T: +44 131 496 0880 | M: +44 7700 900417\nquillfeather.com/careers"))

S(cat="escalation", act="flag_csm", lang="es", fmt="outlook-multipart;qp;pdf-attachment",
  note="renovación contrato y uso licencias", frm=("Carmen Ibáñez", "carmen.ibanez@quillfeather.es"), client="outlook", style="alt",
  from_enc="b", subj="Renovación contrato GoodTime España", dt=(2026, 3, 11, 12, 50), tz="+0100", recv=5,
  att=[("pdf", "Resumen_licencias_GoodTime_ES.pdf")],
  text=("Hola,\n\nDesde Compras nos piden revisar la renovación del contrato de GoodTime para España antes de mayo. Queremos entender "
        "el uso real de licencias por oficina (Madrid y Barcelona), porque creemos que pagamos por más usuarios de los que usan "
        "la herramienta. Adjunto el resumen que tenemos.\n\n¿Podéis ponernos en contacto con quien corresponda en GoodTime?\n\n"
        "Gracias,\nCarmen Ibáñez\nHR Business Partner · Quillfeather Seguros"), disc=DISC_ES)
# ----------------------------------------------------------------- noise (8)
S(cat="noise", act="ignore", lang="en", fmt="ooo;auto-submitted;plain;qp",
  note="out of office", frm=("Rajesh Patel", "rajesh.patel@quillfeather.com"), client="outlook",
  subj="Automatic reply: GoodTime interviewer pool clean-up", dt=(2026, 3, 6, 18, 2), tz="+0000", recv=3,
  xh=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All", "X-MS-Exchange-Inbox-Rules-Loop: rajesh.patel@quillfeather.com"],
  text=("Thank you for your email. I am out of the office until Monday 16 March with limited access to email.\n\n"
        "For urgent pricing matters please contact Anna Hughes (anna.hughes@quillfeather.com). For interview scheduling, "
        "please contact the GoodTime help line.\n\nRajesh"))

S(cat="noise", act="ignore", lang="de", fmt="ooo;no-auto-submitted;plain;qp;subject-q-utf8",
  note="Abwesenheitsnotiz ohne Auto-Submitted", frm=("Sabine Krüger", "sabine.krueger@quillfeather.de"), client="outlook",
  from_enc="q", subj_enc="q", subj="Abwesenheitsnotiz: Schulungstermine GoodTime April", dt=(2026, 3, 27, 17, 31), tz="+0100", recv=3,
  text=("Sehr geehrte Damen und Herren,\n\nvielen Dank für Ihre Nachricht. Ich bin bis einschließlich 6. April 2026 im Urlaub und "
        "habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.\n\nIn dringenden Fällen wenden Sie sich "
        "bitte an Herrn Paul Neumann (paul.neumann@quillfeather.de).\n\nMit freundlichen Grüßen\nSabine Krüger"))

_bounce_orig = ("Return-Path: <gt-help@quillfeather.com>\nFrom: GoodTime Help Line <gt-help@quillfeather.com>\n"
                "To: Daniel Sutherland <daniel.sutherland@quillfeather.com>\nSubject: RE: Interviewer pool for Cat Claims\n"
                "Date: Mon, 9 Mar 2026 14:10:03 +0000\nMessage-ID: <gth.20260309141003.8812@quillfeather.com>\nMIME-Version: 1.0\n"
                "Content-Type: text/plain; charset=utf-8\n\nHi Daniel,\n\nYou're now in the Cat Claims pool as a trainee. Let us know if anything looks off.\n\nGT Help\n")
_b_bound = "9B095B5ADSN=_01DCAF1E3D66C7A000000A3Fmx1.quillfeather"
_bounce_body = ("This is a MIME-formatted message.  \nPortions of this message may be unreadable without a MIME-capable mail program.\n\n"
    "--" + _b_bound + "\nContent-Type: text/plain; charset=us-ascii\n\n"
    "This is the mail system at host mx1.quillfeather.com.\n\nI'm sorry to have to inform you that your message could not\n"
    "be delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n"
    "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
    "                   The mail system\n\n<daniel.sutherland@quillfeather.com>: host\n    mbx-store03.corp.quillfeather.com[10.40.3.8] said: 550 5.1.1\n"
    "    <daniel.sutherland@quillfeather.com>: Recipient address rejected: User unknown\n    in virtual mailbox table (in reply to RCPT TO command)\n\n"
    "--" + _b_bound + "\nContent-Description: Delivery report\nContent-Type: message/delivery-status\n\n"
    "Reporting-MTA: dns; mx1.quillfeather.com\nX-Postfix-Queue-ID: 4ZkQ7n1mP2z9sXw\nX-Postfix-Sender: rfc822; gt-help@quillfeather.com\n"
    "Arrival-Date: Mon,  9 Mar 2026 14:10:04 +0000 (UTC)\n\nFinal-Recipient: rfc822; daniel.sutherland@quillfeather.com\n"
    "Original-Recipient: rfc822;daniel.sutherland@quillfeather.com\nAction: failed\nStatus: 5.1.1\n"
    "Remote-MTA: dns; mbx-store03.corp.quillfeather.com\nDiagnostic-Code: smtp; 550 5.1.1 <daniel.sutherland@quillfeather.com>:\n"
    "    Recipient address rejected: User unknown in virtual mailbox table\n\n"
    "--" + _b_bound + "\nContent-Description: Undelivered Message\nContent-Type: message/rfc822\n\n" + _bounce_orig + "\n"
    "--" + _b_bound + "--\n")
S(cat="noise", act="ignore", lang="en", fmt="bounce;multipart-report;delivery-status;mailer-daemon",
  note="bounce", frm=("Mail Delivery System", "MAILER-DAEMON@mx1.quillfeather.com"), client="robot", rp="",
  subj="Undelivered Mail Returned to Sender", dt=(2026, 3, 9, 14, 10), tz="+0000", recv=2, style="raw", mid="ok",
  xh=["Auto-Submitted: auto-replied"],
  raw_ct='Content-Type: multipart/report; report-type=delivery-status;\n\tboundary="%s"\n' % _b_bound,
  raw_body=_bounce_body.encode("ascii"))

_nl_bound = "----=_Part_4471902_1873201955.1773846000000"
_nl_text = ("GoodTime Product Digest - March 2026\n\nHi there,\n\nHere's what's new in GoodTime this month:\n\n"
            "* Smarter load balancing across interviewer pools\n* New candidate confirmation templates\n"
            "* Webinar: \"Scheduling at scale\" - Thursday 26 March, 11am ET. Register: https://goodtime.io/webinars/scale\n\n"
            "Read the full release notes: https://goodtime.io/release-notes/2026-03\n\n"
            "You are receiving this email because you subscribed to GoodTime product updates.\n"
            "Unsubscribe: https://goodtime.io/unsubscribe?u=8f2a91c&e=gt-help%40quillfeather.com\n"
            "GoodTime, Inc. | 1001 Wilshire Blvd, Los Angeles, CA\n")
_nl_html = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>GoodTime Product Digest</title></head>"
            "<body style=\"margin:0;background:#f4f2fb\"><table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\"><tr><td align=\"center\">"
            "<table width=\"600\" style=\"background:#ffffff;font-family:Helvetica,Arial,sans-serif\"><tr><td style=\"padding:24px\">"
            "<h1 style=\"color:#5b2bd6\">Product Digest &ndash; March 2026</h1><p>Hi there,</p><p>Here&rsquo;s what&rsquo;s new in GoodTime this month:</p>"
            "<ul><li>Smarter load balancing across interviewer pools</li><li>New candidate confirmation templates</li>"
            "<li>Webinar: &ldquo;Scheduling at scale&rdquo; &ndash; Thursday 26 March, 11am ET</li></ul>"
            "<p><a href=\"https://goodtime.io/release-notes/2026-03?utm_source=newsletter&amp;utm_medium=email\" style=\"background:#5b2bd6;color:#fff;padding:10px 18px;text-decoration:none\">Read the release notes</a></p>"
            "<p style=\"font-size:11px;color:#888\">You are receiving this email because you subscribed to GoodTime product updates. "
            "<a href=\"https://goodtime.io/unsubscribe?u=8f2a91c\">Unsubscribe</a><br>GoodTime, Inc. | 1001 Wilshire Blvd, Los Angeles, CA</p>"
            "<img src=\"https://t.goodtime.io/o/8f2a91c.gif\" width=\"1\" height=\"1\" alt=\"\"></td></tr></table></td></tr></table></body></html>\n")
S(cat="noise", act="ignore", lang="en", fmt="newsletter;list-unsubscribe;multipart-alternative;qp",
  note="vendor newsletter", frm=("GoodTime", "news@goodtime.io"), client="robot", rp="bounce-8f2a91c@mail.goodtime.io",
  subj="What's new in GoodTime - March 2026", dt=(2026, 3, 18, 15, 0), tz="+0000", recv=4, dkim=True, style="raw",
  xh=["List-Unsubscribe: <https://goodtime.io/unsubscribe?u=8f2a91c>, <mailto:unsubscribe@mail.goodtime.io?subject=8f2a91c>",
      "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "Precedence: bulk", "X-Mailer: Customer.io",
      "Feedback-ID: 8f2a91c:newsletter:customerio"],
  raw_ct='Content-Type: multipart/alternative;\n\tboundary="%s"\n' % _nl_bound,
  raw_body=("--%s\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: quoted-printable\n\n" % _nl_bound).encode()
           + quopri.encodestring(_nl_text.encode()) +
           ("\n--%s\nContent-Type: text/html; charset=UTF-8\nContent-Transfer-Encoding: quoted-printable\n\n" % _nl_bound).encode()
           + quopri.encodestring(_nl_html.encode()) + ("\n--%s--\n" % _nl_bound).encode())

_cal_bound = "_000_PR3P195MB0736A1F09C7E4B2A1B3F5C8APR3P195MB0736EURP_"
_cal_ics = ics("Session questions-réponses GoodTime – équipe Lyon", "20260402T140000",
               ("GoodTime Help Line", "gt-help@quillfeather.com"), method="REPLY",
               attendee=("Julien Moreau", "julien.moreau@quillfeather.fr"), partstat="ACCEPTED")
S(cat="noise", act="ignore", lang="fr", fmt="calendar-accept;text-calendar;method-reply;subject-q-utf8",
  note="calendar accept", frm=("Julien Moreau", "julien.moreau@quillfeather.fr"), client="outlook", recv=3,
  subj_enc="q", subj="Accepté: Session questions-réponses GoodTime – équipe Lyon", dt=(2026, 3, 27, 10, 14), tz="+0100",
  style="raw", topic="Session questions-réponses GoodTime – équipe Lyon",
  raw_ct='Content-Type: multipart/alternative;\n\tboundary="%s"\n' % _cal_bound,
  raw_body=("--%s\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: base64\n\n" % _cal_bound).encode()
           + base64.encodebytes("\r\n".encode()) +
           ("\n--%s\nContent-Type: text/calendar; charset=\"utf-8\"; method=REPLY\nContent-Transfer-Encoding: base64\n\n" % _cal_bound).encode()
           + base64.encodebytes(_cal_ics) + ("\n--%s--\n" % _cal_bound).encode())

S(cat="noise", act="ignore", lang="en", fmt="phishing;html-only;qp;spoofed-sender;disclaimer-words",
  note="phishing", frm=("GoodTime Security Team", "security@goodtime-accountverify.com"), client="robot", style="html_simple",
  rp="bounce@mx.sendgrid-relay.biz", subj="ACTION REQUIRED: Your GoodTime account will be suspended", dt=(2026, 3, 15, 3, 41), tz="+0000",
  recv=4, xh=["Authentication-Results: mx1.quillfeather.com; spf=softfail smtp.mailfrom=sendgrid-relay.biz; dkim=none; dmarc=fail header.from=goodtime-accountverify.com",
              "X-QF-Spam-Score: 6.8"],
  text=("Dear GoodTime user,\n\nWe detected unusual sign-in activity on your GoodTime account. To avoid suspension of your "
        "interview schedules, you must verify your identity IMMEDIATELY.\n\nVerify now: http://goodtime-accountverify.com/login?id=gt-help\n\n"
        "If you do not verify within 24 hours your account and all scheduled interviews will be permanently deleted.\n\n"
        "URGENT - CONFIDENTIAL. If you received this in error please ignore.\n\nGoodTime Security Team"))

S(cat="noise", act="ignore", lang="pt", fmt="iphone-multipart;bare-thanks;mobile-sig;reply-quote;emoji",
  note="bare thanks", frm=("Rita Sousa", "rita.sousa@quillfeather.pt"), client="iphone", style="alt",
  subj="Re: GoodTime marca entrevistas por cima dos meus blocos", dt=(2026, 3, 24, 8, 21), tz="+0000",
  text="Muito obrigada, já está resolvido! 😊\n\nEnviado do meu iPhone",
  quote=dict(style="gt", head="No dia 23/03/2026, às 17:40, GoodTime Help Line <gt-help@quillfeather.com> escreveu:",
             text="Olá Rita,\n\nO GoodTime só considera ocupados os eventos marcados como \"ocupado\". Muda esses blocos para ocupado e volta a verificar daqui a uns minutos.\n\nCumprimentos,\nGT Help"))

S(cat="noise", act="ignore", lang="en", fmt="outlook-multipart;bare-thanks;reply-quote;qp",
  note="got it thanks", frm=("Brian Castellano", "brian.castellano@quillfeather.com"), client="outlook", style="alt",
  subj="RE: New to the team - what is gt-help for?", dt=(2026, 3, 2, 14, 36), tz="-0600", recv=4, topic="New to the team - what is gt-help for?",
  text="Got it, thanks!\n\nBrian",
  quote=dict(style="ol", head="From: GoodTime Help Line <gt-help@quillfeather.com>\nSent: Monday, March 2, 2026 1:55 PM\nTo: Brian Castellano <brian.castellano@quillfeather.com>\nSubject: RE: New to the team - what is gt-help for?",
             text="Hi Brian,\n\nWelcome aboard! This mailbox is run by our internal GoodTime project team. Send us how-to questions and anything about how we use GoodTime here.\n\nGT Help"))

def main():
    specs = list(SPECS)
    R2 = random.Random(77)
    R2.shuffle(specs)
    rows = []
    for i, m in enumerate(specs, 1):
        fn = "p-%03d.eml" % i
        data = build(m)
        with open(os.path.join(OUT, fn), "wb") as f:
            f.write(data)
        fmt = ";".join([m["fmt"]] + m.get("_auto", []))
        rows.append([fn, m["cat"], m["act"], m.get("art", "") if m["cat"] == "question" else "",
                     m["lang"], fmt, m.get("note", "")])
    with open(os.path.join(OUT, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["file", "category", "actions", "article", "language", "format", "notes"])
        w.writerows(rows)

if __name__ == "__main__":
    main()
