#!/usr/bin/env python3
"""Writer "b": help-line e-mails for Fernleigh Hotels & Resorts (blind test set).

Standard library only.  Builds raw .eml bytes by hand (so encodings are exact) and
writes labels.csv.  Run:  python3 make.py
"""
import base64
import csv
import datetime as dt
import email
import html
import os
import quopri
import random
import struct
import zlib

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(20260415)

HELP = ('GoodTime Help Line', 'helpline@fernleighhotels.com')
WD = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

# --------------------------------------------------------------------------------------
# dates
# --------------------------------------------------------------------------------------

def off_for(region, m, d):
    md = (m, d)
    eu_summer = (3, 29) <= md < (10, 25)
    if region in ('uk', 'pt'):
        return 1 if eu_summer else 0
    if region in ('de', 'es', 'fr'):
        return 2 if eu_summer else 1
    if region == 'us':
        return -4 if (3, 8) <= md < (11, 1) else -5
    return 0


def T(region, m, d, H, M, S=None):
    o = off_for(region, m, d)
    return dt.datetime(2026, m, d, H, M, R.randint(0, 59) if S is None else S,
                       tzinfo=dt.timezone(dt.timedelta(hours=o)))


def rfcdate(d, pad=False):
    mins = int(d.utcoffset().total_seconds() // 60)
    sign = '+' if mins >= 0 else '-'
    mins = abs(mins)
    day = '%02d' % d.day if pad else str(d.day)
    return '%s, %s %s %d %02d:%02d:%02d %s%02d%02d' % (
        WD[d.weekday()], day, MON[d.month - 1], d.year, d.hour, d.minute, d.second,
        sign, mins // 60, mins % 60)


def utc(d):
    return d.astimezone(dt.timezone.utc)


def later(d, seconds):
    return d + dt.timedelta(seconds=seconds)


# long-form dates used in quoted headers, per language
DAYS = {
    'en': ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
    'de': ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'],
    'es': ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'],
    'fr': ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
    'pt': ['segunda-feira', 'terça-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira', 'sábado', 'domingo'],
}
MONTHS = {
    'en': ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    'de': ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
    'es': ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
    'fr': ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
    'pt': ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
}


def sent_str(d, lang='en', us=False):
    wd = DAYS[lang][d.weekday()]
    mo = MONTHS[lang][d.month - 1]
    if lang == 'en':
        if us:
            h = d.hour % 12 or 12
            return '%s, %s %d, %d %d:%02d %s' % (wd, mo, d.day, d.year, h, d.minute, 'AM' if d.hour < 12 else 'PM')
        return '%s, %d %s %d %02d:%02d' % (wd, d.day, mo, d.year, d.hour, d.minute)
    if lang == 'de':
        return '%s, %d. %s %d %02d:%02d' % (wd, d.day, mo, d.year, d.hour, d.minute)
    if lang == 'fr':
        return '%s %d %s %d %02d:%02d' % (wd, d.day, mo, d.year, d.hour, d.minute)
    return '%s, %d de %s de %d %02d:%02d' % (wd, d.day, mo, d.year, d.hour, d.minute)


QLABELS = {
    'en': ('From:', 'Sent:', 'To:', 'Cc:', 'Subject:'),
    'de': ('Von:', 'Gesendet:', 'An:', 'Cc:', 'Betreff:'),
    'es': ('De:', 'Enviado el:', 'Para:', 'CC:', 'Asunto:'),
    'fr': ('De :', 'Envoyé :', 'À :', 'Cc :', 'Objet :'),
    'pt': ('De:', 'Enviado:', 'Para:', 'Cc:', 'Assunto:'),
}

# --------------------------------------------------------------------------------------
# random bits
# --------------------------------------------------------------------------------------

def rbytes(n):
    return bytes(R.getrandbits(8) for _ in range(n))


def rb64(n):
    return base64.b64encode(rbytes(n)).decode()


def rhex(n, upper=True):
    s = ''.join(R.choice('0123456789abcdef') for _ in range(n))
    return s.upper() if upper else s


def fold_b64(s, first=60, width=70):
    out = [s[:first]]
    s = s[first:]
    while s:
        out.append(s[:width])
        s = s[width:]
    return '\n\t '.join(out)


EU_PRE = ['AM0PR04', 'AM6PR08', 'AM9PR02', 'DB9PR06', 'DU0PR04', 'DU2PR03', 'PA4PR07',
          'PAXPR08', 'VI1PR05', 'AS8PR10', 'GV1PR09', 'DB8PR04', 'AS4PR06']
NA_PRE = ['BY5PR11', 'SN6PR02', 'CH3PR12', 'MN2PR15', 'DM6PR04', 'PH0PR13', 'SJ0PR18', 'BL1PR10']


def exo(region='eur'):
    p = R.choice(EU_PRE if region == 'eur' else NA_PRE)
    dom = ('eurprd' if region == 'eur' else 'namprd') + p[5:7]
    return '%sMB%d.%s.prod.outlook.com' % (p, R.randint(1000, 9999), dom)


def v6():
    return '2603:10a6:%s:%x::%d' % (R.choice(['10', '20b', '102', '208', '800', '803', '10:2c1']),
                                     R.randint(16, 900), R.randint(10, 30))


def fe80():
    return 'fe80::%s:%s:%s:%s' % (rhex(4, False), rhex(4, False), rhex(4, False), rhex(4, False))


def ms_id(host):
    """Outlook style Message-ID for a given EXO host."""
    short = host.split('.')[0]
    return '<%s%s@%s>' % (short, rhex(10), host.upper() if R.random() < 0.2 else host)


def exch_build():
    return '15.20.%d.%03d' % (R.randint(8700, 9350), R.randint(0, 45))


TLS = '(version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384)'


def rx_ms(d, n, region='eur', src=None, dst=None, gateway_from=None):
    """n Received: values (topmost first) for mail passing through Exchange Online.
    gateway_from: (host, ip) of an external sender's last relay, if not internal."""
    t = utc(d)
    src = src or exo(region)
    dst = dst or exo('eur')
    hops = []
    # bottom (oldest) first
    if gateway_from is None:
        if n >= 9:
            hops.append('from FHLONEXCH02.corp.fernleighhotels.com (10.20.4.12) by\n FHLONEXCH01.corp.fernleighhotels.com (10.20.4.11) with Microsoft SMTP Server\n ' + TLS.replace('\n', '\n ') + ' id\n 15.2.1544.11')
        if n >= 10:
            hops.insert(0, 'from FHLONEXCH01.corp.fernleighhotels.com (10.20.4.11) by\n FHLONEXCH02.corp.fernleighhotels.com (10.20.4.12) with mapi id 15.2.1544.11')
        f = fe80()
        hops.append('from %s\n ([%s]) by %s\n ([%s%%%d]) with mapi id %s' % (src, f, src, f, R.randint(3, 7), exch_build()))
        hops.append('from %s (%s)\n by %s (%s) with Microsoft SMTP Server\n %s id %s' % (src, v6(), exo(region), v6(), TLS, exch_build()))
        ob = R.choice(['EUR05-DB8-obe', 'EUR03-AM7-obe', 'EUR02-VI1-obe', 'EUR01-HE1-obe', 'NAM12-BN8-obe', 'NAM10-DM6-obe'])
        hops.append('from %s (%s)\n by %s.outbound.protection.outlook.com (%s) with\n Microsoft SMTP Server %s id %s' % (exo(region), v6(), ob, v6(), TLS, exch_build()))
        gw = ('%s.outbound.protection.outlook.com' % ob, '40.107.%d.%d' % (R.randint(1, 250), R.randint(1, 250)))
    else:
        gw = gateway_from
    eop = '%sEPF%08X' % (R.choice(['AMS1', 'AM2P', 'DB1P', 'DU6P', 'FRA1']), R.randint(0x100, 0xFFFF))
    hops.append('from %s\n by %s.mail.protection.outlook.com (10.167.%d.%d) with Microsoft SMTP\n Server %s id %s via Frontend Transport' % (gw[0] if '(' in gw[0] else '%s (%s)' % gw, eop, R.randint(1, 250), R.randint(1, 250), TLS, exch_build()))
    ca = '%sCA%04d' % (R.choice(['AS9PR06', 'DB8PR04', 'AM0PR02', 'PA7P264', 'DU2PR04']), R.randint(1, 9999))
    hops.append('from %s.eurprd04.prod.outlook.com (%s) by\n %s.outlook.office365.com (%s) with Microsoft SMTP Server\n %s id %s via Frontend Transport' % (eop, v6(), ca, v6(), TLS, exch_build()))
    hops.append('from %s.eurprd04.prod.outlook.com (%s)\n by %s (%s) with Microsoft SMTP Server\n %s id %s' % (ca, v6(), dst, v6(), TLS, exch_build()))
    hops.append('from %s (%s) by\n %s with HTTPS' % (dst, v6(), exo('eur')))
    hops = hops[-n:] if len(hops) >= n else hops
    out = []
    secs = 0
    for h in hops:
        secs += R.randint(0, 3)
        tt = t + dt.timedelta(seconds=secs)
        out.append(h + ';\n ' + rfcdate(tt))
    out.reverse()
    return out


def rx_google(d, n):
    """Received chain for a message from Gmail / Google Workspace into Exchange Online."""
    host = 'mail-%s-f%d.google.com' % (R.choice(['ej1', 'wm1', 'ed1', 'lf1', 'qk1', 'pl1']), R.randint(41, 199))
    ip = '209.85.%d.%d' % (R.randint(128, 222), R.randint(1, 250))
    t = utc(d)
    bottom = 'by %s with SMTP id %s.%d\n        for <helpline@fernleighhotels.com>; %s' % (
        host, rhex(12, False) + '-' + rhex(6, False) + 'so' + str(R.randint(100000, 9999999)), R.randint(1, 9),
        rfcdate(d))
    top = rx_ms(d, max(n - 1, 1), gateway_from=(host + ' (%s [%s])' % (host, ip), ip))
    return top + [bottom]


def auth_hdrs(dom, ip=None, arc=True, dkim=True, dmarc='pass', spf='pass', selector='selector1'):
    ip = ip or '40.107.%d.%d' % (R.randint(1, 250), R.randint(1, 250))
    h = []
    if arc:
        h.append(('ARC-Seal', 'i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b=' + fold_b64(rb64(256), 60, 74).replace('\n\t ', '\n ')))
        h.append(('ARC-Message-Signature', 'i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector10001;\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\n bh=' + rb64(32) + ';\n b=' + fold_b64(rb64(256), 60, 74).replace('\n\t ', '\n ')))
        h.append(('ARC-Authentication-Results', 'i=1; mx.microsoft.com 1; spf=%s\n smtp.mailfrom=%s; dmarc=%s action=none header.from=%s;\n dkim=%s header.d=%s; arc=none' % (spf, dom, dmarc, dom, 'pass' if dkim else 'none', dom)))
    if dkim:
        h.append(('DKIM-Signature', 'v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;\n s=%s;\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck;\n bh=%s;\n b=%s' % (dom, selector, rb64(32), fold_b64(rb64(256), 60, 74).replace('\n\t ', '\n '))))
    h.append(('Authentication-Results', 'spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n header.d=%s;dmarc=%s action=none\n header.from=%s;compauth=pass reason=100' % (spf, ip, dom, 'pass' if dkim else 'none', dom, dmarc, dom)))
    h.append(('Received-SPF', 'Pass (protection.outlook.com: domain of %s designates\n %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C' % (dom, ip, ip, 'EUR05-DB8-obe.outbound.protection.outlook.com')))
    return h

# --------------------------------------------------------------------------------------
# MIME assembly (hand-made, so the bytes are exactly what we want)
# --------------------------------------------------------------------------------------

class P:
    def __init__(self, headers, body):
        self.headers = headers
        self.body = body

    def render(self):
        out = b''
        for k, v in self.headers:
            if v is None:
                continue
            out += k.encode() + b': ' + (v if isinstance(v, bytes) else v.encode('utf-8')) + b'\n'
        return out + b'\n' + self.body


def encode_body(data, cte):
    if cte == 'quoted-printable':
        b = quopri.encodestring(data)
    elif cte == 'base64':
        b = base64.encodebytes(data)
    else:
        b = data
    if not b.endswith(b'\n'):
        b += b'\n'
    return b


DOWNGRADE = str.maketrans({'\u2013': '-', '\u2014': '-', '\u2019': "'", '\u2018': "'", '\u201c': '"', '\u201d': '"', '\u2026': '...'})


def leaf(mime, content, charset=None, cte='7bit', name=None, disp=None, extra=None, ctype=None, cte_header=True):
    if isinstance(content, str):
        err = 'xmlcharrefreplace' if mime == 'text/html' else 'strict'
        if mime == 'text/plain' and (charset or '').lower() in ('iso-8859-1', 'us-ascii'):
            content = content.translate(DOWNGRADE)
        data = content.encode(charset or 'utf-8', errors=err)
    else:
        data = content
    h = []
    if ctype is None:
        ctype = mime
        if charset:
            ctype += '; charset="%s"' % charset
        if name:
            ctype += ';\n\tname="%s"' % name
    h.append(('Content-Type', ctype))
    if disp is None and name:
        disp = 'attachment;\n\tfilename="%s"; size=%d' % (name, len(data))
    if cte_header:
        h.append(('Content-Transfer-Encoding', cte))
    if disp:
        h.append(('Content-Disposition', disp))
    h += extra or []
    return P(h, encode_body(data, cte))


def multi(sub, parts, boundary, preamble=None, params=''):
    body = b''
    if preamble:
        body += preamble.encode() + b'\n\n'
    for p in parts:
        body += b'--' + boundary.encode() + b'\n' + p.render()
        if not body.endswith(b'\n'):
            body += b'\n'
        body += b'\n'
    body += b'--' + boundary.encode() + b'--\n'
    return P([('Content-Type', 'multipart/%s;%s\n\tboundary="%s"' % (sub, params, boundary))], body)


def message(hdrs, part, nl='\n', mime_version='1.0', mv_pos='end'):
    out = b''
    all_h = list(hdrs)
    if mime_version and mv_pos == 'start':
        all_h.insert(0, ('MIME-Version', mime_version))
    all_h += part.headers
    if mime_version and mv_pos == 'end':
        all_h.append(('MIME-Version', mime_version))
    for k, v in all_h:
        if v is None:
            continue
        vb = v if isinstance(v, bytes) else v.encode('utf-8')
        out += k.encode() + b': ' + vb + b'\n'
    out += b'\n' + part.body
    if nl == '\r\n':
        out = out.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    return out


def ob_boundary(host, n=0):
    return '_%03d_%s%sPR%s_' % (n, host.split('.')[0], rhex(14), host.split('.')[1][:4])


def gm_boundary():
    return '0000000000%s' % rhex(16, False)


def apple_boundary(mobile=False):
    g = '%s-%s-%s-%s-%s' % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))
    return ('Apple-Mail-' if mobile else 'Apple-Mail=_') + g


def apple_id(dom='fernleighhotels.com'):
    return '<%s-%s-%s-%s-%s@%s>' % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12), dom)


def gm_id():
    return '<CA%s%s@mail.gmail.com>' % (R.choice(['F', 'H', 'J', 'K', 'M', 'P']), rb64(48).replace('/', '_').replace('+', '-')[:58])

# --------------------------------------------------------------------------------------
# headers: encoded words
# --------------------------------------------------------------------------------------

def ew_b(text, charset='utf-8'):
    return '=?%s?B?%s?=' % (charset, base64.b64encode(text.encode(charset)).decode())


def ew_q(text, charset='utf-8'):
    out = ''
    for byte in text.encode(charset):
        c = chr(byte)
        if c == ' ':
            out += '_'
        elif c.isalnum() and byte < 128:
            out += c
        elif c in '-!*+/.,:' and byte < 128:
            out += c
        else:
            out += '=%02X' % byte
    return '=?%s?Q?%s?=' % (charset, out)


def ew_multi(text, charset='utf-8', kind='b', chunk=None):
    """Encode a long header text as several encoded words, folded (may split inside a word)."""
    chunk = chunk or (28 if kind == 'b' else 18)
    pieces = [text[i:i + chunk] for i in range(0, len(text), chunk)]
    f = ew_b if kind == 'b' else ew_q
    return '\n '.join(f(p, charset) for p in pieces)


def auto_subject(subject, cs, kind):
    if subject.isascii():
        return subject, []
    if cs.lower() != 'utf-8':
        try:
            subject.encode(cs)
        except UnicodeEncodeError:
            cs = 'utf-8'
    return ew_multi(subject, cs, kind), ['rfc2047-%s-%s' % (kind, cs.lower())]


def addr(name, a):
    if name is None:
        return a
    if any(c in name for c in ',.()@:;"') and not name.startswith('='):
        return '"%s" <%s>' % (name.replace('"', ''), a)
    return '%s <%s>' % (name, a)


def name_hdr(name, a, enc=None, charset='utf-8'):
    """From/To value; enc in None, 'q', 'b', 'raw' (8-bit as given)."""
    if enc == 'q':
        return '%s <%s>' % (ew_q(name, charset), a)
    if enc == 'b':
        return '%s <%s>' % (ew_b(name, charset), a)
    return addr(name, a)

# --------------------------------------------------------------------------------------
# attachments
# --------------------------------------------------------------------------------------

def png(w=120, h=60, accent=(122, 63, 191), seed=0):
    rows = b''
    for y in range(h):
        row = b'\x00'
        for x in range(w):
            if y < 10:
                px = (40, 44, 52)
            elif x > w - 18 and y > h - 18:
                px = accent
            elif 14 < y < 22 and 6 < x < (w * 2) // 3:
                px = (200, 205, 214)
            elif (y + seed) % 12 in (0, 1) and x > 6:
                px = (232, 235, 240)
            else:
                px = (255, 255, 255)
            row += bytes(px)
        rows += row

    def chunk(t, d):
        c = struct.pack('>I', len(d)) + t + d
        return c + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(rows, 9)) + chunk(b'IEND', b''))


