#!/usr/bin/env python3
# Batch "b" of the Corvane Health Partners help-line test set. Standard library only.
import base64, quopri, zlib, struct, random, os, csv, email, html, datetime, hashlib

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(2026_0309_9)
HELP = 'helpline@corvanehealth.com'
HELPTO = 'GoodTime Help Line <helpline@corvanehealth.com>'

# ---------------------------------------------------------------- helpers
def dt(s, tz='+0000'):
    d = datetime.datetime.strptime(s, '%Y-%m-%d %H:%M')
    sign = 1 if tz[0] == '+' else -1
    off = datetime.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    return d.replace(second=R.randint(0, 59), tzinfo=datetime.timezone(off))

def D(d, short_day=False):
    s = d.strftime('%a, %d %b %Y %H:%M:%S %z')
    if short_day and s[5] == '0':
        s = s[:5] + s[6:]
    return s

def rhex(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))

def ralnum(n, up=False):
    a = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789' if up else 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'
    return ''.join(R.choice(a) for _ in range(n))

def mid(kind, dom='corvanehealth.com'):
    if kind == 'gmail':
        return '<CA%s%s@mail.gmail.com>' % (ralnum(10), ralnum(30))
    if kind == 'outlook':
        h = ralnum(4, True)
        return '<%sPR0%dMB%d%s@%sPR0%dMB%d.%s.prod.outlook.com>' % (
            h, R.randint(1, 9), R.randint(1000, 9999), ralnum(16, True), h, R.randint(1, 9),
            R.randint(1000, 9999), R.choice(['eurprd08', 'eurprd04', 'namprd12', 'namprd03', 'GBRP265']))
    if kind == 'apple':
        return '<%s-%s-%s-%s-%s@%s>' % (rhex(8).upper(), rhex(4).upper(), rhex(4).upper(), rhex(4).upper(), rhex(12).upper(), dom)
    return '<%s.%s@%s>' % (rhex(12), rhex(8), dom)

def ew_b(s, cs='utf-8'):
    return '=?%s?B?%s?=' % (cs, base64.b64encode(s.encode(cs)).decode())

def ew_q(s, cs='utf-8'):
    out = ''
    for ch in s.encode(cs):
        c = chr(ch)
        if c == ' ':
            out += '_'
        elif c.isascii() and (c.isalnum() or c in '!*+-/'):
            out += c
        else:
            out += '=%02X' % ch
    return '=?%s?Q?%s?=' % (cs, out)

def ew_split(parts, enc='b', cs='utf-8', fold='\n '):
    f = ew_b if enc == 'b' else ew_q
    return fold.join(f(p, cs) for p in parts)

def qp(b):
    return quopri.encodestring(b)

def b64(b):
    return base64.encodebytes(b)

def ser(node):
    hdrs, body = node
    hb = b'\n'.join(h if isinstance(h, bytes) else h.encode('utf-8') for h in hdrs)
    return hb + b'\n\n' + body

def leaf(text, sub='plain', cs='utf-8', cte='qp', params='', extra=()):
    raw = text if isinstance(text, bytes) else text.encode(cs, 'xmlcharrefreplace' if sub == 'html' else 'strict')
    if cte == 'qp':
        body, n = qp(raw), 'quoted-printable'
    elif cte == 'b64':
        body, n = b64(raw), 'base64'
    elif cte == '8bit':
        body, n = raw, '8bit'
    else:
        raw.decode('ascii')
        body, n = raw, '7bit'
    if not body.endswith(b'\n'):
        body += b'\n'
    csp = ('charset="%s"' % cs) if R.random() < 0.5 else ('charset=%s' % cs)
    h = ['Content-Type: text/%s; %s%s' % (sub, csp, params)]
    if n != 'omit':
        h.append('Content-Transfer-Encoding: %s' % n)
    h.extend(extra)
    return (h, body)

def bnd(kind='gen'):
    if kind == 'gmail':
        return '000000000000' + rhex(16)
    if kind == 'outlook':
        return '_000_' + ralnum(24, True) + '_'
    if kind == 'apple':
        return 'Apple-Mail-%s-%s-%s-%s-%s' % (rhex(8).upper(), rhex(4).upper(), rhex(4).upper(), rhex(4).upper(), rhex(12).upper())
    return '----=_Part_%d_%d.%d' % (R.randint(100000, 999999), R.randint(10000000, 99999999), R.randint(10 ** 12, 10 ** 13))

def mp(sub, parts, boundary=None, params='', preamble=None):
    b = boundary or bnd()
    body = b''
    if preamble:
        body += preamble.encode() + b'\n\n'
    for p in parts:
        body += b'--' + b.encode() + b'\n' + ser(p)
        if not body.endswith(b'\n'):
            body += b'\n'
    body += b'--' + b.encode() + b'--\n'
    return (['Content-Type: multipart/%s;%sboundary="%s"%s' % (sub, R.choice([' ', '\n\t']), b, params)], body)

def att(ctype, fname, data, inline=False, cid=None, extra=()):
    h = ['Content-Type: %s; name="%s"' % (ctype, fname),
         'Content-Disposition: %s; filename="%s"' % ('inline' if inline else 'attachment', fname),
         'Content-Transfer-Encoding: base64']
    if cid:
        h.append('Content-ID: <%s>' % cid)
    h.extend(extra)
    return (h, b64(data))

def png(w=64, h=40, seed=0):
    rr = random.Random(seed)
    base = (rr.randint(200, 250), rr.randint(200, 250), rr.randint(200, 250))
    rows = b''
    for y in range(h):
        rows += b'\x00'
        for x in range(w):
            if 10 < y < 16 and 6 < x < w - 6:
                rows += bytes((200, 40, 40))
            elif y < 6:
                rows += bytes((90, 60, 160))
            else:
                rows += bytes(base)
    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(rows, 9)) + chunk(b'IEND', b''))

