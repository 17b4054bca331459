#!/usr/bin/env python3
"""Batch "a" of the sealed blind help-line test set (Harrowgate Logistics).

Writes a-001.eml ... a-100.eml and labels.csv next to this script.
Standard library only. Deterministic (fixed seeds).
"""
import base64
import csv
import datetime as dt
import email
import email.policy
import hashlib
import html as _html
import os
import quopri
import random
import struct
import zlib

OUT = os.path.dirname(os.path.abspath(__file__))
HELP = 'helpline@harrowgatelogistics.com'
R = random.Random(4417385)

# --------------------------------------------------------------------------
# small utilities
# --------------------------------------------------------------------------
PYCS = {'windows-1252': 'cp1252', 'iso-8859-1': 'latin-1', 'iso-8859-15': 'iso8859_15',
        'utf-8': 'utf-8', 'us-ascii': 'ascii'}


def pyc(cs):
    return PYCS.get(cs.lower(), cs)


def hx(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))


def HX(n):
    return hx(n).upper()


B64C = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'


def b64r(n):
    return ''.join(R.choice(B64C) for _ in range(n))


def an(n):
    return ''.join(R.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') for _ in range(n))


def fold_b64(s, first=60, width=72, indent='\t'):
    """fold a long base64 token over several header lines"""
    out = [s[:first]]
    s = s[first:]
    while s:
        out.append(indent + s[:width])
        s = s[width:]
    return '\n'.join(out)


# --------------------------------------------------------------------------
# dates
# --------------------------------------------------------------------------
DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
MONS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
UTC = dt.timezone.utc


def T(y, mo, d, h, mi, s=None, off=0.0):
    if s is None:
        s = R.randint(0, 59)
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=dt.timezone(dt.timedelta(minutes=round(off * 60))))


def offs(t):
    o = int(t.utcoffset().total_seconds() // 60)
    sign = '+' if o >= 0 else '-'
    o = abs(o)
    return f'{sign}{o // 60:02d}{o % 60:02d}'


def rdate(t, style=0):
    """RFC 5322 date in the sender's local offset; styles mimic different clients"""
    wd = DAYS[t.weekday()]
    mo = MONS[t.month - 1]
    if style == 1:      # day not zero padded (Gmail, Apple)
        return f'{wd}, {t.day} {mo} {t.year} {t:%H:%M:%S} {offs(t)}'
    if style == 2:      # with a zone comment (Postfix, PHP)
        return f'{wd}, {t.day:02d} {mo} {t.year} {t:%H:%M:%S} {offs(t)} ({zname(t)})'
    if style == 3:      # no weekday (some form mailers)
        return f'{t.day} {mo} {t.year} {t:%H:%M:%S} {offs(t)}'
    return f'{wd}, {t.day:02d} {mo} {t.year} {t:%H:%M:%S} {offs(t)}'


def zname(t):
    o = t.utcoffset().total_seconds() / 3600
    return {0: 'UTC', 1: 'CET', 2: 'CEST', -5: 'EST', -4: 'EDT', -8: 'PST', -7: 'PDT', -6: 'CST'}.get(o, 'UTC')


def utc(t):
    return t.astimezone(UTC)


def to_zone(t, zone):
    """convert to a named zone with 2026 DST rules (approximate but right for 2026)"""
    u = utc(t)
    if zone == 'LA':
        dst = dt.datetime(2026, 3, 8, 10, 0, tzinfo=UTC) <= u < dt.datetime(2026, 11, 1, 9, 0, tzinfo=UTC)
        off = -7 if dst else -8
    elif zone == 'NY':
        dst = dt.datetime(2026, 3, 8, 7, 0, tzinfo=UTC) <= u < dt.datetime(2026, 11, 1, 6, 0, tzinfo=UTC)
        off = -4 if dst else -5
    elif zone in ('DE', 'FR', 'ES'):
        dst = dt.datetime(2026, 3, 29, 1, 0, tzinfo=UTC) <= u < dt.datetime(2026, 10, 25, 1, 0, tzinfo=UTC)
        off = 2 if dst else 1
    elif zone in ('UK', 'PT'):
        dst = dt.datetime(2026, 3, 29, 1, 0, tzinfo=UTC) <= u < dt.datetime(2026, 10, 25, 1, 0, tzinfo=UTC)
        off = 1 if dst else 0
    else:
        off = 0
    return u.astimezone(dt.timezone(dt.timedelta(hours=off)))


def later(t, sec):
    return t + dt.timedelta(seconds=sec)


def long_en(t):
    """'Thursday, January 29, 2026 2:41 PM' (Outlook US/UK quote header)"""
    h = t.hour % 12 or 12
    ap = 'AM' if t.hour < 12 else 'PM'
    return f'{t:%A}, {t:%B} {t.day}, {t.year} {h}:{t.minute:02d} {ap}'


def long_gb(t):
    """'29 January 2026 14:41'"""
    return f'{t:%A} {t.day} {t:%B} {t.year} {t:%H:%M}'


# --------------------------------------------------------------------------
# message ids
# --------------------------------------------------------------------------
def ms_host(geo='GBR'):
    if geo == 'GBR':
        return R.choice(['LO2P265MB', 'CWLP265MB', 'LO4P265MB', 'LO0P265MB', 'CWXP265MB']) + str(R.randint(1000, 7999))
    if geo == 'NAM':
        return R.choice(['SA1PR12MB', 'CH3PR13MB', 'BN9PR02MB', 'MN2PR19MB']) + str(R.randint(1000, 9999))
    return R.choice(['DB9PR06MB', 'AM9PR03MB', 'PAXPR04MB', 'DU0PR02MB', 'AS8PR05MB']) + str(R.randint(1000, 9999))


def ms_dom(host):
    if 'P265' in host:
        return host + '.GBRP265.PROD.OUTLOOK.COM'
    if host[:3] in ('SA1', 'CH3', 'BN9', 'MN2'):
        return host.lower() + '.namprd%s.prod.outlook.com' % host[5:7]
    return host.lower() + '.eurprd%s.prod.outlook.com' % host[5:7]


def mid_outlook(geo='GBR', host=None):
    host = host or ms_host(geo)
    return f'<{host}{HX(34)}@{ms_dom(host)}>'


def mid_gmail():
    return f'<CA{an(10)}+{an(6)}={an(12)}_{an(9)}{an(10)}@mail.gmail.com>'.replace('_', R.choice(['_', '-', '+']))


def uuid_up():
    h = HX(32)
    return f'{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}'


def mid_apple(dom='harrowgatelogistics.com'):
    return f'<{uuid_up()}@{dom}>'


def thread_index(n=0):
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(22 + 5 * n))).decode()


# --------------------------------------------------------------------------
# RFC 2047
# --------------------------------------------------------------------------
def ew_b(s, cs='utf-8'):
    return f'=?{cs}?B?{base64.b64encode(s.encode(pyc(cs))).decode()}?='


def ew_q(s, cs='utf-8'):
    out = []
    for byte in s.encode(pyc(cs)):
        c = chr(byte)
        if c == ' ':
            out.append('_')
        elif byte < 128 and (c.isalnum() or c in '!*+-/'):
            out.append(c)
        else:
            out.append(f'={byte:02X}')
    return f'=?{cs}?Q?{"".join(out)}?='


def ew_split(pieces, kind='q', cs='utf-8', sep='\n '):
    f = ew_q if kind == 'q' else ew_b
    return sep.join(f(p, cs) for p in pieces)


def addr(name, mail, enc=None, cs='utf-8'):
    if not name:
        return mail
    if enc is None:
        if any(c in name for c in ',.()@:;"\''):
            return f'"{name}" <{mail}>'
        return f'{name} <{mail}>'
    if enc == 'q':
        return f'{ew_q(name, cs)} <{mail}>'
    if enc == 'b':
        return f'{ew_b(name, cs)} <{mail}>'
    if enc == 'raw':         # raw 8-bit bytes in the charset given
        return f'"{name}" <{mail}>'.encode(pyc(cs))
    raise ValueError(enc)


# --------------------------------------------------------------------------
# MIME building (by hand, as bytes)
# --------------------------------------------------------------------------
class Part:
    def __init__(self, headers, body):
        self.headers = list(headers)
        self.body = body


def ser_headers(headers):
    out = b''
    for n, v in headers:
        if v is None:
            continue
        if isinstance(v, bytes):
            out += n.encode('ascii') + b': ' + v + b'\n'
        else:
            out += (n + ': ' + v).encode('utf-8') + b'\n'
    return out


def ser(p):
    return ser_headers(p.headers) + b'\n' + p.body


def enc_body(text, charset='utf-8', cte='quoted-printable'):
    if isinstance(text, str):
        if not text.endswith('\n'):
            text += '\n'
        raw = text.encode(pyc(charset), errors='xmlcharrefreplace')
    else:
        raw = text
    if cte == 'base64':
        return base64.encodebytes(raw)
    if cte == 'quoted-printable':
        return quopri.encodestring(raw)
    return raw


def text_part(text, subtype='plain', charset='utf-8', cte='quoted-printable', params='', quote_cs=True,
              extra=(), cs_label=None):
    lab = cs_label or charset
    cs = f'"{lab}"' if quote_cs else lab
    h = [('Content-Type', f'text/{subtype}; charset={cs}{params}')]
    if cte:
        h.append(('Content-Transfer-Encoding', cte))
    h += list(extra)
    return Part(h, enc_body(text, charset, cte or '8bit'))


def multi(ctype_value, boundary, parts, preamble=None):
    body = b''
    if preamble:
        body += preamble.encode() + b'\n\n'
    for p in parts:
        pb = ser(p)
        if not pb.endswith(b'\n'):
            pb += b'\n'
        body += b'--' + boundary.encode() + b'\n' + pb
    body += b'--' + boundary.encode() + b'--\n'
    return Part([('Content-Type', ctype_value)], body)


def b_outlook(geo='GBR'):
    return f'_000_{ms_host(geo)}{HX(30)}_'


def b_gmail():
    return '0000000000' + hx(16)


def b_apple():
    return 'Apple-Mail-' + uuid_up()


def attach(data, ctype, filename, style='outlook', t=None, inline=False, cid=None):
    disp = 'inline' if inline else 'attachment'
    if style == 'outlook':
        ts = rdate(utc(t)) if t else 'Tue, 10 Mar 2026 09:00:00 GMT'
        ts = ts.replace('+0000', 'GMT')
        h = [('Content-Type', f'{ctype}; name="{filename}"'),
             ('Content-Description', filename),
             ('Content-Disposition', f'{disp}; filename="{filename}"; size={len(data)};\n\tcreation-date="{ts}";\n\tmodification-date="{ts}"'),
             ('Content-Transfer-Encoding', 'base64')]
        if cid:
            h.insert(3, ('Content-ID', f'<{cid}>'))
    elif style == 'gmail':
        aid = 'f_m' + an(7).lower() + '0'
        h = [('Content-Type', f'{ctype}; name="{filename}"'),
             ('Content-Disposition', f'{disp}; filename="{filename}"'),
             ('Content-Transfer-Encoding', 'base64'),
             ('Content-ID', f'<{cid or aid}>'),
             ('X-Attachment-Id', aid)]
    else:   # apple / generic
        h = [('Content-Disposition', f'{disp};\n\tfilename={filename}'),
             ('Content-Type', f'{ctype};\n\tx-unix-mode=0644;\n\tname="{filename}"'),
             ('Content-Transfer-Encoding', 'base64')]
    return Part(h, base64.encodebytes(data))


def message(headers, part, crlf=False):
    b = ser_headers(list(headers) + part.headers) + b'\n' + part.body
    if crlf:
        b = b.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    return b