def pdf(lines, title='Document'):
    def esc(s):
        return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
    stream = 'BT /F1 11 Tf 56 780 Td 14 TL\n' + ''.join('(%s) Tj T*\n' % esc(l) for l in lines) + 'ET'
    objs = [
        '<< /Type /Catalog /Pages 2 0 R >>',
        '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
        '<< /Length %d >>\nstream\n%s\nendstream' % (len(stream.encode('latin-1')), stream),
        '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
        '<< /Title (%s) /Producer (Microsoft\\256 Word for Microsoft 365) >>' % esc(title),
    ]
    out = b'%PDF-1.7\n%\xe2\xe3\xcf\xd3\n'
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += ('%d 0 obj\n%s\nendobj\n' % (i, o)).encode('latin-1')
    x = len(out)
    out += ('xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)).encode()
    for o in offs:
        out += ('%010d 00000 n \n' % o).encode()
    out += ('trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, x)).encode()
    return out


def ics(method, summary, start, end, organizer, attendees, uid=None, location='', desc='', partstat=None, tzid='GMT Standard Time', comment=None):
    def f(d):
        return d.strftime('%Y%m%dT%H%M%S')
    lines = ['BEGIN:VCALENDAR', 'METHOD:%s' % method, 'PRODID:Microsoft Exchange Server 2010', 'VERSION:2.0',
             'BEGIN:VTIMEZONE', 'TZID:%s' % tzid, 'BEGIN:STANDARD', 'DTSTART:16010101T020000',
             'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0000', 'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10',
             'END:STANDARD', 'BEGIN:DAYLIGHT', 'DTSTART:16010101T010000', 'TZOFFSETFROM:+0000',
             'TZOFFSETTO:+0100', 'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3', 'END:DAYLIGHT',
             'END:VTIMEZONE', 'BEGIN:VEVENT']
    lines.append('ORGANIZER;CN=%s:mailto:%s' % organizer)
    for (n, a) in attendees:
        if partstat:
            lines.append('ATTENDEE;PARTSTAT=%s;CN=%s:mailto:%s' % (partstat, n, a))
        else:
            lines.append('ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=%s:mailto:%s' % (n, a))
    if comment:
        lines.append('COMMENT;LANGUAGE=en-GB:%s' % comment)
    if desc:
        lines.append('DESCRIPTION;LANGUAGE=en-GB:%s' % desc.replace('\n', '\\n'))
    lines += ['UID:%s' % (uid or '040000008200E00074C5B7101A82E008000000%s' % rhex(40)),
              'SUMMARY;LANGUAGE=en-GB:%s' % summary,
              'DTSTART;TZID=%s:%s' % (tzid, f(start)), 'DTEND;TZID=%s:%s' % (tzid, f(end)),
              'CLASS:PUBLIC', 'PRIORITY:5', 'DTSTAMP:%sZ' % f(utc(start) - dt.timedelta(days=2)),
              'TRANSP:OPAQUE', 'STATUS:CONFIRMED', 'SEQUENCE:0']
    if location:
        lines.append('LOCATION;LANGUAGE=en-GB:%s' % location)
    lines += ['END:VEVENT', 'END:VCALENDAR']
    # fold long lines at 75 octets as RFC 5545 requires
    out = []
    for l in lines:
        while len(l) > 75:
            out.append(l[:75])
            l = ' ' + l[75:]
        out.append(l)
    return '\r\n'.join(out) + '\r\n'


def tnef():
    body = b'\x78\x9f\x3e\x22' + struct.pack('<H', R.randint(1, 0xfffe)) + b'\x01\x06\x90\x08\x00\x04\x00\x00\x00\x00\x00\x01\x00\x01\x00\x01\x07\x90\x06\x00\x08\x00\x00\x00\xe4\x04\x00\x00\x00\x00\x00\x00\xe8\x00'
    body += b'\x01\x0d\x80\x04\x00\x02\x00\x00\x00\x02\x00\x02\x00\x01\x05\x80\x03\x00\x0e\x00\x00\x00'
    body += rbytes(420)
    return body

# --------------------------------------------------------------------------------------
# body rendering
# --------------------------------------------------------------------------------------

HTML_HEAD = '''<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=%(cs)s">
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
	{font-family:%(font)s;
	panose-1:2 15 5 2 2 2 4 3 2 4;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"%(font)s",sans-serif;
	mso-fareast-language:EN-US;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:#0563C1;
	text-decoration:underline;}
span.EmailStyle%(sn)d
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
'''


def esc(s):
    return html.escape(s, quote=False)


def linkify(s):
    s = esc(s)
    out = []
    for w in s.split(' '):
        if '@' in w and '.' in w and not w.startswith('&lt;'):
            w2 = w.rstrip('.,;)')
            out.append('<a href="mailto:%s">%s</a>%s' % (w2, w2, w[len(w2):]))
        elif w.startswith('www.') or w.startswith('https://'):
            w2 = w.rstrip('.,;)')
            href = w2 if w2.startswith('http') else 'https://' + w2
            out.append('<a href="%s"><span style="color:#0563C1">%s</span></a>%s' % (href, w2, w[len(w2):]))
        else:
            out.append(w)
    return ' '.join(out)


def html_paras(text, span_style=None):
    out = []
    for line in text.split('\n'):
        if line.strip() == '':
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        else:
            t = linkify(line)
            if span_style:
                t = '<span style="%s">%s<o:p></o:p></span>' % (span_style, t)
            else:
                t += '<o:p></o:p>'
            out.append('<p class="MsoNormal">%s</p>' % t)
    return '\n'.join(out)


def sig_html(sig, color='#1F3864'):
    if not sig:
        return ''
    out = ['<p class="MsoNormal"><o:p>&nbsp;</o:p></p>']
    for i, line in enumerate(sig):
        if i == 0:
            out.append('<p class="MsoNormal"><b><span style="font-size:10.0pt;color:%s">%s</span></b><span style="font-size:10.0pt;color:%s"><o:p></o:p></span></p>' % (color, esc(line), color))
        elif line == '':
            out.append('<p class="MsoNormal"><span style="font-size:9.0pt"><o:p>&nbsp;</o:p></span></p>')
        else:
            out.append('<p class="MsoNormal"><span style="font-size:9.0pt;color:#595959">%s<o:p></o:p></span></p>' % linkify(line))
    return '\n'.join(out)


def disc_html(disc):
    if not disc:
        return ''
    out = ['<p class="MsoNormal"><o:p>&nbsp;</o:p></p>']
    for para in disc.split('\n'):
        out.append('<p class="MsoNormal"><span style="font-size:7.5pt;font-family:&quot;Arial&quot;,sans-serif;color:#7F7F7F">%s<o:p></o:p></span></p>' % linkify(para))
    return '\n'.join(out)


def q_header_html(q, lang):
    L = QLABELS[lang]
    rows = ['<b>%s</b> %s' % (L[0], esc(q['from']))]
    rows.append('<b>%s</b> %s' % (L[1], esc(q['sent'])))
    rows.append('<b>%s</b> %s' % (L[2], esc(q['to'])))
    if q.get('cc'):
        rows.append('<b>%s</b> %s' % (L[3], esc(q['cc'])))
    rows.append('<b>%s</b> %s' % (L[4], esc(q['subject'])))
    return ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
            '<p class="MsoNormal">' + '<br>\n'.join(rows) + '<o:p></o:p></p>\n</div>\n</div>\n'
            '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')


def q_header_text(q, lang, style='outlook'):
    L = QLABELS[lang]
    if style == 'original':
        lines = ['-----Original Message-----']
    else:
        lines = []
    lines.append('%s %s' % (L[0], q['from']))
    lines.append('%s %s' % (L[1], q['sent']))
    lines.append('%s %s' % (L[2], q['to']))
    if q.get('cc'):
        lines.append('%s %s' % (L[3], q['cc']))
    lines.append('%s %s' % (L[4], q['subject']))
    return '\n'.join(lines)


def outlook_bodies(text, sig=None, disc=None, quotes=None, lang='en', html_lang='EN-GB', font='Calibri',
                   cs='windows-1252', qstyle='outlook', compose='reply'):
    """Return (plain, html) for an Outlook-desktop message."""
    sig = sig or []
    quotes = quotes or []
    plain = text.rstrip('\n') + '\n\n'
    if sig:
        plain += '\n'.join(sig) + '\n\n'
    if disc:
        plain += disc + '\n'
    for q in quotes:
        plain += '\n' + ('________________________________\n' if qstyle == 'rule' else '')
        plain += q_header_text(q, lang, 'original' if qstyle == 'original' else 'outlook') + '\n\n'
        plain += q['body'].rstrip('\n') + '\n'
        if q.get('sig'):
            plain += '\n' + '\n'.join(q['sig']) + '\n'
        if q.get('disc'):
            plain += '\n' + q['disc'] + '\n'
    h = HTML_HEAD % dict(cs=cs, font=font, lang=html_lang, sn=R.choice([17, 18, 19, 20, 21]),
                         kind='reply' if quotes else 'compose')
    h += html_paras(text) + '\n' + sig_html(sig) + '\n' + disc_html(disc) + '\n'
    for q in quotes:
        h += '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n<div>\n' + q_header_html(q, lang) + '\n'
        h += html_paras(q['body']) + '\n'
        if q.get('sig'):
            h += sig_html(q['sig']) + '\n'
        if q.get('disc'):
            h += disc_html(q['disc']) + '\n'
        h += '</div>\n'
    h += '</div>\n</body>\n</html>\n'
    return plain, h


def gt_quote(text):
    return '\n'.join(('> ' + l) if l else '>' for l in text.rstrip('\n').split('\n'))


def gmail_attr(d, name, a, lang='en'):
    if lang == 'de':
        return 'Am %s., %d. %s %d um %02d:%02d Uhr schrieb %s <%s>:' % (DAYS['de'][d.weekday()][:2], d.day, MONTHS['de'][d.month - 1], d.year, d.hour, d.minute, name, a)
    if lang == 'es':
        return 'El %s, %d %s %d a las %d:%02d, %s (<%s>) escribió:' % (DAYS['es'][d.weekday()][:3], d.day, MONTHS['es'][d.month - 1][:3], d.year, d.hour, d.minute, name, a)
    if lang == 'fr':
        return 'Le %s. %d %s %d à %02d:%02d, %s <%s> a écrit :' % (DAYS['fr'][d.weekday()][:3], d.day, MONTHS['fr'][d.month - 1], d.year, d.hour, d.minute, name, a)
    if lang == 'pt':
        return 'Em %s., %d de %s. de %d às %02d:%02d, %s <%s> escreveu:' % (DAYS['pt'][d.weekday()][:3], d.day, MONTHS['pt'][d.month - 1][:3], d.year, d.hour, d.minute, name, a)
    return 'On %s, %d %s %d at %02d:%02d, %s <%s> wrote:' % (WD[d.weekday()], d.day, MON[d.month - 1], d.year, d.hour, d.minute, name, a)


def gmail_html(text, sig=None, quote_attr=None, quote_body=None, fwd=None):
    def lines(t):
        return '<br>'.join(esc(l) for l in t.rstrip('\n').split('\n'))
    h = '<div dir="ltr">' + lines(text)
    if sig:
        h += '<br><br><div><div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature"><div dir="ltr">' + '<br>'.join(linkify(l) for l in sig) + '</div></div></div>'
    h += '</div>'
    if fwd:
        h += '<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">' + '<br>'.join(esc(l) for l in fwd[0].split('\n')) + '<br></div><br><br>' + '<div dir="ltr">' + lines(fwd[1]) + '</div>\n</div>'
    if quote_attr:
        h += '<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">' + esc(quote_attr) + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex"><div dir="ltr">' + lines(quote_body) + '</div>\n</blockquote></div>'
    return h + '\n'

# --------------------------------------------------------------------------------------
# client builders: each returns (raw_bytes, format_tags)
# --------------------------------------------------------------------------------------

def pick_cte(cte, data_is_ascii):
    return cte


def outlook(frm, subject, date, text, sig=None, disc=None, quotes=None, to=None, cc=None, lang='en',
            html_lang='EN-GB', mode='alt', cs='windows-1252', cte='quoted-printable', cte_html=None,
            attachments=None, msgid='normal', in_reply=False, received=6, auth=True, region='eur',
            nl='\r\n', extra=None, subject_hdr=None, from_hdr=None, to_hdr=None, qstyle='outlook',
            font='Calibri', client='win', importance=None, accept_lang='en-GB, en-US', tags=None):
    tags = list(tags or [])
    frm_name, frm_addr = frm
    dom = frm_addr.split('@')[1]
    src = exo(region)
    plain, h = outlook_bodies(text, sig, disc, quotes, lang, html_lang, font, cs, qstyle)
    cte_html = cte_html or cte
    hdrs = []
    if received:
        for r in rx_ms(date, received, region, src=src):
            hdrs.append(('Received', r))
        tags.append('received-%d' % received)
    if auth:
        hdrs += auth_hdrs(dom)
        tags.append('dkim-arc-auth')
    hdrs.append(('From', from_hdr or name_hdr(frm_name, frm_addr)))
    hdrs.append(('To', to_hdr or addr(*(to or HELP))))
    if cc:
        hdrs.append(('CC', ', '.join(addr(n, a) for n, a in cc)))
    if subject_hdr is None:
        subject_hdr, t2 = auto_subject(subject, cs if cs != 'windows-1252' or R.random() < 0.5 else 'utf-8', 'b' if R.random() < 0.6 else 'q')
        tags += t2
    hdrs.append(('Subject', subject_hdr))
    topic = subject
    for pre in ('RE: ', 'FW: ', 'AW: ', 'WG: ', 'RV: ', 'TR : ', 'RE : ', 'ENC: ', 'Fwd: ', 'Re: '):
        if topic.startswith(pre):
            topic = topic[len(pre):]
    if client in ('win', 'mac', 'owa'):
        hdrs.append(('Thread-Topic', topic if all(ord(c) < 128 for c in topic) else (ew_q(topic) if R.random() < 0.5 else ew_b(topic))))
        hdrs.append(('Thread-Index', 'A' + rb64(21 + 5 * len(quotes or []))[:28 + 7 * len(quotes or [])]))
    if importance:
        hdrs.append(('Importance', importance))
        hdrs.append(('X-Priority', '1' if importance == 'high' else '5'))
    hdrs.append(('Date', rfcdate(date)))
    mid = ms_id(src)
    if msgid == 'normal':
        hdrs.append(('Message-ID', mid))
    elif msgid == 'nobrackets':
        hdrs.append(('Message-ID', mid.strip('<>')))
        tags.append('msgid-no-brackets')
    else:
        tags.append('no-msgid')
    if in_reply:
        ref = ms_id(exo(region))
        refs = [ms_id(exo(region)) for _ in range(len(quotes or []) - 1)] + [ref]
        hdrs.append(('References', '\n '.join(refs)))
        hdrs.append(('In-Reply-To', ref))
    if client == 'mac':
        hdrs.append(('User-Agent', 'Microsoft-MacOutlook/16.%d.%d' % (R.randint(80, 95), R.randint(24010000, 26031999))))
    elif client == 'win' and R.random() < 0.35:
        hdrs.append(('X-Mailer', 'Microsoft Outlook 16.0'))
    hdrs.append(('Accept-Language', accept_lang))
    hdrs.append(('Content-Language', {'EN-GB': 'en-GB', 'EN-US': 'en-US', 'DE': 'de-DE', 'ES': 'es-ES', 'FR': 'fr-FR', 'PT': 'pt-PT'}.get(html_lang, 'en-GB')))
    hdrs.append(('X-MS-Has-Attach', 'yes' if attachments else ''))
    hdrs.append(('X-MS-TNEF-Correlator', ''))
    if R.random() < 0.5:
        hdrs.append(('msip_labels', ''))
    hdrs.append(('x-ms-publictraffictype', 'Email'))
    hdrs.append(('X-MS-Exchange-Organization-SCL', '-1'))
    hdrs.append(('X-MS-Exchange-Organization-AuthAs', 'Internal'))
    hdrs += extra or []
    host = src
    if mode == 'html':
        body = leaf('text/html', h, cs, cte_html)
        tags.append('outlook-html-only')
    elif mode == 'plain':
        body = leaf('text/plain', plain, cs, cte)
        tags.append('outlook-plain')
    else:
        body = multi('alternative', [leaf('text/plain', plain, cs, cte), leaf('text/html', h, cs, cte_html)],
                     ob_boundary(host, 0))
        tags.append('outlook-alt')
    tags.append('%s-%s' % ({'quoted-printable': 'qp', 'base64': 'base64', '8bit': '8bit', '7bit': '7bit'}[cte], cs))
    if cte_html != cte:
        tags.append('html-%s' % cte_html)
    if attachments:
        body = multi('mixed', [body] + attachments, ob_boundary(host, 4))
    if quotes:
        tags.append({'outlook': 'reply-outlook-block', 'original': 'reply-original-message', 'rule': 'reply-outlook-block'}[qstyle])
    if disc:
        tags.append('disclaimer')
    if nl == '\r\n':
        tags.append('crlf')
    return message(hdrs, body, nl), tags


def gmail(frm, subject, date, text, sig=None, to=None, cc=None, quote=None, fwd=None, lang='en',
          attachments=None, received=5, auth=True, msgid='normal', subject_hdr=None, from_hdr=None,
          cte=None, nl='\n', extra=None, in_reply=False, tags=None):
    """quote = (attr_line, quoted_text);  fwd = (header_block, forwarded_text)"""
    tags = list(tags or [])
    plain = text.rstrip('\n') + '\n'
    if sig:
        plain += '\n--\n' + '\n'.join(sig) + '\n'
    if fwd:
        plain += '\n' + fwd[0] + '\n\n\n' + fwd[1].rstrip('\n') + '\n'
        tags.append('fwd-gmail')
    if quote:
        plain += '\n' + quote[0] + '\n\n' + gt_quote(quote[1]) + '\n'
        tags.append('reply-on-wrote')
    h = gmail_html(text, sig, quote[0] if quote else None, quote[1] if quote else None, fwd)
    is_ascii = all(ord(c) < 128 for c in plain + h)
    if cte is None:
        cte = '7bit' if is_ascii else 'quoted-printable'
    hdrs = []
    if received:
        for r in rx_google(date, received):
            hdrs.append(('Received', r))
        hdrs.append(('X-Received', 'by 2002:a05:%s:%s:b0:%s:%s with SMTP id %s;\n        %s' % (
            rhex(4, False), rhex(3, False), rhex(3, False), rhex(5, False), rhex(12, False), rfcdate(later(date, 1)))))
        tags.append('received-%d' % received)
    dom = frm[1].split('@')[1]
    if auth:
        hdrs += auth_hdrs(dom, ip='209.85.%d.%d' % (R.randint(128, 222), R.randint(1, 250)), selector='google')
        tags.append('dkim-arc-auth')
    hdrs.append(('MIME-Version', '1.0'))
    hdrs.append(('From', from_hdr or name_hdr(*frm)))
    hdrs.append(('Date', rfcdate(date)))
    mid = gm_id()
    if msgid == 'normal':
        hdrs.append(('Message-ID', mid))
    elif msgid == 'nobrackets':
        hdrs.append(('Message-ID', mid.strip('<>')))
        tags.append('msgid-no-brackets')
    else:
        tags.append('no-msgid')
    if in_reply:
        r = gm_id()
        hdrs.append(('References', r))
        hdrs.append(('In-Reply-To', r))
    if subject_hdr is None:
        subject_hdr, t2 = auto_subject(subject, 'UTF-8', 'q' if R.random() < 0.5 else 'b')
        tags += t2
    hdrs.append(('Subject', subject_hdr))
    hdrs.append(('To', addr(*(to or HELP))))
    if cc:
        hdrs.append(('Cc', ', '.join(addr(n, a) for n, a in cc)))
    hdrs += extra or []
    ctag = {'7bit': '7bit', 'quoted-printable': 'qp', 'base64': 'base64'}[cte]
    body = multi('alternative', [leaf('text/plain', plain, 'UTF-8', cte, cte_header=(cte != '7bit')),
                                 leaf('text/html', h, 'UTF-8', cte, cte_header=(cte != '7bit'))], gm_boundary())
    tags += ['gmail-alt', '%s-utf8' % ctag]
    if attachments:
        body = multi('mixed', [body] + attachments, gm_boundary())
    if nl == '\r\n':
        tags.append('crlf')
    return message(hdrs, body, nl, mime_version=None), tags


def apple(frm, subject, date, text, to=None, cc=None, mobile=False, mobile_sig='Sent from my iPhone',
          quote=None, fwd=None, html_too=True, attachments=None, received=5, auth=False, msgid='normal',
          subject_hdr=None, from_hdr=None, cte='quoted-printable', cs='utf-8', nl='\n', extra=None,
          in_reply=False, tags=None):
    """Apple Mail on Mac or iPhone.  quote=(attr, text); fwd=(hdr_block, text)"""
    tags = list(tags or [])
    plain = text.rstrip('\n') + '\n'
    if mobile:
        plain += '\n' + mobile_sig + '\n'
        tags.append('mobile-sig')
    if fwd:
        plain += '\n' + fwd[0] + '\n\n' + fwd[1].rstrip('\n') + '\n'
        tags.append('fwd-begin-forwarded')
    if quote:
        if mobile:
            plain += '\n' + gt_quote(quote[0] + '\n\n' + quote[1]) + '\n'
        else:
            plain += '\n' + quote[0] + '\n\n' + gt_quote(quote[1]) + '\n'
        tags.append('reply-on-wrote')
    hdrs = []
    if received:
        relay = 'mail-relay-%02d.fernleighhotels.com' % R.randint(1, 6)
        for r in rx_ms(date, received, gateway_from=(relay + ' (%s)' % '51.140.%d.%d' % (R.randint(1, 250), R.randint(1, 250)), '51.140.%d.%d' % (R.randint(1, 250), R.randint(1, 250)))):
            hdrs.append(('Received', r))
        tags.append('received-%d' % received)
    if auth:
        hdrs += auth_hdrs(frm[1].split('@')[1], arc=False)
        tags.append('dkim-auth')
    parts_text = leaf('text/plain', plain, cs, cte)
    if html_too:
        hb = '<html><head><meta http-equiv="content-type" content="text/html; charset=%s"></head><body dir="auto">' % cs
        hb += '<div dir="ltr"></div>' if mobile else ''
        hb += '<br>'.join(esc(l) for l in text.rstrip('\n').split('\n'))
        if mobile:
            hb += '<br><br><div dir="ltr">%s</div>' % esc(mobile_sig)
        if fwd:
            hb += '<div dir="ltr"><br><blockquote type="cite">' + '<br>'.join(esc(l) for l in (fwd[0] + '\n\n' + fwd[1]).split('\n')) + '</blockquote></div>'
        if quote:
            hb += '<div dir="ltr"><br><blockquote type="cite">' + esc(quote[0]) + '<br><br>' + '<br>'.join(esc(l) for l in quote[1].split('\n')) + '</blockquote></div>'
        hb += '</body></html>\n'
        body = multi('alternative', [parts_text, leaf('text/html', hb, cs, cte)], apple_boundary(mobile))
        tags.append('apple-alt')
    else:
        body = parts_text
        tags.append('apple-plain')
    tags.append('%s-%s' % ({'quoted-printable': 'qp', 'base64': 'base64', '8bit': '8bit', '7bit': '7bit'}[cte], cs))
    if attachments:
        body = multi('mixed', [body] + attachments, apple_boundary(mobile))
    hdrs.append(('From', from_hdr or name_hdr(*frm)))
    hdrs.append(('Mime-Version', '1.0 (1.0)' if mobile else '1.0 (Mac OS X Mail 16.0 \\(3826.500.181.1.5\\))'))
    hdrs.append(('Date', rfcdate(date)))
    if subject_hdr is None:
        subject_hdr, t2 = auto_subject(subject, 'utf-8', 'q')
        tags += t2
    hdrs.append(('Subject', subject_hdr))
    mid = apple_id()
    if msgid == 'normal':
        hdrs.append(('Message-Id', mid))
    elif msgid == 'nobrackets':
        hdrs.append(('Message-Id', mid.strip('<>')))
        tags.append('msgid-no-brackets')
    else:
        tags.append('no-msgid')
    if in_reply:
        r = ms_id(exo())
        hdrs.append(('In-Reply-To', r))
        hdrs.append(('References', r))
    hdrs.append(('To', addr(*(to or HELP))))
    if cc:
        hdrs.append(('Cc', ', '.join(addr(n, a) for n, a in cc)))
    hdrs.append(('X-Mailer', 'iPhone Mail (22E%d)' % R.randint(200, 260) if mobile else 'Apple Mail (2.3826.500.181.1.5)'))
    hdrs += extra or []
    if nl == '\r\n':
        tags.append('crlf')
    # Apple puts Content-Type first
    hdrs = [h for h in hdrs if h[0] == 'Received' or h[0].startswith('ARC') or h[0].startswith('DKIM') or h[0].startswith('Auth') or h[0] == 'Received-SPF'] + body.headers + [h for h in hdrs if not (h[0] == 'Received' or h[0].startswith('ARC') or h[0].startswith('DKIM') or h[0].startswith('Auth') or h[0] == 'Received-SPF')]
    return message(hdrs, P([], body.body), nl, mime_version=None), tags


# --------------------------------------------------------------------------------------
# registry of messages
# --------------------------------------------------------------------------------------

MSGS = []


def add(key, built, category, actions, article, language, extra_fmt='', notes=''):
    raw, tags = built
    fmt = tags + ([t for t in extra_fmt.split(';') if t] if extra_fmt else [])
    MSGS.append(dict(key=key, raw=raw, category=category, actions=actions, article=article,
                     language=language, format=';'.join(dict.fromkeys(fmt)), notes=notes))

# ======================================================================================
# people, signatures and disclaimers
# ======================================================================================

DISC_UK = ('CONFIDENTIALITY NOTICE: This e-mail and any files transmitted with it are CONFIDENTIAL and may be legally privileged. '
           'They are intended solely for the use of the individual or entity to whom they are addressed. If you have received this '
           'e-mail in error, please notify the sender immediately by return e-mail and delete it from your system; you must not copy, '
           'disclose or distribute its contents. Fernleigh Hotels & Resorts Limited is registered in England and Wales, company no. '
           '04518832, registered office Fernleigh House, 22 Wigmore Street, London W1U 2RF. E-mail is not a secure medium and Fernleigh '
           'accepts no liability for any error, omission or virus it may contain.\n'
           'Please consider the environment before printing this e-mail.')
DISC_UK2 = ('IMPORTANT: Fernleigh Hotels & Resorts will never ask you to change bank details by e-mail. If you receive an URGENT request '
            'to make a payment or to change payment details, verify it by telephone with a known contact before acting on it.\n'
            'This message is CONFIDENTIAL and intended only for the addressee. If you are not the intended recipient, please tell the '
            'sender immediately and delete the message; any use of its contents is prohibited. Views expressed are those of the '
            'individual and not necessarily of Fernleigh Hotels & Resorts Limited (registered in England and Wales, no. 04518832).')
DISC_US = ('CONFIDENTIALITY NOTICE: The information in this e-mail, including any attachments, is confidential and intended only for the '
           'named recipient(s). If you are not the intended recipient, you are hereby notified that any review, dissemination or '
           'copying is strictly prohibited. If you received this message in error, please contact the sender immediately and destroy '
           'all copies. Fernleigh Hotels & Resorts (USA), Inc., 1180 Avenue of the Americas, New York, NY 10036.')
DISC_DE = ('Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind '
           'oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail. '
           'Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser E-Mail sind nicht gestattet.\n'
           'Fernleigh Hotels Deutschland GmbH · Sitz: Berlin · Amtsgericht Charlottenburg HRB 187452 B · '
           'Geschäftsführung: Dr. Matthias Reuter, Claire Donnelly')
DISC_ES = ('AVISO LEGAL: Este mensaje y sus archivos adjuntos son CONFIDENCIALES y van dirigidos exclusivamente a su destinatario. '
           'Si usted lo ha recibido por error, le rogamos que lo comunique inmediatamente al remitente y proceda a su eliminación. '
           'De conformidad con el Reglamento (UE) 2016/679 (RGPD), le informamos de que sus datos serán tratados por Fernleigh Hoteles '
           'España, S.L. (CIF B-87654321, Paseo de la Castellana 95, 28046 Madrid) con la finalidad de gestionar la relación mantenida. '
           'Puede ejercer sus derechos en privacidad@fernleighhotels.es.')
DISC_FR = ('AVERTISSEMENT : Ce message et toutes les pièces jointes sont CONFIDENTIELS et établis à l\'intention exclusive de leurs '
           'destinataires. Si vous avez reçu ce message par erreur, merci d\'en avertir immédiatement l\'expéditeur et de le détruire. '
           'Toute utilisation ou diffusion non autorisée est interdite.\n'
           'Fernleigh Hôtels France SAS – RCS Paris 812 345 678 – 9 rue Scribe, 75009 Paris.\n'
           'Pensez à l\'environnement avant d\'imprimer ce message.')
DISC_PT = ('AVISO DE CONFIDENCIALIDADE: Esta mensagem e quaisquer anexos são CONFIDENCIAIS e destinam-se exclusivamente ao(s) '
           'destinatário(s) indicado(s). Se recebeu esta mensagem por erro, por favor informe imediatamente o remetente e elimine-a '
           'do seu sistema. Fernleigh Hotéis Portugal, Lda. – NIPC 514 987 321 – Avenida da Liberdade 190, 1250-147 Lisboa.')

HO = ['Fernleigh Hotels & Resorts | Head Office', 'Fernleigh House, 22 Wigmore Street, London W1U 2RF']
CRC = ['Fernleigh Hotels & Resorts | Central Reservations Centre', 'Quay House, 3 Salford Quays, Manchester M50 3AZ']


def person(name, a, title, place, phone, extra=None):
    sig = [name, title] + place + [phone] + (extra or ['www.fernleighhotels.com'])
    return dict(name=name, addr=a, sig=sig, frm=(name, a))


HARRIET = person('Harriet Ashworth', 'harriet.ashworth@fernleighhotels.com', 'Senior Recruiting Coordinator | Talent Acquisition', HO,
                 'T: +44 (0)20 7946 0312 | M: +44 (0)7700 900418', ['www.fernleighhotels.com | Pronouns: she/her'])
PRIYA = person('Priya Raman', 'priya.raman@fernleighhotels.com', 'Recruiter – Culinary, Food & Beverage', HO,
               'T: +44 (0)20 7946 0377', ['www.fernleighhotels.com', 'Follow us: Instagram @fernleighhotels | LinkedIn Fernleigh Hotels & Resorts'])
OLIVER = person('Oliver Pennington', 'oliver.pennington@fernleighhotels.com', 'Recruiting Operations Manager (GoodTime admin)', HO,
                'T: +44 (0)20 7946 0350 | M: +44 (0)7700 900233')
CHARLOTTE = person('Charlotte Beaumont-Hayes', 'charlotte.beaumont-hayes@fernleighhotels.com', 'Executive Assistant to the Chief Operating Officer', HO,
                   'T: +44 (0)20 7946 0301')
TOM = person('Tom Whitcombe', 'tom.whitcombe@fernleighhotels.com', 'Graduate Recruitment Coordinator – Fernleigh Futures Programme', HO,
             'T: +44 (0)20 7946 0389')
AMARA = person('Amara Okafor', 'amara.okafor@fernleighhotels.com', 'Talent Acquisition Partner – Rooms Division', HO,
               'T: +44 (0)20 7946 0364 | M: +44 (0)7700 900571')
DANIEL = person('Daniel Kowalski', 'daniel.kowalski@fernleighhotels.com', 'Recruiting Coordinator', CRC,
                'T: +44 (0)161 496 0724 | Ext. 4724')
MEGAN = person("Megan O'Rourke", 'megan.orourke@fernleighhotels.com', 'Recruiting Coordinator – Reservations & Guest Contact', CRC,
               'T: +44 (0)161 496 0731')
SOPHIE = person('Sophie Fairbanks', 'sophie.fairbanks@fernleighhotels.com', 'Head of Talent Acquisition, Europe & Americas', HO,
                'T: +44 (0)20 7946 0300 | M: +44 (0)7700 900102', ['www.fernleighhotels.com', 'Executive Assistant: Charlotte Beaumont-Hayes'])
REBECCA = person('Rebecca Lister', 'rebecca.lister@fernleighhotels.co.uk', 'HR Business Partner',
                 ['Fernleigh Hall Country Resort & Spa', 'Lower Slaughter, Cheltenham, Gloucestershire GL54 2HP'],
                 'T: +44 (0)1451 496 210', ['www.fernleighhall.co.uk'])
FIONA = person('Fiona MacLeod', 'fiona.macleod@fernleighhotels.co.uk', 'Recruiting Coordinator – Scotland',
               ['Fernleigh Edinburgh', '41 Queen Street, Edinburgh EH2 3NH'], 'T: +44 (0)131 496 0188')
NATHAN = person('Nathan Brooks', 'nathan.brooks@fernleighhotels.com', 'Recruiter – Events, Conferences & Sales', HO,
                'T: +44 (0)20 7946 0395 | M: +44 (0)7700 900844')
LAUREN = person('Lauren Hartley', 'lauren.hartley@fernleighhotels.co.uk', 'Recruitment Coordinator',
                ['Fernleigh Kensington', '118 Cromwell Road, London SW7 4ES'], 'T: +44 (0)20 7946 0855')
JAMES = person('James Thornbury', 'james.thornbury@fernleighhotels.com', 'Talent Acquisition Coordinator', CRC,
               'T: +44 (0)161 496 0719')
US_NY = ['Fernleigh Hotels & Resorts (USA), Inc.', '1180 Avenue of the Americas, New York, NY 10036']
JESSICA = person('Jessica Delgado', 'jessica.delgado@fernleighhotels.com', 'Senior Recruiter, Americas', US_NY,
                 'O: (212) 555-0147 | C: (917) 555-0183')
MARCUS = person('Marcus Bell', 'marcus.bell@fernleighhotels.com', 'Recruiting Coordinator – Fernleigh Boston',
                ['Fernleigh Boston Back Bay', '350 Boylston Street, Boston, MA 02116'], 'O: (617) 555-0162')
KIM = person('Kimberly Tran', 'kimberly.tran@fernleighhotels.com', 'Talent Acquisition Coordinator, Americas', US_NY,
             'O: (212) 555-0129')
GRACE = person('Grace Whitfield', 'grace.whitfield@fernleighhotels.com', 'People Systems Analyst | People Technology', HO,
               'T: +44 (0)20 7946 0342')

DE_BER = ['Fernleigh Berlin Mitte', 'Friedrichstraße 148, 10117 Berlin']
DE_MUC = ['Fernleigh München', 'Maximilianstraße 31, 80539 München']
DE_FRA = ['Fernleigh Frankfurt', 'Neue Mainzer Straße 52, 60311 Frankfurt am Main']
KATRIN = person('Katrin Vogelsang', 'katrin.vogelsang@fernleighhotels.de', 'Recruiting-Koordinatorin', DE_BER, 'Tel. +49 30 2009 4417')
JOERG = person('Jörg Häußler', 'joerg.haeussler@fernleighhotels.de', 'Talent Acquisition Partner Süddeutschland', DE_MUC, 'Tel. +49 89 2155 3302 | Mobil +49 151 2345 6789')
ANJA = person('Anja Schröder', 'anja.schroeder@fernleighhotels.de', 'HR Business Partnerin', DE_FRA, 'Tel. +49 69 7410 2216')
STEFAN = person('Stefan Brückner', 'stefan.brueckner@fernleighhotels.de', 'Recruiter Küche & Service', DE_FRA, 'Tel. +49 69 7410 2230')
NADINE = person('Nadine Kühn', 'nadine.kuehn@fernleighhotels.de', 'Recruiterin', DE_BER, 'Tel. +49 30 2009 4420')

ES_MAD = ['Fernleigh Madrid Castellana', 'Paseo de la Castellana 95, 28046 Madrid']
ES_BCN = ['Fernleigh Barcelona Diagonal', 'Avinguda Diagonal 512, 08006 Barcelona']
ES_SEV = ['Fernleigh Sevilla', 'Calle San Fernando 12, 41004 Sevilla']
MARIAJ = person('María José Fernández Ruiz', 'mj.fernandez@fernleighhotels.es', 'Coordinadora de Selección – Oficina Central España', ES_MAD, 'Tel. +34 91 123 45 67')
JAVIER = person('Javier Ortega Peña', 'javier.ortega@fernleighhotels.es', 'Técnico de Selección', ES_BCN, 'Tel. +34 93 456 78 90 | Móvil +34 612 345 678')
LUCIA = person('Lucía Martín Gómez', 'lucia.martin@fernleighhotels.es', 'Reclutadora – Alimentos y Bebidas', ES_MAD, 'Tel. +34 91 123 45 80')
BEGONA = person('Begoña Iturriaga', 'begona.iturriaga@fernleighhotels.es', 'HR Business Partner Andalucía', ES_SEV, 'Tel. +34 954 21 43 65')
ALVARO = person('Álvaro Sánchez Prieto', 'alvaro.sanchez@fernleighhotels.es', 'Coordinador de Selección', ES_BCN, 'Tel. +34 93 456 78 12')

FR_PAR = ['Fernleigh Paris Opéra', '9 rue Scribe, 75009 Paris']
FR_LYO = ['Fernleigh Lyon Presqu\'île', '14 quai Saint-Antoine, 69002 Lyon']
FR_NCE = ['Fernleigh Nice Promenade', '67 promenade des Anglais, 06000 Nice']
CAMILLE = person('Camille Dufresne', 'camille.dufresne@fernleighhotels.fr', 'Chargée de recrutement', FR_PAR, 'Tél. +33 1 84 88 21 40')
JULIEN = person('Julien Marchetti', 'julien.marchetti@fernleighhotels.fr', 'Coordinateur recrutement', FR_LYO, 'Tél. +33 4 72 10 55 31')
ELODIE = person('Élodie Garnier', 'elodie.garnier@fernleighhotels.fr', 'Responsable Ressources Humaines', FR_NCE, 'Tél. +33 4 93 27 80 14 | Port. +33 6 12 34 56 78')
BENOIT = person('Benoît Lefèvre', 'benoit.lefevre@fernleighhotels.fr', 'Chargé de recrutement – Restauration', FR_PAR, 'Tél. +33 1 84 88 21 47')
MANON = person('Manon Rousseau', 'manon.rousseau@fernleighhotels.fr', 'Assistante RH – Recrutement', FR_PAR, 'Tél. +33 1 84 88 21 43')

PT_LIS = ['Fernleigh Lisboa Liberdade', 'Avenida da Liberdade 190, 1250-147 Lisboa']
PT_OPO = ['Fernleigh Porto Ribeira', 'Cais da Ribeira 24, 4050-510 Porto']
PT_ALG = ['Fernleigh Quinta da Serra Resort & Spa', 'Estrada da Serra, 8135-107 Almancil, Algarve']
INES = person('Inês Carvalho', 'ines.carvalho@fernleighhotels.pt', 'Coordenadora de Recrutamento', PT_LIS, 'Tel. +351 21 340 5512')
RUI = person('Rui Magalhães', 'rui.magalhaes@fernleighhotels.pt', 'Recrutador', PT_OPO, 'Tel. +351 22 507 1180')
BEATRIZ = person('Beatriz Sousa Antunes', 'beatriz.antunes@fernleighhotels.pt', 'Técnica de Recursos Humanos', PT_ALG, 'Tel. +351 289 100 240')
JOAOP = person('João Pedro Figueiredo', 'joao.figueiredo@fernleighhotels.pt', 'Técnico de Recrutamento – Spa & Bem-Estar', PT_ALG, 'Tel. +351 289 100 247')
MARTA = person('Marta Pinheiro', 'marta.pinheiro@fernleighhotels.pt', 'Recrutadora', PT_LIS, 'Tel. +351 21 340 5519')

HL_SIG = ['GoodTime Help Line', 'Internal GoodTime Project Team | People Technology', 'Fernleigh Hotels & Resorts']

# ======================================================================================
# QUESTIONS THAT AN ARTICLE ANSWERS
# ======================================================================================

def hl_from():
    return 'GoodTime Help Line <helpline@fernleighhotels.com>'


# --- en: support-hours, asked without the word "hours"
d = T('uk', 2, 11, 16, 47)
add('q-support-hours-en', outlook(DANIEL['frm'], 'Night audit recruitment drive - GoodTime question', d, """Hello Help Line team,

I hope you are well.

We are about to start a fairly large recruitment drive at the Reservations Centre for night auditors and overnight reservations agents. Because most of the candidates already work elsewhere, a lot of the interviews will take place in the evenings and at weekends (some as late as 22:00, and a couple of the Sunday sessions from 07:00).

Could you please let me know whether there is anybody on the GoodTime side we can actually reach if something goes wrong with a booking on, say, a Saturday night or early on a Sunday morning? Or would we simply have to log it and wait until Monday for someone to pick it up? I would like to brief the team properly before we open the slots.

Many thanks in advance for your help.

Kind regards,
Daniel""", sig=DANIEL['sig'], disc=DISC_UK2, received=7),
    'question', 'auto_reply', 'support-hours', 'en', 'no-keyword-hours', 'support availability at weekends/nights')

# --- en: contact-csm without the letters CSM, reply on an old thread about something else
d = T('uk', 5, 19, 9, 12)
q1 = dict(frm=None, **{'from': 'GoodTime Help Line <helpline@fernleighhotels.com>', 'sent': sent_str(T('uk', 4, 14, 15, 2)),
                        'to': 'Charlotte Beaumont-Hayes <charlotte.beaumont-hayes@fernleighhotels.com>',
                        'subject': 'RE: Boardroom resource for final-stage interviews',
                        'body': "Hi Charlotte,\n\nThe Wigmore Street boardroom is now set up as a calendar resource and switched on in GoodTime, so it should appear as an option when you schedule in-person interviews at Head Office. If it doesn't, let us know and we'll take another look.\n\nBest wishes,\nGrace",
                        'sig': HL_SIG})
q2 = {'from': 'Charlotte Beaumont-Hayes <charlotte.beaumont-hayes@fernleighhotels.com>', 'sent': sent_str(T('uk', 4, 13, 10, 40)),
      'to': 'GoodTime Help Line <helpline@fernleighhotels.com>', 'subject': 'Boardroom resource for final-stage interviews',
      'body': "Good morning,\n\nWhen I schedule the GM final-stage interviews the boardroom on the 4th floor never comes up, only the small meeting rooms. Could someone have a look please?\n\nMany thanks,\nCharlotte"}
del q1['frm']
add('q-contact-csm-en', outlook(CHARLOTTE['frm'], 'RE: Boardroom resource for final-stage interviews', d, """Good morning,

Thank you again for your help with the boardroom last month - it has worked perfectly ever since.

A different matter, if I may. Mr Caldwell (our COO) would like to have a conversation with the person at GoodTime who looks after Fernleigh as a customer, ideally before the regional General Managers' meeting in June. I have been through his inbox and cannot find any contact details for them.

Is there a way for me to put a meeting straight into their diary, or do I need to go through someone?

With thanks and best wishes,
Charlotte""", sig=CHARLOTTE['sig'], disc=DISC_UK, quotes=[q1, q2], mode='html', in_reply=True, received=2, auth=False),
    'question', 'auto_reply', 'contact-csm', 'en', 'old-thread-other-topic;no-keyword-csm', 'account contact at GoodTime without saying CSM')

# --- en: chat bubble, terse lowercase
d = T('uk', 9, 8, 8, 21)
add('q-chat-bubble-en', outlook(TOM['frm'], 'purple chat??', d, """hi
amara said if i get stuck i can "just use the purple chat in goodtime" but i've got the goodtime sign in page open and there's no chat anywhere on it?? am i looking in the wrong place

tom""", sig=TOM['sig'], disc=DISC_UK, received=3, auth=False, nl='\n', msgid='nobrackets'),
    'question', 'auto_reply', 'chat-bubble', 'en', 'terse-lowercase', 'chat bubble not visible before login')

# --- en: interviewer declined
d = T('uk', 3, 10, 11, 5)
add('q-interviewer-decline-en', outlook(AMARA['frm'], 'Panel member declined - Front Office Manager final round (Thursday)', d, """Hi all,

Quick one I'm hoping you can help with. For the Front Office Manager final round at Fernleigh Kensington this Thursday, one of the three panel members (our Rooms Division Manager) has just declined the invitation - she has been pulled into a brand audit that day.

The candidate is travelling over from Dublin for the day and has already booked her flights, so I really don't want to move her. What's the recommended way of handling this in GoodTime? Do I have to rebook the whole thing, or is there a way to just drop someone else in?

Thanks ever so much,
Amara""", sig=AMARA['sig'], disc=DISC_UK, mode='html', received=6),
    'question', 'auto_reply', 'interviewer-decline', 'en', '', 'replace declined panel member')

# --- en: room booking through the People Hub web form (robot) -> must not auto-reply
d = T('uk', 11, 12, 14, 8)
fm_txt = """A new enquiry has been submitted through the Fernleigh People Hub.

Reference: PH-2026-118734
Submitted: %s
Name: Fiona MacLeod
Email: fiona.macleod@fernleighhotels.co.uk
Property / department: Fernleigh Edinburgh - HR
Topic: GoodTime (interview scheduling)
Urgency: Normal

Message:
Our old Library meeting room on the first floor at Fernleigh Edinburgh has been turned into a dedicated interview room (new furniture, screen etc.), but when I set up an in-person interview for Edinburgh it never appears in the list of rooms GoodTime offers. All the other Edinburgh rooms show up fine. Is there something I have to do or ask for so that it shows up?

---
This message was generated automatically by the Fernleigh People Hub. Replies to this address are not monitored.
""" % d.strftime('%d/%m/%Y %H:%M')
fm_html = '<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:10pt"><h3 style="color:#2E4D3B">New People Hub enquiry</h3><table cellpadding="4" style="border-collapse:collapse">' + ''.join(
    '<tr><td style="border:1px solid #ddd"><b>%s</b></td><td style="border:1px solid #ddd">%s</td></tr>' % (k, esc(v)) for k, v in [
        ('Reference', 'PH-2026-118734'), ('Submitted', d.strftime('%d/%m/%Y %H:%M')), ('Name', 'Fiona MacLeod'),
        ('Email', 'fiona.macleod@fernleighhotels.co.uk'), ('Property / department', 'Fernleigh Edinburgh - HR'),
        ('Topic', 'GoodTime (interview scheduling)'), ('Urgency', 'Normal'),
        ('Message', fm_txt.split('Message:\n')[1].split('\n---')[0].strip())]) + '</table><p style="color:#888;font-size:8pt">This message was generated automatically by the Fernleigh People Hub. Replies to this address are not monitored.</p></body></html>\n'
bnd = '===============%d==' % R.randint(10 ** 18, 10 ** 19)
hdrs = [('Received', r) for r in rx_ms(d, 5, gateway_from=('peoplehub-app01.fernleighhotels.com (10.40.2.17)', '10.40.2.17'))]
hdrs += [('Content-Type', 'multipart/alternative; boundary="%s"' % bnd), ('MIME-Version', '1.0'),
         ('Subject', '[People Hub] New enquiry: GoodTime - interview rooms (Fiona MacLeod)'),
         ('From', 'Fernleigh People Hub <no-reply@forms.fernleighhotels.com>'), ('To', 'helpline@fernleighhotels.com'),
         ('Reply-To', 'Fiona MacLeod <fiona.macleod@fernleighhotels.co.uk>'), ('Date', rfcdate(utc(d), pad=True)),
         ('Message-ID', '<%d.%d.%d@peoplehub-app01.fernleighhotels.com>' % (R.randint(10 ** 17, 10 ** 18), R.randint(1000, 9999), R.randint(10 ** 9, 10 ** 10))),
         ('Auto-Submitted', 'auto-generated'), ('X-Auto-Response-Suppress', 'All'), ('Precedence', 'bulk'), ('X-Mailer', 'PeopleHub Notifier 3.2')]
body = b'--' + bnd.encode() + b'\n' + leaf('text/plain', fm_txt, 'us-ascii', '7bit').render() + b'--' + bnd.encode() + b'\n' + leaf('text/html', fm_html, 'us-ascii', '7bit').render() + b'--' + bnd.encode() + b'--\n'
add('q-room-booking-form', (message(hdrs, P([], body), mime_version=None), ['form-mailer', 'auto-submitted', 'x-auto-response-suppress', 'python-mime', 'received-5']),
    'question', 'forward_support|needs_review', 'room-booking', 'en', '', 'web-form question about missing room')

# --- en: debrief, forward with a line of context above
d = T('uk', 6, 2, 14, 33)
fw = {'from': 'Victoria Ashdown <victoria.ashdown@fernleighhotels.com>', 'sent': sent_str(T('uk', 6, 2, 13, 58)),
      'to': 'Nathan Brooks <nathan.brooks@fernleighhotels.com>', 'subject': 'Event Planner assessment day - wash-up',
      'body': "Nathan - can we lock in 45 mins with all the assessors at the end of the day on the 10th to compare notes while it's fresh? Remote people on Teams please.\n\nThanks, V\n\nVictoria Ashdown\nDirector of Events & Conferences | Fernleigh Hotels & Resorts"}
add('q-debrief-en', outlook(NATHAN['frm'], 'FW: Event Planner assessment day - wash-up', d, """Hi Help Line,

Please see Victoria's note below. We have the assessment day for the four Event Planner vacancies next Wednesday (10th) at Head Office - six candidates, three interview sessions each plus a group exercise.

Victoria would like all of the interviewers and herself to get together at the end of the day to go through the candidates. Can I book that through GoodTime as well, rather than sending a separate Outlook invite? And if so, how do I make sure the candidates aren't sent anything about it? I can just imagine the awkwardness!

Kind regards,
Nathan""", sig=NATHAN['sig'], disc=DISC_UK, quotes=[fw], cs='utf-8', received=8, qstyle='rule'),
    'question', 'auto_reply', 'debrief-scheduling', 'en', 'fwd-outlook', 'internal wash-up after assessment day')

# --- de: contact-support (phone line?), split encoded-word subject
d = T('de', 4, 22, 8, 3)
add('q-contact-support-de', outlook(JOERG['frm'], 'Rückfrage: Telefon-Hotline beim GoodTime-Support?', d, """Hallo zusammen,

ich habe eine kurze Frage zum GoodTime-Support: Gibt es dort eigentlich eine Telefonnummer, unter der man jemanden direkt erreicht? Gestern hatte ich ein Problem mit einer Einladung für einen Sous-Chef-Kandidaten und hätte die Sache lieber kurz am Telefon geklärt, anstatt hin und her zu schreiben.

Falls es keine Hotline gibt: Auf welchem Weg komme ich am schnellsten an den Support, und welche Angaben sollte ich gleich mitschicken, damit nicht erst drei Rückfragen kommen?

Vielen Dank und viele Grüße aus München
Jörg Häußler""", sig=JOERG['sig'], disc=DISC_DE, lang='de', html_lang='DE', cs='iso-8859-1', accept_lang='de-DE, en-US',
    subject_hdr='=?iso-8859-1?Q?R=FCckfrage:_Telefon-Hot?=\n =?iso-8859-1?Q?line_beim_GoodTime-Support=3F?=',
    from_hdr='=?iso-8859-1?Q?J=F6rg_H=E4u=DFler?= <joerg.haeussler@fernleighhotels.de>', received=9),
    'question', 'auto_reply', 'contact-support', 'de', 'rfc2047-q-split-midword;rfc2047-from-latin1', 'phone line? how to reach Support')

# --- de: calendar after password change; html only, base64 utf-8
d = T('de', 2, 3, 13, 52)
add('q-calendar-sync-de', outlook(KATRIN['frm'], 'Frage: Kalender nach Passwortänderung', d, """Liebes Helpline-Team,

letzte Woche musste ich mein Windows-Passwort ändern (die übliche 90-Tage-Aufforderung). Seitdem habe ich den Eindruck, dass GoodTime meine Termine nicht mehr richtig sieht: Gestern wurde mir für ein Gespräch mit einer Bewerberin für die Rezeption ein Slot vorgeschlagen, in dem ich eigentlich den Jour fixe mit der Direktion habe.

Muss man nach einer Passwortänderung in GoodTime irgendetwas neu verbinden oder bestätigen? Und gibt es sonst etwas, worauf ich achten sollte, damit meine Verfügbarkeit wieder stimmt?

Vielen Dank im Voraus und herzliche Grüße
Katrin Vogelsang""", sig=KATRIN['sig'], disc=DISC_DE, lang='de', html_lang='DE', mode='html', cs='utf-8', cte='base64',
    accept_lang='de-DE, en-US', subject_hdr=ew_b('Frage: Kalender nach Passwortänderung'), received=6),
    'question', 'auto_reply', 'calendar-sync', 'de', 'rfc2047-b-utf8', 'reconnect calendar after password change')

# --- de: time zones, reply on another topic (two topics: thanks + new question)
d = T('de', 10, 14, 17, 26)
q = {'from': 'GoodTime Help Line <helpline@fernleighhotels.com>', 'sent': sent_str(T('de', 10, 9, 11, 15), 'de'),
     'to': 'Schröder, Anja <anja.schroeder@fernleighhotels.de>', 'subject': 'AW: Interviewer-Limits für die Küchenchefs',
     'body': "Hallo Anja,\n\nwir haben für die drei Küchenchefs in Frankfurt jetzt ein Wochenlimit von 4 Interviews hinterlegt. Sobald jemand das Limit erreicht, schlägt GoodTime ihn für den Rest der Woche nicht mehr vor.\n\nViele Grüße\nGrace (GoodTime Help Line)"}
add('q-time-zones-de', outlook(ANJA['frm'], 'AW: Interviewer-Limits für die Küchenchefs', d, """Hallo liebes Helpline-Team,

vielen Dank für die schnelle Hilfe mit den Limits - das klappt jetzt wunderbar, die Küchenchefs sind deutlich entspannter.

Ich hätte direkt noch ein anderes Thema: Wir haben für die Stelle Revenue Manager (Frankfurt) eine Kandidatin, die aktuell noch in Dubai lebt und erst im Januar umzieht. Die Interviewer sitzen teils in Frankfurt, teils in London (unser Revenue-Direktor). Die Gespräche sollen Ende Oktober stattfinden, also genau rund um die Zeitumstellung. Letztes Jahr hatten wir da ein ziemliches Durcheinander, weil eine Kandidatin eine Stunde zu früh im Teams-Call saß.

Worauf muss ich bei GoodTime achten, damit die Uhrzeiten für alle Beteiligten stimmen?

Viele Grüße
Anja Schröder""", sig=ANJA['sig'], disc=DISC_DE, quotes=[q], lang='de', html_lang='DE', in_reply=True, accept_lang='de-DE, en-US',
    subject_hdr='AW: Interviewer-Limits =?utf-8?Q?f=C3=BCr?= die =?utf-8?Q?K=C3=BCchenchefs?=', from_hdr='"Schröder, Anja" <anja.schroeder@fernleighhotels.de>'.encode('utf-8'),
    received=5, auth=False),
    'question', 'auto_reply', 'time-zones', 'de', 'raw-utf8-from;rfc2047-q-mixed;two-topics', 'candidate abroad, DST change')

# --- de: interviewer training (shadowing); base64 both parts
d = T('de', 7, 7, 10, 18)
add('q-interviewer-training-de', outlook(STEFAN['frm'], 'Neue Souschefs als Interviewer einarbeiten', d, """Guten Morgen,

wir haben in Frankfurt zwei neue Souschefs, die künftig auch die Vorstellungsgespräche für Commis de Cuisine und Chef de Partie führen sollen. Unser Küchendirektor möchte aber, dass sie erst einmal bei ein paar Gesprächen nur zuhören und danach ein, zwei Gespräche selbst führen, während ein erfahrener Kollege dabeisitzt - erst danach sollen sie alleine eingeplant werden.

Bisher haben wir das per Excel-Liste nachgehalten, was ehrlich gesagt ziemlich mühsam ist. Kann GoodTime so etwas abbilden, und wenn ja, wie läuft das ungefähr ab?

Besten Dank und viele Grüße
Stefan Brückner""", sig=STEFAN['sig'], disc=DISC_DE, lang='de', html_lang='DE', cs='utf-8', cte='base64', accept_lang='de-DE, en-US',
    received=7, from_hdr='=?utf-8?Q?Stefan_Br=C3=BCckner?= <stefan.brueckner@fernleighhotels.de>'),
    'question', 'auto_reply', 'interviewer-training', 'de', 'rfc2047-q-from', 'shadow then reverse shadow for new sous-chefs')

# --- de: escalation path, new starter on iPhone, raw utf-8 subject
d = T('de', 1, 20, 19, 44)
add('q-escalation-path-de', apple(NADINE['frm'], 'Zuständigkeiten GoodTime – wen frage ich wann?', d, """Hallo,

ich bin seit zwei Wochen als Recruiterin in Berlin und noch etwas orientierungslos, was GoodTime angeht. In der Einarbeitung war von euch (Helpline), vom GoodTime-Support und von einer persönlichen Ansprechpartnerin bei GoodTime die Rede, und dann gibt es wohl noch eine Seite für Verbesserungsvorschläge.

Könnt ihr mir kurz sagen, mit welchem Anliegen ich mich wohin wende? Gibt es da eine Reihenfolge, an die wir uns halten sollen?

Danke und liebe Grüße
Nadine""", mobile=True, mobile_sig='Von meinem iPhone gesendet', html_too=False,
    subject_hdr='Zuständigkeiten GoodTime – wen frage ich wann?'.encode('utf-8'), from_hdr='Nadine Kühn <nadine.kuehn@fernleighhotels.de>'.encode('utf-8'),
    received=6),
    'question', 'auto_reply', 'escalation-path', 'de', 'raw-utf8-subject;raw-utf8-from', 'which channel for what')

# --- es: self-scheduling link shows no slots
d = T('es', 5, 6, 12, 40)
add('q-self-scheduling-es', outlook(JAVIER['frm'], 'Candidata no ve horarios disponibles en el enlace', d, """Hola, buenos días:

Ayer le envié a una candidata para el puesto de camarera de pisos el enlace para que ella misma eligiera día y hora de la entrevista con la gobernanta. Me acaba de escribir diciendo que al abrirlo no le aparece ninguna hora libre.

La gobernanta tiene la agenda bastante llena esta semana y puse que la entrevista fuera entre el jueves y el viernes. ¿Puede ser por eso? ¿Qué suele provocar que no salgan horas y qué debería cambiar antes de volver a enviárselo?

Gracias de antemano.
Un saludo,
Javier""", sig=JAVIER['sig'], disc=DISC_ES, lang='es', html_lang='ES', cs='iso-8859-1', accept_lang='es-ES, en-US',
    subject_hdr=ew_b('Candidata no ve horarios disponibles en el enlace', 'iso-8859-1'),
    from_hdr='=?iso-8859-1?Q?Javier_Ortega_Pe=F1a?= <javier.ortega@fernleighhotels.es>', received=8),
    'question', 'auto_reply', 'self-scheduling-link', 'es', 'rfc2047-b-latin1;rfc2047-q-from', 'no slots in self-scheduling link')

# --- es: availability request; html only cp1252 qp
d = T('es', 2, 17, 9, 58)
add('q-availability-es', outlook(LUCIA['frm'], 'Consulta: disponibilidad de candidatos', d, """Buenos días,

Hasta ahora, cuando tengo que organizar entrevistas para jefes de partida o ayudantes de camarero, le escribo a cada candidato un correo preguntándole qué días le vienen bien y luego voy pasando las horas a mano para cuadrarlas con el chef. Me han comentado que esto se puede hacer directamente desde GoodTime.

¿Me podéis explicar cómo se hace para que el candidato marque sus huecos libres y me lleguen a GoodTime? ¿Algún consejo para que luego no me quede corta de opciones?

Muchas gracias,
Lucía""", sig=LUCIA['sig'], disc=DISC_ES, lang='es', html_lang='ES', mode='html', accept_lang='es-ES, en-US',
    from_hdr='=?windows-1252?Q?Luc=EDa_Mart=EDn_G=F3mez?= <lucia.martin@fernleighhotels.es>', received=6),
    'question', 'auto_reply', 'candidate-availability-request', 'es', 'rfc2047-q-from-cp1252', 'ask candidates for their free times')

# --- es: product board, subject split encoded word
d = T('es', 9, 24, 16, 5)
add('q-product-board-es', outlook(MARIAJ['frm'], '¿Dónde proponer mejoras a GoodTime?', d, """Hola equipo:

En la última reunión de coordinadores de selección de España salieron varias ideas que creemos que harían GoodTime más cómodo para los hoteles (sobre todo cosas relacionadas con las campañas de temporada de Málaga y Sevilla).

Antes de mandaros una lista larguísima: ¿existe algún sitio oficial donde los usuarios podamos proponer este tipo de mejoras directamente a GoodTime y apoyar las que ya hayan propuesto otros clientes? Si es así, ¿cómo se accede?

Un abrazo,
María José""", sig=MARIAJ['sig'], disc=DISC_ES, lang='es', html_lang='ES', cs='utf-8', accept_lang='es-ES, en-US',
    subject_hdr='=?UTF-8?Q?=C2=BFD=C3=B3nde_proponer_mejo?=\n\t=?UTF-8?Q?ras_a_GoodTime=3F?=',
    from_hdr=ew_b('María José Fernández Ruiz') + ' <mj.fernandez@fernleighhotels.es>', received=5),
    'question', 'auto_reply', 'product-board', 'es', 'rfc2047-q-split-midword;rfc2047-b-from', 'where to propose and upvote ideas')

# --- es: reschedule by dragging the Outlook event? iPhone
d = T('es', 11, 3, 20, 12)
add('q-reschedule-es', apple(ALVARO['frm'], 'Cambiar entrevista de día', d, """Hola, una duda rápida: un candidato a recepcionista me pide pasar su entrevista del miércoles al jueves por la mañana. Si arrastro el evento en mi calendario de Outlook al jueves, ¿se cambia también en GoodTime y les llega el aviso a él y a la jefa de recepción? ¿O lo tengo que hacer de otra manera?

Gracias!!""", mobile=True, mobile_sig='Enviado desde mi iPhone', html_too=True,
    from_hdr='=?utf-8?Q?=C3=81lvaro_S=C3=A1nchez?= <alvaro.sanchez@fernleighhotels.es>', received=5, msgid='none'),
    'question', 'auto_reply', 'reschedule-interview', 'es', 'rfc2047-q-from;night', 'move event in Outlook vs GoodTime')

# --- es: support availability at weekends + SLAs
d = T('es', 6, 19, 18, 30)
add('q-support-hours-es', outlook(BEGONA['frm'], 'Soporte GoodTime en fin de semana', d, """Buenas tardes,

En Sevilla vamos a hacer un proceso grande para el equipo de noche (recepcionistas de noche y auditores nocturnos) y muchas entrevistas serán a última hora o en fin de semana, porque los candidatos trabajan en otros hoteles.

Si tenemos un problema con GoodTime un sábado por la noche, ¿hay alguien de GoodTime disponible que nos pueda ayudar en ese momento? ¿Y dónde se pueden consultar los tiempos de respuesta a los que se comprometen?

Gracias y buen fin de semana,
Begoña""", sig=BEGONA['sig'], disc=DISC_ES, lang='es', html_lang='ES', cte='base64', accept_lang='es-ES, en-US',
    from_hdr='=?iso-8859-1?B?' + base64.b64encode('Begoña Iturriaga'.encode('latin-1')).decode() + '?= <begona.iturriaga@fernleighhotels.es>', received=7),
    'question', 'auto_reply', 'support-hours', 'es', 'rfc2047-b-from-latin1', 'weekend/night support and SLAs')

# --- fr: cancel (candidate withdrew); raw windows-1252 8-bit subject
d = T('fr', 3, 4, 15, 16)
add('q-cancel-fr', outlook(CAMILLE['frm'], 'Désistement candidat chef sommelier – comment annuler ?', d, """Bonjour,

Un candidat au poste de chef sommelier pour Paris Opéra vient de m'informer qu'il retire sa candidature (il a accepté une offre ailleurs). Il avait un entretien prévu vendredi avec le directeur de la restauration et notre chef sommelier, dans le salon Garnier.

Est-ce que je peux simplement supprimer l'événement dans mon agenda Outlook, ou faut-il passer par GoodTime ? Je veux être sûre que la salle et le lien Teams sont bien libérés et que personne ne le recontacte par erreur.

Merci d'avance,
Bien cordialement,
Camille Dufresne""", sig=CAMILLE['sig'], disc=DISC_FR, lang='fr', html_lang='FR', accept_lang='fr-FR, en-US',
    subject_hdr='Désistement candidat chef sommelier – comment annuler ?'.encode('cp1252'), received=6),
    'question', 'auto_reply', 'cancel-interview', 'fr', 'raw-cp1252-subject', 'withdrawn candidate: delete event or cancel in GoodTime')

# --- fr: itinerary not received; html only, base64 utf-8
d = T('fr', 4, 29, 17, 48)
add('q-itinerary-fr', outlook(JULIEN['frm'], 'Récapitulatif des entretiens non reçu par une candidate', d, """Bonsoir,

Une candidate pour le poste de gouvernante générale à Lyon vient de m'appeler : elle n'a jamais reçu le mail avec le programme de ses entretiens de demain (trois rendez-vous à la suite, de 9h30 à 12h). Dans GoodTime, tout apparaît bien comme planifié.

Comment puis-je lui renvoyer ce récapitulatif depuis GoodTime ? Et y a-t-il quelque chose à vérifier de mon côté avant ?

Merci beaucoup,
Julien Marchetti""", sig=JULIEN['sig'], disc=DISC_FR, lang='fr', html_lang='FR', mode='html', cs='utf-8', cte='base64',
    accept_lang='fr-FR, en-US', received=5),
    'question', 'auto_reply', 'candidate-itinerary', 'fr', '', 'resend interview programme to candidate')

# --- fr: how to reach the CSM; reply on a thread about access
d = T('fr', 1, 27, 11, 2)
q = {'from': 'GoodTime Help Line <helpline@fernleighhotels.com>', 'sent': sent_str(T('fr', 1, 26, 16, 31), 'fr'),
     'to': 'Garnier Élodie <elodie.garnier@fernleighhotels.fr>', 'cc': 'Rousseau Manon <manon.rousseau@fernleighhotels.fr>',
     'subject': 'RE : Accès GoodTime pour la nouvelle assistante RH',
     'body': "Bonjour Élodie,\n\nLe compte de Manon est créé avec le rôle coordinateur : elle peut planifier, reprogrammer et annuler des entretiens. Elle recevra une invitation pour se connecter.\n\nBonne journée,\nGrace – GoodTime Help Line"}
add('q-contact-csm-fr', outlook(ELODIE['frm'], 'RE : Accès GoodTime pour la nouvelle assistante RH', d, """Bonjour,

Merci pour l'ouverture des accès de Manon, tout fonctionne.

J'en profite pour une autre question : dans la documentation GoodTime, il est question d'un « CSM » côté GoodTime. Avec la saison qui arrive (nous recrutons une soixantaine de saisonniers à Nice entre mars et mai), j'aimerais échanger avec cette personne sur notre manière de faire. Comment puis-je la joindre ou prendre rendez-vous avec elle ? Je n'ai trouvé ses coordonnées nulle part.

Bien à vous,
Élodie Garnier""", sig=ELODIE['sig'], disc=DISC_FR, quotes=[q], lang='fr', html_lang='FR', in_reply=True, accept_lang='fr-FR, en-US',
    from_hdr='=?iso-8859-1?Q?Garnier_=C9lodie?= <elodie.garnier@fernleighhotels.fr>', received=6, qstyle='rule'),
    'question', 'auto_reply', 'contact-csm', 'fr', 'old-thread-other-topic;rfc2047-q-from-latin1', 'how to book time with the CSM')

# --- fr: what is this help line (internal project team); Outlook for Mac
d = T('fr', 9, 1, 9, 37)
add('q-internal-team-fr', outlook(BENOIT['frm'], 'Question de nouvel arrivant : qui est derrière la helpline ?', d, """Bonjour à tous,

Je viens d'arriver chez Fernleigh comme chargé de recrutement pour la restauration à Paris, et on m'a donné cette adresse « helpline » pour tout ce qui concerne GoodTime.

Pour vous solliciter à bon escient : qui êtes-vous exactement, une équipe interne chez Fernleigh ou le support de GoodTime lui-même ? Et quels types de demandes faut-il vous envoyer à vous plutôt qu'ailleurs ?

Merci et bonne journée,
Benoît""", sig=BENOIT['sig'], disc=DISC_FR, lang='fr', html_lang='FR', cs='utf-8', client='mac', accept_lang='fr-FR, en-US',
    from_hdr='=?UTF-8?B?' + base64.b64encode('Benoît Lefèvre'.encode()).decode() + '?= <benoit.lefevre@fernleighhotels.fr>', received=5, auth=False),
    'question', 'auto_reply', 'internal-project-team', 'fr', 'outlook-mac;rfc2047-b-from', 'who runs the help line')

# --- fr: Teams instead of Zoom for one interview
d = T('fr', 7, 15, 10, 4)
add('q-conference-links-fr', outlook(MANON['frm'], 'Lien Teams au lieu de Zoom pour un entretien', d, """Bonjour,

Pour les entretiens en visio du poste de directeur de l'hébergement, le candidat retenu pour le dernier tour travaille dans un groupe qui bloque Zoom sur ses ordinateurs. Il nous demande un lien Microsoft Teams.

Dans GoodTime, l'entretien se crée toujours avec un lien Zoom. Est-il possible de mettre un lien Teams juste pour cet entretien-là, sans rien changer pour les autres ? Où est-ce que cela se règle ?

Merci,
Manon""", sig=MANON['sig'], disc=DISC_FR, lang='fr', html_lang='FR', cs='iso-8859-1', cte='base64', accept_lang='fr-FR, en-US', received=7),
    'question', 'auto_reply', 'conference-links', 'fr', '', 'Teams instead of Zoom for one interview')

# --- pt: new chef never suggested -> pool
d = T('pt', 2, 24, 10, 11)
add('q-pool-pt', outlook(INES['frm'], 'Novo chef no grupo de entrevistadores', d, """Bom dia,

Entrou esta semana um novo Chef Executivo no Fernleigh Lisboa (Chef Tiago Meireles) e a partir de agora deverá ser ele a fazer as entrevistas para commis e cozinheiros de 2.ª. Reparei que, ao marcar estas entrevistas, o GoodTime nunca o sugere: só aparecem os chefs que já cá estavam.

O que é preciso fazer para que ele passe a aparecer como opção? Há alguma coisa que ele próprio tenha de configurar do lado dele?

Obrigada,
Inês Carvalho""", sig=INES['sig'], disc=DISC_PT, lang='pt', html_lang='PT', accept_lang='pt-PT, en-US',
    from_hdr='=?iso-8859-1?Q?In=EAs_Carvalho?= <ines.carvalho@fernleighhotels.pt>', received=10),
    'question', 'auto_reply', 'add-interviewer-to-pool', 'pt', 'rfc2047-q-from-latin1', 'new chef never suggested')

# --- pt: template duration
d = T('pt', 6, 9, 14, 55)
add('q-templates-pt', outlook(RUI['frm'], 'Duração das entrevistas de rececionista', d, """Boa tarde,

No Porto, as entrevistas para rececionista passaram a ter 45 minutos em vez de 60 (decisão do diretor de alojamento a partir deste mês). No entanto, sempre que agendo uma no GoodTime, aparece automaticamente com 60 minutos e tenho de alterar à mão para cada candidato.

Existe forma de mudar isto de uma vez para todos os candidatos? E quem é que consegue fazer essa alteração?

Cumprimentos,
Rui Magalhães""", sig=RUI['sig'], disc=DISC_PT, lang='pt', html_lang='PT', mode='html', accept_lang='pt-PT, en-US',
    subject_hdr='Duração das entrevistas de rececionista'.encode('cp1252'), from_hdr='Rui Magalhães <rui.magalhaes@fernleighhotels.pt>'.encode('cp1252'), received=6),
    'question', 'auto_reply', 'interview-templates', 'pt', 'raw-cp1252-subject;raw-cp1252-from', 'default duration for all candidates')

# --- pt: chat bubble, iPhone
d = T('pt', 8, 12, 21, 3)
add('q-chat-bubble-pt', apple(BEATRIZ['frm'], 'Chat da GoodTime', d, """Olá,

Uma colega disse-me que há um balão de chat roxo no GoodTime para falar diretamente com a equipa da GoodTime, mas eu não o vejo em lado nenhum. Em que parte do ecrã é que fica? É preciso alguma permissão especial?

Obrigada!
Beatriz""", mobile=True, mobile_sig='Enviado do meu iPhone', html_too=True, received=5),
    'question', 'auto_reply', 'chat-bubble', 'pt', 'evening', 'where is the purple chat bubble')

# --- pt: candidate says no reminder arrived
d = T('pt', 5, 28, 9, 30)
add('q-reminders-pt', outlook(JOAOP['frm'], 'Candidata diz que não recebeu o lembrete', d, """Bom dia,

Ontem à tarde tivemos uma candidata para terapeuta de spa que não apareceu à entrevista na Quinta da Serra. Quando lhe liguei, disse que não recebeu lembrete nenhum e que se tinha esquecido. Curiosamente, a entrevista tinha sido mudada de hora na semana passada.

O que devo verificar nestas situações? Gostava de perceber o que pode ter acontecido antes de voltar a falar com ela.

Com os melhores cumprimentos,
João Pedro Figueiredo""", sig=JOAOP['sig'], disc=DISC_PT, lang='pt', html_lang='PT', cs='utf-8', cte='base64', accept_lang='pt-PT, en-US',
    from_hdr=ew_b('João Pedro Figueiredo') + ' <joao.figueiredo@fernleighhotels.pt>', received=8),
    'question', 'auto_reply', 'candidate-reminders', 'pt', 'rfc2047-b-from', 'missing reminder after time change')

# --- pt: hiring manager gets access message -> roles; reply on another topic
d = T('pt', 10, 6, 16, 20)
q = {'from': 'GoodTime Help Line <helpline@fernleighhotels.com>', 'sent': sent_str(T('pt', 10, 5, 12, 0), 'pt'),
     'to': 'Equipas de Recrutamento Portugal <recrutamento.pt@fernleighhotels.pt>', 'subject': 'Formação GoodTime – sessão de outubro',
     'body': "Olá a todos,\n\nVamos repetir a sessão de formação GoodTime para as equipas de Portugal no dia 15 de outubro, às 10:00 (hora de Lisboa), por Teams. Confirmem a presença respondendo a este e-mail.\n\nObrigada,\nGoodTime Help Line"}
add('q-permissions-pt', outlook(MARTA['frm'], 'RE: Formação GoodTime – sessão de outubro', d, """Olá,

Obrigada pelo convite para a sessão, lá estarei.

Aproveito para perguntar outra coisa: a nossa Diretora de F&B, que é quem contrata os empregados de mesa, diz que ao entrar no GoodTime não consegue remarcar nem cancelar as entrevistas dos candidatos dela - aparece uma mensagem a dizer que não tem acesso. É um erro do sistema ou tem a ver com o tipo de utilizador dela?

Obrigada,
Marta""", sig=MARTA['sig'], disc=DISC_PT, quotes=[q], lang='pt', html_lang='PT', in_reply=True, accept_lang='pt-PT, en-US', received=4, auth=False),
    'question', 'auto_reply', 'permissions-roles', 'pt', 'old-thread-other-topic', 'hiring manager access message')

JOANNA = person('Joanna Wilk', 'joanna.wilk@fernleighhotels.com', 'Reservations Recruitment Team Leader', CRC,
                'T: +44 (0)161 496 0702 | M: +44 (0)7700 900655')
RACHEL = person('Rachel Summers', 'rachel.summers@fernleighhotels.com', 'Regional Recruitment Manager – UK Hotels', HO,
                'T: +44 (0)20 7946 0320 | M: +44 (0)7700 900390')
SANDRINE = person('Sandrine Colas', 'sandrine.colas@fernleighhotels.fr', 'Directrice des Ressources Humaines France', FR_PAR,
                  'Tél. +33 1 84 88 21 00')

# ======================================================================================
# QUESTIONS NO ARTICLE ANSWERS
# ======================================================================================

d = T('uk', 1, 14, 10, 26)
add('qn-sms-en', outlook(MEGAN['frm'], 'Reservations agent campaign - candidate no-shows', d, """Good morning Help Line,

I hope you all had a lovely Christmas break, belated as it is!

As some of you will know, we have just kicked off the spring campaign for reservations and guest contact agents here in Manchester. We are interviewing around forty people over the next three weeks, mostly students and people returning to work, and last year we had a no-show rate of nearly a third on the first-round video calls, which Ciara (our Reservations Manager) has asked me to try to bring down this time.

Talking to a few of last year's starters, the common theme is that they simply don't look at their e-mail - most of them live on their phones. So my question is: can GoodTime send candidates a text message (SMS) reminder on the day, as well as the normal e-mail? And if so, is that something we could switch on ourselves for the reservations interviews only?

Any pointers gratefully received.

Best wishes,
Megan""", sig=MEGAN['sig'], disc=DISC_UK, received=6, from_hdr='"O\'Rourke, Megan" <megan.orourke@fernleighhotels.com>'),
    'question', 'forward_support', 'none', 'en', 'rambling-question-3rd-paragraph', 'SMS reminders - not in KB')

d = T('uk', 3, 23, 15, 40)
add('qn-retention-en', outlook(OLIVER['frm'], 'Candidate data retention in GoodTime - DPO query', d, """Hi team,

Our Data Protection Officer, Eleanor Marsh, has asked me two things ahead of the annual records-of-processing review, and I realised I don't actually know the answers for GoodTime:

1. How long does GoodTime keep candidate personal data (names, e-mail addresses, availability, interview history) after a candidate has been rejected or has withdrawn in the ATS? Is that something we control, or a fixed period on GoodTime's side?
2. If a candidate makes a subject access or erasure request, can we export or delete that one person's data from GoodTime ourselves, or does it have to go through GoodTime?

She needs this by the end of the month. Thanks in advance.

Oliver""", sig=OLIVER['sig'], disc=DISC_UK, mode='html', cs='utf-8', received=7),
    'question', 'forward_support', 'none', 'en', 'two-questions', 'GDPR retention/erasure - not in KB')

d = T('us', 4, 7, 12, 3)
add('qn-mobile-app-en', gmail(JESSICA['frm'], 'Re: Interview rooms NYC + Boston', d, """Hi there,

Quick question from the New York side. A few of our GMs and department heads (Exec Chef, Director of Rooms) are basically never at a desk and they'd like to check and confirm their interview schedule from their phones between services. Is there a GoodTime mobile app for iPhone/Android, or is it browser only? If there is an app, can they just download it themselves?

Thanks!
Jess""", sig=JESSICA['sig'], received=6, in_reply=True,
    quote=(gmail_attr(T('uk', 3, 30, 9, 12), 'GoodTime Help Line', 'helpline@fernleighhotels.com'),
           "Hi Jess,\n\nThe Boston and New York interview rooms are now set up as calendar resources, so GoodTime will offer them for in-person interviews at both hotels.\n\nBest,\nGoodTime Help Line\n\n> On Fri, 27 Mar 2026 at 14:20, Jessica Delgado wrote:\n> Can we get the new 12th floor rooms at NYC into GoodTime?")),
    'question', 'forward_support', 'none', 'en', 'google-workspace;old-thread-other-topic;nested-quote', 'mobile app - not in KB')

d = T('uk', 8, 4, 13, 15)
add('qn-external-interviewer-en', outlook(REBECCA['frm'], 'External interviewer for spa therapist interviews', d, """Dear Help Line,

At Fernleigh Hall we use an external spa consultant, Nicole Baptiste (she runs her own consultancy and is not a Fernleigh employee), to sit on our interviews for spa therapists and the Spa Manager role - she does the practical treatment assessment.

At the moment I invite her separately from my own Outlook after GoodTime has sent everything else, which means she is never on the candidate's itinerary, and if anything moves I have to remember to update her by hand.

Is it possible to include someone from outside the company in a GoodTime interview, and if so how? She doesn't have a Fernleigh e-mail account or access to any of our systems.

Kind regards,
Rebecca""", sig=REBECCA['sig'], disc=DISC_UK, received=8, cs='windows-1252'),
    'question', 'forward_support', 'none', 'en', '', 'non-employee interviewer - KB only vague')

d = T('uk', 7, 1, 9, 5)
q = {'from': 'GoodTime Help Line', 'sent': sent_str(T('uk', 6, 24, 17, 30)), 'to': 'TA - All Recruiters & Coordinators',
     'subject': 'GoodTime maintenance window - Saturday 27 June',
     'body': "Hi all,\n\nGoodTime will be doing planned maintenance on Saturday 27 June between 06:00 and 08:00 UK time. Please avoid sending self-scheduling links during that window.\n\nThanks,\nGoodTime Help Line"}
add('qn-export-en', outlook(HARRIET['frm'], 'RE: GoodTime maintenance window - Saturday 27 June', d, """Morning all,

Finance have asked us for a breakdown of every interview scheduled through GoodTime between April and June - date, property, role, number of interviewers and whether it was in person or on video - for the cost-per-hire work in the quarterly board pack.

Is there a way to pull all of that out of GoodTime into a spreadsheet (Excel or CSV), and if so where do I find it? I've had a look around and can't see an obvious export button, but I may just not have the right access.

Thanks so much,
Harriet""", sig=HARRIET['sig'], disc=DISC_UK2, mode='plain', cte='quoted-printable', received=5, auth=False,
    quotes=[q], qstyle='original', in_reply=True),
    'question', 'forward_support', 'none', 'en', 'old-thread-other-topic;misleading-subject', 'bulk export - KB only vague')

d = T('us', 9, 16, 15, 22)
fwdh = """Begin forwarded message:

From: Rosa Medina <rosa.medina@fernleighhotels.com>
Subject: Emails for housekeeping candidates
Date: %s
To: Marcus Bell <marcus.bell@fernleighhotels.com>""" % ('September 15, 2026 at 4:41:07 PM EDT')
add('qn-spanish-emails-en', apple(MARCUS['frm'], 'Fwd: Emails for housekeeping candidates', d, """Hello,

Forwarding Rosa's question below. At Back Bay a big share of our housekeeping and stewarding applicants are more comfortable in Spanish than in English. Is it possible to have GoodTime send the confirmation and reminder emails in Spanish for those candidates? Ideally per candidate, since front desk and sales candidates should still get English.

Thank you,
Marcus

Marcus Bell
Recruiting Coordinator - Fernleigh Boston
O: (617) 555-0162""", fwd=(fwdh, """Hi Marcus,

Three of the room attendant candidates this week told me they didn't understand the interview email and nearly missed it. Can those emails go out in Spanish? Most of my team's applicants would prefer it.

Gracias,
Rosa

Rosa Medina | Executive Housekeeper | Fernleigh Boston Back Bay"""), received=5, msgid='none'),
    'question', 'forward_support', 'none', 'en', 'apple-mail-mac', 'candidate email language - not in KB')

d = T('us', 10, 20, 11, 47)
add('qn-feedback-en', outlook(KIM['frm'], 'where do interviewers submit feedback', d, """Hi - the new hiring managers at Boston keep asking me where they should put their interview notes / scorecard after the interview. Is that something they do in GoodTime or in the ATS? I want to give them the right answer.

Thanks,
Kim""", sig=KIM['sig'], disc=DISC_US, region='nam', html_lang='EN-US', accept_lang='en-US', client='owa', received=6),
    'question', 'forward_support', 'none', 'en', 'owa', 'interview feedback location - not in KB')

d = T('es', 3, 12, 11, 21)
add('qn-logo-es', outlook(ALVARO['frm'], 'Logo del hotel en los correos a candidatos', d, """Hola:

Desde la dirección del hotel de Barcelona nos preguntan si es posible que los correos que GoodTime envía a los candidatos (confirmaciones, recordatorios) lleven el logotipo y los colores de Fernleigh Barcelona Diagonal en lugar del formato genérico, y que el remitente aparezca como el hotel y no como una dirección de GoodTime.

¿Se puede personalizar esto? ¿Quién tendría que hacerlo?

Gracias y un saludo,
Álvaro Sánchez Prieto""", sig=ALVARO['sig'], disc=DISC_ES, lang='es', html_lang='ES', mode='html', cs='utf-8', cte='quoted-printable',
    accept_lang='es-ES, en-US', from_hdr='=?utf-8?Q?=C3=81lvaro_S=C3=A1nchez_Prieto?= <alvaro.sanchez@fernleighhotels.es>', received=6),
    'question', 'forward_support', 'none', 'es', 'rfc2047-q-from', 'branding/sender of candidate emails - not in KB')

d = T('de', 6, 30, 14, 2)
add('qn-works-council-de', outlook(ANJA['frm'], 'Anfrage Betriebsrat: Welche Interviewer-Daten speichert GoodTime?', d, """Hallo zusammen,

der Betriebsrat in Frankfurt möchte vor der Einführung der Interviewer-Limits wissen, welche Daten GoodTime über unsere Mitarbeitenden in ihrer Rolle als Interviewer speichert und auswertet (z. B. Anzahl der Interviews pro Person, Absagen, Antwortzeiten), wie lange diese Daten aufbewahrt werden und wer darauf Zugriff hat.

Gibt es dazu eine Dokumentation von GoodTime, die ich dem Betriebsrat weitergeben kann, idealerweise auf Deutsch? Die nächste Sitzung ist am 14. Juli.

Danke und viele Grüße
Anja Schröder""", sig=ANJA['sig'], disc=DISC_DE, lang='de', html_lang='DE', cs='utf-8', cte='base64', accept_lang='de-DE, en-US',
    from_hdr=ew_q('Schröder, Anja', 'iso-8859-1') + ' <anja.schroeder@fernleighhotels.de>', received=6),
    'question', 'forward_support', 'none', 'de', 'rfc2047-q-from-latin1', 'works council data documentation - not in KB')

d = T('pt', 4, 16, 11, 48)
add('qn-interface-language-pt', outlook(RUI['frm'], 'GoodTime em português?', d, """Bom dia,

Alguns chefes de departamento aqui no Porto (governanta, chefe de cozinha, chefe de manutenção) não se sentem muito à vontade a usar o GoodTime em inglês e perguntaram-me se é possível mudar a língua da plataforma para português.

Existe essa opção? Se sim, é cada utilizador que a altera ou tem de ser feito por alguém com mais permissões?

Obrigado,
Rui Magalhães""", sig=RUI['sig'], disc=DISC_PT, lang='pt', html_lang='PT', accept_lang='pt-PT, en-US', received=5, auth=False, msgid='nobrackets'),
    'question', 'forward_support', 'none', 'pt', '', 'interface language - not in KB')

# ======================================================================================
# BUGS
# ======================================================================================

d = T('uk', 4, 2, 10, 14)
add('bug-dst-en', outlook(PRIYA['frm'], 'quick question', d, """Hi both,

Quick question - or possibly not so quick.

Since the clocks went forward on Sunday, the confirmation e-mails GoodTime sends to my candidates for the Kensington and Edinburgh kitchen trials show the interview an hour later than it actually is. For example, a commis chef candidate booked for 10:00 on Friday received a confirmation saying 11:00 BST, while the invites in the chefs' Outlook calendars correctly say 10:00. Two candidates have rung reception to check, and one turned up an hour late yesterday.

Screenshot of one of the confirmations attached (candidate details blanked out). It seems to be every interview I've booked since Monday; Amara says hers look fine.

Could you look into it or pass it on to whoever needs to know?

Thanks,
Priya""", sig=PRIYA['sig'], disc=DISC_UK, received=7,
    attachments=[leaf('image/png', png(160, 90, seed=3), cte='base64', name='confirmation_wrong_time.png')]),
    'bug', 'forward_support', '', 'en', 'png;misleading-subject', 'confirmation times off by an hour after DST')

d = T('us', 5, 12, 16, 40)
fwdh = """---------- Forwarded message ---------
From: Aisha Rahman <aisha.rahman88@gmail.com>
Date: Tue, May 12, 2026 at 3:58 PM
Subject: Problem with the availability link
To: Jessica Delgado <jessica.delgado@fernleighhotels.com>"""
add('bug-availability-500-en', gmail(JESSICA['frm'], 'Fwd: Problem with the availability link', d, """Hi team - see below from a Revenue Analyst candidate. I resent the availability request twice this afternoon and she gets the same error each time. The other candidates on that req submitted fine. Can you pass this to GoodTime support?

Candidate: Aisha Rahman, job: Revenue Analyst - NYC (REQ-4471)

Thanks,
Jess""", sig=JESSICA['sig'], fwd=(fwdh, """Hi Jessica,

Thank you for sending the link. When I click it, select my times and press Submit, I get a page saying "Something went wrong (500). Please try again later." I've tried on Chrome and on my phone.

I'm free most afternoons next week if it's easier to just email.

Best,
Aisha"""), received=7),
    'bug', 'forward_support', '', 'en', 'google-workspace', 'availability link returns 500')

d = T('uk', 2, 26, 15, 2)
add('bug-room-error-en', outlook(LAUREN['frm'], 'Room booking error - Kensington interview rooms', d, """Hello,

For the past couple of days, whenever I schedule an in-person interview at Fernleigh Kensington in the Holland Room or the Cromwell Room, GoodTime shows the room as available, but when I confirm I get an error saying "Room could not be reserved - resource unavailable" and the interview is saved without a room. When I check the room calendars in Outlook they are completely free at those times.

It has happened on five interviews so far (housekeeping supervisor and front desk agent roles). I've been booking the rooms by hand as a workaround, but it would be good to get it fixed. Happy to send the interview links if that helps.

Many thanks,
Lauren""", sig=LAUREN['sig'], disc=DISC_UK, mode='html', received=6),
    'bug', 'forward_support', '', 'en', '', 'room free but reservation fails')

d = T('uk', 6, 17, 11, 30)
add('bug-zoom-missing-en', outlook(JAMES['frm'], 'No Zoom links on my interviews since yesterday', d, """Hi Help Line,

Since yesterday afternoon none of the interviews I schedule are getting a Zoom link - the invite goes out to the interviewer and the candidate, but the location just says "Video call" with no link. Interviews scheduled by Megan, who sits next to me, still get links, so it seems to be something with my account.

Nothing is due today so it isn't urgent, but I have 12 first-round calls for reservations agents next week.

Could this be looked at please?

Kind regards,
James""", sig=JAMES['sig'], disc=DISC_UK, cs='utf-8', cte='base64', received=5),
    'bug', 'forward_support', '', 'en', '', 'zoom links not generated for one user')

d = T('uk', 9, 21, 10, 2)
add('bug-hi-calendar-outage-en', outlook(HARRIET['frm'], "GoodTime not seeing anyone's calendar at Head Office since this morning", d, """Hi Help Line,

Since about 08:30 this morning GoodTime is showing every interviewer at Head Office as completely free all day - it is ignoring everything in their Outlook calendars. I've checked with Amara, Priya, Nathan and Tom and it's the same for all of us, and for every interviewer we've looked at (including people who haven't changed anything). Several interviews have already been booked on top of existing meetings this morning and two interviewers have had to decline.

There's a banner at the top saying "Calendar sync delayed" (screenshot attached), but it has been there for an hour and a half now.

We've stopped scheduling for the moment, but with around 60 interviews a week going through Head Office this is affecting the whole team. Could you raise it with GoodTime straight away please?

Thanks,
Harriet""", sig=HARRIET['sig'], disc=DISC_UK, importance='high', received=8,
    cc=[('Sophie Fairbanks', 'sophie.fairbanks@fernleighhotels.com'), ('Oliver Pennington', 'oliver.pennington@fernleighhotels.com')],
    attachments=[leaf('image/png', png(200, 110, accent=(230, 160, 30), seed=5), cte='base64', name='image001.png')]),
    'bug', 'forward_support+flag_csm', '', 'en', 'png;importance-high', 'org-wide calendar sync failure')

d = T('uk', 11, 4, 14, 18)
q = {'from': 'GoodTime Support <support@goodtime.io>', 'sent': sent_str(T('uk', 10, 16, 17, 4)),
     'to': 'Oliver Pennington <oliver.pennington@fernleighhotels.com>',
     'subject': '[GoodTime Support] Ticket #48877 - interviews not syncing to ATS',
     'body': "Hi Oliver,\n\nThanks for your patience. Our engineering team has deployed a fix for the ATS sync delay affecting your account, and the backlog of interviews has now synced. We'll close this ticket, but please reply if you see the issue again.\n\nKind regards,\nPriyanka\nGoodTime Support"}
add('bug-hi-ats-recurring-en', outlook(OLIVER['frm'], 'RE: [GoodTime Support] Ticket #48877 - interviews not syncing to ATS', d, """Hi team,

I'm afraid this one is back. As of this morning, interviews scheduled in GoodTime are once again not appearing on the candidate records in the ATS - I've found 14 so far across London, Manchester and Lisbon, all scheduled since yesterday evening. This is the third time we've reported exactly this (ticket #48213 in September and #48877 in October - see below, where Support confirmed it was fixed).

Hiring managers rely on the ATS record to see their interviews, so hotels are calling us asking why their candidates have "no interview". Please can this go back to GoodTime Support, and I think it's now time our Customer Success Manager got involved too, as the fix clearly isn't holding.

Example candidate IDs: 88213-LON, 88240-MAN, 88267-LIS.

Oliver""", sig=OLIVER['sig'], disc=DISC_UK, quotes=[q], in_reply=True, qstyle='original', mode='plain', received=6),
    'bug', 'forward_support+flag_csm', '', 'en', '', 'ATS sync failure recurring after two tickets')

d = T('uk', 7, 22, 17, 55)
add('bug-hi-wrong-candidate-en', outlook(AMARA['frm'], "CONFIDENTIAL: candidate received another candidate's interview details", d, """Hi,

I need to flag something serious. This afternoon a candidate for the Guest Relations Manager role (Kensington) e-mailed me to say the interview confirmation she received from GoodTime was for a completely different person - it had another candidate's full name, mobile number, the role they applied for (Assistant Housekeeper, Edinburgh) and their interview times. She has forwarded it to me and deleted it, but it clearly went out.

I sent each of them their confirmation separately from GoodTime this morning and nothing was edited by hand. I don't know whether other candidates have been affected.

As this is personal data going to the wrong person, I assume it needs to go to GoodTime urgently, and probably to our DPO as well. I have the forwarded e-mail if anyone needs it - I haven't attached it here because of the personal data.

Thank you,
Amara""", sig=AMARA['sig'], disc=DISC_UK, mode='html', cs='utf-8', importance='high', received=7),
    'bug', 'forward_support+flag_csm', '', 'en', 'importance-high', 'personal data sent to wrong candidate')

d = T('uk', 10, 1, 9, 44)
fwdh = """Begin forwarded message:

From: Eilidh Fraser <eilidh.fraser94@outlook.com>
Date: 30 September 2026 at 21:17:52 BST
To: fiona.macleod@fernleighhotels.co.uk
Subject: Re: Your interview at Fernleigh Edinburgh"""
add('bug-reminders-triple-en', apple(FIONA['frm'], 'Fwd: Re: Your interview at Fernleigh Edinburgh', d, """Hi there, see below - she's the fourth front desk agent candidate this week to get the same reminder e-mail three times the evening before, all within a couple of minutes. As far as I can tell it's only the front desk agent interviews, the housekeeping ones are fine.

Not the end of the world but it looks a bit unprofessional. Could someone take a look?

Thanks
Fiona""", mobile=True, html_too=True, fwd=(fwdh, """Hi Fiona,

Just to check - I've had three reminder emails for tomorrow's interview in the last few minutes. Has the time changed? They all say 10:30.

Thanks,
Eilidh"""), received=5),
    'bug', 'forward_support', '', 'en', '', 'duplicate reminders')

d = T('uk', 3, 17, 16, 12)
add('bug-dashboard-spinner-en', outlook(TOM['frm'], 'goodtime wont load', d, """hi, goodtime dashboard has been stuck on the loading spinner for me since lunch (screensht attached). tried chrome + edge, cleared cache, logged out and in again. everyone else in the grads team seems fine. no interviews today so not urgent, just cant do anything!

thanks
tom""", sig=TOM['sig'], disc=DISC_UK, received=4, auth=False,
    attachments=[leaf('image/png', png(140, 80, accent=(120, 120, 120), seed=1), cte='base64', name='Screenshot 2026-03-17 161004.png')]),
    'bug', 'forward_support', '', 'en', 'png;terse-lowercase;typos', 'dashboard stuck loading')

# bug through the IT self-service portal (robot)
d = T('uk', 8, 19, 8, 26)
itsm_html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#222">
<table width="640" cellpadding="0" cellspacing="0" style="border:1px solid #d0d7de">
<tr><td style="background:#2E4D3B;color:#fff;padding:10px 14px;font-size:16px">Fernleigh IT Self-Service &ndash; New incident</td></tr>
<tr><td style="padding:14px">
<p>A new incident has been logged and assigned to <b>People Technology &ndash; GoodTime Help Line</b>.</p>
<table cellpadding="4" cellspacing="0" style="font-size:13px">
<tr><td><b>Number</b></td><td>INC0042817</td></tr>
<tr><td><b>Caller</b></td><td>Hannah Price (hannah.price@fernleighhotels.co.uk)</td></tr>
<tr><td><b>Location</b></td><td>Fernleigh Hall Country Resort &amp; Spa</td></tr>
<tr><td><b>Category</b></td><td>Software &gt; GoodTime</td></tr>
<tr><td><b>Impact / Urgency</b></td><td>3 - Low / 3 - Low</td></tr>
<tr><td><b>Short description</b></td><td>GoodTime booking our Head Sommelier beyond his interview limit</td></tr>
<tr><td valign="top"><b>Description</b></td><td>Our Head Sommelier at Fernleigh Hall has a limit of 2 interviews per day in GoodTime (Oliver set this up in June). This week GoodTime has booked him for 4 interviews on Tuesday and 5 on Wednesday for the sommelier and bar roles, even though his settings still show the limit as 2. Nobody overrode it manually as far as I know. Could this be looked at please? He is not amused.</td></tr>
</table>
<p style="color:#666;font-size:11px">This is an automated notification from Fernleigh IT Self-Service. Please do not reply to this e-mail; update the incident in the portal instead.</p>
</td></tr></table></body></html>
"""
hdrs = [('Received', r) for r in rx_ms(d, 6, gateway_from=('itsm-mail.fernleighhotels.com (20.68.%d.%d)' % (R.randint(1, 250), R.randint(1, 250)), '20.68.14.77'))]
hdrs += auth_hdrs('fernleighhotels.com', arc=False)
hdrs += [('From', 'Fernleigh IT Self-Service <noreply-itsm@fernleighhotels.com>'), ('To', 'GoodTime Help Line <helpline@fernleighhotels.com>'),
         ('Subject', 'INC0042817 - New incident logged: GoodTime - interviewer load limit ignored'),
         ('Date', rfcdate(utc(d))), ('Message-ID', '<itsm.%s.%d@fernleighhotels.service-now.example>' % (rhex(24, False), R.randint(1000, 9999))),
         ('Auto-Submitted', 'auto-generated'), ('X-Auto-Response-Suppress', 'All'), ('X-ITSM-Ticket', 'INC0042817'), ('MIME-Version', '1.0')]
add('bug-loadlimit-form', (message(hdrs, leaf('text/html', itsm_html, 'utf-8', 'quoted-printable'), mime_version=None),
                           ['form-mailer', 'itsm-ticket', 'auto-submitted', 'x-auto-response-suppress', 'html-only', 'qp-utf-8', 'received-6', 'dkim-auth']),
    'bug', 'forward_support|needs_review', '', 'en', '', 'ticket-form bug: load limit ignored')

d = T('de', 11, 18, 9, 12)
add('bug-umlauts-de', outlook(KATRIN['frm'], 'Umlaute in Bewerber-E-Mails kaputt', d, """Hallo Helpline,

seit Montag werden in den Bestätigungsmails, die GoodTime an Bewerberinnen und Bewerber verschickt, Umlaute und ß falsch dargestellt: Aus „Friedrichstraße“ wird „FriedrichstraÃŸe“, aus „Jürgen“ wird „JÃ¼rgen“. Betroffen sind alle Vorlagen für Berlin, die ich geprüft habe; in der Vorschau in GoodTime sieht noch alles richtig aus. Ein Bewerber hat schon nachgefragt, ob die Mail überhaupt echt ist.

Könnt ihr das bitte an GoodTime weitergeben? Ein Beispiel hänge ich als Screenshot an.

Danke und viele Grüße
Katrin""", sig=KATRIN['sig'], disc=DISC_DE, lang='de', html_lang='DE', cte='base64', accept_lang='de-DE, en-US', received=6,
    attachments=[leaf('image/png', png(150, 70, accent=(200, 40, 40), seed=7), cte='base64', name='Bestaetigung_Umlaute.png')]),
    'bug', 'forward_support', '', 'de', 'png;mojibake-in-text', 'umlauts garbled in candidate emails')

d = T('es', 10, 8, 13, 27)
add('bug-selfsched-busy-es', outlook(MARIAJ['frm'], 'El enlace de autoprogramación ofrece horas en las que el chef está ocupado', d, """Hola:

Os escribo porque el enlace de autoprogramación que mandamos a los candidatos para ayudante de cocina en Madrid está ofreciendo horas en las que el chef ejecutivo tiene reuniones puestas en su calendario como «ocupado». Esta semana ya nos han reservado dos candidatos en huecos en los que él no podía, y hemos tenido que llamarles para cambiar.

He comprobado con él que su calendario está bien y que esas reuniones no están marcadas como «disponible». Al resto de entrevistadores no les pasa.

¿Podéis trasladarlo al soporte de GoodTime? Os paso los enlaces de las dos entrevistas si hace falta.

Gracias,
María José""", sig=MARIAJ['sig'], disc=DISC_ES, lang='es', html_lang='ES', mode='html', accept_lang='es-ES, en-US', received=7,
    subject_hdr='=?windows-1252?Q?El_enlace_de_autoprogramaci=F3n_ofrece_horas_en_las_que_el?=\n =?windows-1252?Q?_chef_est=E1_ocupado?='),
    'bug', 'forward_support', '', 'es', 'rfc2047-q-cp1252;long-folded-subject', 'self-scheduling offers busy times')

d = T('fr', 6, 11, 18, 40)
q = {'from': 'Vasseur Philippe <philippe.vasseur@fernleighhotels.fr>', 'sent': sent_str(T('fr', 6, 11, 17, 22), 'fr'),
     'to': 'Marchetti Julien <julien.marchetti@fernleighhotels.fr>', 'subject': 'Débrief chef de réception ???',
     'body': "Julien,\n\nNous étions censés faire le débrief des candidats chef de réception à 17h. Personne n'a reçu d'invitation, ni moi ni les deux autres. On l'a fait à l'improviste dans mon bureau mais ce n'est pas sérieux.\n\nPhilippe Vasseur\nDirecteur d'hébergement – Fernleigh Lyon Presqu'île"}
add('bug-debrief-fr', outlook(JULIEN['frm'], 'TR : Débrief chef de réception ???', d, """Bonsoir,

Ci-dessous le message de notre directeur d'hébergement. Le débrief était bien planifié dans GoodTime (ajouté automatiquement par le modèle d'entretien) pour aujourd'hui 17h, mais aucune invitation n'est partie, ni vers les interviewers ni vers moi. C'est la deuxième fois ce mois-ci.

