#!/usr/bin/env python3
"""Writer "a": builds a-001.eml ... a-100.eml and labels.csv for the Brightwell Clinics
help-line blind test set. Standard library only. Bytes are written by hand so that
encodings are exactly what real clients produce (or get wrong)."""

import base64
import csv
import datetime as dt
import html
import os
import random
import struct
import zlib

OUT = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(5150)
HELP = "helpline@brightwellclinics.com"
HELP_HDR = "GoodTime Help Line <helpline@brightwellclinics.com>"

# ----------------------------------------------------------------------------
# low level encoders
# ----------------------------------------------------------------------------

def qp(data: bytes) -> bytes:
    """Quoted-printable with '\n' hard breaks (converted later) and 76-col soft wraps."""
    out = []
    for line in data.split(b"\n"):
        if line.endswith(b"\r"):
            line = line[:-1]
        toks = []
        for i, b in enumerate(line):
            if b == 0x3D or b > 126 or (b < 32 and b != 9):
                toks.append(b"=%02X" % b)
            elif b in (32, 9) and i == len(line) - 1:
                toks.append(b"=%02X" % b)
            else:
                toks.append(bytes([b]))
        cur = b""
        for t in toks:
            if len(cur) + len(t) > 75:
                out.append(cur + b"=")
                cur = b""
            cur += t
        out.append(cur)
    return b"\n".join(out)


def b64(data: bytes, width=76) -> bytes:
    s = base64.b64encode(data)
    return b"\n".join(s[i:i + width] for i in range(0, len(s), width))


def ew(text, charset="utf-8", enc="B"):
    raw = text.encode(charset)
    if enc.upper() == "B":
        return "=?%s?%s?%s?=" % (charset, enc, base64.b64encode(raw).decode())
    s = ""
    for b in raw:
        c = chr(b)
        if b == 32:
            s += "_"
        elif c.isalnum() and b < 128 or c in "!*+-/":
            s += c
        else:
            s += "=%02X" % b
    return "=?%s?%s?%s?=" % (charset, enc, s)


def ew_chunks(text, charset="utf-8", enc="B", size=18, sep="\n "):
    """Encoded words of `size` characters each, so words get split mid-word."""
    pieces = [text[i:i + size] for i in range(0, len(text), size)]
    return sep.join(ew(p, charset, enc) for p in pieces)


def ew_at(text, cuts, charset="utf-8", enc="Q", sep="\n "):
    """Encoded words split at the given character offsets."""
    idx = [0] + list(cuts) + [len(text)]
    return sep.join(ew(text[a:b], charset, enc) for a, b in zip(idx, idx[1:]))


def fold(text, width=70):
    """Fold a long header value at spaces."""
    words = text.split(" ")
    lines, cur = [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    lines.append(cur)
    return "\n ".join(lines)


def rhex(n):
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def rB64(n):
    return base64.b64encode(bytes(RNG.getrandbits(8) for _ in range(n))).decode()


def rAZ(n, chars="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"):
    return "".join(RNG.choice(chars) for _ in range(n))

# ----------------------------------------------------------------------------
# dates
# ----------------------------------------------------------------------------

DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def offset_for(region, d):
    us_dst = dt.date(2026, 3, 8) <= d < dt.date(2026, 11, 1)
    eu_dst = dt.date(2026, 3, 29) <= d < dt.date(2026, 10, 25)
    return {
        "us-e": -4 if us_dst else -5,
        "us-c": -5 if us_dst else -6,
        "az": -7,
        "uk": 1 if eu_dst else 0,
        "pt": 1 if eu_dst else 0,
        "cet": 2 if eu_dst else 1,
        "utc": 0,
    }[region]


class When:
    def __init__(self, y, m, d, H, M, S, region):
        self.local = dt.datetime(y, m, d, H, M, S)
        self.off = offset_for(region, self.local.date())
        self.utc = self.local - dt.timedelta(hours=self.off)

    def hdr(self, style="std"):
        l = self.local
        sign = "+" if self.off >= 0 else "-"
        off = "%s%02d00" % (sign, abs(self.off))
        if style == "utc":
            u = self.utc
            return "%s, %d %s %d %02d:%02d:%02d +0000" % (DAYS[u.weekday()], u.day, MONS[u.month - 1], u.year, u.hour, u.minute, u.second)
        if style == "pad":
            return "%s, %02d %s %d %02d:%02d:%02d %s" % (DAYS[l.weekday()], l.day, MONS[l.month - 1], l.year, l.hour, l.minute, l.second, off)
        if style == "noday":
            return "%d %s %d %02d:%02d:%02d %s" % (l.day, MONS[l.month - 1], l.year, l.hour, l.minute, l.second, off)
        return "%s, %d %s %d %02d:%02d:%02d %s" % (DAYS[l.weekday()], l.day, MONS[l.month - 1], l.year, l.hour, l.minute, l.second, off)

    def utc_at(self, secs):
        u = self.utc + dt.timedelta(seconds=secs)
        return "%s, %d %s %d %02d:%02d:%02d +0000" % (DAYS[u.weekday()], u.day, MONS[u.month - 1], u.year, u.hour, u.minute, u.second)

    def ics(self, secs=0):
        u = self.utc + dt.timedelta(seconds=secs)
        return u.strftime("%Y%m%dT%H%M%SZ")

    def human(self, lang="en"):
        l = self.local
        if lang == "en":
            return "%s, %s %d, %d at %d:%02d %s" % (["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][l.weekday()],
                                                  ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"][l.month - 1],
                                                  l.day, l.year, (l.hour % 12) or 12, l.minute, "AM" if l.hour < 12 else "PM")
        return l.strftime("%d.%m.%Y %H:%M")

# ----------------------------------------------------------------------------
# Received / authentication headers
# ----------------------------------------------------------------------------

def ms_host(region="nam"):
    pre = {"nam": ["BN0PR04MB", "CH3PR13MB", "SA1PR19MB", "MN2PR20MB", "BL1PR12MB"],
           "eur": ["DB9PR03MB", "AS8PR03MB", "PAXPR03MB", "DU0PR03MB", "VI1PR03MB"]}[region]
    dom = {"nam": "namprd", "eur": "eurprd"}[region]
    return "%s%04d.%s%02d.prod.outlook.com" % (RNG.choice(pre), RNG.randint(1000, 9999), dom, RNG.randint(2, 19))


def ipv6():
    return "2603:10b6:%x:%x::%x" % (RNG.randint(0x100, 0xfff), RNG.randint(0x10, 0xff), RNG.randint(1, 0x3f))


def received_m365(w, n=3, src_region="nam", ext=None):
    """n hops, newest first. ext=(helo, ip) adds an inbound-from-internet leg."""
    hops = []
    t = 0
    hosts = [ms_host("nam") for _ in range(n + 1)]
    src = ms_host(src_region)
    lines = []
    # build oldest first, then reverse
    if ext:
        helo, ip, by = ext
        lines.append("from %s (%s)\n by %s with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend Transport; %s" %
                     (helo, ip, by, RNG.randint(8000, 9400), RNG.randint(1, 40), w.utc_at(4)))
        prev = by
        for i in range(n - 1):
            h = hosts[i]
            lines.append("from %s (%s) by\n %s (%s) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.20.%d.%d; %s" %
                         (prev, ipv6(), h, ipv6(), RNG.randint(8000, 9400), RNG.randint(1, 40), w.utc_at(5 + i)))
            prev = h
    else:
        lines.append("from %s\n ([fe80::%s:%s:%s:%s]) by %s\n ([fe80::%s:%s:%s:%s%%%d]) with mapi id 15.20.%d.%03d; %s" %
                     (src, rhex(4), rhex(4), rhex(4), rhex(4), src, rhex(4), rhex(4), rhex(4), rhex(4), RNG.randint(3, 7),
                      RNG.randint(8000, 9400), RNG.randint(1, 40), w.utc_at(1)))
        prev = src
        for i in range(n - 1):
            h = hosts[i]
            lines.append("from %s (%s)\n by %s with HTTPS; %s" % (prev, ipv6(), h, w.utc_at(2 + i)))
            prev = h
    return [("Received", l) for l in reversed(lines)]


def received_google(w, sender_dom, n=6):
    """Google Workspace sender -> Microsoft 365 help line: n hops newest first."""
    ip = "209.85.%d.%d" % (RNG.randint(128, 221), RNG.randint(2, 250))
    mid = "mail-%s%d-f%d.google.com" % (RNG.choice(["wm1", "ej1", "wr1", "ed1"]), RNG.randint(1, 9), RNG.randint(41, 99))
    edge = "%s.mail.protection.outlook.com" % ("BY1PEPF0000%04X" % RNG.randint(0, 0xffff))
    lines = []
    lines.append("by 2002:a05:7300:%s:b0:%s:%s:%s with SMTP id %s;\n        %s" %
                 (rhex(4), rhex(3), rhex(3), rhex(4), rAZ(12, "abcdefghijklmnopqrstuvwxyz0123456789"), w.hdr()))
    lines.append("from mail-sor-f%d.google.com (mail-sor-f%d.google.com. [%s])\n        by mx.google.com with SMTPS id %s.%d.2026.%02d.%02d.%02d.%02d.%02d\n        for <%s>\n        (Google Transport Security);\n        %s" %
                 (RNG.randint(41, 73), RNG.randint(41, 73), ip, rAZ(14, "abcdefghijklmnopqrstuvwxyz0123456789"), RNG.randint(1000000, 9999999),
                  w.local.month, w.local.day, w.local.hour, w.local.minute, w.local.second, HELP, w.hdr()))
    lines.append("from %s (%s) by\n %s (10.167.242.%d) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via\n Frontend Transport; %s" %
                 (mid, ip, edge, RNG.randint(2, 250), RNG.randint(8000, 9400), RNG.randint(1, 40), w.utc_at(3)))
    prev = edge
    for i in range(max(0, n - 3)):
        h = ms_host("nam")
        if i % 2 == 0:
            lines.append("from %s (%s) by\n %s (%s) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.20.%d.%d; %s" %
                         (prev, ipv6(), h, ipv6(), RNG.randint(8000, 9400), RNG.randint(1, 40), w.utc_at(4 + i)))
        else:
            lines.append("from %s (%s)\n by %s with HTTPS; %s" % (prev, ipv6(), h, w.utc_at(4 + i)))
        prev = h
    return [("Received", l) for l in reversed(lines)], ip


def dkim(domain, selector, headers="from:to:subject:date:message-id:mime-version"):
    return ("DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=%s; s=%s; t=%d; x=%d; darn=brightwellclinics.com;\n        h=%s;\n        bh=%s;\n        b=%s\n         %s\n         %s" %
            (domain, selector, RNG.randint(1767000000, 1790000000), RNG.randint(1790000000, 1799000000), headers,
             rB64(32), rB64(48), rB64(48), rB64(30)))


def arc(domain, ip, mailfrom):
    t = RNG.randint(1767000000, 1790000000)
    return [
        ("ARC-Seal", "i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s\n         %s" % (t, rB64(48), rB64(40))),
        ("ARC-Message-Signature", "i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=to:subject:message-id:date:from:mime-version:dkim-signature;\n        bh=%s;\n        fh=%s;\n        b=%s" % (rB64(32), rB64(32), rB64(60))),
        ("ARC-Authentication-Results", "i=1; mx.google.com;\n       dkim=pass header.i=@%s header.s=google header.b=%s;\n       spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s" %
         (domain, rB64(6)[:8], mailfrom, ip, mailfrom, domain)),
    ]


def auth_results(domain, ip, result="pass"):
    return ("Authentication-Results", "spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n header.d=%s;dmarc=%s action=none\n header.from=%s;compauth=%s reason=100" %
            (result, ip, domain, result, domain, result, domain, result))


def ms_extra(topic, lang="en-US", attach=False, tnef=False):
    tidx = base64.b64encode(bytes([0x01, 0xDC]) + bytes(RNG.getrandbits(8) for _ in range(20))).decode()
    h = [("Thread-Topic", topic), ("Thread-Index", tidx),
         ("Accept-Language", lang + ", en-US"), ("Content-Language", lang),
         ("X-MS-Has-Attach", "yes" if attach else ""),
         ("X-MS-TNEF-Correlator", "<%s>" % rAZ(12) if tnef else ""),
         ("X-MS-Exchange-Organization-AuthAs", "Internal"),
         ("X-MS-Exchange-Organization-AuthSource", ms_host("nam")),
         ("X-MS-Exchange-Organization-SCL", "-1"),
         ("x-ms-publictraffictype", "Email")]
    return h


def ms_msgid():
    h = ms_host(RNG.choice(["nam", "eur"]))
    return "<%s%s@%s>" % (h.split(".")[0], rAZ(28, "0123456789ABCDEF"), h)


def gmail_msgid():
    return "<CA%s@mail.gmail.com>" % rAZ(58, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-")


def apple_msgid(dom="brightwellclinics.com"):
    return "<%s-%s-%s-%s-%s@%s>" % (rAZ(8, "0123456789ABCDEF"), rAZ(4, "0123456789ABCDEF"), rAZ(4, "0123456789ABCDEF"),
                                    rAZ(4, "0123456789ABCDEF"), rAZ(12, "0123456789ABCDEF"), dom)


def tb_msgid(dom):
    return "<%s-%s-%s-%s-%s@%s>" % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12), dom)

# ----------------------------------------------------------------------------
# MIME tree and assembly
# ----------------------------------------------------------------------------

def leaf(ct, payload, codec="utf-8", cte="7bit", extra=None):
    return {"k": "leaf", "ct": ct, "payload": payload, "codec": codec, "cte": cte, "extra": extra or []}


def multi(ct, boundary, parts, extra=None, preamble=None):
    return {"k": "multi", "ct": ct, "b": boundary, "parts": parts, "extra": extra or [], "pre": preamble}


def _hv(val):
    return val.encode("utf-8") if isinstance(val, str) else val


def _hdrs(pairs, NL):
    out = b""
    for name, val in pairs:
        if val is None:
            continue
        out += name.encode() + b": " + _hv(val).replace(b"\n", NL) + NL
    return out


def render(node, NL):
    if node["k"] == "leaf":
        data = node["payload"]
        if isinstance(data, str):
            data = data.encode(node["codec"])
        cte = node["cte"]
        if cte == "quoted-printable":
            body = qp(data)
        elif cte == "base64":
            body = b64(data)
        else:
            body = data
        body = body.replace(b"\r\n", b"\n").replace(b"\n", NL)
        hdr = [("Content-Type", node["ct"])]
        if cte:
            hdr.append(("Content-Transfer-Encoding", cte))
        return hdr + node["extra"], body
    bd = node["b"].encode()
    body = b""
    if node["pre"]:
        body += node["pre"].encode().replace(b"\n", NL) + NL
    for p in node["parts"]:
        h, b = render(p, NL)
        body += NL + b"--" + bd + NL + _hdrs(h, NL) + NL + b
    body += NL + b"--" + bd + b"--" + NL
    return [("Content-Type", node["ct"])] + node["extra"], body


def assemble(headers, node, nl="\r\n"):
    NL = nl.encode()
    h, body = render(node, NL)
    out = _hdrs(headers, NL) + _hdrs(h, NL) + NL + body
    if not out.endswith(NL):
        out += NL
    return out

# ----------------------------------------------------------------------------
# content helpers: HTML flavours
# ----------------------------------------------------------------------------

MSO_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=%(cs)s">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:%(font)s;
	panose-1:2 15 5 2 2 2 4 3 2 4;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"%(font)s",sans-serif;
	mso-ligatures:standardcontextual;
	mso-fareast-language:EN-US;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:#0563C1;
	text-decoration:underline;}
