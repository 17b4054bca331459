#!/usr/bin/env python3
# Batch b: help-line e-mails for Pellworth Financial (branches and contact centres voice).
# Standard library only. Writes b-001.eml ... b-100.eml and labels.csv next to this file.
import base64, quopri, random, zlib, struct, csv, os, email, html, uuid

OUT = os.path.dirname(os.path.abspath(__file__))
HELP_ADDR = 'helpline@pellworthfinancial.com'
HELP = 'GoodTime Help Line <helpline@pellworthfinancial.com>'

from datetime import datetime, timezone, timedelta

WD = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']


def D(y, mo, d, h, mi, off=0.0, s=None):
    if s is None:
        s = (y * 7 + mo * 13 + d * 17 + h * 19 + mi * 23) % 60
    return datetime(y, mo, d, h, mi, s, tzinfo=timezone(timedelta(hours=off)))


def rdate(dt, pad=False, utc=False):
    if utc:
        dt = dt.astimezone(timezone.utc)
    off = dt.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = '+' if mins >= 0 else '-'
    mins = abs(mins)
    day = ('%02d' % dt.day) if pad else str(dt.day)
    return '%s, %s %s %d %02d:%02d:%02d %s%02d%02d' % (
        WD[dt.weekday()], day, MON[dt.month - 1], dt.year, dt.hour, dt.minute, dt.second,
        sign, mins // 60, mins % 60)


# ---------------------------------------------------------------- encodings
def qp(b):
    return quopri.encodestring(b)


def b64(b):
    s = base64.b64encode(b)
    return b'\n'.join(s[i:i + 76] for i in range(0, len(s), 76)) + b'\n'


def ew_b(s, cs='utf-8'):
    return '=?%s?B?%s?=' % (cs, base64.b64encode(s.encode(cs)).decode())


def ew_q(s, cs='utf-8'):
    out = []
    for byte in s.encode(cs):
        c = chr(byte)
        if c == ' ':
            out.append('_')
        elif c.isalnum() and byte < 128 or c in '!*+-/':
            out.append(c)
        else:
            out.append('=%02X' % byte)
    return '=?%s?Q?%s?=' % (cs, ''.join(out))


class Part:
    def __init__(self, headers, body):
        self.headers = headers
        self.body = body


def render_headers(hs):
    out = b''
    for name, value in hs:
        if isinstance(value, str):
            value = value.encode('utf-8')
        out += name.encode('ascii') + b': ' + value + b'\n'
    return out


def encode_body(text, charset, cte):
    raw = text.encode(charset) if isinstance(text, str) else text
    if cte == 'quoted-printable':
        return qp(raw)
    if cte == 'base64':
        return b64(raw)
    if not raw.endswith(b'\n'):
        raw += b'\n'
    return raw


def textpart(text, subtype='plain', charset='utf-8', cte='quoted-printable', ct_extra='',
             quote_cs=True, extra=None, cte_case=None):
    cs = '"%s"' % charset if quote_cs else charset
    hs = [('Content-Type', 'text/%s; charset=%s%s' % (subtype, cs, ct_extra)),
          ('Content-Transfer-Encoding', cte_case or cte)]
    if extra:
        hs += extra
    return Part(hs, encode_body(text, charset, cte))


def multipart(subtype, parts, boundary, ct_extra='', preamble=None):
    body = b''
    if preamble:
        body += preamble.encode() + b'\n\n'
    for p in parts:
        body += b'--' + boundary.encode() + b'\n' + render_headers(p.headers) + b'\n' + p.body
        if not body.endswith(b'\n'):
            body += b'\n'
    body += b'--' + boundary.encode() + b'--\n'
    return Part([('Content-Type', 'multipart/%s;\n\tboundary="%s"%s' % (subtype, boundary, ct_extra))], body)


def attachment(data, ctype, filename, disp='attachment', extra=None, inline_cid=None):
    hs = [('Content-Type', '%s; name="%s"' % (ctype, filename)),
          ('Content-Description', filename),
          ('Content-Disposition', '%s; filename="%s"; size=%d' % (disp, filename, len(data))),
          ('Content-Transfer-Encoding', 'base64')]
    if inline_cid:
        hs.insert(2, ('Content-ID', '<%s>' % inline_cid))
    if extra:
        hs += extra
    return Part(hs, b64(data))


# ---------------------------------------------------------------- ids / tokens
def rs(rng, n, alphabet='0123456789ABCDEF'):
    return ''.join(rng.choice(alphabet) for _ in range(n))


B64A = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'


def rb64(rng, n):
    return ''.join(rng.choice(B64A) for _ in range(n))


def exo_host(rng, region):
    pref = {'GBRP265': ['LO2P265MB', 'CWLP265MB', 'LO4P265MB', 'LO0P265MB', 'CWXP265MB'],
            'eurprd02': ['AM9PR02MB', 'DB9PR02MB', 'PAXPR02MB', 'AS8PR02MB'],
            'eurprd04': ['VI1PR04MB', 'DU2PR04MB', 'AM0PR04MB', 'PA4PR04MB'],
            'namprd11': ['PH0PR11MB', 'SJ0PR11MB', 'BY5PR11MB', 'CH3PR11MB', 'DM4PR11MB']}[region]
    return '%s%d.%s.PROD.OUTLOOK.COM' % (rng.choice(pref), rng.randint(1000, 9999), region)


def mid_for(rng, client, domain, region='GBRP265'):
    if client in ('outlook', 'outlook-ios', 'outlook-android', 'owa'):
        h = exo_host(rng, region)
        return '<%s%s@%s>' % (h.split('.')[0], rs(rng, 28), h)
    if client == 'gmail':
        return '<CA%s@mail.gmail.com>' % rb64(rng, 46).replace('/', '_').replace('+', '=')
    if client in ('iphone', 'applemail'):
        return '<%s@%s>' % (str(uuid.UUID(int=rng.getrandbits(128))).upper(), domain)
    if client == 'thunderbird':
        return '<%s@%s>' % (str(uuid.UUID(int=rng.getrandbits(128))), domain)
    return '<%s.%s@%s>' % (rng.randint(10 ** 11, 10 ** 12), rs(rng, 10), domain)


def thread_index(rng):
    return base64.b64encode(bytes(rng.getrandbits(8) for _ in range(22))).decode()


def received_chain(rng, dt, n, origin='exo', region='GBRP265', ext=None):
    """Return list of ('Received', value), newest first."""
    hops = []
    t = dt + timedelta(seconds=rng.randint(1, 3))
    def step():
        nonlocal t
        t = t + timedelta(seconds=rng.randint(0, 2))
        return rdate(t, utc=True)
    mbx = exo_host(rng, region)
    if origin == 'google':
        dom = ext or 'pellworth.es'
        ip = '209.85.%d.%d' % (rng.randint(128, 221), rng.randint(10, 250))
        gh = 'mail-%s-f%d.google.com' % (rng.choice(['wr1', 'ej1', 'lf1', 'wm1', 'qt1']), rng.randint(41, 99))
        hops.append('by 2002:a05:%x:%x:b0:%x:%x:%x with SMTP id %s;\n        %s' % (
            rng.randint(0x6000, 0x6fff), rng.randint(0x100, 0xfff), rng.randint(0x300, 0x3ff), rng.randint(0x1000, 0xffff),
            rng.randint(0x1000, 0xffff), rs(rng, 6, 'abcdefghijklmnopqrstuvwxyz0123456789') + 'csp' + str(rng.randint(100000, 999999)) + 'wrt', step()))
        hops.append('from %s (%s [%s])\n by %s.mail.protection.outlook.com (10.167.%d.%d) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend\n Transport; %s' % (
            gh, gh, ip, 'AM%dPEPF%08X' % (rng.randint(1, 9), rng.getrandbits(32)), rng.randint(1, 250), rng.randint(1, 250),
            rng.randint(8000, 9300), rng.randint(1, 40), step()))
    elif origin == 'external':
        host, ip = ext
        hops.append('from %s ([%s])\n by %s.mail.protection.outlook.com (10.167.%d.%d) with Microsoft SMTP\n Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.20.%d.%d via Frontend Transport; %s' % (
            host, ip, 'DU%dPEPF%08X' % (rng.randint(1, 9), rng.getrandbits(32)), rng.randint(1, 250), rng.randint(1, 250),
            rng.randint(8000, 9300), rng.randint(1, 40), step()))
    else:
        src = exo_host(rng, region)
        hops.append('from %s\n ([fe80::%x:%x:%x:%x]) by %s\n ([fe80::%x:%x:%x:%x%%%d]) with mapi id 15.20.%d.%03d; %s' % (
            src, rng.getrandbits(16), rng.getrandbits(16), rng.getrandbits(16), rng.getrandbits(16), src,
            rng.getrandbits(16), rng.getrandbits(16), rng.getrandbits(16), rng.getrandbits(16), rng.randint(3, 7),
            rng.randint(8000, 9300), rng.randint(1, 40), step()))
        mbx_prev = src
    while len(hops) < n - 1:
        a = '%s%04d.%s.prod.outlook.com' % (rng.choice(['AS9PR06CA', 'DB8PR04CA', 'LO4P123CA', 'PH7P220CA', 'AM6P194CA', 'CY5PR15CA']), rng.randint(1, 999), region.lower())
        b = exo_host(rng, region)
        hops.append('from %s (2603:10a6:%x:%x::%x) by\n %s (2603:10a6:%x:%x::%x) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s' % (
            a, rng.randint(0x10, 0x800), rng.randint(0x10, 0x500), rng.randint(1, 0xff), b,
            rng.randint(0x10, 0x800), rng.randint(0x10, 0x500), rng.randint(1, 0xff),
            rng.randint(8000, 9300), rng.randint(1, 40), step()))
    hops.append('from %s (2603:10a6:%x:%x::%x) by\n %s with HTTPS; %s' % (
        exo_host(rng, region), rng.randint(0x10, 0x800), rng.randint(0x10, 0x500), rng.randint(1, 0xff), mbx, step()))
    return [('Received', h) for h in reversed(hops)]


def auth_headers(rng, domain, kind='internal', arc=True, dkim=True, selector='selector1'):
    hs = []
    if arc:
        hs.append(('ARC-Seal', 'i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b=%s' % '\n '.join(rb64(rng, 70) for _ in range(5))))
        hs.append(('ARC-Message-Signature', 'i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector10001;\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\n bh=%s=;\n b=%s' % (rb64(rng, 43), '\n '.join(rb64(rng, 70) for _ in range(5)))))
        if kind == 'fail':
            hs.append(('ARC-Authentication-Results', 'i=1; mx.microsoft.com 1; spf=fail\n smtp.mailfrom=%s; dmarc=fail action=quarantine header.from=%s;\n dkim=none; arc=none' % (domain, domain)))
        else:
            hs.append(('ARC-Authentication-Results', 'i=1; mx.microsoft.com 1; spf=pass\n smtp.mailfrom=%s; dmarc=pass action=none\n header.from=%s; dkim=pass header.d=%s; arc=none' % (domain, domain, domain)))
    if dkim and kind != 'fail':
        hs.append(('DKIM-Signature', 'v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;\n s=%s; h=From:Date:Subject:Message-ID:Content-Type:MIME-Version;\n bh=%s=;\n b=%s' % (domain, selector, rb64(rng, 43), '\n '.join(rb64(rng, 72) for _ in range(5)) + '=')))
    if kind == 'fail':
        hs.append(('Authentication-Results', 'spf=fail (sender IP is 185.%d.%d.%d)\n smtp.mailfrom=%s; dkim=none (message not signed)\n header.d=none;dmarc=fail action=quarantine\n header.from=%s;compauth=fail reason=001' % (rng.randint(1, 250), rng.randint(1, 250), rng.randint(1, 250), domain, domain)))
    else:
        hs.append(('Authentication-Results', 'spf=pass (sender IP is 40.%d.%d.%d)\n smtp.mailfrom=%s; dkim=pass (signature was verified)\n header.d=%s;dmarc=pass action=none\n header.from=%s;compauth=pass reason=100' % (rng.randint(90, 107), rng.randint(1, 250), rng.randint(1, 250), domain, domain, domain)))
    return hs


def mail(key, frm, subject, dt, part, to=HELP, cc=None, client='outlook', mid='auto', hops=0,
         origin='exo', region='GBRP265', ext=None, authd=None, authkind='internal', arc=True,
         extra=None, top_extra=None, irt=None, refs=None, crlf=False, lang='en-GB', topic=None,
         has_attach=False, mime_ver=None, pad_date=False, domain='pellworthfinancial.com', date_hdr=True):
    rng = random.Random(zlib.crc32(key.encode()))
    hs = []
    if hops:
        hs += received_chain(rng, dt, hops, origin=origin, region=region, ext=ext)
    if authd:
        hs += auth_headers(rng, authd, kind=authkind, arc=arc)
    if top_extra:
        hs += top_extra
    hs.append(('From', frm))
    hs.append(('To', to))
    if cc:
        hs.append(('CC', cc))
    hs.append(('Subject', subject))
    if client in ('outlook', 'outlook-ios', 'outlook-android', 'owa'):
        if topic is not None:
            hs.append(('Thread-Topic', topic))
        hs.append(('Thread-Index', thread_index(rng)))
    if date_hdr:
        hs.append(('Date', rdate(dt, pad=pad_date)))
    if mid == 'auto':
        hs.append(('Message-ID', mid_for(rng, client, domain, region)))
    elif mid == 'nobrackets':
        hs.append(('Message-ID', mid_for(rng, client, domain, region).strip('<>')))
    elif mid:
        hs.append(('Message-ID', mid))
    if irt:
        hs.append(('In-Reply-To', irt))
    if refs:
        hs.append(('References', refs))
    if client in ('outlook', 'outlook-ios', 'outlook-android', 'owa'):
        hs.append(('Accept-Language', '%s, en-US' % lang if lang != 'en-US' else 'en-US'))
        hs.append(('Content-Language', lang))
        hs.append(('X-MS-Has-Attach', 'yes' if has_attach else ''))
        hs.append(('X-MS-TNEF-Correlator', ''))
        hs.append(('x-ms-exchange-senderadcheck', '1'))
        if client == 'outlook':
            hs.append(('x-originating-ip', '[10.%d.%d.%d]' % (rng.randint(1, 250), rng.randint(1, 250), rng.randint(1, 250))))
    elif client == 'iphone':
        hs.append(('X-Mailer', 'iPhone Mail (%s)' % rng.choice(['22D82', '22E240', '23A341', '22F76', '23B85'])))
    elif client == 'applemail':
        hs.append(('X-Mailer', 'Apple Mail (2.3826.500.181.1.5)'))
    elif client == 'thunderbird':
        hs.append(('User-Agent', 'Mozilla Thunderbird'))
    if extra:
        hs += extra
    if mime_ver is None:
        mime_ver = '1.0 (1.0)' if client == 'iphone' else ('1.0 (Mac OS X Mail 16.0 \\(3826.500.181.1.5\\))' if client == 'applemail' else '1.0')
    hs.append(('MIME-Version', mime_ver))
    hs += part.headers
    raw = render_headers(hs) + b'\n' + part.body
    if crlf:
        raw = raw.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    return raw


# ---------------------------------------------------------------- body builders
OL_HEAD = '''<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=%(cs)s">
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
<body lang="%(lang)s" link="#467886" vlink="#96607D" style="word-wrap:break-word">
<div class="WordSection1">
'''


def ol_para(line):
    if line.strip() == '':
        return '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
    if line.startswith('##'):
        return '<p class="MsoNormal"><b><span style="font-size:10.0pt;color:#1F3864">%s</span></b><o:p></o:p></p>' % html.escape(line[2:], quote=False)
    if line.startswith('~~'):
        return '<p class="MsoNormal"><span style="font-size:7.5pt;color:gray">%s</span><o:p></o:p></p>' % html.escape(line[2:], quote=False)
    if line.startswith('>>'):
        return '<p class="MsoNormal"><span style="font-size:10.0pt;color:#595959">%s</span><o:p></o:p></p>' % html.escape(line[2:], quote=False)
    return '<p class="MsoNormal">%s<o:p></o:p></p>' % html.escape(line, quote=False)


def ol_html(text, cs='Windows-1252', lang='EN-GB'):
    out = [OL_HEAD % {'cs': cs, 'lang': lang}]
    for block in text.split('<<HR>>'):
        if out[-1] != OL_HEAD % {'cs': cs, 'lang': lang}:
            out.append('<div>\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">')
            lines = block.strip('\n').split('\n')
            for ln in lines:
                if ':' in ln and ln.split(':')[0] in ('From', 'Sent', 'To', 'Cc', 'Subject', 'Von', 'Gesendet', 'An', 'Betreff', 'De', 'Enviado', 'Para', 'Asunto', 'Envoy\u00e9', '\u00c0', 'Objet', 'Assunto', 'Data'):
                    k, v = ln.split(':', 1)
                    out.append('<p class="MsoNormal"><b>%s:</b>%s<o:p></o:p></p>' % (html.escape(k), html.escape(v, quote=False)))
                else:
                    out.append(ol_para(ln))
            out.append('</div>\n</div>')
        else:
            for ln in block.strip('\n').split('\n'):
                out.append(ol_para(ln))
    out.append('</div>\n</body>\n</html>\n')
    return '\n'.join(out)


def ol_plain(text):
    return text.replace('<<HR>>', '________________________________').replace('\n##', '\n').replace('\n~~', '\n').replace('\n>>', '\n').lstrip('#~>')


def outlook_body(text, cs='windows-1252', lang='EN-GB', alt=False, cte='quoted-printable', key='x', attachments=None):
    h = textpart(ol_html(text, cs=cs if cs.lower() != 'windows-1252' else 'Windows-1252', lang=lang), 'html', cs, cte)
    rng = random.Random(zlib.crc32(key.encode()))
    if alt:
        p = textpart(ol_plain(text), 'plain', cs, cte)
        body = multipart('alternative', [p, h], '_000_%s_' % (exo_host(rng, 'GBRP265').split('.')[0] + rs(rng, 28)))
    else:
        body = h
    if attachments:
        body = multipart('mixed', [body] + attachments, '_004_%s_' % (exo_host(rng, 'GBRP265').split('.')[0] + rs(rng, 28)))
    return body


def gmail_body(text, quote_hdr=None, quote=None, key='x', cte='quoted-printable', attachments=None, charset='UTF-8'):
    rng = random.Random(zlib.crc32(key.encode()) + 7)
    plain = text
    hb = '<div dir="ltr">' + ''.join(
        ('<div><br></div>' if ln == '' else '<div>%s</div>' % html.escape(ln, quote=False)) for ln in text.split('\n')) + '</div>'
    if quote is not None:
        plain += '\n\n' + quote_hdr + '\n\n' + '\n'.join(('> ' + q) if q else '>' for q in quote.split('\n'))
        hb += '<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>' % (
            html.escape(quote_hdr, quote=False), '<br>'.join(html.escape(q, quote=False) for q in quote.split('\n')))
    hb += '\n'
    p1 = textpart(plain + '\n', 'plain', charset, cte, quote_cs=False)
    p2 = textpart(hb, 'html', charset, cte, quote_cs=False)
    body = multipart('alternative', [p1, p2], '000000000000%s' % rs(rng, 12, '0123456789abcdef'))
    if attachments:
        body = multipart('mixed', [body] + attachments, '000000000000%s' % rs(rng, 12, '0123456789abcdef'))
    return body


def apple_body(text, key='x', cte='quoted-printable', attachments=None):
    rng = random.Random(zlib.crc32(key.encode()) + 11)
    hb = '<html aria-label="message body"><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">' + \
        ''.join(('<div><br></div>' if ln == '' else '<div>%s</div>' % html.escape(ln, quote=False)) for ln in text.split('\n')) + '</body></html>'
    p1 = textpart(text + '\n', 'plain', 'utf-8', cte, quote_cs=False)
    p2 = textpart(hb, 'html', 'utf-8', cte, quote_cs=False)
    bd = 'Apple-Mail=_%s' % str(uuid.UUID(int=rng.getrandbits(128))).upper()
    body = multipart('alternative', [p1, p2], bd)
    if attachments:
        body = multipart('mixed', [body] + attachments, 'Apple-Mail=_%s' % str(uuid.UUID(int=rng.getrandbits(128))).upper())
    return body


# ---------------------------------------------------------------- attachments
def png(w, h, seed):
    rng = random.Random(seed)
    rows = []
    bar = rng.randint(6, 12)
    bx0, by0 = rng.randint(10, w // 2), rng.randint(bar + 4, h // 2)
    for y in range(h):
        row = bytearray(b'\x00')
        for x in range(w):
            if y < bar:
                px = (106, 62, 161)  # purple header bar
            elif bx0 <= x < bx0 + w // 3 and by0 <= y < by0 + h // 4:
                px = (204, 40, 40) if (x in (bx0, bx0 + w // 3 - 1) or y in (by0, by0 + h // 4 - 1)) else (252, 232, 232)
            elif (y // 6) % 3 == 0 and 6 < x < w - 8:
                px = (220, 220, 224)
            else:
                px = (255, 255, 255)
            row += bytes(px)
        rows.append(bytes(row))
    raw = b''.join(rows)

    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0)) +
            chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b''))


def pdf(lines):
    content = 'BT /F1 12 Tf 60 780 Td 16 TL\n' + '\n'.join(
        '(%s) Tj T*' % l.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)') for l in lines) + '\nET\n'
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


def tnef(seed, names):
    rng = random.Random(seed)
    out = b'\x78\x9f\x3e\x22' + struct.pack('<H', rng.randint(1, 65535)) + b'\x01\x06\x90\x08\x00\x04\x00\x00\x00\x00\x00\x01\x00\x01\x00\x01\x07\x90\x06\x00\x08\x00\x00\x00\xe4\x04\x00\x00\x00\x00\x00\x00\xe8\x00'
    for n in names:
        s = n.encode('latin-1') + b'\x00'
        out += b'\x02\x10\x80' + struct.pack('<I', len(s)) + s + struct.pack('<H', sum(s) & 0xffff)
    out += bytes(rng.getrandbits(8) for _ in range(380))
    return out


def ics(method, summary, start, end, organizer, attendees, uid, location='', description='', partstat=None, tzid='GMT Standard Time', comment=None):
    L = ['BEGIN:VCALENDAR', 'METHOD:%s' % method, 'PRODID:Microsoft Exchange Server 2010', 'VERSION:2.0',
         'BEGIN:VTIMEZONE', 'TZID:%s' % tzid, 'BEGIN:STANDARD', 'DTSTART:16010101T020000', 'TZOFFSETFROM:+0100',
         'TZOFFSETTO:+0000', 'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10', 'END:STANDARD', 'BEGIN:DAYLIGHT',
         'DTSTART:16010101T010000', 'TZOFFSETFROM:+0000', 'TZOFFSETTO:+0100',
         'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3', 'END:DAYLIGHT', 'END:VTIMEZONE', 'BEGIN:VEVENT',
         'ORGANIZER;CN=%s:mailto:%s' % organizer]
    for cn, addr in attendees:
        if partstat:
            L.append('ATTENDEE;PARTSTAT=%s;CN=%s:mailto:%s' % (partstat, cn, addr))
        else:
            L.append('ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=%s:mailto:%s' % (cn, addr))
    if comment:
        L.append('COMMENT;LANGUAGE=en-GB:%s' % comment)
    if description:
        L.append('DESCRIPTION;LANGUAGE=en-GB:%s' % description)
    L += ['UID:%s' % uid, 'SUMMARY;LANGUAGE=en-GB:%s' % summary,
          'DTSTART;TZID=%s:%s' % (tzid, start), 'DTEND;TZID=%s:%s' % (tzid, end), 'CLASS:PUBLIC', 'PRIORITY:5',
          'DTSTAMP:20260201T101500Z', 'TRANSP:OPAQUE', 'STATUS:CONFIRMED', 'SEQUENCE:0',
          'LOCATION;LANGUAGE=en-GB:%s' % location, 'END:VEVENT', 'END:VCALENDAR']
    # fold long lines at 74 octets
    out = []
    for l in L:
        while len(l) > 74:
            out.append(l[:74])
            l = ' ' + l[74:]
        out.append(l)
    return '\r\n'.join(out) + '\r\n'


MSGS = []


def reg(key, category, actions, article, language, fmt, notes=''):
    def deco(fn):
        MSGS.append(dict(key=key, category=category, actions=actions, article=article, language=language,
                         format=fmt, notes=notes, fn=fn))
        return fn
    return deco


# ================================================================ shared signature text
UK_DISC = '''~~CONFIDENTIAL: This e-mail and any attachments are confidential and may be legally privileged. If you are not the intended recipient or have received this e-mail in error, please notify the sender immediately and delete it from your system. Any unauthorised copying, disclosure or distribution is strictly forbidden. URGENT REMINDER: Pellworth Financial will never ask you to move money or share passcodes by e-mail.
~~Pellworth Financial plc is authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority and the Prudential Regulation Authority (FRN 204117). Registered in England and Wales No. 04417729. Registered office: 1 Harbour Exchange Square, London E14 9GE.'''

US_DISC = '''~~IMPORTANT NOTICE: This message is intended only for the addressee and may contain CONFIDENTIAL or privileged information. If you received it in error, notify the sender immediately by reply e-mail and destroy all copies. Pellworth Financial Bank, N.A. Member FDIC. Equal Housing Lender. Investment products are NOT FDIC insured, NOT bank guaranteed and MAY lose value.'''

# ================================================================ ENGLISH questions (answered)


@reg('en-q-support-phone', 'question', 'auto_reply', 'contact-support', 'en', 'iphone-plain;7bit;iphone-sig;lowercase;short', 'asks for a phone number')
def _():
    body = '''whats the number to ring goodtime support? would rather talk to an actual person than type it all out, got 3 candidates stuck on the same thing

Sent from my iPhone
'''
    return mail('en-q-support-phone', 'Callum Reid <callum.reid@pellworthfinancial.co.uk>', 'support number',
                D(2026, 2, 17, 8, 41, 0), textpart(body, charset='us-ascii', cte='7bit', quote_cs=False), client='iphone',
                domain='pellworthfinancial.co.uk')


@reg('en-q-whoruns', 'question', 'auto_reply', 'internal-project-team', 'en', 'outlook-html-only;quoted-printable;windows-1252;long-signature;disclaimer-urgent-confidential;received-6', 'what is this mailbox for')
def _():
    text = '''Hi,

Bit of a basic one sorry. Who actually sits behind this mailbox? I\u2019ve been told to send GoodTime stuff here but I don\u2019t know if that\u2019s just for problems or for anything.

We\u2019re about to start the seasonal hiring push at Leeds (around 60 agents for the autumn peak) and I\u2019ll have a load of \u201chow are we supposed to do X here\u201d type questions \u2013 is this the right place for that or should my team leaders go straight to GoodTime?

Thanks
Chris

##Chris Dunne
>>Workforce Planning Manager | Leeds Contact Centre
>>Pellworth Financial | Wellington Place, Leeds LS1 4AP
>>T: +44 113 496 0721 | Teams: chris.dunne@pellworthfinancial.co.uk

''' + UK_DISC
    return mail('en-q-whoruns', 'Chris Dunne <chris.dunne@pellworthfinancial.co.uk>', 'GoodTime questions - right place?',
                D(2026, 6, 9, 14, 3, 1), outlook_body(text, key='en-q-whoruns'), hops=6, topic='GoodTime questions - right place?',
                domain='pellworthfinancial.co.uk')


@reg('en-q-whichchannel', 'question', 'auto_reply', 'escalation-path', 'en', 'outlook-multipart-alternative;quoted-printable;rambling;question-in-third-paragraph;received-7;dkim;arc', 'rambling, asks who to go to for what')
def _():
    text = '''Morning all,

Sorry this is a long one. I took over the recruitment coordinator role for the Birmingham and Coventry branches three weeks ago from Anita (who\u2019s moved to the mortgage team) and I\u2019m still working out who does what. She left me a handover doc but it mostly covers Workday and the branch rota, not GoodTime.

Last week I had a panel where the video link didn\u2019t come through and I honestly didn\u2019t know whether to email you, ping GoodTime, or just phone the candidate and make something up \u2013 I ended up doing the last one and it was fine, but it made me realise I don\u2019t know the proper route. I also had an idea about how the branch managers could see their interview load which I assume goes somewhere too.

So my actual question: is there a simple pecking order for this? As in, what do I bring to you lot, what do I take to GoodTime themselves, where do ideas go and when (if ever) is it someone more senior at GoodTime? A one-liner I can stick in my notes would be perfect.

Cheers,
Imran

##Imran Siddiqui
>>Recruitment Coordinator \u2013 West Midlands Branch Network
>>Pellworth Financial
>>M: +44 7700 900 562
'''
    return mail('en-q-whichchannel', 'Imran Siddiqui <imran.siddiqui@pellworthfinancial.co.uk>', 'New in role - who do I go to for what?',
                D(2026, 3, 24, 9, 12, 0), outlook_body(text, alt=True, key='en-q-whichchannel'), hops=7,
                authd='pellworthfinancial.co.uk', topic='New in role - who do I go to for what?', domain='pellworthfinancial.co.uk')


@reg('en-q-multisession', 'question', 'auto_reply', 'panel-interviews', 'en', 'gmail-multipart-alternative;reply-on-top;quoted-thread-other-topic;two-topics;lowercase', 'thanks for earlier fix + how to set up back-to-back sessions')
def _():
    text = '''thanks for sorting the room thing, all good now.

separate q - for the mortgage adviser assessment we want 3 back to back bits with different people (45 min each) and a lunch break in the middle. ive only ever booked single 1:1s in goodtime. how do i set that up so it finds a time that works for all of them + the candidate?

ta
Rhian'''
    quote = '''Hi Rhian,

The Queen Street meeting rooms hadn't been enabled for GoodTime after the refurb. We've asked the facilities team to add "QS-Room 2" and "QS-Room 3" as bookable resources, so they should show up from tomorrow morning.

Let us know if they don't appear.

GoodTime Help Line
Pellworth Financial - Talent Systems'''
    return mail('en-q-multisession', 'Rhian Evans <rhian.evans@pellworthfinancial.co.uk>', 'Re: Cardiff Queen Street rooms not showing',
                D(2026, 5, 12, 12, 47, 1), gmail_body(text, 'On Mon, 11 May 2026 at 16:20, GoodTime Help Line <helpline@pellworthfinancial.com> wrote:', quote, key='en-q-multisession', cte='7bit'),
                client='gmail', irt='<LO2P265MB7721A3B8C90E4F1D2B7A5E63C9F01D@LO2P265MB7721.GBRP265.PROD.OUTLOOK.COM>',
                refs='<LO2P265MB7721A3B8C90E4F1D2B7A5E63C9F01D@LO2P265MB7721.GBRP265.PROD.OUTLOOK.COM>')


@reg('en-q-missing-option', 'question', 'auto_reply', 'permissions-roles', 'en', 'outlook-android;base64;utf-8;lowercase;resembles-templates', 'missing option colleague has')
def _():
    body = '''my colleague Jade can change the interview setup for the whole branch adviser stage and I can't, the option just isnt there on my screen. same page, same job. is that an access thing on my account or is something broken?

Get Outlook for Android<https://aka.ms/AAb9ysg>
'''
    return mail('en-q-missing-option', 'Ryan Fletcher <ryan.fletcher@pellworthfinancial.co.uk>', 'cant see option jade has',
                D(2026, 4, 2, 17, 56, 1), textpart(body, charset='utf-8', cte='base64'), client='outlook-android',
                topic='cant see option jade has', domain='pellworthfinancial.co.uk')


@reg('en-q-interviewer-pulled-out', 'question', 'auto_reply', 'interviewer-decline', 'en', 'iphone-plain;raw-utf8-subject;quoted-printable;iphone-sig', 'interviewer can no longer make Thursday')
def _():
    body = '''Gareth from the Swansea branch just messaged me on Teams saying he can\u2019t do Thursday 2pm with the candidate anymore (covering a branch audit). Candidate\u2019s confirmed and I really don\u2019t want to move her \u2013 what\u2019s the right way to handle this in GoodTime?

Sent from my iPhone
'''
    return mail('en-q-interviewer-pulled-out', 'Rhian Evans <rhian.evans@pellworthfinancial.co.uk>',
                'Gareth can\u2019t do Thursday \u2013 what now?'.encode('utf-8'), D(2026, 9, 29, 7, 58, 1),
                textpart(body, charset='utf-8', cte='quoted-printable', quote_cs=False), client='iphone', domain='pellworthfinancial.co.uk')


@reg('en-q-form-itinerary', 'question', 'forward_support|needs_review', 'candidate-itinerary', 'en', 'form-mailer;auto-submitted;x-auto-response-suppress;no-reply-from;plain', 'web form: resend candidate schedule email')
def _():
    body = '''A new response has been submitted to "GoodTime Help Request (Talent Systems)".

-----------------------------------------------------------
Submitted by:   Priya Natarajan
Email:          priya.natarajan@pellworthfinancial.co.uk
Team / site:    Volume Hiring - Leeds Contact Centre
Role:           Recruiter
Urgency:        Normal (within 1 working day)
Topic:          Candidate emails
-----------------------------------------------------------

Your question:
candidate for the customer service adviser role (interview fri 10:30, 2 sessions) says she never got the email with her times and who she's meeting. ive checked the address in workday and its right. can i just send it to her again out of goodtime or do i have to rebook?

-----------------------------------------------------------
Response ID: 4471  |  Submitted: 14/07/2026 11:02
This notification was sent automatically. Please do not reply to this address.
'''
    return mail('en-q-form-itinerary', 'Pellworth Forms <no-reply@forms.pellworthfinancial.com>',
                'New response: GoodTime Help Request (Talent Systems) #4471', D(2026, 7, 14, 11, 2, 1),
                textpart(body, charset='utf-8', cte='7bit'), client='none', mid='<forms.4471.1784023341@forms.pellworthfinancial.com>',
                extra=[('Auto-Submitted', 'auto-generated'), ('X-Auto-Response-Suppress', 'All'),
                       ('Reply-To', 'no-reply@forms.pellworthfinancial.com'), ('X-Mailer', 'PellworthForms/3.2 (notify)')],
                hops=5, authd='forms.pellworthfinancial.com', arc=False)


# ================================================================ ENGLISH questions (no article)


@reg('en-n-mobile-app', 'question', 'forward_support', 'none', 'en', 'iphone-plain;7bit;lowercase;no-message-id', 'asks about a phone app')
def _():
    body = '''is there a goodtime app for iphone?? half my branch managers only look at stuff on their phones between customers and they keep asking

Sent from my iPhone'''
    return mail('en-n-mobile-app', '"Kowalski, Brian" <brian.kowalski@pellworthfinancial.com>', 'app?', D(2026, 8, 6, 12, 14, -4),
                textpart(body, charset='us-ascii', cte='7bit', quote_cs=False), client='iphone', mid=None)


@reg('en-n-retention', 'question', 'forward_support', 'none', 'en', 'outlook-html-only;quoted-printable;windows-1252;long-signature;disclaimer-urgent-confidential', 'candidate data retention period')
def _():
    text = '''Hello,

Compliance have asked each recruiting team to confirm our retention schedule for candidate personal data ahead of the UK GDPR audit in November.

For GoodTime specifically: how long are unsuccessful candidates\u2019 details (name, email, phone, interview times) kept after we reject them, and is that something we control or does GoodTime decide? If there\u2019s a document we can point the auditors to even better.

Many thanks,
Laura

##Laura Bennett
>>HR Business Partner \u2013 Contact Centres (Leeds & Tampa)
>>People Team, Pellworth Financial
>>T: +44 113 496 0199

''' + UK_DISC
    return mail('en-n-retention', 'Laura Bennett <laura.bennett@pellworthfinancial.co.uk>', 'Candidate data retention in GoodTime - audit',
                D(2026, 9, 15, 10, 33, 1), outlook_body(text, key='en-n-retention'), topic='Candidate data retention in GoodTime - audit',
                domain='pellworthfinancial.co.uk', hops=5)


@reg('en-n-group-assessment', 'question', 'forward_support', 'none', 'en', 'gmail-multipart-alternative;quoted-printable;lowercase;resembles-panel-article', 'many candidates in one group session')
def _():
    text = '''hi, for the tampa hiring wave we run group assessment sessions - 1 slot, 2 assessors, up to 12 candidates in the same room doing the role play together.

can goodtime actually book multiple candidates into the SAME session or is it strictly one candidate per interview? dont want to set it up wrong and spam 12 people with separate invites

megan'''
    return mail('en-n-group-assessment', 'Megan Walsh <megan.walsh@pellworthfinancial.com>', 'group sessions?', D(2026, 4, 21, 15, 8, -4),
                gmail_body(text, key='en-n-group-assessment'), client='gmail', hops=6, origin='google', ext='pellworthfinancial.com',
                region='namprd11', authd='pellworthfinancial.com')


@reg('en-n-reply-to', 'question', 'forward_support', 'none', 'en', 'thunderbird-plain;format-flowed;7bit;typos', 'reply-to address on candidate emails')
def _():
    body = '''Hi there,

When candidates reply to the emails GoodTime sends them (confirmations etc) the replies land in my own inbox, not the shared Volume Hiring mailbox. Im off next week and theyll just sit there.

Where do I change the reply-to / sender adress so it goes to volumehiring@pellworthfinancial.co.uk instead? Is that per user or a global setting?

Thx
Tom

--
Tom Pritchard
Team Leader, Inbound Sales | Leeds Contact Centre
Pellworth Financial
'''
    return mail('en-n-reply-to', 'Tom Pritchard <tom.pritchard@pellworthfinancial.co.uk>', 'candidate replies going to my inbox',
                D(2026, 10, 8, 16, 22, 1), textpart(body, charset='us-ascii', cte='7bit', ct_extra='; format=flowed', quote_cs=False),
                client='thunderbird', domain='pellworthfinancial.co.uk')


@reg('en-n-cancel-counts', 'question', 'forward_support', 'none', 'en', 'outlook-multipart-alternative;quoted-printable;resembles-load-article', 'does a cancelled interview count towards limit')
def _():
    text = '''Hi team,

Quick one. Our team leaders have a weekly cap on interviews in GoodTime (4 each, so they\u2019re not off the phones too much). If one of those interviews gets cancelled by the candidate, does it still count towards that person\u2019s 4 for the week, or does the slot free up again?

Asking because a couple of TLs are showing as \u201cfull\u201d when I\u2019m fairly sure they\u2019ve only done 2.

Thanks,
LaToya

LaToya Jenkins | Team Leader, Tampa Customer Contact Center
Pellworth Financial | 4200 W Cypress St, Tampa, FL 33607
'''
    return mail('en-n-cancel-counts', 'LaToya Jenkins <latoya.jenkins@pellworthfinancial.com>', 'Do cancelled interviews count?',
                D(2026, 3, 11, 13, 40, -4), outlook_body(text, alt=True, key='en-n-cancel-counts', lang='EN-US'),
                topic='Do cancelled interviews count?', lang='en-US', region='namprd11')


@reg('en-n-scorecards', 'question', 'forward_support', 'none', 'en', 'outlook-ios;quoted-printable;short;outlook-mobile-sig', 'interview feedback in GoodTime or ATS')
def _():
    body = '''Do hiring managers put their interview feedback/scorecards into GoodTime or is that still only in Workday? New branch managers keep asking me where to write it up after the interview.

Natalie

Get Outlook for iOS<https://aka.ms/o0ukef>
'''
    return mail('en-n-scorecards', 'Natalie Ortiz <natalie.ortiz@pellworthfinancial.com>', 'feedback after interview - where?',
                D(2026, 2, 3, 18, 5, -5), textpart(body, charset='utf-8', cte='quoted-printable'), client='outlook-ios',
                topic='feedback after interview - where?', lang='en-US', region='namprd11')

# ================================================================ ENGLISH bugs


@reg('en-b-dst', 'bug', 'forward_support', '', 'en', 'outlook-html-only;quoted-printable;windows-1252;raw-cp1252-subject;misleading-subject', '"quick question" over a one-hour-off bug')
def _():
    text = '''Hi,

Since the clocks went forward on Sunday, the confirmation emails GoodTime sends to candidates are showing the interview an hour EARLIER than what\u2019s in the calendar invite. E.g. candidate for Newcastle Northumberland St, invite says 10:00, her confirmation email says 09:00. Two candidates turned up an hour early yesterday.

Interviews themselves are at the right time in Outlook, it\u2019s just the candidate email that\u2019s off. Happens on every one I\u2019ve checked this week.

Ryan

##Ryan Fletcher
>>Branch Manager | Newcastle Northumberland Street
>>Pellworth Financial
'''
    return mail('en-b-dst', 'Ryan Fletcher <ryan.fletcher@pellworthfinancial.co.uk>',
                'Quick question \u2013 candidate emails'.encode('cp1252'), D(2026, 4, 1, 8, 52, 1),
                outlook_body(text, key='en-b-dst'), topic='Quick question - candidate emails', domain='pellworthfinancial.co.uk', hops=5)


@reg('en-b-teams-links', 'bug', 'forward_support', '', 'en', 'gmail-multipart-alternative;base64;utf-8;lowercase', 'Teams links missing from next week invites')
def _():
    text = '''hiya, none of the interviews i booked yesterday afternoon have a teams link on them (interviewer invites or the candidate confirmations). ones i booked monday are fine. its set to teams on the interview, ive checked. interviews are next tues/weds so not panicking yet but would be good to know whats going on

shauna
Senior Recruiter, Branch Network Scotland'''
    return mail('en-b-teams-links', 'Shauna McCready <shauna.mccready@pellworthfinancial.co.uk>', 'no teams links on new bookings',
                D(2026, 11, 4, 9, 27, 0), gmail_body(text, key='en-b-teams-links', cte='base64'), client='gmail',
                domain='pellworthfinancial.co.uk')


@reg('en-b-sso-outage', 'bug', 'forward_support+flag_csm', '', 'en', 'outlook-html-only;quoted-printable;angry-capitals;received-8;dkim;arc;us-disclaimer', 'high impact: whole Tampa recruiting team locked out')
def _():
    text = '''NOBODY on the Tampa contact center recruiting team can log into GoodTime this morning. That\u2019s 31 recruiters and coordinators.

Everyone gets sent to the Pellworth sign in page, enters their details and then lands on a GoodTime page saying \u201cSSO assertion invalid \u2013 contact your administrator\u201d. Tried Edge, Chrome, incognito, different laptops. Started around 7:10am ET, worked fine yesterday evening.

We have 140+ interviews in the system this week for the summer hiring class and nobody can reschedule, swap interviewers or send anything. People are working out of their calendars for now which is going to be a mess.

PLEASE get this to GoodTime asap and whoever needs to know above them.

Marcus

##Marcus Bell
>>Recruiting Coordinator Lead | Tampa Customer Contact Center
>>Pellworth Financial | 813-555-0147

''' + US_DISC
    return mail('en-b-sso-outage', 'Marcus Bell <marcus.bell@pellworthfinancial.com>', 'GOODTIME LOGIN DOWN FOR WHOLE TAMPA TEAM',
                D(2026, 5, 19, 7, 48, -4), outlook_body(text, key='en-b-sso-outage', lang='EN-US'), hops=8,
                authd='pellworthfinancial.com', topic='GOODTIME LOGIN DOWN FOR WHOLE TAMPA TEAM', lang='en-US', region='namprd11',
                extra=[('Importance', 'high'), ('X-Priority', '1')])


@reg('en-b-wrong-candidate', 'bug', 'forward_support+flag_csm', '', 'en', 'gmail-forwarded-chain;multipart-alternative;quoted-printable', 'high impact: candidate got another candidate\'s confirmation (privacy)')
def _():
    text = '''see below. this is really not good, she got someone elses confirmation with their full name and mobile on it. i havent replied to her yet. can someone tell me what happened and whether others got the same? i booked about 25 yesterday

Aisha

---------- Forwarded message ---------
From: Kerry-Ann Doyle <kerryann.doyle87@gmail.com>
Date: Wed, 10 Jun 2026 at 21:14
Subject: Re: Your interview with Pellworth Financial
To: <aisha.rahman@pellworthfinancial.co.uk>


Hi Aisha,

I think you may have sent me the wrong email? The confirmation I just received is for a "Daniel Mensah" at 11am on Friday with his phone number on it, not me. My interview was meant to be Thursday afternoon. Can you confirm my time please?

Thanks,
Kerry-Ann'''
    return mail('en-b-wrong-candidate', 'Aisha Rahman <aisha.rahman@pellworthfinancial.co.uk>', 'Fwd: Re: Your interview with Pellworth Financial',
                D(2026, 6, 11, 8, 6, 1), gmail_body(text, key='en-b-wrong-candidate'), client='gmail', domain='pellworthfinancial.co.uk')


@reg('en-b-calendar-recurring', 'bug', 'forward_support+flag_csm', '', 'en', 'outlook-multipart-alternative;quoted-printable;long-folded-subject;recurring-after-report;long-signature', 'high impact: recurring calendar disconnects for a whole team, already reported')
def _():
    text = '''Hi,

This is the third time I\u2019m reporting this. Every Monday morning the calendars for the whole Leeds inbound team leader group (14 people) show as disconnected in GoodTime and they all have to re-authorise. Until they do, GoodTime thinks they\u2019re free all day and books interviews over their huddles and 1:1s.

Reported to you on 2 March and 16 March, and GoodTime Support had it as ticket 51873 \u2013 they said it was fixed on the 18th. It happened again this morning, same 14 people.

We\u2019ve had 6 double-bookings today already. Can this please go back to GoodTime and get looked at properly?

Emma

##Emma Doyle
>>Team Leader \u2013 Inbound (Nights & Weekends) | Leeds Contact Centre
>>Pellworth Financial
>>T: +44 113 496 0340
'''
    subj = 'Calendars disconnecting AGAIN every Monday for Leeds TLs - 3rd time\n reporting, ticket 51873 "fixed" but not fixed'
    return mail('en-b-calendar-recurring', 'Emma Doyle <emma.doyle@pellworthfinancial.co.uk>', subj, D(2026, 3, 30, 11, 19, 1),
                outlook_body(text, alt=True, key='en-b-calendar-recurring'), topic='Calendars disconnecting AGAIN every Monday for Leeds TLs - 3rd time reporting, ticket 51873 "fixed" but not fixed',
                domain='pellworthfinancial.co.uk', hops=6)


@reg('en-b-selfsched-busy', 'bug', 'forward_support', '', 'en', 'iphone-plain;base64;utf-8;iphone-sig;lowercase', 'self-booking offers busy slots')
def _():
    body = '''the self booking links are offering candidates times where my interviewers are clearly busy. had 2 candidates book over the branch staff meeting today (its in everyones calendar as busy, not tentative). checked the interviewers calendars are connected, no warning showing

can someone look

Kevin
Branch Manager, Manchester Piccadilly

Sent from my iPhone'''
    return mail('en-b-selfsched-busy', 'Kevin O\'Donnell <kevin.odonnell@pellworthfinancial.co.uk>', 'self booking double booking ppl',
                D(2026, 2, 25, 19, 42, 0), textpart(body, charset='utf-8', cte='base64', quote_cs=False), client='iphone',
                domain='pellworthfinancial.co.uk')


@reg('en-b-availability-expired', 'bug', 'forward_support', '', 'en', 'outlook-multipart-alternative;reply-on-top;outlook-from-sent-block;quoted-thread-other-topic', 'availability link expired right after sending')
def _():
    text = '''Hi both \u2013 replying on this thread as it\u2019s the last one I had with you.

Different issue: availability requests I send from GoodTime are coming back as \u201cThis link has expired\u201d for the candidate straight away. Sent 3 this morning for the relationship manager role in Charlotte, all 3 candidates emailed back within the hour saying the link doesn\u2019t work. I resent one and it did the same. Interviews aren\u2019t until next week so no fire, just annoying.

Jess
<<HR>>
From: GoodTime Help Line <helpline@pellworthfinancial.com>
Sent: Thursday, January 22, 2026 3:41 PM
To: Jess Carter <jess.carter@pellworthfinancial.com>
Cc: Natalie Ortiz <natalie.ortiz@pellworthfinancial.com>
Subject: RE: Q1 hiring plan - Charlotte region

Hi Jess,

Thanks for sending the Q1 plan over. We\u2019ve set up the two new interviewer pools for the Charlotte and Raleigh branches as discussed, and added the three branch managers you listed. Shout if anyone is missing.

Thanks,
GoodTime Help Line
'''
    return mail('en-b-availability-expired', 'Jess Carter <jess.carter@pellworthfinancial.com>', 'RE: Q1 hiring plan - Charlotte region',
                D(2026, 2, 10, 11, 4, -5), outlook_body(text, alt=True, key='en-b-availability-expired', lang='EN-US'),
                cc='Natalie Ortiz <natalie.ortiz@pellworthfinancial.com>', topic='Q1 hiring plan - Charlotte region', lang='en-US',
                region='namprd11', irt='<SJ0PR11MB5702E1B4A83F9C2D67B0A3C5D19E2F@SJ0PR11MB5702.namprd11.prod.outlook.com>')


@reg('en-b-saturday-reminders', 'bug', 'forward_support', '', 'en', 'outlook-multipart-alternative;attachment-png;multipart-mixed;quoted-printable', 'Saturday reminders not sent, screenshot')
def _():
    text = '''Hi,

The day-before reminder isn\u2019t going out for our Saturday assessment mornings. Weekday interviews get it fine. Last Saturday 5 of 9 candidates didn\u2019t turn up and when I rang two of them they said they never got a reminder and forgot.

Screenshot attached of one of the interviews \u2013 the reminder just shows as \u201cscheduled\u201d and never changes to sent.

Danielle
Branch Manager, Bristol Broadmead
'''
    att = attachment(png(160, 90, 31), 'image/png', 'image001.png')
    return mail('en-b-saturday-reminders', 'Danielle Hughes <danielle.hughes@pellworthfinancial.co.uk>', 'Saturday reminders not sending',
                D(2026, 6, 22, 13, 15, 1), outlook_body(text, alt=True, key='en-b-saturday-reminders', attachments=[att]),
                topic='Saturday reminders not sending', has_attach=True, domain='pellworthfinancial.co.uk')


@reg('en-b-ats-duplicates', 'bug', 'forward_support', '', 'en', 'outlook-rtf-winmail;multipart-mixed;winmail-dat;plain', 'duplicate interviews in ATS after reschedule')
def _():
    body = '''Hi

When I reschedule an interview in GoodTime the candidate record in Workday ends up with TWO interviews on it, the old time and the new one. Hiring managers are getting confused about which one is real. Happened on at least 4 candidates this week for the claims handler roles (Bristol + Leeds). The old one doesn't disappear even after a day.

Imran
'''
    rng = random.Random(5)
    p1 = textpart(body, charset='us-ascii', cte='7bit')
    p2 = Part([('Content-Type', 'application/ms-tnef; name="winmail.dat"'), ('Content-Transfer-Encoding', 'base64'),
               ('Content-Disposition', 'attachment; filename="winmail.dat"')], b64(tnef(5, ['Workday duplicate.png', 'IPM.Microsoft Mail.Note'])))
    part = multipart('mixed', [p1, p2], '_001_%s_' % rs(rng, 40), preamble='This is a multi-part message in MIME format.')
    return mail('en-b-ats-duplicates', 'Imran Siddiqui <imran.siddiqui@pellworthfinancial.co.uk>', 'Duplicate interviews in Workday after reschedule',
                D(2026, 7, 2, 15, 31, 1), part, client='outlook', topic='Duplicate interviews in Workday after reschedule',
                has_attach=True, domain='pellworthfinancial.co.uk', extra=[('X-MS-TNEF-Correlator-Orig', '<%s@pellworthfinancial.co.uk>' % rs(rng, 20))])


@reg('en-b-form-room', 'bug', 'forward_support|needs_review', '', 'en', 'form-mailer;it-service-portal;auto-submitted;x-auto-response-suppress;noreply-from;html-only', 'ticket form: room booking fails')
def _():
    h = '''<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:13px">
<p>A new request has been logged via the <b>Pellworth IT Service Portal</b> and routed to your team.</p>
<table cellpadding="4" style="border-collapse:collapse;font-size:13px">
<tr><td><b>Ticket</b></td><td>RITM0048821</td></tr>
<tr><td><b>Requested for</b></td><td>Kevin O'Donnell (kevin.odonnell@pellworthfinancial.co.uk)</td></tr>
<tr><td><b>Location</b></td><td>Manchester Piccadilly branch</td></tr>
<tr><td><b>Category</b></td><td>Business Applications &gt; GoodTime</td></tr>
<tr><td><b>Short description</b></td><td>goodtime wont book interview room</td></tr>
<tr><td valign="top"><b>Description</b></td><td>every time i try to schedule an in person interview for next week goodtime says "Unable to reserve resource" for MAN-Interview Room 1. the room is empty in outlook all that week. tried the other room too, same error. been doing it manually in outlook meanwhile but then goodtime doesnt know about it</td></tr>
<tr><td><b>Impact</b></td><td>3 - Moderate</td></tr>
</table>
<p style="color:#777">This is an automated notification. Replies to this mailbox are not monitored. To update the ticket use the portal.</p>
</body></html>
'''
    return mail('en-b-form-room', 'Pellworth IT Service Portal <noreply-itsm@pellworthfinancial.com>', 'RITM0048821 - goodtime wont book interview room',
                D(2026, 10, 20, 10, 44, 1), textpart(h, 'html', 'utf-8', 'quoted-printable'), client='none',
                mid='<ITSM.RITM0048821.1792489442@pellworthfinancial.service-now.com>',
                extra=[('Auto-Submitted', 'auto-generated'), ('X-Auto-Response-Suppress', 'All'), ('Precedence', 'bulk'),
                       ('X-ServiceNow-Source', 'Notification-7f1b2c')], hops=6, origin='external',
                ext=('pellworthfinancial.service-now.com', '149.96.%d.%d' % (17, 62)), authd='pellworthfinancial.com', arc=True)


# ================================================================ ENGLISH scheduling blockers


@reg('en-s-lobby', 'scheduling_blocker', 'forward_support', '', 'en', 'iphone-plain;angry-capitals;7bit;iphone-sig', 'candidate in branch, no interviewer on invite')
def _():
    body = '''CANDIDATE IS SAT IN THE BRANCH NOW for her 10am and there is NO interviewer on the booking. goodtime shows the interview as scheduled but the interviewer bit is blank and nobody got an invite. i cant add anyone, it just spins

who do i call?? she's been waiting 10 mins

Kevin

Sent from my iPhone'''
    return mail('en-s-lobby', 'Kevin O\'Donnell <kevin.odonnell@pellworthfinancial.co.uk>', 'CANDIDATE HERE NOW - NO INTERVIEWER',
                D(2026, 3, 5, 10, 9, 0), textpart(body, charset='us-ascii', cte='7bit', quote_cs=False), client='iphone',
                domain='pellworthfinancial.co.uk', extra=[('X-Priority', '1')])


@reg('en-s-teams-15min', 'scheduling_blocker', 'forward_support', '', 'en', 'outlook-ios;quoted-printable;outlook-mobile-sig;short', 'interview in 15 min, no Teams link')
def _():
    body = '''Interview at 2:30 (15 mins!!) and the candidate's confirmation has no Teams link. Interviewer's invite doesn't either. I can't see a way to add one from the interview page. Candidate is remote in Swindon so no option to come in. Help please

Get Outlook for iOS<https://aka.ms/o0ukef>
'''
    return mail('en-s-teams-15min', 'Aisha Rahman <aisha.rahman@pellworthfinancial.co.uk>', 'no link - interview in 15 mins',
                D(2026, 8, 18, 14, 15, 1), textpart(body, charset='utf-8', cte='quoted-printable'), client='outlook-ios',
                topic='no link - interview in 15 mins', domain='pellworthfinancial.co.uk', hops=5)


@reg('en-s-panel-swap', 'scheduling_blocker', 'forward_support', '', 'en', 'gmail-multipart-alternative;quoted-printable;received-6;dkim', 'panel starting, swap fails with error')
def _():
    text = '''panel starts at 2 (25 min). Owen declined 5 mins ago. when i try to swap him for someone from the branch adviser pool goodtime says "No eligible interviewers found" but i can see at least 2 people in that pool with nothing in their calendar at 2.

cant move the candidate, she's already taken the afternoon off work. what do i do?

jess'''
    return mail('en-s-panel-swap', 'Jess Carter <jess.carter@pellworthfinancial.com>', 'swap not working - panel at 2pm',
                D(2026, 9, 9, 13, 35, -4), gmail_body(text, key='en-s-panel-swap'), client='gmail', hops=6, origin='google',
                ext='pellworthfinancial.com', region='namprd11', authd='pellworthfinancial.com')


@reg('en-s-selfsched-expired', 'scheduling_blocker', 'forward_support', '', 'en', 'outlook-html-only;quoted-printable;windows-1252;typos', 'candidate on the phone now, link expired, slot this afternoon')
def _():
    text = '''Hi I have a candidate on the other line right now \u2013 she\u2019s trying to book the 3pm phone screen TODAY using the link I sent this morning and its saying \u201clink expired\u201d. I\u2019ve got the hiring manager free at 3 and then not till next Weds.

Can someone tell me how to get her booked in the next 10 mins?? I\u2019ve tried resending and its the same.

Megan
'''
    return mail('en-s-selfsched-expired', 'Megan Walsh <megan.walsh@pellworthfinancial.com>', 'candidate on phone now - link expired',
                D(2026, 1, 27, 13, 52, -5), outlook_body(text, key='en-s-selfsched-expired', lang='EN-US'), topic='candidate on phone now - link expired',
                lang='en-US', region='namprd11', extra=[('Importance', 'high')])


@reg('en-s-reception-forward', 'scheduling_blocker', 'forward_support', '', 'en', 'apple-mail-forward;begin-forwarded-message;multipart-alternative;quoted-printable', 'forwarded candidate email, she is at reception now')
def _():
    text = '''help!! she\u2019s at reception now. goodtime says 11:00, the invite the interviewers have says 12:00. interviewers are in a meeting till 12. what do i do right now?

Begin forwarded message:

From: Fatima Begum <fatima.begum.cv@outlook.com>
Subject: Interview today
Date: 16 April 2026 at 10:58:12 BST
To: Sarah Whitfield <sarah.whitfield@pellworthfinancial.co.uk>

Hi Sarah, I\u2019m at the front desk of the Canary Wharf office for my 11am interview for the graduate programme but reception says they have no record of it and can\u2019t reach anyone. Could you let me know who I should ask for?

Thanks,
Fatima'''
    return mail('en-s-reception-forward', 'Sarah Whitfield <sarah.whitfield@pellworthfinancial.co.uk>', 'Fwd: Interview today',
                D(2026, 4, 16, 11, 3, 1), apple_body(text, key='en-s-reception-forward'), client='applemail', domain='pellworthfinancial.co.uk')


@reg('en-s-zoom-waiting', 'scheduling_blocker', 'forward_support', '', 'en', 'outlook-html-only;quoted-printable;windows-1252;long-signature;disclaimer-urgent-confidential', 'candidate waiting, Zoom meeting invalid')
def _():
    text = '''Hi,

Candidate for the underwriter role is sat waiting right now \u2013 the Zoom link on her confirmation and on our invites says \u201cInvalid meeting ID\u201d. Interview was due to start at 11:00. Hiring manager is on the same link and gets the same error.

Is there any way to get a working link out of GoodTime quickly or should we just send her a Teams one manually?

Thanks

##Olu Adeyemi
>>Recruiting Operations Manager | Head Office
>>Pellworth Financial | 1 Harbour Exchange Square, London E14 9GE
>>T: +44 20 7946 0815

''' + UK_DISC
    return mail('en-s-zoom-waiting', 'Olu Adeyemi <olu.adeyemi@pellworthfinancial.co.uk>', 'Zoom link not working - candidate waiting',
                D(2026, 11, 24, 11, 4, 0), outlook_body(text, key='en-s-zoom-waiting'), topic='Zoom link not working - candidate waiting',
                domain='pellworthfinancial.co.uk', hops=5, extra=[('Importance', 'high'), ('X-Priority', '1')])


@reg('en-s-room-double', 'scheduling_blocker', 'forward_support', '', 'en', 'outlook-plain;original-message-separator;reply-on-top;quoted-thread-other-topic;quoted-printable', 'room double booked, candidate arriving')
def _():
    body = '''Candidate arrives in 10 mins and GoodTime has put her interview in QS-Room 2 which already has another interview in it (also booked by GoodTime). Room 3 looks free but it won't let me move it. I'm at Queen Street now, help!

Rhian

-----Original Message-----
From: GoodTime Help Line <helpline@pellworthfinancial.com>
Sent: 13 May 2026 09:02
To: Rhian Evans <rhian.evans@pellworthfinancial.co.uk>
Subject: RE: Re: Cardiff Queen Street rooms not showing

Hi Rhian,

For the 3-part mortgage adviser assessment: set it up as one interview with three sessions, put a 30 minute lunch break between the 2nd and 3rd, and let GoodTime suggest the options. If you get stuck send us the candidate link.

GoodTime Help Line
'''
    return mail('en-s-room-double', 'Rhian Evans <rhian.evans@pellworthfinancial.co.uk>', 'RE: Re: Cardiff Queen Street rooms not showing',
                D(2026, 5, 20, 9, 50, 1), textpart(body, charset='utf-8', cte='quoted-printable'), topic='Cardiff Queen Street rooms not showing',
                domain='pellworthfinancial.co.uk')


@reg('en-s-reschedule-spin', 'scheduling_blocker', 'forward_support', '', 'en', 'iphone-plain;7bit;one-liner;lowercase;no-message-id-brackets', 'reschedule button spinning, candidate on hold')
def _():
    body = '''reschedule button just spins forever, candidate on hold on the other line, need her moved to 3pm today NOW. pls call me 07700 900 418

Sent from my iPhone'''
    return mail('en-s-reschedule-spin', 'Danielle Hughes <danielle.hughes@pellworthfinancial.co.uk>', 'pls help', D(2026, 10, 13, 12, 38, 1),
                textpart(body, charset='us-ascii', cte='7bit', quote_cs=False), client='iphone', mid='nobrackets', domain='pellworthfinancial.co.uk')


@reg('en-s-night-invite', 'scheduling_blocker', 'forward_support', '', 'en', 'outlook-multipart-alternative;quoted-printable;night;long-signature;disclaimer-urgent-confidential', 'night-shift assessment in 20 min, interviewer never got invite')
def _():
    text = '''Hi whoever is on tonight,

We\u2019ve got a night-shift agent assessment at 22:00 (20 mins from now) and the interviewer (Dean Holt) has nothing in his calendar. GoodTime shows the interview as confirmed with him on it, candidate has her confirmation with the Teams link. Dean says no invite, not even in junk.

Can someone push the invite to him or tell me how? Candidate is already logging in early.

Emma

##Emma Doyle
>>Team Leader \u2013 Inbound (Nights & Weekends) | Leeds Contact Centre
>>Pellworth Financial

''' + UK_DISC
    return mail('en-s-night-invite', 'Emma Doyle <emma.doyle@pellworthfinancial.co.uk>', '22:00 assessment - interviewer has no invite',
                D(2026, 1, 14, 21, 40, 0), outlook_body(text, alt=True, key='en-s-night-invite'), topic='22:00 assessment - interviewer has no invite',
                domain='pellworthfinancial.co.uk', hops=5)

# ================================================================ ENGLISH feature requests


@reg('en-f-sms-urgent', 'feature_request', 'product_board_reply', '', 'en', 'iphone-plain;misleading-urgent-subject;angry-capitals;7bit', '"URGENT" subject over an SMS reminder wish')
def _():
    body = '''URGENT!!! we need goodtime to be able to TEXT candidates their reminders. half our contact centre applicants never open email, they're 18-22 and live on their phones. we lost 11 no-shows last week. every other system does sms. please make this happen

Marcus

Sent from my iPhone'''
    return mail('en-f-sms-urgent', 'Marcus Bell <marcus.bell@pellworthfinancial.com>', 'URGENT!!!!', D(2026, 7, 27, 17, 2, -4),
                textpart(body, charset='us-ascii', cte='7bit', quote_cs=False), client='iphone', extra=[('X-Priority', '1')])


@reg('en-f-bulk-schedule', 'feature_request', 'product_board_reply', '', 'en', 'outlook-multipart-alternative;quoted-printable;rambling', 'bulk scheduling for volume hiring')
def _():
    text = '''Hi team,

Not a problem as such, more of a wish. For the contact centre volume hiring we often have 20\u201330 candidates all going through exactly the same 30 min phone screen in the same week with the same pool of team leaders.

At the moment I have to open each candidate and send the self-booking link one at a time, which is a good couple of hours every Monday.

It would be brilliant if GoodTime let us tick a batch of candidates in the same stage and send them all the link (or schedule them) in one go. Happy to talk it through with whoever looks at ideas.

Thanks,
Priya

Priya Natarajan | Recruiter \u2013 Volume Hiring | Leeds Contact Centre
'''
    return mail('en-f-bulk-schedule', 'Priya Natarajan <priya.natarajan@pellworthfinancial.co.uk>', 'Idea - scheduling lots of candidates at once',
                D(2026, 5, 4, 10, 21, 1), outlook_body(text, alt=True, key='en-f-bulk-schedule'), topic='Idea - scheduling lots of candidates at once',
                domain='pellworthfinancial.co.uk')


@reg('en-f-welsh', 'feature_request', 'product_board_reply', '', 'en', 'outlook-html-only;quoted-printable;windows-1252;long-signature;bilingual-signature', 'Welsh-language candidate emails')
def _():
    text = '''Bore da,

Would it be possible for GoodTime to send candidate emails in Welsh (or bilingual Welsh/English) for our Welsh branches? Under our Welsh Language Scheme we\u2019re supposed to offer candidates correspondence in Welsh and at the moment all the GoodTime confirmations and reminders are English only.

Ideally we\u2019d be able to pick the language per candidate, or per job location.

Diolch,
Rhian

##Rhian Evans
>>Rheolwr Cangen | Branch Manager \u2013 Cardiff Queen Street
>>Pellworth Financial
>>Croesawn ohebiaeth yn Gymraeg | We welcome correspondence in Welsh
'''
    return mail('en-f-welsh', 'Rhian Evans <rhian.evans@pellworthfinancial.co.uk>', 'Candidate emails in Welsh?', D(2026, 2, 12, 9, 37, 0),
                outlook_body(text, key='en-f-welsh'), topic='Candidate emails in Welsh?', domain='pellworthfinancial.co.uk')


@reg('en-f-darkmode', 'feature_request', 'product_board_reply', '', 'en', 'gmail-multipart-alternative;7bit;one-liner;lowercase;night', 'dark mode')
def _():
    text = '''any chance goodtime could get a dark mode?? doing the night shift rota + interview bookings at 2am and it is BLINDING lol'''
    return mail('en-f-darkmode', 'Emma Doyle <emma.doyle@pellworthfinancial.co.uk>', 'dark mode pls', D(2026, 12, 3, 2, 14, 0),
                gmail_body(text, key='en-f-darkmode', cte='7bit'), client='gmail', domain='pellworthfinancial.co.uk')


@reg('en-f-phone-on-invite', 'feature_request', 'product_board_reply', '', 'en', 'gmail-multipart-alternative;quoted-printable;typos', 'candidate phone number on interviewer invite')
def _():
    text = '''Hi,

Suggestion from the branch managers in Ohio: can the interviewer calender invite show the candidates mobile number? For phone screens the BM has to go into Workday to find the number every time, and on the road they often cant get into Workday on their phone.

Even just having it in the invite description would save a lot of hassle.

Brian Kowalski
Regional Branch Manager, Ohio Central'''
    return mail('en-f-phone-on-invite', 'Brian Kowalski <brian.kowalski@pellworthfinancial.com>', 'suggestion for interview invites',
                D(2026, 10, 27, 8, 12, -4), gmail_body(text, key='en-f-phone-on-invite'), client='gmail', hops=5, origin='google',
                ext='pellworthfinancial.com', region='namprd11')


@reg('en-f-bank-holidays', 'feature_request', 'product_board_reply', '', 'en', 'outlook-html-only;quoted-printable;rfc2047-q-utf8-subject', 'regional bank holidays blocked automatically')
def _():
    text = '''Hi,

Could GoodTime block out regional bank holidays automatically? Our Scottish branches have different bank holidays (2 January, St Andrew\u2019s Day, the August one is different) and GoodTime keeps offering candidates slots on days the branch is shut. Right now every branch manager has to put an all-day \u201cbusy\u201d in their calendar and half of them forget.

Something like: pick the region per office and GoodTime knows the holidays. Would help Northern Ireland too.

Shauna
'''
    subj = ew_q('Wish: block Scottish bank holidays \u2013 suggestion', 'utf-8')
    return mail('en-f-bank-holidays', 'Shauna McCready <shauna.mccready@pellworthfinancial.co.uk>', subj, D(2026, 1, 5, 11, 26, 0),
                outlook_body(text, key='en-f-bank-holidays'), topic='Wish: block Scottish bank holidays - suggestion', domain='pellworthfinancial.co.uk')


@reg('en-f-export', 'feature_request', 'product_board_reply', '', 'en', 'plain-reply;gt-quoted-lines;quoted-thread-other-topic;7bit', 'export button for interview list')
def _():
    body = '''Also while I have you - it'd be really handy to have an "export to Excel" button on the list of upcoming interviews. My regional director wants a weekly list by branch and I'm copying it out by hand every Friday.

Thanks
Natalie

On Tue, Mar 17, 2026 at 2:05 PM GoodTime Help Line <helpline@pellworthfinancial.com> wrote:
> Hi Natalie,
>
> The new branch managers now have interviewer access. They'll get an
> email invite to log in; ask them to connect their calendars the first
> time they sign in.
>
> GoodTime Help Line
'''
    return mail('en-f-export', 'Natalie Ortiz <natalie.ortiz@pellworthfinancial.com>', 'Re: access for new BMs',
                D(2026, 3, 18, 9, 3, -4), textpart(body, charset='us-ascii', cte='7bit', quote_cs=False), client='thunderbird',
                irt='<PH0PR11MB4471C8B3E1A2F5D0B9E7C6A3F21@PH0PR11MB4471.namprd11.prod.outlook.com>')


@reg('en-f-interviewer-swaps', 'feature_request', 'product_board_reply', '', 'en', 'iphone-plain;quoted-printable;iphone-sig;lowercase', 'interviewers swap slots among themselves')
def _():
    body = '''would be great if interviewers could swap interviews between themselves in goodtime without going through me. team leaders are always messaging me "can dave take my 3pm" and i have to do every single swap. even if it needed my approval after

Tom

Sent from my iPhone'''
    return mail('en-f-interviewer-swaps', 'Tom Pritchard <tom.pritchard@pellworthfinancial.co.uk>', 'idea', D(2026, 8, 25, 7, 31, 1),
                textpart(body, charset='utf-8', cte='quoted-printable', quote_cs=False), client='iphone', domain='pellworthfinancial.co.uk')


@reg('en-f-form-ideas', 'feature_request', 'forward_support|needs_review', '', 'en', 'form-mailer;microsoft-forms-style;auto-submitted;x-auto-response-suppress;no-reply-from;html-only', 'ideas form: hiring manager view of pipeline')
def _():
    h = '''<html><head><meta charset="utf-8"></head><body style="font-family:Segoe UI,sans-serif">
<h3 style="color:#6a3ea1">Talent Systems Ideas Box - new response</h3>
<p><b>Name</b><br>Brian Kowalski</p>
<p><b>Email</b><br>brian.kowalski@pellworthfinancial.com</p>
<p><b>Which system is your idea about?</b><br>GoodTime</p>
<p><b>Describe your idea</b><br>Let branch managers see all their upcoming interviews for their branch on one screen (not just the ones they're personally in). Right now I have to ask the coordinator who is interviewing where this week.</p>
<p><b>How often would you use it?</b><br>Daily</p>
<hr><p style="font-size:11px;color:#888">You are receiving this because you are listed as an owner of this form. Do not reply to this email.</p>
</body></html>
'''
    return mail('en-f-form-ideas', 'Microsoft Forms <no-reply@forms.office.com>', 'New response to "Talent Systems Ideas Box"',
                D(2026, 11, 11, 16, 47, -5), textpart(h, 'html', 'utf-8', 'base64'), client='none',
                extra=[('Auto-Submitted', 'auto-generated'), ('X-Auto-Response-Suppress', 'All')],
                hops=6, origin='external', ext=('mail-ed1-f52.forms.office.com', '52.96.%d.%d' % (44, 17)), authd='forms.office.com')


# ================================================================ ENGLISH escalations


@reg('en-e-seats', 'escalation', 'flag_csm', '', 'en', 'outlook-html-only;quoted-printable;windows-1252;attachment-pdf;long-signature;us-disclaimer', 'needs more seats for new hiring wave')
def _():
    text = '''Hi,

We\u2019re opening a second floor at the Tampa contact center in June and bringing on 12 new recruiters/coordinators plus around 15 team leaders who\u2019ll interview. As far as I know our GoodTime contract covers the current headcount only.

Can we get additional seats sorted before 1 June? Attached is the headcount plan finance signed off. I\u2019d also like to understand what the cost per extra user looks like and whether interviewers count as seats.

Thanks,
Natalie

##Natalie Ortiz
>>Senior Recruiter \u2013 US Retail Banking & Contact Center
>>Pellworth Financial | Charlotte, NC
>>704-555-0192

''' + US_DISC
    att = attachment(pdf(['Pellworth Financial - Tampa CCC expansion', 'Recruiting headcount plan FY26 H2', '',
                          'New recruiters / coordinators: 12', 'New team leader interviewers: 15', 'Start date: 1 June 2026',
                          'Approved: Finance BP, 21 Apr 2026']), 'application/pdf', 'Tampa_CCC_headcount_plan_H2.pdf')
    return mail('en-e-seats', 'Natalie Ortiz <natalie.ortiz@pellworthfinancial.com>', 'Additional GoodTime seats for Tampa expansion',
                D(2026, 4, 23, 10, 2, -4), outlook_body(text, key='en-e-seats', lang='EN-US', attachments=[att]),
                topic='Additional GoodTime seats for Tampa expansion', has_attach=True, lang='en-US', region='namprd11')


@reg('en-e-renewal', 'escalation', 'flag_csm', '', 'en', 'outlook-multipart-alternative;quoted-printable;received-7;dkim;arc', 'contract renewal and reducing seats')
def _():
    text = '''Hello,

Procurement have flagged that our GoodTime agreement is up for renewal at the end of Q3. Before they start the commercial conversation they want to know:

- who at GoodTime we should be talking to about the renewal
- whether we can drop the recruiter seats for the UK branch network (we\u2019ve moved 9 people onto the central team) and add a few for Germany
- whether the renewal can be aligned with our financial year (April)

Could you pick this up with GoodTime on our behalf or point procurement at the right person?

Kind regards,
Sarah

Sarah Whitfield
Head of Talent Acquisition \u2013 Retail Banking UK
Pellworth Financial
'''
    return mail('en-e-renewal', 'Sarah Whitfield <sarah.whitfield@pellworthfinancial.co.uk>', 'GoodTime renewal - procurement questions',
                D(2026, 6, 2, 16, 48, 1), outlook_body(text, alt=True, key='en-e-renewal'), hops=7, authd='pellworthfinancial.co.uk',
                topic='GoodTime renewal - procurement questions', domain='pellworthfinancial.co.uk')


@reg('en-e-training', 'escalation', 'flag_csm', '', 'en', 'outlook-multipart-alternative;attachment-ics;multipart-mixed;quoted-printable', 'training for 18 new team leaders')
def _():
    text = '''Hi,

We\u2019ve promoted 18 new team leaders at Leeds over the last two months and they\u2019re all going to be interviewing for the autumn peak. Most of them have never used GoodTime and they\u2019re making the same mistakes (declining in Outlook instead of telling us, not connecting calendars, etc.).

Could GoodTime run a proper training session for them \u2013 ideally on site or over Teams, about an hour? I\u2019ve attached a placeholder we\u2019ve held in their diaries for 8 September; happy to move it to whatever suits GoodTime.

Thanks,
Tom
'''
    inv = ics('REQUEST', 'HOLD: GoodTime training for new Leeds TLs', '20260908T140000', '20260908T150000',
              ('Tom Pritchard', 'tom.pritchard@pellworthfinancial.co.uk'), [('GoodTime Help Line', HELP_ADDR)],
              '040000008200E00074C5B7101A82E00800000000F1B3C2D4A7E1DC01000000000000000010000000A4C2E9F1B37D4E4A8C1E2F3D4B5A6C7E',
              location='Leeds CC - Training Room 4 / Teams')
    att = Part([('Content-Type', 'text/calendar; charset="utf-8"; method=REQUEST; name="invite.ics"'),
                ('Content-Disposition', 'attachment; filename="invite.ics"'), ('Content-Transfer-Encoding', 'base64')], b64(inv.encode()))
    return mail('en-e-training', 'Tom Pritchard <tom.pritchard@pellworthfinancial.co.uk>', 'Training for new TLs on GoodTime',
                D(2026, 7, 21, 14, 10, 1), outlook_body(text, alt=True, key='en-e-training', attachments=[att]),
                topic='Training for new TLs on GoodTime', has_attach=True, domain='pellworthfinancial.co.uk')


@reg('en-e-complaint', 'escalation', 'flag_csm', '', 'en', 'outlook-html-only;quoted-printable;windows-1252;angry;long-folded-subject', 'overall complaint about the rollout in branches')
def _():
    text = '''To whoever owns GoodTime,

I\u2019ll be blunt. Three months in and for my branches this has been a step backwards. Every week it\u2019s something \u2013 links missing, reminders not going, interviews at the wrong time, calendars disconnecting. Each one gets \u201cfixed\u201d and then something else breaks. My managers have started booking interviews in Outlook again because they don\u2019t trust it, which means we\u2019re paying for a tool nobody in my region is using properly.

I\u2019m not interested in another ticket. I want a proper conversation with someone from GoodTime about whether this is going to work for a branch network our size, and what the plan is to get it there. Please set that up and include me.

Brian Kowalski
Regional Branch Manager, Ohio Central
Pellworth Financial Bank, N.A.
'''
    subj = 'GoodTime is not working for the Ohio branch network - need a proper\n conversation, not more tickets'
    return mail('en-e-complaint', '"Kowalski, Brian" <brian.kowalski@pellworthfinancial.com>', subj, D(2026, 5, 28, 18, 33, -4),
                outlook_body(text, key='en-e-complaint', lang='EN-US'), topic='GoodTime is not working for the Ohio branch network - need a proper conversation, not more tickets',
                lang='en-US', region='namprd11', cc='Natalie Ortiz <natalie.ortiz@pellworthfinancial.com>')


@reg('en-e-ticket-stuck', 'escalation', 'flag_csm', '', 'en', 'outlook-forwarded-chain;outlook-from-sent-block;quoted-printable;plain', 'support ticket unresolved for 5 weeks')
def _():
    body = '''Forwarding the latest from GoodTime Support. Ticket has now been open 5 weeks, I've been passed to 4 different agents and every reply asks me for the same screenshots again. Nobody seems to own it. The interviewer training paths for the mortgage advisers still aren't progressing, so nobody new can be signed off.

Can this go to someone at GoodTime who can actually own it? I've run out of ways to say the same thing.

Olu

________________________________
From: GoodTime Support <support@goodtime.io>
Sent: 06 October 2026 17:12
To: Olu Adeyemi <olu.adeyemi@pellworthfinancial.co.uk>
Subject: [GoodTime Support] Re: Ticket #48213 - trainees not progressing

Hi Olu,

Thanks for your patience. To help us investigate further, could you please send us screenshots of the training path settings and an example trainee profile, along with the interview IDs where the shadow session was completed?

Kind regards,
Jordan
GoodTime Support
'''
    return mail('en-e-ticket-stuck', 'Olu Adeyemi <olu.adeyemi@pellworthfinancial.co.uk>', 'FW: [GoodTime Support] Re: Ticket #48213 - trainees not progressing',
                D(2026, 10, 7, 9, 14, 1), textpart(body, charset='utf-8', cte='quoted-printable'),
                topic='[GoodTime Support] Re: Ticket #48213 - trainees not progressing', domain='pellworthfinancial.co.uk', hops=5)


@reg('en-e-process-change', 'escalation', 'flag_csm', '', 'en', 'outlook-multipart-alternative;quoted-printable;attachment-pdf;multipart-mixed;received-9;dkim;arc', 'move all US branches to pool-based scheduling')
def _():
    text = '''Hi team,

From Q3 we\u2019re changing how branch hiring is scheduled across all 140 US branches: instead of each branch manager interviewing their own candidates, we\u2019ll use regional interviewer pools (roughly 8 regions, 6\u201310 interviewers each) with load limits so no BM does more than 3 a week.

This is a big change to how we use GoodTime and I\u2019d like GoodTime\u2019s input on the design before we build it \u2013 how to structure the pools, training paths for new interviewers, and how to roll it out without breaking live hiring. Could we get time with our GoodTime contact for a working session? Draft plan attached.

Thanks,
Natalie
'''
    att = attachment(pdf(['US Branch Interview Model - DRAFT v0.3', 'Regional pools, load limits, rollout waves', '',
                          'Wave 1: Charlotte, Raleigh (July)', 'Wave 2: Ohio Central, Columbus (Aug)', 'Wave 3: remaining regions (Sep)']),
                     'application/pdf', 'US_branch_interview_model_DRAFT_v0.3.pdf')
    return mail('en-e-process-change', 'Natalie Ortiz <natalie.ortiz@pellworthfinancial.com>', 'Moving US branch interviews to regional pools - need GoodTime input',
                D(2026, 4, 29, 15, 37, -4), outlook_body(text, alt=True, key='en-e-process-change', lang='EN-US', attachments=[att]),
                hops=9, authd='pellworthfinancial.com', topic='Moving US branch interviews to regional pools - need GoodTime input',
                has_attach=True, lang='en-US', region='namprd11')


@reg('en-e-account-merge', 'escalation', 'flag_csm', '', 'en', 'outlook-html-only;base64;windows-1252', 'account matter: merge UK and US instances')
def _():
    text = '''Hi,

Right now we have two separate GoodTime accounts \u2013 one for the UK/Europe business and one for the US bank \u2013 which was how it was set up in the original project. Now that the contact centres share a central recruiting ops team we\u2019re constantly logging in and out of both and reporting across them is impossible.

Can we start a conversation with GoodTime about merging the two accounts into one (or at least one login)? I\u2019d want to understand what happens to history, templates and integrations, and whether it affects the contract.

Thanks
Olu Adeyemi
Recruiting Operations Manager
'''
    return mail('en-e-account-merge', 'Olu Adeyemi <olu.adeyemi@pellworthfinancial.co.uk>', 'Merging our two GoodTime accounts',
                D(2026, 8, 12, 11, 55, 1), outlook_body(text, key='en-e-account-merge', cte='base64'), topic='Merging our two GoodTime accounts',
                domain='pellworthfinancial.co.uk')


@reg('en-e-teams-recurring-live', 'escalation', 'flag_csm+forward_support', '', 'en', 'outlook-html-only;quoted-printable;windows-1252;angry;long-signature;disclaimer-urgent-confidential', 'fourth time this month + live fault today')
def _():
    text = '''Hi,

This is now the FOURTH time this month the Teams links have vanished from our interviews. Each time Support fixes it and a week later it\u2019s back. I want this escalated properly with GoodTime \u2013 someone senior needs to explain why this keeps happening and what\u2019s being done, because my recruiters are losing confidence in the tool.

And it\u2019s happening again right now: none of today\u2019s 14 phone/video interviews for the claims handler campaign have a link. First one is at 11:30. Can someone please also get Support on today\u2019s ones immediately?

Sarah

##Sarah Whitfield
>>Head of Talent Acquisition \u2013 Retail Banking UK
>>Pellworth Financial | 1 Harbour Exchange Square, London E14 9GE

''' + UK_DISC
    return mail('en-e-teams-recurring-live', 'Sarah Whitfield <sarah.whitfield@pellworthfinancial.co.uk>', 'Teams links missing AGAIN - 4th time this month',
                D(2026, 9, 24, 9, 26, 1), outlook_body(text, key='en-e-teams-recurring-live'), topic='Teams links missing AGAIN - 4th time this month',
                domain='pellworthfinancial.co.uk', hops=5, extra=[('Importance', 'high')])


@reg('en-e-ats-sync-live', 'escalation', 'flag_csm+forward_support', '', 'en', 'gmail-multipart-alternative;quoted-printable;two-topics', 'week-long ATS sync problem still broken, wants GoodTime management involved')
def _():
    text = '''Hi,

I need this escalated beyond a support ticket. Since last Tuesday the sync between Workday and GoodTime has been broken for the whole US recruiting team: candidates moved to the interview stage don't appear in GoodTime for hours (sometimes not at all) and scheduled interviews aren't going back onto the Workday record. My team has lost days of work doing it by hand, and we've had hiring managers interview people who had already withdrawn.

It's still broken this morning - 23 candidates moved yesterday afternoon and none are in GoodTime.

Please (1) get GoodTime's account people involved so we get an explanation and a plan, and (2) get Support working on today's backlog.

Marcus Bell
Recruiting Coordinator Lead, Tampa'''
    return mail('en-e-ats-sync-live', 'Marcus Bell <marcus.bell@pellworthfinancial.com>', 'Workday sync - need escalation', D(2026, 8, 31, 8, 17, -4),
                gmail_body(text, key='en-e-ats-sync-live'), client='gmail', hops=5, origin='google', ext='pellworthfinancial.com',
                region='namprd11')

# ================================================================ ENGLISH noise


@reg('en-x-ooo-auto', 'noise', 'ignore', '', 'en', 'out-of-office;auto-submitted;outlook-html-only;quoted-printable', 'automatic reply, Auto-Submitted set')
def _():
    text = '''Thank you for your email. I\u2019m on annual leave from Monday 3 August, returning Monday 17 August, with limited access to email.

For urgent branch recruitment matters please contact Imran Siddiqui (imran.siddiqui@pellworthfinancial.co.uk). For anything GoodTime related please use the help line.

Kind regards,
Danielle Hughes
Branch Manager, Bristol Broadmead
'''
    return mail('en-x-ooo-auto', 'Danielle Hughes <danielle.hughes@pellworthfinancial.co.uk>', 'Automatic reply: GoodTime refresher sessions - August dates',
                D(2026, 8, 4, 10, 2, 1), outlook_body(text, key='en-x-ooo-auto'), topic='GoodTime refresher sessions - August dates',
                domain='pellworthfinancial.co.uk',
                extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All'), ('X-MS-Exchange-Inbox-Rules-Loop', 'danielle.hughes@pellworthfinancial.co.uk')])


@reg('en-x-hr-ticket-ack', 'noise', 'ignore', '', 'en', 'auto-reply-ticket-ack;auto-submitted;plain;no-reply-from', 'HR shared services ticket acknowledgement')
def _():
    body = '''Thank you for contacting People Services.

Your enquiry has been logged with reference HRSS-2026-118204 and will be handled by the next available adviser. Our target response time is 3 working days.

Subject: GoodTime access for new starters - list for September intake

Please quote your reference in any further correspondence. This mailbox does not accept replies.

Pellworth Financial People Services
'''
    return mail('en-x-hr-ticket-ack', 'Pellworth People Services <noreply-peopleservices@pellworthfinancial.com>',
                '[HRSS-2026-118204] We have received your enquiry', D(2026, 9, 1, 14, 27, 1), textpart(body, charset='utf-8', cte='7bit'),
                client='none', extra=[('Auto-Submitted', 'auto-replied'), ('Precedence', 'auto_reply'), ('X-Auto-Response-Suppress', 'All')],
                hops=5)


@reg('en-x-bounce', 'noise', 'ignore', '', 'en', 'bounce;multipart-report;delivery-status;mailer-daemon;text-rfc822-headers', 'undeliverable: leaver address')
def _():
    rng = random.Random(77)
    p1 = textpart('''This is the mail system at host mx2.pellworthfinancial.co.uk.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<daniel.okafor@pellworthfinancial.co.uk>: host
    pellworthfinancial-co-uk.mail.protection.outlook.com[52.101.73.22] said:
    550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP
    address lookup (in reply to RCPT TO command)
''', charset='us-ascii', cte='7bit', quote_cs=False, extra=[('Content-Description', 'Notification')])
    p2 = Part([('Content-Description', 'Delivery report'), ('Content-Type', 'message/delivery-status')], b'''Reporting-MTA: dns; mx2.pellworthfinancial.co.uk
X-Postfix-Queue-ID: 4bR7mQ1hKZz9sWl
X-Postfix-Sender: rfc822; helpline@pellworthfinancial.com
Arrival-Date: Thu, 15 Jan 2026 09:30:51 +0000 (GMT)

Final-Recipient: rfc822; daniel.okafor@pellworthfinancial.co.uk
Original-Recipient: rfc822;daniel.okafor@pellworthfinancial.co.uk
Action: failed
Status: 5.1.10
Remote-MTA: dns; pellworthfinancial-co-uk.mail.protection.outlook.com
Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not
    found by SMTP address lookup
''')
    p3 = Part([('Content-Description', 'Undelivered Message Headers'), ('Content-Type', 'text/rfc822-headers')], b'''From: GoodTime Help Line <helpline@pellworthfinancial.com>
To: Daniel Okafor <daniel.okafor@pellworthfinancial.co.uk>
Subject: RE: Interviewer pool for Leeds claims handlers
Date: Thu, 15 Jan 2026 09:30:44 +0000
Message-ID: <LO2P265MB6611D0E2F7A3B4C5D6E7F8A9B0C1D2@LO2P265MB6611.GBRP265.PROD.OUTLOOK.COM>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="_000_LO2P265MB6611D0E2F7A3B4C5D6E7F8A9B0C1D2_"
''')
    part = multipart('report', [p1, p2, p3], '4bR7mQ1hKZz9sWl.1768469452/mx2.pellworthfinancial.co.uk', ct_extra='; report-type=delivery-status',
                     preamble='This is a MIME-encapsulated message.')
    part.headers[0] = ('Content-Type', 'multipart/report; report-type=delivery-status;\n\tboundary="4bR7mQ1hKZz9sWl.1768469452/mx2.pellworthfinancial.co.uk"')
    return mail('en-x-bounce', 'MAILER-DAEMON@mx2.pellworthfinancial.co.uk (Mail Delivery System)', 'Undelivered Mail Returned to Sender',
                D(2026, 1, 15, 9, 30, 0, s=52), part, client='none', mid='<20260115093052.4bR7mQ1hKZz9sWl@mx2.pellworthfinancial.co.uk>',
                extra=[('Auto-Submitted', 'auto-replied')], top_extra=[('Return-Path', '<>')], hops=5)


@reg('en-x-newsletter', 'noise', 'ignore', '', 'en', 'newsletter;list-unsubscribe;multipart-alternative;quoted-printable;received-7;dkim;arc;external', 'vendor product newsletter')
def _():
    plain = '''GoodTime Product Roundup - October 2026

Hi there,

Here's what shipped this month:

* Smarter interviewer load balancing across pools
* A refreshed candidate availability experience on mobile
* New reporting filters for time-to-schedule

Join our live webinar "Scheduling at scale for high-volume hiring" on 12 November.
Register: https://www.goodtime.io/webinars/high-volume-2026

Questions? Our Support team is here 24/7.

You are receiving this email because you are a GoodTime customer contact.
Unsubscribe: https://info.goodtime.io/unsubscribe?u=7f3a1c9e
GoodTime, 1 Market St, San Francisco, CA
'''
    h = '''<!DOCTYPE html><html><head><meta charset="utf-8"><title>GoodTime Product Roundup</title></head>
<body style="margin:0;background:#f4f2f8"><table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif">
<tr><td style="background:#6a3ea1;color:#fff;padding:24px;font-size:22px">GoodTime Product Roundup &middot; October 2026</td></tr>
<tr><td style="padding:24px;font-size:15px;line-height:22px">Hi there,<br><br>Here's what shipped this month:<ul>
<li>Smarter interviewer load balancing across pools</li><li>A refreshed candidate availability experience on mobile</li>
<li>New reporting filters for time-to-schedule</li></ul>
<a href="https://www.goodtime.io/webinars/high-volume-2026" style="background:#e6007e;color:#fff;padding:10px 18px;text-decoration:none;border-radius:4px">Register for the webinar</a>
</td></tr>
<tr><td style="padding:16px;font-size:11px;color:#888">You are receiving this email because you are a GoodTime customer contact. <a href="https://info.goodtime.io/unsubscribe?u=7f3a1c9e">Unsubscribe</a><br>GoodTime, 1 Market St, San Francisco, CA</td></tr>
</table></td></tr></table><img src="https://info.goodtime.io/trk/o.gif?u=7f3a1c9e" width="1" height="1" alt=""></body></html>
'''
    part = multipart('alternative', [textpart(plain, 'plain', 'utf-8', 'quoted-printable'), textpart(h, 'html', 'utf-8', 'quoted-printable')],
                     '----=_Part_1839221_1067723921.1792580114502')
    return mail('en-x-newsletter', 'GoodTime <news@info.goodtime.io>', 'What\'s new in GoodTime: October product roundup + webinar',
                D(2026, 10, 21, 17, 0, -7), part, client='none', mid='<1839221.1067723921.1792580114502@mkto-sj160042.com>',
                extra=[('List-Unsubscribe', '<mailto:unsubscribe-7f3a1c9e@info.goodtime.io>,\n <https://info.goodtime.io/unsubscribe?u=7f3a1c9e>'),
                       ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'), ('Precedence', 'bulk'), ('X-Mailer', 'Marketo'),
                       ('Feedback-ID', '1067723921:mkto')],
                hops=7, origin='external', ext=('sj160042.mktomail.com', '192.28.152.%d' % 42), authd='info.goodtime.io')


@reg('en-x-accept', 'noise', 'ignore', '', 'en', 'calendar-accept;text-calendar;method-reply;multipart-alternative;base64', 'accepted training invite')
def _():
    c = ics('REPLY', 'Accepted: GoodTime refresher for branch managers', '20260310T140000', '20260310T150000',
            ('GoodTime Help Line', HELP_ADDR), [('Kevin O\'Donnell', 'kevin.odonnell@pellworthfinancial.co.uk')],
            '040000008200E00074C5B7101A82E0080000000072C1D5E09BA8DC01000000000000000010000000B29C4A1F7E6D5C4B3A291807F6E5D4C3',
            location='Microsoft Teams Meeting', partstat='ACCEPTED')
    p1 = textpart('\n', 'plain', 'utf-8', 'quoted-printable')
    p2 = Part([('Content-Type', 'text/calendar; charset="utf-8"; method=REPLY'), ('Content-Transfer-Encoding', 'base64')], b64(c.encode()))
    part = multipart('alternative', [p1, p2], '_000_LO4P265MB3290A7C1E2D3F4B5A6C7D8E9F0_')
    return mail('en-x-accept', 'Kevin O\'Donnell <kevin.odonnell@pellworthfinancial.co.uk>', 'Accepted: GoodTime refresher for branch managers',
                D(2026, 3, 2, 8, 3, 0), part, topic='GoodTime refresher for branch managers', domain='pellworthfinancial.co.uk',
                extra=[('X-MS-Exchange-Calendar-Series-Instance-Id', 'BAAAAIIA4AB0xbcQGoLgCAAAAAByweXgm6jcAQAAAAAAAAAAEAAAALKcSh9+bVxLOikYB/bl1MM=')])


@reg('en-x-decline', 'noise', 'ignore', '', 'en', 'calendar-decline;text-calendar;method-reply;multipart-alternative;quoted-printable', 'declined invite with short comment')
def _():
    c = ics('REPLY', 'Declined: GoodTime office hours - contact centre TLs', '20260915T160000', '20260915T163000',
            ('GoodTime Help Line', HELP_ADDR), [('LaToya Jenkins', 'latoya.jenkins@pellworthfinancial.com')],
            '040000008200E00074C5B7101A82E00800000000D4E7A9B1C2F3DC01000000000000000010000000C1D2E3F4A5B6C7D8E9F0A1B2C3D4E5F6',
            location='Microsoft Teams Meeting', partstat='DECLINED', tzid='Eastern Standard Time', comment='On the floor covering that afternoon, sorry')
    p1 = textpart('On the floor covering that afternoon, sorry\n', 'plain', 'utf-8', 'quoted-printable')
    p2 = Part([('Content-Type', 'text/calendar; charset="utf-8"; method=REPLY'), ('Content-Transfer-Encoding', 'quoted-printable')], qp(c.encode()))
    part = multipart('alternative', [p1, p2], '_000_PH0PR11MB5120B3D4E5F6A7B8C9D0E1F2A3_')
    return mail('en-x-decline', 'LaToya Jenkins <latoya.jenkins@pellworthfinancial.com>', 'Declined: GoodTime office hours - contact centre TLs',
                D(2026, 9, 10, 12, 41, -4), part, topic='GoodTime office hours - contact centre TLs', lang='en-US', region='namprd11')


@reg('en-x-read-receipt', 'noise', 'ignore', '', 'en', 'read-receipt;multipart-report;disposition-notification', 'read receipt')
def _():
    p1 = textpart('''Your message

To: Ryan Fletcher
Subject: RE: cant see option jade has
Sent: Thursday, 2 April 2026 18:20:11 (UTC+00:00) Dublin, Edinburgh, Lisbon, London

was read on Friday, 3 April 2026 08:02:37 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.
''', 'plain', 'utf-8', 'quoted-printable')
    p2 = Part([('Content-Type', 'message/disposition-notification')], b'''Reporting-UA: LO2P265MB4407.GBRP265.PROD.OUTLOOK.COM; Microsoft Exchange Server
Final-Recipient: rfc822;ryan.fletcher@pellworthfinancial.co.uk
Original-Message-ID: <CWLP265MB2219A6B7C8D9E0F1A2B3C4D5E6F7A8@CWLP265MB2219.GBRP265.PROD.OUTLOOK.COM>
Disposition: manual-action/MDN-sent-manually; displayed
''')
    part = multipart('report', [p1, p2], '_002_LO2P265MB4407E5F6A7B8C9D0E1F2A3B4C5_')
    part.headers[0] = ('Content-Type', 'multipart/report;\n\treport-type=disposition-notification;\n\tboundary="_002_LO2P265MB4407E5F6A7B8C9D0E1F2A3B4C5_"')
    return mail('en-x-read-receipt', 'Ryan Fletcher <ryan.fletcher@pellworthfinancial.co.uk>', 'Read: RE: cant see option jade has',
                D(2026, 4, 3, 8, 2, 1, s=37), part, topic='cant see option jade has', domain='pellworthfinancial.co.uk')


@reg('en-x-phishing', 'noise', 'ignore', '', 'en', 'phishing;lookalike-domain;html-only;auth-fail;received-6;urgent-words', 'fake GoodTime billing suspension notice')
def _():
    h = '''<html><body style="font-family:Arial,sans-serif;font-size:14px">
<div style="background:#6a3ea1;padding:14px;color:#fff;font-size:20px"><b>GoodTime</b></div>
<p>Dear Customer,</p>
<p>We were unable to process the latest payment for your GoodTime workspace <b>pellworthfinancial</b>. Your account and all scheduled interviews will be <b style="color:#c00">SUSPENDED within 24 hours</b> unless billing details are verified immediately.</p>
<p style="text-align:center"><a href="https://goodtime-billing.verify-workspace.top/login?id=pellworth" style="background:#e6007e;color:#fff;padding:12px 22px;text-decoration:none">VERIFY BILLING NOW</a></p>
<p>If you believe this is an error please log in and confirm your details to avoid interruption.</p>
<p>Regards,<br>GoodTime Billing Team</p>
</body></html>
'''
    return mail('en-x-phishing', '"GoodTime Billing" <billing@goodtime-invoices.net>', 'URGENT: Your GoodTime workspace will be suspended',
                D(2026, 2, 8, 3, 17, 0), textpart(h, 'html', 'utf-8', 'quoted-printable'), client='none', mid='<a91f2c7e-3d0b-4c8e-9f11-2b7e9c3d5a10@goodtime-invoices.net>',
                hops=6, origin='external', ext=('vps-4413.hostkey-bg.net', '185.244.%d.%d' % (25, 103)), authd='goodtime-invoices.net', authkind='fail',
                extra=[('X-MS-Exchange-Organization-SCL', '5'), ('Reply-To', 'billing-team@goodtime-invoices.net')])


@reg('en-x-thanks-quoted', 'noise', 'ignore', '', 'en', 'bare-thanks;reply-on-top;gt-quoted-lines;quoted-question-in-thread;iphone', 'thanks with quoted answer below')
def _():
    body = '''Thanks!!

Sent from my iPhone

> On 11 Feb 2026, at 16:02, GoodTime Help Line <helpline@pellworthfinancial.com> wrote:
>
> Hi Danielle,
>
> No phone line I'm afraid - GoodTime Support is reachable round the clock
> through the chat in the bottom-right corner once you're logged in, or by
> email to support@goodtime.io. If it's about a candidate, pop the link in.
>
> GoodTime Help Line
>
>> On 11 Feb 2026, at 15:40, Danielle Hughes wrote:
>>
>> whats the number for goodtime support?
'''
    return mail('en-x-thanks-quoted', 'Danielle Hughes <danielle.hughes@pellworthfinancial.co.uk>', 'Re: support number',
                D(2026, 2, 11, 16, 20, 0), textpart(body, charset='utf-8', cte='7bit', quote_cs=False), client='iphone',
                domain='pellworthfinancial.co.uk', irt='<LO4P265MB6019B7A2C3D4E5F6A7B8C9D0E1@LO4P265MB6019.GBRP265.PROD.OUTLOOK.COM>')


@reg('en-x-got-it', 'noise', 'ignore', '', 'en', 'bare-thanks;gmail-multipart-alternative;7bit;one-liner', 'got it, thanks')
def _():
    return mail('en-x-got-it', 'Megan Walsh <megan.walsh@pellworthfinancial.com>', 'Re: group sessions?', D(2026, 4, 22, 9, 11, -4),
                gmail_body('got it, thanks', 'On Tue, Apr 21, 2026 at 4:55 PM GoodTime Help Line <helpline@pellworthfinancial.com> wrote:',
                           'Hi Megan,\n\nWe are checking with GoodTime whether group sessions with several candidates are supported and will come back to you.\n\nGoodTime Help Line', key='en-x-got-it', cte='7bit'),
                client='gmail', region='namprd11')

# ================================================================ GERMAN
DE_SIG_DISC = '''~~Pellworth Bank Deutschland GmbH | Sitz: Frankfurt am Main | Amtsgericht Frankfurt am Main HRB 118422 | Geschäftsführung: Dr. Martin Lehmann, Claudia Reinhardt | Vorsitzender des Aufsichtsrats: Peter Wallace
~~VERTRAULICH: Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail.
~~CONFIDENTIAL: This e-mail may contain confidential information. If you have received it in error, please notify the sender immediately and delete it. URGENT requests for payments by e-mail are never made by Pellworth.'''


@reg('de-q-saturday', 'question', 'auto_reply', 'support-hours', 'de', 'iphone-plain;quoted-printable;rfc2047-q-iso-8859-1-subject;iphone-sig-de;no-hours-word', 'is anyone at GoodTime there on Saturday evenings')
def _():
    body = '''Hallo zusammen,

wir machen ab März samstags Assessment-Tage in der Filiale Hamburg-Altona, teilweise bis 19 Uhr. Falls da abends was mit GoodTime hakt: ist bei denen dann überhaupt jemand zu erreichen, oder müssen wir bis Montag früh warten?

Danke & Gruß
Katrin

Von meinem iPhone gesendet'''
    return mail('de-q-saturday', 'Katrin Vogel <katrin.vogel@pellworth.de>', ew_q('Rückfrage: GoodTime am Samstagabend?', 'iso-8859-1'),
                D(2026, 2, 19, 21, 48, 1), textpart(body, charset='utf-8', cte='quoted-printable', quote_cs=False), client='iphone',
                domain='pellworth.de', mid='nobrackets')


@reg('de-q-verschieben', 'question', 'auto_reply', 'reschedule-interview', 'de', 'outlook-html-only;quoted-printable;windows-1252;long-signature;disclaimer-urgent-confidential;resembles-calendar-article', 'can I just move the event in Outlook')
def _():
    text = '''Hallo,

eine Bewerberin für die Stelle als Privatkundenberaterin möchte ihr Gespräch von Dienstag auf Donnerstag verlegen (gleiche Uhrzeit, gleiche Gesprächspartner).

Reicht es, wenn ich den Termin einfach in meinem Outlook-Kalender auf Donnerstag ziehe? Oder muss ich das in GoodTime anfassen, damit die Bewerberin und die Kollegen Bescheid bekommen?

Viele Grüße
Anja Hoffmann

##Anja Hoffmann
>>Recruiting-Koordinatorin | Region Mitte
>>Pellworth Bank Deutschland GmbH | Taunusanlage 12 | 60325 Frankfurt am Main
>>Tel.: +49 69 2475 3310 | anja.hoffmann@pellworth.de

''' + DE_SIG_DISC
    return mail('de-q-verschieben', 'Hoffmann, Anja <anja.hoffmann@pellworth.de>', 'Termin verschieben - Outlook oder GoodTime?',
                D(2026, 3, 3, 10, 16, 1), outlook_body(text, lang='DE', key='de-q-verschieben'), topic='Termin verschieben - Outlook oder GoodTime?',
                lang='de-DE', region='eurprd04', domain='pellworth.de', hops=5)


@reg('de-q-raum', 'question', 'auto_reply', 'room-booking', 'de', 'plain;base64;utf-8;rfc2047-b-utf8-subject-split-mid-word;rfc2047-q-utf8-from', 'new meeting room not offered')
def _():
    body = '''Hallo Helpline,

seit dem Umbau haben wir in der Filiale Frankfurt-Westend einen neuen Besprechungsraum („Raum Main“, 1. OG). Wenn ich in GoodTime ein Vor-Ort-Gespräch plane, werden mir nur die beiden alten Räume angeboten, der neue taucht überhaupt nicht auf. Im Outlook kann ich ihn ganz normal buchen.

Muss da irgendwo etwas eingestellt werden?

Gruß
Jürgen Weiß
Filialleiter Frankfurt-Westend
'''
    subj = ew_b('Neuer Besprechungsraum in GoodTime nicht sicht', 'utf-8') + '\n ' + ew_b('bar – Filiale Westend', 'utf-8')
    return mail('de-q-raum', '%s <juergen.weiss@pellworth.de>' % ew_q('Jürgen Weiß', 'utf-8'), subj, D(2026, 5, 6, 8, 22, 2),
                textpart(body, charset='utf-8', cte='base64'), client='outlook', topic=None, lang='de-DE', region='eurprd04',
                domain='pellworth.de')


@reg('de-q-ansprechpartner', 'question', 'auto_reply', 'contact-csm', 'de', 'apple-mail-multipart-alternative;quoted-printable;no-csm-letters', 'who is our account contact at GoodTime, how to book time')
def _():
    text = '''Hallo zusammen,

wir wollen die Einstellung unserer Azubis und Dual-Studierenden (Start 1.9.) dieses Jahr grundsätzlich anders aufziehen – Sammeltermine, mehr Filialleitungen als Interviewer, kürzere Wege. Dazu hätte ich gern eine Beratung direkt von GoodTime, nicht nur technischen Support.

Gibt es dort eine feste Betreuungsperson für unseren Account, mit der man so etwas besprechen kann? Und wie komme ich an einen Termin mit ihr/ihm?

Beste Grüße
Melanie Schulz
HR Business Partnerin Vertrieb
Pellworth Bank Deutschland'''
    return mail('de-q-ansprechpartner', 'Melanie Schulz <melanie.schulz@pellworth.de>', 'Ansprechperson bei GoodTime für Prozessthemen',
                D(2026, 1, 20, 13, 5, 1), apple_body(text, key='de-q-ansprechpartner'), client='applemail', domain='pellworth.de')


@reg('de-q-verteilung', 'question', 'auto_reply', 'interviewer-load-balancing', 'de', 'outlook-multipart-alternative;quoted-printable;iso-8859-1;reply-on-top;outlook-von-gesendet-block;quoted-thread-other-topic', 'one interviewer gets too many interviews')
def _():
    text = '''Hallo nochmal,

andere Sache: Bei uns in Hamburg bekommt Frau Keller gefühlt jedes zweite Gespräch für die Kundenberater-Stellen ab, die anderen drei aus dem Pool kaum. Sie hat sich jetzt (zu Recht) beschwert.

Kann man in GoodTime irgendwie einstellen, dass eine Person höchstens X Gespräche pro Woche macht bzw. dass es gleichmäßiger verteilt wird?

Danke
Katrin
<<HR>>
Von: GoodTime Help Line <helpline@pellworthfinancial.com>
Gesendet: Montag, 9. Februar 2026 15:12
An: Vogel, Katrin <katrin.vogel@pellworth.de>
Betreff: AW: Zugang für neue Filialleiterin Altona

Hallo Frau Vogel,

Frau Demir hat jetzt Zugang als Interviewerin und bekommt eine Einladung per E-Mail. Bitte sagen Sie ihr, dass sie beim ersten Login ihren Kalender verbindet.

Viele Grüße
GoodTime Help Line
'''
    return mail('de-q-verteilung', 'Vogel, Katrin <katrin.vogel@pellworth.de>', ew_q('AW: Zugang für neue Filialleiterin Altona', 'iso-8859-1'),
                D(2026, 2, 24, 11, 40, 1), outlook_body(text, cs='iso-8859-1', lang='DE', alt=True, key='de-q-verteilung'),
                topic='Zugang für neue Filialleiterin Altona', lang='de-DE', region='eurprd04', domain='pellworth.de')


@reg('de-b-absage', 'bug', 'forward_support', '', 'de', 'plain;8bit;raw-utf8-subject;raw-utf8-from;smtputf8', 'interviewer decline not picked up')
def _():
    body = '''Hallo,

Herr Brandt hat gestern das Gespräch am Freitag um 14 Uhr in Outlook abgelehnt. In GoodTime steht er aber weiterhin als „zugesagt“ drin, und wir haben keinerlei Hinweis bekommen. Das ist schon das zweite Mal diese Woche (vorher bei Frau Yilmaz).

Das Gespräch ist erst Freitag, wir haben also noch Zeit – aber so merken wir Absagen einfach nicht rechtzeitig.

Gruß
J. Weiß
'''
    return mail('de-b-absage', 'Jürgen Weiß <juergen.weiss@pellworth.de>'.encode('utf-8'),
                'Absage vom Interviewer wird in GoodTime nicht übernommen'.encode('utf-8'), D(2026, 6, 17, 16, 3, 2),
                textpart(body, charset='utf-8', cte='8bit'), client='applemail', domain='pellworth.de', hops=6, origin='exo', region='eurprd04')


@reg('de-s-empfang', 'scheduling_blocker', 'forward_support', '', 'de', 'iphone-plain;quoted-printable;rfc2047-q-utf8-subject;rfc2047-q-utf8-from;iphone-sig-de', 'candidate at reception, interviewer has no invite')
def _():
    body = '''Bewerber sitzt seit 10 Min am Empfang in der Filiale Düsseldorf Kö (Termin 9:30). Herr Brandt hat keine Einladung bekommen, steht bei ihm nicht im Kalender. In GoodTime steht alles als geplant.

Wie kriege ich JETZT schnell jemand anderen dazu?? Oder kann ich Herrn Brandt die Einladung nochmal schicken?

Stefan

Von meinem iPhone gesendet'''
    return mail('de-s-empfang', '%s <stefan.krueger@pellworth.de>' % ew_q('Krüger, Stefan', 'utf-8'), ew_q('Bewerber wartet am Empfang – kein Interviewer!!', 'utf-8'),
                D(2026, 4, 14, 9, 41, 2), textpart(body, charset='utf-8', cte='quoted-printable', quote_cs=False), client='iphone',
                domain='pellworth.de')


@reg('de-f-sprache', 'feature_request', 'product_board_reply', '', 'de', 'outlook-html-only;quoted-printable;windows-1252', 'candidate email language picked automatically')
def _():
    text = '''Hallo Team,

ein Wunsch aus den Filialen: Wir bekommen für die Kundenberater-Stellen in Frankfurt und Düsseldorf immer mehr Bewerbungen auf Englisch. GoodTime schickt aber allen Bewerbern die gleichen deutschen E-Mails, und wir müssen für die englischsprachigen jedes Mal von Hand eine andere Vorlage auswählen.

Schön wäre, wenn GoodTime die Sprache der Bewerbung aus dem ATS übernehmen und automatisch die passende Sprachversion schicken würde. Könnt ihr das bei GoodTime als Idee einreichen?

Grüße
Anja
'''
    return mail('de-f-sprache', 'Hoffmann, Anja <anja.hoffmann@pellworth.de>', 'Idee: Bewerber-Mails automatisch in der richtigen Sprache',
                D(2026, 9, 22, 15, 11, 2), outlook_body(text, lang='DE', key='de-f-sprache'), topic='Idee: Bewerber-Mails automatisch in der richtigen Sprache',
                lang='de-DE', region='eurprd04', domain='pellworth.de')


@reg('de-e-lizenzen', 'escalation', 'flag_csm', '', 'de', 'outlook-multipart-alternative;quoted-printable;long-folded-subject;rfc2047-q-iso-8859-1-multiword;long-signature;received-7;dkim;arc', 'extra licences for two new branches')
def _():
    text = '''Hallo liebes Helpline-Team,

wir eröffnen im Mai zwei neue Filialen (Berlin-Mitte und Leipzig). Dafür brauchen wir GoodTime-Zugänge für 2 Filialleitungen, 6 Kundenberater als Interviewer und eine zusätzliche Recruiterin.

Nach meinem Stand sind die Lizenzen für Deutschland ausgeschöpft. Könnt ihr das bitte mit GoodTime klären (Anzahl, Kosten, ggf. Vertragsanpassung)? Das Budget ist von der Regionalleitung freigegeben.

Viele Grüße
Melanie Schulz

##Melanie Schulz
>>HR Business Partnerin Vertrieb
>>Pellworth Bank Deutschland GmbH | Taunusanlage 12 | 60325 Frankfurt am Main
>>Mobil: +49 151 2347 8810

''' + DE_SIG_DISC
    subj = (ew_q('Zusätzliche GoodTime-Lizenzen für neue Filialen ', 'iso-8859-1') + '\n ' +
            ew_q('Berlin-Mitte und Leipzig ab Mai - bitte mit GoodTime klären', 'iso-8859-1'))
    return mail('de-e-lizenzen', 'Melanie Schulz <melanie.schulz@pellworth.de>', subj, D(2026, 3, 12, 17, 26, 1),
                outlook_body(text, cs='iso-8859-1', lang='DE', alt=True, key='de-e-lizenzen'), hops=7, authd='pellworth.de',
                topic='Zusätzliche GoodTime-Lizenzen für neue Filialen Berlin-Mitte und Leipzig ab Mai - bitte mit GoodTime klären',
                lang='de-DE', region='eurprd04', domain='pellworth.de')


@reg('de-x-abwesend', 'noise', 'ignore', '', 'de', 'out-of-office;no-auto-submitted;raw-cp1252-subject;plain;quoted-printable;windows-1252', 'German out-of-office without Auto-Submitted')
def _():
    body = '''Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 14.04.2026 nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an Frau Anja Hoffmann (anja.hoffmann@pellworth.de).

Mit freundlichen Grüßen
Katrin Vogel
'''
    return mail('de-x-abwesend', 'Vogel, Katrin <katrin.vogel@pellworth.de>', 'Abwesenheitsnotiz: Rückfrage zum Interviewer-Pool Hamburg'.encode('cp1252'),
                D(2026, 4, 7, 9, 0, 2), textpart(body, charset='windows-1252', cte='quoted-printable'), topic=None,
                lang='de-DE', region='eurprd04', domain='pellworth.de')


# ================================================================ SPANISH
ES_DISC = '''~~AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos son confidenciales y van dirigidos exclusivamente a su destinatario. Si lo ha recibido por error, le rogamos que lo comunique inmediatamente al remitente y lo elimine. CONFIDENTIAL: if you received this message in error please notify the sender immediately.
~~Pellworth Financial España, S.A.U. – Paseo de la Castellana 95, 28046 Madrid – Inscrita en el Registro Mercantil de Madrid, Tomo 38.112, Folio 44, Hoja M-677301.'''


@reg('es-q-chat', 'question', 'auto_reply', 'chat-bubble', 'es', 'iphone-plain;quoted-printable;iphone-sig-es;lowercase', 'cannot find the purple chat')
def _():
    body = '''hola, me dicen que para hablar con soporte use el chat morado ese pero yo no lo veo por ningún lado. estoy en la web de goodtime desde el portátil, en la página de entrada donde pone lo de iniciar sesión... ¿dónde está?

gracias
Álvaro

Enviado desde mi iPhone'''
    return mail('es-q-chat', '=?utf-8?Q?=C3=81lvaro_Ruiz?= <alvaro.ruiz@pellworth.es>', 'chat de goodtime??', D(2026, 3, 9, 12, 33, 1),
                textpart(body, charset='utf-8', cte='quoted-printable', quote_cs=False), client='iphone', domain='pellworth.es')


@reg('es-q-autoagenda', 'question', 'auto_reply', 'self-scheduling-link', 'es', 'gmail-multipart-alternative;quoted-printable;received-7;dkim;arc;google-workspace', 'let candidates choose their own slot')
def _():
    text = '''Buenos días:

Estamos con la campaña de gestores comerciales para la red de oficinas de Andalucía: más de 200 candidaturas, y el primer paso es una entrevista telefónica de 20 minutos. Me paso el día cuadrando horas por correo con cada candidato.

¿Se puede hacer que el propio candidato elija el hueco que le venga bien, según la agenda de los entrevistadores? ¿Cómo se hace en GoodTime?

Un saludo,
Raquel Domínguez
Técnica de Selección – Red de Oficinas Sur
Pellworth España'''
    return mail('es-q-autoagenda', '=?UTF-8?B?UmFxdWVsIERvbcOtbmd1ZXo=?= <raquel.dominguez@pellworth.es>',
                ew_b('¿Que el candidato elija él mismo la hora?', 'UTF-8'),
                D(2026, 4, 8, 9, 47, 2), gmail_body(text, key='es-q-autoagenda'), client='gmail', hops=7, origin='google',
                ext='pellworth.es', region='eurprd04', authd='pellworth.es', domain='pellworth.es')


@reg('es-q-husos', 'question', 'auto_reply', 'time-zones', 'es', 'outlook-html-only;quoted-printable;iso-8859-1', 'candidate in Mexico City, team in Madrid')
def _():
    text = '''Hola,

Tengo una candidata para el puesto de analista de riesgos que ahora mismo vive en Ciudad de México (se muda a Madrid en septiembre). La entrevista es con el equipo de Riesgos de Madrid el jueves por la tarde.

¿Cómo me aseguro de que a ella le llegue la hora en su horario y no en el nuestro? No quiero que se conecte a las 3 de la mañana ni que llegue tarde.

Gracias,
Javier

##Javier Ortega
>>Coordinador de Selección | Servicios Centrales
>>Pellworth España | Paseo de la Castellana 95, Madrid
'''
    return mail('es-q-husos', 'Ortega, Javier <javier.ortega@pellworth.es>', 'Entrevista con candidata en México - hora',
                D(2026, 6, 29, 16, 2, 2), outlook_body(text, cs='iso-8859-1', lang='ES', key='es-q-husos'), topic='Entrevista con candidata en México - hora',
                lang='es-ES', region='eurprd04', domain='pellworth.es')


@reg('es-q-correo-soporte', 'question', 'auto_reply', 'contact-support', 'es', 'plain;base64;iso-8859-1;reply-on-top;quoted-thread-other-topic;gt-quoted-lines', 'asks again for Support e-mail address')
def _():
    body = '''Hola de nuevo,

perdonad, ¿me pasáis otra vez el correo de soporte de GoodTime? Lo tenía apuntado en un pósit y ha desaparecido. Es para comentarles una cosa rara con un candidato.

Gracias
Lucía

El mar, 3 mar 2026 a las 12:10, GoodTime Help Line (<helpline@pellworthfinancial.com>) escribió:
> Hola Lucía:
>
> Ya tienes acceso de coordinadora en GoodTime. La primera vez que entres,
> conecta tu calendario de Google para que podamos ver tu disponibilidad.
>
> Un saludo,
> GoodTime Help Line
'''
    return mail('es-q-correo-soporte', '=?iso-8859-1?Q?Luc=EDa_Fern=E1ndez?= <lucia.fernandez@pellworth.es>', 'Re: Acceso a GoodTime',
                D(2026, 5, 26, 18, 55, 2), textpart(body, charset='iso-8859-1', cte='base64', ct_extra='; format=flowed'), client='thunderbird',
                domain='pellworth.es', irt='<AM9PR02MB6631F2E3D4C5B6A7988796A5B4C3D2@AM9PR02MB6631.eurprd02.prod.outlook.com>')


@reg('es-q-nuevo-entrevistador', 'question', 'auto_reply', 'add-interviewer-to-pool', 'es', 'plain;8bit;raw-utf8-subject;raw-utf8-from;smtputf8', 'new branch director should be proposed as interviewer')
def _():
    body = '''Hola:

El lunes se incorpora Sergio Navarro como director de la oficina de Valencia–Colón y va a hacer entrevistas de gestores y cajeros con nosotros.

¿Qué tengo que hacer para que GoodTime lo tenga en cuenta y lo proponga cuando programemos? Ya tiene usuario de Pellworth y correo.

Gracias,
Begoña
'''
    return mail('es-q-nuevo-entrevistador', 'Begoña Martínez Ibáñez <begona.martinez@pellworth.es>'.encode('utf-8'),
                'Nuevo director de oficina – ¿cómo lo añado para entrevistas?'.encode('utf-8'), D(2026, 10, 1, 8, 57, 2),
                textpart(body, charset='utf-8', cte='8bit'), client='applemail', domain='pellworth.es', hops=5, origin='google', ext='pellworth.es',
                region='eurprd04')


@reg('es-n-idioma', 'question', 'forward_support', 'none', 'es', 'gmail-multipart-alternative;quoted-printable;short', 'GoodTime screens in Spanish?')
def _():
    text = '''Hola equipo,

¿GoodTime se puede poner en castellano? A varios directores de oficina les sale todo en inglés y se pierden con los menús. No hablo de los correos a los candidatos, sino de la pantalla de la herramienta.

Gracias,
Álvaro Ruiz
Director – Oficina Sevilla Nervión'''
    return mail('es-n-idioma', '=?UTF-8?Q?=C3=81lvaro_Ruiz?= <alvaro.ruiz@pellworth.es>', ew_q('¿GoodTime en español?', 'UTF-8'), D(2026, 7, 7, 10, 38, 2),
                gmail_body(text, key='es-n-idioma'), client='gmail', domain='pellworth.es')


@reg('es-b-teams', 'bug', 'forward_support', '', 'es', 'outlook-multipart-alternative;quoted-printable;attachment-png;multipart-mixed;inline-image', 'Teams links not generated for next week')
def _():
    text = '''Hola:

En las entrevistas que he programado para la semana que viene no se genera el enlace de Teams, ni en la invitación de los entrevistadores ni en la confirmación al candidato. En la entrevista tengo marcado Teams como siempre.

Las de esta semana sí lo tenían. Adjunto captura de una de ellas.

Saludos,
Javier Ortega
Coordinador de Selección
'''
    att = attachment(png(150, 84, 44), 'image/png', 'captura_goodtime.png')
    return mail('es-b-teams', 'Ortega, Javier <javier.ortega@pellworth.es>', 'No sale el enlace de Teams', D(2026, 11, 18, 17, 44, 1),
                outlook_body(text, cs='utf-8', lang='ES', alt=True, key='es-b-teams', attachments=[att]), topic='No sale el enlace de Teams',
                has_attach=True, lang='es-ES', region='eurprd04', domain='pellworth.es')


@reg('es-s-videollamada', 'scheduling_blocker', 'forward_support', '', 'es', 'outlook-android;quoted-printable;outlook-mobile-sig-es;urgent', 'candidate waiting in video call, meeting does not exist')
def _():
    body = '''La candidata lleva 10 min esperando y el enlace de Teams que mandó GoodTime dice que la reunión no existe. A la entrevistadora le pasa lo mismo. Entrevista era a las 11:00.

¿Qué hago? ¿Le mando un enlace nuevo a mano? URGENTE

Raquel

Obtener Outlook para Android<https://aka.ms/AAb9ysg>
'''
    return mail('es-s-videollamada', '=?utf-8?B?UmFxdWVsIERvbcOtbmd1ZXo=?= <raquel.dominguez@pellworth.es>', 'URGENTE enlace teams no funciona',
                D(2026, 2, 4, 11, 10, 1), textpart(body, charset='utf-8', cte='quoted-printable'), client='outlook-android',
                topic='URGENTE enlace teams no funciona', lang='es-ES', region='eurprd04', domain='pellworth.es')


@reg('es-e-formacion', 'escalation', 'flag_csm', '', 'es', 'outlook-html-only;quoted-printable;windows-1252;long-folded-subject;long-signature;disclaimer-urgent-confidential', 'training for 22 branch directors')
def _():
    text = '''Hola:

A partir de septiembre los 22 directores de oficina de la Zona Centro van a entrevistar directamente con GoodTime (hasta ahora lo gestionábamos todo desde Selección).

Necesitaríamos que GoodTime nos diera una formación específica para ellos, en castellano si es posible, y otra sesión más avanzada para los 4 coordinadores de selección. ¿Podéis gestionarlo con GoodTime y ver fechas para julio?

Un saludo,
Lucía

##Lucía Fernández
>>Responsable de Selección – Zona Centro
>>Pellworth España | Paseo de la Castellana 95, 28046 Madrid
>>Tel. +34 91 123 45 67

''' + ES_DISC
    subj = ew_q('Formación GoodTime para los directores de oficina de Zona Centro ', 'windows-1252') + '\n ' + ew_q('(septiembre) y sesión avanzada coordinadores', 'windows-1252')
    return mail('es-e-formacion', '=?iso-8859-1?Q?Fern=E1ndez=2C_Luc=EDa?= <lucia.fernandez@pellworth.es>', subj, D(2026, 6, 16, 13, 29, 2),
                outlook_body(text, lang='ES', key='es-e-formacion'), topic='Formación GoodTime para los directores de oficina de Zona Centro (septiembre) y sesión avanzada coordinadores',
                lang='es-ES', region='eurprd04', domain='pellworth.es', hops=6)


@reg('es-x-fuera', 'noise', 'ignore', '', 'es', 'out-of-office;auto-submitted;rfc2047-q-iso-8859-1-subject;outlook-html-only;quoted-printable', 'Spanish automatic reply')
def _():
    text = '''Hola,

Estoy fuera de la oficina hasta el 24 de agosto sin acceso al correo. Para temas urgentes de selección, contacta con Javier Ortega (javier.ortega@pellworth.es).

Un saludo,
Lucía Fernández
'''
    return mail('es-x-fuera', '=?iso-8859-1?Q?Fern=E1ndez=2C_Luc=EDa?= <lucia.fernandez@pellworth.es>',
                ew_q('Respuesta automática: Fechas formación GoodTime', 'iso-8859-1'), D(2026, 8, 10, 7, 12, 2),
                outlook_body(text, cs='iso-8859-1', lang='ES', key='es-x-fuera'), topic='Fechas formación GoodTime', lang='es-ES',
                region='eurprd04', domain='pellworth.es', extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')])

# ================================================================ FRENCH
FR_DISC = '''~~Ce message et toutes les pièces jointes sont CONFIDENTIELS et établis à l'intention exclusive de ses destinataires. Si vous avez reçu ce message par erreur, merci d'en avertir immédiatement l'expéditeur et de le détruire. CONFIDENTIAL: if you are not the intended recipient, please notify the sender immediately; any error in transmission does not waive confidentiality.
~~Pellworth Financial France SAS – 42 rue de la Bourse, 69002 Lyon – RCS Lyon 812 447 209 – Intermédiaire en opérations de banque, ORIAS n° 19004471.'''


@reg('fr-q-interlocuteur', 'question', 'auto_reply', 'contact-csm', 'fr', 'iphone-plain;quoted-printable;iphone-sig-fr;no-csm-letters', 'who follows our account at GoodTime, how to book a meeting')
def _():
    body = '''Bonjour,

On voudrait revoir toute l'organisation de nos entretiens pour les conseillers en agence sur la région Hauts-de-France (trop d'allers-retours avec les directeurs d'agence, des créneaux perdus…).

Est-ce qu'il y a quelqu'un chez GoodTime qui suit notre compte et avec qui on pourrait caler un RDV pour en parler ? Et comment on le contacte ?

Merci
Julien

Envoyé de mon iPhone'''
    return mail('fr-q-interlocuteur', 'Julien Marchand <julien.marchand@pellworth.fr>', 'Interlocuteur GoodTime ?', D(2026, 3, 17, 19, 14, 1),
                textpart(body, charset='utf-8', cte='quoted-printable', quote_cs=False), client='iphone', domain='pellworth.fr')


@reg('fr-q-lien-teams', 'question', 'auto_reply', 'conference-links', 'fr', 'outlook-html-only;quoted-printable;windows-1252;long-signature', 'how to get Teams link added automatically')
def _():
    text = '''Bonjour,

Quand je planifie un entretien en visio dans GoodTime, il n\u2019y a pas de lien Teams dans l\u2019invitation : je le copie-colle à la main depuis Outlook à chaque fois, et parfois j\u2019oublie de l\u2019envoyer au candidat.

Il y a un moyen pour que GoodTime l\u2019ajoute tout seul ? C\u2019est un réglage de mon côté ?

Merci d\u2019avance,
Camille

##Camille Bernard
>>Coordinatrice recrutement \u2013 Siège Paris
>>Pellworth Financial France | 18 avenue de l\u2019Opéra, 75001 Paris
>>Tél. : +33 1 44 55 66 10
'''
    return mail('fr-q-lien-teams', 'Bernard, Camille <camille.bernard@pellworth.fr>', 'Lien Teams dans les invitations GoodTime',
                D(2026, 1, 13, 14, 47, 1), outlook_body(text, lang='FR', key='fr-q-lien-teams'), topic='Lien Teams dans les invitations GoodTime',
                lang='fr-FR', region='eurprd04', domain='pellworth.fr')


@reg('fr-q-dispos', 'question', 'auto_reply', 'candidate-availability-request', 'fr', 'apple-mail-multipart-alternative;quoted-printable', 'ask candidates for their availability first')
def _():
    text = '''Bonjour,

Pour les entretiens de conseillers clientèle à Lyon, je voudrais d\u2019abord demander aux candidats leurs disponibilités, puis caler les créneaux avec les directeurs d\u2019agence (ils ont des plannings compliqués avec les rendez-vous clients).

Comment on fait ça depuis GoodTime ? Le candidat reçoit un lien pour cocher ses dispos ?

Bonne journée,
Hélène'''
    return mail('fr-q-dispos', '=?utf-8?Q?H=C3=A9l=C3=A8ne?= Rousseau <helene.rousseau@pellworth.fr>',
                ew_q('Demander les disponibilités des candidats', 'utf-8'), D(2026, 5, 21, 9, 5, 2),
                apple_body(text, key='fr-q-dispos'), client='applemail', domain='pellworth.fr')


@reg('fr-q-weekend', 'question', 'auto_reply', 'support-hours', 'fr', 'plain;base64;utf-8;rfc2047-b-utf8-subject;no-hours-word', 'does Support answer at weekends')
def _():
    body = '''Bonjour,

Le support de GoodTime répond-il aussi le week-end ? On organise des sessions de recrutement le samedi matin à Lille et si quelque chose plante, je ne sais pas si quelqu\u2019un sera là avant lundi.

Merci,
Julien Marchand
Directeur d\u2019agence \u2013 Lille Grand-Place
'''
    return mail('fr-q-weekend', 'Julien Marchand <julien.marchand@pellworth.fr>', ew_b('Support GoodTime le samedi ?', 'utf-8'),
                D(2026, 2, 26, 22, 31, 1), textpart(body, charset='utf-8', cte='base64'), client='outlook', topic='Support GoodTime le samedi ?',
                lang='fr-FR', region='eurprd04', domain='pellworth.fr')


@reg('fr-q-duree', 'question', 'auto_reply', 'interview-templates', 'fr', 'gmail-multipart-alternative;raw-utf8-subject;reply-on-top;quoted-thread-other-topic;quoted-printable', 'wrong default duration every time')
def _():
    text = '''Bonjour,

Autre sujet : chaque fois que je planifie un entretien pour le poste de conseiller en gestion de patrimoine, GoodTime met 30 min avec un seul interlocuteur, alors que chez nous c\u2019est 1h avec deux personnes. Je corrige à la main à chaque fois.

Il y a moyen de régler ça une bonne fois pour toutes, pour tout le monde ?

Merci !
Sophie'''
    quote = '''Bonjour Sophie,

C'est fait : Thomas Girard est maintenant dans le vivier des intervieweurs pour l'agence de Bordeaux. Il recevra les invitations dès la semaine prochaine.

GoodTime Help Line'''
    return mail('fr-q-duree', 'Sophie Lambert <sophie.lambert@pellworth.fr>', 'Re: Ajout intervieweur Bordeaux – et durée des entretiens'.encode('utf-8'),
                D(2026, 10, 15, 11, 28, 2), gmail_body(text, 'Le mer. 14 oct. 2026 à 17:03, GoodTime Help Line <helpline@pellworthfinancial.com> a écrit :', quote, key='fr-q-duree'),
                client='gmail', domain='pellworth.fr', irt='<PA4PR04MB7710C1D2E3F4A5B6C7D8E9F0A1B2@PA4PR04MB7710.eurprd04.prod.outlook.com>')


@reg('fr-n-mobilite', 'question', 'forward_support', 'none', 'fr', 'outlook-html-only;quoted-printable;windows-1252;long-signature;disclaimer-urgent-confidential', 'can GoodTime be used for internal mobility interviews')
def _():
    text = '''Bonjour,

Question de fond : est-ce qu\u2019on a le droit d\u2019utiliser GoodTime pour planifier les entretiens de mobilité interne (des salariés Pellworth qui postulent sur un autre poste), ou c\u2019est réservé aux candidats externes ? Les collaborateurs concernés ne sont pas toujours dans l\u2019ATS de la même façon.

Merci,
Camille

##Camille Bernard
>>Coordinatrice recrutement \u2013 Siège Paris
>>Pellworth Financial France

''' + FR_DISC
    return mail('fr-n-mobilite', 'Bernard, Camille <camille.bernard@pellworth.fr>', 'GoodTime pour la mobilité interne ?', D(2026, 9, 3, 15, 52, 2),
                outlook_body(text, lang='FR', key='fr-n-mobilite'), topic='GoodTime pour la mobilité interne ?', lang='fr-FR', region='eurprd04',
                domain='pellworth.fr', hops=5)


@reg('fr-b-erreur500', 'bug', 'forward_support', '', 'fr', 'plain;quoted-printable;windows-1252;raw-cp1252-subject;raw-cp1252-from;attachment-png;multipart-mixed', 'error 500 on scheduling page for one job')
def _():
    body = '''Bonjour,

Depuis ce matin, dès que j\u2019ouvre la page de planification d\u2019un candidat, j\u2019ai une page blanche avec « Error 500 \u2013 Something went wrong ». Ça le fait pour tous les candidats du poste Conseiller clientèle Lyon Part-Dieu ; pour les autres postes ça marche.

Capture jointe. Pas d\u2019urgence immédiate, mes prochains entretiens sont jeudi.

Hélène
'''
    p1 = textpart(body, charset='windows-1252', cte='quoted-printable')
    att = attachment(png(140, 80, 58), 'image/png', 'erreur500.png')
    part = multipart('mixed', [p1, att], '----=_NextPart_000_0041_01DCB2A1.5F3E8C20', preamble='This is a multipart message in MIME format.')
    return mail('fr-b-erreur500', 'Hélène Rousseau <helene.rousseau@pellworth.fr>'.encode('cp1252'),
                'Écran planification : erreur 500 depuis ce matin'.encode('cp1252'), D(2026, 12, 8, 9, 18, 1), part, client='none',
                mid='<000001dcb2a1$5f3e8c20$1dbba460$@pellworth.fr>', domain='pellworth.fr',
                extra=[('X-Mailer', 'Microsoft Outlook 16.0'), ('Thread-Index', 'AdyyoV8+jCDdb6RpQ3yT2mN1sKx8Zw=='), ('Content-Language', 'fr')])


@reg('fr-f-rappel-eval', 'feature_request', 'product_board_reply', '', 'fr', 'gmail-multipart-alternative;quoted-printable;received-6;dkim;arc', 'automatic feedback reminder to interviewers')
def _():
    text = '''Bonjour,

Une suggestion pour GoodTime : ce serait top qu\u2019il envoie automatiquement un petit rappel aux directeurs d\u2019agence le lendemain de l\u2019entretien pour qu\u2019ils remplissent leur grille d\u2019évaluation. Aujourd\u2019hui on relance tout le monde à la main et certains retours arrivent une semaine après.

Vous pouvez la faire remonter ?

Merci,
Sophie Lambert
Chargée de recrutement \u2013 Réseau Sud-Ouest'''
    return mail('fr-f-rappel-eval', 'Sophie Lambert <sophie.lambert@pellworth.fr>', ew_q('Idée : relance automatique après entretien', 'utf-8'),
                D(2026, 6, 4, 16, 40, 2), gmail_body(text, key='fr-f-rappel-eval'), client='gmail', hops=6, origin='google', ext='pellworth.fr',
                region='eurprd04', authd='pellworth.fr', domain='pellworth.fr')


@reg('fr-e-plainte', 'escalation', 'flag_csm', '', 'fr', 'outlook-multipart-alternative;quoted-printable;iso-8859-1;angry;long-signature', 'overall complaint, wants account review')
def _():
    text = '''Bonjour,

Je me permets de remonter un sujet plus global. Depuis le déploiement de GoodTime en janvier, les directeurs d'agence des Hauts-de-France ont eu des problèmes à répétition : invitations en double, rappels non envoyés, créneaux proposés pendant les fermetures d'agence. Chaque ticket est traité, mais le problème suivant arrive la semaine d'après.

Résultat : plusieurs directeurs ont recommencé à tout faire par téléphone, et on perd le bénéfice de l'outil.

Je souhaiterais un point avec la personne qui gère notre compte chez GoodTime, avec un vrai plan d'action, et que notre direction RH y soit associée.

Cordialement,
Julien Marchand
Directeur d'agence - Lille Grand-Place
Pellworth Financial France
'''
    return mail('fr-e-plainte', 'Marchand, Julien <julien.marchand@pellworth.fr>', 'Retour global sur GoodTime - Hauts-de-France',
                D(2026, 4, 30, 18, 12, 2), outlook_body(text, cs='iso-8859-1', lang='FR', alt=True, key='fr-e-plainte'),
                topic='Retour global sur GoodTime - Hauts-de-France', lang='fr-FR', region='eurprd04', domain='pellworth.fr',
                cc='Bernard, Camille <camille.bernard@pellworth.fr>')


@reg('fr-x-absence', 'noise', 'ignore', '', 'fr', 'out-of-office;auto-submitted;rfc2047-b-iso-8859-1-subject;plain;quoted-printable', 'French automatic reply')
def _():
    body = '''Bonjour,

Je suis absente du 20 juillet au 7 août inclus. Je n\u2019aurai pas accès à mes e-mails.
Pour toute demande urgente concernant le recrutement, merci de contacter Camille Bernard (camille.bernard@pellworth.fr).

Cordialement,
Hélène Rousseau
'''
    return mail('fr-x-absence', '=?iso-8859-1?Q?H=E9l=E8ne_Rousseau?= <helene.rousseau@pellworth.fr>',
                ew_b('Réponse automatique : Rappel - formation GoodTime', 'iso-8859-1'), D(2026, 7, 22, 14, 3, 2),
                textpart(body, charset='utf-8', cte='quoted-printable'), topic='Rappel - formation GoodTime', lang='fr-FR', region='eurprd04',
                domain='pellworth.fr', extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')])


# ================================================================ PORTUGUESE
PT_DISC = '''~~AVISO DE CONFIDENCIALIDADE: Esta mensagem e os seus anexos são CONFIDENCIAIS e destinam-se exclusivamente ao destinatário. Se a recebeu por erro, informe imediatamente o remetente e apague-a. CONFIDENTIAL: if received in error please notify the sender immediately.
~~Pellworth Financial Portugal, S.A. – Avenida da Liberdade 190, 1250-147 Lisboa – NIPC 514 220 871.'''


@reg('pt-q-balao', 'question', 'auto_reply', 'chat-bubble', 'pt', 'iphone-plain;quoted-printable;iphone-sig-pt;lowercase', 'where is the chat bubble')
def _():
    body = '''olá, onde fica o tal balão de chat do goodtime? o colega disse para falar com o suporte por lá mas não vejo nada no ecrã. já entrei na minha conta

obg
Tiago

Enviado do meu iPhone'''
    return mail('pt-q-balao', 'Tiago Monteiro <tiago.monteiro@pellworth.pt>', 'chat goodtime', D(2026, 1, 29, 15, 7, 0),
                textpart(body, charset='utf-8', cte='quoted-printable', quote_cs=False), client='iphone', domain='pellworth.pt')


@reg('pt-q-calendario', 'question', 'auto_reply', 'calendar-sync', 'pt', 'outlook-html-only;quoted-printable;iso-8859-1;resembles-bug', 'shows free when busy, changed password')
def _():
    text = '''Bom dia,

O GoodTime está a mostrar-me como disponível em horas em que tenho reuniões marcadas no Outlook, e já me marcaram duas entrevistas por cima de reuniões de equipa.

Mudei a password da conta na semana passada - pode ter a ver com isso? O que devo verificar?

Obrigada,
Ana Rita Sousa
Coordenadora de Recrutamento - Lisboa
'''
    return mail('pt-q-calendario', 'Sousa, Ana Rita <anarita.sousa@pellworth.pt>', ew_q('Disponibilidade errada no GoodTime após mudança de password', 'iso-8859-1'),
                D(2026, 3, 19, 9, 58, 0), outlook_body(text, cs='iso-8859-1', lang='PT', key='pt-q-calendario'),
                topic='Disponibilidade errada no GoodTime após mudança de password', lang='pt-PT', region='eurprd04', domain='pellworth.pt')


@reg('pt-q-desistiu', 'question', 'auto_reply', 'cancel-interview', 'pt', 'gmail-multipart-alternative;base64;utf-8', 'candidate withdrew, delete the invite?')
def _():
    text = '''Olá,

O candidato para gestor de sinistros no Porto desistiu ontem. Apago simplesmente o convite no meu calendário ou há outra forma de fazer isto no GoodTime? Não quero que os entrevistadores fiquem com o convite nem que a sala continue reservada.

Obrigado
João Ferreira
Gestor de Sinistros Sénior – Porto'''
    return mail('pt-q-desistiu', '=?UTF-8?Q?Jo=C3=A3o_Ferreira?= <joao.ferreira@pellworth.pt>', 'candidato desistiu', D(2026, 7, 9, 17, 21, 1),
                gmail_body(text, key='pt-q-desistiu', cte='base64'), client='gmail', domain='pellworth.pt')


@reg('pt-q-sugestao', 'question', 'auto_reply', 'product-board', 'pt', 'plain;base64;utf-8;rfc2047-q-utf8-subject-split-mid-word;resembles-feature-request', 'where do product ideas go')
def _():
    body = '''Olá equipa,

Tenho uma ideia para o GoodTime (lembretes por SMS aos candidatos, muitos não leem o e-mail). Onde é que se deixam sugestões destas para a própria GoodTime ver? Há algum sítio próprio, ou mando para vocês?

Obrigada
Mariana Lopes
Recrutadora – Centro Tecnológico Lisboa
'''
    subj = ew_q('Onde deixar sugest', 'utf-8') + '\n ' + ew_q('ões para o GoodTime?', 'utf-8')
    return mail('pt-q-sugestao', 'Mariana Lopes <mariana.lopes@pellworth.pt>', subj, D(2026, 8, 20, 11, 45, 1),
                textpart(body, charset='utf-8', cte='base64'), client='outlook', topic='Onde deixar sugestões para o GoodTime?', lang='pt-PT',
                region='eurprd04', domain='pellworth.pt')


@reg('pt-q-lembretes', 'question', 'auto_reply', 'candidate-reminders', 'pt', 'gmail-multipart-alternative;quoted-printable;reply-on-top;quoted-thread-other-topic', 'do candidates get an automatic reminder')
def _():
    text = '''Olá,

Outra dúvida: os candidatos recebem algum lembrete automático antes da entrevista? Temos tido muitas faltas nas entrevistas para gestores de sinistros no Porto e não sei se o GoodTime manda alguma coisa na véspera ou se temos de ligar a cada um.

Obrigado
João'''
    quote = '''Olá João,

A sala "Porto - Sala Douro" já está disponível no GoodTime para entrevistas presenciais.

Cumprimentos,
GoodTime Help Line'''
    return mail('pt-q-lembretes', '=?UTF-8?Q?Jo=C3=A3o_Ferreira?= <joao.ferreira@pellworth.pt>', 'Re: Sala Douro no GoodTime', D(2026, 11, 26, 10, 3, 0),
                gmail_body(text, 'Em qua., 25 de nov. de 2026 às 16:40, GoodTime Help Line <helpline@pellworthfinancial.com> escreveu:', quote, key='pt-q-lembretes'),
                client='gmail', domain='pellworth.pt', irt='<VI1PR04MB5512D3C4B5A6978869504A3B2C1D0E@VI1PR04MB5512.eurprd04.prod.outlook.com>')


@reg('pt-n-abertura', 'question', 'forward_support', 'none', 'pt', 'outlook-ios;quoted-printable;outlook-mobile-sig-pt;short', 'can we see if candidate opened the e-mail')
def _():
    body = '''É possível ver no GoodTime se o candidato abriu o e-mail de confirmação da entrevista? Tenho dois que dizem que nunca receberam nada e queria perceber antes de reenviar.

Ana Rita

Obter o Outlook para iOS<https://aka.ms/o0ukef>
'''
    return mail('pt-n-abertura', 'Sousa, Ana Rita <anarita.sousa@pellworth.pt>', 'ver se o candidato abriu o email', D(2026, 5, 13, 13, 26, 1),
                textpart(body, charset='utf-8', cte='quoted-printable'), client='outlook-ios', topic='ver se o candidato abriu o email',
                lang='pt-PT', region='eurprd04', domain='pellworth.pt')


@reg('pt-b-lembrete-duplo', 'bug', 'forward_support', '', 'pt', 'outlook-html-only;quoted-printable;windows-1252;long-signature;disclaimer-urgent-confidential', 'reminder sent twice, second in English')
def _():
    text = '''Bom dia,

Desde segunda-feira os candidatos estão a receber o lembrete da entrevista duas vezes: o primeiro em português, como sempre, e uma hora depois outro igual mas em inglês. Já tivemos três candidatos a ligar para a agência a perguntar se a entrevista tinha mudado.

Acontece em todas as entrevistas que vi desta semana (Lisboa e Porto).

Cumprimentos,
Tiago

##Tiago Monteiro
>>Team Leader \u2013 Recrutamento Balcões Norte
>>Pellworth Financial Portugal | Av. da Boavista 1203, 4100-130 Porto
>>Tel.: +351 22 600 4410

''' + PT_DISC
    return mail('pt-b-lembrete-duplo', 'Tiago Monteiro <tiago.monteiro@pellworth.pt>', 'Lembretes a sair duplicados (PT + EN)',
                D(2026, 10, 22, 9, 34, 1), outlook_body(text, lang='PT', key='pt-b-lembrete-duplo'), topic='Lembretes a sair duplicados (PT + EN)',
                lang='pt-PT', region='eurprd04', domain='pellworth.pt', hops=5)


@reg('pt-s-convite', 'scheduling_blocker', 'forward_support', '', 'pt', 'iphone-plain;8bit;raw-utf8-subject;iphone-sig-pt', 'interview in 10 min, interviewer has no invite')
def _():
    body = '''Entrevista começa daqui a 10 minutos e o entrevistador (Rui Almeida) diz que não recebeu convite nenhum. No GoodTime aparece tudo confirmado e a candidata já está a caminho da agência. O que faço??

Mariana

Enviado do meu iPhone'''
    return mail('pt-s-convite', 'Mariana Lopes <mariana.lopes@pellworth.pt>', 'URGENTE – entrevista às 15h sem convite'.encode('utf-8'),
                D(2026, 6, 25, 14, 50, 1), textpart(body, charset='utf-8', cte='8bit', quote_cs=False), client='iphone', domain='pellworth.pt', mid=None)


@reg('pt-f-presencial-video', 'feature_request', 'product_board_reply', '', 'pt', 'outlook-multipart-alternative;quoted-printable;utf-8', 'candidate chooses in-person or video in self-booking')
def _():
    text = '''Olá,

Uma sugestão para o GoodTime: seria útil que, no link de autoagendamento, o próprio candidato pudesse escolher se prefere a entrevista presencial na agência ou por vídeo. Hoje temos de enviar dois links diferentes ou perguntar antes por e-mail, o que atrasa tudo.

Se puderem fazer chegar à GoodTime, agradeço.

Ana Rita Sousa
'''
    return mail('pt-f-presencial-video', 'Sousa, Ana Rita <anarita.sousa@pellworth.pt>', ew_b('Sugestão: escolher presencial ou vídeo', 'utf-8'),
                D(2026, 12, 1, 16, 9, 0), outlook_body(text, cs='utf-8', lang='PT', alt=True, key='pt-f-presencial-video'),
                topic='Sugestão: escolher presencial ou vídeo', lang='pt-PT', region='eurprd04', domain='pellworth.pt')


@reg('pt-x-obrigada', 'noise', 'ignore', '', 'pt', 'bare-thanks;reply-on-top;outlook-from-sent-block-pt;quoted-printable;outlook-ios', 'bare thank you in Portuguese')
def _():
    body = '''Obrigada!

Obter o Outlook para iOS<https://aka.ms/o0ukef>
________________________________
De: GoodTime Help Line <helpline@pellworthfinancial.com>
Enviado: quinta-feira, 19 de março de 2026 14:22
Para: Sousa, Ana Rita <anarita.sousa@pellworth.pt>
Assunto: RE: Disponibilidade errada no GoodTime após mudança de password

Olá Ana Rita,

Depois de mudar a password é preciso voltar a autorizar a ligação do calendário. Entre no GoodTime, procure o aviso de calendário desligado e volte a ligar. Se continuar errado amanhã, diga-nos.

GoodTime Help Line
'''
    return mail('pt-x-obrigada', 'Sousa, Ana Rita <anarita.sousa@pellworth.pt>', 'RE: Disponibilidade errada no GoodTime após mudança de password'.encode('utf-8'),
                D(2026, 3, 19, 14, 40, 0), textpart(body, charset='utf-8', cte='quoted-printable'), client='outlook-ios',
                topic=None, lang='pt-PT', region='eurprd04', domain='pellworth.pt')


# ================================================================ main
CRLF_KEYS = {'en-b-form-room', 'en-x-newsletter', 'en-x-phishing', 'es-q-autoagenda', 'fr-f-rappel-eval',
             'en-e-process-change', 'de-e-lizenzen', 'en-x-bounce', 'en-b-sso-outage'}


def main():
    keys = [m['key'] for m in MSGS]
    assert len(keys) == len(set(keys)), 'duplicate keys'
    order = list(range(len(MSGS)))
    random.Random(20261207).shuffle(order)
    for f in os.listdir(OUT):
        if f.startswith('b-') and f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    rows = []
    for n, idx in enumerate(order, 1):
        m = MSGS[idx]
        data = m['fn']()
        if m['key'] in CRLF_KEYS:
            data = data.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
        fn = 'b-%03d.eml' % n
        with open(os.path.join(OUT, fn), 'wb') as fh:
            fh.write(data)
        fmt = m['format'] + (';crlf' if m['key'] in CRLF_KEYS else '')
        rows.append([fn, m['category'], m['actions'], m['article'] if m['category'] == 'question' else '',
                     m['language'], fmt, m['notes']])
    with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as fh:
        w = csv.writer(fh)
        w.writerow(['file', 'category', 'actions', 'article', 'language', 'format', 'notes'])
        w.writerows(rows)
    print('wrote', len(rows), 'messages')
    verify()


def verify():
    import collections
    rows = list(csv.DictReader(open(os.path.join(OUT, 'labels.csv'), encoding='utf-8')))
    files = sorted(f for f in os.listdir(OUT) if f.startswith('b-') and f.endswith('.eml'))
    assert [r['file'] for r in rows] == files, 'labels.csv does not match files'
    for f in files:
        raw = open(os.path.join(OUT, f), 'rb').read()
        m = email.message_from_bytes(raw)
        assert m['From'] and m['To'] and m['Subject'] is not None, f
        for part in m.walk():
            assert not part.defects, (f, part.defects)
            if not part.is_multipart():
                assert part.get_payload(decode=True) is not None, f
    C = collections.Counter
    print('files', len(files), 'rows', len(rows))
    print('category', dict(C(r['category'] for r in rows)))
    print('language', dict(C(r['language'] for r in rows)))
    print('article', dict(C(r['article'] for r in rows if r['category'] == 'question')))


if __name__ == '__main__':
    main()
