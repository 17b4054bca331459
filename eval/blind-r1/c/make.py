#!/usr/bin/env python3
"""Blind test set, batch c- : help-line mail for Larkspur Labs (GoodTime help line).

Writes c-001.eml .. c-100.eml and labels.csv into the folder this script lives in.
All bytes are assembled by hand so that encodings are exactly as intended.
"""
import base64
import csv
import datetime
import os
import quopri
import random
import struct
import uuid
import zlib
from zoneinfo import ZoneInfo

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(20260311)
HELP = "helpline@larkspur-labs.com"
DOM = "larkspur-labs.com"

TZ = {
    "austin": "America/Chicago", "london": "Europe/London", "dublin": "Europe/Dublin",
    "berlin": "Europe/Berlin", "madrid": "Europe/Madrid", "lyon": "Europe/Paris",
    "lisbon": "Europe/Lisbon", "utc": "UTC", "ny": "America/New_York",
    "sf": "America/Los_Angeles", "tokyo": "Asia/Tokyo", "mexico": "America/Mexico_City",
}
UTC = ZoneInfo("UTC")

PYCS = {"windows-1252": "cp1252", "iso-8859-1": "latin-1", "iso-8859-15": "iso8859_15",
        "utf-8": "utf-8", "us-ascii": "ascii"}


# --------------------------------------------------------------------------- basics
def when(mo, d, h, mi, city, s=None):
    return datetime.datetime(2026, mo, d, h, mi, R.randint(0, 59) if s is None else s,
                             tzinfo=ZoneInfo(TZ[city]))


def fdate(dt, style="std"):
    off = dt.strftime("%z")
    if style == "std":
        return dt.strftime("%a, %d %b %Y %H:%M:%S ") + off
    if style == "gmail":
        return f"{dt.strftime('%a')}, {dt.day} {dt.strftime('%b %Y %H:%M:%S')} {off}"
    if style == "nodow":
        return f"{dt.day} {dt.strftime('%b %Y %H:%M:%S')} {off}"
    if style == "comment":
        return dt.strftime("%a, %d %b %Y %H:%M:%S ") + off + f" ({dt.tzname()})"
    raise ValueError(style)


def hexs(n):
    return "".join(R.choice("0123456789ABCDEF") for _ in range(n))


def b64rand(n):
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(n))).decode()


def uid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def ms_host(region="nam"):
    if region == "nam":
        p = R.choice(["SA1PR11", "DM6PR11", "CH3PR11", "BL1PR11", "SN7PR11", "MW4PR11", "PH0PR11", "CY8PR11"])
        return f"{p}MB{R.randint(1000, 9999)}.namprd11.prod.outlook.com"
    p = R.choice(["DB9PR04", "AM6PR04", "PA4PR04", "AS8PR04", "DU0PR04", "VI1PR04", "GV1PR04"])
    return f"{p}MB{R.randint(1000, 9999)}.eurprd04.prod.outlook.com"


def mid(kind, domain=DOM):
    if kind == "outlook":
        h = ms_host(R.choice(["nam", "eur"]))
        return f"<{h.split('.')[0]}{hexs(24)}@{h.split('.prod')[0]}.prod.outlook.com>"
    if kind == "iphone":
        return f"<{uid().upper()}@{domain}>"
    if kind == "apple":
        return f"<{uid().upper()}@{domain}>"
    if kind == "gmail":
        al = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+="
        return "<CA" + "".join(R.choice(al) for _ in range(44)) + "@mail.gmail.com>"
    if kind == "tb":
        return f"<{uid()}@{domain}>"
    if kind == "plain":
        return f"<{R.randint(10**11, 10**12)}.{R.randint(1000, 99999)}@{domain}>"
    raise ValueError(kind)


def ipv6():
    return "2603:10b6:%x:%x::%x" % (R.randint(0x100, 0xfff), R.randint(0x10, 0x3ff), R.randint(1, 0x3f))


def rdate(dt, add):
    return fdate((dt + datetime.timedelta(seconds=add)).astimezone(UTC), "gmail").replace("+0000", "+0000")


# --------------------------------------------------------------------------- headers
def fold(name, value, width=76):
    """Fold a header value at spaces (value is str)."""
    words = value.split(" ")
    lines, cur = [], name + ":"
    for w in words:
        if len(cur) + 1 + len(w) > width and cur.strip() != name + ":":
            lines.append(cur)
            cur = " " + w
        else:
            cur += " " + w
    lines.append(cur)
    return "\n".join(lines)


def ew(text, charset="utf-8", enc="B", splits=None):
    """RFC 2047 encoded words. splits: list of character indices where to cut the text
    into separate encoded words (may be in the middle of a word)."""
    if splits is None:
        # like real mailers: keep each encoded word within 75 characters
        pieces, cur = [], ""
        for ch in text:
            if cur and len(_ew1(cur + ch, charset, enc)) > 75:
                pieces.append(cur)
                cur = ""
            cur += ch
        pieces.append(cur)
    else:
        cuts = [0] + splits + [len(text)]
        pieces = [text[cuts[i]:cuts[i + 1]] for i in range(len(cuts) - 1)]
    return " ".join(_ew1(p, charset, enc) for p in pieces)


def _ew1(p, charset, enc):
    out = []
    if True:
        raw = p.encode(PYCS[charset.lower()])
        if enc == "B":
            out.append(f"=?{charset}?B?{base64.b64encode(raw).decode()}?=")
        else:
            s = ""
            for b in raw:
                c = chr(b)
                if c == " ":
                    s += "_"
                elif c.isalnum() and b < 128:
                    s += c
                elif c in "!*+-/" and b < 128:
                    s += c
                else:
                    s += "=%02X" % b
            out.append(f"=?{charset}?Q?{s}?=")
    return out[0]


def auto_ew(text, charset="utf-8", enc="B", maxlen=40):
    """Split a text into encoded words of at most maxlen characters (cuts anywhere)."""
    splits = list(range(maxlen, len(text), maxlen))
    return ew(text, charset, enc, splits)


class Part:
    def __init__(self, headers, body):
        self.headers = headers  # list of (name, str|bytes)
        self.body = body        # bytes


def hline(name, value):
    if isinstance(value, bytes):
        return name.encode() + b": " + value
    if "\n" in value:
        return (name + ": " + value).encode("utf-8")
    if len(name) + len(value) + 2 > 78 and " " in value and name not in ("Received", "DKIM-Signature"):
        return fold(name, value).encode("utf-8")
    return (name + ": " + value).encode("utf-8")


def render_headers(headers):
    return b"\n".join(hline(n, v) for n, v in headers) + b"\n"


def render(part):
    return render_headers(part.headers) + b"\n" + part.body


def qp(b):
    return quopri.encodestring(b)


def b64(b, width=76):
    s = base64.b64encode(b)
    return b"\n".join(s[i:i + width] for i in range(0, len(s), width)) + b"\n"


def text_part(text, subtype="plain", charset="utf-8", cte="quoted-printable", params="", extra=None,
              quote_cs=True):
    errors = "xmlcharrefreplace" if subtype == "html" else "strict"
    raw = text.encode(PYCS[charset.lower()], errors=errors)
    if cte == "quoted-printable":
        body = qp(raw)
    elif cte == "base64":
        body = b64(raw)
    else:
        body = raw if raw.endswith(b"\n") else raw + b"\n"
    cs = f'"{charset}"' if quote_cs else charset
    h = [("Content-Type", f"text/{subtype}; charset={cs}{params}")]
    if cte:
        h.append(("Content-Transfer-Encoding", cte))
    return Part(h + (extra or []), body)


def multipart(subtype, parts, boundary=None, params="", preamble=None):
    boundary = boundary or ("----=_NextPart_000_%04X_%08X.%08X" % (R.getrandbits(16), R.getrandbits(32), R.getrandbits(32)))
    body = b""
    if preamble:
        body += preamble.encode() + b"\n\n"
    for p in parts:
        body += b"--" + boundary.encode() + b"\n" + render(p)
        if not body.endswith(b"\n"):
            body += b"\n"
        body += b"\n"
    body += b"--" + boundary.encode() + b"--\n"
    return Part([("Content-Type", f'multipart/{subtype};\n\tboundary="{boundary}"{params}')], body)


def attach(filename, ctype, data, inline=False, cid=None, extra=None, fname_hdr=None, name_param=None):
    disp = "inline" if inline else "attachment"
    fh = fname_hdr or f'filename="{filename}"'
    h = [("Content-Type", f'{ctype}; name="{name_param or filename}"'),
         ("Content-Description", name_param or filename),
         ("Content-Disposition", f"{disp}; {fh}; size={len(data)}"),
         ("Content-Transfer-Encoding", "base64")]
    if cid:
        h.insert(3, ("Content-ID", f"<{cid}>"))
    return Part(h + (extra or []), b64(data))


# ------------------------------------------------------------------ binary payloads
def png(w=320, h=180, seed=1, banner=(220, 53, 69), title="GoodTime"):
    rnd = random.Random(seed)
    rows = []
    boxes = [(rnd.randint(20, 200), rnd.randint(50, 140), rnd.randint(40, 110), rnd.randint(10, 28)) for _ in range(6)]
    for y in range(h):
        row = bytearray(b"\x00")
        for x in range(w):
            if y < 22:
                px = (92, 45, 145)           # purple header bar
            elif 28 <= y < 42 and 10 <= x < w - 10:
                px = banner                  # error / info banner
            elif x > w - 26 and y > h - 26 and (x - (w - 13)) ** 2 + (y - (h - 13)) ** 2 < 100:
                px = (128, 58, 196)          # chat bubble
            else:
                px = (248, 248, 250)
                for bx, by, bw, bh in boxes:
                    if bx <= x < bx + bw and by <= y < by + bh:
                        px = (214, 218, 226)
            row += bytes(px)
        rows.append(bytes(row))
    raw = b"".join(rows)

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"tEXt", b"Software\x00Snipping Tool")
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def pdf(lines, title="Document"):
    content = "BT /F1 12 Tf 60 780 Td 16 TL\n"
    for ln in lines:
        safe = ln.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        content += f"({safe}) Tj T*\n"
    content += "ET\n"
    cb = content.encode("latin-1", "replace")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(cb)).encode() + b" >>\nstream\n" + cb + b"endstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Title (" + title.encode("latin-1", "replace") + b") /Producer (Microsoft: Print To PDF) >>",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
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


def winmail():
    data = bytearray(b"\x78\x9f\x3e\x22")
    data += struct.pack("<H", R.getrandbits(16))
    data += b"\x01\x06\x90\x08\x00\x04\x00\x00\x00\x00\x00\x01\x00\x01\x00\x01\x07\x90\x06\x00\x08\x00\x00\x00"
    data += "IPM.Microsoft Mail.Note\x00".encode()
    data += bytes(R.getrandbits(8) for _ in range(700))
    data += b"{\\rtf1\\ansi\\ansicpg1252\\fromhtml1 \\deff0{\\fonttbl{\\f0\\fswiss Calibri;}}"
    data += bytes(R.getrandbits(8) for _ in range(300))
    return bytes(data)


def ics(method, summary, start_utc, end_utc, organizer, attendees, uid_=None, location="",
        description="", partstat=None, replier=None, tzid=None):
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
             "VERSION:2.0", f"METHOD:{method}", "BEGIN:VEVENT"]
    if method == "REPLY":
        lines.append(f"ATTENDEE;PARTSTAT={partstat};CN={replier[0]}:mailto:{replier[1]}")
    else:
        for cn, em in attendees:
            lines.append(f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={cn}:mailto:{em}")
    lines += [
        f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}",
        f"DTSTART:{start_utc:%Y%m%dT%H%M%SZ}",
        f"DTEND:{end_utc:%Y%m%dT%H%M%SZ}",
        f"DTSTAMP:{start_utc - datetime.timedelta(days=2):%Y%m%dT%H%M%SZ}",
        f"UID:{uid_ or ('040000008200E00074C5B7101A82E008' + hexs(40))}",
        f"SUMMARY:{summary}",
        f"LOCATION:{location}",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
    ]
    if description:
        lines.append("DESCRIPTION:" + description.replace("\n", "\\n"))
    lines += ["END:VEVENT", "END:VCALENDAR"]
    # fold ical lines at 75 octets
    out = []
    for ln in lines:
        while len(ln) > 75:
            out.append(ln[:75])
            ln = " " + ln[75:]
        out.append(ln)
    return ("\r\n".join(out) + "\r\n").encode("utf-8")


# ------------------------------------------------------------------ transport headers
def dkim(domain, selector, hdrs="From:To:Subject:Date:Message-ID:Content-Type:MIME-Version"):
    return ("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed; d={domain};\n s={selector};"
            f"\n h={hdrs};\n bh={b64rand(32)};\n b={b64rand(96)[:76]}\n {b64rand(96)[:76]}\n {b64rand(60)}")


def arc(mailfrom_dom, hdr_from_dom, ip):
    return [
        ("ARC-Seal", f"i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b={b64rand(96)[:76]}\n {b64rand(96)[:76]}\n {b64rand(80)}"),
        ("ARC-Message-Signature", "i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector10001;\n"
         " h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\n"
         f" bh={b64rand(32)};\n b={b64rand(96)[:76]}\n {b64rand(96)[:76]}\n {b64rand(80)}"),
        ("ARC-Authentication-Results", f"i=1; mx.microsoft.com 1; spf=pass (sender ip is\n {ip}) smtp.rcpttodomain={DOM} smtp.mailfrom={mailfrom_dom};\n"
         f" dmarc=pass (p=reject sp=reject pct=100) action=none header.from={hdr_from_dom};\n"
         f" dkim=pass (signature was verified) header.d={hdr_from_dom}; arc=none"),
    ]


def auth_results(mailfrom_dom, hdr_from_dom, ip, spf="pass", dk="pass", dm="pass", comp="pass reason=100"):
    return ("Authentication-Results", f"spf={spf} (sender IP is {ip})\n smtp.mailfrom={mailfrom_dom}; dkim={dk} (signature was verified)\n"
            f" header.d={hdr_from_dom};dmarc={dm} action=none\n header.from={hdr_from_dom};compauth={comp}")


def transport(kind, dt, n=None, src_dom=None, hdr_dom=None, src_host=None, src_ip=None, dk_sel=None):
    """Return a list of (name, value) headers: Received chain + auth headers.
    kind: internal | internal_long | google | external_ms | esp | postfix"""
    hs = []
    mbx = ms_host("nam")
    t = 0
    chain = []  # built from first hop (origin) to last hop, then reversed

    if kind in ("internal", "internal_long"):
        region = R.choice(["nam", "eur"])
        origin = ms_host(region)
        chain.append(f"from {origin} ([fe80::{R.randint(0x1000, 0xffff):x}:{R.randint(0x1000, 0xffff):x}:{R.randint(0x1000, 0xffff):x}:{R.randint(0x1000, 0xffff):x}%5]) by\n {origin} ([fe80::{R.randint(0x1000, 0xffff):x}:{R.randint(0x1000, 0xffff):x}%5]) with mapi id 15.20.{R.randint(8000, 9200)}.{R.randint(10, 40)}; {rdate(dt, 0)}")
        hop = origin
        extra = 1 if kind == "internal" else (n or 6) - 2
        for i in range(extra):
            nxt = ms_host("nam") if i == extra - 1 else (R.choice(["BN9PR03CA", "MW4PR04CA", "DM6PR07CA", "SJ0PR13CA"]) + "%04d.namprd03.prod.outlook.com" % R.randint(1, 9999))
            chain.append(f"from {hop} ({ipv6()}) by\n {nxt} ({ipv6()}) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{R.randint(8000, 9200)}.{R.randint(10, 40)}; {rdate(dt, i + 1)}")
            hop = nxt
        chain.append(f"from {hop} ({ipv6()}) by\n {mbx} with HTTPS; {rdate(dt, extra + 2)}")
        hs = [("Received", c) for c in reversed(chain)]
        if kind == "internal_long":
            hs.append(dkim("larkspurlabs.onmicrosoft.com", "selector2-larkspurlabs-onmicrosoft-com",
                           "From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck"))
        return hs

    # external sources
    n = n or R.randint(6, 9)
    ip = src_ip or "%d.%d.%d.%d" % (R.choice([40, 52, 209, 198, 149, 167]), R.randint(1, 250), R.randint(1, 250), R.randint(1, 250))
    if kind == "google":
        host = src_host or f"mail-{R.choice(['wr1', 'ej1', 'lf1', 'pj1', 'qt1'])}-f{R.randint(41, 99)}.google.com"
        chain.append(f"by 2002:a05:{R.randint(6000, 7999)}:{R.randint(100, 999):x}:b0:{R.randint(0x100, 0xfff):x}:{R.randint(0x100, 0xfff):x} with SMTP id {hexs(10).lower()}csp{R.randint(100000, 999999)};\n        {rdate(dt, 0)}")
        chain.append(f"by {host} with SMTP id {hexs(16).lower()}.{R.randint(1, 9)}\n        for <{HELP}>; {fdate(dt + datetime.timedelta(seconds=1), 'gmail')}")
        src_dom = src_dom or "gmail.com"
        dk_sel = dk_sel or "20230601"
    elif kind == "external_ms":
        ohost = ms_host("eur")
        host = src_host or f"{R.choice(['EUR05', 'EUR03', 'EUR02', 'NAM12', 'NAM10'])}-{R.choice(['VI1', 'DB8', 'AM0', 'BN8', 'CO1'])}-obe.outbound.protection.outlook.com"
        chain.append(f"from {ohost} ([fe80::{R.randint(0x1000, 0xffff):x}:{R.randint(0x1000, 0xffff):x}%6]) by\n {ohost} ([fe80::{R.randint(0x1000, 0xffff):x}:{R.randint(0x1000, 0xffff):x}%6]) with mapi id 15.20.{R.randint(8000, 9200)}.{R.randint(10, 40)}; {rdate(dt, 0)}")
        dk_sel = dk_sel or "selector1"
    elif kind == "esp":
        host = src_host or f"o{R.randint(1, 9)}.ptr{R.randint(1000, 9999)}.{src_dom}"
        chain.append(f"by filterdrecv-{R.randint(5, 9)}{hexs(9).lower()}-{hexs(5).lower()} with SMTP id filterdrecv-{hexs(8).lower()}\n        {fdate(dt.astimezone(UTC), 'std')} (UTC)")
        dk_sel = dk_sel or "s1"
    else:  # postfix
        host = src_host or f"mail.{src_dom}"
        chain.append(f"by {host} (Postfix)\n\tid {hexs(10)}; {fdate(dt, 'std')}")
        dk_sel = dk_sel or "default"
    hdr_dom = hdr_dom or src_dom
    # Larkspur edge: Proofpoint in front of Exchange Online
    pp = f"mx0{R.choice('ab')}-0054{R.randint(1000, 9999)}.pphosted.com"
    chain.append(f"from {host} ({host} [{ip}])\n\tby {pp} (PPS) with ESMTPS id 6{hexs(9)}-{R.randint(1, 9)}\n\t(version=TLSv1.3 cipher=TLS_AES_256_GCM_SHA384 bits=256 verify=NOT)\n\tfor <{HELP}>; {fdate(dt + datetime.timedelta(seconds=2), 'std')}")
    chain.append(f"from pps.filterd ({pp.split('.')[0]}.pphosted.com [127.0.0.1])\n\tby {pp} (8.18.1.2/8.18.1.2) with ESMTP id 6{hexs(9)};\n\t{fdate(dt + datetime.timedelta(seconds=3), 'std')}")
    edge = f"{R.choice(['CO1PEPF', 'BN2PEPF', 'SN1PEPF', 'DS2PEPF'])}0000{R.randint(10, 99)}{R.choice('ABCDEF')}{R.randint(1, 9)}.namprd{R.choice(['05', '21', '02'])}.prod.outlook.com"
    pip = "148.163.%d.%d" % (R.randint(130, 159), R.randint(1, 250))
    chain.append(f"from {pp.split('.')[0]}.pphosted.com ({pip}) by\n {edge} (10.167.{R.randint(200, 250)}.{R.randint(1, 250)}) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.{R.randint(8000, 9200)}.{R.randint(10, 40)} via Frontend Transport; {rdate(dt, 4)}")
    while len(chain) < n - 1:
        ca = f"{R.choice(['BN9PR03CA', 'MW4PR04CA', 'CH0PR03CA', 'SJ0PR13CA'])}{R.randint(1, 9999):04d}.namprd03.prod.outlook.com"
        chain.append(f"from {edge} ({ipv6()}) by\n {ca} ({ipv6()}) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.{R.randint(8000, 9200)}.{R.randint(10, 40)}; {rdate(dt, 5)}")
        edge = ca
    chain.append(f"from {edge} ({ipv6()})\n by {mbx} with HTTPS; {rdate(dt, 6)}")
    hs = [("Received", c) for c in reversed(chain)]
    hs += arc(src_dom, hdr_dom, pip)
    hs.append(auth_results(src_dom, hdr_dom, pip))
    hs.append(dkim(hdr_dom, dk_sel))
    return hs


# ------------------------------------------------------------------ client bodies
def esc(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))


OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={cs}">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
\t{{font-family:"Cambria Math";
\tpanose-1:2 4 5 3 5 4 6 3 2 4;}}
@font-face
\t{{font-family:Calibri;
\tpanose-1:2 15 5 2 2 2 4 3 2 4;}}
@font-face
\t{{font-family:Aptos;}}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
\t{{margin:0cm;
\tfont-size:11.0pt;
\tfont-family:"{font}",sans-serif;
\tmso-ligatures:standardcontextual;
\tmso-fareast-language:EN-US;}}
a:link, span.MsoHyperlink
\t{{mso-style-priority:99;
\tcolor:#0563C1;
\ttext-decoration:underline;}}
span.EmailStyle17
\t{{mso-style-type:personal-compose;
\tfont-family:"{font}",sans-serif;
\tcolor:windowtext;}}
.MsoChpDefault
\t{{mso-style-type:export-only;
\tfont-size:10.0pt;
\tmso-ligatures:none;}}
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
<body lang="{lang}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
"""

HDR_LABELS = ("From:", "Sent:", "To:", "Cc:", "Subject:", "Von:", "Gesendet:", "An:", "Betreff:",
              "De :", "Envoyé :", "À :", "Objet :", "Cc :", "De:", "Enviado:", "Para:", "Asunto:",
              "Assunto:", "Enviada:", "Date:", "Datum:", "Fecha:", "Data:")


def outlook_html(text, cs="windows-1252", lang="EN-US", font="Calibri", sig_color="#1F3864"):
    """Convert plain text into Outlook (Word) HTML. Lines:
       '---QUOTE---' starts an Outlook quoted header block (border-top div),
       lines starting with '|sig|' are rendered small and coloured (signature/disclaimer)."""
    h = OUTLOOK_HEAD.format(cs=cs, lang=lang, font=font)
    inq = False
    for ln in text.split("\n"):
        if ln == "---QUOTE---":
            h += ('<div>\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n')
            inq = True
            continue
        if ln == "---ORIG---":
            h += '<p class="MsoNormal">-----Original Message-----<o:p></o:p></p>\n'
            inq = True
            continue
        if ln.startswith("|sig|"):
            s = ln[5:]
            if not s.strip():
                h += '<p class="MsoNormal"><span style="font-size:8.0pt"><o:p>&nbsp;</o:p></span></p>\n'
            else:
                h += (f'<p class="MsoNormal"><span style="font-size:9.0pt;color:{sig_color}">{esc(s)}'
                      '<o:p></o:p></span></p>\n')
            continue
        if not ln.strip():
            h += '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
            if inq:
                h += "</div>\n</div>\n" if False else ""
            continue
        lab = next((l for l in HDR_LABELS if ln.startswith(l)), None)
        if inq and lab:
            h += f'<p class="MsoNormal"><b>{esc(lab)}</b>{esc(ln[len(lab):])}<o:p></o:p></p>\n'
        else:
            h += f'<p class="MsoNormal">{esc(ln)}<o:p></o:p></p>\n'
    if inq:
        h += "</div>\n</div>\n"
    h += "</div>\n</body>\n</html>\n"
    return h


def outlook_plain(text):
    out = []
    for ln in text.split("\n"):
        if ln == "---QUOTE---":
            out.append("")
            out.append("From: " if False else "________________________________")
            continue
        if ln == "---ORIG---":
            out.append("-----Original Message-----")
            continue
        if ln.startswith("|sig|"):
            out.append(ln[5:])
            continue
        out.append(ln)
    return "\n".join(out)


def gmail_html(text, quote_attr=None, quoted=None):
    def lines(t):
        o = ""
        for ln in t.split("\n"):
            o += (f"<div>{esc(ln)}</div>" if ln.strip() else "<div><br></div>")
        return o
    h = f'<div dir="ltr">{lines(text)}</div><br>'
    if quote_attr:
        h += (f'<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">{esc(quote_attr)}<br></div>'
              '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
              f'{lines(quoted)}</blockquote></div>')
    return h + "\n"


def apple_html(text):
    body = ""
    for ln in text.split("\n"):
        body += (f"<div>{esc(ln)}</div>" if ln.strip() else "<div><br></div>")
    return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
            + body + "</body></html>\n")


def quote_gt(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


# ------------------------------------------------------------------ message assembly
MESSAGES = []


def msg(key, labels, headers, part, crlf=True):
    """headers: list of (name, value) (top part); part: Part (its headers go after)."""
    raw = render_headers(headers + [("MIME-Version", "1.0")] if not any(n.lower() == "mime-version" for n, _ in headers) else headers)
    raw += render(part)
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    MESSAGES.append((key, labels, raw))


def L(cat, actions, article, lang, fmt, notes=""):
    return dict(category=cat, actions=actions, article=article, language=lang, format=fmt, notes=notes)


def person(name, addr=None, raw=False):
    if addr is None:
        addr = name.lower().replace(" ", ".").replace("'", "") + "@" + DOM
    return f"{name} <{addr}>"


TO_HELP = [f"GoodTime Help Line <{HELP}>", HELP, f"\"GoodTime Help Line\" <{HELP}>", f"Helpline <{HELP}>",
           f"GoodTime Helpline <{HELP}>"]


def to_help():
    return R.choice(TO_HELP)


def outlook_extra(subject, lang="en-US", attach=False, tnef=False):
    return [("Thread-Topic", subject), ("Thread-Index", b64rand(22)[:30]),
            ("Accept-Language", lang if lang == "en-US" else f"{lang}, en-US"), ("Content-Language", lang),
            ("X-MS-Has-Attach", "yes" if attach else ""),
            ("X-MS-TNEF-Correlator", ("<" + hexs(8) + ">") if tnef else ""),
            ("x-ms-publictraffictype", "Email"),
            ("msip_labels", "")]



def build(key, labels, *, frm, subject, dt, part, to=None, cc=None, trans="internal", tkw=None,
          mid_="outlook", date_style="std", pre=None, post=None, reply_to=None, inreply=None,
          mime="1.0", crlf=True, thread=None, date_hdr=None):
    hs = []
    if trans:
        hs += transport(trans, dt, **(tkw or {}))
    hs += pre or []
    hs.append(("From", frm))
    hs.append(("To", to or to_help()))
    if cc:
        hs.append(("Cc", cc))
    if reply_to:
        hs.append(("Reply-To", reply_to))
    hs.append(("Subject", subject))
    if thread is not None:
        hs += thread
    hs.append(("Date", date_hdr or fdate(dt, date_style)))
    if mid_:
        m = mid(mid_) if mid_ in ("outlook", "iphone", "apple", "gmail", "tb", "plain") else mid_
        hs.append(("Message-ID", m))
    if inreply:
        hs.append(("In-Reply-To", inreply))
        hs.append(("References", inreply))
    hs += post or []
    hs.append(("MIME-Version", mime))
    msg(key, labels, hs, part, crlf=crlf)


def outlook_html_part(text, cs="windows-1252", lang="EN-US", cte="quoted-printable", atts=None, font="Calibri"):
    p = text_part(outlook_html(text, cs=cs, lang=lang, font=font), "html", cs, cte)
    if atts:
        return multipart("mixed", [p] + atts, boundary=f"_004_{hexs(40)}_")
    return p


def outlook_alt_part(text, cs="windows-1252", lang="EN-US", cte="quoted-printable", atts=None, plain_cte=None,
                     font="Calibri"):
    b = hexs(40)
    alt = multipart("alternative", [text_part(outlook_plain(text), "plain", cs, plain_cte or cte),
                                    text_part(outlook_html(text, cs=cs, lang=lang, font=font), "html", cs, cte)],
                    boundary=f"_000_{b}_")
    if atts:
        return multipart("mixed", [alt] + atts, boundary=f"_004_{b}_")
    return alt


def iphone_part(text, cte="quoted-printable", cs="utf-8"):
    return text_part(text, "plain", cs, cte, quote_cs=False)


IPHONE_POST = [("X-Mailer", "iPhone Mail (22D82)")]


def gmail_part(text, quote_attr=None, quoted=None, cte_plain="quoted-printable", cte_html="quoted-printable",
               atts=None, cs="UTF-8"):
    plain = text
    if quote_attr:
        plain += "\n\n" + quote_attr + "\n\n" + quote_gt(quoted) + "\n"
    b = "000000000000" + hexs(12).lower()
    alt = multipart("alternative", [text_part(plain, "plain", cs, cte_plain, quote_cs=False),
                                    text_part(gmail_html(text, quote_attr, quoted), "html", cs, cte_html, quote_cs=False)],
                    boundary=b)
    if atts:
        return multipart("mixed", [alt] + atts, boundary="000000000000" + hexs(12).lower())
    return alt


def apple_part(text, atts=None, cte="quoted-printable"):
    b = f"Apple-Mail={uid().upper()}"
    alt = multipart("alternative", [text_part(text, "plain", "utf-8", cte, quote_cs=False),
                                    text_part(apple_html(text), "html", "utf-8", cte, quote_cs=False)],
                    boundary=b)
    if atts:
        return multipart("mixed", [alt] + atts, boundary=f"Apple-Mail={uid().upper()}")
    return alt


APPLE_POST = [("X-Mailer", "Apple Mail (2.3826.400.131.1.6)")]
TB_UA = ("User-Agent", "Mozilla Thunderbird")
TB_UA_WIN = ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.7.1")


def tb_part(text, cs="UTF-8", cte="8bit"):
    return text_part(text, "plain", cs, cte, params="; format=flowed", quote_cs=False)


def outlook_ios_part(text):
    b = "_000_" + hexs(40) + "_"
    return multipart("alternative", [
        text_part(text + "\n\nGet Outlook for iOS<https://aka.ms/o0ukef>\n", "plain", "us-ascii" if all(ord(c) < 128 for c in text) else "utf-8", "quoted-printable"),
        text_part('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
                  + "".join(f'<div dir="auto">{esc(l) if l.strip() else "<br>"}</div>' for l in text.split("\n"))
                  + '<div dir="auto"><br></div><div class="ms-outlook-mobile-signature">Get <a href="https://aka.ms/o0ukef">Outlook for iOS</a></div></body></html>\n',
                  "html", "utf-8", "quoted-printable")], boundary=b)


# ------------------------------------------------------------------ signatures
DISCLAIMER_UK = ("|sig|\n"
                 "|sig|CONFIDENTIALITY NOTICE: This e-mail and any attachments are CONFIDENTIAL and may be legally privileged. "
                 "If you are not the intended recipient, please notify the sender IMMEDIATELY by return e-mail and delete it from your system. "
                 "Any unauthorised use, disclosure or copying is strictly prohibited. If you received this message in error, please do not act on it. "
                 "E-mail transmission cannot be guaranteed to be secure or error-free. Larkspur Labs Ltd is registered in England and Wales "
                 "(No. 09812734), registered office 1 Finsbury Avenue, London EC2M 2PF.")
DISCLAIMER_US = ("|sig|\n"
                 "|sig|This message (including any attachments) is intended only for the named recipient(s) and may contain CONFIDENTIAL "
                 "and proprietary information of Larkspur Labs, Inc. If you have received it in error, notify the sender immediately and "
                 "delete all copies. URGENT: Larkspur Labs will never ask you to confirm a password or payment details by e-mail.")
DISCLAIMER_IE = ("|sig|\n"
                 "|sig|Larkspur Labs Ireland Limited, registered in Ireland No. 612784, 2 Grand Canal Square, Dublin 2, D02 A342. "
                 "This e-mail is CONFIDENTIAL. If you are not the addressee you may not copy, forward, disclose or use any part of it. "
                 "If you have received this message in error, please delete it and notify the sender immediately.")


# =========================================================================================
# QUESTIONS answered by an article
# =========================================================================================

# -- support-hours, without the word "hours" (campus, iPhone, night)
dt = when(3, 5, 21, 47, "austin")
build("q-en-support-hours", L("question", "auto_reply", "support-hours", "en",
      "iphone;qp;mobile-sig;lowercase;no-word-hours", "is anyone at GoodTime around on a Saturday night"),
      frm=person("Marcus Bell"), subject="weekend??", dt=dt,
      part=iphone_part("hey - we have superday prep this sat and some of the panels run late into the evening. "
                       "if goodtime acts up at like 9pm saturday is there actually anybody on the goodtime side who "
                       "will answer, or am i stuck til monday morning?\n\nSent from my iPhone\n"),
      mid_="iphone", mime="1.0 (1.0)", post=IPHONE_POST)

# -- contact-csm without the letters CSM (EA, Outlook HTML only, long sig + disclaimer, long Received chain)
dt = when(2, 17, 9, 12, "london")
txt = """Good morning,

I hope this finds you well.

Our Chief Financial Officer, Mr Alistair Reeve, has asked me to arrange a conversation with whoever at GoodTime looks after Larkspur as a customer. He would like to talk through how the finance leadership hiring is being organised ahead of the third quarter, as we will be running four senior searches in parallel and he is keen to avoid the difficulties we had last autumn.

I understand there is a named person on the GoodTime side who is assigned to our account, but I am afraid I do not have their details and my predecessor's handover notes do not mention them. Could you kindly let me know how I can get in touch with this person and, ideally, put something in their diary directly?

Many thanks in advance for your help.

Kind regards,

Beatrice

|sig|Beatrice Holloway
|sig|Executive Assistant to the Chief Financial Officer
|sig|Larkspur Labs | 1 Finsbury Avenue | London EC2M 2PF
|sig|T: +44 20 7946 0321 | M: +44 7700 900 418
|sig|beatrice.holloway@larkspur-labs.com | www.larkspur-labs.com
|sig|Please consider the environment before printing this e-mail.
""" + DISCLAIMER_UK
subj = "Contact at GoodTime for our account"
build("q-en-contact-csm-nocsm", L("question", "auto_reply", "contact-csm", "en",
      "outlook-html-only;qp;cp1252;long-signature;disclaimer;received-chain;dkim;no-letters-csm",
      "who looks after our account at GoodTime, how to book time"),
      frm=person("Beatrice Holloway"), subject=subj, dt=dt,
      part=outlook_html_part(txt, lang="EN-GB"), trans="internal_long", tkw=dict(n=7),
      thread=outlook_extra(subj, "en-GB"))

# -- self-scheduling link, terse one-liner (campus, iPhone)
dt = when(2, 9, 7, 12, "austin")
build("q-en-selfsched", L("question", "auto_reply", "self-scheduling-link", "en",
      "iphone;7bit;one-liner;mobile-sig", "let candidates pick their own phone screen slot"),
      frm=person("Brianna Kowalski"), subject="quick q", dt=dt,
      part=iphone_part("how do i send a candidate a link so they can just pick their own phone screen time?? "
                       "doing like 30 of these this week\n\nSent from my iPhone\n", cte="7bit"),
      mid_="iphone", mime="1.0 (1.0)", post=IPHONE_POST)

# -- panel interviews, rambling EA, question in third paragraph (Outlook multipart/alternative)
dt = when(1, 27, 16, 41, "austin")
txt = """Hi team,

Thank you again for sorting out Rajiv's calendar permissions last week - everything has been working beautifully since, and he asked me to pass on his thanks as well. I know it took a few back-and-forths with IT, so I really do appreciate the patience.

A bit of context for my actual question: we are now at the final stage of the Director of Platform Engineering search and have four finalists. Two of them are local, one is flying in from Denver and one from Toronto, so we are trying to get all four days done in the week of February 9th. Rajiv is travelling to London on the 12th, which narrows things down even further.

What I am not sure about is how to set up the day itself in GoodTime. Rajiv would like each finalist to meet him together with two of his directors in one sitting, and then have three separate one-to-one conversations afterwards with a short break for lunch in between. Do I build that as one interview or as several, and can GoodTime work out an order that fits everyone's diaries, or do I need to piece it together by hand like I did last time? If it helps, the directors all have their calendars connected.

I'm also happy to jump on a quick Teams call if that's easier than e-mail - I'm free most of tomorrow afternoon.

Best regards,
Margaret

|sig|Margaret Lindqvist
|sig|Executive Assistant to Rajiv Menon, VP Engineering
|sig|Larkspur Labs | 600 Congress Avenue, Suite 1400 | Austin, TX 78701
|sig|T: +1 512 555 0143 | M: +1 512 555 0178
|sig|Working hours: 8:00 am - 5:00 pm CT, Monday to Friday
""" + DISCLAIMER_US
subj = "Director of Platform Engineering finalists - setting up the day"
build("q-en-panel", L("question", "auto_reply", "panel-interviews", "en",
      "outlook-multipart-alternative;qp;cp1252;rambling;question-in-third-paragraph;long-signature;disclaimer",
      "joint session plus three 1:1s with lunch break"),
      frm=person("Margaret Lindqvist"), subject=subj, dt=dt,
      part=outlook_alt_part(txt), thread=outlook_extra(subj))

# -- debrief scheduling, reply on top of an unrelated Outlook thread (HTML only)
dt = when(3, 3, 14, 6, "london")
txt = """Hello again,

Slightly different topic from the one below, but I didn't want to start a new thread and lose the context.

After the VP Product finalists' onsites next week, Nadia would like the interviewers and herself to get together and compare notes on each candidate, ideally the same afternoon. How do I set that up through GoodTime without the candidate being sent anything? When I did this by hand in January an invitation very nearly went out to the candidate, which would have been rather awkward.

Thank you,
Eleanor

|sig|Eleanor Whitfield
|sig|Senior Executive Assistant to Nadia Karimi, Chief Product Officer
|sig|Larkspur Labs | London
|sig|+44 20 7946 0877
---QUOTE---
From: GoodTime Help Line <helpline@larkspur-labs.com>
Sent: 24 February 2026 11:52
To: Eleanor Whitfield <eleanor.whitfield@larkspur-labs.com>
Subject: RE: Room for the product leadership offsite

Hi Eleanor,

The offsite is not something GoodTime handles, I'm afraid - it only books rooms for interviews. For the leadership offsite on 10 March please raise it with Workplace via the facilities portal; they look after the 6th floor event space in Shoreditch.

Best,
Helpline
"""
subj = "RE: Room for the product leadership offsite"
build("q-en-debrief", L("question", "auto_reply", "debrief-scheduling", "en",
      "outlook-html-only;qp;cp1252;reply-outlook-block;quoted-thread-other-topic",
      "interviewers compare notes, candidate must not get anything"),
      frm=person("Eleanor Whitfield"), subject=subj, dt=dt,
      part=outlook_html_part(txt, lang="EN-GB", font="Aptos"),
      thread=outlook_extra(subj, "en-GB"), inreply=mid("outlook"))

# -- chat bubble, Outlook for iOS, reply with '>' quoting
dt = when(2, 24, 17, 55, "dublin")
quoted = """Hi all,

Thanks for joining today's GoodTime drop-in. The slides are attached and the recording will be on the recruiting wiki by Friday.

GoodTime Help Line"""
txt = """Thanks for the slides. One thing I didn't catch during the session - someone mentioned there's a way to message the GoodTime people directly from inside the tool, like a little pop-up window? I had a look around the dashboard on my laptop and couldn't see anything. Where's it supposed to be?

Jake"""
body = txt + "\n\n________________________________\nFrom: GoodTime Help Line <helpline@larkspur-labs.com>\nSent: Tuesday, February 24, 2026 3:10:22 PM\nTo: EMEA Recruiting <emea-recruiting@larkspur-labs.com>\nSubject: GoodTime drop-in session - slides\n\n" + quoted
build("q-en-chat", L("question", "auto_reply", "chat-bubble", "en",
      "outlook-ios;multipart-alternative;qp;reply-outlook-block;quoted-thread-other-topic",
      "message GoodTime from inside the tool - where is it"),
      frm=person("Jake Fernandes"), subject="Re: GoodTime drop-in session - slides", dt=dt,
      part=outlook_ios_part(body), inreply=mid("outlook"))

# -- FORM MAILER question (room booking)
dt = when(3, 10, 13, 21, "london")
txt = """A new response has been submitted to: GoodTime Help Request

-----------------------------------------------------------
Submitted by:   Oliver Grant
Email:          oliver.grant@larkspur-labs.com
Office:         London - Shoreditch
Role:           Recruiting Coordinator
Request type:   How do I...?
Priority:       Normal
-----------------------------------------------------------

Details:
For in-person final rounds GoodTime keeps offering me rooms in the Soho
office and never the Shoreditch ones, even though the candidate and all
the interviewers are in Shoreditch. The 4th floor rooms (Thames, Fleet,
Walbrook) don't seem to show up at all. How do I get GoodTime to look at
the right building when it books a room?

-----------------------------------------------------------
This message was sent automatically by Larkspur Forms. Replies to this
address are not monitored. Submission ID: 7f3c21a9-55e0-4d2b-9a41-0b8e6c1d2f77
"""
build("q-en-form-room", L("question", "forward_support|needs_review", "room-booking", "en",
      "form-mailer;auto-submitted;x-auto-response-suppress;noreply-from;7bit",
      "web form: rooms from the wrong office"),
      frm="Larkspur Forms <no-reply@forms.larkspur-labs.com>", subject="[GoodTime Help Request] New submission from Oliver Grant",
      dt=dt, part=text_part(txt, "plain", "us-ascii", "7bit"), trans="esp",
      tkw=dict(src_dom="forms.larkspur-labs.com", hdr_dom="forms.larkspur-labs.com", n=6),
      reply_to="oliver.grant@larkspur-labs.com", mid_="1773148893.51234.formsvc@forms.larkspur-labs.com", crlf=False,
      pre=[("Return-Path", "<bounces+2931847@forms.larkspur-labs.com>")],
      post=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
            ("Precedence", "bulk"), ("X-Mailer", "Larkspur Forms (formsvc 4.12.0)")])

# ------------------------------------------------------------------ German questions
# support-hours (de) - Thunderbird, format=flowed, 8bit
dt = when(3, 12, 18, 4, "berlin")
txt = """Hallo zusammen,