# --------------------------------------------------------------------------
# binary attachments
# --------------------------------------------------------------------------
def png(w, h, seed=1, accent=(200, 40, 40)):
    rr = random.Random(seed)
    rows = []
    blocks = [(rr.randint(10, w // 2), rr.randint(40, h - 30), rr.randint(40, w // 2), rr.randint(8, 16)) for _ in range(6)]
    for y in range(h):
        row = bytearray([0])
        for x in range(w):
            if y < 22:
                c = (92, 46, 145) if x < 90 else (245, 245, 247)            # app header bar
            elif x < 60:
                c = (236, 236, 240)                                            # side nav
            else:
                c = (255, 255, 255)
                for bx, by, bw, bh in blocks:
                    if bx + 60 <= x < bx + 60 + bw and by <= y < by + bh:
                        c = (210, 212, 218)
                if h // 2 - 14 <= y < h // 2 + 14 and w // 4 <= x < 3 * w // 4:
                    c = accent if (y in (h // 2 - 14, h // 2 + 13) or x in (w // 4, 3 * w // 4 - 1)) else (253, 236, 236)
            row += bytes(c)
        rows.append(bytes(row))
    raw = b''.join(rows)

    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b''))


def pdf(lines, title='Document'):
    def esc(s):
        return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
    content = 'BT /F1 11 Tf 50 790 Td 15 TL\n' + ''.join(f'({esc(l)}) Tj T*\n' for l in lines) + 'ET'
    objs = ['<< /Type /Catalog /Pages 2 0 R >>',
            '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
            '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
            '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
            f'<< /Length {len(content.encode("cp1252"))} >>\nstream\n{content}\nendstream',
            f'<< /Title ({esc(title)}) /Producer (Microsoft: Print To PDF) /CreationDate (D:20260302101500) >>']
    out = b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += f'{i} 0 obj\n{o}\nendobj\n'.encode('cp1252')
    xref = len(out)
    out += f'xref\n0 {len(objs) + 1}\n0000000000 65535 f \n'.encode()
    out += ''.join(f'{o:010d} 00000 n \n' for o in offsets).encode()
    out += f'trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{xref}\n%%EOF\n'.encode()
    return out


def winmail(subject, seed=3):
    rr = random.Random(seed)
    b = bytearray(b'\x78\x9f\x3e\x22' + struct.pack('<H', rr.randint(1, 65000)))
    b += b'\x01\x06\x90\x08\x00\x04\x00\x00\x00\x00\x00\x01\x00\x01\x00\x01\x07\x90\x06\x00\x08\x00\x00\x00\xe4\x04\x00\x00\x00\x00\x00\x00\xe8\x00'
    b += b'\x01\x08\x80\x07\x00\x18\x00\x00\x00IPM.Microsoft Mail.Note\x00\x31\x08'
    b += b'\x01\x04\x80\x01\x00' + struct.pack('<I', len(subject) + 1) + subject.encode('cp1252', 'replace') + b'\x00'
    b += b'\x01\x03\x90\x06\x00'
    for _ in range(900):
        b.append(rr.randint(0, 255))
    b += 'Microsoft Exchange Server'.encode('utf-16-le') + bytes(rr.randint(0, 255) for _ in range(300))
    return bytes(b)


def ics(method, uid, summary, start, end, organizer, attendees, location='', partstat=None, tzid='Europe/London',
        description='', seq=0, stamp=None):
    L = ['BEGIN:VCALENDAR', 'METHOD:' + method, 'PRODID:Microsoft Exchange Server 2010', 'VERSION:2.0',
         'BEGIN:VTIMEZONE', 'TZID:' + {'Europe/London': 'GMT Standard Time', 'Europe/Paris': 'Romance Standard Time',
                                        'America/New_York': 'Eastern Standard Time'}.get(tzid, tzid),
         'BEGIN:STANDARD', 'DTSTART:16010101T020000', 'TZOFFSETFROM:' + ('+0100' if tzid == 'Europe/London' else '+0200'),
         'TZOFFSETTO:' + ('+0000' if tzid == 'Europe/London' else '+0100'),
         'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10', 'END:STANDARD',
         'BEGIN:DAYLIGHT', 'DTSTART:16010101T010000', 'TZOFFSETFROM:' + ('+0000' if tzid == 'Europe/London' else '+0100'),
         'TZOFFSETTO:' + ('+0100' if tzid == 'Europe/London' else '+0200'),
         'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3', 'END:DAYLIGHT', 'END:VTIMEZONE',
         'BEGIN:VEVENT']
    tzn = {'Europe/London': 'GMT Standard Time', 'Europe/Paris': 'Romance Standard Time',
           'America/New_York': 'Eastern Standard Time'}.get(tzid, tzid)
    L.append(f'ORGANIZER;CN="{organizer[0]}":mailto:{organizer[1]}')
    for nm, em, ps in attendees:
        line = f'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT={ps};RSVP=TRUE;CN="{nm}":mailto:{em}'
        # fold at 74 octets
        while len(line) > 74:
            L.append(line[:74])
            line = ' ' + line[74:]
        L.append(line)
    if description:
        d = 'DESCRIPTION;LANGUAGE=en-GB:' + description.replace('\n', '\\n')
        while len(d) > 74:
            L.append(d[:74])
            d = ' ' + d[74:]
        L.append(d)
    L += [f'UID:{uid}', f'SUMMARY;LANGUAGE=en-GB:{summary}', f'DTSTART;TZID={tzn}:{start}', f'DTEND;TZID={tzn}:{end}',
          'CLASS:PUBLIC', 'PRIORITY:5', f'DTSTAMP:{stamp or "20260302T101500Z"}', 'TRANSP:OPAQUE', 'STATUS:CONFIRMED',
          f'SEQUENCE:{seq}', f'LOCATION;LANGUAGE=en-GB:{location}', 'X-MICROSOFT-CDO-APPT-SEQUENCE:0',
          'X-MICROSOFT-CDO-BUSYSTATUS:BUSY', 'X-MICROSOFT-CDO-IMPORTANCE:1', 'END:VEVENT', 'END:VCALENDAR']
    return ('\r\n'.join(L) + '\r\n').encode('utf-8')


# --------------------------------------------------------------------------
# Received chains, DKIM, ARC, Authentication-Results
# --------------------------------------------------------------------------
SMTPV = 'Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384)'
SMTPV3 = 'Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384)'
EXV = '15.20.87%02d.%d' % (R.randint(10, 40), R.randint(10, 30))


def v6():
    return f'2603:10a6:{R.choice(["600", "400", "10", "20b", "102"])}:{hx(3)}::{R.randint(1, 30)}'


def ms_ca():
    return R.choice(['LO4P123CA', 'LO2P265CA', 'LNXP265CA', 'CWLP123CA', 'LO6P123CA']) + f'{R.randint(1, 999):04d}'


def eop():
    return R.choice(['LO1PEPF', 'AMS0EPF', 'AM4PEPF', 'LO0PEPF', 'AMS1EPF']) + '0000' + HX(4)


LAST_IP = [None]


def ms_rcv_tail(t, frm_host, frm_ip, n_extra=0, via_frontend=True):
    """EOP frontend -> CA -> mailbox -> HTTPS, returned bottom-first"""
    LAST_IP[0] = frm_ip
    hops = []
    e = eop()
    ca = ms_ca()
    mb = ms_host('GBR')
    t = later(t, R.randint(1, 3))
    hops.append(f'from {frm_host} ({frm_ip}) by\n {e}.mail.protection.outlook.com (10.167.{R.randint(16, 250)}.{R.randint(2, 250)}) with\n '
                + SMTPV3 + f' id {EXV}\n via Frontend Transport; {rdate(utc(t))}')
    t = later(t, R.randint(0, 2))
    hops.append(f'from {e}.eurprd04.prod.outlook.com\n ({v6()}:cafe::{hx(2)}) by {ca}.outlook.office365.com\n ({v6()}) with ' + SMTPV + f' id {EXV} via\n Frontend Transport; {rdate(utc(t))}')
    t = later(t, R.randint(0, 1))
    hops.append(f'from {ca}.GBRP123.PROD.OUTLOOK.COM ({v6()})\n by {ms_dom(mb)} ({v6()}) with\n ' + SMTPV + f' id {EXV}; {rdate(utc(t))}')
    t = later(t, R.randint(0, 2))
    hops.append(f'from {ms_dom(mb)} (::1) by\n {ms_dom(mb)} with HTTPS; {rdate(utc(t))}')
    return hops, t


def received(route, t):
    """list of ('Received', value) top first. t = Date of the message"""
    hops = []
    LAST_IP[0] = None
    if route == 'int':                     # same tenant, Outlook
        mb1, mb2 = ms_host('GBR'), ms_host('GBR')
        t1 = later(t, R.randint(0, 1))
        hops.append(f'from {ms_dom(mb1)}\n ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}]) by {ms_dom(mb1)}\n ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}%{R.randint(3, 7)}]) with mapi id {EXV.replace(".", ".0", 0)}; {rdate(utc(t1))}')
        t2 = later(t1, R.randint(0, 2))
        hops.append(f'from {ms_dom(mb1)} ({v6()}) by\n {ms_dom(mb2)} ({v6()}) with\n ' + SMTPV + f' id {EXV}; {rdate(utc(t2))}')
        t3 = later(t2, R.randint(0, 1))
        hops.append(f'from {ms_dom(mb2)} (::1) by\n {ms_dom(mb2)} with HTTPS; {rdate(utc(t3))}')
    elif route == 'gmail':                 # Google Workspace subsidiary -> M365
        gh = f'mail-{R.choice(["wr1", "wm1", "ej1", "ed1", "lf1"])}-f{R.randint(41, 99)}.google.com'
        ip = f'209.85.{R.choice([128, 167, 208, 221])}.{R.randint(2, 250)}'
        t1 = later(t, R.randint(1, 2))
        tl = to_zone(t1, 'LA')
        hops.append(f'by {gh} with SMTP id {hx(10)}-{hx(2)}{an(6).lower()}so{R.randint(1000000, 9999999)}{an(3).lower()}.{R.randint(1, 9)}\n for <{HELP}>; {rdate(tl, 1)} ({zname(tl)})')
        tail, _ = ms_rcv_tail(t1, gh, ip)
        hops += tail
    elif route == 'eu':                    # .de/.fr tenant -> Mimecast -> UK tenant (long)
        mb = ms_host('EUR')
        t1 = later(t, R.randint(0, 1))
        hops.append(f'from {ms_dom(mb)}\n ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}]) by {ms_dom(mb)}\n ([fe80::{hx(4)}:{hx(4)}:{hx(4)}:{hx(4)}%{R.randint(3, 7)}]) with mapi id {EXV}; {rdate(utc(t1))}')
        ob = f'mail-{R.choice(["am6eur05", "db8eur05", "vi1eur04", "fra01"])}on20{R.randint(60, 99)}.outbound.protection.outlook.com'
        oip = f'40.107.{R.randint(1, 250)}.{R.randint(2, 250)}'
        t2 = later(t1, R.randint(1, 2))
        hops.append(f'from {ms_dom(mb)} ({v6()}) by\n {ob.split(".")[0].upper()}.eurprd05.prod.outlook.com ({v6()}) with\n ' + SMTPV + f' id {EXV}; {rdate(utc(t2))}')
        mc = f'eu-smtp-inbound-{R.randint(1, 2)}.mimecast.com'
        t3 = later(t2, R.randint(1, 3))
        hops.append(f'from {ob} ({ob} [{oip}]) by relay.mimecast.com with ESMTP\n (version=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384) id\n uk-mta-{R.randint(10, 300)}-{an(22)}-1; {rdate(utc(t3))}')
        mip = f'195.130.217.{R.randint(20, 250)}'
        t4 = later(t3, R.randint(1, 2))
        hops.append(f'from {mc} ({mip}) by\n {eop()}.mail.protection.outlook.com (10.167.{R.randint(16, 250)}.{R.randint(2, 250)}) with\n ' + SMTPV3 + f' id {EXV}\n via Frontend Transport; {rdate(utc(t4))}')
        tail, _ = ms_rcv_tail(t4, mc, mip)
        hops += tail[1:]
    elif route == 'relay_de':              # Thunderbird via an on-premise Postfix relay
        t1 = later(t, R.randint(1, 2))
        tz = to_zone(t1, 'DE')
        hops.append(f'from [10.42.{R.randint(1, 40)}.{R.randint(2, 250)}] (unknown [10.42.{R.randint(1, 40)}.{R.randint(2, 250)}])\n\t(Authenticated sender: sabine.brueckner)\n\tby relay01.hh.harrowgatelogistics.de (Postfix) with ESMTPSA id 4f{an(8)}z\n\tfor <{HELP}>; {rdate(tz, 2)}')
        t2 = later(t1, 1)
        hops.append(f'from relay01.hh.harrowgatelogistics.de (relay01.hh.harrowgatelogistics.de [10.42.0.25])\n\tby mx-out01.harrowgatelogistics.de (Postfix) with ESMTPS id 4f{an(8)}z\n\tfor <{HELP}>; {rdate(to_zone(t2, "DE"), 2)}')
        tail, _ = ms_rcv_tail(t2, 'mx-out01.harrowgatelogistics.de', '203.0.113.25')
        hops += tail
    elif route in ('ext', 'form', 'bounce'):
        src = {'ext': (f'o{R.randint(1, 30)}.ptr{R.randint(1000, 9999)}.mail.{R.choice(["sendgrid.net", "mcsv.net", "hubspotemail.net"])}', f'167.89.{R.randint(1, 250)}.{R.randint(2, 250)}'),
               'form': ('web03.intranet.harrowgatelogistics.com', '203.0.113.61'),
               'bounce': ('mail-relay01.harrowgatelogistics.com', '203.0.113.10')}[route]
        t1 = later(t, R.randint(1, 4))
        if route == 'form':
            hops.append(f'from localhost (localhost [127.0.0.1])\n\tby web03.intranet.harrowgatelogistics.com (Postfix) with ESMTP id {HX(10)}\n\tfor <{HELP}>; {rdate(to_zone(t1, "UK"), 2)}')
        tail, _ = ms_rcv_tail(t1, *src)
        hops += tail
    elif route == 'phish':
        t1 = later(t, R.randint(1, 4))
        hops.append(f'from ec2-{R.randint(3, 54)}-{R.randint(1, 250)}-{R.randint(1, 250)}-{R.randint(1, 250)}.compute-1.amazonaws.com\n\t([{R.randint(3, 54)}.{R.randint(1, 250)}.{R.randint(1, 250)}.{R.randint(1, 250)}]) by mail.goodtime-helpdesk-verify.com\n\twith ESMTPA id {an(12)}; {rdate(utc(t1))}')
        tail, _ = ms_rcv_tail(t1, 'mail.goodtime-helpdesk-verify.com', f'45.{R.randint(1, 250)}.{R.randint(1, 250)}.{R.randint(1, 250)}')
        hops += tail
    return [('Received', h) for h in reversed(hops)]


def dkim(d, s='selector1', h='From:Date:Subject:Message-ID:Content-Type:MIME-Version', t=None):
    bh = b64r(43) + '='
    b = b64r(342) + '=='
    v = f'v=1; a=rsa-sha256; c=relaxed/relaxed; d={d};\n s={s};'
    if t:
        v += f' t={int(utc(t).timestamp())};'
    v += f'\n h={h};\n bh={bh};\n b=' + fold_b64(b, 60, 70, ' ')
    return ('DKIM-Signature', v)


def arc(d_from, t):
    ts = int(utc(t).timestamp())
    return [
        ('ARC-Seal', f'i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b=' + fold_b64(b64r(342) + '==', 60, 70, ' ')),
        ('ARC-Message-Signature', 'i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector10001;\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\n'
         f' bh={b64r(43)}=;\n b=' + fold_b64(b64r(342) + '==', 60, 70, ' ')),
        ('ARC-Authentication-Results', f'i=1; mx.microsoft.com 1; spf=pass\n smtp.mailfrom={d_from}; dmarc=pass action=none\n header.from={d_from}; dkim=pass\n header.d={d_from}; arc=none'),
    ]


def authres(d, ip, lower=False, spf='pass', dk='pass', dm='pass'):
    name = 'authentication-results' if lower else 'Authentication-Results'
    dkt = 'pass (signature was verified)' if dk == 'pass' else dk
    return (name, f'spf={spf} (sender IP is {ip})\n smtp.mailfrom={d}; dkim={dkt}\n header.d={d};dmarc={dm} action=none\n header.from={d};compauth={"pass reason=100" if dm == "pass" else "fail reason=001"}')


def ms_tail_headers(lang='en-GB', att=False, tnef=False):
    h = [('X-MS-Has-Attach', 'yes' if att else ''), ('X-MS-TNEF-Correlator', '' if not tnef else '<' + HX(20) + '@outlook.com>')]
    h.append(('x-ms-exchange-organization-scl', '1' if R.random() < 0.3 else None))
    h.append(('X-MS-Exchange-Organization-AuthAs', 'Internal' if R.random() < 0.5 else None))
    h.append(('X-MS-Exchange-Organization-AuthSource', None))
    return h


# --------------------------------------------------------------------------
# body renderers (Outlook, Gmail, Apple, mobile)
# --------------------------------------------------------------------------
def esc(s):
    return _html.escape(s, quote=False)


OUTLOOK_STYLE = '''<style><!--
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
</o:shapelayout></xml><![endif]-->'''

QLABELS = {
    'en': ('From', 'Sent', 'To', 'Cc', 'Subject'),
    'de': ('Von', 'Gesendet', 'An', 'Cc', 'Betreff'),
    'fr': ('De', 'Envoyé', 'À', 'Cc', 'Objet'),
    'es': ('De', 'Enviado el', 'Para', 'CC', 'Asunto'),
    'pt': ('De', 'Enviado', 'Para', 'Cc', 'Assunto'),
}


def o_paras(text, lang_attr=None):
    out = []
    for line in text.rstrip('\n').split('\n'):
        if line.strip() == '':
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        else:
            if lang_attr:
                out.append(f'<p class="MsoNormal"><span lang="{lang_attr}">{esc(line)}<o:p></o:p></span></p>')
            else:
                out.append(f'<p class="MsoNormal">{esc(line)}<o:p></o:p></p>')
    return '\n'.join(out)


def o_sig(sig):
    lines = sig.rstrip('\n').split('\n')
    out = []
    for i, l in enumerate(lines):
        if i == 0:
            out.append(f'<p class="MsoNormal"><b><span style="color:#1F3864">{esc(l)}</span></b><o:p></o:p></p>')
        elif l.strip() == '':
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        else:
            out.append(f'<p class="MsoNormal"><span style="font-size:9.0pt;color:#595959">{esc(l)}</span><o:p></o:p></p>')
    return '\n'.join(out)


def o_disc(disc):
    return '\n'.join(f'<p class="MsoNormal"><span style="font-size:7.5pt;font-family:&quot;Arial&quot;,sans-serif;color:#7F7F7F">{esc(p)}</span><o:p></o:p></p>'
                     for p in disc.strip().split('\n') if p.strip())


def o_quote_html(q, lang='en'):
    lab = QLABELS[lang]
    parts = [f'<b>{lab[0]}:</b> {esc(q["from"])}<br>', f'<b>{lab[1]}:</b> {esc(q["sent"])}<br>', f'<b>{lab[2]}:</b> {esc(q["to"])}<br>']
    if q.get('cc'):
        parts.append(f'<b>{lab[3]}:</b> {esc(q["cc"])}<br>')
    parts.append(f'<b>{lab[4]}:</b> {esc(q["subject"])}<o:p></o:p>')
    hdr = '<div>\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n<p class="MsoNormal">' + '\n'.join(parts) + '</p>\n</div>\n</div>'
    return hdr + '\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' + o_paras(q['body'])


def o_quote_plain(q, lang='en', rule=True):
    lab = QLABELS[lang]
    s = ('________________________________\n' if rule else '')
    s += f'{lab[0]}: {q["from"]}\n{lab[1]}: {q["sent"]}\n{lab[2]}: {q["to"]}\n'
    if q.get('cc'):
        s += f'{lab[3]}: {q["cc"]}\n'
    s += f'{lab[4]}: {q["subject"]}\n\n' + q['body'].rstrip('\n') + '\n'
    return s


def outlook_html(body, sig=None, disc=None, quote=None, qlang='en', lang='EN-GB', charset='windows-1252'):
    h = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
         'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
         'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
         f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
         '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n' + OUTLOOK_STYLE + '\n</head>\n'
         f'<body lang="{lang}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n<div class="WordSection1">\n')
    h += o_paras(body) + '\n'
    if sig:
        h += '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' + o_sig(sig) + '\n'
    if disc:
        h += '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' + o_disc(disc) + '\n'
    if quote:
        h += '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' + o_quote_html(quote, qlang) + '\n'
    h += '</div>\n</body>\n</html>\n'
    return h


def outlook_plain(body, sig=None, disc=None, quote=None, qlang='en'):
    s = body.rstrip('\n') + '\n'
    if sig:
        s += '\n' + sig.rstrip('\n') + '\n'
    if disc:
        s += '\n' + disc.strip() + '\n'
    if quote:
        s += '\n' + o_quote_plain(quote, qlang)
    return s


def gmail_html(body, quote_attr=None, quote_body=None, fwd=None):
    out = '<div dir="ltr">'
    for line in body.rstrip('\n').split('\n'):
        out += '<div><br></div>' if not line.strip() else f'<div>{esc(line)}</div>'
    if fwd:
        out += '<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>'
        out += '<br>'.join(esc(l).replace(':', ':', 1) for l in fwd['hdr']) + '<br></div><br><br>'
        out += '<div dir="ltr">' + '<br>'.join(esc(l) for l in fwd['body'].rstrip('\n').split('\n')) + '</div></div>'
    if quote_attr:
        out += f'<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">{esc(quote_attr)}<br></div>'
        out += '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        out += '<br>'.join(esc(l) for l in quote_body.rstrip('\n').split('\n')) + '<br></blockquote></div>'
    out += '</div>\n'
    return out


def gmail_plain(body, quote_attr=None, quote_body=None, fwd=None):
    s = body.rstrip('\n') + '\n'
    if fwd:
        s += '\n---------- Forwarded message ---------\n' + '\n'.join(fwd['hdr']) + '\n\n\n' + fwd['body'].rstrip('\n') + '\n'
    if quote_attr:
        s += '\n' + quote_attr + '\n\n' + ''.join('> ' + l + '\n' if l else '>\n' for l in quote_body.rstrip('\n').split('\n'))
    return s


def apple_html(body, sig=None, cite=None):
    out = '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">'
    lines = body.rstrip('\n').split('\n')
    out += '<div dir="ltr">' + '<br>'.join(esc(l) for l in lines) + '</div>'
    if sig:
        out += f'<div dir="ltr"><br><div dir="ltr">{esc(sig)}</div>'
    else:
        out += '<div dir="ltr">'
    if cite:
        out += f'<div dir="ltr"><br><blockquote type="cite">{"<br>".join(esc(l) for l in cite.rstrip(chr(10)).split(chr(10)))}</blockquote></div>'
    out += '</div></body></html>'
    return out


def mobile_outlook_html(body, sig_text, sig_link):
    out = '<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n<body>\n'
    for line in body.rstrip('\n').split('\n'):
        out += f'<div dir="ltr">{esc(line) if line.strip() else "<br>"}</div>\n'
    out += '<div dir="ltr"><br></div>\n<div id="ms-outlook-mobile-signature">\n'
    out += f'<div dir="ltr">{esc(sig_text.split(" ")[0])} <a href="{sig_link}">{esc(" ".join(sig_text.split(" ")[1:]))}</a></div>\n</div>\n</body>\n</html>\n'
    return out


# --------------------------------------------------------------------------
# registry
# --------------------------------------------------------------------------
MSGS = []


def msg(category, actions, article, language, fmt, notes=''):
    def deco(f):
        MSGS.append(dict(fn=f, category=category, actions=actions, article=article, language=language,
                         format=fmt, notes=notes, name=f.__name__))
        return f
    return deco


TO = {
    'plain': HELP,
    'named': f'Harrowgate Helpline <{HELP}>',
    'gt': f'GoodTime Helpline <{HELP}>',
    'quoted': f'"helpline@harrowgatelogistics.com" <{HELP}>',
    'angle': f'<{HELP}>',
    'outlookq': f"'helpline@harrowgatelogistics.com' <{HELP}>",
}

DISC_UK = ('CONFIDENTIALITY NOTICE: This e-mail and any attachments are CONFIDENTIAL and may be legally privileged. '
           'They are intended solely for the addressee. If you have received this e-mail in error, please notify the sender '
           'immediately and delete it from your system; any use, copying or disclosure is prohibited.\n'
           'URGENT FRAUD WARNING: Harrowgate Logistics will never ask you to change bank or payment details by e-mail. '
           'If you receive such a request, do not act on it and call your usual contact immediately.\n'
           'Harrowgate Logistics Ltd is registered in England and Wales (no. 04417385). Registered office: 4 Wharf Approach, '
           'Leeds LS1 4BR. Please consider the environment before printing this e-mail.')

DISC_US = ('CONFIDENTIAL: This message and any attachments are intended only for the named recipient(s) and may contain '
           'information that is privileged or confidential. If you received this message in error, please notify the sender '
           'immediately by reply e-mail and delete all copies. Harrowgate Logistics Inc., 8800 Alum Creek Dr, Obetz, OH 43207.')

DISC_DE = ('Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen (CONFIDENTIAL). Wenn Sie nicht der '
           'richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und '
           'vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser E-Mail ist nicht gestattet.\n'
           'Harrowgate Logistics GmbH | Sitz: Duisburg | Amtsgericht Duisburg HRB 31877 | Geschäftsführer: Dr. Henrik Asmussen, Claire Whitmore')

DISC_ES = ('AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos son CONFIDENCIALES y se dirigen exclusivamente a su destinatario. '
           'Si lo ha recibido por error, le rogamos que lo comunique inmediatamente al remitente y proceda a su eliminación. '
           'En cumplimiento del RGPD, le informamos de que sus datos son tratados por Harrowgate Logistics España, S.L. '
           '(B-87412365) con la finalidad de gestionar la relación comercial o laboral.')

DISC_FR = ('Ce message et toutes les pièces jointes sont CONFIDENTIELS et établis à l\'intention exclusive de leurs destinataires. '
           'Si vous avez reçu ce message par erreur, merci d\'en avertir immédiatement l\'expéditeur et de le détruire. '
           'Toute utilisation non autorisée est interdite. Harrowgate Logistics France SAS – RCS Lyon 842 117 903.')

DISC_PT = ('AVISO DE CONFIDENCIALIDADE: Esta mensagem e quaisquer anexos são CONFIDENCIAIS e destinam-se exclusivamente ao(s) '
           'destinatário(s). Se a recebeu por erro, por favor informe imediatamente o remetente e apague-a. '
           'Harrowgate Logistics Portugal, Unipessoal Lda. – NIPC 516 204 887.')


# --------------------------------------------------------------------------
# header sets per mail client
# --------------------------------------------------------------------------
def topic_of(subject):
    if not isinstance(subject, str) or '=?' in subject:
        return None
    s = subject
    for p in ('RE: ', 'Re: ', 'AW: ', 'FW: ', 'Fwd: ', 'WG: ', 'TR: ', 'RV: ', 'RES: ', 'ENC: '):
        if s.startswith(p):
            s = s[len(p):]
    return s


def H(client, frm, subject, t, to=None, cc=None, mid='auto', route=None, auth=None, dk=None, arcd=None,
      reply_to=None, irt=None, refs=None, extra=(), lang='en-GB', att=False, tnef=False, ds=0, topic='auto',
      nthread=0, geo='GBR'):
    to = to or TO['plain']
    h = []
    if route:
        h += received(route, t)
    if arcd:
        h += arc(arcd, t)
    if dk:
        h.append(dk if isinstance(dk, tuple) else dkim(dk, t=t))
    if auth:
        if route and LAST_IP[0] and 'sender IP is' in auth[1]:
            import re
            auth = (auth[0], re.sub(r'sender IP is [0-9.]+', 'sender IP is ' + LAST_IP[0], auth[1]))
        h.append(auth)
    if mid == 'auto':
        if client in ('outlook', 'outlook16', 'olmobile'):
            mid = mid_outlook(geo)
        elif client == 'gmail':
            mid = mid_gmail()
        elif client in ('iphone', 'mac'):
            dom = frm.split('@')[-1].rstrip('>') if isinstance(frm, str) else 'harrowgatelogistics.com'
            mid = mid_apple(dom)
        elif client == 'samsung':
            mid = f'<{hx(8)}-{hx(4)}-{hx(4)}-{hx(4)}-{hx(12)}@email.android.com>'
        elif client == 'thunderbird':
            mid = f'<{hx(8)}-{hx(4)}-{hx(4)}-{hx(4)}-{hx(12)}@harrowgatelogistics.de>'
        else:
            mid = f'<{hx(32)}@harrowgatelogistics.com>'
    if client in ('outlook', 'olmobile', 'outlook16'):
        h += [('From', frm), ('To', to)]
        if cc:
            h.append(('CC', cc))
        h.append(('Subject', subject))
        tt = topic_of(subject) if topic == 'auto' else topic
        if tt:
            h.append(('Thread-Topic', tt))
        h.append(('Thread-Index', thread_index(nthread)))
        if client == 'outlook16':
            h.append(('X-Mailer', 'Microsoft Outlook 16.0'))
        h.append(('Date', rdate(t, ds)))
        if mid:
            h.append(('Message-ID', mid))
        if refs:
            h.append(('References', refs))
        if irt:
            h.append(('In-Reply-To', irt))
        if reply_to:
            h.append(('Reply-To', reply_to))
        h += [('Accept-Language', f'{lang.lower()}, en-US'), ('Content-Language', lang.lower() if client != 'outlook16' else lang)]
        h += ms_tail_headers(att=att, tnef=tnef)
        h += list(extra)
        h.append(('MIME-Version', '1.0'))
    elif client == 'gmail':
        h.append(('MIME-Version', '1.0'))
        if refs:
            h.append(('References', refs))
        if irt:
            h.append(('In-Reply-To', irt))
        h += [('From', frm), ('Date', rdate(t, 1))]
        if mid:
            h.append(('Message-ID', mid))
        h += [('Subject', subject), ('To', to)]
        if cc:
            h.append(('Cc', cc))
        if reply_to:
            h.append(('Reply-To', reply_to))
        h += list(extra)
    elif client in ('iphone', 'mac'):
        h.append(('From', frm))
        h.append(('Mime-Version', '1.0 (1.0)' if client == 'iphone' else '1.0 (Mac OS X Mail 16.0 \\(3826.500.181.1.5\\))'))
        h.append(('Subject', subject))
        h.append(('Date', rdate(t, 1)))
        if refs:
            h.append(('References', refs))
        if cc:
            h.append(('Cc', cc))
        if irt:
            h.append(('In-Reply-To', irt))
        if mid:
            h.append(('Message-Id', mid))
        h.append(('To', to))
        h.append(('X-Mailer', 'iPhone Mail (22D82)' if client == 'iphone' else 'Apple Mail (2.3826.500.181.1.5)'))
        h += list(extra)
    elif client == 'samsung':
        h += [('Date', rdate(t, 0)), ('Subject', subject), ('From', frm), ('To', to)]
        if cc:
            h.append(('Cc', cc))
        if mid:
            h.append(('Message-ID', mid))
        h += [('MIME-Version', '1.0'), ('Importance', 'Normal'), ('X-Priority', '3')]
        h += list(extra)
    elif client == 'thunderbird':
        if mid:
            h.append(('Message-ID', mid))
        h += [('Date', rdate(t, 0)), ('MIME-Version', '1.0'),
              ('User-Agent', 'Mozilla Thunderbird'), ('Content-Language', lang), ('To', to)]
        if cc:
            h.append(('Cc', cc))
        h += [('From', frm), ('Subject', subject)]
        h += list(extra)
    else:   # generic / tools
        h += [('From', frm), ('To', to), ('Subject', subject), ('Date', rdate(t, ds))]
        if mid:
            h.append(('Message-ID', mid))
        h.append(('MIME-Version', '1.0'))
        h += list(extra)
    return h


# convenience: typical bodies ------------------------------------------------
def alt_outlook(plain, html_, charset_p='us-ascii', cte_p='quoted-printable', charset_h='us-ascii', cte_h='quoted-printable', geo='GBR'):
    b = b_outlook(geo)
    return multi(f'multipart/alternative;\n\tboundary="{b}"', b,
                 [text_part(plain, 'plain', charset_p, cte_p), text_part(html_, 'html', charset_h, cte_h)])


def alt_gmail(plain, html_, cte='quoted-printable', charset='UTF-8'):
    b = b_gmail()
    return multi(f'multipart/alternative; boundary="{b}"', b,
                 [text_part(plain, 'plain', charset, cte), text_part(html_, 'html', charset, cte)])


def alt_apple(plain, html_, cte_p='quoted-printable', cte_h='quoted-printable', charset='utf-8'):
    b = b_apple()
    return multi(f'multipart/alternative;\n\tboundary={b}', b,
                 [text_part(plain, 'plain', charset, cte_p, quote_cs=False), text_part(html_, 'html', charset, cte_h, quote_cs=False)])


def mixed(first, atts, style='outlook'):
    if style == 'outlook':
        b = b_outlook()
        return multi(f'multipart/mixed;\n\tboundary="{b}"', b, [first] + atts)
    if style == 'gmail':
        b = b_gmail()
        return multi(f'multipart/mixed; boundary="{b}"', b, [first] + atts)
    b = b_apple()
    return multi(f'multipart/mixed;\n\tboundary={b}', b, [first] + atts)


def is_ascii(s):
    return all(ord(c) < 128 for c in s)


def cs_for(s, pref='windows-1252'):
    if is_ascii(s):
        return 'us-ascii'
    try:
        s.encode(pyc(pref))
        return pref
    except UnicodeEncodeError:
        return 'utf-8'


# ==========================================================================
# QUESTIONS that an article answers (auto_reply)
# ==========================================================================
@msg('question', 'auto_reply', 'contact-support', 'en', 'outlook-html-only;qp-cp1252;shared-terminal;night;lowercase;crlf', 'asks for a phone line')
def q_phone():
    t = T(2026, 1, 14, 3, 17, off=0)
    body = """hi

is there a phone number for the goodtime lot? had a driver interview go wrong last week (sorted now) and it took ages typing it all out. next time id rather just ring someone and talk to an actual person

ta
Gaz Pickering – nights, transport office Avonmouth
(shared pc, reply here or to gary.pickering@harrowgatelogistics.com)
"""
    hh = H('outlook16', addr('Transport Office - Avonmouth', 'transport.avonmouth@harrowgatelogistics.com'),
           'goodtime phone number?', t, to=TO['quoted'], route='int')
    return message(hh, text_part(outlook_html(body), 'html', 'windows-1252', 'quoted-printable'), crlf=True)


@msg('question', 'auto_reply', 'support-hours', 'en', 'iphone-plain;7bit;msgid-no-brackets;lowercase;no-hours-word', 'sunday night cover, word hours not used')
def q_weekend():
    t = T(2026, 2, 22, 21, 48, off=0)
    body = """we're starting driver assessment days on sundays at doncaster from next month. if goodtime goes wrong on a sunday night or early monday before 6 is there actually anyone at goodtime wholl pick it up or do we just sit and wait till monday

kelly

Sent from my iPhone
"""
    hh = H('iphone', addr('Kelly Brannigan', 'kelly.brannigan@harrowgatelogistics.com'), 'weekend cover?', t,
           mid=f'{uuid_up()}@harrowgatelogistics.com', route='int')
    return message(hh, text_part(body, 'plain', 'us-ascii', '7bit', quote_cs=False))


@msg('question', 'auto_reply', 'chat-bubble', 'en', 'outlook-android;multipart-alternative;get-outlook-for-android;shared-terminal', 'cannot see purple chat, not logged in')
def q_purple():
    t = T(2026, 2, 17, 6, 12, off=0)
    body = """Priya said to use the purple chat thing to talk to goodtime support but theres nothing on my screen. im on the goodtime page on the goods in pc, it just shows the sign in box with the email field. where is it meant to be?

Dean
"""
    plain = body + '\nGet Outlook for Android<https://aka.ms/AAb9ysg>\n'
    part = alt_outlook(plain, mobile_outlook_html(body, 'Get Outlook for Android', 'https://aka.ms/AAb9ysg'),
                       'us-ascii', 'quoted-printable', 'utf-8', 'quoted-printable')
    hh = H('olmobile', addr('Dean Whitlock', 'dean.whitlock@harrowgatelogistics.com'), 'purple button??', t, route='int')
    return message(hh, part)


@msg('question', 'auto_reply', 'contact-csm', 'en', 'outlook;multipart-alternative;qp;reply-on-top;outlook-quote-block;long-signature;disclaimer-urgent-confidential;received;no-csm-word', 'new customer success contact, reused old thread')
def q_newcontact():
    t = T(2026, 3, 3, 8, 47, off=0)
    body = """Hi team,

Different topic to the thread below, sorry – just reusing it.

Our customer success contact at GoodTime left before Christmas and I never got the details of whoever took over our account. How do I get hold of the new person and get half an hour in their diary? Nothing is broken, I'd just like to introduce myself before we start planning for peak.

Thanks,
Jo
"""
    sig = """Jo Fairclough
Recruiting Operations Lead | People & Talent
Harrowgate Logistics Ltd
Head Office, 4 Wharf Approach, Leeds LS1 4BR
T: +44 113 496 0730 | M: +44 7700 900412
www.harrowgatelogistics.com
Moving the UK forward – one pallet at a time."""
    quote = {'from': 'Harrowgate Helpline <helpline@harrowgatelogistics.com>', 'sent': 'Thursday, January 29, 2026 2:41 PM',
             'to': 'Jo Fairclough <jo.fairclough@harrowgatelogistics.com>', 'cc': 'Bex Holloway <bex.holloway@harrowgatelogistics.com>',
             'subject': 'RE: Daventry nights - candidate moved to wrong slot', 'body': """Hi Jo,

The candidate (Warehouse Operative – Nights, DIRFT) is back on the Tuesday 22:00 slot and Bex has sent him an updated itinerary. The interviewer invites were updated at the same time, so Craig and Dean both have the right time now.

The cause was a manual move in Outlook rather than in GoodTime, so GoodTime still had the old time. We've reminded the site to move interviews in GoodTime itself.

Kind regards,
Harrowgate Helpline
Internal GoodTime project team
"""}
    plain = outlook_plain(body, sig, DISC_UK, quote)
    html_ = outlook_html(body, sig, DISC_UK, quote)
    part = alt_outlook(plain, html_, 'utf-8', 'quoted-printable', 'utf-8', 'quoted-printable')
    ref = mid_outlook()
    hh = H('outlook', addr('Jo Fairclough', 'jo.fairclough@harrowgatelogistics.com'),
           'RE: Daventry nights - candidate moved to wrong slot', t, to=TO['named'], route='int', irt=ref, refs=ref, nthread=2)
    return message(hh, part, crlf=True)


@msg('question', 'auto_reply', 'reschedule-interview', 'en', 'samsung-email;multipart-alternative;base64;lowercase;one-liner;sent-from-my-galaxy', 'reschedule a panel')
def q_resched():
    t = T(2026, 2, 10, 13, 5, off=0)
    line = 'how do i reschedule a panel?? candidate cant do thurs now, wants next week instead. theres 3 of us on it'
    plain = line + '\n\n\nSent from my Galaxy\n'
    html_ = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
             f'<div dir="auto">{line}</div><div dir="auto"><br></div><div dir="auto"><br></div>'
             '<div id="composer_signature" dir="auto"><div style="font-size:85%;color:#575757" dir="auto">Sent from my Galaxy</div></div></body></html>\n')
    b = '--_com.samsung.android.email_' + str(R.randint(10 ** 15, 10 ** 16))
    part = multi(f'multipart/alternative; boundary="{b}"', b,
                 [text_part(plain, 'plain', 'utf-8', 'base64', cs_label='utf-8'), text_part(html_, 'html', 'utf-8', 'base64')])
    hh = H('samsung', addr('Lewis Mcgrath', 'lewis.mcgrath@harrowgatelogistics.com'), 'panel resched', t, to=HELP, route='int')
    return message(hh, part)


@msg('question', 'auto_reply', 'interviewer-load-balancing', 'en', 'outlook;multipart-alternative;qp;rambling;question-in-third-paragraph;typos;us-office', 'one manager gets all interviews')
def q_load():
    t = T(2026, 3, 5, 16, 52, off=-5)
    body = """Hey guys

Hope your all good. Just to say first the new forklift operator hiring has been going great, we got 6 start dates out of the last round and the agency is happy, so thanks for the help setting that up back in January.

So we have 3 ops managers on site here (me, Rob Tierney and Angela Voss) and we all do the second round interviews for warehouse associates. Rob was out on leave most of Feb which is fine but hes back now. My question is why does goodtime keep putting me on pretty much every interview?? I had 11 last week, Angela had 3 and Rob had 1. Is there a way to cap how many one person gets in a week so it spreads them out, or is it something about how we are set up?

Thanks
Dwayne
"""
    sig = """Dwayne Harris
Warehouse Operations Manager – Columbus DC (Obetz, OH)
Harrowgate Logistics Inc.
c: (614) 555-0148"""
    part = alt_outlook(outlook_plain(body, sig), outlook_html(body, sig, lang='EN-US'), 'utf-8', 'quoted-printable', 'utf-8', 'quoted-printable', geo='NAM')
    hh = H('outlook', addr('Harris, Dwayne', 'dwayne.harris@harrowgatelogistics.com'), 'interviews', t, lang='en-US', geo='NAM', route='int')
    return message(hh, part)


@msg('question', 'auto_reply', 'support-hours', 'de', 'iphone;multipart-alternative;qp;von-meinem-iphone-gesendet;received', 'support am Wochenende und nachts')
def q_de_wochenende():
    t = T(2026, 3, 12, 22, 31, off=1)
    body = """Hallo zusammen,

ab April machen wir in Duisburg auch Vorstellungsgespräche für die Nachtschicht, teilweise Samstag früh um 5. Ist der GoodTime Support dann überhaupt erreichbar, wenn mal was hängt? Oder nur Mo–Fr tagsüber?

Gruß
Jens
"""
    sig = 'Von meinem iPhone gesendet'
    part = alt_apple(body + '\n' + sig + '\n', apple_html(body, sig))
    hh = H('iphone', addr('Jens Kowalczyk', 'jens.kowalczyk@harrowgatelogistics.de'), 'Support am Wochenende / nachts?', t,
           route='eu', arcd='harrowgatelogistics.de', auth=authres('harrowgatelogistics.de', '40.107.22.71'))
    return message(hh, part)


@msg('question', 'auto_reply', 'product-board', 'de', 'outlook-html-only;qp-cp1252;rfc2047-q-iso-8859-1;received;dkim;arc;auth-results', 'wo Ideen einreichen, abstimmen')
def q_de_idee():
    t = T(2026, 2, 4, 10, 8, off=1)
    body = """Hallo Helpline-Team,

ich hätte eine Idee, die unseren Schichtleitern viel Zeit sparen würde (kurz gesagt: Verfügbarkeit nach Schichtplan statt nach Outlook-Kalender). Bevor ich das jetzt an zehn verschiedene Leute schicke: Wo gibt man so etwas bei GoodTime eigentlich ab? Ich habe gehört, dass man dort auch für Vorschläge von anderen Kunden stimmen kann – stimmt das?

Viele Grüße
Katrin Vogelsang
"""
    sig = """Katrin Vogelsang
Recruiting-Koordinatorin | Harrowgate Logistics GmbH
Mainzer Landstraße 351, 60326 Frankfurt am Main
Tel. +49 69 2578 4410"""
    html_ = outlook_html(body, sig, lang='DE')
    hh = H('outlook', addr('Vogelsang, Katrin', 'katrin.vogelsang@harrowgatelogistics.de'),
           ew_q('Vorschlag für GoodTime - wo einreichen?', 'iso-8859-1'), t, lang='de-DE', geo='EUR', topic='Vorschlag für GoodTime - wo einreichen?',
           route='eu', arcd='harrowgatelogistics.de', dk='harrowgatelogistics.de',
           auth=authres('harrowgatelogistics.de', '40.107.22.71', lower=True))
    return message(hh, text_part(html_, 'html', 'windows-1252', 'quoted-printable'), crlf=True)


@msg('question', 'auto_reply', 'room-booking', 'de', 'thunderbird;base64-utf8;rfc2047-b-utf8-split-mid-word;rfc2047-from;received;auth-results', 'Schulungsraum fehlt in GoodTime')
def q_de_raum():
    t = T(2026, 1, 27, 14, 22, off=1)
    body = """Hallo,

wir wollen die Vor-Ort-Gespräche für Lagerhelfer in Hamburg-Billbrook künftig im Schulungsraum in Halle 2 machen (der Besprechungsraum im Büro ist ständig belegt). Wenn ich in GoodTime ein Gespräch vor Ort plane, tauchen aber nur die beiden Räume im Bürogebäude auf, der Schulungsraum nicht. Im Outlook-Kalender kann ich ihn ganz normal buchen.

Woran liegt das? Muss da jemand was freischalten?

Danke und Gruß
Sabine Brückner
HR / Recruiting Hamburg
Harrowgate Logistics GmbH
"""
    subj = ew_split(['Schulungsraum wird in GoodTime nicht angez', 'eigt'], 'b', 'UTF-8')
    hh = H('thunderbird', addr('Sabine Brückner', 'sabine.brueckner@harrowgatelogistics.de', enc='q', cs='UTF-8'), subj, t,
           lang='de-DE', route='relay_de', auth=authres('harrowgatelogistics.de', '203.0.113.25'))
    return message(hh, text_part(body, 'plain', 'UTF-8', 'base64', params='; format=flowed', quote_cs=False))


@msg('question', 'auto_reply', 'interviewer-training', 'de', 'outlook;multipart-alternative;qp-utf8;rfc2047-b-from;long-signature;disclaimer-confidential-sofort;received;dkim', 'neue Schichtleiter erst zuhören lassen')
def q_de_training():
    t = T(2026, 3, 2, 7, 41, off=1)
    body = """Hallo,

wir haben zum 1. März drei neue Schichtleiter bekommen. Die sollen künftig auch Bewerbungsgespräche mit Lagermitarbeitern führen, aber nicht sofort allein. Mein Plan wäre: erst ein paarmal nur dabeisitzen und zuhören, dann selbst führen, während ein erfahrener Kollege zuschaut.

Kann GoodTime so etwas abbilden, und wie läuft das dann ab? Müssen die drei dafür selbst irgendwas einrichten?

Beste Grüße
Mehmet Yıldız
"""
    sig = """Mehmet Yıldız
Standortleiter Cross-Dock Hub Duisburg
Harrowgate Logistics GmbH | Hafenstraße 14 | 47119 Duisburg
Tel. +49 203 7391 220 | Mobil +49 160 9134 5521"""
    part = alt_outlook(outlook_plain(body, sig, DISC_DE), outlook_html(body, sig, DISC_DE, lang='DE', charset='utf-8'),
                       'utf-8', 'quoted-printable', 'utf-8', 'quoted-printable', geo='EUR')
    hh = H('outlook', addr('Mehmet Yıldız', 'mehmet.yildiz@harrowgatelogistics.de', enc='b'), 'Neue Schichtleiter bei Interviews mitlaufen lassen', t,
           lang='de-DE', geo='EUR', route='eu', dk='harrowgatelogistics.de', auth=authres('harrowgatelogistics.de', '40.107.21.88'))
    return message(hh, part, crlf=True)


@msg('question', 'auto_reply', 'cancel-interview', 'de', 'outlook-plain-only;qp-iso-8859-1;reply-on-top;original-message-block-de;rfc2047-q-iso-8859-1', 'Termin im Kalender löschen oder in GoodTime absagen')
def q_de_absage():
    t = T(2026, 2, 9, 15, 36, off=1)
    body = """Kurze Frage, hat nichts mit unten zu tun:

Ein Bewerber (Staplerfahrer, Gespräch wäre Donnerstag) hat heute abgesagt, er hat woanders unterschrieben. Reicht es, wenn ich den Termin einfach aus meinem Outlook-Kalender lösche, oder muss ich das in GoodTime machen? Ich will nicht, dass die Kollegen am Donnerstag trotzdem noch die Einladung drin haben.

Danke!
Lukas

-----Ursprüngliche Nachricht-----
Von: Harrowgate Helpline <helpline@harrowgatelogistics.com>
Gesendet: Montag, 2. Februar 2026 11:03
An: Lukas Dreßler <lukas.dressler@harrowgatelogistics.de>
Betreff: RE: Zugang für neue Kollegin (Hamburg)

Hallo Lukas,

Frau Petersen hat jetzt Koordinator-Rechte in GoodTime und sollte nach dem nächsten Login alle Hamburger Stellen sehen. Falls nicht, bitte einmal ab- und wieder anmelden.

Viele Grüße
Harrowgate Helpline

-----Ursprüngliche Nachricht-----
Von: Lukas Dreßler <lukas.dressler@harrowgatelogistics.de>
Gesendet: Freitag, 30. Januar 2026 09:12
An: Harrowgate Helpline <helpline@harrowgatelogistics.com>
Betreff: Zugang für neue Kollegin (Hamburg)

Hallo, unsere neue Kollegin Jana Petersen (Recruiting Hamburg) braucht Zugang zu GoodTime. Danke!
"""
    ref1, ref2 = mid_outlook('EUR'), mid_outlook('GBR')
    hh = H('outlook', addr('Lukas Dreßler', 'lukas.dressler@harrowgatelogistics.de', enc='q', cs='iso-8859-1'),
           ew_q('AW: Zugang für neue Kollegin (Hamburg)', 'iso-8859-1'), t, lang='de-DE', geo='EUR',
           topic='Zugang für neue Kollegin (Hamburg)', refs=f'{ref1}\n {ref2}', irt=ref2, nthread=2, route='eu')
    return message(hh, text_part(body, 'plain', 'iso-8859-1', 'quoted-printable'))


@msg('question', 'auto_reply', 'contact-support', 'es', 'gmail;multipart-alternative;qp-utf8;rfc2047-q-utf8;received;dkim;auth-results', 'correo directo de soporte')
def q_es_soporte():
    t = T(2026, 2, 18, 11, 27, off=1)
    body = """Hola,

¿Cómo puedo contactar directamente con el soporte de GoodTime? Me gustaría tener un correo o algo así para cuando me pasan cosas raras con las citas y no hay nadie de vosotros conectado. Y ya que estamos: ¿qué información tengo que mandarles para que me contesten rápido?

¡Gracias!
Nerea

--
Nerea Castaño
Coordinadora de Selección · Barcelona (Zona Franca)
Harrowgate Logistics España
"""
    part = alt_gmail(gmail_plain(body), gmail_html(body))
    hh = H('gmail', addr('Nerea Castaño', 'nerea.castano@harrowgatelogistics.es', enc='q', cs='UTF-8'),
           ew_q('¿Correo de soporte de GoodTime?', 'UTF-8'), t, route='gmail',
           dk=dkim('harrowgatelogistics.es', 'google', 'mime-version:from:date:message-id:subject:to', t),
           auth=authres('harrowgatelogistics.es', '209.85.221.48'))
    return message(hh, part)


@msg('question', 'auto_reply', 'escalation-path', 'es', 'outlook-html-only;qp-cp1252;long-signature;disclaimer-confidencial-inmediatamente;rfc2047-q-iso-8859-1', 'a quién acudir en cada caso')
def q_es_guia():
    t = T(2026, 3, 16, 9, 3, off=1)
    body = """Buenos días:

En abril se incorpora el equipo de selección del nuevo almacén de Coslada y quiero darles una hoja de "qué hacer si…" para GoodTime. Básicamente: si tienen una duda, si algo no funciona, si se les ocurre una mejora, o si hay un problema gordo que nos afecta a todos, ¿a quién tienen que dirigirse en cada caso? ¿Hay un orden recomendado o cada uno escribe a quien le parece?

Un saludo,
"""
    sig = """Javier Ortega Villalba
Responsable de Personas – Iberia
Harrowgate Logistics España, S.L.
Av. de la Industria 32, 28823 Coslada (Madrid)
Tel. +34 910 47 83 20"""
    hh = H('outlook', addr('Javier Ortega Villalba', 'javier.ortega@harrowgatelogistics.es'),
           ew_q('Guía para el equipo nuevo: a quién acudir con GoodTime', 'iso-8859-1'), t, lang='es-ES', geo='EUR',
           topic='Guía para el equipo nuevo: a quién acudir con GoodTime', route='int')
    return message(hh, text_part(outlook_html(body, sig, DISC_ES, lang='ES'), 'html', 'windows-1252', 'quoted-printable'), crlf=True)


@msg('question', 'auto_reply', 'candidate-availability-request', 'es', 'iphone-plain;8bit-utf8;enviado-desde-mi-iphone;lowercase', 'pedir disponibilidad al candidato')
def q_es_dispo():
    t = T(2026, 1, 20, 18, 52, off=1)
    body = """hola, como le pido a un candidato que me marque que dias y horas puede? asi luego lo cuadro yo con los jefes de turno. es para carretilleros en coslada, gracias

Lucía

Enviado desde mi iPhone
"""
    hh = H('iphone', addr('Lucía Martín', 'lucia.martin@harrowgatelogistics.es', enc='q', cs='utf-8'), 'disponibilidad candidato', t, route='gmail')
    return message(hh, text_part(body, 'plain', 'utf-8', '8bit', quote_cs=False))


@msg('question', 'auto_reply', 'self-scheduling-link', 'es', 'plain;base64-iso-8859-1;raw-cp1252-subject;raw-cp1252-from', 'enlace sin huecos')
def q_es_huecos():
    t = T(2026, 2, 25, 16, 14, off=1)
    body = """Buenas,

Le he mandado a un candidato para mozo de almacén el enlace ese para que elija él la hora de la entrevista, y me dice que le sale todo vacío, que no puede escoger nada. La entrevista sería conmigo o con Raúl, para la semana que viene. ¿Qué puede estar pasando? ¿Lo tengo mal configurado?

Saludos
Iñaki
Plataforma Zaragoza (PLAZA) – turno de tarde
"""
    hh = H('outlook16', addr('Iñaki Ibáñez', 'inaki.ibanez@harrowgatelogistics.es', enc='raw', cs='windows-1252'),
           'No le salen huecos al candidato ¿por qué?'.encode('cp1252'), t, lang='es-ES', topic=None, route='gmail')
    return message(hh, text_part(body, 'plain', 'iso-8859-1', 'base64'), crlf=True)


@msg('question', 'auto_reply', 'conference-links', 'es', 'outlook;multipart-alternative;qp;rfc2047-q-utf8-split-mid-word;received', 'Teams automático')
def q_es_teams():
    t = T(2026, 3, 10, 12, 44, off=1)
    body = """Hola,

Las primeras entrevistas con conductores de camión las hacemos por Teams, porque muchos están en ruta. Ahora mismo pego yo el enlace a mano en cada invitación y más de una vez se me ha olvidado. ¿Se puede hacer que GoodTime lo ponga solo cuando se programa la entrevista? ¿Dónde se elige eso?

Gracias,
Álvaro
"""
    sig = """Álvaro Ruiz Gil
Responsable de Tráfico – Zaragoza
Harrowgate Logistics España"""
    part = alt_outlook(outlook_plain(body, sig), outlook_html(body, sig, lang='ES', charset='utf-8'), 'utf-8', 'quoted-printable', 'utf-8', 'quoted-printable', geo='EUR')
    subj = ew_split(['Enlace de Teams autom', 'ático en las entrevistas de conductores'], 'q', 'utf-8')
    hh = H('outlook', addr('Álvaro Ruiz Gil', 'alvaro.ruiz@harrowgatelogistics.es', enc='b', cs='utf-8'), subj, t, lang='es-ES', geo='EUR',
           topic=None, route='gmail', auth=authres('harrowgatelogistics.es', '209.85.128.52'))
    return message(hh, part)


@msg('question', 'auto_reply', 'chat-bubble', 'fr', 'iphone-plain;qp-utf8;envoye-de-mon-iphone', 'bulle violette introuvable')
def q_fr_bulle():
    t = T(2026, 2, 12, 5, 48, off=1)
    body = """Bonjour

On m'a dit qu'il y a une bulle violette dans GoodTime pour parler direct au support, je la trouve pas. Elle est où sur l'écran ? Je suis connecté sur le PC du quai là.

Karim

Envoyé de mon iPhone
"""
    hh = H('iphone', addr('Karim Benali', 'karim.benali@harrowgatelogistics.fr'), 'bulle violette ??', t, route='eu')
    return message(hh, text_part(body, 'plain', 'utf-8', 'quoted-printable', quote_cs=False))


@msg('question', 'auto_reply', 'contact-csm', 'fr', 'outlook-html-only;qp-cp1252;long-signature;disclaimer-confidentiel-immediatement;received;arc', 'coordonnées du CSM')
def q_fr_csm():
    t = T(2026, 1, 8, 14, 19, off=1)
    body = """Bonjour,

Je viens de reprendre le recrutement pour les sites de Lille et de Lyon et je n'ai pas les coordonnées de notre CSM chez GoodTime (mon prédécesseur ne me les a pas transmises avant son départ). Comment puis-je le ou la joindre pour caler un premier rendez-vous ?

Bien cordialement,
"""
    sig = """Aurélie Garnier
Responsable Ressources Humaines – Hauts-de-France & Rhône-Alpes
Harrowgate Logistics France SAS
ZI du Hellu, 59260 Lezennes
Tél. : +33 3 20 61 48 90"""
    hh = H('outlook', addr('Aurélie Garnier', 'aurelie.garnier@harrowgatelogistics.fr', enc='q', cs='iso-8859-1'),
           'Contact CSM GoodTime', t, lang='fr-FR', geo='EUR', route='eu', arcd='harrowgatelogistics.fr')
    return message(hh, text_part(outlook_html(body, sig, DISC_FR, lang='FR'), 'html', 'windows-1252', 'quoted-printable'), crlf=True)


@msg('question', 'auto_reply', 'internal-project-team', 'fr', 'outlook;multipart-alternative;base64-utf8;new-graduate', 'qui est derrière la helpline')
def q_fr_helpline():
    t = T(2026, 1, 15, 17, 2, off=1)
    body = """Bonjour,

Je suis arrivée lundi au service recrutement de Saint-Priest (en alternance) et on m'a donné cette adresse « helpline » pour GoodTime. Je ne comprends pas bien qui est derrière : c'est GoodTime directement, ou une équipe de chez nous ? Et du coup, qu'est-ce que je dois vous envoyer à vous, et qu'est-ce que je dois envoyer ailleurs ?

Merci d'avance et désolée pour la question de débutante !
Océane Marchand
Alternante Recrutement – Lyon Saint-Priest
"""
    part = alt_outlook(outlook_plain(body), outlook_html(body, lang='FR', charset='utf-8'), 'utf-8', 'base64', 'utf-8', 'base64', geo='EUR')
    hh = H('outlook', addr('Océane Marchand', 'oceane.marchand@harrowgatelogistics.fr', enc='b'),
           ew_b('Question de débutante : la helpline, c\'est pour quoi ?'), t, lang='fr-FR', geo='EUR', topic=None, route='int')
    return message(hh, part)


@msg('question', 'auto_reply', 'debrief-scheduling', 'fr', 'apple-mail-mac;multipart-alternative;reply-on-top;gt-quoted-lines;two-topics', 'point entre managers sans le candidat')
def q_fr_debrief():
    t = T(2026, 3, 9, 18, 27, off=1)
    body = """Autre sujet que le parking :

Après la journée du 19, je voudrais réunir les trois chefs d'équipe et la RH pour faire le point sur les candidats, idéalement le lendemain matin. Est-ce que GoodTime peut organiser ça en regardant les agendas de tout le monde ? Et surtout, les candidats ne doivent pas recevoir cette invitation – comment on s'en assure ?

Julien
"""
    cite = """Le 9 mars 2026 à 14:02, Stéphanie Lefèvre <stephanie.lefevre@harrowgatelogistics.fr> a écrit :

Bonjour Julien,

Pour le 19, les candidats caristes pourront se garer sur le parking visiteurs P2. J'ai prévenu l'accueil et la sécurité, la liste des noms leur sera envoyée la veille.

Bonne journée,
Stéphanie
"""
    plain = body + '\n' + ''.join('> ' + l + '\n' if l else '> \n' for l in cite.rstrip('\n').split('\n'))
    part = alt_apple(plain, apple_html(body, None, cite))
    ref = mid_outlook('EUR')
    hh = H('mac', addr('Julien Moreau', 'julien.moreau@harrowgatelogistics.fr'),
           ew_q('Re: Journée de recrutement caristes 19/03 – parking visiteurs', 'utf-8'), t,
           cc=addr('Stéphanie Lefèvre', 'stephanie.lefevre@harrowgatelogistics.fr', enc='q'), irt=ref, refs=ref, route='eu')
    return message(hh, part)


@msg('question', 'auto_reply', 'candidate-itinerary', 'fr', 'outlook-plain-only;qp-iso-8859-1;rfc2047-b-iso-8859-1', 'renvoyer la convocation')
def q_fr_convoc():
    t = T(2026, 2, 24, 9, 55, off=1)
    body = """Bonjour,

Un candidat préparateur de commandes m'a appelée ce matin : il ne retrouve plus le mail avec l'heure et l'adresse de son entretien de jeudi (il pense l'avoir supprimé par erreur). Est-ce que je peux lui renvoyer le même mail depuis GoodTime, ou est-ce que je dois lui écrire moi-même ?

Merci,
Stéphanie Lefèvre
Chargée de recrutement – Lyon Saint-Priest
Tél. 04 72 90 13 47
"""
    hh = H('outlook', addr('Lefèvre Stéphanie', 'stephanie.lefevre@harrowgatelogistics.fr', enc='b', cs='iso-8859-1'),
           ew_b('Renvoyer la convocation à un candidat', 'iso-8859-1'), t, lang='fr-FR', geo='EUR',
           topic='Renvoyer la convocation à un candidat', route='eu')
    return message(hh, text_part(body, 'plain', 'iso-8859-1', 'quoted-printable'))


@msg('question', 'auto_reply', 'product-board', 'pt', 'outlook;multipart-alternative;qp', 'onde deixar sugestões')
def q_pt_sugestao():
    t = T(2026, 2, 27, 15, 33, off=0)
    body = """Olá,

Tenho uma ideia que dava jeito para as entrevistas de motoristas (poder ver no convite a categoria da carta de condução do candidato). Não é nada urgente. Onde é que se deixam estas sugestões para a GoodTime? Há algum sítio onde se vê o que os outros clientes já pediram, para não repetir?

Cumprimentos,
"""
    sig = """Rui Carvalho
Gestor de Frota – Maia (Porto)
Harrowgate Logistics Portugal
Tlm. +351 912 480 377"""
    part = alt_outlook(outlook_plain(body, sig), outlook_html(body, sig, lang='PT', charset='iso-8859-1'),
                       'iso-8859-1', 'quoted-printable', 'iso-8859-1', 'quoted-printable', geo='EUR')
    hh = H('outlook', addr('Rui Carvalho', 'rui.carvalho@harrowgatelogistics.pt'), ew_q('Sugestão para o GoodTime', 'iso-8859-1'), t,
           lang='pt-PT', geo='EUR', topic='Sugestão para o GoodTime', route='gmail')
    return message(hh, part, crlf=True)


@msg('question', 'auto_reply', 'permissions-roles', 'pt', 'outlook-html-only;qp-cp1252;resembles-interview-templates', 'botão de editar modelos não aparece')
def q_pt_botao():
    t = T(2026, 3, 11, 10, 16, off=0)
    body = """Bom dia,

A minha colega Marta consegue editar os modelos de entrevista no GoodTime, mas a mim nem me aparece essa opção no menu — não dá erro nenhum, simplesmente não está lá. Estamos as duas na mesma equipa de recrutamento em Lisboa. Porque é que isto acontece? É algum problema da minha conta?

Obrigada,
Inês Magalhães
Coordenadora de RH – Lisboa
"""
    hh = H('outlook', addr('Inês Magalhães', 'ines.magalhaes@harrowgatelogistics.pt', enc='q', cs='iso-8859-1'),
           ew_q('Não tenho o botão de editar modelos', 'iso-8859-1'), t, lang='pt-PT', geo='EUR', topic='Não tenho o botão de editar modelos', route='int')
    return message(hh, text_part(outlook_html(body, lang='PT'), 'html', 'windows-1252', 'quoted-printable'))


@msg('question', 'auto_reply', 'add-interviewer-to-pool', 'pt', 'iphone;multipart-alternative;qp;enviado-do-meu-iphone;lowercase', 'novo chefe de turno entrevistador')
def q_pt_pool():
    t = T(2026, 3, 4, 7, 9, off=0)
    body = """boas

temos um chefe de turno novo na azambuja (Tiago Antunes) que a partir de agora tambem vai fazer entrevistas aos operadores de armazem. como é que ele entra na lista de quem pode entrevistar? ele ainda nunca fez nenhuma, convem ir primeiro com alguem

João
"""
    sig = 'Enviado do meu iPhone'
    part = alt_apple(body + '\n' + sig + '\n', apple_html(body, sig))
    hh = H('iphone', addr('João Gonçalves', 'joao.goncalves@harrowgatelogistics.pt', enc='b'), 'novo entrevistador', t, route='gmail')
    return message(hh, part)


@msg('question', 'auto_reply', 'candidate-reminders', 'pt', 'outlook-plain-only;base64-utf8;rfc2047-q-utf8-split-mid-word', 'lembrete no dia anterior')
def q_pt_lembrete():
    t = T(2026, 2, 13, 16, 40, off=0)
    body = """Olá,

Esta semana tivemos três candidatos que não apareceram às entrevistas no armazém da Maia. O GoodTime manda algum lembrete aos candidatos na véspera? Se sim, como é que eu sei se isso está ligado para nós?

Obrigada
Ana Sofia Ribeiro
Recrutadora – Porto
"""
    subj = ew_split(['Lembretes aos candidatos antes da entrev', 'ista'], 'q', 'UTF-8')
    hh = H('outlook', addr('Ana Sofia Ribeiro', 'anasofia.ribeiro@harrowgatelogistics.pt'), subj, t, lang='pt-PT', geo='EUR', topic=None, route='int')
    return message(hh, text_part(body, 'plain', 'utf-8', 'base64'))


@msg('question', 'auto_reply', 'time-zones', 'pt', 'gmail;multipart-alternative;raw-utf8-subject;raw-utf8-from;received;dkim;auth-results', 'candidato nos Açores')
def q_pt_acores():
    t = T(2026, 3, 18, 11, 5, off=0)
    body = """Olá!

Vou fazer uma entrevista por vídeo a um motorista que vive em Ponta Delgada (lá é menos uma hora do que cá). Como é que garanto que ele recebe a hora certa no convite e que não aparece uma hora antes ou depois? Já me aconteceu uma confusão destas com um candidato de Espanha.

Obrigada!
Marta Simões
Recrutamento – Harrowgate Logistics Portugal
"""
    part = alt_gmail(gmail_plain(body), gmail_html(body))
    hh = H('gmail', 'Marta Simões <marta.simoes@harrowgatelogistics.pt>', 'Entrevista com motorista nos Açores — fuso horário', t,
           route='gmail', dk=dkim('harrowgatelogistics.pt', 'google', 'mime-version:from:date:message-id:subject:to', t),
           auth=authres('harrowgatelogistics.pt', '209.85.167.44'))
    return message(hh, part)


# ==========================================================================
# QUESTIONS no article answers (forward_support, article none)
# ==========================================================================
@msg('question', 'forward_support', 'none', 'en', 'iphone-plain;7bit;sent-from-my-iphone;lowercase', 'mobile app for shift leads')
def n_app():
    t = T(2026, 1, 29, 23, 14, off=0)
    body = """is there a goodtime app for phones? my shift leads dont have laptops on the floor and they keep missing it when an interview moves. or does it work ok in the phone browser

Ryan
Night Shift Manager, Doncaster

Sent from my iPhone
"""
    hh = H('iphone', addr('Ryan Tolley', 'ryan.tolley@harrowgatelogistics.com'), 'goodtime app?', t, route='int')
    return message(hh, text_part(body, 'plain', 'us-ascii', '7bit', quote_cs=False))


@msg('question', 'forward_support', 'none', 'en', 'outlook-html-only;qp-cp1252;shared-terminal;lowercase;typos', 'supported browsers')
def n_browsers():
    t = T(2026, 2, 3, 2, 26, off=0)
    body = """hello

IT are replacing the goods in terminals next month and asked us which browsers goodtime works with. some of the old ones are still on windows 10 with edge and one has chrome and firefox on it. is there a list somewhere of whats supported so we can tell them?

thx
Bex (nights cover)
"""
    hh = H('outlook16', addr('Goods In Terminal 2 - Daventry', 'goodsin.dirft@harrowgatelogistics.com'), 'which browsers', t, route='int')
    return message(hh, text_part(outlook_html(body), 'html', 'windows-1252', 'quoted-printable'), crlf=True)


@msg('question', 'forward_support', 'none', 'en', 'outlook;multipart-alternative;qp;long-signature;disclaimer-urgent-confidential;pdf-attachment;received', 'candidate data retention / GDPR')
def n_gdpr():
    t = T(2026, 2, 11, 11, 38, off=0)
    body = """Hello,

Our Data Protection Officer has asked me how long GoodTime holds on to candidate details (names, email addresses, phone numbers, interview times) for people we didn't hire, and whether we can have a specific person's data deleted if they ask us to. Is that a setting we control in our account, or something GoodTime decides?

I've attached the DPO's short questionnaire in case it helps – it's the retention questions (3 and 4) I'm stuck on.

Many thanks,
Sian
"""
    sig = """Sian Pritchard
HR Business Partner – Operations (North)
Harrowgate Logistics Ltd
T: +44 113 496 0788
www.harrowgatelogistics.com"""
    alt = alt_outlook(outlook_plain(body, sig, DISC_UK), outlook_html(body, sig, DISC_UK), 'utf-8', 'quoted-printable', 'utf-8', 'quoted-printable')
    doc = pdf(['Harrowgate Logistics - Data Protection Office', 'Supplier data processing questionnaire (short form)', '',
               'Supplier: GoodTime (interview scheduling)', 'Owner: People & Talent', '',
               '1. What personal data is processed?  names, e-mail, phone, interview times',
               '2. Where is it hosted?',
               '3. How long is candidate data retained after the process ends?',
               '4. Can individual records be deleted on request (Art. 17)?',
               '5. Sub-processors?'], 'DPO questionnaire - GoodTime')
    part = mixed(alt, [attach(doc, 'application/pdf', 'DPO questionnaire - GoodTime.pdf', 'outlook', t)])
    hh = H('outlook', addr('Sian Pritchard', 'sian.pritchard@harrowgatelogistics.com'), 'Candidate data retention in GoodTime?', t,
           to=TO['named'], route='int', att=True)
    return message(hh, part, crlf=True)


@msg('question', 'forward_support', 'none', 'en', 'outlook;multipart-alternative;qp;reply-on-top;outlook-quote-block;us-office;resembles-reporting-dashboards', 'API / Power BI feed')
def n_powerbi():
    t = T(2026, 3, 19, 13, 12, off=-5)
    body = """Thanks, that filter did the trick.

Separate question while I have you: does GoodTime have an API or some kind of data feed we can connect Power BI to? The reports in the app are fine for me, but the ops directors want the interview numbers in the weekly site pack automatically rather than me exporting and pasting every Monday. If there's an API, who would we talk to about access/keys?

Lauren
"""
    sig = """Lauren Whitfield
Recruiting Operations Manager – Americas
Harrowgate Logistics Inc. | Chicago, IL
o: (312) 555-0172"""
    quote = {'from': 'Harrowgate Helpline <helpline@harrowgatelogistics.com>', 'sent': 'Wednesday, March 18, 2026 10:05 AM',
             'to': 'Whitfield, Lauren <lauren.whitfield@harrowgatelogistics.com>', 'subject': 'RE: interviewer load report - Memphis missing',
             'body': """Hi Lauren,

Memphis wasn't missing, the report was filtered to "Columbus DC" from the last time it was used. Clear the location filter at the top (or pick "All US sites") and the Memphis interviewers will show again.

Kind regards,
Harrowgate Helpline
"""}
    part = alt_outlook(outlook_plain(body, sig, quote=quote), outlook_html(body, sig, quote=quote, lang='EN-US'),
                       'us-ascii', 'quoted-printable', 'us-ascii', 'quoted-printable', geo='NAM')
    ref = mid_outlook('GBR')
    hh = H('outlook', addr('Whitfield, Lauren', 'lauren.whitfield@harrowgatelogistics.com'), 'RE: interviewer load report - Memphis missing', t,
           lang='en-US', geo='NAM', irt=ref, refs=ref, nthread=1, route='int')
    return message(hh, part)


@msg('question', 'forward_support', 'none', 'en', 'outlook-ios;multipart-alternative;get-outlook-for-ios;lowercase;resembles-candidate-reminders', 'do candidates get SMS')
def n_sms():
    t = T(2026, 3, 24, 7, 22, off=-4)
    body = """do candidates get a text message from goodtime or only emails? half my CDL drivers never look at email till theyre parked up for the night. if there is texting in goodtime how do i turn it on for my reqs

brandon
"""
    plain = body + '\nGet Outlook for iOS<https://aka.ms/o0ukef>\n'
    part = alt_outlook(plain, mobile_outlook_html(body, 'Get Outlook for iOS', 'https://aka.ms/o0ukef'), 'us-ascii', '7bit', 'utf-8', 'quoted-printable', geo='NAM')
    hh = H('olmobile', addr('Brandon Kowalski', 'brandon.kowalski@harrowgatelogistics.com'), 'texts to candidates', t, lang='en-US', geo='NAM', route='int')
    return message(hh, part)


@msg('question', 'forward_support|needs_review', 'none', 'en', 'form-mailer;auto-submitted;x-auto-response-suppress;no-reply-from;reply-to;multipart-alternative;long-folded-subject;received', 'service portal form: sender address of candidate e-mails')
def n_form_sender():
    t = T(2026, 3, 6, 14, 3, off=-6)
    desc = ("Can the e-mails candidates get from GoodTime (confirmations, reminders) come from our own "
            "recruiting@harrowgatelogistics.com address instead of a GoodTime one? A few candidates in Memphis have "
            "asked me whether the invite is a scam because they don't recognise the sender.")
    plain = f"""A new request has been submitted through the IT Service Portal.

Request number: SR-104877
Submitted: 06/03/2026 14:03 (CST)
Requested by: Tanya Reyes
E-mail: tanya.reyes@harrowgatelogistics.com
Department: Talent Acquisition - Americas
Location: Memphis DC, TN
Category: Business applications > GoodTime (interview scheduling)
Request type: Question / how-to
Impact: Single user
Urgency: Low

Description:
{desc}

--
This message was generated automatically by the Harrowgate IT Service Portal. Please do not reply to this address;
replies go to the requester. Manage notification settings at https://servicedesk.harrowgatelogistics.com/notifications
"""
    html_ = ('<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:13px;color:#222">'
             '<p>A new request has been submitted through the <b>IT Service Portal</b>.</p>'
             '<table cellpadding="4" cellspacing="0" border="0">'
             '<tr><td><b>Request number</b></td><td>SR-104877</td></tr>'
             '<tr><td><b>Submitted</b></td><td>06/03/2026 14:03 (CST)</td></tr>'
             '<tr><td><b>Requested by</b></td><td>Tanya Reyes &lt;tanya.reyes@harrowgatelogistics.com&gt;</td></tr>'
             '<tr><td><b>Department</b></td><td>Talent Acquisition - Americas</td></tr>'
             '<tr><td><b>Location</b></td><td>Memphis DC, TN</td></tr>'
             '<tr><td><b>Category</b></td><td>Business applications &gt; GoodTime (interview scheduling)</td></tr>'
             '<tr><td><b>Request type</b></td><td>Question / how-to</td></tr>'
             '<tr><td><b>Impact / Urgency</b></td><td>Single user / Low</td></tr></table>'
             f'<p><b>Description:</b><br>{esc(desc)}</p>'
             '<hr><p style="font-size:11px;color:#888">This message was generated automatically by the Harrowgate IT Service Portal. '
             'Please do not reply to this address; replies go to the requester.</p></body></html>\n')
    b = 'b1_' + an(32)
    part = multi(f'multipart/alternative;\r\n boundary="{b}"'.replace('\r', ''), b,
                 [text_part(plain, 'plain', 'us-ascii', '8bit', quote_cs=False), text_part(html_, 'html', 'us-ascii', '8bit', quote_cs=False)])
    hh = H('generic', addr('Harrowgate IT Service Portal', 'no-reply@servicedesk.harrowgatelogistics.com'),
           '[SR-104877] New request from Tanya Reyes: GoodTime - can candidate e-mails come from our\n own recruiting address?',
           t, ds=2, mid=f'<{an(32)}@servicedesk.harrowgatelogistics.com>', route='form',
           extra=[('Reply-To', addr('Tanya Reyes', 'tanya.reyes@harrowgatelogistics.com')), ('X-Mailer', 'PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)'),
                  ('Auto-Submitted', 'auto-generated'), ('X-Auto-Response-Suppress', 'All'), ('Precedence', 'bulk')])
    return message(hh, part)


@msg('question', 'forward_support', 'none', 'en', 'outlook;multipart-alternative;qp;typos', 'how to log in / SSO')
def n_login():
    t = T(2026, 1, 12, 8, 4, off=0)
    body = """Morning,

Got a new laptop over the weekend and now i cant remember how i logged in to GoodTime before. Do we sign in with our normal Microsoft work login or is there a seperate GoodTime username and password? I tried my email and windows password on the GoodTime page and it just took me back to the start.

Cheers
Stacey
"""
    sig = """Stacey Marsh
Recruiter – Drivers & Transport (Midlands)
Harrowgate Logistics"""
    part = alt_outlook(outlook_plain(body, sig), outlook_html(body, sig), 'us-ascii', 'quoted-printable', 'us-ascii', 'quoted-printable')
    hh = H('outlook', addr('Stacey Marsh', 'stacey.marsh@harrowgatelogistics.com'), 'logging in to goodtime', t, route='int')
    return message(hh, part)


@msg('question', 'forward_support', 'none', 'en', 'outlook-html-only;qp-cp1252;resembles-debrief-scheduling', 'where do interviewers put notes/feedback')
def n_notes():
    t = T(2026, 2, 19, 17, 48, off=0)
    body = """Hi,

When I've finished interviewing a driver, can I put my notes about the candidate into GoodTime so the recruiter sees them, or is that done somewhere else? At the moment I scribble on the printout and hand it to Stacey when she's next at the depot, which isn't ideal when I'm on earlies and she's on the road.

Craig
"""
    sig = """Craig Dunmore
Transport Manager – DIRFT Daventry
Harrowgate Logistics Ltd
M: 07700 900 318"""
    hh = H('outlook', addr('Dunmore, Craig', 'craig.dunmore@harrowgatelogistics.com'), 'Interview notes', t, route='int')
    return message(hh, text_part(outlook_html(body, sig), 'html', 'windows-1252', 'quoted-printable'))


@msg('question', 'forward_support', 'none', 'de', 'outlook-plain-only;qp-iso-8859-1;raw-cp1252-subject', 'Bewerber-E-Mails auf Deutsch')
def n_de_sprache():
    t = T(2026, 3, 17, 7, 58, off=1)
    body = """Moin,

unsere Fahrer-Bewerber bekommen die Einladungen aus GoodTime auf Englisch, und einige rufen dann bei uns in der Dispo an, weil sie nicht verstehen, wann und wo sie hin müssen. Kann man die Sprache der Bewerber-E-Mails für Deutschland auf Deutsch umstellen? Und wenn ja, wer macht das bei uns?

Gruß aus Billbrook
Torsten Albers
Fuhrparkleitung Hamburg
Harrowgate Logistics GmbH
"""
    hh = H('outlook16', addr('Albers, Torsten', 'torsten.albers@harrowgatelogistics.de'), 'Einladungen für Bewerber auf Deutsch möglich?'.encode('cp1252'), t,
           lang='de-DE', geo='EUR', topic=None, route='eu')
    return message(hh, text_part(body, 'plain', 'iso-8859-1', 'quoted-printable'), crlf=True)


@msg('question', 'forward_support', 'none', 'fr', 'outlook;multipart-alternative;qp;rfc2047-q-utf8;resembles-calendar-sync', 'jours fériés français')
def n_fr_feries():
    t = T(2026, 4, 21, 11, 31, off=2)
    body = """Bonjour,

En mai on a le 1er, le 8, l'Ascension et le lundi de Pentecôte. Est-ce que GoodTime sait que ce sont des jours fériés en France et évite de proposer des créneaux d'entretien ces jours-là, ou est-ce qu'il faut que chaque chef d'équipe bloque lui-même son agenda ? L'an dernier on a eu un candidat convoqué le 8 mai devant un entrepôt fermé…

Merci,
Nicolas Perrin
Chef de quai – Lille Lesquin
"""
    part = alt_outlook(outlook_plain(body), outlook_html(body, lang='FR', charset='utf-8'), 'utf-8', 'quoted-printable', 'utf-8', 'quoted-printable', geo='EUR')
    hh = H('outlook', addr('Nicolas Perrin', 'nicolas.perrin@harrowgatelogistics.fr'), ew_q('Jours fériés de mai et créneaux GoodTime', 'utf-8'), t,
           lang='fr-FR', geo='EUR', topic=None, route='eu', arcd='harrowgatelogistics.fr', auth=authres('harrowgatelogistics.fr', '40.107.24.59'))
    return message(hh, part)


# ==========================================================================
# BUGS
# ==========================================================================
@msg('bug', 'forward_support', '', 'en', 'outlook;multipart-mixed;multipart-alternative;png-screenshot;misleading-subject', 'teams links missing since yesterday, subject says quick question')
def b_teamslinks():
    t = T(2026, 2, 24, 15, 10, off=0)
    body = """Hi, quick one – since yesterday lunchtime none of the driver interviews I've been put on have a Teams link in the invite. The ones from last week are fine. Screenshot of tomorrow's 10:00 attached, it just says "Microsoft Teams Meeting" in the location box but there's no join link anywhere.

Nothing today, but I've got four tomorrow so I'd rather it was sorted before then.

Craig
"""
    sig = """Craig Dunmore
Transport Manager – DIRFT Daventry
M: 07700 900 318"""
    alt = alt_outlook(outlook_plain(body, sig), outlook_html(body, sig), 'utf-8', 'quoted-printable', 'utf-8', 'quoted-printable')
    part = mixed(alt, [attach(png(360, 200, 11, (60, 90, 200)), 'image/png', 'image001.png', 'outlook', t)])
    hh = H('outlook', addr('Dunmore, Craig', 'craig.dunmore@harrowgatelogistics.com'), 'quick question', t, route='int', att=True)
    return message(hh, part, crlf=True)


@msg('bug', 'forward_support', '', 'en', 'outlook;multipart-mixed;multipart-alternative;qp;ics-attachment;received;dst', 'confirmation an hour off after clocks change')
def b_dst():
    t = T(2026, 3, 30, 9, 14, off=1)
    body = """Hi all,

Since the clocks went forward yesterday, the confirmation e-mails going to candidates show the interview an hour earlier than the invite on the interviewer's calendar.

Example: warehouse operative candidate for Doncaster on Wednesday – her confirmation says 09:00, Tom Ashworth's invite says 10:00 (10:00 is right). I've checked the candidate's time zone in GoodTime and it's London. I've spotted 3 interviews like this so far this week, all booked before the weekend. I've attached the invite Tom got.

Can this go over to GoodTime please?

Thanks,
Priya
"""
    sig = """Priya Raman
Recruitment Coordinator – Warehouse (North)
Harrowgate Logistics Ltd | Leeds"""
    alt = alt_outlook(outlook_plain(body, sig), outlook_html(body, sig), 'utf-8', 'quoted-printable', 'utf-8', 'quoted-printable')
    inv = ics('REQUEST', 'GT-' + hx(24), 'Interview: Warehouse Operative (Doncaster) - K. Nowicka', '20260401T100000', '20260401T104500',
              ('GoodTime Scheduling', 'scheduling@harrowgatelogistics.com'), [('Tom Ashworth', 'tom.ashworth@harrowgatelogistics.com', 'ACCEPTED')],
              'Doncaster DC - Meeting Room 2', stamp='20260327T154211Z')
    att = Part([('Content-Type', 'text/calendar; charset="utf-8"; method=REQUEST; name="invite.ics"'),
                ('Content-Disposition', 'attachment; filename="invite.ics"'), ('Content-Transfer-Encoding', 'base64')], base64.encodebytes(inv))
    part = mixed(alt, [att])
    hh = H('outlook', addr('Priya Raman', 'priya.raman@harrowgatelogistics.com'), 'Candidate confirmations an hour out since clocks changed', t,
           route='int', att=True, auth=('Authentication-Results', 'dkim=none (message not signed)\n header.d=none;dmarc=none action=none header.from=harrowgatelogistics.com;'))
    return message(hh, part)


@msg('bug', 'forward_support', '', 'en', 'outlook-plain-only;base64-utf8;lowercase;angry', 'reminders not sent for assessment day')
def b_reminders():
    t = T(2026, 3, 12, 16, 58, off=0)
    body = """reminders didnt go out for tomorrows driver assessment day at doncaster. 9 candidates, none of them got the day-before email, ive checked with 3 of them on the phone. they ARE switched on, last weeks ones went out fine.

not a disaster today as ive rung round everyone myself but please chase it, i cant ring 9 people every week

Stacey
"""
    hh = H('outlook', addr('Stacey Marsh', 'stacey.marsh@harrowgatelogistics.com'), 'reminders not going', t, route='int')
    return message(hh, text_part(body, 'plain', 'utf-8', 'base64'))


@msg('bug', 'forward_support', '', 'en', 'outlook-html-only;qp-cp1252;multipart-mixed;png-screenshot;shared-terminal;lowercase', 'page spins then 502 on gatehouse PC')
def b_502():
    t = T(2026, 1, 21, 19, 37, off=0)
    body = """goodtime wont load on this pc since this morning, just the loading circle then "something went wrong (502)". works fine on my phone so its not my login. screenshot attached

no interviews till tomorrow so not urgent

Lewis
Felixstowe gatehouse pc
"""
    htm = text_part(outlook_html(body), 'html', 'windows-1252', 'quoted-printable')
    part = mixed(htm, [attach(png(420, 240, 7), 'image/png', 'Screenshot 2026-01-21 193512.png', 'outlook', t)])
    hh = H('outlook16', addr('Felixstowe Gatehouse', 'gatehouse.felixstowe@harrowgatelogistics.com'), 'goodtime not loading', t, route='int', att=True)
    return message(hh, part, crlf=True)


@msg('bug', 'forward_support', '', 'en', 'outlook;multipart-alternative;qp;long-folded-subject;received;dkim;arc;us-office', 'ATS sync stuck for four candidates')
def b_ats():
    t = T(2026, 3, 26, 10, 41, off=-5)
    body = """Hi helpline –

I moved four warehouse associate candidates into the "Onsite Interview" stage in the ATS on Tuesday morning and they still aren't showing in GoodTime to schedule (it's Thursday now). Other candidates I moved this morning showed up within a few minutes, so it's just these four.

Candidate IDs: 448213, 448219, 448230, 448241
Job: REQ-2026-0412 – Memphis DC – Warehouse Associate (2nd shift)

I've refreshed, logged out and back in, and checked they're on the right job and stage. No rush today but I'd like to get them booked for next week.

Thanks!
Keisha
"""
    sig = """Keisha Monroe
Talent Acquisition Partner – Memphis DC
Harrowgate Logistics Inc.
c: (901) 555-0133"""
    part = alt_outlook(outlook_plain(body, sig, DISC_US), outlook_html(body, sig, DISC_US, lang='EN-US'), 'utf-8', 'quoted-printable', 'utf-8', 'quoted-printable', geo='NAM')
    hh = H('outlook', addr('Monroe, Keisha', 'keisha.monroe@harrowgatelogistics.com'),
           'ATS -> GoodTime sync: 4 candidates moved to Onsite Interview on Tuesday still not showing\n in GoodTime (REQ-2026-0412)',
           t, lang='en-US', geo='NAM', route='int', dk='harrowgatelogistics.com', arcd='harrowgatelogistics.com')
    return message(hh, part, crlf=True)


@msg('bug', 'forward_support', '', 'en', 'outlook;multipart-mixed;winmail.dat;tnef;plain', 'room stays booked after cancelling')
def b_room():
    t = T(2026, 2, 26, 8, 33, off=0)
    body = """Morning,

When I cancel an interview in GoodTime, the candidate and the interviewers get the cancellation fine but the room (DIRFT Training Room 1) stays booked in Outlook. It's happened twice this week, Monday and Wednesday, and both times I had to go into the room calendar and delete the booking by hand.

Not urgent, but that room is in high demand so it's a pain when it looks busy and isn't. I've attached the cancelled one from Wednesday.

Thanks
Bex

Bex Holloway
Recruitment Coordinator – Daventry
"""
    first = text_part(body, 'plain', 'us-ascii', '7bit')
    wm = Part([('Content-Type', 'application/ms-tnef; name="winmail.dat"'), ('Content-Transfer-Encoding', 'base64'),
               ('Content-Disposition', 'attachment; filename="winmail.dat"')],
              base64.encodebytes(winmail('Cancelled: Interview - Warehouse Operative (Nights) - DIRFT Training Room 1', 21)))
    part = mixed(first, [wm])
    hh = H('outlook', addr('Bex Holloway', 'bex.holloway@harrowgatelogistics.com'), 'Room not released when interview cancelled', t,
           route='int', att=True, tnef=True)
    return message(hh, part, crlf=True)


@msg('bug', 'forward_support|needs_review', '', 'en', 'form-mailer;auto-submitted;x-auto-response-suppress;no-reply-from;plain;received', 'ticket form: load limit ignored')
def b_form_limits():
    t = T(2026, 3, 13, 9, 21, off=-4)
    body = """*** This is an automated notification from Harrowgate ServiceDesk. Do not reply. ***

Incident INC0048211 has been logged and assigned to: GoodTime Helpline (Talent Systems)

Caller:           Angela Voss
Caller e-mail:    angela.voss@harrowgatelogistics.com
Site:             Columbus DC (Obetz, OH)
Category:         Software > GoodTime
Short description: GoodTime - my interview limit is not being applied
Priority:         4 - Low

Description:
I have a weekly limit of 3 interviews set in GoodTime (I checked it in my settings and Dwayne checked it too) but this
week I have been booked on 6 second-round interviews. Two of them came through the Warehouse Associates pool, the others
I am not sure. I don't mind doing some extra but the limit is clearly not working. Can someone look into it?

View the incident: https://servicedesk.harrowgatelogistics.com/nav_to.do?uri=incident.do?sysparm_query=number=INC0048211

Harrowgate ServiceDesk | Talent Systems queue
"""
    hh = H('generic', addr('Harrowgate ServiceDesk', 'servicedesk-noreply@harrowgatelogistics.com'),
           'Incident INC0048211 logged: GoodTime - my interview limit is not being applied', t, ds=0,
           mid=f'<Notification.{R.randint(10 ** 11, 10 ** 12)}@harrowgate.service-now.com>', route='form',
           extra=[('Reply-To', addr('Angela Voss', 'angela.voss@harrowgatelogistics.com')), ('Auto-Submitted', 'auto-generated'),
                  ('X-Auto-Response-Suppress', 'All'), ('X-ServiceNow-Generated', 'true')])
    return message(hh, text_part(body, 'plain', 'us-ascii', '7bit', quote_cs=False))


@msg('bug', 'forward_support+flag_csm', '', 'en', 'outlook;multipart-alternative;qp;received;dkim;arc;auth-results;high-impact', 'all UK calendars disconnected, scheduling stopped')
def b_calendars_all():
    t = T(2026, 2, 2, 10, 6, off=0)
    body = """Hi,

Since about 8 this morning everyone in UK recruiting I've spoken to (11 people so far – Leeds, Manchester and Daventry) has the red banner in GoodTime saying their calendar is disconnected. Reconnecting works for about 10 minutes and then it drops again.

While it's like this GoodTime shows every interviewer as free all day, so we've stopped scheduling completely – nothing has been booked since 8. The US team say theirs are fine.

Can this please go to GoodTime as a priority? Happy to give examples.

Hollie
"""
    sig = """Hollie Sykes
Senior Recruitment Coordinator – Manchester Hub
Harrowgate Logistics Ltd"""
    part = alt_outlook(outlook_plain(body, sig), outlook_html(body, sig), 'utf-8', 'quoted-printable', 'utf-8', 'quoted-printable')
    hh = H('outlook', addr('Hollie Sykes', 'hollie.sykes@harrowgatelogistics.com'), 'GoodTime calendars disconnecting for everyone (UK)', t,
           route='int', dk='harrowgatelogistics.com', arcd='harrowgatelogistics.com', auth=authres('harrowgatelogistics.com', '40.107.20.112', lower=True),
           extra=[('Importance', 'high'), ('X-Priority', '1')])
    return message(hh, part)


@msg('bug', 'forward_support+flag_csm', '', 'en', 'outlook;multipart-mixed;forwarded-outlook-block;png-screenshot;disclaimer;high-impact;us-office', 'candidate got another candidate\'s details')
def b_privacy():
    t = T(2026, 3, 23, 14, 27, off=-5)
    body = """Hi – forwarding below. A candidate just sent me her GoodTime interview confirmation asking why it has someone else's name and phone number on it.

The time and location are hers and correct, but the "Candidate" block shows another applicant for the same job (he's interviewing the day after). I've sent 14 confirmations for this req today and I don't know how many went out like this. Screenshot attached with the phone number blacked out.

Please treat this as a data issue – I've told the candidate we're looking into it.

Tanya
"""
    sig = """Tanya Reyes
Recruiting Coordinator – Memphis DC
Harrowgate Logistics Inc."""
    fwd = {'from': 'Alicia Grant <aliciag.1994@yahoo.com>', 'sent': 'Monday, March 23, 2026 1:52 PM',
           'to': 'Reyes, Tanya <tanya.reyes@harrowgatelogistics.com>', 'subject': 'Fw: Your interview with Harrowgate Logistics is confirmed',
           'body': """Hi Tanya, I got this for my interview Wednesday but it says another persons name and number on it?? Is this for me or did I get someone elses email. Also is that person going to get mine? please let me know

Alicia

Sent from Yahoo Mail for iPhone
"""}
    plain = outlook_plain(body, sig, DISC_US, fwd)
    html_ = outlook_html(body, sig, DISC_US, fwd, lang='EN-US')
    alt = alt_outlook(plain, html_, 'utf-8', 'quoted-printable', 'utf-8', 'quoted-printable', geo='NAM')
    part = mixed(alt, [attach(png(400, 260, 23, (30, 30, 30)), 'image/png', 'confirmation-redacted.png', 'outlook', t)])
    hh = H('outlook', addr('Reyes, Tanya', 'tanya.reyes@harrowgatelogistics.com'), 'FW: Your interview with Harrowgate Logistics is confirmed', t,
           lang='en-US', geo='NAM', route='int', att=True, extra=[('Importance', 'high')])
    return message(hh, part, crlf=True)


@msg('bug', 'forward_support', '', 'en', 'outlook-ios;multipart-alternative;get-outlook-for-ios;two-topics', 'self-scheduling offers 3am Sunday slots, plus thanks')
def b_selfsched_3am():
    t = T(2026, 1, 19, 12, 50, off=0)
    body = """Hiya, two things.

First, thanks for sorting my login last week, all good now!

Second – I sent a self-scheduling link to a warehouse candidate for Avonmouth and it's offering him slots at 3am and 4am on Sunday. The interviewers on it (Gaz and Mel) are days, Mon–Fri, and their working hours in GoodTime look right to me. He very nearly booked 03:15 on Sunday! I've cancelled the link for now and will send him times by hand.

Aaron
Graduate Recruiter, Leeds
"""
    plain = body + '\nGet Outlook for iOS<https://aka.ms/o0ukef>\n'
    part = alt_outlook(plain, mobile_outlook_html(body, 'Get Outlook for iOS', 'https://aka.ms/o0ukef'), 'utf-8', 'quoted-printable', 'utf-8', 'quoted-printable')
    hh = H('olmobile', addr('Aaron Bakshi', 'aaron.bakshi@harrowgatelogistics.com'), 'self schedule link weird times', t, route='int')
    return message(hh, part)


@msg('bug', 'forward_support', '', 'de', 'outlook-html-only;qp-utf8;multipart-mixed;png-screenshot;rfc2047-q-utf8;received', 'Fehler beim Absagen')
def b_de_absagen():
    t = T(2026, 3, 3, 11, 18, off=1)
    body = """Hallo,

beim Absagen eines Gesprächs (Bewerberin für die Kommissionierung, Termin nächsten Dienstag) kommt in GoodTime jedes Mal „Something went wrong. Please try again.“ Ich habe es dreimal probiert, auch in einem anderen Browser. Die Einladung steht weiterhin in den Kalendern der beiden Interviewer.

Screenshot anbei. Eilt nicht, der Termin ist erst nächste Woche.

Gruß
Dennis Haake
Recruiting Duisburg
"""
    htm = text_part(outlook_html(body, lang='DE', charset='utf-8'), 'html', 'utf-8', 'quoted-printable')
    part = mixed(htm, [attach(png(380, 220, 31), 'image/png', 'image001.png', 'outlook', t)])
    hh = H('outlook', addr('Haake, Dennis', 'dennis.haake@harrowgatelogistics.de'), ew_q('Fehlermeldung beim Absagen eines Gesprächs', 'utf-8'), t,
           lang='de-DE', geo='EUR', topic=None, route='eu', att=True)
    return message(hh, part)


@msg('bug', 'forward_support+flag_csm', '', 'es', 'gmail;multipart-alternative;qp-utf8;reply-on-top;gmail-quote-same-topic;recurring;high-impact;received;dkim', 'recordatorio duplicado, tercera vez')
def b_es_duplicados():
    t = T(2026, 3, 17, 9, 49, off=1)
    body = """Hola de nuevo,

Es la TERCERA vez que lo reporto (ver abajo, en febrero y el 3 de marzo): los candidatos siguen recibiendo el recordatorio de la entrevista DOS veces, y a algunos les llega con la hora antigua después de reprogramar. Hoy me han llamado dos candidatos de Zona Franca preguntando a qué hora tienen que venir realmente.

Ya no es solo mi equipo: en Madrid (Coslada) les pasa lo mismo desde la semana pasada. Por favor, que alguien lo escale en serio, porque estamos quedando fatal con los candidatos.

Marina
"""
    qattr = 'El mar, 3 mar 2026 a las 10:12, Marina Soler (<marina.soler@harrowgatelogistics.es>) escribió:'
    qbody = """Hola,

Vuelve a pasar lo de los recordatorios duplicados que os comenté en febrero. Esta semana, 4 candidatos de mozo de almacén han recibido dos recordatorios, uno con la hora buena y otro con la hora de antes de reprogramar.

Gracias,
Marina

El jue, 12 feb 2026 a las 16:40, Marina Soler escribió:
> Hola, algunos candidatos reciben el recordatorio dos veces. ¿Lo podéis mirar?
"""
    part = alt_gmail(gmail_plain(body, qattr, qbody), gmail_html(body, qattr, qbody))
    ref1, ref2 = mid_gmail(), mid_gmail()
    hh = H('gmail', addr('Marina Soler', 'marina.soler@harrowgatelogistics.es'), 'Re: Recordatorios duplicados a candidatos', t,
           refs=f'{ref1} {ref2}', irt=ref2, route='gmail',
           dk=dkim('harrowgatelogistics.es', 'google', 'mime-version:references:in-reply-to:from:date:message-id:subject:to', t),
           auth=authres('harrowgatelogistics.es', '209.85.221.51'))
    return message(hh, part)


@msg('bug', 'forward_support', '', 'fr', 'outlook;multipart-alternative;qp-cp1252;received;auth-results', 'convocations affichent l\'heure UTC')
def b_fr_utc():
    t = T(2026, 3, 10, 16, 2, off=1)
    body = """Bonjour,

Depuis quelques jours, les convocations envoyées aux candidats par GoodTime affichent l'heure avec une heure de décalage : 11h au lieu de 12h pour un entretien à Roissy, par exemple. Dans l'agenda des managers, c'est bien 12h. Le fuseau horaire du candidat est bien Europe/Paris dans sa fiche.

J'ai prévenu à la main les deux candidats de demain, mais il faudrait regarder d'où ça vient. Exemple : entretien de M. Diallo, jeudi 12 mars, cariste CACES 5.

Merci,
Camille Roux
Coordinatrice recrutement – Roissy-en-France
"""
    part = alt_outlook(outlook_plain(body), outlook_html(body, lang='FR'), 'windows-1252', 'quoted-printable', 'windows-1252', 'quoted-printable', geo='EUR')
    hh = H('outlook', addr('Camille Roux', 'camille.roux@harrowgatelogistics.fr'), ew_q('Décalage d\'une heure sur les convocations candidats', 'iso-8859-1'), t,
           lang='fr-FR', geo='EUR', topic=None, route='eu', auth=authres('harrowgatelogistics.fr', '40.107.24.81'))
    return message(hh, part, crlf=True)


@msg('bug', 'forward_support', '', 'pt', 'iphone;multipart-alternative;qp;enviado-do-meu-iphone', 'disponibilidade enviada não aparece')
def b_pt_dispo():
    t = T(2026, 1, 28, 17, 45, off=0)
    body = """Olá,

Pedi disponibilidade a dois candidatos para o armazém de Alverca na segunda-feira. Os dois já me disseram ao telefone que preencheram e enviaram as horas, mas no GoodTime continua a aparecer "a aguardar resposta" nos dois. Já atualizei a página várias vezes e saí e entrei.

Podem ver o que se passa? As entrevistas seriam para a semana que vem.

Carla
"""
    sig = 'Enviado do meu iPhone'
    part = alt_apple(body + '\n' + sig + '\n', apple_html(body, sig))
    hh = H('iphone', addr('Carla Nogueira', 'carla.nogueira@harrowgatelogistics.pt'), ew_q('Disponibilidade dos candidatos não aparece', 'utf-8'), t, route='gmail')
    return message(hh, part)


# ==========================================================================
# SCHEDULING BLOCKERS
# ==========================================================================
@msg('scheduling_blocker', 'forward_support', '', 'en', 'iphone-plain;7bit;sent-from-my-iphone;lowercase;typos', 'candidate in reception, interviewer left company')
def s_reception():
    t = T(2026, 2, 17, 10, 21, off=0)
    body = """candidate for the 10:30 forklift interview is in reception now and the invite has Steve Hollins on it who left in january. goodtime wont let me swap him, says no qualified interviewers available. im stood here and can do it myself. what do i do??

mel

Sent from my iPhone
"""
    hh = H('iphone', addr('Mel Cartwright', 'mel.cartwright@harrowgatelogistics.com'), 'candidate here now', t, route='int')
    return message(hh, text_part(body, 'plain', 'us-ascii', '7bit', quote_cs=False))


@msg('scheduling_blocker', 'forward_support', '', 'en', 'outlook-android;multipart-alternative;one-liner;caps;get-outlook-for-android', 'panel in 5 mins, no Teams link')
def s_nolink():
    t = T(2026, 3, 5, 13, 55, off=0)
    body = 'panel starts in 5 mins, no teams link on the invite and the candidate is emailing asking where it is. HELP\n'
    plain = body + '\nGet Outlook for Android<https://aka.ms/AAb9ysg>\n'
    part = alt_outlook(plain, mobile_outlook_html(body, 'Get Outlook for Android', 'https://aka.ms/AAb9ysg'), 'us-ascii', '7bit', 'utf-8', 'quoted-printable')
    hh = H('olmobile', addr('Tom Ashworth', 'tom.ashworth@harrowgatelogistics.com'), 'NOW - no teams link', t, route='int',
           extra=[('Importance', 'high'), ('X-Priority', '1')])
    return message(hh, part)


@msg('scheduling_blocker', 'forward_support', '', 'en', 'outlook-html-only;qp-cp1252;angry-capitals;us-office', 'candidate waiting, interview shows cancelled')
def s_caps():
    t = T(2026, 3, 31, 7, 38, off=-4)
    body = """CANDIDATE HAS BEEN SAT IN THE GUARD SHACK FOR 20 MINUTES AND GOODTIME SAYS HIS INTERVIEW IS CANCELLED. NOBODY HERE CANCELLED IT. BRANDON IS OUT ON THE ROAD AND NOT PICKING UP.

Interview was 7:15 this morning, CDL Class A driver, Allentown yard, with me and Joe Ruiz. WHO CAN FIX THIS RIGHT NOW??

Mike Delgado
Dispatch – Allentown PA
"""
    hh = H('outlook', addr('Delgado, Mike', 'mike.delgado@harrowgatelogistics.com'), 'INTERVIEW CANCELLED??? CANDIDATE IS HERE', t, lang='en-US', geo='NAM', route='int',
           extra=[('Importance', 'high')])
    return message(hh, text_part(outlook_html(body, lang='EN-US'), 'html', 'windows-1252', 'quoted-printable'), crlf=True)


@msg('scheduling_blocker', 'forward_support', '', 'en', 'outlook-html-only;qp-cp1252;long-signature;disclaimer-urgent-confidential;received;dkim', 'interviewer sick, swap fails, 40 mins')
def s_swapfail():
    t = T(2026, 1, 22, 13, 19, off=0)
    body = """Hello,

I need help quite urgently please. We have a final interview at 2pm today (40 minutes from now) for the Regional Operations Director role, with Andrew (COO) and the HR Director. The HR Director has just gone home ill, so I'm trying to swap Sian Pritchard in, but every time I save the change GoodTime says "Unable to update event". I've tried three times.

The candidate is already on the train to Leeds. Could someone help me get Sian onto the invite, or tell me what I'm doing wrong?

Thank you,
Nadia
"""
    sig = """Nadia Khalil
Executive Assistant to the Chief Operating Officer
Harrowgate Logistics Ltd | Head Office, 4 Wharf Approach, Leeds LS1 4BR
T: +44 113 496 0701 | M: +44 7700 900577"""
    hh = H('outlook', addr('Nadia Khalil', 'nadia.khalil@harrowgatelogistics.com'), 'Help please - 2pm interview, cannot change interviewer', t,
           route='int', dk='harrowgatelogistics.com', extra=[('Importance', 'high')])
    return message(hh, text_part(outlook_html(body, sig, DISC_UK), 'html', 'windows-1252', 'quoted-printable'), crlf=True)


@msg('scheduling_blocker', 'forward_support', '', 'en', 'outlook-ios;multipart-alternative;get-outlook-for-ios;us-office', 'candidate on phone, self-schedule link expired, slot today')
def s_expired():
    t = T(2026, 2, 26, 11, 32, off=-5)
    body = """Have a driver candidate on the phone with me right now – he's trying to book his road test for this afternoon through the self-schedule link and it just says "This link has expired". I only sent it this morning.

The slot is 3pm TODAY, he's 40 mins away and I'm in the car between sites. Can someone help fast, either get the link working or put him in the 3pm with Joe?

Jordan
"""
    plain = body + '\nGet Outlook for iOS<https://aka.ms/o0ukef>\n'
    part = alt_outlook(plain, mobile_outlook_html(body, 'Get Outlook for iOS', 'https://aka.ms/o0ukef'), 'utf-8', 'quoted-printable', 'utf-8', 'quoted-printable', geo='NAM')
    hh = H('olmobile', addr('Jordan Pike', 'jordan.pike@harrowgatelogistics.com'), 'link expired - candidate on phone', t, lang='en-US', geo='NAM', route='int')
    return message(hh, part)


@msg('scheduling_blocker', 'forward_support', '', 'en', 'outlook-plain-only;reply-on-top;original-message-block;lowercase;old-thread-other-topic', 'access denied, interview in 25 mins')
def s_access():
    t = T(2026, 3, 18, 13, 35, off=0)
    body = """sorry using this old email. got an interview at 2 (25 mins) and when i click the link in the invite to see the candidate and the questions it says access denied / you dont have permission. did exactly the same last week no problem. candidate is on site already

dean

-----Original Message-----
From: Harrowgate Helpline <helpline@harrowgatelogistics.com>
Sent: 27 January 2026 16:20
To: Dean Whitlock <dean.whitlock@harrowgatelogistics.com>
Subject: RE: GoodTime training - nights

Hi Dean,

Thanks for letting us know. The next GoodTime refresher for shift leads is on Thursday 5 February at 14:00 in the DIRFT training room (or on Teams). We've added you and the two new night shift leads to the invite.

Kind regards,
Harrowgate Helpline
"""
    ref = mid_outlook()
    hh = H('outlook', addr('Dean Whitlock', 'dean.whitlock@harrowgatelogistics.com'), 'RE: GoodTime training - nights', t, route='int', irt=ref, refs=ref, nthread=1)
    return message(hh, text_part(body, 'plain', 'us-ascii', '7bit'), crlf=True)


@msg('scheduling_blocker', 'forward_support', '', 'en', 'iphone-plain;7bit;night;msgid-no-brackets;lowercase', '1:40am, link opens wrong meeting')
def s_night():
    t = T(2026, 2, 5, 1, 41, off=0)
    body = """its 1:40am, night shift interview for a loader at 2am and the teams link on the invite opens someone elses meeting from yesterday (some finance call, nobody in it). candidate is going to try and join any minute. is anyone on??

Ryan

Sent from my iPhone
"""
    hh = H('iphone', addr('Ryan Tolley', 'ryan.tolley@harrowgatelogistics.com'), '2am interview wrong link', t,
           mid=f'{uuid_up()}@harrowgatelogistics.com', route='int')
    return message(hh, text_part(body, 'plain', 'us-ascii', '7bit', quote_cs=False))


@msg('scheduling_blocker', 'forward_support', '', 'en', 'iphone;multipart-alternative;begin-forwarded-message;sent-from-my-iphone;terse', 'candidate at gate, not on list')
def s_gate_fwd():
    t = T(2026, 3, 3, 13, 46, off=0)
    body = 'help – 15 mins. security wont let him in, not on the list. goodtime says hes booked'
    fwd_plain = """Begin forwarded message:

> From: Dariusz Nowak <dariusz.nowak84@gmail.com>
> Date: 3 March 2026 at 13:44:51 GMT
> To: Kelly Brannigan <kelly.brannigan@harrowgatelogistics.com>
> Subject: Interview today 14:00
>
> Hello Kelly I am at gate of Daventry site for interview 14:00 HGV class 1. Security say no interview is booked for me today and they cannot let me in. Please what I do?
> Thank you
> Dariusz
"""
    plain = body + '\n\nSent from my iPhone\n\n' + fwd_plain
    html_ = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">'
             f'<div dir="ltr">{esc(body)}</div><div dir="ltr"><br><div dir="ltr">Sent from my iPhone</div>'
             '<div dir="ltr"><br><blockquote type="cite">Begin forwarded message:<br><br></blockquote></div>'
             '<blockquote type="cite"><div dir="ltr"><b>From:</b> Dariusz Nowak &lt;dariusz.nowak84@gmail.com&gt;<br>'
             '<b>Date:</b> 3 March 2026 at 13:44:51 GMT<br><b>To:</b> Kelly Brannigan &lt;kelly.brannigan@harrowgatelogistics.com&gt;<br>'
             '<b>Subject:</b> <b>Interview today 14:00</b><br><br></div></blockquote>'
             '<blockquote type="cite"><div dir="ltr">Hello Kelly I am at gate of Daventry site for interview 14:00 HGV class 1. Security say no interview is booked for me today and they cannot let me in. Please what I do?<br>Thank you<br>Dariusz</div></blockquote></div></body></html>')
    part = alt_apple(plain, html_)
    hh = H('iphone', addr('Kelly Brannigan', 'kelly.brannigan@harrowgatelogistics.com'), 'Fwd: Interview today 14:00', t, route='int')
    return message(hh, part)