def pdf(title):
    t = title.encode('latin-1', 'replace')
    objs = [b'<< /Type /Catalog /Pages 2 0 R >>', b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
            b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>']
    stream = b'BT /F1 14 Tf 60 780 Td (' + t + b') Tj ET'
    objs.append(b'<< /Length %d >>\nstream\n' % len(stream) + stream + b'\nendstream')
    objs.append(b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>')
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

def winmail(seed):
    rr = random.Random(seed)
    return b'\x78\x9f\x3e\x22' + struct.pack('<H', rr.randint(1, 65000)) + b'\x01\x06\x90\x08\x00\x04\x00\x00\x00\x00\x00\x01\x00\x01\x00' + bytes(rr.randint(0, 255) for _ in range(380))

def ics(method, summary, start, end, org, att_mail, att_name, partstat=None, uid=None, loc='', desc=''):
    uid = uid or ('%s@goodtime.io' % rhex(24))
    L = ['BEGIN:VCALENDAR', 'PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN' if method == 'REPLY' else 'PRODID:-//GoodTime//Scheduling//EN',
         'VERSION:2.0', 'METHOD:%s' % method, 'BEGIN:VEVENT',
         'ORGANIZER;CN=GoodTime Scheduling:mailto:%s' % org]
    if partstat:
        L.append('ATTENDEE;PARTSTAT=%s;CN="%s":mailto:%s' % (partstat, att_name, att_mail))
    else:
        L.append('ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="%s":mailto:%s' % (att_name, att_mail))
    L += ['UID:%s' % uid, 'SUMMARY:%s' % summary, 'DTSTART:%s' % start, 'DTEND:%s' % end,
          'DTSTAMP:20260301T090000Z', 'SEQUENCE:0']
    if loc:
        L.append('LOCATION:%s' % loc)
    if desc:
        L.append('DESCRIPTION:%s' % desc)
    L += ['END:VEVENT', 'END:VCALENDAR']
    return '\r\n'.join(L) + '\r\n'

def received(d, hops, final='mx1.corvanehealth.com'):
    """hops: list of (from_host, by_host, with_) from sender outward -> returns header lines newest first"""
    lines = []
    t = d
    chain = []
    for fr, by, w in hops:
        t = t + datetime.timedelta(seconds=R.randint(0, 3))
        chain.append((fr, by, w, t))
    for fr, by, w, tt in reversed(chain):
        ip = '%d.%d.%d.%d' % (R.randint(20, 220), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
        if 'prod.outlook.com' in by or 'prod.outlook.com' in fr:
            lines.append('Received: from %s (%s) by %s\n (%s) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s' % (
                fr, '2603:10a6:%x:%x::%x' % (R.randint(16, 999), R.randint(16, 999), R.randint(1, 99)), by, '2603:10a6:%x:%x::%x' % (R.randint(16, 999), R.randint(16, 999), R.randint(1, 99)),
                R.randint(7000, 8999), R.randint(10, 60), D(tt, True)))
        else:
            lines.append('Received: from %s (%s [%s])\n\tby %s (Postfix) with %s id %s\n\tfor <%s>; %s' % (
                fr, fr, ip, by, w, ralnum(12), HELP, D(tt)))
    return lines

def auth(d, dom, selector='s1', ok=True, arc=True):
    bh = base64.b64encode(hashlib.sha256(rhex(20).encode()).digest()).decode()
    sig = base64.b64encode(bytes(R.randint(0, 255) for _ in range(128))).decode()
    ts = int(d.timestamp())
    res = 'pass' if ok else 'fail'
    h = []
    h.append('Authentication-Results: mx1.corvanehealth.com;\n\tdkim=%s header.d=%s header.s=%s header.b=%s;\n\tspf=%s (mx1.corvanehealth.com: domain of %s designates sender IP as permitted sender) smtp.mailfrom=%s;\n\tdmarc=%s (p=%s sp=%s dis=none) header.from=%s' % (
        res, dom, selector, sig[:8], 'pass' if ok else 'softfail', dom, dom, res, 'reject' if ok else 'none', 'reject' if ok else 'none', dom))
    if arc:
        h.append('ARC-Seal: i=1; a=rsa-sha256; t=%d; cv=none;\n\td=corvanehealth.com; s=arc-2026;\n\tb=%s\n\t %s' % (ts, sig[:64], sig[64:120]))
        h.append('ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=corvanehealth.com;\n\ts=arc-2026; t=%d; h=from:to:subject:date:message-id;\n\tbh=%s;\n\tb=%s' % (ts, bh, sig[8:90]))
        h.append('ARC-Authentication-Results: i=1; mx1.corvanehealth.com; dkim=%s header.d=%s;\n\tspf=%s smtp.mailfrom=%s; dmarc=%s header.from=%s' % (res, dom, 'pass' if ok else 'softfail', dom, res, dom))
    h.append('DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=%s;\n\tt=%d; h=from:to:subject:date:message-id:mime-version:content-type;\n\tbh=%s;\n\tb=%s\n\t %s' % (
        dom, selector, ts, bh, sig[:70], sig[70:140]))
    return h

def esc(s):
    return html.escape(s, quote=False)

OUTLOOK_HEAD = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
    'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
    '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n/* Font Definitions */\n'
    '@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n@font-face\n\t{font-family:Calibri;\n\tpanose-1:2 15 5 2 2 2 4 3 2 4;}\n'
    '/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Calibri",sans-serif;\n\tmso-fareast-language:EN-US;}\n'
    'a:link, span.MsoHyperlink\n\t{mso-style-priority:99;\n\tcolor:#0563C1;\n\ttext-decoration:underline;}\nspan.EmailStyle%d\n\t{mso-style-type:personal-compose;\n\tfont-family:"Calibri",sans-serif;\n\tcolor:windowtext;}\n'
    '.MsoChpDefault\n\t{mso-style-type:export-only;\n\tfont-size:10.0pt;\n\tmso-ligatures:none;}\n@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}\n'
    'div.WordSection1\n\t{page:WordSection1;}\n--></style><!--[if gte mso 9]><xml>\n<o:shapedefaults v:ext="edit" spidmax="1026" />\n</xml><![endif]--><!--[if gte mso 9]><xml>\n'
    '<o:shapelayout v:ext="edit">\n<o:idmap v:ext="edit" data="1" />\n</o:shapelayout></xml><![endif]-->\n</head>\n'
    '<body lang="%s" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n<div class="WordSection1">\n')

def outlook_html(text, cs='windows-1252', lang='EN-GB', sig=None, quote=None):
    """text: paragraphs separated by newlines; sig: grey small signature lines; quote: (header_lines, body_text)"""
    out = OUTLOOK_HEAD % (cs, R.choice([17, 18, 19, 20, 21]), lang)
    def paras(t, style=''):
        s = ''
        for line in t.split('\n'):
            if line.strip():
                s += '<p class="MsoNormal"%s>%s<o:p></o:p></p>\n' % (style, esc(line))
            else:
                s += '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        return s
    out += paras(text)
    if sig:
        out += '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        for i, line in enumerate(sig.split('\n')):
            if not line.strip():
                out += '<p class="MsoNormal"><span style="font-size:8.0pt;color:#7F7F7F"><o:p>&nbsp;</o:p></span></p>\n'
            elif i == 0:
                out += '<p class="MsoNormal"><b><span style="font-size:10.0pt;color:#1F3864">%s</span></b><o:p></o:p></p>\n' % esc(line)
            else:
                out += '<p class="MsoNormal"><span style="font-size:8.0pt;color:#7F7F7F">%s</span><o:p></o:p></p>\n' % esc(line)
    if quote:
        qh, qb = quote
        out += '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n<div>\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        for line in qh:
            k, v = line.split(':', 1)
            out += '<p class="MsoNormal"><b><span lang="EN-US">%s:</span></b><span lang="EN-US">%s<o:p></o:p></span></p>\n' % (esc(k), esc(v))
        out += '</div>\n</div>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' + paras(qb)
    out += '</div>\n</body>\n</html>\n'
    return out

def simple_html(text, quote=None, wrap='gmail'):
    body = '<br>\n'.join(esc(l) for l in text.split('\n'))
    if wrap == 'gmail':
        s = '<div dir="ltr">%s</div>' % body
        if quote:
            attr, qt = quote
            s += ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
                  '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>') % (
                esc(attr), '<br>\n'.join(esc(l) for l in qt.split('\n')))
        return s + '\n'
    if wrap == 'apple':
        s = '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">'
        s += ''.join('<div dir="ltr">%s</div>' % (esc(l) if l else '<br>') for l in text.split('\n'))
        if quote:
            attr, qt = quote
            s += '<div dir="ltr"><br><blockquote type="cite">%s<br>%s</blockquote></div>' % (esc(attr), '<br>'.join(esc(l) for l in qt.split('\n')))
        return s + '</body></html>\n'
    return '<html><body><div style="font-family: Arial, sans-serif; font-size: 14px;">%s</div></body></html>\n' % body

def gmail_alt(text, quote=None, qp_plain=True):
    plain = text
    if quote:
        attr, qt = quote
        plain += '\n\n' + attr + '\n\n' + '\n'.join(('> ' + l) if l else '>' for l in qt.split('\n'))
    pp = leaf(plain, cte='qp' if qp_plain else '8bit')
    pp[0][0] = 'Content-Type: text/plain; charset="UTF-8"'
    hh = leaf(simple_html(text, quote, 'gmail'), 'html', cte='qp')
    hh[0][0] = 'Content-Type: text/html; charset="UTF-8"'
    return mp('alternative', [pp, hh], bnd('gmail'))

def apple_alt(text, quote=None):
    plain = text
    if quote:
        attr, qt = quote
        plain += '\n\n' + attr + '\n\n' + '\n'.join('> ' + l for l in qt.split('\n'))
    pp = leaf(plain, cte='qp')
    pp[0][0] = 'Content-Type: text/plain;\n\tcharset=utf-8'
    hh = leaf(simple_html(text, quote, 'apple'), 'html', cte='qp')
    hh[0][0] = 'Content-Type: text/html;\n\tcharset=utf-8'
    return mp('alternative', [pp, hh], bnd('apple'))

def outlook_alt(text, cs='utf-8', lang='EN-GB', sig=None, quote=None, cte='qp'):
    plain = text
    if sig:
        plain += '\n\n' + sig
    if quote:
        qh, qb = quote
        plain += '\n\n' + '\n'.join(qh) + '\n\n' + qb
    pp = leaf(plain, cs=cs, cte=cte)
    pp[0][0] = 'Content-Type: text/plain; charset="%s"' % cs
    hh = leaf(outlook_html(text, cs, lang, sig, quote), 'html', cs=cs, cte=cte)
    hh[0][0] = 'Content-Type: text/html; charset="%s"' % cs
    return mp('alternative', [pp, hh], bnd('outlook'))

def outlook_only(text, cs='windows-1252', lang='EN-GB', sig=None, quote=None, cte='qp'):
    n = leaf(outlook_html(text, cs, lang, sig, quote), 'html', cs=cs, cte=cte)
    n[0][0] = 'Content-Type: text/html; charset="%s"' % cs
    return n

def outlook_hdrs(d, thread_topic=None):
    h = ['X-MS-Has-Attach: ', 'X-MS-TNEF-Correlator: ']
    if thread_topic:
        h = ['Thread-Topic: %s' % thread_topic, 'Thread-Index: %s' % base64.b64encode(bytes(R.randint(0, 255) for _ in range(22))).decode()] + h
    h += ['x-ms-exchange-organization-authas: Internal', 'x-ms-exchange-organization-authsource: %sPR0%dMB%d.%s.prod.outlook.com' % (
        ralnum(4, True), R.randint(1, 9), R.randint(1000, 9999), R.choice(['eurprd08', 'namprd12', 'GBRP265'])),
        'X-MS-Exchange-Organization-SCL: -1', 'Content-Language: %s' % R.choice(['en-GB', 'en-US'])]
    return h

ROWS = []
FILES = []

def emit(cat, act, art, lang, fmt, notes, hdrs, node, crlf=True, mime=True):
    """hdrs: list of str or bytes header lines (may contain \n folds). node: (hdrs, body) of the top MIME entity."""
    lines = []
    for h in hdrs:
        lines.append(h if isinstance(h, bytes) else h.encode('utf-8'))
    if mime:
        lines.append(b'MIME-Version: 1.0')
    for h in node[0]:
        lines.append(h if isinstance(h, bytes) else h.encode('utf-8'))
    data = b'\n'.join(lines) + b'\n\n' + node[1]
    if crlf:
        data = data.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    FILES.append((data, cat, act, art, lang, fmt, notes))

def std(frm, subj, d, msgid='gen', to=HELPTO, extra=(), dom='corvanehealth.com', short_day=False, order=0, cc=None):
    """basic header set; subj/frm may be bytes for raw 8-bit headers"""
    def hv(name, v):
        return (name + ': ').encode() + v if isinstance(v, bytes) else '%s: %s' % (name, v)
    h = []
    if msgid == 'gen':
        msgid = mid('x', dom)
    base = [hv('From', frm), 'To: %s' % to] + (['Cc: %s' % cc] if cc else []) + [hv('Subject', subj), 'Date: %s' % D(d, short_day)]
    if msgid:
        base.append('Message-ID: %s' % msgid)
    if order == 1:
        base = base[::-1]
    elif order == 2:
        base = [base[-1]] + base[:-1]
    return list(extra[:0]) + base + list(extra)

# ---------------------------------------------------------------- signatures / disclaimers
UK_DISC = ('CONFIDENTIALITY NOTICE: This e-mail and any attachments are CONFIDENTIAL and intended solely for the '
           'addressee. They may contain patient-identifiable or commercially sensitive information. If you have received '
           'this e-mail in error, please notify the sender immediately and delete it from your system. Do not use e-mail '
           'for URGENT clinical matters. Corvane Health Partners UK Ltd, registered in England and Wales No. 09876543.')
US_DISC = ('HIPAA NOTICE: This message may contain Protected Health Information (PHI) that is CONFIDENTIAL and protected '
           'by law. If you are not the intended recipient, you are hereby notified that any review, disclosure or copying '
           'is strictly prohibited. If you received this message in error, please notify the sender IMMEDIATELY by reply '
           'and destroy all copies. URGENT patient matters must not be sent by e-mail.')
DE_DISC = ('VERTRAULICH: Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der '
           'richtige Adressat sind oder diese E-Mail irrtümlich (Error) erhalten haben, informieren Sie bitte sofort den '
           'Absender und vernichten Sie diese Mail. Corvane Health Partners Deutschland GmbH, Sitz München, HRB 254117. '
           'Geschäftsführung: Dr. Anja Reinholz.')
FR_DISC = ('AVERTISSEMENT : Ce message et ses pièces jointes sont CONFIDENTIELS et destinés exclusivement à leurs '
           'destinataires. Si vous avez reçu ce message par erreur, merci d\'en avertir immédiatement l\'expéditeur et de le '
           'supprimer. Corvane Health Partners France SAS – RCS Lyon 845 112 907.')
PT_DISC = ('AVISO DE CONFIDENCIALIDADE: Esta mensagem e os seus anexos são CONFIDENCIAIS. Se a recebeu por erro, informe '
           'imediatamente o remetente e apague-a. Corvane Health Partners Portugal, Lda. – NIPC 515 432 118.')
ES_DISC = ('AVISO LEGAL: Este mensaje es CONFIDENCIAL y va dirigido exclusivamente a su destinatario. Si lo ha recibido por '
           'error, le rogamos que lo comunique inmediatamente al remitente y proceda a su eliminación. Corvane Health '
           'Partners España, S.L. – CIF B-87654321.')

def D_(s, tz='+0000'):
    return dt(s, tz)


# ================================================================ ENGLISH QUESTIONS (article)
# e1 contact-support : iphone plain 7bit
d = D_('2026-03-03 06:52')
emit('question', 'auto_reply', 'contact-support', 'en', 'plain-7bit;iphone-sig;lowercase;terse', 'phone line for support',
     std('Dylan Marsh <dylan.marsh@corvanehealth.co.uk>', 'goodtime support phone no?', d, mid('apple', 'corvanehealth.co.uk'),
         extra=['X-Mailer: iPhone Mail (22D82)']),
     leaf('hiya, does goodtime have an actual phone number for their support people? not urgent atm but last week i was\n'
          'stuck on something for ages and would much rather ring someone than type into a box. cheers\n\n'
          'dylan\n\nSent from my iPhone', cte='7bit', params='; format=flowed; delsp=yes'))

# e2 contact-csm : outlook html only cp1252, US disclaimer, no "CSM"
d = D_('2026-03-04 14:17', '-0500')
sig = ('Heather Lindqvist\nClinic Manager | Corvane Outpatient Center – Boston Back Bay\nCorvane Health Partners\n'
       'T 617-555-0143 | F 617-555-0144\n\n' + US_DISC)
emit('question', 'auto_reply', 'contact-csm', 'en', 'outlook-html-only;qp;windows-1252;us-disclaimer;no-acronym', 'where to book time with success manager',
     std('"Lindqvist, Heather" <heather.lindqvist@corvanehealth.com>', 'Button to book time with our GoodTime account lady?', d, mid('outlook'),
         extra=['Accept-Language: en-US', 'X-MS-Has-Attach: ', 'X-Originating-IP: [10.42.8.117]', 'X-Mailer: Microsoft Outlook 16.0']),
     outlook_only('Hi all,\n\nOur practice manager mentioned there\'s a way inside GoodTime to book a call directly with the '
                  'customer success person GoodTime assigned to us. I\'ve lost the email with her details and I can\'t see '
                  'anything like that on my screen. Where would I find it?\n\nNot urgent at all, I\'d just like to pick her brain '
                  'on how other clinics set up their nurse practitioner interviews.\n\nThanks,\nHeather', lang='EN-US', sig=sig))

# e3 panel-interviews : rambling, question in 3rd paragraph, gmail alt
d = D_('2026-03-05 21:48', '-0500')
txt = ('Hi help line team,\n\nSo I finally got approval to hire 3 CNAs for the infusion suite, which is great news after the '
       'winter we had, honestly we\'ve been running on agency staff for months and everybody is exhausted. Jamal in recruiting '
       'already moved the first two candidates across so they\'re sitting in GoodTime waiting for me.\n\n'
       'Last time I did interviews I just had people come to my office one at a time and it was chaos because our charge nurse '
       'kept getting pulled onto the floor and the candidates were sat in the corridor.\n\n'
       'What I want this time is for each candidate to see me first, then the charge nurse, then Dr Adeyemi for 15 mins, back '
       'to back, with like a 10 min gap before the last one so nobody runs over. How do I build that in GoodTime so it finds a '
       'time that works for all three of us? Do I have to make 3 separate interviews??\n\nthanks!!\nShanice\n\n--\n'
       'Shanice Okafor, RN, BSN\nNurse Manager, Infusion Services\nCorvane Health Partners – Atlanta Midtown Clinic')
emit('question', 'auto_reply', 'panel-interviews', 'en', 'gmail-alt;qp;rambling;question-in-third-paragraph', 'back to back sessions with break',
     std('Shanice Okafor <shanice.okafor@corvanehealth.com>', 'CNA interviews next week', d, mid('gmail')),
     gmail_alt(txt))

# e4 interviewer-load-balancing : reply on top of unrelated thread, -----Original Message-----, outlook android
d = D_('2026-03-10 11:03')
txt = ('Sorry replying to the wrong email, on my phone between drug rounds.\n\nIs there a way to put a cap on how many '
       'interviews goodtime gives me a week? Got 6 this week on top of 3 long days and some of the other senior staff nurses '
       'have had none at all. Is that a setting someone changes or something i do myself?\n\nCallum\n\nGet Outlook for Android\n\n'
       '-----Original Message-----\nFrom: Ward 12 Rota <ward12.rota@corvanehealth.co.uk>\nSent: 02 March 2026 16:40\n'
       'To: Ward 12 Nursing Team <ward12.nursing@corvanehealth.co.uk>\nSubject: Easter rota swaps\n\nHi all,\n\n'
       'Please send any Easter weekend swaps to me by Friday 13th. Anything after that will have to go through Sister Moss.\n\n'
       'Reminder that annual leave over the bank holiday is already at capacity.\n\nThanks\nBev')
emit('question', 'auto_reply', 'interviewer-load-balancing', 'en', 'reply-on-top;original-message-block;outlook-mobile;plain-qp', 'cap weekly interviews',
     std('Callum Reid <callum.reid@corvanehealth.co.uk>', 'RE: Easter rota swaps', d, mid('outlook'),
         extra=['In-Reply-To: <a81c99e0b2.4f1c@corvanehealth.co.uk>', 'X-Mailer: Outlook for Android']),
     leaf(txt, cte='qp'))

# e5 candidate-reminders : apple alt, iPad
d = D_('2026-03-12 19:26')
txt = ('Hi, quick one. When I book someone in through GoodTime do they get a reminder email the day before on its own, or is '
       'that something I\'m meant to do? Had a no show Tuesday and the lad said he forgot. Don\'t want to double up if one '
       'already goes out.\n\nKerry-Ann\nPhlebotomy Team Lead, Corvane Laboratory Services Birmingham\n\nSent from my iPad')
emit('question', 'auto_reply', 'candidate-reminders', 'en', 'apple-alt;qp;ipad-sig', 'automatic reminder day before?',
     std('Kerry-Ann Doyle <kerryann.doyle@corvanehealth.co.uk>', 'Reminders for candidates?', d, mid('apple', 'corvanehealth.co.uk'),
         extra=['X-Mailer: iPad Mail (22D82)']),
     apple_alt(txt))

# e6 escalation-path : outlook alt, long signature + disclaimer
d = D_('2026-03-16 09:41')
sig = ('Ellis Mbeki\nGraduate Management Trainee (2026 cohort)\nPeople & Operations | Corvane Health Partners\n'
       '2nd Floor, 14 Tabernacle Street, London EC2A 4LU\nT: +44 20 7946 0381 | M: +44 7700 900562\n'
       'Pronouns: they/them\n\n' + UK_DISC)
emit('question', 'auto_reply', 'escalation-path', 'en', 'outlook-alt;qp;long-signature;disclaimer-urgent-confidential', 'which route for what',
     std('Ellis Mbeki <ellis.mbeki@corvanehealth.com>', 'Who do I go to for what?', d, mid('outlook')) + outlook_hdrs(d, 'Who do I go to for what?'),
     outlook_alt('Hello,\n\nI\'m two weeks into the graduate scheme and I\'ve been given GoodTime as part of helping the imaging '
                 'recruitment team. I keep getting told different things: one person says email you, someone else says use the '
                 'chat inside GoodTime, and my manager mentioned an account manager at GoodTime and some kind of ideas board.\n\n'
                 'Is there a simple rule of thumb for which route to use when? E.g. if something\'s broken vs. a how-to question '
                 'vs. if I think a feature is missing.\n\nMany thanks,\nEllis', sig=sig))

# e7 FORM interview-templates
d = D_('2026-03-18 13:05')
body = ('A new request has been submitted through the Corvane IT Service Portal.\n\n'
        'Request number:   SR-0048213\nCategory:         Applications > GoodTime > General enquiry\nPriority:         3 - Normal\n'
        'Submitted by:     Amrit Sandhu (amrit.sandhu@corvanehealth.co.uk)\nJob title:        Lead Radiographer\n'
        'Site:             Corvane Imaging Centre Leicester\nPreferred contact: Email\n\nDescription:\n'
        'Every band 5 radiographer interview I set up comes in as 60 mins with 2 sessions, but we changed to one 45 min session '
        'back in January. I fix it by hand every single time. Where is the master version of this kept so it comes out right for '
        'everybody, not just me? And can I change it or does someone else need to?\n\n'
        '--\nThis message was generated automatically by the Corvane IT Service Portal. Please do not reply to this address.\n'
        'To update the request, reply to the requester or use the portal: https://servicedesk.corvanehealth.com/sr/0048213\n')
emit('question', 'forward_support|needs_review', 'interview-templates', 'en', 'form-mailer;auto-submitted;no-reply-from;plain-7bit', 'portal form, default interview length',
     std('Corvane IT Service Portal <no-reply@corvanehealth.com>', '[SR-0048213] New request: GoodTime - General enquiry', d, mid('x'),
         extra=['Reply-To: Amrit Sandhu <amrit.sandhu@corvanehealth.co.uk>', 'Auto-Submitted: auto-generated',
                'X-Auto-Response-Suppress: All', 'Precedence: bulk', 'X-Mailer: ServicePortal Notification Engine 4.2']),
     leaf(body, cte='7bit'))

# ================================================================ ENGLISH QUESTIONS (no article)
# n1 mobile app : raw utf-8 From, personal gmail
d = D_('2026-03-02 22:14')
emit('question', 'forward_support', 'none', 'en', 'raw-utf8-from;terse;typos;personal-address;plain-8bit', 'android app?',
     std(b'Tomasz Wi\xc5\x9bniewski <tomasz.wisniewski88@gmail.com>', 'app?', d, mid('gmail')),
     leaf('is there a goodtime app for android?? cant find one in the play store, only ever see it on the work laptop. using my own '
          'email cos im on my break. thx\n\nTomasz (contact centre, manchester)\n\nSent from my Galaxy', cte='8bit'))

# n2 export own interview history : outlook html only
d = D_('2026-03-06 16:48')
sig = ('Priya Raman\nHCPC-registered Biomedical Scientist | Blood Sciences\nCorvane Laboratory Services – Reading\n'
       'Ext. 4417 | priya.raman@corvanehealth.co.uk\n\n' + UK_DISC)
emit('question', 'forward_support', 'none', 'en', 'outlook-html-only;qp;windows-1252;disclaimer;resembles-reporting', 'export own interview list as pdf',
     std('Raman, Priya <priya.raman@corvanehealth.co.uk>', 'List of interviews I\'ve done?', d, mid('outlook')) + outlook_hdrs(d),
     outlook_only('Hello,\n\nFor my HCPC CPD portfolio I need evidence of the recruitment panels I\'ve sat on over the last 12 months. '
                  'Is there any way to pull a list of just my own interviews out of GoodTime as a PDF or a spreadsheet that I can '
                  'attach? I\'m not an admin and I don\'t have any of the management views.\n\nThanks very much,\nPriya', sig=sig))

# n3 retention / GDPR
d = D_('2026-03-09 10:22')
sig = ('Janet Pryce\nMedical Secretary to Mr R. Ellison, Consultant Orthopaedic Surgeon\nCorvane Outpatients Cardiff\n'
       'Tel: 029 2018 0457\n\n' + UK_DISC)
emit('question', 'forward_support', 'none', 'en', 'outlook-alt;qp;disclaimer-urgent-confidential', 'how long candidate data kept',
     std('Janet Pryce <janet.pryce@corvanehealth.co.uk>', 'Candidate information - how long is it kept?', d, mid('outlook')) + outlook_hdrs(d),
     outlook_alt('Good morning,\n\nAn unsuccessful applicant for our secretary post rang this morning asking how long we hold on to her '
                 'details. I know the CV sits in the recruitment system but she specifically asked about the interview booking tool '
                 'that sent her the emails. How long does GoodTime keep candidate information after we\'ve turned someone down, and '
                 'who decides that?\n\nKind regards\nJanet', sig=sig))

# n4 unsubscribe daily digest : reply top gmail style on old thread
d = D_('2026-03-11 02:37')
emit('question', 'forward_support', 'none', 'en', 'reply-on-top;on-wrote-quote;gmail-alt;night;lowercase', 'turn off morning email',
     std('Aoife Gallagher <aoife.gallagher@corvanehealth.co.uk>', 'Re: Welcome to the Ward 4 interview panel', d, mid('gmail'),
         extra=['In-Reply-To: <7c2d11a0.55e1@corvanehealth.co.uk>', 'References: <7c2d11a0.55e1@corvanehealth.co.uk>']),
     gmail_alt('hi sorry random q. goodtime sends me a "your day" type email every morning at 6am with my interviews. how do i turn '
               'that off?? i\'m on nights for the next 3 weeks and my phone pinging at 6 is killing me lol\n\naoife x',
               ('On Mon, 16 Feb 2026 at 09:12, Siobhan Kerr <siobhan.kerr@corvanehealth.co.uk> wrote:',
                'Hi Aoife,\n\nWelcome to the Ward 4 interview panel! First panel is Thursday 26th, 2pm, seminar room B.\n'
                'Bring your badge, there\'s tea and biscuits.\n\nSiobhan')))

# n5 browser support
d = D_('2026-03-13 08:05', '-0500')
emit('question', 'forward_support', 'none', 'en', 'plain-qp;thunderbird', 'supported browsers',
     std('Marco Delgado <marco.delgado@corvanehealth.com>', 'GoodTime + browsers', d, mid('x'),
         extra=['User-Agent: Mozilla Thunderbird', 'Content-Language: en-US']),
     leaf('Morning,\n\nBefore I raise a ticket with IT: which web browsers is GoodTime actually supported on? Our front desk PCs at the '
          'Houston Galleria clinic are locked down to an older Edge build and IT want a list before they\'ll change anything.\n\n'
          'Thanks\nMarco Delgado\nPractice Coordinator, Corvane Outpatient Center Houston Galleria', cte='qp', params='; format=flowed'))

# n6 Welsh emails
d = D_('2026-03-19 15:31')
emit('question', 'forward_support', 'none', 'en', 'plain-base64-utf8;welsh-chars', 'candidate emails in Welsh?',
     std('Gethin ap Rhys <gethin.aprhys@corvanehealth.co.uk>', ew_b('Candidate emails yn Gymraeg?'), d, mid('x', 'corvanehealth.co.uk'),
         extra=['User-Agent: Roundcube Webmail/1.6.6']),
     leaf('Shwmae,\n\nCan the emails GoodTime sends to candidates go out in Welsh as well as English? We\'re the Cardiff imaging centre '
          'and a few applicants for the radiographer helper posts have asked for correspondence in Cymraeg, which as a Welsh '
          'employer we\'re meant to offer.\n\nDiolch,\nGethin ap Rhys\nRadiology Department Assistant – Corvane Imaging Centre Caerdydd',
          cte='b64'))

# ================================================================ ENGLISH BUGS
# b1 HIGH: all UK sites show free; received chain + dkim/arc
d = D_('2026-03-06 08:14')
sig = ('Marcus Bell\nClinic Operations Manager – North West\nCorvane Health Partners UK\nM: +44 7700 900127\n\n' + UK_DISC)
hdr = received(d, [('AM8PR08MB6531.eurprd08.prod.outlook.com', 'AM9PR08MB6273.eurprd08.prod.outlook.com', 'HTTPS'),
                   ('AM9PR08MB6273.eurprd08.prod.outlook.com', 'DB9PR08MB7102.eurprd08.prod.outlook.com', 'HTTPS'),
                   ('DB9PR08MB7102.eurprd08.prod.outlook.com', 'AS4P190CA0012.outlook.office365.com', 'ESMTPS'),
                   ('mail-am6eur05on2091.outbound.protection.outlook.com', 'mx-in2.corvanehealth.com', 'ESMTPS'),
                   ('mx-in2.corvanehealth.com', 'filter01.corvanehealth.com', 'ESMTP'),
                   ('filter01.corvanehealth.com', 'mx1.corvanehealth.com', 'ESMTPS')])
hdr += auth(d, 'corvanehealth.co.uk', 'selector1')
hdr += std('Marcus Bell <marcus.bell@corvanehealth.co.uk>', 'GoodTime showing everyone as free - all UK sites', d, mid('outlook'))
hdr += outlook_hdrs(d, 'GoodTime showing everyone as free - all UK sites') + ['Importance: high', 'X-Priority: 1']
emit('bug', 'forward_support+flag_csm', '', 'en', 'received-chain-6;dkim;arc;auth-results;outlook-alt;qp;importance-high', 'org-wide calendar blank',
     hdr,
     outlook_alt('Morning,\n\nSince about 07:30 today GoodTime is showing every interviewer across the UK sites as completely free. '
                 'No clinic sessions, no theatre lists, nothing from their Outlook calendars at all. I\'ve checked with Leeds, '
                 'Bristol and Glasgow and they\'re seeing the same.\n\nTwo coordinators have already had interviews booked over '
                 'outpatient clinics this morning and we\'ve had to pull them. The calendars themselves look normal in Outlook.\n\n'
                 'Nothing is blocked this minute, but this is roughly 200 interviewers and the Band 5 recruitment week starts on '
                 'Monday, so it needs looking at today please.\n\nMarcus', sig=sig))

# b2 HIGH recurring: angry capitals, third report
d = D_('2026-03-31 17:52', '+0100')
emit('bug', 'forward_support+flag_csm', '', 'en', 'angry-capitals;plain-qp;recurring;typos', 'wrong time again after reports',
     std('Rhiannon Price <rhiannon.price@corvanehealth.co.uk>', 'STILL WRONG TIMES ON CANDIDATE EMAILS - 3rd time reporting', d, mid('x', 'corvanehealth.co.uk'),
         extra=['X-Mailer: Microsoft Outlook 16.0', 'X-Priority: 1 (Highest)']),
     leaf('This is the THIRD time I am reporting this.\n\nCandidate confirmation emails for the Swansea imaging centre are showing '
          'the interview time ONE HOUR EARLY. Reported it on 12 Feb (goodtime ticket 88231), reported it again on 24 Feb and was '
          'told it was fixed. It is NOT fixed. Since the clocks went forward on sunday its worse, every single confirmation this '
          'week has been an hour out.\n\nTwo candidates turned up an hour early yesterday and sat in the waiting room with '
          'patients for an hour. one of them asked if we were always this disorganised. Embarassing.\n\nI have no idea who else '
          'this is happening to but I doubt its just us. PLEASE can someone actually own this.\n\nRhiannon Price\n'
          'Radiology Services Coordinator, Swansea', cte='qp'))

# b3 "quick question" subject over a bug, teams links missing, gmail alt
d = D_('2026-03-09 13:40', '-0500')
emit('bug', 'forward_support', '', 'en', 'misleading-subject;gmail-alt;qp;lowercase', 'teams links not generated',
     std('Aisha Khan <aisha.khan@corvanehealth.com>', 'quick question', d, mid('gmail')),
     gmail_alt('quick question - are the teams links broken?? the last 4 interviews i scheduled went out with no meeting link at all. '
               'teams is selected as the video option on every one (checked twice) and the integrations page says connected. the ones '
               'i did before friday were fine.\n\nnext one isnt till thursday so no panic but the candidates keep emailing me asking '
               'where to join\n\naisha\nOutpatient Nurse Lead – Corvane Houston Medical Center'))

# b4 error 500 with PNG screenshot
d = D_('2026-03-11 14:26')
alt = gmail_alt('Hi,\n\nEvery time I click a candidate in the "To schedule" list I get the error in the screenshot ("Something went '
                'wrong – 500"). Started just after lunch. Tried Chrome and Edge, cleared cache, logged out and back in. I can still '
                'see the list, I just can\'t open any of them.\n\nNo interviews due today thankfully.\n\nJoe Whitfield\n'
                'Team Leader, Corvane Patient Contact Centre – Sheffield\nExt 2290')
emit('bug', 'forward_support', '', 'en', 'multipart-mixed;png-screenshot;gmail-alt', 'error page when opening candidate',
     std('Joe Whitfield <joe.whitfield@corvanehealth.co.uk>', 'Error when opening candidates', d, mid('gmail')),
     mp('mixed', [alt, att('image/png', 'Screenshot 2026-03-11 at 14.21.07.png', png(96, 54, 4))], bnd('gmail')))

# b5 reminders not sending, reply on top, old thread about parking
d = D_('2026-03-17 12:09', '-0400')
emit('bug', 'forward_support', '', 'en', 'reply-on-top;on-wrote-quote;unrelated-quote;apple-alt', 'reminders on but not sent',
     std('Lucy Brennan <lucy.brennan@corvanehealth.com>', 'Re: Parking for interview candidates', d, mid('apple'),
         extra=['X-Mailer: Apple Mail (2.3826.400.131.1.6)', 'In-Reply-To: <c1f0e7a9.9921@corvanehealth.com>']),
     apple_alt('Hi, sorry to hijack this thread, it was the last one I had with the help line address in it.\n\n'
               'Reminder emails aren\'t going out for our billing team interviews. Sam in recruiting checked and they are switched on '
               'for our templates, but none of my last 3 candidates got one. Their emails are right in the ATS and they\'ve all '
               'looked in spam. The interviews weren\'t changed after booking either.\n\nThanks,\nLucy Brennan\nBilling Team Supervisor, Corvane Revenue Cycle – Tampa',
               ('On Feb 20, 2026, at 10:14 AM, Facilities Tampa <facilities.tampa@corvanehealth.com> wrote:',
                'Hi all,\n\nFrom Monday, interview candidates should park in Lot C (visitor spaces 1-12) and collect a pass '
                'at the front desk. Lot A is now staff only.\n\nThanks,\nFacilities')))

# b6 terse iPhone, page spinning
d = D_('2026-03-20 07:02')
emit('bug', 'forward_support', '', 'en', 'terse;iphone-sig;plain-7bit;no-message-id', 'availability page spins on mobile',
     std('Bethan Lloyd <bethan.lloyd@corvanehealth.co.uk>', 'spinning wheel', d, None, extra=['X-Mailer: iPhone Mail (22D82)']),
     leaf('availability page just spins forever on my phone since yesterday. laptop fine. iphone 13, safari\n\nSent from my iPhone', cte='7bit'))

# b7 ATS sync, outlook html only
d = D_('2026-03-25 10:33', '-0500')
sig = ('Omar Haddad, PharmD\nPharmacy Manager | Corvane Outpatient Pharmacy – Chicago Loop\nCorvane Health Partners\n'
       'P 312-555-0179\n\n' + US_DISC)
emit('bug', 'forward_support', '', 'en', 'outlook-html-only;qp;windows-1252;us-disclaimer', 'candidate not synced from ATS',
     std('"Haddad, Omar" <omar.haddad@corvanehealth.com>', 'Candidate missing in GoodTime', d, mid('outlook')) + outlook_hdrs(d),
     outlook_only('Hello,\n\nThe candidate for our pharmacy technician opening (candidate ID 4471902, job REQ-PH-0231) was moved to the '
                  '\u201cPharmacy Manager Interview\u201d stage in the ATS on Monday morning. It\u2019s now Wednesday and she still doesn\u2019t appear '
                  'in GoodTime. Two other candidates for the same job came through fine the same day.\n\nI haven\u2019t touched anything '
                  'in GoodTime for her. Could someone take a look?\n\nThank you,\nOmar', lang='EN-US', sig=sig))

# b8 room booking fails, forwarded chain
d = D_('2026-03-26 15:47')
fw = ('Forwarding from Gemma - same thing happening to me now with a different room. Any ideas?\n\nSophie\n\n'
      '---------- Forwarded message ---------\nFrom: Gemma Carter <gemma.carter@corvanehealth.co.uk>\n'
      'Date: Thu, 26 Mar 2026 at 14:58\nSubject: room\nTo: Sophie Turner <sophie.turner@corvanehealth.co.uk>\n\n\n'
      'Soph, goodtime keeps saying the MRI seminar room is free thurs 2pm but when i click book it comes back with "Unable to '
      'reserve resource". room is empty in outlook too. tried 3 times. the interview itself is next week so not desperate but '
      'its driving me mad\n\nG\n')
emit('bug', 'forward_support', '', 'en', 'forwarded-chain;gmail-forward;gmail-alt', 'room free but booking fails',
     std('Sophie Turner <sophie.turner@corvanehealth.co.uk>', 'Fwd: room', d, mid('gmail')),
     gmail_alt(fw))

# b9 time mismatch, base64 utf-8 body
d = D_('2026-03-04 12:55')
emit('bug', 'forward_support', '', 'en', 'plain-base64-utf8;resembles-time-zones', 'goodtime time differs from invite',
     std('Natalie Cho <natalie.cho@corvanehealth.co.uk>', 'Which time is right??', d, mid('x', 'corvanehealth.co.uk'),
         extra=['User-Agent: Microsoft-MacOutlook/16.94.25021517']),
     leaf('Hi,\n\nOn the interview page in GoodTime it says 14:00 GMT for Friday\u2019s interview (Histology BMS post), but the calendar '
          'invite that landed in my Outlook says 13:00. The candidate\u2019s confirmation says 14:00 too. My time zone in my GoodTime '
          'settings is London and so is my Outlook.\n\nWhich one is right, and why don\u2019t they match?\n\nNatalie Cho\nSenior BMS, '
          'Cellular Pathology \u2013 Corvane Laboratory Services London', cte='b64'))

# b10 load limit ignored, apple alt
d = D_('2026-03-23 18:20')
emit('bug', 'forward_support', '', 'en', 'apple-alt;qp;resembles-load-balancing', 'weekly limit ignored',
     std('Martin Fenwick <martin.fenwick@corvanehealth.co.uk>', 'Booked way over my limit', d, mid('apple', 'corvanehealth.co.uk'),
         extra=['X-Mailer: Apple Mail (2.3826.400.131.1.6)']),
     apple_alt('Hi,\n\nMy weekly limit is set to 2 interviews (I can see it in my settings, it\'s been like that since January) but '
               'GoodTime has booked me for 5 this week, all from the microbiology pool. My colleague Hannah has the same thing, '
               'limit 2 and booked for 4. It used to respect it fine.\n\nMartin Fenwick\nSenior Biomedical Scientist, Microbiology\n'
               'Corvane Laboratory Services Reading'))

# ================================================================ ENGLISH SCHEDULING BLOCKERS
# k1 candidate in reception, interviewer in minor ops
d = D_('2026-03-05 10:24')
emit('scheduling_blocker', 'forward_support', '', 'en', 'terse;iphone-sig;capitals;plain-qp', 'candidate waiting, interviewer unavailable',
     std('Danielle Hughes <danielle.hughes@corvanehealth.co.uk>', 'HELP candidate in reception', d, mid('apple', 'corvanehealth.co.uk'),
         extra=['X-Mailer: iPhone Mail (22D82)']),
     leaf('candidate for the 10:30 practice nurse interview is sat in reception NOW. goodtime has dr sahota down as the interviewer '
          'but shes doing minor ops all morning and never accepted it. how do i swap someone in quick?? sister moss can do it\n\n'
          'Danielle\n\nSent from my iPhone', cte='qp'))

# k2 no Teams link, panel in 15 mins
d = D_('2026-03-10 10:46', '-0400')
emit('scheduling_blocker', 'forward_support', '', 'en', 'gmail-alt;qp;resembles-conference-links', 'panel in 15 min without link',
     std('Kwame Asante <kwame.asante@corvanehealth.com>', 'Panel at 11 - NO Teams link', d, mid('gmail')),
     gmail_alt('Panel starts at 11:00 ET, so 15 mins from now. Candidate + 3 of us. The invite has no Teams link at all and the candidate '
               'just emailed asking how to join. Can someone get a link onto it or tell me where to generate one? I can\'t see it '
               'anywhere on the interview page.\n\nKwame Asante\nRadiology Manager, Corvane Imaging Philadelphia\nCell 215-555-0162'))

# k3 wrong site, location change errors, png
d = D_('2026-03-12 13:41')
alt = outlook_alt('Interview is at 2pm (20 mins) and the candidate has been sent to Chapel Allerton but it\'s at St James\'s imaging. '
                  'She\'s driving now. I\'m trying to change the location in GoodTime so she gets the right address and it throws '
                  'the error in the screenshot every time.\n\nI\'ve rung her mobile, no answer. What can I do?\n\nRuth',
                  sig='Ruth Ackroyd\nSuperintendent Radiographer – CT\nCorvane Imaging Centre Leeds\nBleep 4471 | Ext 61990')
emit('scheduling_blocker', 'forward_support', '', 'en', 'multipart-mixed;outlook-alt;png-screenshot;importance-high', 'wrong location 20 min before',
     std('Ruth Ackroyd <ruth.ackroyd@corvanehealth.co.uk>', 'Interview 2pm today - wrong site on invite', d, mid('outlook')) + outlook_hdrs(d) + ['Importance: high'],
     mp('mixed', [alt, att('image/png', 'image001.png', png(80, 48, 7), inline=True, cid='image001.png@01DCB2A4.7F3E1C20')], bnd('outlook')))

# k4 interviewers got cancellation, candidate on call now, samsung plain
d = D_('2026-03-13 15:05', '-0500')
emit('scheduling_blocker', 'forward_support', '', 'en', 'plain-8bit;android-sig;typos', 'interviewers got cancellations during call',
     std('Leticia Moreno <leticia.moreno@corvanehealth.com>', 'candidate on the call, interviewers got cancelled??', d, mid('x'),
         extra=['X-Mailer: Samsung Email']),
     leaf('we are literally on the video call right now with the candidate (started 3pm central) and 2 of the 3 interviewers just got '
          'a cancelation email from goodtime and the meeting dissapeared from their calendars. they are still on the call for '
          'now but the link is from the cancelled invite. nobody cancelled anything. what do we do so it doesnt kick us out\n\n'
          'Leticia\nLPN, Corvane Family Clinic Dallas\n\nSent from my Samsung Galaxy smartphone.', cte='8bit'))

# k5 zoom host off sick, reply on top of lunch thread with > quotes, personal hotmail
d = D_('2026-03-17 09:05')
hdr = received(d, [('PAXP193MB1234.EURP193.PROD.OUTLOOK.COM', 'AM0PR01CA0123.outlook.office365.com', 'HTTPS'),
                   ('mail-db8eur05olkn2012.outbound.protection.outlook.com', 'mx-in1.corvanehealth.com', 'ESMTPS'),
                   ('mx-in1.corvanehealth.com', 'filter02.corvanehealth.com', 'ESMTP'),
                   ('filter02.corvanehealth.com', 'mx2.corvanehealth.com', 'ESMTPS'),
                   ('mx2.corvanehealth.com', 'mbx03.corvanehealth.com', 'LMTP')])
hdr += auth(d, 'hotmail.co.uk', 'selector1', arc=False)
hdr += std('Naomi Fraser <naomi_fraser@hotmail.co.uk>', 'RE: Friday lunch', d, mid('outlook'))
emit('scheduling_blocker', 'forward_support', '', 'en', 'reply-on-top;gt-quote;received-chain-5;dkim;personal-address;plain-qp', 'zoom host absent, candidate waiting',
     hdr,
     leaf('sorry using my own email, work one won\'t load on my phone\n\ncandidate is waiting on zoom, it just says waiting for the host '
          'to start. the host is dr patel who is off sick today. i\'m the other interviewer. can someone make me host or send a new '
          'link?? it was meant to start 5 mins ago (9am)\n\nnaomi (pharmacy, glasgow)\n\n'
          '> From: Gail Stewart\n> Sent: 12 March 2026 12:30\n> Subject: Friday lunch\n>\n> Hi team, lunch for Mo\'s leaving do is booked '
          'at the Italian on Friday 1pm.\n> Please let me know dietary stuff by Wednesday.\n> Gail\n', cte='qp'))

# k6 forwarded from candidate, Begin forwarded message, shows cancelled
d = D_('2026-03-19 15:08', '-0400')
txt = ('She\'s at the front desk now. GoodTime shows the interview as CANCELLED?? nobody here cancelled it. interview was 3pm. what do '
       'i do, is there a way to bring it back so the interviewers see it\n\nSent from my iPhone\n\nBegin forwarded message:\n\n'
       'From: Maya Richardson <maya.richardson92@gmail.com>\nDate: March 19, 2026 at 2:51:33 PM EDT\nTo: Tanya Brooks '
       '<tanya.brooks@corvanehealth.com>\nSubject: Interview today\n\nHi Tanya,\n\nJust to let you know I\'m at the Corvane Imaging '
       'Center front desk for my 3pm interview but the receptionist can\'t find me on any list. Is there someone I should ask for?\n\n'
       'Thanks,\nMaya')
emit('scheduling_blocker', 'forward_support', '', 'en', 'forwarded-chain;begin-forwarded-message;apple-alt;iphone-sig', 'candidate at desk, shows cancelled',
     std('Tanya Brooks <tanya.brooks@corvanehealth.com>', 'Fwd: Interview today', d, mid('apple'), extra=['X-Mailer: iPhone Mail (22D82)']),
     apple_alt(txt))

# k7 reschedule button greyed, outlook html only
d = D_('2026-03-24 09:12')
emit('scheduling_blocker', 'forward_support', '', 'en', 'outlook-html-only;qp;windows-1252;resembles-reschedule', 'need to move 09:30 now, button greyed',
     std('Leah Dunmore <leah.dunmore@corvanehealth.co.uk>', 'Need to move 09:30 interview NOW', d, mid('outlook')) + outlook_hdrs(d) + ['X-Priority: 1'],
     outlook_only('Hi \u2013 interview at 09:30 (it\u2019s 09:12 now), interviewer is stuck on the M1 and won\u2019t be in before 10. I need '
                  'to push it back 30 mins but the Reschedule button is greyed out for me on this one (it works on my other interviews). '
                  'Candidate is already on the way.\n\nCan someone move it or tell me what\u2019s wrong?\n\nLeah Dunmore\nRecruitment Assistant, '
                  'Patient Contact Centre Sheffield'))

# k8 goodtime won't load at site, phone screen in 10 mins
d = D_('2026-03-27 10:36')
emit('scheduling_blocker', 'forward_support', '', 'en', 'lowercase;plain-7bit;no-angle-message-id', 'site cannot load, screen in 10 min',
     std('Chloe Baptiste <chloe.baptiste@corvanehealth.co.uk>', 'goodtime down at sheffield?? phone screen 10:45', d,
         '%s@corvanehealth.co.uk' % rhex(16), extra=['User-Agent: Roundcube Webmail/1.6.6']),
     leaf('goodtime wont load at all here at the sheffield contact centre (just a white page), apparently leeds are fine. i have a '
          'phone screen at 10:45 and the candidates number is only in goodtime. can someone send me her number or the interview '
          'details?? candidate is bethany l, agent role, 10:45 today\n\nchloe\ncontact centre agent / recruitment buddy', cte='7bit'))

# ================================================================ ENGLISH FEATURE REQUESTS
# f1 URGENT subject over a wish
d = D_('2026-03-03 20:11')
emit('feature_request', 'product_board_reply', '', 'en', 'misleading-subject-urgent;iphone-sig;plain-qp;lowercase', 'sms to candidates',
     std('Sister Jo Whitlock <jo.whitlock@corvanehealth.co.uk>', 'URGENT!!! candidates not reading emails', d, mid('apple', 'corvanehealth.co.uk'),
         extra=['X-Mailer: iPhone Mail (22D82)']),
     leaf('ok not actually urgent but got your attention lol\n\ncould goodtime text candidates as well as email them? half our HCA '
          'applicants never check email but theyd see a text straight away. would save me soooo many phone calls chasing people to '
          'confirm. is that something that could be added one day?\n\nJo\nWard Sister, Ward 9, Corvane Hospital Bristol\n\n'
          'Sent from my iPhone', cte='qp'))

# f2 dark mode, night
d = D_('2026-03-08 03:17')
emit('feature_request', 'product_board_reply', '', 'en', 'night;plain-8bit;lowercase;personal-address', 'dark mode',
     std('Femi Adebayo <femi.adebayo@outlook.com>', 'dark mode pls', d, mid('outlook'),
         extra=['X-Mailer: Outlook for iOS']),
     leaf('any chance goodtime could get a dark mode? i do my interview admin on nights during the quiet bit and the bright white '
          'screen at 3am on a dark ward is blinding, patients complain about the glare too. just an idea\n\nfemi, RN nights, '
          'acute medical unit\n\nGet Outlook for iOS', cte='8bit'))

# f3 rota integration, outlook alt, long sig
d = D_('2026-03-10 16:55')
sig = ('Dr Hannah Okonjo\nConsultant Radiologist & Clinical Lead for Recruitment\nCorvane Imaging Centre Manchester\n'
       'PA: Lorraine Hale, 0161 496 0777\n\n' + UK_DISC)
emit('feature_request', 'product_board_reply', '', 'en', 'outlook-alt;qp;long-signature;disclaimer-urgent-confidential', 'pull shifts from rostering',
     std('Hannah Okonjo <hannah.okonjo@corvanehealth.co.uk>', 'GoodTime and our rota system', d, mid('outlook')) + outlook_hdrs(d, 'GoodTime and our rota system'),
     outlook_alt('Hi,\n\nIt would be brilliant if GoodTime could read our shifts straight from HealthRoster, so it stops offering '
                 'interview slots when I\'m on call, doing a list, or off. At the moment I copy my whole rota into Outlook by hand '
                 'every month just so GoodTime knows, and so do most of the radiographers.\n\nHappy to explain how our rostering works '
                 'if that helps whoever looks at these.\n\nBest,\nHannah', sig=sig))

# f4 pronouns / preferred name, gmail alt
d = D_('2026-03-14 11:20', '-0700')
emit('feature_request', 'product_board_reply', '', 'en', 'gmail-alt;qp', 'preferred name on itinerary',
     std('Riley Sanchez <riley.sanchez@corvanehealth.com>', 'suggestion: preferred name / pronouns', d, mid('gmail')),
     gmail_alt('Hey team,\n\nSmall suggestion from our panel: could candidates enter the name they go by (and pronouns if they want) '
               'when they pick their availability, and have that show on the itinerary and on the interviewer invite? We had two '
               'awkward starts this month where the panel used the legal name from the application.\n\nThanks!\nRiley Sanchez\n'
               'Patient Access Specialist, Corvane Clinic San Diego'))

# f5 FORM bulk reschedule (ideas portal)
d = D_('2026-03-16 19:44')
body = ('<html><body style="font-family:Arial,sans-serif;font-size:13px">\n<h3 style="color:#2b5797">New submission: Corvane Ideas '
        '&amp; Suggestions</h3>\n<table cellpadding="4" style="border-collapse:collapse">\n'
        '<tr><td><b>Name</b></td><td>Moira Buchanan</td></tr>\n<tr><td><b>Email</b></td><td>moira.buchanan@corvanehealth.co.uk</td></tr>\n'
        '<tr><td><b>Role</b></td><td>Outpatient Clinic Manager, Aberdeen</td></tr>\n<tr><td><b>System</b></td><td>GoodTime</td></tr>\n'
        '<tr><td valign="top"><b>Your idea</b></td><td>When we had to close the Aberdeen clinic for the snow in February I had to move '
        '14 interviews one at a time, each with its own emails to candidates and panels. A way to move all of one day\'s interviews at a '
        'site in one go (and send one message to everyone) would have saved me most of an afternoon.</td></tr>\n'
        '<tr><td><b>Urgency</b></td><td>Nice to have</td></tr>\n</table>\n'
        '<p style="color:#888;font-size:11px">Sent automatically by forms.corvanehealth.com. Do not reply to this message.</p>\n</body></html>\n')
emit('feature_request', 'forward_support|needs_review', '', 'en', 'form-mailer;auto-submitted;no-reply-from;html-only;qp', 'ideas form, bulk move',
     std('Corvane Forms <forms-noreply@corvanehealth.com>', 'Corvane Ideas & Suggestions - new submission #1187', d, mid('x'),
         extra=['Auto-Submitted: auto-generated', 'X-Auto-Response-Suppress: All', 'X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)']),
     leaf(body, 'html', cte='qp'))

# f6 interviewers swap slots, reply top with outlook From/Sent block about CPD
d = D_('2026-03-18 14:02')
qh = ['From: Education Team Leeds <education.leeds@corvanehealth.co.uk>', 'Sent: Monday, March 16, 2026 9:00 AM',
      'To: Radiographers Leeds <radiographers.leeds@corvanehealth.co.uk>', 'Subject: CPD afternoon 25 March - sign up']
qb = ('Dear all,\n\nOur next CPD afternoon is Wednesday 25 March, 1-4pm in the education centre. Topics: contrast reactions update, '
      'paediatric positioning.\n\nPlease sign up on the sheet by Friday.\n\nEducation Team')
emit('feature_request', 'product_board_reply', '', 'en', 'reply-on-top;outlook-from-sent-block;outlook-alt;qp', 'interviewers swap slots themselves',
     std('Priyanka Shah <priyanka.shah@corvanehealth.co.uk>', 'RE: CPD afternoon 25 March - sign up', d, mid('outlook')) + outlook_hdrs(d, 'CPD afternoon 25 March - sign up'),
     outlook_alt('(sorry wrong thread, I mean to send this to the GoodTime help line)\n\nIdea for GoodTime: let us interviewers swap '
                 'an interview slot with each other directly, like a shift swap, as long as the other person is qualified for it. '
                 'At the moment every swap goes through the coordinator and it takes days.\n\nPriyanka\nDiagnostic Radiographer',
                 quote=(qh, qb)))

# f7 printable day sheet, thunderbird base64 iso-8859-1
d = D_('2026-03-20 08:31')
emit('feature_request', 'product_board_reply', '', 'en', 'plain-base64-iso-8859-1;thunderbird', 'printable daily list for reception',
     std('Gary Whitmore <gary.whitmore@corvanehealth.co.uk>', 'Idea - daily interview sheet for reception', d, mid('x', 'corvanehealth.co.uk'),
         extra=['User-Agent: Mozilla Thunderbird', 'Content-Language: en-GB']),
     leaf('Morning all,\n\nWould love a one-page printable list of today\'s interviews at our site for the front desk: candidate '
          'name, time, who they\'re seeing and which room. At the moment reception ring round every department when a candidate '
          'turns up, which costs about 10 minutes a time.\n\nCheers\nGary Whitmore\nReception Supervisor \u2013 Corvane Outpatients '
          'Nottingham \u00b7 Ext 3301'.replace('\u2013', '-'), cs='iso-8859-1', cte='b64'))

# f8 two topics: thanks + parking per site
d = D_('2026-03-25 17:40')
emit('feature_request', 'product_board_reply', '', 'en', 'two-topics;gmail-alt;qp', 'thanks plus parking info wish',
     std('Olivia Grant <olivia.grant@corvanehealth.co.uk>', 'thanks + a thought', d, mid('gmail')),
     gmail_alt('Hi both,\n\nThanks for sorting my login yesterday, all working now.\n\nWhile I\'ve got you - it would be really nice if '
               'the candidate itinerary could automatically include parking details and which entrance to use for each site. We '
               'get candidates lost at Fulham every single week because the main entrance is for A&E. I add a note by hand but I '
               'forget half the time.\n\nOlivia\nPhlebotomist, Corvane Laboratory Services Fulham'))

# f9 accessibility, with PDF attachment
d = D_('2026-03-30 12:12', '+0100')
alt = outlook_alt('Hello,\n\nLast week we interviewed a visually impaired candidate for a contact centre role. She told us afterwards '
                  'that the page where she picked her interview time was really hard to use with her screen reader and the text '
                  'couldn\'t be enlarged properly. Her feedback (anonymised) is attached.\n\nCould GoodTime improve the candidate '
                  'pages for accessibility (screen readers, zoom, contrast)? As a healthcare employer we really should be getting '
                  'this right.\n\nKind regards,\nSunita Bhatt\nPatient Contact Centre Manager, Manchester',
                  sig='Sunita Bhatt | Contact Centre Manager\nCorvane Health Partners UK\n0161 496 0920')
emit('feature_request', 'product_board_reply', '', 'en', 'multipart-mixed;pdf-attachment;outlook-alt', 'accessible candidate pages',
     std('Sunita Bhatt <sunita.bhatt@corvanehealth.co.uk>', 'Accessibility of candidate booking page', d, mid('outlook')) + outlook_hdrs(d),
     mp('mixed', [alt, att('application/pdf', 'Candidate feedback - accessibility (anonymised).pdf', pdf('Candidate feedback - accessibility'))], bnd('outlook')))

# ================================================================ ENGLISH ESCALATIONS
# x1 seats, outlook html only + winmail.dat
d = D_('2026-03-02 11:15')
sig = ('Deborah Nwosu\nHead of Nursing – Midlands Outpatients\nCorvane Health Partners UK\nM: +44 7700 900733\n\n' + UK_DISC)
html_part = outlook_only('Hi,\n\nWe\u2019ve got 12 new ward managers starting across the Birmingham and Coventry sites this month and '
                         'they all need to run their own interviews in GoodTime for the spring recruitment drive (starts 6 April). '
                         'Recruiting ops tell me we\u2019re at our licence limit and can\u2019t add anyone else.\n\nWho do we talk to at '
                         'GoodTime about more seats, and how quickly can that happen? Budget is agreed on our side.\n\nThanks,\nDeborah', sig=sig)
emit('escalation', 'flag_csm', '', 'en', 'outlook-html-only;winmail-dat;multipart-mixed;qp', 'need more seats',
     std('Deborah Nwosu <deborah.nwosu@corvanehealth.co.uk>', 'GoodTime access for 12 new ward managers', d, mid('outlook')) + outlook_hdrs(d),
     mp('mixed', [html_part, att('application/ms-tnef', 'winmail.dat', winmail(11))], bnd('outlook')))

# x2 training for a whole team, apple alt
d = D_('2026-03-05 17:58')
emit('escalation', 'flag_csm', '', 'en', 'apple-alt;qp;iphone-sig', 'training session for 14 leads',
     std('Kerry-Ann Doyle <kerryann.doyle@corvanehealth.co.uk>', 'GoodTime training for phlebotomy leads', d, mid('apple', 'corvanehealth.co.uk'),
         extra=['X-Mailer: iPhone Mail (22D82)']),
     apple_alt('Hi,\n\nWe\'ve got a big cohort of trainee phlebotomists starting in May and all 14 of our phlebotomy team leads (across '
               'the 6 lab sites) will be interviewing for the first time using GoodTime. Half of them have never logged in.\n\n'
               'Could we get a proper training session for the whole group, ideally from someone at GoodTime, in April? Teams is fine. '
               'Happy to find a date that works.\n\nKerry-Ann\n\nSent from my iPhone'))

# x3 overall complaint, rambling
d = D_('2026-03-09 19:34')
emit('escalation', 'flag_csm', '', 'en', 'rambling;complaint;plain-qp;long-lines', 'imaging dept unhappy overall',
     std('Graham Pickering <graham.pickering@corvanehealth.co.uk>', 'GoodTime in Bristol imaging - honest feedback', d, mid('x', 'corvanehealth.co.uk'),
         extra=['X-Mailer: Microsoft Outlook 16.0']),
     leaf('Hello,\n\nI\'ll be honest, GoodTime has not gone well for us in Bristol imaging. We went live in December and we\'re now three '
          'months in. Every week there\'s something: invites going out with the wrong room, people showing free when they\'re on '
          'a list, interviewers getting emails for interviews that were moved. Each time we raise it, it gets fixed (or we\'re told '
          'it is) and then something else comes up.\n\nThe result is that two of my coordinators have quietly gone back to a '
          'spreadsheet and phoning people, which defeats the purpose of paying for it. Morale around it is low and I\'m getting asked '
          'by the directorate whether we should keep using it.\n\nI\'d like someone at GoodTime who looks after our account to '
          'sit down with us, look at the whole picture rather than individual tickets, and agree a plan.\n\n'
          'Graham Pickering\nImaging Services Manager, Corvane Imaging Centre Bristol', cte='qp'))

# x4 renewal & contract, forwarded from finance, pdf attached
d = D_('2026-03-12 10:02')
fw = ('Hi help line, please see below from Finance - I don\'t know who holds this, can you pass to whoever manages the GoodTime '
      'contract with them?\n\nFiona\n\n---------- Forwarded message ---------\nFrom: Paul Drummond <paul.drummond@corvanehealth.com>\n'
      'Date: Wed, 11 Mar 2026 at 17:20\nSubject: GoodTime renewal\nTo: Fiona Gallagher <fiona.gallagher@corvanehealth.com>\n\n'
      'Fiona,\n\nWe\'ve received the attached invoice from GoodTime. Before I approve it I need to know:\n'
      '1) when is the actual renewal date and is there a notice period?\n2) does the contract cover the Portuguese and French '
      'entities, or are they supposed to be invoiced separately?\n3) do we need a new PO for the extra seats Deborah asked about?\n\n'
      'Thanks\nPaul Drummond\nFinancial Controller, Corvane Health Partners\n')
emit('escalation', 'flag_csm', '', 'en', 'forwarded-chain;gmail-forward;multipart-mixed;pdf-attachment', 'renewal date and entities',
     std('Fiona Gallagher <fiona.gallagher@corvanehealth.com>', 'Fwd: GoodTime renewal', d, mid('gmail')),
     mp('mixed', [gmail_alt(fw), att('application/pdf', 'INV-GT-2026-0412.pdf', pdf('GoodTime invoice INV-GT-2026-0412'))], bnd('gmail')))

# x5 process change in labs
d = D_('2026-03-17 08:47')
sig = ('Ben Okoro\nLaboratory Manager, Corvane Laboratory Services (Reading & Fulham)\nIBMS Fellow\nT: 0118 496 0550\n\n' + UK_DISC)
emit('escalation', 'flag_csm', '', 'en', 'outlook-alt;qp;long-signature;disclaimer-urgent-confidential', 'redesign lab interview process',
     std('Ben Okoro <ben.okoro@corvanehealth.co.uk>', 'Changing how both labs run interviews', d, mid('outlook')) + outlook_hdrs(d, 'Changing how both labs run interviews'),
     outlook_alt('Hi,\n\nFrom the summer we want to change how the two labs recruit: one shared set of interviewers across Reading '
                 'and Fulham instead of each lab doing its own, cross-site panels on Teams, and trainees rotating through both. '
                 'That\'s a big change from how GoodTime was set up for us.\n\nBefore we start I\'d like a session with someone from '
                 'GoodTime to help us design the workflow properly, so we don\'t build it wrong and spend months patching it.\n\n'
                 'Who can set that up?\n\nThanks\nBen', sig=sig))

# x6 recurring teams failures + live fault today (flag + forward), received chain
d = D_('2026-03-20 11:22')
hdr = received(d, [('LO2P265MB5120.GBRP265.PROD.OUTLOOK.COM', 'LO3P265MB2106.GBRP265.PROD.OUTLOOK.COM', 'HTTPS'),
                   ('LO3P265MB2106.GBRP265.PROD.OUTLOOK.COM', 'CWLP265CA0339.outlook.office365.com', 'ESMTPS'),
                   ('mail-cwlgbr01on2112.outbound.protection.outlook.com', 'mx-in2.corvanehealth.com', 'ESMTPS'),
                   ('mx-in2.corvanehealth.com', 'filter01.corvanehealth.com', 'ESMTP'),
                   ('filter01.corvanehealth.com', 'mx1.corvanehealth.com', 'ESMTPS'),
                   ('mx1.corvanehealth.com', 'mbx01.corvanehealth.com', 'LMTP'),
                   ('mbx01.corvanehealth.com', 'helpline-queue.corvanehealth.com', 'LMTP')])
hdr += auth(d, 'corvanehealth.co.uk', 'selector2')
hdr += std('Sunita Bhatt <sunita.bhatt@corvanehealth.co.uk>', 'Teams links failing AGAIN - 4th week - please escalate', d, mid('outlook'))
hdr += outlook_hdrs(d) + ['Importance: high']
emit('escalation', 'flag_csm+forward_support', '', 'en', 'received-chain-7;dkim;arc;auth-results;outlook-alt;qp;capitals', 'recurring plus live failure today',
     hdr,
     outlook_alt('Hi,\n\nThis is now the fourth week in a row that Teams links have failed for our contact centre recruitment. Today '
                 'it\'s happened AGAIN: the 10:00 and 11:00 interviews both went out with links that say the meeting doesn\'t exist, '
                 'and two more are booked this afternoon with the same problem. We\'ve raised it with Support each week and it comes back.\n\n'
                 'We\'re in the middle of a 40-agent recruitment campaign and this is damaging how candidates see us. I need this taken '
                 'up with whoever manages our account at GoodTime, not just another ticket, and I need today\'s afternoon interviews '
                 'working.\n\nSunita', sig='Sunita Bhatt | Contact Centre Manager\nCorvane Health Partners UK\n0161 496 0920\n\n' + UK_DISC))

# x7 ticket unresolved for 5 weeks
d = D_('2026-03-23 13:14', '-0400')
emit('escalation', 'flag_csm', '', 'en', 'gmail-alt;qp;unresolved-ticket', 'ticket open five weeks',
     std('Carla Jenkins <carla.jenkins@corvanehealth.com>', 'GoodTime ticket #87102 - 5 weeks, no fix', d, mid('gmail')),
     gmail_alt('Hello,\n\nI opened ticket #87102 with GoodTime support on Feb 16 because interviewer declines from our Cleveland clinics '
               'stopped showing up in GoodTime. Since then I\'ve had 4 replies asking for the same screenshots and no fix. We work '
               'around it by checking everyone\'s calendar by hand, but that\'s hours a week across 3 clinics.\n\nCan this be taken '
               'above the support queue? I\'d like a call with our account contact at GoodTime and a date for a fix.\n\nCarla Jenkins\n'
               'Regional Clinic Administrator, Ohio'))

# x8 SSO outage whole US region + open day today (flag + forward)
d = D_('2026-03-26 08:05', '-0400')
emit('escalation', 'flag_csm+forward_support', '', 'en', 'capitals;plain-7bit;importance-high;no-message-id', 'region-wide login outage on open day',
     std('Andre Whitaker <andre.whitaker@corvanehealth.com>', 'NOBODY IN US CLINICS CAN LOG IN - open day today', d, None,
         extra=['X-Priority: 1', 'Importance: High', 'X-Mailer: Microsoft Outlook 16.0']),
     leaf('Since about 7am ET nobody in the US clinics can log into GoodTime - the single sign-on page loops back to the login screen. '
          'I\'ve had calls from Atlanta, Boston, Chicago and Houston. UK colleagues say they\'re fine.\n\nToday is our nursing open day: '
          '40 candidates booked for interviews from 10am across 4 sites, all scheduled in GoodTime.\n\nI need Support on this now AND '
          'I want someone senior at GoodTime aware of it, this is the second login outage this quarter.\n\nAndre Whitaker\n'
          'Director of Clinical Operations, US Outpatients\nCorvane Health Partners\nCell 404-555-0118', cte='7bit'))

# x9 admin/account owner transfer
d = D_('2026-03-27 16:20')
emit('escalation', 'flag_csm', '', 'en', 'outlook-html-only;qp;windows-1252', 'account owner leaving',
     std('Joanne Marsh <joanne.marsh@corvanehealth.com>', 'GoodTime account owner leaving Friday', d, mid('outlook')) + outlook_hdrs(d),
     outlook_only('Hi,\n\nMark Delaney, who has been the named owner of our GoodTime account since we signed, leaves Corvane on Friday. '
                  'I\u2019m taking over from him. We need the account ownership and the billing contact moved to me, and I\u2019d like '
                  'an intro call with our contact at GoodTime so I understand what\u2019s in our agreement.\n\nCan you let me know '
                  'how we arrange that?\n\nThanks\nJoanne Marsh\nHead of Talent Systems, People Team \u2013 Head Office London'))

# ================================================================ ENGLISH NOISE
# z1 OOO with Auto-Submitted (Outlook automatic reply)
d = D_('2026-03-06 09:31', '-0500')
emit('noise', 'ignore', '', 'en', 'ooo;auto-submitted;outlook-alt;qp', 'automatic reply',
     std('Shanice Okafor <shanice.okafor@corvanehealth.com>', 'Automatic reply: RE: CNA interviews next week', d, mid('outlook'),
         extra=['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All', 'X-MS-Exchange-Inbox-Rules-Loop: shanice.okafor@corvanehealth.com',
                'X-MS-Exchange-Organization-AutoReply: OOF', 'In-Reply-To: <x1abc.help@corvanehealth.com>']),
     outlook_alt('Thank you for your email. I am out of the office until Monday March 9 with limited access to email.\n\n'
                 'For URGENT clinical issues please contact the charge nurse on duty at extension 5520. For scheduling questions '
                 'please contact Jamal Reed in recruiting.\n\nShanice', lang='EN-US'))

# z2 OOO without Auto-Submitted (webmail vacation)
d = D_('2026-03-13 00:02')
emit('noise', 'ignore', '', 'en', 'ooo;no-auto-submitted;plain-7bit;night', 'out of office without header',
     std('Pete Langley <pete.langley@corvanehealth.co.uk>', 'Out of Office: GoodTime interviewer pools - w/c 16 March', d, mid('x', 'corvanehealth.co.uk'),
         extra=['User-Agent: Roundcube Webmail/1.6.6']),
     leaf('Hi,\n\nI am on annual leave until Monday 23rd March and will have no access to email. If your message is urgent please '
          'contact the Glasgow imaging office on 0141 496 0210, otherwise I will reply on my return.\n\nPete Langley\n'
          'Imaging Assistant Practitioner', cte='7bit'))

# z3 bounce multipart/report delivery-status
d = D_('2026-03-16 10:11')
orig_mid = '<5f1e2a9c.77aa@corvanehealth.com>'
human = leaf('This is the mail system at host mx1.corvanehealth.com.\n\nI\'m sorry to have to inform you that your message could not\n'
             'be delivered to one or more recipients. It\'s attached below.\n\nFor further assistance, please send mail to postmaster.\n\n'
             'If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n'
             '                   The mail system\n\n<j.okeefe.candidate@gmial.com>: Host or domain name not found. Name service error\n'
             '    for name=gmial.com type=MX: Host not found, try again\n', cs='us-ascii', cte='7bit',
             extra=['Content-Description: Notification'])
ds = (['Content-Description: Delivery report', 'Content-Type: message/delivery-status'],
      ('Reporting-MTA: dns; mx1.corvanehealth.com\nX-Postfix-Queue-ID: 4Q9b1k2LmVz9sTp\nX-Postfix-Sender: rfc822; helpline@corvanehealth.com\n'
       'Arrival-Date: %s\n\nFinal-Recipient: rfc822; j.okeefe.candidate@gmial.com\nOriginal-Recipient: rfc822;j.okeefe.candidate@gmial.com\n'
       'Action: failed\nStatus: 5.4.4\nDiagnostic-Code: X-Postfix; Host or domain name not found. Name service error for\n'
       '    name=gmial.com type=MX: Host not found, try again\n') % D(d - datetime.timedelta(minutes=1)))
ds = (ds[0], ds[1].encode())
oh = (['Content-Description: Undelivered Message Headers', 'Content-Type: text/rfc822-headers'],
      ('Return-Path: <helpline@corvanehealth.com>\nFrom: GoodTime Help Line <helpline@corvanehealth.com>\nTo: j.okeefe.candidate@gmial.com\n'
       'Subject: Your interview at Corvane Imaging Centre Leeds\nDate: %s\nMessage-ID: %s\n') % (D(d - datetime.timedelta(minutes=2)), orig_mid))
oh = (oh[0], oh[1].encode())
emit('noise', 'ignore', '', 'en', 'bounce;multipart-report;delivery-status;mailer-daemon', 'undeliverable',
     std('MAILER-DAEMON@mx1.corvanehealth.com (Mail Delivery System)', 'Undelivered Mail Returned to Sender', d, mid('x'),
         to='helpline@corvanehealth.com', extra=['Auto-Submitted: auto-replied']),
     mp('report', [human, ds, oh], '4Q9b1k2LmVz9sTp.%d/mx1.corvanehealth.com' % R.randint(1000000000, 1999999999), params='; report-type=delivery-status',
        preamble='This is a MIME-encapsulated message.'))

# z4 GoodTime newsletter, list-unsubscribe, received + dkim
d = D_('2026-03-18 15:00')
hdr = received(d, [('mta-174-12.sparkpostmail.com', 'mx-in1.corvanehealth.com', 'ESMTPS'),
                   ('mx-in1.corvanehealth.com', 'filter02.corvanehealth.com', 'ESMTP'),
                   ('filter02.corvanehealth.com', 'mx1.corvanehealth.com', 'ESMTPS'),
                   ('mx1.corvanehealth.com', 'mbx02.corvanehealth.com', 'LMTP'),
                   ('mbx02.corvanehealth.com', 'helpline-queue.corvanehealth.com', 'LMTP')])
hdr += auth(d, 'goodtime.io', 'scph0326', arc=False)
hdr += std('GoodTime <news@goodtime.io>', 'What\u2019s new in GoodTime: March 2026 product roundup'.encode('utf-8'), d, mid('x', 'goodtime.io'))
hdr += ['List-Unsubscribe: <https://email.goodtime.io/unsubscribe?u=%s>, <mailto:unsubscribe-%s@email.goodtime.io>' % (rhex(24), rhex(10)),
        'List-Unsubscribe-Post: List-Unsubscribe=One-Click', 'Precedence: bulk', 'X-Campaign-ID: gt-newsletter-2026-03', 'Feedback-ID: 1187:1104:sparkpost']
nl_txt = ('GoodTime | March product roundup\n\nHi there,\n\nHere\'s what shipped this month:\n- Smarter pool suggestions\n'
          '- New interviewer training dashboard\n- Faster calendar sync for Microsoft 365\n\nJoin our April webinar: '
          '"Scaling interview scheduling in healthcare".\n\nRead more: https://www.goodtime.io/blog\n\n'
          'You are receiving this email because you are a GoodTime user. Unsubscribe: https://email.goodtime.io/unsubscribe\n'
          'GoodTime, Inc. | 2 Embarcadero Center, San Francisco, CA 94111')
nl_html = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>GoodTime</title></head><body style="margin:0;background:#f4f2fb">'
           '<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center"><table width="600" style="background:#fff">'
           '<tr><td style="padding:24px;background:#5b3fd1;color:#fff;font:bold 22px Arial">GoodTime &middot; March product roundup</td></tr>'
           '<tr><td style="padding:24px;font:15px Arial;color:#222">Hi there,<br><br>Here&rsquo;s what shipped this month:<ul>'
           '<li>Smarter pool suggestions</li><li>New interviewer training dashboard</li><li>Faster calendar sync for Microsoft 365</li></ul>'
           '<a href="https://www.goodtime.io/blog?utm_source=newsletter" style="background:#5b3fd1;color:#fff;padding:10px 18px;text-decoration:none">Read more</a>'
           '</td></tr><tr><td style="padding:16px;font:11px Arial;color:#888">You are receiving this email because you are a GoodTime user. '
           '<a href="https://email.goodtime.io/unsubscribe">Unsubscribe</a><br>GoodTime, Inc. | 2 Embarcadero Center, San Francisco, CA 94111</td></tr>'
           '</table></td></tr></table><img src="https://email.goodtime.io/o/PIXEL.gif" width="1" height="1"></body></html>\n').replace('PIXEL', rhex(20))
