#!/usr/bin/env python3
"""Batch "a" of the sealed help-line test set (Calloway & Finch).

Writes a-001.eml ... a-100.eml and labels.csv next to this script.
Standard library only; most bytes are assembled by hand on purpose.
"""
import base64
import csv
import datetime as _dt
import email
import html
import os
import quopri
import random
import struct
import textwrap
import uuid
import zlib
from email.utils import format_datetime
from zoneinfo import ZoneInfo

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(73120526)

HELP = 'helpline@calloway-finch.com'
HELP_TO = ['GoodTime Help Line <helpline@calloway-finch.com>',
           'helpline@calloway-finch.com',
           '"GoodTime Help Line" <helpline@calloway-finch.com>',
           "'GoodTime Help Line' <helpline@calloway-finch.com>",
           'Help Line GoodTime <helpline@calloway-finch.com>']

TZ = {
    'cmh': ZoneInfo('America/New_York'),     # Columbus HQ
    'mem': ZoneInfo('America/Chicago'),      # Memphis DC
    'rno': ZoneInfo('America/Los_Angeles'),  # Reno DC
    'uk': ZoneInfo('Europe/London'),
    'de': ZoneInfo('Europe/Berlin'),
    'es': ZoneInfo('Europe/Madrid'),
    'fr': ZoneInfo('Europe/Paris'),
    'pt': ZoneInfo('Europe/Lisbon'),
    'utc': _dt.timezone.utc,
}


def T(s):
    """dedent a triple-quoted block, strip the first/last newline, end with one newline"""
    return textwrap.dedent(s).strip('\n') + '\n'


def D(y, mo, d, h, mi, tz, s=None):
    if s is None:
        s = R.randint(0, 59)
    return _dt.datetime(y, mo, d, h, mi, s, tzinfo=TZ[tz])


def rdate(dt):
    return format_datetime(dt)


def utc(dt):
    return dt.astimezone(_dt.timezone.utc)


def rhex(n):
    return ''.join(R.choice('0123456789ABCDEF') for _ in range(n))


def rb64(n):
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(n))).decode()


def ruuid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4)).upper()


# ---------------------------------------------------------------- parts
class Part:
    def __init__(self, headers, body):
        self.headers = list(headers)
        self.body = body


def hval(v):
    if isinstance(v, bytes):
        return v
    try:
        return v.encode('ascii')
    except UnicodeEncodeError:
        return v.encode('utf-8')          # raw 8-bit UTF-8 (SMTPUTF8 style)


def hdr_bytes(headers):
    out = b''
    for k, v in headers:
        out += k.encode('ascii') + b': ' + hval(v) + b'\n'
    return out


def enc_body(data, cte):
    if cte == 'base64':
        return base64.encodebytes(data)
    if cte == 'quoted-printable':
        return quopri.encodestring(data)
    return data


def text(s, sub='plain', cs='utf-8', cte='quoted-printable', label=None, ct_extra='', extra=None, quoted_cs=True):
    data = s.encode(cs)
    lab = label or cs
    csv_ = f'"{lab}"' if quoted_cs else lab
    h = [('Content-Type', f'text/{sub}; charset={csv_}{ct_extra}'),
         ('Content-Transfer-Encoding', cte)]
    return Part(h + (extra or []), enc_body(data, cte))


def bnd(style):
    if style == 'outlook':
        return '_000_' + R.choice(['MW4PR11MB', 'PH0PR11MB', 'LO2P265MB', 'AM9PR04MB', 'DU2PR04MB']) + \
            str(R.randint(1000, 9999)) + rhex(16) + R.choice(['namprd11prod_', 'GBRP265PRODOUTLOOKCOM_', 'eurprd04prod_'])
    if style == 'outlook_mixed':
        return '_004_' + 'SA1PR11MB' + str(R.randint(1000, 9999)) + rhex(16) + 'namprd11prod_'
    if style == 'gmail':
        return '000000000000' + ''.join(R.choice('0123456789abcdef') for _ in range(16))
    if style == 'apple':
        return 'Apple-Mail=_' + ruuid()
    if style == 'thunder':
        return '------------' + ''.join(R.choice('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ') for _ in range(24))
    if style == 'android':
        return '--_com.android.email_' + str(R.randint(10**14, 10**15))
    return '=_' + rhex(24)


def multi(sub, parts, style='outlook', params='', preamble=None, boundary=None):
    b = boundary or bnd(style)
    body = b''
    if preamble:
        body += preamble.encode('ascii') + b'\n'
    for p in parts:
        pb = p.body
        if not pb.endswith(b'\n'):
            pb += b'\n'
        body += b'\n--' + b.encode() + b'\n' + hdr_bytes(p.headers) + b'\n' + pb
    body += b'\n--' + b.encode() + b'--\n'
    return Part([('Content-Type', f'multipart/{sub};{params}\n\tboundary="{b}"')], body)


def attach(data, ctype, filename, disp='attachment', extra=None, name_in_ct=True):
    ct = f'{ctype}; name="{filename}"' if name_in_ct else ctype
    h = [('Content-Type', ct), ('Content-Description', filename),
         ('Content-Disposition', f'{disp}; filename="{filename}"; size={len(data)};\n\tcreation-date="Mon, 04 May 2026 09:12:40 GMT";\n\tmodification-date="Mon, 04 May 2026 09:12:40 GMT"'),
         ('Content-Transfer-Encoding', 'base64')]
    if extra:
        h += extra
    return Part(h, base64.encodebytes(data))


def attach_simple(data, ctype, filename):
    h = [('Content-Type', f'{ctype}; name="{filename}"'),
         ('Content-Disposition', f'attachment; filename="{filename}"'),
         ('Content-Transfer-Encoding', 'base64')]
    return Part(h, base64.encodebytes(data))


def build(headers, root, nl='\n', mime=True):
    hs = list(headers)
    if mime:
        hs.append(('MIME-Version', '1.0'))
    hs += root.headers
    data = hdr_bytes(hs) + b'\n' + root.body
    if nl == '\r\n':
        data = data.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    return data


# ---------------------------------------------------------------- binary attachments
def png(w=320, h=180, seed=0, error=True):
    rr = random.Random(seed)
    rows = []
    for y in range(h):
        row = bytearray([0])
        for x in range(w):
            if y < 22:
                c = (92, 45, 145)                      # purple top bar
            elif x < 60:
                c = (243, 243, 247)                    # side nav
            elif error and 70 < y < 110 and 90 < x < 300:
                c = (253, 236, 234) if not (72 < y < 108 and 92 < x < 298) else (255, 246, 245)
                if 85 < y < 92 and 110 < x < 250:
                    c = (176, 32, 32)
            elif (y - 30) % 18 < 9 and 70 < x < 70 + (y * 7 + rr.randint(0, 3)) % 220 and y > 30:
                c = (200, 200, 208)
            else:
                c = (255, 255, 255)
            row += bytes(c)
        rows.append(bytes(row))
    raw = b''.join(rows)

    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0)) +
            chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b''))


def pdf(lines):
    def esc(s):
        return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
    stream = 'BT /F1 12 Tf 72 740 Td 16 TL\n' + ''.join(f'({esc(l)}) Tj T*\n' for l in lines) + 'ET\n'
    stream = stream.encode('latin-1')
    objs = [b'<< /Type /Catalog /Pages 2 0 R >>',
            b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
            b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
            b'<< /Length ' + str(len(stream)).encode() + b' >>\nstream\n' + stream + b'endstream',
            b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>']
    out = b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f'{i} 0 obj\n'.encode() + o + b'\nendobj\n'
    x = len(out)
    out += f'xref\n0 {len(objs)+1}\n0000000000 65535 f \n'.encode()
    for o in offs:
        out += f'{o:010d} 00000 n \n'.encode()
    out += f'trailer\n<< /Size {len(objs)+1} /Root 1 0 R >>\nstartxref\n{x}\n%%EOF\n'.encode()
    return out


def winmail(body_text):
    rr = random.Random(len(body_text))
    data = b'\x78\x9f\x3e\x22' + struct.pack('<H', rr.randint(1, 65535))
    data += b'\x01\x06\x90\x08\x00\x04\x00\x00\x00\x00\x00\x01\x00\x01\x00\x01\x07\x90\x06\x00\x08\x00\x00\x00\xe4\x04\x00\x00\x00\x00\x00\x00\xe8\x00'
    data += b'\x01\x0d\x80\x04\x00\x02\x00\x00\x00\x02\x00\x02\x00\x01'
    data += b'\x01\x03\x90\x06\x00' + struct.pack('<I', 600)
    data += b'\x1e\x00\x1a\x00\x01\x00\x00\x00' + b'IPM.Note\x00\x00\x00\x00'
    data += b'{\\rtf1\\ansi\\ansicpg1252\\fromhtml1 \\deff0' + body_text.encode('cp1252', 'replace')[:300] + b'}'
    data += bytes(rr.getrandbits(8) for _ in range(420))
    return data


def ics_reply(summary, organizer, attendee_name, attendee, partstat, start, end, uid, comment=None, method='REPLY'):
    lines = ['BEGIN:VCALENDAR', 'METHOD:' + method, 'PRODID:Microsoft Exchange Server 2010', 'VERSION:2.0',
             'BEGIN:VEVENT',
        f'ATTENDEE;PARTSTAT={partstat};CN={attendee_name}:mailto:{attendee}']
    if comment:
        lines.append('COMMENT;LANGUAGE=en-US:' + comment)
    lines += [f'SUMMARY;LANGUAGE=en-US:{summary}',
              f'DTSTART:{start}', f'DTEND:{end}', f'UID:{uid}',
              'CLASS:PUBLIC', 'PRIORITY:5', f'DTSTAMP:{start[:8]}T081500Z', 'TRANSP:OPAQUE', 'STATUS:CONFIRMED',
              'SEQUENCE:0', f'ORGANIZER;CN=GoodTime Help Line:mailto:{organizer}',
              'LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting',
              'X-MICROSOFT-CDO-APPT-SEQUENCE:0', 'X-MICROSOFT-CDO-OWNERAPPTID:-1712318402',
              'X-MICROSOFT-CDO-BUSYSTATUS:BUSY', 'X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY',
              'X-MICROSOFT-CDO-ALLDAYEVENT:FALSE', 'X-MICROSOFT-CDO-IMPORTANCE:1',
              'X-MICROSOFT-CDO-INSTTYPE:0', 'X-MICROSOFT-DISALLOW-COUNTER:FALSE',
              'END:VEVENT', 'END:VCALENDAR']
    return '\r\n'.join(lines) + '\r\n'


# ---------------------------------------------------------------- html renderers
OUTLOOK_HEAD = '''<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=%(cs)s">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
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
span.EmailStyle19
	{mso-style-type:personal-compose;
	font-family:"%(font)s",sans-serif;
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
<body lang="%(lang)s" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
'''


def _p(line, style=''):
    if not line.strip():
        return '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
    s = html.escape(line, quote=False)
    if style:
        return f'<p class="MsoNormal"><span style="{style}">{s}<o:p></o:p></span></p>\n'
    return f'<p class="MsoNormal">{s}<o:p></o:p></p>\n'


def outlook_html(main, sig=None, quoted=None, disclaimer=None, cs='windows-1252', lang='EN-US', font='Calibri',
                 qlabels=('From', 'Sent', 'To', 'Subject')):
    out = OUTLOOK_HEAD % {'cs': cs, 'lang': lang, 'font': font}
    for line in main.rstrip('\n').split('\n'):
        out += _p(line)
    if sig:
        out += '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        for i, line in enumerate(sig.rstrip('\n').split('\n')):
            if i == 0:
                out += f'<p class="MsoNormal"><b><span style="font-size:10.0pt;color:#1F3864">{html.escape(line, quote=False)}</span></b><o:p></o:p></p>\n'
            else:
                out += _p(line, 'font-size:9.0pt;color:#595959')
    if disclaimer:
        out += '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        for line in disclaimer.rstrip('\n').split('\n'):
            out += _p(line, 'font-size:7.5pt;color:#7F7F7F')
    if quoted:
        hdrs, qbody = quoted
        out += '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n<div>\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n<p class="MsoNormal">'
        bits = []
        for k, v in hdrs:
            bits.append(f'<b><span lang="EN-US">{k}:</span></b><span lang="EN-US"> {html.escape(v, quote=False)}')
        out += '<br>\n'.join(b + '</span>' for b in bits) + '<o:p></o:p></p>\n</div>\n</div>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        for line in qbody.rstrip('\n').split('\n'):
            out += _p(line)
    out += '</div>\n</body>\n</html>\n'
    return out


def gmail_html(main, quote_attr=None, quoted=None):
    lines = main.rstrip('\n').split('\n')
    out = '<div dir="ltr">' + '<br>'.join(html.escape(l, quote=False) for l in lines) + '</div>'
    if quote_attr:
        q = '<br>'.join(html.escape(l, quote=False) for l in quoted.rstrip('\n').split('\n'))
        out += ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                + html.escape(quote_attr, quote=False) + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                + q + '</blockquote></div>')
    return out + '\n'


def apple_html(main):
    out = '<html aria-label="message body"><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
    for l in main.rstrip('\n').split('\n'):
        out += '<div>' + (html.escape(l, quote=False) if l.strip() else '<br>') + '</div>'
    return out + '</body></html>\n'


def simple_html(main, font='Aptos'):
    out = f'<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n<style type="text/css" style="display:none;"> P {{margin-top:0;margin-bottom:0;}} </style>\n</head>\n<body dir="ltr">\n'
    for l in main.rstrip('\n').split('\n'):
        out += f'<div style="font-family: {font}, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">' + (html.escape(l, quote=False) if l.strip() else '<br>') + '</div>\n'
    return out + '</body>\n</html>\n'


# ---------------------------------------------------------------- transport headers
NAM = ['PH0PR11MB', 'MW4PR11MB', 'SA1PR11MB', 'DM6PR11MB', 'BL1PR11MB', 'CH3PR11MB', 'SJ0PR11MB', 'IA1PR11MB']
GBR = ['LO2P265MB', 'CWLP265MB', 'LO4P265MB', 'LO0P265MB', 'LNXP265MB']
EUR = ['AM9PR04MB', 'DB9PR04MB', 'PAXPR04MB', 'AS8PR04MB', 'DU2PR04MB', 'VI1PR04MB']


def mhost(region):
    if region == 'nam':
        return R.choice(NAM) + str(R.randint(1000, 9999)) + '.namprd11.prod.outlook.com'
    if region == 'gbr':
        return R.choice(GBR) + str(R.randint(1000, 9999)) + '.GBRP265.PROD.OUTLOOK.COM'
    return R.choice(EUR) + str(R.randint(1000, 9999)) + '.eurprd04.prod.outlook.com'


def v6():
    return '2603:10b6:%x:%x::%x' % (R.randint(0, 0xfff), R.randint(0, 0xfff), R.randint(1, 0x3f))


def received_m365(dt, region='nam', n=6, mbox_host=None):
    """Exchange Online chain as seen in the help line mailbox (US tenant). Top = latest."""
    t = utc(dt) + _dt.timedelta(seconds=R.randint(1, 3))
    src = mhost(region)
    hops = []
    # first hop: client submission (mapi)
    fe = 'fe80::%x:%x:%x:%x' % tuple(R.randint(0, 0xffff) for _ in range(4))
    hops.append(f'from {src}\n ([{fe}]) by {src}\n ([{fe}%{R.randint(3, 7)}]) with mapi id 15.20.{R.randint(8400, 8900)}.{R.randint(10, 40):03d}; ')
    cur = src
    extra = n - 1
    if region != 'nam':
        # outbound protection -> EOP inbound -> US mailbox
        eop_out = {'gbr': 'GBR01-LO4-obe.outbound.protection.outlook.com',
                   'eur': R.choice(['EUR05-AM6-obe.outbound.protection.outlook.com', 'EUR02-DB5-obe.outbound.protection.outlook.com'])}[region]
        ip = f'40.107.{R.randint(20, 240)}.{R.randint(2, 250)}'
        edge = f'SN1PEPF0000{R.randint(1000, 9999)}.namprd05.prod.outlook.com'
        cas = f'BN9PR03CA0{R.randint(100, 999)}.namprd03.prod.outlook.com'
        seq = [f'from {cur} ({v6()}) by {eop_out.replace("obe.outbound.protection", "internal")} with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{R.randint(8400, 8900)}.{R.randint(10, 40)}; ',
               f'from {eop_out} ({ip}) by\n {edge} (10.167.{R.randint(240, 250)}.{R.randint(2, 250)}) with Microsoft SMTP Server\n (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.{R.randint(8400, 8900)}.{R.randint(10, 40)} via Frontend\n Transport; ',
               f'from {edge} ({v6()}) by {cas}\n ({v6()}) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.{R.randint(8400, 8900)}.{R.randint(10, 40)} via Frontend Transport; ']
        cur = cas
    else:
        seq = []
    while len(seq) < extra - 1:
        nxt = mhost('nam')
        seq.append(f'from {cur} ({v6()}) by {nxt}\n with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.{R.randint(8400, 8900)}.{R.randint(10, 40)}; ')
        cur = nxt
    seq = seq[:max(0, extra - 1)]
    last = mbox_host or mhost('nam')
    seq.append(f'from {cur} ({v6()}) by {last} with HTTPS; ')
    hops += seq
    out = []
    for h in hops:
        out.append(h + rdate(t))
        t += _dt.timedelta(seconds=R.randint(0, 2), microseconds=0)
    return [('Received', h) for h in reversed(out)]


def received_ext(dt, chain):
    """chain: list of (from_part, by_part) earliest first"""
    t = utc(dt) + _dt.timedelta(seconds=1)
    out = []
    for fr, by in chain:
        out.append(f'from {fr}\n by {by};\n {rdate(t)}')
        t += _dt.timedelta(seconds=R.randint(0, 3))
    return [('Received', h) for h in reversed(out)]


def dkim(domain, sel='selector1', h='From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck'):
    b = rb64(256)
    return ('DKIM-Signature', f'v=1; a=rsa-sha256; c=relaxed/relaxed; d={domain};\n s={sel}; h={h};\n bh={rb64(32)};\n b=' +
            '\n '.join(b[i:i + 72] for i in range(0, len(b), 72)))


def arc(domain, result='pass'):
    sig = rb64(256)
    msig = rb64(256)
    return [('ARC-Seal', 'i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b=' + '\n '.join(sig[i:i + 76] for i in range(0, len(sig), 76))),
            ('ARC-Message-Signature', f'i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector10001;\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\n bh={rb64(32)};\n b=' + '\n '.join(msig[i:i + 76] for i in range(0, len(msig), 76))),
            ('ARC-Authentication-Results', f'i=1; mx.microsoft.com 1; spf={result}\n smtp.mailfrom={domain}; dmarc={result} action=none header.from={domain};\n dkim={result} header.d={domain}; arc=none')]


def authres(domain, result='pass'):
    ip = f'40.107.{R.randint(20, 240)}.{R.randint(2, 250)}'
    if result == 'pass':
        return ('Authentication-Results', f'spf=pass (sender IP is {ip})\n smtp.mailfrom={domain}; dkim=pass (signature was verified)\n header.d={domain};dmarc=pass action=none\n header.from={domain};compauth=pass reason=100')
    return ('Authentication-Results', f'spf=fail (sender IP is {result})\n smtp.mailfrom={domain}; dkim=none (message not signed)\n header.d=none;dmarc=fail action=quarantine\n header.from={domain};compauth=fail reason=001')


def mid(kind, dt=None, domain='calloway-finch.com'):
    if kind == 'outlook':
        h = R.choice(NAM) + str(R.randint(1000, 9999))
        return f'<{h}{rhex(24)}@{h}.namprd11.prod.outlook.com>'
    if kind == 'outlook_uk':
        h = R.choice(GBR) + str(R.randint(1000, 9999))
        return f'<{h}{rhex(24)}@{h}.GBRP265.PROD.OUTLOOK.COM>'
    if kind == 'outlook_eu':
        h = R.choice(EUR) + str(R.randint(1000, 9999))
        return f'<{h}{rhex(24)}@{h}.eurprd04.prod.outlook.com>'
    if kind == 'gmail':
        al = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+='
        return '<CA' + ''.join(R.choice(al) for _ in range(46)) + '@mail.gmail.com>'
    if kind == 'apple':
        return f'<{ruuid()}@{domain}>'
    if kind == 'android':
        return f'<{rhex(8).lower()}-{rhex(4).lower()}@email.android.com>'
    if kind == 'outlook_mobile':
        h = R.choice(NAM) + str(R.randint(1000, 9999))
        return f'<{h}{rhex(24)}@{h}.namprd11.prod.outlook.com>'
    raise ValueError(kind)


def exch_extra(subject_topic, attach=False, lang='en-US', scl='-1'):
    return [('Thread-Topic', subject_topic),
            ('Thread-Index', 'AQH' + rb64(18)[:22] + '=='),
            ('Accept-Language', f'{lang}, en-US'),
            ('Content-Language', lang),
            ('X-MS-Has-Attach', 'yes' if attach else ''),
            ('X-MS-TNEF-Correlator', ''),
            ('X-MS-Exchange-Organization-AuthAs', 'Internal'),
            ('X-MS-Exchange-Organization-AuthSource', mhost('nam')),
            ('X-MS-Exchange-Organization-SCL', scl)]


