#!/usr/bin/env python3
"""Build batch `a` of the blind help-line test set (Tamsin & Rowe). Standard library only."""
import os, sys, csv, email, random

# ---------------- helpers ----------------
import base64, quopri, random, struct, zlib, datetime, html, hashlib

R = random.Random(4242)

def hx(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))

def b64s(n):
    a = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
    return ''.join(R.choice(a) for _ in range(n))

DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
MONS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

def rdate(y, mo, d, h, mi, s, tz='+0000', comment=None):
    dt = datetime.date(y, mo, d)
    v = '%s, %d %s %d %02d:%02d:%02d %s' % (DAYS[dt.weekday()], d, MONS[mo-1], y, h, mi, s, tz)
    if comment:
        v += ' (%s)' % comment
    return v

# ---------- encoded words ----------
def ew_b(s, cs='UTF-8'):
    return '=?%s?B?%s?=' % (cs, base64.b64encode(s.encode(cs)).decode())

def ew_q(s, cs='UTF-8'):
    out = []
    for b in s.encode(cs):
        if b == 32:
            out.append('_')
        elif b < 128 and (chr(b).isalnum() or chr(b) in '!*+-/'):
            out.append(chr(b))
        else:
            out.append('=%02X' % b)
    return '=?%s?Q?%s?=' % (cs, ''.join(out))

def chunks(s, n):
    return [s[i:i+n] for i in range(0, len(s), n)]

def enc_header(s, mode):
    """return bytes for a header value"""
    if mode in (None, 'ascii'):
        return s.encode('ascii')
    if mode == 'raw':
        return s.encode('utf-8')
    if mode == 'cp1252':
        return s.encode('cp1252')
    if mode == 'latin1raw':
        return s.encode('latin-1')
    if mode == 'b':
        return '\n '.join(ew_b(c) for c in chunks(s, 30)).encode()
    if mode == 'q':
        return '\n '.join(ew_q(c) for c in chunks(s, 24)).encode()
    if mode == 'qlatin1':
        return '\n '.join(ew_q(c, 'ISO-8859-1') for c in chunks(s, 26)).encode()
    if mode == 'blatin1':
        return ew_b(s, 'ISO-8859-1').encode()
    if mode == 'split':
        # split in the middle of the first word containing a non-ascii char
        words = s.split(' ')
        pos = 0
        for w in words:
            if any(ord(c) > 127 for c in w) and len(w) > 3:
                cut = pos + len(w) // 2
                break
            pos += len(w) + 1
        else:
            cut = len(s) // 2
        return (ew_b(s[:cut]) + '\n ' + ew_b(s[cut:])).encode()
    if mode == 'splitq':
        words = s.split(' ')
        pos = 0
        for w in words:
            if any(ord(c) > 127 for c in w) and len(w) > 3:
                cut = pos + len(w) // 2
                break
            pos += len(w) + 1
        else:
            cut = len(s) // 2
        return (ew_q(s[:cut], 'ISO-8859-1') + '\n\t' + ew_q(s[cut:], 'ISO-8859-1')).encode()
    if mode == 'fold':
        # fold an ascii subject at whitespace around 70 chars
        out, line = [], ''
        for w in s.split(' '):
            if line and len(line) + len(w) + 1 > 62:
                out.append(line)
                line = w
            else:
                line = (line + ' ' + w) if line else w
        out.append(line)
        return '\n '.join(out).encode()
    raise ValueError(mode)

def addr(name, email, mode='ascii'):
    if not name:
        return email.encode()
    if mode == 'ascii':
        if any(c in name for c in ',.()'):
            return ('"%s" <%s>' % (name, email)).encode()
        return ('%s <%s>' % (name, email)).encode()
    if mode in ('raw', 'cp1252', 'latin1raw'):
        return b'"' + enc_header(name, mode) + b'" <' + email.encode() + b'>'
    if mode in ('b', 'q', 'qlatin1', 'blatin1', 'split', 'splitq'):
        return enc_header(name, mode).replace(b'\n\t', b' ').replace(b'\n ', b' ') + b' <' + email.encode() + b'>'
    raise ValueError(mode)

# ---------- transfer encodings ----------
def encode_body(text_bytes, cte):
    if cte == 'base64':
        return base64.encodebytes(text_bytes)
    if cte == 'quoted-printable':
        return quopri.encodestring(text_bytes)
    return text_bytes

def part(ctype, payload, charset=None, cte='7bit', params='', extra=b'', disp=None, filename=None):
    h = 'Content-Type: ' + ctype
    if charset:
        h += '; charset="%s"' % charset if R.random() < 0.5 else '; charset=%s' % charset
    if params:
        h += params
    if filename and 'name=' not in params:
        h += ';\n\tname="%s"' % filename
    h += '\nContent-Transfer-Encoding: ' + cte
    if disp:
        h += '\nContent-Disposition: ' + disp
        if filename:
            h += ';\n\tfilename="%s"' % filename
    hb = h.encode()
    if extra:
        hb += b'\n' + extra
    return hb + b'\n\n' + encode_body(payload, cte)

def multipart(subtype, parts, boundary=None, params=''):
    if boundary is None:
        boundary = '----=_Part_%d_%d.%d' % (R.randint(1000, 99999), R.randint(10**8, 10**9), R.randint(10**12, 10**13))
    ct = ('Content-Type: multipart/%s;\n\tboundary="%s"%s' % (subtype, boundary, params)).encode()
    body = b''
    for p in parts:
        body += b'--' + boundary.encode() + b'\n' + p.rstrip(b'\n') + b'\n\n'
    body += b'--' + boundary.encode() + b'--\n'
    return ct, body