emit('noise', 'ignore', '', 'en', 'newsletter;list-unsubscribe;received-chain-5;dkim;auth-results;raw-utf8-subject;multipart-alt', 'vendor newsletter',
     hdr, mp('alternative', [leaf(nl_txt, cte='qp'), leaf(nl_html, 'html', cte='qp')]))

# z5 calendar accept, text/calendar only, base64
d = D_('2026-03-19 09:14')
cal = ics('REPLY', 'Accepted: Band 6 Sister interview - Ward 7', '20260324T130000Z', '20260324T140000Z', 'scheduling@goodtime.io',
          'callum.reid@corvanehealth.co.uk', 'Callum Reid', 'ACCEPTED')
emit('noise', 'ignore', '', 'en', 'calendar-accept;text-calendar;base64', 'accepted invite',
     std('Callum Reid <callum.reid@corvanehealth.co.uk>', 'Accepted: Band 6 Sister interview - Ward 7', d, mid('outlook'),
         extra=['Thread-Topic: Band 6 Sister interview - Ward 7', 'X-MS-Exchange-Calendar-Series-Instance-Id: BAAAAIIA4AB0xbcQGoLgCAAAAAB', 'Content-class: urn:content-classes:calendarmessage']),
     (['Content-Type: text/calendar; charset="utf-8"; method=REPLY', 'Content-Transfer-Encoding: base64'], b64(cal.encode())))