@msg('scheduling_blocker', 'forward_support', '', 'de', 'outlook-android;multipart-alternative;raw-utf8-subject;outlook-fuer-android', 'Bewerber wartet, Raum doppelt belegt')
def s_de_raum():
    t = T(2026, 2, 10, 9, 6, off=1)
    body = """Bewerber sitzt seit 10 Minuten am Empfang, Gespräch sollte um 9:00 im Raum „Hafen 1“ sein – da sitzt aber eine andere Runde drin. GoodTime zeigt den Raum als für uns gebucht. Einen anderen Raum bietet mir GoodTime nicht an.

Was jetzt? Bitte schnell.

Frank Heinemann
Schichtleiter Frühschicht, Duisburg
"""
    plain = body + '\nOutlook für Android herunterladen<https://aka.ms/AAb9ysg>\n'
    part = alt_outlook(plain, mobile_outlook_html(body, 'Outlook für Android herunterladen', 'https://aka.ms/AAb9ysg'), 'utf-8', 'quoted-printable', 'utf-8', 'quoted-printable', geo='EUR')
    hh = H('olmobile', addr('Frank Heinemann', 'frank.heinemann@harrowgatelogistics.de'), 'DRINGEND: Bewerber wartet – Raum doppelt belegt', t,
           lang='de-DE', geo='EUR', route='eu')
    return message(hh, part)


