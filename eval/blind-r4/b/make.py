#!/usr/bin/env python3
"""Batch b of the blind help-line test set (Tamsin & Rowe). Standard library only.
Writes b-001.eml ... b-100.eml and labels.csv into this script's folder."""
import re, base64, quopri, random, os, csv, zlib, struct, html, datetime, hashlib, email

random.seed(20260407)
OUT = os.path.dirname(os.path.abspath(__file__))
HELP = 'helpline@tamsinrowe.com'
HELPTO = 'GoodTime Help Line <helpline@tamsinrowe.com>'

# ---------------------------------------------------------------- low level
def rhex(n):
    return ''.join(random.choice('0123456789abcdef') for _ in range(n))

def ralnum(n):
    return ''.join(random.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') for _ in range(n))

def b64wrap(data, width=76):
    s = base64.b64encode(data)
    return b'\n'.join(s[i:i + width] for i in range(0, len(s), width)) + b'\n'

def qpenc(data):
    return quopri.encodestring(data)

WD = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
MO = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

def dt(s, tz='+0000'):
    """'2026-03-04 09:12:33' -> RFC 5322 date string"""
    d = datetime.datetime.strptime(s, '%Y-%m-%d %H:%M:%S')
    return '%s, %d %s %d %02d:%02d:%02d %s' % (WD[d.weekday()], d.day, MO[d.month - 1], d.year,
                                              d.hour, d.minute, d.second, tz)

def ew_b(s, cs='UTF-8'):
    return '=?%s?B?%s?=' % (cs, base64.b64encode(s.encode(cs)).decode())

def ew_q(s, cs='UTF-8'):
    out = []
    for ch in s:
        for byte in ch.encode(cs):
            c = chr(byte)
            if c == ' ':
                out.append('_')
            elif c.isalnum() and byte < 128:
                out.append(c)
            elif c in '-!*+/' and byte < 128:
                out.append(c)
            else:
                out.append('=%02X' % byte)
    return '=?%s?Q?%s?=' % (cs, ''.join(out))

def enc_hdr(s, how):
    """returns bytes for a header value"""
    if how in (None, 'ascii'):
        return s.encode('ascii')
    if how == 'raw-utf8':
        return s.encode('utf-8')
    if how == 'raw-cp1252':
        return s.encode('cp1252')
    if how == 'raw-latin1':
        return s.encode('latin-1')
    if how == 'q-utf8':
        return ew_q(s, 'UTF-8').encode()
    if how == 'b-utf8':
        return ew_b(s, 'UTF-8').encode()
    if how == 'q-latin1':
        return ew_q(s, 'ISO-8859-1').encode()
    if how == 'b-latin1':
        return ew_b(s, 'ISO-8859-1').encode()
    if how.startswith('split-'):  # split-q-utf8:N  split mid word at character N
        kind, n = how[6:].split(':')
        n = int(n)
        a, b = s[:n], s[n:]
        f = {'q-utf8': lambda x: ew_q(x, 'UTF-8'), 'b-utf8': lambda x: ew_b(x, 'UTF-8'),
             'q-latin1': lambda x: ew_q(x, 'ISO-8859-1'), 'b-latin1': lambda x: ew_b(x, 'ISO-8859-1')}[kind]
        return (f(a) + '\n ' + f(b)).encode()
    if how == 'fold':
        words = s.split(' ')
        lines, cur = [], ''
        for w in words:
            if cur and len(cur) + len(w) + 1 > 60:
                lines.append(cur)
                cur = w
            else:
                cur = (cur + ' ' + w) if cur else w
        lines.append(cur)
        return '\n '.join(lines).encode('utf-8')
    if how == 'q-utf8-fold':
        words = s.split(' ')
        chunks, cur = [], ''
        for w in words:
            if cur and len(cur) + len(w) > 30:
                chunks.append(cur)
                cur = ' ' + w if chunks else w
            else:
                cur = (cur + ' ' + w) if cur else w
        chunks.append(cur)
        return '\n '.join(ew_q(c, 'UTF-8') for c in chunks).encode()
    raise ValueError(how)

def addr(name, a, how='ascii'):
    if not name:
        return a.encode()
    if how in ('ascii', None):
        if any(c in name for c in ',.&()'):
            return ('"%s" <%s>' % (name, a)).encode()
        return ('%s <%s>' % (name, a)).encode()
    if how.startswith('raw'):
        q = '"%s"' % name if any(c in name for c in ',.&()') else name
        return enc_hdr(q, how) + (' <%s>' % a).encode()
    return enc_hdr(name, how) + (' <%s>' % a).encode()

# ---------------------------------------------------------------- Received chains
MX = 'mx1.tamsinrowe.com'

def ip():
    return '%d.%d.%d.%d' % (random.choice([40, 52, 104, 209, 185, 195, 81, 91]), random.randint(1, 254),
                            random.randint(1, 254), random.randint(1, 254))

def received(n, date_s, origin='o365', from_dom='tamsinrowe.com'):
    """n Received headers, newest (final delivery) first, oldest (origin) last; stamps a few seconds after Date."""
    import email.utils
    base = email.utils.parsedate_to_datetime(date_s)
    tzs = date_s.rsplit(' ', 1)[1]
    qid = lambda: ralnum(12).upper()
    srv = lambda: ralnum(4).upper() + 'PR0' + str(random.randint(1, 9)) + 'MB' + str(random.randint(1000, 9999))
    k = random.randint(1, 9)
    if origin == 'o365':
        # newest first
        chain = [
            'from ' + MX + ' (' + MX + ' [10.20.0.11]) by mailstore02.tamsinrowe.com (Postfix) with LMTP id {q}; {d}',
            'from mailfilter.tamsinrowe.com ([127.0.0.1]) by localhost (mailfilter.tamsinrowe.com [127.0.0.1]) (amavis, port 10024) with ESMTP id {q}; {d}',
            'from localhost (localhost [127.0.0.1]) by mailfilter.tamsinrowe.com (Postfix) with ESMTP id {q}; {d}',
            'from EUR0{k}-{h3}-obe.outbound.protection.outlook.com (mail-{h3}eur0{k}on2{y}.outbound.protection.outlook.com [{ip}]) by ' + MX + ' (Postfix) with ESMTPS id {q} for <' + HELP + '>; {d}',
            'from {s1}.eurprd0{k}.prod.outlook.com (2603:10a6:102:{x}::{y}) by {s2}.eurprd0{k}.prod.outlook.com (2603:10a6:102:{x2}::{y}) with Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{v}; {d}',
            'from {s2}.eurprd0{k}.prod.outlook.com (2603:10a6:20b:{x}::{y}) by {s3}.eurprd0{k}.prod.outlook.com (2603:10a6:20b:{x2}::{y}) with Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{v}; {d}',
            'from {s3}.eurprd0{k}.prod.outlook.com ([fe80::{x}:{y}a1%4]) by {s3}.eurprd0{k}.prod.outlook.com ([fe80::{x}:{y}a1%4]) with mapi id 15.20.{v}; {d}',
            'from AM6PR0{k}CA00{y}.eurprd0{k}.prod.outlook.com (2603:10a6:20b:{x}::{y}) by {s3}.eurprd0{k}.prod.outlook.com with HTTPS; {d}',
            'from [10.{k}.{a}.{b}] (unknown [{ip}]) by AM6PR0{k}CA00{y}.outlook.office365.com with HTTP; {d}',
            'from {s3} ([10.{k}.{a}.{b}]) by {s3}.eurprd0{k}.prod.outlook.com with Microsoft SMTP Server id 15.20.{v} via Frontend Transport; {d}',
        ]
    else:
        chain = [
            'from ' + MX + ' (' + MX + ' [10.20.0.11]) by mailstore02.tamsinrowe.com (Postfix) with LMTP id {q}; {d}',
            'from mailfilter.tamsinrowe.com ([127.0.0.1]) by localhost (mailfilter.tamsinrowe.com [127.0.0.1]) (amavis, port 10024) with ESMTP id {q}; {d}',
            'from edge{k}.tamsinrowe.com (edge{k}.tamsinrowe.com [10.20.0.{b}]) by ' + MX + ' (Postfix) with ESMTP id {q}; {d}',
            'from {ext} ({ext} [{ip}]) by edge{k}.tamsinrowe.com (Postfix) with ESMTPS id {q} for <' + HELP + '>; {d}',
            'by {ext} with SMTP id {q}.{x}.{y}; {d}',
            'from [192.168.{a}.{b}] ({h3}-{x}-{y}.broadband.example.net. [{ip}]) by {ext} with ESMTPSA id {q}; {d}',
            'from localhost (localhost [127.0.0.1]) by {ext} (Postfix) with ESMTP id {q}; {d}',
            'by 2002:a05:6a10:{x}:b0:{y}:{k}:{x2} with SMTP id {q}; {d}',
            'from relay{k}.{h3}.example.net (relay{k}.{h3}.example.net [{ip}]) by {ext} with ESMTP id {q}; {d}',
            'from app{k}.internal ([10.{k}.{a}.{b}]) by relay{k}.{h3}.example.net with ESMTP id {q}; {d}',
        ]
    idx = sorted(random.sample(range(len(chain)), n))
    if 0 not in idx:
        idx = [0] + idx[:-1]
    ext = random.choice(['mail-wr1-f%d.google.com' % random.randint(41, 69), 'mail-ej1-f%d.google.com' % random.randint(41, 69),
                         'smtp.mailgun.net', 'o%d.ptr%d.sendgrid.net' % (random.randint(1, 9), random.randint(1000, 9999))])
    s1, s2, s3 = srv(), srv(), srv()
    out = []
    secs = 0
    stamps = []
    for _ in idx:
        stamps.append(secs)
    # newest first: first header has largest offset
    total = sum(random.randint(0, 3) for _ in idx) + 1
    off = total
    for i in idx:
        t = chain[i]
        d = base + datetime.timedelta(seconds=off)
        off = max(0, off - random.randint(0, 3))
        ds = '%s, %d %s %d %02d:%02d:%02d %s' % (WD[d.weekday()], d.day, MO[d.month - 1], d.year, d.hour, d.minute, d.second, tzs)
        line = t.format(s1=s1, s2=s2, s3=s3, ext=ext, h3=random.choice(['db8', 'am5', 'he1', 'vi1', 'ams', 'fra', 'lhr']),
                        x=random.randint(100, 999), x2=random.randint(100, 999), y=random.randint(10, 99),
                        a=random.randint(0, 254), b=random.randint(1, 254),
                        k=k, v='%d.%03d' % (random.randint(7000, 8999), random.randint(0, 99)),
                        ip=ip(), q=qid(), d=ds)
        out.append(b'Received: ' + fold_line(line).encode())
    return out

def fold_line(s, width=76):
    words = s.split(' ')
    lines, cur = [], ''
    for w in words:
        if cur and len(cur) + len(w) + 1 > width:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + ' ' + w) if cur else w
    lines.append(cur)
    return '\n\t'.join(lines)

def auth_headers(dom, sel='selector1', arc=True):
    b = base64.b64encode(random.randbytes(96)).decode()
    bh = base64.b64encode(hashlib.sha256(random.randbytes(8)).digest()).decode()
    out = []
    out.append(('Authentication-Results: ' + MX + '; dkim=pass (2048-bit key; unprotected) header.d=%s header.i=@%s header.b=%s; spf=pass (' % (dom, dom, b[:8])
                + MX + ': domain of %s designates %s as permitted sender) smtp.mailfrom=%s; dmarc=pass (p=quarantine dis=none) header.from=%s' % (dom, ip(), dom, dom)))
    if arc:
        out.append('ARC-Seal: i=1; a=rsa-sha256; s=arcselector9901; d=microsoft.com; cv=none; b=' + base64.b64encode(random.randbytes(128)).decode())
        out.append('ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com; s=arcselector9901; h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount; bh=%s; b=%s' % (bh, base64.b64encode(random.randbytes(128)).decode()))
        out.append('ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=pass smtp.mailfrom=%s; dmarc=pass action=none header.from=%s; dkim=pass header.d=%s; arc=none' % (dom, dom, dom))
    out.append('DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=%s; h=From:Date:Subject:Message-ID:Content-Type:MIME-Version; bh=%s; b=%s' % (dom, sel, bh, b))
    return [fold_line(x).encode() for x in out]

# ---------------------------------------------------------------- bodies -> html
def esc(s):
    return html.escape(s, quote=False)

def outlook_html(text, lang='EN-GB', cs='windows-1252', entities=False):
    parts = []
    quote_mode = False
    for line in text.split('\n'):
        if line.startswith('From: ') or line.startswith('Von: ') or line.startswith('De: ') or line.startswith('De : '):
            if not quote_mode:
                parts.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">')
                quote_mode = True
            k, _, v = line.partition(':')
            parts.append('<p class="MsoNormal"><b><span lang="EN-US">%s:</span></b><span lang="EN-US">%s<o:p></o:p></span></p>' % (esc(k), esc(v)))
            continue
        if quote_mode and re.match(r'^(Sent|To|Cc|Subject|Gesendet|An|Betreff|Enviado el|Enviado|Para|Asunto|Assunto|Envoy\u00e9|\u00c0|Objet|Date|Data) ?:', line):
            k, _, v = line.partition(':')
            parts.append('<p class="MsoNormal"><b>%s:</b>%s<o:p></o:p></p>' % (esc(k), esc(v)))
            continue
        if line.strip() == '':
            if quote_mode:
                parts.append('</div>')
                quote_mode = False
            parts.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        elif line.startswith('____') or line.startswith('-----'):
            parts.append('<div class="MsoNormal" align="center" style="text-align:center"><hr size="2" width="100%" align="center"></div>')
        else:
            t = esc(line)
            if entities:
                t = t.encode('ascii', 'xmlcharrefreplace').decode()
            parts.append('<p class="MsoNormal">%s<o:p></o:p></p>' % t)
    if quote_mode:
        parts.append('</div>')
    body = '\n'.join(parts)
    return ('''<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
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
	font-family:"Calibri",sans-serif;
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
	font-size:10.0pt;}
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
%s
</div>
</body>
</html>
''' % (cs, lang, body))

def gmail_html(text):
    out, inq = [], False
    for line in text.split('\n'):
        if line.startswith('>'):
            if not inq:
                out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">')
                inq = True
            out.append(esc(line.lstrip('>').lstrip(' ')) + '<br>')
            continue
        if inq:
            out.append('</blockquote>')
            inq = False
        if line.strip() == '':
            out.append('<div><br></div>')
        else:
            out.append('<div>%s</div>' % esc(line))
    if inq:
        out.append('</blockquote>')
    return '<div dir="ltr">' + '\n'.join(out) + '</div>\n'

def apple_html(text, cs='utf-8'):
    out = []
    for line in text.split('\n'):
        if line.strip() == '':
            out.append('<div><br></div>')
        else:
            out.append('<div>%s</div>' % esc(line.lstrip('> ') if line.startswith('>') else line))
    return ('<html><head><meta http-equiv="content-type" content="text/html; charset=%s"></head>'
            '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
            '%s</body></html>\n' % (cs, '\n'.join(out)))

# ---------------------------------------------------------------- MIME entities
def boundary(style='gen'):
    if style == 'outlook':
        return '_000_%s%s_' % (ralnum(28), 'AM6PR04MB' + str(random.randint(1000, 9999)) + 'eurp')
    if style == 'gmail':
        return '000000000000' + rhex(16)
    if style == 'apple':
        return 'Apple-Mail=_%s-%s-%s-%s-%s' % (rhex(8).upper(), rhex(4).upper(), rhex(4).upper(), rhex(4).upper(), rhex(12).upper())
    return '----=_Part_%d_%d.%d' % (random.randint(10000, 99999), random.randint(100000000, 999999999), random.randint(10 ** 12, 10 ** 13))

def leaf(ctype, data, cte, extra=()):
    if isinstance(data, str):
        raise TypeError('encode first')
    if cte == 'base64':
        body = b64wrap(data)
    elif cte == 'quoted-printable':
        body = qpenc(data)
        if not body.endswith(b'\n'):
            body += b'\n'
    else:
        body = data if data.endswith(b'\n') else data + b'\n'
    hl = [('Content-Type: ' + ctype).encode()]
    if cte:
        hl.append(('Content-Transfer-Encoding: ' + cte).encode())
    hl += [e if isinstance(e, bytes) else e.encode() for e in extra]
    return (hl, body)

def multi(subtype, parts, bstyle='gen', preamble=None, params=''):
    b = boundary(bstyle)
    hl = [('Content-Type: multipart/%s;%s\n\tboundary="%s"' % (subtype, params, b)).encode()]
    body = b''
    if preamble:
        body += preamble.encode() + b'\n\n'
    for h, bd in parts:
        body += b'--' + b.encode() + b'\n' + b'\n'.join(h) + b'\n\n' + bd
        if not bd.endswith(b'\n'):
            body += b'\n'
    body += b'--' + b.encode() + b'--\n'
    return (hl, body)

def text_part(text, cs='utf-8', cte='quoted-printable', flowed=False):
    ct = 'text/plain; charset="%s"' % cs if cs != 'us-ascii' else 'text/plain; charset=us-ascii'
    if flowed:
        ct = 'text/plain; charset=%s; format=flowed' % cs
    try:
        data = text.encode(cs)
    except UnicodeEncodeError:  # what a legacy-charset client does with typographic punctuation
        for a, b in (('\u2013', '-'), ('\u2014', '-'), ('\u2019', "'"), ('\u201e', '"'), ('\u201c', '"'), ('\u201d', '"')):
            text = text.replace(a, b)
        data = text.encode(cs)
    return leaf(ct, data, cte)

def html_part(h, cs='utf-8', cte='quoted-printable'):
    return leaf('text/html; charset="%s"' % cs, h.encode(cs, 'xmlcharrefreplace'), cte)

# ---------------------------------------------------------------- attachments
def png_bytes(w=64, h=40, seed=1):
    rnd = random.Random(seed)
    raw = b''
    base = (rnd.randint(180, 255), rnd.randint(180, 255), rnd.randint(180, 255))
    for y in range(h):
        raw += b'\x00'
        for x in range(w):
            if 8 < y < 14 and 4 < x < w - 4:
                raw += bytes((200, 40, 40))
            elif y % 9 == 0:
                raw += bytes((220, 220, 220))
            else:
                raw += bytes(base)
    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b''))

