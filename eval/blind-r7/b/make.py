#!/usr/bin/env python3
# Writer B - batch "b" of the sealed blind test set (Ashcombe Energy help line).
# Standard library only.  Run: python3 make.py  -> b-001.eml ... b-100.eml + labels.csv
import base64, quopri, random, zlib, struct, os, csv, html, datetime, hashlib, io

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(20260307)

# ---------------------------------------------------------------- dates
def dt(s):
    """'2026-03-09 11:14 +0100' -> aware datetime (seconds random)"""
    d, t, z = s.split()
    y, m, dd = map(int, d.split('-'))
    hh, mi = map(int, t.split(':'))
    sign = 1 if z[0] == '+' else -1
    off = datetime.timedelta(hours=int(z[1:3]), minutes=int(z[3:5])) * sign
    return datetime.datetime(y, m, dd, hh, mi, R.randint(0, 59),
                             tzinfo=datetime.timezone(off))

def rfc(d):
    import email.utils
    return email.utils.format_datetime(d)

WD = {
 'en': ['Monday','Tuesday','Wednesday','Thursday','Friday','Saturday','Sunday'],
 'de': ['Montag','Dienstag','Mittwoch','Donnerstag','Freitag','Samstag','Sonntag'],
 'es': ['lunes','martes','miércoles','jueves','viernes','sábado','domingo'],
 'fr': ['lundi','mardi','mercredi','jeudi','vendredi','samedi','dimanche'],
 'pt': ['segunda-feira','terça-feira','quarta-feira','quinta-feira','sexta-feira','sábado','domingo'],
}
MO = {
 'en': ['January','February','March','April','May','June','July','August','September','October','November','December'],
 'de': ['Januar','Februar','März','April','Mai','Juni','Juli','August','September','Oktober','November','Dezember'],
 'es': ['enero','febrero','marzo','abril','mayo','junio','julio','agosto','septiembre','octubre','noviembre','diciembre'],
 'fr': ['janvier','février','mars','avril','mai','juin','juillet','août','septembre','octobre','novembre','décembre'],
 'pt': ['janeiro','fevereiro','março','abril','maio','junho','julho','agosto','setembro','outubro','novembro','dezembro'],
}

def qd(lang, style, s):
    """localized date strings as they appear in quote headers / attributions"""
    d = dt(s)
    w = WD[lang][d.weekday()]; m = MO[lang][d.month - 1]
    hm = '%02d:%02d' % (d.hour, d.minute)
    h12 = '%d:%02d %s' % ((d.hour % 12) or 12, d.minute, 'AM' if d.hour < 12 else 'PM')
    if style == 'outlook':
        return {'en': '%s, %d %s %d %s' % (w, d.day, m, d.year, hm),
                'de': '%s, %d. %s %d %s' % (w, d.day, m, d.year, hm),
                'es': '%s, %d de %s de %d %d:%02d' % (w, d.day, m, d.year, d.hour, d.minute),
                'fr': '%s %d %s %d %s' % (w, d.day, m, d.year, hm),
                'pt': '%s, %d de %s de %d %s' % (w, d.day, m, d.year, hm)}[lang]
    if style == 'outlook-us':
        return '%s, %s %d, %d %s' % (w, m, d.day, d.year, h12)
    if style == 'gmail':   # weekday/month short forms
        ws = w[:3]; ms = m[:3]
        return {'en': '%s, %d %s %d at %s' % (ws, d.day, ms, d.year, hm),
                'de': '%s., %d. %s %d um %s Uhr' % (w[:2], d.day, m, d.year, hm),
                'es': '%s, %d %s %d a las %d:%02d' % (ws.replace('mié','mié'), d.day, ms, d.year, d.hour, d.minute),
                'fr': '%s. %d %s %d à %s' % (ws, d.day, m, d.year, hm),
                'pt': '%s., %d de %s. de %d às %s' % (w[:3], d.day, ms, d.year, hm)}[lang]
    if style == 'apple':
        return {'en': '%d %s %d, at %s' % (d.day, m[:3], d.year, hm),
                'de': '%02d.%02d.%d um %s' % (d.day, d.month, d.year, hm),
                'es': '%d %s %d, a las %d:%02d' % (d.day, m[:3], d.year, d.hour, d.minute),
                'fr': '%d %s %d à %s' % (d.day, m, d.year, hm),
                'pt': '%02d/%02d/%d, às %s' % (d.day, d.month, d.year, hm)}[lang]
    raise ValueError(style)

# ---------------------------------------------------------------- encodings
def b64(data):
    return base64.encodebytes(data)

def qp(data):
    return quopri.encodestring(data, quotetabs=False)

def ewB(s, cs='UTF-8'):
    return '=?%s?B?%s?=' % (cs, base64.b64encode(s.encode(pycs(cs))).decode())

def ewQ(s, cs='UTF-8'):
    out = []
    for b in s.encode(pycs(cs)):
        c = chr(b)
        if b == 0x20:
            out.append('_')
        elif c.isascii() and (c.isalnum() or c in '!*+-/'):
            out.append(c)
        else:
            out.append('=%02X' % b)
    return '=?%s?Q?%s?=' % (cs, ''.join(out))

def ewsplit(s, cuts, cs='UTF-8', enc='B', fold='\n '):
    """encode s as several encoded-words, cut at the given character indexes
    (cuts may fall in the middle of a word)"""
    pieces, last = [], 0
    for c in list(cuts) + [len(s)]:
        pieces.append(s[last:c]); last = c
    f = ewB if enc == 'B' else ewQ
    return fold.join(f(p, cs) for p in pieces)

def pycs(cs):
    return {'utf-8': 'utf-8', 'iso-8859-1': 'latin-1', 'windows-1252': 'cp1252',
            'iso-8859-15': 'iso8859_15'}.get(cs.lower(), cs.lower())

def mid(domain, style='rand'):
    if style == 'outlook':
        srv = R.choice(['DB9PR07MB', 'AM0PR03MB', 'PA4PR08MB', 'GV1PR02MB', 'FR4P281MB', 'LO2P265MB', 'CWLP265MB'])
        srv += '%04d' % R.randint(1000, 9999)
        reg = {'DB9': 'eurprd07', 'AM0': 'eurprd03', 'PA4': 'eurprd08', 'GV1': 'eurprd02',
               'FR4': 'DEUP281', 'LO2': 'GBRP265', 'CWL': 'GBRP265'}[srv[:3]]
        tok = ''.join(R.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') for _ in range(8))
        return '<%s%s@%s.%s.prod.outlook.com>' % (srv, tok, srv, reg)
    if style == 'gmail':
        tok = ''.join(R.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+') for _ in range(56))
        return '<CA%s@mail.gmail.com>' % tok
    if style == 'apple':
        u = '%08X-%04X-%04X-%04X-%012X' % (R.getrandbits(32), R.getrandbits(16), R.getrandbits(16),
                                            R.getrandbits(16), R.getrandbits(48))
        return '<%s@%s>' % (u, domain)
    tok = '%x.%x' % (R.getrandbits(48), R.getrandbits(32))
    return '<%s@%s>' % (tok, domain)

def rb64(n):
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(n))).decode()

def fold(s, width=76, ind='\t'):
    """fold a long header value on spaces"""
    words = s.split(' ')
    lines, cur = [], ''
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur); cur = w
        else:
            cur = (cur + ' ' + w) if cur else w
    lines.append(cur)
    return ('\n' + ind).join(lines)

# ---------------------------------------------------------------- transport headers
CUR_D = [None]
CUR_IP = [None]

def received(kind, d, n):
    """n Received: headers, newest first, ending at the helpline mailbox (Exchange Online)."""
    CUR_D[0] = d
    CUR_IP[0] = None
    t = d + datetime.timedelta(seconds=R.randint(3, 40))
    utc = datetime.timezone.utc
    def ts(x):
        return rfc(x.astimezone(utc)).replace('-0000', '+0000')
    mbx = 'DB8PR07MB%04d' % R.randint(1000, 9999)
    fe = 'AM3PEPF0000A%03X.eurprd04.prod.outlook.com' % R.randint(0, 4095)
    ca = 'AS9PR06CA%04d.eurprd06.prod.outlook.com' % R.randint(1000, 9999)
    head = ['from %s.eurprd07.prod.outlook.com (2603:10a6:10:%x::%x) by\n %s.eurprd07.prod.outlook.com with HTTPS; {d}'
            % ('AS9PR07MB%04d' % R.randint(1000, 9999), R.randint(16, 999), R.randint(1, 99), mbx),
            'from %s (2603:10a6:20b:%x::%x)\n by %s.eurprd07.prod.outlook.com (2603:10a6:10:%x::%x) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8722.%d; {d}'
            % (ca, R.randint(16, 999), R.randint(1, 99), mbx, R.randint(16, 999), R.randint(1, 99), R.randint(10, 40))]
    def exo_mid():
        x = R.choice(['AM4PEPF%08X.eurprd04.prod.outlook.com', 'DU6PEPF%08X.eurprd02.prod.outlook.com', 'AMS0EPF%08X.eurprd05.prod.outlook.com'])
        x = x % R.getrandbits(24)
        return ('from %s (2603:10a6:20b:%x::%x)\n by %s (2603:10a6:20b:%x::%x) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8722.%d; {d}'
                % (fe, R.randint(16, 999), R.randint(1, 99), x if R.random() < 0.5 else ca, R.randint(16, 999), R.randint(1, 99), R.randint(10, 40)))
    if kind == 'internal':
        src = 'PAXPR07MB%04d.eurprd07.prod.outlook.com' % R.randint(1000, 9999)
        tail = ['from %s (2603:10a6:102:%x::%x) by\n %s (2603:10a6:20b:%x::%x) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8722.%d; {d}'
                % (src, R.randint(16, 999), R.randint(1, 99), fe, R.randint(16, 999), R.randint(1, 99), R.randint(10, 40)),
                'from %s\n ([fe80::%x:%x:%x:%x]) by %s\n ([fe80::%x:%x:%x:%x%%6]) with mapi id 15.20.8722.%d; {d}'
                % (src, R.getrandbits(16), R.getrandbits(16), R.getrandbits(16), R.getrandbits(16), src,
                   R.getrandbits(16), R.getrandbits(16), R.getrandbits(16), R.getrandbits(16), R.randint(10, 40))]
    elif kind == 'google':
        ip = '209.85.%d.%d' % (R.choice([128, 167, 208, 218, 221]), R.randint(2, 250))
        host = 'mail-%s-f%d.google.com' % (R.choice(['wr1', 'ej1', 'lf1', 'wm1', 'ed1']), R.randint(41, 199))
        CUR_IP[0] = ip
        tail = ['from %s (%s [%s])\n by %s (10.167.%d.%d) with Microsoft SMTP Server\n (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8722.%d via Frontend Transport; {d}'
                % (host, host, ip, fe, R.randint(1, 250), R.randint(1, 250), R.randint(10, 40)),
                'by %s with SMTP id %s-%x.%d\n for <helpline@ashcombeenergy.com>; {d}'
                % (host, R.choice(['a640c23a62f3a', '5b1f17b1804b1', 'ffacd0b85a97d', '2adb3069b0e04']), R.getrandbits(40), R.randint(1, 9)),
                'from [%s] ([%d.%d.%d.%d]) by smtp.gmail.com with ESMTPSA id\n %x.%d.2026.%02d.%02d.%02d.%02d.%02d\n (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128); {d}'
                % (R.choice(['10.0.0.23', '192.168.1.34', '172.20.10.2', '192.168.178.41']), R.randint(77, 95), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254),
                   R.getrandbits(40), R.randint(1, 9), d.month, d.day, d.hour, d.minute, d.second)]
    else:  # external sender, any MTA
        host = kind
        ip = '%d.%d.%d.%d' % (R.choice([185, 198, 54, 149, 212, 91]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
        CUR_IP[0] = ip
        tail = ['from %s (%s [%s])\n by %s (10.167.%d.%d) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8722.%d via Frontend Transport; {d}'
                % (host, host, ip, fe, R.randint(1, 250), R.randint(1, 250), R.randint(10, 40)),
                'from %s ([10.%d.%d.%d])\n by %s with ESMTPSA id %x; {d}' % ('app%02d.internal' % R.randint(1, 40), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254), host, R.getrandbits(40)),
                'from localhost (localhost [127.0.0.1])\n by %s (Postfix) with ESMTP id %X\n for <helpline@ashcombeenergy.com>; {d}' % (host, R.getrandbits(40))]
    k = max(0, n - len(head) - len(tail))
    hops = (head + [exo_mid() for _ in range(k)] + tail)[:n]
    out = []
    for h in hops:
        out.append('Received: ' + h.replace('{d}', ts(t)))
        t -= datetime.timedelta(seconds=R.randint(0, 3))
    return out

def auth(domain, sender_ip=None, dkim=True, arc=False, sel='selector1'):
    ip = CUR_IP[0] or sender_ip or '40.107.%d.%d' % (R.randint(1, 250), R.randint(1, 250))
    out = []
    if arc:
        out.append('ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b=' + rb64(60) + '\n ' + rb64(60))
        out.append('ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector10001;\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\n bh=' + rb64(32) + ';\n b=' + rb64(60) + '\n ' + rb64(60))
        out.append('ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=pass\n smtp.mailfrom=%s; dmarc=pass action=none\n header.from=%s; dkim=pass header.d=%s; arc=none' % (domain, domain, domain))
    if dkim:
        tt = int(CUR_D[0].timestamp()) if CUR_D[0] else 1772323200
        out.append('DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;\n s=%s; t=%d; x=%d; darn=ashcombeenergy.com;\n h=to:subject:message-id:date:from:mime-version:from:to:cc:subject\n :date:message-id:reply-to;\n bh=%s;\n b=%s\n %s\n %s'
                   % (domain, sel, tt, tt + 604800, rb64(32), rb64(54), rb64(54), rb64(40)))
    out.append('Authentication-Results: spf=pass (sender IP is %s)\n smtp.mailfrom=%s; dkim=pass (signature was verified)\n header.d=%s;dmarc=pass action=none\n header.from=%s;compauth=pass reason=100' % (ip, domain, domain, domain))
    out.append('Received-SPF: Pass (protection.outlook.com: domain of %s designates\n %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C' % (domain, ip, ip, 'mail.' + domain))
    return out

def ms_extra(lang='en-GB', attach=False, tnef=None, topic=None, index=True):
    out = []
    if topic is not None:
        out.append(b'Thread-Topic: ' + topic if isinstance(topic, bytes) else 'Thread-Topic: ' + topic)
    if index:
        out.append('Thread-Index: ' + base64.b64encode(bytes(R.getrandbits(8) for _ in range(22))).decode())
    out.append('Accept-Language: ' + lang + ', en-US')
    out.append('Content-Language: ' + lang)
    out.append('X-MS-Has-Attach: ' + ('yes' if attach else ''))
    out.append('X-MS-TNEF-Correlator: ' + (tnef or ''))
    out.append('X-MS-Exchange-Organization-SCL: -1')
    out.append('X-MS-Exchange-Organization-AuthAs: Internal')
    out.append('X-MS-Exchange-Organization-AuthMechanism: 04')
    return out

# ---------------------------------------------------------------- MIME parts
class Part:
    def __init__(self, headers, body):
        self.headers = headers  # list of str/bytes header lines
        self.body = body        # bytes

def enc_body(raw, cte):
    if cte == 'base64':
        return b64(raw.replace(b'\n', b'\r\n') if b'\r\n' not in raw else raw)
    if cte == 'quoted-printable':
        return qp(raw)
    return raw

def text(s, sub='plain', cs='utf-8', cte='quoted-printable', params='', extra=(), ctname='Content-Type'):
    raw = s.encode(pycs(cs)) if isinstance(s, str) else s
    h = ['%s: text/%s; charset="%s"%s' % (ctname, sub, cs, params), 'Content-Transfer-Encoding: ' + cte]
    h += list(extra)
    return Part(h, enc_body(raw, cte))

def bnd(style='gmail'):
    if style == 'gmail':
        return '000000000000%012x' % R.getrandbits(48)
    if style == 'outlook':
        return '_000_%s_' % mid('x', 'outlook')[1:-1].split('@')[0]
    if style == 'apple':
        return 'Apple-Mail=_%08X-%04X-%04X-%04X-%012X' % (R.getrandbits(32), R.getrandbits(16), R.getrandbits(16), R.getrandbits(16), R.getrandbits(48))
    return '----=_Part_%d_%d.%d' % (R.randint(10000, 99999), R.randint(100000000, 999999999), R.randint(10**12, 10**13))

def multi(sub, parts, style='gmail', params='', preamble=b''):
    b = bnd(style)
    h = ['Content-Type: multipart/%s;\n\tboundary="%s"%s' % (sub, b, params)]
    body = preamble
    for p in parts:
        body += b'\n--' + b.encode() + b'\n' + render(p)
    body += b'\n--' + b.encode() + b'--\n'
    if not preamble:
        body = body[1:]
    return Part(h, body)

def render(p):
    hl = b''
    for x in p.headers:
        hl += (x if isinstance(x, bytes) else x.encode('utf-8')) + b'\n'
    body = p.body
    if not body.endswith(b'\n'):
        body += b'\n'
    return hl + b'\n' + body

def attach(ctype, data, name, disp='attachment', cid=None, extra=()):
    h = ['Content-Type: %s; name="%s"' % (ctype, name),
         'Content-Description: ' + name,
         'Content-Disposition: %s; filename="%s"; size=%d;\n\tcreation-date="%s";\n\tmodification-date="%s"'
         % (disp, name, len(data), rfc(dt('2026-03-02 10:00 +0000')), rfc(dt('2026-03-02 10:00 +0000'))),
         'Content-Transfer-Encoding: base64']
    if cid:
        h.append('Content-ID: <%s>' % cid)
    h += list(extra)
    return Part(h, b64(data))

def attach_simple(ctype, data, name, disp='attachment', cid=None):
    h = ['Content-Type: %s; name="%s"' % (ctype, name),
         'Content-Disposition: %s; filename="%s"' % (disp, name),
         'Content-Transfer-Encoding: base64']
    if cid:
        h.insert(1, 'Content-ID: <%s>' % cid)
        h.insert(2, 'X-Attachment-Id: %s' % cid.split('@')[0])
    return Part(h, b64(data))

# ---------------------------------------------------------------- binary fixtures
def png(w=160, h=90, seed=1):
    rr = random.Random(seed)
    rows = []
    bar = rr.randint(8, 20)
    for y in range(h):
        row = bytearray([0])
        for x in range(w):
            if y < bar:
                c = (92, 45, 145)          # purple header bar
            elif 20 < x < w - 20 and 30 < y < 50:
                c = (255, 235, 238) if rr.random() > 0.02 else (200, 30, 40)   # error banner
            elif x > w - 14 and y > h - 14:
                c = (120, 60, 200)         # the chat bubble
            else:
                c = (248, 248, 250) if (y // 6) % 2 else (236, 238, 242)
            row += bytes(c)
        rows.append(bytes(row))
    raw = zlib.compress(b''.join(rows), 9)
    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0)) + chunk(b'IDAT', raw) + chunk(b'IEND', b'')

def pdf(lines):
    content = 'BT /F1 11 Tf 56 780 Td 14 TL\n' + ''.join('(%s) Tj T*\n' % l.replace('(', '\\(').replace(')', '\\)') for l in lines) + 'ET'
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

def tnef(seed=3):
    rr = random.Random(seed)
    body = bytes(rr.getrandbits(8) for _ in range(700))
    return struct.pack('<I', 0x223E9F78) + struct.pack('<H', rr.randint(1, 65000)) + b'\x01\x06\x90\x08\x00\x04\x00\x00\x00\x00\x00\x01\x00\x01\x00\x01\x07\x90\x06\x00\x08\x00\x00\x00\xe4\x04\x00\x00\x00\x00\x00\x00\xe8\x00' + body