@msg('scheduling_blocker', 'forward_support', '', 'es', 'iphone;multipart-alternative;qp;enviado-desde-mi-iphone;rfc2047-q-utf8', 'Teams no funciona, empieza en 10 min')
def s_es_teams():
    t = T(2026, 3, 24, 16, 50, off=1)
    body = """Urgente: la entrevista con la candidata para carretillera empieza en 10 minutos por Teams y el enlace de la invitación da error ("esta reunión no existe"). Ella ya me ha escrito que está esperando.

¿Alguien me puede mandar un enlace que funcione o decirme qué hago?

Raúl
"""
    sig = 'Enviado desde mi iPhone'
    part = alt_apple(body + '\n' + sig + '\n', apple_html(body, sig))
    hh = H('iphone', addr('Raúl Sanz', 'raul.sanz@harrowgatelogistics.es', enc='q'), ew_q('Urgente: entrevista en 10 min, el enlace de Teams no va', 'utf-8'), t, route='gmail')
    return message(hh, part)


@msg('scheduling_blocker', 'forward_support', '', 'fr', 'outlook;multipart-alternative;qp-utf8;importance-high', 'intervieweur sans invitation, 20 min')
def s_fr_invit():
    t = T(2026, 3, 26, 9, 41, off=1)
    body = """Bonjour,

L'entretien de M. Fernandes (cariste) commence dans 20 minutes à Saint-Priest et Julien Moreau, qui doit le faire passer, me dit qu'il n'a rien dans son agenda. Dans GoodTime il apparaît bien comme intervieweur et le statut est « envoyé ». Le candidat est déjà en route.

Qu'est-ce que je peux faire tout de suite ?

Merci !
Océane
"""
    part = alt_outlook(outlook_plain(body), outlook_html(body, lang='FR', charset='utf-8'), 'utf-8', 'quoted-printable', 'utf-8', 'quoted-printable', geo='EUR')
    hh = H('outlook', addr('Océane Marchand', 'oceane.marchand@harrowgatelogistics.fr', enc='b'), ew_q('URGENT entretien dans 20 min – intervieweur sans invitation', 'utf-8'), t,
           lang='fr-FR', geo='EUR', topic=None, route='int', extra=[('Importance', 'high'), ('X-Priority', '1')])
    return message(hh, part)