# z6 calendar decline, multipart alt with calendar
d = D_('2026-03-21 16:45', '-0400')
cal = ics('REPLY', 'Declined: Pharmacy Technician interview - Candidate 4471902', '20260325T150000Z', '20260325T154500Z', 'scheduling@goodtime.io',
          'omar.haddad@corvanehealth.com', 'Omar Haddad', 'DECLINED')
emit('noise', 'ignore', '', 'en', 'calendar-decline;multipart-alt;text-calendar', 'declined invite',
     std('"Haddad, Omar" <omar.haddad@corvanehealth.com>', 'Declined: Pharmacy Technician interview - Candidate 4471902', d, mid('outlook'),
         extra=['Content-class: urn:content-classes:calendarmessage']),
     mp('alternative', [leaf('Sorry, on PTO that week.\n', cte='7bit'),
                        (['Content-Type: text/calendar; charset="utf-8"; method=REPLY', 'Content-Transfer-Encoding: 7bit'], cal.encode())], bnd('outlook')))

# z7 read receipt (disposition-notification)
d = D_('2026-03-23 11:48')
emit('noise', 'ignore', '', 'en', 'read-receipt;multipart-report;disposition-notification', 'read receipt',
     std('Janet Pryce <janet.pryce@corvanehealth.co.uk>', 'Read: Re: Candidate information - how long is it kept?', d, mid('outlook')),
     mp('report', [leaf('Your message\n\n  To: Janet Pryce\n  Subject: Re: Candidate information - how long is it kept?\n  Sent: 23/03/2026 11:02\n\n'
                        'was read on 23/03/2026 11:48.\n', cte='7bit'),
                   (['Content-Type: message/disposition-notification'],
                    ('Reporting-UA: Microsoft Outlook 16.0\nFinal-Recipient: rfc822;janet.pryce@corvanehealth.co.uk\n'
                     'Original-Message-ID: <7e31aa02.help@corvanehealth.com>\nDisposition: manual-action/MDN-sent-manually; displayed\n').encode())],
        params='; report-type=disposition-notification'))