Pouvez-vous transmettre au support GoodTime ? Je peux vous envoyer le lien de l'entretien.

Merci,
Julien""", sig=JULIEN['sig'], disc=DISC_FR, quotes=[q], lang='fr', html_lang='FR', cs='utf-8', accept_lang='fr-FR, en-US', received=5),
    'bug', 'forward_support', '', 'fr', 'fwd-outlook', 'debrief invites not sent')

d = T('pt', 3, 19, 12, 5)
add('bug-training-progress-pt', outlook(INES['frm'], 'Progresso da formação de entrevistadores não atualiza', d, """Olá,

A nossa nova Governanta Executiva em Lisboa está em formação como entrevistadora para as vagas de empregada de andares. Já fez as três entrevistas de observação (shadow) que o percurso exige - a última foi na terça-feira - mas no GoodTime continua a aparecer "0 de 3 concluídas" e, por isso, o sistema continua a não a incluir nas entrevistas de reverse shadow.

As entrevistas aparecem como realizadas no calendário e no ATS. Podem verificar com a GoodTime o que se passa?

Obrigada,
Inês""", sig=INES['sig'], disc=DISC_PT, lang='pt', html_lang='PT', accept_lang='pt-PT, en-US', received=6,
    from_hdr='=?utf-8?B?SW7DqnMgQ2FydmFsaG8=?= <ines.carvalho@fernleighhotels.pt>'),
    'bug', 'forward_support', '', 'pt', 'rfc2047-b-from', 'trainee progress stuck')

# ======================================================================================
# SCHEDULING BLOCKERS
# ======================================================================================

d = T('uk', 5, 14, 9, 52)
add('blk-lobby-en', outlook(LAUREN['frm'], 'Candidate in reception NOW - no interviewer on the interview', d, """Hi - urgent please.