@msg('scheduling_blocker', 'forward_support', '', 'pt', 'outlook-android;multipart-alternative;qp;obter-outlook-para-android', 'candidato na portaria, entrevista sem entrevistadores')
def s_pt_portaria():
    t = T(2026, 2, 19, 8, 56, off=0)
    body = """O candidato já está na portaria do armazém da Azambuja para a entrevista das 9h e no GoodTime a entrevista aparece sem entrevistadores nenhuns (ontem estava comigo e com o João). Não consigo adicionar ninguém, o botão fica cinzento.

São 8:55. Alguém me ajuda?

Tiago Antunes
"""
    plain = body + '\nObter o Outlook para Android<https://aka.ms/AAb9ysg>\n'
    part = alt_outlook(plain, mobile_outlook_html(body, 'Obter o Outlook para Android', 'https://aka.ms/AAb9ysg'), 'utf-8', 'quoted-printable', 'utf-8', 'quoted-printable', geo='EUR')
    hh = H('olmobile', addr('Tiago Antunes', 'tiago.antunes@harrowgatelogistics.pt'), 'URGENTE candidato à espera', t, lang='pt-PT', geo='EUR', route='gmail')
    return message(hh, part)


# ==========================================================================
# FEATURE REQUESTS
# ==========================================================================
@msg('feature_request', 'product_board_reply', '', 'en', 'outlook;multipart-alternative;qp;urgent-subject-over-wish', 'block a whole site for stocktake day')
def f_stocktake():
    t = T(2026, 1, 26, 16, 37, off=0)
    body = """Sorry for the caps but this one drives me mad.

Every quarter we do a full site stocktake at Doncaster and nobody can interview that day. Every single time GoodTime still offers candidates slots on that day, because people forget to block their diaries. Then we have to cancel and rebook and it looks terrible.

It would be really useful if we could block out a whole day for a whole site in GoodTime in one go, instead of me chasing 14 managers to put it in their calendars. Could that be added?

Tom
"""
    sig = """Tom Ashworth
Site General Manager – Doncaster DC
Harrowgate Logistics Ltd"""
    part = alt_outlook(outlook_plain(body, sig), outlook_html(body, sig), 'us-ascii', 'quoted-printable', 'us-ascii', 'quoted-printable')
    hh = H('outlook', addr('Tom Ashworth', 'tom.ashworth@harrowgatelogistics.com'), 'URGENT!!! goodtime + stocktake days', t, route='int',
           extra=[('Importance', 'high')])
    return message(hh, part)


