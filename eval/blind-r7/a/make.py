#!/usr/bin/env python3
# make.py - writer A, batch "a" of the sealed blind help-line test set (Ashcombe Energy).
# Standard library only. Writes a-001.eml ... a-100.eml and labels.csv next to this script.
import base64, quopri, random, zlib, struct, datetime, csv, os, html, email, hashlib

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(7021)
HELP = 'helpline@ashcombeenergy.com'
HELP_TO = 'GoodTime Help Line <helpline@ashcombeenergy.com>'

# ----------------------------------------------------------------- dates
def _uk_dst(d):   # 29 Mar 2026 - 25 Oct 2026
    return datetime.date(2026, 3, 29) <= d < datetime.date(2026, 10, 25)
def _us_dst(d):   # 8 Mar 2026 - 1 Nov 2026
    return datetime.date(2026, 3, 8) <= d < datetime.date(2026, 11, 1)

def tzoff(region, d):
    if region in ('uk', 'pt'):
        return 1 if _uk_dst(d) else 0
    if region in ('de', 'es', 'fr', 'cet'):
        return 2 if _uk_dst(d) else 1
    if region == 'us-e':
        return -4 if _us_dst(d) else -5
    if region == 'us-c':
        return -5 if _us_dst(d) else -6
    if region == 'us-p':
        return -7 if _us_dst(d) else -8
    if region == 'utc':
        return 0
    raise ValueError(region)

class When:
    def __init__(self, y, mo, d, h, mi, region='uk', s=None):
        self.region = region
        off = tzoff(region, datetime.date(y, mo, d))
        self.tz = datetime.timezone(datetime.timedelta(hours=off))
        self.dt = datetime.datetime(y, mo, d, h, mi, R.randint(0, 59) if s is None else s, tzinfo=self.tz)
    def rfc(self, dt=None):
        dt = dt or self.dt
        return dt.strftime('%a, %d %b %Y %H:%M:%S ') + dt.strftime('%z')
    def rfc_noday(self):
        return self.dt.strftime('%d %b %Y %H:%M:%S %z').lstrip('0')
    def utc(self, plus=0):
        return (self.dt + datetime.timedelta(seconds=plus)).astimezone(datetime.timezone.utc)
    def rfc_utc(self, plus=0):
        return self.utc(plus).strftime('%a, %d %b %Y %H:%M:%S +0000')
    def epoch(self):
        return int(self.dt.timestamp())
    def minus(self, **kw):
        w = When.__new__(When); w.region = self.region; w.tz = self.tz
        w.dt = self.dt - datetime.timedelta(**kw)
        return w

# localized "Sent:" dates in quoted headers
EN_DAYS = ['Monday','Tuesday','Wednesday','Thursday','Friday','Saturday','Sunday']
EN_MON = ['January','February','March','April','May','June','July','August','September','October','November','December']
DE_DAYS = ['Montag','Dienstag','Mittwoch','Donnerstag','Freitag','Samstag','Sonntag']
DE_MON = ['Januar','Februar','März','April','Mai','Juni','Juli','August','September','Oktober','November','Dezember']
ES_DAYS = ['lunes','martes','miércoles','jueves','viernes','sábado','domingo']
ES_MON = ['enero','febrero','marzo','abril','mayo','junio','julio','agosto','septiembre','octubre','noviembre','diciembre']
FR_DAYS = ['lundi','mardi','mercredi','jeudi','vendredi','samedi','dimanche']
FR_MON = ['janvier','février','mars','avril','mai','juin','juillet','août','septembre','octobre','novembre','décembre']
PT_DAYS = ['segunda-feira','terça-feira','quarta-feira','quinta-feira','sexta-feira','sábado','domingo']
PT_MON = ['janeiro','fevereiro','março','abril','maio','junho','julho','agosto','setembro','outubro','novembro','dezembro']

def sent_str(w, lang='en', us=False):
    d = w.dt
    if lang == 'en':
        if us:
            h = d.hour % 12 or 12
            return '%s, %s %d, %d %d:%02d %s' % (EN_DAYS[d.weekday()], EN_MON[d.month-1], d.day, d.year, h, d.minute, 'AM' if d.hour < 12 else 'PM')
        return '%s, %d %s %d %02d:%02d' % (EN_DAYS[d.weekday()], d.day, EN_MON[d.month-1], d.year, d.hour, d.minute)
    if lang == 'de':
        return '%s, %d. %s %d %02d:%02d' % (DE_DAYS[d.weekday()], d.day, DE_MON[d.month-1], d.year, d.hour, d.minute)
    if lang == 'es':
        return '%s, %d de %s de %d %d:%02d' % (ES_DAYS[d.weekday()], d.day, ES_MON[d.month-1], d.year, d.hour, d.minute)
    if lang == 'fr':
        return '%s %d %s %d %02d:%02d' % (FR_DAYS[d.weekday()], d.day, FR_MON[d.month-1], d.year, d.hour, d.minute)
    if lang == 'pt':
        return '%s, %d de %s de %d %02d:%02d' % (PT_DAYS[d.weekday()], d.day, PT_MON[d.month-1], d.year, d.hour, d.minute)

# ----------------------------------------------------------------- random ids
HEX = '0123456789ABCDEF'
B36 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'
def rhex(n, up=True):
    s = ''.join(R.choice(HEX) for _ in range(n))
    return s if up else s.lower()
def ralnum(n):
    return ''.join(R.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') for _ in range(n))
def rb64(n):
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(n))).decode()

EXO_SRV = ['AS8PR04MB7781', 'DB9PR04MB8412', 'PAXPR04MB9180', 'AM9PR04MB8211', 'DU0PR04MB9417', 'LO2P265MB5613', 'CWLP265MB3921', 'LO4P265MB6114']
def exo_host():
    s = R.choice(EXO_SRV)
    reg = 'GBRP265' if s.startswith(('LO', 'CW')) else 'eurprd04'
    return s, '%s.%s.prod.outlook.com' % (s, 'GBRP265'.lower() if reg == 'GBRP265' else reg)
def ipv6():
    return '2603:10a6:%x:%x::%x' % (R.randint(0x10, 0x7ff), R.randint(0x10, 0x3ff), R.randint(0x10, 0xff))

def msgid_outlook():
    s, host = exo_host()
    return '<%s%s@%s>' % (s, rhex(28), host)
def msgid_gmail():
    return '<CA%s%s@mail.gmail.com>' % (R.choice(['+', 'H', 'J', 'K', 'E']), ralnum(45))
def msgid_apple(dom='ashcombeenergy.com'):
    return '<%s-%s-%s-%s-%s@%s>' % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12), dom)
def msgid_generic(dom):
    return '<%s.%s@%s>' % (rhex(16, False), rhex(8, False), dom)

def thread_index():
    return base64.b64encode(b'\x01' + bytes(R.getrandbits(8) for _ in range(21))).decode()

# ----------------------------------------------------------------- Received chains
def recv_internal(w, hops=3):
    """Exchange Online internal delivery, newest first."""
    servers = [exo_host()[1] for _ in range(hops + 1)]
    offs = sorted(R.sample(range(1, 9), hops), reverse=True)
    out = []
    for i in range(hops):
        ts = w.utc(offs[i]).strftime('%a, %d %b %Y\n %H:%M:%S +0000')
        if i == 0:
            out.append('from %s (%s)\n by %s with HTTPS; %s' % (servers[1], ipv6(), servers[0], ts))
        else:
            out.append('from %s (%s) by %s\n (%s) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s' % (
                servers[i + 1], ipv6(), servers[i], ipv6(), R.randint(8400, 8700), R.randint(10, 40), ts))
    return out

def recv_external(w, src_host, src_ip, helo=None, via_google=False, short=False):
    """External mail reaching Ashcombe through Proofpoint + EOP, newest first."""
    base = w.utc(0)
    h1 = exo_host()[1]; h2 = exo_host()[1]
    fe = 'AM4PEPF00027A6%d' % R.randint(0, 9)
    L = [
        'from %s (%s) by %s with\n HTTPS; {TS}' % (h2, ipv6(), h1),
        'from %s.eurprd04.prod.outlook.com (%s)\n by %s (%s) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8632.19; {TS}' % (fe, ipv6(), h2, ipv6()),
        'from mx0a-00ae4c01.pphosted.com (148.163.%d.%d) by\n %s.mail.protection.outlook.com (10.167.16.%d) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8632.19 via\n Frontend Transport; {TS}' % (
            R.randint(150, 159), R.randint(2, 250), fe, R.randint(2, 250)),
        'from pps.filterd (m0187%03d.ppops.net [127.0.0.1])\n\tby mx0a-00ae4c01.pphosted.com (8.18.1.2/8.18.1.2) with ESMTP id 52%s%s;\n\t{TS}' % (
            R.randint(0, 999), rhex(6, False), ralnum(4)),
        'from %s (%s [%s])\n\tby mx0a-00ae4c01.pphosted.com (PPS) with ESMTPS id 4%s-1\n\t(version=TLSv1.3 cipher=TLS_AES_256_GCM_SHA384 bits=256 verify=NOT)\n\tfor <%s>; {TS}' % (
            helo or src_host, src_host, src_ip, ralnum(9).lower(), HELP),
    ]
    if short:
        L = L[:3] + L[4:]
    if via_google:
        L.append('by 2002:a05:6000:%x:b0:38f:%x:%x with SMTP id %s-%s.%d.%d;\n        {TS}' % (
            R.randint(0x100, 0xfff), R.randint(0x100, 0xfff), R.randint(0x100, 0xfff), ralnum(10).lower(), ralnum(8).lower(), R.randint(1, 9), R.randint(1000000, 9999999)))
    else:
        L.append('from localhost (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; {TS}' % (src_host, rhex(10), HELP))
        L.append('from app-%d.internal (unknown [10.%d.%d.%d])\n\tby %s (Postfix) with ESMTPA id %s;\n\t{TS}' % (
            R.randint(1, 40), R.randint(0, 255), R.randint(0, 255), R.randint(0, 255), src_host, rhex(10)))
    offs = sorted(R.sample(range(1, 60), len(L)), reverse=True)
    return [l.replace('{TS}', (base + datetime.timedelta(seconds=o)).strftime('%a, %d %b %Y %H:%M:%S +0000')) for l, o in zip(L, offs)]


SUB_TENANT = {
    'ashcombeenergy.de': ('FR2P281MB%04d.DEUP281.PROD.OUTLOOK.COM', 'mail-fr2deu01on20%d.outbound.protection.outlook.com', '40.107.135.%d'),
    'ashcombeenergy.es': ('PA4PR08MB%04d.eurprd08.prod.outlook.com', 'mail-pa4pr08cu00%d.outbound.protection.outlook.com', '52.101.72.%d'),
    'ashcombeenergy.fr': ('PR3P192MB%04d.EURP192.PROD.OUTLOOK.COM', 'mail-pr3p192cu00%d.outbound.protection.outlook.com', '40.107.162.%d'),
    'ashcombeenergy.pt': ('AM8PR09MB%04d.eurprd09.prod.outlook.com', 'mail-am8pr09cu00%d.outbound.protection.outlook.com', '52.101.66.%d'),
}

def recv_subsidiary(w, dom):
    mb, ob, ipf = SUB_TENANT[dom]
    src = mb % R.randint(1000, 9999)
    out_host = ob % R.randint(10, 99)
    ip = ipf % R.randint(2, 250)
    L = recv_external(w, out_host, ip)[:5]
    base = w.utc(0)
    extra = ['from %s (%s) by\n %s (%s) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.20.8632.19; {TS}' % (
                 src, ipv6(), out_host.split('.')[0].upper() + '.mail.protection.outlook.com', ipv6()),
             'from %s\n ([fe80::%x:%x:%x:%x]) by %s\n ([fe80::%x:%x:%x:%x%%%d]) with mapi id 15.20.8632.017; {TS}' % (
                 src, R.randint(0x1000, 0xffff), R.randint(0x1000, 0xffff), R.randint(0x1000, 0xffff), R.randint(0x1000, 0xffff), src,
                 R.randint(0x1000, 0xffff), R.randint(0x1000, 0xffff), R.randint(0x1000, 0xffff), R.randint(0x1000, 0xffff), R.randint(3, 9))]
    extra = [e.replace('{TS}', (base + datetime.timedelta(seconds=k)).strftime('%a, %d %b %Y %H:%M:%S +0000')) for e, k in zip(extra, (1, 0))]
    return L + extra, ip

def auth_results(dom, ip, spf='pass', dkim='pass', dmarc='pass'):
    return ('spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n header.d=%s;dmarc=%s action=none\n header.from=%s;compauth=%s reason=%s' % (
        spf, ip, dom, dkim, dom, dmarc, dom, 'pass' if dmarc == 'pass' else 'fail', '100' if dmarc == 'pass' else '000'))

def auth_internal():
    return ('dkim=none (message not signed)\n header.d=none;dmarc=none action=none header.from=ashcombeenergy.com;')

def dkim_sig(dom, sel, w, hlist='from:to:subject:date:message-id'):
    return ('v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=%s;\n\tt=%d; x=%d; h=%s;\n\tbh=%s;\n\tb=%s\n\t %s\n\t %s' % (
        dom, sel, w.epoch(), w.epoch() + 604800, hlist, rb64(32), rb64(48), rb64(48), rb64(30)))

def arc_headers(dom, w, ip):
    seal = 'i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b=%s\n %s\n %s' % (rb64(57), rb64(57), rb64(36))
    ams = ('i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector10001;\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\n bh=%s;\n b=%s\n %s' % (
        rb64(32), rb64(57), rb64(45)))
    aar = ('i=1; mx.microsoft.com 1; spf=pass (sender ip is\n %s) smtp.rcpttodomain=ashcombeenergy.com smtp.mailfrom=%s;\n dmarc=pass (p=reject sp=reject pct=100) action=none header.from=%s;\n dkim=pass (signature was verified) header.d=%s; arc=none (0)' % (ip, dom, dom, dom))
    return [('ARC-Seal', seal), ('ARC-Message-Signature', ams), ('ARC-Authentication-Results', aar)]

# ----------------------------------------------------------------- header encoders
def ew_b(s, cs='utf-8'):
    return '=?%s?B?%s?=' % (cs, base64.b64encode(s.encode(cs)).decode())
def ew_q(s, cs='utf-8'):
    out = []
    for ch in s.encode(cs):
        c = chr(ch)
        if c == ' ':
            out.append('_')
        elif (c.isalnum() and ch < 128) or c in '!*+-/':
            out.append(c)
        else:
            out.append('=%02X' % ch)
    return '=?%s?Q?%s?=' % (cs, ''.join(out))
def ew_split(parts, enc='B', cs='utf-8', sep='\n '):
    """Encode each chunk as its own encoded word; chunks may break in the middle of a word."""
    f = ew_b if enc == 'B' else ew_q
    return sep.join(f(p, cs) for p in parts)
def ew_auto(s, enc='B', cs='utf-8', maxlen=40):
    """Outlook-like: split into chunks of <= maxlen characters (can break mid-word), fold."""
    chunks = [s[i:i + maxlen] for i in range(0, len(s), maxlen)]
    return ew_split(chunks, enc, cs)
def fold(s, width=76, first=9):
    """Fold a plain header value at spaces."""
    words = s.split(' ')
    lines = []; cur = ''
    lim = width - first
    for wd in words:
        if cur and len(cur) + 1 + len(wd) > lim:
            lines.append(cur); cur = wd; lim = width - 1
        else:
            cur = (cur + ' ' + wd) if cur else wd
    lines.append(cur)
    return '\n '.join(lines)
def addr(name, a, enc=None, cs='utf-8'):
    if enc is None:
        if any(c in name for c in ',.()@"') :
            return '"%s" <%s>' % (name, a)
        return '%s <%s>' % (name, a)
    if enc == 'raw':
        return '%s <%s>' % (name, a)
    f = ew_b if enc == 'B' else ew_q
    return '%s <%s>' % (f(name, cs), a)

# ----------------------------------------------------------------- bodies
def qp(text, cs):
    return quopri.encodestring(text.encode(cs)).decode('ascii')
def b64(data, cs=None):
    if isinstance(data, str):
        data = data.encode(cs)
    return base64.encodebytes(data).decode('ascii')

class Part:
    def __init__(self, headers, body):
        self.headers = headers   # list of (name, value)
        self.body = body         # str (ascii) or bytes

def leaf(sub, text, cs='utf-8', cte='quoted-printable', extra=None, params='', cd=None):
    ctype = 'text/%s; charset="%s"%s' % (sub, cs, params) if cs else 'text/%s%s' % (sub, params)
    if cte == 'quoted-printable':
        body = qp(text, cs)
    elif cte == 'base64':
        body = b64(text, cs)
    elif cte in ('8bit', '7bit'):
        body = text.encode(cs)
    else:
        raise ValueError(cte)
    h = [('Content-Type', ctype), ('Content-Transfer-Encoding', cte)]
    if cd:
        h.append(('Content-Disposition', cd))
    return Part(h + (extra or []), body)

def binpart(ctype, data, filename, inline=False, cid=None, extra=None, size=True):
    h = [('Content-Type', '%s; name="%s"' % (ctype, filename))]
    if cid:
        h.append(('Content-ID', '<%s>' % cid))
    disp = 'inline' if inline else 'attachment'
    d = '%s; filename="%s"' % (disp, filename)
    if size:
        d += ';\n\tsize=%d' % len(data)
    h.append(('Content-Description', filename))
    h.append(('Content-Disposition', d))
    h.append(('Content-Transfer-Encoding', 'base64'))
    return Part(h + (extra or []), b64(data))

def multipart(sub, parts, boundary, params='', preamble=None):
    h = [('Content-Type', 'multipart/%s;\n\tboundary="%s"%s' % (sub, boundary, params))]
    chunks = []
    if preamble:
        chunks.append(preamble + '\n')
    for p in parts:
        chunks.append(('--%s\n' % boundary).encode())
        chunks.append(ser_headers(p.headers))
        chunks.append(b'\n')
        chunks.append(p.body if isinstance(p.body, bytes) else p.body.encode('ascii'))
        if not (p.body.endswith(b'\n') if isinstance(p.body, bytes) else p.body.endswith('\n')):
            chunks.append(b'\n')
        chunks.append(b'\n')
    chunks.append(('--%s--\n' % boundary).encode())
    body = b''.join(c if isinstance(c, bytes) else c.encode() for c in chunks)
    return Part(h, body)

def ser_headers(hs):
    out = []
    for n, v in hs:
        if isinstance(v, bytes):
            out.append(n.encode() + b': ' + v + b'\n')
        else:
            out.append((n + ': ' + v + '\n').encode('utf-8'))
    return b''.join(out)

def bnd_outlook():
    s = R.choice(EXO_SRV)
    return '_000_%s%s%seurp_' % (s, rhex(24), s)
def bnd_gmail():
    return '000000000000' + rhex(16, False)
def bnd_apple():
    return 'Apple-Mail=_%s-%s-%s-%s-%s' % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))
def bnd_generic():
    return '----=_Part_%d_%d.%d' % (R.randint(100000, 999999), R.randint(100000000, 999999999), R.randint(1700000000000, 1799999999999))

# ----------------------------------------------------------------- renderers
def esc(s):
    return html.escape(s, quote=False)

QLABELS = {
    'en': ('From', 'Sent', 'To', 'Cc', 'Subject'),
    'de': ('Von', 'Gesendet', 'An', 'Cc', 'Betreff'),
    'es': ('De', 'Enviado el', 'Para', 'CC', 'Asunto'),
    'fr': ('De', 'Envoyé', 'À', 'Cc', 'Objet'),
    'pt': ('De', 'Enviado', 'Para', 'Cc', 'Assunto'),
}

class Q:
    """A quoted earlier message."""
    def __init__(self, name, a, when, to, subject, body, cc=None, lang='en', us=False, style='outlook'):
        self.name, self.a, self.when, self.to, self.subject, self.body = name, a, when, to, subject, body
        self.cc, self.lang, self.us, self.style = cc, lang, us, style

def outlook_quote_plain(q):
    L = QLABELS[q.lang]
    c = ' :' if q.lang == 'fr' else ':'
    lines = ['%s%s %s <%s>' % (L[0], c, q.name, q.a), '%s%s %s' % (L[1], c, sent_str(q.when, q.lang, q.us)), '%s%s %s' % (L[2], c, q.to)]
    if q.cc:
        lines.append('%s%s %s' % (L[3], c, q.cc))
    lines.append('%s%s %s' % (L[4], c, q.subject))
    return '\n'.join(lines) + '\n\n' + q.body.rstrip('\n') + '\n'

def outlook_paras(text, lang_attr=None):
    out = []
    span_o = '<span lang="%s">' % lang_attr if lang_attr else ''
    span_c = '</span>' if lang_attr else ''
    for line in text.split('\n'):
        if line.startswith('\x00'):   # raw html
            out.append(line[1:])
        elif line.strip() == '':
            out.append('<p class="MsoNormal">%s<o:p>&nbsp;</o:p>%s</p>' % (span_o, span_c))
        else:
            out.append('<p class="MsoNormal">%s%s<o:p></o:p>%s</p>' % (span_o, esc(line), span_c))
    return '\n'.join(out)

def outlook_sig_html(sig):
    out = []
    for i, line in enumerate(sig.split('\n')):
        if line.strip() == '':
            out.append('<p class="MsoNormal"><span style="font-size:10.0pt;color:#595959"><o:p>&nbsp;</o:p></span></p>')
        elif i == 0 or (i == 1 and sig.split('\n')[0].strip() == ''):
            out.append('<p class="MsoNormal"><b><span style="font-size:10.0pt;color:#00594F">%s</span></b><o:p></o:p></p>' % esc(line))
        else:
            out.append('<p class="MsoNormal"><span style="font-size:9.0pt;color:#595959">%s<o:p></o:p></span></p>' % esc(line))
    return '\n'.join(out)

def outlook_disc_html(disc):
    return '<p class="MsoNormal"><span style="font-size:7.5pt;font-family:&quot;Arial&quot;,sans-serif;color:#7F7F7F">%s<o:p></o:p></span></p>' % esc(disc).replace('\n', '<br>\n')

def outlook_quote_html(q):
    L = QLABELS[q.lang]
    c = '&nbsp;:' if q.lang == 'fr' else ':'
    hdr = '<b>%s%s</b> %s &lt;%s&gt; <br>\n<b>%s%s</b> %s<br>\n<b>%s%s</b> %s<br>\n' % (
        L[0], c, esc(q.name), q.a, L[1], c, sent_str(q.when, q.lang, q.us), L[2], c, esc(q.to))
    if q.cc:
        hdr += '<b>%s%s</b> %s<br>\n' % (L[3], c, esc(q.cc))
    hdr += '<b>%s%s</b> %s' % (L[4], c, esc(q.subject))
    return ('<div>\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
            '<p class="MsoNormal"><span lang="EN-US">%s<o:p></o:p></span></p>\n</div>\n</div>\n'
            '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n%s\n' % (hdr, outlook_paras(q.body.rstrip('\n'))))

OUTLOOK_HEAD = '''<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=%(cs)s">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
%(img)s<style><!--
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
span.EmailStyle%(sn)d
	{mso-style-type:personal-%(kind)s;
	font-family:"%(font)s",sans-serif;
	color:windowtext;}
.MsoChpDefault
	{mso-style-type:export-only;
	font-size:10.0pt;
	mso-ligatures:none;
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
<body lang="%(lang)s" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
'''

def outlook_html(body, sig=None, disc=None, quote=None, cs='windows-1252', lang='EN-GB', font='Aptos', img=None, kind='compose', extra_top=''):
    h = OUTLOOK_HEAD % {'cs': cs, 'font': font, 'lang': lang, 'sn': R.choice([17, 18, 19, 20, 21]), 'kind': 'reply' if quote else kind,
                        'img': ''}
    h += extra_top
    h += outlook_paras(body.rstrip('\n')) + '\n'
    if img:
        h += '<p class="MsoNormal"><img width="%d" height="%d" style="width:%d.0in;height:%d.0in" id="Picture_x0020_1" src="cid:%s" alt="%s"><o:p></o:p></p>\n' % (img[1], img[2], 2, 1, img[0], img[3] if len(img) > 3 else 'image')
    if sig:
        h += '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' + outlook_sig_html(sig) + '\n'
    if disc:
        h += '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' + outlook_disc_html(disc) + '\n'
    if quote:
        for q in (quote if isinstance(quote, list) else [quote]):
            h += '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' + outlook_quote_html(q)
    h += '</div>\n</body>\n</html>\n'
    return h

def outlook_plain(body, sig=None, disc=None, quote=None, rule=False):
    t = body.rstrip('\n') + '\n'
    if sig:
        t += '\n' + sig.rstrip('\n') + '\n'
    if disc:
        t += '\n' + disc.rstrip('\n') + '\n'
    if quote:
        for q in (quote if isinstance(quote, list) else [quote]):
            t += '\n' + ('________________________________\n' if rule else '') + outlook_quote_plain(q)
    return t

def gmail_html(body, quote=None, sig=None, fwd=None):
    parts = []
    for line in body.rstrip('\n').split('\n'):
        parts.append('<div>%s</div>' % (esc(line) if line.strip() else '<br>'))
    h = '<div dir="ltr">' + ''.join(parts)
    if sig:
        h += '<br clear="all"><div><br></div><span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature">' + '<br>'.join(esc(x) for x in sig.split('\n')) + '</div>'
    h += '</div>'
    if fwd:
        h += '<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div><br><br>%s</div>' % (
            '<br>'.join(esc(x) for x in fwd[0].split('\n')), ''.join('<div>%s</div>' % (esc(x) if x.strip() else '<br>') for x in fwd[1].split('\n')))
    if quote:
        h += '<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>' % (
            esc(quote[0]), '<br>'.join(esc(x) for x in quote[1].rstrip('\n').split('\n')))
    return h + '\n'

def gt_quote(text):
    return '\n'.join(('> ' + l) if l.strip() else '>' for l in text.rstrip('\n').split('\n')) + '\n'