span.EmailStyle%(sty)d
	{mso-style-type:personal-%(kind)s;
	font-family:"%(font)s",sans-serif;
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
<body lang=%(lang)s link="#0563C1" vlink="#954F72" style='word-wrap:break-word'>
<div class=WordSection1>
"""


def mso_p(text, ents=False):
    if text == "":
        return "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
    if text.startswith("<"):
        return text
    t = html.escape(text, quote=False)
    if ents:
        t = "".join(c if ord(c) < 128 else "&#%d;" % ord(c) for c in t)
    return "<p class=MsoNormal>%s<o:p></o:p></p>" % t


def mso_html(paras, cs="Windows-1252", lang="EN-US", font="Calibri", reply=False, ents=False, tail=""):
    head = MSO_HEAD % {"cs": cs, "font": font, "lang": lang, "sty": 18 if reply else 17, "kind": "reply" if reply else "compose"}
    body = "\n".join(mso_p(p, ents) for p in paras)
    return head + body + "\n" + tail + "</div>\n</body>\n</html>\n"


def mso_quote_block(frm, sent, to, subject, labels=("From", "Sent", "To", "Subject"), cc=None):
    b = "<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>\n<p class=MsoNormal><b><span lang=EN-US>%s:</span></b><span lang=EN-US> %s <br>\n<b>%s:</b> %s<br>\n<b>%s:</b> %s<br>\n" % (
        labels[0], html.escape(frm), labels[1], sent, labels[2], html.escape(to))
    if cc:
        b += "<b>Cc:</b> %s<br>\n" % html.escape(cc)
    b += "<b>%s:</b> %s<o:p></o:p></span></p>\n</div>" % (labels[3], html.escape(subject))
    return "<div>\n" + b + "\n</div>\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>"


def gmail_html(lines, quote_attr=None, quote_lines=None, sig=None):
    out = ['<div dir="ltr">']
    for l in lines:
        out.append("<div>%s</div>" % (html.escape(l) if l else "<br>"))
    if sig:
        out.append('<br clear="all"><div><br></div><span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature"><div dir="ltr">%s</div></div>' %
                   "<br>".join(html.escape(s) for s in sig))
    out.append("</div>")
    if quote_attr:
        out.append('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">' % html.escape(quote_attr))
        out.append("<br>".join(html.escape(l) for l in quote_lines))
        out.append("</blockquote></div>")
    return "\n".join(out) + "\n"


def apple_html(lines, sig=None):
    out = ['<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">']
    for l in lines:
        out.append("<div>%s</div>" % (html.escape(l) if l else "<br>"))
    if sig:
        out.append('<div><br><div dir="auto" style="caret-color: rgb(0, 0, 0); color: rgb(0, 0, 0);">%s</div></div>' % "<br>".join(html.escape(s) for s in sig))
    out.append("</body></html>")
    return "".join(out)


def quote_gt(lines):
    return "\n".join(("> " + l) if l else ">" for l in lines)

# ----------------------------------------------------------------------------
# binary attachments
# ----------------------------------------------------------------------------

def png_screenshot(w=160, h=100, accent=(220, 53, 69), seed=1):
    r = random.Random(seed)
    rows = []
    for y in range(h):
        row = bytearray([0])
        for x in range(w):
            if y < 12:
                px = (88, 44, 131)  # purple-ish top bar
            elif 25 <= y <= 75 and 30 <= x <= 130:
                if 25 <= y <= 32:
                    px = accent
                elif 45 <= y <= 48 and 40 <= x <= 40 + r.randint(40, 80):
                    px = (60, 60, 60)
                else:
                    px = (255, 255, 255)
            else:
                px = (236, 238, 241)
            row += bytes(px)
        rows.append(bytes(row))
    raw = b"".join(rows)

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def pdf_doc(lines):
    text = "BT /F1 11 Tf 60 780 Td 14 TL\n" + "\n".join("(%s) '" % l.replace("(", "\\(").replace(")", "\\)") for l in lines) + "\nET"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length %d >>\nstream\n%s\nendstream" % (len(text), text),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
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


def tnef_blob(subject, body):
    r = random.Random(len(body))
    data = b"\x78\x9f\x3e\x22" + struct.pack("<H", r.randint(1, 65535)) + b"\x01\x06\x90\x08\x00"
    data += b"\x00\x00\x00\x01" + b"\x00" * 3
    data += b"\x01\x0d\x80\x04\x00\x02\x00\x00\x00\x02\x00\x02\x00\x01"
    data += b"\x01\x04\x80\x01\x00" + struct.pack("<I", len(subject) + 1) + subject.encode("cp1252") + b"\x00"
    data += b"\x01\x03\x90\x06\x00" + struct.pack("<I", len(body) + 64)
    data += b"\x1f\x00\x37\x00" + body.encode("utf-16-le") + b"\x00\x00"
    data += bytes(r.getrandbits(8) for _ in range(180))
    return data


def ics(method, summary, organizer, attendee, start, end, uid, partstat=None, loc="Microsoft Teams Meeting", tzid=None, comment=None, lang="en"):
    lines = ["BEGIN:VCALENDAR", "METHOD:%s" % method, "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0", "BEGIN:VEVENT"]
    if method == "REPLY":
        lines.append("ATTENDEE;PARTSTAT=%s:mailto:%s" % (partstat, attendee))
        if comment:
            lines.append("COMMENT;LANGUAGE=%s:%s" % (lang, comment))
    else:
        lines.append("ORGANIZER;CN=%s" % organizer)
        lines.append("ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:%s" % attendee)
    lines += ["SUMMARY;LANGUAGE=%s:%s" % (lang, summary), "DTSTART:%s" % start, "DTEND:%s" % end,
              "UID:%s" % uid, "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:%s" % start, "TRANSP:OPAQUE", "STATUS:CONFIRMED",
              "SEQUENCE:0", "LOCATION;LANGUAGE=%s:%s" % (lang, loc), "END:VEVENT", "END:VCALENDAR"]
    # fold at 75
    out = []
    for l in lines:
        while len(l) > 74:
            out.append(l[:74])
            l = " " + l[74:]
        out.append(l)
    return "\n".join(out) + "\n"

# ----------------------------------------------------------------------------
# signatures and disclaimers
# ----------------------------------------------------------------------------

DISC_EN = ("CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is CONFIDENTIAL and may contain "
           "protected health information or other privileged material belonging to Brightwell Clinics. If you "
           "are not the intended recipient or have received this message in error, please notify the sender "
           "immediately by reply e-mail and delete it from your system. Any review, use, disclosure or "
           "distribution by anyone other than the intended recipient is prohibited. Please do not use e-mail "
           "for URGENT clinical matters; call the clinic directly.")

DISC_DE = ("Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der "
           "richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den "
           "Absender und vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe "
           "dieser E-Mail sind nicht gestattet.\n"
           "Brightwell Clinics Deutschland GmbH | Sitz Hamburg | Amtsgericht Hamburg HRB 184227 | "
           "Geschäftsführung: Dr. Anja Petersen, Markus Lindqvist")

DISC_ES = ("AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos son confidenciales y pueden contener datos de "
           "carácter personal o de salud. Si usted no es el destinatario o lo ha recibido por error, le rogamos "
           "que lo comunique inmediatamente al remitente y proceda a su eliminación. Brightwell Clinics España, "
           "S.L. trata sus datos conforme al RGPD y la LOPDGDD; puede ejercer sus derechos en "
           "privacidad@brightwellclinics.es.")

DISC_FR = ("Ce message et toutes les pièces jointes sont CONFIDENTIELS et établis à l'intention exclusive de "
           "leurs destinataires. Si vous avez reçu ce message par erreur, merci d'en avertir immédiatement "
           "l'expéditeur et de le détruire. Toute utilisation ou diffusion non autorisée est interdite.")

DISC_PT = ("AVISO DE CONFIDENCIALIDADE: Esta mensagem e quaisquer anexos são confidenciais e destinam-se "
           "exclusivamente ao destinatário. Se recebeu esta mensagem por erro, por favor informe imediatamente o "
           "remetente e apague-a do seu sistema. Brightwell Clinics Portugal, Lda. – NIPC 515 204 118.")


def sig_block(name, title, unit, place, phone, extra=None):
    s = [name, title, unit, "Brightwell Clinics | %s" % place, "T: %s" % phone]
    if extra:
        s += extra
    return s

# ----------------------------------------------------------------------------
# client builders
# ----------------------------------------------------------------------------

def base_headers(frm, to, subject, date, msgid, cc=None, reply_to=None, extra_top=None, order=None):
    h = list(extra_top or [])
    h += [("From", frm), ("To", to)]
    if cc:
        h.append(("CC", cc))
    h += [("Subject", subject), ("Date", date)]
    if msgid is not None:
        h.append(("Message-ID", msgid))
    if reply_to:
        h.append(("Reply-To", reply_to))
    return h


def outlook(frm, subject, w, text_lines, html_paras=None, html_only=False, cs="Windows-1252", codec="cp1252",
            cte="quoted-printable", to=HELP_HDR, cc=None, lang="en-US", body_lang="EN-US", attach=None,
            msgid="auto", received=2, topic=None, extra=None, reply=False, nl="\r\n", ents=False, html_tail="",
            date_style="std", in_reply_to=None, text_cte=None, mailer=None, font="Calibri"):
    if msgid == "auto":
        msgid = ms_msgid()
    html_paras = html_paras if html_paras is not None else text_lines
    htmlb = mso_html(html_paras, cs=cs, lang=body_lang, reply=reply, ents=ents, tail=html_tail, font=font)
    h_html = leaf('text/html; charset="%s"' % cs.lower() if cs.lower() != "windows-1252" else 'text/html; charset="Windows-1252"', htmlb, codec, cte)
    if html_only:
        body = h_html
    else:
        txt = "\n".join(text_lines)
        tc = text_cte or cte
        h_txt = leaf('text/plain; charset="%s"' % (cs.lower() if cs.lower() != "windows-1252" else "Windows-1252"), txt, codec, tc)
        bnd = "_000_%s%s_" % (rAZ(16, "0123456789ABCDEF"), rAZ(12, "0123456789ABCDEF"))
        body = multi('multipart/alternative;\n\tboundary="%s"' % bnd, bnd, [h_txt, h_html])
    if attach:
        bnd = "_004_%s%s_" % (rAZ(16, "0123456789ABCDEF"), rAZ(12, "0123456789ABCDEF"))
        body = multi('multipart/mixed;\n\tboundary="%s"' % bnd, bnd, [body] + attach)
    h = []
    h += received_m365(w, received) if received else []
    h += list(extra or [])
    h += [("From", frm), ("To", to)]
    if cc:
        h.append(("CC", cc))
    tt = topic if topic is not None else (subject if isinstance(subject, str) and "=?" not in subject else "GoodTime")
    if isinstance(tt, str) and any(ord(c) > 127 for c in tt):
        tt = ew(tt, "utf-8", "B")
    h += [("Subject", subject), ("Thread-Topic", tt)]
    tidx = base64.b64encode(bytes([0x01, 0xDC]) + bytes(RNG.getrandbits(8) for _ in range(20))).decode()
    h += [("Thread-Index", tidx), ("Date", w.hdr(date_style))]
    if msgid is not None:
        h.append(("Message-ID", msgid))
    if in_reply_to:
        h += [("References", in_reply_to), ("In-Reply-To", in_reply_to)]
    h += [("Accept-Language", "%s, en-US" % lang if lang != "en-US" else "en-US"), ("Content-Language", lang),
          ("X-MS-Has-Attach", "yes" if attach else ""), ("X-MS-TNEF-Correlator", "")]
    if mailer:
        h.append(("X-Mailer", mailer))
    h += [("x-ms-exchange-organization-authas", "Internal"), ("x-ms-exchange-organization-authsource", ms_host("nam")),
          ("X-MS-Exchange-Organization-SCL", "-1"), ("MIME-Version", "1.0")]
    return assemble(h, body, nl)


def gmail(frm, subject, w, lines, to=HELP, cc=None, sig=None, quote_attr=None, quote_lines=None, dom="brightwellclinics.es",
          hops=6, auth=True, attach=None, msgid="auto", nl="\r\n", plain_cte=None, extra=None, in_reply_to=None):
    if msgid == "auto":
        msgid = gmail_msgid()
    text = "\n".join(lines)
    if sig:
        text += "\n\n-- \n" + "\n".join(sig)
    if quote_attr:
        text += "\n\n" + quote_attr + "\n\n" + quote_gt(quote_lines)
    nonascii = any(ord(c) > 127 for c in text)
    pc = plain_cte or ("quoted-printable" if nonascii else "7bit")
    t = leaf('text/plain; charset="UTF-8"', text, "utf-8", pc)
    hb = gmail_html(lines, quote_attr, quote_lines, sig)
    hh = leaf('text/html; charset="UTF-8"', hb, "utf-8", "quoted-printable" if (nonascii or len(max(hb.split("\n"), key=len)) > 76) else "7bit")
    bnd = "0000000000" + rhex(16)
    body = multi('multipart/alternative; boundary="%s"' % bnd, bnd, [t, hh])
    if attach:
        bnd2 = "0000000000" + rhex(16)
        body = multi('multipart/mixed; boundary="%s"' % bnd2, bnd2, [body] + attach)
    h = []
    addr = frm.split("<")[-1].rstrip(">")
    if auth:
        rec, ip = received_google(w, dom, hops)
        h += rec
        h += [("Authentication-Results", auth_results(dom, ip)[1])]
        h += [("Received-SPF", "Pass (protection.outlook.com: domain of %s\n designates %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=mail-sor-f41.google.com; pr=C" % (dom, ip, ip))]
        h += arc(dom, ip, addr)
        h += [dkim(dom, "google", "mime-version:from:date:message-id:subject:to:cc:content-type")]
    h += [("Return-Path", "<%s>" % addr)]
    h += list(extra or [])
    h += [("MIME-Version", "1.0"), ("From", frm), ("Date", w.hdr())]
    if msgid is not None:
        h.append(("Message-ID", msgid))
    if in_reply_to:
        h += [("References", in_reply_to), ("In-Reply-To", in_reply_to)]
    h += [("Subject", subject), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    return assemble(h, body, nl)


def iphone(frm, subject, w, lines, to=HELP_HDR, sig="Sent from my iPhone", cte="quoted-printable", msgid="auto",
           nl="\r\n", received=3, extra=None, ios="iPhone Mail (23D127)", charset="utf-8", in_reply_to=None, quote=None):
    dom = frm.split("@")[-1].rstrip(">")
    if msgid == "auto":
        msgid = apple_msgid(dom)
    text = "\n".join(lines)
    if sig:
        text += "\n\n" + sig
    if quote:
        text += "\n\n" + quote
    t = leaf("text/plain;\n\tcharset=%s" % charset, text, charset, cte)
    h = received_m365(w, received, "nam") if received else []
    h += list(extra or [])
    h += [("Content-Transfer-Encoding", None)]
    h = [x for x in h if x[1] is not None]
    h += [("From", frm), ("Mime-Version", "1.0 (1.0)"), ("Date", w.hdr()), ("Subject", subject)]
    if msgid is not None:
        h.append(("Message-Id", msgid))
    if in_reply_to:
        h += [("References", in_reply_to), ("In-Reply-To", in_reply_to)]
    h += [("To", to), ("X-Mailer", ios)]
    return assemble(h, t, nl)


def apple(frm, subject, w, lines, to=HELP, sig=None, msgid="auto", nl="\n", received=3, extra=None, attach=None, cc=None):
    dom = frm.split("@")[-1].rstrip(">")
    if msgid == "auto":
        msgid = apple_msgid(dom)
    text = "\n".join(lines + ([""] + sig if sig else []))
    bnd = "Apple-Mail=_%s-%s-%s-%s-%s" % (rAZ(8, "0123456789ABCDEF"), rAZ(4, "0123456789ABCDEF"), rAZ(4, "0123456789ABCDEF"), rAZ(4, "0123456789ABCDEF"), rAZ(12, "0123456789ABCDEF"))
    t = leaf("text/plain;\n\tcharset=utf-8", text, "utf-8", "quoted-printable")
    hb = apple_html(lines, sig)
    hh = leaf("text/html;\n\tcharset=utf-8", hb, "utf-8", "quoted-printable")
    body = multi('multipart/alternative;\n\tboundary="%s"' % bnd, bnd, [t, hh])
    if attach:
        bnd2 = bnd.replace("Apple-Mail=_", "Apple-Mail=_M")
        body = multi('multipart/mixed;\n\tboundary="%s"' % bnd2, bnd2, [body] + attach)
    h = received_m365(w, received, "nam") if received else []
    h += list(extra or [])
    h += [("From", frm)]
    h += [("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.500.181.1.5\\))"), ("Subject", subject), ("Date", w.hdr())]
    if cc:
        h.append(("Cc", cc))
    h += [("To", to)]
    if msgid is not None:
        h.append(("Message-Id", msgid))
    h += [("X-Mailer", "Apple Mail (2.3826.500.181.1.5)")]
    return assemble(h, body, nl)


def thunderbird(frm, subject, w, text, charset="UTF-8", codec="utf-8", cte="8bit", to=HELP, msgid="auto", nl="\n",
                received=3, extra=None, flowed=True, lang="en-US", attach=None, in_reply_to=None, ua=None):
    dom = frm.split("@")[-1].rstrip(">")
    if msgid == "auto":
        msgid = tb_msgid(dom)
    ct = "text/plain; charset=%s%s" % (charset, "; format=flowed" if flowed else "")
    body = leaf(ct, text, codec, cte)
    if attach:
        bnd = "------------" + rAZ(24, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
        body = multi('multipart/mixed; boundary="%s"' % bnd, bnd, [body] + attach, preamble="This is a multi-part message in MIME format.")
    h = received_m365(w, received, "eur") if received else []
    h += list(extra or [])
    if msgid is not None:
        h.append(("Message-ID", msgid))
    h += [("Date", w.hdr()), ("MIME-Version", "1.0"), ("User-Agent", ua or "Mozilla Thunderbird")]
    if in_reply_to:
        h += [("References", in_reply_to), ("In-Reply-To", in_reply_to)]
    h += [("Content-Language", lang), ("To", to), ("From", frm), ("Subject", subject)]
    return assemble(h, body, nl)


def attachment(ct, name, data, cte="base64", inline=False, cid=None, extra_params=""):
    disp = "%s; filename=\"%s\"" % ("inline" if inline else "attachment", name)
    if not inline:
        disp += "; size=%d" % len(data)
    ex = [("Content-Disposition", disp)]
    if cid:
        ex.append(("Content-ID", "<%s>" % cid))
    ex.append(("Content-Description", name))
    return leaf('%s; name="%s"%s' % (ct, name, extra_params), data, "utf-8", cte, ex)

# ----------------------------------------------------------------------------
# registry
# ----------------------------------------------------------------------------

MESSAGES = []


def add(raw, category, actions, article, language, fmt, notes=""):
    if category != "question":
        article = ""
    MESSAGES.append(dict(raw=raw, category=category, actions=actions, article=article,
                         language=language, format=fmt, notes=notes))


def L(s):
    """Multi-line literal -> list of lines (leading/trailing blank line removed)."""
    if s.startswith("\n"):
        s = s[1:]
    if s.endswith("\n"):
        s = s[:-1]
    return s.split("\n")


def smart(lines):
    """Word's AutoFormat: straight apostrophes become curly ones."""
    return [l.replace("'", "\u2019") for l in lines]


def owa(frm, subject, w, lines, to=HELP_HDR, cc=None, fwd=None, msgid="auto", received=3, nl="\r\n",
        charset="utf-8", cte="quoted-printable", extra=None, attach=None, lang="en-US", raw_subject=False):
    """New Outlook / Outlook on the web: elementToProof divs, optional forwarded/replied block."""
    if msgid == "auto":
        msgid = ms_msgid()
    txt = "\n".join(lines)
    style = 'font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);'
    hb = ['<html>', '<head>', '<meta http-equiv="Content-Type" content="text/html; charset=%s">' % charset,
          '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>', '</head>', '<body dir="ltr">']
    for l in lines:
        hb.append('<div class="elementToProof" style="%s">\n%s</div>' % (style, html.escape(l) if l else "<br>"))
    if fwd:
        hdr_lines, old = fwd
        txt += "\n\n________________________________\n" + "\n".join(hdr_lines) + "\n\n" + "\n".join(old)
        hb.append('<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">')
        hb.append('<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">%s</font>\n<div>&nbsp;</div>\n</div>' %
                  "<br>\n".join("<b>%s</b>%s" % (html.escape(h.split(":", 1)[0] + ":"), html.escape(h.split(":", 1)[1])) for h in hdr_lines))
        hb.append('<div dir="ltr">%s</div>' % "<br>\n".join(html.escape(l) for l in old))
    hb.append("</body>\n</html>\n")
    t = leaf('text/plain; charset="%s"' % charset, txt, charset, cte)
    hh = leaf('text/html; charset="%s"' % charset, "\n".join(hb), charset, cte)
    bnd = "_000_%s%s_" % (rAZ(16, "0123456789ABCDEF"), rAZ(12, "0123456789ABCDEF"))
    body = multi('multipart/alternative;\n\tboundary="%s"' % bnd, bnd, [t, hh])
    if attach:
        bnd2 = bnd.replace("_000_", "_004_")
        body = multi('multipart/mixed;\n\tboundary="%s"' % bnd2, bnd2, [body] + attach)
    h = received_m365(w, received) if received else []
    h += list(extra or [])
    h += [("From", frm), ("To", to)]
    if cc:
        h.append(("CC", cc))
    h += [("Subject", subject), ("Date", w.hdr())]
    if msgid is not None:
        h.append(("Message-ID", msgid))
    h += [("Accept-Language", "en-US"), ("Content-Language", lang), ("X-MS-Has-Attach", "yes" if attach else ""),
          ("X-MS-TNEF-Correlator", ""), ("msip_labels", ""), ("MIME-Version", "1.0")]
    return assemble(h, body, nl)


def newline_sig(*rows):
    return list(rows)

# ============================================================================
# QUESTIONS that an article answers
# ============================================================================

# --- en support-hours (no word "hours"), Outlook HTML-only, cp1252 QP, long signature + disclaimer
w = When(2026, 1, 22, 16, 47, 12, "us-e")
body = smart(L("""
Hi team,

Quick one from the Raleigh contact centre. From February we're starting Saturday morning phone screens for the new Patient Access reps (8am–12pm ET), and a couple of my agents also book screens late on weeknights after the evening shift finishes.

If something goes wrong in GoodTime at, say, 7:30 on a Saturday morning – a link not working, a screen we can't get booked – is there actually anyone on the GoodTime side who will pick that up, or are we on our own until Monday? I want to put the right instructions in our weekend runbook.

Thanks,
Alyssa

""")) + [
    "Alyssa Moreno | Call Centre Team Lead – Patient Access",
    "Brightwell Clinics | Raleigh Contact Centre",
    "4300 Six Forks Rd, Suite 210, Raleigh, NC 27609",
    "T: +1 919 555 0142 | M: +1 919 555 0187",
    "Caring closer to home.",
    "",
    DISC_EN,
]
add(outlook("Alyssa Moreno <alyssa.moreno@brightwellclinics.com>", "Saturday screens - who do we call if GoodTime breaks?", w, body,
            html_only=True, received=3),
    "question", "auto_reply", "support-hours", "en",
    "outlook-html-only;quoted-printable;windows-1252;long-signature;disclaimer",
    "asks for weekend cover without saying hours")

# --- en contact-csm (no letters CSM), reply on top of unrelated thread, Outlook alt
w = When(2026, 2, 11, 9, 26, 40, "uk")
top = smart(L("""
Hi both,

Slightly different question while I have you. For the September assessment centres I'd like to get some time with whoever looks after us on the GoodTime side – the person who'd advise on how to set up big multi-candidate days, not the support desk. I don't have a name or an email for them.

Is there a way to get a meeting in their calendar directly, or does that have to go through you?

Thanks!
Rachel

Rachel Tan
Graduate Programme Coordinator | Early Careers
Brightwell Clinics | Head Office, 1 Bankside, London SE1 9BG
T: +44 20 7946 0815
"""))
old_hdr = ("Aisha Khan <aisha.khan@brightwellclinics.com>", "Tuesday, February 10, 2026 11:03 AM",
           "Rachel Tan <rachel.tan@brightwellclinics.com>", "RE: Grad assessment centre - room list")
old = smart(L("""
Hi Rachel,

I've got the 4th floor rooms held for 14–16 Sept. The Thames room is out because of the refurb, so we'll use Southwark 1 and 2 for the group exercise instead. I'll confirm the breakout rooms by Friday.

Aisha
"""))
txt = top + ["", "From: %s" % old_hdr[0], "Sent: %s" % old_hdr[1], "To: %s" % old_hdr[2],
             "Cc: GoodTime Help Line <helpline@brightwellclinics.com>", "Subject: %s" % old_hdr[3], ""] + old
htm = top + [mso_quote_block(old_hdr[0], old_hdr[1], old_hdr[2], old_hdr[3], cc=HELP_HDR)] + old
add(outlook("Rachel Tan <rachel.tan@brightwellclinics.com>", "RE: Grad assessment centre - room list", w, txt, htm,
            to="Aisha Khan <aisha.khan@brightwellclinics.com>", cc=HELP_HDR, reply=True, body_lang="EN-GB", lang="en-GB",
            in_reply_to=ms_msgid()),
    "question", "auto_reply", "contact-csm", "en",
    "outlook-alt;quoted-printable;reply-on-top;outlook-quote-header;misleading-subject;helpline-in-cc",
    "wants the account's success manager without saying CSM")

# --- en chat-bubble, iPhone, lowercase, typos
w = When(2026, 3, 2, 7, 52, 3, "us-e")
add(iphone("Beth Kowalski <beth.kowalski@brightwellclinics.com>", "chat??", w, L("""
everyone keeps saying just ping goodtime on the chat but where is it?? i dont see a chat button anywhere. i'm on the page where you put your email in to sign in. is it a setting i need turned on
"""), cte="7bit", charset="us-ascii"),
    "question", "auto_reply", "chat-bubble", "en", "iphone-plain;7bit;lowercase;typos;sent-from-iphone",
    "cannot find chat; not logged in yet")

# --- en reschedule-interview, Outlook for Mac style one-liner
w = When(2026, 1, 20, 13, 5, 51, "us-c")
lines = L("""
hey - candidate for the Austin MA role wants to move from tue to thurs. can i just drag the invite in my outlook cal or does it have to be done in goodtime? dont want to break anything

j
""")
add(owa("Jordan Kim <jordan.kim@brightwellclinics.com>", "moving an interview", w, lines, charset="us-ascii", cte="7bit",
        extra=[("User-Agent", "Microsoft-MacOutlook/16.93.25011212")]),
    "question", "auto_reply", "reschedule-interview", "en", "outlook-mac-alt;7bit;us-ascii;lowercase;terse",
    "drag in calendar vs GoodTime")

# --- en debrief-scheduling, Outlook for iOS, base64 both parts
w = When(2026, 2, 13, 21, 38, 9, "us-c")
lines = L("""
Hi,

We're doing onsite loops for the two charge nurse openings next week (4 interviewers each). After each candidate's loop I'd like the interviewers, the recruiter and me to get together the next morning for 30 min to compare notes and decide.

Can GoodTime book that for us off the back of the interviews? And I want to be sure the candidate doesn't get an invite or any email about that meeting - at my last hospital that happened once and it was awkward.

Thanks
Luis

Get Outlook for iOS
""")
bnd = "_000_%s_" % rAZ(40, "0123456789ABCDEF")
hb = '<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div dir="ltr">' + \
     "".join("<div>%s</div>" % (html.escape(l) if l else "<br>") for l in lines[:-1]) + \
     '</div><div class="ms-outlook-mobile-signature"><div dir="ltr">Get <a href="https://aka.ms/o0ukef">Outlook for iOS</a></div></div></body></html>'
node = multi('multipart/alternative;\n\tboundary="%s"' % bnd, bnd, [
    leaf('text/plain; charset="utf-8"', "\n".join(lines), "utf-8", "base64"),
    leaf('text/html; charset="utf-8"', hb, "utf-8", "base64")])
h = received_m365(w, 4) + [("From", "Luis Ortega <luis.ortega@brightwellclinics.com>"), ("To", HELP_HDR),
     ("Subject", "Charge nurse onsites - get everyone together after?"), ("Date", w.hdr()), ("Message-ID", ms_msgid()),
     ("Accept-Language", "en-US"), ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""), ("MIME-Version", "1.0")]