@msg('feature_request', 'product_board_reply', '', 'en', 'iphone;multipart-alternative;reply-on-top;iphone-quote-other-topic;sent-from-my-iphone', 'shift pattern / rota as working hours')
def f_rota():
    t = T(2026, 2, 6, 19, 3, off=0)
    body = """Not about the room, that's sorted now thanks.

Suggestion for GoodTime while I think of it: our shift leads work 4 on 4 off (days and nights rotate) and their Outlook calendars don't show that, so GoodTime offers them for interviews on their days off. Would be great if GoodTime could take a rota or shift pattern (even a CSV from the rota system) and use that as their working hours instead of a fixed Mon–Fri.

Lee
"""
    sig = 'Sent from my iPhone'
    cite = """On 2 Feb 2026, at 09:12, Priya Raman <priya.raman@harrowgatelogistics.com> wrote:

Hi Lee,

The Avonmouth training room is now set up in GoodTime, so it will be offered for onsite interviews from today. Let me know if it doesn't show.

Thanks,
Priya
"""
    plain = body + '\n' + sig + '\n\n' + ''.join('> ' + l + '\n' if l else '> \n' for l in cite.rstrip('\n').split('\n'))
    part = alt_apple(plain, apple_html(body, sig, cite))
    ref = mid_outlook()
    hh = H('iphone', addr('Lee Brannan', 'lee.brannan@harrowgatelogistics.com'), 'Re: Avonmouth training room in GoodTime', t, irt=ref, refs=ref, route='int')
    return message(hh, part)


@msg('feature_request', 'product_board_reply', '', 'en', 'outlook;multipart-mixed;multipart-alternative;ics-attachment;us-office', 'group sessions for driver orientation')
def f_group():
    t = T(2026, 2, 12, 15, 15, off=-5)
    body = """Hi team,

Feature idea for GoodTime. For CDL driver hiring we run group orientation / assessment sessions where 10-15 candidates come in at once for the same 2-hour slot with the same two trainers. Right now I schedule each candidate separately, and the trainers end up with 15 separate invites for the same session (one of them is attached so you can see what I mean).

It would be great to have a "group session" type where candidates book into seats in one event, with a max number of seats, and the trainers get one invite.

Thanks,
Brandon
"""
    sig = """Brandon Kowalski
Driver Recruiter – Allentown, PA
Harrowgate Logistics Inc."""
    alt = alt_outlook(outlook_plain(body, sig), outlook_html(body, sig, lang='EN-US'), 'us-ascii', 'quoted-printable', 'us-ascii', 'quoted-printable', geo='NAM')
    inv = ics('REQUEST', 'GT-' + hx(24), 'Driver Orientation & Road Assessment - Candidate 7 of 14', '20260217T080000', '20260217T100000',
              ('GoodTime Scheduling', 'scheduling@harrowgatelogistics.com'), [('Joe Ruiz', 'joe.ruiz@harrowgatelogistics.com', 'NEEDS-ACTION'),
                                                                              ('Brandon Kowalski', 'brandon.kowalski@harrowgatelogistics.com', 'ACCEPTED')],
              'Allentown Yard - Training Trailer', tzid='America/New_York', stamp='20260211T201511Z')
    att = Part([('Content-Type', 'application/ics; name="Driver Orientation.ics"'), ('Content-Description', 'Driver Orientation.ics'),
                ('Content-Disposition', 'attachment; filename="Driver Orientation.ics"; size=%d' % len(inv)), ('Content-Transfer-Encoding', 'base64')],
               base64.encodebytes(inv))
    part = mixed(alt, [att])
    hh = H('outlook', addr('Kowalski, Brandon', 'brandon.kowalski@harrowgatelogistics.com'), 'Idea - group sessions', t, lang='en-US', geo='NAM', route='int', att=True)
    return message(hh, part, crlf=True)


@msg('feature_request', 'product_board_reply', '', 'en', 'outlook-html-only;qp-cp1252', 'candidate picks the site in self-scheduling')
def f_site():
    t = T(2026, 3, 9, 12, 2, off=0)
    body = """Hi,

Would it be possible for the self-scheduling page to let the candidate choose which site they'd like to interview at? We hire the same warehouse operative role for Doncaster, Sheffield and Wakefield, and at the moment I have to ask each candidate first which site suits them and then send a separate link for that site's interviewers.

If the candidate could pick the site first and then see that site's times, it would save a round of emails for every single candidate.

Thanks
Stacey
"""
    hh = H('outlook', addr('Stacey Marsh', 'stacey.marsh@harrowgatelogistics.com'), 'self scheduling - choice of site?', t, route='int')
    return message(hh, text_part(outlook_html(body), 'html', 'windows-1252', 'quoted-printable'))


@msg('feature_request', 'forward_support|needs_review', '', 'en', 'form-mailer;auto-submitted;x-auto-response-suppress;no-reply-from;html-only;no-message-id;received', 'intranet ideas form: no-show button')
def f_form_noshow():
    t = T(2026, 2, 20, 20, 12, off=0)
    html_ = """<html><head><meta charset="utf-8"><title>New form submission</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px">
<h3 style="color:#5c2e91">New submission: GoodTime ideas &amp; feedback</h3>
<table border="1" cellspacing="0" cellpadding="6" style="border-collapse:collapse;border-color:#ddd">
<tr><th align="left">Name</th><td>Gemma Royle</td></tr>
<tr><th align="left">E-mail</th><td>gemma.royle@harrowgatelogistics.com</td></tr>
<tr><th align="left">Site</th><td>Doncaster DC</td></tr>
<tr><th align="left">Role</th><td>Recruitment Coordinator</td></tr>
<tr><th align="left">Type</th><td>Idea for GoodTime</td></tr>
<tr><th align="left">Message</th><td>When a candidate doesn&#39;t turn up I have to cancel the interview, then write a separate email to rebook them, then note it in the ATS. A &quot;No-show&quot; button in GoodTime that records the no-show and sends the candidate a polite rebook link would save loads of time &ndash; we get 5-10 no-shows a week across the warehouse roles.</td></tr>
</table>
<p style="color:#888;font-size:11px">Sent by Harrowgate Intranet Forms. This mailbox is not monitored.</p>
</body></html>
"""
    hh = H('generic', addr('Harrowgate Intranet Forms', 'no-reply@intranet.harrowgatelogistics.com'), 'New submission: GoodTime ideas & feedback', t,
           ds=2, mid=None, route='form',
           extra=[('Auto-Submitted', 'auto-generated'), ('X-Auto-Response-Suppress', 'All'), ('X-Mailer', 'WPForms Notifications')])
    return message(hh, text_part(html_, 'html', 'utf-8', 'quoted-printable'))


@msg('feature_request', 'product_board_reply', '', 'en', 'outlook-html-only;qp-cp1252;shared-terminal;lowercase', 'bigger text for shared terminal')
def f_bigtext():
    t = T(2026, 3, 20, 4, 12, off=0)
    body = """could goodtime have a bigger text / simple view option? we use it on the shared pc in the transport office and the screen is on the wall miles away, the lads squint at it to see whos coming in. not a big deal just a thought

pete (transport, doncaster)
"""
    hh = H('outlook16', addr('Doncaster Transport Office', 'transport.doncaster@harrowgatelogistics.com'), 'idea', t, route='int')
    return message(hh, text_part(outlook_html(body), 'html', 'windows-1252', 'quoted-printable'))


@msg('feature_request', 'product_board_reply', '', 'en', 'outlook;multipart-mixed;multipart-alternative;png-attachment;resembles-room-booking', 'book yard bays and test vehicles')
def f_yard():
    t = T(2026, 1, 30, 14, 48, off=0)
    body = """Hi both,

Could GoodTime book things that aren't meeting rooms? For HGV practical assessments I need three things at the same time: an assessor, the test vehicle (we have two tractor units set aside) and the assessment bay in the yard. At the moment GoodTime books the assessor and I do the vehicle and bay on the whiteboard in the transport office (photo attached – it's not pretty).

It'd be brilliant if vehicles and yard bays could be bookable resources in GoodTime alongside the assessor, so a slot is only offered when all three are free.

Cheers
Gareth
"""
    sig = """Gareth Lloyd
Driver Trainer & Assessor – Avonmouth
Harrowgate Logistics Ltd
M: 07700 900 731"""
    alt = alt_outlook(outlook_plain(body, sig), outlook_html(body, sig), 'utf-8', 'quoted-printable', 'utf-8', 'quoted-printable')
    part = mixed(alt, [attach(png(300, 200, 44, (20, 120, 40)), 'image/png', 'whiteboard.png', 'outlook', t)])
    hh = H('outlook', addr('Gareth Lloyd', 'gareth.lloyd@harrowgatelogistics.com'), 'GoodTime - vehicles and yard bays?', t,
           cc=addr('Lee Brannan', 'lee.brannan@harrowgatelogistics.com'), route='int', att=True)
    return message(hh, part, crlf=True)


@msg('feature_request', 'product_board_reply', '', 'en', 'outlook;multipart-alternative;qp;us-office;received;dkim;arc', 'Teams notification when interviewer declines')
def f_decline_notify():
    t = T(2026, 3, 27, 17, 20, off=-5)
    body = """Hi helpline,

Small product wish for GoodTime: when an interviewer declines, I only find out when I happen to open GoodTime or spot the decline e-mail in our shared inbox. A Microsoft Teams notification (or even a daily digest) to the coordinator who booked it would help a lot – especially for our night-shift hiring managers who decline from their phones at 2am and I don't see it until I'm in at 8.

Thanks!
Tanya
"""
    sig = """Tanya Reyes
Recruiting Coordinator – Memphis DC
Harrowgate Logistics Inc."""
    part = alt_outlook(outlook_plain(body, sig), outlook_html(body, sig, lang='EN-US'), 'utf-8', 'quoted-printable', 'utf-8', 'quoted-printable', geo='NAM')
    hh = H('outlook', addr('Reyes, Tanya', 'tanya.reyes@harrowgatelogistics.com'), 'Idea: notify coordinator on decline', t, lang='en-US', geo='NAM',
           route='int', dk='harrowgatelogistics.com', arcd='harrowgatelogistics.com')
    return message(hh, part)