def apple_html(body, quote=None, sig=None):
    h = '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
    lines = body.rstrip('\n').split('\n')
    h += esc(lines[0])
    for l in lines[1:]:
        h += '<div>%s</div>' % (esc(l) if l.strip() else '<br>')
    if sig:
        h += '<div><br></div><div>' + '<br>'.join(esc(x) for x in sig.split('\n')) + '</div>'
    if quote:
        h += '<div><br><blockquote type="cite"><div>%s</div><br class="Apple-interchange-newline"><div><div>%s</div></div></blockquote></div>' % (
            esc(quote[0]), '</div><div>'.join(esc(x) if x.strip() else '<br>' for x in quote[1].rstrip('\n').split('\n')))
    return h + '</body></html>\n'

# ----------------------------------------------------------------- attachments
def png_bytes(w, h, seed=1, banner=(200, 40, 40), dot=(128, 60, 200)):
    rr = random.Random(seed)
    rows = []
    for y in range(h):
        row = bytearray([0])
        for x in range(w):
            if y < 8:
                c = (0, 89, 79)                       # app header bar
            elif 14 <= y < 22 and 6 <= x < w - 6:
                c = banner                            # error / info banner
            elif x > w - 14 and y > h - 14 and (x - (w - 8)) ** 2 + (y - (h - 8)) ** 2 < 25:
                c = dot                               # chat bubble
            elif 28 <= y < h - 16 and 6 <= x < w // 3:
                c = (236, 236, 240)
            elif 28 <= y < h - 16 and (y - 28) % 9 < 2 and x > w // 3 + 4:
                c = (205, 205, 210)
            else:
                g = 250 - rr.randint(0, 3)
                c = (g, g, g)
            row += bytes(c)
        rows.append(bytes(row))
    raw = b''.join(rows)
    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0)) +
            chunk(b'sRGB', b'\x00') + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b''))

def pdf_bytes(title, lines):
    def pesc(s):
        return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
    content = 'BT /F1 14 Tf 56 780 Td (%s) Tj ET\n' % pesc(title)
    y = 750
    for l in lines:
        content += 'BT /F1 10 Tf 56 %d Td (%s) Tj ET\n' % (y, pesc(l)); y -= 16
    content = content.encode('latin-1')
    objs = [
        b'<< /Type /Catalog /Pages 2 0 R >>',
        b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
        b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
        b'<< /Length %d >>\nstream\n' % len(content) + content + b'endstream',
        ('<< /Title (%s) /Producer (Microsoft\xae Excel\xae for Microsoft 365) /CreationDate (D:20260302101500Z) >>' % pesc(title)).encode('latin-1'),
    ]
    out = b'%PDF-1.7\n%\xe2\xe3\xcf\xd3\n'
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b'%d 0 obj\n' % i + o + b'\nendobj\n'
    x = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    for o in offs:
        out += b'%010d 00000 n \n' % o
    out += b'trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, x)
    return out

def tnef_bytes(seed, subject):
    rr = random.Random(seed)
    out = struct.pack('<IH', 0x223E9F78, rr.randint(1, 0xffff))
    def attr(level, aid, data):
        chk = sum(data) & 0xffff
        return struct.pack('<BII', level, aid, len(data)) + data + struct.pack('<H', chk)
    out += attr(1, 0x00089006, struct.pack('<I', 0x00010000))          # attTnefVersion
    out += attr(1, 0x00069007, b'windows-1252\x00')                    # attOemCodepage (approx)
    out += attr(1, 0x00078008, b'IPM.Microsoft Mail.Note\x00')         # attMessageClass
    out += attr(1, 0x00018004, subject.encode('cp1252') + b'\x00')     # attSubject
    out += attr(1, 0x00069003, bytes(rr.getrandbits(8) for _ in range(48)))
    rtf = b'{\\rtf1\\ansi\\ansicpg1252\\fromhtml1 \\deff0{\\fonttbl{\\f0\\fswiss Calibri;}}' + bytes(rr.getrandbits(8) for _ in range(300))
    out += attr(1, 0x00069005, rtf)
    return out

def ics_reply(uid, summary, organizer, attendee_name, attendee, partstat, start, end, dtstamp, comment=None, tzid='GMT Standard Time'):
    lines = ['BEGIN:VCALENDAR', 'METHOD:REPLY', 'PRODID:Microsoft Exchange Server 2010', 'VERSION:2.0',
             'BEGIN:VTIMEZONE', 'TZID:%s' % tzid, 'BEGIN:STANDARD', 'DTSTART:16010101T020000', 'TZOFFSETFROM:+0100',
             'TZOFFSETTO:+0000', 'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10', 'END:STANDARD', 'BEGIN:DAYLIGHT',
             'DTSTART:16010101T010000', 'TZOFFSETFROM:+0000', 'TZOFFSETTO:+0100', 'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3',
             'END:DAYLIGHT', 'END:VTIMEZONE', 'BEGIN:VEVENT',
             'ATTENDEE;PARTSTAT=%s;CN="%s":mailto:%s' % (partstat, attendee_name, attendee)]
    if comment:
        lines.append('COMMENT;LANGUAGE=en-GB:%s' % comment)
    lines += ['SUMMARY;LANGUAGE=en-GB:%s' % summary, 'DTSTART;TZID=%s:%s' % (tzid, start), 'DTEND;TZID=%s:%s' % (tzid, end),
              'UID:%s' % uid, 'CLASS:PUBLIC', 'PRIORITY:5', 'DTSTAMP:%s' % dtstamp, 'TRANSP:OPAQUE', 'STATUS:CONFIRMED',
              'SEQUENCE:0', 'LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting', 'X-MICROSOFT-CDO-APPT-SEQUENCE:0',
              'X-MICROSOFT-CDO-OWNERAPPTID:%d' % R.randint(-2000000000, 2000000000), 'X-MICROSOFT-CDO-BUSYSTATUS:%s' % ('BUSY' if partstat == 'ACCEPTED' else 'FREE'),
              'X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY', 'X-MICROSOFT-CDO-ALLDAYEVENT:FALSE', 'X-MICROSOFT-CDO-IMPORTANCE:1',
              'X-MICROSOFT-CDO-INSTTYPE:0', 'X-MICROSOFT-DONOTFORWARDMEETING:FALSE', 'X-MICROSOFT-DISALLOW-COUNTER:FALSE',
              'X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT', 'END:VEVENT', 'END:VCALENDAR']
    # fold long lines at 74 octets
    out = []
    for l in lines:
        while len(l) > 74:
            out.append(l[:74]); l = ' ' + l[74:]
        out.append(l)
    return '\n'.join(out) + '\n'

def ics_request(uid, summary, organizer_name, organizer, attendees, start, end, dtstamp, location, desc, tzid='GMT Standard Time'):
    lines = ['BEGIN:VCALENDAR', 'PRODID:-//GoodTime.io//Scheduling//EN', 'VERSION:2.0', 'METHOD:REQUEST', 'CALSCALE:GREGORIAN',
             'BEGIN:VEVENT', 'DTSTART;TZID=%s:%s' % (tzid, start), 'DTEND;TZID=%s:%s' % (tzid, end), 'DTSTAMP:%s' % dtstamp,
             'ORGANIZER;CN=%s:mailto:%s' % (organizer_name, organizer), 'UID:%s' % uid]
    for n, a in attendees:
        lines.append('ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=%s:mailto:%s' % (n, a))
    lines += ['DESCRIPTION:%s' % desc.replace('\n', '\\n').replace(',', '\\,'), 'LOCATION:%s' % location.replace(',', '\\,'),
              'SEQUENCE:1', 'STATUS:CONFIRMED', 'SUMMARY:%s' % summary.replace(',', '\\,'), 'TRANSP:OPAQUE', 'END:VEVENT', 'END:VCALENDAR']
    out = []
    for l in lines:
        while len(l) > 74:
            out.append(l[:74]); l = ' ' + l[74:]
        out.append(l)
    return '\n'.join(out) + '\n'

# ----------------------------------------------------------------- message assembly
REG = []

class Mail:
    def __init__(self, cat, actions, article='', lang='en', notes='', fmt=''):
        self.cat, self.actions, self.article, self.lang, self.notes = cat, actions, article, lang, notes
        self.fmt = [t for t in fmt.split(';') if t]
        self.h = []
        self.crlf = False
    def add(self, n, v):
        self.h.append((n, v)); return self
    def tag(self, *t):
        for x in t:
            if x not in self.fmt:
                self.fmt.append(x)
    def render(self, root):
        data = ser_headers(self.h) + ser_headers(root.headers) + b'\n' + (root.body if isinstance(root.body, bytes) else root.body.encode('ascii'))
        if self.crlf:
            data = data.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
            self.tag('crlf')
        self.data = data
        autotag(self)
        return self

def autotag(m):
    hs = [(n.lower(), v if isinstance(v, bytes) else v.encode('utf-8')) for n, v in m.h]
    names = [n for n, v in hs]
    if names.count('received') >= 5:
        m.tag('received-chain')
    if 'dkim-signature' in names:
        m.tag('dkim')
    if 'arc-seal' in names:
        m.tag('arc')
    for n, v in hs:
        if n == 'authentication-results' and b'=pass' in v:
            m.tag('auth-results')
        if n in ('subject', 'from'):
            lv = v.lower()
            if b'?b?' in lv:
                m.tag('rfc2047-b')
            if b'?q?' in lv:
                m.tag('rfc2047-q')
            if b'=?iso-8859-1?' in lv:
                m.tag('rfc2047-latin1')
            if n == 'subject' and lv.count(b'=?') >= 2:
                m.tag('rfc2047-split')
            if any(c > 127 for c in v):
                try:
                    v.decode('utf-8')
                    m.tag('raw-utf8-' + n)
                except UnicodeDecodeError:
                    m.tag('raw-cp1252-' + n)
        if n == 'auto-submitted':
            m.tag('auto-submitted')
        if n == 'list-unsubscribe':
            m.tag('list-unsubscribe')
        if n == 'message-id' and not v.strip().startswith(b'<'):
            m.tag('msgid-no-brackets')
    if 'message-id' not in names:
        m.tag('no-message-id')
    low = m.data.lower()
    for needle, t in ((b'content-type: image/png', 'attach-png'), (b'content-type: application/pdf', 'attach-pdf'),
                      (b'application/ms-tnef', 'winmail-dat'), (b'content-type: text/calendar', 'text-calendar'),
                      (b'report-type=delivery-status', 'bounce'), (b'report-type=disposition-notification', 'read-receipt')):
        if needle in low:
            m.tag(t)

def reg(fn):
    REG.append(fn)
    return fn

def received(m, lines):
    for l in lines:
        m.add('Received', l)

def outlook_std(m, w, frm, subj, to=HELP_TO, cc=None, msgid=True, lang='en-GB', topic=None, irt=None, refs=None,
                importance=False, attach=False, hops=3, auth=True, tnef=False):
    dom = (frm.decode('latin-1') if isinstance(frm, bytes) else frm).rsplit('@', 1)[1].rstrip('>')
    ext = dom in SUB_TENANT
    if ext:
        lines, ip = recv_subsidiary(w, dom)
        received(m, lines)
        m.add('Authentication-Results', auth_results(dom, ip))
        for n, v in arc_headers(dom, w, ip):
            m.add(n, v)
        m.add('DKIM-Signature', dkim_sig(dom, 'selector1', w, 'From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck'))
    else:
        if hops == 3:
            hops = R.choice([3, 3, 4, 5, 6])
        received(m, recv_internal(w, hops))
        if auth:
            m.add('Authentication-Results', auth_internal())
    m.add('From', frm)
    m.add('To', to)
    if cc:
        m.add('CC', cc)
    m.add('Subject', subj)
    m.add('Thread-Topic', topic if topic is not None else subj)
    m.add('Thread-Index', thread_index())
    if importance:
        m.add('X-Priority', '1')
        m.add('Importance', 'high')
        m.tag('importance-high')
    m.add('Date', w.rfc())
    if msgid is True:
        m.add('Message-ID', msgid_outlook())
    elif msgid:
        m.add('Message-ID', msgid)
    if refs:
        m.add('References', refs)
    if irt:
        m.add('In-Reply-To', irt)
    m.add('Accept-Language', '%s, en-US' % lang if lang != 'en-US' else 'en-US')
    m.add('Content-Language', lang)
    m.add('X-MS-Has-Attach', 'yes' if attach else '')
    m.add('X-MS-Exchange-Organization-SCL', '-1')
    m.add('X-MS-TNEF-Correlator', '<%s>' % msgid_outlook()[1:-1] if tnef else '')
    m.add('X-MS-Exchange-Organization-RecordReviewCfmType', '0')
    m.add('x-ms-publictraffictype', 'Email')
    if ext:
        m.add('X-MS-Exchange-Organization-AuthAs', 'Anonymous')
        m.add('X-MS-Exchange-Organization-AuthSource', 'AM4PEPF00027A6%d.eurprd04.prod.outlook.com' % R.randint(0, 9))
    else:
        m.add('X-MS-Exchange-Organization-AuthAs', 'Internal')
        m.add('X-MS-Exchange-Organization-AuthMechanism', '04')
    m.add('MIME-Version', '1.0')
    m.tag('outlook')

def write_all():
    rnd = random.Random(99)
    items = [fn() for fn in REG]
    order = list(range(len(items)))
    rnd.shuffle(order)
    rows = []
    for n, idx in enumerate(order, 1):
        m = items[idx]
        name = 'a-%03d.eml' % n
        with open(os.path.join(OUT, name), 'wb') as f:
            f.write(m.data)
        rows.append([name, m.cat, m.actions, m.article if m.cat == 'question' else '', m.lang, ';'.join(m.fmt), m.notes])
    with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
        wr = csv.writer(f)
        wr.writerow(['file', 'category', 'actions', 'article', 'language', 'format', 'notes'])
        wr.writerows(rows)
    return rows

# ----------------------------------------------------------------- people, signatures, disclaimers
DISC_UK = ('This e-mail and any attachments are CONFIDENTIAL and may be legally privileged. They are intended solely for the '
           'addressee. If you have received this e-mail in error, please notify the sender immediately by return and delete it; '
           'do not copy, forward or rely on it. Ashcombe Energy accepts no liability for viruses, errors or omissions. '
           'URGENT SECURITY NOTICE: Ashcombe Energy will never ask you to confirm a password or change bank details by e-mail.\n'
           'Ashcombe Energy plc. Registered in England and Wales No. 04418273. Registered office: Ashcombe House, 40 Bankside, London SE1 9JT.')
DISC_US = ('CONFIDENTIALITY NOTICE: The information contained in this message is intended only for the use of the individual or '
           'entity named above and may contain information that is privileged, confidential or exempt from disclosure under '
           'applicable law. If the reader of this message is not the intended recipient, you are hereby notified that any '
           'dissemination, distribution or copying of this communication is strictly prohibited. If you have received this '
           'communication in error, please notify the sender immediately and permanently delete the original message.\n'
           'Ashcombe Energy Services LLC | 1200 Smith Street, Suite 2400, Houston, TX 77002')
DISC_DE = ('Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat '
           'sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese '
           'E-Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser E-Mail sind nicht gestattet.\n'
           'Ashcombe Energie Deutschland GmbH | Sitz: Hamburg | Amtsgericht Hamburg HRB 154872 | Geschäftsführung: Dr. Henrike Albers, Matthias Korte')
DISC_ES = ('AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su destinatario. '
           'Si lo ha recibido por error, le rogamos que lo comunique inmediatamente al remitente y proceda a su eliminación. '
           'De conformidad con el RGPD y la LOPDGDD, sus datos son tratados por Ashcombe Energía España, S.L.U. '
           'Puede ejercer sus derechos en privacidad@ashcombeenergy.es.')
DISC_FR = ('Ce message et toutes les pièces jointes sont confidentiels et établis à l\'intention exclusive de leurs destinataires. '
           'Si vous avez reçu ce message par erreur, merci de le détruire et d\'en avertir immédiatement l\'expéditeur. '
           'Toute utilisation non conforme à sa destination est interdite.\n'
           'Ashcombe Énergie France SAS - 27 rue de la République, 69002 Lyon - RCS Lyon 841 203 557')
DISC_PT = ('AVISO DE CONFIDENCIALIDADE: Esta mensagem e os respetivos anexos são confidenciais e destinam-se exclusivamente ao '
           'destinatário. Se a recebeu por erro, por favor informe imediatamente o remetente e elimine-a. '
           'Ashcombe Energia Portugal, Lda. | Av. da Liberdade 190, 1250-147 Lisboa | NIPC 514 882 301')

# ================================================================= builders
def _cte_tag(m, cte):
    m.tag({'quoted-printable': 'qp', 'base64': 'base64', '8bit': '8bit', '7bit': '7bit'}[cte])

LATIN_MAP = {'\u2013': '-', '\u2014': '-', '\u2018': "'", '\u2019': "'", '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u2026': '...', '\u20ac': 'EUR'}
def latin(t):
    if t is None:
        return None
    for a, b in LATIN_MAP.items():
        t = t.replace(a, b)
    return t

def finish_outlook(m, body, sig=None, disc=None, quote=None, mode='alt', cs='windows-1252', cte='quoted-printable',
                   pcte=None, pcs=None, hlang='EN-GB', atts=None, img=None, rule=False, font='Aptos'):
    imginfo = (img[0], 240, 120, img[2]) if img else None
    if cs.lower() in ('iso-8859-1', 'us-ascii'):
        body, sig, disc = latin(body), latin(sig), latin(disc)
        if quote:
            for q in (quote if isinstance(quote, list) else [quote]):
                q.body, q.subject = latin(q.body), latin(q.subject)
    html_s = outlook_html(body, sig, disc, quote, cs=cs, lang=hlang, img=imginfo, font=font)
    plain_s = outlook_plain(body, sig, disc, quote, rule)
    if mode == 'html':
        root = leaf('html', html_s, cs, cte)
        m.tag('outlook-html-only')
        _cte_tag(m, cte)
    elif mode == 'plain':
        root = leaf('plain', plain_s, pcs or cs, pcte or cte)
        m.tag('plain-only')
        _cte_tag(m, pcte or cte)
    else:
        root = multipart('alternative', [leaf('plain', plain_s, pcs or cs, pcte or cte), leaf('html', html_s, cs, cte)], bnd_outlook())
        m.tag('multipart-alt')
        _cte_tag(m, pcte or cte); _cte_tag(m, cte)
    m.tag(cs.lower())
    if img:
        sub = 'multipart/alternative' if mode == 'alt' else 'text/html'
        root = multipart('related', [root, binpart('image/png', img[1], img[2], inline=True, cid=img[0])], bnd_outlook(),
                         params=';\n\ttype="%s"' % sub)
        m.tag('inline-png')
    if atts:
        root = multipart('mixed', [root] + atts, bnd_outlook())
    if quote:
        m.tag('reply-quoted')
    if sig:
        m.tag('corp-sig')
    if disc:
        m.tag('disclaimer')
    return m.render(root)

def plain_with_quote(body, quote_hdr, quote_body):
    return body.rstrip('\n') + '\n\n' + quote_hdr + '\n' + gt_quote(quote_body)

def finish_plain(m, text, cs='utf-8', cte='quoted-printable', flowed=False):
    params = '; format=flowed' if flowed else ''
    root = leaf('plain', text, cs, cte, params=params)
    m.tag('plain-only'); _cte_tag(m, cte); m.tag(cs.lower())
    return m.render(root)

def finish_gmail(m, body, sig=None, quote=None, fwd=None, atts=None):
    plain = body.rstrip('\n') + '\n'
    if sig:
        plain += '\n-- \n' + sig + '\n'
    if fwd:
        plain += '\n' + fwd[0] + '\n\n\n' + fwd[1].rstrip('\n') + '\n'
        m.tag('forwarded')
    if quote:
        plain += '\n' + quote[0] + '\n\n' + gt_quote(quote[1])
        m.tag('reply-quoted')
    h = gmail_html(body, quote=quote, sig=sig, fwd=fwd)
    cte = 'quoted-printable' if any(ord(c) > 127 for c in plain + h) else '7bit'
    alt = multipart('alternative', [leaf('plain', plain, 'UTF-8', cte), leaf('html', h, 'UTF-8', cte)], bnd_gmail())
    root = alt
    if atts:
        root = multipart('mixed', [alt] + atts, bnd_gmail())
    m.tag('gmail', 'multipart-alt'); _cte_tag(m, cte)
    return m.render(root)

def finish_apple(m, body, sig=None, quote=None, cte='quoted-printable', atts=None):
    plain = body.rstrip('\n') + '\n'
    if sig:
        plain += '\n' + sig + '\n'
    if quote:
        plain += '\n' + quote[0] + '\n\n' + gt_quote(quote[1])
        m.tag('reply-quoted')
    h = apple_html(body, quote=quote, sig=sig)
    alt = multipart('alternative', [leaf('plain', plain, 'utf-8', cte), leaf('html', h, 'utf-8', cte)], bnd_apple())
    root = alt
    if atts:
        root = multipart('mixed', [alt] + atts, bnd_apple())
    m.tag('apple-mail', 'multipart-alt'); _cte_tag(m, cte)
    return m.render(root)

def mobile_headers(m, w, frm, subj, to=HELP_TO, msgid=True, xmailer='iPhone Mail (22D82)', hops=3, mime='1.0 (1.0)'):
    received(m, recv_internal(w, hops))
    m.add('Authentication-Results', auth_internal())
    m.add('From', frm)
    m.add('Mime-Version', mime)
    m.add('Date', w.rfc())
    m.add('Subject', subj)
    if msgid is True:
        m.add('Message-Id', msgid_apple())
    elif msgid:
        m.add('Message-Id', msgid)
    m.add('To', to)
    m.add('X-Mailer', xmailer)
    m.add('X-MS-Exchange-Organization-AuthAs', 'Internal')

def form_headers(m, w, frm, subj, reply_to=None, msgid=True, hops=4, extra=()):
    received(m, recv_internal(w, hops))
    m.add('Authentication-Results', auth_internal())
    m.add('From', frm)
    m.add('To', HELP_TO)
    if reply_to:
        m.add('Reply-To', reply_to)
    m.add('Subject', subj)
    m.add('Date', w.rfc())
    if msgid:
        m.add('Message-ID', msgid_generic('forms.ashcombeenergy.com') if msgid is True else msgid)
    m.add('Auto-Submitted', 'auto-generated')
    m.add('X-Auto-Response-Suppress', 'All')
    for n, v in extra:
        m.add(n, v)
    m.add('MIME-Version', '1.0')
    m.tag('form-mailer', 'auto-submitted')

PNG_A = png_bytes(160, 96, seed=3)
PNG_B = png_bytes(200, 110, seed=5, banner=(230, 160, 30))
PNG_C = png_bytes(180, 100, seed=8)
PNG_D = png_bytes(150, 90, seed=11, banner=(190, 30, 45))

def sig_uk(name, title, team='People & Culture | Ashcombe Energy', site='Ashcombe House, 40 Bankside, London SE1 9JT', phone=None, mobile=None, email_=None, closing='Kind regards,'):
    s = ''
    lines = [name, title, team, site]
    tel = []
    if phone: tel.append('T: ' + phone)
    if mobile: tel.append('M: ' + mobile)
    if tel: lines.append(' | '.join(tel))
    if email_: lines.append(email_ + ' | www.ashcombeenergy.com')
    return '\n'.join(lines)

def A(local, dom='ashcombeenergy.com'):
    return '%s@%s' % (local, dom)

# ================================================================= ENGLISH - questions answered by an article
@reg
def q_en_support_hours():
    m = Mail('question', 'auto_reply', 'support-hours', 'en', 'support availability asked without the word hours')
    w = When(2026, 2, 17, 18, 47, 'uk')
    frm = addr('Callum Reid', A('callum.reid'))
    outlook_std(m, w, frm, 'Evening assessment sessions - cover from GoodTime?', hops=4)
    body = ('Hi all,\n\n'
            'From next month we\u2019re running the assessment interviews for the new night-shift advisers in the evenings and on Saturdays '
            '(last slot finishes about 9.30pm), because most of the applicants are working day jobs.\n\n'
            'My worry is what happens if GoodTime plays up during one of those sessions. Our own team is long gone by then. '
            'Is there actually anybody on the GoodTime side we can get hold of at 9pm on a Saturday, or would we be sat waiting until Monday morning? '
            'And how would we reach them if there is?\n\n'
            'Just want to put something in the coordinators\u2019 crib sheet before we go live on the 2nd.\n\n'
            'Cheers,\nCallum')
    sig = sig_uk('Callum Reid', 'Recruitment Coordinator \u2013 Customer Contact Centre', site='Doxford International Business Park, Sunderland SR3 3XN',
                 phone='+44 191 496 0732', email_='callum.reid@ashcombeenergy.com')
    return finish_outlook(m, body, sig, DISC_UK, mode='html')

@reg
def q_en_contact_csm():
    m = Mail('question', 'auto_reply', 'contact-csm', 'en', 'CSM asked without the letters; old unrelated thread below')
    w = When(2026, 3, 4, 11, 22, 'uk')
    frm = addr('Rebecca Shaw', A('rebecca.shaw'))
    old = When(2025, 11, 3, 15, 9, 'uk')
    older = When(2025, 11, 3, 10, 41, 'uk')
    q2 = Q('Rebecca Shaw', A('rebecca.shaw'), older, 'GoodTime Help Line <helpline@ashcombeenergy.com>',
           'Access for Chief People Officer\u2019s diary in GoodTime',
           'Hello,\n\nCould Margaret\u2019s calendar be made visible in GoodTime so I can add her to the final panels for the Director of Networks role? '
           'At the moment she doesn\u2019t come up when I search.\n\nThank you,\nRebecca')
    q1 = Q('GoodTime Help Line', HELP, old, 'Rebecca Shaw <rebecca.shaw@ashcombeenergy.com>',
           'RE: Access for Chief People Officer\u2019s diary in GoodTime',
           'Hi Rebecca,\n\nAll done \u2013 Margaret is now set up as an interviewer with her calendar connected, so she\u2019ll appear when you build the final panels for the Director of Networks role. '
           'Let us know if anything looks odd.\n\nBest wishes,\nJoanne\nGoodTime Help Line | Recruitment Systems')
    outlook_std(m, w, frm, 'RE: Access for Chief People Officer\u2019s diary in GoodTime'.replace('\u2019', "'"),
                irt=msgid_outlook(), refs=msgid_outlook() + '\n ' + msgid_outlook())
    # subject above uses a straight apostrophe (as Outlook would keep the original typed one)
    body = ('Hi both,\n\n'
            'Digging out this old thread as it\u2019s the only one I have for you!\n\n'
            'Different question this time. Margaret would like 30 minutes with our account contact at GoodTime \u2013 the person on their customer success side '
            'who looks after Ashcombe \u2013 ahead of the People Leadership Team offsite on 24 March. I don\u2019t have a name or an email address for them anywhere. '
            'What\u2019s the best way for me to get something in the diary?\n\n'
            'Many thanks,\nRebecca')
    sig = 'Rebecca Shaw | Executive Assistant to Margaret Holloway, Chief People Officer\nAshcombe Energy | Ashcombe House, 40 Bankside, London SE1 9JT\nT: +44 20 7946 0118'
    return finish_outlook(m, body, sig, DISC_UK, quote=[q1, q2], mode='alt')