add(assemble(h, node), "question", "auto_reply", "debrief-scheduling", "en",
    "outlook-ios-alt;base64;utf-8;get-outlook-for-ios;night", "post-loop meeting, candidate must not be invited")

# --- en interviewer-training, rambling, question in 3rd paragraph, Outlook HTML-only cp1252 + disclaimer
w = When(2026, 3, 4, 12, 14, 22, "uk")
body = smart(L("""
Hi all,

Hope you're well. It's been a busy few weeks at the Leeds lab – the histology expansion goes live in May and we're hiring six lab technicians between now and the summer, so there'll be a lot of interviews coming your way (sorry in advance to whoever coordinates these!).

On top of that, two new Biomedical Scientists have joined us, Kieran and Fatima, who are both great and who I'd like to get involved in the technician interviews. Neither of them has interviewed before though, and I don't want to throw them in at the deep end with candidates.

What I had in mind: they each sit in and watch a couple of interviews run by me or Steve, then they run one themselves with one of us in the room giving feedback afterwards, and after that they join the normal rotation. Is that something GoodTime can handle by itself when it books the interviews, or will I need to ask the coordinator to add them by hand every time?

Many thanks,
Hannah

Hannah Lowe
Laboratory Operations Lead
Brightwell Diagnostics – Leeds Laboratory
Unit 4, Thorpe Park View, Leeds LS15 8GB
T: +44 113 496 0731

""")) + [DISC_EN]
add(outlook("Hannah Lowe <hannah.lowe@brightwellclinics.com>", "New BMS starters + interviews", w, body, html_only=True,
            body_lang="EN-GB", lang="en-GB", received=4),
    "question", "auto_reply", "interviewer-training", "en",
    "outlook-html-only;quoted-printable;windows-1252;rambling;question-in-third-paragraph;disclaimer",
    "shadow then reverse shadow without naming it")

# --- en contact-support via web form mailer (no Message-ID) -> must reach a person
w = When(2026, 3, 9, 15, 42, 31, "az")
body = """A new request was submitted through the GoodTime Help Line form on the Brightwell intranet.

Submitted:   2026-03-09 15:42 (MST)
Name:        Emily Rhodes
Email:       emily.rhodes@brightwellclinics.com
Role:        Practice Manager
Location:    Phoenix - Camelback Clinic
Topic:       Other / not sure
Urgency:     Normal

Message:
Our coordinator is out this week and I'd like to contact GoodTime's own support people directly about a couple of things. What's the best way to get hold of them? Is there a phone number I can ring or is it email only?

Attachments: none

--
This message was generated automatically by Brightwell Intranet Forms. Do not reply to this address; reply to the requester (Reply-To) instead.
"""
h = received_m365(w, 2, ext=("forms-app01.brightwellclinics.com", "10.40.12.18", "BN1PEPF0000%04X.mail.protection.outlook.com" % RNG.randint(0, 65535))) + [
    ("From", "Brightwell Help Line Form <no-reply@forms.brightwellclinics.com>"), ("Reply-To", "Emily Rhodes <emily.rhodes@brightwellclinics.com>"),
    ("To", HELP), ("Subject", "[Help Line Web Form] New submission #20417 - GoodTime"), ("Date", w.hdr()),
    ("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"), ("X-Mailer", "Brightwell Intranet Forms 3.2"),
    ("MIME-Version", "1.0")]
add(assemble(h, leaf("text/plain; charset=us-ascii", body, "ascii", "7bit")), "question", "forward_support|needs_review",
    "contact-support", "en", "form-mailer;auto-generated;no-reply;reply-to;no-message-id;7bit",
    "web form: how to reach Support, phone?")

# --- de calendar-sync, Outlook alt, Q-encoded ISO-8859-1 subject
w = When(2026, 1, 19, 8, 41, 55, "cet")
txt = L("""
Hallo zusammen,

ich musste letzte Woche mein Windows-Passwort ändern und seitdem schlägt GoodTime mich für Gespräche vor, obwohl mein Outlook-Kalender an den Tagen eigentlich voll ist (Dienstag und Donnerstag z. B. komplett mit Terminen belegt). Ein Bewerber hat schon einen Slot bekommen, der sich mit meinem Teammeeting überschneidet.

Muss ich da in GoodTime irgendwas neu verbinden oder freigeben? Ich weiß nicht, wo ich das mache.

Danke und viele Grüße
Julia Becker

Julia Becker
Recruiterin | Talent Acquisition Deutschland
Brightwell Clinics Deutschland GmbH | Standort Hamburg-Eppendorf
Tel.: +49 40 5550 3182
""")
add(outlook("Julia Becker <julia.becker@brightwellclinics.de>", ew("Kalender nach Passwortänderung: neu verbinden?", "iso-8859-1", "Q"),
            w, txt, cs="iso-8859-1", codec="latin-1", lang="de-DE", body_lang="DE", topic="Kalender nach Passwortänderung: neu verbinden?"),
    "question", "auto_reply", "calendar-sync", "de", "outlook-alt;quoted-printable;iso-8859-1;rfc2047-q-iso-8859-1",
    "calendar shows free after password change")

# --- de interviewer-load-balancing, iPhone, raw UTF-8 8bit subject, Von meinem iPhone gesendet
w = When(2026, 2, 5, 19, 12, 44, "cet")
add(iphone("Stefan Wagner <stefan.wagner@brightwellclinics.de>", "Zu viele Gespräche bei Dr. Kaya – kann man das begrenzen?", w, L("""
Hallo,

bei uns in München landet gefühlt jedes zweite Bewerbungsgespräch bei Dr. Kaya, obwohl im Pool für die MFA-Gespräche noch drei andere Kolleginnen drin sind. Sie hat diese Woche sieben Gespräche neben der Sprechstunde, das geht so nicht weiter.

Kann man irgendwo einstellen, dass jemand max. 2-3 Gespräche pro Woche bekommt und der Rest auf die anderen verteilt wird?

Gruß
Stefan Wagner
"""), sig="Von meinem iPhone gesendet", cte="8bit", received=5),
    "question", "auto_reply", "interviewer-load-balancing", "de",
    "iphone-plain;8bit;raw-utf8-subject;von-meinem-iphone;received-5",
    "cap interviews per week")

# --- de contact-support (phone?), B-encoded UTF-8 From, Q subject, base64 body, long signature + disclaimer
w = When(2026, 3, 10, 10, 3, 17, "cet")
txt = L("""
Hallo liebes Projektteam,

kurze Frage: Gibt es beim GoodTime-Support eigentlich eine Telefonnummer bzw. Hotline, die man anrufen kann, wenn es brennt? Ich habe auf die Schnelle nichts gefunden. Und falls nicht – was ist der schnellste Weg, die Leute dort zu erreichen?

Vielen Dank!
Özlem

Özlem Yıldız
Recruiterin Pflege & Medizin
Brightwell Clinics Deutschland GmbH
Standort Köln-Ehrenfeld | Venloer Str. 301 | 50823 Köln
Tel.: +49 221 5550 7714 | Mobil: +49 151 5550 2208
www.brightwellclinics.de

""") + [DISC_DE]
add(outlook(ew("Özlem Yıldız", "UTF-8", "B") + " <oezlem.yildiz@brightwellclinics.de>",
            ew("Telefonnummer vom GoodTime-Support – gibt's eine?", "UTF-8", "Q"), w, txt,
            cs="utf-8", codec="utf-8", cte="base64", lang="de-DE", body_lang="DE", topic="Telefonnummer vom GoodTime-Support – gibt's eine?"),
    "question", "auto_reply", "contact-support", "de",
    "outlook-alt;base64;utf-8;rfc2047-b-from;rfc2047-q-subject;long-signature;disclaimer",
    "asks for a hotline number")

# --- de permissions-roles, Thunderbird, ISO-8859-15 8bit, Q subject split mid-word, Message-ID without brackets
w = When(2026, 1, 14, 14, 27, 9, "cet")
text = """Hallo,

ich bin seit Anfang des Monats als Koordinatorin im Labor Frankfurt und
arbeite mich gerade in GoodTime ein. Mir ist aufgefallen, dass meine
Kollegin Frau Albrecht deutlich mehr sieht als ich, z. B. den Bereich, in
dem man die Interviewer-Pools und Vorlagen pflegt. Bei mir fehlt das komplett.

Liegt das an meiner Rolle bzw. meinen Berechtigungen? Und wer ist bei uns
dafür zuständig, die Rechte zu vergeben?

Viele Grüße
Mareike Jürgens

-- 
Mareike Jürgens
Koordination Recruiting | Brightwell Diagnostik Labor Frankfurt
Brightwell Clinics Deutschland GmbH
"""
add(thunderbird("Mareike =?iso-8859-1?Q?J=FCrgens?= <mareike.juergens@brightwellclinics.de>",
                ew_at("Warum sehe ich weniger Menüpunkte als meine Kollegin?", [24], "iso-8859-1", "Q"),
                w, text, charset="ISO-8859-15", codec="iso8859_15", cte="8bit", lang="de-DE",
                msgid=tb_msgid("brightwellclinics.de")[1:-1]),
    "question", "auto_reply", "permissions-roles", "de",
    "thunderbird;8bit;iso-8859-15;format-flowed;rfc2047-q-split-mid-word;message-id-no-brackets;lf-line-endings",
    "sees fewer menus than colleague")

# --- de candidate-reminders, reply on top of unrelated thread (Von/Gesendet/An/Betreff)
w = When(2026, 3, 4, 11, 55, 2, "cet")
top = L("""
Hallo zusammen,

noch ein anderes Thema, weil es gerade passt: Wir hatten in den letzten zwei Wochen in Köln vier Bewerberinnen für die MFA-Stellen, die einfach nicht zum Gespräch erschienen sind. Schickt GoodTime den Kandidatinnen vorher eigentlich automatisch eine Erinnerung? Und kann ich die Terminbestätigung bei Bedarf auch selbst nochmal verschicken, z. B. am Vortag?

Danke euch!
Katrin

Katrin Hoffmann
HR Business Partnerin West
Brightwell Clinics Deutschland GmbH | Köln
""")
qh = ("Tobias Krüger <tobias.krueger@brightwellclinics.de>", "Montag, 2. März 2026 16:20",
      "Katrin Hoffmann <katrin.hoffmann@brightwellclinics.de>", "Hospitationstage MFA – Planung Q2")
old = L("""
Hi Katrin,

anbei wie besprochen die Termine für die Hospitationstage im April (Köln: 14.04. und 21.04., Hamburg: 16.04.). Gib mir bitte Bescheid, ob die Praxisleitungen zugestimmt haben.

Gruß
Tobias
""")
txt = top + ["", "Von: %s" % qh[0], "Gesendet: %s" % qh[1], "An: %s" % qh[2], "Cc: GoodTime Help Line <helpline@brightwellclinics.com>",
             "Betreff: %s" % qh[3], ""] + old
htm = top + [mso_quote_block(qh[0], qh[1], qh[2], qh[3], labels=("Von", "Gesendet", "An", "Betreff"), cc=HELP_HDR)] + old
add(outlook("Katrin Hoffmann <katrin.hoffmann@brightwellclinics.de>", "AW: Hospitationstage MFA - Planung Q2", w, txt, htm,
            to="Tobias Krüger <tobias.krueger@brightwellclinics.de>".encode("utf-8").decode("utf-8").replace("ü", "ue"), cc=HELP_HDR,
            lang="de-DE", body_lang="DE", reply=True, in_reply_to=ms_msgid()),
    "question", "auto_reply", "candidate-reminders", "de",
    "outlook-alt;quoted-printable;windows-1252;reply-on-top;outlook-quote-header-de;misleading-subject;helpline-in-cc",
    "no-shows: does GoodTime remind candidates")

# --- es candidate-availability-request, Gmail (Workspace), DKIM/ARC/auth, 7 Received
w = When(2026, 1, 27, 10, 18, 26, "cet")
add(gmail("=?UTF-8?Q?Luc=C3=ADa_Fern=C3=A1ndez?= <lucia.fernandez@brightwellclinics.es>", "Pedir disponibilidad a candidatos", w, L("""
Hola,

Hasta ahora, cuando tengo que cuadrar una entrevista, le escribo al candidato por correo para que me diga qué días y horas le vienen bien, y luego voy mirando los calendarios de las doctoras a mano. Me han dicho que con GoodTime se puede hacer de otra forma.

¿Cómo se hace para que el propio candidato marque los huecos que tiene libres la semana que viene? ¿Y dónde veo después lo que ha marcado?

Gracias,
Lucía
"""), sig=["Lucía Fernández", "Reclutadora · Talent Acquisition España", "Brightwell Clinics España · Madrid-Chamberí", "+34 910 55 41 27"], hops=7),
    "question", "auto_reply", "candidate-availability-request", "es",
    "gmail-alt;quoted-printable;utf-8;received-7;dkim;arc;authentication-results;rfc2047-q-from",
    "candidate marks free slots")

# --- es self-scheduling-link, iPhone, Enviado desde mi iPhone
w = When(2026, 2, 18, 8, 5, 37, "cet")
add(iphone("Javier Ruiz <javier.ruiz@brightwellclinics.es>", "Candidata no ve horarios en el enlace", w, L("""
Buenas,

ayer le mandé a una candidata el enlace para que elija ella la hora de la entrevista telefónica y me dice que le sale vacío, sin ningún horario. Solo le puse jueves y viernes porque iba con prisa.

¿Puede ser por eso? ¿Qué tengo que revisar antes de volver a mandárselo?

Gracias
"""), sig="Enviado desde mi iPhone", received=4),
    "question", "auto_reply", "self-scheduling-link", "es", "iphone-plain;quoted-printable;utf-8;enviado-desde-mi-iphone",
    "self-booking link shows no slots")

# --- es support-hours, Outlook HTML-only cp1252, RAW windows-1252 Subject and From, disclaimer
w = When(2026, 3, 6, 13, 40, 58, "cet")
body = L("""
Hola,

En la clínica de Sevilla hacemos entrevistas algunos sábados por la mañana para cubrir las plazas de enfermería de verano. Si un sábado falla algo con GoodTime (un enlace que no funciona, una entrevista que no aparece…), ¿hay alguien en el soporte de GoodTime que nos pueda ayudar en ese momento o tenemos que esperar al lunes?

Y otra cosa: ¿sabéis cuánto suelen tardar en responder?

Un saludo,
María José

María José Núñez Ortega
Responsable de Clínica · Sevilla-Nervión
Brightwell Clinics España, S.L.
Tel. +34 954 55 80 12

""") + [DISC_ES]
add(outlook("María José Núñez <mariajose.nunez@brightwellclinics.es>".encode("cp1252"),
            "¿GoodTime atiende los sábados y por la noche?".encode("cp1252"), w, body, html_only=True, lang="es-ES",
            body_lang="ES", topic="GoodTime".encode(), received=3),
    "question", "auto_reply", "support-hours", "es",
    "outlook-html-only;quoted-printable;windows-1252;raw-cp1252-subject;raw-cp1252-from;disclaimer",
    "weekend support and response time")

# --- es conference-links, Gmail forward of an invite (Mensaje reenviado)
w = When(2026, 3, 9, 17, 20, 4, "cet")
top = L("""
Hola, os reenvío la invitación de una entrevista que tengo el jueves. Como veis no viene ningún enlace de Teams, y me pasa con todas: siempre tengo que pedírselo a la reclutadora el mismo día.

¿Cómo se configura para que el enlace salga solo en la invitación?

Gracias,
Carmen
""")
fwd = L("""
---------- Mensaje reenviado ---------
De: GoodTime <notifications@goodtime.io>
Date: lun, 9 mar 2026 a las 9:02
Subject: Entrevista: Enfermero/a de quirófano - Pablo Herrera
To: <carmen.ibanez@brightwellclinics.es>


Hola Carmen:

Tienes una entrevista programada.

Candidato: Pablo Herrera
Puesto: Enfermero/a de quirófano – Clínica Madrid-Chamberí
Fecha: jueves, 12 de marzo de 2026, 10:00 – 10:45 (CET)
Ubicación: Videollamada
Entrevistadores: Carmen Ibáñez, Lucía Fernández

Añadir al calendario
""")
add(gmail("=?UTF-8?B?Q2FybWVuIEliw6HDsWV6?= <carmen.ibanez@brightwellclinics.es>", "Fwd: Entrevista: Enfermero/a de quirófano - Pablo Herrera", w,
          top + [""] + fwd, hops=6, attach=[attachment("application/ics", "invite.ics", ics("REQUEST", "Entrevista: Enfermero/a de quirófano - Pablo Herrera",
              '"GoodTime":mailto:notifications@goodtime.io', "carmen.ibanez@brightwellclinics.es", "20260312T090000Z", "20260312T094500Z",
              "gt-%s@goodtime.io" % rhex(24), loc="Videollamada", lang="es"))]),
    "question", "auto_reply", "conference-links", "es",
    "gmail-alt;quoted-printable;forwarded-gmail-es;ics-attachment;received-6;dkim;arc;rfc2047-b-from",
    "how to get Teams link on invites automatically")

# --- es cancel-interview, Outlook alt base64, B-encoded subject split into chunks
w = When(2026, 2, 12, 9, 31, 45, "cet")
txt = L("""
Buenos días:

El candidato para el puesto de recepcionista en la clínica de Alcobendas nos ha escrito esta mañana para decir que retira su candidatura (ha aceptado otra oferta). Tenía la entrevista con la responsable de la clínica el martes que viene.

¿Basta con que borre el evento de mi calendario de Outlook o tengo que hacer algo más en GoodTime para que no les lleguen avisos ni a él ni a la entrevistadora?

Muchas gracias,
Álvaro

Álvaro Gómez Prieto
Coordinador de Selección · Madrid
Brightwell Clinics España
""")
subj = "Candidato retirado: ¿borro la entrevista del calendario?"
add(outlook("=?utf-8?B?w4FsdmFybyBHw7NtZXo=?= <alvaro.gomez@brightwellclinics.es>", ew_chunks(subj, "utf-8", "B", 19), w, txt,
            cs="utf-8", codec="utf-8", cte="base64", lang="es-ES", body_lang="ES", topic=subj),
    "question", "auto_reply", "cancel-interview", "es",
    "outlook-alt;base64;utf-8;rfc2047-b-split-mid-word;rfc2047-b-from", "withdrawn candidate, delete event?")

# --- fr product-board, Apple Mail alt
w = When(2026, 1, 23, 9, 47, 30, "cet")
add(apple("Camille Durand <camille.durand@brightwellclinics.com>", "=?utf-8?Q?O=C3=B9_remonter_nos_id=C3=A9es_d=27am=C3=A9lioration_=3F?=", w, L("""
Bonjour,

En réunion d’équipe hier, on s’est rendu compte qu’on a tous deux ou trois petites idées pour rendre GoodTime plus pratique au quotidien (côté invitations surtout). Pour l’instant elles restent dans nos têtes…

Est-ce qu’il existe un endroit officiel où on peut les proposer à GoodTime ? Et est-ce qu’on peut voir ce que d’autres clients ont déjà demandé, pour éviter les doublons ?

Merci d’avance,
Camille
"""), sig=["Camille Durand", "Chargée de recrutement – Lyon", "Brightwell Clinics"], to=HELP_HDR),
    "question", "auto_reply", "product-board", "fr", "apple-mail-alt;quoted-printable;utf-8;rfc2047-q-subject;lf-line-endings",
    "where to submit ideas, see others'")