# ---------------------------------------------------------------- signatures / disclaimers
DISC_US = T('''
    This e-mail and any attachments are CONFIDENTIAL and intended solely for the addressee(s). If you are not
    the intended recipient, any review, dissemination or copying is strictly prohibited. If you have received
    this message in error, please notify the sender immediately and delete it. Calloway & Finch will never ask
    you to act on an URGENT request for payment, gift cards or login details by e-mail - if in doubt, report it
    to security@calloway-finch.com.
    ''')

DISC_UK = T('''
    CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and may be legally privileged.
    If you have received it in error, please notify the sender immediately by return e-mail and delete it
    from your system; you must not copy, forward or rely on it. URGENT payment or bank-detail change requests
    received by e-mail must always be verified by telephone. Calloway & Finch Ltd is registered in England and
    Wales (no. 04411826). Registered office: Atterbury Lakes, Fairbourne Drive, Milton Keynes MK10 9RG.
    ''')

DISC_DE = T('''
    Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige
    Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und
    vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser E-Mail sind nicht gestattet.
    This e-mail may contain CONFIDENTIAL information. If you are not the intended recipient (or have received this
    e-mail in error) please notify the sender immediately and destroy this e-mail.
    Calloway & Finch Logistik GmbH · Sitz: Duisburg · Amtsgericht Duisburg HRB 31457 · Geschäftsführung: Andreas Vogt, Martina Kühn
    ''')

DISC_FR = T('''
    Ce message et toutes ses pièces jointes sont CONFIDENTIELS et établis à l'intention exclusive de leurs
    destinataires. Si vous avez reçu ce message par erreur, merci d'en avertir immédiatement l'expéditeur et de
    le détruire. Toute utilisation ou diffusion non autorisée est interdite. Calloway & Finch France SAS -
    RCS Lyon 512 884 309.
    ''')

DISC_ES = T('''
    AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos son CONFIDENCIALES y se dirigen exclusivamente a su
    destinatario. Si ha recibido este mensaje por error, le rogamos que lo comunique inmediatamente al remitente
    y proceda a su eliminación. De acuerdo con el RGPD, sus datos son tratados por Calloway & Finch España, S.L.U.
    con la finalidad de gestionar la relación profesional.
    ''')

MSGS = []


def add(data, cat, actions, article, lang, fmt, notes=''):
    MSGS.append(dict(data=data, cat=cat, actions=actions, article=article, lang=lang, fmt=fmt, notes=notes))


# ---------------------------------------------------------------- composite helpers
def H(frm, to, subj, dt, msgid, pre=None, post=None, cc=None):
    hs = list(pre or [])
    hs += [('From', frm), ('To', to)]
    if cc:
        hs.append(('Cc', cc))
    hs.append(('Subject', subj))
    hs.append(('Date', dt if isinstance(dt, str) else rdate(dt)))
    if msgid is not None:
        hs.append(('Message-ID', msgid))
    hs += post or []
    return hs


def plain_quote_outlook(hdrs, body, sep=False):
    out = '\n'
    if sep:
        out += '________________________________\n'
    out += ''.join(f'{k}: {v}\n' for k, v in hdrs) + '\n' + body
    return out


def outlook_only(main, sig=None, quoted=None, disclaimer=None, label='Windows-1252', cs='cp1252', lang='EN-US',
                 cte='quoted-printable', font='Calibri'):
    return text(outlook_html(main, sig, quoted, disclaimer, cs=label, lang=lang, font=font), 'html', cs, cte, label=label)


def outlook_alt(main, sig=None, quoted=None, disclaimer=None, label='us-ascii', cs='ascii', lang='EN-US',
                cte='quoted-printable', font='Calibri', qsep=False):
    plain = main
    if sig:
        plain += '\n' + sig
    if disclaimer:
        plain += '\n' + disclaimer
    if quoted:
        plain += plain_quote_outlook(*quoted, sep=qsep)
    htm = outlook_html(main, sig, quoted, disclaimer, cs=label, lang=lang, font=font)
    return multi('alternative', [text(plain, 'plain', cs, cte, label=label), text(htm, 'html', cs, cte, label=label)], 'outlook')


def gmail_alt(main, quote_attr=None, quoted=None, cte='quoted-printable'):
    plain = main
    if quote_attr:
        plain += '\n' + quote_attr + '\n' + '\n'.join(('> ' + l) if l else '>' for l in quoted.rstrip('\n').split('\n')) + '\n'
    return multi('alternative', [text(plain, 'plain', 'utf-8', cte, label='UTF-8'),
                                 text(gmail_html(main, quote_attr, quoted), 'html', 'utf-8', cte, label='UTF-8')], 'gmail')


def owa_alt(main, cs='utf-8', label='utf-8', cte='quoted-printable'):
    return multi('alternative', [text(main, 'plain', cs, cte, label=label), text(simple_html(main), 'html', cs, cte, label=label)], 'outlook')


def apple_alt(main, cte='quoted-printable'):
    return multi('alternative', [text(main, 'plain', 'utf-8', cte, quoted_cs=False),
                                 text(apple_html(main), 'html', 'utf-8', cte, quoted_cs=False)], 'apple')


def m365(dt, region='nam', n=6, dom='calloway-finch.com', dk=False, ar=False, auth=False):
    pre = received_m365(dt, region, n)
    if ar:
        pre = pre[:1] + arc(dom) + pre[1:]
    if auth:
        pre.insert(min(2, len(pre)), authres(dom))
    if dk:
        pre.append(dkim(dom))
    return pre


def iphone_hdrs(ver='22E252'):
    return [('X-Mailer', f'iPhone Mail ({ver})')]


def outlook_desk():
    return [('X-Mailer', 'Microsoft Outlook 16.0')]


# ================================================================ ENGLISH - questions
def en_questions():
    # E-Q1 support availability at weekends/nights, never says "hours"
    dt = D(2026, 4, 17, 21, 47, 'rno')
    body = T('''
        hey so we run most of our driver + warehouse associate interviews saturday mornings and some late evenings for the night shift folks. if goodtime breaks on us like 10pm on a saturday is there anybody on there end who will actualy pick it up or are we stuck til monday morning?

        thx
        Luis

        Sent from my iPhone
        ''')
    root = Part([('Content-Type', 'text/plain;\n\tcharset=us-ascii'), ('Content-Transfer-Encoding', '7bit')], body.encode())
    hs = H('Luis Ortega <luis.ortega@calloway-finch.com>', HELP, 'goodtime on weekends?', dt, mid('apple'),
           pre=m365(dt, 'nam', 5), post=iphone_hdrs())
    data = build(hs, root, mime=False).replace(b'Subject:', b'Mime-Version: 1.0 (1.0)\nSubject:', 1)
    add(data, 'question', 'auto_reply', 'support-hours', 'en', 'iphone;plain-7bit;lowercase;typos;night',
        'support availability asked without the word hours')

    # E-Q2 account person at GoodTime, no "CSM"; rambling, question in third paragraph
    dt = D(2026, 3, 11, 10, 22, 'cmh')
    main = T('''
        Hi team,

        Hope you’re all well and that the move to the new floor went OK for you – I know it was chaos on 4 for a couple of days.

        Some context: Diane has been looking at how we schedule the final-round conversations for her direct-report hires (VP and Director level), which at the moment is a mix of me doing it by hand and GoodTime, and she feels we’re not using the tool the way it was intended for that level. During the rollout last year we had a named person on the GoodTime side (not the support desk – the person who ran our monthly check-ins with Marcus), but I believe she has moved on and I can’t find any details for whoever replaced her.

        What’s the right way for me to get time in the diary with whoever looks after our account at GoodTime now? Ideally a 45-minute call in the next two weeks with Diane and Marcus.

        Many thanks,
        Karen
        ''')
    sig = T('''
        Karen Liu
        Executive Assistant to Diane Hargrove, Chief People Officer
        Calloway & Finch | 400 West Nationwide Blvd, Columbus, OH 43215
        T +1 614 555 0182 | karen.liu@calloway-finch.com
        ''')
    root = outlook_only(main, sig, disclaimer=DISC_US)
    hs = H('Karen Liu <karen.liu@calloway-finch.com>', HELP_TO[0], 'GoodTime - our account contact?', dt, mid('outlook'),
           pre=m365(dt, 'nam', 5, ar=True, auth=True), post=exch_extra('GoodTime - our account contact?'))
    add(build(hs, root), 'question', 'auto_reply', 'contact-csm', 'en',
        'outlook-html-only;qp;windows-1252;rambling;disclaimer;arc;auth-results', 'CSM asked for without the letters CSM')

    # E-Q3 where is the chat
    dt = D(2026, 3, 24, 14, 5, 'cmh')
    main = T('''
        Hi!

        Tyrone told me to "just ping GoodTime on the chat" when my candidate's availability link wasn't working yesterday, but I honestly can't find a chat anywhere?? I'm looking at the candidate's page right now. Is it hidden somewhere or do I need a different login?

        Thanks,
        Brianna

        Brianna Scott
        Talent Sourcer | Calloway & Finch
        ''')
    root = apple_alt(main)
    hs = H('Brianna Scott <brianna.scott@calloway-finch.com>', HELP, 'the chat thing??', dt, mid('apple'),
           pre=m365(dt, 'nam', 6), post=[('X-Mailer', 'Apple Mail (2.3826.500.181.1.5)')])
    add(build(hs, root), 'question', 'auto_reply', 'chat-bubble', 'en', 'apple-mail;multipart-alternative;qp')

    # E-Q4 new starter - who is behind this mailbox
    dt = D(2026, 3, 4, 9, 41, 'uk')
    main = T('''
        Hi all,

        I started on Monday as Talent Coordinator in the Milton Keynes office (taking over from Rachel). Rachel's handover note just says "GoodTime q's -> help line".

        Before I start firing things at you: who actually sits behind this inbox - is it GoodTime's own people or our team here? And is it the right place for the "how do we normally do X at C&F" type of questions, e.g. how we set up graduate assessment days?

        Thanks in advance and sorry for the basic question!
        Harriet
        ''')
    sig = T('''
        Harriet Blake
        Talent Coordinator | People Team
        Calloway & Finch Ltd | Milton Keynes
        ''')
    root = outlook_alt(main, sig, label='us-ascii', cs='ascii', lang='EN-GB', font='Aptos')
    hs = H('Harriet Blake <harriet.blake@calloway-finch.com>', HELP_TO[2], 'New starter - what goes to this mailbox?', dt,
           mid('outlook_uk'), pre=m365(dt, 'gbr', 7, dk=True, ar=True, auth=True),
           post=exch_extra('New starter - what goes to this mailbox?', lang='en-GB'))
    add(build(hs, root), 'question', 'auto_reply', 'internal-project-team', 'en',
        'outlook;multipart-alternative;qp;received-7;dkim;arc;auth-results')

    # E-Q5 cheat sheet - which route for what
    dt = D(2026, 3, 19, 16, 58, 'uk')
    main = T('''
        Hi,

        I'm putting together a one-page cheat sheet for the four new recruiters who start in April. When something isn't right with GoodTime I'd like them to know where to go without asking me every time - e.g. something that's broken vs. an idea to make it better vs. a bigger problem that keeps coming back. Is there an agreed order we follow for that? Happy to just link to something if it already exists.

        Cheers,
        Callum
        ''')
    sig = T('''
        Callum McLeod
        Recruitment Manager, UK & Ireland
        Calloway & Finch Ltd | Atterbury Lakes, Fairbourne Drive, Milton Keynes MK10 9RG
        M: +44 7700 900431 | www.calloway-finch.com
        Moving the nation's goods, one shift at a time.
        ''')
    root = outlook_only(main, sig, disclaimer=DISC_UK, lang='EN-GB')
    hs = H('Callum McLeod <callum.mcleod@calloway-finch.com>', HELP_TO[0], 'Cheat sheet for the team - who to contact for what', dt,
           mid('outlook_uk'), pre=m365(dt, 'gbr', 8, dk=True), post=exch_extra('Cheat sheet for the team - who to contact for what', lang='en-GB'))
    add(build(hs, root), 'question', 'auto_reply', 'escalation-path', 'en',
        'outlook-html-only;qp;windows-1252;long-signature;disclaimer;received-8;dkim')

    # E-Q6 self-scheduling, reply on top of an unrelated requisition thread
    dt = D(2026, 4, 14, 11, 37, 'mem')
    main = T('''
        Switching topics sorry - for these nights associate phone screens, is there a way in GoodTime to let the candidate just grab a 15 min slot on their own? It's always the same 3 of us doing the screens and I'm spending half my day going back and forth by email and text.

        Shanice
        ''')
    quoted = ([('From', 'Derek Simmons <derek.simmons@calloway-finch.com>'), ('Sent', 'Tuesday, April 14, 2026 9:12 AM'),
               ('To', 'Shanice Ward <shanice.ward@calloway-finch.com>'), ('Cc', 'Memphis DC HR <memphisdc.hr@calloway-finch.com>'),
               ('Subject', 'RE: REQ-20418 Warehouse Associate (Nights) - approval')],
              T('''
                Approved for 25 heads. Start dates staggered over 3 weeks please, ops can't onboard more than 10 a week on nights.

                Derek

                From: Shanice Ward <shanice.ward@calloway-finch.com>
                Sent: Monday, April 13, 2026 4:40 PM
                To: Derek Simmons <derek.simmons@calloway-finch.com>
                Subject: REQ-20418 Warehouse Associate (Nights) - approval

                Hi Derek, attaching the req for the nights associates for peak prep. Pay band WA2 + night differential. Need your OK before I post.
                Thanks, Shanice
                '''))
    root = outlook_alt(main, quoted=quoted)
    hs = H('Shanice Ward <shanice.ward@calloway-finch.com>', 'Derek Simmons <derek.simmons@calloway-finch.com>',
           'RE: REQ-20418 Warehouse Associate (Nights) - approval', dt, mid('outlook'),
           cc=HELP_TO[1] + ', Memphis DC HR <memphisdc.hr@calloway-finch.com>',
           pre=m365(dt, 'nam', 6), post=exch_extra('REQ-20418 Warehouse Associate (Nights) - approval') +
           [('In-Reply-To', mid('outlook')), ('References', mid('outlook') + '\n ' + mid('outlook'))])
    add(build(hs, root), 'question', 'auto_reply', 'self-scheduling-link', 'en',
        'outlook;multipart-alternative;reply-on-top;outlook-quote-block;cc-only',
        'helpline only in Cc; old thread is a req approval')

    # E-Q7 form mailer: debrief question
    dt = D(2026, 5, 12, 17, 3, 'cmh')
    body = T('''
        A new request was submitted through the GoodTime Help Request form.

        Name: Jason Pruitt
        Email: jason.pruitt@calloway-finch.com
        Department: Technology - Data Engineering
        Location: Columbus, OH (HQ)
        Request type: How do I...?
        Priority: Normal

        Details:
        We finished the final loop for the Senior Data Engineer today (4 interviewers). I want all of them plus the recruiter in a room tomorrow to make the call on the candidate. Can GoodTime set that up from everyone's calendars, and how do I make sure the candidate doesn't get an email about it?

        Attachments: none

        --
        This message was generated automatically by the C&F People Portal. Replies to this address are not monitored.
        Submission ID: PP-2026-05-12-0417
        ''')
    root = text(body, 'plain', 'utf-8', '7bit', label='utf-8')
    hs = H('C&F People Portal <no-reply@forms.calloway-finch.com>', HELP,
           '[GoodTime Help Request] New submission from Jason Pruitt', dt,
           f'<{int(utc(dt).timestamp())}.PP04172026@forms.calloway-finch.com>',
           pre=received_ext(dt, [('forms-app-02.int.calloway-finch.com (10.40.2.17)', 'smtp-relay.calloway-finch.com (Postfix) with ESMTP id 4ZbQ1x3kL9z9sQ')]) +
           m365(dt, 'nam', 4, auth=True),
           post=[('Reply-To', 'Jason Pruitt <jason.pruitt@calloway-finch.com>'), ('Auto-Submitted', 'auto-generated'),
                 ('X-Auto-Response-Suppress', 'All'), ('Precedence', 'bulk'), ('X-Mailer', 'PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)')])
    add(build(hs, root), 'question', 'forward_support|needs_review', 'debrief-scheduling', 'en',
        'form-mailer;auto-submitted;x-auto-response-suppress;reply-to', 'real question via web form')

    # ---- questions no article answers
    # E-N1 phone app
    dt = D(2026, 4, 23, 2, 13, 'rno')
    body = T('''
        is there a goodtime app i can put on my phone? im on the floor all shift and cant get to a pc to see my interviews or accept them

        Get Outlook for Android<https://aka.ms/AAb9ysg>
        ''')
    root = text(body, 'plain', 'utf-8', 'base64', label='utf-8')
    hs = H('Cody Rasmussen <cody.rasmussen@calloway-finch.com>', 'helpline@calloway-finch.com', 'goodtime on phone', dt,
           mid('outlook_mobile'), pre=m365(dt, 'nam', 5),
           post=[('X-MS-Exchange-Organization-SCL', '-1'), ('Content-Language', 'en-US')])
    add(build(hs, root), 'question', 'forward_support', 'none', 'en', 'outlook-android;base64;utf-8;lowercase;night')

    # E-N2 text-message reminders
    dt = D(2026, 3, 16, 8, 2, 'uk')
    body = T('''
        Hi,

        Lots of our warehouse associate candidates at Doncaster don't really check email - half of last week's no-shows told us they never saw the reminder. Can GoodTime send the reminder by text message to their mobile instead of (or as well as) email? If it can, how do we switch it on for our site?

        Thanks
        Liam Kershaw
        Site HR Advisor – Doncaster DC
        Calloway & Finch Ltd
        ''')
    root = text(body, 'plain', 'utf-8', 'base64', label='UTF-8')
    hs = H('Liam Kershaw <liam.kershaw@calloway-finch.com>', HELP_TO[0], 'Text reminders for candidates?', dt,
           mid('outlook_uk'), pre=m365(dt, 'gbr', 6), post=exch_extra('Text reminders for candidates?', lang='en-GB'))
    add(build(hs, root), 'question', 'forward_support', 'none', 'en', 'plain;base64;utf-8',
        'SMS reminders - reminders article does not say')

    # E-N3 data retention / hosting
    dt = D(2026, 5, 5, 15, 26, 'uk')
    main = T('''
        Hello,

        As part of the annual ROPA review our Data Protection Officer has asked me to confirm two things for GoodTime:

        1. How long candidate personal data (names, email addresses, phone numbers, interview notes) is kept in GoodTime after a candidate is rejected or withdraws, and whether we can configure that ourselves.
        2. Where the data is physically hosted (UK, EU or US).

        Could you let me know, or point me to whoever can confirm it in writing? The deadline on our side is the end of the month.

        Kind regards,
        Priyanka
        ''')
    sig = T('''
        Priyanka Desai
        HR Business Partner – Supply Chain & Head Office
        Calloway & Finch Ltd
        ''')
    root = outlook_only(main, sig, lang='EN-GB')
    hs = H('Priyanka Desai <priyanka.desai@calloway-finch.com>', HELP_TO[0], 'Data retention question – candidate data in GoodTime', dt,
           mid('outlook_uk'), pre=m365(dt, 'gbr', 7, ar=True, auth=True),
           post=exch_extra('Data retention question – candidate data in GoodTime', lang='en-GB'))
    add(build(hs, root), 'question', 'forward_support', 'none', 'en', 'outlook-html-only;qp;windows-1252;raw-utf8-subject')

    # E-N4 login method
    dt = D(2026, 3, 9, 8, 51, 'uk')
    body = T('''
        Hi - got an email from GoodTime this morning asking me to "set a password" for my account. Do we sign in with our normal Microsoft work login or do I need to create a separate GoodTime password? Don't want to set one up if I'm not supposed to.

        Owen
        ''')
    root = text(body, 'plain', 'ascii', '7bit', label='us-ascii')
    hs = H('Owen Pritchard <owen.pritchard@calloway-finch.com>', HELP, 'login?', dt, mid('outlook_uk'),
           pre=m365(dt, 'gbr', 5), post=outlook_desk())
    add(build(hs, root), 'question', 'forward_support', 'none', 'en', 'plain-7bit;terse', 'SSO vs password')

    # E-N5 grads travel / expenses, rambling
    dt = D(2026, 4, 2, 13, 12, 'uk')
    main = T('''
        Hi GoodTime team,

        Bit of a long one, sorry. We're planning the summer graduate assessment days for the Supply Chain and Data Analyst graduate schemes - six days across MK and Daventry in July, roughly 90 candidates in total. Last year all of this lived in a monster spreadsheet and I'm determined not to repeat that.

        The interview templates are already set up (thanks to Marcus's team) and the rooms at MK are sorted, so the GoodTime side of the actual interviews is fine.

        What I can't work out is the travel side: a lot of the grads come from Scotland and the North East, and we pay for their trains and a hotel the night before. Is there any way to book, or at least track, candidate travel and expenses in GoodTime, or does that have to stay outside the tool?

        Thanks!
        Sophie
        ''')
    sig = T('''
        Sophie Turner
        Graduate Recruitment Lead
        Calloway & Finch Ltd
        ''')
    root = outlook_alt(main, sig, label='us-ascii', cs='ascii', lang='EN-GB', font='Aptos')
    hs = H('Sophie Turner <sophie.turner@calloway-finch.com>', HELP_TO[1], 'Graduate assessment days', dt, mid('outlook_uk'),
           pre=m365(dt, 'gbr', 6, dk=True), post=exch_extra('Graduate assessment days', lang='en-GB'))
    add(build(hs, root), 'question', 'forward_support', 'none', 'en', 'outlook;multipart-alternative;qp;rambling',
        'question in third paragraph - candidate travel')

    # E-N6 thanks + API question (two topics)
    dt = D(2026, 4, 9, 17, 44, 'cmh')
    main = T('''
        Hi all - first, thanks for sorting the pool clean-up last week, the Memphis coordinators noticed straight away.

        Separate thing: our People Analytics team wants to pull GoodTime scheduling data straight into Power BI every night rather than someone downloading files by hand. Does GoodTime have an API or some kind of data feed we can use for that, and if so do we need to request access from them?

        Marcus
        ''')
    sig = T('''
        Marcus Bell
        Recruiting Operations Manager | Calloway & Finch
        ''')
    root = outlook_alt(main, sig, label='us-ascii', cs='ascii')
    hs = H('Marcus Bell <marcus.bell@calloway-finch.com>', HELP_TO[0], 'Thanks + question on data', dt, mid('outlook'),
           pre=m365(dt, 'nam', 6, ar=True), post=exch_extra('Thanks + question on data'))
    add(build(hs, root), 'question', 'forward_support', 'none', 'en', 'outlook;multipart-alternative;two-topics',
        'API / data feed; opens with thanks')

    # E-N7 candidate emails from recruiter address
    dt = D(2026, 5, 19, 12, 18, 'cmh')
    body = T('''
        Hello,

        Is it possible to have the candidate emails GoodTime sends (confirmations etc.) show my name and email as the sender, so that when a candidate hits reply it comes to me? A couple of candidates replied to their confirmation to ask about parking and I only found out when they called the front desk.

        Thanks,
        Tyrone Whitfield
        Recruiting Coordinator
        Calloway & Finch | Columbus HQ
        ''')
    root = text(body, 'plain', 'ascii', 'quoted-printable', label='us-ascii')
    hs = H('Tyrone Whitfield <tyrone.whitfield@calloway-finch.com>', HELP_TO[3], 'Sender on candidate emails', dt,
           mid('apple'), pre=m365(dt, 'nam', 5),
           post=[('X-Mailer', 'Microsoft Outlook 16.0 for Mac'), ('Thread-Topic', 'Sender on candidate emails')])
    add(build(hs, root), 'question', 'forward_support', 'none', 'en', 'outlook-mac;plain;qp')