# z8 phishing
d = D_('2026-03-24 03:41', '+0300')
hdr = received(d, [('vps-41235.hostkey-cloud.net', 'mx-in2.corvanehealth.com', 'ESMTP'),
                   ('mx-in2.corvanehealth.com', 'filter01.corvanehealth.com', 'ESMTP'),
                   ('filter01.corvanehealth.com', 'mx1.corvanehealth.com', 'ESMTPS'),
                   ('mx1.corvanehealth.com', 'mbx01.corvanehealth.com', 'LMTP'),
                   ('mbx01.corvanehealth.com', 'helpline-queue.corvanehealth.com', 'LMTP')])
hdr += auth(d, 'goodtime-secure-login.co', 'default', ok=False, arc=False)
hdr += std('"GoodTime Security" <security@goodtime-secure-login.co>', 'Action required: your GoodTime session expires in 24 hours', d, mid('x', 'goodtime-secure-login.co'),
           extra=['Reply-To: verify@goodtime-secure-login.co', 'X-Spam-Score: 6.8', 'X-Spam-Flag: YES'])
ph_html = ('<html><body style="font-family:Arial"><p>Dear user,</p><p>We detected an <b>error</b> with your GoodTime calendar '
           'authorization. To avoid losing access to all scheduled interviews you must re-verify your account <b>immediately</b>.</p>'
           '<p><a href="http://goodtime-secure-login.co/verify?id=%s" style="background:#6b2fd6;color:#fff;padding:10px 16px">Verify my account</a></p>'
           '<p>Failure to verify within 24 hours will result in permanent suspension.</p><p>GoodTime Security Team</p></body></html>\n') % rhex(16)
