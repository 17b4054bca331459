#!/usr/bin/env python3
"""Batch c of the blind help-line test set (Pellworth Financial).
Writes c-001.eml ... c-100.eml and labels.csv next to this script.
Standard library only; bytes are assembled by hand where real mail is messier."""
import base64, quopri, random, os, csv, zlib, struct, datetime, email, re, io, uuid

OUT = os.path.dirname(os.path.abspath(__file__))
HL = "helpline@pellworthfinancial.com"
rng = random.Random(1003)

# ---------------------------------------------------------------- small random ids
def rhex(n): return ''.join(rng.choice('0123456789ABCDEF') for _ in range(n))
def rlow(n): return ''.join(rng.choice('0123456789abcdef') for _ in range(n))
def ran(n, al='ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'):
    return ''.join(rng.choice(al) for _ in range(n))
def ruuid(): return '%s-%s-%s-%s-%s' % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))
def b64r(n): return base64.b64encode(bytes(rng.getrandbits(8) for _ in range(n))).decode()

# ---------------------------------------------------------------- dates
OFF = {'uk': 0, 'pt': 0, 'de': 60, 'es': 60, 'fr': 60, 'use': -300, 'usc': -360}
DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
MONS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

def offset(zone, y, m, d):
    o = OFF[zone]
    if zone in ('uk', 'pt', 'de', 'es', 'fr') and (3, 29) <= (m, d) < (10, 25):
        o += 60
    if zone.startswith('us') and (3, 8) <= (m, d) < (11, 1):
        o += 60
    return o

class D:
    """D('2026-03-12 09:14', 'de') -> local date header + utc datetime"""
    def __init__(self, s, zone):
        if len(s) == 16:
            s += ':%02d' % rng.randrange(60)
        dt = datetime.datetime.strptime(s, '%Y-%m-%d %H:%M:%S')
        o = offset(zone, dt.year, dt.month, dt.day)
        self.local = dt
        self.off = o
        self.utc = dt - datetime.timedelta(minutes=o)
        self.hdr = fmt(dt, o)
    def plus(self, secs):
        return self.utc + datetime.timedelta(seconds=secs)

def fmt(dt, o):
    sign = '+' if o >= 0 else '-'
    return '%s, %d %s %d %02d:%02d:%02d %s%02d%02d' % (DAYS[dt.weekday()], dt.day, MONS[dt.month - 1], dt.year,
                                                        dt.hour, dt.minute, dt.second, sign, abs(o) // 60, abs(o) % 60)
def fmtutc(dt): return fmt(dt, 0)

# ---------------------------------------------------------------- header encodings
def _q(b):
    out = []
    for x in b:
        c = chr(x)
        if c == ' ':
            out.append('_')
        elif x < 128 and (c.isalnum() or c in '!*+-/'):
            out.append(c)
        else:
            out.append('=%02X' % x)
    return ''.join(out)

def ew1(s, cs='utf-8', enc='Q'):
    b = s.encode(cs)
    if enc.upper() == 'B':
        return '=?%s?B?%s?=' % (cs, base64.b64encode(b).decode())
    return '=?%s?Q?%s?=' % (cs, _q(b))

def ew(s, cs='utf-8', enc='Q', splits=None, maxlen=75, sep='\n '):
    """encoded words; splits = char indexes where to cut (may be mid-word)"""
    if splits:
        pieces, last = [], 0
        for i in splits:
            pieces.append(s[last:i]); last = i
        pieces.append(s[last:])
    else:
        pieces, cur = [], ''
        for ch in s:
            if len(ew1(cur + ch, cs, enc)) > maxlen:
                pieces.append(cur); cur = ch
            else:
                cur += ch
        pieces.append(cur)
    return sep.join(ew1(p, cs, enc) for p in pieces if p)

def fold(s, width=72):
    """fold a plain header value at spaces"""
    words = s.split(' ')
    lines, cur = [], ''
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur); cur = w
        else:
            cur = (cur + ' ' + w) if cur else w
    lines.append(cur)
    return '\n '.join(lines)

def addr(name, mail, mode='plain', cs='utf-8'):
    if not name:
        return mail
    if mode == 'plain':
        n = '"%s"' % name if (',' in name or '(' in name or '.' in name) else name
        return '%s <%s>' % (n, mail)
    if mode == 'raw':                       # 8-bit bytes in the given charset
        n = '"%s"' % name if ',' in name else name
        return ('%s <%s>' % (n, mail)).encode(cs)
    return '%s <%s>' % (ew(name, cs, mode), mail)

# ---------------------------------------------------------------- MIME entities
class E:
    def __init__(self, headers, body):
        self.headers = headers          # list of str/bytes lines
        self.body = body                # bytes

def _encode_body(raw, cte):
    if cte == 'quoted-printable':
        return quopri.encodestring(raw)
    if cte == 'base64':
        return base64.encodebytes(raw)
    return raw

def text(s, sub='plain', cs='utf-8', cte='quoted-printable', csq=True, params='', extra=()):
    raw = s.encode(cs)
    if cte in ('7bit',):
        raw.decode('ascii')
    csv_ = ('"%s"' % cs) if csq else cs
    h = ['Content-Type: text/%s; charset=%s%s' % (sub, csv_, params),
         'Content-Transfer-Encoding: %s' % cte] + list(extra)
    return E(h, _encode_body(raw, cte))

def attach(data, ctype, name, disp='attachment', cte='base64', extra=(), inline_cid=None):
    h = ['Content-Type: %s; name="%s"' % (ctype, name)]
    if disp:
        h.append('Content-Disposition: %s; filename="%s"; size=%d' % (disp, name, len(data)))
    h.append('Content-Transfer-Encoding: %s' % cte)
    if inline_cid:
        h.append('Content-ID: <%s>' % inline_cid)
    h += list(extra)
    return E(h, _encode_body(data, cte))

def bnd(style):
    if style == 'outlook':
        return '_000_%s%s_' % (rhex(12), rhex(20))
    if style == 'outlook-mixed':
        return '_004_%s%s_' % (rhex(12), rhex(20))
    if style == 'gmail':
        return '000000000000' + rlow(16)
    if style == 'apple':
        return 'Apple-Mail=_' + ruuid()
    if style == 'tb':
        return '------------' + ran(24)
    if style == 'notes':
        return '=_alternative 00%s_=' % rhex(14)
    return '----=_Part_%d_%d.%d' % (rng.randrange(10**5), rng.randrange(10**9), rng.randrange(10**13))

def multi(sub, parts, style='other', params='', preamble=None):
    b = bnd(style)
    body = b''
    if preamble:
        body += preamble.encode() + b'\n\n'
    for p in parts:
        body += b'--' + b.encode() + b'\n' + hlines(p.headers) + b'\n' + p.body
        if not body.endswith(b'\n'):
            body += b'\n'
    body += b'--' + b.encode() + b'--\n'
    return E(['Content-Type: multipart/%s;%s\n\tboundary="%s"' % (sub, params, b)], body)

def hlines(hs):
    out = b''
    for h in hs:
        out += (h if isinstance(h, bytes) else h.encode('utf-8')) + b'\n'
    return out

# ---------------------------------------------------------------- binary attachments
def png(w, h, seed, accent=(220, 53, 69)):
    r = random.Random(seed)
    rows = []
    for y in range(h):
        row = bytearray(b'\x00')
        for x in range(w):
            if y < 12:
                px = (88, 44, 131)                 # purple app bar
            elif 30 < y < 52 and 20 < x < w - 20:
                px = accent if (y in (31, 51) or x in (21, w - 21)) else (253, 236, 236)
            elif y % 14 == 0 and x > 20 and x < r.randrange(60, w):
                px = (120, 120, 120)
            else:
                px = (255, 255, 255)
            row += bytes(px)
        rows.append(bytes(row))
    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0)) +
            chunk(b'IDAT', zlib.compress(b''.join(rows), 9)) + chunk(b'IEND', b''))