# ---------- html renderers ----------
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
<body lang="%s" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
'''

def esc(s):
    return html.escape(s, quote=False)

def outlook_html(text, charset='windows-1252', lang='EN-GB'):
    out = [OUTLOOK_HEAD % (charset, lang)]
    in_quote = False
    for line in text.split('\n'):
        if line.startswith('\x00HDR'):
            # start of outlook quoted header block
            out.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n')
            in_quote = True
            continue
        if line.strip() == '':
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n')
        else:
            m = line.split(':', 1)
            if in_quote and len(m) == 2 and m[0] in ('From', 'Sent', 'To', 'Cc', 'Subject', 'Von', 'Gesendet', 'An', 'Betreff', 'De', 'Enviado', 'Para', 'Asunto', 'Envoy\u00e9', '\u00c0', 'Objet', 'Assunto', 'Data'):
                out.append('<p class="MsoNormal"><b>%s:</b> %s<o:p></o:p></p>\n' % (esc(m[0]), esc(m[1].strip())))
            else:
                out.append('<p class="MsoNormal">%s<o:p></o:p></p>\n' % esc(line))
    if in_quote:
        out.append('</div>\n')
    out.append('</div>\n</body>\n</html>\n')
    return ''.join(out)

def gmail_html(text):
    lines = text.split('\n')
    out = ['<div dir="ltr">']
    quote = []
    attribution = None
    for i, line in enumerate(lines):
        if line.startswith('>') or (attribution is not None):
            if attribution is None:
                pass
            quote.append(line[1:].lstrip() if line.startswith('>') else line)
            continue
        if line.startswith('On ') and line.rstrip().endswith('wrote:') or line.rstrip().endswith('escribi\u00f3:') or line.rstrip().endswith('a \u00e9crit :') or line.rstrip().endswith('escreveu:') or line.rstrip().endswith('geschrieben:'):
            attribution = line
            continue
        out.append(esc(line) + '<br>' if line else '<br>')
    out.append('</div>')
    if attribution:
        out.append('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">' % esc(attribution))
        out.append('<br>'.join(esc(q) for q in quote))
        out.append('</blockquote></div>')
    return '\n'.join(out) + '\n'

def apple_html(text):
    body = ''.join('<div>%s</div>' % (esc(l) if l else '<br>') for l in text.split('\n'))
    return '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">%s</body></html>\n' % body

# ---------- attachments ----------
def tiny_png(w=24, h=16, seed=1):
    rr = random.Random(seed)
    raw = b''
    col = (rr.randint(0, 255), rr.randint(0, 255), rr.randint(0, 255))
    for y in range(h):
        raw += b'\x00' + bytes(col) * w
    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0)) + chunk(b'IDAT', zlib.compress(raw)) + chunk(b'IEND', b'')

def tiny_pdf(title='Document'):
    s = ('%%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n'
         '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>endobj\n'
         '4 0 obj<</Length 44>>stream\nBT /F1 12 Tf 72 770 Td (%s) Tj ET\nendstream endobj\n'
         'trailer<</Root 1 0 R>>\n%%%%EOF\n') % title
    return s.encode('latin-1')

def winmail():
    return b'\x78\x9f\x3e\x22' + bytes(R.randint(0, 255) for _ in range(180))

def ics(method, summary, start, end, organizer, attendee, partstat=None, uid=None):
    uid = uid or (hx(32) + '@tamsinrowe.com')
    lines = ['BEGIN:VCALENDAR', 'PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN', 'VERSION:2.0', 'METHOD:' + method,
             'BEGIN:VEVENT', 'UID:' + uid, 'DTSTAMP:20260301T090000Z', 'DTSTART:' + start, 'DTEND:' + end,
             'SUMMARY:' + summary, 'ORGANIZER;CN=GoodTime Help Line:mailto:' + organizer]
    if partstat:
        lines.append('ATTENDEE;PARTSTAT=%s;CN=%s:mailto:%s' % (partstat, attendee[0], attendee[1]))
    else:
        lines.append('ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=%s:mailto:%s' % attendee)
    lines += ['SEQUENCE:0', 'END:VEVENT', 'END:VCALENDAR']
    return ('\r\n'.join(lines) + '\r\n').encode()

# ---------- transport headers ----------
RELAYS = {
    'google': ['mail-sor-f41.google.com', 'mail-wr1-f54.google.com', 'mail-ej1-f47.google.com'],
    'o365': ['EUR05-AM6-obe.outbound.protection.outlook.com', 'NAM10-DM6-obe.outbound.protection.outlook.com', 'EUR03-DBA-obe.outbound.protection.outlook.com'],
    'other': ['smtp.ionos.de', 'mout.gmx.net', 'smtp-out.orange.fr', 'smtp.sapo.pt', 'mta7.mailjet.net', 'o1.email.sendgrid.net'],
}

def received_chain(n, from_dom, date_hdr0):
    import email.utils as eu
    dt0 = eu.parsedate_to_datetime(date_hdr0.split(' (')[0])
    hops = []
    rid = ['mx.google.com', 'mx-in-01.tamsinrowe.com', 'AM9PR02MB7452.eurprd02.prod.outlook.com', 'DB8PR02CA0011.eurprd02.prod.outlook.com',
           'DB1PEPF000509E6.eurprd03.prod.outlook.com', 'AM4PEPF00027A6A.eurprd04.prod.outlook.com', 'VI1PR02MB5917.eurprd02.prod.outlook.com',
           'PAXPR02MB7245.eurprd02.prod.outlook.com', 'BN8NAM11FT066.mail.protection.outlook.com', 'gateway-03.tamsinrowe.com']
    for i in range(n):
        a = rid[(i + 1) % len(rid)]
        b = rid[i % len(rid)]
        date_hdr = eu.format_datetime(dt0 + datetime.timedelta(seconds=(n - i) * R.randint(1, 3) + R.randint(0, 2)))
        ip = '%d.%d.%d.%d' % (R.randint(10, 220), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
        if i == n - 1:
            a = 'mail.' + from_dom
        if R.random() < 0.5:
            hops.append('from %s (%s) by %s (2603:10a6:20b:%x::%x) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s' % (a, ip, b, R.randint(1, 4095), R.randint(1, 255), R.randint(7000, 8999), R.randint(10, 99), date_hdr))
        else:
            hops.append('from %s ([%s])\n        by %s with ESMTPS id %s\n        for <helpline@tamsinrowe.com>\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n        %s' % (a, ip, b, hx(12), date_hdr))
    return hops

def dkim(dom, sel='selector1'):
    return ('v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=%s;\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck;\n bh=%s=;\n b=%s\n %s\n %s==' % (dom, sel, b64s(43), b64s(70), b64s(70), b64s(50)))

def arc(dom, date_hdr):
    return [
        ('ARC-Seal', 'i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b=%s\n %s==' % (b64s(70), b64s(60))),
        ('ARC-Message-Signature', 'i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector10001;\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0;\n bh=%s=;\n b=%s==' % (b64s(43), b64s(70))),
        ('ARC-Authentication-Results', 'i=1; mx.microsoft.com 1; spf=pass\n smtp.mailfrom=%s; dmarc=pass action=none header.from=%s;\n dkim=pass header.d=%s; arc=none' % (dom, dom, dom)),
    ]

def auth_results(dom):
    return ('mx.tamsinrowe.com;\n       dkim=pass header.d=%s header.s=selector1 header.b=%s;\n       spf=pass (tamsinrowe.com: domain of postmaster@%s designates %d.%d.%d.%d as permitted sender) smtp.mailfrom=%s;\n       dmarc=pass (p=QUARANTINE sp=NONE dis=NONE) header.from=%s' % (dom, b64s(8), dom, R.randint(20, 200), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254), dom, dom))

# ---------------- builder ----------------

OUT = os.path.dirname(os.path.abspath(__file__))
HELP = 'helpline@tamsinrowe.com'
MSGS = []

def E(cat, actions, article, lang, tags, notes, frm, subject, date, text='', client='plain', charset='utf-8', cte=None,
      subj_mode='ascii', msgid='std', received=0, dkim=False, arc=False, atts=(), extra=(), eol='\n', reply=False,
      to=None, cc=None, raw_ct=None, raw_body=None, html_charset=None, mid_dom=None, no_mime=False):
    MSGS.append(dict(cat=cat, actions=actions, article=article, lang=lang, tags=list(tags), notes=notes, frm=frm,
                     subject=subject, date=date, text=text, client=client, charset=charset, cte=cte, subj_mode=subj_mode,
                     msgid=msgid, received=received, dkim=dkim, arc=arc, atts=list(atts), extra=list(extra), eol=eol,
                     reply=reply, to=to, cc=cc, raw_ct=raw_ct, raw_body=raw_body, html_charset=html_charset,
                     mid_dom=mid_dom, no_mime=no_mime))

def make_msgid(client, dom, style):
    if client in ('outlook_html', 'outlook_alt'):
        srv = R.choice(['AM9PR02MB', 'DB9PR03MB', 'PA4PR02MB', 'DU0PR02MB', 'CH3PR11MB']) + str(R.randint(1000, 9999))
        core = '%s%s@%s.%s.prod.outlook.com' % (srv, hx(20).upper(), srv, 'namprd11' if srv.startswith('CH3') else 'eurprd0%d' % R.randint(2, 4))
    elif client == 'gmail':
        core = 'CA%s%s@mail.gmail.com' % (b64s(24).replace('/', 'x').replace('+', 'Q'), hx(6))
    elif client in ('apple', 'iphone_plain'):
        core = '%s-%s-%s-%s-%s@%s' % (hx(8).upper(), hx(4).upper(), hx(4).upper(), hx(4).upper(), hx(12).upper(), dom)
    else:
        core = '%s.%s@%s' % (hx(16), hx(6), dom)
    if style == 'bare':
        return core
    return '<' + core + '>'

def mobile_sig(lang):
    return {'en': 'Sent from my iPhone', 'de': 'Von meinem iPhone gesendet', 'es': 'Enviado desde mi iPhone',
            'fr': 'Envoy\u00e9 de mon iPhone', 'pt': 'Enviado do meu iPhone'}[lang]

def build(m):
    H = []
    name, em, fmode = m['frm']
    if m['subj_mode'] == 'ascii' and any(ord(c) > 127 for c in m['subject']):
        m['subj_mode'] = 'b' if m['client'].startswith('outlook') or m['client'] in ('plain', 'raw') else 'q'
    if fmode == 'ascii' and any(ord(c) > 127 for c in name):
        fmode = 'b'
        m['frm'] = (name, em, fmode)
    dom = em.split('@')[1]
    date = m['date']
    hdr_date = date
    # transport
    if m['received']:
        for r in received_chain(m['received'], dom, date):
            H.append(('Received', r))
    if m['arc']:
        H += arc(dom, date)
    if m['dkim']:
        H.append(('Authentication-Results', auth_results(dom)))
        H.append(('DKIM-Signature', dkim(dom)))
    H.append(('From', addr(name, em, fmode)))
    H.append(('To', m['to'] if m['to'] is not None else R.choice(['GoodTime Help Line <%s>' % HELP, HELP, '"GoodTime Helpline" <%s>' % HELP, '<%s>' % HELP])))
    if m['cc']:
        H.append(('CC' if m['client'].startswith('outlook') else 'Cc', m['cc']))
    H.append(('Subject', enc_header(m['subject'], m['subj_mode'])))
    H.append(('Date', date))
    if m['msgid'] != 'none':
        H.append(('Message-ID' if m['client'] != 'apple' else 'Message-Id', make_msgid(m['client'], m['mid_dom'] or dom, m['msgid'])))
    if m['reply']:
        ref = '<%s@%s>' % (hx(20), R.choice(['tamsinrowe.com', 'mail.gmail.com', 'eurprd02.prod.outlook.com']))
        H.append(('In-Reply-To', ref))
        H.append(('References', ref))
    H += [(k, v) for k, v in m['extra']]
    client = m['client']
    text = m['text'].strip('\n') + '\n'
    cs = m['charset']
    tags = m['tags']
    # body
    if m['raw_ct'] is not None:
        ct, body = m['raw_ct'], m['raw_body']
    else:
        if client == 'outlook_html':
            hcs = m['html_charset'] or 'windows-1252'
            cte = m['cte'] or 'quoted-printable'
            h = outlook_html(text, hcs, {'en': 'EN-GB', 'de': 'DE', 'es': 'ES', 'fr': 'FR', 'pt': 'PT'}[m['lang']])
            ct = ('Content-Type: text/html; charset="%s"\nContent-Transfer-Encoding: %s' % (hcs, cte)).encode()
            body = encode_body(h.encode(hcs), cte)
            tags.insert(0, 'outlook-html-only')
            if hcs == 'windows-1252' and cte == 'quoted-printable':
                tags.insert(1, 'qp-cp1252')
        elif client in ('outlook_alt', 'gmail', 'apple'):
            hcs = cs
            cte = m['cte'] or 'quoted-printable'
            if client == 'outlook_alt':
                hb = outlook_html(text, hcs, {'en': 'EN-US', 'de': 'DE', 'es': 'ES', 'fr': 'FR', 'pt': 'PT'}[m['lang']])
                bnd = '_000_%s%s_' % (hx(6).upper(), hx(30).upper())
            elif client == 'gmail':
                hb = gmail_html(text.replace('\x00HDR', '_' * 32))
                bnd = '000000000000' + hx(16)
            else:
                hb = apple_html(text.replace('\x00HDR', '_' * 32))
                bnd = 'Apple-Mail-%s-%s-%s-%s-%s' % (hx(8).upper(), hx(4).upper(), hx(4).upper(), hx(4).upper(), hx(12).upper())
            p1 = part('text/plain', text.replace('\x00HDR', '_' * 32).encode(cs), cs, cte)
            p2 = part('text/html', hb.encode(cs), cs, cte)
            ct, body = multipart('alternative', [p1, p2], bnd)
            tags.insert(0, {'outlook_alt': 'outlook-multipart-alt', 'gmail': 'gmail-multipart-alt', 'apple': 'apple-mail-multipart-alt'}[client])
        else:
            cte = m['cte'] or '8bit'
            params = '; format=flowed' if client == 'thunderbird' else ''
            csn = cs if client != 'iphone_plain' else cs
            ct = ('Content-Type: text/plain; charset=%s%s\nContent-Transfer-Encoding: %s' % (csn, params, cte)).encode()
            body = encode_body(text.replace('\x00HDR', '_' * 32).encode(cs), cte)
            tags.insert(0, 'plain' if client != 'thunderbird' else 'thunderbird-flowed')
        if cte == 'base64':
            tags.append('base64-%s' % cs.lower())
        elif cte == 'quoted-printable' and 'qp-cp1252' not in tags:
            tags.append('qp')
        elif cte == '8bit' and any(ord(c) > 127 for c in text):
            tags.append('8bit-body')
        if m['atts']:
            parts = [ct + b'\n\n' + body]
            for (actype, fn, data) in m['atts']:
                if fn == 'winmail.dat':
                    parts.append(part('application/ms-tnef', data, None, 'base64', filename=fn, disp='attachment'))
                    tags.append('winmail.dat')
                elif actype.startswith('text/calendar'):
                    parts.append(part(actype, data, None, 'base64', filename=fn, disp='attachment'))
                    tags.append('ics-attachment')
                else:
                    inline = actype == 'image/png' and R.random() < 0.5
                    parts.append(part(actype, data, None, 'base64', filename=fn, disp='inline' if inline else 'attachment'))
                    tags.append('png-attachment' if actype == 'image/png' else 'pdf-attachment')
            ct, body = multipart('mixed', parts)
    # client headers
    if client.startswith('outlook'):
        H.append(('Thread-Topic', m['subject'] if all(ord(c) < 128 for c in m['subject']) else enc_header(m['subject'], 'b')))
        H.append(('Thread-Index', b64s(30) + '=='))
        H.append(('Accept-Language', 'en-GB, en-US'))
        H.append(('Content-Language', {'en': 'en-GB', 'de': 'de-DE', 'es': 'es-ES', 'fr': 'fr-FR', 'pt': 'pt-PT'}[m['lang']]))
        H.append(('X-MS-Has-Attach', 'yes' if m['atts'] else ''))
        H.append(('X-MS-TNEF-Correlator', ''))
        H.append(('x-ms-publictraffictype', 'Email'))
        H.append(('X-MS-Exchange-Organization-SCL', '1'))
    elif client == 'apple':
        H.append(('X-Mailer', R.choice(['iPhone Mail (21E236)', 'iPhone Mail (22D72)', 'Apple Mail (2.3774.500.171.1.1)'])))
    elif client == 'iphone_plain':
        H.append(('X-Mailer', 'iPhone Mail (22B91)'))
    elif client == 'thunderbird':
        H.append(('User-Agent', 'Mozilla Thunderbird'))
    if not m['no_mime']:
        H.append(('MIME-Version', '1.0' if client not in ('apple', 'iphone_plain') else '1.0 (1.0)'))
    # tags for headers
    sm, fm = m['subj_mode'], m['frm'][2]
    tagmap = {'raw': 'raw-utf8-%s', 'cp1252': 'raw-cp1252-%s', 'b': 'rfc2047-b-%s', 'q': 'rfc2047-q-%s', 'qlatin1': 'rfc2047-q-latin1-%s',
              'blatin1': 'rfc2047-b-latin1-%s', 'split': 'rfc2047-split-%s', 'splitq': 'rfc2047-split-q-latin1-%s', 'fold': 'folded-%s', 'latin1raw': 'raw-latin1-%s'}
    if sm in tagmap:
        tags.append(tagmap[sm] % 'subject')
    if fm in tagmap:
        tags.append(tagmap[fm] % 'from')
    if m['received']:
        tags.append('received-x%d' % m['received'])
    if m['dkim']:
        tags.append('dkim-authres')
    if m['arc']:
        tags.append('arc')
    if m['msgid'] == 'none':
        tags.append('no-message-id')
    elif m['msgid'] == 'bare':
        tags.append('message-id-no-brackets')
    if m['eol'] == '\r\n':
        tags.append('crlf')
    # serialise
    out = b''
    for k, v in H:
        vb = v if isinstance(v, bytes) else v.encode('utf-8')
        out += k.encode() + b': ' + vb + b'\n'
    out += ct + b'\n\n' + body
    if m['eol'] == '\r\n':
        out = out.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    return out

# --------------------------------------------------------------------------------------------
# signatures / disclaimers
DISC_EN = '''________________________________
CONFIDENTIALITY NOTICE: This e-mail and any attachments are CONFIDENTIAL and may be legally privileged. If you have received it in error, please notify the sender immediately and delete it from your system. Any unauthorised use, disclosure or copying is strictly prohibited. Tamsin & Rowe Hospitality Group Ltd, registered in England and Wales no. 08842217, 14 Hanover Square, London W1S 1HP. URGENT security reminder: Tamsin & Rowe will never ask for your password by e-mail.'''
DISC_ES = '''--
AVISO LEGAL: Este mensaje y sus anexos son CONFIDENCIALES y se dirigen exclusivamente a su destinatario. Si lo ha recibido por error, le rogamos que lo comunique inmediatamente al remitente y proceda a su eliminación. Tamsin & Rowe Hoteles España S.L. – Paseo de la Castellana 41, 28046 Madrid. En cumplimiento del RGPD, puede ejercer sus derechos escribiendo a privacidad@tamsinrowe.es.'''
DISC_DE = '''--
Tamsin & Rowe Hotels Deutschland GmbH | Friedrichstraße 68 | 10117 Berlin
Geschäftsführer: Dr. Katrin Vogel, Marcus Rowe | Amtsgericht Charlottenburg HRB 201544 B
Diese E-Mail enthält VERTRAULICHE Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail sind nicht gestattet.'''
DISC_FR = '''---
Ce message et ses pièces jointes sont CONFIDENTIELS et établis à l'intention exclusive de leurs destinataires. Si vous avez reçu ce message par erreur, merci de le détruire et d'en avertir immédiatement l'expéditeur. Tamsin & Rowe Hôtels France SAS - 12 rue de Turenne, 75004 Paris.'''
DISC_PT = '''--
Esta mensagem é CONFIDENCIAL e destina-se exclusivamente ao destinatário. Se a recebeu por erro, por favor informe imediatamente o remetente e apague-a. Tamsin & Rowe Hotéis Portugal, Lda. – Rua Garrett 19, 1200-203 Lisboa.'''

def corp_sig(name, title, place, phone, mail):
    return '%s\n%s\n%s\nT: %s | E: %s\ntamsinrowe.com | Follow us @tamsinandrowe\n\n[Tamsin & Rowe logo]\nProud winner: Hospitality Employer of the Year 2025' % (name, title, place, phone, mail)

# ============================================================================================
# QUESTIONS answered by an article -- English
E('question', 'auto_reply', 'contact-support', 'en', ['rambling', 'corp-signature', 'legal-disclaimer'], 'support contact asked in 3rd paragraph',
  ('Brianna Okafor', 'brianna.okafor@tamsinrowe.com', 'ascii'), 'Intro + a couple of things', rdate(2026, 3, 3, 9, 47, 12, '-0600'),
  '''Hi team,

Hope you're all well! I'm Brianna, I just started as Talent Coordinator for the Austin property (we open the rooftop bar in May so it's a LOT of hiring right now - bartenders, barbacks, a bar manager and about 20 front desk agents). Priya did my GoodTime walkthrough on Friday which was super helpful.

So far I've been getting on ok with it, I've booked maybe 15 phone screens already and the candidates seem to like picking a time themselves. The Greenhouse side I know from my last job so no issues there.

One thing I didn't catch in the walkthrough: when something looks off in GoodTime itself, how do I actually get in touch with the GoodTime people directly? Is there an address I can write to, or some other way? I don't want to bug you guys with every little thing.

Thanks so much!
Brianna

''' + corp_sig('Brianna Okafor', 'Talent Coordinator', 'Tamsin & Rowe Austin | 501 Congress Ave, Austin TX 78701', '+1 512 555 0143', 'brianna.okafor@tamsinrowe.com') + '\n\n' + DISC_EN,
  client='outlook_html', received=6, dkim=True, arc=True)