# --- fr time-zones, Outlook HTML-only cp1252
w = When(2026, 3, 10, 15, 22, 16, "cet")
body = smart(L("""
Bonjour,

Je dois organiser un entretien en visio entre un médecin de notre centre de Paris 15e et un candidat qui vit actuellement à Montréal (il revient en France cet été).

Comment je m'assure que le candidat voit bien l'heure de chez lui, et pas l'heure de Paris, dans ce qu'il reçoit ? Et comme le changement d'heure n'a pas lieu le même week-end au Canada et chez nous, y a-t-il quelque chose de particulier à vérifier pour un entretien fin mars ?

Merci,
Théo

Théo Lefèvre
Coordinateur recrutement – Île-de-France
Brightwell Clinics | 42 rue de la Convention, 75015 Paris
"""))
add(outlook("=?iso-8859-1?Q?Th=E9o_Lef=E8vre?= <theo.lefevre@brightwellclinics.com>", "Candidat au Canada - =?iso-8859-1?Q?d=E9calage?= horaire",
            w, body, html_only=True, lang="fr-FR", body_lang="FR", topic="Candidat au Canada - décalage horaire"),
    "question", "auto_reply", "time-zones", "fr",
    "outlook-html-only;quoted-printable;windows-1252;rfc2047-q-iso-8859-1;mixed-encoded-words",
    "candidate in Montreal, DST mismatch")

# --- fr candidate-itinerary, Thunderbird, iso-8859-1 QP
w = When(2026, 2, 16, 16, 5, 41, "cet")
text = """Bonjour,

Une candidate qui vient demain pour sa journée d'entretiens (poste de
responsable de site, Paris 8e) vient de m'appeler : elle n'a jamais reçu le
mail avec le programme de la journée, les horaires et les noms des personnes
qu'elle va rencontrer.

Comment est-ce que je peux le lui renvoyer depuis GoodTime ?

Bien cordialement,

-- 
Anaïs Roux
Assistante de direction - Direction des opérations France
Brightwell Clinics
"""
add(thunderbird("=?ISO-8859-1?Q?Ana=EFs_Roux?= <anais.roux@brightwellclinics.com>", ew("Renvoyer le récapitulatif à une candidate", "ISO-8859-1", "Q"),
                w, text, charset="ISO-8859-1", codec="latin-1", cte="quoted-printable", lang="fr", flowed=False),
    "question", "auto_reply", "candidate-itinerary", "fr",
    "thunderbird;quoted-printable;iso-8859-1;rfc2047-q-iso-8859-1;lf-line-endings", "resend day programme to candidate")

# --- fr interviewer-decline, iPhone base64, reply on top with > quote about something else
w = When(2026, 2, 4, 7, 41, 19, "cet")
q = L("""
Le 2 févr. 2026 à 14:10, Nicolas Bernard <nicolas.bernard@brightwellclinics.com> a écrit :

Bonjour Mathieu,
Voici le planning prévisionnel des entretiens infirmiers de février. Les salles sont réservées au 2e étage, sauf le 26 où on sera en salle B.
Bonne journée,
Nicolas
""")
add(iphone("Mathieu Girard <mathieu.girard@brightwellclinics.com>", "Re: Planning des entretiens infirmiers =?utf-8?Q?=E2=80=93?= Lille", w, L("""
Bonjour,

Autre sujet : le Dr Vasseur vient de refuser l'invitation pour l'entretien du 19 février (poste d'IDE de jour), il sera en congé ce jour-là.

Je fais quoi dans ce cas ? Je cherche quelqu'un pour le remplacer ou il faut décaler l'entretien avec la candidate ?

Mathieu
"""), sig="Envoyé de mon iPhone", cte="base64", quote=quote_gt(q), in_reply_to=apple_msgid(), received=3),
    "question", "auto_reply", "interviewer-decline", "fr",
    "iphone-plain;base64;utf-8;reply-on-top;gt-quote;envoye-de-mon-iphone", "doctor declined interview in two weeks")

# --- fr add-interviewer-to-pool, RAW UTF-8 Subject + From, Outlook HTML-only base64 utf-8
w = When(2026, 2, 26, 10, 12, 8, "cet")
body = L("""
Bonjour à tous,

Sabrina Mercier a rejoint le centre de Paris 15e lundi en tant qu’infirmière coordinatrice. Elle a déjà une bonne expérience du recrutement dans son ancien poste et va mener des entretiens infirmiers avec nous dès le mois prochain.

Que faut-il faire pour qu’elle fasse partie des personnes que GoodTime propose pour les entretiens IDE ? Elle a bien son compte Brightwell et son agenda Outlook.

Bonne journée,
Hélène

Hélène Moreau
Responsable Ressources Humaines – Île-de-France
Brightwell Clinics
""")
add(outlook("Hélène Moreau <helene.moreau@brightwellclinics.com>", "Ajouter notre nouvelle infirmière coordinatrice aux entretiens « IDE »",
            w, body, html_only=True, cs="utf-8", codec="utf-8", cte="base64", lang="fr-FR", body_lang="FR",
            topic="Ajouter notre nouvelle infirmière coordinatrice aux entretiens « IDE »"),
    "question", "auto_reply", "add-interviewer-to-pool", "fr",
    "outlook-html-only;base64;utf-8;raw-utf8-subject;raw-utf8-from", "new nurse coordinator as interviewer")

# --- pt internal-project-team, Outlook alt cp1252 QP
w = When(2026, 1, 12, 9, 50, 33, "pt")
txt = L("""
Olá a todos,

Entrei há duas semanas na equipa de recrutamento de Lisboa e ainda estou a perceber como funcionam as coisas com o GoodTime. O meu colega disse-me para escrever para este endereço quando tiver dúvidas, mas não percebi bem: isto é o suporte da própria GoodTime ou é uma equipa nossa? E que tipo de coisas devo enviar para aqui?

Obrigado,
João Carvalho
Recrutador | Brightwell Clinics Portugal
""")
add(outlook("=?iso-8859-1?Q?Jo=E3o_Carvalho?= <joao.carvalho@brightwellclinics.pt>", "Novo na equipa - o que posso perguntar aqui?", w, txt,
            lang="pt-PT", body_lang="PT"),
    "question", "auto_reply", "internal-project-team", "pt", "outlook-alt;quoted-printable;windows-1252;rfc2047-q-from",
    "what is this help line for")

# --- pt escalation-path, new Outlook alt
w = When(2026, 1, 21, 11, 22, 50, "pt")
add(owa("Tiago Sousa <tiago.sousa@brightwellclinics.pt>", "=?utf-8?Q?D=C3=BAvida=2C_erro_e_sugest=C3=A3o_=E2=80=93_para_onde_mando_cada_coisa=3F?=", w, L("""
Bom dia,

Tenho três coisas pendentes relacionadas com o GoodTime e não sei bem para onde deve ir cada uma:
1) uma dúvida sobre como usamos aqui os filtros dos relatórios,
2) uma coisa que me parece um erro (um ecrã que às vezes fica em branco),
3) uma ideia para melhorar o produto.

Qual é o circuito certo? Mando tudo para aqui, ou há outros canais para algumas destas coisas?

Cumprimentos,
Tiago Sousa
Analista de Dados · Lisboa
"""), lang="pt-PT"),
    "question", "auto_reply", "escalation-path", "pt", "new-outlook-alt;quoted-printable;utf-8;rfc2047-q-subject",
    "which channel for doubt, bug, idea")

# --- pt panel-interviews, Outlook HTML-only cp1252, RAW cp1252 subject
w = When(2026, 2, 3, 14, 36, 7, "pt")
body = L("""
Olá,

Para a vaga de enfermeira-chefe no Porto, a candidata tem de passar por três conversas no mesmo dia: direção clínica, direção de enfermagem e recursos humanos, com uma pausa para almoço a meio.

Como é que faço isto no GoodTime de uma só vez, em vez de marcar as três separadamente? E se não aparecer nenhuma opção em que todos estejam livres, o que posso experimentar?

Obrigada,
Inês Rodrigues
Coordenadora de Recrutamento – Porto
Brightwell Clinics Portugal, Lda.
""")
add(outlook("Inês Rodrigues <ines.rodrigues@brightwellclinics.pt>".encode("cp1252"), "Marcação de três entrevistas seguidas para a mesma candidata".encode("cp1252"),
            w, body, html_only=True, lang="pt-PT", body_lang="PT", topic=b"Marca\xe7\xe3o de tr\xeas entrevistas seguidas para a mesma candidata"),
    "question", "auto_reply", "panel-interviews", "pt", "outlook-html-only;quoted-printable;windows-1252;raw-cp1252-subject;raw-cp1252-from",
    "three back-to-back interviews with lunch")

# --- pt ats-integration, iPhone, Enviado do meu iPhone, Q subject
w = When(2026, 2, 19, 12, 3, 28, "pt")
add(iphone("Mariana Costa <mariana.costa@brightwellclinics.pt>", "=?utf-8?Q?Candidata_n=C3=A3o_aparece_no_GoodTime?=", w, L("""
Olá, passei agora mesmo uma candidata para a fase de entrevista no ATS (há uns 5 min) e ela ainda não aparece no GoodTime para agendar. Tenho de a criar também no GoodTime à mão? Não quero duplicar nada.
"""), sig="Enviado do meu iPhone", received=3),
    "question", "auto_reply", "ats-integration", "pt", "iphone-plain;quoted-printable;utf-8;rfc2047-q-subject;enviado-do-meu-iphone",
    "candidate moved in ATS not yet in GoodTime")

# --- pt interview-templates, Outlook alt base64 iso-8859-1
w = When(2026, 2, 27, 15, 10, 54, "pt")
txt = L("""
Boa tarde,

Sempre que marcamos a entrevista para técnico de radiologia, o GoodTime propõe 30 minutos, quando devia ser de 45 (inclui a parte prática com o equipamento). Até agora a minha equipa tem alterado à mão, candidato a candidato.

Há forma de corrigir isto de uma vez para todos os próximos candidatos? E quem é que pode fazer essa alteração?

Obrigada,
Ana Sofia Lopes
Gestora de Clínica - Lisboa Alvalade
Brightwell Clinics Portugal
""")
add(outlook("Ana Sofia Lopes <anasofia.lopes@brightwellclinics.pt>", "Entrevista de =?iso-8859-1?Q?t=E9cnico?= de radiologia sempre com 30 minutos",
            w, txt, cs="iso-8859-1", codec="latin-1", cte="base64", lang="pt-PT", body_lang="PT",
            topic="Entrevista de técnico de radiologia sempre com 30 minutos"),
    "question", "auto_reply", "interview-templates", "pt", "outlook-alt;base64;iso-8859-1;rfc2047-q-partial",
    "wrong default duration every time")

# ============================================================================
# QUESTIONS no article answers
# ============================================================================

# --- en data hosting / compliance, new Outlook forward + PDF questionnaire, long folded subject
w = When(2026, 2, 18, 8, 57, 14, "us-e")
pdf = pdf_doc(["Brightwell Clinics - Annual Vendor Risk Review 2026", "Vendor: GoodTime", "Section 4: Data location and transfers",
               "4.1 Region(s) where candidate and employee data is hosted: ____", "4.2 EU data kept in EU (DE, ES, FR, PT)? Y / N",
               "4.3 Current SOC 2 Type II report available? Y / N", "Owner: Privacy & Compliance"])
add(owa("Priya Raman <priya.raman@brightwellclinics.com>",
        fold("FW: GoodTime - data hosting question for annual vendor review (needed by Feb 27)"), w, L("""
Hi team - forwarding this from Compliance. I don't know the answer and couldn't find anything in our notes or the KB. Can someone find out? They need it by end of next week for the vendor review. Questionnaire attached.

Thanks,
Priya
"""), fwd=(["From: Marcy Feld <marcy.feld@brightwellclinics.com>", "Sent: Tuesday, February 17, 2026 4:51 PM",
            "To: Priya Raman <priya.raman@brightwellclinics.com>", "Subject: GoodTime - data hosting question for annual vendor review"], L("""
Hi Priya,

As part of the annual vendor risk review we need to confirm three things for GoodTime:
(1) in which country/region candidate and employee data is hosted,
(2) whether our EU candidates' data (Germany, Spain, France, Portugal) stays in the EU, and
(3) whether they have a current SOC 2 Type II report we can get a copy of.

Could you get this from them or point me to the right contact?

Thanks,
Marcy Feld
Privacy & Compliance Manager
""")), attach=[attachment("application/pdf", "Vendor_Risk_Review_2026_GoodTime.pdf", pdf)], received=4),
    "question", "forward_support", "none", "en",
    "new-outlook-alt;quoted-printable;forwarded-outlook;pdf-attachment;long-folded-subject",
    "data residency / SOC 2, no article")

# --- en reporting API (resembles reporting-dashboards), Outlook alt, long signature
w = When(2026, 1, 29, 15, 3, 48, "uk")
txt = smart(L("""
Hi,

I'm building the TA dashboard for the UK leadership team in Power BI and I'd like to include time-to-schedule and interviews per interviewer, split by clinic, refreshed daily.

Does GoodTime have an API or some kind of automated export (scheduled CSV to SharePoint/SFTP, anything really) that I can hook into? Manually downloading from the reporting page every morning isn't an option. If there is an API, where would I find the docs and who would issue us a key?

Cheers,
Marcus

Marcus Bell
Data Analyst – People Analytics
Brightwell Clinics Technology
Piccadilly Place, Manchester M1 3BN
T: +44 161 496 0452
Please consider the environment before printing this e-mail.
"""))
add(outlook("Marcus Bell <marcus.bell@brightwellclinics.com>", "GoodTime data into Power BI?", w, txt, lang="en-GB", body_lang="EN-GB"),
    "question", "forward_support", "none", "en", "outlook-alt;quoted-printable;windows-1252;long-signature",
    "API / scheduled export, reporting article too vague")

# --- en mobile app, iPhone, typos, night
w = When(2026, 2, 7, 22, 14, 26, "us-e")
add(iphone("Sam Patel <sam.patel@brightwellclinics.com>", "goodtime app?", w, L("""
is there a goodtime app for phones that interviewers can use? most of my nurse interviewers are on the floor all day and never at a computer, they miss the invites and cant see whats changed. both android and iphone

thx
"""), cte="7bit", charset="us-ascii"),
    "question", "forward_support", "none", "en", "iphone-plain;7bit;lowercase;typos;night;sent-from-iphone",
    "mobile app for interviewers")

# --- en SSO + sandbox (two topics), Thunderbird on Linux
w = When(2026, 3, 24, 18, 40, 2, "uk")
text = """Hi helpline,

Two things from the platform team, neither urgent:

1. We're moving our identity provider from Entra ID to Okta in Q3. Does
GoodTime support SAML SSO through Okta, and is there anything we need to
change on the GoodTime side (or ask GoodTime to change) when we cut over?
I'd rather not lock 300 people out of scheduling on cut-over day.

2. Is there a sandbox/test GoodTime environment we could use to test the
ATS integration changes we're planning, rather than testing on live
candidates?

Thanks,
Kevin

-- 
Kevin Brandt
Engineering Manager, Platform & Integrations
Brightwell Clinics Technology | Manchester
"""
add(thunderbird("Kevin Brandt <kevin.brandt@brightwellclinics.com>", "GoodTime SSO / Okta migration (and a sandbox?)", w, text,
                charset="UTF-8", codec="utf-8", cte="7bit", ua="Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.8.0"),
    "question", "forward_support", "none", "en", "thunderbird-linux;7bit;format-flowed;two-topics;lf-line-endings",
    "SAML SSO and sandbox")

# --- en candidate email branding, new Outlook
w = When(2026, 3, 16, 11, 30, 19, "uk")
add(owa("Zoe Whitman <zoe.whitman@brightwellclinics.com>", "Candidate emails - logo & colours", w, L("""
Hi,

Since the rebrand went live last month, our careers site and offer letters use the new teal logo, but the emails candidates get from GoodTime (invites, confirmations, the availability emails) still show the old navy logo and colours.

How do we update the branding on those? Is it something we can change ourselves, or does GoodTime have to do it?

Thanks,
Zoe

Zoe Whitman
Employer Brand Manager | Brightwell Clinics
"""), lang="en-GB"),
    "question", "forward_support", "none", "en", "new-outlook-alt;quoted-printable;utf-8",
    "logo in candidate emails, templates article does not cover")

# --- en candidate-facing language (resembles availability article)
w = When(2026, 4, 8, 10, 6, 39, "uk")
txt = L("""
Hello,

We're recruiting bilingual receptionists for the London clinics and a lot of the applicants are more comfortable in Portuguese or Polish.

When we send the link where they pick their availability, can that page (and the emails that go with it) be shown in another language, or is it English only?

Kind regards,
Aisha

Aisha Khan
Interview Coordinator - London
Brightwell Clinics
""")
add(outlook("Aisha Khan <aisha.khan@brightwellclinics.com>", "Portuguese/Polish for candidate pages?", w, txt, cs="us-ascii", codec="utf-8",
            cte="quoted-printable", lang="en-GB", body_lang="EN-GB"),
    "question", "forward_support", "none", "en", "outlook-alt;quoted-printable;us-ascii",
    "candidate pages in other languages")

# --- en GDPR erasure, Outlook HTML-only utf-8 QP, disclaimer
w = When(2026, 5, 21, 14, 48, 3, "uk")
body = smart(L("""
Hi,

We've had a right-to-erasure request from a candidate who interviewed with us for a physiotherapist role last year. Legal have confirmed we need to action it within the month.

Her record is being deleted from the ATS, but what happens to her data in GoodTime (availability she submitted, interview history, the emails we sent her)? Does it get removed automatically when the ATS record goes, or do we have to ask GoodTime to delete it?

Thanks,
Grace

Grace Adeyemi
HR Business Partner – UK Clinics
Brightwell Clinics | 1 Bankside, London SE1 9BG

""")) + [DISC_EN]
add(outlook("Grace Adeyemi <grace.adeyemi@brightwellclinics.com>", "Erasure request - former candidate", w, body, html_only=True, cs="utf-8",
            codec="utf-8", lang="en-GB", body_lang="EN-GB"),
    "question", "forward_support", "none", "en", "outlook-html-only;quoted-printable;utf-8;disclaimer",
    "GDPR erasure in GoodTime")

# --- de scorecards, Outlook alt utf-8 QP
w = When(2026, 2, 17, 17, 52, 31, "cet")
txt = L("""
Hallo,

kurze Frage: Können unsere Interviewer nach dem Gespräch ihre Bewertung (Scorecard bzw. Bewertungsbogen) direkt in GoodTime ausfüllen, oder läuft das weiterhin nur über das ATS? Wir bekommen im Labor die Rückmeldungen oft erst Tage später per Mail.

Danke und Gruß
Lukas Schäfer
Laborleitung | Brightwell Diagnostik Labor Frankfurt
""")
add(outlook("=?utf-8?Q?Lukas_Sch=C3=A4fer?= <lukas.schaefer@brightwellclinics.de>", "Bewertungsbögen nach dem Gespräch in GoodTime?".encode("utf-8"), w, txt,
            cs="utf-8", codec="utf-8", lang="de-DE", body_lang="DE", topic="Bewertungsbögen nach dem Gespräch in GoodTime?"),
    "question", "forward_support", "none", "de", "outlook-alt;quoted-printable;utf-8;raw-utf8-subject;rfc2047-q-from",
    "interview feedback forms")

# --- fr public holidays, Apple Mail
w = When(2026, 4, 20, 9, 15, 11, "cet")
add(apple("Sophie Lambert <sophie.lambert@brightwellclinics.com>", "=?utf-8?Q?Jours_f=C3=A9ri=C3=A9s_et_ponts_de_mai?=", w, L("""
Bonjour,

Avec les jours fériés de mai (le 1er, le 8, l’Ascension le 14 et le pont du 15), je voudrais être sûre que GoodTime ne propose pas de créneaux d’entretien ces jours-là aux candidats.

Est-ce que GoodTime connaît tout seul les jours fériés français, ou faut-il que chaque intervieweur les bloque dans son agenda ?

Merci !
Sophie
"""), sig=["Sophie Lambert", "Coordinatrice recrutement – Lyon Part-Dieu"], to=HELP_HDR),
    "question", "forward_support", "none", "fr", "apple-mail-alt;quoted-printable;utf-8;rfc2047-q-subject;lf-line-endings",
    "French public holidays")

# ============================================================================
# BUGS
# ============================================================================

# --- en HIGH IMPACT: DST shift across UK, Outlook alt, long folded subject, disclaimer
w = When(2026, 3, 31, 8, 22, 47, "uk")
txt = smart(L("""
Hi all,

Since the clocks went forward on Sunday, the confirmation emails candidates get from GoodTime show a time one hour later than the actual interview. The calendar invite for the interviewers is right (e.g. 10:00), but the candidate's email says 11:00.

It isn't just me – I've checked with Aisha in London and Tom's team in Leeds and they're seeing the same. Between us we've got roughly 40 candidates booked this week across Manchester, Leeds and London, and two candidates already turned up an hour late yesterday.

Example: Jade Whitmore, Receptionist – Manchester Deansgate, interview 30/03 at 14:00, confirmation said 15:00.

We're emailing every candidate with the correct time by hand for now, but this needs fixing fast.

Chris

Chris Doyle
Senior Recruiter – North West
Brightwell Clinics | Manchester Deansgate
M: +44 7700 900 318

""")) + [DISC_EN]
add(outlook("Chris Doyle <chris.doyle@brightwellclinics.com>",
            fold("Interview confirmations showing the wrong time since the clocks went forward - candidates turning up an hour late across UK clinics", 60),
            w, txt, lang="en-GB", body_lang="EN-GB", received=5,
            topic="Interview confirmations showing the wrong time since the clocks went forward - candidates turning up an hour late across UK clinics"),
    "bug", "forward_support+flag_csm", "", "en", "outlook-alt;quoted-printable;windows-1252;long-folded-subject;disclaimer;received-5",
    "DST offset in candidate emails, many users")