wir haben nächste Woche mehrere Finalrunden mit Kandidat:innen aus San 
Francisco und Seattle. Die Gespräche liegen bei uns dadurch zwischen 
19 und 23 Uhr.

Falls da abends etwas mit GoodTime schiefgeht: Erreiche ich den 
GoodTime-Support um diese Uhrzeit überhaupt noch, oder muss ich bis zum 
nächsten Morgen warten? Und auf welchem Weg am besten?

Danke & viele Grüße
Lukas

-- 
Lukas Brandt
Recruiting Coordinator | Larkspur Labs GmbH
Rosenthaler Str. 40, 10178 Berlin
"""
build("q-de-support-hours", L("question", "auto_reply", "support-hours", "de",
      "thunderbird;format-flowed;8bit;utf-8;sig-dashdash", "Support abends erreichbar?"),
      frm=person("Lukas Brandt"), subject="GoodTime-Support auch spät abends erreichbar?", dt=dt,
      part=tb_part(txt), mid_="tb", post=[TB_UA_WIN, ("Content-Language", "de-DE")], crlf=False)

# time-zones (de) - Outlook multipart/alternative iso-8859-1, subject Q-encoded split in the middle of "München"
dt = when(3, 18, 10, 33, "berlin")
txt = """Hallo Helpline-Team,

ich habe eine Kandidatin für die Stelle Senior Data Engineer, die aktuell noch in Singapur lebt, aber im Mai nach Berlin zieht. Die Interviewer sitzen in Berlin und einer in München.

Beim letzten Mal hat sie eine Einladung bekommen, in der die Uhrzeit um sieben Stunden daneben lag - sie wäre fast mitten in der Nacht aufgestanden. Jetzt steht die nächste Runde an, und Ende März ist ja auch noch die Zeitumstellung bei uns.

Worauf muss ich in GoodTime achten, damit sie die Termine in ihrer Ortszeit sieht und nicht in unserer? Und wo stelle ich das ein?

Vielen Dank und beste Grüße
Katrin

|sig|Katrin Vogel
|sig|Senior Recruiterin Tech | Larkspur Labs GmbH
|sig|Rosenthaler Str. 40 | 10178 Berlin
|sig|Tel. +49 30 555 18 224
|sig|Larkspur Labs GmbH, Sitz Berlin, Amtsgericht Charlottenburg HRB 201584 B, Geschäftsführer: Daniel Okafor, Mariana Torres
"""
subj = ew("Zeitzonen bei Kandidatin in Singapur / Interviewer in München", "iso-8859-1", "Q", splits=[58])
build("q-de-timezones", L("question", "auto_reply", "time-zones", "de",
      "outlook-multipart-alternative;qp;iso-8859-1;rfc2047-q;rfc2047-split;long-signature",
      "Kandidatin in Singapur sieht falsche Uhrzeit"),
      frm=person("Katrin Vogel"), subject=subj, dt=dt,
      part=outlook_alt_part(txt, cs="iso-8859-1", lang="DE"), thread=outlook_extra(subj, "de-DE"))

# interviewer-decline (de) - iPhone, B-encoded subject
dt = when(2, 3, 8, 2, "berlin")
txt = """Hi,

einer der Interviewer für das Onsite am Donnerstag hat gerade abgesagt (kurzfristig Elternzeit). Die Kandidatin hat den Termin schon bestätigt und reist extra aus Hamburg an.

Wie gehe ich da am besten vor, ohne ihr den kompletten Tag neu planen zu müssen?

Danke!
Jonas

Von meinem iPhone gesendet
"""
build("q-de-decline", L("question", "auto_reply", "interviewer-decline", "de",
      "iphone;qp;rfc2047-b;mobile-sig", "Interviewer sagt für Donnerstag ab"),
      frm=person("Jonas Hartmann"), subject=ew("Interviewer hat abgesagt – was jetzt?"), dt=dt,
      part=iphone_part(txt), mid_="iphone", mime="1.0 (1.0)", post=[("X-Mailer", "iPhone Mail (22C161)")])

# permissions-roles (de) - resembles templates; Outlook HTML only, windows-1252, raw 8-bit cp1252 subject
dt = when(1, 21, 11, 48, "berlin")
txt = """Liebes Helpline-Team,

ich betreue die Interviews für unseren VP Engineering EMEA und wollte heute in GoodTime die Vorlage für die Finalrunde ändern (die Mittagspause soll künftig 45 statt 30 Minuten dauern).

Meine Kollegin Margaret in Austin sieht bei derselben Vorlage oben rechts einen Bearbeiten-Stift, bei mir ist da nichts - ich kann die Vorlage nur ansehen. Ist das ein Fehler, oder liegt es an meinen Berechtigungen? Und wer könnte mir das ggf. freischalten?

Vielen Dank im Voraus!

Mit freundlichen Grüßen
Sabine Krüger

|sig|Sabine Krüger
|sig|Assistentin von Dr. Felix Anders, VP Engineering EMEA
|sig|Larkspur Labs GmbH | Rosenthaler Str. 40 | 10178 Berlin
|sig|Tel. +49 30 555 18 100 | Mobil +49 170 555 2291
|sig|Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail.
"""
subj_raw = "Bearbeiten-Stift fehlt bei Interviewvorlage – Fehler oder Rechte?".encode("cp1252")
build("q-de-permissions", L("question", "auto_reply", "permissions-roles", "de",
      "outlook-html-only;qp;cp1252;raw-cp1252-subject;long-signature;disclaimer;resembles-templates",
      "Bearbeiten fehlt - Rechte, nicht Vorlage"),
      frm=ew("Sabine Krüger", "iso-8859-1", "Q") + " <sabine.krueger@larkspur-labs.com>", subject=subj_raw, dt=dt,
      part=outlook_html_part(txt, lang="DE"),
      thread=[("Thread-Topic", ew("Bearbeiten-Stift fehlt bei Interviewvorlage – Fehler oder Rechte?", "utf-8", "B")),
              ("Thread-Index", b64rand(22)[:30]), ("Content-Language", "de-DE"), ("X-MS-Has-Attach", "")])

# candidate-reminders (de) - Apple Mail, base64 bodies
dt = when(2, 12, 15, 19, "berlin")
txt = """Hallo ihr Lieben,

kurze Frage: Bekommen Kandidat:innen von GoodTime eigentlich automatisch eine Erinnerung, bevor ihr Interview stattfindet?

Ein Kandidat meinte heute, er hätte außer der ersten Bestätigung nichts mehr bekommen, und ich weiß ehrlich gesagt nicht, ob das bei uns überhaupt eingeschaltet ist oder ob ich selbst noch was verschicken muss.

Liebe Grüße
Anja

Anja Schäfer
Talent Acquisition Partner | Larkspur Labs GmbH, Berlin
"""
build("q-de-reminders", L("question", "auto_reply", "candidate-reminders", "de",
      "apple-mail;multipart-alternative;base64;utf-8;rfc2047-b-from", "automatische Erinnerungen für Kandidaten?"),
      frm=ew("Anja Schäfer") + " <anja.schaefer@larkspur-labs.com>",
      subject="Erinnerung vor dem Interview?", dt=dt, part=apple_part(txt, cte="base64"),
      mid_="apple", post=APPLE_POST)

# unanswered (de) - UI language
dt = when(3, 2, 9, 25, "berlin")
txt = """Moin,

mehrere Hiring Manager aus dem Berliner Büro haben mich gefragt, ob man GoodTime auch auf Deutsch nutzen kann, also die Oberfläche selbst (Menüs, Buttons usw.), nicht nur die Mails an die Kandidaten.

Geht das, und falls ja: muss das jeder selbst einstellen oder macht ihr das zentral?

Danke & Gruß
Katrin
"""
build("q-de-ui-language", L("question", "forward_support", "none", "de",
      "outlook-multipart-alternative;qp;utf-8", "Oberfläche auf Deutsch? - kein Artikel"),
      frm=person("Katrin Vogel"), subject="GoodTime auf Deutsch?", dt=dt,
      part=outlook_alt_part(txt, cs="utf-8", lang="DE"), thread=outlook_extra("GoodTime auf Deutsch?", "de-DE"),
      trans="internal_long", tkw=dict(n=5))

# ------------------------------------------------------------------ Spanish questions
# contact-support (es) - asks for a phone number; Outlook HTML only cp1252
dt = when(2, 19, 12, 37, "madrid")
txt = """Hola a todos:

Una consulta rápida. Cuando me pasa algo raro con GoodTime (la semana pasada, por ejemplo, una entrevista que no aparecía en el calendario del entrevistador) prefiero hablar con alguien directamente en lugar de escribir correos.

¿Tiene GoodTime algún teléfono de soporte al que se pueda llamar? Si no, ¿cuál es la mejor manera de contactar con ellos y qué información conviene mandarles para que respondan rápido?

Gracias de antemano,

Álvaro Ruiz
Coordinador de Selección | Larkspur Labs Spain S.L.
Paseo de la Castellana 81, planta 9 · 28046 Madrid
Tel. +34 91 555 42 17
"""
build("q-es-contact-support", L("question", "auto_reply", "contact-support", "es",
      "outlook-html-only;qp;cp1252;rfc2047-q-from", "¿teléfono de soporte? cómo contactar"),
      frm=ew("Álvaro Ruiz", "iso-8859-1", "Q") + " <alvaro.ruiz@larkspur-labs.com>",
      subject=ew("¿GoodTime tiene teléfono de soporte?", "iso-8859-1", "Q"), dt=dt,
      part=outlook_html_part(txt, lang="ES"),
      thread=outlook_extra(ew("¿GoodTime tiene teléfono de soporte?", "iso-8859-1", "Q"), "es-ES"))

# cancel-interview (es) - iPhone, 8bit raw utf-8 subject
dt = when(1, 14, 19, 26, "madrid")
txt = """Hola! Un candidato de Account Executive acaba de retirar su candidatura (ha aceptado otra oferta). Tenía una entrevista el jueves con tres personas del equipo de ventas.

¿La borro directamente del calendario de Outlook o hay que hacerlo desde GoodTime? No quiero que le llegue nada raro al candidato ni que los entrevistadores se queden con la reunión puesta.

Gracias!!

Enviado desde mi iPhone
"""
build("q-es-cancel", L("question", "auto_reply", "cancel-interview", "es",
      "iphone;8bit;raw-utf8-subject;mobile-sig", "candidato retirado, borrar entrevista"),
      frm=person("Lucía Fernández", "lucia.fernandez@larkspur-labs.com"),
      subject="Candidato se retira – ¿cómo quito la entrevista?", dt=dt,
      part=iphone_part(txt, cte="8bit"), mid_="iphone", mime="1.0 (1.0)", post=IPHONE_POST)

# candidate-availability-request (es) - Gmail-like multipart/alternative base64
dt = when(2, 26, 17, 3, "madrid")
txt = """Hola equipo,

Estoy coordinando la segunda ronda de una candidata para Customer Success en Madrid y llevamos cuatro correos intentando cuadrar un hueco: le propongo horas, no le vienen bien, me propone otras y ya no están libres los entrevistadores.

¿Hay forma de que sea ella quien me marque en GoodTime los huecos que tiene libres para la semana que viene y yo luego encaje a los entrevistadores? Y si no contesta en un par de días, ¿qué se suele hacer?

Mil gracias,
Marta

--
Marta Gómez-Iglesias
Talent Acquisition Specialist
Larkspur Labs · Madrid
"""
build("q-es-availability", L("question", "auto_reply", "candidate-availability-request", "es",
      "gmail;multipart-alternative;base64;rfc2047-b-subject", "que la candidata marque sus huecos"),
      frm=ew("Marta Gómez-Iglesias", "utf-8", "B") + " <marta.gomez@larkspur-labs.com>",
      subject=ew("Que la candidata me indique sus huecos libres", "utf-8", "B"), dt=dt,
      part=gmail_part(txt, cte_plain="base64", cte_html="base64"), mid_="gmail", date_style="gmail",
      trans="google", tkw=dict(src_dom=DOM, hdr_dom=DOM, src_host="mail-sor-f41.google.com", dk_sel="google", n=8))

# conference-links (es) - Outlook reply with -----Original Message----- about parking
dt = when(3, 4, 10, 11, "madrid")
txt = """Buenos días:

Aprovecho este hilo para otra cosa. Las entrevistas que programo desde GoodTime salen siempre con enlace de Google Meet, pero aquí en Madrid todo el equipo trabaja con Teams y a los entrevistadores les cuesta entrar.

¿Cómo lo cambio para una entrevista concreta? ¿Y se puede hacer que por defecto salga Teams para nuestras vacantes?

Un saludo,
Javier Ortega
Recruiter · Larkspur Labs Madrid

---ORIG---
De: Recepción Madrid <recepcion.madrid@larkspur-labs.com>
Enviado: lunes, 2 de marzo de 2026 9:14
Para: Javier Ortega <javier.ortega@larkspur-labs.com>
Asunto: RE: Plazas de parking para candidatos

Hola Javier,

Para los candidatos que vengan en coche hay que pedir la plaza con 24 horas de antelación en el formulario de Recepción. Las plazas de visitas son la 12 y la 13 del sótano -1.

Saludos,
Recepción
"""
build("q-es-conference", L("question", "auto_reply", "conference-links", "es",
      "outlook-html-only;qp;cp1252;reply-original-message;quoted-thread-other-topic",
      "Meet en vez de Teams"),
      frm=person("Javier Ortega"), subject="RE: Plazas de parking para candidatos", dt=dt,
      part=outlook_html_part(txt, lang="ES"), thread=outlook_extra("Plazas de parking para candidatos", "es-ES"),
      inreply=mid("outlook"))

# product-board (es) - Thunderbird, ISO-8859-1 QP body
dt = when(1, 30, 16, 50, "madrid")
txt = """Hola,

Llevo un par de meses usando GoodTime y se me han ocurrido algunas mejoras
(sobre todo para las entrevistas con candidatos de LatAm). No sé muy bien
a quién se las tengo que mandar: ¿os las escribo a vosotros, las mando a
GoodTime directamente o hay algún sitio donde se recogen?

Gracias,
Nuria Peña
Early Careers · Madrid
"""
build("q-es-product-board", L("question", "auto_reply", "product-board", "es",
      "thunderbird;qp;iso-8859-1;rfc2047-q-subject", "¿dónde se mandan las sugerencias?"),
      frm=ew("Nuria Peña", "iso-8859-1", "Q") + " <nuria.pena@larkspur-labs.com>",
      subject=ew("Ideas de mejora para GoodTime – ¿a quién se las mando?", "utf-8", "Q"), dt=dt,
      part=text_part(txt, "plain", "ISO-8859-1", "quoted-printable", params="; format=flowed", quote_cs=False),
      mid_="tb", post=[TB_UA_WIN, ("Content-Language", "es-ES")])

# unanswered (es) - data retention
dt = when(3, 9, 13, 2, "madrid")
txt = """Hola,

Desde Legal nos preguntan cuánto tiempo guarda GoodTime los datos de los candidatos (nombre, correo, disponibilidad, etc.) después de que termina el proceso, y si se pueden borrar a petición del candidato. Lo necesitan para actualizar el registro de actividades de tratamiento.

¿Sabéis a quién tengo que preguntar o dónde viene eso?

Gracias,
Marta
"""
build("q-es-retention", L("question", "forward_support", "none", "es",
      "outlook-multipart-alternative;base64;utf-8", "retención de datos de candidatos - sin artículo"),
      frm=ew("Marta Gómez-Iglesias", "utf-8", "B") + " <marta.gomez@larkspur-labs.com>",
      subject=ew("¿Cuánto tiempo guarda GoodTime los datos de candidatos?", "utf-8", "B", splits=[27]), dt=dt,
      part=outlook_alt_part(txt, cs="utf-8", lang="ES", cte="base64"),
      thread=outlook_extra("Datos de candidatos", "es-ES"))

# ------------------------------------------------------------------ French questions
# escalation-path (fr) - Outlook HTML only cp1252
dt = when(1, 19, 9, 41, "lyon")
txt = """Bonjour à tous,

Je viens d'arriver dans l'équipe recrutement de Lyon (je remplace Sophie pendant son congé) et j'avoue que je m'y perds un peu entre les différents interlocuteurs pour GoodTime.

Si j'ai une question, j'écris ici ? Si quelque chose ne fonctionne pas, je contacte directement GoodTime ? Et si j'ai une idée pour améliorer l'outil, ou un sujet plus large sur notre façon de travailler, c'est à qui que je dois m'adresser ? Est-ce qu'il existe une sorte de règle quelque part ?

Merci d'avance pour votre aide,

Camille Rousseau
Chargée de recrutement | Larkspur Labs France SAS
23 quai Perrache, 69002 Lyon
+33 4 72 55 18 40
"""
build("q-fr-escalation-path", L("question", "auto_reply", "escalation-path", "fr",
      "outlook-html-only;qp;cp1252;rfc2047-q-subject", "à qui s'adresser pour quoi"),
      frm=person("Camille Rousseau"), subject=ew("Qui contacter pour quoi ? (nouvelle dans l'équipe)", "iso-8859-1", "Q"), dt=dt,
      part=outlook_html_part(txt, lang="FR"), thread=outlook_extra("Qui contacter pour quoi", "fr-FR"),
      trans="internal_long", tkw=dict(n=6))

# reschedule-interview (fr) - iPhone
dt = when(2, 6, 7, 48, "lyon")
txt = """Bonjour,

La candidate pour le poste de dev backend me demande de décaler son entretien de mardi à la semaine d'après (souci familial).

Je peux juste déplacer l'invitation dans Outlook ou il faut forcément passer par GoodTime ? Il y a trois intervenants et une salle réservée.

Merci !
Thibault

Envoyé de mon iPhone
"""
build("q-fr-reschedule", L("question", "auto_reply", "reschedule-interview", "fr",
      "iphone;qp;rfc2047-b-subject;mobile-sig", "décaler un entretien: Outlook ou GoodTime"),
      frm=ew("Thibault Lefèvre", "utf-8", "B") + " <thibault.lefevre@larkspur-labs.com>",
      subject=ew("Décaler un entretien à la semaine prochaine"), dt=dt,
      part=iphone_part(txt), mid_="iphone", mime="1.0 (1.0)", post=IPHONE_POST)

# candidate-itinerary (fr) - Apple Mail, iso-8859-1 Q subject split mid-word
dt = when(3, 11, 16, 22, "lyon")
txt = """Bonjour,

Le candidat que nous recevons vendredi pour le poste de Product Designer m'écrit qu'il n'a pas reçu le programme de sa journée (les horaires, les personnes qu'il va rencontrer, etc.).

Comment est-ce que je peux le lui renvoyer depuis GoodTime ? Et comme on a changé de salle pour l'après-midi entre-temps, est-ce qu'il aura bien la version à jour ?

Merci beaucoup,
Hélène

--
Hélène Marchand
Coordinatrice recrutement · Larkspur Labs Lyon
"""
build("q-fr-itinerary", L("question", "auto_reply", "candidate-itinerary", "fr",
      "apple-mail;multipart-alternative;qp;rfc2047-q;rfc2047-split;iso-8859-1", "renvoyer le programme de la journée"),
      frm=ew("Hélène Marchand", "iso-8859-1", "Q") + " <helene.marchand@larkspur-labs.com>",
      subject=ew("Renvoyer le programme de la journée au candidat", "iso-8859-1", "Q", splits=[30]), dt=dt,
      part=apple_part(txt), mid_="apple", post=APPLE_POST)

# interviewer-load-balancing (fr) - Outlook multipart/alternative, utf-8 base64
dt = when(2, 20, 17, 36, "lyon")
txt = """Bonjour,

Petite question d'un manager un peu fatigué : mes deux seniors, Paul et Sarah, se retrouvent dans quasiment tous les entretiens techniques depuis début février (Sarah en a eu neuf la semaine dernière), alors que l'équipe compte huit personnes habilitées à faire passer cet entretien.

Est-ce qu'on peut limiter dans GoodTime le nombre d'entretiens par personne, et faire en sorte que ça se répartisse mieux entre tout le monde ?

Merci,
Julien Faure
Engineering Manager, Plateforme Paiements - Lyon
"""
build("q-fr-load", L("question", "auto_reply", "interviewer-load-balancing", "fr",
      "outlook-multipart-alternative;base64;utf-8", "toujours les mêmes deux seniors"),
      frm=person("Julien Faure"), subject=ew("Répartition des entretiens techniques", "utf-8", "B"), dt=dt,
      part=outlook_alt_part(txt, cs="utf-8", lang="FR", cte="base64"),
      thread=outlook_extra("Repartition des entretiens techniques", "fr-FR"))

# internal-project-team (fr) - raw UTF-8 8-bit subject and From
dt = when(1, 8, 14, 15, "lyon")
txt = """Bonjour,

On m'a donné cette adresse pendant mon onboarding, sans trop d'explications.

Vous êtes l'équipe de GoodTime (l'éditeur) ou une équipe de chez nous ? Et pour quels types de sujets est-ce que je dois vous écrire plutôt qu'à quelqu'un d'autre ?