E('question', 'auto_reply', 'contact-csm', 'en', ['no-csm-letters'], 'asks for customer success person without saying CSM',
  ('Tom Haverford', 'tom.haverford@tamsinrowe.com', 'ascii'), 'who do we talk to at goodtime about summer hiring setup?', rdate(2026, 4, 14, 16, 2, 51, '+0100'),
  '''Hey,

We want to sit down with someone on the GoodTime side (not the support chat, more the account / customer success person) to talk through how we run the summer terrace hiring across the 4 London sites - it's a different rhythm to the rest of the year.

Who is that and how do I get a slot in their diary? I don't have any contact for them.

Cheers
Tom

--
Tom Haverford | Recruitment Partner, London Restaurants
Tamsin & Rowe''', client='gmail')

E('question', 'auto_reply', 'product-board', 'en', ['reply-original-message', 'quoted-other-topic'], 'where to post ideas, quoted thread about room booking',
  ('Hannah Lindqvist', 'hannah.lindqvist@tamsinrowe.com', 'ascii'), 'RE: Room for Thursday onsite - Manchester', rdate(2026, 2, 19, 11, 20, 3, '+0000'),
  '''Thanks, that sorted the room.

Separate thing - my coordinators keep coming up with little ideas for GoodTime ("it would be nice if..."). Is there somewhere official those go so GoodTime actually sees them? Someone mentioned you can vote on other people's ideas too?

H

-----Original Message-----
From: GoodTime Help Line <helpline@tamsinrowe.com>
Sent: 18 February 2026 17:02
To: Hannah Lindqvist <hannah.lindqvist@tamsinrowe.com>
Subject: RE: Room for Thursday onsite - Manchester

Hi Hannah,

"Deansgate 2" wasn't set up as a calendar resource, facilities have now added it. It should appear when you schedule the onsite for the sous chef candidate. Try again and let us know.

Help Line
''', client='outlook_alt', reply=True, received=5)

E('question', 'auto_reply', 'internal-project-team', 'en', ['terse', 'lowercase'], 'what is this mailbox for',
  ('Leo Marchetti', 'leo.marchetti@tamsinrowe.com', 'ascii'), 'this inbox?', rdate(2026, 1, 27, 8, 5, 40, '+0000'),
  '''sorry new here - what kind of stuff should i be sending to this address vs going to goodtime directly? is this you guys in head office?

leo''', client='plain', cte='7bit', charset='us-ascii', msgid='bare')

E('question', 'auto_reply', 'candidate-reminders', 'en', ['mobile-signature'], 'automatic reminders who sets them',
  ('Aisha Rahman', 'aisha.rahman@tamsinrowe.com', 'ascii'), 'Reminders before interviews', rdate(2026, 5, 6, 7, 12, 9, '+0100'),
  '''Morning! Does GoodTime send candidates a reminder before their interview on its own, or do we have to do that ourselves? And who decides when it goes out - can I change it for my hotel? We had 3 no-shows for commis chef interviews last week 🙈

Aisha

''' + mobile_sig('en'), client='apple')

E('question', 'forward_support|needs_review', 'permissions-roles', 'en', ['form-mailer', 'auto-submitted'], 'web form question about missing menu',
  ('Tamsin & Rowe Service Portal', 'no-reply@forms.tamsinrowe.com', 'ascii'), '[Service Portal] New request REQ0041877 - GoodTime', rdate(2026, 3, 17, 14, 31, 0, '+0000'),
  '''A new request has been submitted via the Tamsin & Rowe Service Portal.

Request number: REQ0041877
Category: Applications > GoodTime (scheduling)
Submitted by: Marta Kowalczyk (marta.kowalczyk@tamsinrowe.com)
Location: Edinburgh - The Rowe Hotel
Job title: Recruitment Coordinator
Priority: 4 - Low

Short description:
Can't see the same menus as my colleague

Description:
My colleague Fiona can edit the interview templates and the pools and I just don't have those options at all, the menu on the left is shorter on my screen. Is that because of what kind of user I am in GoodTime? Who sorts that out?

--------------------------------------------------
This is an automatically generated message. Please do not reply to this e-mail.
Tamsin & Rowe IT Service Desk''', client='plain', cte='7bit', charset='us-ascii',
  extra=[('Auto-Submitted', 'auto-generated'), ('X-Auto-Response-Suppress', 'All'), ('Reply-To', 'marta.kowalczyk@tamsinrowe.com'), ('X-Mailer', 'ServiceNow')], msgid='std')

E('question', 'auto_reply', 'interviewer-decline', 'en', ['terse', 'lowercase', 'typos'], 'interviewer declined, swap or reschedule',
  ('Jordan Pike', 'jordan.pike@tamsinrowe.com', 'ascii'), 'declined', rdate(2026, 6, 2, 22, 48, 17, '-0400'),
  '''one of the interviewrs declined my panel for thurs (revenue analyst role). do i swap them out or reschedule the whole thing?? whats the normal way here''',
  client='iphone_plain', cte='7bit', charset='us-ascii')

# ---- German KB questions
E('question', 'auto_reply', 'support-hours', 'de', ['no-word-hours'], 'Support am Wochenende/nachts erreichbar?',
  ('J\u00fcrgen Wei\u00df', 'juergen.weiss@tamsinrowe.de', 'qlatin1'), 'Support am Sonntagabend erreichbar? Er\u00f6ffnung Hamburg', rdate(2026, 3, 27, 18, 55, 31, '+0100'),
  '''Hallo zusammen,

wir haben am Montag ab 8 Uhr die ersten Vorstellungsgespräche für die Eröffnung in der HafenCity (Rezeption, Housekeeping, F&B). Falls am Sonntagabend oder in der Nacht noch etwas mit GoodTime hakt: ist dann beim GoodTime-Support überhaupt jemand da, oder erst wieder Montag früh?

Danke und schönes Wochenende
Jürgen

--
Jürgen Weiß
Recruiting Koordinator | Tamsin & Rowe Hamburg HafenCity''', client='plain', charset='iso-8859-1', cte='quoted-printable', subj_mode='qlatin1', received=5, dkim=True)

E('question', 'auto_reply', 'chat-bubble', 'de', [], 'wo ist das Chat-Fenster',
  ('Sabine M\u00fcller-Hoffmann', 'sabine.mueller-hoffmann@tamsinrowe.de', 'cp1252'), 'Chatfenster in GoodTime?', rdate(2026, 2, 11, 10, 3, 44, '+0100'),
  '''Hallo,

eine Kollegin aus München meinte, in GoodTime gäbe es irgendwo ein Chatfenster, über das man direkt mit GoodTime schreiben kann. Ich finde das bei mir nirgends – ich bin allerdings meistens nur über den Link aus den Einladungen drin, nicht richtig angemeldet. Wo genau soll das sein?

Viele Grüße
Sabine Müller-Hoffmann
Talent Acquisition | Tamsin & Rowe Berlin Mitte''', client='outlook_html')

E('question', 'auto_reply', 'reschedule-interview', 'de', ['mobile-signature'], 'Termin im Kalender verschieben oder in GoodTime',
  ('Lukas Brenner', 'lukas.brenner@tamsinrowe.de', 'ascii'), 'Kurze Frage Terminverschiebung', rdate(2026, 4, 21, 12, 37, 5, '+0200'),
  '''Hi,
wenn ein Bewerber (Souschef, Runde 2) einen anderen Termin braucht – zieh ich den einfach in meinem Outlook auf die neue Uhrzeit oder mach ich das in GoodTime? Hab's letzte Woche im Kalender gemacht und bin nicht sicher ob das so passt.

Gruß Lukas

''' + mobile_sig('de'), client='apple')

E('question', 'auto_reply', 'room-booking', 'de', [], 'Raum wird nicht angezeigt',
  ('Katharina Albers', 'katharina.albers@tamsinrowe.de', 'ascii'), 'Besprechungsraum f\u00fcr Vor-Ort-Interviews', rdate(2026, 5, 12, 9, 15, 22, '+0200'),
  '''Guten Morgen,

für die Interviews vor Ort im Büro Friedrichstraße: kümmert sich GoodTime eigentlich auch um den Raum, oder muss ich den separat buchen? Bei mir werden nur „Havel“ und „Müggelsee“ angeboten, der große Raum „Spree“ taucht gar nicht auf.

Danke!
Katharina''', client='gmail', cte='base64', subj_mode='b', received=7, dkim=True, arc=True)

E('question', 'auto_reply', 'interviewer-training', 'de', ['reply-outlook-header-de', 'quoted-other-topic', 'legal-disclaimer'], 'Hospitation neue Interviewer',
  ('Felix Demir', 'felix.demir@tamsinrowe.de', 'ascii'), 'AW: Zugang Hiring Manager K\u00fcche', rdate(2026, 1, 14, 15, 26, 48, '+0100'),
  '''Danke, Zugang klappt jetzt.

Noch was anderes: unsere neuen Sous-Chefs sollen bei Bewerbungsgesprächen erst mal nur dabeisitzen und zuschauen, danach selbst führen, während ein erfahrener Kollege zuhört. Kann GoodTime so was abbilden und die automatisch mit einplanen, oder muss ich die jedes Mal von Hand dazupacken?

Felix

''' + DISC_DE + '''

\x00HDR
Von: GoodTime Help Line <helpline@tamsinrowe.com>
Gesendet: Dienstag, 13. Januar 2026 16:40
An: Felix Demir <felix.demir@tamsinrowe.de>
Betreff: AW: Zugang Hiring Manager Küche

Hallo Felix,
wir haben Tobias die Rolle Hiring Manager gegeben, er sollte sich jetzt anmelden können.
Viele Grüße, Help Line''', client='outlook_html', reply=True, subj_mode='q')

# ---- Spanish KB questions
E('question', 'auto_reply', 'contact-support', 'es', ['mobile-signature'], 'correo de soporte perdido',
  ('Luc\u00eda Fern\u00e1ndez', 'lucia.fernandez@tamsinrowe.es', 'raw'), 'correo de soporte goodtime', rdate(2026, 2, 24, 13, 9, 0, '+0100'),
  '''Hola! ¿Me pasáis el correo de soporte de GoodTime? Lo tenía apuntado en un post-it y ha desaparecido jaja. ¿Hay alguna otra forma de contactarles aparte del correo?

Gracias!!

''' + mobile_sig('es'), client='iphone_plain', cte='quoted-printable')

E('question', 'auto_reply', 'contact-csm', 'es', ['no-csm-letters', 'legal-disclaimer'], 'reunión con gestora de éxito de cliente',
  ('Marta Ib\u00e1\u00f1ez', 'marta.ibanez@tamsinrowe.es', 'b'), 'Reuni\u00f3n con GoodTime para revisar procesos de verano', rdate(2026, 3, 10, 17, 44, 12, '+0100'),
  '''Hola equipo:

Desde Recursos Humanos de Madrid queremos sentarnos con la persona de GoodTime que lleva nuestra cuenta (la gestora de éxito de cliente, creo) para revisar cómo organizamos las contrataciones de temporada en Marbella e Ibiza.

¿Cómo reservo una reunión con ella? No tengo sus datos de contacto.

Un saludo,
Marta Ibáñez
HR Business Partner – Tamsin & Rowe España

''' + DISC_ES, client='outlook_html', subj_mode='q', received=6, dkim=True)

E('question', 'auto_reply', 'self-scheduling-link', 'es', [], 'candidata no ve huecos en el enlace',
  ('Pablo Garrido', 'pablo.garrido@tamsinrowe.es', 'ascii'), 'La candidata no ve horas disponibles', rdate(2026, 4, 7, 11, 58, 30, '+0200'),
  '''Buenas,

le he mandado a una candidata (recepcionista, hotel de Sevilla) el enlace para que elija ella misma la hora de la entrevista telefónica, y me dice que no le aparece ningún hueco libre. Solo puse a la directora del hotel como entrevistadora y le di esta semana.

¿Qué puede estar pasando? ¿Lo estoy haciendo mal?

Gracias,
Pablo''', client='gmail', subj_mode='ascii')

E('question', 'auto_reply', 'time-zones', 'es', [], 'candidata en Canarias, entrevistadores Madrid y Lisboa',
  ('Irene Soler', 'irene.soler@tamsinrowe.es', 'qlatin1'), 'Entrevista con candidata en Canarias', rdate(2026, 3, 18, 9, 2, 14, '+0100'),
  '''Hola,

tengo una candidata para revenue analyst que vive en Las Palmas (una hora menos que Madrid) y los entrevistadores están en Madrid y en Lisboa. Me da miedo liarla con las horas: ¿cómo me aseguro de que cada uno vea su hora correcta en la invitación?

Gracias de antemano.
Irene Soler
Coordinadora de Selección''', client='plain', charset='iso-8859-1', cte='base64', received=5)

E('question', 'auto_reply', 'cancel-interview', 'es', ['two-topics-same-category'], 'candidato retirado: borrar evento o cancelar',
  ('\u00c1lvaro Dom\u00ednguez', 'alvaro.dominguez@tamsinrowe.es', 'raw'), 'Candidato se retira – \u00bfc\u00f3mo cancelo?', rdate(2026, 5, 19, 19, 21, 7, '+0200'),
  '''Hola,

un candidato a jefe de sala en Barcelona nos ha escrito que se retira del proceso. Tenía la entrevista el jueves con dos personas. ¿Borro yo el evento del calendario directamente o hay que hacerlo desde GoodTime? Y si lo hago, ¿se entera el candidato de algo?

Saludos
Álvaro''', client='plain', cte='8bit', subj_mode='raw', msgid='none')

# ---- French KB questions
E('question', 'auto_reply', 'product-board', 'fr', [], 'où proposer des idées et voter',
  ('C\u00e9line Marchand', 'celine.marchand@tamsinrowe.com', 'q'), 'Id\u00e9es d\'am\u00e9lioration GoodTime', rdate(2026, 2, 5, 14, 12, 33, '+0100'),
  '''Bonjour,

avec l'équipe recrutement de Paris on a noté plusieurs petites idées d'amélioration pour GoodTime au fil des semaines. Je ne sais pas trop où les envoyer pour qu'elles arrivent vraiment chez GoodTime. Une collègue m'a parlé d'un espace où l'on peut aussi voter pour les idées des autres clients, vous savez où c'est ?

Merci !
Céline''', client='outlook_alt', charset='utf-8')

