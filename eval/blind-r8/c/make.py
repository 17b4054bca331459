#!/usr/bin/env python3
"""Batch c of the blind help-line test set (Fernleigh Hotels & Resorts).

Writes c-001.eml ... c-100.eml and labels.csv next to this script.
Standard library only. Raw bytes are assembled by hand so that encodings
(quoted-printable, base64, RFC 2047, raw 8-bit headers) are exact.
"""
import base64, quopri, random, zlib, struct, os, csv, datetime, email, email.utils, uuid, re
from datetime import timezone, timedelta

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(880312)

HL = 'helpline@fernleighhotels.com'
HL_NAMES = ['GoodTime Helpline <helpline@fernleighhotels.com>',
            'helpline@fernleighhotels.com',
            '"GoodTime Help Line" <helpline@fernleighhotels.com>',
            'Helpline GoodTime <helpline@fernleighhotels.com>',
            '<helpline@fernleighhotels.com>']

def HLTO(i=0):
    return HL_NAMES[i % len(HL_NAMES)]

# ---------------------------------------------------------------- dates
def tzoff(zone, m, d):
    if zone == 'utc':
        return 0
    summer = (3, 29) <= (m, d) < (10, 25)
    base = {'uk': 0, 'pt': 0, 'cet': 1}[zone]
    return base + (1 if summer else 0)

def D(m, d, H, M, zone='cet', S=None):
    if S is None:
        S = R.randint(0, 59)
    off = tzoff(zone, m, d)
    return datetime.datetime(2026, m, d, H, M, S, tzinfo=timezone(timedelta(hours=off)))

def ds(dt, pad=True):
    s = email.utils.format_datetime(dt)
    if not pad:
        p = s.split(' ')
        p[1] = str(int(p[1]))
        s = ' '.join(p)
    return s

def utcs(dt, plus=0):
    return email.utils.format_datetime((dt + timedelta(seconds=plus)).astimezone(timezone.utc))

# ---------------------------------------------------------------- ids
def hexs(n, upper=True):
    s = ''.join(R.choice('0123456789abcdef') for _ in range(n))
    return s.upper() if upper else s

def b64r(n):
    return base64.b64encode(bytes(R.randrange(256) for _ in range(n))).decode()

def ruuid(upper=True):
    u = str(uuid.UUID(int=R.getrandbits(128), version=4))
    return u.upper() if upper else u

MBX = ['AM9PR03MB7345', 'DB9PR03MB8120', 'PAXPR03MB6712', 'AS8PR03MB9021', 'VI1PR03MB4410',
       'DU0PR03MB8836', 'GV1PR03MB10457', 'PR3PR03MB6689', 'AM6PR03MB5170', 'DB8PR03MB6023']

def mid_outlook():
    m = R.choice(MBX)
    return f'<{m}{hexs(24)}@{m}.eurprd03.prod.outlook.com>'

def mid_gmail():
    alpha = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
    return '<CA' + ''.join(R.choice(alpha) for _ in range(R.choice([40, 42, 44]))) + '=' + ''.join(R.choice(alpha) for _ in range(8)) + '@mail.gmail.com>'

def mid_apple(domain):
    return f'<{ruuid()}@{domain}>'

def mid_tb(domain):
    return f'<{ruuid(False)}@{domain}>'

def thread_index():
    return 'AQH' + b64r(27)[:33] + '=='

# ---------------------------------------------------------------- header encodings
def ewB(s, cs='utf-8'):
    return f'=?{cs}?B?{base64.b64encode(s.encode(cs)).decode()}?='

def ewQ(s, cs='utf-8'):
    out = []
    for b in s.encode(cs):
        c = chr(b)
        if c == ' ':
            out.append('_')
        elif b < 128 and (c.isalnum() or c in '!*+-/'):
            out.append(c)
        else:
            out.append('=%02X' % b)
    return f'=?{cs}?Q?{"".join(out)}?='

def ew_split(s, cut, enc='Q', cs='utf-8', sep='\n '):
    f = ewQ if enc == 'Q' else ewB
    return f(s[:cut], cs) + sep + f(s[cut:], cs)

def fold(s, width=72, lead='\n '):
    """Fold a long ASCII header value at spaces."""
    words = s.split(' ')
    lines, cur = [], ''
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + ' ' + w) if cur else w
    lines.append(cur)
    return lead.join(lines)

def foldb64(s, width=66, lead='\n\t '):
    return lead.join(s[i:i + width] for i in range(0, len(s), width))

# ---------------------------------------------------------------- auth headers
def dkim(domain, sel='selector1', dt=None, h='From:Date:Subject:Message-ID:Content-Type:MIME-Version'):
    t = int(dt.timestamp()) if dt else 1770000000
    b = b64r(256)
    return ('DKIM-Signature', f'v=1; a=rsa-sha256; c=relaxed/relaxed; d={domain};\n s={sel}; t={t};\n h={h};\n bh={b64r(32)};\n b=' + foldb64(b, 70, '\n ')) 

def arc(domain, dt):
    t = int(dt.timestamp())
    return [
        ('ARC-Seal', f'i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b=' + foldb64(b64r(256), 70, '\n ')),
        ('ARC-Message-Signature', f'i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector10001;\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\n bh={b64r(32)};\n b=' + foldb64(b64r(256), 70, '\n ')),
        ('ARC-Authentication-Results', f'i=1; mx.microsoft.com 1; spf=pass\n smtp.mailfrom={domain}; dmarc=pass action=none\n header.from={domain}; dkim=pass header.d={domain}; arc=none'),
    ]

def authres(domain, ip='40.107.22.71', result='pass'):
    if result == 'pass':
        return ('Authentication-Results', f'spf=pass (sender IP is {ip})\n smtp.mailfrom={domain}; dkim=pass (signature was verified)\n header.d={domain};dmarc=pass action=none\n header.from={domain};compauth=pass reason=100')
    return ('Authentication-Results', f'spf=fail (sender IP is {ip})\n smtp.mailfrom={domain}; dkim=none (message not signed)\n header.d=none;dmarc=fail action=quarantine\n header.from={domain};compauth=fail reason=001')

# ---------------------------------------------------------------- received chains
def _t(dt, plus):
    return email.utils.format_datetime((dt + timedelta(seconds=plus)).astimezone(timezone.utc))

def rcv(dt, kind='m365', n=6, sender_domain='fernleighhotels.com'):
    """Return Received headers, newest first; n hops, ending at the help-line mailbox."""
    m1, m2, m3 = R.sample(MBX, 3)
    fe = f'AS4P{R.randint(100,299)}CA{R.randint(1000,9999):04d}'
    qid = ''.join(R.choice('0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz') for _ in range(12))
    ip6 = lambda: '2603:10a6:%x:%x::%x' % (R.randint(0x10, 0x300), R.randint(0x10, 0x2ff), R.randint(1, 0x1f))
    tls = 'Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8722.%d' % R.randint(10, 40)
    hops = []
    if kind == 'm365':
        hops = [
            f'from {m1}.eurprd03.prod.outlook.com\n ([fe80::{hexs(4,False)}:{hexs(4,False)}:{hexs(4,False)}:{hexs(4,False)}]) by {m1}.eurprd03.prod.outlook.com\n ([fe80::{hexs(4,False)}:{hexs(4,False)}:{hexs(4,False)}:{hexs(4,False)}%5]) with mapi id 15.20.8722.021',
            f'from {m1}.eurprd03.prod.outlook.com ({ip6()}) by\n {m2}.eurprd03.prod.outlook.com ({ip6()}) with\n {tls}',
            f'from {m2}.eurprd03.prod.outlook.com ({ip6()}) by\n mail-db8eur05on2071.outbound.protection.outlook.com (40.107.20.71) with\n {tls}',
            f'from mail-db8eur05on2071.outbound.protection.outlook.com\n (mail-db8eur05on2071.outbound.protection.outlook.com [40.107.20.71])\n by mx1.fernleighhotels.com (Postfix) with ESMTPS id 4d{qid}\n for <{HL}>',
            f'from localhost (localhost [127.0.0.1])\n by mx1.fernleighhotels.com (Postfix) with ESMTP id 4d{qid[::-1]}\n for <{HL}>',
            f'from mx1.fernleighhotels.com (185.62.148.21) by\n {fe}.mail.protection.outlook.com ({ip6()}) with Microsoft SMTP Server\n (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8722.20 via Frontend\n Transport',
            f'from {fe}.EURP190.PROD.OUTLOOK.COM ({ip6()}) by\n {m3}.eurprd03.prod.outlook.com ({ip6()}) with\n {tls} via Frontend Transport',
            f'from {m3}.eurprd03.prod.outlook.com ({ip6()}) by\n {m3}.eurprd03.prod.outlook.com ({ip6()}) with\n {tls}',
        ]
    elif kind == 'google':
        g = R.choice(['wr1-f44', 'wm1-f52', 'ej1-f47', 'lf1-f49'])
        hops = [
            f'by 2002:a05:{hexs(4,False)}:{hexs(3,False)}:b0:{hexs(3,False)}:{hexs(4,False)}:{hexs(4,False)} with SMTP id {hexs(6,False)}csp{R.randint(100000,999999)}{R.choice(["wrb","dlq","lfa"])}',
            f'from mail-{g}.google.com (mail-{g}.google.com [209.85.{R.randint(128,221)}.{R.randint(10,90)}])\n by mx1.fernleighhotels.com (Postfix) with ESMTPS id 4d{qid}\n for <{HL}>',
            f'from localhost (localhost [127.0.0.1])\n by mx1.fernleighhotels.com (Postfix) with ESMTP id 4d{qid[::-1]}\n for <{HL}>',
            f'from mx1.fernleighhotels.com (185.62.148.21) by\n {fe}.mail.protection.outlook.com ({ip6()}) with Microsoft SMTP Server\n (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8722.20 via Frontend\n Transport',
            f'from {fe}.EURP190.PROD.OUTLOOK.COM ({ip6()}) by\n {m3}.eurprd03.prod.outlook.com ({ip6()}) with\n {tls} via Frontend Transport',
            f'from {m3}.eurprd03.prod.outlook.com ({ip6()}) by\n {m3}.eurprd03.prod.outlook.com ({ip6()}) with\n {tls}',
        ]
        hops = hops[:1] + [f'by mail-{g}.google.com with SMTP id ffacd0b85a97d-{hexs(12,False)}'] + hops[1:]
    elif kind == 'ext':
        ip = f'{R.randint(45,212)}.{R.randint(1,254)}.{R.randint(1,254)}.{R.randint(1,254)}'
        host = sender_domain
        hops = [
            f'from [10.{R.randint(0,9)}.{R.randint(0,255)}.{R.randint(2,254)}] (unknown [{ip}])\n by smtp.{host} with ESMTPSA id {hexs(10,False)}',
            f'from smtp.{host} ({R.choice(["out", "mta", "smtp-out"])}{R.randint(1,40)}.{host} [{ip}])\n by mx1.fernleighhotels.com (Postfix) with ESMTPS id 4d{qid}\n for <{HL}>',
            f'from localhost (localhost [127.0.0.1])\n by mx1.fernleighhotels.com (Postfix) with ESMTP id 4d{qid[::-1]}\n for <{HL}>',
            f'from mx1.fernleighhotels.com (185.62.148.21) by\n {fe}.mail.protection.outlook.com ({ip6()}) with Microsoft SMTP Server\n (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8722.20 via Frontend\n Transport',
            f'from {fe}.EURP190.PROD.OUTLOOK.COM ({ip6()}) by\n {m3}.eurprd03.prod.outlook.com ({ip6()}) with\n {tls} via Frontend Transport',
            f'from {m3}.eurprd03.prod.outlook.com ({ip6()}) by\n {m3}.eurprd03.prod.outlook.com ({ip6()}) with\n {tls}',
        ]
    hops = hops[-n:] if n <= len(hops) else hops
    out = []
    plus = 0
    for h in hops:
        plus += R.randint(0, 3)
        out.append(('Received', f'{h}; {_t(dt, plus)}'))
    out.reverse()
    return out

# ---------------------------------------------------------------- bodies and parts
def enc_body(data, cte):
    if cte == 'base64':
        return base64.encodebytes(data)
    if cte == 'quoted-printable':
        return quopri.encodestring(data)
    return data

class Part:
    def __init__(self, ctype, body, cte=None, extra=()):
        self.ctype, self.body, self.cte, self.extra = ctype, body, cte, list(extra)

    def headers(self):
        h = [('Content-Type', self.ctype)]
        if self.cte:
            h.append(('Content-Transfer-Encoding', self.cte))
        return h + self.extra

    def render(self):
        return hb(self.headers()) + b'\n' + self.body

def hb(headers):
    out = b''
    for n, v in headers:
        if v is None:
            continue
        if isinstance(v, str):
            v = v.encode('utf-8')
        out += n.encode('ascii') + b': ' + v + b'\n'
    return out

def T(text, sub='plain', cs='utf-8', cte='quoted-printable', params='', extra=(), q=True):
    if not text.endswith('\n'):
        text += '\n'
    csq = f'"{cs}"' if q else cs
    return Part(f'text/{sub}; charset={csq}{params}', enc_body(text.encode(cs), cte), cte, extra)

def MP(sub, parts, boundary=None, params='', preamble=b''):
    boundary = boundary or ('----=_Part_%d_%d.%d' % (R.randint(100000, 999999), R.randint(10**8, 10**9), R.randint(10**12, 10**13)))
    body = preamble
    for p in parts:
        r = p.render()
        if not r.endswith(b'\n'):
            r += b'\n'
        body += b'--' + boundary.encode() + b'\n' + r
    body += b'--' + boundary.encode() + b'--\n'
    return Part(f'multipart/{sub};\n\tboundary="{boundary}"{params}', body)

def ATT(ctype, filename, data, disp='attachment', extra=(), cid=None):
    ex = [('Content-Disposition', f'{disp}; filename="{filename}"')]
    if cid:
        ex.append(('Content-ID', f'<{cid}>'))
    return Part(f'{ctype}; name="{filename}"', base64.encodebytes(data), 'base64', ex + list(extra))

def b_gmail():
    return '000000000000' + hexs(16, False)

def b_apple():
    return 'Apple-Mail=_' + ruuid()

def b_outlook(m=None):
    m = m or R.choice(MBX)
    return f'_000_{m}{hexs(24)}{m.lower()[:4]}_'

def b_tb():
    return '------------' + ''.join(R.choice('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz') for _ in range(24))

def build(hdrs, part, mime=True, crlf=False):
    """Assemble a message. A placeholder ('MIME-Version', None) or ('Content-Type', None) in hdrs
    marks where the MIME block goes (clients differ); otherwise it goes at the end."""
    block = ([('MIME-Version', '1.0')] if mime else []) + part.headers()
    h, placed = [], False
    for n, v in hdrs:
        if v is None and n in ('MIME-Version', 'Content-Type', 'Content-Transfer-Encoding'):
            if not placed:
                h += block
                placed = True
            continue
        h.append((n, v))
    if not placed:
        h += block
    out = hb(h) + b'\n' + part.body
    if crlf:
        out = out.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    return out

# ---------------------------------------------------------------- html flavours
def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')

OUTLOOK_HEAD = '''<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={cs}">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
	{{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}}
@font-face
	{{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}}
@font-face
	{{font-family:Aptos;}}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{margin:0cm;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;
	mso-ligatures:standardcontextual;
	mso-fareast-language:EN-US;}}
a:link, span.MsoHyperlink
	{{mso-style-priority:99;
	color:#0563C1;
	text-decoration:underline;}}
span.EmailStyle17
	{{mso-style-type:personal-compose;
	font-family:"Calibri",sans-serif;
	color:windowtext;}}
.MsoChpDefault
	{{mso-style-type:export-only;
	font-size:10.0pt;
	mso-ligatures:none;}}
@page WordSection1
	{{size:612.0pt 792.0pt;
	margin:72.0pt 72.0pt 72.0pt 72.0pt;}}
div.WordSection1
	{{page:WordSection1;}}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--><!--[if gte mso 9]><xml>
<o:shapelayout v:ext="edit">
<o:idmap v:ext="edit" data="1" />
</o:shapelayout></xml><![endif]-->
</head>
<body lang="{lang}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
'''

QLABELS = {
    'en': ('From', 'Sent', 'To', 'Cc', 'Subject'),
    'de': ('Von', 'Gesendet', 'An', 'Cc', 'Betreff'),
    'es': ('De', 'Enviado el', 'Para', 'CC', 'Asunto'),
    'fr': ('De\u00a0', 'Envoy\u00e9\u00a0', '\u00c0\u00a0', 'Cc\u00a0', 'Objet\u00a0'),
    'pt': ('De', 'Enviado', 'Para', 'Cc', 'Assunto'),
}

def _mso_lines(text, style=''):
    out = ''
    for line in text.split('\n'):
        if line.strip() == '':
            out += '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        elif style:
            out += f'<p class="MsoNormal"><span style="{style}">{esc(line)}</span><o:p></o:p></p>\n'
        else:
            out += f'<p class="MsoNormal">{esc(line)}<o:p></o:p></p>\n'
    return out

def outlook_html(text, lang='EN-GB', cs='windows-1252', sig=None, disclaimer=None, quote=None, qlang='en'):
    h = OUTLOOK_HEAD.format(cs=cs, lang=lang)
    h += _mso_lines(text)
    if sig:
        h += '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        first, *rest = sig.split('\n')
        h += f'<p class="MsoNormal"><b><span style="font-size:10.0pt;color:#1F3864">{esc(first)}</span></b><o:p></o:p></p>\n'
        h += _mso_lines('\n'.join(rest), 'font-size:9.0pt;color:#595959')
    if disclaimer:
        h += '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        h += _mso_lines(disclaimer, 'font-size:7.5pt;color:#7F7F7F')
    if quote:
        L = QLABELS[qlang]
        f, sent, to, subj, qtext = quote
        h += '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        h += f'<p class="MsoNormal"><b><span lang="EN-US">{L[0]}:</span></b><span lang="EN-US"> {esc(f)}<br>\n<b>{L[1]}:</b> {esc(sent)}<br>\n<b>{L[2]}:</b> {esc(to)}<br>\n<b>{L[4]}:</b> {esc(subj)}<o:p></o:p></span></p>\n</div>\n'
        h += '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' + _mso_lines(qtext)
    h += '</div>\n</body>\n</html>\n'
    return h

def outlook_plain_quote(quote, qlang='en'):
    L = QLABELS[qlang]
    f, sent, to, subj, qtext = quote
    return f'\n\n{L[0]}: {f}\n{L[1]}: {sent}\n{L[2]}: {to}\n{L[4]}: {subj}\n\n{qtext}\n'

def gmail_html(text, quote=None):
    lines = text.split('\n')
    inner = ''.join('<div><br></div>' if l.strip() == '' else f'<div>{esc(l)}</div>' for l in lines)
    h = f'<div dir="ltr">{inner}</div>'
    if quote:
        attr, qtext = quote
        ql = '<br>'.join(esc(l) for l in qtext.split('\n'))
        h += f'<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">{esc(attr)}<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">{ql}</blockquote></div>'
    return h + '\n'

def apple_html(text, cs='utf-8', quote=None):
    lines = text.split('\n')
    inner = ''.join('<div><br></div>' if l.strip() == '' else f'<div>{esc(l)}</div>' for l in lines)
    h = f'<html><head><meta http-equiv="content-type" content="text/html; charset={cs}"></head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">{inner}'
    if quote:
        attr, qtext = quote
        ql = ''.join(f'<div>{esc(l)}</div>' if l.strip() else '<div><br></div>' for l in qtext.split('\n'))
        h += f'<div><br><blockquote type="cite"><div>{esc(attr)}</div><br class="Apple-interchange-newline">{ql}</blockquote></div>'
    return h + '</body></html>\n'

def gt_quote(text):
    return '\n'.join(('> ' + l) if l.strip() else '>' for l in text.split('\n'))

# ---------------------------------------------------------------- binary attachments
def png(w, h, seed=0):
    rr = random.Random(seed)
    rows = []
    bands = [(rr.randint(200, 255), rr.randint(200, 255), rr.randint(200, 255)) for _ in range(6)]
    for y in range(h):
        c = bands[(y * 6) // h]
        row = bytearray(b'\x00')
        for x in range(w):
            if 0 < (x + y * 3) % 37 < 3 and y > h // 4:
                row += bytes((60, 60, 70))
            else:
                row += bytes(c)
        rows.append(bytes(row))
    raw = b''.join(rows)

    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b''))