en_questions()


# ================================================================ ENGLISH - bugs
def en_bugs():
    # E-B1 "quick question" over a calendar bug
    dt = D(2026, 3, 26, 11, 9, 'uk')
    main = T('''
        Hi,

        GoodTime is showing Andrew (our MD) as busy all day every Thursday, so I can't get any of the final interviews for the Head of Transport role into his diary through it. His actual Outlook calendar is nearly empty on Thursdays – I manage it, so I'm certain.

        IT had him reconnect his calendar in GoodTime on Monday and I've refreshed a dozen times since, still the same. Everyone else on the panel looks right.

        Thanks,
        Gemma
        ''')
    sig = T('''
        Gemma Taylor
        Executive Assistant to Andrew Cole, Managing Director UK
        Calloway & Finch Ltd | Milton Keynes
        ''')
    root = outlook_only(main, sig, lang='EN-GB')
    hs = H('Gemma Taylor <gemma.taylor@calloway-finch.com>', HELP_TO[0], 'quick question', dt, mid('outlook_uk'),
           pre=m365(dt, 'gbr', 7, dk=True, auth=True), post=exch_extra('quick question', lang='en-GB'))
    add(build(hs, root), 'bug', 'forward_support', '', 'en', 'outlook-html-only;qp;windows-1252;misleading-subject',
        'quick question subject over a calendar bug; already reconnected')

    # E-B2 confirmations show wrong time, forwarded candidate mail + screenshot
    dt = D(2026, 4, 21, 15, 2, 'uk')
    main = T('''
        Second one this week - candidates in the UK are getting GoodTime confirmations with the time shown 5 hours out (looks like US Eastern). The interview itself is on everyone's calendar at the right time. Screenshot of her confirmation attached. Not urgent today, her interview's on Thursday, but it's confusing people.

        Owen

        Begin forwarded message:

        From: Rebecca Lowe <rebecca.lowe88@gmail.com>
        Subject: Interview time?
        Date: 21 April 2026 at 08:14:22 BST
        To: Owen Pritchard <owen.pritchard@calloway-finch.com>

        Hi Owen,

        Just checking - my confirmation says the interview is at 04:00 on Thursday, but on the phone we said 9am. Which one is right?

        Thanks,
        Rebecca
        ''')
    alt = apple_alt(main)
    root = multi('mixed', [alt, attach(png(seed=2), 'image/png', 'Screenshot 2026-04-21 at 14.58.31.png', disp='inline',
                                        extra=[('Content-Id', f'<{ruuid()}>')])], 'apple')
    hs = H('Owen Pritchard <owen.pritchard@calloway-finch.com>', HELP_TO[0], 'Fwd: Interview time?', dt, mid('apple'),
           pre=m365(dt, 'gbr', 6, ar=True, auth=True), post=[('X-Mailer', 'Apple Mail (2.3826.500.181.1.5)')])
    add(build(hs, root), 'bug', 'forward_support', '', 'en', 'apple-mail;begin-forwarded-message;png-attachment;multipart-mixed',
        'wrong time zone on confirmations')

    # E-B3 zoom links missing sometimes
    dt = D(2026, 3, 13, 10, 31, 'cmh')
    main = T('''
        Hi team,

        Since Monday roughly 1 in 4 of the interviews I schedule in GoodTime go out without a Zoom link – the video option is set to Zoom on the template and on the interview itself, and it works fine for the rest. When it happens I’ve been creating a meeting in Zoom by hand and pasting it into the invite, so nothing’s been missed yet, but it’s getting old.

        Examples from this week:
        • Marisol Vega (Store Manager – Dublin, OH), interview ID 5830217
        • Ben Atkins (Transport Planner), interview ID 5830662

        Thanks,
        Megan
        ''')
    sig = T('''
        Megan O’Dell
        Senior Recruiter – Retail & Stores
        Calloway & Finch | Columbus, OH
        ''')
    root = outlook_only(main, sig)
    hs = H('Megan O\'Dell <megan.odell@calloway-finch.com>', HELP_TO[0], 'Zoom links missing on some invites', dt, mid('outlook'),
           pre=m365(dt, 'nam', 6), post=exch_extra('Zoom links missing on some invites'))
    add(build(hs, root), 'bug', 'forward_support', '', 'en', 'outlook-html-only;qp;windows-1252')

    # E-B4 reschedule did not update interviewers; reply on top of unrelated thread
    dt = D(2026, 5, 13, 9, 14, 'cmh')
    main = T('''
        Different topic but while I have you - I rescheduled Kayla Brooks' onsite (Transportation Analyst) from Wed to Fri in GoodTime yesterday. Candidate got the new time fine, but 2 of the 4 interviewers still have the old Wednesday invite on their calendars and nothing for Friday. GoodTime shows everything as Scheduled. It isn't until Friday so there's time, but I don't want to be chasing this every time I move something.

        T.
        ''')
    quoted = ([('From', 'GoodTime Help Line <helpline@calloway-finch.com>'), ('Sent', 'Tuesday, May 12, 2026 3:47 PM'),
               ('To', 'Tyrone Whitfield <tyrone.whitfield@calloway-finch.com>'),
               ('Subject', 'RE: Friday hiring event – headcount')],
              T('''
                Hi Tyrone,

                Thanks - we've got you down for 18 candidates across the two Friday sessions. The room at the Columbus training center is confirmed from 8:00.

                GoodTime Help Line
                '''))
    root = outlook_alt(main, quoted=quoted, label='utf-8', cs='utf-8', qsep=True)
    hs = H('Tyrone Whitfield <tyrone.whitfield@calloway-finch.com>', HELP_TO[0], 'RE: Friday hiring event – headcount', dt,
           mid('outlook'), pre=m365(dt, 'nam', 6),
           post=exch_extra('Friday hiring event – headcount') + [('In-Reply-To', mid('outlook')), ('References', mid('outlook'))])
    add(build(hs, root), 'bug', 'forward_support', '', 'en', 'outlook;multipart-alternative;reply-on-top;outlook-quote-block;raw-utf8-subject',
        'reschedule not updating invites; old thread about headcount')

    # E-B5 pools page 500, terse + screenshot, night
    dt = D(2026, 3, 31, 23, 40, 'cmh')
    body = 'interviewer pools page just spins then "Something went wrong (500)". chrome + edge, cleared cache. screenshot attached\n\nnadia\n'
    root = multi('mixed', [text(body, 'plain', 'ascii', '7bit', label='us-ascii'),
                           attach_simple(png(280, 160, seed=5), 'image/png', 'image001.png')], 'outlook_mixed')
    hs = H('Nadia Haddad <nadia.haddad@calloway-finch.com>', HELP, 'pools page broken', dt, mid('outlook'),
           pre=m365(dt, 'nam', 5), post=exch_extra('pools page broken', attach=True))
    add(build(hs, root), 'bug', 'forward_support', '', 'en', 'plain;terse;lowercase;png-attachment;night')

    # E-B6 ATS sync stuck
    dt = D(2026, 4, 16, 9, 26, 'mem')
    main = T('''
        Hey,

        Candidates I moved to the Onsite stage in Greenhouse on Tuesday still aren't showing up in GoodTime to schedule (it's now Thursday). I checked they're on the right job (Maintenance Technician - Memphis, JOB-33812) and in the right stage. When I moved people earlier this month they showed up within a few minutes.

        Candidate IDs: 44180923, 44181107, 44183350

        Thanks
        Jenna

        Jenna Marsh | Recruiter, Memphis DC
        Calloway & Finch
        ''')
    root = outlook_alt(main, label='us-ascii', cs='ascii')
    hs = H('Jenna Marsh <jenna.marsh@calloway-finch.com>', HELP_TO[0], 'Greenhouse -> GoodTime not syncing', dt, mid('outlook'),
           pre=m365(dt, 'nam', 6, dk=True), post=exch_extra('Greenhouse -> GoodTime not syncing'))
    add(build(hs, root), 'bug', 'forward_support', '', 'en', 'outlook;multipart-alternative;ids')

    # E-B7 IT service desk ticket (robot) about expired links
    dt = D(2026, 4, 24, 7, 55, 'uk')
    body = T('''
        Incident INC0048213 has been assigned to your group (GoodTime Help Line).

        Caller: Jade Holloway (jade.holloway@calloway-finch.com)
        Location: Daventry DC
        Category: Software > Recruiting > GoodTime
        Impact: 3 - Low
        Urgency: 3 - Low
        Short description: Availability links showing expired

        Description:
        Candidates I send availability requests to are telling me the link says it has expired, even when I sent it the same morning. Happened with 3 candidates this week for Warehouse Operative roles. I resent one and the new link worked. Not urgent for any one interview but it's putting candidates off.

        Click here to view the incident: https://calloway-finch.service-now.com/nav_to.do?uri=incident.do?sys_id=8f2c1e0a1b9d4a10

        This is an automated message from the C&F IT Service Desk. Please do not reply to this email.
        Ref:MSG8812045
        ''')
    root = multi('alternative', [text(body, 'plain', 'utf-8', 'quoted-printable', label='UTF-8'),
                                 text('<html><body><div style="font-family:Arial;font-size:10pt">' +
                                      '<br>'.join(html.escape(l) for l in body.split('\n')) + '</div></body></html>\n',
                                      'html', 'utf-8', 'quoted-printable', label='UTF-8')], 'other')
    hs = H('C&F IT Service Desk <noreply.servicedesk@calloway-finch.com>', HELP,
           'INC0048213 assigned to GoodTime Help Line - Availability links showing expired', dt,
           '20260424T065512.88120453@servicedesk.calloway-finch.com',
           pre=received_ext(dt, [('app128041.lhr201.service-now.com (app128041.lhr201.service-now.com [149.96.6.41])',
                                  'mx0a.calloway-finch.com (Postfix) with ESMTPS id 4ZdB6p0xKqz2xQ')]) + m365(dt, 'nam', 4, auth=True),
           post=[('Auto-Submitted', 'auto-generated'), ('X-Auto-Response-Suppress', 'All'),
                 ('X-ServiceNow-Generated', 'true'), ('X-ServiceNow-Source', 'Notification-5f0e2a1c')])
    add(build(hs, root), 'bug', 'forward_support|needs_review', '', 'en',
        'form-mailer;ticket-system;auto-submitted;msgid-no-brackets;multipart-alternative',
        'real bug report via IT ticket robot')

    # E-B8 HIGH: reminders stopped org-wide
    dt = D(2026, 4, 30, 8, 3, 'cmh')
    main = T('''
        Hi team,

        Flagging this as high impact. As far as we can tell, no candidate reminder emails have gone out from GoodTime since Tuesday morning (Apr 28), for any site. I've checked with coordinators in Columbus, Memphis, Reno, Milton Keynes and Doncaster and nobody's candidates have had one. Confirmations are still going out fine; it's only the day-before reminders that have stopped.

        We've had 11 no-shows in two days, which is about three times normal. Nothing has changed in our reminder settings as far as I know (I'm the admin and I haven't touched them).

        Can this go to GoodTime as a priority? I think our account contact there should know about it too.

        Marcus
        ''')
    sig = T('''
        Marcus Bell
        Recruiting Operations Manager | Calloway & Finch
        400 West Nationwide Blvd, Columbus, OH 43215
        ''')
    root = outlook_alt(main, sig, label='us-ascii', cs='ascii')
    subj = 'Candidate reminder emails not going out since Tuesday - all sites US and UK -\n no-shows up'
    hs = H('Marcus Bell <marcus.bell@calloway-finch.com>', HELP_TO[0], subj, dt, mid('outlook'),
           pre=m365(dt, 'nam', 7, ar=True, auth=True, dk=True),
           post=exch_extra('Candidate reminder emails not going out since Tuesday - all sites US and UK - no-shows up') +
           [('Importance', 'high'), ('X-Priority', '1')])
    add(build(hs, root), 'bug', 'forward_support+flag_csm', '', 'en',
        'outlook;multipart-alternative;long-folded-subject;importance-high;received-7;dkim;arc', 'org-wide reminder outage')

    # E-B9 HIGH: candidate got another candidate's details
    dt = D(2026, 5, 21, 10, 47, 'uk')
    main = T('''
        Hi,

        One of my candidates (Store Manager – Bedford) has just emailed to say the itinerary she got from GoodTime this morning included someone else’s name, mobile number and CV notes in the “additional information” section. I’ve checked and they’re the details of a different candidate for the same role.

        I haven’t been able to tell yet whether it’s just this one or whether other candidates have received the same thing. Obviously this is a data protection issue – I’ve let Priyanka know.

        Please can this be picked up today.

        Hannah
        ''')
    sig = T('''
        Hannah Okafor
        Recruiter – Retail | Calloway & Finch Ltd
        ''')
    root = outlook_only(main, sig, disclaimer=DISC_UK, lang='EN-GB')
    hs = H('Hannah Okafor <hannah.okafor@calloway-finch.com>', HELP_TO[0], 'Candidate received another candidate\'s details', dt,
           mid('outlook_uk'), cc='Priyanka Desai <priyanka.desai@calloway-finch.com>',
           pre=m365(dt, 'gbr', 6), post=exch_extra('Candidate received another candidate\'s details', lang='en-GB'))
    add(build(hs, root), 'bug', 'forward_support+flag_csm', '', 'en', 'outlook-html-only;qp;windows-1252;disclaimer',
        'data exposure to candidate')

    # E-B10 angry caps room double booking
    dt = D(2026, 5, 8, 14, 29, 'uk')
    body = T('''
        WHY DOES GOODTIME KEEP BOOKING THE TRAINING ROOM AT DONCASTER WHEN ITS ALREADY BOOKED. 3rd time this month I've walked in with a candidate and there's a forklift refresher going on. Outlook shows the room busy, GoodTime books it anyway. Sort it please

        Gary

        Sent from my Galaxy
        ''')
    root = text(body, 'plain', 'utf-8', 'base64', label='UTF-8')
    hs = H('Gary Fenwick <gary.fenwick@calloway-finch.com>', HELP, 'ROOM BOOKINGS AGAIN', dt, mid('android'),
           pre=m365(dt, 'gbr', 5), post=[('X-Mailer', 'Samsung Mail'), ('Importance', 'Normal')])
    add(build(hs, root), 'bug', 'forward_support', '', 'en', 'samsung-mobile;base64;angry-caps', 'room double-booked, not live')


en_bugs()