E('question', 'auto_reply', 'support-hours', 'fr', ['no-word-hours'], 'support la nuit / samedi ?',
  ('Nicolas Fabre', 'nicolas.fabre@tamsinrowe.com', 'ascii'), 'Support GoodTime le samedi ?', rdate(2026, 6, 12, 20, 40, 1, '+0200'),
  '''Bonsoir,

pour les saisonniers de Nice on fait beaucoup d'entretiens le samedi et parfois tard le soir. Si on a un souci avec GoodTime à ce moment-là, est-ce que le support de GoodTime répond, ou il faut attendre lundi ?

Bonne soirée,
Nicolas Fabre
Chargé de recrutement – Tamsin & Rowe Nice''', client='thunderbird', charset='utf-8', cte='8bit')

E('question', 'auto_reply', 'panel-interviews', 'fr', [], 'jury à trois puis deuxième créneau',
  ('Am\u00e9lie Roux', 'amelie.roux@tamsinrowe.com', 'ascii'), 'Entretien avec jury + cr\u00e9neau directrice', rdate(2026, 4, 28, 10, 5, 50, '+0200'),
  '''Bonjour,

pour le poste de chef de réception au Marais, je dois organiser un entretien avec trois personnes en même temps (RH, chef de réception adjoint, night manager), puis juste après un deuxième créneau de 30 min avec la directrice de l'hôtel.

Comment je fais ça proprement dans GoodTime ? Je n'ai jamais fait plus d'un entretien à la fois.

Merci,
Amélie''', client='gmail', subj_mode='raw', received=6, dkim=True)

E('question', 'auto_reply', 'conference-links', 'fr', ['mobile-signature'], 'lien Teams automatique',
  ('Julien Perrin', 'julien.perrin@tamsinrowe.com', 'ascii'), 'lien teams', rdate(2026, 1, 20, 8, 31, 2, '+0100'),
  '''Salut, est-ce que GoodTime peut mettre tout seul le lien Teams dans l'invitation ? Là je le colle à la main à chaque fois dans la description, c'est pénible.

Julien

''' + mobile_sig('fr'), client='iphone_plain', cte='quoted-printable')

E('question', 'auto_reply', 'add-interviewer-to-pool', 'fr', [], 'ajouter nouveau chef à la liste des intervieweurs',
  ('Fran\u00e7oise Lef\u00e8vre', 'francoise.lefevre@tamsinrowe.com', 'cp1252'), 'Nouveau chef \u00e0 Lyon \u2013 entretiens commis', rdate(2026, 3, 2, 16, 18, 27, '+0100'),
  '''Bonjour à tous,

notre nouveau chef de cuisine à Lyon, M. Gautier, arrive lundi et doit faire passer les entretiens des commis et chefs de partie. Comment est-ce qu'on l'ajoute aux personnes que GoodTime peut proposer pour ces entretiens ? Faut-il faire quelque chose de son côté aussi ?

Cordialement,
Françoise Lefèvre
Responsable RH – Tamsin & Rowe Lyon Presqu'île''', client='outlook_html', subj_mode='cp1252')

# ---- Portuguese KB questions
E('question', 'auto_reply', 'chat-bubble', 'pt', ['terse', 'lowercase', 'mobile-signature'], 'onde está o chat',
  ('Rita Carvalho', 'rita.carvalho@tamsinrowe.pt', 'ascii'), 'chat goodtime', rdate(2026, 2, 16, 23, 14, 55, '+0000'),
  '''onde fica o chat do suporte no goodtime? disseram-me que havia um botão mas não vejo nada

''' + mobile_sig('pt'), client='iphone_plain', cte='8bit')

E('question', 'auto_reply', 'candidate-availability-request', 'pt', [], 'pedir disponibilidades ao candidato',
  ('Jo\u00e3o Pedrosa', 'joao.pedrosa@tamsinrowe.pt', 'q'), 'Pedir disponibilidade ao candidato', rdate(2026, 4, 9, 10, 44, 8, '+0100'),
  '''Olá,

como é que peço a um candidato para me dizer quando está livre? É para um rececionista no hotel do Porto, a entrevista é com a diretora e com o chefe de receção, por isso preciso de várias opções dele para cruzar com as agendas dos dois.

Obrigado,
João''', client='gmail', subj_mode='ascii', received=5, dkim=True)

E('question', 'auto_reply', 'interviewer-load-balancing', 'pt', [], 'limitar entrevistas do chefe executivo',
  ('Beatriz Nogueira', 'beatriz.nogueira@tamsinrowe.pt', 'ascii'), 'Chefe sempre escolhido para entrevistas', rdate(2026, 5, 5, 15, 7, 39, '+0100'),
  '''Boa tarde,

o chefe executivo do Chiado queixa-se (com razão) que é sempre ele a ser escolhido para as entrevistas de cozinha, e temos mais três chefes que podiam fazê-las. Dá para pôr um máximo de entrevistas por semana para ele e repartir pelos outros?

Cumprimentos,
Beatriz Nogueira
Recrutamento – Tamsin & Rowe Lisboa Chiado''', client='outlook_html', html_charset='windows-1252')

E('question', 'auto_reply', 'debrief-scheduling', 'pt', [], 'reunião interna depois das entrevistas',
  ('Miguel Ant\u00f3nio Sousa', 'miguel.sousa@tamsinrowe.pt', 'b'), 'Reuni\u00e3o de avalia\u00e7\u00e3o ap\u00f3s entrevistas finais', rdate(2026, 6, 17, 9, 51, 16, '+0100'),
  '''Bom dia,

depois das entrevistas finais para Gestor de Receita queremos juntar o painel e a diretora para discutir os candidatos. Consigo marcar isso pelo GoodTime? A minha preocupação é que o candidato não pode receber nenhum convite nem email dessa reunião.

Obrigado
Miguel''', client='plain', cte='base64', subj_mode='split')

E('question', 'auto_reply', 'escalation-path', 'pt', ['reply-gmail-quote', 'quoted-other-topic'], 'a quem recorrer para quê',
  ('Sofia Lacerda', 'sofia.lacerda@tamsinrowe.pt', 'ascii'), 'Re: Sala para entrevistas Porto', rdate(2026, 3, 25, 12, 1, 45, '+0000'),
  '''Obrigada, a sala já aparece.

Aproveito para perguntar uma coisa que me baralha sempre: quando tenho um problema ou uma ideia, para quem é que vai? Para vocês, para o suporte da GoodTime, para a pessoa de conta deles...? Há alguma regra de quem trata do quê?

Sofia

On Tue, 24 Mar 2026 at 18:20, GoodTime Help Line <helpline@tamsinrowe.com> wrote:
> Olá Sofia,
> a sala "Douro" já está configurada como recurso no calendário. Experimenta agendar
> outra vez a entrevista de sexta.
> Help Line''', client='gmail', reply=True)

# ============================================================================================
# QUESTIONS no article answers
E('question', 'forward_support', 'none', 'en', ['resembles-support-hours'], 'wants a concrete SLA number in minutes',
  ('Daniel Whitcombe', 'daniel.whitcombe@tamsinrowe.com', 'ascii'), 'GoodTime response time figure for Q2 ops report', rdate(2026, 4, 1, 10, 22, 8, '+0100'),
  '''Hi both,

Our ops director wants a concrete figure in the Q2 ops pack for how fast GoodTime have to respond to us when something is critical (e.g. a P1). Do we have the actual number anywhere - is it 15 min, 1 hour? Ideally what's in our contract.

Thanks,
Daniel
Recruitment Operations Manager, Head Office''', client='outlook_alt', charset='utf-8', received=5)

E('question', 'forward_support', 'none', 'en', [], 'candidate data retention / deletion',
  ('Grace Oduya', 'grace.oduya@tamsinrowe.com', 'ascii'), 'Candidate data in GoodTime - how long is it kept?', rdate(2026, 2, 2, 13, 40, 0, '+0000'),
  '''Hello,

Our DPO has asked how long GoodTime keeps candidate details (name, email, interview history) after we reject someone, and whether we can get a single candidate's data deleted from GoodTime if they ask under GDPR. Can someone point me at the answer?

Many thanks
Grace Oduya
People Services''', client='plain', cte='7bit', charset='us-ascii')

E('question', 'forward_support', 'none', 'en', ['mobile-signature'], 'is there an iPhone app',
  ('Marcus Bell', 'marcus.bell@tamsinrowe.com', 'ascii'), 'app?', rdate(2026, 5, 22, 6, 58, 41, '-0500'),
  '''Is there a GoodTime app for iPhone? Our GMs are never at a desk and want to see who they're interviewing today from their phone.

''' + mobile_sig('en'), client='apple')

E('question', 'forward_support', 'none', 'en', ['rambling'], 'trial shifts rather than interviews',
  ('Ellie Sandford', 'ellie.sandford@tamsinrowe.com', 'ascii'), 'Using GoodTime for trial shifts?', rdate(2026, 3, 12, 15, 3, 19, '+0000'),
  '''Hi,

Bit of an odd one. At the central kitchen in Park Royal we do a paid trial shift (4 hours) for every chef de partie candidate after the interview. At the moment it's all done on a spreadsheet with the head chef and it's chaos.

Legal have said the trial shift needs to be logged with a start and end time and who supervised, because they're paid.

Can GoodTime book these trial shifts as well, even though they're not really interviews, or is that not what it's for?

Ellie''', client='gmail')

E('question', 'forward_support', 'none', 'en', ['resembles-reporting'], 'API access for Power BI',
  ('Raj Patel', 'raj.patel@tamsinrowe.com', 'ascii'), 'GoodTime API / Power BI', rdate(2026, 1, 29, 21, 17, 2, '+0000'),
  '''Hey - I'm in the data team. We want to pull interview counts and time-to-schedule out of GoodTime straight into our Power BI hiring dashboard every night. Does GoodTime have an API for that, and where would I get a key / the docs?

Raj Patel
Senior Data Engineer, Tamsin & Rowe Tech''', client='thunderbird', charset='utf-8', cte='7bit', msgid='bare')

E('question', 'forward_support', 'none', 'en', ['resembles-itinerary'], 'change sender name on candidate emails',
  ('Olivia Grant', 'olivia.grant@tamsinrowe.com', 'ascii'), 'Sender name on candidate emails', rdate(2026, 4, 16, 11, 11, 11, '-0400'),
  '''Hi team, candidates tell us the GoodTime emails look like they come from a random person because it shows the coordinator's name. Can we change the "from" name on all candidate emails to "Tamsin & Rowe Careers"? Who would set that?

Thanks, Olivia (NYC recruiting)''', client='outlook_html', received=8, dkim=True, arc=True)

E('question', 'forward_support', 'none', 'en', [], 'UI language setting',
  ('Pedro Almeida', 'pedro.almeida@tamsinrowe.com', 'ascii'), 'Change GoodTime language?', rdate(2026, 6, 8, 9, 30, 50, '+0100'),
  '''Hi, is it possible to switch the GoodTime screens themselves (menus etc.) to Portuguese for some of the hotel managers in Porto? Their English is ok but they'd be more comfortable. Thanks, Pedro''',
  client='plain', cte='7bit', charset='us-ascii')

E('question', 'forward_support', 'none', 'en', ['resembles-availability-request'], 'limit on bulk availability requests',
  ('Sam Whitaker', 'sam.whitaker@tamsinrowe.com', 'ascii'), 'Hiring day - 60 banquet staff', rdate(2026, 5, 27, 14, 48, 25, '+0100'),
  '''Hi,

We're running a hiring day for 60 banqueting staff at the Manchester hotel in June. Is there a maximum number of candidates I can send the availability request to in one go, or does it have to be one by one? Don't want to hit some limit halfway through.

Sam''', client='outlook_alt', charset='utf-8')

E('question', 'forward_support', 'none', 'es', [], 'cambiar idioma de correos a candidatos',
  ('Nerea Aguirre', 'nerea.aguirre@tamsinrowe.es', 'ascii'), 'Correos a candidatos en espa\u00f1ol', rdate(2026, 2, 26, 12, 25, 33, '+0100'),
  '''Hola,

muchos candidatos de sala y cocina no entienden bien los correos de GoodTime porque llegan en inglés. ¿Se puede hacer que les lleguen en español? ¿Cómo se cambia el idioma?

Gracias,
Nerea Aguirre
Selección – Tamsin & Rowe Bilbao''', client='gmail', cte='base64', subj_mode='b', received=5, dkim=True)

# ============================================================================================
# BUGS
E('bug', 'forward_support', '', 'en', ['misleading-subject'], 'availability page wrong time zone',
  ('Chloe Fairbanks', 'chloe.fairbanks@tamsinrowe.com', 'ascii'), 'quick question', rdate(2026, 3, 31, 10, 4, 12, '+0100'),
  '''Hi,

Candidate for the Lisbon revenue analyst role (Inês Tavares, GH ID 88412031) just sent me a screenshot of the availability page and all the times are in US Eastern. Her time zone on the request is definitely set to Europe/Lisbon, I checked twice, and I've sent two more since then and they do the same thing. Started this week, it was fine before.

Chloe''', client='gmail', received=6, dkim=True)

E('bug', 'forward_support', '', 'en', ['winmail.dat'], 'reminders not sent since Friday',
  ('Harriet Doyle', 'harriet.doyle@tamsinrowe.com', 'ascii'), 'Reminders not going out - Manchester', rdate(2026, 2, 9, 8, 52, 47, '+0000'),
  '''Morning,

Since Friday none of our Manchester candidates are getting the day-before reminder. I've had three candidates phone reception this morning asking if their interview is still on. Email addresses are right in Greenhouse and nothing has been changed on the interviews. Reminders were working fine last week.

Can you take a look?

Harriet Doyle
Recruitment Coordinator | Tamsin & Rowe Manchester''', client='outlook_html', atts=[('application/ms-tnef', 'winmail.dat', winmail())])