# --- en HIGH IMPACT: recurring privacy bug, Outlook HTML-only cp1252
w = When(2026, 3, 12, 9, 14, 5, "us-e")
body = smart(L("""
Hi team,

This has happened AGAIN. Yesterday afternoon a candidate for the Columbus clinic manager role received the internal debrief invite for her own onsite (title "Debrief – [her name] – Clinic Manager Columbus", with the interviewer list and the hiring manager's note in the description). She emailed the recruiter asking whether she was supposed to attend.

We reported exactly this in January (GoodTime ticket 48213) and again on 19 February (ticket 49877). Both times we were told it was fixed. This is the third time, and it's a candidate reading internal notes about herself.

I've checked: the debrief in the Clinic Manager template is set to internal only, and nobody added her by hand.

Please send this back to GoodTime as a priority – and I think our account team there needs to know it keeps coming back.

Priya

Priya Raman
Recruiting Operations Lead | Talent Acquisition
Brightwell Clinics Head Office | 200 Clarendon St, Boston, MA 02116
"""))
add(outlook("Priya Raman <priya.raman@brightwellclinics.com>", "Debrief invites going to candidates AGAIN", w, body, html_only=True),
    "bug", "forward_support+flag_csm", "", "en", "outlook-html-only;quoted-printable;windows-1252;caps",
    "recurring after two tickets, privacy")

# --- de HIGH IMPACT: other candidate's data in confirmation, base64, B subject, disclaimer
w = When(2026, 4, 22, 11, 47, 36, "cet")
txt = L("""
Hallo Projektteam,

wir haben heute einen ernsten Vorfall: Ein Bewerber (Pflegefachkraft, Standort München-Schwabing) hat uns angerufen, weil in seiner Terminbestätigung von GoodTime der Name, die Telefonnummer und die Uhrzeit einer ANDEREN Bewerberin standen. Seine eigenen Daten tauchen darin gar nicht auf.

Ich habe mir zwei weitere Bestätigungen von heute angesehen, bei einer ist es genauso. Wie viele Mails insgesamt betroffen sind, weiß ich nicht. Unser Datenschutzbeauftragter ist informiert.

Die Bestätigungen wurden alle heute zwischen 9 und 11 Uhr verschickt. Bitte dringend an GoodTime weitergeben.

Sandra Klein
Recruiterin | Brightwell Clinics Deutschland GmbH | München

""") + [DISC_DE]
add(outlook("Sandra Klein <sandra.klein@brightwellclinics.de>", ew_chunks("Datenschutzproblem: Bewerber hat Bestätigung mit fremden Daten erhalten", "UTF-8", "B", 24),
            w, txt, cs="utf-8", codec="utf-8", cte="base64", lang="de-DE", body_lang="DE",
            topic="Datenschutzproblem: Bewerber hat Bestätigung mit fremden Daten erhalten"),
    "bug", "forward_support+flag_csm", "", "de", "outlook-alt;base64;utf-8;rfc2047-b-split;disclaimer",
    "other candidate's personal data in confirmation")

# --- en "quick question" over a bug, new Outlook
w = When(2026, 4, 15, 10, 12, 55, "us-c")
add(owa("Olivia Chen <olivia.chen@brightwellclinics.com>", "quick question", w, L("""
Hi! quick question - is anyone else having trouble with Zoom links?

None of the interviews I've scheduled since yesterday afternoon have a Zoom link on the invite or in the candidate confirmation. Zoom is selected on the template and on each interview, and it worked fine on Monday. So far it's 5 interviews for the Austin South clinic (first one is Thursday morning).

Thanks,
Olivia
""")),
    "bug", "forward_support", "", "en", "new-outlook-alt;quoted-printable;misleading-subject",
    "Zoom links not generated")

# --- en reminders not sending, plain-text Outlook reply with -----Original Message-----
w = When(2026, 5, 5, 8, 31, 20, "us-e")
text = """Different topic but -- the day-before reminders aren't going out for Columbus. I checked with Priya and they're switched on for our templates, but none of the candidates for this week's interviews (Mon-Wed) got one. I've checked their emails in the ATS and asked two of them to look in spam, nothing. The interviews weren't changed after booking. Last week they were fine.

Tasha

-----Original Message-----
From: Beth Kowalski <beth.kowalski@brightwellclinics.com>
Sent: Friday, May 1, 2026 3:18 PM
To: Tasha Green <tasha.green@brightwellclinics.com>
Cc: GoodTime Help Line <helpline@brightwellclinics.com>
Subject: Parking validation for onsite candidates

Hey Tasha, do you know if the front desk at Easton still validates parking for candidates? One of mine was asked to pay last week.

- Beth
"""
h = received_m365(w, 3) + [("From", "Tasha Green <tasha.green@brightwellclinics.com>"), ("To", "Beth Kowalski <beth.kowalski@brightwellclinics.com>"),
     ("CC", HELP_HDR), ("Subject", "RE: Parking validation for onsite candidates"), ("Date", w.hdr()), ("Message-ID", ms_msgid()),
     ("In-Reply-To", ms_msgid()), ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""), ("MIME-Version", "1.0")]
add(assemble(h, leaf('text/plain; charset="us-ascii"', text, "ascii", "7bit")), "bug", "forward_support", "", "en",
    "outlook-plain;7bit;reply-on-top;original-message-block;misleading-subject;helpline-in-cc",
    "reminders switched on but not sent")

# --- en availability link 500 + PNG screenshot
w = When(2026, 1, 26, 14, 37, 9, "us-e")
txt = smart(L("""
Hi,

Two candidates told me today that the availability link I sent them goes to an error page ("Something went wrong – 500") when they click it. I tried it myself in an incognito window and got the same thing (screenshot attached).

The links were sent this morning from the Boston Back Bay Medical Assistant requisition (REQ-2291). Links I sent last week still open fine.

Thanks,
Megan

Megan O'Connell
Recruiting Coordinator | Brightwell Clinics – Boston
"""))
add(outlook("Megan O'Connell <megan.oconnell@brightwellclinics.com>", "Availability link error", w, txt,
            attach=[attachment("image/png", "image001.png", png_screenshot(seed=3))]),
    "bug", "forward_support", "", "en", "outlook-alt;quoted-printable;windows-1252;png-attachment",
    "500 error on availability links")

# --- en Interviews tab spinner, detailed report, Thunderbird 7bit, night
w = When(2026, 2, 11, 22, 3, 44, "uk")
text = """Hi,

Logging this on behalf of a few users who've called the service desk
tonight. The Interviews tab in GoodTime doesn't load for them: the page
shows the purple header and then a spinner forever. Dashboard and
Candidates tabs load fine.

Seen by 3 users so far (2 in Raleigh, 1 in Phoenix), Chrome 134 and Edge
134 on Windows 11. Cleared cache / tried incognito, same result. Console:

   GET https://app.goodtime.io/api/v2/interviews?status=upcoming 504 (Gateway Timeout)
   Uncaught (in promise) TypeError: Cannot read properties of undefined (reading 'map')

Started around 21:10 GMT. Not blocking a live interview as far as I know,
but the evening call-centre shift can't see their upcoming screens.

Service desk ref: INC0048815

Dan Fisher
Service Desk Analyst (nights) - Brightwell Clinics Technology
"""
add(thunderbird("Dan Fisher <dan.fisher@brightwellclinics.com>", "GoodTime Interviews tab not loading (INC0048815)", w, text,
                charset="UTF-8", codec="utf-8", cte="7bit", flowed=False, nl="\r\n"),
    "bug", "forward_support", "", "en", "thunderbird;7bit;night;technical-detail;crlf",
    "page stuck on spinner for a few users")

# --- en calendar still wrong after reconnect
w = When(2026, 3, 12, 17, 5, 29, "uk")
txt = smart(L("""
Hi,

Following up on the advice last week: I've disconnected and reconnected my calendar in GoodTime, checked I'm signed in with my work account, and my Tuesday and Thursday clinic sessions are definitely marked as Busy in Outlook. GoodTime is still offering candidates slots on Tuesday afternoons when I'm in clinic.

Example: Tue 17 March, 14:00–17:30 "Clinic – Minor injuries" (Busy). GoodTime offered 14:30 that day to a candidate for the HCA role yesterday.

Can someone take this further please?

Tom

Tom Whitfield
Clinic Manager | Brightwell Clinics – Leeds Headingley
"""))
add(outlook("Tom Whitfield <tom.whitfield@brightwellclinics.com>", "Still showing as free during clinic sessions", w, txt,
            lang="en-GB", body_lang="EN-GB"),
    "bug", "forward_support", "", "en", "outlook-alt;quoted-printable;windows-1252",
    "availability wrong after reconnecting")

# --- en ATS sync delayed hours, lowercase, new Outlook
w = When(2026, 3, 19, 14, 4, 13, "us-c")
add(owa("Jordan Kim <jordan.kim@brightwellclinics.com>", "candidates not coming over from greenhouse", w, L("""
6 candidates i moved to onsite in greenhouse at 9am still arent in goodtime (its 2pm now). refreshed, logged out and in. job is RN - Austin North, req 3107

candidate ids: 88213, 88219, 88230, 88241, 88242, 88250

other jobs seem fine
"""), charset="us-ascii", cte="7bit"),
    "bug", "forward_support", "", "en", "new-outlook-alt;7bit;lowercase;terse", "ATS sync stuck for hours")

# --- en ANGRY CAPS room double booking, Outlook iOS plain, no Message-ID
w = When(2026, 4, 13, 18, 26, 50, "uk")
text = """GOODTIME HAS BOOKED ROOM 2.14 FOR AN INTERVIEW TOMORROW AT 11:00 WHEN THE ROOM IS ALREADY BOOKED FOR THE PRACTICE BOARD MEETING. It's in the room calendar as busy!!! How does it think it's free??

I've moved the interview to 2.09 myself for now but someone needs to look at this.

Gary

Get Outlook for iOS"""
h = received_m365(w, 3) + [("From", "Gary Holt <gary.holt@brightwellclinics.com>"), ("To", HELP), ("Subject", "ROOM 2.14 DOUBLE BOOKED"),
     ("Date", w.hdr()), ("Content-Language", "en-GB"), ("MIME-Version", "1.0")]
add(assemble(h, leaf('text/plain; charset="utf-8"', text, "utf-8", "7bit")), "bug", "forward_support", "", "en",
    "outlook-ios-plain;7bit;angry-caps;no-message-id;get-outlook-for-ios", "room booked although busy")

# --- en reschedule left old invites, Outlook RTF -> winmail.dat
w = When(2026, 4, 20, 12, 40, 2, "uk")
text = """Hi,

I rescheduled Dr Okafor's interview with candidate Liam Price (Physiotherapist, London Bridge) from Wed 22 April 10:00 to Fri 24 April 15:00 using Reschedule in GoodTime. The new invites went out fine, but both interviewers still have the OLD Wednesday invite on their calendars too, and so does the room (Thames 3). I didn't touch the calendar events myself.

Could you have a look?

Thanks,
Nadia

Nadia Hussain
Interview Coordinator - London
Brightwell Clinics
"""
bnd = "_002_%s_" % rAZ(40, "0123456789ABCDEF")
node = multi('multipart/mixed;\n\tboundary="%s"' % bnd, bnd, [
    leaf('text/plain; charset="us-ascii"', text, "ascii", "quoted-printable"),
    leaf('application/ms-tnef; name="winmail.dat"', tnef_blob("Old invites still on calendars after reschedule", text), "utf-8", "base64",
         [("Content-Disposition", 'attachment; filename="winmail.dat"'), ("Content-Description", "winmail.dat")])])
h = received_m365(w, 3) + [("From", "Nadia Hussain <nadia.hussain@brightwellclinics.com>"), ("To", HELP_HDR),
     ("Subject", "Old invites still on calendars after reschedule"), ("Thread-Topic", "Old invites still on calendars after reschedule"),
     ("Date", w.hdr()), ("Message-ID", ms_msgid()), ("Content-Language", "en-GB"), ("X-MS-Has-Attach", "yes"),
     ("X-MS-TNEF-Correlator", "<%s@%s>" % (rAZ(32, "0123456789ABCDEF"), ms_host("eur"))), ("MIME-Version", "1.0")]
add(assemble(h, node), "bug", "forward_support", "", "en", "outlook-rtf;winmail.dat;ms-tnef;quoted-printable",
    "reschedule left old events")

# --- es self-scheduling link offering busy slots, Gmail with auth
w = When(2026, 3, 3, 13, 12, 40, "cet")
add(gmail("=?UTF-8?Q?Roc=C3=ADo_Mart=C3=ADn?= <rocio.martin@brightwellclinics.es>",
          "El enlace de autoagenda ofrece horas en las que la doctora tiene consulta", w, L("""
Hola,

Creo que hay un fallo con los enlaces para que los candidatos elijan hora. El enlace del pool de entrevistas de fisioterapia (clínica Valencia-Ruzafa) está ofreciendo los martes por la mañana con la Dra. Soler, y ella los martes pasa consulta de 9 a 14 h. En su calendario esas horas están como ocupadas, no como libres; lo he comprobado con ella.

Dos candidatos ya han reservado el martes 10 a las 9:30 y a las 11:00, y ahora tengo que llamarlos para cambiarlo.

Gracias,
Rocío
"""), sig=["Rocío Martín", "Reclutadora · Valencia", "Brightwell Clinics España"], hops=8),
    "bug", "forward_support", "", "es", "gmail-alt;quoted-printable;utf-8;received-8;dkim;arc;authentication-results",
    "self-booking offers busy times")

# --- fr itinerary keeps old interviewer, Outlook HTML-only cp1252 + PNG, RAW cp1252 subject
w = When(2026, 4, 7, 10, 27, 33, "cet")
body = smart(L("""
Bonjour,

J'ai remplacé hier le Dr Marchand par le Dr Benali sur l'entretien de la candidate Léa Fontaine (poste de sage-femme, Paris 15e, jeudi 9 avril à 14h). Le Dr Benali a bien reçu l'invitation et le Dr Marchand a été retiré.

Par contre, le récapitulatif envoyé à la candidate affiche toujours le Dr Marchand, même après l'avoir renvoyé deux fois depuis l'entretien dans GoodTime (capture d'écran jointe).

Pouvez-vous regarder ?

Merci,
Julien Petit
Chargé de recrutement – Paris
"""))
add(outlook("Julien Petit <julien.petit@brightwellclinics.com>", "Récapitulatif candidat : ancien intervieweur toujours affiché".encode("cp1252"),
            w, body, html_only=True, lang="fr-FR", body_lang="FR", topic="Récapitulatif candidat : ancien intervieweur toujours affiché".encode("cp1252"),
            attach=[attachment("image/png", "capture.png", png_screenshot(seed=9, accent=(240, 173, 78)))]),
    "bug", "forward_support", "", "fr", "outlook-html-only;quoted-printable;windows-1252;raw-cp1252-subject;png-attachment",
    "itinerary still shows replaced interviewer")

# --- pt form mailer bug: load report shows zero
w = When(2026, 4, 2, 10, 44, 18, "pt")
body = """Foi submetido um novo pedido através do formulário da Linha de Apoio GoodTime.

Nome: Rui Almeida
E-mail: rui.almeida@brightwellclinics.pt
Função: Analista de dados
Local: Lisboa – Sede
Tipo de pedido: Problema / erro
Urgência: Normal

Descrição:
O relatório de carga dos entrevistadores mostra 0 entrevistas para todas as pessoas em março, tanto em Lisboa como no Porto. Sabemos que houve dezenas de entrevistas nesse mês (estão nos calendários e no ATS). Fevereiro aparece bem. Já experimentei mudar os filtros e exportar, dá sempre zero.

---
Mensagem gerada automaticamente. Por favor, não responda para este endereço.
"""
h = received_m365(w, 2, ext=("forms-app01.brightwellclinics.com", "10.40.12.18", "AM4PEPF0000%04X.mail.protection.outlook.com" % RNG.randint(0, 65535))) + [
    ("From", "=?UTF-8?Q?Formul=C3=A1rios_Intranet?= <nao-responder@forms.brightwellclinics.pt>"),
    ("Reply-To", "Rui Almeida <rui.almeida@brightwellclinics.pt>"), ("To", HELP),
    ("Subject", "[Linha de Apoio GoodTime] Novo pedido #3312"), ("Date", w.hdr()), ("Message-ID", "<form-3312-%s@forms.brightwellclinics.pt>" % rhex(10)),
    ("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"), ("MIME-Version", "1.0")]
add(assemble(h, leaf("text/plain; charset=UTF-8", body, "utf-8", "quoted-printable")), "bug", "forward_support|needs_review", "", "pt",
    "form-mailer;auto-generated;no-reply;reply-to;quoted-printable;rfc2047-q-from",
    "web form: load report shows zero")

# ============================================================================
# SCHEDULING BLOCKERS
# ============================================================================

w = When(2026, 2, 17, 10, 41, 12, "us-e")
add(iphone("Kayla Brooks <kayla.brooks@brightwellclinics.com>", "Candidate in lobby NOW - interviewer doesnt know", w, L("""
Hi - candidate for the Medical Assistant role (Maria Gonzalez) is in our lobby for her 10:30 interview. GoodTime shows it as scheduled with Dr. Alvarez but he says he never got an invite and he's with patients till 12.

Is there someone else in the pool who can see her? What do I do?? She's been waiting 10 min already

Kayla
Back Bay clinic front desk
""")),
    "scheduling_blocker", "forward_support", "", "en", "iphone-plain;quoted-printable;sent-from-iphone",
    "candidate waiting, interviewer never invited")

# --- Teams link missing, panel in 15 min, .ics attached
w = When(2026, 3, 5, 13, 45, 30, "us-e")
st = When(2026, 3, 5, 14, 0, 0, "us-e")
inv = ics("REQUEST", "RN Panel Interview - Ashley Turner", '"Sam Patel":mailto:sam.patel@brightwellclinics.com',
          "rachel.nguyen@brightwellclinics.com", st.ics(), st.ics(3600), "040000008200E00074C5B7101A82E008%s" % rAZ(48, "0123456789ABCDEF"),
          loc="Video call")
txt = L("""
Hi,

The RN panel for candidate Ashley Turner starts at 2:00 PM ET (15 minutes from now) and there is NO Teams link on the invite - not on the interviewers' invite and not in the candidate's confirmation. Teams was selected when I scheduled it.

3 interviewers + the candidate are waiting for a link. I've attached the invite as the interviewers received it.

Please help!
Sam

Sam Patel
Nursing Recruiter | Brightwell Clinics - Raleigh
""")
add(outlook("Sam Patel <sam.patel@brightwellclinics.com>", "Teams link missing - RN panel at 2pm TODAY", w, txt,
            attach=[attachment("text/calendar", "RN Panel Interview - Ashley Turner.ics", inv, cte="base64", extra_params="; method=REQUEST")]),
    "scheduling_blocker", "forward_support", "", "en", "outlook-alt;quoted-printable;ics-attachment",
    "panel starting, no video link")

# --- interviewer sick, swap fails, PNG
w = When(2026, 4, 8, 10, 50, 21, "us-e")
txt = L("""
Help please.

Interview for the LPN role at Columbus Easton at 11:15 (25 min from now). Karen Mills called in sick. When I try to replace her with Jen Ortiz in GoodTime (Jen is free and in the pool) I get "Unable to update event. Please try again later." Tried 4 times. Screenshot attached.

The candidate is already on her way in.

Debbie
Deborah Walsh | Nursing Recruiter | Columbus
""")
add(outlook("Deborah Walsh <deborah.walsh@brightwellclinics.com>", "Interviewer out sick - can't swap, interview at 11:15", w, txt,
            attach=[attachment("image/png", "Screenshot 2026-04-08 104812.png", png_screenshot(seed=21))]),
    "scheduling_blocker", "forward_support", "", "en", "outlook-alt;quoted-printable;png-attachment",
    "replacement fails 25 min before")

# --- call centre agent, candidate on hold, link expired
w = When(2026, 4, 24, 12, 18, 7, "us-e")
add(owa("Marco Rossi <marco.rossi@brightwellclinics.com>", "candidate on the phone - link says no longer available", w, L("""
Hi,

I have a candidate on the line right now (Jasmine Cole, Patient Access Rep). The self-scheduling link we sent her yesterday says "This link is no longer available" and she needs to book today's 3 PM screen before she boards a flight at 5.

Can someone book her into 3 PM or send a working link in the next 10 min? I'm keeping her on hold.

Marco Rossi
Call Centre Agent - Patient Access | Raleigh | ext. 4471
""")),
    "scheduling_blocker", "forward_support", "", "en", "new-outlook-alt;quoted-printable",
    "candidate on hold, link dead")