I have a candidate for the Housekeeping Supervisor role sitting in reception at Kensington right now for a 10:00 interview. GoodTime shows the interview as scheduled but the interviewer field is empty, and our Executive Housekeeper says she never got an invite. When I try to add her in GoodTime I get "This interview can't be edited right now".

Can someone help me sort this in the next few minutes? I'm at my desk on ext. 855.

Lauren""", sig=LAUREN['sig'], disc=DISC_UK, importance='high', received=6),
    'scheduling_blocker', 'forward_support', '', 'en', 'importance-high', 'candidate waiting, interviewer missing')

d = T('uk', 8, 20, 13, 46)
start = dt.datetime(2026, 8, 20, 14, 0)
add('blk-teams-link-en', outlook(AMARA['frm'], 'Panel at 14:00 - no Teams link on the invite', d, """Help Line,

The panel interview for the Revenue Manager (Edinburgh) starts at 14:00 - that's 15 minutes from now. Three interviewers, candidate remote. The invite from GoodTime says "Microsoft Teams meeting" in the location but there's no join link in the body, either for the interviewers or for the candidate (she has just e-mailed me asking for it). Regenerating it from the interview page doesn't add one.

What can we do right now? Should I just send a Teams link from my own calendar?

The invite is attached so you can see what went out.