@reg
def q_en_debrief():
    m = Mail('question', 'auto_reply', 'debrief-scheduling', 'en', 'terse lowercase from phone at night', 'terse;typos;mobile-sig;msgid-no-brackets')
    w = When(2026, 3, 5, 23, 12, 'uk')
    frm = addr('Jess Whitlock', A('jess.whitlock'))
    mobile_headers(m, w, frm, 'debriefs', msgid='%s-%s-%s@ashcombeenergy.com' % (rhex(8), rhex(4), rhex(12)))
    text = ('can goodtime set up the debrief after an onsite or do i have to do it by hand in outlook? '
            'dont want the candidate getting the invite obvs\n\nSent from my iPhone\n')
    return finish_plain(m, text, 'us-ascii', '7bit')

@reg
def q_en_training():
    m = Mail('question', 'auto_reply', 'interviewer-training', 'en', 'hiring manager, new interviewers shadowing')
    w = When(2026, 1, 20, 9, 3, 'uk')
    frm = addr('Natarajan, Priya', A('priya.natarajan'))
    outlook_std(m, w, frm, 'New interviewers for the grad analyst scheme')
    body = ('Hello,\n\n'
            'I\u2019ve got three senior analysts (Yusuf, Karolina and Dev) who moved across from trading analytics and will be interviewing for the '
            '2026 Graduate Data Analyst scheme. None of them have interviewed at Ashcombe before.\n\n'
            'I don\u2019t want to throw them straight in. Ideally they\u2019d sit in on a couple of the SQL/case interviews first, then run one or two themselves '
            'with one of my experienced people watching, and only after that go on the rota properly.\n\n'
            'Can GoodTime handle that, and if so how does it work? Do I need to do anything on my side or is it set up centrally?\n\n'
            'Thanks,\nPriya')
    sig = ('Priya Natarajan\nHead of Data & Analytics \u2013 Customer Insight\nAshcombe Energy | Forbury Place, Reading RG1 3JH\nM: +44 7700 900 615')
    return finish_outlook(m, body, sig, DISC_UK, mode='alt', cs='utf-8', cte='base64')

@reg
def q_en_ats():
    m = Mail('question', 'auto_reply', 'ats-integration', 'en', 'question in third paragraph; second minor topic', 'rambling;two-topics;folded-subject')
    w = When(2026, 2, 23, 8, 17, 'uk')
    frm = addr('Gareth Lloyd', A('gareth.lloyd'))
    subj = 'Storm Ewan recruitment push / linesmen + jointers - couple of things incl. do candidates come across from SuccessFactors on their own?'
    outlook_std(m, w, frm, fold(subj))
    body = ('Morning,\n\n'
            'Hope you all survived last week \u2013 it\u2019s been manic on our side since Storm Ewan. Networks have asked us to bring the overhead linesmen and cable jointer '
            'hiring forward by about six weeks, so I\u2019ve got roughly 40 candidates to get through first-stage interviews before Easter.\n\n'
            'I\u2019ve mostly used GoodTime for the Reading roles so far and Laura used to do the northern depots, but she\u2019s on mat leave now so I\u2019m picking up '
            'Warrington and Carlisle as well. Not complaining (much!).\n\n'
            'The thing I actually wanted to ask: when I move someone to the \u2018Technical Interview\u2019 stage in SuccessFactors, should they just turn up in GoodTime on their own, '
            'ready for me to schedule? Or am I meant to be adding them into GoodTime separately? A couple of the Carlisle candidates I moved this morning weren\u2019t there when '
            'I looked straight afterwards, and I don\u2019t want to end up creating duplicates by adding them in both places.\n\n'
            'Also \u2013 not urgent \u2013 does anyone know if the depot managers have had their GoodTime logins yet? I\u2019ll chase them myself if not.\n\n'
            'Thanks,\nGareth')
    sig = sig_uk('Gareth Lloyd', 'Resourcing Coordinator \u2013 Networks', site='Forbury Place, Reading RG1 3JH', mobile='+44 7700 900 871')
    return finish_outlook(m, body, sig, DISC_UK, mode='html')

@reg
def q_en_room_form():
    m = Mail('question', 'forward_support|needs_review', 'room-booking', 'en', 'form mailer carrying a real question: no auto-reply')
    w = When(2026, 3, 12, 14, 22, 'uk')
    form_headers(m, w, addr('Ashcombe Forms', A('no-reply-forms')), 'New response: GoodTime Help Line - Ask a question',
                 reply_to=addr('Ellie Marsh', A('ellie.marsh')), extra=[('X-Form-Id', 'GT-HELP-ASK-02'), ('Precedence', 'bulk')])
    text = ('A new response has been submitted to the form "GoodTime Help Line \u2013 Ask a question".\n\n'
            'Submitted:      12/03/2026 14:22 (GMT)\n'
            'Name:           Ellie Marsh\n'
            'Email:          ellie.marsh@ashcombeenergy.com\n'
            'Team / site:    Resourcing \u2013 Head Office (Bankside)\n'
            'Topic:          Rooms / onsite interviews\n'
            'Urgency:        Normal\n\n'
            'Your question:\n'
            'When I set up an onsite for the trading graduates GoodTime only ever offers me the 3rd floor rooms. The Thames and Medway rooms on the 6th never appear at all, '
            'even when they\u2019re empty in Outlook. Is there something that has to be done to a room before GoodTime can use it, or is it something I\u2019m doing wrong when I set up the interview?\n\n'
            'Attachments:    (none)\n\n'
            '--\n'
            'This notification was generated automatically by Ashcombe Forms. Please do not reply to this message.\n')
    return finish_plain(m, text, 'utf-8', 'quoted-printable')

@reg
def q_en_contact_support():
    m = Mail('question', 'auto_reply', 'contact-support', 'en', 'phone number for Support; old newsletter quoted', 'terse')
    w = When(2026, 3, 9, 13, 41, 'us-e')
    frm = addr('Marcus Bell', A('marcus.bell'))
    outlook_std(m, w, frm, 'RE: GoodTime tips #4 - using interviewer pools', lang='en-US', irt=msgid_outlook())
    old = When(2026, 3, 2, 8, 3, 'uk')
    text = ('Quick one - is there a phone number for GoodTime support? I looked through the help center and all I could find was the chat thing. '
            'I\'m old school, I\'d rather talk to a person. If there\'s no phone what\'s the email?\n\n'
            'Marcus\n\n'
            '-----Original Message-----\n'
            'From: GoodTime Help Line <helpline@ashcombeenergy.com> \n'
            'Sent: Monday, March 2, 2026 3:03 AM\n'
            'To: Recruiting - Americas <recruiting-americas@ashcombeenergy.com>\n'
            'Subject: GoodTime tips #4 - using interviewer pools\n\n'
            'Hi all,\n\n'
            'This week\'s tip is about interviewer pools. If you schedule the same kind of interview every week (phone screens, case studies, plant tours), '
            'ask us to set up a pool instead of picking one named person each time. GoodTime then picks whoever is free and spreads the load.\n\n'
            'Pools we already have for the US: Customer Ops Phone Screen, Trading Ops Case Study, Field Tech Practical (Houston).\n\n'
            'Next week: reschedules without the chaos.\n\n'
            'Joanne\n'
            'GoodTime Help Line | Recruitment Systems\n')
    m.tag('outlook', 'reply-quoted', 'original-message')
    return finish_plain(m, text, 'us-ascii', '7bit')

# ================================================================= ENGLISH - questions no article answers
@reg
def u_en_gdpr():
    m = Mail('question', 'forward_support', 'none', 'en', 'data residency and retention - no article')
    w = When(2026, 2, 10, 16, 5, 'uk')
    frm = addr('Laura Pennington', A('laura.pennington'))
    outlook_std(m, w, frm, 'DPIA - GoodTime candidate data')
    body = ('Hi team,\n\n'
            'Our Data Protection Officer is refreshing the DPIA for the recruitment systems and has come back with two questions about GoodTime that I can\u2019t answer:\n\n'
            '1. Where is candidate data actually held \u2013 UK, EU or US data centres? (Relevant for the Spanish and Portuguese candidates in particular.)\n'
            '2. How long does GoodTime keep candidate personal data after a process closes, and can we set that ourselves to match our 6-month retention rule?\n\n'
            'If GoodTime has a standard security/privacy pack that covers this, even better. Deadline on the DPIA is the end of the month.\n\n'
            'Thanks,\nLaura')
    sig = sig_uk('Laura Pennington', 'HR Business Partner \u2013 Group Functions', phone='+44 20 7946 0274', email_='laura.pennington@ashcombeenergy.com')
    return finish_outlook(m, body, sig, DISC_UK, mode='alt')

@reg
def u_en_undo_cancel():
    m = Mail('question', 'forward_support', 'none', 'en', 'undo a cancellation - resembles cancel-interview but not answered')
    w = When(2026, 3, 16, 15, 51, 'uk')
    frm = addr('Jess Whitlock', A('jess.whitlock'))
    outlook_std(m, w, frm, 'Cancelled the wrong interview - can I get it back?')
    body = ('Hi,\n\n'
            'Bit of a silly one. I cancelled Tomasz Nowak\u2019s second-stage interview for Thursday by mistake \u2013 I meant to cancel the Friday one for a different candidate.\n\n'
            'Is there a way to undo a cancellation in GoodTime and bring it back exactly as it was (same panel, same Teams link), or do I have to book it again from scratch '
            'and hope the panel still has the time free? The candidate got the cancellation email too, which is great.\n\n'
            'It\u2019s not until Thursday so no panic, I just don\u2019t want to make it worse by fiddling.\n\n'
            'Thanks\nJess')
    sig = sig_uk('Jess Whitlock', 'Recruitment Coordinator \u2013 Head Office', phone='+44 20 7946 0390')
    return finish_outlook(m, body, sig, None, mode='html')

@reg
def u_en_sms():
    m = Mail('question', 'forward_support', 'none', 'en', 'SMS reminders - resembles candidate-reminders, not answered', 'mobile-sig;msgid-no-brackets')
    w = When(2026, 1, 27, 7, 38, 'uk')
    frm = addr('Owen Fairclough', A('owen.fairclough'))
    mobile_headers(m, w, frm, 'Text reminders for apprentice candidates?', msgid='%s@ashcombeenergy.com' % rhex(32))
    text = ('Hi, do candidates get a text message before their interview as well as the email? Loads of our apprentice applicants are 16/17 and '
            'honestly never look at their email. If GoodTime can send an SMS reminder I\u2019d love to know how to switch it on for the Academy interviews.\n\n'
            'Owen\n\nSent from my iPhone\n')
    return finish_plain(m, text, 'utf-8', 'quoted-printable')

@reg
def u_en_app():
    m = Mail('question', 'forward_support', 'none', 'en', 'mobile app - no article')
    w = When(2026, 2, 2, 6, 55, 'uk')
    frm = addr('Martin Oduya', A('martin.oduya'))
    outlook_std(m, w, frm, 'GoodTime on my phone?')
    body = ('Hello,\n\n'
            'I\u2019m interviewing for two Shift Charge Engineer posts next month. Most days I\u2019m out on the plant and only have my phone with me.\n\n'
            'Is there a GoodTime app I can put on my work iPhone to see my interviews and respond to them, or is it a browser-only thing? '
            'Our IT team said to ask you.\n\n'
            'Regards\nMartin')
    sig = ('Martin Oduya CEng\nPlant Manager \u2013 Thornmere Power Station\nAshcombe Energy Generation Ltd\nThornmere, North Lincolnshire DN40 3LX\n'
           'T: +44 1469 552 210 | M: +44 7700 900 144\n\n'
           'Safety first: if you are visiting site, report to the gatehouse and carry photo ID.')
    return finish_outlook(m, body, sig, DISC_UK, mode='alt', cs='utf-8', cte='base64')

@reg
def u_en_api():
    m = Mail('question', 'forward_support', 'none', 'en', 'API / Power BI feed - reporting article only vague')
    w = When(2026, 3, 18, 17, 30, 'uk')
    frm = addr('Tom Ashworth', A('tom.ashworth'))
    outlook_std(m, w, frm, 'RE: Q2 hiring plan - quant & data analysts', cc=addr('Nadia Rahman', A('nadia.rahman')), irt=msgid_outlook())
    body = ('Adding the help line \u2013 Nadia says you\u2019re the right people for this.\n\n'
            'Separate question from the below: does GoodTime have an API, or some kind of scheduled data export, that my team could connect Power BI to? '
            'I\u2019d like time-to-schedule and interviewer hours in our own hiring dashboard next to the ATS data, rather than everyone logging into another tool to look at it.\n\n'
            'Tom')
    sig = 'Tom Ashworth\nHead of Trading Analytics\nAshcombe Energy Trading | Ashcombe House, 40 Bankside, London SE1 9JT'
    q = Q('Nadia Rahman', A('nadia.rahman'), When(2026, 3, 18, 16, 2, 'uk'), 'Tom Ashworth <tom.ashworth@ashcombeenergy.com>',
          'RE: Q2 hiring plan - quant & data analysts',
          'Hi Tom,\n\nThanks for the plan. So we\u2019re agreed on 2 x Quant Analyst and 3 x Data Analyst for Q2, all Bankside, with the case study run by your team.\n\n'
          'I\u2019ll get the adverts live on Monday and share the shortlist w/c 6 April. On your dashboard question \u2013 I think the GoodTime help line is best placed, I\u2019ve copied them.\n\nNadia')
    return finish_outlook(m, body, sig, DISC_UK, quote=q, mode='alt')

@reg
def u_en_browser():
    m = Mail('question', 'forward_support', 'none', 'en', 'supported browsers - no article')
    w = When(2026, 1, 14, 12, 10, 'uk')
    frm = addr('Jamie Thornton', A('jamie.thornton'))
    outlook_std(m, w, frm, 'Supported browsers for GoodTime')
    body = ('Hi,\n\n'
            'Our desktop team is moving all the contact-centre PCs onto a locked-down build of Edge next month (Chrome is being removed).\n\n'
            'Before that happens can someone confirm which browsers and versions GoodTime officially supports? Our team leaders interview advisers from the floor PCs, so it matters to us.\n\n'
            'Thanks\nJamie')
    sig = sig_uk('Jamie Thornton', 'Contact Centre Team Manager \u2013 Billing & Payments', team='Customer Operations | Ashcombe Energy',
                 site='Doxford International Business Park, Sunderland SR3 3XN', phone='+44 191 496 0118')
    return finish_outlook(m, body, sig, DISC_UK, mode='html')

@reg
def u_en_bulk():
    m = Mail('question', 'forward_support', 'none', 'en', 'bulk availability requests / daily cap - no article', 'raw-utf8-subject')
    w = When(2026, 3, 3, 10, 2, 'uk')
    frm = addr('Sophie Harrington', A('sophie.harrington'))
    outlook_std(m, w, frm, 'Assessment days \u2013 140 apprentices \u2013 availability requests?'.encode('utf-8'))
    body = ('Hi,\n\n'
            'We\u2019ve shortlisted 140 applicants for the Engineering Apprenticeship assessment days in April (Warrington academy, 6 days, about 24 per day).\n\n'
            'Is there a limit on how many candidates I can send an availability request to in one go? And can GoodTime stop offering a day once 24 people have picked it, '
            'or would I have to police that myself?\n\n'
            'Kind regards,\nSophie')
    sig = sig_uk('Sophie Harrington', 'Talent Acquisition Partner \u2013 Graduates & Early Careers', phone='+44 20 7946 0321', mobile='+44 7700 900 412',
                 email_='sophie.harrington@ashcombeenergy.com')
    return finish_outlook(m, body, sig, DISC_UK, mode='alt', cs='utf-8')

# ================================================================= ENGLISH - bugs
@reg
def b_en_cal_down():
    m = Mail('bug', 'forward_support+flag_csm', '', 'en', 'whole contact-centre team calendars not syncing - high impact')
    w = When(2026, 3, 24, 10, 48, 'uk')
    frm = addr('Siobhan Doyle', A('siobhan.doyle'))
    outlook_std(m, w, frm, 'All of Sunderland showing as free in GoodTime - calendars not syncing since this morning', importance=True, hops=4,
                cc=addr('Claire Benson', A('claire.benson')))
    body = ('Hi,\n\n'
            'Since around 8am today GoodTime is showing every interviewer in the Sunderland contact centre as completely free \u2013 all day, all week. '
            'Their Outlook calendars are full (huddles, floor walks, existing interviews), so GoodTime is offering slots that clash with everything.\n\n'
            'It isn\u2019t one person. I\u2019ve checked 11 of my 14 coordinators and all of the team leaders we use as interviewers and it\u2019s the same for every one of them. '
            'Nobody here has changed a password. The London lot say theirs look fine.\n\n'
            'We\u2019ve stopped sending self-scheduling links for now because candidates were booking on top of existing interviews \u2013 two double-bookings already this morning. '
            'We\u2019ve got about 60 adviser interviews to schedule this week for the April intake, so this is a big problem for us.\n\n'
            'Can this be treated as a priority please?\n\n'
            'Siobhan')
    sig = sig_uk('Siobhan Doyle', 'Recruitment Team Leader \u2013 Customer Contact Centre', site='Doxford International Business Park, Sunderland SR3 3XN',
                 phone='+44 191 496 0740', mobile='+44 7700 900 233')
    return finish_outlook(m, body, sig, DISC_UK, mode='alt')

@reg
def b_en_recurring_tz():
    m = Mail('bug', 'forward_support+flag_csm', '', 'en', 'recurring after being reported; candidates affected org-wide in US')
    w = When(2026, 3, 11, 9, 26, 'us-c')
    frm = addr('Whitfield, Dana', A('dana.whitfield'))
    outlook_std(m, w, frm, 'Wrong interview times in candidate emails AGAIN (ticket #51877)', lang='en-US', hops=5)
    body = ('Hi team,\n\n'
            'This is the same problem I reported back in November (GoodTime ticket #51877, which was closed as fixed). It\u2019s happening again since the clocks changed on Sunday.\n\n'
            'Candidate confirmation emails for our Houston and Pittsburgh interviews are showing the time one hour off from the calendar invite. The interviewer invites are right, '
            'the candidate email is wrong. Three candidates turned up an hour late yesterday and today (two for Trading Operations Analyst, one for Customer Operations Supervisor) '
            'and one of them has now withdrawn.\n\n'
            'As far as I can tell it\u2019s every interview scheduled for after March 8, not just mine \u2013 Marcus is seeing the same thing in Pittsburgh.\n\n'
            'I really need this fixed properly this time, not closed again. Can you push it back to GoodTime and make sure whoever looks after our account there knows it\u2019s come back?\n\n'
            'Thanks,\nDana')
    sig = 'Dana Whitfield\nSenior Recruiter | Talent Acquisition \u2013 Americas\nAshcombe Energy Services LLC\n1200 Smith Street, Suite 2400, Houston, TX 77002\nO: +1 713 555 0142 | C: +1 713 555 0187'
    q = Q('Whitfield, Dana', A('dana.whitfield'), When(2025, 11, 4, 10, 12, 'us-c'), 'GoodTime Help Line <helpline@ashcombeenergy.com>',
          'Candidate confirmation showing wrong time',
          'Hi,\n\nSince the weekend the candidate confirmation emails are showing interview times an hour off. Interviewer invites look fine. '
          'Example: Jordan Lee, Trading Ops Analyst phone screen, Nov 5 at 10:00 CT, candidate email says 11:00.\n\nCan you raise it with GoodTime?\n\nDana', us=True)
    return finish_outlook(m, body, sig, DISC_US, quote=q, mode='alt', hlang='EN-US', rule=True)

@reg
def b_en_quick_question():
    m = Mail('bug', 'forward_support', '', 'en', 'misleading subject over a bug report', 'misleading-subject')
    w = When(2026, 2, 12, 13, 7, 'uk')
    frm = addr('Nadia Rahman', A('nadia.rahman'))
    outlook_std(m, w, frm, 'quick question')
    body = ('Hi,\n\n'
            'When I send a self-scheduling link for the Power Trader first-round calls, the candidate\u2019s page is offering slots at 3am, 4am and 5am UK time. '
            'The candidates are all London based. The interviewers on the trading desk have their working hours set to 08:00\u201318:00, and the times I see on my side look right \u2013 '
            'it\u2019s only the candidate\u2019s page that\u2019s odd.\n\n'
            'One candidate has already booked 04:30 thinking it was a mistake on our part and emailed to ask if that was really the time.\n\n'
            'Is that a known thing? I can send screenshots of what the candidate sees if that helps.\n\n'
            'Thanks\nNadia')
    sig = sig_uk('Nadia Rahman', 'Senior Recruiter \u2013 Trading & Commercial', phone='+44 20 7946 0455')
    return finish_outlook(m, body, sig, DISC_UK, mode='html')

@reg
def b_en_teams_links():
    m = Mail('bug', 'forward_support', '', 'en', 'Teams links missing on invites for next week')
    w = When(2026, 3, 18, 10, 33, 'uk')
    frm = addr('Fiona McAllister', A('fiona.mcallister'))
    outlook_std(m, w, frm, 'No Teams link on GoodTime invites since yesterday', attach=True)
    cid = 'image001.png@01DCB6F2.%s' % rhex(8)
    body = ('Hi,\n\n'
            'None of the interviews I\u2019ve scheduled since yesterday afternoon have a Teams link on them. The invites go out to the interviewers and the candidate, '
            'but the joining details section is just empty (screenshot below). The interview template is set to Microsoft Teams and it was working fine on Monday.\n\n'
            'It\u2019s 9 interviews so far, all for the Wind Turbine Technician roles at Kestrel Bank. The earliest is next Tuesday, so nothing on fire yet, '
            'but I\u2019d rather not send everyone manual links.\n\n'
            'Thanks,\nFiona')
    sig = sig_uk('Fiona McAllister', 'Recruitment Coordinator \u2013 Renewables', site='Kestrel Bank O&M Base, Montrose DD10 8AA', mobile='+44 7700 900 509')
    return finish_outlook(m, body, sig, DISC_UK, mode='alt', img=(cid, PNG_A, 'image001.png'))

@reg
def b_en_debrief_invites():
    m = Mail('bug', 'forward_support', '', 'en', 'debrief invites not sent; ics of the onsite attached', 'mobile-sig;attach-ics')
    w = When(2026, 3, 2, 19, 14, 'us-e')
    frm = addr('Kayla Jennings', A('kayla.jennings'))
    mobile_headers(m, w, frm, 'Debrief invites not going out', xmailer='iPad Mail (22D82)')
    body = ('Hi there,\n\n'
            'For the last two onsites I ran (Customer Operations Supervisor, Feb 24 and Feb 26) the debrief showed as scheduled in GoodTime but nobody got an invite \u2013 '
            'not me, not the other three interviewers. We only realized when nobody showed up.\n\n'
            'The recruiter says it looks booked on her side. I\u2019ve attached the onsite invite from the 26th in case it helps.\n\n'
            'Can someone check what\u2019s going on? Next onsite is March 10.\n\n'
            'Kayla')
    ics = ics_request('gt-%s@goodtime.io' % rhex(20, False), 'Onsite Interview: Customer Operations Supervisor - A. Morales',
                      'Marcus Bell', A('marcus.bell'), [('Kayla Jennings', A('kayla.jennings')), ('Ray Donnelly', A('ray.donnelly')), ('Beth Sorensen', A('beth.sorensen'))],
                      '20260226T090000', '20260226T123000', '20260219T151203Z', 'Ashcombe Energy, 600 Grant Street, Pittsburgh, PA - Room 14B',
                      'Onsite interview scheduled via GoodTime.\nCandidate: A. Morales\nSessions: Hiring manager, Team walk, Case discussion', tzid='America/New_York')
    att = Part([('Content-Type', 'text/calendar; charset=utf-8; name="invite.ics"; method=REQUEST'), ('Content-Disposition', 'attachment; filename="invite.ics"'),
                ('Content-Transfer-Encoding', 'base64')], b64(ics, 'utf-8'))
    return finish_apple(m, body, sig='Sent from my iPad', atts=[att])

@reg
def b_en_room_fail():
    m = Mail('bug', 'forward_support', '', 'en', 'room shows free but booking fails; screenshot attached', 'attach-png')
    w = When(2026, 2, 26, 14, 58, 'uk')
    frm = addr('Hollie Barker', A('hollie.barker'))
    outlook_std(m, w, frm, 'Room booking error - Severn room', attach=True)
    body = ('Hello,\n\n'
            'Every time I try to book Bankside 5.02 (Severn) for an onsite through GoodTime I get \u201cWe couldn\u2019t reserve this room. Please try another room or time.\u201d '
            'The room is definitely free \u2013 it shows free in the Outlook room finder and I\u2019ve checked with facilities. Other rooms on 5 book fine.\n\n'
            'This is for the HSE Advisor onsite on 10 March, so I have a bit of time, but it\u2019s the only room big enough for the presentation part. '
            'Screenshot attached.\n\n'
            'Thanks,\nHollie')
    sig = sig_uk('Hollie Barker', 'Recruitment Coordinator \u2013 Head Office', phone='+44 20 7946 0362', email_='hollie.barker@ashcombeenergy.com')
    att = binpart('image/png', PNG_D, 'Severn room error.png')
    return finish_outlook(m, body, sig, DISC_UK, mode='alt', atts=[att])