Bonne journée,
Émilie
"""
build("q-fr-internal-team", L("question", "auto_reply", "internal-project-team", "fr",
      "thunderbird;8bit;raw-utf8-subject;raw-utf8-from", "c'est quoi cette adresse helpline"),
      frm="Émilie Bérard <emilie.berard@larkspur-labs.com>",
      subject="C'est quoi exactement cette adresse « helpline » ?", dt=dt,
      part=tb_part(txt), mid_="tb", post=[TB_UA_WIN])

# unanswered (fr) - send from a generic address
dt = when(2, 25, 11, 5, "lyon")
txt = """Bonjour,

Pour les entretiens du site de Lyon, est-il possible que les invitations envoyées aux candidats partent d'une adresse générique (recrutement-lyon@larkspur-labs.com) plutôt que de mon adresse personnelle ? Les candidats me répondent directement et quand je suis en congé personne ne voit leurs messages.

Si c'est possible, comment on le paramètre ?

Cordialement,
Camille Rousseau
"""
build("q-fr-generic-sender", L("question", "forward_support", "none", "fr",
      "outlook-html-only;qp;cp1252", "invitations depuis une adresse générique - sans article"),
      frm=person("Camille Rousseau"), subject="Adresse d'envoi des invitations candidats", dt=dt,
      part=outlook_html_part(txt, lang="FR"), thread=outlook_extra("Adresse d'envoi des invitations candidats", "fr-FR"))

# ------------------------------------------------------------------ Portuguese questions
# calendar-sync (pt) - Outlook HTML only cp1252
dt = when(2, 16, 10, 2, "lisbon")
txt = """Bom dia,

Mudei a password da minha conta na semana passada (aquela renovação obrigatória dos 90 dias) e desde então o GoodTime mostra-me como disponível em alturas em que tenho reuniões marcadas no Outlook. Ontem uma candidata quase foi marcada para uma hora em que eu estava na reunião de equipa.

O que tenho de fazer para o GoodTime voltar a ver o meu calendário como deve ser?

Obrigada,

Rita Gonçalves
Recruitment Coordinator
Larkspur Labs Portugal, Unipessoal Lda.
Avenida da Liberdade 110, 1269-046 Lisboa
"""
build("q-pt-calendar", L("question", "auto_reply", "calendar-sync", "pt",
      "outlook-html-only;qp;cp1252;rfc2047-q-from", "depois de mudar a password o calendário aparece livre"),
      frm=ew("Rita Gonçalves", "iso-8859-1", "Q") + " <rita.goncalves@larkspur-labs.com>",
      subject=ew("GoodTime mostra-me livre quando não estou", "iso-8859-1", "Q"), dt=dt,
      part=outlook_html_part(txt, lang="PT"), thread=outlook_extra("GoodTime", "pt-PT"))

# add-interviewer-to-pool (pt) - iPhone
dt = when(1, 22, 18, 40, "lisbon")
txt = """Olá!

Entrou uma engenheira nova na minha equipa, a Beatriz Nunes, que já tem experiência e pode começar a fazer entrevistas técnicas de backend.

Como é que a ponho na lista de pessoas que fazem essas entrevistas, para o GoodTime começar a sugeri-la também? Ela já tem acesso ao GoodTime desde segunda.

Obrigado
Tiago

Enviado do meu iPhone
"""
build("q-pt-pool", L("question", "auto_reply", "add-interviewer-to-pool", "pt",
      "iphone;qp;rfc2047-b-subject;mobile-sig", "nova engenheira a fazer entrevistas técnicas"),
      frm=person("Tiago Sousa"), subject=ew("Nova entrevistadora técnica – como a adiciono?"), dt=dt,
      part=iphone_part(txt), mid_="iphone", mime="1.0 (1.0)", post=IPHONE_POST)

# ats-integration (pt) - Outlook multipart/alternative, base64 utf-8
dt = when(3, 6, 11, 28, "lisbon")
txt = """Olá equipa,

Estou a começar a usar o GoodTime e ainda não percebi bem como é que ele conversa com o ATS.

Quando passo um candidato para a fase de entrevista no ATS, ele aparece sozinho no GoodTime ou tenho de o criar lá também? E quando um candidato é rejeitado ou desiste, faço isso no GoodTime, no ATS, ou nos dois?

Obrigada pela ajuda,
Inês Carvalho
Talent Acquisition · Lisboa
"""
build("q-pt-ats", L("question", "auto_reply", "ats-integration", "pt",
      "outlook-multipart-alternative;base64;utf-8;raw-utf8-from", "como o GoodTime conversa com o ATS"),
      frm="Inês Carvalho <ines.carvalho@larkspur-labs.com>", subject="GoodTime e o ATS - como funciona?", dt=dt,
      part=outlook_alt_part(txt, cs="utf-8", lang="PT", cte="base64"),
      thread=outlook_extra("GoodTime e o ATS - como funciona?", "pt-PT"))

# contact-csm with the pink button (pt-BR writer in Lisbon) - Gmail-like, ISO-8859-1 QP
dt = when(2, 11, 15, 57, "lisbon")
txt = """Oi pessoal, tudo bem?

A nossa diretora quer conversar com a GoodTime sobre uma mudança grande no processo de entrevistas das vagas de vendas (mais etapas, painéis com clientes, etc.) e me pediu para marcar uma reunião com a pessoa de Customer Success que cuida da nossa conta.

Me falaram que tem um botão cor-de-rosa em algum lugar no painel do GoodTime que leva direto para a agenda dessa pessoa, mas eu não encontrei. Onde ele fica?

Valeu!
Mariana Lopes
Recruitment Lead, Sales - Lisboa
"""
build("q-pt-csm-button", L("question", "auto_reply", "contact-csm", "pt",
      "gmail;multipart-alternative;qp;iso-8859-1", "onde fica o botão rosa para marcar com o CS"),
      frm=person("Mariana Lopes"), subject=ew("Botão para marcar reunião com a GoodTime", "iso-8859-1", "Q"), dt=dt,
      part=gmail_part(txt, cs="ISO-8859-1"), mid_="gmail", date_style="gmail",
      trans="google", tkw=dict(src_dom=DOM, hdr_dom=DOM, src_host="mail-sor-f69.google.com", dk_sel="google", n=9))

# reporting-dashboards (pt) - Thunderbird, windows-1252 8bit body
dt = when(1, 12, 9, 3, "lisbon")
txt = """Bom dia,

Para a revisão trimestral preciso de saber quantas entrevistas cada
entrevistador fez entre outubro e dezembro, para vermos se a carga está
bem distribuída entre as equipas de Lisboa.

Existe algum relatório no GoodTime que mostre isso? No meu menu não vejo
nada parecido.

Cumprimentos,
João Ferreira
Recruiting Operations, Lisboa
"""
build("q-pt-reporting", L("question", "auto_reply", "reporting-dashboards", "pt",
      "thunderbird;8bit;windows-1252;raw-cp1252-from", "quantas entrevistas cada entrevistador fez"),
      frm="Jo\xe3o Ferreira <joao.ferreira@larkspur-labs.com>".encode("cp1252"),
      subject=ew("Relatório de entrevistas por entrevistador", "windows-1252", "Q"), dt=dt,
      part=text_part(txt, "plain", "windows-1252", "8bit", quote_cs=False), mid_="tb",
      post=[TB_UA_WIN])

# unanswered (pt) - attach a PDF guide to the confirmation
dt = when(3, 17, 14, 44, "lisbon")
txt = """Olá,

Temos um guia do candidato em PDF (como chegar ao escritório, o que esperar do dia, contactos) e gostava que seguisse automaticamente com o e-mail de confirmação da entrevista que o GoodTime envia.

Dá para anexar um PDF a esse e-mail? Se sim, onde é que isso se faz?

Obrigada,
Rita
"""
build("q-pt-attach-pdf", L("question", "forward_support", "none", "pt",
      "outlook-html-only;qp;cp1252;raw-cp1252-subject", "anexar PDF ao e-mail de confirmação - sem artigo"),
      frm=ew("Rita Gonçalves", "iso-8859-1", "Q") + " <rita.goncalves@larkspur-labs.com>",
      subject="Anexar guia do candidato ao e-mail de confirmação".encode("cp1252"), dt=dt,
      part=outlook_html_part(txt, lang="PT"), thread=outlook_extra("Anexar guia", "pt-PT"))

# ------------------------------------------------------------------ English unanswered questions
# exact SLA figure (support-hours article does not give the number)
dt = when(3, 16, 15, 8, "austin")
txt = """Hi there,

I'm putting together a short service overview for our executive search clients inside the business (the C-suite and their EAs), covering how quickly we can react when something goes wrong with an interview on the day.

Could you tell me the guaranteed first-response time GoodTime commits to for a top-priority ticket? I need the actual figure (one hour, four hours, whatever it is) rather than a general description, as it is going on a slide for Nadia's staff meeting on Friday.

Thanks very much,
Douglas

|sig|Douglas Pemberton
|sig|Executive Recruiter | Larkspur Labs
|sig|600 Congress Avenue, Suite 1400, Austin, TX 78701
|sig|+1 512 555 0190
""" + DISCLAIMER_US
subj = "GoodTime response commitment for priority tickets"
build("q-en-sla-figure", L("question", "forward_support", "none", "en",
      "outlook-html-only;qp;cp1252;long-signature;disclaimer;resembles-support-hours",
      "exact P1 first-response figure - article only points to Help Center"),
      frm=person("Douglas Pemberton"), subject=subj, dt=dt, part=outlook_html_part(txt),
      thread=outlook_extra(subj))

# Excel export of a VP's interviews with candidate names (reporting article too vague)
dt = when(3, 19, 8, 14, "austin")
txt = """Good morning,

Carlos has asked for a list of every interview he has personally taken part in this quarter - candidate name, role, date and the stage - in an Excel file, so that he can include it in his board pack next Thursday.

Is there a way to pull that out of GoodTime directly into a spreadsheet, or will I need to build it by hand from his calendar? If there is an export, I would be grateful for a pointer to where I find it.

Kind regards,
Trish

|sig|Patricia Delgado
|sig|Executive Assistant to Carlos Mendoza, VP Sales Americas
|sig|Larkspur Labs | Austin, TX
|sig|+1 512 555 0166
"""
subj = "Export of Carlos' interviews for board pack"
build("q-en-export", L("question", "forward_support", "none", "en",
      "outlook-multipart-alternative;qp;cp1252;resembles-reporting",
      "Excel export of one VP's interviews - reporting article too vague"),
      frm=person("Patricia Delgado"), subject=subj, dt=dt, part=outlook_alt_part(txt),
      thread=outlook_extra(subj))

# exec search system separate from the ATS
dt = when(2, 4, 11, 31, "london")
txt = """Hello,

Our executive search work is run out of Invenias rather than the main ATS - the candidates for board-level and VP roles are never entered into the main system for confidentiality reasons.

Can GoodTime schedule interviews for candidates who only exist in Invenias, or would each of them have to be created in the main ATS first before GoodTime can see them? We are trying to decide whether to move the CRO search onto GoodTime next month.

Many thanks,
Harriet

|sig|Harriet Okonkwo-Blake
|sig|Senior Executive Recruiter | Larkspur Labs
|sig|1 Finsbury Avenue, London EC2M 2PF
|sig|+44 20 7946 0412 | +44 7700 900 233
""" + DISCLAIMER_UK
subj = "GoodTime for candidates outside the ATS (exec search)"
build("q-en-invenias", L("question", "forward_support", "none", "en",
      "outlook-html-only;qp;cp1252;long-signature;disclaimer;resembles-ats",
      "candidates only in a separate exec-search system"),
      frm=person("Harriet Okonkwo-Blake"), subject=subj, dt=dt,
      part=outlook_html_part(txt, lang="EN-GB"), thread=outlook_extra(subj, "en-GB"),
      trans="internal_long", tkw=dict(n=6))

# Zoom co-host (conference-links article does not say)
dt = when(2, 27, 7, 58, "london")
txt = """morning! how do i make the hiring manager a co-host on the zoom that goodtime creates? she needs to be able to let people in from the waiting room at the assessment centre on tuesday and right now only the account that made it can do that

priya
"""
build("q-en-zoom-cohost", L("question", "forward_support", "none", "en",
      "outlook-ios;multipart-alternative;qp;lowercase;resembles-conference-links", "zoom co-host - not in article"),
      frm=person("Priya Raman"), subject="zoom co-host?", dt=dt, part=outlook_ios_part(txt))

# is there an iPhone app
dt = when(1, 26, 12, 9, "dublin")
txt = """Hi,

Thank you for updating the settings below - all working well. A separate question, if I may: Siobhán is travelling a great deal this quarter and would like to be able to see her upcoming interview slots on her phone while she is on the road.

Is there a GoodTime app for iPhone that she could install, or is it only available through the browser on a laptop?

Many thanks,
Fiona

|sig|Fiona Gallagher
|sig|Executive Assistant to Siobhán Kavanagh, VP Customer Operations
|sig|Larkspur Labs Ireland | 2 Grand Canal Square, Dublin 2
|sig|+353 1 555 0192
""" + DISCLAIMER_IE + """
---ORIG---
From: GoodTime Help Line <helpline@larkspur-labs.com>
Sent: Thursday, January 22, 2026 4:05 PM
To: Fiona Gallagher <fiona.gallagher@larkspur-labs.com>
Subject: RE: Siobhán's interview settings

Hi Fiona,

Siobhán's working hours in GoodTime are now 10:00-16:00 Monday to Thursday, and Fridays are blocked, as requested. Interviews already booked on Fridays are not affected, so you may want to check those.

Best,
Helpline
"""
subj = "RE: Siobhán's interview settings"
build("q-en-iphone-app", L("question", "forward_support", "none", "en",
      "outlook-html-only;qp;cp1252;long-signature;disclaimer;reply-original-message;quoted-thread-other-topic", "is there a mobile app - no article"),
      frm=person("Fiona Gallagher"), subject=ew(subj, "iso-8859-1", "Q"), dt=dt, part=outlook_html_part(txt, lang="EN-IE"),
      thread=outlook_extra(ew("Siobhán's interview settings", "iso-8859-1", "Q"), "en-IE"), inreply=mid("outlook"))


# =========================================================================================
# BUGS
# =========================================================================================
# "quick question" over a DST bug, with .ics attachment (Outlook HTML + attachment)
dt = when(3, 11, 10, 26, "london")
txt = """Hi both,

Quick question, hopefully a simple one.

The candidate for the Head of Data Governance role (based in New York) has a video interview with Cordelia next Wednesday 18 March. GoodTime's confirmation to the candidate says 10:00 AM EDT, and the interview page in GoodTime shows 14:00 GMT for Cordelia, which would be right. But the calendar invite that actually landed in Cordelia's diary and the candidate's is for 15:00 GMT / 11:00 AM EDT. I've attached the invite as it arrived.

It only seems to have started since the clocks changed in the US on Sunday - the interviews I booked last week look fine. I haven't touched anything on the candidate's profile. Which one is the real time?

Thanks,
Harriet

|sig|Harriet Okonkwo-Blake
|sig|Senior Executive Recruiter | Larkspur Labs
|sig|1 Finsbury Avenue, London EC2M 2PF
""" + DISCLAIMER_UK
s = datetime.datetime(2026, 3, 18, 15, 0, tzinfo=UTC)
ics_b = ics("REQUEST", "Interview: Head of Data Governance - Cordelia Ashworth", s, s + datetime.timedelta(minutes=60),
            ("GoodTime Scheduling", "scheduling@larkspur-labs.com"),
            [("Cordelia Ashworth", "cordelia.ashworth@larkspur-labs.com"), ("Daniel Whitmore", "d.whitmore@fastmail.com")],
            location="Zoom", description="Join Zoom Meeting https://larkspur.zoom.us/j/83311204577")
subj = "Quick question"
build("b-en-dst", L("bug", "forward_support", "", "en",
      "outlook-html-only;qp;cp1252;ics;misleading-subject;disclaimer",
      "invite one hour off from GoodTime time since US DST"),
      frm=person("Harriet Okonkwo-Blake"), subject=subj, dt=dt,
      cc=person("Cordelia Ashworth"),
      part=outlook_html_part(txt, lang="EN-GB", atts=[attach("Interview Head of Data Governance.ics", "text/calendar", ics_b)]),
      thread=outlook_extra(subj, "en-GB", attach=True))

# angry caps, self-scheduling links error 500 (iPhone)
dt = when(2, 10, 11, 3, "austin")
txt = """EVERY self schedule link i sent this morning goes to a page that says "Oops! Something went wrong (500)". i sent 14 of them for the campus phone screens and candidates are emailing me asking if the job is still open. this is so embarassing. i tried resending 2 of them, same thing

can someone look at this pls

Sent from my iPhone
"""
build("b-en-selfsched-500", L("bug", "forward_support", "", "en",
      "iphone;qp;caps;typos;mobile-sig", "self-scheduling links return 500"),
      frm=person("Tay Nguyen"), subject="SELF SCHEDULE LINKS ARE BROKEN", dt=dt,
      part=iphone_part(txt), mid_="iphone", mime="1.0 (1.0)", post=IPHONE_POST)

# itinerary shows old room after reschedule, with PNG screenshot (Outlook multipart/mixed related)
dt = when(2, 18, 13, 47, "austin")
txt = """Hello,

I rescheduled a final round for Rajiv yesterday afternoon (candidate: Ana Beltrán, Staff SRE) and moved the whole block from Tuesday to Thursday. GoodTime booked Room 4.12 for the new slot and the interviewers' invites all show Room 4.12 correctly.

However, the updated itinerary that went to the candidate still says "Boardroom 2, 3rd floor", which was the room for the original Tuesday slot. I resent it this morning and it still shows the old room - screenshot of the preview attached.

The candidate is coming in on Thursday so there is time, but I would rather not have her wandering around the third floor.

Best regards,
Margaret

|sig|Margaret Lindqvist
|sig|Executive Assistant to Rajiv Menon, VP Engineering
|sig|Larkspur Labs | 600 Congress Avenue, Suite 1400 | Austin, TX 78701
""" + DISCLAIMER_US
subj = "Candidate itinerary still shows old room after reschedule"
build("b-en-itinerary-room", L("bug", "forward_support", "", "en",
      "outlook-multipart-alternative;qp;cp1252;png;attachment;disclaimer", "itinerary keeps old room"),
      frm=person("Margaret Lindqvist"), subject=subj, dt=dt,
      part=outlook_alt_part(txt, atts=[attach("image001.png", "image/png", png(seed=11, banner=(255, 243, 205)))]),
      thread=outlook_extra(subj, attach=True))

# reminders set up but not sent (Gmail-style)
dt = when(3, 3, 16, 20, "austin")
txt = """Hi helpline,

None of the candidates who have phone screens tomorrow (Wed 3/4) got the 24-hour reminder from GoodTime. I checked with 5 of them, all said nothing arrived, not in spam either. The reminder is definitely switched on for the campus phone screen template - it worked fine last week and I haven't changed anything.

Candidates I checked: Jordan Reyes, Aisha Mohammed, Li Wei, Tomás Álvarez, Hannah Cole (all Software Engineer Intern 2026).

Brianna
"""
build("b-en-reminders", L("bug", "forward_support", "", "en",
      "gmail;multipart-alternative;qp", "24h reminders not sent"),
      frm=person("Brianna Kowalski"), subject="reminders not going out?", dt=dt,
      part=gmail_part(txt), mid_="gmail", date_style="gmail", trans="google",
      tkw=dict(src_dom=DOM, hdr_dom=DOM, src_host="mail-sor-f73.google.com", dk_sel="google", n=7))

# "Unable to load availability" spinner, screenshot, Thunderbird
dt = when(1, 29, 12, 33, "london")
txt = """Hi,

Since this morning, every time I open the scheduling page for an interview
in GoodTime, the availability grid just spins and then shows a red banner
"Unable to load availability. Please try again later." (screenshot
attached). It happens for every candidate I try, in Chrome and in Edge,
and after logging out and back in.

Nothing is urgent right now (my next interview to schedule is for next
week), but I can't book anything new until it works again.

Thanks,
Oliver

--
Oliver Grant
Recruiting Coordinator, Larkspur Labs London
"""
p = multipart("mixed", [tb_part(txt, cte="7bit"),
                        attach("goodtime-availability-error.png", "image/png", png(seed=5))],
              boundary="------------" + "".join(R.choice("0123456789abcdefABCDEF") for _ in range(24)),
              preamble="This is a multi-part message in MIME format.")
build("b-en-availability", L("bug", "forward_support", "", "en",
      "thunderbird;png;attachment;7bit", "availability grid fails to load"),
      frm=person("Oliver Grant"), subject="Scheduling page: \"Unable to load availability\"", dt=dt,
      part=p, mid_="tb", post=[TB_UA_WIN, ("Content-Language", "en-GB")], crlf=False)

# ATS sync: interviews not on the ATS record, winmail.dat attached (Outlook RTF)
dt = when(2, 5, 9, 55, "austin")
txt = """Hi,

Interviews I scheduled in GoodTime on Monday (2/2) still are not showing on the candidates' records in the ATS, three days later. The hiring managers are asking me why the candidates look like they have nothing scheduled.