# --- URGENT candidate stuck in Zoom, Outlook HTML-only, Arizona time, disclaimer
w = When(2026, 5, 12, 9, 5, 2, "az")
body = smart(L("""
Candidate for the Phlebotomist role (Phoenix – Tempe) joined the Zoom at 9:00 and it just says "Waiting for the host to start this meeting." It's 9:04.

The interviewer (Mark Yates) is sitting in a different Zoom meeting – the link on his invite is not the same as the candidate's. Which link is right?? Please help asap, the candidate is waiting.

Jenna

Jenna Marsh
Recruiter | Brightwell Clinics – Phoenix Region
T: +1 602 555 0176

""")) + [DISC_EN]
add(outlook("Jenna Marsh <jenna.marsh@brightwellclinics.com>", "URGENT - candidate stuck in Zoom waiting room", w, body, html_only=True,
            extra=[("Importance", "high"), ("X-Priority", "1")]),
    "scheduling_blocker", "forward_support", "", "en", "outlook-html-only;quoted-printable;windows-1252;importance-high;disclaimer",
    "two different Zoom links, candidate waiting")

# --- loop in progress, interviewer dropped from session
w = When(2026, 5, 28, 12, 40, 45, "uk")
txt = smart(L("""
Hi,

Candidate Priyanka Desai is onsite at London Bridge doing her loop for the Senior Lab Technician role. Next session is at 13:00 (in 20 mins) with Hannah Lowe (joining from Leeds on Teams) and Steve Carr.

GoodTime has removed Hannah from the 13:00 session – it now shows "Unassigned" and her invite has gone from her calendar, apparently after she reconnected her calendar this morning. Hannah is free and can still do it, but the candidate's updated itinerary now says Steve only, and the Teams link has changed.

Can someone fix it, or tell me how to put her back without sending the candidate yet another email?

Aisha
"""))
add(outlook("Aisha Khan <aisha.khan@brightwellclinics.com>", "Lab panel 13:00 - interviewer removed, candidate onsite", w, txt,
            lang="en-GB", body_lang="EN-GB", extra=[("Importance", "high")]),
    "scheduling_blocker", "forward_support", "", "en", "outlook-alt;quoted-printable;windows-1252",
    "mid-loop session lost interviewer")

# --- candidate waiting on Meet, time zone mismatch now
w = When(2026, 4, 9, 14, 6, 38, "uk")
add(owa("Ravi Shah <ravi.shah@brightwellclinics.com>", "Candidate waiting on Meet - our invites say 15:00", w, L("""
Hi,

Our candidate for the Senior Data Engineer role (based in New York) joined the Google Meet at 9:00 his time, which is 14:00 here - that's what his confirmation says. But all four of our interviewers have it at 15:00 BST on their invites.

He's sitting in the Meet now. I've messaged him that we're coming and two of us are jumping in, but which time is GoodTime actually holding? The second session is at risk too.

Ravi
Engineering Lead, Brightwell Clinics Technology
"""), lang="en-GB"),
    "scheduling_blocker", "forward_support", "", "en", "new-outlook-alt;quoted-printable",
    "time zone mismatch with candidate live")

# --- reception: nobody came, iPhone, Message-ID without brackets, typos
w = When(2026, 1, 16, 14, 9, 3, "uk")
add(iphone("Paula Jennings <paula.jennings@brightwellclinics.com>", "nobody here for 2pm interview", w, L("""
Hi candidate here at leeds lab reception for 2pm interview (lab tech role, name Owen Clarke) but nobody from the panel has come down and i cant get hold of anyone. Goodtime email he showed me says 2pm today with Hannah Lowe and Steve Carr, Hannah is on leave today!! who else can do it?
"""), msgid=apple_msgid()[1:-1], received=2),
    "scheduling_blocker", "forward_support", "", "en", "iphone-plain;quoted-printable;typos;message-id-no-brackets;sent-from-iphone",
    "candidate at reception, panel absent")

# --- form mailer: urgent scheduling form (HTML table)
w = When(2026, 4, 21, 15, 41, 27, "us-e")
rows = [("Name", "Keisha Dunn"), ("Team", "Patient Access - Raleigh Contact Centre"), ("Callback", "ext. 4402"),
        ("Interview", "Phone screen - Patient Access Representative - candidate Tyler Banks"),
        ("Scheduled for", "Today, 4:00 PM ET"),
        ("What's wrong", "The interview disappeared from GoodTime and from both interviewers' calendars about 30 minutes ago. The candidate confirmed this morning and will dial in at 4. We don't know who is supposed to take the call."),
        ("Submitted", "04/21/2026 3:41 PM ET")]
hb = ("<html><body style=\"font-family:Arial,sans-serif;font-size:13px\">\n<h3 style=\"color:#b00020\">URGENT scheduling help request</h3>\n"
      "<table border=\"1\" cellpadding=\"6\" cellspacing=\"0\" style=\"border-collapse:collapse\">\n" +
      "\n".join("<tr><td><b>%s</b></td><td>%s</td></tr>" % (html.escape(k), html.escape(v)) for k, v in rows) +
      "\n</table>\n<p style=\"color:#777\">Sent by Contact Centre Forms. This mailbox is not monitored.</p>\n</body></html>")
h = received_m365(w, 2, ext=("forms-app02.brightwellclinics.com", "10.40.12.19", "BN1PEPF0000%04X.mail.protection.outlook.com" % RNG.randint(0, 65535))) + [
    ("From", "Contact Centre Forms <noreply@forms.brightwellclinics.com>"), ("To", HELP),
    ("Subject", "[URGENT SCHEDULING] Form submission from Keisha Dunn"), ("Date", w.hdr()),
    ("Message-ID", "<%s.%s@forms.brightwellclinics.com>" % (rhex(16), rhex(8))),
    ("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"), ("MIME-Version", "1.0")]
add(assemble(h, leaf("text/html; charset=utf-8", hb, "utf-8", "7bit")), "scheduling_blocker", "forward_support|needs_review", "", "en",
    "form-mailer;auto-generated;no-reply;html-only-table;7bit", "web form: interview vanished, call in 20 min")

# --- de live: candidate waiting, Teams link dead
w = When(2026, 4, 23, 14, 8, 15, "cet")
txt = L("""
Hallo,

die Bewerberin für die Stelle als Praxismanagerin (Hamburg-Altona) bekommt seit 14:00 Uhr beim Teams-Link aus ihrer Bestätigung nur die Meldung „Diese Besprechung ist nicht mehr verfügbar“. Die Interviewer haben im Kalender einen anderen Link und warten dort.

Das Gespräch hätte um 14:00 beginnen sollen, jetzt ist es 14:07. Wie bekommen wir sie schnell ins richtige Meeting? Ihre Handynummer habe ich gerade nicht zur Hand.

Gruß
Tobias Krüger
Recruiter | Hamburg
""")
add(outlook("Tobias =?utf-8?Q?Kr=C3=BCger?= <tobias.krueger@brightwellclinics.de>", ew("DRINGEND: Bewerberin wartet – Teams-Link funktioniert nicht", "utf-8", "Q"),
            w, txt, cs="utf-8", codec="utf-8", lang="de-DE", body_lang="DE", topic="DRINGEND: Bewerberin wartet – Teams-Link funktioniert nicht",
            extra=[("Importance", "high")]),
    "scheduling_blocker", "forward_support", "", "de", "outlook-alt;quoted-printable;utf-8;rfc2047-q-utf8-subject",
    "candidate stuck, wrong Teams link")

# --- es reception, no room, 15 min
w = When(2026, 3, 18, 11, 46, 52, "cet")
add(iphone("Paula Serrano <paula.serrano@brightwellclinics.es>", "Candidato en recepción y sin sala", w, L("""
Hola, tengo aquí en recepción a un candidato para la entrevista de las 12:00 (auxiliar de enfermería) y no hay ninguna sala reservada. La entrevistadora dice que en su invitación pone "Sala 1", pero la Sala 1 la tiene otra reunión desde las 11.

¿Qué hacemos? Empieza en 15 minutos.

Paula
Recepción · Clínica Madrid-Chamberí
"""), sig="Enviado desde mi iPhone"),
    "scheduling_blocker", "forward_support", "", "es", "iphone-plain;quoted-printable;utf-8;enviado-desde-mi-iphone",
    "candidate waiting, room not booked")

# --- pt 20 minutes, interviewer without invite, Outlook HTML-only cp1252
w = When(2026, 5, 11, 14, 41, 9, "pt")
body = L("""
Boa tarde,

Temos uma entrevista às 15h00 (daqui a 20 minutos) para a vaga de fisioterapeuta em Lisboa-Alvalade. A candidata já confirmou, mas o Dr. Nuno Pires diz que não recebeu nenhum convite, e no GoodTime a sessão aparece sem entrevistador.

Ele está disponível, mas não sei como o voltar a pôr na entrevista sem cancelar tudo. Podem ajudar com urgência?

Obrigada,
Catarina Ferreira
Coordenadora de Recrutamento – Lisboa
""")
add(outlook("Catarina Ferreira <catarina.ferreira@brightwellclinics.pt>", "Entrevista =?iso-8859-1?Q?=E0s?= 15h - entrevistador sem convite", w, body,
            html_only=True, lang="pt-PT", body_lang="PT", topic="Entrevista às 15h - entrevistador sem convite"),
    "scheduling_blocker", "forward_support", "", "pt", "outlook-html-only;quoted-printable;windows-1252;rfc2047-q-partial",
    "interview in 20 min, no interviewer")

# ============================================================================
# FEATURE REQUESTS
# ============================================================================

# --- "URGENT" subject over a wish (SMS reminders), Outlook alt, disclaimer with URGENT
w = When(2026, 2, 2, 8, 15, 40, "az")
txt = smart(L("""
Hi,

Sorry for the shouty subject line, but this is killing us. Our reminders go out fine (I checked), but phlebotomy and MA candidates mostly don't read email – half of them only look at texts. We had 6 no-shows in Phoenix last week alone.

GoodTime really needs to be able to send reminders by SMS/text message, ideally with a "reply C to confirm". Can you get this in front of GoodTime? I'd bet every clinic would use it.

Thanks,
Tyrone

Tyrone Jackson
Recruiter – Phlebotomy & Clinical Support
Brightwell Clinics | Phoenix Region
T: +1 602 555 0133

""")) + [DISC_EN]
add(outlook("Tyrone Jackson <tyrone.jackson@brightwellclinics.com>", "URGENT!!! candidates not showing up", w, txt, extra=[("Importance", "high"), ("X-Priority", "1")]),
    "feature_request", "product_board_reply", "", "en", "outlook-alt;quoted-printable;windows-1252;misleading-urgent-subject;disclaimer",
    "wants SMS reminders")

# --- bulk replace interviewer, long folded subject
w = When(2026, 2, 24, 16, 2, 11, "us-e")
subj = "Suggestion: let us move all of an interviewer's upcoming interviews in one go when they go on leave (maternity leave, sudden sick leave etc.)"
txt = smart(L("""
Hi,

Not urgent, just something that would save us hours.

When an interviewer goes on unplanned leave we have to open each of their upcoming interviews one by one and replace them. Last month Dr. Shah went on leave with 14 interviews booked over three weeks and it took me most of an afternoon.

It would be great if GoodTime let you pick a person and a date range and replace them across all their interviews at once (from the pool), with one update to each candidate.

Megan
"""))
add(outlook("Megan O'Connell <megan.oconnell@brightwellclinics.com>", fold(subj, 66), w, txt, topic=subj),
    "feature_request", "product_board_reply", "", "en", "outlook-alt;quoted-printable;long-folded-subject",
    "bulk reassign interviewer")

# --- parking/map on booking page, Apple Mail
w = When(2026, 3, 18, 12, 33, 5, "az")
add(apple("Emily Rhodes <emily.rhodes@brightwellclinics.com>", "Idea for the candidate booking page", w, L("""
Hello!

Idea from the Camelback clinic: when candidates pick their slot on the booking page, it would be really helpful if the page (and the confirmation) could show a map and parking instructions for that specific clinic, not just the street address.

Our parking is behind the building and half our candidates end up in the wrong lot and arrive late and flustered. It would be nice to set this up once per location and have it appear automatically.

Thanks for considering,
Emily
"""), sig=["Emily Rhodes", "Practice Manager | Phoenix – Camelback Clinic"], to=HELP_HDR),
    "feature_request", "product_board_reply", "", "en", "apple-mail-alt;quoted-printable;lf-line-endings",
    "map and parking on booking page")

# --- Teams notification on decline, new Outlook
w = When(2026, 2, 6, 11, 20, 48, "uk")
add(owa("Holly Sutton <holly.sutton@brightwellclinics.com>", "Feature request: Teams notification when someone declines", w, L("""
Hi,

Would it be possible to ask GoodTime for a Microsoft Teams notification (or a post in a channel) when an interviewer declines?

At the moment I only find out when I happen to open the interview, or the email notification gets buried, and a couple of times I've only noticed the day before. A ping in Teams would let us replace people much faster.

Holly
Recruiting Coordinator - Leeds
"""), lang="en-GB"),
    "feature_request", "product_board_reply", "", "en", "new-outlook-alt;quoted-printable", "Teams ping on declines")

# --- licence expiry for interviewers, Outlook iOS base64, Sunday evening
w = When(2026, 3, 22, 20, 10, 30, "us-c")
lines = L("""
Hi team,

A wish-list item for GoodTime. For some of our clinical interviews the interviewer has to hold an active RN licence (our competency assessment rules). Right now nothing stops GoodTime from putting someone whose licence has lapsed into the pool.

It would be great if GoodTime could store a licence/certification expiry date per interviewer, stop suggesting them once it lapses, and give the coordinator a heads-up 30 days before.

Luis

Get Outlook for iOS
""")
bnd = "_000_%s_" % rAZ(40, "0123456789ABCDEF")
hb = '<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div dir="ltr">' + \
     "".join("<div>%s</div>" % (html.escape(l) if l else "<br>") for l in lines[:-1]) + \
     '</div><div class="ms-outlook-mobile-signature"><div dir="ltr">Get <a href="https://aka.ms/o0ukef">Outlook for iOS</a></div></div></body></html>'
node = multi('multipart/alternative;\n\tboundary="%s"' % bnd, bnd, [
    leaf('text/plain; charset="utf-8"', "\n".join(lines), "utf-8", "base64"),
    leaf('text/html; charset="utf-8"', hb, "utf-8", "base64")])
h = received_m365(w, 3) + [("From", "Luis Ortega <luis.ortega@brightwellclinics.com>"), ("To", HELP),
     ("Subject", "wish list: licence check for nurse interviewers"), ("Date", w.hdr()), ("Message-ID", ms_msgid()),
     ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""), ("MIME-Version", "1.0")]
add(assemble(h, node), "feature_request", "product_board_reply", "", "en", "outlook-ios-alt;base64;utf-8;get-outlook-for-ios;weekend",
    "licence expiry per interviewer")

# --- scheduled report emails
w = When(2026, 2, 9, 7, 55, 3, "us-e")
txt = smart(L("""
Hi both,

Small product idea to pass on to GoodTime: it would be great to be able to schedule a report (e.g. interviewer load for the last week) to be emailed automatically every Monday to each clinic manager, filtered to their own clinic.

At the moment I export it and send 14 separate emails by hand.

Thanks!
Priya
"""))
add(outlook("Priya Raman <priya.raman@brightwellclinics.com>", "Would love: scheduled report emails for clinic managers", w, txt,
            cc="Natalie Greene <natalie.greene@brightwellclinics.com>"),
    "feature_request", "product_board_reply", "", "en", "outlook-alt;quoted-printable;cc",
    "scheduled report delivery")

# --- interviewers swap with each other, Apple plain reply with > quote
w = When(2026, 3, 10, 12, 48, 17, "uk")
text = """Thanks Holly, that works.

Unrelated, but a suggestion for GoodTime if you're collecting them: it would be really useful if interviewers could offer a swap to each other directly (e.g. I can't make Thursday, Dr Iqbal takes it) and GoodTime just updates the invites, instead of the coordinator having to do it every time. Half of the emails I send you are swaps!

Tom

> On 10 Mar 2026, at 09:12, Holly Sutton <holly.sutton@brightwellclinics.com> wrote:
> 
> Hi Tom,
> 
> Here's the interview rota for Headingley for the rest of March. I've kept
> Tuesday afternoons clear for your clinic sessions. Shout if anything
> clashes.
> 
> Holly
"""
h = received_m365(w, 3) + [("From", "Tom Whitfield <tom.whitfield@brightwellclinics.com>"), ("Content-Type", None)]
h = [x for x in h if x[1] is not None]
h += [("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.500.181.1.5\\))"), ("Subject", "Re: Leeds clinic rota for interviews - March"),
      ("In-Reply-To", ms_msgid()), ("Date", w.hdr()), ("Cc", HELP_HDR), ("To", "Holly Sutton <holly.sutton@brightwellclinics.com>"),
      ("Message-Id", apple_msgid()), ("X-Mailer", "Apple Mail (2.3826.500.181.1.5)")]
add(assemble(h, leaf("text/plain;\n\tcharset=us-ascii", text, "ascii", "7bit"), "\n"), "feature_request", "product_board_reply", "", "en",
    "apple-mail-plain;7bit;reply-on-top;gt-quote;on-wrote;helpline-in-cc;lf-line-endings", "interviewer-to-interviewer swaps")

# --- night shift rule, opens with "is this the place", night
w = When(2026, 5, 30, 23, 40, 26, "us-e")
txt = L("""
Hello,

Is this the right place for product ideas? If so:

Our nurse interviewers work rotating shifts. GoodTime looks at their Outlook calendars, but night shifts live in the rota system, not in Outlook, so it happily books someone for a 9 AM interview right after a 12-hour night.

Could GoodTime have a rule like "no interviews within X hours after a night shift", or pull shifts in from a rota system? It would make a real difference to our nurses.

Thanks,
Debbie
""")
add(outlook("Deborah Walsh <deborah.walsh@brightwellclinics.com>", "GoodTime + night shifts", w, txt, cs="utf-8", codec="utf-8", cte="base64"),
    "feature_request", "product_board_reply", "", "en", "outlook-alt;base64;utf-8;night",
    "rest rule after night shifts")

# --- EA: categories on invites, Outlook HTML-only, long signature
w = When(2026, 4, 16, 8, 5, 59, "us-e")
body = smart(L("""
Hi there,

A small wish rather than a problem: I manage the COO's calendar and a few of the VPs', and interview invites from GoodTime look identical to every other meeting.

If GoodTime could add an Outlook category (e.g. "Interview") or a consistent prefix to the invites, I could colour-code them automatically and spot interviews at a glance when I'm moving things around. Is that something you could suggest to them?

Many thanks,
Siobhan

Siobhan Murphy
Executive Assistant to the Chief Operating Officer
Brightwell Clinics Head Office
200 Clarendon Street, 18th Floor | Boston, MA 02116
T: +1 617 555 0109 | M: +1 617 555 0161
"""))
add(outlook("Siobhan Murphy <siobhan.murphy@brightwellclinics.com>", "Small request – colour-coding GoodTime invites", w, body, html_only=True),
    "feature_request", "product_board_reply", "", "en", "outlook-html-only;quoted-printable;windows-1252;raw-utf8-subject;long-signature",
    "category/prefix on invites")

# --- de du/Sie in templates
w = When(2026, 4, 28, 13, 20, 44, "cet")
txt = L("""
Hallo zusammen,

ein Vorschlag für GoodTime: Bei uns sprechen wir Bewerberinnen für Ausbildungsplätze (MFA-Azubis) mit „du“ an, alle anderen mit „Sie“. Aktuell müssen wir dafür jede Vorlage doppelt pflegen.

Schön wäre, wenn man in einer Vorlage beide Varianten hinterlegen könnte und GoodTime je nach Stelle automatisch die passende Anrede nimmt.

Viele Grüße
Nina Schulte
Recruiterin | München
""")
add(outlook("Nina Schulte <nina.schulte@brightwellclinics.de>", ew("Vorschlag: Du-/Sie-Variante für Kandidaten-E-Mails", "iso-8859-1", "Q"), w, txt,
            cs="utf-8", codec="utf-8", lang="de-DE", body_lang="DE", topic="Vorschlag: Du-/Sie-Variante für Kandidaten-E-Mails"),
    "feature_request", "product_board_reply", "", "de", "outlook-alt;quoted-printable;utf-8;rfc2047-q-iso-8859-1",
    "formal/informal variants in templates")

# --- es candidate chooses onsite or video, Gmail
w = When(2026, 5, 14, 17, 45, 3, "cet")
add(gmail("Javier Ruiz <javier.ruiz@brightwellclinics.es>", "Propuesta: que el candidato elija presencial u online", w, L("""
Hola equipo,

Una propuesta de mejora para GoodTime: en Valencia muchos candidatos nos piden hacer la primera entrevista por videollamada porque vienen de fuera, y otros prefieren venir a la clínica.

Estaría genial que en el enlace de reserva el candidato pudiera elegir entre presencial u online, y que GoodTime reservara la sala o generara el enlace según lo que elija. Ahora mismo tenemos que mandar dos enlaces distintos.

¡Gracias!
Javier
"""), hops=5),
    "feature_request", "product_board_reply", "", "es", "gmail-alt;quoted-printable;utf-8;received-5;dkim;arc",
    "candidate picks onsite or video")