emit('noise', 'ignore', '', 'en', 'phishing;html-only;auth-fail;received-chain-5;night', 'credential phishing',
     hdr, leaf(ph_html, 'html', cs='us-ascii', cte='7bit'))

# z9 bare thanks on top of quoted reply
d = D_('2026-03-25 12:30')
emit('noise', 'ignore', '', 'en', 'bare-thanks;reply-on-top;on-wrote-quote;gmail-alt', 'thanks only',
     std('Olivia Grant <olivia.grant@corvanehealth.co.uk>', 'Re: Login problem', d, mid('gmail'),
         extra=['In-Reply-To: <9ab31c.help@corvanehealth.com>', 'References: <9ab31c.help@corvanehealth.com>']),
     gmail_alt('thanks!', ('On Tue, 24 Mar 2026 at 16:02, GoodTime Help Line <helpline@corvanehealth.com> wrote:',
                           'Hi Olivia,\n\nYour account has been re-linked, you should be able to log in now. Let us know if not.\n\n'
                           'GoodTime Help Line\nInternal GoodTime project team')))

# z10 marketing spam (unrelated vendor) with list-unsubscribe
d = D_('2026-03-26 13:02')
emit('noise', 'ignore', '', 'en', 'marketing;list-unsubscribe;html-only;base64', 'vendor marketing',
     std('TalentWave Health <hello@talentwave-health.com>', 'Cut nurse time-to-hire by 40% \u2013 free benchmark report'.encode('utf-8'), d, mid('x', 'talentwave-health.com'),
         extra=['List-Unsubscribe: <https://talentwave-health.com/u/%s>' % rhex(18), 'Precedence: bulk', 'X-Mailer: Mailchimp Mailer - **CID%s**' % rhex(10)]),
     leaf('<html><body><h2>Is your nurse hiring stuck in 2019?</h2><p>Healthcare groups using TalentWave cut time-to-hire by 40%. '
          'Download our free 2026 benchmark report and book a 15-minute demo with our team.</p><p><a href="https://talentwave-health.com/report">'
          'Get the report</a></p><p style="font-size:10px">You received this because you subscribed at a HR event. '
          '<a href="https://talentwave-health.com/u">Unsubscribe</a></p></body></html>\n', 'html', cte='b64'))

# z11 got it thanks, iPhone
d = D_('2026-03-30 17:05', '+0100')
emit('noise', 'ignore', '', 'en', 'bare-thanks;iphone-sig;plain-7bit', 'got it thanks',
     std('Kerry-Ann Doyle <kerryann.doyle@corvanehealth.co.uk>', 'Re: Reminders for candidates?', d, mid('apple', 'corvanehealth.co.uk'),
         extra=['X-Mailer: iPhone Mail (22D82)', 'In-Reply-To: <55e0ac.help@corvanehealth.com>']),
     leaf('got it, thanks x\n\nSent from my iPhone\n\n> On 13 Mar 2026, at 09:10, GoodTime Help Line <helpline@corvanehealth.com> wrote:\n'
          '> \n> Hi Kerry-Ann, reminders for the lab templates go out automatically the day before.\n', cte='7bit'))

# ================================================================ GERMAN
# d1 support-hours (without "hours"), Q iso-8859-1 subject split
d = D_('2026-03-04 21:37', '+0100')
emit('question', 'auto_reply', 'support-hours', 'de', 'rfc2047-q-iso-8859-1-split;iphone-sig-de;plain-qp', 'support am Wochenende erreichbar?',
     std('Jana =?iso-8859-1?Q?K=F6hler?= <jana.koehler@corvanehealth.de>', ew_split(['Frage wegen Wochenende / Support erreichbar?'], 'q', 'iso-8859-1').replace('erreichbar', 'erreich?=\n =?iso-8859-1?Q?bar'), d, mid('apple', 'corvanehealth.de'),
         extra=['X-Mailer: iPhone Mail (22D82)']),
     leaf('Hallo zusammen,\n\nkurze Frage: wenn am Samstagabend oder nachts mal was mit GoodTime nicht klappt \u2013 ist beim '
          'GoodTime-Support dann überhaupt jemand da, oder muss ich bis Montag früh warten? Wir wollen ab April auch samstags '
          'Gespräche für die Teilzeitkräfte machen.\n\nLG Jana\nMTRA, Corvane Radiologie München-Schwabing\n\nVon meinem iPhone gesendet', cte='qp'))

# d2 reschedule, outlook html only cp1252, B split subject
d = D_('2026-03-09 08:12', '+0100')
sig = ('Sabine Große\nPflegedienstleitung | Corvane Ambulanzzentrum Köln\nCorvane Health Partners Deutschland GmbH\n'
       'Tel. +49 221 555 0187\n\n' + DE_DISC)
emit('question', 'auto_reply', 'reschedule-interview', 'de', 'outlook-html-only;qp;windows-1252;rfc2047-b-utf8-split;disclaimer-de', 'Termin richtig verschieben',
     std(ew_b('Große, Sabine') + ' <sabine.grosse@corvanehealth.de>', ew_split(['Vorstellungsgespräch verschie', 'ben – wie richtig?'], 'b'), d, mid('outlook')) + outlook_hdrs(d),
     outlook_only('Hallo Helpline-Team,\n\nich musste letzte Woche ein Vorstellungsgespräch für eine MFA-Stelle in der Anmeldung um einen '
                  'Tag nach hinten legen. Ich habe den Termin einfach in meinem Outlook-Kalender verschoben \u2013 danach hatte die '
                  'Bewerberin aber noch die alte Uhrzeit und meine Kollegin stand im falschen Raum.\n\nWie macht man das richtig, damit '
                  'alle Beteiligten die neue Zeit bekommen?\n\nMit freundlichen Grüßen\nSabine Große', lang='DE', sig=sig))

# d3 room-booking, thunderbird plain 8bit
d = D_('2026-03-11 13:20', '+0100')
emit('question', 'auto_reply', 'room-booking', 'de', 'plain-8bit;thunderbird;raw-utf8-from', 'Raum fehlt in Auswahl',
     std(b'Bj\xc3\xb6rn Wei\xc3\x9fenfels <bjoern.weissenfels@corvanehealth.de>', 'Raum "Elbe" fehlt in GoodTime', d, mid('x', 'corvanehealth.de'),
         extra=['User-Agent: Mozilla Thunderbird', 'Content-Language: de-DE']),
     leaf('Moin,\n\nfür die Gespräche nächste Woche in Hamburg-Altona soll GoodTime gleich einen Raum mitbuchen. Angeboten werden mir '
          'aber nur zwei Räume, unser Seminarraum "Elbe" im 3. OG fehlt komplett, obwohl wir den immer für Gespräche nehmen.\n\n'
          'Woran liegt das, und wie kriege ich den Raum da rein?\n\nGruß\nBjörn Weißenfels\nLeitung Labor, Corvane Labordiagnostik Hamburg', cte='8bit',
          params='; format=flowed'))

# d4 contact-csm without the acronym, base64 utf-8
d = D_('2026-03-13 10:48', '+0100')
emit('question', 'auto_reply', 'contact-csm', 'de', 'plain-base64-utf8;no-acronym;rfc2047-b-utf8', 'feste Ansprechpartnerin erreichen',
     std('Dr. Katrin Vogt <katrin.vogt@corvanehealth.de>', ew_b('Ansprechpartnerin bei GoodTime – Kontakt?'), d, mid('x', 'corvanehealth.de'),
         extra=['X-Mailer: Microsoft Outlook 16.0']),
     leaf('Guten Tag,\n\nbei der Einführung hatten wir bei GoodTime eine feste Ansprechpartnerin für unser Konto, mit der wir über '
          'unsere Abläufe sprechen konnten. Leider finde ich ihre Kontaktdaten nicht mehr. Wie komme ich wieder an sie heran? Ich würde '
          'gern einen Termin mit ihr vereinbaren, um die Planung unserer Arztgespräche zu besprechen.\n\nMit freundlichen Grüßen\n'
          'Dr. Katrin Vogt\nÄrztliche Leitung, Corvane MVZ Berlin-Mitte', cte='b64'))

# d5 interviewer-training, gmail alt
d = D_('2026-03-17 15:33', '+0100')
emit('question', 'auto_reply', 'interviewer-training', 'de', 'gmail-alt;qp;rfc2047-q-utf8', 'neue Kolleginnen erst zuhören lassen',
     std('Melanie =?UTF-8?Q?Schr=C3=B6der?= <melanie.schroeder@corvanehealth.de>', 'Neue MTLAs bei Gesprächen einbinden'.encode('utf-8'), d, mid('gmail')),
     gmail_alt('Hi,\n\nwir haben zwei neue MTLAs im Labor Frankfurt, die bei Vorstellungsgesprächen erst mal nur zuhören sollen, dann '
               'unter Aufsicht selbst die Fragen stellen, und erst danach alleine Gespräche führen. Kann GoodTime das irgendwie '
               'abbilden oder muss ich die beiden jedes Mal von Hand dazu einladen?\n\nDanke & viele Grüße\nMelanie Schröder\nTeamleitung Labor'))

# d6 none: interface language
d = D_('2026-03-19 12:02', '+0100')
emit('question', 'forward_support', 'none', 'de', 'raw-utf8-subject;iphone-sig-de;plain-8bit', 'Oberfläche auf Deutsch?',
     std('Aylin Demir <aylin.demir@corvanehealth.de>', 'GoodTime auf Deutsch möglich?'.encode('utf-8'), d, mid('apple', 'corvanehealth.de'),
         extra=['X-Mailer: iPhone Mail (22D82)']),
     leaf('Hallo, gibt es die GoodTime-Oberfläche auch auf Deutsch? Einige Kolleginnen an der Anmeldung tun sich mit den englischen '
          'Menüs schwer. Danke!\n\nAylin\nMFA, Corvane Ambulanzzentrum Düsseldorf\n\nVon meinem iPhone gesendet', cte='8bit'))

# d7 HIGH bug: data protection incident, png, received + dkim
d = D_('2026-03-20 08:56', '+0100')
hdr = received(d, [('FR3P281MB1452.DEUP281.PROD.OUTLOOK.COM', 'FR2P281MB0211.DEUP281.PROD.OUTLOOK.COM', 'HTTPS'),
                   ('FR2P281MB0211.DEUP281.PROD.OUTLOOK.COM', 'FR0P281CA0077.outlook.office365.com', 'ESMTPS'),
                   ('mail-fr2deu01on2100.outbound.protection.outlook.com', 'mx-in1.corvanehealth.com', 'ESMTPS'),
                   ('mx-in1.corvanehealth.com', 'filter02.corvanehealth.com', 'ESMTP'),
                   ('filter02.corvanehealth.com', 'mx1.corvanehealth.com', 'ESMTPS'),
                   ('mx1.corvanehealth.com', 'mbx02.corvanehealth.com', 'LMTP')])
hdr += auth(d, 'corvanehealth.de', 'selector1')
hdr += std('Thomas Brandt <thomas.brandt@corvanehealth.de>', ew_b('Datenschutzvorfall: Bewerberin sieht Daten einer anderen Bewerberin'), d, mid('outlook'))
hdr += outlook_hdrs(d) + ['Importance: high']
alt = outlook_alt('Guten Morgen,\n\neine Bewerberin für die Stelle MTR in Nürnberg hat uns heute früh angerufen: In ihrer '
                  'Terminbestätigung von GoodTime standen Name, Handynummer und Uhrzeit einer ANDEREN Bewerberin (Screenshot anbei, '
                  'geschwärzt). Eine zweite Bewerberin hat inzwischen dasselbe gemeldet.\n\nDas ist ein Datenschutzvorfall, unser '
                  'Datenschutzbeauftragter ist informiert. Bitte sofort an GoodTime weitergeben und klären, wie viele Bestätigungen '
                  'betroffen sind.\n\nThomas Brandt', cs='utf-8', lang='DE',
                  sig='Thomas Brandt\nStandortleitung Radiologie Nürnberg\nCorvane Health Partners Deutschland GmbH\n\n' + DE_DISC)
emit('bug', 'forward_support+flag_csm', '', 'de', 'received-chain-6;dkim;arc;auth-results;outlook-alt;png-screenshot;rfc2047-b-utf8;disclaimer-de', 'candidate data shown to another candidate',
     hdr, mp('mixed', [alt, att('image/png', 'Bestaetigung_geschwaerzt.png', png(90, 60, 21))], bnd('outlook')))

# d8 blocker: room double booked, candidate waiting; raw utf-8 subject
d = D_('2026-03-24 10:34', '+0100')
emit('scheduling_blocker', 'forward_support', '', 'de', 'raw-utf8-subject;iphone-sig-de;plain-8bit;capitals', 'Bewerberin wartet, Raum belegt',
     std('Melanie Schröder <melanie.schroeder@corvanehealth.de>'.encode('utf-8'), 'Bewerberin wartet – Raum doppelt belegt!!'.encode('utf-8'), d, mid('apple', 'corvanehealth.de'),
         extra=['X-Mailer: iPhone Mail (22D82)']),
     leaf('Bewerberin sitzt seit 5 Min am Empfang in Frankfurt, Gespräch um 10:45. Im Raum "Main" läuft eine Teambesprechung, GoodTime '
          'hat den Raum trotzdem für uns gebucht. Umbuchen auf einen anderen Raum geht nicht, kommt nur eine Fehlermeldung. Was mache '
          'ich JETZT? Kann jemand das Gespräch auf Raum 2.14 legen damit die Einladungen stimmen?\n\nMelanie\n\nVon meinem iPhone gesendet', cte='8bit'))

# d9 escalation: recurring sync issues all DE sites + training for team leads; outlook reply with Von/Gesendet block; winmail.dat
d = D_('2026-03-26 17:10', '+0100')
qh = ['Von: Dienstplanung Köln <dienstplanung.koeln@corvanehealth.de>', 'Gesendet: Montag, 23. März 2026 14:05',
      'An: Teamleitungen Köln <teamleitungen.koeln@corvanehealth.de>', 'Betreff: Dienstplan Ostern']
qb = ('Liebe Teamleitungen,\n\nbitte tragt die Ostertausche bis Freitag in den Plan ein. Die Notdienstbesetzung für Karfreitag steht.\n\n'
      'Danke\nDienstplanung')
alt = outlook_alt('Hallo zusammen,\n\n(falscher Verlauf, sorry \u2013 gehört an die GoodTime-Helpline)\n\nseit der Einführung im November '
                  'haben wir an allen deutschen Standorten immer wieder Probleme mit dem Kalenderabgleich: Leute werden als frei '
                  'angezeigt, obwohl sie Dienst haben, jede Woche neue Tickets, Lösungen halten nie lange. Ich möchte das gern '
                  'grundsätzlich mit GoodTime besprechen, nicht mehr Ticket für Ticket.\n\nAußerdem bräuchten unsere 9 Teamleitungen '
                  'eine gemeinsame Schulung, bevor die Rekrutierungswelle im Mai startet.\n\nViele Grüße\nSabine Große', cs='utf-8', lang='DE',
                  sig='Sabine Große\nPflegedienstleitung | Corvane Ambulanzzentrum Köln', quote=(qh, qb))
