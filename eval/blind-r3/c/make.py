#!/usr/bin/env python3
"""Batch c of the blind help-line test set (Calloway & Finch). Standard library only.
Writes c-001.eml ... c-100.eml and labels.csv next to this script."""
import base64, quopri, random, os, zlib, struct, html, csv, io, datetime as dt, email, email.utils, email.policy

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(4417)
HL = 'helpline@calloway-finch.com'
HLN = 'GoodTime Help Line <helpline@calloway-finch.com>'

# ------------------------------------------------------------------ encoders
def b64lines(data, width=76):
    s = base64.b64encode(data).decode()
    return '\n'.join(s[i:i + width] for i in range(0, len(s), width)) + '\n'

def qp(text, cs):
    return quopri.encodestring(text.encode(cs)).decode('ascii')

def ew(s, cs='utf-8', enc='B'):
    b = s.encode(cs)
    if enc.upper() == 'B':
        return '=?%s?%s?%s?=' % (cs, enc, base64.b64encode(b).decode())
    out = ''
    for ch in b:
        c = chr(ch)
        if c == ' ':
            out += '_'
        elif ch < 128 and (c.isalnum() or c in '-!*+/'):
            out += c
        else:
            out += '=%02X' % ch
    return '=?%s?%s?%s?=' % (cs, enc, out)

def ew_split(s, cuts, cs='utf-8', enc='B', sep='\n '):
    """encoded words split at character positions (mid-word on purpose)"""
    pieces, last = [], 0
    for c in cuts + [len(s)]:
        pieces.append(s[last:c]); last = c
    return sep.join(ew(p, cs, enc) for p in pieces if p)

def rnd_b64(n):
    return base64.b64encode(bytes(R.randrange(256) for _ in range(n))).decode()

def rhex(n, up=False):
    s = ''.join(R.choice('0123456789abcdef') for _ in range(n))
    return s.upper() if up else s

def ralnum(n):
    return ''.join(R.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') for _ in range(n))

# ------------------------------------------------------------------ dates / ids
def date(y, m, d, h, mi, tz='-0500', s=None, pad=True):
    wd = dt.date(y, m, d).strftime('%a')
    s = R.randrange(60) if s is None else s
    mon = dt.date(y, m, d).strftime('%b')
    day = ('%02d' % d) if pad else str(d)
    return '%s, %s %s %d %02d:%02d:%02d %s' % (wd, day, mon, y, h, mi, s, tz)

def when(datestr):
    return email.utils.parsedate_to_datetime(datestr)

def fmt_utc(t):
    return t.astimezone(dt.timezone.utc).strftime('%a, %d %b %Y %H:%M:%S +0000')

def mid(kind, dom='calloway-finch.com'):
    if kind == 'outlook':
        box = R.choice(['SJ0PR11MB', 'BY5PR11MB', 'DM6PR11MB', 'PH0PR11MB', 'AM9PR08MB', 'DU2PR08MB', 'PAXPR08MB'])
        box += str(R.randrange(1000, 9999))
        reg = 'namprd11' if box.startswith(('SJ', 'BY', 'DM', 'PH')) else 'eurprd08'
        return '<%s%s@%s.%s.prod.outlook.com>' % (box, ralnum(20), box, reg)
    if kind == 'gmail':
        return '<CA%s%s@mail.gmail.com>' % (R.choice(['F', 'J', 'K', 'O', 'H']), rnd_b64(30).replace('/', '_')[:38])
    if kind == 'apple':
        return '<%s-%s-%s-%s-%s@%s>' % (rhex(8, 1), rhex(4, 1), rhex(4, 1), rhex(4, 1), rhex(12, 1), dom)
    if kind == 'generic':
        return '<%d.%s.%d@%s>' % (R.randrange(10**9, 10**10), rhex(10), R.randrange(1000, 99999), dom)
    return '<%s@%s>' % (rhex(24), dom)

# ------------------------------------------------------------------ transport headers
M365_HOPS = ['SJ0PR11MB5120.namprd11.prod.outlook.com', 'BY5PR11MB4100.namprd11.prod.outlook.com',
             'DM6PR11MB3212.namprd11.prod.outlook.com', 'CO1PEPF00001A5F.namprd05.prod.outlook.com',
             'MW4PR03CA0127.namprd03.prod.outlook.com', 'AM9PR08MB6770.eurprd08.prod.outlook.com',
             'DB8EUR05FT041.eop-eur05.prod.protection.outlook.com', 'AS8PR04CA0112.eurprd04.prod.outlook.com']

def received(datestr, n, kind='m365', src_ip=None):
    t = when(datestr)
    hops = []
    ip = '10.%d.%d.%d' % (R.randrange(256), R.randrange(256), R.randrange(1, 255))
    for i in range(n):
        t2 = t + dt.timedelta(seconds=2 * i + R.randrange(3))
        stamp = t2.strftime('%a, %d %b %Y %H:%M:%S ') + t2.strftime('%z')
        a, b = R.sample(M365_HOPS, 2)
        if kind == 'gmail' and i == 0:
            h = 'from mail-sor-f41.google.com (mail-sor-f41.google.com. [209.85.220.41])\n        by mx.google.com with SMTPS id %s.%d.2026.%02d.%02d.%02d.%02d.%02d\n        for <%s>\n        (Google Transport Security);\n        %s' % (
                'a640c23a62f3a-' + rhex(10), R.randrange(100), t2.month, t2.day, t2.hour, t2.minute, t2.second, HL, stamp)
        elif kind == 'ext' and i == 0:
            k = R.randrange(10, 99)
            h = 'from mta-%d.%s (mta-%d.%s [%s])\n\tby mx1.calloway-finch.com (Postfix) with ESMTPS id %s\n\tfor <%s>; %s' % (
                k, src_ip or 'mailout.example.net', k, src_ip or 'mailout.example.net',
                '198.51.100.%d' % R.randrange(2, 250), ralnum(11), HL, stamp)
        elif i % 3 == 2:
            h = 'from %s (2603:10b6:a03:%x::%x) by %s (2603:10b6:510:%x::%x) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s' % (
                a, R.randrange(4096), R.randrange(255), b, R.randrange(4096), R.randrange(255), R.randrange(7000, 9000), R.randrange(10, 40), stamp)
        elif i % 3 == 1:
            h = 'from %s ([%s]) by %s\n ([%s]) with mapi id 15.20.%d.%d; %s' % (
                a, 'fe80::%x:%x:%x:%x' % tuple(R.randrange(65535) for _ in range(4)), a,
                'fe80::%x:%x:%x:%x' % tuple(R.randrange(65535) for _ in range(4)), R.randrange(7000, 9000), R.randrange(10, 40), stamp)
        else:
            h = 'from %s (%s) by\n %s (%s) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend\n Transport; %s' % (
                a, ip, b, '10.%d.%d.%d' % (R.randrange(256), R.randrange(256), R.randrange(255)),
                R.randrange(7000, 9000), R.randrange(10, 40), stamp)
        hops.append(('Received', h))
    hops.reverse()
    return hops

def auth(dom='calloway-finch.com', sel='selector1', arc=False, gmail=False):
    hs = []
    bh = rnd_b64(32)
    b = rnd_b64(256)
    bfold = '\n\t '.join(b[i:i + 70] for i in range(0, len(b), 70))
    if arc:
        hs.append(('ARC-Seal', 'i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b=%s' % '\n '.join(rnd_b64(256)[i:i + 74] for i in range(0, 344, 74))))
        hs.append(('ARC-Message-Signature', 'i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector10001;\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0;\n bh=%s;\n b=%s' % (bh, '\n '.join(rnd_b64(256)[i:i + 74] for i in range(0, 344, 74)))))
        hs.append(('ARC-Authentication-Results', 'i=1; mx.microsoft.com 1; spf=pass\n smtp.mailfrom=%s; dmarc=pass action=none\n header.from=%s; dkim=pass header.d=%s; arc=none' % (dom, dom, dom)))
    if gmail:
        hs.append(('DKIM-Signature', 'v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=%s; s=google; t=%d;\n        h=to:subject:message-id:date:from:mime-version:from:to:cc:subject\n         :date:message-id:reply-to;\n        bh=%s;\n        b=%s' % (dom, R.randrange(1770000000, 1790000000), bh, '\n         '.join(b[i:i + 68] for i in range(0, len(b), 68)))))
    else:
        hs.append(('DKIM-Signature', 'v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;\n s=%s;\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck;\n bh=%s;\n b=%s' % (dom, sel, bh, '\n '.join(b[i:i + 74] for i in range(0, len(b), 74)))))
    hs.append(('Authentication-Results', 'spf=pass (sender IP is 40.107.%d.%d)\n smtp.mailfrom=%s; dkim=pass (signature was verified)\n header.d=%s;dmarc=pass action=none\n header.from=%s;compauth=pass reason=100' % (R.randrange(256), R.randrange(256), dom, dom, dom)))
    return hs

def outlook_hdrs(topic, lang='en-US', attach=False):
    if not topic.isascii():
        topic = ew(topic, 'utf-8', 'B')
    return [('Thread-Topic', topic), ('Thread-Index', rnd_b64(22)),
            ('Accept-Language', lang), ('Content-Language', lang),
            ('X-MS-Has-Attach', 'yes' if attach else ''), ('X-MS-TNEF-Correlator', ''),
            ('X-MS-Exchange-Organization-AuthAs', 'Internal'),
            ('X-MS-Exchange-Organization-AuthSource', R.choice(M365_HOPS)),
            ('x-ms-publictraffictype', 'Email')]

# ------------------------------------------------------------------ MIME building
class Part:
    def __init__(self, headers, body):
        self.headers = headers
        self.body = body if isinstance(body, bytes) else body.encode('utf-8')

def hb(v):
    return v if isinstance(v, bytes) else v.encode('utf-8')

def ser_headers(hs):
    out = b''
    for k, v in hs:
        if v is None:
            continue
        v = hb(v)
        out += k.encode() + b':' + ((b' ' + v) if v else b'') + b'\n'
    return out

def text(content, subtype='plain', cs='utf-8', cte='quoted-printable', ct=None, extra=None):
    if cte == 'quoted-printable':
        body = qp(content, cs).encode('ascii')
    elif cte == 'base64':
        body = b64lines(content.encode(cs)).encode('ascii')
    else:
        body = content.encode(cs)
        if not body.endswith(b'\n'):
            body += b'\n'
    if ct is None:
        ct = 'text/%s; charset="%s"' % (subtype, cs)
    hs = [('Content-Type', ct), ('Content-Transfer-Encoding', cte)] + (extra or [])
    return Part(hs, body)

def attach(filename, data, ctype, inline=False, cid=None, name_hdr=None, extra=None):
    fn = name_hdr or '"%s"' % filename
    hs = [('Content-Type', '%s; name%s' % (ctype, fn if fn.startswith('*') else '=' + fn)),
          ('Content-Description', filename) if R.random() < 0.4 else ('X-Dummy', None),
          ('Content-Disposition', '%s; filename%s' % ('inline' if inline else 'attachment', fn if fn.startswith('*') else '=' + fn)),
          ('Content-Transfer-Encoding', 'base64')]
    if cid:
        hs.append(('Content-ID', '<%s>' % cid))
    hs += extra or []
    return Part(hs, b64lines(data).encode())

def bnd(style):
    if style == 'gmail':
        return '000000000000' + rhex(12)
    if style == 'apple':
        return 'Apple-Mail=_%s-%s-%s-%s-%s' % (rhex(8, 1), rhex(4, 1), rhex(4, 1), rhex(4, 1), rhex(12, 1))
    if style == 'outlook':
        return '_000_%s_' % ralnum(30)
    if style == 'outlook-mixed':
        return '_004_%s_' % ralnum(30)
    if style == 'outlook-rel':
        return '_005_%s_' % ralnum(30)
    return '----=_Part_%d_%d.%d' % (R.randrange(10000, 99999), R.randrange(10**8, 10**9), R.randrange(10**12, 10**13))

def multi(subtype, parts, style='generic', preamble=None, params='', quote=True):
    b = bnd(style)
    body = b''
    if preamble:
        body += preamble.encode() + b'\n'
    for p in parts:
        body += b'\n--' + b.encode() + b'\n' + ser_headers(p.headers) + b'\n' + p.body
    body += b'\n--' + b.encode() + b'--\n'
    bq = ('"%s"' % b) if quote else b
    ct = 'multipart/%s;%sboundary=%s%s' % (subtype, '\n\t' if len(b) > 30 else ' ', bq, params)
    return Part([('Content-Type', ct)], body)

def assemble(headers, part, mime='1.0', crlf=False):
    hs = list(headers)
    if mime:
        hs.append(('MIME-Version', mime))
    raw = ser_headers(hs + part.headers) + b'\n' + part.body
    if crlf:
        raw = raw.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    return raw

# ------------------------------------------------------------------ body helpers
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
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"Aptos",sans-serif;
	mso-ligatures:standardcontextual;}
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
	font-size:11.0pt;}
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

def esc(s):
    return html.escape(s, quote=False)

def o_para(line, span=None):
    if line == '':
        return '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
    t = esc(line)
    if span:
        t = '<span style="%s">%s</span>' % (span, t)
    return '<p class="MsoNormal">%s<o:p></o:p></p>\n' % t

def outlook_html(lines, cs='windows-1252', lang='EN-US', sig=None, quote=None, sig_style='font-size:9.0pt;color:#595959'):
    """lines: list of strings ('' = empty paragraph). quote: (hdr dict list, lines)"""
    h = OUTLOOK_HEAD % (cs, lang)
    for l in lines:
        h += o_para(l)
    if sig:
        h += o_para('')
        for l in sig:
            h += o_para(l, sig_style)
    if quote:
        qh, ql = quote
        h += o_para('')
        h += '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n<p class="MsoNormal">'
        h += '<br>\n'.join('<b>%s</b> %s' % (esc(k), esc(v)) for k, v in qh)
        h += '<o:p></o:p></p>\n</div>\n'
        h += o_para('')
        for l in ql:
            h += o_para(l)
    h += '</div>\n</body>\n</html>\n'
    return h

def plain_from(lines, sig=None, quote=None, sigsep=None):
    t = '\n'.join(lines) + '\n'
    if sig:
        t += '\n' + (sigsep + '\n' if sigsep else '') + '\n'.join(sig) + '\n'
    if quote:
        qh, ql = quote
        t += '\n' + '\n'.join('%s %s' % (k, v) for k, v in qh) + '\n\n' + '\n'.join(ql) + '\n'
    return t

def gmail_html(lines, sig=None, quote_attr=None, quote_lines=None, fwd=None):
    h = '<div dir="ltr">'
    for l in lines:
        h += '<div>%s</div>' % (esc(l) if l else '<br>')
    if sig:
        h += '<br clear="all"><div><br></div><span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature"><div dir="ltr">%s</div></div>' % '<br>'.join(esc(s) for s in sig)
    h += '</div>'
    if fwd:
        fh, fl = fwd
        h += '<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>%s<br></div><br><br>%s</div>' % (
            '<br>'.join('%s: <b class="gmail_sendername" dir="auto">%s</b>' % (k, esc(v)) if k == 'From' else '%s: %s' % (k, esc(v)) for k, v in fh),
            ''.join('<div>%s</div>' % (esc(l) if l else '<br>') for l in fl))
    if quote_attr:
        h += '<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>' % (
            esc(quote_attr), ''.join('<div>%s</div>' % (esc(l) if l else '<br>') for l in quote_lines))
    return h + '\n'

def gmail_plain(lines, sig=None, quote_attr=None, quote_lines=None, fwd=None):
    t = '\n'.join(lines) + '\n'
    if sig:
        t += '\n-- \n' + '\n'.join(sig) + '\n'
    if fwd:
        fh, fl = fwd
        t += '\n---------- Forwarded message ---------\n' + '\n'.join('%s: %s' % kv for kv in fh) + '\n\n\n' + '\n'.join(fl) + '\n'
    if quote_attr:
        t += '\n' + quote_attr + '\n\n' + '\n'.join(('> ' + l) if l else '>' for l in quote_lines) + '\n'
    return t

def apple_html(lines, sig=None, quote=None):
    h = '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
    for l in lines:
        h += '<div>%s</div>' % (esc(l) if l else '<br>')
    if sig:
        h += '<div><br></div><div>%s</div>' % '<br>'.join(esc(s) for s in sig)
    if quote:
        attr, ql = quote
        h += '<div><br><blockquote type="cite"><div>%s</div><br>%s</blockquote></div>' % (
            esc(attr), ''.join('<div>%s</div>' % (esc(l) if l else '<br>') for l in ql))
    return h + '</body></html>\n'

def apple_plain(lines, sig=None, quote=None):
    t = '\n'.join(lines) + '\n'
    if sig:
        t += '\n' + '\n'.join(sig) + '\n'
    if quote:
        attr, ql = quote
        t += '\n' + attr + '\n\n' + '\n'.join(('> ' + l) if l else '>' for l in ql) + '\n'
    return t

def alt(plain, htm, style, cs='utf-8', cte='quoted-printable', cte_html=None, ct_plain=None, ct_html=None):
    return multi('alternative', [text(plain, 'plain', cs, cte, ct=ct_plain), text(htm, 'html', cs, cte_html or cte, ct=ct_html)], style)

# ------------------------------------------------------------------ binary fixtures
def png(w=360, h=200, banner=(214, 48, 49), seed=0):
    rr = random.Random(seed)
    rows = []
    for y in range(h):
        row = bytearray(b'\x00')
        for x in range(w):
            if y < 22:
                px = (94, 53, 177)                      # header bar
            elif 40 <= y < 62 and 20 <= x < w - 20:
                px = banner                             # error/notice banner
            elif 80 <= y < h - 20 and 20 <= x < w - 20 and (y // 14) % 2 == 0 and x < 40 + (rr.randrange(w - 60) if x == 20 else w):
                px = (232, 232, 236)
            else:
                px = (250, 250, 252)
            row += bytes(px)
        rows.append(bytes(row))
    raw = b''.join(rows)
    def ch(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + ch(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0))
            + ch(b'IDAT', zlib.compress(raw, 9)) + ch(b'IEND', b''))