E('bug', 'forward_support', '', 'en', [], 'something went wrong error, screenshot',
  ('Noah Feldman', 'noah.feldman@tamsinrowe.com', 'ascii'), 'Error when opening interview', rdate(2026, 4, 23, 13, 36, 0, '-0500'),
  '''Hi,

Every time I open the scheduling page for the Chicago front office manager onsite I get "Something went wrong. Please try again later." (screenshot attached). Other candidates open fine. Tried Chrome and Edge, cleared cache. The onsite is next Wednesday so not on fire yet but I need to edit it.

Thanks
Noah''', client='outlook_alt', charset='us-ascii', atts=[('image/png', 'image001.png', tiny_png(40, 20, 7))], received=7, dkim=True)

E('bug', 'forward_support', '', 'en', ['two-topics'], 'ATS sync: candidate not showing + thanks for earlier',
  ('Ben Albright', 'ben.albright@tamsinrowe.com', 'ascii'), 'Candidate missing in GoodTime', rdate(2026, 1, 22, 17, 2, 33, '+0000'),
  '''Two things:

1) thanks for the fix on Tuesday, the debrief invites went out fine.

2) I moved a candidate (Kwame Mensah, Graduate Programme - Hotel Operations, Greenhouse candidate 77120983 / job 4410092) to "Assessment Centre" yesterday at about 3pm and he's still not in GoodTime, a full day later. Three others I moved at the same time came through. He's in the right job and stage, I checked.

Ben''', client='plain', cte='7bit', charset='us-ascii')

E('bug', 'forward_support', '', 'en', ['angry-caps', 'reply-angle-quotes'], 'reschedule sends duplicate invites',
  ('Kayla Brooks', 'kayla.brooks@tamsinrowe.com', 'ascii'), 'Re: interviewer complaints', rdate(2026, 5, 14, 16, 49, 3, '-0400'),
  '''WHY DOES EVERY RESCHEDULE SEND THREE INVITES?? I moved two interviews for the NYC bar manager today and each interviewer got 3 separate invites for the same slot, and the GM now has 3 events in her calendar. She is NOT happy. This never happened until this week.

K.

On Wed, May 13, 2026 at 9:12 AM Mark Ellison <mark.ellison@tamsinrowe.com> wrote:
> Kayla, can you make sure Dana has the updated panel list for the bar
> manager loop? She says she's only got two names.
>
> Thanks
> Mark''', client='gmail', reply=True)

E('bug', 'forward_support+flag_csm', '', 'en', ['high-impact', 'corp-signature', 'legal-disclaimer'], 'calendar sync down for whole head office',
  ('Victoria Ashdown', 'victoria.ashdown@tamsinrowe.com', 'ascii'), 'GoodTime showing everyone in Head Office as free - double bookings', rdate(2026, 3, 9, 11, 7, 22, '+0000'),
  '''Hi all,

Since Monday morning GoodTime shows every interviewer based at Hanover Square (around 140 people) as completely free, regardless of what's in their Outlook. We've had at least 9 interviews booked on top of existing meetings today alone, including two with the CFO. The coordinators in Edinburgh and Manchester say the same is happening for their interviewers.

Nobody has changed their password or calendar settings as far as we know. We've paused scheduling for now, which is holding up the graduate programme assessment days.

Please treat as a priority.

''' + corp_sig('Victoria Ashdown', 'Head of Recruitment Operations', 'Tamsin & Rowe Head Office | 14 Hanover Square, London W1S 1HP', '+44 20 7946 0321', 'victoria.ashdown@tamsinrowe.com') + '\n\n' + DISC_EN,
  client='outlook_html', received=9, dkim=True, arc=True)

E('bug', 'forward_support+flag_csm', '', 'en', ['high-impact', 'forwarded-gmail'], 'candidate got another candidates itinerary (privacy)',
  ('Rachel Amin', 'rachel.amin@tamsinrowe.com', 'ascii'), 'Fwd: Your interview with Tamsin & Rowe', rdate(2026, 4, 3, 9, 12, 40, '+0100'),
  '''This candidate has received someone else's itinerary (another candidate's name, mobile and interview times). He flagged it himself. I have no idea how many others got the wrong one - we sent about 30 confirmations yesterday for the Brighton opening.

---------- Forwarded message ---------
From: Tomasz Nowak <t.nowak88@gmail.com>
Date: Fri, 3 Apr 2026 at 08:41
Subject: Re: Your interview with Tamsin & Rowe
To: Rachel Amin <rachel.amin@tamsinrowe.com>

Hi Rachel, I think you sent me the wrong email - this one is for Emily Carter on the 7th, with her phone number on it. My interview was meant to be Monday? Please can you check.
Thanks, Tomasz''', client='gmail', received=5)

E('bug', 'forward_support', '', 'en', [], 'room booking fails although room free',
  ('Isaac Morgan', 'isaac.morgan@tamsinrowe.com', 'ascii'), 'Room booking error - Boardroom 3', rdate(2026, 2, 20, 12, 19, 31, '+0000'),
  '''Hello,

When I try to put the onsite for the Executive Housekeeper candidate (next Tuesday 10:00-13:00) in Boardroom 3 at Edinburgh, GoodTime shows the room as available and then fails with "Unable to book resource". The room is completely empty in Outlook that morning, I checked the room calendar. Other rooms book fine.

Isaac''', client='thunderbird', cte='7bit', charset='us-ascii', eol='\r\n')

E('bug', 'forward_support', '', 'en', ['forwarded-outlook'], 'self-scheduling link expired immediately',
  ('Gemma Kaur', 'gemma.kaur@tamsinrowe.com', 'ascii'), 'FW: Link not working', rdate(2026, 5, 29, 15, 27, 9, '+0100'),
  '''See below - sent the self-schedule link an hour ago and she gets "This link has expired". Same for the two I sent after. Interviews are next week.

G

\x00HDR
From: Amara Eze <amara.eze@outlook.com>
Sent: 29 May 2026 14:58
To: Gemma Kaur <gemma.kaur@tamsinrowe.com>
Subject: Link not working

Hello Gemma, I clicked the link to choose my interview time for the Guest Relations role but it just says "This link has expired". I received it at 2pm today. Could you resend it please?
Kind regards, Amara''', client='outlook_alt', charset='utf-8', cte='base64')

E('bug', 'forward_support|needs_review', '', 'en', ['form-mailer', 'auto-submitted'], 'form: times one hour off after clock change',
  ('Recruiting Help Form', 'forms-noreply@tamsinrowe.com', 'ascii'), 'New submission: GoodTime issue report', rdate(2026, 3, 30, 7, 3, 58, '+0100'),
  '''New form submission received.

Name: Dylan Hughes
Email: dylan.hughes@tamsinrowe.com
Team: Recruiting - UK Hotels
Topic: Something isn't working

Details:
Since the clocks went forward on Sunday the times in the GoodTime dashboard are an hour behind what the Outlook invites say. e.g. candidate Lauren Price shows 10:00 in GoodTime but the invite says 11:00. Which one is right?? I've got four interviews like this this week.

---
Sent by Formsubmit relay. Replies to this address are not monitored.''', client='plain', cte='quoted-printable', charset='utf-8',
  extra=[('Auto-Submitted', 'auto-generated'), ('X-Auto-Response-Suppress', 'All'), ('Precedence', 'bulk')], received=5)

E('bug', 'forward_support+flag_csm', '', 'de', ['high-impact', 'recurring'], 'Sommerzeit-Verschiebung zum dritten Mal, alle Standorte',
  ('Henrik Schr\u00f6der', 'henrik.schroeder@tamsinrowe.de', 'split'), 'Schon wieder: alle Interviews um eine Stunde verschoben', rdate(2026, 3, 30, 8, 20, 14, '+0200'),
  '''Hallo zusammen,

seit der Zeitumstellung am Wochenende stehen in GoodTime sämtliche Interviews für Berlin, München und Hamburg eine Stunde früher als in den Outlook-Einladungen. Betroffen sind alle Koordinatoren bei uns in Deutschland, heute allein ca. 25 Gespräche.

Das ist jetzt das dritte Mal: im Oktober bei der Umstellung auf Winterzeit genau dasselbe, damals Ticket bei GoodTime eröffnet (#51877), hieß es "behoben". Bitte dringend an GoodTime weitergeben.

Henrik Schröder
Teamleiter Recruiting DACH''', client='outlook_alt', charset='iso-8859-1', subj_mode='split', received=6, dkim=True)

E('bug', 'forward_support', '', 'es', [], 'progreso de formación no se actualiza',
  ('Carmen Ruiz', 'carmen.ruiz@tamsinrowe.es', 'raw'), 'El progreso de formaci\u00f3n no avanza', rdate(2026, 4, 15, 16, 33, 40, '+0200'),
  '''Hola,

tenemos a dos jefas de recepción en formación como entrevistadoras en el hotel de Madrid. Las dos han hecho ya sus tres entrevistas como oyentes, pero en GoodTime siguen en 0 de 3 y no pasan a la siguiente fase. Las entrevistas están marcadas como realizadas en Greenhouse.

¿Podéis revisarlo?

Carmen Ruiz
Coordinadora de Selección – Tamsin & Rowe Madrid Castellana''', client='outlook_html', html_charset='windows-1252', subj_mode='raw', atts=[('image/png', 'captura.png', tiny_png(30, 18, 3))])

E('bug', 'forward_support', '', 'fr', [], 'erreur 500 en reprogrammant',
  ('Thomas Girard', 'thomas.girard@tamsinrowe.com', 'ascii'), 'Erreur en voulant d\u00e9placer un entretien', rdate(2026, 2, 13, 11, 46, 3, '+0100'),
  '''Bonjour,

depuis ce matin, quand je clique sur « Reprogrammer » pour un entretien de serveur (Paris Marais, mardi prochain), j'obtiens une page blanche avec « Error 500 ». Même chose sur deux autres entretiens. Je suis passé par Chrome et Firefox.

Merci de regarder,
Thomas''', client='plain', cte='base64', subj_mode='q')

E('bug', 'forward_support', '', 'pt', [], 'convites de debrief não saem',
  ('Ana Rebelo', 'ana.rebelo@tamsinrowe.pt', 'ascii'), 'Convites da reuni\u00e3o de debrief n\u00e3o chegam', rdate(2026, 6, 3, 14, 5, 27, '+0100'),
  '''Olá,

marquei no GoodTime a reunião de debrief para amanhã às 17h (vaga de Sous Chef, Porto Ribeira), mas nenhum dos 4 entrevistadores recebeu o convite. No GoodTime aparece como agendada. Já tentei reenviar e nada.

Obrigada,
Ana''', client='gmail', cte='quoted-printable', subj_mode='q', received=5, dkim=True)

# ============================================================================================
# SCHEDULING BLOCKERS
E('scheduling_blocker', 'forward_support', '', 'en', ['mobile-signature'], 'candidate in lobby, interviewers no invite',
  ('Zoe Mitchell', 'zoe.mitchell@tamsinrowe.com', 'ascii'), 'Candidate in lobby NOW - Mayfair', rdate(2026, 3, 19, 10, 52, 6, '+0000'),
  '''Candidate for Front Office Manager is sitting in the Mayfair lobby for an 11:00. GoodTime says it's scheduled with Paul and Georgia but neither of them has anything in their calendar and Georgia is in a meeting offsite. What do I do?? Need someone else on it in the next few min

''' + mobile_sig('en'), client='apple')

E('scheduling_blocker', 'forward_support', '', 'en', ['terse'], 'panel in 10 min no teams link',
  ('Hugo Barnes', 'hugo.barnes@tamsinrowe.com', 'ascii'), 'teams link??', rdate(2026, 4, 8, 13, 50, 44, '+0100'),
  '''Panel for the revenue manager starts at 14:00, invite has no Teams link at all, candidate is asking where to join. Can't add it from GoodTime, the option is greyed out.''',
  client='outlook_html', html_charset='us-ascii', received=5, atts=[('image/png', 'image001.png', tiny_png(36, 22, 11))])

E('scheduling_blocker', 'forward_support', '', 'en', ['angry-caps'], 'candidate cannot join zoom',
  ('Destiny Howard', 'destiny.howard@tamsinrowe.com', 'ascii'), 'URGENT CANDIDATE CANT JOIN', rdate(2026, 5, 11, 15, 5, 31, '-0500'),
  '''CANDIDATE CAN'T GET INTO THE ZOOM. Interview was meant to start 5 minutes ago (Chicago Exec Chef final round with the GM). Zoom says "meeting ID invalid". The interviewers are in the room waiting. PLEASE HELP ASAP''', client='plain', cte='7bit', charset='us-ascii')

E('scheduling_blocker', 'forward_support', '', 'en', [], 'interviewer sick, swap fails, 30 min to go',
  ('Priya Natarajan', 'priya.natarajan@tamsinrowe.com', 'ascii'), 'Swap failing - interview in 30 mins', rdate(2026, 2, 17, 9, 31, 2, '+0000'),
  '''Hi,

Our interviewer for the 10:00 (F&B graduate, Edinburgh) just called in sick. I'm trying to swap in Callum from the pool but GoodTime errors with "Could not update interview. Please try again." every time. Candidate is already travelling in.

Can someone help me get this swapped right now?

Priya''', client='outlook_alt', charset='us-ascii', received=6, dkim=True, arc=True)

E('scheduling_blocker', 'forward_support', '', 'en', ['misleading-subject'], 'reschedule button spins, interview at 2pm',
  ('Connor Walsh', 'connor.walsh@tamsinrowe.com', 'ascii'), 'quick one', rdate(2026, 6, 9, 13, 12, 55, '+0100'),
  '''Chef de partie candidate has a 2pm onsite at the central kitchen today, his train is delayed so he needs it at 3pm. The reschedule button just spins and never loads. Head chef can do 3. Can someone move it for me or tell me how in the next half hour?

Connor''', client='gmail', charset='utf-8')