def pdf(lines):
    content = 'BT /F1 11 Tf 50 780 Td 14 TL\n' + ''.join('(%s) Tj T*\n' % l.replace('(', '[').replace(')', ']') for l in lines) + 'ET'
    objs = ['<< /Type /Catalog /Pages 2 0 R >>',
            '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
            '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
            '<< /Length %d >>\nstream\n%s\nendstream' % (len(content), content),
            '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>']
    out = b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += ('%d 0 obj\n%s\nendobj\n' % (i, o)).encode('latin-1')
    x = len(out)
    out += ('xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)).encode()
    for o in offs:
        out += ('%010d 00000 n \n' % o).encode()
    out += ('trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, x)).encode()
    return out

def tnef(seed):
    r = random.Random(seed)
    body = b'\x78\x9f\x3e\x22' + struct.pack('<H', r.randrange(65536)) + b'\x01\x06\x90\x08\x00\x04\x00\x00\x00\x00\x00\x01\x00\x01\x00'
    body += b'\x01\x07\x90\x06\x00\x08\x00\x00\x00\xe4\x04\x00\x00\x00\x00\x00\x00\xe8\x00'
    body += b'\x01\x0d\x80\x04\x00\x02\x00\x00\x00\x02\x00\x02\x00\x01\x03\x90\x06\x00'
    body += 'IPM.Microsoft Mail.Note'.encode() + b'\x00'
    body += bytes(r.randrange(256) for _ in range(r.randrange(380, 720)))
    return body

def ics(method, uid, summary, start, end, tzid, organizer, attendees, location='', partstat=None, desc=''):
    us = 'Eastern' in tzid
    st, dl = ('-0500', '-0400') if us else (('+0000', '+0100') if 'GMT' in tzid else ('+0100', '+0200'))
    L = ['BEGIN:VCALENDAR', 'METHOD:%s' % method, 'PRODID:Microsoft Exchange Server 2010', 'VERSION:2.0',
         'BEGIN:VTIMEZONE', 'TZID:%s' % tzid, 'BEGIN:STANDARD', 'DTSTART:16010101T0%d0000' % (2 if us else 3),
         'TZOFFSETFROM:%s' % dl, 'TZOFFSETTO:%s' % st, 'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=%s' % ('1SU;BYMONTH=11' if us else '-1SU;BYMONTH=10'),
         'END:STANDARD', 'BEGIN:DAYLIGHT', 'DTSTART:16010101T0%d0000' % (2 if us else 2), 'TZOFFSETFROM:%s' % st, 'TZOFFSETTO:%s' % dl,
         'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=%s' % ('2SU;BYMONTH=3' if us else '-1SU;BYMONTH=3'), 'END:DAYLIGHT', 'END:VTIMEZONE',
         'BEGIN:VEVENT', 'ORGANIZER;CN="%s":mailto:%s' % organizer]
    for cn, m, ps in attendees:
        L.append('ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=%s;RSVP=TRUE;CN="%s":mailto:%s' % (ps, cn, m))
    if desc:
        L.append('DESCRIPTION;LANGUAGE=en-GB:%s' % desc)
    L += ['UID:%s' % uid, 'SUMMARY;LANGUAGE=en-GB:%s' % summary,
          'DTSTART;TZID=%s:%s' % (tzid, start), 'DTEND;TZID=%s:%s' % (tzid, end),
          'CLASS:PUBLIC', 'PRIORITY:5', 'DTSTAMP:20260105T090000Z', 'TRANSP:OPAQUE', 'STATUS:CONFIRMED',
          'SEQUENCE:0', 'LOCATION;LANGUAGE=en-GB:%s' % location, 'END:VEVENT', 'END:VCALENDAR']
    # fold long lines at 75 octets like Exchange does
    out = []
    for l in L:
        while len(l) > 75:
            out.append(l[:75]); l = ' ' + l[75:]
        out.append(l)
    return '\n'.join(out) + '\n'

# ---------------------------------------------------------------- trace headers
EXO_EU = ['AM9PR06MB7321', 'DB9PR06MB8120', 'AS8PR06MB7764', 'PA4PR06MB7087', 'DU0PR06MB9124', 'VI1PR06MB6520']
EXO_UK = ['LO2P265MB5731', 'CWLP265MB3370', 'LO4P265MB6440', 'LNXP265MB2215']
EXO_US = ['BN0PR12MB5870', 'SA1PR12MB8916', 'CH3PR12MB7643', 'MN2PR12MB4192']

def v6(): return '2603:10a6:%s:%s::%s' % (rlow(3), rlow(2), rlow(2))

def exo_host(region):
    if region == 'uk':
        return rng.choice(EXO_UK), 'GBRP265.PROD.OUTLOOK.COM'
    if region == 'us':
        return rng.choice(EXO_US), 'namprd12.prod.outlook.com'
    return rng.choice(EXO_EU), 'eurprd06.prod.outlook.com'

TLS = '(version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384)'

def received(n, d, origin='exo', region='eu', src_dom='pellworthfinancial.com', src_ip=None):
    """n Received headers, newest first. origin: exo | google | onprem | notes | form | ext"""
    hops = []     # oldest first, each a function of timestamp string
    src_ip = src_ip or '40.107.%d.%d' % (rng.randrange(1, 250), rng.randrange(1, 250))
    t = 0
    a, reg = exo_host(region)
    if origin == 'exo':
        hops.append(lambda ts, a=a, reg=reg: 'from %s.%s (%s) by %s.%s\n (%s) with Microsoft SMTP Server %s\n id 15.20.8769.%d; %s' % (a, reg.lower(), v6(), a, reg.lower(), v6(), TLS, rng.randrange(10, 40), ts))
    elif origin == 'google':
        hops.append(lambda ts: 'by mail-ed1-f%d.google.com with SMTP id 4fb4d7f45d1cf-5e5c%s%s\n for <%s>; %s' % (rng.randrange(40, 70), rlow(4), ran(2).lower(), HL, ts))
        hops.append(lambda ts: 'from mail-ed1-f%d.google.com (mail-ed1-f%d.google.com [209.85.208.%d])\n by mx0a-00452301.pphosted.com (PPS) with ESMTPS id 52C%s\n (version=TLSv1.2 cipher=ECDHE-RSA-AES128-GCM-SHA256 bits=128 verify=NOT)\n for <%s>; %s' % (rng.randrange(40, 70), rng.randrange(40, 70), rng.randrange(20, 99), ran(10), HL, ts))
    elif origin in ('onprem', 'notes'):
        if origin == 'notes':
            hops.append(lambda ts: 'from HHMAIL01.pellworth.de ([10.20.4.31])\n by HHRELAY02.pellworth.de (HCL Domino Release 12.0.2)\n with ESMTP id 2026%s; %s' % (rlow(10), ts))
        hops.append(lambda ts: 'from HHEXCH02.pellworth.local (10.20.4.12) by HHEXCH01.pellworth.local\n (10.20.4.11) with Microsoft SMTP Server %s\n id 15.2.1544.14; %s' % (TLS, ts))
        hops.append(lambda ts: 'from mailgw1.%s (mailgw1.%s [%s])\n by mx0b-00452301.pphosted.com (PPS) with ESMTPS id 52D%s\n (version=TLSv1.2 cipher=ECDHE-RSA-AES256-GCM-SHA384 bits=256 verify=NOT)\n for <%s>; %s' % (src_dom, src_dom, src_ip, ran(10), HL, ts))
    elif origin == 'form':
        hops.append(lambda ts: 'from intranet-web03.pellworthfinancial.local (localhost [127.0.0.1])\n by relay-int01.pellworthfinancial.local (Postfix) with ESMTP id 4Z%s\n for <%s>; %s' % (ran(9), HL, ts))
        hops.append(lambda ts: 'from relay-int01.pellworthfinancial.local (relay-int01.pellworthfinancial.local [10.40.2.17])\n by mx0a-00452301.pphosted.com (PPS) with ESMTPS id 52E%s\n (version=TLSv1.2 cipher=ECDHE-RSA-AES256-GCM-SHA384 bits=256 verify=NOT)\n for <%s>; %s' % (ran(10), HL, ts))
    elif origin == 'ext':
        hops.append(lambda ts: 'from [127.0.0.1] (localhost [127.0.0.1])\n by %s (Postfix) with ESMTPSA id %s\n for <%s>; %s' % ('mta-out-%d.%s' % (rng.randrange(1, 9), src_dom), ran(12), HL, ts))
        hops.append(lambda ts: 'from mta-out-%d.%s (mta-out-%d.%s [%s])\n by mx0a-00452301.pphosted.com (PPS) with ESMTPS id 52F%s\n (version=TLSv1.3 cipher=TLS_AES_256_GCM_SHA384 bits=256 verify=NOT)\n for <%s>; %s' % (3, src_dom, 3, src_dom, src_ip, ran(10), HL, ts))
    if origin in ('google', 'onprem', 'notes', 'form', 'ext'):
        hops.append(lambda ts: 'from pps.filterd (m0%d.ppops.net [127.0.0.1])\n by mx0a-00452301.pphosted.com (8.18.1.2/8.18.1.2) with ESMTP id 52G%s\n for <%s>; %s' % (rng.randrange(100000, 999999), ran(9), HL, ts))
        hops.append(lambda ts: 'from mx0a-00452301.pphosted.com (148.163.150.%d) by\n AM4PEPF00027A6B.mail.protection.outlook.com (%s) with Microsoft SMTP\n Server %s id 15.20.8769.15 via Frontend Transport; %s' % (rng.randrange(2, 250), v6(), TLS, ts))
        hops.append(lambda ts: 'from AM4PEPF00027A6B.eurprd04.prod.outlook.com (%s) by\n DB8PR04CA0012.outlook.office365.com (%s) with Microsoft SMTP Server\n %s id 15.20.8769.23 via Frontend Transport; %s' % (v6(), v6(), TLS, ts))
    else:
        hops.append(lambda ts: 'from %s.%s (%s) by\n AS9PR06CA0123.outlook.office365.com (%s) with Microsoft SMTP Server\n %s id 15.20.8769.20 via Frontend Transport; %s' % (a, reg.lower(), v6(), v6(), TLS, ts))
        hops.append(lambda ts: 'from AS9PR06CA0123.eurprd06.prod.outlook.com (%s) by\n DB8PR04CA0031.eurprd04.prod.outlook.com (%s) with Microsoft SMTP Server\n %s id 15.20.8769.22; %s' % (v6(), v6(), TLS, ts))
    b1 = rng.choice(EXO_EU)
    hops.append(lambda ts: 'from DB8PR04CA0012.eurprd04.prod.outlook.com (%s) by\n %s.eurprd06.prod.outlook.com (%s) with Microsoft SMTP Server\n %s id 15.20.8769.22; %s' % (v6(), b1, v6(), TLS, ts))
    hops.append(lambda ts: 'from %s.eurprd06.prod.outlook.com (%s) by\n DU2PR06MB8237.eurprd06.prod.outlook.com with HTTPS; %s' % (b1, v6(), ts))
    # trim middle hops to n
    while len(hops) > n and len(hops) > 2:
        del hops[len(hops) // 2]
    while len(hops) < n:
        hops.insert(-1, lambda ts: 'from DU2PR06MB8237.eurprd06.prod.outlook.com (%s) by\n DU2PR06MB8237.eurprd06.prod.outlook.com (%s) with Microsoft SMTP Server\n %s id 15.20.8769.22 via Mailbox Transport; %s' % (v6(), v6(), TLS, ts))
    out = []
    for i, h in enumerate(hops):
        t += rng.randrange(0, 3)
        ts = fmt(d.local, d.off) if i == 0 else fmtutc(d.plus(t))
        out.append(h(ts))
    return ['Received: ' + x for x in reversed(out)]

def dkim(dom, sel='selector1', heads='From:To:Subject:Date:Message-ID:Content-Type:MIME-Version'):
    b = b64r(128)
    bl = '\n\t '.join([b[i:i + 70] for i in range(0, len(b), 70)])
    return 'DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;\n\ts=%s; t=%d; bh=%s;\n\th=%s;\n\tb=%s' % (
        dom, sel, 1767225600 + rng.randrange(10**7), b64r(32), heads, bl)

def arc(dom):
    s1 = b64r(160); s2 = b64r(160)
    f = lambda b: '\n '.join([b[i:i + 74] for i in range(0, len(b), 74)])
    return ['ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b=' + f(s1),
            'ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector10001;\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\n bh=%s;\n b=%s' % (b64r(32), f(s2)),
            'ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=pass\n smtp.mailfrom=%s; dmarc=pass action=none header.from=%s;\n dkim=pass header.d=%s; arc=none' % (dom, dom, dom)]

def authres(dom, ip=None, res='pass'):
    ip = ip or '40.107.%d.%d' % (rng.randrange(1, 250), rng.randrange(1, 250))
    if res == 'pass':
        return ('Authentication-Results: spf=pass (sender IP is %s)\n smtp.mailfrom=%s; dkim=pass (signature was verified)\n header.d=%s;dmarc=pass action=none header.from=%s;compauth=pass\n reason=100' % (ip, dom, dom, dom))
    return ('Authentication-Results: spf=softfail (sender IP is %s)\n smtp.mailfrom=%s; dkim=none (message not signed)\n header.d=none;dmarc=fail action=none header.from=%s;compauth=fail\n reason=001' % (ip, dom, dom))

# ---------------------------------------------------------------- message ids
def mid(style, dom='pellworthfinancial.com', region='eu'):
    if style == 'outlook':
        a, reg = exo_host(region)
        return '<%s%s@%s.%s>' % (a, rhex(26), a, reg)
    if style == 'gmail':
        return '<CA%s@mail.gmail.com>' % ran(58, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-=')
    if style == 'apple':
        return '<%s@%s>' % (ruuid(), dom)
    if style == 'tb':
        return '<%s@%s>' % (ruuid().lower(), dom)
    if style == 'notes':
        return '<OF%s.%s-ON%s.%s-C1258C4F.%s@pellworth.de>' % (rhex(8), rhex(8), rhex(8), rhex(8), rhex(8))
    if style == 'onprem':
        return '<%s@HHEXCH02.pellworth.local>' % rhex(32).lower()
    return '<%s.%s@%s>' % (datetime.datetime(2026, 1, 1).strftime('%Y%m%d') + rhex(6), rhex(5), dom)

def thread_index():
    return 'AQH' + b64r(19)[:26] + '=='

CLIENTS = {
    'outlook': lambda lang: ['Thread-Index: ' + thread_index(), 'Accept-Language: %s, en-US' % lang,
                             'Content-Language: %s' % lang, 'X-MS-Exchange-Organization-AuthAs: Internal',
                             'X-MS-Exchange-Organization-AuthSource: DU2PR06MB8237.eurprd06.prod.outlook.com',
                             'X-MS-Has-Attach: ', 'X-MS-TNEF-Correlator: '],
    'outlook-mac': lambda lang: ['Thread-Index: ' + thread_index(), 'Content-Language: %s' % lang,
                                 'User-Agent: Microsoft-MacOutlook/16.94.25020917'],
    'outlook-desktop': lambda lang: ['X-Mailer: Microsoft Outlook 16.0', 'Thread-Index: ' + thread_index(),
                                     'Content-Language: %s' % lang],
    'gmail': lambda lang: [],
    'apple': lambda lang: ['X-Mailer: Apple Mail (2.3826.400.131.1.6)'],
    'iphone': lambda lang: ['X-Mailer: iPhone Mail (22D82)'],
    'tb': lambda lang: ['User-Agent: Mozilla Thunderbird', 'Content-Language: %s' % lang],
    'notes': lambda lang: ['X-Mailer: HCL Notes Release 12.0.2 November 03, 2022',
                           'X-MIMETrack: Serialize by Router on HHMAIL01/Pellworth(Release 12.0.2|November 03, 2022)'],
    'roundcube': lambda lang: ['User-Agent: Roundcube Webmail/1.6.9'],
    'none': lambda lang: [],
}

def H(frm, subj, d, to=None, cc=None, client='outlook', msgid='auto', dom='pellworthfinancial.com', region='eu',
      irt=None, refs=None, extra=(), recv=0, origin='exo', auth=False, lang='en-GB', topic=None, pre=(), idstyle=None):
    hs = list(pre)
    if recv:
        hs += received(recv, d, origin=origin, region=region, src_dom=dom)
    if auth:
        hs += arc(dom)
        hs.append(authres(dom))
        hs.append(dkim(dom))
    hs.append(('From', frm))
    hs.append(('To', to or 'GoodTime Help Line <%s>' % HL))
    if cc:
        hs.append(('CC', cc))
    hs.append(('Subject', subj))
    if client in ('outlook', 'outlook-mac', 'outlook-desktop') and topic:
        hs.append(('Thread-Topic', topic))
    hs.append(('Date', d.hdr))
    if msgid == 'auto':
        msgid = mid(idstyle or {'outlook': 'outlook', 'outlook-mac': 'outlook', 'outlook-desktop': 'outlook',
                                'gmail': 'gmail', 'apple': 'apple', 'iphone': 'apple', 'tb': 'tb',
                                'notes': 'notes'}.get(client, 'other'), dom, region)
    if msgid:
        hs.append(('Message-ID', msgid))
    if irt:
        hs.append(('In-Reply-To', irt))
        hs.append(('References', refs or irt))
    hs += CLIENTS[client](lang)
    hs += list(extra)
    return hs

# ---------------------------------------------------------------- body text / html
def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace('"', '&quot;')

class B:
    """A body: new text, optionally a quoted/forwarded older message.
    q: None | 'gt' (attribution + > lines) | 'outlook' | 'orig' | 'fwd-gmail' | 'fwd-apple' | 'fwd-outlook'
    qh: list of (label, value) for header blocks, or the attribution line for 'gt'."""
    def __init__(self, new, q=None, qh=None, old='', sep=None):
        self.new, self.q, self.qh, self.old, self.sep = new.strip('\n'), q, qh, old.strip('\n'), sep

    def plain(self):
        t = self.new + '\n'
        if self.q == 'gt':
            t += '\n' + self.qh + '\n' + '\n'.join(('> ' + l) if l else '>' for l in self.old.split('\n')) + '\n'
        elif self.q in ('outlook', 'fwd-outlook'):
            t += '\n' + (self.sep if self.sep is not None else '________________________________') + '\n'
            t += '\n'.join('%s %s' % (k, v) for k, v in self.qh) + '\n\n' + self.old + '\n'
        elif self.q == 'orig':
            t += '\n' + (self.sep or '-----Original Message-----') + '\n'
            t += '\n'.join('%s %s' % (k, v) for k, v in self.qh) + '\n\n' + self.old + '\n'
        elif self.q == 'fwd-gmail':
            t += '\n' + (self.sep or '---------- Forwarded message ---------') + '\n'
            t += '\n'.join('%s %s' % (k, v) for k, v in self.qh) + '\n\n' + self.old + '\n'
        elif self.q == 'fwd-apple':
            t += '\n' + (self.sep or 'Begin forwarded message:') + '\n\n'
            t += '\n'.join('%s %s' % (k, v) for k, v in self.qh) + '\n\n' + self.old + '\n'
        return t

def _paras_outlook(txt, lang):
    out = []
    for l in txt.split('\n'):
        if l.strip() == '':
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        else:
            out.append('<p class="MsoNormal"><span lang="%s">%s<o:p></o:p></span></p>' % (lang, esc(l)))
    return '\n'.join(out)

OUTLOOK_HEAD = '''<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=%s">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:Aptos;}
@font-face
	{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"%s",sans-serif;
	mso-ligatures:standardcontextual;
	mso-fareast-language:EN-US;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:#0563C1;
	text-decoration:underline;}
span.EmailStyle17
	{mso-style-type:personal-compose;
	font-family:"%s",sans-serif;
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
<body lang="%s" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
'''

def html_outlook(b, cs='windows-1252', lang='EN-GB', font='Aptos'):
    h = OUTLOOK_HEAD % (cs, font, font, lang)
    h += _paras_outlook(b.new, lang) + '\n'
    if b.q in ('outlook', 'fwd-outlook', 'orig'):
        h += '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        if b.q == 'orig':
            h += '<p class="MsoNormal">%s<o:p></o:p></p>\n' % esc(b.sep or '-----Original Message-----')
        h += '<div>\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n<p class="MsoNormal">'
        h += '<br>\n'.join('<b>%s</b> %s' % (esc(k), esc(v)) for k, v in b.qh)
        h += '<o:p></o:p></p>\n</div>\n</div>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        h += _paras_outlook(b.old, lang) + '\n'
    elif b.q == 'gt':
        h += '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n<p class="MsoNormal">%s<o:p></o:p></p>\n' % esc(b.qh)
        h += '<blockquote style="border:none;border-left:solid #CCCCCC 1.0pt;padding:0cm 0cm 0cm 6.0pt;margin-left:4.8pt;margin-right:0cm">\n'
        h += _paras_outlook(b.old, lang) + '\n</blockquote>\n'
    h += '</div>\n</body>\n</html>\n'
    return h

def _divs(txt):
    return ''.join('<div>%s</div>' % (esc(l) if l.strip() else '<br>') for l in txt.split('\n'))

def html_gmail(b):
    h = '<div dir="ltr">' + _divs(b.new) + '</div>'
    if b.q == 'gt':
        h += ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
              '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
              '%s</blockquote></div>' % (esc(b.qh), _divs(b.old)))
    elif b.q:
        h += ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br>%s<br></div><br><br>%s</div>'
              % (esc(b.sep or '---------- Forwarded message ---------'),
                 '<br>'.join('%s %s' % (esc(k), esc(v)) for k, v in b.qh), _divs(b.old)))
    return h + '\n'

def html_apple(b):
    h = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
         '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">')
    h += '<br>'.join(esc(l) for l in b.new.split('\n'))
    if b.q == 'gt':
        h += '<div><br><blockquote type="cite"><div>%s</div><br>%s</blockquote></div>' % (esc(b.qh), '<br>'.join(esc(l) for l in b.old.split('\n')))
    elif b.q:
        h += '<div><br><blockquote type="cite"><div>%s</div><br>' % esc(b.sep or 'Begin forwarded message:')
        for k, v in b.qh:
            h += '<div style="margin-top: 0px; margin-right: 0px; margin-bottom: 0px; margin-left: 0px;"><span style="font-family: -webkit-system-font, Helvetica Neue, Helvetica, sans-serif; color:rgba(0, 0, 0, 1.0);"><b>%s</b></span> <span style="font-family: -webkit-system-font, Helvetica Neue, Helvetica, sans-serif;">%s</span></div>' % (esc(k), esc(v))
        h += '<br><div>%s</div></blockquote></div>' % '<br>'.join(esc(l) for l in b.old.split('\n'))
    return h + '</body></html>\n'

def html_simple(b):
    return '<html><body>\n' + '<br>\n'.join(esc(l) for l in b.plain().split('\n')) + '\n</body></html>\n'

# convenience builders --------------------------------------------------------
def outlook_html_only(b, cs='windows-1252', cte='quoted-printable', lang='EN-GB', font='Aptos'):
    return text(html_outlook(b, cs, lang, font), 'html', cs, cte)

def outlook_alt(b, cs='utf-8', cte='quoted-printable', lang='EN-GB', hcs=None, hcte=None, font='Aptos'):
    hcs = hcs or cs
    return multi('alternative', [text(b.plain(), 'plain', cs, cte), text(html_outlook(b, hcs, lang, font), 'html', hcs, hcte or cte)], 'outlook')

def gmail_alt(b, cte='quoted-printable', cs='UTF-8'):
    return multi('alternative', [text(b.plain(), 'plain', cs, cte, csq=True), text(html_gmail(b), 'html', cs, cte, csq=True)], 'gmail')

def apple_alt(b, cte='quoted-printable'):
    return multi('alternative', [text(b.plain(), 'plain', 'utf-8', cte, csq=False), text(html_apple(b), 'html', 'utf-8', cte, csq=False)], 'apple')

# ---------------------------------------------------------------- registry
MSGS = []
def add(cat, act, art, lang, tags, hdr, ent, notes='', crlf=True, raw=None):
    MSGS.append(dict(cat=cat, act=act, art=art, lang=lang, tags=tags, hdr=hdr, ent=ent, notes=notes, crlf=crlf, raw=raw))

def build(hdr, ent, mime=True):
    out = b''
    for h in hdr:
        if isinstance(h, tuple):
            k, v = h
            out += k.encode() + b': ' + (v if isinstance(v, bytes) else v.encode('utf-8')) + b'\n'
        else:
            out += (h if isinstance(h, bytes) else h.encode('utf-8')) + b'\n'
    if mime:
        out += b'MIME-Version: 1.0\n'
    out += hlines(ent.headers) + b'\n' + ent.body
    return out

# ---------------------------------------------------------------- disclaimers & signatures
DISC_UK = '''This e-mail and any attachments are CONFIDENTIAL and may be legally privileged. They are intended solely for the addressee. If you have received this e-mail in error, please notify the sender immediately by return e-mail and delete it from your system; you must not copy, forward, disclose or otherwise use it. Pellworth Financial will never ask you to make URGENT payments or change bank details by e-mail - always verify such requests by telephone.
Pellworth Financial plc is registered in England and Wales (No. 03118842), registered office 1 Pellworth Square, London EC2M 4YA. Pellworth Bank plc is authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority and the Prudential Regulation Authority. Pellworth Insurance Services Limited is authorised and regulated by the Financial Conduct Authority.'''

DISC_US = '''CONFIDENTIALITY NOTICE: This message, including any attachments, is intended only for the named recipient(s) and may contain CONFIDENTIAL, proprietary or legally privileged information. If you are not the intended recipient, any review, use, disclosure or distribution is strictly prohibited. If you received this message in error, please notify the sender immediately and permanently delete it. Pellworth Financial Services, Inc. and its affiliates. Insurance products are offered through Pellworth Insurance Company of America and are NOT FDIC insured.'''

DISC_DE = '''Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser E-Mail sind nicht gestattet.
This e-mail may contain CONFIDENTIAL information. If you are not the intended recipient or have received this e-mail in error, please notify the sender immediately and destroy this e-mail.

Pellworth Versicherung AG | Sitz der Gesellschaft: Hamburg | Registergericht: Amtsgericht Hamburg, HRB 148 227
Vorstand: Dr. Martina Feldhaus (Vorsitzende), Ralf Oberländer, Sibylle Grote | Vorsitzender des Aufsichtsrats: Prof. Dr. Hinrich Paulsen'''

DISC_ES = '''AVISO DE CONFIDENCIALIDAD: Este mensaje y sus archivos adjuntos son CONFIDENCIALES y se dirigen exclusivamente a su destinatario. Si usted ha recibido este mensaje por error, le rogamos que lo comunique inmediatamente al remitente y proceda a su eliminación. Queda prohibida cualquier copia, uso o distribución no autorizada.
PROTECCIÓN DE DATOS: Pellworth Seguros España, S.A. tratará sus datos conforme al Reglamento (UE) 2016/679 (RGPD). Puede ejercer sus derechos en privacidad@pellworth.es.
Pellworth Seguros España, S.A. - Paseo de la Castellana 141, 28046 Madrid - Inscrita en el Registro Mercantil de Madrid, Tomo 31.408, Folio 112, Hoja M-565321 - CIF A-87654321'''

DISC_FR = '''Ce message et toutes les pièces jointes sont CONFIDENTIELS et établis à l'intention exclusive de leurs destinataires. Si vous avez reçu ce message par erreur, merci d'en avertir immédiatement l'expéditeur et de le détruire. Toute utilisation, diffusion ou publication, totale ou partielle, est interdite sauf autorisation expresse.
Pellworth Assurances France SAS - Société par actions simplifiée au capital de 12 000 000 EUR - 52 rue de la Victoire, 75009 Paris - RCS Paris 812 345 678 - Entreprise régie par le Code des assurances.'''

DISC_PT = '''AVISO DE CONFIDENCIALIDADE: Esta mensagem e os respetivos anexos são CONFIDENCIAIS e destinam-se exclusivamente ao(s) destinatário(s) indicado(s). Se recebeu esta mensagem por erro, por favor notifique imediatamente o remetente e elimine-a do seu sistema. É proibida a cópia, divulgação ou utilização não autorizada.
Pellworth Seguros Portugal, S.A. - Avenida da Liberdade 190, 1250-147 Lisboa - Capital social 25.000.000 EUR - NIPC 509 876 543 - Matriculada na Conservatória do Registo Comercial de Lisboa.'''

def html_notes(t):
    return ('<font size=2 face="sans-serif">' + '<br>'.join(esc(l) for l in t.split('\n')) + '</font>\n')

# =====================================================================================
# QUESTIONS ANSWERED BY AN ARTICLE
# =====================================================================================

# --- de / support-hours (Lotus Notes, Q-encoded latin-1 subject)
d = D('2026-03-16 07:52', 'de')
t = '''Hallo zusammen,

am Samstag, 21.03., haben wir in Hamburg unseren Auswahltag für die neuen Trainees in der Schadenregulierung (8 Bewerber:innen, 3 Räume, Einzelgespräche ab 9 Uhr).

Falls GoodTime an dem Tag zickt: Erreiche ich bei GoodTime dann überhaupt jemanden, oder ist deren Support nur unter der Woche besetzt? Und wie schnell melden die sich erfahrungsgemäß zurück, gibt es da irgendwelche festen Zusagen?

Danke und viele Grüße
Anja Krüger

Anja Krüger
Talent Acquisition Partnerin | Personal
Pellworth Versicherung AG
Überseering 12 | 22297 Hamburg
Tel. +49 40 6370-4418
anja.krueger@pellworth.de

''' + DISC_DE
add('question', 'auto_reply', 'support-hours', 'de', 'lotus-notes;rfc2047-q-latin1;multipart-alternative',
    H(addr('Anja Krüger', 'anja.krueger@pellworth.de', 'Q', 'iso-8859-1'),
      ew('Erreichbarkeit GoodTime am Samstag (Auswahltag Trainees Schaden)?', 'iso-8859-1', 'Q'), d,
      client='notes', dom='pellworth.de', recv=8, origin='notes', lang='de-DE'),
    multi('alternative', [text(t, 'plain', 'ISO-8859-1', 'quoted-printable', csq=True),
                          text(html_notes(t), 'html', 'ISO-8859-1', 'quoted-printable', csq=True)], 'notes'),
    notes='weekend availability and response times of support')

# --- de / panel-interviews (Outlook alt, base64 utf-8, B-encoded subject)
d = D('2026-02-10 14:31', 'de')
t = '''Hallo,

für die Stelle „Underwriter Gewerbe (m/w/d)" möchten wir die zweite Runde so machen wie immer: zuerst ein gemeinsames Gespräch mit mir, Frau Yilmaz (Personal) und einem Mitglied des Betriebsrats – alle drei gleichzeitig mit dem Bewerber –, danach ein separater Fachteil mit Herrn Kessler aus der Risikoprüfung, ca. 45 Minuten, am besten direkt im Anschluss mit einer kurzen Pause dazwischen.

Bisher hat unsere Assistenz so etwas per Hand in Outlook zusammengesucht. Wie baue ich das in GoodTime auf? Geht das in einem Rutsch oder lege ich zwei getrennte Termine an? Und was mache ich, wenn GoodTime für alle zusammen nichts Passendes findet – der Betriebsrat hat nur dienstags und donnerstags Zeit.

Gruß
Thomas Brandt

Thomas Brandt
Abteilungsleiter Underwriting Gewerbe
Pellworth Versicherung AG – Niederlassung Köln
Mediapark 8 | 50670 Köln
Telefon +49 221 8893-210 | Mobil +49 160 9914 3327

''' + DISC_DE
b = B(t)
add('question', 'auto_reply', 'panel-interviews', 'de', 'outlook;multipart-alternative;base64;rfc2047-b-utf8',
    H(addr('Brandt, Thomas', 'thomas.brandt@pellworth.de'), ew('Gespräch mit drei Personen + Fachteil – wie in GoodTime anlegen?', 'utf-8', 'B'), d,
      dom='pellworth.de', recv=6, origin='onprem', auth=True, lang='de-DE', topic=ew('Gespräch mit drei Personen + Fachteil – wie in GoodTime anlegen?', 'utf-8', 'B'), idstyle='onprem'),
    outlook_alt(b, 'utf-8', 'base64', 'DE'),
    notes='panel plus separate session; works council member on panel')

# --- de / calendar-sync (Outlook html-only, qp windows-1252, reply above unrelated thread)
d = D('2026-03-04 11:06', 'de')
b = B('''Hallo GoodTime-Team,

zur Sprechstunde am Donnerstag schaffe ich es leider nicht, deshalb kurz auf diesem Weg:

Ich musste gestern mein Windows-Passwort ändern und seitdem steht in GoodTime oben ein gelber Balken, irgendwas mit Kalender. Außerdem schlägt mir GoodTime plötzlich Zeiten vor, in denen ich eigentlich Termine habe. Muss ich da selbst etwas machen? Wie verbinde ich meinen Kalender wieder richtig?

Danke!
Julia

Julia Neumann
Recruiting-Koordinatorin
Pellworth Financial – Standort Frankfurt
Taunusanlage 21 | 60325 Frankfurt am Main
T +49 69 2578-1140''', 'outlook',
      [('Von:', 'GoodTime Help Line <helpline@pellworthfinancial.com>'), ('Gesendet:', 'Montag, 2. März 2026 16:45'),
       ('An:', 'DL Recruiting DACH <dl-recruiting-dach@pellworth.de>'), ('Betreff:', 'GoodTime-Sprechstunde im März')],
      '''Liebe Kolleginnen und Kollegen,

auch im März bieten wir wieder eine offene GoodTime-Sprechstunde für Koordinator:innen und Recruiter:innen an:

Donnerstag, 5. März, 14:00–15:00 Uhr (Teams-Link folgt per Einladung)

Themen diesmal: Interviewer-Pools, Vorlagen für Bewerberbestätigungen und eure Fragen.

Viele Grüße
Euer GoodTime-Projektteam''')
add('question', 'auto_reply', 'calendar-sync', 'de', 'outlook-html-only;qp;windows-1252;reply-unrelated-thread',
    H(addr('Neumann, Julia', 'julia.neumann@pellworth.de'), ew('AW: GoodTime-Sprechstunde im März', 'iso-8859-1', 'Q'), d, dom='pellworth.de', lang='de-DE',
      topic=ew('GoodTime-Sprechstunde im März', 'iso-8859-1', 'Q'), recv=5, origin='onprem', idstyle='onprem',
      irt='<DU2PR06MB8237A91C4F6E2B7D0A3C9E11B2F4D6A8@DU2PR06MB8237.eurprd06.prod.outlook.com>'),
    outlook_html_only(b, 'windows-1252', lang='DE'), notes='reconnect calendar after password change; quoted thread is office hours invite')

# --- de / interviewer-training (iPhone, raw utf-8 subject, qp)
d = D('2026-01-27 18:47', 'de')
add('question', 'auto_reply', 'interviewer-training', 'de', 'iphone;raw-utf8-subject;qp;mobile-signature',
    H('Stefan Hoffmann <stefan.hoffmann@pellworth.de>', 'Neue Gruppenleiter als Interviewer – erst nur zuhören?', d,
      client='iphone', dom='pellworth.de', recv=7, origin='onprem'),
    text('''Hallo,

wir haben im Kfz-Schaden drei neue Gruppenleiter, die ab Q2 auch Vorstellungsgespräche führen sollen. Bei uns ist es üblich, dass man erst ein paar Mal nur dabeisitzt, dann selbst führt und ein erfahrener Kollege schaut zu und gibt Feedback.

Kann GoodTime so was abbilden? Also dass die drei automatisch bei Gesprächen mit eingeplant werden, ohne dass ich jedes Mal die Einladung manuell erweitern muss? Und wer legt fest, ab wann sie allein dürfen?

Gruß Stefan

Von meinem iPhone gesendet''', 'plain', 'utf-8', 'quoted-printable', csq=False),
    notes='shadowing / reverse shadowing path for new interviewers')

# --- de / internal-project-team (Thunderbird, 8bit utf-8 flowed)
d = D('2026-02-19 09:12', 'de')
add('question', 'auto_reply', 'internal-project-team', 'de', 'thunderbird;8bit;format-flowed;rfc2047-q-utf8-from',
    H(addr('Melanie Schäfer', 'melanie.schaefer@pellworth.de', 'Q'), 'Wer sitzt eigentlich hinter dieser Adresse?', d,
      client='tb', dom='pellworth.de', lang='de-DE', recv=6, origin='onprem'),
    text('''Guten Morgen,

kurze Verständnisfrage, bevor ich hier jede Kleinigkeit hinschicke: Wer  
liest diese Adresse eigentlich? Landet das direkt bei GoodTime oder sitzt  
da jemand von uns?

Und was genau soll man euch schicken? Auch Sachen wie „wie machen wir das  
bei Pellworth normalerweise mit den Absagen" oder nur technische Probleme?  
Ich bin erst seit Januar im HR-Team in Frankfurt und möchte niemanden mit  
falschen Anfragen zuschütten.

Viele Grüße
Melanie Schäfer
HR-Referentin | Pellworth Financial Frankfurt
''', 'plain', 'utf-8', '8bit', csq=False, params='; format=flowed'),
    notes='who runs the help line and what to send')

# --- es / contact-support (Gmail alt, B utf-8 subject)
d = D('2026-02-24 12:40', 'es')
b = B('''Hola,

Una pregunta rápida: ¿GoodTime tiene algún teléfono al que llamar cuando algo no funciona? Lo he buscado en su web y no lo encuentro por ningún lado.

Si no hay teléfono, ¿cuál es la manera más rápida de hablar con ellos? ¿Y qué conviene mandarles para que no me pidan veinte cosas antes de contestar?

Gracias,
Lucía

--
Lucía Fernández Aguado
Técnica de Selección · Recursos Humanos
Pellworth Seguros España
Paseo de la Castellana 141, 28046 Madrid
+34 91 555 27 40''')
add('question', 'auto_reply', 'contact-support', 'es', 'gmail;multipart-alternative;qp;rfc2047-b-utf8',
    H(addr('Lucía Fernández Aguado', 'lucia.fernandez@pellworth.es', 'B'), ew('¿Teléfono de GoodTime?', 'utf-8', 'B'), d,
      client='gmail', dom='pellworth.es', recv=7, origin='google', auth=True),
    gmail_alt(b), notes='no phone line; how to reach support and what to include')

# --- es / cancel-interview (Outlook html-only, qp iso-8859-1, Q subject split mid-word)
d = D('2026-03-10 10:18', 'es')
b = B('''Buenos días:

La candidata al puesto de tramitadora de siniestros de hogar nos ha comunicado esta mañana que ha aceptado otra oferta. Tengo en el calendario la entrevista del jueves a las 11:00 con ella, conmigo y con Rocío de RR. HH.

¿La borro directamente de mi Outlook o hay que hacer algo en GoodTime? No quiero que a la candidata le llegue un correo raro ni que la sala se quede reservada para nada.

Un saludo,

Javier Moreno Castillo
Responsable de Tramitación de Siniestros Hogar
Pellworth Seguros España - Oficina de Sevilla
Avda. de la Constitución 34, 41001 Sevilla
Tel. +34 954 55 81 20

''' + DISC_ES.replace('·', '-'))
add('question', 'auto_reply', 'cancel-interview', 'es', 'outlook-html-only;qp;iso-8859-1;rfc2047-q-latin1-split',
    H(addr('Moreno Castillo, Javier', 'javier.moreno@pellworth.es'), ew('Candidata retirada - ¿cómo anulo la entrevista del jueves?', 'iso-8859-1', 'Q', splits=[23, 41]), d,
      dom='pellworth.es', lang='es-ES', recv=6, origin='exo', region='eu'),
    outlook_html_only(b, 'iso-8859-1', lang='ES'), notes='candidate withdrew; delete calendar event or cancel in GoodTime')

# --- es / candidate-availability-request (Samsung mail, base64 plain, lowercase)
d = D('2026-01-21 22:14', 'es')
add('question', 'auto_reply', 'candidate-availability-request', 'es', 'android;base64;utf-8;lowercase;mobile-signature',
    H('Marta Gimenez <marta.gimenez@pellworth.es>', 'pregunta disponibilidad candidato', d, client='none', dom='pellworth.es',
      msgid='<%s@email.android.com>' % rlow(24), extra=['X-Mailer: Samsung Mobile Email']),
    text('''buenas, como le pido a un candidato que me marque los dias y horas que puede? es para una segunda ronda con 2 entrevistadores de suscripcion y no quiero estar mandando correos de ida y vuelta

gracias

Enviado desde mi Galaxy''', 'plain', 'utf-8', 'base64'),
    notes='ask candidate to mark free times')

# --- es / product-board (Gmail alt, reply above unrelated help-line announcement)
d = D('2026-03-05 16:02', 'es')
b = B('''Hola equipo,

Aprovecho este hilo para otra cosa: en el equipo de selección del contact center llevamos unas semanas apuntando en un Excel cosas que echamos en falta en GoodTime (algunas pequeñas, otras no tanto). ¿Dónde se mandan ese tipo de sugerencias para que le lleguen a GoodTime? ¿Las recogéis vosotros o hay algún sitio donde se puedan votar?

Gracias!
Pablo

Pablo Ruiz Serrano
Reclutador - Contact Center Madrid
Pellworth Financial España''', 'gt', 'El mar, 3 mar 2026 a las 10:12, GoodTime Help Line (<helpline@pellworthfinancial.com>) escribió:',
      '''Hola a todos,

Desde el lunes 9 de marzo las entrevistas de agentes de contact center se programan con la nueva plantilla "CC - Entrevista telefónica 30 min". La plantilla antigua desaparecerá a final de mes.

Si veis algo raro, escribidnos aquí.

Saludos,
Equipo de proyecto GoodTime''')
add('question', 'auto_reply', 'product-board', 'es', 'gmail;multipart-alternative;qp;reply-unrelated-thread',
    H('Pablo Ruiz Serrano <pablo.ruiz@pellworth.es>', 'Re: Nueva plantilla para entrevistas de contact center', d, client='gmail',
      dom='pellworth.es', recv=8, origin='google', irt='<%s@DU2PR06MB8237.eurprd06.prod.outlook.com>' % rhex(32)),
    gmail_alt(b), notes='where to send product suggestions so they can be voted')

# --- es / interviewer-load-balancing (Outlook alt windows-1252, raw cp1252 subject)
d = D('2026-02-12 13:27', 'es')
b = B('''Hola,

No sé si esto os toca a vosotros o a mi jefa, pero lo pregunto igual: este mes me han puesto nueve entrevistas técnicas de suscripción y a mis compañeros del equipo casi ninguna. Entiendo que GoodTime me elige porque tengo la agenda más libre, pero así no llego a lo mío.

¿Hay alguna forma de que el sistema reparta mejor entre todos, o de poner un máximo de entrevistas por semana para cada persona?

Gracias,
Carmen

Carmen Ortega Ruiz
Suscriptora Senior - Riesgos Industriales
Pellworth Seguros España''')
add('question', 'auto_reply', 'interviewer-load-balancing', 'es', 'outlook;multipart-alternative;qp;windows-1252;raw-cp1252-subject',
    H(addr('Ortega Ruiz, Carmen', 'carmen.ortega@pellworth.es'), 'Demasiadas entrevistas – ¿límite por semana?'.encode('cp1252'), d,
      dom='pellworth.es', lang='es-ES', recv=5),
    outlook_alt(b, 'windows-1252', 'quoted-printable', 'ES'), notes='same interviewer overloaded; weekly maximum')

# --- fr / chat-bubble (Outlook html-only cp1252, B latin-1 From, Q utf-8 subject)
d = D('2026-03-18 15:44', 'fr')
b = B('''Bonjour,

Ma collègue Aurélie m'a dit de « passer par la bulle violette » pour poser ma question directement à GoodTime, mais je ne vois aucune bulle nulle part. J'ai regardé dans Outlook et dans Teams, rien.

Elle est où exactement ? Il faut une autorisation particulière ?

Merci d'avance,

Camille Lefèvre
Chargée de recrutement – Indemnisation
Pellworth Assurances France
52 rue de la Victoire – 75009 Paris
Tél. : +33 1 55 34 67 20''')
add('question', 'auto_reply', 'chat-bubble', 'fr', 'outlook-html-only;qp;windows-1252;rfc2047-b-latin1-from;rfc2047-q-utf8',
    H(addr('Lefèvre, Camille', 'camille.lefevre@pellworth.fr', 'B', 'iso-8859-1'), ew('Bulle violette introuvable ?', 'utf-8', 'Q'), d,
      dom='pellworth.fr', lang='fr-FR', recv=6, auth=True),
    outlook_html_only(b, 'windows-1252', lang='FR'), notes='cannot see the purple bubble')

# --- fr / contact-csm (Apple Mail alt)
d = D('2026-02-03 10:05', 'fr')
b = B('''Bonjour à toute l'équipe,

Nous aimerions revoir avec GoodTime la façon dont nous organisons les journées d'évaluation des futurs souscripteurs à Lyon (ateliers collectifs le matin, entretiens individuels l'après-midi). Aujourd'hui on bricole un peu.

Mon manager m'a dit que nous avions une « Customer Success Manager » chez GoodTime pour ce genre de sujet, mais personne ne semble avoir ses coordonnées. Comment peut-on caler un rendez-vous avec elle ?

Bonne journée,
Julien

Julien Mercier
Responsable recrutement – Région Rhône-Alpes
Pellworth Assurances France
Tour Part-Dieu, 129 rue Servient, 69003 Lyon''')
add('question', 'auto_reply', 'contact-csm', 'fr', 'apple-mail;multipart-alternative;qp',
    H('Julien Mercier <julien.mercier@pellworth.fr>', 'Rendez-vous avec notre contact GoodTime', d, client='apple', dom='pellworth.fr',
      recv=7, origin='ext', auth=True),
    apple_alt(b), notes='book time with the CSM; no contact details')

# --- fr / debrief-scheduling (Thunderbird, base64 iso-8859-15, Q subject split)
d = D('2026-03-23 17:38', 'fr')
add('question', 'auto_reply', 'debrief-scheduling', 'fr', 'thunderbird;base64;iso-8859-15;rfc2047-q-split',
    H(addr('Nicolas Girard', 'nicolas.girard@pellworth.fr'), ew('Réunion de débrief après les entretiens de jeudi', 'iso-8859-15', 'Q', splits=[9, 27]), d,
      client='tb', dom='pellworth.fr', lang='fr', recv=5, origin='ext'),
    text('''Bonsoir,

Jeudi nous recevons un candidat pour le poste de responsable d'équipe
indemnisation auto (trois entretiens à la suite). Je voudrais ensuite
réunir les trois interviewers et Mme Perrin des RH pour faire le point
ensemble, idéalement vendredi matin.

Est-ce que je peux programmer ça dans GoodTime comme les entretiens ? Et
surtout, comment être sûr que le candidat ne reçoive pas l'invitation ?
Ça m'est arrivé une fois avec un autre outil, très gênant.

Cordialement,
Nicolas Girard
Responsable indemnisation auto - Lyon
''', 'plain', 'iso-8859-15', 'base64', csq=False), notes='internal debrief without candidate')

# --- fr / conference-links (Outlook alt utf-8, long disclaimer)
d = D('2026-01-14 09:21', 'fr')
b = B('''Bonjour,

Chez nous tout le monde travaille sur Teams, mais certains entretiens planifiés via GoodTime partent avec un lien Zoom (et du coup les candidats nous écrivent pour demander s'il faut installer Zoom...).

Où est-ce qu'on choisit l'outil de visio utilisé par GoodTime ? Et est-ce qu'on peut le changer pour un seul entretien quand un candidat nous le demande ?

Merci,
Sophie

Sophie Martin
Coordinatrice recrutement
Direction des Ressources Humaines
Pellworth Assurances France
52 rue de la Victoire – 75009 Paris
Tél. : +33 1 55 34 67 08

Pensez à l'environnement avant d'imprimer ce message.

''' + DISC_FR)
add('question', 'auto_reply', 'conference-links', 'fr', 'outlook;multipart-alternative;qp;utf-8;legal-disclaimer;received-chain;dkim;arc',
    H('"Martin, Sophie" <sophie.martin@pellworth.fr>', 'Teams ou Zoom pour les entretiens ?', d, dom='pellworth.fr', lang='fr-FR',
      recv=9, auth=True), outlook_alt(b, 'utf-8', 'quoted-printable', 'FR'), notes='choose video provider; change for one interview')

# --- fr / escalation-path (raw utf-8 From and Subject, rambling, question in 3rd paragraph)
d = D('2026-02-26 21:09', 'fr')
add('question', 'auto_reply', 'escalation-path', 'fr', 'raw-utf8-from;raw-utf8-subject;8bit;rambling',
    H('Élodie Bernard <elodie.bernard@pellworth.fr>', 'Question (un peu longue, désolée) sur qui contacter', d, client='roundcube',
      dom='pellworth.fr', recv=6, origin='ext', msgid='<%s@webmail.pellworth.fr>' % rlow(32)),
    text('''Bonsoir,

Je me permets de vous écrire parce que je viens de reprendre le poste de chargée RH à Lyon après le départ de Fabienne, et que j'hérite de toute la partie planification des entretiens pour les alternants et les stagiaires en gestion de sinistres. Fabienne m'a laissé un classeur et quelques notes, mais rien de très précis sur GoodTime.

En lisant ses notes, je vois passer un peu tout : un wiki interne, une adresse support chez GoodTime, un "product board", un "CSM", votre adresse à vous... J'avoue que je m'y perds un peu, et je ne voudrais pas écrire à la mauvaise personne dès ma première semaine.

Du coup ma question : qui contacte-t-on pour quoi ? Par exemple si j'ai une question sur notre façon de faire chez Pellworth, si quelque chose ne marche pas, si j'ai une idée d'amélioration, ou si c'est un problème plus important ?

Merci beaucoup et désolée pour la longueur,
Élodie
''', 'plain', 'utf-8', '8bit', csq=False), notes='which channel for what; question in third paragraph')

# --- pt / self-scheduling-link (iPhone, qp, B subject)
d = D('2026-01-29 08:36', 'pt')
add('question', 'auto_reply', 'self-scheduling-link', 'pt', 'iphone;qp;rfc2047-b-utf8;mobile-signature',
    H('Inês Carvalho <ines.carvalho@pellworth.pt>', ew('Link para o candidato escolher o horário', 'utf-8', 'B'), d, client='iphone',
      dom='pellworth.pt', recv=7, origin='google'),
    text('''Olá!

Para as entrevistas telefónicas de triagem dos estagiários de verão (são à volta de 40), existe forma de o próprio candidato escolher a hora que lhe dá jeito, sem eu andar a trocar emails com cada um? Como é que se faz isso no GoodTime?

Obrigada!
Inês

Enviado do meu iPhone''', 'plain', 'utf-8', 'quoted-printable', csq=False), notes='candidate picks own slot for phone screens')

# --- pt / reschedule-interview (Outlook html-only qp iso-8859-1, Q latin-1 subject split mid-word)
d = D('2026-03-11 17:55', 'pt')
b = B('''Boa tarde,

A entrevista do candidato para gestor de sinistros automóvel está marcada para amanhã às 10h, comigo e com a Dra. Marta Pinto, mas fui chamado para uma reunião em Lisboa e não vou conseguir estar.

Posso simplesmente arrastar o evento no Outlook para quinta-feira à mesma hora, ou isso estraga alguma coisa no GoodTime? O candidato já recebeu a confirmação.

Obrigado,
Rui Almeida
Gestor de Sinistros Automóvel - Porto
Pellworth Seguros Portugal
Rua de Sá da Bandeira 651, 4000-437 Porto''')
add('question', 'auto_reply', 'reschedule-interview', 'pt', 'outlook-html-only;qp;iso-8859-1;rfc2047-q-latin1-split',
    H(addr('Rui Almeida', 'rui.almeida@pellworth.pt'), ew('Alteração da entrevista de amanhã (gestor de sinistros)', 'iso-8859-1', 'Q', splits=[5, 30]), d,
      dom='pellworth.pt', lang='pt-PT', recv=5),
    outlook_html_only(b, 'iso-8859-1', lang='PT'), notes='move interview by dragging in Outlook?')

# --- pt / add-interviewer-to-pool (Gmail alt base64)
d = D('2026-02-17 11:50', 'pt')
b = B('''Bom dia,

Temos uma nova subscritora sénior na equipa de Riscos Empresariais, a Beatriz Lopes, que a partir de abril vai começar a fazer as entrevistas técnicas de subscrição.

O que é preciso fazer para ela passar a aparecer como opção quando marcamos essas entrevistas no GoodTime? Ela já tem conta, acho eu.

Cumprimentos,
Sofia Rodrigues
Coordenadora de Recrutamento
Pellworth Seguros Portugal | Lisboa''')
add('question', 'auto_reply', 'add-interviewer-to-pool', 'pt', 'gmail;multipart-alternative;base64;rfc2047-b-utf8-long',
    H(addr('Sofia Rodrigues', 'sofia.rodrigues@pellworth.pt'), ew('Nova subscritora sénior nas entrevistas técnicas de subscrição - o que fazer?', 'utf-8', 'B'), d,
      client='gmail', dom='pellworth.pt', recv=8, origin='google', auth=True),
    gmail_alt(b, 'base64'), notes='new interviewer should be suggested for technical interviews')

# --- pt / support-hours (Thunderbird qp latin-1, raw cp1252 subject)
d = D('2026-03-02 19:20', 'pt')
add('question', 'auto_reply', 'support-hours', 'pt', 'thunderbird;qp;iso-8859-1;raw-cp1252-subject',
    H('Tiago Ferreira <tiago.ferreira@pellworth.pt>', 'Pergunta rápida – e se falhar à noite?'.encode('cp1252'), d, client='tb',
      dom='pellworth.pt', lang='pt-PT', recv=6, origin='ext'),
    text('''Olá,

No hub de tecnologia do Porto temos várias entrevistas com candidatos no
Brasil e nos EUA ao fim do dia, às vezes depois das 21h, e em abril
vamos ter um sábado de entrevistas para engenheiros de software.

Se o GoodTime der problema a essa hora ou ao fim de semana, há alguém do
lado deles que nos ajude, ou ficamos pendurados até segunda-feira?

Obrigado,
Tiago Ferreira
Tech Recruiter | Pellworth Technology Hub Porto
''', 'plain', 'iso-8859-1', 'quoted-printable', csq=False, params='; format=flowed'),
    notes='support availability at night and weekends, without the word hours')

# --- pt / contact-support (Outlook alt utf-8, disclaimer, DKIM)
d = D('2026-01-08 15:03', 'pt')
b = B('''Boa tarde,

O diretor da Sucursal de Lisboa pediu-me para contactar diretamente o suporte da GoodTime por causa de umas entrevistas da equipa dele.

Qual é o endereço de email do suporte? E o que devo pôr na mensagem para me responderem rapidamente, sem andarem a pedir mais informação?

Muito obrigada,

Ana Sousa
Assistente de Direção
Pellworth Seguros Portugal
Avenida da Liberdade 190, 1250-147 Lisboa
Tel.: +351 21 340 8812

''' + DISC_PT)
add('question', 'auto_reply', 'contact-support', 'pt', 'outlook;multipart-alternative;qp;utf-8;legal-disclaimer;dkim;arc',
    H('"Sousa, Ana" <ana.sousa@pellworth.pt>', 'Contacto do suporte GoodTime', d, dom='pellworth.pt', lang='pt-PT', recv=7, auth=True),
    outlook_alt(b, 'utf-8', 'quoted-printable', 'PT'), notes='support e-mail and what to include')

# --- en / contact-csm without the letters (Outlook html-only, long sig)
d = D('2026-02-05 13:12', 'uk')
b = B('''Hi both,

Our Head of Claims (Mark Pennington) has asked whether someone on the GoodTime side could look at how we run the claims handler assessment days in Leeds. We run four candidates at a time through a group exercise, a role-play call and an interview, and at the moment we're basically hacking around the tool with dummy sessions to make it work.

I've been told we have a named person at GoodTime who looks after our account for exactly this kind of thing, but nobody in my team knows who that is or how to get hold of them. Is there a way to get some time in their diary?

Many thanks,
Gareth

Gareth Hughes
Claims Recruitment Lead | Talent Acquisition
Pellworth Insurance Services Limited
Wellington Place, Leeds LS1 4AP
T: +44 113 496 0123 | M: +44 7700 900456
gareth.hughes@pellworthfinancial.co.uk

Pellworth Financial - Proud to be a Disability Confident Employer

''' + DISC_UK)
add('question', 'auto_reply', 'contact-csm', 'en', 'outlook-html-only;qp;windows-1252;long-signature;legal-disclaimer;csm-without-acronym',
    H('"Hughes, Gareth" <gareth.hughes@pellworthfinancial.co.uk>', 'Assessment days - who do we talk to at GoodTime?', d, region='uk',
      dom='pellworthfinancial.co.uk', recv=5, topic='Assessment days - who do we talk to at GoodTime?'),
    outlook_html_only(b, 'windows-1252'), notes='named account person at GoodTime; book time (no CSM wording)')

# --- en / support-hours without "hours" (Apple Mail alt)
d = D('2026-03-13 16:48', 'use')
b = B('''Hey team,

We're running a hiring sprint for backend engineers at the Charlotte tech hub at the end of the month, with interviews on Saturday morning (Eastern) because half the candidates are still in their current jobs.

If something goes sideways in GoodTime on a weekend, is anyone on GoodTime's side actually around to help? And roughly how quickly do they get back to you? I'd rather know now than find out on the day.

Thanks!
Priya

Priya Natarajan
Recruiting Coordinator, Technology
Pellworth Financial | Charlotte Technology Hub
(704) 555-0187''')
add('question', 'auto_reply', 'support-hours', 'en', 'apple-mail;multipart-alternative;qp;dkim;arc;received-chain;no-hours-word',
    H('Priya Natarajan <priya.natarajan@pellworthfinancial.com>', 'weekend interviews - anyone around at GoodTime?', d, client='apple',
      region='us', recv=6, auth=True), apple_alt(b), notes='support availability at weekends without the word hours')

# --- en / chat-bubble (terse lowercase, iPhone, message-id without brackets)
d = D('2026-01-19 08:03', 'uk')
add('question', 'auto_reply', 'chat-bubble', 'en', 'iphone;7bit;lowercase;msgid-no-brackets;mobile-signature',
    H('Kayleigh Brooks <kayleigh.brooks@pellworthfinancial.co.uk>', 'chat', d, client='iphone',
      msgid='%s@pellworthfinancial.co.uk' % ruuid()),
    text('''where is the chat thing for goodtime?? my TL said theres a chat button to talk to them but i cant see it anywhere

Sent from my iPhone''', 'plain', 'us-ascii', '7bit', csq=False), notes='cannot find chat button')

# --- en / product-board (Outlook alt, reply above earlier help-line exchange; thanks + new question)
d = D('2026-02-25 10:34', 'uk')
b = B('''Thanks, that's sorted - Kwame is now showing up for the sourcing screens.

Different topic while I have you: a few of us in TA have been comparing notes on things we'd like GoodTime to do better (mostly around how candidates see the slots). Is there somewhere we can post these so GoodTime actually sees them, and ideally vote on each other's so the best ones float up?

Cheers,
Daniel

Daniel Okafor
Senior Sourcer | Talent Acquisition
Pellworth Financial | 1 Pellworth Square, London EC2M 4YA''', 'outlook',
      [('From:', 'GoodTime Help Line <helpline@pellworthfinancial.com>'), ('Sent:', 'Tuesday, February 24, 2026 4:12 PM'),
       ('To:', 'Okafor, Daniel <daniel.okafor@pellworthfinancial.com>'), ('Subject:', 'RE: Adding Kwame to the sourcing screen pool')],
      '''Hi Daniel,

Kwame's calendar wasn't connected, which is why he never came up. He's reconnected now and we've added him to the "Sourcing screen - Tech" pool as qualified. Give it ten minutes and he should appear.

Best,
GoodTime project team''')
add('question', 'auto_reply', 'product-board', 'en', 'outlook;multipart-alternative;qp;reply-unrelated-thread;two-topics',
    H('"Okafor, Daniel" <daniel.okafor@pellworthfinancial.com>', 'RE: Adding Kwame to the sourcing screen pool', d, region='uk',
      topic='Adding Kwame to the sourcing screen pool', irt=mid('outlook'), recv=5),
    outlook_alt(b, 'utf-8'), notes='thanks plus where to post and vote on ideas')

# --- en / internal-project-team (Outlook alt, typos)
d = D('2026-01-12 12:26', 'uk')
b = B('''Hi there,

Ive just joined the early careers team (graduate and intern recruitment) and my buddy told me to send any GoodTime stuff to this adress.

Sorry if this is a silly question but who actualy reads this? Is it GoodTime themselves or people here at Pellworth? And what sort of things should I be sending here, vs going somewhere else?

Thanks so much,
Emma

Emma Clarke
Graduate Recruitment Advisor | Early Careers
Pellworth Financial''')
add('question', 'auto_reply', 'internal-project-team', 'en', 'outlook;multipart-alternative;qp;typos',
    H('"Clarke, Emma" <emma.clarke@pellworthfinancial.com>', 'new starter - who reads this mailbox?', d, region='uk', recv=5,
      topic='new starter - who reads this mailbox?'),
    outlook_alt(b, 'us-ascii', '7bit'), notes='who runs the help line and what to send')

# --- en / room-booking (TNEF / winmail.dat)
d = D('2026-03-19 08:41', 'uk')
t = '''Good morning,

For the final round for the Head of Commercial Underwriting role next Tuesday (24th) we need the candidate in one room all day on the 14th floor - that is how the Group CUO likes to run these.

GoodTime keeps offering me rooms on 9 and 11 but never "Thames" or "Tower", which are the two we always use for exec interviews. Why wouldn't it show them? Are they just not set up in GoodTime, and if so who would sort that?

Kind regards

Helen Walsh
Executive Assistant to the Group Chief Underwriting Officer
Pellworth Financial plc | 1 Pellworth Square, London EC2M 4YA
T: +44 20 7946 0381

''' + DISC_UK
add('question', 'auto_reply', 'room-booking', 'en', 'outlook;multipart-mixed;winmail-dat;qp;legal-disclaimer',
    H('"Walsh, Helen" <helen.walsh@pellworthfinancial.com>', 'Exec interview rooms not showing (Thames / Tower)', d, region='uk', recv=6,
      client='outlook-desktop', topic='Exec interview rooms not showing (Thames / Tower)', extra=['X-MS-Has-Attach: yes', 'X-MS-TNEF-Correlator: <%s@pellworthfinancial.com>' % rhex(24)]),
    multi('mixed', [text(t, 'plain', 'us-ascii', 'quoted-printable'),
                    attach(tnef(11), 'application/ms-tnef', 'winmail.dat')], 'outlook-mixed'),
    notes='specific rooms never offered; set up as resources?')

# --- en / permissions-roles via intranet form mailer (needs person)
d = D('2026-02-09 14:05', 'uk')
add('question', 'forward_support|needs_review', 'permissions-roles', 'en', 'form-mailer;auto-submitted;x-auto-response-suppress;noreply-from;7bit',
    H('Pellworth People Portal <no-reply@forms.pellworthfinancial.com>', 'GoodTime help request #GT-2026-0214 (Rebecca Thornton)', d,
      client='none', msgid='<%s.%s@forms.pellworthfinancial.com>' % (d.utc.strftime('%Y%m%d%H%M%S'), rhex(5)), recv=6, origin='form',
      extra=['Auto-Submitted: auto-generated', 'X-Auto-Response-Suppress: All', 'Reply-To: rebecca.thornton@pellworthfinancial.co.uk',
             'X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)', 'Precedence: bulk']),
    text('''A new GoodTime help request was submitted through the People Portal.

Request ID:     GT-2026-0214
Submitted:      09/02/2026 14:05
Name:           Rebecca Thornton
E-mail:         rebecca.thornton@pellworthfinancial.co.uk
Job title:      Hiring Manager - Motor Underwriting
Site:           Bristol (Temple Quay)
Category:       How do I...?
Urgency:        Normal

Description:
I can see my interviews in GoodTime but there is no option for me to move or cancel anything - colleagues in recruitment have those buttons and I don't. Do I need a different access level, and who at Pellworth gives that out?

--
This message was generated automatically by the Pellworth People Portal. Please do not reply to this address.
''', 'plain', 'us-ascii', '7bit'), notes='form mailer; article answers but must reach a person')

# =====================================================================================
# QUESTIONS NO ARTICLE ANSWERS
# =====================================================================================

# --- de / candidate e-mails in German (Outlook alt cp1252, B latin-1 subject)
d = D('2026-02-02 10:47', 'de')
b = B('''Hallo GoodTime-Team,

unsere Bewerberinnen und Bewerber für die Ausbildung zum Kaufmann/zur Kauffrau für Versicherungen und Finanzanlagen bekommen die Einladungs- und Bestätigungsmails aus GoodTime derzeit auf Englisch. Für 16-jährige Schulabgänger ist das nicht ideal, wir hatten schon Rückfragen von Eltern, ob die Mail echt ist.

Gibt es die Kandidaten-Mails auch auf Deutsch? Und kann man pro Stelle oder Standort festlegen, in welcher Sprache sie rausgehen (Hamburg deutsch, die IT-Stellen in Frankfurt weiter englisch)?

Viele Grüße
Petra Wagner
Recruiterin Ausbildung & Duales Studium
Pellworth Versicherung AG, Hamburg''')
add('question', 'forward_support', 'none', 'de', 'outlook;multipart-alternative;qp;windows-1252;rfc2047-b-latin1',
    H(addr('Wagner, Petra', 'petra.wagner@pellworth.de'), ew('Bestätigungsmails an Bewerber auf Deutsch möglich?', 'iso-8859-1', 'B'), d,
      dom='pellworth.de', lang='de-DE', recv=6, origin='onprem', idstyle='onprem'),
    outlook_alt(b, 'windows-1252', 'quoted-printable', 'DE'), notes='language of candidate e-mails per job; not in KB')

# --- fr / GDPR hosting and retention (multipart/mixed with PDF)
d = D('2026-03-09 11:32', 'fr')
t = '''Bonjour,

Dans le cadre de la revue annuelle de nos sous-traitants (article 28 du RGPD), le DPO de Pellworth Assurances France doit documenter les points suivants pour GoodTime :

- où sont hébergées les données des candidats (Union européenne ou États-Unis ?) ;
- combien de temps elles sont conservées une fois le recrutement terminé ;
- s'il existe une procédure pour supprimer les données d'un candidat qui en fait la demande.

Pouvez-vous nous apporter ces éléments, ou nous dire vers qui nous tourner ? Vous trouverez le questionnaire en pièce jointe.

Bien cordialement,

Isabelle Roux
Juriste Conformité & Protection des données
Pellworth Assurances France
52 rue de la Victoire – 75009 Paris

''' + DISC_FR
add('question', 'forward_support', 'none', 'fr', 'outlook;multipart-mixed;qp;utf-8;pdf-attachment;legal-disclaimer',
    H('"Roux, Isabelle" <isabelle.roux@pellworth.fr>', ew('Questionnaire RGPD sous-traitant – GoodTime', 'utf-8', 'Q'), d, dom='pellworth.fr', lang='fr-FR', recv=7, auth=True,
      extra=['X-MS-Has-Attach: yes']),
    multi('mixed', [outlook_alt(B(t), 'utf-8', 'quoted-printable', 'FR'),
                    attach(pdf(['Questionnaire sous-traitant - RGPD art. 28', 'Fournisseur : GoodTime', '1. Localisation des donnees', '2. Durees de conservation', '3. Droits des personnes']),
                           'application/pdf', 'Questionnaire_sous-traitant_RGPD_GoodTime.pdf')], 'outlook-mixed'),
    notes='data hosting and retention; not in KB')

# --- pt / mobile app (Outlook for Android, base64)
d = D('2026-01-23 19:58', 'pt')
add('question', 'forward_support', 'none', 'pt', 'outlook-android;base64;utf-8;mobile-signature',
    H('Paulo Martins <paulo.martins@pellworth.pt>', 'GoodTime no telemóvel?', d, client='none', dom='pellworth.pt', recv=6,
      msgid=mid('outlook')),
    text('''Boa noite,

Os diretores comerciais da rede de mediadores passam a semana na estrada e querem ver e aceitar as entrevistas a partir do telemóvel. O GoodTime tem alguma aplicação para iPhone/Android, ou funciona só no computador?

Obrigado
Paulo Martins

Obter o Outlook para Android''', 'plain', 'utf-8', 'base64'), notes='mobile app; not in KB')

# --- en / ATS migration (Outlook alt base64)
d = D('2026-03-03 15:20', 'uk')
b = B('''Hi,

Heads-up and a question. Our European entities (DE, ES, FR, PT) are moving off SuccessFactors and onto Workday in Q3 - the UK and US have been on Workday for a while.

What happens to interviews that are already scheduled in GoodTime when the ATS changes underneath them? Do they carry across to the new candidate records, or do coordinators need to rebook anything? And is there anything we have to do on the GoodTime side on the cut-over weekend?

Thanks,
Laura

Laura Bennett
Recruiting Operations Manager | People Team
Pellworth Financial plc''')
add('question', 'forward_support', 'none', 'en', 'outlook;multipart-alternative;base64;utf-8',
    H('"Bennett, Laura" <laura.bennett@pellworthfinancial.com>', 'Workday migration for Europe - impact on GoodTime?', d, region='uk', recv=5,
      topic='Workday migration for Europe - impact on GoodTime?'),
    outlook_alt(b, 'utf-8', 'base64'), notes='ATS cut-over; ats-integration only vague')

# --- en / candidate travel (Gmail-style forward from Outlook on the web)
d = D('2026-02-18 09:55', 'use')
b = B('''Quick one - the candidate below is flying in from Boston for the final round at Pellworth Square. Can GoodTime book her hotel and flights as part of the interview, or is travel a completely separate process?

Sarah''', 'fwd-gmail', [('From:', 'Rachel Kim <rachel.kim.cpa@gmail.com>'), ('Date:', 'Tue, Feb 17, 2026 at 6:41 PM'),
                       ('Subject:', 'Final round in London - travel'), ('To:', 'Sarah Mitchell <sarah.mitchell@pellworthfinancial.com>')],
      '''Hi Sarah,

Thanks so much for confirming the final round on March 3rd. Just checking - will Pellworth be arranging the hotel and flights, or should I book and expense them? I'd need to land the day before.

Best,
Rachel''')
add('question', 'forward_support', 'none', 'en', 'forwarded-gmail-style;multipart-alternative;qp',
    H('Sarah Mitchell <sarah.mitchell@pellworthfinancial.com>', 'Fwd: Final round in London - travel', d, client='gmail', region='us', recv=6,
      msgid=mid('outlook', region='us')),
    gmail_alt(b), notes='candidate travel booking; not in KB')

# --- en / chasing interviewer feedback (resembles reminders)
d = D('2026-03-16 08:12', 'uk')
b = B('''Morning,

Is there a way to get GoodTime to remind interviewers to put their feedback into Workday after an interview? I'm not talking about the candidate reminders before the interview - I mean a nudge 24 hours afterwards if the scorecard is still empty.

I spend most of Monday morning chasing branch managers for feedback from the week before.

Thanks
Tom

Tom Gallagher
Recruiter - Retail Banking North
Pellworth Bank | Manchester''')
add('question', 'forward_support', 'none', 'en', 'outlook-mac;multipart-alternative;qp;resembles-other-article',
    H('Tom Gallagher <tom.gallagher@pellworthfinancial.co.uk>', 'reminders for interviewer feedback?', d, client='outlook-mac', region='uk', recv=5),
    outlook_alt(b, 'utf-8', 'quoted-printable', font='Calibri'), notes='post-interview feedback chasing; candidate-reminders does not cover')

# --- en / Power BI export (resembles reporting)
d = D('2026-01-30 13:37', 'uk')
add('question', 'forward_support', 'none', 'en', 'outlook-html-only;qp;windows-1252;resembles-other-article',
    H('"Shah, Nikhil" <nikhil.shah@pellworthfinancial.com>', 'GoodTime data into Power BI', d, region='uk', recv=6, auth=True,
      topic='GoodTime data into Power BI'),
    outlook_html_only(B('''Hello,

People Analytics here. For the monthly TA pack we want time-from-request-to-interview by business unit (Bank, Insurance, Wealth, Tech) next to our Workday data.

Does GoodTime have an API, or some kind of scheduled export to SharePoint or SFTP, that Power BI can pull from automatically? At the moment someone downloads a file by hand and pastes it into a spreadsheet, which is not sustainable.

Regards,
Nikhil

Nikhil Shah
Senior Analyst, People Analytics
Pellworth Financial plc''')), notes='API / automated export; reporting article only vague')

# --- en / session count limit
d = D('2026-02-11 16:05', 'uk')
add('question', 'forward_support', 'none', 'en', 'outlook;multipart-alternative;qp',
    H('"Ahmed, Zainab" <zainab.ahmed@pellworthfinancial.com>', 'Max sessions in one onsite?', d, region='uk', recv=5, topic='Max sessions in one onsite?'),
    outlook_alt(B('''Hi team,

For the 2026 actuarial graduate scheme we want to run a full day per candidate: welcome, technical test, case study, two interviews, lunch with current grads and a wrap-up - seven parts in total.

Is there a maximum number of sessions GoodTime can handle in a single onsite schedule? I don't want to build the whole thing and then find out it caps at five.

Thanks,
Zainab

Zainab Ahmed
Early Careers Coordinator
Pellworth Financial''')), notes='limit on number of sessions; not in KB')

# --- en / EA delegate access (US, html-only, long US disclaimer)
d = D('2026-03-24 10:10', 'use')
add('question', 'forward_support', 'none', 'en', 'outlook-html-only;qp;windows-1252;long-signature;legal-disclaimer',
    H('"Donovan, Maureen" <maureen.donovan@pellworthfinancial.com>', 'Scheduling on behalf of my executives', d, region='us', recv=7,
      topic='Scheduling on behalf of my executives'),
    outlook_html_only(B('''Good morning,

I support three executives in the Hartford claims office (SVP Claims, VP Property Claims and VP Casualty Claims). I already have delegate access to all three calendars in Outlook.

When they interview candidates for director-level roles, can I do the scheduling in GoodTime on their behalf using that delegate access, or does each of them need their own GoodTime login and set-up?

Thank you,

Maureen Donovan
Executive Assistant to the SVP, Claims
Pellworth Insurance Company of America
One Constitution Plaza, Hartford, CT 06103
Office: (860) 555-0142

''' + DISC_US), 'windows-1252', lang='EN-US'), notes='delegate scheduling for executives; not in KB')

# =====================================================================================
# BUGS
# =====================================================================================

# --- de / DST shift via IT service portal form (robot -> person)
d = D('2026-03-30 09:22', 'de')
t = '''Neue Störungsmeldung aus dem IT-Serviceportal

Ticket:          INC0048812
Erstellt am:     30.03.2026 09:22
Gemeldet von:    Jörg Schmitt (joerg.schmitt@pellworth.de)
Abteilung:       Personal / Recruiting Hamburg
Anwendung:       GoodTime (Interviewplanung)
Dringlichkeit:   mittel
Betroffene:      Recruiting-Team Hamburg (4 Personen)

Beschreibung:
Seit der Zeitumstellung am Sonntag zeigt GoodTime alle Vorstellungsgespräche ab dieser Woche eine Stunde später an als in der Outlook-Einladung. Die Bewerber haben in ihrer Bestätigungsmail ebenfalls die falsche Uhrzeit (11:00 statt 10:00). Betroffen sind mindestens sechs Gespräche diese und nächste Woche. Heute ist noch nichts davon.

Bitte an die zuständige Stelle weiterleiten.

--
Diese Nachricht wurde automatisch erzeugt. Bitte nicht auf diese E-Mail antworten.
'''
add('bug', 'forward_support|needs_review', '', 'de', 'form-mailer;auto-submitted;x-auto-response-suppress;noreply-from;qp;rfc2047-b-utf8',
    H('IT-Serviceportal <noreply-itsm@pellworth.de>', ew('[INC0048812] Störungsmeldung GoodTime – Uhrzeiten nach Zeitumstellung falsch', 'utf-8', 'B'), d,
      client='none', dom='pellworth.de', recv=7, origin='onprem', msgid='<%s.%s@itsm.pellworth.de>' % (d.utc.strftime('%Y%m%d%H%M%S'), rhex(6).lower()),
      extra=['Auto-Submitted: auto-generated', 'X-Auto-Response-Suppress: All', 'X-ServiceNow-Generated: true', 'Precedence: bulk']),
    text(t, 'plain', 'utf-8', 'quoted-printable'), notes='ticket form; times off by one hour after DST')

# --- es / Teams link missing (Outlook html-only cp1252)
d = D('2026-02-19 12:08', 'es')
add('bug', 'forward_support', '', 'es', 'outlook-html-only;qp;windows-1252',
    H(addr('Sánchez Vidal, Nuria', 'nuria.sanchez@pellworth.es', 'Q', 'iso-8859-1'), 'Entrevistas sin enlace de Teams desde ayer', d, dom='pellworth.es', lang='es-ES', recv=6,
      topic='Entrevistas sin enlace de Teams desde ayer'),
    outlook_html_only(B('''Hola:

Desde ayer por la tarde, las entrevistas que programo en GoodTime se envían sin enlace de Teams, ni en la invitación de los entrevistadores ni en la confirmación al candidato. Lo he probado con tres candidatos distintos del proceso de tramitadores de siniestros (IDs 30418, 30422 y 30431) y en los tres pasa lo mismo. Hasta el martes funcionaba perfectamente y no he cambiado nada en la plantilla.

Las entrevistas son la semana que viene, así que de momento no es urgente, pero no quiero tener que poner los enlaces a mano.

Gracias,
Nuria Sánchez
Técnica de Selección - Pellworth Seguros España''')), notes='video links stopped generating')

# --- fr / itinerary still shows the replaced interviewer (Outlook mixed with PNG)
d = D('2026-03-25 14:52', 'fr')
t = '''Bonjour,

Sur l'entretien de lundi prochain avec M. Haddad (poste de souscripteur IARD, Lyon), j'ai remplacé M. Dubois par Mme Laurent, qui est bien dans le calendrier. En revanche, l'itinéraire envoyé au candidat affiche toujours M. Dubois. Je l'ai renvoyé deux fois depuis GoodTime, même résultat.

Capture d'écran en pièce jointe. Pouvez-vous regarder ?

Merci,
Chloé Fontaine
Coordinatrice recrutement – Lyon'''
add('bug', 'forward_support', '', 'fr', 'outlook;multipart-mixed;png-attachment;qp',
    H('"Fontaine, Chloé" <chloe.fontaine@pellworth.fr>', 'Itinéraire candidat : ancien interviewer toujours affiché', d, dom='pellworth.fr', lang='fr-FR', recv=6,
      extra=['X-MS-Has-Attach: yes']),
    multi('mixed', [outlook_alt(B(t), 'utf-8', 'quoted-printable', 'FR'),
                    attach(png(180, 96, 31), 'image/png', 'capture_itineraire.png')], 'outlook-mixed'),
    notes='itinerary keeps old interviewer after swap')
# the From above is raw UTF-8 in a quoted string (arrives so from the French tenant's relay)

# --- pt / reminders not sent (Gmail forward, pt)
d = D('2026-02-27 10:14', 'pt')
b = B('''Mais um candidato a dizer que não recebeu o lembrete (ver abaixo). Os lembretes estão ativos - a Sofia confirmou nas definições - mas desde a semana passada nenhum candidato das entrevistas de Lisboa recebe nada. Os emails dos candidatos estão certos no Workday.

Podem ver o que se passa?

Obrigada,
Joana Pereira
Recrutamento - Pellworth Seguros Portugal''', 'fwd-gmail',
      [('De:', 'Miguel Tavares <miguel.tavares94@sapo.pt>'), ('Date:', 'quinta, 26/02/2026, 18:02'), ('Subject:', 'Entrevista de ontem'),
       ('To:', 'Joana Pereira <joana.pereira@pellworth.pt>')],
      '''Boa tarde Dra. Joana,

Peço imensa desculpa pela falta à entrevista de ontem. Não recebi nenhum lembrete e com a mudança de emprego acabei por me esquecer. Seria possível remarcar?

Com os melhores cumprimentos,
Miguel Tavares''', sep='---------- Mensagem encaminhada ---------')
add('bug', 'forward_support', '', 'pt', 'gmail;forwarded;multipart-alternative;qp',
    H('Joana Pereira <joana.pereira@pellworth.pt>', 'Fwd: Entrevista de ontem', d, client='gmail', dom='pellworth.pt', recv=7, origin='google', auth=True),
    gmail_alt(b), notes='reminders configured but not sent')

# --- en / "quick question" over a bug (self-schedule overlaps busy time)
d = D('2026-03-17 11:29', 'use')
add('bug', 'forward_support', '', 'en', 'outlook-mac;multipart-alternative;qp;misleading-subject',
    H('Jordan Reyes <jordan.reyes@pellworthfinancial.com>', 'quick question', d, client='outlook-mac', region='us', recv=6),
    outlook_alt(B('''Hi!

Not sure if I'm doing something wrong, but this has happened twice this week: a candidate picked a slot from the self-scheduling link and it landed right on top of Marcus Bell's standing 1:1, which is definitely marked Busy in his Outlook. His calendar shows as connected (green tick) in GoodTime.

Candidates: Alicia Gomez (Software Engineer II, req R-20877) on Mon 3/16 2:00pm ET, and Dev Patel (same req) on Wed 3/18 10:30am ET.

Could someone take a look?

Thanks,
Jordan
Recruiting Coordinator | Pellworth Financial Technology''')), notes='self-schedule books over busy time')

# --- en / error 500 with screenshot
d = D('2026-01-15 10:02', 'uk')
add('bug', 'forward_support', '', 'en', 'outlook;multipart-mixed;png-attachment;qp',
    H('"Patel, Anjali" <anjali.patel@pellworthfinancial.com>', 'Error when opening scheduling tab - Actuarial Grad 2026', d, region='uk', recv=6,
      extra=['X-MS-Has-Attach: yes'], topic='Error when opening scheduling tab - Actuarial Grad 2026'),
    multi('mixed', [outlook_alt(B('''Hi,

Every time I open the Scheduling tab for any candidate in the "Actuarial Graduate Programme 2026" job I get "Something went wrong (500)". Other jobs are fine. Tried Edge and Chrome, cleared cache, same thing. Started this morning.

Screenshot attached.

Thanks
Anjali

Anjali Patel | Early Careers Recruiter | Pellworth Financial''')),
                    attach(png(200, 90, 7), 'image/png', 'image001.png')], 'outlook-mixed'),
    notes='500 error on one job')

# --- en / ATS stage not syncing (html-only, auth headers)
d = D('2026-02-23 09:41', 'uk')
add('bug', 'forward_support', '', 'en', 'outlook-html-only;qp;windows-1252;received-chain;dkim;arc',
    H('"Lewis, Bethan" <bethan.lewis@pellworthfinancial.co.uk>', 'Candidate not coming through from Workday', d, region='uk',
      dom='pellworthfinancial.co.uk', recv=8, auth=True, topic='Candidate not coming through from Workday'),
    outlook_html_only(B('''Hi team,

I moved a candidate to the "Assessment - Interview" stage in Workday on Friday afternoon and she still isn't showing in GoodTime to schedule. I've refreshed, logged out and back in, and waited the weekend.

Candidate: Olivia Hart, Workday ID C-0048213
Job: R-12044 Claims Handler - Motor (Leeds)

Two other candidates I moved at the same time came through fine within a few minutes.

Thanks,
Bethan

Bethan Lewis
Recruitment Coordinator | Pellworth Insurance Services
Leeds''')), notes='ATS stage change not synced for one candidate')

# --- en / decline not flagged (Apple forward)
d = D('2026-03-12 17:20', 'uk')
b = B('''GoodTime still showed Raj as accepted for Thursday's panel even though he declined on Monday (see below). I only found out because he messaged me. Shouldn't GoodTime have flagged that? I've swapped him out by hand so Thursday is fine, but this is the second time it's happened this month.

Ellie''', 'fwd-apple', [('From:', 'Raj Malhotra <raj.malhotra@pellworthfinancial.com>'), ('Subject:', 'Declined: Interview - Senior Underwriter, Marine (Panel)'),
                       ('Date:', '9 March 2026 at 09:14:55 GMT'), ('To:', 'Ellie Morgan <ellie.morgan@pellworthfinancial.com>')],
      '''Hi Ellie, sorry - I declined this one, I'm at the Lloyd's market training all day Thursday. Raj''')
add('bug', 'forward_support', '', 'en', 'apple-mail;forwarded-apple;multipart-alternative;qp',
    H('Ellie Morgan <ellie.morgan@pellworthfinancial.com>', 'Fwd: Declined: Interview - Senior Underwriter, Marine (Panel)', d, client='apple', region='uk', recv=5),
    apple_alt(b), notes='interviewer decline not flagged; already worked around')

# --- en / load report shows zeros (PDF)
d = D('2026-03-06 15:35', 'uk')
add('bug', 'forward_support', '', 'en', 'outlook;multipart-mixed;pdf-attachment;qp',
    H('"Price, Owen" <owen.price@pellworthfinancial.co.uk>', 'Interviewer load report - zeros for Cardiff', d, region='uk', dom='pellworthfinancial.co.uk',
      recv=5, extra=['X-MS-Has-Attach: yes'], topic='Interviewer load report - zeros for Cardiff'),
    multi('mixed', [outlook_alt(B('''Hi,

The interviewer load report for February shows 0 interviews for everyone in the Cardiff contact centre, but I know for a fact that Gemma Rees and Huw Jenkins did six and eight respectively (they're in my diary). Leeds numbers look right.

Export attached. Is the report broken or am I filtering wrong? I've checked the date range twice.

Owen Price
Resourcing Partner - Contact Centres
Pellworth Financial''')),
                    attach(pdf(['Interviewer load - February 2026', 'Site: Cardiff', 'Gemma Rees 0', 'Huw Jenkins 0', 'Site: Leeds', 'Amy Scott 7']),
                           'application/pdf', 'Interviewer_load_Feb2026.pdf')], 'outlook-mixed'),
    notes='report numbers wrong for one site')

# --- en / debrief invite missed the hiring manager (typos)
d = D('2026-02-13 11:58', 'uk')
add('bug', 'forward_support', '', 'en', 'outlook-desktop;multipart-mixed;winmail-dat;qp;typos;lowercase',
    H('"Khan, Sana" <sana.khan@pellworthfinancial.com>', 'debreif invite not sent to HM', d, region='uk', recv=5, client='outlook-desktop', topic='debreif invite not sent to HM'),
    multi('mixed', [text('''hiya, the debreif for the Senior Actuary candidate (thurs 3pm) never went to the hiring manager Claire Dawson, everyone else on the loop got it fine. i scheduled it thru goodtime yesterday like i always do and she is definately on the template. can someone check whats happened? ive added her manually for now

thx
Sana
''', 'plain', 'us-ascii', 'quoted-printable'), attach(tnef(55), 'application/ms-tnef', 'winmail.dat')], 'outlook-mixed'),
    notes='debrief invite missing one attendee')

# --- en / Phoenix time zone wrong by one hour
d = D('2026-03-10 12:15', 'use')
add('bug', 'forward_support', '', 'en', 'outlook;multipart-alternative;qp;received-chain',
    H('"Whitfield, Carla" <carla.whitfield@pellworthfinancial.com>', 'Wrong time on candidate confirmation (Arizona)', d, region='us', recv=7,
      topic='Wrong time on candidate confirmation (Arizona)'),
    outlook_alt(B('''Hello,

We have a candidate in Phoenix for a Claims Adjuster role. Her confirmation from GoodTime says 11:00 AM MST, but the interview on our calendars is 1:00 PM Eastern, which is 10:00 AM in Phoenix (Arizona doesn't do daylight saving). She nearly joined an hour late yesterday - luckily she emailed first.

Her time zone in GoodTime is set to "America/Phoenix". It looks like the e-mail ignored that since the clocks changed on Sunday.

Candidate: Dana Ortiz, req R-31190.

Thanks,
Carla Whitfield
Talent Acquisition Partner | Pellworth Insurance Company of America''')), notes='confirmation time wrong after DST')

# --- en / HIGH IMPACT: all contact-centre interviewers show free
d = D('2026-03-02 10:48', 'uk')
add('bug', 'forward_support+flag_csm', '', 'en', 'outlook-html-only;qp;windows-1252;angry-caps;high-impact',
    H('"Fletcher, Dawn" <dawn.fletcher@pellworthfinancial.co.uk>', 'GoodTime showing EVERYONE free - contact centres', d, region='uk',
      dom='pellworthfinancial.co.uk', recv=6, topic='GoodTime showing EVERYONE free - contact centres', extra=['Importance: high', 'X-Priority: 1']),
    outlook_html_only(B('''Hi,

Since about 8am GoodTime is showing EVERY interviewer in the Leeds and Cardiff contact centres as completely free all day. Nobody's calendar is being read. My coordinators have already booked around 15 interviews on top of team huddles, 1:1s and training, and we're now having to unpick them one by one.

This is hitting the whole UK contact-centre recruiting team (9 coordinators, roughly 60 interviewers). Please treat it as a priority - we are in the middle of the spring hiring campaign for 120 customer service agents.

Dawn Fletcher
Recruitment Manager - Contact Centres
Pellworth Financial | Leeds & Cardiff

''' + DISC_UK)), notes='org-wide calendar reading failure')

# --- en / HIGH IMPACT: another candidate's itinerary (data incident)
d = D('2026-01-22 16:30', 'uk')
b = B('''CONFIDENTIAL - data incident

Hello,

This afternoon a candidate for a Mortgage Adviser role (Nottingham branch) contacted us because the interview itinerary she received from GoodTime was for a different candidate: it showed the other person's full name, mobile number and a link to their CV. The other candidate appears to have received hers.

We have logged this internally as data incident DPI-2026-031 and Compliance is assessing whether it is reportable. We need to understand urgently how this happened, whether any other itineraries were mis-sent, and we need it stopped. Until we hear back we have asked recruiters in Retail Banking not to send itineraries through GoodTime.

Please keep this thread restricted.

Regards,

Hannah Osei
Compliance Analyst - Data Protection
Pellworth Financial plc
1 Pellworth Square, London EC2M 4YA

''' + DISC_UK)
add('bug', 'forward_support+flag_csm', '', 'en', 'outlook;multipart-alternative;qp;legal-disclaimer;high-impact;security',
    H('"Osei, Hannah" <hannah.osei@pellworthfinancial.com>', 'CONFIDENTIAL: candidate received another candidate\'s itinerary', d, region='uk', recv=6, auth=True,
      cc='"Bennett, Laura" <laura.bennett@pellworthfinancial.com>', extra=['Sensitivity: company-confidential', 'Importance: high']),
    outlook_alt(b), notes='data leak between candidates')

# --- en / HIGH IMPACT: recurring duplicate invites after ticket closed ('-----Original Message-----')
d = D('2026-03-20 14:03', 'use')
b = B('''This is back.

GoodTime Support closed ticket #48213 on March 2 as fixed (their note is below), and this morning three candidates for the Hartford claims adjuster roles got the same interview invite twice, each with a different Zoom link. Two of them joined the wrong one. Interviewers also have duplicate holds on their calendars again.

That's the third time I'm reporting this since January. Please send it back to Support and make sure it gets looked at properly this time.

Mike

Michael Brennan
Senior Recruiting Coordinator | Pellworth Insurance Company of America
Hartford, CT''', 'orig',
      [('From:', 'GoodTime Support <support@goodtime.io>'), ('Sent:', 'Monday, March 2, 2026 11:47 AM'),
       ('To:', 'Brennan, Michael <michael.brennan@pellworthfinancial.com>'), ('Subject:', 'Re: [GoodTime] Ticket #48213 - duplicate interview invites')],
      '''Hi Michael,

Thanks for your patience. Our engineering team has deployed a fix for the duplicate calendar events you reported. We'll go ahead and mark this ticket as solved - just reply if you see it again.

Kind regards,
GoodTime Support''')
add('bug', 'forward_support+flag_csm', '', 'en', 'outlook;multipart-mixed;html-body-cp1252;ics-attachment;original-message-quote;qp;high-impact;recurring',
    H('"Brennan, Michael" <michael.brennan@pellworthfinancial.com>', 'FW: Re: [GoodTime] Ticket #48213 - duplicate interview invites', d, region='us', recv=6),
    multi('mixed', [outlook_html_only(b, lang='EN-US'),
                    attach(ics('REQUEST', '040000008200E00074C5B7101A82E00800000000%s' % rhex(48), 'Interview: Property Claims Adjuster - Hartford (GoodTime)',
                               '20260320T100000', '20260320T104500', 'Eastern Standard Time', ('Pellworth Recruiting', 'recruiting@pellworthfinancial.com'),
                               [('Michael Brennan', 'michael.brennan@pellworthfinancial.com', 'NEEDS-ACTION')], 'Zoom https://pellworth.zoom.us/j/8127740012').encode(),
                           'text/calendar', 'invite.ics')], 'outlook-mixed'),
    notes='recurring after fix; third report')

# =====================================================================================
# SCHEDULING BLOCKERS
# =====================================================================================

# --- de / candidate at reception, room taken (iPhone, raw utf-8 subject)
d = D('2026-02-26 10:24', 'de')
add('scheduling_blocker', 'forward_support', '', 'de', 'iphone;raw-utf8-subject;qp;mobile-signature',
    H('Sandra Koch <sandra.koch@pellworth.de>', 'DRINGEND: Bewerberin wartet am Empfang – Raum belegt', d, client='iphone', dom='pellworth.de', recv=6, origin='onprem'),
    text('''Hallo,

die Bewerberin für 10:30 (Sachbearbeitung Leistung, Frau Demir) sitzt schon am Empfang Überseering. GoodTime hat Raum 4.12 gebucht, da sitzt aber gerade eine Vorstandsrunde drin, und Herr Wolff hat die Einladung gar nicht in seinem Kalender.

Was mache ich jetzt? Kann jemand schauen, welcher Raum frei ist und Herrn Wolff noch reinholen? Bitte kurz zurückrufen: 0160 9914 2281

Sandra

Von meinem iPhone gesendet''', 'plain', 'utf-8', 'quoted-printable', csq=False), notes='candidate waiting; room occupied and interviewer not invited')

# --- es / interview in 15 minutes, no Teams link (Outlook html-only)
d = D('2026-03-12 12:16', 'es')
add('scheduling_blocker', 'forward_support', '', 'es', 'outlook-html-only;qp;windows-1252;rfc2047-q-utf8',
    H(addr('Díaz Romero, Alberto', 'alberto.diaz@pellworth.es', 'Q'), ew('URGENTE - entrevista en 15 minutos sin enlace', 'utf-8', 'Q'), d, dom='pellworth.es',
      lang='es-ES', recv=5, extra=['Importance: high']),
    outlook_html_only(B('''Hola,

La entrevista de las 12:30 con el candidato para agente de atención al cliente (Sergio Navarro) empieza en 15 minutos y ni él ni la entrevistadora, Lorena, tienen el enlace de Teams. En GoodTime aparece como programada y confirmada.

¿Qué hago? ¿Le mando un enlace mío a mano o lo podéis regenerar ahora? El candidato ya me ha escrito preguntando.

Alberto Díaz
Contact Center Madrid - Selección''')), notes='starts in 15 minutes, no link')

# --- pt / candidate at reception, interviewers have no invite (base64, iPhone)
d = D('2026-01-28 14:34', 'pt')
add('scheduling_blocker', 'forward_support', '', 'pt', 'iphone;base64;utf-8;mobile-signature;rfc2047-q-utf8',
    H('Mariana Costa <mariana.costa@pellworth.pt>', ew('Candidato na receção - entrevistadores sem convite', 'utf-8', 'Q'), d, client='iphone', dom='pellworth.pt',
      recv=7, origin='google'),
    text('''Olá,

O candidato das 14h30 para subscritor (Rodrigo Matos) já está na receção da Av. da Liberdade e nenhum dos dois entrevistadores tem a entrevista no calendário. No GoodTime aparece como marcada. O Dr. Henrique está noutra reunião e não sabe de nada.

Preciso de ajuda agora, o candidato está à espera.

Mariana

Enviado do meu iPhone''', 'plain', 'utf-8', 'base64', csq=False), notes='candidate waiting; invites missing')

# --- en / panel starting now, no link
d = D('2026-02-04 14:57', 'uk')
add('scheduling_blocker', 'forward_support', '', 'en', 'outlook-html-only;qp;windows-1252',
    H('"Turner, Rebecca" <rebecca.turner@pellworthfinancial.com>', 'Panel starting NOW - no Teams link', d, region='uk', recv=5,
      extra=['Importance: high', 'X-Priority: 1'], topic='Panel starting NOW - no Teams link'),
    outlook_html_only(B('''Hi - the panel for the Senior Actuary (Pricing) candidate starts at 15:00 and there's no Teams link on ANY of the invites, neither the three panellists' nor the candidate's. Candidate has just emailed asking for it.

Can you push a link out or tell me the quickest fix? I've got a meeting link of my own I can send if needed but don't want to make things worse.

Rebecca Turner
Talent Acquisition Partner | Actuarial & Finance''')), notes='panel now, link missing')

# --- en / terse lowercase, interview shows cancelled
d = D('2026-03-26 09:02', 'uk')
add('scheduling_blocker', 'forward_support', '', 'en', 'iphone;7bit;lowercase;no-message-id;mobile-signature',
    H('Jade Williams <jade.williams@pellworthfinancial.com>', 'help', d, client='iphone', msgid=None),
    text('''candidate in reception at pellworth sq for the 9am branch adviser interview and goodtime says its been cancelled?? nobody cancelled it. interviewers say they have nothing in their diary now. what do i do

Sent from my iPhone''', 'plain', 'us-ascii', '7bit', csq=False), notes='candidate waiting; interview shows cancelled')

# --- en / ANGRY CAPS, interviewer declined, swap fails
d = D('2026-02-16 13:41', 'uk')
add('scheduling_blocker', 'forward_support', '', 'en', 'outlook;multipart-alternative;angry-caps;qp',
    H('"Doyle, Kieran" <kieran.doyle@pellworthfinancial.com>', 'INTERVIEW AT 2PM - CANNOT SWAP INTERVIEWER', d, region='uk', recv=6,
      extra=['Importance: high'], topic='INTERVIEW AT 2PM - CANNOT SWAP INTERVIEWER'),
    outlook_alt(B('''THE INTERVIEW STARTS AT 2 AND THE INTERVIEWER HAS JUST DECLINED. GOODTIME WONT LET ME SWAP HIM, IT JUST SPINS AND THEN SAYS "UNABLE TO SAVE CHANGES". TRIED 4 TIMES.

CANDIDATE IS ALREADY ON HER WAY IN FOR THE MORTGAGE ADVISER ROLE. Sonia Ali is free and in the pool, I just need her on it.

PLEASE CALL ME 07700 900812

Kieran''')), notes='interview in 20 minutes; swap fails')

# --- en / candidate cannot join Zoom (US)
d = D('2026-03-18 10:05', 'use')
add('scheduling_blocker', 'forward_support', '', 'en', 'outlook;multipart-alternative;qp;received-chain;dkim;arc',
    H('"Alvarez, Marisol" <marisol.alvarez@pellworthfinancial.com>', 'Candidate can\'t get into Zoom - interview is now', d, region='us', recv=8, auth=True),
    outlook_alt(B('''Hi,

Our 10:00 ET interview for the Property Claims Adjuster role is happening right now and the candidate (Kevin Brooks) keeps getting "Invalid meeting ID" on the Zoom link from his GoodTime confirmation. Both interviewers are sitting in the meeting from their calendar invite, which seems to have a different link.

What's the fastest way to get him in? He's been trying for 5 minutes.

Marisol Alvarez
Recruiting Coordinator - Claims
Pellworth Insurance Company of America''')), notes='candidate cannot join video now')

# --- en / room taken, candidate arriving; plus side question (two topics)
d = D('2026-02-20 13:52', 'use')
add('scheduling_blocker', 'forward_support', '', 'en', 'apple-mail;multipart-alternative;qp;two-topics',
    H('Brandon Lee <brandon.lee@pellworthfinancial.com>', 'Blue Ridge room taken - candidate arriving in 5', d, client='apple', region='us', recv=6),
    apple_alt(B('''Hi,

GoodTime booked "Blue Ridge" (Charlotte, 4th floor) for the 2:00 onsite with the Data Engineer candidate, but there's a board prep meeting in there and they're not leaving. Candidate arrives in 5 minutes and the first interviewer is already on the floor. Can someone find us another room and update the invites? Everything on 4 looks booked to me.

Unrelated, and not urgent at all: when is the next coordinator training session? My new teammate starts Monday.

Thanks
Brandon''')), notes='room conflict at interview start plus minor side question')

# --- en / wrong building on itinerary, onsite starting in 30 min
d = D('2026-03-27 08:33', 'uk')
add('scheduling_blocker', 'forward_support', '', 'en', 'outlook;multipart-alternative;base64;utf-8',
    H('"Hussain, Imran" <imran.hussain@pellworthfinancial.com>', 'Candidate heading to wrong building - onsite 9:00', d, region='uk', recv=5),
    outlook_alt(B('''Morning,

The Wealth Management onsite for the Relationship Manager candidate starts at 9:00 at 40 Albemarle Street (Mayfair office). GoodTime's itinerary this morning sent her to 1 Pellworth Square - she's just texted me from the City reception.

Can you resend the correct itinerary right now? I've told her to get a cab but the first interviewer only has a 30-minute slot and I need the rest of the loop updated if we have to push back.

Imran Hussain
Recruitment Partner - Wealth Management
Pellworth Private Wealth''', ), 'utf-8', 'base64'), notes='candidate sent to wrong office; loop starting')

# --- en / misleading subject "RE: Tuesday", reply over unrelated thread
d = D('2026-03-03 09:36', 'uk')
b = B('''Sorry to jump on this thread - the 9:30 phone screen with the branch adviser candidate (Leanne Marsh) is happening NOW and she says she never got a dial-in or link. Sam is on the call waiting. Can you resend or tell me what she should dial?

Nicola''', 'outlook',
      [('From:', 'Hayes, Nicola <nicola.hayes@pellworthfinancial.com>'), ('Sent:', '27 February 2026 15:02'),
       ('To:', 'GoodTime Help Line <helpline@pellworthfinancial.com>'), ('Subject:', 'Tuesday')],
      '''Hi, are we still on for Tuesday's drop-in for the Midlands branch team? I'll bring the sandwiches list.

Nicola''')
add('scheduling_blocker', 'forward_support', '', 'en', 'outlook;multipart-alternative;qp;reply-unrelated-thread;misleading-subject',
    H('"Hayes, Nicola" <nicola.hayes@pellworthfinancial.com>', 'RE: Tuesday', d, region='uk', recv=5, topic='Tuesday', irt=mid('outlook', region='uk')),
    outlook_alt(b), notes='phone screen happening now; subject from old thread')

# --- en / dashboard won't load, candidate in Hartford lobby
d = D('2026-03-31 08:06', 'use')
add('scheduling_blocker', 'forward_support', '', 'en', 'gmail-style;multipart-alternative;qp',
    H('Tanya Rhodes <tanya.rhodes@pellworthfinancial.com>', 'GoodTime won\'t load - candidate in lobby', d, client='gmail', region='us', recv=5,
      msgid=mid('outlook', region='us')),
    multi('mixed', [gmail_alt(B('''GoodTime just spins on the dashboard and on the interview page, so I can't see which room or interviewers the 8:15 Claims Supervisor candidate is booked with. She's in the Hartford lobby now and reception is asking me where to send her.

Can someone tell me the room and names for interview ID 771204, or get the page working?

Tanya''')), attach(png(220, 120, 93, (120, 120, 120)), 'image/png', 'Screenshot 2026-03-31 at 08.04.51.png')], 'gmail'),
    notes='page not loading while candidate waits')

# --- en / forwarded from candidate in waiting room
d = D('2026-01-20 16:03', 'uk')
b = B('''help!! this is happening now - hiring manager not answering his phone. can you see in GoodTime who is supposed to be on this one and ping them?''', 'fwd-outlook',
      [('From:', 'Chris Adeyemi <chris.adeyemi@outlook.com>'), ('Sent:', 'Tuesday, January 20, 2026 4:01 PM'),
       ('To:', 'Jess Parker <jess.parker@pellworthfinancial.com>'), ('Subject:', 'Interview at 4pm')],
      '''Hi Jess, I'm in the Teams waiting room for the 4pm Underwriting Assistant interview but nobody has let me in yet. Is it still going ahead?

Thanks, Chris''')
add('scheduling_blocker', 'forward_support', '', 'en', 'outlook;forwarded;multipart-alternative;qp',
    H('"Parker, Jess" <jess.parker@pellworthfinancial.com>', 'FW: Interview at 4pm', d, region='uk', recv=5, topic='Interview at 4pm'),
    outlook_alt(b), notes='candidate waiting in virtual lobby now')

# =====================================================================================
# FEATURE REQUESTS
# =====================================================================================

# --- es / reminders by WhatsApp / SMS (Gmail alt)
d = D('2026-02-06 11:11', 'es')
add('feature_request', 'product_board_reply', '', 'es', 'gmail;multipart-alternative;qp;rfc2047-q-utf8',
    H('Raquel Herrero <raquel.herrero@pellworth.es>', ew('Propuesta: recordatorios por SMS/WhatsApp', 'utf-8', 'Q'), d, client='gmail', dom='pellworth.es', recv=7,
      origin='google', auth=True),
    gmail_alt(B('''Hola,

En el contact center de Málaga casi un 20 % de los candidatos no se presenta a la entrevista telefónica, y muchos nos dicen después que no miran el correo. Nos encantaría que GoodTime pudiera mandar los recordatorios también por SMS o por WhatsApp, no solo por email.

Para perfiles de atención al cliente sería un cambio enorme. Si hace falta que lo explique mejor o que lo propongamos en algún sitio, decidme.

Un saludo,
Raquel Herrero
Responsable de Selección - Contact Center Málaga''')), notes='SMS/WhatsApp reminders')

# --- fr / only first names of interviewers in candidate mails (Outlook html-only)
d = D('2026-01-16 11:42', 'fr')
add('feature_request', 'product_board_reply', '', 'fr', 'outlook-html-only;qp;windows-1252;rfc2047-q-latin1',
    H(addr('Girard, Nicolas', 'nicolas.girard@pellworth.fr'), ew('Suggestion : masquer le nom de famille des interviewers', 'iso-8859-1', 'Q'), d,
      dom='pellworth.fr', lang='fr-FR', recv=6),
    outlook_html_only(B('''Bonjour,

Petite suggestion remontée par plusieurs managers de l'indemnisation : ils aimeraient que les e-mails envoyés aux candidats puissent n'afficher que le prénom et la fonction des interviewers, sans le nom de famille. Certains ont déjà été contactés directement sur LinkedIn par des candidats non retenus, ce qui n'est pas très confortable.

Ce serait bien que ce soit un réglage par modèle d'e-mail.

Merci de transmettre,

Nicolas Girard
Responsable indemnisation auto - Lyon
Pellworth Assurances France''')), notes='hide interviewer surnames in candidate e-mails')

# --- pt / municipal holidays (Outlook alt base64)
d = D('2026-03-06 16:44', 'pt')
add('feature_request', 'product_board_reply', '', 'pt', 'outlook;multipart-alternative;base64;utf-8',
    H('"Sousa, Ana" <ana.sousa@pellworth.pt>', ew('Sugestão: feriados municipais no GoodTime', 'utf-8', 'B'), d, dom='pellworth.pt', lang='pt-PT', recv=6),
    outlook_alt(B('''Boa tarde,

Uma sugestão para o GoodTime: seria ótimo se reconhecesse automaticamente os feriados nacionais e municipais portugueses. No ano passado foram marcadas entrevistas no Porto no dia de São João (24 de junho) e em Lisboa no Santo António (13 de junho), e tivemos de desmarcar tudo à última hora.

Idealmente daria para escolher o calendário de feriados por escritório (Lisboa, Porto).

Obrigada,
Ana Sousa
Assistente de Direção - Pellworth Seguros Portugal''', ), 'utf-8', 'base64', 'PT'), notes='national and municipal holidays per office')

# --- en / URGENT subject over a wish
d = D('2026-03-09 08:58', 'uk')
add('feature_request', 'product_board_reply', '', 'en', 'outlook;multipart-alternative;qp;misleading-subject;urgent-subject',
    H('"Collins, Amy" <amy.collins@pellworthfinancial.com>', 'URGENT!!! GoodTime needs a bulk reschedule', d, region='uk', recv=5,
      extra=['Importance: high'], topic='URGENT!!! GoodTime needs a bulk reschedule'),
    outlook_alt(B('''Hi all,

Nothing is on fire today, but this keeps biting us. Every time a graduate assessment centre date moves (it happened twice last month because of room availability at Pellworth Square), we have to reschedule 12-20 candidate interviews one at a time. It took Zoe and me most of a Friday.

Please can GoodTime add a way to select a batch of interviews and move them to a new date together, keeping the same interviewers where they're free?

Thanks!
Amy

Amy Collins
Early Careers Lead | Pellworth Financial''')), notes='bulk reschedule wish under URGENT subject')

# --- en / idea via Power Automate form (robot -> person)
d = D('2026-02-27 12:30', 'uk')
html = '''<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px">
<table style="border-collapse:collapse" cellpadding="6">
<tr><td colspan="2" style="background:#1f3864;color:#ffffff;font-size:16px"><b>Pellworth Ideas Hub &ndash; new idea submitted</b></td></tr>
<tr><td><b>Idea ID</b></td><td>IDEA-3317</td></tr>
<tr><td><b>Submitted by</b></td><td>Megan Hall (megan.hall@pellworthfinancial.co.uk)</td></tr>
<tr><td><b>Team</b></td><td>Talent Acquisition &ndash; Contact Centres, Leeds</td></tr>
<tr><td><b>System</b></td><td>GoodTime</td></tr>
<tr><td><b>Title</b></td><td>Teams notification when a candidate books a slot</td></tr>
<tr><td><b>Description</b></td><td>When a candidate books through a self-scheduling link I only find out from the calendar invite, which gets lost among everything else. It would be great if GoodTime could post a message to our Teams recruiting channel (or send me a Teams chat) the moment a candidate books, reschedules or cancels, so we can react the same day.</td></tr>
<tr><td><b>Benefit</b></td><td>Faster follow-up, fewer missed changes</td></tr>
</table>
<p style="color:#777777;font-size:11px">This e-mail was sent automatically by a Power Automate flow. Replies to this address are not monitored.</p>
</body></html>
'''
add('feature_request', 'forward_support|needs_review', '', 'en', 'form-mailer;power-automate;auto-submitted;x-auto-response-suppress;noreply-from;html-only;base64',
    H('Pellworth Ideas Hub <ideas-noreply@pellworthfinancial.com>', '[Ideas Hub] New idea IDEA-3317: Teams notification when a candidate books a slot', d,
      client='none', region='uk', recv=5, origin='exo', msgid=mid('outlook', region='uk'),
      extra=['Auto-Submitted: auto-generated', 'X-Auto-Response-Suppress: All', 'X-MS-Exchange-Organization-SCL: -1', 'X-Mailer: Microsoft Power Automate']),
    text(html, 'html', 'utf-8', 'base64'), notes='idea form mailer; feature wish must reach a person')

# --- en / availability heatmap (Apple Mail)
d = D('2026-01-26 15:17', 'use')
add('feature_request', 'product_board_reply', '', 'en', 'apple-mail;multipart-alternative;qp',
    H('Derek Simmons <derek.simmons@pellworthfinancial.com>', 'idea: team availability heatmap', d, client='apple', region='us', recv=5),
    apple_alt(B('''Hi folks,

Something I'd love to see in GoodTime: a simple heatmap of when a whole interviewer pool is free over the next two weeks. When a hiring manager asks "when could we do a panel with the platform team?" I end up opening eight calendars side by side.

Even a read-only view per pool would save me a lot of time.

Derek Simmons
Technical Recruiter | Pellworth Financial Technology, Charlotte''')), notes='pool availability heatmap')

# --- en / automatic buffer between interviews
d = D('2026-02-24 09:07', 'uk')
add('feature_request', 'product_board_reply', '', 'en', 'outlook-html-only;qp;windows-1252',
    H('"Robertson, Fiona" <fiona.robertson@pellworthfinancial.co.uk>', 'Suggestion - buffer between back-to-back interviews', d, region='uk',
      dom='pellworthfinancial.co.uk', recv=5, topic='Suggestion - buffer between back-to-back interviews'),
    outlook_html_only(B('''Hi,

A suggestion from the underwriting managers in Edinburgh: they'd like GoodTime to leave a guaranteed 15-minute gap whenever it books the same interviewer into two interviews in a row, so they have time to write up notes before the next candidate walks in.

At the moment they're being booked 10:00-11:00 then 11:00-12:00 and the second candidate often waits.

Thanks,
Fiona Robertson
Resourcing Advisor - Scotland
Pellworth Insurance Services, Edinburgh''')), notes='automatic buffer for interviewers')

# --- en / regional bank holidays (iPhone)
d = D('2026-03-14 10:20', 'uk')
add('feature_request', 'product_board_reply', '', 'en', 'iphone;qp;mobile-signature',
    H('Fiona Robertson <fiona.robertson@pellworthfinancial.co.uk>', 'bank holidays', d, client='iphone', region='uk', recv=5),
    text('''Another one from me, sorry! It would be really useful if GoodTime knew that Scotland has different bank holidays from England - St Andrew's Day, the 2nd of January, the August one. It keeps offering slots in Edinburgh on days the office is shut. Being able to pick a holiday calendar per office would fix it.

Sent from my iPhone''', 'plain', 'utf-8', 'quoted-printable', csq=False), notes='regional bank holiday calendars')

# --- en / accessibility needs field (Outlook alt, disclaimer)
d = D('2026-02-02 14:22', 'uk')
add('feature_request', 'product_board_reply', '', 'en', 'outlook;multipart-alternative;qp;legal-disclaimer',
    H('"Grant, Olivia" <olivia.grant@pellworthfinancial.com>', 'Accessibility requests on the candidate booking page', d, region='uk', recv=6, auth=True,
      topic='Accessibility requests on the candidate booking page'),
    outlook_alt(B('''Hello,

As part of our Disability Confident commitment, we'd like candidates to be able to tell us about adjustments (step-free room, extra time, captions, BSL interpreter) at the point they book or share their availability, rather than in a separate email that gets lost.

Could GoodTime add an optional "adjustments" field to the candidate booking page, visible to the coordinator and on the interviewer invite?

Kind regards,

Olivia Grant
Inclusion & Candidate Experience Manager
Pellworth Financial plc

''' + DISC_UK)), notes='accessibility adjustments field for candidates')

# --- en / printable daily schedule for reception (base64 latin-1 plain)
d = D('2026-01-09 12:49', 'uk')
add('feature_request', 'product_board_reply', '', 'en', 'outlook-desktop;base64;iso-8859-1;plain-only',
    H('"Bell, Graham" <graham.bell@pellworthfinancial.co.uk>', 'Reception list for branch interviews', d, client='outlook-desktop', region='uk',
      dom='pellworthfinancial.co.uk', recv=6, msgid='%s@LO2P265MB5731.GBRP265.PROD.OUTLOOK.COM' % rhex(30)),
    text('''Hi,

Our branch managers run interview days in the branches (Leicester, Derby, Nottingham) and reception staff don't have GoodTime access. Could GoodTime produce a one-page printable "today's candidates" list per office: name, time, who they're seeing and which room? At the moment I type it up by hand each morning.

Cheers,
Graham Bell
Area Recruitment Partner - Retail Banking Midlands
''', 'plain', 'iso-8859-1', 'base64'), notes='printable daily reception list')

# --- en / Welsh-language candidate pages (Cardiff)
d = D('2026-03-25 11:03', 'uk')
add('feature_request', 'product_board_reply', '', 'en', 'outlook;multipart-alternative;qp',
    H('"Rees, Gemma" <gemma.rees@pellworthfinancial.co.uk>', 'Welsh language candidate pages', d, region='uk', dom='pellworthfinancial.co.uk', recv=5),
    outlook_alt(B('''Bore da,

We recruit a lot of Welsh speakers for the Cardiff contact centre (we run a Welsh-language customer line). It would be lovely if the candidate-facing pages and emails from GoodTime could be offered in Welsh as well as English - a few candidates have asked and it would reflect well on us under the Welsh Language Standards.

Diolch,
Gemma Rees
Team Leader & Interviewer - Cardiff Contact Centre''')), notes='Welsh-language candidate pages')

# --- en / thanks + idea (two topics, reply thread)
d = D('2026-02-10 16:27', 'uk')
b = B('''Thanks for sorting the pool so quickly, all good now.

While I think of it, an idea for GoodTime: it'd be great if the candidate itinerary could show a small photo of each interviewer. Our graduate candidates tell us they're nervous walking into a room of strangers, and a face helps. Could be opt-in per interviewer.

Ta,
Ryan''', 'gt', 'On Mon, 9 Feb 2026 at 11:04, GoodTime Help Line <helpline@pellworthfinancial.com> wrote:',
      '''Hi Ryan,

All three new analysts are now in the "Graduate - Competency Interview" pool as trainees. They'll start being added as shadows from next week.

GoodTime project team''')
add('feature_request', 'product_board_reply', '', 'en', 'gmail-style;multipart-alternative;qp;reply-thread;two-topics',
    H('Ryan Cooper <ryan.cooper@pellworthfinancial.com>', 'Re: Graduate pool trainees', d, client='gmail', region='uk', recv=5,
      irt=mid('outlook', region='uk'), msgid=mid('outlook', region='uk')),
    gmail_alt(b), notes='thanks plus interviewer photo idea')

# =====================================================================================
# ESCALATIONS
# =====================================================================================

# --- de / works council, training for managers (Outlook html-only cp1252, Q latin-1 split mid-word)
d = D('2026-01-13 15:25', 'de')
add('escalation', 'flag_csm', '', 'de', 'outlook-html-only;qp;windows-1252;rfc2047-q-latin1-split;long-signature;legal-disclaimer',
    H(addr('Dr. Grote, Sibylle', 'sibylle.grote@pellworth.de', 'plain'), ew('GoodTime-Einführung Köln/Hamburg: Schulung Führungskräfte und Betriebsvereinbarung', 'iso-8859-1', 'Q', splits=[13, 44]), d,
      dom='pellworth.de', lang='de-DE', recv=7, origin='onprem', idstyle='onprem', auth=True,
      topic=ew('GoodTime-Einführung Köln/Hamburg', 'iso-8859-1', 'Q')),
    outlook_html_only(B('''Sehr geehrte Damen und Herren,

für die Ausweitung von GoodTime auf unsere Standorte Köln und Hamburg ab dem 1. April benötigen wir zwei Dinge, die wir gern direkt mit GoodTime abstimmen möchten:

1. Eine Schulung für rund 25 Führungskräfte aus Schaden und Underwriting, die künftig als Interviewer bzw. einstellende Führungskräfte in GoodTime arbeiten – idealerweise zwei Termine à 90 Minuten, auf Deutsch.

2. Eine Klärung zur Auswertung von Interviewer-Daten. Unser Betriebsrat hat der Einführung nur unter der Bedingung zugestimmt, dass keine Leistungs- oder Verhaltenskontrolle einzelner Beschäftigter stattfindet (§ 87 Abs. 1 Nr. 6 BetrVG). Wir müssen daher verbindlich wissen, welche personenbezogenen Auswertungen (z. B. Interviewer-Auslastung) GoodTime erstellt und ob sich diese für unsere Gesellschaft abschalten lassen. Das Ergebnis fließt in die Betriebsvereinbarung ein, die Ende Februar unterschrieben werden soll.

Bitte organisieren Sie hierzu einen Termin mit unserer Ansprechpartnerin bei GoodTime.

Mit freundlichen Grüßen

Dr. Sibylle Grote
Vorstand Personal
Pellworth Versicherung AG
Überseering 12 | 22297 Hamburg
Tel. +49 40 6370-1001

''' + DISC_DE), lang='DE'), notes='team training plus works council restrictions on reporting')

# --- es / licences for new team (Outlook forward RV:)
d = D('2026-03-17 09:48', 'es')
b = B('''Hola,

Os reenvío lo que nos pide Dirección. ¿Quién gestiona con GoodTime el tema de licencias? Necesitaríamos tenerlo resuelto antes del 1 de abril, que es cuando empieza la formación del nuevo equipo.

Gracias,
Beatriz Navarro
Responsable de Recursos Humanos - Pellworth Financial España''', 'fwd-outlook',
      [('De:', 'Ignacio Prieto <ignacio.prieto@pellworth.es>'), ('Enviado el:', 'lunes, 16 de marzo de 2026 19:12'),
       ('Para:', 'Beatriz Navarro <beatriz.navarro@pellworth.es>'), ('Asunto:', 'Nuevo equipo de selección Málaga')],
      '''Beatriz:

Como hablamos en el comité, a partir de abril el contact center de Málaga tendrá su propio equipo de selección (4 técnicos y 2 coordinadores). Necesitan acceso a GoodTime desde el primer día. Por favor, confirmad que tenemos licencias suficientes y, si no, qué supone ampliar el contrato.

Ignacio Prieto
Director de Operaciones - Contact Center''')
add('escalation', 'flag_csm', '', 'es', 'outlook;forwarded;multipart-alternative;qp;windows-1252',
    H(addr('Navarro, Beatriz', 'beatriz.navarro@pellworth.es'), 'RV: Nuevo equipo de selección Málaga'.encode('cp1252'), d, dom='pellworth.es', lang='es-ES', recv=6),
    outlook_alt(b, 'windows-1252', 'quoted-printable', 'ES'), notes='extra licences for new team; contract extension')

# --- fr / recurring room booking failures + again today (flag + forward)
d = D('2026-02-18 10:26', 'fr')
add('escalation', 'flag_csm+forward_support', '', 'fr', 'outlook;multipart-alternative;qp;utf-8;dkim;arc;received-chain',
    H(addr('Perrin, Valérie', 'valerie.perrin@pellworth.fr', 'Q'), ew('Réservation des salles à Lyon : problème récurrent, demande d\'escalade', 'utf-8', 'B'), d, dom='pellworth.fr', lang='fr-FR',
      recv=9, auth=True, cc='"Mercier, Julien" <julien.mercier@pellworth.fr>'),
    outlook_alt(B('''Bonjour,

C'est la troisième fois en un mois que GoodTime n'arrive pas à réserver les salles de notre site de Lyon Part-Dieu : la salle apparaît libre, la réservation échoue, et les entretiens partent sans salle. Un ticket est ouvert chez le support GoodTime depuis le 23 janvier (n° 47790), sans solution à ce jour malgré plusieurs relances.

Ce matin encore, deux entretiens de souscripteurs prévus cet après-midi n'ont pas de salle, et nous avons dû nous arranger à la main.

Nous souhaitons que ce sujet soit escaladé auprès de GoodTime et organiser un point avec notre interlocutrice chez eux : la situation pèse sur l'équipe et sur l'image que nous donnons aux candidats.

Cordialement,

Valérie Perrin
Responsable Ressources Humaines - Lyon
Pellworth Assurances France''', ), 'utf-8', 'quoted-printable', 'FR'), notes='recurring unresolved ticket plus fault again today')

# --- en / renewal and seat increase (PDF)
d = D('2026-03-04 14:40', 'uk')
add('escalation', 'flag_csm', '', 'en', 'outlook;multipart-mixed;pdf-attachment;qp;legal-disclaimer',
    H('"Greenwood, Sarah" <sarah.greenwood@pellworthfinancial.com>', 'GoodTime renewal (30 June) - usage data and seat increase', d, region='uk', recv=6,
      extra=['X-MS-Has-Attach: yes'], topic='GoodTime renewal (30 June) - usage data and seat increase'),
    multi('mixed', [outlook_alt(B('''Hi,

I'm the vendor manager for GoodTime in Group Procurement. Our subscription renews on 30 June and I need to prepare the renewal paper for the Technology Investment Committee in May.

Could you please arrange a call with GoodTime's account contact so that we can:
- get usage figures by site (active users, interviews scheduled) for the last 12 months;
- discuss moving from 180 to around 240 seats, as the European sites and the Malaga contact centre come on board;
- understand the pricing options for a three-year term.

Our vendor review template is attached for reference.

Kind regards,

Sarah Greenwood
Vendor Manager - Technology & People Systems
Group Procurement | Pellworth Financial plc

''' + DISC_UK)), attach(pdf(['Pellworth Financial - Vendor Review', 'Vendor: GoodTime', 'Renewal date: 30/06/2026', 'Seats: 180 -> 240 (proposed)']),
                          'application/pdf', 'Vendor_review_template_GoodTime.pdf')], 'outlook-mixed'),
    notes='renewal, usage data, seat increase')

# --- en / training for new US coordinators
d = D('2026-01-21 11:19', 'usc')
add('escalation', 'flag_csm', '', 'en', 'outlook-html-only;qp;windows-1252',
    H('"Hollis, Jennifer" <jennifer.hollis@pellworthfinancial.com>', 'Training for 15 new coordinators - Columbus contact center', d, region='us', recv=6,
      topic='Training for 15 new coordinators - Columbus contact center'),
    outlook_html_only(B('''Hi team,

We're standing up a high-volume recruiting team for the Columbus contact center: 15 new coordinators starting February 9, scheduling around 400 interviews a month for customer service roles.

None of them have used GoodTime before. Can we get proper training set up with GoodTime for the group - ideally a live session in their first week plus something recorded for later hires? I'd also like GoodTime's advice on how to set up the high-volume phone screens for this team.

Thanks,
Jennifer Hollis
Director, Talent Acquisition - Operations
Pellworth Financial | Columbus, OH''', ), lang='EN-US'), notes='training request for a new team')

# --- en / overall complaint (long sig)
d = D('2026-02-27 18:52', 'uk')
add('escalation', 'flag_csm', '', 'en', 'outlook;multipart-alternative;qp;long-signature;legal-disclaimer',
    H('"Chambers, Victoria" <victoria.chambers@pellworthfinancial.com>', 'GoodTime - where we are', d, region='uk', recv=7, auth=True, topic='GoodTime - where we are'),
    outlook_alt(B('''Hi both,

I want to be frank. Six months in, GoodTime is not delivering what we were promised. Coordinators in the UK have quietly gone back to scheduling in Outlook for anything with more than two interviewers, the hiring managers in Insurance don't trust the invites, and my team spends more time working around the tool than with it. Individual tickets get closed, but nothing changes overall.

I'd like a proper conversation with GoodTime about adoption, what's going wrong and what they will do about it, before this goes to the steering group in April. Please set that up and include me.

Victoria

Victoria Chambers
Head of Talent Acquisition, UK
Pellworth Financial plc
1 Pellworth Square, London EC2M 4YA
M: +44 7700 900233

''' + DISC_UK)), notes='overall dissatisfaction and adoption')

# --- en / recurring Zoom links failure, still happening today (flag + forward)
d = D('2026-03-23 09:15', 'use')
b = B('''Team,

Ticket #51877 with GoodTime Support has been open for three weeks: Zoom links aren't generated for interviewers in the US who log in through our Okta SSO. We've sent screenshots, HAR files, the lot. Every reply asks for the same information again.

It's still happening today - four interviews this morning went out with no link and coordinators had to paste their own. This affects every US recruiting team, and my coordinators are burning hours on it.

I need this escalated properly with GoodTime and someone accountable on their side.

Greg Holloway
Senior Manager, Recruiting Operations - Americas
Pellworth Financial''', 'outlook',
      [('From:', 'GoodTime Support <support@goodtime.io>'), ('Sent:', 'Friday, March 20, 2026 5:02 PM'),
       ('To:', 'Holloway, Greg <greg.holloway@pellworthfinancial.com>'), ('Subject:', '[GoodTime] Re: Ticket #51877 - Zoom links not created')],
      '''Hi Greg,

Thanks for following up. Could you please send us a HAR file and a screenshot of the interview page where the link is missing? That will help our team investigate.

Best,
GoodTime Support''')
add('escalation', 'flag_csm+forward_support', '', 'en', 'outlook-html-only;qp;windows-1252;reply-thread',
    H('"Holloway, Greg" <greg.holloway@pellworthfinancial.com>', 'ESCALATION - Ticket #51877 Zoom links (3 weeks open)', d, region='us', recv=6,
      extra=['Importance: high'], topic='ESCALATION - Ticket #51877 Zoom links (3 weeks open)'),
    outlook_html_only(b, lang='EN-US'), notes='unresolved ticket plus live failure today')

# --- en / process change for graduate assessment centres
d = D('2026-02-09 10:30', 'uk')
add('escalation', 'flag_csm', '', 'en', 'outlook;multipart-alternative;base64;utf-8',
    H('"Collins, Amy" <amy.collins@pellworthfinancial.com>', 'Redesigning graduate assessment centres for the 2026 intake', d, region='uk', recv=5,
      topic='Redesigning graduate assessment centres for the 2026 intake'),
    outlook_alt(B('''Hi,

For the 2026 graduate intake (about 300 candidates across Actuarial, Risk, Technology and Insurance) we're changing the assessment centre format: group exercises in the morning, then each candidate rotates through two interviews and a case study, with up to 24 candidates per day across two floors.

This is a big change from how we use GoodTime today, and I don't think our current templates and pools will cope. I'd like GoodTime's help to design the workflow properly before we open bookings in May - can we get time with them to work through it?

Amy Collins
Early Careers Lead | Pellworth Financial''', ), 'utf-8', 'base64'), notes='process redesign for assessment centres')

# --- en / account admin leaving
d = D('2026-03-30 11:45', 'uk')
add('escalation', 'flag_csm', '', 'en', 'outlook;multipart-alternative;qp',
    H('"Bennett, Laura" <laura.bennett@pellworthfinancial.com>', 'GoodTime account owner change', d, region='uk', recv=5, topic='GoodTime account owner change'),
    outlook_alt(B('''Hi,

Martin Shaw, who has been our GoodTime account owner and main admin since go-live, leaves Pellworth on 17 April. I'll be taking over as account owner, with Priya Natarajan (US) as second admin.

Can we make sure GoodTime updates the account contacts, moves the admin rights and billing notices over to me before he goes, and that nothing is tied to Martin's personal login (integrations, API keys, the SSO configuration)?

Thanks,
Laura Bennett
Recruiting Operations Manager | Pellworth Financial plc''')), notes='account owner and admin transfer')

# --- en / value review requested by new CPO (Apple Mail)
d = D('2026-01-07 07:58', 'uk')
add('escalation', 'flag_csm', '', 'en', 'apple-mail;multipart-alternative;qp',
    H('Victoria Chambers <victoria.chambers@pellworthfinancial.com>', 'Review with GoodTime for our new Chief People Officer', d, client='apple', region='uk', recv=6),
    apple_alt(B('''Morning,

Our new Chief People Officer, Andrew Lyle, starts on 2 February and has asked for a review of every TA system, including whether GoodTime is giving us value for money.

Could we set up a business review with GoodTime in February: adoption across sites, time-to-schedule before and after go-live, their roadmap for the things we've been asking for, and what they recommend we change? I'd like to send Andrew an agenda in advance.

Thanks,
Victoria

Sent from my iPad''')), notes='business review for new executive')

# --- en / new acquired entity to be added (plain base64 cp1252)
d = D('2026-02-25 17:05', 'uk')
add('escalation', 'flag_csm', '', 'en', 'outlook-desktop;plain-only;base64;windows-1252;raw-cp1252-from',
    H(addr('O\u2019Neill, Siobhán', 'siobhan.oneill@pellworthfinancial.co.uk', 'raw', 'cp1252'), 'Harbourside acquisition - adding their recruiters to GoodTime', d,
      client='outlook-desktop', region='uk', dom='pellworthfinancial.co.uk', recv=6),
    text('''Hi,

As announced last week, Pellworth has completed the acquisition of Harbourside Insurance Brokers in Bristol. From 1 May their 35 hiring managers and 3 recruiters will use our systems, including GoodTime.

Before then we need to agree with GoodTime how to bring them onto our account: extra seats, whether they can keep their own candidate email branding for the first year, and how their Greenhouse data fits with our Workday set-up. Could you get this in front of the right person at GoodTime?

Many thanks,
Siobhán O\u2019Neill
HR Integration Lead - Harbourside
Pellworth Financial''', 'plain', 'windows-1252', 'base64'), notes='new acquired entity; seats and branding')

# --- en / complaint + org-wide SSO outage right now (flag + forward)
d = D('2026-04-01 08:20', 'use')
add('escalation', 'flag_csm+forward_support', '', 'en', 'outlook;multipart-alternative;qp;angry-caps;received-chain;dkim;arc',
    H('"Whitaker, Dean" <dean.whitaker@pellworthfinancial.com>', 'Third GoodTime outage this month - NOBODY in the US can log in', d, region='us', recv=10, auth=True,
      extra=['Importance: high', 'X-Priority: 1']),
    outlook_alt(B('''This is the third GoodTime outage this month. Since 7:30 ET NOBODY in the US branch network or the Hartford claims office can log in - the SSO page returns "SAML response invalid" and loops. We have 40+ interviews today.

Individual tickets are not working for us. I want someone senior at GoodTime on a call with me today, an incident report for all three outages, and a clear plan for how this stops happening. Please raise it with our account team at GoodTime immediately, and get Support on the current outage.

Dean Whitaker
VP, Talent Acquisition - Americas
Pellworth Financial''')), notes='repeated outages plus live org-wide login failure')

# =====================================================================================
# NOISE
# =====================================================================================

# --- de / out of office with Auto-Submitted (Exchange on-prem, alt)
d = D('2026-03-02 16:47', 'de')
ooo = B('''Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich Freitag, 13.03.2026, nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an Frau Julia Neumann (julia.neumann@pellworth.de, Tel. +49 69 2578-1140).

Mit freundlichen Grüßen
Markus Lehmann
Recruiting Frankfurt''')
add('noise', 'ignore', '', 'de', 'out-of-office;auto-submitted;outlook;multipart-alternative;qp;rfc2047-q-latin1',
    H(addr('Lehmann, Markus', 'markus.lehmann@pellworth.de'), ew('Automatische Antwort: GoodTime-Sprechstunde im März', 'iso-8859-1', 'Q'), d, dom='pellworth.de', lang='de-DE',
      recv=5, origin='onprem', idstyle='onprem', irt='<DU2PR06MB8237A91C4F6E2B7D0A3C9E11B2F4D6A8@DU2PR06MB8237.eurprd06.prod.outlook.com>',
      extra=['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All', 'X-MS-Exchange-Inbox-Rules-Loop: markus.lehmann@pellworth.de']),
    outlook_alt(ooo, 'utf-8', 'quoted-printable', 'DE'), notes='out of office reply to announcement')

# --- es / out of office WITHOUT Auto-Submitted (rule-based reply)
d = D('2026-03-03 10:13', 'es')
add('noise', 'ignore', '', 'es', 'out-of-office;no-auto-submitted;plain-only;qp;iso-8859-1',
    H('Marta Gimenez <marta.gimenez@pellworth.es>', 'Ausencia: Re: Nueva plantilla para entrevistas de contact center', d, client='gmail', dom='pellworth.es',
      recv=6, origin='google', msgid=None),
    text('''Hola,

Estoy de vacaciones hasta el lunes 23 de marzo, sin acceso al correo.

Para temas URGENTES de selección del contact center, escribe a Pablo Ruiz (pablo.ruiz@pellworth.es). A la vuelta responderé a tu mensaje lo antes posible.

Un saludo,
Marta Giménez
''', 'plain', 'iso-8859-1', 'quoted-printable'), notes='out of office without auto-submitted header')

# --- fr / read receipt (MDN)
d = D('2026-03-10 14:35', 'fr')
orig_mid = mid('outlook')
mdn_txt = text('''Votre message

  À : Lefèvre, Camille
  Objet : Accès GoodTime pour les nouveaux alternants
  Envoyé : mardi 10 mars 2026 14:02:11 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris

a été lu le mardi 10 mars 2026 14:35:40 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
''', 'plain', 'utf-8', 'quoted-printable')
mdn = E(['Content-Type: message/disposition-notification'],
        ('Reporting-UA: PA4PR06MB7087.eurprd06.prod.outlook.com; Microsoft Exchange Server\n'
         'Final-Recipient: rfc822;camille.lefevre@pellworth.fr\n'
         'Original-Message-ID: %s\n'
         'Disposition: manual-action/MDN-sent-manually; displayed\n' % orig_mid).encode())
add('noise', 'ignore', '', 'fr', 'read-receipt;multipart-report;disposition-notification;rfc2047-q-utf8',
    H(addr('Lefèvre, Camille', 'camille.lefevre@pellworth.fr', 'B', 'iso-8859-1'), ew('Lu : Accès GoodTime pour les nouveaux alternants', 'utf-8', 'Q'), d, dom='pellworth.fr', client='none',
      lang='fr-FR', recv=5, irt=orig_mid, msgid=mid('outlook')),
    multi('report', [mdn_txt, mdn], 'outlook', params=' report-type=disposition-notification;'), notes='read receipt')

# --- pt / calendar accept (text/calendar REPLY)
d = D('2026-02-12 09:31', 'pt')
cal = ics('REPLY', '040000008200E00074C5B7101A82E008000000004F1B6C2D9A3DDC01000000000000000010000000%s' % rhex(32),
          'Formação GoodTime - coordenadores Lisboa', '20260219T100000', '20260219T113000', 'GMT Standard Time',
          ('GoodTime Help Line', HL), [('Inês Carvalho', 'ines.carvalho@pellworth.pt', 'ACCEPTED')], 'Microsoft Teams Meeting')
add('noise', 'ignore', '', 'pt', 'calendar-accept;text-calendar;multipart-alternative;base64;rfc2047-b-utf8',
    H(addr('Inês Carvalho', 'ines.carvalho@pellworth.pt', 'B'), ew('Aceite: Formação GoodTime - coordenadores Lisboa', 'utf-8', 'B'), d,
      dom='pellworth.pt', lang='pt-PT', recv=5, extra=['X-MS-Exchange-Calendar-Originator-Id: ' + ruuid().lower()]),
    multi('alternative', [text('', 'plain', 'utf-8', 'quoted-printable'),
                          text(cal, 'calendar', 'utf-8', 'base64', params='; method=REPLY')], 'outlook'),
    notes='meeting accepted')

# --- en / bounce from MAILER-DAEMON (Postfix style delivery-status)
d = D('2026-02-18 10:02', 'uk')
orig = ('Received: from DU2PR06MB8237.eurprd06.prod.outlook.com (2603:10a6:10:2e3::9)\n'
        'Date: Wed, 18 Feb 2026 10:01:48 +0000\n'
        'From: GoodTime Help Line <helpline@pellworthfinancial.com>\n'
        'To: rachel.kim.cpa@gmial.com\n'
        'Subject: RE: Final round in London - travel\n'
        'Message-ID: <%s@DU2PR06MB8237.eurprd06.prod.outlook.com>\n' % rhex(30))
qid = ran(10)
bounce = multi('report', [
    E(['Content-Description: Notification', 'Content-Type: text/plain; charset=us-ascii'],
      ('''This is the mail system at host mx0a-00452301.pphosted.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<rachel.kim.cpa@gmial.com>: Host or domain name not found. Name service error
    for name=gmial.com type=MX: Host not found, try again
''').encode()),
    E(['Content-Description: Delivery report', 'Content-Type: message/delivery-status'],
      ('''Reporting-MTA: dns; mx0a-00452301.pphosted.com
X-Postfix-Queue-ID: 4ZB%s
X-Postfix-Sender: rfc822; helpline@pellworthfinancial.com
Arrival-Date: Wed, 18 Feb 2026 10:01:51 +0000 (GMT)

Final-Recipient: rfc822; rachel.kim.cpa@gmial.com
Original-Recipient: rfc822;rachel.kim.cpa@gmial.com
Action: failed
Status: 5.4.4
Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
    for name=gmial.com type=MX: Host not found, try again
''' % qid).encode()),
    E(['Content-Description: Undelivered Message Headers', 'Content-Type: text/rfc822-headers'], orig.encode())],
    'other', params=' report-type=delivery-status;')
add('noise', 'ignore', '', 'en', 'bounce;mailer-daemon;multipart-report;delivery-status',
    H('MAILER-DAEMON@mx0a-00452301.pphosted.com (Mail Delivery System)', 'Undelivered Mail Returned to Sender', d, client='none',
      msgid='<20260218100202.4ZB%s@mx0a-00452301.pphosted.com>' % qid, recv=5, origin='ext', dom='pphosted.com',
      to='helpline@pellworthfinancial.com', extra=['Auto-Submitted: auto-replied']),
    bounce, notes='bounce of help-line reply to mistyped address')

# --- en / Exchange NDR
d = D('2026-01-27 14:20', 'uk')
ndr_b = B('''Your message to dominic.fraser@pellworthfinancial.co.uk couldn't be delivered.

dominic.fraser wasn't found at pellworthfinancial.co.uk.

helpline          Office 365          dominic.fraser
Action Required                        Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.
- If the recipient has left the organisation, contact your administrator.''')
ndr = multi('report', [
    multi('alternative', [text(ndr_b.plain(), 'plain', 'us-ascii', '7bit'), text(html_simple(ndr_b), 'html', 'us-ascii', '7bit')], 'outlook'),
    E(['Content-Type: message/delivery-status'],
      ('''Reporting-MTA: dns;LO2P265MB5731.GBRP265.PROD.OUTLOOK.COM
Received-From-MTA: dns;LO2P265MB5731.GBRP265.PROD.OUTLOOK.COM
Arrival-Date: Tue, 27 Jan 2026 14:20:11 +0000

Final-Recipient: rfc822;dominic.fraser@pellworthfinancial.co.uk
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
''').encode()),
    E(['Content-Type: message/rfc822'],
      ('From: GoodTime Help Line <helpline@pellworthfinancial.com>\nTo: "Fraser, Dominic" <dominic.fraser@pellworthfinancial.co.uk>\n'
       'Subject: RE: Interviewer pool - Motor claims\nDate: Tue, 27 Jan 2026 14:20:05 +0000\nMessage-ID: %s\nMIME-Version: 1.0\n'
       'Content-Type: text/plain; charset="us-ascii"\n\nHi Dominic, you are now in the Motor Claims pool as qualified.\n' % mid('outlook', region='uk')).encode())],
    'outlook', params=' report-type=delivery-status;')
add('noise', 'ignore', '', 'en', 'bounce;exchange-ndr;multipart-report;delivery-status;message-rfc822',
    H('Microsoft Outlook <postmaster@pellworthfinancial.onmicrosoft.com>', 'Undeliverable: RE: Interviewer pool - Motor claims', d, client='none', region='uk',
      msgid=mid('outlook', region='uk'), recv=3, extra=['Auto-Submitted: auto-replied', 'X-MS-Exchange-Message-Is-Ndr: ', 'Content-Language: en-GB']),
    ndr, notes='NDR for departed employee')

# --- en / GoodTime newsletter (List-Unsubscribe)
d = D('2026-03-11 13:00', 'use')
nl = B('''GoodTime Product Digest - March 2026

Hi there,

Here's what's new in GoodTime this month:

* Smarter interviewer suggestions - load balancing now takes upcoming PTO into account.
* Redesigned candidate availability page - cleaner on mobile, with time zone auto-detection.
* New scheduling speed dashboard - track time from request to interview by team.

Join our live product walkthrough on March 25 at 12pm ET. Save your seat: https://goodtime.io/webinars/march-2026

Have an idea? Share it with us on the GoodTime Product board and upvote your favourites.

The GoodTime Team

You are receiving this email because you are a GoodTime customer contact.
GoodTime, Inc. | 228 Park Ave S, New York, NY 10003
Manage preferences: https://mail.goodtime.io/hs/manage-preferences | Unsubscribe: https://mail.goodtime.io/hs/unsubscribe''')
add('noise', 'ignore', '', 'en', 'newsletter;list-unsubscribe;multipart-alternative;qp;dkim',
    H('GoodTime <news@mail.goodtime.io>', 'What\'s new in GoodTime: March 2026 product digest', d, client='none', dom='mail.goodtime.io',
      msgid='<1741712400%s@mail.goodtime.io>' % rlow(10), recv=7, origin='ext', to=HL,
      pre=[dkim('mail.goodtime.io', 'hs1'), authres('mail.goodtime.io')],
      extra=['List-Unsubscribe: <https://mail.goodtime.io/hs/unsubscribe?d=%s>, <mailto:unsubscribe-%s@bounce.mail.goodtime.io>' % (ran(40), rlow(16)),
             'List-Unsubscribe-Post: List-Unsubscribe=One-Click', 'Precedence: bulk', 'X-HS-Cid: %s' % ran(22), 'Feedback-ID: 21:%s:hubspot' % rlow(8)]),
    multi('alternative', [text(nl.plain(), 'plain', 'utf-8', 'quoted-printable'),
                          text('<!DOCTYPE html><html><body style="background:#f4f1fa"><table width="600" align="center" style="background:#ffffff;font-family:Arial">'
                               + ''.join('<tr><td style="padding:6px 24px">%s</td></tr>' % (esc(l) or '&nbsp;') for l in nl.plain().split('\n'))
                               + '</table><img src="https://mail.goodtime.io/e3t/Cto/%s" width="1" height="1"></body></html>\n' % ran(30),
                               'html', 'utf-8', 'quoted-printable')], 'other'),
    notes='vendor newsletter')

# --- en / webinar marketing (Mailchimp, base64 html)
d = D('2026-02-03 15:30', 'uk')
wb = '''<html><body style="font-family:Georgia,serif">
<h2>FinServ Talent Forum 2026 &ndash; London, 14 May</h2>
<p>Dear Talent Leader,</p>
<p>Join 400 heads of talent from banking, insurance and wealth management for a day on <b>AI in interview scheduling</b>, early careers at scale and regulatory hiring under SM&amp;CR.</p>
<p><a href="https://finservtalentforum.us14.list-manage.com/track/click?u=%s">Register now &ndash; early bird ends Friday</a></p>
<p>Speakers include TA leaders from three FTSE 100 financial groups.</p>
<hr><p style="font-size:11px">You are receiving this email because you opted in at a previous FinServ Talent event.<br>
<a href="https://finservtalentforum.us14.list-manage.com/unsubscribe?u=%s">unsubscribe from this list</a> | <a href="#">update subscription preferences</a></p>
</body></html>
''' % (ran(24), ran(24))
add('noise', 'ignore', '', 'en', 'marketing;list-unsubscribe;html-only;base64;mailchimp',
    H('FinServ Talent Forum <events@finservtalentforum.com>', '[EXTERNAL] Early bird ends Friday: AI in interview scheduling (FinServ Talent Forum 2026)', d,
      client='none', dom='mail114.atl11.rsgsv.net', msgid='<%s.%s@mail114.atl11.rsgsv.net>' % (rlow(20), rlow(10)), recv=6, origin='ext', to=HL,
      extra=['List-Unsubscribe: <https://finservtalentforum.us14.list-manage.com/unsubscribe?u=%s>' % ran(24), 'List-ID: %s.list-id.mcsv.net' % rlow(20),
             'X-Mailer: MailChimp Mailer - **CID%s**' % rlow(10), 'Precedence: bulk', 'X-MC-User: %s' % rlow(24)]),
    text(wb, 'html', 'utf-8', 'base64'), notes='event marketing')

# --- en / phishing
d = D('2026-03-21 02:47', 'uk')
ph = '''<html><body>
<table width="100%%" style="background:#fff4ce;border:1px solid #c19c00"><tr><td style="font-family:Arial;font-size:12px">CAUTION: This email originated from outside of Pellworth Financial. Do not click links or open attachments unless you recognise the sender.</td></tr></table>
<div style="font-family:Arial;font-size:14px">
<p><img src="https://goodtime-accounts-verify.com/img/logo.png" alt="GoodTime"></p>
<p>Dear helpline,</p>
<p>Our system detected an <b>unusual sign-in</b> to your GoodTime workspace. To avoid interruption to your interview scheduling, you must re-verify your SSO credentials within <b>24 hours</b>. Failure to do so will result in your account being <b>suspended immediately</b>.</p>
<p style="text-align:center"><a href="https://goodtime-io.login-secure-portal.com/verify?u=%s" style="background:#6b2fb3;color:#fff;padding:12px 24px;text-decoration:none">VERIFY ACCOUNT NOW</a></p>
<p>GoodTime Security Team</p>
</div></body></html>
''' % ran(30)
add('noise', 'ignore', '', 'en', 'phishing;html-only;qp;auth-fail;night',
    H('"GoodTime Security" <security@goodtime-accounts-verify.com>', '[EXTERNAL] Action required: your GoodTime account will be suspended in 24 hours', d,
      client='none', dom='goodtime-accounts-verify.com', msgid='<%s@goodtime-accounts-verify.com>' % rlow(20), recv=6, origin='ext', to=HL,
      pre=[authres('goodtime-accounts-verify.com', '185.220.101.%d' % rng.randrange(2, 250), 'fail')],
      extra=['Reply-To: support@goodtime-helpdesk.net', 'X-Priority: 1 (Highest)']),
    text(ph, 'html', 'utf-8', 'quoted-printable'), notes='credential phishing')

# --- en / calendar decline
d = D('2026-01-29 11:05', 'uk')
cal = ics('REPLY', '040000008200E00074C5B7101A82E00800000000%s' % rhex(48), 'GoodTime drop-in - Leeds coordinators',
          '20260204T130000', '20260204T140000', 'GMT Standard Time', ('GoodTime Help Line', HL),
          [('Amy Scott', 'amy.scott@pellworthfinancial.co.uk', 'DECLINED')], 'Leeds - Wellington Place - Room 3.04')
add('noise', 'ignore', '', 'en', 'calendar-decline;text-calendar;multipart-alternative;qp',
    H('"Scott, Amy" <amy.scott@pellworthfinancial.co.uk>', 'Declined: GoodTime drop-in - Leeds coordinators', d, region='uk', dom='pellworthfinancial.co.uk', recv=4,
      topic='GoodTime drop-in - Leeds coordinators'),
    multi('alternative', [text('On leave that week, sorry!\n', 'plain', 'utf-8', 'quoted-printable'),
                          text(cal, 'calendar', 'utf-8', 'quoted-printable', params='; method=REPLY')], 'outlook'),
    notes='meeting declined')

# --- en / bare thanks over quoted help-line answer
d = D('2026-03-11 15:41', 'uk')
add('noise', 'ignore', '', 'en', 'bare-thanks;iphone;quoted-thread;qp;mobile-signature',
    H('Gareth Hughes <gareth.hughes@pellworthfinancial.co.uk>', 'Re: Assessment days - who do we talk to at GoodTime?', d, client='iphone', region='uk',
      dom='pellworthfinancial.co.uk', recv=5, irt=mid('outlook', region='uk')),
    text(B('''Thanks, that worked!

Sent from my iPhone''', 'gt', 'On 11 Mar 2026, at 15:20, GoodTime Help Line <helpline@pellworthfinancial.com> wrote:',
           '''Hi Gareth,

Use the pink "Speak to a CSM" button at the top right of your GoodTime dashboard - it opens our CSM's booking page, so you can pick a slot for you and Mark directly.

GoodTime project team''').plain(), 'plain', 'utf-8', 'quoted-printable', csq=False), notes='bare thanks with quoted answer')

# --- en / US out of office with Auto-Submitted
d = D('2026-02-06 17:02', 'use')
add('noise', 'ignore', '', 'en', 'out-of-office;auto-submitted;outlook-html-only;qp;legal-disclaimer',
    H('"Donovan, Maureen" <maureen.donovan@pellworthfinancial.com>', 'Automatic reply: Interviewer pool update for Property Claims', d, region='us', recv=4,
      extra=['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All', 'X-MS-Exchange-Inbox-Rules-Loop: maureen.donovan@pellworthfinancial.com']),
    outlook_html_only(B('''Thank you for your email. I am out of the office through Monday, February 16 with limited access to email.

For URGENT matters relating to the SVP Claims office, please contact Linda Park at (860) 555-0177. For claims matters, please call the Claims Service Center.

Maureen Donovan
Executive Assistant to the SVP, Claims

''' + DISC_US), lang='EN-US'), notes='US out of office with URGENT wording')

# --- en / read receipt (plain text)
d = D('2026-03-05 09:12', 'uk')
add('noise', 'ignore', '', 'en', 'read-receipt;plain-only;7bit;no-message-id',
    H('"Khan, Sana" <sana.khan@pellworthfinancial.com>', 'Read: GoodTime office hours - slides', d, client='outlook-mac', region='uk', recv=4, msgid=None),
    text('''Your message

To: Khan, Sana
Subject: GoodTime office hours - slides
Sent: 05/03/2026 08:58

was read on 05/03/2026 09:12.
''', 'plain', 'us-ascii', '7bit'), notes='read receipt, plain text')

# --- en / out of office WITHOUT Auto-Submitted (old rule, parental leave)
d = D('2026-01-16 23:41', 'uk')
add('noise', 'ignore', '', 'en', 'out-of-office;no-auto-submitted;plain-only;qp;night',
    H('"Morgan, Ellie" <ellie.morgan@pellworthfinancial.com>', 'Out of Office: GoodTime office hours - slides', d, client='outlook-desktop', region='uk', recv=5),
    text('''Hi,

I'm on parental leave until September 2026 and won't be checking emails.

For anything recruitment-related for Marine & Specialty Underwriting, please contact Jess Parker (jess.parker@pellworthfinancial.com). If your query is URGENT, please call the TA team on 020 7946 0512.

Thanks,
Ellie''', 'plain', 'utf-8', 'quoted-printable'), notes='out of office without auto-submitted header')

# =====================================================================================
# WRITE
# =====================================================================================
def derive_tags(raw):
    tags = []
    head = raw.split(b'\r\n\r\n', 1)[0] if b'\r\n\r\n' in raw else raw.split(b'\n\n', 1)[0]
    nrec = len(re.findall(rb'(?mi)^Received:', head))
    if nrec >= 5:
        tags.append('received-x%d' % nrec)
    if re.search(rb'(?mi)^DKIM-Signature:', head): tags.append('dkim')
    if re.search(rb'(?mi)^ARC-Seal:', head): tags.append('arc')
    if re.search(rb'(?mi)^Authentication-Results:', head): tags.append('auth-results')
    if re.search(rb'=\?[^?]+\?[Bb]\?', head): tags.append('rfc2047-b')
    if re.search(rb'=\?[^?]+\?[Qq]\?', head): tags.append('rfc2047-q')
    for line in re.split(rb'\r?\n(?![ \t])', head):
        if re.match(rb'(?i)(subject|from):', line) and re.search(rb'[\x80-\xff]', line):
            try:
                line.decode('utf-8'); tags.append('raw-utf8-' + line.split(b':')[0].decode().lower())
            except UnicodeDecodeError:
                tags.append('raw-8bit-' + line.split(b':')[0].decode().lower())
        if re.match(rb'(?i)subject:', line) and b'\n' in line:
            tags.append('folded-subject')
    if not re.search(rb'(?mi)^Message-ID:', head): tags.append('no-message-id')
    elif re.search(rb'(?mi)^Message-ID: [^<]', head): tags.append('msgid-no-brackets')
    m = email.message_from_bytes(raw)
    if m.get_content_type() == 'text/html': tags.append('html-only')
    for p in m.walk():
        cte = (p.get('Content-Transfer-Encoding') or '').lower()
        if cte in ('base64', 'quoted-printable', '8bit'):
            tags.append({'base64': 'base64', 'quoted-printable': 'qp', '8bit': '8bit'}[cte])
        if p.get_content_maintype() == 'multipart':
            tags.append(p.get_content_type().replace('/', '-'))
        fn = p.get_filename()
        if fn:
            tags.append('attach-' + fn.rsplit('.', 1)[-1].lower())
        if p.get_content_type() == 'text/calendar':
            tags.append('text-calendar')
    return tags

def main():
    order = list(range(len(MSGS)))
    random.Random(77).shuffle(order)
    lf_files = set(random.Random(5).sample(range(len(MSGS)), 14))
    rows = []
    for n, i in enumerate(order, 1):
        m = MSGS[i]
        raw = build(m['hdr'], m['ent'])
        if n - 1 not in lf_files:
            raw = raw.replace(b'\n', b'\r\n')
        name = 'c-%03d.eml' % n
        with open(os.path.join(OUT, name), 'wb') as f:
            f.write(raw)
        tags = []
        for t in m['tags'].split(';') + derive_tags(raw) + (['lf-line-endings'] if n - 1 in lf_files else []):
            if t and t not in tags:
                tags.append(t)
        rows.append([name, m['cat'], m['act'], m['art'] if m['cat'] == 'question' else '', m['lang'], ';'.join(tags), m['notes']])
    with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f)
        w.writerow(['file', 'category', 'actions', 'article', 'language', 'format', 'notes'])
        w.writerows(rows)
    print('wrote', len(rows), 'messages')

def verify():
    import glob, collections
    from email import policy
    from email.header import decode_header, make_header
    rows = list(csv.DictReader(open(os.path.join(OUT, 'labels.csv'), encoding='utf-8')))
    files = sorted(os.path.basename(p) for p in glob.glob(os.path.join(OUT, 'c-*.eml')))
    assert files == [r['file'] for r in rows], 'labels.csv does not match files'
    for f in files:
        raw = open(os.path.join(OUT, f), 'rb').read()
        m = email.message_from_bytes(raw)
        email.message_from_bytes(raw, policy=policy.default)['Subject']
        assert m['From'] and m['Date'] and not m.defects, f
        str(make_header(decode_header(m['Subject'])))
        for p in m.walk():
            if not p.is_multipart():
                pl = p.get_payload(decode=True)
                if p.get_content_maintype() == 'text':
                    pl.decode(p.get_content_charset() or 'us-ascii')
    C = collections.Counter
    print('parsed', len(files), 'files; rows', len(rows))
    print(C(r['category'] for r in rows))
    print(C(r['language'] for r in rows))
    print(C(r['article'] for r in rows if r['category'] == 'question'))

if __name__ == '__main__':
    main()
    verify()