emit('escalation', 'flag_csm', '', 'de', 'reply-on-top;outlook-von-gesendet-block;outlook-alt;winmail-dat;multipart-mixed', 'wiederkehrende Probleme + Schulung',
     std('Sabine Große <sabine.grosse@corvanehealth.de>'.encode('utf-8'), 'AW: Dienstplan Ostern', d, mid('outlook')) + outlook_hdrs(d, 'Dienstplan Ostern'),
     mp('mixed', [alt, att('application/ms-tnef', 'winmail.dat', winmail(33))], bnd('outlook')))

# d10 noise: Abwesenheitsnotiz with auto-submitted, Q utf-8 subject
d = D_('2026-03-27 07:00', '+0100')
emit('noise', 'ignore', '', 'de', 'ooo;auto-submitted;rfc2047-q-utf8;plain-qp', 'Abwesenheitsnotiz',
     std('Jana Köhler <jana.koehler@corvanehealth.de>'.encode('utf-8'), ew_q('Automatische Antwort: Ihre Anfrage zu GoodTime') , d, mid('outlook'),
         extra=['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All', 'Precedence: auto_reply']),
     leaf('Vielen Dank für Ihre Nachricht.\n\nIch bin bis einschließlich 06.04.2026 nicht im Haus und habe keinen Zugriff auf meine '
          'E-Mails. In dringenden Fällen wenden Sie sich bitte an die Leitstelle der Radiologie unter +49 89 555 0140.\n\n'
          'Mit freundlichen Grüßen\nJana Köhler', cs='utf-8', cte='qp'))

# ================================================================ SPANISH
# s1 chat-bubble
d = D_('2026-03-03 16:22', '+0100')
emit('question', 'auto_reply', 'chat-bubble', 'es', 'iphone-sig-es;plain-qp;lowercase;rfc2047-b-utf8-from', 'no ve el chat morado',
     std(ew_b('Nuria Peñalver') + ' <nuria.penalver@corvanehealth.es>', 'el globito del chat??', d, mid('apple', 'corvanehealth.es'),
         extra=['X-Mailer: iPhone Mail (22D82)']),
     leaf('hola! mi compañera dice que en goodtime hay un chat morado para hablar con los de soporte pero yo no lo veo por ningún lado. '
          'estoy mirando la web desde el móvil en el descanso (sin entrar con mi usuario). dónde sale exactamente??\n\nnuria\n'
          'enfermera, Corvane Clínica Valencia Ruzafa\n\nEnviado desde mi iPhone', cte='qp'))

# s2 candidate-availability-request, outlook html only cp1252, raw cp1252 subject
d = D_('2026-03-06 09:05', '+0100')
sig = ('Íñigo Aguirre Etxeberria\nTécnico Superior en Imagen para el Diagnóstico\nCorvane Centro de Diagnóstico por Imagen Bilbao\n'
       'Tel. 944 555 210\n\n' + ES_DISC)
emit('question', 'auto_reply', 'candidate-availability-request', 'es', 'outlook-html-only;qp;windows-1252;raw-cp1252-subject;resembles-self-scheduling', 'candidato marca sus huecos',
     std('"Aguirre Etxeberria, Iñigo" <inigo.aguirre@corvanehealth.es>'.encode('cp1252'), 'Entrevistas técnicos – que el candidato diga cuándo puede'.encode('cp1252'), d, mid('outlook')) + outlook_hdrs(d),
     outlook_only('Buenos días:\n\nPara las entrevistas de técnicos de la semana que viene, ¿hay alguna forma de que el candidato me marque '
                  'él qué días y horas tiene libres, en vez de estar yo llamándole? Luego ya cuadro yo con los compañeros del tribunal.\n\n'
                  'Gracias,\nÍñigo', lang='ES', sig=sig))

# s3 time-zones (Canarias), gmail alt
d = D_('2026-03-10 18:40', '+0100')
emit('question', 'auto_reply', 'time-zones', 'es', 'gmail-alt;qp', 'candidata en Canarias, hora',
     std('Carmen Ruiz <carmen.ruiz@corvanehealth.es>', 'Candidata de Las Palmas - hora de la entrevista', d, mid('gmail')),
     gmail_alt('Hola,\n\nTengo una candidata para fisioterapeuta que vive en Las Palmas y hará la entrevista por videollamada. La última '
               'vez que entrevistamos a alguien de Canarias se conectó una hora tarde porque entendió la hora de Madrid como suya.\n\n'
               '¿Qué tengo que revisar en GoodTime para que a ella le salga su hora y no la nuestra?\n\nUn saludo,\nCarmen Ruiz\n'
               'Coordinadora de centro, Corvane Clínica Madrid Chamberí'))

# s4 cancel-interview, base64 iso-8859-1
d = D_('2026-03-12 11:15', '+0100')
emit('question', 'auto_reply', 'cancel-interview', 'es', 'plain-base64-iso-8859-1;rfc2047-q-iso-8859-1', 'candidata se retira, borrar cita?',
     std('=?ISO-8859-1?Q?Luc=EDa_Fern=E1ndez?= <lucia.fernandez@corvanehealth.es>', ew_q('Candidata que se retira - ¿qué hago?', 'iso-8859-1'), d, mid('x', 'corvanehealth.es'),
         extra=['User-Agent: Microsoft-MacOutlook/16.94.25021517']),
     leaf('Hola:\n\nUna candidata para técnica de laboratorio nos ha escrito diciendo que retira su candidatura (ha aceptado otra '
          'oferta). Tenía entrevista el jueves con dos compañeras y conmigo.\n\n¿Borro la cita de mi calendario de Outlook y listo, o '
          'hay que hacer algo más en GoodTime?\n\nGracias,\nLucía Fernández\nTécnica Superior de Laboratorio, Corvane Laboratorio Sevilla',
          cs='iso-8859-1', cte='b64'))

# s5 product-board (asks where ideas go, no idea stated)
d = D_('2026-03-16 22:51', '+0100')
emit('question', 'auto_reply', 'product-board', 'es', 'terse;lowercase;plain-8bit;night;android', 'donde mandar ideas',
     std('Pablo Giménez <pablo.gimenez@corvanehealth.es>'.encode('utf-8'), 'idea goodtime', d, mid('x', 'corvanehealth.es'),
         extra=['X-Mailer: Samsung Email']),
     leaf('buenas, tengo una idea para mejorar goodtime pero no sé dónde se manda eso, hay algún sitio? gracias\n\npablo (centro de '
          'atención al paciente, málaga)\n\nEnviado desde mi Samsung Galaxy', cte='8bit'))

# s6 none: email language catalan
d = D_('2026-03-18 10:05', '+0100')
emit('question', 'forward_support', 'none', 'es', 'apple-alt;qp;raw-utf8-from', 'correos al candidato en catalan',
     std('Jordi Puigdomènech <jordi.puigdomenech@corvanehealth.es>'.encode('utf-8'), 'Idioma de los correos al candidato', d, mid('apple', 'corvanehealth.es'),
         extra=['X-Mailer: Apple Mail (2.3826.400.131.1.6)']),
     apple_alt('Hola equipo,\n\n¿Se puede cambiar el idioma de los correos que recibe el candidato desde GoodTime? Aquí en Barcelona '
               'algunos candidatos los piden en catalán y ahora mismo les llegan en inglés.\n\nGracias,\nJordi\n'
               'Responsable de admisión, Corvane Clínica Barcelona Eixample'))

# s7 bug: self-scheduling link expired, png, qp iso-8859-15
d = D_('2026-03-20 13:27', '+0100')
alt = mp('alternative', [leaf('Hola:\n\nEsta mañana le mandé a un candidato el enlace para que elija él la hora de la entrevista y le '
                              'sale "Este enlace ha caducado". Se lo he reenviado dos veces y nada, lo mismo. Me ha mandado la captura '
                              '(adjunta). La entrevista no es hasta la semana que viene.\n\nRaquel Ortega\nEnfermera, Corvane Clínica Madrid Chamberí\n',
                              cs='iso-8859-15', cte='qp'),
                         leaf('<div>Hola:</div><div><br></div><div>Esta mañana le mandé a un candidato el enlace para que elija él la hora '
                              'de la entrevista y le sale "Este enlace ha caducado". Se lo he reenviado dos veces y nada, lo mismo. Me ha '
                              'mandado la captura (adjunta). La entrevista no es hasta la semana que viene.</div><div><br></div>'
                              '<div>Raquel Ortega<br>Enfermera, Corvane Clínica Madrid Chamberí</div>\n', 'html', cs='iso-8859-15', cte='qp')])
emit('bug', 'forward_support', '', 'es', 'multipart-mixed;qp-iso-8859-15;png-screenshot;resembles-self-scheduling', 'enlace caducado',
     std('Raquel Ortega <raquel.ortega@corvanehealth.es>', 'Enlace para elegir hora no funciona', d, mid('x', 'corvanehealth.es'),
         extra=['User-Agent: Roundcube Webmail/1.6.6']),
     mp('mixed', [alt, att('image/png', 'captura.png', png(70, 120, 9))]))

# s8 blocker: Meet link not working now, raw utf-8 subject
d = D_('2026-03-23 12:01', '+0100')
emit('scheduling_blocker', 'forward_support', '', 'es', 'raw-utf8-subject;iphone-sig-es;plain-8bit;capitals', 'candidata esperando, Meet no va',
     std('Íñigo Aguirre <inigo.aguirre@corvanehealth.es>'.encode('utf-8'), 'URGENTE: candidata esperando, el enlace de Meet no va'.encode('utf-8'), d, mid('apple', 'corvanehealth.es'),
         extra=['X-Mailer: iPhone Mail (22D82)']),
     leaf('La entrevista empieza YA (12:00) y el enlace de Meet de la invitación da error "no se encuentra la reunión". La candidata '
          'está esperando y me ha escrito. Mis dos compañeros del tribunal igual. ¿Alguien puede generar otro enlace o decirme qué '
          'hago?\n\nÍñigo\n\nEnviado desde mi iPhone', cte='8bit'))

# s9 feature: know night shifts
d = D_('2026-03-25 08:14', '+0100')
emit('feature_request', 'product_board_reply', '', 'es', 'gmail-alt;qp', 'tener en cuenta guardias',
     std('Nuria Peñalver <nuria.penalver@corvanehealth.es>'.encode('utf-8'), 'sugerencia: guardias y turnos de noche', d, mid('gmail')),
     gmail_alt('Hola!\n\nEstaría genial que GoodTime supiera cuándo hago guardia o turno de noche y no me pusiera entrevistas la mañana '
               'siguiente. Ya me ha pasado dos veces salir de una noche y tener entrevista a las 9. Yo no tengo los turnos en Outlook, '
               'están en la aplicación de turnos del hospital.\n\nNuria'))

# s10 noise: bare thanks with quoted thread
d = D_('2026-03-27 14:02', '+0100')
emit('noise', 'ignore', '', 'es', 'bare-thanks;reply-on-top;gt-quote;plain-qp', 'gracias',
     std('Carmen Ruiz <carmen.ruiz@corvanehealth.es>', 'RE: Candidata de Las Palmas - hora de la entrevista', d, mid('outlook'),
         extra=['In-Reply-To: <3c9e0f.help@corvanehealth.com>']),
     leaf('Muchas gracias!!\n\nCarmen\n\n> De: GoodTime Help Line <helpline@corvanehealth.com>\n> Enviado: jueves, 26 de marzo de 2026 17:40\n'
          '> Para: Carmen Ruiz\n> Asunto: RE: Candidata de Las Palmas - hora de la entrevista\n>\n> Hola Carmen, revisa la zona horaria de la '
          'candidata en la solicitud...\n', cte='qp'))

# ================================================================ FRENCH
# r1 contact-support: email address; Q iso-8859-1 split subject
d = D_('2026-03-05 13:12', '+0100')
emit('question', 'auto_reply', 'contact-support', 'fr', 'rfc2047-q-iso-8859-1-split;iphone-sig-fr;plain-qp;rfc2047-b-utf8-from', 'adresse mail du support',
     std(ew_b('Maëlle Lefèvre') + ' <maelle.lefevre@corvanehealth.fr>',
         '=?iso-8859-1?Q?Adresse_e-mail_du_supp?=\n =?iso-8859-1?Q?ort_GoodTime_=3F?=', d, mid('apple', 'corvanehealth.fr'),
         extra=['X-Mailer: iPhone Mail (22D82)']),
     leaf('Bonjour,\n\nJe ne suis pas très à l\'aise avec le chat en direct, je préfère écrire tranquillement quand j\'ai fini ma '
          'garde. Est-ce qu\'il existe une adresse mail pour écrire directement au support de GoodTime ? Je ne la trouve nulle part.\n\n'
          'Merci,\nMaëlle\nIDE, Corvane Clinique Lyon Part-Dieu\n\nEnvoyé de mon iPhone', cte='qp'))

# r2 conference-links, outlook html only cp1252, raw cp1252 From
d = D_('2026-03-09 14:50', '+0100')
sig = ('Hélène Garçon\nManipulatrice en électroradiologie médicale\nCorvane Centre d\'Imagerie Bordeaux Mériadeck\n'
       'Tél. 05 56 55 01 42\n\n' + FR_DISC)
emit('question', 'auto_reply', 'conference-links', 'fr', 'outlook-html-only;qp;windows-1252;raw-cp1252-from;disclaimer-fr', 'lien Teams automatique',
     std('Hélène Garçon <helene.garcon@corvanehealth.fr>'.encode('cp1252'), 'Lien Teams dans les invitations', d, mid('outlook')) + outlook_hdrs(d),
     outlook_only('Bonjour,\n\nQuand je programme un entretien à distance, les candidats reçoivent bien l\u2019invitation mais sans lien de '
                  'visio : je dois leur envoyer un lien Teams à la main à chaque fois, et penser à le mettre aussi aux collègues.\n\n'
                  'Comment faire pour que le lien soit ajouté automatiquement ?\n\nMerci d\u2019avance,\nHélène', lang='FR', sig=sig))

# r3 add-interviewer-to-pool, gmail alt
d = D_('2026-03-11 19:05', '+0100')
emit('question', 'auto_reply', 'add-interviewer-to-pool', 'fr', 'gmail-alt;qp', 'ajouter une collegue aux interviewers',
     std('Sandrine Morel <sandrine.morel@corvanehealth.fr>', 'Ajouter une collègue pour les entretiens IDE'.encode('utf-8'), d, mid('gmail')),
     gmail_alt('Bonsoir,\n\nJe voudrais que ma collègue Julie Martin (IDE, arrivée en janvier, très à l\'aise en entretien) puisse faire '
               'passer les entretiens infirmiers avec nous et que GoodTime la propose comme les autres quand elle est dispo. '
               'Qu\'est-ce qu\'il faut faire de notre côté ? Elle a déjà un compte GoodTime.\n\nBonne soirée,\nSandrine Morel\n'
               'Cadre de santé, Corvane Clinique Paris 15e'))

# r4 debrief-scheduling, base64 utf-8
d = D_('2026-03-13 17:22', '+0100')
emit('question', 'auto_reply', 'debrief-scheduling', 'fr', 'plain-base64-utf8;rfc2047-b-utf8-subject', 'point apres entretiens sans candidat',
     std('Thomas Girard <thomas.girard@corvanehealth.fr>', ew_b('Réunion entre nous après les entretiens'), d, mid('x', 'corvanehealth.fr'),
         extra=['User-Agent: Mozilla Thunderbird']),
     leaf('Bonjour,\n\nAprès chaque journée d\'entretiens pour les postes de technicien de laboratoire, on se réunit 20 minutes entre nous '
          '(le jury + la RH) pour faire le point sur les candidats. Aujourd\'hui je cale ça à la main dans Outlook.\n\nEst-ce que '
          'GoodTime peut planifier ce créneau tout seul, sans que le candidat reçoive quoi que ce soit ?\n\nCordialement,\n'
          'Thomas Girard\nBiologiste, Corvane Laboratoire Lille', cte='b64'))

# r5 candidate-itinerary, reply on top with "a écrit" quote about something else
d = D_('2026-03-17 10:40', '+0100')
emit('question', 'auto_reply', 'candidate-itinerary', 'fr', 'reply-on-top;a-ecrit-quote;unrelated-quote;gmail-alt;qp', 'renvoyer le programme au candidat',
     std('Claire Dubois <claire.dubois@corvanehealth.fr>', 'Re: Pot de départ de Martine', d, mid('gmail'),
         extra=['In-Reply-To: <a1b2c3d4.fr@corvanehealth.fr>']),
     gmail_alt('Désolée, je réponds sur ce fil, c\'était le plus rapide.\n\nUn candidat (poste de secrétaire médicale, entretien '
               'vendredi) me dit qu\'il n\'a jamais reçu le mail avec le déroulé de sa matinée : horaires, noms des personnes qu\'il va '
               'rencontrer, adresse. Je peux le lui renvoyer depuis GoodTime ? Où ça se trouve ?\n\nClaire\nSecrétaire médicale, '
               'Corvane Clinique Marseille Prado',
               ('Le lun. 16 mars 2026 à 12:03, Accueil Marseille <accueil.marseille@corvanehealth.fr> a écrit :',
                'Bonjour à toutes,\n\nLe pot de départ de Martine aura lieu jeudi à 16h30 en salle de pause.\nParticipation libre '
                'pour le cadeau, enveloppe à l\'accueil.\n\nL\'équipe accueil')))

