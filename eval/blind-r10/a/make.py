#!/usr/bin/env python3
"""Batch a: 100 help-line e-mails for Pellworth Financial (GoodTime help line).

Writes a-001.eml ... a-100.eml and labels.csv next to this script.
Standard library only. Bodies are assembled by hand so the bytes are exact.
"""
import base64, csv, datetime, email, html, io, os, quopri, random, struct, zlib

OUT = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(20260417)

HELPADDR = 'helpline@pellworthfinancial.com'
HELP = 'GoodTime Help Line <helpline@pellworthfinancial.com>'
HELP2 = '"GoodTime Help Line" <helpline@pellworthfinancial.com>'
HELP3 = 'GoodTime Helpline <helpline@pellworthfinancial.com>'

DOW = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
LONGDOW = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
LONGMON = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
           'September', 'October', 'November', 'December']


# --------------------------------------------------------------------------- time
class When:
    def __init__(self, y, mo, d, h, mi, s, tz='+0000'):
        sign = 1 if tz[0] == '+' else -1
        off = sign * datetime.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5]))
        self.tz = tz
        self.dt = datetime.datetime(y, mo, d, h, mi, s, tzinfo=datetime.timezone(off))

    def at(self, delta=0, utc=False):
        dt = self.dt + datetime.timedelta(seconds=delta)
        tz = self.tz
        if utc:
            dt = dt.astimezone(datetime.timezone.utc)
            tz = '+0000'
        return dt, tz

    def rfc(self, delta=0, utc=False, pad=False, zone_comment=False):
        dt, tz = self.at(delta, utc)
        day = '%02d' % dt.day if pad else str(dt.day)
        s = '%s, %s %s %d %02d:%02d:%02d %s' % (DOW[dt.weekday()], day, MON[dt.month - 1], dt.year,
                                                dt.hour, dt.minute, dt.second, tz)
        if zone_comment:
            s += ' (UTC)' if tz == '+0000' else ''
        return s

    def outlook_sent(self, delta=0):
        dt, _ = self.at(delta)
        h = dt.hour % 12 or 12
        return '%s, %s %d, %d %d:%02d %s' % (LONGDOW[dt.weekday()], LONGMON[dt.month - 1], dt.day,
                                            dt.year, h, dt.minute, 'AM' if dt.hour < 12 else 'PM')

    def uk_sent(self, delta=0):
        dt, _ = self.at(delta)
        return '%s, %d %s %d %02d:%02d' % (LONGDOW[dt.weekday()], dt.day, LONGMON[dt.month - 1],
                                           dt.year, dt.hour, dt.minute)

    def epoch(self, delta=0):
        return int((self.dt + datetime.timedelta(seconds=delta)).timestamp())


def ago(w, minutes=0, hours=0, days=0):
    dt = w.dt - datetime.timedelta(minutes=minutes, hours=hours, days=days)
    n = When(dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, w.tz)
    return n


# --------------------------------------------------------------------------- random ids
def rhex(n, upper=True):
    s = ''.join(rng.choice('0123456789abcdef') for _ in range(n))
    return s.upper() if upper else s


def ralnum(n):
    return ''.join(rng.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') for _ in range(n))


def rb64(nbytes):
    return base64.b64encode(bytes(rng.getrandbits(8) for _ in range(nbytes))).decode()


def ruuid():
    h = rhex(32)
    return '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


EXO = {
    'uk': ('GBRP265', ['LO2P265', 'LO4P265', 'CWLP265', 'LO0P265', 'CWXP265']),
    'eu': ('EURPRD07', ['AM0PR07', 'DB9PR07', 'PAXPR07', 'AS8PR07', 'VI1PR07']),
    'us': ('NAMPRD04', ['BN0PR04', 'SA1PR04', 'CH3PR04', 'MN2PR04', 'DM6PR04']),
}


def exo_host(region='uk'):
    dom, pfx = EXO[region]
    return '%sMB%04d.%s.PROD.OUTLOOK.COM' % (rng.choice(pfx), rng.randint(1000, 9999), dom)


def outlook_msgid(region='uk'):
    host = exo_host(region)
    short = host.split('.')[0]
    return '<%s%s@%s>' % (short, rhex(27), host)


def apple_msgid(dom='pellworthfinancial.com'):
    return '<%s@%s>' % (ruuid(), dom)


def dom_of(frm):
    t = frm.decode('utf-8', 'replace') if isinstance(frm, bytes) else frm
    return t.rsplit('@', 1)[-1].rstrip('> ').strip() if '@' in t else 'pellworthfinancial.com'


def gmail_msgid():
    return '<CA%s@mail.gmail.com>' % ralnum(rng.randint(50, 62)).replace('O', '+', 2)


def thread_index():
    return 'AQH' + rb64(24)[:27] + '=='


def outlook_boundary(kind='000', region='uk'):
    host = exo_host(region)
    short = host.split('.')[0]
    tail = host.split('.')[1][:4]
    return '_%s_%s%s%s%s_' % (kind, short, rhex(32), short, tail)


def apple_boundary():
    return 'Apple-Mail=_' + ruuid()


def gmail_boundary():
    return '000000000000' + rhex(16, upper=False)


def tb_boundary():
    return '------------' + ralnum(24)


# --------------------------------------------------------------------------- encodings
def b64(data, width=76):
    s = base64.b64encode(data).decode()
    return ('\n'.join(s[i:i + width] for i in range(0, len(s), width)) + '\n').encode()


def qp(data):
    out = quopri.encodestring(data)
    if not out.endswith(b'\n'):
        out += b'\n'
    return out


def ew_b(text, cs='utf-8'):
    return '=?%s?B?%s?=' % (cs, base64.b64encode(text.encode(cs)).decode())


def ew_q(text, cs='utf-8'):
    out = []
    for b in text.encode(cs):
        c = chr(b)
        if b == 0x20:
            out.append('_')
        elif b < 128 and (c.isalnum() or c in '!*+-/'):
            out.append(c)
        else:
            out.append('=%02X' % b)
    return '=?%s?Q?%s?=' % (cs, ''.join(out))


def ew(chunks, mode='B', cs='utf-8', sep='\n '):
    """RFC 2047: one encoded word per chunk, folded. Chunks may split a word in the middle."""
    if isinstance(chunks, str):
        chunks = [chunks]
    f = ew_b if mode == 'B' else ew_q
    return sep.join(f(c, cs) for c in chunks)


def hb(n, v):
    if isinstance(v, bytes):
        return n.encode('ascii') + b': ' + v
    return (n + ': ' + v).encode('ascii')


# --------------------------------------------------------------------------- mime parts
class Part:
    def __init__(self, headers, body):
        self.headers = list(headers)
        self.body = body

    def render(self):
        return b'\n'.join(hb(n, v) for n, v in self.headers) + b'\n\n' + self.body


def tpart(text, sub='plain', cs='utf-8', cte='quoted-printable', label=None, quoted=True,
          params='', extra=(), ct_sep='; '):
    label = label or cs
    raw = text.encode(cs)
    if cte == 'quoted-printable':
        body = qp(raw)
    elif cte == 'base64':
        body = b64(raw)
    else:
        body = raw if raw.endswith(b'\n') else raw + b'\n'
    csq = '"%s"' % label if quoted else label
    h = [('Content-Type', 'text/%s%scharset=%s%s' % (sub, ct_sep, csq, params))]
    if cte:
        h.append(('Content-Transfer-Encoding', cte))
    h += list(extra)
    return Part(h, body)


def mpart(sub, parts, boundary, preamble=None, ct_sep=';\n\tboundary=', extra_params='', extra=()):
    b = boundary.encode()
    body = b''
    if preamble is not None:
        body += preamble.encode()
    first = True
    for p in parts:
        body += (b'' if first and preamble is None else b'\n') + b'--' + b + b'\n' + p.render()
        first = False
    body += b'\n--' + b + b'--\n'
    h = [('Content-Type', 'multipart/%s%s%s"%s"' % (sub, extra_params, ct_sep, boundary))] + list(extra)
    return Part(h, body)


def attach(data, ctype, filename, disp='attachment', cid=None, when=None, outlook=True, extra=()):
    h = [('Content-Type', '%s; name="%s"' % (ctype, filename))]
    if outlook:
        h.append(('Content-Description', filename))
        if when is not None:
            gmt = when.rfc(utc=True, pad=True).replace('+0000', 'GMT')
            h.append(('Content-Disposition', '%s; filename="%s"; size=%d;\n\tcreation-date="%s";\n\tmodification-date="%s"'
                      % (disp, filename, len(data), gmt, gmt)))
        else:
            h.append(('Content-Disposition', '%s; filename="%s"; size=%d' % (disp, filename, len(data))))
    else:
        h.append(('Content-Disposition', '%s;\n\tfilename="%s"' % (disp, filename)))
    if cid:
        h.append(('Content-ID', '<%s>' % cid))
    h.append(('Content-Transfer-Encoding', 'base64'))
    h += list(extra)
    return Part(h, b64(data))


# --------------------------------------------------------------------------- binary payloads
def make_png(w=320, h=120, seed=1, bar=(74, 44, 130)):
    """A small valid PNG: a fake screenshot (grey app frame, purple header, red error strip)."""
    r = random.Random(seed)
    rows = []
    for y in range(h):
        row = bytearray([0])
        for x in range(w):
            if y < 18:
                px = bar
            elif 50 <= y < 66 and 20 <= x < w - 20:
                px = (253, 236, 234) if not (24 <= x < 30) else (200, 40, 40)
            elif 80 <= y < 84 and 20 <= x < 20 + r.randint(120, 200):
                px = (180, 180, 186)
            elif x > w - 44 and y > h - 44 and (x - (w - 22)) ** 2 + (y - (h - 22)) ** 2 < 260:
                px = (124, 58, 237)
            else:
                px = (248, 248, 250)
            row += bytes(px)
        rows.append(bytes(row))
    raw = b''.join(rows)

    def chunk(t, d):
        c = struct.pack('>I', len(d)) + t + d
        return c + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b''))


