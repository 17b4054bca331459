"""Helpers for building raw .eml bytes for batch b (standard library only)."""
import base64, quopri, random, hashlib, zlib, struct, html, datetime as dt

HELP = "helpline@calloway-finch.com"
HELP_NAMED = "GoodTime Help Line <helpline@calloway-finch.com>"

DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


# ---------------------------------------------------------------- dates
def when(s, off_h=0, off_m=0):
    """'2026-03-09 09:14:22', +1 -> aware datetime"""
    d = dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S")
    return d.replace(tzinfo=dt.timezone(dt.timedelta(hours=off_h, minutes=off_m)))


def rfc_date(d, pad=False, comment=None):
    off = d.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    day = ("%02d" % d.day) if pad else str(d.day)
    s = "%s, %s %s %d %02d:%02d:%02d %s%02d%02d" % (
        DAYS[d.weekday()], day, MONTHS[d.month - 1], d.year, d.hour, d.minute, d.second,
        sign, mins // 60, mins % 60)
    if comment:
        s += " (%s)" % comment
    return s


def utc(d, plus_s=0):
    return (d + dt.timedelta(seconds=plus_s)).astimezone(dt.timezone.utc)


# ---------------------------------------------------------------- encoding
def qp(b):
    if isinstance(b, str):
        raise TypeError("qp wants bytes")
    return quopri.encodestring(b)


def b64(b):
    return base64.encodebytes(b)


def ew_b(s, cs="utf-8"):
    return "=?%s?B?%s?=" % (cs, base64.b64encode(s.encode(cs)).decode())


def ew_q(s, cs="utf-8"):
    out = []
    for ch in s:
        for byte in ch.encode(cs):
            c = chr(byte)
            if c == " ":
                out.append("_")
            elif byte < 128 and (c.isalnum() or c in "!*+-/"):
                out.append(c)
            else:
                out.append("=%02X" % byte)
    return "=?%s?Q?%s?=" % (cs, "".join(out))


def ew_split(s, cuts, mode="B", cs="utf-8", prefix=""):
    """split text at char positions into several encoded words, folded"""
    pieces, last = [], 0
    for c in cuts:
        pieces.append(s[last:c])
        last = c
    pieces.append(s[last:])
    f = ew_b if mode == "B" else ew_q
    words = [f(p, cs) for p in pieces]
    return prefix + "\n ".join(words)


def fold(value, width=74, first=0):
    """fold an ASCII header value at spaces"""
    words = value.split(" ")
    lines, cur = [], ""
    limit = width - first
    for w in words:
        if cur and len(cur) + 1 + len(w) > limit:
            lines.append(cur)
            cur = w
            limit = width
        else:
            cur = (cur + " " + w) if cur else w
    lines.append(cur)
    return "\n ".join(lines)


def rnd_b64(rng, n):
    return base64.b64encode(bytes(rng.getrandbits(8) for _ in range(n))).decode()


def rnd_hex(rng, n, upper=False):
    s = "".join(rng.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


# ---------------------------------------------------------------- message ids
def mid_outlook(rng, region="eurprd07", pre="AM0PR07MB"):
    host = "%s%04d" % (pre, rng.randint(1000, 9999))
    return "<%s%s@%s.%s.prod.outlook.com>" % (host, rnd_hex(rng, 32, True), host, region)


def mid_gmail(rng):
    alph = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+="
    return "<CA%s@mail.gmail.com>" % "".join(rng.choice(alph) for _ in range(52))


def mid_apple(rng, dom):
    u = rnd_hex(rng, 32, True)
    return "<%s-%s-%s-%s-%s@%s>" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:], dom)


def mid_tb(rng, dom):
    u = rnd_hex(rng, 32)
    return "<%s-%s-%s-%s-%s@%s>" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:], dom)


def thread_index(rng):
    return rnd_b64(rng, 22)