Amara""", sig=AMARA['sig'], disc=DISC_UK, mode='html', received=5, importance='high',
    attachments=[leaf('text/calendar', ics('REQUEST', 'Panel interview - Revenue Manager (Edinburgh) - Candidate: S. Grant', start, start + dt.timedelta(hours=1),
                                           ('GoodTime Scheduling', 'scheduling@fernleighhotels.com'),
                                           [('Amara Okafor', 'amara.okafor@fernleighhotels.com'), ('Duncan Reid', 'duncan.reid@fernleighhotels.co.uk'), ('Laura Chen', 'laura.chen@fernleighhotels.com')],
                                           location='Microsoft Teams meeting', desc='Panel interview arranged via GoodTime.\nJoin details will follow.'),
                      'utf-8', 'base64', name='invite.ics', ctype='text/calendar; charset="utf-8"; method=REQUEST;\n\tname="invite.ics"')]),
    'scheduling_blocker', 'forward_support', '', 'en', 'ics', 'panel in 15 min without video link')

d = T('us', 2, 5, 10, 6)
add('blk-zoom-invalid-en', apple(MARCUS['frm'], 'candidate cant get into zoom', d, """interview for AGM started at 10. candidate says zoom gives "invalid meeting ID" from the link in her confirmation. hiring mgr is in the meeting waiting for her. im on my phone at the front desk, can someone check the link asap""",
    mobile=True, html_too=False, received=5),
    'scheduling_blocker', 'forward_support', '', 'en', 'terse-lowercase', 'candidate cannot join live zoom')

d = T('uk', 10, 29, 10, 21)
add('blk-chef-sick-en', outlook(PRIYA['frm'], "URGENT - chef off sick, can't swap interviewer for 11:00 trial", d, """Hi,