# ================================================================ ENGLISH - scheduling blockers
def en_blockers():
    # E-S1 candidate in lobby, nothing booked
    dt = D(2026, 3, 18, 10, 52, 'cmh')
    body = T('''
        candidate for the 11am Financial Analyst interview is in the lobby at HQ right now, goodtime has nothing booked for him and none of the 3 interviewers got an invite. i definately scheduled it last wk. what do i do, who can i get on the phone??

        Sent from my iPhone
        ''')
    root = Part([('Content-Type', 'text/plain;\n\tcharset=us-ascii'), ('Content-Transfer-Encoding', '7bit')], body.encode())
    hs = H('Devon Carter <devon.carter@calloway-finch.com>', HELP, 'HELP candidate in lobby', dt, mid('apple'),
           pre=m365(dt, 'nam', 5), post=iphone_hdrs('21E236') + [('X-Priority', '1')])
    add(build(hs, root), 'scheduling_blocker', 'forward_support', '', 'en', 'iphone;plain-7bit;lowercase;typos')

    # E-S2 panel in 15 min no Teams link
    dt = D(2026, 4, 22, 13, 45, 'uk')
    main = T('''
        Hi – the panel for the Backend Engineer candidate (Tomasz Nowak) starts at 14:00 and there’s no Teams link on the invite for any of the 3 interviewers, or on the candidate’s confirmation. He’s just emailed asking for it.

        I’ve tried regenerating the link on the interview page and it just sits there spinning. Can someone help quickly please?

        Aisha
        ''')
    sig = T('''
        Aisha Rahman
        Senior Recruiter – Technology
        Calloway & Finch Ltd | Milton Keynes
        ''')
    root = outlook_only(main, sig, lang='EN-GB', font='Aptos')
    hs = H('Aisha Rahman <aisha.rahman@calloway-finch.com>', HELP_TO[0], 'Panel in 15 mins - no Teams link', dt, mid('outlook_uk'),
           pre=m365(dt, 'gbr', 6, ar=True), post=exch_extra('Panel in 15 mins - no Teams link', lang='en-GB') + [('Importance', 'high')])
    add(build(hs, root), 'scheduling_blocker', 'forward_support', '', 'en', 'outlook-html-only;qp;windows-1252;importance-high')

    # E-S3 interviewer sick, swap fails; -----Original Message----- unrelated thread
    dt = D(2026, 4, 29, 12, 51, 'uk')
    body = T('''
        Sorry, hijacking this thread - urgent: Paul Hendry has called in sick and he's on the 13:30 interview for the Inventory Controller candidate (40 mins from now). When I try to swap him for someone else from the pool GoodTime gives "Unable to update interview - please try again" every time. Candidate's already on the train. Can anyone help?

        Harriet

        -----Original Message-----
        From: Facilities MK <facilities.mk@calloway-finch.com>
        Sent: 27 April 2026 10:02
        To: Harriet Blake <harriet.blake@calloway-finch.com>
        Cc: GoodTime Help Line <helpline@calloway-finch.com>
        Subject: RE: Parking permits for Thursday

        Hi Harriet,

        6 visitor parking permits will be at reception on Thursday from 8am. Please make sure candidates park in the overflow car park (P3), not the main one.

        Thanks
        Facilities - Milton Keynes
        ''')
    root = text(body, 'plain', 'ascii', 'quoted-printable', label='us-ascii')
    hs = H('Harriet Blake <harriet.blake@calloway-finch.com>',
           'Facilities MK <facilities.mk@calloway-finch.com>; GoodTime Help Line <helpline@calloway-finch.com>',
           'RE: Parking permits for Thursday', dt, mid('outlook_uk'), pre=m365(dt, 'gbr', 6),
           post=exch_extra('Parking permits for Thursday', lang='en-GB') + [('In-Reply-To', mid('outlook_uk'))])
    add(build(hs, root), 'scheduling_blocker', 'forward_support', '', 'en', 'plain;qp;original-message-quote;reply-on-top;semicolon-to',
        'old thread about parking')

    # E-S4 self-schedule link shows no times, candidate on phone now
    dt = D(2026, 5, 15, 13, 8, 'rno')
    body = T('''
        I have a CDL driver candidate on the phone with me right now, he needs to book his road test interview for today (class starts monday). the self schedule link shows him "no times available" but Cody and Mike both have the whole afternoon open in goodtime. can someone help me get this booked in the next few min?

        Luis

        Get Outlook for iOS<https://aka.ms/o0ukef>
        ''')
    root = outlook_alt(body, label='utf-8', cs='utf-8', font='Aptos')
    hs = H('Luis Ortega <luis.ortega@calloway-finch.com>', HELP, 'candidate cant see any times', dt, mid('outlook_mobile'),
           pre=m365(dt, 'nam', 5, dk=True), post=[('X-MS-Exchange-Organization-SCL', '-1')])
    add(build(hs, root), 'scheduling_blocker', 'forward_support', '', 'en', 'outlook-ios;multipart-alternative;lowercase')

    # E-S5 zoom waiting for host, different meeting IDs
    dt = D(2026, 3, 27, 15, 6, 'cmh')
    main = T('''
        Candidate for the 3:00 Pricing Analyst interview is stuck on "waiting for host" - it's 3:06. The hiring manager (Rob Ellis) is in the meeting on his side but says his meeting ID is different from the one on the candidate's confirmation. GoodTime generated both. Need a fix now or we lose her.

        Kevin
        ''')
    root = outlook_alt(main, label='us-ascii', cs='ascii')
    hs = H('Kevin Tran <kevin.tran@calloway-finch.com>', HELP_TO[0], 'zoom - candidate stuck in waiting room', dt, mid('outlook'),
           pre=m365(dt, 'nam', 6), post=exch_extra('zoom - candidate stuck in waiting room'))
    add(build(hs, root), 'scheduling_blocker', 'forward_support', '', 'en', 'outlook;multipart-alternative')

    # E-S6 assessment day wrong address
    dt = D(2026, 5, 6, 9, 1, 'uk')
    body = T('''
        assesment day at daventry starts 9:30 (30 mins) and 6 of the candidates have just rung to say their goodtime confirmation says Milton Keynes office?? 2 are already in MK. the rest we can redirect but I need the confirmations fixed for the ones due this afternoon + someone to tell me how to resend with the right site

        Jade
        Shift Manager - Daventry DC

        Sent from Outlook for Android
        ''')
    root = text(body, 'plain', 'utf-8', 'quoted-printable', label='utf-8')
    hs = H('Jade Holloway <jade.holloway@calloway-finch.com>', HELP_TO[1], 'URGENT wrong adress sent to candidates', dt,
           mid('outlook_mobile'), pre=m365(dt, 'gbr', 5), post=[('Importance', 'high')])
    add(build(hs, root), 'scheduling_blocker', 'forward_support', '', 'en', 'outlook-android;plain;qp;typos')

    # E-S7 time-zone mismatch, interview in 10 min
    dt = D(2026, 4, 8, 10, 50, 'cmh')
    main = T('''
        Which time is right??

        Candidate in Lisbon (Solutions Engineer) has her interview with Jason at 11:00 ET according to GoodTime and Jason's calendar. Her GoodTime confirmation says 15:00 Lisbon time, which is 10:00 ET - so she's been sitting in the Teams meeting for 50 minutes, and Jason's in another meeting until 11.

        It's supposed to start in 10 minutes. What do I tell her, and how do I fix the time so this doesn't happen again?

        Sam
        ''')
    root = owa_alt(main, cs='ascii', label='us-ascii')
    hs = H('Sam Whitaker <sam.whitaker@calloway-finch.com>', HELP, 'which time is right?? interview in 10 min', dt, mid('outlook'),
           pre=m365(dt, 'nam', 6, ar=True, auth=True), post=exch_extra('which time is right?? interview in 10 min'))
    add(build(hs, root), 'scheduling_blocker', 'forward_support', '', 'en', 'owa;multipart-alternative;time-zone')

    # E-S8 forwarded candidate mail: at the gate
    dt = D(2026, 5, 7, 9, 53, 'rno')
    main = T('''
        can someone help asap, cant find this interview anywhere in goodtime and security wont let him in without it on the visitor list. Luis is off today

        ---------- Forwarded message ---------
        From: Andre Delgado <adelgado.trucking@yahoo.com>
        Date: Thu, May 7, 2026 at 9:48 AM
        Subject: At the gate
        To: <cody.rasmussen@calloway-finch.com>


        Hi Cody I'm at the front gate of the Reno warehouse for my 10am interview for the forklift operator job, security says I'm not on the list. Please advise
        Andre
        ''')
    root = gmail_alt(main)
    hs = H('Cody Rasmussen <cody.rasmussen@calloway-finch.com>', HELP, 'Fwd: At the gate', dt, mid('gmail'),
           pre=m365(dt, 'nam', 5))
    add(build(hs, root), 'scheduling_blocker', 'forward_support', '', 'en', 'gmail-forwarded-message;multipart-alternative;lowercase')


en_blockers()


# ================================================================ ENGLISH - feature requests
def en_features():
    # E-F1 URGENT subject over a wish
    dt = D(2026, 3, 30, 16, 12, 'mem')
    main = T('''
        Hi,

        It would be SO much better if we could select a bunch of candidates at once and send them all the same self-scheduling link for the hiring-event slots, instead of doing them one at a time. We have 60 warehouse associate candidates for the Memphis hiring event on the 18th and I'm clicking through each one separately.

        Could this be added to GoodTime? Even a "select all in this stage" option would be amazing.

        Thanks!!
        Tyrone
        ''')
    root = owa_alt(main, cs='ascii', label='us-ascii')
    hs = H('Tyrone Whitfield <tyrone.whitfield@calloway-finch.com>', HELP_TO[0], 'URGENT - GoodTime improvement', dt, mid('outlook'),
           pre=m365(dt, 'nam', 6), post=exch_extra('URGENT - GoodTime improvement') + [('Importance', 'high'), ('X-Priority', '1')])
    add(build(hs, root), 'feature_request', 'product_board_reply', '', 'en', 'owa;multipart-alternative;misleading-subject;importance-high',
        'URGENT subject over a feature wish')

    # E-F2 no-show button
    dt = D(2026, 4, 6, 11, 33, 'cmh')
    main = T('''
        Hi!

        Small suggestion for GoodTime: a "candidate no-show" button on the interview that marks it as a no-show, tells the interviewers they can go, and logs it somewhere we can report on later. Right now I email everyone by hand and it isn't tracked anywhere.

        Nadia
        ''')
    root = apple_alt(main)
    hs = H('Nadia Haddad <nadia.haddad@calloway-finch.com>', HELP, 'suggestion - no-show button', dt, mid('apple'),
           pre=m365(dt, 'nam', 5), post=[('X-Mailer', 'Apple Mail (2.3826.500.181.1.5)')])
    add(build(hs, root), 'feature_request', 'product_board_reply', '', 'en', 'apple-mail;multipart-alternative')

    # E-F3 dark mode, terse
    dt = D(2026, 5, 26, 18, 41, 'uk')
    body = 'any chance goodtime could get a dark mode? my eyes after 8 hrs of scheduling...\n'
    root = text(body, 'plain', 'ascii', '7bit', label='us-ascii')
    hs = H('Owen Pritchard <owen.pritchard@calloway-finch.com>', HELP, 'dark mode pls', dt, None, pre=m365(dt, 'gbr', 5),
           post=outlook_desk())
    add(build(hs, root), 'feature_request', 'product_board_reply', '', 'en', 'plain-7bit;terse;lowercase;no-message-id')

    # E-F4 scorecard nudges
    dt = D(2026, 4, 27, 8, 15, 'cmh')
    main = T('''
        Not sure if this is the right place for this.

        It would be great if GoodTime could nudge interviewers to submit their scorecards, say an hour after the interview ends, and again the next morning. We regularly walk into debriefs where half the panel hasn't written anything up. Right now that nudge is a Slack reminder I set up by hand for every loop.

        Jason

        Jason Pruitt
        Director, Data Engineering | Calloway & Finch Technology
        ''')
    root = outlook_alt(main, label='us-ascii', cs='ascii')
    hs = H('Jason Pruitt <jason.pruitt@calloway-finch.com>', HELP_TO[0], 'Feature idea: feedback reminders', dt, mid('outlook'),
           pre=m365(dt, 'nam', 6, dk=True), post=exch_extra('Feature idea: feedback reminders'))
    add(build(hs, root), 'feature_request', 'product_board_reply', '', 'en', 'outlook;multipart-alternative')

    # E-F5 shift rota aware availability
    dt = D(2026, 3, 23, 6, 48, 'uk')
    body = T('''
        Hi,

        Our shift managers work 4 on / 4 off (days and nights), so their Outlook calendars don't really show when they're actually on site. It would be brilliant if GoodTime could take the shift rota (e.g. an upload from our rota system) and only offer interview slots when the interviewer is on shift. It would save loads of reschedules at Doncaster.

        Liam
        ''')
    root = text(body, 'plain', 'utf-8', 'quoted-printable', label='utf-8')
    hs = H('Liam Kershaw <liam.kershaw@calloway-finch.com>', HELP_TO[0], 'Idea for warehouse interviewers', dt, mid('outlook_uk'),
           pre=m365(dt, 'gbr', 6), post=exch_extra('Idea for warehouse interviewers', lang='en-GB'))
    add(build(hs, root), 'feature_request', 'product_board_reply', '', 'en', 'plain;qp;early-morning')

    # E-F6 reception list, windows-1252 base64 body + PDF
    dt = D(2026, 4, 15, 12, 4, 'uk')
    body = T('''
        Hello,

        Reception at Milton Keynes have asked whether GoodTime could produce a simple printable list each morning of which candidates are coming in, at what time, who they’re seeing and which room. At the moment I build it by hand from the calendars every morning (example attached of what they’d like).

        It would be a really nice addition if GoodTime could generate that list, or even email it to reception automatically at 7am.

        Thanks,
        Gemma

        Gemma Taylor
        Executive Assistant to the Managing Director UK
        Calloway & Finch Ltd
        ''')
    p = pdf(['Calloway & Finch - Milton Keynes reception', 'Candidate visitors - Wednesday 15 April 2026', '',
             '09:00  J. Okoro     Data Analyst (Grad)     Room Ouse 2    Host: Aisha Rahman',
             '10:30  M. Fielding  Transport Planner        Room Ouzel     Host: Callum McLeod',
             '13:00  S. Grant     Payroll Officer          Room Ouse 1    Host: Priyanka Desai',
             '15:30  T. Nowak     Backend Engineer         Teams only     Host: Aisha Rahman'])
    root = multi('mixed', [text(body, 'plain', 'cp1252', 'base64', label='Windows-1252'),
                           attach_simple(p, 'application/pdf', 'Reception list example.pdf')], 'outlook_mixed')
    hs = H('Gemma Taylor <gemma.taylor@calloway-finch.com>', HELP_TO[0], 'Suggestion – daily visitor list for reception', dt,
           mid('outlook_uk'), pre=m365(dt, 'gbr', 7, auth=True),
           post=exch_extra('Suggestion – daily visitor list for reception', attach=True, lang='en-GB'))
    add(build(hs, root), 'feature_request', 'product_board_reply', '', 'en',
        'plain;base64;windows-1252;pdf-attachment;raw-utf8-subject')

    # E-F7 form mailer: suggestion
    dt = D(2026, 5, 28, 20, 17, 'uk')
    body = T('''
        A new request was submitted through the GoodTime Help Request form.

        Name: Sophie Turner
        Email: sophie.turner@calloway-finch.com
        Department: People - Early Careers
        Location: Milton Keynes (UK Head Office)
        Request type: Suggestion / idea
        Priority: Low

        Details:
        It would be really helpful if candidates could add their assessment day to their own calendar with one click from the confirmation email (Google / Apple / Outlook buttons). Graduates keep emailing us to ask for "a calendar invite" and we end up sending them by hand. Not urgent at all, just an idea for GoodTime.

        Attachments: none

        --
        This message was generated automatically by the C&F People Portal. Replies to this address are not monitored.
        Submission ID: PP-2026-05-28-0533
        ''')
    root = text(body, 'plain', 'utf-8', '7bit', label='utf-8')
    hs = H('C&F People Portal <no-reply@forms.calloway-finch.com>', HELP,
           '[GoodTime Help Request] New submission from Sophie Turner', dt,
           f'<{int(utc(dt).timestamp())}.PP05332026@forms.calloway-finch.com>',
           pre=received_ext(dt, [('forms-app-01.int.calloway-finch.com (10.40.2.16)', 'smtp-relay.calloway-finch.com (Postfix) with ESMTP id 4Zk2Lq6Hp7z9sT')]) +
           m365(dt, 'nam', 4),
           post=[('Reply-To', 'Sophie Turner <sophie.turner@calloway-finch.com>'), ('Auto-Submitted', 'auto-generated'),
                 ('X-Auto-Response-Suppress', 'All'), ('X-Mailer', 'PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)')])
    add(build(hs, root), 'feature_request', 'forward_support|needs_review', '', 'en', 'form-mailer;auto-submitted;x-auto-response-suppress',
        'suggestion via web form')

    # E-F8 reply with > quoting; wish for store choice
    dt = D(2026, 5, 6, 16, 20, 'mem')
    body = T('''
        Thanks for running the session yesterday, it was useful.

        One thing that came up that I didn't get to say: for store roles where we hire for several stores at once, it'd be great if the candidate could choose which store they want to interview at from a list when they book their slot. Right now we make a separate link per store and it's a mess when one candidate would take any of three stores. Would love to see that added.

        Shanice

        On Tue, 5 May 2026 at 17:02, GoodTime Help Line <helpline@calloway-finch.com> wrote:
        > Hi all,
        >
        > Thanks for coming to today's GoodTime drop-in. Notes and the recording are on
        > the People Hub under Recruiting > GoodTime > Drop-ins. Next session is Tuesday
        > 2 June, same time.
        >
        > GoodTime Help Line
        ''')
    root = text(body, 'plain', 'utf-8', '7bit', label='UTF-8', ct_extra='; format=flowed')
    hs = H('Shanice Ward <shanice.ward@calloway-finch.com>', 'GoodTime Help Line <helpline@calloway-finch.com>',
           'Re: GoodTime drop-in - notes', dt, mid('apple'), pre=m365(dt, 'nam', 5),
           post=[('User-Agent', 'Mozilla Thunderbird'), ('Content-Language', 'en-US'),
                 ('In-Reply-To', mid('outlook')), ('References', mid('outlook'))])
    add(build(hs, root), 'feature_request', 'product_board_reply', '', 'en', 'thunderbird;plain;gt-quoted-reply;format-flowed',
        'thanks + feature wish')

    # E-F9 Welsh language candidate emails
    dt = D(2026, 3, 5, 14, 55, 'uk')
    main = T('''
        Hi,

        Could GoodTime add an option to send candidate emails (confirmations, reminders, availability requests) in Welsh, or bilingual Welsh/English? For our Cardiff and Swansea stores we're expected to offer Welsh, and at the moment candidates only ever get English.

        Happy to help test it if they build it.

        Diolch,
        Cerys
        ''')
    sig = T('''
        Cerys Morgan
        Retail Recruiter – Wales & South West
        Calloway & Finch Ltd
        ''')
    root = outlook_only(main, sig, lang='EN-GB')
    hs = H('Cerys Morgan <cerys.morgan@calloway-finch.com>', HELP_TO[0], 'Welsh language option', dt, mid('outlook_uk'),
           pre=m365(dt, 'gbr', 6), post=exch_extra('Welsh language option', lang='en-GB'))
    add(build(hs, root), 'feature_request', 'product_board_reply', '', 'en', 'outlook-html-only;qp;windows-1252')


en_features()