E('scheduling_blocker', 'forward_support', '', 'en', ['terse', 'lowercase'], 'candidate on zoom, GT says cancelled',
  ('Mia Torres', 'mia.torres@tamsinrowe.com', 'ascii'), 'help', rdate(2026, 1, 16, 16, 2, 11, '-0600'),
  '''candidate is on the zoom right now and nobody has joined, GT says the interview was cancelled?? i didnt cancel it. who do i even call''', client='iphone_plain', charset='us-ascii', cte='7bit', msgid='none')

E('scheduling_blocker', 'forward_support', '', 'en', ['forwarded-apple'], 'forward: candidate at reception, nobody knows',
  ('Ethan Cole', 'ethan.cole@tamsinrowe.com', 'ascii'), 'Fwd: At reception for my interview', rdate(2026, 4, 24, 10, 9, 48, '-0400'),
  '''Can someone help NOW - she's at the Brooklyn front desk and GoodTime shows no interview for her at all, but she has our confirmation.

Begin forwarded message:

From: Naomi Fisher <naomi.fisher.nyc@gmail.com>
Date: April 24, 2026 at 10:03:12 AM EDT
To: Ethan Cole <ethan.cole@tamsinrowe.com>
Subject: At reception for my interview

Hi Ethan, I'm at the front desk at the Brooklyn hotel for my 10:15 interview for Night Auditor, but nobody seems to know about it. Should I wait?
Naomi

''' + mobile_sig('en'), client='apple')

E('scheduling_blocker', 'forward_support', '', 'en', ['mobile-signature'], 'GM cannot find 9:00 interview',
  ('Fiona Campbell', 'fiona.campbell@tamsinrowe.com', 'ascii'), 'Where is my 9am interview', rdate(2026, 5, 20, 8, 41, 3, '+0100'),
  '''I'm supposed to interview a Duty Manager candidate at 9:00 today (Edinburgh) but there's nothing in my calendar and I can't find the link anywhere. Recruiter is on leave. Can someone send me the details please, asap

Fiona Campbell
General Manager

''' + mobile_sig('en'), client='iphone_plain', cte='quoted-printable')

E('scheduling_blocker', 'forward_support', '', 'de', [], 'Kandidat in der Lobby, Raum doppelt belegt',
  ('Maximilian Kraus', 'maximilian.kraus@tamsinrowe.de', 'raw'), 'DRINGEND: Bewerber wartet, Raum doppelt gebucht', rdate(2026, 2, 25, 13, 54, 20, '+0100'),
  '''Hallo,

unser Bewerber für F&B Manager sitzt seit 5 Minuten in der Lobby (Termin 14:00, Berlin Mitte). Der Raum „Spree“, den GoodTime gebucht hat, ist vom Vertrieb belegt – laut GoodTime frei. Ich kann in GoodTime keinen anderen Raum auswählen, die Liste lädt nicht. Was jetzt?

Max''', client='plain', cte='8bit', subj_mode='raw', received=5, dkim=True)

E('scheduling_blocker', 'forward_support', '', 'es', ['mobile-signature'], 'entrevista en 20 min, Meet sin permiso',
  ('Sergio Navarro', 'sergio.navarro@tamsinrowe.es', 'ascii'), 'URGENTE entrevista en 20 minutos', rdate(2026, 3, 23, 11, 41, 16, '+0100'),
  '''La entrevista de la candidata a Revenue Manager es a las 12:00 y el enlace de Meet que ha generado GoodTime le da "No tienes permiso para unirte a esta reunión" a ella y a uno de los entrevistadores. ¿Alguien me puede ayudar ya?

''' + mobile_sig('es'), client='apple')

E('scheduling_blocker', 'forward_support', '', 'fr', [], 'recruteur sans invitation, entretien dans 15 min',
  ('Manon Lefort', 'manon.lefort@tamsinrowe.com', 'latin1raw'), 'Entretien dans 15 min - pas d\'invitation', rdate(2026, 6, 4, 9, 45, 37, '+0200'),
  '''Bonjour,

la candidate pour le poste de gouvernante générale (Paris Marais) est déjà connectée pour son entretien de 10h00, mais la recruteuse, Mme Besson, n'a jamais reçu l'invitation et ne voit rien dans son agenda. GoodTime affiche l'entretien comme confirmé. Comment on la fait entrer tout de suite ?

Manon''', client='plain', charset='iso-8859-1', cte='quoted-printable', subj_mode='blatin1')

E('scheduling_blocker', 'forward_support', '', 'pt', [], 'painel começa já, entrevistadores sem convite',
  ('Tiago Mendes', 'tiago.mendes@tamsinrowe.pt', 'ascii'), 'Painel come\u00e7a j\u00e1 e faltam convites', rdate(2026, 4, 29, 14, 52, 0, '+0100'),
  '''Olá, o painel para Diretor de F&B começa às 15h00 (daqui a 8 minutos) e dois dos três entrevistadores não têm convite nem link. O candidato já está à espera na receção do hotel de Lisboa. Podem ajudar?

Tiago''', client='gmail', cte='quoted-printable', subj_mode='b', received=5)

# ============================================================================================
# FEATURE REQUESTS
E('feature_request', 'product_board_reply', '', 'en', ['misleading-subject', 'angry-caps'], 'URGENT subject over WhatsApp wish',
  ('Jade Thornton', 'jade.thornton@tamsinrowe.com', 'ascii'), 'URGENT!!! need this before summer', rdate(2026, 4, 2, 17, 25, 12, '+0100'),
  '''Hi!!

Can GoodTime PLEASE start sending the confirmations over WhatsApp? Half our kitchen porters and housekeeping candidates never open email, they live on WhatsApp. Would save us so many no-shows. Would love it before summer hiring kicks off!!

Jade''', client='gmail')

E('feature_request', 'product_board_reply', '', 'en', [], 'SMS reminders',
  ('Owen Price', 'owen.price@tamsinrowe.com', 'ascii'), 'Idea: text message reminders', rdate(2026, 2, 4, 10, 15, 0, '+0000'),
  '''Hi,

Suggestion for GoodTime: an option to send the reminder as a text message to the candidate's mobile as well as the email. Lots of our chef candidates work split shifts and check their phone texts more than email. Even just a short text with the time and address would help.

Owen''', client='outlook_html', received=5, dkim=True)

E('feature_request', 'product_board_reply', '', 'en', [], 'bulk reschedule for an absent GM',
  ('Lily Hargreaves', 'lily.hargreaves@tamsinrowe.com', 'ascii'), 'Would be great: move all of someone\'s interviews at once', rdate(2026, 3, 6, 12, 44, 29, '+0000'),
  '''Hello,

When a GM goes off sick we end up moving 8-10 interviews one at a time. It would be really useful if GoodTime had a way to select all of one interviewer's interviews for a day and reschedule / reassign them in one go.

Lily''', client='outlook_alt', charset='us-ascii')

E('feature_request', 'product_board_reply', '', 'en', ['typos'], 'read rota system as busy',
  ('Callum Reid', 'callum.reid@tamsinrowe.com', 'ascii'), 'rota + goodtime', rdate(2026, 5, 15, 23, 7, 18, '+0100'),
  '''hiya, would be amazing if goodtime could read our staff rota (we use Fourth) so it knows when a head chef is on service and doesnt offer those times. at the moment chefs keep getting interviews in the middle of lunch service becuase their outlook looks empty. just an idea!

callum''', client='plain', cte='7bit', charset='us-ascii')

E('feature_request', 'product_board_reply', '', 'en', ['ics-attachment'], 'group hiring day template',
  ('Sophie Turner', 'sophie.turner@tamsinrowe.com', 'ascii'), 'Suggestion - open hiring days', rdate(2026, 1, 30, 14, 2, 50, '+0000'),
  '''Hi,

Attached is the invite for our open hiring day in Brighton, just so you can see the setup. We do these for seasonal staff: 30+ candidates, 20-minute slots, 4 interviewers rotating.

It would be brilliant if GoodTime had a proper "hiring day" mode where candidates just book a slot in the day and the interviewers are allocated automatically. Right now it's really clunky to set up one by one.

Sophie''', client='outlook_alt', charset='us-ascii',
  atts=[('text/calendar; method=REQUEST', 'invite.ics', ics('REQUEST', 'Brighton Open Hiring Day', '20260214T090000Z', '20260214T170000Z', 'sophie.turner@tamsinrowe.com', ('Help Line', HELP)))])

E('feature_request', 'product_board_reply', '', 'en', [], 'csv export from load report',
  ('Aaron Fischer', 'aaron.fischer@tamsinrowe.com', 'ascii'), 'Export button on the interviewer load report?', rdate(2026, 6, 10, 10, 58, 14, '-0500'),
  '''Hi team - small wish: a "download as CSV" button right on the interviewer load report. We copy it into Excel by hand every month for the hotel GMs. Not urgent at all, just a nice to have.

Aaron''', client='gmail', charset='us-ascii', cte='7bit')

E('feature_request', 'product_board_reply', '', 'en', [], 'candidate picks hotel location when self-scheduling',
  ('Nina Kowalski', 'nina.kowalski@tamsinrowe.com', 'ascii'), 'Feature suggestion: let candidates choose which of our London hotels they interview at when they pick their slot', rdate(2026, 3, 26, 15, 33, 7, '+0000'),
  '''Hi,

For front desk roles we hire across three London hotels and candidates often don't mind which. It would be great if the self-scheduling page could show slots for all three with the location, and the candidate picks both the time and the hotel.

Thanks
Nina''', client='outlook_html', received=6, dkim=True, arc=True)

E('feature_request', 'forward_support|needs_review', '', 'en', ['form-mailer', 'auto-submitted', 'no-reply'], 'form: recurring service blocks for chefs',
  ('GoodTime Ideas Form', 'noreply@ideas.tamsinrowe.com', 'ascii'), 'Idea submitted by Marco Bellini', rdate(2026, 2, 27, 19, 40, 2, '+0000'),
  '''A new idea was submitted through the Recruiting Ideas form.

Submitted by: Marco Bellini <marco.bellini@tamsinrowe.com>
Role: Executive Chef, Saltmarsh Kitchen Shoreditch

Idea title: "No interviews during service" setting
Idea:
Let us set once that chefs can't be booked 12:00-15:00 and 18:00-22:00 on service days, instead of every chef blocking their calendar by hand. Would be good for the whole kitchen team.

This message was generated automatically. Do not reply.''', client='plain', cte='quoted-printable', charset='utf-8',
  extra=[('Auto-Submitted', 'auto-generated'), ('X-Auto-Response-Suppress', 'All'), ('Reply-To', 'marco.bellini@tamsinrowe.com')], msgid='bare')

E('feature_request', 'product_board_reply', '', 'de', [], 'zweisprachige Kandidaten-E-Mails',
  ('Anna Lehmann', 'anna.lehmann@tamsinrowe.de', 'ascii'), 'Vorschlag: zweisprachige Einladungen', rdate(2026, 4, 13, 11, 8, 42, '+0200'),
  '''Hallo,

ein Wunsch für GoodTime: In München haben wir viele internationale Bewerber. Schön wäre, wenn die Einladung an Kandidaten automatisch auf Deutsch UND Englisch in einer E-Mail rausgehen könnte, statt dass wir zwei Vorlagen pflegen und raten müssen, welche passt.

Danke und Grüße
Anna Lehmann''', client='gmail', cte='quoted-printable', subj_mode='ascii', received=5)

E('feature_request', 'product_board_reply', '', 'es', [], 'mapa en la confirmación',
  ('Roc\u00edo Castillo', 'rocio.castillo@tamsinrowe.es', 'q'), 'Sugerencia: mapa en la confirmaci\u00f3n', rdate(2026, 5, 8, 13, 17, 3, '+0200'),
  '''Hola:

Una sugerencia: estaría genial que la confirmación que recibe el candidato incluyera un mapa o un enlace a Google Maps con la entrada de personal del hotel (que no es la principal). En Sevilla muchos candidatos acaban en la recepción de clientes.

Saludos,
Rocío''', client='outlook_html', html_charset='utf-8', subj_mode='q')

E('feature_request', 'product_board_reply', '', 'fr', ['mobile-signature'], 'vue planning des salles',
  ('Hugo Lambert', 'hugo.lambert@tamsinrowe.com', 'raw'), 'Id\u00e9e : planning des salles', rdate(2026, 1, 28, 18, 3, 26, '+0100'),
  '''Ce serait top d'avoir dans GoodTime une vue semaine des salles d'entretien de l'hôtel avec ce qui est réservé, plutôt que de deviner créneau par créneau. Juste une idée pour une prochaine version !

''' + mobile_sig('fr'), client='apple', subj_mode='raw')

E('feature_request', 'product_board_reply', '', 'pt', [], 'notificação no Teams quando recusam',
  ('In\u00eas Figueiredo', 'ines.figueiredo@tamsinrowe.pt', 'raw'), 'Sugest\u00e3o GoodTime', rdate(2026, 6, 15, 10, 29, 51, '+0100'),
  '''Olá,

uma sugestão: seria ótimo receber uma notificação no Microsoft Teams quando um entrevistador recusa um convite. Hoje só vejo quando abro o GoodTime e às vezes já é tarde.

Obrigada!
Inês''', client='outlook_alt', charset='utf-8', cte='base64', subj_mode='raw')

# ============================================================================================
# ESCALATIONS
E('escalation', 'flag_csm', '', 'en', ['corp-signature', 'legal-disclaimer'], 'more seats for new US openings',
  ('Robert Hayes', 'robert.hayes@tamsinrowe.com', 'ascii'), 'GoodTime seats for Austin + Chicago openings', rdate(2026, 2, 12, 16, 20, 40, '-0600'),
  '''Hi team,

With the Austin rooftop and Chicago Fulton Market openings we're adding 9 coordinators and about 6 hiring managers who'll need GoodTime logins by 1 March. My understanding is we're at our licence cap already.

Can we get 15 more seats added to the contract, and what does that do to the cost? Finance needs a number by the end of next week.

''' + corp_sig('Robert Hayes', 'Director of Talent Acquisition, Americas', 'Tamsin & Rowe | 350 W Hubbard St, Chicago IL 60654', '+1 312 555 0178', 'robert.hayes@tamsinrowe.com') + '\n\n' + DISC_EN,
  client='outlook_html', received=7, dkim=True, arc=True, atts=[('application/pdf', 'US_openings_headcount_2026.pdf', tiny_pdf('US openings headcount'))])