# --- fr site name in invite subject, iPhone
w = When(2026, 3, 27, 18, 52, 36, "cet")
add(iphone("Nicolas Bernard <nicolas.bernard@brightwellclinics.com>", "=?utf-8?Q?Suggestion_=3A_nom_du_site_dans_l=E2=80=99objet_des_invitations?=", w, L("""
Bonjour,

Petite suggestion pour GoodTime : est-ce que vous pourriez leur proposer d’ajouter automatiquement le nom du centre (Lille, Roubaix, Villeneuve-d’Ascq…) dans l’objet des invitations envoyées aux intervieweurs ? Nos médecins consultent sur plusieurs sites et se trompent parfois d’adresse.

Merci !
Nicolas
"""), sig="Envoyé de mon iPhone", received=3),
    "feature_request", "product_board_reply", "", "fr", "iphone-plain;quoted-printable;utf-8;rfc2047-q-subject;envoye-de-mon-iphone",
    "site name in invite subject")

# ============================================================================
# ESCALATIONS
# ============================================================================

# --- seats for Texas expansion before renewal
w = When(2026, 5, 5, 9, 40, 12, "us-e")
txt = smart(L("""
Hi team,

Heads-up and a request. We're opening four new clinics in Texas (Austin South, Round Rock, San Marcos and Georgetown) between June and September. That means roughly 25 extra coordinators and recruiters, plus about 60 new interviewers, who will all need GoodTime access.

Our GoodTime renewal is on 30 June and I'd like to sort out the seat count and pricing as part of that, rather than buying seats ad hoc through the summer.

Could you loop in our GoodTime account contact and set up a call with me and Priya in the next two weeks?

Thanks,
Natalie

Natalie Greene
Head of Talent Acquisition – US
Brightwell Clinics | 200 Clarendon Street, Boston, MA 02116
T: +1 617 555 0120
"""))
add(outlook("Natalie Greene <natalie.greene@brightwellclinics.com>", "GoodTime licences for the Texas expansion (before June renewal)", w, txt,
            cc="Priya Raman <priya.raman@brightwellclinics.com>", received=4),
    "escalation", "flag_csm", "", "en", "outlook-alt;quoted-printable;windows-1252;long-signature",
    "seats and renewal")

# --- training for a whole team of new agents, Outlook HTML-only
w = When(2026, 5, 11, 10, 30, 55, "us-e")
body = smart(L("""
Hi all,

We have 18 new agents starting in the Raleigh contact centre on 1 June, and all of them will be booking first-round phone screens in GoodTime.

Last time we onboarded a group they learned by shadowing and we ended up with a lot of mistakes in the first month (wrong templates, wrong time zones for West Coast candidates).

Could we get a proper training session from GoodTime for the whole group – ideally live and tailored to how the call centre uses it – plus maybe a refresher for my 6 team leads? Happy to work around the trainer's schedule.

Alyssa
"""))
add(outlook("Alyssa Moreno <alyssa.moreno@brightwellclinics.com>", "Training for 18 new Patient Access agents", w, body, html_only=True),
    "escalation", "flag_csm", "", "en", "outlook-html-only;quoted-printable;windows-1252",
    "training request for a team")

# --- COO complaint forwarded by EA, Apple Mail on iPad, Begin forwarded message
w = When(2026, 4, 8, 7, 12, 28, "us-e")
lines = L("""
Help line team – please see below from Richard. Can you set this up with GoodTime? He'd like Natalie, Priya and Dana in it too. I can find a slot in his diary once we have a date from them.

Siobhan

Sent from my iPad

Begin forwarded message:

From: Richard Hale <richard.hale@brightwellclinics.com>
Date: 7 April 2026 at 18:02:44 EDT
To: Siobhan Murphy <siobhan.murphy@brightwellclinics.com>
Cc: Dana Whitaker <dana.whitaker@brightwellclinics.com>
Subject: GoodTime - where are we?

Siobhan,

We're nine months into GoodTime and I'm not seeing what we were promised. Time-to-schedule across the US clinics is flat according to the monthly pack, clinic managers keep telling me coordinators are still booking interviews by hand, and I had two complaints from candidates last month about confusing emails.

Before we get anywhere near the renewal I want a proper review with GoodTime's account team: adoption by clinic, what isn't working, and a plan. Please arrange.

Richard
""")
add(iphone("Siobhan Murphy <siobhan.murphy@brightwellclinics.com>", "Fwd: GoodTime - where are we?", w, lines, sig=None, received=4,
           ios="iPad Mail (23D127)", nl="\n"),
    "escalation", "flag_csm", "", "en", "ipad-mail-plain;quoted-printable;forwarded-apple;begin-forwarded-message;sent-from-my-ipad;lf-line-endings",
    "COO asks for account review")

# --- recurring unresolved ticket, already with Support
w = When(2026, 4, 24, 16, 40, 33, "uk")
txt = smart(L("""
Hi,

I need to escalate this please.

Since mid-March the calendars of about a third of the Leeds lab team intermittently stop syncing with GoodTime (it shows people as free when they're not). It's with GoodTime Support already – ticket 51877 – and they have all the examples, logs and screenshots they asked for, so there's no need to send it to them again.

But it has been open five weeks, it's been passed between three agents, and every week I'm told it's "with engineering". Meanwhile my coordinators are double-checking every booking by hand.

I'd like someone more senior at GoodTime to own this and give us a date. Can you take it up with them at account level?

Hannah

Hannah Lowe
Laboratory Operations Lead
Brightwell Diagnostics – Leeds Laboratory

""")) + [DISC_EN]
add(outlook("Hannah Lowe <hannah.lowe@brightwellclinics.com>", "Escalation: Outlook calendar sync for the Leeds lab - 5 weeks, still not fixed", w, txt,
            lang="en-GB", body_lang="EN-GB"),
    "escalation", "flag_csm", "", "en", "outlook-alt;quoted-printable;windows-1252;disclaimer",
    "unresolved ticket, wants senior owner")

# --- process change: central scheduling hub
w = When(2026, 5, 20, 15, 12, 8, "us-e")
txt = smart(L("""
Hi team,

As discussed at the TA leadership meeting: from Q3 we'll stop having coordinators in each clinic and move all US interview scheduling into a central hub of 8 coordinators in Raleigh.

That changes a lot about how we've set GoodTime up. Pools are per clinic today, templates are owned locally, and clinic managers approve their own interviewers' load limits. Before we start reworking everything, I'd like GoodTime's advice on how other customers structure a central model (pools, templates, permissions, reporting) and help with a plan for the change.

Can we get a working session set up with them?

Priya
"""))
add(outlook("Priya Raman <priya.raman@brightwellclinics.com>", "Moving to a central scheduling hub - need GoodTime's input on setup", w, txt),
    "escalation", "flag_csm", "", "en", "outlook-alt;quoted-printable;windows-1252", "process change consult")

# --- invoice seat mismatch, PDF invoice
w = When(2026, 4, 16, 13, 22, 41, "us-e")
pdf = pdf_doc(["GoodTime, Inc.", "INVOICE  INV-2026-0418", "Date: 2026-04-01     Terms: Net 30", "Bill to: Brightwell Clinics, Accounts Payable, Boston MA",
               "Description                               Qty     Unit       Amount",
               "GoodTime Enterprise - user seats (Q2)     175     USD 42.00  USD 7,350.00",
               "Total due: USD 7,350.00"])
txt = L("""
Hello,

Finance here. We received the attached GoodTime invoice for Q2. It bills 175 user seats, but the order form we signed last June is for 150 seats, and as far as I know nobody approved an increase.

Before I can approve payment I need to know whether we actually added 25 seats (and who signed off), or whether the invoice is wrong. Who is our account contact at GoodTime for billing questions? Could you raise it with them?

Regards,
Greg Morales
Finance Business Partner - Corporate Functions
Brightwell Clinics

""") + [DISC_EN]
add(outlook("Greg Morales <greg.morales@brightwellclinics.com>", fold("GoodTime invoice INV-2026-0418 - billed for 175 seats, contract says 150", 60), w, txt,
            attach=[attachment("application/pdf", "INV-2026-0418.pdf", pdf)], topic="GoodTime invoice INV-2026-0418 - billed for 175 seats, contract says 150"),
    "escalation", "flag_csm", "", "en", "outlook-alt;quoted-printable;pdf-attachment;long-folded-subject;disclaimer",
    "billing / seat count dispute")

# --- leavers' seats to new starters + template ownership (two topics), winmail.dat
w = When(2026, 6, 1, 11, 5, 16, "uk")
text = """Hi all,

Following the Leeds restructure, 12 of the clinic-based coordinators are leaving at the end of June (list below). We're hiring 8 coordinators for Manchester who start in July.

Can you make sure their GoodTime licences are released and moved to the new starters rather than us paying for extra seats, and check with GoodTime whether that's handled on our side or theirs under the contract?

Also, several of the leavers own interview templates and pools - who should those move to? Probably Holly Sutton for the Leeds ones.

Leavers (last day 30 June): J. Armitage, K. Bashir, L. Cole, M. Dunne, R. Ellis, S. Fowler, T. Gill, V. Hart, W. Iqbal, A. Jones, B. Kaur, C. Lister

Thanks,
Grace

Grace Adeyemi
HR Business Partner - UK Clinics
Brightwell Clinics
"""
bnd = "_002_%s_" % rAZ(40, "0123456789ABCDEF")
node = multi('multipart/mixed;\n\tboundary="%s"' % bnd, bnd, [
    leaf('text/plain; charset="us-ascii"', text, "ascii", "7bit"),
    leaf('application/ms-tnef; name="winmail.dat"', tnef_blob("Leeds restructure - GoodTime users leaving, seats to reassign", text), "utf-8", "base64",
         [("Content-Disposition", 'attachment; filename="winmail.dat"')])])
h = received_m365(w, 3) + [("From", "Grace Adeyemi <grace.adeyemi@brightwellclinics.com>"), ("To", HELP_HDR),
     ("Subject", "Leeds restructure - GoodTime users leaving, seats to reassign"), ("Thread-Topic", "Leeds restructure - GoodTime users leaving, seats to reassign"),
     ("Date", w.hdr()), ("Message-ID", ms_msgid()), ("Content-Language", "en-GB"), ("X-MS-Has-Attach", "yes"),
     ("X-MS-TNEF-Correlator", "<%s@%s>" % (rAZ(32, "0123456789ABCDEF"), ms_host("eur"))), ("MIME-Version", "1.0")]
add(assemble(h, node), "escalation", "flag_csm", "", "en", "outlook-rtf;winmail.dat;ms-tnef;7bit;two-topics",
    "licence reallocation for leavers")

# --- formal escalation + live fault today
w = When(2026, 4, 21, 9, 35, 50, "uk")
txt = smart(L("""
Hi,

I'm escalating this formally.

For four weeks running, a different GoodTime problem has hit the UK team: first the clock-change times, then missing Teams links, then the room double-bookings, and now this – since about 8 this morning every interview invite created in Manchester has gone out without a Teams link. That's 11 interviews today and tomorrow so far.

Can someone get today's issue to GoodTime Support right away? And separately, I want a call with our GoodTime account manager this week. The coordinators are losing confidence in the tool and I need to understand what GoodTime is doing about stability.

Ben

Ben Hartley
Talent Acquisition Director – UK
Brightwell Clinics
"""))
add(outlook("Ben Hartley <ben.hartley@brightwellclinics.com>", "Fourth week of invite problems - and it's happening again today", w, txt,
            lang="en-GB", body_lang="EN-GB", extra=[("Importance", "high")]),
    "escalation", "flag_csm+forward_support", "", "en", "outlook-alt;quoted-printable;windows-1252;importance-high",
    "recurring problems plus live fault today")

# --- VP: candidate communications complaints, Outlook HTML-only, long folded subject, evening
w = When(2026, 6, 2, 19, 20, 4, "us-e")
subj = "Candidate experience with GoodTime emails - recurring complaints from clinic managers (please raise with GoodTime)"
body = smart(L("""
Team,

At the last three regional ops meetings, clinic managers have raised the same thing: candidates say they get too many emails from us about a single interview (invite, confirmation, reminder, update, another update), the wording is confusing, and some don't realise which link to click. Two candidates for nursing roles in Phoenix withdrew and mentioned it.

I don't think this is one bug – it's how we have GoodTime set up and maybe how it works. I'd like GoodTime to review our candidate communications end to end with us and recommend changes.

Please arrange it and keep me posted.

Dana Whitaker
VP Clinical Operations – US
Brightwell Clinics
"""))
add(outlook("Dana Whitaker <dana.whitaker@brightwellclinics.com>", fold(subj, 64), w, body, html_only=True, topic=subj),
    "escalation", "flag_csm", "", "en", "outlook-html-only;quoted-printable;windows-1252;long-folded-subject",
    "candidate comms review with vendor")

# --- es team training, B subject split, base64
w = When(2026, 6, 3, 10, 14, 22, "cet")
txt = L("""
Hola,

En septiembre abrimos dos clínicas nuevas (Málaga y Bilbao) y el equipo de selección en España pasa de 4 a 11 personas. La mayoría no ha usado nunca GoodTime.

Nos gustaría organizar con GoodTime una formación en español para todo el equipo, a poder ser en remoto y adaptada a cómo trabajamos aquí (entrevistas con médicos que pasan consulta, varias sedes).

¿Podéis gestionarlo con ellos y proponerme fechas para finales de agosto?

Un saludo,
Beatriz Santos
Responsable de Talento · España
Brightwell Clinics España, S.L.
""")
subj = "Formación GoodTime para el nuevo equipo de selección en España"
add(outlook("Beatriz Santos <beatriz.santos@brightwellclinics.es>", ew_chunks(subj, "UTF-8", "B", 21), w, txt, cs="utf-8", codec="utf-8",
            cte="base64", lang="es-ES", body_lang="ES", topic=subj),
    "escalation", "flag_csm", "", "es", "outlook-alt;base64;utf-8;rfc2047-b-split-mid-word",
    "training for new Spanish team")

# --- fr complaint + live fault this morning, disclaimer
w = When(2026, 4, 14, 10, 52, 31, "cet")
txt = L("""
Bonjour,

Je vous écris au nom de la direction RH France.

Depuis le déploiement de GoodTime en janvier, nos équipes signalent des problèmes chaque semaine : créneaux proposés sur des jours de consultation, récapitulatifs erronés, et des délais de réponse que je juge insuffisants. La confiance des managers dans l’outil s’érode.

Et ce matin encore, aucune invitation n’est partie pour les entretiens du site de Lyon programmés depuis 8h : les intervieweurs n’ont rien dans leur agenda alors que GoodTime indique « planifié ».

Je souhaite, d’une part, que ce problème soit traité immédiatement avec le support et, d’autre part, un point formel avec notre interlocuteur chez GoodTime sur la qualité de service.

Cordialement,

Isabelle Fournier
Directrice des Ressources Humaines France
Brightwell Clinics | 42 rue de la Convention, 75015 Paris

""") + [DISC_FR]
add(outlook("Isabelle Fournier <isabelle.fournier@brightwellclinics.com>",
            ew_at("Réclamation – problèmes récurrents GoodTime et invitations bloquées ce matin", [30], "utf-8", "Q"), w, txt,
            lang="fr-FR", body_lang="FR", topic="Réclamation – problèmes récurrents GoodTime et invitations bloquées ce matin"),
    "escalation", "flag_csm+forward_support", "", "fr", "outlook-alt;quoted-printable;windows-1252;rfc2047-q-split;disclaimer",
    "service complaint plus invites not sent today")

# --- pt licences for new clinic, RAW UTF-8 subject, 8bit body
w = When(2026, 5, 7, 9, 5, 47, "pt")
add(owa("Pedro Nunes <pedro.nunes@brightwellclinics.pt>", "Licenças GoodTime para a nova clínica de Braga – renovação", w, L("""
Bom dia,

Em outubro abrimos a clínica de Braga e vamos precisar de acesso ao GoodTime para mais 3 coordenadoras e cerca de 15 entrevistadores.

Pelo que percebi, as licenças de Portugal estão incluídas no contrato global, que é renovado em junho. Podem confirmar com a GoodTime como é que isto se faz – se entra já na renovação ou se é um aditamento ao contrato – e quanto custa? Preciso do valor para o orçamento de 2027.

Obrigado,
Pedro Nunes
Diretor de Operações · Portugal
"""), cte="8bit", lang="pt-PT"),
    "escalation", "flag_csm", "", "pt", "new-outlook-alt;8bit;utf-8;raw-utf8-subject", "licences for new clinic, contract")

# ============================================================================
# NOISE
# ============================================================================