# r6 bug: sync error after reconnecting twice
d = D_('2026-03-19 07:48', '+0100')
emit('bug', 'forward_support', '', 'fr', 'iphone-sig-fr;plain-8bit;lowercase;resembles-calendar-sync', 'erreur de synchro malgre reconnexion',
     std('Nicolas Petit <nicolas.petit@corvanehealth.fr>', 'erreur de synchronisation', d, mid('apple', 'corvanehealth.fr'),
         extra=['X-Mailer: iPhone Mail (22D82)']),
     leaf('bonjour, depuis hier goodtime m\'affiche "erreur de synchronisation" en rouge en haut de la page. j\'ai reconnecté mon agenda '
          'outlook 2 fois (même compte, rien changé), rien à faire, et il continue de me proposer des créneaux alors que je suis en '
          'vacation au scanner toute la journée. pas d\'entretien avant lundi mais bon\n\nnicolas, manip radio Toulouse\n\n'
          'Envoyé de mon iPhone', cte='8bit'))

# r7 blocker: candidate at reception, nobody notified; raw cp1252 subject
d = D_('2026-03-20 13:52', '+0100')
emit('scheduling_blocker', 'forward_support', '', 'fr', 'raw-cp1252-subject;plain-8bit-cp1252;capitals', 'candidat a l accueil, jury pas prevenu',
     std('Audrey Lambert <audrey.lambert@corvanehealth.fr>', 'Candidat à l\'accueil – personne n\'est prévenu !!'.encode('cp1252'), d, mid('x', 'corvanehealth.fr'),
         extra=['X-Mailer: Microsoft Outlook 16.0']),
     leaf('Bonjour,\n\nLe candidat pour le poste d\'aide-soignant est à l\'accueil de la clinique Part-Dieu, entretien à 14h00 (dans 8 '
          'minutes). GoodTime indique "programmé" mais AUCUN des deux membres du jury n\'a reçu d\'invitation, rien dans leurs agendas. '
          'L\'un des deux est en consultation. Comment je fais pour envoyer l\'invitation maintenant ou ajouter quelqu\'un d\'autre ?\n\n'
          'Audrey Lambert\nIDE coordinatrice\n', cs='windows-1252', cte='8bit'))

# r8 feature: recurring blocks, outlook alt
d = D_('2026-03-24 12:15', '+0100')
emit('feature_request', 'product_board_reply', '', 'fr', 'outlook-alt;qp;disclaimer-fr', 'plages recurrentes sans entretien',
     std('Sandrine Morel <sandrine.morel@corvanehealth.fr>', 'Suggestion GoodTime : créneaux bloqués récurrents'.encode('utf-8'), d, mid('outlook')) + outlook_hdrs(d),
     outlook_alt('Bonjour,\n\nUne suggestion : pouvoir indiquer dans GoodTime des plages récurrentes où aucun entretien ne doit être '
                 'proposé, par exemple "jamais le mardi matin" (bloc) ou "jamais pendant les transmissions de 13h30". Aujourd\'hui on '
                 'crée de faux rendez-vous dans Outlook pour que GoodTime ne propose rien, ce qui encombre tous les agendas.\n\n'
                 'Cordialement,\nSandrine', lang='FR', sig='Sandrine Morel\nCadre de santé – Corvane Clinique Paris 15e\n\n' + FR_DISC))

# r9 escalation: licences expire, subsidiary not covered; forwarded; pdf
d = D_('2026-03-26 09:30', '+0100')
fw = ('Bonjour,\n\nJe vous transfère le message de notre directrice administrative. Personne ici ne sait qui gère le contrat '
      'GoodTime pour la France, pouvez-vous faire remonter à la bonne personne ?\n\nMerci\nAudrey\n\n'
      '-------- Message transféré --------\nSujet : Licences GoodTime France\nDate : Wed, 25 Mar 2026 18:02:11 +0100\n'
      'De : Isabelle Roux <isabelle.roux@corvanehealth.fr>\nPour : Audrey Lambert <audrey.lambert@corvanehealth.fr>\n\n'
      'Audrey,\n\nNous avons reçu l\'avis ci-joint : nos licences GoodTime pour la filiale française expireraient le 31 mars. Le '
      'contrat groupe couvre-t-il Corvane France SAS ou devons-nous renouveler de notre côté ? Nous avons 35 utilisateurs et la '
      'campagne de recrutement d\'été démarre en avril.\n\nMerci de voir avec le siège.\n\nIsabelle Roux\nDirectrice administrative et financière\n')
emit('escalation', 'flag_csm', '', 'fr', 'forwarded-chain;thunderbird-forward;multipart-mixed;pdf-attachment;plain-qp', 'licences filiale expirent',
     std('Audrey Lambert <audrey.lambert@corvanehealth.fr>', 'Fwd: Licences GoodTime France', d, mid('x', 'corvanehealth.fr'),
         extra=['User-Agent: Mozilla Thunderbird']),
     mp('mixed', [leaf(fw, cte='qp'), att('application/pdf', 'Avis_expiration_licences.pdf', pdf('Avis expiration licences GoodTime'))]))

# r10 noise: calendar accept
d = D_('2026-03-30 11:02', '+0200')
cal = ics('REPLY', 'Accepté : Entretien IDE - Corvane Clinique Paris 15e', '20260402T080000Z', '20260402T090000Z', 'scheduling@goodtime.io',
          'julie.martin@corvanehealth.fr', 'Julie Martin', 'ACCEPTED')
emit('noise', 'ignore', '', 'fr', 'calendar-accept;multipart-alt;text-calendar;rfc2047-b-utf8-subject', 'accepte',
     std('Julie Martin <julie.martin@corvanehealth.fr>', ew_b('Accepté : Entretien IDE - Corvane Clinique Paris 15e'), d, mid('outlook'),
         extra=['Content-class: urn:content-classes:calendarmessage']),
     mp('alternative', [leaf('', cte='7bit'), (['Content-Type: text/calendar; charset="utf-8"; method=REPLY', 'Content-Transfer-Encoding: base64'], b64(cal.encode()))], bnd('outlook')))

# ================================================================ PORTUGUESE
# p1 internal-project-team
d = D_('2026-03-04 12:40')
emit('question', 'auto_reply', 'internal-project-team', 'pt', 'iphone-sig-pt;plain-qp;rfc2047-q-utf8-from', 'para que serve a helpline',
     std('=?utf-8?Q?In=C3=AAs_Gon=C3=A7alves?= <ines.goncalves@corvanehealth.pt>', 'para que serve este email?', d, mid('apple', 'corvanehealth.pt'),
         extra=['X-Mailer: iPhone Mail (22D82)']),
     leaf('Olá,\n\nsou nova na equipa que faz as entrevistas de enfermagem em Lisboa. Deram-me este endereço da helpline mas não percebi bem '
          'para que serve: que tipo de coisas devo mandar para aqui? Dúvidas do dia a dia sobre a GoodTime e sobre como fazemos as coisas '
          'cá na Corvane? E o que é que vai diretamente para a GoodTime?\n\nObrigada\nInês\nEnfermeira, Corvane Clínica Lisboa Saldanha\n\n'
          'Enviado do meu iPhone', cte='qp'))

# p2 self-scheduling-link, base64 utf-8, B subject
d = D_('2026-03-06 15:18')
emit('question', 'auto_reply', 'self-scheduling-link', 'pt', 'plain-base64-utf8;rfc2047-b-utf8-subject', 'candidato escolhe a hora',
     std('João Conceição <joao.conceicao@corvanehealth.pt>'.encode('utf-8'), ew_b('Entrevistas por telefone – candidato escolher a hora'), d, mid('x', 'corvanehealth.pt'),
         extra=['X-Mailer: Microsoft Outlook 16.0']),
     leaf('Boa tarde,\n\npara as entrevistas rápidas por telefone (15 min) para técnicos de análises clínicas, dá para mandar ao candidato '
          'um link para ele escolher sozinho a hora que lhe dá mais jeito, sem eu ter de andar a propor horários? Como se faz?\n\n'
          'Cumprimentos,\nJoão Conceição\nTécnico Superior de Diagnóstico e Terapêutica – Corvane Laboratório Porto', cte='b64'))

# p3 interviewer-decline, outlook html only cp1252
d = D_('2026-03-10 09:55')
sig = ('Rui Almeida\nCoordenador Clínico | Corvane Clínica Coimbra\nTel. +351 239 555 081\n\n' + PT_DISC)
emit('question', 'auto_reply', 'interviewer-decline', 'pt', 'outlook-html-only;qp;windows-1252;disclaimer-pt', 'entrevistadora recusou convite',
     std('Rui Almeida <rui.almeida@corvanehealth.pt>', 'Entrevistadora recusou o convite'.encode('utf-8') if False else ew_q('Entrevistadora recusou o convite – e agora?', 'utf-8'), d, mid('outlook')) + outlook_hdrs(d),
     outlook_only('Bom dia,\n\nA Dra. Marta Lopes recusou o convite para a entrevista de quinta-feira às 11h (vaga de enfermeiro/a para a '
                  'consulta externa). O candidato já tem tudo confirmado.\n\nTenho de cancelar tudo e marcar de novo com o candidato, ou '
                  'há maneira de pôr outra pessoa no lugar dela?\n\nObrigado,\nRui', lang='PT', sig=sig))

# p4 permissions-roles: missing button (looks like bug), gmail alt
d = D_('2026-03-12 16:33')
emit('question', 'auto_reply', 'permissions-roles', 'pt', 'gmail-alt;qp;looks-like-bug;lowercase', 'botao nao aparece',
     std('Catarina Sousa <catarina.sousa@corvanehealth.pt>', 'botão editar não aparece'.encode('utf-8'), d, mid('gmail')),
     gmail_alt('olá, não me aparece o botão "Editar" nas definições dos modelos de entrevista, e à minha colega Sara aparece (no mesmo '
               'ecrã). é um bug ou é alguma coisa da minha conta? queria só mudar a duração de uma sessão\n\nCatarina\n'
               'assistente administrativa, Corvane Clínica Braga'))

# p5 calendar-sync after password change
d = D_('2026-03-16 07:21')
emit('question', 'auto_reply', 'calendar-sync', 'pt', 'iphone-sig-pt;plain-8bit;raw-utf8-subject', 'livre apos mudar password',
     std('Tiago Ferreira <tiago.ferreira@corvanehealth.pt>', 'GoodTime mostra-me sempre disponível'.encode('utf-8'), d, mid('apple', 'corvanehealth.pt'),
         extra=['X-Mailer: iPhone Mail (22D82)']),
     leaf('Bom dia. Mudei a password do email na sexta (pedido da informática) e desde aí a GoodTime mostra-me livre o dia todo, mesmo '
          'nos turnos da TAC. O que tenho de fazer?\n\nTiago\nTécnico de radiologia, Corvane Imagiologia Lisboa\n\nEnviado do meu iPhone', cte='8bit'))

# p6 none: recording
d = D_('2026-03-18 11:47')
emit('question', 'forward_support', 'none', 'pt', 'apple-alt;qp', 'entrevistas gravadas?',
     std('Inês Gonçalves <ines.goncalves@corvanehealth.pt>'.encode('utf-8'), 'Gravação das entrevistas'.encode('utf-8'), d, mid('apple', 'corvanehealth.pt'),
         extra=['X-Mailer: Apple Mail (2.3826.400.131.1.6)']),
     apple_alt('Olá outra vez,\n\num candidato perguntou-me se a entrevista por vídeo ia ser gravada. A GoodTime grava as entrevistas ou '
               'guarda alguma coisa da chamada? Não sabia o que responder.\n\nObrigada\nInês'))

# p7 FORM bug: availability link blank
d = D_('2026-03-20 22:08')
body = ('Nova submissão recebida através do formulário "Pedido de apoio - GoodTime" da Intranet Corvane Portugal.\n\n'
        'Nome: Ana Ribeiro\nEmail: ana.ribeiro@corvanehealth.pt\nFunção: Farmacêutica\nLocal: Corvane Farmácia Hospitalar Porto\n'
        'Assunto: Link de disponibilidade em branco\n\nMensagem:\nO candidato abre o link para indicar a disponibilidade e aparece uma '
        'página em branco, tanto no telemóvel como no computador. Já reenviei o pedido 2 vezes. Aconteceu o mesmo com outra candidata '
        'ontem. A entrevista ainda não está marcada.\n\n---\nMensagem gerada automaticamente. Por favor não responda a este endereço.\n')
emit('bug', 'forward_support|needs_review', '', 'pt', 'form-mailer;auto-submitted;no-reply-from;plain-qp;resembles-availability-request', 'formulario, link em branco',
     std('Intranet Corvane Portugal <no-reply@corvanehealth.pt>', ew_b('[Formulário] Pedido de apoio - GoodTime'), d, mid('x', 'corvanehealth.pt'),
         extra=['Auto-Submitted: auto-generated', 'X-Auto-Response-Suppress: All', 'Reply-To: Ana Ribeiro <ana.ribeiro@corvanehealth.pt>']),
     leaf(body, cte='qp'))

# p8 blocker: candidate waiting Lisbon, interviewer no invite
d = D_('2026-03-23 15:05')
emit('scheduling_blocker', 'forward_support', '', 'pt', 'rfc2047-q-utf8-subject;iphone-sig-pt;plain-qp', 'candidato a espera, entrevistadora sem convite',
     std('Tiago Ferreira <tiago.ferreira@corvanehealth.pt>', ew_q('Candidato à espera na receção - URGENTE'), d, mid('apple', 'corvanehealth.pt'),
         extra=['X-Mailer: iPhone Mail (22D82)']),
     leaf('Candidato à espera na receção em Lisboa, entrevista às 15h (já são 15h05). A entrevistadora não recebeu convite nenhum e a '
          'GoodTime diz "agendado". Ela está cá e pode fazer a entrevista mas não tem o link nem a sala. Como adiciono outra pessoa '
          'já ou reenvio o convite??\n\nTiago\n\nEnviado do meu iPhone', cte='qp'))

# p9 escalation: training for whole contact centre team, outlook alt
d = D_('2026-03-25 10:20')
emit('escalation', 'flag_csm', '', 'pt', 'outlook-alt;qp;disclaimer-pt', 'formacao para 20 pessoas',
     std('Marta Vieira <marta.vieira@corvanehealth.pt>', 'Formação GoodTime para a equipa do contact centre'.encode('utf-8'), d, mid('outlook')) + outlook_hdrs(d),
     outlook_alt('Bom dia,\n\nA partir de maio a equipa do contact centre de Lisboa (20 pessoas, supervisores incluídos) vai passar a '
                 'marcar as entrevistas de recrutamento na GoodTime. Quase ninguém usou a ferramenta até agora.\n\nGostaríamos de '
                 'organizar uma formação para a equipa toda, idealmente com alguém da GoodTime e em português se possível. Quem trata '
                 'disso?\n\nCom os melhores cumprimentos,\nMarta Vieira', lang='PT',
                 sig='Marta Vieira\nCoordenadora do Contact Centre | Corvane Health Partners Portugal\n\n' + PT_DISC))

# p10 feature: attach checklist automatically; reply on top with "escreveu" quote
d = D_('2026-03-30 18:12', '+0100')
emit('feature_request', 'product_board_reply', '', 'pt', 'reply-on-top;escreveu-quote;unrelated-quote;gmail-alt;qp', 'anexar lista de documentos',
     std('João Conceição <joao.conceicao@corvanehealth.pt>'.encode('utf-8'), 'Re: Jantar de equipa', d, mid('gmail'),
         extra=['In-Reply-To: <99e0a1.pt@corvanehealth.pt>']),
     gmail_alt('(desculpem, respondi no email errado, isto é para a helpline)\n\nSugestão para a GoodTime: poder anexar automaticamente '
               'ao convite do candidato uma lista dos documentos que tem de trazer (cédula profissional, cartão de cidadão, '
               'certificado de habilitações). Agora cada um manda à sua maneira e metade dos candidatos aparece sem nada.\n\nJoão',
               ('A sexta, 27/03/2026, 12:10, Laboratório Porto <laboratorio.porto@corvanehealth.pt> escreveu:',
                'Olá a todos,\n\nO jantar de equipa fica marcado para dia 3 às 20h no sítio do costume.\nConfirmem até quarta.\n\nBeijinhos')))

# ================================================================ write out
def main():
    order = list(range(len(FILES)))
    random.Random(90210).shuffle(order)
    for f in os.listdir(OUT):
        if f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    rows = []
    lf_rng = random.Random(5)
    for n, i in enumerate(order, 1):
        data, cat, act, art, lang, fmt, notes = FILES[i]
        if lf_rng.random() < 0.2:
            data = data.replace(b'\r\n', b'\n')
            fmt += ';lf-line-endings'
        name = 'b-%03d.eml' % n
        with open(os.path.join(OUT, name), 'wb') as fh:
            fh.write(data)
        rows.append([name, cat, act, art, lang, fmt, notes])
    with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as fh:
        w = csv.writer(fh)
        w.writerow(['file', 'category', 'actions', 'article', 'language', 'format', 'notes'])
        w.writerows(rows)
    print(len(rows), 'messages written')

if __name__ == '__main__':
    main()