Our Executive Chef at Fernleigh Hall has called in sick this morning, and he was due to interview a Chef de Partie candidate at 11:00 (she is already on her way - driving up from Bristol). The Head Chef, Marco, is free and happy to step in.

When I try to swap Marco in on the interview page in GoodTime I get the error "Unable to update interview. Please try again." I've tried four times, and in Edge as well as Chrome. I don't want to cancel and rebook because the candidate would get a cancellation e-mail while she is on the road.

Please can someone help before 11?

Many thanks,
Priya""", sig=PRIYA['sig'], disc=DISC_UK2, importance='high', received=7),
    'scheduling_blocker', 'forward_support', '', 'en', 'importance-high;disclaimer-urgent-word', 'interviewer swap fails before trial')

d = T('uk', 1, 28, 18, 5)
add('blk-availability-expired-en', outlook(MEGAN['frm'], 'availability page erroring - candidate on the phone now', d, """hi both, i've got a candidate on the phone right now who needs to put in her availability for tomorrow morning's reservations agent interviews (the slots close tonight). every time she clicks submit she gets "link expired". I resent it 2 mins ago, same thing. can anyone help quickly??

megan""", sig=MEGAN['sig'], disc=DISC_UK, mode='plain', cte='7bit', received=4, auth=False),
    'scheduling_blocker', 'forward_support', '', 'en', 'terse-lowercase;evening', 'candidate on phone, link expired')

d = T('uk', 4, 21, 14, 2)
add('blk-caps-room-en', outlook(FIONA['frm'], 'ROOM DOUBLE BOOKED - CANDIDATE WAITING', d, """THE CHARLOTTE ROOM IS DOUBLE BOOKED. GOODTIME PUT OUR 14:00 SOUS CHEF INTERVIEW IN IT AND THERE IS A WEDDING CLIENT MEETING IN THERE. CANDIDATE IS WAITING IN THE LOBBY WITH THE EXEC CHEF AND I CAN'T MOVE IT TO ANOTHER ROOM IN GOODTIME - IT SAYS NO ROOMS AVAILABLE BUT THE ALBANY ROOM IS EMPTY, I'M STANDING IN IT.

PLEASE HELP

Fiona""", sig=FIONA['sig'], disc=DISC_UK, received=6, msgid='none'),
    'scheduling_blocker', 'forward_support', '', 'en', 'angry-caps', 'room double booked, candidate waiting')

d = T('us', 3, 24, 8, 31)
add('blk-timezone-live-en', gmail(JESSICA['frm'], 'Fwd: Interview today - which time?', d, """Hi - need help fast.

Our Director of Rooms here in NYC is due to interview a Front Office Manager candidate in Lisbon. His invite from GoodTime says 9:00 AM ET, so 30 minutes from now. The candidate's email is below: her confirmation says 13:00 Lisbon time but the calendar invite she got shows 14:00. He's about to dial in.

Which one is right, and can someone fix her invite before 9?

Jess""", sig=JESSICA['sig'], received=6, cc=[('Kimberly Tran', 'kimberly.tran@fernleighhotels.com')],
    fwd=("""---------- Forwarded message ---------
From: Carolina Ferreira <carolina.m.ferreira@gmail.com>
Date: Tue, Mar 24, 2026 at 8:24 AM
Subject: Interview today - which time?
To: Jessica Delgado <jessica.delgado@fernleighhotels.com>""", """Dear Jessica,

Sorry to bother you. The confirmation email says my interview is at 13:00 (Lisbon), but the invitation in my calendar says 14:00. Which one should I join? I'm ready at either time.

Kind regards,
Carolina Ferreira""")),
    'scheduling_blocker', 'forward_support', '', 'en', 'google-workspace', 'time mismatch, interview in 30 min')

d = T('us', 6, 23, 13, 58)
q = {'from': 'Richard Okonkwo <richard.okonkwo@fernleighhotels.com>', 'sent': sent_str(T('us', 6, 23, 13, 54), us=True),
     'to': 'Kimberly Tran <kimberly.tran@fernleighhotels.com>', 'subject': 'Where is everyone??',
     'body': "Kim - I'm in the boardroom, the candidate is downstairs, where are Sarah and Tom? The meeting just vanished from my calendar 10 minutes ago.\n\nR.\n\nRichard Okonkwo | General Manager | Fernleigh Boston Back Bay\nSent from Outlook for iOS"}
add('blk-vanished-en', outlook(KIM['frm'], 'FW: Where is everyone??', d, """Help Line - please see below from our GM in Boston. The 2pm final interview for the Director of Sales shows as CANCELLED in GoodTime and the invites have disappeared from the interviewers' calendars, but nobody here cancelled it. The candidate is in the lobby, the GM is in the room, and the other two interviewers don't know to come.

Can you help us get this back right now?

Kim""", sig=KIM['sig'], disc=DISC_US, quotes=[q], region='nam', html_lang='EN-US', accept_lang='en-US', received=7, lang='en'),
    'scheduling_blocker', 'forward_support', '', 'en', 'fwd-outlook', 'interview vanished, candidate in lobby')

# blocker through the IT self-service "urgent help" form (robot)
d = T('uk', 12, 1, 7, 48)
txt = """URGENT HELP REQUEST - submitted via Fernleigh IT Self-Service

Request number: RITM0091553
Requested by: Joanna Wilk (Reservations Recruitment Team Leader)
Contact number: +44 (0)161 496 0702
Location: Central Reservations Centre, Manchester
Service: GoodTime interview scheduling
Priority selected by user: P1 - interview starting within the hour

Details:
Candidate for the Night Auditor role has an interview at 08:00 (12 minutes from now) with our Night Manager. The candidate has not received the video link. In GoodTime the video link shows as "pending" and clicking "resend confirmation" does nothing. Night Manager is finishing his shift at 08:30 so we cannot move it. Please call me.

--
This notification was generated automatically. Do not reply to this message.
"""
hdrs = [('Received', r) for r in rx_ms(d, 7, gateway_from=('itsm-mail.fernleighhotels.com (20.68.14.77)', '20.68.14.77'))]
hdrs += [('Date', rfcdate(utc(d), pad=True)), ('From', '"Fernleigh IT Self-Service" <noreply-itsm@fernleighhotels.com>'),
         ('Reply-To', 'noreply-itsm@fernleighhotels.com'), ('To', 'helpline@fernleighhotels.com'),
         ('Subject', 'RITM0091553 - URGENT help request: GoodTime - video link missing (P1)'),
         ('Message-ID', 'itsm.%s@fernleighhotels.service-now.example' % rhex(20, False)),
         ('Auto-Submitted', 'auto-generated'), ('X-Auto-Response-Suppress', 'All'), ('X-ITSM-Ticket', 'RITM0091553'),
         ('MIME-Version', '1.0')]
add('blk-form-nightaudit', (message(hdrs, leaf('text/plain', txt, 'us-ascii', '7bit'), mime_version=None),
                            ['form-mailer', 'itsm-ticket', 'auto-submitted', 'x-auto-response-suppress', 'plain-7bit', 'msgid-no-brackets', 'received-7']),
    'scheduling_blocker', 'forward_support|needs_review', '', 'en', '', 'ticket-form: interview in 12 minutes without link')

d = T('de', 3, 5, 11, 7)
add('blk-reception-de', outlook(NADINE['frm'], 'DRINGEND: Bewerberin wartet am Empfang – Interviewer haben den Termin für morgen', d, """Hallo,

ich brauche bitte sofort Hilfe: Eine Bewerberin für die Stelle Empfangsleitung sitzt seit zehn Minuten bei uns am Empfang in Berlin. Laut ihrer Bestätigung von GoodTime ist das Gespräch heute um 11:00 Uhr. Die beiden Interviewer (Hoteldirektor und Front Office Manager) haben den Termin aber für morgen 11:00 Uhr im Kalender und sind heute in einem Meeting außer Haus.

In GoodTime steht das Interview für heute. Ich weiß nicht, welche Angabe stimmt und wie ich das jetzt schnell kläre. Könnt ihr mir helfen? Ich bin unter der Durchwahl 4420 erreichbar.

Danke!
Nadine Kühn""", sig=NADINE['sig'], disc=DISC_DE, lang='de', html_lang='DE', accept_lang='de-DE, en-US', importance='high', received=8,
    subject_hdr='DRINGEND: Bewerberin wartet am Empfang =?utf-8?B?4oCTIEludGVydmlld2VyIGhhYmVuIGRlbiBUZXJtaW4=?=\n =?utf-8?B?IGbDvHIgbW9yZ2Vu?=',
    from_hdr='=?iso-8859-1?Q?Nadine_K=FChn?= <nadine.kuehn@fernleighhotels.de>'),
    'scheduling_blocker', 'forward_support', '', 'de', 'rfc2047-b-mixed;long-folded-subject;importance-high', 'candidate at reception, date mismatch')

d = T('es', 4, 14, 16, 50)
add('blk-teams-es', outlook(LUCIA['frm'], 'URGENTE: entrevista en 10 minutos y el enlace de Teams no funciona', d, """Hola,

La entrevista para segundo jefe de cocina empieza a las 17:00 y el candidato me acaba de llamar: el enlace de Teams del correo de confirmación le dice «Esta reunión no existe». El chef tampoco puede entrar con el enlace de su invitación.

¿Podéis ayudarme ya? ¿Genero un enlace nuevo a mano o hay que hacerlo desde GoodTime?

Lucía""", sig=LUCIA['sig'], disc=DISC_ES, lang='es', html_lang='ES', mode='html', cs='utf-8', accept_lang='es-ES, en-US', received=5,
    importance='high', from_hdr='Lucía Martín Gómez <lucia.martin@fernleighhotels.es>'.encode('utf-8')),
    'scheduling_blocker', 'forward_support', '', 'es', 'raw-utf8-from;importance-high', 'Teams link dead, interview in 10 min')

d = T('fr', 9, 17, 14, 24)
add('blk-meet-fr', apple(CAMILLE['frm'], 'Entretien 14h30 – pas de lien visio !', d, """Bonjour, entretien à 14h30 pour le poste de responsable des réservations : le candidat m'appelle, sa confirmation ne contient aucun lien de visio et l'invitation des deux interviewers non plus. Dans GoodTime c'est bien marqué « vidéo ».

Que faire dans les 5 minutes ??

Camille""", mobile=True, mobile_sig='Envoyé de mon iPhone', html_too=True, received=6,
    subject_hdr='Entretien 14h30 – pas de lien visio !'.encode('utf-8')),
    'scheduling_blocker', 'forward_support', '', 'fr', 'raw-utf8-subject', 'no video link 5 minutes before')

# ======================================================================================
# FEATURE REQUESTS
# ======================================================================================

d = T('uk', 5, 5, 12, 12)
add('fr-whatsapp-en', outlook(DANIEL['frm'], 'URGENT - GoodTime improvement needed for candidate messaging', d, """Dear Help Line,

Apologies for the dramatic subject line - it got your attention, at least!

Following the spring reservations campaign, the team and I have a strong request for GoodTime: it would make a huge difference if GoodTime could send interview confirmations and reminders to candidates by WhatsApp, not only by e-mail. Most of our applicants for reservations and guest contact roles are under 25 and tell us they rarely check e-mail, and colleagues at the hotels in Spain and Portugal say the same.

Ideally candidates would also be able to confirm, or ask to reschedule, straight from the WhatsApp message.

Could this be passed on to the right people at GoodTime?

Kind regards,
Daniel""", sig=DANIEL['sig'], disc=DISC_UK2, importance='high', received=6),
    'feature_request', 'product_board_reply', '', 'en', 'misleading-urgent-subject;importance-high', 'WhatsApp messages to candidates')

d = T('uk', 8, 26, 23, 12)
add('fr-shift-patterns-en', outlook(MEGAN['frm'], 'Idea: GoodTime + shift rotas', d, """Hi all,

One for the wish list. Most of our interviewers at the Reservations Centre (team leaders, duty managers) work rotating shifts - earlies, lates and nights - which live in our rota system, not in Outlook. So GoodTime thinks they're free at 3pm on a day when they're actually on nights and asleep.

It would be brilliant if GoodTime could take shift patterns into account when offering slots, for example by reading the rota, or at least by letting interviewers set different working hours week by week instead of one fixed pattern. Until then we're blocking out Outlook by hand.

Thanks for listening!
Megan""", sig=MEGAN['sig'], disc=DISC_UK, received=5, auth=False),
    'feature_request', 'product_board_reply', '', 'en', 'night', 'shift-aware availability')

d = T('uk', 10, 13, 17, 3)
add('fr-bulk-move-en', outlook(CHARLOTTE['frm'], 'Suggestion: moving several interviews at once', d, """Good afternoon,

I wonder whether I might pass on a suggestion for GoodTime.

Mr Caldwell's diary changes at short notice because of his travel, and when it does I often have to move six or eight interviews one by one - opening each, choosing a new time, checking the other interviewers, and sending each candidate a new confirmation.

It would be marvellous if GoodTime allowed me to select several interviews for one interviewer and move them in one go, or at least suggested new times for all of them together. I suspect other executive assistants would find it just as useful.

With many thanks and kind regards,
Charlotte""", sig=CHARLOTTE['sig'], disc=DISC_UK, mode='html', received=6),
    'feature_request', 'product_board_reply', '', 'en', '', 'bulk reschedule')

d = T('uk', 12, 3, 2, 47)
add('fr-dark-mode-en', outlook(JAMES['frm'], 'dark mode pls', d, """any chance goodtime could get a dark mode? doing the night auditor recruitment admin at 3am and the white screen is brutal lol

James""", sig=None, mode='plain', cte='7bit', received=3, auth=False, nl='\n'),
    'feature_request', 'product_board_reply', '', 'en', 'terse-lowercase;night;no-signature', 'dark mode')

d = T('uk', 3, 3, 10, 40)
add('fr-arrival-info-en', outlook(REBECCA['frm'], 'Candidate itineraries - arrival instructions', d, """Dear Help Line,

A suggestion rather than a problem. Fernleigh Hall is notoriously hard to find (the sat-nav sends candidates to the farm entrance!) and we always end up adding the same arrival notes by hand: which gate to use, where staff parking is, and that they should ask for HR at the Orangery reception.

It would be very helpful if GoodTime could automatically include location-specific arrival information - a map, directions and parking details, set up once per property - on the candidate's itinerary whenever an interview is at that location, instead of us typing it into each one.

With thanks,
Rebecca""", sig=REBECCA['sig'], disc=DISC_UK, received=7, cs='utf-8'),
    'feature_request', 'product_board_reply', '', 'en', '', 'per-property arrival info on itineraries')

d = T('uk', 7, 9, 15, 15)
add('fr-video-or-person-en', outlook(LAUREN['frm'], 'Feature idea - let candidates pick video or in person', d, """Hello,