E('escalation', 'flag_csm', '', 'en', ['reply-outlook-header'], 'renewal in June, pricing review',
  ('Catherine Moss', 'catherine.moss@tamsinrowe.com', 'ascii'), 'RE: GoodTime renewal', rdate(2026, 3, 4, 9, 5, 17, '+0000'),
  '''Morning,

Following up on this - the GoodTime renewal is 30 June and the CFO wants a usage review and a conversation about pricing before we sign anything. Attaching our usage summary from procurement. Can we get this in front of GoodTime's account side and set up a call in April?

Catherine Moss
Procurement Lead, Head Office

\x00HDR
From: Paul Renshaw <paul.renshaw@tamsinrowe.com>
Sent: 03 March 2026 18:11
To: Catherine Moss <catherine.moss@tamsinrowe.com>
Subject: RE: GoodTime renewal

Catherine - the Workday licence true-up is done, I've sent the signed PO to finance. Let me know if you need anything else on that one.
Paul''', client='outlook_alt', charset='us-ascii', reply=True, atts=[('application/pdf', 'GoodTime_usage_FY25.pdf', tiny_pdf('GoodTime usage FY25'))])

E('escalation', 'flag_csm', '', 'en', [], 'training for new US coordinator team',
  ('Megan Shaw', 'megan.shaw@tamsinrowe.com', 'ascii'), 'Training for the new coordinator team', rdate(2026, 1, 12, 11, 48, 3, '-0500'),
  '''Hi,

We've just hired a new team of 7 recruiting coordinators in New York who start on the 26th. None of them has used GoodTime. Could we get a proper training session organised for the whole team (ideally 2 x 90 min, remote is fine), covering panels, pools and reschedules the way we do them?

Thanks!
Megan Shaw
Recruiting Manager, US East''', client='gmail', received=5, dkim=True,
  atts=[('application/pdf', 'NY_coordinator_onboarding.pdf', tiny_pdf('NY coordinator onboarding plan')),
        ('text/calendar; method=REQUEST', 'proposed_training.ics', ics('REQUEST', 'GoodTime training - NY coordinators (proposed)', '20260127T150000Z', '20260127T163000Z', 'megan.shaw@tamsinrowe.com', ('Help Line', HELP)))])

E('escalation', 'flag_csm+forward_support', '', 'en', ['recurring', 'live-fault', 'forwarded-gmail'], 'recurring missing Zoom links, again today',
  ('Alexandra Byrne', 'alexandra.byrne@tamsinrowe.com', 'ascii'), 'Fwd: Zoom links missing AGAIN - 4th time', rdate(2026, 4, 20, 9, 38, 1, '+0100'),
  '''This needs to go higher than a support ticket. Fourth time since January that video links stop generating for every UK panel. Every time Support "fixes" it and it comes back two weeks later. Today again: none of this morning's 11 panel invites have a link. We need someone at GoodTime to own this properly.

---------- Forwarded message ---------
From: Liam O'Connor <liam.oconnor@tamsinrowe.com>
Date: Mon, 20 Apr 2026 at 08:55
Subject: Zoom links missing AGAIN
To: Alexandra Byrne <alexandra.byrne@tamsinrowe.com>

Alex, none of the invites for today's panels have Zoom links. Same as March. I'm pasting them in by hand for now.
Liam''', client='gmail', received=6, dkim=True, arc=True)

E('escalation', 'flag_csm', '', 'en', ['two-topics-same-category'], 'ATS migration Q3 + retrain',
  ('Gareth Lloyd', 'gareth.lloyd@tamsinrowe.com', 'ascii'), 'Moving from Greenhouse to Workday - GoodTime impact', rdate(2026, 5, 4, 14, 26, 59, '+0100'),
  '''Hi,

Heads up and request: group HR has signed off moving recruiting from Greenhouse to Workday Recruiting in Q3 (go-live planned 1 September). We need to plan how GoodTime will work through that: reconnecting the integration, what happens to interviews scheduled across the cutover, and whether our stages/templates need redoing.

We'll also need the coordinators retrained on the new flow once it's live.

Could we get GoodTime involved early, ideally a planning session in June?

Gareth Lloyd
HRIS Lead, Tamsin & Rowe Tech''', client='outlook_alt', charset='us-ascii', received=8, dkim=True)

E('escalation', 'flag_csm', '', 'en', [], 'admin leaving, transfer account ownership',
  ('Simon Pearce', 'simon.pearce@tamsinrowe.com', 'ascii'), 'GoodTime admin handover', rdate(2026, 6, 18, 17, 51, 22, '+0100'),
  '''Hi,

I'm leaving Tamsin & Rowe at the end of June. I'm currently the main GoodTime admin and the named contact on our account with GoodTime. We need to move the account ownership and the admin rights over to Jess Carter (recruiting ops) before I go, and update who GoodTime talks to about billing.

Who needs to be involved on the GoodTime side?

Simon''', client='thunderbird', charset='us-ascii', cte='7bit')

E('escalation', 'flag_csm', '', 'en', ['rambling', 'corp-signature'], 'overall complaint, adoption dropping',
  ('Helena Sturges', 'helena.sturges@tamsinrowe.com', 'ascii'), 'GoodTime - where we are', rdate(2026, 3, 20, 19, 12, 5, '+0000'),
  '''Hi all,

I wanted to put down in writing where I think we are with GoodTime, six months in.

Honestly it isn't going well. Half the coordinators in the UK hotels have quietly gone back to scheduling in Outlook because they don't trust the availability, the hiring managers in the restaurants don't read the invites, and I'm getting complaints from GMs every week. The time-to-schedule numbers we were promised haven't moved.

I'd like a proper review with GoodTime: what's wrong with how we've set it up, what other hospitality customers do, and a plan to get adoption back. Can you set that up with them for the next few weeks?

Helena

''' + corp_sig('Helena Sturges', 'Head of Talent Acquisition, UK & Ireland', 'Tamsin & Rowe Head Office | 14 Hanover Square, London W1S 1HP', '+44 20 7946 0300', 'helena.sturges@tamsinrowe.com'),
  client='outlook_html', received=6, dkim=True)

E('escalation', 'flag_csm', '', 'en', ['reply-outlook-header', 'unresolved'], 'ticket open 3 weeks, escalate',
  ('Laura Jennings', 'laura.jennings@tamsinrowe.com', 'ascii'), 'RE: [GoodTime Support] Ticket #48213 - double bookings Edinburgh', rdate(2026, 2, 23, 10, 40, 30, '+0000'),
  '''Help line - forwarding you this as it has been open for three weeks now and we're going round in circles. Can this be escalated to whoever sits above Support at GoodTime? The double-bookings keep happening every few days for the Edinburgh panel and I need a real answer on root cause.

Laura

\x00HDR
From: GoodTime Support <support@goodtime.io>
Sent: 20 February 2026 22:14
To: Laura Jennings <laura.jennings@tamsinrowe.com>
Subject: [GoodTime Support] Ticket #48213 - double bookings Edinburgh

Hi Laura,
Thanks for your patience. Our engineers are still investigating. Could you send us another example when it happens next?
Best,
GoodTime Support''', client='outlook_html', reply=True, received=5)

E('escalation', 'flag_csm', '', 'de', ['legal-disclaimer'], 'Lizenzen Hamburg + separate Abrechnung GmbH',
  ('Dr. Katrin Vogel', 'katrin.vogel@tamsinrowe.de', 'ascii'), 'Lizenzen GoodTime f\u00fcr Hamburg / Abrechnung \u00fcber die GmbH', rdate(2026, 1, 21, 10, 2, 47, '+0100'),
  '''Guten Tag,

für die Eröffnung in Hamburg benötigen wir ab Februar fünf zusätzliche GoodTime-Lizenzen. Außerdem möchte unsere Buchhaltung, dass die Lizenzen der deutschen Standorte künftig separat an die Tamsin & Rowe Hotels Deutschland GmbH abgerechnet werden.

Können Sie das bitte mit GoodTime klären und einen Termin vorschlagen?

Mit freundlichen Grüßen
Dr. Katrin Vogel
Geschäftsführerin

''' + DISC_DE, client='outlook_html', html_charset='iso-8859-1', subj_mode='qlatin1', received=7, dkim=True, arc=True,
  atts=[('application/ms-tnef', 'winmail.dat', winmail())])

E('escalation', 'flag_csm', '', 'es', ['corp-signature'], 'formación para equipo Barcelona y Sevilla',
  ('Javier Molina', 'javier.molina@tamsinrowe.es', 'cp1252'), 'Formaci\u00f3n GoodTime para el equipo de coordinaci\u00f3n', rdate(2026, 4, 27, 12, 6, 14, '+0200'),
  '''Hola,

hemos incorporado a cinco coordinadoras nuevas entre Barcelona y Sevilla para la temporada y ninguna conoce GoodTime. Nos gustaría organizar una formación para todo el equipo (en español si es posible), sobre todo de paneles y reprogramaciones.

¿Podéis gestionarlo con GoodTime?

Gracias,
Javier Molina
Responsable de Talento – Tamsin & Rowe España
Tel. +34 91 555 0192''', client='plain', charset='windows-1252', cte='base64', subj_mode='cp1252')

E('escalation', 'flag_csm+forward_support', '', 'fr', ['live-fault', 'recurring', 'legal-disclaimer'], 'réclamation + invitations toujours absentes aujourd\'hui',
  ('St\u00e9phanie Morel', 'stephanie.morel@tamsinrowe.com', 'qlatin1'), 'R\u00e9clamation : invitations non re\u00e7ues depuis 3 semaines', rdate(2026, 5, 26, 9, 14, 58, '+0200'),
  '''Bonjour,

je me permets d'écrire car la situation n'est plus tenable. Depuis trois semaines, une partie des invitations GoodTime n'arrive pas chez les intervieweurs des hôtels parisiens. Nous avons ouvert deux tickets, sans résultat. Encore ce matin, trois entretiens de l'après-midi n'ont pas d'invitation côté intervieweurs.

Je souhaite que ce sujet soit remonté chez GoodTime à un niveau plus élevé, et qu'on fasse un point global sur notre utilisation.

Stéphanie Morel
Directrice des Ressources Humaines France

''' + DISC_FR, client='outlook_alt', charset='iso-8859-1', subj_mode='qlatin1', received=6, dkim=True)

E('escalation', 'flag_csm', '', 'pt', [], 'revisão de processo para recrutamento em massa Porto',
  ('Ricardo Pinto', 'ricardo.pinto@tamsinrowe.pt', 'ascii'), 'Revis\u00e3o do processo de agendamento \u2013 novos hot\u00e9is no Porto', rdate(2026, 3, 16, 15, 22, 36, '+0000'),
  '''Boa tarde,

com a integração dos três hotéis do Porto que comprámos, vamos ter de recrutar cerca de 120 pessoas até ao verão. A forma como usamos o GoodTime hoje (entrevista a entrevista) não vai chegar. Gostávamos de rever o processo com a GoodTime e perceber que alternativas existem para recrutamento em grande volume.

Conseguem marcar isso?

Ricardo Pinto
Diretor de Pessoas, Portugal''', client='gmail', cte='base64', subj_mode='b', received=5, dkim=True)