# ---------------------------------------------------------------- trace headers
def _exo_host(rng, region):
    pre = {"eurprd07": ["AM0PR07MB", "DB9PR07MB", "AM9PR07MB", "VI1PR07MB"],
           "eurprd04": ["PA4PR04MB", "DU2PR04MB", "AS8PR04MB"],
           "namprd12": ["BL1PR12MB", "CH3PR12MB", "DM4PR12MB", "SA1PR12MB"],
           "namprd05": ["MN2PR05MB", "BY5PR05MB"]}[region]
    h = "%s%04d" % (rng.choice(pre), rng.randint(1000, 9999))
    return "%s.%s.prod.outlook.com" % (h, region)


def _v6(rng):
    return "2603:10b6:%x:%x::%x" % (rng.randint(0x100, 0x9ff), rng.randint(0x10, 0x3ff), rng.randint(1, 0x3f))


EXO_ID = "15.20.8511.%d"


def exo_hop(rng, frm, by, d, via_front=False, tls13=False):
    cipher = ("version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384" if tls13 else
              "version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384")
    s = "from %s\n by %s with Microsoft SMTP Server (%s) id %s%s; %s" % (
        frm, by, cipher, EXO_ID % rng.randint(10, 40),
        " via Frontend Transport" if via_front else "", rfc_date(d))
    return ("Received", s)


def trace_internal(rng, d, region="namprd12", hops=4, src_region=None):
    """Exchange Online internal hops, newest first"""
    src_region = src_region or region
    hosts = [_exo_host(rng, src_region)]
    for _ in range(hops - 1):
        hosts.append(_exo_host(rng, region))
    # build oldest to newest then reverse
    seq = []
    tt = 0
    for i in range(hops):
        tt += rng.randint(0, 2)
        if i == 0:
            frm_s = "%s\n ([fe80::%x:%x:%x:%x])" % (hosts[0], rng.randint(0x1000, 0xffff), rng.randint(0x1000, 0xffff), rng.randint(0x1000, 0xffff), rng.randint(0x1000, 0xffff))
            by = hosts[0]
        else:
            frm_s = "%s (%s)" % (hosts[i - 1], _v6(rng))
            by = "%s\n (%s)" % (hosts[i], _v6(rng))
        seq.append(exo_hop(rng, frm_s, by, utc(d, 1 + tt)))
    out = list(reversed(seq))
    out.append(("Authentication-Results", "dkim=none (message not signed)\n header.d=none;dmarc=none action=none header.from=calloway-finch.com;"))
    return out


def dkim_sig(rng, domain, sel, d, heads="From:Date:Subject:Message-ID:Content-Type:MIME-Version"):
    b = rnd_b64(rng, 256)
    bl = "\n\t ".join([b[i:i + 70] for i in range(0, len(b), 70)])
    return ("DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=%s;\n\tt=%d; h=%s;\n\tbh=%s;\n\tb=%s" % (
        domain, sel, int(d.timestamp()), fold(heads.replace(":", ": "), 60).replace(": ", ":").replace("\n ", "\n\t "),
        rnd_b64(rng, 32), bl))


def arc_set(rng, d, domain):
    b = rnd_b64(rng, 256)
    bl = "\n " .join([b[i:i + 72] for i in range(0, len(b), 72)])
    b2 = rnd_b64(rng, 256)
    bl2 = "\n ".join([b2[i:i + 72] for i in range(0, len(b2), 72)])
    return [
        ("ARC-Seal", "i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b=" + bl),
        ("ARC-Message-Signature", "i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector10001;\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\n bh=%s;\n b=%s" % (rnd_b64(rng, 32), bl2)),
        ("ARC-Authentication-Results", "i=1; mx.microsoft.com 1; spf=pass\n smtp.mailfrom=%s; dmarc=pass action=none header.from=%s;\n dkim=pass header.d=%s; arc=none" % (domain, domain, domain)),
    ]