@reg
def b_en_report_zero():
    m = Mail('bug', 'forward_support', '', 'en', 'load report shows zero for one office')
    w = When(2026, 3, 17, 16, 40, 'us-e')
    frm = addr('Marcus Bell', A('marcus.bell'))
    outlook_std(m, w, frm, 'Interviewer Load report - Houston all zeros', lang='en-US')
    body = ('Hey team,\n\n'
            'The Interviewer Load report in GoodTime is showing 0 interviews for every Houston interviewer for March 1\u201315. We definitely ran interviews '
            '(I scheduled 23 of them myself). Pittsburgh numbers look normal. I\u2019ve tried changing the date filter and clearing all filters, same result.\n\n'
            'I need these numbers for the monthly ops review on Friday. Can someone take a look?\n\n'
            'Thanks\nMarcus')
    sig = 'Marcus Bell\nRecruiting Coordinator | Talent Acquisition \u2013 Americas\nAshcombe Energy Services LLC | 600 Grant Street, Pittsburgh, PA 15219\nO: +1 412 555 0163'
    return finish_outlook(m, body, sig, DISC_US, mode='alt', cs='utf-8', cte='base64', pcte='quoted-printable', hlang='EN-US')

@reg
def b_en_form_ticket():
    m = Mail('bug', 'forward_support|needs_review', '', 'en', 'IT service desk ticket routed to the help line', 'ticket-form')
    w = When(2026, 2, 9, 9, 12, 'us-c')
    form_headers(m, w, addr('Ashcombe IT Service Desk', A('itservicedesk-noreply')), 'Incident INC0284471 assigned to your group: GoodTime - dashboard stuck loading',
                 msgid='<INC0284471.%s@servicedesk.ashcombeenergy.com>' % rhex(10, False), extra=[('X-ServiceNow-Source', 'Notification-%s' % rhex(32, False)),
                                                                                                   ('X-ServiceNow-Generated', 'true')])
    text = ('Incident INC0284471 has been assigned to group GoodTime Help Line.\n\n'
            'Caller:              Andre Thompson (andre.thompson@ashcombeenergy.com)\n'
            'Location:            Houston - 1200 Smith Street\n'
            'Category:            Software / Business application\n'
            'Configuration item:  GoodTime (SaaS)\n'
            'Impact / Urgency:    3 - Low / 2 - Medium\n'
            'Opened:              2026-02-09 09:11:47 CST\n\n'
            'Short description:\n'
            'GoodTime dashboard stuck loading\n\n'
            'Description:\n'
            'Since Friday afternoon when I log into GoodTime the dashboard just shows the loading spinner and never opens. Tried Edge and Chrome, '
            'cleared cache and cookies, tried in a private window. Same on my laptop and on the hot desk PC. Colleagues in Houston can log in fine. '
            'I can still see my interviews in Outlook but I can\'t schedule anything new. No interviews today so not urgent for today but I have 6 phone screens to set up this week.\n\n'
            'Work notes:\n'
            '2026-02-09 09:12:03 CST - System: Auto-routed to GoodTime Help Line based on configuration item.\n\n'
            'To view this incident, go to https://ashcombe.service-now.com/nav_to.do?uri=incident.do?sys_id=%s\n\n'
            'Ref:MSG%s\n' % (rhex(32, False), R.randint(10000000, 99999999)))
    return finish_plain(m, text, 'us-ascii', '7bit')

@reg
def b_en_dup_reminders():
    m = Mail('bug', 'forward_support', '', 'en', 'candidate got two reminders with different times', 'forwarded')
    w = When(2026, 3, 26, 9, 41, 'uk')
    frm = addr('Callum Reid', A('callum.reid'))
    outlook_std(m, w, frm, 'FW: Two different interview times??')
    body = ('Hi \u2013 see below from a candidate. Second one this week. Both reminders came from GoodTime; the 10:30 one is the correct time. '
            'Her interview is tomorrow and I\u2019ve phoned her, but can you get it looked at before it confuses anyone else?\n\n'
            'Thanks\nCallum')
    sig = sig_uk('Callum Reid', 'Recruitment Coordinator \u2013 Customer Contact Centre', site='Doxford International Business Park, Sunderland SR3 3XN', phone='+44 191 496 0732')
    q = Q('Chloe Dunn', 'chloedunn.96@gmail.com', When(2026, 3, 26, 8, 2, 'uk'), 'Callum Reid <callum.reid@ashcombeenergy.com>', 'Two different interview times??',
          'Hi Callum,\n\nI got two reminder emails this morning for my interview tomorrow, one says 10:30 and the other one says 11:15. Which one is right?? '
          'I need to sort out childcare so just want to be sure.\n\nThanks,\nChloe Dunn\n\nSent from Yahoo Mail for iPhone')
    m.tag('forwarded')
    return finish_outlook(m, body, sig, None, quote=q, mode='alt', rule=True)

@reg
def b_en_ats_sync():
    m = Mail('bug', 'forward_support', '', 'en', 'scheduled interviews not reaching ATS; plus a thank-you', 'raw-cp1252-subject;two-topics')
    w = When(2026, 1, 29, 11, 5, 'uk')
    frm = addr('Ryan Kowalczyk', A('ryan.kowalczyk'))
    outlook_std(m, w, frm, 'GoodTime \u2013 interviews not appearing in SuccessFactors'.encode('cp1252'))
    body = ('Hi team,\n\n'
            'First of all thanks for sorting my access last week, all good now.\n\n'
            'Something else has come up though. For the last two days the interviews I schedule in GoodTime aren\u2019t showing on the candidate record in SuccessFactors. '
            'Hiring managers look in SuccessFactors to see what\u2019s booked, so they\u2019re chasing me asking whether the interviews are happening. '
            'It\u2019s at least 8 candidates across the Energy Analyst and Graduate Trader jobs. Anything I scheduled before Tuesday is fine.\n\n'
            'Example: candidate ID 448120, job REQ-2026-0117, interview booked Tuesday for 4 Feb.\n\n'
            'Cheers\nRyan')
    sig = sig_uk('Ryan Kowalczyk', 'Talent Acquisition Partner \u2013 Trading & Analytics', phone='+44 20 7946 0470')
    return finish_outlook(m, body, sig, DISC_UK, mode='html')

# ================================================================= ENGLISH - scheduling blockers
@reg
def s_en_lobby():
    m = Mail('scheduling_blocker', 'forward_support', '', 'en', 'candidate in reception, interviewers dropped off', 'mobile-sig;typos')
    w = When(2026, 2, 19, 13, 58, 'uk')
    frm = addr('Nadia Rahman', A('nadia.rahman'))
    mobile_headers(m, w, frm, 'Candidate in reception NOW - no interviewers')
    text = ('Candidate for the 2pm Gas Trader onsite is sitting in Bankside reception. GoodTime shows the interview but both interviewers have dissapeared off it '
            'and neither of them has it in there calendar anymore. Tried Tom\u2019s mobile no answer. How do i get the panel back on?? '
            'Please call me 07700 900 288\n\nSent from my iPhone\n')
    return finish_plain(m, text, 'utf-8', 'quoted-printable')

@reg
def s_en_panel_teams():
    m = Mail('scheduling_blocker', 'forward_support', '', 'en', 'panel in 10 minutes, no Teams link')
    w = When(2026, 3, 10, 10, 51, 'uk')
    frm = addr('Amira Haddad', A('amira.haddad'))
    outlook_std(m, w, frm, 'Panel at 11:00 has no Teams link - starting in 10 mins', importance=True)
    body = ('Hi,\n\n'
            'The 11:00 panel for the Senior Protection Engineer role (candidate Daniel Osei) has no Teams link \u2013 not on the interviewer invites and not on the candidate\u2019s email. '
            'Three panel members are remote (Warrington, Carlisle and one at home). The candidate has just emailed asking how to join.\n\n'
            'Can I just send my own Teams link or will that mess things up in GoodTime? Need an answer in the next few minutes please!\n\n'
            'Amira')
    sig = sig_uk('Amira Haddad', 'Recruitment Coordinator \u2013 Networks', site='Forbury Place, Reading RG1 3JH', phone='+44 118 496 0275')
    return finish_outlook(m, body, sig, DISC_UK, mode='alt')

@reg
def s_en_decline_swap():
    m = Mail('scheduling_blocker', 'forward_support', '', 'en', 'interviewer declined, swap errors, candidate joins in 20 min')
    w = When(2026, 1, 22, 14, 9, 'uk')
    frm = addr('Hollie Barker', A('hollie.barker'))
    outlook_std(m, w, frm, 'Help - can\'t swap interviewer, interview at 14:30', importance=True)
    body = ('Hi,\n\n'
            'The interviewer for the 14:30 Data Analyst case interview has just declined (gone home sick). I\u2019m trying to swap in Karolina from the pool \u2013 '
            'she\u2019s free and happy to do it \u2013 but GoodTime gives me \u201cUnable to update interview\u201d every single time I save.\n\n'
            'Candidate is joining in 20 minutes. What can I do?\n\n'
            'Hollie')
    return finish_outlook(m, body, 'Hollie Barker | Recruitment Coordinator \u2013 Head Office | Ashcombe Energy | +44 20 7946 0362', None, mode='html')

@reg
def s_en_caps():
    m = Mail('scheduling_blocker', 'forward_support', '', 'en', 'angry capitals, candidate cannot join right now', 'caps;mobile-sig;no-message-id')
    w = When(2026, 3, 31, 10, 9, 'uk')
    frm = addr('Darren Pike', A('darren.pike'))
    received(m, recv_internal(w, 3))
    m.add('From', frm); m.add('To', HELP_TO)
    m.add('Subject', 'CANDIDATE CANT GET IN - LINK SAYS MEETING HAS ENDED')
    m.add('Date', w.rfc())
    m.add('X-Mailer', 'Outlook for Android')
    m.add('MIME-Version', '1.0')
    body = ('I HAVE A CANDIDATE WAITING RIGHT NOW. 10:00 customer adviser interview, she clicks the link in her GoodTime email and Teams says the meeting has ended. '
            'The two interviewers are sat in a DIFFERENT Teams meeting that GoodTime sent THEM. Which link is right and how do I get her in??? '
            'She has been waiting 10 mins already and I look like an idiot.\n\n'
            'Darren\n\n'
            'Get Outlook for Android')
    h = '<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div dir="auto">' + \
        '</div><div dir="auto">'.join(esc(x) if x else '<br>' for x in body.split('\n')) + '</div></body></html>\n'
    root = multipart('alternative', [leaf('plain', body + '\n', 'utf-8', '7bit'), leaf('html', h, 'utf-8', '7bit')], bnd_generic())
    m.tag('outlook-android', 'multipart-alt', '7bit')
    return m.render(root)

@reg
def s_en_form_urgent():
    m = Mail('scheduling_blocker', 'forward_support|needs_review', '', 'en', 'urgent request form for an interview today', 'html-form')
    w = When(2026, 2, 4, 12, 40, 'uk')
    form_headers(m, w, addr('GoodTime Urgent Request Form', A('forms-noreply')), 'Urgent GoodTime request - Interview TODAY 14:00 - Amelia Grant',
                 reply_to=addr('Amelia Grant', A('amelia.grant')), extra=[('X-Form-Id', 'GT-URGENT-01')])
    rows = [('Name', 'Amelia Grant'), ('Email', 'amelia.grant@ashcombeenergy.com'), ('Phone', '+44 7700 900 362'), ('Role', 'Talent Acquisition Partner \u2013 Engineering'),
            ('Interview date/time', 'TODAY 04/02/2026 14:00'), ('Candidate / job', 'Head of Networks Asset Management \u2013 final interview (REQ-2025-0981)'),
            ('What is happening?', 'I moved the final interview from Reading to Didcot this morning because the CEO is at Didcot. The candidate got the updated confirmation with Didcot, '
                                   'but GoodTime will not send the update to the three interviewers \u2013 their invites still say Forbury Place, Reading. I get "Update failed, try again" '
                                   'each time. Two of the panel are about to set off to Reading. Please help asap.')]
    h = ('<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px">\n<h2 style="color:#00594F">New urgent request</h2>\n'
         '<table border="0" cellpadding="6" cellspacing="0" style="border-collapse:collapse">\n' +
         ''.join('<tr><td style="background:#f2f2f2;font-weight:bold;vertical-align:top">%s</td><td>%s</td></tr>\n' % (esc(k), esc(v)) for k, v in rows) +
         '</table>\n<p style="color:#888;font-size:11px">Sent automatically by Ashcombe Forms. Replies to this message go to the requester.</p>\n</body></html>\n')
    plain = 'New urgent request\n\n' + ''.join('%s: %s\n' % (k, v) for k, v in rows) + '\nSent automatically by Ashcombe Forms.\n'
    root = multipart('alternative', [leaf('plain', plain, 'utf-8', 'quoted-printable'), leaf('html', h, 'utf-8', 'quoted-printable')], bnd_generic())
    m.tag('multipart-alt', 'qp')
    return m.render(root)

@reg
def s_en_plant_gate():
    m = Mail('scheduling_blocker', 'forward_support', '', 'en', 'onsite about to start shows cancelled', 'mobile-sig')
    w = When(2026, 2, 18, 8, 41, 'uk')
    frm = addr('Liam Shepherd', A('liam.shepherd'))
    mobile_headers(m, w, frm, 'Thornmere onsite shows CANCELLED??', xmailer='Microsoft Outlook for iOS (4.2506.0)')
    body = ('I\u2019m at Thornmere with the candidate for the Shift Charge Engineer onsite, starts at 9. GoodTime is showing the whole onsite as cancelled since last night \u2013 '
            'I didn\u2019t cancel it and the interviewers got cancellation emails at 11pm. Two of them have now gone out on plant rounds.\n\n'
            'Can anyone see who or what cancelled it and get the invites back asap? I\u2019m stood in the gatehouse with him.\n\n'
            'Liam')
    return finish_gmail_like_outlook_mobile(m, body)

def finish_gmail_like_outlook_mobile(m, body):
    plain = body + '\n\nGet Outlook for iOS<https://aka.ms/o0ukef>\n'
    h = ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>\n<div dir="ltr">' +
         ''.join('<div dir="ltr">%s</div>' % (esc(x) if x else '<br>') for x in body.split('\n')) +
         '</div><div dir="ltr"><br></div><div id="ms-outlook-mobile-signature"><div dir="ltr">Get <a href="https://aka.ms/o0ukef">Outlook for iOS</a></div></div>\n</body></html>\n')
    root = multipart('alternative', [leaf('plain', plain, 'utf-8', 'quoted-printable'), leaf('html', h, 'utf-8', 'quoted-printable')], bnd_outlook())
    m.tag('outlook-ios', 'mobile-sig', 'multipart-alt', 'qp')
    return m.render(root)

@reg
def s_en_tz_now():
    m = Mail('scheduling_blocker', 'forward_support', '', 'en', 'candidate on the call now, interviewer invite an hour later')
    w = When(2026, 3, 23, 15, 6, 'us-e')
    frm = addr('Marcus Bell', A('marcus.bell'))
    outlook_std(m, w, frm, 'Candidate on Teams NOW - interviewer has it at 4pm', lang='en-US', importance=True)
    body = ('Hi,\n\n'
            'Candidate (based in Lisbon) joined the Teams call for the Data Analyst interview at 3pm ET, which is what her confirmation says. '
            'Jordan\u2019s calendar has the interview at 4pm ET and he\u2019s in another meeting. GoodTime shows 3pm on the interview page.\n\n'
            'Which one do I believe, and can someone fix Jordan\u2019s invite right now? She\u2019s sitting in the meeting waiting.\n\n'
            'Marcus')
    sig = 'Marcus Bell\nRecruiting Coordinator | Talent Acquisition \u2013 Americas\nAshcombe Energy Services LLC\nO: +1 412 555 0163'
    return finish_outlook(m, body, sig, DISC_US, mode='alt', hlang='EN-US')

@reg
def s_en_selfsched_now():
    m = Mail('scheduling_blocker', 'forward_support', '', 'en', 'live blocker on top of an unrelated thread')
    w = When(2026, 3, 6, 12, 34, 'uk')
    frm = addr('Sophie Harrington', A('sophie.harrington'))
    outlook_std(m, w, frm, 'RE: Grad assessment centre - catering numbers', importance=True, irt=msgid_outlook(), cc=addr('Gemma Fielding', A('gemma.fielding')))
    body = ('Sorry to hijack this thread \u2013 urgent.\n\n'
            'I\u2019ve got a graduate candidate on the phone right now who needs to book today\u2019s 15:00 final with the panel (she flies to Singapore tonight), '
            'and the self-scheduling link I sent her says \u201cNo times available\u201d. I can see 15:00 free for all three panellists in GoodTime.\n\n'
            'Can anyone help in the next half hour?\n\nSophie')
    sig = sig_uk('Sophie Harrington', 'Talent Acquisition Partner \u2013 Graduates & Early Careers', mobile='+44 7700 900 412')
    q = Q('Gemma Fielding', A('gemma.fielding'), When(2026, 3, 5, 16, 20, 'uk'), 'Sophie Harrington <sophie.harrington@ashcombeenergy.com>',
          'RE: Grad assessment centre - catering numbers',
          'Hi Sophie,\n\nCatering confirmed for 32 on both days (incl. 4 vegetarian, 2 vegan, 1 gluten free). Lunch at 12:30 in the Atrium, '
          'tea and coffee on arrival from 08:30.\n\nLet me know if numbers change by Tuesday.\n\nGemma\nFacilities \u2013 Bankside')
    return finish_outlook(m, body, sig, DISC_UK, quote=q, mode='alt')

# ================================================================= ENGLISH - feature requests
@reg
def f_en_urgent_bulk():
    m = Mail('feature_request', 'product_board_reply', '', 'en', 'URGENT subject over a feature wish', 'misleading-subject')
    w = When(2026, 2, 24, 7, 52, 'uk')
    frm = addr('Kieran Walsh', A('kieran.walsh'))
    outlook_std(m, w, frm, 'URGENT!! GoodTime - storm days', importance=True)
    body = ('Hi,\n\n'
            'Flagging this as urgent because it bit us badly again last week.\n\n'
            'When a storm warning comes in, our field engineers and linesmen get pulled onto callout and every interview they\u2019re on for the next 2\u20133 days has to move. '
            'At the moment that means a coordinator opening each interview one at a time and rescheduling it. During Storm Ewan that was 37 interviews across four depots, '
            'and it took two people most of a day.\n\n'
            'What we\u2019d really love is a way in GoodTime to pick a group of interviewers (or a whole depot) and a date range, and push everything to new slots in one go, '
            'with one message going to all the affected candidates.\n\n'
            'Could this be put to GoodTime as an idea? Happy to explain more if it helps.\n\n'
            'Kieran')
    sig = sig_uk('Kieran Walsh', 'Resourcing Manager \u2013 Networks & Field Operations', site='Birchwood Park, Warrington WA3 6GA', mobile='+44 7700 900 720')
    return finish_outlook(m, body, sig, DISC_UK, mode='html')

@reg
def f_en_whatsapp():
    m = Mail('feature_request', 'product_board_reply', '', 'en', 'WhatsApp reminders wish')
    w = When(2026, 1, 30, 15, 16, 'uk')
    frm = addr('Sandeep Gill', A('sandeep.gill'))
    outlook_std(m, w, frm, 'Idea - WhatsApp reminders for field candidates')
    body = ('Hi team,\n\n'
            'An idea for GoodTime rather than a problem. A lot of our field engineer and linesman applicants are working on other people\u2019s sites during the day and barely look at email, '
            'but they live on WhatsApp. We had 6 no-shows for the Carlisle depot last month and at least 4 said they never saw the reminder.\n\n'
            'It would be brilliant if GoodTime could send the interview reminder (and the reschedule link) by WhatsApp as well as email, with the candidate opting in when they book.\n\n'
            'No rush on this \u2013 just think it would make a real difference for field hiring.\n\n'
            'Thanks\nSandeep')
    sig = sig_uk('Sandeep Gill', 'Recruitment Coordinator \u2013 Field Operations', site='Birchwood Park, Warrington WA3 6GA', phone='+44 1925 496 031')
    return finish_outlook(m, body, sig, DISC_UK, mode='alt')

@reg
def f_en_rota():
    m = Mail('feature_request', 'product_board_reply', '', 'en', 'shift rota integration wish, long signature')
    w = When(2026, 3, 19, 2, 47, 'uk')
    frm = addr('Graham Oakes', A('graham.oakes'))
    outlook_std(m, w, frm, 'Suggestion for GoodTime - shift patterns for control room interviewers')
    body = ('Hello,\n\n'
            'Writing this on a night shift, so apologies if it rambles.\n\n'
            'My control-room engineers work a 4-on/4-off pattern, days and nights. GoodTime only knows what\u2019s in their Outlook calendar, and our shifts live in the rostering system, '
            'not Outlook. So GoodTime keeps offering candidates 10am slots with engineers who came off a night shift at 7am, and we end up moving them.\n\n'
            'It would help hugely if GoodTime could read shift patterns from a rostering system (ours is on a standard iCal feed), or at least let us set a repeating '
            'on/off pattern per interviewer instead of fixed working hours.\n\n'
            'Could you pass this on to GoodTime as a suggestion?\n\n'
            'Regards,\nGraham')
    sig = ('Graham Oakes\nControl Room Manager \u2013 Grid Operations\nAshcombe Energy Networks Ltd\nNational Control Centre, Tournament Fields, Warwick CV34 6DB\n'
           'Control room (24/7): +44 1926 496 900 | Office: +44 1926 496 912 | M: +44 7700 900 951\n'
           'graham.oakes@ashcombeenergy.com\n\n'
           'Ashcombe Energy Networks Ltd is a licensed electricity distribution network operator. In a power cut call 105 (free).\n'
           'Please consider the environment before printing this e-mail.')
    return finish_outlook(m, body, sig, DISC_UK, mode='alt')

@reg
def f_en_site_choice():
    m = Mail('feature_request', 'product_board_reply', '', 'en', 'candidate picks site in self-scheduling; old unrelated thread quoted with >')
    w = When(2026, 2, 5, 17, 58, 'uk')
    frm = addr('Amelia Grant', A('amelia.grant'))
    mobile_headers(m, w, frm, 'Re: Onsite travel expenses policy', xmailer='Apple Mail (2.3826.300.87.4.3)', mime='1.0 (Mac OS X Mail 16.0 \\(3826.300.87.4.3\\))')
    m.add('In-Reply-To', msgid_outlook()); m.add('References', msgid_outlook())
    body = ('Hi both,\n\n'
            'Replying on this old one as it has the help line on it \u2013 nothing to do with expenses.\n\n'
            'Wishlist item for GoodTime: when I send a self-scheduling link for the engineering roles, I\u2019d love the candidate to be able to choose which site they interview at '
            '(Didcot, Thornmere or Reading) and then only see the slots for that site\u2019s interviewers and rooms. Right now I have to send three different links and hope they click the right one.\n\n'
            'Is that something we can suggest to them?\n\n'
            'Amelia')
    qh = 'On 14 Jan 2026, at 09:12, GoodTime Help Line <helpline@ashcombeenergy.com> wrote:'
    qb = ('Hi Amelia,\n\nTravel expenses for onsite candidates aren\u2019t handled in GoodTime \u2013 the candidate claims them through the People Hub form, '
          'and the recruiter approves. The policy is on the intranet under Recruitment > Candidate expenses.\n\nThanks,\nJoanne\nGoodTime Help Line')
    return finish_apple(m, body, sig='Amelia Grant\nTalent Acquisition Partner \u2013 Engineering\nAshcombe Energy', quote=(qh, qb))

@reg
def f_en_teams_ping():
    m = Mail('feature_request', 'product_board_reply', '', 'en', 'terse lowercase wish', 'terse;typos')
    w = When(2026, 3, 25, 16, 44, 'uk')
    frm = addr('Jess Whitlock', A('jess.whitlock'))
    outlook_std(m, w, frm, 'idea')
    body = ('would be v handy if goodtime pinged me on teams when an interviewer declines instead of just an email. i miss half of them til its too late\n\njess')
    return finish_outlook(m, body, None, None, mode='alt', cs='us-ascii', cte='7bit')

@reg
def f_en_hse_fwd():
    m = Mail('feature_request', 'product_board_reply', '', 'en', 'Apple forward from HSE officer with one line on top', 'forwarded;mobile-sig')
    w = When(2026, 3, 5, 7, 20, 'uk')
    frm = addr('Liam Shepherd', A('liam.shepherd'))
    mobile_headers(m, w, frm, 'Fwd: Site safety info for interview candidates')
    text = ('See below from Craig in HSE \u2013 is this something GoodTime could do? Seems sensible to me.\n\n'
            'Sent from my iPhone\n\n'
            'Begin forwarded message:\n\n'
            '> From: Craig Dempsey <craig.dempsey@ashcombeenergy.com>\n'
            '> Date: 4 March 2026 at 16:12:09 GMT\n'
            '> To: Liam Shepherd <liam.shepherd@ashcombeenergy.com>\n'
            '> Subject: Site safety info for interview candidates\n'
            '> \n'
            '> \ufeffLiam,\n'
            '> \n'
            '> Following the near miss on Tuesday (candidate walked past the gatehouse into the turbine hall access road) \u2013 every candidate coming onto an operational site for an interview '
            'needs to bring safety boots and photo ID, and needs to know they\u2019ll get a 10-minute induction at the gatehouse before anything else.\n'
            '> \n'
            '> At the moment that relies on you remembering to type it into each invite. Can the interview system add a standard site-safety section automatically for anything at a power station or wind farm, '
            'and ideally make the candidate tick to confirm they\u2019ve read it before the interview is confirmed?\n'
            '> \n'
            '> Cheers\n'
            '> Craig\n'
            '> \n'
            '> Craig Dempsey | HSE Officer | Thornmere Power Station\n'
            '> Ashcombe Energy Generation Ltd\n'
            '> STOP. THINK. ACT SAFELY.\n')
    return finish_plain(m, text, 'utf-8', 'quoted-printable')