Would it be possible to suggest to GoodTime that, on the self-scheduling page, candidates could choose whether they'd like to come in person or do the interview by video? For first-round front desk agent interviews at Kensington we're happy either way, but at the moment we have to send two different links and explain which is which.

A simple choice on the booking page, with the room or the Teams link added automatically depending on the answer, would save a lot of back-and-forth.

Thanks,
Lauren""", sig=LAUREN['sig'], disc=DISC_UK, cs='utf-8', cte='base64', received=6),
    'feature_request', 'product_board_reply', '', 'en', '', 'candidate chooses format on self-scheduling')

d = T('us', 11, 10, 17, 20)
add('fr-feedback-nudges-en', gmail(JESSICA['frm'], 'Wish list: feedback nudges', d, """Hi team - a request for the GoodTime wish list.

Our biggest delay in the US right now isn't scheduling, it's interviewers not submitting feedback after the interview. It would be great if GoodTime could automatically nudge interviewers a few hours after the interview ends (and again the next morning) until their scorecard is in, and show coordinators who is still outstanding.

Thanks!
Jess""", sig=JESSICA['sig'], received=5,
    quote=(gmail_attr(T('uk', 11, 9, 16, 2), 'GoodTime Help Line', 'helpline@fernleighhotels.com'),
           "Hi all,\n\nReminder: the GoodTime drop-in clinic moves to Thursdays from next week, 16:00-17:00 UK time (11:00-12:00 ET).\n\nGoodTime Help Line"), in_reply=True),
    'feature_request', 'product_board_reply', '', 'en', 'google-workspace;old-thread-other-topic', 'automatic feedback reminders')

d = T('us', 2, 19, 14, 44)
add('fr-approval-step-en', outlook(KIM['frm'], 'Suggestion: hiring manager approval before invites go out', d, """Hi,

Our GMs in the US have asked whether GoodTime could add an optional approval step: once the coordinator picks a slot, the hiring manager gets a quick "approve / suggest another time" request, and only after approval does the candidate receive the invite.

Today we do this over e-mail and Teams chat, which adds a day to every process. Could you put this forward to GoodTime as an enhancement?

Thanks,
Kimberly""", sig=KIM['sig'], disc=DISC_US, region='nam', html_lang='EN-US', accept_lang='en-US', received=6),
    'feature_request', 'product_board_reply', '', 'en', '', 'hiring-manager approval step')

d = T('uk', 2, 9, 11, 11)
mock = pdf(['No-show reporting - mock-up', '', 'Filter: Property | Role family | Month', '',
            'Property                 Interviews   No-shows   Rate',
            'Fernleigh Kensington         212          19     9.0%',
            'Fernleigh Edinburgh          148          21    14.2%',
            'Central Reservations         391          97    24.8%',
            'Fernleigh Hall               86            6     7.0%', '',
            'Drill-down: by role family (Rooms, F&B, Spa, Reservations)'], 'No-show report mock-up')
add('fr-noshow-report-en', outlook(OLIVER['frm'], 'Enhancement request - no-show reporting by property', d, """Hi both,

We'd like to put forward an enhancement request for GoodTime. It would be really useful to have a candidate no-show rate in the reporting, broken down by property and by role family (Rooms, F&B, Spa, Reservations), so that GMs can see where candidates are dropping out. At the moment we can only get this by exporting and working it out by hand.

I've attached a rough mock-up of what we have in mind. Could this go onto GoodTime's product board?

Thanks,
Oliver""", sig=OLIVER['sig'], disc=DISC_UK, received=7,
    attachments=[leaf('application/pdf', mock, cte='base64', name='No-show report mock-up.pdf')]),
    'feature_request', 'product_board_reply', '', 'en', 'pdf', 'no-show rate report')

d = T('es', 2, 25, 10, 3)
add('fr-questions-es', outlook(BEGONA['frm'], 'Sugerencia para GoodTime: preguntas al candidato al reservar', d, """Hola equipo:

Os traslado una sugerencia de los equipos de Sevilla y Málaga. En la campaña de verano contratamos a muchos temporeros de fuera de Andalucía y siempre necesitamos saber, antes de la entrevista, si necesitarían alojamiento y desde qué fecha podrían incorporarse.

Sería muy útil que GoodTime permitiera añadir una o dos preguntas cortas en la página donde el candidato elige su hora, y que las respuestas quedaran guardadas en la entrevista.

¿Lo podéis hacer llegar a GoodTime?

Gracias,
Begoña""", sig=BEGONA['sig'], disc=DISC_ES, lang='es', html_lang='ES', cs='utf-8', accept_lang='es-ES, en-US', received=6,
    from_hdr='=?utf-8?Q?Bego=C3=B1a_Iturriaga?= <begona.iturriaga@fernleighhotels.es>'),
    'feature_request', 'product_board_reply', '', 'es', 'rfc2047-q-from', 'screening questions on booking page')

d = T('fr', 5, 20, 9, 8)
add('fr-24h-fr', outlook(ELODIE['frm'], 'Suggestion : format 24 h dans les e-mails candidats', d, """Bonjour,

Petite suggestion à remonter à GoodTime : dans les e-mails de confirmation envoyés aux candidats, les heures apparaissent au format « 2:30 PM ». En France personne n'écrit l'heure ainsi, et plusieurs candidats nous ont demandé s'il s'agissait de 2 h 30 du matin !

Ce serait bien de pouvoir choisir le format 24 h (14:30 ou 14 h 30) selon le pays ou la langue du candidat.

Merci d'avance,
Élodie""", sig=ELODIE['sig'], disc=DISC_FR, lang='fr', html_lang='FR', accept_lang='fr-FR, en-US', received=5,
    from_hdr='Élodie Garnier <elodie.garnier@fernleighhotels.fr>'.encode('cp1252')),
    'feature_request', 'product_board_reply', '', 'fr', 'raw-cp1252-from', '24-hour time format')

d = T('pt', 12, 2, 15, 33)
add('fr-holidays-pt', outlook(RUI['frm'], 'Sugestão: feriados nacionais no GoodTime', d, """Boa tarde,

Gostava de deixar uma sugestão para a GoodTime: seria ótimo se o GoodTime reconhecesse automaticamente os feriados nacionais e municipais de cada país (no nosso caso Portugal - e o São João no Porto!) e não os oferecesse aos candidatos como datas possíveis.

Já temos duas entrevistas marcadas para o dia 8 de dezembro porque os entrevistadores não tinham bloqueado o dia no calendário.

Cumprimentos,
Rui""", sig=RUI['sig'], disc=DISC_PT, lang='pt', html_lang='PT', mode='html', accept_lang='pt-PT, en-US', received=7),
    'feature_request', 'product_board_reply', '', 'pt', '', 'public holidays awareness')

# ======================================================================================
# ESCALATIONS
# ======================================================================================

d = T('uk', 3, 2, 8, 47)
plan = pdf(['Seasonal GoodTime seats - April to September 2026', '',
            'Fernleigh Hall Country Resort & Spa:  4 coordinators, 3 hiring managers',
            'Quinta da Serra Resort & Spa (Algarve): 3 coordinators, 3 hiring managers',
            'Central Reservations Centre:          2 temporary coordinators', '',
            'Total additional seats requested: 15', 'Required from: 1 April 2026'], 'Seasonal seats plan')
add('esc-seats-en', outlook(SOPHIE['frm'], 'Additional GoodTime licences for summer seasonal hiring', d, """Dear Help Line team,

As you know, we are significantly expanding seasonal recruitment this year at Fernleigh Hall and at Quinta da Serra in the Algarve, and we will be bringing in a number of temporary coordinators and hiring managers from April to September.

By my count we will need around 15 additional GoodTime seats for that period (breakdown attached). Could you please take this up with GoodTime on our behalf? I'd like to understand whether seats can be added for part of the year, what it would cost against our current contract, and how quickly they could be made available. If it's easier, I'm very happy to join a call with our account contact at GoodTime.

Many thanks,
Sophie""", sig=SOPHIE['sig'], disc=DISC_UK, received=7, cc=[('Oliver Pennington', 'oliver.pennington@fernleighhotels.com')],
    attachments=[leaf('application/pdf', plan, cte='base64', name='Seasonal seats plan 2026.pdf')]),
    'escalation', 'flag_csm', '', 'en', 'pdf', 'extra seats for seasonal hiring')

d = T('uk', 4, 28, 16, 55)
q = {'from': 'Greaves, Thomas <thomas.greaves@fernleighhotels.com>', 'sent': sent_str(T('uk', 4, 28, 15, 12)),
     'to': 'Fairbanks, Sophie <sophie.fairbanks@fernleighhotels.com>', 'subject': 'GoodTime renewal 30 June - commercial review',
     'body': "Sophie,\n\nOur GoodTime subscription renews on 30 June 2026. Before we sign anything I'd like to review seat utilisation, pricing against last year, and whether a multi-year term would get us a better rate.\n\nCould you arrange for the relevant contact at GoodTime to send us a renewal proposal and join a call? The budget committee meets on 3 June.\n\nRegards,\nThomas\n\nThomas Greaves | Category Manager, Indirect Procurement | Fernleigh Hotels & Resorts"}
add('esc-renewal-en', outlook(SOPHIE['frm'], 'FW: GoodTime renewal 30 June - commercial review', d, """Help Line - forwarding the note below from Procurement. Could you please coordinate with GoodTime so we can get a renewal conversation in the diary in May? Thomas needs usage figures and a proposal before the budget committee on 3 June.

Thanks,
Sophie""", sig=SOPHIE['sig'], disc=DISC_UK, quotes=[q], mode='plain', received=6,
    attachments=[leaf('application/ms-tnef', tnef(), cte='base64', name='winmail.dat', disp='attachment;\n\tfilename="winmail.dat"')]),
    'escalation', 'flag_csm', '', 'en', 'winmail-dat;fwd-outlook', 'contract renewal and pricing')

d = T('uk', 1, 7, 9, 20)
add('esc-training-en', outlook(JOANNA['frm'], 'GoodTime training for new Reservations Centre coordinators', d, """Good morning,

Happy New Year to you all.

We have six new recruiting coordinators joining the Reservations Centre between 19 January and 2 February, ahead of the spring campaign. None of them have used GoodTime before.

Would it be possible to arrange a proper training session for them with GoodTime - ideally a live session of an hour or two covering scheduling, rescheduling, availability requests and self-scheduling links, plus the panel set-up we use for team leader roles? Our own quick walkthroughs have worked well for one or two people at a time, but with six at once I think we need something more structured.

We can host it on Teams or in person in Manchester, whichever suits.

I've attached a placeholder for the week of 26 January so the date is held.

Kind regards,
Joanna""", sig=JOANNA['sig'], disc=DISC_UK, mode='html', received=5,
    attachments=[leaf('text/calendar', ics('REQUEST', 'HOLD - GoodTime training for new CRC coordinators', dt.datetime(2026, 1, 27, 10, 0), dt.datetime(2026, 1, 27, 12, 0),
                                           ('Joanna Wilk', 'joanna.wilk@fernleighhotels.com'), [('GoodTime Help Line', 'helpline@fernleighhotels.com')],
                                           location='Training Room 2, Quay House, Manchester / Microsoft Teams'),
                      'utf-8', 'base64', name='GoodTime training hold.ics', ctype='text/calendar; charset="utf-8"; method=REQUEST;\n\tname="GoodTime training hold.ics"')]),
    'escalation', 'flag_csm', '', 'en', 'ics', 'team training request')

d = T('uk', 6, 24, 19, 37)
add('esc-complaint-en', outlook(RACHEL['frm'], 'GoodTime - honest feedback from the UK hotel recruiters', d, """Hi Help Line,

I've been asked by the UK hotel recruiting team to put this in writing, so here goes.

Six months in, the honest picture is that GoodTime isn't going well for us. Several recruiters at the London and Edinburgh hotels have quietly gone back to booking interviews manually in Outlook because they don't trust what GoodTime shows them. We've had calendar problems, duplicated reminders and confirmations with the wrong times, and each one has been fixed individually, but the overall experience is that something is always slightly broken. Hiring managers have started asking whether it's worth it.

None of this is a criticism of you - you've been brilliant at chasing each issue. But I think we need a proper conversation with GoodTime about where the account stands, what is being done about the recurring problems, and a plan to get adoption back on track. Could you set that up?

Best regards,
Rachel""", sig=RACHEL['sig'], disc=DISC_UK, received=8),
    'escalation', 'flag_csm', '', 'en', 'evening', 'overall dissatisfaction and adoption')

d = T('uk', 11, 19, 9, 41)
add('esc-recurring-live-en', outlook(HARRIET['frm'], 'ESCALATION - candidate confirmations still not sending (3rd week)', d, """Hello,