Examples:
- Candidate ID 4471902 / Job ID 88213 (Solutions Engineer) - phone screen booked Mon 10:14 AM
- Candidate ID 4472015 / Job ID 88213 - onsite booked Mon 2:40 PM
- Candidate ID 4469330 / Job ID 87990 (Account Executive, Mid-Market) - booked Mon 4:05 PM

Interviews booked before last weekend synced fine. I have refreshed and waited, nothing.

Sam Whitaker
Recruiting Coordinator | Larkspur Labs Austin
"""
p = multipart("mixed", [text_part(txt, "plain", "us-ascii", "7bit"),
                        Part([("Content-Type", 'application/ms-tnef; name="winmail.dat"'),
                              ("Content-Transfer-Encoding", "base64"),
                              ("Content-Disposition", 'attachment; filename="winmail.dat"')], b64(winmail()))],
              boundary=f"_002_{hexs(40)}_")
build("b-en-ats-sync", L("bug", "forward_support", "", "en",
      "outlook-plain;winmail-dat;tnef;attachment", "scheduled interviews not syncing to ATS"),
      frm=person("Sam Whitaker"), subject="Interviews not syncing back to ATS since Monday", dt=dt, part=p,
      thread=outlook_extra("Interviews not syncing back to ATS since Monday", attach=True, tnef=True),
      trans="internal_long", tkw=dict(n=5))

# duplicate invites: EA forwards an interviewer's complaint (Gmail-style forward inside Outlook)
dt = when(1, 15, 14, 2, "austin")
txt = """Forwarding this from one of Carlos' directors - it seems every session is arriving twice. Could someone take a look, please?

Trish

---------- Forwarded message ---------
From: Kevin Osei <kevin.osei@larkspur-labs.com>
Date: Thu, Jan 15, 2026 at 1:37 PM
Subject: double invites again
To: Patricia Delgado <patricia.delgado@larkspur-labs.com>

Hi Trish,

I'm getting two calendar invites for every interview GoodTime books for me this week - same time, same candidate, one from scheduling@ and one that looks like it came from you. If I accept one and decline the other, the other interviewers see me as declined. Happened for the three AE interviews today and tomorrow's panel. Can you get this looked at?

Thanks,
Kevin
"""
subj = "FW: double invites again"
build("b-en-duplicate-invites", L("bug", "forward_support", "", "en",
      "outlook-multipart-alternative;qp;cp1252;forward-gmail-style", "interviewers receive two invites"),
      frm=person("Patricia Delgado"), subject=subj, dt=dt, part=outlook_alt_part(txt),
      thread=outlook_extra(subj))

# HIGH: London org-wide calendars disconnected
dt = when(3, 24, 9, 6, "london")
txt = """Hi team,

Since roughly 08:00 this morning every London-based GoodTime user shows "Calendar disconnected" - that is the whole London recruiting team plus around 60 interviewers. Reconnecting works for a few minutes and then drops again. Austin and Dublin users look fine as far as I can tell.

There is nothing starting in the next hour that is blocked, but nobody in London can book anything new, and the interviews already booked for today are not being checked against people's diaries any more.

I've raised it in the GoodTime chat as well (conversation started 08:41). Given how many people are affected I think GoodTime's account team needs to know about this too.

Nadia Farouk
Recruiting Operations Lead, EMEA
Larkspur Labs | London
"""
build("b-en-london-calendars-high", L("bug", "forward_support+flag_csm", "", "en",
      "outlook-multipart-alternative;qp;utf-8;received-chain;dkim", "all London calendars disconnected - org-wide"),
      frm=person("Nadia Farouk"), subject="All London users showing calendar disconnected", dt=dt,
      part=outlook_alt_part(txt, cs="utf-8", lang="EN-GB"),
      thread=outlook_extra("All London users showing calendar disconnected", "en-GB"),
      trans="internal_long", tkw=dict(n=8))

# HIGH: privacy - candidate received another candidate's itinerary
dt = when(2, 23, 19, 12, "london")
txt = """Dear Helpline,

I need to report something serious.

This afternoon a candidate on our confidential Chief Revenue Officer search received an interview confirmation from GoodTime that contained the name, personal mobile number and interview times of a different candidate on the same search. He forwarded it to me, understandably concerned about how we handle confidential information. I have confirmed that the other candidate's own confirmation also shows the first candidate's details.

Both candidates are currently employed elsewhere and neither search is public. I have not sent anything further from GoodTime on this search and have asked the team not to either until we understand what happened.

Please treat this as a data protection incident. I have informed our DPO, Rachel Simmonds.

Regards,
Harriet

|sig|Harriet Okonkwo-Blake
|sig|Senior Executive Recruiter | Larkspur Labs
|sig|1 Finsbury Avenue, London EC2M 2PF
""" + DISCLAIMER_UK
subj = "CONFIDENTIAL - candidate received another candidate's details"
build("b-en-privacy-high", L("bug", "forward_support+flag_csm", "", "en",
      "outlook-html-only;qp;cp1252;disclaimer;night", "confirmation leaked another candidate's data"),
      frm=person("Harriet Okonkwo-Blake"), subject=subj, dt=dt, cc="Rachel Simmonds <rachel.simmonds@larkspur-labs.com>",
      part=outlook_html_part(txt, lang="EN-GB"), thread=outlook_extra(subj, "en-GB"),
      post=[("Importance", "high"), ("X-Priority", "1")])

# FORM MAILER bug: ServiceNow incident routed to the help line
dt = when(3, 13, 15, 40, "austin")
txt = """Incident INC0048213 has been assigned to group: GoodTime Help Line.

Caller:              Marcus Bell (marcus.bell@larkspur-labs.com)
Location:            Austin - Congress Ave
Category:            Software / Recruiting tools
Configuration item:  GoodTime
Impact / Urgency:    3 - Low / 3 - Low
Short description:   Candidate emails show {{candidate.first_name}}

Description:
Since yesterday the confirmation emails GoodTime sends to candidates start
with "Hi {{candidate.first_name}}," instead of the candidate's name. At
least 6 candidates for the University Recruiting phone screens got it
(one replied asking if this was spam). The template looks normal when I
open it in GoodTime.

Click here to view Incident: https://larkspur.service-now.com/incident.do?sys_id=9a4f0c2e1b8d4e50a3c2f7e9d1b6a804

Ref:MSG2219873
"""
build("b-en-form-servicenow", L("bug", "forward_support|needs_review", "", "en",
      "form-mailer;servicenow;auto-submitted;x-auto-response-suppress;noreply-from;7bit",
      "ticket robot: placeholder not filled in candidate emails"),
      frm="Larkspur IT Service Desk <noreply@larkspur.service-now.com>",
      subject="Incident INC0048213 -- Candidate emails show {{candidate.first_name}}", dt=dt,
      part=text_part(txt, "plain", "UTF-8", "7bit", quote_cs=False), trans="postfix",
      tkw=dict(src_dom="larkspur.service-now.com", hdr_dom="service-now.com", src_host="outbound-us6.service-now.com", n=7),
      mid_="<2219873.98.1773433240551@app128044.iad3.service-now.com>",
      post=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
            ("X-ServiceNow-Source", "Notification-3f1a9c2d"), ("X-ServiceNow-SysEmail-Version", "2")])

# HIGH recurring (de): Zoom links missing again, raw UTF-8 From
dt = when(3, 5, 13, 17, "berlin")
txt = """Hallo zusammen,

zum dritten Mal seit Januar: Bei allen Interviews, die über die Vorlage "Tech Screen Berlin" geplant werden, fehlt der Zoom-Link - sowohl in der Einladung an die Interviewer als auch in der Bestätigung an die Kandidat:innen. Betroffen sind diese Woche 23 Interviews von vier Recruiter:innen.

Wir hatten das bereits Anfang Februar gemeldet (GoodTime-Ticket #58213), das Ticket wurde als "gelöst" geschlossen, und jetzt ist es wieder genau dasselbe. Wir verschicken seitdem alle Links manuell, was bei dem Volumen nicht mehr tragbar ist.

Aktuell läuft kein Interview ohne Link (wir haben alle für heute per Hand nachgetragen), aber das muss jetzt bitte endlich richtig gelöst werden und sollte auch bei GoodTime höher aufgehängt werden.

Viele Grüße
Lena

Lena Weiß
Recruiting Coordinator | Larkspur Labs GmbH
Rosenthaler Str. 40, 10178 Berlin
"""
build("b-de-zoom-recurring-high", L("bug", "forward_support+flag_csm", "", "de",
      "outlook-multipart-alternative;qp;utf-8;raw-utf8-from;recurring", "Zoom-Links fehlen zum dritten Mal, Ticket geschlossen"),
      frm="Lena Weiß <lena.weiss@larkspur-labs.com>",
      subject="Schon wieder: Zoom-Links fehlen bei Tech Screen Berlin (Ticket #58213)", dt=dt,
      part=outlook_alt_part(txt, cs="utf-8", lang="DE"),
      thread=outlook_extra("Schon wieder: Zoom-Links fehlen bei Tech Screen Berlin (Ticket #58213)", "de-DE"))

# bug (es): accented names garbled in candidate e-mails; Outlook HTML only
dt = when(1, 28, 12, 50, "madrid")
txt = """Hola,

Desde hace unos días los correos de confirmación que GoodTime envía a los candidatos muestran mal los nombres con tildes. Por ejemplo, un candidato que se llama José Ángel Núñez ha recibido un correo que empieza por "Hola JosÃ© Ãngel" y en la firma aparece la entrevistadora como "MarÃ­a PeÃ±a".

En la ficha del candidato en GoodTime y en el ATS el nombre se ve bien. Nos ha pasado con al menos cuatro candidatos esta semana y queda fatal.

¿Podéis revisarlo?

Gracias,
Lucía Fernández
Recruiter · Larkspur Labs Madrid
"""
build("b-es-mojibake", L("bug", "forward_support", "", "es",
      "outlook-html-only;qp;cp1252;mojibake-in-body", "nombres con tildes rotos en los correos"),
      frm=ew("Lucía Fernández") + " <lucia.fernandez@larkspur-labs.com>",
      subject=ew("Nombres con tildes salen mal en los correos a candidatos", "iso-8859-1", "Q", splits=[18]), dt=dt,
      part=outlook_html_part(txt, lang="ES"), thread=outlook_extra("Nombres con tildes", "es-ES"))

# bug (fr): room shows free but booking fails; raw windows-1252 8-bit Subject and From
dt = when(2, 13, 11, 44, "lyon")
txt = """Bonjour,

Depuis mardi, impossible de réserver la salle « Fourvière » (3e étage, Lyon) via GoodTime. Elle apparaît bien comme disponible dans les suggestions, mais quand je valide, j'ai le message « Room booking failed » et l'entretien est créé sans salle. Dans Outlook, la salle est pourtant libre sur ces créneaux.

Les autres salles de l'étage (Croix-Rousse, Confluence) fonctionnent. Les entretiens concernés sont la semaine prochaine, donc pas d'urgence immédiate, mais on a besoin de cette salle pour les journées d'entretiens.

Bonne journée,
Aurélie Chabert
Office & Recruiting Coordinator – Larkspur Labs Lyon
"""
build("b-fr-room", L("bug", "forward_support", "", "fr",
      "outlook-html-only;qp;cp1252;raw-cp1252-subject;raw-cp1252-from", "salle libre mais réservation échoue"),
      frm="Aurélie Chabert <aurelie.chabert@larkspur-labs.com>".encode("cp1252"),
      subject="Réservation de salle impossible – Fourvière".encode("cp1252"), dt=dt,
      part=outlook_html_part(txt, lang="FR"),
      thread=[("Thread-Topic", ew("Réservation de salle impossible – Fourvière", "utf-8", "B")),
              ("Thread-Index", b64rand(22)[:30]), ("Content-Language", "fr-FR")])

# bug (pt): load limit ignored; screenshot; Apple Mail
dt = when(3, 2, 17, 12, "lisbon")
txt = """Olá,

O Pedro Almeida tem um limite de 2 entrevistas por semana no GoodTime (confirmei nas definições dele, ver imagem), mas esta semana foi marcado para 5 entrevistas técnicas, todas sugeridas automaticamente pelo GoodTime a partir da pool de Backend.

Ninguém forçou manualmente - eu e a Inês fizemos as marcações e em nenhuma apareceu aviso de limite. Ele está, com razão, um bocado chateado.

Podem ver o que se passa?

Obrigado,
João Ferreira
Recruiting Operations, Lisboa
"""
build("b-pt-load-limit", L("bug", "forward_support", "", "pt",
      "apple-mail;multipart-alternative;qp;png;attachment;rfc2047-b-subject", "limite de carga ignorado"),
      frm=ew("João Ferreira", "utf-8", "Q") + " <joao.ferreira@larkspur-labs.com>",
      subject=ew("Limite de entrevistas semanal não está a ser respeitado"), dt=dt,
      part=apple_part(txt, atts=[attach("Captura de ecrã 2026-03-02 às 16.58.11.png", "image/png", png(seed=21, banner=(209, 231, 221)),
                                         fname_hdr="filename*=utf-8''Captura%20de%20ecr%C3%A3%202026-03-02%20%C3%A0s%2016.58.11.png",
                                         name_param="=?utf-8?Q?Captura_de_ecr=C3=A3_2026-03-02_=C3=A0s_16.58.11.png?=")]),
      mid_="apple", post=APPLE_POST)


# =========================================================================================
# SCHEDULING BLOCKERS
# =========================================================================================
# candidate in the lobby, room taken (iPhone, caps)
dt = when(2, 19, 10, 22, "austin", 41)
txt = """CANDIDATE IS IN THE LOBBY RIGHT NOW and goodtime booked her into Bluebonnet which has a board meeting in it. tried to switch the room in goodtime and it just spins. interview starts 10:30 (its 10:22). 3 interviewers on the way up. what do i do

Sent from my iPhone
"""
build("k-en-lobby", L("scheduling_blocker", "forward_support", "", "en",
      "iphone;qp;caps;mobile-sig", "candidate in lobby, booked room occupied"),
      frm=person("Marcus Bell"), subject="NEED HELP NOW - room", dt=dt,
      part=iphone_part(txt), mid_="iphone", mime="1.0 (1.0)", post=IPHONE_POST)

# Zoom link missing, panel in 15 min (EA, Outlook HTML only, high importance)
dt = when(3, 10, 13, 45, "austin", 12)
txt = """Hello,

I am sorry to send this with so little notice. Rajiv's panel with the VP Infrastructure candidate starts at 2:00 pm CT - fifteen minutes from now - and the invitation GoodTime sent has no Zoom link on it at all, neither on Rajiv's copy nor on the two directors'. The candidate has just e-mailed me asking how to join.

The interview page in GoodTime says "Video: Zoom" but there is no link anywhere. Could someone please help me get a working link to everyone as a matter of urgency?

I am at my desk and can be reached on +1 512 555 0143.

Margaret

|sig|Margaret Lindqvist
|sig|Executive Assistant to Rajiv Menon, VP Engineering
|sig|Larkspur Labs | 600 Congress Avenue, Suite 1400 | Austin, TX 78701
""" + DISCLAIMER_US
subj = "URGENT - no Zoom link on VP panel starting 2:00 pm"
build("k-en-zoom-15min", L("scheduling_blocker", "forward_support", "", "en",
      "outlook-html-only;qp;cp1252;importance-high;disclaimer", "panel in 15 min without video link"),
      frm=person("Margaret Lindqvist"), subject=subj, dt=dt, part=outlook_html_part(txt),
      thread=outlook_extra(subj), post=[("Importance", "high"), ("X-Priority", "1")])

# interviewer declined last minute, swap fails, screenshot (Outlook alt + png)
dt = when(2, 11, 14, 40, "dublin", 5)
txt = """Hi,

Siobhán's interview with the Director of Support Operations candidate starts at 15:00 - twenty minutes from now. Ciarán, who was the second interviewer, has just declined (he is stuck at the airport). I tried to replace him with Róisín in GoodTime, who is free and in the same pool, but every time I click save I get "Unable to update event. Please try again." (screenshot attached).

The candidate is already on site at reception. Is there anything I can do in the next few minutes to get Róisín onto the interview properly?

Thank you,
Fiona

|sig|Fiona Gallagher
|sig|Executive Assistant to Siobhán Kavanagh, VP Customer Operations
|sig|Larkspur Labs Ireland | 2 Grand Canal Square, Dublin 2
""" + DISCLAIMER_IE
subj = "Interviewer swap failing - interview at 15:00 today"
build("k-en-swap-fails", L("scheduling_blocker", "forward_support", "", "en",
      "outlook-multipart-alternative;qp;cp1252;png;attachment;disclaimer", "swap interviewer fails 20 min before"),
      frm=person("Fiona Gallagher"), subject=subj, dt=dt,
      part=outlook_alt_part(txt, lang="EN-IE", atts=[attach("image001.png", "image/png", png(seed=33))]),
      thread=outlook_extra(subj, "en-IE", attach=True))

# Teams link says meeting doesn't exist, interview now (Outlook iOS)
dt = when(3, 4, 11, 2, "london", 30)
txt = """candidate + 2 interviewers cant get into the teams link - it says "this meeting doesn't exist or has ended". was meant to start 2 mins ago (11:00). it's the grad software engineer final for Ellie Thompson. what do i do?? can goodtime make a new link or do i just send my own"""
build("k-en-teams-now", L("scheduling_blocker", "forward_support", "", "en",
      "outlook-ios;multipart-alternative;qp;lowercase", "Teams link invalid, interview already started"),
      frm=person("Priya Raman"), subject="teams link not working RIGHT NOW", dt=dt, part=outlook_ios_part(txt))

# one-liner: can't reschedule, 20 min (iPhone, no Message-ID)
dt = when(2, 25, 13, 41, "austin", 2)
build("k-en-oneliner", L("scheduling_blocker", "forward_support", "", "en",
      "iphone;7bit;one-liner;caps;typos;no-message-id", "reschedule button greyed out 20 min before"),
      frm=person("Tay Nguyen"), subject="HELP", dt=dt,
      part=iphone_part("cant reschedule the 2pm final its 1:40 and the button is greyed out. candidate needs to move to 2:30 HELP\n\nSent from my iPhone\n", cte="7bit"),
      mid_=None, mime="1.0 (1.0)", post=IPHONE_POST)

# forwarded from candidate (Begin forwarded message:), interviewer never invited
dt = when(1, 20, 10, 12, "austin", 47)
txt = """Please can someone help immediately - the candidate below is sitting in the Zoom waiting room. GoodTime shows Douglas as the interviewer for 10:00 but Douglas says he never received an invite and the meeting isn't in his calendar. I don't have the host link.

Trish

Begin forwarded message:

From: Samuel Adeyemi <samuel.adeyemi@outlook.com>
Subject: Interview this morning
Date: January 20, 2026 at 10:09:33 AM CST
To: Patricia Delgado <patricia.delgado@larkspur-labs.com>

Hi Patricia,

I have been in the Zoom waiting room since 9:58 for my 10:00 interview for the Regional Sales Director role and nobody has joined yet. I just wanted to check I have the right link - it is the one from the confirmation email.

Kind regards,
Samuel Adeyemi
"""
build("k-en-forward-waiting", L("scheduling_blocker", "forward_support", "", "en",
      "apple-mail;multipart-alternative;qp;forward-apple-begin-forwarded", "candidate waiting in Zoom, interviewer never invited"),
      frm=person("Patricia Delgado"), subject="Fwd: Interview this morning", dt=dt,
      part=apple_part(txt), mid_="apple", post=[("X-Mailer", "Apple Mail (2.3826.400.131.1.6)")])

# panel starting, two interviewers have no invite; reply on top of an unrelated Outlook thread
dt = when(3, 17, 10, 48, "london", 3)
txt = """Sorry to hijack this thread - we have a live problem.

The panel for the Principal Designer candidate starts at 11:00 (12 minutes). GoodTime shows four interviewers on it, but two of them (Tom Hale and Anika Desai) have no invite in their calendars at all and didn't know they were on it. The candidate is already in the building. Can someone help me get them added properly right now?

Eleanor
07700 900 561
---QUOTE---
From: GoodTime Help Line <helpline@larkspur-labs.com>
Sent: 12 March 2026 16:20
To: Eleanor Whitfield <eleanor.whitfield@larkspur-labs.com>
Subject: RE: Access for the new product EA

Hi Eleanor,

Ayesha now has coordinator access in GoodTime. She may need to log out and back in before the scheduling tab appears.

Best,
Helpline
"""
subj = "RE: Access for the new product EA"
build("k-en-panel-no-invites", L("scheduling_blocker", "forward_support", "", "en",
      "outlook-html-only;qp;cp1252;reply-outlook-block;quoted-thread-other-topic", "panel in 12 min, two interviewers not invited"),
      frm=person("Eleanor Whitfield"), subject=subj, dt=dt, part=outlook_html_part(txt, lang="EN-GB", font="Aptos"),
      thread=outlook_extra(subj, "en-GB"), inreply=mid("outlook"))

# Dublin onsite: itinerary has the old building; candidate at the wrong reception (Gmail-style)
dt = when(2, 2, 9, 7, "dublin", 14)
txt = """Hi - urgent one.

Our 9:30 onsite candidate (Support Engineer, Conor Walsh) has just rung from reception at our OLD building on Barrow Street - the itinerary GoodTime sent him has the old address even though the interview is set for Grand Canal Square. He's walking over now but the first session starts in 20 mins and he'll need a corrected schedule on his phone, plus the first interviewer thinks it's in a different room to what GoodTime says.

Can someone help sort out what's actually booked and get him the right itinerary now?

Jake Fernandes
Early Careers Recruiter, Dublin
"""
build("k-en-wrong-building", L("scheduling_blocker", "forward_support", "", "en",
      "gmail;multipart-alternative;base64", "candidate at wrong building, first session in 20 min"),
      frm=person("Jake Fernandes"), subject="Candidate at wrong building - onsite starting 9:30", dt=dt,
      part=gmail_part(txt, cte_plain="base64", cte_html="base64"), mid_="gmail", date_style="gmail",
      trans="google", tkw=dict(src_dom=DOM, hdr_dom=DOM, src_host="mail-sor-f54.google.com", dk_sel="google", n=8))

# time zone live: candidate in Tokyo on the call, interviewer's invite is an hour later (Outlook alt, long subject folded)
dt = when(3, 12, 20, 4, "austin", 55)
txt = """Hi,

Our candidate in Tokyo (Kenji Watanabe, Staff Engineer) is on the Zoom right now - it's 10:00 am Friday for him, which is what his GoodTime confirmation says. But the interviewer's invite (Rajiv) says 9:00 pm CT, which is an hour from now, so Rajiv isn't there. Rajiv could join now if we can confirm which is right, but he is asking me whether the whole loop tomorrow is also off by an hour.

Can someone look at this immediately? The candidate is waiting.

Margaret
"""
subj = "Candidate waiting on Zoom now - GoodTime times do not match interviewer invite (Tokyo candidate, Staff Engineer loop)"
build("k-en-tokyo-now", L("scheduling_blocker", "forward_support", "", "en",
      "outlook-multipart-alternative;qp;cp1252;folded-subject;night", "candidate waiting, interviewer invite an hour later"),
      frm=person("Margaret Lindqvist"), subject=subj, dt=dt, part=outlook_alt_part(txt),
      thread=outlook_extra(subj))

# blocker (de): candidate waiting in the video call, interviewer has no link (iPhone)
dt = when(2, 17, 14, 3, "berlin", 9)
txt = """Hallo, dringend: Kandidat sitzt seit 14:00 im Zoom und wartet, die Interviewerin (Miriam Koch) hat in ihrer Einladung keinen Link, nur "Details folgen". Ich komme gerade nicht an den Rechner. Kann jemand ihr bitte sofort den richtigen Link schicken oder mir sagen, wo ich ihn in GoodTime finde?

Jonas

Von meinem iPhone gesendet
"""
build("k-de-waiting", L("scheduling_blocker", "forward_support", "", "de",
      "iphone;qp;rfc2047-q;mobile-sig", "Kandidat wartet, Interviewerin ohne Link"),
      frm=person("Jonas Hartmann"), subject=ew("DRINGEND: Kandidat wartet – Interviewerin hat keinen Link", "utf-8", "Q"), dt=dt,
      part=iphone_part(txt), mid_="iphone", mime="1.0 (1.0)", post=[("X-Mailer", "iPhone Mail (22C161)")])

# blocker (es): candidate at Madrid reception, no room booked and GoodTime won't book (iPhone)
dt = when(3, 19, 9, 52, "madrid", 33)
txt = """La candidata de las 10:00 (Finance Manager) ya está en recepción y la entrevista no tiene sala. GoodTime dice que la sala Retiro estaba reservada pero en Outlook no aparece nada y ahora mismo está ocupada. Intento reservar otra desde GoodTime y me da error. Vienen dos entrevistadores en 5 minutos. ¿Alguien me puede ayudar YA?

Enviado desde mi iPhone
"""
build("k-es-reception", L("scheduling_blocker", "forward_support", "", "es",
      "iphone;8bit;raw-utf8-subject;mobile-sig;caps", "candidata en recepción sin sala"),
      frm=person("Lucía Fernández", "lucia.fernandez@larkspur-labs.com"),
      subject="Candidata en recepción y sin sala – URGENTE", dt=dt,
      part=iphone_part(txt, cte="8bit"), mid_="iphone", mime="1.0 (1.0)", post=IPHONE_POST)

# blocker (pt): Google Meet link invalid, 10 minutes (Outlook HTML only)
dt = when(1, 27, 15, 50, "lisbon", 40)
txt = """Olá,

Tenho uma entrevista às 16:00 (daqui a 10 minutos) com uma candidata para Customer Success Manager e o link do Google Meet que o GoodTime gerou dá "Não é possível participar nesta videochamada" - tanto a mim como à candidata, que já me escreveu.

Há alguma forma de gerar um link novo pelo GoodTime agora, ou envio um link meu e corrijo depois?

Obrigada,
Inês Carvalho
Talent Acquisition · Lisboa
"""
build("k-pt-meet", L("scheduling_blocker", "forward_support", "", "pt",
      "outlook-html-only;qp;cp1252;rfc2047-b-subject", "link do Meet inválido, 10 minutos"),
      frm="=?utf-8?B?SW7DqnMgQ2FydmFsaG8=?= <ines.carvalho@larkspur-labs.com>",
      subject=ew("Entrevista daqui a 10 minutos – link do Meet não funciona", "utf-8", "B", splits=[29]), dt=dt,
      part=outlook_html_part(txt, lang="PT"), thread=outlook_extra("Entrevista", "pt-PT"))


# =========================================================================================
# FEATURE REQUESTS
# =========================================================================================
# "URGENT" subject over a feature wish (EA, Outlook HTML only)
dt = when(2, 10, 8, 31, "london")
txt = """Good morning,

I wanted to raise something that has come up several times on the executive searches we support for Nadia.

When GoodTime sends a candidate the details of their interviews, it lists each interviewer's full job title alongside their name. For most roles that is perfectly fine, but on confidential leadership searches it can reveal more than we would like - for instance, that the candidate is meeting our General Counsel, or a board member, before anything has been announced internally.

It would be enormously helpful if GoodTime offered a way to show names only (or a custom description, such as "Member of the leadership team") for particular searches, rather than us having to edit every message by hand before it goes out. I imagine other companies running confidential searches would find it useful too.

Would you be able to pass this suggestion on to GoodTime?

With thanks and best wishes,
Eleanor

|sig|Eleanor Whitfield
|sig|Senior Executive Assistant to Nadia Karimi, Chief Product Officer
|sig|Larkspur Labs | London
""" + DISCLAIMER_UK
subj = "URGENT: interviewer job titles on candidate e-mails"
build("f-en-urgent-titles", L("feature_request", "product_board_reply", "", "en",
      "outlook-html-only;qp;cp1252;misleading-subject;disclaimer", "option to hide interviewer titles"),
      frm=person("Eleanor Whitfield"), subject=subj, dt=dt, part=outlook_html_part(txt, lang="EN-GB", font="Aptos"),
      thread=outlook_extra(subj, "en-GB"), post=[("Importance", "high")])

# campus: bulk scheduling for superday (iPhone, typos)
dt = when(2, 26, 20, 18, "austin")
txt = """it would be sooo much easier if goodtime let us schedule all 40 superday students in one go instead of one by one. same day, same 4 rotations, just diff times. took me literaly 6 hrs today. can u pass this on to goodtime or whoever

Sent from my iPhone
"""
build("f-en-bulk-superday", L("feature_request", "product_board_reply", "", "en",
      "iphone;qp;typos;lowercase;mobile-sig;night", "bulk schedule superday"),
      frm=person("Brianna Kowalski"), subject="superday idea", dt=dt,
      part=iphone_part(txt), mid_="iphone", mime="1.0 (1.0)", post=IPHONE_POST)

# Slack notification on declines (Gmail-style)
dt = when(1, 23, 11, 6, "dublin")
txt = """Hi,

Different subject, but while I have you - small wish for GoodTime: could it post a message in Slack (or Teams) when an interviewer declines? At the moment I only find out when I happen to open the interview, and twice this month I found out the morning of.

A ping to the recruiter who owns the interview would be plenty.

Cheers,
Jake
"""
build("f-en-slack-decline", L("feature_request", "product_board_reply", "", "en",
      "gmail;multipart-alternative;qp;reply-on-wrote;quoted-gt;quoted-thread-other-topic", "Slack ping when interviewer declines"),
      frm=person("Jake Fernandes"), subject="Re: Your GoodTime account - Dublin office", dt=dt,
      part=gmail_part(txt, quote_attr="On Wed, 21 Jan 2026 at 16:02, GoodTime Help Line <helpline@larkspur-labs.com> wrote:",
                      quoted="Hi Jake,\n\nYour GoodTime account is now set to the Dublin office and the Europe/Dublin time zone, so the\nGrand Canal Square rooms should show up when you book onsites.\n\nBest,\nHelpline"),
      mid_="gmail", date_style="gmail", trans="google", inreply=mid("outlook"),
      tkw=dict(src_dom=DOM, hdr_dom=DOM, src_host="mail-sor-f41.google.com", dk_sel="google", n=6))

# EA week view of a VP's interview load (Outlook alt, windows-1252)
dt = when(3, 5, 16, 2, "austin")
txt = """Good afternoon,

I'd like to suggest an improvement that would make life a great deal easier for the executive assistants.

At the moment, to see how many interviews Carlos has in a given week, I have to open each candidate separately or go through his calendar by hand. What would really help is a simple weekly view in GoodTime, for the person I support, showing all of their upcoming interviews and how close they are to their limit - something I could glance at on a Monday morning and print if needed.

I know at least three other EAs who would use this daily.

Thank you for considering it,
Trish

|sig|Patricia Delgado
|sig|Executive Assistant to Carlos Mendoza, VP Sales Americas
|sig|Larkspur Labs | Austin, TX
"""
subj = "Suggestion - weekly interview view for EAs"
build("f-en-ea-weekview", L("feature_request", "product_board_reply", "", "en",
      "outlook-multipart-alternative;qp;cp1252", "weekly view of a VP's interviews"),
      frm=person("Patricia Delgado"), subject=subj, dt=dt, part=outlook_alt_part(txt), thread=outlook_extra(subj))

# candidate-local time on interviewer invites (Outlook HTML only)
dt = when(3, 23, 12, 30, "london")
txt = """Hello,

A suggestion, if it's helpful: when interviewers receive the invite for a candidate in a different country, it would be lovely if the invite also showed the time in the candidate's own time zone (e.g. "14:00 GMT / 10:00 EDT for the candidate"). Our interviewers often open with "sorry it's so early for you" and get it wrong.

Best,
Harriet
"""
subj = "Small suggestion for interviewer invites"
build("f-en-candidate-tz", L("feature_request", "product_board_reply", "", "en",
      "outlook-html-only;qp;cp1252;resembles-time-zones", "show candidate local time on interviewer invites"),
      frm=person("Harriet Okonkwo-Blake"), subject=subj, dt=dt, part=outlook_html_part(txt, lang="EN-GB"),
      thread=outlook_extra(subj, "en-GB"))

# FORM MAILER feature request (Typeform notification)
dt = when(2, 20, 22, 14, "utc")
txt = """New response to "GoodTime ideas box"

Name
Sam Whitaker

Work email
sam.whitaker@larkspur-labs.com

Team
Recruiting Coordination - Austin

What's your idea?
Let coordinators set a rule like "never offer candidates a slot before 9am
or after 6pm in the candidate's own time zone". Right now self-scheduling
happily offers 7am slots to candidates on the West Coast.

How often does this come up?
Every week

---
You're receiving this because you're a notification recipient for this
form. Manage notifications: https://admin.typeform.com/form/Lk8sP2/notifications
"""
build("f-en-form-ideas", L("feature_request", "forward_support|needs_review", "", "en",
      "form-mailer;typeform;auto-submitted;x-auto-response-suppress;noreply-from;qp;multipart-alternative",
      "ideas-box form: candidate-local time window rule"),
      frm="Typeform <notifications@typeform.io>",
      subject="New response: GoodTime ideas box", dt=dt,
      part=multipart("alternative", [text_part(txt, "plain", "utf-8", "quoted-printable"),
                                     text_part("<html><body><h2>New response to &quot;GoodTime ideas box&quot;</h2>"
                                               + "".join(f"<p>{esc(x)}</p>" for x in txt.split("\n\n")[1:-1])
                                               + "</body></html>\n", "html", "utf-8", "quoted-printable")],
                     boundary=f"{hexs(28).lower()}"),
      trans="esp", tkw=dict(src_dom="typeform.io", src_host="o3.email.typeform.io", n=7), mid_=None, crlf=False,
      reply_to="sam.whitaker@larkspur-labs.com",
      post=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
            ("X-SG-EID", b64rand(40)), ("X-Entity-ID", b64rand(16))])