def ics(method, uid, summary, start, end, organizer, attendee, partstat=None, location='', desc='', comment=None):
    L = ['BEGIN:VCALENDAR', 'METHOD:' + method, 'PRODID:Microsoft Exchange Server 2010', 'VERSION:2.0',
         'BEGIN:VTIMEZONE', 'TZID:W. Europe Standard Time', 'BEGIN:STANDARD', 'DTSTART:16010101T030000',
         'TZOFFSETFROM:+0200', 'TZOFFSETTO:+0100', 'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10', 'END:STANDARD',
         'BEGIN:DAYLIGHT', 'DTSTART:16010101T020000', 'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0200',
         'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3', 'END:DAYLIGHT', 'END:VTIMEZONE', 'BEGIN:VEVENT']
    if method == 'REPLY':
        L.append('ATTENDEE;PARTSTAT=%s:mailto:%s' % (partstat, attendee))
    else:
        L.append('ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:%s' % attendee)
    if comment:
        L.append('COMMENT;LANGUAGE=fr-FR:' + comment)
    L += ['ORGANIZER:mailto:' + organizer, 'UID:' + uid, 'SUMMARY;LANGUAGE=en-GB:' + summary,
          'DTSTART;TZID=W. Europe Standard Time:' + start, 'DTEND;TZID=W. Europe Standard Time:' + end,
          'CLASS:PUBLIC', 'PRIORITY:5', 'DTSTAMP:20260302T101500Z', 'TRANSP:OPAQUE', 'STATUS:CONFIRMED', 'SEQUENCE:0']
    if location:
        L.append('LOCATION:' + location)
    if desc:
        L.append('DESCRIPTION:' + desc)
    L += ['END:VEVENT', 'END:VCALENDAR']
    out = []
    for l in L:   # fold at 75 octets
        while len(l.encode('utf-8')) > 75:
            cut = 74
            while len(l[:cut].encode('utf-8')) > 74:
                cut -= 1
            out.append(l[:cut]); l = ' ' + l[cut:]
        out.append(l)
    return '\r\n'.join(out) + '\r\n'

# ---------------------------------------------------------------- bodies: plain -> html renderers
QM = '@@Q@@'   # marks where the quoted / forwarded block starts in a plain text

def plain_of(t, outlook_rule=False):
    if QM in t:
        a, b = t.split(QM, 1)
        return a.rstrip('\n') + '\n\n' + ('________________________________\n' if outlook_rule else '') + b.lstrip('\n')
    return t

def esc(s):
    return html.escape(s, quote=False)

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
	{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}
@font-face
	{font-family:Aptos;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"Aptos",sans-serif;
	mso-ligatures:standardcontextual;
	mso-fareast-language:EN-US;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:#467886;
	text-decoration:underline;}
span.EmailStyle17
	{mso-style-type:personal-compose;
	font-family:"Aptos",sans-serif;
	color:windowtext;}