I'm afraid I need to escalate this. Since 28 October we've had an open ticket with GoodTime Support (#51904) about candidate confirmation e-mails intermittently not being sent, and we've been told twice that it was fixed. This morning it has happened again: none of the 8 candidates booked yesterday afternoon for Head Office interviews received a confirmation, and two of them are due in this afternoon.

I've resent those eight by hand, so nobody is stuck this minute, but we can't keep working like this. Please could you (a) chase Support again with today's examples, and (b) get our Customer Success Manager involved - three weeks without a lasting fix on something this basic needs someone at GoodTime to own it.

Examples from today: interview IDs 7731842, 7731856, 7731870.

Thank you,
Harriet""", sig=HARRIET['sig'], disc=DISC_UK, importance='high', received=7,
    cc=[('Sophie Fairbanks', 'sophie.fairbanks@fernleighhotels.com')]),
    'escalation', 'flag_csm+forward_support', '', 'en', 'importance-high', 'unresolved ticket, failing again today')

d = T('uk', 7, 28, 11, 2)
tl = pdf(['ATS replacement - People Technology roadmap', '', 'Aug 2026  Vendor configuration',
          'Sep 2026  Integration build (GoodTime, payroll, onboarding)', 'Oct 2026  User acceptance testing',
          'Nov 2026  Data migration & parallel run', '1 Dec 2026  Go-live', '',
          'Open question: GoodTime re-integration and stage mapping'], 'ATS replacement timeline')
add('esc-ats-migration-en', outlook(GRACE['frm'], 'ATS change in Q4 - impact on GoodTime', d, """Hi team,

A heads-up and a request. The People Technology steering group has approved moving from our current ATS to the recruiting module of the new HR suite, with go-live planned for 1 December. GoodTime will need to be re-integrated with the new system, and the way we use stages for scheduling is going to change quite a bit.

Could we set up a working session with GoodTime to plan this properly - integration timeline, what happens to interviews already scheduled at cut-over, how we map the new stages, and whether our templates and pools carry over? I'd like their recommendation on the best approach rather than finding out the hard way.

Project timeline attached.

Thanks,
Grace""", sig=GRACE['sig'], disc=DISC_UK, cs='utf-8', received=6,
    attachments=[leaf('application/pdf', tl, cte='base64', name='ATS replacement timeline.pdf')]),
    'escalation', 'flag_csm', '', 'en', 'pdf', 'ATS migration planning')

d = T('uk', 8, 14, 15, 48)
add('esc-admin-handover-en', outlook(OLIVER['frm'], 'GoodTime admin & account ownership - handover before I leave', d, """Hi all,

As some of you know, I'm leaving Fernleigh at the end of September. I'm currently the main admin on our GoodTime account, and GoodTime also has me down as the primary account contact and the billing contact.

Before I go, we need to transfer all of that to Grace Whitfield (People Systems) and make sure GoodTime has her as the main contact for the account, renewals and invoices. Could you raise this with GoodTime so it's done properly on their side, and let me know what they need from us?

I'd rather we sorted it in August than left it to my last week.

Thanks,
Oliver""", sig=OLIVER['sig'], disc=DISC_UK, received=6, cc=[('Grace Whitfield', 'grace.whitfield@fernleighhotels.com')]),
    'escalation', 'flag_csm', '', 'en', '', 'account owner and billing contact change')

d = T('uk', 9, 29, 14, 6)
add('esc-graduate-workflow-en', outlook(TOM['frm'], 'Fernleigh Futures graduate assessment centres - GoodTime workflow', d, """Hi Help Line,

This year's Fernleigh Futures graduate programme is much bigger: around 200 candidates across eight assessment centres in London, Manchester and Lisbon, each with a group exercise, two interviews and a Q&A with a General Manager. Last year we ran the assessment centres with a lot of manual work around GoodTime (spreadsheets, separate invites), and it really didn't scale.

Before we start in January, I'd really like some expert advice from GoodTime on how best to run high-volume assessment days - whether there's a recommended workflow or an alternative set-up that other customers use. Would it be possible to arrange a session with the right person at GoodTime?

Thanks very much,
Tom""", sig=TOM['sig'], disc=DISC_UK, received=5),
    'escalation', 'flag_csm', '', 'en', '', 'process advice for assessment centres')

d = T('uk', 2, 16, 8, 12)
add('esc-sso-outage-en', outlook(JOANNA['frm'], 'GoodTime down for the whole Reservations Centre AGAIN - please escalate', d, """Help Line,

Since 07:00 this morning nobody at the Reservations Centre can log in to GoodTime - the single sign-on page just loops back to the login screen. That's all 14 coordinators and team leaders, with 30+ interviews to manage today.

This is the third outage like this since November, and each time it has been treated as a one-off ticket. I'd like it escalated properly this time: please get it to GoodTime Support now, and I'd also like our account manager at GoodTime to explain what is going on and what they're doing to stop it happening again. Our Head of TA has already asked me whether this is the service we're paying for, with the renewal coming up.

Joanna""", sig=JOANNA['sig'], disc=DISC_UK, importance='high', received=9, cc=[('Sophie Fairbanks', 'sophie.fairbanks@fernleighhotels.com')]),
    'escalation', 'flag_csm+forward_support', '', 'en', 'importance-high', 'repeated org-wide login outage, live now')

d = T('de', 9, 9, 10, 30)
add('esc-training-de', outlook(JOERG['frm'], 'Schulungsanfrage GoodTime für die Teams in Deutschland', d, """Liebes Helpline-Team,

nachdem der Betriebsrat die Nutzung von GoodTime jetzt für alle vier deutschen Häuser freigegeben hat, möchten wir ab Oktober auch in München, Frankfurt und Hamburg vollständig darauf umstellen. Das betrifft rund zwölf Kolleginnen und Kollegen (Recruiting, HR und einige Abteilungsleiter).

Wir würden uns dafür eine richtige Schulung durch GoodTime wünschen - idealerweise auf Deutsch und mit Schwerpunkt auf unseren Abläufen (Probearbeiten in der Küche, Gespräche mit mehreren Abteilungsleitern nacheinander). Könnt ihr das mit GoodTime abstimmen und uns sagen, welche Termine möglich wären?

Vielen Dank und viele Grüße
Jörg Häußler""", sig=JOERG['sig'], disc=DISC_DE, lang='de', html_lang='DE', cs='iso-8859-1', mode='plain', accept_lang='de-DE, en-US',
    from_hdr='=?iso-8859-1?Q?H=E4u=DFler=2C_J=F6rg?= <joerg.haeussler@fernleighhotels.de>', received=6,
    attachments=[leaf('application/ms-tnef', tnef(), cte='base64', name='winmail.dat')]),
    'escalation', 'flag_csm', '', 'de', 'winmail-dat;rfc2047-q-from-latin1', 'training for German teams')

d = T('fr', 2, 12, 14, 45)
bdc = pdf(['Fernleigh Hotels France SAS - Bon de commande n. BC-2026-0147', '', 'Fournisseur : GoodTime',
           'Objet : licences GoodTime - 8 utilisateurs (France)', 'Periode : 01/03/2026 - 28/02/2027',
           'Facturation : en EUR, TVA intracommunautaire FR 27 812345678', '', 'Adresse : 9 rue Scribe, 75009 Paris'], 'Bon de commande BC-2026-0147')
add('esc-invoicing-fr', outlook(SANDRINE['frm'], 'Facturation GoodTime pour Fernleigh Hôtels France', d, """Bonjour,

Depuis janvier, les équipes recrutement de nos trois hôtels français utilisent GoodTime sur le compte du groupe. Notre direction financière souhaite désormais que les licences utilisées en France (8 utilisateurs) soient facturées directement à Fernleigh Hôtels France SAS, en euros, avec notre numéro de TVA intracommunautaire et un bon de commande (ci-joint).

Pouvez-vous voir avec GoodTime comment modifier le contrat et la facturation en ce sens, et nous dire qui sera notre interlocuteur pour cela ?

Bien cordialement,
Sandrine Colas""", sig=SANDRINE['sig'], disc=DISC_FR, lang='fr', html_lang='FR', accept_lang='fr-FR, en-US', received=8,
    attachments=[leaf('application/pdf', bdc, cte='base64', name='BC-2026-0147.pdf')]),
    'escalation', 'flag_csm', '', 'fr', 'pdf', 'invoice French entity, contract change')

d = T('pt', 7, 2, 17, 10)
add('esc-complaint-pt', outlook(MARTA['frm'], 'Situação do GoodTime nas equipas de Portugal', d, """Boa tarde,

Escrevo em nome das equipas de recrutamento de Lisboa, do Porto e do Algarve. Desde a implementação temos tido vários problemas que se repetem (lembretes que não chegam, salas que não ficam reservadas, horas erradas nos e-mails aos candidatos) e, embora cada caso acabe por ser resolvido, passadas umas semanas volta tudo a acontecer. A equipa está desmotivada e alguns diretores de departamento já pediram para voltarmos a marcar as entrevistas por e-mail.

Gostaríamos de ter uma reunião com a pessoa responsável pela nossa conta na GoodTime para rever a situação no seu conjunto e acordar um plano. Podem tratar disso?

Obrigada,
Marta Pinheiro""", sig=MARTA['sig'], disc=DISC_PT, lang='pt', html_lang='PT', cs='utf-8', cte='base64', accept_lang='pt-PT, en-US', received=6,
    subject_hdr='=?utf-8?Q?Situa=C3=A7=C3=A3o_do_GoodTime_nas_equipas_de_Portugal?='),
    'escalation', 'flag_csm', '', 'pt', 'rfc2047-q-utf8', 'recurring problems, wants account review')

# ======================================================================================
# NOISE
# ======================================================================================

# out-of-office, Exchange, with Auto-Submitted
d = T('uk', 6, 3, 9, 2)
add('noise-ooo-en', outlook(NATHAN['frm'], 'Automatic reply: Event Planner assessment day - debrief', d, """Thank you for your e-mail. I am out of the office from Monday 1 June until Friday 5 June inclusive, attending the Hospitality Careers Fair in Birmingham, with limited access to e-mail.

If your message is URGENT, please contact Amara Okafor (amara.okafor@fernleighhotels.com) or the Talent Acquisition team on +44 (0)20 7946 0300.

Kind regards,
Nathan Brooks""", received=2, auth=False, in_reply=True,
    extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All'), ('X-MS-Exchange-Inbox-Rules-Loop', 'nathan.brooks@fernleighhotels.com')]),
    'noise', 'ignore', '', 'en', 'ooo;auto-submitted', 'out of office (with URGENT in text)')

# out-of-office, no Auto-Submitted header
d = T('us', 7, 6, 6, 0)
add('noise-ooo-noheader-en', outlook(KIM['frm'], 'Out of Office: GoodTime drop-in clinic - new time', d, """I am currently out of the office on annual leave, returning Monday, July 13. For anything time-sensitive regarding interviews at Fernleigh Boston, please contact Marcus Bell at marcus.bell@fernleighhotels.com or (617) 555-0162.

Thank you!
Kimberly""", region='nam', html_lang='EN-US', accept_lang='en-US', received=3, auth=False, mode='plain', cte='7bit', nl='\n'),
    'noise', 'ignore', '', 'en', 'ooo;no-auto-submitted', 'out of office without headers')

# bounce
d = T('uk', 4, 9, 11, 31)
bnd = '%s.%d/smtp-relay-02.fernleighhotels.com' % (rhex(10), R.randint(1700000000, 1799999999))
orig_mid = ms_id(exo())
human = """This is the mail system at host smtp-relay-02.fernleighhotels.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<james.holloway@fernleighhotels.co.uk>: host
    fernleighhotels-co-uk.mail.protection.outlook.com[52.101.73.11] said: 550
    5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient
    james.holloway@fernleighhotels.co.uk not found by SMTP address lookup
    (in reply to RCPT TO command)
"""
status = """Reporting-MTA: dns; smtp-relay-02.fernleighhotels.com
X-Postfix-Queue-ID: 4bQ2Kx0mN1z9tLp
X-Postfix-Sender: rfc822; helpline@fernleighhotels.com
Arrival-Date: %s

Final-Recipient: rfc822; james.holloway@fernleighhotels.co.uk
Original-Recipient: rfc822;james.holloway@fernleighhotels.co.uk
Action: failed
Status: 5.1.10
Remote-MTA: dns; fernleighhotels-co-uk.mail.protection.outlook.com
Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient
    james.holloway@fernleighhotels.co.uk not found by SMTP address lookup
""" % rfcdate(later(d, -4))
orig = """Return-Path: <helpline@fernleighhotels.com>
From: GoodTime Help Line <helpline@fernleighhotels.com>
To: James Holloway <james.holloway@fernleighhotels.co.uk>
Subject: RE: Interviewer pool for bar supervisors
Date: %s
Message-ID: %s
Content-Type: text/plain; charset="us-ascii"
MIME-Version: 1.0
""" % (rfcdate(later(d, -5)), orig_mid)
rep = multi('report', [leaf('text/plain', human, 'us-ascii', '7bit', ctype='text/plain; charset=us-ascii', extra=[('Content-Description', 'Notification')]),
                       leaf('message/delivery-status', status, None, '7bit', ctype='message/delivery-status', extra=[('Content-Description', 'Delivery report')]),
                       leaf('text/rfc822-headers', orig, None, '7bit', ctype='text/rfc822-headers', extra=[('Content-Description', 'Undelivered Message Headers')])],
            bnd, preamble='This is a MIME-encapsulated message.', params=' report-type=delivery-status;')
hdrs = [('Received', r) for r in rx_ms(d, 5, gateway_from=('smtp-relay-02.fernleighhotels.com (51.140.77.%d)' % R.randint(2, 250), '51.140.77.20'))]
hdrs += [('Return-Path', '<>'), ('Date', rfcdate(utc(d), pad=True)), ('From', 'MAILER-DAEMON@smtp-relay-02.fernleighhotels.com (Mail Delivery System)'),
         ('Subject', 'Undelivered Mail Returned to Sender'), ('To', 'helpline@fernleighhotels.com'), ('Auto-Submitted', 'auto-replied'),
         ('Message-Id', '<20260409%s.4bQ2Kx0mN1z9tLp@smtp-relay-02.fernleighhotels.com>' % d.strftime('%H%M%S'))]
add('noise-bounce-en', (message(hdrs, rep, mime_version='1.0'), ['bounce', 'multipart-report', 'delivery-status', 'mailer-daemon', 'received-5']),
    'noise', 'ignore', '', 'en', '', 'bounce for leaver address')

# vendor newsletter
d = T('us', 3, 18, 10, 0)
nl_txt = """GoodTime Product Digest - March 2026

Hi there,

Here's what's new in GoodTime this month:

* Smarter load balancing: interviewer load limits now show a weekly forecast.
* Teams improvements: conference links are refreshed automatically when you reschedule.
* New report: time-to-schedule by department.

WEBINAR: "Scaling high-volume hospitality hiring" - Thursday 26 March, 11am ET / 3pm GMT. Save your seat: https://www.goodtime.io/webinars/high-volume-hospitality

Have an idea? Vote on the GoodTime Product board.

You are receiving this email because you are a GoodTime customer contact.
Unsubscribe: https://email.goodtime.io/unsubscribe?u=8f3a92c1&e=helpline%40fernleighhotels.com
GoodTime, 500 Sansome Street, San Francisco, CA 94111
"""
nl_html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>GoodTime Product Digest</title></head>
<body style="margin:0;background:#f4f2fa"><center><table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif">
<tr><td style="background:#5b2ec9;padding:24px;color:#fff;font-size:22px;font-weight:bold">GoodTime Product Digest &middot; March 2026</td></tr>
<tr><td style="padding:24px;font-size:15px;line-height:22px;color:#333">
<p>Hi there,</p><p>Here&rsquo;s what&rsquo;s new in GoodTime this month:</p>
<ul><li><b>Smarter load balancing</b>: interviewer load limits now show a weekly forecast.</li>
<li><b>Teams improvements</b>: conference links are refreshed automatically when you reschedule.</li>
<li><b>New report</b>: time-to-schedule by department.</li></ul>
<p style="background:#f0ebff;padding:14px"><b>WEBINAR:</b> &ldquo;Scaling high-volume hospitality hiring&rdquo; &ndash; Thursday 26 March, 11am ET / 3pm GMT.<br>
<a href="https://email.goodtime.io/c/eJx1kMtOwzAQRX_FmnXT2o7zqFdIbNggsWBZVa5jO2OUOJHtFKGqf4.html" style="color:#5b2ec9">Save your seat &rarr;</a></p>
<p>Have an idea? <a href="https://email.goodtime.io/c/eJx1kMtOw2-board">Vote on the GoodTime Product board</a>.</p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#888">You are receiving this email because you are a GoodTime customer contact.<br>
<a href="https://email.goodtime.io/unsubscribe?u=8f3a92c1&amp;e=helpline%40fernleighhotels.com">Unsubscribe</a> &middot; GoodTime, 500 Sansome Street, San Francisco, CA 94111</td></tr>
</table></center><img src="https://email.goodtime.io/o/eJx1kMtOwzAQ.gif" width="1" height="1" alt=""></body></html>
"""
bnd = '----=_Part_%d_%d.%d' % (R.randint(100000, 999999), R.randint(100000000, 999999999), R.randint(10 ** 12, 10 ** 13))
body = multi('alternative', [leaf('text/plain', nl_txt, 'UTF-8', 'quoted-printable'), leaf('text/html', nl_html, 'UTF-8', 'quoted-printable')], bnd)
hdrs = [('Received', r) for r in rx_ms(d, 6, gateway_from=('mta-174-21.sparkpostmail.example (192.174.88.21)', '192.174.88.21'))]
hdrs += auth_hdrs('email.goodtime.io', ip='192.174.88.21', selector='scph0326')
hdrs += [('Date', rfcdate(d)), ('From', 'GoodTime <news@email.goodtime.io>'), ('Reply-To', 'GoodTime <no-reply@goodtime.io>'),
         ('To', 'helpline@fernleighhotels.com'), ('Subject', "What's new in GoodTime: smarter load balancing + hospitality webinar"),
         ('Message-ID', '<%s.%d@email.goodtime.io>' % (rhex(32, False), R.randint(10 ** 8, 10 ** 9))),
         ('List-Unsubscribe', '<https://email.goodtime.io/unsubscribe?u=8f3a92c1&e=helpline%40fernleighhotels.com>,\n <mailto:unsubscribe@email.goodtime.io?subject=unsubscribe>'),
         ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'), ('List-Id', 'GoodTime Customer News <customer-news.goodtime.io>'),
         ('Precedence', 'bulk'), ('X-Campaign-ID', 'pd-2026-03'), ('MIME-Version', '1.0')]
add('noise-newsletter-en', (message(hdrs, body, mime_version=None), ['newsletter', 'list-unsubscribe', 'precedence-bulk', 'alt-qp-utf8', 'dkim-arc-auth', 'received-6']),
    'noise', 'ignore', '', 'en', '', 'vendor product newsletter')


def cal_reply(person, verb, summary, d, start, partstat, lang='en', comment=None, received=3, tag_lang='en'):
    cal = ics('REPLY', summary, start, start + dt.timedelta(hours=1), ('GoodTime Help Line', 'helpline@fernleighhotels.com'),
              [(person['name'], person['addr'])], partstat=partstat, comment=comment)
    text = (comment + '\n') if comment else ''
    src = exo()
    b = ob_boundary(src)
    parts = []
    if text:
        parts.append(leaf('text/plain', text, 'utf-8', 'quoted-printable'))
    else:
        parts.append(leaf('text/plain', '\n', 'us-ascii', '7bit'))
    parts.append(leaf('text/calendar', cal, 'utf-8', 'base64', ctype='text/calendar; charset="utf-8"; method=REPLY'))
    body = multi('alternative', parts, b)
    subj = '%s: %s' % (verb, summary)
    hdrs = [('Received', r) for r in rx_ms(d, received, src=src)]
    hdrs += [('From', name_hdr(person['name'], person['addr'], 'q' if not person['name'].isascii() else None)),
             ('To', 'GoodTime Help Line <helpline@fernleighhotels.com>'),
             ('Subject', subj if subj.isascii() else ew_multi(subj, 'utf-8', 'b', 24)), ('Thread-Topic', summary if summary.isascii() else ew_b(summary)),
             ('Thread-Index', 'A' + rb64(26)[:34]), ('Date', rfcdate(d)), ('Message-ID', ms_id(src)),
             ('Accept-Language', 'en-GB, en-US'), ('Content-Language', lang), ('X-MS-Has-Attach', ''),
             ('X-MS-Exchange-Organization-SCL', '-1'), ('X-MS-TNEF-Correlator', ''),
             ('x-ms-exchange-calendar-series-instance-id', 'BAAAAIIA4AB0xbcQGoLgCAAAAA' + rb64(18)[:22]), ('MIME-Version', '1.0')]
    return message(hdrs, body, '\r\n', mime_version=None), ['calendar-reply', 'text-calendar', 'method-reply', 'received-%d' % received]


d = T('uk', 2, 20, 12, 4)
add('noise-accept-en', cal_reply(TOM, 'Accepted', 'GoodTime drop-in clinic', d, dt.datetime(2026, 2, 26, 16, 0), 'ACCEPTED'),
    'noise', 'ignore', '', 'en', '', 'calendar accept')

d = T('uk', 10, 15, 8, 51)
add('noise-decline-en', cal_reply(FIONA, 'Declined', 'GoodTime refresher - interview pools and load limits', d, dt.datetime(2026, 10, 20, 10, 0), 'DECLINED',
                                  comment="Sorry - I'm on the careers fair stand in Glasgow that day. Could you share the recording?", received=5),
    'noise', 'ignore', '', 'en', 'decline-with-comment', 'calendar decline with note')

# read receipt
d = T('uk', 5, 11, 14, 37)
src = exo()
rr_txt = """Your message

  To: Rebecca Lister
  Subject: RE: Interview templates for spa therapists
  Sent: %s

was read on %s.
""" % (sent_str(T('uk', 5, 11, 9, 15)), sent_str(d))
mdn = """Reporting-UA: %s; Microsoft Exchange Server
Final-Recipient: rfc822;rebecca.lister@fernleighhotels.co.uk
Original-Message-ID: %s
Disposition: manual-action/MDN-sent-manually; displayed
""" % (src, ms_id(exo()))
rep = multi('report', [leaf('text/plain', rr_txt, 'us-ascii', '7bit'), leaf('message/disposition-notification', mdn, None, '7bit', ctype='message/disposition-notification')],
            ob_boundary(src), params=' report-type=disposition-notification;')
hdrs = [('Received', r) for r in rx_ms(d, 2, src=src)]
hdrs += [('From', 'Rebecca Lister <rebecca.lister@fernleighhotels.co.uk>'), ('To', 'GoodTime Help Line <helpline@fernleighhotels.com>'),
         ('Subject', 'Read: RE: Interview templates for spa therapists'), ('Thread-Topic', 'Interview templates for spa therapists'),
         ('Date', rfcdate(d)), ('Message-ID', ms_id(src)), ('Content-Language', 'en-GB'), ('X-MS-Has-Attach', ''),
         ('X-MS-Exchange-Organization-SCL', '-1'), ('MIME-Version', '1.0')]
add('noise-read-receipt-en', (message(hdrs, rep, '\r\n', mime_version=None), ['read-receipt', 'multipart-report', 'disposition-notification', 'received-2', 'crlf']),
    'noise', 'ignore', '', 'en', '', 'read receipt')

# phishing
d = T('uk', 8, 31, 3, 14)
ph_html = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<div style="max-width:560px;margin:auto;border:1px solid #ddd;padding:20px">
<div style="background:#6b3fd4;color:#fff;padding:12px;font-size:18px">GoodTime &nbsp;|&nbsp; Account Security</div>
<p>Dear helpline@fernleighhotels.com,</p>
<p>We detected an unusual sign-in attempt to your GoodTime administrator account. As a precaution, your calendar integration and <b>all scheduled interviews will be suspended within 24 hours</b> unless you re-verify your identity.</p>
<p style="text-align:center"><a href="http://goodtime-io.account-verify-secure.co/login?id=fernleigh&amp;token=8812bc" style="background:#6b3fd4;color:#fff;padding:12px 22px;text-decoration:none;border-radius:4px">VERIFY ACCOUNT NOW</a></p>
<p>If you do not verify immediately, GoodTime cannot be held responsible for lost interview data.</p>
<p>Regards,<br>GoodTime Trust &amp; Safety Team</p>
<p style="font-size:10px;color:#999">This is an automated security message. Error ref: GT-SEC-4471. Please do not reply.</p>
</div></body></html>
"""
hdrs = [('Received', 'from mail.account-verify-secure.co (unknown [185.231.%d.%d])\n by DB1PEPF000509E6.mail.protection.outlook.com (10.167.242.56) with Microsoft SMTP\n Server id 15.20.9012.11 via Frontend Transport; %s' % (R.randint(1, 250), R.randint(1, 250), rfcdate(utc(later(d, 2)))))]
hdrs += [('Received', 'from [127.0.0.1] (localhost [127.0.0.1])\n by mail.account-verify-secure.co (Postfix) with ESMTPSA id 9F1C22A0C4\n for <helpline@fernleighhotels.com>; %s' % rfcdate(utc(d)))]
hdrs += [('Authentication-Results', 'spf=pass (sender IP is 185.231.153.40)\n smtp.mailfrom=account-verify-secure.co; dkim=none (message not signed)\n header.d=none;dmarc=none action=none header.from=goodtime-security.com;compauth=fail\n reason=001'),
         ('From', '"GoodTime Security" <security-alert@goodtime-security.com>'), ('Reply-To', 'support@account-verify-secure.co'),
         ('To', 'helpline@fernleighhotels.com'), ('Subject', 'Action required: GoodTime admin account will be suspended in 24 hours'),
         ('Date', rfcdate(utc(d))), ('Message-ID', '<%s@account-verify-secure.co>' % rhex(16, False)), ('X-Priority', '1 (Highest)'),
         ('X-Mailer', 'PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)'), ('MIME-Version', '1.0')]
add('noise-phishing-en', (message(hdrs, leaf('text/html', ph_html, 'utf-8', 'base64'), mime_version=None), ['phishing', 'html-only', 'base64-utf-8', 'received-2', 'auth-fail']),
    'noise', 'ignore', '', 'en', 'night', 'credential phishing posing as GoodTime')

# bare thank-you with the previous answer quoted below
d = T('uk', 3, 11, 9, 20)
q = {'from': 'GoodTime Help Line <helpline@fernleighhotels.com>', 'sent': sent_str(T('uk', 3, 10, 16, 48)),
     'to': 'Amara Okafor <amara.okafor@fernleighhotels.com>',
     'subject': 'RE: Panel member declined - Front Office Manager final round (Thursday)',
     'body': "Hi Amara,\n\nNo need to rebook the whole day. Open the interview in GoodTime, go to the session with the Rooms Division Manager and swap her out; if the session uses a pool, GoodTime will suggest other qualified interviewers who are free at the same time. The new interviewer gets an invite automatically, and you can then send the candidate an updated itinerary if it lists names.\n\nBest wishes,\nGrace\nGoodTime Help Line"}
add('noise-thanks-en', outlook(AMARA['frm'], 'RE: Panel member declined - Front Office Manager final round (Thursday)', d, """Thank you so much - that's perfect!

Amara""", sig=AMARA['sig'], disc=DISC_UK, quotes=[q], in_reply=True, mode='html', received=2, auth=False),
    'noise', 'ignore', '', 'en', 'bare-thanks', 'bare thank-you over quoted answer')

# marketing spam
d = T('uk', 1, 22, 7, 30)
sp_html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body>
<table width="620" align="center" style="font-family:Georgia,serif;color:#222"><tr><td>
<h1 style="color:#8a1538">Hospitality Talent Summit 2026</h1>
<p>Dear Recruitment Leader,</p>
<p>You are personally invited to join 400+ HR directors from Europe's leading hotel groups in Lisbon on 12&ndash;13 May for two days of keynotes on AI interviewing, Gen-Z retention and seasonal workforce planning.</p>
<p><b>Early-bird rate &euro;495 &ndash; ends Friday!</b> Use code FERN26 for a further 10% off.</p>
<p><a href="https://hts-events.example/register?src=fernleigh">Reserve your place</a></p>
<p style="font-size:10px;color:#777">You received this because your address appears in our hospitality professionals directory. <a href="https://hts-events.example/unsub?e=helpline@fernleighhotels.com">Unsubscribe</a>.</p>
</td></tr></table></body></html>
"""
sp_txt = """Hospitality Talent Summit 2026 - Lisbon, 12-13 May

Dear Recruitment Leader,

You are personally invited to join 400+ HR directors from Europe's leading hotel groups in Lisbon for two days of keynotes on AI interviewing, Gen-Z retention and seasonal workforce planning.

Early-bird rate EUR 495 - ends Friday! Use code FERN26 for a further 10% off.
Reserve your place: https://hts-events.example/register?src=fernleigh

Unsubscribe: https://hts-events.example/unsub?e=helpline@fernleighhotels.com
"""
body = multi('alternative', [leaf('text/plain', sp_txt, 'iso-8859-1', 'quoted-printable'), leaf('text/html', sp_html, 'iso-8859-1', 'quoted-printable')], '=_mailer_%s' % rhex(12, False))
hdrs = [('Received', r) for r in rx_ms(d, 5, gateway_from=('out-12.mailer.hts-events.example (94.23.%d.%d)' % (R.randint(1, 250), R.randint(1, 250)), '94.23.11.12'))]
hdrs += auth_hdrs('hts-events.example', ip='94.23.11.12', arc=False, selector='mail')
hdrs += [('From', 'Hospitality Talent Summit <events@hts-events.example>'), ('To', 'helpline@fernleighhotels.com'),
         ('Subject', '=?iso-8859-1?Q?Last_chance:_early-bird_=80495_for_the_Hospitality_Talent?=\n =?iso-8859-1?Q?_Summit_2026?='),
         ('Date', rfcdate(d)), ('Message-ID', '<%s@mailer.hts-events.example>' % rhex(20, False)),
         ('List-Unsubscribe', '<https://hts-events.example/unsub?e=helpline@fernleighhotels.com>'), ('Precedence', 'bulk'),
         ('MIME-Version', '1.0')]
add('noise-spam-en', (message(hdrs, body, mime_version=None), ['marketing-spam', 'list-unsubscribe', 'alt-qp-latin1', 'rfc2047-q-subject-bad-charset', 'received-5', 'dkim-auth']),
    'noise', 'ignore', '', 'en', '', 'event marketing')

# de: out of office with Auto-Submitted
d = T('de', 8, 3, 0, 1)
add('noise-ooo-de', outlook(STEFAN['frm'], 'Automatische Antwort: Neue Souschefs als Interviewer einarbeiten', d, """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 21.08.2026 nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an Anja Schröder (anja.schroeder@fernleighhotels.de, Tel. +49 69 7410 2216).

Mit freundlichen Grüßen
Stefan Brückner""", lang='de', html_lang='DE', accept_lang='de-DE, en-US', received=3, auth=False, in_reply=True, cs='utf-8',
    from_hdr='=?utf-8?Q?Br=C3=BCckner=2C_Stefan?= <stefan.brueckner@fernleighhotels.de>',
    extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')]),
    'noise', 'ignore', '', 'de', 'ooo;auto-submitted;night', 'Abwesenheitsnotiz')

# es: bare thanks from iPhone
d = T('es', 5, 7, 9, 15)
add('noise-thanks-es', apple(JAVIER['frm'], 'Re: Candidata no ve horarios disponibles en el enlace', d, """¡Mil gracias! 🙏""",
    mobile=True, mobile_sig='Enviado desde mi iPhone', html_too=True, in_reply=True,
    quote=('El 6 may 2026, a las 15:02, GoodTime Help Line <helpline@fernleighhotels.com> escribió:',
           "Hola Javier:\n\nLo más habitual es que la ventana de fechas sea demasiado corta o que la entrevistadora esté al límite de entrevistas o fuera de su horario. Amplía el rango a la semana que viene, añade a la subgobernanta y vuelve a enviar el enlace.\n\nUn saludo,\nGoodTime Help Line"),
    from_hdr='=?utf-8?Q?Javier_Ortega_Pe=C3=B1a?= <javier.ortega@fernleighhotels.es>', received=4),
    'noise', 'ignore', '', 'es', 'bare-thanks;emoji', 'bare thanks from phone')

# fr: out of office, no Auto-Submitted but X-Auto-Response-Suppress
d = T('fr', 8, 10, 10, 3)
add('noise-ooo-fr', outlook(JULIEN['frm'], 'Réponse automatique : TR : Débrief chef de réception ???', d, """Bonjour,

Je suis absent du bureau jusqu'au 24 août inclus, avec un accès limité à ma messagerie.

Pour toute demande concernant le recrutement à Fernleigh Lyon Presqu'île, merci de contacter Manon Rousseau (manon.rousseau@fernleighhotels.fr).

Bien cordialement,
Julien Marchetti""", lang='fr', html_lang='FR', accept_lang='fr-FR, en-US', received=3, auth=False, mode='html', in_reply=True,
    extra=[('X-Auto-Response-Suppress', 'All')]),
    'noise', 'ignore', '', 'fr', 'ooo;no-auto-submitted', 'réponse automatique')

# pt: calendar accept
d = T('pt', 10, 6, 9, 40)
add('noise-accept-pt', cal_reply(RUI, 'Aceite', 'Formação GoodTime – sessão de outubro', d, dt.datetime(2026, 10, 15, 10, 0), 'ACCEPTED', lang='pt-PT', received=4),
    'noise', 'ignore', '', 'pt', 'rfc2047-b-subject-split', 'calendar accept')


# ======================================================================================
# write out
# ======================================================================================

def main():
    assert len(MSGS) == 100, len(MSGS)
    keys = [m['key'] for m in MSGS]
    assert len(set(keys)) == len(keys)
    order = list(range(len(MSGS)))
    random.Random(4242).shuffle(order)
    for f in os.listdir(OUT):
        if f.startswith('b-') and f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    rows = []
    for n, idx in enumerate(order, 1):
        m = MSGS[idx]
        name = 'b-%03d.eml' % n
        with open(os.path.join(OUT, name), 'wb') as fh:
            fh.write(m['raw'])
        rows.append([name, m['category'], m['actions'], m['article'], m['language'], m['format'], m['notes']])
    with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as fh:
        w = csv.writer(fh)
        w.writerow(['file', 'category', 'actions', 'article', 'language', 'format', 'notes'])
        w.writerows(rows)
    print('wrote %d messages' % len(rows))


if __name__ == '__main__':
    main()