@reg
def f_en_export():
    m = Mail('feature_request', 'product_board_reply', '', 'en', 'scheduled Excel export of load report')
    w = When(2026, 3, 2, 9, 31, 'uk')
    frm = addr('Rachel Ingram', A('rachel.ingram'))
    outlook_std(m, w, frm, 'GoodTime reports - automatic weekly export?')
    body = ('Morning,\n\n'
            'Every Monday I log into GoodTime, run the interviewer load and time-to-schedule reports, export them, and paste them into the TA weekly pack. It\u2019s about 40 minutes each week.\n\n'
            'Would it be possible for GoodTime to email those reports automatically as Excel every Monday at 7am to a distribution list? '
            'I\u2019ve looked and can\u2019t find anything like that, so I\u2019m guessing it would be a new feature \u2013 could you put it forward to them?\n\n'
            'Thanks,\nRachel')
    sig = sig_uk('Rachel Ingram', 'Talent Acquisition Reporting Analyst', phone='+44 20 7946 0288')
    return finish_outlook(m, body, sig, DISC_UK, mode='alt', cs='utf-8', cte='base64')

@reg
def f_en_seasonal_limits():
    m = Mail('feature_request', 'product_board_reply', '', 'en', 'seasonal load limits wish - resembles load-balancing topic')
    w = When(2026, 1, 12, 10, 18, 'uk')
    frm = addr('Sophie Harrington', A('sophie.harrington'))
    outlook_std(m, w, frm, 'Load limits for graduate season - suggestion')
    body = ('Hi,\n\n'
            'We know how to set load limits per interviewer (thank you for the help last year!). The problem is that for graduate season (September to November) '
            'we agree with the business that interviewers can take 4 a week instead of 2, and then it goes back to 2.\n\n'
            'At the moment someone has to change about 70 people\u2019s limits by hand at the start and end of the season, and someone always gets missed.\n\n'
            'Suggestion for GoodTime: let us set a limit with a date range (a \u201cseasonal\u201d limit) for a pool or a group of interviewers, that switches on and off by itself.\n\n'
            'Kind regards,\nSophie')
    sig = sig_uk('Sophie Harrington', 'Talent Acquisition Partner \u2013 Graduates & Early Careers', phone='+44 20 7946 0321', mobile='+44 7700 900 412')
    return finish_outlook(m, body, sig, DISC_UK, mode='html')

@reg
def f_en_hold():
    m = Mail('feature_request', 'product_board_reply', '', 'en', 'pencil-hold wish on top of an unrelated old reply')
    w = When(2026, 2, 17, 11, 2, 'uk')
    frm = addr('Hollie Barker', A('hollie.barker'))
    outlook_std(m, w, frm, 'RE: Adding Kofi to the HSE interviewer pool', irt=msgid_outlook())
    body = ('Hi Joanne,\n\n'
            'Thanks again for sorting Kofi. While I have you \u2013 a wish for GoodTime if there\u2019s a way to send ideas in:\n\n'
            'It would be great to be able to put a \u201chold\u201d on a slot for a panel without sending the invites yet \u2013 e.g. while I wait for the hiring manager to confirm the shortlist. '
            'At the moment I either send invites too early and then cancel them, or I lose the slot.\n\n'
            'Hollie')
    sig = 'Hollie Barker | Recruitment Coordinator \u2013 Head Office | Ashcombe Energy | +44 20 7946 0362'
    q = Q('GoodTime Help Line', HELP, When(2026, 2, 16, 15, 30, 'uk'), 'Hollie Barker <hollie.barker@ashcombeenergy.com>', 'RE: Adding Kofi to the HSE interviewer pool',
          'Hi Hollie,\n\nKofi is now in the HSE Advisor pool as a qualified interviewer and his calendar is connected, so he should start being suggested from today.\n\nJoanne\nGoodTime Help Line | Recruitment Systems')
    return finish_outlook(m, body, sig, None, quote=q, mode='alt')

# ================================================================= ENGLISH - escalations
@reg
def e_en_seats():
    m = Mail('escalation', 'flag_csm', '', 'en', 'extra licences for graduate season, headcount plan attached', 'attach-pdf')
    w = When(2026, 3, 13, 12, 15, 'uk')
    frm = addr('Sophie Harrington', A('sophie.harrington'))
    outlook_std(m, w, frm, 'Additional GoodTime seats for graduate season 2026', attach=True, cc=addr('Helen Marsden', A('helen.marsden')))
    body = ('Hi,\n\n'
            'For the 2026 graduate and intern campaign we\u2019ll need roughly 15 extra GoodTime seats from 1 June to 30 November: 11 business interviewers who aren\u2019t users today, '
            'plus 4 fixed-term coordinators joining for the season.\n\n'
            'Could you find out who we talk to at GoodTime about adding seats for part of the year, what it would cost, and whether it can be co-termed with our main renewal? '
            'Helen will need the number for the budget sign-off on 27 March. Headcount plan attached.\n\n'
            'Thanks,\nSophie')
    sig = sig_uk('Sophie Harrington', 'Talent Acquisition Partner \u2013 Graduates & Early Careers', phone='+44 20 7946 0321', mobile='+44 7700 900 412')
    pdf = pdf_bytes('Graduate & Intern Campaign 2026 - GoodTime seats', ['Business interviewers (new users): 11', 'Fixed-term coordinators: 4',
                                                                          'Period: 01/06/2026 - 30/11/2026', 'Sites: Bankside, Reading, Warrington, Sunderland',
                                                                          'Budget owner: H. Marsden, Director of Talent Acquisition'])
    return finish_outlook(m, body, sig, DISC_UK, mode='alt', atts=[binpart('application/pdf', pdf, 'Grad 2026 headcount plan - GoodTime seats.pdf')])

@reg
def e_en_renewal():
    m = Mail('escalation', 'flag_csm', '', 'en', 'renewal / pricing from procurement, forwarded', 'forwarded')
    w = When(2026, 3, 20, 16, 12, 'uk')
    frm = addr('Hannah Okafor', A('hannah.okafor'))
    outlook_std(m, w, frm, 'FW: GoodTime contract renewal - 30 June 2026')
    body = ('Hi both,\n\n'
            'Forwarding from Procurement. Can you loop in GoodTime\u2019s account team on this? I don\u2019t want Peter going in cold, and I\u2019d like us to agree the usage story before they talk price.\n\n'
            'Hannah')
    q = Q('Peter Vance', A('peter.vance'), When(2026, 3, 20, 14, 47, 'uk'), 'Hannah Okafor <hannah.okafor@ashcombeenergy.com>',
          'GoodTime contract renewal - 30 June 2026',
          'Hi Hannah,\n\nOur GoodTime subscription renews on 30 June. For the sourcing committee on 15 April I need:\n\n'
          '- the renewal quote and any proposed price uplift\n- current seat count vs. active users\n- any multi-year options\n\n'
          'Who is our commercial contact at GoodTime? I\u2019d rather not go through the general sales inbox.\n\n'
          'Thanks\nPeter\n\nPeter Vance | Category Manager \u2013 HR & Professional Services | Group Procurement | Ashcombe Energy',
          cc='Procurement HR Category <procurement-hr@ashcombeenergy.com>')
    sig = sig_uk('Hannah Okafor', 'Recruitment Operations Lead', phone='+44 20 7946 0301', email_='hannah.okafor@ashcombeenergy.com')
    m.tag('forwarded')
    return finish_outlook(m, body, sig, DISC_UK, quote=q, mode='alt')

@reg
def e_en_team_training():
    m = Mail('escalation', 'flag_csm', '', 'en', 'training request for a whole new team - words resemble interviewer-training')
    w = When(2026, 3, 9, 9, 5, 'uk')
    frm = addr('Claire Benson', A('claire.benson'))
    outlook_std(m, w, frm, 'GoodTime training for new contact centre recruitment team')
    body = ('Good morning,\n\n'
            'We\u2019re standing up a new in-house recruitment team for the contact centre from 13 April \u2013 9 coordinators plus 11 team leaders who will interview. '
            'None of them have used GoodTime before.\n\n'
            'Could we arrange proper training with GoodTime for the whole group, ideally on site in Sunderland over a couple of sessions (coordinators and interviewers separately)? '
            'I\u2019d also really like someone from GoodTime to walk us through how other contact centres run high-volume adviser hiring in it, because our current process '
            'was designed for small numbers and won\u2019t scale to 300 hires a year.\n\n'
            'Please let me know what\u2019s possible and any costs.\n\n'
            'Many thanks,\nClaire')
    sig = sig_uk('Claire Benson', 'Head of Resourcing \u2013 Customer Contact Centre', site='Doxford International Business Park, Sunderland SR3 3XN',
                 phone='+44 191 496 0700', mobile='+44 7700 900 320', email_='claire.benson@ashcombeenergy.com')
    return finish_outlook(m, body, sig, DISC_UK, mode='html')

@reg
def e_en_complaint():
    m = Mail('escalation', 'flag_csm', '', 'en', 'overall complaint about three months of problems', 'rambling;folded-subject')
    w = When(2026, 3, 27, 18, 22, 'uk')
    frm = addr('Helen Marsden', A('helen.marsden'))
    subj = 'GoodTime - where we are after three months of issues, and what needs to happen before the renewal'
    outlook_std(m, w, frm, fold(subj), cc=addr('Hannah Okafor', A('hannah.okafor')), hops=4)
    body = ('Hi all,\n\n'
            'I want to put on record where my team are with GoodTime, because I don\u2019t think the picture is getting through to GoodTime themselves.\n\n'
            'Since January we\u2019ve had the calendar sync outage in Sunderland, the Teams link failures on trading interviews (three weeks and counting), '
            'the wrong times in the US confirmations coming back after being \u201cfixed\u201d, and a steady trickle of smaller things. Each one has been reported and each one has a ticket. '
            'Individually they get answered. Collectively nothing seems to change.\n\n'
            'The practical effect is that two of my coordinators have quietly gone back to scheduling some interviews by hand in Outlook and tracking them in a spreadsheet, '
            'because they don\u2019t trust the tool on a busy day. That defeats the point of having it, and it\u2019s not the candidate experience we promised the business.\n\n'
            'None of today\u2019s interviews are affected, so this isn\u2019t a fire \u2013 but I\u2019d like a proper review with GoodTime in April: their account lead and someone who can speak for '
            'support and engineering, a list of every open issue with dates, and a plan. We renew in June and I\u2019m not prepared to recommend renewal on the current trajectory.\n\n'
            'Please set that up and keep me copied.\n\n'
            'Helen')
    sig = sig_uk('Helen Marsden', 'Director of Talent Acquisition', phone='+44 20 7946 0300', email_='helen.marsden@ashcombeenergy.com')
    return finish_outlook(m, body, sig, DISC_UK, mode='alt')

@reg
def e_en_academy_process():
    m = Mail('escalation', 'flag_csm', '', 'en', 'process change for the apprenticeship academy; Outlook RTF winmail.dat', 'winmail-dat')
    w = When(2026, 2, 11, 14, 36, 'uk')
    frm = addr('Owen Fairclough', A('owen.fairclough'))
    subj = 'Moving Academy assessment centres into GoodTime'
    outlook_std(m, w, frm, subj, attach=True, tnef=True)
    body = ('Hi,\n\n'
            'From September the Apprenticeship Academy would like to move all of our assessment-centre scheduling into GoodTime instead of the spreadsheets we use now. '
            'That\u2019s roughly 600 applicants a year across group exercises, practical tests in the workshop, and 1:1 interviews, with the same assessors rotating between stations.\n\n'
            'It doesn\u2019t really fit the normal one-candidate-one-interview way we use GoodTime for the rest of the business, so before we start building anything '
            'we\u2019d like GoodTime to advise on how other customers set this kind of thing up, and whether we need to change our process to fit.\n\n'
            'Could you arrange a session with them? Any week in March except w/c 16th.\n\n'
            'Thanks,\nOwen')
    sig = sig_uk('Owen Fairclough', 'Apprenticeship Academy Coordinator', team='Ashcombe Apprenticeship Academy', site='Birchwood Park, Warrington WA3 6GA', phone='+44 1925 496 210')
    plain = outlook_plain(body, sig, DISC_UK)
    root = multipart('mixed', [leaf('plain', plain, 'windows-1252', 'quoted-printable'),
                               Part([('Content-Type', 'application/ms-tnef; name="winmail.dat"'), ('Content-Transfer-Encoding', 'base64'),
                                     ('Content-Disposition', 'attachment; filename="winmail.dat"')], b64(tnef_bytes(41, subj)))], bnd_outlook())
    m.tag('multipart-mixed', 'qp', 'windows-1252', 'corp-sig', 'disclaimer')
    return m.render(root)

@reg
def e_en_ticket_live():
    m = Mail('escalation', 'flag_csm+forward_support', '', 'en', 'unresolved ticket for weeks plus a live fault this afternoon')
    w = When(2026, 3, 16, 11, 47, 'uk')
    frm = addr('Ryan Kowalczyk', A('ryan.kowalczyk'))
    outlook_std(m, w, frm, 'Teams links failing - ticket 52904 still open after 3 weeks', importance=True, cc=addr('Helen Marsden', A('helen.marsden')))
    body = ('Hi,\n\n'
            'GoodTime ticket 52904 has been open since 24 February. Teams links are failing intermittently on Trading & Analytics interviews \u2013 either no link at all, '
            'or a link that says the meeting doesn\u2019t exist. Every update from Support has been \u201cengineering are investigating\u201d.\n\n'
            'For three weeks my team has been checking every invite by hand and sending manual links, and hiring managers are losing patience. '
            'I need someone more senior at GoodTime to own this and give us a date.\n\n'
            'And right now: two interviews this afternoon (14:00 Energy Analyst, 15:30 Graduate Trader) have no Teams link again. I need help getting those two working today.\n\n'
            'Ryan')
    sig = sig_uk('Ryan Kowalczyk', 'Talent Acquisition Partner \u2013 Trading & Analytics', phone='+44 20 7946 0470')
    return finish_outlook(m, body, sig, DISC_UK, mode='alt')

@reg
def e_en_admin_leaving():
    m = Mail('escalation', 'flag_csm', '', 'en', 'primary admin and billing contact leaving - account matter')
    w = When(2026, 3, 30, 15, 3, 'uk')
    frm = addr('Hannah Okafor', A('hannah.okafor'))
    outlook_std(m, w, frm, 'GoodTime account owner / billing contact - handover', cc=addr('Joanne Pryce', A('joanne.pryce')))
    body = ('Hi,\n\n'
            'As some of you know I\u2019m leaving Ashcombe on 30 April.\n\n'
            'I\u2019m currently the primary admin and the billing contact on our GoodTime account, and I\u2019m named on the order form as the customer contact. '
            'All of that needs to move to Joanne (copied) before I go, including renewal paperwork and invoices, and GoodTime need to know who to talk to from May.\n\n'
            'Can we get this in front of GoodTime\u2019s account team in the next couple of weeks so there\u2019s an overlap?\n\n'
            'Thanks\nHannah')
    sig = sig_uk('Hannah Okafor', 'Recruitment Operations Lead', phone='+44 20 7946 0301')
    return finish_outlook(m, body, sig, DISC_UK, mode='alt', cs='utf-8')

@reg
def e_en_review_fwd():
    m = Mail('escalation', 'flag_csm', '', 'en', 'adoption/value review requested by HR director, forwarded', 'forwarded')
    w = When(2026, 4, 1, 10, 26, 'uk')
    frm = addr('Laura Pennington', A('laura.pennington'))
    outlook_std(m, w, frm, 'FW: GoodTime - value review before renewal')
    body = ('Hi team,\n\nPlease see below from David. Could you set this up with GoodTime\u2019s account team? He\u2019s free most of w/c 20 April.\n\nThanks\nLaura')
    q = Q('David Achterberg', A('david.achterberg'), When(2026, 3, 31, 19, 40, 'uk'), 'Laura Pennington <laura.pennington@ashcombeenergy.com>',
          'GoodTime - value review before renewal',
          'Laura,\n\nBefore we commit to another year of GoodTime I\u2019d like a proper review with the vendor: adoption by business area, time-to-schedule trends since go-live, '
          'how many interviews are still being scheduled outside the tool, and what they\u2019re proposing for the next 12 months.\n\n'
          'Can you get something in for late April with their account lead? An hour should do.\n\n'
          'Thanks\nDavid\n\nDavid Achterberg\nHR Director \u2013 Group Functions\nAshcombe Energy plc')
    sig = sig_uk('Laura Pennington', 'HR Business Partner \u2013 Group Functions', phone='+44 20 7946 0274')
    m.tag('forwarded')
    return finish_outlook(m, body, sig, DISC_UK, quote=q, mode='html')

@reg
def e_en_us_onboard():
    m = Mail('escalation', 'flag_csm', '', 'en', 'add acquired US business to the account - Gmail forward', 'received-chain;dkim;arc;auth-results')
    w = When(2026, 3, 12, 11, 2, 'us-c')
    frm = addr('Andre Thompson', A('andre.thompson'))
    for l in recv_external(w, 'mail-ej1-f46.google.com', '209.85.218.46', via_google=True):
        m.add('Received', l)
    m.add('Authentication-Results', auth_results('ashcombeenergy.com', '209.85.218.46'))
    for n, v in arc_headers('ashcombeenergy.com', w, '209.85.218.46'):
        m.add(n, v)
    m.add('DKIM-Signature', dkim_sig('ashcombeenergy.com', 'google', w, 'mime-version:from:date:message-id:subject:to:cc'))
    m.add('X-Google-DKIM-Signature', dkim_sig('1e100.net', '20230601', w, 'x-gm-message-state:mime-version:from:date:message-id:subject:to:cc'))
    m.add('X-Gm-Message-State', 'AOJu0Y' + ralnum(60))
    m.add('X-Google-Smtp-Source', 'AGHT+I' + ralnum(70))
    m.add('MIME-Version', '1.0')
    m.add('From', frm)
    m.add('Date', w.rfc())
    m.add('Message-ID', msgid_gmail())
    m.add('Subject', 'Fwd: Prairie Crest recruiting team - GoodTime access')
    m.add('To', HELP_TO)
    m.add('Cc', addr('Dana Whitfield', A('dana.whitfield')))
    body = ('Hi help line,\n\n'
            'Forwarding Maria\'s note below. Now that the Prairie Crest acquisition has closed, their recruiting team is joining us on GoodTime \u2013 4 recruiters/coordinators and around 35 interviewers '
            'at the Denver office and the two wind sites. They run Greenhouse, not SuccessFactors, and won\'t migrate until 2027.\n\n'
            'This needs a conversation with GoodTime about licences, adding a second ATS connection to our account, SSO for their domain, and timing. '
            'Who at GoodTime owns that, and can you set up a call?\n\n'
            'Thanks,\nAndre')
    sig = 'Andre Thompson\nTalent Acquisition Manager \u2013 Americas\nAshcombe Energy Services LLC | Houston, TX\n+1 713 555 0120'
    fh = ('---------- Forwarded message ---------\nFrom: Maria Delgado <maria.delgado@ashcombeenergy.com>\nDate: Wed, Mar 11, 2026 at 4:47 PM\n'
          'Subject: Prairie Crest recruiting team - GoodTime access\nTo: Andre Thompson <andre.thompson@ashcombeenergy.com>')
    fb = ('Hi Andre,\n\nGreat to meet yesterday. As discussed, here\'s our team for GoodTime:\n\n'
          '- Recruiters/coordinators: Maria Delgado, Josh Pruitt, Kelsey Ann Morgan, Tyler Vance\n- Interviewers: ~35 (Denver HQ, Prairie Crest I and II wind sites)\n'
          '- ATS: Greenhouse (we have ~70 open reqs, mostly wind techs and site managers)\n\n'
          'We\'d love to be scheduling in GoodTime by June when our summer hiring starts.\n\nMaria\n\nMaria Delgado | HR Manager | Prairie Crest Renewables, an Ashcombe Energy company')
    return finish_gmail(m, body, sig=sig, fwd=(fh, fb))

# ================================================================= ENGLISH - noise
@reg
def n_en_ooo_autosub():
    m = Mail('noise', 'ignore', '', 'en', 'Exchange out-of-office', 'ooo;auto-submitted')
    w = When(2026, 3, 9, 8, 1, 'uk')
    received(m, recv_internal(w, 3))
    m.add('From', addr('Hollie Barker', A('hollie.barker')))
    m.add('To', HELP_TO)
    m.add('Subject', 'Automatic reply: GoodTime help line - updated escalation guide for coordinators')
    m.add('Thread-Topic', 'GoodTime help line - updated escalation guide for coordinators')
    m.add('Thread-Index', thread_index())
    m.add('Date', w.rfc())
    m.add('Message-ID', msgid_outlook())
    m.add('In-Reply-To', msgid_outlook())
    m.add('Auto-Submitted', 'auto-generated')
    m.add('X-Auto-Response-Suppress', 'All')
    m.add('X-MS-Exchange-Inbox-Rules-Loop', 'hollie.barker@ashcombeenergy.com')
    m.add('Content-Language', 'en-GB')
    m.add('MIME-Version', '1.0')
    body = ('Thank you for your email. I am on annual leave until Monday 16 March with no access to email.\n\n'
            'For anything urgent regarding head office recruitment please contact Ellie Marsh (ellie.marsh@ashcombeenergy.com).\n\nKind regards,\nHollie')
    m.tag('ooo', 'auto-submitted')
    return finish_outlook(m, body, None, None, mode='alt')

@reg
def n_en_ooo_plain():
    m = Mail('noise', 'ignore', '', 'en', 'out-of-office without Auto-Submitted, subject echoes a bug thread', 'ooo;no-message-id')
    w = When(2026, 3, 3, 6, 30, 'us-e')
    received(m, recv_internal(w, 3))
    m.add('From', addr('Kayla Jennings', A('kayla.jennings')))
    m.add('To', HELP_TO)
    m.add('Subject', 'Out of Office: RE: Debrief invites not going out')
    m.add('Date', w.rfc())
    m.add('MIME-Version', '1.0')
    text = ('I am currently out of the office with limited access to email, returning Monday, March 9.\n\n'
            'If your matter is urgent, please contact Customer Operations at custops-pittsburgh@ashcombeenergy.com.\n\nThank you,\nKayla Jennings\n')
    return finish_plain(m, text, 'us-ascii', '7bit')

@reg
def n_en_bounce():
    m = Mail('noise', 'ignore', '', 'en', 'bounce of a help-line reply to a leaver', 'bounce;received-chain')
    w = When(2026, 2, 20, 17, 33, 'pt')
    for l in ['from mail.ashcombeenergy.pt (mail.ashcombeenergy.pt [185.41.%d.%d])\n\tby mx0a-00ae4c01.pphosted.com (PPS) with ESMTPS id 4%s-1\n\t(version=TLSv1.3 cipher=TLS_AES_256_GCM_SHA384 bits=256 verify=NOT)\n\tfor <%s>; %s' % (
                R.randint(1, 250), R.randint(1, 250), ralnum(9).lower(), HELP, w.rfc_utc(3)),
              'by mail.ashcombeenergy.pt (Postfix)\n\tid %s; %s' % (rhex(10), w.rfc())]:
        m.add('Received', l)
    m.add('Return-Path', '<>')
    m.add('Date', w.rfc())
    m.add('From', 'MAILER-DAEMON@mail.ashcombeenergy.pt (Mail Delivery System)')
    m.add('Subject', 'Undelivered Mail Returned to Sender')
    m.add('To', HELP)
    m.add('Auto-Submitted', 'auto-replied')
    m.add('MIME-Version', '1.0')
    m.add('Message-Id', '<%s.%s@mail.ashcombeenergy.pt>' % (w.dt.strftime('%Y%m%d%H%M%S'), rhex(10)))
    orig_id = msgid_outlook()
    p1 = ('This is the mail system at host mail.ashcombeenergy.pt.\n\n'
          'I\'m sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It\'s attached below.\n\n'
          'For further assistance, please send mail to postmaster.\n\n'
          'If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n'
          '                   The mail system\n\n'
          '<miguel.santos@ashcombeenergy.pt>: host 127.0.0.1[127.0.0.1] said: 550 5.1.1\n    <miguel.santos@ashcombeenergy.pt>: Recipient address rejected: User unknown in\n    virtual mailbox table (in reply to RCPT TO command)\n')
    p2 = ('Reporting-MTA: dns; mail.ashcombeenergy.pt\nX-Postfix-Queue-ID: %s\nX-Postfix-Sender: rfc822; helpline@ashcombeenergy.com\nArrival-Date: %s\n\n'
          'Final-Recipient: rfc822; miguel.santos@ashcombeenergy.pt\nOriginal-Recipient: rfc822;miguel.santos@ashcombeenergy.pt\nAction: failed\nStatus: 5.1.1\n'
          'Remote-MTA: dns; 127.0.0.1\nDiagnostic-Code: smtp; 550 5.1.1 <miguel.santos@ashcombeenergy.pt>: Recipient\n    address rejected: User unknown in virtual mailbox table\n' % (rhex(10), w.rfc()))
    p3 = ('Received: from LO2P265MB5613.GBRP265.PROD.OUTLOOK.COM\nFrom: GoodTime Help Line <helpline@ashcombeenergy.com>\nTo: Miguel Santos <miguel.santos@ashcombeenergy.pt>\n'
          'Subject: RE: Lembretes para candidatos\nDate: %s\nMessage-ID: %s\nContent-Type: multipart/alternative;\n\tboundary="%s"\nMIME-Version: 1.0\n' % (
              w.minus(seconds=12).rfc(), orig_id, bnd_outlook()))
    root = multipart('report', root_parts_cache(p1, p2, p3), '%s.%d/mail.ashcombeenergy.pt' % (rhex(10), w.epoch()), params='; report-type=delivery-status',
                     preamble='This is a MIME-encapsulated message.')
    return m.render(root)

def root_parts_cache(p1, p2, p3):
    return [Part([('Content-Description', 'Notification'), ('Content-Type', 'text/plain; charset=us-ascii')], p1),
            Part([('Content-Description', 'Delivery report'), ('Content-Type', 'message/delivery-status')], p2),
            Part([('Content-Description', 'Undelivered Message Headers'), ('Content-Type', 'text/rfc822-headers')], p3)]