def pdf_bytes(title):
    content = ('BT /F1 12 Tf 72 720 Td (%s) Tj ET' % title).encode('latin-1')
    objs = [b'<< /Type /Catalog /Pages 2 0 R >>', b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
            b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
            b'<< /Length %d >>\nstream\n' % len(content) + content + b'\nendstream',
            b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>']
    out = b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b'%d 0 obj\n' % i + o + b'\nendobj\n'
    x = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    for o in offs:
        out += b'%010d 00000 n \n' % o
    out += b'trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, x)
    return out

def tnef_bytes():
    return struct.pack('<I', 0x223E9F78) + b'\x01\x00' + b'\x01\x06\x90\x08\x00\x04\x00\x00\x00\x00\x00\x01\x00\x01\x00\x01\x07\x90\x06\x00\x08\x00\x00\x00\xe4\x04\x00\x00\x00\x00\x00\x00\xe8\x00' + random.randbytes(300)

def att_png(name, seed=1):
    return leaf('image/png; name="%s"' % name, png_bytes(seed=seed), 'base64',
                ['Content-Disposition: attachment; filename="%s"' % name])

def att_inline_png(name, cid, seed=1):
    return leaf('image/png; name="%s"' % name, png_bytes(seed=seed), 'base64',
                ['Content-Description: %s' % name, 'Content-Disposition: inline; filename="%s"; size=%d' % (name, len(png_bytes(seed=seed))),
                 'Content-ID: <%s>' % cid])

def att_pdf(name, title):
    return leaf('application/pdf; name="%s"' % name, pdf_bytes(title), 'base64',
                ['Content-Disposition: attachment; filename="%s"' % name])

def att_tnef():
    return leaf('application/ms-tnef; name="winmail.dat"', tnef_bytes(), 'base64',
                ['Content-Disposition: attachment; filename="winmail.dat"'])

def ics(method, summary, start, end, organizer, attendee, partstat=None, uid=None, tzid='Europe/London', desc=''):
    uid = uid or (rhex(32) + '@goodtime.io')
    lines = ['BEGIN:VCALENDAR', 'PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN', 'VERSION:2.0', 'METHOD:' + method,
             'BEGIN:VEVENT', 'UID:' + uid, 'DTSTAMP:20260101T000000Z',
             'DTSTART;TZID=%s:%s' % (tzid, start), 'DTEND;TZID=%s:%s' % (tzid, end), 'SUMMARY:' + summary,
             'ORGANIZER;CN="%s":mailto:%s' % organizer]
    if partstat:
        lines.append('ATTENDEE;PARTSTAT=%s;CN="%s":mailto:%s' % (partstat, attendee[0], attendee[1]))
    else:
        lines.append('ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="%s":mailto:%s' % attendee)
    if desc:
        lines.append('DESCRIPTION:' + desc)
    lines += ['SEQUENCE:0', 'END:VEVENT', 'END:VCALENDAR']
    return ('\r\n'.join(lines) + '\r\n').encode('utf-8')

def att_ics(name, data):
    return leaf('text/calendar; charset="utf-8"; method=REQUEST; name="%s"' % name, data, 'base64',
                ['Content-Disposition: attachment; filename="%s"' % name])

# ---------------------------------------------------------------- clients
CLIENT_HDRS = {
    'outlook': ['X-Mailer: Microsoft Outlook 16.0', 'Thread-Index: AQH%s==' % ralnum(22), 'X-MS-Has-Attach: ', 'X-MS-TNEF-Correlator: ',
                'x-ms-exchange-organization-authas: Internal', 'msip_labels: '],
    'outlook-mac': ['User-Agent: Microsoft-MacOutlook/16.95.25042718', 'Thread-Topic: {subj}'],
    'owa': ['X-MS-Exchange-Organization-SCL: -1', 'x-ms-publictraffictype: Email', 'X-OriginatorOrg: tamsinrowe.com'],
    'gmail': [],
    'apple': ['X-Mailer: Apple Mail (2.3826.400.131.1.6)'],
    'iphone': ['X-Mailer: iPhone Mail (22D82)'],
    'thunderbird': ['User-Agent: Mozilla Thunderbird'],
    'android': ['User-Agent: Android'],
    'outlook-ios': ['X-Mailer: Outlook for iOS and Android'],
    'none': [],
}

LABELS = []

def mid(style, dom):
    core = '%s%s@%s' % (ralnum(16), rhex(6), dom)
    if style == 'outlook':
        core = '%s%s@%s.eurprd04.prod.outlook.com' % ('AM6PR04MB', str(random.randint(1000, 9999)) + ralnum(20).upper(), 'AM6PR04MB' + str(random.randint(1000, 9999)))
    elif style == 'gmail':
        core = 'CA+%s@mail.gmail.com' % ralnum(40)
    elif style == 'apple':
        core = '%s-%s-%s-%s-%s@%s' % (rhex(8).upper(), rhex(4).upper(), rhex(4).upper(), rhex(4).upper(), rhex(12).upper(), dom)
    return core

def build(n, cat, act, art, lang, fmt, notes, frm, subj, date, entity, client='outlook',
          from_how='ascii', subj_how='ascii', to=None, cc=None, msgid='auto', extra=(), recv=0,
          recv_origin='o365', auth=False, crlf=True, inreply=None, mime=True, raw_headers=None):
    name, a = frm
    dom = a.split('@')[1]
    date_s = dt(*date) if isinstance(date, tuple) else date
    H = []
    if recv:
        H += received(recv, date_s, recv_origin)
    if auth:
        H += auth_headers(dom, arc=(recv_origin == 'o365'))
    H.append(b'From: ' + addr(name, a, from_how))
    H.append(b'To: ' + (to.encode('utf-8') if isinstance(to, str) else (to or HELPTO.encode())))
    if cc:
        H.append(b'Cc: ' + (cc.encode('utf-8') if isinstance(cc, str) else cc))
    H.append(b'Subject: ' + enc_hdr(subj, subj_how))
    H.append(b'Date: ' + date_s.encode())
    st = {'outlook': 'outlook', 'owa': 'outlook', 'outlook-mac': 'outlook', 'gmail': 'gmail', 'android': 'gmail',
          'apple': 'apple', 'iphone': 'apple'}.get(client, 'gen')
    if msgid == 'auto':
        H.append(('Message-ID: <%s>' % mid(st, dom)).encode())
    elif msgid == 'bare':
        H.append(('Message-ID: %s' % mid('gen', dom)).encode())
    elif msgid is None or msgid == 'none':
        pass
    else:
        H.append(('Message-ID: ' + msgid).encode())
    if inreply:
        H.append(('In-Reply-To: <%s>' % inreply).encode())
        H.append(('References: <%s>' % inreply).encode())
    for x in CLIENT_HDRS.get(client, []):
        if x.startswith('Thread-Index:'):
            x = 'Thread-Index: AQH%s%s==' % (ralnum(4), ralnum(18))
        H.append(x.replace('{subj}', subj).encode('utf-8'))
    if client in ('outlook', 'owa'):
        H.append(('Content-Language: ' + {'en': 'en-GB', 'de': 'de-DE', 'es': 'es-ES', 'fr': 'fr-FR', 'pt': 'pt-PT'}[lang]).encode())
    for e in extra:
        H.append(e if isinstance(e, bytes) else e.encode('utf-8'))
    if mime:
        H.append(b'MIME-Version: 1.0')
    hl, body = entity
    data = b'\n'.join(H + hl) + b'\n\n' + body
    if crlf:
        data = data.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    fn = 'b-%03d.eml' % n
    with open(os.path.join(OUT, fn), 'wb') as f:
        f.write(data)
    LABELS.append([fn, cat, act, art, lang, fmt, notes])

# convenience wrappers -------------------------------------------------------
def E_outlook(text, lang='EN-GB', cs='windows-1252', cte='quoted-printable', atts=(), plain_too=False, entities=False):
    h = html_part(outlook_html(text, lang, cs, entities), cs, cte)
    if plain_too:
        body = multi('alternative', [text_part(text, cs, cte), h], 'outlook')
    else:
        body = h
    if atts:
        return multi('mixed', [body] + list(atts), 'outlook')
    return body

def E_gmail(text, cs='UTF-8', cte='quoted-printable', atts=(), html_cte=None):
    alt = multi('alternative', [text_part(text, cs, cte), html_part(gmail_html(text), cs, html_cte or cte)], 'gmail')
    if atts:
        return multi('mixed', [alt] + list(atts), 'gmail')
    return alt

def E_apple(text, cs='utf-8', cte='quoted-printable', atts=()):
    alt = multi('alternative', [text_part(text, cs, cte), html_part(apple_html(text, cs), cs, cte)], 'apple')
    if atts:
        return multi('mixed', [alt] + list(atts), 'apple')
    return alt

def E_plain(text, cs='utf-8', cte='8bit', atts=(), flowed=False):
    p = text_part(text, cs, cte, flowed)
    if atts:
        return multi('mixed', [p] + list(atts))
    return p

# ---------------------------------------------------------------- signatures & disclaimers
DISC_EN = """________________________________
CONFIDENTIALITY NOTICE: This e-mail and any files transmitted with it are CONFIDENTIAL and may be legally privileged. They are intended solely for the addressee. If you have received this e-mail in error, please notify the sender immediately by return e-mail and delete it from your system; any use, disclosure or copying is strictly prohibited. URGENT REMINDER: Tamsin & Rowe will never ask you to change bank or payment details by e-mail. Tamsin & Rowe Group Ltd, registered in England and Wales no. 08341127, registered office 14 St John's Square, London EC1M 4NL."""

DISC_DE = """--
Tamsin & Rowe Deutschland GmbH | Sitz: Berlin | Amtsgericht Charlottenburg HRB 198442 B
Geschäftsführung: Dr. Carsten Feldmann, Ilona Vasquez

Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich (in error) erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail ist nicht gestattet. DRINGEND: Wir fordern Sie niemals per E-Mail zur Änderung von Bankdaten auf."""

DISC_ES = """AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos son CONFIDENCIALES y se dirigen exclusivamente a su destinatario. Si usted no es el destinatario o lo ha recibido por error, le rogamos que lo comunique inmediatamente al remitente y proceda a su eliminación. De conformidad con el RGPD, le informamos de que sus datos son tratados por Tamsin & Rowe Hoteles España, S.L. (B-87654321), Calle de Serrano 41, 28001 Madrid. URGENTE: nunca le pediremos cambiar datos bancarios por correo electrónico."""

DISC_FR = """Ce message et toutes les pièces jointes sont CONFIDENTIELS et établis à l'intention exclusive de ses destinataires. Si vous avez reçu ce message par erreur, merci d'en avertir immédiatement l'expéditeur et de le détruire. Toute utilisation non autorisée est interdite. Tamsin & Rowe France SAS – 18 rue Vieille-du-Temple, 75004 Paris – RCS Paris 842 117 390. Pensez à l'environnement avant d'imprimer ce message."""

DISC_PT = """AVISO DE CONFIDENCIALIDADE: Esta mensagem e quaisquer anexos são CONFIDENCIAIS e destinam-se exclusivamente ao destinatário. Se recebeu esta mensagem por erro, queira informar imediatamente o remetente e apagá-la. É proibida a sua utilização, divulgação ou cópia não autorizada. Tamsin & Rowe Portugal, Lda. – Rua Garrett 62, 1200-204 Lisboa – NIPC 516 204 881."""

REG = []
def reg(f):
    REG.append(f)
    return f

# ================================================================= QUESTIONS answered by an article
@reg
def q_de_hours(n):
    t = """Liebes Helpline-Team,

ich hoffe, es geht Ihnen gut. Ich wende mich heute mit einer eher organisatorischen Frage an Sie, die sich im Zusammenhang mit der Eröffnung unseres Hauses Tamsin München Maxvorstadt ergeben hat.

Wie Sie vielleicht wissen, führen wir im Mai drei große Recruiting-Tage für das Pre-Opening-Team durch (Rezeption, Housekeeping, Service und Küche), und zwar bewusst am Samstag und Sonntag, weil viele unserer Kandidatinnen und Kandidaten unter der Woche noch in ihren aktuellen Betrieben arbeiten. Insgesamt planen wir rund 120 Gespräche, alle über GoodTime eingeplant.

Meine Geschäftsführung möchte nun vorab von mir wissen: Falls an einem dieser Tage, etwa Sonntagabend, in GoodTime etwas hakt – ist bei GoodTime dann überhaupt jemand erreichbar, oder müssen wir in so einem Fall bis Montag früh warten? Und wie nehmen wir am besten Kontakt auf?

Vielen Dank vorab für Ihre Unterstützung und beste Grüße aus München

Katrin Wöhler
HR Business Partner Süd
Tamsin & Rowe Deutschland GmbH
Brienner Straße 12 | 80333 München
Tel. +49 89 4520 7713 | Mobil +49 151 2274 0091
k.woehler@tamsinrowe.de

""" + DISC_DE
    build(n, 'question', 'auto_reply', 'support-hours', 'de',
          'outlook-html-only;qp;cp1252;rfc2047-q-iso8859-1-subject;long-disclaimer;received-chain',
          'weekend availability asked without the word hours', ('Katrin Wöhler', 'k.woehler@tamsinrowe.de'),
          'Erreichbarkeit von GoodTime am Wochenende (Recruiting-Tage München)', ('2026-04-14 08:47:12', '+0200'),
          E_outlook(t, 'DE'), from_how='q-latin1', subj_how='q-latin1', recv=6, auth=True)

@reg
def q_de_room(n):
    t = """Hallo zusammen,

kurze Frage von mir: wir haben im 4. OG der Zentrale in Berlin seit März den neuen Besprechungsraum "Spree" (8 Plätze, mit Bildschirm). Wenn ich in GoodTime ein Vor-Ort-Gespräch plane, taucht der Raum aber nirgends auf, es werden nur "Havel" und "Landwehr" vorgeschlagen.

Muss der Raum irgendwo erst hinterlegt werden, bevor GoodTime ihn vorschlagen kann? Im Outlook kann ich ihn ganz normal buchen.

Danke und viele Grüße
Sabine Großmann
Assistenz der Geschäftsführung
Tamsin & Rowe Deutschland GmbH | Friedrichstraße 148 | 10117 Berlin
"""
    build(n, 'question', 'auto_reply', 'room-booking', 'de', 'gmail-alt;base64;utf-8;rfc2047-b-utf8-subject',
          'new room not offered', ('Sabine Großmann', 's.grossmann@tamsinrowe.de'),
          'Besprechungsraum „Spree“ wird in GoodTime nicht angezeigt', ('2026-03-19 10:02:41', '+0100'),
          E_gmail(t, 'UTF-8', 'base64'), client='gmail', from_how='b-utf8', subj_how='b-utf8', recv=5,
          recv_origin='gmail', auth=True)

@reg
def q_de_training(n):
    t = """Hallo liebes GoodTime-Team,

ich hänge mich mal an diese alte Mail dran, weil die Verteiler passen.

Wir haben zwei neue Sous-Chefs in der Zentralküche (Jannik Roth und Melis Aydın), die künftig auch die Probekochen-Gespräche mit Bewerbern führen sollen. Unser Küchendirektor möchte aber, dass die beiden erst ein paar Mal nur zuschauen, dann selbst führen, während ein erfahrener Kollege dabeisitzt, und erst danach alleine eingeplant werden.

Kann GoodTime so etwas abbilden, oder müssen wir das per Hand koordinieren? Wie läuft so etwas normalerweise ab?

Gruß
Jörg Brandstätter
Executive Chef | Zentralküche Berlin-Tempelhof
Tamsin & Rowe Deutschland GmbH

Von: Brandstätter, Jörg <j.brandstaetter@tamsinrowe.de>
Gesendet: Montag, 2. Februar 2026 07:31
An: GoodTime Help Line <helpline@tamsinrowe.com>; Kühn, Matthias <m.kuehn@tamsinrowe.de>
Betreff: Dienstplan Küche KW 6 / Probetage

Moin Matthias,

anbei der Dienstplan für KW 6. Die Probetage am Mittwoch bitte wie besprochen in die Frühschicht legen, ab 14 Uhr ist die Küche mit dem Bankett voll.

Jörg
"""
    build(n, 'question', 'auto_reply', 'interviewer-training', 'de',
          'outlook-html-only;qp;cp1252;reply-above-quote;outlook-von-gesendet;raw-utf8-subject',
          'shadow then reverse shadow, described not named', ('Brandstätter, Jörg', 'j.brandstaetter@tamsinrowe.de'),
          'AW: Dienstplan Küche KW 6 / Probetage', ('2026-02-23 06:12:55', '+0100'),
          E_outlook(t, 'DE'), from_how='raw-utf8', subj_how='raw-utf8', inreply='AM6PR04MB7719E2C1@AM6PR04MB7719.eurprd04.prod.outlook.com')

@reg
def q_de_calsync(n):
    t = """Hallo,

seit ich letzte Woche mein Windows-Passwort ändern musste, zeigt mich GoodTime anscheinend den ganzen Tag als frei an, obwohl mein Kalender voll ist – gestern wurde mir ein Gespräch mitten in mein Jour fixe gelegt. Muss ich da irgendwas neu verbinden oder freigeben? Wo mache ich das?

Danke!
Matthias

Von meinem iPhone gesendet"""
    build(n, 'question', 'auto_reply', 'calendar-sync', 'de', 'iphone-plain;qp;utf-8;mobile-signature;raw-utf8-from',
          'reconnect after password change', ('Matthias Kühn', 'm.kuehn@tamsinrowe.de'),
          'GoodTime sieht meinen Kalender nicht mehr?', ('2026-03-10 21:38:04', '+0100'),
          E_plain(t, 'utf-8', 'quoted-printable'), client='iphone', from_how='raw-utf8')

@reg
def q_de_template(n):
    t = """Guten Tag,

ich bin Restaurantleiterin im Tamsin Berlin Mitte und plane seit Januar die Gespräche für unsere Commis-de-Rang- und Chef-de-Rang-Stellen selbst über GoodTime.

Mir ist aufgefallen, dass bei jeder neuen Bewerberin automatisch 90 Minuten und als Gesprächspartner noch Herr Albrecht eingetragen sind. Herr Albrecht ist aber seit Ende letzten Jahres nicht mehr bei uns, und unsere Gespräche dauern 45 Minuten.

Muss ich das wirklich bei jeder Kandidatin von Hand umstellen, oder kann man das irgendwo grundsätzlich ändern, damit es künftig gleich richtig drinsteht? Wer wäre dafür bei uns zuständig?

Mit freundlichen Grüßen

Anja Pfeiffer
Restaurantleitung | Tamsin Berlin Mitte
Tamsin & Rowe Deutschland GmbH
"""
    build(n, 'question', 'auto_reply', 'interview-templates', 'de', 'thunderbird-plain;base64;iso-8859-1;rfc2047-q-iso8859-1-subject',
          'wrong default duration and interviewer', ('Anja Pfeiffer', 'a.pfeiffer@tamsinrowe.de'),
          'Voreinstellungen bei Gesprächen für Servicepersonal ändern', ('2026-01-27 15:20:09', '+0100'),
          E_plain(t, 'iso-8859-1', 'base64'), client='thunderbird', subj_how='q-latin1', recv=5, recv_origin='ext', crlf=False)

@reg
def q_es_chat(n):
    t = """Hola:

En la formación de la semana pasada nos comentaron que dentro de GoodTime hay un chat para hablar directamente con el soporte de GoodTime, pero yo no lo encuentro por ningún lado. He mirado en el menú de la izquierda y en la configuración de mi perfil.

¿Me podéis decir dónde está exactamente? Puede que esté mirando en el sitio equivocado.

Gracias de antemano,

Lucía Fernández Peña
Técnica de Selección | Tamsin Madrid Salamanca
Tamsin & Rowe Hoteles España, S.L.
Calle de Serrano 41, 28001 Madrid
Tel. +34 91 555 01 23

""" + DISC_ES
    build(n, 'question', 'auto_reply', 'chat-bubble', 'es', 'outlook-html-only;qp;cp1252;raw-cp1252-subject;raw-cp1252-from;long-disclaimer',
          'cannot find the chat', ('Lucía Fernández Peña', 'lucia.fernandez@tamsinrowe.es'),
          '¿Dónde está el chat de soporte?', ('2026-02-05 12:41:33', '+0100'),
          E_outlook(t, 'ES'), from_how='raw-cp1252', subj_how='raw-cp1252', recv=7, auth=True)

@reg
def q_es_resched(n):
    t = """Buenos días,

una duda rápida. Cuando un candidato me pide cambiar la hora de la entrevista, yo hasta ahora movía directamente la convocatoria en mi calendario de Outlook y listo. Un compañero me ha dicho que eso no se debería hacer así porque luego GoodTime no se entera.

¿Cuál es la forma correcta de cambiar la fecha de una entrevista que ya está programada? Es para una entrevista de Jefe de Partida en Rowe Barcelona el jueves.

Mil gracias,
Nuria

--
Nuria Castells i Puig
Recruiter | Rowe Barcelona
Tamsin & Rowe Hoteles España
"""
    build(n, 'question', 'auto_reply', 'reschedule-interview', 'es', 'gmail-alt;qp;utf-8;rfc2047-b-utf8-subject',
          'was moving calendar event directly', ('Nuria Castells', 'nuria.castells@tamsinrowe.es'),
          'Cambiar la fecha de una entrevista ya programada', ('2026-03-03 09:15:47', '+0100'),
          E_gmail(t), client='gmail', subj_how='b-utf8', recv=6, recv_origin='gmail', auth=True)

@reg
def q_es_selfsched(n):
    t = """Hola equipo,

he mandado a dos candidatos para recepcionista el enlace para que elijan ellos mismos la hora de la llamada, y los dos me dicen que no les sale ningún hueco disponible. Somos tres entrevistadores, así que no entiendo qué puede pasar. ¿Qué tengo que revisar antes de volver a mandarlo?

Gracias

Enviado desde mi iPhone"""
    build(n, 'question', 'auto_reply', 'self-scheduling-link', 'es', 'iphone-plain;8bit;utf-8;mobile-signature;raw-utf8-subject',
          'candidates see no slots', ('Íñigo Zubizarreta', 'inigo.zubizarreta@tamsinrowe.es'),
          'Candidatos no ven horarios en el enlace', ('2026-04-21 19:02:18', '+0200'),
          E_plain(t, 'utf-8', '8bit'), client='iphone', subj_how='raw-utf8', from_how='raw-utf8', msgid='bare')

@reg
def q_es_tz(n):
    t = """Estimados compañeros:

Me dirijo a vosotros en nombre de D. Alejandro Miró, Director General de Tamsin Madrid Salamanca, quien está cerrando el proceso para la posición de Revenue Manager del hotel.

La candidata finalista, la Sra. Valeria Ortega, reside actualmente en Ciudad de México y se incorporaría en junio. Tendría dos entrevistas por videollamada la semana que viene: una con D. Alejandro y otra con la Directora Financiera del grupo, que está en Londres.

Como imaginaréis, con tres husos horarios distintos nos preocupa que alguien se conecte a la hora equivocada, especialmente porque en Europa cambiamos la hora justo ese fin de semana. ¿Qué debemos comprobar en GoodTime para que cada persona vea la hora correcta en su zona, y cómo lo indicamos en el correo a la candidata?

Muchas gracias por vuestra ayuda. Un cordial saludo,

Mercedes Llorente Vidal
Asistente de Dirección General
Tamsin Madrid Salamanca
Tamsin & Rowe Hoteles España, S.L.
Tel. +34 91 555 01 00 – Ext. 2201

""" + DISC_ES
    build(n, 'question', 'auto_reply', 'time-zones', 'es', 'outlook-html-only;base64;utf-8;long-disclaimer;formal',
          'candidate in Mexico, DST weekend', ('Mercedes Llorente Vidal', 'mercedes.llorente@tamsinrowe.es'),
          'Entrevistas Revenue Manager – candidata en México', ('2026-03-20 11:05:00', '+0100'),
          E_outlook(t, 'ES', 'utf-8', 'base64'), subj_how='q-utf8', recv=5)

@reg
def q_es_itin(n):
    t = """Hola de nuevo,

cambio de tema: la candidata de Camarera de Pisos que viene el martes me escribe que no encuentra el correo con la hora y el nombre de la gobernanta con la que tiene que preguntar al llegar. ¿Se le puede volver a mandar ese resumen desde GoodTime o tengo que escribírselo yo a mano?

Gracias,
Rocío

El vie, 6 mar 2026 a las 13:22, Equipo Helpline (<helpline@tamsinrowe.com>) escribió:
> Hola Rocío,
>
> el acceso a GoodTime ya está activado para tu usuario. Entra con tu cuenta de Microsoft de siempre.
>
> Un saludo,
> Helpline GoodTime – Tamsin & Rowe
>
> El jue, 5 mar 2026 a las 17:40, Rocío Benítez (<rocio.benitez@tamsinrowe.es>) escribió:
>> Buenas tardes, ¿me podéis dar de alta en GoodTime? Empiezo el lunes en RR. HH. del hotel de Sevilla.
"""
    build(n, 'question', 'auto_reply', 'candidate-itinerary', 'es', 'gmail-alt;qp;utf-8;reply-above-quote;gmail-quote-es;rfc2047-q-utf8-subject',
          'resend itinerary, quoted thread about access', ('Rocío Benítez', 'rocio.benitez@tamsinrowe.es'),
          'Re: Alta en GoodTime – RR. HH. Sevilla', ('2026-03-09 16:33:10', '+0100'),
          E_gmail(t), client='gmail', from_how='q-utf8', subj_how='q-utf8', inreply='CA+kP0xYzT3a8@mail.gmail.com')

@reg
def q_fr_support(n):
    t = """Bonjour à tous,

Petite question pratique : nos directeurs d'hôtel à Paris et à Lyon me demandent régulièrement s'il existe un numéro de téléphone pour appeler directement le support GoodTime quand ils sont bloqués, plutôt que d'écrire.

Pouvez-vous me confirmer ce qu'il en est, et quel est le meilleur moyen de les contacter ?

Merci d'avance et belle journée,

Hélène Rousseau-Duval
HR Business Partner France
Tamsin & Rowe France SAS
18 rue Vieille-du-Temple – 75004 Paris
Tél. : +33 1 44 59 21 70

""" + DISC_FR
    build(n, 'question', 'auto_reply', 'contact-support', 'fr', 'outlook-html-only;qp;cp1252;rfc2047-q-utf8-split-midword;long-disclaimer',
          'phone number for support?', ('Hélène Rousseau-Duval', 'helene.rousseau-duval@tamsinrowe.com'),
          'Joindre le support GoodTime par téléphone ?', ('2026-01-13 09:31:26', '+0100'),
          E_outlook(t, 'FR'), from_how='q-utf8', subj_how='split-q-utf8:29', recv=6, auth=True)

@reg
def q_fr_panel(n):
    t = """Bonjour,

Je me permets de vous écrire car je suis encore assez nouveau sur GoodTime (j'ai pris mes fonctions de chef exécutif à Rowe Lyon en janvier), et je dois avouer que je m'y perds un peu.

Jusqu'ici, nos recrutements en cuisine se faisaient de manière très simple : un entretien avec moi, puis un essai en cuisine. Avec la réouverture de la brasserie, la direction souhaite que nous harmonisions le processus avec Paris, ce qui me paraît tout à fait logique.

Concrètement, pour les postes de sous-chef, le candidat devrait rencontrer dans la même matinée le directeur de l'hôtel, la responsable RH puis moi-même, l'un après l'autre, avec une petite pause entre le deuxième et le troisième entretien. Comment est-ce que je dois m'y prendre dans GoodTime pour organiser ce genre d'enchaînement, et que faire si aucun créneau ne convient à tout le monde ?

Merci beaucoup pour votre aide,

François Lefèvre
Chef exécutif – Rowe Lyon
Tamsin & Rowe France SAS
"""
    build(n, 'question', 'auto_reply', 'panel-interviews', 'fr', 'gmail-alt;base64;utf-8;rambling-question-in-third-paragraph;rfc2047-q-utf8-subject',
          'back-to-back sessions with break', ('François Lefèvre', 'francois.lefevre@tamsinrowe.com'),
          'Organisation des entretiens sous-chef – Lyon', ('2026-02-17 14:48:39', '+0100'),
          E_gmail(t, 'UTF-8', 'base64'), client='gmail', from_how='raw-utf8', subj_how='q-utf8', recv=5, recv_origin='gmail')

@reg
def q_fr_debrief(n):
    t = """Bonjour,

Après les entretiens du poste de Directrice de l'hébergement, j'aimerais réunir les quatre personnes qui ont vu la candidate ainsi que le directeur général pour faire un point. Est-ce que GoodTime peut organiser ce créneau aussi, et comment m'assurer que la candidate ne reçoive surtout pas l'invitation ?

Merci,
Amélie

Amélie Chastain
Assistante de direction – Tamsin Paris Marais
"""
    build(n, 'question', 'auto_reply', 'debrief-scheduling', 'fr', 'apple-alt;qp;utf-8;raw-utf8-subject',
          'debrief without candidate', ('Amélie Chastain', 'amelie.chastain@tamsinrowe.com'),
          'Réunion de restitution après les entretiens', ('2026-04-08 17:55:02', '+0200'),
          E_apple(t), client='apple', from_how='q-utf8', subj_how='raw-utf8')

@reg
def q_fr_load(n):
    t = """Bonjour l'équipe,

Au Tamsin Paris Marais, je constate depuis deux mois que ce sont quasiment toujours les deux mêmes responsables (réception et restaurant) qui se retrouvent en entretien, parfois quatre fois dans la même journée. Ils commencent à saturer, et ce n'est pas très équitable vis-à-vis des autres managers qui sont pourtant formés.

Est-il possible de fixer un maximum d'entretiens par semaine pour chaque personne, et de mieux répartir entre les managers ?

Bien cordialement,

Jérôme Béranger
Directeur des opérations – Tamsin Paris Marais
"""
    build(n, 'question', 'auto_reply', 'interviewer-load-balancing', 'fr', 'outlook-alt;qp;iso-8859-1;rfc2047-q-iso8859-1-from',
          'same two managers overloaded', ('Jérôme Béranger', 'jerome.beranger@tamsinrowe.com'),
          'Répartition des entretiens entre managers', ('2026-05-06 08:20:44', '+0200'),
          E_outlook(t, 'FR', 'iso-8859-1', 'quoted-printable', plain_too=True), from_how='q-latin1', subj_how='q-latin1',
          recv=6, auth=True)

@reg
def q_fr_board(n):
    t = """Bonjour,
J'ai deux ou trois idées pour améliorer GoodTime (rien d'urgent). Je dois vous les envoyer à vous, ou il y a un endroit chez GoodTime où on les dépose nous-mêmes ? Une collègue m'a parlé d'un système où on peut voter pour les idées des autres, c'est bien ça ?
Merci !
Claire

Envoyé de mon iPhone"""
    build(n, 'question', 'auto_reply', 'product-board', 'fr', 'iphone-plain;qp;utf-8;mobile-signature;terse;rfc2047-q-utf8-subject',
          'where ideas go, no idea given', ('Claire Ménard', 'claire.menard@tamsinrowe.com'),
          'Idées pour GoodTime', ('2026-05-22 22:14:51', '+0200'),
          E_plain(t, 'utf-8', 'quoted-printable'), client='iphone', from_how='b-utf8', subj_how='q-utf8')

@reg
def q_pt_internal(n):
    t = """Bom dia,

Sou o novo Diretor de Recursos Humanos do Tamsin Lisboa Chiado e ainda estou a perceber como funcionam as coisas no grupo no que diz respeito ao GoodTime.

A minha dúvida é simples: este endereço "helpline" serve para quê, exatamente? Devo enviar-vos todas as dúvidas da equipa sobre o GoodTime, ou é preferível falarmos logo diretamente com a própria GoodTime? Gostaria de dar uma orientação clara às minhas coordenadoras.

Com os melhores cumprimentos,

João Gonçalves
Diretor de Recursos Humanos | Tamsin Lisboa Chiado
Tamsin & Rowe Portugal, Lda.
Rua Garrett 62, 1200-204 Lisboa
T. +351 21 340 5566

""" + DISC_PT
    build(n, 'question', 'auto_reply', 'internal-project-team', 'pt', 'outlook-html-only;qp;cp1252;long-disclaimer;received-chain;rfc2047-q-iso8859-1-subject',
          'what is this help line for', ('João Gonçalves', 'joao.goncalves@tamsinrowe.pt'),
          'Função da helpline GoodTime', ('2026-01-20 10:12:37', '+0000'),
          E_outlook(t, 'PT'), from_how='q-latin1', subj_how='q-latin1', recv=8, auth=True)

@reg
def q_pt_avail(n):
    t = """Olá,

Para as entrevistas de rececionista no Rowe Porto Ribeira queria que fossem os próprios candidatos a dizer-nos em que dias e horas estão livres na próxima semana, em vez de andarmos a trocar e-mails. Como é que se faz esse pedido pelo GoodTime e onde é que depois vejo as respostas?

Obrigada,
Inês Magalhães
Coordenadora de Recrutamento – Porto
"""
    build(n, 'question', 'auto_reply', 'candidate-availability-request', 'pt', 'gmail-alt;qp;utf-8;raw-utf8-subject;raw-utf8-from',
          'ask candidates for their free times', ('Inês Magalhães', 'ines.magalhaes@tamsinrowe.pt'),
          'Pedir disponibilidade aos candidatos', ('2026-02-11 11:47:20', '+0000'),
          E_gmail(t), client='gmail', from_how='raw-utf8', subj_how='raw-utf8', recv=5, recv_origin='gmail', auth=True)

@reg
def q_pt_conf(n):
    t = """Bom dia,

reencaminho a mensagem do Rui abaixo. Alguém me sabe dizer como faço para que os convites das entrevistas saiam com link do Teams em vez do Zoom? Pelo menos para esta vaga.

Obrigada
Conceição

Início da mensagem reencaminhada:

De: Rui Simões <rui.simoes@tamsinrowe.pt>
Assunto: Entrevistas Engenheiro(a) Backend
Data: 3 de março de 2026 às 18:04:11 WET
Para: Conceição Araújo <conceicao.araujo@tamsinrowe.pt>

Olá Conceição,

Na equipa de tecnologia em Lisboa trabalhamos só com Teams, não temos licença Zoom. Os candidatos para a vaga de Backend recebem sempre link Zoom e depois tenho de mandar outro à parte. Consegues ver isto?

Abraço,
Rui Simões
Engineering Manager – Tamsin & Rowe Tech, Lisboa
"""
    build(n, 'question', 'auto_reply', 'conference-links', 'pt', 'apple-alt;qp;utf-8;forwarded-apple-pt;rfc2047-q-utf8-from',
          'Teams instead of Zoom, forwarded', ('Conceição Araújo', 'conceicao.araujo@tamsinrowe.pt'),
          'Fwd: Entrevistas Engenheiro(a) Backend', ('2026-03-04 09:26:53', '+0000'),
          E_apple(t), client='apple', from_how='q-utf8')

@reg
def q_pt_perm(n):
    t = """Boa tarde,

Sou gestora de contratação para a área de Revenue em Lisboa. Um colega disse-me que posso reagendar as entrevistas eu mesma no GoodTime, mas quando abro a entrevista de um candidato não me aparece nenhuma opção para mudar ou cancelar, só consigo ver os detalhes.

Isto é normal? Preciso de algum acesso especial, e a quem o peço?

Cumprimentos,
Marta Figueiredo
Head of Revenue Management Iberia
Tamsin & Rowe Portugal, Lda.

""" + DISC_PT
    build(n, 'question', 'auto_reply', 'permissions-roles', 'pt', 'outlook-html-only;base64;utf-8;long-disclaimer',
          'button missing for hiring manager; words resemble reschedule/cancel', ('Marta Figueiredo', 'marta.figueiredo@tamsinrowe.pt'),
          'Não consigo alterar entrevistas no GoodTime', ('2026-04-16 15:03:19', '+0100'),
          E_outlook(t, 'PT', 'utf-8', 'base64'), subj_how='b-utf8', recv=5, auth=True)

@reg
def q_pt_cancel(n):
    t = """Olá, a candidata para empregada de mesa de amanhã desistiu. Apago simplesmente o evento no calendário ou há outra forma de fazer isto no GoodTime? Não quero que os entrevistadores fiquem com a reunião marcada.

Enviado do meu iPhone"""
    build(n, 'question', 'auto_reply', 'cancel-interview', 'pt', 'iphone-plain;8bit;utf-8;mobile-signature;no-message-id',
          'candidate withdrew', ('Catarina Lopes', 'catarina.lopes@tamsinrowe.pt'),
          'Candidata desistiu', ('2026-05-12 20:41:07', '+0100'),
          E_plain(t, 'utf-8', '8bit'), client='iphone', msgid=None)

@reg
def q_en_path(n):
    t = """Dear Help Line team,

I hope this finds you well. I joined Tamsin & Rowe three weeks ago as General Manager of Rowe House Manchester, having come from a group that did all of its interview scheduling by hand, so GoodTime is rather new to me and to several of my heads of department.

I have had a very helpful induction with the People team, but one thing I still have not quite got clear in my own head is who we are meant to go to for what. For example: if one of my managers has an idea to make the tool better, if something appears to be broken, or if we have a bigger problem that affects the whole hotel's hiring, are those all the same route? I would like to put a short one-page note on the back-office noticeboard so my team stop guessing.

Any guidance you can give would be much appreciated.

Kind regards,

Declan Rourke
General Manager
Rowe House Manchester
Tamsin & Rowe Hotels & Restaurants
1 Tariff Street, Manchester M1 2FF
T +44 161 496 0782 | M +44 7700 900 318
www.tamsinrowe.com

""" + DISC_EN
    build(n, 'question', 'auto_reply', 'escalation-path', 'en', 'outlook-html-only;qp;cp1252;long-signature;legal-disclaimer-urgent;received-chain;dkim-arc',
          'which channel for what', ('Rourke, Declan', 'declan.rourke@tamsinrowe.com'),
          'GoodTime - who to contact for what?', ('2026-01-29 08:03:40', '+0000'),
          E_outlook(t), recv=9, auth=True)

@reg
def q_en_pool(n):
    t = """how do i get our new sous chef (tomasz wilk) added so he can do the kitchen trial interviews?? he never comes up as an option when i schedule them, only marco and priya do

thx
dan"""
    build(n, 'question', 'auto_reply', 'add-interviewer-to-pool', 'en', 'gmail-alt;7bit;terse-lowercase',
          'new interviewer never suggested', ('Dan Whitfield', 'dan.whitfield@tamsinrowe.com'),
          'new interviewer', ('2026-02-26 13:58:02', '+0000'),
          E_gmail(t, 'UTF-8', '7bit'), client='gmail')

@reg
def q_en_remind(n):
    t = """Hi both,

Had a front desk candidate no-show at the Tribeca property yesterday, and when I got hold of her she said she "wasn't sure it was still on". It made me realise I don't actually know what we send candidates before an interview.

Do candidates get an automatic reminder from GoodTime before their interview, and if so, when does it go out? Is it something we can switch on for our hotel if it isn't already?

Thanks,
Brianna

Brianna Kowalski
Talent Acquisition Coordinator | Tamsin Tribeca, New York
"""
    build(n, 'question', 'auto_reply', 'candidate-reminders', 'en', 'apple-alt;qp;utf-8;dkim-arc;received-chain',
          'no-show, what reminders go out', ('Brianna Kowalski', 'brianna.kowalski@tamsinrowe.com'),
          'Candidate reminders?', ('2026-04-02 10:18:55', '-0400'),
          E_apple(t), client='apple', recv=6, recv_origin='gmail', auth=True)

@reg
def q_en_decline(n):
    t = """Hi,

Simon has just declined the 2pm slot tomorrow (see below) and he's one of three on the loop. What's the right thing to do here - do I cancel the whole onsite and start again, or is there a way of just swapping him out? The candidate is travelling down from Leeds so I'd rather not move her.

Thanks
Priya

Priya Raman
Recruitment Coordinator, Head Office

From: Simon Achterberg <simon.achterberg@tamsinrowe.com>
Sent: 18 March 2026 16:02
To: Priya Raman <priya.raman@tamsinrowe.com>
Subject: Declined: Onsite - Revenue Analyst - Session 2 (Commercial)

Sorry Priya, I'm at the Edinburgh site visit all day tomorrow, can't do it.
"""
    build(n, 'question', 'auto_reply', 'interviewer-decline', 'en', 'outlook-html-only;qp;cp1252;forwarded-outlook-block',
          'forwarded decline with question above', ('Priya Raman', 'priya.raman@tamsinrowe.com'),
          'FW: Declined: Onsite - Revenue Analyst - Session 2 (Commercial)', ('2026-03-18 16:09:31', '+0000'),
          E_outlook(t), recv=5)

@reg
def q_en_hours(n):
    t = """Hey team,

We're running an overnight hiring push for the Tribeca opening (night auditors + overnight security, so the interviews are genuinely at 1-3am Eastern). If GoodTime goes sideways in the middle of that on a Saturday night, is there actually anybody at GoodTime around to help, or are we on our own till Monday? And what's the quickest way to get hold of them?

Marcus

--
Marcus Delgado
Recruiting Manager, US
Tamsin & Rowe Hotels | 212 Greenwich St, New York, NY 10007
"""
    build(n, 'question', 'auto_reply', 'support-hours', 'en', 'gmail-alt;qp;utf-8;received-chain;dkim',
          'night and weekend help, no word hours', ('Marcus Delgado', 'marcus.delgado@tamsinrowe.com'),
          'overnight interviews - anyone around if it breaks?', ('2026-05-01 23:44:09', '-0400'),
          E_gmail(t), client='gmail', recv=7, recv_origin='gmail', auth=True)

@reg
def q_en_csm(n):
    t = """Hello,

Could you tell me who our customer success contact at GoodTime is, and how I book time with them? I don't seem to have their details anywhere.

For context, I'd like to get some advice from the GoodTime side before we set up this year's graduate assessment centres, which have always been the most painful thing we schedule.

Many thanks,

Olivia Fenwick
Early Careers Lead | Tamsin & Rowe Head Office
"""
    build(n, 'question', 'auto_reply', 'contact-csm', 'en', 'outlook-alt;qp;utf-8',
          'how to reach the account contact, letters CSM absent', ('Olivia Fenwick', 'olivia.fenwick@tamsinrowe.com'),
          'Who is our contact at GoodTime?', ('2026-01-08 14:26:12', '+0000'),
          E_outlook(t, 'EN-GB', 'utf-8', 'quoted-printable', plain_too=True))

@reg
def q_en_ats_form(n):
    t = """New submission from the People Systems request form
==================================================

Name: Aoife Brennan
Email: aoife.brennan@tamsinrowe.com
Location: Tamsin Mayfair, London
Role: Assistant HR Manager
Request type: GoodTime - general question
Priority: Normal

Message:
When a candidate for the Head Sommelier job passes the phone screen, do I move them to the next stage in the ATS or in GoodTime? I've been doing it in both and I think that's why one of them is showing twice. Also how long should it take before the candidate shows up in GoodTime ready to schedule?

--
This message was generated automatically by the Tamsin & Rowe People Systems portal. Replies to this address are not monitored.
"""
    build(n, 'question', 'forward_support|needs_review', 'ats-integration', 'en', 'form-mailer;auto-submitted;x-auto-response-suppress;plain;7bit;long-folded-subject',
          'form mailer with a KB-answerable question', ('Tamsin & Rowe People Systems', 'no-reply@forms.tamsinrowe.com'),
          '[People Systems] New request #PS-20418: GoodTime - general question (Tamsin Mayfair, Assistant HR Manager)', ('2026-03-25 12:07:33', '+0000'),
          E_plain(t, 'us-ascii', '7bit'), client='none', subj_how='fold',
          extra=['Reply-To: Aoife Brennan <aoife.brennan@tamsinrowe.com>', 'Auto-Submitted: auto-generated',
                 'X-Auto-Response-Suppress: All', 'Precedence: bulk', 'X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)'],
          recv=5, recv_origin='ext', crlf=False)

# ================================================================= QUESTIONS no article answers
@reg
def n_de_retention(n):
    t = """Sehr geehrte Damen und Herren,

im Rahmen der anstehenden Sitzung des Gesamtbetriebsrats am 12. Mai wurde ich gebeten, einige Fragen zur Nutzung von GoodTime in den deutschen Betrieben vorab zu klären. Hintergrund ist die Betriebsvereinbarung zur Einführung technischer Einrichtungen nach § 87 Abs. 1 Nr. 6 BetrVG, die wir derzeit mit dem Gremium abstimmen.

Konkret wurde gefragt, wie lange GoodTime die Daten zu den Interviewerinnen und Interviewern (also z. B. wer wie viele Gespräche geführt hat) sowie die Kandidatendaten speichert, ob diese nach einer bestimmten Frist automatisch gelöscht werden, und in welchem Land bzw. Rechenzentrum die Daten liegen.

Für eine kurze Rückmeldung bis Ende April wäre ich Ihnen sehr verbunden.

Mit freundlichen Grüßen

i. A. Ilka Schwertfeger
Referentin Arbeitsrecht & Mitbestimmung
Tamsin & Rowe Deutschland GmbH

""" + DISC_DE
    build(n, 'question', 'forward_support', 'none', 'de', 'outlook-html-only;qp;cp1252;long-disclaimer;formal;long-folded-subject',
          'data retention and hosting location', ('Schwertfeger, Ilka', 'i.schwertfeger@tamsinrowe.de'),
          'Anfrage Gesamtbetriebsrat: Speicherdauer und Speicherort der Daten in GoodTime', ('2026-04-17 13:29:50', '+0200'),
          E_outlook(t, 'DE'), subj_how='fold', recv=6)

@reg
def n_fr_lang(n):
    t = """Bonjour,

Plusieurs de nos chefs de service à Lyon ne sont pas à l'aise avec l'anglais. Est-ce qu'on peut afficher GoodTime en français pour eux (les menus, les boutons), et si oui, où est-ce que ça se règle ?

Merci d'avance,
Sophie Garnier
Responsable RH – Rowe Lyon

> Le 12 févr. 2026 à 10:03, Hélène Rousseau-Duval <helene.rousseau-duval@tamsinrowe.com> a écrit :
>
> Bonjour Sophie,
> Pour le séminaire des managers du 3 mars, la salle Bellecour est confirmée. Merci de m'envoyer la liste des participants avant vendredi.
> Hélène
"""
    build(n, 'question', 'forward_support', 'none', 'fr', 'apple-alt;qp;utf-8;reply-above-quote;quote-unrelated',
          'French UI for managers', ('Sophie Garnier', 'sophie.garnier@tamsinrowe.com'),
          'Re: Séminaire managers 3 mars', ('2026-02-12 15:44:27', '+0100'),
          E_apple(t), client='apple', subj_how='q-utf8', to='GoodTime Help Line <helpline@tamsinrowe.com>',
          cc='=?UTF-8?Q?H=C3=A9l=C3=A8ne_Rousseau-Duval?= <helene.rousseau-duval@tamsinrowe.com>')

@reg
def n_en_app(n):
    t = """Is there a GoodTime app for phone? Our GMs are never at a desk and half the time they're approving things from the corridor.

Sent from my iPhone"""
    build(n, 'question', 'forward_support', 'none', 'en', 'iphone-plain;7bit;mobile-signature;terse',
          'mobile app', ('Harriet Lyle', 'harriet.lyle@tamsinrowe.com'),
          'App?', ('2026-02-02 07:12:45', '+0000'),
          E_plain(t, 'us-ascii', '7bit'), client='iphone')

@reg
def n_en_export(n):
    t = """Hi all,

Our external auditors (Lisbon tech entity) have asked for a full list of every interview we scheduled for engineering roles between 1 July and 31 December 2025 - candidate, date, interviewers, outcome - in Excel, by Friday.

Is there a way to get that raw list out of GoodTime as a spreadsheet, with every individual interview as a row? I've looked around the reports and can see charts but not a download of the underlying rows.

Thanks,
Tom

Tom Ashdown
Recruiting Operations Analyst
Tamsin & Rowe | Head Office, London
"""
    build(n, 'question', 'forward_support', 'none', 'en', 'outlook-html-only;qp;cp1252;near-article-reporting',
          'row-level export for audit, reporting article too vague', ('Tom Ashdown', 'tom.ashdown@tamsinrowe.com'),
          'Export of all interviews for audit', ('2026-01-21 17:36:02', '+0000'),
          E_outlook(t), recv=5)

@reg
def n_en_two(n):
    t = """Hello help line,

Two unrelated things, sorry to bundle them:

1) When interviewers open the interview invite from GoodTime, can they see the candidate's CV anywhere, or do they still have to go into the ATS for it? Our restaurant managers keep asking me to email CVs around, which I'd rather not do for GDPR reasons.

2) Candidate emails currently go out with my name as the sender. Can that be changed to something like "Tamsin & Rowe Careers" so candidates don't reply to me personally when I'm on leave?

Thanks very much,

Georgina Pratt
People Coordinator | The Tamsin Mayfair
"""
    build(n, 'question', 'forward_support', 'none', 'en', 'gmail-alt;qp;utf-8;two-topics',
          'CV visibility and sender name', ('Georgina Pratt', 'georgina.pratt@tamsinrowe.com'),
          'Two quick questions', ('2026-03-12 11:23:38', '+0000'),
          E_gmail(t), client='gmail', recv=6, recv_origin='gmail', auth=True)

@reg
def n_en_api(n):
    t = """Hi,

I'm on the data platform team (Tamsin & Rowe Tech, Manchester). People Analytics want interview volumes and time-to-schedule in our warehouse next to the ATS data, refreshed nightly.

Does GoodTime expose an API or a scheduled export we could pull from, and who on our side holds the credentials for it? Happy to read docs if you can point me at them.

Cheers,
Rafael Oduya
Senior Data Engineer
"""
    build(n, 'question', 'forward_support', 'none', 'en', 'thunderbird-plain;format-flowed;7bit',
          'API for data warehouse', ('Rafael Oduya', 'rafael.oduya@tamsinrowe.com'),
          'GoodTime API access for nightly extract', ('2026-05-19 09:51:14', '+0100'),
          E_plain(t, 'us-ascii', '7bit', flowed=True), client='thunderbird', crlf=False)

@reg
def n_en_sso(n):
    t = """hi - what's the link to log into GoodTime? i was sent an invite in jan but can't find it and when i google it i get a login page asking for a password i don't have. do we log in with our microsoft account??

ta
Kev"""
    build(n, 'question', 'forward_support', 'none', 'en', 'outlook-ios;plain;qp;utf-8;typos',
          'login link / SSO', ('Kevin Mbeki', 'kevin.mbeki@tamsinrowe.com'),
          'login', ('2026-02-09 06:55:30', '+0000'),
          E_plain(t, 'utf-8', 'quoted-printable'), client='outlook-ios', msgid='bare')

@reg
def n_en_behalf(n):
    t = """Good afternoon,

I am the Executive Assistant to our Chief Operating Officer, Mr Nicholas Hale, and I manage his diary in its entirety, including the final-stage interviews for hotel General Managers and regional directors that he conducts personally.

Until now the recruiters have sent him the GoodTime invitations and I have then had to move things around in his calendar after the fact, which, as you can imagine, has led to one or two awkward moments. I have delegate access to his Outlook calendar already.

What I would like to understand is whether I can act on his behalf in GoodTime itself - set his interview preferences, accept or propose times for him, and see what is coming up - using my own login, or whether he would need to do this himself. I would prefer not to use his password for obvious reasons.

With thanks in advance for your help,

Fiona MacLeod
Executive Assistant to the Chief Operating Officer
Tamsin & Rowe Group | 14 St John's Square, London EC1M 4NL
T +44 20 7946 0300

""" + DISC_EN
    build(n, 'question', 'forward_support', 'none', 'en', 'outlook-html-only;base64;utf-8;long-signature;legal-disclaimer-urgent',
          'EA acting on behalf of executive', ('MacLeod, Fiona', 'fiona.macleod@tamsinrowe.com'),
          'Managing interviews on behalf of the COO in GoodTime', ('2026-04-23 14:05:41', '+0100'),
          E_outlook(t, 'EN-GB', 'utf-8', 'base64'), recv=7, auth=True)

@reg
def n_en_internal(n):
    t = """Hi,

Quick one on how we do things here. We've got three internal candidates for the Restaurant Manager role at Rowe House Manchester (two assistant managers from London and one from our own floor). Do internal moves go through GoodTime like external hires, or do hiring managers just book those conversations themselves? Don't want to step on anyone's toes with the people team.

Cheers,
Ellie

Ellie Marchetti
Assistant General Manager, Rowe House Manchester
"""
    build(n, 'question', 'forward_support', 'none', 'en', 'outlook-mac;alt;qp;utf-8',
          'internal candidates policy, local convention not in article', ('Ellie Marchetti', 'ellie.marchetti@tamsinrowe.com'),
          'internal candidates - GoodTime or not?', ('2026-05-27 12:32:17', '+0100'),
          E_outlook(t, 'EN-GB', 'utf-8', 'quoted-printable', plain_too=True), client='outlook-mac')

# ================================================================= BUGS
@reg
def b_en_teams(n):
    t = """Hi team,

Quick question - is something up with the Teams links today? Every interview I've booked since about 8:30 this morning has gone out without a Teams link on the invite, even though "Microsoft Teams" is selected as the video option on the scheduling page. Yesterday's bookings are fine.

Examples (all Front Desk Agent, The Tamsin Mayfair):
- Candidate: Layla Haddad, interview Thu 5 Feb 10:00 GMT
- Candidate: Ben Okafor, interview Thu 5 Feb 11:30 GMT

None of these are today so nothing is on fire yet, but I've got another 14 to book this afternoon.

Thanks,
Sasha

Sasha Novak
Recruitment Coordinator - London Hotels
Tamsin & Rowe
"""
    build(n, 'bug', 'forward_support', '', 'en', 'outlook-html-only;qp;cp1252;misleading-subject',
          '"quick question" over missing video links', ('Sasha Novak', 'sasha.novak@tamsinrowe.com'),
          'quick question', ('2026-02-03 11:42:18', '+0000'),
          E_outlook(t), recv=6, auth=True)

@reg
def b_en_utc(n):
    t = """Hi,

The reminder emails going to candidates for interviews at Rowe House Manchester are showing the time an hour early. Candidate for Housekeeping Supervisor is booked 10:00 BST on 14 April (correct in GoodTime and on the interviewers' calendars), but the reminder she forwarded me says 09:00 and no time zone at all. Screenshot attached. It looks like it started after the clocks went forward.

Could this be looked at? I'm worried we'll get people turning up an hour early all week.

Thanks
Jade

Jade Whitcombe | HR Assistant | Rowe House Manchester
"""
    build(n, 'bug', 'forward_support', '', 'en', 'gmail-alt;qp;utf-8;attachment-png;received-chain;dkim',
          'reminder shows wrong time after DST', ('Jade Whitcombe', 'jade.whitcombe@tamsinrowe.com'),
          'Candidate reminders showing wrong time', ('2026-04-08 09:27:50', '+0100'),
          E_gmail(t, atts=[att_png('reminder_screenshot.png', 11)]), client='gmail', recv=6, recv_origin='gmail', auth=True)

@reg
def b_en_spinner(n):
    t = """THE SCHEDULING PAGE HAS NOT LOADED FOR ME ALL MORNING.

I click into any candidate, hit schedule, and get the grey spinner forever. Tried Chrome and Edge, cleared cache, logged out and in. My colleague next to me has the same thing. Calendar view loads fine, it's just the scheduling page.

I have twelve graduate management trainee interviews to book for next week and I can't do a single one. Please sort this.

Tanya

Tanya Greaves
Early Careers Coordinator
Tamsin & Rowe Head Office

Sent from Mail for Windows"""
    build(n, 'bug', 'forward_support', '', 'en', 'plain;qp;utf-8;angry-caps;windows-mail',
          'page not loading for two users', ('Tanya Greaves', 'tanya.greaves@tamsinrowe.com'),
          'GoodTime not working!!!', ('2026-03-17 10:11:09', '+0000'),
          E_plain(t, 'utf-8', 'quoted-printable'), client='none', extra=['X-Mailer: Microsoft Windows Mail 16.0'])

@reg
def b_en_expired(n):
    t = """Hi,

Following on from my earlier message about access (which is all sorted now, thank you) - I sent an availability request yesterday afternoon to a candidate for the Chef de Partie role at the central kitchen, and she's just told me the link says "This link has expired" when she opens it. I sent it less than 24 hours ago. I've resent it once and the new link does the same.

Candidate: Mei Lin Chua
Job: Chef de Partie - Central Kitchen Park Royal (REQ-2026-0219)

Thanks,
Owen Pritchard
Kitchen Recruitment Coordinator

-----Original Message-----
From: GoodTime Help Line <helpline@tamsinrowe.com>
Sent: 24 February 2026 09:12
To: Owen Pritchard <owen.pritchard@tamsinrowe.com>
Subject: RE: Can't log in

Hi Owen,

Your account has been reactivated - please try again and let us know.

Help Line
"""
    build(n, 'bug', 'forward_support', '', 'en', 'outlook-alt;qp;cp1252;reply-original-message;quote-unrelated',
          'availability link expired immediately', ('Owen Pritchard', 'owen.pritchard@tamsinrowe.com'),
          'RE: Can\'t log in', ('2026-02-25 15:48:23', '+0000'),
          E_outlook(t, plain_too=True), inreply='AM6PR04MB6644A1B2@AM6PR04MB6644.eurprd04.prod.outlook.com')

@reg
def b_en_atsync(n):
    t = """Hi there,

I moved an interview for a Revenue Analyst candidate in GoodTime on Monday (from Tue 10 Mar to Thu 12 Mar, 14:00). GoodTime and everyone's calendars show the new time, but two days later the candidate profile in the ATS still shows the original Tuesday slot, and the hiring manager keeps asking me which one is right.

Candidate ID 448120, job ID 30917. No other changes were made in the ATS.

Best,
Noor

Noor Haddad
Talent Partner, Commercial
"""
    build(n, 'bug', 'forward_support', '', 'en', 'gmail-alt;base64;utf-8',
          'reschedule not synced to ATS', ('Noor Haddad', 'noor.haddad@tamsinrowe.com'),
          'ATS still showing old interview time', ('2026-03-11 14:20:06', '+0000'),
          E_gmail(t, 'UTF-8', 'base64'), client='gmail')

@reg
def b_en_500(n):
    t = """Hello,

When I try to add a trainee (reverse shadow) to the Sous Chef panel for tomorrow week, I get a red banner "Something went wrong (500). Please try again later." and the trainee isn't saved. Happens every time, for any trainee. Screenshot below.

Interview: Sous Chef - The Tamsin Mayfair - Candidate Ruairi Kelly - 26 Jan

Regards,
Hannah

Hannah Cole
Recruitment Coordinator | Food & Beverage
Tamsin & Rowe
"""
    h = outlook_html(t).replace('Screenshot below.', 'Screenshot below.</p><p class="MsoNormal"><img width="480" height="300" style="width:5.0in;height:3.125in" id="Picture_x0020_1" src="cid:image001.png@01DC8E1A.5B3C2F10" alt="error">')
    ent = multi('related', [html_part(h, 'windows-1252', 'quoted-printable'),
                            att_inline_png('image001.png', 'image001.png@01DC8E1A.5B3C2F10', 5)], 'outlook',
                params=' type="text/html";')
    build(n, 'bug', 'forward_support', '', 'en', 'outlook-html-only;multipart-related;inline-png;qp;cp1252',
          'error 500 adding trainee', ('Hannah Cole', 'hannah.cole@tamsinrowe.com'),
          'Error when adding trainee to panel', ('2026-01-15 16:37:29', '+0000'), ent, recv=5)

@reg
def b_en_orgsync(n):
    t = """Hi all,

Since roughly 07:00 this morning GoodTime is showing every interviewer at Rowe House Manchester AND at the London head office as completely free all day. Nobody's calendar events are being picked up. We've already had six interviews booked straight over existing meetings, including two over the Manchester exec committee.

I've checked a handful of people: all of them have a normal calendar full of busy events, no warning in GoodTime about disconnection, and none of them changed anything. This looks like it's affecting everyone in the two sites, so 40+ interviewers, and recruiters across both teams are booking as we speak.

We've told coordinators to stop scheduling until further notice. Can this please go to GoodTime as a priority, and I think the account team needs to know too given the scale.

Rebecca

Rebecca Stanhope
Head of Talent Acquisition, UK & Ireland
Tamsin & Rowe Group
14 St John's Square, London EC1M 4NL
T +44 20 7946 0318

""" + DISC_EN
    build(n, 'bug', 'forward_support+flag_csm', '', 'en', 'outlook-html-only;qp;cp1252;legal-disclaimer-urgent;received-chain;dkim-arc',
          'high impact: org-wide calendar sync failure', ('Stanhope, Rebecca', 'rebecca.stanhope@tamsinrowe.com'),
          'All interviewers showing as free - Manchester and London', ('2026-04-27 08:52:14', '+0100'),
          E_outlook(t), recv=8, auth=True, extra=['Importance: high', 'X-Priority: 1'])

@reg
def b_en_privacy(n):
    t = """Hi,

We have a serious problem. A candidate for the Night Auditor role at Tamsin Tribeca, Daniel Ferreira, called me this morning to say the interview confirmation he received from GoodTime had ANOTHER candidate's details in it - a different name, her phone number and her interview time for a different job (Spa Therapist). He forwarded it to me and he's right.

I have no idea how many other confirmations went out like this. This is personal data going to the wrong person, so I've also let our privacy officer know.

Please escalate this with GoodTime today.

Marcus Delgado
Recruiting Manager, US
Tamsin & Rowe Hotels

---------- Forwarded message ---------
From: Daniel Ferreira <dferreira.nyc@gmail.com>
Date: Thu, May 14, 2026 at 7:58 AM
Subject: Fwd: Your interview with Tamsin & Rowe is confirmed
To: Marcus Delgado <marcus.delgado@tamsinrowe.com>

Hi Marcus, this is the confirmation I got this morning. It isn't me and it isn't my job - I think it was meant for someone else. Thought you should know.

Daniel
"""
    build(n, 'bug', 'forward_support+flag_csm', '', 'en', 'gmail-alt;qp;utf-8;received-chain;dkim;forwarded-gmail',
          'high impact: candidate data sent to wrong person', ('Marcus Delgado', 'marcus.delgado@tamsinrowe.com'),
          'Candidate received someone else\'s interview confirmation', ('2026-05-14 09:31:02', '-0400'),
          E_gmail(t), client='gmail', recv=6, recv_origin='gmail', auth=True)

@reg
def b_en_dupes(n):
    t = """Hi both,

This is the third time I'm writing about this. Every time we reschedule an interview in GoodTime, the interviewers get a NEW invite but the old one stays on their calendar, so they end up with two (sometimes three) entries for the same interview. We reported it on 3 March (GoodTime ticket #48213) and again on 24 March, were told it was fixed, and it's still happening this week for every hotel in the UK.

Interviewers are now turning up at the wrong time because they pick the old entry. The hiring managers at the Mayfair are really fed up.

Latest example: Restaurant Manager, The Tamsin Mayfair, candidate Joseph Adeyemi, moved from 14 to 15 April 11:00.

Could someone chase this properly please?

Thanks,
Sasha

Sasha Novak
Recruitment Coordinator - London Hotels

From: Sasha Novak
Sent: 24 March 2026 10:14
To: GoodTime Help Line <helpline@tamsinrowe.com>
Subject: Duplicate invites after reschedule - again

Hi, the duplicate invites issue from earlier this month is back. Same thing as ticket #48213.
"""
    inv = ics('REQUEST', 'Interview: Joseph Adeyemi - Restaurant Manager, The Tamsin Mayfair', '20260414T110000', '20260414T120000',
              ('GoodTime Scheduling', 'scheduling@tamsinrowe.com'), ('Laurent Michaud', 'laurent.michaud@tamsinrowe.com'))
    build(n, 'bug', 'forward_support+flag_csm', '', 'en', 'outlook-html-only;qp;cp1252;reply-outlook-block;attachment-ics',
          'high impact: recurring after being reported', ('Sasha Novak', 'sasha.novak@tamsinrowe.com'),
          'RE: Duplicate invites after reschedule - again', ('2026-04-13 12:16:45', '+0100'),
          E_outlook(t, atts=[att_ics('Interview_Joseph_Adeyemi_OLD.ics', inv)]), recv=5)

@reg
def b_en_form(n):
    t = """IT Service Portal - new incident logged
Incident: INC0081734
Caller: Theo Lambert (theo.lambert@tamsinrowe.com)
Department: Talent Acquisition - Head Office
Category: Software > GoodTime
Impact: 3 - Moderate
Short description: Candidate emails showing garbled characters

Description:
Since yesterday the interview confirmation emails GoodTime sends to candidates show weird characters instead of accents, e.g. "JosÃ© GarcÃ­a" instead of the candidate's name and "cafÃ©" in the location. Happens for every candidate with an accent in their name. Interview for Barista, Rowe Barcelona, candidate José García, Tue 20 Jan.

Please do not reply to this email. To update this incident, use the IT Service Portal.
"""
    build(n, 'bug', 'forward_support|needs_review', '', 'en', 'form-mailer;ticket-form;auto-submitted;x-auto-response-suppress;plain;qp;utf-8',
          'ticket form: mojibake in candidate emails', ('IT Service Portal', 'itservice-noreply@tamsinrowe.com'),
          'INC0081734 has been assigned to group GoodTime Help Line', ('2026-01-16 08:02:11', '+0000'),
          E_plain(t, 'utf-8', 'quoted-printable'), client='none',
          extra=['Auto-Submitted: auto-generated', 'X-Auto-Response-Suppress: All', 'X-ServiceNow-Generated: true',
                 'Reply-To: IT Service Portal <itservice-noreply@tamsinrowe.com>'], recv=5, recv_origin='ext')

@reg
def b_de_tz(n):
    t = """Hallo Helpline,

seit der Zeitumstellung am Sonntag zeigt der Selbstbuchungslink für unsere Rezeptionsgespräche im Tamsin Berlin Mitte den Bewerbern alle Zeiten eine Stunde zu früh an. Bewerberin bucht laut Link 09:00, in GoodTime und im Outlook der Interviewer steht dann 10:00. Das ist heute schon zweimal passiert, eine Kandidatin stand um 9 Uhr vor der Tür.

Die Zeitzone in meinen Einstellungen steht auf Europe/Berlin, bei den Interviewern auch. Vor der Umstellung hat alles gepasst.

Gruß
Lena Hartmann
Recruiting Koordination Berlin
"""
    build(n, 'bug', 'forward_support', '', 'de', 'thunderbird-plain;qp;iso-8859-15;rfc2047-q-iso8859-1-subject',
          'self-scheduling offset one hour after DST', ('Lena Hartmann', 'l.hartmann@tamsinrowe.de'),
          'Selbstbuchungslink zeigt falsche Uhrzeit (1 Std. verschoben)', ('2026-03-31 11:16:40', '+0200'),
          E_plain(t, 'iso-8859-15', 'quoted-printable'), client='thunderbird', subj_how='q-latin1', recv=6)

@reg
def b_es_remind(n):
    t = """Hola,

desde el lunes los candidatos de Tamsin Madrid Salamanca no están recibiendo los recordatorios del día anterior. Lo tenemos activado desde hace meses y hasta la semana pasada llegaban sin problema. He preguntado a cuatro candidatos de esta semana (camareros y ayudantes de cocina) y ninguno lo ha recibido, tampoco en la carpeta de spam. Las direcciones de correo en el ATS están bien.

¿Podéis revisarlo, por favor? Esta semana hemos tenido dos ausencias.

Un saludo,
Álvaro Pérez Quintana
Responsable de Selección – Madrid
"""
    build(n, 'bug', 'forward_support', '', 'es', 'gmail-alt;base64;utf-8;rfc2047-b-utf8-from',
          'reminders stopped sending', ('Álvaro Pérez Quintana', 'alvaro.perez@tamsinrowe.es'),
          'Los recordatorios no llegan a los candidatos', ('2026-02-18 12:05:33', '+0100'),
          E_gmail(t, 'UTF-8', 'base64'), client='gmail', from_how='b-utf8', recv=5, recv_origin='gmail', auth=True)

@reg
def b_fr_zoom(n):
    t = """Bonjour,

Depuis la semaine dernière, chaque fois que je replanifie un entretien dans GoodTime, le lien Zoom disparaît de l'invitation envoyée aux intervenants et au candidat. L'invitation initiale avait bien un lien, la nouvelle n'en a plus. J'ai dû envoyer des liens à la main trois fois cette semaine.

Exemple : poste de Réceptionniste de nuit – Tamsin Paris Marais – candidate Inès Benali, entretien déplacé du 10 au 11 février à 15h.

Merci de regarder,

Margaux Perrin
Chargée de recrutement
Tamsin & Rowe France SAS

""" + DISC_FR
    build(n, 'bug', 'forward_support', '', 'fr', 'outlook-html-only;qp;cp1252;winmail-dat;long-disclaimer',
          'video link dropped after reschedule', ('Margaux Perrin', 'margaux.perrin@tamsinrowe.com'),
          'Lien Zoom qui disparaît après replanification', ('2026-02-09 10:38:21', '+0100'),
          E_outlook(t, 'FR', atts=[att_tnef()]), subj_how='q-utf8', recv=5, auth=True)

@reg
def b_pt_reports(n):
    t = """Olá,

Quando abro a página de relatórios no GoodTime aparece só uma mensagem "Something went wrong" e a página fica em branco. Já tentei noutro computador e noutro browser, e a minha colega Sara tem o mesmo problema. Até à semana passada funcionava.

Preciso dos números de entrevistas por entrevistador para a reunião de direção de sexta-feira. Junto uma captura de ecrã.

Obrigado,
Rui

Rui Simões
Engineering Manager – Tamsin & Rowe Tech, Lisboa
"""
    build(n, 'bug', 'forward_support', '', 'pt', 'apple-alt;qp;utf-8;attachment-png;raw-utf8-subject',
          'reports page error', ('Rui Simões', 'rui.simoes@tamsinrowe.pt'),
          'Página de relatórios não abre', ('2026-06-02 14:44:57', '+0100'),
          E_apple(t, atts=[att_png('captura_ecra.png', 7)]), client='apple', from_how='q-utf8', subj_how='raw-utf8')

# ================================================================= SCHEDULING BLOCKERS
@reg
def s_en_lobby(n):
    t = """Candidate for front desk is sat in the lobby at the Mayfair right now for a 10:00 and nobody is coming. GoodTime says the interview is confirmed with Lucy but Lucy has no invite and no idea. What do I do?? Can someone find another interviewer or tell me how

Sent from my iPhone"""
    build(n, 'scheduling_blocker', 'forward_support', '', 'en', 'iphone-plain;7bit;mobile-signature;no-message-id',
          'candidate waiting, interviewer has no invite', ('Aoife Brennan', 'aoife.brennan@tamsinrowe.com'),
          'candidate waiting in lobby NOW', ('2026-02-24 10:04:51', '+0000'),
          E_plain(t, 'us-ascii', '7bit'), client='iphone', msgid=None)

@reg
def s_en_panel(n):
    t = """Hi,

The panel for the Revenue Analyst candidate starts at 14:30 (15 minutes from now) and there is no Teams link on the invite - not on the interviewers' invite and not on the candidate's confirmation. Three interviewers are waiting for a link and the candidate has just emailed asking how to join.

Candidate: Ashwin Pillai. Job: Revenue Analyst, Head Office.

Please help ASAP.

Kind regards,
Priya

Priya Raman
Recruitment Coordinator, Head Office
Tamsin & Rowe Group

""" + DISC_EN
    inv = ics('REQUEST', 'Panel interview: Ashwin Pillai - Revenue Analyst', '20260305T143000', '20260305T153000',
              ('GoodTime Scheduling', 'scheduling@tamsinrowe.com'), ('Ashwin Pillai', 'ashwin.pillai@example.net'),
              desc='Location: Video call (link to follow)')
    build(n, 'scheduling_blocker', 'forward_support', '', 'en', 'outlook-html-only;qp;cp1252;legal-disclaimer-urgent;importance-high;attachment-ics',
          'panel in 15 min with no video link', ('Priya Raman', 'priya.raman@tamsinrowe.com'),
          'URGENT - panel in 15 mins, no Teams link', ('2026-03-05 14:15:08', '+0000'),
          E_outlook(t, atts=[att_ics('invite.ics', inv)]), recv=6, extra=['Importance: high', 'X-Priority: 1'])

@reg
def s_en_zoom(n):
    t = """interview in 10 mins candidate says the zoom link says "this meeting has ended"?? interviewer is in the room. help"""
    build(n, 'scheduling_blocker', 'forward_support', '', 'en', 'android;plain;7bit;terse-lowercase;bare-message-id',
          'live link says meeting ended', ('Josh Kerrigan', 'josh.kerrigan@tamsinrowe.com'),
          'zoom', ('2026-01-22 13:50:27', '+0000'),
          E_plain(t, 'us-ascii', '7bit'), client='android', msgid='bare')

@reg
def s_en_sick(n):
    t = """Hi,

Our interviewer for the Sales Manager final (Tamsin & Rowe Events) has just called in sick. The interview is at 11:00 today (an hour from now) with a candidate who's already on the train to London. I'm trying to swap in another interviewer or move it to the afternoon in GoodTime, but both the swap and the reschedule fail with "Unable to update interview. Please try again." I've tried four times.

Candidate: Helena Brooks. I need to either swap or reschedule in the next 30 minutes so I can tell her.

Thanks,
Nadia

Nadia Rahman
Senior Recruiter - Commercial
"""
    build(n, 'scheduling_blocker', 'forward_support', '', 'en', 'gmail-alt;qp;utf-8;received-chain',
          'swap/reschedule fails, interview in one hour', ('Nadia Rahman', 'nadia.rahman@tamsinrowe.com'),
          'Interviewer sick - can\'t reschedule, interview at 11', ('2026-06-09 10:02:37', '+0100'),
          E_gmail(t), client='gmail', recv=5, recv_origin='gmail')

@reg
def s_en_kitchen(n):
    t = """Help - chef trial today 2pm at the central kitchen in Park Royal, but the itinerary GoodTime sent the candidate gives the Mayfair hotel address. She's on the tube heading to Mayfair right now. I can ring her but I need the address fixed and a corrected confirmation sent before 2 and I can't see where to change the location, it's greyed out.

Chef de Partie - candidate Ama Owusu.

Get Outlook for iOS"""
    build(n, 'scheduling_blocker', 'forward_support', '', 'en', 'outlook-ios;plain;qp;utf-8;mobile-signature',
          'wrong location, candidate travelling now', ('Owen Pritchard', 'owen.pritchard@tamsinrowe.com'),
          'Chef trial 2pm - candidate sent to wrong address', ('2026-05-05 12:58:14', '+0100'),
          E_plain(t, 'utf-8', 'quoted-printable'), client='outlook-ios')

@reg
def s_en_noinvite(n):
    t = """Candidate is on the call now and our second interviewer (Raj, Head of Engineering) never got an invite, even though GoodTime shows him as confirmed. Can someone push the invite to him immediately or tell me how to add him to the live meeting? First interviewer is stalling.

Chris

From: Chris Adebayo
Sent: Monday, 16 February 2026 09:02
To: Raj Patel <raj.patel@tamsinrowe.com>
Subject: Lunch & learn slides

Hi Raj, slides from Friday's lunch & learn attached as promised. Chris
"""
    build(n, 'scheduling_blocker', 'forward_support', '', 'en', 'outlook-html-only;qp;cp1252;reply-outlook-block;quote-unrelated',
          'interviewer missing from live call', ('Chris Adebayo', 'chris.adebayo@tamsinrowe.com'),
          'RE: Lunch & learn slides', ('2026-02-17 15:03:28', '+0000'),
          E_outlook(t), recv=5, cc='Raj Patel <raj.patel@tamsinrowe.com>')

@reg
def s_en_form(n):
    t = """A new message was submitted via the "Help with GoodTime" form on the Tamsin & Rowe intranet.

Submitted by: Lucy Harrington
Email: lucy.harrington@tamsinrowe.com
Site: The Tamsin Mayfair
Phone: +44 7700 900 551
Topic: Scheduling problem (urgent)

What do you need help with?
The Assistant Housekeeper candidate is here at reception for her 15:00 interview and GoodTime has cancelled the interview on its own - it says "cancelled by system" and the invite has vanished from my calendar and from the Head Housekeeper's. We still want to interview her now. Can you put it back / tell me how to re-book it on the spot so the room and the feedback form come back?

-- 
Sent by Intranet Forms. Please do not reply to this message.
"""
    build(n, 'scheduling_blocker', 'forward_support|needs_review', '', 'en', 'form-mailer;auto-submitted;x-auto-response-suppress;plain;qp;utf-8',
          'form mailer: candidate at reception, interview auto-cancelled', ('Intranet Forms', 'noreply-forms@tamsinrowe.com'),
          'Help with GoodTime: Scheduling problem (urgent)', ('2026-04-29 15:04:02', '+0100'),
          E_plain(t, 'utf-8', 'quoted-printable'), client='none',
          extra=['Auto-Submitted: auto-generated', 'X-Auto-Response-Suppress: All', 'Precedence: auto_reply'],
          recv=5, recv_origin='ext')

@reg
def s_en_tz(n):
    t = """Hi - urgent

Final round for the Director of Sales (US) is meant to be starting in 20 minutes. The candidate is in New York and has already joined the Teams link early, as per her confirmation (9:00 AM ET), but the interviewers' invites from GoodTime say 9:00 AM GMT, so our London panel sat in their slot this morning with nobody there and now they're all in other meetings.

We need to get this sorted in the next few minutes - either get the panel back on or rebook properly. The candidate is waiting.

Brianna Kowalski
Talent Acquisition Coordinator | Tamsin Tribeca
"""
    build(n, 'scheduling_blocker', 'forward_support', '', 'en', 'gmail-alt;qp;utf-8;received-chain;dkim',
          'time zone mix-up, candidate waiting', ('Brianna Kowalski', 'brianna.kowalski@tamsinrowe.com'),
          'Candidate waiting - wrong time on invites', ('2026-03-26 08:41:19', '-0400'),
          E_gmail(t), client='gmail', recv=7, recv_origin='gmail', auth=True)

@reg
def s_en_room(n):
    t = """Dear Help Line,

I am writing on behalf of our Chief Executive, Ms Isobel Tamsin-Hart, who is due to interview the final candidate for General Manager of the new Edinburgh property at 11:00 this morning in the Boardroom at head office.

The room booking that GoodTime made last week has disappeared from the interview, the Boardroom is now occupied by the Finance team, and when I try to book another room through GoodTime every room shows as unavailable, including rooms I can see are empty from my desk. The candidate is due to arrive at reception in 25 minutes.

I would be most grateful if someone could assist immediately.

Yours sincerely,

Charlotte Ainsworth
Executive Assistant to the Chief Executive
Tamsin & Rowe Group | 14 St John's Square, London EC1M 4NL
T +44 20 7946 0301 | M +44 7700 900 127

""" + DISC_EN
    build(n, 'scheduling_blocker', 'forward_support', '', 'en', 'outlook-html-only;base64;utf-8;long-signature;legal-disclaimer-urgent;received-chain;dkim-arc',
          'room lost, candidate arriving in 25 min', ('Ainsworth, Charlotte', 'charlotte.ainsworth@tamsinrowe.com'),
          'CEO interview 11:00 - room booking lost', ('2026-06-03 10:35:44', '+0100'),
          E_outlook(t, 'EN-GB', 'utf-8', 'base64'), recv=9, auth=True, extra=['Importance: high'])

@reg
def s_de_lobby(n):
    t = """Hallo, dringend: Bewerber für Night Audit sitzt seit 10 Min. an der Rezeption im Tamsin Berlin Mitte (Termin 16:00). Herr Kühn hat keine Einladung, in GoodTime steht das Gespräch plötzlich als "abgesagt", obwohl niemand abgesagt hat. Wie kriege ich das jetzt sofort wieder hin?? Kandidat: Mehmet Yılmaz

Von meinem iPhone gesendet"""
    build(n, 'scheduling_blocker', 'forward_support', '', 'de', 'iphone-plain;8bit;utf-8;mobile-signature;raw-utf8-subject;raw-utf8-from',
          'candidate at reception, interview shows cancelled', ('Lena Hartmann', 'l.hartmann@tamsinrowe.de'),
          'DRINGEND – Bewerber wartet an der Rezeption', ('2026-02-19 16:11:26', '+0100'),
          E_plain(t, 'utf-8', '8bit'), client='iphone', subj_how='raw-utf8')

@reg
def s_es_meet(n):
    t = """Hola,

La entrevista de Jefa de Recepción de Rowe Barcelona empieza en 15 minutos y el enlace de Google Meet que aparece en la convocatoria de GoodTime da error ("No se ha encontrado la reunión"). La candidata me acaba de escribir diciendo lo mismo. Necesito un enlace que funcione ya o saber cómo generarlo de nuevo desde GoodTime.

Candidata: Marina Solé Vidal.

Gracias,

Nuria Castells i Puig
Recruiter | Rowe Barcelona

""" + DISC_ES
    build(n, 'scheduling_blocker', 'forward_support', '', 'es', 'outlook-html-only;qp;cp1252;long-disclaimer;rfc2047-q-utf8-folded-subject',
          'Meet link invalid, interview in 15 min', ('Nuria Castells', 'nuria.castells@tamsinrowe.es'),
          'URGENTE: la entrevista empieza en 15 minutos y el enlace no funciona', ('2026-05-20 09:45:13', '+0200'),
          E_outlook(t, 'ES'), subj_how='q-utf8-fold', recv=6)

@reg
def s_pt_panel(n):
    t = """Bom dia,

A entrevista em painel para Chefe de Sala no Rowe Porto Ribeira começou às 10h00 e a candidata já está na sala connosco, mas o terceiro entrevistador (diretor de F&B, remoto a partir de Lisboa) não tem convite nem link. No GoodTime a opção de reenviar o convite dá erro. Ele está à espera para entrar. Podem ajudar já?

Inês Magalhães
Coordenadora de Recrutamento – Porto
"""
    build(n, 'scheduling_blocker', 'forward_support', '', 'pt', 'gmail-alt;base64;utf-8;raw-utf8-from',
          'panel running, remote interviewer without link', ('Inês Magalhães', 'ines.magalhaes@tamsinrowe.pt'),
          'Painel a decorrer - entrevistador sem convite', ('2026-04-22 10:06:55', '+0100'),
          E_gmail(t, 'UTF-8', 'base64'), client='gmail', from_how='raw-utf8', recv=5, recv_origin='gmail')

# ================================================================= FEATURE REQUESTS
@reg
def f_en_sms(n):
    t = """Hi team,

Sorry for the dramatic subject line, but this is genuinely the number one thing my kitchen managers complain about.

Most of our chef and kitchen porter candidates do not read email. They live on WhatsApp and text. We send a perfectly good confirmation and reminder through GoodTime and then a third of them don't turn up because they never opened it. My sous chefs are currently texting candidates from their personal phones, which I'm not comfortable with.

Could GoodTime send the confirmation and the day-before reminder by SMS (or WhatsApp), alongside the email? Even just a text with the time, the address and a number to call would make a massive difference for us across the central kitchen and all the hotel kitchens.

Thanks,

Marco Bellini
Group Executive Chef
Tamsin & Rowe | Central Kitchen, Park Royal
"""
    build(n, 'feature_request', 'product_board_reply', '', 'en', 'outlook-html-only;qp;cp1252;misleading-urgent-subject;importance-high',
          '"URGENT" over a wish for SMS reminders', ('Bellini, Marco', 'marco.bellini@tamsinrowe.com'),
          'URGENT!!! candidates not reading emails', ('2026-01-19 07:25:50', '+0000'),
          E_outlook(t), recv=5, extra=['Importance: high', 'X-Priority: 1'])

@reg
def f_en_bulk(n):
    t = """Hi,

Would be really useful if GoodTime let us move several interviews at once. When a hiring manager goes off sick we currently have to open and reschedule each candidate one by one - last week that was 9 interviews for the Front Office Manager's team. A "select these and move them to next week / swap this interviewer out of all of them" option would save hours.

Thanks!
Georgina

Georgina Pratt
People Coordinator | The Tamsin Mayfair
"""
    build(n, 'feature_request', 'product_board_reply', '', 'en', 'gmail-alt;qp;utf-8',
          'bulk reschedule', ('Georgina Pratt', 'georgina.pratt@tamsinrowe.com'),
          'Idea - bulk reschedule', ('2026-05-08 16:12:25', '+0100'),
          E_gmail(t), client='gmail')

@reg
def f_en_service(n):
    t = """Good morning,

I hope you are all well. I wanted to share a thought from the hotel operations side, which came up again at our monthly GM meeting and which I promised my colleagues I would pass on.

Our interviewers in the restaurants and kitchens are, by the nature of the job, unavailable during service: roughly 12:00 to 14:30 and 18:00 to 22:00, every day, but it is almost never blocked in their calendars because it is simply their working day. As a result GoodTime regularly offers candidates slots in the middle of lunch service, and the coordinators then have to move them.

It would be wonderful if GoodTime allowed us to define recurring "no interview" windows per site or per department (for example "all F&B interviewers at Rowe House Manchester: not during service"), rather than each chef having to maintain fake busy blocks in Outlook.

Many thanks for considering it.

Warm regards,

Declan Rourke
General Manager
Rowe House Manchester
"""
    build(n, 'feature_request', 'product_board_reply', '', 'en', 'outlook-alt;qp;cp1252;formal;long-winded',
          'recurring blackout windows around service', ('Rourke, Declan', 'declan.rourke@tamsinrowe.com'),
          'Suggestion: blocking out service times for F&B interviewers', ('2026-03-02 09:40:17', '+0000'),
          E_outlook(t, plain_too=True), recv=5)

@reg
def f_en_pronouns(n):
    t = """Hi help line,

Feature wish from our DEI working group: could candidate confirmations and itineraries show the candidate's preferred name and pronouns, and pass them to the interviewers' invites? At the moment everything uses the legal name from the ATS, and we've had a couple of uncomfortable moments at reception.

No rush on this, just want it logged with GoodTime.

Best,
Sam Okoro (they/them)
People Partner, Inclusion
Tamsin & Rowe Group
"""
    build(n, 'feature_request', 'product_board_reply', '', 'en', 'apple-alt;qp;utf-8;dkim',
          'preferred name and pronouns', ('Sam Okoro', 'sam.okoro@tamsinrowe.com'),
          'Preferred names on candidate emails', ('2026-06-11 13:22:04', '+0100'),
          E_apple(t), client='apple', recv=5, recv_origin='gmail', auth=True)

@reg
def f_en_clone(n):
    t = """would be nice if we could copy an interview setup from one candidate to the next. we run the same 3-session loop for every graduate and rebuild it by hand each time lol"""
    build(n, 'feature_request', 'product_board_reply', '', 'en', 'plain;7bit;terse-lowercase;no-message-id',
          'clone interview setup', ('Jamie Fox', 'jamie.fox@tamsinrowe.com'),
          'suggestion', ('2026-02-27 18:33:47', '+0000'),
          E_plain(t, 'us-ascii', '7bit'), client='android', msgid=None)

@reg
def f_en_slack(n):
    t = """Hi,

Small feature request from the tech team: we'd love a Slack notification (to the recruiter and to a team channel like #hiring-platform) when an interviewer declines or when a candidate books a self-scheduling slot. Email notifications get lost in our inboxes, and Slack is where the engineering managers actually live.

If there's a webhook option instead, that would work too.

Thanks,
Priyanka Shah
Engineering Manager, Platform
Tamsin & Rowe Tech - Manchester
"""
    build(n, 'feature_request', 'product_board_reply', '', 'en', 'thunderbird-plain;format-flowed;7bit;bare-message-id',
          'Slack notifications', ('Priyanka Shah', 'priyanka.shah@tamsinrowe.com'),
          'Feature request: Slack notifications for declines', ('2026-04-15 17:58:31', '+0100'),
          E_plain(t, 'us-ascii', '7bit', flowed=True), client='thunderbird', msgid='bare')

@reg
def f_en_approval(n):
    t = """Hi,

Picking this old thread back up because it's related. What our GMs really want is a step where the hiring manager can approve the proposed interview times before GoodTime sends anything to the candidate. At the moment the candidate gets the invite straight away and if the GM doesn't like the slot we end up rescheduling and looking disorganised.

Could this be put forward to GoodTime as an idea?

Thanks,
Hannah

Hannah Cole
Recruitment Coordinator | Food & Beverage

From: Hannah Cole
Sent: 12 January 2026 11:04
To: Marco Bellini <marco.bellini@tamsinrowe.com>
Subject: Christmas party photos

Hi Marco, the photos from the kitchen Christmas party are on the shared drive now under Events/2025. Hannah
"""
    build(n, 'feature_request', 'product_board_reply', '', 'en', 'outlook-html-only;qp;cp1252;reply-outlook-block;quote-unrelated',
          'hiring manager approval step', ('Hannah Cole', 'hannah.cole@tamsinrowe.com'),
          'RE: Christmas party photos', ('2026-01-26 10:47:02', '+0000'),
          E_outlook(t), recv=5)

@reg
def f_en_pdf(n):
    t = """Hi all,

Attaching a quick mock-up of something that would help our onsite candidates a lot: a one-page PDF itinerary GoodTime could attach to the confirmation, with a map of the hotel, the staff entrance (which is never where candidates expect), who to ask for, and the session times.

We currently make these by hand in Word for every GM and Head Chef onsite. If GoodTime could generate something like it from the interview, it would be brilliant.

Cheers,
Olivia

Olivia Fenwick
Early Careers Lead | Tamsin & Rowe Head Office
"""
    build(n, 'feature_request', 'product_board_reply', '', 'en', 'gmail-alt;qp;utf-8;attachment-pdf',
          'PDF itinerary with map, mock-up attached', ('Olivia Fenwick', 'olivia.fenwick@tamsinrowe.com'),
          'Idea: printable itinerary with map', ('2026-04-01 12:10:45', '+0100'),
          E_gmail(t, atts=[att_pdf('Itinerary_mockup_v2.pdf', 'Tamsin & Rowe - Onsite itinerary mock-up')]), client='gmail',
          recv=6, recv_origin='gmail', auth=True)

@reg
def f_en_localtime(n):
    t = """Hello,

One for the wish list: when I look at a candidate's availability in GoodTime, it would help enormously to see each interviewer's own local time next to the slot as well (e.g. "14:00 London / 15:00 Madrid / 09:00 New York"). We schedule a lot of cross-office panels for the revenue and tech teams and I'm constantly doing the maths in my head.

Kind regards,
Tom Ashdown
Recruiting Operations Analyst
"""
    build(n, 'feature_request', 'product_board_reply', '', 'en', 'outlook-mac;alt;qp;utf-8;near-article-time-zones',
          'show interviewer local times side by side', ('Tom Ashdown', 'tom.ashdown@tamsinrowe.com'),
          'wish list - local times in scheduling view', ('2026-05-13 08:06:29', '+0100'),
          E_outlook(t, 'EN-GB', 'utf-8', 'quoted-printable', plain_too=True), client='outlook-mac')

@reg
def f_es_location(n):
    t = """Hola equipo:

Os escribo con una sugerencia. En Barcelona tenemos dos hoteles (Rowe Barcelona y Tamsin Barcelona Eixample) y muchas veces da igual en cuál haga el candidato la entrevista. Estaría muy bien que en el enlace para que el candidato elija la hora pudiera elegir también el hotel, y que GoodTime reservara la sala en el hotel correspondiente.

¿Se lo podéis hacer llegar a GoodTime?

Gracias y un saludo,

Jordi Ferrer
HR Business Partner Cataluña
Tamsin & Rowe Hoteles España
"""
    build(n, 'feature_request', 'product_board_reply', '', 'es', 'gmail-alt;qp;utf-8;rfc2047-q-utf8-subject',
          'candidate picks location in self-scheduling', ('Jordi Ferrer', 'jordi.ferrer@tamsinrowe.es'),
          'Sugerencia: elegir hotel en el enlace de autoprogramación', ('2026-03-24 17:29:40', '+0100'),
          E_gmail(t), client='gmail', subj_how='q-utf8', recv=5, recv_origin='gmail')

@reg
def f_fr_holidays(n):
    t = """Bonjour,

Une suggestion pour GoodTime : serait-il possible que les jours fériés français (et les ponts, pourquoi pas) soient pris en compte automatiquement pour les intervenants en France ? Le 8 mai et l'Ascension, GoodTime a proposé à plusieurs candidats des créneaux alors que toute l'équipe de Paris était absente, parce que personne n'avait bloqué son agenda.

Pouvez-vous transmettre l'idée ?

Bien à vous,

Hélène Rousseau-Duval
HR Business Partner France
Tamsin & Rowe France SAS

""" + DISC_FR
    build(n, 'feature_request', 'product_board_reply', '', 'fr', 'outlook-html-only;qp;cp1252;long-disclaimer;raw-cp1252-subject',
          'national holidays automatically', ('Hélène Rousseau-Duval', 'helene.rousseau-duval@tamsinrowe.com'),
          'Suggestion : jours fériés français dans GoodTime', ('2026-05-18 09:12:05', '+0200'),
          E_outlook(t, 'FR'), from_how='raw-cp1252', subj_how='raw-cp1252', recv=6)

@reg
def f_pt_lang(n):
    t = """Olá,

Uma sugestão: os nossos candidatos em Portugal recebem a página para escolher horários e os e-mails do GoodTime em inglês, e alguns candidatos para copa e limpeza não percebem bem. Seria ótimo se a parte que o candidato vê pudesse estar em português de Portugal (não do Brasil, de preferência).

Podem passar esta ideia à GoodTime?

Obrigada,
Conceição Araújo
Recrutamento – Tamsin Lisboa Chiado

Enviado do meu iPhone"""
    build(n, 'feature_request', 'product_board_reply', '', 'pt', 'iphone-plain;qp;iso-8859-1;mobile-signature;rfc2047-b-latin1-subject',
          'candidate-facing pages in European Portuguese', ('Conceição Araújo', 'conceicao.araujo@tamsinrowe.pt'),
          'Sugestão: páginas do candidato em português', ('2026-06-05 19:47:38', '+0100'),
          E_plain(t, 'iso-8859-1', 'quoted-printable'), client='iphone', from_how='b-latin1', subj_how='b-latin1')

# ================================================================= ESCALATIONS
@reg
def e_en_seats(n):
    t = """Dear Help Line,

As you may know, Tamsin Edinburgh opens in September and we begin pre-opening recruitment for around 140 roles on 1 June. The hotel's HR team (one HR manager, two coordinators) and roughly a dozen heads of department will need GoodTime access, and my understanding from Finance is that we are already using every seat on our current agreement.

Could you please take this up with GoodTime on our behalf: we need approximately 15 additional seats from the end of May, and I would like to understand the cost, whether it can be added to the current contract mid-term, and how quickly the licences can be made available.

Kind regards,

Rebecca Stanhope
Head of Talent Acquisition, UK & Ireland
Tamsin & Rowe Group

""" + DISC_EN
    build(n, 'escalation', 'flag_csm', '', 'en', 'outlook-html-only;qp;cp1252;legal-disclaimer-urgent;received-chain;dkim-arc',
          'additional seats for new hotel', ('Stanhope, Rebecca', 'rebecca.stanhope@tamsinrowe.com'),
          'GoodTime licences for Tamsin Edinburgh pre-opening', ('2026-04-09 11:30:42', '+0100'),
          E_outlook(t), recv=7, auth=True)

@reg
def e_en_renewal(n):
    t = """Hi help line - can you pick this up with whoever looks after our GoodTime account? Finance need an answer before the budget lock on the 20th.

Thanks, Tom

---------- Forwarded message ---------
From: Daniela Kovacs <daniela.kovacs@tamsinrowe.com>
Date: Wed, 4 Feb 2026 at 16:21
Subject: GoodTime contract - renewal date?
To: Tom Ashdown <tom.ashdown@tamsinrowe.com>

Hi Tom,

I'm putting together the FY26/27 software budget. Could you find out when our GoodTime contract renews, whether the price is changing at renewal, and whether we can move to annual invoicing in GBP with our PO number on the invoice (PO-TR-558210)? Last year's invoices were in USD and caused a headache.

Thanks,
Daniela Kovacs
Finance Business Partner, Group Functions
"""
    build(n, 'escalation', 'flag_csm', '', 'en', 'gmail-alt;qp;utf-8;forwarded-gmail',
          'renewal date, pricing, invoicing', ('Tom Ashdown', 'tom.ashdown@tamsinrowe.com'),
          'Fwd: GoodTime contract - renewal date?', ('2026-02-05 09:14:30', '+0000'),
          E_gmail(t), client='gmail', recv=5, recv_origin='gmail')

@reg
def e_en_training(n):
    t = """Hello,

We have twelve new recruitment coordinators starting in Manchester on 2 March as part of the shared-services move (they'll be scheduling for all UK hotels and the central kitchen). Most have never used GoodTime.

Rather than each of them learning by trial and error, I'd like to arrange a proper training session for the whole group, ideally run by GoodTime, covering day-to-day scheduling, panels, pools and how we handle reschedules. Two half-days in their first fortnight would be ideal. Could you set this up with GoodTime, or let me know who I should speak to?

Best regards,
Laura Whitaker
Recruitment Shared Services Manager
Tamsin & Rowe | Manchester
"""
    build(n, 'escalation', 'flag_csm', '', 'en', 'outlook-alt;qp;utf-8',
          'training for a new team', ('Whitaker, Laura', 'laura.whitaker@tamsinrowe.com'),
          'Training for 12 new coordinators - Manchester', ('2026-02-10 13:45:59', '+0000'),
          E_outlook(t, 'EN-GB', 'utf-8', 'quoted-printable', plain_too=True), recv=6)

@reg
def e_en_complaint(n):
    t = """Help line,

I have to be honest with you: the last month with GoodTime has been very poor, and my General Managers have started telling me they'd rather go back to scheduling by hand.

In four weeks we have had the duplicate invite problem, two days of calendars not syncing, candidates receiving reminders at the wrong time and a reports page that didn't load for a week. Each of these was reported, and each time the answer has been a ticket number and then silence. Individually they were annoying; together they are undermining the whole rollout, and the Board is asking me whether this was the right investment.

I would like a proper review with GoodTime's side - what has gone wrong, what they are doing about it and what we can expect - ideally within the next fortnight. I'm happy to bring the GMs of the Mayfair and Manchester.

Regards,

Victoria Ashby
Group People Director
Tamsin & Rowe Group

""" + DISC_EN
    build(n, 'escalation', 'flag_csm', '', 'en', 'outlook-html-only;qp;cp1252;legal-disclaimer-urgent;dkim-arc;received-chain',
          'overall complaint, wants review', ('Ashby, Victoria', 'victoria.ashby@tamsinrowe.com'),
          'GoodTime - not good enough', ('2026-04-30 18:52:37', '+0100'),
          E_outlook(t), recv=8, auth=True)

@reg
def e_en_process(n):
    t = """Hi team,

Following our TA leadership offsite, we've decided that from Q3 all General Manager and Head of Department hiring across the group will move to a single, standard process: pool-based first interviews, a fixed two-stage onsite, and a sign-off by the regional director before any offer stage. Today every hotel does it differently, and much of it is named interviewers and manual juggling.

This is quite a big change to how we use GoodTime, and I'd like GoodTime's advice on how best to design it - pools, templates, approvals, what others in hospitality do - before we start building anything. Could you arrange a working session with the right person at GoodTime in the next few weeks?

Thanks,
Rebecca

Rebecca Stanhope
Head of Talent Acquisition, UK & Ireland
"""
    build(n, 'escalation', 'flag_csm', '', 'en', 'apple-alt;qp;utf-8;raw-utf8-subject',
          'process change across the group', ('Rebecca Stanhope', 'rebecca.stanhope@tamsinrowe.com'),
          'Redesigning GM & HoD hiring process in GoodTime – need GoodTime’s input', ('2026-05-21 07:48:12', '+0100'),
          E_apple(t), client='apple', subj_how='raw-utf8', recv=5, recv_origin='gmail')

@reg
def e_en_recurring_live(n):
    t = """Hi,

The ATS sync has broken AGAIN this morning. Candidates moved to "Onsite" in the ATS since about 09:00 are not appearing in GoodTime at all, so no one in London or Manchester can schedule onsites today.

This is the fourth time since January. We've had ticket #47720 open with GoodTime Support for three weeks and every time it "resolves itself" after a day and comes back. I've attached our incident log with dates and impact.

I need two things: someone to get today's sync moving again, and a proper escalation at GoodTime on why this keeps happening and what the permanent fix is. This can't carry on.

Tom Ashdown
Recruiting Operations Analyst
Tamsin & Rowe | Head Office, London
"""
    build(n, 'escalation', 'flag_csm+forward_support', '', 'en', 'outlook-html-only;qp;cp1252;attachment-pdf;angry-caps',
          'recurring unresolved sync + live failure today', ('Ashdown, Tom', 'tom.ashdown@tamsinrowe.com'),
          'ATS sync down AGAIN - 4th time, ticket open 3 weeks', ('2026-03-16 10:26:49', '+0000'),
          E_outlook(t, atts=[att_pdf('ATS_sync_incident_log_Jan-Mar2026.pdf', 'ATS sync incident log Jan-Mar 2026')]),
          recv=6, auth=True)

@reg
def e_en_domain(n):
    t = """Hello,

Since the Portuguese entity moved to its own domain on Monday, all 23 of our colleagues with @tamsinrowe.pt addresses cannot sign in to GoodTime - they get "Your organisation does not have access". Lisbon and Porto recruiters have been unable to schedule anything for two days.

I assume our GoodTime account needs the new domain added and the users moved across, which presumably is an account-level change on GoodTime's side, and I'd also like to make sure their interview history isn't lost in the process. Could you please take this forward with GoodTime urgently, and in the meantime get someone to look at getting them back in?

Many thanks,

Miguel Andrade
IT Business Partner – People Systems
Tamsin & Rowe Group
"""
    build(n, 'escalation', 'flag_csm+forward_support', '', 'en', 'outlook-alt;base64;utf-8;received-chain;dkim-arc',
          'account domain change, users locked out now', ('Miguel Andrade', 'miguel.andrade@tamsinrowe.com'),
          'tamsinrowe.pt users locked out of GoodTime / account domain', ('2026-01-14 16:04:33', '+0000'),
          E_outlook(t, 'EN-GB', 'utf-8', 'base64', plain_too=True), recv=7, auth=True)

@reg
def e_en_qbr(n):
    t = """Dear colleagues,

Our Chief People Officer, Mr Adrian Whitlock, has asked me to arrange a review meeting with the GoodTime account team at the end of June. He would like to see how the rollout is going across the group one year in: adoption by site, time to schedule, where we are under-using the product, and what GoodTime recommends for the second year, ahead of the renewal discussion in the autumn.

Could you let me know who at GoodTime I should liaise with to find a date, and what they would need from us in advance? Mr Whitlock's diary is very limited in June, so the sooner the better.

With kind regards,

Fiona MacLeod
Executive Assistant to the Chief Operating Officer
(covering for the Office of the Chief People Officer)
Tamsin & Rowe Group | 14 St John's Square, London EC1M 4NL

""" + DISC_EN
    build(n, 'escalation', 'flag_csm', '', 'en', 'outlook-html-only;qp;cp1252;legal-disclaimer-urgent;formal',
          'account review meeting, letters CSM absent', ('MacLeod, Fiona', 'fiona.macleod@tamsinrowe.com'),
          'Annual GoodTime review with the Chief People Officer', ('2026-05-26 15:36:20', '+0100'),
          E_outlook(t), recv=5, auth=True)

@reg
def e_de_licence(n):
    t = """Sehr geehrte Kolleginnen und Kollegen,

zum 1. Juli wird der Betrieb der beiden Münchner Häuser in die neu gegründete Tamsin & Rowe Hotelbetriebs GmbH überführt. Im Zuge dessen hat mich unsere Geschäftsführung gebeten, die vertraglichen Fragen zu GoodTime zu klären:

1. Können die Lizenzen der Münchner Nutzerinnen und Nutzer (derzeit 11) auf die neue Gesellschaft übertragen werden, oder ist hierfür ein gesonderter Vertrag erforderlich?
2. Ist eine separate Rechnungsstellung an die neue Gesellschaft möglich (Rechnungsadresse und USt-IdNr. reiche ich gerne nach)?
3. Wir benötigen für die Eröffnung voraussichtlich 6 zusätzliche Lizenzen ab August.

Ich wäre Ihnen dankbar, wenn Sie diese Punkte mit GoodTime abstimmen und mir einen Ansprechpartner nennen könnten.

Mit freundlichen Grüßen

Katrin Wöhler
HR Business Partner Süd
Tamsin & Rowe Deutschland GmbH

""" + DISC_DE
    build(n, 'escalation', 'flag_csm', '', 'de', 'outlook-html-only;qp;cp1252;rfc2047-q-iso8859-1-split;long-disclaimer;formal;winmail-dat',
          'licence transfer to new legal entity', ('Katrin Wöhler', 'k.woehler@tamsinrowe.de'),
          'Lizenzübertragung GoodTime auf neue Gesellschaft (München)', ('2026-05-04 09:58:16', '+0200'),
          E_outlook(t, 'DE', atts=[att_tnef()]), from_how='q-latin1', subj_how='split-q-latin1:5', recv=6, auth=True)

@reg
def e_es_sync(n):
    t = """Buenos días:

Os escribo con bastante frustración. Desde mediados de febrero la sincronización entre el ATS y GoodTime falla de forma recurrente en los hoteles de España: candidatos duplicados, fases que no se actualizan y entrevistas que no aparecen en la ficha del candidato. Hemos abierto tres incidencias con el soporte de GoodTime (#47102, #47655 y #48031) y ninguna se ha resuelto de verdad.

Hoy mismo, otra vez: los candidatos que hemos pasado a "Entrevista" esta mañana en Madrid y Barcelona aparecen dos veces en GoodTime y no podemos programar.

Necesitamos que alguien lo arregle hoy y, sobre todo, que se escale a un nivel superior en GoodTime para encontrar una solución definitiva. El equipo está perdiendo la confianza en la herramienta.

Un saludo,

Álvaro Pérez Quintana
Responsable de Selección – Madrid
Tamsin & Rowe Hoteles España, S.L.

""" + DISC_ES
    build(n, 'escalation', 'flag_csm+forward_support', '', 'es', 'outlook-html-only;base64;iso-8859-1;long-disclaimer;rfc2047-b-utf8-subject',
          'recurring unresolved sync, failing again today', ('Álvaro Pérez Quintana', 'alvaro.perez@tamsinrowe.es'),
          'Problemas recurrentes de sincronización ATS – solicitamos escalado', ('2026-03-23 10:31:07', '+0100'),
          E_outlook(t, 'ES', 'iso-8859-1', 'base64'), from_how='q-latin1', subj_how='b-utf8', recv=6, auth=True)

@reg
def e_fr_training(n):
    t = """Bonjour,

Suite à l'arrivée de nombreux nouveaux collaborateurs RH et managers dans nos établissements de Paris et de Lyon (une vingtaine de personnes au total), nous souhaiterions organiser une formation GoodTime dédiée à ces équipes, idéalement en français et sur site à Paris, au cours du mois de juin.

Pourriez-vous vous rapprocher de GoodTime pour étudier cette possibilité et nous indiquer les modalités (format, durée, éventuel coût) ?

Je reste à votre disposition pour tout complément d'information.

Cordialement,

Hélène Rousseau-Duval
HR Business Partner France
Tamsin & Rowe France SAS

""" + DISC_FR
    build(n, 'escalation', 'flag_csm', '', 'fr', 'outlook-alt;qp;iso-8859-1;long-disclaimer;formal',
          'training request for French teams', ('Hélène Rousseau-Duval', 'helene.rousseau-duval@tamsinrowe.com'),
          'Demande de formation GoodTime – équipes RH Paris et Lyon', ('2026-04-28 14:19:52', '+0200'),
          E_outlook(t, 'FR', 'iso-8859-1', 'quoted-printable', plain_too=True), from_how='q-utf8', subj_how='q-utf8', recv=5)

@reg
def e_pt_renewal(n):
    t = """Boa tarde,

A direção financeira da Tamsin & Rowe Portugal pediu-me para esclarecer algumas questões sobre o contrato do GoodTime antes do fecho do orçamento:

- Qual a data de renovação do contrato e se o valor por licença vai ser revisto?
- É possível faturar as licenças de Portugal diretamente à Tamsin & Rowe Portugal, Lda., com o nosso NIPC, em vez de serem refaturadas a partir de Londres?
- Com a abertura do Rowe Porto Ribeira, vamos precisar de mais 4 licenças a partir de setembro.

Podem tratar disto com a GoodTime e dizer-me com quem devo falar?

Muito obrigado,

João Gonçalves
Diretor de Recursos Humanos | Tamsin Lisboa Chiado
Tamsin & Rowe Portugal, Lda.

""" + DISC_PT
    build(n, 'escalation', 'flag_csm', '', 'pt', 'outlook-html-only;qp;cp1252;long-disclaimer;raw-utf8-subject',
          'renewal, invoicing, extra seats', ('João Gonçalves', 'joao.goncalves@tamsinrowe.pt'),
          'Contrato GoodTime – renovação e faturação Portugal', ('2026-06-08 15:11:24', '+0100'),
          E_outlook(t, 'PT'), from_how='raw-utf8', subj_how='raw-utf8', recv=6, auth=True)

# ================================================================= NOISE
@reg
def x_en_ooo_auto(n):
    t = """Thank you for your email. I am out of the office from Monday 6 April to Friday 17 April with limited access to email.

For anything relating to recruitment at Rowe House Manchester please contact Ellie Marchetti (ellie.marchetti@tamsinrowe.com). For anything URGENT relating to hotel operations please call the Duty Manager on +44 161 496 0700.

Kind regards,
Declan Rourke
General Manager, Rowe House Manchester
"""
    build(n, 'noise', 'ignore', '', 'en', 'out-of-office;auto-submitted-auto-replied;outlook-alt;qp',
          'OOO with Auto-Submitted', ('Rourke, Declan', 'declan.rourke@tamsinrowe.com'),
          'Automatic reply: GoodTime drop-in clinic for hotel managers - April', ('2026-04-07 09:00:12', '+0100'),
          E_outlook(t, plain_too=True), extra=['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All',
                                                'X-MS-Exchange-Inbox-Rules-Loop: declan.rourke@tamsinrowe.com'],
          inreply='AM6PR04MB3301C7D9@AM6PR04MB3301.eurprd04.prod.outlook.com', recv=5)

@reg
def x_en_ooo_plain(n):
    t = """Hi,

I'm on annual leave until Tuesday 3 March and won't be checking emails. If it's about an interview at The Tamsin Mayfair, please email people.mayfair@tamsinrowe.com and the team will help.

Thanks!
Aoife
"""
    build(n, 'noise', 'ignore', '', 'en', 'out-of-office;no-auto-submitted;plain;7bit',
          'OOO without Auto-Submitted', ('Aoife Brennan', 'aoife.brennan@tamsinrowe.com'),
          'Out of Office: Re: Your GoodTime access', ('2026-02-23 14:22:40', '+0000'),
          E_plain(t, 'us-ascii', '7bit'), client='outlook-ios')

@reg
def x_en_bounce(n):
    date_s = dt('2026-03-13 18:04:55', '+0000')
    expl = """This is the mail system at host mx1.tamsinrowe.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<l.okafor@tamsinrowe.com>: host mailstore02.tamsinrowe.com[10.20.0.12] said:
    550 5.1.1 <l.okafor@tamsinrowe.com>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)
"""
    ds = """Reporting-MTA: dns; mx1.tamsinrowe.com
X-Postfix-Queue-ID: 4Fq2Lk0Xyz3s
X-Postfix-Sender: rfc822; helpline@tamsinrowe.com
Arrival-Date: %s

Final-Recipient: rfc822; l.okafor@tamsinrowe.com
Original-Recipient: rfc822;l.okafor@tamsinrowe.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; mailstore02.tamsinrowe.com
Diagnostic-Code: smtp; 550 5.1.1 <l.okafor@tamsinrowe.com>: Recipient address
    rejected: User unknown in virtual mailbox table
""" % date_s
    orig = """Return-Path: <helpline@tamsinrowe.com>
From: GoodTime Help Line <helpline@tamsinrowe.com>
To: Lola Okafor <l.okafor@tamsinrowe.com>
Subject: RE: Error when scheduling panel - ticket update
Date: %s
Message-ID: <HL-20260313-0442@tamsinrowe.com>
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
""" % date_s
    ent = multi('report', [leaf('text/plain; charset=us-ascii', expl.encode(), None, ['Content-Description: Notification']),
                           leaf('message/delivery-status', ds.encode(), None, ['Content-Description: Delivery report']),
                           leaf('text/rfc822-headers', orig.encode(), None, ['Content-Description: Undelivered Message Headers'])],
                params=' report-type=delivery-status;', preamble='This is a MIME-encapsulated message.')
    build(n, 'noise', 'ignore', '', 'en', 'bounce;multipart-report;delivery-status;mailer-daemon',
          'bounce of a help-line reply', ('Mail Delivery System', 'MAILER-DAEMON@mx1.tamsinrowe.com'),
          'Undelivered Mail Returned to Sender', ('2026-03-13 18:04:56', '+0000'), ent, client='none',
          extra=['Auto-Submitted: auto-replied', 'Return-Path: <>'], msgid='<20260313180456.4Fq2Lk0Xyz3s@mx1.tamsinrowe.com>', recv=0, crlf=False)

@reg
def x_en_newsletter(n):
    h = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>GoodTime Product Digest</title></head>
<body style="margin:0;background:#f4f1fb;font-family:Helvetica,Arial,sans-serif">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="600" style="background:#ffffff;border-radius:8px">
<tr><td style="padding:24px"><img src="https://email.goodtime.io/images/logo.png" alt="GoodTime" width="140"></td></tr>
<tr><td style="padding:0 24px"><h1 style="color:#5b2be0;font-size:24px">What's new in GoodTime &ndash; March 2026</h1>
<p>Hi there,</p>
<p>Spring is here, and so are some features our customers have been asking for. Here's your monthly round-up.</p>
<h2 style="font-size:18px">&#10024; Smarter load balancing</h2>
<p>Interviewer load now takes time off and training sessions into account. <a href="https://email.goodtime.io/c/eJx1kMtOwzAQRX_F8roJ3Cu3l">Read the release notes &rarr;</a></p>
<h2 style="font-size:18px">&#128197; Webinar: Hiring at scale for seasonal peaks</h2>
<p>Join our panel of TA leaders from retail and hospitality on 24 March. <a href="https://email.goodtime.io/c/eJx1kMtOwzAQRX_F8roJ3Cu3m">Save your seat</a></p>
<h2 style="font-size:18px">&#127942; Customer story</h2>
<p>How a 40-site restaurant group cut time-to-schedule by 63%.</p>
</td></tr>
<tr><td style="padding:24px;font-size:11px;color:#888">You're receiving this because you're a GoodTime user at Tamsin &amp; Rowe.<br>
GoodTime, Inc. &middot; New York, NY<br>
<a href="https://email.goodtime.io/unsubscribe?u=8f2c1a&amp;e=helpline%40tamsinrowe.com">Unsubscribe</a> &middot; <a href="https://email.goodtime.io/preferences?u=8f2c1a">Manage preferences</a></td></tr>
</table></td></tr></table>
<img src="https://email.goodtime.io/o/eJx1kMtOwzAQRX_F8roJ3Cu3l.gif" width="1" height="1" alt="">
</body></html>
"""
    txt = """What's new in GoodTime - March 2026

Hi there,

Spring is here, and so are some features our customers have been asking for.

* Smarter load balancing - interviewer load now takes time off and training sessions into account.
  Read the release notes: https://email.goodtime.io/c/eJx1kMtOwzAQRX_F8roJ3Cu3l
* Webinar: Hiring at scale for seasonal peaks - 24 March. Save your seat: https://email.goodtime.io/c/eJx1kMtOwzAQRX_F8roJ3Cu3m
* Customer story: how a 40-site restaurant group cut time-to-schedule by 63%.

Unsubscribe: https://email.goodtime.io/unsubscribe?u=8f2c1a&e=helpline%40tamsinrowe.com
"""
    ent = multi('alternative', [text_part(txt, 'utf-8', 'quoted-printable'), html_part(h, 'utf-8', 'quoted-printable')])
    build(n, 'noise', 'ignore', '', 'en', 'newsletter;list-unsubscribe;html;qp;received-chain;dkim',
          'vendor newsletter mentioning features', ('GoodTime', 'news@email.goodtime.io'),
          'What\'s new in GoodTime: smarter load balancing + seasonal hiring webinar', ('2026-03-10 15:00:03', '+0000'), ent,
          client='none', extra=['List-Unsubscribe: <https://email.goodtime.io/unsubscribe?u=8f2c1a>, <mailto:unsubscribe@email.goodtime.io?subject=unsubscribe>',
                                'List-Unsubscribe-Post: List-Unsubscribe=One-Click', 'Precedence: bulk', 'List-Id: GoodTime Product News <news.email.goodtime.io>',
                                'X-Campaign-ID: pd-2026-03', 'Feedback-ID: 2026-03:news:goodtime'],
          recv=6, recv_origin='ext', auth=True)

def cal_reply(n, partstat, who, subj_prefix, comment, date, lang='en', fmt_extra=''):
    data = ics('REPLY', 'GoodTime drop-in clinic for hotel managers', '20260415T100000', '20260415T110000',
               ('GoodTime Help Line', HELP), who, partstat=partstat,
               uid='040000008200E00074C5B7101A82E00800000000B0C1D2E3F4A5DC01000000000000000010000000' + rhex(32).upper())
    parts = [text_part(comment, 'utf-8', 'quoted-printable'),
             leaf('text/calendar; charset="utf-8"; method=REPLY', data, 'base64')]
    ent = multi('alternative', parts, 'outlook')
    build(n, 'noise', 'ignore', '', lang, 'calendar-reply;text-calendar;method-reply' + fmt_extra,
          'calendar %s notice' % partstat.lower(), (who[0], who[1]),
          subj_prefix + ': GoodTime drop-in clinic for hotel managers', date, ent, client='outlook')

@reg
def x_en_accept(n):
    cal_reply(n, 'ACCEPTED', ('Jade Whitcombe', 'jade.whitcombe@tamsinrowe.com'), 'Accepted', '', ('2026-04-06 08:31:20', '+0100'))

@reg
def x_en_decline(n):
    cal_reply(n, 'DECLINED', ('Harriet Lyle', 'harriet.lyle@tamsinrowe.com'), 'Declined',
              'Sorry - on a site visit in Edinburgh that day.\n', ('2026-04-06 12:47:03', '+0100'), fmt_extra=';decline-with-short-comment')

@reg
def x_en_readreceipt(n):
    txt = """Your message

  To: Tanya Greaves
  Subject: RE: GoodTime not working!!!
  Sent: Tuesday, March 17, 2026 11:02:15 AM (UTC+00:00) Dublin, Edinburgh, Lisbon, London

was read on Tuesday, March 17, 2026 11:40:51 AM (UTC+00:00) Dublin, Edinburgh, Lisbon, London.
"""
    mdn = """Reporting-UA: tamsinrowe.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;tanya.greaves@tamsinrowe.com
Original-Message-ID: <HL-20260317-0911@tamsinrowe.com>
Disposition: manual-action/MDN-sent-manually; displayed
"""
    ent = multi('report', [text_part(txt, 'utf-8', 'quoted-printable'),
                           leaf('message/disposition-notification', mdn.encode(), '7bit')], 'outlook',
                params=' report-type=disposition-notification;')
    build(n, 'noise', 'ignore', '', 'en', 'read-receipt;multipart-report;disposition-notification',
          'read receipt', ('Greaves, Tanya', 'tanya.greaves@tamsinrowe.com'),
          'Read: RE: GoodTime not working!!!', ('2026-03-17 11:40:52', '+0000'), ent)

@reg
def x_en_phish(n):
    h = """<html><body style="font-family:Arial">
<p><img src="http://goodtime-accounts-verify.com/static/gt_logo.png" width="120"></p>
<p>Dear helpline,</p>
<p>We detected an <b>unusual sign-in</b> to your GoodTime workspace <b>tamsinrowe</b> from a new device (Lagos, NG).</p>
<p>For your security your account will be <span style="color:red"><b>SUSPENDED within 24 hours</b></span> unless you verify your identity immediately.</p>
<p style="text-align:center"><a href="http://goodtime-accounts-verify.com/login?ref=tamsinrowe&amp;id=88213" style="background:#6c3cf0;color:#fff;padding:12px 24px;text-decoration:none;border-radius:4px">VERIFY MY ACCOUNT</a></p>
<p>If you do not verify, all scheduled interviews and candidate data will be permanently deleted.</p>
<p>Thank you,<br>GoodTime Security Team</p>
</body></html>
"""
    ent = html_part(h, 'utf-8', 'quoted-printable')
    date_s = dt('2026-02-14 03:17:44', '+0000')
    extra = [b'Authentication-Results: mx1.tamsinrowe.com; spf=softfail (mx1.tamsinrowe.com: domain of transitioning noreply@goodtime-accounts-verify.com does not designate 185.234.72.19 as permitted sender) smtp.mailfrom=goodtime-accounts-verify.com; dkim=none; dmarc=none',
             b'Reply-To: security-team@goodtime-accounts-verify.com', b'X-Spam-Status: No, score=4.6 required=5.0',
             b'Return-Path: <bounce-88213@mailer.goodtime-accounts-verify.com>']
    build(n, 'noise', 'ignore', '', 'en', 'phishing;html-only;qp;spf-softfail;urgent-wording',
          'phishing lookalike domain', ('GoodTime Security', 'noreply@goodtime-accounts-verify.com'),
          'Action required: your GoodTime account will be suspended', date_s, ent, client='none',
          extra=extra, recv=4, recv_origin='ext', msgid='<20260214031744.88213@goodtime-accounts-verify.com>')

@reg
def x_en_thanks(n):
    t = """thanks!

On Thu, 12 Mar 2026 at 09:48, GoodTime Help Line <helpline@tamsinrowe.com> wrote:
> Hi Georgina,
>
> Both of those are now with GoodTime Support - we'll come back to you as soon as we hear.
>
> Help Line team
>
> On Thu, 12 Mar 2026 at 09:23, Georgina Pratt <georgina.pratt@tamsinrowe.com> wrote:
>> Hello help line, two unrelated things, sorry to bundle them...
"""
    build(n, 'noise', 'ignore', '', 'en', 'bare-thanks;gmail-alt;qp;quoted-thread',
          'bare thanks over quote', ('Georgina Pratt', 'georgina.pratt@tamsinrowe.com'),
          'Re: Two quick questions', ('2026-03-12 10:02:11', '+0000'),
          E_gmail(t), client='gmail', inreply='HL-20260312-0219@tamsinrowe.com')

@reg
def x_en_gotit(n):
    t = """Got it, thanks

Sent from my iPhone

> On 5 Feb 2026, at 10:14, GoodTime Help Line <helpline@tamsinrowe.com> wrote:
>
> Hi Sasha, GoodTime have confirmed the Teams link issue is fixed - new bookings should include the link again.
"""
    build(n, 'noise', 'ignore', '', 'en', 'bare-thanks;iphone-plain;mobile-signature;quoted-apple',
          'got it thanks', ('Sasha Novak', 'sasha.novak@tamsinrowe.com'),
          'Re: quick question', ('2026-02-05 10:31:40', '+0000'),
          E_plain(t, 'utf-8', '7bit'), client='iphone')

@reg
def x_de_ooo(n):
    t = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 10. April 2026 nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an Frau Lena Hartmann (l.hartmann@tamsinrowe.de, Tel. +49 30 2096 4410).

Mit freundlichen Grüßen
Matthias Kühn
Director of Operations | Tamsin Berlin Mitte
"""
    build(n, 'noise', 'ignore', '', 'de', 'out-of-office;auto-submitted-auto-replied;plain;qp;iso-8859-1;rfc2047-q-iso8859-1-subject',
          'German OOO', ('Kühn, Matthias', 'm.kuehn@tamsinrowe.de'),
          'Automatische Antwort: Schulung GoodTime – Termine April', ('2026-03-30 07:58:33', '+0200'),
          E_plain(t, 'iso-8859-1', 'quoted-printable'), client='outlook', from_how='q-latin1', subj_how='q-utf8',
          extra=['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All'])

@reg
def x_es_ooo(n):
    t = """Gracias por su mensaje.

Estaré fuera de la oficina del 30 de marzo al 6 de abril (Semana Santa), sin acceso al correo. Para cualquier asunto urgente relacionado con selección en Tamsin Madrid Salamanca, por favor contacte con Lucía Fernández (lucia.fernandez@tamsinrowe.es).

Un saludo,
Álvaro Pérez Quintana
"""
    build(n, 'noise', 'ignore', '', 'es', 'out-of-office;auto-submitted-auto-replied;outlook-html-only;base64;utf-8',
          'Spanish OOO', ('Álvaro Pérez Quintana', 'alvaro.perez@tamsinrowe.es'),
          'Respuesta automática: Incidencia GoodTime – recordatorios', ('2026-03-31 10:12:44', '+0200'),
          E_outlook(t, 'ES', 'utf-8', 'base64'), from_how='b-utf8', subj_how='q-utf8',
          extra=['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All'], recv=5)

@reg
def x_fr_ooo(n):
    t = """Bonjour,

Je suis absente jusqu'au lundi 25 mai inclus. Pour toute question urgente concernant le recrutement à Paris, merci de contacter Margaux Perrin (margaux.perrin@tamsinrowe.com).

Bien cordialement,
Hélène Rousseau-Duval
"""
    build(n, 'noise', 'ignore', '', 'fr', 'out-of-office;no-auto-submitted;raw-utf8-subject;raw-utf8-from;plain;8bit',
          'French OOO without Auto-Submitted header', ('Hélène Rousseau-Duval', 'helene.rousseau-duval@tamsinrowe.com'),
          'Réponse automatique : Suggestion : jours fériés français dans GoodTime', ('2026-05-18 09:12:40', '+0200'),
          E_plain(t, 'utf-8', '8bit'), client='outlook', from_how='raw-utf8', subj_how='raw-utf8')

@reg
def x_pt_thanks(n):
    t = """Obrigado, recebido.

Rui

De: GoodTime Help Line <helpline@tamsinrowe.com>
Enviado: 2 de junho de 2026 16:05
Para: Rui Simões <rui.simoes@tamsinrowe.pt>
Assunto: RE: Página de relatórios não abre

Olá Rui, encaminhámos o problema para o suporte da GoodTime com a sua captura de ecrã. Damos notícias assim que houver resposta.
"""
    build(n, 'noise', 'ignore', '', 'pt', 'bare-thanks;outlook-html-only;qp;cp1252;quoted-outlook-pt',
          'bare thanks in Portuguese', ('Rui Simões', 'rui.simoes@tamsinrowe.pt'),
          'RE: Página de relatórios não abre', ('2026-06-02 16:21:09', '+0100'),
          E_outlook(t, 'PT'), from_how='q-utf8', subj_how='q-latin1')

# ================================================================= main
def main():
    for f in os.listdir(OUT):
        if f.startswith('b-') and f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    order = list(REG)
    random.Random(77).shuffle(order)
    for i, fn in enumerate(order, 1):
        fn(i)
    LABELS.sort(key=lambda r: r[0])
    with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f)
        w.writerow(['file', 'category', 'actions', 'article', 'language', 'format', 'notes'])
        w.writerows(LABELS)

if __name__ == '__main__':
    main()