@msg('feature_request', 'product_board_reply', '', 'en', 'outlook;multipart-alternative;qp;long-signature;disclaimer-urgent-confidential', 'daily visitor list for gatehouse')
def f_gatelist():
    t = T(2026, 2, 16, 7, 27, off=0)
    body = """Good morning,

It'd be great if GoodTime could send the gatehouse an automatic list each morning of who is coming in for interviews at that site that day (name, time, who they're seeing). At the moment security ring me or the shift office every time a candidate turns up, and half the time the interviewer is on the floor and not answering.

Even a simple daily e-mail at 6am to gatehouse.felixstowe@ would do it. Is that something GoodTime could add?

Kind regards,
Sam
"""
    sig = """Sam Okafor
Site Administrator – Felixstowe Port Warehouse
Harrowgate Logistics Ltd
T: 01394 496 022"""
    part = alt_outlook(outlook_plain(body, sig, DISC_UK), outlook_html(body, sig, DISC_UK), 'utf-8', 'quoted-printable', 'utf-8', 'quoted-printable')
    hh = H('outlook', addr('Sam Okafor', 'sam.okafor@harrowgatelogistics.com'), 'Daily interview list for gatehouse?', t, route='int')
    return message(hh, part)


@msg('feature_request', 'product_board_reply', '', 'de', 'outlook-html-only;base64-cp1252', 'deutsche Oberfläche für Schichtleiter')
def f_de_ui():
    t = T(2026, 3, 6, 14, 5, off=1)
    body = """Hallo,

ein Vorschlag für GoodTime: Unsere Schichtleiter in Duisburg tun sich mit der englischen Oberfläche ziemlich schwer, vor allem beim Zusagen, Absagen und Tauschen von Terminen. Eine deutsche Sprachversion der Oberfläche (zumindest für die Interviewer-Ansicht) wäre klasse und würde uns viele Rückfragen ersparen.

Könnt ihr das bitte an GoodTime weitergeben?

Gruß
Frank Heinemann
Schichtleiter Frühschicht, Cross-Dock Duisburg
"""
    hh = H('outlook', addr('Heinemann, Frank', 'frank.heinemann@harrowgatelogistics.de'), ew_q('Vorschlag: GoodTime auf Deutsch', 'iso-8859-1'), t,
           lang='de-DE', geo='EUR', topic='Vorschlag: GoodTime auf Deutsch', route='eu')
    return message(hh, text_part(outlook_html(body, lang='DE'), 'html', 'windows-1252', 'base64'), crlf=True)


@msg('feature_request', 'product_board_reply', '', 'es', 'gmail;multipart-alternative;base64-utf8;rfc2047-b-utf8', 'programar varios candidatos a la vez')
def f_es_masivo():
    t = T(2026, 4, 7, 10, 33, off=2)
    body = """Hola,

Una sugerencia para GoodTime: cuando hacemos selección masiva de mozos de almacén (20–30 candidatos para la campaña de verano en Coslada), sería genial poder aplicar la misma entrevista ya montada a varios candidatos de golpe, en vez de programarla una a una. Nos ahorraría horas cada semana en mayo y junio.

¿Se lo podéis hacer llegar?

Gracias,
Lucía Martín
Técnica de Selección – Madrid
"""
    part = alt_gmail(gmail_plain(body), gmail_html(body), cte='base64')
    hh = H('gmail', addr('Lucía Martín', 'lucia.martin@harrowgatelogistics.es', enc='b', cs='UTF-8'), ew_b('Sugerencia: programar a varios candidatos a la vez', 'UTF-8'), t,
           route='gmail', dk=dkim('harrowgatelogistics.es', 'google', 'mime-version:from:date:message-id:subject:to', t),
           auth=authres('harrowgatelogistics.es', '209.85.208.47'))
    return message(hh, part)


@msg('feature_request', 'product_board_reply', '', 'pt', 'iphone-plain;qp-utf8;enviado-do-meu-iphone;lowercase', 'confirmação por WhatsApp')
def f_pt_whatsapp():
    t = T(2026, 3, 25, 21, 17, off=0)
    body = """olá, uma sugestão: muitos candidatos a motorista e a operador não leem o email, mas respondem logo no whatsapp. seria ótimo o goodtime conseguir mandar a confirmação e o lembrete da entrevista por whatsapp. se puderem passar a ideia à goodtime agradeço

joão

Enviado do meu iPhone
"""
    hh = H('iphone', addr('João Gonçalves', 'joao.goncalves@harrowgatelogistics.pt', enc='b'), 'ideia whatsapp', t, route='gmail')
    return message(hh, text_part(body, 'plain', 'utf-8', 'quoted-printable', quote_cs=False))


# ==========================================================================
# ESCALATIONS
# ==========================================================================
@msg('escalation', 'flag_csm', '', 'en', 'outlook;multipart-alternative;qp;long-signature;disclaimer-urgent-confidential;received;dkim;arc', 'six more licences for new site')
def e_seats():
    t = T(2026, 3, 4, 10, 12, off=0)
    body = """Hi team,

We're opening the new Doncaster iPort site in May and are bringing on six additional recruiters and coordinators for it from mid-April (start dates confirmed this week). All six will need GoodTime from day one.

My understanding is we're already at our seat limit on the current contract, so we'll need six more licences. Could you pick this up with GoodTime and come back to me with the cost and how quickly they can be added? If it needs a contract amendment, please loop in Owen Pryce in procurement.

Thanks,
Marcus
"""
    sig = """Marcus Odell
Head of Talent Acquisition – UK & Ireland
Harrowgate Logistics Ltd
Head Office, 4 Wharf Approach, Leeds LS1 4BR
T: +44 113 496 0702 | M: +44 7700 900129"""
    part = alt_outlook(outlook_plain(body, sig, DISC_UK), outlook_html(body, sig, DISC_UK), 'utf-8', 'quoted-printable', 'utf-8', 'quoted-printable')
    hh = H('outlook', addr('Marcus Odell', 'marcus.odell@harrowgatelogistics.com'), 'GoodTime licences for Doncaster iPort team', t,
           cc=addr('Owen Pryce', 'owen.pryce@harrowgatelogistics.com'), route='int', dk='harrowgatelogistics.com', arcd='harrowgatelogistics.com')
    return message(hh, part)


@msg('escalation', 'flag_csm', '', 'en', 'outlook-html-only;qp-cp1252;multipart-mixed;pdf-attachment;long-signature', 'renewal review and pricing')
def e_renewal():
    t = T(2026, 3, 2, 10, 26, off=0)
    body = """Hello,

Our GoodTime agreement renews on 30 June 2026. Before we commit to another term, procurement needs a review meeting with GoodTime covering:

• actual usage against the licences we pay for (internal summary attached)
• pricing for the next term, including a multi-year option
• adding the Iberia and France entities to the same contract rather than separate invoices

Who on your side owns the relationship with GoodTime? Could you set up that conversation in April, with me and Marcus Odell?

Regards,
Owen
"""
    sig = """Owen Pryce MCIPS
Category Manager – Indirect Procurement (People & IT)
Harrowgate Logistics Ltd
T: +44 113 496 0755"""
    htm = text_part(outlook_html(body, sig, DISC_UK), 'html', 'windows-1252', 'quoted-printable')
    doc = pdf(['Harrowgate Logistics - GoodTime usage summary (internal)', 'Period: Apr 2025 - Feb 2026', '',
               'Licensed seats: 58', 'Active users (last 30 days): 41', 'Interviews scheduled: 9,412',
               'Sites live: 14 UK, 3 US', 'Renewal date: 30/06/2026', '', 'Prepared by: Procurement / People Systems'],
              'GoodTime usage summary')
    part = mixed(htm, [attach(doc, 'application/pdf', 'GoodTime usage summary Feb-26.pdf', 'outlook', t)])
    hh = H('outlook', addr('Owen Pryce', 'owen.pryce@harrowgatelogistics.com'), 'GoodTime renewal - review meeting needed', t,
           cc=addr('Marcus Odell', 'marcus.odell@harrowgatelogistics.com'), route='int', att=True)
    return message(hh, part, crlf=True)


@msg('escalation', 'flag_csm', '', 'en', 'outlook;multipart-alternative;qp;long-signature', 'training for new Manchester team')
def e_training():
    t = T(2026, 3, 20, 15, 44, off=0)
    body = """Hi,

We've set up a new volume-hiring hub in Manchester: 8 coordinators start on 13 April and most of them have never used GoodTime. I don't want them learning it from each other by trial and error during peak.

Could we arrange proper training for the whole team – ideally a live session with GoodTime in their first week, plus something more in-depth on panels, pools and interviewer training for the two senior coordinators? Happy to work around GoodTime's availability.

Thanks,
Sian
"""
    sig = """Sian Pritchard
HR Business Partner – Operations (North)
Harrowgate Logistics Ltd
T: +44 113 496 0788"""
    part = alt_outlook(outlook_plain(body, sig), outlook_html(body, sig), 'utf-8', 'quoted-printable', 'utf-8', 'quoted-printable')
    hh = H('outlook', addr('Sian Pritchard', 'sian.pritchard@harrowgatelogistics.com'), 'GoodTime training for Manchester hub team', t,
           cc=addr('Hollie Sykes', 'hollie.sykes@harrowgatelogistics.com'), route='int')
    return message(hh, part)


@msg('escalation', 'flag_csm+forward_support', '', 'en', 'outlook;multipart-alternative;qp;forwarded-outlook-block;recurring;complaint;live-fault', 'three weeks unresolved, ticket closed twice')
def e_complaint_nights():
    t = T(2026, 3, 16, 11, 2, off=0)
    body = """I'm escalating this because it has now been going on for three weeks.

GoodTime keeps showing our night-shift interviewers at Daventry as available during their shifts (their calendars say busy), so candidates get booked into slots where the interviewer is on the floor. Support ticket #318552 has been closed twice as "resolved" – the latest closure is below – and it is still happening today: two more bad bookings this morning.

My team is spending hours a week fixing this by hand and candidates are being messed around. I need someone at GoodTime above first-line support to own this and give us a date.

Karen Whiteley
Recruitment Manager – Midlands
Harrowgate Logistics Ltd
"""
    fwd = {'from': 'GoodTime Support <support@goodtime.io>', 'sent': 'Friday, March 13, 2026 6:14 PM',
           'to': 'Whiteley, Karen <karen.whiteley@harrowgatelogistics.com>', 'subject': '[GoodTime Support] Re: #318552 Interviewers shown available during busy time',
           'body': """Hi Karen,

Thanks for your patience. We've re-synced the calendars for the affected interviewers and our tests now show their availability correctly, so we're marking this ticket as solved. If you see this again, simply reply to reopen it.

Best,
GoodTime Support
"""}
    part = alt_outlook(outlook_plain(body, quote=fwd), outlook_html(body, quote=fwd), 'utf-8', 'quoted-printable', 'utf-8', 'quoted-printable')
    hh = H('outlook', addr('Whiteley, Karen', 'karen.whiteley@harrowgatelogistics.com'), 'FW: [GoodTime Support] Re: #318552 Interviewers shown available during busy time', t,
           route='int', nthread=3, extra=[('Importance', 'high')])
    return message(hh, part, crlf=True)


@msg('escalation', 'flag_csm', '', 'en', 'outlook;multipart-alternative;qp;us-office;process-change', 'peak season workflow redesign')
def e_peak():
    t = T(2026, 4, 2, 14, 8, off=-5)
    body = """Hi team,

Peak season planning has started. This year we need to hire roughly 400 seasonal warehouse associates across Columbus, Memphis and Allentown between September and November. Last year we scheduled them like normal one-by-one interviews and it nearly broke the coordinators.

Before we build the plan in June, I'd like to sit down with GoodTime to rethink the workflow – hiring events, self-scheduling, pools by shift, what other high-volume customers do – and agree what we change. Could you set that up and include me, Keisha Monroe and Jordan Pike?

Thanks,
Lauren
"""
    sig = """Lauren Whitfield
Recruiting Operations Manager – Americas
Harrowgate Logistics Inc. | Chicago, IL"""
    part = alt_outlook(outlook_plain(body, sig), outlook_html(body, sig, lang='EN-US'), 'us-ascii', 'quoted-printable', 'us-ascii', 'quoted-printable', geo='NAM')
    hh = H('outlook', addr('Whitfield, Lauren', 'lauren.whitfield@harrowgatelogistics.com'), 'Peak 2026 - rethink of seasonal hiring in GoodTime', t,
           lang='en-US', geo='NAM', route='int')
    return message(hh, part)


@msg('escalation', 'flag_csm', '', 'en', 'outlook-plain-only;7bit;long-folded-subject;tech-team', 'merge acquired company account, add .pt domain')
def e_merge():
    t = T(2026, 2, 9, 16, 51, off=0)
    body = """Hi,

As part of bringing Transportes Lusitania (acquired in January) into Harrowgate Logistics Portugal, their four recruiting staff are moving to @harrowgatelogistics.pt addresses from 1 March. They currently have their own separate GoodTime account with its own templates and interviewer pools.

We'd like to:
1. merge their users, templates and pools into our main GoodTime account,
2. add harrowgatelogistics.pt to our SSO configuration,
3. close their old account at the end of its term without paying twice.

This obviously needs GoodTime's account team rather than support. Who can we work with on their side, and what do you need from IT?

Thanks,
Priyanka Desai
IT Business Applications (People Systems)
Harrowgate Logistics Ltd
"""
    hh = H('outlook', addr('Desai, Priyanka', 'priyanka.desai@harrowgatelogistics.com'),
           'GoodTime - merging the Transportes Lusitania account into ours + SSO for harrowgatelogistics.pt\n (acquisition follow-up)',
           t, cc=addr('Ines Magalhaes', 'ines.magalhaes@harrowgatelogistics.pt'), route='int')
    return message(hh, text_part(body, 'plain', 'us-ascii', '7bit'))


@msg('escalation', 'flag_csm', '', 'en', 'outlook;multipart-mixed;winmail.dat;tnef;plain', 'remove leavers\' seats, adjust invoice')
def e_trueup():
    t = T(2026, 1, 16, 12, 9, off=0)
    body = """Hi,

We're currently being invoiced for 58 GoodTime seats, but by my count 14 of those belong to people who have left the business or moved out of recruiting since October (list attached).

Can we get those seats removed and the invoice adjusted from the next billing period? I'd also like to understand how true-ups and true-downs work on our contract, as finance wasn't involved when it was signed.

Thanks,
Debbie

Debbie Armitage
Finance Business Partner – People & Central Functions
Harrowgate Logistics Ltd
"""
    first = text_part(body, 'plain', 'us-ascii', '7bit')
    wm = Part([('Content-Type', 'application/ms-tnef; name="winmail.dat"'), ('Content-Transfer-Encoding', 'base64'),
               ('Content-Disposition', 'attachment; filename="winmail.dat"')],
              base64.encodebytes(winmail('GoodTime seats - leavers list.xlsx', 58)))
    part = mixed(first, [wm])
    hh = H('outlook', addr('Armitage, Debbie', 'debbie.armitage@harrowgatelogistics.com'), 'GoodTime seats we are paying for', t, route='int', att=True, tnef=True)
    return message(hh, part)


@msg('escalation', 'flag_csm', '', 'en', 'outlook-html-only;qp-cp1252;long-signature;disclaimer-urgent-confidential;rambling', 'adoption poor, VP wants joint review')
def e_adoption():
    t = T(2026, 2, 23, 18, 21, off=0)
    body = """Hi both,

I'll be blunt: six months in, GoodTime isn't landing with our operations managers.

In most of the warehouses the hiring managers still agree interview times with recruiters over the phone or on WhatsApp and then ask for them to be "put in GoodTime" afterwards. Coordinators are double-handling everything, and the scheduling-speed numbers we were promised in the business case aren't showing up. Two site GMs told me last week they see it as "an HR tool" rather than something for them.

I'd like a joint review with GoodTime: adoption numbers per site, what other logistics or shift-based customers do differently, and a concrete plan for getting site managers using it properly before peak. Please arrange it for March and include Marcus and Jo.

Rachel
"""
    sig = """Rachel Kinsey
VP People – UK & Europe
Harrowgate Logistics Ltd | Head Office, Leeds"""
    hh = H('outlook', addr('Rachel Kinsey', 'rachel.kinsey@harrowgatelogistics.com'), 'GoodTime adoption in operations', t,
           cc=f"{addr('Marcus Odell', 'marcus.odell@harrowgatelogistics.com')}, {addr('Jo Fairclough', 'jo.fairclough@harrowgatelogistics.com')}", route='int')
    return message(hh, text_part(outlook_html(body, sig, DISC_UK), 'html', 'windows-1252', 'quoted-printable'))


@msg('escalation', 'flag_csm+forward_support', '', 'en', 'outlook;multipart-alternative;qp;importance-high;received;dkim;arc;auth-results;recurring;live-fault', 'org-wide invites not sending, second time this month')
def e_invites_down():
    t = T(2026, 3, 25, 9, 52, off=0)
    body = """Escalating.

Since around 07:30 today no interview invites are going out from GoodTime for anyone in the UK or the US – interviews show as scheduled in GoodTime, but nothing lands in interviewer calendars or candidate inboxes. We have roughly 60 interviews across both countries today and tomorrow.

This is the second time this month (the same thing happened on the 3rd and took six hours to fix). I've opened a chat with Support, but I want GoodTime's account team involved this time: we need a root cause and to know what they are doing to stop it happening again.

Jo
"""
    sig = """Jo Fairclough
Recruiting Operations Lead | People & Talent
Harrowgate Logistics Ltd"""
    part = alt_outlook(outlook_plain(body, sig), outlook_html(body, sig), 'utf-8', 'quoted-printable', 'utf-8', 'quoted-printable')
    hh = H('outlook', addr('Jo Fairclough', 'jo.fairclough@harrowgatelogistics.com'), 'ESCALATION: GoodTime invites not sending (UK + US) - 2nd time in March', t,
           route='int', dk='harrowgatelogistics.com', arcd='harrowgatelogistics.com', auth=authres('harrowgatelogistics.com', '40.107.20.98'),
           extra=[('Importance', 'high'), ('X-Priority', '1')])
    return message(hh, part)


@msg('escalation', 'flag_csm', '', 'es', 'gmail;multipart-alternative;qp-utf8;received;dkim;auth-results', 'formación para el equipo de selección')
def e_es_formacion():
    t = T(2026, 3, 31, 12, 15, off=2)
    body = """Hola:

Necesitamos formación en GoodTime para el equipo de selección de Madrid y Barcelona (9 personas). La mayoría lo usa solo para lo básico y seguimos haciendo muchas cosas a mano: paneles, pools de entrevistadores, recordatorios… Con la campaña de verano encima, esto no escala.

¿Podemos organizar una sesión de formación con GoodTime, a ser posible en español, antes de mediados de mayo? Y, si es posible, una segunda más avanzada para las dos coordinadoras.

Gracias,
Beatriz Gallego
Responsable de Selección – España
"""
    part = alt_gmail(gmail_plain(body), gmail_html(body))
    hh = H('gmail', addr('Beatriz Gallego', 'beatriz.gallego@harrowgatelogistics.es'), ew_q('Formación GoodTime para el equipo de selección (Madrid y Barcelona)', 'UTF-8'), t,
           cc=addr('Javier Ortega Villalba', 'javier.ortega@harrowgatelogistics.es'), route='gmail',
           dk=dkim('harrowgatelogistics.es', 'google', 'cc:mime-version:from:date:message-id:subject:to', t),
           auth=authres('harrowgatelogistics.es', '209.85.221.53'))
    return message(hh, part)


@msg('escalation', 'flag_csm', '', 'fr', 'outlook-html-only;qp-cp1252;raw-cp1252-subject;raw-cp1252-from;long-signature', 'licences supplémentaires et facturation séparée')
def e_fr_licences():
    t = T(2026, 4, 14, 9, 37, off=2)
    body = """Bonjour,

Nous ouvrons en juin le nouvel entrepôt de Lyon-Corbas et l'équipe recrutement France passe de 4 à 7 personnes. Il nous faudra donc trois licences GoodTime supplémentaires à partir du 1er juin.

Par ailleurs, notre direction financière souhaite que l'entité française soit facturée séparément à partir du prochain renouvellement, avec un bon de commande français.

Pouvez-vous voir ces deux points avec GoodTime et me dire qui sera mon interlocuteur ?

Bien cordialement,
"""
    sig = """Isabelle Fontaine
Directrice des Ressources Humaines France
Harrowgate Logistics France SAS
Tél. : +33 4 72 90 13 00"""
    hh = H('outlook', addr('Isabelle Fontaine (DRH France)', 'isabelle.fontaine@harrowgatelogistics.fr'),
           'Licences GoodTime supplémentaires – ouverture Lyon-Corbas'.encode('cp1252'), t, lang='fr-FR', geo='EUR', topic=None, route='eu')
    return message(hh, text_part(outlook_html(body, sig, DISC_FR, lang='FR'), 'html', 'windows-1252', 'quoted-printable'), crlf=True)


@msg('escalation', 'flag_csm+forward_support', '', 'pt', 'gmail;multipart-alternative;qp-utf8;gmail-forwarded-message;complaint;live-fault;received', 'suporte sem resposta há 3 semanas, problema continua')
def e_pt_suporte():
    t = T(2026, 3, 12, 10, 4, off=0)
    body = """Bom dia,

Escrevo porque já não sei a quem recorrer. Há três semanas que reportámos ao suporte da GoodTime que as entrevistas reagendadas não atualizam o link do Teams (os candidatos entram numa reunião antiga, vazia). Abrimos o pedido #309877, responderam uma vez (reencaminho abaixo) e nunca mais disseram nada.

Continua a acontecer: ontem perdemos mais dois candidatos a motorista no Porto por causa disto. Preciso que isto seja escalado a alguém da GoodTime com responsabilidade pela nossa conta, e que alguém volte a pegar no problema técnico.

Obrigada,
Inês Magalhães
Coordenadora de RH – Lisboa
"""
    fwd = {'hdr': ['From: GoodTime Support <support@goodtime.io>', 'Date: Thu, 19 Feb 2026 at 17:22',
                   'Subject: Re: #309877 Teams link not updated after reschedule', 'To: <ines.magalhaes@harrowgatelogistics.pt>'],
           'body': """Hi Ines,

Thank you for reaching out. I've passed this to our engineering team for investigation and will update you as soon as I hear back.

Kind regards,
GoodTime Support
"""}
    part = alt_gmail(gmail_plain(body, fwd=fwd), gmail_html(body, fwd=fwd))
    hh = H('gmail', addr('Inês Magalhães', 'ines.magalhaes@harrowgatelogistics.pt', enc='q'), 'Fwd: Re: #309877 Teams link not updated after reschedule', t,
           route='gmail', dk=dkim('harrowgatelogistics.pt', 'google', 'mime-version:references:in-reply-to:from:date:message-id:subject:to', t))
    return message(hh, part)