@reg
def n_en_newsletter():
    m = Mail('noise', 'ignore', '', 'en', 'vendor newsletter mentioning chat and rescheduling', 'newsletter;list-unsubscribe;received-chain;dkim;arc;auth-results;folded-subject')
    w = When(2026, 3, 10, 15, 0, 'utc', s=4)
    ip = '149.72.%d.%d' % (R.randint(1, 250), R.randint(1, 250))
    for l in recv_external(w, 'o%d.ptr%d.mail.goodtime.io' % (R.randint(1, 9), R.randint(1000, 9999)), ip):
        m.add('Received', l)
    m.add('Authentication-Results', auth_results('mail.goodtime.io', ip))
    for n, v in arc_headers('mail.goodtime.io', w, ip):
        m.add(n, v)
    m.add('DKIM-Signature', dkim_sig('mail.goodtime.io', 's1', w, 'content-type:from:mime-version:subject:list-unsubscribe:list-unsubscribe-post:to:cc:content-type:from:subject:to'))
    m.add('From', 'GoodTime <news@mail.goodtime.io>')
    m.add('To', HELP)
    m.add('Subject', fold('What\u2019s new in GoodTime: smarter rescheduling, a refreshed Chat experience & our April customer webinar'.replace('\u2019', "'")))
    m.add('Date', w.rfc())
    m.add('Message-ID', '<%s@geopod-ismtpd-%d>' % (ralnum(22), R.randint(1, 40)))
    m.add('List-Unsubscribe', '<https://u3818294.ct.sendgrid.net/lu/unsubscribe?oc=%s>, <mailto:unsubscribe-%s@mail.goodtime.io>' % (ralnum(40), rhex(16, False)))
    m.add('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click')
    m.add('X-SG-EID', ralnum(80))
    m.add('X-Entity-ID', ralnum(24))
    m.add('Precedence', 'bulk')
    m.add('MIME-Version', '1.0')
    plain = ('GoodTime | Product Update - March 2026\n\n'
             'Smarter rescheduling\nMoving an interview now keeps the room, video link and interviewer swaps together, and candidates get one clean update instead of three.\n\n'
             'A refreshed Chat experience\nThe in-app Chat now remembers your conversation history and lets you attach screenshots directly.\n\n'
             'Customer webinar: Scaling high-volume hiring - 16 April, 11:00 ET / 16:00 BST\nRegister: https://www.goodtime.io/webinars/high-volume-2026\n\n'
             'You are receiving this email because you subscribed to GoodTime product updates.\n'
             'Unsubscribe: https://u3818294.ct.sendgrid.net/lu/unsubscribe?oc=%s\nGoodTime.io, 228 Park Ave S, New York, NY 10003\n' % ralnum(40))
    h = ('<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>GoodTime Product Update</title></head>'
         '<body style="margin:0;background:#f4f2fb"><table role="presentation" width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">'
         '<table role="presentation" width="600" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif">'
         '<tr><td style="padding:24px;background:#5b2bd6;color:#fff;font-size:22px">GoodTime | Product Update &mdash; March 2026</td></tr>'
         '<tr><td style="padding:24px"><h2>Smarter rescheduling</h2><p>Moving an interview now keeps the room, video link and interviewer swaps together, and candidates get one clean update instead of three.</p>'
         '<h2>A refreshed Chat experience</h2><p>The in-app Chat now remembers your conversation history and lets you attach screenshots directly.</p>'
         '<h2>Customer webinar: Scaling high-volume hiring</h2><p>16 April, 11:00 ET / 16:00 BST. <a href="https://www.goodtime.io/webinars/high-volume-2026">Register now</a></p></td></tr>'
         '<tr><td style="padding:16px;font-size:11px;color:#888">You are receiving this email because you subscribed to GoodTime product updates. '
         '<a href="https://u3818294.ct.sendgrid.net/lu/unsubscribe">Unsubscribe</a><br>GoodTime.io, 228 Park Ave S, New York, NY 10003</td></tr>'
         '</table></td></tr></table><img src="https://u3818294.ct.sendgrid.net/wf/open?upn=%s" width="1" height="1" alt=""></body></html>\n' % ralnum(60))
    root = multipart('alternative', [leaf('plain', plain, 'us-ascii', '7bit'), leaf('html', h, 'us-ascii', 'quoted-printable')], rhex(56, False))
    m.tag('multipart-alt')
    return m.render(root)

@reg
def n_en_accept():
    m = Mail('noise', 'ignore', '', 'en', 'calendar accept, text/calendar only', 'calendar-reply;base64')
    w = When(2026, 3, 3, 9, 15, 'uk')
    received(m, recv_internal(w, 2))
    m.add('From', addr('Natarajan, Priya', A('priya.natarajan')))
    m.add('To', HELP_TO)
    m.add('Subject', 'Accepted: GoodTime drop-in clinic - Data & Analytics hiring managers')
    m.add('Thread-Topic', 'GoodTime drop-in clinic - Data & Analytics hiring managers')
    m.add('Thread-Index', thread_index())
    m.add('Date', w.rfc())
    m.add('Message-ID', msgid_outlook())
    m.add('Content-Language', 'en-GB')
    m.add('X-MS-Has-Attach', '')
    m.add('X-MS-TNEF-Correlator', '')
    m.add('MIME-Version', '1.0')
    ics = ics_reply('040000008200E00074C5B7101A82E00800000000%s' % rhex(32), 'GoodTime drop-in clinic - Data & Analytics hiring managers', HELP,
                    'Natarajan, Priya', A('priya.natarajan'), 'ACCEPTED', '20260310T120000', '20260310T123000', w.utc().strftime('%Y%m%dT%H%M%SZ'))
    root = Part([('Content-Type', 'text/calendar; charset="utf-8"; method=REPLY'), ('Content-Transfer-Encoding', 'base64')], b64(ics, 'utf-8'))
    return m.render(root)

@reg
def n_en_decline():
    m = Mail('noise', 'ignore', '', 'en', 'calendar decline with comment, subject mentions interviewer training', 'calendar-reply')
    w = When(2026, 3, 12, 17, 55, 'uk')
    received(m, recv_internal(w, 3))
    m.add('From', addr('Tom Ashworth', A('tom.ashworth')))
    m.add('To', HELP_TO)
    m.add('Subject', 'Declined: GoodTime interviewer training - shadowing & pools (Teams)')
    m.add('Thread-Topic', 'GoodTime interviewer training - shadowing & pools (Teams)')
    m.add('Thread-Index', thread_index())
    m.add('Date', w.rfc())
    m.add('Message-ID', msgid_outlook())
    m.add('Content-Language', 'en-GB')
    m.add('MIME-Version', '1.0')
    cmt = 'Sorry - on the trading floor for the gas auction that afternoon. Will catch the recording.'
    ics = ics_reply('040000008200E00074C5B7101A82E00800000000%s' % rhex(32), 'GoodTime interviewer training - shadowing & pools (Teams)', HELP,
                    'Tom Ashworth', A('tom.ashworth'), 'DECLINED', '20260317T140000', '20260317T150000', w.utc().strftime('%Y%m%dT%H%M%SZ'), comment=cmt)
    root = multipart('alternative', [leaf('plain', cmt + '\n', 'us-ascii', '7bit'),
                                     leaf('calendar', ics, 'utf-8', 'base64', params='; method=REPLY')], bnd_outlook())
    m.tag('multipart-alt', 'base64')
    return m.render(root)

@reg
def n_en_read_receipt():
    m = Mail('noise', 'ignore', '', 'en', 'read receipt', 'read-receipt')
    w = When(2026, 3, 16, 12, 2, 'uk')
    received(m, recv_internal(w, 2))
    m.add('From', addr('Ryan Kowalczyk', A('ryan.kowalczyk')))
    m.add('To', HELP_TO)
    m.add('Subject', 'Read: RE: Teams links failing - ticket 52904 still open after 3 weeks')
    m.add('Thread-Topic', 'Teams links failing - ticket 52904 still open after 3 weeks')
    m.add('Date', w.rfc())
    m.add('Message-ID', msgid_outlook())
    m.add('Content-Language', 'en-GB')
    m.add('MIME-Version', '1.0')
    orig = msgid_outlook()
    p1 = ('Your message\n\nTo: Ryan Kowalczyk\nSubject: RE: Teams links failing - ticket 52904 still open after 3 weeks\nSent: 16/03/2026 11:58\n\n'
          'was read on 16/03/2026 12:02.\n')
    p2 = ('Reporting-UA: LO2P265MB5613.GBRP265.PROD.OUTLOOK.COM; Microsoft Exchange Server\nFinal-Recipient: rfc822;ryan.kowalczyk@ashcombeenergy.com\n'
          'Original-Message-ID: %s\nDisposition: automatic-action/MDN-sent-automatically; displayed\n' % orig)
    root = multipart('report', [Part([('Content-Type', 'text/plain; charset="us-ascii"'), ('Content-Transfer-Encoding', '7bit')], p1),
                                Part([('Content-Type', 'message/disposition-notification')], p2)], bnd_outlook(),
                     params='; report-type=disposition-notification')
    return m.render(root)

@reg
def n_en_phish():
    m = Mail('noise', 'ignore', '', 'en', 'phishing imitating GoodTime', 'phishing;received-chain;auth-results')
    w = When(2026, 2, 15, 3, 17, 'utc')
    ip = '45.%d.%d.%d' % (R.randint(1, 250), R.randint(1, 250), R.randint(1, 250))
    for l in recv_external(w, 'vps-%d.hostingpoint.ru' % R.randint(1000, 9999), ip, helo='mail.goodtime-io-support.com', short=True):
        m.add('Received', l)
    m.add('Authentication-Results', auth_results('goodtime-io-support.com', ip, spf='softfail', dkim='none', dmarc='fail').replace('dkim=none (signature was verified)', 'dkim=none (message not signed)'))
    m.add('From', 'GoodTime Security <security@goodtime-io-support.com>')
    m.add('Reply-To', 'noreply@goodtime-io-support.com')
    m.add('To', HELP)
    m.add('Subject', '[EXTERNAL] Action required: your GoodTime session has expired - re-verify within 24 hours')
    m.add('Date', w.rfc())
    m.add('Message-ID', '<%s@goodtime-io-support.com>' % rhex(24, False))
    m.add('X-Mailer', 'PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)')
    m.add('MIME-Version', '1.0')
    h = ('<html><body style="font-family:Arial"><div style="max-width:560px;margin:auto;border:1px solid #ddd;padding:20px">'
         '<div style="background:#6b3fd6;color:#fff;padding:10px;font-size:20px">GoodTime</div>'
         '<p>Dear helpline,</p><p>We detected an unusual sign-in to your GoodTime workspace and your session has been <b>suspended</b>. '
         'All scheduled interviews linked to this account will be cancelled if you do not re-verify within <b>24 hours</b>.</p>'
         '<p style="text-align:center"><a href="http://goodtime-io-support.com/verify/?u=helpline%40ashcombeenergy.com&t=' + rhex(24, False) + '" '
         'style="background:#6b3fd6;color:#fff;padding:12px 24px;text-decoration:none">Verify my account</a></p>'
         '<p>Thank you,<br>GoodTime Security Team</p><p style="font-size:10px;color:#999">&copy; 2026 GoodTime Inc. All rights reserved.</p></div>'
         '<p style="font-size:10px;color:#c00">CAUTION: This email originated from outside of Ashcombe Energy. Do not click links or open attachments unless you recognise the sender.</p></body></html>\n')
    root = leaf('html', h, 'utf-8', 'quoted-printable')
    m.tag('html-only', 'qp')
    return m.render(root)

@reg
def n_en_thanks():
    m = Mail('noise', 'ignore', '', 'en', 'bare thank-you over a quoted help-line answer', 'bare-thanks')
    w = When(2026, 3, 19, 9, 2, 'uk')
    frm = addr('Fiona McAllister', A('fiona.mcallister'))
    outlook_std(m, w, frm, 'RE: No Teams link on GoodTime invites since yesterday', irt=msgid_outlook())
    q = Q('GoodTime Help Line', HELP, When(2026, 3, 18, 16, 41, 'uk'), 'Fiona McAllister <fiona.mcallister@ashcombeenergy.com>', 'RE: No Teams link on GoodTime invites since yesterday',
          'Hi Fiona,\n\nGoodTime Support have reconnected the Teams integration for the Renewables templates and regenerated the links on your 9 interviews \u2013 '
          'the updated invites should have gone out about ten minutes ago. Let us know if any of them still look empty.\n\nJoanne\nGoodTime Help Line | Recruitment Systems')
    return finish_outlook(m, 'Brilliant, thank you!\n\nFiona', None, None, quote=q, mode='alt')

@reg
def n_en_vendor_spam():
    m = Mail('noise', 'ignore', '', 'en', 'third-party marketing', 'marketing;list-unsubscribe;received-chain;dkim;auth-results')
    w = When(2026, 1, 21, 14, 30, 'us-e', s=11)
    ip = '198.2.%d.%d' % (R.randint(1, 250), R.randint(1, 250))
    for l in recv_external(w, 'mail%d.suw41.mcsv.net' % R.randint(10, 99), ip):
        m.add('Received', l)
    m.add('Authentication-Results', auth_results('hirely-ai.co', ip))
    m.add('DKIM-Signature', dkim_sig('hirely-ai.co', 'k2', w, 'subject:from:to:date:mime-version:list-unsubscribe:message-id'))
    m.add('Subject', 'Still scheduling interviews by hand, Ashcombe? Cut time-to-hire by 60%')
    m.add('From', '"Jordan at Hirely" <jordan@hirely-ai.co>')
    m.add('To', '<helpline@ashcombeenergy.com>')
    m.add('Date', w.rfc())
    m.add('Message-ID', '<%s@mail%d.suw41.mcsv.net>' % (rhex(20, False), R.randint(10, 99)))
    m.add('List-Unsubscribe', '<https://hirely-ai.us21.list-manage.com/unsubscribe?u=%s&id=%s>' % (rhex(25, False), rhex(10, False)))
    m.add('X-Mailer', 'Mailchimp Mailer - **CID%s**' % rhex(20, False))
    m.add('Precedence', 'bulk')
    m.add('MIME-Version', '1.0')
    body = ('Hi there,\n\n'
            'Recruiting teams at energy companies tell us the same thing: coordinators spend half their week chasing calendars.\n\n'
            'Hirely\'s AI assistant books, reschedules and reminds candidates automatically - by email, SMS and WhatsApp - and plugs into SuccessFactors in a day.\n\n'
            'Teams like yours cut time-to-hire by 60%. Worth a 15-minute chat next week?\n\n'
            'Book a demo: https://hirely-ai.co/demo?utm_source=mc&utm_campaign=energy-q1\n\n'
            'Jordan Hayes\nAccount Executive, Hirely\n\n'
            'Hirely Inc., 500 Boylston St, Boston, MA 02116. Unsubscribe: https://hirely-ai.us21.list-manage.com/unsubscribe\n')
    h = '<html><body>' + ''.join('<p>%s</p>' % esc(p).replace('\n', '<br>') for p in body.split('\n\n')) + '</body></html>\n'
    root = multipart('alternative', [leaf('plain', body, 'utf-8', 'quoted-printable'), leaf('html', h, 'utf-8', 'quoted-printable')], '_----------=_MCPart_%d' % R.randint(10**8, 10**9))
    m.tag('multipart-alt', 'qp')
    return m.render(root)

# ================================================================= GERMAN
def sig_de(name, title, site, tel, mail, company='Ashcombe Energie Deutschland GmbH'):
    return '%s\n%s\n%s\n%s\nTel. %s\n%s | www.ashcombeenergy.de' % (name, title, company, site, tel, mail)

@reg
def q_de_support():
    m = Mail('question', 'auto_reply', 'contact-support', 'de', 'wie und wohin Fehler direkt an GoodTime melden', 'rfc2047-q')
    w = When(2026, 2, 3, 10, 14, 'de')
    frm = addr('Katrin Vogel', A('katrin.vogel', 'ashcombeenergy.de'))
    subj = ew_split(['Rückfrage: Fehler direkt an GoodTime ', 'melden - wie und wohin?'], 'Q', 'iso-8859-1')
    outlook_std(m, w, frm, subj, lang='de-DE')
    body = ('Hallo zusammen,\n\n'
            'kurze Frage, weil ich mir das für die Kolleginnen im Team notieren möchte: Wenn uns in GoodTime etwas komisch vorkommt \u2013 z.\u00a0B. eine Einladung, '
            'die mit falschen Angaben rausgeht \u2013, an wen genau wenden wir uns dann bei GoodTime selbst, und auf welchem Weg (Mail, Telefon, Portal)?\n\n'
            'Und welche Angaben sollten wir gleich mitschicken, damit das nicht dreimal hin und her geht?\n\n'
            'Danke euch und viele Grüße\nKatrin')
    sig = sig_de('Katrin Vogel', 'Recruiterin | People & Culture', 'Überseering 12, 22297 Hamburg', '+49 40 6094 3318', 'katrin.vogel@ashcombeenergy.de')
    return finish_outlook(m, body, sig, DISC_DE, mode='html', hlang='DE')

@reg
def q_de_calendar():
    m = Mail('question', 'auto_reply', 'calendar-sync', 'de', 'nach Passwortänderung Kalender neu verbinden?', 'rfc2047-b;rfc2047-split')
    w = When(2026, 3, 2, 8, 37, 'de')
    frm = addr('Becker, Jonas', A('jonas.becker', 'ashcombeenergy.de'))
    subj = ew_split(['Kalender nach Passwortä', 'nderung nicht mehr aktuell?'], 'B', 'utf-8')
    outlook_std(m, w, frm, subj, lang='de-DE')
    body = ('Hallo Helpline,\n\n'
            'ich musste letzte Woche mein Windows-Passwort ändern (war abgelaufen). Seitdem sagen mir zwei Interviewer, dass GoodTime ihnen Gesprächstermine mit mir vorschlägt, '
            'an denen ich eigentlich schon geblockt bin \u2013 in meinem Outlook stehen da eindeutig Termine drin.\n\n'
            'Muss ich nach so einer Passwortänderung in GoodTime irgendetwas neu verbinden oder freigeben? Und wenn ja, wo finde ich das?\n\n'
            'Gruß\nJonas Becker')
    sig = sig_de('Jonas Becker', 'Recruiting-Koordinator', 'Huttropstraße 60, 45138 Essen', '+49 201 8127 4410', 'jonas.becker@ashcombeenergy.de')
    return finish_outlook(m, body, sig, DISC_DE, mode='alt', cs='utf-8', cte='base64', hlang='DE')

@reg
def q_de_load():
    m = Mail('question', 'auto_reply', 'interviewer-load-balancing', 'de', 'immer dieselben Interviewer - Obergrenze pro Woche', 'mobile-sig;rfc2047-q')
    w = When(2026, 1, 28, 21, 46, 'de')
    frm = addr('Schäfer, Miriam', A('miriam.schaefer', 'ashcombeenergy.de'), enc='Q', cs='iso-8859-1')
    mobile_headers(m, w, frm, 'Immer die gleichen Interviewer')
    text = ('Hallo,\n\n'
            'meine beiden Schichtleiter Tim und Aylin werden gefühlt für jedes zweite Bewerbungsgespräch eingeplant, die anderen aus dem Team fast nie. '
            'Die zwei kommen kaum noch zu ihrer eigentlichen Arbeit.\n\n'
            'Kann man in GoodTime festlegen, dass jemand nur eine bestimmte Anzahl Gespräche pro Woche bekommt, und dass das gleichmäßiger verteilt wird?\n\n'
            'LG Miriam\n\nVon meinem iPhone gesendet\n')
    return finish_plain(m, text, 'utf-8', 'quoted-printable')

@reg
def q_de_chat():
    m = Mail('question', 'auto_reply', 'chat-bubble', 'de', 'lila Sprechblase nicht sichtbar, nicht eingeloggt', 'raw-utf8-subject;raw-utf8-from;thunderbird;format-flowed')
    w = When(2026, 2, 16, 15, 27, 'de')
    received(m, recv_internal(w, 3))
    m.add('Authentication-Results', auth_internal())
    m.add('Message-ID', '<%s-%s-%s@ashcombeenergy.de>' % (rhex(8, False), rhex(4, False), rhex(12, False)))
    m.add('Date', w.rfc())
    m.add('MIME-Version', '1.0')
    m.add('User-Agent', 'Mozilla Thunderbird')
    m.add('Content-Language', 'de-DE')
    m.add('To', HELP_TO)
    m.add('From', 'Sören Lüdtke <soeren.luedtke@ashcombeenergy.de>'.encode('utf-8'))
    m.add('Subject', 'Lila Chat-Button von GoodTime – wo genau?'.encode('utf-8'))
    text = ('Hallo,\n\n'
            'ein Kollege aus London hat mir erzählt, dass man in GoodTime unten rechts über so eine lila \n'
            'Sprechblase direkt mit dem Support von GoodTime chatten kann. Ich finde da nichts.\n\n'
            'Ich bin allerdings auch nur über den Link in einer Interview-Einladung auf der Seite gelandet \n'
            'und habe mich nicht extra angemeldet \u2013 spielt das eine Rolle? Und wofür darf man den Chat \n'
            'überhaupt nutzen, nur für Fehler oder auch für normale Fragen?\n\n'
            'Viele Grüße\nSören\n\n'
            '-- \nSören Lüdtke\nPersonalreferent\nAshcombe Energie Deutschland GmbH\nÜberseering 12, 22297 Hamburg\n')
    return finish_plain(m, text, 'utf-8', '8bit', flowed=True)

@reg
def q_de_tz():
    m = Mail('question', 'auto_reply', 'time-zones', 'de', 'Bewerber in Houston, Zeitzone; alter fremder Verlauf unten', 'rfc2047-q')
    w = When(2026, 3, 17, 13, 52, 'de')
    frm = addr('Anja Dreher', A('anja.dreher', 'ashcombeenergy.de'))
    outlook_std(m, w, frm, 'AW: Zugang GoodTime für Werkstudentin', lang='de-DE', irt=msgid_outlook())
    body = ('Hallo zusammen,\n\n'
            'ich hänge mich mal an diesen alten Verlauf dran, andere Frage:\n\n'
            'Wir haben für die Netzleitstelle in Essen (Schichtingenieur/in Netzführung) einen sehr guten Bewerber, der gerade noch in Houston lebt und arbeitet. '
            'Das Erstgespräch soll per Teams laufen. Wie stelle ich sicher, dass er die Uhrzeit in seiner Zeit angezeigt bekommt und nicht in unserer? '
            'Ich möchte nicht, dass er nachts um drei im Call sitzt. Gerade jetzt, wo die USA schon umgestellt haben und wir noch nicht, bin ich etwas unsicher.\n\n'
            'Worauf muss ich achten?\n\n'
            'Danke und Gruß\nAnja')
    sig = sig_de('Anja Dreher', 'Recruiterin Netzbetrieb', 'Huttropstraße 60, 45138 Essen', '+49 201 8127 4432', 'anja.dreher@ashcombeenergy.de',
                 company='Ashcombe Netze GmbH')
    q = Q('GoodTime Help Line', HELP, When(2026, 1, 9, 11, 3, 'de'), 'Anja Dreher <anja.dreher@ashcombeenergy.de>', 'AW: Zugang GoodTime für Werkstudentin',
          'Hallo Anja,\n\nLea hat jetzt einen Koordinator-Zugang und kann ab sofort Gespräche für die Netzbetriebs-Stellen einplanen. Sie sollte eine Einladungsmail von GoodTime bekommen haben.\n\n'
          'Viele Grüße\nJoanne\nGoodTime Help Line | Recruitment Systems', lang='de')
    return finish_outlook(m, body, sig, DISC_DE, quote=q, mode='alt', hlang='DE')

@reg
def u_de_ui_language():
    m = Mail('question', 'forward_support', 'none', 'de', 'deutsche Oberfläche - kein Artikel')
    w = When(2026, 2, 25, 7, 12, 'de')
    frm = addr('Dr. Frank Meißner', A('frank.meissner', 'ashcombeenergy.de'))
    outlook_std(m, w, frm.encode('cp1252'), 'GoodTime auf Deutsch?', lang='de-DE')
    body = ('Guten Morgen,\n\n'
            'gibt es GoodTime auch mit deutscher Benutzeroberfläche? Einige unserer Meister und Schichtleiter im Kraftwerk tun sich mit der englischen Oberfläche schwer '
            'und lassen die Einladungen deshalb lieber liegen.\n\n'
            'Falls ja: Kann das jeder selbst umstellen oder muss das zentral eingestellt werden?\n\n'
            'Mit freundlichen Grüßen\nFrank Meißner')
    sig = sig_de('Dr.-Ing. Frank Meißner', 'Kraftwerksleiter | GuD-Kraftwerk Wilhelmshaven', 'Am Tiefen Fahrwasser 5, 26388 Wilhelmshaven', '+49 4421 9873 100',
                 'frank.meissner@ashcombeenergy.de', company='Ashcombe Erzeugung GmbH')
    return finish_outlook(m, body, sig, DISC_DE, mode='html', hlang='DE')

@reg
def b_de_privacy():
    m = Mail('bug', 'forward_support+flag_csm', '', 'de', 'Bewerberin erhält Daten eines anderen Bewerbers - Datenschutz, hohe Tragweite', 'forwarded;rfc2047-b')
    w = When(2026, 3, 11, 9, 18, 'de')
    frm = addr('Nina Brandt', A('nina.brandt', 'ashcombeenergy.de'))
    subj = ew_auto('WG: Einladung zum Vorstellungsgespräch – falscher Name?', 'B', 'utf-8', 30)
    outlook_std(m, w, frm, subj, lang='de-DE', importance=True, cc=addr('Datenschutz', A('datenschutz', 'ashcombeenergy.de')))
    body = ('Hallo Helpline,\n\n'
            'bitte dringend anschauen: Die Bewerberin unten hat heute Morgen eine Terminbestätigung aus GoodTime bekommen, in der Name, Telefonnummer und Gesprächsablauf '
            'eines ANDEREN Bewerbers standen (andere Stelle, anderer Standort). Ob der andere Bewerber im Gegenzug ihre Daten bekommen hat, wissen wir noch nicht.\n\n'
            'Das ist für uns ein Datenschutzvorfall, unser Datenschutzbeauftragter ist in Kopie. Wir müssen schnell wissen, ob das nur dieser eine Fall ist '
            'oder ob GoodTime die Bestätigungen generell vertauscht \u2013 wir verschicken diese Woche noch über 40 Einladungen.\n\n'
            'Viele Grüße\nNina')
    sig = sig_de('Nina Brandt', 'Recruiterin | People & Culture', 'Überseering 12, 22297 Hamburg', '+49 40 6094 3340', 'nina.brandt@ashcombeenergy.de')
    q = Q('Julia Wendt', 'julia.wendt87@gmx.de', When(2026, 3, 11, 7, 54, 'de'), 'Nina Brandt <nina.brandt@ashcombeenergy.de>',
          'Einladung zum Vorstellungsgespräch – falscher Name?',
          'Sehr geehrte Frau Brandt,\n\nvielen Dank für die Einladung. Allerdings steht in der Bestätigung, die ich heute früh bekommen habe, ein anderer Name (Herr Kaya), '
          'eine Handynummer, die nicht meine ist, und ein Termin für eine Stelle als Elektroniker in Essen \u2013 ich habe mich aber als Sachbearbeiterin Kundenservice in Hamburg beworben.\n\n'
          'Ist mein Gespräch am Freitag um 10 Uhr trotzdem noch gültig?\n\nMit freundlichen Grüßen\nJulia Wendt', lang='de')
    m.tag('forwarded')
    return finish_outlook(m, body, sig, DISC_DE, quote=q, mode='alt', cs='iso-8859-1', hlang='DE')

