#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Blind test set, batch b: 100 help-line e-mails to gt-helpline@ospreyretail.com.

Writes b-001.eml ... b-100.eml and labels.csv next to this script.
Messages are assembled byte by byte so that odd encodings (raw 8-bit headers,
split encoded words, windows-1252 QP, base64 in legacy charsets) are exact.
"""
import base64
import csv
import datetime as _dt
import hashlib
import html
import os
import quopri
import random
import struct
import zlib
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(77120402)
HELP = "gt-helpline@ospreyretail.com"
HELP_TO = "GoodTime Helpline <gt-helpline@ospreyretail.com>"

MESSAGES = []  # dicts: data, category, actions, article, language, format, notes


def add(data, category, actions, article, language, fmt, notes=""):
    MESSAGES.append(dict(data=data, category=category, actions=actions,
                         article=article, language=language, format=fmt, notes=notes))


# --------------------------------------------------------------------- dates
EU_DST_START = _dt.datetime(2026, 3, 29, 1, 0, tzinfo=_dt.timezone.utc)
EU_DST_END = _dt.datetime(2026, 10, 25, 1, 0, tzinfo=_dt.timezone.utc)
BASE = {"UK": 0, "PT": 0, "DE": 60, "ES": 60, "FR": 60, "BR": -180, "UTC": 0, "US": -300}


def when(mo, d, h, mi, loc, s=None):
    """Local wall-clock time at loc -> aware datetime with the right offset."""
    if s is None:
        s = R.randint(0, 59)
    base = BASE[loc]
    off = base
    if loc in ("UK", "PT", "DE", "ES", "FR"):
        naive = _dt.datetime(2026, mo, d, h, mi, s)
        utc_guess = naive - _dt.timedelta(minutes=base)
        utc_guess = utc_guess.replace(tzinfo=_dt.timezone.utc)
        if EU_DST_START <= utc_guess < EU_DST_END:
            off = base + 60
    if loc == "US":
        naive = _dt.datetime(2026, mo, d, h, mi, s)
        if _dt.datetime(2026, 3, 8, 7) <= naive < _dt.datetime(2026, 11, 1, 6):
            off = -240
    return _dt.datetime(2026, mo, d, h, mi, s, tzinfo=_dt.timezone(_dt.timedelta(minutes=off)))


def rfcdate(d):
    return format_datetime(d)


def utc(d, plus=0):
    return (d + _dt.timedelta(seconds=plus)).astimezone(_dt.timezone.utc)


def rfcutc(d, plus=0):
    return format_datetime(utc(d, plus)).replace("-0000", "+0000")


# ------------------------------------------------------------- random bits
def rhex(n):
    return "".join(R.choice("0123456789ABCDEF") for _ in range(n))


def rlow(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def rb64(n):
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(n))).decode()


def exo_host():
    site = R.choice(["AM6PR07", "DB9PR07", "AM0PR04", "PA4PR08", "VI1PR03", "DU0PR02", "AS8PR04", "GV2PR07"])
    region = "eurprd" + site[-2:]
    return f"{site}MB{R.randint(1000, 9999)}.{region}.prod.outlook.com", region


def exo_msgid():
    h, _ = exo_host()
    site = h.split(".")[0]
    return f"<{site}{rhex(14)}{rhex(10)}@{h}>"


def gmail_msgid():
    return "<CA" + rb64(36).replace("/", "_").replace("+", "-").rstrip("=") + "@mail.gmail.com>"


def apple_msgid():
    return f"<{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}@ospreyretail.com>"


def thread_index():
    return base64.b64encode(b"\x01" + bytes(R.getrandbits(8) for _ in range(21))).decode()


def ipv6():
    return "2603:10a6:%x:%x::%x" % (R.randint(1, 0x900), R.randint(1, 0x3ff), R.randint(1, 0x30))


def received_exo(d, n=3, external=None):
    """Exchange Online style Received chain, top = last hop. d = sending time."""
    hops = []
    t = 0
    prev = None
    if external:
        # (helo, ip, edge) of an external hop at the bottom
        for helo, ip, by in external:
            t += R.randint(1, 3)
            hops.append(f"from {helo} ({ip}) by {by}\n"
                        f" ({ipv6()}) with Microsoft SMTP Server (version=TLS1_3,\n"
                        f" cipher=TLS_AES_256_GCM_SHA384) id 15.20.{R.randint(8000, 9300)}.{R.randint(10, 40)} via Frontend\n"
                        f" Transport; {rfcutc(d, t)}")
            prev = by
    if prev is None:
        prev = exo_host()[0]
    for i in range(n - (1 if external else 0)):
        h, _ = exo_host()
        t += R.randint(0, 2)
        last = (i == n - (2 if external else 1))
        if last:
            hops.append(f"from {prev} ({ipv6()}) by {h} with HTTPS; {rfcutc(d, t)}")
        else:
            fe = " via Frontend\n Transport" if i % 2 else ""
            hops.append(f"from {prev} ({ipv6()}) by {h}\n"
                        f" ({ipv6()}) with Microsoft SMTP Server (version=TLS1_2,\n"
                        f" cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{R.randint(8000, 9300)}.{R.randint(10, 40)}{fe}; {rfcutc(d, t)}")
        prev = h
    return [("Received", x) for x in reversed(hops)]


def received_onprem(d, n, site="HAM"):
    """Hybrid: on-prem Exchange -> gateway -> EXO protection -> mailbox."""
    hops = []
    t = 0
    srv = f"{site}-EXHYB0{R.randint(1, 4)}.corp.ospreyretail.com"
    gw = f"mx-gw{R.randint(1, 3)}.ospreyretail.com"
    ip_priv = f"10.{R.randint(20, 60)}.{R.randint(1, 250)}.{R.randint(2, 250)}"
    ip_ws = f"10.{R.randint(100, 140)}.{R.randint(1, 250)}.{R.randint(2, 250)}"
    hops.append(f"from {site}-WS{R.randint(1000, 9999)}.corp.ospreyretail.com ([{ip_ws}]) by {srv}\n"
                f" ({ip_priv}) with Microsoft SMTP Server (version=TLS1_2) id 15.2.1544.{R.randint(4, 14)};\n {rfcdate(d + _dt.timedelta(seconds=1))}")
    t = 2
    hops.append(f"from {srv} ([{ip_priv}]) by {gw} (Postfix) with ESMTPS id 4f{rlow(8)}\n"
                f" for <{HELP}>; {rfcdate(d + _dt.timedelta(seconds=t))}")
    t += 1
    pub = f"185.44.{R.randint(100, 130)}.{R.randint(2, 250)}"
    edge = f"DB1PEPF0000{R.randint(1000, 9999)}.eurprd03.prod.outlook.com"
    hops.append(f"from {gw} ({pub}) by {edge} ({ipv6()}) with Microsoft\n"
                f" SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.{R.randint(8000, 9300)}.{R.randint(10, 40)}\n via Frontend Transport; {rfcutc(d, t)}")
    prev = edge
    for i in range(max(0, n - 3)):
        t += R.randint(0, 2)
        h, _ = exo_host()
        if i == n - 4:
            hops.append(f"from {prev} ({ipv6()}) by {h} with HTTPS; {rfcutc(d, t)}")
        else:
            hops.append(f"from {prev} ({ipv6()}) by {h}\n"
                        f" ({ipv6()}) with Microsoft SMTP Server (version=TLS1_2,\n"
                        f" cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{R.randint(8000, 9300)}.{R.randint(10, 40)}; {rfcutc(d, t)}")
        prev = h
    return [("Received", x) for x in reversed(hops)]


def dkim(domain="ospreyretail.com", sel="selector1", headers="From:Date:Subject:Message-ID:Content-Type:MIME-Version"):
    b = rb64(256)
    b_folded = "\n\t ".join(b[i:i + 64] for i in range(0, len(b), 64))
    return ("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed; d={domain};\n"
            f"\ts={sel}; h={headers};\n\tbh={rb64(32)};\n\tb={b_folded}")


def auth_results(domain="ospreyretail.com", ip=None, spf="pass", dk="pass", dmarc="pass"):
    ip = ip or f"40.107.{R.randint(1, 250)}.{R.randint(1, 250)}"
    return ("Authentication-Results", f"spf={spf} (sender IP is {ip})\n smtp.mailfrom={domain}; dkim={dk} (signature was verified)\n"
            f" header.d={domain};dmarc={dmarc} action=none header.from={domain};compauth=pass\n reason=100")


def arc(domain="ospreyretail.com"):
    return [
        ("ARC-Seal", f"i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b={rb64(180)}"),
        ("ARC-Message-Signature", "i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n"
         " s=arcselector10001;\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0;\n"
         f" bh={rb64(32)};\n b={rb64(180)}"),
        ("ARC-Authentication-Results", f"i=1; mx.microsoft.com 1; spf=pass\n smtp.mailfrom={domain}; dmarc=pass action=none\n header.from={domain}; dkim=pass header.d={domain}; arc=none"),
    ]


def exo_extras(d, has_attach=False, lang="en-GB", topic=None):
    hs = []
    if topic is not None:
        hs.append(("Thread-Topic", topic))
        hs.append(("Thread-Index", thread_index()))
    hs += [("X-MS-Has-Attach", "yes" if has_attach else ""),
           ("X-MS-TNEF-Correlator", ""),
           ("Content-Language", lang),
           ("X-MS-Exchange-Organization-AuthAs", "Internal"),
           ("X-MS-Exchange-Organization-AuthSource", exo_host()[0]),
           ("X-MS-Exchange-Organization-SCL", "-1"),
           ("X-MS-PublicTrafficType", "Email"),
           ("X-MS-Office365-Filtering-Correlation-Id", f"{rlow(8)}-{rlow(4)}-{rlow(4)}-{rlow(4)}-{rlow(12)}")]
    return hs


# --------------------------------------------------------- header encoders
def ew(s, cs="utf-8", enc="B"):
    raw = s.encode(cs)
    if enc.upper() == "B":
        return f"=?{cs}?B?{base64.b64encode(raw).decode()}?="
    out = []
    for b in raw:
        c = chr(b)
        if c == " ":
            out.append("_")
        elif b < 128 and (c.isalnum() or c in "!*+-/"):
            out.append(c)
        else:
            out.append("=%02X" % b)
    return f"=?{cs}?Q?{''.join(out)}?="


def ew_split(pieces, cs="utf-8", enc="B", sep="\n "):
    """Several encoded words, one per piece, folded; pieces may split a word."""
    return sep.join(ew(p, cs, enc) for p in pieces)


def fold(s, width=74):
    """Fold a long unstructured header value at spaces."""
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


# ---------------------------------------------------------------- entities
class Ent:
    def __init__(self, headers, body):
        self.headers = headers  # list of (name, value)
        self.body = body        # bytes


def b64lines(raw, width=76):
    enc = base64.b64encode(raw)
    return b"\n".join(enc[i:i + width] for i in range(0, len(enc), width)) + b"\n"


def qp(raw):
    return quopri.encodestring(raw)


def text(s, sub="plain", cs="utf-8", cte="quoted-printable", params="", extra=None, errors="strict"):
    raw = s.encode(cs, errors)
    if cte == "quoted-printable":
        body = qp(raw)
    elif cte == "base64":
        body = b64lines(raw)
    else:
        body = raw
    ct = f'text/{sub}; charset="{cs}"' if cs else f"text/{sub}"
    if params:
        ct += "; " + params
    hs = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)]
    if extra:
        hs += extra
    return Ent(hs, body)


def binary(ctype, data, filename, disposition="attachment", extra=None, name_param=True, cid=None):
    ct = f'{ctype}; name="{filename}"' if name_param else ctype
    hs = [("Content-Type", ct)]
    if cid:
        hs.append(("Content-ID", f"<{cid}>"))
    hs += [("Content-Disposition", f'{disposition}; filename="{filename}"'),
           ("Content-Transfer-Encoding", "base64")]
    if extra:
        hs += extra
    return Ent(hs, b64lines(data))


def raw_ent(ctype, body, cte=None, extra=None):
    hs = [("Content-Type", ctype)]
    if cte:
        hs.append(("Content-Transfer-Encoding", cte))
    if extra:
        hs += extra
    return Ent(hs, body if isinstance(body, bytes) else body.encode("utf-8"))


def boundary(style="outlook"):
    if style == "outlook":
        return f"_000_{rhex(8)}{rhex(8)}{rhex(8)}_"
    if style == "gmail":
        return f"000000000000{rlow(16)}"
    if style == "apple":
        return f"Apple-Mail={rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}"
    if style == "tb":
        return f"------------{''.join(R.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') for _ in range(24))}"
    return f"----=_Part_{R.randint(100000, 999999)}_{R.randint(100000000, 999999999)}.{R.randint(1700000000000, 1790000000000)}"


def multi(sub, parts, style="outlook", params="", preamble=None):
    b = boundary(style)
    body = b""
    if preamble:
        body += preamble.encode() + b"\n\n"
    for p in parts:
        body += b"--" + b.encode() + b"\n" + hbytes(p.headers) + b"\n" + p.body
        if not p.body.endswith(b"\n"):
            body += b"\n"
    body += b"--" + b.encode() + b"--\n"
    ct = f'multipart/{sub}; boundary="{b}"'
    if params:
        ct += "; " + params
    return Ent([("Content-Type", ct)], body)


def hbytes(headers):
    out = b""
    for name, value in headers:
        if isinstance(value, bytes):
            out += name.encode() + b": " + value + b"\n"
        else:
            out += (name + ": " + value).encode("utf-8") + b"\n"
    return out


def build(headers, ent, crlf=True, mime=True):
    hs = list(headers)
    if mime and not any(n.lower() == "mime-version" for n, _ in hs):
        hs.append(("MIME-Version", "1.0"))
    hs += ent.headers
    data = hbytes(hs) + b"\n" + ent.body
    data = data.replace(b"\r\n", b"\n")
    if crlf:
        data = data.replace(b"\n", b"\r\n")
    return data


# --------------------------------------------------------------- Outlook HTML
OUTLOOK_STYLE = """<style><!--
/* Font Definitions */
@font-face
\t{font-family:"Cambria Math";
\tpanose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
\t{font-family:Calibri;
\tpanose-1:2 15 5 2 2 2 4 3 2 4;}
@font-face
\t{font-family:Aptos;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
\t{margin:0cm;
\tfont-size:11.0pt;
\tfont-family:"Calibri",sans-serif;
\tmso-ligatures:standardcontextual;
\tmso-fareast-language:EN-US;}
a:link, span.MsoHyperlink
\t{mso-style-priority:99;
\tcolor:#0563C1;
\ttext-decoration:underline;}
span.%(stylename)s
\t{mso-style-type:personal-compose;
\tfont-family:"Calibri",sans-serif;
\tcolor:windowtext;}
.MsoChpDefault
\t{mso-style-type:export-only;
\tfont-size:10.0pt;
\tmso-ligatures:none;}
@page WordSection1
\t{size:612.0pt 792.0pt;
\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1
\t{page:WordSection1;}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--><!--[if gte mso 9]><xml>
<o:shapelayout v:ext="edit">
<o:idmap v:ext="edit" data="1" />
</o:shapelayout></xml><![endif]-->"""

STYLE_NAMES = {"de": "E-MailFormatvorlage17", "es": "EstiloCorreo17", "fr": "StyleCourrierlectronique17",
               "pt": "EstiloDeEmail17", "en": "EmailStyle17"}
BODY_LANG = {"de": "DE", "es": "ES", "fr": "FR", "pt": "PT", "en": "EN-GB"}


def esc(s):
    return html.escape(s, quote=False)


def outlook_html(paras, lang="en", charset="windows-1252", sig_lines=None, small_lines=None, quoted_html=""):
    """paras: list of str; '' -> empty paragraph. sig_lines: grey signature; small_lines: disclaimer."""
    out = ['<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
           'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
           'xmlns="http://www.w3.org/TR/REC-html40">',
           "<head>",
           f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">',
           '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">',
           OUTLOOK_STYLE % {"stylename": STYLE_NAMES[lang]},
           "</head>",
           f'<body lang="{BODY_LANG[lang]}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">',
           '<div class="WordSection1">']
    for p in paras:
        if p == "":
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        else:
            out.append(f'<p class="MsoNormal">{esc(p)}<o:p></o:p></p>')
    if sig_lines:
        out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        first = True
        for s in sig_lines:
            if first:
                out.append(f'<p class="MsoNormal"><b><span style="font-size:10.0pt;color:#1F3864">{esc(s)}</span></b><o:p></o:p></p>')
                first = False
            else:
                out.append(f'<p class="MsoNormal"><span style="font-size:9.0pt;color:#595959">{esc(s)}</span><o:p></o:p></p>')
    if small_lines:
        out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        for s in small_lines:
            if s == "":
                out.append('<p class="MsoNormal"><span style="font-size:7.5pt;color:gray"><o:p>&nbsp;</o:p></span></p>')
            else:
                out.append(f'<p class="MsoNormal"><span style="font-size:7.5pt;font-family:&quot;Arial&quot;,sans-serif;color:gray">{esc(s)}</span><o:p></o:p></p>')
    if quoted_html:
        out.append(quoted_html)
    out += ["</div>", "</body>", "</html>", ""]
    return "\n".join(out)


def outlook_plain(paras, sig_lines=None, small_lines=None, quoted=""):
    lines = list(paras) + [""]
    if sig_lines:
        lines += sig_lines + [""]
    if small_lines:
        lines += small_lines + [""]
    t = "\n".join(lines)
    if quoted:
        t += quoted
    return t


def outlook_quote_html(hdr_pairs, paras, lang="en"):
    """Outlook reply header block (From/Sent/To/Subject) + old paragraphs, as HTML."""
    o = ['<p class="MsoNormal"><o:p>&nbsp;</o:p></p>',
         '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">']
    row = []
    for k, v in hdr_pairs:
        row.append(f"<b>{esc(k)}:</b> {esc(v)}")
    o.append('<p class="MsoNormal">' + "<br>\n".join(row) + "<o:p></o:p></p>")
    o.append("</div>")
    o.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    for p in paras:
        o.append(f'<p class="MsoNormal">{esc(p) if p else "<o:p>&nbsp;</o:p>"}<o:p></o:p></p>')
    return "\n".join(o)


def outlook_quote_plain(hdr_pairs, paras):
    t = "\n".join(f"{k}: {v}" for k, v in hdr_pairs) + "\n\n"
    t += "\n".join(paras) + "\n"
    return t


def simple_html(paras, font="Helvetica", extra_tail=""):
    body = "".join(f"<div>{esc(p) if p else '<br>'}</div>" for p in paras)
    return (f'<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            f'<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
            f'<div style="font-family: {font};">{body}</div>{extra_tail}</body></html>\n')


def gmail_html(paras, quote_html=""):
    body = "".join(f"<div>{esc(p) if p else '<br>'}</div>" for p in paras)
    if quote_html:
        body += f'<br><div class="gmail_quote">{quote_html}</div>'
    return f'<div dir="ltr">{body}</div>\n'


# ------------------------------------------------------------ attachments
def make_png(w, h, seed=1, accent=(111, 66, 193)):
    rr = random.Random(seed)
    rows = []
    for y in range(h):
        row = bytearray([0])
        for x in range(w):
            if y < 8:
                c = (36, 41, 66)
            elif x < 22:
                c = (244, 245, 248)
            elif w - 18 < x < w - 4 and h - 18 < y < h - 4:
                c = accent  # the purple chat bubble, of course
            elif 30 < x < w - 10 and y % 9 in (0, 1) and y > 14:
                g = 200 + rr.randint(-6, 6)
                c = (g, g, g + 4)
            elif 30 < x < 70 and 16 < y < 26:
                c = (220, 53, 69)
            else:
                c = (255, 255, 255)
            row += bytes(c)
        rows.append(bytes(row))
    raw = b"".join(rows)

    def chunk(t, data):
        c = struct.pack(">I", len(data)) + t + data
        return c + struct.pack(">I", zlib.crc32(t + data) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def make_pdf(lines, title="Document"):
    content = "BT /F1 11 Tf 50 780 Td 14 TL\n"
    for ln in lines:
        safe = ln.encode("latin-1", "replace").decode("latin-1").replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        content += f"({safe}) Tj T*\n"
    content += "ET\n"
    cbytes = content.encode("latin-1")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length " + str(len(cbytes)).encode() + b" >>\nstream\n" + cbytes + b"endstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            ("<< /Title (" + title + ") /Producer (Microsoft\\256 Word for Microsoft 365) >>").encode("latin-1")]
    out = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for o in offs:
        out += f"{o:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def make_tnef(subject, body_text):
    """A plausible-looking winmail.dat (TNEF signature, key, a few attributes)."""
    out = b"\x78\x9f\x3e\x22" + struct.pack("<H", R.randint(1, 0xFFFF))

    def attr(level, aid, data):
        return bytes([level]) + struct.pack("<I", aid) + struct.pack("<I", len(data)) + data + struct.pack("<H", sum(data) & 0xFFFF)
    out += attr(1, 0x00089006, struct.pack("<I", 0x00010000))
    out += attr(1, 0x00078008, b"IPM.Microsoft Mail.Note\x00")
    out += attr(1, 0x00018004, subject.encode("cp1252", "replace") + b"\x00")
    rtf = ("{\\rtf1\\ansi\\ansicpg1252\\fromtext \\deff0{\\fonttbl {\\f0\\fswiss Arial;}}"
           "\\pard\\plain " + body_text.replace("\n", "\\par ") + "}").encode("cp1252", "replace")
    out += attr(3, 0x00069003, struct.pack("<II", len(rtf), len(rtf)) + b"LZFu" + bytes(4) + rtf)
    return out


def ics(method, summary, organizer, attendee, start, end, uid, partstat=None, location="", desc="", tzid="Europe/Berlin"):
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
             f"METHOD:{method}", "BEGIN:VTIMEZONE", f"TZID:{tzid}", "BEGIN:STANDARD", "DTSTART:16011028T030000",
             "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "END:STANDARD",
             "BEGIN:DAYLIGHT", "DTSTART:16010325T020000", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
             "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "END:DAYLIGHT", "END:VTIMEZONE", "BEGIN:VEVENT"]
    if partstat:
        lines.append(f"ATTENDEE;PARTSTAT={partstat}:mailto:{attendee}")
    else:
        lines.append(f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{attendee}")
    if desc:
        lines.append("DESCRIPTION;LANGUAGE=en-GB:" + desc)
    lines += [f"UID:{uid}", f"SUMMARY;LANGUAGE=en-GB:{summary}",
              f"DTSTART;TZID={tzid}:{start}", f"DTEND;TZID={tzid}:{end}", "CLASS:PUBLIC", "PRIORITY:5",
              f"DTSTAMP:{_dt.datetime(2026, 3, 2, 9, 0).strftime('%Y%m%dT%H%M%SZ')}", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
              "SEQUENCE:0", f"LOCATION;LANGUAGE=en-GB:{location}", f"ORGANIZER:mailto:{organizer}",
              "END:VEVENT", "END:VCALENDAR", ""]
    # fold long lines at 75 octets
    folded = []
    for ln in lines:
        while len(ln.encode("utf-8")) > 75:
            cut = 75
            while len(ln[:cut].encode("utf-8")) > 75:
                cut -= 1
            folded.append(ln[:cut])
            ln = " " + ln[cut:]
        folded.append(ln)
    return "\r\n".join(folded)


# ------------------------------------------------------------ signatures
DISC_DE = [
    "Osprey Retail Deutschland GmbH · Großer Burstah 31 · 20457 Hamburg",
    "Sitz der Gesellschaft: Hamburg · Registergericht: Amtsgericht Hamburg, HRB 154872 · USt-IdNr. DE318447102",
    "Geschäftsführung: Dr. Henrik Albers, Claire Whitfield",
    "",
    "VERTRAULICHKEITSHINWEIS: Diese E-Mail und etwaige Anhänge enthalten vertrauliche und/oder rechtlich geschützte "
    "Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren "
    "Sie bitte sofort den Absender und vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte "
    "Weitergabe dieser E-Mail sind nicht gestattet.",
    "CONFIDENTIAL: This e-mail may contain confidential and/or privileged information. If you are not the intended "
    "recipient (or have received this e-mail in error) please notify the sender immediately and destroy this e-mail.",
    "Achtung: Osprey Retail fordert Sie niemals per E-Mail zu DRINGENDEN Zahlungen oder zur Änderung von Bankverbindungen auf.",
]

DISC_ES = [
    "AVISO DE CONFIDENCIALIDAD: Este mensaje y, en su caso, los ficheros anexos se dirigen exclusivamente a su destinatario "
    "y pueden contener información CONFIDENCIAL sometida a secreto profesional o cuya divulgación está prohibida por la ley. "
    "Si usted no es el destinatario indicado o lo ha recibido por error, le rogamos que lo comunique inmediatamente al "
    "remitente por esta misma vía y proceda a su eliminación, absteniéndose de copiarlo, distribuirlo o utilizarlo.",
    "PROTECCIÓN DE DATOS: De conformidad con el Reglamento (UE) 2016/679 (RGPD) y la Ley Orgánica 3/2018 (LOPDGDD), "
    "le informamos de que sus datos de contacto son tratados por OSPREY RETAIL IBERIA, S.L.U. (Av. Diagonal 640, 6ª planta, "
    "08017 Barcelona, CIF B-67234581) con la finalidad de gestionar la relación profesional. Puede ejercer sus derechos de "
    "acceso, rectificación, supresión, oposición, limitación y portabilidad escribiendo a dpo@ospreyretail.com.",
    "Antes de imprimir este correo electrónico, piense bien si es necesario hacerlo.",
]

DISC_FR = [
    "Ce message et toutes les pièces jointes (ci-après le « message ») sont établis à l'intention exclusive de ses "
    "destinataires et sont CONFIDENTIELS. Si vous recevez ce message par erreur, merci de le détruire immédiatement et "
    "d'en avertir l'expéditeur. Toute utilisation de ce message non conforme à sa destination, toute diffusion ou toute "
    "publication, totale ou partielle, est interdite, sauf autorisation expresse. L'internet ne permettant pas d'assurer "
    "l'intégrité de ce message, Osprey Retail France SAS décline toute responsabilité au titre de ce message dans "
    "l'hypothèse où il aurait été modifié.",
    "Osprey Retail France SAS – 12 quai des Chartrons, 33000 Bordeaux – RCS Bordeaux 812 345 678 – Capital social 2 500 000 €",
    "Pensez à l'environnement avant d'imprimer ce message.",
]

DISC_PT = [
    "AVISO DE CONFIDENCIALIDADE: Esta mensagem e quaisquer ficheiros anexos são CONFIDENCIAIS e destinam-se "
    "exclusivamente ao(s) destinatário(s) indicado(s). Se recebeu esta mensagem por erro, por favor notifique "
    "imediatamente o remetente e elimine-a do seu sistema. Não é permitida a cópia, divulgação ou utilização do seu "
    "conteúdo por pessoas não autorizadas.",
    "Osprey Retail Portugal, Unipessoal Lda. · Rua de Sá da Bandeira, 481 · 4000-436 Porto · NIPC 514 987 321 · "
    "Capital social 250 000 €",
]

DISC_BR = [
    "Esta mensagem, incluindo seus anexos, pode conter informações CONFIDENCIAIS e/ou privilegiadas, protegidas pela "
    "Lei Geral de Proteção de Dados Pessoais (Lei nº 13.709/2018). Se você não for o destinatário ou a pessoa "
    "autorizada a recebê-la, não pode usar, copiar ou divulgar as informações nela contidas. Se você recebeu esta "
    "mensagem por erro, por favor avise imediatamente o remetente respondendo o e-mail e, em seguida, apague-a.",
    "Osprey Retail Brasil Comércio e Importação Ltda. · Av. Brigadeiro Faria Lima, 3477 – 14º andar · Itaim Bibi · "
    "São Paulo/SP · CEP 04538-133 · CNPJ 32.418.776/0001-05",
]

DISC_EN = [
    "Osprey Retail Group plc. Registered in England and Wales, company no. 04417823. Registered office: "
    "1 Spinningfields Square, Manchester M3 3AP.",
    "CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and may be legally privileged. If you are "
    "not the intended recipient, or have received this e-mail in error, please notify the sender immediately and delete "
    "it from your system. Any unauthorised use, disclosure or copying is strictly prohibited.",
    "SECURITY WARNING: Osprey Retail will never ask you to make an URGENT payment or change bank details by e-mail. "
    "If in doubt, call the sender on a number you already know.",
]


# ===================================================================== builders
def hdrs(frm, subject, d, msgid="exo", to=HELP_TO, cc=None, received=None, pre=None, extra=None,
         reply_to=None, in_reply_to=None, references=None):
    hs = []
    hs += received or []
    hs += pre or []
    hs.append(("From", frm))
    hs.append(("To", to))
    if cc:
        hs.append(("CC", cc))
    if reply_to:
        hs.append(("Reply-To", reply_to))
    hs.append(("Subject", subject))
    hs.append(("Date", rfcdate(d)))
    if msgid == "exo":
        msgid = exo_msgid()
    elif msgid == "gmail":
        msgid = gmail_msgid()
    elif msgid == "apple":
        msgid = apple_msgid()
    if msgid:
        hs.append(("Message-ID", msgid))
    if references:
        hs.append(("References", references))
    if in_reply_to:
        hs.append(("In-Reply-To", in_reply_to))
    hs += extra or []
    return hs


def outlook_msg(frm, subject, d, paras, lang="en", sig=None, disc=None, html_only=False, charset="windows-1252",
                cte="quoted-printable", to=HELP_TO, cc=None, quoted=None, attachments=None, received=None,
                pre=None, msgid="exo", topic=None, xmailer=None, crlf=True, in_reply_to=None, references=None,
                content_lang=None, extra=None):
    """Outlook desktop / Exchange. quoted = (hdr_pairs, paras)."""
    qh = outlook_quote_html(quoted[0], quoted[1], lang) if quoted else ""
    qp_ = ("\n" + outlook_quote_plain(quoted[0], quoted[1])) if quoted else ""
    if quoted:
        qp_ = "\n________________________________\n" + qp_ if lang == "xx" else qp_
    h = outlook_html(paras, lang, charset, sig, disc, qh)
    hpart = text(h, "html", charset, cte, errors="xmlcharrefreplace")
    if html_only:
        ent = hpart
    else:
        p = outlook_plain(paras, sig, disc, qp_)
        ppart = text(p, "plain", charset, cte, errors="replace")
        ent = multi("alternative", [ppart, hpart], "outlook")
    if attachments:
        ent = multi("mixed", [ent] + attachments, "outlook")
    cl = content_lang or {"de": "de-DE", "es": "es-ES", "fr": "fr-FR", "pt": "pt-PT", "en": "en-GB"}[lang]
    ex = exo_extras(d, bool(attachments), cl, topic)
    ex.insert(0, ("Accept-Language", f"{cl}, en-US"))
    if xmailer:
        ex.insert(0, ("X-Mailer", xmailer))
    ex += extra or []
    hs = hdrs(frm, subject, d, msgid, to, cc, received, pre, ex, in_reply_to=in_reply_to, references=references)
    return build(hs, ent, crlf)


def flow(body, width=72):
    """RFC 3676 format=flowed: soft line breaks are a trailing space."""
    out = []
    for line in body.split("\n"):
        if line.startswith(">") or len(line) <= width or line == "-- ":
            out.append(line)
            continue
        words = line.split(" ")
        cur = ""
        for w in words:
            if cur and len(cur) + len(w) + 1 > width:
                out.append(cur + " ")
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        out.append(cur)
    return "\n".join(out)


def plain_msg(frm, subject, d, body, charset="utf-8", cte="quoted-printable", to=HELP_TO, cc=None, msgid="apple",
              received=None, pre=None, extra=None, crlf=True, params="", mime=True, attachments=None, style="apple",
              in_reply_to=None, references=None, reply_to=None):
    if "format=flowed" in params:
        body = flow(body)
    ent = text(body, "plain", charset, cte, params=params)
    if attachments:
        ent = multi("mixed", [ent] + attachments, style)
    hs = hdrs(frm, subject, d, msgid, to, cc, received, pre, extra, reply_to=reply_to,
              in_reply_to=in_reply_to, references=references)
    return build(hs, ent, crlf, mime)


def alt_msg(frm, subject, d, plain, htmlbody, charset="utf-8", cte="quoted-printable", style="apple", to=HELP_TO,
            cc=None, msgid="apple", received=None, pre=None, extra=None, attachments=None, crlf=True,
            in_reply_to=None, references=None, mixed_style=None):
    ent = multi("alternative", [text(plain, "plain", charset, cte), text(htmlbody, "html", charset, cte)], style)
    if attachments:
        ent = multi("mixed", [ent] + attachments, mixed_style or style)
    hs = hdrs(frm, subject, d, msgid, to, cc, received, pre, extra, in_reply_to=in_reply_to, references=references)
    return build(hs, ent, crlf)


IPHONE = [("X-Mailer", "iPhone Mail (22D82)")]
IPHONE2 = [("X-Mailer", "iPhone Mail (23B85)")]
APPLEMAIL = [("X-Mailer", "Apple Mail (2.3826.400.131.1.6)")]
APPLE_MIME = ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))")
IOS_MIME = ("Mime-Version", "1.0 (1.0)")
TB = [("User-Agent", "Mozilla Thunderbird")]
MACOUTLOOK = [("User-Agent", "Microsoft-MacOutlook/16.95.25031612")]
OUTLOOK_IOS_FOOTER = {"en": "Get Outlook for iOS<https://aka.ms/o0ukef>",
                      "de": "Outlook für Android herunterladen<https://aka.ms/AAb9ysg>"}


# ========================================================================= GERMAN
def german():
    # de1 question reschedule-interview; Outlook HTML-only QP cp1252, raw cp1252 Subject
    d = when(3, 4, 8, 37, "DE")
    sig = ["Katrin Vogelsang", "Recruiting Coordinator | Talent Acquisition DACH",
           "Osprey Retail Deutschland GmbH", "Großer Burstah 31 · 20457 Hamburg",
           "Tel.: +49 40 3589 2214 · Mobil: +49 151 2260 4471", "katrin.vogelsang@ospreyretail.com"]
    paras = ["Hallo liebes GoodTime-Team,", "",
             "kurze Frage, weil ich es bei meiner Kollegin anders gesehen habe als bei mir: Ein Kandidat für die "
             "Stelle Teamleitung Wareneingang (DC Hamburg-Allermöhe) hat eben angerufen, er kann am Donnerstag doch "
             "nicht und würde lieber Freitagvormittag kommen.", "",
             "Die Einladung steht ja schon bei allen drei Interviewern im Kalender. Kann ich den Termin einfach in "
             "Outlook per Drag & Drop auf Freitag ziehen? Oder muss das zwingend über GoodTime laufen? Meine Kollegin "
             "meint, Outlook reicht völlig – aber dann passt doch in GoodTime nichts mehr zusammen, oder?", "",
             "Danke euch und viele Grüße", "Katrin"]
    add(outlook_msg('"Vogelsang, Katrin" <katrin.vogelsang@ospreyretail.com>',
                    "Termin verschieben – im Outlook-Kalender oder in GoodTime?".encode("cp1252"), d, paras, "de",
                    sig, DISC_DE, html_only=True, received=received_exo(d, 3), topic=None),
        "question", "auto_reply", "reschedule-interview", "de",
        "outlook-html-only;qp;windows-1252;raw-cp1252-subject;disclaimer;long-signature", "move in Outlook or GoodTime?")

    # de2 question contact-support (phone?); iPhone, 8bit utf-8, raw UTF-8 From + Subject
    d = when(3, 9, 6, 52, "DE")
    body = ("Hallo,\n\n"
            "gibt es für den GoodTime-Support eigentlich eine Nummer, die man anrufen kann? Ich bin den ganzen Tag "
            "im Lager unterwegs und tippe ungern lange Mails am Handy, ein kurzes Telefonat wäre mir deutlich lieber. "
            "Falls ja, schickt mir die Nummer bitte kurz rüber.\n\n"
            "Gruß\nM. Oberländer\n\n"
            "Von meinem iPhone gesendet")
    add(plain_msg("Matthias Oberländer <matthias.oberlaender@ospreyretail.com>".encode("utf-8"),
                  "Rückruf vom GoodTime-Support möglich?".encode("utf-8"), d, body, "utf-8", "8bit",
                  msgid=apple_msgid(), received=received_exo(d, 2),
                  extra=[("Content-Language", "de-DE")] + IPHONE + [IOS_MIME]),
        "question", "auto_reply", "contact-support", "de",
        "plain;8bit;raw-utf8-subject;raw-utf8-from;mobile-signature", "hotline number? (none, chat/email)")

    # de3 question interviewer-training; Outlook multipart QP iso-8859-1; Q ISO-8859-1 subject split mid-word
    d = when(3, 10, 14, 5, "DE")
    subj = ew_split(["Schulung neuer Interviewer*innen - wie l", "äuft das über GoodTime?"], "iso-8859-1", "Q")
    paras = ["Hallo zusammen,", "",
             "wir haben im DC Allermöhe fünf neue Teamleiter*innen aus der Logistik, die künftig auch Interviews für "
             "Lagermitarbeiter führen sollen. Bisher lief das bei uns so, dass die Neuen einfach mal bei einem "
             "Gespräch mit dabeisitzen und danach loslegen.", "",
             "Ich habe gehört, dass GoodTime dafür einen festen Ablauf hat, bis jemand als Interviewer "
             "'freigeschaltet' ist. Wie sieht der aus - also welche Stufen gibt es, und werden die Neuen dann "
             "von GoodTime automatisch zu Interviews dazugeplant? Müssen die fünf dafür vorher selbst irgendetwas "
             "einrichten?", "",
             "Danke und liebe Grüße", "Svenja"]
    sig = ["Svenja Möller", "Recruiterin Logistik | Talent Acquisition DACH", "Osprey Retail Deutschland GmbH",
           "Großer Burstah 31 · 20457 Hamburg", "Tel.: +49 40 3589 2231"]
    add(outlook_msg(f"{ew('Möller, Svenja', 'iso-8859-1', 'Q')} <svenja.moeller@ospreyretail.com>", subj, d, paras,
                    "de", sig, DISC_DE[:3], charset="iso-8859-1", received=received_exo(d, 3),
                    topic="Schulung neuer Interviewer*innen"),
        "question", "auto_reply", "interviewer-training", "de",
        "outlook-multipart-alternative;qp;iso-8859-1;rfc2047-q-iso8859-1-split", "shadowing steps")

    # de4 question support-hours (no word 'hours'); Outlook for Android, base64 utf-8, reply over unrelated thread
    d = when(3, 11, 17, 48, "DE")
    new = ("Hallo nochmal,\n\n"
           "ganz andere Sache als unten: Am Samstag, 14.03., haben wir im DC Allermöhe unseren Recruiting-Tag mit "
           "ca. 30 Kurzinterviews, Start 7 Uhr. Wenn da in GoodTime irgendwas klemmt – ist beim Support von "
           "GoodTime am Samstagmorgen überhaupt jemand zu erreichen, oder sind wir dann bis Montag auf uns allein "
           "gestellt? Ihr seid am Wochenende ja vermutlich auch nicht da 😉\n\n"
           "LG Frauke\n\n"
           "Outlook für Android herunterladen<https://aka.ms/AAb9ysg>\n"
           "________________________________\n"
           "Von: GoodTime Helpline <gt-helpline@ospreyretail.com>\n"
           "Gesendet: Dienstag, März 3, 2026 11:02:14 AM\n"
           "An: Jessen, Frauke <frauke.jessen@ospreyretail.com>\n"
           "Betreff: AW: Sprechstunde für Hiring Manager\n\n"
           "Hallo Frauke,\n\n"
           "die nächste offene Sprechstunde für Hiring Manager ist am Mittwoch, 18.03., 10:00–10:45 Uhr per Teams. "
           "Die Einladung geht diese Woche an alle Filialleitungen raus; wenn du Leute aus den DCs dabeihaben "
           "möchtest, schick uns einfach die Namen.\n\n"
           "Viele Grüße\nKatrin\nfür die GoodTime Helpline\n")
    htmlb = ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n<body>\n'
             + "".join(f'<div dir="auto">{esc(x) if x else "<br>"}</div>\n' for x in new.split("\n")) + "</body>\n</html>\n")
    add(build(hdrs('"Jessen, Frauke" <frauke.jessen@ospreyretail.com>', "AW: Sprechstunde für Hiring Manager".encode("utf-8"),
                   d, exo_msgid(), received=received_exo(d, 3),
                   extra=[("Thread-Topic", ew("Sprechstunde für Hiring Manager", "utf-8", "B")),
                          ("Thread-Index", thread_index()), ("X-MS-Has-Attach", ""), ("Content-Language", "de-DE"),
                          ("X-MS-Exchange-Organization-AuthAs", "Internal")],
                   in_reply_to=exo_msgid()),
              multi("alternative", [text(new, "plain", "utf-8", "base64"), text(htmlb, "html", "utf-8", "base64")], "outlook")),
        "question", "auto_reply", "support-hours", "de",
        "outlook-android;multipart-alternative;base64;utf-8;raw-utf8-subject;reply-over-unrelated-thread;emoji",
        "weekend reachability without the word hours")

    # de5 question add-interviewer-to-pool; Thunderbird forward with short note on top
    d = when(3, 12, 9, 14, "DE")
    body = ("Hallo ihr Lieben,\n\n"
            "siehe unten – Herr Brandt soll ab April bei den Interviews für die Schichtleitungen mitmachen. "
            "Was muss ich tun, damit GoodTime ihn auch einplant? Und kann ich das selbst machen? Ich glaube, ich "
            "habe keine Admin-Rechte.\n\n"
            "Danke!\nÖzlem\n\n"
            "-------- Weitergeleitete Nachricht --------\n"
            "Betreff: \tInterviews Schichtleitung ab April\n"
            "Datum: \tWed, 11 Mar 2026 16:20:41 +0100\n"
            "Von: \tOberländer, Matthias <matthias.oberlaender@ospreyretail.com>\n"
            "An: \tYıldız, Özlem <oezlem.yildiz@ospreyretail.com>\n\n\n\n"
            "Hallo Frau Yıldız,\n\n"
            "ab April soll Herr Tobias Brandt (Schichtleiter Frühschicht) bei den Vorstellungsgesprächen für die "
            "Schichtleitungen mit einsteigen, damit ich nicht mehr jedes Gespräch selbst führen muss. Können Sie das "
            "bitte in Ihrem Planungstool entsprechend einrichten?\n\n"
            "Besten Dank\n"
            "M. Oberländer\n"
            "Standortleiter DC Hamburg-Allermöhe\n")
    add(plain_msg(f"{ew('Özlem Yıldız', 'utf-8', 'B')} <oezlem.yildiz@ospreyretail.com>",
                  "WG: Interviews Schichtleitung ab April", d, body, "UTF-8", "8bit",
                  msgid=f"<{rlow(8)}-{rlow(4)}-{rlow(4)}-{rlow(4)}-{rlow(12)}@ospreyretail.com>",
                  received=received_exo(d, 3), params="format=flowed",
                  extra=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "de-DE")]),
        "question", "auto_reply", "add-interviewer-to-pool", "de",
        "thunderbird;plain;8bit;forward-chain;rfc2047-b-utf8-from", "new interviewer into pool")

    # de6 question calendar-sync; Apple Mail multipart, B-encoded UTF-8 subject
    d = when(3, 16, 11, 26, "DE")
    plain = ("Hallo,\n\n"
             "seit ich am Montag mein Windows-Passwort ändern musste, schlägt GoodTime für Herrn Dr. Albers Zeiten "
             "vor, in denen er eindeutig Termine hat (z. B. heute 10–11 Uhr Vorbereitung Beiratssitzung). Bei meinem "
             "eigenen Kalender sieht es genauso aus, da bin ich laut GoodTime den ganzen Tag frei.\n\n"
             "Kann das mit der Passwortänderung zusammenhängen? Muss ich irgendwo die Verbindung zum Outlook-Kalender "
             "neu herstellen – und wenn ja, wo finde ich das?\n\n"
             "Viele Grüße\nAnja Krüger\n\n"
             "Anja Krüger\nAssistentin der Geschäftsführung\nOsprey Retail Deutschland GmbH\n"
             "Großer Burstah 31 · 20457 Hamburg\nTel.: +49 40 3589 2100\n")
    add(alt_msg(f"{ew('Anja Krüger', 'utf-8', 'Q')} <anja.krueger@ospreyretail.com>",
                ew("Kalender nach Passwortänderung – muss ich was neu verbinden?", "utf-8", "B"), d, plain,
                simple_html(plain.split("\n")), "utf-8", "quoted-printable", "apple", msgid=apple_msgid(),
                received=received_exo(d, 3), extra=APPLEMAIL + [APPLE_MIME]),
        "question", "auto_reply", "calendar-sync", "de",
        "apple-mail;multipart-alternative;qp;rfc2047-b-utf8-subject;rfc2047-q-utf8-from", "reconnect after password change")

    # de7 question none (UI in German?); Thunderbird plain QP iso-8859-15, LF endings, long signature
    d = when(3, 17, 15, 41, "DE")
    body = ("Moin zusammen,\n\n"
            "aus dem DC Allermöhe und von zwei Filialleitungen kam die Frage, ob man die Oberfläche von GoodTime auf "
            "Deutsch umstellen kann. Gerade einige Schichtleiter, die nur ab und zu Interviews führen, tun sich mit "
            "den englischen Begriffen schwer und klicken dann lieber gar nichts an.\n\n"
            "Gibt es eine Spracheinstellung pro Nutzer, oder ist GoodTime nur auf Englisch verfügbar? Und falls es "
            "eine gibt: Kann das jeder selbst umstellen oder muss das zentral von uns bzw. von GoodTime gemacht "
            "werden?\n\n"
            "Danke und Gruß\n"
            "Björn\n\n"
            "-- \n"
            "Björn Hansen\n"
            "HR-Systeme & Prozesse | People Operations DACH\n"
            "Osprey Retail Deutschland GmbH\n"
            "Großer Burstah 31 | 20457 Hamburg\n"
            "Telefon: +49 40 3589 2290 | Mobil: +49 160 9341 5527\n"
            "bjoern.hansen@ospreyretail.com | www.ospreyretail.de\n\n"
            "Sitz der Gesellschaft: Hamburg | Amtsgericht Hamburg HRB 154872\n"
            "Geschäftsführung: Dr. Henrik Albers, Claire Whitfield\n\n"
            + DISC_DE[4] + "\n")
    add(plain_msg(f"{ew('Björn Hansen', 'iso-8859-15', 'Q')} <bjoern.hansen@ospreyretail.com>",
                  "GoodTime auf Deutsch?", d, body, "iso-8859-15", "quoted-printable",
                  msgid=f"<{rlow(8)}-{rlow(4)}-{rlow(4)}-{rlow(4)}-{rlow(12)}@ospreyretail.com>",
                  received=received_onprem(d, 5, "HAM"), crlf=False, params="format=flowed",
                  extra=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "de-DE")]),
        "question", "forward_support", "none", "de",
        "thunderbird;plain;qp;iso-8859-15;lf-endings;long-signature;disclaimer;5-received", "UI language German? not in KB")

    # de8 bug high-impact recurring; plain QP latin-1, reply with '>' quote, angry caps
    d = when(3, 19, 8, 12, "DE")
    body = ("Hallo,\n\n"
            "es ist jetzt das DRITTE MAL seit Januar, dass die Kalender-Synchronisation für das komplette Hamburger "
            "Recruiting-Team ausfällt. Seit heute Morgen ca. 7:30 Uhr zeigt GoodTime bei allen 14 Recruitern und "
            "Koordinatorinnen keine Belegung mehr an - alles grün, alles frei. Wir haben gestern Abend und heute "
            "früh schon drei Doppelbuchungen produziert, eine davon mit einem Kandidaten für die Filialleitung "
            "Mönckebergstraße, der dann eine halbe Stunde umsonst gewartet hat.\n\n"
            "Die letzten beiden Male (Ticket 41877 im Januar und 45310 im Februar) hieß es jeweils, das Problem sei "
            "behoben. Offensichtlich NICHT. Wir haben alle Kalender neu verbunden, so wie ihr es beim letzten Mal "
            "empfohlen habt (siehe unten). Bringt nichts.\n\n"
            "Bitte an GoodTime weitergeben UND bei unserer Ansprechpartnerin dort eskalieren. So kann das nicht "
            "weitergehen, wir planen diese Woche 60+ Interviews.\n\n"
            "J. Weiß\n"
            "Teamleiter Talent Acquisition DACH\n\n"
            "Am 12.02.2026 um 16:40 schrieb GoodTime Helpline:\n"
            "> Hallo Herr Weiß,\n"
            ">\n"
            "> danke für die Rückmeldung. GoodTime hat bestätigt, dass die Störung bei der Outlook-Anbindung\n"
            "> seit heute Mittag behoben ist. Falls bei einzelnen Kolleg*innen die Verfügbarkeit noch falsch\n"
            "> angezeigt wird, bitte einmal den Kalender in GoodTime neu verbinden (Profil > Kalender).\n"
            ">\n"
            "> Viele Grüße\n"
            "> Katrin\n"
            "> GoodTime Helpline\n")
    add(plain_msg(f"{ew('Weiß, Jürgen', 'iso-8859-1', 'Q')} <juergen.weiss@ospreyretail.com>",
                  "AW: [GT-Helpline] Kalender-Sync Hamburg - SCHON WIEDER", d, body, "iso-8859-1", "quoted-printable",
                  msgid=exo_msgid(), received=received_exo(d, 4),
                  extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", thread_index()),
                         ("Content-Language", "de-DE"), ("Importance", "high"), ("X-Priority", "1")],
                  in_reply_to=exo_msgid()),
        "bug", "forward_support+flag_csm", "", "de",
        "plain;qp;iso-8859-1;rfc2047-q-iso8859-1-from;reply-quoted-gt;angry-caps;x-priority",
        "recurring org-wide calendar sync failure, 3rd time")

    # de9 bug via ITSM form mailer
    d = when(3, 23, 10, 3, "DE")
    body = ("Neue Anfrage über das Osprey IT Self-Service-Portal\n"
            "====================================================\n\n"
            "Ticketnummer:       INC0051377\n"
            "Erstellt am:        23.03.2026 10:03\n"
            "Anfragende Person:  Frauke Jessen (frauke.jessen@ospreyretail.com)\n"
            "Standort:           Hamburg - Büro Großer Burstah\n"
            "Kategorie:          Anwendungen > HR > GoodTime\n"
            "Dringlichkeit:      3 - Mittel\n"
            "Zuweisungsgruppe:   GoodTime Helpline\n\n"
            "Kurzbeschreibung:\n"
            "Raumbuchung in GoodTime schlägt fehl\n\n"
            "Beschreibung:\n"
            "Seit letzter Woche kommt beim Planen von Vor-Ort-Interviews im 4. OG jedes Mal die Meldung \"Room could "
            "not be booked\", obwohl der Raum \"Alster\" laut Outlook-Raumkalender frei ist. Betrifft auch \"Elbe\". "
            "Die Einladungen gehen dann ohne Raum raus und ich muss den Raum nachträglich in Outlook buchen. "
            "Beispiel: Interview Lisa Brockmann, Mo 23.03. 14:00, Raum Alster.\n\n"
            "----------------------------------------------------\n"
            "Diese Nachricht wurde automatisch generiert. Bitte antworten Sie nicht auf diese E-Mail.\n"
            "Osprey IT Service Desk | Tel. intern 4357\n")
    add(plain_msg("Osprey IT Self-Service <no-reply-itsm@ospreyretail.com>",
                  ew("[INC0051377] Neue Anfrage: GoodTime – Raumbuchung schlägt fehl", "utf-8", "Q"), d, body,
                  "utf-8", "quoted-printable", msgid=f"<itsm.{rlow(16)}.INC0051377@ospreyretail.service-now.com>",
                  received=received_exo(d, 2, external=[("ospreyretail.service-now.com", "149.96.6.113",
                                                         "DB1PEPF00050A01.mail.protection.outlook.com")]),
                  extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
                         ("Precedence", "bulk"), ("X-ServiceNow-Source", "EmailNotification")]),
        "bug", "forward_support|needs_review", "", "de",
        "form-mailer;auto-submitted;plain;qp;rfc2047-q-utf8-subject", "ITSM form: room booking fails")

    # de10 blocker; iPhone 8bit utf-8, raw UTF-8 From + Subject
    d = when(3, 24, 9, 41, "DE")
    body = ("Hi, brauche dringend Hilfe:\n\n"
            "Kandidatin für Store Manager Europa Passage sitzt seit 10 Min. am Empfang Großer Burstah, Start war "
            "9:30. Herr Petersen (Interviewer) hat die Einladung nie bekommen, in GoodTime steht er aber als bestätigt "
            "drin. Er ist im Haus und könnte sofort, aber die zweite Interviewerin schaltet sich aus Bremen zu und "
            "beim Interview wird in GoodTime kein Teams-Link angezeigt.\n\n"
            "Was kann ich JETZT machen??\n\n"
            "Svenja\n\n"
            "Von meinem iPhone gesendet")
    add(plain_msg("Svenja Möller <svenja.moeller@ospreyretail.com>".encode("utf-8"),
                  "Kandidatin sitzt am Empfang – Interviewer hat keine Einladung".encode("utf-8"), d, body, "utf-8", "8bit",
                  msgid=apple_msgid(), received=received_exo(d, 2), extra=IPHONE2 + [IOS_MIME]),
        "scheduling_blocker", "forward_support", "", "de",
        "plain;8bit;raw-utf8-subject;raw-utf8-from;mobile-signature", "candidate at reception, no link")

    # de11 blocker; Outlook HTML-only cp1252 QP, forward of candidate mail (WG:)
    d = when(3, 26, 13, 46, "DE")
    paras = ["Hallo,", "",
             "bitte dringend: Das Gespräch beginnt in 15 Minuten (14:00 Uhr), und die Kandidatin schreibt, der "
             "Zoom-Link aus ihrer Bestätigung sei ungültig (siehe unten). Die beiden Interviewer sitzen schon im "
             "Meeting – offenbar mit einem anderen Link als dem, den sie bekommen hat?!", "",
             "Wie bekomme ich ihr jetzt schnell den richtigen Link, ohne dass alles neu verschickt wird?", "",
             "Danke! Katrin"]
    quoted = ([("Von", "Lea Schumacher <lea.schumacher94@web.de>"), ("Gesendet", "Donnerstag, 26. März 2026 13:41"),
               ("An", "Vogelsang, Katrin <katrin.vogelsang@ospreyretail.com>"),
               ("Betreff", "Ihr Vorstellungsgespräch am 26.03. um 14:00 Uhr")],
              ["Sehr geehrte Frau Vogelsang,", "",
               "ich wollte mich gerade schon einmal testweise in den Termin um 14 Uhr einwählen, aber Zoom meldet "
               "„Ungültige Meeting-ID“. Ich habe es auch über den Browser versucht. Gibt es vielleicht einen neuen Link?",
               "", "Mit freundlichen Grüßen", "Lea Schumacher"])
    add(outlook_msg('"Vogelsang, Katrin" <katrin.vogelsang@ospreyretail.com>',
                    ew("WG: Ihr Vorstellungsgespräch am 26.03. um 14:00 Uhr", "iso-8859-1", "Q"), d, paras, "de",
                    ["Katrin Vogelsang", "Recruiting Coordinator | Talent Acquisition DACH"], None, html_only=True,
                    quoted=quoted, received=received_exo(d, 3), extra=[("Importance", "high")]),
        "scheduling_blocker", "forward_support", "", "de",
        "outlook-html-only;qp;windows-1252;forward-outlook-block;rfc2047-q-iso8859-1-subject", "invalid Zoom link, 15 min")

    # de12 feature request; Outlook multipart QP utf-8
    d = when(4, 2, 22, 5, "DE")
    paras = ["Hallo GoodTime-Team,", "",
             "ein Wunsch aus dem Hamburger Recruiting, den ihr bitte an GoodTime weitergeben könnt:", "",
             "Wir schreiben Kandidat*innen für die Filialen fast immer auf Deutsch an, für Head-Office-Stellen oft auf "
             "Englisch. Aktuell pflegen wir dafür zwei Varianten jeder Vorlage und müssen jedes Mal von Hand die "
             "richtige auswählen – was regelmäßig schiefgeht. Letzte Woche hat ein Bewerber für einen Minijob in der "
             "Filiale Altona eine englische Einladung bekommen und abgesagt, weil er dachte, die Stelle sei in England 🙈", "",
             "Schön wäre, wenn GoodTime die Sprache aus dem Kandidatenprofil im ATS übernimmt und automatisch die "
             "passende Sprachversion der Vorlage verschickt (Einladung, Erinnerung, Itinerary). Gerne auch mit "
             "Fallback auf Englisch, wenn nichts hinterlegt ist.", "",
             "Danke & viele Grüße", "Frauke"]
    sig = ["Frauke Jessen", "HR Business Partner Logistik", "Osprey Retail Deutschland GmbH",
           "Großer Burstah 31 · 20457 Hamburg · Tel.: +49 40 3589 2244"]
    add(outlook_msg('"Jessen, Frauke" <frauke.jessen@ospreyretail.com>', "Idee: Kandidaten-Mails in der richtigen Sprache",
                    d, paras, "de", sig, DISC_DE[:3], charset="utf-8", received=received_exo(d, 3),
                    topic="Idee: Kandidaten-Mails in der richtigen Sprache"),
        "feature_request", "product_board_reply", "", "de",
        "outlook-multipart-alternative;qp;utf-8;emoji", "candidate emails in candidate's language")

    # de13 escalation: licences + training; on-prem hybrid chain, DKIM, ARC, Auth-Results
    d = when(3, 30, 10, 55, "DE")
    paras = ["Hallo zusammen,", "",
             "wie ihr vielleicht schon gehört habt, übernimmt Hamburg ab 1. Mai das komplette Filial-Recruiting für "
             "Österreich und die Schweiz. Dafür kommen sechs neue Recruiterinnen und Koordinatoren ins Team, dazu rund "
             "20 Filialleitungen, die künftig selbst Interviews führen.", "",
             "Soweit ich weiß, sind unsere GoodTime-Lizenzen für DACH aktuell komplett ausgeschöpft – bei der letzten "
             "Einstellung im Februar mussten wir schon den Zugang einer ausgeschiedenen Kollegin umhängen. Wir brauchen "
             "also zusätzliche Lizenzen, und ich möchte verstehen, was das kostet und wie das im bestehenden Vertrag "
             "abgebildet wird (Laufzeit, anteilige Abrechnung bis zur Verlängerung?).", "",
             "Außerdem hätten wir gern eine richtige Schulung für das neue Team – idealerweise auf Deutsch, vor Ort in "
             "Hamburg oder per Teams in der zweiten Aprilhälfte, nicht nur Links zu Videos. Mit dem bisherigen "
             "Selbststudium sind wir bei den Filialleitungen ehrlich gesagt nicht weit gekommen.", "",
             "Könnt ihr das bitte mit unserer Ansprechperson bei GoodTime klären und einen Termin aufsetzen? Ich bin "
             "diese und nächste Woche flexibel.", "",
             "Viele Grüße", "Jürgen Weiß"]
    sig = ["Jürgen Weiß", "Teamleiter Talent Acquisition DACH", "Osprey Retail Deutschland GmbH",
           "Großer Burstah 31 · 20457 Hamburg", "Tel.: +49 40 3589 2201 · Mobil: +49 171 4482 0913",
           "juergen.weiss@ospreyretail.com"]
    pre = [auth_results()] + arc() + [dkim()]
    add(outlook_msg(f"{ew('Weiß, Jürgen', 'iso-8859-1', 'Q')} <juergen.weiss@ospreyretail.com>",
                    ew("Lizenzen & Schulung für das neue Recruiting-Team Hamburg (ab 01.05.)", "iso-8859-1", "Q"), d,
                    paras, "de", sig, DISC_DE, received=received_onprem(d, 7, "HAM"), pre=pre,
                    topic="Lizenzen & Schulung", xmailer="Microsoft Outlook 16.0"),
        "escalation", "flag_csm", "", "de",
        "outlook-multipart-alternative;qp;windows-1252;7-received;dkim;arc;auth-results;disclaimer;long-signature",
        "more licences + team training")

    # de14 noise: phishing in German (password expiry), lookalike domain, HTML-only base64 utf-8, night
    d = when(3, 22, 4, 51, "UTC")
    htmlb = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n'
             '<body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#222">\n'
             '<table width="560" cellpadding="0" cellspacing="0"><tr><td style="background:#0078d4;color:#fff;padding:14px 20px;font-size:18px">'
             'Microsoft 365</td></tr><tr><td style="padding:20px">\n'
             '<p>Sehr geehrte/r Benutzer/in von <b>gt-helpline@ospreyretail.com</b>,</p>\n'
             '<p>das Kennwort Ihres Postfachs läuft <b>heute</b> ab. Um eine Sperrung Ihres Kontos und den Verlust '
             'eingehender Nachrichten zu vermeiden, bestätigen Sie bitte <b>sofort</b> Ihr aktuelles Kennwort.</p>\n'
             f'<p><a href="https://ospreyretail-m365.login-verify.top/owa/?id={rlow(16)}" style="background:#0078d4;color:#fff;'
             'padding:10px 18px;text-decoration:none">Kennwort beibehalten</a></p>\n'
             '<p>Wenn Sie nicht innerhalb von 12 Stunden reagieren, wird Ihr Postfach automatisch deaktiviert.</p>\n'
             '<p>Ihr IT-Service-Team<br>Osprey Retail Deutschland</p>\n'
             '<p style="font-size:11px;color:#888">Diese Nachricht wurde automatisch erstellt. © 2026 Microsoft Corporation.</p>\n'
             '</td></tr></table>\n</body>\n</html>\n')
    add(build(received_exo(d, 2, external=[("mail.login-verify.top", "45.137.21.9",
                                            "FR4P281CA0412.mail.protection.outlook.com")])
              + [("Authentication-Results", "spf=softfail (sender IP is 45.137.21.9)\n smtp.mailfrom=ospreyretail-it.de; dkim=none (message not signed)\n"
                  " header.d=none;dmarc=none action=none header.from=ospreyretail-it.de;compauth=fail\n reason=001"),
                 ("X-MS-Exchange-Organization-SCL", "6"),
                 ("From", f"{ew('IT-Service Osprey Retail', 'utf-8', 'Q')} <it-service@ospreyretail-it.de>"),
                 ("To", "gt-helpline@ospreyretail.com"),
                 ("Subject", ew("Ihr Kennwort läuft heute ab – Aktion erforderlich", "utf-8", "B")),
                 ("Date", rfcdate(d)), ("Message-ID", f"<{rlow(24)}@login-verify.top>"), ("X-Priority", "1")],
              text(htmlb, "html", "utf-8", "base64")),
        "noise", "ignore", "", "de", "phishing;html-only;base64;lookalike-domain", "password-expiry phishing")

    # de15 noise: calendar accept (Zugesagt), multipart/alternative text/plain + text/calendar
    d = when(3, 13, 12, 3, "DE")
    cal = ics("REPLY", "GoodTime-Sprechstunde für Koordinator*innen (Teams)", HELP, "katrin.vogelsang@ospreyretail.com",
              "20260318T100000", "20260318T104500", "040000008200E00074C5B7101A82E00800000000" + rhex(32),
              partstat="ACCEPTED", location="Microsoft Teams-Besprechung")
    ent = multi("alternative", [text("", "plain", "utf-8", "quoted-printable"),
                                raw_ent('text/calendar; charset="utf-8"; method=REPLY', cal.encode("utf-8"), "base64")
                                if False else Ent([("Content-Type", 'text/calendar; charset="utf-8"; method=REPLY'),
                                                   ("Content-Transfer-Encoding", "base64")], b64lines(cal.encode("utf-8")))],
                "outlook")
    add(build(hdrs('"Vogelsang, Katrin" <katrin.vogelsang@ospreyretail.com>',
                   ew("Zugesagt: GoodTime-Sprechstunde für Koordinator*innen (Teams)", "utf-8", "Q"), d, exo_msgid(),
                   received=received_exo(d, 3),
                   extra=[("Thread-Topic", ew("GoodTime-Sprechstunde für Koordinator*innen (Teams)", "utf-8", "B")),
                          ("Thread-Index", thread_index()), ("X-MS-Has-Attach", ""),
                          ("X-MS-Exchange-Calendar-Series-Instance-Id", rb64(24)), ("Content-class", "urn:content-classes:calendarmessage"), ("Content-Language", "de-DE")]),
              ent),
        "noise", "ignore", "", "de", "calendar-accept;text-calendar;base64;rfc2047-q-utf8-subject", "accepted office hours")


# ======================================================================== SPANISH
def spanish():
    SIG_NURIA = ["Núria Puig Ferrer", "Técnica de Selección – Retail Iberia", "Osprey Retail Iberia, S.L.U.",
                 "Av. Diagonal 640, 6ª planta · 08017 Barcelona", "T. +34 93 412 77 30 · M. +34 646 218 903"]

    # es1 question cancel-interview; Outlook HTML-only QP cp1252, raw cp1252 subject + disclaimer
    d = when(3, 5, 10, 12, "ES")
    paras = ["Hola equipo,", "",
             "Una candidata para Visual Merchandiser de la tienda de Passeig de Gràcia nos ha dicho esta mañana que "
             "ha aceptado otra oferta y que no vendrá a la entrevista del jueves.", "",
             "¿Lo correcto es que yo borre el evento de Outlook y listo, o hay que hacerlo desde GoodTime? La última "
             "vez lo eliminé directamente del calendario y una de las entrevistadoras (Laia) me dijo que a ella le "
             "seguía apareciendo y que la sala seguía reservada. No quiero volver a liarla.", "",
             "Y otra duda: ¿tengo que tocar algo también en el ATS?", "",
             "¡Gracias!", "Núria"]
    add(outlook_msg('"Puig Ferrer, Núria" <nuria.puig@ospreyretail.com>'.encode("cp1252"),
                    "Candidata retirada – ¿cómo anulo la entrevista?".encode("cp1252"), d, paras, "es", SIG_NURIA,
                    DISC_ES, html_only=True, received=received_exo(d, 3)),
        "question", "auto_reply", "cancel-interview", "es",
        "outlook-html-only;qp;windows-1252;raw-cp1252-subject;raw-cp1252-from;disclaimer", "cancel: Outlook or GoodTime")

    # es2 question chat-bubble; Outlook for Mac multipart QP utf-8
    d = when(3, 6, 9, 3, "ES")
    plain = ("Buenas,\n\n"
             "En la formación de la semana pasada nos comentaron que GoodTime tiene un chat para hablar directamente "
             "con su equipo de soporte, pero no lo encuentro por ningún lado. He entrado en goodtime.io desde el "
             "navegador, he mirado por toda la página y nada.\n\n"
             "¿Dónde está exactamente? ¿Hace falta algún permiso especial para verlo?\n\n"
             "Gracias,\nJordi\n\n"
             "--\nJordi Casals i Vila\nCoordinador de Selección · Logística\nOsprey Retail Iberia, S.L.U.\n"
             "Av. Diagonal 640 · 08017 Barcelona\n")
    htmlb = ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" '
             'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40"><head>'
             '<meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=Generator content="Microsoft Word 15 (filtered medium)">'
             '<style><!--p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:12.0pt; font-family:"Aptos",sans-serif;}--></style></head>'
             '<body lang=ES-TRAD link="#467886" vlink="#96607D" style=\'word-wrap:break-word\'><div class=WordSection1>'
             + "".join(f"<p class=MsoNormal>{esc(x) if x else '<o:p>&nbsp;</o:p>'}<o:p></o:p></p>" for x in plain.split("\n"))
             + "</div></body></html>\n")
    add(alt_msg('"Casals i Vila, Jordi" <jordi.casals@ospreyretail.com>', ew("¿Dónde está el chat de soporte?", "utf-8", "Q"),
                d, plain, htmlb, "utf-8", "quoted-printable", "outlook", msgid=apple_msgid().replace("@", "@SPBCN."),
                received=received_exo(d, 3), extra=MACOUTLOOK + [("Thread-Topic", ew("¿Dónde está el chat de soporte?", "utf-8", "Q")),
                                                                ("Thread-Index", thread_index()), ("Content-Language", "es-ES")]),
        "question", "auto_reply", "chat-bubble", "es",
        "outlook-mac;multipart-alternative;qp;utf-8;rfc2047-q-utf8-subject", "can't find chat (not logged in)")

    # es3 question time-zones; Gmail-style reply over unrelated thread, base64 utf-8
    d = when(3, 12, 12, 31, "ES")
    new = ("Hola!\n\n"
           "Cambio de tema (perdón por aprovechar el hilo): tengo que cuadrar una entrevista con un candidato que "
           "está en Ciudad de México, para el puesto de comprador regional (se vendría a Barcelona), y los tres "
           "entrevistadores están aquí.\n\n"
           "Si le mando la solicitud de disponibilidad desde GoodTime, ¿él ve las horas en hora de México o en hora "
           "de aquí? No quiero que acabe conectándose a las 3 de la mañana 😅 ¿Y en la confirmación que le llega "
           "sale indicada la zona horaria?\n\n"
           "Gracias!!\nMajo\n\n"
           "El jue, 12 mar 2026 a las 10:14, Laia Roca (<laia.roca@ospreyretail.com>) escribió:\n\n"
           "> Majo, ¿me puedes pasar el Excel con las altas de la semana que viene para la jornada de acogida de\n"
           "> las tiendas? Necesito saber cuántos vienen a la sesión del lunes por la mañana para pedir el catering\n"
           "> y reservar la sala grande.\n"
           ">\n"
           "> Gracias,\n"
           "> Laia\n")
    quote_html = ('<div dir="ltr" class="gmail_attr">El jue, 12 mar 2026 a las 10:14, Laia Roca (&lt;<a href="mailto:laia.roca@ospreyretail.com">'
                  'laia.roca@ospreyretail.com</a>&gt;) escribió:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                  'border-left:1px solid rgb(204,204,204);padding-left:1ex"><div dir="ltr">Majo, ¿me puedes pasar el Excel con las altas de la '
                  'semana que viene para la jornada de acogida de las tiendas? Necesito saber cuántos vienen a la sesión del lunes por la mañana '
                  'para pedir el catering y reservar la sala grande.<br><br>Gracias,<br>Laia</div></blockquote>')
    paras = new.split("\n\nEl jue")[0].split("\n")
    add(alt_msg('María José Ibáñez <mariajose.ibanez@ospreyretail.com>'.encode("utf-8"),
                "Re: Altas jornada de acogida tiendas", d, new, gmail_html(paras, quote_html), "UTF-8", "base64", "gmail",
                msgid=gmail_msgid(), cc="Laia Roca <laia.roca@ospreyretail.com>", received=received_exo(d, 3),
                in_reply_to=gmail_msgid()),
        "question", "auto_reply", "time-zones", "es",
        "gmail-style;multipart-alternative;base64;utf-8;raw-utf8-from;reply-over-unrelated-thread;emoji",
        "candidate in Mexico City, which time zone")

    # es4 question self-scheduling-link; Outlook plain QP iso-8859-1
    d = when(3, 17, 16, 40, "ES")
    body = ("Hola,\n\n"
            "He enviado a un candidato (dependiente, tienda de L'Illa Diagonal) el enlace para que elija él mismo la "
            "hora de la entrevista telefónica, y me escribe que le sale la página vacía, sin ninguna hora para escoger.\n\n"
            "Como entrevistadores puse a la encargada de la tienda y a mí, 30 minutos, y le di solo jueves y viernes "
            "de esta semana.\n\n"
            "¿A qué se puede deber? ¿Qué tendría que revisar antes de volver a mandárselo?\n\n"
            "Un saludo,\n"
            "Álvaro\n\n"
            "Álvaro Gutiérrez Sanz\n"
            "Técnico de Selección · Tiendas Cataluña\n"
            "Osprey Retail Iberia, S.L.U.\n")
    add(plain_msg(f"{ew('Gutiérrez Sanz, Álvaro', 'iso-8859-1', 'Q')} <alvaro.gutierrez@ospreyretail.com>",
                  "El candidato no ve huecos en el enlace", d, body, "iso-8859-1", "quoted-printable", msgid=exo_msgid(),
                  received=received_exo(d, 3),
                  extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", thread_index()), ("Content-Language", "es-ES")]),
        "question", "auto_reply", "self-scheduling-link", "es",
        "outlook-plain;qp;iso-8859-1;rfc2047-q-iso8859-1-from", "self-schedule link shows no slots")

    # es5 question contact-csm (no letters CSM); Outlook multipart cp1252, B utf-8 subject split mid-word
    d = when(3, 18, 11, 9, "ES")
    paras = ["Hola,", "",
             "Queremos plantear con GoodTime cómo organizar la campaña de verano (entre mayo y junio contratamos unas "
             "300 personas para las tiendas de costa) y creo que es un tema que va más allá de una consulta normal al "
             "soporte: hablamos de procesos y de cómo montar el flujo de trabajo.", "",
             "Tengo entendido que GoodTime nos tiene asignada una persona que lleva nuestra cuenta y que ayuda con este "
             "tipo de temas, pero no tengo su correo y mi antecesora no me lo dejó. ¿Cómo puedo ponerme en contacto con "
             "ella o reservar una reunión?", "",
             "Muchas gracias,", "Begoña"]
    sig = ["Begoña Martínez Olabarria", "Responsable de Selección – Iberia", "Osprey Retail Iberia, S.L.U.",
           "Av. Diagonal 640, 6ª planta · 08017 Barcelona", "T. +34 93 412 77 01"]
    add(outlook_msg(f"{ew('Martínez Olabarria, Begoña', 'utf-8', 'B')} <begona.martinez@ospreyretail.com>",
                    ew_split(["Contacto con nuestra respons", "able de cuenta en GoodTime"], "utf-8", "B"), d, paras, "es",
                    sig, DISC_ES, received=received_exo(d, 3), topic="Contacto con nuestra responsable de cuenta en GoodTime"),
        "question", "auto_reply", "contact-csm", "es",
        "outlook-multipart-alternative;qp;windows-1252;rfc2047-b-utf8-split;disclaimer", "account person at GoodTime, no 'CSM'")

    # es6 question room-booking; iPhone plain QP iso-8859-1
    d = when(3, 19, 8, 22, "ES")
    body = ("Hola!\n\n"
            "Al programar entrevistas presenciales en la oficina de Diagonal no me sale la sala Montjuïc (3a planta) "
            "como opción, solo me salen Tibidabo y Collserola. En Outlook la puedo reservar sin problema.\n\n"
            "¿Por qué no aparece en GoodTime? ¿Hay que darla de alta en algún sitio?\n\n"
            "Gracias!!\nLaia\n\n"
            "Enviado desde mi iPhone")
    add(plain_msg("Laia Roca <laia.roca@ospreyretail.com>", "Sala que no sale en GoodTime", d, body, "iso-8859-1",
                  "quoted-printable", msgid=apple_msgid(), received=received_exo(d, 2), extra=IPHONE + [IOS_MIME]),
        "question", "auto_reply", "room-booking", "es", "plain;qp;iso-8859-1;mobile-signature", "room missing from GoodTime")

    # es7 question none: SMS/WhatsApp reminders; terse lowercase, no Message-ID
    d = when(3, 20, 19, 57, "ES")
    body = ("se pueden mandar los recordatorios de entrevista por whatsapp o sms?? los candidatos de tienda no miran el "
            "mail y esta semana llevamos 6 que no se han presentado\n\ninigo\n")
    add(plain_msg("Inigo Zabala <inigo.zabala@ospreyretail.com>", "recordatorios por whatsapp", d, body, "us-ascii", "7bit",
                  msgid=None, received=received_exo(d, 2), extra=[("X-Mailer", "Microsoft Outlook 16.0")]),
        "question", "forward_support", "none", "es", "plain;7bit;terse-lowercase;no-message-id",
        "reminders by SMS/WhatsApp: not in KB (resembles candidate-reminders)")

    # es8 bug, misleading subject 'Pregunta rápida'; plain base64 iso-8859-1
    d = when(4, 7, 13, 5, "ES")
    body = ("Hola,\n\n"
            "Una pregunta rápida (o eso espero): desde el lunes las confirmaciones que reciben los candidatos salen con "
            "la hora cambiada. Ejemplo: entrevista programada en GoodTime para el miércoles 8 de abril a las 10:00 "
            "(hora de Madrid) y la candidata ha recibido la confirmación diciendo 08:00. En el calendario de los "
            "entrevistadores está bien, a las 10:00.\n\n"
            "Me ha pasado ya con tres candidatos esta semana, todos con entrevistas presenciales en Barcelona.\n"
            "Candidata del ejemplo: Marta Soler Vidal - ID 88231-BCN (ATS), req. 3307.\n\n"
            "¿Lo podéis mirar?\n\n"
            "Salu2,\nJordi\n")
    add(plain_msg('"Casals i Vila, Jordi" <jordi.casals@ospreyretail.com>', ew("Pregunta rápida", "iso-8859-1", "Q"), d,
                  body, "iso-8859-1", "base64", msgid=exo_msgid(), received=received_exo(d, 3),
                  extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "es-ES")]),
        "bug", "forward_support", "", "es", "plain;base64;iso-8859-1;misleading-subject",
        "confirmation shows 08:00 instead of 10:00")

    # es9 bug: reminders not sent; Gmail forward + PNG screenshot
    d = when(3, 18, 9, 47, "ES")
    top = ("Hola,\n\n"
           "Os reenvío lo que me ha escrito un candidato. Desde el lunes ninguno de los candidatos de tienda está "
           "recibiendo el recordatorio del día anterior (los de oficina sí, que yo sepa). Os adjunto una captura de "
           "la configuración: los recordatorios están activados para la plantilla de tiendas.\n\n"
           "Gracias,\nMajo\n\n")
    fwd = ("---------- Mensaje reenviado ---------\n"
           "De: Sergio Martín <sergio.martin.88@gmail.com>\n"
           "Date: mar, 17 mar 2026 a las 19:02\n"
           "Subject: Entrevista mañana\n"
           "To: <mariajose.ibanez@ospreyretail.com>\n\n\n"
           "Hola María José,\n\n"
           "Solo quería confirmar que la entrevista de mañana a las 11 en la tienda de La Maquinista sigue en pie, "
           "porque no me ha llegado ningún recordatorio como la otra vez y no encuentro el correo con la dirección.\n\n"
           "Gracias,\nSergio\n")
    plain = top + fwd
    htmlb = gmail_html(top.strip().split("\n"), esc(fwd).replace("\n", "<br>"))
    add(alt_msg('María José Ibáñez <mariajose.ibanez@ospreyretail.com>'.encode("utf-8"),
                "Fwd: Entrevista mañana", d, plain, htmlb, "UTF-8", "quoted-printable", "gmail", msgid=gmail_msgid(),
                received=received_exo(d, 3),
                attachments=[binary("image/png", make_png(160, 90, 9), "captura_recordatorios.png",
                                    extra=[("X-Attachment-Id", f"f_m{rlow(8)}0")])]),
        "bug", "forward_support", "", "es", "gmail-style;forward-chain;multipart-mixed;png-attachment;qp;raw-utf8-from",
        "day-before reminders not sent to store candidates")

    # es10 blocker via HR web form mailer
    d = when(3, 25, 11, 22, "ES")
    body = ("Se ha recibido una nueva solicitud a través del formulario de Soporte RR. HH.\n\n"
            "Nombre: Laia Roca\n"
            "Correo: laia.roca@ospreyretail.com\n"
            "Oficina: Barcelona - Diagonal\n"
            "Herramienta: GoodTime\n"
            "Prioridad: Urgente (entrevista en menos de 1 hora)\n\n"
            "Mensaje:\n"
            "La entrevista de las 12:00 con el candidato para Jefe de Almacén (Sant Boi) aparece en GoodTime como "
            "'pendiente' y no ha salido ninguna invitación, ni al candidato ni a los entrevistadores. El candidato ya "
            "está de camino a la oficina. Al intentar reenviar, sale 'No se ha podido completar la acción'. Necesito "
            "ayuda ya, por favor.\n\n"
            "--\n"
            "Este mensaje se ha generado automáticamente. Por favor, no responda a esta dirección.\n")
    add(plain_msg("Formulario Soporte RRHH <no-reply@forms.ospreyretail.com>",
                  ew("Nueva solicitud: URGENTE – entrevista bloqueada en GoodTime", "utf-8", "B"), d, body, "utf-8",
                  "quoted-printable", msgid=f"{rlow(20)}@forms.ospreyretail.com",
                  received=received_exo(d, 2, external=[("forms-web01.ospreyretail.com", "52.214.33.18",
                                                         "AM4PEPF00027A6C.mail.protection.outlook.com")]),
                  reply_to="Laia Roca <laia.roca@ospreyretail.com>",
                  extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
                         ("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)")]),
        "scheduling_blocker", "forward_support|needs_review", "", "es",
        "form-mailer;auto-submitted;plain;qp;rfc2047-b-utf8-subject;message-id-no-brackets", "form: invites never sent, candidate en route")

    # es11 blocker; angry caps iPhone
    d = when(3, 27, 16, 21, "ES")
    body = ("NO PUEDO CAMBIAR AL ENTREVISTADOR EN GOODTIME.\n\n"
            "El panel para Store Manager de Diagonal Mar empieza a las 16:30, Marc está de baja hoy y cuando intento "
            "poner a Ester en su lugar sale un error y no guarda. La candidata ya está conectada en Teams esperando.\n\n"
            "QUÉ HAGO??\n\n"
            "Álvaro\n\n"
            "Enviado desde mi iPhone")
    add(plain_msg(f"{ew('Álvaro Gutiérrez', 'utf-8', 'B')} <alvaro.gutierrez@ospreyretail.com>",
                  ew("URGENTE: PANEL EN 10 MIN Y FALTA UN ENTREVISTADOR", "utf-8", "Q"), d, body, "utf-8",
                  "quoted-printable", msgid=apple_msgid(), received=received_exo(d, 2), extra=IPHONE + [IOS_MIME]),
        "scheduling_blocker", "forward_support", "", "es", "plain;qp;angry-caps;mobile-signature",
        "can't swap sick interviewer, panel in 10 min")

    # es12 feature request: regional holidays
    d = when(4, 14, 10, 44, "ES")
    paras = ["¡Hola!", "",
             "Os dejo una sugerencia por si se la podéis hacer llegar a GoodTime: estaría genial poder cargar los "
             "festivos locales y autonómicos por oficina (en Barcelona tenemos el 11 de septiembre, la Mercè el 24, "
             "Sant Esteve...) para que GoodTime no proponga huecos esos días.", "",
             "Ahora mismo lo resolvemos pidiendo a todos los entrevistadores que bloqueen el día en su calendario, pero "
             "siempre se olvida alguien y acabamos mandando propuestas en festivo a los candidatos.", "",
             "¡Gracias!", "Núria"]
    add(outlook_msg('"Puig Ferrer, Núria" <nuria.puig@ospreyretail.com>', "Sugerencia: festivos locales en GoodTime", d,
                    paras, "es", SIG_NURIA, DISC_ES[:1], received=received_exo(d, 3),
                    topic="Sugerencia: festivos locales en GoodTime"),
        "feature_request", "product_board_reply", "", "es", "outlook-multipart-alternative;qp;windows-1252;disclaimer",
        "local holidays per office")

    # es13 escalation with live fault; long folded subject, 6 received + DKIM/ARC/auth, disclaimer
    d = when(4, 15, 9, 38, "ES")
    subj = fold("Problemas recurrentes con GoodTime en Iberia – necesitamos una reunión con GoodTime (y hoy otra vez "
                "sin enlaces de Teams)")
    paras = ["Hola a todos,", "",
             "Os escribo con bastante frustración. Desde finales de febrero arrastramos problemas que se repiten una y "
             "otra vez: enlaces de Teams que no se generan, recordatorios que no llegan a los candidatos de tienda, "
             "confirmaciones con la hora cambiada... Cada vez abrimos ticket, cada vez nos dicen que está resuelto y a "
             "las dos semanas vuelve a pasar. El equipo está perdiendo la confianza en la herramienta y algunos "
             "coordinadores ya han vuelto a programar a mano con Outlook, que es justo lo que queríamos evitar.", "",
             "Y hoy, otra vez: ninguna de las entrevistas programadas esta mañana para la campaña de verano (unas 15) "
             "tiene enlace de Teams. Estamos mandando los enlaces a mano a los candidatos.", "",
             "Necesito que esto se escale en GoodTime y tener una reunión con la persona que lleva nuestra cuenta para "
             "revisar qué está pasando y acordar un plan de acción. ¿Lo podéis organizar esta misma semana?", "",
             "Gracias,", "Begoña"]
    sig = ["Begoña Martínez Olabarria", "Responsable de Selección – Iberia", "Osprey Retail Iberia, S.L.U.",
           "Av. Diagonal 640, 6ª planta · 08017 Barcelona", "T. +34 93 412 77 01 · M. +34 609 771 204"]
    subj_enc = "\n ".join(ew(x, "utf-8", "Q") for x in
                          ["Problemas recurrentes con GoodTime en Iberia – necesitamos una ",
                           "reunión con GoodTime (y hoy otra vez sin enlaces de Teams)"])
    pre = [auth_results()] + arc() + [dkim()]
    add(outlook_msg(f"{ew('Martínez Olabarria, Begoña', 'utf-8', 'B')} <begona.martinez@ospreyretail.com>", subj_enc, d,
                    paras, "es", sig, DISC_ES, received=received_exo(d, 6), pre=pre, topic=ew(subj.replace("\n ", " "), "utf-8", "B"),
                    extra=[("Importance", "high")]),
        "escalation", "flag_csm+forward_support", "", "es",
        "outlook-multipart-alternative;qp;windows-1252;long-folded-subject;rfc2047-q-utf8;6-received;dkim;arc;auth-results;disclaimer",
        "recurring problems, wants account meeting; Teams links missing today")

    # es14 noise: bounce from an ISP, Spanish text, multipart/report
    d = when(3, 10, 18, 2, "ES")
    orig_hdrs = ("Received: from AM6PR07MB5590.eurprd07.prod.outlook.com by smtp.ospreyretail.com\n"
                 "From: GoodTime Helpline <gt-helpline@ospreyretail.com>\n"
                 "To: <sergio.martin88@telefonica.net>\n"
                 "Subject: RE: Entrevista mañana\n"
                 f"Date: {rfcdate(d - _dt.timedelta(seconds=20))}\n"
                 f"Message-ID: {exo_msgid()}\n")
    expl = ("Este es el sistema de correo del servidor mx-out02.ospreyretail.com.\n\n"
            "Lamentamos comunicarle que su mensaje no ha podido ser entregado a uno o más destinatarios.\n"
            "Se adjunta a continuación.\n\n"
            "Si necesita ayuda, envíe un correo a <postmaster@ospreyretail.com>.\n\n"
            "Puede eliminar su propio texto del mensaje devuelto.\n\n"
            "                   El sistema de correo\n\n"
            "<sergio.martin88@telefonica.net>: host mx-in03.telefonica.net[194.224.66.41] said:\n"
            "    550 5.1.1 <sergio.martin88@telefonica.net>: Recipient address rejected:\n"
            "    User unknown in virtual mailbox table (in reply to RCPT TO command)\n")
    status = ("Reporting-MTA: dns; mx-out02.ospreyretail.com\n"
              f"X-Postfix-Queue-ID: 4fR{rhex(8)}\n"
              "X-Postfix-Sender: rfc822; gt-helpline@ospreyretail.com\n"
              f"Arrival-Date: {rfcdate(d - _dt.timedelta(seconds=19))}\n\n"
              "Final-Recipient: rfc822; sergio.martin88@telefonica.net\n"
              "Original-Recipient: rfc822;sergio.martin88@telefonica.net\n"
              "Action: failed\n"
              "Status: 5.1.1\n"
              "Remote-MTA: dns; mx-in03.telefonica.net\n"
              "Diagnostic-Code: smtp; 550 5.1.1 <sergio.martin88@telefonica.net>: Recipient\n"
              "    address rejected: User unknown in virtual mailbox table\n")
    rep = multi("report", [text(expl, "plain", "utf-8", "8bit", extra=[("Content-Description", "Notification")]),
                           raw_ent("message/delivery-status", status, extra=[("Content-Description", "Delivery report")]),
                           raw_ent("text/rfc822-headers", orig_hdrs, extra=[("Content-Description", "Undelivered Message Headers")])],
                "other", params="report-type=delivery-status")
    add(build(hdrs("MAILER-DAEMON@mx-out02.ospreyretail.com (Sistema de correo)",
                   "Aviso de entrega fallida: mensaje devuelto al remitente", d,
                   f"<20260310170208.4fR{rhex(8)}@mx-out02.ospreyretail.com>",
                   to="gt-helpline@ospreyretail.com", received=received_exo(d, 2),
                   extra=[("Auto-Submitted", "auto-replied")]), rep),
        "noise", "ignore", "", "es", "bounce;multipart-report;delivery-status;mailer-daemon;8bit", "NDR for help-line reply")

    # es15 noise: calendar decline with a short comment
    d = when(3, 31, 17, 14, "ES")
    cal = ics("REPLY", "Formación GoodTime para coordinadores – Barcelona", HELP, "marc.vidal@ospreyretail.com",
              "20260408T100000", "20260408T113000", "040000008200E00074C5B7101A82E00800000000" + rhex(32),
              partstat="DECLINED", location="Sala Tibidabo / Microsoft Teams", tzid="Romance Standard Time")
    plain = "Ese día estoy en la tienda de Girona con el inventario, lo siento. ¿Habrá otra sesión?\n"
    ent = multi("alternative", [text(plain, "plain", "utf-8", "quoted-printable"),
                                Ent([("Content-Type", 'text/calendar; charset="utf-8"; method=REPLY'),
                                     ("Content-Transfer-Encoding", "base64")], b64lines(cal.encode("utf-8")))], "outlook")
    add(build(hdrs('"Vidal, Marc" <marc.vidal@ospreyretail.com>',
                   ew("Rechazado: Formación GoodTime para coordinadores – Barcelona", "utf-8", "B"), d, exo_msgid(),
                   received=received_exo(d, 3),
                   extra=[("Thread-Topic", ew("Formación GoodTime para coordinadores – Barcelona", "utf-8", "B")),
                          ("Thread-Index", thread_index()), ("X-MS-Has-Attach", ""), ("Content-Language", "es-ES"),
                          ("Content-class", "urn:content-classes:calendarmessage")]),
              ent),
        "noise", "ignore", "", "es", "calendar-decline;text-calendar;rfc2047-b-utf8-subject",
        "decline of training session, short comment")


# ========================================================================= FRENCH
def french():
    SIG_AMELIE = ["Amélie Duprat", "Chargée de recrutement – Magasins Sud-Ouest", "Osprey Retail France SAS",
                  "12 quai des Chartrons – 33000 Bordeaux", "Tél. : +33 5 57 81 44 20 – Port. : +33 6 82 14 57 30"]

    # fr1 question conference-links; Outlook HTML-only QP cp1252; raw cp1252 From + Subject
    d = when(3, 3, 14, 26, "FR")
    paras = ["Bonjour,", "",
             "Petite question pratique : quand je programme un entretien en visio dans GoodTime (par exemple pour les "
             "postes d'adjoint de magasin, où le premier échange se fait toujours à distance), l'invitation part sans "
             "lien Teams et je finis par le copier-coller moi-même dans l'invitation Outlook.", "",
             "Est-ce normal ? Est-ce qu'il existe un réglage pour que GoodTime ajoute le lien tout seul et, si oui, "
             "est-ce que je peux le choisir entretien par entretien ?", "",
             "Merci d'avance,", "Amélie"]
    add(outlook_msg('"Duprat, Amélie" <amelie.duprat@ospreyretail.com>'.encode("cp1252"),
                    "Entretiens à distance – lien Teams à ajouter à la main ?".encode("cp1252"), d, paras, "fr",
                    SIG_AMELIE, DISC_FR, html_only=True, received=received_exo(d, 3)),
        "question", "auto_reply", "conference-links", "fr",
        "outlook-html-only;qp;windows-1252;raw-cp1252-subject;raw-cp1252-from;disclaimer", "Teams link not added")

    # fr2 question debrief-scheduling; iPhone plain QP utf-8
    d = when(3, 26, 21, 47, "FR")
    body = ("Bonjour,\n\n"
            "Jeudi prochain on enchaîne 4 entretiens pour le poste de Directeur de l'entrepôt de Saint-Jean-d'Illac, et "
            "j'aimerais caler juste après une réunion avec les 4 interviewers + la DRH pour faire le point à chaud.\n\n"
            "Est-ce que je peux planifier ça dans GoodTime comme un entretien ? Je veux surtout être sûr que le candidat "
            "ne reçoive pas d'invitation à cette réunion, ce serait gênant…\n\n"
            "Merci\nGrégoire\n\n"
            "Envoyé de mon iPhone")
    add(plain_msg(f"{ew('Grégoire Lefèvre', 'utf-8', 'Q')} <gregoire.lefevre@ospreyretail.com>",
                  ew("Réunion de débrief après les entretiens du 2 avril", "utf-8", "Q"), d, body, "utf-8",
                  "quoted-printable", msgid=apple_msgid(), received=received_exo(d, 2), extra=IPHONE + [IOS_MIME]),
        "question", "auto_reply", "debrief-scheduling", "fr", "plain;qp;utf-8;mobile-signature;rfc2047-q-utf8",
        "debrief without inviting candidate")

    # fr3 question product-board; Q ISO-8859-1 subject split mid-word; plain base64 iso-8859-1
    d = when(3, 4, 11, 17, "FR")
    body = ("Bonjour,\n\n"
            "En utilisant GoodTime au quotidien, j'ai noté plusieurs petites choses qui pourraient être améliorées "
            "(par exemple pouvoir filtrer la liste des entretiens par magasin). Plutôt que de vous envoyer une liste "
            "à chaque fois, est-ce qu'il existe un endroit officiel où l'on peut soumettre ses idées directement à "
            "GoodTime ? Une collègue m'a parlé d'un système où l'on peut voter pour les idées des autres, mais je ne "
            "sais pas où ça se trouve.\n\n"
            "Merci !\n\n"
            "Hélène Castaing\n"
            "Coordinatrice recrutement - Siège Bordeaux\n")
    add(plain_msg(f"{ew('Castaing, Hélène', 'iso-8859-1', 'Q')} <helene.castaing@ospreyretail.com>",
                  ew_split(["Où proposer une id", "ée d'amélioration pour GoodTime ?"], "iso-8859-1", "Q"), d, body,
                  "iso-8859-1", "base64", msgid=exo_msgid(), received=received_exo(d, 3),
                  extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "fr-FR")]),
        "question", "auto_reply", "product-board", "fr", "plain;base64;iso-8859-1;rfc2047-q-iso8859-1-split",
        "where to submit ideas / vote")

    # fr4 question support-hours + SLA; Outlook multipart QP utf-8, evening
    d = when(3, 9, 19, 47, "FR")
    paras = ["Bonsoir,", "",
             "Nous planifions de plus en plus d'entretiens pour les postes d'acheteurs avec l'équipe de São Paulo, et "
             "souvent en fin de journée (entre 18h et 20h, heure de Bordeaux) pour que ça tombe dans leurs horaires.", "",
             "Si nous avons un problème avec GoodTime à ce moment-là, est-ce que le support GoodTime est encore "
             "joignable ? Et est-ce qu'il existe quelque part des délais de réponse garantis de leur côté, pour savoir à "
             "quoi nous attendre ?", "",
             "Bonne soirée,", "Sébastien"]
    sig = ["Sébastien Marty", "Coordinateur recrutement – Achats & Siège", "Osprey Retail France SAS",
           "12 quai des Chartrons – 33000 Bordeaux", "Tél. : +33 5 57 81 44 36"]
    add(outlook_msg(f"{ew('Marty, Sébastien', 'utf-8', 'B')} <sebastien.marty@ospreyretail.com>",
                    ew("Support GoodTime en soirée ?", "utf-8", "Q"), d, paras, "fr", sig, DISC_FR[:1], charset="utf-8",
                    received=received_exo(d, 3), topic="Support GoodTime en soirée ?"),
        "question", "auto_reply", "support-hours", "fr", "outlook-multipart-alternative;qp;utf-8;disclaimer",
        "is support reachable in the evening + SLAs")

    # fr5 question interviewer-load-balancing; Apple Mail reply over unrelated thread
    d = when(3, 10, 10, 2, "FR")
    new = ("Bonjour l'équipe GoodTime,\n\n"
           "(je détourne ce fil, désolée, rien à voir avec les portes ouvertes)\n\n"
           "Le directeur du magasin de Mérignac Soleil, M. Ferrand, se plaint d'être sollicité pour quasiment tous les "
           "entretiens de vendeurs, parfois quatre dans la même journée, alors que ses deux adjoints ne sont presque "
           "jamais proposés. Est-ce qu'on peut fixer dans GoodTime un nombre maximum d'entretiens par jour ou par "
           "semaine pour lui, pour que les autres managers soient aussi mis à contribution ?\n\n"
           "Merci !\nMaëlle\n\n")
    quote = ("> Le 10 mars 2026 à 09:12, Céline Labat <celine.labat@ospreyretail.com> a écrit :\n"
             "> \n"
             "> Coucou Maëlle,\n"
             "> \n"
             "> Tu peux me renvoyer le planning des journées portes ouvertes de Mérignac ? Je ne retrouve que la\n"
             "> version de février et il manque les créneaux du samedi.\n"
             "> \n"
             "> Bises,\n"
             "> Céline\n")
    plain = new + quote
    htmlb = simple_html(new.strip().split("\n"),
                        extra_tail='<div><br><blockquote type="cite"><div>Le 10 mars 2026 à 09:12, Céline Labat &lt;celine.labat@ospreyretail.com&gt; a écrit :</div><br>'
                        '<div>Coucou Maëlle,<br><br>Tu peux me renvoyer le planning des journées portes ouvertes de Mérignac ? Je ne retrouve que la version '
                        'de février et il manque les créneaux du samedi.<br><br>Bises,<br>Céline</div></blockquote></div>')
    add(alt_msg(f"{ew('Maëlle Bourdieu', 'utf-8', 'B')} <maelle.bourdieu@ospreyretail.com>",
                "Re: Planning portes ouvertes =?utf-8?Q?M=C3=A9rignac?=", d, plain, htmlb, "utf-8",
                "quoted-printable", "apple", msgid=apple_msgid(), cc="Céline Labat <celine.labat@ospreyretail.com>".encode("utf-8"),
                received=received_exo(d, 3), in_reply_to=apple_msgid(), extra=APPLEMAIL + [APPLE_MIME]),
        "question", "auto_reply", "interviewer-load-balancing", "fr",
        "apple-mail;multipart-alternative;qp;reply-over-unrelated-thread;raw-utf8-cc;rfc2047-partial-subject",
        "cap interviews per week for one manager")

    # fr6 question escalation-path; Outlook multipart cp1252, long sig + disclaimer
    d = when(3, 13, 9, 31, "FR")
    paras = ["Bonjour à tous,", "",
             "J'ai rejoint Osprey il y a trois semaines en tant que HRBP pour les entrepôts du Sud-Ouest et je commence "
             "à utiliser GoodTime avec mes équipes.", "",
             "Honnêtement, je m'y perds un peu entre les différents interlocuteurs : il y a vous (la helpline), le "
             "support de GoodTime, apparemment un tableau sur lequel on dépose des suggestions, et une personne chez "
             "GoodTime qui suit notre compte. Pourriez-vous me dire, dans les grandes lignes, à qui m'adresser pour "
             "quoi ? Par exemple : un bug, une idée d'amélioration, une question sur nos pratiques internes, un sujet "
             "plus stratégique.", "",
             "Je pourrai ainsi relayer l'information à mes managers.", "",
             "Bien cordialement,", "François-Xavier Peyrou"]
    sig = ["François-Xavier Peyrou", "HR Business Partner – Entrepôts Sud-Ouest", "Osprey Retail France SAS",
           "12 quai des Chartrons – 33000 Bordeaux", "Tél. : +33 5 57 81 44 02 – Port. : +33 6 07 55 21 98",
           "francois-xavier.peyrou@ospreyretail.com", "Retrouvez nos offres sur careers.ospreyretail.com/fr"]
    add(outlook_msg(f"{ew('Peyrou, François-Xavier', 'iso-8859-1', 'Q')} <francois-xavier.peyrou@ospreyretail.com>",
                    "Qui contacter pour quoi ?", d, paras, "fr", sig, DISC_FR, received=received_exo(d, 4),
                    topic="Qui contacter pour quoi ?"),
        "question", "auto_reply", "escalation-path", "fr",
        "outlook-multipart-alternative;qp;windows-1252;long-signature;disclaimer", "who to contact for what")

    # fr7 question none: public holidays + unrelated second topic; plain, no Message-ID
    d = when(4, 21, 15, 2, "FR")
    body = ("Bonjour,\n\n"
            "Deux petites choses :\n\n"
            "1) Avec tous les ponts de mai qui arrivent (1er mai, 8 mai, l'Ascension le 14 et le lundi de Pentecôte), "
            "est-ce que GoodTime tient compte automatiquement des jours fériés français pour ne pas proposer de "
            "créneaux ces jours-là aux candidats ? Ou est-ce qu'il faut que chaque interviewer bloque son agenda ?\n\n"
            "2) Rien à voir : savez-vous à qui il faut demander un badge d'accès pour l'entrepôt de Cestas pour une "
            "stagiaire qui arrive lundi ?\n\n"
            "Merci,\nCéline\n")
    add(plain_msg("=?iso-8859-1?Q?C=E9line_Labat?= <celine.labat@ospreyretail.com>", "Jours fériés + badge Cestas", d,
                  body, "utf-8", "quoted-printable", msgid=None, received=received_exo(d, 3),
                  extra=[("X-Mailer", "Microsoft Outlook 16.0")]),
        "question", "forward_support", "none", "fr", "plain;qp;two-topics;no-message-id",
        "public holidays handled? not in KB (resembles time-zones/working hours)")

    # fr8 bug: reminders at 3am; Gmail-style forward (French)
    d = when(3, 16, 9, 5, "FR")
    top = ("Bonjour,\n\n"
           "Pour info, plusieurs candidats reçoivent leur rappel d'entretien au milieu de la nuit (3h12 pour celui-ci, "
           "et une candidate m'a dit la même chose vendredi). Ça fait peu sérieux. Vous pouvez regarder ?\n\n"
           "Merci,\nThibault\n\n")
    fwd = ("---------- Message transféré ---------\n"
           "De : Julien Arnaud <julien.arnaud33@orange.fr>\n"
           "Date: lun. 16 mars 2026 à 07:58\n"
           "Subject: Re: Rappel : votre entretien avec Osprey Retail\n"
           "To: <thibault.garrigues@ospreyretail.com>\n\n\n"
           "Bonjour,\n\n"
           "J'ai bien reçu le rappel (à 3h du matin, mon téléphone a sonné...). Je serai bien présent cet après-midi "
           "à 14h au dépôt de Cestas.\n\n"
           "Cordialement,\nJulien Arnaud\n")
    plain = top + fwd
    add(alt_msg(f"{ew('Thibault Garrigues', 'utf-8', 'B')} <thibault.garrigues@ospreyretail.com>",
                ew("Fwd: Re: Rappel : votre entretien avec Osprey Retail", "utf-8", "Q"), d, plain,
                gmail_html(top.strip().split("\n"), esc(fwd).replace("\n", "<br>")), "UTF-8", "quoted-printable", "gmail",
                msgid=gmail_msgid(), received=received_exo(d, 3)),
        "bug", "forward_support", "", "fr", "gmail-style;multipart-alternative;forward-chain;qp",
        "reminders sent at 3am")

    # fr9 bug, misleading 'Petite question'; Error 500 screenshot
    d = when(4, 9, 10, 19, "FR")
    paras = ["Bonjour,", "",
             "Petite question : est-ce normal que la page de planification plante ? Depuis ce matin, dès que j'ouvre "
             "un candidat pour le poste de Responsable logistique (Cestas), j'ai un écran « Something went wrong – Error "
             "500 » (capture jointe). Les autres candidats s'ouvrent normalement.", "",
             "J'ai vidé le cache, essayé Edge et Chrome : même résultat. Le candidat s'appelle Karim Benali, l'entretien "
             "doit être planifié avant vendredi.", "",
             "Merci,", "Hélène"]
    add(outlook_msg(f"{ew('Castaing, Hélène', 'iso-8859-1', 'Q')} <helene.castaing@ospreyretail.com>", "Petite question",
                    d, paras, "fr", ["Hélène Castaing", "Coordinatrice recrutement – Siège Bordeaux"], DISC_FR[:1],
                    received=received_exo(d, 3),
                    attachments=[binary("image/png", make_png(200, 110, 21), "image001.png")], topic="Petite question"),
        "bug", "forward_support", "", "fr",
        "outlook-multipart-mixed;qp;windows-1252;png-attachment;misleading-subject", "Error 500 on one candidate")

    # fr10 blocker: candidate at reception, GoodTime shows tomorrow; iPhone
    d = when(4, 16, 10, 9, "FR")
    body = ("Bonjour,\n\n"
            "Le candidat pour le poste de chef d'équipe quai (entrepôt de Saint-Jean-d'Illac) est à l'accueil depuis 10 "
            "minutes pour son entretien de 10h. Dans GoodTime, l'entretien est affiché demain à la même heure et aucun "
            "interviewer ne l'a dans son agenda aujourd'hui.\n\n"
            "Je peux trouver quelqu'un sur place mais j'ai besoin de savoir quoi faire dans l'outil, maintenant, pour "
            "que ce soit enregistré correctement et que sa convocation soit à jour. Rappelez-moi si possible au "
            "06 71 24 88 19.\n\n"
            "Grégoire\n\n"
            "Envoyé de mon iPhone")
    add(plain_msg(f"{ew('Grégoire Lefèvre', 'utf-8', 'Q')} <gregoire.lefevre@ospreyretail.com>",
                  ew("Urgent – candidat à l'accueil, entretien affiché demain", "utf-8", "B"), d, body, "utf-8",
                  "quoted-printable", msgid=apple_msgid(), received=received_exo(d, 2), extra=IPHONE2 + [IOS_MIME]),
        "scheduling_blocker", "forward_support", "", "fr", "plain;qp;mobile-signature;rfc2047-b-utf8-subject",
        "candidate at reception, wrong day in GoodTime")

    # fr11 blocker: no video link 20 min before; raw UTF-8 Subject + From
    d = when(4, 22, 14, 41, "FR")
    paras = ["Bonjour,", "",
             "L'entretien de 15h00 (Mme Carole Fabre, poste d'acheteuse textile – panel avec São Paulo) commence dans "
             "20 minutes et la confirmation reçue par la candidate ne contient aucun lien Teams. Les deux interviewers "
             "de São Paulo n'ont pas de lien non plus dans leur invitation.", "",
             "Je n'arrive pas à en régénérer un depuis GoodTime (le bouton ne fait rien). Que faire ?", "",
             "Sébastien"]
    add(outlook_msg("Sébastien Marty <sebastien.marty@ospreyretail.com>".encode("utf-8"),
                    "Entretien dans 20 min – aucun lien visio pour la candidate".encode("utf-8"), d, paras, "fr",
                    None, None, charset="utf-8", received=received_exo(d, 3), extra=[("Importance", "high")]),
        "scheduling_blocker", "forward_support", "", "fr",
        "outlook-multipart-alternative;qp;utf-8;raw-utf8-subject;raw-utf8-from", "no Teams link, 20 min")

    # fr12 feature request: copy a schedule to next candidates
    d = when(4, 1, 16, 52, "FR")
    body = ("Bonjour,\n\n"
            "Lors des journées de recrutement en magasin, on reçoit 8 à 10 candidats dans la même journée pour "
            "exactement le même format : même binôme d'interviewers, même salle, 30 minutes chacun. Aujourd'hui on doit "
            "tout reconfigurer dans GoodTime à chaque candidat, c'est long et on finit par faire des erreurs.\n\n"
            "Ce serait vraiment pratique de pouvoir copier la programmation d'un candidat vers les suivants en un clic "
            "(en décalant juste l'horaire). Si vous pouvez faire remonter l'idée à GoodTime…\n\n"
            "Bonne journée,\nMaëlle\n\n"
            "--\nMaëlle Bourdieu\nChargée de recrutement – Magasins Gironde\nOsprey Retail France SAS\n")
    add(plain_msg(f"{ew('Maëlle Bourdieu', 'utf-8', 'B')} <maelle.bourdieu@ospreyretail.com>",
                  ew("Idée : dupliquer une programmation d'entretien", "utf-8", "Q"), d, body, "utf-8", "base64",
                  msgid=apple_msgid(), received=received_exo(d, 3), extra=APPLEMAIL + [APPLE_MIME]),
        "feature_request", "product_board_reply", "", "fr", "apple-mail;plain;base64;utf-8", "copy schedule to next candidates")

    # fr13 escalation: training + setup for new DC; 8 received, DKIM/ARC/auth, PDF attachment
    d = when(3, 24, 11, 12, "FR")
    paras = ["Bonjour,", "",
             "Dans le cadre de l'ouverture du nouvel entrepôt de Cestas en septembre, nous allons recruter environ 250 "
             "personnes entre mai et août. Douze coordinateurs et chefs d'équipe vont utiliser GoodTime pour la "
             "première fois, la plupart sans aucune expérience du recrutement.", "",
             "Nous souhaiterions organiser avec GoodTime une formation dédiée pour ce groupe (en français si possible, "
             "idéalement sur site fin avril), ainsi qu'un point sur le paramétrage : pools d'interviewers par équipe, "
             "modèles d'entretien pour les sessions collectives, gestion des créneaux du samedi. Nous aimerions aussi "
             "revoir avec eux notre façon de faire actuelle, qui ne tiendra pas à ce volume.", "",
             "Pouvez-vous faire le lien avec notre interlocuteur chez GoodTime et proposer des dates ? Je joins le "
             "calendrier prévisionnel des recrutements.", "",
             "Bien cordialement,", "Nathalie Espagnet"]
    sig = ["Nathalie Espagnet", "Responsable RH – Entrepôts France", "Osprey Retail France SAS",
           "12 quai des Chartrons – 33000 Bordeaux", "Tél. : +33 5 57 81 44 10"]
    pdf = make_pdf(["Osprey Retail France - Entrepot de Cestas", "Calendrier previsionnel des recrutements 2026", "",
                    "Mai : 40 preparateurs de commandes, 4 chefs d'equipe", "Juin : 70 preparateurs, 6 caristes",
                    "Juillet : 80 preparateurs (contrats saisonniers)", "Aout : 50 preparateurs, 2 responsables de quai",
                    "", "Document interne - CONFIDENTIEL"], "Planning recrutement Cestas 2026")
    pre = [auth_results()] + arc() + [dkim()]
    add(outlook_msg(f"{ew('Espagnet, Nathalie', 'utf-8', 'Q')} <nathalie.espagnet@ospreyretail.com>",
                    ew("Formation GoodTime - ouverture entrepôt de Cestas", "iso-8859-1", "Q"), d, paras, "fr", sig, DISC_FR,
                    received=received_onprem(d, 8, "BOD"), pre=pre,
                    attachments=[binary("application/pdf", pdf, "Planning_recrutement_Cestas_2026.pdf")],
                    topic=ew("Formation GoodTime - ouverture entrepôt de Cestas", "utf-8", "B")),
        "escalation", "flag_csm", "", "fr",
        "outlook-multipart-mixed;qp;windows-1252;pdf-attachment;8-received;dkim;arc;auth-results;disclaimer",
        "team training + setup for new DC")

    # fr14 noise: OOO without Auto-Submitted
    d = when(4, 14, 8, 3, "FR")
    body = ("Bonjour,\n\n"
            "Je suis absent du bureau jusqu'au lundi 20 avril inclus, avec un accès limité à mes e-mails.\n"
            "Pour toute urgence concernant le recrutement des magasins, merci de contacter Amélie Duprat "
            "(amelie.duprat@ospreyretail.com – 05 57 81 44 20).\n\n"
            "Cordialement,\nGrégoire Lefèvre\n")
    add(plain_msg(f"{ew('Lefèvre, Grégoire', 'iso-8859-1', 'Q')} <gregoire.lefevre@ospreyretail.com>",
                  ew("Réponse automatique : Formation GoodTime - ouverture entrepôt de Cestas", "utf-8", "Q"), d, body,
                  "utf-8", "quoted-printable", msgid=exo_msgid(), received=received_exo(d, 3),
                  extra=[("Thread-Topic", ew("Formation GoodTime - ouverture entrepôt de Cestas", "utf-8", "B")),
                         ("Content-Language", "fr-FR")], in_reply_to=exo_msgid()),
        "noise", "ignore", "", "fr", "out-of-office;no-auto-submitted;plain;qp", "OOO without Auto-Submitted")

    # fr15 noise: read receipt (disposition-notification)
    d = when(3, 20, 14, 58, "FR")
    txt = ("Votre message\n\n"
           "  À : Labat, Céline\n"
           "  Objet : Formation GoodTime – support de présentation\n"
           "  Envoyé : vendredi 20 mars 2026 11:02:41 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris\n\n"
           "a été lu le vendredi 20 mars 2026 14:58:07 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.\n")
    mdn = ("Reporting-UA: AM6PR07MB5590.eurprd07.prod.outlook.com; Microsoft Exchange Server\n"
           "Final-Recipient: rfc822;celine.labat@ospreyretail.com\n"
           f"Original-Message-ID: {exo_msgid()}\n"
           "Disposition: manual-action/MDN-sent-manually; displayed\n")
    rep = multi("report", [text(txt, "plain", "utf-8", "quoted-printable"),
                           raw_ent("message/disposition-notification", mdn)], "outlook",
                params="report-type=disposition-notification")
    add(build(hdrs(f"{ew('Labat, Céline', 'utf-8', 'B')} <celine.labat@ospreyretail.com>",
                   ew("Lu : Formation GoodTime – support de présentation", "utf-8", "B"), d, exo_msgid(),
                   received=received_exo(d, 3), extra=[("Content-Language", "fr-FR"), ("X-MS-Has-Attach", "")]), rep),
        "noise", "ignore", "", "fr", "read-receipt;multipart-report;disposition-notification", "read receipt")


# ===================================================================== PORTUGUESE
def portuguese():
    GW = [("X-Google-Smtp-Source", rb64(60)), ("X-Gm-Message-State", rb64(40))]

    # pt1 (BR) question candidate-availability-request; Gmail multipart base64 utf-8, raw UTF-8 From
    d = when(3, 5, 10, 37, "BR")
    plain = ("Oi, pessoal! Tudo bem?\n\n"
             "Sou nova por aqui (entrei no time de Compras de São Paulo em fevereiro) e até agora venho combinando as "
             "entrevistas com os candidatos pelo WhatsApp, trocando mensagem até achar um horário que funcione pra "
             "todo mundo. Me falaram que dá pra fazer isso pelo GoodTime, com o próprio candidato marcando os horários "
             "livres dele num link.\n\n"
             "Como eu faço isso? Tem algum cuidado que eu deveria tomar, tipo quanto tempo pedir ou o que fazer se ele "
             "não responder?\n\n"
             "Valeu!\nThaís\n\n"
             "--\nThaís Albuquerque\nAnalista de Recrutamento & Seleção | Escritório de Compras São Paulo\n"
             "Osprey Retail Brasil\n+55 11 3512-8840\n")
    add(alt_msg("Thaís Albuquerque <thais.albuquerque@ospreyretail.com>".encode("utf-8"),
                "como pedir disponibilidade do candidato pelo GoodTime", d, plain, gmail_html(plain.split("\n")),
                "UTF-8", "base64", "gmail", msgid=gmail_msgid(),
                received=received_exo(d, 2, external=[("mail-sor-f41.google.com", "209.85.220.41",
                                                       "CP6PEPF00004E12.mail.protection.outlook.com")]),
                pre=[auth_results(ip="209.85.220.41")] + [dkim(sel="google", headers="mime-version:from:date:message-id:subject:to")],
                extra=GW),
        "question", "auto_reply", "candidate-availability-request", "pt",
        "gmail;multipart-alternative;base64;utf-8;raw-utf8-from;dkim;auth-results", "BR: ask candidate for free times")

    # pt2 (PT) question panel-interviews; Outlook HTML-only QP cp1252, disclaimer
    d = when(3, 10, 9, 18, "PT")
    paras = ["Bom dia,", "",
             "Vou ter de marcar a entrevista final para Gerente de Loja (NorteShopping) e são três etapas seguidas: "
             "conversa com a Diretora Regional, caso prático com o Responsável de Operações e, no fim, uma volta pela "
             "loja com a equipa. Queria pôr uma pausa para almoço entre a segunda e a terceira.", "",
             "Como é que se monta isto no GoodTime? Faço três entrevistas separadas ou há forma de tratar tudo de uma "
             "vez? E se não aparecer nenhum horário em que estejam todos livres, o que me aconselham?", "",
             "Obrigada,", "Inês"]
    sig = ["Inês Carvalho", "Técnica de Recrutamento – Lojas Norte", "Osprey Retail Portugal, Unipessoal Lda.",
           "Rua de Sá da Bandeira, 481 · 4000-436 Porto", "Tel.: +351 22 340 1870 · Tlm.: +351 912 448 306"]
    add(outlook_msg(f"{ew('Inês Carvalho', 'iso-8859-1', 'Q')} <ines.carvalho@ospreyretail.com>",
                    ew("Entrevista com várias etapas + almoço", "iso-8859-1", "Q"), d, paras, "pt", sig, DISC_PT,
                    html_only=True, received=received_exo(d, 3)),
        "question", "auto_reply", "panel-interviews", "pt",
        "outlook-html-only;qp;windows-1252;disclaimer;rfc2047-q-iso8859-1", "PT: multi-session with lunch")

    # pt3 (BR) question contact-support; Outlook 2010, raw cp1252 Subject, 8bit cp1252 body
    d = when(3, 11, 15, 4, "BR")
    body = ("Boa tarde,\n\n"
            "Qual é o e-mail do suporte do GoodTime? Quero mandar o print de um erro direto pra eles, sem ter que "
            "ficar explicando por telefone.\n\n"
            "Obrigado,\nLeandro Sampaio\nCompras - Calçados\n")
    add(plain_msg('"Leandro Sampaio" <leandro.sampaio@ospreyretail.com>', "Dúvida: e-mail do suporte GoodTime".encode("cp1252"),
                  d, body, "windows-1252", "8bit", msgid=exo_msgid(), received=received_onprem(d, 5, "SAO"),
                  extra=[("X-Mailer", "Microsoft Outlook 14.0"), ("Thread-Index", thread_index()), ("Content-Language", "pt-br")]),
        "question", "auto_reply", "contact-support", "pt", "outlook-plain;8bit;windows-1252;raw-cp1252-subject;5-received",
        "BR: support e-mail address")

    # pt4 (PT) question internal-project-team; Q ISO-8859-1 split mid-word; plain QP
    d = when(3, 16, 14, 50, "PT")
    body = ("Olá,\n\n"
            "Comecei esta semana na equipa de recrutamento do Porto e a minha chefe deu-me este endereço para \"as "
            "coisas do GoodTime\". Desculpem a pergunta básica: este e-mail serve para quê, exatamente? É para dúvidas "
            "sobre a forma como usamos o GoodTime cá na empresa, ou é o suporte da própria GoodTime? Não quero estar "
            "a incomodar as pessoas erradas.\n\n"
            "Obrigada e bom trabalho,\nRita Gonçalves\nAssistente de Recrutamento – Porto\n")
    add(plain_msg(f"{ew('Rita Gonçalves', 'iso-8859-1', 'Q')} <rita.goncalves@ospreyretail.com>",
                  ew_split(["Para que serve este endere", "ço? (nova na equipa)"], "iso-8859-1", "Q"), d, body, "utf-8",
                  "quoted-printable", msgid=exo_msgid(), received=received_exo(d, 3),
                  extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "pt-PT")]),
        "question", "auto_reply", "internal-project-team", "pt", "plain;qp;rfc2047-q-iso8859-1-split",
        "PT: what is this help line for")

    # pt5 (BR) question chat-bubble; Gmail reply over unrelated thread
    d = when(3, 3, 16, 25, "BR")
    new = ("Oi, gente!\n\n"
           "Aproveitando o e-mail (nada a ver com a feira): alguém me falou que dá pra conversar com o suporte do "
           "GoodTime por um balãozinho roxo dentro da ferramenta, mas eu não acho de jeito nenhum. Fica onde?\n\n"
           "Obrigada!\nFernanda\n\n")
    quote = ("Em ter., 3 de mar. de 2026 às 14:02, Caio Nogueira <caio.nogueira@ospreyretail.com> escreveu:\n\n"
             "> Fê, confirma pra mim quem vai na feira de fornecedores do Expo Center Norte semana que vem? Preciso\n"
             "> fechar as credenciais até quinta.\n"
             ">\n"
             "> Abs,\n"
             "> Caio\n")
    qh = ('<div class="gmail_attr">Em ter., 3 de mar. de 2026 às 14:02, Caio Nogueira &lt;caio.nogueira@ospreyretail.com&gt; escreveu:<br></div>'
          '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
          'Fê, confirma pra mim quem vai na feira de fornecedores do Expo Center Norte semana que vem? Preciso fechar as credenciais até quinta.'
          '<br><br>Abs,<br>Caio</blockquote>')
    add(alt_msg(f"{ew('Fernanda Conceição', 'utf-8', 'B')} <fernanda.conceicao@ospreyretail.com>",
                "Re: Feira de fornecedores - credenciais", d, new + quote, gmail_html(new.strip().split("\n"), qh),
                "UTF-8", "quoted-printable", "gmail", msgid=gmail_msgid(),
                cc="Caio Nogueira <caio.nogueira@ospreyretail.com>", in_reply_to=gmail_msgid(),
                received=received_exo(d, 2, external=[("mail-sor-f69.google.com", "209.85.220.69",
                                                       "CP6PEPF00004E12.mail.protection.outlook.com")]), extra=GW),
        "question", "auto_reply", "chat-bubble", "pt", "gmail;multipart-alternative;qp;reply-over-unrelated-thread",
        "BR: where is the purple balloon")

    # pt6 (BR) question permissions-roles; Outlook multipart base64 windows-1252
    d = when(3, 18, 14, 11, "BR")
    plain = ("Boa tarde,\n\n"
             "Sou gestor da área de Compras Têxteis aqui em São Paulo. Consigo ver no GoodTime as entrevistas dos "
             "candidatos para a minha vaga, mas quando tento mudar o horário de uma delas aparece uma mensagem de "
             "\"acesso negado\". Outras pessoas do RH conseguem fazer isso normalmente.\n\n"
             "Isso é erro do sistema ou alguma configuração do meu usuário? Quem consegue liberar isso pra mim?\n\n"
             "Abs,\nCaio Nogueira\nGerente de Compras – Têxteis\nOsprey Retail Brasil\n")
    htmlb = outlook_html(plain.strip().split("\n"), "pt", "windows-1252", None, DISC_BR)
    ent = multi("alternative", [text(plain + "\n" + "\n".join(DISC_BR) + "\n", "plain", "windows-1252", "base64"),
                                text(htmlb, "html", "windows-1252", "base64")], "outlook")
    add(build(hdrs('"Nogueira, Caio" <caio.nogueira@ospreyretail.com>', ew("Acesso negado ao reagendar", "utf-8", "Q"),
                   d, exo_msgid(), received=received_exo(d, 3),
                   extra=[("Thread-Topic", "Acesso negado ao reagendar"), ("Thread-Index", thread_index()),
                          ("Accept-Language", "pt-BR, en-US"), ("Content-Language", "pt-BR"), ("X-MS-Has-Attach", "")]), ent),
        "question", "auto_reply", "permissions-roles", "pt",
        "outlook-multipart-alternative;base64;windows-1252;disclaimer", "BR: access denied when rescheduling")

    # pt7 (BR) question none: Gupy integration; plain, LF endings
    d = when(4, 8, 11, 30, "BR")
    body = ("Olá, equipe.\n\n"
            "Estamos avaliando trocar o ATS usado no Brasil para a Gupy a partir do segundo semestre. Antes de levar "
            "a proposta para a diretoria, preciso confirmar: o GoodTime tem integração nativa com a Gupy? Se não "
            "tiver, vocês conhecem alguma alternativa (API, importação de candidatos por planilha etc.)?\n\n"
            "Obrigada,\n\nLuíza Brandão\nAnalista de Sistemas de RH – Brasil\nOsprey Retail Brasil\n")
    add(plain_msg(f"{ew('Luíza Brandão', 'utf-8', 'B')} <luiza.brandao@ospreyretail.com>", "GoodTime x Gupy", d, body,
                  "utf-8", "quoted-printable", msgid=gmail_msgid(), crlf=False,
                  received=received_exo(d, 2, external=[("mail-sor-f41.google.com", "209.85.220.41",
                                                         "CP6PEPF00004E12.mail.protection.outlook.com")])),
        "question", "forward_support", "none", "pt", "plain;qp;lf-endings",
        "BR: does GoodTime integrate with Gupy (resembles ats-integration)")

    # pt8 (PT) bug: withdrawn candidate still reminded; Outlook RTF with winmail.dat
    d = when(3, 19, 15, 33, "PT")
    body = ("Boa tarde,\n\n"
            "Retirei a candidata Joana Pires (ID 77120-PRT, vaga Operador/a de Armazém - Maia) no ATS na segunda-feira, "
            "mas ela continua a aparecer no GoodTime como \"por agendar\" e ontem recebeu um lembrete para uma entrevista "
            "que já tinha sido cancelada. Ligou-nos bastante confusa.\n\n"
            "Já esperei mais de 48 horas pela sincronização e atualizei a página várias vezes. Podem ver o que se passa?\n\n"
            "Cumprimentos,\nTiago Ferreira\nTécnico de Recrutamento - Logística\n")
    tnef = make_tnef("Candidata retirada continua no GoodTime", body)
    add(plain_msg(f"{ew('Ferreira, Tiago', 'iso-8859-1', 'Q')} <tiago.ferreira@ospreyretail.com>",
                  "Candidata retirada continua no GoodTime", d, body, "iso-8859-1", "quoted-printable", msgid=exo_msgid(),
                  received=received_exo(d, 3), style="outlook",
                  attachments=[Ent([("Content-Type", 'application/ms-tnef; name="winmail.dat"'),
                                    ("Content-Disposition", 'attachment; filename="winmail.dat"'),
                                    ("Content-Transfer-Encoding", "base64")], b64lines(tnef))],
                  extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("X-MS-Has-Attach", "yes"),
                         ("X-MS-TNEF-Correlator", f"<{rhex(32)}@ospreyretail.com>"), ("Content-Language", "pt-PT")]),
        "bug", "forward_support", "", "pt", "outlook-rtf;multipart-mixed;winmail-dat;qp;iso-8859-1",
        "PT: withdrawn candidate still gets reminders")

    # pt9 (BR) bug: day/month swapped; Apple Mail forward with PDF
    d = when(3, 30, 10, 6, "BR")
    top = ("Gente, olhem isso: a confirmação que o candidato recebeu mostra a data 04/03 (4 de março), mas a entrevista "
           "é dia 3 de abril. Parece que o GoodTime inverteu dia e mês no e-mail em português. Já aconteceu com outros "
           "dois candidatos esta semana. Segue o PDF que ele me mandou.\n\nLeandro\n\n")
    fwd = ("Início da mensagem encaminhada:\n\n"
           "De: Rafael Menezes <rafael.menezes@hotmail.com>\n"
           "Assunto: Dúvida sobre a data da entrevista\n"
           "Data: 30 de março de 2026 às 09:12:44 BRT\n"
           "Para: Leandro Sampaio <leandro.sampaio@ospreyretail.com>\n\n"
           "Bom dia, Leandro.\n\n"
           "Recebi a confirmação da entrevista, mas ela diz dia 04/03, que já passou. A entrevista continua sendo "
           "sexta-feira, 3 de abril, às 14h? Anexei o PDF da confirmação.\n\n"
           "Obrigado,\nRafael Menezes\n")
    pdf = make_pdf(["Osprey Retail Brasil - Confirmacao de entrevista", "", "Candidato: Rafael Menezes",
                    "Vaga: Assistente de Compras - Calcados", "Data: 04/03/2026  14:00 (Horario de Brasilia)",
                    "Local: Av. Brigadeiro Faria Lima, 3477 - 14o andar", "Entrevistadores: Leandro Sampaio, Caio Nogueira"],
                   "Confirmacao de entrevista")
    add(alt_msg("Leandro Sampaio <leandro.sampaio@ospreyretail.com>", "Fwd: Dúvida sobre a data da entrevista".encode("utf-8"),
                d, top + fwd, simple_html((top + fwd).split("\n")), "utf-8", "quoted-printable", "apple",
                msgid=apple_msgid(), received=received_exo(d, 3), extra=APPLEMAIL + [APPLE_MIME],
                attachments=[binary("application/pdf", pdf, "Confirmacao_entrevista.pdf", disposition="attachment")]),
        "bug", "forward_support", "", "pt",
        "apple-mail;multipart-mixed;forward-chain;pdf-attachment;raw-utf8-subject", "BR: day and month swapped in confirmation")

    # pt10 (BR) blocker; iPhone, typos, no Message-ID
    d = when(4, 10, 14, 52, "BR")
    body = ("candidato ja ta na recepção da Faria Lima e ngm recebeu convite!! a entrevista era 15h com o Caio e a "
            "Fernanda, no goodtime aparece agendada mas nenhum dos dois tem no calendario. o que eu faço?? socorro\n\n"
            "Enviado do meu iPhone")
    add(plain_msg(f"{ew('Thaís Albuquerque', 'utf-8', 'B')} <thais.albuquerque@ospreyretail.com>",
                  "URGENTE candidato esperando", d, body, "utf-8", "quoted-printable", msgid=None,
                  received=received_exo(d, 2), extra=IPHONE + [IOS_MIME]),
        "scheduling_blocker", "forward_support", "", "pt", "plain;qp;mobile-signature;typos;no-message-id",
        "BR: candidate in lobby, interviewers never invited")

    # pt11 (PT) blocker: Teams link expired; Outlook multipart cp1252, B utf-8 subject
    d = when(3, 25, 10, 46, "PT")
    paras = ["Bom dia,", "",
             "A entrevista das 11h00 (candidato Miguel Sousa, vaga de Analista de Supply Chain) começa daqui a 15 "
             "minutos e o link do Teams que está no convite dá \"Esta reunião não existe ou já expirou\". O candidato já "
             "me escreveu a dizer o mesmo.", "",
             "Criei um link novo no Teams à mão, mas o GoodTime não me deixa substituí-lo no convite. O que faço para "
             "não perder o candidato?", "",
             "João"]
    sig = ["João Magalhães", "Recrutamento – Supply Chain", "Osprey Retail Portugal, Unipessoal Lda.",
           "Rua de Sá da Bandeira, 481 · 4000-436 Porto"]
    add(outlook_msg(f"{ew('Magalhães, João', 'utf-8', 'B')} <joao.magalhaes@ospreyretail.com>",
                    ew("Entrevista daqui a 15 min – link do Teams dá erro", "utf-8", "B"), d, paras, "pt", sig, DISC_PT,
                    received=received_exo(d, 3), extra=[("Importance", "high"), ("X-Priority", "1")]),
        "scheduling_blocker", "forward_support", "", "pt",
        "outlook-multipart-alternative;qp;windows-1252;rfc2047-b-utf8-subject;disclaimer", "PT: Teams link expired, 15 min")

    # pt12 (BR) feature request: WhatsApp confirmations; Gmail multipart
    d = when(4, 6, 18, 20, "BR")
    plain = ("Olá, pessoal!\n\n"
             "Uma sugestão que já ouvi de vários colegas aqui de São Paulo: no Brasil quase todo candidato responde "
             "WhatsApp em minutos, mas e-mail demora dias (ou cai no spam). Seria ótimo se o GoodTime permitisse mandar "
             "a confirmação e o lembrete da entrevista por WhatsApp, com um botão para o candidato confirmar presença.\n\n"
             "Sei que isso não existe hoje, mas fica a ideia para vocês passarem adiante. Acho que reduziria bastante as "
             "faltas.\n\nAbs!\nLeandro\n")
    add(alt_msg("Leandro Sampaio <leandro.sampaio@ospreyretail.com>", ew("Sugestão: confirmação por WhatsApp", "utf-8", "Q"),
                d, plain, gmail_html(plain.split("\n")), "UTF-8", "quoted-printable", "gmail", msgid=gmail_msgid(),
                received=received_exo(d, 2, external=[("mail-sor-f73.google.com", "209.85.220.73",
                                                       "CP6PEPF00004E12.mail.protection.outlook.com")]), extra=GW),
        "feature_request", "product_board_reply", "", "pt", "gmail;multipart-alternative;qp", "BR: WhatsApp confirmations")

    # pt13 (BR) escalation: licences / renewal / local billing; 6 received + DKIM/ARC/auth, disclaimer
    d = when(4, 13, 9, 40, "BR")
    paras = ["Prezados,", "",
             "O escritório de compras de São Paulo vai crescer de 35 para 60 pessoas até o fim do ano, e teremos mais "
             "recrutadores e gestores usando o GoodTime. Hoje temos 8 licenças alocadas para o Brasil e todas estão em uso.", "",
             "Preciso entender: (1) se conseguimos incluir mais 10 licenças no contrato atual ou se isso fica para a "
             "renovação, que pelo que sei vence em junho; (2) se os valores podem ser faturados localmente pela entidade "
             "brasileira, por causa da tributação sobre importação de serviços.", "",
             "Podem, por favor, envolver a pessoa responsável pela nossa conta no GoodTime? Gostaria de marcar uma "
             "conversa ainda este mês, com a participação do nosso financeiro.", "",
             "Atenciosamente,", "Marcela Tavares"]
    sig = ["Marcela Tavares", "Gerente de Recursos Humanos – Brasil", "Osprey Retail Brasil Comércio e Importação Ltda.",
           "Av. Brigadeiro Faria Lima, 3477 – 14º andar · São Paulo/SP", "+55 11 3512-8801 · +55 11 98877-4120"]
    pre = [auth_results()] + arc() + [dkim()]
    add(outlook_msg(f"{ew('Tavares, Marcela', 'utf-8', 'Q')} <marcela.tavares@ospreyretail.com>",
                    ew("Licenças GoodTime Brasil – ampliação e renovação", "utf-8", "Q"), d, paras, "pt", sig, DISC_BR,
                    received=received_exo(d, 6), pre=pre, content_lang="pt-BR",
                    topic=ew("Licenças GoodTime Brasil – ampliação e renovação", "utf-8", "B")),
        "escalation", "flag_csm", "", "pt",
        "outlook-multipart-alternative;qp;windows-1252;6-received;dkim;arc;auth-results;disclaimer;long-signature",
        "BR: more licences, renewal, local billing")

    # pt14 (PT) noise: bare thank-you with quoted thread
    d = when(3, 10, 17, 2, "PT")
    paras = ["Obrigada, já consegui! 😊", "", "Inês"]
    quoted = ([("De", "GoodTime Helpline <gt-helpline@ospreyretail.com>"), ("Enviada", "terça-feira, 10 de março de 2026 16:21"),
               ("Para", "Carvalho, Inês <ines.carvalho@ospreyretail.com>"),
               ("Assunto", "RE: Entrevista com várias etapas + almoço")],
              ["Olá Inês,", "",
               "Pode montar tudo como uma única entrevista com várias sessões: na página de agendamento adicione as três "
               "sessões, defina a ordem e a pausa de almoço entre a segunda e a terceira, e deixe o GoodTime sugerir os "
               "horários. Se não aparecer nada, alargue o intervalo de datas ou peça mais disponibilidade ao candidato.",
               "", "Cumprimentos,", "GoodTime Helpline"])
    add(outlook_msg(f"{ew('Inês Carvalho', 'iso-8859-1', 'Q')} <ines.carvalho@ospreyretail.com>",
                    ew("RE: Entrevista com várias etapas + almoço", "iso-8859-1", "Q"), d, paras, "pt", None, None,
                    charset="utf-8", quoted=quoted, received=received_exo(d, 3), in_reply_to=exo_msgid()),
        "noise", "ignore", "", "pt", "outlook-multipart-alternative;qp;utf-8;bare-thanks;reply-quoted-outlook-block;emoji",
        "PT: thanks, got it")

    # pt15 (BR) noise: marketing newsletter for an HR event, List-Unsubscribe, night
    d = when(4, 7, 3, 14, "BR")
    plain = ("RH Summit Brasil 2026 – inscrições com 30% de desconto até sexta!\n\n"
             "Olá, profissional de RH!\n\n"
             "Nos dias 19 e 20 de maio, no Transamerica Expo Center, em São Paulo, reunimos mais de 4.000 líderes de "
             "Recursos Humanos para discutir recrutamento de alto volume, experiência do candidato, IA na atração de "
             "talentos e automação de agendamento de entrevistas.\n\n"
             "Garanta já o seu ingresso: https://rhsummitbrasil.com.br/inscricoes?utm_source=email&utm_campaign=lote2\n\n"
             "Palestrantes confirmados, trilhas de conteúdo e área de expositores: https://rhsummitbrasil.com.br/programacao\n\n"
             "Você está recebendo este e-mail porque se cadastrou em um de nossos eventos ou materiais.\n"
             "Para não receber mais nossas comunicações, clique aqui: https://rhsummitbrasil.com.br/descadastrar?e=Z3QtaGVscGxpbmVA\n"
             "RH Summit Eventos Ltda. · Rua Funchal, 418 · Vila Olímpia · São Paulo/SP\n")
    htmlb = ('<!DOCTYPE html><html lang="pt-BR"><head><meta charset="utf-8"><title>RH Summit Brasil 2026</title></head>'
             '<body style="margin:0;background:#eef3f8"><center><table width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,sans-serif">'
             '<tr><td style="background:#0b3d6e;color:#fff;padding:28px"><h1 style="margin:0">RH Summit Brasil 2026</h1>'
             '<p style="margin:6px 0 0">19 e 20 de maio &middot; Transamerica Expo Center &middot; S&atilde;o Paulo</p></td></tr>'
             '<tr><td style="padding:24px"><p>Ol&aacute;, profissional de RH!</p><p>Reunimos mais de 4.000 l&iacute;deres de Recursos Humanos para '
             'discutir recrutamento de alto volume, experi&ecirc;ncia do candidato, IA na atra&ccedil;&atilde;o de talentos e automa&ccedil;&atilde;o '
             'de agendamento de entrevistas.</p><p><a href="https://rhsummitbrasil.com.br/inscricoes?utm_source=email&amp;utm_campaign=lote2" '
             'style="background:#f28c28;color:#fff;padding:12px 22px;text-decoration:none;border-radius:4px">Quero meu ingresso com 30% OFF</a></p></td></tr>'
             '<tr><td style="padding:16px;font-size:11px;color:#888">Voc&ecirc; est&aacute; recebendo este e-mail porque se cadastrou em um de nossos eventos. '
             '<a href="https://rhsummitbrasil.com.br/descadastrar?e=Z3QtaGVscGxpbmVA">Descadastrar</a><br>RH Summit Eventos Ltda. &middot; Rua Funchal, 418 &middot; S&atilde;o Paulo/SP</td></tr>'
             f'</table></center><img src="https://click.rhsummitbrasil.com.br/open/{rlow(24)}" width="1" height="1"></body></html>\n')
    add(alt_msg("RH Summit Brasil <contato@news.rhsummitbrasil.com.br>",
                ew("🎟️ Últimos dias: 30% OFF no RH Summit Brasil 2026", "utf-8", "B"), d, plain, htmlb, "utf-8",
                "quoted-printable", "other", msgid=f"<{rlow(12)}.{rlow(16)}@news.rhsummitbrasil.com.br>",
                to="gt-helpline@ospreyretail.com",
                received=received_exo(d, 2, external=[("o4.news.rhsummitbrasil.com.br", "167.89.101.44",
                                                       "CP6PEPF00004E12.mail.protection.outlook.com")]),
                pre=[("Authentication-Results", "spf=pass (sender IP is 167.89.101.44)\n smtp.mailfrom=news.rhsummitbrasil.com.br; dkim=pass (signature was verified)\n"
                      " header.d=rhsummitbrasil.com.br;dmarc=pass action=none\n header.from=news.rhsummitbrasil.com.br;compauth=pass reason=100"),
                     dkim("rhsummitbrasil.com.br", "s1", "from:to:subject:mime-version:content-type:list-unsubscribe")],
                extra=[("List-Unsubscribe", "<https://rhsummitbrasil.com.br/descadastrar?e=Z3QtaGVscGxpbmVA>,\n <mailto:unsub@news.rhsummitbrasil.com.br?subject=unsubscribe>"),
                       ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"),
                       ("X-SG-EID", rb64(30))]),
        "noise", "ignore", "", "pt", "newsletter;list-unsubscribe;multipart-alternative;qp;dkim;auth-results;emoji",
        "BR: HR event marketing")


# ======================================================================== ENGLISH
def sig_en(name, title, extra=None):
    s = [name, title, "Osprey Retail Group", "1 Spinningfields Square, Manchester M3 3AP"]
    return s + (extra or [])


def english_questions():
    # en-q1 contact-csm; HR systems, long precise; Outlook multipart, disclaimer
    d = when(3, 31, 11, 4, "UK")
    paras = ["Hi team,", "",
             "I'm pulling together the options paper for the Workday–GoodTime interview data flow ahead of the HRIS "
             "roadmap review on 23 April. There are a couple of design points (event timing, which system owns the "
             "interviewer-to-worker-ID mapping, and how we handle candidates who exist in two requisitions) that I'd "
             "rather talk through with GoodTime directly than push through a support ticket – they aren't faults, "
             "they're architecture questions.", "",
             "The person we worked with at GoodTime during implementation has since left, and I don't have details for "
             "whoever took over our account. What's the right way to get hold of our Customer Success Manager now, and "
             "can I book time in their diary directly rather than going via Support?", "",
             "Many thanks,", "Priya"]
    add(outlook_msg('"Raman, Priya" <priya.raman@ospreyretail.com>', "Getting time with our GoodTime account contact", d,
                    paras, "en", sig_en("Priya Raman", "HR Systems Analyst | People Technology",
                                        ["Tel: +44 161 830 4472 | Teams: priya.raman@ospreyretail.com"]), DISC_EN,
                    charset="utf-8", received=received_exo(d, 3), topic="Getting time with our GoodTime account contact"),
        "question", "auto_reply", "contact-csm", "en",
        "outlook-multipart-alternative;qp;utf-8;disclaimer;long-signature", "how to reach/book our CSM")

    # en-q2 product-board; terse lowercase from Outlook for iOS
    d = when(3, 6, 22, 41, "UK")
    body = ("where do i send ideas for goodtime itself? someone said theres a board where you can vote on other "
            "peoples suggestions too. link?\n\nGet Outlook for iOS<https://aka.ms/o0ukef>\n")
    add(alt_msg('"Whitworth, Tom" <tom.whitworth@ospreyretail.com>', "goodtime ideas", d, body,
                '<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=us-ascii">\n</head>\n<body>\n'
                '<div dir="ltr">where do i send ideas for goodtime itself? someone said theres a board where you can vote on '
                'other peoples suggestions too. link?</div>\n<div dir="ltr"><br></div>\n<div class="ms-outlook-mobile-signature">'
                'Get <a href="https://aka.ms/o0ukef">Outlook for iOS</a></div>\n</body>\n</html>\n',
                "us-ascii", "quoted-printable", "outlook", msgid=exo_msgid(), received=received_exo(d, 3),
                extra=[("X-MS-Has-Attach", ""), ("Content-Language", "en-GB")]),
        "question", "auto_reply", "product-board", "en", "outlook-ios;multipart-alternative;terse-lowercase;night",
        "where do ideas go, voting board")

    # en-q3 candidate-reminders; recruiting ops, precise long
    d = when(4, 20, 8, 47, "UK")
    paras = ["Hi both,", "",
             "Bit of context first: no-show rates for warehouse operative first-round interviews at Daventry and "
             "Wakefield DCs have crept up to roughly 18% over the last six weeks (from c. 9% in Q4). I'm looking at what "
             "we can tighten on our side before the peak recruitment push in May.", "",
             "One thing I can't get a straight answer on internally: are the automated candidate reminders something "
             "each coordinator has to switch on per interview, or are they configured centrally – by an admin, for the "
             "whole org or per template? Two coordinators have told me two different things.", "",
             "Separately: if a coordinator wants to give a candidate an extra nudge on the morning of a first-round "
             "interview, what's the right way to do that from GoodTime rather than from their own mailbox?", "",
             "I'm not asking for any changes yet – I just want to understand the mechanics before I write anything up "
             "for the Ops review.", "",
             "Thanks,", "Gareth"]
    add(outlook_msg('"Lloyd-Evans, Gareth" <gareth.lloyd-evans@ospreyretail.com>',
                    "No-shows / how candidate reminders are set up", d, paras, "en",
                    sig_en("Gareth Lloyd-Evans", "Recruiting Operations Lead – UK&I",
                           ["M: +44 7700 900 318", "Working pattern: Mon–Thu"]), DISC_EN[:2],
                    charset="utf-8", received=received_exo(d, 4), topic="No-shows / how candidate reminders are set up"),
        "question", "auto_reply", "candidate-reminders", "en",
        "outlook-multipart-alternative;qp;utf-8;long-precise;disclaimer", "reminders central vs per interview + manual nudge")

    # en-q4 interview-templates; rambling, question in 3rd paragraph
    d = when(3, 16, 9, 12, "UK")
    paras = ["Morning!", "",
             "Hope everyone had a good weekend. It's been a mad few weeks on store management hiring – we've got 14 open "
             "Store Manager reqs across the North West at the moment and Kieran's pushing to get all the first rounds "
             "done before Easter, so apologies if I've been slow on the Teams chats.", "",
             "Also as a heads-up I'm off Thursday and Friday (my sister's wedding!!) so Megan will be covering my "
             "candidates, I've briefed her on everything.", "",
             "Anyway, the actual question: when I schedule the phone screen for Store Manager candidates it always comes "
             "up pre-filled as 45 minutes with Kieran and me, but since January we've only been doing 30 minutes and "
             "usually just the recruiter. I've been changing it by hand every single time. Is it OK to keep changing it "
             "just for each candidate, or is there a way to fix it so it's right for everyone from now on? And if it's "
             "the second one, is that something I can do myself or do I need to ask someone?", "",
             "Thanks a million,", "Aisha x"]
    add(outlook_msg('"Begum, Aisha" <aisha.begum@ospreyretail.com>', "Store Manager phone screens", d, paras, "en",
                    sig_en("Aisha Begum", "Recruitment Coordinator – Stores North West"), None,
                    received=received_exo(d, 3), topic="Store Manager phone screens"),
        "question", "auto_reply", "interview-templates", "en",
        "outlook-multipart-alternative;qp;windows-1252;rambling;question-in-third-paragraph", "pre-filled duration wrong")

    # en-u1 question none, via People Hub web form
    d = when(4, 15, 16, 9, "UK")
    body = ("A new enquiry has been submitted via the People Hub contact form.\n\n"
            "Reference:   PH-20931\n"
            "Name:        Hannah Oyelaran\n"
            "Email:       hannah.oyelaran@ospreyretail.com\n"
            "Role:        HR Business Partner - Supply Chain\n"
            "Location:    Manchester HO\n"
            "Topic:       GoodTime\n\n"
            "Enquiry:\n"
            "Our DPO has asked each HRBP to confirm the retention period for candidate personal data held in third-party "
            "recruitment tools. How long does GoodTime keep candidate names, email addresses and submitted availability "
            "after a vacancy is closed, and can we set it to delete automatically after 6 months in line with our "
            "retention schedule? I need this by Friday for the ROPA update.\n\n"
            "--\n"
            "Please do not reply to this e-mail. This mailbox is not monitored.\n"
            "People Hub | Osprey Retail Group\n")
    add(plain_msg("Osprey People Hub <no-reply-forms@ospreyretail.com>", "People Hub enquiry #PH-20931 - GoodTime", d, body,
                  "us-ascii", "7bit", msgid=f"<ph.{rlow(24)}@peoplehub.ospreyretail.com>",
                  received=received_exo(d, 2, external=[("peoplehub-app02.ospreyretail.com", "51.140.77.201",
                                                         "LO2PEPF00001234.mail.protection.outlook.com")]),
                  extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
                         ("X-Mailer", "PeopleHub Notifications 3.2")]),
        "question", "forward_support|needs_review", "none", "en", "form-mailer;auto-submitted;plain;7bit",
        "form: candidate data retention (not in KB)")

    # en-u2 question none: SCIM deprovisioning; plain, LF endings
    d = when(4, 2, 13, 27, "UK")
    body = ("Hi,\n\n"
            "Quick one from HR Systems. When a leaver is terminated in Workday, their Entra ID account is disabled the "
            "same day via our JML flow. Does GoodTime pick that up and deactivate the user automatically (e.g. SCIM "
            "provisioning from Entra), or does someone have to remove them from GoodTime by hand?\n\n"
            "Asking because I've just found 11 active GoodTime users who left the business in Q1, two of whom are still "
            "sitting in interviewer pools. If it is a manual step today, who currently owns it?\n\n"
            "Cheers,\nBen\n\n"
            "Ben Oduya | HR Systems Engineer | People Technology\n"
            "Osprey Retail Group | Manchester\n")
    add(plain_msg('"Oduya, Ben" <ben.oduya@ospreyretail.com>', "Leavers / GoodTime user deprovisioning", d, body, "us-ascii",
                  "7bit", msgid=exo_msgid(), crlf=False, received=received_exo(d, 3),
                  extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "en-GB")]),
        "question", "forward_support", "none", "en", "outlook-plain;7bit;lf-endings",
        "SCIM / leaver deprovisioning (not in KB)")

    # en-u3 question none: API / automated export into Power BI (resembles reporting-dashboards)
    d = when(4, 23, 14, 58, "UK")
    paras = ["Hi all,", "",
             "I'm rebuilding the monthly TA dashboard in Power BI. Is there a way to pull GoodTime data (time-to-schedule, "
             "reschedule counts, interviewer hours) automatically – an API, a scheduled export to SFTP, or a feed into "
             "Snowflake? At the moment I download the CSVs by hand and stitch them together, which eats about half a day "
             "each month.", "",
             "If there is an API: what's the auth model, are there rate limits, and who in our org owns the key?", "",
             "Thanks,", "Siobhan"]
    add(outlook_msg("\"O'Connell, Siobhan\" <siobhan.oconnell@ospreyretail.com>", "GoodTime data into Power BI?", d, paras,
                    "en", sig_en("Siobhan O'Connell", "Recruiting Operations Analyst"), None, charset="utf-8",
                    received=received_exo(d, 3), topic="GoodTime data into Power BI?"),
        "question", "forward_support", "none", "en", "outlook-multipart-alternative;qp;utf-8",
        "API/automated export (reporting article only vague)")

    # en-u4 question none: Outlook add-in + unrelated second topic
    d = when(3, 23, 12, 15, "UK")
    body = ("Hi,\n\n"
            "Two things, sorry:\n\n"
            "1) Is there a GoodTime add-in for Outlook? Our CPO Lynne lives in Outlook and has asked whether she can see "
            "her upcoming interviews and the candidate details in a side panel without logging into another system.\n\n"
            "2) Unrelated – the 6th floor Boardroom is double-booked for Thursday 26th by Facilities. Not your problem, I "
            "know, but if anyone knows who to talk to about room clashes these days…\n\n"
            "Thanks,\nRachel\n\n"
            "Rachel Fairclough\nExecutive Assistant to the Chief People Officer\nOsprey Retail Group\n"
            "T: +44 161 830 4001\n")
    add(plain_msg('"Fairclough, Rachel" <rachel.fairclough@ospreyretail.com>', "Outlook add-in? (+ boardroom)", d, body,
                  "utf-8", "quoted-printable", msgid=exo_msgid(), received=received_exo(d, 3),
                  extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "en-GB")]),
        "question", "forward_support", "none", "en", "outlook-plain;qp;two-topics",
        "Outlook add-in? (not in KB); second topic unrelated room clash")


def english_bugs():
    # en-b1 high-impact: DST, all UK interviewers; long folded subject, 8 received, DKIM/ARC/auth
    d = when(4, 1, 8, 52, "UK")
    subj = fold("GoodTime offering interview slots an hour out for all UK interviewers since the clocks changed on "
                "Sunday - affects self-scheduling links and availability across Stores, DCs and HO")
    paras = ["Hi team,", "",
             "Raising this as high priority because it's affecting the whole UK business, not one user.", "",
             "Since the clocks went forward on Sunday 29 March, GoodTime appears to be treating every UK interviewer's "
             "working hours as an hour later than they are. Examples:",
             "- Self-scheduling links for Daventry DC first rounds are offering 17:00 and 17:30 slots; those interviewers' "
             "working hours are 08:00–17:00.",
             "- Nobody is being offered 08:00–09:00 any more, which is when most DC shift managers actually interview.",
             "- Two candidates booked 17:30 slots yesterday; both interviewers had already left site.", "",
             "I've checked a sample of 12 interviewers across Manchester HO, Wakefield and Daventry: all have "
             "Europe/London in their GoodTime profile and their Outlook working hours are correct. Barcelona say they're "
             "seeing something similar but I haven't verified that.", "",
             "Roughly 140 interviews are booked for this week. We're manually checking each one, but please get this to "
             "GoodTime urgently and make sure it gets visibility beyond a normal ticket.", "",
             "Gareth"]
    pre = [auth_results()] + arc() + [dkim()]
    add(outlook_msg('"Lloyd-Evans, Gareth" <gareth.lloyd-evans@ospreyretail.com>', subj, d, paras, "en",
                    sig_en("Gareth Lloyd-Evans", "Recruiting Operations Lead – UK&I", ["M: +44 7700 900 318"]), DISC_EN,
                    charset="utf-8", received=received_onprem(d, 8, "MAN"), pre=pre, topic=subj,
                    extra=[("Importance", "high"), ("X-Priority", "1")]),
        "bug", "forward_support+flag_csm", "", "en",
        "outlook-multipart-alternative;qp;utf-8;long-folded-subject;8-received;dkim;arc;auth-results;disclaimer",
        "org-wide DST offset on working hours")

    # en-b2 high-impact: data exposure in itinerary
    d = when(3, 17, 10, 31, "UK")
    paras = ["Hi,", "",
             "Flagging something I think is a data protection issue.", "",
             "A candidate for the Regional Loss Prevention Manager role (interview on 19 March) emailed me this morning "
             "to say the itinerary she received from GoodTime included a second candidate's name, mobile number and "
             "interview slot underneath her own details. She forwarded it to me and she's right – the other person is "
             "in the same pipeline.", "",
             "I don't know whether this is a template problem or something in GoodTime itself, and I have no idea how "
             "many other itineraries have gone out like this. I've stopped sending itineraries for that req for now. "
             "Our Data Protection team will want to know what happened and the scope, so I need this looked at properly.", "",
             "Kieran"]
    add(outlook_msg('"Moss, Kieran" <kieran.moss@ospreyretail.com>', "Itinerary sent with another candidate's details", d,
                    paras, "en", sig_en("Kieran Moss", "Talent Partner – Loss Prevention & Security"), DISC_EN[:2],
                    received=received_exo(d, 4), topic="Itinerary sent with another candidate's details",
                    extra=[("Sensitivity", "Company-Confidential")]),
        "bug", "forward_support+flag_csm", "", "en", "outlook-multipart-alternative;qp;windows-1252;disclaimer",
        "candidate data leaked in itinerary (security)")

    # en-b3 bug under 'quick question'
    d = when(3, 19, 10, 48, "UK")
    body = ("Hi, quick question – is anyone else having trouble sending availability requests?\n\n"
            "When I click Send on the availability request the button just spins and nothing happens, and the candidate "
            "never gets the email (checked with two of them). Tried Chrome and Edge, logged out and back in. Started "
            "this morning about 10.\n\n"
            "Candidates: Jamie Holt (Req 4471) and Priya Shah (Req 4490).\n\n"
            "Thanks,\nMegan\n")
    add(plain_msg('"Pryce, Megan" <megan.pryce@ospreyretail.com>', "quick question", d, body, "utf-8", "quoted-printable",
                  msgid=exo_msgid(), received=received_exo(d, 3), extra=[("X-Mailer", "Microsoft Outlook 16.0")]),
        "bug", "forward_support", "", "en", "outlook-plain;qp;misleading-subject", "availability request won't send")

    # en-b4 bug in reply over unrelated thread, -----Original Message-----
    d = when(3, 16, 7, 58, "UK")
    body = ("Hi,\n\n"
            "Different issue to the one below, but since I've got you: I declined two interviews in Outlook last week "
            "(Tues 10th and Weds 11th, both the 14:00 Warehouse Team Leader panel) because I was on a health & safety "
            "course. GoodTime still shows me as accepted on both, and the coordinator only found out when the "
            "candidate turned up and I wasn't there. Is the decline not getting through to GoodTime?\n\n"
            "Dan\n\n"
            "Dan Kowalski\nGeneral Manager - Daventry DC\nOsprey Retail Group\n\n"
            "-----Original Message-----\n"
            "From: GoodTime Helpline <gt-helpline@ospreyretail.com>\n"
            "Sent: 02 March 2026 15:10\n"
            "To: Kowalski, Dan <dan.kowalski@ospreyretail.com>\n"
            "Subject: RE: Access for Wakefield shift managers\n\n"
            "Hi Dan,\n\n"
            "All four Wakefield shift managers now have interviewer access and are connected to their calendars. "
            "They'll start getting invites as soon as they're added to a pool.\n\n"
            "Thanks,\nGoodTime Helpline\n")
    add(plain_msg('"Kowalski, Dan" <dan.kowalski@ospreyretail.com>', "RE: Access for Wakefield shift managers", d, body,
                  "us-ascii", "7bit", msgid=exo_msgid(), received=received_exo(d, 3), in_reply_to=exo_msgid(),
                  extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", thread_index())]),
        "bug", "forward_support", "", "en", "outlook-plain;7bit;reply-original-message;reply-over-unrelated-thread",
        "declines not reflected in GoodTime")

    # en-b5 bug; Outlook HTML-only QP cp1252, raw cp1252 From + Subject
    d = when(3, 12, 15, 36, "UK")
    paras = ["Hi,", "",
             "GoodTime says Meeting Room 4.12 (Spinningfields) is booked for the interview on Tuesday 17 March, "
             "11:00–12:00 (candidate Oliver Grant, Senior Buyer – Homeware), and the interview page shows the room. But "
             "in Outlook the room calendar is empty at that time, and someone else has now booked it.", "",
             "This is the second time this month on the same floor. The interviewers' invites show the room as the "
             "location, but the room itself never accepted.", "",
             "Can someone take a look?", "", "Thanks,", "Zoë"]
    add(outlook_msg('"Hartley-Brennan, Zoë" <zoe.hartley-brennan@ospreyretail.com>'.encode("cp1252"),
                    "Room bookings – showing booked in GoodTime but not in Outlook".encode("cp1252"), d, paras, "en",
                    sig_en("Zoë Hartley-Brennan", "Recruitment Coordinator – Buying & Merchandising"), DISC_EN[:2],
                    html_only=True, received=received_exo(d, 3)),
        "bug", "forward_support", "", "en", "outlook-html-only;qp;windows-1252;raw-cp1252-from;raw-cp1252-subject",
        "room shown booked but not in Outlook")

    # en-b6 bug with PNG screenshot; Apple Mail, Sent from my iPad
    d = when(4, 21, 13, 3, "UK")
    plain = ("Hi,\n\n"
             "Every time I try to open the interviewer pool for \"DC Shift Manager – North\" I get \"Something went wrong "
             "(502)\" – screenshot attached. Other pools open fine. I need to add two new shift managers to it this week.\n\n"
             "Thanks,\nLiam\n\nSent from my iPad\n")
    png = make_png(180, 100, 33)
    htmlb = simple_html(plain.split("\n"), extra_tail='<div><img src="cid:%s" alt="IMG_0412.png"></div>' % "9F1C2A0B-IMG0412@ospreyretail.com")
    rel = multi("related", [text(htmlb, "html", "utf-8", "quoted-printable"),
                            binary("image/png", png, "IMG_0412.png", disposition="inline", cid="9F1C2A0B-IMG0412@ospreyretail.com")],
                "apple", params='type="text/html"')
    ent = multi("alternative", [text(plain, "plain", "utf-8", "quoted-printable"), rel], "apple")
    add(build(hdrs('"Ashworth, Liam" <liam.ashworth@ospreyretail.com>', "Error opening interviewer pool", d, apple_msgid(),
                   received=received_exo(d, 3), extra=[("X-Mailer", "iPad Mail (22E240)"), IOS_MIME]), ent),
        "bug", "forward_support", "", "en", "ipad-mail;multipart-alternative;multipart-related;png-inline;mobile-signature",
        "502 on one pool page")


def english_blockers():
    # en-k1 candidate at DC gatehouse; iPhone
    d = when(3, 18, 10, 24, "UK")
    body = ("Candidate for the 10:30 warehouse operative interview is at the gatehouse now. GoodTime has Shaun Peters "
            "down as interviewer but he's on annual leave today (it's in his calendar!!). I've got two other qualified "
            "interviewers on shift but when I try to swap in GoodTime it says no interviewers available.\n\n"
            "Need to get her seen in the next 15 min. What do I do?\n\n"
            "Dan\n\nSent from my iPhone")
    add(plain_msg("Dan Kowalski <dan.kowalski@ospreyretail.com>", "Candidate at gatehouse now - can't swap interviewer", d, body,
                  "us-ascii", "7bit", msgid=apple_msgid(), received=received_exo(d, 2), extra=IPHONE + [IOS_MIME]),
        "scheduling_blocker", "forward_support", "", "en", "plain;7bit;mobile-signature",
        "candidate at gatehouse, swap fails")

    # en-k2 angry caps, typos, Message-ID without brackets
    d = when(4, 8, 13, 48, "UK")
    body = ("THE PANEL FOR THE HEAD OF ECOMMERCE ROLE STARTS AT 2PM (12 MINS) AND THERES NO TEAMS LINK ON ANY OF THE "
            "INVITES. candidate is external and has nothing to click on. ive tried regenerating it in goodtime and it "
            "just says error. 4 interviewers incl the CCO.\n\n"
            "pls someone call me 07700 900412 ASAP\n\nJodie\n")
    add(plain_msg('"Marsh, Jodie" <jodie.marsh@ospreyretail.com>', "URGENT!!!! PANEL AT 2 NO TEAMS LINK", d, body,
                  "us-ascii", "7bit", msgid=f"{rhex(32)}@ospreyretail.com", received=received_exo(d, 3),
                  extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Importance", "high"), ("X-Priority", "1")]),
        "scheduling_blocker", "forward_support", "", "en", "outlook-plain;angry-caps;typos;message-id-no-brackets",
        "panel in 12 min, no Teams link")

    # en-k3 EA: CEO interview, Zoom host is a service account; .ics attached; disclaimer with URGENT
    d = when(3, 25, 15, 53, "UK")
    paras = ["Hi – our CEO's interview with the final candidate for Chief Financial Officer starts at 16:00 (in 7 minutes).", "",
             "The candidate is stuck in the Zoom waiting room: \"Please wait, the meeting host will let you in soon\". "
             "The Zoom was generated by GoodTime and the host seems to be a GoodTime service account, not Mark, so he "
             "can't admit her. Invite attached.", "",
             "Please help as quickly as you can – Mark is already sitting in the meeting.", "", "Rachel"]
    cal = ics("REQUEST", "Interview: CFO final – Mark Holloway / Anjali Mehta", "scheduling@ospreyretail.com",
              "mark.holloway@ospreyretail.com", "20260325T160000", "20260325T170000", rhex(40),
              location="Zoom https://ospreyretail.zoom.us/j/84412290315", tzid="GMT Standard Time",
              desc="Join Zoom Meeting https://ospreyretail.zoom.us/j/84412290315 Meeting ID: 844 1229 0315")
    att = Ent([("Content-Type", 'text/calendar; charset="utf-8"; method=REQUEST; name="invite.ics"'),
               ("Content-Disposition", 'attachment; filename="invite.ics"'),
               ("Content-Transfer-Encoding", "base64")], b64lines(cal.encode("utf-8")))
    add(outlook_msg('"Fairclough, Rachel" <rachel.fairclough@ospreyretail.com>', "CEO interview starting - candidate stuck in Zoom waiting room",
                    d, paras, "en", sig_en("Rachel Fairclough", "Executive Assistant to the Chief People Officer",
                                           ["T: +44 161 830 4001 | M: +44 7700 900 655"]), DISC_EN,
                    received=received_exo(d, 3), attachments=[att], extra=[("Importance", "high")]),
        "scheduling_blocker", "forward_support", "", "en",
        "outlook-multipart-mixed;qp;windows-1252;ics-attachment;disclaimer-with-urgent", "CEO interview, Zoom host wrong")

    # en-k4 reply-hijack over unrelated thread (Outlook for Mac, > quoting)
    d = when(3, 9, 11, 11, "UK")
    body = ("Sorry to hijack this thread – different and urgent: the candidate for 11:30 (Store Manager, Trafford Centre) "
            "has just emailed to say her video link says the meeting has expired. It starts in 20 mins. Can someone help "
            "me get a working link to her and the two interviewers?\n\n"
            "Tom\n\n"
            "From: GoodTime Helpline <gt-helpline@ospreyretail.com>\n"
            "Date: Monday, 2 March 2026 at 14:22\n"
            "To: Whitworth, Tom <tom.whitworth@ospreyretail.com>\n"
            "Subject: RE: Slides from coordinator training\n\n"
            "Hi Tom,\n\n"
            "The slides from last week's coordinator session are now on the Talent Acquisition SharePoint under "
            "Training > GoodTime. The recording should follow by Friday.\n\n"
            "Thanks,\nGoodTime Helpline\n")
    add(plain_msg('"Whitworth, Tom" <tom.whitworth@ospreyretail.com>', "Re: Slides from coordinator training", d, body,
                  "utf-8", "quoted-printable", msgid=apple_msgid(), received=received_exo(d, 3), in_reply_to=exo_msgid(),
                  extra=MACOUTLOOK + [("Thread-Topic", "Slides from coordinator training"), ("Thread-Index", thread_index())]),
        "scheduling_blocker", "forward_support", "", "en", "outlook-mac;plain;qp;reply-over-unrelated-thread",
        "link expired, interview in 20 min")


def english_features():
    # en-f1 'URGENT' subject over a feature wish
    d = when(4, 9, 7, 12, "UK")
    paras = ["Team,", "",
             "Our store managers work 4-on-4-off rotas with lates and earlies that change every week. GoodTime only looks "
             "at their Outlook calendar, which most of them don't keep up to date because their real schedule lives in "
             "the rota system (Quinyx). Result: candidates get booked on days the manager isn't even in.", "",
             "What we really need is for GoodTime to read availability straight from the rota system, or at the very least "
             "let us upload a shift pattern per person. Can this go to GoodTime as a proper request? It would make a massive "
             "difference before summer recruitment kicks off.", "",
             "Craig"]
    add(outlook_msg('"Pemberton, Craig" <craig.pemberton@ospreyretail.com>', "URGENT - GoodTime needs to understand store rotas",
                    d, paras, "en", sig_en("Craig Pemberton", "Regional Operations Manager – Stores North"), None,
                    received=received_exo(d, 3), topic="URGENT - GoodTime needs to understand store rotas",
                    extra=[("Importance", "high")]),
        "feature_request", "product_board_reply", "", "en", "outlook-multipart-alternative;qp;misleading-urgent-subject",
        "read availability from rota system")

    # en-f2 recruiting ops: bulk reassign on long-term absence
    d = when(3, 27, 14, 2, "UK")
    paras = ["Hi team,", "",
             "Feature suggestion for GoodTime, based on the last month:", "",
             "When an interviewer goes on long-term absence (we've had two DC general managers go off sick for 6+ weeks "
             "since February), coordinators currently have to open every future interview they're on and swap them out "
             "one by one. For one GM that was 23 interviews across 3 coordinators, and two were missed.", "",
             "What would help: a way to select an interviewer and a date range, and have GoodTime propose replacements from "
             "the same pools for all affected interviews in one go, with a single review step before invites go out. "
             "Ideally it would also flag interviews where no qualified replacement exists.", "",
             "Happy to give more detail if it helps the product team.", "", "Gareth"]
    add(outlook_msg('"Lloyd-Evans, Gareth" <gareth.lloyd-evans@ospreyretail.com>',
                    "Suggestion: bulk reassignment when an interviewer is on long-term absence", d, paras, "en",
                    sig_en("Gareth Lloyd-Evans", "Recruiting Operations Lead – UK&I"), None, charset="utf-8",
                    received=received_exo(d, 3), topic="Suggestion: bulk reassignment when an interviewer is on long-term absence"),
        "feature_request", "product_board_reply", "", "en", "outlook-multipart-alternative;qp;utf-8;long-precise",
        "bulk reassign interviews")

    # en-f3 terse lowercase from iPhone
    d = when(3, 13, 20, 34, "UK")
    body = ("would be really handy if the itinerary email could include a map pin / what3words for the wakefield DC "
            "gatehouse. candidates keep going to the goods-in gate and security send them round the whole site\n\n"
            "kelly\n\nSent from my iPhone")
    add(plain_msg("Kelly Brennan <kelly.brennan@ospreyretail.com>", "itinerary idea", d, body, "us-ascii", "7bit",
                  msgid=apple_msgid(), received=received_exo(d, 2), extra=IPHONE + [IOS_MIME]),
        "feature_request", "product_board_reply", "", "en", "plain;7bit;terse-lowercase;mobile-signature",
        "map pin in itinerary")

    # en-f4 HR systems: event push to Workday; precise, long
    d = when(4, 16, 10, 18, "UK")
    paras = ["Hi,", "",
             "Enhancement request for GoodTime, from HR Systems.", "",
             "Today the only reliable way to know in Workday that an interview has been scheduled is the ATS sync, which "
             "lags and doesn't carry interviewer worker IDs. It would be genuinely valuable if GoodTime could emit a "
             "structured event whenever an interview is scheduled, rescheduled or cancelled, containing:",
             "- candidate ID and requisition ID",
             "- interview type / stage",
             "- start and end in UTC plus the candidate's time zone",
             "- interviewer identifiers we can map to Workday worker IDs", "",
             "Delivered as a webhook (signed, with retries) would be ideal; a near-real-time feed would also work. This "
             "would let us drop two manual reconciliation reports and give HRBPs accurate interviewer-load figures.", "",
             "Please pass this on to GoodTime's product team.", "", "Thanks,", "Priya"]
    add(outlook_msg('"Raman, Priya" <priya.raman@ospreyretail.com>', "Enhancement request: interview events to Workday", d,
                    paras, "en", sig_en("Priya Raman", "HR Systems Analyst | People Technology"), DISC_EN[:2],
                    charset="utf-8", received=received_exo(d, 3), topic="Enhancement request: interview events to Workday"),
        "feature_request", "product_board_reply", "", "en", "outlook-multipart-alternative;qp;utf-8;long-precise;disclaimer",
        "webhook events to Workday")

    # en-f5 Apple Mail: interviewers swapping between themselves
    d = when(3, 20, 17, 9, "UK")
    plain = ("Hi GoodTime team,\n\n"
             "An idea from the coordinators: interviewers regularly email us asking to swap a session with a colleague "
             "(\"can Sam take my 2pm, I'll take his Thursday\"). It would save a lot of back-and-forth if interviewers "
             "could offer a session to other qualified people in the same pool and have it swapped once someone "
             "accepts, with the coordinator just notified.\n\n"
             "Megan\n\n--\nMegan Pryce\nRecruitment Coordinator – Head Office\nOsprey Retail Group\n")
    add(alt_msg('"Pryce, Megan" <megan.pryce@ospreyretail.com>', "Idea: let interviewers swap sessions", d, plain,
                simple_html(plain.split("\n")), "utf-8", "quoted-printable", "apple", msgid=apple_msgid(),
                received=received_exo(d, 3), extra=APPLEMAIL + [APPLE_MIME]),
        "feature_request", "product_board_reply", "", "en", "apple-mail;multipart-alternative;qp",
        "interviewers swap sessions")

    # en-f6 forward chain with one line on top (Gmail-style)
    d = when(4, 3, 9, 26, "UK")
    top = "Forwarding Claire's suggestion below for the GoodTime wishlist – she's keen it gets in front of them.\n\nHannah\n\n"
    fwd = ("---------- Forwarded message ---------\n"
           "From: Claire Whitfield <claire.whitfield@ospreyretail.com>\n"
           "Date: Thu, 2 Apr 2026 at 17:40\n"
           "Subject: Candidate feedback\n"
           "To: Hannah Oyelaran <hannah.oyelaran@ospreyretail.com>\n\n\n"
           "Hannah,\n\n"
           "We keep saying candidate experience matters but we never actually ask candidates. Could GoodTime send a "
           "two-question survey automatically after the final interview (how was the process, anything we could do "
           "better) and report the results by business area? Much better than another tool.\n\n"
           "C.\n")
    add(alt_msg('"Oyelaran, Hannah" <hannah.oyelaran@ospreyretail.com>', "Fwd: Candidate feedback", d, top + fwd,
                gmail_html(top.strip().split("\n"), esc(fwd).replace("\n", "<br>")), "UTF-8", "quoted-printable", "gmail",
                msgid=gmail_msgid(), received=received_exo(d, 3)),
        "feature_request", "product_board_reply", "", "en", "gmail-style;multipart-alternative;forward-chain;qp",
        "post-interview candidate survey")

    # en-f7 Outlook HTML-only: store walk session type
    d = when(4, 24, 11, 40, "UK")
    paras = ["Hi,", "",
             "Suggestion for GoodTime: for store roles we always finish with a 20-minute store walk where the candidate "
             "just shadows a colleague on the shop floor. There's no interviewer as such, but it still needs to be on the "
             "candidate's itinerary in the right order.", "",
             "At the moment we fake it by putting the store manager in as interviewer, which eats into their load limit "
             "and confuses the reporting. A session type with no interviewer (just a location and a host name shown to "
             "the candidate) would solve it.", "",
             "Thanks,", "Nadia"]
    add(outlook_msg('"Qureshi, Nadia" <nadia.qureshi@ospreyretail.com>', "GoodTime suggestion - store walk sessions", d, paras,
                    "en", sig_en("Nadia Qureshi", "Recruiter – Stores Midlands"), None, html_only=True,
                    received=received_exo(d, 3)),
        "feature_request", "product_board_reply", "", "en", "outlook-html-only;qp;windows-1252", "session without interviewer")

    # en-f8 base64 utf-8: show load in picker
    d = when(3, 4, 16, 55, "UK")
    body = ("Hi all,\n\n"
            "Small product suggestion for GoodTime: when I'm choosing interviewers manually, I can't see how close "
            "each person is to their weekly interview limit until GoodTime refuses to suggest them. It'd be much easier "
            "if the interviewer picker showed something like \"3 of 4 this week\" next to each name, so coordinators can "
            "spread the load themselves before anyone hits the cap.\n\n"
            "Cheers,\nSiobhan\n\n"
            "Siobhan O’Connell · Recruiting Operations Analyst · Osprey Retail Group\n")
    add(plain_msg("\"O'Connell, Siobhan\" <siobhan.oconnell@ospreyretail.com>", "Suggestion: show load in the interviewer picker",
                  d, body, "utf-8", "base64", msgid=exo_msgid(), received=received_exo(d, 3),
                  extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "en-GB")]),
        "feature_request", "product_board_reply", "", "en", "outlook-plain;base64;utf-8", "show load usage in picker")


def english_escalations():
    # en-e1 seat limit / renewal
    d = when(3, 2, 10, 5, "UK")
    paras = ["Hi team,", "",
             "We've hit our GoodTime seat limit. Three new coordinators started in Stores recruitment today and I can't "
             "add them – the admin page says we're at our licensed maximum. As a stop-gap I could deactivate leavers, but "
             "that only frees one seat.", "",
             "Our renewal is due in July and, with the DC expansion, I expect we'll need something like 25–30 more seats "
             "over the next 12 months. I'd like to understand the options for an uplift now (co-termed to July?) and get "
             "a proper conversation about the renewal in the diary rather than doing this piecemeal.", "",
             "Can you raise this with our GoodTime account team?", "", "Thanks,", "Priya"]
    add(outlook_msg('"Raman, Priya" <priya.raman@ospreyretail.com>', "GoodTime seats - at limit, renewal in July", d, paras,
                    "en", sig_en("Priya Raman", "HR Systems Analyst | People Technology"), DISC_EN, charset="utf-8",
                    received=received_exo(d, 3), topic="GoodTime seats - at limit, renewal in July"),
        "escalation", "flag_csm", "", "en", "outlook-multipart-alternative;qp;utf-8;disclaimer", "seat limit + renewal")

    # en-e2 overall complaint from Head of TA; 6 received, DKIM/ARC/auth
    d = when(4, 10, 23, 12, "UK")
    paras = ["Hi,", "",
             "I want to be candid about where we are with GoodTime, and I'd like this to reach GoodTime at the right "
             "level rather than as another ticket.", "",
             "This quarter has been disappointing. We've had recurring calendar sync problems in Hamburg, video links not "
             "generating in Barcelona, the clock-change issue in the UK, and several tickets that were closed as resolved "
             "and then came back. My coordinators are losing faith and some are reverting to scheduling by hand in "
             "Outlook, which defeats the purpose of the investment.", "",
             "I'd like a formal review with GoodTime within the next three weeks: what has gone wrong, what they're "
             "changing, and what we should change on our side. Please set this up with our Customer Success contact and "
             "include Gareth and Priya.", "",
             "Thanks,", "Victoria"]
    pre = [auth_results()] + arc() + [dkim()]
    add(outlook_msg('"Hale, Victoria" <victoria.hale@ospreyretail.com>', "GoodTime - where we are and a review", d, paras,
                    "en", sig_en("Victoria Hale", "Head of Talent Acquisition – UK&I", ["PA: Rachel Fairclough, +44 161 830 4001"]),
                    DISC_EN, received=received_exo(d, 6), pre=pre, topic="GoodTime - where we are and a review"),
        "escalation", "flag_csm", "", "en",
        "outlook-multipart-alternative;qp;windows-1252;6-received;dkim;arc;auth-results;disclaimer", "quarterly complaint, wants review")

    # en-e3 training request for a large team
    d = when(4, 22, 9, 14, "UK")
    paras = ["Hi GoodTime helpline,", "",
             "Heads-up and a request. For peak 2026 we're moving first-round interviews for seasonal store roles out of "
             "the central team and into the stores. That means roughly 40 store managers and 15 area recruiters will be "
             "scheduling in GoodTime themselves from September, most of them for the first time.", "",
             "We need proper training for that group – ideally a train-the-trainer session for the area recruiters in "
             "July, plus short recorded material for store managers – and I'd like GoodTime's view on whether our current "
             "setup (templates, pools, permissions) will hold up with that many new schedulers.", "",
             "Can you bring in our contact at GoodTime so we can plan this?", "", "Thanks,", "Louise"]
    add(outlook_msg('"Harrop, Louise" <louise.harrop@ospreyretail.com>', "Training for store managers ahead of peak", d,
                    paras, "en", sig_en("Louise Harrop", "Head of Store Recruitment"), DISC_EN[:2],
                    received=received_exo(d, 3), topic="Training for store managers ahead of peak"),
        "escalation", "flag_csm", "", "en", "outlook-multipart-alternative;qp;windows-1252;disclaimer",
        "training for 55 new schedulers")

    # en-e4 process change: central DC hub; long folded subject
    d = when(4, 28, 15, 20, "UK")
    subj = fold("Centralising DC recruitment into a single scheduling hub from June - need GoodTime input on pools, "
                "templates and workflow design")
    paras = ["Hi,", "",
             "From 1 June we're moving scheduling for all seven UK distribution centres into a single hub team in "
             "Wakefield, instead of each DC's admin team doing their own. It's a significant process change: shared "
             "pools across sites, one set of templates, and a hub that schedules for managers it has never met.", "",
             "Before we design this ourselves, I'd like GoodTime's advice on how other customers have structured a "
             "central hub – pools per site versus per role, template ownership, permissions for site managers, and how "
             "to handle site-specific things like gatehouse instructions.", "",
             "Could you set up a working session with our Customer Success Manager in the next couple of weeks? I'll bring "
             "the DC HR leads.", "", "Mark"]
    add(outlook_msg('"Ellison, Mark" <mark.ellison@ospreyretail.com>', subj, d, paras, "en",
                    sig_en("Mark Ellison", "Director of People Operations – Supply Chain"), DISC_EN,
                    received=received_exo(d, 4), topic=subj),
        "escalation", "flag_csm", "", "en", "outlook-multipart-alternative;qp;windows-1252;long-folded-subject;disclaimer",
        "process change: central DC hub")

    # en-e5 escalation + live fault: recurring sync dropping candidates, today's assessment day
    d = when(4, 14, 7, 41, "UK")
    paras = ["Hi both,", "",
             "I need this escalated beyond Support, please.", "",
             "For the second week running the ATS→GoodTime sync is dropping candidates. Ticket 53318 has been open since "
             "2 April; we've supplied candidate IDs twice and had no root cause. Each time, candidates who've moved into "
             "the assessment stage simply never appear in GoodTime.", "",
             "And it's happening right now: 14 of today's 38 candidates for the Wakefield DC assessment day (first session "
             "09:00) are not in GoodTime, so they have no confirmations and no room allocation. We're phoning them "
             "individually this morning.", "",
             "Please push the live issue to GoodTime Support again today, and separately get our CSM involved so we can "
             "understand why this keeps recurring.", "", "Siobhan"]
    add(outlook_msg("\"O'Connell, Siobhan\" <siobhan.oconnell@ospreyretail.com>",
                    "ESCALATION: ATS sync dropping candidates again - Wakefield assessment day today", d, paras, "en",
                    sig_en("Siobhan O'Connell", "Recruiting Operations Analyst"), DISC_EN[:2], charset="utf-8",
                    cc='"Lloyd-Evans, Gareth" <gareth.lloyd-evans@ospreyretail.com>', received=received_exo(d, 3),
                    extra=[("Importance", "high")]),
        "escalation", "flag_csm+forward_support", "", "en", "outlook-multipart-alternative;qp;utf-8;cc",
        "recurring sync issue + live fault today")

    # en-e6 procurement: contract amendment, PDF PO
    d = when(3, 19, 12, 2, "UK")
    paras = ["Hello,", "",
             "I'm the procurement lead for the GoodTime contract. We need to amend the current order form to add two "
             "legal entities (Osprey Retail Portugal, Unipessoal Lda. and Osprey Retail Brasil Comércio e Importação Ltda.) "
             "as authorised users, co-terminous with the existing term, and to split invoicing by entity from the next "
             "billing period.", "",
             "Attached is our internal PO request with the current licence counts for reference. Could you route this to "
             "the right person at GoodTime (account manager / CSM) and let me know who will own the amendment on their "
             "side? Legal will need the redlines by 30 April.", "",
             "Kind regards,", "Anita Sharma"]
    pdf = make_pdf(["Osprey Retail Group - Purchase Order Request", "PO-REQ 2026-0418", "Supplier: GoodTime, Inc.",
                    "Description: Licence amendment - add PT and BR entities", "Current licences: 210 (UK 142, DE 31, ES 19, FR 18)",
                    "Requested by: Anita Sharma, Procurement", "Status: Draft - CONFIDENTIAL"], "PO request 2026-0418")
    add(outlook_msg('"Sharma, Anita" <anita.sharma@ospreyretail.com>', "GoodTime order form amendment - additional entities",
                    d, paras, "en", sig_en("Anita Sharma", "Category Manager – Indirect Procurement",
                                           ["T: +44 161 830 4630"]), DISC_EN, charset="utf-8",
                    received=received_exo(d, 4), attachments=[binary("application/pdf", pdf, "PO-REQ-2026-0418.pdf")],
                    topic="GoodTime order form amendment - additional entities"),
        "escalation", "flag_csm", "", "en", "outlook-multipart-mixed;qp;utf-8;pdf-attachment;disclaimer",
        "contract amendment, new entities")

    # en-e7 unresolved ticket 5 weeks; Outlook RTF with winmail.dat
    d = when(4, 6, 16, 44, "UK")
    body = ("Hi,\n\n"
            "Ticket 49802 (interviewer training progress not updating – trainees stuck on 'shadow 1 of 3' even after "
            "completing three shadows) has now been open for five weeks. In that time we've been asked for the same "
            "screenshots three times by three different agents and there's still no fix or workaround. 26 trainees "
            "across DCs are affected and the backlog is stopping us qualifying new interviewers before peak.\n\n"
            "I'd like this escalated through our account contact at GoodTime, please – it needs an owner.\n\n"
            "Thanks,\nSiobhan\n")
    tnef = make_tnef("Ticket 49802 - five weeks, no resolution", body)
    add(plain_msg("\"O'Connell, Siobhan\" <siobhan.oconnell@ospreyretail.com>", "Ticket 49802 - five weeks, no resolution",
                  d, body, "utf-8", "quoted-printable", msgid=exo_msgid(), received=received_exo(d, 3), style="outlook",
                  attachments=[Ent([("Content-Type", 'application/ms-tnef; name="winmail.dat"'),
                                    ("Content-Disposition", 'attachment; filename="winmail.dat"'),
                                    ("Content-Transfer-Encoding", "base64")], b64lines(tnef))],
                  extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("X-MS-Has-Attach", "yes"),
                         ("X-MS-TNEF-Correlator", f"<{rhex(32)}@ospreyretail.com>")]),
        "escalation", "flag_csm", "", "en", "outlook-rtf;multipart-mixed;winmail-dat;qp", "ticket unresolved for 5 weeks")

    # en-e8 account matter: admin/owner change
    d = when(4, 17, 11, 52, "UK")
    paras = ["Hi,", "",
             "Gareth Lloyd-Evans leaves Osprey on 30 April. He is currently the primary admin on our GoodTime account and "
             "the named contact for the contract, billing notices and security communications.", "",
             "Siobhan O'Connell will take over as primary admin, and I will be the business owner for the contract. "
             "Can you make sure GoodTime updates the account records accordingly, and that Siobhan is introduced to our "
             "Customer Success Manager before Gareth goes? I'd also like a quick handover call with them.", "",
             "Thanks,", "Victoria"]
    add(outlook_msg('"Hale, Victoria" <victoria.hale@ospreyretail.com>', "Change of GoodTime account owner and admin", d, paras,
                    "en", sig_en("Victoria Hale", "Head of Talent Acquisition – UK&I"), DISC_EN[:2],
                    received=received_exo(d, 3), topic="Change of GoodTime account owner and admin",
                    cc="\"O'Connell, Siobhan\" <siobhan.oconnell@ospreyretail.com>"),
        "escalation", "flag_csm", "", "en", "outlook-multipart-alternative;qp;windows-1252;cc", "account owner/admin change")


def english_noise():
    # en-n1 bounce, MAILER-DAEMON, multipart/report with text/rfc822-headers
    d = when(3, 17, 2, 14, "UK")
    expl = ("This is the mail system at host mail.talentbridge-recruitment.co.uk.\n\n"
            "I'm sorry to have to inform you that your message could not\n"
            "be delivered to one or more recipients. It's attached below.\n\n"
            "For further assistance, please send mail to postmaster.\n\n"
            "If you do so, please include this problem report. You can\n"
            "delete your own text from the attached returned message.\n\n"
            "                   The mail system\n\n"
            "<j.marsden@talentbridge-recruitment.co.uk>: host\n"
            "    mail.talentbridge-recruitment.co.uk[81.134.22.190] said: 550 5.7.1\n"
            "    <j.marsden@talentbridge-recruitment.co.uk>: Recipient address rejected:\n"
            "    Mailbox disabled, user no longer with company (in reply to RCPT TO command)\n")
    status = ("Reporting-MTA: dns; mail.talentbridge-recruitment.co.uk\n"
              f"X-Postfix-Queue-ID: 4g{rhex(9)}\n"
              "X-Postfix-Sender: rfc822; gt-helpline@ospreyretail.com\n"
              f"Arrival-Date: {rfcdate(d - _dt.timedelta(seconds=3))}\n\n"
              "Final-Recipient: rfc822; j.marsden@talentbridge-recruitment.co.uk\n"
              "Original-Recipient: rfc822;j.marsden@talentbridge-recruitment.co.uk\n"
              "Action: failed\n"
              "Status: 5.7.1\n"
              "Remote-MTA: dns; mail.talentbridge-recruitment.co.uk\n"
              "Diagnostic-Code: smtp; 550 5.7.1 <j.marsden@talentbridge-recruitment.co.uk>:\n"
              "    Recipient address rejected: Mailbox disabled, user no longer with company\n")
    orig = ("Received: from EUR02-AM0-obe.outbound.protection.outlook.com (mail-am0eur02on2071.outbound.protection.outlook.com [40.107.247.71])\n"
            "\tby mail.talentbridge-recruitment.co.uk (Postfix) with ESMTPS id 4gXb1C2yQ\n"
            "From: GoodTime Helpline <gt-helpline@ospreyretail.com>\n"
            "To: \"j.marsden@talentbridge-recruitment.co.uk\" <j.marsden@talentbridge-recruitment.co.uk>\n"
            "Subject: RE: Interviewer access for agency recruiters\n"
            f"Date: {rfcdate(d - _dt.timedelta(seconds=4))}\n"
            f"Message-ID: {exo_msgid()}\n"
            "Content-Type: multipart/alternative; boundary=\"_000_AM6PR07MB5590\"\n"
            "MIME-Version: 1.0\n")
    rep = multi("report", [text(expl, "plain", "us-ascii", "7bit", extra=[("Content-Description", "Notification")]),
                           raw_ent("message/delivery-status", status, extra=[("Content-Description", "Delivery report")]),
                           raw_ent("text/rfc822-headers", orig, extra=[("Content-Description", "Undelivered Message Headers")])],
                "other", params="report-type=delivery-status")
    add(build([("Return-Path", "<>")] + received_exo(d, 2, external=[("mail.talentbridge-recruitment.co.uk", "81.134.22.190",
                                                                       "AM4PEPF00027A6C.mail.protection.outlook.com")])
              + [("Authentication-Results", "spf=none (sender IP is 81.134.22.190)\n smtp.helo=mail.talentbridge-recruitment.co.uk; dkim=none (message not signed)\n header.d=none;dmarc=none action=none header.from=;")]
              + [("From", "MAILER-DAEMON@mail.talentbridge-recruitment.co.uk (Mail Delivery System)"),
                 ("To", "gt-helpline@ospreyretail.com"),
                 ("Subject", "Undelivered Mail Returned to Sender"), ("Date", rfcdate(d)),
                 ("Message-Id", f"<20260317021412.4g{rhex(9)}@mail.talentbridge-recruitment.co.uk>"),
                 ("Auto-Submitted", "auto-replied")], rep),
        "noise", "ignore", "", "en", "bounce;multipart-report;delivery-status;mailer-daemon;night", "bounce from agency domain")

    # en-n2 vendor newsletter with List-Unsubscribe
    d = when(3, 24, 16, 0, "US", s=4)
    plain = ("What's new in GoodTime – March 2026\n\n"
             "Smarter load balancing\nInterviewer load now factors in training sessions, so shadowers stop getting "
             "overbooked. Read more: https://goodtime.io/blog/smarter-load-balancing?utm_source=newsletter\n\n"
             "New reporting filters\nFilter scheduling-speed reports by department and office in two clicks.\n\n"
             "Webinar: Scaling high-volume hiring without burning out coordinators\nWednesday 8 April, 11am ET – "
             "register: https://goodtime.io/webinars/high-volume?utm_source=newsletter\n\n"
             "Have an idea? Share it on the GoodTime Product board and upvote the ideas you love.\n\n"
             "—\nGoodTime, Inc. · 2261 Market Street #4667 · San Francisco, CA 94114\n"
             "You're receiving this because you're a GoodTime user at Osprey Retail Group.\n"
             "Manage preferences: https://info.goodtime.io/hs/manage-preferences/unsubscribe?data=W2nXS2" + rlow(30) + "\n")
    htmlb = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>What\'s new in GoodTime</title></head>'
             '<body style="margin:0;background:#f4f2fb"><table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">'
             '<table width="600" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif"><tr><td style="padding:24px;background:#6f42c1;color:#fff">'
             '<h1 style="margin:0;font-size:22px">What&#39;s new in GoodTime &ndash; March 2026</h1></td></tr>'
             '<tr><td style="padding:24px"><h2 style="font-size:18px">Smarter load balancing</h2><p>Interviewer load now factors in training '
             'sessions, so shadowers stop getting overbooked.</p><p><a href="https://goodtime.io/blog/smarter-load-balancing?utm_source=newsletter">Read more</a></p>'
             '<h2 style="font-size:18px">New reporting filters</h2><p>Filter scheduling-speed reports by department and office in two clicks.</p>'
             '<h2 style="font-size:18px">Webinar: Scaling high-volume hiring</h2><p>Wednesday 8 April, 11am ET. '
             '<a href="https://goodtime.io/webinars/high-volume?utm_source=newsletter">Register</a></p>'
             '<p>Have an idea? Share it on the GoodTime Product board and upvote the ideas you love.</p></td></tr>'
             '<tr><td style="padding:16px;font-size:11px;color:#777">GoodTime, Inc. &middot; 2261 Market Street #4667 &middot; San Francisco, CA 94114<br>'
             '<a href="https://info.goodtime.io/hs/manage-preferences/unsubscribe">Unsubscribe</a></td></tr></table></td></tr></table>'
             f'<img src="https://info.goodtime.io/e3t/Cto/{rlow(20)}" width="1" height="1" alt=""></body></html>\n')
    pre = [("Authentication-Results", "spf=pass (sender IP is 143.244.80.21)\n smtp.mailfrom=bf03x.hubspotemail.net; dkim=pass (signature was verified)\n"
            " header.d=goodtime.io;dmarc=pass action=none header.from=goodtime.io;compauth=pass\n reason=100"),
           dkim("goodtime.io", "hs1", "From:To:Subject:Date:Message-ID:List-Unsubscribe:List-Unsubscribe-Post:Content-Type:MIME-Version")]
    add(alt_msg("GoodTime <hello@goodtime.io>",
                ew("What's new in GoodTime – March 2026: smarter load balancing, new reporting filters & more", "utf-8", "Q"),
                d, plain, htmlb, "utf-8", "quoted-printable", "other",
                msgid=f"<1774382404{R.randint(100, 999)}.{rlow(24)}@bf03x.hubspotemail.net>", to="gt-helpline@ospreyretail.com",
                received=received_exo(d, 2, external=[("bf03x.hubspotemail.net", "143.244.80.21",
                                                       "AM4PEPF00027A6C.mail.protection.outlook.com")]), pre=pre,
                extra=[("List-Unsubscribe", f"<https://info.goodtime.io/hs/manage-preferences/unsubscribe?d={rlow(40)}>,\n <mailto:unsubscribe-{rlow(12)}@bf03x.hubspotemail.net>"),
                       ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"),
                       ("X-HS-Cid", rlow(20)), ("Feedback-ID", "hs:newsletter:goodtime")]),
        "noise", "ignore", "", "en", "newsletter;list-unsubscribe;multipart-alternative;qp;dkim;auth-results",
        "vendor newsletter")

    # en-n3 phishing, LF endings, lookalike domain
    d = when(3, 28, 3, 37, "UTC")
    htmlb = ("<html><body style=\"font-family:Arial\"><p>Dear GoodTime Administrator,</p>"
             "<p><b>URGENT:</b> Our billing system was unable to process the renewal payment for <b>Osprey Retail Group</b>. "
             "Your GoodTime licences will be <b>suspended within 24 hours</b> and all scheduled interviews will be cancelled "
             "automatically.</p><p>To avoid interruption, verify your administrator account and update your payment details "
             "immediately:</p><p><a href=\"https://goodtime-io-billing.com/verify?acct=ospreyretail&amp;id=" + rlow(12) + "\" "
             "style=\"background:#6f42c1;color:#fff;padding:10px 18px;text-decoration:none\">Verify account now</a></p>"
             "<p>If you have already completed this step, please ignore this message.</p><p>GoodTime Billing Team</p>"
             "<p style=\"font-size:10px;color:#999\">This message was sent to gt-helpline@ospreyretail.com. "
             "&copy; 2026 GoodTime Inc.</p></body></html>\n")
    add(build(received_exo(d, 2, external=[("vps-23-94-11-187.hostwindsdns.com", "23.94.11.187",
                                            "AM4PEPF00027A6C.mail.protection.outlook.com")])
              + [("Authentication-Results", "spf=pass (sender IP is 23.94.11.187)\n smtp.mailfrom=goodtime-io-billing.com; dkim=none (message not signed)\n header.d=none;dmarc=none action=none\n header.from=goodtime-io-billing.com;compauth=softpass reason=201"),
                 ("X-MS-Exchange-Organization-SCL", "5"),
                 ("From", "\"GoodTime Billing\" <billing@goodtime-io-billing.com>"), ("To", "gt-helpline@ospreyretail.com"),
                 ("Subject", "Action required: your GoodTime licences will be suspended within 24 hours"),
                 ("Date", rfcdate(d)), ("Message-ID", f"<{rlow(20)}@goodtime-io-billing.com>"),
                 ("X-Priority", "1 (Highest)"), ("X-Mailer", "PHPMailer 5.2.23")],
              text(htmlb, "html", "utf-8", "quoted-printable"), crlf=False),
        "noise", "ignore", "", "en", "phishing;html-only;lookalike-domain;lf-endings;night", "billing phishing")

    # en-n4 OOO with Auto-Submitted
    d = when(3, 30, 9, 1, "UK")
    body = ("Thank you for your email. I'm on annual leave, returning Tuesday 7 April.\n\n"
            "For urgent recruitment matters please contact recruitment.north@ospreyretail.com.\n\n"
            "Kieran Moss\nTalent Partner – Loss Prevention & Security\n")
    add(plain_msg('"Moss, Kieran" <kieran.moss@ospreyretail.com>', "Automatic reply: Itinerary sent with another candidate's details",
                  d, body, "utf-8", "quoted-printable", msgid=exo_msgid(), received=received_exo(d, 3),
                  in_reply_to=exo_msgid(),
                  extra=[("Thread-Topic", "Itinerary sent with another candidate's details"), ("Auto-Submitted", "auto-replied"),
                         ("X-MS-Exchange-Inbox-Rules-Loop", "kieran.moss@ospreyretail.com"),
                         ("X-MS-Exchange-Organization-AutoReplyType", "OOF"), ("X-Auto-Response-Suppress", "All")]),
        "noise", "ignore", "", "en", "out-of-office;auto-submitted;plain;qp", "OOO annual leave")

    # en-n5 bare thanks, iPhone, quoted answer
    d = when(3, 16, 11, 19, "UK")
    body = ("Thanks!! 👍\n\nSent from my iPhone\n\n"
            "> On 16 Mar 2026, at 11:04, GoodTime Helpline <gt-helpline@ospreyretail.com> wrote:\n"
            "> \n"
            "> Hi Aisha,\n"
            "> \n"
            "> For a one-off you can change the duration and interviewers on the scheduling page; to fix it for\n"
            "> everyone, the template for that stage needs updating – we've asked the template owner to do that.\n"
            "> \n"
            "> Thanks,\n"
            "> GoodTime Helpline\n")
    add(plain_msg("Aisha Begum <aisha.begum@ospreyretail.com>", "Re: Store Manager phone screens", d, body, "utf-8",
                  "quoted-printable", msgid=apple_msgid(), received=received_exo(d, 2), in_reply_to=exo_msgid(),
                  extra=IPHONE + [IOS_MIME]),
        "noise", "ignore", "", "en", "bare-thanks;plain;qp;mobile-signature;quoted-reply;emoji", "thanks")

    # en-n6 calendar accept
    d = when(3, 3, 13, 45, "UK")
    cal = ics("REPLY", "GoodTime drop-in clinic – Coordinators (Teams)", HELP, "megan.pryce@ospreyretail.com",
              "20260311T130000", "20260311T133000", "040000008200E00074C5B7101A82E00800000000" + rhex(32),
              partstat="ACCEPTED", location="Microsoft Teams Meeting", tzid="GMT Standard Time")
    ent = multi("alternative", [text("\n", "plain", "us-ascii", "7bit"),
                                Ent([("Content-Type", 'text/calendar; charset="utf-8"; method=REPLY'),
                                     ("Content-Transfer-Encoding", "base64")], b64lines(cal.encode("utf-8")))], "outlook")
    add(build(hdrs('"Pryce, Megan" <megan.pryce@ospreyretail.com>',
                   "Accepted: GoodTime drop-in clinic =?utf-8?Q?=E2=80=93?= Coordinators (Teams)", d, exo_msgid(),
                   received=received_exo(d, 3),
                   extra=[("Thread-Topic", "GoodTime drop-in clinic =?utf-8?Q?=E2=80=93?= Coordinators (Teams)"),
                          ("Thread-Index", thread_index()), ("X-MS-Has-Attach", ""), ("Content-Language", "en-GB"),
                          ("Content-class", "urn:content-classes:calendarmessage")]), ent),
        "noise", "ignore", "", "en", "calendar-accept;text-calendar;base64", "accepted clinic")


# =========================================================================== MAIN
def autotag(data, fmt):
    """Replace hand-written header tags with ones derived from the bytes, so they are exact."""
    import email as _email
    import re
    keep = [t for t in fmt.split(";") if t and not (t.startswith("rfc2047") or t.startswith("raw-utf8")
            or t.startswith("raw-cp1252") or t.endswith("-received") or t == "night" or t == "lf-endings")]
    head = data.split(b"\r\n\r\n", 1)[0] if b"\r\n\r\n" in data[:20000] else data.split(b"\n\n", 1)[0]
    unfolded = re.sub(rb"\r?\n[ \t]", b" ", head)
    tags = []
    for line in unfolded.splitlines():
        name, _, val = line.partition(b":")
        hn = name.strip().lower()
        if hn not in (b"subject", b"from", b"cc"):
            continue
        label = hn.decode()
        if any(c >= 0x80 for c in val):
            try:
                val.decode("utf-8")
                tags.append(f"raw-utf8-{label}")
            except UnicodeDecodeError:
                tags.append(f"raw-cp1252-{label}")
        words = re.findall(rb"=\?([^?]+)\?([BbQq])\?", val)
        if words:
            cs = words[0][0].decode().lower().replace("iso-8859-1", "latin1").replace("iso-8859-15", "latin9")
            t = f"rfc2047-{words[0][1].decode().lower()}-{cs}-{label}"
            if len(words) > 1:
                t += "-multiword"
            tags.append(t)
    n = len(re.findall(rb"(?m)^Received:", head))
    if n >= 5:
        tags.append(f"{n}-received")
    m = _email.message_from_bytes(data)
    try:
        d = _email.utils.parsedate_to_datetime(m["Date"])
        if d.hour >= 21 or d.hour < 6:
            tags.append("night")
    except Exception:
        pass
    if b"\r\n" not in data:
        tags.append("lf-endings")
    return ";".join(keep + tags)


def main():
    for f in (german, spanish, french, portuguese, english_questions, english_bugs, english_blockers,
              english_features, english_escalations, english_noise):
        f()
    assert len(MESSAGES) == 100, len(MESSAGES)
    order = list(range(len(MESSAGES)))
    random.Random(4242).shuffle(order)
    for old in os.listdir(OUT):
        if old.startswith("b-") and old.endswith(".eml"):
            os.remove(os.path.join(OUT, old))
    rows = []
    for n, idx in enumerate(order, 1):
        m = MESSAGES[idx]
        name = f"b-{n:03d}.eml"
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(m["data"])
        rows.append([name, m["category"], m["actions"], m["article"], m["language"], autotag(m["data"], m["format"]),
                     m["notes"]])
    with open(os.path.join(OUT, "labels.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "category", "actions", "article", "language", "format", "notes"])
        w.writerows(rows)
    print(f"wrote {len(rows)} messages to {OUT}")


if __name__ == "__main__":
    main()