# branding per business unit (Outlook HTML only, long sig)
dt = when(1, 13, 10, 19, "austin")
txt = """Hi team,

Now that Larkspur Federal is running its own hiring, the Federal leadership would like candidate-facing e-mails from GoodTime for their roles to carry the Larkspur Federal logo and colours rather than the main Larkspur Labs branding. Their candidates are often confused about which entity they are interviewing with.

Could we ask GoodTime to consider branding per business unit or per job, so that the right logo and footer are used automatically?

Thanks,
Douglas

|sig|Douglas Pemberton
|sig|Executive Recruiter | Larkspur Labs
|sig|600 Congress Avenue, Suite 1400, Austin, TX 78701
""" + DISCLAIMER_US
subj = "Branding per business unit in candidate e-mails"
build("f-en-branding", L("feature_request", "product_board_reply", "", "en",
      "outlook-html-only;qp;cp1252;disclaimer", "logo per business unit"),
      frm=person("Douglas Pemberton"), subject=subj, dt=dt, part=outlook_html_part(txt), thread=outlook_extra(subj))

# two topics: thanks for a fix + wish to clone an interview plan (Outlook alt)
dt = when(2, 27, 15, 12, "austin")
txt = """Hi all,

Two things.

First, thank you - the room problem from last week is fixed and Rajiv's onsites are all showing the right rooms now.

Second, a wish: when four finalists go through exactly the same onsite, I have to rebuild the same sessions, breaks and interviewers for each of them. It would save a lot of time if I could copy the plan I built for one candidate straight onto another and then just adjust the times. Could this go to GoodTime as a suggestion?

Best regards,
Margaret
"""
subj = "Thanks + a suggestion"
build("f-en-clone-plan", L("feature_request", "product_board_reply", "", "en",
      "outlook-multipart-alternative;qp;cp1252;two-topics", "copy an interview plan between candidates"),
      frm=person("Margaret Lindqvist"), subject=subj, dt=dt, part=outlook_alt_part(txt), thread=outlook_extra(subj))

# assessment centres (Outlook iOS)
dt = when(3, 9, 18, 26, "london")
txt = """we really need goodtime to handle assessment centres properly - one slot, 6 grads at once, interviewers rotating round the groups every 30 mins. right now we fake it with 6 separate interviews and it falls apart as soon as one person moves. please add this to the wishlist, we run 12 of these a year in london alone"""
build("f-en-assessment-centre", L("feature_request", "product_board_reply", "", "en",
      "outlook-ios;multipart-alternative;qp;lowercase", "group assessment centres"),
      frm=person("Priya Raman"), subject="assessment centres in goodtime", dt=dt, part=outlook_ios_part(txt))

# feature (es): e-mail templates in the candidate's language (Outlook HTML only)
dt = when(2, 4, 13, 15, "madrid")
txt = """Hola,

Os escribo con una propuesta de mejora para GoodTime.

Ahora mismo, para los candidatos de España y LatAm tenemos que elegir a mano la plantilla en español cada vez, y más de una vez se nos ha colado el correo en inglés. Estaría genial que GoodTime eligiera automáticamente el idioma de los correos según el país o el idioma del candidato en el ATS.

¿Se lo podéis trasladar a GoodTime?

Gracias,
Nuria
"""
build("f-es-language", L("feature_request", "product_board_reply", "", "es",
      "outlook-html-only;qp;cp1252", "idioma automático de los correos"),
      frm=ew("Nuria Peña", "iso-8859-1", "Q") + " <nuria.pena@larkspur-labs.com>",
      subject="Propuesta: idioma de los correos según el candidato", dt=dt,
      part=outlook_html_part(txt, lang="ES"), thread=outlook_extra("Propuesta", "es-ES"))

# feature (fr): reception notification and access map automatically; PDF attached
dt = when(3, 6, 15, 34, "lyon")
txt = """Bonjour,

Une suggestion pour GoodTime : pour les entretiens sur site à Lyon, ce serait très pratique que l'accueil soit prévenu automatiquement (nom du candidat, heure d'arrivée, badge visiteur) et que le plan d'accès soit joint d'office au message envoyé au candidat. Aujourd'hui je fais les deux à la main pour chaque candidat.

Je joins le plan d'accès que j'envoie actuellement, pour illustrer.

Merci de transmettre !
Hélène
"""
build("f-fr-reception", L("feature_request", "product_board_reply", "", "fr",
      "apple-mail;multipart-alternative;qp;pdf;attachment", "prévenir l'accueil + plan d'accès"),
      frm=ew("Hélène Marchand", "iso-8859-1", "Q") + " <helene.marchand@larkspur-labs.com>",
      subject="Suggestion : accueil et plan d'accès pour les entretiens sur site", dt=dt,
      part=apple_part(txt, atts=[attach("Plan-acces-Lyon.pdf", "application/pdf",
                                        pdf(["Larkspur Labs - Lyon", "23 quai Perrache, 69002 Lyon",
                                             "Tram T2 arret Perrache / Metro A Perrache",
                                             "Accueil au rez-de-chaussee, badge visiteur"], "Plan d'acces Lyon"))]),
      mid_="apple", post=APPLE_POST)

# feature (pt): block Portuguese public holidays (Gmail-style)
dt = when(3, 20, 10, 41, "lisbon")
txt = """Olá,

Uma sugestão para passarem à GoodTime: seria ótimo se os feriados nacionais e municipais (o 13 de junho em Lisboa, por exemplo) fossem bloqueados automaticamente para os entrevistadores de Portugal. No ano passado o GoodTime propôs vários horários no dia de Santo António e tivemos de reagendar tudo à mão.

Obrigado,
Tiago Sousa
Engineering Lead, Lisboa
"""
build("f-pt-holidays", L("feature_request", "product_board_reply", "", "pt",
      "gmail;multipart-alternative;base64;rfc2047-b-subject", "bloquear feriados portugueses"),
      frm=person("Tiago Sousa"), subject=ew("Sugestão: feriados de Portugal no GoodTime"), dt=dt,
      part=gmail_part(txt, cte_plain="base64", cte_html="base64"), mid_="gmail", date_style="gmail",
      trans="google", tkw=dict(src_dom=DOM, hdr_dom=DOM, src_host="mail-sor-f52.google.com", dk_sel="google", n=7))


# =========================================================================================
# ESCALATIONS
# =========================================================================================
# renewal + seats (Head of Exec Recruiting, Outlook HTML only, winmail.dat)
dt = when(2, 9, 10, 4, "london")
txt = """Dear Helpline team,

Ahead of our GoodTime renewal in May, I would like to open a conversation about our licence arrangements.

Since the autumn, the executive assistants to all twelve VPs have become regular users of GoodTime for the leadership searches, and we expect to add a further ten or so EAs and around fifteen hiring coordinators in Dublin and Lisbon over the coming months. As I understand it, we are currently close to the number of seats in our contract, and I would rather agree the right number now than run into limits in the middle of a search.

Could you please make sure this reaches the right person at GoodTime, and let me know who on our side owns the commercial relationship? I would welcome a call before the end of the month, ideally with figures for an additional 25 seats.

Kind regards,

Cordelia Ashworth

|sig|Cordelia Ashworth
|sig|Head of Executive Recruiting
|sig|Larkspur Labs | 1 Finsbury Avenue | London EC2M 2PF
|sig|T: +44 20 7946 0300 | M: +44 7700 900 101
|sig|Assistant: Beatrice Holloway - beatrice.holloway@larkspur-labs.com
""" + DISCLAIMER_UK
subj = "GoodTime renewal - additional seats for EAs and coordinators"
p = outlook_html_part(txt, lang="EN-GB")
p = multipart("mixed", [p, Part([("Content-Type", 'application/ms-tnef; name="winmail.dat"'),
                                  ("Content-Transfer-Encoding", "base64"),
                                  ("Content-Disposition", 'attachment; filename="winmail.dat"')], b64(winmail()))],
              boundary=f"_003_{hexs(40)}_")
build("x-en-renewal-seats", L("escalation", "flag_csm", "", "en",
      "outlook-html-only;qp;cp1252;winmail-dat;long-signature;disclaimer;received-chain;dkim", "renewal, 25 more seats"),
      frm=person("Cordelia Ashworth"), subject=subj, dt=dt, part=p,
      thread=outlook_extra(subj, "en-GB", attach=True, tnef=True), trans="internal_long", tkw=dict(n=7))