# ================================================================ ENGLISH - escalations
def en_escalations():
    # E-X1 seats for peak
    dt = D(2026, 6, 2, 10, 5, 'mem')
    main = T('''
        Hi,

        We're bringing on 6 temporary recruiting coordinators for peak (Sept–Dec) across Memphis and Reno. As far as I know we're at our limit on GoodTime licences – when I tried to add someone last year it said there were no seats available.

        Who do we talk to about adding seats for a few months, and what will it cost? They need to be live by Aug 24.

        Thanks,
        Brandon
        ''')
    sig = T('''
        Brandon Hayes
        Talent Acquisition Manager – US Distribution
        Calloway & Finch
        ''')
    root = outlook_alt(main, sig, label='utf-8', cs='utf-8')
    hs = H('Brandon Hayes <brandon.hayes@calloway-finch.com>', HELP_TO[0], 'Need more GoodTime seats for peak', dt, mid('outlook'),
           pre=m365(dt, 'nam', 6, ar=True, auth=True), post=exch_extra('Need more GoodTime seats for peak'))
    add(build(hs, root), 'escalation', 'flag_csm', '', 'en', 'outlook;multipart-alternative;utf-8', 'licences / seats')

    # E-X2 renewal review, PDF, long sig + disclaimer
    dt = D(2026, 5, 18, 17, 36, 'cmh')
    main = T('''
        Hi team,

        Procurement has sent over the GoodTime renewal order form (attached) – our current term ends July 31. Before I sign anything I’d like a proper review with GoodTime: adoption numbers by site, the issues we’ve had this year (the sync problems in Q1 especially), and whether the tier we’re on still makes sense now that the UK is fully live.

        Can you set that up with our GoodTime account team for the first half of June? Please include Marcus and Callum.

        Thanks,
        Dana
        ''')
    sig = T('''
        Dana Kowalski
        Head of Talent Acquisition – Americas
        Calloway & Finch, Inc. | 400 West Nationwide Blvd, Columbus, OH 43215
        O +1 614 555 0140 | M +1 614 555 0199
        calloway-finch.com | We’re hiring drivers, warehouse associates and store teams across 14 states
        ''')
    htm = outlook_only(main, sig, disclaimer=DISC_US)
    p = pdf(['GoodTime - Order Form (Renewal)', 'Customer: Calloway & Finch, Inc.', 'Term: 01 Aug 2026 - 31 Jul 2027',
             'Product: GoodTime Hire - Enterprise', 'Seats: 310 named users', 'Quote ref: Q-2026-CF-0718',
             'Valid until: 30 June 2026'])
    root = multi('mixed', [htm, attach(p, 'application/pdf', 'C&F GoodTime Renewal Order Form 2026.pdf')], 'outlook_mixed')
    hs = H('Dana Kowalski <dana.kowalski@calloway-finch.com>', HELP_TO[0], 'GoodTime renewal – review before we sign', dt,
           mid('outlook'), cc='Marcus Bell <marcus.bell@calloway-finch.com>',
           pre=m365(dt, 'nam', 8, dk=True, ar=True, auth=True),
           post=exch_extra('GoodTime renewal – review before we sign', attach=True))
    add(build(hs, root), 'escalation', 'flag_csm', '', 'en',
        'outlook-html-only;qp;windows-1252;pdf-attachment;long-signature;disclaimer;received-8;dkim;arc;raw-utf8-subject', 'renewal')

    # E-X3 training for Memphis hiring managers
    dt = D(2026, 4, 20, 7, 12, 'mem')
    main = T('''
        Hi,

        Our 12 hiring managers at the Memphis DC keep moving interviews directly in Outlook instead of in GoodTime, and then the candidate gets the wrong time or the interview drops off Greenhouse. I've shown them one-on-one but it isn't sticking.

        Could we get a proper session run by GoodTime for the whole group (ideally on site, otherwise Teams), plus a short guide they can keep? Early mornings work best, before the shift starts.

        Thanks
        Shanice
        ''')
    root = outlook_alt(main, label='us-ascii', cs='ascii')
    hs = H('Shanice Ward <shanice.ward@calloway-finch.com>', HELP_TO[0], 'Training for Memphis hiring managers', dt, mid('outlook'),
           pre=m365(dt, 'nam', 6), post=exch_extra('Training for Memphis hiring managers'))
    add(build(hs, root), 'escalation', 'flag_csm', '', 'en', 'outlook;multipart-alternative', 'team training request')

    # E-X4 overall complaint, long folded subject, night
    dt = D(2026, 4, 3, 22, 15, 'uk')
    main = T('''
        Hi,

        I'll be honest: the last three months with GoodTime haven't been good enough. We've had the calendar sync problems in February, the reminder outage, tickets with Support closed without a real fix, and answers to basic questions that take days. My coordinators have started keeping their own spreadsheets "just in case", which defeats the point of having the tool.

        I don't need another ticket raised. I want a proper conversation with GoodTime about what's going wrong, what they're doing about it and how we get adoption back on track. Can you arrange that and let me know who from their side will attend?

        Victoria
        ''')
    sig = T('''
        Victoria Ashby
        Head of Talent – UK & Europe
        Calloway & Finch Ltd
        ''')
    root = outlook_only(main, sig, lang='EN-GB')
    subj = ('=?utf-8?Q?Where_are_we_with_GoodTime=3F_=E2=80=93_frustration_across_the_UK?=\n'
            ' =?utf-8?Q?_recruiting_team=2C_need_a_conversation_with_GoodTime_about_the_la?=\n'
            ' =?utf-8?Q?st_quarter?=')
    hs = H('Victoria Ashby <victoria.ashby@calloway-finch.com>', HELP_TO[0], subj, dt, mid('outlook_uk'),
           pre=m365(dt, 'gbr', 7, ar=True), post=exch_extra('Where are we with GoodTime? – frustration across the UK recruiting team', lang='en-GB'))
    add(build(hs, root), 'escalation', 'flag_csm', '', 'en',
        'outlook-html-only;qp;rfc2047-q-utf8;split-word;long-folded-subject;night', 'complaint about the quarter')

    # E-X5 process change, winmail.dat
    dt = D(2026, 5, 11, 11, 28, 'uk')
    body = T('''
        Hi,

        From June we're changing how we hire warehouse operatives and drivers in the UK: instead of individual interviews we're moving to weekly assessment days at each site (group briefing, site tour, short 1:1s, forklift / driving assessment). That's a big change to how we've set GoodTime up - templates, rooms, who interviews and what candidates receive.

        I'd like GoodTime's input on the best way to design this before we build anything. Could you get time in with our GoodTime contact for me, Jade, Liam and someone from your team?

        Thanks,
        Callum

        Callum McLeod | Recruitment Manager, UK & Ireland
        Calloway & Finch Ltd
        ''')
    root = multi('mixed', [text(body, 'plain', 'ascii', 'quoted-printable', label='us-ascii'),
                           attach_simple(winmail(body), 'application/ms-tnef', 'winmail.dat')], 'outlook_mixed')
    hs = H('Callum McLeod <callum.mcleod@calloway-finch.com>', HELP_TO[0], 'Moving UK hourly hiring to assessment days', dt,
           mid('outlook_uk'), cc='Jade Holloway <jade.holloway@calloway-finch.com>, Liam Kershaw <liam.kershaw@calloway-finch.com>',
           pre=m365(dt, 'gbr', 6), post=exch_extra('Moving UK hourly hiring to assessment days', attach=True, lang='en-GB') +
           [('X-MS-TNEF-Correlator', '<' + rhex(32) + '@' + mhost('gbr') + '>')])
    add(build(hs, root), 'escalation', 'flag_csm', '', 'en', 'outlook;winmail.dat;multipart-mixed;qp', 'process change')

    # E-X6 recurring unresolved + live today
    dt = D(2026, 5, 14, 10, 2, 'uk')
    main = T('''
        Hi,

        This is now the fourth time in six weeks. Whenever we reschedule an interview in GoodTime, the Teams link disappears from the updated invite. We reported it to GoodTime Support (ticket 88231) and it was closed as "cannot reproduce". Ticket 89107, same story.

        It's happening AGAIN right now: two interviews today (12:30 and 15:00, both Platform Engineer candidates) have no link after being moved this morning.

        I want this escalated to our GoodTime account manager. It's wasting hours every week across the tech recruiting team and candidates think we're disorganised.

        Aisha
        ''')
    root = outlook_alt(main, label='us-ascii', cs='ascii', lang='EN-GB', font='Aptos')
    hs = H('Aisha Rahman <aisha.rahman@calloway-finch.com>', HELP_TO[0],
           'Teams links vanishing after reschedule - 4th time, happening again today', dt, mid('outlook_uk'),
           pre=m365(dt, 'gbr', 7, dk=True), post=exch_extra('Teams links vanishing after reschedule - 4th time, happening again today', lang='en-GB'))
    add(build(hs, root), 'escalation', 'flag_csm+forward_support', '', 'en', 'outlook;multipart-alternative;partial-caps',
        'recurring unresolved + live fault today')

    # E-X7 acquisition, CPO from iPhone
    dt = D(2026, 5, 22, 19, 51, 'cmh')
    body = T('''
        Team - confidential for now. We close on the Harrow Freight acquisition on June 1. They have 15 recruiters/coordinators on their own scheduling tool and I want them on our GoodTime account by end of Q3. Please work out with GoodTime what that means commercially and for the setup (separate instance or merged into ours?) and come back to me with a plan.

        Diane

        Sent from my iPhone
        ''')
    root = Part([('Content-Type', 'text/plain;\n\tcharset=utf-8'), ('Content-Transfer-Encoding', 'quoted-printable')],
                quopri.encodestring(body.encode()))
    hs = H('Diane Hargrove <diane.hargrove@calloway-finch.com>', HELP,
           'Harrow Freight recruiters -> GoodTime', dt, mid('apple'),
           cc='Dana Kowalski <dana.kowalski@calloway-finch.com>, Karen Liu <karen.liu@calloway-finch.com>',
           pre=m365(dt, 'nam', 5), post=iphone_hdrs() + [('Sensitivity', 'Company-Confidential')])
    add(build(hs, root), 'escalation', 'flag_csm', '', 'en', 'iphone;plain;qp', 'acquisition - account matter')

    # E-X8 SSO migration
    dt = D(2026, 4, 28, 14, 20, 'cmh')
    main = T('''
        Hello,

        IT is moving all applications from Okta to Microsoft Entra ID single sign-on, and GoodTime is scheduled for the weekend of June 13. It affects all ~300 GoodTime users in the US, UK and Europe.

        We need a named contact at GoodTime to coordinate the cutover (new SAML metadata, testing in a sandbox if they have one, rollback plan) and to confirm whether anything in our contract or plan needs to change for Entra.

        Could the project team arrange this with GoodTime?

        Regards,
        Raj
        ''')
    sig = T('''
        Raj Patel
        Manager, Identity & Access Management
        Calloway & Finch Technology
        ''')
    root = outlook_only(main, sig, label='us-ascii', cs='ascii')
    hs = H('Raj Patel <raj.patel@calloway-finch.com>', HELP_TO[0], 'GoodTime SSO change - Okta to Entra ID (June)', dt, mid('outlook'),
           pre=m365(dt, 'nam', 6, ar=True, auth=True), post=exch_extra('GoodTime SSO change - Okta to Entra ID (June)'))
    add(build(hs, root), 'escalation', 'flag_csm', '', 'en', 'outlook-html-only;qp;us-ascii', 'org-wide SSO cutover')

    # E-X9 second outage, UK coordinators locked out right now
    dt = D(2026, 5, 27, 9, 37, 'uk')
    main = T('''
        Hi,

        Since about 8am today none of the 14 coordinators in the UK can open the scheduling page in GoodTime - it just says "You don't have access to this page". US colleagues are fine. This is the second time this month (same thing on the 6th, it fixed itself after a day and we never got an explanation from GoodTime).

        We're scheduling by hand in Outlook. Again.

        I need two things: someone to get this fixed today, and a conversation with our GoodTime account contact about why this keeps happening and what they're going to do about it. I'm not prepared to keep absorbing this.

        Nicola
        ''')
    sig = T('''
        Nicola Grant
        Talent Acquisition Lead – UK Supply Chain
        Calloway & Finch Ltd
        ''')
    root = outlook_alt(main, sig, label='utf-8', cs='utf-8', lang='EN-GB', disclaimer=DISC_UK)
    hs = H('Nicola Grant <nicola.grant@calloway-finch.com>', HELP_TO[0],
           'Second outage this month – UK coordinators locked out AGAIN', dt, mid('outlook_uk'),
           cc='Victoria Ashby <victoria.ashby@calloway-finch.com>',
           pre=m365(dt, 'gbr', 6), post=exch_extra('Second outage this month – UK coordinators locked out AGAIN', lang='en-GB') +
           [('Importance', 'high')])
    add(build(hs, root), 'escalation', 'flag_csm+forward_support', '', 'en',
        'outlook;multipart-alternative;disclaimer;raw-utf8-subject', 'recurring outage, live now, wants account contact')


en_escalations()