def pdf(lines):
    content = 'BT /F1 11 Tf 50 780 Td 14 TL\n' + ''.join('(%s) Tj T*\n' % l.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)') for l in lines) + 'ET\n'
    objs = ['<< /Type /Catalog /Pages 2 0 R >>',
            '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
            '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
            '<< /Length %d >>\nstream\n%sendstream' % (len(content), content),
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

def tnef(n=900):
    return b'\x78\x9f\x3e\x22' + struct.pack('<H', R.randrange(65535)) + b'\x01\x06\x90\x08\x00\x04\x00\x00\x00\x00\x00\x01\x00\x01\x00\x01\x07\x90\x06\x00\x08\x00\x00\x00\xe4\x04\x00\x00\x00\x00\x00\x00\xe8\x00' + bytes(R.randrange(256) for _ in range(n))

TZS = {'us': ('Central Standard Time', '-0600', '-0500', '1SU;BYMONTH=11', '2SU;BYMONTH=3', '2', '2'),
       'de': ('W. Europe Standard Time', '+0100', '+0200', '-1SU;BYMONTH=10', '-1SU;BYMONTH=3', '3', '2'),
       'uk': ('GMT Standard Time', '+0000', '+0100', '-1SU;BYMONTH=10', '-1SU;BYMONTH=3', '2', '1')}

def ics(method, summary, start, end, organizer, attendee, partstat=None, uid=None, location='Microsoft Teams Meeting', desc='', tz='us'):
    uid = uid or '040000008200E00074C5B7101A82E008000000%s' % rhex(40, 1)
    att = 'ATTENDEE;%sRSVP=TRUE;CN=%s:mailto:%s' % ('PARTSTAT=%s;' % partstat if partstat else 'ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;', attendee[0], attendee[1])
    lines = ['BEGIN:VCALENDAR', 'METHOD:%s' % method, 'PRODID:Microsoft Exchange Server 2010', 'VERSION:2.0',
             'BEGIN:VTIMEZONE', 'TZID:%s' % TZS[tz][0], 'BEGIN:STANDARD', 'DTSTART:16010101T0%s0000' % TZS[tz][5], 'TZOFFSETFROM:%s' % TZS[tz][2],
             'TZOFFSETTO:%s' % TZS[tz][1], 'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=%s' % TZS[tz][3], 'END:STANDARD', 'BEGIN:DAYLIGHT',
             'DTSTART:16010101T0%s0000' % TZS[tz][6], 'TZOFFSETFROM:%s' % TZS[tz][1], 'TZOFFSETTO:%s' % TZS[tz][2], 'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=%s' % TZS[tz][4],
             'END:DAYLIGHT', 'END:VTIMEZONE', 'BEGIN:VEVENT',
             'ORGANIZER;CN=%s:mailto:%s' % organizer, att,
             'DESCRIPTION;LANGUAGE=en-US:%s' % desc, 'UID:%s' % uid,
             'SUMMARY;LANGUAGE=en-US:%s' % summary,
             'DTSTART;TZID=%s:%s' % (TZS[tz][0], start), 'DTEND;TZID=%s:%s' % (TZS[tz][0], end),
             'CLASS:PUBLIC', 'PRIORITY:5', 'DTSTAMP:%sT%02d%02d%02dZ' % (start[:8], R.randrange(6, 9), R.randrange(60), R.randrange(60)), 'TRANSP:OPAQUE',
             'STATUS:CONFIRMED', 'SEQUENCE:0', 'LOCATION;LANGUAGE=en-US:%s' % location, 'END:VEVENT', 'END:VCALENDAR']
    out = ''
    for l in lines:
        while len(l) > 75:
            out += l[:75] + '\r\n'
            l = ' ' + l[75:]
        out += l + '\r\n'
    return out

# ------------------------------------------------------------------ signatures and disclaimers
DISCLAIMER_EN = ['CONFIDENTIALITY NOTICE: This e-mail and any attachments are CONFIDENTIAL and intended solely for the addressee(s). If you have received this message in error, please notify the sender immediately and delete it from your system. Any unauthorised use, disclosure or copying is strictly prohibited. Calloway & Finch accepts no liability for errors or omissions in the contents of this message which arise as a result of e-mail transmission.']
DISCLAIMER_URGENT = ['*** URGENT SECURITY REMINDER: Calloway & Finch will never ask for your password by e-mail. Report suspicious messages immediately to security@calloway-finch.com. ***',
                     'This message is CONFIDENTIAL. If received in error, please delete it immediately and inform the sender.']
DISCLAIMER_DE = ['cf logistics GmbH | Sitz der Gesellschaft: Hamburg | Registergericht: Amtsgericht Hamburg HRB 143207 | Geschäftsführer: Dr. Henrik Lorenz, Birgit Sommer',
                 'Diese E-Mail enthält VERTRAULICHE Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail ist nicht gestattet.']
DISCLAIMER_ES = ['AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos son CONFIDENCIALES y se dirigen exclusivamente a su destinatario. Si ha recibido este mensaje por error, le rogamos que nos lo comunique inmediatamente y proceda a su eliminación. Calloway & Finch Iberia S.L. - C/ de la Logística 14, 28232 Las Rozas de Madrid. En cumplimiento del RGPD puede ejercer sus derechos en privacidad@calloway-finch.es']
DISCLAIMER_FR = ["Ce message et toutes ses pièces jointes sont CONFIDENTIELS et établis à l'intention exclusive de ses destinataires. Si vous avez reçu ce message par erreur, merci d'en avertir immédiatement l'expéditeur et de le détruire. Calloway & Finch France SAS - 12 rue de la Gare, 69007 Lyon - RCS Lyon 851 204 663"]
DISCLAIMER_PT = ['AVISO DE CONFIDENCIALIDADE: Esta mensagem e os seus anexos são CONFIDENCIAIS e destinam-se exclusivamente ao destinatário. Se recebeu esta mensagem por erro, informe imediatamente o remetente e elimine-a. Calloway & Finch Portugal, Lda. - NIPC 514 220 981']

# ------------------------------------------------------------------ registry
MSGS = []

def add(cat, actions, article, lang, fmt, notes, raw):
    assert cat in ('question', 'bug', 'scheduling_blocker', 'feature_request', 'escalation', 'noise'), cat
    MSGS.append(dict(cat=cat, actions=actions, article=article if cat == 'question' else '', lang=lang,
                     fmt=fmt, notes=notes, raw=raw))

# ====================================================================== QUESTIONS (English)
# --- support-hours, asked without the word
d = date(2026, 3, 17, 16, 42, '-0500')
L = ['Hi team,', '',
     'We\'re running the hiring event for the Reno DC on Saturday the 21st and a bunch of the night-shift lead interviews are booked between 9pm and midnight Pacific (the candidates are on nights now so that\'s the only time they can do).', '',
     'If something goes sideways in GoodTime in the middle of that, is there actually anybody on the GoodTime side who\'ll pick up a Saturday night, or are we on our own until Monday morning? Just trying to work out whether I need a plan B.', '',
     'Thanks!', 'Priya']
S = ['Priya Raman', 'Recruiting Coordinator | Calloway & Finch', 'Chicago HQ | 312-555-0148']
raw = assemble([('From', 'Priya Raman <priya.raman@calloway-finch.com>'),
                ('Content-Transfer-Encoding', None),
                ('Subject', 'Saturday night coverage?'), ('Date', d), ('Message-Id', mid('apple')),
                ('To', HLN), ('X-Mailer', 'Apple Mail (2.3826.400.131.1.6)')],
               alt(apple_plain(L, S), apple_html(L, S), 'apple'), mime='1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))')
add('question', 'auto_reply', 'support-hours', 'en', 'apple-mail;multipart-alternative;qp', 'support availability at night, no word hours', raw)

# --- contact-csm, without the letters
d = date(2026, 4, 7, 10, 5, '-0400')
L = ['Hello,', '',
     'Quick one. Now that we are a few months in with GoodTime, Sarah would like me to set up a call with the person at GoodTime who looks after our account on the customer success side, to go through how the roll-out is going for the DCs.', '',
     'I don\u2019t have a name or an e-mail address for whoever that is \u2013 the person who did our onboarding has moved on, I think. Is there a way for me to get time in their diary myself, or does that have to go through you?', '',
     'Thanks in advance,']
S = ['Tasha Greene', 'Recruiting Operations Manager', 'Calloway & Finch | Talent Acquisition', '400 W. Lake Street, Suite 1800, Chicago, IL 60606',
     'T +1 312 555 0192 | M +1 773 555 0110', 'www.calloway-finch.com', ''] + DISCLAIMER_EN
H = outlook_html(L, sig=S)
raw = assemble(received(d, 6) + auth(arc=True) +
               [('From', 'Tasha Greene <tasha.greene@calloway-finch.com>'), ('To', '"GoodTime Help Line" <helpline@calloway-finch.com>'),
                ('Subject', 'Setting up time with our account contact at GoodTime'), ('Date', d), ('Message-ID', mid('outlook'))]
               + outlook_hdrs('Setting up time with our account contact at GoodTime'),
               text(H, 'html', 'windows-1252', 'quoted-printable', ct='text/html; charset="Windows-1252"'), crlf=True)
add('question', 'auto_reply', 'contact-csm', 'en', 'outlook-html-only;qp;windows-1252;received-chain;arc;dkim;disclaimer;crlf', 'CSM question without the letters CSM', raw)

# --- permissions-roles, looks like a reschedule question
d = date(2026, 4, 22, 7, 51, '-0500')
body = ('hey so i cant see the reschedule button on any of the interviews for my store, just the candidate name and time.'
        ' the coordinator for our district (alicia) can see it fine on her screen, we checked together on teams. is mine broken '
        'or am i missing some setting?? i\'m the store mgr at naperville #214 if that matters\n\nkevin\n\nSent from my iPhone\n')
raw = assemble([('Return-Path', '<kevin.odonnell@calloway-finch.com>'),
                ('From', 'Kevin O\'Donnell <kevin.odonnell@calloway-finch.com>'), ('To', HL),
                ('Subject', 'reschedule button missing??'), ('Date', date(2026, 4, 22, 7, 51, '-0500', pad=False)),
                ('Message-Id', mid('apple')), ('X-Mailer', 'iPhone Mail (22E240)')],
               text(body, 'plain', 'us-ascii', '7bit', ct='text/plain;\n\tcharset=us-ascii'))
add('question', 'auto_reply', 'permissions-roles', 'en', 'iphone;plain-7bit;lowercase;mobile-sig', 'missing button is a role question; resembles reschedule', raw)

# --- debrief-scheduling, reply on top of unrelated Outlook thread
d = date(2026, 5, 5, 14, 18, '-0500')
L = ['Thanks Rachel, the training room is sorted now.', '',
     'Different question while I have you: we\u2019ve got the graduate analyst onsites next Tuesday and Wednesday (four candidates, five interviewers each). Megan wants the interviewers and the hiring manager to get together the morning after each one to compare notes. Can GoodTime book that for us from everyone\u2019s calendars? And how do I make sure the candidate doesn\u2019t get an invite to it \u2013 last year someone forwarded the wrong thing and it was awkward.', '',
     'Derek']
QH = [('From:', 'Rachel Nguyen <rachel.nguyen@calloway-finch.com>'), ('Sent:', 'Monday, May 4, 2026 4:02 PM'),
      ('To:', 'Derek Simmons <derek.simmons@calloway-finch.com>'), ('Cc:', 'GoodTime Help Line <helpline@calloway-finch.com>'),
      ('Subject:', 'RE: Room for the GoodTime refresher session')]
QL = ['Hi Derek,', '', 'I\u2019ve moved the refresher to Lakeview 4 on the 12th floor, it seats 14 and has the big screen. Facilities have it on their list.', '',
      'Rachel', '', 'From: Derek Simmons <derek.simmons@calloway-finch.com>', 'Sent: Monday, May 4, 2026 11:37 AM',
      'Subject: Room for the GoodTime refresher session', '', 'Hi Rachel \u2013 the room we had for Thursday got taken by Finance. Any chance you can find another one?']
P = plain_from(L, sig=['Derek Simmons | HR Business Partner, Corporate Functions', 'Calloway & Finch | Chicago'], quote=(QH, QL))
H = outlook_html(L, sig=['Derek Simmons | HR Business Partner, Corporate Functions', 'Calloway & Finch | Chicago'], quote=(QH, QL))
raw = assemble(received(d, 5) + [('From', 'Derek Simmons <derek.simmons@calloway-finch.com>'), ('To', 'Rachel Nguyen <rachel.nguyen@calloway-finch.com>'),
               ('CC', 'GoodTime Help Line <helpline@calloway-finch.com>'),
               ('Subject', 'RE: Room for the GoodTime refresher session'), ('Date', d), ('Message-ID', mid('outlook')),
               ('References', mid('outlook')), ('In-Reply-To', mid('outlook'))] + outlook_hdrs('Room for the GoodTime refresher session'),
               multi('alternative', [text(P, 'plain', 'us-ascii' if False else 'utf-8', 'quoted-printable'), text(H, 'html', 'utf-8', 'quoted-printable')], 'outlook'))
add('question', 'auto_reply', 'debrief-scheduling', 'en', 'outlook;multipart-alternative;reply-thread;outlook-quote-block;received-chain', 'new question on top of unrelated room thread', raw)

# --- interviewer-training, rambling, base64 from Outlook mobile
d = date(2026, 4, 14, 21, 37, '-0400')
body = ('Hi all,\n\n'
        'Hope everyone had a good weekend. Just a heads up first that we have the new conveyor line going live on B-shift next week '
        'so I will be harder to reach than usual, if anything comes up for my interviews please go via Marcus Bell.\n\n'
        'Also, thank you for sorting the room mix-up last Thursday, the candidate said it was the smoothest interview she has had.\n\n'
        'The actual reason I am writing: Brittany Cole, one of our newer shift supervisors at Columbus, has asked to start doing the '
        'warehouse associate interviews. She is great but she has never interviewed anyone. What I would like is for her to sit in '
        'on two or three of mine first and just watch, and then run a couple herself with me sitting in, before she does them on her own. '
        'Is that something GoodTime can set up so it happens automatically when interviews get booked, or do I need to ask the '
        'coordinators to add her by hand each time?\n\n'
        'Thanks,\nJamal Carter\nWarehouse Operations Manager - Columbus DC\n\nGet Outlook for iOS\n')
raw = assemble([('From', 'Jamal Carter <jamal.carter@calloway-finch.com>'), ('To', 'helpline <helpline@calloway-finch.com>'),
                ('Subject', 'New interviewer at Columbus'), ('Thread-Topic', 'New interviewer at Columbus'), ('Thread-Index', rnd_b64(22)),
                ('Date', d), ('Message-ID', mid('outlook')), ('Accept-Language', 'en-US'), ('Content-Language', 'en-US'),
                ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', '')],
               text(body, 'plain', 'utf-8', 'base64', ct='text/plain; charset="utf-8"'))
add('question', 'auto_reply', 'interviewer-training', 'en', 'outlook-ios;base64;utf-8;rambling;two-topics;question-in-third-paragraph', 'shadow then reverse shadow, no feature names used', raw)

# --- interviewer-decline, forwarded decline notice (not live)
d = date(2026, 5, 12, 9, 3, '-0500')
L = ['Hi, one of the panel declined this for Thursday (see below). Do I need to go back to the candidate and move the whole panel, or can I just drop someone else in for him? Candidate already has her itinerary.', '', 'Alicia']
FH = [('From', 'Ben Whitfield <ben.whitfield@calloway-finch.com>'), ('Date', 'Mon, May 11, 2026 at 5:47\u202fPM'),
      ('Subject', 'Declined: Panel Interview - Transportation Planner (Candidate: R. Okafor)'), ('To', 'Alicia Moreno <alicia.moreno@calloway-finch.com>')]
FL = ['Ben Whitfield has declined this meeting.', '', 'Sorry, I\'m at the Reno site visit all week.', '',
      'When: Thursday, May 14, 2026 1:00 PM-2:00 PM (UTC-06:00) Central Time (US & Canada)', 'Where: Microsoft Teams Meeting']
raw = assemble([('Delivered-To', HL)] + received(d, 2, 'gmail') + auth('gmail.com', gmail=True) +
               [('MIME-Version', None), ('From', 'Alicia Moreno <alicia.m.moreno@gmail.com>'), ('Date', d),
                ('Message-ID', mid('gmail')), ('Subject', 'Fwd: Declined: Panel Interview - Transportation Planner (Candidate: R. Okafor)'),
                ('To', HL)],
               alt(gmail_plain(L, fwd=(FH, FL)), gmail_html(L, fwd=(FH, FL)), 'gmail', cte='quoted-printable'))
add('question', 'auto_reply', 'interviewer-decline', 'en', 'gmail;multipart-alternative;forwarded-chain;dkim;received-chain', 'decline for later this week, not live', raw)

# ====================================================================== QUESTIONS no article (English)
# --- form mailer (Power Automate), walk-in candidates without e-mail
d = date(2026, 3, 30, 13, 12, '+0000')
body = ('A new response has been submitted to "GoodTime Help Line - Ask a question".\n\n'
        'Submitted by: Marcus Bell (marcus.bell@calloway-finch.com)\n'
        'Location: Columbus DC\n'
        'Role: Senior Recruiter\n'
        'Topic: Other\n'
        'Urgency: Normal\n\n'
        'Your question:\n'
        'We get a lot of walk-in candidates for warehouse associate roles on Tuesdays and some of them do not have an email address '
        '(or give us one they never check). Can GoodTime schedule an interview for someone with only a phone number? If yes how do they '
        'get their confirmation? Right now we write it on a card.\n\n'
        'Attachments: (none)\n\n'
        '--\nThis message was sent automatically by Power Automate on behalf of Calloway & Finch IT. Replies to this address are not monitored.\n')
raw = assemble(received(d, 4) + [('From', 'Power Automate <flow-noreply@microsoft.com>'), ('Reply-To', 'marcus.bell@calloway-finch.com'),
               ('To', HL), ('Subject', 'New response: GoodTime Help Line - Ask a question'), ('Date', d),
               ('Message-ID', mid('outlook')), ('Auto-Submitted', 'auto-generated'), ('X-Auto-Response-Suppress', 'All'),
               ('Precedence', 'bulk'), ('X-MS-Exchange-Organization-AuthAs', 'Anonymous')],
               text(body, 'plain', 'utf-8', '7bit'))
add('question', 'forward_support|needs_review', 'none', 'en', 'form-mailer;auto-submitted;x-auto-response-suppress;no-reply-from;plain', 'walk-ins without e-mail, via Power Automate form', raw)

# --- mobile app, terse, no Message-ID
raw = assemble([('From', 'Olivia Hartley <olivia.hartley@calloway-finch.com>'), ('To', HL),
                ('Subject', 'app?'), ('Date', date(2026, 4, 9, 8, 2, '+0100'))],
               text('is there a goodtime app for phones? half my interviewers are on the shop floor all day\n', 'plain', 'us-ascii', '7bit',
                    ct='text/plain; charset=us-ascii'))
add('question', 'forward_support', 'none', 'en', 'plain-7bit;one-liner;lowercase;no-message-id', 'mobile app not covered', raw)

# --- candidate data deletion, resembles ATS article
d = date(2026, 5, 19, 11, 26, '-0500')
L = ['Hi team,', '',
     'We have had a data deletion request from a former candidate (she interviewed for a driver role at the Joliet cross-dock last autumn and was not hired). Legal have asked us to confirm every system that holds her information.', '',
     'The ATS side is being handled. What I can\u2019t answer is whether GoodTime keeps its own copy of candidate details \u2013 name, email, the availability she submitted, the interview history \u2013 and if so, how long it keeps it and who can delete it. Do we raise this with GoodTime ourselves or is there a process already?', '',
     'Regards,', 'Derek']
S = ['Derek Simmons', 'HR Business Partner, Corporate Functions', 'Calloway & Finch', ''] + DISCLAIMER_EN
raw = assemble(received(d, 5) + auth() + [('From', 'Derek Simmons <derek.simmons@calloway-finch.com>'), ('To', HLN),
               ('Subject', 'Candidate data held in GoodTime - deletion request'), ('Date', d), ('Message-ID', mid('outlook'))]
               + outlook_hdrs('Candidate data held in GoodTime - deletion request'),
               text(outlook_html(L, sig=S), 'html', 'windows-1252', 'quoted-printable', ct='text/html; charset="windows-1252"'))
add('question', 'forward_support', 'none', 'en', 'outlook-html-only;qp;windows-1252;disclaimer;received-chain;dkim', 'retention/deletion of candidate data not covered; resembles ATS article', raw)

# --- panel size limit, Thunderbird format=flowed
d = date(2026, 4, 28, 17, 55, '-0700')
body = ('Hi,\n\n'
        'Is there a maximum number of interviewers GoodTime will let me put into \n'
        'one panel session? Our architecture review panel for the staff engineer \n'
        'role is nine people (long story) and I would rather know now than find \n'
        'out when I hit Schedule.\n\n'
        'Cheers,\nHannah\n\n'
        '-- \nHannah Cho\nStaff Software Engineer, Platform\nCalloway & Finch Technology\n')
raw = assemble([('Message-ID', mid('generic')), ('Date', d), ('MIME-Version', None),
                ('User-Agent', 'Mozilla Thunderbird'), ('Content-Language', 'en-US'), ('To', HL),
                ('From', 'Hannah Cho <hannah.cho@calloway-finch.com>'), ('Subject', 'max people on a panel?')],
               text(body, 'plain', 'UTF-8', '7bit', ct='text/plain; charset=UTF-8; format=flowed'))
add('question', 'forward_support', 'none', 'en', 'thunderbird;format-flowed;plain', 'panel size limit not in panel article', raw)

# --- self-scheduling link expiry
d = date(2026, 5, 6, 15, 40, '+0100')
L = ['Hi,', '',
     'When I send a candidate one of the links where they pick their own slot, how long does that link stay live for? I want to put a line in my covering note along the lines of \u201cplease book by Friday\u201d but I don\u2019t want to make up a deadline if the link actually dies after 48 hours or whatever.', '',
     'Is it a fixed number of days, and can we change it?', '', 'Thanks,', 'Aisha', '',
     'Aisha Rahman | Recruitment Coordinator | Birmingham DC', 'Calloway & Finch UK Ltd']
raw = assemble([('From', 'Aisha Rahman <aisha.rahman@calloway-finch.com>'), ('To', HLN), ('Subject', 'How long do booking links last?'),
                ('Date', d), ('Message-ID', mid('outlook'))] + outlook_hdrs('How long do booking links last?', 'en-GB'),
               alt(plain_from(L), outlook_html(L, lang='EN-GB'), 'outlook', cs='utf-8'))
add('question', 'forward_support', 'none', 'en', 'outlook;multipart-alternative;qp', 'link expiry not in self-scheduling article', raw)

# --- SLA number for vendor review
d = date(2026, 6, 2, 9, 14, '-0500')
L = ['Hello help line,', '',
     'I\u2019m completing the annual vendor risk review for GoodTime (IT procurement, section 4 \u201cSupport & incident response\u201d). The form wants the contractual first-response time for a Priority 1 / critical incident, in hours, and the same for P2.', '',
     'Can you give me the actual figures, or tell me where they are written down? I need the numbers themselves rather than a link to a general page if possible, because the form has a field for each.', '',
     'Best,', 'Nadia Benali', 'IT Vendor Management | Calloway & Finch Technology']
raw = assemble(received(d, 7) + auth(arc=True) + [('From', 'Nadia Benali <nadia.benali@calloway-finch.com>'), ('To', HL),
               ('Subject', 'Vendor review - GoodTime P1/P2 response times'), ('Date', d), ('Message-ID', mid('outlook'))]
               + outlook_hdrs('Vendor review - GoodTime P1/P2 response times'),
               text(outlook_html(L), 'html', 'windows-1252', 'quoted-printable', ct='text/html; charset="windows-1252"'), crlf=True)
add('question', 'forward_support', 'none', 'en', 'outlook-html-only;qp;windows-1252;received-chain;arc;dkim;crlf', 'exact SLA figures not in support-hours article', raw)

# --- Spanish-language candidate e-mails in US stores (personal Gmail)
d = date(2026, 4, 16, 19, 21, '-0500')
L = ['Hi there,', '',
     'Lots of the applicants for our Little Village store (Chicago) are more comfortable in Spanish. When GoodTime sends them the interview confirmation, is there a way for it to go out in Spanish? Either automatically or by me picking a language?', '',
     'Using my personal email because I\'m locked out of Outlook on my laptop again, sorry.', '',
     'Rosa Delgado', 'Store Manager, #118 Little Village']
raw = assemble([('Delivered-To', HL)] + received(d, 3, 'gmail') + auth('gmail.com', gmail=True) +
               [('MIME-Version', None), ('From', 'Rosa Delgado <rosadelgado.chi@gmail.com>'), ('Date', d), ('Message-ID', mid('gmail')),
                ('Subject', 'confirmation emails in spanish?'), ('To', HL)],
               alt(gmail_plain(L), gmail_html(L), 'gmail', cte='7bit'))
add('question', 'forward_support', 'none', 'en', 'gmail;multipart-alternative;personal-address;dkim;received-chain', 'email language not covered', raw)

# --- did the candidate open the confirmation? -----Original Message----- plain reply
d = date(2026, 5, 26, 12, 3, '-0400')
body = ('Follow-up on something else: is there any way in GoodTime to see whether a candidate has actually opened their confirmation '
        'email? I have a candidate for Thursday who has gone quiet and I\'d like to know if she has even seen it before I chase.\n\n'
        'Thanks\nMarcus\n\n'
        '-----Original Message-----\n'
        'From: GoodTime Help Line <helpline@calloway-finch.com>\n'
        'Sent: Friday, May 22, 2026 3:11 PM\n'
        'To: Marcus Bell <marcus.bell@calloway-finch.com>\n'
        'Subject: RE: load limits for the Columbus pool\n\n'
        'Hi Marcus,\n\n'
        'The Columbus associate pool is now capped at 4 interviews a week per person, as agreed with Jamal. Shout if anyone looks wrong.\n\n'
        'GoodTime project team\n')
raw = assemble([('From', 'Marcus Bell <marcus.bell@calloway-finch.com>'), ('To', 'GoodTime Help Line <helpline@calloway-finch.com>'),
                ('Subject', 'RE: load limits for the Columbus pool'), ('Date', d), ('Message-ID', mid('outlook').strip('<>')),
                ('In-Reply-To', mid('outlook')), ('X-Mailer', 'Microsoft Outlook 16.0')],
               text(body, 'plain', 'us-ascii', '7bit', ct='text/plain;\n\tcharset="us-ascii"'))
add('question', 'forward_support', 'none', 'en', 'plain;original-message-quote;reply-thread;message-id-no-brackets', 'open tracking not covered; quoted thread about load limits', raw)
# ====================================================================== QUESTIONS (German)
# --- contact-support: phone number?
d = date(2026, 4, 13, 8, 47, '+0200')
L = ['Hallo zusammen,', '',
     'kurze Frage: Hat der GoodTime-Support eigentlich eine Telefonnummer bzw. eine Hotline? Wenn bei uns morgens um sieben im Lager ein Termin hängt, rufe ich ehrlich gesagt lieber kurz an, als etwas aufzuschreiben und auf eine Antwort zu warten.', '',
     'Falls es eine Nummer gibt, würde ich sie gern an unsere Koordinatorinnen in Hamburg und Duisburg weitergeben.', '',
     'Danke und viele Grüße', 'Jürgen']
S = ['Jürgen Weiß', 'Recruiter Logistik', 'cf logistics GmbH | Am Sandtorkai 41 | 20457 Hamburg', 'Tel. +49 40 555 781-23', ''] + DISCLAIMER_DE
raw = assemble(received(d, 5) + auth('cf-logistics.de') +
               [('From', ew('Jürgen Weiß', 'iso-8859-1', 'Q') + ' <juergen.weiss@cf-logistics.de>'), ('To', HLN),
                ('Subject', ew('Rückfrage: GoodTime-Support telefonisch erreichbar?', 'iso-8859-1', 'Q')),
                ('Date', d), ('Message-ID', mid('outlook'))] + outlook_hdrs('Rückfrage: GoodTime-Support telefonisch erreichbar?', 'de-DE'),
               text(outlook_html(L, sig=S, lang='DE'), 'html', 'windows-1252', 'quoted-printable', ct='text/html; charset="iso-8859-1"'.replace('iso-8859-1', 'windows-1252')), crlf=True)
add('question', 'auto_reply', 'contact-support', 'de', 'outlook-html-only;qp;windows-1252;rfc2047-q-iso-8859-1;received-chain;dkim;disclaimer;crlf', 'asks for a phone line', raw)

# --- room-booking: new rooms not offered (raw UTF-8 headers)
d = date(2026, 5, 20, 13, 31, '+0200')
body = ('Hallo liebes GoodTime-Team,\n\n'
        'wir haben im DC Duisburg seit letzter Woche zwei neue Besprechungsräume im Verwaltungstrakt, „Rhein“ und „Ruhr“. '
        'In Outlook kann ich die ganz normal buchen, aber wenn ich in GoodTime ein Vor-Ort-Gespräch plane, werden mir nur die '
        'alten Räume (Lager 1 und Schulungsraum) angeboten.\n\n'
        'Muss da noch jemand etwas freischalten oder einstellen, damit GoodTime die neuen Räume kennt? Und wer wäre das bei uns?\n\n'
        'Viele Grüße aus Duisburg\nKatrin Möller\nRecruiting-Koordination West\ncf logistics GmbH\n')
raw = assemble([('Return-Path', '<katrin.moeller@cf-logistics.de>')] + received(d, 3, 'ext', 'mail.cf-logistics.de') +
               [('From', 'Katrin Möller <katrin.moeller@cf-logistics.de>'), ('To', 'helpline@calloway-finch.com'),
                ('Subject', 'Räume „Rhein“ und „Ruhr“ fehlen bei Vor-Ort-Terminen'), ('Date', d), ('Message-ID', mid('generic', 'cf-logistics.de')),
                ('User-Agent', 'Mozilla Thunderbird'), ('Content-Language', 'de-DE')],
               text(body, 'plain', 'UTF-8', '8bit', ct='text/plain; charset=UTF-8; format=flowed'))
add('question', 'auto_reply', 'room-booking', 'de', 'raw-utf8-subject;raw-utf8-from;8bit;thunderbird;received-chain', 'new rooms not offered', raw)

# --- time-zones: relocating candidate (base64 latin-1, split B-word subject)
d = date(2026, 3, 24, 22, 16, '+0100')
body = ('Hallo,\n\n'
        'ich plane gerade die Gespräche für eine Kandidatin (Supply Chain Analyst, m/w/d). Sie sitzt momentan noch in Toronto, '
        'zieht aber Ende April nach Hamburg, und die Termine liegen genau dazwischen: erst zwei per Video, dann eins vor Ort bei uns.\n\n'
        'Worauf muss ich in GoodTime achten, damit bei ihr die Uhrzeiten richtig ankommen? Beim letzten Kandidaten aus England stand in '
        'seiner Bestätigung eine andere Uhrzeit als bei uns und er war eine Stunde zu früh da. Das möchte ich diesmal vermeiden, '
        'zumal ja auch noch die Zeitumstellung dazwischen liegt.\n\n'
        'Gruß\nSvenja Otto\nRecruiting Hamburg\n')
raw = assemble([('From', 'Svenja Otto <svenja.otto@cf-logistics.de>'), ('To', 'helpline@calloway-finch.com'),
                ('Subject', ew_split('Zeitzone für Kandidatin, die gerade umzieht', [20, 31], 'UTF-8', 'B')),
                ('Date', d), ('Message-ID', mid('generic', 'cf-logistics.de')), ('X-Mailer', 'Microsoft Outlook 16.0')],
               text(body, 'plain', 'iso-8859-1', 'base64', ct='text/plain; charset="iso-8859-1"'))
add('question', 'auto_reply', 'time-zones', 'de', 'base64;iso-8859-1;rfc2047-b-split-midword;late-evening', 'relocating candidate, time shown wrong last time', raw)

# --- reporting-dashboards: reply on top, Ursprüngliche Nachricht
d = date(2026, 4, 2, 10, 58, '+0200')
L = ['Hallo Rachel,', '', 'danke, das mit dem Raum für den Azubi-Tag hat geklappt.', '',
     'Noch etwas ganz anderes: Unsere Standortleitung in Duisburg möchte fürs Quartalsgespräch wissen, wie viele Interviews jede Schichtleitung von Januar bis März tatsächlich geführt hat – ein paar haben das Gefühl, dass immer dieselben drei Leute ran müssen. Kann man so eine Auswertung irgendwo in GoodTime ziehen, oder muss ich das mühsam aus den Kalendern zusammensuchen?', '',
     'Viele Grüße', 'Anja']
Q = ['-----Ursprüngliche Nachricht-----', 'Von: Rachel Nguyen <rachel.nguyen@calloway-finch.com>', 'Gesendet: Mittwoch, 1. April 2026 17:20',
     'An: Anja Schäfer <anja.schaefer@cf-logistics.de>', 'Betreff: AW: Raum Azubi-Tag 16.04.', '',
     'Hi Anja, der Schulungsraum ist für den 16.04. von 9 bis 15 Uhr auf euch geblockt. Catering müsstet ihr selbst bestellen.', '', 'Rachel']
P = '\n'.join(L) + '\n\nAnja Schäfer\nHR Business Partner | cf logistics GmbH\n\n' + '\n'.join(Q) + '\n'
H = outlook_html(L + ['', 'Anja Schäfer', 'HR Business Partner | cf logistics GmbH', ''] + Q, cs='utf-8', lang='DE')
raw = assemble(received(d, 5) + [('From', ew('Anja Schäfer', 'utf-8', 'Q') + ' <anja.schaefer@cf-logistics.de>'), ('To', 'Rachel Nguyen <rachel.nguyen@calloway-finch.com>'),
               ('Cc', 'helpline@calloway-finch.com'), ('Subject', 'AW: Raum Azubi-Tag 16.04.'), ('Date', d), ('Message-ID', mid('outlook'))]
               + outlook_hdrs('Raum Azubi-Tag 16.04.', 'de-DE'),
               alt(P, H, 'outlook', cs='utf-8'))
add('question', 'auto_reply', 'reporting-dashboards', 'de', 'outlook;multipart-alternative;qp;reply-thread;two-topics;urspruengliche-nachricht;rfc2047-q-utf8', 'interviews per shift lead last quarter', raw)

# --- escalation-path: new joiner, iPhone
d = date(2026, 5, 4, 18, 9, '+0200')
body = ('Hi,\n\nich bin seit zwei Wochen im Recruiting in Hamburg und versuche noch, den Überblick zu behalten. '
        'Wann schreibe ich euch hier an, wann gehe ich direkt zum Support von GoodTime und wann zu dieser Kundenbetreuerin bei GoodTime, '
        'von der immer alle reden? Und wohin mit Ideen, was man am Tool verbessern könnte? Gibt’s da eine Faustregel?\n\n'
        'Danke!\nLukas\n\nVon meinem iPhone gesendet\n')
raw = assemble([('From', 'Lukas Hoffmann <lukas.hoffmann@cf-logistics.de>'), ('Content-Type', None),
                ('Subject', 'Wen frage ich wann?'), ('Date', d), ('To', 'helpline@calloway-finch.com'),
                ('Message-Id', mid('apple', 'cf-logistics.de')), ('X-Mailer', 'iPhone Mail (22D82)')],
               text(body, 'plain', 'utf-8', 'quoted-printable', ct='text/plain;\n\tcharset=utf-8'), mime='1.0 (1.0)')
add('question', 'auto_reply', 'escalation-path', 'de', 'iphone;qp;utf-8;mobile-sig-de', 'which channel when, CSM described not named', raw)

# ====================================================================== QUESTIONS (Spanish)
# --- support-hours (no word "horas"), Outlook alt base64
d = date(2026, 4, 21, 17, 36, '+0200')
L = ['Hola:', '',
     'Estamos empezando a entrevistar a candidatos de México y Colombia para el equipo de atención al cliente y muchas entrevistas acaban siendo a las 18:00 o las 19:00 de allí, que en Madrid es plena madrugada.', '',
     'Si algo falla en GoodTime a esas alturas de la noche, ¿hay alguien en el soporte de GoodTime que conteste, o solo atienden de lunes a viernes en jornada normal? Lo pregunto para saber si tenemos que montar una guardia en el equipo.', '',
     'Gracias,', 'Lucía', '', 'Lucía Fernández', 'Técnica de Selección | Calloway & Finch Iberia', 'Las Rozas (Madrid)']
raw = assemble(received(d, 6) + auth('calloway-finch.es', arc=True) +
               [('From', 'Lucía Fernández <lucia.fernandez@calloway-finch.es>'.replace('Lucía Fernández', ew('Lucía Fernández', 'UTF-8', 'B'))),
                ('To', HLN), ('Subject', ew('¿Soporte de GoodTime por la noche?', 'utf-8', 'Q')),
                ('Date', d), ('Message-ID', mid('outlook'))] + outlook_hdrs('¿Soporte de GoodTime por la noche?', 'es-ES'),
               multi('alternative', [text(plain_from(L), 'plain', 'utf-8', 'base64'), text(outlook_html(L, cs='utf-8', lang='ES'), 'html', 'utf-8', 'base64')], 'outlook'))
add('question', 'auto_reply', 'support-hours', 'es', 'outlook;multipart-alternative;base64;utf-8;rfc2047-b-from;rfc2047-q-subject;arc;dkim;received-chain', 'night-time support availability', raw)

# --- self-scheduling-link, iPhone
d = date(2026, 3, 11, 12, 44, '+0100')
body = ('Buenas,\n\npara las entrevistas por teléfono de mozos de almacén en Zaragoza (son 15 minutos) ¿puedo mandarle al candidato '
        'un enlace para que elija él la hora y así nos ahorramos el ir y venir de correos? y si el candidato me dice que no le sale '
        'ninguna hora libre, ¿qué tengo que revisar?\n\ngracias\nJavier\n\nEnviado desde mi iPhone\n')
raw = assemble([('From', 'Javier Morales <javier.morales@calloway-finch.es>'), ('Content-Type', None), ('Subject', 'enlace para que elijan hora'),
                ('Date', d), ('To', 'helpline@calloway-finch.com'), ('Message-Id', mid('apple', 'calloway-finch.es')), ('X-Mailer', 'iPhone Mail (22D82)')],
               text(body, 'plain', 'utf-8', 'quoted-printable', ct='text/plain;\n\tcharset=utf-8'), mime='1.0 (1.0)')
add('question', 'auto_reply', 'self-scheduling-link', 'es', 'iphone;qp;utf-8;mobile-sig-es;lowercase', 'candidate picks own slot; no slots', raw)

# --- cancel-interview: candidate withdrew; Outlook HTML cp1252
d = date(2026, 5, 13, 9, 22, '+0200')
L = ['Hola equipo:', '',
     'Una candidata al puesto de Analista de Transporte nos ha escrito esta mañana para decirnos que retira su candidatura porque ha aceptado otra oferta. Tenía la entrevista final el jueves con tres personas en la oficina de Las Rozas.', '',
     '¿Lo correcto es borrar la convocatoria directamente del calendario de Outlook o hay que hacerlo desde GoodTime? No quiero que a ella le llegue ningún correo raro, ni que a los entrevistadores se les quede la sala bloqueada.', '',
     'Un saludo,', 'Marta']
S = ['Marta Sánchez', 'Coordinadora de Selección', 'Calloway & Finch Iberia S.L.', ''] + DISCLAIMER_ES
raw = assemble(received(d, 5) + auth('calloway-finch.es') +
               [('From', ew('Marta Sánchez', 'iso-8859-1', 'Q') + ' <marta.sanchez@calloway-finch.es>'), ('To', HLN),
                ('Subject', 'Candidata retirada - ' + ew('¿cómo anulo la entrevista?', 'iso-8859-1', 'Q')), ('Date', d), ('Message-ID', mid('outlook'))]
               + outlook_hdrs('Candidata retirada - ¿cómo anulo la entrevista?', 'es-ES'),
               text(outlook_html(L, sig=S, lang='ES'), 'html', 'windows-1252', 'quoted-printable', ct='text/html; charset="Windows-1252"'))
add('question', 'auto_reply', 'cancel-interview', 'es', 'outlook-html-only;qp;windows-1252;rfc2047-q-iso-8859-1;disclaimer;received-chain;dkim', 'withdrawn candidate, delete from calendar?', raw)

# --- candidate-itinerary: reply on top of Gmail thread about something else
d = date(2026, 4, 15, 16, 2, '+0200')
L = ['Hola de nuevo,', '',
     'Aprovecho este hilo para otra cosa: el candidato de la entrevista de mañana (jefe de turno, plataforma de Getafe) me dice que no encuentra el correo con el horario y con quién va a hablar en cada entrevista. ¿Cómo se lo vuelvo a mandar desde GoodTime? No quiero tener que escribírselo todo a mano.', '',
     'Gracias,', 'Nerea']
QA = 'El mié, 15 abr 2026 a las 10:12, GoodTime Help Line (<helpline@calloway-finch.com>) escribió:'
QL = ['Hola Nerea,', '', 'Ya tiene acceso tu nueva compañera, Paula. Le llegará un correo de GoodTime para activar la cuenta.', '', 'Un saludo,', 'Equipo de proyecto GoodTime']
raw = assemble([('Delivered-To', HL)] + received(d, 3, 'gmail') + auth('calloway-finch.es', gmail=True) +
               [('MIME-Version', None), ('References', mid('outlook')), ('In-Reply-To', mid('outlook')),
                ('From', 'Nerea Iglesias <nerea.iglesias@calloway-finch.es>'), ('Date', d), ('Message-ID', mid('gmail')),
                ('Subject', 'Re: Acceso a GoodTime para Paula'), ('To', 'GoodTime Help Line <helpline@calloway-finch.com>')],
               alt(gmail_plain(L, quote_attr=QA, quote_lines=QL), gmail_html(L, quote_attr=QA, quote_lines=QL), 'gmail', cte='quoted-printable'))
add('question', 'auto_reply', 'candidate-itinerary', 'es', 'gmail;multipart-alternative;qp;reply-thread;gt-quote;dkim;received-chain', 'resend schedule to candidate; quoted thread about access', raw)

# --- product-board: where do ideas go (raw windows-1252 headers)
d = date(2026, 6, 3, 23, 48, '+0200')
body = ('Hola,\n\n'
        'Llevo un par de meses usando GoodTime para las entrevistas del almacén de Zaragoza y se me han ido ocurriendo algunas cosas '
        'que nos vendrían muy bien, sobre todo para los turnos de noche y los fines de semana.\n\n'
        'Antes de escribiros un testamento: ¿dónde se proponen este tipo de mejoras? ¿Os las mando a vosotros, a GoodTime directamente, '
        'o hay algún sitio donde se recogen y se pueden ver las de otros?\n\n'
        'Un saludo,\nÁlvaro Gómez\nJefe de almacén – Zaragoza PLAZA\n')
raw = assemble([('Return-Path', '<alvaro.gomez@calloway-finch.es>'), ('Received', 'from [192.168.1.34] (88.27.114.%d.dyn.user.ono.com [88.27.114.%d])\n\tby smtp.calloway-finch.es (Postfix) with ESMTPSA id 4Zc7Lq2kTnz9sVx\n\tfor <helpline@calloway-finch.com>; %s' % ((lambda k: (k, k))(R.randrange(2, 250)) + (d,))),
                ('From', 'Álvaro Gómez <alvaro.gomez@calloway-finch.es>'.encode('windows-1252')), ('To', 'helpline@calloway-finch.com'),
                ('Subject', 'Sugerencias para GoodTime – ¿dónde las envío?'.encode('windows-1252')), ('Date', d),
                ('Message-ID', mid('generic', 'calloway-finch.es')), ('X-Mailer', 'Microsoft Outlook 16.0')],
               text(body, 'plain', 'windows-1252', '8bit', ct='text/plain; charset="windows-1252"'))
add('question', 'auto_reply', 'product-board', 'es', 'raw-cp1252-subject;raw-cp1252-from;8bit;windows-1252;night', 'where to submit ideas; no concrete idea', raw)

# ====================================================================== QUESTIONS (French)
# --- chat-bubble: can't find it (not logged in)
d = date(2026, 3, 19, 11, 3, '+0100')
L = ['Bonjour,', '',
     'Lors de la formation on nous a dit que pour joindre le support GoodTime, le plus simple était de passer par la « bulle violette ». Je viens de regarder partout sur mon écran et je ne la trouve pas.', '',
     'J\u2019ouvre GoodTime depuis le lien qui est dans les invitations d\u2019entretien, si ça change quelque chose. Elle est censée être où exactement ?', '',
     'Merci,', 'Julien']
S = ['Julien Mercier', 'Coordinateur recrutement \u2013 Île-de-France', 'Calloway & Finch France', '']
raw = assemble(received(d, 6) + auth('calloway-finch.fr') +
               [('From', 'Julien Mercier <julien.mercier@calloway-finch.fr>'), ('To', HLN),
                ('Subject', ew_split('Où est la bulle violette ?', [4, 13], 'iso-8859-1', 'Q')),
                ('Date', d), ('Message-ID', mid('outlook'))] + outlook_hdrs('Où est la bulle violette ?', 'fr-FR'),
               text(outlook_html(L, sig=S, lang='FR'), 'html', 'windows-1252', 'quoted-printable', ct='text/html; charset="windows-1252"'))
add('question', 'auto_reply', 'chat-bubble', 'fr', 'outlook-html-only;qp;windows-1252;rfc2047-q-split-midword;iso-8859-1;received-chain;dkim', 'cannot find purple bubble, not logged in', raw)

# --- reschedule: move it in Outlook? iPhone base64
d = date(2026, 4, 27, 19, 25, '+0200')
body = ('Bonjour,\n\nle candidat pour le poste de responsable de rayon (magasin de Bercy) me demande de décaler son entretien de mardi '
        'à jeudi, même heure. Est-ce que je peux simplement glisser le rendez-vous dans mon agenda Outlook ou il faut passer par GoodTime ? '
        'Il y a aussi le directeur du magasin dans l\'invitation.\n\nMerci !\nAmélie\n\nEnvoyé de mon iPhone\n')
raw = assemble([('From', ew('Amélie Rousseau', 'utf-8', 'B') + ' <amelie.rousseau@calloway-finch.fr>'), ('Content-Type', None),
                ('Subject', 'Décaler un entretien'.replace('Décaler', ew('Décaler', 'utf-8', 'Q'))), ('Date', d), ('To', 'helpline@calloway-finch.com'),
                ('Message-Id', mid('apple', 'calloway-finch.fr')), ('X-Mailer', 'iPhone Mail (22E240)')],
               text(body, 'plain', 'utf-8', 'base64', ct='text/plain; charset=utf-8'), mime='1.0 (1.0)')
add('question', 'auto_reply', 'reschedule-interview', 'fr', 'iphone;base64;utf-8;mobile-sig-fr;rfc2047-b-from', 'move in Outlook or GoodTime', raw)

# --- conference-links: Teams vs Zoom; reply with > quote on unrelated matter
d = date(2026, 4, 20, 14, 37, '+0200')
L = ['Bonjour,', '',
     'Autre sujet que celui ci-dessous : pour les entretiens à distance de l\'équipe de Lyon, on travaille avec Teams et pas avec Zoom. Où est-ce qu\'on choisit l\'outil de visio, et est-ce qu\'on peut en changer pour un seul entretien quand un candidat n\'arrive pas à installer Teams ?', '',
     'Bonne journée,', 'Camille']
QA = 'Le lun. 20 avr. 2026 à 09:14, GoodTime Help Line <helpline@calloway-finch.com> a écrit :'
QL = ['Bonjour Camille,', '', 'C\'est fait, Léa (alternante RH) a maintenant un accès coordinatrice.', '', 'Bonne journée,', 'L\'équipe projet GoodTime']
raw = assemble(received(d, 4, 'gmail') + auth('calloway-finch.fr', gmail=True) +
               [('MIME-Version', None), ('References', mid('outlook')), ('In-Reply-To', mid('outlook')),
                ('From', ew('Camille Lefèvre', 'UTF-8', 'Q') + ' <camille.lefevre@calloway-finch.fr>'), ('Date', d), ('Message-ID', mid('gmail')),
                ('Subject', 'Re: ' + ew('Accès GoodTime pour Léa', 'UTF-8', 'Q')), ('To', 'GoodTime Help Line <helpline@calloway-finch.com>')],
               alt(gmail_plain(L, quote_attr=QA, quote_lines=QL), gmail_html(L, quote_attr=QA, quote_lines=QL), 'gmail'))
add('question', 'auto_reply', 'conference-links', 'fr', 'gmail;multipart-alternative;qp;reply-thread;gt-quote;rfc2047-q-utf8;dkim', 'choose Teams, change per interview', raw)

# --- add-interviewer-to-pool
d = date(2026, 5, 11, 10, 12, '+0200')
L = ['Bonjour à tous,', '',
     'Maëlle Girard, nouvelle cheffe d\u2019équipe à l\u2019entrepôt de Saint-Priest, est maintenant habilitée à faire passer les entretiens des préparateurs de commandes. Comment je fais pour qu\u2019elle soit proposée par GoodTime comme les autres chefs d\u2019équipe ? Pour l\u2019instant elle n\u2019apparaît jamais dans les propositions de créneaux.', '',
     'Merci d\u2019avance,', 'Hélène']
S = ['Hélène Dubois', 'Chargée de recrutement \u2013 Logistique Rhône-Alpes', 'Calloway & Finch France SAS', '+33 4 72 55 18 40']
raw = assemble(received(d, 5) + [('From', '=?utf-8?B?SMOpbMOobmUgRHVib2lz?= <helene.dubois@calloway-finch.fr>'), ('To', HLN),
               ('Subject', 'Nouvelle intervieweuse à Saint-Priest'), ('Date', d), ('Message-ID', mid('outlook'))]
               + outlook_hdrs('Nouvelle intervieweuse à Saint-Priest', 'fr-FR'),
               alt(plain_from(L, sig=S), outlook_html(L, sig=S, cs='utf-8', lang='FR'), 'outlook', cs='utf-8'))
add('question', 'auto_reply', 'add-interviewer-to-pool', 'fr', 'outlook;multipart-alternative;qp;utf-8;rfc2047-b-from;rfc2047-thread-topic', 'new team lead never suggested', raw)

# --- contact-csm in French, Apple Mail, long signature
d = date(2026, 6, 9, 15, 55, '+0200')
L = ['Bonjour,', '',
     'Nous souhaiterions organiser un point avec notre interlocutrice Customer Success chez GoodTime, pour parler de la façon dont nous organisons les entretiens en magasin (plusieurs magasins partagent les mêmes managers et cela devient compliqué).', '',
     'Je n\u2019ai pas ses coordonnées et je ne veux pas passer par le support pour ça. Comment puis-je réserver un créneau avec elle ?', '',
     'Cordialement,']
S = ['Nathalie Perrin', 'Responsable Ressources Humaines France', 'Calloway & Finch France SAS', '12 rue de la Gare \u2013 69007 Lyon',
     'Tél. : +33 4 72 55 18 00 \u2013 Mobile : +33 6 55 41 27 90', ''] + DISCLAIMER_FR
raw = assemble(received(d, 5) + auth('calloway-finch.fr') +
               [('From', 'Nathalie Perrin <nathalie.perrin@calloway-finch.fr>'), ('Content-Type', None),
                ('Subject', 'Prise de rendez-vous avec GoodTime (Customer Success)'), ('Date', d), ('To', HLN),
                ('Message-Id', mid('apple', 'calloway-finch.fr')), ('X-Mailer', 'Apple Mail (2.3826.400.131.1.6)')],
               alt(apple_plain(L, S), apple_html(L, S), 'apple'), mime='1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))')
add('question', 'auto_reply', 'contact-csm', 'fr', 'apple-mail;multipart-alternative;qp;long-signature;disclaimer;received-chain;dkim', 'how to book time with customer success', raw)

# ====================================================================== QUESTIONS (Portuguese)
# --- internal-project-team
d = date(2026, 3, 9, 9, 41, '+0000')
L = ['Bom dia,', '',
     'Comecei esta semana na equipa de recrutamento em Lisboa e deram-me este endereço para as questões do GoodTime.', '',
     'Só para perceber: quem é que está do outro lado? É a própria GoodTime ou é uma equipa cá de dentro? E que tipo de perguntas é suposto mandar para aqui? Não quero estar a encher-vos a caixa com coisas que não são para vocês.', '',
     'Obrigado,', 'João Ferreira', 'Recrutamento | Calloway & Finch Portugal']
raw = assemble(received(d, 5) + [('From', 'Joao Ferreira <joao.ferreira@calloway-finch.pt>'), ('To', HLN),
               ('Subject', 'Para que serve este endereço?'.replace('endereço?', ew('endereço?', 'windows-1252', 'Q'))), ('Date', d), ('Message-ID', mid('outlook'))]
               + outlook_hdrs('Para que serve este endereço?', 'pt-PT'),
               text(outlook_html(L, lang='PT'), 'html', 'windows-1252', 'quoted-printable', ct='text/html; charset="windows-1252"'), crlf=True)
add('question', 'auto_reply', 'internal-project-team', 'pt', 'outlook-html-only;qp;windows-1252;rfc2047-q-windows-1252;received-chain;crlf', 'who runs this help line, what to send', raw)

# --- candidate-reminders: no-shows, iPhone base64
d = date(2026, 4, 24, 20, 3, '+0100')
body = ('Olá,\n\nesta semana tivemos dois candidatos que não apareceram às entrevistas no armazém de Alverca e um deles disse-me depois '
        'que "se tinha esquecido". Os candidatos recebem algum lembrete antes da entrevista? Se sim, quem é que trata disso e dá para '
        'saber se está ligado para as nossas vagas?\n\nObrigado\nMiguel Costa\n\nEnviado do meu iPhone\n')
raw = assemble([('From', 'Miguel Costa <miguel.costa@calloway-finch.pt>'), ('Content-Type', None), ('Subject', 'Candidatos que faltam'),
                ('Date', d), ('To', 'helpline@calloway-finch.com'), ('Message-Id', mid('apple', 'calloway-finch.pt')), ('X-Mailer', 'iPhone Mail (22E240)')],
               text(body, 'plain', 'utf-8', 'base64', ct='text/plain;\n\tcharset=utf-8'), mime='1.0 (1.0)')
add('question', 'auto_reply', 'candidate-reminders', 'pt', 'iphone;base64;utf-8;mobile-sig-pt', 'no-shows, are reminders sent', raw)

# --- panel-interviews: Gmail, Q subject
d = date(2026, 5, 14, 11, 49, '+0100')
L = ['Olá,', '',
     'Para a vaga de Engenheiro de Dados no Porto preciso de marcar uma entrevista em que três pessoas da equipa de engenharia falam ao mesmo tempo com o candidato, e logo a seguir uma conversa de 30 minutos só com o diretor, com uma pausa de 10 minutos pelo meio.', '',
     'Nunca fiz nada assim no GoodTime. Como é que se monta isto?', '', 'Obrigada!', 'Ana']
raw = assemble([('Delivered-To', HL)] + received(d, 2, 'gmail') + auth('calloway-finch.pt', gmail=True) +
               [('MIME-Version', None), ('From', 'Ana Sousa <ana.sousa@calloway-finch.pt>'), ('Date', d), ('Message-ID', mid('gmail')),
                ('Subject', ew('Entrevista com três pessoas + sessão com diretor', 'UTF-8', 'Q')), ('To', HL)],
               alt(gmail_plain(L, sig=['Ana Sousa', 'Coordenadora de Recrutamento - Tech Hub Porto']),
                   gmail_html(L, sig=['Ana Sousa', 'Coordenadora de Recrutamento - Tech Hub Porto']), 'gmail'))
add('question', 'auto_reply', 'panel-interviews', 'pt', 'gmail;multipart-alternative;qp;rfc2047-q-utf8;dkim', 'panel plus separate session', raw)

# --- interview-templates: raw UTF-8 subject; reply thread
d = date(2026, 5, 14, 15, 30, '+0100')
body = ('Olá outra vez,\n\nMudando de assunto: sempre que marco a entrevista de operador de loja, ela aparece automaticamente com 90 minutos, '
        'quando nós fazemos 45. Posso mudar só para este candidato sem estragar nada? E como é que se corrige de vez para toda a gente?\n\n'
        'Inês\n\n'
        'Em qua., 13/05/2026 às 11:20, GoodTime Help Line <helpline@calloway-finch.com> escreveu:\n'
        '> Olá Inês,\n>\n> O convite para a Sofia foi reenviado, deve chegar nos próximos minutos.\n>\n> Cumprimentos,\n> Equipa de projeto GoodTime\n')
raw = assemble(received(d, 3, 'ext', 'smtp.calloway-finch.pt') +
               [('From', 'Inês Martins <ines.martins@calloway-finch.pt>'), ('To', 'GoodTime Help Line <helpline@calloway-finch.com>'),
                ('Subject', 'Re: convite não chegou à candidata (Sofia R.) — e duração errada'), ('Date', d), ('Message-ID', mid('generic', 'calloway-finch.pt')),
                ('In-Reply-To', mid('outlook'))],
               text(body, 'plain', 'utf-8', '8bit', ct='text/plain; charset=utf-8'))
add('question', 'auto_reply', 'interview-templates', 'pt', 'raw-utf8-subject;8bit;reply-thread;gt-quote;received-chain', 'wrong default duration, one-off vs permanent', raw)

# --- calendar-sync: password change
d = date(2026, 6, 16, 8, 52, '+0100')
L = ['Olá,', '',
     'Na semana passada mudei a palavra-passe da minha conta (a tal política dos 90 dias) e desde então o GoodTime mostra-me como livre em horas em que tenho reuniões marcadas. Já me marcaram uma entrevista por cima da reunião de direção de segunda-feira.', '',
     'O que é que tenho de fazer do meu lado?', '', 'Cumprimentos,', 'Rita Carvalho', 'HR Business Partner | Calloway & Finch Portugal']
raw = assemble(received(d, 8) + auth('calloway-finch.pt', arc=True) +
               [('From', 'Rita Carvalho <rita.carvalho@calloway-finch.pt>'), ('To', HLN),
                ('Subject', 'GoodTime mostra-me livre quando não estou'.replace('não', ew('não', 'utf-8', 'B'))), ('Date', d), ('Message-ID', mid('outlook'))]
               + outlook_hdrs('GoodTime mostra-me livre quando não estou', 'pt-PT'),
               alt(plain_from(L), outlook_html(L, cs='utf-8', lang='PT'), 'outlook', cs='utf-8'))
add('question', 'auto_reply', 'calendar-sync', 'pt', 'outlook;multipart-alternative;qp;rfc2047-b-partial;received-chain;arc;dkim', 'free when busy after password change', raw)

# ====================================================================== QUESTIONS no article (es, fr)
d = date(2026, 5, 27, 12, 15, '+0200')
body = ('Hola,\n\nNos pregunta la encargada de la tienda de Valencia (Colón) si GoodTime puede mandar el recordatorio de la entrevista por '
        'WhatsApp o por SMS en lugar de por correo. Muchos candidatos de tienda no miran el correo nunca. ¿Se puede hacer?\n\n'
        'Gracias,\nCarmen Ruiz\nHRBP Retail Levante\n')
raw = assemble(received(d, 4) + [('From', 'Carmen Ruiz <carmen.ruiz@calloway-finch.es>'), ('To', 'helpline@calloway-finch.com'),
               ('Subject', 'Recordatorios por WhatsApp'), ('Date', d), ('Message-ID', mid('outlook')), ('X-Mailer', 'Microsoft Outlook 16.0')],
               text(body, 'plain', 'iso-8859-1', 'quoted-printable', ct='text/plain; charset="iso-8859-1"'))
add('question', 'forward_support', 'none', 'es', 'plain;qp;iso-8859-1;received-chain', 'reminder channel (WhatsApp/SMS) not in article', raw)

d = date(2026, 6, 11, 16, 27, '+0200')
L = ['Bonjour,', '',
     'Notre DPO prépare le registre des traitements pour le recrutement et me demande deux choses sur GoodTime : où sont hébergées les données des candidats (Union européenne ou États-Unis ?) et combien de temps elles sont conservées après la fin d\u2019un processus.', '',
     'Est-ce que vous avez ces informations, ou est-ce que je dois les demander à quelqu\u2019un chez GoodTime ?', '',
     'Merci,', 'Camille Lefèvre', 'Responsable RH \u2013 Lyon']
raw = assemble(received(d, 6) + auth('calloway-finch.fr') +
               [('From', ew('Camille Lefèvre', 'iso-8859-1', 'B') + ' <camille.lefevre@calloway-finch.fr>'), ('To', HLN),
                ('Subject', 'RGPD - ' + ew('hébergement des données GoodTime', 'iso-8859-1', 'Q')), ('Date', d), ('Message-ID', mid('outlook'))]
               + outlook_hdrs('RGPD - hébergement des données GoodTime', 'fr-FR'),
               text(outlook_html(L, cs='utf-8', lang='FR'), 'html', 'utf-8', 'quoted-printable', ct='text/html; charset="utf-8"'))
add('question', 'forward_support', 'none', 'fr', 'outlook-html-only;qp;utf-8;rfc2047-b-iso-8859-1;received-chain;dkim', 'data hosting/retention not covered', raw)
# ====================================================================== BUGS
# --- misleading "quick question": confirmation times an hour off since DST
d = date(2026, 3, 12, 11, 7, '-0700')
L = ['Hi,', '',
     'Quick question \u2013 since Monday the confirmation emails candidates get from GoodTime are showing their interview an hour later than what\u2019s actually on our calendars.', '',
     'Example: the Dispatch Supervisor candidate for Reno was booked for today 10:00 AM Pacific. Our invites said 10:00 PT, her confirmation said 11:00 PT. She noticed because the Teams link opened \u201cearly\u201d and called us, so no harm done this time.', '',
     'I checked four other confirmations sent since the weekend and they\u2019re all out by exactly one hour. I assume it\u2019s to do with the clocks going forward on Sunday. We\u2019ve got about 30 interviews booked for next week so I\u2019d like this looked at before those reminders start going out.', '',
     'Thanks,', 'Luis']
S = ['Luis Ortega | Talent Acquisition Lead \u2013 West Region', 'Calloway & Finch | Reno Distribution Center']
raw = assemble(received(d, 5) + auth() + [('From', 'Luis Ortega <luis.ortega@calloway-finch.com>'), ('To', HLN),
               ('Subject', 'quick question'), ('Date', d), ('Message-ID', mid('outlook'))] + outlook_hdrs('quick question'),
               alt(plain_from(L, sig=S), outlook_html(L, sig=S), 'outlook', cs='windows-1252'))
add('bug', 'forward_support', '', 'en', 'outlook;multipart-alternative;qp;windows-1252;misleading-subject;received-chain;dkim', 'confirmation times off by one hour after DST', raw)

# --- conference links missing, inline screenshot (multipart/related)
d = date(2026, 4, 8, 11, 21, '-0500')
L = ['Hi all,', '',
     'Since yesterday afternoon none of the interviews I schedule for Chicago HQ roles are getting a video link. The interview template is set to Microsoft Teams like always, the invites go out fine, but the location just says \u201cTBD\u201d and there\u2019s no Join button. Screenshot below from the Finance Analyst loop.', '',
     'I\u2019ve been adding Teams links by hand for today and tomorrow, so nothing is stuck right now, but I have 11 interviews going out this week.', '',
     'Alicia']
cid = 'image001.png@01DCC7A1.%s' % rhex(8, 1)
H = outlook_html(L).replace('</div>\n</body>', '<p class="MsoNormal"><img width="360" height="200" style="width:3.75in;height:2.0833in" id="Picture_x0020_1" src="cid:%s"><o:p></o:p></p>\n</div>\n</body>' % cid)
rel = multi('related', [text(H, 'html', 'utf-8', 'quoted-printable'),
                        attach('image001.png', png(seed=1, banner=(240, 240, 200)), 'image/png', inline=True, cid=cid)], 'outlook-rel', params=';\n\ttype="multipart/alternative"')
body = multi('alternative', [text(plain_from(L) + '\n[cid:%s]\n' % cid, 'plain', 'utf-8', 'quoted-printable'), rel], 'outlook')
raw = assemble(received(d, 6) + [('From', 'Alicia Moreno <alicia.moreno@calloway-finch.com>'), ('To', HLN),
               ('Subject', 'No Teams link on invites since yesterday'), ('Date', d), ('Message-ID', mid('outlook'))]
               + outlook_hdrs('No Teams link on invites since yesterday', attach=True), body)
add('bug', 'forward_support', '', 'en', 'outlook;multipart-related;inline-png;attachment-png;qp;received-chain', 'no video links generated, workaround in place', raw)

# --- ticket form (service desk), reschedule page spins
d = date(2026, 4, 29, 15, 3, '-0400')
P = ('Incident INC0041872 has been assigned to your group: GoodTime Help Line\n\n'
     'Caller: Megan Price (megan.price@calloway-finch.com)\n'
     'Location: Chicago HQ - 18th floor\n'
     'Category: Business Applications > GoodTime\n'
     'Impact: 3 - Low    Urgency: 2 - Medium\n\n'
     'Short description:\nReschedule screen never finishes loading\n\n'
     'Description:\nWhen I open an already scheduled interview in GoodTime and click Reschedule, the page just shows the spinner forever. '
     'Tried Chrome and Edge, cleared cache, same thing. Happens on every candidate for the graduate programme (req GR-2026-014), '
     'other reqs seem ok. I need to move 3 interviews for next week so I\'m stuck.\n\n'
     'Click here to view the incident: https://calloway-finch.service-now.com/nav_to.do?uri=incident.do?sys_id=%s\n\n'
     'Ref:MSG%d\n' % (rhex(32), R.randrange(10**7, 10**8)))
Hh = ('<html><body style="font-family:Arial;font-size:10pt"><p>Incident <b>INC0041872</b> has been assigned to your group: GoodTime Help Line</p>'
      '<table border="0" cellpadding="3"><tr><td><b>Caller:</b></td><td>Megan Price (megan.price@calloway-finch.com)</td></tr>'
      '<tr><td><b>Location:</b></td><td>Chicago HQ - 18th floor</td></tr><tr><td><b>Category:</b></td><td>Business Applications &gt; GoodTime</td></tr>'
      '<tr><td><b>Impact:</b></td><td>3 - Low</td></tr><tr><td><b>Urgency:</b></td><td>2 - Medium</td></tr></table>'
      '<p><b>Short description:</b><br>Reschedule screen never finishes loading</p><p><b>Description:</b><br>When I open an already scheduled interview in GoodTime and click Reschedule, '
      'the page just shows the spinner forever. Tried Chrome and Edge, cleared cache, same thing. Happens on every candidate for the graduate programme (req GR-2026-014), '
      'other reqs seem ok. I need to move 3 interviews for next week so I&#39;m stuck.</p><p><a href="https://calloway-finch.service-now.com/">Click here to view the incident</a></p>'
      '<p style="color:#999">Ref:MSG%d</p></body></html>\n' % R.randrange(10**7, 10**8))
raw = assemble(received(d, 5, 'ext', 'service-now.com') +
               [('From', 'Calloway & Finch Service Desk <servicedesk-noreply@calloway-finch.com>'), ('To', HL),
                ('Subject', 'INC0041872 assigned to GoodTime Help Line - Reschedule screen never\n finishes loading'), ('Date', d),
                ('Message-ID', '<%s.%d.JavaMail.glide@app1%d.ycg.service-now.com>' % (ralnum(16), R.randrange(10**4), R.randrange(1000))),
                ('Auto-Submitted', 'auto-generated'), ('X-Auto-Response-Suppress', 'All'), ('X-ServiceNow-Source', 'Notification-' + rhex(32)),
                ('X-ServiceNow-SysEmail-Version', '2'), ('Precedence', 'bulk')],
               multi('alternative', [text(P, 'plain', 'UTF-8', 'quoted-printable'), text(Hh, 'html', 'UTF-8', 'quoted-printable')], 'generic'))
add('bug', 'forward_support|needs_review', '', 'en', 'ticket-form;folded-subject;auto-submitted;x-auto-response-suppress;no-reply-from;multipart-alternative', 'service desk incident, reschedule page spinner', raw)

# --- HIGH: org-wide calendar sync failure
d = date(2026, 5, 18, 10, 14, '-0500')
L = ['Team,', '',
     'We have a serious problem this morning. Since roughly 7am Central, GoodTime is showing EVERY interviewer in the US as free all day \u2013 including people on PTO, people in all-day site visits, and me. Coordinators in Chicago, Columbus and Reno have all flagged it in the last hour. Two coordinators have already booked interviews on top of existing meetings before they noticed.', '',
     'It looks like GoodTime has stopped reading our Outlook calendars altogether. Nobody changed anything on our side that I know of. The UK team say theirs look normal.', '',
     'I\u2019ve told the US coordinators to stop scheduling until we know what\u2019s going on, which means about 60 interviews this week are on hold. Please get this in front of GoodTime as a priority, and I think our account team at GoodTime needs to know as well.', '',
     'Sarah']
S = ['Sarah Klein', 'Head of Talent Acquisition, Americas', 'Calloway & Finch', ''] + DISCLAIMER_EN
raw = assemble(received(d, 7) + auth(arc=True) + [('From', 'Sarah Klein <sarah.klein@calloway-finch.com>'), ('To', HLN),
               ('Cc', 'Tasha Greene <tasha.greene@calloway-finch.com>'),
               ('Subject', 'GoodTime showing everyone as free - all US calendars'), ('Date', d), ('Message-ID', mid('outlook')),
               ('Importance', 'high'), ('X-Priority', '1')] + outlook_hdrs('GoodTime showing everyone as free - all US calendars'),
               text(outlook_html(L, sig=S), 'html', 'windows-1252', 'quoted-printable', ct='text/html; charset="windows-1252"'), crlf=True)
add('bug', 'forward_support+flag_csm', '', 'en', 'outlook-html-only;qp;windows-1252;importance-high;received-chain;arc;dkim;disclaimer;crlf', 'org-wide calendar read failure, high impact', raw)

# --- HIGH: privacy - candidate got another candidate's itinerary (Apple Mail forward)
d = date(2026, 4, 16, 8, 34, '+0100')
L = ['Hi,', '',
     'Please see below \u2013 a candidate has received an itinerary from GoodTime that has ANOTHER candidate\u2019s name, phone number and interview schedule on it, alongside her own. I\u2019ve checked the interview in GoodTime and nothing looks wrong on our side; both candidates are on the same Store Manager req for Manchester but are completely separate interviews.', '',
     'This is a data protection issue so I\u2019ve also let our DPO know. I don\u2019t know how many other candidates this has happened to. Can this go to GoodTime straight away please, and I think it needs to go higher than a normal ticket.', '',
     'Olivia']
QA = 'Begin forwarded message:'
FL = ['From: Hannah Pritchard <h.pritchard88@outlook.com>', 'Subject: Your interview itinerary - wrong person?', 'Date: 15 April 2026 at 21:12:40 BST',
      'To: Olivia Hartley <olivia.hartley@calloway-finch.com>', '',
      'Hi Olivia,', '', 'Thanks for the itinerary for Friday. I think something has gone wrong though, it also lists someone called Daniel with his mobile number and a different time slot. I assume he has got mine too?', '', 'Hannah']
Pl = '\n'.join(L) + '\n\nOlivia Hartley\nRecruiter, Retail UK\n\n' + QA + '\n\n' + '\n'.join(FL) + '\n'
Ht = apple_html(L, ['Olivia Hartley', 'Recruiter, Retail UK']).replace('</body></html>', '<div><br><blockquote type="cite"><div>Begin forwarded message:</div><br>%s</blockquote></div></body></html>' % ''.join('<div>%s</div>' % (esc(l) if l else '<br>') for l in FL))
raw = assemble(received(d, 5) + auth() + [('From', 'Olivia Hartley <olivia.hartley@calloway-finch.com>'), ('Content-Type', None),
               ('Subject', 'Fwd: Your interview itinerary - wrong person?'), ('Date', d), ('To', HLN),
               ('Message-Id', mid('apple')), ('X-Mailer', 'Apple Mail (2.3826.400.131.1.6)')],
               alt(Pl, Ht, 'apple'), mime='1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))')
add('bug', 'forward_support+flag_csm', '', 'en', 'apple-mail;multipart-alternative;qp;forwarded-chain;begin-forwarded-message;received-chain;dkim', 'candidate data sent to wrong candidate, privacy', raw)

# --- duplicate reminders, base64 windows-1252
d = date(2026, 5, 21, 16, 48, '-0400')
body = ('Hello,\r\n\r\nSeveral candidates for the Columbus DC associate roles have told us they are getting the same reminder email twice '
        '\u2013 once at 9am the day before and then an identical one a few minutes later. One of them asked if her interview had '
        'been booked twice. It started this week as far as I can tell; I have not changed anything in the templates.\r\n\r\n'
        'Nothing urgent, just confusing for candidates.\r\n\r\nMarcus Bell\r\nSenior Recruiter | Calloway & Finch\r\n')
raw = assemble(received(d, 5) + [('From', 'Marcus Bell <marcus.bell@calloway-finch.com>'), ('To', HL),
               ('Subject', 'Candidates getting reminder twice'), ('Date', d), ('Message-ID', mid('outlook')), ('X-Mailer', 'Microsoft Outlook 16.0')],
               text(body, 'plain', 'windows-1252', 'base64', ct='text/plain; charset="windows-1252"'))
add('bug', 'forward_support', '', 'en', 'plain;base64;windows-1252;received-chain', 'duplicate reminders', raw)

# --- 500 error on availability page, Apple Mail with PNG attachment
d = date(2026, 6, 4, 2, 11, '-0500')
L = ['Hi,', '',
     'Every time I try to open the availability a candidate sent back (Graduate Analyst, candidate Tomasz Nowak) I get \u201cSomething went wrong. Error 500\u201d. Other candidates open fine. Screenshot attached.', '',
     'Yes I know what time it is, our candidates in Asia reply overnight. Not needed until next week.', '', 'Megan']
plain = apple_plain(L, ['Megan Price', 'Early Careers Recruiter'])
mix = multi('mixed', [alt(plain, apple_html(L, ['Megan Price', 'Early Careers Recruiter']), 'apple'),
                      attach('Screenshot 2026-06-04 at 02.09.33.png', png(seed=3), 'image/png', inline=True,
                             name_hdr='"Screenshot 2026-06-04 at 02.09.33.png"')], 'apple')
raw = assemble([('From', 'Megan Price <megan.price@calloway-finch.com>'), ('Content-Type', None), ('Subject', 'Error 500 opening candidate availability'),
                ('Date', d), ('To', HL), ('Message-Id', mid('apple')), ('X-Mailer', 'Apple Mail (2.3826.400.131.1.6)')],
               mix, mime='1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))')
add('bug', 'forward_support', '', 'en', 'apple-mail;multipart-mixed;attachment-png;night', 'error 500 on one candidate', raw)

# --- debrief invites not going out, reply on top of unrelated thread
d = date(2026, 5, 28, 9, 33, '-0500')
L = ['Hi Rachel \u2013 thanks for this, I\u2019ll share with the team.', '',
     'Separate thing: the debrief invites for the engineering onsites stopped going out after Ryan updated the Senior Engineer interview template last Tuesday. The onsites themselves get scheduled fine and the candidate emails go, but the internal debrief that used to appear the next morning just isn\u2019t created any more. We\u2019ve had three loops since without one, and I\u2019ve been setting them up manually.', '',
     'Hannah']
QH = [('From:', 'Rachel Nguyen <rachel.nguyen@calloway-finch.com>'), ('Sent:', 'Wednesday, May 27, 2026 5:48 PM'),
      ('To:', 'Tech Hiring Managers <tech-hiring-managers@calloway-finch.com>'), ('Subject:', 'GoodTime tips: marking focus time as busy')]
QL = ['Hi everyone,', '', 'A quick reminder that focus-time blocks only stop interviews being booked if they are marked as Busy in Outlook. Tentative or Free blocks are treated as available.', '', 'Rachel', 'GoodTime project team']
raw = assemble(received(d, 5) + [('From', 'Hannah Cho <hannah.cho@calloway-finch.com>'), ('To', 'Rachel Nguyen <rachel.nguyen@calloway-finch.com>'),
               ('Cc', HLN), ('Subject', 'RE: GoodTime tips: marking focus time as busy'), ('Date', d), ('Message-ID', mid('outlook')),
               ('In-Reply-To', mid('outlook'))] + outlook_hdrs('GoodTime tips: marking focus time as busy'),
               alt(plain_from(L, quote=(QH, QL)), outlook_html(L, quote=(QH, QL)), 'outlook', cs='windows-1252'))
add('bug', 'forward_support', '', 'en', 'outlook;multipart-alternative;qp;windows-1252;reply-thread;outlook-quote-block;received-chain', 'debrief not created after template edit', raw)

# --- room booking fails though room free, forwarded GoodTime notification (Outlook plain)
d = date(2026, 6, 10, 12, 2, '-0400')
body = ('Can someone look at this? Training Room B at Columbus shows as free in Outlook for that whole afternoon and GoodTime even offers it, '
        'but when I confirm it fails with the message below. Happened 3 times now for different days. The interview is on the 17th so there\'s time.\n\n'
        'Marcus\n\n'
        '________________________________\n'
        'From: GoodTime <notifications@goodtime.io>\n'
        'Sent: Wednesday, June 10, 2026 11:51 AM\n'
        'To: Marcus Bell <marcus.bell@calloway-finch.com>\n'
        'Subject: Action needed: room could not be booked\n\n'
        'We could not reserve "COL-DC Training Room B (12)" for Warehouse Shift Lead - Onsite (Candidate: D. Alvarez) on Wed, Jun 17 2026 1:00 PM EDT.\n'
        'The resource did not accept the request. Please choose another room or try again.\n')
raw = assemble(received(d, 6) + [('From', 'Marcus Bell <marcus.bell@calloway-finch.com>'), ('To', HL),
               ('Subject', 'FW: Action needed: room could not be booked'), ('Date', d), ('Message-ID', mid('outlook')), ('X-Mailer', 'Microsoft Outlook 16.0')],
               text(body, 'plain', 'us-ascii', '7bit', ct='text/plain; charset="us-ascii"'))
add('bug', 'forward_support', '', 'en', 'plain;forwarded-chain;outlook-fw-separator;received-chain', 'room free but booking fails', raw)

# --- ATS sync delay, long signature with URGENT/error disclaimer
d = date(2026, 3, 26, 14, 40, '-0700')
L = ['Hello,', '',
     'Candidates we move to the \u201cOnsite Interview\u201d stage in the ATS for the Reno night-shift roles are not showing up in GoodTime to be scheduled. I moved six on Tuesday morning, it\u2019s now Thursday afternoon and only one is there. I\u2019ve refreshed, logged out and in, and checked they\u2019re in the right job and stage. Candidates for other jobs are coming through as normal.', '',
     'Candidate IDs: 884213, 884217, 884290, 884301, 884322. Job: Reno DC \u2013 Night Shift Lead (REQ-7731).', '',
     'Thanks,', 'Luis']
S = ['Luis Ortega', 'Talent Acquisition Lead \u2013 West Region', 'Calloway & Finch | Reno Distribution Center', '1855 Lakeside Commerce Dr, Reno, NV 89502',
     'O: 775-555-0134 | C: 775-555-0199', ''] + DISCLAIMER_URGENT
raw = assemble(received(d, 5) + auth() + [('From', 'Luis Ortega <luis.ortega@calloway-finch.com>'), ('To', HLN),
               ('Subject', 'Candidates not coming over from ATS (Reno night shift)'), ('Date', d), ('Message-ID', mid('outlook'))]
               + outlook_hdrs('Candidates not coming over from ATS (Reno night shift)'),
               text(outlook_html(L, sig=S), 'html', 'windows-1252', 'quoted-printable', ct='text/html; charset="windows-1252"'))
add('bug', 'forward_support', '', 'en', 'outlook-html-only;qp;windows-1252;long-signature;disclaimer-urgent;received-chain;dkim', 'ATS stage sync failing for one job', raw)

# --- de: availability link 404
d = date(2026, 4, 30, 15, 19, '+0200')
L = ['Hallo,', '',
     'zwei Kandidaten für die Stelle Fachkraft für Lagerlogistik in Duisburg haben mir heute geschrieben, dass der Link in der Mail zur Terminabfrage bei ihnen nur „Seite nicht gefunden (404)“ anzeigt. Ich habe die Anfrage bei einem der beiden neu verschickt, gleiches Ergebnis. Bei Kandidaten für andere Stellen funktioniert es.', '',
     'Die Gespräche sollen erst nächste Woche stattfinden, es brennt also noch nicht, aber ich komme so nicht an ihre Verfügbarkeiten.', '',
     'Viele Grüße', 'Katrin Möller']
raw = assemble(received(d, 6) + auth('cf-logistics.de') +
               [('From', ew_split('Katrin Möller', [8], 'ISO-8859-1', 'Q') + ' <katrin.moeller@cf-logistics.de>'), ('To', HLN),
                ('Subject', 'Link zur Terminabfrage: Fehler 404 bei Kandidaten'), ('Date', d), ('Message-ID', mid('outlook'))]
               + outlook_hdrs('Link zur Terminabfrage: Fehler 404 bei Kandidaten', 'de-DE'),
               text(outlook_html(L, lang='DE'), 'html', 'windows-1252', 'quoted-printable', ct='text/html; charset="windows-1252"'))
add('bug', 'forward_support', '', 'de', 'outlook-html-only;qp;windows-1252;rfc2047-q-split;received-chain;dkim', 'availability link 404', raw)

# --- es: self-scheduling offers busy slots (base64 latin-1)
d = date(2026, 5, 7, 10, 26, '+0200')
body = ('Buenos días:\n\nLos enlaces para que los candidatos elijan hora están ofreciendo huecos en los que el entrevistador ya está ocupado. '
        'Ayer dos candidatos de Getafe reservaron a las 12:00 y a las 12:30 y Álvaro tenía ese rato bloqueado como "ocupado" en su '
        'calendario desde hace semanas (comité de seguridad). He revisado su calendario y la conexión parece bien.\n\n'
        'Lo hemos arreglado a mano moviendo a los candidatos, pero no quiero que vuelva a pasar.\n\nUn saludo,\nMarta Sánchez\n')
raw = assemble(received(d, 5) + [('From', 'Marta =?ISO-8859-1?Q?S=E1nchez?= <marta.sanchez@calloway-finch.es>'), ('To', 'helpline@calloway-finch.com'),
               ('Subject', 'Los enlaces ofrecen horas ocupadas'), ('Date', d), ('Message-ID', mid('outlook')), ('X-Mailer', 'Microsoft Outlook 16.0')],
               text(body, 'plain', 'ISO-8859-1', 'base64', ct='text/plain; charset="ISO-8859-1"'))
add('bug', 'forward_support', '', 'es', 'plain;base64;iso-8859-1;rfc2047-q-partial-from;received-chain', 'self-scheduling offers busy slots', raw)

# --- fr: reports page blank, Apple Mail + screenshot
d = date(2026, 6, 15, 17, 41, '+0200')
L = ['Bonjour,', '',
     'Depuis vendredi, la page des rapports de GoodTime reste blanche chez moi (capture jointe) : le menu s\u2019affiche mais aucun graphique ni tableau. Même chose pour ma collègue Nadia. J\u2019en ai besoin pour le comité RH de fin juin, donc pas d\u2019urgence absolue, mais ce serait bien d\u2019avoir une solution d\u2019ici là.', '',
     'Merci,', 'Nathalie']
mix = multi('mixed', [alt(apple_plain(L), apple_html(L), 'apple'),
                      attach('Capture d’écran 2026-06-15 à 17.38.12.png', png(seed=5, banner=(250, 250, 252)), 'image/png',
                             name_hdr='*=utf-8\'\'Capture%20d%E2%80%99%C3%A9cran%202026-06-15%20%C3%A0%2017.38.12.png')], 'apple')
raw = assemble(received(d, 4) + [('From', 'Nathalie Perrin <nathalie.perrin@calloway-finch.fr>'), ('Content-Type', None),
               ('Subject', 'Page des rapports vide'), ('Date', d), ('To', HL), ('Message-Id', mid('apple', 'calloway-finch.fr')),
               ('X-Mailer', 'Apple Mail (2.3826.400.131.1.6)')], mix, mime='1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))')
add('bug', 'forward_support', '', 'fr', 'apple-mail;multipart-mixed;attachment-png;rfc2231-filename;received-chain', 'reports page blank', raw)

# --- pt HIGH: no invites going out for whole Portugal team (Gmail)
d = date(2026, 6, 17, 9, 6, '+0100')
L = ['Bom dia,', '',
     'Desde ontem à tarde nenhum convite de entrevista está a chegar aos entrevistadores em Portugal. O GoodTime diz que a entrevista está marcada e o candidato recebe a confirmação, mas os entrevistadores não recebem nada no calendário. Já confirmei com as equipas de Lisboa, Porto e Alverca: é toda a gente, cerca de 40 entrevistas desde ontem.', '',
     'Hoje de manhã dois entrevistadores não apareceram porque não sabiam da entrevista. Estamos a avisar as pessoas uma a uma por Teams, mas isto não pode continuar assim. Por favor, escalem com a GoodTime com prioridade.', '',
     'Obrigada,', 'Rita Carvalho', 'HR Business Partner | Calloway & Finch Portugal']
raw = assemble([('Delivered-To', HL)] + received(d, 3, 'gmail') + auth('calloway-finch.pt', gmail=True) +
               [('MIME-Version', None), ('From', 'Rita Carvalho <rita.carvalho@calloway-finch.pt>'), ('Date', d), ('Message-ID', mid('gmail')),
                ('Subject', ew('URGENTE: convites não chegam aos entrevistadores (todo Portugal)', 'UTF-8', 'B')), ('To', HL),
                ('Cc', 'Tasha Greene <tasha.greene@calloway-finch.com>')],
               alt(gmail_plain(L), gmail_html(L), 'gmail', cte='base64'))
add('bug', 'forward_support+flag_csm', '', 'pt', 'gmail;multipart-alternative;base64;rfc2047-b-utf8;dkim;received-chain', 'no interviewer invites for whole country', raw)

# ====================================================================== SCHEDULING BLOCKERS
# --- ANGRY CAPS, lobby
d = date(2026, 4, 2, 9, 41, '-0400')
body = ('CANDIDATE IS SITTING IN THE LOBBY AT COLUMBUS DC RIGHT NOW FOR HER 9:30 AND THERE IS NO INTERVIEWER!!!\n\n'
        'goodtime shows the interview as scheduled but the interviewer slot is EMPTY, it had jamal on it yesterday i swear. '
        'nobody got a cancel, jamal never got an invite. i cant find anyone to put in, the pool shows nobody free which is '
        'not true bc Brittany is standing next to me. WHAT DO I DO\n\nsent from phone sorry for typos\nMarcus\n')
raw = assemble(received(d, 4) + [('From', 'Marcus Bell <marcus.bell@calloway-finch.com>'), ('To', HL),
               ('Subject', 'HELP - CANDIDATE IN LOBBY NOW NO INTERVIEWER'), ('Date', d), ('Message-ID', mid('outlook')),
               ('X-Priority', '1'), ('Importance', 'High')],
               text(body, 'plain', 'utf-8', '7bit'))
add('scheduling_blocker', 'forward_support', '', 'en', 'plain;angry-caps;typos;importance-high;received-chain', 'candidate in lobby, interviewer vanished', raw)

# --- panel in 15 min, Teams link missing
d = date(2026, 4, 23, 13, 46, '-0500')
L = ['URGENT \u2013 the Senior Category Manager panel starts at 2:00 (in 15 minutes) and the invite has NO Teams link, neither for the three panelists nor the candidate. The candidate has just emailed asking how to join.', '',
     'GoodTime shows \u201cvideo: Microsoft Teams\u201d on the interview but the link never generated. Can someone help right now? I can\u2019t create a Teams meeting from the candidate\u2019s side.', '',
     'Brianna Foster | Executive Assistant to the COO | x4417']
raw = assemble(received(d, 5) + [('From', 'Brianna Foster <brianna.foster@calloway-finch.com>'), ('To', HLN),
               ('Subject', 'Panel at 2pm - NO TEAMS LINK'), ('Date', d), ('Message-ID', mid('outlook')), ('Importance', 'high'), ('X-Priority', '1')]
               + outlook_hdrs('Panel at 2pm - NO TEAMS LINK', attach=True),
               multi('mixed', [text(outlook_html(L), 'html', 'windows-1252', 'quoted-printable', ct='text/html; charset="windows-1252"'),
                               attach('Panel Interview - Senior Category Manager.ics',
                                      ics('REQUEST', 'Panel Interview - Senior Category Manager (Candidate: A. Brooks)', '20260423T140000', '20260423T150000',
                                          ('GoodTime Scheduling', 'scheduling@goodtime.io'), ('Brianna Foster', 'brianna.foster@calloway-finch.com'),
                                          location='Microsoft Teams Meeting').encode(), 'text/calendar')], 'outlook-mixed'), crlf=True)
add('scheduling_blocker', 'forward_support', '', 'en', 'outlook-html-in-mixed;qp;windows-1252;attachment-ics;importance-high;caps;crlf;received-chain', 'panel in 15 min, no video link', raw)

# --- iPhone, candidate can't join Zoom
d = date(2026, 5, 15, 15, 52, '-0700')
body = ('candidate cant get into the zoom for the 4pm, link in her confirmation says "invalid meeting ID". '
        'the one on my calendar is different?? interview starts in 8 min, what do i send her\n\nSent from my iPhone\n')
raw = assemble([('From', 'Luis Ortega <luis.ortega@calloway-finch.com>'), ('Content-Type', None), ('Subject', 'zoom link not working - 4pm'),
                ('Date', d), ('To', HL), ('Message-Id', mid('apple')), ('X-Mailer', 'iPhone Mail (22E240)')],
               text(body, 'plain', 'us-ascii', '7bit', ct='text/plain;\n\tcharset=us-ascii'), mime='1.0 (1.0)')
add('scheduling_blocker', 'forward_support', '', 'en', 'iphone;plain-7bit;lowercase;mobile-sig', 'candidate cannot join in 8 min', raw)

# --- swap fails, onsite in 30 min, screenshot attachment (Outlook mixed)
d = date(2026, 6, 2, 10, 31, '-0500')
L = ['Hi,', '',
     'Mark Delaney is out sick and he\u2019s the 11:00 session of today\u2019s onsite for the Inventory Control Manager candidate (she\u2019s already on site, in Lakeview 2). When I try to swap him for Priya S. or anyone else in the pool, GoodTime gives the error in the attached screenshot and nothing changes.', '',
     'We have 30 minutes. Is there a way to force it, or do I just send a calendar invite by hand?', '',
     'Alicia']
mix = multi('mixed', [alt(plain_from(L), outlook_html(L), 'outlook', cs='windows-1252'),
                      attach('image001.png', png(seed=7), 'image/png')], 'outlook-mixed')
raw = assemble(received(d, 6) + auth() + [('From', 'Alicia Moreno <alicia.moreno@calloway-finch.com>'), ('To', HLN),
               ('Subject', 'Can\'t replace sick interviewer - onsite at 11'), ('Date', d), ('Message-ID', mid('outlook'))]
               + outlook_hdrs('Can\'t replace sick interviewer - onsite at 11', attach=True), mix)
add('scheduling_blocker', 'forward_support', '', 'en', 'outlook;multipart-mixed;attachment-png;qp;windows-1252;received-chain;dkim', 'interviewer swap errors, onsite in 30 min', raw)

# --- time zone mismatch live, Apple Mail
d = date(2026, 4, 30, 8, 21, '-0500')
L = ['Need help NOW please.', '',
     'Candidate in London (Commercial Finance Manager) just emailed that she has been sitting in the Teams call for 20 minutes. Her confirmation says 2:00 PM BST. Our invites say 2:00 PM CT, which is 8pm her time, so our panel isn\u2019t there. I don\u2019t know which one GoodTime thinks is right.', '',
     'Our hiring manager can jump on in 10 minutes if I can get the invite fixed \u2013 can someone tell me how to get everyone onto the same time?', '', 'Priya']
raw = assemble([('From', 'Priya Raman <priya.raman@calloway-finch.com>'), ('Content-Type', None), ('Subject', 'Candidate waiting on Teams - time mismatch'),
                ('Date', d), ('To', HLN), ('Message-Id', mid('apple')), ('X-Mailer', 'Apple Mail (2.3826.400.131.1.6)')],
               alt(apple_plain(L), apple_html(L), 'apple'), mime='1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))')
add('scheduling_blocker', 'forward_support', '', 'en', 'apple-mail;multipart-alternative;qp', 'candidate waiting now, time zone mismatch', raw)

# --- reply on top: candidate on phone, self-scheduling link shows nothing
d = date(2026, 5, 22, 16, 12, '+0100')
L = ['Sorry to jump on this thread \u2013 I\u2019ve got the candidate for the Birmingham transport planner role on the phone right now and the booking link I sent her shows no times at all, for any day. The hiring manager is free all of Tuesday. She\u2019s flying out tonight and this is our last chance to lock it in. Can anyone get me a slot booked while she\u2019s on the line?', '', 'Aisha']
QH = [('From:', 'Graham Pike <graham.pike@calloway-finch.com>'), ('Sent:', '22 May 2026 09:05'),
      ('To:', 'UK Recruitment <uk-recruitment@calloway-finch.com>'), ('Cc:', 'GoodTime Help Line <helpline@calloway-finch.com>'),
      ('Subject:', 'Bank holiday cover - Monday 25th')]
QL = ['Morning all,', '', 'Reminder that Monday is a bank holiday. Please don\u2019t schedule interviews for Monday and check your working hours in GoodTime reflect this.', '', 'Graham']
raw = assemble(received(d, 5) + [('From', 'Aisha Rahman <aisha.rahman@calloway-finch.com>'), ('To', 'Graham Pike <graham.pike@calloway-finch.com>'),
               ('Cc', HLN), ('Subject', 'RE: Bank holiday cover - Monday 25th'), ('Date', d), ('Message-ID', mid('outlook'))]
               + outlook_hdrs('Bank holiday cover - Monday 25th', 'en-GB'),
               alt(plain_from(L, quote=(QH, QL)), outlook_html(L, quote=(QH, QL), lang='EN-GB'), 'outlook', cs='utf-8'))
add('scheduling_blocker', 'forward_support', '', 'en', 'outlook;multipart-alternative;qp;reply-thread;outlook-quote-block;received-chain', 'candidate on the phone, link shows no slots', raw)

# --- store manager: candidate at wrong store (Outlook for Android, base64)
d = date(2026, 3, 27, 14, 52, '+0000')
body = ('Hi, candidate for our assistant manager role has turned up at the Trafford Centre store for her 3pm, because that\'s the address '
        'on her GoodTime confirmation. She should be at Piccadilly, we\'re 40 mins away. Interview is in 8 minutes. Can we switch it to a video '
        'call in GoodTime right now so she gets a link? I\'m on the shop floor and don\'t have a laptop.\n\n'
        'Tom Whitaker\nStore Manager - Manchester Piccadilly\n\nGet Outlook for Android\n')
raw = assemble([('From', 'Tom Whitaker <tom.whitaker@calloway-finch.com>'), ('To', 'helpline@calloway-finch.com'),
                ('Subject', 'Candidate at wrong store!!'), ('Date', d), ('Message-ID', mid('outlook')),
                ('Accept-Language', 'en-GB'), ('Content-Language', 'en-GB'), ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', '')],
               text(body, 'plain', 'utf-8', 'base64', ct='text/plain; charset="utf-8"'))
add('scheduling_blocker', 'forward_support', '', 'en', 'outlook-android;base64;utf-8;mobile-sig', 'candidate at wrong store, interview in 8 min', raw)

# --- web form: urgent scheduling help
d = date(2026, 5, 6, 12, 41, '-0400')
Hh = ('<html><body><h3 style="font-family:Segoe UI,Arial">GoodTime Help Line &ndash; Urgent scheduling request</h3>'
      '<table style="font-family:Segoe UI,Arial;font-size:13px" cellpadding="4" border="1" cellspacing="0">'
      '<tr><th align="left">Name</th><td>Alicia Moreno</td></tr><tr><th align="left">Email</th><td>alicia.moreno@calloway-finch.com</td></tr>'
      '<tr><th align="left">Office</th><td>Chicago HQ</td></tr><tr><th align="left">Interview start</th><td>2026-05-06 13:00 ET</td></tr>'
      '<tr><th align="left">Candidate / Job</th><td>J. Mensah / Procurement Analyst (REQ-8120)</td></tr>'
      '<tr><th align="left">What is happening?</th><td>Interview starts at 1pm ET, that is 20 minutes from now. The interviewer (Kim Larsen) says it is not on her calendar and she never got an invite. GoodTime shows her as confirmed. Candidate has her confirmation and will be joining the Teams call. Need Kim to get the invite/link now.</td></tr>'
      '</table><p style="font-family:Segoe UI,Arial;font-size:11px;color:#777">This e-mail was generated automatically by forms.calloway-finch.com. Please do not reply.</p></body></html>\n')
raw = assemble(received(d, 4, 'ext', 'forms.calloway-finch.com') +
               [('From', 'C&F Forms <no-reply@forms.calloway-finch.com>'), ('To', HL), ('Reply-To', 'alicia.moreno@calloway-finch.com'),
                ('Subject', '[GoodTime Help Line] Urgent scheduling request #1187'), ('Date', d),
                ('Message-ID', '<form-1187.%s@forms.calloway-finch.com>' % rhex(12)),
                ('Auto-Submitted', 'auto-generated'), ('X-Auto-Response-Suppress', 'All'), ('X-Mailer', 'PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)')],
               text(Hh, 'html', 'utf-8', 'quoted-printable', ct='text/html; charset=utf-8'))
add('scheduling_blocker', 'forward_support|needs_review', '', 'en', 'form-mailer;html-only;auto-submitted;x-auto-response-suppress;no-reply-from;reply-to', 'web form: interviewer has no invite, 20 min', raw)

# --- de: panel in 20 minutes, no link; .ics attached
d = date(2026, 3, 18, 10, 41, '+0100')
L = ['Hallo,', '',
     'in 20 Minuten (11:00 Uhr) beginnt das Panel-Interview für den Teamleiter Wareneingang in Hamburg, und der Kandidat hat mir gerade geschrieben, dass in seiner Einladung kein Link steht. Bei uns im Kalender steht „Microsoft Teams-Besprechung“, aber auch ohne Beitrittslink (Einladung hängt an).', '',
     'Kann mir jemand schnell helfen? Ich kann ihm zur Not einen eigenen Teams-Link schicken, aber dann sind die drei Interviewer woanders.', '',
     'Danke!', 'Svenja']
inv = ics('REQUEST', 'Panel-Interview: Teamleiter Wareneingang (Kandidat: M. Yilmaz)', '20260318T110000', '20260318T120000',
          ('GoodTime Scheduling', 'scheduling@goodtime.io'), ('Svenja Otto', 'svenja.otto@cf-logistics.de'), location='Microsoft Teams-Besprechung', tz='de')
mix = multi('mixed', [alt(plain_from(L), outlook_html(L, cs='utf-8', lang='DE'), 'outlook', cs='utf-8'),
                      attach('Panel-Interview Teamleiter Wareneingang.ics', inv.encode(), 'text/calendar')], 'outlook-mixed')
raw = assemble(received(d, 7) + auth('cf-logistics.de', arc=True) +
               [('From', 'Svenja Otto <svenja.otto@cf-logistics.de>'), ('To', HLN),
                ('Subject', ew_split('DRINGEND: Panel in 20 Min – Kandidat hat keinen Link', [18, 37], 'utf-8', 'Q')), ('Date', d), ('Message-ID', mid('outlook')),
                ('Importance', 'high')] + outlook_hdrs('DRINGEND: Panel in 20 Min – Kandidat hat keinen Link', 'de-DE', attach=True), mix)
add('scheduling_blocker', 'forward_support', '', 'de', 'outlook;multipart-mixed;attachment-ics;rfc2047-q-split;received-chain;arc;dkim', 'panel in 20 min, no video link', raw)

# --- es: candidate waiting at reception, iPhone base64
d = date(2026, 6, 8, 9, 34, '+0200')
body = ('Hola, tengo a una candidata esperando en la recepción de Las Rozas para la entrevista de las 9:30 y la entrevistadora '
        '(Beatriz, de Compras) dice que no tiene nada en su calendario. En GoodTime sale como programada y confirmada. '
        '¿Cómo le mando ahora mismo la invitación? La candidata lleva ya 10 minutos esperando.\n\nMarta\n\nEnviado desde mi iPhone\n')
raw = assemble([('From', 'Marta =?utf-8?Q?S=C3=A1nchez?= <marta.sanchez@calloway-finch.es>'), ('Content-Type', None),
                ('Subject', 'Candidata esperando en recepción'.replace('recepción', '=?utf-8?Q?recepci=C3=B3n?=')),
                ('Date', d), ('To', 'helpline@calloway-finch.com'), ('Message-Id', mid('apple', 'calloway-finch.es')), ('X-Mailer', 'iPhone Mail (22E240)')],
               text(body, 'plain', 'utf-8', 'base64', ct='text/plain;\n\tcharset=utf-8'), mime='1.0 (1.0)')
add('scheduling_blocker', 'forward_support', '', 'es', 'iphone;base64;utf-8;mobile-sig-es;rfc2047-q-partial', 'candidate waiting, interviewer has no invite', raw)

# --- fr: Teams link "réunion introuvable" in 15 min
d = date(2026, 5, 19, 14, 16, '+0200')
L = ['Bonjour,', '',
     'Entretien à 14h30 (dans 15 minutes) pour le poste de Responsable d\u2019entrepôt à Saint-Priest : le candidat et moi avons le même lien Teams, généré par GoodTime, et les deux tombent sur « Réunion introuvable ». Le directeur de site attend aussi.', '',
     'Que faire ? Je peux créer une réunion Teams à la main mais je préfère savoir si on peut corriger l\u2019invitation tout de suite.', '',
     'Hélène Dubois']
raw = assemble(received(d, 5) + auth('calloway-finch.fr') + [('From', '=?utf-8?B?SMOpbMOobmUgRHVib2lz?= <helene.dubois@calloway-finch.fr>'), ('To', HLN),
               ('Subject', ew('Entretien dans 15 min – lien Teams KO', 'windows-1252', 'Q')), ('Date', d), ('Message-ID', mid('outlook')),
               ('X-Priority', '1'), ('Importance', 'high')] + outlook_hdrs('Entretien dans 15 min – lien Teams KO', 'fr-FR'),
               text(outlook_html(L, lang='FR'), 'html', 'windows-1252', 'quoted-printable', ct='text/html; charset="windows-1252"'))
add('scheduling_blocker', 'forward_support', '', 'fr', 'outlook-html-only;qp;windows-1252;rfc2047-q-windows-1252;importance-high;received-chain;dkim', 'meeting not found, 15 min', raw)

# --- pt: candidate at reception, GoodTime says cancelled
d = date(2026, 5, 25, 10, 4, '+0100')
L = ['Olá,', '',
     'Tenho um candidato na receção do escritório de Lisboa para a entrevista das 10h00 (Analista de Planeamento) e o GoodTime diz que a entrevista foi cancelada ontem à noite. Ninguém cá cancelou nada e os entrevistadores ainda têm o convite no calendário, mas sem link e sem sala.', '',
     'Preciso de voltar a pôr isto de pé já, o candidato está à espera. Como faço?', '', 'João']
raw = assemble([('Delivered-To', HL)] + received(d, 2, 'gmail') + auth('calloway-finch.pt', gmail=True) +
               [('MIME-Version', None), ('From', 'Joao Ferreira <joao.ferreira@calloway-finch.pt>'), ('Date', d), ('Message-ID', mid('gmail')),
                ('Subject', ew('Candidato na receção – entrevista aparece cancelada', 'UTF-8', 'Q')), ('To', HL)],
               alt(gmail_plain(L), gmail_html(L), 'gmail'))
add('scheduling_blocker', 'forward_support', '', 'pt', 'gmail;multipart-alternative;qp;rfc2047-q-utf8;dkim;received-chain', 'candidate waiting, interview shows cancelled', raw)
# ====================================================================== FEATURE REQUESTS
# --- "URGENT" subject over a wish: SMS reminders
d = date(2026, 4, 10, 7, 12, '-0500')
L = ['Morning,', '',
     'Sorry for the dramatic subject line but this is costing us. Across my nine stores we had 14 no-shows for sales associate interviews last month. When we call them afterwards, most say they never saw the email \u2013 hourly candidates just don\u2019t live in their inbox, they live on their phone.', '',
     'Nothing is broken in GoodTime, I know the reminders are going out. What I\u2019m asking for is that GoodTime could send the reminder as a TEXT MESSAGE (SMS) the day before and maybe two hours before, with a reply option to confirm or cancel. Every other app our candidates use does this. I think it would cut our no-shows in half.', '',
     'Please pass it on to whoever decides these things at GoodTime.', '',
     'Jason']
S = ['Jason Reeves', 'District Manager \u2013 Midwest Retail (District 7)', 'Calloway & Finch Stores', 'M: 614-555-0177']
raw = assemble(received(d, 5) + auth() + [('From', 'Jason Reeves <jason.reeves@calloway-finch.com>'), ('To', HLN),
               ('Subject', 'URGENT!!! candidates not showing up'), ('Date', d), ('Message-ID', mid('outlook')), ('Importance', 'high')]
               + outlook_hdrs('URGENT!!! candidates not showing up'),
               text(outlook_html(L, sig=S), 'html', 'windows-1252', 'quoted-printable', ct='text/html; charset="windows-1252"'))
add('feature_request', 'product_board_reply', '', 'en', 'outlook-html-only;qp;windows-1252;misleading-subject;urgent-subject;received-chain;dkim', 'SMS reminders wish under URGENT subject', raw)

# --- dark mode, terse
raw = assemble([('From', 'Ryan Mitchell <ryan.mitchell@calloway-finch.com>'), ('To', HL), ('Subject', 'dark mode pls'),
                ('Date', date(2026, 5, 13, 23, 4, '-0500')), ('Message-ID', mid('generic').strip('<>')), ('User-Agent', 'Mutt/2.2.13 (2024-03-09)')],
               text('any chance goodtime could get a dark mode? doing interview feedback at 11pm in that white ui is brutal.\nnot urgent obviously :)\n\n-- \nryan\n',
                    'plain', 'us-ascii', '7bit', ct='text/plain; charset=us-ascii'))
add('feature_request', 'product_board_reply', '', 'en', 'mutt;plain-7bit;lowercase;one-liner;night;message-id-no-brackets', 'dark mode', raw)

# --- bulk reassign when interviewer goes on leave
d = date(2026, 3, 31, 11, 58, '-0500')
L = ['Hi team,', '',
     'Suggestion for GoodTime: when an interviewer goes on leave (we\u2019ve had two go on parental leave this month), I have to open every one of their upcoming interviews one by one and replace them. For Nicole that was 23 interviews across 9 candidates and took me most of an afternoon.', '',
     'It would be so much better if I could pick a person and a date range, see all their upcoming interviews in one list, and swap them all out for someone from the same pool in one go (with the candidates getting a single updated itinerary each).', '',
     'Is that something we can ask GoodTime for?', '', 'Thanks,', 'Priya']
raw = assemble(received(d, 5) + [('From', 'Priya Raman <priya.raman@calloway-finch.com>'), ('To', HLN),
               ('Subject', 'Idea: bulk replace an interviewer'), ('Date', d), ('Message-ID', mid('outlook'))] + outlook_hdrs('Idea: bulk replace an interviewer'),
               alt(plain_from(L), outlook_html(L), 'outlook', cs='utf-8'))
add('feature_request', 'product_board_reply', '', 'en', 'outlook;multipart-alternative;qp;received-chain', 'bulk replace interviewer on leave', raw)

# --- store-level weekly view, Apple Mail
d = date(2026, 4, 18, 18, 30, '-0400')
L = ['Hi,', '',
     'One thing that would make life easier for us store managers: a single page in GoodTime that shows every interview happening at MY store this week \u2013 who, when, which of my team is interviewing \u2013 so I can plan the rota around it. Right now I only see the ones I\u2019m personally on, and I find out about the others when a candidate walks in.', '',
     'Could that be added?', '', 'Dwayne Harris', 'Store Manager #305 \u2013 Columbus Easton']
raw = assemble([('From', 'Dwayne Harris <dwayne.harris@calloway-finch.com>'), ('Content-Type', None), ('Subject', 'Suggestion - store view'),
                ('Date', d), ('To', HL), ('Message-Id', mid('apple')), ('X-Mailer', 'Apple Mail (2.3826.400.131.1.6)')],
               alt(apple_plain(L), apple_html(L), 'apple'), mime='1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))')
add('feature_request', 'product_board_reply', '', 'en', 'apple-mail;multipart-alternative;qp', 'per-store weekly view', raw)

# --- Slack notification on decline (tech team)
d = date(2026, 5, 26, 14, 9, '-0500')
body = ('Hi helpline,\n\n'
        'Feature wish from the engineering hiring side: could GoodTime post to a Slack channel (or DM the coordinator) when an interviewer '
        'declines? We live in Slack and the decline emails get buried. Twice this month we only noticed a decline the morning of the loop.\n\n'
        'Bonus points if the message had a button to pick a replacement from the pool.\n\n'
        'Thanks!\n\n-- \nRyan Mitchell\nEngineering Manager, Fulfilment Platform\nCalloway & Finch Technology | #eng-hiring\n')
raw = assemble(received(d, 4) + auth() + [('From', '"Mitchell, Ryan" <ryan.mitchell@calloway-finch.com>'), ('To', HL),
               ('Subject', 'Slack alerts for declines?'), ('Date', d), ('Message-ID', mid('generic')), ('User-Agent', 'Mozilla Thunderbird')],
               text(body, 'plain', 'utf-8', 'quoted-printable', ct='text/plain; charset=UTF-8; format=flowed'))
add('feature_request', 'product_board_reply', '', 'en', 'thunderbird;qp;format-flowed;received-chain;dkim', 'Slack notification on decline', raw)

# --- two topics: thanks + wish (in-person/video choice), Outlook HTML
d = date(2026, 5, 8, 16, 44, '+0100')
L = ['Hi Rachel and team,', '',
     'First of all, huge thanks for sorting out the problem with the Leeds store interviews last week \u2013 everything has been fine since, the candidates are getting the right address now and the store managers are happy. I really appreciated how quickly you picked it up.', '',
     'While I\u2019m writing, a wish for GoodTime itself. For our store assistant roles we are happy to interview either in store or on video, and honestly we\u2019d like the candidate to choose. At the moment the self-scheduling link is either in person or video, decided by us. It would be brilliant if the link let the candidate pick the format first and then see the matching slots (in-store slots only when a manager is on shift, video slots any time the manager is free).', '',
     'I think a lot of retail teams would use that. Happy to explain more if GoodTime want examples.', '',
     'Have a lovely weekend,', 'Olivia']
S = ['Olivia Hartley', 'Recruiter \u2013 Retail UK', 'Calloway & Finch UK Ltd', 'Registered in England & Wales No. 04417283 | 1 Spinningfields Square, Manchester M3 3AP', ''] + DISCLAIMER_EN
raw = assemble(received(d, 6) + auth(arc=True) + [('From', 'Olivia Hartley <olivia.hartley@calloway-finch.com>'), ('To', HLN),
               ('Subject', 'Thank you + an idea'), ('Date', d), ('Message-ID', mid('outlook'))] + outlook_hdrs('Thank you + an idea', 'en-GB'),
               text(outlook_html(L, sig=S, lang='EN-GB'), 'html', 'windows-1252', 'quoted-printable', ct='text/html; charset="windows-1252"'), crlf=True)
add('feature_request', 'product_board_reply', '', 'en', 'outlook-html-only;qp;windows-1252;two-topics;disclaimer;received-chain;arc;dkim;crlf', 'thanks then candidate-chosen format wish', raw)

# --- rota awareness, Outlook with winmail.dat
d = date(2026, 6, 5, 6, 17, '+0100')
L = ['Hello,', '',
     'We run 4-on-4-off continental shifts at Birmingham DC, days and nights. Our shift managers are only on site on their shift days, but GoodTime only knows about their Outlook calendar, which most of them barely use. So we keep getting interviews offered on their days off.', '',
     'Would it be possible for GoodTime to read the shift rota from our workforce management system (Kronos) and only offer slots when the interviewer is actually rostered on? Failing that, some way of setting a repeating 4-on-4-off pattern as working hours would help.', '',
     'Gareth Lloyd', 'Shift Manager \u2013 Nights, Birmingham DC']
mix = multi('mixed', [alt(plain_from(L), outlook_html(L, lang='EN-GB'), 'outlook', cs='windows-1252'),
                      attach('winmail.dat', tnef(), 'application/ms-tnef')], 'outlook-mixed')
raw = assemble(received(d, 5) + [('From', 'Gareth Lloyd <gareth.lloyd@calloway-finch.com>'), ('To', HL),
               ('Subject', 'Shift rota and interview slots'), ('Date', d), ('Message-ID', mid('outlook'))]
               + outlook_hdrs('Shift rota and interview slots', 'en-GB', attach=True), mix)
add('feature_request', 'product_board_reply', '', 'en', 'outlook;multipart-mixed;winmail-dat;qp;windows-1252;received-chain;early-morning', 'read shift rota / repeating pattern', raw)

# --- shared calendar feed, Gmail app base64
d = date(2026, 4, 4, 12, 26, '-0400')
L = ['Hey,', '',
     'Would be great if GoodTime gave us a calendar feed (iCal / subscribe link) with all the interviews for our site, so we could put it up on the screen in the break room at Columbus and the supervisors know who is coming in. Right now I copy them onto a whiteboard every Monday.', '',
     'Just an idea!', 'Jamal']
raw = assemble([('Delivered-To', HL)] + received(d, 2, 'gmail') + auth('gmail.com', gmail=True) +
               [('MIME-Version', None), ('From', 'Jamal Carter <jcarter.cbus@gmail.com>'), ('Date', d), ('Message-ID', mid('gmail')),
                ('Subject', 'idea - calendar feed for the break room'), ('To', HL)],
               alt(gmail_plain(L), gmail_html(L), 'gmail', cte='base64'))
add('feature_request', 'product_board_reply', '', 'en', 'gmail-android;multipart-alternative;base64;personal-address;dkim', 'subscribable calendar feed', raw)

# --- forwarded hiring manager suggestion (Begin forwarded message)
d = date(2026, 6, 1, 10, 3, '-0500')
L = ['Forwarding this from one of our hiring managers in Supply Chain, he asked me to send it on to whoever collects ideas for GoodTime.', '', 'Megan']
FL = ['From: Carlos Vega <carlos.vega@calloway-finch.com>', 'Subject: GoodTime idea', 'Date: May 29, 2026 at 4:51:07 PM CDT',
      'To: Megan Price <megan.price@calloway-finch.com>', '',
      'Hi Megan,', '',
      'When I can\u2019t make an interview I have to email you, you find someone, you rebook. It would be much quicker if, from the invite itself, I could offer my slot to a colleague who\u2019s in the same interviewer pool and they could accept it, with GoodTime updating everything. You\u2019d still get notified, but you wouldn\u2019t have to do the legwork.', '',
      'Carlos']
Pl = '\n'.join(L) + '\n\n' + 'Begin forwarded message:\n\n' + '\n'.join(FL) + '\n'
Ht = apple_html(L).replace('</body></html>', '<div><br><blockquote type="cite"><div>Begin forwarded message:</div><br>%s</blockquote></div></body></html>' % ''.join('<div>%s</div>' % (esc(l) if l else '<br>') for l in FL))
raw = assemble(received(d, 5) + [('From', 'Megan Price <megan.price@calloway-finch.com>'), ('Content-Type', None), ('Subject', 'Fwd: GoodTime idea'),
               ('Date', d), ('To', HL), ('Message-Id', mid('apple')), ('X-Mailer', 'Apple Mail (2.3826.400.131.1.6)')],
               alt(Pl, Ht, 'apple'), mime='1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))')
add('feature_request', 'product_board_reply', '', 'en', 'apple-mail;multipart-alternative;qp;forwarded-chain;begin-forwarded-message;received-chain', 'interviewer offers slot to pool colleague', raw)

# --- de: automatic lunch break for long onsites
d = date(2026, 4, 16, 14, 33, '+0200')
body = ('Hallo GoodTime-Team,\n\n'
        'ein Verbesserungsvorschlag aus Hamburg: Bei unseren ganztägigen Vor-Ort-Terminen (Assessment Center für die Trainees) müssen wir '
        'die Mittagspause jedes Mal von Hand einbauen. Schön wäre, wenn GoodTime bei Terminen über sechs Stunden automatisch eine Pause '
        'von mindestens 30 Minuten einplanen würde - das schreibt bei uns auch das Arbeitszeitgesetz für die Interviewer vor. '
        'Vergessen wir es, gibt es Ärger mit dem Betriebsrat.\n\n'
        'Vielleicht kann man das an GoodTime weitergeben?\n\n'
        'Beste Grüße\nMelanie Krüger\nRecruiting Lead Deutschland\n\n' + '\n'.join(DISCLAIMER_DE) + '\n')
raw = assemble(received(d, 5) + [('From', 'Melanie =?iso-8859-1?Q?Kr=FCger?= <melanie.krueger@cf-logistics.de>'), ('To', 'helpline@calloway-finch.com'),
               ('Subject', 'Vorschlag: automatische Mittagspause bei langen Terminen'), ('Date', d), ('Message-ID', mid('outlook')), ('X-Mailer', 'Microsoft Outlook 16.0')],
               text(body, 'plain', 'iso-8859-1', 'quoted-printable', ct='text/plain; charset="iso-8859-1"'))
add('feature_request', 'product_board_reply', '', 'de', 'plain;qp;iso-8859-1;rfc2047-q-partial;disclaimer-de;received-chain', 'automatic lunch break in long onsites', raw)

# --- es: duplicate an interview setup for another candidate (Gmail)
d = date(2026, 5, 29, 11, 8, '+0200')
L = ['Hola,', '',
     'Una propuesta de mejora para GoodTime: cuando tengo varios candidatos para el mismo puesto con el mismo circuito (por ejemplo, las tres entrevistas para jefe de equipo en Getafe), tengo que montar cada una desde cero aunque sean idénticas salvo el candidato. Estaría genial poder «duplicar» una entrevista ya programada para otro candidato y que solo cambie la fecha.', '',
     'Un saludo,', 'Nerea']
raw = assemble([('Delivered-To', HL)] + received(d, 3, 'gmail') + auth('calloway-finch.es', gmail=True) +
               [('MIME-Version', None), ('From', 'Nerea Iglesias <nerea.iglesias@calloway-finch.es>'), ('Date', d), ('Message-ID', mid('gmail')),
                ('Subject', ew('Propuesta: duplicar una entrevista para otro candidato', 'UTF-8', 'B')), ('To', HL)],
               alt(gmail_plain(L), gmail_html(L), 'gmail'))
add('feature_request', 'product_board_reply', '', 'es', 'gmail;multipart-alternative;qp;rfc2047-b-utf8;dkim;received-chain', 'duplicate interview for another candidate', raw)

# --- pt: attach CV to interviewer invite
d = date(2026, 3, 13, 17, 22, '+0000')
L = ['Boa tarde,', '',
     'Uma sugestão para o GoodTime: os nossos entrevistadores no armazém de Alverca pedem sempre o CV do candidato minutos antes da entrevista. Seria ótimo que o convite que recebem no calendário trouxesse o CV em anexo (ou um link direto para ele), para não terem de andar à procura no ATS.', '',
     'Obrigado,', 'Tiago Almeida', 'Técnico de Recrutamento \u2013 Operações Portugal']
raw = assemble(received(d, 5) + [('From', 'Tiago Almeida <tiago.almeida@calloway-finch.pt>'), ('To', HLN),
               ('Subject', ew('Sugestão: CV no convite do entrevistador', 'ISO-8859-1', 'Q')), ('Date', d), ('Message-ID', mid('outlook'))]
               + outlook_hdrs('Sugestão: CV no convite do entrevistador', 'pt-PT'),
               text(outlook_html(L, lang='PT'), 'html', 'windows-1252', 'quoted-printable', ct='text/html; charset="windows-1252"'))
add('feature_request', 'product_board_reply', '', 'pt', 'outlook-html-only;qp;windows-1252;rfc2047-q-iso-8859-1;received-chain', 'CV attached to interviewer invite', raw)

# ====================================================================== ESCALATIONS
# --- renewal with PDF
d = date(2026, 5, 4, 9, 12, '-0500')
L = ['Hi team,', '',
     'Our GoodTime contract comes up for renewal on 30 June. Before procurement start the paperwork, Sarah and I want a proper conversation with GoodTime about the seat count (we\u2019re over-licensed in the US and under in EMEA), whether the EU data residency add-on is worth it for us, and pricing for another two years.', '',
     'Could you set that up with our account team at GoodTime? I\u2019ve attached the usage summary we pulled for Q1 so they have the numbers beforehand. Procurement need a quote by 5 June at the latest.', '',
     'Thanks,', 'Tasha']
S = ['Tasha Greene', 'Recruiting Operations Manager', 'Calloway & Finch | Talent Acquisition', 'T +1 312 555 0192']
pdfb = pdf(['Calloway & Finch - GoodTime usage summary Q1 2026', '', 'Licensed seats: 140 (US 95, EMEA 45)',
            'Active schedulers (90 days): US 61, UK 22, DE 11, ES 9, FR 8, PT 7', 'Interviews scheduled: 4,812', 'Prepared by Recruiting Operations, 28 April 2026'])
mix = multi('mixed', [alt(plain_from(L, sig=S), outlook_html(L, sig=S), 'outlook', cs='windows-1252'),
                      attach('GoodTime usage summary Q1 2026.pdf', pdfb, 'application/pdf')], 'outlook-mixed')
raw = assemble(received(d, 6) + auth(arc=True) + [('From', 'Tasha Greene <tasha.greene@calloway-finch.com>'), ('To', HLN),
               ('Cc', 'Sarah Klein <sarah.klein@calloway-finch.com>'), ('Subject', 'GoodTime renewal - 30 June'), ('Date', d), ('Message-ID', mid('outlook'))]
               + outlook_hdrs('GoodTime renewal - 30 June', attach=True), mix)
add('escalation', 'flag_csm', '', 'en', 'outlook;multipart-mixed;attachment-pdf;qp;windows-1252;received-chain;arc;dkim', 'contract renewal and seats', raw)

# --- extra licences, with -----Original Message----- from ops director
d = date(2026, 6, 12, 10, 45, '-0700')
body = ('Hi,\n\nSee Frank\'s note below. For the peak season ramp at Reno we are bringing in 15 temporary coordinators and shift leads from August '
        'to December who will all need to schedule in GoodTime. As far as I know we have no spare licences in the West region. '
        'Who can sort out 15 extra seats (ideally only for those five months) with GoodTime, and how quickly? They start onboarding 27 July.\n\n'
        'Luis\n\n'
        '-----Original Message-----\n'
        'From: Frank Delgado <frank.delgado@calloway-finch.com>\n'
        'Sent: Thursday, June 11, 2026 6:02 PM\n'
        'To: Luis Ortega <luis.ortega@calloway-finch.com>\n'
        'Subject: Peak 2026 headcount - Reno\n\n'
        'Luis - peak plan approved: +420 seasonal associates, +15 temp coordinators/shift leads for hiring. Make sure they have every system '
        'access they need before day one, I don\'t want a repeat of last year.\n\nFrank\n')
raw = assemble(received(d, 5) + [('From', 'Luis Ortega <luis.ortega@calloway-finch.com>'), ('To', HL),
               ('Subject', 'FW: Peak 2026 headcount - Reno (need 15 more GoodTime seats for\n the Aug-Dec ramp, onboarding starts 27 July)'), ('Date', d), ('Message-ID', mid('outlook')), ('X-Mailer', 'Microsoft Outlook 16.0')],
               text(body, 'plain', 'us-ascii', 'quoted-printable', ct='text/plain; charset="us-ascii"'))
add('escalation', 'flag_csm', '', 'en', 'plain;qp;original-message-quote;forwarded-chain;folded-subject;received-chain', 'temporary extra licences for peak', raw)

# --- training request for UK team
d = date(2026, 3, 20, 15, 5, '+0000')
L = ['Hi,', '',
     'We\u2019ve just hired 12 new recruitment coordinators for the UK (Manchester, Birmingham and the new Daventry site), starting between 7 and 21 April. None of them have used GoodTime.', '',
     'Rather than each of them learning by trial and error on live candidates, I\u2019d like GoodTime to run a proper training session (or two) for the group in their first fortnight, ideally covering panels, pools and rescheduling, plus how we do things here. Can you arrange that with GoodTime? Happy to host it in Manchester or do it on Teams.', '',
     'Cheers,', 'Graham', '', 'Graham Pike', 'Talent Partner \u2013 UK Operations', 'Calloway & Finch UK Ltd']
raw = assemble(received(d, 5) + auth() + [('From', 'Graham Pike <graham.pike@calloway-finch.com>'), ('Content-Type', None),
               ('Subject', 'Training for 12 new UK coordinators'), ('Date', d), ('To', HLN),
               ('Message-Id', mid('apple')), ('X-Mailer', 'Apple Mail (2.3826.400.131.1.6)')],
               alt(apple_plain(L), apple_html(L), 'apple'), mime='1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))')
add('escalation', 'flag_csm', '', 'en', 'apple-mail;multipart-alternative;qp;received-chain;dkim', 'team training request', raw)

# --- overall complaint, rambling, capitals
d = date(2026, 5, 15, 19, 52, '-0400')
L = ['Help line team,', '',
     'I\u2019ll be blunt because I think someone needs to be. We are now more than four months into GoodTime and from where I sit in Retail Operations it is not delivering what we were promised when we signed.', '',
     'My store managers are still phoning candidates to confirm times. Coordinators are keeping their own spreadsheets \u201cjust in case\u201d. Every district has its own workaround. Each individual issue gets a ticket and gets closed, but NOTHING about the overall picture has improved, and I keep hearing the same complaints in every district call.', '',
     'I don\u2019t want another ticket. I want a review of how this roll-out is going with GoodTime at the table \u2013 what we were told it would do for retail hiring, what it actually does, and a plan to close the gap. If that doesn\u2019t happen before the summer I will be recommending we look at alternatives when the contract is up.', '',
     'Denise Carver', 'VP Retail Operations, North America']
raw = assemble(received(d, 6) + auth(arc=True) + [('From', 'Denise Carver <denise.carver@calloway-finch.com>'), ('To', HLN),
               ('Cc', 'Sarah Klein <sarah.klein@calloway-finch.com>'), ('Subject', 'GoodTime - this is not working for Retail'), ('Date', d),
               ('Message-ID', mid('outlook'))] + outlook_hdrs('GoodTime - this is not working for Retail'),
               text(outlook_html(L), 'html', 'windows-1252', 'quoted-printable', ct='text/html; charset="windows-1252"'), crlf=True)
add('escalation', 'flag_csm', '', 'en', 'outlook-html-only;qp;windows-1252;rambling;caps;received-chain;arc;dkim;crlf', 'overall complaint about rollout', raw)

# --- unresolved ticket + live fault
d = date(2026, 4, 28, 11, 36, '-0500')
L = ['Hello,', '',
     'GoodTime ticket #48213 (interviews created without a Teams link) was opened on 19 March. It has been bounced back and forth for five weeks, closed twice as \u201cresolved\u201d, and it is happening AGAIN today: the two executive interviews this afternoon (1:30 and 3:00) went out with no link. I have patched them by hand for now.', '',
     'I need two things: somebody to look at today\u2019s interviews with Support, and this whole thing taken up with GoodTime at a higher level than the ticket queue, because clearly the ticket queue is not fixing it.', '',
     'Brianna Foster', 'Executive Assistant to the COO']
raw = assemble(received(d, 5) + [('From', 'Brianna Foster <brianna.foster@calloway-finch.com>'), ('To', HLN),
               ('Subject', 'RE: Ticket 48213 - still not fixed'), ('Date', d), ('Message-ID', mid('outlook')), ('In-Reply-To', mid('outlook'))]
               + outlook_hdrs('Ticket 48213 - still not fixed'),
               alt(plain_from(L), outlook_html(L), 'outlook', cs='windows-1252'))
add('escalation', 'flag_csm+forward_support', '', 'en', 'outlook;multipart-alternative;qp;windows-1252;received-chain', 'ticket unresolved for weeks, recurred today', raw)

# --- process change: graduate assessment centre
d = date(2026, 3, 25, 13, 18, '-0500')
L = ['Hi all,', '',
     'From this autumn we want to run the graduate assessment centres through GoodTime instead of the current spreadsheet-and-Outlook process. Each centre is 8 candidates at once, a group exercise, two rotating one-to-one interviews, a case study with a panel of three, and a closing debrief for assessors. We run about 12 of these between September and November across Chicago, Manchester and Hamburg.', '',
     'This is quite a change to how Early Careers works, and I don\u2019t think the usual set-up covers it. I\u2019d like someone from GoodTime to sit down with us and work out the best way to model it before we build anything.', '',
     'Megan Price', 'Early Careers Recruiter']
raw = assemble(received(d, 5) + auth() + [('From', 'Megan Price <megan.price@calloway-finch.com>'), ('To', HLN),
               ('Subject', 'Graduate assessment centres in GoodTime - need GoodTime input'), ('Date', d), ('Message-ID', mid('outlook'))]
               + outlook_hdrs('Graduate assessment centres in GoodTime - need GoodTime input'),
               alt(plain_from(L), outlook_html(L), 'outlook', cs='utf-8', cte='base64'))
add('escalation', 'flag_csm', '', 'en', 'outlook;multipart-alternative;base64;utf-8;received-chain;dkim', 'process change consultation', raw)

# --- account owner left
d = date(2026, 4, 20, 8, 27, '-0500')
body = ('Hi,\n\nDana Whitfield, who was our main GoodTime administrator and the named contact on the account with GoodTime, left Calloway & Finch '
        'on Friday. Her mailbox is being closed at the end of the month.\n\nWe need the account ownership, the admin contact and the billing/renewal '
        'notices moved over to me (and Tasha Greene as backup) so nothing gets lost. I assume this has to be done on GoodTime\'s side, not just by '
        'changing a role in the app.\n\nCan you take this up with them?\n\nThanks,\nPaul Jennings\nHRIS Manager\n')
raw = assemble(received(d, 5) + [('From', 'Paul Jennings <paul.jennings@calloway-finch.com>'), ('To', HL),
               ('Subject', 'GoodTime account owner has left - need handover'), ('Date', d), ('X-Mailer', 'Microsoft Outlook 16.0')],
               text(body, 'plain', 'utf-8', 'quoted-printable', ct='text/plain; charset="utf-8"'))
add('escalation', 'flag_csm', '', 'en', 'plain;qp;no-message-id;received-chain', 'account owner left, handover', raw)

# --- billing: too many seats
d = date(2026, 6, 18, 16, 2, '-0500')
L = ['Hello,', '',
     'The latest GoodTime invoice (INV-GT-2026-0611) bills us for 40 seats on the Stores sub-account. According to the user list Paul exported, only 25 people have logged in at all since February. Several of the rest are store managers who have left or moved roles.', '',
     'We would like to reduce the seat count before the next billing period and get a credit for the unused seats if the contract allows it. Could this be raised with the right person at GoodTime?', '',
     'Kind regards,', 'Lauren Ashby', 'Procurement \u2013 Indirect Spend']
raw = assemble(received(d, 6) + auth() + [('From', 'Lauren Ashby <lauren.ashby@calloway-finch.com>'), ('To', HLN),
               ('Subject', 'GoodTime invoice - seat count'), ('Date', d), ('Message-ID', mid('outlook'))] + outlook_hdrs('GoodTime invoice - seat count', attach=True),
               multi('mixed', [text(outlook_html(L, sig=[''] + DISCLAIMER_EN), 'html', 'windows-1252', 'quoted-printable', ct='text/html; charset="windows-1252"'),
                               attach('winmail.dat', tnef(1400), 'application/ms-tnef')], 'outlook-mixed'))
add('escalation', 'flag_csm', '', 'en', 'outlook-html-in-mixed;qp;windows-1252;winmail-dat;disclaimer;received-chain;dkim', 'billed for unused seats', raw)

# --- recurring confirmations not sent UK + live fault
d = date(2026, 6, 9, 17, 28, '+0100')
L = ['Hi both,', '',
     'Third time in three weeks: candidate confirmation emails are not being sent for UK interviews. Each time we raise it with Support, it gets fixed, the ticket is closed, and a week later it is back. Today 5 candidates with interviews tomorrow morning in Manchester and Birmingham have had nothing; we are phoning them now.', '',
     'Please (1) get Support on today\u2019s five straight away \u2013 details in the spreadsheet linked in ticket 51877 \u2013 and (2) escalate this properly with our account team at GoodTime. I want a root cause and a plan, not another \u201cresolved\u201d. If they need to speak to me I\u2019m free tomorrow after 2.', '',
     'Graham']
QH = [('From:', 'Aisha Rahman <aisha.rahman@calloway-finch.com>'), ('Sent:', '09 June 2026 16:55'),
      ('To:', 'Graham Pike <graham.pike@calloway-finch.com>'), ('Subject:', 'Confirmations missing again')]
QL = ['Graham, it\u2019s happening again, none of tomorrow\u2019s candidates got their confirmations. Same as 19 May and 1 June.', '', 'Aisha']
raw = assemble(received(d, 6) + auth(arc=True) + [('From', 'Graham Pike <graham.pike@calloway-finch.com>'), ('To', HLN),
               ('Cc', 'Aisha Rahman <aisha.rahman@calloway-finch.com>'), ('Subject', 'FW: Confirmations missing again - 3rd time, needs escalating'),
               ('Date', d), ('Message-ID', mid('outlook'))] + outlook_hdrs('Confirmations missing again', 'en-GB'),
               alt(plain_from(L, quote=(QH, QL)), outlook_html(L, quote=(QH, QL), lang='EN-GB'), 'outlook', cs='utf-8'))
add('escalation', 'flag_csm+forward_support', '', 'en', 'outlook;multipart-alternative;qp;forwarded-chain;outlook-quote-block;received-chain;arc;dkim', 'recurring fault after tickets closed, live today', raw)

# --- de: Schulung Team Hamburg
d = date(2026, 5, 6, 11, 40, '+0200')
L = ['Hallo zusammen,', '',
     'zum 1. Juni starten in Hamburg acht neue Recruiting-Koordinatorinnen und -Koordinatoren für das neue Fulfillment-Center in Billbrook. Bisher hat niemand von ihnen mit GoodTime gearbeitet.', '',
     'Wir hätten gern eine Schulung durch GoodTime für die ganze Gruppe, am besten auf Deutsch oder zumindest mit deutschen Beispielen, und gern vor Ort in Hamburg. Könnt ihr das mit GoodTime abstimmen? Als Termine kämen die Wochen 23 oder 24 infrage.', '',
     'Viele Grüße', 'Melanie Krüger', 'Recruiting Lead Deutschland']
raw = assemble(received(d, 6) + auth('cf-logistics.de') + [('From', ew('Melanie Krüger', 'windows-1252', 'Q') + ' <melanie.krueger@cf-logistics.de>'), ('To', HLN),
               ('Subject', ew_split('Schulung für neues Recruiting-Team Hamburg', [10, 22], 'iso-8859-1', 'B')), ('Date', d), ('Message-ID', mid('outlook'))]
               + outlook_hdrs('Schulung für neues Recruiting-Team Hamburg', 'de-DE', attach=True),
               multi('mixed', [text(outlook_html(L + ['', 'PS: Den Einarbeitungsplan für die neuen Kolleginnen und Kollegen habe ich angehängt.'], lang='DE'), 'html', 'windows-1252', 'quoted-printable', ct='text/html; charset="windows-1252"'),
                               attach('Einarbeitungsplan Billbrook Juni 2026.pdf',
                                      pdf(['Einarbeitungsplan Recruiting-Koordination - FC Hamburg-Billbrook', '', 'KW 23: Systeme (ATS, GoodTime, Outlook), Prozesse',
                                           'KW 24: Begleitung erfahrener Koordinatorinnen', 'KW 25: Eigene Terminplanung unter Aufsicht', 'Stand: 05.05.2026 - M. Krueger']),
                                      'application/pdf')], 'outlook-mixed'))
add('escalation', 'flag_csm', '', 'de', 'outlook-html-in-mixed;attachment-pdf;qp;windows-1252;rfc2047-b-split;rfc2047-q-windows-1252;received-chain;dkim', 'training for new team', raw)

# --- fr: overall complaint stores France
d = date(2026, 4, 9, 18, 47, '+0200')
L = ['Bonjour,', '',
     'Je me permets de vous écrire au nom des directeurs de magasin de la région Île-de-France. Depuis le passage à GoodTime en janvier, les retours sont mauvais : les managers ne s\u2019y retrouvent pas, les candidats reçoivent des messages en anglais, et plusieurs magasins sont revenus au téléphone et au papier.', '',
     'Chaque problème a été signalé séparément, mais personne ne regarde l\u2019ensemble. Nous souhaitons un vrai point avec GoodTime sur la façon dont l\u2019outil est déployé dans nos magasins français et sur ce qu\u2019il faudrait changer dans notre organisation ou dans le paramétrage.', '',
     'Cordialement,', 'Sébastien Garnier', 'Directeur régional Magasins \u2013 Île-de-France']
raw = assemble(received(d, 5) + [('From', ew('Sébastien Garnier', 'UTF-8', 'B') + ' <sebastien.garnier@calloway-finch.fr>'), ('To', HLN),
               ('Subject', 'GoodTime dans les magasins : bilan très mitigé'.replace('très mitigé', ew('très mitigé', 'UTF-8', 'Q'))), ('Date', d),
               ('Message-ID', mid('outlook'))] + outlook_hdrs('GoodTime dans les magasins : bilan très mitigé', 'fr-FR'),
               alt(plain_from(L), outlook_html(L, cs='utf-8', lang='FR'), 'outlook', cs='utf-8'))
add('escalation', 'flag_csm', '', 'fr', 'outlook;multipart-alternative;qp;utf-8;rfc2047-b-from;rfc2047-q-partial;received-chain', 'overall complaint from store directors', raw)

# --- pt: licences for new Porto team
d = date(2026, 3, 16, 10, 22, '+0000')
L = ['Bom dia,', '',
     'Em abril abrimos o novo Tech Hub no Porto e vamos ter mais seis pessoas a marcar entrevistas no GoodTime (duas recrutadoras e quatro coordenadores). Pelo que sei, as licenças que temos para Portugal já estão todas atribuídas.', '',
     'Podem tratar com a GoodTime da compra das seis licenças adicionais e ver se dá para alinhar com a data de renovação do contrato? Preciso de um valor para o orçamento até ao fim do mês.', '',
     'Obrigada,', 'Ana Sousa']
raw = assemble([('Delivered-To', HL)] + received(d, 3, 'gmail') + auth('calloway-finch.pt', gmail=True) +
               [('MIME-Version', None), ('From', 'Ana Sousa <ana.sousa@calloway-finch.pt>'), ('Date', d), ('Message-ID', mid('gmail')),
                ('Subject', ew_split('Licenças adicionais GoodTime – Tech Hub Porto', [5, 30], 'UTF-8', 'B')), ('To', HL)],
               multi('mixed', [alt(gmail_plain(L + ['', 'Segue em anexo o plano de contratações do Tech Hub.'], sig=['Ana Sousa', 'Coordenadora de Recrutamento - Tech Hub Porto']),
                   gmail_html(L + ['', 'Segue em anexo o plano de contratações do Tech Hub.'], sig=['Ana Sousa', 'Coordenadora de Recrutamento - Tech Hub Porto']), 'gmail'),
                               attach('Plano_Tech_Hub_Porto_2026.pdf', pdf(['Tech Hub Porto - plano de equipa 2026', '', 'Recrutamento: 2 recrutadoras, 4 coordenadores',
                                                                              'Inicio: abril 2026', 'Licencas GoodTime necessarias: 6']), 'application/pdf')], 'gmail'))
add('escalation', 'flag_csm', '', 'pt', 'gmail;multipart-mixed;attachment-pdf;qp;rfc2047-b-split-midword;dkim;received-chain', 'additional licences for new team', raw)
# ====================================================================== NOISE
# --- OOO with Auto-Submitted (Exchange)
d = date(2026, 4, 6, 8, 0, '-0400', s=14)
L = ['I am out of the office until Monday 13 April with limited access to email.', '',
     'For anything about warehouse associate interviews at Columbus please contact Brittany Cole (brittany.cole@calloway-finch.com). For urgent site matters call the shift office on 614-555-0140.', '',
     'Thanks, Jamal']
raw = assemble(received(d, 4) + [('From', 'Jamal Carter <jamal.carter@calloway-finch.com>'), ('To', 'GoodTime Help Line <helpline@calloway-finch.com>'),
               ('Subject', 'Automatic reply: GoodTime: changes to the Columbus interviewer pool from Monday'), ('Thread-Topic', 'GoodTime: changes to the Columbus interviewer pool from Monday'),
               ('Date', d), ('Message-ID', mid('outlook')), ('In-Reply-To', mid('outlook')), ('Auto-Submitted', 'auto-replied'),
               ('X-Auto-Response-Suppress', 'All'), ('X-MS-Exchange-Inbox-Rules-Loop', 'jamal.carter@calloway-finch.com'),
               ('X-MS-Exchange-Organization-AutoReply', 'OOF'), ('Content-Language', 'en-US')],
               alt(plain_from(L), outlook_html(L), 'outlook', cs='us-ascii', cte='7bit'.replace('7bit', 'quoted-printable')))
add('noise', 'ignore', '', 'en', 'out-of-office;auto-submitted;exchange;multipart-alternative;received-chain', 'OOO with Auto-Submitted', raw)

# --- OOO without Auto-Submitted
d = date(2026, 5, 26, 6, 31, '+0100')
body = ('Out of Office\n\nThank you for your email. I am on annual leave until Tuesday 2 June and will not be checking emails.\n\n'
        'For anything URGENT relating to the Manchester Piccadilly store please call the store on 0161 555 0192 and ask for Jo Banks '
        '(Deputy Store Manager).\n\nTom Whitaker\nStore Manager - Manchester Piccadilly\n')
raw = assemble([('From', 'Tom Whitaker <tom.whitaker@calloway-finch.com>'), ('To', 'helpline@calloway-finch.com'),
                ('Subject', 'Out of Office: Re: GoodTime drop-in for store managers'), ('Date', d), ('Message-ID', mid('outlook'))],
               text(body, 'plain', 'us-ascii', '7bit', ct='text/plain; charset="us-ascii"'))
add('noise', 'ignore', '', 'en', 'out-of-office;no-auto-submitted;plain', 'OOO without auto headers, contains URGENT', raw)

# --- bounce
d = date(2026, 5, 4, 16, 22, '-0500', s=7)
orig_id = mid('outlook')
notice = ('This is the mail system at host mx1.calloway-finch.com.\n\n'
          'I\'m sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It\'s attached below.\n\n'
          'For further assistance, please send mail to postmaster.\n\n'
          'If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n'
          '                   The mail system\n\n'
          '<dana.whitfield@calloway-finch.com>: host\n    calloway-finch-com.mail.protection.outlook.com[52.101.40.12] said: 550 5.1.10\n'
          '    RESOLVER.ADR.RecipientNotFound; Recipient dana.whitfield@calloway-finch.com\n    not found by SMTP address lookup (in reply to RCPT TO command)\n')
status = ('Reporting-MTA: dns; mx1.calloway-finch.com\nX-Postfix-Queue-ID: 4ZbT2v1Lq8z3xRt\nX-Postfix-Sender: rfc822; helpline@calloway-finch.com\n'
          'Arrival-Date: %s\n\nFinal-Recipient: rfc822; dana.whitfield@calloway-finch.com\nOriginal-Recipient: rfc822;dana.whitfield@calloway-finch.com\n'
          'Action: failed\nStatus: 5.1.10\nRemote-MTA: dns; calloway-finch-com.mail.protection.outlook.com\n'
          'Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient\n    dana.whitfield@calloway-finch.com not found by SMTP address lookup\n' % date(2026, 5, 4, 16, 21, '-0500', s=58))
hdrs = ('Received: from helpline-relay.calloway-finch.com (unknown [10.20.4.17])\n\tby mx1.calloway-finch.com (Postfix) with ESMTPS id 4ZbT2v1Lq8z3xRt\n\tfor <dana.whitfield@calloway-finch.com>; %s\n'
        'From: GoodTime Help Line <helpline@calloway-finch.com>\nTo: Dana Whitfield <dana.whitfield@calloway-finch.com>\n'
        'Subject: RE: Admin access for the Stores sub-account\nDate: %s\nMessage-ID: %s\nMIME-Version: 1.0\nContent-Type: multipart/alternative; boundary="%s"\n'
        % (date(2026, 5, 4, 16, 21, '-0500', s=57), date(2026, 5, 4, 16, 21, '-0500', s=49), orig_id, bnd('outlook')))
rep = multi('report', [Part([('Content-Description', 'Notification'), ('Content-Type', 'text/plain; charset=us-ascii')], notice),
                       Part([('Content-Description', 'Delivery report'), ('Content-Type', 'message/delivery-status')], status),
                       Part([('Content-Description', 'Undelivered Message Headers'), ('Content-Type', 'text/rfc822-headers')], hdrs)],
            'generic', params=';\n\treport-type=delivery-status', preamble='This is a MIME-encapsulated message.')
raw = assemble([('Return-Path', '<>'), ('Received', 'by mx1.calloway-finch.com (Postfix)\n\tid 7Hc2QpL0xNz9Wk; %s' % d),
                ('Date', d), ('From', 'MAILER-DAEMON@mx1.calloway-finch.com (Mail Delivery System)'),
                ('Subject', 'Undelivered Mail Returned to Sender'), ('To', 'helpline@calloway-finch.com'), ('Auto-Submitted', 'auto-replied'),
                ('Message-Id', '<20260504212207.7Hc2QpL0xNz9Wk@mx1.calloway-finch.com>')], rep)
add('noise', 'ignore', '', 'en', 'bounce;multipart-report;delivery-status;mailer-daemon;rfc822-headers', 'bounce to departed admin', raw)

# --- GoodTime newsletter
d = date(2026, 6, 10, 14, 0, '+0000', s=3)
Pn = ('GoodTime | June product roundup\n\nHi there,\n\nSummer hiring is here. This month: smarter load balancing for interviewer pools, '
      'a refreshed candidate portal, and our live webinar "Scheduling at scale for high-volume hiring" on June 24.\n\n'
      'Save your seat: https://www.goodtime.io/webinars/high-volume-2026?utm_source=newsletter&utm_medium=email\n\n'
      'You are receiving this email because you are a GoodTime customer contact.\nUnsubscribe: https://info.goodtime.io/unsubscribe?e=aGVscGxpbmVAY2FsbG93YXktZmluY2guY29t\n'
      'GoodTime.io, Inc. - 201 Spear St, San Francisco, CA 94105\n')
Hn = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>June product roundup</title></head><body style="margin:0;background:#f4f2fb">'
      '<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center"><table width="600" style="background:#ffffff;font-family:Helvetica,Arial">'
      '<tr><td style="background:#5b2ee0;color:#fff;padding:24px;font-size:22px">GoodTime | June product roundup</td></tr>'
      '<tr><td style="padding:24px;font-size:15px;line-height:22px">Hi there,<br><br>Summer hiring is here. This month: smarter load balancing for interviewer pools, '
      'a refreshed candidate portal, and our live webinar <b>&ldquo;Scheduling at scale for high-volume hiring&rdquo;</b> on June 24.<br><br>'
      '<a href="https://www.goodtime.io/webinars/high-volume-2026?utm_source=newsletter&amp;utm_medium=email" style="background:#5b2ee0;color:#fff;padding:12px 20px;text-decoration:none;border-radius:4px">Save your seat</a></td></tr>'
      '<tr><td style="padding:16px;font-size:11px;color:#888">You are receiving this email because you are a GoodTime customer contact. '
      '<a href="https://info.goodtime.io/unsubscribe?e=aGVscGxpbmVAY2FsbG93YXktZmluY2guY29t">Unsubscribe</a><br>GoodTime.io, Inc. &middot; 201 Spear St, San Francisco, CA 94105</td></tr>'
      '</table></td></tr></table><img src="https://info.goodtime.io/e/o/%s.gif" width="1" height="1" alt=""></body></html>\n' % rhex(24))
raw = assemble(received(d, 3, 'ext', 'mail.info.goodtime.io') + auth('goodtime.io', sel='hs1') +
               [('From', 'GoodTime <hello@goodtime.io>'), ('Reply-To', 'hello@goodtime.io'), ('To', 'helpline@calloway-finch.com'),
                ('Subject', 'What\'s new in GoodTime: June roundup + live webinar'), ('Date', d), ('Message-ID', '<%s@info.goodtime.io>' % rhex(32)),
                ('List-Unsubscribe', '<https://info.goodtime.io/unsubscribe?e=aGVscGxpbmVAY2FsbG93YXktZmluY2guY29t>,\n <mailto:unsubscribe@info.goodtime.io?subject=unsubscribe>'),
                ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'), ('Precedence', 'bulk'), ('X-Campaign-ID', 'jun26-roundup-cust'),
                ('Feedback-ID', '4417:mkt:goodtime')],
               alt(Pn, Hn, 'generic', cs='UTF-8'))
add('noise', 'ignore', '', 'en', 'newsletter;list-unsubscribe;precedence-bulk;multipart-alternative;dkim', 'vendor newsletter', raw)

# --- calendar accept
d = date(2026, 3, 23, 9, 15, '+0000')
cal = ics('REPLY', 'Accepted: GoodTime office hours (EMEA)', '20260326T100000', '20260326T110000',
          ('GoodTime Help Line', 'helpline@calloway-finch.com'), ('Aisha Rahman', 'aisha.rahman@calloway-finch.com'), partstat='ACCEPTED', tz='uk')
body = multi('alternative', [text('\n', 'plain', 'us-ascii', '7bit', ct='text/plain; charset="us-ascii"'),
                             text(cal, 'calendar', 'utf-8', 'base64', ct='text/calendar; charset="utf-8"; method=REPLY')], 'outlook')
raw = assemble(received(d, 4) + [('From', 'Aisha Rahman <aisha.rahman@calloway-finch.com>'), ('To', 'GoodTime Help Line <helpline@calloway-finch.com>'),
               ('Subject', 'Accepted: GoodTime office hours (EMEA)'), ('Thread-Topic', 'GoodTime office hours (EMEA)'), ('Date', d),
               ('Message-ID', mid('outlook')), ('Content-Language', 'en-GB'), ('X-MS-Has-Attach', ''), ('X-MS-Exchange-Calendar-Series-Instance-Id', rnd_b64(30))], body)
add('noise', 'ignore', '', 'en', 'calendar-accept;text-calendar;method-reply;base64;received-chain', 'meeting accepted', raw)

# --- calendar decline with comment
d = date(2026, 4, 24, 11, 3, '-0700')
cal = ics('REPLY', 'Declined: GoodTime refresher - rescheduling & pools', '20260430T130000', '20260430T140000',
          ('GoodTime Help Line', 'helpline@calloway-finch.com'), ('Luis Ortega', 'luis.ortega@calloway-finch.com'), partstat='DECLINED',
          desc='Sorry - I\'m at the Reno site all day for the peak kick-off.')
body = multi('alternative', [text('Sorry - I\'m at the Reno site all day for the peak kick-off.\n', 'plain', 'us-ascii', 'quoted-printable', ct='text/plain; charset="us-ascii"'),
                             text(cal, 'calendar', 'utf-8', 'base64', ct='text/calendar; charset="utf-8"; method=REPLY')], 'outlook')
raw = assemble(received(d, 5) + [('From', 'Luis Ortega <luis.ortega@calloway-finch.com>'), ('To', 'GoodTime Help Line <helpline@calloway-finch.com>'),
               ('Subject', 'Declined: GoodTime refresher - rescheduling & pools'), ('Date', d), ('Message-ID', mid('outlook')), ('Content-Language', 'en-US')], body)
add('noise', 'ignore', '', 'en', 'calendar-decline;text-calendar;method-reply;base64;received-chain', 'meeting declined with short comment', raw)

# --- read receipt
d = date(2026, 5, 20, 8, 44, '-0500')
rep = multi('report', [text('Your message\r\n\r\n  To: Kendra Wallace\r\n  Subject: RE: Candidate data held in GoodTime - deletion request\r\n  Sent: Tuesday, May 19, 2026 4:02:17 PM (UTC-06:00) Central Time (US & Canada)\r\n\r\nwas read on Wednesday, May 20, 2026 8:44:03 AM (UTC-06:00) Central Time (US & Canada).\r\n',
                            'plain', 'utf-8', 'quoted-printable'),
                       Part([('Content-Type', 'message/disposition-notification')],
                            'Reporting-UA: BY5PR11MB4100.namprd11.prod.outlook.com\nFinal-Recipient: rfc822;kendra.wallace@calloway-finch.com\n'
                            'Original-Message-ID: %s\nDisposition: manual-action/MDN-sent-manually; displayed\n' % mid('outlook'))],
            'outlook', params=';\n\treport-type=disposition-notification')
raw = assemble(received(d, 4) + [('From', 'Kendra Wallace <kendra.wallace@calloway-finch.com>'), ('To', 'GoodTime Help Line <helpline@calloway-finch.com>'),
               ('Subject', 'Read: RE: Candidate data held in GoodTime - deletion request'), ('Date', d), ('Message-ID', mid('outlook')),
               ('Content-Language', 'en-US')], rep)
add('noise', 'ignore', '', 'en', 'read-receipt;multipart-report;disposition-notification;received-chain', 'read receipt', raw)

# --- phishing
d = date(2026, 4, 14, 3, 27, '+0300')
Hp = ('<html><body style="font-family:Arial"><div style="max-width:560px;margin:auto;border:1px solid #ddd;padding:20px">'
      '<h2 style="color:#6b3df5">GoodTime</h2><p>Dear helpline,</p><p>We detected unusual sign-in activity on your GoodTime workspace. '
      'To avoid <b>permanent suspension</b> of your scheduling account and loss of all interview data, you must verify your identity within <b>24 hours</b>.</p>'
      '<p style="text-align:center"><a href="http://goodtime-io.help/secure/verify?u=aGVscGxpbmU=&t=%s" style="background:#6b3df5;color:#fff;padding:12px 24px;text-decoration:none">Verify my account</a></p>'
      '<p>Failure to verify will result in all scheduled interviews being cancelled.</p><p>GoodTime Security Team</p></div></body></html>\n' % rhex(20))
raw = assemble([('Received', 'from vps-4417.hostedserver.ru (unknown [185.234.%d.%d])\n\tby mx1.calloway-finch.com (Postfix) with ESMTP id 4Zbr8Q2mKzz4wP\n\tfor <helpline@calloway-finch.com>; %s' % (R.randrange(256), R.randrange(256), d)),
                ('Authentication-Results', 'mx1.calloway-finch.com;\n\tspf=softfail smtp.mailfrom=goodtime-io.help;\n\tdkim=none;\n\tdmarc=fail (p=none dis=none) header.from=goodtime-io.help'),
                ('From', '"GoodTime Security" <security@goodtime-io.help>'), ('Reply-To', 'verify-team@protonmail.com'), ('To', 'helpline@calloway-finch.com'),
                ('Subject', 'Action required: your GoodTime account will be suspended'), ('Date', d), ('Message-ID', '<%s@vps-4417.hostedserver.ru>' % rhex(16)),
                ('X-Mailer', 'Microsoft Outlook Express 6.00.2900.5512')],
               text(Hp, 'html', 'iso-8859-1', 'quoted-printable', ct='text/html; charset="iso-8859-1"'))
add('noise', 'ignore', '', 'en', 'phishing;html-only;qp;auth-fail;night', 'credential phishing posing as GoodTime', raw)

# --- bare thanks, iPhone with quote
d = date(2026, 4, 22, 9, 31, '-0500')
body = ('Thanks!!\n\nSent from my iPhone\n\n'
        '> On Apr 22, 2026, at 9:14\u202fAM, GoodTime Help Line <helpline@calloway-finch.com> wrote:\n>\n'
        '> Hi Kevin,\n>\n> Store managers have hiring-manager access, which can see interviews but not reschedule them; that\'s why the button isn\'t there. '
        'Alicia or your district coordinator can move interviews for you.\n>\n> GoodTime project team\n')
raw = assemble([('From', 'Kevin O\'Donnell <kevin.odonnell@calloway-finch.com>'), ('Content-Type', None), ('Subject', 'Re: reschedule button missing??'),
                ('Date', d), ('To', 'GoodTime Help Line <helpline@calloway-finch.com>'), ('Message-Id', mid('apple')),
                ('In-Reply-To', mid('outlook')), ('X-Mailer', 'iPhone Mail (22E240)')],
               text(body, 'plain', 'utf-8', 'quoted-printable', ct='text/plain;\n\tcharset=utf-8'), mime='1.0 (1.0)')
add('noise', 'ignore', '', 'en', 'bare-thanks;iphone;qp;reply-thread;gt-quote', 'thank-you only', raw)

# --- vendor spam
d = date(2026, 5, 12, 15, 33, '-0400')
Ps = ('Hi there,\n\nQuick one - are you still scheduling interviews by hand?\n\nHireLoop\'s AI scheduler cut time-to-hire by 60%% for logistics '
      'teams like yours (see how a 3PL with 40 warehouses did it: https://hireloop.ai/case-studies/3pl).\n\nWorth a 15-minute chat next week?\n\n'
      'Jordan Blake\nAccount Executive, HireLoop\n\nIf you\'d rather not hear from me, unsubscribe here: https://hireloop.ai/u/%s\n' % rhex(16))
raw = assemble(received(d, 3, 'ext', 'mail.hireloop.ai') +
               [('From', 'Jordan Blake <jordan@mail.hireloop.ai>'), ('To', 'helpline@calloway-finch.com'),
                ('Subject', 'Cut your time-to-hire by 60% (Calloway & Finch)'), ('Date', d), ('Message-ID', '<%s@mail.hireloop.ai>' % rhex(20)),
                ('List-Unsubscribe', '<https://hireloop.ai/u/%s>' % rhex(16)), ('X-Mailer', 'Outreach')],
               text(Ps, 'plain', 'utf-8', '7bit'))
add('noise', 'ignore', '', 'en', 'marketing-spam;list-unsubscribe;plain', 'cold sales email from other vendor', raw)

# --- de: Abwesenheitsnotiz
d = date(2026, 5, 11, 12, 2, '+0200')
L = ['Vielen Dank für Ihre Nachricht.', '',
     'Ich bin bis einschließlich 22.05.2026 nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.', '',
     'In dringenden Fällen wenden Sie sich bitte an die Schichtleitung im DC Duisburg unter +49 203 555 4410.', '',
     'Mit freundlichen Grüßen', 'Stefan Brenner']
raw = assemble(received(d, 4) + [('From', 'Stefan Brenner <stefan.brenner@cf-logistics.de>'), ('To', 'GoodTime Help Line <helpline@calloway-finch.com>'),
               ('Subject', ew('Automatische Antwort: Schulung für neues Recruiting-Team Hamburg', 'utf-8', 'Q')), ('Date', d), ('Message-ID', mid('outlook')),
               ('Auto-Submitted', 'auto-replied'), ('X-MS-Exchange-Organization-AutoReply', 'OOF'), ('Content-Language', 'de-DE')],
               alt(plain_from(L), outlook_html(L, cs='utf-8', lang='DE'), 'outlook', cs='utf-8'))
add('noise', 'ignore', '', 'de', 'out-of-office;auto-submitted;rfc2047-q-utf8;multipart-alternative;received-chain', 'German OOO', raw)

# --- es: respuesta automática, base64
d = date(2026, 8, 5, 10, 18, '+0200')
body = ('Hola,\n\nEstoy de vacaciones hasta el lunes 24 de agosto, sin acceso al correo. Para cualquier tema urgente del almacén de Zaragoza '
        'podéis llamar a la oficina de turno (976 55 14 20) o escribir a Álvaro Gómez.\n\nUn saludo,\nJavier Morales\n')
raw = assemble([('From', 'Javier Morales <javier.morales@calloway-finch.es>'), ('To', 'helpline@calloway-finch.com'),
                ('Subject', ew('Respuesta automática: Cambios en GoodTime a partir de septiembre', 'utf-8', 'B')), ('Date', d), ('Message-ID', mid('outlook')),
                ('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')],
               text(body, 'plain', 'utf-8', 'base64'))
add('noise', 'ignore', '', 'es', 'out-of-office;auto-submitted;base64;rfc2047-b-utf8', 'Spanish OOO', raw)

# --- fr: merci beaucoup with Outlook quote block
d = date(2026, 3, 19, 15, 47, '+0100')
L = ['Merci beaucoup, c\u2019est parfait !', '', 'Julien']
QH = [('De :', 'GoodTime Help Line <helpline@calloway-finch.com>'), ('Envoyé :', 'jeudi 19 mars 2026 15:20'),
      ('À :', 'Julien Mercier <julien.mercier@calloway-finch.fr>'), ('Objet :', 'RE: Où est la bulle violette ?')]
QL = ['Bonjour Julien,', '', 'La bulle n\u2019apparaît qu\u2019une fois connecté à GoodTime : ouvrez app.goodtime.io, connectez-vous, et elle sera en bas à droite.', '', 'L\u2019équipe projet GoodTime']
raw = assemble(received(d, 4) + [('From', 'Julien Mercier <julien.mercier@calloway-finch.fr>'), ('To', 'GoodTime Help Line <helpline@calloway-finch.com>'),
               ('Subject', 'RE: ' + ew('Où est la bulle violette ?', 'utf-8', 'Q')), ('Date', d), ('Message-ID', mid('outlook')), ('In-Reply-To', mid('outlook'))]
               + outlook_hdrs('Où est la bulle violette ?', 'fr-FR'),
               alt(plain_from(L, quote=(QH, QL)), outlook_html(L, quote=(QH, QL), cs='utf-8', lang='FR'), 'outlook', cs='utf-8'))
add('noise', 'ignore', '', 'fr', 'bare-thanks;outlook;multipart-alternative;reply-thread;outlook-quote-block-fr;received-chain', 'thank-you only', raw)

# --- pt: read receipt
d = date(2026, 6, 17, 11, 9, '+0100')
rep = multi('report', [text('A sua mensagem\r\n\r\n  Para: Miguel Costa\r\n  Assunto: RE: Candidatos que faltam\r\n  Enviada: terça-feira, 16 de junho de 2026 17:40:12 (UTC+00:00) Dublin, Edimburgo, Lisboa, Londres\r\n\r\nfoi lida na quarta-feira, 17 de junho de 2026 11:09:01 (UTC+00:00) Dublin, Edimburgo, Lisboa, Londres.\r\n',
                            'plain', 'utf-8', 'base64'),
                       Part([('Content-Type', 'message/disposition-notification')],
                            'Reporting-UA: AM9PR08MB6770.eurprd08.prod.outlook.com\nFinal-Recipient: rfc822;miguel.costa@calloway-finch.pt\n'
                            'Original-Message-ID: %s\nDisposition: manual-action/MDN-sent-manually; displayed\n' % mid('outlook'))],
            'outlook', params=';\n\treport-type=disposition-notification')
raw = assemble(received(d, 4) + [('From', 'Miguel Costa <miguel.costa@calloway-finch.pt>'), ('To', 'GoodTime Help Line <helpline@calloway-finch.com>'),
               ('Subject', 'Lida: RE: Candidatos que faltam'), ('Date', d), ('Message-ID', mid('outlook')), ('Content-Language', 'pt-PT')], rep)
add('noise', 'ignore', '', 'pt', 'read-receipt;multipart-report;disposition-notification;base64;received-chain', 'Portuguese read receipt', raw)

# ====================================================================== write out
def main():
    order = list(range(len(MSGS)))
    random.Random(20260611).shuffle(order)
    for f in os.listdir(OUT):
        if f.startswith('c-') and f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    rows = []
    for n, i in enumerate(order, 1):
        m = MSGS[i]
        name = 'c-%03d.eml' % n
        with open(os.path.join(OUT, name), 'wb') as fh:
            fh.write(m['raw'])
        rows.append([name, m['cat'], m['actions'], m['article'], m['lang'], m['fmt'], m['notes']])
    with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as fh:
        w = csv.writer(fh)
        w.writerow(['file', 'category', 'actions', 'article', 'language', 'format', 'notes'])
        w.writerows(rows)
    print('wrote', len(rows))

if __name__ == '__main__':
    main()