# overall complaint from VP Talent (Outlook alt)
dt = when(3, 13, 17, 52, "austin")
txt = """Team,

I want to be direct: the last quarter with GoodTime has not been good enough.

In the leadership staff meeting this week I heard, from three different VPs, about double-booked interviewers, candidates receiving invites without video links, and tickets to GoodTime Support that sat for days before anyone replied. Individually each of these was eventually fixed. Taken together, the executive team is losing confidence in the tool, and some EAs have quietly gone back to scheduling by hand, which defeats the purpose of what we are paying for.

I would like a proper review with GoodTime's account team in the next two weeks: what has gone wrong since January, what they are doing about the recurring items, and what they propose for Q2. Please set that up and include Cordelia and Nadia.

Graham

|sig|Graham Ellis
|sig|VP Talent Acquisition | Larkspur Labs
|sig|Austin - London - Dublin
"""
subj = "GoodTime - we need a review"
build("x-en-complaint", L("escalation", "flag_csm", "", "en",
      "outlook-multipart-alternative;qp;cp1252", "exec confidence, wants account review"),
      frm=person("Graham Ellis"), subject=subj, dt=dt, part=outlook_alt_part(txt), thread=outlook_extra(subj),
      cc=f"{person('Cordelia Ashworth')}; {person('Nadia Farouk')}")

# training request for the campus team (Outlook alt)
dt = when(3, 25, 11, 27, "austin")
txt = """Hi helpline,

We have 15 new campus recruiters and coordinators joining the Early Careers team between June and early July, ahead of the fall recruiting season (plus 4 in Dublin). Most of them have never used GoodTime.

Could we arrange a proper training session for the whole group - ideally run by GoodTime themselves, covering phone screens at volume, superdays and self-scheduling - some time in the week of July 6? Last year people learned it by shadowing each other and we ended up with six different ways of doing the same thing.

Happy to work around GoodTime's availability. Please let me know what's possible.

Thanks!
Danielle

|sig|Danielle Brooks
|sig|Early Careers Recruiting Manager, Americas | Larkspur Labs
"""
subj = "GoodTime training for new campus team (July)"
build("x-en-training", L("escalation", "flag_csm", "", "en",
      "outlook-multipart-alternative;qp;cp1252", "training session for 19 new recruiters"),
      frm=person("Danielle Brooks"), subject=subj, dt=dt, part=outlook_alt_part(txt), thread=outlook_extra(subj))

# seat limit reached (Gmail-style forward of the error + two lines)
dt = when(1, 6, 9, 44, "austin")
txt = """Two new coordinators started yesterday and we can't add either of them - GoodTime shows the message below. Who do we talk to about more licences? Sam has to start scheduling for the Q1 sales hiring push on Monday.

Nadia

---------- Forwarded message ---------
From: GoodTime <no-reply@goodtime.io>
Date: Mon, Jan 5, 2026 at 4:12 PM
Subject: User invitation could not be sent
To: <nadia.farouk@larkspur-labs.com>

Your organisation has reached its licensed seat limit (120 of 120).
The invitation to sam.whitaker@larkspur-labs.com could not be sent.
Please contact your GoodTime account administrator.
"""
build("x-en-seat-limit", L("escalation", "flag_csm", "", "en",
      "gmail;multipart-alternative;qp;forward-gmail", "licensed seat limit reached"),
      frm=person("Nadia Farouk"), subject="Fwd: User invitation could not be sent", dt=dt,
      part=gmail_part(txt), mid_="gmail", date_style="gmail", trans="google",
      tkw=dict(src_dom=DOM, hdr_dom=DOM, src_host="mail-sor-f45.google.com", dk_sel="google", n=8))

# process change consultation for confidential exec searches (Outlook HTML only)
dt = when(2, 2, 15, 14, "london")
txt = """Dear colleagues,

Following the discussion at last week's talent leadership meeting, we would like to rethink how confidential executive searches are scheduled end to end.

At present we handle them outside our normal process: the EAs schedule by hand, interviewers see the candidate's full name in their calendars, and debriefs are arranged by e-mail. With eight confidential searches planned for this year, that is no longer sustainable, and it carries real risk.

We would value an advisory session with GoodTime on how other customers run this kind of search - what a sensible workflow looks like, which parts of GoodTime they use and which they keep outside it - so that we can design a standard process for Larkspur. Please could you arrange this with the appropriate people at GoodTime? Harriet and I will attend, together with two of the EAs.

Kind regards,
Cordelia

|sig|Cordelia Ashworth
|sig|Head of Executive Recruiting
|sig|Larkspur Labs | London
""" + DISCLAIMER_UK
subj = "Confidential executive searches - process review with GoodTime"
build("x-en-process", L("escalation", "flag_csm", "", "en",
      "outlook-html-only;qp;cp1252;disclaimer;long-signature", "advisory session on a new workflow"),
      frm=person("Cordelia Ashworth"), subject=subj, dt=dt, part=outlook_html_part(txt, lang="EN-GB"),
      thread=outlook_extra(subj, "en-GB"), cc=person("Harriet Okonkwo-Blake"))

# recurring Dublin calendar sync outage, happening again today (live fault) - long Received chain
dt = when(3, 16, 9, 31, "dublin")
txt = """Hello,

The calendar sync for the Dublin office is down again this morning - every Dublin interviewer shows as free all day in GoodTime, including people who are on leave. This is the fourth time since January (7 Jan, 29 Jan, 19 Feb and today).

Each time, GoodTime Support fixes it within a day and closes the ticket, but nobody has ever told us why it happens or what is being done to stop it. My team has had to reschedule 11 interviews over these incidents, two of them with senior candidates.

Please (1) get today's outage in front of GoodTime Support straight away, and (2) escalate the pattern with GoodTime at account level - I want a root-cause explanation in writing and a conversation about service credits.

Aoife Brennan
Head of Talent Acquisition, EMEA
Larkspur Labs Ireland
"""
subj = "4th Dublin calendar sync outage since January - escalation needed"
build("x-en-dublin-recurring-live", L("escalation", "flag_csm+forward_support", "", "en",
      "outlook-multipart-alternative;qp;cp1252;received-chain;dkim;recurring", "recurring outage, down again today"),
      frm=person("Aoife Brennan"), subject=subj, dt=dt, part=outlook_alt_part(txt, lang="EN-IE"),
      thread=outlook_extra(subj, "en-IE"), trans="internal_long", tkw=dict(n=9),
      post=[("Importance", "high")])

# agency complaint forwarded, happening again today (live fault) - Outlook HTML only with agency disclaimer
dt = when(2, 26, 12, 3, "london")
txt = """Helpline team,

Please see the e-mail below from Hawthorne Partners, who run three of our executive searches. This is now damaging our reputation with search partners, and the CFO's office is aware of the missed interview.

It has happened again this morning: the candidate for the Group Financial Controller role, based in Chicago, has just told Hawthorne his confirmation says 15:00 his time while the interview is at 15:00 London time. That interview is tomorrow.

I would like this raised with GoodTime at the account level - not just as another ticket - and today's case looked at straight away.

Cordelia
---QUOTE---
From: James Thornbury <j.thornbury@hawthorne-partners.co.uk>
Sent: 26 February 2026 10:47
To: Cordelia Ashworth <cordelia.ashworth@larkspur-labs.com>
Subject: Larkspur - interview times for our candidates

Dear Cordelia,

I'm sorry to raise this again. In the past three weeks three of our candidates on your searches have received interview confirmations showing the wrong time, and last Thursday one of them missed his interview with your CFO entirely as a result. He has since withdrawn.

Our candidates are senior people taking time out of demanding roles, and this reflects on both of our firms. I would be grateful if you could look into it with whoever provides your scheduling system.

Kind regards,
James

James Thornbury
Partner | Hawthorne Partners Executive Search
30 St Mary Axe, London EC3A 8BF
IMPORTANT: This e-mail is CONFIDENTIAL and may be legally privileged. If you have received it in error, please notify us immediately and delete it. Any views expressed are those of the individual sender. Hawthorne Partners accepts no liability for any error or omission in the contents of this message.
"""
subj = "FW: Larkspur - interview times for our candidates"
build("x-en-agency-live", L("escalation", "flag_csm+forward_support", "", "en",
      "outlook-html-only;qp;cp1252;forward-outlook-block;disclaimer", "agency complaint, wrong times again today"),
      frm=person("Cordelia Ashworth"), subject=subj, dt=dt, part=outlook_html_part(txt, lang="EN-GB"),
      thread=outlook_extra(subj, "en-GB"), post=[("Importance", "high")])

# procurement: renewal quote with uplift, PDF attached
dt = when(3, 18, 14, 5, "austin")
txt = """Hello,

Finance has received GoodTime's renewal quote for the contract year starting 1 May 2026 (attached). It shows a 12% uplift on the per-seat price compared with last year and bundles two add-ons we did not ask for.

Before I respond to GoodTime's account executive I need to understand who on the recruiting side owns this relationship, how many seats we actually use today, and whether the add-ons are needed. Could you route this to the right person and let me know who I should be speaking to? We need to respond by 3 April.

Regards,

Tom Hargreaves
Procurement Manager | Larkspur Labs
600 Congress Avenue, Suite 1400, Austin, TX 78701
"""
quote = pdf(["GoodTime, Inc. - Renewal Quote Q-2026-04418", "Customer: Larkspur Labs, Inc.",
             "Term: 1 May 2026 - 30 April 2027", "Seats: 120 x Scheduling Platform (per seat, annual)",
             "Add-on: Advanced Analytics", "Add-on: Interviewer Intelligence",
             "Price adjustment: +12% per seat", "Valid until: 15 April 2026"], "Renewal Quote Q-2026-04418")
build("x-en-procurement", L("escalation", "flag_csm", "", "en",
      "outlook-multipart-alternative;qp;cp1252;pdf;attachment", "renewal quote with uplift"),
      frm=person("Tom Hargreaves"), subject="GoodTime renewal quote - who owns this?", dt=dt,
      part=outlook_alt_part(txt, atts=[attach("GoodTime_Renewal_Quote_Q-2026-04418.pdf", "application/pdf", quote)]),
      thread=outlook_extra("GoodTime renewal quote - who owns this?", attach=True))

# org-wide knowledge gap / adoption review (Thunderbird)
dt = when(1, 16, 16, 45, "london")
txt = """Hi all,

Looking at what has come into the help line over the last two months, a
large share is hiring managers across the company asking the same basic
things - how to see their interviews, why they were picked, how to
decline properly. They were never really onboarded when we rolled
GoodTime out beyond the recruiting team.

I'd like us to go back to GoodTime and ask for an adoption review and a
proper enablement plan for hiring managers across all three offices -
what material they have, whether they can run sessions, and what other
customers have done. Can we get that started? Happy to own it on our side.

Nadia

--
Nadia Farouk
Recruiting Operations Lead, EMEA | Larkspur Labs
"""
build("x-en-adoption", L("escalation", "flag_csm", "", "en",
      "thunderbird;format-flowed;7bit", "hiring managers org-wide need enablement"),
      frm=person("Nadia Farouk"), subject="Hiring manager adoption - time to involve GoodTime", dt=dt,
      part=tb_part(txt, cte="7bit"), mid_="tb", post=[TB_UA_WIN], crlf=False)

# escalation (de): works council / DPA before Berlin rollout
dt = when(2, 18, 16, 10, "berlin")
txt = """Hallo zusammen,

bevor wir GoodTime für alle Interviewer:innen in Berlin ausrollen können, besteht der Betriebsrat auf einer aktualisierten Auftragsverarbeitungsvereinbarung mit GoodTime sowie einer Übersicht, welche Daten über Interviewer:innen gespeichert und ausgewertet werden (Stichwort Auslastungsberichte).

Ohne diese Unterlagen gibt es keine Zustimmung, und der Rollout am 1. April ist gefährdet. Könnt ihr das bitte mit GoodTime auf Vertragsebene klären bzw. an die richtige Person bei GoodTime weitergeben? Wir bräuchten die Dokumente bis spätestens 13. März für die nächste Betriebsratssitzung.

Danke und viele Grüße
Henrike Baumann
HR Business Partner DACH | Larkspur Labs GmbH
"""
build("x-de-works-council", L("escalation", "flag_csm", "", "de",
      "outlook-multipart-alternative;base64;utf-8;rfc2047-b-subject", "Betriebsrat verlangt AVV vor Rollout"),
      frm=person("Henrike Baumann"), subject=ew("Betriebsrat / AVV vor GoodTime-Rollout in Berlin – bitte klären", "utf-8", "B"), dt=dt,
      part=outlook_alt_part(txt, cs="utf-8", lang="DE", cte="base64"),
      thread=outlook_extra("Betriebsrat", "de-DE"))

# escalation (fr): recurring problems + live fault today
dt = when(3, 18, 9, 12, "lyon")
txt = """Bonjour,

Je me permets de vous écrire car la situation devient difficile à tenir à Lyon.

Depuis trois semaines, nous avons des problèmes à répétition avec GoodTime : liens Teams manquants, invitations en double, et deux candidats qui ont reçu une mauvaise adresse. À chaque fois un ticket est ouvert, puis fermé, et le problème revient. Encore ce matin, deux entretiens prévus à 10h et 11h n'ont pas de lien Teams.

J'aimerais que ce point soit remonté au niveau de notre interlocuteur chez GoodTime, avec un vrai suivi, et que les deux entretiens de ce matin soient traités en priorité.

Cordialement,
Camille Rousseau
Chargée de recrutement, Larkspur Labs Lyon
"""
build("x-fr-recurring-live", L("escalation", "flag_csm+forward_support", "", "fr",
      "outlook-html-only;qp;cp1252;rfc2047-q;rfc2047-split", "problèmes récurrents + encore ce matin"),
      frm=person("Camille Rousseau"), subject=ew("Problèmes récurrents GoodTime à Lyon – demande d'escalade", "utf-8", "Q", splits=[12]), dt=dt,
      part=outlook_html_part(txt, lang="FR"), thread=outlook_extra("Problemes recurrents", "fr-FR"))

# escalation (pt): licences for the Lisbon team
dt = when(1, 29, 11, 38, "lisbon")
txt = """Olá a todos,

A partir de março vamos ter mais dez coordenadores de recrutamento em Lisboa (abertura do novo hub de Customer Success) e todos vão precisar de acesso ao GoodTime. Pelo que sei, já estamos no limite de licenças do contrato.

Quem trata do contrato com a GoodTime do nosso lado? Precisamos de saber o custo de licenças adicionais e se faz sentido antecipar a renovação. Podem encaminhar para quem de direito?

Cumprimentos,
João Ferreira
Recruiting Operations, Lisboa
"""
build("x-pt-licences", L("escalation", "flag_csm", "", "pt",
      "outlook-multipart-alternative;base64;windows-1252;raw-cp1252-subject", "mais 10 licenças para Lisboa"),
      frm=ew("João Ferreira", "iso-8859-1", "Q") + " <joao.ferreira@larkspur-labs.com>",
      subject="Licenças GoodTime para a equipa de Lisboa".encode("cp1252"), dt=dt,
      part=outlook_alt_part(txt, lang="PT", cte="base64"), thread=outlook_extra("Licencas GoodTime", "pt-PT"))


# =========================================================================================
# NOISE
# =========================================================================================
# OOO with Auto-Submitted (Exchange automatic reply)
dt = when(3, 2, 9, 0, "austin", 4)
txt = """Thank you for your message. I am out of the office from Monday, March 2 through Friday, March 13, with no access to e-mail.

For anything relating to Rajiv Menon's calendar, please contact Patricia Delgado (patricia.delgado@larkspur-labs.com). For urgent matters, please call the Engineering front desk on +1 512 555 0100.

Margaret Lindqvist
"""
subj = "Automatic reply: GoodTime drop-in clinic - March dates"
build("n-en-ooo-autosubmitted", L("noise", "ignore", "", "en",
      "ooo;auto-submitted;outlook-html-only;qp;x-auto-response-suppress", "EA out of office"),
      frm=person("Margaret Lindqvist"), subject=subj, dt=dt, part=outlook_html_part(txt),
      thread=outlook_extra(subj), inreply=mid("outlook"),
      post=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
            ("X-MS-Exchange-Inbox-Rules-Loop", "margaret.lindqvist@larkspur-labs.com"),
            ("X-MS-Exchange-Organization-AutoReplyState", "1")])

# OOO without Auto-Submitted (candidate's Gmail vacation responder, but no header)
dt = when(2, 13, 23, 18, "ny")
txt = """Hi,

I'm travelling until March 2 with limited access to email. I'll respond to your message as soon as I can after I'm back.

If this is regarding an interview, I have my phone with me: +1 917 555 0144.

Best,
Daniel
"""
build("n-en-ooo-candidate", L("noise", "ignore", "", "en",
      "ooo;no-auto-submitted;gmail;multipart-alternative;qp;external", "candidate vacation responder"),
      frm="Daniel Whitmore <d.whitmore@fastmail.com>", subject="Out of office Re: Your interview with Larkspur Labs",
      dt=dt, part=gmail_part(txt), mid_="<1771044698.4419923.1@fastmail.com>", date_style="gmail", crlf=False,
      trans="postfix", tkw=dict(src_dom="fastmail.com", src_host="wfout-b3-smtp.messagingengine.com", dk_sel="fm2", n=8),
      post=[("X-ME-Sender", "<xms:" + b64rand(20) + ">")])

# bounce: Postfix MAILER-DAEMON multipart/report
dt = when(1, 21, 14, 2, "utc", 51)
orig = f"""Return-Path: <{HELP}>
From: GoodTime Help Line <{HELP}>
To: Rebecca Lowe <r.lowe@northgate-consulting.co.uk>
Subject: RE: Access to the GoodTime interviewer pool for contractors
Date: Wed, 21 Jan 2026 14:02:44 +0000
Message-ID: {mid('outlook')}
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"

Hi Rebecca,

Contractors can be added to an interviewer pool once they have a Larkspur
account. Please ask your Larkspur manager to raise the access request.

Best,
Helpline
"""
report = multipart("report", [
    text_part("""This is the mail system at host mail.northgate-consulting.co.uk.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<r.lowe@northgate-consulting.co.uk>: host
    northgate-consulting-co-uk.mail.protection.outlook.com[52.101.73.8] said:
    550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient
    r.lowe@northgate-consulting.co.uk not found by SMTP address lookup (in reply
    to RCPT TO command)
""", "plain", "us-ascii", None, extra=[("Content-Description", "Notification")]),
    Part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")],
         f"""Reporting-MTA: dns; mail.northgate-consulting.co.uk
X-Postfix-Queue-ID: 4F1A2C0B12
X-Postfix-Sender: rfc822; {HELP}
Arrival-Date: Wed, 21 Jan 2026 14:02:47 +0000 (GMT)

Final-Recipient: rfc822; r.lowe@northgate-consulting.co.uk
Original-Recipient: rfc822;r.lowe@northgate-consulting.co.uk
Action: failed
Status: 5.1.10
Remote-MTA: dns; northgate-consulting-co-uk.mail.protection.outlook.com
Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient
    r.lowe@northgate-consulting.co.uk not found by SMTP address lookup
""".encode()),
    Part([("Content-Description", "Undelivered Message"), ("Content-Type", "message/rfc822")], orig.encode()),
], boundary="4F1A2C0B12.1769004171/mail.northgate-consulting.co.uk",
    params="; report-type=delivery-status", preamble="This is a MIME-encapsulated message.")
build("n-en-bounce-postfix", L("noise", "ignore", "", "en",
      "bounce;dsn;multipart-report;mailer-daemon;auto-submitted", "undeliverable to ex-contractor"),
      frm="MAILER-DAEMON@mail.northgate-consulting.co.uk (Mail Delivery System)", to=HELP,
      subject="Undelivered Mail Returned to Sender", dt=dt, part=report, mid_="<20260121140251.4F1A2C0B12@mail.northgate-consulting.co.uk>",
      trans="postfix", tkw=dict(src_dom="northgate-consulting.co.uk", n=6), date_style="std", crlf=False,
      pre=[("Return-Path", "<>")], post=[("Auto-Submitted", "auto-replied")])

# bounce: Exchange NDR
dt = when(3, 9, 16, 31, "utc", 7)
ndr_html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"></head><body>
<p><b><font color="#000066" size="3" face="Arial">Your message to kyle.benson@larkspur-labs.com couldn't be delivered.</font></b></p>
<p>kyle.benson wasn't found at larkspur-labs.com.</p>
<table><tr><td>helpline</td><td>Office 365</td><td>kyle.benson</td></tr><tr><td>Action Required</td><td></td><td>Recipient</td></tr></table>
<p><b>Unknown To address</b></p>
<p>How to Fix It<br>The address may be misspelled or may not exist. Try one or more of the following: Retype the recipient's address, then resend the message.</p>
<p>Diagnostic information for administrators:<br>Generating server: SA1PR11MB8468.namprd11.prod.outlook.com<br>kyle.benson@larkspur-labs.com<br>Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'</p>
</body></html>
"""
ndr = multipart("report", [
    multipart("alternative", [
        text_part("Your message to kyle.benson@larkspur-labs.com couldn't be delivered.\n\nkyle.benson wasn't found at larkspur-labs.com.\n\nhelpline    Office 365    kyle.benson\nAction Required          Recipient\n\nUnknown To address\n", "plain", "us-ascii", "quoted-printable"),
        text_part(ndr_html, "html", "us-ascii", "quoted-printable")], boundary=f"_001_{hexs(40)}_"),
    Part([("Content-Type", "message/delivery-status")],
         b"Reporting-MTA: dns;SA1PR11MB8468.namprd11.prod.outlook.com\nReceived-From-MTA: dns;CH3PR11MB7715.namprd11.prod.outlook.com\nArrival-Date: Mon, 9 Mar 2026 16:31:05 +0000\n\nFinal-Recipient: rfc822;kyle.benson@larkspur-labs.com\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found\n"),
    Part([("Content-Type", "text/rfc822-headers")],
         f"From: GoodTime Help Line <{HELP}>\nTo: Kyle Benson <kyle.benson@larkspur-labs.com>\nSubject: RE: GoodTime access for new EAs\nDate: Mon, 9 Mar 2026 16:31:02 +0000\nMessage-ID: {mid('outlook')}\n".encode()),
], boundary=f"_000_{hexs(40)}_", params="; report-type=delivery-status")
build("n-en-bounce-ndr", L("noise", "ignore", "", "en",
      "bounce;dsn;multipart-report;exchange-ndr", "NDR for a departed employee"),
      frm="Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@larkspur-labs.com>", to=HELP,
      subject="Undeliverable: RE: GoodTime access for new EAs", dt=dt, part=ndr, trans="internal", mid_="outlook",
      post=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", ""), ("Content-Language", "en-US")])

# GoodTime newsletter with List-Unsubscribe
dt = when(3, 3, 11, 0, "ny", 2)
nl_txt = """What's new in GoodTime - March 2026