def make_pdf(lines):
    text = 'BT /F1 11 Tf 56 780 Td 14 TL ' + ' '.join('(%s) Tj T*' % l.replace('(', '[').replace(')', ']') for l in lines) + ' ET'
    objs = [
        '<< /Type /Catalog /Pages 2 0 R >>',
        '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
        '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
        '<< /Length %d >>\nstream\n%s\nendstream' % (len(text), text),
    ]
    out = io.BytesIO()
    out.write(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(('%d 0 obj\n%s\nendobj\n' % (i, o)).encode('latin-1'))
    x = out.tell()
    out.write(('xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)).encode())
    for o in offs:
        out.write(('%010d 00000 n \n' % o).encode())
    out.write(('trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, x)).encode())
    return out.getvalue()


def make_tnef(seed=7):
    r = random.Random(seed)
    body = bytes(r.getrandbits(8) for _ in range(600))
    return b'\x78\x9f\x3e\x22' + struct.pack('<H', r.randint(1, 60000)) + b'\x01\x06\x90\x08\x00\x04\x00\x00\x00\x00\x00\x01\x00\x01\x00\x01\x07\x90\x06\x00\x08\x00\x00\x00\xe4\x04\x00\x00\x00\x00\x00\x00\xe8\x00' + body


def ics(method, uid, summary, start, end, organizer, attendees, location='', partstat=None,
        tzid='GMT Standard Time', desc='', seq=0):
    L = ['BEGIN:VCALENDAR', 'METHOD:%s' % method, 'PRODID:Microsoft Exchange Server 2010', 'VERSION:2.0',
         'BEGIN:VTIMEZONE', 'TZID:%s' % tzid, 'BEGIN:STANDARD', 'DTSTART:16010101T020000', 'TZOFFSETFROM:+0100',
         'TZOFFSETTO:+0000', 'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10', 'END:STANDARD',
         'BEGIN:DAYLIGHT', 'DTSTART:16010101T010000', 'TZOFFSETFROM:+0000', 'TZOFFSETTO:+0100',
         'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3', 'END:DAYLIGHT', 'END:VTIMEZONE',
         'BEGIN:VEVENT', 'ORGANIZER;CN=%s:mailto:%s' % organizer]
    for cn, addr in attendees:
        if partstat:
            L.append('ATTENDEE;PARTSTAT=%s;CN=%s:mailto:%s' % (partstat, cn, addr))
        else:
            L.append('ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=%s:mailto:%s' % (cn, addr))
    if desc:
        L.append('DESCRIPTION;LANGUAGE=en-GB:%s' % desc)
    L += ['UID:%s' % uid, 'SUMMARY;LANGUAGE=en-GB:%s' % summary,
          'DTSTART;TZID=%s:%s' % (tzid, start), 'DTEND;TZID=%s:%s' % (tzid, end),
          'CLASS:PUBLIC', 'PRIORITY:5', 'DTSTAMP:20260301T090000Z', 'TRANSP:OPAQUE', 'STATUS:CONFIRMED',
          'SEQUENCE:%d' % seq]
    if location:
        L.append('LOCATION;LANGUAGE=en-GB:%s' % location)
    L += ['END:VEVENT', 'END:VCALENDAR']
    out = []
    for l in L:  # fold at 75 octets
        while len(l.encode('utf-8')) > 75:
            out.append(l[:74])
            l = ' ' + l[74:]
        out.append(l)
    return '\r\n'.join(out) + '\r\n'


# --------------------------------------------------------------------------- transport headers
def rx_internal(when, hops=3, region='uk', client_ip=None):
    """Exchange Online internal delivery: newest first."""
    hosts = [exo_host(region) for _ in range(hops)]
    out = []
    t = hops + 1
    for i in range(hops):
        a = hosts[i]
        if i == 0:
            b = exo_host(region)
            out.append(('Received', 'from %s (2603:10a6:%x:%x::%x) by\n %s with HTTPS; %s' % (
                a, rng.randint(0x100, 0xfff), rng.randint(1, 0x3ff), rng.randint(1, 30), b, when.rfc(t, utc=True))))
        elif i == hops - 1:
            out.append(('Received', 'from %s\n ([fe80::%x:%x:%x:%x]) by %s\n ([fe80::%x:%x:%x:%x%%%d]) with mapi id 15.20.%d.%03d; %s' % (
                a, *(rng.randint(0x1000, 0xffff) for _ in range(4)), a, *(rng.randint(0x1000, 0xffff) for _ in range(4)),
                rng.randint(3, 7), rng.randint(8600, 9200), rng.randint(10, 40), when.rfc(1, utc=True))))
        else:
            out.append(('Received', 'from %s (2603:10a6:%x:%x::%x) by\n %s (2603:10a6:%x:%x::%x) with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s' % (
                a, rng.randint(0x100, 0xfff), rng.randint(1, 0x3ff), rng.randint(1, 30), hosts[i - 1],
                rng.randint(0x100, 0xfff), rng.randint(1, 0x3ff), rng.randint(1, 30),
                rng.randint(8600, 9200), rng.randint(10, 40), when.rfc(t, utc=True))))
        t -= 1
    return out


def dkim(d, s, hdrs, when, nb=256):
    sig = rb64(nb)
    parts = [sig[i:i + 70] for i in range(0, len(sig), 70)]
    return 'v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=%s;\n\tt=%d; x=%d; h=%s;\n\tbh=%s;\n\tb=%s' % (
        d, s, when.epoch(), when.epoch() + 604800, hdrs, rb64(32), '\n\t '.join(parts))


def arc_set(when, frm_dom, spf='pass', dkim_r='pass', dmarc='pass', i=1):
    seal = 'i=%d; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b=%s' % (
        i, '\n '.join(rb64(256)[k:k + 72] for k in range(0, 344, 72)))
    ams = ('i=%d; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector10001;\n'
           ' h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\n'
           ' bh=%s;\n b=%s') % (i, rb64(32), '\n '.join(rb64(256)[k:k + 72] for k in range(0, 344, 72)))
    aar = ('i=%d; mx.microsoft.com 1; spf=%s (sender ip is\n %d.%d.%d.%d) smtp.rcpttodomain=pellworthfinancial.com smtp.mailfrom=%s;\n'
           ' dmarc=%s action=none header.from=%s; dkim=%s (signature was verified)\n header.d=%s; arc=none') % (
        i, spf, rng.randint(20, 220), rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254), frm_dom,
        dmarc, frm_dom, dkim_r, frm_dom)
    return [('ARC-Seal', seal), ('ARC-Message-Signature', ams), ('ARC-Authentication-Results', aar)]


def auth_results(frm_dom, ip, spf='pass', dkim_r='pass', dmarc='pass', compauth='pass reason=100'):
    return ('Authentication-Results', 'spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n header.d=%s;dmarc=%s action=none\n header.from=%s;compauth=%s' % (
        spf, ip, frm_dom, dkim_r, frm_dom, dmarc, frm_dom, compauth))


def rx_inbound(when, first_hops=None, region="uk"):
    """Exchange Online side of an inbound message: mailbox server, backend, EOP frontend. Newest first."""
    eop = '%s.mail.protection.outlook.com' % rng.choice(['LO1PEPF000022F1', 'LNXP265EPF00001A', 'AMS1EPF0000004E', 'CWLP265EPF0000F2'])
    mbx = exo_host(region)
    be = '%sCA%04d.%s.PROD.OUTLOOK.COM' % (rng.choice(['LO4P123', 'LO2P123', 'CWLP123', 'LO6P123']), rng.randint(1, 999), 'GBRP123')
    out = [('Received', 'from %s (2603:10a6:%x:%x::%x) by\n %s with HTTPS; %s' % (
               exo_host(region), rng.randint(0x100, 0xfff), rng.randint(1, 0x3ff), rng.randint(1, 30), mbx, when.rfc(9, utc=True))),
           ('Received', 'from %s (2603:10a6:%x:%x::%x) by\n %s with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.20.%d.%d; %s' % (
               be, rng.randint(0x100, 0xfff), rng.randint(1, 0x3ff), rng.randint(1, 30), exo_host(region),
               rng.randint(8600, 9200), rng.randint(10, 40), when.rfc(8, utc=True))),
           ('Received', 'from %s\n (2603:10a6:%x:%x:cafe::%x) by %s\n (2603:10a6:%x:%x::%x) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend Transport; %s' % (
               eop, rng.randint(0x100, 0xfff), rng.randint(1, 0x3ff), rng.randint(1, 0xff), be, rng.randint(0x100, 0xfff), rng.randint(1, 0x3ff),
               rng.randint(1, 30), rng.randint(8600, 9200), rng.randint(10, 40), when.rfc(7, utc=True)))]
    return out, eop


# --------------------------------------------------------------------------- html renderers
def esc(s):
    return html.escape(s, quote=False)


OUTLOOK_HEAD = '''<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
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
	panose-1:2 11 6 4 2 2 2 2 2 4;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"%(font)s",sans-serif;
	mso-ligatures:standardcontextual;
	mso-fareast-language:EN-US;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:#467886;
	text-decoration:underline;}
span.EmailStyle18
	{mso-style-type:personal-compose;
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
<body lang=%(lang)s link="#467886" vlink="#96607D" style='word-wrap:break-word'>
<div class=WordSection1>
'''


def _op(text, style=None, bold=False):
    if text.strip() == '':
        return '<p class=MsoNormal><o:p>&nbsp;</o:p></p>'
    t = esc(text)
    if bold:
        t = '<b>%s</b>' % t
    if style:
        t = "<span style='%s'>%s</span>" % (style, t)
    return '<p class=MsoNormal>%s<o:p></o:p></p>' % t


def outlook_html(body, sig='', disc='', quote=None, cs='windows-1252', lang='EN-GB', font='Aptos',
                 classification=None, img_cid=None, sigcolor='#1F3864'):
    out = [OUTLOOK_HEAD % {'cs': cs, 'font': font, 'lang': lang}]
    if classification:
        out.append("<p class=MsoNormal><span style='font-size:8.0pt;font-family:\"Arial\",sans-serif;color:#737373'>%s<o:p></o:p></span></p>" % esc(classification))
        out.append(_op(''))
    for line in body.split('\n'):
        if line.startswith('[[IMG]]') and img_cid:
            out.append('<p class=MsoNormal><img width=320 height=120 style="width:3.3333in;height:1.25in" id="Picture_x0020_1" src="cid:%s"><o:p></o:p></p>' % img_cid)
        else:
            out.append(_op(line))
    if sig:
        out.append(_op(''))
        for i, line in enumerate(sig.split('\n')):
            if i == 0:
                out.append(_op(line, "font-size:10.0pt;color:%s" % sigcolor, bold=True))
            else:
                out.append(_op(line, "font-size:9.0pt;color:#595959"))
    if disc:
        out.append(_op(''))
        for para in disc.split('\n'):
            out.append(_op(para, "font-size:7.5pt;color:gray"))
    if quote and quote.get('pre'):
        out.append(_op(''))
        out.append(_op(quote['pre']))
        for k, v in quote['hdr']:
            out.append('<p class=MsoNormal>%s %s<o:p></o:p></p>' % (esc(k), esc(v)))
        out.append(_op(''))
        for line in quote['text'].split('\n'):
            out.append(_op(line))
    elif quote:
        out.append(_op(''))
        out.append("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>")
        hl = []
        for k, v in quote['hdr']:
            hl.append('<b>%s</b> %s' % (esc(k), esc(v)))
        out.append('<p class=MsoNormal><span lang=EN-US>%s<o:p></o:p></span></p></div>' % '<br>\n'.join(hl))
        out.append(_op(''))
        for line in quote['text'].split('\n'):
            out.append(_op(line))
    out.append(_op(''))
    out.append('</div>\n</body>\n</html>\n')
    return '\n'.join(out)


def plain_quote(quote):
    h = '\n'.join('%s %s' % (k, v) for k, v in quote['hdr'])
    pre = quote.get('pre', '')
    return (pre + '\n' if pre else '') + h + '\n\n' + quote['text']


def apple_html(body, sig='', quote_attr=None, quote_text=None, fwd=None):
    out = ['<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
           '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">']
    for line in body.split('\n'):
        out.append('<div>%s</div>' % (esc(line) if line else '<br>'))
    if sig:
        out.append('<div><br></div><div>')
        out.append('<br>'.join(esc(l) for l in sig.split('\n')))
        out.append('</div>')
    if quote_text is not None:
        out.append('<div><br><blockquote type="cite"><div>%s</div><br>' % esc(quote_attr or ''))
        out.append(''.join('<div>%s</div>' % (esc(l) if l else '<br>') for l in quote_text.split('\n')))
        out.append('</blockquote></div>')
    if fwd is not None:
        hdr, txt = fwd
        out.append('<div><br><blockquote type="cite"><div>Begin forwarded message:</div><br class="Apple-interchange-newline">')
        for k, v in hdr:
            out.append('<div style="margin-top: 0px; margin-right: 0px; margin-bottom: 0px; margin-left: 0px;"><span style="font-family: -webkit-system-font, Helvetica Neue, Helvetica, sans-serif; color:rgba(0, 0, 0, 1.0);"><b>%s </b></span><span style="font-family: -webkit-system-font, Helvetica Neue, Helvetica, sans-serif;">%s<br></span></div>' % (esc(k), esc(v)))
        out.append('<br>' + ''.join('<div>%s</div>' % (esc(l) if l else '<br>') for l in txt.split('\n')))
        out.append('</blockquote></div>')
    out.append('</body></html>')
    return '\n'.join(out) + '\n'


def gmail_html(body, sig='', quote_attr=None, quote_text=None, fwd=None):
    lines = body.split('\n')
    inner = '<br>'.join(esc(l) for l in lines)
    out = '<div dir="ltr">%s' % inner
    if sig:
        out += '<br><br><div><div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature"><div dir="ltr">%s</div></div></div>' % '<br>'.join(esc(l) for l in sig.split('\n'))
    if fwd is not None:
        hdr, txt = fwd
        out += '<br><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>%s<br></div><br><br>%s</div>' % (
            '<br>'.join('%s: <b class="gmail_sendername" dir="auto">%s</b>' % (esc(k[:-1]), esc(v)) if k == 'From:' else '%s %s' % (esc(k), esc(v)) for k, v in hdr),
            '<br>'.join(esc(l) for l in txt.split('\n')))
    out += '</div>'
    if quote_text is not None:
        out += '<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>' % (
            esc(quote_attr), '<br>'.join(esc(l) for l in quote_text.split('\n')))
    return out + '\n'


def gt(text):
    return '\n'.join(('> ' + l) if l else '>' for l in text.split('\n'))


# --------------------------------------------------------------------------- message assembly
def assemble(headers, part, crlf=False):
    lines = [hb(n, v) for n, v in headers if v is not None]
    lines += [hb(n, v) for n, v in part.headers]
    data = b'\n'.join(lines) + b'\n\n' + part.body
    if crlf:
        data = data.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    return data


def topic_of(subject):
    if isinstance(subject, bytes):
        return None
    s = subject
    for p in ('RE: ', 'Re: ', 'FW: ', 'Fw: ', 'AW: ', 'WG: ', 'TR : ', 'RV: ', 'ENC: ', 'R: '):
        if s.startswith(p):
            s = s[len(p):]
    return s


def internal_auth():
    return ('Authentication-Results', 'dkim=none (message not signed)\n header.d=none;dmarc=none action=none\n header.from=pellworthfinancial.com;')


def outlook(frm, subject, when, body, sig='', disc='', quote=None, mode='alt', cs='windows-1252',
            cte='quoted-printable', plain_cte=None, atts=(), inline_png=None, to=HELP, cc=None,
            msgid=True, region='uk', lang='en-GB', extra=(), rx=3, topic=None, classification=None,
            crlf=False, html_lang='EN-GB', font='Aptos', auth=True, date_utc=True, pre_headers=()):
    html_s = outlook_html(body, sig, disc, quote, cs=cs, lang=html_lang, font=font,
                          classification=classification, img_cid=inline_png[1] if inline_png else None)
    hpart = tpart(html_s, 'html', cs=cs, cte=cte)
    if inline_png:
        png, cid = inline_png
        hpart = mpart('related', [hpart, attach(png, 'image/png', cid.split('@')[0], disp='inline', cid=cid, when=when)],
                      outlook_boundary('005', region), extra_params='', ct_sep=';\n\tboundary=')
        hpart.headers[0] = ('Content-Type', 'multipart/related;\n\tboundary="%s";\n\ttype="multipart/alternative"' % hpart.headers[0][1].split('"')[1])
    if mode == 'alt':
        ptxt = ''
        if classification:
            ptxt += classification + '\n\n'
        ptxt += body.replace('[[IMG]]', '[cid:%s]' % (inline_png[1] if inline_png else 'image001.png'))
        if sig:
            ptxt += '\n\n' + sig
        if disc:
            ptxt += '\n\n' + disc
        if quote:
            ptxt += '\n\n' + plain_quote(quote)
        ppart = tpart(ptxt + '\n', 'plain', cs=cs, cte=plain_cte or cte)
        if inline_png:
            # Outlook: related( alternative(plain, html), image )
            htm = tpart(html_s, 'html', cs=cs, cte=cte)
            alt = mpart('alternative', [ppart, htm], outlook_boundary('000', region))
            png, cid = inline_png
            body_part = mpart('related', [alt, attach(png, 'image/png', cid.split('@')[0], disp='inline', cid=cid, when=when)],
                              outlook_boundary('005', region))
            body_part.headers[0] = ('Content-Type', 'multipart/related;\n\tboundary="%s";\n\ttype="multipart/alternative"' % body_part.headers[0][1].split('"')[1])
        else:
            body_part = mpart('alternative', [ppart, hpart], outlook_boundary('000', region))
    else:
        body_part = hpart
    if atts:
        body_part = mpart('mixed', [body_part] + list(atts), outlook_boundary('004', region))
    H = list(pre_headers)
    if rx:
        H += rx_internal(when, hops=rx, region=region)
    if auth:
        H.append(internal_auth())
    H += [('From', frm), ('To', to)]
    if cc:
        H.append(('CC', cc))
    H.append(('Subject', subject))
    tp = topic if topic is not None else topic_of(subject)
    if tp is not None:
        H.append(('Thread-Topic', tp))
    H.append(('Thread-Index', thread_index()))
    H.append(('Date', when.rfc(utc=date_utc)))
    if msgid is True:
        H.append(('Message-ID', outlook_msgid(region)))
    elif msgid:
        H.append(('Message-ID', msgid))
    H += [('Accept-Language', '%s, en-US' % lang if lang != 'en-US' else 'en-US'), ('Content-Language', lang),
          ('X-MS-Has-Attach', 'yes' if (atts or inline_png) else ''), ('X-MS-Exchange-Organization-SCL', '-1'),
          ('X-MS-TNEF-Correlator', '')]
    if classification:
        H.append(('msip_labels', 'MSIP_Label_5c1f0e9a-2b7d-4e1a-9a0f-3d2c8b7e6a41_Enabled=true;\n MSIP_Label_5c1f0e9a-2b7d-4e1a-9a0f-3d2c8b7e6a41_SetDate=%s;\n MSIP_Label_5c1f0e9a-2b7d-4e1a-9a0f-3d2c8b7e6a41_Method=Standard;\n MSIP_Label_5c1f0e9a-2b7d-4e1a-9a0f-3d2c8b7e6a41_Name=Internal;\n MSIP_Label_5c1f0e9a-2b7d-4e1a-9a0f-3d2c8b7e6a41_SiteId=8e3b2f6c-41a7-4d2e-b9c3-7f1a0d5e2c94;' % when.dt.astimezone(datetime.timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ')))
    H += list(extra)
    H.append(('MIME-Version', '1.0'))
    return assemble(H, body_part, crlf)


def apple(frm, subject, when, body, sig='', quote_attr=None, quote_text=None, fwd=None, mode='alt',
          atts=(), to=HELP, cc=None, msgid=True, extra=(), rx=2, region='uk', in_reply_to=None,
          plain_cte='quoted-printable', html_cte='quoted-printable', crlf=False, auth=True):
    ptxt = body
    if sig:
        ptxt += '\n\n' + sig
    if quote_text is not None:
        ptxt += '\n\n' + quote_attr + '\n\n' + gt(quote_text)
    if fwd is not None:
        hdr, txt = fwd
        ptxt += '\n\nBegin forwarded message:\n\n' + '\n'.join('%s %s' % kv for kv in hdr) + '\n\n' + txt
    pp = tpart(ptxt + '\n', 'plain', cte=plain_cte, quoted=False, ct_sep=';\n\t')
    pp.headers.reverse()  # Apple: CTE first, then Content-Type
    if mode == 'alt':
        hp = tpart(apple_html(body, sig, quote_attr, quote_text, fwd), 'html', cte=html_cte, quoted=False, ct_sep=';\n\t')
        hp.headers.reverse()
        part = mpart('alternative', [pp, hp], apple_boundary())
    else:
        part = pp
    if atts:
        part = mpart('mixed', [part] + list(atts), apple_boundary())
    H = []
    if rx:
        H += rx_internal(when, hops=rx, region=region)
    if auth:
        H.append(internal_auth())
    H.append(('From', frm))
    H.append(part.headers[0])
    rest = part.headers[1:]
    part.headers = rest
    H.append(('Mime-Version', '1.0 (Mac OS X Mail 16.0 \\(3826.500.181.1.5\\))'))
    H.append(('Subject', subject))
    if msgid is True:
        H.append(('Message-Id', apple_msgid(dom_of(frm))))
    elif msgid:
        H.append(('Message-Id', msgid))
    if in_reply_to:
        H += [('In-Reply-To', in_reply_to), ('References', in_reply_to)]
    H.append(('Date', when.rfc()))
    if cc:
        H.append(('Cc', cc))
    H.append(('To', to))
    H.append(('X-Mailer', 'Apple Mail (2.3826.500.181.1.5)'))
    H += list(extra)
    return assemble(H, part, crlf)


def iphone(frm, subject, when, body, sig='Sent from my iPhone', to=HELP, msgid=True, extra=(), rx=2,
           region='uk', cte='quoted-printable', quote_attr=None, quote_text=None, in_reply_to=None,
           crlf=False, auth=True, xmailer='iPhone Mail (22D82)'):
    txt = body + ('\n\n' + sig if sig else '')
    if quote_text is not None:
        txt += '\n\n' + quote_attr + '\n\n' + gt(quote_text)
    raw = txt + '\n'
    if cte == 'quoted-printable':
        b = qp(raw.encode('utf-8'))
    elif cte == 'base64':
        b = b64(raw.encode('utf-8'))
    else:
        b = raw.encode('utf-8')
    part = Part([], b)
    H = []
    if rx:
        H += rx_internal(when, hops=rx, region=region)
    if auth:
        H.append(internal_auth())
    H += [('Content-Type', 'text/plain; charset=utf-8'), ('Content-Transfer-Encoding', cte), ('From', frm),
          ('Mime-Version', '1.0 (1.0)'), ('Date', when.rfc()), ('Subject', subject)]
    if msgid is True:
        H.append(('Message-Id', apple_msgid(dom_of(frm))))
    elif msgid:
        H.append(('Message-Id', msgid))
    if in_reply_to:
        H += [('References', in_reply_to), ('In-Reply-To', in_reply_to)]
    H += [('To', to), ('X-Mailer', xmailer)]
    H += list(extra)
    return assemble(H, part, crlf)


def outlook_mobile(frm, subject, when, body, os_='iOS', to=HELP, msgid=True, extra=(), rx=2, region='uk',
                   cte='base64', quote=None, crlf=False):
    sig = 'Get Outlook for %s<https://aka.ms/%s>' % (os_, 'o0ukef' if os_ == 'iOS' else 'AAb9ysg')
    ptxt = body + '\n\n' + sig
    htxt = '<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n<body>\n<div dir="ltr">\n' + ''.join(
        '<div dir="ltr" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">%s</div>\n' % (esc(l) if l else '<br>') for l in body.split('\n'))
    htxt += '<div id="ms-outlook-mobile-body-separator-line" dir="ltr"><br></div><div id="ms-outlook-mobile-signature" dir="ltr">Get <a href="https://aka.ms/%s">Outlook for %s</a></div>\n' % ('o0ukef' if os_ == 'iOS' else 'AAb9ysg', os_)
    if quote:
        ptxt += '\n________________________________\n' + plain_quote(quote)
        htxt += '<hr style="display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">' + '<br>'.join('<b>%s</b> %s' % (esc(k), esc(v)) for k, v in quote['hdr']) + '</font><div>&nbsp;</div></div>' + '<br>'.join(esc(l) for l in quote['text'].split('\n'))
    htxt += '</div>\n</body>\n</html>\n'
    part = mpart('alternative', [tpart(ptxt + '\n', 'plain', cte=cte), tpart(htxt, 'html', cte=cte)], outlook_boundary('000', region))
    H = rx_internal(when, hops=rx, region=region) if rx else []
    H += [internal_auth(), ('From', frm), ('To', to), ('Subject', subject)]
    tp = topic_of(subject)
    if tp:
        H.append(('Thread-Topic', tp))
    H += [('Thread-Index', thread_index()), ('Date', when.rfc(utc=True))]
    if msgid is True:
        H.append(('Message-ID', outlook_msgid(region)))
    elif msgid:
        H.append(('Message-ID', msgid))
    H += [('Accept-Language', 'en-GB, en-US'), ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', '')]
    H += list(extra)
    H.append(('MIME-Version', '1.0'))
    return assemble(H, part, crlf)


def gmail(frm, frm_dom, subject, when, body, sig='', quote_attr=None, quote_text=None, fwd=None,
          to=HELP, cc=None, msgid=True, extra=(), cte='quoted-printable', atts=(), in_reply_to=None,
          external_banner=False, full_rx=True, crlf=False, plain_only=False):
    ptxt = body
    if sig:
        ptxt += '\n\n-- \n' + sig
    if fwd is not None:
        hdr, txt = fwd
        ptxt += '\n\n---------- Forwarded message ---------\n' + '\n'.join('%s %s' % kv for kv in hdr) + '\n\n' + txt
    if quote_text is not None:
        ptxt += '\n\n' + quote_attr + '\n\n' + gt(quote_text)
    pp = tpart(ptxt + '\n', 'plain', cs='utf-8', label='UTF-8', cte=cte)
    if plain_only:
        part = pp
    else:
        hp = tpart(gmail_html(body, sig, quote_attr, quote_text, fwd), 'html', cs='utf-8', label='UTF-8', cte=cte)
        part = mpart('alternative', [pp, hp], gmail_boundary(), ct_sep='; boundary=')
    if atts:
        part = mpart('mixed', [part] + list(atts), gmail_boundary(), ct_sep='; boundary=')
    ip = '209.85.%d.%d' % (rng.randint(128, 221), rng.randint(1, 254))
    H = []
    if full_rx:
        top, eop = rx_inbound(when)
        gh = 'mail-%s-f%d.google.com' % (rng.choice(['wr1', 'wm1', 'ej1', 'lf1', 'ed1']), rng.randint(41, 70))
        H += top
        H += [('Authentication-Results', auth_results(frm_dom, ip)[1]),
              ('Received-SPF', 'Pass (protection.outlook.com: domain of %s designates\n %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C' % (frm_dom, ip, ip, gh))]
        H += [('Received', 'from %s (%s) by\n %s (10.167.%d.%d) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d\n via Frontend Transport; %s' % (
            gh, ip, eop, rng.randint(1, 250), rng.randint(1, 250), rng.randint(8600, 9200), rng.randint(10, 40), when.rfc(6, utc=True)))]
        H += [('Received', 'by %s with SMTP id %s.%d\n        for <%s>; %s' % (
            gh, rhex(16, upper=False), rng.randint(1, 9), HELPADDR, when.rfc(3)))]
        H += [('ARC-Seal', 'i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s' % (when.epoch(), '\n         '.join(rb64(256)[k:k + 64] for k in range(0, 344, 64))))]
        H += [('ARC-Message-Signature', 'i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n        h=to:subject:message-id:date:from:mime-version:dkim-signature;\n        bh=%s;\n        fh=%s;\n        b=%s' % (rb64(32), rb64(32), '\n         '.join(rb64(256)[k:k + 64] for k in range(0, 344, 64))))]
        H += [('ARC-Authentication-Results', 'i=1; mx.google.com;\n       dkim=pass header.i=@%s header.s=google header.b=%s;\n       spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s' % (
            frm_dom, ralnum(8), frm.split('<')[-1].rstrip('>') if isinstance(frm, str) else 'x@' + frm_dom, ip, frm_dom, frm_dom))]
        H += [('DKIM-Signature', dkim(frm_dom, 'google', 'to:subject:message-id:date:from:mime-version:from:to:cc\n\t :subject:date:message-id:reply-to', when))]
        H += [('X-Google-Smtp-Source', 'AGHT+I' + rb64(60)[:78]),
              ('X-Received', 'by 2002:a05:%x:%x:b0:%x:%x:%x with SMTP id\n %s-%s.%d.%d; %s' % (
                  rng.randint(0x6000, 0x6fff), rng.randint(0x1000, 0xffff), rng.randint(0x100, 0xfff), rng.randint(0x100, 0xfff), rng.randint(0x100, 0xfff),
                  rhex(8, upper=False), rhex(16, upper=False), rng.randint(1, 20), rng.randint(1000, 9999), when.rfc(2)))]
    H.append(('MIME-Version', '1.0'))
    H.append(('Date', when.rfc()))
    if in_reply_to:
        H += [('References', in_reply_to), ('In-Reply-To', in_reply_to)]
    if msgid is True:
        H.append(('Message-ID', gmail_msgid()))
    elif msgid:
        H.append(('Message-ID', msgid))
    H += [('Subject', subject), ('From', frm), ('To', to)]
    if cc:
        H.append(('Cc', cc))
    H += list(extra)
    return assemble(H, part, crlf)


def thunderbird(frm, subject, when, body, sig='', to=HELP, msgid=True, extra=(), rx=2, quote_attr=None,
                quote_text=None, lang='en-GB', crlf=False, in_reply_to=None):
    txt = body
    if quote_text is not None:
        txt = body + '\n\n' + quote_attr + '\n' + gt(quote_text)
    if sig:
        txt += '\n\n-- \n' + sig
    H = rx_internal(when, hops=rx) if rx else []
    H.append(internal_auth())
    if msgid is True:
        H.append(('Message-ID', '<%s@pellworthfinancial.com>' % ruuid().lower()))
    elif msgid:
        H.append(('Message-ID', msgid))
    H += [('Date', when.rfc()), ('MIME-Version', '1.0'), ('User-Agent', 'Mozilla Thunderbird'),
          ('Content-Language', lang), ('To', to), ('From', frm), ('Subject', subject)]
    if in_reply_to:
        H += [('References', in_reply_to), ('In-Reply-To', in_reply_to)]
    H += list(extra)
    part = Part([('Content-Type', 'text/plain; charset=UTF-8; format=flowed'), ('Content-Transfer-Encoding', '8bit')],
                (txt + '\n').encode('utf-8'))
    return assemble(H, part, crlf)


# --------------------------------------------------------------------------- registry
MSGS = []


def add(key, cat, actions, article, lang, fmt, notes, data):
    assert cat in ('question', 'bug', 'scheduling_blocker', 'feature_request', 'escalation', 'noise'), key
    MSGS.append(dict(key=key, category=cat, actions=actions, article=article, language=lang,
                     format=fmt, notes=notes, data=data))


# --------------------------------------------------------------------------- signatures / disclaimers
DISC_UK = (
    'Pellworth Financial plc is registered in England and Wales (company no. 04418273). Registered office: '
    'Pellworth House, 40 Moorgate, London EC2R 6PJ. Pellworth Bank Limited is authorised by the Prudential '
    'Regulation Authority and regulated by the Financial Conduct Authority and the Prudential Regulation '
    'Authority (FRN 771204). Pellworth Insurance Limited is authorised and regulated by the Financial Conduct Authority.\n'
    'CONFIDENTIALITY NOTICE: This e-mail and any attachments are CONFIDENTIAL and may be legally privileged. '
    'They are intended solely for the named addressee. If you have received this e-mail in error, please notify '
    'the sender immediately by return e-mail and delete it from your system; you must not copy, forward, disclose '
    'or take any action in reliance on it. E-mail traffic is monitored for security and compliance purposes.\n'
    'URGENT SECURITY REMINDER: Pellworth will never ask you to confirm passwords or change bank details by e-mail. '
    'If you receive an unexpected or urgent payment request, call the sender on a known number before acting.')

DISC_UK_SHORT = (
    'This e-mail is CONFIDENTIAL and intended only for the addressee. If you have received it in error, '
    'please tell the sender immediately and delete it. Pellworth Financial plc, registered in England and Wales '
    'no. 04418273, Pellworth House, 40 Moorgate, London EC2R 6PJ.')

DISC_US = (
    'This message (including any attachments) is CONFIDENTIAL and intended only for the named recipient(s). '
    'It may contain information that is privileged or exempt from disclosure under applicable law. If you are not '
    'the intended recipient, or have received this message in error, please notify the sender immediately and '
    'permanently delete it. Any unauthorized review, use, disclosure or distribution is strictly prohibited. '
    'Pellworth Financial, Inc. does not accept liability for any error or omission in this message that arises '
    'as a result of e-mail transmission.\n'
    'Investment products offered through Pellworth Wealth Advisors, LLC, member FINRA/SIPC: Not FDIC insured | '
    'No bank guarantee | May lose value.')

DISC_DE = (
    'Pellworth Deutschland GmbH | Sitz der Gesellschaft: Frankfurt am Main | Amtsgericht Frankfurt am Main HRB 118204 | '
    'Geschäftsführung: Dr. Henrik Lange, Petra Albers | Vorsitzender des Aufsichtsrats: Richard Ashcombe\n'
    'Diese E-Mail enthält VERTRAULICHE und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige '
    'Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und '
    'vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser E-Mail sind nicht gestattet.\n'
    'This e-mail may contain CONFIDENTIAL and/or privileged information. If you are not the intended recipient '
    '(or have received this e-mail in error) please notify the sender immediately and destroy this e-mail.')

DISC_ES = (
    'Pellworth España, S.A.U. · Paseo de la Castellana 141, planta 12, 28046 Madrid · Inscrita en el Registro '
    'Mercantil de Madrid, Tomo 40.112, Folio 88, Hoja M-712345 · CIF A-87654321\n'
    'AVISO DE CONFIDENCIALIDAD: Este mensaje y sus archivos adjuntos son CONFIDENCIALES y están dirigidos '
    'exclusivamente a su destinatario. Si lo ha recibido por error, le rogamos que lo comunique inmediatamente al '
    'remitente y proceda a su eliminación, sin copiarlo ni difundirlo. Sus datos personales serán tratados conforme '
    'al RGPD y a la LOPDGDD; puede ejercer sus derechos en privacidad@pellworth.es.\n'
    'Antes de imprimir este correo, piense en el medio ambiente.')

DISC_FR = (
    'Pellworth France SAS · Tour Pellworth, 21 cours Valmy, 92800 Puteaux · RCS Nanterre 812 345 678 · '
    'Capital social : 25 000 000 €\n'
    'Ce message et toutes les pièces jointes sont CONFIDENTIELS et établis à l\'intention exclusive de leurs '
    'destinataires. Toute utilisation ou diffusion non autorisée est interdite. Si vous avez reçu ce message par '
    'erreur, merci d\'en avertir immédiatement l\'expéditeur et de le détruire. L\'intégrité de ce message ne pouvant '
    'être assurée sur Internet, Pellworth France ne saurait être tenue responsable de son contenu.')

DISC_PT = (
    'Pellworth Portugal, S.A. · Av. da Liberdade 190, 1250-147 Lisboa · NIPC 509 876 543 · Capital social 12.500.000 €\n'
    'AVISO DE CONFIDENCIALIDADE: Esta mensagem e quaisquer anexos são CONFIDENCIAIS e destinam-se exclusivamente '
    'ao(s) destinatário(s) indicado(s). Se recebeu esta mensagem por engano, por favor informe imediatamente o '
    'remetente e elimine-a do seu sistema. É proibida a utilização, cópia ou divulgação não autorizadas. '
    'Antes de imprimir, pense no ambiente.')

LDN = 'Pellworth House, 40 Moorgate, London EC2R 6PJ'
MCR = 'Pellworth Technology Hub, 3 Hardman Boulevard, Spinningfields, Manchester M3 3HF'
LDS = 'Pellworth Insurance, Wellington Place, Leeds LS1 4AP'
NYC = 'Pellworth Financial, Inc. | 1185 Avenue of the Americas, 31st Floor | New York, NY 10036'
CLT = 'Pellworth Financial, Inc. | 13777 Ballantyne Corporate Place | Charlotte, NC 28277'


def sig(name, title, unit, addr, phone=None, mobile=None, email_=None, extra=None, pron=None):
    lines = [name + (' (%s)' % pron if pron else ''), title, unit, addr]
    tel = []
    if phone:
        tel.append('T: ' + phone)
    if mobile:
        tel.append('M: ' + mobile)
    if tel:
        lines.append(' | '.join(tel))
    if email_:
        lines.append(email_ + ' | pellworthfinancial.com')
    if extra:
        lines += extra if isinstance(extra, list) else [extra]
    return '\n'.join(lines)


# =========================================================================== ENGLISH QUESTIONS
def en_questions():
    # --- support-hours, asked without the word "hours"; Outlook HTML only, cp1252 QP, Windows-1252 Q subject
    w = When(2026, 4, 2, 16, 48, 12)
    body = """Hi all,

Hope you're well. Slightly odd one from the CFO's office.

We're running the final round for the Group Treasurer role over the Easter weekend – the preferred candidate is flying in from Singapore and can only do Saturday 4th and Sunday 5th at Moorgate. Niamh has set everything up in GoodTime (thank you Niamh!) and the invites are out to the candidate and the five interviewers, one of whom is a non-exec joining by Teams from Singapore.

My worry is what happens if something falls over on the Saturday morning – an invite disappears, the Teams link doesn't work for the NED, a room booking drops off, that sort of thing. Our own team is off until Tuesday, which I completely understand.

So, if something does go wrong over the bank holiday weekend, is there actually anybody on the GoodTime side we can get hold of, or should I plan on us being on our own until Tuesday morning?

Many thanks in advance,
Priya"""
    s = sig('Priya Raman', 'Executive Assistant to the Group Chief Financial Officer', 'Group Finance | Pellworth Financial plc',
            LDN, '+44 (0)20 7946 0312', '+44 (0)7700 900418', 'priya.raman@pellworthfinancial.com',
            extra='Working pattern: Mon–Thu')
    add('q_en_weekend', 'question', 'auto_reply', 'support-hours', 'en',
        'outlook-html-only;qp;windows-1252;rfc2047-q-windows-1252;long-signature;disclaimer;msip-label',
        'weekend cover asked without saying hours',
        outlook('Priya Raman <priya.raman@pellworthfinancial.com>',
                ew('Easter weekend – cover if GoodTime plays up?', 'Q', 'Windows-1252'), w, body, s, DISC_UK,
                mode='html', classification='Classification: INTERNAL', topic=ew('Easter weekend – cover if GoodTime plays up?', 'Q', 'Windows-1252'),
                rx=3))

    # --- contact-csm without the letters CSM; Apple Mail alternative
    w = When(2026, 3, 10, 8, 12, 40)
    body = """Morning team,

I'd like to get some time with the person at GoodTime who looks after our account – not Support, the lady who ran our kick-off last year and did the review with us in January. She sent her details round at some point but I can't find the email anywhere, and the January invite came from someone on their side who has since left.

What's the quickest way to get a slot in her diary? It's about how we set things up for graduate assessment centre season, nothing broken.

Thanks,
Tom"""
    s = sig('Tom Whitfield', 'Head of Recruiting Operations', 'People & Culture | Pellworth Financial plc', LDN,
            '+44 (0)20 7946 0287', '+44 (0)7700 900233', 'tom.whitfield@pellworthfinancial.com')
    add('q_en_account_person', 'question', 'auto_reply', 'contact-csm', 'en',
        'apple-mail;multipart-alternative;qp;no-csm-letters', 'how to book time with the account contact',
        apple('Tom Whitfield <tom.whitfield@pellworthfinancial.com>', 'Our main contact at GoodTime', w, body, s))

    # --- panel-interviews; terse lowercase iPhone, Message-Id without angle brackets
    w = When(2026, 3, 11, 21, 37, 5)
    body = """how do i get 3 interviewers in the same slot with one candidate?? not 3 back to back interviews, one 60 min conversation with all of us in the room. every time i try it looks like its booking seperate sessions"""
    add('q_en_panel', 'question', 'auto_reply', 'panel-interviews', 'en',
        'iphone;text-plain;terse-lowercase;typos;msgid-no-angle-brackets', 'one-line panel how-to at night',
        iphone('Daniel Kowalczyk <daniel.kowalczyk@pellworthfinancial.com>', 'panel', w, body,
               msgid=apple_msgid()[1:-1], cte='7bit'))

    # --- debrief-scheduling; rambling, replying on an old room-booking thread (misleading subject)
    w = When(2026, 3, 16, 12, 5, 51)
    body = """Hi both,

Thanks again for sorting the room last week – the onsite went fine and the candidate apparently loved the view of the Irwell.

Bit of background for my actual question. We're hiring four senior data engineers for the platform rebuild and I've moved to full loops on a single day: system design, coding, a values conversation with one of the HRBPs and a chat with me at the end. Hannah has been brilliant at setting these up, but the bit that always falls through the cracks is getting everyone back together afterwards to compare notes and make a call. At the moment I send my own Outlook invite for that and half the time someone's already double-booked by then.

So: can GoodTime set up that wash-up for us off everyone's calendars, the same way it does the interviews themselves? And if it does, does the candidate get told about it in any way? The last thing I want is a candidate receiving an invite called "Wash-up: <their name>".

Cheers,
Sam"""
    s = sig('Sam Patel', 'Engineering Manager, Data Platform', 'Technology | Pellworth Financial plc', MCR,
            '+44 (0)161 496 0733', None, 'sam.patel@pellworthfinancial.com', pron='he/him')
    q = {'hdr': [('From:', 'GoodTime Help Line <helpline@pellworthfinancial.com>'),
                 ('Sent:', 'Tuesday, March 10, 2026 3:41 PM'),
                 ('To:', 'Sam Patel <sam.patel@pellworthfinancial.com>'),
                 ('Cc:', 'Hannah Okafor <hannah.okafor@pellworthfinancial.com>'),
                 ('Subject:', 'RE: Room for onsite on the 12th')],
         'text': """Hi Sam,

The reason Hardman 4.12 wasn't showing is that it hadn't been set up as a bookable room for GoodTime yet. Facilities have now enabled it, so it should appear when you pick the Manchester office for an in-person interview. If it's still missing tomorrow, just let us know.

Best,
Aisha
GoodTime Internal Project Team | Recruiting Operations"""}
    add('q_en_debrief', 'question', 'auto_reply', 'debrief-scheduling', 'en',
        'outlook;multipart-alternative;qp;reply-on-top;quoted-thread-other-topic;rambling;misleading-subject',
        'question in third paragraph; quote is about rooms',
        outlook('Sam Patel <sam.patel@pellworthfinancial.com>', 'RE: Room for onsite on the 12th', w, body, s,
                DISC_UK_SHORT, quote=q, cc='Hannah Okafor <hannah.okafor@pellworthfinancial.com>', rx=4, crlf=True))

    # --- product-board; Outlook for Android, base64
    w = When(2026, 3, 19, 7, 58, 3)
    body = """Hi, the other coordinators on the Risk & Compliance desk and I have been keeping a running list of little things we wish GoodTime did differently. Nothing broken, just nice-to-haves. Where's the right place to send them so the people at GoodTime actually see them? Don't want to clog up your inbox with wishlists!

Thanks
Megan"""
    add('q_en_ideas', 'question', 'auto_reply', 'product-board', 'en',
        'outlook-android;multipart-alternative;base64;mobile-signature', 'where do suggestions go',
        outlook_mobile('Megan Price <megan.price@pellworthfinancial.com>', 'ideas for GoodTime', w, body, os_='Android'))

    # --- interviewer-training via web form robot -> never auto-reply
    w = When(2026, 3, 18, 14, 22, 9)
    body = """A new enquiry has been submitted through the People Hub contact form.

Reference:      PH-260318-0447
Submitted:      18/03/2026 14:22 GMT
Name:           Ravi Menon
Job title:      Senior Actuarial Manager
Business area:  Insurance - Pricing & Actuarial
Location:       Leeds
Email:          ravi.menon@pellworthfinancial.com
Topic:          Recruiting systems (GoodTime)

Enquiry:
Two of my team have been asked to start interviewing for the actuarial graduate scheme this summer. Neither has interviewed before. I've heard GoodTime has some way of easing people in gradually - sitting in on someone else's interview first, then leading one with an experienced colleague watching, that kind of thing. How does that work in practice, and is there anything they need to have set up before they can be included?

--
This message was generated automatically by People Hub. Replies to this address are not monitored.
To respond, reply to the requester directly or update the enquiry in People Hub."""
    html_b = '<html><body style="font-family:Arial,sans-serif;font-size:13px"><h3 style="color:#0b3d6e">People Hub &ndash; new enquiry</h3><table cellpadding="4">' + ''.join(
        '<tr><td><b>%s</b></td><td>%s</td></tr>' % (esc(k), esc(v)) for k, v in [
            ('Reference', 'PH-260318-0447'), ('Submitted', '18/03/2026 14:22 GMT'), ('Name', 'Ravi Menon'),
            ('Job title', 'Senior Actuarial Manager'), ('Business area', 'Insurance - Pricing & Actuarial'),
            ('Location', 'Leeds'), ('Email', 'ravi.menon@pellworthfinancial.com'), ('Topic', 'Recruiting systems (GoodTime)')]) + \
        '</table><p><b>Enquiry:</b><br>' + esc(body.split('Enquiry:\n')[1].split('\n\n--')[0]) + '</p><p style="color:#888;font-size:11px">This message was generated automatically by People Hub. Replies to this address are not monitored.</p></body></html>\n'
    part = mpart('alternative', [tpart(body + '\n', 'plain', cs='us-ascii', cte='7bit', quoted=False),
                                 tpart(html_b, 'html', cs='us-ascii', cte='7bit', quoted=False)],
                 '----=_Part_%d_%d.%d' % (rng.randint(10000, 99999), rng.randint(100000000, 999999999), w.epoch() * 1000),
                 ct_sep='; \n\tboundary=')
    H = rx_internal(w, hops=5) + [internal_auth(),
         ('Date', w.rfc(pad=True)), ('From', 'Pellworth People Hub <no-reply@peoplehub.pellworthfinancial.com>'),
         ('Reply-To', 'Ravi Menon <ravi.menon@pellworthfinancial.com>'), ('To', HELPADDR),
         ('Message-ID', '<%d.%d.%d@peoplehub-app02.pellworthfinancial.com>' % (rng.randint(1000000, 9999999), rng.randint(100, 999), w.epoch() * 1000)),
         ('Subject', '[People Hub] New enquiry PH-260318-0447: Recruiting systems (GoodTime)'),
         ('MIME-Version', '1.0'), ('Auto-Submitted', 'auto-generated'), ('X-Auto-Response-Suppress', 'All'),
         ('Precedence', 'bulk'), ('X-Mailer', 'PeopleHub Notifications 4.2')]
    add('q_en_form_training', 'question', 'forward_support|needs_review', 'interviewer-training', 'en',
        'form-mailer;auto-submitted;x-auto-response-suppress;reply-to;multipart-alternative;7bit;received-x6',
        'real question arriving through a web form',
        assemble(H, part))

    # --- escalation-path; Outlook forward with a line of new text
    w = When(2026, 4, 14, 9, 3, 27)
    body = """Hi team – Lucy pointed me your way, question below. Thanks!
Zara"""
    s = sig('Zara Ahmed', 'Talent Acquisition Partner, Wealth Management', 'People & Culture | Pellworth Financial plc', LDN,
            '+44 (0)20 7946 0561', None, 'zara.ahmed@pellworthfinancial.com')
    q = {'hdr': [('From:', 'Zara Ahmed <zara.ahmed@pellworthfinancial.com>'),
                 ('Sent:', 'Monday, April 13, 2026 5:47 PM'),
                 ('To:', 'Lucy Harrington <lucy.harrington@pellworthfinancial.com>'),
                 ('Subject:', 'GoodTime - who do I go to for what?')],
         'text': """Hi Lucy,

Sorry to bother you with this – I'm three weeks in and still working out who does what here.

When something in GoodTime doesn't behave, do I come to someone internally, go straight to GoodTime, or someone else entirely? And if I've got an idea for how it could work better, where does that go? At my last place we just raised everything with the IT service desk, which I'm guessing isn't the answer here.

Thanks so much,
Zara"""}
    add('q_en_whogoeswhere', 'question', 'auto_reply', 'escalation-path', 'en',
        'outlook;multipart-alternative;qp;forwarded-outlook;long-signature;disclaimer', 'new joiner asks which channel for what',
        outlook('Zara Ahmed <zara.ahmed@pellworthfinancial.com>', 'FW: GoodTime - who do I go to for what?', w, body, s, DISC_UK,
                quote=q, rx=3))


# =========================================================================== ENGLISH QUESTIONS, NO ARTICLE
def en_unanswered():
    w = When(2026, 3, 12, 11, 31, 44)
    body = """Hello,

Group Third-Party Risk is completing the annual review of GoodTime, which we class as a material supplier because it processes candidate personal data.

One of the questions on our assessment template is the supplier's committed response time for the most severe incidents. Could you tell me what GoodTime Support actually commits to for a Priority 1 / critical ticket – the figure itself (e.g. 30 minutes, 1 hour) rather than a link – and whether that is a first response or a resolution target?

Our deadline for the file is 27 March.

Kind regards,
Connor"""
    s = sig('Connor Walsh', 'Third-Party Risk Analyst', 'Group Risk | Pellworth Financial plc', LDN, '+44 (0)20 7946 0908',
            None, 'connor.walsh@pellworthfinancial.com')
    add('n_en_p1', 'question', 'forward_support', 'none', 'en',
        'outlook-html-only;qp;windows-1252;long-signature;disclaimer', 'asks for the P1 SLA figure, not in any article',
        outlook('Connor Walsh <connor.walsh@pellworthfinancial.com>', 'GoodTime - vendor review: P1 response commitment', w, body, s,
                DISC_UK, mode='html', classification='Classification: INTERNAL', rx=2))

    w = When(2026, 3, 18, 14, 5, 18, '-0400')
    body = """Hi there,

For the contact center hiring we're seeing a lot of candidates who just don't read email – they apply from their phones and half the time our confirmation lands in a promotions tab.

Is GoodTime able to send the reminder as a text message to the candidate's cell number instead of (or as well as) email? And if it can, is that something we have switched on for the US?

Thanks!
Laura"""
    s = sig('Laura Mitchell', 'Recruiting Coordinator | Customer Contact Center', 'Pellworth Financial, Inc.', CLT,
            '(704) 555-0148', None, 'laura.mitchell@pellworthfinancial.com')
    add('n_en_sms', 'question', 'forward_support', 'none', 'en',
        'apple-mail;multipart-alternative;qp;us-sender', 'SMS reminders: looks like reminders article but not covered',
        apple('Laura Mitchell <laura.mitchell@pellworthfinancial.com>', 'Text reminders?', w, body, s + '\n\n' + DISC_US, region='us'))

    w = When(2026, 3, 24, 15, 40, 2)
    body = """Hi,

I'm pulling together the retention schedule for candidate data across our recruiting tools ahead of the DPO's audit in April. For Workday I have what I need, but I'm less sure about GoodTime.

1. How long does GoodTime hold on to candidate details (name, email, availability, interview history) after a hiring process closes?
2. Can we set it to delete unsuccessful UK candidates automatically after six months, in line with our candidate privacy notice?

My draft is attached so you can see the level of detail the DPO wants. Grateful for anything you have, even if the answer is "ask GoodTime".

Thanks,
Sophie"""
    s = sig('Sophie Brennan', 'HR Business Partner – Technology & Operations', 'People & Culture | Pellworth Financial plc', LDN,
            '+44 (0)20 7946 0390', '+44 (0)7700 900671', 'sophie.brennan@pellworthfinancial.com')
    pdf = make_pdf(['Candidate data retention schedule - DRAFT v0.3', 'System: Workday Recruiting - 12 months after close',
                    'System: GoodTime - ???', 'Owner: People & Culture / DPO review April 2026'])
    add('n_en_retention', 'question', 'forward_support', 'none', 'en',
        'outlook;multipart-alternative;qp;attachment-pdf;numbered-questions', 'data retention settings, not covered',
        outlook('Sophie Brennan <sophie.brennan@pellworthfinancial.com>', 'Candidate data in GoodTime – how long is it kept?'.replace('–', '-'), w,
                body, s, DISC_UK_SHORT, atts=[attach(pdf, 'application/pdf', 'Retention schedule draft v0.3.pdf', when=w)], rx=3))

    w = When(2026, 4, 8, 8, 14, 55, '+0100')
    body = """Hi,

Quick one. When I send a candidate one of the links where they pick their own phone-screen slot, how long does that link stay live for?

I had someone book a slot yesterday off a link I'd sent nearly four weeks ago, by which point the role was basically on hold. Can I make them stop working after, say, five working days?

Thanks,
Emily"""
    add('n_en_linkexpiry', 'question', 'forward_support', 'none', 'en',
        'thunderbird;format-flowed;8bit;sig-dashes', 'link expiry: self-scheduling topic but fact not covered',
        thunderbird('Emily Zhang <emily.zhang@pellworthfinancial.com>', 'self-scheduling links - do they expire?', w, body,
                    sig='Emily Zhang | Senior Technical Recruiter | Technology Hub, Manchester\nPellworth Financial plc'))

    w = When(2026, 4, 16, 13, 27, 36)
    body = """Hey team,

We schedule a lot of loops with interviewers split between New York and London. Does GoodTime know about public holidays in each country (Memorial Day vs the UK late May bank holiday, July 4th, etc.) and keep people out of the suggestions on their own holidays, or does every interviewer need to block the day in their calendar themselves?

Trying to work out what to tell my hiring managers before May.

Thanks,
Matt"""
    s = sig('Matt Rosen', 'Talent Acquisition Lead, US', 'Pellworth Financial, Inc.', NYC, '(212) 555-0173', '(917) 555-0126',
            'matt.rosen@pellworthfinancial.com')
    add('n_en_holidays', 'question', 'forward_support', 'none', 'en',
        'outlook;multipart-alternative;qp;us-sender;disclaimer-us', 'public holidays per country, not covered',
        outlook('Matt Rosen <matt.rosen@pellworthfinancial.com>', 'UK vs US public holidays in GoodTime', w, body, s, DISC_US,
                region='us', lang='en-US', html_lang='EN-US', rx=3))


# =========================================================================== ENGLISH BUGS
def en_bugs():
    # --- HIGH IMPACT: whole Technology Hub shows as free; Outlook related with pasted screenshot, long folded subject
    w = When(2026, 3, 24, 9, 12, 30)
    body = """Hi team,

Raising this as a priority. Since the Exchange mailbox migration for the Manchester Technology Hub went live on Saturday night (21 March), GoodTime is treating pretty much every interviewer based at the Hub as completely free. Their Outlook calendars are full, but GoodTime's suggestions drop them into slots on top of existing meetings.

What we know so far:
- It affects roughly 140 interviewers – everyone whose mailbox was in the migration batch. London, Leeds and the US look fine.
- Nobody sees a "calendar disconnected" warning in GoodTime, and a couple of people have signed out and back in with no change.
- Busy events are definitely set to Busy. Screenshot below: GoodTime shows Ben Carter free 10:00–12:00 today while his calendar has an architecture review in that slot.
- Coordinators have already double-booked 11 interviews this week that we know of, and two candidates have had to be moved.

[[IMG]]

We've told the coordinators to check every interviewer's calendar by hand for now, which isn't sustainable with 60+ interviews a week coming out of the Hub. Please can this go to GoodTime Support as high priority – and given the scale I think our CSM needs to know as well.

Thanks,
Oliver"""
    s = sig('Oliver Bennett', 'Recruiting Systems Lead', 'People Technology | Pellworth Financial plc', MCR,
            '+44 (0)161 496 0215', '+44 (0)7700 900552', 'oliver.bennett@pellworthfinancial.com')
    subj = 'GoodTime showing everyone in the Technology Hub as free since the weekend\n mailbox migration - coordinators double-booking interviewers'
    add('b_en_hi_calendar', 'bug', 'forward_support+flag_csm', '', 'en',
        'outlook;multipart-related;inline-png;qp;long-folded-subject;disclaimer', 'org-wide calendar availability failure, ~140 users',
        outlook('Oliver Bennett <oliver.bennett@pellworthfinancial.com>', subj, w, body, s, DISC_UK,
                inline_png=(make_png(seed=11), 'image001.png@01DCBB6A.4F2C9E10'), rx=4,
                topic='GoodTime showing everyone in the Technology Hub as free since the weekend\n mailbox migration - coordinators double-booking interviewers',
                extra=[('Importance', 'high'), ('X-Priority', '1')]))

    # --- HIGH IMPACT: personal data of another candidate in confirmations; Apple Mail
    w = When(2026, 4, 21, 10, 6, 14, '+0100')
    body = """Hi,

Flagging something serious. This morning two candidates for the claims handler roles in Leeds contacted us because the interview confirmation they received from GoodTime showed someone else's name, mobile number and CV link at the top, above their own interview times.

We've since checked a handful more and at least 9 confirmations sent since about 07:30 today have the same problem – all from the Leeds claims handler email template, as far as we can tell. Candidate IDs we know about: C-93102, C-93117, C-93120.

I've told the coordinators to stop sending confirmations from that template until we hear back. Our Data Protection Officer has been informed, as this may be a reportable personal data breach, and she will want to know from GoodTime what happened, since when, and how many messages were affected.

Please treat this as urgent.

Chris"""
    s = sig('Chris Adeyemi', 'HR Business Partner – Insurance', 'Pellworth Insurance Limited', LDS, '+44 (0)113 496 0782',
            '+44 (0)7700 900914', 'chris.adeyemi@pellworthfinancial.com')
    add('b_en_hi_privacy', 'bug', 'forward_support+flag_csm', '', 'en',
        'apple-mail;multipart-alternative;qp;confidential-subject', 'candidate data exposed to other candidates',
        apple('Chris Adeyemi <chris.adeyemi@pellworthfinancial.com>',
              'CONFIDENTIAL - candidate confirmations showing another candidate\'s details', w, body, s + '\n\n' + DISC_UK_SHORT,
              extra=[('X-Priority', '1')]))

    # --- "quick question" over a bug; -----Original Message----- below about access
    w = When(2026, 4, 1, 10, 40, 19)
    body = """Hi,

Quick question – or maybe not so quick. For the compliance analyst interviews I scheduled this week, the candidate confirmation email from GoodTime says 15:00, but the calendar invite the interviewers got says 14:00, and the interview in GoodTime itself also shows 14:00. Candidate and interviewers are all in London, nobody is travelling.

It only seems to be the ones I booked after the clocks went forward on Sunday. One candidate has already turned up an hour late (she was very gracious about it).

Example: candidate C-90412, REQ-2026-0318, interview Thursday 2 April.

Is this something on our side or GoodTime's?

Thanks,
Niamh"""
    s = sig('Niamh Gallagher', 'Recruiting Coordinator – Risk & Compliance', 'People & Culture | Pellworth Financial plc', LDN,
            '+44 (0)20 7946 0655', None, 'niamh.gallagher@pellworthfinancial.com')
    q = {'pre': '-----Original Message-----',
         'hdr': [('From:', 'GoodTime Help Line <helpline@pellworthfinancial.com>'), ('Sent:', '12 March 2026 11:20'),
                 ('To:', 'Niamh Gallagher <niamh.gallagher@pellworthfinancial.com>'), ('Subject:', 'RE: access to GoodTime')],
         'text': """Hi Niamh,

You should now have the coordinator role in GoodTime - log out and back in and the Schedule button will appear against your candidates.

Kind regards,
Aisha"""}
    add('b_en_quickq', 'bug', 'forward_support', '', 'en',
        'outlook;multipart-alternative;qp;misleading-subject;original-message-quote', 'quick question subject over a time mismatch bug',
        outlook('Niamh Gallagher <niamh.gallagher@pellworthfinancial.com>', 'quick question', w, body, s, DISC_UK_SHORT, quote=q, rx=3))

    # --- Teams link not generated, screenshot attached; Outlook HTML only
    w = When(2026, 3, 26, 15, 20, 8)
    body = """Hi,

Since Friday, whenever I schedule a video interview GoodTime gives me an error as I confirm – "We couldn't create the online meeting. Please try again." – and the invites go out with no Teams link at all. Screenshot attached.

It happens for every interview I book, whatever the template. Emily and Priyanka, who sit next to me, are booking Teams interviews fine, so I think it's something with my account. I've signed out and back in.

In the meantime I'm creating links by hand in Outlook and pasting them in, which works but it's slow and I'm worried I'll miss one.

Can someone take a look please?

Thanks,
Hannah"""
    s = sig('Hannah Okafor', 'Recruiting Coordinator, Technology', 'People & Culture | Pellworth Financial plc', MCR,
            '+44 (0)161 496 0348', None, 'hannah.okafor@pellworthfinancial.com', pron='she/her')
    add('b_en_teams_link', 'bug', 'forward_support', '', 'en',
        'outlook-html-only;qp;windows-1252;attachment-png;multipart-mixed', 'Teams link generation fails for one user',
        outlook('Hannah Okafor <hannah.okafor@pellworthfinancial.com>', 'Teams links not generating - error on save', w, body, s,
                DISC_UK_SHORT, mode='html', atts=[attach(make_png(seed=4), 'image/png', 'GoodTime error.png', when=w)], rx=3))

    # --- scheduling page spinning; Outlook alternative
    w = When(2026, 3, 9, 8, 51, 2)
    body = """Morning,

When I open any interview from my candidates list, the scheduling page never finishes loading – just the spinner, forever (left it 10 minutes). The candidate list itself loads fine.

Tried: Edge and Chrome, InPrivate/incognito, cleared cache, on and off VPN. Same every time. Dev tools shows a request to /api/scheduling/... sitting at pending and then a 504 after ~60s, if that helps anyone.

People in my team say theirs opens normally. Not blocking anything this second but I've got three loops to review this week.

Dan"""
    s = sig('Daniel Kowalczyk', 'Engineering Manager, Payments Platform', 'Technology | Pellworth Financial plc', MCR,
            '+44 (0)161 496 0127', '+44 (0)7700 900381', 'daniel.kowalczyk@pellworthfinancial.com')
    add('b_en_spinning', 'bug', 'forward_support', '', 'en',
        'outlook;multipart-alternative;qp;technical-detail', 'page never loads for one user',
        outlook('Daniel Kowalczyk <daniel.kowalczyk@pellworthfinancial.com>', 'GoodTime scheduling page stuck loading', w, body, s,
                DISC_UK_SHORT, rx=2, crlf=True))

    # --- duplicate confirmations; iPhone, no Message-Id
    w = When(2026, 3, 30, 18, 2, 44, '+0100')
    body = """candidate for the SRE role just emailed me asking why she got the same confirmation email 3 times in 10 mins. i only clicked send once. can someone check before it happens to everyone else?? candidate id C-88870"""
    add('b_en_dupes', 'bug', 'forward_support', '', 'en',
        'iphone;text-plain;terse-lowercase;no-message-id', 'duplicate confirmation emails',
        iphone('Priyanka Nair <priyanka.nair@pellworthfinancial.com>', 'duplicate emails to candidate', w, body, msgid=None))

    # --- cancelled interview still on calendars; Apple Mail plain with > quote on another topic
    w = When(2026, 3, 17, 16, 33, 50, '-0400')
    body = """Different issue, but replying here since you were so quick last time!

Yesterday I cancelled an interview in GoodTime (the whole interview, not a single session) for a Relationship Manager candidate who withdrew. GoodTime shows it as cancelled and the candidate got the cancellation email – but the event is still sitting in all four interviewers' Outlook calendars for Thursday. One of them asked me this morning whether it's still happening.

Job PW-NY-2231, candidate Michael Osei.

Can you check why the invites didn't get pulled?

Rachel"""
    qt = """Hi Rachel,

Reminders for the New York office go out 24 hours before the interview, using the "US – Candidate reminder" template. If a candidate says they didn't get one, check the email address on their Workday profile first.

Best,
Aisha"""
    s = 'Rachel Donnelly\nTalent Acquisition Partner, Wealth Management\n' + NYC + '\n(212) 555-0191'
    add('b_en_cancel_ghost', 'bug', 'forward_support', '', 'en',
        'apple-mail;text-plain;qp;reply-on-top;gt-quoted-other-topic;in-reply-to', 'cancelled interview left on calendars',
        apple('Rachel Donnelly <rachel.donnelly@pellworthfinancial.com>', 'Re: Reminder emails for NY candidates', w, body, s,
              quote_attr='On Mar 9, 2026, at 11:02 AM, GoodTime Help Line <helpline@pellworthfinancial.com> wrote:',
              quote_text=qt, mode='plain', region='us', in_reply_to=outlook_msgid('uk')))

    # --- load limit ignored; Outlook HTML only in base64 utf-8
    w = When(2026, 4, 23, 13, 55, 31)
    body = """Hello,

One of our interviewers for the finance roles, Ewa Nowak, has a limit of 2 interviews a week in GoodTime – I checked her settings this morning and it definitely says 2 per week. She's been booked into 5 this week, all from GoodTime suggestions off the Group Finance pool, not by anyone overriding it manually (I asked the other coordinators).

She's understandably not thrilled. Can this be looked at? I've moved one of them myself for now.

Thanks
Jack"""
    s = sig('Jack Sullivan', 'Recruiting Coordinator – Group Functions', 'People & Culture | Pellworth Financial plc', LDN,
            '+44 (0)20 7946 0712', None, 'jack.sullivan@pellworthfinancial.com')
    add('b_en_loadlimits', 'bug', 'forward_support', '', 'en',
        'outlook-html-only;base64;utf-8;question-mark-subject', 'load limit ignored',
        outlook('Jack Sullivan <jack.sullivan@pellworthfinancial.com>', 'Load limit being ignored?', w, body, s, DISC_UK_SHORT,
                mode='html', cs='utf-8', cte='base64', rx=3))

    # --- ATS sync stuck for one candidate; Outlook alternative
    w = When(2026, 4, 15, 19, 12, 7)
    body = """Hi team,

I moved a candidate to the Final Interview stage in Workday on Monday morning and she still isn't showing in GoodTime for scheduling – it's now Wednesday afternoon. Other candidates I moved the same day came through within minutes.

Candidate: Aaliyah Grant – C-91177
Job: Senior Private Banker, PW-NY-2207
Workday stage: Final Interview (same as the others)

I haven't touched her in GoodTime at all. I've refreshed, logged out and back in, etc. Could someone look at why she's stuck?

Thanks so much,
Danielle"""
    s = sig('Danielle Brooks', 'Recruiting Coordinator', 'Pellworth Financial, Inc.', NYC, '(212) 555-0164', None,
            'danielle.brooks@pellworthfinancial.com')
    add('b_en_ats_sync', 'bug', 'forward_support', '', 'en',
        'outlook;multipart-alternative;qp;us-sender;disclaimer-us', 'one candidate not syncing from Workday',
        outlook('Danielle Brooks <danielle.brooks@pellworthfinancial.com>', 'Candidate not coming through from Workday', w, body, s,
                DISC_US, region='us', lang='en-US', html_lang='EN-US', rx=3))

    # --- ticket-system robot carrying a real bug report
    w = When(2026, 4, 1, 8, 44, 12)
    body = """Request REQ0048813 has been assigned to your group (GoodTime Help Line).

Short description: GoodTime - room booking fails for Boardroom 12
Requested for:     Grace Liu (Executive Office, London)
Opened by:         Grace Liu
Priority:          4 - Low
Category:          Business Applications > Recruiting > GoodTime

Description:
When I try to schedule the Chief Executive's in-person interviews for next week, GoodTime shows Boardroom 12 (Moorgate, 12th floor) as available, but when I confirm it comes back with "Room could not be booked - resource declined". Boardroom 12 is definitely free in the Outlook room finder for those times and other rooms on 12 book fine. Interviews are 7 and 8 April so not urgent today, but I need to send the candidate confirmations by Thursday.

Click here to view the request: https://pellworth.service-now.com/nav_to.do?uri=sc_request.do?sys_id=4f1c9a2e1b8d6510a3e2c8f4dd4bcb31

Ref:MSG7781204"""
    part = tpart(body + '\n', 'plain', cs='utf-8', label='UTF-8', cte='quoted-printable')
    top, eop = rx_inbound(w, [])
    H = top + [
        ('Received', 'from pellworth.service-now.com (149.96.%d.%d) by\n %s (10.167.242.105) with Microsoft SMTP\n Server id 15.20.8769.20 via Frontend Transport; %s' % (rng.randint(1, 254), rng.randint(1, 254), eop, w.rfc(2, utc=True))),
        ('Received', 'from app138041.ams102.service-now.com (localhost [127.0.0.1])\n\tby outbound.service-now.com (Postfix) with ESMTP id 4cQ%s\n\tfor <%s>; %s' % (ralnum(10), HELPADDR, w.rfc(1, utc=True))),
        ('Received', 'from app138041.ams102.service-now.com by app138041.ams102.service-now.com\n\twith local (Glide) id %s; %s' % (rhex(12), w.rfc(0, utc=True))),
        auth_results('service-now.com', '149.96.5.21'),
        ('DKIM-Signature', dkim('service-now.com', 'snc', 'from:to:subject:date:message-id:mime-version:content-type', w)),
        ('Date', w.rfc(utc=True)), ('From', 'PellDesk <pellworth@service-now.com>'), ('Reply-To', 'pellworth@service-now.com'),
        ('To', HELPADDR), ('Message-ID', '<%d.%d.1774@app138041.ams102.service-now.com>' % (rng.randint(10000, 99999), rng.randint(1000000, 9999999))),
        ('Subject', 'REQ0048813 - GoodTime - room booking fails for Boardroom 12 - assigned\n to GoodTime Help Line'),
        ('MIME-Version', '1.0'), ('X-ServiceNow-Source', 'Notification-9d2b7c4e1b6f5010'), ('X-ServiceNow-SysEmail-Version', '2'),
        ('Auto-Submitted', 'auto-generated'), ('X-Auto-Response-Suppress', 'All'), ('Precedence', 'bulk')]
    add('b_en_form_room', 'bug', 'forward_support|needs_review', '', 'en',
        'ticket-form-mailer;auto-submitted;x-auto-response-suppress;qp;received-x5;dkim;auth-results;long-folded-subject',
        'bug report arriving through a ticket robot', assemble(H, part))

    # --- trainee progress not updating
    w = When(2026, 3, 20, 16, 8, 25)
    body = """Hi,

Jordan Pike on my team is going through interviewer training for the mobile engineering loop. He's done his shadow and all three reverse shadows now (the last two on 10 and 13 March, both with me observing), but GoodTime still shows him on 1 of 3 reverse shadows and keeps adding him as a trainee rather than as a full interviewer. Feedback for both sessions is submitted in Workday.

Anything we need to do on our side, or is it just stuck?

Thanks,
Ifeoma"""
    s = sig('Ifeoma Eze', 'Engineering Manager – Mobile Banking', 'Technology | Pellworth Financial plc', MCR,
            '+44 (0)161 496 0456', None, 'ifeoma.eze@pellworthfinancial.com')
    add('b_en_trainee', 'bug', 'forward_support', '', 'en',
        'outlook;multipart-alternative;qp', 'training progress not updating',
        outlook('Ifeoma Eze <ifeoma.eze@pellworthfinancial.com>', 'Trainee interviewer stuck at 1/3', w, body, s, DISC_UK_SHORT, rx=2))


# =========================================================================== ENGLISH SCHEDULING BLOCKERS
def en_blockers():
    w = When(2026, 4, 7, 9, 22, 40)
    body = """Hi – need help right now please.

The candidate for the Financial Crime Compliance Analyst role (Olusegun Bello) is sitting in reception at Moorgate for a 10:30 interview. GoodTime shows the interview as scheduled but with no room, and two of the three interviewers (Helen Marsh and Pieter de Vries) say they never got an invite – nothing in their calendars.

I can't get a room to attach, it just says "No rooms available" even though 6.04 is sitting empty in front of me.

I'm trying to grab both of them by phone. Can someone unblock the booking so the invites go out?

Megan
Ext 40217"""
    s = sig('Megan Price', 'Recruiting Coordinator – Risk & Compliance', 'People & Culture | Pellworth Financial plc', LDN,
            '+44 (0)20 7946 0217', None, 'megan.price@pellworthfinancial.com')
    add('sb_en_lobby', 'scheduling_blocker', 'forward_support', '', 'en',
        'outlook-html-only;qp;windows-1252;disclaimer', 'candidate in reception, no room, invites missing',
        outlook('Megan Price <megan.price@pellworthfinancial.com>', 'Candidate in reception NOW - no room and interviewers have no invite',
                w, body, s, DISC_UK, mode='html', rx=3, extra=[('Importance', 'high')]))

    w = When(2026, 4, 9, 12, 51, 3, '+0100')
    body = """Panel for the staff engineer candidate starts at 13:00 and there's no Zoom link on the invite. Candidate has just emailed asking where to join. GoodTime shows "Video: Zoom" on the interview but the link is blank. I'm on the train so can't do much from here.

Can someone generate a link and get it to her + the panel? Candidate is Sofia Marques.

Dan"""
    add('sb_en_zoom', 'scheduling_blocker', 'forward_support', '', 'en',
        'iphone;text-plain;qp;caps-subject;mobile-signature', 'panel in 10 minutes with no video link',
        iphone('Daniel Kowalczyk <daniel.kowalczyk@pellworthfinancial.com>', 'ZOOM LINK MISSING - panel in 10 mins', w, body))

    w = When(2026, 3, 13, 14, 4, 11)
    body = """CANDIDATE HAS BEEN IN THE TEAMS CALL FOR 5 MINS AND NOBODY IS THERE.
Raj says the invite vanished from his calendar this morning and GoodTime now shows the session as needing an interviewer, even though i never touched it. 14:00 session, candidate Tomasz Wojcik, backend engineer loop. please help asap, on my phone"""
    add('sb_en_nointerviewer', 'scheduling_blocker', 'forward_support', '', 'en',
        'outlook-ios;multipart-alternative;base64;angry-capitals;mobile-signature', 'candidate waiting, interviewer dropped',
        outlook_mobile('Emily Zhang <emily.zhang@pellworthfinancial.com>', 'HELP - candidate waiting on teams, interviewer removed??', w, body))

    w = When(2026, 4, 15, 12, 20, 55)
    body = """Hello,

The Chief Executive's 14:00 interview today with the candidate for Group Chief Risk Officer has disappeared from his calendar. In GoodTime the interview still shows as scheduled, but there's a red banner saying "Calendar event could not be updated". I haven't changed anything since Monday. The original invite is attached in case it helps.

The candidate is arriving at Moorgate at 13:45 and the Chief Executive runs entirely off his calendar – if it isn't in there, he won't be in the room. I've messaged his office manager as a stopgap, but I need the invite back (and the Boardroom 12 booking, which has also gone).

Please call me on 020 7946 0144 if that's quicker.

Grace"""
    s = sig('Grace Liu', 'Executive Assistant to the Group Chief Executive', 'Executive Office | Pellworth Financial plc', LDN,
            '+44 (0)20 7946 0144', '+44 (0)7700 900102', 'grace.liu@pellworthfinancial.com')
    inv = ics('REQUEST', '040000008200E00074C5B7101A82E0080000000050B1D6B2A7C4DC01000000000000000010000000%s' % rhex(32),
              'Interview: Group Chief Risk Officer - final (Chief Executive)', '20260415T140000', '20260415T150000',
              ('Grace Liu', 'grace.liu@pellworthfinancial.com'),
              [('Alistair Crane', 'alistair.crane@pellworthfinancial.com')], location='Moorgate - Boardroom 12', seq=1)
    add('sb_en_ceo', 'scheduling_blocker', 'forward_support', '', 'en',
        'outlook;multipart-alternative;qp;attachment-ics;urgent-subject;long-signature;disclaimer', 'CEO interview vanished, candidate arriving',
        outlook('Grace Liu <grace.liu@pellworthfinancial.com>', 'URGENT: CEO 14:00 interview has disappeared', w, body, s, DISC_UK,
                atts=[attach(inv.encode(), 'text/calendar', 'Interview - Group CRO.ics', when=w)], rx=3,
                extra=[('Importance', 'high'), ('X-Priority', '1')]))

    w = When(2026, 4, 20, 8, 31, 17)
    body = """Hi,

Patrick Dunne has called in sick and he's on a 10:00 interview this morning (Treasury Analyst, candidate Hannah Cole, video). I'm trying to swap him for someone else in the Treasury pool – GoodTime suggests Amira Haddad and she's free – but when I confirm the swap I get "Unable to update interview. Please try again later." Tried three times now.

Candidate is already confirmed for 10:00, so I really need this sorted in the next 20 minutes or I'll have to cancel on her.

Jack"""
    s = sig('Jack Sullivan', 'Recruiting Coordinator – Group Functions', 'People & Culture | Pellworth Financial plc', LDN,
            '+44 (0)20 7946 0712', None, 'jack.sullivan@pellworthfinancial.com')
    add('sb_en_sick_swap', 'scheduling_blocker', 'forward_support', '', 'en',
        'outlook-html-only;qp;windows-1252;disclaimer', 'interviewer swap failing 30 minutes before',
        outlook('Jack Sullivan <jack.sullivan@pellworthfinancial.com>', 'Interviewer off sick - swap failing, interview at 10', w, body, s,
                DISC_UK_SHORT, mode='html', rx=2, crlf=True))

    w = When(2026, 4, 22, 10, 46, 2, '-0400')
    body = """Hi – one of my interviewers is stuck on an NJ Transit train that's stopped outside Secaucus and won't make the 11:00 with our candidate for the Wealth Planner role (Marcus Reid). I want to push the session to 12:00 – the candidate is fine with it, I've spoken to him – but GoodTime's reschedule gives me "Something went wrong" every time I hit confirm.

I need the new invites out in the next ten minutes or so. Can anyone help, or do I just move the Outlook event by hand?

Rachel"""
    s = 'Rachel Donnelly\nTalent Acquisition Partner, Wealth Management\n' + NYC + '\n(212) 555-0191'
    add('sb_en_train', 'scheduling_blocker', 'forward_support', '', 'en',
        'apple-mail;multipart-alternative;qp;us-sender', 'reschedule failing minutes before interview',
        apple('Rachel Donnelly <rachel.donnelly@pellworthfinancial.com>', 'Need to push an 11am interview NOW - reschedule erroring',
              w, body, s, region='us'))

    w = When(2026, 4, 16, 11, 32, 48)
    body = """Hi,

Our 13:00 candidate for the QA engineer role (Liam Turner) has just phoned from the train – his itinerary from GoodTime says Wellington Place, Leeds, but the interview is here at Hardman Boulevard in Manchester. He's on his way to Leeds.

I've told him to come to Manchester instead and we'll start a bit late, but I can't fix the location on the interview: when I change it to Manchester and save I get "Location could not be updated". The interviewers' invites also say Leeds and one of them is now asking me where to go.

Can someone help me get the right location on this before 13:00?

Thanks
Hannah"""
    s = sig('Hannah Okafor', 'Recruiting Coordinator, Technology', 'People & Culture | Pellworth Financial plc', MCR,
            '+44 (0)161 496 0348', None, 'hannah.okafor@pellworthfinancial.com', pron='she/her')
    add('sb_en_wrongaddress', 'scheduling_blocker', 'forward_support', '', 'en',
        'outlook;multipart-alternative;qp;disclaimer', 'wrong office on itinerary, candidate travelling now',
        outlook('Hannah Okafor <hannah.okafor@pellworthfinancial.com>', 'Candidate heading to wrong office - interview 13:00', w, body, s,
                DISC_UK_SHORT, rx=3))

    w = When(2026, 4, 21, 14, 10, 33)
    body = """Hi,

This morning I sent the candidate for Head of Operational Resilience a GoodTime link to pick a 45-minute slot with the COO. The COO has cleared 16:00–18:00 today specifically for this and it shows as free in his calendar, but the candidate says the link shows "No times available", and I see the same when I open it.

The candidate flies to Singapore tonight and this is the only window. I need it booked within the hour. Can someone help me get this in, even if it has to be done manually?

Lucy"""
    s = sig('Lucy Harrington', 'Executive Assistant to the Group Chief Operating Officer', 'Executive Office | Pellworth Financial plc',
            LDN, '+44 (0)20 7946 0150', '+44 (0)7700 900145', 'lucy.harrington@pellworthfinancial.com')
    add('sb_en_exec_selfsched', 'scheduling_blocker', 'forward_support', '', 'en',
        'outlook;multipart-alternative;qp;utf-8;long-signature;disclaimer', 'exec self-schedule link empty, must book within the hour',
        outlook('Lucy Harrington <lucy.harrington@pellworthfinancial.com>', 'Final interview link showing no times - candidate flies tonight',
                w, body, s, DISC_UK, cs='utf-8', rx=4))

    w = When(2026, 4, 23, 16, 42, 9)
    body = """Hi all,

We have our contact center hiring event starting at 1:00pm Eastern today – 12 candidates, 6 interviewers, back-to-back 30 minute slots. I scheduled them all in GoodTime about 40 minutes ago and every one of them is still sitting on "Scheduling…" with the spinner. None of the interviewers have invites and the candidates haven't received confirmations.

The first candidates are already arriving in the lobby. Is there anything you can do to push these through, or should we just run the day off a spreadsheet?

Jennifer"""
    s = sig('Jennifer Alvarez', 'Recruiting Coordinator | Customer Contact Center', 'Pellworth Financial, Inc.', CLT,
            '(704) 555-0182', '(704) 555-0119', 'jennifer.alvarez@pellworthfinancial.com')
    add('sb_en_charlotte_event', 'scheduling_blocker', 'forward_support', '', 'en',
        'outlook-html-only;base64;utf-8;us-sender;disclaimer-us', 'hiring event starting, invites stuck',
        outlook('Jennifer Alvarez <jennifer.alvarez@pellworthfinancial.com>', 'Hiring event 1pm - 12 interviews stuck on Scheduling...',
                w, body, s, DISC_US, mode='html', cs='utf-8', cte='base64', region='us', lang='en-US', html_lang='EN-US', rx=3))


# =========================================================================== ENGLISH FEATURE REQUESTS
def en_features():
    w = When(2026, 3, 6, 17, 55, 20)
    body = """Hi team,

Sorry for the dramatic subject line, but this has been driving my team mad all week and I want to make sure it gets in front of GoodTime before assessment centre season really kicks off.

We run graduate assessment centres where 24 candidates come in on the same day across four rooms with around 15 assessors. When the date has to move (as it did this week because of the rail strike), we have to reschedule every single candidate's interviews one by one. It took two coordinators most of Wednesday.

What we'd love is a way to select a whole assessment centre day and move it in one go – pick the new date, keep the same structure, and let GoodTime re-send everything. Even being able to move a batch of ten at a time would be a huge improvement.

Can this be passed on as a request?

Thanks,
Olivia"""
    s = sig('Olivia Grant', 'Head of Early Careers (Graduates & Interns)', 'People & Culture | Pellworth Financial plc', LDN,
            '+44 (0)20 7946 0499', '+44 (0)7700 900760', 'olivia.grant@pellworthfinancial.com',
            extra='Applications for our 2026 Graduate Programme are now closed – thank you to everyone who applied!')
    add('fr_en_urgent_bulk', 'feature_request', 'product_board_reply', '', 'en',
        'outlook-html-only;qp;windows-1252;urgent-subject;long-signature;disclaimer', 'URGENT subject over a wish for bulk reschedule',
        outlook('Olivia Grant <olivia.grant@pellworthfinancial.com>', 'URGENT!!! GoodTime', w, body, s, DISC_UK, mode='html', rx=3,
                extra=[('Importance', 'high')]))

    w = When(2026, 3, 10, 19, 20, 41)
    body = """Hey,

Small idea rather than a problem. When an interviewer declines, the coordinator only finds out when they next look at GoodTime or trawl their inbox. On the engineering side we basically live in Teams – it'd be brilliant if GoodTime could post into a Teams channel (or DM the coordinator) as soon as someone declines, with a button to go straight to finding a replacement.

Happy to chat it through if it's useful.

Ben"""
    s = 'Ben Carter\nPrincipal Engineer, Core Banking\nPellworth Technology Hub, Manchester'
    add('fr_en_teams_notif', 'feature_request', 'product_board_reply', '', 'en',
        'apple-mail;multipart-alternative;qp;evening', 'Teams notifications for declines',
        apple('Ben Carter <ben.carter@pellworthfinancial.com>', 'Idea: decline alerts in Teams', w, body, s))

    w = When(2026, 3, 27, 8, 3, 9)
    body = """any chance GoodTime could get a dark mode? half the 4th floor runs everything dark and the scheduling page is like staring into the sun at 8am. not urgent at all, just putting it out there

cheers
Kieran"""
    add('fr_en_darkmode', 'feature_request', 'product_board_reply', '', 'en',
        'thunderbird;format-flowed;8bit;terse-lowercase;no-message-id', 'dark mode wish',
        thunderbird('Kieran Doyle <kieran.doyle@pellworthfinancial.com>', 'dark mode pls', w, body, msgid=None,
                    sig='Kieran Doyle - Senior Software Engineer, Payments Platform'))

    w = When(2026, 4, 2, 10, 17, 0)
    body = """Hi team,

Our Financial Crime team has asked whether we could stop showing interviewer full names and job titles to candidates in the interview itinerary. There's been a rise in social-engineering attempts where people take names from recruitment emails and use them to impersonate staff on LinkedIn.

I know we can edit the template wording, but what we'd really want is a setting in GoodTime to show first names only (or "Interviewer 1, 2, 3") for particular jobs – e.g. anything in Financial Crime or Cyber – while keeping full names on the internal invites.

Could this be suggested to GoodTime? Happy to give more context.

Thanks,
Sophie"""
    s = sig('Sophie Brennan', 'HR Business Partner – Technology & Operations', 'People & Culture | Pellworth Financial plc', LDN,
            '+44 (0)20 7946 0390', '+44 (0)7700 900671', 'sophie.brennan@pellworthfinancial.com')
    add('fr_en_hide_surnames', 'feature_request', 'product_board_reply', '', 'en',
        'outlook;multipart-alternative;qp;question-mark-subject;disclaimer', 'setting to hide interviewer surnames; resembles itinerary article',
        outlook('Sophie Brennan <sophie.brennan@pellworthfinancial.com>', 'Candidate itineraries - option to hide interviewer surnames?', w,
                body, s, DISC_UK_SHORT, rx=3, crlf=True))

    w = When(2026, 4, 10, 7, 44, 30, '-0400')
    body = """One for the GoodTime wish list: my hiring managers keep asking for a simple phone view of their interviews for the week, with the candidate's resume and the scorecard link in one place. Most of them are out with clients all day and don't open a laptop till the evening. An app or even a mobile-friendly page would get used a lot.

Thanks!
Matt"""
    add('fr_en_hm_mobile', 'feature_request', 'product_board_reply', '', 'en',
        'iphone;text-plain;qp;mobile-signature;us-sender', 'mobile view for hiring managers',
        iphone('Matt Rosen <matt.rosen@pellworthfinancial.com>', 'wish list item', w, body, region='us'))

    w = When(2026, 4, 13, 7, 12, 58)
    body = """Hi,

Every Monday I export the interviewer load report from GoodTime, tidy it up in Excel and upload it to the Talent SharePoint so the heads of engineering can see who's carrying the interviewing. It takes me the best part of two hours each week.

It would save a lot of time if GoodTime could send that report by email, or drop it into a SharePoint folder, automatically on a schedule (say every Monday at 7am) with the same columns each time. Could we put that forward as a suggestion?

Thanks,
Sarah"""
    s = sig('Sarah Kemp', 'Recruiting Operations Analyst', 'People & Culture | Pellworth Financial plc', LDN, '+44 (0)20 7946 0833',
            None, 'sarah.kemp@pellworthfinancial.com')
    add('fr_en_export', 'feature_request', 'product_board_reply', '', 'en',
        'outlook-html-only;qp;windows-1252;disclaimer', 'scheduled export of load report',
        outlook('Sarah Kemp <sarah.kemp@pellworthfinancial.com>', 'Scheduled export of interviewer load report', w, body, s, DISC_UK_SHORT,
                mode='html', rx=2, font='Calibri'))

    w = When(2026, 4, 17, 15, 2, 6)
    body = """Hi,

Some of my interviewers (a few neurodivergent colleagues in particular, and a couple of people who do back-to-back architecture reviews) need at least 15 minutes between interviews and their other meetings. Right now we can only set breaks in the interview template, which applies to everyone in the loop.

It would be really good if each interviewer could set their own minimum buffer in their GoodTime preferences, and GoodTime respected it when suggesting slots. Can we request that?

Cheers,
Sam"""
    s = sig('Sam Patel', 'Engineering Manager, Data Platform', 'Technology | Pellworth Financial plc', MCR,
            '+44 (0)161 496 0733', None, 'sam.patel@pellworthfinancial.com', pron='he/him')
    add('fr_en_buffers', 'feature_request', 'product_board_reply', '', 'en',
        'outlook;multipart-alternative;qp', 'per-interviewer buffer setting',
        outlook('Sam Patel <sam.patel@pellworthfinancial.com>', 'Per-interviewer buffer time', w, body, s, DISC_UK_SHORT, rx=3))

    w = When(2026, 3, 31, 13, 37, 21, '+0100')
    body = """Hi team,

First, thank you to Aisha for the session with the Leeds claims coordinators last week – really well received, and people are already using the pools properly.

Second, a suggestion for GoodTime itself. When candidates pick a slot from a self-scheduling link, there's nowhere for them to tell us they need an adjustment (step-free access, extra time, a BSL interpreter, a quiet room). At the moment they have to email separately and it sometimes gets missed. A simple optional field on the booking page that feeds through to the coordinator would make a real difference for us, especially with our Disability Confident commitments.

Best,
Chris"""
    s = sig('Chris Adeyemi', 'HR Business Partner – Insurance', 'Pellworth Insurance Limited', LDS, '+44 (0)113 496 0782',
            '+44 (0)7700 900914', 'chris.adeyemi@pellworthfinancial.com')
    add('fr_en_accessibility', 'feature_request', 'product_board_reply', '', 'en',
        'apple-mail;multipart-alternative;qp;two-topics', 'thanks plus accessibility field suggestion',
        apple('Chris Adeyemi <chris.adeyemi@pellworthfinancial.com>', 'Thanks + a suggestion', w, body, s))

    w = When(2026, 4, 13, 11, 26, 4)
    body = """Thanks, that worked.

While I have you – something I'd love GoodTime to do: when I'm looking at the availability grid for an overseas candidate, show their local time in a second column next to ours. We're hiring a lot in Lisbon and Kraków at the moment and I keep doing the maths in my head (and getting it wrong around the clock changes). Could that be put forward?

Emily"""
    s = sig('Emily Zhang', 'Senior Technical Recruiter', 'People & Culture | Pellworth Financial plc', MCR, '+44 (0)161 496 0571',
            None, 'emily.zhang@pellworthfinancial.com')
    q = {'hdr': [('From:', 'GoodTime Help Line <helpline@pellworthfinancial.com>'), ('Sent:', 'Monday, April 13, 2026 10:02 AM'),
                 ('To:', 'Emily Zhang <emily.zhang@pellworthfinancial.com>'), ('Subject:', 'RE: Access to the Tech Hub pools')],
         'text': """Hi Emily,

You're now an editor on the Backend and Mobile interviewer pools. Changes you make there apply to every loop that uses those pools, so take care when removing anyone.

Best,
Aisha"""}
    add('fr_en_localtime', 'feature_request', 'product_board_reply', '', 'en',
        'outlook;multipart-alternative;qp;utf-8;reply-on-top;quoted-thread-other-topic', 'candidate local time column; reply on pools thread',
        outlook('Emily Zhang <emily.zhang@pellworthfinancial.com>', 'RE: Access to the Tech Hub pools', w, body, s, DISC_UK_SHORT,
                quote=q, cs='utf-8', rx=3))


# =========================================================================== ENGLISH ESCALATIONS
def en_escalations():
    w = When(2026, 3, 4, 11, 15, 37)
    body = """Hi team,

A heads-up and a request. We currently have 250 GoodTime seats and 243 are in use. From June we bring in the summer internship programme and the graduate intake, which means another 25–30 people (assessors plus a few temporary coordinators) will need access for about four months.

Can we get this in front of our account contact at GoodTime so we can agree how to add the extra seats – ideally temporary ones for the season rather than a permanent uplift – and what it will cost? Finance want a number before the end of March for the Q2 forecast.

Thanks,
Tom"""
    s = sig('Tom Whitfield', 'Head of Recruiting Operations', 'People & Culture | Pellworth Financial plc', LDN,
            '+44 (0)20 7946 0287', '+44 (0)7700 900233', 'tom.whitfield@pellworthfinancial.com')
    add('e_en_seats', 'escalation', 'flag_csm', '', 'en',
        'outlook-html-only;qp;windows-1252;long-signature;disclaimer', 'extra seats for graduate season',
        outlook('Tom Whitfield <tom.whitfield@pellworthfinancial.com>', 'GoodTime licences - graduate intake and summer interns', w, body,
                s, DISC_UK, mode='html', classification='Classification: INTERNAL', rx=3))

    w = When(2026, 3, 23, 10, 2, 11)
    body = """Good morning,

The GoodTime subscription renews on 30 June 2026, and under our procurement policy the commercial review has to start 90 days out. I'd like to set up a session with GoodTime's account team in April to go through:

- licence utilisation over the last 12 months (attached is what we've pulled from our side)
- pricing for a three-year term versus annual
- the seat true-up terms, given the seasonal graduate uplift Tom has raised
- service performance, including the issues the Technology Hub had in March

Could the help line route this to our Customer Success Manager and copy me in? I'd rather not go through their generic sales inbox.

Regards,
Kevin"""
    s = sig('Kevin O\'Brien', 'Category Manager – HR & People Technology', 'Group Procurement | Pellworth Financial plc', LDN,
            '+44 (0)20 7946 0974', None, 'kevin.obrien@pellworthfinancial.com')
    pdf = make_pdf(['GoodTime licence utilisation Apr 2025 - Mar 2026', 'Contracted seats: 250', 'Peak active users: 247 (Sep 2025)',
                    'Average monthly active users: 219', 'Prepared by Group Procurement - CONFIDENTIAL'])
    add('e_en_renewal', 'escalation', 'flag_csm', '', 'en',
        'outlook;multipart-alternative;qp;attachment-pdf;disclaimer', 'renewal and commercial review',
        outlook('Kevin O\'Brien <kevin.obrien@pellworthfinancial.com>', 'GoodTime renewal 30 June 2026 - commercial review', w, body, s,
                DISC_UK, atts=[attach(pdf, 'application/pdf', 'GoodTime utilisation FY25-26.pdf', when=w)], rx=3,
                cc='Tom Whitfield <tom.whitfield@pellworthfinancial.com>'))

    w = When(2026, 3, 30, 14, 30, 45)
    body = """Hello,

We have nine new recruiting coordinators starting in Charlotte on April 20 to support the contact center expansion. None of them have used GoodTime before. The recorded videos are fine as a start, but given the volume they'll be handling (up to 150 interviews a week in May) I'd like a proper live training session for the group – ideally run by GoodTime directly, covering high-volume scheduling, self-scheduling links and reminders to cut no-shows.

Can you help me set that up with GoodTime? The week of April 27 would be ideal.

Thanks,
Denise"""
    s = sig('Denise Coleman', 'Talent Acquisition Manager | Customer Contact Center', 'Pellworth Financial, Inc.', CLT,
            '(704) 555-0107', '(704) 555-0133', 'denise.coleman@pellworthfinancial.com')
    add('e_en_training_clt', 'escalation', 'flag_csm', '', 'en',
        'outlook;multipart-alternative;qp;us-sender;disclaimer-us', 'training for a new team of coordinators',
        outlook('Denise Coleman <denise.coleman@pellworthfinancial.com>', 'Training for new Charlotte coordinators', w, body, s, DISC_US,
                region='us', lang='en-US', html_lang='EN-US', rx=3))

    w = When(2026, 4, 9, 13, 40, 3)
    body = """Team – forwarding the latest from GoodTime Support. This is now the fourth ticket we've had on the same Workday sync problem since mid-February (#171902, #176540, #180117 and this one). Each time it's "resolved" with a manual resync and closed, and each time it comes back within a week or two.

It has happened again today: six candidates moved to interview stages in Workday this morning haven't appeared in GoodTime – C-92010, C-92014, C-92031 and C-92033 in London, C-92040 and C-92052 in New York.

I'd like this taken out of the ticket queue and escalated properly: we need someone at GoodTime to own the root cause, and I think it has to go to our CSM with the full ticket history. Can you also raise today's six with Support so the coordinators can get going?

Oliver"""
    s = sig('Oliver Bennett', 'Recruiting Systems Lead', 'People Technology | Pellworth Financial plc', MCR,
            '+44 (0)161 496 0215', '+44 (0)7700 900552', 'oliver.bennett@pellworthfinancial.com')
    q = {'hdr': [('From:', 'GoodTime Support <support@goodtime.io>'), ('Sent:', 'Wednesday, April 8, 2026 11:58 PM'),
                 ('To:', 'Oliver Bennett <oliver.bennett@pellworthfinancial.com>'),
                 ('Subject:', '[GoodTime Support] Re: Candidates missing from GoodTime after Workday stage change (#184233)')],
         'text': """##- Please type your reply above this line -##

Hi Oliver,

Thanks for your patience. Our engineers have run a manual resync for your Workday integration and the affected candidates should now be visible in GoodTime. We'll mark this ticket as solved; if the issue happens again, simply reply to this email and the ticket will reopen.

Best regards,
Marisol
GoodTime Support"""}
    add('e_en_recurring_sync', 'escalation', 'flag_csm+forward_support', '', 'en',
        'outlook;multipart-alternative;qp;forwarded-outlook;long-folded-subject;recurring', 'fourth ticket on same sync issue, again today',
        outlook('Oliver Bennett <oliver.bennett@pellworthfinancial.com>',
                'FW: [GoodTime Support] Re: Candidates missing from GoodTime after Workday\n stage change (#184233)', w, body, s, DISC_UK_SHORT,
                quote=q, rx=5, topic='[GoodTime Support] Re: Candidates missing from GoodTime after Workday\n stage change (#184233)'))

    w = When(2026, 4, 10, 16, 5, 26)
    body = """Hi team,

As some of you know, I'm leaving Pellworth at the end of April. I'm currently down as the owner of our GoodTime account, the main admin and the billing/renewal contact, and I want to make sure none of that is left hanging.

From 1 May, Oliver Bennett (Recruiting Systems Lead, copied) will take over all three. Could you please make sure GoodTime updates their records, moves the account ownership and renewal notices to Oliver, and that his admin rights are confirmed before my account is switched off on 30 April?

It's been a pleasure working with you all.

Tom"""
    s = sig('Tom Whitfield', 'Head of Recruiting Operations', 'People & Culture | Pellworth Financial plc', LDN,
            '+44 (0)20 7946 0287', '+44 (0)7700 900233', 'tom.whitfield@pellworthfinancial.com')
    add('e_en_owner_change', 'escalation', 'flag_csm', '', 'en',
        'outlook-html-only;qp;windows-1252;disclaimer', 'account owner and billing contact change',
        outlook('Tom Whitfield <tom.whitfield@pellworthfinancial.com>', 'Handover of GoodTime account ownership', w, body, s, DISC_UK,
                mode='html', cc='Oliver Bennett <oliver.bennett@pellworthfinancial.com>', rx=2))

    w = When(2026, 3, 19, 9, 30, 14)
    body = """Hi team,

Following the People Leadership Team decision last week, from 1 July interview coordination for the UK, Germany, Spain, France and Portugal moves into a single coordination hub in Manchester, instead of coordinators sitting within each business line.

That changes quite a lot about how we use GoodTime: who owns which templates, how pools are structured (today they're per country and per business area), naming conventions, and what local HR can see and change.

Before we start rebuilding anything I'd like GoodTime's advice on how other customers have set this up, and ideally a couple of working sessions with them in May to design the new structure with us. Could you get this in front of the right person at GoodTime?

Many thanks,
Sophie"""
    s = sig('Sophie Brennan', 'HR Business Partner – Technology & Operations', 'People & Culture | Pellworth Financial plc', LDN,
            '+44 (0)20 7946 0390', '+44 (0)7700 900671', 'sophie.brennan@pellworthfinancial.com')
    add('e_en_process_change', 'escalation', 'flag_csm', '', 'en',
        'outlook;multipart-alternative;base64;utf-8;disclaimer', 'operating-model change needing GoodTime workshops',
        outlook('Sophie Brennan <sophie.brennan@pellworthfinancial.com>', 'Move to a central coordination hub from July - need GoodTime\'s input',
                w, body, s, DISC_UK, cs='utf-8', cte='base64', rx=3))

    w = When(2026, 4, 27, 8, 15, 52)
    body = """Hi,

I've been asked by the Chief Operating Officer to pass on some feedback, and to be candid it isn't good. This quarter three senior candidates have had a poor experience of our interview scheduling:

- the Head of Operational Resilience candidate couldn't book a slot and nearly flew out without interviewing (21 April);
- a Director of Claims candidate was given a time an hour out in her confirmation after the clocks changed;
- the CRO candidate arrived to find the Chief Executive's invite had vanished (15 April).

Each was rescued on the day thanks to the coordinators, but the COO's view is that at this level one incident is too many, and he's asking whether GoodTime is working for us. He would like a review with GoodTime's senior account lead in May: what went wrong, what has been done about it, and what they recommend for executive hiring from here.

Could you arrange that please? I can offer times in the COO's diary.

Lucy"""
    s = sig('Lucy Harrington', 'Executive Assistant to the Group Chief Operating Officer', 'Executive Office | Pellworth Financial plc',
            LDN, '+44 (0)20 7946 0150', '+44 (0)7700 900145', 'lucy.harrington@pellworthfinancial.com')
    add('e_en_coo_complaint', 'escalation', 'flag_csm', '', 'en',
        'outlook;multipart-alternative;qp;long-signature;disclaimer', 'overall complaint from COO office, wants review',
        outlook('Lucy Harrington <lucy.harrington@pellworthfinancial.com>', 'Executive candidate experience - feedback from the COO\'s office',
                w, body, s, DISC_UK, rx=3, classification='Classification: CONFIDENTIAL'))

    w = When(2026, 4, 14, 17, 40, 0)
    body = """Dear all,

Ahead of the 30 June renewal, Legal needs to refresh our data protection terms with GoodTime. Specifically:

1. the current signed Data Processing Addendum (the one on file is the 2024 version);
2. their up-to-date list of sub-processors and the locations where candidate data is processed;
3. confirmation of which GoodTime entity contracts with Pellworth Financial, Inc. for the US users, as our records only show the UK contracting entity.

I understand from Kevin O'Brien in Procurement that the help line can route this to GoodTime's account team. Please could you do so and copy me in, as we will need to negotiate a couple of clauses.

Kind regards,
Fiona"""
    s = sig('Fiona McLeod', 'Senior Legal Counsel – Commercial', 'Group Legal | Pellworth Financial plc', LDN, '+44 (0)20 7946 0620',
            None, 'fiona.mcleod@pellworthfinancial.com',
            extra='LEGALLY PRIVILEGED AND CONFIDENTIAL – prepared for the purpose of obtaining legal advice')
    add('e_en_dpa', 'escalation', 'flag_csm', '', 'en',
        'outlook;multipart-alternative;qp;winmail-dat;privileged-disclaimer', 'contract and DPA matters before renewal',
        outlook('Fiona McLeod <fiona.mcleod@pellworthfinancial.com>', 'GoodTime - DPA and sub-processor list ahead of renewal', w, body, s,
                DISC_UK, atts=[attach(make_tnef(3), 'application/ms-tnef', 'winmail.dat', when=w)], rx=3,
                cc='Kevin O\'Brien <kevin.obrien@pellworthfinancial.com>'))

    w = When(2026, 5, 4, 14, 2, 38)
    body = """Team,

I'm sorry to be blunt but this has to stop. For the THIRD MONDAY IN A ROW GoodTime has not sent the 24-hour reminder emails for our Monday interviews. This morning 41 candidates at the Charlotte contact center got no reminder, and 13 didn't show. We've reported this to GoodTime Support twice (tickets #188411 and #190276) and both times were told it was fixed.

We need two things:
1. Someone to get today's problem looked at NOW – we have another 35 interviews tomorrow and I have no confidence the reminders will go out.
2. Someone senior at GoodTime to explain why this keeps happening and what they are doing about it. Our no-show rate in April was 22% against a target of 10%, and this is a big part of it.

Denise"""
    s = sig('Denise Coleman', 'Talent Acquisition Manager | Customer Contact Center', 'Pellworth Financial, Inc.', CLT,
            '(704) 555-0107', '(704) 555-0133', 'denise.coleman@pellworthfinancial.com')
    add('e_en_monday_reminders', 'escalation', 'flag_csm+forward_support', '', 'en',
        'outlook-html-only;qp;windows-1252;angry-capitals;us-sender;disclaimer-us', 'recurring reminder failure, again today',
        outlook('Denise Coleman <denise.coleman@pellworthfinancial.com>', 'THIRD MONDAY IN A ROW - candidate reminders not sent', w, body, s,
                DISC_US, mode='html', region='us', lang='en-US', html_lang='EN-US', rx=3, extra=[('Importance', 'high')]))


# =========================================================================== NOISE
def calendar_reply(frm_name, frm_addr, verb, partstat, summary, start, end, when, comment='', lang='en-GB',
                   subject_prefix=None, tzid='GMT Standard Time', location='Microsoft Teams Meeting', region='uk', crlf=True):
    subj = '%s: %s' % (subject_prefix or verb, summary)
    ic = ics('REPLY', '040000008200E00074C5B7101A82E00800000000%s' % rhex(40), summary, start, end,
             ('GoodTime Help Line', HELPADDR), [(frm_name, frm_addr)], location=location, partstat=partstat, tzid=tzid)
    if comment:
        ic = ic.replace('BEGIN:VEVENT\r\n', 'BEGIN:VEVENT\r\nCOMMENT;LANGUAGE=%s:%s\r\n' % (lang, comment))
    plain = (comment + '\n') if comment else ''
    parts = [tpart(plain or '\n', 'plain', cs='utf-8', cte='base64'),
             Part([('Content-Type', 'text/calendar; charset="utf-8"; method=REPLY'), ('Content-Transfer-Encoding', 'base64')],
                  b64(ic.encode('utf-8')))]
    part = mpart('alternative', parts, outlook_boundary('000', region))
    subj_h = subj if all(ord(c) < 128 for c in subj) else ew(subj, 'B', 'utf-8')
    H = rx_internal(when, hops=3, region=region) + [internal_auth(),
        ('From', '%s <%s>' % (frm_name if all(ord(c) < 128 for c in frm_name) else ew(frm_name, 'Q', 'iso-8859-1'), frm_addr)), ('To', HELP),
        ('Subject', subj_h), ('Thread-Topic', ew(summary, 'B', 'utf-8') if any(ord(c) > 127 for c in summary) else summary),
        ('Thread-Index', thread_index()), ('Date', when.rfc(utc=True)), ('Message-ID', outlook_msgid(region)),
        ('Accept-Language', '%s, en-US' % lang), ('Content-Language', lang), ('X-MS-Has-Attach', ''),
        ('X-MS-Exchange-Organization-SCL', '-1'), ('X-MS-TNEF-Correlator', ''), ('MIME-Version', '1.0')]
    return assemble(H, part, crlf)


def en_noise():
    # --- out of office WITH Auto-Submitted
    w = When(2026, 4, 7, 9, 0, 41)
    body = """Thank you for your email. I'm on annual leave from Monday 6 April, returning Tuesday 14 April, with no access to email.

For anything urgent on the Core Banking platform, please contact Daniel Kowalczyk (daniel.kowalczyk@pellworthfinancial.com).
For interview scheduling, please contact Hannah Okafor (hannah.okafor@pellworthfinancial.com).

Ben Carter
Principal Engineer, Core Banking"""
    data = outlook('Ben Carter <ben.carter@pellworthfinancial.com>', 'Automatic reply: GoodTime interviewer refresher - April sessions', w,
                   body, mode='alt', rx=2, topic='GoodTime interviewer refresher - April sessions',
                   extra=[('In-Reply-To', outlook_msgid()), ('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All'),
                          ('X-MS-Exchange-Inbox-Rules-Loop', 'ben.carter@pellworthfinancial.com')])
    add('x_en_ooo', 'noise', 'ignore', '', 'en', 'out-of-office;auto-submitted;outlook;multipart-alternative;qp',
        'OOO mentioning urgent and interview scheduling', data)

    # --- bounce from MAILER-DAEMON
    w = When(2026, 3, 25, 17, 3, 12)
    orig_id = outlook_msgid()
    txt = """This is the mail system at host relay02.pellworthfinancial.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<a.martins@pellworth.pt>: host pellworth-pt.mail.protection.outlook.com[52.101.%d.%d]
    said: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient
    a.martins@pellworth.pt not found by SMTP address lookup (in reply to RCPT TO command)
""" % (rng.randint(1, 254), rng.randint(1, 254))
    ds = """Reporting-MTA: dns; relay02.pellworthfinancial.com
X-Postfix-Queue-ID: 4dF7Lq2WZbz9vYk
X-Postfix-Sender: rfc822; helpline@pellworthfinancial.com
Arrival-Date: %s

Final-Recipient: rfc822; a.martins@pellworth.pt
Original-Recipient: rfc822;a.martins@pellworth.pt
Action: failed
Status: 5.1.10
Remote-MTA: dns; pellworth-pt.mail.protection.outlook.com
Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient
    a.martins@pellworth.pt not found by SMTP address lookup
""" % w.rfc(-4, utc=True, pad=True)
    oh = """Received: from LO2P265MB5231.GBRP265.PROD.OUTLOOK.COM (2603:10a6:600:1a4::9)
 by relay02.pellworthfinancial.com (Postfix) with ESMTPS id 4dF7Lq2WZbz9vYk
 for <a.martins@pellworth.pt>; %s
From: GoodTime Help Line <helpline@pellworthfinancial.com>
To: Andre Martins <a.martins@pellworth.pt>
Subject: =?utf-8?Q?RE:_Como_adiciono_um_entrevistador=3F?=
Date: %s
Message-ID: %s
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="_000_x_"
""" % (w.rfc(-5, utc=True), w.rfc(-6, utc=True), orig_id)
    b = 'B8A1F5C0E2.1774458192/relay02.pellworthfinancial.com'
    part = mpart('report', [
        Part([('Content-Description', 'Notification'), ('Content-Type', 'text/plain; charset=us-ascii')], txt.encode()),
        Part([('Content-Description', 'Delivery report'), ('Content-Type', 'message/delivery-status')], ds.encode()),
        Part([('Content-Description', 'Undelivered Message Headers'), ('Content-Type', 'text/rfc822-headers')], oh.encode())],
        b, preamble='This is a MIME-encapsulated message.\n', ct_sep=';\n  boundary=', extra_params='; report-type=delivery-status')
    H = [('Return-Path', '<>'),
         ('Received', 'from relay02.pellworthfinancial.com (10.44.8.12) by\n LO2P265MB5231.GBRP265.PROD.OUTLOOK.COM with Microsoft SMTP Server id 15.20.8769.20; %s' % w.rfc(1, utc=True)),
         ('Received', 'by relay02.pellworthfinancial.com (Postfix)\n\tid B8A1F5C0E2; %s' % w.rfc(0, utc=True, pad=True)),
         ('Date', w.rfc(0, utc=True, pad=True)), ('From', 'MAILER-DAEMON@relay02.pellworthfinancial.com (Mail Delivery System)'),
         ('Subject', 'Undelivered Mail Returned to Sender'), ('To', HELPADDR), ('Auto-Submitted', 'auto-replied'),
         ('MIME-Version', '1.0'), ('Message-Id', '<20260325170312.B8A1F5C0E2@relay02.pellworthfinancial.com>')]
    add('x_en_bounce', 'noise', 'ignore', '', 'en', 'bounce;multipart-report;delivery-status;mailer-daemon;text-rfc822-headers',
        'bounce of a help-line reply', assemble(H, part))

    # --- GoodTime newsletter with List-Unsubscribe, many hops, DKIM, ARC
    w = When(2026, 4, 14, 15, 0, 6)
    plain = """View this email in your browser: https://go.goodtime.io/e3t/Ctc/newsletter-april-2026

THE SCHEDULING BRIEF | April 2026

Hi there,

Spring is interview season. Here's what's new at GoodTime this month:

* Smarter panel suggestions: GoodTime now considers room capacity when proposing onsite loops.
* Interviewer insights: see at a glance who's carrying the load across your teams.
* Webinar, 29 April: "From 14 days to 4: how a global bank rebuilt its interview process". Save your seat: https://go.goodtime.io/webinar-apr

SUPPORT TIP OF THE MONTH
Did you know you can reach our Support team 24/7 straight from the Chat bubble in your dashboard?

Read the full release notes: https://go.goodtime.io/release-notes

--
GoodTime.io, Inc. | 44 Montgomery St, San Francisco, CA 94104
You are receiving this email because you subscribed to GoodTime product updates.
Unsubscribe: https://go.goodtime.io/hs/manage-preferences/unsubscribe?d=Vn3x&v=3
"""
    htmlb = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1.0"><title>The Scheduling Brief | April 2026</title></head>
<body style="margin:0;padding:0;background-color:#f4f2fb"><div style="display:none;max-height:0;overflow:hidden">Spring is interview season. Here&#39;s what&#39;s new.</div>
<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" style="background-color:#f4f2fb"><tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;color:#1d1b2f">
<tr><td style="background:#4a2c82;padding:24px;color:#ffffff;font-size:22px;font-weight:bold">THE SCHEDULING BRIEF <span style="font-weight:normal;font-size:14px">| April 2026</span></td></tr>
<tr><td style="padding:24px;font-size:15px;line-height:22px">Hi there,<br><br>Spring is interview season. Here&#39;s what&#39;s new at GoodTime this month:<ul>
<li><b>Smarter panel suggestions:</b> GoodTime now considers room capacity when proposing onsite loops.</li>
<li><b>Interviewer insights:</b> see at a glance who&#39;s carrying the load across your teams.</li>
<li><b>Webinar, 29 April:</b> &ldquo;From 14 days to 4: how a global bank rebuilt its interview process&rdquo;. <a href="https://go.goodtime.io/webinar-apr" style="color:#7c3aed">Save your seat</a></li></ul>
<p style="background:#f4f2fb;padding:12px"><b>SUPPORT TIP OF THE MONTH</b><br>Did you know you can reach our Support team 24/7 straight from the Chat bubble in your dashboard?</p>
<a href="https://go.goodtime.io/release-notes" style="display:inline-block;background:#7c3aed;color:#fff;padding:12px 20px;text-decoration:none;border-radius:4px">Read the release notes</a></td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#6b6880">GoodTime.io, Inc. | 44 Montgomery St, San Francisco, CA 94104<br>You are receiving this email because you subscribed to GoodTime product updates.<br><a href="https://go.goodtime.io/hs/manage-preferences/unsubscribe?d=Vn3x&amp;v=3" style="color:#6b6880">Unsubscribe</a> | <a href="https://go.goodtime.io/hs/manage-preferences" style="color:#6b6880">Manage preferences</a></td></tr>
</table></td></tr></table><img src="https://t.goodtime.io/e3t/Cto/o/%s" width="1" height="1" alt="" style="display:none"></body></html>
""" % rhex(40, upper=False)
    part = mpart('alternative', [tpart(plain, 'plain', cs='utf-8', cte='quoted-printable'),
                                 tpart(htmlb, 'html', cs='utf-8', cte='quoted-printable')],
                 '----=_Part_%d_%d.%d' % (rng.randint(100000, 999999), rng.randint(100000000, 999999999), w.epoch() * 1000), ct_sep='; boundary=')
    top, eop = rx_inbound(w, [])
    ip = '158.247.%d.%d' % (rng.randint(1, 60), rng.randint(1, 254))
    H = top + [auth_results('bm.goodtime.io', ip),
               ('Received-SPF', 'Pass (protection.outlook.com: domain of bm.goodtime.io designates\n %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=mta-%d.hubspotemail.net; pr=C' % (ip, ip, rng.randint(10, 99))),
               ('Received', 'from mta-%d.hubspotemail.net (%s) by\n %s (10.167.%d.%d) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8769.20\n via Frontend Transport; %s' % (rng.randint(10, 99), ip, eop, rng.randint(1, 250), rng.randint(1, 250), w.rfc(5, utc=True))),
               ('Received', 'from hubspot-mta-%d (localhost [127.0.0.1])\n\tby mta-%d.hubspotemail.net (Postfix) with ESMTP id 4dJ%s\n\tfor <%s>; %s' % (rng.randint(1, 9), rng.randint(10, 99), ralnum(9), HELPADDR, w.rfc(4, utc=True))),
               ('Received', 'from [10.%d.%d.%d] by hubspot-mta (HubSpot mailer) with HTTP;\n\t%s' % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254), w.rfc(3, utc=True))),
               ('Received', 'by email-builder-%d.hubspot.internal with SMTP;\n\t%s' % (rng.randint(100, 999), w.rfc(2, utc=True)))] + \
        arc_set(w, 'bm.goodtime.io') + [
               ('DKIM-Signature', dkim('bm.goodtime.io', 'hs1', 'from:reply-to:to:subject:mime-version:content-type:date:message-id:list-unsubscribe:list-unsubscribe-post', w)),
               ('DKIM-Signature', dkim('hubspotemail.net', 'hs2', 'from:to:subject:date:message-id', w)),
               ('Date', w.rfc(utc=True, pad=True)), ('From', 'GoodTime <news@bm.goodtime.io>'), ('Reply-To', 'news@goodtime.io'),
               ('To', HELPADDR), ('Message-ID', '<%s@hubspot.goodtime.io>' % ruuid().lower()),
               ('Subject', 'The Scheduling Brief: smarter panels, interviewer insights & an April webinar'),
               ('MIME-Version', '1.0'),
               ('List-Unsubscribe', '<https://go.goodtime.io/hs/manage-preferences/unsubscribe?d=Vn3x&v=3>,\n <mailto:unsubscribe-%s@bm.goodtime.io?subject=unsubscribe>' % rhex(16, upper=False)),
               ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'), ('List-Id', '<goodtime-product-updates.bm.goodtime.io>'),
               ('Precedence', 'bulk'), ('X-HS-Cid', rhex(24, upper=False)), ('Feedback-ID', '%d:%d:hubspot' % (rng.randint(1000, 9999), rng.randint(100000, 999999)))]
    add('x_en_newsletter', 'noise', 'ignore', '', 'en',
        'newsletter;list-unsubscribe;received-x7;dkim;arc;auth-results;multipart-alternative;qp',
        'vendor newsletter mentioning Support and Chat', assemble(H, part, crlf=True))

    # --- third-party marketing, HTML only base64
    w = When(2026, 3, 17, 13, 30, 0)
    htmlb = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif">
<p>Hi Help Line team,</p>
<p>Are your coordinators still juggling <b>five tabs and a spreadsheet</b> to get one interview booked?</p>
<p>Join us on <b>Thursday 26 March at 4pm GMT</b> for <i>"Scheduling at Scale: Lessons from 50 Financial Services Recruiting Teams"</i> &mdash; a 45-minute live session with TA leaders from retail banking and insurance.</p>
<p><a href="https://events.talentwave-hq.com/r/scheduling-at-scale?utm_source=email&amp;utm_campaign=fs-q1" style="background:#ff6a3d;color:#fff;padding:10px 18px;text-decoration:none">Reserve my spot &rarr;</a></p>
<p>Can&rsquo;t make it live? Register anyway and we&rsquo;ll send you the recording.</p>
<p>Cheers,<br>Ellie Marsh<br>Events Team, TalentWave</p>
<p style="font-size:10px;color:#999">TalentWave Ltd, 71-75 Shelton Street, London WC2H 9JQ. You received this email because you attended a TalentWave event or downloaded our content. <a href="https://events.talentwave-hq.com/unsubscribe?e=aGVscGxpbmVAcGVsbHdvcnRoZmluYW5jaWFsLmNvbQ">Unsubscribe</a>.</p>
</body></html>
"""
    part = tpart(htmlb, 'html', cs='utf-8', cte='base64')
    top, eop = rx_inbound(w, [])
    ip = '167.89.%d.%d' % (rng.randint(1, 254), rng.randint(1, 254))
    H = top + [auth_results('em4821.talentwave-hq.com', ip),
               ('Received', 'from o%d.ptr%d.talentwave-hq.com (%s) by\n %s (10.167.%d.%d) with Microsoft SMTP\n Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.20.8769.20 via Frontend Transport; %s' % (rng.randint(1, 9), rng.randint(1000, 9999), ip, eop, rng.randint(1, 250), rng.randint(1, 250), w.rfc(4, utc=True))),
               ('Received', 'by filterdrecv-%s-%s with SMTP id filterdrecv-%s.%d.%s\n        %s' % (rhex(9, upper=False), ralnum(5).lower(), rhex(9, upper=False), rng.randint(1, 40), rhex(8, upper=False), w.rfc(3, utc=True, pad=True))),
               ('Received', 'from talentwave-hq.com (unknown) by geopod-ismtpd-%d (SG) with HTTP\n\tid %s for <%s>; %s' % (rng.randint(1, 40), ralnum(22), HELPADDR, w.rfc(2, utc=True, pad=True))),
               ('DKIM-Signature', dkim('talentwave-hq.com', 's1', 'content-type:from:mime-version:subject:list-unsubscribe:list-unsubscribe-post:to:cc:content-type:from:subject:to', w, nb=128)),
               ('Date', w.rfc(utc=True)), ('From', '"Ellie at TalentWave" <events@talentwave-hq.com>'), ('To', HELPADDR),
               ('Subject', 'Webinar: how 50 FS recruiting teams cut scheduling time in half'),
               ('Message-ID', '<%s@geopod-ismtpd-12>' % ralnum(22)), ('MIME-Version', '1.0'),
               ('List-Unsubscribe', '<https://events.talentwave-hq.com/unsubscribe?e=aGVscGxpbmVAcGVsbHdvcnRoZmluYW5jaWFsLmNvbQ>'),
               ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'), ('X-SG-EID', rb64(60)), ('X-Entity-ID', rb64(18))]
    add('x_en_marketing', 'noise', 'ignore', '', 'en', 'marketing;html-only;base64;list-unsubscribe;received-x6;dkim;auth-results',
        'third-party webinar promotion', assemble(H, part))

    # --- phishing imitating GoodTime
    w = When(2026, 4, 3, 2, 17, 44)
    htmlb = """<html><body style="font-family:Segoe UI,Arial">
<div style="max-width:520px;margin:auto;border:1px solid #ddd;padding:24px">
<img src="http://goodtime-io.help/assets/logo.png" alt="GoodTime" width="140">
<h2 style="color:#4a2c82">Action required: account verification</h2>
<p>Dear helpline@pellworthfinancial.com,</p>
<p>We detected unusual sign-in activity on your GoodTime workspace. To protect your organisation's candidate data, your account will be <b>suspended within 24 hours</b> unless you verify your credentials immediately.</p>
<p style="text-align:center"><a href="http://goodtime-io.help/verify?u=aGVscGxpbmU&amp;t=1775182664" style="background:#7c3aed;color:#fff;padding:12px 28px;text-decoration:none;border-radius:4px">Verify Account</a></p>
<p>If you do not complete verification, all scheduled interviews will be cancelled and invites withdrawn.</p>
<p>Thank you,<br>GoodTime Security Team</p>
<p style="font-size:10px;color:#888">&copy; 2026 GoodTime Inc. All rights reserved. This is an automated security notice.</p>
</div></body></html>
"""
    part = tpart(htmlb, 'html', cs='utf-8', cte='quoted-printable')
    top, eop = rx_inbound(w, [])
    ip = '185.%d.%d.%d' % (rng.randint(100, 250), rng.randint(0, 255), rng.randint(1, 254))
    H = top + [('Authentication-Results', 'spf=fail (sender IP is %s)\n smtp.mailfrom=goodtime-io.help; dkim=none (message not signed)\n header.d=none;dmarc=fail action=quarantine\n header.from=goodtime-io.help;compauth=fail reason=001' % ip),
               ('Received-SPF', 'Fail (protection.outlook.com: domain of goodtime-io.help does not\n designate %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=vps-%d.hostnet.example;' % (ip, ip, rng.randint(1000, 9999))),
               ('Received', 'from vps-%d.hostnet.example (%s) by\n %s (10.167.%d.%d) with Microsoft SMTP\n Server id 15.20.8769.20 via Frontend Transport; %s' % (rng.randint(1000, 9999), ip, eop, rng.randint(1, 250), rng.randint(1, 250), w.rfc(3, utc=True))),
               ('X-MS-Exchange-Organization-SCL', '5'), ('X-Forefront-Antispam-Report', 'CIP:%s;CTRY:NL;LANG:en;SCL:5;SRV:;IPV:NLI;SFV:SPM;H:vps.hostnet.example;PTR:InfoDomainNonexistent;CAT:PHISH;SFS:(13230040);DIR:INB;' % ip),
               ('From', 'GoodTime Security <security-noreply@goodtime-io.help>'), ('To', HELPADDR),
               ('Subject', ew('\u26a0\ufe0f Action Required: Your GoodTime account will be suspended', 'B', 'UTF-8')),
               ('Date', w.rfc(utc=True)), ('Message-ID', '<%s@goodtime-io.help>' % rhex(20, upper=False)), ('MIME-Version', '1.0'),
               ('X-Priority', '1 (Highest)'), ('Importance', 'High')]
    add('x_en_phish', 'noise', 'ignore', '', 'en', 'phishing;lookalike-domain;spf-fail;html-only;qp;rfc2047-b-emoji;urgent',
        'credential phishing imitating GoodTime', assemble(H, part))

    # --- calendar decline
    w = When(2026, 4, 8, 12, 9, 30)
    add('x_en_decline', 'noise', 'ignore', '', 'en', 'calendar-decline;text-calendar;method-reply;multipart-alternative;base64',
        'decline of help-line office hours invite',
        calendar_reply('Jack Sullivan', 'jack.sullivan@pellworthfinancial.com', 'Declined', 'DECLINED',
                       'GoodTime Office Hours - coordinators (April)', '20260416T140000', '20260416T150000', w,
                       comment='Clashes with month-end, sorry - will catch the recording.'))

    # --- read receipt
    w = When(2026, 3, 20, 10, 44, 3)
    orig = outlook_msgid()
    txt = """Your message

To: Ifeoma Eze
Subject: RE: Trainee interviewer stuck at 1/3
Sent: Friday, March 20, 2026 10:31:58 AM (UTC+00:00) Dublin, Edinburgh, Lisbon, London

was read on Friday, March 20, 2026 10:44:01 AM (UTC+00:00) Dublin, Edinburgh, Lisbon, London.
"""
    mdn = """Reporting-UA: LO2P265MB5231.GBRP265.PROD.OUTLOOK.COM
Final-Recipient: rfc822;ifeoma.eze@pellworthfinancial.com
Original-Message-ID: %s
Disposition: manual-action/MDN-sent-manually; displayed
""" % orig
    part = mpart('report', [tpart(txt, 'plain', cs='utf-8', cte='quoted-printable'),
                            Part([('Content-Type', 'message/disposition-notification')], mdn.encode())],
                 outlook_boundary('002'), extra_params='; report-type=disposition-notification', ct_sep=';\n\tboundary=')
    H = rx_internal(w, 2) + [internal_auth(), ('From', 'Ifeoma Eze <ifeoma.eze@pellworthfinancial.com>'), ('To', HELP),
         ('Subject', 'Read: RE: Trainee interviewer stuck at 1/3'), ('Thread-Topic', 'Trainee interviewer stuck at 1/3'),
         ('Thread-Index', thread_index()), ('Date', w.rfc(utc=True)), ('Message-ID', outlook_msgid()),
         ('References', orig), ('In-Reply-To', orig), ('Content-Language', 'en-GB'), ('X-MS-Has-Attach', ''),
         ('X-MS-Exchange-Organization-SCL', '-1'), ('X-MS-TNEF-Correlator', ''), ('MIME-Version', '1.0')]
    add('x_en_readreceipt', 'noise', 'ignore', '', 'en', 'read-receipt;multipart-report;disposition-notification',
        'read receipt of a help-line reply', assemble(H, part))

    # --- bare thank-you, iPhone reply with quote
    w = When(2026, 4, 9, 13, 26, 8, '+0100')
    qt = """Hi Dan,

We've generated a Zoom link for the 13:00 panel and sent it to Sofia and the three interviewers. GoodTime Support are looking at why it didn't generate (ticket #186021).

Aisha"""
    add('x_en_thanks', 'noise', 'ignore', '', 'en', 'bare-thanks;iphone;text-plain;qp;emoji;quoted-reply',
        'bare thank-you after a fix',
        iphone('Daniel Kowalczyk <daniel.kowalczyk@pellworthfinancial.com>', 'Re: ZOOM LINK MISSING - panel in 10 mins', w,
               'Thank you!! \U0001F64F', quote_attr='On 9 Apr 2026, at 13:08, GoodTime Help Line <helpline@pellworthfinancial.com> wrote:',
               quote_text=qt, in_reply_to=outlook_msgid()))

    # --- got it, thanks (with quoted bug thread)
    w = When(2026, 3, 27, 9, 1, 17)
    q = {'hdr': [('From:', 'GoodTime Help Line <helpline@pellworthfinancial.com>'), ('Sent:', 'Thursday, March 26, 2026 5:12 PM'),
                 ('To:', 'Hannah Okafor <hannah.okafor@pellworthfinancial.com>'), ('Subject:', 'RE: Teams links not generating - error on save')],
         'text': """Hi Hannah,

We've raised this with GoodTime Support (ticket #185502) and sent them your screenshot. They think your Microsoft Teams connection needs re-authorising on their side and will update us tomorrow. Keep adding links by hand until then – sorry for the hassle.

Best,
Aisha"""}
    s = sig('Hannah Okafor', 'Recruiting Coordinator, Technology', 'People & Culture | Pellworth Financial plc', MCR,
            '+44 (0)161 496 0348', None, 'hannah.okafor@pellworthfinancial.com', pron='she/her')
    add('x_en_gotit', 'noise', 'ignore', '', 'en', 'bare-thanks;outlook;multipart-alternative;qp;quoted-bug-thread',
        'got it thanks over a quoted bug thread',
        outlook('Hannah Okafor <hannah.okafor@pellworthfinancial.com>', 'RE: Teams links not generating - error on save', w,
                'Got it, thanks.', s, DISC_UK_SHORT, quote=q, rx=2))

    # --- vendor support auto-acknowledgement (robot, but no request)
    w = When(2026, 4, 23, 16, 51, 40)
    txt = """##- Please type your reply above this line -##

Your request (#191877) has been received and is being reviewed by our support staff.

To add additional comments, reply to this email.

----------------------------------------------

GoodTime Help Line, Apr 23, 2026, 12:51 EDT

Hi GoodTime team, our Charlotte hiring event at 1pm ET has 12 interviews stuck on "Scheduling..." - see attached from the coordinator. Please treat as urgent.

--------------------------------
This email is a service from GoodTime Support.
[R7KQ2M-9DX1]
"""
    part = tpart(txt, 'plain', cs='utf-8', label='UTF-8', cte='quoted-printable')
    top, eop = rx_inbound(w, [])
    ip = '192.161.%d.%d' % (rng.randint(144, 159), rng.randint(1, 254))
    H = top + [auth_results('goodtime.io', ip),
               ('Received', 'from outbyoip%d.pod%d.use1.zdsys.com (%s) by\n %s (10.167.%d.%d) with Microsoft SMTP\n Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.20.8769.20 via Frontend Transport; %s' % (rng.randint(1, 20), rng.randint(10, 30), ip, eop, rng.randint(1, 250), rng.randint(1, 250), w.rfc(4, utc=True))),
               ('Received', 'from zendesk.com (unknown [10.%d.%d.%d])\n\tby outbyoip%d.pod%d.use1.zdsys.com (Postfix) with ESMTP id 4dL%s\n\tfor <%s>; %s' % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254), rng.randint(1, 20), rng.randint(10, 30), ralnum(9), HELPADDR, w.rfc(3, utc=True))),
               ('DKIM-Signature', dkim('goodtime.io', 'zendesk1', 'date:from:reply-to:to:message-id:subject:mime-version:content-type:content-transfer-encoding', w)),
               ('Date', w.rfc(utc=True)), ('From', 'GoodTime Support <support@goodtime.io>'),
               ('Reply-To', 'GoodTime Support <support+id191877@goodtime.io>'), ('To', HELP),
               ('Message-ID', '<%s_%s_sprut@zendesk.com>' % (ralnum(20), rhex(6, upper=False))),
               ('Subject', '[GoodTime Support] Re: Charlotte hiring event - 12 interviews stuck on Scheduling'),
               ('MIME-Version', '1.0'), ('Auto-Submitted', 'auto-generated'), ('X-Mailer', 'Zendesk Mailer'),
               ('X-Zendesk-From-Account-Id', rhex(7, upper=False)), ('X-Zendesk-Email-Id', ralnum(26))]
    add('x_en_autoack', 'noise', 'ignore', '', 'en', 'auto-acknowledgement;auto-submitted;zendesk;qp;received-x4;dkim;auth-results',
        'vendor ticket auto-ack, quotes a blocker but needs nothing', assemble(H, part))


# =========================================================================== GERMAN
FRA = 'Pellworth Deutschland GmbH | Taunusanlage 21 | 60325 Frankfurt am Main'


def de_messages():
    # calendar-sync; Outlook HTML only cp1252, iso-8859-1 Q From and Subject
    w = When(2026, 3, 3, 8, 47, 21)
    body = """Hallo zusammen,

ich musste letzte Woche wegen der neuen Passwortrichtlinie mein Windows-Passwort ändern, und seitdem bekomme ich von den Kolleginnen die Rückmeldung, dass GoodTime mich für Interviews vorschlägt, obwohl ich in meinem Outlook-Kalender zu der Zeit Termine habe.

Muss ich nach so einer Passwortänderung in GoodTime irgendetwas neu verbinden oder freigeben? Und falls ja, wo genau mache ich das?

Vielen Dank und viele Grüße
Miriam Schäfer"""
    s = 'Miriam Schäfer\nTalent Acquisition Specialist\n' + FRA + '\nTel. +49 69 9047 31-214\nmiriam.schaefer@pellworth.de | www.pellworth.de'
    add('q_de_calsync', 'question', 'auto_reply', 'calendar-sync', 'de',
        'outlook-html-only;qp;windows-1252;rfc2047-q-iso-8859-1;from-encoded;disclaimer-de', 'availability wrong after password change',
        outlook('%s <miriam.schaefer@pellworth.de>' % ew('Miriam Schäfer', 'Q', 'iso-8859-1'),
                ew('Verfügbarkeit in GoodTime nach Passwortänderung', 'Q', 'iso-8859-1'), w, body, s, DISC_DE, mode='html',
                lang='de-DE', html_lang='DE', topic=ew('Verfügbarkeit in GoodTime nach Passwortänderung', 'Q', 'iso-8859-1'),
                region='eu', rx=5))

    # interviewer-decline; Apple Mail, Q utf-8 subject split mid-word
    w = When(2026, 3, 5, 16, 12, 9, '+0100')
    body = """Hallo liebes GoodTime-Team,

für das Zweitgespräch mit einer Kandidatin für die Stelle als Underwriterin Gewerbeversicherung am kommenden Dienstag hat mir gerade einer der drei Interviewer (Herr Brandt) abgesagt – Dienstreise nach London, lässt sich nicht verschieben.

Die Kandidatin hat den Termin schon bestätigt und sich extra freigenommen. Wie gehe ich da am geschicktesten vor? Muss ich das ganze Gespräch neu planen und ihr einen neuen Termin schicken, oder kann ich Herrn Brandt irgendwie ersetzen, ohne dass sich für sie etwas ändert?

Danke euch!
Katrin"""
    s = 'Katrin Vogel\nRecruiting Coordinator\n' + FRA + '\nTel. +49 69 9047 31-208'
    add('q_de_decline', 'question', 'auto_reply', 'interviewer-decline', 'de',
        'apple-mail;multipart-alternative;qp;rfc2047-q-utf8-split-word', 'interviewer declined, interview next week',
        apple('Katrin Vogel <katrin.vogel@pellworth.de>',
              ew(['Interviewer hat abgesagt – wie ge', 'he ich am besten vor?'], 'Q', 'utf-8'), w, body, s, region='eu'))

    # room-booking; Outlook alternative utf-8, B subject split mid-word
    w = When(2026, 3, 13, 10, 5, 44)
    body = """Guten Tag,

ich organisiere für unsere Geschäftsführung ab nächster Woche mehrere Vorstellungsgespräche vor Ort in der Taunusanlage. Bisher habe ich die Besprechungsräume immer separat über Outlook gebucht und dann von Hand in die Einladung geschrieben.

Kann GoodTime den Raum gleich mitbuchen? Und falls ja: Unser Konferenzraum „Main“ im 14. OG taucht bei mir in GoodTime überhaupt nicht auf, nur die Räume im 9. OG. Woran kann das liegen?

Mit freundlichen Grüßen
Felix Wagner"""
    s = 'Felix Wagner\nAssistent der Geschäftsführung\n' + FRA + '\nTel. +49 69 9047 31-100 | Mobil +49 151 2345 6781\nfelix.wagner@pellworth.de'
    subj = ew(['Raumbuchung für Vor-Ort-Gespr', 'äche in Frankfurt'], 'B', 'utf-8')
    add('q_de_room', 'question', 'auto_reply', 'room-booking', 'de',
        'outlook;multipart-alternative;qp;utf-8;rfc2047-b-utf8-split-word;disclaimer-de', 'room booking and missing room',
        outlook('Felix Wagner <felix.wagner@pellworth.de>', subj, w, body, s, DISC_DE, cs='utf-8', lang='de-DE', html_lang='DE',
                topic=subj, region='eu', rx=3))

    # contact-support; iPhone, raw UTF-8 subject (8-bit header)
    w = When(2026, 3, 25, 19, 48, 2, '+0100')
    body = """Hallo,

kurze Frage: Wenn bei GoodTime mal was hakt und ich direkt jemanden von denen erreichen will – gibt es da eine Telefonnummer? Oder wie läuft das sonst? Mein Vorgänger hat mir nur gesagt „ruf halt beim Support an“, aber ich finde nirgends eine Nummer.

Gruß
Jörg"""
    data = iphone('=?utf-8?Q?J=C3=B6rg_Albrecht?= <joerg.albrecht@pellworth.de>',
                  'Gibt’s eine Telefonnummer für den GoodTime-Support?'.encode('utf-8'), w, body,
                  sig='Von meinem iPhone gesendet', region='eu')
    add('q_de_support', 'question', 'auto_reply', 'contact-support', 'de',
        'iphone;text-plain;qp;raw-utf8-subject;mobile-signature-de', 'is there a phone number for support',
        data)

    # time-zones; Outlook alternative base64 utf-8
    w = When(2026, 4, 8, 13, 22, 35)
    body = """Hallo zusammen,

wir haben für die Stelle Head of Asset Allocation (Wealth Management) eine Kandidatin, die derzeit in Singapur lebt. Das finale Gespräch führen zwei Interviewer, einer hier in Frankfurt und einer in New York. Ende April ist die Kandidatin außerdem eine Woche geschäftlich in Dubai.

Ehrlich gesagt habe ich etwas Sorge, dass bei so vielen Zeitzonen am Ende jemand zur falschen Uhrzeit vor dem Bildschirm sitzt. Worauf muss ich in GoodTime achten, damit die Zeiten für alle korrekt ankommen? Reicht es, wenn die Kandidatin ihre Verfügbarkeit selbst einträgt?

Viele Grüße
Sabine Hoffmann"""
    s = 'Sabine Hoffmann\nHR Business Partner\n' + FRA + '\nTel. +49 69 9047 31-230\nsabine.hoffmann@pellworth.de'
    subj = ew('Interview mit Kandidatin in Singapur – Zeitzonen', 'B', 'utf-8')
    add('q_de_tz', 'question', 'auto_reply', 'time-zones', 'de',
        'outlook;multipart-alternative;base64;utf-8;rfc2047-b-utf8;disclaimer-de', 'three time zones for one interview',
        outlook('Sabine Hoffmann <sabine.hoffmann@pellworth.de>', subj, w, body, s, DISC_DE, cs='utf-8', cte='base64',
                lang='de-DE', html_lang='DE', topic=subj, region='eu', rx=3, crlf=True))

    # unanswered: interface language; raw windows-1252 Subject and From bytes
    w = When(2026, 4, 2, 9, 58, 16)
    body = """Hallo GoodTime-Team,

einige unserer Hiring Manager in Frankfurt arbeiten nicht so gern auf Englisch und fragen, ob es die GoodTime-Oberfläche auch auf Deutsch gibt. Kann man die Sprache irgendwo pro Nutzer umstellen, oder geht das nur für das ganze Unternehmen?

Besten Dank
Petra Müller"""
    s = 'Petra Müller\nRecruiting-Assistentin\n' + FRA + '\nTel. +49 69 9047 31-219'
    add('n_de_language', 'question', 'forward_support', 'none', 'de',
        'outlook-html-only;qp;windows-1252;raw-cp1252-subject;raw-cp1252-from;disclaimer-de', 'UI language, not covered',
        outlook('Petra Müller <petra.mueller@pellworth.de>'.encode('cp1252'),
                'GoodTime auf Deutsch – Spracheinstellung möglich?'.encode('cp1252'), w, body, s, DISC_DE, mode='html',
                lang='de-DE', html_lang='DE', topic='GoodTime auf Deutsch - Spracheinstellung moeglich?', region='eu', rx=3))

    # HIGH IMPACT bug: DST shift for whole country; reply on an unrelated thread with German Outlook header
    w = When(2026, 3, 31, 7, 45, 12)
    body = """Hallo zusammen,

ich hänge mich hier kurz dran, weil es dringend ist und nichts mit den Schulungsterminen zu tun hat:

Seit der Zeitumstellung am Sonntag zeigt GoodTime bei uns in Frankfurt alle Termine um eine Stunde verschoben an. Betroffen sind offenbar alle Nutzer von Pellworth Deutschland – ich habe mit Miriam, Sabine und zwei Hiring Managern gesprochen, überall dasselbe. Die Kalendereinladungen an die Interviewer stimmen (z. B. 10:00 Uhr), aber GoodTime selbst und die Bestätigungsmails an die Kandidaten sagen 11:00 Uhr. Allein diese Woche betrifft das rund 30 Interviews.

Heute früh sind schon zwei Kandidaten eine Stunde zu spät gekommen. Die Zeitzone in unseren Profilen steht korrekt auf „Europe/Berlin“.

Bitte an den GoodTime-Support weitergeben – und ich denke, das sollte auch an unsere CSM gehen, weil es das ganze Land betrifft.

Viele Grüße
Katrin"""
    s = 'Katrin Vogel\nRecruiting Coordinator\n' + FRA + '\nTel. +49 69 9047 31-208'
    q = {'hdr': [('Von:', 'GoodTime Help Line <helpline@pellworthfinancial.com>'), ('Gesendet:', 'Montag, 23. März 2026 14:10'),
                 ('An:', 'Katrin Vogel <katrin.vogel@pellworth.de>'), ('Betreff:', 'Schulungstermine April')],
         'text': """Hi Katrin,

The April refresher sessions are on 14 and 21 April, 10:00–11:00 CEST on Teams. Let us know who from Frankfurt would like to join and we'll send the invites.

Best,
Aisha"""}
    add('b_de_hi_dst', 'bug', 'forward_support+flag_csm', '', 'de',
        'outlook;multipart-alternative;qp;windows-1252;reply-on-top;quoted-thread-other-topic;misleading-subject;disclaimer-de',
        'country-wide one-hour shift after DST',
        outlook('Katrin Vogel <katrin.vogel@pellworth.de>', 'AW: Schulungstermine April', w, body, s, DISC_DE, quote=q,
                cs='windows-1252', lang='de-DE', html_lang='DE', region='eu', rx=6))

    # blocker: candidate at reception; iPhone
    w = When(2026, 4, 16, 9, 52, 30, '+0200')
    body = """Hallo,

der Kandidat für die Compliance-Stelle (Herr Yilmaz) sitzt seit 5 Minuten am Empfang, das Gespräch sollte um 10:00 starten. Laut GoodTime ist alles eingeplant, aber beide Interviewer haben keine Einladung im Kalender und wissen von nichts. Ich versuche sie gerade telefonisch zu erreichen.

Könnt ihr bitte schauen, warum die Einladungen nicht rausgegangen sind, und sie sofort neu senden?

Danke!!
Miriam"""
    add('sb_de_empfang', 'scheduling_blocker', 'forward_support', '', 'de',
        'iphone;text-plain;qp;rfc2047-b-utf8;mobile-signature-de', 'candidate waiting at reception, invites missing',
        iphone('Miriam Schaefer <miriam.schaefer@pellworth.de>',
               ew('DRINGEND – Kandidat am Empfang, keine Einladung bei den Interviewern', 'B', 'utf-8'), w, body,
               sig='Von meinem iPhone gesendet', region='eu'))

    # escalation: works council conditions + more licences; Outlook HTML only + PDF
    w = When(2026, 4, 22, 13, 20, 48)
    body = """Sehr geehrte Damen und Herren,

der Betriebsrat der Pellworth Deutschland GmbH hat der Nutzung von GoodTime im Rahmen der neuen IT-Rahmenbetriebsvereinbarung zugestimmt, allerdings mit Auflagen. Unter anderem dürfen auswertbare Kennzahlen zur Interviewbelastung einzelner Beschäftigter für Führungskräfte nicht einsehbar sein, und die Konfiguration muss für Deutschland dokumentiert werden (Auszug anbei).

Gleichzeitig kommen mit der Integration der Pellworth Versicherung Deutschland ab Juli rund 20 weitere Nutzer hinzu, für die wir Lizenzen benötigen.

Ich bitte darum, beide Themen mit dem zuständigen Ansprechpartner bei GoodTime aufzunehmen – idealerweise in einem gemeinsamen Termin mit mir und unserer Betriebsratsvorsitzenden im Mai.

Mit freundlichen Grüßen
Lars Neumann"""
    s = 'Lars Neumann\nLeiter Personal Deutschland\n' + FRA + '\nTel. +49 69 9047 31-101\nlars.neumann@pellworth.de'
    pdf = make_pdf(['Auszug IT-Rahmenbetriebsvereinbarung - Anlage 7 GoodTime', '§ 4 Keine Leistungs- und Verhaltenskontrolle',
                    '§ 5 Auswertungen nur aggregiert, mind. 5 Personen', 'VERTRAULICH - nur fuer den internen Gebrauch'])
    add('e_de_betriebsrat', 'escalation', 'flag_csm', '', 'de',
        'outlook-html-only;qp;windows-1252;attachment-pdf;disclaimer-de', 'works council conditions plus licences',
        outlook('Lars Neumann <lars.neumann@pellworth.de>', 'GoodTime in Deutschland - Auflagen des Betriebsrats und weitere Lizenzen',
                w, body, s, DISC_DE, mode='html', lang='de-DE', html_lang='DE', region='eu', rx=4,
                atts=[attach(pdf, 'application/pdf', 'Anlage 7 - GoodTime (Auszug).pdf', when=w)]))

    # noise: out of office WITHOUT Auto-Submitted
    w = When(2026, 4, 1, 14, 3, 55)
    body = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 10.04.2026 nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an Miriam Schäfer (miriam.schaefer@pellworth.de, Tel. +49 69 9047 31-214).

Mit freundlichen Grüßen
Katrin Vogel

---

Thank you for your message. I am out of the office until 10 April 2026 inclusive. For urgent matters please contact Miriam Schäfer."""
    part = tpart(body + '\n', 'plain', cs='iso-8859-1', cte='quoted-printable')
    H = rx_internal(w, 3, region='eu') + [internal_auth(), ('From', 'Katrin Vogel <katrin.vogel@pellworth.de>'), ('To', HELP),
         ('Subject', 'Abwesenheitsnotiz: GoodTime Auffrischungsschulung am 14.04.'), ('Thread-Topic', 'GoodTime Auffrischungsschulung am 14.04.'),
         ('Thread-Index', thread_index()), ('Date', w.rfc(utc=True)), ('Message-ID', outlook_msgid('eu')),
         ('Content-Language', 'de-DE'), ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', ''), ('MIME-Version', '1.0')]
    add('x_de_ooo', 'noise', 'ignore', '', 'de', 'out-of-office;no-auto-submitted;text-plain;qp;iso-8859-1',
        'German OOO without auto headers', assemble(H, part))


# =========================================================================== SPANISH
MAD = 'Pellworth España, S.A.U. · Paseo de la Castellana 141, planta 12 · 28046 Madrid'


def es_messages():
    # self-scheduling-link; Gmail (Google Workspace at pellworth.es) with full inbound chain
    w = When(2026, 3, 9, 10, 41, 27, '+0100')
    body = """Hola:

Estoy con el proceso de suscriptores junior y tengo 18 candidatos para la primera entrevista telefónica, de 30 minutos, con cualquiera de los tres responsables del equipo. Cuadrar las agendas uno por uno me está llevando la vida.

¿Hay forma de mandarles algo para que cada candidato escoja directamente el hueco que le venga bien, según las agendas de los entrevistadores? ¿Cómo se hace?

Muchas gracias,
Lucía"""
    s = 'Lucía Fernández\nTécnica de Selección | Pellworth España\n+34 91 123 45 67'
    add('q_es_selfsched', 'question', 'auto_reply', 'self-scheduling-link', 'es',
        'gmail;multipart-alternative;qp;utf-8;from-rfc2047-q;received-x5;dkim;arc;auth-results', 'let candidates pick their own slot',
        gmail('=?UTF-8?Q?Luc=C3=ADa_Fern=C3=A1ndez?= <lucia.fernandez@pellworth.es>', 'pellworth.es',
              'Enlace para que el candidato elija hora', w, body, s))

    # candidate-availability-request; Outlook HTML only cp1252
    w = When(2026, 4, 6, 8, 12, 3)
    body = """Buenos días:

Para la entrevista final del puesto de Actuario Senior tenemos cuatro sesiones (técnica, caso práctico, negocio y RR. HH.) con cinco entrevistadores distintos. El candidato trabaja ahora mismo en Barcelona, así que tiene que cuadrarlo con su empresa actual.

Antes de proponerle nada, me gustaría que él nos dijera qué días y franjas tiene libres la semana del 20 de abril. ¿Cómo se le pide eso desde GoodTime, para que luego yo pueda cruzarlo con las agendas de los entrevistadores?

Un saludo,
Marta"""
    s = 'Marta Ruiz\nCoordinadora de Selección\n' + MAD + '\nTel. +34 91 123 45 80 | marta.ruiz@pellworth.es'
    add('q_es_availability', 'question', 'auto_reply', 'candidate-availability-request', 'es',
        'outlook-html-only;qp;windows-1252;disclaimer-es', 'ask the candidate for free days first',
        outlook('Marta Ruiz <marta.ruiz@pellworth.es>', 'Disponibilidad del candidato para la entrevista final', w, body, s, DISC_ES,
                mode='html', lang='es-ES', html_lang='ES', region='eu', rx=4))

    # chat-bubble; iPhone, iso-8859-1 Q subject
    w = When(2026, 3, 18, 17, 26, 50, '+0100')
    body = """Hola,

Un compañero me ha dicho que dentro de GoodTime se puede hablar por chat con el soporte, pero yo no veo ningún chat por ningún lado. He mirado en la pantalla que se me abre desde el enlace del correo de la entrevista y nada. ¿Dónde está exactamente?

Gracias"""
    add('q_es_chat', 'question', 'auto_reply', 'chat-bubble', 'es',
        'iphone;text-plain;qp;rfc2047-q-iso-8859-1;mobile-signature-es', 'cannot find the support chat (not logged in)',
        iphone('=?iso-8859-1?Q?=C1lvaro_Gil?= <alvaro.gil@pellworth.es>', ew('¿Dónde está el chat?', 'Q', 'iso-8859-1'), w, body,
               sig='Enviado desde mi iPhone', region='eu'))

    # reschedule-interview; Outlook alternative, reply on old thread, Spanish Outlook header
    w = When(2026, 4, 1, 11, 3, 38)
    body = """Hola de nuevo:

Cambio de tema. El candidato a la Dirección Financiera de España me pide mover la entrevista con nuestro Consejero Delegado del martes al jueves por la mañana. ¿Lo cambio directamente en el calendario de Outlook del Consejero Delegado, arrastrando la cita, o hay que hacerlo desde GoodTime? No quiero liarla con las invitaciones del resto de asistentes ni con la sala.

Gracias,
Carmen"""
    s = 'Carmen Navarro\nAsistente de Dirección – Consejero Delegado\n' + MAD + '\nTel. +34 91 123 45 01 | carmen.navarro@pellworth.es'
    q = {'hdr': [('De:', 'GoodTime Help Line <helpline@pellworthfinancial.com>'),
                 ('Enviado el:', 'lunes, 30 de marzo de 2026 12:15'),
                 ('Para:', 'Carmen Navarro <carmen.navarro@pellworth.es>'), ('Asunto:', 'RE: Sala para el comité del jueves')],
         'text': """Hola Carmen:

La sala Retiro (planta 12) ya está dada de alta; a partir de mañana debería aparecerte al elegir la oficina de Madrid.

Un saludo,
Aisha"""}
    add('q_es_reschedule', 'question', 'auto_reply', 'reschedule-interview', 'es',
        'outlook;multipart-alternative;qp;windows-1252;reply-on-top;quoted-thread-other-topic;misleading-subject;disclaimer-es',
        'move interview: calendar or GoodTime',
        outlook('Carmen Navarro <carmen.navarro@pellworth.es>', ew('RE: Sala para el comité del jueves', 'Q', 'Windows-1252'), w, body, s,
                DISC_ES, quote=q, lang='es-ES', html_lang='ES', region='eu', rx=3,
                topic=ew('Sala para el comité del jueves', 'Q', 'Windows-1252')))

    # permissions-roles; Gmail, base64 bodies
    w = When(2026, 4, 20, 9, 15, 2, '+0200')
    body = """Buenas,

Desde que me he incorporado como HRBP de Tecnología en Madrid entro en GoodTime y veo las entrevistas de mis áreas, pero no me aparece la opción de modificar las plantillas de entrevista ni los grupos de entrevistadores, cosa que sí ve mi compañera de Lisboa.

¿Es un error de la herramienta o es que mi usuario tiene otro tipo de acceso? ¿Quién me lo podría dar?

Gracias y un saludo,
Pablo"""
    s = 'Pablo Sánchez\nHR Business Partner – Tecnología\nPellworth España'
    add('q_es_permisos', 'question', 'auto_reply', 'permissions-roles', 'es',
        'gmail;multipart-alternative;base64;utf-8;received-x5;dkim;arc;auth-results', 'missing edit option: permissions not bug',
        gmail('=?UTF-8?B?UGFibG8gU8OhbmNoZXo=?= <pablo.sanchez@pellworth.es>', 'pellworth.es', ew('No veo la opción de editar plantillas', 'Q', 'UTF-8'),
              w, body, s, cte='base64'))

    # unanswered: mobile app
    w = When(2026, 4, 15, 12, 48, 19, '+0200')
    body = """Hola,

Muchos de los jefes de equipo que entrevistan se pasan el día fuera, visitando mediadores, y me preguntan si existe una aplicación de GoodTime para el móvil (iOS y Android) en la que puedan ver sus entrevistas y aceptarlas. ¿Existe? Y si existe, ¿está permitida en los móviles corporativos?

Un saludo,
Javier"""
    s = 'Javier Moreno\nResponsable de Selección España\n' + MAD
    add('n_es_app', 'question', 'forward_support', 'none', 'es',
        'apple-mail;multipart-alternative;qp;raw-utf8-subject', 'is there a mobile app, not covered',
        apple('Javier Moreno <javier.moreno@pellworth.es>', '¿App de GoodTime para el móvil?'.encode('utf-8'), w, body, s, region='eu'))

    # bug: self-scheduling offers busy slots; Outlook alternative + PNG
    w = When(2026, 3, 26, 9, 34, 52)
    body = """Hola:

Os escribo porque el enlace que mandamos a los candidatos para que elijan hora está ofreciendo huecos en los que el entrevistador está ocupado. Ayer una candidata reservó el jueves a las 12:00 con Álvaro Gil, y Álvaro tiene a esa hora el comité de suscripción semanal, marcado como «Ocupado» en Outlook desde hace meses. Hoy ha pasado lo mismo con otro candidato y otra entrevistadora.

Os adjunto una captura de lo que ve el candidato. He tenido que llamar a los dos para cambiar la hora.

¿Podéis revisarlo?

Gracias,
Lucía"""
    s = 'Lucía Fernández\nTécnica de Selección\n' + MAD + '\nTel. +34 91 123 45 67'
    add('b_es_selfsched', 'bug', 'forward_support', '', 'es',
        'outlook;multipart-alternative;qp;utf-8;attachment-png;multipart-mixed;disclaimer-es', 'self-scheduling offers busy slots',
        outlook('=?utf-8?B?THVjw61hIEZlcm7DoW5kZXo=?= <lucia.fernandez@pellworth.es>',
                ew('El enlace de autoprogramación ofrece horas ocupadas', 'B', 'utf-8'), w, body, s, DISC_ES, cs='utf-8',
                lang='es-ES', html_lang='ES', region='eu', rx=3, atts=[attach(make_png(seed=21), 'image/png', 'captura_enlace.png', when=w)],
                topic=ew('El enlace de autoprogramación ofrece horas ocupadas', 'B', 'utf-8')))

    # feature request: email language by candidate country; Gmail
    w = When(2026, 4, 24, 18, 2, 11, '+0200')
    body = """Hola equipo:

Os dejo una sugerencia para que se la hagáis llegar a GoodTime. Ahora mismo, cuando un proceso tiene candidatos de España y de Portugal (nos pasa mucho en suscripción y siniestros), tenemos que acordarnos de cambiar a mano la plantilla de correo según el idioma del candidato, y más de una vez se nos ha ido una confirmación en español a un candidato de Oporto.

Estaría genial que GoodTime eligiera automáticamente la versión del correo según el país o el idioma del candidato que viene de Workday.

Un saludo,
Javier"""
    add('fr_es_language', 'feature_request', 'product_board_reply', '', 'es',
        'gmail;multipart-alternative;qp;utf-8;received-x5;dkim;arc', 'automatic email language by candidate country',
        gmail('Javier Moreno <javier.moreno@pellworth.es>', 'pellworth.es', 'Sugerencia: idioma de los correos al candidato', w, body,
              'Javier Moreno\nResponsable de Selección España | Pellworth España'))

    # blocker: Teams link dead, 20 min; Outlook Android
    w = When(2026, 4, 28, 8, 41, 6)
    body = """Hola, la entrevista de las 11:00 (candidata Irene Castro, puesto de tramitadora de siniestros) empieza en 20 minutos y el enlace de Teams de la invitación da error: "Esta reunión no existe o ya ha finalizado". La candidata ya me ha escrito. Los dos entrevistadores tienen el mismo enlace.

¿Podéis generar uno nuevo y reenviárselo a todos? Estoy desde el móvil."""
    add('sb_es_teams', 'scheduling_blocker', 'forward_support', '', 'es',
        'outlook-android;multipart-alternative;base64;mobile-signature', 'dead Teams link 20 minutes before',
        outlook_mobile('Marta Ruiz <marta.ruiz@pellworth.es>', 'URGENTE: entrevista en 20 min y el enlace de Teams no funciona', w, body,
                       os_='Android', region='eu'))

    # noise: OOO via Google Workspace vacation responder (Auto-Submitted)
    w = When(2026, 4, 2, 7, 15, 33, '+0200')
    body = """Hola,

Estoy fuera de la oficina por Semana Santa hasta el lunes 13 de abril, con acceso limitado al correo. Para cualquier tema urgente de selección, podéis escribir a Marta Ruiz (marta.ruiz@pellworth.es).

Gracias,
Lucía Fernández"""
    data = gmail('=?UTF-8?Q?Luc=C3=ADa_Fern=C3=A1ndez?= <lucia.fernandez@pellworth.es>', 'pellworth.es',
                 'Fuera de la oficina hasta el 13/04', w, body, extra=[('Auto-Submitted', 'auto-replied'), ('Precedence', 'bulk'),
                 ('In-Reply-To', outlook_msgid())], plain_only=True)
    add('x_es_ooo', 'noise', 'ignore', '', 'es', 'out-of-office;auto-submitted;gmail;text-plain;qp;received-x5;dkim',
        'Spanish vacation responder', data)


# =========================================================================== FRENCH
PAR = 'Pellworth France SAS · Tour Pellworth, 21 cours Valmy · 92800 Puteaux'


def fr_messages():
    # cancel-interview; Outlook HTML only cp1252, raw cp1252 subject
    w = When(2026, 3, 11, 10, 18, 40)
    body = """Bonjour,

Un candidat au poste de conseiller en gestion de patrimoine vient de m'informer qu'il retire sa candidature (il a accepté une autre offre). Il avait un entretien prévu jeudi avec Julien Moreau et un associé.

Est-ce que je peux simplement supprimer l'invitation dans mon agenda Outlook, ou faut-il passer par GoodTime ? Je voudrais éviter que les interviewers gardent le créneau bloqué ou que le candidat reçoive encore des relances.

Merci d'avance,
Camille"""
    s = 'Camille Durand\nChargée de recrutement\n' + PAR + '\nTél. : +33 1 86 95 21 40\ncamille.durand@pellworth.fr'
    add('q_fr_cancel', 'question', 'auto_reply', 'cancel-interview', 'fr',
        'outlook-html-only;qp;windows-1252;raw-cp1252-subject;disclaimer-fr', 'candidate withdrew: delete invite or cancel in GoodTime',
        outlook('Camille Durand <camille.durand@pellworth.fr>', 'Candidat qui se désiste – annulation ?'.encode('cp1252'), w, body, s,
                DISC_FR, mode='html', lang='fr-FR', html_lang='FR', region='eu', rx=3,
                topic=ew('Candidat qui se désiste – annulation ?', 'Q', 'Windows-1252')))

    # candidate-itinerary; Apple Mail, raw UTF-8 From and Subject
    w = When(2026, 3, 23, 15, 51, 9, '+0100')
    body = """Bonjour à tous,

La candidate pour le poste d'assistante de direction auprès du Directeur général France vient de m'appeler : elle n'a jamais reçu le mail récapitulatif avec les horaires de ses trois entretiens de mardi et les noms des personnes qu'elle va rencontrer. De notre côté, tout apparaît bien planifié.

Comment puis-je lui renvoyer ce récapitulatif ? Et tant que j'y suis, est-il possible d'y ajouter un petit mot pour lui indiquer de se présenter à l'accueil du 21e étage ?

Bien cordialement,
Élodie"""
    s = 'Élodie Martin\nAssistante de direction – Direction générale France\n' + PAR + '\nTél. : +33 1 86 95 21 02'
    add('q_fr_itinerary', 'question', 'auto_reply', 'candidate-itinerary', 'fr',
        'apple-mail;multipart-alternative;qp;raw-utf8-from;raw-utf8-subject', 'candidate never got the schedule summary',
        apple('Élodie Martin <elodie.martin@pellworth.fr>'.encode('utf-8'),
              'Récapitulatif d’entretien non reçu par la candidate'.encode('utf-8'), w, body, s, region='eu'))

    # support-hours; iPhone, Q utf-8 subject split inside a word, no word "horaires"
    w = When(2026, 4, 7, 21, 14, 33, '+0200')
    body = """Bonjour,

Nous allons avoir des entretiens avec des candidats basés à Singapour et à Hong Kong, donc côté Paris ça tombe vers 6h-7h du matin. Si quelque chose coince avec GoodTime à ce moment-là, est-ce qu'il y a quelqu'un chez eux pour nous aider, ou faut-il attendre que leurs bureaux ouvrent ?

Merci !
Nicolas"""
    add('q_fr_early', 'question', 'auto_reply', 'support-hours', 'fr',
        'iphone;text-plain;qp;rfc2047-q-utf8-split-word;mobile-signature-fr', 'is support reachable at 6am',
        iphone('Nicolas Bernard <nicolas.bernard@pellworth.fr>', ew(['Support GoodTime t', 'ôt le matin ?'], 'Q', 'utf-8'), w, body,
               sig='Envoyé de mon iPhone', region='eu'))

    # conference-links; Outlook alternative base64 iso-8859-1
    w = When(2026, 4, 9, 7, 58, 45)
    body = """Bonjour,

Pour les entretiens à distance de mon équipe, je remarque que certaines invitations envoyées via GoodTime contiennent un lien Teams et d'autres non. Dans ce cas je dois en créer un moi-même et le transmettre au candidat.

Comment faire pour que le lien de visio soit systématiquement ajouté quand on programme l'entretien ? C'est un réglage à faire une fois pour toutes, ou à chaque entretien ?

Cordialement,
Julien Moreau"""
    s = 'Julien Moreau\nResponsable d\'équipe - Gestion de patrimoine\n' + PAR + '\nTél. : +33 1 86 95 21 77'
    add('q_fr_teams', 'question', 'auto_reply', 'conference-links', 'fr',
        'outlook;multipart-alternative;base64;iso-8859-1;disclaimer-fr', 'Teams link on every invite',
        outlook('Julien Moreau <julien.moreau@pellworth.fr>', 'Lien Teams automatique dans les invitations ?', w, body, s,
                DISC_FR.replace('€', 'EUR'), cs='iso-8859-1', cte='base64', lang='fr-FR', html_lang='FR', region='eu', rx=3))

    # interview-templates; reply on another thread with French Outlook header
    w = When(2026, 4, 10, 9, 37, 12)
    body = """Merci pour l'accès, c'est parfait.

Autre sujet : pour les postes de souscripteur IARD, l'entretien technique doit passer de 45 minutes à 1 heure pour tous les candidats à partir de maintenant (demande de la direction technique). Aujourd'hui chaque chargée de recrutement modifie la durée à la main au moment de planifier, et forcément ça finit par être oublié.

Où faut-il faire la modification pour que ce soit pris en compte une bonne fois pour toutes ? Et est-ce que je peux le faire moi-même ?

Sandrine"""
    s = 'Sandrine Petit\nHR Business Partner – Assurance\n' + PAR + '\nTél. : +33 1 86 95 21 55'
    q = {'hdr': [('De :', 'GoodTime Help Line <helpline@pellworthfinancial.com>'), ('Envoyé :', 'mercredi 8 avril 2026 16:20'),
                 ('À :', 'Sandrine Petit <sandrine.petit@pellworth.fr>'), ('Objet :', 'RE: Accès aux rapports GoodTime')],
         'text': """Bonjour Sandrine,

Vous avez désormais accès aux rapports sur la charge des interviewers pour la France. N'hésitez pas si quelque chose ne s'affiche pas.

Bien cordialement,
Aisha"""}
    add('q_fr_template', 'question', 'auto_reply', 'interview-templates', 'fr',
        'outlook;multipart-alternative;qp;windows-1252;reply-on-top;quoted-thread-other-topic;misleading-subject;two-topics;disclaimer-fr',
        'change duration for everyone: fix the template',
        outlook('Sandrine Petit <sandrine.petit@pellworth.fr>', ew('RE: Accès aux rapports GoodTime', 'Q', 'iso-8859-1'), w, body, s,
                DISC_FR, quote=q, lang='fr-FR', html_lang='FR', region='eu', rx=3,
                topic=ew('Accès aux rapports GoodTime', 'Q', 'iso-8859-1')))

    # unanswered: branding of candidate emails
    w = When(2026, 4, 14, 14, 26, 0)
    body = """Bonjour,

Dans le cadre du lancement de notre nouvelle charte marque employeur, nous aimerions que les e-mails envoyés aux candidats par GoodTime (confirmations, rappels) affichent le nouveau logo Pellworth France et nos couleurs, avec un bandeau en haut du message.

Est-ce possible dans GoodTime, et si oui, qui peut s'en charger ? Y a-t-il des contraintes de format pour le logo ?

Merci,
Aurélie"""
    s = 'Aurélie Fontaine\nChargée de marque employeur\n' + PAR
    add('n_fr_branding', 'question', 'forward_support', 'none', 'fr',
        'outlook-html-only;qp;windows-1252;rfc2047-b-utf8;disclaimer-fr', 'logo and colours in candidate emails, not covered',
        outlook('=?utf-8?B?QXVyw6lsaWUgRm9udGFpbmU=?= <aurelie.fontaine@pellworth.fr>',
                ew('Personnaliser les e-mails candidats (logo, couleurs)', 'B', 'utf-8'), w, body, s, DISC_FR, mode='html',
                lang='fr-FR', html_lang='FR', region='eu', rx=2))

    # bug: reminders not sent since Tuesday
    w = When(2026, 4, 24, 8, 5, 27)
    body = """Bonjour,

Depuis mardi, les candidats ne reçoivent plus le rappel automatique la veille de leur entretien. Trois candidats nous l'ont signalé et, en vérifiant dans GoodTime, aucun rappel n'apparaît comme envoyé pour les entretiens de mercredi, jeudi et vendredi. Jusqu'à la semaine dernière tout fonctionnait et nous n'avons rien modifié dans les modèles.

Les adresses e-mail des candidats sont correctes dans Workday. Exemple : candidate Manon Girard, entretien du 23 avril, poste de gestionnaire sinistres.

Pouvez-vous transmettre au support ?

Merci,
Camille"""
    s = 'Camille Durand\nChargée de recrutement\n' + PAR + '\nTél. : +33 1 86 95 21 40'
    add('b_fr_reminders', 'bug', 'forward_support', '', 'fr',
        'outlook;multipart-alternative;qp;utf-8;disclaimer-fr', 'reminders stopped since Tuesday',
        outlook('Camille Durand <camille.durand@pellworth.fr>', ew('Rappels candidats non envoyés depuis mardi', 'Q', 'utf-8'), w, body, s,
                DISC_FR, cs='utf-8', lang='fr-FR', html_lang='FR', region='eu', rx=4, crlf=True))

    # escalation: overall dissatisfaction, forwarded summary, winmail.dat
    w = When(2026, 4, 27, 16, 40, 15)
    body = """Bonjour,

Je vous transfère ci-dessous la synthèse que j'ai envoyée à notre DRH la semaine dernière. Pour être franc, six mois après le déploiement, les équipes France ne sont pas satisfaites : décalages d'horaires après le changement d'heure, rappels qui ne sont pas partis, et personne ne sait vraiment à qui s'adresser. Plusieurs managers sont revenus aux invitations Outlook manuelles.

Je souhaiterais un point avec notre interlocuteur chez GoodTime (le responsable du compte, pas le support) pour faire le bilan et définir un plan d'action pour la France, idéalement avant fin mai. Pouvez-vous l'organiser ?

Thomas"""
    s = 'Thomas Lefèvre\nResponsable Recrutement France\n' + PAR + '\nTél. : +33 1 86 95 21 10 | Mob. : +33 6 12 34 56 78'
    q = {'hdr': [('De :', 'Thomas Lefèvre <thomas.lefevre@pellworth.fr>'), ('Envoyé :', 'vendredi 17 avril 2026 18:04'),
                 ('À :', 'Isabelle Roux <isabelle.roux@pellworth.fr>'), ('Cc :', 'Sandrine Petit <sandrine.petit@pellworth.fr>'),
                 ('Objet :', 'Point GoodTime – retours des équipes France')],
         'text': """Isabelle,

Comme convenu, voici la synthèse des retours après six mois :
- adoption : environ 60 % des entretiens France planifiés via GoodTime (objectif 90 %) ;
- incidents : décalage d'une heure après le passage à l'heure d'été, rappels candidats non envoyés à plusieurs reprises en mars et avril ;
- accompagnement : les nouveaux managers n'ont pas été formés, et les équipes ne savent pas quand passer par le support ou par nous ;
- ressenti des candidats : plusieurs remarques sur des confirmations erronées.

Je propose de demander un bilan formel à GoodTime.

Thomas"""}
    add('e_fr_bilan', 'escalation', 'flag_csm', '', 'fr',
        'outlook;multipart-alternative;qp;windows-1252;forwarded-outlook;winmail-dat;disclaimer-fr', 'overall dissatisfaction, wants account review',
        outlook('=?iso-8859-1?Q?Thomas_Lef=E8vre?= <thomas.lefevre@pellworth.fr>',
                ew('TR: Point GoodTime – retours des équipes France', 'Q', 'Windows-1252'), w, body, s, DISC_FR, quote=q,
                lang='fr-FR', html_lang='FR', region='eu', rx=3, atts=[attach(make_tnef(9), 'application/ms-tnef', 'winmail.dat', when=w)],
                topic=ew('Point GoodTime – retours des équipes France', 'Q', 'Windows-1252')))

    # feature request via intranet idea-box robot
    w = When(2026, 4, 9, 13, 37, 52)
    body = """Une nouvelle suggestion a été déposée via la Boîte à idées RH.

Numéro :        2026-0147
Date :          09/04/2026 15:37
Déposée par :   Nicolas Bernard (Coordinateur recrutement, Paris – La Défense)
E-mail :        nicolas.bernard@pellworth.fr
Catégorie :     Outils RH > GoodTime

Suggestion :
GoodTime propose régulièrement des créneaux d'entretien les jours fériés français (lundi de Pâques, 1er et 8 mai, Ascension…) parce que les interviewers oublient de bloquer leur agenda. Ce serait bien que GoodTime connaisse le calendrier des jours fériés de chaque pays et ne propose pas ces jours-là aux collaborateurs concernés, sans que chacun ait à poser un événement.

--
Ce message a été généré automatiquement par l'intranet Pellworth France. Merci de ne pas y répondre."""
    part = tpart(body + '\n', 'plain', cs='utf-8', cte='base64')
    H = rx_internal(w, 5, region='eu') + [internal_auth(),
         ('From', 'Intranet Pellworth France <ne-pas-repondre@intranet.pellworth.fr>'), ('To', HELPADDR),
         ('Subject', ew('[Boîte à idées] Nouvelle suggestion n° 2026-0147 – GoodTime', 'B', 'utf-8')),
         ('Date', w.rfc(utc=True)), ('Message-ID', '<sugg-2026-0147.%d@intranet.pellworth.fr>' % w.epoch()),
         ('MIME-Version', '1.0'), ('Auto-Submitted', 'auto-generated'), ('X-Auto-Response-Suppress', 'All'),
         ('X-Mailer', 'PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)')]
    add('fr_fr_form_feries', 'feature_request', 'forward_support|needs_review', '', 'fr',
        'form-mailer;auto-submitted;x-auto-response-suppress;no-reply-from;base64;utf-8;rfc2047-b-utf8;received-x5',
        'idea-box robot carrying a product suggestion', assemble(H, part))

    # noise: Exchange OOF (auto-generated + suppress)
    w = When(2026, 4, 13, 6, 2, 18)
    body = """Bonjour,

Je suis absente jusqu'au lundi 20 avril inclus. Pour toute demande urgente concernant le recrutement, merci de contacter Nicolas Bernard (nicolas.bernard@pellworth.fr).

Cordialement,
Camille Durand"""
    data = outlook('Camille Durand <camille.durand@pellworth.fr>', ew('Réponse automatique : Point mensuel GoodTime – avril', 'Q', 'Windows-1252'),
                   w, body, mode='alt', lang='fr-FR', html_lang='FR', region='eu', rx=2,
                   topic=ew('Point mensuel GoodTime – avril', 'Q', 'Windows-1252'),
                   extra=[('Auto-Submitted', 'auto-generated'), ('X-Auto-Response-Suppress', 'All'),
                          ('X-MS-Exchange-Inbox-Rules-Loop', 'camille.durand@pellworth.fr')])
    add('x_fr_ooo', 'noise', 'ignore', '', 'fr', 'out-of-office;auto-generated;x-auto-response-suppress;outlook;multipart-alternative;qp',
        'French OOF that looks like a robot', data)


# =========================================================================== PORTUGUESE
LIS = 'Pellworth Portugal, S.A. · Av. da Liberdade 190 · 1250-147 Lisboa'
OPO = 'Pellworth Portugal – Contact Center · Av. da Boavista 1837 · 4100-133 Porto'


def pt_messages():
    # add-interviewer-to-pool; Outlook HTML only cp1252
    w = When(2026, 3, 16, 10, 22, 37)
    body = """Olá a todos,

O Duarte Pires, analista sénior de compliance, vai passar a fazer entrevistas técnicas para as vagas de analista de compliance júnior a partir deste mês. Até agora só a Sofia e o Miguel fazem estas entrevistas e andam sobrecarregados.

O que tenho de fazer para que o GoodTime comece a sugerir também o Duarte quando marco estas entrevistas? Ele já tem acesso ao GoodTime, mas nunca aparece nas sugestões.

Obrigada,
Inês"""
    s = 'Inês Carvalho\nTécnica de Recrutamento\n' + LIS + '\nTel. +351 21 123 4567 | ines.carvalho@pellworth.pt'
    add('q_pt_pool', 'question', 'auto_reply', 'add-interviewer-to-pool', 'pt',
        'outlook-html-only;qp;windows-1252;from-rfc2047-q;disclaimer-pt', 'new interviewer never suggested',
        outlook('=?iso-8859-1?Q?In=EAs_Carvalho?= <ines.carvalho@pellworth.pt>', 'Novo entrevistador para as entrevistas de compliance',
                w, body, s, DISC_PT, mode='html', lang='pt-PT', html_lang='PT', region='eu', rx=3))

    # candidate-reminders; Apple Mail
    w = When(2026, 3, 20, 15, 8, 5, '+0000')
    body = """Boa tarde,

No recrutamento para o contact center do Porto temos tido muitas faltas às entrevistas – na semana passada faltaram 9 em 40 candidatos.

Os candidatos recebem algum lembrete automático do GoodTime antes da entrevista? Se sim, quando é que é enviado? E se um candidato disser que não recebeu nada, o que devo verificar?

Cumprimentos,
João Ferreira"""
    s = 'João Ferreira\nResponsável de Recrutamento – Contact Center\n' + OPO + '\nTel. +351 22 123 4500'
    add('q_pt_reminders', 'question', 'auto_reply', 'candidate-reminders', 'pt',
        'apple-mail;multipart-alternative;qp;from-rfc2047-b', 'do candidates get a reminder, what to check',
        apple('=?utf-8?B?Sm/Do28gRmVycmVpcmE=?= <joao.ferreira@pellworth.pt>', 'Lembretes para os candidatos?', w, body, s, region='eu'))

    # internal-project-team; iPhone, raw UTF-8 subject
    w = When(2026, 4, 8, 19, 5, 41, '+0100')
    body = """Olá,

Comecei esta semana como assistente da administração em Lisboa e vou passar a marcar entrevistas no GoodTime. Recebi este endereço numa apresentação, mas não percebi bem: é aqui que devo mandar as minhas dúvidas do dia a dia, tipo como é que se fazem as coisas aqui na Pellworth, ou é diretamente para a GoodTime?

Obrigada!
Beatriz"""
    add('q_pt_helpline', 'question', 'auto_reply', 'internal-project-team', 'pt',
        'iphone;text-plain;qp;raw-utf8-subject;mobile-signature-pt', 'what is this help line for',
        iphone('Beatriz Costa <beatriz.costa@pellworth.pt>', 'Dúvidas sobre o GoodTime – é aqui?'.encode('utf-8'), w, body,
               sig='Enviado do meu iPhone', region='eu'))

    # ats-integration; Outlook alternative base64 utf-8, B iso-8859-1 subject
    w = When(2026, 4, 14, 8, 30, 9)
    body = """Bom dia,

Sou nova na equipa e ainda estou a perceber a ligação entre o Workday e o GoodTime.

Quando um candidato passa à fase de entrevista, tenho de o criar também no GoodTime, ou aparece lá sozinho? E se o candidato for rejeitado depois da entrevista, atualizo no Workday, no GoodTime ou nos dois?

Obrigada,
Ana Sousa"""
    s = 'Ana Sousa\nCoordenadora de Entrevistas\n' + OPO + '\nTel. +351 22 123 4522'
    subj = ew('Integração Workday/GoodTime: como funciona?', 'B', 'iso-8859-1')
    add('q_pt_ats', 'question', 'auto_reply', 'ats-integration', 'pt',
        'outlook;multipart-alternative;base64;utf-8;rfc2047-b-iso-8859-1;disclaimer-pt', 'how Workday and GoodTime fit together',
        outlook('Ana Sousa <ana.sousa@pellworth.pt>', subj, w, body, s, DISC_PT, cs='utf-8', cte='base64', lang='pt-PT', html_lang='PT',
                region='eu', rx=3, topic=subj))

    # contact-csm; reply on another thread with Portuguese Outlook header
    w = When(2026, 4, 21, 10, 47, 30)
    body = """Obrigado, já consigo ver os relatórios.

Outra questão: gostava de falar com a nossa CSM da GoodTime sobre como organizar as entrevistas do programa de trainees de setembro, que vai ter muito volume. Não tenho o contacto dela – como é que marco uma reunião?

Abraço,
Tiago"""
    s = 'Tiago Martins\nHR Business Partner\n' + LIS + '\nTel. +351 21 123 4590 | Tlm. +351 912 345 678'
    q = {'hdr': [('De:', 'GoodTime Help Line <helpline@pellworthfinancial.com>'), ('Enviada:', 'segunda-feira, 20 de abril de 2026 17:02'),
                 ('Para:', 'Tiago Martins <tiago.martins@pellworth.pt>'), ('Assunto:', 'RE: Pedido de acesso a relatórios')],
         'text': """Olá Tiago,

Já tem acesso aos relatórios de carga dos entrevistadores para Portugal. Se algum não aparecer, diga-nos.

Cumprimentos,
Aisha"""}
    add('q_pt_csm', 'question', 'auto_reply', 'contact-csm', 'pt',
        'outlook;multipart-alternative;qp;windows-1252;reply-on-top;quoted-thread-other-topic;two-topics;disclaimer-pt',
        'how to book time with the CSM',
        outlook('Tiago Martins <tiago.martins@pellworth.pt>', ew('RE: Pedido de acesso a relatórios', 'Q', 'iso-8859-1'), w, body, s,
                DISC_PT, quote=q, lang='pt-PT', html_lang='PT', region='eu', rx=3,
                topic=ew('Pedido de acesso a relatórios', 'Q', 'iso-8859-1')))

    # unanswered: CV in GoodTime
    w = When(2026, 4, 29, 9, 12, 44)
    body = """Bom dia,

Quando recebo o convite de uma entrevista marcada pelo GoodTime, consigo ver o CV do candidato e as notas da recrutadora diretamente no GoodTime, ou tenho sempre de ir ao Workday? Os meus chefes de equipa estão sempre a pedir o CV por e-mail às recrutadoras.

Cumprimentos,
Rui Almeida"""
    s = 'Rui Almeida\nDiretor de Sinistros\n' + LIS + '\nTel. +351 21 123 4610'
    add('n_pt_cv', 'question', 'forward_support', 'none', 'pt',
        'outlook-html-only;qp;windows-1252;disclaimer-pt', 'can interviewers see the CV, not covered',
        outlook('Rui Almeida <rui.almeida@pellworth.pt>', 'Ver o CV do candidato no GoodTime?', w, body, s, DISC_PT, mode='html',
                lang='pt-PT', html_lang='PT', region='eu', rx=2))

    # blocker: panel with no room; iPhone
    w = When(2026, 5, 12, 9, 47, 13, '+0100')
    body = """Bom dia, o painel de entrevistas para supervisor do contact center começa às 10h aqui no Porto, o candidato já está na receção e o GoodTime diz que não há sala reservada – a sala Douro que estava na convocatória desapareceu. Quando tento reservar outra dá erro.

Os três entrevistadores estão à espera de saber para onde ir. Ajudem por favor!"""
    add('sb_pt_sala', 'scheduling_blocker', 'forward_support', '', 'pt',
        'iphone;text-plain;qp;rfc2047-b-utf8;mobile-signature-pt;msgid-no-angle-brackets', 'panel starting, room vanished',
        iphone('Ana Sousa <ana.sousa@pellworth.pt>', ew('URGENTE – painel às 10h sem sala', 'B', 'utf-8'), w, body,
               sig='Enviado do meu iPhone', region='eu', msgid=apple_msgid('pellworth.pt')[1:-1]))

    # feature request: WhatsApp reminders
    w = When(2026, 3, 27, 11, 55, 0)
    body = """Olá,

Na sequência do problema das faltas no Porto, fica aqui uma sugestão para enviarem à GoodTime: muitos dos nossos candidatos ao contact center usam quase só o WhatsApp e raramente abrem o e-mail. Seria ótimo se o GoodTime pudesse enviar a confirmação e o lembrete por WhatsApp (ou SMS), com a possibilidade de o candidato confirmar a presença com um clique.

Cumprimentos,
João"""
    s = 'João Ferreira\nResponsável de Recrutamento – Contact Center\n' + OPO + '\nTel. +351 22 123 4500'
    add('fr_pt_whatsapp', 'feature_request', 'product_board_reply', '', 'pt',
        'outlook-html-only;qp;windows-1252;from-rfc2047-b;disclaimer-pt', 'WhatsApp reminders wish',
        outlook('=?utf-8?B?Sm/Do28gRmVycmVpcmE=?= <joao.ferreira@pellworth.pt>', ew('Sugestão para o GoodTime: lembretes por WhatsApp', 'Q', 'utf-8'),
                w, body, s, DISC_PT, mode='html', lang='pt-PT', html_lang='PT', region='eu', rx=3))

    # escalation: training for new Porto team
    w = When(2026, 5, 5, 9, 3, 58)
    body = """Bom dia,

Em junho entram 8 novos técnicos de recrutamento para o contact center do Porto, no âmbito da expansão do serviço ao cliente para Espanha. Nenhum deles trabalhou com o GoodTime.

Gostaríamos de organizar uma formação com a GoodTime, presencial ou por Teams e se possível em português, focada em agendamentos de grande volume, links de auto-agendamento e gestão de faltas. Podem tratar disto com o nosso contacto na GoodTime e indicar-nos datas possíveis para a semana de 8 de junho?

Obrigado,
Tiago Martins"""
    s = 'Tiago Martins\nHR Business Partner\n' + LIS + '\nTel. +351 21 123 4590 | Tlm. +351 912 345 678'
    add('e_pt_formacao', 'escalation', 'flag_csm', '', 'pt',
        'outlook;multipart-alternative;qp;utf-8;disclaimer-pt', 'training for a new team',
        outlook('Tiago Martins <tiago.martins@pellworth.pt>', ew('Formação GoodTime para a nova equipa de recrutamento do Porto', 'Q', 'utf-8'),
                w, body, s, DISC_PT, cs='utf-8', lang='pt-PT', html_lang='PT', region='eu', rx=5))

    # noise: calendar accept
    w = When(2026, 4, 9, 10, 14, 2)
    add('x_pt_accept', 'noise', 'ignore', '', 'pt', 'calendar-accept;text-calendar;method-reply;multipart-alternative;base64;rfc2047-b-utf8',
        'accepted help-line session invite',
        calendar_reply('Inês Carvalho', 'ines.carvalho@pellworth.pt', 'Aceite', 'ACCEPTED',
                       'Sessão de esclarecimento GoodTime – equipa de Lisboa', '20260415T100000', '20260415T110000', w,
                       lang='pt-PT', tzid='GMT Standard Time', region='eu'))


# =========================================================================== BUILD
def main():
    en_questions(); en_unanswered(); en_bugs(); en_blockers(); en_features(); en_escalations(); en_noise()
    de_messages(); es_messages(); fr_messages(); pt_messages()
    keys = [m['key'] for m in MSGS]
    assert len(keys) == len(set(keys)), 'duplicate keys'
    order = list(range(len(MSGS)))
    random.Random(424242).shuffle(order)
    for f in os.listdir(OUT):
        if f.startswith('a-') and f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    rows = []
    for n, idx in enumerate(order, 1):
        m = MSGS[idx]
        fn = 'a-%03d.eml' % n
        with open(os.path.join(OUT, fn), 'wb') as fh:
            fh.write(m['data'])
        rows.append([fn, m['category'], m['actions'], m['article'], m['language'], m['format'], m['notes']])
    with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as fh:
        wr = csv.writer(fh)
        wr.writerow(['file', 'category', 'actions', 'article', 'language', 'format', 'notes'])
        wr.writerows(rows)
    print('wrote', len(rows), 'messages')


if __name__ == '__main__':
    main()