@reg
def s_de_room():
    m = Mail('scheduling_blocker', 'forward_support', '', 'de', 'Bewerber am Empfang, Raum belegt, Umbuchung schlägt fehl', 'mobile-sig')
    w = When(2026, 1, 15, 10, 24, 'de')
    frm = addr('Katrin Vogel', A('katrin.vogel', 'ashcombeenergy.de'))
    mobile_headers(m, w, frm, 'Bewerber wartet - Raum belegt, GoodTime bucht nicht um', xmailer='Microsoft Outlook for Android (4.2502.1)')
    body = ('Hallo, ganz schnell bitte:\n\n'
            'Bewerber sitzt unten am Empfang, Gespräch ist um 10:30. Der Raum \u201eElbe\u201c, den GoodTime gebucht hat, ist von der Geschäftsführung belegt. '
            'Ich will in GoodTime auf \u201eAlster\u201c umbuchen (laut Outlook frei), bekomme aber nur \u201eRoom could not be reserved\u201c. '
            'Die drei Interviewer wissen nicht, wohin sie sollen.\n\n'
            'Was kann ich jetzt machen?\n\nKatrin')
    plain = body + '\n\nOutlook für Android herunterladen<https://aka.ms/AAb9ysg>\n'
    h = ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>\n<div dir="auto">' +
         ''.join('<div dir="auto">%s</div>' % (esc(x) if x else '<br>') for x in body.split('\n')) +
         '</div><div dir="auto"><br></div><div dir="auto">Outlook für Android herunterladen<a href="https://aka.ms/AAb9ysg"></a></div>\n</body></html>\n')
    root = multipart('alternative', [leaf('plain', plain, 'utf-8', 'quoted-printable'), leaf('html', h, 'utf-8', 'quoted-printable')], bnd_outlook())
    m.tag('outlook-android', 'multipart-alt', 'qp')
    return m.render(root)

@reg
def e_de_training():
    m = Mail('escalation', 'flag_csm', '', 'de', 'Schulung und Prozessberatung für neues Team', 'rfc2047-b')
    w = When(2026, 3, 4, 16, 35, 'de')
    frm = addr('Stefan Krüger', A('stefan.krueger', 'ashcombeenergy.de'), enc='B', cs='iso-8859-1')
    subj = ew_b('Schulung GoodTime für neues Recruiting-Team Essen', 'iso-8859-1')
    outlook_std(m, w, frm, subj, lang='de-DE', cc=addr('Jonas Becker', A('jonas.becker', 'ashcombeenergy.de')))
    body = ('Hallo zusammen,\n\n'
            'wir bauen in Essen zum 1. April ein eigenes Recruiting-Team für die Kundenservice-Hotline auf: 6 Recruiter/innen, dazu etwa 15 Teamleitungen, die als Interviewer eingesetzt werden. '
            'Bisher hat dort niemand mit GoodTime gearbeitet.\n\n'
            'Wir hätten gern eine richtige Schulung durch GoodTime \u2013 am liebsten auf Deutsch, gern vor Ort oder per Teams \u2013 und zusätzlich eine Beratung, '
            'wie wir die Abläufe für die Massenrekrutierung (ca. 250 Einstellungen im Jahr) sinnvoll aufsetzen. Unser jetziger Prozess ist dafür nicht gemacht.\n\n'
            'Könnt ihr das mit GoodTime klären und mir sagen, was das kostet? Budget müsste ich ggf. noch freigeben lassen.\n\n'
            'Beste Grüße\nStefan')
    sig = sig_de('Stefan Krüger', 'HR Business Partner Kundenservice', 'Huttropstraße 60, 45138 Essen', '+49 201 8127 4400', 'stefan.krueger@ashcombeenergy.de')
    return finish_outlook(m, body, sig, DISC_DE, mode='alt', cs='iso-8859-1', hlang='DE')

@reg
def n_de_ooo():
    m = Mail('noise', 'ignore', '', 'de', 'Abwesenheitsnotiz', 'ooo;auto-submitted')
    w = When(2026, 3, 23, 12, 0, 'de')
    received(m, recv_internal(w, 2))
    m.add('From', addr('Anja Dreher', A('anja.dreher', 'ashcombeenergy.de')))
    m.add('To', HELP_TO)
    m.add('Subject', 'Automatische Antwort: GoodTime Help Line - neue Eskalationswege ab April')
    m.add('Thread-Topic', 'GoodTime Help Line - neue Eskalationswege ab April')
    m.add('Date', w.rfc())
    m.add('Message-ID', msgid_outlook())
    m.add('Auto-Submitted', 'auto-generated')
    m.add('X-Auto-Response-Suppress', 'All')
    m.add('Content-Language', 'de-DE')
    m.add('MIME-Version', '1.0')
    body = ('Vielen Dank für Ihre Nachricht.\n\n'
            'Ich bin bis einschließlich 3. April nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.\n\n'
            'In dringenden Fällen wenden Sie sich bitte an recruiting-essen@ashcombeenergy.de.\n\n'
            'Mit freundlichen Grüßen\nAnja Dreher')
    m.tag('ooo')
    return finish_outlook(m, body, None, None, mode='alt', cs='utf-8', hlang='DE')

# ================================================================= SPANISH
def sig_es(name, title, site, tel, mail):
    return '%s\n%s\nAshcombe Energía España, S.L.U.\n%s\nTel.: %s | %s' % (name, title, site, tel, mail)

@reg
def q_es_availability():
    m = Mail('question', 'auto_reply', 'candidate-availability-request', 'es', 'pedir disponibilidad a candidatos a turnos', 'rfc2047-q')
    w = When(2026, 2, 9, 9, 48, 'es')
    frm = addr('Lucía Fernández', A('lucia.fernandez', 'ashcombeenergy.es'), enc='Q', cs='iso-8859-1')
    subj = ew_split(['Pedir disponibilidad a candidatos ', '(técnicos de red)'], 'Q', 'iso-8859-1')
    outlook_std(m, w, frm, subj, lang='es-ES')
    body = ('Hola:\n\n'
            'Estoy empezando con los procesos de técnicos de mantenimiento de red en Castilla-La Mancha y muchos candidatos trabajan a turnos, '
            'así que por teléfono no hay manera de cuadrar una hora a la primera.\n\n'
            '¿Hay forma de mandarles algo desde GoodTime para que ellos mismos me marquen cuándo pueden, y luego yo lo cuadro con los entrevistadores? '
            '¿Cómo se hace exactamente? Es una entrevista de una hora con dos entrevistadores.\n\n'
            'Gracias,\nLucía')
    sig = sig_es('Lucía Fernández', 'Técnica de Selección', 'Paseo de la Castellana 95, 28046 Madrid', '+34 91 418 27 63', 'lucia.fernandez@ashcombeenergy.es')
    return finish_outlook(m, body, sig, DISC_ES, mode='html', hlang='ES')

@reg
def q_es_escalation_path():
    m = Mail('question', 'auto_reply', 'escalation-path', 'es', 'a quién acudir con cada cosa', 'rfc2047-b')
    w = When(2026, 1, 19, 12, 31, 'es')
    frm = addr('Javier Ortega', A('javier.ortega', 'ashcombeenergy.es'))
    subj = ew_b('¿A quién escalo cada cosa? (soporte, vosotros, gestor de cuenta)', 'utf-8')
    outlook_std(m, w, frm, subj, lang='es-ES')
    body = ('Buenas,\n\n'
            'Tengo dos coordinadoras nuevas en Bilbao y quiero dejarles por escrito a quién acudir con GoodTime, porque hasta yo me lío: '
            'cuándo os escribimos a vosotros, cuándo vamos directamente al soporte de GoodTime, dónde se mandan las ideas de mejora '
            'y cuándo tiene sentido hablar con la persona de GoodTime que lleva nuestra cuenta.\n\n'
            '¿Tenéis algo así resumido que les pueda pasar?\n\n'
            'Un saludo,\nJavier')
    sig = sig_es('Javier Ortega', 'Coordinador de Selección \u2013 Zona Norte', 'Alameda de Urquijo 28, 48008 Bilbao', '+34 944 27 81 05', 'javier.ortega@ashcombeenergy.es')
    return finish_outlook(m, body, sig, DISC_ES, mode='alt', cs='utf-8', cte='base64', hlang='ES')

@reg
def q_es_reschedule():
    m = Mail('question', 'auto_reply', 'reschedule-interview', 'es', 'mover la entrevista en Outlook o en GoodTime', 'mobile-sig;terse')
    w = When(2026, 3, 12, 20, 3, 'es')
    frm = addr('Paula Sáez', A('paula.saez', 'ashcombeenergy.es'), enc='B')
    mobile_headers(m, w, frm, 'Duda cambio de hora')
    text = ('Hola, una duda rápida: si un candidato me pide cambiar la hora de la entrevista, ¿lo muevo directamente en el calendario de Outlook o tengo que hacerlo desde GoodTime? '
            'No quiero liarla con los entrevistadores.\nGracias!!\n\nEnviado desde mi iPhone\n')
    return finish_plain(m, text, 'utf-8', '8bit')

@reg
def q_es_support_hours():
    m = Mail('question', 'auto_reply', 'support-hours', 'es', 'soporte fuera de horario y tiempos de respuesta; hilo antiguo debajo')
    w = When(2026, 3, 2, 17, 26, 'es')
    frm = addr('Marta Iglesias', A('marta.iglesias', 'ashcombeenergy.es'))
    outlook_std(m, w, frm, 'RE: Acceso de los jefes de equipo a GoodTime', lang='es-ES', irt=msgid_outlook())
    body = ('Hola de nuevo:\n\n'
            'Aprovecho este hilo para otra cosa. En el centro de Valladolid vamos a empezar a hacer entrevistas también a última hora de la tarde y algún sábado, '
            'para cubrir el turno de noche.\n\n'
            'Si GoodTime falla un sábado a las diez de la noche, ¿hay alguien de GoodTime que nos atienda o tenemos que esperar al lunes? '
            '¿Y dónde puedo consultar en cuánto tiempo suelen responder?\n\n'
            'Gracias,\nMarta')
    sig = sig_es('Marta Iglesias', 'Responsable del Centro de Atención al Cliente', 'Parque Tecnológico de Boecillo, 47151 Valladolid', '+34 983 54 92 10',
                 'marta.iglesias@ashcombeenergy.es')
    q = Q('GoodTime Help Line', HELP, When(2026, 2, 12, 10, 5, 'es'), 'Marta Iglesias <marta.iglesias@ashcombeenergy.es>', 'RE: Acceso de los jefes de equipo a GoodTime',
          'Hola Marta:\n\nYa tienen acceso como entrevistadores los 8 jefes de equipo de Valladolid que nos pasaste. Les llegará un correo de GoodTime para conectar su calendario.\n\n'
          'Un saludo,\nJoanne\nGoodTime Help Line | Recruitment Systems', lang='es')
    return finish_outlook(m, body, sig, DISC_ES, quote=q, mode='alt', hlang='ES')

@reg
def q_es_conference():
    m = Mail('question', 'auto_reply', 'conference-links', 'es', 'Zoom en vez de Teams en la invitación', 'rfc2047-b')
    w = When(2026, 2, 18, 11, 9, 'es')
    frm = addr('Álvaro Núñez', A('alvaro.nunez', 'ashcombeenergy.es'), enc='B')
    mobile_headers(m, w, frm, ew_b('Enlace de Zoom en vez de Teams en las invitaciones', 'utf-8'), xmailer='Apple Mail (2.3826.300.87.4.3)',
                   mime='1.0 (Mac OS X Mail 16.0 \\(3826.300.87.4.3\\))')
    body = ('Hola,\n\n'
            'Los candidatos de Bilbao me dicen que en la invitación les llega un enlace de Zoom, pero aquí usamos Teams para todo. '
            '¿Dónde se cambia para que salga Teams? ¿Se puede cambiar solo para una entrevista o hay que tocar algo general?\n\n'
            'Gracias,\nÁlvaro')
    return finish_apple(m, body, sig='Álvaro Núñez\nTécnico de Selección \u2013 Bilbao\nAshcombe Energía España')

@reg
def b_es_itinerary():
    m = Mail('bug', 'forward_support', '', 'es', 'resumen al candidato sigue con el entrevistador antiguo', 'attach-png')
    w = When(2026, 3, 24, 13, 14, 'es')
    frm = addr('Paula Sáez', A('paula.saez', 'ashcombeenergy.es'), enc='Q', cs='iso-8859-1')
    outlook_std(m, w, frm, 'La candidata sigue recibiendo el nombre del entrevistador antiguo', lang='es-ES', attach=True)
    body = ('Hola:\n\n'
            'La semana pasada cambié a uno de los entrevistadores de la entrevista de Irene Castaño (analista de datos, jueves 26 a las 10:00): Jorge está de baja y entra Beatriz. '
            'GoodTime actualizó bien las invitaciones internas, pero el resumen que le llega a la candidata sigue poniendo Jorge, '
            'aunque se lo he reenviado dos veces desde GoodTime. Os adjunto captura de lo que recibe ella.\n\n'
            'No es urgente para hoy, pero no quiero que llegue el jueves preguntando por alguien que no está.\n\n'
            'Gracias,\nPaula')
    sig = sig_es('Paula Sáez', 'Técnica de Selección', 'Paseo de la Castellana 95, 28046 Madrid', '+34 91 418 27 70', 'paula.saez@ashcombeenergy.es')
    return finish_outlook(m, body, sig, DISC_ES, mode='alt', hlang='ES', atts=[binpart('image/png', PNG_B, 'captura_resumen_candidata.png')])

@reg
def s_es_no_link():
    m = Mail('scheduling_blocker', 'forward_support', '', 'es', 'entrevista en 15 minutos sin enlace de Teams')
    w = When(2026, 1, 26, 11, 45, 'es')
    frm = addr('Lucía Fernández', A('lucia.fernandez', 'ashcombeenergy.es'), enc='Q', cs='iso-8859-1')
    outlook_std(m, w, frm, 'URGENTE - entrevista en 15 min sin enlace', lang='es-ES', importance=True)
    body = ('Hola:\n\n'
            'La entrevista de las 12:00 (operador de sala de control, candidato Sergio Llorente) no tiene enlace de Teams ni en la invitación del candidato ni en la de los entrevistadores. '
            'El candidato me acaba de escribir preguntando cómo conectarse.\n\n'
            'Empieza en 15 minutos. ¿Cómo lo soluciono? ¿Le mando yo un enlace a mano?\n\n'
            'Lucía')
    sig = sig_es('Lucía Fernández', 'Técnica de Selección', 'Paseo de la Castellana 95, 28046 Madrid', '+34 91 418 27 63', 'lucia.fernandez@ashcombeenergy.es')
    return finish_outlook(m, body, sig, DISC_ES, mode='html', hlang='ES')

@reg
def f_es_holidays():
    m = Mail('feature_request', 'product_board_reply', '', 'es', 'festivos autonómicos y locales por sede')
    w = When(2026, 1, 8, 16, 50, 'es')
    frm = addr('Carmen Ruiz', A('carmen.ruiz', 'ashcombeenergy.es'))
    outlook_std(m, w, frm, 'Propuesta de mejora para GoodTime: festivos por sede', lang='es-ES')
    body = ('Hola, equipo:\n\n'
            'Os paso una propuesta de mejora por si se la podéis hacer llegar a GoodTime.\n\n'
            'En España cada sede tiene sus festivos autonómicos y locales (el 2 de mayo en Madrid, el 31 de julio en Bilbao, el 23 de abril en Valladolid, etc.). '
            'GoodTime ofrece huecos esos días porque los entrevistadores no siempre los bloquean en el calendario, y luego hay que reprogramar. '
            'Solo en enero nos ha pasado cuatro veces con San Sebastián y San Vicente.\n\n'
            'Sería muy útil poder asignar a cada sede (o a cada entrevistador) un calendario de festivos, y que GoodTime no proponga nada en esas fechas.\n\n'
            'Gracias y un saludo,\nCarmen')
    sig = ('Carmen Ruiz Ledesma\nHR Business Partner \u2013 España\nAshcombe Energía España, S.L.U.\nPaseo de la Castellana 95, planta 14, 28046 Madrid\n'
           'Tel.: +34 91 418 27 00 | Móvil: +34 600 123 488\ncarmen.ruiz@ashcombeenergy.es | www.ashcombeenergy.es\n\n'
           'Antes de imprimir este correo, piense si es necesario. El medio ambiente es cosa de todos.')
    return finish_outlook(m, body, sig, DISC_ES, mode='alt', cs='utf-8', hlang='ES')

@reg
def e_es_complaint_live():
    m = Mail('escalation', 'flag_csm+forward_support', '', 'es', 'integración con el ATS caída por tercera vez + fallo hoy', 'forwarded')
    w = When(2026, 3, 18, 10, 3, 'es')
    frm = addr('Rocío Delgado', A('rocio.delgado', 'ashcombeenergy.es'), enc='B')
    outlook_std(m, w, frm, 'RV: Candidatos que no aparecen en GoodTime (otra vez)', lang='es-ES', importance=True)
    body = ('Hola:\n\n'
            'Os reenvío lo de abajo. Es la tercera vez este mes que se cae la integración con SuccessFactors: hoy otra vez los candidatos que hemos pasado a '
            '\u00abEntrevista técnica\u00bb esta mañana no aparecen en GoodTime, y tenemos entrevistas que cerrar para mañana.\n\n'
            'Por un lado necesito que alguien mire lo de hoy ya. Por otro, quiero una reunión con GoodTime para revisar qué está pasando con esta integración, '
            'porque así no podemos trabajar y cada vez que abrimos incidencia nos dicen que está resuelta.\n\n'
            'Gracias,\nRocío')
    sig = sig_es('Rocío Delgado', 'Jefa de Selección \u2013 España', 'Paseo de la Castellana 95, 28046 Madrid', '+34 91 418 27 01', 'rocio.delgado@ashcombeenergy.es')
    q = Q('Javier Ortega', A('javier.ortega', 'ashcombeenergy.es'), When(2026, 3, 18, 9, 41, 'es'), 'Rocío Delgado <rocio.delgado@ashcombeenergy.es>',
          'Candidatos que no aparecen en GoodTime (otra vez)',
          'Rocío,\n\nTe aviso: he pasado 6 candidatos de electricistas de Bilbao a Entrevista técnica a las 8:30 y a las 9:40 siguen sin aparecer en GoodTime. '
          'Es lo mismo que el 3 y el 10 de marzo. Mañana tenía que entrevistar a cuatro de ellos.\n\nJavier', lang='es')
    m.tag('forwarded')
    return finish_outlook(m, body, sig, DISC_ES, quote=q, mode='alt', hlang='ES')

@reg
def n_es_ooo():
    m = Mail('noise', 'ignore', '', 'es', 'respuesta automática de vacaciones', 'ooo;auto-submitted;base64')
    w = When(2026, 3, 30, 9, 12, 'es')
    received(m, recv_internal(w, 3))
    m.add('From', addr('Paula Sáez', A('paula.saez', 'ashcombeenergy.es'), enc='Q', cs='iso-8859-1'))
    m.add('To', HELP_TO)
    m.add('Subject', ew_b('Respuesta automática: RE: La candidata sigue recibiendo el nombre del entrevistador antiguo', 'utf-8'))
    m.add('Date', w.rfc())
    m.add('Message-ID', msgid_outlook())
    m.add('Auto-Submitted', 'auto-replied')
    m.add('X-Auto-Response-Suppress', 'All')
    m.add('Content-Language', 'es-ES')
    m.add('MIME-Version', '1.0')
    body = ('Hola:\n\nEstoy de vacaciones hasta el lunes 6 de abril (Semana Santa), sin acceso al correo.\n\n'
            'Para cualquier tema urgente de selección, escribe a seleccion.madrid@ashcombeenergy.es.\n\nUn saludo,\nPaula Sáez')
    m.tag('ooo')
    return finish_outlook(m, body, None, None, mode='alt', cs='utf-8', cte='base64', hlang='ES')

# ================================================================= FRENCH
def sig_fr(name, title, site, tel, mail):
    return '%s\n%s\nAshcombe Énergie France\n%s\nTél. : %s\n%s' % (name, title, site, tel, mail)

@reg
def q_fr_board():
    m = Mail('question', 'auto_reply', 'product-board', 'fr', 'où déposer une idée d\'amélioration (contient l\'idée)', 'rfc2047-q')
    w = When(2026, 2, 27, 11, 40, 'fr')
    frm = addr('Mathieu Dubois', A('mathieu.dubois', 'ashcombeenergy.fr'))
    subj = ew_q('Suggestion d\'amélioration GoodTime : où la déposer ?', 'utf-8')
    outlook_std(m, w, frm, subj, lang='fr-FR')
    body = ('Bonjour,\n\n'
            'J\u2019ai une idée qui nous ferait gagner pas mal de temps sur les entretiens des conseillers clientèle : afficher directement le poste et le site dans l\u2019objet '
            'de l\u2019invitation envoyée aux managers, pour qu\u2019ils s\u2019y retrouvent dans leur agenda.\n\n'
            'Avant de l\u2019envoyer dans le vide : où est-ce qu\u2019on dépose ce genre de suggestion pour qu\u2019elle arrive vraiment chez les équipes produit de GoodTime ? '
            'Et est-ce qu\u2019il faut passer par vous d\u2019abord ?\n\n'
            'Merci d\u2019avance,\nMathieu')
    sig = sig_fr('Mathieu Dubois', 'Chargé de recrutement \u2013 Relation client', '12 rue Réaumur, 75002 Paris', '+33 1 84 88 21 07', 'mathieu.dubois@ashcombeenergy.fr')
    return finish_outlook(m, body, sig, DISC_FR, mode='html', hlang='FR')

@reg
def q_fr_cancel():
    m = Mail('question', 'auto_reply', 'cancel-interview', 'fr', 'candidat qui se désiste : supprimer dans Outlook ?', 'rfc2047-q;rfc2047-split')
    w = When(2026, 3, 5, 14, 22, 'fr')
    frm = addr('Camille Laurent', A('camille.laurent', 'ashcombeenergy.fr'))
    subj = ew_split(['Candidat qui se dési', 'ste : je supprime l\'invitation ?'], 'Q', 'utf-8')
    outlook_std(m, w, frm, subj, lang='fr-FR')
    body = ('Bonjour,\n\n'
            'Un candidat au poste de technicien de maintenance éolien vient de m\u2019appeler pour retirer sa candidature (il a accepté une autre offre). '
            'Son entretien était prévu mardi prochain avec deux managers du parc de Saint-Nazaire.\n\n'
            'Est-ce que je peux simplement supprimer l\u2019événement dans mon agenda Outlook, ou il faut passer par GoodTime ? '
            'Je ne voudrais pas que les managers gardent le créneau bloqué, ni que le candidat reçoive un message bizarre.\n\n'
            'Merci,\nCamille')
    sig = sig_fr('Camille Laurent', 'Chargée de recrutement \u2013 Énergies renouvelables', '27 rue de la République, 69002 Lyon', '+33 4 72 00 14 60', 'camille.laurent@ashcombeenergy.fr')
    return finish_outlook(m, body, sig, DISC_FR, mode='alt', cs='utf-8', hlang='FR')

@reg
def q_fr_itinerary():
    m = Mail('question', 'auto_reply', 'candidate-itinerary', 'fr', 'renvoyer le programme de la journée à une candidate', 'mobile-sig')
    w = When(2026, 3, 10, 19, 12, 'fr')
    frm = addr('Julien Moreau', A('julien.moreau', 'ashcombeenergy.fr'))
    mobile_headers(m, w, frm, 'Programme journée entretiens jeudi')
    text = ('Bonjour, une candidate pour la journée d\u2019entretiens de jeudi à Lyon me dit qu\u2019elle n\u2019a jamais reçu le programme de la journée '
            '(horaires, noms des personnes, adresse). Comment je peux lui renvoyer depuis GoodTime ? Merci\n\nJulien\n\nEnvoyé de mon iPhone\n')
    return finish_plain(m, text, 'utf-8', '8bit')

@reg
def q_fr_permissions():
    m = Mail('question', 'auto_reply', 'permissions-roles', 'fr', 'bouton annuler invisible = question de droits, ressemble à cancel-interview', 'raw-cp1252-subject;raw-cp1252-from;no-message-id')
    w = When(2026, 1, 13, 15, 55, 'fr')
    received(m, recv_internal(w, 3))
    m.add('From', 'Hélène Roux <helene.roux@ashcombeenergy.fr>'.encode('cp1252'))
    m.add('To', '<helpline@ashcombeenergy.com>')
    m.add('Subject', 'Bouton « Annuler » invisible chez moi ?'.encode('cp1252'))
    m.add('Date', w.rfc())
    m.add('X-Mailer', 'Microsoft Outlook 16.0')
    m.add('Thread-Index', thread_index())
    m.add('Content-Language', 'fr')
    m.add('MIME-Version', '1.0')
    text = ('Bonjour,\r\n\r\n'
            'Je suis assistante RH à Lyon et je viens d\'avoir accès à GoodTime. Ma collègue Camille voit un bouton pour annuler ou reprogrammer les entretiens, '
            'moi je ne le vois nulle part, alors qu\'on regarde la même page du même candidat.\r\n\r\n'
            'C\'est normal ? Qu\'est-ce qu\'il faut demander, et à qui ?\r\n\r\n'
            'Merci\r\nHélène\r\n\r\n'
            'Hélène Roux\r\nAssistante RH\r\nAshcombe Énergie France SAS - Lyon\r\n').replace('\r\n', '\n')
    m.crlf = True
    return finish_plain(m, text, 'windows-1252', '8bit')