# ================================================================ ENGLISH - noise
def en_noise():
    # E-Z1 OOO with Auto-Submitted (Outlook, html only)
    dt = D(2026, 5, 12, 8, 0, 'cmh')
    main = T('''
        Thank you for your email. I’m out of the office until Monday, May 18 with limited access to email.

        For anything URGENT relating to a scheduled interview please contact Megan O’Dell (megan.odell@calloway-finch.com) or the recruiting coordinators at recruiting.coordinators@calloway-finch.com.

        Kevin
        ''')
    root = outlook_only(main)
    hs = H('Kevin Tran <kevin.tran@calloway-finch.com>', 'GoodTime Help Line <helpline@calloway-finch.com>',
           'Automatic reply: [GoodTime Help Line] GoodTime drop-in - notes', dt, mid('outlook'),
           pre=m365(dt, 'nam', 5),
           post=[('Thread-Topic', '[GoodTime Help Line] GoodTime drop-in - notes'),
                 ('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All'),
                 ('X-MS-Exchange-Inbox-Rules-Loop', 'kevin.tran@calloway-finch.com'),
                 ('X-MS-Exchange-Organization-AutoReply', 'OOF'), ('In-Reply-To', mid('outlook'))])
    add(build(hs, root), 'noise', 'ignore', '', 'en', 'out-of-office;auto-submitted;outlook-html-only;qp',
        'OOO containing URGENT')

    # E-Z2 OOO without Auto-Submitted
    dt = D(2026, 3, 10, 11, 47, 'uk')
    body = T('''
        Thanks for your email.

        I'm at the University of Leeds and Newcastle University careers fairs today and tomorrow with very patchy signal, and will reply when I'm back at my desk on Thursday.

        If your query is about a graduate assessment day booking, please contact Harriet Blake (harriet.blake@calloway-finch.com).

        Sophie Turner
        Graduate Recruitment Lead
        ''')
    root = text(body, 'plain', 'ascii', '7bit', label='us-ascii')
    hs = H('Sophie Turner <sophie.turner@calloway-finch.com>', 'GoodTime Help Line <helpline@calloway-finch.com>',
           'Out of office Re: GoodTime drop-in sessions - March dates', dt, mid('outlook_uk'),
           pre=m365(dt, 'gbr', 5), post=[('In-Reply-To', mid('outlook'))])
    add(build(hs, root), 'noise', 'ignore', '', 'en', 'out-of-office;no-auto-submitted;plain-7bit', 'manual OOO rule, no auto headers')

    # E-Z3 bounce (Postfix DSN)
    dt = D(2026, 4, 1, 16, 4, 'de')
    orig_dt = dt - _dt.timedelta(seconds=3)
    orig_mid = mid('outlook')
    report = T('''
        This is the mail system at host mail.cf-logistics.de.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <markus.hoffmann@cf-logistics.de>: host exchange01.cf-logistics.local[10.12.0.25]
            said: 550 5.1.1 User unknown (in reply to RCPT TO command)
        ''')
    status = T(f'''
        Reporting-MTA: dns; mail.cf-logistics.de
        X-Postfix-Queue-ID: 4ZT7bQ2mC1z1xYv
        X-Postfix-Sender: rfc822; helpline@calloway-finch.com
        Arrival-Date: {rdate(orig_dt)}

        Final-Recipient: rfc822; markus.hoffmann@cf-logistics.de
        Original-Recipient: rfc822;markus.hoffmann@cf-logistics.de
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; exchange01.cf-logistics.local
        Diagnostic-Code: smtp; 550 5.1.1 User unknown
        ''')
    original = T(f'''
        From: GoodTime Help Line <helpline@calloway-finch.com>
        To: Markus Hoffmann <markus.hoffmann@cf-logistics.de>
        Subject: AW: GoodTime Zugang
        Date: {rdate(orig_dt)}
        Message-ID: {orig_mid}
        MIME-Version: 1.0
        Content-Type: text/plain; charset="iso-8859-1"
        Content-Transfer-Encoding: quoted-printable

        Hallo Herr Hoffmann,

        Ihr Zugang ist jetzt freigeschaltet. Bitte melden Sie sich mit Ihrem Microsoft-Konto an.

        Viele Gr=FC=DFe
        GoodTime Help Line
        ''')
    root = multi('report', [
        Part([('Content-Description', 'Notification'), ('Content-Type', 'text/plain; charset=us-ascii')], report.encode()),
        Part([('Content-Description', 'Delivery report'), ('Content-Type', 'message/delivery-status')], status.encode()),
        Part([('Content-Description', 'Undelivered Message'), ('Content-Type', 'message/rfc822')], original.encode()),
    ], 'other', params=' report-type=delivery-status;', boundary='4ZT7bR0kFjz1xZb.1775052244/mail.cf-logistics.de',
        preamble='This is a MIME-encapsulated message.')
    hs = [('Received', f'from mail.cf-logistics.de (mail.cf-logistics.de [194.25.134.17])\n by mx0a.calloway-finch.com (Postfix) with ESMTPS id 4ZT7bR3n8sz9sPq\n for <helpline@calloway-finch.com>; {rdate(utc(dt))}'),
          ('Received', f'by mail.cf-logistics.de (Postfix)\n id 4ZT7bR0kFjz1xZb; {rdate(dt)}'),
          ('Date', rdate(dt)),
          ('From', 'MAILER-DAEMON@mail.cf-logistics.de (Mail Delivery System)'),
          ('Subject', 'Undelivered Mail Returned to Sender'),
          ('To', 'helpline@calloway-finch.com'),
          ('Auto-Submitted', 'auto-replied'),
          ('Message-Id', '<20260401140404.4ZT7bR0kFjz1xZb@mail.cf-logistics.de>')]
    add(build(hs, root), 'noise', 'ignore', '', 'en', 'bounce;mailer-daemon;multipart-report;delivery-status;message-rfc822')

    # E-Z4 GoodTime product newsletter
    dt = D(2026, 3, 17, 16, 0, 'utc')
    plain = T('''
        What's new in GoodTime - March 2026

        Smarter load balancing: interviewer load now counts debriefs and training sessions (optional).
        Reporting filters: slice time-to-schedule by office, job family and coordinator.
        Candidate experience: refreshed confirmation emails with clearer time zones.

        Join our live product walkthrough on March 26 at 11am ET: https://www.goodtime.io/events/march-release

        You're receiving this because you're a GoodTime admin or user at Calloway & Finch.
        Unsubscribe: https://go.goodtime.io/unsubscribe?e=aGVscGxpbmVAY2FsbG93YXktZmluY2guY29t
        GoodTime.io, 8 The Green, Suite A, Dover, DE 19901
        ''')
    htm = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>What\'s new in GoodTime</title></head>'
           '<body style="margin:0;background:#f4f2fb"><table role="presentation" width="100%" cellpadding="0" cellspacing="0">'
           '<tr><td align="center"><table width="600" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif">'
           '<tr><td style="background:#5c2d91;color:#fff;padding:24px;font-size:22px">What&#8217;s new in GoodTime &#8211; March 2026</td></tr>'
           '<tr><td style="padding:24px;font-size:15px;line-height:22px">'
           '<p><b>Smarter load balancing</b><br>Interviewer load now counts debriefs and training sessions (optional).</p>'
           '<p><b>Reporting filters</b><br>Slice time-to-schedule by office, job family and coordinator.</p>'
           '<p><b>Candidate experience</b><br>Refreshed confirmation emails with clearer time zones.</p>'
           '<p><a href="https://www.goodtime.io/events/march-release?utm_source=newsletter&amp;utm_medium=email" '
           'style="background:#e6007e;color:#fff;padding:10px 18px;text-decoration:none;border-radius:4px">Save your seat</a></p>'
           '</td></tr><tr><td style="padding:16px 24px;font-size:11px;color:#888">You&#8217;re receiving this because you&#8217;re a GoodTime user at Calloway &amp; Finch. '
           '<a href="https://go.goodtime.io/unsubscribe?e=aGVscGxpbmVAY2FsbG93YXktZmluY2guY29t">Unsubscribe</a><br>GoodTime.io, 8 The Green, Suite A, Dover, DE 19901</td></tr>'
           '</table></td></tr></table><img src="https://go.goodtime.io/trk/o.gif?id=8812" width="1" height="1" alt=""></body></html>\n')
    root = multi('alternative', [text(plain, 'plain', 'utf-8', 'quoted-printable', label='UTF-8'),
                                 text(htm, 'html', 'utf-8', 'quoted-printable', label='UTF-8')], 'other')
    hs = received_ext(dt, [('na-ab38.marketo.org (na-ab38.marketo.org [192.28.146.214])',
                            'mx0b.calloway-finch.com (Postfix) with ESMTPS id 4ZVh1k0LmPz9sRt')]) + \
        [authres('mail.goodtime.io')] + \
        [dkim('mail.goodtime.io', 'm1', 'From:To:Subject:Date:Message-ID:List-Unsubscribe:List-Unsubscribe-Post:MIME-Version:Content-Type')] + \
        H('GoodTime <news@mail.goodtime.io>', 'helpline@calloway-finch.com',
          "What's new in GoodTime: smarter load balancing, new reporting filters & more", dt,
          f'<{R.randint(10**8, 10**9)}.{R.randint(10**5, 10**6)}.1773763200000@na-ab38.marketo.org>',
          post=[('Reply-To', 'no-reply@goodtime.io'),
                ('List-Unsubscribe', '<https://go.goodtime.io/unsubscribe?e=aGVscGxpbmVAY2FsbG93YXktZmluY2guY29t>,\n <mailto:unsubscribe-8812@mail.goodtime.io>'),
                ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'), ('Precedence', 'bulk'),
                ('X-Mailer', 'Marketo'), ('Feedback-ID', '8812:marketo')])
    add(build(hs, root), 'noise', 'ignore', '', 'en', 'newsletter;list-unsubscribe;multipart-alternative;vendor',
        'GoodTime marketing newsletter')

    # E-Z5 calendar accept
    dt = D(2026, 5, 4, 9, 3, 'cmh')
    ics = ics_reply('GoodTime Q&A drop-in (hiring managers)', HELP, 'Jason Pruitt', 'jason.pruitt@calloway-finch.com',
                    'ACCEPTED', '20260512T180000Z', '20260512T184500Z', '040000008200E00074C5B7101A82E00800000000' + rhex(32))
    root = multi('alternative', [text('\n', 'plain', 'utf-8', 'base64', label='utf-8'),
                                 text(ics, 'calendar', 'utf-8', 'base64', label='utf-8', ct_extra='; method=REPLY')], 'outlook')
    hs = H('Jason Pruitt <jason.pruitt@calloway-finch.com>', 'GoodTime Help Line <helpline@calloway-finch.com>',
           'Accepted: GoodTime Q&A drop-in (hiring managers)', dt, mid('outlook'), pre=m365(dt, 'nam', 5),
           post=[('Thread-Topic', 'GoodTime Q&A drop-in (hiring managers)'), ('X-MS-Exchange-Calendar-Series-Instance-Id', ''),
                 ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', '')])
    add(build(hs, root), 'noise', 'ignore', '', 'en', 'calendar-accept;text-calendar;base64')

    # E-Z6 calendar decline with a short comment
    dt = D(2026, 5, 4, 13, 40, 'rno')
    ics = ics_reply('GoodTime Q&A drop-in (hiring managers)', HELP, 'Cody Rasmussen', 'cody.rasmussen@calloway-finch.com',
                    'DECLINED', '20260512T180000Z', '20260512T184500Z', '040000008200E00074C5B7101A82E00800000000' + rhex(32),
                    comment='On site at Reno for inventory count that day\\, sorry.')
    root = multi('alternative', [text('On site at Reno for inventory count that day, sorry.\n', 'plain', 'utf-8', 'quoted-printable', label='utf-8'),
                                 text(ics, 'calendar', 'utf-8', 'base64', label='utf-8', ct_extra='; method=REPLY')], 'outlook')
    hs = H('Cody Rasmussen <cody.rasmussen@calloway-finch.com>', 'GoodTime Help Line <helpline@calloway-finch.com>',
           'Declined: GoodTime Q&A drop-in (hiring managers)', dt, mid('outlook'), pre=m365(dt, 'nam', 5),
           post=[('Thread-Topic', 'GoodTime Q&A drop-in (hiring managers)')])
    add(build(hs, root), 'noise', 'ignore', '', 'en', 'calendar-decline;text-calendar;comment', 'decline with comment')

    # E-Z7 read receipt
    dt = D(2026, 5, 27, 8, 22, 'uk')
    sent = D(2026, 5, 26, 19, 2, 'uk')
    part1 = T(f'''
        Your message

          To: Owen Pritchard
          Subject: RE: dark mode pls
          Sent: {sent.strftime('%A, %d %B %Y %H:%M:%S')} (UTC+00:00) Dublin, Edinburgh, Lisbon, London

        was read on {dt.strftime('%A, %d %B %Y %H:%M:%S')} (UTC+00:00) Dublin, Edinburgh, Lisbon, London.
        ''')
    part2 = T(f'''
        Reporting-UA: {mhost('gbr')}; Microsoft Exchange Server
        Final-Recipient: rfc822;owen.pritchard@calloway-finch.com
        Original-Message-ID: {mid('outlook')}
        Disposition: manual-action/MDN-sent-manually; displayed
        ''')
    root = multi('report', [text(part1, 'plain', 'utf-8', 'quoted-printable', label='utf-8'),
                            Part([('Content-Type', 'message/disposition-notification')], part2.encode())],
                 'outlook', params=' report-type=disposition-notification;')
    hs = H('Owen Pritchard <owen.pritchard@calloway-finch.com>', 'GoodTime Help Line <helpline@calloway-finch.com>',
           'Read: RE: dark mode pls', dt, mid('outlook_uk'), pre=m365(dt, 'gbr', 5),
           post=[('Thread-Topic', 'dark mode pls'), ('X-MS-Exchange-Organization-AuthAs', 'Internal')])
    add(build(hs, root), 'noise', 'ignore', '', 'en', 'read-receipt;multipart-report;disposition-notification')

    # E-Z8 phishing
    dt = D(2026, 4, 13, 3, 12, 'utc')
    htm = T('''
        <html><body style="font-family:Arial,sans-serif;font-size:14px">
        <div style="background:#6b2fa0;color:#fff;padding:14px;font-size:18px"><b>GoodTime</b> Security</div>
        <p>Dear helpline,</p>
        <p>We detected an unusual sign-in attempt on your GoodTime account from <b>Lagos, NG</b>. To protect your interview data your account access will be <b>deactivated in 24 hours</b> unless you verify your credentials.</p>
        <p style="text-align:center"><a href="https://goodtime-io.help/auth/verify?uid=aGVscGxpbmVAY2FsbG93YXktZmluY2guY29t&amp;t=1776049920" style="background:#e6007e;color:#fff;padding:12px 24px;text-decoration:none">VERIFY ACCOUNT NOW</a></p>
        <p>If you do not verify, all scheduled interviews linked to your account will be cancelled.</p>
        <p>Thank you,<br>GoodTime Account Security Team</p>
        <p style="font-size:10px;color:#999">&copy; 2026 GoodTime Inc. This is an automated security notification.</p>
        </body></html>
        ''')
    root = text(htm, 'html', 'utf-8', 'base64', label='UTF-8')
    hs = received_ext(dt, [('[185.222.57.101] (helo=vps-4471.contaboserver.net)', 'mx0a.calloway-finch.com (Postfix) with ESMTP id 4ZbH0Q2rT8z9sLm'),
                           ('mx0a.calloway-finch.com (52.101.40.12)', f'{mhost("nam")} (10.167.17.40) with Microsoft SMTP Server')]) + \
        [authres('goodtime-io.help', '185.222.57.101'), ('X-MS-Exchange-Organization-SCL', '6'),
         ('X-Forefront-Antispam-Report', 'CIP:185.222.57.101;CTRY:NL;LANG:en;SCL:6;SRV:;IPV:NLI;SFV:SPM;H:vps-4471.contaboserver.net;PTR:InfoNoRecords;CAT:PHSH;SFS:(13230040)(4022899009);DIR:INB;')] + \
        H('"GoodTime Support" <security-alert@goodtime-io.help>', 'helpline@calloway-finch.com',
          'Action Required: Your GoodTime account will be deactivated in 24 hours', dt,
          f'<{rhex(12).lower()}@vps-4471.contaboserver.net>', post=[('X-Priority', '1 (Highest)')])
    add(build(hs, root), 'noise', 'ignore', '', 'en', 'phishing;html-only;base64;auth-fail', 'credential phishing lookalike domain')

    # E-Z9 bare thanks with quote
    dt = D(2026, 5, 6, 14, 31, 'cmh')
    body = T('''
        got it, thanks!

        Sent from my iPhone

        > On May 6, 2026, at 2:14 PM, GoodTime Help Line <helpline@calloway-finch.com> wrote:
        >
        > Hi Tyrone,
        >
        > To move an interview, open it from the candidate in GoodTime and use Reschedule rather than
        > dragging the event in Outlook - that way the candidate, interviewers and room all update together.
        >
        > GoodTime Help Line
        ''')
    root = Part([('Content-Type', 'text/plain;\n\tcharset=utf-8'), ('Content-Transfer-Encoding', 'quoted-printable')],
                quopri.encodestring(body.encode()))
    hs = H('Tyrone Whitfield <tyrone.whitfield@calloway-finch.com>', 'GoodTime Help Line <helpline@calloway-finch.com>',
           'Re: moving an interview', dt, mid('apple'), pre=m365(dt, 'nam', 5),
           post=iphone_hdrs() + [('In-Reply-To', mid('outlook')), ('References', mid('outlook'))])
    add(build(hs, root), 'noise', 'ignore', '', 'en', 'bare-thanks;iphone;quoted-reply')

    # E-Z10 third-party webinar marketing
    dt = D(2026, 4, 7, 14, 30, 'utc')
    plain = T('''
        Hi there,

        Logistics and retail teams are hiring faster than ever - and losing candidates to slow scheduling.

        Join Talentrix live on April 16: "5 ways logistics companies cut time-to-hire by 40%".
        Save your seat: https://events.talentrix-hr.com/logistics-40?utm_campaign=apr26

        Can't make it? Register anyway and we'll send the recording.

        The Talentrix Events Team
        Talentrix Ltd, 20 Farringdon Road, London EC1M 3HE
        Unsubscribe: https://events.talentrix-hr.com/u/8d1f0c
        ''')
    root = multi('alternative', [text(plain, 'plain', 'utf-8', 'quoted-printable', label='utf-8'),
                                 text('<html><body><h2>5 ways logistics companies cut time-to-hire by 40%</h2>'
                                      '<p>Join Talentrix live on April 16.</p><p><a href="https://events.talentrix-hr.com/logistics-40?utm_campaign=apr26">Save your seat</a></p>'
                                      '<p style="font-size:10px"><a href="https://events.talentrix-hr.com/u/8d1f0c">Unsubscribe</a></p></body></html>\n',
                                      'html', 'utf-8', 'quoted-printable', label='utf-8')], 'other')
    hs = received_ext(dt, [('o7.email.talentrix-hr.com (o7.email.talentrix-hr.com [167.89.21.44])', 'mx0b.calloway-finch.com (Postfix) with ESMTPS id 4ZZ6kD1Wq2z9sMn'),
                           ('mx0b.calloway-finch.com (52.101.41.9)', f'{mhost("nam")} (10.167.17.33) with Microsoft SMTP Server')]) + \
        [authres('email.talentrix-hr.com'), dkim('talentrix-hr.com', 's1', 'From:To:Subject:List-Unsubscribe:Date:Message-ID')] + \
        H('Talentrix Events <events@talentrix-hr.com>', 'helpline@calloway-finch.com',
          '[Webinar] 5 ways logistics companies cut time-to-hire by 40% – save your seat', dt,
          f'<{rb64(16).replace("/", "_").replace("+", "-").rstrip("=")}@geopod-ismtpd-3>',
          post=[('List-Unsubscribe', '<https://events.talentrix-hr.com/u/8d1f0c>, <mailto:unsub@talentrix-hr.com?subject=8d1f0c>'),
                ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'), ('X-SG-EID', rb64(40))])
    add(build(hs, root), 'noise', 'ignore', '', 'en', 'marketing;list-unsubscribe;multipart-alternative;raw-utf8-subject')


en_noise()


# ================================================================ GERMAN
def de_msgs():
    # D-Q1 support contact, phone?  (Q-encoded ISO-8859-1 subject, qp latin-1 body)
    dt = D(2026, 3, 12, 9, 18, 'de')
    body = T('''
        Hallo zusammen,

        kurze Frage: Wie erreiche ich den GoodTime-Support am schnellsten, wenn bei uns etwas hängt? Gibt es da eine Hotline, die man anrufen kann, oder läuft alles schriftlich? Ich hätte gern etwas, das ich unseren Lagerleitern an die Hand geben kann.

        Viele Grüße
        Sabine Wendt

        Sabine Wendt
        Personalreferentin
        Calloway & Finch Logistik GmbH | Logistikzentrum Duisburg
        Am Blumenkampshof 40 | 47059 Duisburg
        Tel. +49 203 555 31 20
        ''')
    root = text(body, 'plain', 'iso-8859-1', 'quoted-printable', label='iso-8859-1')
    hs = H('Sabine Wendt <sabine.wendt@cf-logistics.de>', HELP_TO[0], '=?iso-8859-1?Q?Telefonnummer_f=FCr_den_GoodTime-Support=3F?=', dt,
           mid('outlook_eu'), pre=m365(dt, 'eur', 7, dom='cf-logistics.de', dk=True, ar=True, auth=True),
           post=exch_extra('Telefonnummer für den GoodTime-Support?', lang='de-DE'))
    add(build(hs, root), 'question', 'auto_reply', 'contact-support', 'de',
        'plain;qp;iso-8859-1;rfc2047-q-latin1;received-7;dkim;arc;auth-results', 'asks for a phone hotline')

    # D-Q2 chat window not visible (on login page) - B-encoded UTF-8 subject, base64 body
    dt = D(2026, 3, 25, 13, 40, 'de')
    body = T('''
        Moin,

        eine Kollegin aus Duisburg meinte, bei GoodTime gäbe es unten in der Ecke so ein Chat-Symbol, über das man direkt mit dem Hersteller schreiben kann. Ich sehe auf der Seite aber nichts dergleichen – nur die Anmeldemaske mit dem Microsoft-Button. Muss das erst für mich freigeschaltet werden?

        Gruß aus Hamburg
        Jonas Becker
        HR-Koordinator | Calloway & Finch Logistik GmbH, Standort Hamburg-Billbrook
        ''')
    root = text(body, 'plain', 'utf-8', 'base64', label='utf-8')
    subj = '=?UTF-8?B?Q2hhdC1GZW5zdGVyIGJlaSBHb29kVGltZSBuaWNodCB6dSBmaW5kZW4=?='
    hs = H('Jonas Becker <jonas.becker@cf-logistics.de>', HELP_TO[1], subj, dt, mid('outlook_eu'),
           pre=m365(dt, 'eur', 6, dom='cf-logistics.de'), post=exch_extra('Chat-Fenster bei GoodTime nicht zu finden', lang='de-DE'))
    add(build(hs, root), 'question', 'auto_reply', 'chat-bubble', 'de', 'plain;base64;utf-8;rfc2047-b-utf8',
        'looks on the login page; chat only after login')

    # D-Q3 shadowing new interviewers - outlook alt
    dt = D(2026, 4, 9, 10, 3, 'de')
    main = T('''
        Hallo,

        wir haben in Duisburg drei neue Schichtleiter, die künftig bei den Vorstellungsgesprächen für Lagermitarbeiter mitmachen sollen. Bevor sie allein Gespräche führen, sollen sie erst ein paar Mal bei erfahrenen Kollegen zuhören und danach selbst das Gespräch führen, während jemand Erfahrenes dabeisitzt und Feedback gibt.

        Kann GoodTime das abbilden, und wie läuft das dann bei der Terminplanung – muss ich die Neuen jedes Mal von Hand dazuholen?

        Danke und viele Grüße
        Katrin Müller
        ''')
    sig = T('''
        Katrin Müller
        Recruiterin Gewerblich | Calloway & Finch Logistik GmbH
        ''')
    root = outlook_alt(main, sig, label='windows-1252', cs='cp1252', lang='DE')
    hs = H('=?iso-8859-1?Q?Katrin_M=FCller?= <katrin.mueller@cf-logistics.de>', HELP_TO[0],
           'Neue Interviewer einarbeiten - wie machen wir das mit GoodTime?', dt, mid('outlook_eu'),
           pre=m365(dt, 'eur', 6, dom='cf-logistics.de', auth=True), post=exch_extra('Neue Interviewer einarbeiten - wie machen wir das mit GoodTime?', lang='de-DE'))
    add(build(hs, root), 'question', 'auto_reply', 'interviewer-training', 'de',
        'outlook;multipart-alternative;qp;windows-1252;rfc2047-q-latin1-from')

    # D-Q4 candidate cancelled - delete in Outlook?  split encoded word mid-word
    dt = D(2026, 4, 28, 15, 12, 'de')
    body = T('''
        Hallo,

        der Bewerber für Donnerstag (Staplerfahrer, 10 Uhr) hat mir eben telefonisch abgesagt, er hat was anderes gefunden. Kann ich den Termin einfach in meinem Outlook-Kalender löschen oder muss ich das irgendwo in GoodTime machen? Da hängen ja noch zwei Kollegen und der Besprechungsraum mit dran.

        Gruß
        Tobias Krüger
        Teamleiter Wareneingang – Standort Hamburg
        ''')
    root = text(body, 'plain', 'utf-8', 'quoted-printable', label='utf-8')
    subj = '=?UTF-8?Q?Bewerber_hat_abges?=\n =?UTF-8?Q?agt_=E2=80=93_Termin_einfach_l=C3=B6schen=3F?='
    hs = H('=?UTF-8?Q?Tobias_Kr=C3=BCger?= <tobias.krueger@cf-logistics.de>', HELP_TO[0], subj, dt, mid('outlook_eu'),
           pre=m365(dt, 'eur', 6, dom='cf-logistics.de'), post=exch_extra('Bewerber hat abgesagt – Termin einfach löschen?', lang='de-DE'))
    add(build(hs, root), 'question', 'auto_reply', 'cancel-interview', 'de',
        'plain;qp;utf-8;rfc2047-q-utf8;split-word;folded-subject')

    # D-Q5 where to submit ideas - raw UTF-8 subject, early morning
    dt = D(2026, 5, 20, 6, 31, 'de')
    body = T('''
        Hallo Helpline-Team,

        ich hätte ein paar Ideen, was man an GoodTime besser machen könnte (vor allem an der Seite, die die Bewerber sehen, wenn sie sich einen Termin aussuchen). Gibt es eine Stelle, wo man so etwas direkt an den Hersteller geben kann? Und sieht man dort auch, was andere schon vorgeschlagen haben? Ich will nichts doppelt einreichen.

        Beste Grüße
        Anja Schäfer
        HR-Assistenz | Calloway & Finch Logistik GmbH
        ''')
    root = text(body, 'plain', 'utf-8', '8bit', label='UTF-8')
    hs = H('Anja Schäfer <anja.schaefer@cf-logistics.de>', HELP, 'Wo kann man Verbesserungsvorschläge für GoodTime einreichen?',
           dt, mid('outlook_eu'), pre=m365(dt, 'eur', 5, dom='cf-logistics.de'), post=outlook_desk())
    add(build(hs, root), 'question', 'auto_reply', 'product-board', 'de', 'plain;8bit;raw-utf8-subject;raw-utf8-from;early-morning')

    # D-B1 HIGH recurring sync failure, forward of support ticket (WG:)
    dt = D(2026, 5, 5, 8, 44, 'de')
    main = T('''
        Hallo zusammen,

        leider ist es schon wieder passiert: Seit heute früh zeigt GoodTime für alle Interviewer in Duisburg und Hamburg wieder „frei“ an, obwohl die Kalender voll sind. Heute Morgen wurden dadurch schon zwei Gespräche in bestehende Termine gelegt.

        Das ist jetzt das dritte Mal seit Februar. Wir haben es zweimal gemeldet (Tickets #77412 und #78930), beide Male hieß es, es sei behoben. Unten die letzte Antwort vom Support.

        Bitte noch einmal an GoodTime geben – und ich denke, hier muss auch jemand auf der Kundenbetreuungsseite bei GoodTime Bescheid wissen.

        Viele Grüße
        Katrin
        ''')
    quoted = ([('Von', 'GoodTime Support <support@goodtime.io>'), ('Gesendet', 'Dienstag, 10. März 2026 16:42'),
               ('An', 'Katrin Müller <katrin.mueller@cf-logistics.de>'),
               ('Betreff', '[GoodTime Support] Ticket #77412 – Calendar sync')],
              T('''
                Hi Katrin,

                Thanks for your patience. Our engineering team has deployed a fix for the calendar sync issue affecting your Microsoft 365 tenant, and availability should now be reading correctly for all users in the Duisburg and Hamburg locations.

                We'll mark this ticket as solved. If anything comes up, just reply to this email and the ticket will reopen.

                Best,
                Daniel
                GoodTime Support
                '''))
    root = outlook_alt(main, quoted=quoted, label='utf-8', cs='utf-8', lang='DE')
    hs = H('=?utf-8?B?S2F0cmluIE3DvGxsZXI=?= <katrin.mueller@cf-logistics.de>', HELP_TO[0],
           'WG: [GoodTime Support] Ticket #77412 =?utf-8?Q?=E2=80=93?= Calendar sync', dt, mid('outlook_eu'),
           pre=m365(dt, 'eur', 7, dom='cf-logistics.de', dk=True, auth=True),
           post=exch_extra('[GoodTime Support] Ticket #77412 – Calendar sync', lang='de-DE') + [('Importance', 'high')])
    add(build(hs, root), 'bug', 'forward_support+flag_csm', '', 'de',
        'outlook;multipart-alternative;forward-outlook-de;rfc2047-b-utf8-from;mixed-encoded-subject', 'recurring after two tickets')

    # D-S1 room double-booked, candidate at reception, iPhone
    dt = D(2026, 5, 13, 13, 50, 'de')
    body = T('''
        Hallo,
        Bewerberin für die Schichtleitung sitzt schon am Empfang in Duisburg, Gespräch ist um 14:00 (in 10 Min). Laut GoodTime ist sie im Besprechungsraum „Rhein“ gebucht, da sitzt aber das Controlling drin, die haben den Raum seit Wochen fest. Beim Umbuchen findet GoodTime keinen anderen Raum und lässt mich nicht speichern. Wie kriege ich das jetzt schnell hin??
        Tobias

        Von meinem iPhone gesendet
        ''')
    root = Part([('Content-Type', 'text/plain;\n\tcharset=utf-8'), ('Content-Transfer-Encoding', 'quoted-printable')],
                quopri.encodestring(body.encode()))
    hs = H('=?utf-8?Q?Tobias_Kr=C3=BCger?= <tobias.krueger@cf-logistics.de>', HELP,
           '=?utf-8?Q?Raum_doppelt_belegt_=E2=80=93_Gespr=C3=A4ch_in_10_Min?=', dt, mid('apple', domain='cf-logistics.de'),
           pre=m365(dt, 'eur', 5, dom='cf-logistics.de'), post=iphone_hdrs())
    add(build(hs, root), 'scheduling_blocker', 'forward_support', '', 'de', 'iphone;plain;qp;rfc2047-q-utf8;mobile-signature-de')

    # D-F1 public holidays per state - raw windows-1252 8bit subject/from/body
    dt = D(2026, 6, 8, 11, 20, 'de')
    body = T('''
        Hallo,

        ein Wunsch für GoodTime: Es wäre toll, wenn das Tool die Feiertage je Bundesland automatisch kennen würde. Duisburg (NRW) hat z. B. Fronleichnam frei, Hamburg nicht – letztes Jahr sind prompt Gespräche auf den Feiertag gelegt worden, weil die Kollegen den Tag nicht im Kalender geblockt hatten. Eine Einstellung pro Standort wäre ideal.

        Grüße aus Duisburg
        Jürgen Weiß
        Leiter Personal Logistik
        ''')
    root = text(body, 'plain', 'cp1252', '8bit', label='windows-1252')
    hs = H('Jürgen Weiß <juergen.weiss@cf-logistics.de>'.encode('cp1252'), HELP_TO[0],
           'Vorschlag für GoodTime: Feiertage je Bundesland berücksichtigen'.encode('cp1252'), dt, mid('outlook_eu').strip('<>'),
           pre=m365(dt, 'eur', 6, dom='cf-logistics.de'), post=[('X-Mailer', 'Microsoft Outlook 14.0')])
    add(build(hs, root), 'feature_request', 'product_board_reply', '', 'de', 'plain;8bit;windows-1252;raw-cp1252-subject;raw-cp1252-from;msgid-no-brackets')

    # D-X1 works council / DPA / licences - outlook html only latin-1 + PDF
    dt = D(2026, 5, 26, 16, 5, 'de')
    main = T('''
        Hallo zusammen,

        wir möchten GoodTime ab Herbst an allen deutschen Standorten einsetzen (ca. 40 zusätzliche Nutzer, vor allem Schicht- und Teamleiter als Interviewer). Der Betriebsrat hat der Ausweitung grundsätzlich zugestimmt, verlangt aber vorher:

        - den aktuellen Auftragsverarbeitungsvertrag (AVV) mit GoodTime inkl. Liste der Unterauftragsverarbeiter,
        - eine Klärung, welche Auswertungen über einzelne Interviewer möglich sind (Stichwort Leistungs- und Verhaltenskontrolle),
        - ein Angebot für die zusätzlichen Lizenzen.

        Den Fragenkatalog des Betriebsrats habe ich angehängt. Könnt ihr das bitte mit unserem Ansprechpartner bei GoodTime klären bzw. einen gemeinsamen Termin organisieren?

        Viele Grüße
        Sabine Wendt
        ''')
    sig = T('''
        Sabine Wendt
        Personalreferentin | Calloway & Finch Logistik GmbH
        Am Blumenkampshof 40 | 47059 Duisburg
        ''')
    htm = outlook_only(main, sig, disclaimer=DISC_DE, label='iso-8859-1', cs='iso-8859-1', lang='DE')
    p = pdf(['Betriebsrat Calloway & Finch Logistik GmbH', 'Fragenkatalog GoodTime - Ausweitung 2026', '',
             '1. Welche personenbezogenen Daten der Interviewer werden gespeichert?',
             '2. Welche Berichte zeigen Auslastung je Person?', '3. Wer hat Zugriff auf diese Berichte?',
             '4. Wo werden die Daten gehostet (EU/USA)?', '5. Loeschfristen fuer Bewerberdaten?'])
    root = multi('mixed', [htm, attach(p, 'application/pdf', 'Fragenkatalog_Betriebsrat_GoodTime.pdf')], 'outlook_mixed')
    hs = H('Sabine Wendt <sabine.wendt@cf-logistics.de>', HELP_TO[0],
           '=?windows-1252?Q?GoodTime-Ausweitung_auf_alle_Standorte_=96_Betriebsrat_/_AV?=\n =?windows-1252?Q?-Vertrag?=',
           dt, mid('outlook_eu'), pre=m365(dt, 'eur', 8, dom='cf-logistics.de', dk=True, ar=True, auth=True),
           post=exch_extra('GoodTime-Ausweitung auf alle Standorte – Betriebsrat / AV-Vertrag', attach=True, lang='de-DE'))
    add(build(hs, root), 'escalation', 'flag_csm', '', 'de',
        'outlook-html-only;qp;iso-8859-1;pdf-attachment;disclaimer;rfc2047-q-cp1252;received-8;dkim;arc',
        'works council, DPA, licences')

    # D-Z1 German OOO
    dt = D(2026, 5, 11, 7, 2, 'de')
    main = T('''
        Vielen Dank für Ihre Nachricht.

        Ich bin bis einschließlich 22.05.2026 nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

        In dringenden Fällen wenden Sie sich bitte an Katrin Müller (katrin.mueller@cf-logistics.de).

        Mit freundlichen Grüßen
        Jonas Becker
        ''')
    root = outlook_only(main, label='iso-8859-1', cs='iso-8859-1', lang='DE')
    hs = H('Jonas Becker <jonas.becker@cf-logistics.de>', 'GoodTime Help Line <helpline@calloway-finch.com>',
           'Automatische Antwort: AW: Chat-Fenster bei GoodTime nicht zu finden', dt, mid('outlook_eu'),
           pre=m365(dt, 'eur', 6, dom='cf-logistics.de'),
           post=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All'),
                 ('X-MS-Exchange-Inbox-Rules-Loop', 'jonas.becker@cf-logistics.de'), ('Content-Language', 'de-DE')])
    add(build(hs, root), 'noise', 'ignore', '', 'de', 'out-of-office;auto-submitted;outlook-html-only;iso-8859-1')


de_msgs()


# ================================================================ SPANISH
def es_msgs():
    # S-Q1 support at weekends / evenings
    dt = D(2026, 3, 20, 19, 34, 'es')
    body = T('''
        Hola,

        En Zaragoza hacemos muchas entrevistas de mozos de almacén los sábados por la mañana y alguna entre semana a partir de las 20:00 para el turno de noche. Si falla GoodTime a esas horas, ¿hay alguien del soporte de GoodTime que conteste, o tenemos que esperar al lunes?

        Gracias,
        Javier Ortiz
        Coordinador de RRHH – Plataforma Logística Zaragoza (PLAZA)
        Calloway & Finch España
        ''')
    root = text(body, 'plain', 'utf-8', 'quoted-printable', label='utf-8')
    hs = H('Javier Ortiz <javier.ortiz@calloway-finch.es>', HELP_TO[0], 'Soporte GoodTime en fin de semana', dt, mid('outlook_eu'),
           pre=m365(dt, 'eur', 6, dom='calloway-finch.es', auth=True), post=exch_extra('Soporte GoodTime en fin de semana', lang='es-ES'))
    add(build(hs, root), 'question', 'auto_reply', 'support-hours', 'es', 'plain;qp;utf-8;evening')

    # S-Q2 CSM meeting - outlook html only cp1252
    dt = D(2026, 4, 13, 12, 9, 'es')
    main = T('''
        Hola equipo:

        Desde dirección nos piden revisar cómo estamos organizando las entrevistas de los programas de prácticas en España, y me gustaría comentarlo con la persona de GoodTime que lleva nuestra cuenta (la Customer Success Manager, creo). No tengo sus datos de contacto.

        ¿Cómo puedo reservar una reunión con ella?

        Un saludo,
        Marta
        ''')
    sig = T('''
        Marta Sánchez Villalba
        HR Business Partner – España
        Calloway & Finch España, S.L.U. | C/ de Alcalá 265, 28027 Madrid
        ''')
    root = outlook_only(main, sig, disclaimer=DISC_ES, lang='ES')
    hs = H('=?iso-8859-1?Q?Marta_S=E1nchez_Villalba?= <marta.sanchez@calloway-finch.es>', HELP_TO[0],
           'Contacto con nuestra Customer Success Manager de GoodTime', dt, mid('outlook_eu'),
           pre=m365(dt, 'eur', 7, dom='calloway-finch.es', dk=True, ar=True),
           post=exch_extra('Contacto con nuestra Customer Success Manager de GoodTime', lang='es-ES'))
    add(build(hs, root), 'question', 'auto_reply', 'contact-csm', 'es',
        'outlook-html-only;qp;windows-1252;disclaimer;rfc2047-q-latin1-from')

    # S-Q3 availability request - B encoded subject, outlook alt
    dt = D(2026, 4, 22, 10, 41, 'es')
    main = T('''
        Hola:

        Para las entrevistas de analistas de pricing necesito saber qué días y franjas le vienen bien a cada candidato antes de cuadrarlo con tres entrevistadores. Ahora mismo se lo pregunto por correo y me contestan «cualquier tarde», que no me sirve de mucho.

        ¿Hay alguna forma en GoodTime de que el candidato me marque directamente los huecos que tiene libres?

        ¡Gracias!
        Lucía
        ''')
    root = outlook_alt(main, label='utf-8', cs='utf-8', lang='ES')
    subj = '=?UTF-8?B?wr9Dw7NtbyBwaWRvIGRpc3BvbmliaWxpZGFkIGFsIGNhbmRpZGF0bz8=?='
    hs = H('=?UTF-8?B?THVjw61hIE1hcnTDrW4gR8OzbWV6?= <lucia.martin@calloway-finch.es>', HELP_TO[1], subj, dt, mid('outlook_eu'),
           pre=m365(dt, 'eur', 6, dom='calloway-finch.es'), post=exch_extra('¿Cómo pido disponibilidad al candidato?', lang='es-ES'))
    add(build(hs, root), 'question', 'auto_reply', 'candidate-availability-request', 'es',
        'outlook;multipart-alternative;rfc2047-b-utf8;rfc2047-b-utf8-from', 'wording close to self-scheduling')

    # S-Q4 room booking - base64 body
    dt = D(2026, 5, 11, 9, 55, 'es')
    body = T('''
        Buenos días:

        Cuando programo entrevistas presenciales en la oficina de Madrid, ¿GoodTime puede reservarme también la sala? La sala Retiro (planta 3) no me aparece nunca entre las opciones y las demás sí. ¿Hay que hacer algo para que salga?

        Un saludo,
        Carmen Ruiz
        Asistente de Dirección – Calloway & Finch España
        ''')
    root = text(body, 'plain', 'utf-8', 'base64', label='utf-8')
    hs = H('Carmen Ruiz <carmen.ruiz@calloway-finch.es>', HELP_TO[0], '=?utf-8?Q?Reservar_sala_para_entrevistas_presenciales?=', dt,
           mid('outlook_eu'), pre=m365(dt, 'eur', 6, dom='calloway-finch.es'),
           post=exch_extra('Reservar sala para entrevistas presenciales', lang='es-ES'))
    add(build(hs, root), 'question', 'auto_reply', 'room-booking', 'es', 'plain;base64;utf-8;rfc2047-q-utf8')

    # S-Q5 Canary Islands time zone - raw utf-8 subject, gmail-ish alt
    dt = D(2026, 3, 3, 17, 28, 'es')
    main = T('''
        Buenas,

        Estoy llevando la selección para la nueva tienda de Las Palmas: los candidatos están en Canarias (una hora menos que en Madrid) y los entrevistadores en Madrid. Ya tuvimos un candidato que se conectó una hora tarde porque entendió la hora peninsular.

        ¿Qué tengo que revisar en GoodTime para que cada uno vea su hora correcta?

        Saludos,
        Pablo
        ''')
    root = owa_alt(main)
    hs = H('Pablo Herrera <pablo.herrera@calloway-finch.es>', HELP, 'Candidatos en Canarias y la hora de las entrevistas', dt,
           mid('outlook_eu'), pre=m365(dt, 'eur', 5, dom='calloway-finch.es'), post=[('Content-Language', 'es-ES')])
    add(build(hs, root), 'question', 'auto_reply', 'time-zones', 'es', 'owa;multipart-alternative;utf-8')

    # S-N1 UI in Spanish? raw windows-1252 subject/from/body
    dt = D(2026, 4, 29, 22, 48, 'es')
    body = T('''
        Hola,

        Soy responsable de turno en el almacén de Zaragoza y ahora me toca hacer entrevistas. La pantalla de GoodTime me sale toda en inglés y a varios jefes de equipo les cuesta bastante. ¿Se puede cambiar el idioma a español en algún sitio?

        Gracias
        Álvaro Núñez
        ''')
    root = text(body, 'plain', 'cp1252', '8bit', label='windows-1252')
    hs = H('Álvaro Núñez <alvaro.nunez@calloway-finch.es>'.encode('cp1252'), HELP,
           '¿Se puede poner GoodTime en español?'.encode('cp1252'), dt, None,
           pre=m365(dt, 'eur', 5, dom='calloway-finch.es'), post=[('X-Mailer', 'Microsoft Outlook 15.0')])
    add(build(hs, root), 'question', 'forward_support', 'none', 'es', 'plain;8bit;windows-1252;raw-cp1252-subject;raw-cp1252-from;night;no-message-id',
        'UI language not covered')

    # S-B1 self-scheduling link 404 + screenshot, split Q-encoded latin-1 subject
    dt = D(2026, 5, 19, 9, 12, 'es')
    body = T('''
        Hola,

        Desde ayer los candidatos que reciben el enlace para elegir hora de entrevista (mozos de almacén, Zaragoza) me dicen que les sale una página de error «404 – Page not found». Lo he probado yo desde el móvil y desde el portátil y me pasa lo mismo. Los enlaces que mandé la semana pasada sí funcionaban.

        Adjunto captura. Ahora mismo no hay ninguna entrevista bloqueada, pero tengo 15 candidatos pendientes de elegir hora.

        Javier
        ''')
    root = multi('mixed', [text(body.replace('–', '-'), 'plain', 'iso-8859-15', 'quoted-printable', label='iso-8859-15'),
                           attach(png(300, 170, seed=9), 'image/png', 'captura_404.png')], 'outlook_mixed')
    subj = '=?ISO-8859-1?Q?Enlace_de_autoprogramaci?= =?ISO-8859-1?Q?=F3n_da_error?='
    hs = H('Javier Ortiz <javier.ortiz@calloway-finch.es>', HELP_TO[0], subj, dt, mid('outlook_eu'),
           pre=m365(dt, 'eur', 6, dom='calloway-finch.es', ar=True, auth=True),
           post=exch_extra('Enlace de autoprogramación da error', attach=True, lang='es-ES'))
    add(build(hs, root), 'bug', 'forward_support', '', 'es',
        'plain;qp;iso-8859-15;png-attachment;rfc2047-q-latin1;split-word', 'self-scheduling link 404')

    # S-S1 interviewer has no invite, 15 min - raw utf-8 subject
    dt = D(2026, 3, 31, 12, 15, 'es')
    body = T('''
        Hola, urgente:

        Tengo una entrevista a las 12:30 (Analista de Datos, candidata Sara Molina) y el entrevistador, Diego Prieto, no tiene nada en su calendario. En GoodTime sale como «Programada» y la candidata sí tiene su confirmación con el enlace de Teams. Diego está disponible pero no tiene el enlace.

        ¿Podéis ayudarme a que le llegue ya?

        Lucía
        ''')
    root = text(body, 'plain', 'utf-8', '8bit', label='UTF-8')
    hs = H('Lucía Martín Gómez <lucia.martin@calloway-finch.es>', HELP, 'Entrevista en 15 minutos y el entrevistador no tiene la invitación',
           dt, mid('outlook_eu'), pre=m365(dt, 'eur', 5, dom='calloway-finch.es'),
           post=[('Importance', 'high'), ('Content-Language', 'es-ES')])
    add(build(hs, root), 'scheduling_blocker', 'forward_support', '', 'es', 'plain;8bit;utf-8;raw-utf8-from')

    # S-X1 training for the Spanish team - outlook alt + disclaimer
    dt = D(2026, 5, 4, 16, 37, 'es')
    main = T('''
        Hola,

        Ahora que GoodTime ya se usa en Madrid, Zaragoza y las tiendas, nos hemos dado cuenta de que cada persona del equipo de selección (somos 8) lo usa a su manera y hay muchas dudas básicas: plantillas, grupos de entrevistadores, reprogramaciones…

        Queremos pedir una formación formal para todo el equipo, a ser posible en español y en dos sesiones. ¿Podéis gestionarlo con GoodTime?

        Un saludo,
        Marta
        ''')
    sig = T('''
        Marta Sánchez Villalba
        HR Business Partner – España
        Calloway & Finch España, S.L.U.
        ''')
    root = outlook_alt(main, sig, disclaimer=DISC_ES, label='utf-8', cs='utf-8', lang='ES')
    hs = H('=?iso-8859-1?Q?Marta_S=E1nchez_Villalba?= <marta.sanchez@calloway-finch.es>', HELP_TO[0],
           '=?utf-8?Q?Formaci=C3=B3n_GoodTime_para_el_equipo_de_selecci=C3=B3n_en_Espa?=\n =?utf-8?Q?=C3=B1a?=',
           dt, mid('outlook_eu'), pre=m365(dt, 'eur', 7, dom='calloway-finch.es', dk=True),
           post=exch_extra('Formación GoodTime para el equipo de selección en España', lang='es-ES'))
    add(build(hs, root), 'escalation', 'flag_csm', '', 'es',
        'outlook;multipart-alternative;disclaimer;rfc2047-q-utf8;split-word;folded-subject', 'team training')

    # S-Z1 bare thanks from iPhone with quote
    dt = D(2026, 5, 12, 10, 31, 'es')
    body = T('''
        ¡Muchas gracias!

        Enviado desde mi iPhone

        > El 12 may 2026, a las 10:14, GoodTime Help Line <helpline@calloway-finch.com> escribió:
        >
        > Hola Carmen:
        >
        > La sala Retiro no estaba dada de alta como recurso en GoodTime. Ya la hemos añadido,
        > debería aparecerte a partir de ahora.
        >
        > Un saludo,
        > GoodTime Help Line
        ''')
    root = Part([('Content-Type', 'text/plain;\n\tcharset=utf-8'), ('Content-Transfer-Encoding', 'quoted-printable')],
                quopri.encodestring(body.encode()))
    hs = H('Carmen Ruiz <carmen.ruiz@calloway-finch.es>', 'GoodTime Help Line <helpline@calloway-finch.com>',
           'Re: Reservar sala para entrevistas presenciales', dt, mid('apple', domain='calloway-finch.es'),
           pre=m365(dt, 'eur', 5, dom='calloway-finch.es'), post=iphone_hdrs())
    add(build(hs, root), 'noise', 'ignore', '', 'es', 'bare-thanks;iphone;quoted-reply;mobile-signature-es')


es_msgs()


# ================================================================ FRENCH
def fr_msgs():
    # F-Q1 support e-mail address?
    dt = D(2026, 3, 6, 11, 2, 'fr')
    body = T('''
        Bonjour,

        J'avais noté quelque part l'adresse e-mail du support GoodTime mais impossible de remettre la main dessus. Vous pouvez me la redonner ? Et est-ce qu'il y a un autre moyen de les joindre que par mail ?

        Merci,
        Julien

        Julien Moreau
        Coordinateur recrutement – Calloway & Finch France
        Siège, 12 rue de la Victoire, 75009 Paris
        ''')
    root = text(body, 'plain', 'utf-8', 'quoted-printable', label='utf-8')
    hs = H('Julien Moreau <julien.moreau@calloway-finch.fr>', HELP_TO[0], 'Adresse du support GoodTime ?', dt, mid('outlook_eu'),
           pre=m365(dt, 'eur', 6, dom='calloway-finch.fr', dk=True, auth=True), post=exch_extra('Adresse du support GoodTime ?', lang='fr-FR'))
    add(build(hs, root), 'question', 'auto_reply', 'contact-support', 'fr', 'plain;qp;utf-8;dkim;auth-results')

    # F-Q2 load balancing between managers - outlook html only cp1252
    dt = D(2026, 4, 7, 8, 26, 'fr')
    main = T('''
        Bonjour,

        À l’entrepôt de Saint-Priest, j’ai deux chefs d’équipe qui font 7 ou 8 entretiens par semaine pendant que d’autres n’en font aucun, alors qu’ils sont tous habilités pour les postes de préparateur de commandes. Les deux premiers commencent à saturer.

        Est-ce qu’on peut régler GoodTime pour que ça se répartisse mieux, voire plafonner le nombre d’entretiens par personne ?

        Bonne journée,
        Élodie
        ''')
    sig = T('''
        Élodie Garnier
        Responsable RH – Site logistique de Saint-Priest
        Calloway & Finch France SAS
        ''')
    root = outlook_only(main, sig, lang='FR')
    hs = H('=?iso-8859-1?Q?=C9lodie_Garnier?= <elodie.garnier@calloway-finch.fr>', HELP_TO[0],
           '=?iso-8859-1?Q?R=E9partition_des_entretiens_entre_managers?=', dt, mid('outlook_eu'),
           pre=m365(dt, 'eur', 6, dom='calloway-finch.fr', ar=True),
           post=exch_extra('Répartition des entretiens entre managers', lang='fr-FR'))
    add(build(hs, root), 'question', 'auto_reply', 'interviewer-load-balancing', 'fr',
        'outlook-html-only;qp;windows-1252;rfc2047-q-latin1;rfc2047-q-latin1-from')

    # F-Q3 move an interview - Apple Mail alt, Q-encoded latin-1 From
    dt = D(2026, 4, 16, 14, 44, 'fr')
    main = T('''
        Bonjour,

        La candidate pour le poste de contrôleuse de gestion me demande de décaler son entretien de mardi à jeudi. Est-ce que je peux le déplacer directement dans GoodTime sans tout reprendre à zéro (les trois intervenants, la salle, le lien Teams) ? Ou c'est plus simple d'annuler et de tout refaire ?

        Merci d'avance,
        Camille
        ''')
    root = apple_alt(main)
    hs = H('=?iso-8859-1?Q?Camille_Lef=E8vre?= <camille.lefevre@calloway-finch.fr>', HELP,
           '=?utf-8?Q?D=C3=A9caler_un_entretien_d=C3=A9j=C3=A0_planifi=C3=A9?=', dt, mid('apple', domain='calloway-finch.fr'),
           pre=m365(dt, 'eur', 5, dom='calloway-finch.fr'), post=[('X-Mailer', 'Apple Mail (2.3826.500.181.1.5)')])
    add(build(hs, root), 'question', 'auto_reply', 'reschedule-interview', 'fr',
        'apple-mail;multipart-alternative;rfc2047-q-latin1-from;rfc2047-q-utf8', 'mentions cancelling as alternative')

    # F-Q4 jury member declined - raw utf-8 subject+from, reply on top of unrelated thread
    dt = D(2026, 5, 11, 15, 7, 'fr')
    main = T('''
        Bonjour,

        Petite question : un des trois membres du jury pour jeudi (poste de responsable de magasin, Lyon Part-Dieu) vient de refuser l'invitation. Est-ce que je dois tout reprogrammer avec la candidate ou il y a moyen de le remplacer simplement ?

        Merci,
        Hélène
        ''')
    quoted = T('''
        Hélène, l'annonce pour Part-Dieu est en ligne sur Welcome to the Jungle et Indeed depuis ce matin. J'ai mis le salaire en fourchette comme convenu.

        Julien
        ''')
    attr = 'Le lun. 11 mai 2026 à 09:02, Julien Moreau <julien.moreau@calloway-finch.fr> a écrit :'
    root = gmail_alt(main, attr, quoted)
    hs = H('Hélène Rousseau <helene.rousseau@calloway-finch.fr>', HELP, "Réponse négative d'un membre du jury", dt, mid('gmail'),
           pre=m365(dt, 'eur', 5, dom='calloway-finch.fr'),
           post=[('In-Reply-To', mid('outlook_eu')), ('References', mid('outlook_eu'))])
    add(build(hs, root), 'question', 'auto_reply', 'interviewer-decline', 'fr',
        'gmail;multipart-alternative;raw-utf8-subject;raw-utf8-from;reply-on-top;on-wrote-quote-fr',
        'asks whether to reschedule - decline article')

    # F-Q5 access denied for a manager - base64 latin-1
    dt = D(2026, 5, 21, 11, 50, 'fr')
    body = T('''
        Bonjour,

        Le directeur de l'entrepôt de Saint-Priest, M. Perrin, a voulu déplacer lui-même un entretien dans GoodTime ce matin et il a eu un message « Accès refusé ». Moi, je peux le faire sans problème depuis mon compte.

        Est-ce un bug ou une question de droits sur son compte ? Si ce sont les droits, qui peut les lui donner ?

        Cordialement,
        Thomas Dubois
        Assistant de direction – Site de Saint-Priest
        ''')
    root = text(body.replace('–', '-'), 'plain', 'iso-8859-1', 'base64', label='iso-8859-1')
    hs = H('Thomas Dubois <thomas.dubois@calloway-finch.fr>', HELP_TO[0], '=?iso-8859-1?B?TWVzc2FnZSAiYWNj6HMgcmVmdXPpIiBwb3VyIHVuIG1hbmFnZXI=?=',
           dt, mid('outlook_eu'), pre=m365(dt, 'eur', 6, dom='calloway-finch.fr'),
           post=exch_extra('Message "accès refusé" pour un manager', lang='fr-FR'))
    add(build(hs, root), 'question', 'auto_reply', 'permissions-roles', 'fr', 'plain;base64;iso-8859-1;rfc2047-b-latin1',
        'asks bug or permissions')

    # F-B1 reminders sent twice, second in English + screenshot
    dt = D(2026, 3, 17, 17, 20, 'fr')
    body = T('''
        Bonjour,

        Depuis la semaine dernière, les candidats reçoivent le rappel de la veille deux fois (à dix minutes d'intervalle), et le second est en anglais alors que notre modèle est en français. Trois candidats m'en ont parlé, dont un qui croyait que son entretien avait été déplacé.

        Capture d'écran de la boîte de réception d'une candidate en pièce jointe.

        Julien
        ''')
    root = multi('mixed', [text(body, 'plain', 'iso-8859-15', 'quoted-printable', label='ISO-8859-15'),
                           attach(png(300, 200, seed=11, error=False), 'image/png', 'rappel_double.png')], 'outlook_mixed')
    hs = H('Julien Moreau <julien.moreau@calloway-finch.fr>', HELP_TO[0], '=?ISO-8859-15?Q?Rappels_envoy=E9s_en_double_aux_candidats?=',
           dt, mid('outlook_eu'), pre=m365(dt, 'eur', 6, dom='calloway-finch.fr'),
           post=exch_extra('Rappels envoyés en double aux candidats', attach=True, lang='fr-FR'))
    add(build(hs, root), 'bug', 'forward_support', '', 'fr', 'plain;qp;iso-8859-15;png-attachment;rfc2047-q-latin9')

    # F-S1 Teams link opens another meeting - iPhone
    dt = D(2026, 4, 24, 10, 11, 'fr')
    body = T('''
        Le candidat de 10h (commercial grands comptes) est connecté depuis 10 min, mais le lien Teams de sa confirmation ouvre une autre réunion que celle des recruteurs. Les deux liens viennent de GoodTime. Comment on fait pour le faire entrer MAINTENANT ?

        Camille

        Envoyé de mon iPhone
        ''')
    root = Part([('Content-Type', 'text/plain;\n\tcharset=utf-8'), ('Content-Transfer-Encoding', 'quoted-printable')],
                quopri.encodestring(body.encode()))
    hs = H('=?utf-8?Q?Camille_Lef=C3=A8vre?= <camille.lefevre@calloway-finch.fr>', HELP,
           '=?utf-8?Q?URGENT_candidat_bloqu=C3=A9_sur_Teams?=', dt, mid('apple', domain='calloway-finch.fr'),
           pre=m365(dt, 'eur', 5, dom='calloway-finch.fr'), post=iphone_hdrs())
    add(build(hs, root), 'scheduling_blocker', 'forward_support', '', 'fr', 'iphone;plain;qp;mobile-signature-fr;rfc2047-q-utf8')

    # F-F1 access map in confirmation - outlook alt
    dt = D(2026, 5, 29, 9, 14, 'fr')
    main = T('''
        Bonjour,

        Une suggestion pour GoodTime : pour les entretiens sur site, ce serait top de pouvoir joindre automatiquement à la confirmation un plan d'accès (PDF ou lien Google Maps) et les consignes de sécurité (chaussures de sécurité, pièce d'identité à l'accueil), en fonction du site choisi.

        Aujourd'hui je les renvoie à la main à chaque candidat pour Saint-Priest, et la moitié se perdent quand même dans la zone industrielle.

        Bonne journée,
        Élodie
        ''')
    root = outlook_alt(main, label='iso-8859-1', cs='iso-8859-1', lang='FR')
    hs = H('=?iso-8859-1?Q?=C9lodie_Garnier?= <elodie.garnier@calloway-finch.fr>', HELP_TO[0],
           "=?iso-8859-1?Q?Suggestion_:_plan_d'acc=E8s_dans_la_confirmation?=", dt, mid('outlook_eu'),
           pre=m365(dt, 'eur', 6, dom='calloway-finch.fr'),
           post=exch_extra("Suggestion : plan d'accès dans la confirmation", lang='fr-FR'))
    add(build(hs, root), 'feature_request', 'product_board_reply', '', 'fr', 'outlook;multipart-alternative;iso-8859-1;rfc2047-q-latin1')

    # F-X1 roll-out to stores, licences, winmail.dat, disclaimer
    dt = D(2026, 6, 3, 18, 2, 'fr')
    body = T('''
        Bonjour,

        Nous souhaitons étendre GoodTime au recrutement dans nos 40 magasins en France à partir de septembre, soit environ 60 directeurs et adjoints de magasin qui feront passer des entretiens. Il nous faut donc :
        - un point sur les licences supplémentaires et leur coût ;
        - un accompagnement de GoodTime pour le déploiement (formation des directeurs, paramétrage des sites).

        Pouvez-vous organiser un rendez-vous avec notre interlocuteur chez GoodTime d'ici fin juin ?

        Bien cordialement,
        Sandrine Lambert
        Directrice des Ressources Humaines France
        Calloway & Finch France SAS
        ''') + '\n' + DISC_FR
    root = multi('mixed', [text(body, 'plain', 'cp1252', 'quoted-printable', label='Windows-1252'),
                           attach_simple(winmail(body), 'application/ms-tnef', 'winmail.dat')], 'outlook_mixed')
    hs = H('Sandrine Lambert <sandrine.lambert@calloway-finch.fr>', HELP_TO[0],
           '=?Windows-1252?Q?D=E9ploiement_GoodTime_dans_les_magasins_=96_licences_et_acc?=\n =?Windows-1252?Q?ompagnement?=',
           dt, mid('outlook_eu'), cc='Julien Moreau <julien.moreau@calloway-finch.fr>',
           pre=m365(dt, 'eur', 7, dom='calloway-finch.fr', dk=True, ar=True, auth=True),
           post=exch_extra('Déploiement GoodTime dans les magasins – licences et accompagnement', attach=True, lang='fr-FR'))
    add(build(hs, root), 'escalation', 'flag_csm', '', 'fr',
        'plain;qp;windows-1252;winmail.dat;disclaimer;rfc2047-q-cp1252;split-word;folded-subject', 'licences + rollout support')

    # F-Z1 French OOO with Auto-Submitted
    dt = D(2026, 5, 5, 9, 30, 'fr')
    body = T('''
        Bonjour,

        Je suis absente du 4 au 15 mai inclus, sans accès à ma messagerie.
        Pour toute demande urgente concernant un entretien, merci de contacter Julien Moreau (julien.moreau@calloway-finch.fr).

        Cordialement,
        Camille Lefèvre
        ''')
    root = text(body, 'plain', 'utf-8', 'quoted-printable', label='utf-8')
    hs = H('=?utf-8?Q?Camille_Lef=C3=A8vre?= <camille.lefevre@calloway-finch.fr>', 'GoodTime Help Line <helpline@calloway-finch.com>',
           '=?utf-8?Q?R=C3=A9ponse_automatique=C2=A0:_[GoodTime_Help_Line]_Mise_=C3=A0_jour_des_mod=C3=A8les?=', dt,
           mid('outlook_eu'), pre=m365(dt, 'eur', 5, dom='calloway-finch.fr'),
           post=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All'),
                 ('X-MS-Exchange-Inbox-Rules-Loop', 'camille.lefevre@calloway-finch.fr'), ('Content-Language', 'fr-FR')])
    add(build(hs, root), 'noise', 'ignore', '', 'fr', 'out-of-office;auto-submitted;plain;qp;rfc2047-q-utf8')


fr_msgs()


# ================================================================ PORTUGUESE
def pt_msgs():
    # P-Q1 where to leave suggestions / vote - reply on top of old thread
    dt = D(2026, 4, 27, 11, 16, 'pt')
    main = T('''
        Olá,

        Tenho algumas sugestões de melhoria para a GoodTime (sobretudo na página que o candidato vê para escolher os horários). Onde é que as posso deixar para a equipa deles ver? Ouvi dizer que também dá para votar nas ideias de outras pessoas, é verdade?

        Obrigada,
        Inês
        ''')
    quoted = T('''
        Olá a todos,

        A sessão de introdução à GoodTime para a equipa de Lisboa fica marcada para quinta-feira, 23/04, às 14h, na sala Tejo (piso 2) e também por Teams.

        Até lá,
        GoodTime Help Line
        ''')
    body = main + '\nEm seg., 20/04/2026 às 10:31, GoodTime Help Line <helpline@calloway-finch.com> escreveu:\n' + \
        '\n'.join(('> ' + l) if l else '>' for l in quoted.rstrip('\n').split('\n')) + '\n'
    root = text(body, 'plain', 'utf-8', 'quoted-printable', label='UTF-8')
    hs = H('=?UTF-8?Q?In=C3=AAs_Carvalho?= <ines.carvalho@calloway-finch.pt>', 'GoodTime Help Line <helpline@calloway-finch.com>',
           '=?UTF-8?Q?Re:_Sess=C3=A3o_de_introdu=C3=A7=C3=A3o_=C3=A0_GoodTime_=E2=80=93_Lisboa?=', dt, mid('outlook_eu'),
           pre=m365(dt, 'eur', 6, dom='calloway-finch.pt', ar=True, auth=True),
           post=[('In-Reply-To', mid('outlook')), ('References', mid('outlook')), ('Content-Language', 'pt-PT')])
    add(build(hs, root), 'question', 'auto_reply', 'product-board', 'pt', 'plain;qp;utf-8;reply-on-top;gt-quoted-reply;rfc2047-q-utf8',
        'old thread about intro session')

    # P-Q2 who answers this mailbox - base64 latin-1
    dt = D(2026, 3, 9, 9, 5, 'pt')
    body = T('''
        Bom dia,

        Comecei esta semana na Azambuja e deram-me este endereço para dúvidas sobre a GoodTime. Antes de enviar tudo para aqui: quem está do outro lado, é a própria GoodTime ou é uma equipa interna da Calloway? E posso mandar perguntas sobre a forma como fazemos as coisas cá (por exemplo, que modelos usamos para operadores de armazém), ou isso é com outra pessoa?

        Obrigado,
        João Ferreira
        Coordenador de RH – Centro Logístico da Azambuja
        ''')
    root = text(body.replace('–', '-'), 'plain', 'iso-8859-1', 'base64', label='ISO-8859-1')
    hs = H('=?ISO-8859-1?Q?Jo=E3o_Ferreira?= <joao.ferreira@calloway-finch.pt>', HELP_TO[0],
           '=?ISO-8859-1?Q?Quem_responde_a_este_e-mail=3F?=', dt, mid('outlook_eu'),
           pre=m365(dt, 'eur', 6, dom='calloway-finch.pt'), post=exch_extra('Quem responde a este e-mail?', lang='pt-PT'))
    add(build(hs, root), 'question', 'auto_reply', 'internal-project-team', 'pt', 'plain;base64;iso-8859-1;rfc2047-q-latin1')

    # P-Q3 new shift lead as interviewer - raw utf-8 subject and from, phone gmail-style alt
    dt = D(2026, 4, 14, 7, 22, 'pt')
    main = T('''
        Olá,

        Temos um novo chefe de turno na Azambuja, o Rui Pacheco, que a partir do próximo mês vai fazer entrevistas para operadores de armazém com os outros chefes. O que é preciso para ele começar a aparecer como entrevistador no GoodTime? Ele já tem conta.

        Obg
        Tiago
        ''')
    root = gmail_alt(main)
    hs = H('Tiago Almeida <tiago.almeida@calloway-finch.pt>', HELP, 'Novo chefe de turno – como o ponho a fazer entrevistas?', dt,
           mid('gmail'), pre=m365(dt, 'eur', 5, dom='calloway-finch.pt'))
    add(build(hs, root), 'question', 'auto_reply', 'add-interviewer-to-pool', 'pt', 'gmail-app;multipart-alternative;raw-utf8-subject;early-morning',
        'new interviewer, not a trainee question')

    # P-Q4 Teams link automatically - gmail alt
    dt = D(2026, 5, 7, 15, 38, 'pt')
    main = T('''
        Olá equipa,

        Até agora tenho copiado à mão o link do Teams para cada convite de entrevista que marco no GoodTime. A Inês disse-me que o GoodTime pode gerar o link sozinho. Como é que isso se configura? Marco sobretudo entrevistas online com candidatos do Porto e de Braga.

        Obrigada!
        Ana Rita
        ''')
    root = owa_alt(main)
    hs = H('Ana Rita Sousa <anarita.sousa@calloway-finch.pt>', HELP_TO[0], 'Link do Teams nas entrevistas', dt, mid('outlook_eu'),
           pre=m365(dt, 'eur', 6, dom='calloway-finch.pt', dk=True), post=[('Content-Language', 'pt-PT')])
    add(build(hs, root), 'question', 'auto_reply', 'conference-links', 'pt', 'owa;multipart-alternative;utf-8')

    # P-Q5 candidate didn't get the day's schedule - B encoded utf-8 split
    dt = D(2026, 5, 25, 16, 3, 'pt')
    body = T('''
        Boa tarde,

        A candidata para analista de transportes tem amanhã três entrevistas seguidas e diz que não recebeu o e-mail com o resumo do dia (horas, nomes dos entrevistadores, morada). Como é que lhe volto a enviar isso pelo GoodTime? Não queria ter de escrever tudo à mão.

        Obrigada,
        Beatriz Lopes
        Técnica de RH – Lisboa
        ''')
    root = text(body, 'plain', 'utf-8', 'base64', label='utf-8')
    s1 = base64.b64encode('Reenviar o resumo das entrevistas à cand'.encode()).decode()
    s2 = base64.b64encode('idata'.encode()).decode()
    hs = H('Beatriz Lopes <beatriz.lopes@calloway-finch.pt>', HELP_TO[0], f'=?UTF-8?B?{s1}?=\n =?UTF-8?B?{s2}?=', dt, mid('outlook_eu'),
           pre=m365(dt, 'eur', 6, dom='calloway-finch.pt'), post=exch_extra('Reenviar o resumo das entrevistas à candidata', lang='pt-PT'))
    add(build(hs, root), 'question', 'auto_reply', 'candidate-itinerary', 'pt', 'plain;base64;utf-8;rfc2047-b-utf8;split-word',
        'not a reminder question')

    # P-N1 Kronos integration - outlook html only
    dt = D(2026, 4, 2, 10, 49, 'pt')
    main = T('''
        Bom dia,

        No armazém usamos o Kronos para gerir os turnos dos chefes de equipa. É possível ligar o GoodTime ao Kronos para ele saber automaticamente quem está de turno em cada dia? Ou o GoodTime só consegue ler o calendário do Outlook?

        Cumprimentos,
        João Ferreira
        ''')
    sig = T('''
        João Ferreira
        Coordenador de RH – Centro Logístico da Azambuja
        Calloway & Finch Portugal, Lda.
        ''')
    root = outlook_only(main, sig, lang='PT')
    hs = H('=?ISO-8859-1?Q?Jo=E3o_Ferreira?= <joao.ferreira@calloway-finch.pt>', HELP_TO[0], 'GoodTime e o sistema de turnos', dt,
           mid('outlook_eu'), pre=m365(dt, 'eur', 6, dom='calloway-finch.pt'),
           post=exch_extra('GoodTime e o sistema de turnos', lang='pt-PT'))
    add(build(hs, root), 'question', 'forward_support', 'none', 'pt', 'outlook-html-only;qp;windows-1252', 'Kronos integration')

    # P-B1 DST - forwarded candidate email (gmail pt)
    dt = D(2026, 4, 8, 9, 37, 'pt')
    main = T('''
        Olá, mais um caso: desde a mudança de hora (29/03) os convites que o GoodTime envia aos candidatos em Portugal aparecem com uma hora a menos. No calendário dos entrevistadores está certo. Já aconteceu com 4 candidatos esta semana. Segue o e-mail de uma delas.

        Inês

        ---------- Mensagem encaminhada ---------
        De: Marta Gonçalves <marta.goncalves92@gmail.com>
        Date: terça, 7/04/2026 à(s) 18:22
        Subject: Hora da entrevista
        To: <ines.carvalho@calloway-finch.pt>


        Boa tarde, recebi o convite para quinta às 9h, mas ao telefone combinámos às 10h. Qual é a hora certa?
        Cumprimentos,
        Marta
        ''')
    root = gmail_alt(main)
    hs = H('=?UTF-8?Q?In=C3=AAs_Carvalho?= <ines.carvalho@calloway-finch.pt>', HELP, 'Fwd: Hora da entrevista', dt, mid('gmail'),
           pre=m365(dt, 'eur', 5, dom='calloway-finch.pt'))
    add(build(hs, root), 'bug', 'forward_support', '', 'pt', 'gmail-forwarded-message-pt;multipart-alternative;rfc2047-q-utf8-from',
        'DST offset on candidate invites')

    # P-F1 WhatsApp - outlook alt
    dt = D(2026, 5, 14, 12, 33, 'pt')
    main = T('''
        Olá,

        Uma ideia para a GoodTime: muitos candidatos para operador de armazém quase não usam e-mail, mas respondem logo no WhatsApp. Seria muito bom se a GoodTime pudesse enviar a confirmação e o lembrete por WhatsApp (ou pelo menos por SMS). Acho que reduzia bastante as faltas às entrevistas.

        Tiago Almeida
        Chefe de Armazém - Azambuja
        ''')
    root = outlook_alt(main, label='iso-8859-1', cs='iso-8859-1', lang='PT')
    hs = H('Tiago Almeida <tiago.almeida@calloway-finch.pt>', HELP_TO[0], 'Ideia: mensagens por WhatsApp', dt, mid('outlook_eu'),
           pre=m365(dt, 'eur', 6, dom='calloway-finch.pt'), post=exch_extra('Ideia: mensagens por WhatsApp', lang='pt-PT'))
    add(build(hs, root), 'feature_request', 'product_board_reply', '', 'pt', 'outlook;multipart-alternative;iso-8859-1')

    # P-S1 candidate in Teams lobby, interviewer has no invite - iPhone
    dt = D(2026, 3, 26, 11, 5, 'pt')
    body = T('''
        A entrevista das 11h (técnica de RH, Porto) começou há 5 minutos, a candidata está na sala de espera do Teams e o entrevistador não recebeu convite nenhum, não tem o link. No GoodTime aparece como agendada. Podem ajudar já?

        Ana Rita

        Enviado do meu iPhone
        ''')
    root = Part([('Content-Type', 'text/plain;\n\tcharset=utf-8'), ('Content-Transfer-Encoding', 'quoted-printable')],
                quopri.encodestring(body.encode()))
    hs = H('Ana Rita Sousa <anarita.sousa@calloway-finch.pt>', HELP,
           '=?utf-8?Q?Candidata_=C3=A0_espera_no_Teams_=E2=80=93_urgente?=', dt, mid('apple', domain='calloway-finch.pt'),
           pre=m365(dt, 'eur', 5, dom='calloway-finch.pt'), post=iphone_hdrs())
    add(build(hs, root), 'scheduling_blocker', 'forward_support', '', 'pt', 'iphone;plain;qp;mobile-signature-pt;rfc2047-q-utf8')

    # P-Z1 calendar accept (pt) - text/calendar only, base64
    dt = D(2026, 4, 21, 9, 12, 'pt')
    ics = ics_reply('Sessão de introdução à GoodTime – Lisboa', HELP, 'Beatriz Lopes', 'beatriz.lopes@calloway-finch.pt',
                    'ACCEPTED', '20260423T130000Z', '20260423T140000Z', '040000008200E00074C5B7101A82E00800000000' + rhex(32))
    root = text(ics, 'calendar', 'utf-8', 'base64', label='utf-8', ct_extra='; method=REPLY')
    hs = H('Beatriz Lopes <beatriz.lopes@calloway-finch.pt>', 'GoodTime Help Line <helpline@calloway-finch.com>',
           '=?utf-8?Q?Aceite:_Sess=C3=A3o_de_introdu=C3=A7=C3=A3o_=C3=A0_GoodTime_=E2=80=93_Lisboa?=', dt, mid('outlook_eu'),
           pre=m365(dt, 'eur', 5, dom='calloway-finch.pt'),
           post=[('Thread-Topic', 'Sessão de introdução à GoodTime – Lisboa'), ('Content-Language', 'pt-PT')])
    add(build(hs, root), 'noise', 'ignore', '', 'pt', 'calendar-accept;text-calendar-only;base64;rfc2047-q-utf8')


pt_msgs()


# ================================================================ write out
def main():
    for f in os.listdir(OUT):
        if f.startswith('a-') and f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    order = list(range(len(MSGS)))
    random.Random(20260311).shuffle(order)
    rows = []
    n_outlook = 0
    for i, idx in enumerate(order, 1):
        m = MSGS[idx]
        data = m['data']
        fmt = m['fmt']
        if fmt.startswith('outlook'):
            n_outlook += 1
            if n_outlook % 3 == 0:              # some Outlook exports arrive with CRLF line ends
                data = data.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
                fmt += ';crlf'
        name = f'a-{i:03d}.eml'
        with open(os.path.join(OUT, name), 'wb') as fh:
            fh.write(data)
        rows.append([name, m['cat'], m['actions'], m['article'], m['lang'], fmt, m['notes']])
    with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as fh:
        w = csv.writer(fh)
        w.writerow(['file', 'category', 'actions', 'article', 'language', 'format', 'notes'])
        w.writerows(rows)
    print(len(rows), 'messages written')


main()