# ==========================================================================
# NOISE
# ==========================================================================
@msg('noise', 'ignore', '', 'en', 'out-of-office;auto-submitted;x-auto-response-suppress;multipart-alternative;urgent-word', 'annual leave auto reply')
def x_ooo_marcus():
    t = T(2026, 3, 16, 9, 31, off=0)
    body = """Thank you for your email. I'm on annual leave until Monday 23 March with limited access to email.

For anything URGENT relating to recruitment please contact Jo Fairclough (jo.fairclough@harrowgatelogistics.com). Otherwise I'll respond when I'm back.

Marcus
"""
    part = alt_outlook(body, outlook_html(body), 'us-ascii', 'quoted-printable', 'us-ascii', 'quoted-printable')
    ref = mid_outlook()
    hh = H('outlook', addr('Marcus Odell', 'marcus.odell@harrowgatelogistics.com'), 'Automatic reply: RE: GoodTime licences for Doncaster iPort team', t,
           to=TO['named'], route='int', irt=ref, refs=ref,
           extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All'), ('X-MS-Exchange-Inbox-Rules-Loop', 'marcus.odell@harrowgatelogistics.com')])
    return message(hh, part)


@msg('noise', 'ignore', '', 'en', 'out-of-office;no-auto-submitted;no-message-id;plain;urgent-word', 'on the road auto reply, no auto headers')
def x_ooo_kelly():
    t = T(2026, 2, 4, 12, 3, off=0)
    body = """Out of Office: I'm out on the road visiting depots until Thursday 5th Feb and will only be checking email in the evenings.

For URGENT driver interview changes please call the Daventry transport office on 01327 496 400 and ask for the duty planner.

Kelly Brannigan
Driver Recruiter – Midlands & South
"""
    hh = H('generic', addr('Kelly Brannigan', 'kelly.brannigan@harrowgatelogistics.com'), 'Out of Office: RE: GoodTime refresher sessions - drivers team', t, mid=None, route='int')
    return message(hh, text_part(body, 'plain', 'utf-8', 'quoted-printable'))


@msg('noise', 'ignore', '', 'en', 'bounce;mailer-daemon;multipart-report;delivery-status;rfc822-headers', 'recipient left the company')
def x_bounce():
    t = T(2026, 3, 5, 10, 15, 2, off=0)
    b = f'4ZB1kT2yQbz3wXp.{int(utc(t).timestamp())}/mail-relay01.harrowgatelogistics.com'
    omid = mid_outlook()
    notif = """This is the mail system at host mail-relay01.harrowgatelogistics.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<steve.hollins@harrowgatelogistics.com>: host
    harrowgatelogistics-com.mail.protection.outlook.com[52.101.73.18] said:
    550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient
    steve.hollins@harrowgatelogistics.com not found by SMTP address lookup (in
    reply to RCPT TO command)
"""
    ds = f"""Reporting-MTA: dns; mail-relay01.harrowgatelogistics.com
X-Postfix-Queue-ID: 4ZB1kT2yQbz3wXp
X-Postfix-Sender: rfc822; helpline@harrowgatelogistics.com
Arrival-Date: {rdate(later(t, -2))}

Final-Recipient: rfc822; steve.hollins@harrowgatelogistics.com
Original-Recipient: rfc822;steve.hollins@harrowgatelogistics.com
Action: failed
Status: 5.1.10
Remote-MTA: dns; harrowgatelogistics-com.mail.protection.outlook.com
Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient
    steve.hollins@harrowgatelogistics.com not found by SMTP address lookup
"""
    orig = f"""Received: from helpdesk01.harrowgatelogistics.com (helpdesk01.harrowgatelogistics.com [203.0.113.44])
	by mail-relay01.harrowgatelogistics.com (Postfix) with ESMTPS id 4ZB1kT2yQbz3wXp
	for <steve.hollins@harrowgatelogistics.com>; {rdate(later(t, -2))}
From: Harrowgate Helpline <helpline@harrowgatelogistics.com>
To: Steve Hollins <steve.hollins@harrowgatelogistics.com>
Subject: RE: Felixstowe forklift interviewer pool
Date: {rdate(later(t, -3))}
Message-ID: {omid}
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="_000_{HX(20)}_"
"""
    parts = [Part([('Content-Description', 'Notification'), ('Content-Type', 'text/plain; charset=us-ascii')], notif.encode()),
             Part([('Content-Description', 'Delivery report'), ('Content-Type', 'message/delivery-status')], ds.encode()),
             Part([('Content-Description', 'Undelivered Message Headers'), ('Content-Type', 'text/rfc822-headers')], orig.encode())]
    part = multi(f'multipart/report; report-type=delivery-status;\n\tboundary="{b}"', b, parts, preamble='This is a MIME-encapsulated message.')
    part.headers.append(('Content-Transfer-Encoding', '8bit'))
    hh = [('Return-Path', '<>')] + received('bounce', t) + [
        ('X-Original-To', HELP), ('Delivered-To', HELP),
        ('Date', rdate(t, 2)), ('From', 'MAILER-DAEMON@mail-relay01.harrowgatelogistics.com (Mail Delivery System)'),
        ('Subject', 'Undelivered Mail Returned to Sender'), ('To', HELP), ('Auto-Submitted', 'auto-replied'),
        ('MIME-Version', '1.0'), ('Message-Id', f'<20260305101502.4ZB1kT2yQbz3wXp@mail-relay01.harrowgatelogistics.com>')]
    return message(hh, part)


@msg('noise', 'ignore', '', 'en', 'newsletter;list-unsubscribe;list-unsubscribe-post;precedence-bulk;multipart-alternative;rfc2047-b-utf8-emoji;received;dkim', 'vendor product roundup')
def x_newsletter():
    t = T(2026, 3, 11, 16, 0, 4, off=0)
    plain = """GoodTime | March product roundup

Hi there,

Here's what shipped this month:

* Smarter panel suggestions - fewer "no options found" moments when you're juggling five calendars.
* Reschedule in two clicks from the candidate timeline.
* New reporting tiles for time-to-schedule by department.

Webinar: "Scheduling for high-volume hiring" - Thursday 26 March, 5pm GMT. Save your seat: https://mail.goodtime.io/c/3F9a1

You're receiving this because you're subscribed to GoodTime product updates.
Unsubscribe: https://mail.goodtime.io/u/{u} | Manage preferences: https://mail.goodtime.io/p/{u}
GoodTime, 1 Example Plaza, San Francisco, CA
""".replace('{u}', an(24))
    html_ = """<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>March product roundup</title></head>
<body style="margin:0;padding:0;background:#f4f2f8">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif">
<tr><td style="background:#5c2e91;color:#fff;padding:24px;font-size:22px"><b>GoodTime</b> &middot; March product roundup</td></tr>
<tr><td style="padding:24px;font-size:15px;line-height:22px;color:#333">
<p>Hi there,</p><p>Here&rsquo;s what shipped this month:</p>
<ul><li><b>Smarter panel suggestions</b> &ndash; fewer &ldquo;no options found&rdquo; moments.</li>
<li><b>Reschedule in two clicks</b> from the candidate timeline.</li>
<li><b>New reporting tiles</b> for time-to-schedule by department.</li></ul>
<p style="text-align:center"><a href="https://mail.goodtime.io/c/3F9a1" style="background:#e83e8c;color:#fff;padding:12px 20px;border-radius:4px;text-decoration:none">Save your webinar seat</a></p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#999">You&rsquo;re receiving this because you&rsquo;re subscribed to GoodTime product updates.
<a href="https://mail.goodtime.io/u/x">Unsubscribe</a> &middot; <a href="https://mail.goodtime.io/p/x">Manage preferences</a></td></tr>
</table></td></tr></table>
<img src="https://mail.goodtime.io/o/""" + an(40) + """.gif" width="1" height="1" alt=""></body></html>
"""
    b = '----=_Part_' + str(R.randint(10 ** 6, 10 ** 7)) + '_' + str(R.randint(10 ** 8, 10 ** 9)) + '.' + str(int(utc(t).timestamp() * 1000))
    part = multi(f'multipart/alternative; \n\tboundary="{b}"', b,
                 [text_part(plain, 'plain', 'UTF-8', 'quoted-printable', quote_cs=False), text_part(html_, 'html', 'UTF-8', 'quoted-printable', quote_cs=False)])
    u = an(32)
    hh = H('generic', addr('GoodTime', 'news@mail.goodtime.io'), ew_b('Your March roundup: smarter panels, faster reschedules 🚀', 'UTF-8'), t,
           to=HELP, mid=f'<{an(20)}.{R.randint(10 ** 5, 10 ** 6)}@mail.goodtime.io>', route='ext',
           dk=dkim('mail.goodtime.io', 's1', 'from:to:subject:list-unsubscribe:list-unsubscribe-post:mime-version:content-type', t),
           auth=authres('mail.goodtime.io', '167.89.74.12'),
           extra=[('List-Unsubscribe', f'<https://mail.goodtime.io/u/{u}>,\n <mailto:unsubscribe-{u}@mail.goodtime.io?subject=unsubscribe>'),
                  ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'), ('Precedence', 'bulk'),
                  ('Feedback-ID', f'{R.randint(1000, 9999)}:{R.randint(100, 999)}:marketing:goodtime'), ('X-Campaign', 'mar26-product-roundup')])
    return message(hh, part)


@msg('noise', 'ignore', '', 'en', 'calendar-accept;text-calendar-only;method-reply', 'accepted training invite')
def x_accept():
    t = T(2026, 1, 28, 9, 12, off=0)
    cal = ics('REPLY', '040000008200E00074C5B7101A82E00800000000' + HX(32), 'Accepted: GoodTime refresher - coordinators (Daventry)',
              '20260205T140000', '20260205T150000', ('Harrowgate Helpline', HELP),
              [('Bex Holloway', 'bex.holloway@harrowgatelogistics.com', 'ACCEPTED')], 'DIRFT Training Room 1 / Microsoft Teams Meeting',
              stamp='20260128T091200Z')
    part = Part([('Content-Type', 'text/calendar; charset="utf-8"; method=REPLY'), ('Content-Transfer-Encoding', 'base64')], base64.encodebytes(cal))
    hh = H('outlook', addr('Bex Holloway', 'bex.holloway@harrowgatelogistics.com'), 'Accepted: GoodTime refresher - coordinators (Daventry)', t,
           to=TO['named'], route='int', topic='GoodTime refresher - coordinators (Daventry)')
    return message(hh, part, crlf=True)


@msg('noise', 'ignore', '', 'en', 'read-receipt;multipart-report;disposition-notification', 'read receipt')
def x_read():
    t = T(2026, 3, 10, 15, 40, 55, off=0)
    sent = T(2026, 3, 10, 15, 2, 11, off=0)
    omid = mid_outlook()
    txt = f"""Your message

To: Dean Whitlock
Subject: RE: Night shift interviewer pool
Sent: Tuesday, March 10, 2026 3:02:11 PM (UTC+00:00) Dublin, Edinburgh, Lisbon, London

was read on Tuesday, March 10, 2026 3:40:55 PM (UTC+00:00) Dublin, Edinburgh, Lisbon, London.
"""
    mdn = f"""Reporting-UA: {ms_dom(ms_host())}; Microsoft Exchange Server
Final-Recipient: rfc822;dean.whitlock@harrowgatelogistics.com
Original-Message-ID: {omid}
Disposition: automatic-action/MDN-sent-automatically; displayed
"""
    b = b_outlook()
    part = multi(f'multipart/report;\n\tboundary="{b}";\n\treport-type=disposition-notification', b,
                 [text_part(txt, 'plain', 'us-ascii', 'quoted-printable'),
                  Part([('Content-Type', 'message/disposition-notification'), ('Content-Transfer-Encoding', '7bit')], mdn.encode())])
    hh = H('outlook', addr('Dean Whitlock', 'dean.whitlock@harrowgatelogistics.com'), 'Read: RE: Night shift interviewer pool', t,
           to=TO['named'], route='int', irt=omid, refs=omid, topic='Night shift interviewer pool')
    return message(hh, part)


@msg('noise', 'ignore', '', 'en', 'phishing;lookalike-domain;auth-fail;html-only;urgent-immediately;received', 'fake GoodTime suspension notice')
def x_phish():
    t = T(2026, 2, 14, 3, 47, off=0)
    html_ = """<html><body style="font-family:Arial;font-size:14px">
<div style="max-width:560px;border:1px solid #ddd;padding:20px">
<div style="background:#5c2e91;color:white;padding:10px;font-size:18px">GoodTime Security Team</div>
<p>Dear User,</p>
<p>We detected <b>unusual sign-in activity</b> on your GoodTime workspace <b>harrowgatelogistics</b>. To protect your account, access will be <span style="color:red"><b>SUSPENDED within 24 hours</b></span> and all scheduled interviews will be cancelled.</p>
<p>Please verify your identity <b>immediately</b> to avoid interruption:</p>
<p style="text-align:center"><a href="http://goodtime-sso-login.co/verify?id=HGL-20931&amp;ref=helpline" style="background:#e83e8c;color:#fff;padding:12px 24px;text-decoration:none">VERIFY ACCOUNT NOW</a></p>
<p>If you do not complete verification your data may be permanently removed.</p>
<p>Regards,<br>GoodTime Security &amp; Compliance</p>
<p style="font-size:10px;color:#aaa">This is an automated security message. Do not reply.</p>
</div></body></html>
"""
    hh = H('generic', addr('GoodTime Support', 'security-alert@goodtime-helpdesk-verify.com'),
           'URGENT: Your GoodTime workspace will be suspended - verify immediately', t, to=HELP, route='phish',
           mid=f'<{hx(12)}$ {hx(6)}@goodtime-helpdesk-verify.com>'.replace('$ ', '$'),
           auth=authres('goodtime-helpdesk-verify.com', '45.135.232.19', spf='softfail', dk='none', dm='fail'),
           extra=[('X-Priority', '1 (Highest)'), ('X-MS-Exchange-Organization-SCL', '6')])
    return message(hh, text_part(html_, 'html', 'iso-8859-1', 'quoted-printable'))


@msg('noise', 'ignore', '', 'en', 'bare-thanks;outlook-html-only;qp-cp1252;reply-on-top;outlook-quote-block', 'thanks only')
def x_thanks():
    t = T(2026, 2, 10, 14, 2, off=0)
    body = 'Thanks!\n'
    quote = {'from': 'Harrowgate Helpline <helpline@harrowgatelogistics.com>', 'sent': 'Tuesday, February 10, 2026 1:41 PM',
             'to': 'Lewis Mcgrath <lewis.mcgrath@harrowgatelogistics.com>', 'subject': 'RE: panel resched',
             'body': """Hi Lewis,

Open the interview from the candidate in GoodTime and choose Reschedule. Pick the new time (or send the candidate a fresh availability request), check all three of you are free, then review and send – the invites and the candidate's confirmation update together. Please don't move it in Outlook directly.

Kind regards,
Harrowgate Helpline
"""}
    ref = mid_outlook()
    hh = H('outlook', addr('Lewis Mcgrath', 'lewis.mcgrath@harrowgatelogistics.com'), 'RE: panel resched', t, route='int', irt=ref, refs=ref, nthread=1)
    return message(hh, text_part(outlook_html(body, quote=quote), 'html', 'windows-1252', 'quoted-printable'), crlf=True)


@msg('noise', 'ignore', '', 'en', 'bare-thanks;iphone-plain;qp-utf8;emoji;gt-quoted-lines;sent-from-my-iphone', 'got it thanks')
def x_gotit():
    t = T(2026, 2, 17, 10, 34, off=0)
    body = """got it thanks 👍

Sent from my iPhone

> On 17 Feb 2026, at 10:29, Harrowgate Helpline <helpline@harrowgatelogistics.com> wrote:
>
> Hi Mel, Support have added you to the interview in place of Steve and the invite has been updated. Go ahead and start - we'll sort the pool afterwards.
>
> Harrowgate Helpline
"""
    ref = mid_outlook()
    hh = H('iphone', addr('Mel Cartwright', 'mel.cartwright@harrowgatelogistics.com'), 'Re: candidate here now', t, route='int', irt=ref, refs=ref)
    return message(hh, text_part(body, 'plain', 'utf-8', 'quoted-printable', quote_cs=False))


@msg('noise', 'ignore', '', 'en', 'marketing-spam;list-unsubscribe;html-only;received', 'recruitment vendor webinar')
def x_spam():
    t = T(2026, 1, 13, 15, 30, 0, off=0)
    html_ = """<html><body style="font-family:Verdana,sans-serif;font-size:13px;color:#222">
<p>Hi Helpline,</p>
<p>Warehouse and driver hiring in 2026 is brutal: 40% no-show rates, candidates ghosting after one text, peak season starting earlier every year.</p>
<p>Join our free 30-minute webinar <b>&ldquo;Fixing high-volume logistics hiring&rdquo;</b> on 29 January and see how HireFlow helped a top-10 3PL cut time-to-hire by 52%.</p>
<p><a href="https://events.hireflow-talent.com/r/logistics-2026?e=aGVscGxpbmVA">Reserve my spot &raquo;</a></p>
<p>Cheers,<br>Megan Cole<br>Events Team, HireFlow</p>
<p style="font-size:10px;color:#888">You received this email because your business address was listed in a public directory. 
<a href="https://events.hireflow-talent.com/unsub?e=aGVscGxpbmVA">Unsubscribe</a>. HireFlow Ltd, 71-75 Shelton Street, London WC2H 9JQ.</p>
</body></html>
"""
    hh = H('generic', addr('Megan at HireFlow', 'events@mail.hireflow-talent.com'), 'Helpline, is no-show season already starting at your sites?', t,
           to=HELP, route='ext', mid=f'<{hx(16)}.{hx(8)}@mail.hireflow-talent.com>',
           dk=dkim('mail.hireflow-talent.com', 'hs1', 'from:to:subject:list-unsubscribe:mime-version', t),
           extra=[('List-Unsubscribe', '<https://events.hireflow-talent.com/unsub?e=aGVscGxpbmVA>'), ('Precedence', 'bulk')])
    return message(hh, text_part(html_, 'html', 'UTF-8', 'quoted-printable'))


@msg('noise', 'ignore', '', 'de', 'out-of-office;auto-submitted;x-auto-response-suppress;rfc2047-q-utf8;qp-utf8', 'Abwesenheitsnotiz')
def x_de_ooo():
    t = T(2026, 3, 30, 8, 2, off=2)
    body = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 6. April nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an recruiting.ffm@harrowgatelogistics.de.

Mit freundlichen Grüßen
Katrin Vogelsang
"""
    part = alt_outlook(body, outlook_html(body, lang='DE', charset='utf-8'), 'utf-8', 'quoted-printable', 'utf-8', 'quoted-printable', geo='EUR')
    ref = mid_outlook()
    hh = H('outlook', addr('Vogelsang, Katrin', 'katrin.vogelsang@harrowgatelogistics.de'), ew_q('Automatische Antwort: AW: Vorschlag für GoodTime - wo einreichen?', 'utf-8'), t,
           lang='de-DE', geo='EUR', topic=None, route='eu', irt=ref,
           extra=[('Auto-Submitted', 'auto-generated'), ('X-Auto-Response-Suppress', 'All'), ('X-MS-Exchange-Inbox-Rules-Loop', 'katrin.vogelsang@harrowgatelogistics.de')])
    return message(hh, part)


@msg('noise', 'ignore', '', 'es', 'out-of-office;no-auto-submitted;plain;qp-utf8;msgid-no-brackets', 'respuesta automática vacaciones')
def x_es_ooo():
    t = T(2026, 4, 1, 17, 40, off=2)
    body = """Hola,

Estoy de vacaciones hasta el lunes 13 de abril, sin acceso al correo. Para cualquier tema de selección en Zaragoza, escribe a Raúl Sanz (raul.sanz@harrowgatelogistics.es).

Gracias y un saludo,
Iñaki Ibáñez
"""
    hh = H('generic', addr('Iñaki Ibáñez', 'inaki.ibanez@harrowgatelogistics.es', enc='q', cs='utf-8'), ew_q('Respuesta automática: Formación GoodTime', 'utf-8'), t,
           mid=f'{hx(24)}@harrowgatelogistics.es', route='gmail')
    return message(hh, text_part(body, 'plain', 'utf-8', 'quoted-printable'))


@msg('noise', 'ignore', '', 'fr', 'calendar-decline;multipart-alternative;text-calendar;method-reply;rfc2047-q-utf8', 'refus invitation formation')
def x_fr_decline():
    t = T(2026, 3, 18, 22, 14, off=1)
    plain = 'Désolé, je suis de nuit toute la semaine.\n'
    cal = ics('REPLY', '040000008200E00074C5B7101A82E00800000000' + HX(32), 'Refusé: Formation GoodTime – équipes Roissy',
              '20260320T100000', '20260320T113000', ('Harrowgate Helpline', HELP),
              [('Karim Benali', 'karim.benali@harrowgatelogistics.fr', 'DECLINED')], 'Roissy – salle Concorde / Teams', tzid='Europe/Paris',
              stamp='20260318T211400Z', description='Désolé, je suis de nuit toute la semaine.')
    b = b_outlook('EUR')
    part = multi(f'multipart/alternative;\n\tboundary="{b}"', b,
                 [text_part(plain, 'plain', 'utf-8', 'quoted-printable'),
                  Part([('Content-Type', 'text/calendar; charset="utf-8"; method=REPLY'), ('Content-Transfer-Encoding', 'base64')], base64.encodebytes(cal))])
    hh = H('outlook', addr('Karim Benali', 'karim.benali@harrowgatelogistics.fr'), ew_q('Refusé: Formation GoodTime – équipes Roissy', 'utf-8'), t,
           lang='fr-FR', geo='EUR', topic=None, route='eu')
    return message(hh, part)


@msg('noise', 'ignore', '', 'pt', 'out-of-office;auto-submitted;outlook-html-only;qp-cp1252', 'resposta automática formação')
def x_pt_ooo():
    t = T(2026, 3, 16, 8, 45, off=0)
    body = """Obrigado pelo seu email.

Estou fora do escritório em formação até dia 20 de março, com acesso limitado ao email. Para assuntos urgentes da frota, contacte o Sr. Paulo Veiga (paulo.veiga@harrowgatelogistics.pt).

Cumprimentos,
Rui Carvalho
"""
    hh = H('outlook', addr('Rui Carvalho', 'rui.carvalho@harrowgatelogistics.pt'), ew_q('Resposta automática: Sugestão para o GoodTime', 'iso-8859-1'), t,
           lang='pt-PT', geo='EUR', topic=None, route='gmail',
           extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')])
    return message(hh, text_part(outlook_html(body, lang='PT'), 'html', 'windows-1252', 'quoted-printable'))


# ==========================================================================
# main
# ==========================================================================
def main():
    order = list(range(len(MSGS)))
    random.Random(20260307).shuffle(order)
    rows = []
    for n, idx in enumerate(order, 1):
        m = MSGS[idx]
        data = m['fn']()
        name = f'a-{n:03d}.eml'
        with open(os.path.join(OUT, name), 'wb') as fh:
            fh.write(data)
        rows.append([name, m['category'], m['actions'], m['article'], m['language'], m['format'], m['notes']])
    with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as fh:
        w = csv.writer(fh)
        w.writerow(['file', 'category', 'actions', 'article', 'language', 'format', 'notes'])
        w.writerows(rows)
    print(len(rows), 'messages written')


if __name__ == '__main__':
    main()