def pdf(lines):
    content = 'BT /F1 11 Tf 50 780 Td 14 TL\n' + ''.join('(%s) Tj T*\n' % l.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)') for l in lines) + 'ET\n'
    objs = [
        '<< /Type /Catalog /Pages 2 0 R >>',
        '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
        '<< /Length %d >>\nstream\n%sendstream' % (len(content.encode('latin-1')), content),
        '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    ]
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

def winmail():
    rr = random.Random(77)
    return b'\x78\x9f\x3e\x22' + bytes(rr.randrange(256) for _ in range(612))

def ics(method, summary, start, end, organizer, attendee, partstat=None, uid=None, desc='', loc=''):
    uid = uid or ('040000008200E00074C5B7101A82E008000000' + hexs(32))
    fmt = lambda d: d.astimezone(timezone.utc).strftime('%Y%m%dT%H%M%SZ')
    L = ['BEGIN:VCALENDAR', 'METHOD:' + method, 'PRODID:Microsoft Exchange Server 2010', 'VERSION:2.0',
         'BEGIN:VEVENT']
    if method == 'REPLY':
        L.append(f'ATTENDEE;PARTSTAT={partstat}:mailto:{attendee}')
    else:
        L.append(f'ORGANIZER;CN="{organizer[0]}":mailto:{organizer[1]}')
        L.append(f'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{attendee}')
    if desc:
        L.append('DESCRIPTION;LANGUAGE=en-GB:' + desc)
    L += [f'UID:{uid}', f'SUMMARY;LANGUAGE=en-GB:{summary}', f'DTSTART:{fmt(start)}', f'DTEND:{fmt(end)}',
          'CLASS:PUBLIC', 'PRIORITY:5', f'DTSTAMP:{fmt(start - timedelta(days=2))}', 'TRANSP:OPAQUE', 'STATUS:CONFIRMED',
          'SEQUENCE:0']
    if loc:
        L.append('LOCATION;LANGUAGE=en-GB:' + loc)
    L += ['END:VEVENT', 'END:VCALENDAR']
    return '\r\n'.join(L) + '\r\n'

# ---------------------------------------------------------------- client header sets
def outlook_hdrs(subject_enc, dt, mid, lang='en-GB', accept='en-GB, en-US', has_attach='', tnef=''):
    return [('Thread-Topic', subject_enc), ('Thread-Index', thread_index()), ('Date', ds(dt, pad=False)),
            ('Message-ID', mid), ('Accept-Language', accept), ('Content-Language', lang),
            ('X-MS-Has-Attach', has_attach), ('X-MS-TNEF-Correlator', tnef)]

def x_ms_tail(domain='fernleighhotels.com'):
    return [('X-MS-Exchange-Organization-SCL', '1'),
            ('X-MS-Exchange-Organization-AuthSource', R.choice(MBX) + '.eurprd03.prod.outlook.com'),
            ('X-MS-Exchange-Organization-AuthAs', 'Internal'),
            ('X-MS-Exchange-Transport-CrossTenantHeadersStamped', R.choice(MBX))]

MESSAGES = []

def add(key, raw, category, actions, article, lang, fmt, notes=''):
    MESSAGES.append(dict(key=key, raw=raw, category=category, actions=actions,
                         article=article if category == 'question' else '', language=lang,
                         fmt=fmt, notes=notes))

# ================================================================ shared signatures / disclaimers
DISC_EN = ("CONFIDENTIALITY NOTICE: This e-mail and any attachments are CONFIDENTIAL and intended solely for the "
           "addressee. If you have received this e-mail in error, please notify the sender immediately and delete it "
           "from your system. Any unauthorised use, disclosure or copying is strictly prohibited. E-mail cannot be "
           "guaranteed to be secure or error-free. Fernleigh Hotels & Resorts Ltd, registered in England and Wales "
           "no. 04417725. Registered office: 22 Chandos Place, London WC2N 4HS.")
DISC_EN2 = ("IMPORTANT: This message is intended only for the named recipient and may contain privileged or "
            "CONFIDENTIAL information. If you are not the intended recipient you must not read, copy or act on it; "
            "please tell us immediately by replying and then delete it. This mailbox is not monitored for URGENT "
            "matters outside office hours. Fernleigh Hotels & Resorts accepts no liability for any error or omission.")
DISC_DE = ("VERTRAULICH: Diese E-Mail und alle Anhänge sind vertraulich und ausschließlich für den bezeichneten "
           "Adressaten bestimmt. Wenn Sie diese E-Mail irrtümlich erhalten haben, benachrichtigen Sie bitte sofort den "
           "Absender und löschen Sie die Nachricht. Jede unbefugte Weitergabe ist untersagt.\n"
           "CONFIDENTIAL: This e-mail is confidential. If you have received it in error, please notify the sender "
           "immediately and delete it.\n"
           "Fernleigh Hotels Deutschland GmbH | Sitz: Berlin | Amtsgericht Charlottenburg HRB 184433 B | "
           "Geschäftsführung: Dr. Annette Brückner, Marcus Hale")
DISC_ES = ("AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos son CONFIDENCIALES y se dirigen exclusivamente a su "
           "destinatario. Si lo ha recibido por error, le rogamos que lo comunique inmediatamente al remitente y lo "
           "elimine. Fernleigh Hoteles España, S.L. – CIF B-87451236 – Gran Vía 41, 28013 Madrid. De conformidad con el "
           "RGPD, puede ejercer sus derechos escribiendo a privacidad@fernleighhotels.es.")
DISC_FR = ("Ce message et ses pièces jointes sont CONFIDENTIELS et établis à l'intention exclusive de leurs "
           "destinataires. Si vous avez reçu ce message par erreur, merci de le détruire et d'en avertir immédiatement "
           "l'expéditeur. Fernleigh Hôtels France SAS – RCS Paris 821 447 390.")
DISC_PT = ("AVISO DE CONFIDENCIALIDADE: Esta mensagem e os seus anexos são CONFIDENCIAIS e destinam-se "
           "exclusivamente ao destinatário. Se a recebeu por erro, por favor informe imediatamente o remetente e "
           "apague-a. Fernleigh Hotéis Portugal, Lda. – NIPC 516 204 873 – Rua Garrett 62, 1200-204 Lisboa.")


# ================================================================ A. questions an article answers
def q_de_contact_support():
    dt = D(3, 10, 9, 42, 'cet')
    subj = 'Telefonnummer GoodTime?'
    text = """Hallo liebes Helpline-Team,

kurze Frage: Unsere Personalreferentin ist diese Woche im Urlaub, und ich muss ein paar Dinge in GoodTime selbst klären. Gibt es bei GoodTime eigentlich eine Hotline, die man anrufen kann? Ich telefoniere ehrlich gesagt lieber, als lange E-Mails hin und her zu schreiben.

Falls nicht: Wie erreiche ich die Leute dort sonst am schnellsten?

Vielen Dank und viele Grüße
Katrin Vogelsang"""
    sig = """Katrin Vogelsang
General Managerin
Fernleigh Hotel Berlin Mitte
Friedrichstraße 118 | 10117 Berlin
T +49 30 2095 4410 | M +49 172 448 1937
katrin.vogelsang@fernleighhotels.de | www.fernleighhotels.com"""
    html = outlook_html(text, 'DE', sig=sig, disclaimer=DISC_DE)
    part = T(html, 'html', 'windows-1252', 'quoted-printable')
    hdrs = (rcv(dt, 'm365', 7) + [authres('fernleighhotels.de')] + arc('fernleighhotels.de', dt) + [dkim('fernleighhotels.de', dt=dt)] +
            [('From', '"Vogelsang, Katrin" <katrin.vogelsang@fernleighhotels.de>'), ('To', HLTO(0)), ('Subject', subj)] +
            outlook_hdrs(subj, dt, mid_outlook(), 'de-DE', 'de-DE, en-US') + x_ms_tail())
    add('q_de_contact_support', build(hdrs, part), 'question', 'auto_reply', 'contact-support', 'de',
        'outlook-html-only;corp-sig;disclaimer;received-chain;arc;dkim;auth-results', 'asks for a phone hotline')

def q_en_contact_support():
    dt = D(4, 7, 17, 55, 'cet')
    text = """Hi,

My coordinator Lena is on holiday until the 14th and I have some things in goodtime I want to ask to the goodtime people direct. What is the mail adres of their support, or how I reach them otherwise? I dont want to bother you every time for small things.

Thanks
Pieter

Pieter van Dijk
General Manager | Fernleigh Hotel Frankfurt
Mobile +49 160 9911 2740
"""
    part = T(text, 'plain', 'us-ascii', '7bit')
    hdrs = ([('Return-Path', '<pieter.vandijk@fernleighhotels.de>')] + rcv(dt, 'm365', 5) +
            [('From', 'Pieter van Dijk <pieter.vandijk@fernleighhotels.de>'), ('Content-Transfer-Encoding', None),
             ('Subject', 'goodtime support mail adres'), ('Date', ds(dt)), ('Message-ID', mid_apple('fernleighhotels.de')),
             ('To', HL), ('X-Mailer', 'Apple Mail (2.3826.400.131.1.6)')])
    add('q_en_contact_support', build(hdrs, part), 'question', 'auto_reply', 'contact-support', 'en',
        'apple-mail;7bit;imperfect-english;typos', 'non-native English, wants support address')

def q_es_support_hours():
    dt = D(5, 17, 23, 18, 'cet')
    subj = ewQ('\u00bfY si un domingo por la noche algo no va?', 'utf-8')
    text = """Hola,

Este fin de semana hemos tenido entrevistas para el equipo de banquetes y me ha surgido una duda. Si un domingo a las once de la noche algo no funciona en GoodTime, ¿hay alguien de GoodTime al otro lado que me pueda ayudar, o me toca esperar al lunes por la mañana? Y en ese caso, ¿cómo los localizo?

Gracias,
Marta

Enviado desde mi iPhone"""
    part = T(text, 'plain', 'utf-8', 'quoted-printable')
    hdrs = ([('Return-Path', '<marta.ibanez@fernleighhotels.es>')] + rcv(dt, 'google', 6) +
            [dkim('fernleighhotels.es', 'google', dt, 'from:content-transfer-encoding:mime-version:date:message-id:subject:to')] +
            [('From', 'Marta Ibáñez Ruiz <marta.ibanez@fernleighhotels.es>'), ('Content-Type', None),
             ('Subject', subj), ('Date', ds(dt)), ('Message-Id', mid_apple('fernleighhotels.es')), ('To', HL),
             ('X-Mailer', 'iPhone Mail (22E240)')])
    add('q_es_support_hours', build(hdrs, part), 'question', 'auto_reply', 'support-hours', 'es',
        'iphone;mobile-sig;received-chain;dkim', 'Sunday-night availability, no word for hours')

def q_en_support_hours():
    dt = D(9, 22, 11, 4, 'uk')
    subj = 'night team & GoodTime'
    text = """Morning all,

Our night manager, Colm, does a fair bit of the interviewing for night auditors and night porters, and with the shifts that often means he's doing it at 2 or 3 in the morning. If something goes wrong with GoodTime at that point, is there actually anybody at GoodTime who will pick it up, or is it a case of waiting for the next working day?

And does that change depending on where you are? We've got colleagues in Lisbon doing the same thing.

Cheers,
Alastair"""
    sig = """Alastair McKenzie
General Manager
Fernleigh Hotel Edinburgh | 14 Queen Street, Edinburgh EH2 1JE
+44 131 555 0190"""
    plain = text + '\n\n' + sig + '\n\n' + DISC_EN2
    html = outlook_html(text, 'EN-GB', cs='utf-8', sig=sig, disclaimer=DISC_EN2)
    b = b_outlook()
    part = MP('alternative', [T(plain, 'plain', 'utf-8', 'quoted-printable'), T(html, 'html', 'utf-8', 'quoted-printable')], b)
    hdrs = (rcv(dt, 'm365', 6) + [authres('fernleighhotels.co.uk')] + [dkim('fernleighhotels.co.uk', dt=dt)] +
            [('From', 'Alastair McKenzie <alastair.mckenzie@fernleighhotels.co.uk>'), ('To', HLTO(1)), ('Subject', subj)] +
            outlook_hdrs(subj, dt, mid_outlook()) + x_ms_tail())
    add('q_en_support_hours', build(hdrs, part), 'question', 'auto_reply', 'support-hours', 'en',
        'outlook;multipart-alt;corp-sig;disclaimer;received-chain;dkim;auth-results', 'is anyone there at 3am, no word hours')

def q_fr_chat_bubble():
    dt = D(4, 21, 14, 37, 'cet')
    subj = 'La « bulle » du support, où est-elle ?'
    text = """Bonjour,

Lors de la réunion des directeurs de jeudi, on nous a expliqué qu'il y avait une petite bulle violette dans GoodTime pour discuter directement avec l'assistance. J'ai regardé partout sur la page (j'y accède par le lien de l'invitation à l'entretien que je reçois par e-mail), et je ne vois rien du tout.

Est-ce que je dois faire quelque chose de particulier pour l'avoir ?

Merci d'avance,
Sophie Lefèvre
Directrice générale – Fernleigh Hôtel Paris Opéra"""
    b = b_apple()
    part = MP('alternative', [T(text, 'plain', 'utf-8', 'base64'), T(apple_html(text), 'html', 'utf-8', 'base64')], b)
    hdrs = ([('Return-Path', '<sophie.lefevre@fernleighhotels.fr>')] + rcv(dt, 'm365', 5) +
            [('From', 'Sophie Lefèvre <sophie.lefevre@fernleighhotels.fr>'), ('Content-Type', None),
             ('Subject', subj), ('Date', ds(dt)), ('Message-Id', mid_apple('fernleighhotels.fr')),
             ('To', 'Help line GoodTime <helpline@fernleighhotels.com>'), ('X-Mailer', 'Apple Mail (2.3826.400.131.1.6)')])
    add('q_fr_chat_bubble', build(hdrs, part), 'question', 'auto_reply', 'chat-bubble', 'fr',
        'apple-mail;multipart-alt;raw-utf8-subject;raw-utf8-from', 'cannot see the purple bubble, opens via invite link')

def q_pt_chat_bubble():
    dt = D(6, 2, 15, 9, 'pt')
    subj = ew_split('botão roxo??', 5, 'Q', 'iso-8859-1')
    text = """boa tarde

o meu sous chef diz que ha um botão roxo no goodtime para falar com o suporte em direto mas eu nao encontro em lado nenhum. onde fica?

obrigado
rui"""
    part = T(text, 'plain', 'iso-8859-1', 'quoted-printable', q=False)
    hdrs = (rcv(dt, 'google', 5) + [dkim('fernleighhotels.pt', 'google', dt, 'mime-version:from:date:message-id:subject:to')] +
            [('MIME-Version', None), ('From', f'{ewQ("Rui Conceição", "iso-8859-1")} <rui.conceicao@fernleighhotels.pt>'),
             ('Date', ds(dt)), ('Message-ID', mid_gmail()), ('Subject', subj), ('To', HL)])
    add('q_pt_chat_bubble', build(hdrs, part), 'question', 'auto_reply', 'chat-bubble', 'pt',
        'gmail;lowercase;terse;rfc2047-split', 'where is the purple button')

def q_de_contact_csm():
    dt = D(6, 16, 16, 21, 'cet')
    subj_txt = 'Persönliche Ansprechperson bei GoodTime?'
    subj = ewB(subj_txt)
    text = """Liebes Helpline-Team,

wir haben ja bei GoodTime eine feste Person, die unseren Account betreut – zumindest wurde das beim Kick-off so gesagt. Ich würde mit ihr oder ihm gern einmal eine halbe Stunde sprechen, um zu verstehen, wie andere Hotelgruppen mit Schichtbetrieb das Tool einsetzen.

Leider finde ich weder Namen noch Kontaktdaten. Wie komme ich am einfachsten an einen Termin?

Beste Grüße
Annette Brückner"""
    sig = """Dr. Annette Brückner
Regional Director DACH
Fernleigh Hotels Deutschland GmbH
Unter den Linden 32 | 10117 Berlin
T +49 30 2095 4000"""
    plain = text + '\n\n' + sig + '\n\n' + DISC_DE
    html = outlook_html(text, 'DE', cs='utf-8', sig=sig, disclaimer=DISC_DE)
    part = MP('alternative', [T(plain, 'plain', 'utf-8', 'quoted-printable'), T(html, 'html', 'utf-8', 'quoted-printable')], b_outlook())
    hdrs = (rcv(dt, 'm365', 8) + [authres('fernleighhotels.de')] + arc('fernleighhotels.de', dt) + [dkim('fernleighhotels.de', dt=dt)] +
            [('From', f'{ewQ("Brückner, Dr. Annette", "utf-8")} <annette.brueckner@fernleighhotels.de>'), ('To', HLTO(2)), ('Subject', subj)] +
            outlook_hdrs(subj, dt, mid_outlook(), 'de-DE', 'de-DE, en-US') + x_ms_tail())
    add('q_de_contact_csm', build(hdrs, part), 'question', 'auto_reply', 'contact-csm', 'de',
        'outlook;multipart-alt;corp-sig;disclaimer;received-chain;arc;dkim', 'account contact without the letters CSM')

def q_en_contact_csm():
    dt = D(7, 8, 8, 3, 'uk')
    old_dt = 'Monday, July 6, 2026 4:47 PM'
    text = """Thanks – that's sorted, Hannah can see everything now.

Separate thing: I'd like 30 minutes with our Customer Success Manager at GoodTime before the Q3 operations review. I don't seem to have her details anywhere and I'd rather not go through three people to get them. What's the quickest way to get into her diary?

Oliver"""
    sig = """Oliver Pembroke
Chief Operating Officer, Europe
Fernleigh Hotels & Resorts | 22 Chandos Place, London WC2N 4HS
M +44 7700 914 226"""
    quote = ('GoodTime Helpline <helpline@fernleighhotels.com>', old_dt, 'Pembroke, Oliver <oliver.pembroke@fernleighhotels.com>',
             'RE: Access for my EA',
             """Hi Oliver,

We've added Hannah Ross to GoodTime with the coordinator role, linked to your calendar, so she can see and manage the interviews you're on. She'll get an activation e-mail from GoodTime in the next hour; the link is valid for 72 hours.

If she has any trouble logging in, ask her to reply to this e-mail.

Kind regards,
GoodTime Helpline – Internal Project Team""")
    plain = text + '\n\n' + sig + outlook_plain_quote(quote)
    html = outlook_html(text, 'EN-GB', cs='us-ascii', sig=sig, quote=quote)
    html = html.replace('\u2013', '&#8211;').replace('\u2019', '&#8217;')
    plain_b = T(plain, 'plain', 'utf-8', 'quoted-printable')
    part = MP('alternative', [plain_b, T(html, 'html', 'us-ascii', 'quoted-printable')], b_outlook())
    hdrs = (rcv(dt, 'm365', 5) +
            [('From', '"Pembroke, Oliver" <oliver.pembroke@fernleighhotels.com>'), ('To', HLTO(0)), ('Subject', 'RE: Access for my EA')] +
            outlook_hdrs('Access for my EA', dt, mid_outlook()) +
            [('In-Reply-To', mid_outlook()), ('References', mid_outlook() + '\n ' + mid_outlook())] + x_ms_tail())
    add('q_en_contact_csm', build(hdrs, part), 'question', 'auto_reply', 'contact-csm', 'en',
        'outlook;multipart-alt;reply-quoted;outlook-quote-block;corp-sig', 'reply on top of old access thread; how to book the CSM')

def q_es_product_board():
    dt = D(5, 5, 10, 26, 'cet')
    subj = ewQ('Sugerencias para GoodTime: ¿dónde se mandan?', 'utf-8')
    text = """Buenas,

Llevo un par de semanas usando GoodTime para las entrevistas de mi equipo y se me ocurren un par de cosas que nos harían la vida bastante más fácil (nada urgente, son ideas).

¿Dónde se mandan este tipo de propuestas? ¿Os las envío a vosotros, o hay algún sitio de GoodTime donde se recogen y la gente puede votarlas?

Un saludo,

Álvaro Núñez
Revenue Manager · Fernleigh Hotel Sevilla
+34 954 21 88 30"""
    part = MP('alternative', [T(text, 'plain', 'UTF-8', 'quoted-printable', q=False), T(gmail_html(text), 'html', 'UTF-8', 'quoted-printable', q=False)], b_gmail())
    hdrs = (rcv(dt, 'google', 6) + [dkim('fernleighhotels.es', 'google', dt, 'mime-version:from:date:message-id:subject:to:content-type')] +
            [('MIME-Version', None), ('From', f'{ewQ("Álvaro Núñez", "UTF-8")} <alvaro.nunez@fernleighhotels.es>'),
             ('Date', ds(dt)), ('Message-ID', mid_gmail()), ('Subject', subj), ('To', HL)])
    add('q_es_product_board', build(hdrs, part), 'question', 'auto_reply', 'product-board', 'es',
        'gmail;multipart-alt;rfc2047-q;received-chain;dkim', 'where do suggestions go')

def q_pt_internal_team():
    dt = D(3, 4, 9, 12, 'pt')
    subj = 'Para que serve esta caixa?'
    text = """Bom dia,

Recebi o e-mail de lançamento do GoodTime com este endereço. Antes de começar a reencaminhar para aqui as dúvidas da minha equipa, gostava de perceber melhor: quem está do outro lado desta helpline, e que tipo de assuntos é que devemos mandar para cá?

Não quero sobrecarregar-vos com coisas que não são para vós.

Obrigada,
Inês"""
    sig = """Inês Magalhães
Diretora de Recursos Humanos – Portugal
Fernleigh Hotéis Portugal
Rua Garrett 62, 1200-204 Lisboa
T +351 213 400 520"""
    html = outlook_html(text, 'PT', sig=sig, disclaimer=DISC_PT)
    part = T(html, 'html', 'windows-1252', 'quoted-printable')
    hdrs = [('From', f'{ewQ("Magalhães, Inês", "iso-8859-1")} <ines.magalhaes@fernleighhotels.pt>')]
    hdrs = rcv(dt, 'm365', 5) + hdrs + [('To', HLTO(3)), ('Subject', subj)] + outlook_hdrs(subj, dt, mid_outlook(), 'pt-PT', 'pt-PT, en-US')
    add('q_pt_internal_team', build(hdrs, part), 'question', 'auto_reply', 'internal-project-team', 'pt',
        'outlook-html-only;corp-sig;disclaimer;rfc2047-q', 'what is this help line for')

def q_fr_escalation_path():
    dt = D(3, 18, 18, 2, 'cet')
    text = """Bonjour,

Je prépare une petite fiche pratique pour les directeurs d'hôtel et les chefs de service en France, et j'avoue que je m'emmêle un peu : entre vous (la help line), le support de GoodTime, le « Product board » dont on m'a parlé et la personne chez GoodTime qui suit notre compte, qui contacte-t-on, et pour quoi ?

Si vous avez un résumé simple, je le reprendrai tel quel dans la fiche.

Merci beaucoup,
Hélène

--
Hélène Marchand
Directrice des Ressources Humaines – France
Fernleigh Hôtels France
"""
    part = T(text, 'plain', 'UTF-8', 'quoted-printable', params='; format=flowed', q=False)
    hdrs = (rcv(dt, 'ext', 5, 'fernleighhotels.fr') +
            [('Message-ID', mid_tb('fernleighhotels.fr')), ('Date', ds(dt)), ('MIME-Version', None),
             ('User-Agent', 'Mozilla Thunderbird'), ('Content-Language', 'fr'), ('To', HL),
             ('From', f'{ewQ("Hélène Marchand", "UTF-8")} <helene.marchand@fernleighhotels.fr>'),
             ('Subject', ewQ('Qui contacter pour quoi ?', 'UTF-8'))])
    add('q_fr_escalation_path', build(hdrs, part), 'question', 'auto_reply', 'escalation-path', 'fr',
        'thunderbird;format-flowed;rfc2047-q', 'which channel for what')

def q_de_reschedule():
    dt = D(4, 14, 7, 48, 'cet')
    subj = ew_split('Termin verschieben – Bewerber Chef de Partie', 12, 'Q', 'utf-8')
    text = """Hallo,

der Bewerber für Chef de Partie (Patisserie) kann am Donnerstag doch nicht, hat mir gerade geschrieben. Kann ich den Termin einfach in meinem Outlook auf Freitag ziehen oder muss das über GoodTime laufen? Will nicht, dass da was durcheinanderkommt.

Gruß
J. Häußler

Von meinem iPhone gesendet"""
    part = T(text, 'plain', 'utf-8', 'quoted-printable')
    hdrs = (rcv(dt, 'm365', 6) +
            [('From', f'{ewB("Jürgen Häußler")} <juergen.haeussler@fernleighhotels.de>'), ('Content-Type', None),
             ('Subject', subj), ('Date', ds(dt)), ('Message-Id', mid_apple('fernleighhotels.de')),
             ('To', HL), ('X-Mailer', 'iPhone Mail (22D82)')])
    add('q_de_reschedule', build(hdrs, part), 'question', 'auto_reply', 'reschedule-interview', 'de',
        'iphone;mobile-sig;rfc2047-split;rfc2047-b', 'can I just drag it in Outlook')

def q_es_cancel():
    dt = D(10, 6, 12, 31, 'cet')
    subj = 'Candidata que ya no viene'
    text = """Hola,

La candidata para supervisora de pisos que teníamos citada el martes nos ha dicho esta mañana que ha aceptado otra oferta.

¿Qué hago con la entrevista? ¿La borro de mi calendario y ya está, o hay que hacer algo más para que no le sigan llegando correos ni a ella ni a las compañeras que iban a entrevistarla?

Gracias y un saludo,"""
    sig = """Begoña Etxeberria
Gobernanta General
Fernleigh Resort Marbella · Avda. del Mar 12, 29602 Marbella
Tel. +34 952 77 40 11"""
    html = outlook_html(text, 'ES', sig=sig, disclaimer=DISC_ES)
    part = T(html, 'html', 'windows-1252', 'quoted-printable')
    hdrs = (rcv(dt, 'google', 7) + [authres('fernleighhotels.es', '209.85.221.44')] +
            [('From', f'{ewQ("Begoña Etxeberria", "iso-8859-1")} <begona.etxeberria@fernleighhotels.es>'),
             ('To', HLTO(1)), ('Subject', subj)] + outlook_hdrs(subj, dt, mid_outlook(), 'es-ES', 'es-ES, en-US'))
    add('q_es_cancel', build(hdrs, part), 'question', 'auto_reply', 'cancel-interview', 'es',
        'outlook-html-only;corp-sig;disclaimer;received-chain;auth-results', 'candidate accepted another offer, just delete?')

def q_pt_availability():
    dt = D(5, 27, 19, 44, 'pt')
    text = """Olá,

Tenho um candidato para Chefe de Receção que trabalha por turnos noutro hotel e nunca sei quando é que ele pode. Já trocámos quatro e-mails e ainda não acertámos nada.

Há forma de lhe pedir através do GoodTime que me indique os dias e as horas em que está livre, para depois eu marcar? Como é que se faz?

Abraço,
João

João Gonçalves
Diretor-Geral | Fernleigh Hotel Lisboa Chiado"""
    part = MP('alternative', [T(text, 'plain', 'UTF-8', 'base64', q=False), T(gmail_html(text), 'html', 'UTF-8', 'base64', q=False)], b_gmail())
    hdrs = (rcv(dt, 'google', 5) +
            [('MIME-Version', None), ('From', f'{ewB("João Gonçalves", "UTF-8")} <joao.goncalves@fernleighhotels.pt>'),
             ('Date', ds(dt)), ('Message-ID', mid_gmail()), ('Subject', 'Disponibilidade do candidato'), ('To', HL)])
    add('q_pt_availability', build(hdrs, part), 'question', 'auto_reply', 'candidate-availability-request', 'pt',
        'gmail;multipart-alt;base64;rfc2047-b', 'ask the candidate when they are free')

def q_en_self_sched():
    dt = D(6, 24, 21, 17, 'uk')
    text = """candidate says the link i sent her has no times in it. sent it this morning for a 30 min chat with me + my sous chef sometime next week. what have i done wrong??

g

Get Outlook for iOS"""
    part = MP('alternative', [T(text, 'plain', 'utf-8', 'quoted-printable'),
                              T('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div dir="auto">' + '<br>'.join(esc(l) for l in text.split('\n')) + '</div></body></html>', 'html', 'utf-8', 'quoted-printable')], b_outlook())
    hdrs = (rcv(dt, 'm365', 5) +
            [('From', 'Gareth Llewellyn <gareth.llewellyn@fernleighhotels.co.uk>'), ('To', HL), ('Subject', 'link has no times'),
             ('Thread-Topic', 'link has no times'), ('Thread-Index', thread_index()), ('Date', ds(dt, False)),
             ('Message-ID', mid_outlook()), ('Accept-Language', 'en-GB, en-US'), ('Content-Language', 'en-GB')])
    add('q_en_self_sched', build(hdrs, part), 'question', 'auto_reply', 'self-scheduling-link', 'en',
        'outlook-ios;lowercase;terse;mobile-sig', 'candidate sees no slots in booking link')

def q_fr_calendar_sync():
    dt = D(9, 9, 8, 15, 'cet')
    subj = 'GoodTime et mon agenda'
    text = """Bonjour,

Depuis que le service informatique nous a fait changer nos mots de passe la semaine dernière, GoodTime propose aux candidats des créneaux où je suis déjà pris (réunions, service du midi…), alors que tout est bien bloqué dans mon agenda Outlook.

Est-ce que j'ai quelque chose à refaire de mon côté ?

Merci,
François"""
    sig = """François Béranger
Chef exécutif
Fernleigh Hôtel Lyon – 8 quai Saint-Antoine, 69002 Lyon
Tél. +33 4 78 92 14 60"""
    plain = text + '\n\n' + sig + '\n\n' + DISC_FR
    html = outlook_html(text, 'FR', cs='utf-8', sig=sig, disclaimer=DISC_FR)
    part = MP('alternative', [T(plain, 'plain', 'utf-8', 'quoted-printable'), T(html, 'html', 'utf-8', 'quoted-printable')], b_outlook())
    hdrs = (rcv(dt, 'm365', 6) + [authres('fernleighhotels.fr')] + [dkim('fernleighhotels.fr', dt=dt)] +
            [('From', f'{ewQ("Béranger, François", "iso-8859-1")} <francois.beranger@fernleighhotels.fr>'), ('To', HLTO(2)), ('Subject', subj)] +
            outlook_hdrs(subj, dt, mid_outlook(), 'fr-FR', 'fr-FR, en-US') + x_ms_tail())
    add('q_fr_calendar_sync', build(hdrs, part), 'question', 'auto_reply', 'calendar-sync', 'fr',
        'outlook;multipart-alt;corp-sig;disclaimer;rfc2047-q;received-chain;dkim;auth-results', 'offered busy slots since password change')

def q_pt_time_zones():
    dt = D(10, 14, 13, 5, 'pt')
    subj = ewB('Hora da entrevista – Porto vs Madrid')
    text = """Olá!

Vou entrevistar uma candidata para supervisora de andares que ainda está a viver em Madrid (lá é mais uma hora do que cá). Quando lhe mando o convite pelo GoodTime, a hora que ela vê é a de Madrid ou a nossa? Não quero que ela apareça uma hora antes ou uma hora depois 😅

Obrigada,
Ana Sofia Araújo
Governanta Geral – Fernleigh Porto Ribeira

Enviado do meu Galaxy"""
    part = T(text, 'plain', 'UTF-8', 'base64', q=False)
    hdrs = (rcv(dt, 'google', 6) + [dkim('fernleighhotels.pt', 'google', dt, 'to:subject:message-id:date:from:mime-version')] +
            [('MIME-Version', None), ('From', f'{ewB("Ana Sofia Araújo", "UTF-8")} <anasofia.araujo@fernleighhotels.pt>'),
             ('Date', ds(dt)), ('Message-ID', mid_gmail()), ('Subject', subj), ('To', HL)])
    add('q_pt_time_zones', build(hdrs, part), 'question', 'auto_reply', 'time-zones', 'pt',
        'android;base64;rfc2047-b;emoji;mobile-sig;received-chain;dkim', 'does candidate see her own local time')

def q_de_room_booking():
    dt = D(7, 21, 14, 12, 'cet')
    subj = 'Besprechungsraum Alster für Vorstellungsgespräche'
    text = """Moin zusammen,

wir führen die Gespräche für die Servicekräfte am liebsten im Besprechungsraum „Alster“ im 1. OG. In Outlook kann ich den Raum ganz normal buchen, aber wenn ich über GoodTime ein Gespräch vor Ort plane, taucht er überhaupt nicht auf – angeboten werden mir nur Räume aus dem Frankfurter Haus (!).

Woran liegt das bzw. was muss ich einstellen?

Gruß aus Hamburg
Tobias Krämer"""
    sig = """Tobias Krämer
F&B Manager
Fernleigh Hotel Hamburg | Ballindamm 17 | 20095 Hamburg
T +49 40 3009 2250"""
    html = outlook_html(text, 'DE', sig=sig, disclaimer=DISC_DE)
    part = T(html, 'html', 'windows-1252', 'quoted-printable')
    hdrs = (rcv(dt, 'm365', 6) + [authres('fernleighhotels.de')] +
            [('From', f'{ewQ("Krämer, Tobias", "iso-8859-1")} <tobias.kraemer@fernleighhotels.de>'), ('To', HLTO(0)), ('Subject', subj)] +
            outlook_hdrs(subj, dt, mid_outlook(), 'de-DE', 'de-DE, en-US'))
    add('q_de_room_booking', build(hdrs, part), 'question', 'auto_reply', 'room-booking', 'de',
        'outlook-html-only;corp-sig;disclaimer;received-chain;auth-results', 'meeting room not offered, only other hotel')

def q_en_debrief():
    dt = D(11, 3, 10, 38, 'uk')
    text = """Hi team,

Hope you're all well – and thank you again for the help last month with the events coordinator role. The candidate we hired started on Monday and is already running the Hendry wedding, so that one worked out beautifully.

We're now into the final round for the Associate Director of Sales. Four of my team are each doing a session with the two shortlisted candidates on the 18th, and we've got the regional VP dialling in from Boston for one of them, which took some juggling with the time difference.

What I'd really like is to get those four plus me in a room the morning after to compare notes while it's all fresh. Can GoodTime book that off everyone's calendars the same way it does the interviews? And – this is my real worry – I need to be certain the candidates don't receive an invite to it. That would be mortifying.

Many thanks,
Rebecca

Rebecca Thornton
Director of Sales & Marketing
Fernleigh Hotel London Kensington"""
    part = MP('alternative', [T(text, 'plain', 'utf-8', 'quoted-printable'), T(apple_html(text), 'html', 'utf-8', 'quoted-printable')], b_apple())
    hdrs = (rcv(dt, 'm365', 5) +
            [('From', 'Rebecca Thornton <rebecca.thornton@fernleighhotels.co.uk>'), ('Content-Type', None),
             ('Subject', 'Final round for AD Sales - next steps'), ('Date', ds(dt)),
             ('Message-Id', mid_apple('fernleighhotels.co.uk')), ('To', HL), ('X-Mailer', 'Apple Mail (2.3826.400.131.1.6)')])
    add('q_en_debrief', build(hdrs, part), 'question', 'auto_reply', 'debrief-scheduling', 'en',
        'apple-mail;multipart-alt;rambling;question-in-third-paragraph', 'debrief without the word, candidate must not be invited')

def q_es_training():
    dt = D(4, 28, 16, 53, 'cet')
    subj = 'Jefes de sala nuevos y entrevistas'
    text = """Hola equipo,

Hemos incorporado tres jefes de sala nuevos en el restaurante Mirador. Antes de que entrevisten ellos solos a camareros y ayudantes, queremos que estén primero en unas cuantas entrevistas como oyentes, y que después lleven alguna ellos mientras un compañero con experiencia les observa y les da feedback.

¿Eso se puede llevar en GoodTime o lo tenemos que controlar en un Excel aparte?

Gracias,
Jorge"""
    sig = """Jorge Castañeda
Director de Alimentos y Bebidas
Fernleigh Hotel Barcelona · Passeig de Gràcia 88 · 08008 Barcelona"""
    plain = text + '\n\n' + sig + '\n\n' + DISC_ES
    html = outlook_html(text, 'ES', cs='utf-8', sig=sig, disclaimer=DISC_ES)
    part = MP('alternative', [T(plain, 'plain', 'utf-8', 'base64'), T(html, 'html', 'utf-8', 'base64')], b_outlook())
    hdrs = (rcv(dt, 'm365', 5) +
            [('From', f'{ewB("Jorge Castañeda")} <jorge.castaneda@fernleighhotels.es>'), ('To', HLTO(4)), ('Subject', subj)] +
            outlook_hdrs(subj, dt, mid_outlook(), 'es-ES', 'es-ES, en-US'))
    add('q_es_training', build(hdrs, part), 'question', 'auto_reply', 'interviewer-training', 'es',
        'outlook;multipart-alt;base64;corp-sig;disclaimer', 'new heads of restaurant should observe first')

def q_fr_pool():
    dt = D(9, 29, 11, 19, 'cet')
    subj = ew_split('Nouveau sous-chef à ajouter pour les entretiens commis', 20, 'Q', 'iso-8859-1')
    text = """Bonjour,

Notre nouveau sous-chef, Karim Benali, est arrivé lundi. Il doit pouvoir faire passer les entretiens des commis de cuisine, comme Marc et moi le faisons déjà.

Comment faire pour que GoodTime le propose lui aussi pour ces entretiens ? Il a déjà son compte Outlook et son agenda.

Cordialement,
Gaëtan Roux
Chef de cuisine - Fernleigh Hôtel Nice"""
    part = T(text, 'plain', 'iso-8859-1', 'quoted-printable')
    hdrs = (rcv(dt, 'm365', 5) +
            [('From', 'Gaëtan Roux <gaetan.roux@fernleighhotels.fr>'.encode('cp1252')), ('To', HL), ('Subject', subj),
             ('Date', ds(dt, False)), ('Message-ID', mid_outlook()), ('X-Mailer', 'Microsoft Outlook 16.0'),
             ('Content-Language', 'fr')])
    add('q_fr_pool', build(hdrs, part), 'question', 'auto_reply', 'add-interviewer-to-pool', 'fr',
        'outlook-desktop;rfc2047-split;iso-8859-1', 'new sous-chef should be offered for commis interviews')

def q_de_load():
    dt = D(8, 12, 15, 40, 'cet')
    subj = 'Immer dieselben Kollegen in den Gesprächen – Obergrenze möglich?'.encode('cp1252')
    frm = 'Matthias Özdemir <matthias.oezdemir@fernleighhotels.de>'.encode('cp1252')
    text = """Hallo Helpline,

in meinem Team führen seit Wochen immer dieselben zwei Schichtleiter alle Vorstellungsgespräche für die Rezeption, die anderen drei bekommen fast nie eins ab. Die zwei sind inzwischen ziemlich genervt, verständlicherweise.

Kann man in GoodTime einstellen, dass jemand höchstens z. B. zwei Gespräche pro Woche bekommt und dann die anderen drankommen?

Danke und Gruß
Matthias Özdemir
Front Office Manager | Fernleigh Hotel Frankfurt"""
    part = T(text, 'plain', 'windows-1252', '8bit')
    hdrs = (rcv(dt, 'ext', 6, 'fernleighhotels.de') +
            [('From', frm), ('To', HL), ('Subject', subj), ('Date', ds(dt, False)), ('Message-ID', mid_outlook()),
             ('X-Mailer', 'Microsoft Outlook 16.0'), ('Thread-Index', thread_index()), ('Content-Language', 'de')])
    add('q_de_load', build(hdrs, part), 'question', 'auto_reply', 'interviewer-load-balancing', 'de',
        'outlook-desktop;8bit;raw-cp1252-subject;raw-cp1252-from', 'same two people always interview, cap per week')

def q_pt_permissions():
    dt = D(11, 17, 10, 2, 'utc')
    subj = ewQ('Não me aparece o botão', 'utf-8')
    text = """Olá,

A minha colega dos Recursos Humanos consegue remarcar e cancelar entrevistas no GoodTime, mas a mim não me aparece nenhum botão para isso quando abro a entrevista – só consigo ver. E eu é que sou a responsável pela contratação desta vaga (rececionista, turno da noite).

É algum problema da minha conta? O que tenho de pedir, e a quem?

Obrigada,
Mariana"""
    sig = """Mariana Brandão
Diretora de Alojamento
Fernleigh Hotel Lisboa Chiado"""
    plain = text + '\n\n' + sig
    html = outlook_html(text, 'PT', cs='utf-8', sig=sig)
    part = MP('alternative', [T(plain, 'plain', 'utf-8', 'quoted-printable'), T(html, 'html', 'utf-8', 'quoted-printable')], b_outlook())
    hdrs = (rcv(dt, 'm365', 6) +
            [('From', f'{ewQ("Mariana Brandão", "utf-8")} <mariana.brandao@fernleighhotels.pt>'), ('To', HLTO(0)), ('Subject', subj)] +
            outlook_hdrs(subj, dt, mid_outlook(), 'pt-PT', 'pt-PT, en-US'))
    add('q_pt_permissions', build(hdrs, part), 'question', 'auto_reply', 'permissions-roles', 'pt',
        'outlook;multipart-alt;rfc2047-q', 'reschedule button missing for her, colleague sees it')

def q_en_reporting():
    dt = D(5, 12, 7, 51, 'uk')
    subj = 'Time-to-schedule figures for the June board pack'
    text = """Good morning,

For the June board pack I've been asked to show how quickly we move candidates from "we want to interview" to an actual booked interview, ideally property by property so we can see where the bottlenecks are.

Is there somewhere in GoodTime that shows this already, or do I need to ask each GM to keep their own tally? I'd rather not create more spreadsheets if the system already knows.

Thank you,
Charlotte"""
    sig = """Charlotte Ashworth
Chief People Officer
Fernleigh Hotels & Resorts
22 Chandos Place, London WC2N 4HS
T +44 20 7946 0412"""
    html = outlook_html(text, 'EN-GB', sig=sig, disclaimer=DISC_EN)
    part = T(html, 'html', 'windows-1252', 'quoted-printable')
    hdrs = (rcv(dt, 'm365', 7) + [authres('fernleighhotels.com')] + arc('fernleighhotels.com', dt) + [dkim('fernleighhotels.com', dt=dt)] +
            [('From', 'Charlotte Ashworth <charlotte.ashworth@fernleighhotels.com>'), ('To', HLTO(1)),
             ('Cc', 'Victoria Stanhope <victoria.stanhope@fernleighhotels.co.uk>'), ('Subject', subj)] +
            outlook_hdrs(subj, dt, mid_outlook()) + x_ms_tail())
    add('q_en_reporting', build(hdrs, part), 'question', 'auto_reply', 'reporting-dashboards', 'en',
        'outlook-html-only;corp-sig;disclaimer;received-chain;arc;dkim;auth-results', 'exec wants time-to-schedule per property')

def q_es_itinerary():
    dt = D(6, 9, 11, 47, 'cet')
    attr = 'El lun, 1 jun 2026 a las 15:20, GoodTime Helpline (<helpline@fernleighhotels.com>) escribió:'
    old = """Hola Lucía,

Las salas de reuniones del hotel de Madrid ya están dadas de alta en GoodTime (Retiro, Prado y Cibeles). Para las entrevistas presenciales, elige la ubicación "Fernleigh Madrid Gran Vía" y te aparecerán al buscar huecos.

Un saludo,
Equipo del proyecto GoodTime"""
    text = """Otra cosa, ya que os escribo:

La candidata a jefa de recepción que entrevistamos el jueves dice que no le ha llegado el correo con el horario y con los nombres de las personas que la van a entrevistar. La entrevista ya está programada en GoodTime. ¿Se lo puedo volver a mandar yo desde ahí o tenéis que hacerlo vosotros?

Gracias!
Lucía"""
    plain = text + '\n\n' + attr + '\n\n' + gt_quote(old) + '\n'
    part = MP('alternative', [T(plain, 'plain', 'UTF-8', 'quoted-printable', q=False),
                              T(gmail_html(text, (attr, old)), 'html', 'UTF-8', 'quoted-printable', q=False)], b_gmail())
    hdrs = (rcv(dt, 'google', 7) + [authres('fernleighhotels.es', '209.85.128.52')] +
            [dkim('fernleighhotels.es', 'google', dt, 'mime-version:references:in-reply-to:from:date:message-id:subject:to')] +
            [('MIME-Version', None), ('References', mid_outlook()), ('In-Reply-To', mid_outlook()),
             ('From', f'{ewQ("Lucía Fernández Peña", "UTF-8")} <lucia.fernandez@fernleighhotels.es>'),
             ('Date', ds(dt)), ('Message-ID', mid_gmail()),
             ('Subject', f'Re: Salas de reuniones Madrid en GoodTime'), ('To', 'GoodTime Helpline <helpline@fernleighhotels.com>')])
    add('q_es_itinerary', build(hdrs, part), 'question', 'auto_reply', 'candidate-itinerary', 'es',
        'gmail;multipart-alt;reply-quoted;gt-quote;received-chain;dkim;auth-results', 'resend schedule/interviewer names; quoted thread is about rooms')

def q_fr_conference():
    dt = D(10, 20, 19, 26, 'cet')
    text = """Bonjour,
le candidat n'a pas Zoom sur son ordi pro et me demande Teams pour jeudi. Je peux changer juste pour cet entretien ou c'est réglé pour tout le monde ?
Merci
Jérôme

Envoyé de mon iPhone"""
    part = T(text, 'plain', 'utf-8', 'quoted-printable')
    hdrs = (rcv(dt, 'm365', 5) +
            [('From', f'{ewQ("Jérôme Côté", "utf-8")} <jerome.cote@fernleighhotels.fr>'), ('Content-Type', None),
             ('Subject', 'Teams au lieu de Zoom ?'), ('Date', ds(dt)), ('Message-Id', mid_apple('fernleighhotels.fr')),
             ('To', HL), ('X-Mailer', 'iPhone Mail (22H31)')])
    add('q_fr_conference', build(hdrs, part), 'question', 'auto_reply', 'conference-links', 'fr',
        'iphone;mobile-sig;terse;rfc2047-q', 'Teams instead of Zoom for one interview')

def q_en_form_panel():
    dt = D(3, 25, 13, 2, 'uk')
    text = """A new request was submitted via the GoodTime Help form on Fernleigh Connect.

Name: Daniel Okafor
Email: daniel.okafor@fernleighhotels.co.uk
Property: Fernleigh Hall Resort & Spa (Cotswolds)
Role: Spa Director
Topic: How do I...?
Priority: Normal

Message:
For our senior spa therapist role we want the candidate to meet me and our two spa leads together in one session, and then go straight into a treatment demo with the head therapist afterwards. How do I set that up in one go rather than booking two separate things and hoping they line up?

Submitted: 25/03/2026 13:02 GMT
Form ID: GT-HELP-2026-0318

--
This message was generated automatically by Fernleigh Connect. Please do not reply to this address.
"""
    part = T(text, 'plain', 'utf-8', 'quoted-printable')
    hdrs = (rcv(dt, 'ext', 5, 'connect.fernleighhotels.com') +
            [('From', 'Fernleigh Connect <no-reply@connect.fernleighhotels.com>'), ('Reply-To', 'Daniel Okafor <daniel.okafor@fernleighhotels.co.uk>'),
             ('To', HL), ('Subject', '[GoodTime Help] New request from Daniel Okafor'), ('Date', ds(dt)),
             ('Message-ID', f'<form.{R.randint(10**9, 10**10)}@connect.fernleighhotels.com>'),
             ('Auto-Submitted', 'auto-generated'), ('X-Auto-Response-Suppress', 'All'), ('Precedence', 'bulk'),
             ('X-Mailer', 'PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)')])
    add('q_en_form_panel', build(hdrs, part), 'question', 'forward_support|needs_review', 'panel-interviews', 'en',
        'form-mailer;auto-submitted;x-auto-response-suppress;reply-to', 'web form; panel plus demo session; article fits but no auto reply')


# ================================================================ B. questions no article answers
def n_de_language():
    dt = D(4, 9, 10, 5, 'cet')
    text = """Hallo zusammen,

einige meiner Mitarbeiterinnen im Spa tun sich mit der englischen Oberfläche von GoodTime ziemlich schwer, vor allem die Kolleginnen, die nur ab und zu Gespräche führen.

Kann man GoodTime irgendwo auf Deutsch umstellen? Und bekommen deutsche Bewerberinnen die Einladungen dann automatisch auf Deutsch, oder gehen die immer auf Englisch raus?

Danke und viele Grüße aus Baden-Baden
Sabine Weißenfels

-- 
Sabine Weißenfels
Spa-Leiterin | Fernleigh Schwarzwald Resort & Spa
Lichtentaler Allee 40 | 76530 Baden-Baden
T +49 7221 39 880 | sabine.weissenfels@fernleighhotels.de
"""
    part = T(text, 'plain', 'UTF-8', 'quoted-printable', params='; format=flowed', q=False)
    hdrs = (rcv(dt, 'ext', 6, 'fernleighhotels.de') +
            [('Message-ID', mid_tb('fernleighhotels.de')), ('Date', ds(dt)), ('MIME-Version', None),
             ('User-Agent', 'Mozilla Thunderbird'), ('Content-Language', 'de-DE'), ('To', HL),
             ('From', f'{ewQ("Sabine Weißenfels", "UTF-8")} <sabine.weissenfels@fernleighhotels.de>'),
             ('Subject', 'GoodTime auf Deutsch?')])
    add('n_de_language', build(hdrs, part), 'question', 'forward_support', 'none', 'de',
        'thunderbird;format-flowed;rfc2047-q;received-chain', 'German UI and candidate e-mail language')

def n_es_app():
    dt = D(7, 14, 8, 12, 'cet')
    text = """Buenos días:

¿GoodTime tiene app para el móvil? Me paso el día entre el hotel de Sevilla y el de Marbella y casi nunca estoy delante del ordenador cuando me llegan las entrevistas para confirmar.

Gracias

Ignacio

Enviado desde mi iPhone"""
    part = T(text, 'plain', 'utf-8', 'quoted-printable')
    hdrs = (rcv(dt, 'google', 5) +
            [('Content-Type', None), ('From', f'{ewQ("Ignacio Muñoz", "utf-8")} <ignacio.munoz@fernleighhotels.es>'),
             ('Subject', '=?utf-8?Q?=C2=BFApp_de_GoodTime=3F?='), ('Date', ds(dt)),
             ('Message-Id', mid_apple('fernleighhotels.es')), ('To', HL), ('X-Mailer', 'iPhone Mail (22F76)')])
    add('n_es_app', build(hdrs, part), 'question', 'forward_support', 'none', 'es',
        'iphone;mobile-sig;rfc2047-q;terse', 'is there a mobile app')

def n_fr_gdpr():
    dt = D(5, 20, 15, 33, 'cet')
    subj = 'Demande de suppression des données d’un candidat'
    text = """Bonjour,

Un candidat que nous n'avons pas retenu pour le poste de réceptionniste de nuit nous demande par écrit la suppression de toutes ses données personnelles, en citant le RGPD.

Est-ce que cela se fait dans GoodTime, dans l'ATS, ou dans les deux ? Et qui s'en charge concrètement : nous à l'hôtel, les RH France, ou vous ?

Il nous a donné un mois pour répondre.

Bien cordialement,"""
    sig = """Amélie Durand-Rossi
Responsable Hébergement
Fernleigh Hôtel Nice – Promenade des Anglais 97, 06000 Nice
Tél. +33 4 93 16 72 00"""
    html = outlook_html(text, 'FR', sig=sig, disclaimer=DISC_FR)
    part = T(html, 'html', 'windows-1252', 'quoted-printable')
    hdrs = (rcv(dt, 'm365', 6) + [authres('fernleighhotels.fr')] +
            [('From', f'{ewB("Durand-Rossi, Amélie", "utf-8")} <amelie.durand-rossi@fernleighhotels.fr>'), ('To', HLTO(1)),
             ('Subject', ewQ(subj, 'utf-8'))] + outlook_hdrs(ewQ(subj, 'utf-8'), dt, mid_outlook(), 'fr-FR', 'fr-FR, en-US'))
    add('n_fr_gdpr', build(hdrs, part), 'question', 'forward_support', 'none', 'fr',
        'outlook-html-only;corp-sig;disclaimer;rfc2047-b;rfc2047-q;received-chain;auth-results', 'GDPR deletion request, where and who')

def n_en_group_assessment():
    dt = D(2, 26, 14, 8, 'uk')
    subj_txt = 'Seasonal recruitment for the spring / summer 2026 season at Fernleigh Hall - can GoodTime handle our group assessment days?'
    text = """Hello,

Every spring we take on around forty seasonal staff at the Hall – housekeeping, waiting staff, kitchen porters, lifeguards and spa reception. Rather than forty separate interviews, we run three or four open assessment days: fifteen to twenty candidates arrive at 9am, we do a welcome, a practical task in small groups and then short one-to-ones in the afternoon.

Last year all of that was organised on a spreadsheet and an awful lot of phone calls. Before we start again in March: can GoodTime put a whole group of candidates into the same session, or is it strictly one candidate per interview?

Kind regards,
Henrietta

Henrietta Vane
General Manager
Fernleigh Hall Resort & Spa
Little Rissington, Cheltenham GL54 2LS"""
    plain = text + '\n\n' + DISC_EN
    html = outlook_html(text, 'EN-GB', cs='utf-8', disclaimer=DISC_EN)
    part = MP('alternative', [T(plain, 'plain', 'utf-8', 'quoted-printable'), T(html, 'html', 'utf-8', 'quoted-printable')], b_outlook())
    subj = fold(subj_txt, 60)
    hdrs = (rcv(dt, 'm365', 6) + [dkim('fernleighhotels.co.uk', dt=dt)] +
            [('From', 'Henrietta Vane <henrietta.vane@fernleighhotels.co.uk>'), ('To', HLTO(2)), ('Subject', subj)] +
            outlook_hdrs(subj, dt, mid_outlook()) + x_ms_tail())
    add('n_en_group_assessment', build(hdrs, part), 'question', 'forward_support', 'none', 'en',
        'outlook;multipart-alt;folded-subject;disclaimer;received-chain;dkim', 'many candidates in one session?')

def n_en_feedback():
    dt = D(4, 23, 17, 12, 'uk')
    text = """Quick one while I remember – I did my first interviews through GoodTime today (two candidates for Events Sales Executive). Where am I meant to write my feedback afterwards? The calendar invite doesn't have a form or link in it, and I don't want to just e-mail my notes to the recruiter if there's a proper place for them.

Thanks
Siobhan

-----Original Message-----
From: Facilities London <facilities.london@fernleighhotels.co.uk>
Sent: 23 April 2026 09:14
To: All Staff Kensington <allstaff.kensington@fernleighhotels.co.uk>
Subject: Lift 2 out of service Thursday and Friday

Dear colleagues,

Please note lift 2 (service lift, back of house) will be out of service on Thursday 23 and Friday 24 April for its annual inspection. Please use lift 3 for linen and room service trolleys.

Thank you for your patience,
Facilities Team
"""
    part = T(text, 'plain', 'utf-8', 'quoted-printable')
    hdrs = (rcv(dt, 'm365', 5) +
            [('From', "Siobhan O'Rourke <siobhan.orourke@fernleighhotels.co.uk>"), ('To', HL),
             ('Subject', 'FW: Lift 2 out of service Thursday and Friday'),
             ('Thread-Topic', 'Lift 2 out of service Thursday and Friday'), ('Thread-Index', thread_index()),
             ('Date', ds(dt, False)), ('Message-ID', mid_outlook()), ('Content-Language', 'en-GB'),
             ('X-Mailer', 'Microsoft Outlook 16.0')])
    add('n_en_feedback', build(hdrs, part), 'question', 'forward_support', 'none', 'en',
        'outlook-desktop;original-message;misleading-subject', 'where to write interview feedback; quoted text is a facilities notice')

def n_en_sso():
    dt = D(9, 3, 2, 41, 'uk')
    text = """Hello,

I received email from GoodTime to set a password, but everywhere else in Fernleigh we login with the Microsoft account. Which one I should use? I dont want to make a second account by mistake and then my interviews are in the wrong one.

Thank you,
Mateusz Kowalczyk
Night Manager, Fernleigh Hotel London Kensington"""
    part = T(text, 'plain', 'us-ascii', '7bit')
    hdrs = (rcv(dt, 'm365', 5) +
            [('From', 'Mateusz Kowalczyk <mateusz.kowalczyk@fernleighhotels.co.uk>'), ('To', HL),
             ('Subject', 'password or microsoft login?'), ('Date', ds(dt, False)),
             ('Message-ID', mid_outlook().strip('<>')), ('Content-Language', 'en-GB')])
    add('n_en_sso', build(hdrs, part), 'question', 'forward_support', 'none', 'en',
        '7bit;night;imperfect-english;mid-no-brackets', 'password vs Microsoft login')

def n_en_zoom_account():
    dt = D(6, 30, 12, 58, 'uk')
    text = """Hi,

one of my candidates for the Revenue Analyst role will join from the business centre of the hotel where she works now (a shared PC, she cannot install anything). Does she need a Zoom account or to download something to join the interview from the link in the GoodTime email? I want to tell her before, so she is not stressed on the day.

Grazie,
Giulia

Giulia Bianchi
Revenue Manager – London Kensington & London City
"""
    part = T(text, 'plain', 'utf-8', '8bit')
    hdrs = (rcv(dt, 'm365', 6) + [authres('fernleighhotels.co.uk')] +
            [('From', 'Giulia Bianchi <giulia.bianchi@fernleighhotels.co.uk>'), ('To', HL), ('Subject', 'Zoom for candidate - account needed?'),
             ('Date', ds(dt, False)), ('Message-ID', mid_outlook()), ('X-Mailer', 'Microsoft Outlook 16.0'), ('Content-Language', 'it-IT')])
    add('n_en_zoom_account', build(hdrs, part), 'question', 'forward_support', 'none', 'en',
        '8bit;imperfect-english;received-chain;auth-results', 'does the candidate need a Zoom account')

def n_en_sla():
    dt = D(8, 4, 16, 47, 'uk')
    subj = 'GoodTime - committed response times (supplier register)'
    text = """Hello,

We're updating the group's critical supplier register ahead of the ISO 27001 surveillance audit, and GoodTime is now in scope.

For each supplier I need the committed first-response and resolution times per ticket priority – P1 to P4, or whatever their scale is called – as actual figures, not a link. Does the project team have these from the contract or the onboarding pack? If they're not written down anywhere, please let me know who can get them for me.

Regards,
Richard"""
    sig = """Richard Ellery
Group IT Director
Fernleigh Hotels & Resorts | 22 Chandos Place, London WC2N 4HS"""
    html = outlook_html(text, 'EN-GB', sig=sig, disclaimer=DISC_EN2)
    part = T(html, 'html', 'windows-1252', 'quoted-printable')
    hdrs = (rcv(dt, 'm365', 7) + [authres('fernleighhotels.com')] + [dkim('fernleighhotels.com', dt=dt)] +
            [('From', '"Ellery, Richard" <richard.ellery@fernleighhotels.com>'), ('To', HLTO(0)), ('Subject', subj)] +
            outlook_hdrs(subj, dt, mid_outlook()) + x_ms_tail())
    add('n_en_sla', build(hdrs, part), 'question', 'forward_support', 'none', 'en',
        'outlook-html-only;corp-sig;disclaimer;received-chain;dkim;auth-results', 'wants actual SLA figures per priority, article only points to Help Center')

def n_en_rota():
    dt = D(10, 1, 9, 27, 'uk')
    text = """Morning,

We run the kitchen and restaurant rotas in Fourth, and at the moment I copy my days off into Outlook by hand so GoodTime doesn't book me. Does GoodTime connect to Fourth at all, or is Outlook the only thing it looks at?

Gareth

Gareth Llewellyn
Executive Chef
Fernleigh Hall Resort & Spa"""
    part = MP('alternative', [T(text, 'plain', 'us-ascii', '7bit'),
                              T(outlook_html(text, 'EN-GB', cs='us-ascii'), 'html', 'us-ascii', 'quoted-printable')], b_outlook())
    hdrs = (rcv(dt, 'm365', 5) +
            [('From', 'Gareth Llewellyn <gareth.llewellyn@fernleighhotels.co.uk>'), ('To', HLTO(3)), ('Subject', 'GoodTime and Fourth?')] +
            outlook_hdrs('GoodTime and Fourth?', dt, mid_outlook()))
    add('n_en_rota', build(hdrs, part), 'question', 'forward_support', 'none', 'en',
        'outlook;multipart-alt;7bit', 'integration with rota system Fourth')


# ================================================================ C. bugs
def b_en_confirmations_hi():
    dt = D(5, 19, 8, 12, 'uk')
    subj = 'Candidates not receiving confirmation e-mails - all hotels?'
    text = """Good morning,

Since some time yesterday evening, none of our candidates seem to be receiving their confirmation e-mails from GoodTime. I've had Edinburgh, Munich and Madrid on the phone before 8 o'clock this morning with the same story: the interviews show as scheduled in GoodTime, the interviewers have their invites, but the candidates have nothing – not in spam either, we've checked with several of them.

We've already had two no-shows at Munich this morning, both of whom say they never heard from us after the initial call. I'd assume this is affecting every property, not just those three.

Please get this in front of GoodTime as a priority and let me know what we should tell the GMs in the meantime – do they need to phone every candidate booked for today and tomorrow?

Oliver"""
    sig = """Oliver Pembroke
Chief Operating Officer, Europe
Fernleigh Hotels & Resorts | 22 Chandos Place, London WC2N 4HS
M +44 7700 914 226"""
    html = outlook_html(text, 'EN-GB', sig=sig, disclaimer=DISC_EN)
    part = T(html, 'html', 'windows-1252', 'quoted-printable')
    hdrs = (rcv(dt, 'm365', 7) + [authres('fernleighhotels.com')] + arc('fernleighhotels.com', dt) + [dkim('fernleighhotels.com', dt=dt)] +
            [('From', '"Pembroke, Oliver" <oliver.pembroke@fernleighhotels.com>'), ('To', HLTO(0)),
             ('Cc', 'Charlotte Ashworth <charlotte.ashworth@fernleighhotels.com>'), ('Subject', subj)] +
            outlook_hdrs(subj, dt, mid_outlook()) + [('Importance', 'high'), ('X-Priority', '1')] + x_ms_tail())
    add('b_en_confirmations_hi', build(hdrs, part), 'bug', 'forward_support+flag_csm', '', 'en',
        'outlook-html-only;corp-sig;disclaimer;importance-high;received-chain;arc;dkim;auth-results', 'no candidate confirmations group-wide')

def b_en_privacy_hi():
    dt = D(7, 2, 15, 26, 'uk')
    subj = "Candidate itinerary showing another candidate's details"
    text = """Hi,

A candidate for our Reservations Agent vacancy has just rung reception, quite upset: the itinerary e-mail she received from GoodTime for Friday's interview shows another applicant's name, mobile number and a link to his CV instead of her own details. I've attached a screenshot she sent us (I've blacked out the numbers).

I've since found a second candidate for the same vacancy with the same problem, the other way round. As far as I can tell both itineraries went out yesterday afternoon from the standard template.

Obviously this is personal data going to the wrong people, so I've stopped sending anything for that role until I hear from you. Can you find out what happened and whether any other vacancies are affected?

Thanks,
Alastair

Alastair McKenzie
General Manager
Fernleigh Hotel Edinburgh | 14 Queen Street, Edinburgh EH2 1JE"""
    alt = MP('alternative', [T(text, 'plain', 'utf-8', 'quoted-printable'),
                             T(outlook_html(text, 'EN-GB', cs='utf-8'), 'html', 'utf-8', 'quoted-printable')], b_outlook())
    img = ATT('image/png', 'itinerary_screenshot_redacted.png', png(240, 160, 11), extra=[('Content-Description', 'itinerary_screenshot_redacted.png')])
    part = MP('mixed', [alt, img], b_outlook())
    hdrs = (rcv(dt, 'm365', 6) + [dkim('fernleighhotels.co.uk', dt=dt)] +
            [('From', 'Alastair McKenzie <alastair.mckenzie@fernleighhotels.co.uk>'), ('To', HLTO(1)), ('Subject', subj)] +
            outlook_hdrs(subj, dt, mid_outlook(), has_attach='yes') + x_ms_tail())
    add('b_en_privacy_hi', build(hdrs, part), 'bug', 'forward_support+flag_csm', '', 'en',
        'outlook;multipart-mixed;png;received-chain;dkim', 'candidate data sent to wrong candidate')

def b_en_ats_recurring_hi():
    dt = D(6, 10, 9, 3, 'cet')
    subj = 'AGAIN: ATS sync broken for all German hotels - 3rd time'
    text = """Hello,

I am sorry but I have to write again. This is now the THIRD TIME since February that the sync between our ATS and GoodTime stops working for the German hotels. Candidates we move to the interview stage in the ATS do NOT appear in GoodTime – Berlin, Munich, Frankfurt and Hamburg, all four. Since Monday we have nothing to schedule, 23 candidates are waiting.

The last time (ticket from May) GoodTime closed it as "resolved" on 12 May. Obviously it is NOT resolved. My general managers are now asking me why we pay for a tool when they are back to Outlook and phone calls.

Please make sure this goes to the right people at GoodTime with high priority, and somebody tells me WHY it keeps happening.

Annette Brückner"""
    sig = """Dr. Annette Brückner
Regional Director DACH
Fernleigh Hotels Deutschland GmbH"""
    plain = text + '\n\n' + sig + '\n\n' + DISC_DE
    html = outlook_html(text, 'EN-GB', cs='utf-8', sig=sig, disclaimer=DISC_DE)
    part = MP('alternative', [T(plain, 'plain', 'utf-8', 'quoted-printable'), T(html, 'html', 'utf-8', 'quoted-printable')], b_outlook())
    hdrs = (rcv(dt, 'm365', 8) + [authres('fernleighhotels.de')] + arc('fernleighhotels.de', dt) + [dkim('fernleighhotels.de', dt=dt)] +
            [('From', f'{ewQ("Brückner, Dr. Annette", "utf-8")} <annette.brueckner@fernleighhotels.de>'), ('To', HLTO(0)), ('Subject', subj)] +
            outlook_hdrs(subj, dt, mid_outlook(), 'en-GB', 'de-DE, en-US') + [('Importance', 'high')] + x_ms_tail())
    add('b_en_ats_recurring_hi', build(hdrs, part), 'bug', 'forward_support+flag_csm', '', 'en',
        'outlook;multipart-alt;caps;non-native-english;corp-sig;disclaimer;received-chain;arc;dkim;auth-results', 'recurring ATS sync failure after ticket closed')

def b_en_dst_quick_question():
    dt = D(3, 31, 10, 22, 'cet')
    text = """Hello

since the weekend the interview times in GoodTime and in the invite the candidates get dont match. GoodTime says 10:00, the candidate email says 11:00. Happened with 3 candidates for the commis de cuisine position this week, one came one hour late today because of it (not his fault).

The time zone in my settings is Paris, I checked.

Nikos Papadakis
F&B Manager - Fernleigh Hotel Paris Opera
"""
    part = T(text, 'plain', 'us-ascii', '7bit')
    hdrs = (rcv(dt, 'm365', 5) +
            [('From', 'Nikos Papadakis <nikos.papadakis@fernleighhotels.fr>'), ('To', HL), ('Subject', 'quick question'),
             ('Date', ds(dt, False)), ('Message-ID', mid_outlook()), ('Content-Language', 'en-US')])
    add('b_en_dst_quick_question', build(hdrs, part), 'bug', 'forward_support', '', 'en',
        '7bit;misleading-subject;non-native-english;typos', 'times one hour off after DST change')

def b_en_reports_spinner():
    dt = D(9, 14, 11, 9, 'uk')
    subj = 'Reports page in GoodTime not loading'
    text = """Hello,

Since Thursday the reports section in GoodTime just shows the loading wheel and never gets any further. I've tried Chrome and Edge, cleared the cache and tried from home as well as the office. Everything else in GoodTime seems to work.

I need the interviewer load figures for the month-end pack on Wednesday, so a fix before then would be much appreciated.

Regards,

Fiona Hargreaves
Group Finance Director
Fernleigh Hotels & Resorts

""" + DISC_EN
    plain = T(text, 'plain', 'us-ascii', 'quoted-printable')
    tnef = ATT('application/ms-tnef', 'winmail.dat', winmail())
    part = MP('mixed', [plain, tnef], b_outlook())
    hdrs = (rcv(dt, 'm365', 6) +
            [('From', '"Hargreaves, Fiona" <fiona.hargreaves@fernleighhotels.com>'), ('To', HLTO(2)), ('Subject', subj)] +
            outlook_hdrs(subj, dt, mid_outlook(), has_attach='yes', tnef=mid_outlook()) + x_ms_tail())
    add('b_en_reports_spinner', build(hdrs, part), 'bug', 'forward_support', '', 'en',
        'outlook;winmail-dat;disclaimer;received-chain', 'reports page spins forever')

def b_en_error_png():
    dt = D(4, 16, 14, 48, 'uk')
    subj = 'Error when opening a candidate'
    text = """Hi there,

Every time I open the candidate Priya Nair for the Conference & Banqueting Coordinator role I get a grey box saying "Something went wrong. Please try again later. (Error 500)". Screenshot attached. Other candidates for the same job open fine, it's only her.

Not urgent today – her interview isn't until next week – but I can't see or change anything on it at the moment.

Thanks,
Tom

Tom Ashby
Events Manager | Fernleigh Hotel Manchester
"""
    alt = MP('alternative', [T(text, 'plain', 'utf-8', 'quoted-printable'),
                             T(outlook_html(text, 'EN-GB', cs='utf-8'), 'html', 'utf-8', 'quoted-printable')], b_outlook())
    img = ATT('image/png', 'image001.png', png(320, 120, 5))
    part = MP('mixed', [alt, img], b_outlook())
    hdrs = (rcv(dt, 'm365', 5) +
            [('From', 'Tom Ashby <tom.ashby@fernleighhotels.co.uk>'), ('To', HL), ('Subject', subj)] +
            outlook_hdrs(subj, dt, mid_outlook(), has_attach='yes'))
    add('b_en_error_png', build(hdrs, part), 'bug', 'forward_support', '', 'en',
        'outlook;multipart-mixed;png', 'error 500 on one candidate')

def b_en_room_reply():
    dt = D(3, 12, 18, 40, 'uk')
    attr = 'On 4 Mar 2026, at 10:02, GoodTime Helpline <helpline@fernleighhotels.com> wrote:'
    old = """Hi James,

Welcome aboard! Your GoodTime account is now active and linked to your Outlook calendar. The four heads of department you listed (Front Office, Housekeeping, F&B and Events) have been added as interviewers too.

There's a short getting-started guide on Fernleigh Connect under People > GoodTime.

Best,
Internal GoodTime Project Team"""
    text = """Hi again – different topic from my welcome e-mail below, sorry, it's the only thread I had.

GoodTime tells me the Lowry room is booked for tomorrow's interviews (11:00 and 14:00, Guest Relations), but the room calendar in Outlook shows nothing at those times, and the banqueting team have just put a wedding menu tasting in there for 14:00. So either GoodTime didn't actually book it, or it booked something else.

Not urgent tonight, I'll move the 14:00 myself, but I'd like to know it works before next week's batch.

James

James Whitcombe
General Manager, Fernleigh Hotel Manchester"""
    plain = text + '\n\n' + attr + '\n\n' + gt_quote(old) + '\n'
    part = MP('alternative', [T(plain, 'plain', 'utf-8', 'quoted-printable'),
                              T(apple_html(text, quote=(attr, old)), 'html', 'utf-8', 'quoted-printable')], b_apple())
    hdrs = (rcv(dt, 'm365', 6) +
            [('From', 'James Whitcombe <james.whitcombe@fernleighhotels.co.uk>'), ('Content-Type', None),
             ('Subject', 'Re: Welcome to GoodTime'), ('Date', ds(dt)), ('Message-Id', mid_apple('fernleighhotels.co.uk')),
             ('In-Reply-To', mid_outlook()), ('References', mid_outlook()), ('To', 'GoodTime Helpline <helpline@fernleighhotels.com>'),
             ('X-Mailer', 'iPad Mail (22E240)')])
    add('b_en_room_reply', build(hdrs, part), 'bug', 'forward_support', '', 'en',
        'ipad-mail;multipart-alt;reply-quoted;gt-quote;misleading-subject', 'room shown booked but not on room calendar; quoted welcome thread')

def b_en_debrief_to_candidate():
    dt = D(11, 10, 9, 57, 'uk')
    cand_dt = 'Mon, 9 Nov 2026 at 21:13'
    text = """Hi both – see below. The candidate for Conference Sales Manager got the invite for our internal debrief on him. I set it up in GoodTime as an internal meeting like the others. Can you find out how that happened? Invite attached.

Laura

---------- Forwarded message ---------
From: Alex Morgan <alex.morgan.cv@gmail.com>
Date: """ + cand_dt + """
Subject: Debrief - Alex Morgan?
To: Laura Kinsella <laura.kinsella@fernleighhotels.co.uk>


Hi Laura,

Thanks again for today, I really enjoyed meeting the team. I've just received a calendar invite called "Debrief – Alex Morgan – Conference Sales Manager" for tomorrow at 10am with five of your colleagues. Was that meant for me? I don't want to turn up to something I shouldn't!

Best wishes,
Alex
"""
    start = D(11, 10, 10, 0, 'uk', 0)
    inv = ics('REQUEST', 'Debrief - Alex Morgan - Conference Sales Manager', start, start + timedelta(minutes=30),
              ('GoodTime Scheduling', 'scheduling@goodtime.io'), 'alex.morgan.cv@gmail.com', loc='Microsoft Teams')
    part = MP('mixed', [MP('alternative', [T(text, 'plain', 'UTF-8', 'quoted-printable', q=False),
                                           T(gmail_html(text), 'html', 'UTF-8', 'quoted-printable', q=False)], b_gmail()),
                        ATT('application/ics', 'invite.ics', inv.encode())], b_gmail())
    hdrs = (rcv(dt, 'google', 6) + [dkim('fernleighhotels.co.uk', 'google', dt, 'mime-version:references:in-reply-to:from:date:message-id:subject:to:cc')] +
            [('MIME-Version', None), ('References', '<CAF3kq9x' + hexs(20, False) + '@mail.gmail.com>'),
             ('From', 'Laura Kinsella <laura.kinsella@fernleighhotels.co.uk>'), ('Date', ds(dt)), ('Message-ID', mid_gmail()),
             ('Subject', 'Fwd: Debrief - Alex Morgan?'), ('To', HL), ('Cc', 'Siobhan O\'Rourke <siobhan.orourke@fernleighhotels.co.uk>')])
    add('b_en_debrief_to_candidate', build(hdrs, part), 'bug', 'forward_support', '', 'en',
        'gmail;multipart-mixed;forwarded;ics;received-chain;dkim', 'internal debrief invite went to the candidate')

def b_en_reminder_old_time():
    dt = D(8, 19, 13, 16, 'uk')
    text = """Hello,

Two things, the first is the important one.

1) On Monday I rescheduled the interview for our Guest Services Agent candidate (Sean Docherty) from Wednesday 10:00 to Thursday 15:00 in GoodTime. The new confirmation went out correctly, but yesterday the automatic reminder still said Wednesday 10:00, so he turned up yesterday morning. Luckily I was in. The same thing happened with another candidate in July, so I don't think it's a one-off.

2) Less important – is there a list somewhere of which reminders we actually have switched on here? I'd like to know what candidates get and when.

Thank you!
Catriona

Catriona Munro
Front Office Manager
Fernleigh Hotel Edinburgh"""
    part = MP('alternative', [T(text, 'plain', 'UTF-8', 'quoted-printable', q=False),
                              T(gmail_html(text), 'html', 'UTF-8', 'quoted-printable', q=False)], b_gmail())
    hdrs = (rcv(dt, 'google', 5) +
            [('MIME-Version', None), ('From', 'Catriona Munro <catriona.munro@fernleighhotels.co.uk>'), ('Date', ds(dt)),
             ('Message-ID', mid_gmail()), ('Subject', 'Reminder sent with the old time'), ('To', HL)])
    add('b_en_reminder_old_time', build(hdrs, part), 'bug', 'forward_support', '', 'en',
        'gmail;multipart-alt;two-topics', 'reminder kept old time after reschedule; side question on reminders')

def b_en_decline_not_tracked():
    dt = D(4, 29, 8, 35, 'cet')
    text = """Hello helpline,

yesterday our sous chef Lukas declined in Outlook the interview for Thursday (commis de rang), because he is on a course. But in GoodTime he is still shown as accepted and there is no warning on the interview. If I did not ask him by chance I would not know.

Is there something wrong with the sync of the answers? I checked two other interviews and there it is the same.

Best regards
Henrik Lindqvist
Director of Operations | Fernleigh Hotel München
"""
    part = T(text, 'plain', 'utf-8', 'base64')
    hdrs = (rcv(dt, 'm365', 6) + [authres('fernleighhotels.de')] +
            [('From', 'Henrik Lindqvist <henrik.lindqvist@fernleighhotels.de>'), ('To', HL),
             ('Subject', 'Decline not shown in GoodTime'), ('Date', ds(dt, False)), ('Message-ID', mid_outlook()),
             ('Content-Language', 'en-US'), ('X-Mailer', 'Microsoft Outlook 16.0')])
    add('b_en_decline_not_tracked', build(hdrs, part), 'bug', 'forward_support', '', 'en',
        'base64;non-native-english;received-chain;auth-results', 'interviewer decline not reflected')

def b_de_umlauts():
    dt = D(7, 7, 13, 55, 'cet')
    text = """Hallo Helpline,

seit letzter Woche sehen die E-Mails, die GoodTime an unsere Bewerber schickt, komisch aus: Statt "München" steht da "MÃ¼nchen", statt "für" steht "fÃ¼r", und bei "Zuständig" steht "ZustÃ¤ndig". Das betrifft die Einladung und die Bestätigung, in der Vorschau in GoodTime sieht alles noch richtig aus.

Zwei Bewerber haben schon nachgefragt, ob die Mail echt ist. Könnt ihr das bitte an GoodTime weitergeben?

Viele Grüße
Birgit Schäfer
Director of Rooms, Fernleigh Hotel München
"""
    part = T(text, 'plain', 'iso-8859-1', 'base64')
    hdrs = (rcv(dt, 'ext', 6, 'fernleighhotels.de') +
            [('From', f'{ewQ("Birgit Schäfer", "iso-8859-1")} <birgit.schaefer@fernleighhotels.de>'), ('To', HL),
             ('Subject', ew_split('Umlaute in Bewerber-Mails kaputt', 5, 'B', 'iso-8859-1')), ('Date', ds(dt)),
             ('Message-ID', f'<{hexs(8,False)}.{hexs(6,False)}@fernleighhotels.de>'), ('User-Agent', 'Roundcube Webmail/1.6.9')])
    add('b_de_umlauts', build(hdrs, part), 'bug', 'forward_support', '', 'de',
        'webmail;base64;iso-8859-1;rfc2047-b;rfc2047-split;mojibake-in-body', 'umlauts garbled in candidate e-mails')

def b_es_teams_links():
    dt = D(10, 27, 12, 4, 'cet')
    text = """Hola,

Desde esta mañana las entrevistas que programamos en GoodTime no llevan enlace de Teams: ni en la invitación a la candidata ni en la de los entrevistadores. Las que programamos ayer sí lo tienen. Hemos probado con tres entrevistas distintas (coordinadora de eventos y dos de camareros de banquetes) y pasa en todas.

No es para hoy, la primera es el jueves, pero si no se arregla tendremos que mandar los enlaces a mano.

Gracias,
Carmen Rubio
Directora de Eventos · Fernleigh Madrid Gran Vía"""
    text = text.replace('pasa en todas.', 'pasa en todas. Os adjunto una captura de la invitación.')
    part = MP('mixed', [MP('alternative', [T(text, 'plain', 'UTF-8', 'quoted-printable', q=False),
                                           T(gmail_html(text), 'html', 'UTF-8', 'quoted-printable', q=False)], b_gmail()),
                        ATT('image/png', 'Captura de pantalla 2026-10-27 a las 11.58.12.png', png(280, 150, 23))], b_gmail())
    hdrs = (rcv(dt, 'google', 6) + [dkim('fernleighhotels.es', 'google', dt)] +
            [('MIME-Version', None), ('From', 'Carmen Rubio <carmen.rubio@fernleighhotels.es>'), ('Date', ds(dt)),
             ('Message-ID', mid_gmail()), ('Subject', ewQ('Entrevistas sin enlace de Teams desde esta mañana', 'UTF-8')), ('To', HL)])
    add('b_es_teams_links', build(hdrs, part), 'bug', 'forward_support', '', 'es',
        'gmail;multipart-alt;rfc2047-q;received-chain;dkim', 'no Teams links generated since this morning')

def b_fr_double_reminders():
    dt = D(6, 18, 10, 41, 'cet')
    subj = 'Rappels envoyés en double aux candidats'
    text = """Bonjour,

Plusieurs candidats (postes de commis et de chef de rang pour la saison) m'ont signalé avoir reçu deux fois le même rappel la veille de leur entretien, à cinq minutes d'intervalle. Je l'ai vérifié avec l'un d'eux : les deux e-mails sont identiques.

Ce n'est pas dramatique, mais cela fait un peu désordre et un candidat a cru que l'horaire avait changé.

Pouvez-vous regarder ou transmettre à GoodTime ?

Merci et bonne journée,"""
    sig = """Thibault Mercier
Directeur de la Restauration
Fernleigh Hôtel Nice – Promenade des Anglais 97, 06000 Nice"""
    html = outlook_html(text, 'FR', sig=sig, disclaimer=DISC_FR)
    part = T(html, 'html', 'windows-1252', 'quoted-printable')
    hdrs = (rcv(dt, 'm365', 5) +
            [('From', 'Mercier Thibault <thibault.mercier@fernleighhotels.fr>'), ('To', HLTO(1)), ('Subject', ewQ(subj, 'iso-8859-1'))] +
            outlook_hdrs(ewQ(subj, 'iso-8859-1'), dt, mid_outlook(), 'fr-FR', 'fr-FR, en-US'))
    add('b_fr_double_reminders', build(hdrs, part), 'bug', 'forward_support', '', 'fr',
        'outlook-html-only;corp-sig;disclaimer;rfc2047-q', 'candidates get reminder twice')

def b_pt_reschedule_invites():
    dt = D(9, 16, 17, 22, 'pt')
    subj = 'Remarcação não atualiza os convites dos entrevistadores'
    text = """Boa tarde,

Ontem remarquei no GoodTime a entrevista de um candidato a barman (de quinta para sexta às 11h). O candidato recebeu a confirmação nova, certinha, mas os dois entrevistadores continuam com o convite antigo na agenda, de quinta, e não receberam nada de novo.

Já me aconteceu o mesmo na semana passada com outra vaga. Tive de avisar as pessoas por telefone.

Podem ver o que se passa?

Obrigado,
Tiago"""
    sig = """Tiago Simões
Diretor de F&B
Fernleigh Hotel Lisboa Chiado | Rua Garrett 62, 1200-204 Lisboa"""
    plain = text + '\n\n' + sig + '\n\n' + DISC_PT
    html = outlook_html(text, 'PT', cs='windows-1252', sig=sig, disclaimer=DISC_PT)
    part = MP('alternative', [T(plain, 'plain', 'windows-1252', 'quoted-printable'), T(html, 'html', 'windows-1252', 'quoted-printable')], b_outlook())
    hdrs = (rcv(dt, 'm365', 6) + [authres('fernleighhotels.pt')] + [dkim('fernleighhotels.pt', dt=dt)] +
            [('From', f'{ewQ("Simões, Tiago", "iso-8859-1")} <tiago.simoes@fernleighhotels.pt>'), ('To', HLTO(0)),
             ('Subject', ewB(subj, 'utf-8'))] + outlook_hdrs(ewB(subj, 'utf-8'), dt, mid_outlook(), 'pt-PT', 'pt-PT, en-US') + x_ms_tail())
    add('b_pt_reschedule_invites', build(hdrs, part), 'bug', 'forward_support', '', 'pt',
        'outlook;multipart-alt;windows-1252;corp-sig;disclaimer;rfc2047-b;received-chain;dkim;auth-results', 'reschedule does not update interviewer invites')


# ================================================================ D. scheduling blockers
def s_en_lobby_cancelled():
    dt = D(5, 7, 10, 53, 'uk')
    text = """Our candidate for Head Sommelier is sitting in the lobby NOW for an 11:00 interview. GoodTime shows the interview as cancelled and neither of my two interviewers has it in their diary any more. I didn't cancel it and nobody here admits to it.

Can I just go ahead and run it, and how do I get it back into the system so the ATS and the interviewers have it? Please ring me on 07700 918 402.

Edward

Sent from my iPhone"""
    part = T(text, 'plain', 'us-ascii', '7bit')
    hdrs = (rcv(dt, 'm365', 5) +
            [('From', 'Edward Farrant <edward.farrant@fernleighhotels.co.uk>'), ('Content-Type', None),
             ('Subject', 'Candidate here now - interview shows cancelled'), ('Date', ds(dt)),
             ('Message-Id', mid_apple('fernleighhotels.co.uk')), ('To', HL), ('X-Mailer', 'iPhone Mail (22E240)')])
    add('s_en_lobby_cancelled', build(hdrs, part), 'scheduling_blocker', 'forward_support', '', 'en',
        'iphone;mobile-sig;7bit;caps', 'candidate in lobby, interview shows cancelled')

def s_en_panel_no_link():
    dt = D(3, 17, 13, 50, 'utc')
    subj = 'PANEL IN 10 MINUTES - NO TEAMS LINK'
    text = """THE PANEL FOR THE HR BUSINESS PARTNER ROLE STARTS AT 14:00, THAT IS 10 MINUTES FROM NOW. THERE IS NO TEAMS LINK ON THE INVITE, NOT FOR US AND NOT FOR THE CANDIDATE. She has e-mailed twice asking how to join.

Three of us are on it, one is in Manchester. What do I do? Can someone generate a link or tell me how to get one onto the invite right now?

Priya"""
    sig = """Priya Chandrasekaran
Director of People – UK & Ireland
Fernleigh Hotels & Resorts"""
    plain = text + '\n\n' + sig + '\n\n' + DISC_EN2
    html = outlook_html(text, 'EN-GB', cs='utf-8', sig=sig, disclaimer=DISC_EN2)
    part = MP('alternative', [T(plain, 'plain', 'utf-8', 'quoted-printable'), T(html, 'html', 'utf-8', 'quoted-printable')], b_outlook())
    hdrs = (rcv(dt, 'm365', 6) + [authres('fernleighhotels.co.uk')] + [dkim('fernleighhotels.co.uk', dt=dt)] +
            [('From', 'Priya Chandrasekaran <priya.chandrasekaran@fernleighhotels.co.uk>'), ('To', HLTO(0)), ('Subject', subj)] +
            outlook_hdrs(subj, dt, mid_outlook()) + [('Importance', 'high'), ('X-Priority', '1')] + x_ms_tail())
    add('s_en_panel_no_link', build(hdrs, part), 'scheduling_blocker', 'forward_support', '', 'en',
        'outlook;multipart-alt;caps;corp-sig;disclaimer;received-chain;dkim;auth-results', 'panel in 10 min without Teams link')

def s_en_night_zoom():
    dt = D(1, 21, 23, 6, 'uk')
    text = """hi is anyone there?

night auditor interview was meant to start 23:00, candidate is in dubai. zoom link from the goodtime invite says "this meeting has been ended by host" and i am the host?? candidate is waiting with me on whatsapp.

how do i get a working link to her now

colm brennan
night manager, edinburgh"""
    part = T(text, 'plain', 'utf-8', 'quoted-printable')
    hdrs = (rcv(dt, 'm365', 5) +
            [('From', 'Colm Brennan <colm.brennan@fernleighhotels.co.uk>'), ('To', HL), ('Subject', 'zoom link not working - candidate waiting'),
             ('Date', ds(dt, False)), ('Message-ID', mid_outlook())])
    add('s_en_night_zoom', build(hdrs, part), 'scheduling_blocker', 'forward_support', '', 'en',
        'lowercase;night', 'night interview, Zoom link dead, candidate waiting')

def s_en_sick_swap_error():
    dt = D(8, 25, 15, 6, 'uk')
    text = """Hello – urgent please.

Our Spa Director has just gone home ill. The candidate for Spa Therapist arrives at 15:30 (25 minutes). I'm trying to swap in our head therapist, Kerry Blake, on the interview in GoodTime but every time I save I get "Unable to update interview. Please try again." I've tried four times and with another name – same thing.

The candidate will get whatever we have. Kerry is free and happy to do it. What do I do so the candidate and Kerry have the right details?

Simon Achterberg
Executive Assistant Manager
Fernleigh Hall Resort & Spa
Tel. 01451 830 700"""
    part = MP('alternative', [T(text, 'plain', 'utf-8', 'quoted-printable'),
                              T(outlook_html(text, 'EN-GB', cs='utf-8'), 'html', 'utf-8', 'quoted-printable')], b_outlook())
    hdrs = (rcv(dt, 'm365', 5) +
            [('From', 'Simon Achterberg <simon.achterberg@fernleighhotels.co.uk>'), ('To', HLTO(1)),
             ('Subject', 'Interviewer swap failing - candidate arriving 15:30')] +
            outlook_hdrs('Interviewer swap failing - candidate arriving 15:30', dt, mid_outlook()) + [('Importance', 'high')])
    add('s_en_sick_swap_error', build(hdrs, part), 'scheduling_blocker', 'forward_support', '', 'en',
        'outlook;multipart-alt;importance-high', 'interviewer ill, swap errors, candidate in 25 min')

def s_en_zoom_host():
    dt = D(6, 11, 9, 31, 'uk')
    text = """I'm in the Zoom for the Hotel Manager (Lisbon) interview that started at 09:30. The candidate is in the waiting room and I cannot admit her – apparently I'm not the host, the meeting was created under Sophie Ward's account in recruiting and she's off today.

Can someone either make me host or send us both a new link straight away? I've got 55 minutes in the diary.

Marcus

Marcus Hale | Managing Director, Europe | Fernleigh Hotels & Resorts"""
    part = T(text, 'plain', 'utf-8', 'quoted-printable')
    hdrs = (rcv(dt, 'm365', 6) + [dkim('fernleighhotels.com', dt=dt)] +
            [('From', 'Marcus Hale <marcus.hale@fernleighhotels.com>'), ('To', HL), ('Cc', 'Sophie Ward <sophie.ward@fernleighhotels.com>'),
             ('Subject', 'Candidate stuck in Zoom waiting room'), ('Date', ds(dt, False)), ('Message-ID', mid_outlook())])
    add('s_en_zoom_host', build(hdrs, part), 'scheduling_blocker', 'forward_support', '', 'en',
        'exec;received-chain;dkim', 'cannot admit candidate, host is absent')

def s_en_forward_reception():
    dt = D(9, 8, 10, 41, 'uk')
    fwd_dt = '8 September 2026 at 10:36:12 BST'
    text = """help pls – he's at reception now and nobody has him down. GoodTime shows nothing for him today. Was meant to be with our Guest Relations Manager who is in a training all morning.

Aisha

Sent from my iPhone

Begin forwarded message:

From: Daniel Osei <d.osei.hospitality@outlook.com>
Date: """ + fwd_dt + """
To: Aisha Rahman <aisha.rahman@fernleighhotels.co.uk>
Subject: Interview today 10:30 – Guest Relations Agent

Dear Ms Rahman,

I have arrived at reception for my 10:30 interview for the Guest Relations Agent position, but the front desk team do not seem to have my name. I have the confirmation e-mail from Tuesday on my phone. I'm happy to wait.

Kind regards,
Daniel Osei"""
    part = T(text, 'plain', 'utf-8', 'quoted-printable')
    hdrs = (rcv(dt, 'm365', 5) +
            [('From', 'Aisha Rahman <aisha.rahman@fernleighhotels.co.uk>'), ('Content-Type', None),
             ('Subject', 'Fwd: Interview today 10:30 – Guest Relations Agent'.replace('–', '-')), ('Date', ds(dt)),
             ('Message-Id', mid_apple('fernleighhotels.co.uk')), ('To', HL), ('X-Mailer', 'iPhone Mail (22G86)')])
    add('s_en_forward_reception', build(hdrs, part), 'scheduling_blocker', 'forward_support', '', 'en',
        'iphone;forwarded;begin-forwarded-message;mobile-sig', 'candidate at reception, nothing in GoodTime')

def s_en_wrong_address():
    dt = D(4, 3, 11, 24, 'uk')
    text = """Chef trial at 14:00 TODAY for our Junior Sous Chef role. The candidate's itinerary from GoodTime gives our EDINBURGH address, not Manchester. He's on the train right now and I think heading for the wrong city – I've rung twice, no answer.

I need the itinerary corrected and re-sent to him immediately so he sees it when he checks his phone, and then I need to know why it picked the wrong hotel.

Neil Hargreaves
Executive Chef
Fernleigh Hotel Manchester | 1 Piccadilly Gardens, Manchester M1 1RG

""" + DISC_EN
    part = T(text, 'plain', 'utf-8', 'quoted-printable')
    hdrs = (rcv(dt, 'm365', 6) +
            [('From', 'Neil Hargreaves <neil.hargreaves@fernleighhotels.co.uk>'), ('To', HL),
             ('Subject', 'Wrong hotel on itinerary - chef trial today 14:00'), ('Date', ds(dt, False)),
             ('Message-ID', mid_outlook()), ('Importance', 'high')])
    add('s_en_wrong_address', build(hdrs, part), 'scheduling_blocker', 'forward_support', '', 'en',
        'caps;disclaimer;received-chain', 'candidate travelling to wrong city now')

def s_en_form_ticket():
    dt = D(10, 13, 9, 14, 'uk')
    text = """Incident INC0048817 has been logged on your behalf and assigned to: GoodTime Helpline

Caller: Sinead Walsh
Location: Central Reservations Centre, Manchester
Contact: +44 161 830 2200 ext. 4417
Category: Applications > GoodTime
Urgency: 1 - High
Impact: 3 - Individual

Short description:
Candidate waiting in Teams lobby - I never got the invite

Description:
The candidate for Reservations Team Leader has been in the Teams lobby since 09:00. I am the interviewer but I never received the invite from GoodTime, so I can't admit her - the link in her email says waiting for the organiser. Please help ASAP, she is still waiting.

To view this incident, visit: https://fernleigh.service-now.com/nav_to.do?uri=incident.do?sys_id=9f1c4a2e1b7d

Ref:MSG{ref}
This is an automated message from the Fernleigh IT Service Desk. Replies to this address are not monitored.
""".replace('{ref}', str(R.randint(10**7, 10**8)))
    html = '<html><body style="font-family:Arial,sans-serif;font-size:10pt"><pre style="font-family:Arial,sans-serif;white-space:pre-wrap">' + esc(text) + '</pre></body></html>'
    part = MP('alternative', [T(text, 'plain', 'UTF-8', 'quoted-printable'), T(html, 'html', 'UTF-8', 'quoted-printable')],
              '----=_Part_' + str(R.randint(10**5, 10**6)) + '_' + str(R.randint(10**8, 10**9)) + '.' + str(R.randint(10**12, 10**13)))
    hdrs = (rcv(dt, 'ext', 5, 'service-now.com') + [authres('service-now.com', '149.96.5.22')] +
            [('From', 'Fernleigh IT Service Desk <fernleigh@service-now.com>'), ('Reply-To', 'fernleigh@service-now.com'),
             ('To', HL), ('Subject', 'Incident INC0048817 logged - Candidate waiting in Teams lobby - I never got the invite'),
             ('Date', ds(dt)), ('Message-ID', f'<{R.randint(10**6,10**7)}.{R.randint(10**6,10**7)}.{R.randint(10**12,10**13)}@fernleigh.service-now.com>'),
             ('Auto-Submitted', 'auto-generated'), ('X-Auto-Response-Suppress', 'All'), ('X-ServiceNow-Source', 'Notification-incident_assigned'),
             ('X-ServiceNow-SysEmail-Version', '2')])
    add('s_en_form_ticket', build(hdrs, part), 'scheduling_blocker', 'forward_support|needs_review', '', 'en',
        'form-mailer;ticket-system;auto-submitted;x-auto-response-suppress;multipart-alt;received-chain;auth-results',
        'service desk ticket relaying a live blocker')

def s_en_exec_no_invite():
    dt = D(2, 24, 14, 46, 'utc')
    text = """I'm due to interview the Group Financial Controller candidate at 15:00 – 15 minutes from now. I've been told GoodTime has me on the panel but there's nothing in my calendar and no video link anywhere in my inbox. My EA is off sick today.

Can someone send me the link, or add me to whatever the others have, urgently please?

David Lerner
Chief Financial Officer
Fernleigh Hotels & Resorts"""
    html = outlook_html(text, 'EN-GB', sig=None, disclaimer=DISC_EN)
    part = T(html, 'html', 'windows-1252', 'quoted-printable')
    hdrs = (rcv(dt, 'm365', 5) +
            [('From', 'David Lerner <david.lerner@fernleighhotels.com>'), ('To', HLTO(2)),
             ('Subject', 'Interview at 15:00 - I have no invite')] + outlook_hdrs('Interview at 15:00 - I have no invite', dt, mid_outlook()) +
            [('Importance', 'high')])
    add('s_en_exec_no_invite', build(hdrs, part), 'scheduling_blocker', 'forward_support', '', 'en',
        'outlook-html-only;disclaimer;exec', 'exec due to interview in 15 min, no invite')

def s_de_room_double():
    dt = D(11, 7, 9, 52, 'cet')
    text = """Hallo,

der Bewerber für Bankettkellner sitzt schon in der Lobby, Gespräch um 10:00. Im Raum „Isar“ läuft aber gerade ein Kundentermin vom Sales – GoodTime hat den Raum für uns gebucht, obwohl er in Outlook längst belegt war.

Ich nehme jetzt spontan das Büro vom Bankett, aber die zwei Kollegen, die mit reinkommen, haben im Termin weiterhin „Isar“ stehen. Wie kriege ich den Raum jetzt sofort im System geändert, damit alle Bescheid wissen?

Stefan Brandl
Bankettleiter, Fernleigh Hotel München

Von meinem iPhone gesendet"""
    part = T(text, 'plain', 'utf-8', 'quoted-printable')
    hdrs = (rcv(dt, 'm365', 6) + [authres('fernleighhotels.de')] +
            [('From', 'Stefan Brandl <stefan.brandl@fernleighhotels.de>'), ('Content-Type', None),
             ('Subject', 'Raum doppelt gebucht – Bewerber wartet'), ('Date', ds(dt)),
             ('Message-Id', mid_apple('fernleighhotels.de')), ('To', HL), ('X-Mailer', 'iPhone Mail (22H31)')])
    add('s_de_room_double', build(hdrs, part), 'scheduling_blocker', 'forward_support', '', 'de',
        'iphone;mobile-sig;raw-utf8-subject;received-chain;auth-results', 'room double-booked, candidate waiting')

def s_es_meet_denied():
    dt = D(2, 18, 16, 41, 'cet')
    text = """Hola, urgente:

La entrevista con la candidata para jefa de recepción empieza en 20 minutos (17:00) y el enlace de Meet de la invitación de GoodTime me da "No tienes permiso para unirte a esta reunión". La candidata me escribe que a ella le pasa lo mismo.

¿Podéis generar otro enlace o decirme qué hago? No quiero tener que cancelar.

Pablo Herrero
Director de Alojamiento - Fernleigh Hotel Barcelona
Tel. +34 933 44 19 20"""
    part = T(text, 'plain', 'ISO-8859-1', 'quoted-printable', q=False)
    hdrs = (rcv(dt, 'google', 6) + [dkim('fernleighhotels.es', 'google', dt)] + [authres('fernleighhotels.es', '209.85.221.44')] +
            [('MIME-Version', None), ('From', 'Pablo Herrero <pablo.herrero@fernleighhotels.es>'), ('Date', ds(dt)),
             ('Message-ID', mid_gmail()), ('Subject', ew_split('Entrevista en 20 min - el enlace de Meet no funciona', 31, 'Q', 'ISO-8859-1')),
             ('To', HL)])
    add('s_es_meet_denied', build(hdrs, part), 'scheduling_blocker', 'forward_support', '', 'es',
        'gmail;iso-8859-1;rfc2047-q;rfc2047-split;received-chain;dkim;auth-results', 'Meet link denies access, starts in 20 min')

def s_pt_wrong_day():
    dt = D(3, 26, 22, 17, 'pt')
    text = """Boa noite,

O candidato para rececionista noturno está na receção há 15 minutos para a entrevista das 22h. O entrevistador (Sr. Pinto, chefe de receção da noite) diz que o convite dele é para amanhã à mesma hora, e no GoodTime também aparece amanhã, mas o e-mail que o candidato recebeu diz claramente hoje.

O Sr. Pinto está cá e pode fazer a entrevista agora. O que faço no GoodTime para isto ficar certo?

Miguel Tavares
Subdiretor – Fernleigh Hotel Lisboa Chiado

Enviado do meu iPhone"""
    part = T(text, 'plain', 'utf-8', 'quoted-printable')
    hdrs = (rcv(dt, 'google', 5) +
            [('Content-Type', None), ('From', 'Miguel Tavares <miguel.tavares@fernleighhotels.pt>'),
             ('Subject', ewQ('Candidato à espera na receção – data errada', 'utf-8')), ('Date', ds(dt)),
             ('Message-Id', mid_apple('fernleighhotels.pt')), ('To', HL), ('X-Mailer', 'iPhone Mail (22D82)')])
    add('s_pt_wrong_day', build(hdrs, part), 'scheduling_blocker', 'forward_support', '', 'pt',
        'iphone;mobile-sig;rfc2047-q;night', 'candidate waiting, dates disagree')


# ================================================================ E. feature requests
def f_en_whatsapp_urgent():
    dt = D(3, 5, 16, 2, 'uk')
    subj = 'URGENT!!! GoodTime + WhatsApp'
    text = """Not urgent-urgent, but important to us:

Half of our housekeeping and kitchen porter candidates never open e-mail. They live on WhatsApp. We lose several every month who simply never see their confirmation, and my team ends up phoning people one by one.

Could GoodTime send the confirmations and reminders by WhatsApp (or at least SMS) as well as e-mail? Even just the reminder the day before would make a huge difference for us in the Cotswolds.

Henrietta

Henrietta Vane
General Manager
Fernleigh Hall Resort & Spa"""
    part = MP('alternative', [T(text, 'plain', 'utf-8', 'quoted-printable'),
                              T(outlook_html(text, 'EN-GB', cs='utf-8', disclaimer=DISC_EN), 'html', 'utf-8', 'quoted-printable')], b_outlook())
    hdrs = (rcv(dt, 'm365', 5) +
            [('From', 'Henrietta Vane <henrietta.vane@fernleighhotels.co.uk>'), ('To', HLTO(0)), ('Subject', subj)] +
            outlook_hdrs(subj, dt, mid_outlook()) + [('Importance', 'high'), ('X-Priority', '1')])
    add('f_en_whatsapp_urgent', build(hdrs, part), 'feature_request', 'product_board_reply', '', 'en',
        'outlook;multipart-alt;misleading-subject;importance-high', 'URGENT subject over a WhatsApp/SMS wish')

def f_en_bulk_reschedule():
    dt = D(8, 1, 19, 11, 'uk')
    text = """Hi,

Idea rather than a problem. When something blows up at the hotel (last week it was a burst pipe on the fourth floor), I end up having to move all of my interviews for the day, one by one – eight reschedules on Thursday, each with its own e-mails.

It would be brilliant to have a "move everything I'm in today" option that finds new slots for all of them and sends the candidates one tidy message.

James"""
    part = T(text, 'plain', 'utf-8', 'quoted-printable')
    hdrs = (rcv(dt, 'm365', 5) +
            [('From', 'James Whitcombe <james.whitcombe@fernleighhotels.co.uk>'), ('To', HL), ('Subject', 'Idea: move a whole day'),
             ('Date', ds(dt, False)), ('Message-ID', mid_outlook()), ('X-Mailer', 'Microsoft Outlook 16.0')])
    add('f_en_bulk_reschedule', build(hdrs, part), 'feature_request', 'product_board_reply', '', 'en',
        'outlook-desktop', 'bulk reschedule a whole day')

def f_en_hm_approval():
    dt = D(5, 26, 10, 14, 'uk')
    subj = 'Suggestion - hiring manager sign-off before candidate invites go'
    text = """Morning,

A suggestion from the GMs' call yesterday. At the moment, once the coordinator picks a slot, the candidate gets the invite straight away. Several GMs would like the option for the hiring manager to approve the proposed time first (one click, from an e-mail) before anything goes to the candidate – we've had a few cases where the time clashed with a VIP arrival or an inspection that wasn't in anyone's calendar.

Not needed for every role, but for department heads and above it would be very welcome.

Best,
Victoria"""
    sig = """Victoria Stanhope
VP Operations – UK & Ireland
Fernleigh Hotels & Resorts"""
    html = outlook_html(text, 'EN-GB', sig=sig, disclaimer=DISC_EN)
    part = T(html, 'html', 'windows-1252', 'quoted-printable')
    hdrs = (rcv(dt, 'm365', 7) + [authres('fernleighhotels.co.uk')] + arc('fernleighhotels.co.uk', dt) + [dkim('fernleighhotels.co.uk', dt=dt)] +
            [('From', 'Victoria Stanhope <victoria.stanhope@fernleighhotels.co.uk>'), ('To', HLTO(1)), ('Subject', subj)] +
            outlook_hdrs(subj, dt, mid_outlook()) + x_ms_tail())
    add('f_en_hm_approval', build(hdrs, part), 'feature_request', 'product_board_reply', '', 'en',
        'outlook-html-only;corp-sig;disclaimer;received-chain;arc;dkim;auth-results', 'approval step before invite')

def f_en_branding():
    dt = D(8, 6, 15, 29, 'uk')
    text = """Hello,

Small wish from the marketing side: every candidate e-mail from GoodTime carries the same group logo, whichever hotel the candidate is applying to. We've worked hard on the individual identities of the properties (Kensington, the Hall and Lisboa Chiado especially) and it would be lovely if the candidate e-mails could pick up the logo and colours of the hotel they're interviewing at.

Thanks for considering it!

Rebecca Thornton
Director of Sales & Marketing
Fernleigh Hotel London Kensington"""
    part = MP('alternative', [T(text, 'plain', 'utf-8', 'quoted-printable'), T(apple_html(text), 'html', 'utf-8', 'quoted-printable')], b_apple())
    hdrs = (rcv(dt, 'm365', 5) +
            [('From', 'Rebecca Thornton <rebecca.thornton@fernleighhotels.co.uk>'), ('Content-Type', None),
             ('Subject', 'Hotel logos on candidate e-mails?'), ('Date', ds(dt)), ('Message-Id', mid_apple('fernleighhotels.co.uk')),
             ('To', HL), ('X-Mailer', 'Apple Mail (2.3826.400.131.1.6)')])
    add('f_en_branding', build(hdrs, part), 'feature_request', 'product_board_reply', '', 'en',
        'apple-mail;multipart-alt', 'per-hotel branding in candidate e-mails')

def f_en_app():
    dt = D(9, 30, 7, 2, 'uk')
    text = """Please, please give us a proper app. I approve and check interviews between flights and from hotel lobbies, and the website on my phone is fiddly – tiny buttons, and I keep getting logged out.

Even something basic: see today's interviews, accept/decline, swap myself out. That would do.

MH

Sent from my iPhone"""
    part = T(text, 'plain', 'utf-8', 'quoted-printable')
    hdrs = (rcv(dt, 'm365', 5) +
            [('From', 'Marcus Hale <marcus.hale@fernleighhotels.com>'), ('Content-Type', None),
             ('Subject', 'GoodTime app'), ('Date', ds(dt)), ('Message-Id', mid_apple('fernleighhotels.com')),
             ('To', HL), ('X-Mailer', 'iPhone Mail (22H31)')])
    add('f_en_app', build(hdrs, part), 'feature_request', 'product_board_reply', '', 'en',
        'iphone;mobile-sig;terse', 'wants a mobile app')

def f_en_exec_dashboard():
    dt = D(10, 8, 17, 45, 'uk')
    subj = 'A group view of interviews across all hotels'
    text = """Hello,

Following on from the board pack work in the spring: what I'd really value is a single page that shows, for every property at once, how many interviews are booked this week and next, how many candidates are waiting to be scheduled and how long they've been waiting. Today I get that by asking each GM or pulling several reports.

If that's something GoodTime could add, I'd use it every Monday morning. Happy to talk it through with whoever looks at these ideas.

Charlotte"""
    sig = """Charlotte Ashworth
Chief People Officer
Fernleigh Hotels & Resorts"""
    plain = text + '\n\n' + sig
    html = outlook_html(text, 'EN-GB', cs='utf-8', sig=sig)
    part = MP('alternative', [T(plain, 'plain', 'utf-8', 'base64'), T(html, 'html', 'utf-8', 'base64')], b_outlook())
    hdrs = (rcv(dt, 'm365', 6) + [dkim('fernleighhotels.com', dt=dt)] +
            [('From', 'Charlotte Ashworth <charlotte.ashworth@fernleighhotels.com>'), ('To', HLTO(2)), ('Subject', subj)] +
            outlook_hdrs(subj, dt, mid_outlook()))
    add('f_en_exec_dashboard', build(hdrs, part), 'feature_request', 'product_board_reply', '', 'en',
        'outlook;multipart-alt;base64;received-chain;dkim', 'cross-property overview page')

def f_en_map_directions():
    dt = D(6, 4, 12, 7, 'uk')
    text = """Hi!

Candidates keep going to the main entrance on Piccadilly Gardens when staff interviews are at the staff entrance on Back Piccadilly, so reception is forever walking people round.

Would be great if GoodTime put the right entrance, a map pin and the nearest tram stop into the candidate e-mails automatically depending on which hotel it is, instead of us remembering to add a note every time.

Aisha
Front Office Manager, Manchester"""
    part = MP('alternative', [T(text, 'plain', 'utf-8', 'quoted-printable'), T(outlook_html(text, 'EN-GB', cs='utf-8'), 'html', 'utf-8', 'quoted-printable')], b_outlook())
    hdrs = (rcv(dt, 'm365', 5) +
            [('From', 'Aisha Rahman <aisha.rahman@fernleighhotels.co.uk>'), ('To', HLTO(3)), ('Subject', 'idea for candidate emails')] +
            outlook_hdrs('idea for candidate emails', dt, mid_outlook()))
    add('f_en_map_directions', build(hdrs, part), 'feature_request', 'product_board_reply', '', 'en',
        'outlook;multipart-alt', 'per-hotel entrance/map in candidate e-mails')

def f_en_date_format():
    dt = D(11, 12, 11, 33, 'uk')
    text = """Hello,

the emails to candidates show the time like "2:00 PM" and the date like "04/05/2026". For our candidates from Italy, Spain, Portugal this is confusing – is it 4 May or 5 April? Two people asked me already.

Please it is possible to have 24h time and day/month (or the month written in letters) for European candidates? I think for all the hotels in Europe this would be better.

Thanks a lot
Giulia"""
    part = T(text, 'plain', 'utf-8', 'quoted-printable')
    hdrs = (rcv(dt, 'm365', 5) +
            [('From', 'Giulia Bianchi <giulia.bianchi@fernleighhotels.co.uk>'), ('To', HL), ('Subject', 'date and hour format in emails'),
             ('Date', ds(dt, False)), ('Message-ID', mid_outlook()), ('X-Mailer', 'Microsoft Outlook 16.0')])
    add('f_en_date_format', build(hdrs, part), 'feature_request', 'product_board_reply', '', 'en',
        'outlook-desktop;non-native-english', '24h clock and day/month format')

def f_en_form_cv():
    dt = D(4, 30, 20, 15, 'uk')
    text = """Fernleigh Connect - Ideas & Feedback

A new submission has been received.

Submitted by: Gareth Llewellyn (gareth.llewellyn@fernleighhotels.co.uk)
Property: Fernleigh Hall Resort & Spa
Department: Kitchen
System: GoodTime
Type: Suggestion

Your idea:
When I get the interview invite it has the time and the candidate's name but nothing else. I then have to go into the ATS to find the CV, which on a busy service I never do. Could the invite (or the GoodTime reminder) include the candidate's CV or at least a direct link to it?

How many people would benefit? Every head of department who interviews.

---
This is an automated notification. Do not reply.
"""
    part = T(text, 'plain', 'utf-8', 'base64')
    hdrs = (rcv(dt, 'ext', 5, 'connect.fernleighhotels.com') +
            [('From', '"Fernleigh Connect" <no-reply@connect.fernleighhotels.com>'), ('To', HL),
             ('Subject', 'New Ideas & Feedback submission: GoodTime'), ('Date', ds(dt)),
             ('Message-ID', f'<ideas.{R.randint(10**9, 10**10)}@connect.fernleighhotels.com>'),
             ('Auto-Submitted', 'auto-generated'), ('X-Auto-Response-Suppress', 'All'),
             ('X-Mailer', 'PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)')])
    add('f_en_form_cv', build(hdrs, part), 'feature_request', 'forward_support|needs_review', '', 'en',
        'form-mailer;auto-submitted;x-auto-response-suppress;base64;received-chain', 'ideas form: CV link on invites')

def f_es_teams_notify():
    dt = D(9, 24, 13, 28, 'cet')
    text = """Hola a todos,

Una sugerencia: a los directores de hotel nos vendría muy bien que GoodTime nos avisara por Teams (no por correo, que ya tenemos demasiados) cuando un candidato confirma, cambia o cancela una entrevista con alguien de nuestro equipo. Así nos enteramos en el momento y no cuando ya está el candidato en recepción.

¿Se podría proponer a GoodTime?

Gracias,
Marta Ibáñez
Directora General · Fernleigh Madrid Gran Vía"""
    part = MP('alternative', [T(text, 'plain', 'utf-8', 'quoted-printable'), T(outlook_html(text, 'ES', cs='utf-8', disclaimer=DISC_ES), 'html', 'utf-8', 'quoted-printable')], b_outlook())
    hdrs = (rcv(dt, 'google', 6) +
            [('From', f'{ewB("Marta Ibáñez Ruiz")} <marta.ibanez@fernleighhotels.es>'), ('To', HLTO(0)),
             ('Subject', 'Avisos por Teams')] + outlook_hdrs('Avisos por Teams', dt, mid_outlook(), 'es-ES', 'es-ES, en-US'))
    add('f_es_teams_notify', build(hdrs, part), 'feature_request', 'product_board_reply', '', 'es',
        'outlook;multipart-alt;rfc2047-b;received-chain', 'Teams notifications to GMs')

def f_fr_self_cancel():
    dt = D(5, 13, 9, 8, 'cet')
    subj = 'Idée : laisser le candidat annuler lui-même'
    text = """Bonjour,

Une idée pour GoodTime : aujourd'hui, quand un candidat ne peut plus venir, il nous écrit (ou pas…) et c'est nous qui annulons. Ce serait pratique qu'il puisse annuler ou demander un autre créneau directement depuis son e-mail de confirmation, en indiquant un motif, et que nous soyons prévenus automatiquement.

On gagnerait du temps et on aurait moins de candidats qui ne se présentent pas sans prévenir.

Bonne journée,
Sophie Lefèvre
Directrice générale – Fernleigh Hôtel Paris Opéra"""
    part = T(text, 'plain', 'utf-8', 'base64')
    hdrs = (rcv(dt, 'm365', 6) + [authres('fernleighhotels.fr')] +
            [('From', f'{ewB("Sophie Lefèvre")} <sophie.lefevre@fernleighhotels.fr>'), ('Content-Type', None),
             ('Subject', ewB(subj)), ('Date', ds(dt)), ('Message-Id', mid_apple('fernleighhotels.fr')),
             ('To', HL), ('X-Mailer', 'Apple Mail (2.3826.400.131.1.6)')])
    add('f_fr_self_cancel', build(hdrs, part), 'feature_request', 'product_board_reply', '', 'fr',
        'apple-mail;base64;rfc2047-b;received-chain;auth-results', 'candidate self-cancel with reason')

def f_pt_weekly_summary():
    dt = D(7, 1, 9, 49, 'pt')
    subj = 'Sugestão: resumo semanal para os diretores'
    text = """Bom dia,

Fica aqui uma sugestão para o GoodTime: era ótimo receber à segunda-feira de manhã um e-mail automático com as entrevistas da semana no meu hotel (quem, que vaga, a que horas e com quem). Hoje tenho de perguntar a cada chefe de departamento.

Acho que os outros diretores também gostavam.

Cumprimentos,
João Gonçalves
Diretor-Geral | Fernleigh Hotel Lisboa Chiado"""
    html = outlook_html(text, 'PT', disclaimer=DISC_PT)
    part = T(html, 'html', 'windows-1252', 'quoted-printable')
    hdrs = (rcv(dt, 'google', 5) +
            [('From', f'{ewQ("João Gonçalves", "iso-8859-1")} <joao.goncalves@fernleighhotels.pt>'), ('To', HLTO(1)),
             ('Subject', subj.encode('cp1252'))] + outlook_hdrs(subj.encode('cp1252'), dt, mid_outlook(), 'pt-PT', 'pt-PT, en-US'))
    add('f_pt_weekly_summary', build(hdrs, part), 'feature_request', 'product_board_reply', '', 'pt',
        'outlook-html-only;disclaimer;rfc2047-q', 'weekly summary e-mail to GMs')


# ================================================================ F. escalations
def e_en_crc_seats():
    dt = D(4, 20, 11, 36, 'uk')
    subj = 'Bringing Central Reservations recruitment into GoodTime - licences'
    text = """Hello,

From 1 July we're moving all recruitment for the Central Reservations Centre in Manchester into GoodTime. That's around 25 team leaders and managers who will need access as interviewers or hiring managers – they recruit constantly (we're at about 30 hires a quarter).

Before I commit to the date I need to know:
- how many seats we have left on the current contract,
- what adding 25 would cost and whether it changes our tier, and
- who at GoodTime we should be talking to about it.

Could you pick this up with GoodTime's account team for me?

Many thanks,
Priya"""
    sig = """Priya Chandrasekaran
Director of People – UK & Ireland
Fernleigh Hotels & Resorts"""
    plain = text + '\n\n' + sig + '\n\n' + DISC_EN
    html = outlook_html(text, 'EN-GB', cs='utf-8', sig=sig, disclaimer=DISC_EN)
    part = MP('alternative', [T(plain, 'plain', 'utf-8', 'quoted-printable'), T(html, 'html', 'utf-8', 'quoted-printable')], b_outlook())
    hdrs = (rcv(dt, 'm365', 6) + [dkim('fernleighhotels.co.uk', dt=dt)] +
            [('From', 'Priya Chandrasekaran <priya.chandrasekaran@fernleighhotels.co.uk>'), ('To', HLTO(0)), ('Subject', subj)] +
            outlook_hdrs(subj, dt, mid_outlook()) + x_ms_tail())
    add('e_en_crc_seats', build(hdrs, part), 'escalation', 'flag_csm', '', 'en',
        'outlook;multipart-alt;corp-sig;disclaimer;received-chain;dkim', 'extra seats for reservations centre')

def e_en_renewal():
    dt = D(3, 30, 9, 4, 'utc')
    subj = 'GoodTime renewal - 9% uplift'
    text = """Good morning,

We've received GoodTime's renewal notice (attached). The contract ends on 30 June and they're proposing a 9% uplift on the annual fee, with a 60-day notice window that closes at the end of April.

Before I sign anything, I'd like to understand how much we actually use it by property and how many of the seats are active, and I'd like a conversation with GoodTime about the uplift and a possible multi-year term. Can you set that up with our account manager there and send me whatever usage figures you have?

Regards,
Fiona"""
    sig = """Fiona Hargreaves
Group Finance Director
Fernleigh Hotels & Resorts | 22 Chandos Place, London WC2N 4HS"""
    html = outlook_html(text, 'EN-GB', cs='utf-8', sig=sig, disclaimer=DISC_EN2)
    alt = MP('alternative', [T(text + '\n\n' + sig + '\n\n' + DISC_EN2, 'plain', 'utf-8', 'quoted-printable'),
                             T(html, 'html', 'utf-8', 'quoted-printable')], b_outlook())
    pdfb = pdf(['GoodTime - Subscription Renewal Notice', 'Customer: Fernleigh Hotels & Resorts Ltd',
                'Current term: 1 July 2025 - 30 June 2026', 'Renewal term: 1 July 2026 - 30 June 2027',
                'Price adjustment: +9.0%', 'Notice period: 60 days', 'Please contact your account manager with any questions.'])
    part = MP('mixed', [alt, ATT('application/pdf', 'GoodTime_Renewal_Notice_Fernleigh_2026.pdf', pdfb)], b_outlook())
    hdrs = (rcv(dt, 'm365', 7) + [authres('fernleighhotels.com')] + arc('fernleighhotels.com', dt) + [dkim('fernleighhotels.com', dt=dt)] +
            [('From', '"Hargreaves, Fiona" <fiona.hargreaves@fernleighhotels.com>'), ('To', HLTO(1)),
             ('Cc', 'David Lerner <david.lerner@fernleighhotels.com>'), ('Subject', subj)] +
            outlook_hdrs(subj, dt, mid_outlook(), has_attach='yes') + x_ms_tail())
    add('e_en_renewal', build(hdrs, part), 'escalation', 'flag_csm', '', 'en',
        'outlook;multipart-mixed;pdf;corp-sig;disclaimer;received-chain;arc;dkim;auth-results', 'renewal uplift, wants usage and meeting')

def e_en_training_hall():
    dt = D(2, 11, 16, 20, 'uk')
    text = """Hi,

I'll be honest: at the Hall we're only half using GoodTime. Of our twelve heads of department, about six still e-mail candidates directly and book interviews straight into their own calendars, so the system has no idea what's going on and the coordinators end up chasing.

I don't think it's unwillingness, I think nobody has ever properly shown them. Could we get a proper training session for the whole HOD team – ideally run by GoodTime, here on site or on Teams, some time before the Easter recruitment rush? A short refresher for the two coordinators would help too.

Thanks,
Simon

Simon Achterberg
Executive Assistant Manager
Fernleigh Hall Resort & Spa"""
    part = MP('alternative', [T(text, 'plain', 'utf-8', 'quoted-printable'), T(outlook_html(text, 'EN-GB', cs='utf-8'), 'html', 'utf-8', 'quoted-printable')], b_outlook())
    hdrs = (rcv(dt, 'm365', 5) +
            [('From', 'Simon Achterberg <simon.achterberg@fernleighhotels.co.uk>'), ('To', HLTO(2)),
             ('Subject', 'Training for our heads of department')] + outlook_hdrs('Training for our heads of department', dt, mid_outlook()))
    add('e_en_training_hall', build(hdrs, part), 'escalation', 'flag_csm', '', 'en',
        'outlook;multipart-alt', 'team training request')

def e_en_complaint():
    dt = D(6, 26, 18, 52, 'uk')
    subj = 'Honest feedback on GoodTime at Kensington'
    text = """Hello,

I've held off writing this, but I think someone needs to hear it.

Three months in, GoodTime is not working for us at Kensington. My heads of department say they spend more time fixing interviews than they did with Outlook: invites that don't match, candidates who get the wrong details, reminders that don't arrive. Each problem on its own gets "fixed", but the overall picture is not getting better, and candidates have started mentioning it. For a luxury hotel that's not the impression we want to give.

I'm not asking for another ticket. I'd like someone senior at GoodTime to sit down with us, look at how it's been set up for this hotel and tell us honestly what needs to change – on their side and on ours.

Edward

Edward Farrant
General Manager
Fernleigh Hotel London Kensington
""" + '\n' + DISC_EN
    part = T(text, 'plain', 'windows-1252', 'quoted-printable')
    hdrs = (rcv(dt, 'm365', 6) + [authres('fernleighhotels.co.uk')] +
            [('From', 'Edward Farrant <edward.farrant@fernleighhotels.co.uk>'), ('To', HL),
             ('Cc', 'Victoria Stanhope <victoria.stanhope@fernleighhotels.co.uk>'), ('Subject', subj),
             ('Date', ds(dt, False)), ('Message-ID', mid_outlook()), ('X-Mailer', 'Microsoft Outlook 16.0')])
    add('e_en_complaint', build(hdrs, part), 'escalation', 'flag_csm', '', 'en',
        'outlook-desktop;windows-1252;disclaimer;received-chain;auth-results', 'overall complaint, wants senior review')

def e_en_unresolved_live():
    dt = D(5, 4, 11, 18, 'uk')
    fwd = """---------- Forwarded message ---------
From: GoodTime Support <support@goodtime.io>
Date: Tue, 14 Apr 2026 at 16:05
Subject: [GoodTime Support] Re: Calendar availability wrong for Edinburgh interviewers (#48213)
To: Catriona Munro <catriona.munro@fernleighhotels.co.uk>


Hi Catriona,

Thanks for the additional examples. Our engineering team is still investigating the calendar availability issue for the Edinburgh interviewers. We'll update this ticket as soon as we have more information.

Kind regards,
GoodTime Support"""
    text = """Hello,

Forwarding the last thing we heard from GoodTime on this – three weeks ago. Ticket 48213 is still open, nobody has come back to us, and it's still happening: this morning two of our interviewers were double-booked again because GoodTime thought they were free, and a candidate for Restaurant Manager sat in reception for 40 minutes while we found someone.

I need this escalated properly with GoodTime now, not another "still investigating". And we have four more interviews tomorrow, so if someone could look at today's double-booking as well, please.

Alastair

""" + fwd
    part = MP('alternative', [T(text, 'plain', 'UTF-8', 'quoted-printable', q=False), T(gmail_html(text), 'html', 'UTF-8', 'quoted-printable', q=False)], b_gmail())
    hdrs = (rcv(dt, 'google', 7) + [authres('fernleighhotels.co.uk', '209.85.128.49')] +
            [dkim('fernleighhotels.co.uk', 'google', dt, 'mime-version:references:in-reply-to:from:date:message-id:subject:to')] +
            [('MIME-Version', None), ('References', '<gt-support-48213-' + hexs(10, False) + '@goodtime.io>'),
             ('In-Reply-To', '<gt-support-48213-' + hexs(10, False) + '@goodtime.io>'),
             ('From', 'Alastair McKenzie <alastair.mckenzie@fernleighhotels.co.uk>'), ('Date', ds(dt)), ('Message-ID', mid_gmail()),
             ('Subject', 'Fwd: [GoodTime Support] Re: Calendar availability wrong for Edinburgh interviewers (#48213)'), ('To', HL)])
    add('e_en_unresolved_live', build(hdrs, part), 'escalation', 'flag_csm+forward_support', '', 'en',
        'gmail;multipart-alt;forwarded;received-chain;dkim;auth-results', 'ticket open 3 weeks, happened again today')

def e_en_graduates():
    dt = D(7, 16, 15, 3, 'uk')
    subj_txt = 'Fernleigh Graduate Programme 2027 intake - moving the assessment centres into GoodTime and what that means for our process'
    text = """Dear all,

A bit of context first. The Fernleigh Graduate Programme takes about 24 graduates a year across operations, revenue, finance and people. Last year we had just over 300 applicants reach the assessment stage, and the assessment centres ran across six properties over five weeks – London, Manchester, Edinburgh, Munich, Madrid and Lisbon.

Until now that has been run by two people on a shared spreadsheet and a lot of goodwill, and it nearly broke them.

From September we'd like to move the whole thing into GoodTime. That's not a case of "book some interviews": we need to rethink the workflow – group exercises, assessor pools across hotels, panels with GMs who travel, reasonable adjustments for some candidates, and a fair spread of the load on our assessors.

I'd like GoodTime's input on how other customers run something like this, and help designing ours, before we commit. Could you arrange a working session with GoodTime for me, Priya and the two programme coordinators in early August?

Thank you,
Charlotte

Charlotte Ashworth
Chief People Officer, Fernleigh Hotels & Resorts"""
    plan = pdf(['Fernleigh Graduate Programme 2027 - Assessment centre outline (DRAFT)', '6 properties, 5 weeks, c. 300 candidates',
                'Day structure: welcome, group exercise, case study, 2 x panel, GM conversation', 'Owner: People team - Charlotte Ashworth'])
    part = MP('mixed', [T(text, 'plain', 'utf-8', 'quoted-printable'), ATT('application/pdf', 'FGP2027_assessment_outline_DRAFT.pdf', plan)], b_outlook())
    subj = fold(subj_txt, 58)
    hdrs = (rcv(dt, 'm365', 6) + [dkim('fernleighhotels.com', dt=dt)] +
            [('From', 'Charlotte Ashworth <charlotte.ashworth@fernleighhotels.com>'), ('To', HLTO(0)),
             ('Cc', 'Priya Chandrasekaran <priya.chandrasekaran@fernleighhotels.co.uk>'), ('Subject', subj)] +
            outlook_hdrs(subj, dt, mid_outlook(), has_attach='yes'))
    add('e_en_graduates', build(hdrs, part), 'escalation', 'flag_csm', '', 'en',
        'outlook;multipart-mixed;pdf;folded-subject;rambling;received-chain;dkim', 'process change for graduate assessment centres')

def e_en_account_owner():
    dt = D(5, 14, 12, 20, 'uk')
    subj = 'GoodTime account owner leaving 31 May'
    text = """Hello,

Nadine Carrow, our HR Director and – as far as I know – the named account owner and main admin for GoodTime, leaves the company on 31 May. Her mailbox will be closed the same day.

We need the account ownership, the billing contact and the main admin rights moved before then: ownership and billing to Charlotte Ashworth (CPO), admin to me in the interim. Could you arrange that with GoodTime and confirm what they need from us (a signed letter, a call)?

Thanks,

Richard Ellery
Group IT Director
Fernleigh Hotels & Resorts"""
    part = MP('mixed', [T(text, 'plain', 'utf-8', 'quoted-printable'), ATT('application/ms-tnef', 'winmail.dat', winmail())], b_outlook())
    hdrs = (rcv(dt, 'm365', 6) +
            [('From', '"Ellery, Richard" <richard.ellery@fernleighhotels.com>'), ('To', HLTO(3)), ('Subject', subj)] +
            outlook_hdrs(subj, dt, mid_outlook(), has_attach='yes', tnef=mid_outlook()))
    add('e_en_account_owner', build(hdrs, part), 'escalation', 'flag_csm', '', 'en',
        'outlook;winmail-dat;received-chain', 'account owner and billing contact change')

def e_en_reminders_language_live():
    dt = D(10, 22, 10, 16, 'cet')
    subj = 'Spanish candidates still getting reminders in English - 4th week'
    text = """Hello,

I write again about the reminders in English to our Spanish candidates. It is now the fourth week: the confirmation goes in Spanish, but the reminder the day before goes in English, at all four hotels in Spain. We reported it in September, we got answer that it was fixed, and today morning again three candidates in Madrid and Sevilla received the reminder in English, one of them called us confused and nearly didn't come.

This is not a small problem for us, many of our candidates for housekeeping and kitchen do not read English. I would like that somebody at GoodTime takes ownership of this, and please also look at today's reminders.

Thank you
Ignacio Muñoz
Director de Operaciones Iberia
Fernleigh Hoteles España"""
    part = T(text, 'plain', 'utf-8', 'base64')
    hdrs = (rcv(dt, 'google', 6) + [dkim('fernleighhotels.es', 'google', dt)] + [authres('fernleighhotels.es', '209.85.221.47')] +
            [('MIME-Version', None), ('From', f'{ewQ("Ignacio Muñoz", "utf-8")} <ignacio.munoz@fernleighhotels.es>'), ('Date', ds(dt)),
             ('Message-ID', mid_gmail()), ('Subject', subj), ('To', HL),
             ('Cc', f'{ewQ("Lucía Fernández Peña", "utf-8")} <lucia.fernandez@fernleighhotels.es>')])
    add('e_en_reminders_language_live', build(hdrs, part), 'escalation', 'flag_csm+forward_support', '', 'en',
        'gmail;base64;non-native-english;received-chain;dkim;auth-results', 'recurring wrong-language reminders, again today')

def e_de_rollout():
    dt = D(9, 2, 17, 38, 'cet')
    subj = 'Einführung GoodTime in Berlin – so geht es nicht weiter'
    text = """Liebes Helpline-Team,

ich möchte offen sein: Die Einführung von GoodTime läuft bei uns in Berlin nicht rund. Das liegt nicht an einem einzelnen Fehler, sondern am Grundsätzlichen. Unsere Abteilungsleiter arbeiten im Schichtbetrieb, viele Gespräche finden kurzfristig zwischen zwei Schichten statt, und der Standardablauf in GoodTime passt dazu schlicht nicht. Die Folge: Die Hälfte meiner Leute plant wieder am System vorbei.

Ich möchte daher ein Gespräch mit GoodTime auf Management-Ebene, in dem wir unseren Ablauf gemeinsam anschauen und klären, wie wir das Tool für einen Hotelbetrieb sinnvoll aufsetzen. Frau Dr. Brückner weiß Bescheid und würde gern teilnehmen.

Können Sie das bitte in die Wege leiten?

Mit freundlichen Grüßen
Katrin Vogelsang"""
    sig = """Katrin Vogelsang
General Managerin
Fernleigh Hotel Berlin Mitte
Friedrichstraße 118 | 10117 Berlin"""
    plain = text + '\n\n' + sig + '\n\n' + DISC_DE
    html = outlook_html(text, 'DE', cs='windows-1252', sig=sig, disclaimer=DISC_DE)
    part = MP('alternative', [T(plain, 'plain', 'windows-1252', 'quoted-printable'), T(html, 'html', 'windows-1252', 'quoted-printable')], b_outlook())
    hdrs = (rcv(dt, 'm365', 7) + [authres('fernleighhotels.de')] + arc('fernleighhotels.de', dt) + [dkim('fernleighhotels.de', dt=dt)] +
            [('From', '"Vogelsang, Katrin" <katrin.vogelsang@fernleighhotels.de>'), ('To', HLTO(0)),
             ('Cc', f'{ewQ("Brückner, Dr. Annette", "iso-8859-1")} <annette.brueckner@fernleighhotels.de>'),
             ('Subject', ew_split(subj, 27, 'B', 'utf-8'))] + outlook_hdrs(ew_split(subj, 27, 'B', 'utf-8'), dt, mid_outlook(), 'de-DE', 'de-DE, en-US') + x_ms_tail())
    add('e_de_rollout', build(hdrs, part), 'escalation', 'flag_csm', '', 'de',
        'outlook;multipart-alt;windows-1252;corp-sig;disclaimer;rfc2047-b;rfc2047-split;received-chain;arc;dkim;auth-results',
        'rollout not working, wants management-level session')

def e_es_training():
    dt = D(2, 5, 12, 47, 'cet')
    text = """Hola,

Os escribo porque en España necesitamos dar un paso más con GoodTime. Tenemos unos 30 jefes de departamento entre Madrid, Barcelona, Sevilla y Marbella que entrevistan con regularidad y la mayoría solo ha visto el vídeo de bienvenida, en inglés.

Querríamos organizar una formación en español para todos ellos (puede ser online, en dos o tres grupos), idealmente con alguien de GoodTime, antes de la campaña de verano que empieza en abril. ¿Podéis gestionarlo con GoodTime y decirme qué fechas serían posibles?

Muchas gracias,
Lucía

Lucía Fernández Peña
Directora de Personas · España
Fernleigh Hoteles España"""
    part = MP('alternative', [T(text, 'plain', 'UTF-8', 'quoted-printable', q=False), T(gmail_html(text), 'html', 'UTF-8', 'quoted-printable', q=False)], b_gmail())
    hdrs = (rcv(dt, 'google', 6) + [dkim('fernleighhotels.es', 'google', dt)] +
            [('MIME-Version', None), ('From', f'{ewQ("Lucía Fernández Peña", "UTF-8")} <lucia.fernandez@fernleighhotels.es>'),
             ('Date', ds(dt)), ('Message-ID', mid_gmail()), ('Subject', ewQ('Formación GoodTime para jefes de departamento (España)', 'UTF-8')),
             ('To', HL)])
    add('e_es_training', build(hdrs, part), 'escalation', 'flag_csm', '', 'es',
        'gmail;multipart-alt;rfc2047-q;received-chain;dkim', 'training for 30 department heads in Spanish')

def e_fr_dpa():
    dt = D(3, 9, 14, 58, 'cet')
    subj = 'Extension de GoodTime aux hôtels français – accord RGPD bloquant'
    text = """Bonjour,

Notre service juridique vient de m'informer qu'il s'oppose au déploiement de GoodTime dans les trois hôtels français (Paris, Lyon, Nice) tant qu'un accord de traitement des données (DPA), conforme au RGPD, n'a pas été signé entre GoodTime et Fernleigh Hôtels France SAS. Apparemment, le contrat actuel ne couvre que la société anglaise.

Le déploiement était prévu pour le 1er avril. Pourriez-vous voir avec GoodTime qui peut nous transmettre ce document et dans quels délais ? Notre juriste, Maître Claire Vasseur, est disponible pour un échange.

Bien cordialement,
Hélène Marchand
Directrice des Ressources Humaines – France"""
    html = outlook_html(text, 'FR', sig=None, disclaimer=DISC_FR)
    part = T(html, 'html', 'windows-1252', 'quoted-printable')
    hdrs = (rcv(dt, 'm365', 6) + [authres('fernleighhotels.fr')] + [dkim('fernleighhotels.fr', dt=dt)] +
            [('From', f'{ewQ("Marchand, Hélène", "iso-8859-1")} <helene.marchand@fernleighhotels.fr>'), ('To', HLTO(1)),
             ('Cc', 'claire.vasseur@fernleighhotels.fr'), ('Subject', ewQ(subj, 'utf-8'))] +
            outlook_hdrs(ewQ(subj, 'utf-8'), dt, mid_outlook(), 'fr-FR', 'fr-FR, en-US') + x_ms_tail())
    add('e_fr_dpa', build(hdrs, part), 'escalation', 'flag_csm', '', 'fr',
        'outlook-html-only;disclaimer;rfc2047-q;received-chain;dkim;auth-results', 'DPA needed before French rollout')

def e_pt_braga_seats():
    dt = D(6, 22, 10, 31, 'pt')
    subj = 'Licenças GoodTime para o novo hotel de Braga'
    text = """Bom dia,

Como sabem, abrimos o Fernleigh Braga no início de outubro e o recrutamento da equipa de abertura começa já em julho: cerca de 90 contratações em três meses.

Vamos precisar de acesso ao GoodTime para mais 14 pessoas (diretor-geral, chefes de departamento e a coordenadora de RH do hotel). Não sei se temos licenças disponíveis no contrato atual ou se é preciso comprar mais, nem quem trata disso do lado da GoodTime.

Podem ver isto com a GoodTime e dizer-me o que é preciso? O prazo é apertado.

Obrigada,
Inês Magalhães
Diretora de Recursos Humanos - Portugal"""
    part = MP('alternative', [T(text, 'plain', 'iso-8859-1', 'quoted-printable'),
                              T(outlook_html(text, 'PT', cs='iso-8859-1', disclaimer=DISC_PT.replace('–', '-')), 'html', 'iso-8859-1', 'quoted-printable')], b_outlook())
    hdrs = (rcv(dt, 'm365', 5) + [('From', f'{ewQ("Magalhães, Inês", "iso-8859-1")} <ines.magalhaes@fernleighhotels.pt>'),
                                   ('To', HLTO(2)), ('Subject', ewB(subj, 'iso-8859-1'))] +
            outlook_hdrs(ewB(subj, 'iso-8859-1'), dt, mid_outlook(), 'pt-PT', 'pt-PT, en-US'))
    add('e_pt_braga_seats', build(hdrs, part), 'escalation', 'flag_csm', '', 'pt',
        'outlook;multipart-alt;iso-8859-1;rfc2047-b', 'licences for new hotel opening')


# ================================================================ G. noise
def x_fr_ooo():
    dt = D(4, 8, 9, 0, 'cet')
    subj = 'Réponse automatique : [GoodTime] Les nouveautés de la help line – avril'
    text = """Bonjour,

Je suis absent(e) du bureau jusqu'au lundi 20 avril inclus, avec un accès limité à ma messagerie.

Pour toute demande URGENTE concernant la restauration, merci de contacter Mme Claire Aubert (claire.aubert@fernleighhotels.fr, +33 4 93 16 72 05).

Cordialement,
Thibault Mercier
Directeur de la Restauration – Fernleigh Hôtel Nice"""
    html = outlook_html(text, 'FR', cs='utf-8')
    part = T(html, 'html', 'utf-8', 'base64')
    hdrs = (rcv(dt, 'm365', 5) +
            [('From', 'Mercier Thibault <thibault.mercier@fernleighhotels.fr>'), ('To', 'GoodTime Helpline <helpline@fernleighhotels.com>'),
             ('Subject', ewB(subj)), ('Thread-Topic', ewB('[GoodTime] Les nouveautés de la help line – avril')), ('Thread-Index', thread_index()),
             ('Date', ds(dt, False)), ('Message-ID', mid_outlook()), ('In-Reply-To', mid_outlook()),
             ('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All'), ('X-MS-Exchange-Inbox-Rules-Loop', 'thibault.mercier@fernleighhotels.fr'),
             ('Content-Language', 'fr-FR')])
    add('x_fr_ooo', build(hdrs, part), 'noise', 'ignore', '', 'fr',
        'ooo;auto-submitted;outlook-html-only;base64;rfc2047-b', 'out of office with URGENT contact')

def x_de_ooo_plain():
    dt = D(8, 3, 11, 27, 'cet')
    text = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 14.08.2026 nicht im Haus und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an das Bankettbüro: +49 89 2103 6600 oder bankett.muenchen@fernleighhotels.de.

Mit freundlichen Grüßen
Stefan Brandl
Bankettleiter | Fernleigh Hotel München"""
    part = T(text, 'plain', 'ISO-8859-15', 'quoted-printable')
    hdrs = (rcv(dt, 'ext', 5, 'fernleighhotels.de') +
            [('From', 'Stefan Brandl <stefan.brandl@fernleighhotels.de>'), ('To', HL),
             ('Subject', '=?ISO-8859-15?Q?Abwesenheitsnotiz:_GoodTime_=96_neue_Vorlagen_f=FCr_Bewerber-?=\n =?ISO-8859-15?Q?E-Mails?='.replace('=96', '-')),
             ('Date', ds(dt)), ('Message-ID', f'<{hexs(12,False)}.{R.randint(1000,9999)}@fernleighhotels.de>'), ('User-Agent', 'Roundcube Webmail/1.6.9')])
    add('x_de_ooo_plain', build(hdrs, part), 'noise', 'ignore', '', 'de',
        'ooo;no-auto-submitted;iso-8859-15;rfc2047-q;received-chain', 'out of office without Auto-Submitted')

def x_en_ooo():
    dt = D(7, 27, 6, 0, 'uk')
    text = """Thank you for your e-mail. I'm on annual leave until Monday 10 August with no access to e-mail.

For anything URGENT relating to UK & Ireland operations, please contact my EA, Hannah Ross (hannah.ross@fernleighhotels.com). Otherwise I'll reply when I'm back.

Victoria"""
    part = MP('alternative', [T(text, 'plain', 'utf-8', 'quoted-printable'), T(outlook_html(text, 'EN-GB', cs='utf-8'), 'html', 'utf-8', 'quoted-printable')], b_outlook())
    hdrs = (rcv(dt, 'm365', 5) +
            [('From', 'Victoria Stanhope <victoria.stanhope@fernleighhotels.co.uk>'), ('To', 'GoodTime Helpline <helpline@fernleighhotels.com>'),
             ('Subject', 'Automatic reply: GoodTime interviewer training - dates for August'), ('Thread-Topic', 'GoodTime interviewer training - dates for August'),
             ('Thread-Index', thread_index()), ('Date', ds(dt, False)), ('Message-ID', mid_outlook()), ('In-Reply-To', mid_outlook()),
             ('Auto-Submitted', 'auto-generated'), ('X-Auto-Response-Suppress', 'All'), ('Content-Language', 'en-GB')])
    add('x_en_ooo', build(hdrs, part), 'noise', 'ignore', '', 'en',
        'ooo;auto-submitted;outlook;multipart-alt', 'annual leave auto-reply')

def x_en_bounce_postfix():
    dt = D(6, 1, 9, 14, 'uk')
    qid = '4d' + ''.join(R.choice('BCDFGHJKLMNPQRSTVWXYZ0123456789') for _ in range(10))
    human = f"""This is the mail system at host mx1.fernleighhotels.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<nadine.carrow@fernleighhotels.com>: host
    fernleighhotels-com.mail.protection.outlook.com[52.101.73.18] said: 550 5.1.10
    RESOLVER.ADR.RecipientNotFound; Recipient nadine.carrow@fernleighhotels.com
    not found by SMTP address lookup (in reply to RCPT TO command)
"""
    dsn = f"""Reporting-MTA: dns; mx1.fernleighhotels.com
X-Postfix-Queue-ID: {qid}
X-Postfix-Sender: rfc822; helpline@fernleighhotels.com
Arrival-Date: {ds(dt - timedelta(seconds=3))}

Final-Recipient: rfc822; nadine.carrow@fernleighhotels.com
Original-Recipient: rfc822;nadine.carrow@fernleighhotels.com
Action: failed
Status: 5.1.10
Remote-MTA: dns; fernleighhotels-com.mail.protection.outlook.com
Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient
    nadine.carrow@fernleighhotels.com not found by SMTP address lookup
"""
    orig = f"""Return-Path: <helpline@fernleighhotels.com>
From: GoodTime Helpline <helpline@fernleighhotels.com>
To: Nadine Carrow <nadine.carrow@fernleighhotels.com>
Subject: RE: Admin rights for the new Braga team
Date: {ds(dt - timedelta(seconds=5))}
Message-ID: {mid_outlook()}
"""
    b = f'{qid}.{int(dt.timestamp())}/mx1.fernleighhotels.com'
    part = MP('report', [Part('text/plain; charset=us-ascii', human.encode(), None, [('Content-Description', 'Notification')]),
                         Part('message/delivery-status', dsn.encode(), None, [('Content-Description', 'Delivery report')]),
                         Part('text/rfc822-headers', orig.encode(), None, [('Content-Description', 'Undelivered Message Headers')])],
              b, params='; report-type=delivery-status', preamble=b'This is a MIME-encapsulated message.\n\n')
    hdrs = (rcv(dt, 'm365', 3)[:3] +
            [('Return-Path', '<>'), ('X-Original-To', HL), ('Delivered-To', HL),
             ('Date', ds(dt)), ('From', 'MAILER-DAEMON@mx1.fernleighhotels.com (Mail Delivery System)'),
             ('Subject', 'Undelivered Mail Returned to Sender'), ('To', HL), ('Auto-Submitted', 'auto-replied'),
             ('Message-Id', f'<{R.randint(10**7,10**8)}.{qid}@mx1.fernleighhotels.com>')])
    add('x_en_bounce_postfix', build(hdrs, part), 'noise', 'ignore', '', 'en',
        'bounce;dsn;multipart-report;mailer-daemon;auto-submitted', 'postfix bounce, former employee')

def x_en_bounce_ndr():
    dt = D(9, 15, 14, 2, 'utc')
    html = """<html><head></head><body>
<p><b><font color="#000066" size="3" face="Arial">Your message to h.vane@fernleighhotel.co.uk couldn't be delivered.</font></b></p>
<p><font color="#000000" size="2" face="Tahoma">The domain fernleighhotel.co.uk doesn't exist. It might be misspelled or it might not exist anymore.</font></p>
<table><tr><td><font color="#808080" size="2" face="Tahoma">helpline</font></td><td><font color="#C00000" size="2" face="Tahoma">Office 365</font></td><td><font color="#808080" size="2" face="Tahoma">fernleighhotel.co.uk</font></td></tr>
<tr><td><font size="2" face="Tahoma">Sender</font></td><td><font color="#C00000" size="2" face="Tahoma"><b>Action Required</b></font></td><td><font size="2" face="Tahoma">Recipient</font></td></tr></table>
<p><font size="2" face="Tahoma"><b>Unknown To address</b></font></p>
<p><font size="2" face="Tahoma">How to Fix It: The address may be misspelled or may not exist. Try one or more of the following: retype the recipient's address, then resend the message.</font></p>
<p><font size="1" face="Tahoma">Diagnostic information for administrators:<br>Generating server: AM9PR03MB7345.eurprd03.prod.outlook.com<br>h.vane@fernleighhotel.co.uk<br>Remote server returned '550 5.4.310 DNS domain fernleighhotel.co.uk does not exist [Message=InfoDomainNonexistent] [LastAttemptedServerName=fernleighhotel.co.uk]'</font></p>
</body></html>
"""
    dsn = f"""Reporting-MTA: dns;AM9PR03MB7345.eurprd03.prod.outlook.com
Received-From-MTA: dns;DB9PR03MB8120.eurprd03.prod.outlook.com
Arrival-Date: {ds(dt - timedelta(seconds=40))}

Final-Recipient: rfc822;h.vane@fernleighhotel.co.uk
Action: failed
Status: 5.4.310
Diagnostic-Code: smtp;550 5.4.310 DNS domain fernleighhotel.co.uk does not exist [Message=InfoDomainNonexistent] [LastAttemptedServerName=fernleighhotel.co.uk]
"""
    orig_hdr = f"""From: GoodTime Helpline <helpline@fernleighhotels.com>
To: "h.vane@fernleighhotel.co.uk" <h.vane@fernleighhotel.co.uk>
Subject: Re: Group assessment days at the Hall
Date: {ds(dt - timedelta(seconds=42))}
Message-ID: {mid_outlook()}
Content-Type: text/plain; charset="us-ascii"
MIME-Version: 1.0

Hi Henrietta, thanks for the detail on the assessment days - we've passed it on.
"""
    part = MP('report', [MP('alternative', [T("Your message to h.vane@fernleighhotel.co.uk couldn't be delivered.\n\nThe domain fernleighhotel.co.uk doesn't exist.", 'plain', 'us-ascii', 'quoted-printable'),
                                            T(html, 'html', 'us-ascii', 'quoted-printable')], b_outlook()),
                         Part('message/delivery-status', dsn.encode(), '7bit'),
                         Part('message/rfc822', orig_hdr.encode(), None)], b_outlook(), params='; report-type=delivery-status')
    hdrs = (rcv(dt, 'm365', 2) +
            [('From', 'Microsoft Outlook <postmaster@fernleighhotels.onmicrosoft.com>'), ('To', '<helpline@fernleighhotels.com>'),
             ('Date', ds(dt, False)), ('Content-Language', 'en-GB'), ('Message-ID', f'<{ruuid()}@AM9PR03MB7345.eurprd03.prod.outlook.com>'),
             ('In-Reply-To', mid_outlook()), ('Subject', 'Undeliverable: Re: Group assessment days at the Hall'), ('Auto-Submitted', 'auto-replied'),
             ('X-MS-Exchange-Message-Is-Ndr', '')])
    add('x_en_bounce_ndr', build(hdrs, part), 'noise', 'ignore', '', 'en',
        'bounce;ndr;multipart-report;exchange', 'Exchange NDR, misspelt domain')

def x_en_newsletter_gt():
    dt = D(10, 15, 15, 0, 'utc')
    text = """GoodTime Product Updates – October 2026

Hi there,

Here's what's new in GoodTime this month:

* Smarter load balancing – fairer interviewer distribution across pools.
* Refreshed candidate availability page – faster on mobile.
* New webinar: "Scheduling at scale for high-volume hiring" – Thursday 29 October, 17:00 BST. Save your seat: https://www.goodtime.io/webinars/high-volume

Read the full release notes: https://www.goodtime.io/release-notes

You're receiving this because you're subscribed to GoodTime product updates.
Unsubscribe: https://mail.goodtime.io/unsubscribe?u=8f2c1e&id=5b7a
GoodTime, Inc. · San Francisco, CA
"""
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>GoodTime Product Updates</title></head>
<body style="margin:0;padding:0;background:#f4f2fb"><table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif"><tr><td style="padding:24px">
<h1 style="color:#5b3fd1;font-size:22px">What&#39;s new in GoodTime &ndash; October 2026</h1>
<p>Smarter load balancing, a refreshed candidate availability page, and a new webinar on high-volume hiring.</p>
<p><a href="https://www.goodtime.io/release-notes" style="background:#5b3fd1;color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none">Read the release notes</a></p>
<p style="font-size:11px;color:#888">You&#39;re receiving this because you&#39;re subscribed to GoodTime product updates. <a href="https://mail.goodtime.io/unsubscribe?u=8f2c1e&amp;id=5b7a">Unsubscribe</a></p>
<img src="https://mail.goodtime.io/o/8f2c1e5b7a.gif" width="1" height="1" alt="">
</td></tr></table></td></tr></table></body></html>
"""
    part = MP('alternative', [T(text, 'plain', 'utf-8', 'quoted-printable'), T(html, 'html', 'utf-8', 'quoted-printable')])
    hdrs = (rcv(dt, 'ext', 5, 'mail.goodtime.io') + [authres('mail.goodtime.io', '198.2.179.44')] + [dkim('mail.goodtime.io', 'k1', dt)] +
            [('From', 'GoodTime <updates@mail.goodtime.io>'), ('Reply-To', 'GoodTime <no-reply@goodtime.io>'), ('To', HL),
             ('Subject', 'What’s new in GoodTime – October 2026'.replace('’', "'").replace('–', '-')), ('Date', ds(dt)),
             ('Message-ID', f'<{hexs(20,False)}@mail.goodtime.io>'),
             ('List-Unsubscribe', '<https://mail.goodtime.io/unsubscribe?u=8f2c1e&id=5b7a>, <mailto:unsubscribe-8f2c1e@mail.goodtime.io>'),
             ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'), ('List-Id', 'GoodTime Product Updates <updates.goodtime.io>'),
             ('Precedence', 'bulk'), ('Feedback-ID', '8f2c1e:5b7a:goodtime')])
    add('x_en_newsletter_gt', build(hdrs, part), 'noise', 'ignore', '', 'en',
        'newsletter;list-unsubscribe;multipart-alt;received-chain;dkim;auth-results', 'vendor product newsletter')

def x_en_newsletter_trade():
    dt = D(3, 3, 7, 30, 'utc')
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body>
<table width="640" align="center" style="font-family:Georgia,serif"><tr><td>
<h2>Hospitality People Weekly &#8211; 3 March 2026</h2>
<p><b>Seasonal hiring starts earlier than ever:</b> resorts report record application volumes for spring.</p>
<p><b>Interview no-shows:</b> five tactics from UK hotel groups that halved them.</p>
<p><b>Events:</b> Hotel HR Forum, London Olympia, 24 March &#8211; early-bird tickets end Friday.</p>
<p style="font-size:10px;color:#777">You are receiving this e-mail because you registered at hospitalitypeople.co.uk. <a href="https://news.hospitalitypeople.co.uk/u/?e=helpline%40fernleighhotels.com">Unsubscribe</a> | <a href="https://news.hospitalitypeople.co.uk/prefs">Manage preferences</a></p>
</td></tr></table></body></html>
"""
    part = T(html, 'html', 'iso-8859-1', 'quoted-printable')
    hdrs = (rcv(dt, 'ext', 6, 'news.hospitalitypeople.co.uk') + [authres('news.hospitalitypeople.co.uk', '185.41.28.9')] +
            [('From', 'Hospitality People Weekly <newsletter@news.hospitalitypeople.co.uk>'), ('To', 'helpline@fernleighhotels.com'),
             ('Subject', 'Seasonal hiring starts early | No-show tactics | Hotel HR Forum'), ('Date', ds(dt)),
             ('Message-ID', f'<{R.randint(10**9,10**10)}.{hexs(8,False)}@news.hospitalitypeople.co.uk>'),
             ('List-Unsubscribe', '<https://news.hospitalitypeople.co.uk/u/?e=helpline%40fernleighhotels.com>'),
             ('List-Id', '<weekly.hospitalitypeople.co.uk>'), ('Precedence', 'bulk'), ('X-Campaign', 'HPW-2026-09')])
    add('x_en_newsletter_trade', build(hdrs, part), 'noise', 'ignore', '', 'en',
        'newsletter;list-unsubscribe;html-only;iso-8859-1;received-chain;auth-results', 'trade newsletter')

def x_en_accept():
    dt = D(4, 27, 8, 44, 'uk')
    start = D(5, 6, 16, 0, 'uk', 0)
    cal = ics('REPLY', 'GoodTime Q&A for General Managers', start, start + timedelta(hours=1), None, 'edward.farrant@fernleighhotels.co.uk', 'ACCEPTED')
    part = MP('alternative', [T('', 'plain', 'utf-8', 'quoted-printable'),
                              T(cal, 'calendar', 'utf-8', 'base64', params='; method=REPLY')], b_outlook())
    hdrs = (rcv(dt, 'm365', 5) +
            [('From', 'Edward Farrant <edward.farrant@fernleighhotels.co.uk>'), ('To', 'GoodTime Helpline <helpline@fernleighhotels.com>'),
             ('Subject', 'Accepted: GoodTime Q&A for General Managers'), ('Thread-Topic', 'GoodTime Q&A for General Managers'),
             ('Thread-Index', thread_index()), ('Date', ds(dt, False)), ('Message-ID', mid_outlook()), ('Content-Language', 'en-GB'),
             ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', '')])
    add('x_en_accept', build(hdrs, part), 'noise', 'ignore', '', 'en',
        'calendar-reply;text-calendar;accepted;outlook', 'meeting accepted')

def x_pt_decline():
    dt = D(5, 29, 18, 3, 'pt')
    start = D(6, 3, 10, 0, 'pt', 0)
    cal = ics('REPLY', 'Formação GoodTime – Diretores Portugal', start, start + timedelta(minutes=90), None, 'joao.goncalves@fernleighhotels.pt', 'DECLINED')
    note = 'Lamento, nesse dia tenho a visita da auditoria de qualidade.\n\nJoão'
    part = MP('alternative', [T(note, 'plain', 'utf-8', 'quoted-printable'),
                              T(outlook_html(note, 'PT', cs='utf-8'), 'html', 'utf-8', 'quoted-printable'),
                              T(cal, 'calendar', 'utf-8', 'base64', params='; method=REPLY')], b_outlook())
    subj = ewQ('Recusado: Formação GoodTime – Diretores Portugal', 'utf-8')
    hdrs = (rcv(dt, 'm365', 5) +
            [('From', f'{ewQ("João Gonçalves", "utf-8")} <joao.goncalves@fernleighhotels.pt>'), ('To', 'GoodTime Helpline <helpline@fernleighhotels.com>'),
             ('Subject', subj), ('Thread-Topic', ewQ('Formação GoodTime – Diretores Portugal', 'utf-8')), ('Thread-Index', thread_index()),
             ('Date', ds(dt, False)), ('Message-ID', mid_outlook()), ('Content-Language', 'pt-PT')])
    add('x_pt_decline', build(hdrs, part), 'noise', 'ignore', '', 'pt',
        'calendar-reply;text-calendar;declined;outlook;rfc2047-q', 'training invite declined with a short note')

def x_en_read_receipt():
    dt = D(9, 4, 8, 12, 'uk')
    human = """Your message

To: Mateusz Kowalczyk
Subject: RE: password or microsoft login?
Sent: 03 September 2026 10:47:33 (UTC+00:00) Dublin, Edinburgh, Lisbon, London

was read on 04 September 2026 08:12:09 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.
"""
    mdn = f"""Reporting-UA: AM6PR03MB5170.eurprd03.prod.outlook.com; Microsoft Exchange Server 2019
Final-Recipient: rfc822;mateusz.kowalczyk@fernleighhotels.co.uk
Original-Message-ID: {mid_outlook()}
Disposition: automatic-action/MDN-sent-automatically; displayed
"""
    part = MP('report', [T(human, 'plain', 'utf-8', 'quoted-printable'), Part('message/disposition-notification', mdn.encode(), '7bit')],
              b_outlook(), params='; report-type=disposition-notification')
    hdrs = (rcv(dt, 'm365', 5) +
            [('From', 'Mateusz Kowalczyk <mateusz.kowalczyk@fernleighhotels.co.uk>'), ('To', 'GoodTime Helpline <helpline@fernleighhotels.com>'),
             ('Subject', 'Read: RE: password or microsoft login?'), ('Thread-Topic', 'password or microsoft login?'),
             ('Date', ds(dt, False)), ('Message-ID', mid_outlook()), ('Content-Language', 'en-GB')])
    add('x_en_read_receipt', build(hdrs, part), 'noise', 'ignore', '', 'en',
        'read-receipt;mdn;multipart-report', 'read receipt')

def x_en_phishing():
    dt = D(11, 1, 3, 17, 'utc')
    text = """Dear GoodTime Administrator,

Your GoodTime subscription for Fernleigh Hotels & Resorts has EXPIRED due to a failed payment. All interview schedules and candidate data will be permanently deleted within 24 hours.

To avoid immediate suspension, verify your administrator account and update your billing details now:

https://goodtime-billing-secure.com/login?account=fernleighhotels

If you have already paid, please ignore this message.

GoodTime Billing Department
"""
    html = """<html><body style="font-family:Arial"><p>Dear GoodTime Administrator,</p>
<p>Your GoodTime subscription for <b>Fernleigh Hotels &amp; Resorts</b> has <span style="color:red"><b>EXPIRED</b></span> due to a failed payment. All interview schedules and candidate data will be permanently deleted within <b>24 hours</b>.</p>
<p><a href="https://goodtime-billing-secure.com/login?account=fernleighhotels">VERIFY ACCOUNT NOW</a></p>
<p>GoodTime Billing Department</p></body></html>
"""
    part = MP('alternative', [T(text, 'plain', 'utf-8', 'quoted-printable'), T(html, 'html', 'utf-8', 'quoted-printable')])
    hdrs = (rcv(dt, 'ext', 5, 'goodtime-billing-secure.com') + [authres('goodtime-billing-secure.com', '91.215.85.140', 'fail')] +
            [('From', '"GoodTime Billing" <billing@goodtime-billing-secure.com>'), ('To', HL),
             ('Subject', 'ACTION REQUIRED: Your GoodTime licence has expired - account suspension in 24h'),
             ('Date', ds(dt)), ('Message-ID', f'<{hexs(16,False)}@goodtime-billing-secure.com>'), ('X-Priority', '1'),
             ('X-MS-Exchange-Organization-SCL', '6')])
    add('x_en_phishing', build(hdrs, part), 'noise', 'ignore', '', 'en',
        'phishing;auth-fail;multipart-alt;received-chain;caps', 'fake licence-expired phishing')

def x_en_thanks():
    dt = D(6, 5, 9, 2, 'uk')
    attr = 'On 4 Jun 2026, at 17:31, GoodTime Helpline <helpline@fernleighhotels.com> wrote:'
    old = """Hi Aisha,

We've passed your idea about entrance directions and map pins on to GoodTime. In the meantime, you can add a personal note with the staff entrance to the candidate confirmation before you send it.

Best,
Internal GoodTime Project Team"""
    text = 'Thanks!\n\nSent from my iPhone'
    plain = text + '\n\n' + attr + '\n\n' + gt_quote(old) + '\n'
    part = MP('alternative', [T(plain, 'plain', 'utf-8', 'quoted-printable'), T(apple_html(text, quote=(attr, old)), 'html', 'utf-8', 'quoted-printable')], b_apple())
    hdrs = (rcv(dt, 'm365', 5) +
            [('From', 'Aisha Rahman <aisha.rahman@fernleighhotels.co.uk>'), ('Content-Type', None),
             ('Subject', 'Re: idea for candidate emails'), ('Date', ds(dt)), ('Message-Id', mid_apple('fernleighhotels.co.uk')),
             ('In-Reply-To', mid_outlook()), ('References', mid_outlook()), ('To', 'GoodTime Helpline <helpline@fernleighhotels.com>'),
             ('X-Mailer', 'iPhone Mail (22F76)')])
    add('x_en_thanks', build(hdrs, part), 'noise', 'ignore', '', 'en',
        'bare-thanks;iphone;multipart-alt;reply-quoted;gt-quote;mobile-sig', 'bare thanks with quoted answer')

def x_en_spam():
    dt = D(8, 18, 4, 51, 'utc')
    text = """Hi there,

Are you struggling to fill front-of-house and kitchen roles this season?

TalentPour gives hotel groups access to 120,000+ pre-screened hospitality candidates across the UK and Europe. Our clients fill roles 3x faster – guaranteed.

Book a 15-minute demo this week and get your first 50 candidate leads FREE: https://talentpour.io/demo?ref=fernleigh

Best,
Jake Morrison
Growth Partner, TalentPour

If you'd rather not hear from us, reply STOP or click https://talentpour.io/optout
"""
    part = T(text, 'plain', 'utf-8', 'quoted-printable')
    hdrs = (rcv(dt, 'ext', 5, 'outreach.talentpour.io') + [authres('outreach.talentpour.io', '167.89.12.201')] +
            [('From', 'Jake Morrison <jake@outreach.talentpour.io>'), ('To', 'helpline@fernleighhotels.com'),
             ('Subject', 'Fill your summer roles 3x faster, Fernleigh?'), ('Date', ds(dt)),
             ('Message-ID', f'<{hexs(24,False)}@outreach.talentpour.io>'),
             ('List-Unsubscribe', '<https://talentpour.io/optout?e=helpline%40fernleighhotels.com>')])
    add('x_en_spam', build(hdrs, part), 'noise', 'ignore', '', 'en',
        'spam;cold-outreach;list-unsubscribe;received-chain;auth-results', 'recruitment marketing spam')

def x_en_gcal_decline():
    dt = D(11, 9, 13, 20, 'utc')
    start = D(11, 12, 10, 0, 'uk', 0)
    cal = ('BEGIN:VCALENDAR\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\nVERSION:2.0\r\nCALSCALE:GREGORIAN\r\nMETHOD:REPLY\r\n'
           'BEGIN:VEVENT\r\nDTSTART:20261112T100000Z\r\nDTEND:20261112T103000Z\r\nDTSTAMP:20261109T132000Z\r\n'
           'ORGANIZER;CN=GoodTime Helpline:mailto:helpline@fernleighhotels.com\r\n'
           f'UID:{hexs(26,False)}@google.com\r\n'
           'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=DECLINED;CN=Laura Kinsella;X-NUM-GUESTS=0:mailto:laura.kinsella@fernleighhotels.co.uk\r\n'
           'SUMMARY:GoodTime refresher for the events team\r\nSEQUENCE:0\r\nSTATUS:CONFIRMED\r\nTRANSP:OPAQUE\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n')
    plain = 'Laura Kinsella has declined this invitation.\n\nGoodTime refresher for the events team\nThursday 12 Nov 2026 ⋅ 10:00 – 10:30 (Greenwich Mean Time - London)\n\nInvitation from Google Calendar\n'
    part = MP('mixed', [MP('alternative', [T(plain, 'plain', 'UTF-8', 'quoted-printable', q=False),
                                           T('<html><body><p>Laura Kinsella has declined this invitation.</p><p><b>GoodTime refresher for the events team</b></p></body></html>', 'html', 'UTF-8', 'quoted-printable', q=False),
                                           T(cal, 'calendar', 'UTF-8', '7bit', params='; method=REPLY', q=False)], b_gmail()),
                        ATT('application/ics', 'invite.ics', cal.encode())], b_gmail())
    hdrs = (rcv(dt, 'google', 6) + [dkim('fernleighhotels.co.uk', 'google', dt)] +
            [('Reply-To', 'Laura Kinsella <laura.kinsella@fernleighhotels.co.uk>'), ('Sender', 'Google Calendar <calendar-notification@google.com>'),
             ('Message-ID', f'<calendar-{ruuid(False)}@google.com>'), ('Date', ds(dt)),
             ('Subject', 'Declined: GoodTime refresher for the events team @ Thu 12 Nov 2026 10am - 10:30am (GMT) (helpline@fernleighhotels.com)'),
             ('From', 'Laura Kinsella <laura.kinsella@fernleighhotels.co.uk>'), ('To', HL), ('MIME-Version', None)])
    hdrs = [h if h[0] != 'Subject' else ('Subject', fold(h[1], 70)) for h in hdrs]
    add('x_en_gcal_decline', build(hdrs, part), 'noise', 'ignore', '', 'en',
        'calendar-reply;google-calendar;text-calendar;ics;folded-subject;received-chain;dkim', 'Google Calendar decline')


# ================================================================ assembly
TRIM = random.Random(5150)
NO_MID = {'s_en_night_zoom', 'x_en_spam', 'f_en_bulk_reschedule'}
MID_NO_BRACKETS = {'f_en_date_format'}
CRLF = {'q_de_contact_support', 'b_en_confirmations_hi', 'x_en_bounce_ndr', 'e_en_renewal', 's_es_meet_denied', 'q_fr_escalation_path'}

def postprocess(m):
    raw = m['raw']
    head, sep, body = raw.partition(b'\n\n')
    if m['key'] in NO_MID:
        head = re.sub(rb'(?im)^message-id:[^\n]*\n', b'', head + b'\n')[:-1]
        m['fmt'] += ';no-message-id'
    if m['key'] in MID_NO_BRACKETS:
        head = re.sub(rb'(?im)^(message-id: )<([^>\n]*)>', rb'\1\2', head)
        m['fmt'] += ';mid-no-brackets'
    if 'received-chain' not in m['fmt'].split(';'):
        lines = re.split(rb'\n(?![ \t])', head)
        keep = TRIM.randint(2, 4)
        out, seen = [], 0
        for ln in lines:
            if ln.lower().startswith(b'received:'):
                seen += 1
                if seen > keep:
                    continue
            out.append(ln)
        head = b'\n'.join(out)
    raw = head + sep + body
    if m['key'] in CRLF:
        raw = raw.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
        m['fmt'] += ';crlf'
    m['raw'] = raw

def auto_tags(raw):
    tags = []
    msg = email.message_from_bytes(raw)
    head = raw.split(b'\r\n\r\n' if b'\r\n\r\n' in raw[:20000] and raw.find(b'\r\n\r\n') < raw.find(b'\n\n') + 2 else b'\n\n', 1)[0]
    if msg.get_content_type() == 'text/html':
        tags.append('html-only')
    for p in msg.walk():
        ct = p.get_content_type()
        cte = (p.get('Content-Transfer-Encoding') or '').lower()
        if ct == 'multipart/alternative' and 'multipart-alt' not in tags:
            tags.append('multipart-alt')
        if p.get_content_maintype() == 'text' and p.get_filename() is None:
            if cte == 'quoted-printable':
                tags.append('qp')
            elif cte == 'base64':
                tags.append('base64')
            elif cte == '8bit':
                tags.append('8bit')
            cs = p.get_content_charset()
            if cs and cs not in ('us-ascii', 'utf-8'):
                tags.append(cs)
        fn = p.get_filename()
        if ct == 'image/png':
            tags.append('png')
        elif ct == 'application/pdf':
            tags.append('pdf')
        elif ct == 'application/ms-tnef':
            tags.append('winmail-dat')
        elif fn and fn.endswith('.ics'):
            tags.append('ics')
    for line in re.split(rb'\r?\n(?![ \t])', head):
        name = line.split(b':', 1)[0].lower()
        if name in (b'subject', b'from') and any(c > 127 for c in line):
            try:
                line.decode('utf-8')
                tags.append('raw-utf8-' + name.decode())
            except UnicodeDecodeError:
                tags.append('raw-cp1252-' + name.decode())
        if re.search(rb'=\?[^?]+\?[Bb]\?', line):
            tags.append('rfc2047-b')
        if re.search(rb'=\?[^?]+\?[Qq]\?', line):
            tags.append('rfc2047-q')
    n = len(msg.get_all('Received') or [])
    if n >= 5:
        tags.append('received-%d' % n)
    out = []
    for t in tags:
        if t not in out:
            out.append(t)
    return out, n, msg

AUTO_KEYS = {'qp', 'base64', '8bit', 'png', 'pdf', 'winmail-dat', 'ics', 'rfc2047-b', 'rfc2047-q', 'multipart-alt', 'html-only',
             'raw-utf8-subject', 'raw-utf8-from', 'raw-cp1252-subject', 'raw-cp1252-from', 'windows-1252', 'iso-8859-1',
             'iso-8859-15', 'received-chain'}

def main():
    for name, fn in list(globals().items()):
        if callable(fn) and name[:2] in ('q_', 'n_', 'b_', 's_', 'f_', 'e_', 'x_') and fn.__module__ == '__main__' \
                and name not in ('b_gmail', 'b_apple', 'b_outlook', 'b_tb'):
            fn()
    keys = [m['key'] for m in MESSAGES]
    assert len(keys) == len(set(keys)) == 100, len(keys)
    order = list(range(len(MESSAGES)))
    random.Random(4711).shuffle(order)
    for f in os.listdir(OUT):
        if f.startswith('c-') and f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    rows = []
    for i, idx in enumerate(order, 1):
        m = MESSAGES[idx]
        postprocess(m)
        fname = 'c-%03d.eml' % i
        at, nrec, _ = auto_tags(m['raw'])
        manual = [t for t in m['fmt'].split(';') if t and t not in AUTO_KEYS]
        if 'received-chain' in m['fmt'].split(';') and nrec < 5:
            print('WARN received-chain claimed but', nrec, m['key'])
        fmt = ';'.join(manual + [t for t in at if t not in manual])
        with open(os.path.join(OUT, fname), 'wb') as fh:
            fh.write(m['raw'])
        rows.append([fname, m['category'], m['actions'], m['article'], m['language'], fmt, m['notes']])
    with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as fh:
        w = csv.writer(fh)
        w.writerow(['file', 'category', 'actions', 'article', 'language', 'format', 'notes'])
        w.writerows(rows)
    print('wrote', len(rows), 'messages')

if __name__ == '__main__':
    main()
