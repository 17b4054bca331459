#!/usr/bin/env python3
"""Writer b: builds b-001.eml ... b-100.eml and labels.csv for the Brightwell Clinics help-line test set.
Standard library only. Bytes are assembled by hand where real mail is messier than the email package."""
import base64, csv, datetime as _dt, html, os, quopri, random, struct, uuid, zlib

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(20260505)
HELP = "GoodTime Help Line <helpline@brightwellclinics.com>"
HELPADDR = "helpline@brightwellclinics.com"
SPECS = []  # list of dicts: raw, category, actions, article, language, format, notes


def add(raw, category, actions, article, language, fmt, notes=""):
    SPECS.append(dict(raw=raw, category=category, actions=actions, article=article,
                      language=language, format=fmt, notes=notes))

# ---------------------------------------------------------------- dates

def D(y, mo, d, h, mi, off, s=None, style=0):
    """RFC 5322 date string; off in hours (may be negative); style 1 = no leading zero day."""
    if s is None:
        s = R.randint(0, 59)
    tz = _dt.timezone(_dt.timedelta(hours=off))
    dt = _dt.datetime(y, mo, d, h, mi, s, tzinfo=tz)
    sign = '+' if off >= 0 else '-'
    o = abs(off)
    offs = "%s%02d%02d" % (sign, int(o), int(round((o - int(o)) * 60)))
    day = dt.strftime('%a')
    mon = dt.strftime('%b')
    if style == 1:
        return "%s, %d %s %d %02d:%02d:%02d %s" % (day, d, mon, y, h, mi, s, offs)
    if style == 2:  # some gateways add a zone comment
        return "%s, %02d %s %d %02d:%02d:%02d %s (%s)" % (day, d, mon, y, h, mi, s, offs,
                                                       {0: 'GMT', 1: 'CET', 2: 'CEST', -5: 'EST', -4: 'EDT', -6: 'CST', -7: 'MDT', -5.0: 'CDT'}.get(off, 'UTC'))
    return "%s, %02d %s %d %02d:%02d:%02d %s" % (day, d, mon, y, h, mi, s, offs)


def dt_of(datestr):
    import email.utils
    return email.utils.parsedate_to_datetime(datestr.split(' (')[0])

# ---------------------------------------------------------------- ids, randomness

def rhex(n, upper=True):
    s = ''.join(R.choice('0123456789abcdef') for _ in range(n))
    return s.upper() if upper else s


def rb64(n):
    a = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
    return ''.join(R.choice(a) for _ in range(n))


def ruuid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))

EXO = ['DM6PR11MB4321', 'BN0PR04MB8012', 'SJ0PR13MB5540', 'PH7PR12MB6653', 'CY8PR19MB7024']
EXO_EU = ['AM9PR02MB7310', 'DB9PR06MB8421', 'PA4PR10MB5877', 'LO2P265MB3312', 'CWLP265MB2043']


def mid(kind, domain='brightwellclinics.com'):
    if kind == 'outlook':
        h = R.choice(EXO)
        return "<%s%s@%s.namprd%s.prod.outlook.com>" % (h, rhex(19), h, h[5:7])
    if kind == 'outlook_eu':
        h = R.choice(EXO_EU)
        reg = 'GBRP265' if h.startswith(('LO2', 'CWLP')) else 'eurprd%s' % h[5:7]
        return "<%s%s@%s.%s.prod.outlook.com>" % (h, rhex(19), h, reg.lower() if reg.startswith('eur') else reg)
    if kind == 'gmail':
        return "<CA%s@mail.gmail.com>" % rb64(46).replace('/', '_')
    if kind == 'apple':
        return "<%s@%s>" % (ruuid().upper(), domain)
    if kind == 'tbird':
        return "<%s@%s>" % (ruuid(), domain)
    if kind == 'bare':
        return "%s.%s@%s" % (rhex(12, False), rhex(6, False), domain)
    return "<%s.%s@%s>" % (rhex(16, False), R.randint(1000, 9999), domain)

# ---------------------------------------------------------------- header encodings

def ew_b(s, cs='utf-8'):
    return "=?%s?B?%s?=" % (cs, base64.b64encode(s.encode(cs)).decode())


def ew_q(s, cs='utf-8'):
    out = []
    for ch in s:
        for b in ch.encode(cs):
            c = chr(b)
            if c == ' ':
                out.append('_')
            elif c.isalnum() and b < 128 or c in '!*+-/':
                out.append(c)
            else:
                out.append('=%02X' % b)
    return "=?%s?Q?%s?=" % (cs, ''.join(out))

# ---------------------------------------------------------------- MIME building

def leaf(content, ctype='text/plain; charset="utf-8"', enc='utf-8', cte='7bit', extra=()):
    data = content.encode(enc, 'xmlcharrefreplace' if 'html' in ctype else 'strict') if isinstance(content, str) else content
    if cte == 'quoted-printable':
        body = quopri.encodestring(data)
    elif cte == 'base64':
        body = base64.encodebytes(data)
    else:
        body = data
    if not body.endswith(b'\n'):
        body += b'\n'
    hdrs = [('Content-Type', ctype)]
    if cte:
        hdrs.append(('Content-Transfer-Encoding', cte))
    hdrs.extend(extra)
    return {'headers': hdrs, 'body': body}


def render(part):
    out = b''
    for k, v in part['headers']:
        out += k.encode() + b': ' + (v if isinstance(v, bytes) else v.encode('utf-8')) + b'\n'
    return out + b'\n' + part['body']


def multi(subtype, parts, boundary=None, params='', preamble=b'', epilogue=b''):
    if boundary is None:
        boundary = '----=_Part_%d_%d.%d' % (R.randint(10000, 99999), R.randint(100000000, 999999999), R.randint(10**12, 10**13))
    bb = boundary.encode()
    body = preamble
    for p in parts:
        r = render(p)
        if not r.endswith(b'\n'):
            r += b'\n'
        body += b'--' + bb + b'\n' + r
    body += b'--' + bb + b'--\n' + epilogue
    ct = 'multipart/%s;%s\n\tboundary="%s"' % (subtype, params, boundary)
    return {'headers': [('Content-Type', ct)], 'body': body}


def build(headers, root, nl='\n', mime=True):
    out = b''
    for k, v in headers:
        out += k.encode() + b': ' + (v if isinstance(v, bytes) else v.encode('utf-8')) + b'\n'
    if mime:
        out += b'MIME-Version: 1.0\n'
    out += render(root)
    if nl == '\r\n':
        out = out.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    return out

# boundaries in the style of each client

def b_outlook():
    h = R.choice(EXO)
    return "_000_%s%s%s_" % (h, rhex(19), h.lower()[:4] + 'namp')


def b_gmail():
    return '000000000000' + rhex(16, False)


def b_apple():
    return 'Apple-Mail=_' + ruuid().upper()


def b_tbird():
    return '------------' + ''.join(R.choice('0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ') for _ in range(24))