# ============================================================================================
# NOISE
E('noise', 'ignore', '', 'en', ['ooo', 'auto-submitted'], 'out of office with Auto-Submitted',
  ('Natalie Brooks', 'natalie.brooks@tamsinrowe.com', 'ascii'), 'Automatic reply: GoodTime drop-in session - Tuesday', rdate(2026, 2, 10, 2, 14, 7, '+0000'),
  '''Hi,

Thank you for your email. I'm out of the office until Monday 16 February with limited access to email. For recruiting questions for the London restaurants please contact Tom Haverford (tom.haverford@tamsinrowe.com).

Kind regards,
Natalie''', client='outlook_html', extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All'), ('X-MS-Exchange-Inbox-Rules-Loop', 'natalie.brooks@tamsinrowe.com')])

E('noise', 'ignore', '', 'en', ['ooo', 'no-auto-submitted', 'contains-urgent'], 'out of office without Auto-Submitted',
  ('Derek Lawson', 'derek.lawson@tamsinrowe.com', 'ascii'), 'Out of Office: RE: Training for the new coordinator team', rdate(2026, 1, 12, 18, 3, 40, '-0500'),
  '''I am on annual leave until January 19th and will respond when I return. For anything URGENT regarding Chicago hiring, please contact Megan Shaw immediately at megan.shaw@tamsinrowe.com.

Derek''', client='plain', cte='7bit', charset='us-ascii')

E('noise', 'ignore', '', 'de', ['ooo', 'auto-submitted'], 'Abwesenheitsnotiz',
  ('Lena Hartmann', 'lena.hartmann@tamsinrowe.de', 'ascii'), 'Abwesenheitsnotiz: Vorschlag: zweisprachige Einladungen', rdate(2026, 4, 13, 11, 9, 2, '+0200'),
  '''Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 24.04.2026 nicht im Büro und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an recruiting-muenchen@tamsinrowe.de.

Mit freundlichen Grüßen
Lena Hartmann''', client='outlook_alt', charset='iso-8859-1', subj_mode='ascii', extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All'), ('Precedence', 'auto_reply')])

# bounce
_bnd = '9B1F2C4A10.1712345678/mx-out-02.tamsinrowe.com'
_txt = '''This is the mail system at host mx-out-02.tamsinrowe.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<j.okonkwo@tamsinrowe.com>: host tamsinrowe-com.mail.protection.outlook.com[52.101.68.12]
    said: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP
    address lookup (in reply to RCPT TO command)
'''.encode()
_ds = '''Reporting-MTA: dns; mx-out-02.tamsinrowe.com
X-Postfix-Queue-ID: 9B1F2C4A10
Arrival-Date: Thu,  5 Mar 2026 07:58:11 +0000 (UTC)

Final-Recipient: rfc822; j.okonkwo@tamsinrowe.com
Original-Recipient: rfc822;j.okonkwo@tamsinrowe.com
Action: failed
Status: 5.1.10
Remote-MTA: dns; tamsinrowe-com.mail.protection.outlook.com
Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not
    found by SMTP address lookup
'''.encode()
_orig = '''Received: by mx-out-02.tamsinrowe.com (Postfix, from userid 0)
	id 9B1F2C4A10; Thu,  5 Mar 2026 07:58:11 +0000 (UTC)
From: GoodTime Help Line <helpline@tamsinrowe.com>
To: j.okonkwo@tamsinrowe.com
Subject: RE: Interviewer pool for sous chefs
Date: Thu, 5 Mar 2026 07:58:09 +0000
Message-ID: <AM9PR02MB7452E1A9@AM9PR02MB7452.eurprd02.prod.outlook.com>
'''.encode()
_ct, _body = multipart('report', [
    b'Content-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n' + _txt,
    b'Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n' + _ds,
    b'Content-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n' + _orig], _bnd, ';\n\treport-type=delivery-status')
E('noise', 'ignore', '', 'en', ['bounce', 'multipart-report'], 'MAILER-DAEMON bounce',
  ('Mail Delivery System', 'MAILER-DAEMON@mx-out-02.tamsinrowe.com', 'ascii'), 'Undelivered Mail Returned to Sender', rdate(2026, 3, 5, 7, 58, 12, '+0000', 'UTC'),
  client='raw', raw_ct=_ct, raw_body=_body, extra=[('Auto-Submitted', 'auto-replied')], received=2, mid_dom='mx-out-02.tamsinrowe.com')

# newsletter from GoodTime
_nl_txt = '''GoodTime Product Digest - March 2026

What's new this month
* Smarter interviewer suggestions for panels
* New reporting filters for hiring managers
* Webinar: Scaling high-volume hiring (March 24, 11am ET) - save your seat

Read the full release notes: https://www.goodtime.io/blog/release-notes-march-2026

You are receiving this email because you are a GoodTime user.
Unsubscribe: https://email.goodtime.io/unsubscribe?u=8f2a91c4
GoodTime.io, Inc.'''
_nl_html = '<html><body style="font-family:Arial"><table width="600" align="center"><tr><td><h1 style="color:#5b2be0">GoodTime Product Digest</h1><p>What\'s new this month</p><ul><li>Smarter interviewer suggestions for panels</li><li>New reporting filters for hiring managers</li><li>Webinar: Scaling high-volume hiring (March 24, 11am ET)</li></ul><p><a href="https://www.goodtime.io/blog/release-notes-march-2026">Read the release notes</a></p><p style="font-size:10px;color:#888">You are receiving this email because you are a GoodTime user. <a href="https://email.goodtime.io/unsubscribe?u=8f2a91c4">Unsubscribe</a></p></td></tr></table><img src="https://email.goodtime.io/o/8f2a91c4.gif" width="1" height="1"></body></html>\n'
_ct, _body = multipart('alternative', [part('text/plain', _nl_txt.encode(), 'UTF-8', 'quoted-printable'), part('text/html', _nl_html.encode(), 'UTF-8', 'quoted-printable')])
E('noise', 'ignore', '', 'en', ['newsletter', 'list-unsubscribe', 'multipart-alt'], 'vendor product newsletter',
  ('GoodTime', 'news@email.goodtime.io', 'ascii'), 'What\'s new in GoodTime: March 2026 \U0001F680', rdate(2026, 3, 11, 15, 0, 4, '+0000'),
  client='raw', raw_ct=_ct, raw_body=_body, subj_mode='b', received=6, dkim=True,
  extra=[('List-Unsubscribe', '<https://email.goodtime.io/unsubscribe?u=8f2a91c4>, <mailto:unsubscribe@email.goodtime.io?subject=unsubscribe>'),
         ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'), ('Precedence', 'bulk'), ('X-Mailer', 'HubSpot')])

# marketing
_mk = '''Hi there,

Seasonal hiring is around the corner. Join 2,000+ hospitality recruiters at the free HospitalityHire Summit on April 16 to learn how top hotel groups cut time-to-hire by 40%.

Register now: https://hospitalityhire.events/summit2026?src=em

Can't make it? Reply STOP or unsubscribe here: https://hospitalityhire.events/u/77ac1
HospitalityHire Ltd, 1 Canada Square, London E14 5AB'''
E('noise', 'ignore', '', 'en', ['marketing', 'list-unsubscribe'], 'event marketing',
  ('HospitalityHire Summit', 'events@mail.hospitalityhire.events', 'ascii'), 'Last chance: free seat at the HospitalityHire Summit 2026', rdate(2026, 4, 6, 6, 30, 0, '+0000'),
  _mk, client='plain', cte='quoted-printable', charset='utf-8', received=5, dkim=True,
  extra=[('List-Unsubscribe', '<https://hospitalityhire.events/u/77ac1>'), ('Precedence', 'bulk'), ('X-Campaign-ID', 'hh-summit-26-w4')])

# phishing pretending to be GoodTime billing (resembles an escalation)
_ph_html = '''<html><body><div style="font-family:Segoe UI,Arial;font-size:14px">
<p><img src="https://goodtime-billing-secure.com/logo.png" alt="GoodTime"></p>
<p><b>URGENT: Action required on your GoodTime account</b></p>
<p>Dear Customer,</p>
<p>We were unable to process the renewal payment for your organisation's GoodTime licences. Your 148 seats will be <b>suspended within 24 hours</b> and all scheduled interviews cancelled.</p>
<p>To avoid interruption, verify your billing details immediately:</p>
<p><a href="http://goodtime-billing-secure.com/verify?acct=tamsinrowe">Verify account now</a></p>
<p>If you believe this is an error, sign in with your Microsoft 365 credentials to review.</p>
<p>GoodTime Billing Team</p></div></body></html>
'''
E('noise', 'ignore', '', 'en', ['phishing', 'html-only', 'resembles-escalation'], 'phishing fake billing suspension',
  ('GoodTime Billing', 'billing@goodtime-billing-secure.com', 'ascii'), 'URGENT: Your GoodTime seats will be suspended', rdate(2026, 5, 18, 3, 47, 19, '+0300'),
  client='raw', raw_ct=b'Content-Type: text/html; charset="utf-8"\nContent-Transfer-Encoding: base64', raw_body=base64.encodebytes(_ph_html.encode()),
  received=4, extra=[('Authentication-Results', 'mx.tamsinrowe.com; spf=softfail smtp.mailfrom=goodtime-billing-secure.com; dkim=none; dmarc=fail header.from=goodtime-billing-secure.com'), ('X-Priority', '1')])

# calendar accept
_ical = ics('REPLY', 'GoodTime drop-in clinic (coordinators)', '20260303T140000Z', '20260303T143000Z', HELP, ('Oscar Lindgren', 'oscar.lindgren@tamsinrowe.com'), partstat='ACCEPTED')
_ct, _body = multipart('alternative', [part('text/plain', b'', 'utf-8', '7bit'), part('text/calendar', _ical, 'utf-8', 'base64', params='; method=REPLY')])
E('noise', 'ignore', '', 'en', ['calendar-accept', 'text-calendar'], 'calendar accept notice',
  ('Oscar Lindgren', 'oscar.lindgren@tamsinrowe.com', 'ascii'), 'Accepted: GoodTime drop-in clinic (coordinators)', rdate(2026, 2, 27, 12, 0, 41, '+0000'),
  client='outlook_alt', raw_ct=_ct, raw_body=_body)

# calendar decline, French
_ical = ics('REPLY', 'Formation GoodTime - coordinateurs Paris', '20260310T090000Z', '20260310T103000Z', HELP, ('Claire Dubois', 'claire.dubois@tamsinrowe.com'), partstat='DECLINED')
_txt = 'Désolée, je suis en jury de recrutement toute la matinée.\n'.encode('utf-8')
_ct, _body = multipart('alternative', [part('text/plain', _txt, 'utf-8', 'quoted-printable'), part('text/calendar', _ical, 'utf-8', 'base64', params='; method=REPLY')])
E('noise', 'ignore', '', 'fr', ['calendar-decline', 'text-calendar'], 'refus d\'invitation',
  ('Claire Dubois', 'claire.dubois@tamsinrowe.com', 'ascii'), 'Refus\u00e9 : Formation GoodTime - coordinateurs Paris', rdate(2026, 3, 6, 8, 15, 33, '+0100'),
  client='outlook_alt', raw_ct=_ct, raw_body=_body, subj_mode='q')

# read receipt
_rr_txt = b'''Your message

To: GoodTime Help Line
Subject: RE: GoodTime seats for Austin + Chicago openings
Sent: Friday, February 13, 2026 10:02:14 AM (UTC-06:00) Central Time (US & Canada)

was read on Friday, February 13, 2026 11:40:52 AM (UTC-06:00) Central Time (US & Canada).
'''
_mdn = b'''Reporting-UA: CH3PR11MB7890.namprd11.prod.outlook.com; Microsoft Exchange Server
Final-Recipient: rfc822;robert.hayes@tamsinrowe.com
Original-Message-ID: <CH3PR11MB7890A1B2C3@CH3PR11MB7890.namprd11.prod.outlook.com>
Disposition: automatic-action/MDN-sent-automatically; displayed
'''
_ct, _body = multipart('report', [part('text/plain', _rr_txt, 'us-ascii', '7bit'), b'Content-Type: message/disposition-notification\n\n' + _mdn], None, ';\n\treport-type=disposition-notification')
E('noise', 'ignore', '', 'en', ['read-receipt', 'multipart-report'], 'read receipt',
  ('Robert Hayes', 'robert.hayes@tamsinrowe.com', 'ascii'), 'Read: RE: GoodTime seats for Austin + Chicago openings', rdate(2026, 2, 13, 11, 40, 53, '-0600'),
  client='outlook_alt', raw_ct=_ct, raw_body=_body)

E('noise', 'ignore', '', 'en', ['bare-thanks', 'reply-angle-quotes'], 'bare thanks over quoted answer',
  ('Kieran Doyle', 'kieran.doyle@tamsinrowe.com', 'ascii'), 'Re: Interviewer pool for sous chefs', rdate(2026, 3, 6, 16, 31, 2, '+0000'),
  '''thanks!

On Fri, 6 Mar 2026 at 15:02, GoodTime Help Line <helpline@tamsinrowe.com> wrote:
> Hi Kieran,
>
> Done - Aoife is now in the "Sous Chef - Technical" pool as a trainee, so she'll
> shadow two interviews first. Her calendar is connected.
>
> Help Line''', client='gmail', reply=True)

E('noise', 'ignore', '', 'pt', ['bare-thanks', 'mobile-signature'], 'obrigada recebido',
  ('Marta Lopes', 'marta.lopes@tamsinrowe.pt', 'ascii'), 'Re: Convites da reuni\u00e3o de debrief n\u00e3o chegam', rdate(2026, 6, 3, 16, 48, 12, '+0100'),
  '''Obrigada, recebido! 👍

''' + mobile_sig('pt'), client='iphone_plain', cte='quoted-printable', reply=True, subj_mode='q')

E('noise', 'ignore', '', 'en', ['spam'], 'SEO spam',
  ('Kevin | RankBoost', 'kevin.m@rankboost-digital.co', 'ascii'), 'Re: your website tamsinrowe.com', rdate(2026, 1, 8, 4, 12, 55, '+0530'),
  '''Hello Team,

I was checking your website tamsinrowe.com and noticed it is not ranking on first page of Google for important keywords like "luxury hotel London" and "best hotel Lisbon".

We can get you on 1st page within 30 days with our white-hat SEO packages starting at only $199/month. Shall I send you a free audit report?

Regards,
Kevin M.
Business Development Executive
RankBoost Digital''', client='plain', cte='7bit', charset='us-ascii', msgid='none', received=3)

E('noise', 'ignore', '', 'en', ['auto-ack', 'auto-submitted'], 'ticket system auto-acknowledgement',
  ('GoodTime Support', 'support@goodtime.io', 'ascii'), '[GoodTime Support] Ticket #52210 received: Reminders not going out - Manchester', rdate(2026, 2, 9, 9, 1, 6, '+0000'),
  '''Hello,

Thanks for contacting GoodTime Support. This is an automatic confirmation that we have received your request (ticket #52210). A member of our team will get back to you as soon as possible.

You can reply to this email to add more information to your ticket.

GoodTime Support
-- 
Please type your reply above this line.''', client='plain', cte='quoted-printable', charset='utf-8', received=6, dkim=True,
  extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All'), ('X-Mailer', 'Zendesk Mailer')])

# ============================================================================================
FOLD = ('GoodTime showing everyone in Head Office', 'Feature suggestion: let candidates choose', '[GoodTime Support] Ticket #52210', 'RE: [GoodTime Support] Ticket #48213')
for _m in MSGS:
    if _m['subject'].startswith(FOLD):
        _m['subj_mode'] = 'fold'

def main():
    order = list(range(len(MSGS)))
    random.Random(20260307).shuffle(order)
    rows = []
    for n, idx in enumerate(order, 1):
        m = MSGS[idx]
        fn = 'a-%03d.eml' % n
        data = build(m)
        with open(os.path.join(OUT, fn), 'wb') as f:
            f.write(data)
        tags = []
        for t in m['tags']:
            if t not in tags:
                tags.append(t)
        rows.append([fn, m['cat'], m['actions'], m['article'] if m['cat'] == 'question' else '', m['lang'], ';'.join(tags), m['notes']])
    with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f)
        w.writerow(['file', 'category', 'actions', 'article', 'language', 'format', 'notes'])
        w.writerows(rows)
    print(len(rows), 'messages written')

if __name__ == '__main__':
    main()