@reg
def q_fr_project_team():
    m = Mail('question', 'auto_reply', 'internal-project-team', 'fr', 'qui est derrière la helpline ; fil d\'accueil RH cité')
    w = When(2026, 3, 16, 9, 37, 'fr')
    frm = addr('Élodie Garnier', A('elodie.garnier', 'ashcombeenergy.fr'), enc='B')
    outlook_std(m, w, frm, 'RE: Bienvenue chez Ashcombe Énergie - vos premiers jours'.encode('utf-8'), lang='fr-FR', irt=msgid_outlook())
    m.tag('raw-utf8-subject')
    body = ('Bonjour,\n\n'
            'Je viens d\u2019arriver comme responsable du centre de relation client de Villeurbanne, et on m\u2019a donné cette adresse dans le mail d\u2019accueil ci-dessous, sans trop d\u2019explications.\n\n'
            'Qui est derrière cette \u00ab\u00a0helpline\u00a0\u00bb exactement, et pour quel genre de demandes dois-je vous écrire plutôt que de contacter GoodTime directement ?\n\n'
            'Bonne journée,\nÉlodie')
    sig = sig_fr('Élodie Garnier', 'Responsable du centre de relation client', '61 cours Émile Zola, 69100 Villeurbanne', '+33 4 72 00 15 01', 'elodie.garnier@ashcombeenergy.fr')
    q = Q('Onboarding RH France', A('onboarding.rh', 'ashcombeenergy.fr'), When(2026, 3, 13, 17, 2, 'fr'), 'Élodie Garnier <elodie.garnier@ashcombeenergy.fr>',
          'Bienvenue chez Ashcombe Énergie - vos premiers jours',
          'Bonjour Élodie,\n\nBienvenue chez Ashcombe Énergie ! Voici quelques informations pour votre première semaine :\n\n'
          '- Lundi 16 mars, 9h00 : accueil et remise du badge à l\u2019accueil de Villeurbanne\n- Formation sécurité obligatoire (e-learning) à terminer sous 15 jours\n'
          '- Outils : Teams, SuccessFactors, et GoodTime pour la planification des entretiens (questions : helpline@ashcombeenergy.com)\n\n'
          'Belle prise de poste,\nL\u2019équipe Onboarding RH', cc='Thomas Lefèvre <thomas.lefevre@ashcombeenergy.fr>', lang='fr')
    return finish_outlook(m, body, sig, DISC_FR, quote=q, mode='alt', cs='utf-8', hlang='FR')

@reg
def b_fr_error():
    m = Mail('bug', 'forward_support', '', 'fr', 'erreur à la reprogrammation, capture jointe', 'attach-png')
    w = When(2026, 3, 31, 10, 27, 'fr')
    frm = addr('Julien Moreau', A('julien.moreau', 'ashcombeenergy.fr'))
    outlook_std(m, w, frm, 'Erreur GoodTime quand je reprogramme un entretien', lang='fr-FR', attach=True)
    body = ('Bonjour,\n\n'
            'Depuis ce matin, impossible de reprogrammer l\u2019entretien de M. Benali (analyste trading, 2e tour, prévu le 14 avril). '
            'À chaque fois que je valide le nouveau créneau, GoodTime affiche \u00ab\u00a0Something went wrong. Please try again later.\u00a0\u00bb (capture jointe).\n\n'
            'J\u2019ai essayé avec Edge et Chrome, même résultat. Les autres entretiens se reprogramment normalement.\n\n'
            'Ce n\u2019est pas urgent pour aujourd\u2019hui, mais le candidat attend une nouvelle date.\n\n'
            'Merci,\nJulien')
    sig = sig_fr('Julien Moreau', 'Coordinateur recrutement', '12 rue Réaumur, 75002 Paris', '+33 1 84 88 21 12', 'julien.moreau@ashcombeenergy.fr')
    return finish_outlook(m, body, sig, DISC_FR, mode='alt', cs='utf-8', hlang='FR', atts=[binpart('image/png', PNG_C, 'Capture d\'écran 2026-03-31 102114.png'.replace('é', 'e'))])

@reg
def s_fr_lobby():
    m = Mail('scheduling_blocker', 'forward_support', '', 'fr', 'candidat à l\'accueil, entretien disparu de GoodTime', 'rfc2047-b')
    w = When(2026, 2, 24, 13, 51, 'fr')
    frm = addr('Camille Laurent', A('camille.laurent', 'ashcombeenergy.fr'))
    outlook_std(m, w, frm, ew_auto('URGENT candidat à l\'accueil – entretien disparu de GoodTime', 'B', 'utf-8', 26), lang='fr-FR', importance=True)
    body = ('Bonjour,\n\n'
            'Le candidat pour l\u2019entretien de 14h (conseiller clientèle) est à l\u2019accueil à Villeurbanne. L\u2019entretien a disparu de GoodTime ce matin '
            'et les deux managers n\u2019ont plus rien dans leur agenda.\n\n'
            'Je ne sais pas comment le recréer rapidement avec les mêmes personnes. Quelqu\u2019un peut m\u2019appeler ? 04 72 00 14 60\n\n'
            'Camille')
    sig = sig_fr('Camille Laurent', 'Chargée de recrutement', '27 rue de la République, 69002 Lyon', '+33 4 72 00 14 60', 'camille.laurent@ashcombeenergy.fr')
    return finish_outlook(m, body, sig, DISC_FR, mode='alt', hlang='FR')

@reg
def f_fr_accessibility():
    m = Mail('feature_request', 'product_board_reply', '', 'fr', 'aménagements pour candidats en situation de handicap')
    w = When(2026, 2, 6, 16, 18, 'fr')
    frm = addr('Thomas Lefèvre', A('thomas.lefevre', 'ashcombeenergy.fr'), enc='Q', cs='iso-8859-1')
    outlook_std(m, w, frm, 'Suggestion : aménagements candidats dans GoodTime'.encode('cp1252'), lang='fr-FR')
    body = ('Bonjour à tous,\n\n'
            'Dans le cadre de notre politique handicap, nous aimerions pouvoir indiquer dans GoodTime les aménagements demandés par un candidat '
            '(temps supplémentaire, salle accessible PMR, interprète LSF, pauses), et que ces informations apparaissent automatiquement pour les recruteurs '
            'et les membres du jury, sans jamais figurer dans les e-mails envoyés au candidat.\n\n'
            'Aujourd\u2019hui tout passe par des notes dans SuccessFactors que personne ne lit au moment de planifier.\n\n'
            'Est-ce que cela peut être remonté à GoodTime comme suggestion d\u2019évolution ?\n\n'
            'Bien cordialement,\nThomas')
    sig = sig_fr('Thomas Lefèvre', 'HR Business Partner \u2013 France', '27 rue de la République, 69002 Lyon', '+33 4 72 00 14 20', 'thomas.lefevre@ashcombeenergy.fr')
    return finish_outlook(m, body, sig, DISC_FR, mode='html', hlang='FR')

@reg
def e_fr_renewal():
    m = Mail('escalation', 'flag_csm', '', 'fr', 'réduction de licences au renouvellement, facturation séparée', 'attach-pdf;iso-8859-1')
    w = When(2026, 3, 25, 15, 32, 'fr')
    frm = addr('Sophie Marchal', A('sophie.marchal', 'ashcombeenergy.fr'))
    outlook_std(m, w, frm, ew_q('Renouvellement GoodTime - licences filiale française', 'iso-8859-1'), lang='fr-FR', attach=True)
    body = ('Bonjour,\n\n'
            'À l\'approche du renouvellement de juin, nous souhaitons revoir le nombre de licences de la filiale française : '
            'sur les 30 licences qui nous sont attribuées, seules 18 sont réellement utilisées (extraction des utilisateurs actifs ci-jointe).\n\n'
            'Nous voudrions aussi que la part française soit facturée séparément, en euros, à Ashcombe Énergie France SAS, pour des raisons de refacturation interne.\n\n'
            'Pouvez-vous faire le lien avec la personne qui gère notre compte chez GoodTime ? Notre contrôle de gestion a besoin d\'une réponse avant fin avril.\n\n'
            'Cordialement,\nSophie Marchal')
    sig = ('Sophie Marchal\nResponsable Talent Acquisition France\nAshcombe Énergie France SAS\n27 rue de la République, 69002 Lyon\nTél. : +33 4 72 00 14 00')
    pdf = pdf_bytes('GoodTime - utilisateurs actifs France (mars 2026)', ['Licences attribuees : 30', 'Utilisateurs actifs (90 jours) : 18',
                                                                             'Lyon : 9 | Paris : 6 | Villeurbanne : 3', 'Extraction : 24/03/2026'])
    return finish_outlook(m, body, sig, DISC_FR, mode='alt', cs='iso-8859-1', cte='base64', hlang='FR',
                          atts=[binpart('application/pdf', pdf, 'Utilisateurs_actifs_GoodTime_FR_2026-03.pdf')])

@reg
def n_fr_thanks():
    m = Mail('noise', 'ignore', '', 'fr', 'simple remerciement, citation de la réponse', 'bare-thanks;thunderbird;reply-quoted;format-flowed')
    w = When(2026, 3, 6, 10, 2, 'fr')
    received(m, recv_internal(w, 3))
    m.add('Message-ID', '<%s-%s@ashcombeenergy.fr>' % (rhex(8, False), rhex(12, False)))
    m.add('Date', w.rfc())
    m.add('MIME-Version', '1.0')
    m.add('User-Agent', 'Mozilla Thunderbird')
    m.add('Subject', 'Re: Candidat qui se désiste : je supprime l\'invitation ?'.encode('utf-8'))
    m.add('Content-Language', 'fr')
    m.add('To', 'GoodTime Help Line <helpline@ashcombeenergy.com>')
    m.add('References', msgid_outlook() + ' ' + msgid_outlook())
    m.add('In-Reply-To', msgid_outlook())
    m.add('From', addr('Camille Laurent', A('camille.laurent', 'ashcombeenergy.fr')))
    m.tag('raw-utf8-subject')
    text = ('Merci beaucoup, c\'est parfait !\n\nCamille\n\n'
            'Le 05/03/2026 à 16:48, GoodTime Help Line a écrit :\n'
            '> Bonjour Camille,\n>\n'
            '> Le plus simple est d\'annuler l\'entretien directement dans GoodTime \n'
            '> (page de planification de l\'entretien) : les invitations des deux \n'
            '> managers seront libérées en même temps. Pensez à ajouter un petit mot \n'
            '> pour le candidat et à passer sa candidature en « retirée » dans \n'
            '> SuccessFactors.\n>\n'
            '> Bonne journée,\n> Joanne\n> GoodTime Help Line | Recruitment Systems\n')
    return finish_plain(m, text, 'utf-8', '8bit', flowed=True)

# ================================================================= PORTUGUESE
def sig_pt(name, title, site, tel, mail):
    return '%s\n%s\nAshcombe Energia Portugal, Lda.\n%s\nTel.: %s | %s' % (name, title, site, tel, mail)

@reg
def q_pt_csm():
    m = Mail('question', 'auto_reply', 'contact-csm', 'pt', 'marcar reunião com a gestora de sucesso do cliente sem contacto')
    w = When(2026, 2, 11, 10, 6, 'pt')
    frm = addr('Ana Rita Sousa', A('anarita.sousa', 'ashcombeenergy.pt'))
    outlook_std(m, w, frm, ew_q('Reunião com a gestora de conta da GoodTime', 'iso-8859-1'), lang='pt-PT')
    body = ('Olá,\n\n'
            'Gostava de marcar uma reunião com a pessoa da GoodTime que acompanha a nossa conta (a gestora de Customer Success, se não estou em erro), '
            'para falarmos da forma como estamos a agendar as entrevistas de assistentes de contact center no Porto.\n\n'
            'Não tenho o contacto dela em lado nenhum. Como é que faço para marcar?\n\n'
            'Obrigada,\nAna Rita')
    sig = sig_pt('Ana Rita Sousa', 'Gestora de Contact Center \u2013 Porto', 'Avenida da Boavista 1837, 4100-133 Porto', '+351 22 609 41 20', 'anarita.sousa@ashcombeenergy.pt')
    return finish_outlook(m, body, sig, DISC_PT, mode='html', hlang='PT')

@reg
def q_pt_pool():
    m = Mail('question', 'auto_reply', 'add-interviewer-to-pool', 'pt', 'novo supervisor passa a entrevistar', 'rfc2047-b')
    w = When(2026, 3, 3, 9, 21, 'pt')
    frm = addr('João Pereira', A('joao.pereira', 'ashcombeenergy.pt'), enc='B')
    outlook_std(m, w, frm, ew_b('Novo entrevistador – supervisor do contact center', 'utf-8'), lang='pt-PT')
    body = ('Bom dia,\n\n'
            'O Rui Marques passou a supervisor de turno no contact center de Lisboa e a partir deste mês também vai fazer entrevistas de assistentes, '
            'tal como os outros supervisores.\n\n'
            'O que é preciso para ele começar a aparecer como entrevistador no GoodTime, junto com os outros? Ele ainda não tem conta, acho eu.\n\n'
            'Obrigado,\nJoão')
    sig = sig_pt('João Pereira', 'Coordenador de Recrutamento', 'Av. da Liberdade 190, 1250-147 Lisboa', '+351 21 340 77 15', 'joao.pereira@ashcombeenergy.pt')
    return finish_outlook(m, body, sig, DISC_PT, mode='alt', cs='utf-8', cte='base64', hlang='PT')

@reg
def q_pt_self_sched():
    m = Mail('question', 'auto_reply', 'self-scheduling-link', 'pt', 'candidato escolher a hora da triagem', 'mobile-sig')
    w = When(2026, 1, 22, 18, 33, 'pt')
    frm = addr('Beatriz Costa', A('beatriz.costa', 'ashcombeenergy.pt'))
    mobile_headers(m, w, frm, ew_q('Triagens telefónicas - candidato escolhe a hora?', 'utf-8'))
    text = ('Olá! Para as triagens telefónicas de 20 minutos, há maneira de ser o próprio candidato a escolher a hora, '
            'em vez de eu andar a trocar emails com cada um? São uns 30 candidatos por semana.\n\nObrigada\nBeatriz\n\nEnviado do meu iPhone\n')
    m.tag('rfc2047-q')
    return finish_plain(m, text, 'utf-8', 'quoted-printable')

@reg
def q_pt_template():
    m = Mail('question', 'auto_reply', 'interview-templates', 'pt', 'duração errada em todas as entrevistas; fio antigo sobre outro assunto')
    w = When(2026, 2, 19, 14, 47, 'pt')
    frm = addr('Tiago Almeida', A('tiago.almeida', 'ashcombeenergy.pt'))
    outlook_std(m, w, frm, 'RE: Pedido de acesso ao GoodTime - equipa de Dados', lang='pt-PT', irt=msgid_outlook())
    body = ('Olá equipa,\n\n'
            'Aproveito este email antigo para outra questão.\n\n'
            'Todas as entrevistas técnicas de analista de dados aparecem com 45 minutos quando as abro no GoodTime, mas desde janeiro passaram a ser de 60 minutos, com um exercício de SQL. '
            'Tenho andado a mudar à mão em cada candidato.\n\n'
            'Há algum sítio onde se altere isto de uma vez para todas? E quem pode fazer essa alteração?\n\n'
            'Obrigado,\nTiago')
    sig = sig_pt('Tiago Almeida', 'Recrutador \u2013 Dados & Analytics', 'Av. da Liberdade 190, 1250-147 Lisboa', '+351 21 340 77 30', 'tiago.almeida@ashcombeenergy.pt')
    q = Q('GoodTime Help Line', HELP, When(2025, 12, 2, 11, 15, 'pt'), 'Tiago Almeida <tiago.almeida@ashcombeenergy.pt>', 'RE: Pedido de acesso ao GoodTime - equipa de Dados',
          'Olá Tiago,\n\nJá tens acesso de coordenador. A Marta e o Nuno ficaram como entrevistadores com o calendário ligado.\n\nCumprimentos,\nJoanne\nGoodTime Help Line | Recruitment Systems', lang='pt')
    return finish_outlook(m, body, sig, DISC_PT, quote=q, mode='alt', hlang='PT')

@reg
def q_pt_decline():
    m = Mail('question', 'auto_reply', 'interviewer-decline', 'pt', 'entrevistador recusou - remarcar tudo? (parece reschedule)', 'raw-utf8-subject')
    w = When(2026, 3, 9, 16, 5, 'pt')
    frm = addr('Inês Carvalho', A('ines.carvalho', 'ashcombeenergy.pt'), enc='B')
    mobile_headers(m, w, frm, 'Entrevistador recusou o convite – remarco tudo?'.encode('utf-8'), xmailer='Apple Mail (2.3826.300.87.4.3)',
                   mime='1.0 (Mac OS X Mail 16.0 \\(3826.300.87.4.3\\))')
    body = ('Olá,\n\n'
            'Um dos três entrevistadores da entrevista de quinta-feira (engenheiro de subestações, Porto) recusou o convite \u2013 afinal vai estar de férias. '
            'O candidato já confirmou e vem de Braga de propósito.\n\n'
            'Tenho de remarcar a entrevista toda com o candidato ou há outra forma de resolver isto?\n\n'
            'Obrigada,\nInês')
    return finish_apple(m, body, sig='Inês Carvalho\nTécnica de Recrutamento \u2013 Porto\nAshcombe Energia Portugal')

@reg
def u_pt_language():
    m = Mail('question', 'forward_support', 'none', 'pt', 'emails ao candidato em português - sem artigo', 'iso-8859-1')
    w = When(2026, 1, 16, 11, 58, 'pt')
    frm = addr('Sofia Ramos', A('sofia.ramos', 'ashcombeenergy.pt'))
    outlook_std(m, w, frm, 'Emails do GoodTime aos candidatos em inglês'.encode('cp1252'), lang='pt-PT')
    body = ('Bom dia,\n\n'
            'Os candidatos portugueses estão a receber os emails do GoodTime (convite, confirmação, lembrete) em inglês. Já tivemos dois candidatos a perguntar se a vaga era mesmo em Portugal.\n\n'
            'É possível enviar esses emails em português para as vagas de Portugal? Há alguma configuração de idioma por país ou por vaga?\n\n'
            'Obrigada,\nSofia Ramos')
    sig = sig_pt('Sofia Ramos', 'Técnica de Recrutamento', 'Avenida da Boavista 1837, 4100-133 Porto', '+351 22 609 41 33', 'sofia.ramos@ashcombeenergy.pt')
    return finish_outlook(m, body, sig, DISC_PT, mode='html', cs='iso-8859-1', hlang='PT')

@reg
def b_pt_training():
    m = Mail('bug', 'forward_support', '', 'pt', 'progresso de formação dos entrevistadores não atualiza')
    w = When(2026, 3, 20, 12, 40, 'pt')
    frm = addr('Duarte Lopes', A('duarte.lopes', 'ashcombeenergy.pt'))
    outlook_std(m, w, frm, 'Progresso de shadowing não atualiza no GoodTime', lang='pt-PT')
    body = ('Olá,\n\n'
            'Os três novos entrevistadores da equipa de Trading (Carla, Henrique e Mafalda) já fizeram as duas entrevistas de \u201cshadow\u201d previstas, '
            'a 3 e a 10 de março, mas no GoodTime continuam a aparecer com 0/2 e não passam para a fase seguinte. '
            'As entrevistas aparecem como concluídas e eles estavam no convite como trainees.\n\n'
            'Já aconteceu o mesmo com o Pedro em fevereiro. Conseguem ver o que se passa?\n\n'
            'Obrigado,\nDuarte')
    sig = sig_pt('Duarte Lopes', 'Coordenador de Recrutamento', 'Av. da Liberdade 190, 1250-147 Lisboa', '+351 21 340 77 21', 'duarte.lopes@ashcombeenergy.pt')
    return finish_outlook(m, body, sig, DISC_PT, mode='alt', cs='utf-8', hlang='PT')

@reg
def s_pt_panel():
    m = Mail('scheduling_blocker', 'forward_support', '', 'pt', 'painel começa em 10 minutos, não deixa adicionar entrevistadora', 'rfc2047-b')
    w = When(2026, 2, 26, 14, 50, 'pt')
    frm = addr('João Pereira', A('joao.pereira', 'ashcombeenergy.pt'), enc='B')
    outlook_std(m, w, frm, ew_b('URGENTE: painel às 15h00 – não consigo adicionar entrevistadora', 'utf-8'), lang='pt-PT', importance=True)
    body = ('Olá,\n\n'
            'O painel das 15h00 (assistente de contact center, candidata Marta Gouveia) começa daqui a 10 minutos. '
            'O GoodTime não deixa adicionar a terceira entrevistadora, a Filipa \u2013 dá erro \u201cInterviewer unavailable\u201d, mas ela está livre e já está na sala. '
            'Os outros dois já têm o convite.\n\n'
            'Como é que a meto na reunião já?\n\n'
            'João')
    sig = sig_pt('João Pereira', 'Coordenador de Recrutamento', 'Av. da Liberdade 190, 1250-147 Lisboa', '+351 21 340 77 15', 'joao.pereira@ashcombeenergy.pt')
    return finish_outlook(m, body, sig, None, mode='alt', hlang='PT')

@reg
def f_pt_group():
    m = Mail('feature_request', 'product_board_reply', '', 'pt', 'sessões de grupo com vários candidatos; reencaminhado via Gmail', 'forwarded;received-chain;dkim;arc;auth-results')
    w = When(2026, 3, 5, 9, 14, 'pt')
    ip = '209.85.%d.%d' % (R.randint(128, 255), R.randint(1, 250))
    for l in recv_external(w, 'mail-wm1-f%d.google.com' % R.randint(40, 70), ip, via_google=True):
        m.add('Received', l)
    m.add('Authentication-Results', auth_results('ashcombeenergy.pt', ip))
    for n, v in arc_headers('ashcombeenergy.pt', w, ip):
        m.add(n, v)
    m.add('DKIM-Signature', dkim_sig('ashcombeenergy.pt', 'google', w, 'mime-version:references:in-reply-to:from:date:message-id:subject:to'))
    m.add('X-Gm-Message-State', 'AOJu0Y' + ralnum(60))
    m.add('MIME-Version', '1.0')
    m.add('References', '<CA%s@mail.gmail.com>' % ralnum(44))
    m.add('In-Reply-To', '<CA%s@mail.gmail.com>' % ralnum(44))
    m.add('From', addr('Ana Rita Sousa', A('anarita.sousa', 'ashcombeenergy.pt')))
    m.add('Date', w.rfc())
    m.add('Message-ID', msgid_gmail())
    m.add('Subject', 'Fwd: Dias de recrutamento em grupo no GoodTime')
    m.add('To', HELP_TO)
    body = ('Bom dia,\n\nReencaminho o pedido do Rui. Faz todo o sentido para nós \u2013 é possível fazer chegar isto à GoodTime como sugestão?\n\nObrigada,\nAna Rita')
    fh = ('---------- Mensagem encaminhada ---------\nDe: Rui Marques <rui.marques@ashcombeenergy.pt>\nData: qua., 4 de mar. de 2026 às 18:22\n'
          'Assunto: Dias de recrutamento em grupo no GoodTime\nPara: Ana Rita Sousa <anarita.sousa@ashcombeenergy.pt>')
    fb = ('Ana Rita,\n\nPara os dias de recrutamento em grupo (8 a 10 candidatos ao mesmo tempo: dinâmica de grupo de manhã e entrevistas individuais à tarde), '
          'precisávamos que o GoodTime deixasse agendar vários candidatos na mesma sessão, com um só convite para os avaliadores e cada candidato a receber o seu horário individual da tarde.\n\n'
          'Neste momento fazemos tudo em Excel e à mão no Outlook e perdemos uma manhã por cada dia de recrutamento.\n\n'
          'Abraço,\nRui\n\nRui Marques\nSupervisor de Turno | Contact Center Lisboa')
    return finish_gmail(m, body, sig='Ana Rita Sousa\nGestora de Contact Center \u2013 Porto\nAshcombe Energia Portugal', fwd=(fh, fb))

@reg
def n_pt_ooo():
    m = Mail('noise', 'ignore', '', 'pt', 'resposta automática de ausência', 'ooo;auto-submitted;iso-8859-1;rfc2047-q')
    w = When(2026, 4, 2, 8, 30, 'pt')
    received(m, recv_internal(w, 3))
    m.add('From', addr('Inês Carvalho', A('ines.carvalho', 'ashcombeenergy.pt'), enc='Q', cs='iso-8859-1'))
    m.add('To', HELP_TO)
    m.add('Subject', ew_q('Resposta automática: GoodTime - novas regras de escalonamento', 'iso-8859-1'))
    m.add('Date', w.rfc())
    m.add('Message-ID', msgid_outlook())
    m.add('Auto-Submitted', 'auto-replied')
    m.add('X-Auto-Response-Suppress', 'All')
    m.add('MIME-Version', '1.0')
    text = ('Obrigada pela sua mensagem.\n\n'
            'Estarei ausente até dia 14 de abril, com acesso limitado ao email.\n'
            'Para assuntos urgentes de recrutamento, contacte recrutamento.porto@ashcombeenergy.pt.\n\n'
            'Cumprimentos,\nInês Carvalho\n')
    return finish_plain(m, text, 'iso-8859-1', 'quoted-printable')

# ================================================================= main
def check(rows):
    from email import policy
    bad = 0
    for r in rows:
        data = open(os.path.join(OUT, r[0]), 'rb').read()
        for pol in (policy.compat32, policy.default):
            msg = email.message_from_bytes(data, policy=pol)
            if not msg.keys():
                bad += 1
        msg = email.message_from_bytes(data, policy=policy.default)
        _ = str(msg.get('subject', '')); _ = str(msg.get('from', ''))
        for part in msg.walk():
            if not part.is_multipart():
                part.get_payload(decode=True)
    return bad

if __name__ == '__main__':
    for f in os.listdir(OUT):
        if f.startswith('a-') and f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    rows = write_all()
    print('wrote %d files, %d parse problems' % (len(rows), check(rows)))