# --- OOO with Auto-Submitted (Outlook automatic reply)
w = When(2026, 4, 2, 9, 1, 7, "uk")
txt = L("""
Thank you for your email. I'm on annual leave until Monday 13 April with no access to email.

For anything urgent about interview scheduling at the Leeds clinics, please contact Holly Sutton (holly.sutton@brightwellclinics.com).

Kind regards,
Laura Bennett
""")
add(outlook("Laura Bennett <laura.bennett@brightwellclinics.com>", "Automatic reply: GoodTime drop-in sessions - April dates", w, txt,
            to=HELP_HDR, lang="en-GB", body_lang="EN-GB", in_reply_to=ms_msgid(),
            extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", "laura.bennett@brightwellclinics.com")]),
    "noise", "ignore", "", "en", "out-of-office;auto-submitted;outlook-alt;quoted-printable", "automatic reply")

# --- OOO without Auto-Submitted, no Message-ID, mentions URGENT
w = When(2026, 4, 27, 6, 2, 40, "us-e")
text = """I am out of the office from April 27 through May 1 with limited access to email. If this is URGENT, please call the Columbus Easton clinic at 614-555-0190 and ask for the charge nurse on duty.

I will respond to your message when I return.

Brian Caldwell
Clinic Manager, Columbus Easton
"""
h = received_m365(w, 2) + [("From", "Brian Caldwell <brian.caldwell@brightwellclinics.com>"), ("To", HELP),
     ("Subject", "Out of Office: Re: Reminder - please update your interviewer working hours in GoodTime"), ("Date", w.hdr("pad")),
     ("MIME-Version", "1.0")]
add(assemble(h, leaf("text/plain; charset=us-ascii", text, "ascii", "7bit")), "noise", "ignore", "", "en",
    "out-of-office;no-auto-submitted;no-message-id;7bit;urgent-word", "OOO without auto headers")

# --- bounce, MAILER-DAEMON, multipart/report delivery-status
w = When(2026, 1, 14, 10, 22, 0, "uk")
qid = "4C2B81A0F3"
bnd = "%s.%d/mx1.brightwellclinics.com" % (qid, RNG.randint(1768000000, 1768999999))
orig_w = When(2026, 1, 14, 10, 21, 58, "uk")
orig = """Received: from BN0PR04MB7711.namprd04.prod.outlook.com (unknown [10.12.4.7])
	by mx1.brightwellclinics.com (Postfix) with ESMTPS id %s
	for <j.walters@brightwell-clinics.co.uk>; %s
From: GoodTime Help Line <helpline@brightwellclinics.com>
To: James Walters <j.walters@brightwell-clinics.co.uk>
Subject: RE: GoodTime access for new starters
Date: %s
Message-ID: %s
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

Hi James,

Your GoodTime account is now set up and your calendar is connected. You
should see the interviewer pools for the Leeds lab when you log in.

Best,
GoodTime Help Line - Brightwell Clinics
""" % (qid, orig_w.hdr(), orig_w.hdr(), ms_msgid())
parts = [
    leaf("text/plain; charset=us-ascii", """This is the mail system at host mx1.brightwellclinics.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<j.walters@brightwell-clinics.co.uk>: Host or domain name not found. Name
    service error for name=brightwell-clinics.co.uk type=MX: Host not found,
    try again
""", "ascii", None, [("Content-Description", "Notification")]),
    leaf("message/delivery-status", """Reporting-MTA: dns; mx1.brightwellclinics.com
X-Postfix-Queue-ID: %s
X-Postfix-Sender: rfc822; helpline@brightwellclinics.com
Arrival-Date: %s

Final-Recipient: rfc822; j.walters@brightwell-clinics.co.uk
Original-Recipient: rfc822;j.walters@brightwell-clinics.co.uk
Action: failed
Status: 5.4.4
Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
    for name=brightwell-clinics.co.uk type=MX: Host not found, try again
""" % (qid, orig_w.hdr()), "ascii", None, [("Content-Description", "Delivery report")]),
    leaf("message/rfc822", orig, "ascii", None, [("Content-Description", "Undelivered Message")]),
]
node = multi('multipart/report; report-type=delivery-status;\n\tboundary="%s"' % bnd, bnd, parts,
             preamble="This is a MIME-encapsulated message.")
h = [("Return-Path", "<>"),
     ("Received", "from mx1.brightwellclinics.com (mx1.brightwellclinics.com [203.0.113.25])\n\tby BN1PEPF00004%03X.mail.protection.outlook.com with ESMTPS; %s" % (RNG.randint(0, 4095), w.utc_at(2))),
     ("Received", "by mx1.brightwellclinics.com (Postfix)\n\tid 7F1E21A0F9; %s" % w.hdr()),
     ("Date", w.hdr() + " (GMT)"), ("From", "MAILER-DAEMON@mx1.brightwellclinics.com (Mail Delivery System)"),
     ("Subject", "Undelivered Mail Returned to Sender"), ("To", HELP), ("Auto-Submitted", "auto-replied"),
     ("MIME-Version", "1.0"), ("Message-Id", "<20260114102200.7F1E21A0F9@mx1.brightwellclinics.com>")]
add(assemble(h, node, "\n"), "noise", "ignore", "", "en", "bounce;multipart-report;delivery-status;mailer-daemon;message-rfc822;lf-line-endings",
    "bounce of help line reply")

# --- vendor newsletter with List-Unsubscribe
w = When(2026, 5, 12, 16, 0, 3, "us-e")
news_txt = """GoodTime | Product Digest - May 2026

Hi there,

Here's what's new in GoodTime this month:

* Smarter load balancing - set weekly AND daily limits per interviewer, and let GoodTime spread interviews across your pools automatically.
* New reporting filters - slice scheduling speed by office, department or interview type.
* Candidate portal refresh - a cleaner, mobile-first booking experience.

WEBINAR: "Scheduling at scale in healthcare"
Thursday, May 28 at 1 PM ET. Hear how high-volume clinical hiring teams cut time-to-schedule by 40%.
Register now: https://updates.goodtime.io/l/webinar-may-2026

Have an idea? Share it on the GoodTime Product board and upvote the ones you love.

GoodTime, Inc. | 500 Yale Ave N, Seattle, WA 98109
You're receiving this because you're a GoodTime user at Brightwell Clinics.
Unsubscribe: https://updates.goodtime.io/u/3f9c2a?e=helpline%40brightwellclinics.com
"""
news_html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>GoodTime Product Digest</title></head>
<body style="margin:0;background:#f4f2fa"><table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="600" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;color:#222">
<tr><td style="background:#5b2ca0;padding:24px;color:#fff;font-size:22px"><b>GoodTime</b> Product Digest &middot; May 2026</td></tr>
<tr><td style="padding:24px;font-size:15px;line-height:22px">Hi there,<br><br>Here&#8217;s what&#8217;s new in GoodTime this month:
<ul><li><b>Smarter load balancing</b> &ndash; set weekly <i>and</i> daily limits per interviewer.</li>
<li><b>New reporting filters</b> &ndash; slice scheduling speed by office, department or interview type.</li>
<li><b>Candidate portal refresh</b> &ndash; a cleaner, mobile-first booking experience.</li></ul>
<p style="background:#f0e9fb;padding:16px"><b>WEBINAR: Scheduling at scale in healthcare</b><br>Thursday, May 28 at 1 PM ET.<br>
<a href="https://updates.goodtime.io/l/webinar-may-2026" style="display:inline-block;margin-top:8px;background:#5b2ca0;color:#fff;padding:10px 18px;text-decoration:none">Register now</a></p>
<p>Have an idea? Share it on the GoodTime Product board and upvote the ones you love.</p></td></tr>
<tr><td style="padding:16px;font-size:11px;color:#888">GoodTime, Inc. &middot; 500 Yale Ave N, Seattle, WA 98109<br>
You&#8217;re receiving this because you&#8217;re a GoodTime user at Brightwell Clinics. <a href="https://updates.goodtime.io/u/3f9c2a?e=helpline%40brightwellclinics.com">Unsubscribe</a>
<img src="https://updates.goodtime.io/o/3f9c2a.gif" width="1" height="1" alt=""></td></tr></table></td></tr></table></body></html>
"""
bnd = "----=_Part_%d_%d.%d" % (RNG.randint(100000, 999999), RNG.randint(100000000, 999999999), RNG.randint(1767000000000, 1790000000000))
node = multi('multipart/alternative; \n\tboundary="%s"' % bnd, bnd, [
    leaf("text/plain; charset=UTF-8", news_txt, "utf-8", "quoted-printable"),
    leaf("text/html; charset=UTF-8", news_html, "utf-8", "quoted-printable")])
ip = "198.2.%d.%d" % (RNG.randint(128, 191), RNG.randint(2, 250))
h = [("Received", "from %s (%s)\n by %s with HTTPS; %s" % (ms_host(), ipv6(), ms_host(), w.utc_at(6))),
     ("Received", "from %s (%s) by\n %s (%s) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.20.9137.21; %s" % (ms_host(), ipv6(), ms_host(), ipv6(), w.utc_at(5))),
     ("Received", "from mta-%d.updates.goodtime.io (%s) by\n BY1PEPF00012A4C.mail.protection.outlook.com (10.167.242.77) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.9137.21 via\n Frontend Transport; %s" % (RNG.randint(10, 99), ip, w.utc_at(4))),
     ("Received", "from [10.21.8.44] by mta-%d.updates.goodtime.io with ESMTP; %s" % (RNG.randint(10, 99), w.utc_at(1))),
     ("Received", "by sfmc-app-04 (Postfix, from userid 0) id 9A2F13C0; %s" % w.utc_at(0)),
     auth_results("updates.goodtime.io", ip),
     dkim("updates.goodtime.io", "s1", "from:to:subject:date:list-unsubscribe:list-unsubscribe-post:mime-version:content-type"),
     ("From", "GoodTime <news@updates.goodtime.io>"), ("To", HELP), ("Subject", "What's new in GoodTime: smarter load balancing, new reporting filters & our May webinar"),
     ("Date", w.hdr()), ("Message-ID", "<%s.%s@updates.goodtime.io>" % (rhex(24), rhex(6))),
     ("List-Unsubscribe", "<https://updates.goodtime.io/u/3f9c2a?e=helpline%40brightwellclinics.com>,\n <mailto:unsubscribe-3f9c2a@updates.goodtime.io?subject=unsubscribe>"),
     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"), ("X-Campaign-ID", "pd-2026-05"),
     ("Feedback-ID", "pd-2026-05:goodtime:sfmc"), ("MIME-Version", "1.0")]
add(assemble(h, node), "noise", "ignore", "", "en", "newsletter;list-unsubscribe;precedence-bulk;received-5;dkim;authentication-results;html-marketing",
    "vendor newsletter")

# --- calendar accept (Outlook REPLY)
def cal_reply(frm, attendee, subject, w, partstat, summary, comment=None, lang="en", plain="", to=HELP_HDR, subj_hdr=None, clang="en-US"):
    st = When(w.local.year, w.local.month, w.local.day, 15, 0, 0, "utc")
    ical = ics("REPLY", summary, None, attendee, st.ics(86400 * 3), st.ics(86400 * 3 + 3600),
               "040000008200E00074C5B7101A82E008%s" % rAZ(48, "0123456789ABCDEF"), partstat=partstat, comment=comment, lang=lang)
    bnd = "_000_%s_" % rAZ(40, "0123456789ABCDEF")
    node = multi('multipart/alternative;\n\tboundary="%s"' % bnd, bnd, [
        leaf('text/plain; charset="utf-8"', plain, "utf-8", "base64"),
        leaf('text/calendar; charset="utf-8"; method=REPLY', ical, "utf-8", "base64")])
    h = received_m365(w, 2) + [("From", frm), ("To", to), ("Subject", subj_hdr or subject), ("Thread-Topic", summary if all(ord(c) < 128 for c in summary) else ew(summary)),
         ("Date", w.hdr()), ("Message-ID", ms_msgid()), ("Content-Language", clang), ("X-MS-Has-Attach", ""),
         ("X-MS-Exchange-Calendar-Originator-Id", "%s-%s" % (rhex(8), rhex(4))),
         ("Content-class", "urn:content-classes:calendarmessage"), ("MIME-Version", "1.0")]
    return assemble(h, node)


w = When(2026, 2, 25, 8, 12, 36, "us-c")
add(cal_reply("Olivia Chen <olivia.chen@brightwellclinics.com>", "olivia.chen@brightwellclinics.com",
              "Accepted: GoodTime drop-in clinic - coordinators (Help Line)", w, "ACCEPTED", "GoodTime drop-in clinic - coordinators (Help Line)"),
    "noise", "ignore", "", "en", "calendar-reply;text-calendar;accepted;base64", "meeting accepted")

w = When(2026, 3, 9, 13, 55, 12, "uk")
add(cal_reply("Tom Whitfield <tom.whitfield@brightwellclinics.com>", "tom.whitfield@brightwellclinics.com",
              "Declined: GoodTime refresher - interviewers (Leeds)", w, "DECLINED", "GoodTime refresher - interviewers (Leeds)",
              comment="Sorry, I'm in clinic all afternoon.", plain="Sorry, I'm in clinic all afternoon.\n", clang="en-GB"),
    "noise", "ignore", "", "en", "calendar-reply;text-calendar;declined;base64;comment", "meeting declined with comment")

w = When(2026, 2, 3, 9, 22, 48, "cet")
add(cal_reply("Camille Durand <camille.durand@brightwellclinics.com>", "camille.durand@brightwellclinics.com",
              "Accepté : Point GoodTime – équipe Lyon", w, "ACCEPTED", "Point GoodTime – équipe Lyon", lang="fr-FR",
              subj_hdr=ew("Accepté : Point GoodTime – équipe Lyon", "utf-8", "Q"), clang="fr-FR"),
    "noise", "ignore", "", "fr", "calendar-reply;text-calendar;accepted;rfc2047-q-subject;base64", "meeting accepted (French)")

# --- read receipts (MDN)
def read_receipt(frm, final, subject_hdr, w, body, clang="en-US", orig_to="", nl="\r\n"):
    bnd = "_%s_" % rAZ(36, "0123456789ABCDEF")
    mdn = """Reporting-UA: %s; Microsoft Exchange Server 15.20
Final-Recipient: rfc822;%s
Original-Message-ID: %s
Disposition: manual-action/MDN-sent-manually; displayed
""" % (ms_host("eur"), final, ms_msgid())
    node = multi('multipart/report; report-type=disposition-notification;\n\tboundary="%s"' % bnd, bnd, [
        leaf('text/plain; charset="utf-8"', body, "utf-8", "quoted-printable"),
        leaf("message/disposition-notification", mdn, "ascii", "7bit")])
    h = received_m365(w, 2) + [("From", frm), ("To", HELP_HDR), ("Subject", subject_hdr), ("Date", w.hdr()),
         ("Message-ID", ms_msgid()), ("Content-Language", clang), ("X-MS-Has-Attach", ""), ("MIME-Version", "1.0")]
    return assemble(h, node, nl)


w = When(2026, 3, 26, 11, 41, 5, "uk")
add(read_receipt("Marcus Bell <marcus.bell@brightwellclinics.com>", "marcus.bell@brightwellclinics.com", "Read: GoodTime access for contractors", w,
                 """Your message

To: Marcus Bell
Subject: GoodTime access for contractors
Sent: Thursday, March 26, 2026 10:58:40 AM (UTC+00:00) Dublin, Edinburgh, Lisbon, London

was read on Thursday, March 26, 2026 11:41:05 AM (UTC+00:00) Dublin, Edinburgh, Lisbon, London.
""", clang="en-GB"),
    "noise", "ignore", "", "en", "read-receipt;mdn;multipart-report", "read receipt")

w = When(2026, 5, 13, 16, 20, 3, "pt")
add(read_receipt("=?UTF-8?Q?In=C3=AAs_Rodrigues?= <ines.rodrigues@brightwellclinics.pt>", "ines.rodrigues@brightwellclinics.pt",
                 ew("Lida: Questionário sobre a formação GoodTime", "iso-8859-1", "B"), w,
                 """A sua mensagem

Para: Inês Rodrigues
Assunto: Questionário sobre a formação GoodTime
Enviada: quarta-feira, 13 de maio de 2026 15:02:11 (UTC+00:00) Dublin, Edimburgo, Lisboa, Londres

foi lida em quarta-feira, 13 de maio de 2026 16:20:03 (UTC+00:00) Dublin, Edimburgo, Lisboa, Londres.
""", clang="pt-PT"),
    "noise", "ignore", "", "pt", "read-receipt;mdn;multipart-report;rfc2047-b-iso-8859-1", "read receipt (Portuguese)")

# --- phishing
w = When(2026, 3, 21, 3, 17, 44, "utc")
ph_html = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<div style="max-width:560px;margin:auto;border:1px solid #ddd;padding:24px">
<div style="color:#6b2fb3;font-size:24px;font-weight:bold">GoodTime</div>
<p>Dear user,</p>
<p>We detected unusual sign-in activity on your GoodTime account <b>helpline@brightwellclinics.com</b>. To protect your organization, your account will be <b style="color:#c00">SUSPENDED within 24 hours</b> unless you verify your identity immediately.</p>
<p style="text-align:center"><a href="https://goodtime-io-helpdesk.com/verify?u=aGVscGxpbmVAYnJpZ2h0d2VsbGNsaW5pY3MuY29t" style="background:#6b2fb3;color:#fff;padding:12px 24px;text-decoration:none;border-radius:4px">VERIFY ACCOUNT NOW</a></p>
<p>If you do not verify, all scheduled interviews and calendar connections will be removed and cannot be restored.</p>
<p>Thank you,<br>GoodTime Security Team</p>
<p style="font-size:10px;color:#999">This is an automated security notice. Please do not reply. &copy; 2026 GoodTime Inc.</p>
</div></body></html>
"""
ip = "185.%d.%d.%d" % (RNG.randint(100, 250), RNG.randint(1, 250), RNG.randint(2, 250))
h = [("Received", "from %s (%s)\n by %s with HTTPS; %s" % (ms_host(), ipv6(), ms_host(), w.utc_at(5))),
     ("Received", "from %s (%s) by\n %s (%s) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.20.9137.21; %s" % (ms_host(), ipv6(), ms_host(), ipv6(), w.utc_at(4))),
     ("Received", "from mail.goodtime-io-helpdesk.com (%s) by\n SN1PEPF0002636E.mail.protection.outlook.com (10.167.241.139) with Microsoft SMTP\n Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.9137.21 via\n Frontend Transport; %s" % (ip, w.utc_at(3))),
     ("Received", "from localhost (localhost [127.0.0.1])\n\tby mail.goodtime-io-helpdesk.com (Postfix) with ESMTPA id 3B1F2401C2\n\tfor <helpline@brightwellclinics.com>; %s" % w.hdr()),
     ("Received", "from [192.168.1.23] (unknown [%s])\n\tby mail.goodtime-io-helpdesk.com; %s" % (ip, w.hdr())),
     ("Authentication-Results", "spf=pass (sender IP is %s)\n smtp.mailfrom=goodtime-io-helpdesk.com; dkim=none (message not signed)\n header.d=none;dmarc=none action=none\n header.from=goodtime-io-helpdesk.com;compauth=softpass reason=201" % ip),
     ("From", "GoodTime Support <support@goodtime-io-helpdesk.com>"), ("Reply-To", "security-verify@goodtime-io-helpdesk.com"),
     ("To", HELP), ("Subject", "Action required: your GoodTime account will be suspended in 24 hours"), ("Date", w.hdr()),
     ("Message-ID", "<%s@goodtime-io-helpdesk.com>" % rhex(20)), ("X-Priority", "1"), ("MIME-Version", "1.0")]
add(assemble(h, leaf("text/html; charset=utf-8", ph_html, "utf-8", "quoted-printable")), "noise", "ignore", "", "en",
    "phishing;lookalike-domain;html-only;received-5;authentication-results;urgent-words", "credential phishing")

# --- bare thanks, Outlook reply with help line answer quoted
w = When(2026, 1, 27, 9, 3, 31, "us-e")
top = ["thanks!!", "", "Megan"]
qh = ("GoodTime Help Line <helpline@brightwellclinics.com>", "Monday, January 26, 2026 5:12 PM", "Megan O'Connell <megan.oconnell@brightwellclinics.com>", "RE: Availability link error")
old = smart(L("""
Hi Megan,

GoodTime Support have confirmed the fix for the availability link error is live. Links sent from REQ-2291 should open again – you don't need to resend the ones from this morning, but let us know if any candidate still sees the error.

Best,
GoodTime Help Line
"""))
txt = top + ["", "From: %s" % qh[0], "Sent: %s" % qh[1], "To: %s" % qh[2], "Subject: %s" % qh[3], ""] + old
htm = top + [mso_quote_block(*qh)] + old
add(outlook("Megan O'Connell <megan.oconnell@brightwellclinics.com>", "RE: Availability link error", w, txt, htm, reply=True, in_reply_to=ms_msgid()),
    "noise", "ignore", "", "en", "outlook-alt;quoted-printable;bare-thanks;reply-with-quote", "bare thank-you")

# --- de OOO with Auto-Submitted
w = When(2026, 3, 30, 7, 0, 2, "cet")
txt = L("""
Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 10.04.2026 nicht im Büro und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an praxis.muenchen@brightwellclinics.de. Ihre E-Mail wird nicht weitergeleitet.

Mit freundlichen Grüßen
Stefan Wagner
""")
add(outlook("Stefan Wagner <stefan.wagner@brightwellclinics.de>", ew("Automatische Antwort: GoodTime-Sprechstunde für Koordinatoren", "utf-8", "Q"), w, txt,
            cs="utf-8", codec="utf-8", lang="de-DE", body_lang="DE", in_reply_to=ms_msgid(), topic="GoodTime-Sprechstunde für Koordinatoren",
            extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")]),
    "noise", "ignore", "", "de", "out-of-office;auto-submitted;outlook-alt;quoted-printable;utf-8;rfc2047-q-subject",
    "Abwesenheitsnotiz")

# --- es Gmail vacation responder, Message-ID without brackets
w = When(2026, 4, 2, 10, 1, 55, "cet")
txt = "Hola:\n\nEstoy de vacaciones hasta el 13 de abril, sin acceso al correo. Para temas urgentes de selección en Madrid, escribe a Álvaro Gómez (alvaro.gomez@brightwellclinics.es).\n\nUn saludo,\nLucía"
bnd = "0000000000" + rhex(16)
node = multi('multipart/alternative; boundary="%s"' % bnd, bnd, [
    leaf('text/plain; charset="UTF-8"', txt, "utf-8", "quoted-printable"),
    leaf('text/html; charset="UTF-8"', "<div dir=\"ltr\">" + "<br>".join(html.escape(l) for l in txt.split("\n")) + "</div>\n", "utf-8", "quoted-printable")])
rec, ip = received_google(w, "brightwellclinics.es", 5)
h = rec + [auth_results("brightwellclinics.es", ip), dkim("brightwellclinics.es", "google"),
           ("MIME-Version", "1.0"), ("From", "=?UTF-8?Q?Luc=C3=ADa_Fern=C3=A1ndez?= <lucia.fernandez@brightwellclinics.es>"),
           ("Date", w.hdr()), ("Message-ID", gmail_msgid()[1:-1]), ("Subject", "Fuera de la oficina (vuelvo el 13 de abril)"),
           ("To", HELP), ("Auto-Submitted", "auto-replied"), ("In-Reply-To", ms_msgid())]
add(assemble(h, node), "noise", "ignore", "", "es", "out-of-office;auto-submitted;gmail-vacation;message-id-no-brackets;received-5;dkim",
    "respuesta automática de vacaciones")

# --- pt bare thanks, iPhone, quoted help line answer
w = When(2026, 1, 12, 15, 40, 12, "pt")
q = L("""
A 12/01/2026, às 15:03, GoodTime Help Line <helpline@brightwellclinics.com> escreveu:

Olá João,
Bem-vindo! Esta linha de apoio é gerida pela equipa interna do projeto GoodTime. Podes enviar-nos dúvidas sobre como usamos o GoodTime aqui; para erros ou situações urgentes, o suporte da GoodTime está disponível 24/7.
Cumprimentos,
GoodTime Help Line
""")
add(iphone("=?utf-8?Q?Jo=C3=A3o_Carvalho?= <joao.carvalho@brightwellclinics.pt>", "Re: Novo na equipa - o que posso perguntar aqui?", w, ["Obrigado!!"],
           sig="Enviado do meu iPhone", quote=quote_gt(q), in_reply_to=ms_msgid(), received=2),
    "noise", "ignore", "", "pt", "iphone-plain;quoted-printable;bare-thanks;gt-quote;enviado-do-meu-iphone", "bare thank-you (Portuguese)")

# ============================================================================
# write everything
# ============================================================================

def main():
    order = list(range(len(MESSAGES)))
    random.Random(424242).shuffle(order)
    for f in os.listdir(OUT):
        if f.startswith("a-") and f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    rows = []
    for n, idx in enumerate(order, 1):
        m = MESSAGES[idx]
        name = "a-%03d.eml" % n
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(m["raw"])
        rows.append([name, m["category"], m["actions"], m["article"], m["language"], m["format"], m["notes"]])
    with open(os.path.join(OUT, "labels.csv"), "w", newline="", encoding="utf-8") as fh:
        wr = csv.writer(fh)
        wr.writerow(["file", "category", "actions", "article", "language", "format", "notes"])
        wr.writerows(rows)
    print("wrote %d messages" % len(rows))


if __name__ == "__main__":
    main()