# ---------------------------------------------------------------- HTML renderers

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
	font-family:"%s",sans-serif;
	mso-ligatures:standardcontextual;
	mso-fareast-language:EN-US;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:#467886;
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
<body lang="%s" link="#467886" vlink="#96607D" style="word-wrap:break-word">
<div class="WordSection1">
'''

HDR_LABELS = ('From:', 'Sent:', 'To:', 'Cc:', 'Subject:', 'Von:', 'Gesendet:', 'An:', 'Betreff:', 'De :', 'Envoy\u00e9 :',
              '\u00c0 :', 'Objet :', 'De:', 'Enviado:', 'Para:', 'Asunto:', 'Assunto:', 'Date:', 'Cc :')


def outlook_html(text, charset='windows-1252', font='Aptos', lang='EN-US', sig_color=None):
    """Render plain text (lines) as Outlook/Word HTML. A line '~~~' starts an Outlook reply header block."""
    out = OUTLOOK_HEAD % (charset, font, font, lang)
    in_sig = False
    for line in text.split('\n'):
        if line == '~~~':
            out += ('<div>\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n')
            in_sig = True
            continue
        if line == '':
            out += '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
            continue
        esc = html.escape(line, quote=False)
        lab = next((l for l in HDR_LABELS if line.startswith(l)), None)
        if in_sig and lab:
            esc = '<b>%s</b>%s' % (html.escape(lab), html.escape(line[len(lab):], quote=False))
        if esc.startswith('http'):
            esc = '<a href="%s">%s</a>' % (line, esc)
        out += '<p class="MsoNormal">%s<o:p></o:p></p>\n' % esc
        if in_sig and line.startswith(('Subject:', 'Betreff:', 'Objet :', 'Asunto:', 'Assunto:')):
            out += '</div>\n</div>\n'
            in_sig = False
    out += '</div>\n</body>\n</html>\n'
    return out


def gmail_html(text, quote_attr=None, quoted=None, fwd=None):
    def conv(t):
        return '<br>'.join(html.escape(l, quote=False) for l in t.split('\n'))
    out = '<div dir="ltr">' + conv(text) + '</div>'
    if fwd:
        out = out[:-6] + '<br><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">' + conv(fwd[0]) + '<br></div><br><br>' + conv(fwd[1]) + '</div></div>'
    if quote_attr:
        out += ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
                '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>'
                % (html.escape(quote_attr, quote=False), conv(quoted)))
    return out + '\n'


def apple_html(text):
    parts = []
    for l in text.split('\n'):
        parts.append('<div>%s</div>' % (html.escape(l, quote=False) if l else '<br>'))
    return ('<html aria-label="message body"><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
            + '\n'.join(parts) + '</body></html>\n')


def simple_html(text, font='Calibri'):
    return ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n<body>\n'
            '<div style="font-family: %s, Arial, Helvetica, sans-serif; font-size: 12pt;">\n' % font
            + '<br>\n'.join(html.escape(l, quote=False) for l in text.split('\n')) + '\n</div>\n</body>\n</html>\n')

# ---------------------------------------------------------------- transport headers

M365_HOPS_US = ['DM6PR11MB4321.namprd11.prod.outlook.com', 'BN0PR04MB8012.namprd04.prod.outlook.com',
                'SJ0PR13MB5540.namprd13.prod.outlook.com', 'CH2PR02CA0013.namprd02.prod.outlook.com']
M365_HOPS_EU = ['AM9PR02MB7310.eurprd02.prod.outlook.com', 'DB9PR06MB8421.eurprd06.prod.outlook.com',
                'LO2P265MB3312.GBRP265.PROD.OUTLOOK.COM', 'AS4P190CA0021.EURP190.PROD.OUTLOOK.COM']


def _v6():
    return '2603:10b6:%x:%x::%x' % (R.randint(256, 4095), R.randint(1, 999), R.randint(1, 99))


def _msmtp(a, b, tls='TLS1_2', ciph='TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384', extra=''):
    return 'from %s (%s)\n by %s (%s) with Microsoft SMTP Server\n (version=%s, cipher=%s) id 15.20.%d.%d%s' % (
        a, _v6(), b, _v6(), tls, ciph, R.randint(8000, 9200), R.randint(10, 40), extra)


def received(datestr, n, kind='m365', src_ip=None, helo=None):
    """n Received headers, newest first, timestamps rising from the Date header upwards."""
    t = dt_of(datestr)
    ts = t.astimezone(_dt.timezone.utc)
    pool = M365_HOPS_US + M365_HOPS_EU
    prot = R.choice(['BN1PEPF00004680.namprd03.prod.outlook.com', 'AMS1EPF0000004C.eurprd04.prod.outlook.com',
                     'DS3PEPF000099D8.namprd04.prod.outlook.com'])
    hops = []  # (text, style) from origin upwards
    if kind == 'm365':
        mbx = R.choice(pool)
        hops.append(('from %s ([fe80::%x:%x:%x:%x]) by %s\n ([fe80::%x:%x:%x:%x%%5]) with mapi id 15.20.%d.%d' % (
            mbx, R.getrandbits(16), R.getrandbits(16), R.getrandbits(16), R.getrandbits(16), mbx,
            R.getrandbits(16), R.getrandbits(16), R.getrandbits(16), R.getrandbits(16), R.randint(8000, 9200), R.randint(10, 40)), 'ms'))
        prev = mbx
        for i in range(n - 1):
            nxt = R.choice([h for h in pool if h != prev])
            hops.append((_msmtp(prev, nxt), 'ms'))
            prev = nxt
    elif kind == 'google':
        ip = src_ip or '85.%d.%d.%d' % (R.randint(1, 250), R.randint(1, 250), R.randint(1, 250))
        hops.append(('from [192.168.1.%d] ([%s])\n        by smtp.gmail.com with ESMTPSA id %s-%s.%d.2026.%02d.%02d.%02d.%02d.%02d\n        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256)' % (
            R.randint(2, 250), ip, rhex(12, False), rhex(14, False), R.randint(1, 9), ts.month, ts.day, ts.hour, ts.minute, ts.second, HELPADDR), 'g'))
        gm = 'mail-%s.google.com' % R.choice(['wr1-f45', 'ej1-f52', 'lf1-f41', 'wm1-f44'])
        hops.append(('from %s (209.85.%d.%d) by\n %s (10.167.%d.%d) with Microsoft SMTP Server\n (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend Transport' % (
            gm, R.randint(128, 223), R.randint(1, 250), prot, R.randint(1, 250), R.randint(1, 250), R.randint(8000, 9200), R.randint(10, 40)), 'ms'))
        prev = prot
        for i in range(n - 2):
            nxt = R.choice(pool)
            hops.append((_msmtp(prev, nxt), 'ms'))
            prev = nxt
    else:  # external / relayed: sender MTA -> gateway -> mx -> M365
        h = helo or 'example.net'
        chain = ['localhost.localdomain', 'mta-%d.%s' % (R.randint(10, 99), h), 'relay%d.%s' % (R.randint(1, 9), h),
                 'smtp-out.%s' % h, 'esa3.brightwell.iphmx.com', 'mx1.brightwellclinics.com', prot]
        chain = chain[-(n + 1):] if n + 1 <= len(chain) else chain
        for i in range(len(chain) - 1):
            hops.append(('from %s (%s [%d.%d.%d.%d])\n\tby %s with ESMTPS id %s' % (
                chain[i], chain[i], R.randint(20, 220), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254), chain[i + 1],
                rb64(10).replace('/', 'Z').replace('+', 'P')), 'x'))
        prev = prot
        while len(hops) < n:
            nxt = R.choice(pool)
            hops.append((_msmtp(prev, nxt), 'ms'))
            prev = nxt
    out = []
    for text, style in hops:
        ts = ts + _dt.timedelta(seconds=R.randint(0, 2), milliseconds=R.randint(0, 999))
        if style == 'g':
            pdt = (3 < ts.month < 11) or (ts.month == 3 and ts.day >= 8)
            lt = ts - _dt.timedelta(hours=7 if pdt else 8)
            stamp = lt.strftime('%a, %d %b %Y %H:%M:%S') + (' -0700 (PDT)' if pdt else ' -0800 (PST)')
            out.append(('Received', text + ';\n        ' + stamp))
        elif style == 'ms':
            out.append(('Received', text + ';\n ' + ts.strftime('%a, %d %b %Y %H:%M:%S') + ' +0000'))
        else:
            out.append(('Received', text + ';\n\t' + ts.strftime('%a, %d %b %Y %H:%M:%S') + ' +0000 (UTC)'))
    return out[::-1]


def auth(domain, selector='selector1', dkim_domain=None, spf_ip=None, arc=True):
    d = dkim_domain or domain
    res = 'spf=pass (sender IP is %s) smtp.mailfrom=%s; dkim=pass (signature was verified)\n header.d=%s;dmarc=pass action=none header.from=%s;compauth=pass reason=100' % (
        spf_ip or '40.107.%d.%d' % (R.randint(1, 250), R.randint(1, 250)), domain, d, domain)
    out = [('Authentication-Results', res)]
    if arc:
        out.append(('ARC-Seal', 'i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b=%s\n %s' % (rb64(70), rb64(60) + '==')))
        out.append(('ARC-Message-Signature', 'i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector10001;\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\n bh=%s=;\n b=%s\n %s' % (rb64(43), rb64(70), rb64(58) + '==')))
        out.append(('ARC-Authentication-Results', 'i=1; mx.microsoft.com 1; spf=pass\n smtp.mailfrom=%s; dmarc=pass action=none\n header.from=%s; dkim=pass header.d=%s; arc=none' % (domain, domain, d)))
    out.append(('DKIM-Signature', 'v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;\n s=%s; h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck;\n bh=%s=;\n b=%s\n %s' % (d, selector, rb64(43), rb64(70), rb64(62) + '==')))
    return out


def gauth(domain):
    """Google Workspace sender arriving at the Microsoft 365 help-line mailbox."""
    ms = auth(domain, arc=True)[:-1]
    return ms + [('DKIM-Signature', 'v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=%s; s=google; t=%d; x=%d; darn=brightwellclinics.com;\n        h=to:subject:message-id:date:from:mime-version:from:to:cc:subject\n         :date:message-id:reply-to;\n        bh=%s=;\n        b=%s\n         %s==' % (domain, R.randint(1767000000, 1790000000), R.randint(1790000000, 1800000000), rb64(43), rb64(70), rb64(60))),
                 ('X-Google-Smtp-Source', 'AGHT+I' + rb64(70)),
                 ('X-Received', 'by 2002:a05:6000:%x:b0:%x:%x:%x with SMTP id %s-%s.%d;' % (R.randint(1, 0xfff), R.randint(1, 0xfff), R.randint(1, 0xfff), R.randint(1, 0xfff), rhex(12, False), rhex(14, False), R.randint(1, 9)))]


def outlook_extra(lang='en-US', attach=False, topic=None):
    out = []
    if topic:
        out.append(('Thread-Topic', topic))
    out.append(('Thread-Index', 'AQH' + rb64(25) + '=='))
    out.append(('Accept-Language', lang + (', en-US' if lang != 'en-US' else '')))
    out.append(('Content-Language', lang))
    out.append(('X-MS-Has-Attach', 'yes' if attach else ''))
    out.append(('X-MS-TNEF-Correlator', ''))
    return out

# ---------------------------------------------------------------- binary attachments

def png(w=64, h=40, seed=1):
    rr = random.Random(seed)
    raw = b''
    base = (rr.randint(180, 250), rr.randint(180, 250), rr.randint(180, 250))
    for y in range(h):
        raw += b'\x00'
        for x in range(w):
            if 8 < y < 14 and 6 < x < w - 6:
                raw += bytes((200, 40, 40))
            elif y % 10 == 0 or x % 16 == 0:
                raw += bytes((120, 120, 130))
            else:
                raw += bytes(base)
    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b''))


def pdf(lines):
    text = 'BT /F1 11 Tf 50 760 Td 14 TL ' + ' '.join('(%s) \'' % l.replace('(', '\\(').replace(')', '\\)') for l in lines) + ' ET'
    objs = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
            '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
            '<< /Length %d >>\nstream\n%s\nendstream' % (len(text), text), '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>']
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


def tnef():
    out = struct.pack('<IH', 0x223E9F78, R.randint(1, 65535)) + b'\x01\x06\x90\x08\x00\x04\x00\x00\x00\x00\x00\x01\x00\x01\x00'
    out += b'\x01\x07\x90\x06\x00\x08\x00\x00\x00\xe4\x04\x00\x00\x00\x00\x00\x00\xe8\x00'
    out += b'\x01\x0d\x80\x04\x00\x02\x00\x00\x00\x02\x00\x02\x00\x01\x00'
    out += bytes(R.getrandbits(8) for _ in range(380))
    return out


def ics(method, summary, start, end, organizer, attendee, partstat=None, uid=None, tzid=None, status='CONFIRMED', extra=''):
    uid = uid or ('040000008200E00074C5B7101A82E008000000%s' % rhex(40))
    lines = ['BEGIN:VCALENDAR', 'PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN' if 'outlook' in extra or not extra else 'PRODID:-//Google Inc//Google Calendar 70.9054//EN',
             'VERSION:2.0', 'METHOD:%s' % method, 'BEGIN:VEVENT', 'DTSTART:%s' % start, 'DTEND:%s' % end,
             'DTSTAMP:20260301T000000Z', 'ORGANIZER;CN=%s' % organizer, 'UID:%s' % uid]
    if partstat:
        lines.append('ATTENDEE;PARTSTAT=%s;CN=%s' % (partstat, attendee))
    else:
        lines.append('ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=%s' % attendee)
    lines += ['SEQUENCE:0', 'STATUS:%s' % status, 'SUMMARY:%s' % summary, 'TRANSP:OPAQUE', 'END:VEVENT', 'END:VCALENDAR']
    return '\r\n'.join(lines) + '\r\n'

# ---------------------------------------------------------------- per-client header sets
EU_LANGS = {'de', 'es', 'fr', 'pt', 'uk'}


def H(frm, subj, date, client, to=HELP, cc=None, msgid='auto', rcv=0, rcv_kind=None, au=None,
      irt=None, refs=None, extra=(), lang='en-US', attach=False, eu=False, topic=None):
    h = []
    if rcv:
        if rcv_kind is None:
            rcv_kind = 'google' if client.startswith('gmail') else 'm365'
        h += received(date, rcv, rcv_kind)
    if au == 'm365':
        dom = (frm if isinstance(frm, str) else frm.decode('latin-1')).split('@')[-1].rstrip('>').strip()
        h += auth(dom)
    elif au == 'google':
        dom = (frm if isinstance(frm, str) else frm.decode('latin-1')).split('@')[-1].rstrip('>').strip()
        h += gauth(dom)
    if msgid == 'auto':
        dom = (frm if isinstance(frm, str) else frm.decode('latin-1')).split('@')[-1].rstrip('>').strip()
        kind = {'iphone': 'apple', 'apple_mail': 'apple', 'gmail': 'gmail', 'gmail_android': 'gmail', 'tbird': 'tbird',
                'samsung': 'other'}.get(client, 'outlook_eu' if eu else 'outlook')
        msgid = mid(kind, dom)
    if client in ('gmail', 'gmail_android'):
        # Gmail order: MIME-Version first-ish, then References, From, Date, Message-ID, Subject, To
        if refs:
            h.append(('References', refs))
        if irt:
            h.append(('In-Reply-To', irt))
        h.append(('From', frm))
        h.append(('Date', date))
        if msgid:
            h.append(('Message-ID', msgid))
        h.append(('Subject', subj))
        h.append(('To', to))
        if cc:
            h.append(('Cc', cc))
        h.extend(extra)
        return h
    h.append(('From', frm))
    h.append(('To', to))
    if cc:
        h.append(('CC' if client.startswith('outlook') else 'Cc', cc))
    h.append(('Subject', subj))
    if client in ('outlook', 'outlook_mac', 'owa', 'outlook_ios', 'outlook_android'):
        h += [x for x in outlook_extra(lang, attach, topic)[:2]]
    h.append(('Date', date))
    if msgid:
        h.append(('Message-ID', msgid))
    if irt:
        h.append(('In-Reply-To', irt))
    if refs:
        h.append(('References', refs))
    if client in ('outlook', 'owa', 'outlook_ios', 'outlook_android', 'outlook_mac'):
        h += outlook_extra(lang, attach, topic)[2:]
        h.append(('X-MS-Exchange-Organization-SCL', '-1'))
        h.append(('X-MS-Exchange-Organization-AuthAs', 'Internal'))
        h.append(('X-MS-Exchange-Organization-AuthSource', R.choice(M365_HOPS_EU if eu else M365_HOPS_US)))
    if client == 'outlook':
        h.append(('X-Mailer', 'Microsoft Outlook 16.0'))
    elif client == 'outlook_mac':
        h.append(('User-Agent', 'Microsoft-MacOutlook/16.95.25032317'))
    elif client == 'iphone':
        h.append(('X-Mailer', 'iPhone Mail (%s)' % R.choice(['22D82', '22E240', '23A341', '21H216'])))
    elif client == 'apple_mail':
        h.append(('X-Mailer', 'Apple Mail (2.3826.400.131.1.6)'))
    elif client == 'tbird':
        h.append(('User-Agent', 'Mozilla Thunderbird'))
    elif client == 'samsung':
        h.append(('X-Mailer', 'Samsung Email'))
    h.extend(extra)
    return h

# ---------------------------------------------------------------- common bodies

def outlook_alt(text, html_text=None, cs_plain='us-ascii', cs_html='us-ascii', cte='quoted-printable', lang='EN-US', font='Aptos'):
    return multi('alternative', [
        leaf(text, 'text/plain; charset="%s"' % cs_plain, cs_plain, cte),
        leaf(outlook_html(html_text or text, cs_html, font, lang), 'text/html; charset="%s"' % cs_html, cs_html, cte)],
        b_outlook())


def gmail_alt(text, html_body=None, cte_plain=None, cte_html='quoted-printable'):
    ascii_ok = all(ord(c) < 128 for c in text)
    cte_plain = cte_plain or ('7bit' if ascii_ok else 'quoted-printable')
    return multi('alternative', [
        leaf(text, 'text/plain; charset="UTF-8"', 'utf-8', cte_plain),
        leaf(html_body or gmail_html(text), 'text/html; charset="UTF-8"', 'utf-8', cte_html)],
        b_gmail())


def apple_alt(text):
    return multi('alternative', [
        leaf(text, 'text/plain;\n\tcharset=utf-8', 'utf-8', 'quoted-printable'),
        leaf(apple_html(text), 'text/html;\n\tcharset=utf-8', 'utf-8', 'quoted-printable')], b_apple())


def iphone_plain(text, cte='quoted-printable'):
    return leaf(text, 'text/plain;\n\tcharset=utf-8', 'utf-8', cte)


def quote_lines(text, prefix='> '):
    return '\n'.join((prefix + l) if l else prefix.rstrip() for l in text.split('\n'))

# =====================================================================================
# QUESTIONS THAT AN ARTICLE ANSWERS
# =====================================================================================

# --- en / support-hours (no word "hours")
t = """Hi both,

From next month we're running Saturday assessment days for the call centre agent roles. If something goes wrong with GoodTime on a Saturday afternoon, is there actually anyone on GoodTime's side who'll pick it up, or are we on our own till Monday?

Thanks
Hannah

Get Outlook for iOS<https://aka.ms/o0ukef>"""
d = D(2026, 3, 12, 22, 47, 0)
add(build(H('Hannah Pryce <hannah.pryce@brightwellclinics.com>', 'Saturday assessment days', d, 'outlook_ios', rcv=6, au='m365', eu=True, lang='en-GB'),
          multi('alternative', [leaf(t, 'text/plain; charset="us-ascii"', 'us-ascii', 'quoted-printable'),
                                leaf(simple_html(t), 'text/html; charset="us-ascii"', 'us-ascii', 'quoted-printable')], b_outlook())),
    'question', 'auto_reply', 'support-hours', 'en', 'outlook-ios;multipart-alternative;qp;received-6;dkim-arc;night',
    'support availability asked without the word hours')

# --- en / contact-csm (no letters CSM)
t = """Hi team,

Random one \u2013 do we have a named account person at GoodTime? Not the support desk, the person on their side who\u2019s meant to help us with the bigger-picture stuff. I had a name from onboarding last year but I think she\u2019s moved on and I can\u2019t find anything in my inbox.

I\u2019d like to get half an hour in their diary about how we run the autumn graduate intake. How do I get on their calendar?

Thanks,
Jamal

Jamal Carter
Talent Acquisition Lead, US Clinics
Brightwell Clinics | 200 Clarendon St, Boston, MA 02116"""
d = D(2026, 2, 17, 10, 21, -5)
add(build(H('"Carter, Jamal" <jamal.carter@brightwellclinics.com>', 'who looks after us at GoodTime?', d, 'outlook', topic='who looks after us at GoodTime?'),
          leaf(outlook_html(t), 'text/html; charset="windows-1252"', 'windows-1252', 'quoted-printable')),
    'question', 'auto_reply', 'contact-csm', 'en', 'outlook-html-only;qp;windows-1252;smart-quotes',
    'account manager question without the letters CSM')

# --- en / reschedule-interview (terse lowercase, no Message-ID)
t = """candidate asked to move her phone screen from tues to thurs. can i just drag it in outlook or does it have to be done in goodtime??

Sent from my iPhone"""
d = D(2026, 1, 27, 8, 3, -6, style=1)
add(build(H('Tyler Brooks <tyler.brooks@brightwellclinics.com>', 'moving a phone screen', d, 'iphone', msgid=None),
          iphone_plain(t, '7bit')),
    'question', 'auto_reply', 'reschedule-interview', 'en', 'iphone;plain;7bit;no-message-id;lowercase-terse', '')

# --- en / interviewer-training (rambling, question in third paragraph, long sig + disclaimer)
t = """Hi,

Bit of background first. We're hiring six biomedical scientists and two lab assistants for the Leeds diagnostic lab over the next couple of months, which is a lot for us, and I've got two senior BMSs (Rachel Oduya and Tom Hirst) who joined in January and are keen to get involved in interviewing.

They've both got GoodTime logins now and their calendars look connected - IT sorted that last week. The last round of interviews went through GoodTime without any drama so I'm happy with it in general, no complaints.

What I'm not clear on is how they go from sitting in on interviews to running them on their own. Is there a set number of times they watch someone else, then lead with someone watching them? And does GoodTime keep track of that, or is it on me to keep a spreadsheet?

Cheers,
Oliver

Oliver Bennett
Laboratory Manager
Brightwell Diagnostics - Leeds
Unit 4, Thorpe Park Business Centre, Leeds LS15 8GB
T: +44 113 496 0721 | M: +44 7700 900 412

CONFIDENTIALITY NOTICE: This e-mail and any attachments are CONFIDENTIAL and may contain patient-identifiable information. If you have received it in error, please notify the sender immediately and delete it from your system. This mailbox is not monitored for URGENT clinical queries; for those, call the lab duty line. Brightwell Clinics UK Ltd, registered in England and Wales no. 09876543."""
d = D(2026, 2, 4, 14, 12, 0)
add(build(H('Oliver Bennett <oliver.bennett@brightwellclinics.com>', 'New interviewers - Leeds lab', d, 'outlook', rcv=7, au='m365', eu=True, lang='en-GB'),
          outlook_alt(t, lang='EN-GB', font='Calibri')),
    'question', 'auto_reply', 'interviewer-training', 'en', 'outlook-multipart-alternative;qp;received-7;dkim-arc;long-signature;disclaimer-urgent-confidential;rambling',
    'question in third paragraph; pool-like wording')

# --- en / room-booking (reply on top of unrelated Outlook thread)
new = """Separate question while I've got you - for the Bristol onsites, can GoodTime book one of the consult rooms at the same time as it books the interviewers, or do I keep asking reception? Half the time the room I asked for has been given away by the day.

F

"""
old = """~~~
From: GoodTime Help Line <helpline@brightwellclinics.com>
Sent: 09 March 2026 16:02
To: Fiona McAllister <fiona.mcallister@brightwellclinics.com>
Subject: RE: open evening rota

Hi Fiona,

The open evening rota isn't something the help line looks after - Gemma Shaw in workforce planning owns it, she'll be able to swap your Thursday.

Help line

From: Fiona McAllister <fiona.mcallister@brightwellclinics.com>
Sent: 09 March 2026 11:40
To: GoodTime Help Line <helpline@brightwellclinics.com>
Subject: open evening rota

Who do I talk to about swapping my slot on the nursing open evening rota?"""
plain = new + old.replace('~~~\n', '________________________________\n')
d = D(2026, 3, 10, 9, 5, 0)
add(build(H('Fiona McAllister <fiona.mcallister@brightwellclinics.com>', 'RE: open evening rota', d, 'outlook', eu=True, lang='en-GB',
            irt=mid('outlook_eu'), refs=mid('outlook_eu') + ' ' + mid('outlook_eu'), topic='open evening rota'),
          outlook_alt(plain, new + old, lang='EN-GB', font='Calibri')),
    'question', 'auto_reply', 'room-booking', 'en', 'reply-on-top;outlook-quote-block;multipart-alternative;qp;misleading-subject',
    'quoted thread is about a rota')

# --- en / product-board
t = """Hey,

I've got a couple of ideas for GoodTime, mostly about how the availability grid looks once you have more than ten interviewers on it. Nothing's broken so I don't want to open a ticket or clog up this inbox.

Where should stuff like that go so the GoodTime people actually see it?

Priya
--
Priya Raman | Senior Data Analyst, People Analytics
Brightwell Clinics"""
d = D(2026, 4, 2, 16, 33, -4)
add(build(H('Priya Raman <priya.raman@brightwellclinics.com>', 'ideas - where do they go?', d, 'apple_mail', rcv=5, au='m365'),
          apple_alt(t)),
    'question', 'auto_reply', 'product-board', 'en', 'apple-mail;multipart-alternative;qp;received-5;dkim-arc', 'asks where ideas go, not the idea itself')

# --- en / reporting-dashboards via web form (no auto reply)
t = """A new submission was received from the GoodTime Help Line form.

Submission ID: 4471
Submitted: 24/03/2026 11:52 GMT

Name: Sarah Kim
Email: sarah.kim@brightwellclinics.com
Team: HR Business Partners (UK)
Topic: Other / not sure

Message:
our COO wants to know the average time from a nurse candidate being ready to schedule to actually having an interview booked, Q1 only. is there something in GoodTime that shows that and can I get to it? thanks

---
This message was sent automatically by Brightwell Forms. Do not reply to this address."""
d = D(2026, 3, 24, 11, 52, 0)
add(build(H('Brightwell Forms <no-reply@forms.brightwellclinics.com>', '[Help line form] New submission #4471 - Other / not sure', d, 'other', msgid=mid('other', 'forms.brightwellclinics.com'),
            extra=[('Reply-To', 'Sarah Kim <sarah.kim@brightwellclinics.com>'), ('Auto-Submitted', 'auto-generated'), ('X-Auto-Response-Suppress', 'All'),
                   ('Precedence', 'bulk'), ('X-Mailer', 'Brightwell Forms 3.2 (PHPMailer 6.9.1)')]),
          leaf(t, 'text/plain; charset=UTF-8', 'utf-8', '8bit')),
    'question', 'forward_support|needs_review', 'reporting-dashboards', 'en', 'form-mailer;auto-submitted;x-auto-response-suppress;no-reply-from;plain',
    'kb-answerable question through a form: must reach a person')

# --- de / chat-bubble
t = """Hallo zusammen,

eine Kollegin aus Hamburg meinte, man kann bei GoodTime direkt mit dem Support chatten, wenn was hakt. Bei mir ist da aber nix zu sehen. Ich geh meistens über den Link aus der Interview-Einladung rein, falls das was zur Sache tut.

Wo genau müsste das sein?

Danke und Gruß
Felix

-- 
Felix Haas
Recruiting-Koordinator | Brightwell Kliniken Berlin
Brightwell Clinics GmbH · Friedrichstraße 68 · 10117 Berlin
Tel. +49 30 2098 4417
"""
d = D(2026, 2, 26, 9, 41, 1)
add(build(H('Felix Haas <felix.haas@brightwellclinics.de>', ew_q('Chat mit GoodTime \u2013 wo?'), d, 'tbird', rcv=5, rcv_kind='generic',
            extra=[('Content-Language', 'de-DE')]),
          leaf(t, 'text/plain; charset=UTF-8; format=flowed', 'utf-8', '8bit')),
    'question', 'auto_reply', 'chat-bubble', 'de', 'thunderbird;plain;8bit;format-flowed;rfc2047-q-utf8;received-5',
    'logged-out user cannot see the chat')

# --- de / calendar-sync (looks like a bug, but asks how to reconnect)
t = """Guten Morgen,

seit ich letzte Woche mein Passwort ändern musste (IT-Vorgabe), schlägt GoodTime mich für Vorstellungsgespräche zu Zeiten vor, an denen ich längst Termine habe, z. B. donnerstags vormittags Sprechstunde.

Muss ich da irgendwas neu verknüpfen oder freigeben? Wenn ja, wo?

Viele Grüße
Dr. Sabine Krüger
Ärztliche Leitung MVZ Hamburg-Eppendorf
Brightwell Clinics GmbH"""
d = D(2026, 3, 3, 7, 58, 1)
subj = ew_b('Kalender nach Passwort\u00e4n') + '\n ' + ew_b('derung nicht aktuell?')
add(build(H('=?iso-8859-1?Q?Kr=FCger=2C_Sabine_Dr=2E?= <sabine.krueger@brightwellclinics.de>', subj, d, 'outlook', eu=True, lang='de-DE', rcv=6, au='m365'),
          leaf(outlook_html(t, lang='DE', font='Calibri'), 'text/html; charset="windows-1252"', 'windows-1252', 'quoted-printable')),
    'question', 'auto_reply', 'calendar-sync', 'de', 'outlook-html-only;qp;windows-1252;rfc2047-b-split-mid-word;rfc2047-q-latin1-from;received-6;dkim-arc',
    'sounds like a bug; password change -> reconnect')

# --- de / permissions-roles (wording resembles cancel)
t = """Hi,
bei mir gibt's in GoodTime keinen Button zum Absagen von Gesprächen, die Kollegin aus dem Recruiting hat den aber. Fehler oder liegt das an meinem Zugang? Bin nur Klinikleitung, falls das wichtig ist.
Gruß Jonas

Von meinem iPhone gesendet"""
d = D(2026, 1, 22, 18, 14, 1)
add(build(H('Jonas Brandt <jonas.brandt@brightwellclinics.de>', 'Absage-Button fehlt bei mir', d, 'iphone'),
          iphone_plain(t)),
    'question', 'auto_reply', 'permissions-roles', 'de', 'iphone;plain;qp;mobile-signature-de', 'missing button = access level; mentions cancelling')

# --- de / candidate-availability-request (raw UTF-8 subject)
t = """Hallo Helpline,

für eine Stelle als Pflegefachkraft (MVZ Berlin-Mitte) soll die Bewerberin drei Gespräche führen – Pflegedienstleitung, Stationsleitung und HR. Bevor ich irgendwas plane, brauche ich erst mal ihre Zeiten.

Kann ich ihr direkt aus GoodTime eine Anfrage schicken, in der sie einträgt, wann sie kann? Und wie groß sollte der Zeitraum sein, den ich abfrage?

Danke!
Katrin

Katrin Vogel
Recruiterin Pflege | Brightwell Clinics GmbH"""
d = D(2026, 2, 10, 13, 27, 1)
add(build(H('Katrin Vogel <katrin.vogel@brightwellclinics.de>', 'Verfügbarkeit von Bewerberin abfragen – wie?'.encode('utf-8'), d, 'outlook', eu=True, lang='de-DE', rcv=5, au='m365'),
          outlook_alt(t, cs_plain='utf-8', cs_html='utf-8', lang='DE')),
    'question', 'auto_reply', 'candidate-availability-request', 'de', 'outlook-multipart-alternative;qp;utf-8;raw-utf8-subject;received-5;dkim-arc', '')

# --- de / time-zones (base64, raw UTF-8 From)
t = """Hallo,

kurze Frage: Eine Bewerberin für die Laborkoordination wohnt noch in Lissabon und zieht erst im Sommer nach Frankfurt. Wenn ich ihr Terminvorschläge aus GoodTime schicke – sieht sie die Uhrzeiten in ihrer Zeit oder in unserer? Beim letzten Mal hatten wir genau deswegen einen Kandidaten eine Stunde zu früh in der Leitung.

Danke
Miriam

Miriam Özdemir
HR Business Partnerin
Brightwell Clinics GmbH · Frankfurt am Main
"""
d = D(2026, 4, 14, 11, 3, 2)
add(build(H('Miriam Özdemir <miriam.oezdemir@brightwellclinics.de>'.encode('utf-8'), 'Frage Uhrzeiten Bewerberin Lissabon', d, 'outlook_mac', eu=True, lang='de-DE'),
          leaf(t, 'text/plain; charset="utf-8"', 'utf-8', 'base64')),
    'question', 'auto_reply', 'time-zones', 'de', 'outlook-mac;plain;base64;utf-8;raw-utf8-from', '')

# --- es / contact-support (phone?) + second small topic
t = """Buenas,
¿alguien tiene un teléfono de GoodTime para llamar directamente? Tengo un lío con un candidato que aparece dos veces y prefiero explicárselo a alguien de palabra.
Gracias!

Enviado desde mi iPhone"""
d = D(2026, 3, 5, 17, 2, 1, style=1)
add(build(H('Javier Morales <javier.morales@brightwellclinics.es>', 'Teléfono de GoodTime'.encode('utf-8'), d, 'iphone', rcv=5, rcv_kind='google', au='google'),
          iphone_plain(t)),
    'question', 'auto_reply', 'contact-support', 'es', 'iphone;plain;qp;raw-utf8-subject;received-5;dkim-arc;mobile-signature-es', 'asks for a phone line')

# --- es / self-scheduling-link
t = """Hola!

Esta semana tengo 35 candidatos para auxiliar de enfermería (primera llamada, 20 min) y me han comentado que desde GoodTime se les puede mandar un enlace para que cada uno reserve su hueco sin tanto correo de ida y vuelta. ¿Cómo se hace?

Y otra cosa: ¿sirve también para la entrevista final, que son tres entrevistas seguidas en la clínica?

Mil gracias,
Lucía

--
Lucía Fernández
Coordinadora de Selección · Brightwell Clinics España
C/ de Serrano 41, 28001 Madrid"""
d = D(2026, 2, 16, 9, 12, 1)
add(build(H('=?UTF-8?Q?Luc=C3=ADa_Fern=C3=A1ndez?= <lucia.fernandez@brightwellclinics.es>', ew_q('Que los candidatos elijan hora ellos mismos'), d, 'gmail', rcv=6, au='google'),
          gmail_alt(t)),
    'question', 'auto_reply', 'self-scheduling-link', 'es', 'gmail;multipart-alternative;qp;rfc2047-q-utf8-from;received-6;dkim-arc', '')

# --- es / cancel-interview (Outlook HTML-only, latin-1 Q subject)
t = """Hola,

Una candidata para el puesto de enfermera en Sevilla nos ha escrito diciendo que ha aceptado otra oferta. Tenía entrevista el jueves a las 10:00 con la Dra. Navarro y conmigo.

¿La quito directamente del calendario de Outlook o hay que hacer algo en GoodTime para que no le lleguen más correos?

Gracias,

Carmen Ruiz
Responsable de Clínica · Brightwell Sevilla
Avda. de la Constitución 18, 41001 Sevilla"""
d = D(2026, 3, 17, 12, 44, 1)
add(build(H('Carmen Ruiz <carmen.ruiz@brightwellclinics.es>', '=?iso-8859-1?Q?Candidata_que_se_retira_=BFqu=E9_hago=3F?=', d, 'outlook', eu=True, lang='es-ES'),
          leaf(outlook_html(t, lang='ES', font='Calibri'), 'text/html; charset="windows-1252"', 'windows-1252', 'quoted-printable')),
    'question', 'auto_reply', 'cancel-interview', 'es', 'outlook-html-only;qp;windows-1252;rfc2047-q-latin1', '')

# --- es / conference-links (reply on top of unrelated help-line answer)
new = """Otra cosa que no tiene nada que ver: un candidato me dice que en su empresa actual tienen Teams bloqueado y no puede entrar. ¿Puedo poner Google Meet solo para su entrevista, sin tocar las demás? Es el martes.

Gracias!
Álvaro"""
attr = 'El lun, 2 mar 2026 a las 16:40, GoodTime Help Line (<helpline@brightwellclinics.com>) escribió:'
quoted = """Hola Álvaro,

Las salas de la clínica de Chamberí ya están dadas de alta en GoodTime (Sala 1, Sala 2 y la sala de reuniones de la 3ª planta). Si alguna no te aparece, dínoslo.

Un saludo,
Help line"""
plain = new + '\n\n' + attr + '\n\n' + quote_lines(quoted) + '\n'
d = D(2026, 3, 3, 10, 12, 1)
add(build(H('=?UTF-8?B?w4FsdmFybyBHaWw=?= <alvaro.gil@brightwellclinics.es>', 'Re: Salas en =?UTF-8?Q?Chamber=C3=AD?=', d, 'gmail', irt=mid('outlook'), refs=mid('outlook') + ' ' + mid('outlook'), rcv=5, au='google'),
          gmail_alt(plain, gmail_html(new, attr, quoted))),
    'question', 'auto_reply', 'conference-links', 'es', 'gmail;reply-on-top;gt-quote;multipart-alternative;qp;rfc2047-b-from;mixed-encoded-subject;received-5;dkim-arc',
    'quoted thread about rooms')

# --- es / interviewer-decline (base64 iso-8859-1)
t = """Hola equipo,

Pregunta de proceso, sin prisa: cuando uno de los médicos rechaza la invitación de una entrevista (nos pasa bastante en Barcelona, con los cambios de turno), ¿qué se supone que hacemos? ¿Cambiamos la hora con el candidato, o hay forma de buscar a otro médico que esté libre a esa misma hora?

Un saludo,
Marta Vidal
Coordinadora de Selección - Barcelona
"""
d = D(2026, 4, 21, 15, 36, 2)
add(build(H('Marta Vidal Muñoz <marta.vidal@brightwellclinics.es>'.encode('cp1252'), ew_b('Cuando un médico rechaza la entrevista', 'iso-8859-1'), d, 'samsung', msgid='bare'),
          leaf(t, 'text/plain; charset=ISO-8859-1', 'iso-8859-1', 'base64')),
    'question', 'auto_reply', 'interviewer-decline', 'es', 'samsung-email;plain;base64;iso-8859-1;rfc2047-b-latin1;raw-cp1252-from;message-id-no-brackets', 'not urgent')

# --- fr / escalation-path (long signature + disclaimer)
t = """Bonjour,

Nous accueillons trois nouvelles chargées de recrutement à Lyon le mois prochain et je prépare leur livret d'accueil. Pour la partie GoodTime, j'aimerais leur donner une fiche simple : vers qui se tourner selon les cas – une question pratique, quelque chose qui ne fonctionne pas, une idée d'amélioration, ou un sujet plus sérieux.

Est-ce que vous avez ça quelque part, ou pouvez-vous me le résumer ?

Merci d'avance,
Thomas

Thomas Rousseau
Responsable Ressources Humaines France
Brightwell Clinics France SAS
12 rue de la Chaussée-d'Antin, 75009 Paris
Tél. : +33 1 84 88 21 07

CONFIDENTIEL – Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires. Si vous avez reçu ce message par erreur, merci d'en avertir immédiatement l'expéditeur et de le supprimer. Toute utilisation ou diffusion non autorisée est interdite."""
d = D(2026, 3, 9, 11, 18, 1)
add(build(H('Thomas Rousseau <thomas.rousseau@brightwellclinics.com>', 'Qui contacter pour quoi ?', d, 'outlook', eu=True, lang='fr-FR', rcv=8, au='m365'),
          outlook_alt(t, cs_plain='windows-1252', cs_html='windows-1252', lang='FR')),
    'question', 'auto_reply', 'escalation-path', 'fr', 'outlook-multipart-alternative;qp;windows-1252;received-8;dkim-arc;long-signature;disclaimer-fr', '')

# --- fr / panel-interviews (Q-encoded subject split mid-word)
t = """Bonjour,

Pour le poste de cadre de santé à Lyon, le candidat doit rencontrer quatre personnes à la suite : la directrice de la clinique, le médecin coordinateur, moi-même (RH) et une infirmière référente, avec une petite pause au milieu.

Jusqu'ici je n'ai programmé que des entretiens simples. Comment je monte ça dans GoodTime ?

Merci !
Camille
"""
d = D(2026, 1, 14, 16, 5, 1)
add(build(H('=?UTF-8?Q?Camille_Lef=C3=A8vre?= <camille.lefevre@brightwellclinics.com>', '=?UTF-8?Q?Organiser_une_mati?=\n =?UTF-8?Q?n=C3=A9e_d=27entretiens?=', d, 'outlook_mac', eu=True, lang='fr-FR'),
          leaf(t, 'text/plain; charset="UTF-8"', 'utf-8', 'quoted-printable')),
    'question', 'auto_reply', 'panel-interviews', 'fr', 'outlook-mac;plain;qp;utf-8;rfc2047-q-split-mid-word', '')

# --- fr / debrief-scheduling (iPhone, raw UTF-8 subject)
t = """Bonjour,
Après les entretiens de vendredi pour le poste d'infirmière coordinatrice, je voudrais qu'on se retrouve entre nous (les trois membres du jury + moi) pour trancher. GoodTime sait caler ça ? Et surtout la candidate ne doit pas recevoir l'invitation…
Merci
Élodie

Envoyé de mon iPhone"""
d = D(2026, 4, 8, 19, 22, 2, style=1)
add(build(H('Élodie Garnier <elodie.garnier@brightwellclinics.com>'.encode('utf-8'), 'Réunion après les entretiens de vendredi'.encode('utf-8'), d, 'iphone', rcv=5, au='m365'),
          iphone_plain(t)),
    'question', 'auto_reply', 'debrief-scheduling', 'fr', 'iphone;plain;qp;raw-utf8-subject;raw-utf8-from;received-5;dkim-arc;mobile-signature-fr', '')

# --- fr / candidate-itinerary (Apple Mail)
t = """Salut,

Un candidat aide-soignant (entretien lundi à la clinique de Paris 15e) me dit qu'il ne retrouve plus le mail avec le déroulé de sa matinée – horaires, noms, adresse. Je peux le lui renvoyer depuis GoodTime ? Et au passage y glisser un mot du genre « demandez Mme Petit à l'accueil » ?

Merci,
Julien"""
d = D(2026, 2, 19, 10, 49, 1)
add(build(H('Julien Moreau <julien.moreau@brightwellclinics.com>', 'Renvoyer le programme =?utf-8?Q?=C3=A0?= un candidat', d, 'apple_mail'),
          apple_alt(t)),
    'question', 'auto_reply', 'candidate-itinerary', 'fr', 'apple-mail;multipart-alternative;qp;partial-encoded-subject', '')

# --- fr / interview-templates (Outlook HTML-only cp1252)
t = """Bonjour,

Tous nos entretiens « Infirmier(e) – 2e tour » se créent avec une durée de 45 minutes, alors que nous sommes passés à 1 heure depuis janvier. Je corrige à la main à chaque fois.

Où est-ce que ça se règle une bonne fois pour toutes, et qui a le droit de le modifier ?

Bonne journée,
Sophie Marchand
Chargée de recrutement – Brightwell Clinics Paris"""
d = D(2026, 3, 26, 14, 2, 1)
add(build(H('"Marchand, Sophie" <sophie.marchand@brightwellclinics.com>', '=?Windows-1252?Q?Dur=E9e_par_d=E9faut_des_entretiens_2e_tour?=', d, 'outlook', eu=True, lang='fr-FR', rcv=6, au='m365'),
          leaf(outlook_html(t, lang='FR', font='Calibri'), 'text/html; charset="Windows-1252"', 'windows-1252', 'quoted-printable')),
    'question', 'auto_reply', 'interview-templates', 'fr', 'outlook-html-only;qp;windows-1252;rfc2047-q-cp1252;received-6;dkim-arc', '')

# --- pt / internal-project-team
t = """Olá,

Comecei esta semana na equipa de RH em Lisboa e passaram-me este endereço para “dúvidas do GoodTime”. Quem está deste lado, e que tipo de coisas devo mandar para aqui em vez de ir diretamente ao suporte da GoodTime?

Obrigada,
Mariana Lopes
Recursos Humanos · Brightwell Clinics Portugal"""
d = D(2026, 1, 8, 10, 30, 0)
add(build(H('Mariana Lopes <mariana.lopes@brightwellclinics.pt>', ew_b('Para que serve este endere') + '\n ' + ew_b('ço?'), d, 'gmail', rcv=6, au='google'),
          gmail_alt(t, cte_plain='base64', cte_html='base64')),
    'question', 'auto_reply', 'internal-project-team', 'pt', 'gmail;multipart-alternative;base64;utf-8;rfc2047-b-split-mid-word;received-6;dkim-arc', '')

# --- pt / candidate-reminders
t = """Bom dia,

Esta semana tivemos três candidatos a enfermeiro que faltaram à entrevista sem avisar. Os candidatos recebem algum lembrete automático antes da entrevista? Se sim, quando é enviado e quem define isso?

Obrigada,
Inês Carvalho
Recrutadora · Brightwell Clinics Lisboa"""
d = D(2026, 2, 13, 9, 7, 0)
add(build(H('=?utf-8?B?SW7DqnMgQ2FydmFsaG8=?= <ines.carvalho@brightwellclinics.pt>', 'Lembretes aos candidatos', d, 'outlook', eu=True, lang='pt-PT'),
          outlook_alt(t, cs_plain='utf-8', cs_html='utf-8', lang='PT')),
    'question', 'auto_reply', 'candidate-reminders', 'pt', 'outlook-multipart-alternative;qp;utf-8;rfc2047-b-from', 'no-shows mentioned')

# --- pt / add-interviewer-to-pool (raw cp1252 subject)
t = """Olá,

A Dra. Beatriz Sousa começou este mês no laboratório do Porto e já pode fazer as entrevistas técnicas para técnicos de análises clínicas. O que é preciso para o GoodTime começar a sugeri-la? Acho que ela ainda não tem o calendário ligado.

Cumprimentos,
Ana Sofia Martins
Diretora Técnica | Laboratório de Diagnóstico do Porto
Brightwell Clinics Portugal, Lda."""
d = D(2026, 3, 2, 15, 51, 0)
add(build(H('Ana Sofia Martins <anasofia.martins@brightwellclinics.pt>', 'Nova colega para entrevistas técnicas'.encode('cp1252'), d, 'outlook', eu=True, lang='pt-PT', rcv=7, au='m365'),
          leaf(outlook_html(t, lang='PT', font='Calibri'), 'text/html; charset="windows-1252"', 'windows-1252', 'quoted-printable')),
    'question', 'auto_reply', 'add-interviewer-to-pool', 'pt', 'outlook-html-only;qp;windows-1252;raw-cp1252-subject;received-7;dkim-arc', '')

# --- pt / interviewer-load-balancing
t = """Boas,
Os meus dois enfermeiros-chefes estão a ser marcados para quase todas as entrevistas, e há mais três pessoas na clínica que também podiam entrevistar. Dá para pôr um máximo de entrevistas por semana a cada um e o resto ir para os outros?
Obg
Rui

Enviado do meu iPhone"""
d = D(2026, 4, 16, 20, 11, 1, style=1)
add(build(H('Rui Almeida <rui.almeida@brightwellclinics.pt>', 'sempre os mesmos nas entrevistas', d, 'iphone'),
          iphone_plain(t)),
    'question', 'auto_reply', 'interviewer-load-balancing', 'pt', 'iphone;plain;qp;mobile-signature-pt', '')

# --- pt / ats-integration (base64)
t = """Olá equipa,

Pergunta de principiante: quando passo um candidato para a fase “Entrevista” no ATS, ele aparece sozinho no GoodTime, ou tenho de o criar lá também? Não quero duplicar nada nem fazer asneira.

Obrigado,
João Pereira
Coordenador de Recrutamento – Porto
"""
d = D(2026, 1, 20, 14, 26, 0)
add(build(H('=?UTF-8?Q?Jo=C3=A3o_Pereira?= <joao.pereira@brightwellclinics.pt>', ew_b('ATS → GoodTime, tenho de criar o candidato nos dois?'), d, 'tbird', rcv=5, rcv_kind='generic'),
          leaf(t, 'text/plain; charset=UTF-8', 'utf-8', 'base64')),
    'question', 'auto_reply', 'ats-integration', 'pt', 'thunderbird;plain;base64;utf-8;rfc2047-b-utf8;received-5', '')

# =====================================================================================
# QUESTIONS NO ARTICLE ANSWERS
# =====================================================================================

# --- en / SLA figure (support-hours only points elsewhere)
t = """Hi,

Putting together the vendor review pack for Q2. What is GoodTime's guaranteed first-response time on an urgent / P1 ticket? I need the actual figure (minutes or hours) for the slide, not just "fast".

Thanks
Dana

Dana Whitfield
Recruiting Operations Manager
Brightwell Clinics"""
d = D(2026, 4, 6, 8, 55, -4)
add(build(H('Dana Whitfield <dana.whitfield@brightwellclinics.com>', 'P1 first response time?', d, 'outlook', rcv=6, au='m365'),
          leaf(outlook_html(t), 'text/html; charset="us-ascii"', 'us-ascii', 'quoted-printable')),
    'question', 'forward_support', 'none', 'en', 'outlook-html-only;qp;us-ascii;received-6;dkim-arc', 'article only points to Help Center; figure not in KB')

# --- en / SMS reminders (not in reminders article)
t = """does goodtime send text msg (sms) reminders to candidates or is it only email? alot of our MA candidates never check email

Get Outlook for Android<https://aka.ms/AAb9ysg>"""
d = D(2026, 2, 24, 12, 18, -5)
add(build(H('Keisha Doyle <keisha.doyle@brightwellclinics.com>', 'text reminders?', d, 'outlook_android'),
          multi('alternative', [leaf(t, 'text/plain; charset="us-ascii"', 'us-ascii', '7bit'),
                                leaf(simple_html(t), 'text/html; charset="us-ascii"', 'us-ascii', '7bit')], b_outlook())),
    'question', 'forward_support', 'none', 'en', 'outlook-android;multipart-alternative;7bit;lowercase;typos', 'SMS not covered by reminders article')

# --- en / EU data residency
t = """Hi - our DPO has asked whether GoodTime keeps candidate data for the UK and EU clinics in EU data centres or in the US. She needs it for the records-of-processing update by end of month. Could you find out or point me at where that's written down?

Thanks,
Rebecca

Rebecca Hale
Recruiting Operations, EMEA
Brightwell Clinics UK Ltd | 1 Kingsway, London WC2B 6AN"""
d = D(2026, 3, 18, 9, 40, 0)
add(build(H('Rebecca Hale <rebecca.hale@brightwellclinics.com>', 'Where is candidate data stored?', d, 'owa', eu=True, lang='en-GB', rcv=5, au='m365'),
          multi('alternative', [leaf(t, 'text/plain; charset="iso-8859-1"', 'iso-8859-1', 'quoted-printable'),
                                leaf(simple_html(t, 'Aptos'), 'text/html; charset="iso-8859-1"', 'iso-8859-1', 'quoted-printable')], b_outlook())),
    'question', 'forward_support', 'none', 'en', 'owa;multipart-alternative;qp;iso-8859-1;received-5;dkim-arc', '')

# --- en / non-recruiting meetings
t = """Can I use GoodTime for our monthly all-staff meeting at the Denver clinic? Finding a slot for 22 people across three shifts is a nightmare and I've heard it's good at finding times.

Luis

Get Outlook for iOS<https://aka.ms/o0ukef>"""
d = D(2026, 1, 29, 21, 34, -7)
add(build(H('Luis Ortega <luis.ortega@brightwellclinics.com>', 'GoodTime for staff meetings?', d, 'outlook_ios', rcv=5, au='m365'),
          multi('alternative', [leaf(t, 'text/plain; charset="us-ascii"', 'us-ascii', '7bit'),
                                leaf(simple_html(t), 'text/html; charset="us-ascii"', 'us-ascii', 'quoted-printable')], b_outlook())),
    'question', 'forward_support', 'none', 'en', 'outlook-ios;multipart-alternative;received-5;dkim-arc;night', 'use outside recruiting')

# --- en / panel size limit (resembles panel-interviews)
t = """Hi there,

Is there a cap on how many interviewers GoodTime lets me put in one panel session? The search committee for the Medical Director role wants seven people in the room at once with the candidate and I don't want to build it and find out at the end that it won't save.

Thanks!
Gina

Gina Russo
Senior Recruiter, Physician & Leadership Hiring
Brightwell Clinics"""
d = D(2026, 4, 28, 13, 7, -4)
add(build(H('"Russo, Gina" <gina.russo@brightwellclinics.com>', 'max number of people on a panel', d, 'outlook'),
          outlook_alt(t)),
    'question', 'forward_support', 'none', 'en', 'outlook-multipart-alternative;qp', 'panel article gives no limit')

# --- de / UI language
t = """Hallo,

kann man die Oberfläche von GoodTime auf Deutsch umstellen? Ein paar unserer MFA-Interviewerinnen tun sich mit dem Englischen schwer und klicken dann lieber gar nicht erst rein.

Viele Grüße
Thorsten Keller
Teamleitung MFA · MVZ Hamburg-Altona"""
d = D(2026, 2, 5, 8, 19, 1)
add(build(H('Thorsten Keller <thorsten.keller@brightwellclinics.de>', 'GoodTime auf Deutsch? Oberfläche für MFA-Team'.encode('cp1252'), d, 'outlook', eu=True, lang='de-DE', rcv=5, au='m365'),
          outlook_alt(t, cs_plain='iso-8859-1', cs_html='iso-8859-1', lang='DE', font='Calibri')),
    'question', 'forward_support', 'none', 'de', 'outlook-multipart-alternative;qp;iso-8859-1;raw-cp1252-subject;received-5;dkim-arc', 'interface language')

# --- es / WhatsApp confirmations
t = """Hola,

¿Se pueden mandar las confirmaciones de entrevista por WhatsApp en vez de (o además de) por correo? Muchos candidatos de teleoperador nos dicen que el correo les llega a spam o que ni lo miran.

Gracias!
Irene

Enviado desde Gmail para Android"""
d = D(2026, 3, 11, 13, 3, 1)
add(build(H('Irene Castillo <irene.castillo@brightwellclinics.es>', '=?UTF-8?Q?=C2=BFConfirmaciones_por_WhatsApp=3F?=', d, 'gmail_android', rcv=5, au='google'),
          gmail_alt(t)),
    'question', 'forward_support', 'none', 'es', 'gmail-android;multipart-alternative;qp;rfc2047-q-utf8;received-5;dkim-arc', '')

# --- fr / GDPR retention
t = """Bonjour,

Dans le cadre de la mise à jour de notre registre RGPD, pouvez-vous me dire combien de temps GoodTime conserve les données des candidats non retenus ? Et est-il possible de demander la suppression des données d'un candidat précis qui en a fait la demande ?

Cordialement,

Claire Dubois
Juriste – Protection des données
Brightwell Clinics France SAS"""
d = D(2026, 2, 23, 15, 28, 1)
add(build(H('Claire Dubois <claire.dubois@brightwellclinics.com>', 'Conservation des données candidats (RGPD)', d, 'outlook', eu=True, lang='fr-FR', rcv=7, au='m365'),
          outlook_alt(t, cs_plain='windows-1252', cs_html='windows-1252', lang='FR')),
    'question', 'forward_support', 'none', 'fr', 'outlook-multipart-alternative;qp;windows-1252;received-7;dkim-arc', 'data retention')

# --- pt / mobile app
t = """Olá, há alguma app do GoodTime para o telemóvel? Passo o dia entre gabinetes e dava-me jeito ver e aceitar as entrevistas no telemóvel.
Tiago

Enviado do meu iPhone"""
d = D(2026, 4, 9, 13, 45, 1)
add(build(H('Tiago Fonseca <tiago.fonseca@brightwellclinics.pt>', 'App GoodTime?', d, 'iphone', msgid='bare'),
          iphone_plain(t)),
    'question', 'forward_support', 'none', 'pt', 'iphone;plain;qp;message-id-no-brackets;mobile-signature-pt', '')

# =====================================================================================
# BUGS
# =====================================================================================

# --- en / misleading "quick question" over a bug
t = """Hi,

Quick one - candidate itineraries for Boston interviews are going out with the wrong time since yesterday. The calendar invite says 10:00 AM but the itinerary email the candidate gets says 3:00 PM. At least three candidates so far, and one turned up five hours late and was not impressed.

Example: Maria Delgado, RN - Med/Surg, interview ID 88213 (Tue 10 Feb).

Did something change?

Megan

Megan O'Rourke
Senior Recruiter, Nursing
Brightwell Clinics - Boston"""
d = D(2026, 2, 11, 9, 2, -5)
add(build(H("Megan O'Rourke <megan.orourke@brightwellclinics.com>", 'quick question', d, 'outlook', rcv=6, au='m365'),
          outlook_alt(t)),
    'bug', 'forward_support', '', 'en', 'outlook-multipart-alternative;qp;received-6;dkim-arc;misleading-subject', 'itinerary time off by 5h')

# --- en / HIGH: Teams links missing org-wide
t = """Hi all,

Since roughly 7am ET nothing we schedule in GoodTime is getting a Teams link - not on the interviewer invites, not on the candidate confirmations. I've checked with coordinators in Boston, Austin, Leeds and Manchester and it's the same for everyone. We're at 40+ interviews booked today without a link and people are pasting links in by hand.

Nothing changed on our side that I know of (checked with IT, no changes to the Teams integration).

Examples:
- Interview 90114 (Call Centre Agent, Manchester) booked 07:12 ET
- Interview 90131 (RN, Austin) booked 08:03 ET

Dana

Dana Whitfield
Recruiting Operations Manager
Brightwell Clinics"""
d = D(2026, 3, 4, 9, 26, -5)
add(build(H('Dana Whitfield <dana.whitfield@brightwellclinics.com>', 'Teams links not being added to ANY interviews since this morning', d, 'outlook', rcv=8, au='m365',
            cc='Jamal Carter <jamal.carter@brightwellclinics.com>; Rebecca Hale <rebecca.hale@brightwellclinics.com>', extra=[('Importance', 'high'), ('X-Priority', '1')]),
          outlook_alt(t)),
    'bug', 'forward_support+flag_csm', '', 'en', 'outlook-multipart-alternative;qp;received-8;dkim-arc;importance-high;cc', 'high impact: whole org')

# --- en / self-scheduling page 500 + PNG screenshot
t = """Hi,

three of our medical assistant candidates messaged me tonight saying the link to pick an interview time just spins and then says "Something went wrong (500)". One sent me a screenshot, attached. The links went out Monday afternoon from GoodTime.

Candidates: Destiny Walker, Marcus Hill, Jenna Ross (Atlanta clinics, req 2291)

thx
Keisha"""
d = D(2026, 2, 18, 23, 10, -5)
alt = multi('alternative', [leaf(t, 'text/plain; charset="us-ascii"', 'us-ascii', 'quoted-printable'),
                            leaf(outlook_html(t), 'text/html; charset="us-ascii"', 'us-ascii', 'quoted-printable')], b_outlook())
att = leaf(png(72, 48, 3), 'image/png; name="IMG_2291.png"', cte='base64',
           extra=[('Content-Description', 'IMG_2291.png'), ('Content-Disposition', 'attachment; filename="IMG_2291.png"; size=%d' % len(png(72, 48, 3)))])
add(build(H('Keisha Doyle <keisha.doyle@brightwellclinics.com>', 'candidates saying the booking page won\'t load', d, 'outlook', rcv=5, au='m365', attach=True),
          multi('mixed', [alt, att], b_outlook())),
    'bug', 'forward_support', '', 'en', 'outlook-multipart-mixed;png-attachment;base64;qp;received-5;dkim-arc;night', '')

# --- en / DST mismatch + PDF
t = """Hi,

Since the clocks went forward on Sunday, the confirmation emails candidates get from GoodTime show the interview an hour earlier than the calendar invite - e.g. confirmation says 09:00, invite says 10:00 BST. Two candidates have rung to check already and I'm worried about the ones who don't ring.

PDF of one of the confirmations attached (Aoife Brennan, Staff Nurse - Bristol, Thu 2 April).

Thanks,
Fiona"""
d = D(2026, 3, 31, 10, 15, 1)
alt = outlook_alt(t, lang='EN-GB', font='Calibri')
pd = pdf(['Brightwell Clinics - Interview confirmation', 'Candidate: Aoife Brennan', 'Role: Staff Nurse - Bristol',
          'Thursday 2 April 2026, 09:00 (Europe/London)', 'Location: Brightwell Clinic Bristol, Whiteladies Road'])
att = leaf(pd, 'application/pdf; name="Interview confirmation - Aoife Brennan.pdf"', cte='base64',
           extra=[('Content-Description', 'Interview confirmation - Aoife Brennan.pdf'),
                  ('Content-Disposition', 'attachment;\n\tfilename="Interview confirmation - Aoife Brennan.pdf"; size=%d;\n\tcreation-date="Tue, 31 Mar 2026 09:11:02 GMT"' % len(pd))])
add(build(H('Fiona McAllister <fiona.mcallister@brightwellclinics.com>', 'Confirmation emails an hour out since the clocks changed', d, 'outlook', eu=True, lang='en-GB', attach=True, rcv=6, au='m365'),
          multi('mixed', [alt, att], b_outlook())),
    'bug', 'forward_support', '', 'en', 'outlook-multipart-mixed;pdf-attachment;base64;qp;received-6;dkim-arc', 'daylight saving')

# --- en / HIGH: recurring ATS duplicates after two reports
t = """Hi,

This is now the third time I'm raising this. Every time an interview is rescheduled in GoodTime, a second interview appears on the candidate's record in the ATS, so hiring managers see two slots and some are turning up at the old time.

Reported to GoodTime Support on 4 Feb (ticket #40218) and again on 3 March, and both times we were told it was fixed. It isn't - it happened five times yesterday alone, across Boston, Austin and Denver.

Can someone please push this with GoodTime properly.

Jamal"""
d = D(2026, 3, 19, 8, 31, -4)
add(build(H('"Carter, Jamal" <jamal.carter@brightwellclinics.com>', 'Duplicate interviews in the ATS - AGAIN', d, 'owa', rcv=5, au='m365'),
          multi('alternative', [leaf(t, 'text/plain; charset="us-ascii"', 'us-ascii', 'quoted-printable'),
                                leaf(simple_html(t, 'Aptos'), 'text/html; charset="us-ascii"', 'us-ascii', 'quoted-printable')], b_outlook())),
    'bug', 'forward_support+flag_csm', '', 'en', 'owa;multipart-alternative;qp;received-5;dkim-arc;caps-in-subject', 'high impact: recurring after being reported')

# --- en / swapped out but invite remains (Thunderbird, plain)
t = """Hey help line,

I was taken off Thursday's backend engineer loop (the coordinator swapped me for Aaron Feld on Monday) but the invite is still on my calendar and I got the reminder email this morning. Aaron has one as well. So either both of us turn up or neither does.

Not urgent, it's Thursday 2pm, but something seems off with the swap.

Nate
-- 
Nate Lindqvist
Engineering Manager, Platform | Brightwell Tech
"""
d = D(2026, 4, 21, 9, 12, -4)
add(build(H('Nate Lindqvist <nate.lindqvist@brightwellclinics.com>', 'swapped out of an interview but still have the invite', d, 'tbird'),
          leaf(t, 'text/plain; charset=UTF-8; format=flowed', 'utf-8', '7bit')),
    'bug', 'forward_support', '', 'en', 'thunderbird;plain;7bit;format-flowed', '')

# --- en / Reports 502 via IT service desk robot
t = """Incident INC0048213 has been assigned to your group (GoodTime Help Line).

Short description: GoodTime Reporting tab returns 502
Caller: Priya Raman (priya.raman@brightwellclinics.com)
Category: Software / Recruiting / GoodTime
Impact: 3 - Low    Urgency: 3 - Low
Opened: 2026-03-27 10:04:11 EDT

Description:
Since yesterday the Reports section in GoodTime won't load for me - blank page for a while, then "502 Bad Gateway". Tried Chrome and Edge, incognito too, same thing. Every other page is fine. I need the interviewer load numbers for the monthly pack by Tuesday.

Click here to view Incident: https://brightwell.service-now.com/nav_to.do?uri=incident.do?sys_id=9f1c2e0a1b7d4e10a2c3

This is an automated notification from Brightwell IT Service Desk. Please do not reply to this email."""
d = D(2026, 3, 27, 10, 4, -4)
hb = '<html><body style="font-family:Arial;font-size:10pt"><p>' + '<br>'.join(html.escape(l) for l in t.split('\n')) + '</p><img src="https://brightwell.service-now.com/sys_email_tracker.do?id=9f1c" width="1" height="1"></body></html>'
add(build(H('Brightwell IT Service Desk <servicedesk-noreply@brightwellclinics.com>', 'INC0048213 - GoodTime Reporting tab returns 502 - assigned to GoodTime Help Line', d, 'other',
            msgid='<Ref:INC0048213_%s@brightwell.service-now.com>' % rhex(10, False), rcv=6, rcv_kind='generic',
            extra=[('Auto-Submitted', 'auto-generated'), ('X-Auto-Response-Suppress', 'All'), ('X-ServiceNow-Generated', 'true'), ('Precedence', 'bulk')]),
          multi('alternative', [leaf(t, 'text/plain; charset=UTF-8', 'utf-8', 'quoted-printable'), leaf(hb, 'text/html; charset=UTF-8', 'utf-8', 'quoted-printable')])),
    'bug', 'forward_support|needs_review', '', 'en', 'ticket-robot;auto-submitted;x-auto-response-suppress;no-reply-from;multipart-alternative;received-6',
    'real bug through a ticket system')

# --- en / HIGH: security - clinic managers see other clinics' candidates
t = """Hi,

Flagging something I think is serious. Luis Ortega (clinic manager, Denver) told me this morning he can see candidates for Austin and Boston in GoodTime, including interviewer feedback notes and salary expectations. He definitely shouldn't, and he thinks it started sometime last week. I checked with two other clinic managers and they see the same thing.

Can we get this locked down and find out how far it goes? Happy to jump on a call.

Heather

Heather Lyons
HR Business Partner, US Clinics
Brightwell Clinics | 200 Clarendon St, Boston, MA 02116

This message may contain confidential and privileged information. If you are not the intended recipient, you are hereby notified that any review, dissemination or copying of this message is strictly prohibited. If you have received this message in error, please notify the sender immediately and destroy all copies."""
d = D(2026, 4, 1, 11, 48, -4)
add(build(H('Heather Lyons <heather.lyons@brightwellclinics.com>', 'Clinic managers can see other clinics\' candidates', d, 'outlook', rcv=7, au='m365',
            extra=[('Sensitivity', 'Company-Confidential')]),
          outlook_alt(t)),
    'bug', 'forward_support+flag_csm', '', 'en', 'outlook-multipart-alternative;qp;received-7;dkim-arc;disclaimer-error-immediately', 'high impact: data exposure')

# --- en / trainee progress not updating; reply on top of unrelated thread with > lines
new = """Hi again - different problem this time. Our two trainee interviewers for the graduate scheme (Ben Okafor and Lily Tran) have each done their three shadow sessions, but GoodTime still shows them at 0 of 3 and keeps adding them as shadows to new interviews instead of moving them on. Not blocking anything today, just wrong.

Aisha
"""
quoted = """Hi Aisha,

The two assessment-centre rooms at Kingsway (4.01 and 4.02) are now enabled in GoodTime, so they should come up when you schedule the March assessment days. Let us know if they don't.

Help line"""
t = new + '\n> On 12 Mar 2026, at 14:02, GoodTime Help Line <helpline@brightwellclinics.com> wrote:\n> \n' + quote_lines(quoted) + '\n'
d = D(2026, 3, 20, 16, 27, 0)
add(build(H('Aisha Patel <aisha.patel@brightwellclinics.com>', 'Re: Assessment centre rooms - London', d, 'apple_mail', irt=mid('outlook_eu'), refs=mid('outlook_eu'), rcv=5, au='m365'),
          leaf(t, 'text/plain;\n\tcharset=us-ascii', 'us-ascii', '7bit')),
    'bug', 'forward_support', '', 'en', 'apple-mail;plain;reply-on-top;gt-quote;misleading-subject;received-5;dkim-arc', 'quoted thread about rooms')

# --- en / room booking fails (Outlook HTML only)
t = """Hi,

GoodTime shows Consult Room 2B at Austin South as free tomorrow 2-3pm, but when I confirm the onsite for our LVN candidate it fails with "Room could not be booked. Please try again." Tried three times, and with Room 2C, same error. The interviewers got booked fine, it's just the room.

Candidate: Rosa Jimenez, interview ID 91877.

Brianna

Brianna Lee | Recruiting Coordinator | Brightwell Clinics Austin"""
d = D(2026, 4, 13, 15, 20, -5)
add(build(H('Brianna Lee <brianna.lee@brightwellclinics.com>', 'Room won\'t book - Austin South', d, 'outlook', rcv=5, au='m365'),
          leaf(outlook_html(t), 'text/html; charset="us-ascii"', 'us-ascii', '7bit')),
    'bug', 'forward_support', '', 'en', 'outlook-html-only;7bit;received-5;dkim-arc', 'not today, tomorrow')

# --- de / calendar still wrong after reconnect (raw cp1252 subject)
t = """Hallo,

ich habe gestern wie in eurer Anleitung beschrieben den Kalender von Dr. Weber neu verbunden (er war abgemeldet), trotzdem zeigt GoodTime ihn am Dienstag den ganzen Tag als frei an. In seinem Outlook steht von 08:00 bis 16:00 Sprechstunde, als „Gebucht“ eingetragen. Heute früh wurde deswegen schon einer Bewerberin 11 Uhr vorgeschlagen.

Beispieltermin: Di, 14.04., 08:00–16:00, Betreff „Sprechstunde“.

Grüße
Lena Schmitt
Recruiting-Koordination Hamburg"""
d = D(2026, 4, 9, 10, 2, 2)
add(build(H('Lena Schmitt <lena.schmitt@brightwellclinics.de>', 'Verfügbarkeit Dr. Weber stimmt nicht – trotz Neuverbindung'.encode('cp1252'), d, 'outlook', eu=True, lang='de-DE', rcv=6, au='m365'),
          outlook_alt(t, cs_plain='windows-1252', cs_html='windows-1252', lang='DE', font='Calibri')),
    'bug', 'forward_support', '', 'de', 'outlook-multipart-alternative;qp;windows-1252;raw-cp1252-subject;received-6;dkim-arc', 'already reconnected; still wrong')

# --- es / reminders not sent (Gmail base64)
t = """Hola,

Desde el martes los recordatorios automáticos del día anterior no les llegan a los candidatos (tampoco en spam, lo hemos comprobado con tres). Los tenemos activados como siempre y los correos de los candidatos están bien en el ATS. Hoy dos candidatas de auxiliar de clínica no se han presentado y creemos que es por esto.

Ejemplos: entrevistas 88790 y 88802 (Valencia, jueves 26/03).

Gracias,
Nuria Soler
Coordinadora de Selección · Valencia"""
d = D(2026, 3, 26, 17, 40, 1)
add(build(H('Nuria Soler <nuria.soler@brightwellclinics.es>', 'No llegan los recordatorios a los candidatos', d, 'gmail', rcv=6, au='google'),
          gmail_alt(t, cte_plain='base64', cte_html='base64')),
    'bug', 'forward_support', '', 'es', 'gmail;multipart-alternative;base64;utf-8;received-6;dkim-arc', '')

# --- fr / self-scheduling offers taken slots (Apple Mail forward)
new = """Pour info – deuxième candidat cette semaine qui tombe sur un créneau déjà pris. Le lien d'auto-planification lui a proposé mardi 10h alors que le Dr Lambert avait déjà un entretien à cette heure-là (réservé via GoodTime aussi). Résultat : deux candidats sur le même créneau.

Julien


Début du message réexpédié :

De: Karim Haddad <karim.haddad@gmail.com>
Objet: Créneaux proposés
Date: 23 février 2026 à 18:12:40 UTC+1
À: Julien Moreau <julien.moreau@brightwellclinics.com>

Bonjour Monsieur Moreau,

J'ai réservé le créneau de mardi 10h via votre lien, mais on vient de m'appeler pour me dire qu'il y avait déjà quelqu'un. Pouvez-vous me dire quel créneau reste valable ?

Cordialement,
Karim Haddad
"""
d = D(2026, 2, 24, 8, 37, 1)
add(build(H('Julien Moreau <julien.moreau@brightwellclinics.com>', 'Fwd: ' + ew_q('Créneaux proposés'), d, 'apple_mail', rcv=5, au='m365'),
          apple_alt(new)),
    'bug', 'forward_support', '', 'fr', 'apple-mail;forward-begin-fr;multipart-alternative;qp;rfc2047-q-utf8;received-5;dkim-arc', 'double booking')

# --- pt / mojibake in candidate emails (Outlook html + PNG)
t = """Olá,

Desde ontem os emails de confirmação que o GoodTime envia aos candidatos chegam com os acentos todos trocados, por exemplo “ConfirmaÃ§Ã£o da sua entrevista” e “ClÃ­nica de Braga”. Já recebi duas respostas de candidatos a perguntar se o email era verdadeiro. Envio em anexo uma captura de ecrã.

Não é urgente para hoje, mas fica mal.

Obrigada,
Catarina Nunes
Coordenadora de Recrutamento · Lisboa"""
d = D(2026, 4, 22, 11, 26, 1)
p = png(96, 40, 7)
att = leaf(p, 'image/png; name="image001.png"', cte='base64',
           extra=[('Content-Description', 'image001.png'), ('Content-Disposition', 'attachment; filename="image001.png"; size=%d' % len(p))])
add(build(H('Catarina Nunes <catarina.nunes@brightwellclinics.pt>', '=?iso-8859-1?Q?Emails_de_confirma=E7=E3o_com_caracteres_estranhos?=', d, 'outlook', eu=True, lang='pt-PT', attach=True),
          multi('mixed', [leaf(outlook_html(t, 'utf-8', 'Calibri', 'PT'), 'text/html; charset="utf-8"', 'utf-8', 'quoted-printable'), att], b_outlook())),
    'bug', 'forward_support', '', 'pt', 'outlook-html-only;multipart-mixed;png-attachment;qp;rfc2047-q-latin1;mojibake-in-body', '')

# =====================================================================================
# SCHEDULING BLOCKERS (live, right now)
# =====================================================================================

t = """candidate for the MA role is at the front desk at Austin North, interview was 2:30. goodtime has Dr Patel on it but shes out sick today. who else can i grab?? need someone in like 10 min

Sent from my iPhone"""
d = D(2026, 3, 16, 14, 33, -5)
add(build(H('Tyler Brooks <tyler.brooks@brightwellclinics.com>', 'candidate here now no interviewer', d, 'iphone', rcv=5, au='m365'),
          iphone_plain(t, '7bit')),
    'scheduling_blocker', 'forward_support', '', 'en', 'iphone;plain;7bit;lowercase;typos;received-5;dkim-arc', 'candidate in the lobby')

t = """Panel for the clinic supervisor role starts at 11 (10 min). No Zoom link on the invite for any of us and the candidate is remote. What do we do??

Luis

Get Outlook for iOS<https://aka.ms/o0ukef>"""
d = D(2026, 2, 11, 10, 50, -7)
add(build(H('Luis Ortega <luis.ortega@brightwellclinics.com>', 'no zoom link!!', d, 'outlook_ios'),
          multi('alternative', [leaf(t, 'text/plain; charset="us-ascii"', 'us-ascii', '7bit'),
                                leaf(simple_html(t), 'text/html; charset="us-ascii"', 'us-ascii', 'quoted-printable')], b_outlook())),
    'scheduling_blocker', 'forward_support', '', 'en', 'outlook-ios;multipart-alternative;one-liner', 'panel in 10 minutes')

t = """Hi,

Interviewer (Claire Boyd) has just called in sick and the Team Lead interview is at 2pm today - 40 minutes from now. I'm trying to swap her for Ravi from the same pool and GoodTime throws "Unable to update interview" every time. Tried twice with Ravi and once with Sam.

Candidate: James Whitley, Call Centre Team Lead, interview ID 87402.

Hannah
Recruitment Coordinator | Manchester Call Centre
Brightwell Clinics UK Ltd"""
d = D(2026, 1, 21, 13, 20, 0)
add(build(H('Hannah Pryce <hannah.pryce@brightwellclinics.com>', 'Swap failing - interview at 2pm today', d, 'outlook', eu=True, lang='en-GB', rcv=6, au='m365', extra=[('Importance', 'high')]),
          outlook_alt(t, lang='EN-GB', font='Calibri')),
    'scheduling_blocker', 'forward_support', '', 'en', 'outlook-multipart-alternative;qp;received-6;dkim-arc;importance-high', 'swap fails 40 min before')

t = """Candidate is on the phone to me right now - the Teams link in her confirmation says the meeting has ended. Interview should have started 5 mins ago and the panel are sat in the room waiting. Can someone send a working link or tell me how to get one???

Sent from my iPhone"""
d = D(2026, 2, 25, 11, 5, 0)
add(build(H('Fiona McAllister <fiona.mcallister@brightwellclinics.com>', 'Teams link says meeting ended', d, 'iphone', msgid=None),
          iphone_plain(t)),
    'scheduling_blocker', 'forward_support', '', 'en', 'iphone;plain;qp;no-message-id', '')

t = """Our 9:30 onsite for the Nurse Manager role (Boston, candidate Tanya Ellis) has just vanished from all four interviewers' calendars and the candidate got a cancellation email. NOBODY cancelled it. She's on the train in right now. Attaching the cancellation that came through to me.

What do I do - can it be put back??

Megan"""
d = D(2026, 3, 23, 8, 47, -4)
cal = ics('CANCEL', 'Onsite interview - Tanya Ellis - Nurse Manager (Boston)', '20260323T133000Z', '20260323T163000Z',
          'GoodTime Scheduling:mailto:scheduling@goodtime.io', 'Megan O\'Rourke:mailto:megan.orourke@brightwellclinics.com', status='CANCELLED')
att = leaf(cal, 'text/calendar; charset="utf-8"; method=CANCEL; name="invite.ics"', 'utf-8', 'base64',
           extra=[('Content-Disposition', 'attachment; filename="invite.ics"')])
add(build(H("Megan O'Rourke <megan.orourke@brightwellclinics.com>", 'URGENT - 9:30 onsite disappeared, candidate on her way', d, 'outlook', rcv=7, au='m365', attach=True,
            extra=[('Importance', 'high'), ('X-Priority', '1')]),
          multi('mixed', [outlook_alt(t), att], b_outlook())),
    'scheduling_blocker', 'forward_support', '', 'en', 'outlook-multipart-mixed;ics-attachment;base64;received-7;dkim-arc;importance-high', 'onsite cancelled by itself 40 min before')

t = """CANDIDATE HAS BEEN SITTING IN THE TEAMS LOBBY FOR 15 MIN AND NONE OF THE 3 INTERVIEWERS HAVE A LINK IN THEIR INVITE. WHO CAN FIX THIS RIGHT NOW. screenshot of the invite attached. clinic director role, phoenix.

Derek"""
d = D(2026, 4, 7, 10, 17, -7)
p = png(80, 44, 11)
att = leaf(p, 'image/png; name="Screenshot 2026-04-07 101402.png"', cte='base64',
           extra=[('Content-Disposition', 'attachment; filename="Screenshot 2026-04-07 101402.png"')])
add(build(H('Derek Voss <derek.voss@brightwellclinics.com>', 'CANDIDATE WAITING - NO LINK', d, 'outlook', rcv=5, au='m365', attach=True),
          multi('mixed', [outlook_alt(t), att], b_outlook())),
    'scheduling_blocker', 'forward_support', '', 'en', 'outlook-multipart-mixed;png-attachment;angry-capitals;received-5;dkim-arc', '')

new = """help - she's here now, reception don't have her on the list and the interviewers have no invite. GoodTime shows it as scheduled??

Aisha

"""
fw = """~~~
From: Chloe Adams <chloe.adams94@gmail.com>
Sent: 05 March 2026 09:52
To: Aisha Patel <aisha.patel@brightwellclinics.com>
Subject: Graduate assessment - arrived

Hi Aisha,

I'm at the reception of the Kingsway clinic for my 10:00 graduate scheme assessment but they can't find me on their list. Should I wait here?

Thanks,
Chloe"""
d = D(2026, 3, 5, 9, 55, 0)
add(build(H('Aisha Patel <aisha.patel@brightwellclinics.com>', 'FW: Graduate assessment - arrived', d, 'outlook', eu=True, lang='en-GB', rcv=6, au='m365', topic='Graduate assessment - arrived'),
          outlook_alt(new + fw.replace('~~~\n', '________________________________\n'), new + fw, lang='EN-GB')),
    'scheduling_blocker', 'forward_support', '', 'en', 'outlook-forward;multipart-alternative;qp;received-6;dkim-arc', 'forward with a line on top')

rows = [('Requester', 'Brianna Lee &lt;brianna.lee@brightwellclinics.com&gt;'), ('Location', 'Austin South'), ('Priority selected', 'Urgent - interview today'),
        ('Request', 'Phone screen at 4:00 PM CT today (about 20 min from now). Candidate self-booked but her confirmation has no dial-in number and the interviewer (Dr. Hughes) doesn\'t have it on his calendar at all. Need it sorted before 4 or I have to call her and move it.'),
        ('Candidate', 'Alyssa Moreno, req 3317')]
hb = ('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px">'
      '<h3>New help line request</h3><table cellpadding="6" border="0">'
      + ''.join('<tr><td><b>%s</b></td><td>%s</td></tr>' % r for r in rows)
      + '</table><p style="color:#888;font-size:11px">Sent via the Brightwell intranet form. Replies to this address are not monitored.</p></body></html>')
d = D(2026, 4, 13, 15, 41, -5)
add(build(H('GoodTime Help Line Form <forms-noreply@brightwellclinics.com>', 'Urgent help request - Brianna Lee', d, 'other', msgid=mid('other', 'intranet.brightwellclinics.com'),
            rcv=5, rcv_kind='generic', extra=[('Auto-Submitted', 'auto-generated'), ('X-Auto-Response-Suppress', 'All'), ('Reply-To', 'brianna.lee@brightwellclinics.com')]),
          leaf(hb, 'text/html; charset=utf-8', 'utf-8', 'quoted-printable')),
    'scheduling_blocker', 'forward_support|needs_review', '', 'en', 'form-mailer;html-only;auto-submitted;x-auto-response-suppress;no-reply-from;received-5',
    'live blocker through a form')

t = """Hallo,
die Bewerberin für die MFA-Stelle sitzt seit 10 Minuten bei uns am Empfang in München-Schwabing. In GoodTime steht das Gespräch erst für morgen 14 Uhr drin, in Dr. Hubers Kalender aber heute 14 Uhr, und sie hat auch eine Bestätigung für heute. Was stimmt denn jetzt und wer führt das Gespräch?? Bitte schnell melden.

Petra

Von meinem iPhone gesendet"""
d = D(2026, 3, 12, 14, 10, 1, style=1)
add(build(H('Petra Lange <petra.lange@brightwellclinics.de>', 'Bewerberin sitzt am Empfang – laut GoodTime erst morgen?!'.encode('utf-8'), d, 'iphone', rcv=6, au='m365'),
          iphone_plain(t)),
    'scheduling_blocker', 'forward_support', '', 'de', 'iphone;plain;qp;raw-utf8-subject;received-6;dkim-arc;mobile-signature-de', 'candidate at reception')

new = """Urgente: la entrevista es a las 12:00 (en 15 minutos) y la candidata dice que el enlace de Meet le da error de «reunión no encontrada». Los entrevistadores tampoco pueden entrar. ¿Alguien puede mirarlo YA?

Pablo"""
fwh = """---------- Forwarded message ---------
De: Laura Méndez <laura.mendez.r@gmail.com>
Date: jue, 19 mar 2026 a las 11:41
Subject: Enlace entrevista
To: <pablo.serrano@brightwellclinics.es>"""
fwb = """Hola Pablo, intento entrar al enlace de la entrevista de las 12 y me sale que la reunión no existe. ¿Me podéis mandar otro?

Gracias,
Laura"""
d = D(2026, 3, 19, 11, 45, 1)
add(build(H('Pablo Serrano <pablo.serrano@brightwellclinics.es>', 'Fwd: Enlace entrevista', d, 'gmail_android', rcv=6, au='google'),
          gmail_alt(new + '\n\n' + fwh + '\n\n\n' + fwb + '\n', gmail_html(new, fwd=(fwh, fwb)))),
    'scheduling_blocker', 'forward_support', '', 'es', 'gmail-android;forwarded-message;multipart-alternative;qp;received-6;dkim-arc', 'interview in 15 minutes')

t = """Bonjour,

GoodTime a réservé la salle Jade à la clinique de Lille pour l'entretien de 15h (candidate infirmière, Mme Roussel), mais la salle est occupée par une formation jusqu'à 17h et personne n'était au courant. La candidate arrive dans 20 minutes et les deux recruteurs sont prêts. Je peux prendre une autre salle sans tout casser dans GoodTime ? Vite svp.

Hugo Lambert
Coordinateur recrutement – Lille"""
d = D(2026, 2, 3, 14, 40, 1)
add(build(H('Hugo Lambert <hugo.lambert@brightwellclinics.com>', ew_q('URGENT salle occupée – entretien dans 20 min', 'utf-8'), d, 'owa', eu=True, lang='fr-FR', msgid='bare'),
          multi('alternative', [leaf(t, 'text/plain; charset="utf-8"', 'utf-8', 'base64'),
                                leaf(simple_html(t, 'Aptos'), 'text/html; charset="utf-8"', 'utf-8', 'base64')], b_outlook())),
    'scheduling_blocker', 'forward_support', '', 'fr', 'owa;multipart-alternative;base64;utf-8;rfc2047-q-utf8;message-id-no-brackets', '')

t = """Olá, a candidata para técnica de análises clínicas já está aqui no laboratório do Porto (entrevista às 10h, daqui a 5 min) e o Dr. Nuno Teixeira diz que não recebeu convite nenhum, nem tem nada no calendário. No GoodTime aparece como marcada com ele. O que faço? Ligo-lhe e pronto? Preciso de ajuda já.

Sofia

Enviado do meu iPhone"""
d = D(2026, 1, 28, 9, 55, 0)
add(build(H('Sofia Ribeiro <sofia.ribeiro@brightwellclinics.pt>', '=?UTF-8?Q?candidata_=C3=A0_espera=2C_entrevistador_sem_convite?=', d, 'iphone', rcv=5, rcv_kind='google', au='google'),
          iphone_plain(t, 'base64')),
    'scheduling_blocker', 'forward_support', '', 'pt', 'iphone;plain;base64;rfc2047-q-utf8;received-5;dkim-arc;mobile-signature-pt', 'interview in 5 minutes')

# =====================================================================================
# FEATURE REQUESTS
# =====================================================================================

t = """Hi,

Not an emergency, but it matters to us: on every public holiday and clinic closure day, GoodTime happily offers interview slots because the interviewers' calendars are empty. It would be great if GoodTime had an organisation-wide "closed" calendar per location, so nobody gets offered Memorial Day, or the week the Boston clinic is being refurbished. We'd use it constantly.

Thanks,
Kendra

Kendra Hollis
Executive Assistant to the Chief Operating Officer
Brightwell Clinics"""
d = D(2026, 4, 29, 17, 3, -4)
add(build(H('Kendra Hollis <kendra.hollis@brightwellclinics.com>', 'URGENT: GoodTime needs a clinic closure calendar', d, 'outlook', rcv=5, au='m365'),
          outlook_alt(t)),
    'feature_request', 'product_board_reply', '', 'en', 'outlook-multipart-alternative;qp;received-5;dkim-arc;urgent-subject-over-wish', 'URGENT over a wish')

t = """would be so good if candidates could pick which clinic they interview at in the self scheduling link, we have 3 in austin and they always email asking which one. just an idea

Sent from my iPhone"""
d = D(2026, 2, 6, 12, 40, -6, style=1)
add(build(H('Tyler Brooks <tyler.brooks@brightwellclinics.com>', 'idea', d, 'iphone'),
          iphone_plain(t, '7bit')),
    'feature_request', 'product_board_reply', '', 'en', 'iphone;plain;7bit;lowercase-terse', '')

t = """Hi,

Wish-list item: when a whole assessment day has to move (fire alarm evacuation last Tuesday, we lost the afternoon) I had to reschedule 14 candidates one by one in GoodTime. A "move everything on this day to another day" option would have saved me about three hours and a lot of swearing.

Hannah"""
d = D(2026, 3, 2, 17, 55, 0)
add(build(H('Hannah Pryce <hannah.pryce@brightwellclinics.com>', 'Feature wish: move a whole assessment day', d, 'outlook', eu=True, lang='en-GB'),
          outlook_alt(t, lang='EN-GB', font='Calibri')),
    'feature_request', 'product_board_reply', '', 'en', 'outlook-multipart-alternative;qp', '')

t = """Hello,

A suggestion for GoodTime, if you pass these on: it would help a lot if candidate emails could go out automatically in the candidate's language. We recruit in Spain, Portugal, France and Germany from the same account, and at the moment coordinators keep copies of each template per language and it's far too easy to pick the wrong one - we sent a German confirmation to a candidate in Porto last week.

Best,
Rebecca

Rebecca Hale
Recruiting Operations, EMEA
Brightwell Clinics UK Ltd | 1 Kingsway, London WC2B 6AN"""
d = D(2026, 4, 15, 14, 8, 1)
add(build(H('Rebecca Hale <rebecca.hale@brightwellclinics.com>', 'Suggestion - candidate emails in the candidate\'s language', d, 'owa', eu=True, lang='en-GB', rcv=5, au='m365'),
          multi('alternative', [leaf(t, 'text/plain; charset="iso-8859-1"', 'iso-8859-1', 'quoted-printable'),
                                leaf(simple_html(t, 'Aptos'), 'text/html; charset="iso-8859-1"', 'iso-8859-1', 'quoted-printable')], b_outlook())),
    'feature_request', 'product_board_reply', '', 'en', 'owa;multipart-alternative;qp;iso-8859-1;received-5;dkim-arc', '')

t = """Hello,

Would it be possible for GoodTime to read our nurse rota (HealthRoster) so that nurses coming off night shifts aren't offered daytime interview slots? Their Outlook calendars look empty because the rota doesn't go in there, so GoodTime thinks they're free at 10am after a 12-hour night.

Kind regards,
Marcus Green
Nurse Manager, Bristol
Brightwell Clinics UK Ltd"""
d = D(2026, 1, 16, 7, 12, 0)
alt = outlook_alt(t, lang='EN-GB', font='Calibri')
tn = tnef()
att = leaf(tn, 'application/ms-tnef; name="winmail.dat"', cte='base64', extra=[('Content-Disposition', 'attachment; filename="winmail.dat"')])
add(build(H('Marcus Green <marcus.green@brightwellclinics.com>', 'GoodTime and the nursing rota', d, 'outlook', eu=True, lang='en-GB', attach=True),
          multi('mixed', [alt, att], b_outlook())),
    'feature_request', 'product_board_reply', '', 'en', 'outlook-multipart-mixed;winmail.dat;qp', '')

t = """Would be great to have one weekly view of every interview happening at my clinic - who, when, which room. Right now I have to click into each candidate. Pass it on to the GoodTime folks?

Luis

Get Outlook for iOS<https://aka.ms/o0ukef>"""
d = D(2026, 4, 20, 7, 48, -6)
add(build(H('Luis Ortega <luis.ortega@brightwellclinics.com>', 'weekly view', d, 'outlook_ios', rcv=5, au='m365'),
          multi('alternative', [leaf(t, 'text/plain; charset="us-ascii"', 'us-ascii', '7bit'),
                                leaf(simple_html(t), 'text/html; charset="us-ascii"', 'us-ascii', 'quoted-printable')], b_outlook())),
    'feature_request', 'product_board_reply', '', 'en', 'outlook-ios;multipart-alternative;received-5;dkim-arc', '')

new = """Another one about parking. Could the itinerary have a proper "getting here" section (parking, which entrance, a map) that we fill in once per clinic? Candidates keep getting lost at Austin South.

Brianna

Sent from my iPhone

Begin forwarded message:

> From: Jordan Price <jprice.rn@yahoo.com>
> Date: April 14, 2026 at 4:02:18 PM CDT
> To: Brianna Lee <brianna.lee@brightwellclinics.com>
> Subject: Re: Interview tomorrow
> 
> Hi Brianna, just a heads up that I drove around for 15 min looking for parking and the right entrance - the email only had the street address. Thanks for today though!
> 
> Jordan
"""
d = D(2026, 4, 14, 16, 20, -5)
add(build(H('Brianna Lee <brianna.lee@brightwellclinics.com>', 'Fwd: Interview tomorrow', d, 'iphone', rcv=5, au='m365'),
          iphone_plain(new)),
    'feature_request', 'product_board_reply', '', 'en', 'iphone;begin-forwarded-message;plain;qp;received-5;dkim-arc', 'forward with a line on top')

t = """Suggestion: let interviewers flag themselves as on call for a week so GoodTime doesn't offer them for interviews. Our engineers on the on-call rota keep getting booked and then have to decline. (Yes, we could block our calendars. Nobody does.)

Nate
"""
d = D(2026, 2, 27, 22, 6, -5)
add(build(H('Nate Lindqvist <nate.lindqvist@brightwellclinics.com>', 'on-call flag for interviewers?', d, 'tbird', msgid=None),
          leaf(t, 'text/plain; charset=UTF-8; format=flowed', 'utf-8', '7bit')),
    'feature_request', 'product_board_reply', '', 'en', 'thunderbird;plain;no-message-id;night', '')

new = """Thanks, that worked - the seminar room shows up now.

One wish while I have you: could interviewers get a one-click "running late" button that lets the candidate know? Our BMSs get held up in the lab and the candidate just sits there wondering.

Oliver

-----Original Message-----
From: GoodTime Help Line <helpline@brightwellclinics.com> 
Sent: 23 February 2026 15:10
To: Oliver Bennett <oliver.bennett@brightwellclinics.com>
Subject: RE: Leeds lab room not showing

Hi Oliver,

The seminar room at Thorpe Park wasn't enabled as a room resource in GoodTime. It is now - give it ten minutes and refresh.

Help line
"""
d = D(2026, 2, 24, 8, 44, 0)
add(build(H('Oliver Bennett <oliver.bennett@brightwellclinics.com>', 'RE: Leeds lab room not showing', d, 'outlook', eu=True, lang='en-GB', irt=mid('outlook_eu'), refs=mid('outlook_eu')),
          leaf(new, 'text/plain; charset="us-ascii"', 'us-ascii', '7bit')),
    'feature_request', 'product_board_reply', '', 'en', 'outlook-plain;original-message-quote;reply-on-top;two-topics', 'thanks + wish')

t = """Small idea: could GoodTime post to a Teams channel when a candidate self-books? People Analytics tracks time-to-schedule and we'd love a live feed instead of waiting for the monthly export.

P."""
d = D(2026, 3, 13, 15, 22, -4)
add(build(H('Priya Raman <priya.raman@brightwellclinics.com>', 'small idea - Teams notification', d, 'apple_mail'),
          apple_alt(t)),
    'feature_request', 'product_board_reply', '', 'en', 'apple-mail;multipart-alternative;qp', '')

t = """Hola,

Sugerencia para GoodTime: estaría genial poder duplicar una plantilla de entrevista y cambiar solo un par de cosas. Ahora para cada clínica (Madrid, Valencia, Sevilla, Barcelona) montamos la plantilla desde cero y es un rollo, además de que acaban siendo todas un poco distintas.

Un saludo,
Beatriz Romero
Técnica de Selección · Madrid"""
d = D(2026, 4, 23, 12, 30, 2)
add(build(H('Beatriz Romero <beatriz.romero@brightwellclinics.es>', 'Sugerencia: duplicar plantillas'.encode('utf-8'), d, 'gmail', rcv=5, au='google'),
          gmail_alt(t)),
    'feature_request', 'product_board_reply', '', 'es', 'gmail;multipart-alternative;qp;raw-utf8-subject;received-5;dkim-arc', '')

t = """Olá,

Uma sugestão para o GoodTime: seria muito útil o candidato poder remarcar ele próprio a entrevista a partir do email de confirmação, sem ter de nos escrever. Metade dos emails que recebo são pedidos para mudar a hora.

Obrigada!
Helena Costa
Recrutadora · Braga"""
d = D(2026, 3, 30, 9, 51, 1)
add(build(H('Helena Costa <helena.costa@brightwellclinics.pt>', ew_q('Sugestão: candidato remarcar sozinho', 'iso-8859-1'), d, 'gmail', rcv=6, au='google'),
          gmail_alt(t)),
    'feature_request', 'product_board_reply', '', 'pt', 'gmail;multipart-alternative;qp;rfc2047-q-latin1;received-6;dkim-arc', '')

# =====================================================================================
# ESCALATIONS (CSM matters)
# =====================================================================================

t = """Hi,

Heads-up and a question: we open two new clinics in San Antonio in May and will be adding roughly 40 hiring managers and interviewers to GoodTime over the next four weeks. Do we have enough licences on our current contract to cover that, and if not, who do we talk to at GoodTime about adding seats before go-live? Finance need a number by 15 April.

Thanks,
Dana"""
d = D(2026, 3, 30, 10, 5, -4)
add(build(H('Dana Whitfield <dana.whitfield@brightwellclinics.com>', 'Seats for the two new Texas clinics', d, 'outlook', rcv=6, au='m365'),
          outlook_alt(t)),
    'escalation', 'flag_csm', '', 'en', 'outlook-multipart-alternative;qp;received-6;dkim-arc', 'licences / seats')

t = """Hi,

Our GoodTime contract renews on 30 June. Before finance signs anything I'd like:

1. a usage review - who is actually using it, and how scheduling times have moved since go-live;
2. a conversation about pricing for bringing the Spanish and Portuguese entities onto the same contract.

Could you set up time with GoodTime's account team for the second or third week of May? I'd like Dana and Rebecca in it too.

Regards,
Greg

Gregory Nash
Director of Talent Acquisition
Brightwell Clinics
200 Clarendon Street, 14th Floor | Boston, MA 02116
T +1 617 555 0148

The information contained in this e-mail is CONFIDENTIAL and intended only for the named recipient(s). If you are not the intended recipient, please notify the sender immediately and delete this e-mail. Brightwell Clinics does not accept liability for any error or omission in the contents of this message which arise as a result of e-mail transmission."""
d = D(2026, 4, 10, 11, 32, -4)
tn = tnef()
att = leaf(tn, 'application/ms-tnef; name="winmail.dat"', cte='base64', extra=[('Content-Disposition', 'attachment; filename="winmail.dat"')])
subj = 'GoodTime contract renewal (30 June 2026) - usage review and pricing for the\n Spain and Portugal entities before finance sign-off'
add(build(H('"Nash, Gregory" <gregory.nash@brightwellclinics.com>', subj, d, 'outlook', rcv=9, au='m365', attach=True,
            cc='Dana Whitfield <dana.whitfield@brightwellclinics.com>'),
          multi('mixed', [outlook_alt(t), att], b_outlook())),
    'escalation', 'flag_csm', '', 'en', 'outlook-multipart-mixed;winmail.dat;long-folded-subject;received-9;dkim-arc;long-signature;disclaimer-confidential-error', 'renewal / pricing')

t = """Hi,

We've got eight new recruiters and coordinators starting at the Manchester call centre on 13 April. Could we arrange a proper GoodTime training session for the whole group - ideally live with someone from GoodTime, covering panels, pools, reschedules and how we do things here? Happy to host it in Manchester or on Teams.

Cheers,
Craig

Craig Dunlop
Operations Manager | Manchester Call Centre
Brightwell Clinics UK Ltd"""
d = D(2026, 3, 17, 12, 2, 0)
add(build(H('Craig Dunlop <craig.dunlop@brightwellclinics.com>', 'Training for new call centre recruiting team', d, 'outlook_mac', eu=True, lang='en-GB', rcv=5, au='m365'),
          multi('alternative', [leaf(t, 'text/plain; charset="us-ascii"', 'us-ascii', '7bit'),
                                leaf(simple_html(t, 'Aptos'), 'text/html; charset="us-ascii"', 'us-ascii', 'quoted-printable')], b_outlook())),
    'escalation', 'flag_csm', '', 'en', 'outlook-mac;multipart-alternative;received-5;dkim-arc', 'team training request')

t = """I'll be blunt. The last six weeks with GoodTime have been rough: calendar sync dropped twice, video links went missing, interviews duplicating in the ATS, and tickets that sit for days. Coordinators in two regions have started going back to spreadsheets, which defeats the point of paying for this.

Before our leadership review on the 24th I need a proper conversation with GoodTime about what's being fixed, by when, and what they intend to do about the service we've had. Please set that up this week.

Monica

Sent from my iPad"""
d = D(2026, 3, 10, 23, 55, -4)
add(build(H('Monica Reyes <monica.reyes@brightwellclinics.com>', 'GoodTime - we need to talk', d, 'iphone', rcv=6, au='m365'),
          iphone_plain(t)),
    'escalation', 'flag_csm', '', 'en', 'ipad;plain;qp;received-6;dkim-arc;night', 'overall complaint')

t = """Hi,

For the fourth time since January, GoodTime has lost the Outlook connection for the entire Manchester call centre recruiting team this morning. Nobody's availability is showing, every slot looks free, and we've already had two interviews booked on top of existing meetings today.

The first occurrence was raised with GoodTime Support in January (ticket 39910) and is still sitting as "pending". Each time it comes back after a day or two without anyone telling us why.

I need two things: this fixed today, and someone senior at GoodTime to explain why it keeps happening and what they're doing about it. This is not sustainable for a team doing 60 interviews a week.

Paul

Paul Greaves
Head of Recruitment, UK
Brightwell Clinics UK Ltd"""
d = D(2026, 3, 25, 9, 14, 0)
add(build(H('Paul Greaves <paul.greaves@brightwellclinics.com>', '4th time this quarter - GoodTime lost the calendar connection for the whole\n Manchester team', d, 'outlook', eu=True, lang='en-GB', rcv=10, au='m365',
            cc='Craig Dunlop <craig.dunlop@brightwellclinics.com>', extra=[('Importance', 'high')]),
          outlook_alt(t, lang='EN-GB', font='Calibri')),
    'escalation', 'flag_csm+forward_support', '', 'en', 'outlook-multipart-alternative;qp;long-folded-subject;received-10;dkim-arc;importance-high', 'recurring + live fault today')

t = """Hello,

From May we're moving all RN hiring across the US clinics to a single panel day per week per region, instead of the ad-hoc interviews we do now. That means new interview templates, reworked interviewer pools and probably a different training path for nurse interviewers.

Before we build anything I'd like GoodTime's input on how other healthcare customers set this up, and whether there are pitfalls we should know about. Who can we work with on the process side?

Best regards,
Alan

Dr. Alan Whitmore, DNP, RN
Chief Nursing Officer
Brightwell Clinics"""
d = D(2026, 4, 2, 7, 31, -4)
add(build(H('"Whitmore, Alan" <alan.whitmore@brightwellclinics.com>', 'Changing how we hire RNs from May - need GoodTime\'s input', d, 'outlook', rcv=6, au='m365'),
          leaf(outlook_html(t), 'text/html; charset="us-ascii"', 'us-ascii', 'quoted-printable')),
    'escalation', 'flag_csm', '', 'en', 'outlook-html-only;qp;received-6;dkim-arc', 'org-wide process change')

t = """Hi,

Tech team here. We're bringing the Spanish and Portuguese subsidiaries onto the main GoodTime account: we need brightwellclinics.es and brightwellclinics.pt added as domains on our org, SSO set up on GoodTime's side for them, and the ~25 users Lisbon created in a separate trial workspace last year moved over without losing their history.

Who at GoodTime handles account-level changes like this, and can the help line set up the conversation? Target is end of May.

Tom Ashby
Senior Systems Engineer, Brightwell Tech
"""
d = D(2026, 4, 17, 10, 40, 1)
add(build(H('Tom Ashby <tom.ashby@brightwellclinics.com>', 'Adding .es / .pt domains to our GoodTime org + SSO', d, 'tbird', rcv=5, rcv_kind='generic'),
          leaf(t, 'text/plain; charset=UTF-8; format=flowed', 'utf-8', '7bit')),
    'escalation', 'flag_csm', '', 'en', 'thunderbird;plain;7bit;received-5', 'account / domains / SSO')

t = """Hi,

Since last Thursday every candidate email from GoodTime (confirmations, availability requests, the lot) arrives with the sender name "Test Sender" instead of "Brightwell Clinics Recruiting". Candidates think it's spam: three didn't show this week and one asked whether we were a scam. We raised it with Support on Friday; no fix yet and it's still happening this morning.

This is hurting how candidates see us across every UK clinic. I'd like it fixed, and I'd like someone at GoodTime to explain how a test setting ended up on our live account.

Sarah

Sarah Kim | HR Business Partner, UK
Brightwell Clinics UK Ltd"""
d = D(2026, 4, 20, 8, 58, 1)
add(build(H('Sarah Kim <sarah.kim@brightwellclinics.com>', 'Candidate emails going out as "Test Sender" - still happening', d, 'outlook', eu=True, lang='en-GB', rcv=7, au='m365'),
          outlook_alt(t, cs_plain='utf-8', cs_html='utf-8', lang='EN-GB')),
    'escalation', 'flag_csm+forward_support', '', 'en', 'outlook-multipart-alternative;qp;utf-8;received-7;dkim-arc', 'unresolved + live fault')

t = """Hi,

Doing the Q2 software review. We're invoiced for 260 GoodTime seats but the usage export (attached) shows about 190 people have logged in since January. Can we reduce the seat count mid-term, or only at renewal? And is there a cost to moving seats between the US and UK entities?

I need an answer for the budget pack by 20 April.

Linda Park
Finance Business Partner - People & Technology
Brightwell Clinics"""
d = D(2026, 4, 8, 14, 44, -4)
pd = pdf(['GoodTime usage export - Jan-Mar 2026', 'Licensed seats: 260', 'Active users (logged in since 1 Jan): 189',
          'US: 131   UK: 44   DE: 9   FR: 5', 'Generated 2026-04-07 by People Analytics'])
att = leaf(pd, 'application/pdf; name="GoodTime_usage_Jan-Mar_2026.pdf"', cte='base64',
           extra=[('Content-Disposition', 'attachment; filename="GoodTime_usage_Jan-Mar_2026.pdf"')])
add(build(H('Linda Park <linda.park@brightwellclinics.com>', 'GoodTime seats - paying for 260, using ~190', d, 'outlook', rcv=6, au='m365', attach=True),
          multi('mixed', [outlook_alt(t), att], b_outlook())),
    'escalation', 'flag_csm', '', 'en', 'outlook-multipart-mixed;pdf-attachment;base64;received-6;dkim-arc', 'seat reduction')

new = """Hi help line - see below from Diane. Could you set this up with GoodTime's side? She's free the weeks of 11 and 18 May, mornings ET preferred.

Thanks,
Kendra

"""
fw = """~~~
From: Diane Mercer <diane.mercer@brightwellclinics.com>
Sent: Monday, April 27, 2026 6:12 PM
To: Kendra Hollis <kendra.hollis@brightwellclinics.com>
Subject: GoodTime review

Kendra - can you get us a quarterly review with GoodTime in the diary? I want adoption by region, time-to-schedule, and what's on their roadmap for the next two quarters. Greg and Monica should join.

D."""
d = D(2026, 4, 28, 8, 20, -4)
add(build(H('Kendra Hollis <kendra.hollis@brightwellclinics.com>', 'FW: GoodTime review', d, 'outlook', rcv=5, au='m365', topic='GoodTime review'),
          outlook_alt(new + fw.replace('~~~\n', '________________________________\n'), new + fw)),
    'escalation', 'flag_csm', '', 'en', 'outlook-forward;multipart-alternative;qp;received-5;dkim-arc', 'quarterly business review')

t = """Hallo zusammen,

ab Mai verstärken fünf neue Kolleginnen unser Recruiting in Berlin und München. Ich würde gern eine richtige GoodTime-Schulung für das ganze Team organisieren, am liebsten direkt mit jemandem von GoodTime, remote und wenn möglich auf Deutsch – Schwerpunkte Panels, Interviewer-Pools und Umplanungen.

Könnt ihr das mit GoodTime abstimmen? Zeitraum wäre KW 19 oder 20.

Viele Grüße
Stefan Wolf
Leitung Recruiting DACH
Brightwell Clinics GmbH · Friedrichstraße 68 · 10117 Berlin

Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail."""
d = D(2026, 4, 1, 16, 12, 2)
subj = ('=?iso-8859-1?Q?Schulung_GoodTime_f=FCr_neue_Recruiting-Kolleginnen_?=\n'
        ' =?iso-8859-1?Q?=28Berlin/M=FCnchen=29?=')
add(build(H('Stefan Wolf <stefan.wolf@brightwellclinics.de>', subj, d, 'outlook', eu=True, lang='de-DE', rcv=6, au='m365'),
          outlook_alt(t, cs_plain='windows-1252', cs_html='windows-1252', lang='DE', font='Calibri')),
    'escalation', 'flag_csm', '', 'de', 'outlook-multipart-alternative;qp;windows-1252;rfc2047-q-latin1-folded;received-6;dkim-arc;disclaimer-de', 'team training request')

t = """Bonjour,

Nous payons des licences GoodTime pour les cliniques françaises depuis septembre, mais l'intégration avec notre ATS n'a réellement fonctionné qu'à partir de février, après cinq mois de tickets et de relances. Pendant tout ce temps, l'équipe a travaillé en double.

Avant de valider le renouvellement, je souhaite un point avec la personne qui suit notre compte chez GoodTime, pour revenir sur cette période et sur ce qu'ils proposent en compensation.

Pouvez-vous l'organiser ?

Cordialement,
Isabelle Faure
Directrice des Ressources Humaines France
Brightwell Clinics France SAS"""
d = D(2026, 3, 6, 18, 2, 1)
add(build(H('Isabelle Faure <isabelle.faure@brightwellclinics.com>', ew_b('Licences France / intégration ATS – point avant renouvellement'), d, 'outlook', eu=True, lang='fr-FR', rcv=7, au='m365'),
          outlook_alt(t, cs_plain='utf-8', cs_html='utf-8', lang='FR')),
    'escalation', 'flag_csm', '', 'fr', 'outlook-multipart-alternative;qp;utf-8;rfc2047-b-utf8;received-7;dkim-arc', 'contract / complaint')

# =====================================================================================
# NOISE
# =====================================================================================

# --- OOO with Auto-Submitted
t = """Thank you for your email. I am out of the office from Friday 3 April, returning Monday 13 April, with no access to email.

For URGENT recruiting matters please contact Jamal Carter (jamal.carter@brightwellclinics.com). Otherwise I will respond when I'm back.

Megan"""
d = D(2026, 4, 6, 10, 0, -4)
add(build(H("Megan O'Rourke <megan.orourke@brightwellclinics.com>", 'Automatic reply: GoodTime tip of the week: use pools, not names', d, 'outlook', rcv=5, au='m365',
            extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All'), ('X-MS-Exchange-Inbox-Rules-Loop', 'megan.orourke@brightwellclinics.com')]),
          outlook_alt(t)),
    'noise', 'ignore', '', 'en', 'out-of-office;auto-submitted;multipart-alternative;received-5;dkim-arc', 'OOO mentioning URGENT')

# --- OOO without any auto headers
t = """I'm at a conference until Wed 22 April and will reply when I'm back. If this is about an interview this week, please reach out to Aaron Feld.

Nate"""
d = D(2026, 4, 16, 13, 30, -4)
add(build(H('Nate Lindqvist <nate.lindqvist@brightwellclinics.com>', 'Out of Office: Re: Interviewer calibration session', d, 'other', msgid=mid('other')),
          leaf(t, 'text/plain; charset=us-ascii', 'us-ascii', '7bit')),
    'noise', 'ignore', '', 'en', 'out-of-office;no-auto-submitted;plain', 'OOO without auto headers')

# --- bounce (DSN)
orig_mid = mid('outlook')
human = """This is the mail system at host mx1.brightwellclinics.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<ryan.mcbride@brightwellclinics.com>: host
    brightwellclinics-com.mail.protection.outlook.com[52.101.40.26] said: 550
    5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient
    ryan.mcbride@brightwellclinics.com not found by SMTP address lookup (in
    reply to RCPT TO command)
"""
ds = """Reporting-MTA: dns; mx1.brightwellclinics.com
X-Postfix-Queue-ID: 4F2C81A0031
X-Postfix-Sender: rfc822; helpline@brightwellclinics.com
Arrival-Date: Thu, 12 Feb 2026 15:40:11 +0000 (UTC)

Final-Recipient: rfc822; ryan.mcbride@brightwellclinics.com
Original-Recipient: rfc822;ryan.mcbride@brightwellclinics.com
Action: failed
Status: 5.1.10
Remote-MTA: dns; brightwellclinics-com.mail.protection.outlook.com
Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient
    ryan.mcbride@brightwellclinics.com not found by SMTP address lookup
"""
orig = """From: GoodTime Help Line <helpline@brightwellclinics.com>
To: Ryan McBride <ryan.mcbride@brightwellclinics.com>
Subject: RE: Panel template for Denver
Date: Thu, 12 Feb 2026 15:40:09 +0000
Message-ID: %s
Content-Type: text/plain; charset="us-ascii"
MIME-Version: 1.0

Hi Ryan,

The Denver panel template now has the 15-minute break after session two. Shout if it still pre-fills the old way.

Help line
""" % orig_mid
d = D(2026, 2, 12, 15, 40, 0, s=14)
rep = multi('report', [leaf(human, 'text/plain; charset=us-ascii', cte=None, extra=[('Content-Description', 'Notification')]),
                       leaf(ds, 'message/delivery-status', cte=None, extra=[('Content-Description', 'Delivery report')]),
                       leaf(orig, 'message/rfc822', cte=None, extra=[('Content-Description', 'Undelivered Message')])],
            '4F2C81A0031.1770910814/mx1.brightwellclinics.com', params=' report-type=delivery-status;')
rep['body'] = b'This is a MIME-encapsulated message.\n\n' + rep['body']
add(build([('Return-Path', '<>')] + received(d, 2, 'generic', helo='brightwellclinics.com') +
          [('From', 'MAILER-DAEMON@mx1.brightwellclinics.com (Mail Delivery System)'), ('Subject', 'Undelivered Mail Returned to Sender'),
           ('To', HELPADDR), ('Auto-Submitted', 'auto-replied'), ('Date', d), ('Message-Id', '<20260212154014.4F2C81A0031@mx1.brightwellclinics.com>')], rep),
    'noise', 'ignore', '', 'en', 'bounce;multipart-report;delivery-status;mailer-daemon;received-2', '')

# --- vendor newsletter
t = """What's new in GoodTime - March 2026

Hi there,

Here's what shipped this month:

* Smarter load balancing: pools now factor in last week's interviews.
* Room suggestions for multi-day onsites.
* A refreshed candidate itinerary template with better mobile layout.

Join our live walkthrough on 26 March at 11am ET: https://email.goodtime.io/c/eJx1kE1uwzAIhU8T7xwZ

You're receiving this because you're a GoodTime customer admin.
Unsubscribe: https://email.goodtime.io/unsubscribe?u=8f2a91c7&l=brightwellclinics
GoodTime, Inc."""
hb = ('<!DOCTYPE html><html><head><meta name="viewport" content="width=device-width"><title>GoodTime</title></head>'
      '<body style="margin:0;background:#f4f2fb"><table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">'
      '<table width="600" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif"><tr><td style="padding:24px">'
      '<h1 style="color:#5b2fd6">What\'s new in GoodTime &ndash; March 2026</h1><p>Hi there,</p><p>Here\'s what shipped this month:</p>'
      '<ul><li>Smarter load balancing: pools now factor in last week\'s interviews.</li><li>Room suggestions for multi-day onsites.</li>'
      '<li>A refreshed candidate itinerary template with better mobile layout.</li></ul>'
      '<p><a href="https://email.goodtime.io/c/eJx1kE1uwzAIhU8T7xwZ" style="background:#5b2fd6;color:#fff;padding:10px 18px;text-decoration:none">Save your seat</a></p>'
      '<p style="font-size:11px;color:#888">You\'re receiving this because you\'re a GoodTime customer admin. <a href="https://email.goodtime.io/unsubscribe?u=8f2a91c7&amp;l=brightwellclinics">Unsubscribe</a></p>'
      '<img src="https://email.goodtime.io/o/eJx1kE1uwzAIhU8T7xwZ.gif" width="1" height="1" alt=""></td></tr></table></td></tr></table></body></html>')
d = D(2026, 3, 17, 3, 12, 0)
add(build(received(d, 6, 'generic', helo='email.goodtime.io') +
          [('Authentication-Results', 'mx.brightwellclinics.com; spf=pass smtp.mailfrom=bounce.email.goodtime.io; dkim=pass header.d=email.goodtime.io; dmarc=pass header.from=goodtime.io'),
           ('DKIM-Signature', 'v=1; a=rsa-sha256; c=relaxed/relaxed; d=email.goodtime.io; s=m1; t=1773717120;\n\th=From:To:Subject:Date:List-Unsubscribe; bh=%s=;\n\tb=%s' % (rb64(43), rb64(120))),
           ('From', 'GoodTime <hello@email.goodtime.io>'), ('To', HELPADDR), ('Subject', 'What\'s new in GoodTime: March 2026 product digest'),
           ('Date', d), ('Message-ID', '<%s@email.goodtime.io>' % ruuid()),
           ('List-Unsubscribe', '<mailto:unsubscribe@email.goodtime.io?subject=unsubscribe-8f2a91c7>,\n <https://email.goodtime.io/unsubscribe?u=8f2a91c7&l=brightwellclinics>'),
           ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'), ('List-Id', 'GoodTime Customer News <news.email.goodtime.io>'),
           ('Precedence', 'bulk'), ('X-Mailer', 'Customer.io')],
          multi('alternative', [leaf(t, 'text/plain; charset=utf-8', 'utf-8', 'quoted-printable'), leaf(hb, 'text/html; charset=utf-8', 'utf-8', 'quoted-printable')])),
    'noise', 'ignore', '', 'en', 'newsletter;list-unsubscribe;multipart-alternative;received-6;dkim;night', 'vendor product digest')

# --- calendar accept (Outlook)
cal = ics('REPLY', 'Accepted: Help line drop-in for coordinators (Thursdays)', '20260305T160000Z', '20260305T163000Z',
          'GoodTime Help Line:mailto:helpline@brightwellclinics.com', 'Brianna Lee:mailto:brianna.lee@brightwellclinics.com', partstat='ACCEPTED')
d = D(2026, 3, 2, 11, 8, -6)
add(build(H('Brianna Lee <brianna.lee@brightwellclinics.com>', 'Accepted: Help line drop-in for coordinators (Thursdays)', d, 'outlook', topic='Help line drop-in for coordinators (Thursdays)'),
          multi('alternative', [leaf('\n', 'text/plain; charset="us-ascii"', 'us-ascii', '7bit'),
                                leaf(cal, 'text/calendar; charset="utf-8"; method=REPLY', 'utf-8', 'base64')], b_outlook())),
    'noise', 'ignore', '', 'en', 'calendar-accept;text-calendar;method-reply;base64', '')

# --- "got it thanks" (iPhone, quoted)
t = """got it thanks

Sent from my iPhone

> On Jan 27, 2026, at 9:14 AM, GoodTime Help Line <helpline@brightwellclinics.com> wrote:
> 
> Hi Tyler, best to move it from the interview in GoodTime rather than in Outlook, so the candidate and interviewers get the new time together. Open the interview, choose reschedule, pick Thursday and check the confirmation before it goes out.
> 
> Help line
"""
d = D(2026, 1, 27, 9, 31, -6, style=1)
add(build(H('Tyler Brooks <tyler.brooks@brightwellclinics.com>', 'Re: moving a phone screen', d, 'iphone', irt=mid('outlook'), refs=mid('outlook')),
          iphone_plain(t, '7bit')),
    'noise', 'ignore', '', 'en', 'iphone;plain;bare-thanks;gt-quote', '')

# --- read receipt
d = D(2026, 3, 4, 10, 31, -5)
hr = """Your message

To: Jamal Carter
Subject: RE: Teams links not being added to ANY interviews since this morning
Sent: Wednesday, March 4, 2026 10:02:51 AM (UTC-05:00) Eastern Time (US & Canada)

was read on Wednesday, March 4, 2026 10:31:07 AM (UTC-05:00) Eastern Time (US & Canada).
"""
mdn = """Reporting-UA: DM6PR11MB4321.namprd11.prod.outlook.com; Microsoft Exchange Server
Final-Recipient: rfc822;jamal.carter@brightwellclinics.com
Original-Message-ID: %s
Disposition: manual-action/MDN-sent-manually; displayed
""" % mid('outlook')
rep = multi('report', [leaf(hr, 'text/plain; charset="us-ascii"', 'us-ascii', '7bit'),
                       leaf(mdn, 'message/disposition-notification', cte='7bit')], b_outlook(), params=' report-type=disposition-notification;')
add(build(H('"Carter, Jamal" <jamal.carter@brightwellclinics.com>', 'Read: RE: Teams links not being added to ANY interviews since this morning', d, 'outlook',
            topic='Teams links not being added to ANY interviews since this morning'), rep),
    'noise', 'ignore', '', 'en', 'read-receipt;multipart-report;disposition-notification', 'subject echoes a high-impact bug')

# --- phishing
hb = """<html><body style="font-family:Arial,sans-serif">
<div style="border-top:4px solid #7b3fe4;padding:20px;max-width:560px">
<p><b>GoodTime Security Notice</b></p>
<p>Dear helpline,</p>
<p>We detected unusual sign-in activity on your GoodTime workspace <b>brightwellclinics</b>. To avoid interruption of interview scheduling, your account will be <b>suspended within 24 hours</b> unless you verify your administrator credentials immediately.</p>
<p><a href="http://goodtime-login.account-verify-session.com/auth?ref=brightwellclinics&amp;id=77812" style="background:#7b3fe4;color:#ffffff;padding:10px 16px;text-decoration:none">Verify account now</a></p>
<p>If you do not complete verification, all scheduled interviews may be cancelled.</p>
<p>GoodTime Trust &amp; Safety Team</p>
</div></body></html>"""
d = D(2026, 2, 9, 2, 41, 0)
add(build(received(d, 7, 'generic', helo='mailer-7.account-verify-session.com') +
          [('Authentication-Results', 'mx.brightwellclinics.com; spf=softfail (domain of transitioning goodtime-security.net does not designate 185.234.72.19 as permitted sender) smtp.mailfrom=goodtime-security.net;\n dkim=none (message not signed) header.d=none; dmarc=fail action=quarantine header.from=goodtime-security.net'),
           ('From', '"GoodTime Security" <no-reply@goodtime-security.net>'), ('Reply-To', 'verify-team@account-verify-session.com'),
           ('To', HELPADDR), ('Subject', 'Action required: your GoodTime workspace will be suspended in 24 hours'),
           ('Date', d), ('Message-ID', '<%s@mailer-7.account-verify-session.com>' % rhex(20, False)), ('X-Priority', '1 (Highest)')],
          leaf(hb, 'text/html; charset="iso-8859-1"', 'iso-8859-1', 'quoted-printable')),
    'noise', 'ignore', '', 'en', 'phishing;html-only;qp;spf-softfail;dmarc-fail;received-7;night', 'lookalike domain')

# --- bare "thanks!!" (Outlook reply)
new = """thanks!!

"""
old = """~~~
From: GoodTime Help Line <helpline@brightwellclinics.com>
Sent: 21 January 2026 13:31
To: Hannah Pryce <hannah.pryce@brightwellclinics.com>
Subject: RE: Swap failing - interview at 2pm today

Hi Hannah,

Support have cleared the lock on interview 87402 and Ravi is now on it - invite has gone out to him and James has an updated itinerary. Let us know if anything else looks off.

Help line"""
d = D(2026, 1, 21, 13, 34, 0)
add(build(H('Hannah Pryce <hannah.pryce@brightwellclinics.com>', 'RE: Swap failing - interview at 2pm today', d, 'outlook', eu=True, lang='en-GB', irt=mid('outlook_eu'), refs=mid('outlook_eu') + '\n ' + mid('outlook_eu')),
          outlook_alt(new + old.replace('~~~\n', '________________________________\n'), new + old, lang='EN-GB', font='Calibri')),
    'noise', 'ignore', '', 'en', 'outlook-reply;bare-thanks;multipart-alternative;qp', 'quoted thread mentions a blocker')

# --- marketing
t = """Cut time-to-hire by 40%: how outpatient clinics schedule interviews in 2026

Free live webinar - Thursday 23 April, 1pm ET

Join HireLoop's healthcare team to see how multi-site clinic groups automate interview scheduling, cut candidate no-shows and free up coordinators. Spots are limited - register today!

Register: https://go.hireloop-mail.com/r/2026-clinics-webinar?e=helpline%40brightwellclinics.com

HireLoop Inc., 500 Market St, San Francisco, CA
You are receiving this email because you attended a HireLoop event. Unsubscribe: https://go.hireloop-mail.com/u/8812aa"""
d = D(2026, 4, 14, 14, 1, -4)
add(build(received(d, 5, 'generic', helo='mta.hireloop-mail.com') +
          [('Authentication-Results', 'mx.brightwellclinics.com; spf=pass smtp.mailfrom=hireloop-mail.com; dkim=pass header.d=hireloop-mail.com; dmarc=pass header.from=hireloop-mail.com'),
           ('From', 'HireLoop Events <events@hireloop-mail.com>'), ('To', HELPADDR),
           ('Subject', 'Webinar: how clinics cut time-to-hire by 40% with automated interview scheduling'),
           ('Date', d), ('Message-ID', '<%s.%s@mta.hireloop-mail.com>' % (rhex(24, False), R.randint(10**6, 10**7))),
           ('List-Unsubscribe', '<https://go.hireloop-mail.com/u/8812aa>, <mailto:unsub-8812aa@hireloop-mail.com>'),
           ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'), ('Precedence', 'bulk')],
          multi('alternative', [leaf(t, 'text/plain; charset="UTF-8"', 'utf-8', 'quoted-printable'),
                                leaf('<html><body><h2>Cut time-to-hire by 40%</h2><p>' + html.escape(t).replace('\n', '<br>') + '</p></body></html>', 'text/html; charset="UTF-8"', 'utf-8', 'quoted-printable')])),
    'noise', 'ignore', '', 'en', 'marketing;list-unsubscribe;multipart-alternative;received-5', 'vendor webinar about scheduling')

# --- de OOO
t = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich Freitag, 10. April, nicht im Büro und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an Felix Haas (felix.haas@brightwellclinics.de). Ihre Nachricht wird nicht weitergeleitet.

Mit freundlichen Grüßen
Katrin Vogel"""
d = D(2026, 4, 2, 9, 15, 2)
add(build(H('Katrin Vogel <katrin.vogel@brightwellclinics.de>', ew_q('Automatische Antwort: GoodTime-Tipp der Woche: Verfügbarkeiten', 'iso-8859-1'), d, 'outlook', eu=True, lang='de-DE',
            extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All'), ('X-MS-Exchange-Inbox-Rules-Loop', 'katrin.vogel@brightwellclinics.de')]),
          outlook_alt(t, cs_plain='iso-8859-1', cs_html='iso-8859-1', lang='DE')),
    'noise', 'ignore', '', 'de', 'out-of-office;auto-submitted;multipart-alternative;qp;iso-8859-1;rfc2047-q-latin1', '')

# --- es Google Calendar decline
txt = """Lucía Fernández ha rechazado esta invitación.

Formación GoodTime para coordinadores
miércoles, 15 de abril de 2026 · 10:00 – 11:00
Zona horaria: Hora de verano de Europa central - Madrid

Invitación de Google Calendar
Has recibido este correo electrónico porque eres un invitado a este evento.
"""
cal = ics('REPLY', 'Formación GoodTime para coordinadores', '20260415T080000Z', '20260415T090000Z',
          'GoodTime Help Line:mailto:helpline@brightwellclinics.com', 'Lucía Fernández:mailto:lucia.fernandez@brightwellclinics.es', partstat='DECLINED', extra='google')
d = D(2026, 4, 9, 18, 3, 2)
alt = multi('alternative', [leaf(txt, 'text/plain; charset="UTF-8"; format=flowed; delsp=yes', 'utf-8', 'base64'),
                            leaf(gmail_html(txt), 'text/html; charset="UTF-8"', 'utf-8', 'quoted-printable'),
                            leaf(cal, 'text/calendar; charset="UTF-8"; method=REPLY', 'utf-8', '7bit')], b_gmail())
att = leaf(cal, 'application/ics; name="invite.ics"', cte='base64', extra=[('Content-Disposition', 'attachment; filename="invite.ics"')])
subj = ew_q('Rechazada: Formación GoodTime para coordinadores @ mié 15 abr 2026 ') + '\n ' + ew_q('10:00 - 11:00 (CEST) (helpline@brightwellclinics.com)')
add(build(received(d, 5, 'google') + gauth('brightwellclinics.es') +
          [('Reply-To', '=?UTF-8?Q?Luc=C3=ADa_Fern=C3=A1ndez?= <lucia.fernandez@brightwellclinics.es>'), ('Sender', 'Google Calendar <calendar-notification@google.com>'),
           ('Message-ID', mid('gmail')), ('Date', d), ('Subject', subj),
           ('From', '=?UTF-8?Q?Luc=C3=ADa_Fern=C3=A1ndez?= <lucia.fernandez@brightwellclinics.es>'), ('To', HELPADDR)],
          multi('mixed', [alt, att], b_gmail())),
    'noise', 'ignore', '', 'es', 'calendar-decline;google-calendar;text-calendar;ics-attachment;rfc2047-q-utf8-folded;received-5;dkim-arc', 'decline notice, not an interviewer decline question')

# --- fr OOO (no Auto-Submitted)
t = """Bonjour,

Je suis absente jusqu'au lundi 4 mai inclus. Pour toute demande URGENTE concernant un recrutement en cours, merci de contacter Sophie Marchand (sophie.marchand@brightwellclinics.com).

Bien cordialement,
Camille Lefèvre"""
d = D(2026, 4, 24, 15, 2, 2)
add(build(H('=?UTF-8?Q?Camille_Lef=C3=A8vre?= <camille.lefevre@brightwellclinics.com>', '=?utf-8?Q?R=C3=A9ponse_automatique=C2=A0:_Rappel_=E2=80=93_formation_GoodTime_jeudi?=', d, 'outlook_mac', eu=True, lang='fr-FR',
            extra=[('X-Auto-Response-Suppress', 'All')]),
          leaf(t, 'text/plain; charset="UTF-8"', 'utf-8', 'quoted-printable')),
    'noise', 'ignore', '', 'fr', 'out-of-office;no-auto-submitted;plain;qp;rfc2047-q-utf8', '')

# --- pt bare thanks (Outlook reply)
new = """Recebido, obrigada!

Inês

"""
old = """~~~
De: GoodTime Help Line <helpline@brightwellclinics.com>
Enviado: 13 de fevereiro de 2026 11:20
Para: Inês Carvalho <ines.carvalho@brightwellclinics.pt>
Assunto: RE: Lembretes aos candidatos

Olá Inês,

Sim, os lembretes automáticos estão ligados para todas as entrevistas em Portugal e saem na véspera. Se algum candidato disser que não recebeu, confirme o email no ATS e peça-lhe para ver o spam.

Help line"""
d = D(2026, 2, 13, 11, 42, 0)
add(build(H('=?utf-8?B?SW7DqnMgQ2FydmFsaG8=?= <ines.carvalho@brightwellclinics.pt>', 'RE: Lembretes aos candidatos', d, 'outlook', eu=True, lang='pt-PT', irt=mid('outlook_eu'), refs=mid('outlook_eu')),
          outlook_alt(new + old.replace('~~~\n', '________________________________\n'), new + old, cs_plain='utf-8', cs_html='utf-8', lang='PT')),
    'noise', 'ignore', '', 'pt', 'outlook-reply;bare-thanks;multipart-alternative;qp;utf-8', '')

# =====================================================================================
# OUTPUT
# =====================================================================================

def main():
    assert len(SPECS) == 100, len(SPECS)
    order = list(range(len(SPECS)))
    random.Random(77).shuffle(order)
    for f in os.listdir(OUT):
        if f.startswith('b-') and f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    rows = []
    for n, i in enumerate(order, 1):
        sp = SPECS[i]
        name = 'b-%03d.eml' % n
        raw = sp['raw']
        # a few files keep CRLF line endings, as some servers store them
        if n % 9 == 4:
            raw = raw.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
        with open(os.path.join(OUT, name), 'wb') as fh:
            fh.write(raw)
        fmt = sp['format'] + (';crlf' if n % 9 == 4 else '')
        rows.append([name, sp['category'], sp['actions'], sp['article'], sp['language'], fmt, sp['notes']])
    with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as fh:
        w = csv.writer(fh)
        w.writerow(['file', 'category', 'actions', 'article', 'language', 'format', 'notes'])
        w.writerows(rows)
    print('wrote %d messages' % len(rows))


if __name__ == '__main__':
    main()