.MsoChpDefault
	{mso-style-type:export-only;
	font-size:11.0pt;
	mso-fareast-language:EN-US;}
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
<body lang="%s" link="#467886" vlink="#96607D" style="word-wrap:break-word">
<div class="WordSection1">
'''

def outlook_html(t, cs='windows-1252', lang='EN-GB', img_cid=None):
    new, quote = (t.split(QM, 1) + [None])[:2] if QM in t else (t, None)
    h = OUTLOOK_HEAD % (cs, lang)
    def paras(block):
        s = ''
        for line in block.split('\n'):
            if line.strip() == '':
                s += '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
            else:
                s += '<p class="MsoNormal">%s<o:p></o:p></p>\n' % esc(line)
        return s
    h += paras(new.rstrip('\n'))
    if img_cid:
        h += '<p class="MsoNormal"><img width="640" height="360" style="width:6.6666in;height:3.75in" id="Picture_x0020_1" src="cid:%s"><o:p></o:p></p>\n' % img_cid
    if quote is not None:
        q = quote.lstrip('\n').split('\n')
        hdr, rest = [], []
        i = 0
        while i < len(q) and q[i].strip():
            hdr.append(q[i]); i += 1
        rest = '\n'.join(q[i:])
        h += '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n<p class="MsoNormal">'
        bits = []
        for l in hdr:
            if ':' in l and not l.startswith('-----'):
                k, v = l.split(':', 1)
                bits.append('<b>%s:</b>%s' % (esc(k), esc(v)))
            else:
                bits.append(esc(l))
        h += '<br>\n'.join(bits) + '<o:p></o:p></p>\n</div>\n'
        h += paras(rest)
    h += '</div>\n</body>\n</html>\n'
    return h

def gmail_html(t):
    new, quote = (t.split(QM, 1) + [None])[:2] if QM in t else (t, None)
    def br(block):
        return '<br>'.join(esc(l) for l in block.split('\n'))
    h = '<div dir="ltr">' + br(new.rstrip('\n')) + '</div>'
    if quote is not None:
        q = quote.lstrip('\n').split('\n')
        attr = q[0]
        if attr.startswith('---------- ') or attr.startswith('Begin forwarded') or attr.startswith('-----'):
            q2 = '\n'.join(q)
            hdr, _, rest = q2.partition('\n\n')
            h += '<br><br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">' + br(hdr) + '<br></div><br><br>' + br(rest) + '</div>'
        else:
            body = '\n'.join(l[2:] if l.startswith('> ') else (l[1:] if l.startswith('>') else l) for l in q[1:])
            h += '<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex"><div dir="ltr">%s</div></blockquote></div>' % (esc(attr), br(body.strip('\n')))
    return h + '\n'

def apple_html(t, cs='utf-8'):
    new, quote = (t.split(QM, 1) + [None])[:2] if QM in t else (t, None)
    def br(block):
        return ''.join('<div>%s</div>' % (esc(l) if l.strip() else '<br>') for l in block.split('\n'))
    h = '<html><head><meta http-equiv="content-type" content="text/html; charset=%s"></head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">' % cs
    h += br(new.rstrip('\n'))
    if quote is not None:
        q = quote.lstrip('\n').split('\n')
        body = '\n'.join(l[2:] if l.startswith('> ') else (l[1:] if l.startswith('>') else l) for l in q[1:])
        h += '<div><br><blockquote type="cite"><div>%s</div>%s</blockquote></div>' % (esc(q[0]), br(body.strip('\n')))
    return h + '</body></html>\n'

def alt(t, style, cs='utf-8', cte='quoted-printable', hcte=None, lang='EN-GB', img_cid=None, pcs=None):
    """multipart/alternative with plain + html from one plain text"""
    p = text(plain_of(t, outlook_rule=(style == 'outlook')), 'plain', pcs or cs, cte)
    if style == 'outlook':
        hh = outlook_html(t, cs, lang, img_cid)
    elif style == 'gmail':
        hh = gmail_html(t)
    else:
        hh = apple_html(t, cs)
    h = text(hh, 'html', cs, hcte or cte)
    return multi('alternative', [p, h], {'outlook': 'outlook', 'gmail': 'gmail', 'apple': 'apple'}.get(style, 'other'))

# ---------------------------------------------------------------- header sets
def hdrs(frm, to, subj, d, msgid=None, cc=None, irt=None, refs=None, client=None, extra=(), mv=True, reply_to=None):
    """basic header block; frm/subj may be bytes (raw 8-bit) or str"""
    h = []
    h.append(b'From: ' + frm if isinstance(frm, bytes) else 'From: ' + frm)
    h.append(b'To: ' + to if isinstance(to, bytes) else 'To: ' + to)
    if cc:
        h.append('CC: ' + cc)
    if reply_to:
        h.append('Reply-To: ' + reply_to)
    h.append(b'Subject: ' + subj if isinstance(subj, bytes) else 'Subject: ' + subj)
    h.append('Date: ' + (rfc(d) if not isinstance(d, str) else d))
    if msgid:
        h.append('Message-ID: ' + msgid)
    if refs:
        h.append('References: ' + refs)
    if irt:
        h.append('In-Reply-To: ' + irt)
    h += list(extra)
    if client:
        h.append(client)
    if mv:
        h.append('MIME-Version: 1.0')
    return h

HL = 'helpline@ashcombeenergy.com'
HLN = 'GoodTime Help Line <helpline@ashcombeenergy.com>'
XM_IPHONE = 'X-Mailer: iPhone Mail (22D82)'
XM_IPAD = 'X-Mailer: iPad Mail (22D82)'
XM_APPLE = 'X-Mailer: Apple Mail (2.3826.400.131.1.6)'
XM_OUTLOOK = 'X-Mailer: Microsoft Outlook 16.0'
UA_MACOUTLOOK = 'User-Agent: Microsoft-MacOutlook/16.95.25030911'

def build(hlist, part):
    out = b''
    for x in hlist + part.headers:
        out += (x if isinstance(x, bytes) else x.encode('utf-8')) + b'\n'
    body = part.body
    if not body.endswith(b'\n'):
        body += b'\n'
    return out + b'\n' + body

MSGS = []

def add(cat, actions, article, lang, fmt, notes, raw, crlf=True):
    MSGS.append(dict(category=cat, actions=actions, article=article, language=lang, format=fmt, notes=notes,
                     raw=raw, crlf=crlf))

# ====================================================================== shared texts
DISC_UK = """Ashcombe Energy plc is registered in England and Wales (No. 04417726). Registered office: Ashcombe House, 40 Kings Road, Reading RG1 3AR.
CONFIDENTIALITY NOTICE: This e-mail and any attachments are CONFIDENTIAL and may be legally privileged. If you have received it in error, please notify the sender immediately and delete it from your system. Any unauthorised use, disclosure or copying is strictly prohibited. URGENT SECURITY REMINDER: Ashcombe Energy will never ask you to change bank details or share passwords by e-mail."""

DISC_DE = """Ashcombe Energy Deutschland GmbH | Sitz der Gesellschaft: Essen | Amtsgericht Essen HRB 28841 | Geschäftsführung: Dr. Claudia Renner, Mark Tillotson

Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser E-Mail sind nicht gestattet.
This e-mail may contain CONFIDENTIAL information. If you are not the intended recipient (or have received this e-mail in error) please notify the sender immediately and destroy this e-mail."""

DISC_ES = """AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos son CONFIDENCIALES y se dirigen exclusivamente a su destinatario. Si lo ha recibido por error, le rogamos que lo comunique inmediatamente al remitente y proceda a su eliminación. Ashcombe Energía España, S.L.U., C/ Alcalá 265, 28027 Madrid. Protección de datos: puede ejercer sus derechos escribiendo a dpo@ashcombeenergy.es.
Antes de imprimir este correo, piense si es necesario."""

DISC_FR = """Ce message et toutes ses pièces jointes sont CONFIDENTIELS et établis à l'attention exclusive de leurs destinataires. Si vous avez reçu ce message par erreur, merci d'en avertir immédiatement l'expéditeur et de le détruire. Toute utilisation ou diffusion non autorisée est interdite.
Ashcombe Énergie France SAS – Tour Incity, 116 cours Lafayette, 69003 Lyon – RCS Lyon 812 447 309"""

DISC_PT = """Esta mensagem e quaisquer anexos são CONFIDENCIAIS e destinam-se exclusivamente ao destinatário. Se recebeu esta mensagem por erro, por favor notifique imediatamente o remetente e apague-a. Ashcombe Energia Portugal, Lda. – Av. da Liberdade 110, 1250-146 Lisboa – NIPC 514 220 871."""

# ====================================================================== QUESTIONS (article answers) - German
# de1 support-hours, without the word "hours"; Saturday night
d = dt('2026-03-14 02:47 +0100')
t = """Moin zusammen,

wir führen die Auswahlgespräche für die neuen Kraftwerker in der Leitwarte zum Teil im Schichtbetrieb, also auch mal Samstag früh direkt nach der Nachtschicht. Ich sitze gerade selbst in der Nacht und frage mich: wenn uns GoodTime um diese Uhrzeit oder am Sonntag hängen bleibt, erreichen wir dann beim Hersteller überhaupt jemanden? Oder heißt es dann bis Montag warten?

Danke vorab und Gruß aus Wilhelmshaven
Uwe Krämer
Schichtleiter Leitwarte
Kraftwerk Wilhelmshaven
Ashcombe Energy Deutschland GmbH
Tel. +49 4421 7790-212

""" + DISC_DE
subj = ewQ('Erreichbarkeit bei Problemen nachts – wer hilft?')
h = received('internal', d, 7) + hdrs(ewQ('Krämer, Uwe', 'iso-8859-1') + ' <uwe.kraemer@ashcombeenergy.de>', HLN, subj, d,
    mid('', 'outlook'), extra=ms_extra('de-DE', topic=subj))
add('question', 'auto_reply', 'support-hours', 'de', 'outlook-alt;qp;iso-8859-1;rfc2047-q-iso-from;rfc2047-q-utf8-subject;disclaimer;received-7;night',
    'support reachability without saying hours', build(h, alt(t, 'outlook', 'iso-8859-1', lang='DE')))

# de2 interviewer-training; iPhone base64, raw utf-8 subject
d = dt('2026-03-04 07:12 +0100')
t = """Hallo Helpline,

wir haben in der Ausbildungswerkstatt Essen drei neue Kollegen, die künftig bei den Auswahlgesprächen für die Azubis (Elektroniker für Betriebstechnik) mitmachen sollen. Die Idee ist: erst ein paar Mal nur dabeisitzen und zuhören, dann selbst das Gespräch führen während einer von den alten Hasen zuschaut, und danach alleine.

Kann GoodTime sowas abbilden, oder muss ich die Neuen jedes Mal von Hand mit einladen?

Gruß Jonas

Von meinem iPhone gesendet"""
h = received('internal', d, 5) + hdrs('Jonas Brandt <jonas.brandt@ashcombeenergy.de>', HL, 'Neue Prüfer erst mal zuhören lassen?'.encode('utf-8'), d,
    mid('ashcombeenergy.de', 'apple'), client=XM_IPHONE)
add('question', 'auto_reply', 'interviewer-training', 'de', 'iphone-plain;base64;utf-8;raw-utf8-subject;mobile-signature',
    'hospitation = shadowing', build(h, text(t, cs='utf-8', cte='base64')))

# de3 room-booking; Outlook HTML only, cp1252 qp, subject Q iso-8859-1 split mid-word
d = dt('2026-03-19 15:38 +0100')
t = """Hallo liebes Helpline-Team,

ab April führen wir die Gespräche für die Netzmonteure wieder persönlich in der Niederlassung Hamburg-Hammerbrook. Wenn ich in GoodTime einen Termin vor Ort plane, tauchen unsere Besprechungsräume („Elbe“ und „Alster“ im 3. OG) nirgends auf.

Bucht GoodTime die Räume überhaupt mit, oder muss ich das weiterhin separat in Outlook machen? Und falls es geht: woran liegt es, dass ich die Räume nicht sehe?

Viele Grüße
Sabine Hoffmann
Recruiterin Talent Acquisition DACH
Ashcombe Energy Deutschland GmbH | Nagelsweg 41 | 20097 Hamburg
Telefon +49 40 3861 4470"""
subj = ewsplit('Besprechungsräume für Vor-Ort-Gespräche', [12], 'iso-8859-1', 'Q')
h = received('internal', d, 6) + hdrs('"Hoffmann, Sabine" <sabine.hoffmann@ashcombeenergy.de>', HLN, subj, d,
    mid('', 'outlook'), extra=ms_extra('de-DE', topic=subj))
add('question', 'auto_reply', 'room-booking', 'de', 'outlook-html-only;qp;windows-1252;rfc2047-q-split-midword;received-6',
    'rooms not visible for onsite', build(h, text(outlook_html(t, 'windows-1252', 'DE'), 'html', 'windows-1252', 'quoted-printable')))

# de4 calendar-sync; Apple Mail reply on an unrelated catering thread, raw utf-8 From, helpline in CC
d = dt('2026-03-09 08:51 +0100')
t = """Hi Lars,

danke, Catering passt so, ich gebe es an die Kantine weiter.

Und weil du ja eh im GoodTime-Projekt bist (Helpline in cc), kurze Frage nebenbei: seit ich letzte Woche mein Windows-Passwort ändern musste, schlägt GoodTime mich für Interviews zu Zeiten vor, an denen ich längst Termine habe. In Outlook ist alles voll. Muss ich da irgendwas neu verknüpfen oder freigeben?

LG Melanie
@@Q@@
Am """ + qd('de', 'apple', '2026-03-06 14:22 +0100') + """ schrieb Lars Petersen <lars.petersen@ashcombeenergy.de>:

> Hallo Melanie,
> 
> für den Azubi-Infotag am 21.03. hätte ich 40 Portionen angesetzt, davon 12 vegetarisch. Passt das oder kommen mehr Eltern mit?
> 
> Gruß Lars"""
m0 = mid('ashcombeenergy.de', 'apple')
h = received('internal', d, 5) + hdrs('Melanie Özdemir <melanie.oezdemir@ashcombeenergy.de>'.encode('utf-8'), 'Lars Petersen <lars.petersen@ashcombeenergy.de>',
    'Re: Catering Azubi-Infotag 21.03.', d, mid('ashcombeenergy.de', 'apple'), cc=HLN, irt=m0, refs=m0, client=XM_APPLE)
add('question', 'auto_reply', 'calendar-sync', 'de', 'apple-alt;qp;utf-8;raw-utf8-from;reply-unrelated-thread;cc-helpline',
    'busy shown free after password change', build(h, alt(t, 'apple', 'utf-8')))

# de5 contact-csm without the letters CSM; Outlook plain text only, iso-8859-15 qp, From B-encoded ascii
d = dt('2026-03-18 11:05 +0100')
t = """Hallo zusammen,

wir überlegen, die Auswahl für das Duale Studium (Elektro- und Energietechnik) ab dem Herbst anders aufzuziehen - weniger Einzeltermine, mehr Gruppenformate, evtl. ein gemeinsamer Assessment-Tag mit Essen und Hamburg.

Dazu würde ich mich gern mal mit jemandem von GoodTime austauschen, der unseren Account betreut und uns bei so einer Umstellung beraten kann. Gibt es auf deren Seite eine feste Ansprechperson für uns, und wie komme ich an einen Termin? Kontaktdaten habe ich leider keine.

Danke & viele Grüße

Katrin Vogel
HR Business Partner Technik & Ausbildung
Ashcombe Energy Deutschland GmbH
Nagelsweg 41 | 20097 Hamburg
Mobil +49 151 2290 4417
katrin.vogel@ashcombeenergy.de

""" + DISC_DE
h = received('internal', d, 6) + hdrs(ewB('Vogel, Katrin') + ' <katrin.vogel@ashcombeenergy.de>', HLN,
    'Ansprechpartner bei GoodTime =?iso-8859-15?Q?f=FCr?= Prozessthemen', d, mid('', 'outlook'), extra=ms_extra('de-DE', topic='Ansprechpartner bei GoodTime für Prozessthemen'.encode('iso-8859-15')) )
add('question', 'auto_reply', 'contact-csm', 'de', 'outlook-plain-only;qp;iso-8859-15;rfc2047-b-from;rfc2047-q-partial-subject;disclaimer;raw-8bit-thread-topic',
    'account person without saying CSM', build(h, text(t, cs='iso-8859-15', cte='quoted-printable')))

# de (unanswered) audit trail; iPad
d = dt('2026-03-26 17:20 +0100')
t = """Hi,

Frage vom Betriebsrat, die ich nicht beantworten kann: kann man in GoodTime nachvollziehen, wer einen Interviewtermin verschoben oder abgesagt hat und wann? Also so eine Art Protokoll bzw. Änderungshistorie pro Termin. Wenn ja, wo finde ich das und wer darf das sehen?

Danke, Petra

Von meinem iPad gesendet"""
h = received('internal', d, 5) + hdrs('Petra Schäfer <petra.schaefer@ashcombeenergy.de>'.encode('utf-8'), HL, ewB('Änderungshistorie von Terminen?'), d,
    mid('ashcombeenergy.de', 'apple'), client=XM_IPAD)
add('question', 'forward_support', 'none', 'de', 'ipad-plain;qp;utf-8;raw-utf8-from;rfc2047-b-subject;mobile-signature',
    'audit log not covered', build(h, text(t + '\n', cs='utf-8', cte='quoted-printable', params='; format=flowed; delsp=yes')))
# ====================================================================== QUESTIONS - Spanish
# es1 chat-bubble; Gmail (Workspace), base64 utf-8, raw utf-8 subject, DKIM
d = dt('2026-03-05 10:26 +0100')
t = """Hola,

En la formación nos dijeron que si algo falla se puede hablar directamente con la gente de GoodTime por un chat dentro de la propia herramienta. Yo no lo veo por ningún lado 🙁 Entro siempre desde el enlace que viene en los correos de las entrevistas (el de "ver entrevista"), no sé si eso influye.

¿Dónde se supone que está?

Gracias!
Nuria

--
Nuria Castells Puig
Coordinadora de Selección · Ashcombe Energía España
Av. Diagonal 640, 08017 Barcelona
+34 934 12 77 05"""
h = received('google', d, 7) + auth('ashcombeenergy.es', '209.85.218.47', arc=True, sel='google') + hdrs(
    'Nuria Castells <nuria.castells@ashcombeenergy.es>', HL, 'no encuentro el chat 🙁'.encode('utf-8'), d, mid('', 'gmail'),
    extra=['X-Gm-Message-State: AOJu0Yx' + rb64(30), 'X-Google-Smtp-Source: AGHT+IF' + rb64(36)])
add('question', 'auto_reply', 'chat-bubble', 'es', 'gmail-alt;base64;utf-8;raw-utf8-subject;emoji;dkim;arc;received-7',
    'chat not visible, arrives via link', build(h, alt(t, 'gmail', 'UTF-8', 'base64')))

# es2 reschedule; Outlook (es) HTML only, forward of candidate mail (RV:)
d = dt('2026-03-17 08:05 +0100')
t = """Buenos días,

Os reenvío lo que me manda el candidato. Quiere pasar la entrevista del jueves 19 al viernes 20 por la mañana, y a mí me viene bien. ¿Lo cambio yo directamente arrastrando la cita en mi Outlook o hay que hacerlo por GoodTime para que le llegue el aviso a él y a Iñaki?

Un saludo,
Álvaro Gutiérrez
Supervisor de turno – Central de ciclo combinado de Castejón
Ashcombe Energía España, S.L.U.
@@Q@@
De: Sergio Ramírez Ortega <sramirez.ortega88@gmail.com>
Enviado el: """ + qd('es', 'outlook', '2026-03-16 19:42 +0100') + """
Para: Gutiérrez Sanz, Álvaro <alvaro.gutierrez@ashcombeenergy.es>
Asunto: Cambio de fecha entrevista - Operador de planta

Buenas tardes Álvaro,

Le escribo porque el jueves 19 tengo un examen del ciclo formativo y no voy a poder estar a las 10:00. ¿Sería posible hacer la entrevista el viernes 20 por la mañana? Cualquier hora me vale.

Disculpe las molestias.
Un saludo,
Sergio Ramírez"""
subj = 'RV: Cambio de fecha entrevista - Operador de planta'
h = received('internal', d, 6) + hdrs('"Gutiérrez Sanz, Álvaro" <alvaro.gutierrez@ashcombeenergy.es>'.encode('cp1252'), HLN, subj, d,
    mid('', 'outlook'), extra=ms_extra('es-ES', topic='Cambio de fecha entrevista - Operador de planta'))
add('question', 'auto_reply', 'reschedule-interview', 'es', 'outlook-html-only;qp;windows-1252;forward-outlook-es;raw-cp1252-from',
    'move in Outlook or GoodTime', build(h, text(outlook_html(t, 'windows-1252', 'ES'), 'html', 'windows-1252', 'quoted-printable')))

# es3 availability request; Apple Mail alt, subject Q iso-8859-1
d = dt('2026-03-11 18:40 +0100')
t = """Hola equipo,

Estoy montando las entrevistas para las 6 plazas de técnico de mantenimiento de subestaciones (Madrid y Toledo). Antes de cerrar nada con los jefes de brigada me gustaría que cada candidato me dijera qué franjas tiene libres la semana que viene, porque muchos están trabajando a turnos y no quiero proponer horas a ciegas.

¿Hay forma de pedírselo desde GoodTime y que me salga ahí directamente, o sigo preguntando por correo uno a uno como hasta ahora?

Mil gracias,
Lucía

Lucía Fernández Ruiz
Técnica de Selección | Talento y Cultura
Ashcombe Energía España"""
h = received('google', d, 5) + auth('ashcombeenergy.es', sel='google') + hdrs(
    'Lucía Fernández <lucia.fernandez@ashcombeenergy.es>'.encode('utf-8'), HL,
    ewQ('Pedir disponibilidad a candidatos (técnicos subestación)', 'iso-8859-1'), d, mid('ashcombeenergy.es', 'apple'), client=XM_APPLE)
add('question', 'auto_reply', 'candidate-availability-request', 'es', 'apple-alt;qp;utf-8;raw-utf8-from;rfc2047-q-iso-subject;dkim',
    'ask candidates for free slots', build(h, alt(t, 'apple', 'utf-8')))

# es4 time-zones; iPhone plain base64, typos
d = dt('2026-03-20 21:14 +0100')
t = """Hola, tengo una candidata para ingeniera de O&M que vive en Las Palmas y los entrevistadores estamos en Zaragoza (parque La Muela). Alli tienen una hora menos q en la peninsula no? como hago para que a ella le llegue la hora de la entrevista bien y no se presente una hora tarde o antes. Lo tengo que poner yo a mano en el correo?

gracias
Jorge

Enviado desde mi iPhone"""
h = received('google', d, 5) + hdrs('Jorge Ibáñez <jorge.ibanez@ashcombeenergy.es>'.encode('utf-8'), HL, 'Candidata en Canarias', d,
    mid('ashcombeenergy.es', 'apple'), client=XM_IPHONE)
add('question', 'auto_reply', 'time-zones', 'es', 'iphone-plain;base64;utf-8;raw-utf8-from;typos;mobile-signature',
    'Canary Islands one hour behind', build(h, text(t, cs='utf-8', cte='base64')))

# es5 permissions-roles; Outlook alt + png, subject B split mid-word, disclaimer
d = dt('2026-03-25 12:17 +0100')
t = """Hola,

Desde esta semana me toca a mí llevar las entrevistas del área de Trading en Madrid porque Carlos está de baja. Cuando entro en GoodTime y abro una entrevista no me aparece ni la opción de cancelar ni la de cambiar la hora, sólo puedo verla. Os adjunto captura.

¿Me falta algún tipo de acceso? ¿Quién lo tendría que dar?

Gracias,
Marta Peña Ollero
HR Business Partner – Trading & Corporativo
Ashcombe Energía España, S.L.U.
C/ Alcalá 265, 28027 Madrid
Tel. +34 913 58 20 44

""" + DISC_ES
subj = ewsplit('No me aparece el botón para cancelar', [17], 'UTF-8', 'B')
body = multi('mixed', [alt(t, 'outlook', 'utf-8', lang='ES'), attach('image/png', png(200, 110, 5), 'captura_goodtime.png')], 'outlook')
h = received('google', d, 6) + auth('ashcombeenergy.es', sel='google') + hdrs(ewQ('Peña Ollero, Marta') + ' <marta.pena@ashcombeenergy.es>', HLN, subj, d,
    mid('', 'outlook'), extra=ms_extra('es-ES', attach=True, topic=subj), client=XM_OUTLOOK)
add('question', 'auto_reply', 'permissions-roles', 'es', 'outlook-alt;qp;utf-8;png-attachment;rfc2047-b-split-midword;disclaimer;dkim',
    'cancel option missing, access', build(h, body))

# ====================================================================== QUESTIONS - French
# fr1 contact-support; Gmail alt qp, subject B
d = dt('2026-03-03 14:02 +0100')
t = """Bonjour,

Petite question : est-ce que quelqu'un aurait l'adresse mail pour écrire directement aux équipes de GoodTime ? J'ai un souci d'affichage à leur montrer avec plusieurs captures et je préfère leur envoyer un mail bien construit plutôt que de discuter en direct.

Merci d'avance !
Camille

--
Camille Lefèvre
Chargée de recrutement – Ashcombe Énergie France
Tour Incity, 116 cours Lafayette, 69003 Lyon
06 12 48 90 37"""
h = received('google', d, 6) + auth('ashcombeenergy.fr', '209.85.221.52', sel='google') + hdrs(
    ewB('Camille Lefèvre') + ' <camille.lefevre@ashcombeenergy.fr>', HL, ewB('Adresse e-mail pour écrire à GoodTime ?'), d, mid('', 'gmail'))
add('question', 'auto_reply', 'contact-support', 'fr', 'gmail-alt;qp;utf-8;rfc2047-b-from;rfc2047-b-subject;dkim;received-6',
    'wants the support e-mail address', build(h, alt(t, 'gmail', 'UTF-8')))

# fr2 panel / multi-session; Outlook HTML only cp1252, raw cp1252 8-bit subject
d = dt('2026-03-12 09:33 +0100')
t = """Bonjour à tous,

Le 8 avril on organise à Nantes la journée de recrutement des alternants (BTS Électrotechnique et Bac pro MELEC). Chaque candidat doit voir trois personnes d'affilée : le tuteur, puis le chef d'équipe, puis moi pour la partie RH, avec 10 minutes de battement entre chaque.

L'an dernier j'avais créé trois rendez-vous séparés par candidat, c'était l'enfer à gérer dès que quelqu'un se désistait. Est-ce qu'on peut monter ça en une seule fois dans GoodTime ?

Bonne journée,
Élodie Girard
Coordinatrice Alternance & Apprentissage
Ashcombe Énergie France – Site de Nantes
Tél. : 02 40 88 17 62"""
subj = 'Journée de recrutement alternants – entretiens à la suite'.encode('cp1252')
h = received('internal', d, 8) + hdrs('=?windows-1252?Q?=C9lodie_Girard?= <elodie.girard@ashcombeenergy.fr>', HLN, subj, d,
    mid('', 'outlook'), extra=ms_extra('fr-FR'))
add('question', 'auto_reply', 'panel-interviews', 'fr', 'outlook-html-only;qp;windows-1252;raw-cp1252-subject;rfc2047-q-from;received-8',
    'three back-to-back sessions', build(h, text(outlook_html(t, 'windows-1252', 'FR'), 'html', 'windows-1252', 'quoted-printable')))

# fr3 debrief; reply on unrelated shift-planning thread, Outlook FR alt base64 utf-8, helpline cc
d = dt('2026-03-24 07:48 +0100')
t = """Bonjour Nicolas,

Ok pour l'échange de quart du 2, je valide.

Autre chose, pour la helpline GoodTime en copie : après les entretiens en jury pour les opérateurs de conduite, on voudrait se retrouver entre membres du jury pour trancher, idéalement le jour même. Est-ce que GoodTime peut caler ce point avec nos agendas sans que le candidat reçoive l'invitation ?

Thierry Blanchard
Chef de quart – Centrale CCG de Lacq-Nord
Ashcombe Énergie France
@@Q@@
De : Nicolas Perrin <nicolas.perrin@ashcombeenergy.fr>
Envoyé : """ + qd('fr', 'outlook', '2026-03-23 16:10 +0100') + """
À : Blanchard Thierry <thierry.blanchard@ashcombeenergy.fr>
Objet : Planning des quarts semaine 14

Salut Thierry,

Est-ce que tu peux prendre mon quart de nuit du jeudi 2 avril ? Je te rends celui du 9.

Nicolas"""
m0 = mid('', 'outlook')
h = received('internal', d, 6) + hdrs('Blanchard Thierry <thierry.blanchard@ashcombeenergy.fr>', 'Perrin Nicolas <nicolas.perrin@ashcombeenergy.fr>',
    'RE: Planning des quarts semaine 14', d, mid('', 'outlook'), cc=HLN, irt=m0, refs=m0, extra=ms_extra('fr-FR', topic='Planning des quarts semaine 14'))
add('question', 'auto_reply', 'debrief-scheduling', 'fr', 'outlook-alt;base64;utf-8;reply-unrelated-thread;outlook-fr-quote-header;cc-helpline',
    'jury meeting without candidate', build(h, alt(t, 'outlook', 'utf-8', 'base64', lang='FR')))

# fr4 interviewer-decline; iPhone qp
d = dt('2026-03-27 18:55 +0100')
t = """Bonjour, un des trois membres du jury (Marc D.) vient de refuser l'invitation pour l'entretien de mardi 14h avec la candidate au poste de trader junior. Est-ce que je dois tout replanifier avec elle ou il y a moyen de le remplacer lui seulement ? Je ne voudrais pas lui faire changer de date une troisième fois.
Merci !

Sophie

Envoyé de mon iPhone"""
h = received('internal', d, 5) + hdrs('Sophie Bernard <sophie.bernard@ashcombeenergy.fr>', HL, ewQ('Refus d’un membre du jury'), d,
    mid('ashcombeenergy.fr', 'apple'), client=XM_IPHONE)
add('question', 'auto_reply', 'interviewer-decline', 'fr', 'iphone-plain;qp;utf-8;rfc2047-q-subject;mobile-signature',
    'panel member declined', build(h, text(t, cs='utf-8', cte='quoted-printable')))

# fr5 candidate-reminders; Apple Mail alt
d = dt('2026-03-16 08:22 +0100')
t = """Bonjour,

La semaine dernière, deux candidats techniciens de maintenance éolienne ne se sont pas présentés à la base de Saint-Nazaire. Les deux disent qu'ils avaient « oublié ».

Est-ce que GoodTime leur envoie quelque chose la veille pour leur rappeler le rendez-vous ? Si oui, est-ce qu'on peut le régler nous-mêmes ou c'est paramétré ailleurs ?

Cordialement,
Julien Moreau
Responsable de site – Base de maintenance éolien en mer, Saint-Nazaire
Ashcombe Énergie France"""
h = received('internal', d, 5) + hdrs('Julien Moreau <julien.moreau@ashcombeenergy.fr>', HL, ewQ('Candidats absents – un rappel la veille ?'), d,
    mid('ashcombeenergy.fr', 'apple'), client=XM_APPLE)
add('question', 'auto_reply', 'candidate-reminders', 'fr', 'apple-alt;qp;utf-8;rfc2047-q-subject',
    'no-shows, reminder the day before', build(h, alt(t, 'apple', 'utf-8')))

# fr (unanswered) data retention; Outlook alt iso-8859-1
d = dt('2026-03-30 16:44 +0200')
t = """Bonjour,

Notre DPO met à jour le registre des traitements et me demande combien de temps GoodTime garde les données des candidats (noms, adresses mail, créneaux proposés, etc.) après la fin d'un recrutement, et si on peut demander la suppression pour un candidat précis.

Savez-vous à qui je dois m'adresser pour avoir une réponse officielle ?

Merci,
Margaux Petit
Chargée RH - Ashcombe Énergie France
01 53 70 22 18"""
subj = ewsplit('RGPD : durée de conservation des données candidats dans GoodTime', [25, 47], 'iso-8859-1', 'Q')
h = received('internal', d, 6) + hdrs('Petit Margaux <margaux.petit@ashcombeenergy.fr>', HLN, subj, d,
    mid('', 'outlook'), extra=ms_extra('fr-FR'))
add('question', 'forward_support', 'none', 'fr', 'outlook-alt;qp;iso-8859-1;rfc2047-q-iso-subject;folded-subject',
    'GDPR retention not covered', build(h, alt(t, 'outlook', 'iso-8859-1', lang='FR')))
# ====================================================================== QUESTIONS - Portuguese
# pt1 product-board; Gmail alt qp
d = dt('2026-03-10 11:47 +0000')
t = """Olá!

Com a equipa de estágios fomos juntando algumas ideias de melhoria para a GoodTime ao longo dos últimos meses.

Antes de andar a chatear toda a gente com isso: há algum sítio oficial onde se deixam sugestões para a equipa da GoodTime ver? Alguém me disse que até dá para votar nas ideias dos outros, mas não faço ideia onde é.

Obrigado,
Tiago

--
Tiago Fernandes
Coordenador de Estágios e Programas de Aprendizagem
Ashcombe Energia Portugal – Porto
+351 22 340 8812"""
h = received('google', d, 6) + auth('ashcombeenergy.pt', sel='google') + hdrs('Tiago Fernandes <tiago.fernandes@ashcombeenergy.pt>', HL,
    ewQ('ideia para a ferramenta de marcação de entrevistas'), d, mid('', 'gmail'))
add('question', 'auto_reply', 'product-board', 'pt', 'gmail-alt;qp;utf-8;rfc2047-q-subject;dkim',
    'where to post an idea', build(h, alt(t, 'gmail', 'UTF-8')))

# pt2 self-scheduling; Outlook PT HTML only cp1252
d = dt('2026-03-18 09:58 +0000')
t = """Bom dia,

Para o recrutamento de assistentes do contact centre de Lisboa fazemos primeiro uma chamada de 20 minutos com cada candidato. Neste momento perdemos imenso tempo em trocas de e-mails só para acertar a hora.

Há maneira de mandar aos candidatos qualquer coisa em que sejam eles a escolher o horário, consoante a disponibilidade das recrutadoras? Se sim, como se faz?

Obrigada,
Ana Rita Sousa
Recrutadora | Pessoas & Cultura
Ashcombe Energia Portugal, Lda.
Av. da Liberdade 110, 1250-146 Lisboa
Tel. +351 21 340 7730"""
h = received('internal', d, 7) + hdrs('Ana Rita Sousa <anarita.sousa@ashcombeenergy.pt>', HLN, ewQ('Candidatos escolherem a hora da chamada', 'iso-8859-1'), d,
    mid('', 'outlook'), extra=ms_extra('pt-PT'))
add('question', 'auto_reply', 'self-scheduling-link', 'pt', 'outlook-html-only;qp;windows-1252;rfc2047-q-iso-subject;received-7',
    'candidates pick their own time', build(h, text(outlook_html(t, 'windows-1252', 'PT'), 'html', 'windows-1252', 'quoted-printable')))

# pt3 cancel; iPhone base64, raw utf-8 subject, terse
d = dt('2026-03-05 16:31 +0000')
t = """Boa tarde. O candidato para operador de sala de comando de amanhã ligou a dizer que aceitou outra proposta. Basta eu apagar o evento no meu calendário ou tenho de fazer mais alguma coisa?

Rui

Enviado do meu iPhone"""
h = received('google', d, 5) + hdrs('Rui Gonçalves <rui.goncalves@ashcombeenergy.pt>'.encode('utf-8'), HL, 'candidato desistiu – apago o evento?'.encode('utf-8'), d,
    mid('ashcombeenergy.pt', 'apple'), client=XM_IPHONE)
add('question', 'auto_reply', 'cancel-interview', 'pt', 'iphone-plain;base64;utf-8;raw-utf8-subject;raw-utf8-from;mobile-signature;terse',
    'candidate withdrew, delete event?', build(h, text(t, cs='utf-8', cte='base64')))

# pt4 add-interviewer-to-pool; Outlook PT alt, reply on unrelated PPE thread, From B split mid-word
d = dt('2026-03-10 14:12 +0000')
t = """Olá Marta,

Obrigado, as botas já chegaram.

Aproveito para perguntar à helpline (em cc): entrou esta semana o Eng. Pedro Antunes para a manutenção de turbinas, e ele já pode fazer as entrevistas técnicas dos candidatos a técnico de manutenção. Como é que ele passa a aparecer como opção quando a equipa de recrutamento marca essas entrevistas? Tenho de pedir a alguém?

Cumprimentos,
João Carvalho
Gestor de Site – Parque Eólico Alto Minho
Ashcombe Energia Portugal
@@Q@@
De: Marta Rebelo <marta.rebelo@ashcombeenergy.pt>
Enviado: """ + qd('pt', 'outlook', '2026-03-09 10:31 +0000') + """
Para: João Carvalho <joao.carvalho@ashcombeenergy.pt>
Assunto: Encomenda EPI visitantes

Bom dia João,

Segue a confirmação da encomenda de EPI para visitantes: 10 capacetes, 10 coletes, botas do 38 ao 45. Entrega prevista para quinta-feira.

Marta"""
m0 = mid('', 'outlook')
h = received('internal', d, 6) + hdrs(ewsplit('João Carvalho', [2], 'UTF-8', 'B', ' ') + ' <joao.carvalho@ashcombeenergy.pt>',
    'Marta Rebelo <marta.rebelo@ashcombeenergy.pt>', 'RE: Encomenda EPI visitantes', d, mid('', 'outlook'), cc=HLN, irt=m0, refs=m0,
    extra=ms_extra('pt-PT', topic='Encomenda EPI visitantes'))
add('question', 'auto_reply', 'add-interviewer-to-pool', 'pt', 'outlook-alt;qp;utf-8;reply-unrelated-thread;outlook-pt-quote-header;rfc2047-b-split-midword;cc-helpline',
    'new engineer should be offered as interviewer', build(h, alt(t, 'outlook', 'utf-8', lang='PT')))

# pt5 internal-project-team; Outlook for Mac plain base64 iso-8859-1; raw cp1252 subject
d = dt('2026-03-02 09:15 +0000')
t = """Olá,

Comecei esta semana como HR Business Partner em Lisboa e deram-me este contacto da "helpline GoodTime". Antes de começar a mandar tudo para aqui: isto serve para quê, exatamente? Posso mandar dúvidas sobre a forma como a ferramenta é usada cá na empresa (regras, processos, quem faz o quê), ou é só para quando alguma coisa avaria?

Obrigada e desculpem a pergunta básica,
Inês Magalhães
HR Business Partner
Ashcombe Energia Portugal, Lda."""
h = received('internal', d, 5) + hdrs('=?iso-8859-1?Q?In=EAs_Magalh=E3es?= <ines.magalhaes@ashcombeenergy.pt>', HL,
    'Para que serve este endereço?'.encode('cp1252'), d, mid('ashcombeenergy.pt', 'apple'), client=UA_MACOUTLOOK,
    extra=['Thread-Topic: Para que serve este endereço?'.encode('cp1252')])
add('question', 'auto_reply', 'internal-project-team', 'pt', 'macoutlook-plain;base64;iso-8859-1;raw-cp1252-subject;rfc2047-q-iso-from',
    'what is this help line for', build(h, text(t, cs='iso-8859-1', cte='base64')))

# pt (unanswered) sender domain / spam; Gmail alt base64
d = dt('2026-03-23 10:03 +0000')
t = """Bom dia,

Vários candidatos dizem-nos que o e-mail de confirmação da entrevista lhes vai parar ao spam ou aos "Promoções" do Gmail. Já tivemos uma candidata que só o encontrou no próprio dia.

É possível que esses e-mails saiam com o nosso domínio (@ashcombeenergy.pt) em vez do da GoodTime? Isso é configurável do nosso lado ou tem de ser tratado com eles? Reencaminho um exemplo em baixo.

Obrigada,
Beatriz Lopes
Recrutadora – Porto
@@Q@@
---------- Forwarded message ---------
From: Diogo Martins <diogo.m.martins@gmail.com>
Date: qd_en_fwd
Subject: Re: Entrevista Técnico de Manutenção – Porto
To: Beatriz Lopes <beatriz.lopes@ashcombeenergy.pt>


Boa tarde Beatriz,

Peço desculpa, só hoje vi o convite para a entrevista, estava na pasta de spam. Ainda é possível manter a hora de amanhã às 10h?

Cumprimentos,
Diogo Martins"""
t = t.replace('qd_en_fwd', 'Fri, 20 Mar 2026 at 16:52')
h = received('google', d, 6) + auth('ashcombeenergy.pt', sel='google') + hdrs('Beatriz Lopes <beatriz.lopes@ashcombeenergy.pt>', HL,
    ewB('Convites das entrevistas a cair no spam'), d, mid('', 'gmail'))
add('question', 'forward_support', 'none', 'pt', 'gmail-alt;base64;utf-8;rfc2047-b-subject;dkim;gmail-forward-en-ui',
    'custom sender domain not covered', build(h, alt(t, 'gmail', 'UTF-8', 'base64')))
# ====================================================================== QUESTIONS - English
SIG_EMMA = """Emma Lindqvist
Recruiting Operations Analyst | Talent Acquisition
Ashcombe Energy plc
Ashcombe House, 40 Kings Road, Reading RG1 3AR
T: +44 118 496 0788 | M: +44 7700 900 153
www.ashcombeenergy.com | Follow us on LinkedIn

""" + DISC_UK
# en1 escalation-path; Outlook HTML only, rambling, question in third paragraph
d = dt('2026-03-06 16:12 +0000')
t = """Hi team,

I joined Recruiting Ops two weeks ago (I'm covering the Iberia and France desks from Reading) and I'm still finding my feet, so apologies if this is an obvious one. Everyone has been really welcoming!

So far I've been sending literally everything GoodTime-related to this mailbox. Last week one of the coordinators told me I should have gone "straight to GoodTime" for an issue, somebody else mentioned there's an account-manager type person at GoodTime for the bigger stuff, and I've also seen people talking about an ideas board where you vote on things.

Is there a simple rule of thumb for which of those to use for what? A one-pager would be amazing, I'd like to share it with the coordinators in Madrid and Lyon too.

Thanks so much,
Emma

""" + SIG_EMMA
h = received('internal', d, 6) + hdrs('Emma Lindqvist <emma.lindqvist@ashcombeenergy.com>', HLN, 'New starter - who do I go to for what?', d,
    mid('', 'outlook'), extra=ms_extra('en-GB'))
add('question', 'auto_reply', 'escalation-path', 'en', 'outlook-html-only;qp;windows-1252;long-signature;disclaimer;rambling',
    'which channel for what', build(h, text(outlook_html(t, 'windows-1252', 'EN-GB'), 'html', 'windows-1252', 'quoted-printable')))

# en2 conference-links; plain reply with -----Original Message----- about shift cover
d = dt('2026-03-12 06:41 +0000')
t = """Thanks Jo, that works.

Helpline - copying you in on this one while it's on my mind. The interviews for the trainee control room operator roles keep going out to candidates without a Teams link, and I end up pasting one in by hand from my own calendar. Where do I set it so the link is on there automatically? Is that something I pick per interview or is it set somewhere central?

Cheers
Tom

Tom Eastwood
Shift Supervisor, Central Control Room
Thornbury Power Station | Ashcombe Energy

-----Original Message-----
From: Jo Whitlock <jo.whitlock@ashcombeenergy.com>
Sent: 11 March 2026 17:46
To: Tom Eastwood <tom.eastwood@ashcombeenergy.com>
Subject: Night shift cover w/c 16 March

Tom,

Can you cover Wednesday and Thursday nights w/c 16th? Dave is on the HV switching course all week.

Jo
"""
m0 = mid('', 'outlook')
h = received('internal', d, 5) + hdrs('Tom Eastwood <tom.eastwood@ashcombeenergy.com>', 'Jo Whitlock <jo.whitlock@ashcombeenergy.com>',
    'RE: Night shift cover w/c 16 March', d, mid('', 'outlook'), cc=HLN, irt=m0, extra=ms_extra('en-GB', topic='Night shift cover w/c 16 March'))
add('question', 'auto_reply', 'conference-links', 'en', 'outlook-plain-only;7bit;original-message-quote;reply-unrelated-thread;cc-helpline;early-morning',
    'Teams link not added automatically', build(h, text(t, cs='us-ascii', cte='7bit')))

# en3 load balancing; iPhone typos
d = dt('2026-03-10 19:22 +0000')
t = """Hi all

My two senior turbine techs (Jamie and Lewis) seem to be on every single interview for the technician vacancies at the moment, 6 last week between them. Its killing our maintenance schedule, were already behind on the gearbox inspections. Is there a way to put a cap on how many they get per week so it gets shared out with the others?

Mark

Sent from my iPhone"""
h = received('internal', d, 5) + hdrs('Mark Penhaligon <mark.penhaligon@ashcombeenergy.com>', HL, 'interviews - my techs', d,
    mid('ashcombeenergy.com', 'apple'), client=XM_IPHONE)
add('question', 'auto_reply', 'interviewer-load-balancing', 'en', 'iphone-plain;qp;utf-8;typos;mobile-signature',
    'cap interviews per week for two techs', build(h, text(t, cs='utf-8', cte='quoted-printable')))

# en4 ats-integration; terse lowercase, Outlook for Mac plain
d = dt('2026-03-26 13:07 -0500')
t = """if i move someone to the onsite stage in greenhouse does it show up in goodtime by itself or do i need to create it there too? dont want to double up

kevin
"""
h = received('internal', d, 5) + hdrs('Kevin Dworak <kevin.dworak@ashcombeenergy.com>', HL, 'greenhouse -> goodtime?', d,
    mid('ashcombeenergy.com', 'apple'), client=UA_MACOUTLOOK)
add('question', 'auto_reply', 'ats-integration', 'en', 'macoutlook-plain;7bit;terse-lowercase;us-timezone',
    'stage move creates interview?', build(h, text(t, cs='us-ascii', cte='7bit')))

# en5 interview-templates; Outlook alt, misleading subject, two topics
d = dt('2026-03-09 08:17 +0000')
t = """Morning,

Every time I go to schedule an apprentice assessment (Electrical Maintenance Apprentice, stage "Assessment Centre") it pre-fills with a single 45 min session and last year's assessor list, two of whom have left the business. I've been fixing it by hand for every candidate, which is fine for one or two but we've got 38 to book for the September intake.

Is there a way to fix the default once so it's right for everyone going forward? And who's allowed to change it?

Also, thanks to whoever sorted the room issue at Coventry last week, much appreciated.

Callum

Callum Fraser
Apprenticeship Programme Coordinator
Ashcombe Energy Academy | Unit 4, Lythalls Lane Industrial Estate, Coventry CV6 6FL
T: +44 24 7610 3344"""
h = received('internal', d, 6) + hdrs('Callum Fraser <callum.fraser@ashcombeenergy.com>', HLN, 'Apprentice assessment setup keeps coming up wrong', d,
    mid('', 'outlook'), extra=ms_extra('en-GB'), client=XM_OUTLOOK)
add('question', 'auto_reply', 'interview-templates', 'en', 'outlook-alt;qp;windows-1252;misleading-subject;two-topics',
    'wrong pre-filled setup every time', build(h, alt(t, 'outlook', 'windows-1252')))

# en6 contact-csm without letters CSM; iPad Apple Mail alt
d = dt('2026-03-31 07:35 +0100')
t = """Hi,

Quick one. Who's our main person on the GoodTime side, the one who looks after our account? I'd like half an hour with them to talk through how we might run the graduate trader assessment centre differently this year (fewer hand-offs between the desk heads). I don't have their details and I don't want to bother the support people with it.

Thanks
Aisha

Aisha Mahmood
Head of Power Trading, London
Sent from my iPad"""
h = received('internal', d, 5) + hdrs('Aisha Mahmood <aisha.mahmood@ashcombeenergy.com>', HL, 'GoodTime - someone to talk to?', d,
    mid('ashcombeenergy.com', 'apple'), client=XM_IPAD)
add('question', 'auto_reply', 'contact-csm', 'en', 'ipad-alt;qp;utf-8;mobile-signature',
    'who looks after our account', build(h, alt(t, 'apple', 'utf-8')))

# en form mailer: candidate-itinerary question via People Portal robot
d = dt('2026-03-18 13:29 +0000')
t = """A new request has been submitted via the People Portal form "Ask Recruiting Systems".

Submitted by:   Siobhan Gallagher
E-mail:         siobhan.gallagher@ashcombeenergy.com
Department:     Talent Acquisition - UK & Ireland
Location:       Belfast
Category:       GoodTime
Priority:       Normal

Question / description:
The candidate for the Network Planning Engineer onsite on Thursday says she never got anything with the times and who she's meeting. The interview is definitely booked in GoodTime (all green). How do I get the details to her again? She has already looked in her junk folder.

--
This message was generated automatically by the People Portal. Please do not reply to this address.
Reference: PP-2026-004417
"""
h = received('people-portal.ashcombeenergy.com', d, 5) + auth('forms.ashcombeenergy.com', dkim=False) + hdrs(
    'Ashcombe People Portal <no-reply@forms.ashcombeenergy.com>', HL, '[People Portal] Ask Recruiting Systems - GoodTime - PP-2026-004417', d,
    '<pp.2026.004417.%d@forms.ashcombeenergy.com>' % R.randint(10**6, 10**7), reply_to='Siobhan Gallagher <siobhan.gallagher@ashcombeenergy.com>',
    extra=['Auto-Submitted: auto-generated', 'X-Auto-Response-Suppress: All', 'Precedence: bulk', 'X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)'])
add('question', 'forward_support|needs_review', 'candidate-itinerary', 'en', 'form-mailer;auto-submitted;no-reply;plain;7bit;reply-to',
    'robot form: resend itinerary', build(h, text(t, cs='us-ascii', cte='7bit')))

# en (unanswered) 1: candidate e-mails in other languages
d = dt('2026-03-13 11:50 +0000')
t = """Hi both,

A question from the Iberia team that I couldn't answer on our call this morning: can the candidate confirmation / itinerary emails go out in Spanish for the Spanish roles and in Portuguese for Lisbon and Porto?

Is there a language setting on the template, or per candidate, or do we have to build a separate template for each language? And if it's separate templates, can the right one be picked automatically from the candidate's country in the ATS?

Thanks,
Hannah

Hannah Kerr
Recruiting Operations Lead | Ashcombe Energy
Ashcombe House, Reading"""
h = received('internal', d, 6) + auth('ashcombeenergy.com', arc=True) + hdrs('Hannah Kerr <hannah.kerr@ashcombeenergy.com>', HLN, 'Candidate emails in Spanish / Portuguese?', d,
    mid('', 'outlook'), extra=ms_extra('en-GB'))
add('question', 'forward_support', 'none', 'en', 'outlook-alt;qp;utf-8;arc;dkim',
    'template languages not covered', build(h, alt(t, 'outlook', 'utf-8')))

# en (unanswered) 2: SuccessFactors connector
d = dt('2026-02-20 15:15 +0100')
t = """Hello,

We are planning to move the EU entities (DE, ES, FR, PT) from Greenhouse to SAP SuccessFactors Recruiting in Q3 as part of the HR systems consolidation. Before the steering committee next week I need to know: does GoodTime have a standard connector for SuccessFactors, and would we keep the same GoodTime instance or need a second one during the transition?

Best regards
Rachel Doyle
HRIS Manager, Europe
Ashcombe Energy Deutschland GmbH, Essen"""
h = received('internal', d, 7) + hdrs('Rachel Doyle <rachel.doyle@ashcombeenergy.de>', HLN, 'GoodTime + SuccessFactors?', d,
    mid('', 'outlook'), extra=ms_extra('en-GB'))
add('question', 'forward_support', 'none', 'en', 'outlook-plain-only;qp;utf-8;received-7',
    'specific ATS connector not in article', build(h, text(t, cs='utf-8', cte='quoted-printable')))

# en (unanswered) 3: mobile app; Android
d = dt('2026-01-14 12:31 +0000')
t = """Is there a goodtime app for the phone? My lads are in the vans all day and never open a laptop, they keep missing whats been booked.

Steve

Sent from my Galaxy"""
h = received('internal', d, 5) + hdrs('Steve Barlow <steve.barlow@ashcombeenergy.com>', HL, 'app?', d,
    None)
add('question', 'forward_support', 'none', 'en', 'android-plain;8bit;terse;mobile-signature;no-message-id',
    'mobile app not covered', build(h, text(t, cs='utf-8', cte='8bit')))

# en (unanswered) 4: P1 response time number (article only points to Help Center)
d = dt('2026-03-19 10:02 +0000')
t = """Hi,

I'm updating the Business Continuity Plan for Talent Acquisition. For the section on third-party systems I need the actual response time GoodTime commits to when we raise a priority 1 ticket (e.g. nobody can schedule), in minutes or hours, plus what counts as P1 in their terms. The auditors won't accept "they're very quick".

Can you let me have the figures, or tell me where the contractual number is written down?

Many thanks
Daniel Okafor
Business Continuity Lead, Corporate Resilience
Ashcombe Energy plc

""" + DISC_UK
h = received('internal', d, 6) + hdrs('Daniel Okafor <daniel.okafor@ashcombeenergy.com>', HLN, 'BCP - GoodTime P1 response time', d,
    mid('', 'outlook'), extra=ms_extra('en-GB'))
add('question', 'forward_support', 'none', 'en', 'outlook-html-only;qp;windows-1252;disclaimer',
    'needs the SLA figure itself', build(h, text(outlook_html(t, 'windows-1252'), 'html', 'windows-1252', 'quoted-printable')))

# en (unanswered) 5: recordings / subject access request; Gmail-style? company Apple Mail
d = dt('2026-03-27 14:40 +0000')
t = """Hi helpline,

A candidate we rejected in January (Field Service Engineer, Swindon) has made a subject access request and specifically asks for "the recording of my video interview".

As far as I know we don't record, but I need to be sure: does GoodTime record Teams/Zoom interviews it sets up, or store any recordings or transcripts anywhere? Legal want an answer by Friday.

Thanks,
Nicola

Nicola Baines
Recruiter, Networks & Field Operations"""
h = received('internal', d, 5) + hdrs('Nicola Baines <nicola.baines@ashcombeenergy.com>', HL, 'SAR - interview recording?', d,
    mid('ashcombeenergy.com', 'apple'), client=XM_APPLE)
add('question', 'forward_support', 'none', 'en', 'apple-alt;qp;utf-8',
    'recordings not covered', build(h, alt(t, 'apple', 'utf-8')))

# en (unanswered) 6: bulk self-scheduling send; words resemble self-scheduling article
d = dt('2026-03-03 17:58 +0000')
t = """Hello,

For the apprentice open day at the Academy (16 and 17 April) we want to invite 60 applicants to book a 15-minute slot with one of the assessors.

Is there a limit to how many candidates can be sent a booking link in one go? Can I select all 60 and send it once, or does it have to be done candidate by candidate? And if two of them pick the same slot at the same moment, what happens?

Cheers,
Jade Thornton
Early Careers Coordinator
Ashcombe Energy Academy, Coventry"""
h = received('internal', d, 6) + hdrs('"Thornton, Jade" <jade.thornton@ashcombeenergy.com>', HLN, 'Booking links - how many at once?', d,
    mid('', 'outlook'), extra=ms_extra('en-GB'))
add('question', 'forward_support', 'none', 'en', 'outlook-alt;qp;windows-1252',
    'bulk send not covered by self-scheduling article', build(h, alt(t, 'outlook', 'windows-1252')))
# ====================================================================== BUGS
# b1 "quick question" over a DST bug; Outlook alt + png
d = dt('2026-03-31 10:44 +0100')
t = """Hi,

Quick question - has anything changed in GoodTime since the clocks went forward on Sunday?

Candidate confirmations for UK interviews are now showing an hour early. Example: Thursday's onsite for the Protection Engineer role (candidate Tomasz Wójcik) is 10:00 BST in the interviewers' calendar invites, but the email the candidate got says 09:00. Same on at least three others booked yesterday and today. The interviewer invites look right, it's only the candidate side.

I've phoned the candidates I know about, but I'm worried about the ones I don't. Screenshot attached.

Thanks,
Gemma

Gemma Hollis
Recruiting Coordinator | Talent Acquisition
Ashcombe Energy plc
Ashcombe House, 40 Kings Road, Reading RG1 3AR
T: +44 118 496 0731

""" + DISC_UK
body = multi('mixed', [alt(t, 'outlook', 'utf-8'), attach('image/png', png(220, 120, 11), 'image001.png')], 'outlook')
h = received('internal', d, 6) + hdrs('Gemma Hollis <gemma.hollis@ashcombeenergy.com>', HLN, 'quick question', d,
    mid('', 'outlook'), extra=ms_extra('en-GB', attach=True), client=XM_OUTLOOK)
add('bug', 'forward_support', '', 'en', 'outlook-alt;qp;utf-8;png-attachment;misleading-subject;disclaimer',
    'candidate times off by one hour after DST', build(h, body))

# b2 calendar still wrong after reconnecting; reply on unrelated thread, Outlook From/Sent block
d = dt('2026-03-10 12:03 +0000')
t = """Adding the helpline as this is a GoodTime thing, not a fleet thing - sorry Karen, ignore this bit.

GoodTime keeps offering me for interviews during my on-call block on Tuesdays and Thursdays (07:00-12:00). It's in my Outlook as Busy, not tentative, I've checked. I already disconnected and reconnected the calendar in GoodTime twice last week and waited a day each time. Candidates are still being booked into that slot (two this week: Field Engineer interviews, Swindon).

Can someone get this looked at properly?

Dan Whitcombe
Field Engineering Manager - Swindon Depot
Ashcombe Energy Networks
M: +44 7700 900 688
@@Q@@
From: Karen Fleet <karen.fleet@ashcombeenergy.com>
Sent: Monday, 9 March 2026 16:20
To: Dan Whitcombe <dan.whitcombe@ashcombeenergy.com>
Subject: Van allocation - April

Hi Dan,

Two of the new Transits are coming to Swindon in April. Can you confirm which of the old Vivaros can go back to the lease company?

Thanks
Karen"""
m0 = mid('', 'outlook')
h = received('internal', d, 5) + hdrs('Dan Whitcombe <dan.whitcombe@ashcombeenergy.com>', 'Karen Fleet <karen.fleet@ashcombeenergy.com>', 'RE: Van allocation - April', d,
    mid('', 'outlook'), cc=HLN, irt=m0, refs=m0, extra=ms_extra('en-GB', topic='Van allocation - April'))
add('bug', 'forward_support', '', 'en', 'outlook-alt;qp;windows-1252;reply-unrelated-thread;outlook-quote-header;cc-helpline',
    'busy time still offered after reconnect', build(h, alt(t, 'outlook', 'windows-1252')))

# b3 Zoom links missing for one template; Outlook HTML only
d = dt('2026-03-11 09:26 +0000')
t = """Hi,

Since Monday, interviews booked from the "Trading Analyst - Case Study" template are going out with no Zoom link at all, neither on the interviewer invites nor on the candidate confirmation. The video option on the template is still set to Zoom and I haven't changed anything. Interviews from the other graduate templates (Data Analyst, Graduate Engineer) still get their links fine.

So far I've added links by hand to five interviews. Example interview from yesterday: candidate Olivia Brennan, Trading Analyst Graduate 2026, booked for Friday 13 March 14:00.

Thanks,
Priya

Priya Raman
Graduate Recruitment Lead | Early Careers
Ashcombe Energy plc"""
h = received('internal', d, 6) + auth('ashcombeenergy.com') + hdrs('Priya Raman <priya.raman@ashcombeenergy.com>', HLN, 'No Zoom links on case study interviews', d,
    mid('', 'outlook'), extra=ms_extra('en-GB'))
add('bug', 'forward_support', '', 'en', 'outlook-html-only;qp;windows-1252;dkim',
    'links not generated for one template', build(h, text(outlook_html(t, 'windows-1252'), 'html', 'windows-1252', 'quoted-printable')))

# b4 HIGH: scheduling page down for the whole Iberia team; Gmail, ARC, 8 Received
d = dt('2026-03-25 09:41 +0100')
t = """Hi helpline,

Since about 08:30 CET nobody in the Iberian recruiting team can open the scheduling page in GoodTime. Madrid, Barcelona, Bilbao, Lisbon and Porto, so 20+ coordinators and recruiters. The dashboard loads, but clicking any interview gives a spinner and then "Something went wrong. Please try again later." Different browsers, VPN on and off, same thing. Colleagues in Reading say it works for them.

Nothing is starting in the next hour that we know of, but the whole team is stuck: we can't book, move or cancel anything and the queue is growing. We have 40+ interviews to schedule this week for the Zaragoza and Sines projects.

Can this go to GoodTime as a priority, and please keep me posted.

Ruth Castellano
Recruiting Operations Manager – Iberia
Ashcombe Energía España / Ashcombe Energia Portugal
+34 913 58 20 10"""
h = received('google', d, 8) + auth('ashcombeenergy.es', '209.85.128.176', arc=True, sel='google') + hdrs(
    'Ruth Castellano <ruth.castellano@ashcombeenergy.es>', HL, 'GoodTime not loading for whole Iberia team', d, mid('', 'gmail'),
    extra=['X-Gm-Message-State: AOJu0Yz' + rb64(30), 'Importance: high', 'X-Priority: 1'])
add('bug', 'forward_support+flag_csm', '', 'en', 'gmail-alt;qp;utf-8;dkim;arc;received-8;high-priority-header',
    'high impact: 20+ users cannot schedule', build(h, alt(t, 'gmail', 'UTF-8')))

# b5 HIGH: candidate received another candidate's data; Apple forward chain (Begin forwarded message)
d = dt('2026-03-19 20:12 +0000')
t = """Please treat this as a data incident - I've told our DPO. Forwarding what the candidate sent to Jess. Can we find out how this happened and whether any other candidate got someone else's details? Nothing further should go out from that template until we know.

Rebecca

Rebecca Oduya
HR Business Partner, Networks
Sent from my iPhone
@@Q@@
Begin forwarded message:

From: Jess Hamill <jess.hamill@ashcombeenergy.com>
Date: 19 March 2026 at 17:48:02 GMT
To: Rebecca Oduya <rebecca.oduya@ashcombeenergy.com>
Subject: FW: Interview details - wrong person?

Rebecca - see below, not sure what to do with this. Jess

From: Daniel Kowalczyk <d.kowalczyk.eng@outlook.com>
Sent: 19 March 2026 16:55
To: Jess Hamill <jess.hamill@ashcombeenergy.com>
Subject: Interview details - wrong person?

Hi Jess,

I received my interview itinerary for Monday but it also has another applicant's name, mobile number and e-mail on it, and a line under the interviewers saying "weak on protection relays, salary expectation too high". I don't think I was meant to see that. I've deleted it but thought you should know.

Regards
Daniel Kowalczyk"""
h = received('internal', d, 5) + hdrs('Rebecca Oduya <rebecca.oduya@ashcombeenergy.com>', HL, 'Fwd: Interview details - wrong person?', d,
    mid('ashcombeenergy.com', 'apple'), client=XM_IPHONE)
add('bug', 'forward_support+flag_csm', '', 'en', 'iphone-alt;qp;utf-8;apple-forward;nested-forward;mobile-signature',
    'high impact: privacy leak in itinerary', build(h, alt(t, 'apple', 'utf-8')))

# b6 reminders sent twice; iPhone plain
d = dt('2026-03-17 16:08 -0400')
t = """Hi team - candidates are getting the day-before reminder email twice, about 5 min apart. Three of mine mentioned it this week (Pittsburgh lineworker apprentice interviews). One of them thought the interview had been moved because the second one came so quick after. Nothing changed on the interviews after they were booked.

Can you look into it?

Brianna Collins
Recruiting Coordinator, Americas

Sent from my iPhone"""
h = received('internal', d, 5) + hdrs('Brianna Collins <brianna.collins@ashcombeenergy.com>', HL, 'duplicate reminders', d,
    mid('ashcombeenergy.com', 'apple'), client=XM_IPHONE)
add('bug', 'forward_support', '', 'en', 'iphone-plain;qp;utf-8;mobile-signature;us-timezone',
    'reminders sent twice', build(h, text(t, cs='utf-8', cte='quoted-printable')))

# b7 reports page failing; Outlook alt + png inline
d = dt('2026-03-13 15:51 +0000')
t = """Hello,

The Interviewer Load report in GoodTime hasn't worked since yesterday afternoon: it spins for a minute or so and then shows "Request timed out". If I try Export to CSV instead, I get a file with just the header row. Date range Jan 1 - Mar 12, all offices. Smaller ranges (one week) do load.

I need it for the Q1 workforce pack on Monday. Screenshot below.

Thanks
Ravi

Ravi Menon
Senior Data Analyst, People Analytics
Ashcombe Energy plc"""
pa = alt(t, 'outlook', 'utf-8', img_cid='image001.png@01DCB2F4.3A1C9E40')
body = multi('related', [pa, attach_simple('image/png', png(240, 100, 21), 'image001.png', 'inline', 'image001.png@01DCB2F4.3A1C9E40')], 'outlook', params=';\n\ttype="multipart/alternative"')
h = received('internal', d, 5) + hdrs('Ravi Menon <ravi.menon@ashcombeenergy.com>', HLN, 'Interviewer Load report timing out', d,
    mid('', 'outlook'), extra=ms_extra('en-GB', attach=True))
add('bug', 'forward_support', '', 'en', 'outlook-related;inline-png;qp;utf-8',
    'report times out, empty export', build(h, body))

# b8 ATS sync stuck; terse, Message-ID without brackets
d = dt('2026-03-18 08:12 -0500')
t = """candidate 4471902 (job 88213 Senior Substation Engineer, Houston) was moved to Phone Screen in greenhouse on monday. still not in goodtime. refreshed, waited 2 days, logged out/in. the other 3 from same job moved same day came through fine.

luis
"""
h = received('internal', d, 5) + hdrs('Luis Ortega <luis.ortega@ashcombeenergy.com>', HL, 'candidate not coming over from greenhouse', d,
    '%x.%x@ashcombeenergy.com' % (R.getrandbits(40), R.getrandbits(24)), client=UA_MACOUTLOOK)
add('bug', 'forward_support', '', 'en', 'macoutlook-plain;7bit;terse-lowercase;msgid-no-brackets;us-timezone',
    'one candidate not syncing from ATS', build(h, text(t, cs='us-ascii', cte='7bit')))

# b9 form mailer (ServiceNow) - room booking fails
d = dt('2026-03-16 11:20 +0000')
t = """Incident INC0048812 has been assigned to group "HR Systems - GoodTime Helpline".

Caller:            Gary Munro (gary.munro@ashcombeenergy.com)
Location:          Swindon Depot, Unit 7 Kembrey Park
Category:          Software > HR Applications > GoodTime
Impact / Urgency:  3 - Low / 3 - Low
Short description: GoodTime cannot book Meeting Room 2 (Swindon Depot)

Description:
When I schedule the linesman interviews for next week GoodTime shows Meeting Room 2 as free, but when I confirm it says "Room booking failed: resource unavailable" and the interview is saved without a room. The room calendar in Outlook is empty for those times. Meeting Room 1 books fine. Tried 4 times on different days.

To view this incident, click here: https://ashcombe.service-now.com/nav_to.do?uri=incident.do?sys_id=7e1b0c4a1b3d5e10a2c4f7d8e9a0b1c2

Ref:MSG4471235
"""
h = received('ashcombe.service-now.com', d, 6) + auth('service-now.com', dkim=True, sel='snc') + hdrs(
    'Ashcombe IT Service Desk <ashcombe@service-now.com>', HL, 'Incident INC0048812 assigned to your group -- GoodTime cannot book Meeting Room 2', d,
    '<%s.JavaMail.svcnow@app134097.lhr201.service-now.com>' % R.getrandbits(40),
    extra=['Auto-Submitted: auto-generated', 'X-Auto-Response-Suppress: All', 'X-ServiceNow-Source: Notification-aa48b3e4db1', 'X-ServiceNow-SysEmail-Version: 2', 'Precedence: bulk'])
add('bug', 'forward_support|needs_review', '', 'en', 'form-mailer;ticket-system;auto-submitted;plain;7bit;received-6',
    'robot ticket: room booking fails', build(h, text(t, cs='UTF-8', cte='7bit')))

# b10 self-scheduling offers busy times; Outlook plain + winmail.dat
d = dt('2026-03-20 10:37 +0000')
t = """Hi,

The self-scheduling link for the Linesman (Overhead Lines) phone screens offered candidates 14:00-14:30 on Tuesday, which is my weekly team meeting and shows as Busy in my calendar. Two candidates booked it, so I've had to move them. It happened last Tuesday as well.

My calendar is connected (green tick in GoodTime), working hours 08:00-17:00. Other busy slots seem to be respected, just not this recurring one.

Olu

Olu Adeyemi
Recruiter - Networks & Field Operations
Ashcombe Energy plc
"""
body = multi('mixed', [text(t, cs='us-ascii', cte='7bit'), Part(['Content-Type: application/ms-tnef; name="winmail.dat"', 'Content-Transfer-Encoding: base64', 'Content-Disposition: attachment; filename="winmail.dat"'], b64(tnef(8)))], 'outlook')
h = received('internal', d, 6) + hdrs('Olu Adeyemi <olu.adeyemi@ashcombeenergy.com>', HLN, 'Self-scheduling offering times I am busy', d,
    mid('', 'outlook'), extra=ms_extra('en-GB', attach=True, tnef='<%s>' % mid('', 'outlook')[1:-1]))
add('bug', 'forward_support', '', 'en', 'outlook-plain;winmail.dat;7bit',
    'recurring busy event ignored by link', build(h, body))

# b-de: broken umlauts in candidate mails; Outlook alt cp1252 + png, subject B iso-8859-1
d = dt('2026-03-05 13:14 +0100')
t = """Hallo Helpline,

in den Bestätigungsmails an die Kandidaten sind seit gestern die Umlaute kaputt: aus „Grüße“ wird „GrÃ¼ÃŸe“, aus „Straße“ wird „StraÃŸe“, und der Name unseres Standorts „Mülheim an der Ruhr“ sieht entsprechend aus. Betroffen ist die Vorlage „Einladung Vor-Ort DE“; bis Dienstag war alles in Ordnung und an der Vorlage hat niemand etwas geändert.

Zwei Kandidaten haben schon nachgefragt, ob die Mail echt ist. Screenshot hängt an.

Viele Grüße
Tobias Lange
Recruiter | Ashcombe Energy Deutschland GmbH
Huttropstraße 60 | 45138 Essen"""
body = multi('mixed', [alt(t, 'outlook', 'windows-1252', lang='DE'), attach('image/png', png(200, 90, 31), 'Screenshot 2026-03-05 130912.png')], 'outlook')
h = received('internal', d, 6) + hdrs('"Lange, Tobias" <tobias.lange@ashcombeenergy.de>', HLN, ewB('Umlaute in Bestätigungsmail kaputt', 'iso-8859-1'), d,
    mid('', 'outlook'), extra=ms_extra('de-DE', attach=True))
add('bug', 'forward_support', '', 'de', 'outlook-alt;qp;windows-1252;png-attachment;rfc2047-b-iso-subject;mojibake-in-body',
    'umlauts garbled in candidate mails', build(h, body))

# b-es: time mismatch invite vs confirmation; Gmail ES reply on unrelated thread
d = dt('2026-03-06 12:48 +0100')
t = """Hola, aprovecho este hilo porque estáis en copia los de sistemas.

Nada que ver con el curso: la candidata de técnica de operación de Bilbao (Ainhoa Larrañaga) ha recibido la confirmación de GoodTime con la entrevista a las 10:00 del martes, pero en el calendario de los entrevistadores aparece a las 11:00. Ella está en Bilbao igual que nosotros, así que no es cosa de zona horaria. Le he dicho por teléfono que venga a las 11:00, pero me preocupa que pase con más.

Pilar
@@Q@@
El """ + qd('es', 'gmail', '2026-03-05 17:20 +0100') + """, Formación PRL (<formacion.prl@ashcombeenergy.es>) escribió:
> Buenas tardes,
> 
> Os recordamos que quedan plazas para el curso de trabajos en altura del 12 de marzo en Bilbao. Inscripciones hasta el lunes.
> 
> Un saludo,
> Formación PRL"""
m0 = mid('', 'gmail')
h = received('google', d, 6) + auth('ashcombeenergy.es', sel='google') + hdrs('Pilar Domínguez <pilar.dominguez@ashcombeenergy.es>'.encode('utf-8'),
    'Formación PRL <formacion.prl@ashcombeenergy.es>'.encode('utf-8'), 'Re: Plazas curso trabajos en altura 12/03', d, mid('', 'gmail'), cc=HL, irt=m0, refs=m0)
add('bug', 'forward_support', '', 'es', 'gmail-alt;qp;utf-8;gmail-es-attribution;reply-unrelated-thread;raw-utf8-from;raw-utf8-to;dkim',
    'confirmation time differs from invite', build(h, alt(t, 'gmail', 'UTF-8')))

# b-fr: cancel fails; Outlook FR plain + winmail.dat, disclaimer
d = dt('2026-03-26 09:07 +0100')
t = """Bonjour,

Impossible d'annuler un entretien dans GoodTime depuis hier. Quand je clique sur « Annuler l'entretien », j'ai le message « Unable to cancel interview. Please try again later. » et rien ne se passe. Trois essais hier après-midi, deux ce matin. Pendant ce temps les invitations restent dans les agendas des intervenants.

Entretien concerné : candidat Hugo Lambert, poste Technicien postes HTB, prévu le 2 avril à 10h. Le candidat s'est désisté, donc ce n'est pas urgent, mais je ne veux pas que les intervenants se déplacent pour rien.

Christophe Roux
Chargé de recrutement – Ashcombe Énergie France
Paris La Défense

""" + DISC_FR
body = multi('mixed', [text(t.replace('–', '-'), cs='iso-8859-1', cte='quoted-printable'), Part(['Content-Type: application/ms-tnef; name="winmail.dat"', 'Content-Transfer-Encoding: base64', 'Content-Disposition: attachment; filename="winmail.dat"'], b64(tnef(9)))], 'outlook')
h = received('internal', d, 7) + hdrs('Roux Christophe <christophe.roux@ashcombeenergy.fr>', HLN, ewQ("Erreur à l'annulation d'un entretien", 'iso-8859-1'), d,
    mid('', 'outlook'), extra=ms_extra('fr-FR', attach=True))
add('bug', 'forward_support', '', 'fr', 'outlook-plain;qp;iso-8859-1;winmail.dat;rfc2047-q-iso-subject;disclaimer;received-7',
    'cancel action errors', build(h, body))

# b-pt HIGH recurring after report; Gmail PT with forwarded support reply
d = dt('2026-03-30 08:26 +0100')
t = """Bom dia,

Reencaminho a última resposta do suporte da GoodTime. Reportámos isto há três semanas (pedido #51877) e continua exatamente igual: os entrevistadores de Sines aparecem como livres quando estão de turno (os turnos estão no calendário como "Ocupado"). Afeta os 14 entrevistadores do site, não é um caso isolado, e já tivemos 6 entrevistas marcadas em cima de turnos este mês que tivemos de desmarcar.

Precisamos que alguém pegue nisto a sério.

Sofia Cardoso
Coordenadora de Recrutamento – Central de Sines
Ashcombe Energia Portugal
@@Q@@
---------- Mensagem encaminhada ---------
De: GoodTime Support <support@goodtime.io>
Date: """ + qd('pt', 'gmail', '2026-03-12 22:14 +0000') + """
Subject: Re: [#51877] Interviewers shown as available during shifts
To: <sofia.cardoso@ashcombeenergy.pt>


Hi Sofia,

Thanks for your patience. We've passed this to our engineering team and will update you as soon as we have more information.

Best,
GoodTime Support"""
h = received('google', d, 7) + auth('ashcombeenergy.pt', sel='google', arc=True) + hdrs('Sofia Cardoso <sofia.cardoso@ashcombeenergy.pt>', HL,
    ewQ('Fwd: Re: [#51877] Interviewers shown as available during shifts - continua'), d, mid('', 'gmail'))
add('bug', 'forward_support+flag_csm', '', 'pt', 'gmail-alt;qp;utf-8;gmail-forward-pt;dkim;arc;received-7',
    'high impact: recurring after report, whole site', build(h, alt(t, 'gmail', 'UTF-8')))
# ====================================================================== SCHEDULING BLOCKERS
# s1 panel in 15 min, candidate has no link; iPhone
d = dt('2026-03-12 10:46 +0000')
t = """Graduate analyst panel starts at 11:00 and the candidate (Amira Haddad) has just emailed to say her invite has no joining link. The 3 interviewers all have a Teams link on theirs. Can someone send her one or fix it NOW please, I'm walking between buildings and can't get into GoodTime on my phone.

Priya

Sent from my iPhone"""
h = received('internal', d, 5) + hdrs('Priya Raman <priya.raman@ashcombeenergy.com>', HL, 'HELP - panel at 11:00, candidate has no link', d,
    mid('ashcombeenergy.com', 'apple'), client=XM_IPHONE, extra=['X-Priority: 1'])
add('scheduling_blocker', 'forward_support', '', 'en', 'iphone-plain;qp;utf-8;mobile-signature',
    'panel in 15 min, no link for candidate', build(h, text(t, cs='utf-8', cte='quoted-printable')))

# s2 candidate in reception, room booking failing; Outlook HTML only
d = dt('2026-04-22 13:51 +0100')
t = """Hi,

The candidate for the EA to the CFO role is sitting in reception at Ashcombe House now, interview at 14:00. GoodTime shows "Room booking failed" on the interview, and every room I try to pick in GoodTime says unavailable even though the room panels on the 4th floor show them free.

I need a room sorted in the next few minutes or I'll have to put them in my office with the panel of three. Please call me on 0118 496 0702 if quicker.

Olivia

Olivia Chen
Executive Assistant to the Chief Financial Officer
Ashcombe Energy plc | Ashcombe House, Reading"""
h = received('internal', d, 5) + hdrs('Olivia Chen <olivia.chen@ashcombeenergy.com>', HLN, 'Candidate in reception - no room', d,
    mid('', 'outlook'), extra=ms_extra('en-GB') + ['Importance: high'])
add('scheduling_blocker', 'forward_support', '', 'en', 'outlook-html-only;qp;windows-1252;importance-high',
    'candidate waiting, room booking fails', build(h, text(outlook_html(t, 'windows-1252'), 'html', 'windows-1252', 'quoted-printable')))

# s3 interviewer off sick, swap fails; Outlook alt
d = dt('2026-03-18 10:02 +0000')
t = """Morning,

Our 10:30 interviewer for the Wind Turbine Technician interview (Craig Dunlop) has just phoned in sick. I'm trying to swap in Ewan Rutherford from the pool and GoodTime gives "Could not update interview: conflict detected" every time, although Ewan's calendar is empty until 2pm. The candidate is already driving to the Glenbarr site office.

Can someone help me get Ewan on this in the next 20 minutes?

Thanks,
Fiona McAllister
Recruiter, Onshore Wind - Scotland
Ashcombe Energy | 5 St Vincent Place, Glasgow G1 2DH"""
h = received('internal', d, 6) + hdrs('Fiona McAllister <fiona.mcallister@ashcombeenergy.com>', HLN, 'Need interviewer swap for 10:30 - error', d,
    mid('', 'outlook'), extra=ms_extra('en-GB'), client=XM_OUTLOOK)
add('scheduling_blocker', 'forward_support', '', 'en', 'outlook-alt;qp;utf-8',
    'swap fails, interview in 30 min', build(h, alt(t, 'outlook', 'utf-8')))

# s4 self-scheduling link expired, phone screen at 10; Apple forward
d = dt('2026-03-26 09:21 -0500')
t = """Candidate says the link is dead and the call is supposed to be at 10 today. can someone fix or tell me how to get her booked in the next half hour, HM is already blocked out.

kevin
@@Q@@
Begin forwarded message:

From: Danielle Brooks <danielle.brooks.pe@gmail.com>
Subject: Interview link not working
Date: March 26, 2026 at 9:09:44 AM CDT
To: Kevin Dworak <kevin.dworak@ashcombeenergy.com>

Hi Kevin,

I'm trying to confirm my phone interview for 10am today but the scheduling link says "This link has expired or is no longer valid." I didn't get a calendar invite either. Should I still expect a call at 10?

Thanks,
Danielle Brooks"""
h = received('internal', d, 5) + hdrs('Kevin Dworak <kevin.dworak@ashcombeenergy.com>', HL, 'Fwd: Interview link not working', d,
    mid('ashcombeenergy.com', 'apple'), client=XM_APPLE)
add('scheduling_blocker', 'forward_support', '', 'en', 'apple-alt;qp;utf-8;apple-forward;us-timezone',
    'link expired, call at 10 today', build(h, alt(t, 'apple', 'utf-8')))

# s5 terse mobile: candidate at the gate, no interviewer; no Message-ID
d = dt('2026-01-27 13:44 +0000')
t = """candidate at the gate at didcot depot says hes got interview at 2. nobody here knows. goodtime shows interviewer blank?? who is it meant to be. hes stood in the rain

steve

Sent from my Galaxy"""
h = received('internal', d, 5) + hdrs('Steve Barlow <steve.barlow@ashcombeenergy.com>', HL, 'candidate at gate', d, None)
add('scheduling_blocker', 'forward_support', '', 'en', 'android-plain;8bit;terse-lowercase;no-message-id;mobile-signature',
    'candidate at gate, no interviewer', build(h, text(t, cs='utf-8', cte='8bit')))

# s6 HM cannot see interview starting in 20 min; reply on unrelated thread (On ... wrote:)
d = dt('2026-03-16 14:12 +0000')
t = """Sorry to hijack this thread - urgent one for the helpline.

The hiring manager for the Senior Trader interview (Marcus Webb) says he has nothing in his calendar, and the interview starts at 14:30. In GoodTime it shows him as confirmed. The candidate's confirmation says 14:30, but the invite Marcus forwarded me from last week says 15:00 and now it's disappeared from his calendar altogether. Candidate is joining on Teams. What do I do?

Jess
@@Q@@
On """ + qd('en', 'gmail', '2026-03-02 09:12 +0000') + """, Social Committee <social@ashcombeenergy.com> wrote:
> Hi all,
> 
> We're collecting for Pat's leaving do (Fri 20 March, The Oracle). Envelope is with Jess on the 3rd floor.
> 
> Thanks!"""
m0 = mid('ashcombeenergy.com')
h = received('internal', d, 5) + hdrs('Jess Hamill <jess.hamill@ashcombeenergy.com>', HL, 'Re: Pat leaving collection', d,
    mid('ashcombeenergy.com', 'apple'), irt=m0, refs=m0, client=XM_APPLE)
icsb = ics('REQUEST', '040000008200E00074C5B7101A82E00800000000%x' % R.getrandbits(64), 'Interview: Senior Trader - Power (Candidate: R. Okonkwo)',
           '20260316T160000', '20260316T170000', 'scheduling@goodtime.io', 'marcus.webb@ashcombeenergy.com', location='Microsoft Teams Meeting')
body = multi('mixed', [alt(t.replace('What do I do?', 'What do I do? His old invite attached.'), 'apple', 'utf-8'),
                       Part(['Content-Type: text/calendar; charset="utf-8"; method=REQUEST; name="Senior Trader interview.ics"',
                             'Content-Disposition: attachment; filename="Senior Trader interview.ics"', 'Content-Transfer-Encoding: base64'], b64(icsb.encode('utf-8')))], 'apple')
add('scheduling_blocker', 'forward_support', '', 'en', 'apple-mixed;qp;utf-8;ics-attachment;reply-unrelated-thread;misleading-subject',
    'HM invite missing, starts in 20 min', build(h, body))

# s7 night: candidate stuck in waiting room, 06:00 interview; base64 utf-8 plain
d = dt('2026-03-20 05:52 +0000')
t = """Hello, is anyone there?

We have a 06:00 interview for a Control Room Operator (nights) with the candidate joining on Zoom. She has been in the waiting room since 05:45 with "The host has not started this meeting". The host on the meeting is the GoodTime account, not me, so I can't start it or let her in. Both interviewers are sat here in the control room waiting.

I've rung her to say we're sorting it. Any way to get us in in the next few minutes?

Gareth Lloyd
Shift Manager – Pembroke Power Station
Ashcombe Energy
01646 690 418 (control room)"""
h = received('internal', d, 6) + hdrs('Gareth Lloyd <gareth.lloyd@ashcombeenergy.com>', HL, ewQ('06:00 interview – candidate stuck in Zoom waiting room'), d,
    mid('', 'outlook'), extra=ms_extra('en-GB'))
add('scheduling_blocker', 'forward_support', '', 'en', 'outlook-plain-only;base64;utf-8;rfc2047-q-subject;night',
    'candidate stuck in waiting room at 06:00', build(h, text(t, cs='utf-8', cte='base64')))

# s8 URGENT genuine, angry capitals; iPhone
d = dt('2026-03-11 08:19 +0000')
t = """THE RESCHEDULE BUTTON IS GREYED OUT AND I NEED TO MOVE THIS NOW.

Interviewer (Lewis) is stuck on the crew transfer vessel, weather's turned and they can't get back to port before 10. Candidate is due at the Carrow Moor O&M base at 09:00, 40 min from now, she's driving from Truro. I need to move it to the afternoon or swap in someone else and GoodTime won't let me touch it.

Mark
07700 900 412

Sent from my iPhone"""
h = received('internal', d, 5) + hdrs('Mark Penhaligon <mark.penhaligon@ashcombeenergy.com>', HL, 'URGENT - CANT RESCHEDULE 9AM', d,
    mid('ashcombeenergy.com', 'apple'), client=XM_IPHONE)
add('scheduling_blocker', 'forward_support', '', 'en', 'iphone-plain;qp;utf-8;angry-capitals;mobile-signature',
    'interviewer stranded, reschedule disabled', build(h, text(t, cs='utf-8', cte='quoted-printable')))

# s9 assessment day starting now, itineraries not sent; Outlook HTML only with disclaimer
d = dt('2026-03-27 08:38 +0000')
t = """Hi,

Our graduate engineer assessment day at the Academy starts at 09:00 and six candidates are already in the foyer asking which room and who they're seeing first - none of them received their itinerary. In GoodTime all six interviews show "Itinerary not sent", and when I click Send I get "Unable to send email. Please try again." every time.

I can print something by hand but the panel times were changed yesterday and I'm not 100% sure which version is current. Can somebody help urgently?

Callum Fraser
Apprenticeship Programme Coordinator
Ashcombe Energy Academy, Coventry
T: +44 24 7610 3344

""" + DISC_UK
h = received('internal', d, 5) + hdrs('Callum Fraser <callum.fraser@ashcombeenergy.com>', HLN, 'Assessment day - candidates here, no itineraries', d,
    mid('', 'outlook'), extra=ms_extra('en-GB') + ['Importance: high'])
add('scheduling_blocker', 'forward_support', '', 'en', 'outlook-html-only;qp;windows-1252;disclaimer;importance-high',
    'candidates in foyer, itinerary send fails', build(h, text(outlook_html(t, 'windows-1252'), 'html', 'windows-1252', 'quoted-printable')))

# s-de: candidate at reception in Essen, interviewer never invited; iPhone raw utf-8 subject
d = dt('2026-03-13 09:52 +0100')
t = """Hallo, dringend:

Der Kandidat für die Stelle Anlagenmechaniker sitzt seit 5 Minuten bei uns am Empfang in Essen, Termin 10:00. Herr Schmitz (Interviewer) sagt, er hat nie eine Einladung bekommen und hat jetzt eine Begehung im Umspannwerk. In GoodTime steht er aber als Interviewer drin, Status „eingeladen“.

Kann jemand schnell schauen, ob wir jemand anderen aus dem Pool reinbekommen? Ich komme mit dem Handy nicht in GoodTime rein.

Nina

Von meinem iPhone gesendet"""
h = received('internal', d, 5) + hdrs('Nina Wolff <nina.wolff@ashcombeenergy.de>', HL, 'DRINGEND: Kandidat sitzt am Empfang – Interviewer weiß von nichts'.encode('utf-8'), d,
    mid('ashcombeenergy.de', 'apple'), client=XM_IPHONE)
add('scheduling_blocker', 'forward_support', '', 'de', 'iphone-plain;qp;utf-8;raw-utf8-subject;mobile-signature',
    'candidate waiting, interviewer not invited', build(h, text(t, cs='utf-8', cte='quoted-printable')))

# s-es: interview in 10 min, Teams link broken; Outlook ES alt
d = dt('2026-03-19 11:51 +0100')
t = """Hola,

La entrevista de las 12:00 con el candidato a analista de mercados (Daniel Vidal) está a punto de empezar y el enlace de Teams que generó GoodTime da error: "No se encuentra la reunión". Le pasa al candidato y a los dos entrevistadores. ¿Alguien puede generar uno nuevo o decirme qué hago? Tengo 10 minutos.

Carmen Ruiz
Técnica de Selección – Madrid
Ashcombe Energía España"""
h = received('google', d, 6) + auth('ashcombeenergy.es', sel='google') + hdrs('"Ruiz Moreno, Carmen" <carmen.ruiz@ashcombeenergy.es>', HLN,
    ewB('URGENTE entrevista 12:00 – el enlace no funciona'), d, mid('', 'outlook'), extra=ms_extra('es-ES') + ['Importance: high'])
add('scheduling_blocker', 'forward_support', '', 'es', 'outlook-alt;qp;utf-8;rfc2047-b-subject;importance-high;dkim',
    'Teams link invalid, 10 minutes', build(h, alt(t, 'outlook', 'utf-8', lang='ES')))

# s-fr: candidate waiting in Lyon, booked room does not exist; iPhone
d = dt('2026-03-30 13:56 +0200')
t = """Bonjour,

Le candidat pour le poste de contrôleur de gestion attend à l'accueil de la Tour Incity, entretien à 14h. GoodTime indique la salle « Confluence 12 » mais elle est occupée par une autre réunion qui n'apparaît nulle part, et je n'arrive pas à changer la salle dans GoodTime depuis mon téléphone.

Est-ce que quelqu'un peut lui trouver une salle ou déplacer la réservation tout de suite ?

Julie Marchand
Assistante RH – Lyon

Envoyé de mon iPhone"""
h = received('internal', d, 5) + hdrs('Julie Marchand <julie.marchand@ashcombeenergy.fr>', HL, ewQ('Candidat à l’accueil – salle déjà prise', 'UTF-8'), d,
    mid('ashcombeenergy.fr', 'apple'), client=XM_IPHONE)
add('scheduling_blocker', 'forward_support', '', 'fr', 'iphone-plain;qp;utf-8;rfc2047-q-subject;mobile-signature',
    'candidate waiting, room taken', build(h, text(t, cs='utf-8', cte='quoted-printable')))
# ====================================================================== FEATURE REQUESTS
# f1 "URGENT" subject over a wish
d = dt('2026-03-05 07:31 +0000')
t = """Morning,

OK, not urgent-urgent, but it matters to us.

Half the people we interview for linesman and cable jointer roles don't read email on their phones, they read texts. Would be really good if GoodTime could send a text message reminder the day before with the time and the depot address. We'd cut no-shows in half easy.

Can that be added? Happy to talk to whoever decides these things.

Tony Quigley
Field Operations Manager - South West
Ashcombe Energy Networks"""
h = received('internal', d, 5) + hdrs('Tony Quigley <tony.quigley@ashcombeenergy.com>', HLN, 'URGENT!!! candidates + text messages', d,
    mid('', 'outlook'), extra=ms_extra('en-GB') + ['Importance: high'], client=XM_OUTLOOK)
add('feature_request', 'product_board_reply', '', 'en', 'outlook-alt;qp;windows-1252;misleading-urgent-subject;importance-high',
    'SMS reminders wish', build(h, alt(t, 'outlook', 'windows-1252')))

# f2 shift rota awareness
d = dt('2026-01-31 22:40 +0000')
t = """Hi,

Suggestion from the ops side. Our control room operators work a 4-on-4-off pattern with nights, and the rota lives in our rostering system, not in Outlook. So GoodTime keeps offering them for interviews on the morning after a night shift or on their rest days, and coordinators don't know any better.

It would be a big help if GoodTime could take a shift pattern (import or a simple recurring rule like "4 on / 4 off from this date, nights = unavailable next morning") and treat those times as unavailable. I imagine every utility and hospital customer has the same problem.

Rhys Evans
Operations Manager
Pembroke Power Station"""
h = received('internal', d, 5) + hdrs('Rhys Evans <rhys.evans@ashcombeenergy.com>', HL, 'Idea: shift patterns in GoodTime', d,
    mid('', 'outlook'), extra=ms_extra('en-GB'))
add('feature_request', 'product_board_reply', '', 'en', 'outlook-plain-only;qp;utf-8;night',
    'rota-aware availability', build(h, text(t, cs='utf-8', cte='quoted-printable')))

# f3 WhatsApp notifications; Spanish manager writing English, Gmail
d = dt('2026-03-21 10:15 +0100')
t = """Hello,

I write in English because I think this goes to the central team. In Spain and Portugal almost all candidates for technician jobs use WhatsApp, not e-mail. Many of our invitations are never opened, the candidate calls us the day before asking "what time was it?".

Is it possible to have in GoodTime the option to send the confirmation and the reminder by WhatsApp? For us this would be the most useful improvement by far.

Regards,
Iñaki Etxeberria
Site Manager – Subestación y Centro de Operaciones Bilbao
Ashcombe Energía España"""
h = received('google', d, 6) + auth('ashcombeenergy.es', sel='google') + hdrs(ewQ('Iñaki Etxeberria', 'iso-8859-1') + ' <inaki.etxeberria@ashcombeenergy.es>', HL,
    'Suggestion - WhatsApp for candidates', d, mid('', 'gmail'))
add('feature_request', 'product_board_reply', '', 'en', 'gmail-alt;qp;utf-8;rfc2047-q-iso-from;non-native-english;dkim',
    'WhatsApp notifications', build(h, alt(t, 'gmail', 'UTF-8')))

# f4 bulk reschedule for cancelled assessment days
d = dt('2026-03-02 17:05 +0000')
t = """Hi,

Last month Storm Eunice II shut the Academy and we had to move a whole assessment day: 12 candidates, 4 assessors, 3 rooms. I had to reschedule every candidate one at a time, which took most of an afternoon.

Could GoodTime have a way to move a whole day (or a group of interviews) in one go to a new date, keeping the same structure, and send everyone the updates together? For early careers this would save us hours every time the weather or a strike hits.

Thanks,
Priya

Priya Raman
Graduate Recruitment Lead | Early Careers
Ashcombe Energy plc"""
h = received('internal', d, 5) + hdrs('Priya Raman <priya.raman@ashcombeenergy.com>', HLN, 'Moving a whole assessment day at once', d,
    mid('', 'outlook'), extra=ms_extra('en-GB'))
add('feature_request', 'product_board_reply', '', 'en', 'outlook-html-only;qp;windows-1252',
    'bulk reschedule', build(h, text(outlook_html(t, 'windows-1252'), 'html', 'windows-1252', 'quoted-printable')))

# f5 travel time between sites
d = dt('2026-04-08 18:33 +0100')
t = """Hi there,

One for the wish list. Our onsite interviews at Glenbarr usually include a site visit: office in Tayinloan, then a 25-minute drive up to the turbines, then back. GoodTime doesn't know about the drive, so it happily books the next session 5 minutes after the site visit ends, at the office.

It would be great to be able to set travel time between locations (or just a "travel buffer" on a session) so the schedule is realistic. I suspect the other wind farms and the depots would use it too.

Ewan Rutherford
Site Manager, Glenbarr Wind Farm
Ashcombe Energy Renewables"""
h = received('internal', d, 5) + hdrs('Ewan Rutherford <ewan.rutherford@ashcombeenergy.com>', HL, 'travel time between locations', d,
    mid('ashcombeenergy.com', 'apple'), client=XM_APPLE)
add('feature_request', 'product_board_reply', '', 'en', 'apple-alt;qp;utf-8',
    'travel buffers between sites', build(h, alt(t, 'apple', 'utf-8')))

# f6 second calendar; terse-ish with typos
d = dt('2026-02-11 12:58 +0000')
t = """Hi,

my on-call rota is in a separate shared calendar (Networks On-Call South), not in my own. GoodTime only looks at my own calendar so it has no idea when im on call. would be good if we could tell GoodTime to also check one or two other calendars as busy. pretty sure all the field managers would want this

cheers
Dan"""
h = received('internal', d, 5) + hdrs('Dan Whitcombe <dan.whitcombe@ashcombeenergy.com>', HL, 'on call calendar', d,
    mid('', 'outlook')[1:-1], extra=ms_extra('en-GB'))
add('feature_request', 'product_board_reply', '', 'en', 'outlook-plain-only;7bit;typos;msgid-no-brackets',
    'check additional calendars', build(h, text(t, cs='us-ascii', cte='7bit')))

# f7 printable gate pass itinerary with PPE info; PDF attached
d = dt('2026-03-17 11:22 +0000')
t = """Hello helpline,

From an HSE point of view, every visitor to our generating sites needs a site induction sheet and a PPE list at the gate, and security need the visitor list the day before. At the moment coordinators copy the details out of GoodTime into our visitor form (attached) by hand, and it's often out of date.

Could GoodTime produce a printable visitor sheet per interview day (candidate names, host, times, site), and include the site-specific PPE/safety text in the candidate confirmation depending on the location? That would close a real gap for us.

Kind regards,
Claire Dunmore
HSE Officer - Thermal Generation
Ashcombe Energy plc

""" + DISC_UK
body = multi('mixed', [alt(t, 'outlook', 'utf-8'), attach('application/pdf', pdf(['Ashcombe Energy - Site Visitor Induction Form', 'Site: ____________  Date: ________', 'Visitor name / Company / Host / Time in / Time out', 'PPE issued: hard hat, hi-vis, safety boots, ear defenders', 'HSE-F-017 rev 4']), 'HSE-F-017 Visitor induction form.pdf')], 'outlook')
h = received('internal', d, 6) + hdrs('Claire Dunmore <claire.dunmore@ashcombeenergy.com>', HLN, 'Visitor sheets and PPE text from GoodTime?', d,
    mid('', 'outlook'), extra=ms_extra('en-GB', attach=True))
add('feature_request', 'product_board_reply', '', 'en', 'outlook-alt;qp;utf-8;pdf-attachment;disclaimer',
    'printable visitor sheet + PPE text', build(h, body))

# f9 two topics: thanks + wish; German Outlook quote header (Von/Gesendet), English text
d = dt('2026-03-18 16:26 +0100')
t = """Hello together,

thanks for the quick help with the pool for the Hamburg grid technicians, it works now.

One wish from my side while I'm writing: in the pool view it would be very helpful to see at which site each interviewer sits (Hamburg, Essen, Mülheim ...). For onsite interviews we want someone from the same site, and at the moment I must click into every person.

Best regards
Frank Weber
Teamleiter Netzservice Nord
Ashcombe Energy Deutschland GmbH
@@Q@@
Von: GoodTime Help Line <helpline@ashcombeenergy.com>
Gesendet: """ + qd('de', 'outlook', '2026-03-16 11:05 +0100') + """
An: Weber, Frank <frank.weber@ashcombeenergy.de>
Betreff: RE: Neue Interviewer im Pool Netztechnik Hamburg

Hi Frank,

the three new interviewers are now in the "Grid Technician - Technical" pool as qualified. They should start appearing in suggestions from today.

Best,
GoodTime Help Line"""
m0 = mid('', 'outlook')
h = received('internal', d, 6) + hdrs('"Weber, Frank" <frank.weber@ashcombeenergy.de>', HLN, 'AW: Neue Interviewer im Pool Netztechnik Hamburg', d,
    mid('', 'outlook'), irt=m0, refs=m0, extra=ms_extra('de-DE', topic='Neue Interviewer im Pool Netztechnik Hamburg'))
add('feature_request', 'product_board_reply', '', 'en', 'outlook-alt;qp;windows-1252;reply-thread;outlook-de-quote-header;two-topics;non-native-english',
    'show site in pool view', build(h, alt(t, 'outlook', 'windows-1252', lang='DE')))

# f-de: public holidays per federal state; Outlook HTML only
d = dt('2026-04-14 10:11 +0200')
t = """Guten Morgen,

ein Verbesserungsvorschlag: GoodTime schlägt uns regelmäßig Termine an Feiertagen vor, die nur in einzelnen Bundesländern gelten (zuletzt Fronleichnam für die Kollegen in NRW, während Hamburg arbeitet). Wir haben Standorte in NRW, Hamburg und Niedersachsen.

Schön wäre, wenn man pro Standort oder pro Person die regionalen Feiertage hinterlegen könnte und GoodTime diese Tage automatisch ausspart. Das würde uns viele Umplanungen ersparen.

Mit freundlichen Grüßen
Stefan Maurer
Leiter Netzservice Region West
Ashcombe Energy Deutschland GmbH | Huttropstraße 60 | 45138 Essen

""" + DISC_DE
h = received('internal', d, 6) + hdrs('"Maurer, Stefan" <stefan.maurer@ashcombeenergy.de>', HLN, ewQ('Verbesserungsvorschlag: regionale Feiertage berücksichtigen', 'iso-8859-1'), d,
    mid('', 'outlook'), extra=ms_extra('de-DE'))
add('feature_request', 'product_board_reply', '', 'de', 'outlook-html-only;qp;windows-1252;rfc2047-q-iso-subject;disclaimer',
    'regional public holidays', build(h, text(outlook_html(t, 'windows-1252', 'DE'), 'html', 'windows-1252', 'quoted-printable')))

# f-es: PPE/safety instructions by location; Gmail base64
d = dt('2026-03-26 19:03 +0100')
t = """Hola,

Una sugerencia para GoodTime: cuando un candidato viene a una entrevista presencial en el parque eólico (La Muela, Borja...), tiene que traer calzado de seguridad y saber que hay que pasar por el control de acceso con el DNI. Ahora lo añadimos a mano en cada correo y a veces se nos olvida.

Estaría genial que el correo de confirmación añadiera automáticamente unas instrucciones distintas según la ubicación de la entrevista (oficina, parque, subestación).

Gracias,
Jorge Ibáñez
Jefe de Planta – Parque Eólico La Muela
Ashcombe Energía España"""
h = received('google', d, 6) + auth('ashcombeenergy.es', sel='google') + hdrs('Jorge Ibáñez <jorge.ibanez@ashcombeenergy.es>'.encode('utf-8'), HL,
    ewB('Sugerencia: instrucciones de seguridad según ubicación'), d, mid('', 'gmail'))
add('feature_request', 'product_board_reply', '', 'es', 'gmail-alt;base64;utf-8;raw-utf8-from;rfc2047-b-subject;dkim',
    'location-specific safety text', build(h, alt(t, 'gmail', 'UTF-8', 'base64')))

# f-pt: suggestion via intranet form robot
d = dt('2026-03-12 15:02 +0000')
t = """Nova sugestão submetida através do formulário "Sugestões de Ferramentas RH" da Intranet.

Nome: Catarina Neves
E-mail: catarina.neves@ashcombeenergy.pt
Função: Técnica de Recrutamento
Local: Lisboa – Sede
Ferramenta: GoodTime

Sugestão:
Seria útil que o link de auto-agendamento mostrasse os horários em formato 24h e em português para os candidatos em Portugal. Muitos candidatos confundem "2:00 PM" com as 2 da manhã e marcam mal.

---
Mensagem gerada automaticamente. Não responda a este endereço.
ID do pedido: SUG-PT-0193
"""
h = received('intranet.ashcombeenergy.pt', d, 5) + auth('ashcombeenergy.pt', dkim=False) + hdrs(
    'Intranet Ashcombe Portugal <nao-responder@intranet.ashcombeenergy.pt>', HL, ewQ('[Sugestões RH] Nova sugestão - GoodTime (SUG-PT-0193)', 'iso-8859-1'), d,
    '<sug-pt-0193.%d@intranet.ashcombeenergy.pt>' % R.randint(10**5, 10**6), reply_to='catarina.neves@ashcombeenergy.pt',
    extra=['Auto-Submitted: auto-generated', 'X-Auto-Response-Suppress: All', 'X-Mailer: Drupal'])
add('feature_request', 'forward_support|needs_review', '', 'pt', 'form-mailer;auto-submitted;no-reply;plain;8bit;utf-8;rfc2047-q-iso-subject',
    'robot form: 24h format suggestion', build(h, text(t, cs='utf-8', cte='8bit')))

# f10 (en) calendar-ish: pronouns / preferred name - from Portugal person writing English
d = dt('2026-03-09 11:30 +0000')
t = """Hi helpline,

Small idea. Quite a few candidates go by a different first name than the legal one in the ATS (e.g. "Zé" for José, "Kate" for Katarzyna) and sometimes tell us their pronouns. The itinerary and the interviewer invites always use the legal name, which is a bit awkward in the room.

Could GoodTime have a "preferred name" (and optional pronouns) field that is used in the candidate emails and shown to interviewers? Not urgent at all, just nice to have.

Obrigado!
Miguel Antunes
Talent Acquisition Partner – Lisboa"""
h = received('google', d, 5) + auth('ashcombeenergy.pt', sel='google') + hdrs('Miguel Antunes <miguel.antunes@ashcombeenergy.pt>', HL, 'small idea - preferred names', d, mid('', 'gmail'))
add('feature_request', 'product_board_reply', '', 'en', 'gmail-alt;qp;utf-8;dkim',
    'preferred name field', build(h, alt(t, 'gmail', 'UTF-8')))
# ====================================================================== ESCALATIONS
# e1 seats for new hub; Gmail (.es) English
d = dt('2026-03-04 16:20 +0100')
t = """Hi both,

Heads-up and a request. We're opening the Iberian recruiting hub in Madrid on 4 May and moving most of the scheduling for Spain and Portugal there. That means 15 new coordinator users on GoodTime from May, on top of what we have today. As far as I know we're close to the seat limit already.

Could you take this up with GoodTime on the account side: how quickly can we get the extra seats, what it does to the price, and whether it makes sense to bring forward the renewal conversation rather than add seats now and again in the summer?

Thanks,
Ruth

Ruth Castellano
Recruiting Operations Manager – Iberia
Ashcombe Energía España / Ashcombe Energia Portugal"""
h = received('google', d, 7) + auth('ashcombeenergy.es', sel='google', arc=True) + hdrs('Ruth Castellano <ruth.castellano@ashcombeenergy.es>', HL,
    'Madrid hub - 15 more GoodTime seats from May', d, mid('', 'gmail'), cc='Hannah Kerr <hannah.kerr@ashcombeenergy.com>')
add('escalation', 'flag_csm', '', 'en', 'gmail-alt;qp;utf-8;dkim;arc;received-7',
    'extra seats, renewal timing', build(h, alt(t, 'gmail', 'UTF-8')))

# e2 renewal from Procurement; long signature, disclaimer, PDF, long folded subject
d = dt('2026-03-16 09:02 +0000')
t = """Good morning,

Our agreement with GoodTime (Order Form ref. GT-ASH-2023-118) expires on 30 June 2026 and under the contract notice must be given 60 days before the end date if we don't intend to renew on the current terms.

Before I go to the vendor, I need the help line / project team to confirm:
1. the number of active users by country and role (we are licensed for 120 seats);
2. whether the business wants a 1-year or 3-year term;
3. any open issues or service problems you want raised as part of the negotiation.

I've attached GoodTime's renewal notice for reference. I'd also like to set up a call with their account team in April to discuss pricing for the Iberia expansion.

Kind regards,

Natalie Brooks
Category Manager – HR & Professional Services
Group Procurement
Ashcombe Energy plc
Ashcombe House, 40 Kings Road, Reading RG1 3AR
T: +44 118 496 0650 | M: +44 7700 900 921
Procurement policy and supplier code of conduct: https://intranet.ashcombeenergy.com/procurement

""" + DISC_UK
subj = 'GoodTime renewal 30/06/2026 - notice period, seat count and term (Order Form GT-ASH-2023-118) - input needed by 10 April'
body = multi('mixed', [alt(t, 'outlook', 'utf-8'), attach('application/pdf', pdf(['GoodTime, Inc. - Renewal Notice', 'Customer: Ashcombe Energy plc', 'Order Form: GT-ASH-2023-118', 'Current term ends: 30 June 2026', 'Licensed seats: 120', 'Please contact your account team to discuss renewal options.']), 'GoodTime_Renewal_Notice_Ashcombe.pdf')], 'outlook')
h = received('internal', d, 6) + hdrs('Natalie Brooks <natalie.brooks@ashcombeenergy.com>', HLN, fold(subj, 70, ' '), d,
    mid('', 'outlook'), extra=ms_extra('en-GB', attach=True, topic=fold(subj, 70, ' ')), client=XM_OUTLOOK)
add('escalation', 'flag_csm', '', 'en', 'outlook-alt;qp;utf-8;pdf-attachment;long-signature;disclaimer;folded-subject',
    'contract renewal, notice period', build(h, body))

# e3 training for a team
d = dt('2026-03-10 13:34 +0000')
t = """Hi,

We have 12 new coordinators joining the Early Careers team on 13 April (apprenticeships and graduate schemes, based in Coventry, Essen and Porto). None of them have used GoodTime before, and the buddy approach we used last year didn't really work - people picked up each other's bad habits.

Could we get a proper training session from GoodTime for the group, ideally in their first fortnight, covering panels, assessment days, pools/trainee interviewers and reporting? Remote is fine. Happy to work around their availability.

Thanks,
Deborah

Deborah Nwosu
Early Careers Manager
Ashcombe Energy plc"""
h = received('internal', d, 5) + hdrs('Deborah Nwosu <deborah.nwosu@ashcombeenergy.com>', HLN, 'Training for 12 new Early Careers coordinators', d,
    mid('', 'outlook'), extra=ms_extra('en-GB'))
add('escalation', 'flag_csm', '', 'en', 'outlook-html-only;qp;windows-1252',
    'team training request', build(h, text(outlook_html(t, 'windows-1252'), 'html', 'windows-1252', 'quoted-printable')))

# e4 overall complaint; capitals
d = dt('2026-03-20 18:47 -0400')
t = """Team,

I'll be blunt. The last two months with GoodTime have been bad for the Americas team. Calendar sync problems, candidates sent the wrong times twice, reminders going out double, and every time we report something we get "passed to engineering" and nothing comes back. My coordinators have started keeping their own spreadsheets as a backup, which defeats the purpose of paying for the tool.

I'm NOT looking for another ticket. I want a conversation with GoodTime at account level about what is going on, what they are going to do about it and by when, and I want our renewal position to take this into account.

Please set that up and include me.

Jennifer Walsh
Head of Talent Acquisition, Americas
Ashcombe Energy | 1200 Smith Street, Houston, TX 77002"""
h = received('internal', d, 6) + hdrs('Jennifer Walsh <jennifer.walsh@ashcombeenergy.com>', HLN, 'GoodTime - not good enough', d,
    mid('', 'outlook'), cc='Marcus Hale <marcus.hale@ashcombeenergy.com>', extra=ms_extra('en-US') + ['Importance: high'])
add('escalation', 'flag_csm', '', 'en', 'outlook-alt;qp;utf-8;angry-capitals;us-timezone;importance-high',
    'overall dissatisfaction, account level', build(h, alt(t, 'outlook', 'utf-8', lang='EN-US')))

# e5 recurring unresolved + happening again today -> flag + forward; Outlook alt with quoted support thread
d = dt('2026-03-24 10:18 +0000')
t = """Hi,

I need this escalated beyond Support please. Ticket #48213 (Teams links disappearing from interviews after a reschedule) has been open since 9 February. Support have closed it twice as "resolved" and it keeps coming back.

It's happening again right now: three interviews this morning (09:30, 10:00 and 11:15, all Network Control Engineer) have lost their Teams links after being moved yesterday. I've pasted links in by hand for the 11:15, but I need Support on it today too.

Lauren

Lauren Pike
Senior Recruiting Coordinator | Talent Acquisition
Ashcombe Energy plc
@@Q@@
From: GoodTime Support <support@goodtime.io>
Sent: Tuesday, 3 March 2026 22:41
To: Lauren Pike <lauren.pike@ashcombeenergy.com>
Subject: Re: [#48213] Teams link missing after reschedule

Hi Lauren,

We've deployed a fix that should resolve this. I'll mark this ticket as solved, but please reply if you see it again.

Kind regards,
GoodTime Support"""
h = received('internal', d, 6) + auth('ashcombeenergy.com', arc=True) + hdrs('Lauren Pike <lauren.pike@ashcombeenergy.com>', HLN, 'FW: [#48213] Teams link missing after reschedule - AGAIN', d,
    mid('', 'outlook'), extra=ms_extra('en-GB') + ['Importance: high'])
add('escalation', 'flag_csm+forward_support', '', 'en', 'outlook-alt;qp;utf-8;outlook-quote-header;forward;arc;dkim;importance-high',
    'recurring ticket reopened + live fault today', build(h, alt(t, 'outlook', 'utf-8')))

# e6 process change across countries; German exec in English, Outlook DE client, long folded raw subject
d = dt('2026-03-12 17:41 +0100')
t = """Dear colleagues,

For 2027 we want to change how we run the graduate and apprentice selection in all six countries: one common assessment format, interviewer pools per discipline across borders (e.g. a protection engineer in Essen could assess a candidate for Lyon), and trainee interviewers coming through a proper shadowing path.

This is a big change to how we use GoodTime today, with country-specific templates and named interviewers. Before we decide, I would like a session with GoodTime to review our current set-up and get their advice on how other multi-country customers have organised this. Please could you arrange it, with me, Hannah Kerr and the country leads?

Kind regards
Martin Schulz
Head of Recruiting Germany & Early Careers Europe
Ashcombe Energy Deutschland GmbH

""" + DISC_DE
subj = 'Graduate & apprentice selection 2027 - common assessment format, cross-border interviewer pools and shadowing across DE/ES/FR/PT/UK/US'
h = received('internal', d, 7) + hdrs('"Schulz, Martin" <martin.schulz@ashcombeenergy.de>', HLN, fold(subj, 72, '\t'), d,
    mid('', 'outlook'), extra=ms_extra('de-DE', topic=fold(subj, 72, '\t')))
add('escalation', 'flag_csm', '', 'en', 'outlook-alt;qp;windows-1252;folded-subject;disclaimer;received-7;non-native-english',
    'process change, advice session', build(h, alt(t, 'outlook', 'windows-1252', lang='DE')))

# e7 account admin leaving, ownership transfer
d = dt('2026-03-27 11:58 +0000')
t = """Hi,

Paul Greaves, who has been our GoodTime super-admin and the named contact on the account since implementation, leaves Ashcombe on 10 April. We need:

- admin ownership moved to me and to Hannah Kerr before he goes;
- the account/billing contact at GoodTime changed to me;
- confirmation of who else on our side GoodTime treats as authorised to request changes.

I assume this needs to go via our account contact at GoodTime rather than the support chat. Can you get it moving?

Sanjay Patel
HR Systems Lead
Ashcombe Energy plc"""
h = received('internal', d, 5) + hdrs('Sanjay Patel <sanjay.patel@ashcombeenergy.com>', HLN, 'GoodTime admin / account contact - Paul Greaves leaving', d,
    mid('', 'outlook'), extra=ms_extra('en-GB'), client=XM_OUTLOOK)
add('escalation', 'flag_csm', '', 'en', 'outlook-plain-only;qp;utf-8',
    'account ownership transfer', build(h, text(t, cs='utf-8', cte='quoted-printable')))

# e8 business review with ics hold
d = dt('2026-03-18 12:25 +0000')
t = """Hello,

Sarah (Chief People Officer) would like a business review with GoodTime before the People Committee on 14 May: adoption across the countries, time-to-schedule trends, what we're getting for the money, and their roadmap for the next year.

I've put a provisional hold in her diary (invite attached) for 28 April, 10:00-11:00 UK time. Could you take this to GoodTime's account team and confirm who from their side will attend? Happy to move it to suit them.

Many thanks,
Olivia

Olivia Chen
Executive Assistant to the Chief People Officer and Chief Financial Officer
Ashcombe Energy plc"""
icsb = ics('REQUEST', '040000008200E00074C5B7101A82E00800000000%x' % R.getrandbits(64), 'HOLD - GoodTime business review (CPO)', '20260428T110000', '20260428T120000',
           'olivia.chen@ashcombeenergy.com', 'helpline@ashcombeenergy.com', location='Microsoft Teams Meeting', desc='Provisional hold - to be confirmed with GoodTime account team.')
body = multi('mixed', [alt(t, 'outlook', 'utf-8'), Part(['Content-Type: text/calendar; charset="utf-8"; method=REQUEST; name="invite.ics"', 'Content-Disposition: attachment; filename="invite.ics"', 'Content-Transfer-Encoding: base64'], b64(icsb.encode('utf-8')))], 'outlook')
h = received('internal', d, 5) + hdrs('Olivia Chen <olivia.chen@ashcombeenergy.com>', HLN, 'GoodTime business review for the CPO - 28 April', d,
    mid('', 'outlook'), extra=ms_extra('en-GB', attach=True))
add('escalation', 'flag_csm', '', 'en', 'outlook-alt;qp;utf-8;ics-attachment',
    'business review request', build(h, body))

# e9 US rollout of more users
d = dt('2026-03-31 11:10 -0400')
t = """Hi all,

Following the acquisition of the Ohio Valley distribution business, we'll be bringing roughly 40 more recruiters, coordinators and hiring managers onto GoodTime from June, plus a second ATS instance they're still on until year end.

I'd like GoodTime's account team involved early: licensing, how to set them up alongside the existing Americas users, SSO, and a rollout/training plan. Can you set up a planning call with them? I'm free most afternoons Eastern.

Thanks,
Marcus Hale
Talent Acquisition Director, Americas
Ashcombe Energy"""
h = received('internal', d, 6) + auth('ashcombeenergy.com') + hdrs('Marcus Hale <marcus.hale@ashcombeenergy.com>', HLN, 'Ohio Valley - 40 new GoodTime users from June', d,
    mid('', 'outlook'), extra=ms_extra('en-US'), client=UA_MACOUTLOOK)
add('escalation', 'flag_csm', '', 'en', 'macoutlook-alt;qp;utf-8;dkim;us-timezone',
    'org-wide rollout planning', build(h, alt(t, 'outlook', 'utf-8', lang='EN-US')))

# e-es: complaint, recurring + live fault today
d = dt('2026-03-31 09:37 +0200')
t = """Buenos días,

Es la tercera vez este mes que falla la sincronización de calendarios en GoodTime, y hoy otra vez: desde primera hora los entrevistadores de Bilbao y Castejón aparecen como libres aunque tienen el calendario lleno, y ya se han colado dos entrevistas encima de reuniones. Cada vez abrimos incidencia, nos dicen que está arreglado y a las dos semanas vuelve.

Por un lado, necesito que alguien mire lo de hoy cuanto antes. Por otro, quiero que esto se trate con GoodTime a nivel de cuenta: no podemos seguir así, los jefes de planta están perdiendo la confianza en la herramienta y me piden volver a Outlook.

Un saludo,
Marta Peña Ollero
HR Business Partner – Trading & Corporativo
Ashcombe Energía España, S.L.U.

""" + DISC_ES
h = received('google', d, 7) + auth('ashcombeenergy.es', sel='google', arc=True) + hdrs('"Peña Ollero, Marta" <marta.pena@ashcombeenergy.es>'.encode('cp1252'), HLN,
    ewQ('Otra vez fallo de sincronización – necesitamos una solución de verdad'), d, mid('', 'outlook'), extra=ms_extra('es-ES') + ['Importance: high'])
add('escalation', 'flag_csm+forward_support', '', 'es', 'outlook-alt;qp;utf-8;raw-cp1252-from;rfc2047-q-subject;disclaimer;dkim;arc;received-7',
    'recurring sync failure + live fault', build(h, alt(t, 'outlook', 'utf-8', lang='ES')))

# e-fr: training request for French team; Gmail
d = dt('2026-03-09 14:25 +0100')
t = """Bonjour,

L'équipe recrutement France s'agrandit : nous serons 15 à utiliser GoodTime à partir d'avril (Lyon, Paris, Nantes et les sites de production). La moitié ne l'a jamais utilisé et les autres ont appris « sur le tas ».

Serait-il possible d'organiser avec GoodTime une vraie formation pour toute l'équipe, idéalement en français, sur les entretiens en jury, les journées de recrutement et les viviers d'intervenants ? Deux sessions d'une heure et demie nous iraient bien.

Merci d'avance,
Anne-Sophie Laurent
Responsable Recrutement France
Ashcombe Énergie France"""
h = received('google', d, 6) + auth('ashcombeenergy.fr', sel='google') + hdrs('Anne-Sophie Laurent <annesophie.laurent@ashcombeenergy.fr>', HL,
    ewB('Formation GoodTime pour l’équipe recrutement France'), d, mid('', 'gmail'))
add('escalation', 'flag_csm', '', 'fr', 'gmail-alt;qp;utf-8;rfc2047-b-subject;dkim',
    'training for the French team', build(h, alt(t, 'gmail', 'UTF-8')))

# e-pt: invoice / licence mismatch; Outlook PT HTML only + PDF
d = dt('2026-03-11 15:40 +0000')
t = """Boa tarde,

Recebemos a fatura da GoodTime relativa ao 1.º trimestre com 25 licenças imputadas à Ashcombe Energia Portugal, mas segundo a lista de utilizadores ativos só temos 12 pessoas a usar a ferramenta em Portugal. A diferença é de cerca de 3.900 € por trimestre.

Podem verificar com a GoodTime como é feita a contagem e, se for o caso, pedir a correção da fatura e o ajuste para os próximos períodos? Segue a fatura em anexo.

Cumprimentos,
Paulo Teixeira
Controller Financeiro
Ashcombe Energia Portugal, Lda.

""" + DISC_PT
body = multi('mixed', [text(outlook_html(t, 'windows-1252', 'PT'), 'html', 'windows-1252', 'quoted-printable'),
                       attach('application/pdf', pdf(['GoodTime, Inc. - Invoice INV-2026-01187', 'Bill to: Ashcombe Energia Portugal, Lda.', 'Period: Q1 2026', 'Seats: 25', 'Amount due: see page 2']), 'INV-2026-01187.pdf')], 'outlook')
h = received('internal', d, 6) + hdrs('Paulo Teixeira <paulo.teixeira@ashcombeenergy.pt>', HLN, ewQ('Fatura GoodTime 1.º trimestre – n.º de licenças', 'UTF-8'), d,
    mid('', 'outlook'), extra=ms_extra('pt-PT', attach=True))
add('escalation', 'flag_csm', '', 'pt', 'outlook-html-only;qp;windows-1252;pdf-attachment;disclaimer;rfc2047-q-subject',
    'invoice licence count mismatch', build(h, body))
# ====================================================================== NOISE
# n-de: out of office WITH Auto-Submitted
d = dt('2026-03-23 07:02 +0100')
t = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 03.04.2026 nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an recruiting@ashcombeenergy.de.

Mit freundlichen Grüßen
Katrin Vogel"""
h = received('internal', d, 5) + hdrs(ewQ('Vogel, Katrin') + ' <katrin.vogel@ashcombeenergy.de>', HLN,
    'Automatische Antwort: Ihre Anfrage an die GoodTime-Helpline', d, mid('', 'outlook'),
    extra=['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All', 'X-MS-Exchange-Inbox-Rules-Loop: katrin.vogel@ashcombeenergy.de', 'Content-Language: de-DE'])
add('noise', 'ignore', '', 'de', 'out-of-office;auto-submitted;outlook-alt;qp;utf-8',
    'OOO with Auto-Submitted', build(h, alt(t, 'outlook', 'utf-8', lang='DE')))

# n-es: out of office WITHOUT Auto-Submitted (Gmail vacation responder style, plain)
d = dt('2026-03-30 00:14 +0200')
t = """Hola,

Estoy de vacaciones hasta el lunes 6 de abril, con acceso limitado al correo. Para temas de selección en Madrid podéis escribir a Carmen Ruiz (carmen.ruiz@ashcombeenergy.es).

Gracias,
Lucía Fernández"""
h = received('google', d, 5) + hdrs('Lucía Fernández <lucia.fernandez@ashcombeenergy.es>'.encode('utf-8'), HL,
    ewQ('Fuera de la oficina: Re: Pedir disponibilidad a candidatos (técnicos subestación)', 'UTF-8'), d, mid('', 'gmail'))
add('noise', 'ignore', '', 'es', 'out-of-office;no-auto-submitted;plain;qp;utf-8;raw-utf8-from;night',
    'OOO without Auto-Submitted', build(h, text(t, cs='UTF-8', cte='quoted-printable')))

# n-fr: calendar accept with a note (text/calendar REPLY)
d = dt('2026-03-25 08:47 +0100')
note = "Je serai là, je me connecte depuis la base de Saint-Nazaire."
t = note + "\n"
icsb = ics('REPLY', '040000008200E00074C5B7101A82E00800000000%x' % R.getrandbits(64), 'Formation GoodTime – coordinateurs France (session 1)',
           '20260402T100000', '20260402T113000', 'helpline@ashcombeenergy.com', 'julien.moreau@ashcombeenergy.fr', partstat='ACCEPTED', comment=note)
cal = Part(['Content-Type: text/calendar; charset="utf-8"; method=REPLY', 'Content-Transfer-Encoding: base64'], b64(icsb.encode('utf-8')))
body = multi('alternative', [text(t, cs='utf-8', cte='quoted-printable'), text('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div>' + esc(note) + '</div></body></html>\n', 'html', 'utf-8', 'quoted-printable'), cal], 'outlook')
h = received('internal', d, 5) + hdrs('Julien Moreau <julien.moreau@ashcombeenergy.fr>', HLN,
    ewQ('Accepté: Formation GoodTime – coordinateurs France (session 1)', 'UTF-8'), d, mid('', 'outlook'), extra=ms_extra('fr-FR', index=True))
add('noise', 'ignore', '', 'fr', 'calendar-accept;text/calendar;reply-with-note;rfc2047-q-subject',
    'calendar accept with note', build(h, body))

# n-pt: read receipt (disposition-notification)
d = dt('2026-03-24 09:12 +0000')
rr_text = """A sua mensagem

  Para: Beatriz Lopes
  Assunto: RE: Convites das entrevistas a cair no spam
  Enviada: 23/03/2026 17:40

foi lida em 24/03/2026 09:12.
"""
mdn = """Reporting-UA: ashcombeenergy.pt; Microsoft Outlook 16.0
Final-Recipient: rfc822;beatriz.lopes@ashcombeenergy.pt
Original-Message-ID: %s
Disposition: manual-action/MDN-sent-manually; displayed
""" % mid('', 'outlook')
body = multi('report', [text(rr_text, cs='utf-8', cte='quoted-printable'), Part(['Content-Type: message/disposition-notification'], mdn.encode())], 'outlook',
             params='; report-type=disposition-notification')
h = received('internal', d, 5) + hdrs('Beatriz Lopes <beatriz.lopes@ashcombeenergy.pt>', HLN, 'Lida: RE: Convites das entrevistas a cair no spam', d, mid('', 'outlook'),
    extra=['Content-Language: pt-PT'])
add('noise', 'ignore', '', 'pt', 'read-receipt;multipart/report;disposition-notification',
    'read receipt', build(h, body))

# n1 en OOO without Auto-Submitted, Outlook plain
d = dt('2026-03-16 22:03 +0000')
t = """I'm on night shifts at Thornbury this week (16-19 March) and won't be checking email during the day. For anything urgent about the control room please call the shift desk on 01454 410 220.

Tom"""
h = received('internal', d, 5) + hdrs('Tom Eastwood <tom.eastwood@ashcombeenergy.com>', HLN, 'Automatic reply: Re: Night shift cover w/c 16 March', d, mid('', 'outlook'),
    extra=['Content-Language: en-GB'])
add('noise', 'ignore', '', 'en', 'out-of-office;no-auto-submitted;outlook-plain;qp;night',
    'OOO without Auto-Submitted', build(h, text(t, cs='us-ascii', cte='7bit')))

# n2 bounce
d = dt('2026-03-02 10:05 +0000')
orig_hdrs = """Received: from DB8PR07MB6612.eurprd07.prod.outlook.com by DB8PR07MB6612.eurprd07.prod.outlook.com; Mon, 2 Mar 2026 10:04:51 +0000
From: GoodTime Help Line <helpline@ashcombeenergy.com>
To: Paul Greaves <paul.greaves@ashcombeenergy.co.uk>
Subject: RE: GoodTime admin access for the Academy
Date: Mon, 2 Mar 2026 10:04:49 +0000
Message-ID: %s
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
""" % mid('', 'outlook')
human = """Delivery has failed to these recipients or groups:

paul.greaves@ashcombeenergy.co.uk
The domain ashcombeenergy.co.uk couldn't be found. The e-mail address might be mistyped, or the domain no longer accepts mail.

Diagnostic information for administrators:
Generating server: DB8PR07MB6612.eurprd07.prod.outlook.com
Remote Server returned '550 5.4.310 DNS domain ashcombeenergy.co.uk does not exist [Message=InfoDomainNonexistent] [LastAttemptedServerName=ashcombeenergy.co.uk] [AM3PEPF0000A78B.eurprd04.prod.outlook.com 2026-03-02T10:05:02.114Z 08DE5A6C1E2B4C39]'
"""
ds = """Reporting-MTA: dns;DB8PR07MB6612.eurprd07.prod.outlook.com
Received-From-MTA: dns;DB8PR07MB6612.eurprd07.prod.outlook.com
Arrival-Date: Mon, 2 Mar 2026 10:04:51 +0000

Final-Recipient: rfc822;paul.greaves@ashcombeenergy.co.uk
Action: failed
Status: 5.4.310
Diagnostic-Code: smtp;550 5.4.310 DNS domain ashcombeenergy.co.uk does not exist [Message=InfoDomainNonexistent]
"""
body = multi('report', [text(human, cs='us-ascii', cte='7bit'), Part(['Content-Type: message/delivery-status'], ds.encode()),
                        Part(['Content-Type: text/rfc822-headers'], orig_hdrs.encode())], 'outlook', params='; report-type=delivery-status')
h = received('internal', d, 3) + hdrs('Microsoft Outlook <MAILER-DAEMON@ashcombeenergy.onmicrosoft.com>', HLN, 'Undeliverable: RE: GoodTime admin access for the Academy', d,
    mid('', 'outlook'), extra=['Auto-Submitted: auto-replied', 'X-MS-Exchange-Message-Is-Ndr: ', 'Content-Language: en-US'])
add('noise', 'ignore', '', 'en', 'bounce;multipart/report;delivery-status;mailer-daemon',
    'NDR bounce', build(h, body))

# n3 newsletter with List-Unsubscribe
d = dt('2026-03-18 15:00 +0000')
t = """GoodTime Product Updates – March 2026

Hi there,

Spring is here and so is a fresh batch of improvements to help your team schedule smarter.

WHAT'S NEW
• Smarter panel suggestions – fewer back-and-forths for complex loops.
• Interviewer insights dashboard – now with exportable charts.
• New integrations marketplace – browse and connect in a few clicks.

JOIN OUR WEBINAR
"The State of Interview Scheduling 2026" – Thursday 26 March, 5pm GMT. Register now and get the full report.

Read the full release notes: https://www.goodtime.io/release-notes

You are receiving this email because you are a GoodTime customer contact.
Unsubscribe: https://go.goodtime.io/unsubscribe?e=helpline%40ashcombeenergy.com
GoodTime, Inc. · San Francisco, CA"""
h = received('mta-174-12.sparkpostmail.com', d, 6) + auth('goodtime.io', '192.174.88.12', sel='scph0325') + hdrs(
    'GoodTime <news@goodtime.io>', HL, ewQ('What’s new in GoodTime – March 2026 🚀'), d, '<%d.%x@mail.goodtime.io>' % (R.randint(10**9, 10**10), R.getrandbits(48)),
    extra=['List-Unsubscribe: <https://go.goodtime.io/unsubscribe?e=helpline%40ashcombeenergy.com>, <mailto:unsubscribe@mail.goodtime.io?subject=unsubscribe>',
           'List-Unsubscribe-Post: List-Unsubscribe=One-Click', 'Precedence: bulk', 'X-Campaign-ID: 2026-03-product-updates',
           'Feedback-ID: 2026-03:goodtime:sparkpost'])
add('noise', 'ignore', '', 'en', 'newsletter;list-unsubscribe;marketing;gmail-like-html;qp;utf-8;rfc2047-q-subject;emoji;received-6;dkim',
    'vendor newsletter', build(h, alt(t, 'gmail', 'UTF-8')))

# n4 phishing
d = dt('2026-05-02 03:17 +0100')
t = """Microsoft 365

Dear helpline@ashcombeenergy.com,

Your mailbox storage has reached 99% of its limit. Incoming messages will be REJECTED and your account will be suspended IMMEDIATELY unless you verify your account within 24 hours.

Verify now: http://ashcombeenergy-com.mailbox-verify.support/owa/?u=helpline

Failure to act will result in permanent loss of data. This is an automated error notice from your IT administrator.

Microsoft 365 Admin Center"""
h = received('vps-3b1f.contaboserver.net', d, 5) + [
    'Authentication-Results: spf=fail (sender IP is 185.212.47.9)\n smtp.mailfrom=ashcombe-energy-support.com; dkim=none (message not signed)\n header.d=none;dmarc=fail action=quarantine\n header.from=ashcombe-energy-support.com;compauth=fail reason=000'] + hdrs(
    '"Microsoft 365 Admin" <admin@ashcombe-energy-support.com>', HL, 'ACTION REQUIRED: Mailbox storage full - verify IMMEDIATELY', d,
    '<%x@vps-3b1f.contaboserver.net>' % R.getrandbits(40), extra=['X-Priority: 1', 'X-MS-Exchange-Organization-SCL: 6'])
add('noise', 'ignore', '', 'en', 'phishing;spf-fail;dmarc-fail;html-only;night',
    'credential phishing', build(h, text(gmail_html(t), 'html', 'utf-8', 'quoted-printable')))

# n5 calendar decline with note
d = dt('2026-03-26 20:31 +0000')
note = "Sorry, on days at Pembroke that week. Will catch the recording if there is one."
icsb = ics('REPLY', '040000008200E00074C5B7101A82E00800000000%x' % R.getrandbits(64), 'GoodTime drop-in clinic for coordinators',
           '20260402T140000', '20260402T150000', 'helpline@ashcombeenergy.com', 'rhys.evans@ashcombeenergy.com', partstat='DECLINED', comment=note)
cal = Part(['Content-Type: text/calendar; charset="utf-8"; method=REPLY', 'Content-Transfer-Encoding: 7bit'], icsb.replace('\r\n', '\n').replace('LANGUAGE=fr-FR', 'LANGUAGE=en-GB').encode('utf-8'))
body = multi('alternative', [text(note + '\n', cs='us-ascii', cte='7bit'), cal], 'outlook')
h = received('internal', d, 5) + hdrs('Rhys Evans <rhys.evans@ashcombeenergy.com>', HLN, 'Declined: GoodTime drop-in clinic for coordinators', d, mid('', 'outlook'),
    extra=ms_extra('en-GB'))
add('noise', 'ignore', '', 'en', 'calendar-decline;text/calendar;reply-with-note',
    'decline with note', build(h, body))

# n6 read receipt en
d = dt('2026-03-13 14:05 +0000')
rr_text = """Your message

  To: Hannah Kerr
  Subject: RE: Candidate emails in Spanish / Portuguese?
  Sent: 13/03/2026 13:58

was read on 13/03/2026 14:05.
"""
mdn = """Reporting-UA: ashcombeenergy.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;hannah.kerr@ashcombeenergy.com
Original-Message-ID: %s
Disposition: manual-action/MDN-sent-manually; displayed
""" % mid('', 'outlook')
body = multi('report', [text(rr_text, cs='us-ascii', cte='7bit'), Part(['Content-Type: message/disposition-notification'], mdn.encode())], 'outlook',
             params='; report-type=disposition-notification')
h = received('internal', d, 5) + hdrs('Hannah Kerr <hannah.kerr@ashcombeenergy.com>', HLN, 'Read: RE: Candidate emails in Spanish / Portuguese?', d, mid('', 'outlook'))
add('noise', 'ignore', '', 'en', 'read-receipt;multipart/report;disposition-notification',
    'read receipt', build(h, body))

# n7 bare thanks with quoted help-line answer
d = dt('2026-03-11 09:40 +0000')
t = """thanks!
@@Q@@
On """ + qd('en', 'apple', '2026-03-11 09:12 +0000') + """, GoodTime Help Line <helpline@ashcombeenergy.com> wrote:

> Hi Mark,
> 
> Yes - each interviewer can have a weekly limit. We've set Jamie and Lewis to 2 interviews a week each, so GoodTime will start offering the other technicians in the pool once they hit that.
> 
> Best,
> GoodTime Help Line"""
m0 = mid('', 'outlook')
h = received('internal', d, 5) + hdrs('Mark Penhaligon <mark.penhaligon@ashcombeenergy.com>', HLN, 'Re: interviews - my techs', d,
    mid('ashcombeenergy.com', 'apple'), irt=m0, refs=m0, client=XM_IPHONE)
add('noise', 'ignore', '', 'en', 'bare-thanks;iphone-alt;qp;utf-8;quoted-reply',
    'bare thank-you', build(h, alt(t, 'apple', 'utf-8')))

# n8 "got it, thanks" mobile, no quote
d = dt('2026-03-19 17:02 +0000')
t = """Got it, thanks

Sent from my iPhone"""
m0 = mid('', 'outlook')
h = received('internal', d, 5) + hdrs('Callum Fraser <callum.fraser@ashcombeenergy.com>', HLN, 'RE: Apprentice assessment setup keeps coming up wrong', d,
    mid('ashcombeenergy.com', 'apple'), irt=m0, client=XM_IPHONE)
add('noise', 'ignore', '', 'en', 'bare-thanks;iphone-plain;7bit;mobile-signature;misleading-subject',
    'got it thanks', build(h, text(t, cs='us-ascii', cte='7bit')))

# n9 vendor marketing spam
d = dt('2026-02-24 14:30 +0000')
t = """Hi Help Line team,

Are your recruiters still spending 10+ hours a week chasing candidates for interview slots?

HireVista's AI video interviewing lets candidates record answers 24/7 – no scheduling required. Energy & utilities customers cut time-to-hire by 38%.

▶ Free webinar: "Hiring field engineers at scale" – Wednesday 25 March, 3pm GMT
Book your seat: https://hirevista.example-mail.com/webinar-energy

Best,
Chloe Martin
Senior Account Executive, HireVista

HireVista Ltd, 22 Bishopsgate, London EC2N 4BQ. If you no longer wish to receive these emails, unsubscribe here: https://hirevista.example-mail.com/u/8f2a91"""
h = received('o1.email.hirevista.io', d, 6) + auth('hirevista.io', '149.72.134.201', sel='s1') + hdrs(
    'Chloe at HireVista <chloe.martin@hirevista.io>', HL, 'Interview scheduling is dead? 🤔 (webinar for energy recruiters)'.encode('utf-8'), d,
    '<%s@geopod-ismtpd-3>' % rb64(18).replace('/', 'x').replace('+', 'y').rstrip('='),
    extra=['List-Unsubscribe: <https://hirevista.example-mail.com/u/8f2a91>', 'List-Unsubscribe-Post: List-Unsubscribe=One-Click', 'X-SG-EID: ' + rb64(40)])
add('noise', 'ignore', '', 'en', 'marketing;cold-outreach;list-unsubscribe;raw-utf8-subject;emoji;gmail-like-html;base64;received-6',
    'vendor cold marketing', build(h, alt(t, 'gmail', 'UTF-8', 'base64')))

# n10 GoodTime support auto-acknowledgement
d = dt('2026-03-24 10:19 +0000')
t = """Hi,

Thanks for contacting GoodTime Support. This is an automated message to confirm that we've received your request (#53120) and a member of our team will be in touch soon.

To add more information, simply reply to this email.

GoodTime Support
support.goodtime.io"""
h = received('mail.zendesk.com', d, 6) + auth('goodtime.io', '192.161.147.3', sel='zendesk1') + hdrs(
    'GoodTime Support <support@goodtime.io>', HL, '[GoodTime Support] Request received: Teams link missing after reschedule - AGAIN', d,
    '<%s_%d@zendesk.com>' % (''.join(R.choice('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') for _ in range(10)), R.randint(100, 999)),
    extra=['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All', 'X-Mailer: Zendesk Mailer', 'X-Zendesk-From-Account-Id: 4f1a2b'])
add('noise', 'ignore', '', 'en', 'auto-acknowledgement;auto-submitted;vendor-ticket;alt;qp;utf-8',
    'support auto-ack', build(h, alt(t, 'gmail', 'UTF-8')))
# ====================================================================== write out
def main():
    import email, email.policy
    order = list(range(len(MSGS)))
    random.Random(4242).shuffle(order)
    rows = []
    lf_only = set(random.Random(99).sample(range(len(MSGS)), 14))   # some files saved with bare LF
    for n, i in enumerate(order, 1):
        m = MSGS[i]
        name = 'b-%03d.eml' % n
        raw = m['raw']
        if i not in lf_only:
            raw = raw.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
        with open(os.path.join(OUT, name), 'wb') as f:
            f.write(raw)
        rows.append([name, m['category'], m['actions'], m['article'], m['language'], m['format'], m['notes']])
    with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f)
        w.writerow(['file', 'category', 'actions', 'article', 'language', 'format', 'notes'])
        w.writerows(rows)
    print(len(rows), 'messages written')

if __name__ == '__main__':
    main()