Hi there,

Spring is here, and so are some of our most-requested updates:

* Smarter load balancing - interviewer limits now respect holidays.
* Teams rooms - book Microsoft Teams Rooms alongside your video link.
* Candidate experience report - see drop-off by stage at a glance.

ACTION RECOMMENDED: Join our live webinar "Scheduling at scale" on
March 19 to see these features in action. Seats are limited!

Register: https://www.goodtime.io/webinars/scheduling-at-scale?utm_source=newsletter&utm_medium=email

Happy scheduling,
The GoodTime Team

GoodTime, Inc. - 1 Market St, San Francisco, CA 94105
You are receiving this email because you subscribed to GoodTime product updates.
Unsubscribe: https://mail.goodtime.io/unsubscribe?u=8f2a11c04d&e=helpline%40larkspur-labs.com
"""
nl_html = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>What\'s new in GoodTime</title></head>'
           '<body style="margin:0;background:#f4f1fb"><table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">'
           '<table width="600" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif">'
           '<tr><td style="background:#5c2d91;color:#fff;padding:24px;font-size:22px">What&#8217;s new in GoodTime &#8211; March 2026</td></tr>'
           + "".join(f'<tr><td style="padding:8px 24px;font-size:14px;color:#333">{esc(p)}</td></tr>' for p in nl_txt.split("\n\n")[1:])
           + '<tr><td style="padding:24px"><a href="https://www.goodtime.io/webinars/scheduling-at-scale" style="background:#e6007e;color:#fff;padding:12px 20px;text-decoration:none">Save my seat</a></td></tr>'
           '</table><img src="https://mail.goodtime.io/o/8f2a11c04d/open.gif" width="1" height="1" alt=""></td></tr></table></body></html>\n')
build("n-en-newsletter", L("noise", "ignore", "", "en",
      "newsletter;list-unsubscribe;multipart-alternative;qp;precedence-bulk;dkim;arc;auth-results;received-chain",
      "GoodTime product newsletter"),
      frm="GoodTime <news@mail.goodtime.io>", to=HELP, subject="What's new in GoodTime: smarter load balancing, Teams Rooms & more",
      dt=dt, part=multipart("alternative", [text_part(nl_txt, "plain", "utf-8", "quoted-printable"),
                                            text_part(nl_html, "html", "utf-8", "quoted-printable")],
                            boundary=f"--==_mimepart_{hexs(12).lower()}_{R.randint(100, 999)}"),
      trans="esp", tkw=dict(src_dom="mail.goodtime.io", hdr_dom="goodtime.io", n=9), mid_="plain",
      post=[("List-Unsubscribe", "<https://mail.goodtime.io/unsubscribe?u=8f2a11c04d&e=helpline%40larkspur-labs.com>,\n <mailto:unsubscribe@mail.goodtime.io?subject=unsubscribe>"),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"),
            ("List-Id", "GoodTime Product Updates <product-updates.mail.goodtime.io>"),
            ("X-Campaign", "2026-03-product-digest")])

# vendor marketing
dt = when(2, 17, 15, 30, "ny", 0)
mk_txt = """Hi GoodTime Help Line,

Executive hiring moves fast - but your assessment process shouldn't slow it down.

Join Talentbridge's free webinar, "3 ways to cut time-to-hire for leadership roles", on Tuesday 24 March at 11am ET. You'll learn:

  - how top teams run structured leadership assessments in under 5 days
  - why 62% of senior candidates drop out after the second round
  - how to connect assessments to your scheduling tool

Reserve your spot: https://go.talentbridge-hr.com/webinar-leadership?utm_campaign=q1-exec

Can't make it? Reply "RECORDING" and we'll send it over.

Cheers,
Megan Alvarez
Events Team, Talentbridge Assessments

Talentbridge Assessments Inc., 410 N Michigan Ave, Chicago, IL 60611
Unsubscribe or manage your preferences: https://go.talentbridge-hr.com/hs/manage-preferences/unsubscribe?d=Vn4Q2
"""
build("n-en-vendor-marketing", L("noise", "ignore", "", "en",
      "marketing;list-unsubscribe;multipart-alternative;qp;dkim;arc;auth-results;received-chain", "vendor webinar invite"),
      frm="Megan at Talentbridge <events@talentbridge-hr.com>", to=HELP,
      subject="GoodTime Help Line, 3 ways to cut time-to-hire for leadership roles (webinar 24/3)", dt=dt,
      part=multipart("alternative", [text_part(mk_txt, "plain", "utf-8", "quoted-printable"),
                                     text_part("<html><body>" + "".join(f"<p>{esc(p)}</p>" for p in mk_txt.split("\n\n")) + "</body></html>\n", "html", "utf-8", "quoted-printable")],
                     boundary=f"----=_Part_{R.randint(1000000, 9999999)}_{R.randint(100000000, 999999999)}.{R.randint(10**12, 10**13)}"),
      trans="esp", tkw=dict(src_dom="bf05x.hubspotemail.net", hdr_dom="talentbridge-hr.com", src_host="bf05x.hubspotemail.net", n=7),
      mid_=f"<1771360200{R.randint(100, 999)}.{hexs(8).lower()}@bf05x.hubspotemail.net>",
      post=[("List-Unsubscribe", "<https://go.talentbridge-hr.com/hs/manage-preferences/unsubscribe?d=Vn4Q2>"),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("X-HS-Cid", b64rand(12))])

# calendar accept (Outlook, text/calendar REPLY)
dt = when(3, 11, 8, 12, "dublin", 40)
s = datetime.datetime(2026, 3, 19, 14, 0, tzinfo=UTC)
ics_r = ics("REPLY", "GoodTime office hours (EMEA)", s, s + datetime.timedelta(minutes=45),
            ("GoodTime Help Line", HELP), [], partstat="ACCEPTED", replier=("Jake Fernandes", "jake.fernandes@larkspur-labs.com"),
            location="Microsoft Teams Meeting")
p = multipart("alternative", [text_part("\n", "plain", "us-ascii", "7bit"),
                              Part([("Content-Type", 'text/calendar; charset="utf-8"; method=REPLY'),
                                    ("Content-Transfer-Encoding", "base64")], b64(ics_r))],
              boundary=f"_000_{hexs(40)}_")
build("n-en-accept", L("noise", "ignore", "", "en",
      "calendar-reply;text-calendar;accepted;multipart-alternative;base64", "accepted office hours"),
      frm=person("Jake Fernandes"), subject="Accepted: GoodTime office hours (EMEA)", dt=dt, part=p,
      thread=[("Thread-Topic", "GoodTime office hours (EMEA)"), ("Thread-Index", b64rand(22)[:30])],
      post=[("X-MS-Exchange-Calendar-Originator-Id", uid()), ("Content-Class", "urn:content-classes:calendarmessage")])

# calendar decline (Google Calendar from an external trainer)
dt = when(3, 12, 13, 4, "ny", 19)
s = datetime.datetime(2026, 3, 19, 15, 0, tzinfo=UTC)
ics_d = ics("REPLY", "GoodTime refresher for EAs", s, s + datetime.timedelta(hours=1), ("GoodTime Help Line", HELP), [],
            partstat="DECLINED", replier=("Rosa Lindgren", "rosa@lindgren-coaching.com"), location="Teams").replace(
    b"PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", b"PRODID:-//Google Inc//Google Calendar 70.9054//EN")
dec_txt = """Rosa Lindgren has declined this invitation.

GoodTime refresher for EAs
Thursday 19 March 2026 - 3pm - 4pm (Greenwich Mean Time)

Organiser
GoodTime Help Line - helpline@larkspur-labs.com

Invitation from Google Calendar

You are receiving this email because you are an attendee on the event.
"""
p = multipart("mixed", [
    multipart("alternative", [text_part(dec_txt, "plain", "UTF-8", "quoted-printable", quote_cs=False),
                              text_part("<html><body>" + "".join(f"<p>{esc(x)}</p>" for x in dec_txt.split("\n\n")) + "</body></html>\n", "html", "UTF-8", "quoted-printable", quote_cs=False),
                              Part([("Content-Type", 'text/calendar; charset="UTF-8"; method=REPLY'), ("Content-Transfer-Encoding", "7bit")], ics_d)],
              boundary="000000000000" + hexs(12).lower()),
    Part([("Content-Type", 'application/ics; name="invite.ics"'), ("Content-Disposition", 'attachment; filename="invite.ics"'),
          ("Content-Transfer-Encoding", "base64")], b64(ics_d))],
    boundary="000000000000" + hexs(12).lower())
build("n-en-decline", L("noise", "ignore", "", "en",
      "calendar-reply;text-calendar;declined;google-calendar;ics;received-chain;dkim;arc;auth-results", "external trainer declines"),
      frm="Rosa Lindgren <rosa@lindgren-coaching.com>",
      subject="Declined: GoodTime refresher for EAs @ Thu 19 Mar 2026 3pm - 4pm (GMT) (helpline@larkspur-labs.com)",
      dt=dt, part=p, mid_="<calendar-" + uid() + "@google.com>", date_style="gmail", to=HELP,
      trans="google", tkw=dict(src_dom="lindgren-coaching.com", hdr_dom="lindgren-coaching.com", dk_sel="google", n=8),
      reply_to="Rosa Lindgren <rosa@lindgren-coaching.com>")

# read receipt (Outlook MDN)
dt = when(3, 9, 10, 15, "london", 40)
mdn_txt = """Your message

To: Oliver Grant
Subject: GoodTime - new interviewer pool owners
Sent: Monday, 9 March 2026 10:02:11 (UTC+00:00) Dublin, Edinburgh, Lisbon, London

was read on Monday, 9 March 2026 10:15:40 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.
"""
p = multipart("report", [
    text_part(mdn_txt, "plain", "us-ascii", "7bit"),
    Part([("Content-Type", "message/disposition-notification")],
         f"Reporting-UA: DB9PR04MB8446.eurprd04.prod.outlook.com; Microsoft Exchange Server\nFinal-Recipient: rfc822;oliver.grant@larkspur-labs.com\nOriginal-Message-ID: {mid('outlook')}\nDisposition: automatic-action/MDN-sent-automatically; displayed\n".encode())],
    boundary=f"_000_{hexs(40)}_", params="; report-type=disposition-notification")
build("n-en-read-receipt", L("noise", "ignore", "", "en",
      "read-receipt;mdn;multipart-report", "read receipt"),
      frm=person("Oliver Grant"), subject="Read: GoodTime - new interviewer pool owners", dt=dt, part=p, to=HELP,
      post=[("Content-Language", "en-GB")])

# phishing (lookalike domain, passes its own auth)
dt = when(2, 6, 3, 17, "utc", 26)
ph_html = """<html><body style="font-family:Arial,sans-serif">
<div style="max-width:560px;margin:auto;border:1px solid #ddd;padding:24px">
<img src="https://goodtime-secure-login.com/assets/logo.png" alt="GoodTime" width="140"><br><br>
<p>Dear helpline,</p>
<p>Our security system detected an <b>unusual sign-in attempt</b> on your GoodTime workspace <b>Larkspur Labs</b>.
To avoid interruption of your interview scheduling, you must re-verify your SSO credentials <b>immediately</b>.</p>
<p><b>If you do not verify before 5:00 PM today your account and all scheduled interviews will be suspended.</b></p>
<p style="text-align:center"><a href="https://goodtime.io.account-verify.session-renew.com/sso/login?workspace=larkspur&amp;u=helpline" style="background:#6b2fb3;color:#fff;padding:12px 28px;text-decoration:none;border-radius:4px">Verify My Account</a></p>
<p>Thank you,<br>GoodTime Security Team</p>
<p style="font-size:11px;color:#888">This is an automated security notification. Please do not reply. &copy; 2026 GoodTime Inc.</p>
</div></body></html>
"""
build("n-en-phishing", L("noise", "ignore", "", "en",
      "phishing;html-only;qp;lookalike-domain;received-chain;dkim;arc;auth-results;night", "fake SSO re-verification"),
      frm="GoodTime Security <no-reply@goodtime-secure-login.com>", to=HELP,
      subject="[Action Required] Unusual sign-in - verify your GoodTime SSO before 5:00 PM", dt=dt,
      part=text_part(ph_html, "html", "utf-8", "quoted-printable"), mid_=hexs(20).lower() + "@goodtime-secure-login.com", crlf=False,
      trans="postfix", tkw=dict(src_dom="goodtime-secure-login.com", src_host="vps-4471.contabo-host.net", n=7),
      post=[("X-Priority", "1 (Highest)"), ("X-Mailer", "PHPMailer 6.8.1")])

# bare thank-you with quoted answer (iPhone)
dt = when(2, 10, 12, 8, "austin", 31)
txt = """thank you!!

Sent from my iPhone

> On Feb 10, 2026, at 11:47 AM, GoodTime Help Line <helpline@larkspur-labs.com> wrote:
> 
> Hi Tay,
> 
> Thanks for flagging the self-scheduling links. GoodTime Support has
> confirmed an incident on their side and the links are working again as of
> 11:40 CT. You can resend the ones that failed from each candidate's
> interview page.
> 
> Best,
> Helpline
"""
build("n-en-thanks", L("noise", "ignore", "", "en",
      "thanks;iphone;qp;reply-on-wrote;quoted-gt;mobile-sig", "bare thank-you"),
      frm=person("Tay Nguyen"), subject="Re: SELF SCHEDULE LINKS ARE BROKEN", dt=dt, part=iphone_part(txt),
      mid_="iphone", mime="1.0 (1.0)", post=IPHONE_POST, inreply=mid("outlook"))

# noise (de): OOO with Auto-Submitted, Q-encoded subject
dt = when(3, 20, 17, 31, "berlin", 12)
txt = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 3. April 2026 im Urlaub und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an Jonas Hartmann (jonas.hartmann@larkspur-labs.com).

Mit freundlichen Grüßen
Katrin Vogel
"""
build("n-de-ooo", L("noise", "ignore", "", "de",
      "ooo;auto-submitted;rfc2047-q;cp1252-byte-labelled-latin1;outlook-html-only;qp;iso-8859-1", "Abwesenheitsnotiz"),
      frm=person("Katrin Vogel"),
      subject="=?iso-8859-1?Q?Automatische_Antwort:_GoodTime_Office_Hours_=96_neue_Termine?=",
      dt=dt, part=outlook_html_part(txt, cs="iso-8859-1", lang="DE"), inreply=mid("outlook"),
      post=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
            ("X-MS-Exchange-Inbox-Rules-Loop", "katrin.vogel@larkspur-labs.com")])

# noise (es): candidate's auto-reply from their company (no Auto-Submitted, X-Autoreply)
dt = when(2, 24, 18, 2, "mexico", 55)
txt = """Gracias por su correo.

Me encuentro fuera de la oficina hasta el lunes 2 de marzo. Durante este tiempo tendré acceso limitado al correo electrónico.

Para asuntos urgentes, puede contactar a mi asistente, Paola Reyes, en preyes@grupoaltamira.com.mx.

Saludos cordiales,
Ricardo Salinas Treviño
Director de Finanzas Corporativas | Grupo Altamira
"""
build("n-es-candidate-autoreply", L("noise", "ignore", "", "es",
      "ooo;no-auto-submitted;x-autoreply;external;outlook-multipart-alternative;base64;utf-8;rfc2047-b", "respuesta automática de candidato"),
      frm="Ricardo Salinas Treviño <rsalinas@grupoaltamira.com.mx>".encode("utf-8"),
      subject=ew("Respuesta automática: Confirmación de entrevista – Larkspur Labs", "utf-8", "B", splits=[31]),
      dt=dt, part=outlook_alt_part(txt, cs="utf-8", lang="ES-MX", cte="base64"),
      trans="external_ms", tkw=dict(src_dom="grupoaltamira.com.mx", n=8), to=HELP,
      post=[("X-Autoreply", "yes"), ("Content-Language", "es-MX")])

# noise (fr): "merci, c'est noté" with quoted thread, iPhone
dt = when(1, 8, 18, 55, "lyon", 8)
txt = """Merci, c'est noté !

Envoyé de mon iPhone

> Le 8 janv. 2026 à 17:32, GoodTime Help Line <helpline@larkspur-labs.com> a écrit :
> 
> Bonjour Émilie,
> 
> Cette adresse est gérée par l'équipe projet GoodTime interne (Recruiting
> Ops). Vous pouvez nous écrire pour toute question sur l'outil.
> 
> Bonne soirée,
> Helpline
"""
build("n-fr-merci", L("noise", "ignore", "", "fr",
      "thanks;iphone;qp;reply-on-wrote;quoted-gt;mobile-sig;raw-utf8-from", "merci c'est noté"),
      frm="Émilie Bérard <emilie.berard@larkspur-labs.com>",
      subject=ew("Re: C'est quoi exactement cette adresse « helpline » ?", "utf-8", "B"), dt=dt,
      part=iphone_part(txt), mid_="iphone", mime="1.0 (1.0)", post=IPHONE_POST, inreply=mid("outlook"))


# =========================================================================================
# write everything
# =========================================================================================
def auto_tags(raw):
    """Tags derived from the bytes actually written (header features, encodings, attachments)."""
    import email
    tags = []
    sep = b"\r\n\r\n" if b"\r\n\r\n" in raw else b"\n\n"
    head = raw.split(sep, 1)[0]
    m = email.message_from_bytes(raw)
    n = len(m.get_all("Received") or [])
    if n >= 5:
        tags.append("received-chain")
    for h, t in (("DKIM-Signature", "dkim"), ("ARC-Seal", "arc"), ("Authentication-Results", "auth-results"),
                 ("List-Unsubscribe", "list-unsubscribe"), ("Auto-Submitted", "auto-submitted")):
        if m.get(h) is not None:
            tags.append(t)
    midv = m.get("Message-ID")
    if midv is None:
        tags.append("no-message-id")
    elif not midv.strip().startswith("<"):
        tags.append("msgid-no-brackets")
    lines = head.replace(b"\r\n", b"\n").split(b"\n")
    for i, ln in enumerate(lines):
        if ln.lower().startswith((b"subject:", b"from:")):
            field = ln.split(b":", 1)[0].lower().decode()
            full = ln
            j = i + 1
            while j < len(lines) and lines[j][:1] in (b" ", b"\t"):
                full += lines[j]
                j += 1
            if j > i + 1 and field == "subject":
                tags.append("folded-subject")
            if b"?B?" in full or b"?b?" in full:
                tags.append("rfc2047-b")
            if b"?Q?" in full or b"?q?" in full:
                tags.append("rfc2047-q")
            if field == "subject" and full.count(b"=?") >= 2:
                tags.append("rfc2047-split")
            if any(b > 127 for b in full):
                try:
                    full.decode("utf-8")
                    tags.append(f"raw-utf8-{field}")
                except UnicodeDecodeError:
                    tags.append(f"raw-cp1252-{field}")
    for p in m.walk():
        cte = (p.get("Content-Transfer-Encoding") or "").lower()
        if cte == "base64" and p.get_content_maintype() == "text":
            tags.append("base64")
        if cte == "quoted-printable":
            tags.append("qp")
        ct = p.get_content_type()
        fn = (p.get_filename() or "").lower()
        if ct == "image/png":
            tags.append("png")
        if ct == "application/pdf":
            tags.append("pdf")
        if ct in ("text/calendar", "application/ics") or fn.endswith(".ics"):
            tags.append("ics")
        if ct == "application/ms-tnef":
            tags.append("winmail-dat")
    tags.append("crlf" if b"\r\n" in raw else "lf-endings")
    out = []
    for t in tags:
        if t not in out:
            out.append(t)
    return out


def main():
    order = list(range(len(MESSAGES)))
    random.Random(424242).shuffle(order)
    for f in os.listdir(OUT):
        if f.startswith("c-") and f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    rows = []
    for n, idx in enumerate(order, 1):
        key, lab, raw = MESSAGES[idx]
        name = f"c-{n:03d}.eml"
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(raw)
        tags = lab["format"].split(";")
        tags += [t for t in auto_tags(raw) if t not in tags]
        rows.append([name, lab["category"], lab["actions"], lab["article"], lab["language"], ";".join(tags),
                     lab["notes"]])
    with open(os.path.join(OUT, "labels.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "category", "actions", "article", "language", "format", "notes"])
        w.writerows(rows)
    print(f"wrote {len(rows)} messages")


if __name__ == "__main__":
    main()