def trace_external(rng, d, domain, src_host, src_ip, region="namprd12", hops=3, dkim=True,
                   arc=True, sel="selector1", pre_hops=None):
    """mail from an outside/own-gateway domain into the EXO tenant. newest first."""
    edge = "%s.mail.protection.outlook.com" % ("BN%dPEPF0000%s" % (rng.randint(1, 3), rnd_hex(rng, 4, True)))
    hosts = [_exo_host(rng, region) for _ in range(hops)]
    seq = []
    seq.append(exo_hop(rng, "%s (%s)" % (src_host, src_ip), "%s (%s)" % (edge, "10.167.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250))), utc(d, 2), via_front=True, tls13=True))
    prev = edge
    for i, h in enumerate(hosts):
        seq.append(exo_hop(rng, "%s (%s)" % (prev, _v6(rng)), "%s (%s)" % (h, _v6(rng)), utc(d, 3 + i)))
        prev = h
    out = list(reversed(seq))
    out.append(("Authentication-Results", "spf=pass (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n header.d=%s;dmarc=pass action=none\n header.from=%s;compauth=pass reason=100" % (
        src_ip, domain, "pass" if dkim else "none", domain, domain)))
    out.append(("Received-SPF", "Pass (protection.outlook.com: domain of %s designates\n %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C" % (domain, src_ip, src_ip, src_host)))
    if arc:
        out += arc_set(rng, d, domain)
    if dkim:
        out.append(dkim_sig(rng, domain, sel, d))
    if pre_hops:
        out += pre_hops
    return out


def postfix_hop(frm_host, frm_ip, by, qid, d, for_=None, tls=True):
    s = "from %s (%s [%s])\n\tby %s (Postfix) with %s id %s" % (
        frm_host, frm_host, frm_ip, by, "ESMTPS" if tls else "ESMTP", qid)
    if for_:
        s += "\n\tfor <%s>" % for_
    s += "; %s" % rfc_date(d, comment=None)
    return ("Received", s)


def google_hop(rng, d):
    """oldest hop of a Gmail/Workspace message; returns (host, ip, header)"""
    ip = "209.85.%d.%d" % (rng.randint(128, 222), rng.randint(1, 250))
    host = "mail-%s%d-f%d.google.com" % (rng.choice(["wr", "ej", "lf", "qt", "pl", "yw"]), rng.randint(1, 2), rng.randint(41, 199))
    hdr = ("Received", "by %s with SMTP id %s-%s.%d\n        for <%s>; %s" % (
        host, rnd_hex(rng, 6), rnd_hex(rng, 12), rng.randint(10, 99), HELP, rfc_date(d, comment=None)))
    return host, ip, hdr


# ---------------------------------------------------------------- parts
class Part:
    def __init__(self, headers, body):
        self.headers = headers  # list of (name, str|bytes)
        self.body = body        # bytes

    def render(self):
        return hdr_bytes(self.headers) + b"\n" + self.body


def hdr_bytes(headers):
    out = b""
    for n, v in headers:
        if isinstance(v, str):
            v = v.encode("utf-8")
        out += n.encode("ascii") + b": " + v + b"\n"
    return out


def text(s, subtype="plain", cs="utf-8", cte="quoted-printable", flowed=False, ctq=True,
         extra_ct="", extra=None, cs_label=None):
    raw = s.encode(cs) if isinstance(s, str) else s
    if cte == "quoted-printable":
        body = qp(raw)
    elif cte == "base64":
        body = b64(raw)
    else:
        body = raw
    if not body.endswith(b"\n"):
        body += b"\n"
    lab = cs_label or cs
    ct = "text/%s; charset=%s" % (subtype, ('"%s"' % lab) if ctq else lab)
    if flowed:
        ct += "; format=flowed"
    ct += extra_ct
    h = [("Content-Type", ct)]
    if cte:
        h.append(("Content-Transfer-Encoding", cte))
    if extra:
        h += extra
    return Part(h, body)


def multi(subtype, parts, boundary, preamble=None, extra_ct="", extra=None, epilogue=b""):
    ct = 'multipart/%s;\n\tboundary="%s"%s' % (subtype, boundary, extra_ct)
    h = [("Content-Type", ct)]
    if extra:
        h += extra
    body = b""
    if preamble is not None:
        body += preamble.encode() + b"\n"
    for p in parts:
        body += b"\n--" + boundary.encode() + b"\n" + p.render()
    body += b"\n--" + boundary.encode() + b"--\n" + epilogue
    if preamble is None:
        body = body[1:]
    return Part(h, body)


def attach(data, ctype, filename, disposition="attachment", cid=None, name_param=True,
           extra=None, size=True, fn_enc=None, date=None):
    ct = ctype
    if name_param:
        ct += ';\n\tname="%s"' % (fn_enc or filename)
    h = [("Content-Type", ct)]
    h.append(("Content-Description", filename)) if ctype.startswith("image") and cid else None
    disp = '%s;\n\tfilename="%s"' % (disposition, fn_enc or filename)
    if size:
        disp += "; size=%d" % len(data)
    if date:
        disp += ';\n\tcreation-date="%s";\n\tmodification-date="%s"' % (date, date)
    h.append(("Content-Disposition", disp))
    if cid:
        h.append(("Content-ID", "<%s>" % cid))
    h.append(("Content-Transfer-Encoding", "base64"))
    if extra:
        h += extra
    return Part(h, b64(data))


def message(headers, part, crlf=False):
    raw = hdr_bytes(headers) + hdr_bytes(part.headers) + b"\n" + part.body
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw


# ---------------------------------------------------------------- binary things
def png(w, h, seed, style="error"):
    rng = random.Random(seed)
    rows = []
    for y in range(h):
        row = bytearray(b"\x00")
        for x in range(w):
            if y < h // 8:
                px = (0x5b, 0x2c, 0x8c)  # purple bar
            elif style == "error" and h // 3 < y < h // 2 and w // 5 < x < 4 * w // 5:
                px = (0xf8, 0xd7, 0xda)
            elif x < w // 6:
                px = (0xf2, 0xf2, 0xf5)
            elif (y % 9 == 0) and x % 7 < 5:
                px = (0xc8, 0xc8, 0xcc)
            else:
                px = (0xff, 0xff, 0xff)
            if rng.random() < 0.003:
                px = (0x99, 0x99, 0x99)
            row += bytes(px)
        rows.append(bytes(row))
    raw = b"".join(rows)

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def pdf(lines, title="Document"):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = "BT /F1 11 Tf 60 780 Td 14 TL\n" + "".join("(%s) '\n" % esc(l) for l in lines) + "ET\n"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length %d >>\nstream\n%sendstream" % (len(content.encode("latin-1")), content),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        "<< /Title (%s) /Producer (Microsoft: Print To PDF) >>" % esc(title),
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += ("%d 0 obj\n%s\nendobj\n" % (i, o)).encode("latin-1")
    xref = len(out)
    out += ("xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)).encode()
    for o in offs:
        out += ("%010d 00000 n \n" % o).encode()
    out += ("trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)).encode()
    return out


def tnef(seed, subject="", body=""):
    rng = random.Random(seed)
    out = struct.pack("<IH", 0x223E9F78, rng.randint(1, 65535))
    # attLevelMessage / attMessageClass
    def attr(level, tag, data):
        chk = sum(data) & 0xffff
        return struct.pack("<BII", level, tag, len(data)) + data + struct.pack("<H", chk)
    out += attr(1, 0x00089006, b"\x00\x00\x01\x00")
    out += attr(1, 0x00078008, b"IPM.Microsoft Mail.Note\x00")
    out += attr(1, 0x00018004, subject.encode("cp1252", "replace") + b"\x00")
    out += attr(1, 0x00069003, bytes(rng.getrandbits(8) for _ in range(180)) + body.encode("cp1252", "replace"))
    out += attr(1, 0x00069003, bytes(rng.getrandbits(8) for _ in range(300)))
    return out


def ics(method, uid, summary, start_utc, end_utc, organizer, attendee, partstat=None,
        location="Microsoft Teams Meeting", dtstamp=None, cn_org="", cn_att="", seq=0, desc=None):
    L = ["BEGIN:VCALENDAR", "METHOD:%s" % method, "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
         "BEGIN:VTIMEZONE", "TZID:UTC", "BEGIN:STANDARD", "DTSTART:16010101T000000", "TZOFFSETFROM:+0000",
         "TZOFFSETTO:+0000", "END:STANDARD", "END:VTIMEZONE", "BEGIN:VEVENT"]
    if method == "REPLY":
        L.append('ATTENDEE;PARTSTAT=%s;CN="%s":mailto:%s' % (partstat, cn_att, attendee))
        if desc:
            L.append("COMMENT;LANGUAGE=en-US:%s" % desc)
    else:
        L.append('ORGANIZER;CN="%s":mailto:%s' % (cn_org, organizer))
        L.append('ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="%s":mailto:%s' % (cn_att, attendee))
        if desc:
            L.append("DESCRIPTION;LANGUAGE=en-US:%s" % desc)
    L += ["UID:%s" % uid, "SUMMARY;LANGUAGE=en-US:%s" % summary,
          "DTSTART;TZID=UTC:%s" % start_utc, "DTEND;TZID=UTC:%s" % end_utc, "CLASS:PUBLIC",
          "PRIORITY:5", "DTSTAMP:%s" % (dtstamp or start_utc + "Z"), "TRANSP:OPAQUE", "STATUS:CONFIRMED",
          "SEQUENCE:%d" % seq, "LOCATION;LANGUAGE=en-US:%s" % location, "END:VEVENT", "END:VCALENDAR"]
    # fold long lines at 75 octets
    out = []
    for l in L:
        while len(l) > 75:
            out.append(l[:75])
            l = " " + l[75:]
        out.append(l)
    return ("\r\n".join(out) + "\r\n").encode("utf-8")


# ---------------------------------------------------------------- outlook html
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
	{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}
@font-face
	{font-family:Aptos;}
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
<body lang="%(lang)s" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
"""


def _e(s):
    return html.escape(s, quote=False)


def mso_paras(text_, style=None):
    out = []
    for line in text_.split("\n"):
        if line.strip() == "":
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        else:
            inner = _e(line)
            if style:
                inner = '<span style="%s">%s</span>' % (style, inner)
            out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % inner)
    return "\n".join(out)


def mso_html(body, sig=None, disclaimer=None, quote=None, lang="EN-GB", cs="windows-1252",
             font="Calibri", reply=True, extra_html=""):
    h = MSO_HEAD % dict(cs=cs, lang=lang, font=font, sty=18 if reply else 17,
                        kind="reply" if reply else "compose")
    h += mso_paras(body) + "\n"
    if sig:
        h += '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        first = True
        slines = sig.split("\n")
        if "" in slines and slines.index("") <= 2:
            k = slines.index("")
            for line in slines[:k]:
                h += '<p class="MsoNormal">%s<o:p></o:p></p>\n' % _e(line)
            slines = slines[k:]
        for line in slines:
            if line.strip() == "":
                h += '<p class="MsoNormal"><span style="font-size:9.0pt;color:#595959"><o:p>&nbsp;</o:p></span></p>\n'
            elif first:
                h += '<p class="MsoNormal"><b><span style="font-size:10.0pt;color:#1F3864">%s</span></b><o:p></o:p></p>\n' % _e(line)
                first = False
            else:
                h += '<p class="MsoNormal"><span style="font-size:9.0pt;color:#595959">%s</span><o:p></o:p></p>\n' % _e(line)
    if disclaimer:
        h += '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        for para in disclaimer.split("\n\n"):
            h += '<p class="MsoNormal"><span style="font-size:7.5pt;font-family:&quot;Arial&quot;,sans-serif;color:gray">%s<o:p></o:p></span></p>\n' % _e(para.replace("\n", " "))
    h += extra_html
    if quote:
        h += '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        h += '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        hl = []
        for k, v in quote["head"]:
            hl.append("<b>%s</b> %s" % (_e(k), _e(v)))
        h += '<p class="MsoNormal">%s<o:p></o:p></p>\n' % "<br>\n".join(hl)
        h += "</div>\n"
        h += '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        h += mso_paras(quote["text"]) + "\n"
    h += "</div>\n</body>\n</html>\n"
    return h


def outlook_quote_plain(quote):
    lines = ["%s %s" % (k, v) for k, v in quote["head"]]
    return "\n".join(lines) + "\n\n" + quote["text"]


def plain_from_parts(body, sig=None, disclaimer=None, quote=None, rule=True):
    s = body
    if sig:
        s += "\n\n" + sig
    if disclaimer:
        s += "\n\n" + disclaimer
    if quote:
        s += "\n\n" + ("________________________________\n" if rule else "") + outlook_quote_plain(quote)
    return s + "\n"


def gt_quote(text_):
    return "\n".join(("> " + l) if l else ">" for l in text_.split("\n"))


def simple_html(body, quote_html="", sig=None, div_dir=True):
    paras = []
    for line in body.split("\n"):
        paras.append("<div>%s</div>" % (_e(line) if line else "<br>"))
    h = '<div dir="ltr">' + "\n".join(paras)
    if sig:
        h += '<br clear="all"><div><br></div><span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature">' + "<br>".join(_e(l) for l in sig.split("\n")) + "</div>"
    h += "</div>\n" + quote_html
    return h


def gmail_quote_html(attr, text_):
    inner = "<br>\n".join(_e(l) for l in text_.split("\n"))
    return ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>\n') % (_e(attr), inner)


def rng_for(name):
    return random.Random(hashlib.sha256(name.encode()).hexdigest())


# ---------------------------------------------------------------- header presets
def outlook_hdrs(rng, frm, to, subj, d, mid, cc=None, lang="en-GB", refs=None, has_attach=False,
                 topic=None, msip=None, subj_raw=None, accept=None, date_pad=False):
    h = [("From", frm), ("To", to)]
    if cc:
        h.append(("CC", cc))
    h.append(("Subject", subj_raw if subj_raw is not None else subj))
    if topic is None:
        topic = subj
        for p in ("RE: ", "Re: ", "FW: ", "Fw: ", "AW: ", "WG: ", "RV: ", "TR: ", "ENC: ", "R: "):
            while topic.startswith(p):
                topic = topic[len(p):]
    h.append(("Thread-Topic", topic))
    h.append(("Thread-Index", thread_index(rng)))
    h.append(("Date", rfc_date(d, pad=date_pad)))
    if mid:
        h.append(("Message-ID", mid))
    if refs:
        h.append(("References", refs))
        h.append(("In-Reply-To", refs.split()[-1]))
    h.append(("Accept-Language", accept or ("%s, en-US" % lang if lang != "en-US" else "en-US")))
    h.append(("Content-Language", lang))
    h.append(("X-MS-Has-Attach", "yes" if has_attach else ""))
    h.append(("X-MS-TNEF-Correlator", ""))
    if msip:
        g = rnd_hex(rng, 8) + "-" + rnd_hex(rng, 4) + "-" + rnd_hex(rng, 4) + "-" + rnd_hex(rng, 4) + "-" + rnd_hex(rng, 12)
        h.append(("msip_labels", "MSIP_Label_%s_Enabled=True;\n MSIP_Label_%s_SiteId=%s;\n MSIP_Label_%s_SetDate=%s;\n MSIP_Label_%s_Name=%s;\n MSIP_Label_%s_ContentBits=0;\n MSIP_Label_%s_Method=Standard" % (
            g, g, rnd_hex(rng, 8) + "-" + rnd_hex(rng, 4) + "-4" + rnd_hex(rng, 3) + "-a" + rnd_hex(rng, 3) + "-" + rnd_hex(rng, 12),
            g, utc(d).strftime("%Y-%m-%dT%H:%M:%SZ"), g, msip, g, g)))
    return h


def lab(cat, actions, lang, fmt, article="", notes=""):
    return dict(category=cat, actions=actions, language=lang, format=fmt, article=article, notes=notes)


def latin1(s):
    for a, b in (("–", "-"), ("—", "-"), ("’", "'"), ("‘", "'"), ("“", '"'), ("”", '"'), ("„", '"'), ("•", "*"), ("…", "..."), ("€", "EUR")):
        s = s.replace(a, b)
    return s.encode("iso-8859-1")
