#!/usr/bin/env python3
"""Blind test set, batch b: help-line e-mails from Larkspur Labs' European and
Latin-American offices (plus some English).  Writes b-NNN.eml and labels.csv
next to this script.  Everything is built by hand as bytes so that encodings,
8-bit headers, line endings and MIME quirks are exactly what we want."""
import base64, csv, datetime, hashlib, html, io, os, quopri, random, struct, zlib
import email, email.policy
from email.utils import format_datetime
from zoneinfo import ZoneInfo

OUT = os.path.dirname(os.path.abspath(__file__))
HELP = 'helpline@larkspur-labs.com'
DOM = 'larkspur-labs.com'
R = random.Random(20260311)

# ---------------------------------------------------------------- tags
TAGS = []


def tag(*t):
    for x in t:
        if x and x not in TAGS:
            TAGS.append(x)


# ---------------------------------------------------------------- small utils
def rhex(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))


def rHEX(n):
    return ''.join(R.choice('0123456789ABCDEF') for _ in range(n))


def ralnum(n, alphabet='ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'):
    return ''.join(R.choice(alphabet) for _ in range(n))


def rb64(n):
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(n))).decode()


def fold_b64(s, first=60, width=70, indent='\t '):
    out = [s[:first]]
    s = s[first:]
    while s:
        out.append(indent + s[:width])
        s = s[width:]
    return '\n'.join(out)


# ---------------------------------------------------------------- dates
def when(y, mo, d, h, mi, tz, sec=None):
    if sec is None:
        sec = R.randint(0, 59)
    return datetime.datetime(y, mo, d, h, mi, sec, tzinfo=ZoneInfo(tz))


def datestr(dt, style='std'):
    s = format_datetime(dt)
    if style == 'comment':          # e.g. "+0100 (CET)"
        s += ' (' + dt.tzname() + ')'
    elif style == 'utc':            # some relays rewrite to UTC
        s = format_datetime(dt.astimezone(datetime.timezone.utc)).replace('-0000', '+0000')
    elif style == 'nozero':         # "Tue, 3 Mar" vs "Tue, 03 Mar" - already no zero; make zero-padded
        parts = s.split(' ')
        parts[1] = parts[1].zfill(2)
        s = ' '.join(parts)
    return s


# ---------------------------------------------------------------- header encoders
def q_enc(s, cs):
    b = s.encode(cs)
    out = []
    for c in b:
        ch = chr(c)
        if ch == ' ':
            out.append('_')
        elif ch.isascii() and (ch.isalnum() or ch in '!*+-/'):
            out.append(ch)
        else:
            out.append('=%02X' % c)
    return ''.join(out)


def ew(s, mode='q', cs='utf-8', maxlen=75, split_at=None):
    """RFC 2047 encoded word(s).  split_at: list of character positions where a
    new encoded word starts (lets us split in the middle of a word)."""
    csn = {'utf-8': 'UTF-8', 'iso-8859-1': 'iso-8859-1', 'windows-1252': 'windows-1252',
           'iso-8859-15': 'ISO-8859-15'}.get(cs, cs)
    if split_at is None:
        # greedy chunking by characters
        chunks, cur = [], ''
        for ch in s:
            trial = cur + ch
            enc = (base64.b64encode(trial.encode(cs)).decode() if mode == 'b' else q_enc(trial, cs))
            if len('=?%s?%s?%s?=' % (csn, mode.upper(), enc)) > maxlen and cur:
                chunks.append(cur)
                cur = ch
            else:
                cur = trial
        if cur:
            chunks.append(cur)
    else:
        chunks, last = [], 0
        for p in split_at + [len(s)]:
            chunks.append(s[last:p])
            last = p
    words = []
    for c in chunks:
        enc = base64.b64encode(c.encode(cs)).decode() if mode == 'b' else q_enc(c, cs)
        words.append('=?%s?%s?%s?=' % (csn, mode.upper(), enc))
    return '\n '.join(words)


def H(name, value):
    """A header line as bytes. value may be str (must be ASCII) or bytes."""
    if isinstance(value, str):
        value = value.encode('ascii')
    return name.encode('ascii') + b': ' + value


def fold_text(s, width=72, sep='\n '):
    words = s.split(' ')
    lines, cur = [], ''
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + ' ' + w) if cur else w
    lines.append(cur)
    return sep.join(lines)


def subj(s, mode='ascii', cs='utf-8', split_at=None, fold=False):
    """Subject value. modes: ascii, q, b, raw"""
    if mode == 'ascii':
        s.encode('ascii')
        if fold or len(s) > 70:
            tag('folded-subject')
            return fold_text(s, 66)
        return s
    if mode in ('q', 'b'):
        tag('rfc2047-%s-%s' % (mode, 'utf8' if cs == 'utf-8' else cs.replace('-', '')))
        if split_at:
            tag('rfc2047-split-word')
        return ew(s, mode, cs, split_at=split_at)
    if mode == 'raw':
        tag('raw-utf8-subject' if cs == 'utf-8' else 'raw-1252-subject' if cs == 'windows-1252' else 'raw-%s-subject' % cs)
        b = s.encode(cs)
        if fold or len(s) > 74:
            tag('folded-subject')
            return fold_text(s, 66).encode(cs)
        return b
    raise ValueError(mode)


def addr(name, local, mode='ascii', cs='utf-8', domain=DOM, quote=False):
    """From/To value."""
    a = '<%s@%s>' % (local, domain)
    if name is None:
        return '%s@%s' % (local, domain)
    if mode == 'ascii':
        name.encode('ascii')
        if quote or any(c in name for c in ',.()'):
            return '"%s" %s' % (name, a)
        return '%s %s' % (name, a)
    if mode in ('q', 'b'):
        tag('from-rfc2047-%s' % mode)
        return ew(name, mode, cs) + ' ' + a
    if mode == 'raw':
        tag('raw-utf8-from' if cs == 'utf-8' else 'raw-1252-from')
        q = '"' if (quote or ',' in name) else ''
        return (q + name + q + ' ' + a).encode(cs)
    raise ValueError(mode)


# ---------------------------------------------------------------- body encoders
def enc_body(raw, cte):
    if cte == 'quoted-printable':
        tag('qp')
        return quopri.encodestring(raw)
    if cte == 'base64':
        tag('base64')
        return base64.encodebytes(raw)
    if cte == '8bit':
        try:
            raw.decode('ascii')
        except UnicodeDecodeError:
            tag('8bit-body')
        return raw
    if cte == '7bit':
        raw.decode('ascii')
        return raw
    raise ValueError(cte)


class Ent:
    """A MIME entity: list of header lines (bytes) + body bytes."""

    def __init__(self, headers, body):
        self.headers = [h if isinstance(h, bytes) else h.encode('ascii') for h in headers]
        self.body = body


def text(s, sub='plain', cs='utf-8', cte='quoted-printable', csname=None, flowed=False, extra=()):
    if cs in ('iso-8859-1', 'iso-8859-15') and sub == 'plain':
        # what a Latin-1 mailer does with typographic characters it cannot represent
        s = s.translate({0x2013: '-', 0x2014: '-', 0x201e: '"', 0x201c: '"', 0x201d: '"', 0x2019: "'", 0x2018: "'",
                         0x2026: '...', 0x2022: '*'})
    raw = s.encode(cs, errors='xmlcharrefreplace' if sub == 'html' else 'strict')
    if not raw.endswith(b'\n'):
        raw += b'\n'
    csname = csname or {'utf-8': '"utf-8"', 'windows-1252': '"windows-1252"', 'iso-8859-1': '"iso-8859-1"'}.get(cs, '"%s"' % cs)
    ct = 'Content-Type: text/%s; charset=%s' % (sub, csname)
    if flowed:
        ct += '; format=flowed'
    if cs != 'utf-8':
        tag('charset-' + cs)
    return Ent([ct, 'Content-Transfer-Encoding: ' + cte] + list(extra), enc_body(raw, cte))


def multipart(sub, parts, boundary=None, preamble=None, params='', extra=()):
    boundary = boundary or ('----=_Part_%d_%d.%d' % (R.randint(10000, 99999), R.randint(100000000, 999999999), R.randint(1000000000000, 1999999999999)))
    if sub == 'alternative':
        tag('multipart-alternative')
    elif sub == 'mixed':
        tag('multipart-mixed')
    elif sub == 'related':
        tag('multipart-related')
    body = b''
    if preamble:
        body += preamble.encode('ascii') + b'\n\n'
    for p in parts:
        body += b'--' + boundary.encode() + b'\n'
        body += b'\n'.join(p.headers) + b'\n\n'
        body += p.body
        if not body.endswith(b'\n'):
            body += b'\n'
    body += b'--' + boundary.encode() + b'--\n'
    ct = 'Content-Type: multipart/%s;%s\n\tboundary="%s"' % (sub, params, boundary)
    return Ent([ct] + list(extra), body)


def attach(ctype, data, filename, disp='attachment', cte='base64', extra=(), fn_mode='ascii'):
    kind = {'image/png': 'attach-png', 'application/pdf': 'attach-pdf', 'text/calendar': 'attach-ics',
            'application/ms-tnef': 'winmail-dat', 'image/jpeg': 'attach-jpg'}.get(ctype.split(';')[0], 'attach-other')
    tag(kind)
    hs = ['Content-Type: %s; name="%s"' % (ctype, filename),
          'Content-Description: %s' % filename,
          'Content-Disposition: %s; filename="%s"; size=%d' % (disp, filename, len(data)),
          'Content-Transfer-Encoding: %s' % cte] + list(extra)
    if cte == 'base64':
        body = base64.encodebytes(data)
    else:
        body = data
    return Ent(hs, body)


# ---------------------------------------------------------------- binary attachments
def png(w=160, h=90, seed=1, accent=(106, 61, 232)):
    rr = random.Random(seed)
    rows = []
    for y in range(h):
        row = bytearray([0])
        for x in range(w):
            if y < 12:
                px = accent
            elif x < 30:
                px = (245, 245, 247)
            elif 20 + (y // 14) * 14 < y < 28 + (y // 14) * 14 and x < 40 + rr.randint(60, 120):
                px = (60, 60, 70)
            elif 60 < y < 72 and 90 < x < 150:
                px = (214, 48, 49)
            else:
                px = (255, 255, 255)
            row += bytes(px)
        rows.append(bytes(row))
    raw = b''.join(rows)

    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b''))


def pdf(lines):
    content = 'BT /F1 11 Tf 50 780 Td 14 TL\n' + ''.join(
        '(%s) Tj T*\n' % l.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)') for l in lines) + 'ET\n'
    objs = ['<< /Type /Catalog /Pages 2 0 R >>',
            '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
            '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
            '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
            '<< /Length %d >>\nstream\n%sendstream' % (len(content.encode('latin-1')), content)]
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


def tnef(seed=1):
    rr = random.Random(seed)
    body = b'\x78\x9f\x3e\x22' + struct.pack('<H', rr.randint(1, 65000)) + b'\x01\x06\x90\x08\x00\x04\x00\x00\x00\x00\x00\x01\x00\x01\x00\x01\x07\x90\x06\x00\x08\x00\x00\x00\xe4\x04\x00\x00\x00\x00\x00\x00\xe8\x00'
    body += b'\x01\x0d\x80\x04\x00\x02\x00\x00\x00\x02\x00\x02\x00\x01\x05\x80\x03\x00\x0e\x00\x00\x00'
    body += b'IPM.Microsoft Mail.Note\x00' + bytes(rr.getrandbits(8) for _ in range(700))
    return body


def ics(method, summary, start, end, organizer, attendee=None, partstat=None, uid=None, location='', description=''):
    uid = uid or ('040000008200E00074C5B7101A82E008000000%s' % rHEX(40))
    fmt = '%Y%m%dT%H%M%SZ'
    su = start.astimezone(datetime.timezone.utc).strftime(fmt)
    eu = end.astimezone(datetime.timezone.utc).strftime(fmt)
    lines = ['BEGIN:VCALENDAR', 'METHOD:%s' % method, 'PRODID:Microsoft Exchange Server 2010', 'VERSION:2.0',
             'BEGIN:VEVENT']
    if attendee:
        lines.append('ATTENDEE;PARTSTAT=%s;CN="%s":mailto:%s' % (partstat or 'NEEDS-ACTION', attendee[0], attendee[1]))
    lines += ['ORGANIZER;CN="%s":mailto:%s' % organizer,
              'SUMMARY;LANGUAGE=en-US:%s' % summary,
              'DTSTART:%s' % su, 'DTEND:%s' % eu, 'UID:%s' % uid,
              'DTSTAMP:%s' % datetime.datetime(2026, 3, 2, 9, 0, tzinfo=datetime.timezone.utc).strftime(fmt),
              'SEQUENCE:0', 'CLASS:PUBLIC', 'PRIORITY:5', 'TRANSP:OPAQUE', 'STATUS:CONFIRMED']
    if location:
        lines.append('LOCATION:%s' % location)
    if description:
        lines.append('DESCRIPTION:%s' % description.replace('\n', '\\n'))
    lines += ['END:VEVENT', 'END:VCALENDAR']
    return '\r\n'.join(lines) + '\r\n'


# ---------------------------------------------------------------- HTML makers
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
span.E-MailFormatvorlage17
	{mso-style-type:personal-compose;
	font-family:"Aptos",sans-serif;
	color:windowtext;}
.MsoChpDefault
	{mso-style-type:export-only;
	font-size:10.0pt;
	mso-ligatures:none;}
@page WordSection1
	{size:612.0pt 792.0pt;
	margin:70.85pt 70.85pt 2.0cm 70.85pt;}
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


def _esc(s):
    return html.escape(s, quote=False)


def outlook_html(txt, cs='windows-1252', lang='DE', grey_from=None):
    """Plain text -> Outlook Word HTML. Lines starting with '> ' become quoted
    blue-bar blocks; a line '--' starts the signature in grey small font.
    Lines in an Outlook header block (Von:/From:/De :/De:/Enviado:) keep bold labels."""
    tag('outlook-html')
    out = [OUTLOOK_HEAD % {'cs': cs, 'lang': lang}]
    sig = False
    for line in txt.split('\n'):
        if line.strip() == '--':
            sig = True
            continue
        if line.startswith('________________________________') or line.startswith('-----'):
            out.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
                       '<p class="MsoNormal"><o:p>&nbsp;</o:p></p></div>')
            if line.startswith('-----'):
                out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % _esc(line))
            continue
        if line == '':
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
            continue
        lab = None
        for l in ('Von:', 'Gesendet:', 'An:', 'Cc:', 'Betreff:', 'From:', 'Sent:', 'To:', 'Subject:', 'De\u00a0:', 'De :',
                  'Envoy\u00e9 :', '\u00c0 :', 'Objet :', 'De:', 'Enviado:', 'Para:', 'Asunto:', 'Enviada:', 'Assunto:', 'Data:'):
            if line.startswith(l):
                lab = l
                break
        if lab:
            out.append('<p class="MsoNormal"><b><span lang="EN-US">%s</span></b><span lang="EN-US">%s<o:p></o:p></span></p>'
                       % (_esc(lab), _esc(line[len(lab):])))
        elif sig:
            out.append('<p class="MsoNormal"><span style="font-size:8.0pt;color:#7F7F7F">%s<o:p></o:p></span></p>' % _esc(line))
        else:
            out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % _esc(line))
    out.append('</div>\n</body>\n</html>\n')
    return '\n'.join(out)


def gmail_html(txt):
    """Gmail style: div dir=ltr, <br>, quote in gmail_quote blockquote."""
    lines = txt.split('\n')
    out, inq = ['<div dir="ltr">'], False
    for line in lines:
        if line.startswith('>'):
            if not inq:
                out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">')
                inq = True
            out.append(_esc(line[1:].lstrip()) + '<br>')
            continue
        if inq:
            out.append('</blockquote>')
            inq = False
        if line.endswith('wrote:') or line.endswith('escribi\u00f3:') or line.endswith('escreveu:') or line.endswith('a \u00e9crit :') or line.endswith('schrieb:'):
            out.append('</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>' % _esc(line))
            continue
        out.append('<div>%s</div>' % (_esc(line) if line else '<br>'))
    if inq:
        out.append('</blockquote>')
    out.append('</div>')
    return '\n'.join(out) + '\n'


def apple_html(txt):
    body = '<br>'.join(_esc(l) if l else '' for l in txt.split('\n'))
    return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
            '<div dir="ltr">%s</div></body></html>\n' % body)


# ---------------------------------------------------------------- transport headers
HOPS_M365 = [
    ('{a}.eurprd0{n}.prod.outlook.com', '{b}.eurprd0{n}.prod.outlook.com', 'with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8511.{x}'),
]


def m365_host(region='eur'):
    pfx = {'eur': ('AM9PR', 'DB8PR', 'PAXPR', 'VI1PR', 'FR3P', 'DU2PR'), 'nam': ('SA1PR', 'BN8PR', 'CH3PR', 'MW4PR'),
           'sam': ('CP2PR', 'RO1PR', 'GRUP')}[region]
    suf = {'eur': 'eurprd0%d' % R.randint(1, 9), 'nam': 'namprd%02d' % R.randint(1, 22), 'sam': 'brap%02d' % R.randint(1, 5)}[region]
    p = R.choice(pfx)
    return '%s%02dMB%d.%s.prod.outlook.com' % (p, R.randint(1, 99), R.randint(1000, 9999), suf)


def received_chain(n, dt, route='m365', region='eur', sender_ip=None, helo=None, env_from='x@' + DOM):
    """Return list of Received header strings, topmost (latest) first."""
    tag('received-%d' % n if n >= 5 else None)
    hops = []
    t = dt.astimezone(datetime.timezone.utc) + datetime.timedelta(seconds=R.randint(1, 4))
    ip = sender_ip or '10.%d.%d.%d' % (R.randint(1, 250), R.randint(1, 250), R.randint(1, 250))
    if route == 'm365':
        h1 = m365_host(region)
        h2 = m365_host(region)
        h3 = m365_host(region)
        seq = [
            'from %s ([fe80::%s:%s:%s:%s]) by %s\n ([fe80::%s:%s:%s:%s%%5]) with mapi id 15.20.8511.%03d;' % (
                h1, rhex(4), rhex(4), rhex(4), rhex(4), h1, rhex(4), rhex(4), rhex(4), rhex(4), R.randint(10, 999)),
            'from %s (2603:10a6:%s:%s::%d) by\n %s (2603:10a6:%s:%s::%d) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8511.%d;' % (
                h1, rhex(3), rhex(3), R.randint(2, 30), h2, rhex(3), rhex(3), R.randint(2, 30), R.randint(10, 60)),
            'from %s (2603:10a6:%s::%d) by %s\n (2603:10a6:%s::%d) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8511.%d;' % (
                h2, rhex(3), R.randint(2, 30), h3, rhex(3), R.randint(2, 30), R.randint(10, 60)),
            'from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2%03d.outbound.protection.outlook.com [40.107.22.%d])\n\tby mx1.%s (Postfix) with ESMTPS id 4Z%s\n\tfor <%s>;' % (
                R.randint(100, 999), R.randint(2, 250), DOM, ralnum(8), HELP),
            'from mx1.%s (mx1.%s [10.40.0.11])\n\tby mailgw02.%s (Postfix) with ESMTP id %s\n\tfor <%s>;' % (DOM, DOM, DOM, rHEX(10), HELP),
            'from localhost (localhost [127.0.0.1])\n\tby mailgw02.%s (amavisd-new, port 10024) with ESMTP id %s\n\tfor <%s>;' % (DOM, ralnum(12), HELP),
            'from mailgw02.%s ([10.40.0.12])\n\tby helpdesk-in01.%s (Dovecot) with LMTP id %s\n\tfor <%s>;' % (DOM, DOM, ralnum(22), HELP),
            'from helpdesk-in01.%s\n\tby helpdesk-in01.%s with LMTP id %s\n\t(envelope-from <bounces@%s>)\n\tfor <%s>;' % (DOM, DOM, ralnum(16), DOM, HELP),
            'from archive-relay.%s (archive-relay.%s [10.40.2.7]) by\n journal.%s (Postfix) with ESMTP id %s;' % (DOM, DOM, DOM, rHEX(9)),
            'by 2002:a05:6a10:%s:b0:5c3:%s:%s with SMTP id %s;' % (rhex(4), rhex(4), rhex(4), ralnum(6)),
        ]
    elif route == 'gws':
        seq = [
            'by mail-%s.google.com with SMTP id %s-%s.%d\n        for <%s>; ' % (R.choice(['wr1-f41', 'ej1-f53', 'lf1-f48', 'pl1-f172']), rhex(12), rhex(6), R.randint(1, 9), HELP),
            'from mail-%s.google.com (mail-%s.google.com. [209.85.%d.%d])\n        by mx.google.com with SMTPS id %s.%d.2026.%s\n        for <%s>\n        (Google Transport Security);' % (
                'wr1-f4%d' % R.randint(0, 9), 'wr1-f4%d' % R.randint(0, 9), R.randint(128, 221), R.randint(2, 250), ralnum(14), R.randint(1, 9), rhex(10), HELP),
            'from mx.google.com (mx.google.com [209.85.220.%d])\n\tby mx1.%s (Postfix) with ESMTPS id 4Z%s\n\tfor <%s>;' % (R.randint(2, 250), DOM, ralnum(8), HELP),
            'from mx1.%s (mx1.%s [10.40.0.11])\n\tby mailgw01.%s (Postfix) with ESMTP id %s\n\tfor <%s>;' % (DOM, DOM, DOM, rHEX(10), HELP),
            'from localhost (localhost [127.0.0.1])\n\tby mailgw01.%s (amavisd-new, port 10024) with ESMTP id %s;' % (DOM, ralnum(12)),
            'from mailgw01.%s ([10.40.0.13])\n\tby helpdesk-in01.%s (Dovecot) with LMTP id %s\n\tfor <%s>;' % (DOM, DOM, ralnum(22), HELP),
            'from helpdesk-in01.%s\n\tby helpdesk-in01.%s with LMTP id %s\n\tfor <%s>;' % (DOM, DOM, ralnum(16), HELP),
            'from archive-relay.%s (archive-relay.%s [10.40.2.7]) by\n journal.%s (Postfix) with ESMTP id %s;' % (DOM, DOM, DOM, rHEX(9)),
        ]
    elif route == 'local':
        site = helo or 'mail.ber'
        seq = [
            'from [%s] (vpn-%s.%s [%s])\n\tby %s.%s (Postfix) with ESMTPSA id %s\n\tfor <%s>;' % (ip, rhex(4), DOM, ip, site, DOM, rHEX(10), HELP),
            'from %s.%s (%s.%s [192.168.%d.%d])\n\tby relay-eu.%s (Exim 4.97) with esmtps (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(envelope-from <%s>)\n\tid 1t%s-000%s-%s\n\tfor %s;' % (
                site, DOM, site, DOM, R.randint(0, 20), R.randint(2, 250), DOM, env_from, ralnum(4), ralnum(2), ralnum(2), HELP),
            'from relay-eu.%s ([10.60.1.4])\n\tby mx1.%s (Postfix) with ESMTPS id 4Z%s\n\tfor <%s>;' % (DOM, DOM, ralnum(8), HELP),
            'from localhost (localhost [127.0.0.1])\n\tby mailgw02.%s (amavisd-new, port 10024) with ESMTP id %s\n\tfor <%s>;' % (DOM, ralnum(12), HELP),
            'from mx1.%s (mx1.%s [10.40.0.11])\n\tby mailgw02.%s (Postfix) with ESMTP id %s;' % (DOM, DOM, DOM, rHEX(10)),
            'from mailgw02.%s ([10.40.0.12])\n\tby helpdesk-in01.%s (Dovecot) with LMTP id %s\n\tfor <%s>;' % (DOM, DOM, ralnum(22), HELP),
            'from helpdesk-in01.%s\n\tby helpdesk-in01.%s with LMTP id %s\n\tfor <%s>;' % (DOM, DOM, ralnum(16), HELP),
            'from archive-relay.%s (archive-relay.%s [10.40.2.7]) by\n journal.%s (Postfix) with ESMTP id %s;' % (DOM, DOM, DOM, rHEX(9)),
        ]
    elif route == 'ext':
        seq = [
            'from %s (%s [%s])\n\tby mx1.%s (Postfix) with ESMTPS id 4Z%s\n\tfor <%s>;' % (helo, helo, ip, DOM, ralnum(8), HELP),
            'from localhost (localhost [127.0.0.1])\n\tby mailgw01.%s (amavisd-new, port 10024) with ESMTP id %s\n\tfor <%s>;' % (DOM, ralnum(12), HELP),
            'from mx1.%s (mx1.%s [10.40.0.11])\n\tby mailgw01.%s (Postfix) with ESMTP id %s;' % (DOM, DOM, DOM, rHEX(10)),
            'from mailgw01.%s ([10.40.0.13])\n\tby helpdesk-in01.%s (Dovecot) with LMTP id %s\n\tfor <%s>;' % (DOM, DOM, ralnum(22), HELP),
            'from helpdesk-in01.%s\n\tby helpdesk-in01.%s with LMTP id %s\n\tfor <%s>;' % (DOM, DOM, ralnum(16), HELP),
            'from archive-relay.%s (archive-relay.%s [10.40.2.7]) by\n journal.%s (Postfix) with ESMTP id %s;' % (DOM, DOM, DOM, rHEX(9)),
            'from scan-02.%s (scan-02.%s [10.40.0.30])\n\tby mailgw01.%s (Postfix) with ESMTP id %s;' % (DOM, DOM, DOM, rHEX(10)),
            'from mailgw01.%s (localhost [127.0.0.1])\n\tby scan-02.%s (Postfix) with ESMTP id %s;' % (DOM, DOM, rHEX(10)),
        ]
    else:
        raise ValueError(route)
    seq = seq[:n]
    for s in seq:
        ds = format_datetime(t).replace('-0000', '+0000')
        hops.append(s + (' ' if route == 'm365' else '\n\t') + ds)
        t += datetime.timedelta(seconds=R.randint(0, 3), microseconds=R.randint(0, 999999))
    hops.reverse()
    return ['Received: ' + h for h in hops]


def dkim(d=DOM, s='selector1', h='From:Date:Subject:Message-ID:Content-Type:MIME-Version'):
    tag('dkim')
    return ('DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=%s;\n h=%s;\n bh=%s;\n b=%s'
            % (d, s, h, rb64(32), fold_b64(rb64(256), 58, 72, ' ')))


def arc(d=DOM):
    tag('arc')
    return ['ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b=%s' % fold_b64(rb64(256), 62, 72, ' '),
            'ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector10001;\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0;\n bh=%s;\n b=%s' % (rb64(32), fold_b64(rb64(256), 62, 72, ' ')),
            'ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=pass\n smtp.mailfrom=%s; dmarc=pass action=none header.from=%s;\n dkim=pass header.d=%s; arc=none' % (d, d, d)]


def authres(d=DOM, host='mx1.' + DOM):
    tag('auth-results')
    return ('Authentication-Results: %s;\n\tdkim=pass (2048-bit key; unprotected) header.d=%s header.i=@%s header.a=rsa-sha256 header.s=selector1 header.b=%s;\n\tspf=pass (%s: domain of %s designates 40.107.22.%d as permitted sender) smtp.mailfrom=%s;\n\tdmarc=pass (p=quarantine dis=none) header.from=%s'
            % (host, d, d, ralnum(8), host, d, R.randint(2, 250), d, d))


# ---------------------------------------------------------------- message ids
def mid(style, local_dom=DOM):
    if style in ('outlook', 'outlook-nam', 'outlook-sam'):
        h = m365_host({'outlook': 'eur', 'outlook-nam': 'nam', 'outlook-sam': 'sam'}[style])
        return '<%s%s@%s>' % (h.split('.')[0], rHEX(20), h)
    if style == 'gmail':
        return '<CA%s%s@mail.gmail.com>' % (ralnum(6), ralnum(40, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_+-='))
    if style == 'apple':
        return '<%s-%s-%s-%s-%s@%s>' % (rHEX(8), rHEX(4), rHEX(4), rHEX(4), rHEX(12), local_dom)
    if style == 'thunderbird':
        return '<%s-%s-%s-%s-%s@%s>' % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12), local_dom)
    if style == 'postfix':
        return '<%s.%s@%s>' % (datetime.datetime(2026, 3, 1).strftime('%Y%m%d'), rHEX(12), local_dom)
    if style == 'bare':     # without angle brackets
        tag('message-id-no-brackets')
        return '%s.%s@%s' % (rhex(16), rhex(8), local_dom)
    if style == 'none':
        tag('no-message-id')
        return None
    return '<%s@%s>' % (rhex(24), local_dom)


CLIENT_HDRS = {
    'outlook': lambda lang: ['Thread-Topic: {topic}', 'Thread-Index: ' + rb64(22).rstrip('='),
                             'Accept-Language: %s, en-US' % lang, 'Content-Language: %s' % lang,
                             'X-MS-Has-Attach: {att}', 'X-MS-TNEF-Correlator:', 'msip_labels:'],
    'outlook-desktop': lambda lang: ['X-Mailer: Microsoft Outlook 16.0', 'Thread-Index: ' + rb64(22).rstrip('='),
                                     'Content-Language: %s' % lang],
    'gmail': lambda lang: [],
    'apple': lambda lang: ['X-Mailer: Apple Mail (2.3826.400.131.1.6)'],
    'iphone': lambda lang: ['X-Mailer: iPhone Mail (22D82)'],
    'thunderbird': lambda lang: ['User-Agent: Mozilla Thunderbird'],
    'android-outlook': lambda lang: ['X-Mailer: Outlook for Android'],
    'samsung': lambda lang: ['X-Mailer: Samsung Mail'],
    'none': lambda lang: [],
}


def msg(frm, subject, dt, ent, *, to=HELP, cc=None, msgid='outlook', client='outlook', lang='en-US',
        received=0, route='m365', region='eur', dkim_sig=False, arc_sig=False, auth=False, extra=(),
        crlf=False, date_style='std', in_reply_to=None, topic=None, pre=(), helo=None, return_path=None,
        mime_version=True, order='std', sender_ip=None):
    """Assemble a whole message. frm/subject may be str or bytes."""
    L = []
    rp = return_path
    if rp is None:
        f = frm if isinstance(frm, str) else frm.decode('latin-1')
        rp = '<' + f.split('<')[-1].rstrip('>') + '>' if '<' in f else '<%s>' % f
    L.append(H('Return-Path', rp))
    L += [x.encode() if isinstance(x, str) else x for x in pre]
    if received:
        L += [x.encode() for x in received_chain(received, dt, route, region, sender_ip, helo, rp.strip('<>') or 'MAILER-DAEMON')]
    if auth:
        L.append(authres().encode())
    if arc_sig:
        L += [x.encode() for x in arc()]
    if dkim_sig:
        L.append(dkim().encode())
    top = []
    top.append(H('From', frm))
    top.append(H('To', to))
    if cc:
        top.append(H('CC' if client.startswith('outlook') else 'Cc', cc))
    top.append(H('Subject', subject))
    top.append(H('Date', datestr(dt, date_style)))
    m = mid(msgid) if msgid in ('outlook', 'outlook-nam', 'outlook-sam', 'gmail', 'apple', 'thunderbird', 'postfix', 'bare', 'none', 'rand') else msgid
    if m:
        top.append(H('Message-ID', m))
    if in_reply_to:
        top.append(H('In-Reply-To', in_reply_to))
        top.append(H('References', in_reply_to))
    if order == 'outlook':
        top = [top[0], top[1]] + ([top[2]] if cc else []) + top[(3 if cc else 2):]
    ch = []
    has_att = b'Content-Disposition: attachment' in ent.body
    t_topic = topic if topic is not None else subject
    if isinstance(t_topic, str):
        t_topic = t_topic.encode('ascii')
    for p in (b'RE: ', b'Re: ', b'AW: ', b'WG: ', b'TR: ', b'RV: ', b'FW: ', b'Fwd: ', b'RES: ', b'ENC: ', b'Fw: '):
        if t_topic.startswith(p):
            t_topic = t_topic[len(p):]
    for x in CLIENT_HDRS[client](lang):
        x = x.replace('{att}', 'yes' if has_att else 'no')
        if '{topic}' in x:
            ch.append(b'Thread-Topic: ' + t_topic)
            continue
        ch.append(x.encode())
    ex = [x.encode() if isinstance(x, str) else x for x in extra]
    mv = [b'MIME-Version: 1.0'] if mime_version else []
    if client.startswith('outlook'):
        hdr = L + top + ch + ex + ent.headers + mv
    else:
        hdr = L + top + mv + ch + ex + ent.headers
    data = b'\n'.join(hdr) + b'\n\n' + ent.body
    if crlf:
        tag('crlf')
        data = data.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    return data


# ---------------------------------------------------------------- signature / disclaimer snippets
DISC_DE = '''Larkspur Labs GmbH | Sitz der Gesellschaft: Berlin | Registergericht: Amtsgericht Charlottenburg, HRB 219874 B
Geschäftsführung: Dr. Ingrid Vossberg, Paul Okafor

Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser E-Mail sind nicht gestattet.
This e-mail may contain confidential and/or privileged information. If you are not the intended recipient (or have received this e-mail in error) please notify the sender immediately and destroy this e-mail. Any unauthorised copying, disclosure or distribution of the material in this e-mail is strictly forbidden.'''

DISC_FR = '''Larkspur Labs France SAS – 27 quai Rambaud, 69002 Lyon – RCS Lyon 882 417 309

Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires. Toute utilisation ou diffusion non autorisée est interdite. Si vous avez reçu ce message par erreur, merci d'en avertir immédiatement l'expéditeur et de le détruire. Larkspur Labs décline toute responsabilité au titre de ce message s'il a été altéré, déformé ou falsifié.
This message and any attachments are CONFIDENTIAL and intended solely for the addressees. If you have received this message in error, please notify the sender immediately and delete it.'''

DISC_ES = '''AVISO DE CONFIDENCIALIDAD: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario y pueden contener información CONFIDENCIAL sometida a secreto profesional. Si usted no es el destinatario indicado, queda notificado de que la lectura, utilización, divulgación y/o copia sin autorización está prohibida. Si ha recibido este mensaje por error, le rogamos que nos lo comunique inmediatamente por esta misma vía y proceda a su destrucción.
Protección de datos: Larkspur Labs Spain, S.L. trata sus datos para gestionar la relación profesional. Puede ejercer sus derechos en privacy@larkspur-labs.com.'''

DISC_MX = '''AVISO DE PRIVACIDAD Y CONFIDENCIALIDAD: La información contenida en este correo es CONFIDENCIAL y para uso exclusivo del destinatario. Si usted recibió este mensaje por error, notifique inmediatamente al remitente y elimínelo de su sistema. Larkspur Labs México, S. de R.L. de C.V., Av. Paseo de la Reforma 296, Piso 18, Col. Juárez, Cuauhtémoc, 06600 Ciudad de México. Consulte nuestro aviso de privacidad en larkspur-labs.com/mx/privacidad.'''

DISC_BR = '''AVISO DE CONFIDENCIALIDADE: Esta mensagem e seus anexos podem conter informações CONFIDENCIAIS e/ou privilegiadas. Se você não for o destinatário ou a pessoa autorizada a recebê-la, não pode usar, copiar ou divulgar as informações nela contidas. Caso tenha recebido esta mensagem por erro, avise imediatamente o remetente e apague-a.
Larkspur Labs Tecnologia do Brasil Ltda. – Av. Brigadeiro Faria Lima, 3477 – 14º andar – São Paulo/SP'''

DISC_PT = '''Esta mensagem e quaisquer ficheiros anexos são CONFIDENCIAIS e destinam-se exclusivamente ao(s) destinatário(s) indicado(s). Se recebeu esta mensagem por erro, por favor notifique de imediato o remetente e elimine-a do seu sistema. É proibida a divulgação, cópia ou utilização não autorizada.
Larkspur Labs Portugal, Unipessoal Lda. · Avenida da Liberdade 110, 1269-046 Lisboa · NIPC 516 204 881
Antes de imprimir este e-mail pense bem se tem mesmo de o fazer.'''

DISC_EN = '''CONFIDENTIALITY NOTICE: This e-mail and any attachments are CONFIDENTIAL and may be legally privileged. If you are not the intended recipient, please notify the sender immediately, delete it and do not copy or disclose it. Larkspur Labs will never ask you to make URGENT changes to payment details by e-mail; if you receive such a request, report it to security@larkspur-labs.com.
Larkspur Labs Ltd, registered in England and Wales no. 11874402, 1 Finsbury Avenue, London EC2M 2PF.'''

MESSAGES = []


def add(cat, actions, article, lang, fmt, notes, raw):
    fmt_tags = [t for t in fmt.split(';') if t] + [t for t in TAGS if t not in fmt.split(';')]
    MESSAGES.append(dict(category=cat, actions=actions, article=article, language=lang,
                         format=';'.join(fmt_tags), notes=notes, raw=raw))
    TAGS.clear()


# ---------------------------------------------------------------- body helpers
def ob(kind='000'):
    return '_%s_%s%s_' % (kind, m365_host('eur').split('.')[0], rHEX(24))


def outlook_only(txt, lang='DE', cs='windows-1252', cte='quoted-printable'):
    tag('outlook-html-only')
    return text(outlook_html(txt, cs, lang), 'html', cs, cte)


def outlook_alt(txt, lang='DE', cs='utf-8', cte='quoted-printable', plain_cs=None):
    b = ob('000')
    return multipart('alternative', [text(txt, 'plain', plain_cs or cs, cte),
                                     text(outlook_html(txt, cs, lang), 'html', cs, cte)], boundary=b)


def gmail_alt(txt, cte='quoted-printable'):
    tag('gmail')
    b = '000000000000' + rhex(16)
    return multipart('alternative', [text(txt, 'plain', 'utf-8', cte, csname='"UTF-8"'),
                                     text(gmail_html(txt), 'html', 'utf-8', cte, csname='"UTF-8"')], boundary=b)


def apple_alt(txt, cte='quoted-printable'):
    tag('apple-mail')
    b = 'Apple-Mail=_%s-%s-%s-%s-%s' % (rHEX(8), rHEX(4), rHEX(4), rHEX(4), rHEX(12))
    return multipart('alternative', [text(txt, 'plain', 'utf-8', cte, csname='utf-8'),
                                     text(apple_html(txt), 'html', 'utf-8', cte, csname='utf-8')], boundary=b)


def plain(txt, cs='utf-8', cte='quoted-printable', csname=None, flowed=False):
    return text(txt, 'plain', cs, cte, csname=csname, flowed=flowed)


def flow(txt, width=72):
    """format=flowed wrapping: soft line breaks end in a space."""
    out = []
    for para in txt.split('\n'):
        if len(para) <= width or para.startswith('>'):
            out.append(para)
            continue
        words = para.split(' ')
        cur = ''
        lines = []
        for w in words:
            if cur and len(cur) + len(w) + 1 > width:
                lines.append(cur + ' ')
                cur = w
            else:
                cur = cur + ' ' + w if cur else w
        lines.append(cur)
        out.extend(lines)
    return '\n'.join(out)


def mixed(first, *atts, boundary=None):
    return multipart('mixed', [first] + list(atts), boundary=boundary)


# =====================================================================
# GERMAN (15)
# =====================================================================

SIG_JONAS = '''--
Jonas Weißenfels
Recruiting Coordinator DACH
Larkspur Labs GmbH
Rosenthaler Straße 40/41 · 10178 Berlin
T +49 30 5557 2210 · M +49 151 5550 7731
jonas.weissenfels@larkspur-labs.com · www.larkspur-labs.com

''' + DISC_DE

# DE-Q1 support-hours, asked without the word "hours"/"Zeiten"
dt = when(2026, 3, 18, 16, 42, 'Europe/Berlin')
t = '''Hallo zusammen,

wir machen am Samstag, 21.03., den Backend Hiring Day in Berlin – 14 Kandidat:innen, alles über GoodTime eingeplant, erster Slot um 08:30.

Falls da morgens früh etwas klemmt (Links, Räume, irgendwas mit den Einladungen): Kann ich mich dann direkt bei GoodTime melden, oder ist da am Wochenende niemand und wir müssen bis Montag improvisieren? Und wenn da jemand ist – wie erreiche ich die am schnellsten?

Danke & viele Grüße
Jonas

''' + SIG_JONAS
add('question', 'auto_reply', 'support-hours', 'de', 'long-signature;legal-disclaimer', 'weekend reachability without saying hours',
    msg(addr('Weißenfels, Jonas', 'jonas.weissenfels', 'raw', 'windows-1252', quote=True),
        subj('Samstag Hiring Day – erreichen wir da überhaupt jemanden bei GoodTime?', 'raw', 'windows-1252'),
        dt, outlook_only(t, 'DE'), client='outlook', lang='de-DE', received=7, route='local', helo='mail.ber',
        dkim_sig=True, auth=True, crlf=True))

# DE-Q2 contact-csm without the letters CSM
dt = when(2026, 3, 12, 8, 5, 'Europe/Berlin')
t = '''Liebes Helpline-Team,

nach unserem Quartals-Review würde ich gern mit GoodTime einmal grundsätzlicher sprechen – wie andere Kunden ihre Hiring Days organisieren und wie wir die Engineering-Loops in Berlin und Dublin vereinheitlichen könnten.

Soweit ich weiß, gibt es bei GoodTime eine feste Betreuerin bzw. einen festen Betreuer für unseren Account. Leider finde ich in meinen Unterlagen weder Namen noch Kontaktdaten. Wie komme ich am schnellsten an einen Termin mit dieser Person?

Beste Grüße
Ulrike Stäheli

--
Dr. Ulrike Stäheli
Head of People DACH
Larkspur Labs GmbH | Rosenthaler Straße 40/41 | 10178 Berlin
Mobil: +49 160 5550 1932
ulrike.staeheli@larkspur-labs.com

Bitte beachten Sie: Ich arbeite in Teilzeit und bin freitags nicht erreichbar.

''' + DISC_DE
add('question', 'auto_reply', 'contact-csm', 'de', 'long-signature;legal-disclaimer', 'asks for account contact without saying CSM',
    msg(addr('Stäheli, Ulrike Dr.', 'ulrike.staeheli', 'q', 'iso-8859-1'),
        subj('Ansprechpartnerin bei GoodTime für größere Themen?', 'q', 'iso-8859-1'),
        dt, outlook_alt(t, 'DE', cs='iso-8859-1'), client='outlook', lang='de-DE', received=8,
        dkim_sig=True, arc_sig=True, auth=True))

# DE-Q3 reschedule-interview, reply on top of an unrelated Outlook thread
dt = when(2026, 3, 10, 13, 27, 'Europe/Berlin')
t = '''Hi,

kurze Zwischenfrage, passt nicht ganz zum Thread, sorry: Ein Kandidat (Senior Data Engineer) hat mich gebeten, sein Zweitgespräch von Donnerstag auf nächste Woche zu schieben. Darf ich den Termin einfach in meinem Outlook-Kalender verschieben, oder muss das über GoodTime laufen? Ich will nicht, dass die Interviewer am Ende zwei Einladungen haben oder der Teams-Link nicht mehr passt.

PS: Danke nochmal für die Einführung letzte Woche, war echt hilfreich!

Gruß
Anja

Anja Schröder | Senior Recruiterin Tech | Larkspur Labs GmbH | Berlin

________________________________
Von: Böhm, Katrin <katrin.boehm@larkspur-labs.com>
Gesendet: Montag, 9. März 2026 11:02
An: DL-Recruiting-DACH <dl-recruiting-dach@larkspur-labs.com>; GoodTime Helpline <helpline@larkspur-labs.com>
Betreff: Agenda Recruiting-Offsite 26.03.

Hallo zusammen,

anbei der erste Entwurf der Agenda für unser Offsite am 26.03. in Potsdam. Bitte bis Freitag Feedback, insbesondere zu den Slots am Nachmittag (Employer Branding / Sourcing-Strategie 2026).

Das Hotel ist gebucht, Anreise bitte individuell mit der Bahn. Die GoodTime-Helpline habe ich in Kopie, weil wir am Nachmittag 30 Minuten für Fragen zum Tool eingeplant haben.

Viele Grüße
Katrin
'''
add('question', 'auto_reply', 'reschedule-interview', 'de', 'reply-on-top;outlook-reply-block;unrelated-quoted-thread;two-topics;misleading-subject', 'move interview in Outlook or GoodTime',
    msg(addr('Schröder, Anja', 'anja.schroeder', 'q', 'utf-8'), 'AW: Agenda Recruiting-Offsite 26.03.',
        dt, outlook_alt(t, 'DE'), client='outlook', lang='de-DE', received=6, auth=True,
        in_reply_to=mid('outlook')))

# DE-Q4 interviewer-training (Apple Mail, raw UTF-8 From/Subject, base64)
dt = when(2026, 3, 24, 21, 14, 'Europe/Berlin')
t = '''Hallo,

bei uns im Platform-Team fängt am 1.4. ein neuer Senior an (Felix Brandt). Er soll mittelfristig bei den System-Design-Interviews mitmachen, aber natürlich nicht gleich allein. Die Idee wäre: erst ein paarmal dabeisitzen und zuhören, dann selbst führen, während jemand Erfahrenes zuschaut, und irgendwann allein.

Kann GoodTime so etwas abbilden oder muss ich das als Hiring Manager über die Einladungen selbst steuern? Und wer legt fest, wie viele Runden man jeweils braucht?

Viele Grüße
Matthias

Matthias Krüger
Engineering Manager, Platform
Larkspur Labs · Berlin
'''
add('question', 'auto_reply', 'interviewer-training', 'de', 'apple-mail;evening', 'shadow then reverse shadow without naming it',
    msg(addr('Matthias Krüger', 'matthias.krueger', 'raw', 'utf-8'),
        subj('Neuer Kollege – erst zuschauen, dann selbst interviewen?', 'raw', 'utf-8'),
        dt, plain(t, 'utf-8', 'base64', csname='utf-8'), client='apple', msgid='apple', received=5, route='local', helo='mail.ber'))

# DE-Q5 chat-bubble (B-encoded subject split mid-word)
dt = when(2026, 2, 26, 9, 51, 'Europe/Berlin')
t = '''Hey ihr,

kurze Frage: In der Einarbeitung hieß es, bei Problemen soll ich „einfach unten rechts im Chat" bei GoodTime nachfragen. Ich sehe da aber nichts. Ich bin auf app.goodtime.io, da ist nur das Anmeldefenster mit dem SSO-Button, sonst nichts. Muss man den Chat irgendwo freischalten lassen oder bin ich einfach blind? 🙈

LG Lena

--
Lena Hoffmann
Sourcerin Tech · Larkspur Labs Berlin
'''
add('question', 'auto_reply', 'chat-bubble', 'de', 'gmail', 'cannot see chat on login page',
    msg(addr('Lena Hoffmann', 'lena.hoffmann'), subj('Wo finde ich den Chat? (GoodTime Support)', 'b', 'utf-8', split_at=[16]),
        dt, gmail_alt(t), client='gmail', msgid='gmail', received=6, route='gws', dkim_sig=True, auth=True))

# DE-Q6 room-booking (Outlook HTML only + PNG screenshot)
dt = when(2026, 3, 16, 10, 38, 'Europe/Berlin')
t = '''Hallo Helpline,

ich plane für unseren CTO die Finalrunden mit drei Kandidaten vor Ort in Berlin (KW 14). Bisher buche ich die Besprechungsräume immer separat in Outlook nach, sobald GoodTime passende Zeiten gefunden hat.

Geht das auch in einem Schritt, also dass GoodTime gleich einen passenden Raum mitreserviert? Und falls ja: Unser großer Raum „Spree" (4. OG) taucht bei mir in GoodTime nirgends auf – Screenshot anbei. Liegt das an meinen Einstellungen?

Herzlichen Dank und viele Grüße
Sabine Große

--
Sabine Große
Executive Assistant to the CTO
Larkspur Labs GmbH
Rosenthaler Straße 40/41 · 10178 Berlin
T +49 30 5557 2001
sabine.grosse@larkspur-labs.com

''' + DISC_DE
add('question', 'auto_reply', 'room-booking', 'de', 'attachment;long-signature;legal-disclaimer', 'book room with interview; room missing',
    msg(addr('Große, Sabine', 'sabine.grosse', 'q', 'iso-8859-1'), 'Raum fuer Vor-Ort-Gespraeche direkt mitbuchen?',
        dt, mixed(outlook_only(t, 'DE'), attach('image/png', png(180, 100, 6), 'image001.png', disp='attachment'), boundary=ob('004')),
        client='outlook', lang='de-DE', received=7, dkim_sig=True, auth=True))

# DE-Q7 no article: works council asks about data retention / hosting (base64 iso-8859-1)
dt = when(2026, 3, 19, 17, 58, 'Europe/Berlin')
t = '''Hallo liebes GoodTime-Projektteam,

unser Betriebsrat in Berlin bereitet gerade die Betriebsvereinbarung zu den HR-Tools vor und hat zu GoodTime zwei konkrete Fragen, die ich leider nicht beantworten kann:

1. Wie lange speichert GoodTime die Kalenderdaten (Frei/Gebucht) der Interviewer, und werden dabei auch Termininhalte wie Betreff oder Teilnehmer gespeichert?
2. Wo werden die Daten gehostet – in der EU oder in den USA?

Gibt es dazu ein Dokument, das ich weitergeben kann? Die nächste Sitzung ist am 2. April.

Vielen Dank und beste Grüße
Katrin Böhm

--
Katrin Böhm
HR Business Partner Engineering DACH
Larkspur Labs GmbH · Berlin
T +49 30 5557 2140

''' + DISC_DE
add('question', 'forward_support', 'none', 'de', 'long-signature;legal-disclaimer', 'works council: retention and hosting',
    msg(addr('Böhm, Katrin', 'katrin.boehm', 'q', 'iso-8859-1'), subj('Anfrage Betriebsrat: Speicherdauer Kalenderdaten / Hosting', 'ascii'),
        dt, plain(t, 'iso-8859-1', 'base64'), client='outlook-desktop', msgid='rand', lang='de-DE', received=5, route='local', helo='mail.ber'))

# DE-B1 high-impact bug: calendar sync broken for whole Berlin office, recurring
dt = when(2026, 3, 18, 8, 12, 'Europe/Berlin')
t = '''Hallo Helpline-Team,

seit Montagmorgen zeigt GoodTime für praktisch alle Interviewer aus dem Berliner Büro (ca. 60 Personen) die Kalender als komplett frei an. Termine, die in Outlook eindeutig als „Gebucht" drinstehen, werden ignoriert – GoodTime schlägt deshalb Slots vor, in denen die Leute längst in anderen Meetings sitzen. Gestern sind dadurch 9 Interviews auf belegte Zeiten gelegt worden.

Genau das hatten wir schon Mitte Februar (GoodTime-Ticket #47716) und Anfang März (#49102). Beide Male hieß es, es sei behoben. Einzelne Kolleg:innen haben ihren Kalender in GoodTime neu verbunden – ohne Effekt.

Dublin und London laufen normal, betroffen ist nur Berlin. Bitte gebt das mit Nachdruck an GoodTime weiter. Bis auf Weiteres planen wir in Berlin wieder manuell.

Beispiel: tobias.maier@larkspur-labs.com, 17.03. 10:00–11:00 „Architecture Review" (gebucht) – GoodTime hat um 10:00 ein Interview angesetzt.

Danke
Marco Hellwig
Recruiting Operations DACH
'''
add('bug', 'forward_support+flag_csm', '', 'de', 'outlook-html-only;high-impact;recurring', 'Berlin calendars all free, recurring after two tickets',
    msg(addr('Hellwig, Marco', 'marco.hellwig', quote=True), subj('Kalender-Sync Berlin: GoodTime ignoriert belegte Termine (schon wieder)', 'q', 'utf-8'),
        dt, outlook_only(t, 'DE', cs='utf-8'), client='outlook', lang='de-DE', received=9, dkim_sig=True, arc_sig=True, auth=True))

# DE-B2 ATS sync: candidate missing, forwarded with Ursprüngliche Nachricht
dt = when(2026, 3, 11, 9, 20, 'Europe/Berlin')
t = '''Hallo,

s. unten – der Kandidat hängt. Ich habe ihn gestern um 15 Uhr in Greenhouse in die Stage „Onsite Interview" geschoben, in GoodTime taucht er bis jetzt nicht auf (andere Kandidaten aus derselben Stelle schon). Habe mehrfach neu geladen und mich ab- und wieder angemeldet.

Candidate-ID 48817203, Job „Senior Backend Engineer (Payments)" 4410092.

Kann das bitte jemand anschauen?
Danke, Anja

-----Ursprüngliche Nachricht-----
Von: Krüger, Matthias <matthias.krueger@larkspur-labs.com>
Gesendet: Mittwoch, 11. März 2026 08:47
An: Schröder, Anja <anja.schroeder@larkspur-labs.com>
Betreff: Onsite Kandidat Payments

Hi Anja,
wann können wir den Onsite mit Herrn Yılmaz machen? Das Team wartet schon, und er hat noch ein zweites Angebot.
Gruß, Matthias
'''
add('bug', 'forward_support', '', 'de', 'forwarded;original-message-block', 'candidate moved in ATS not in GoodTime',
    msg(addr('Schröder, Anja', 'anja.schroeder', 'q', 'utf-8'), 'WG: Onsite Kandidat Payments',
        dt, outlook_alt(t, 'DE'), client='outlook', lang='de-DE', received=6, dkim_sig=True))

# DE-X1 blocker: candidate at reception, interviewers have no invite
dt = when(2026, 3, 13, 10, 4, 'Europe/Berlin')
t = '''Kandidatin für 10:00 (Produktdesign, Frau Akın) sitzt seit 5 Min am Empfang. Laut GoodTime ist das Interview mit Tobias Maier und Julia Renner geplant, aber beide haben KEINE Einladung im Kalender und wussten nichts davon. In GoodTime steht „Einladungen versendet". Wer kann jetzt sofort helfen?? Ich suche parallel jemanden aus dem Team.

Jonas

Von meinem iPhone gesendet'''
add('scheduling_blocker', 'forward_support', '', 'de', 'mobile-signature;caps', 'candidate in lobby, interviewers not invited',
    msg(addr('Jonas Weißenfels', 'jonas.weissenfels', 'raw', 'utf-8'), subj('DRINGEND – Kandidatin am Empfang, Interviewer haben keine Einladung', 'raw', 'utf-8'),
        dt, plain(t, 'utf-8', 'quoted-printable', csname='utf-8'), client='iphone', msgid='apple', received=6, route='local', helo='mail.ber'))

# DE-F1 feature request: candidate e-mails in candidate's language
dt = when(2026, 3, 5, 15, 33, 'Europe/Berlin')
t = '''Hallo zusammen,

ein Wunsch aus dem DACH-Team, vielleicht könnt ihr den an GoodTime weitergeben:

Es wäre klasse, wenn GoodTime die Kandidaten-Mails (Einladung, Bestätigung, Erinnerung) automatisch in der Sprache des Kandidaten verschicken würde – bei uns also Deutsch oder Englisch, je nachdem, was im ATS hinterlegt ist. Aktuell pflegen wir doppelte Vorlagen und wählen jedes Mal von Hand aus. Das geht regelmäßig schief (Kandidat aus München bekommt englische Mail mit US-Datumsformat …).

Würde uns pro Woche sicher ein paar Stunden sparen und wirkt nach außen professioneller.

Danke und Gruß
Marco

--
Marco Hellwig
Recruiting Operations DACH
Larkspur Labs GmbH · Berlin
'''
add('feature_request', 'product_board_reply', '', 'de', '', 'candidate e-mails in candidate language',
    msg(addr('Hellwig, Marco', 'marco.hellwig', quote=True), subj('Verbesserungsvorschlag: Kandidaten-Mails automatisch zweisprachig', 'q', 'iso-8859-1'),
        dt, outlook_only(t, 'DE'), client='outlook', lang='de-DE', received=5, msgid='bare'))

# DE-F2 feature request via intranet form mailer
dt = when(2026, 3, 20, 11, 2, 'Europe/Berlin')
t = '''Neue Einreichung über das Formular „GoodTime – Ideen & Feedback"

Name:               Julia Renner
E-Mail:             julia.renner@larkspur-labs.com
Standort:           Berlin
Team:               Product Design
Art:                Verbesserungsvorschlag
Dringlichkeit:      niedrig

Beschreibung:
Als Interviewerin fände ich es hilfreich, wenn GoodTime mir vor dem Gespräch eine anonymisierte Kandidatenansicht zeigen könnte (ohne Foto, Name, Alter), um unbewusste Voreingenommenheit zu reduzieren. Den vollständigen Lebenslauf könnte man dann erst nach dem Interview freischalten. Andere Tools bieten das wohl schon an.

--
Diese Nachricht wurde automatisch vom Larkspur Intranet (Formular-ID 118) erzeugt.
Bitte nicht auf diese E-Mail antworten – Rückfragen direkt an die einreichende Person.
'''
add('feature_request', 'forward_support|needs_review', '', 'de', 'form-mailer;auto-submitted;no-reply-sender', 'anonymised candidate view idea via form',
    msg(addr('Larkspur Intranet Formulare', 'no-reply-forms'), subj('[Intranet-Formular] GoodTime – Ideen & Feedback: neue Einreichung (Julia Renner)', 'q', 'utf-8'),
        dt, plain(t, 'utf-8', '8bit'), client='none', msgid='none', received=5, route='local', helo='intranet-app01',
        extra=['Auto-Submitted: auto-generated', 'X-Auto-Response-Suppress: All', 'Reply-To: julia.renner@larkspur-labs.com',
               'X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)'],
        return_path='<bounce-forms@larkspur-labs.com>'))

# DE-E1 escalation + live fault: recurring missing Teams links, with winmail.dat
dt = when(2026, 3, 17, 9, 41, 'Europe/Berlin')
t = '''Sehr geehrtes Helpline-Team,

ich muss das Thema leider auf eine andere Ebene heben. Zum vierten Mal seit Ende Januar gehen GoodTime-Einladungen an Kandidat:innen ohne Teams-Link raus. Heute Vormittag betrifft es wieder drei Interviews (10:00, 11:30 und 14:00 Uhr, alle Berlin, Engineering). Die Kolleg:innen verschicken die Links gerade von Hand.

Die bisherigen Tickets (#45290, #47003, #49876) wurden jeweils geschlossen, ohne dass das Problem dauerhaft gelöst war. Für uns ist das inzwischen ein echtes Reputationsthema gegenüber den Kandidat:innen, und das Vertrauen des Teams in das Tool sinkt spürbar.

Ich bitte darum, dass
(1) das heutige Problem sofort mit dem GoodTime-Support geklärt wird und
(2) wir einen Termin mit unserer zuständigen Ansprechperson bei GoodTime bekommen, um Ursache und weiteres Vorgehen zu besprechen – gern mit Beteiligung unserer IT.

Mit freundlichen Grüßen

Dr. Ulrike Stäheli
Head of People DACH
Larkspur Labs GmbH | Rosenthaler Straße 40/41 | 10178 Berlin
Mobil: +49 160 5550 1932

''' + DISC_DE
add('escalation', 'flag_csm+forward_support', '', 'de', 'legal-disclaimer;recurring;live-fault', 'fourth time missing Teams links, 3 today',
    msg(addr('Stäheli, Ulrike Dr.', 'ulrike.staeheli', 'q', 'iso-8859-1'), subj('Eskalation: wiederholt fehlende Teams-Links in GoodTime-Einladungen', 'ascii'),
        dt, mixed(plain(t, 'iso-8859-1', 'quoted-printable'), attach('application/ms-tnef', tnef(3), 'winmail.dat'), boundary=ob('002')),
        client='outlook-desktop', lang='de-DE', received=7, dkim_sig=True, auth=True, crlf=True,
        extra=['X-MS-TNEF-Correlator: <%s@%s>' % (rHEX(30), m365_host('eur')), 'Importance: high', 'X-Priority: 1']))

# DE-N1 out-of-office with Auto-Submitted
dt = when(2026, 3, 23, 7, 2, 'Europe/Berlin')
t = '''Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 27.03.2026 nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an Julia Renner (julia.renner@larkspur-labs.com).

Thank you for your message. I am out of the office until 27 March 2026 with no access to e-mail. For urgent matters please contact Julia Renner.

Tobias Maier
'''
add('noise', 'ignore', '', 'de', 'out-of-office;auto-submitted', 'OOO auto-reply',
    msg(addr('Maier, Tobias', 'tobias.maier', quote=True), subj('Automatische Antwort: Rückfrage zu deiner Interviewer-Schulung', 'q', 'utf-8'),
        dt, outlook_alt(t, 'DE'), client='outlook', lang='de-DE', received=5,
        extra=['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All', 'X-MS-Exchange-Inbox-Rules-Loop: tobias.maier@larkspur-labs.com'],
        return_path='<>'))

# DE-N2 read receipt (MDN)
dt = when(2026, 3, 12, 15, 2, 'Europe/Berlin')
rep = '''Ihre Nachricht

  An: Hellwig, Marco
  Betreff: AW: Rückfrage Interviewer-Pools
  Gesendet: Donnerstag, 12. März 2026 14:20:11 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien

wurde am Donnerstag, 12. März 2026 15:02:47 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien gelesen.
'''
mdn = '''Reporting-UA: %s; Microsoft Exchange Server
Final-Recipient: rfc822;marco.hellwig@larkspur-labs.com
Original-Message-ID: %s
Disposition: automatic-action/MDN-sent-automatically; displayed
''' % (m365_host('eur'), mid('outlook'))
tag('read-receipt', 'multipart-report')
ent = multipart('report', [plain(rep, 'iso-8859-1', 'quoted-printable'),
                           Ent(['Content-Type: message/disposition-notification', 'Content-Transfer-Encoding: 7bit'], mdn.encode())],
                boundary=ob('000'), params=' report-type=disposition-notification;')
add('noise', 'ignore', '', 'de', 'read-receipt', 'read receipt',
    msg(addr('Hellwig, Marco', 'marco.hellwig', quote=True), subj('Gelesen: AW: Rückfrage Interviewer-Pools', 'b', 'iso-8859-1'),
        dt, ent, client='outlook', lang='de-DE', received=5, return_path='<>'))
# =====================================================================
# SPANISH (15)
# =====================================================================

# ES-Q1 self-scheduling-link, terse, iPhone, night in Mexico City
dt = when(2026, 3, 9, 21, 48, 'America/Mexico_City')
t = '''Hola! una pregunta rapida, como le mando al candidato una liga para que el mismo escoja el horario de su entrevista? es una llamada de 30 min con el gerente de ventas, no tiene caso estar mandando correos de ida y vuelta jaja

gracias!!

Enviado desde mi iPhone'''
add('question', 'auto_reply', 'self-scheduling-link', 'es', 'terse;no-accents;typos;mobile-signature;night', 'candidate picks own slot',
    msg(addr('Daniela Peña', 'daniela.pena', 'q', 'utf-8'), 'liga para que el candidato agende solo?',
        dt, plain(t, 'us-ascii', '7bit', csname='us-ascii'), client='iphone', msgid='apple', received=5, route='m365', region='nam'))

SIG_ALEJANDRO = '''Saludos cordiales,

Alejandro Guzmán Treviño
Director Comercial LATAM
Larkspur Labs México
Av. Paseo de la Reforma 296, Piso 18 · Col. Juárez · 06600 CDMX
Tel. +52 55 5550 4410 · Cel. +52 1 55 5550 8812

''' + DISC_MX

# ES-Q2 time-zones, Outlook HTML-only windows-1252, raw 1252 subject
dt = when(2026, 3, 3, 17, 6, 'America/Mexico_City')
t = '''Buenas tardes,

Estamos contratando un Account Executive para Colombia. Los candidatos están en Bogotá, yo hago la primera entrevista desde CDMX y la segunda es con Íñigo en Madrid. La semana pasada un candidato se conectó una hora antes porque entendió mal la hora del correo, y casi nos pasa lo mismo con Íñigo.

¿Cómo tengo que configurar las cosas en GoodTime para que cada quien vea la hora correcta en su propia zona? ¿Hay algo que deba revisar antes de mandar la invitación?

''' + SIG_ALEJANDRO
add('question', 'auto_reply', 'time-zones', 'es', 'long-signature;legal-disclaimer', 'Bogota/CDMX/Madrid times',
    msg(addr('Guzmán Treviño, Alejandro', 'alejandro.guzman', 'raw', 'windows-1252', quote=True),
        subj('Pregunta: entrevistas con candidatos en Bogotá – horarios México/Madrid', 'raw', 'windows-1252'),
        dt, outlook_only(t, 'ES-MX'), client='outlook', lang='es-MX', received=7, route='local', helo='mail.mex',
        dkim_sig=True, auth=True))

# ES-Q3 contact-support: is there a phone number?
dt = when(2026, 3, 4, 12, 19, 'Europe/Madrid')
t = '''Hola equipo,

¿Sabéis si GoodTime tiene un teléfono de soporte al que se pueda llamar? Sé que existe el chat, pero cuando estoy con varias cosas a la vez me resulta mucho más fácil explicar el problema hablando que escribiendo. Si no hay teléfono, ¿cuál es la forma más rápida de contactar con ellos?

Gracias,
Javier

--
Javier Muñoz
Tech Recruiter · Larkspur Labs Madrid
'''
add('question', 'auto_reply', 'contact-support', 'es', 'gmail', 'phone line for Support?',
    msg(addr('Javier Muñoz', 'javier.munoz', 'q', 'utf-8'), subj('¿Teléfono de soporte de GoodTime?', 'q', 'utf-8'),
        dt, gmail_alt(t), client='gmail', msgid='gmail', received=7, route='gws', dkim_sig=True, arc_sig=True, auth=True))

# ES-Q4 product-board, reply on top of unrelated Gmail thread
dt = when(2026, 3, 4, 10, 57, 'Europe/Madrid')
t = '''Perfecto, gracias por el cambio de sala.

Aprovecho para preguntaros otra cosa: llevo tiempo pensando que estaría muy bien que GoodTime permitiera reservar franjas para "entrevistas exprés" en los hiring days. ¿Dónde se proponen este tipo de cosas para que le lleguen al equipo de producto de GoodTime? ¿Hay algún sitio donde se vean también las ideas de otras empresas?

Un saludo,
Lucía

El mié, 4 mar 2026 a las 10:12, Helpline GoodTime (<helpline@larkspur-labs.com>) escribió:
> Hola Lucía,
>
> Te confirmo que la formación del jueves pasa a la sala Retiro (planta 3), de 10:00 a 11:30. El resto sigue igual.
>
> Un saludo,
> Equipo del proyecto GoodTime
'''
add('question', 'auto_reply', 'product-board', 'es', 'reply-on-top;on-wrote-quote;unrelated-quoted-thread', 'where to post ideas (mentions an idea)',
    msg(addr('Lucía Fernández Ortega', 'lucia.fernandez', 'b', 'utf-8'), subj('Re: Cambio de sala para la formación del jueves', 'q', 'utf-8'),
        dt, gmail_alt(t), client='gmail', msgid='gmail', received=6, route='gws', in_reply_to=mid('outlook')))

# ES-Q5 panel-interviews, rambling, question in third paragraph
dt = when(2026, 3, 20, 13, 45, 'Europe/Madrid')
t = '''Hola a todos:

Antes de nada, gracias por la sesión del martes sobre GoodTime; a varias personas del equipo de Madrid les vino genial y ya lo están usando para las primeras llamadas.

Os cuento el contexto: a partir de abril vamos a contratar tres Engineering Managers para el nuevo hub de Madrid y la fase final es bastante larga. El hiring manager quiere que el candidato haga el mismo día una entrevista técnica, una de system design, una con producto y una última con él, con una pausa para comer en medio. Hasta ahora lo montábamos a mano con Outlook y era un caos de cambios.

Mi duda es: ¿cómo se organiza en GoodTime un día así, con varias entrevistas seguidas y su descanso, sin tener que cuadrar cada hueco a mano? Y si no encontramos hueco para todos el mismo día, ¿qué alternativas tenemos?

Por cierto, el viernes estoy fuera, por si necesitáis algo de mí.

Un abrazo,
María José

María José Ibáñez Soler
HR Business Partner – Tecnología
Larkspur Labs Spain, S.L.
Paseo de la Castellana 81, planta 12 · 28046 Madrid
Tel. +34 91 555 3190 · Móvil +34 655 500 218
www.larkspur-labs.com

''' + DISC_ES
add('question', 'auto_reply', 'panel-interviews', 'es', 'rambling;long-signature;legal-disclaimer', 'multi-session onsite with lunch break',
    msg(addr('Ibáñez Soler, María José', 'mariajose.ibanez', 'q', 'iso-8859-1'), subj('Onsite de Engineering Managers en Madrid (varias entrevistas el mismo día)', 'q', 'utf-8'),
        dt, outlook_alt(t, 'ES'), client='outlook', lang='es-ES', received=8, dkim_sig=True, arc_sig=True, auth=True, crlf=True))

# ES-Q6 support-hours (base64 UTF-8, raw UTF-8 subject)
dt = when(2026, 3, 25, 18, 30, 'America/Mexico_City')
t = '''Hola,

Una duda: muchas de nuestras entrevistas con candidatos de ventas son tarde, a veces a las 7 u 8 de la noche hora CDMX, porque ellos trabajan todo el día. Si algo falla a esa hora, ¿hay alguien del soporte de GoodTime que conteste o solo atienden en horario de oficina de Estados Unidos? ¿Y los fines de semana?

Gracias!
Sofía

Sofía Castañeda
Recruiter · Larkspur Labs México
'''
add('question', 'auto_reply', 'support-hours', 'es', '', 'support at night in Mexico',
    msg(addr('Sofía Castañeda', 'sofia.castaneda', 'raw', 'utf-8'), subj('¿Soporte de GoodTime fuera de horario?', 'raw', 'utf-8'),
        dt, plain(t, 'utf-8', 'base64'), client='outlook', lang='es-MX', received=6, route='local', helo='mail.mex'))

# ES-Q7 no article: candidate e-mails in Spanish
dt = when(2026, 3, 6, 16, 12, 'Europe/Madrid')
t = '''Hola,

Una pregunta: los candidatos de Madrid reciben todos los correos de GoodTime (invitación, recordatorio...) en inglés. ¿Es posible mandarlos en español? ¿O depende de algo de nuestra configuración? Alguno me ha preguntado si el puesto requiere inglés nativo por eso, jeje.

Gracias,
Íñigo Arrieta
Staff Engineer · Madrid
'''
add('question', 'forward_support', 'none', 'es', 'thunderbird;format-flowed', 'can candidate e-mails be in Spanish',
    msg(addr('Íñigo Arrieta', 'inigo.arrieta', 'q', 'iso-8859-1'), 'Correos de GoodTime en ingles para candidatos de Madrid',
        dt, plain(flow(t), 'iso-8859-1', 'quoted-printable', flowed=True), client='thunderbird', msgid='thunderbird', received=5))

# ES-B1 high-impact bug: candidate received someone else's itinerary (privacy)
dt = when(2026, 3, 19, 9, 26, 'Europe/Madrid')
t = '''Hola,

Os escribo porque nos acaba de pasar algo serio. Un candidato de Customer Success (Pablo R.) nos ha reenviado esta mañana el correo de confirmación de GoodTime que recibió ayer, y el itinerario que incluye es el de OTRA candidata: su nombre, la hora, los entrevistadores y el enlace de Teams de su entrevista. Ella está en un proceso distinto (Marketing).

Hemos revisado y parece que al menos en otros dos casos de ayer por la tarde ha pasado lo mismo. Es una exposición de datos personales, así que ya lo he comunicado a nuestro DPO.

¿Podéis escalarlo a GoodTime con la máxima prioridad? Mientras tanto hemos dejado de enviar itinerarios desde GoodTime en Madrid.

Os adjunto el correo que nos reenvió el candidato (con los datos tapados).

Carmen

Carmen Villalobos
Talent Acquisition Lead – Iberia
Larkspur Labs Spain, S.L. · Madrid

''' + DISC_ES
add('bug', 'forward_support+flag_csm', '', 'es', 'high-impact;privacy;attachment;legal-disclaimer', 'candidate got another candidate itinerary',
    msg(addr('Villalobos, Carmen', 'carmen.villalobos', quote=True), subj('IMPORTANTE: un candidato ha recibido el itinerario de otra candidata', 'ascii'),
        dt, mixed(outlook_alt(t, 'ES'), attach('application/pdf', pdf(['Confirmacion reenviada por el candidato (datos tapados)', 'Interview itinerary - [REDACTED]', 'Wed 18 Mar 2026 16:00 CET', 'Interviewers: [REDACTED], [REDACTED]', 'Join Microsoft Teams meeting: [REDACTED]']), 'confirmacion_reenviada_tapada.pdf'), boundary=ob('004')),
        client='outlook', lang='es-ES', received=8, dkim_sig=True, auth=True, extra=['Importance: high']))

# ES-B2 bug: interviewer decline not reflected (+ small wish)
dt = when(2026, 3, 13, 10, 55, 'America/Mexico_City')
t = '''Hola, buen día

Creo que hay un problema con los rechazos: el entrevistador Rodrigo Salas rechazó la invitación de la entrevista del jueves 12 (desde su Outlook, le salió el aviso de "Rechazada"), pero en GoodTime sigue apareciendo como aceptado y a mí no me llegó ninguna notificación. Me di cuenta de chiripa porque él me lo comentó en el pasillo. Ya lo cambié a mano, pero me preocupa que pase con otros y no me entere.

Ojalá GoodTime también mandara un aviso por WhatsApp, pero bueno, eso es otro tema jaja.

Saludos,
Daniela

Daniela Peña
Recruiting Coordinator | Larkspur Labs México
'''
add('bug', 'forward_support', '', 'es', 'two-topics;android-outlook', 'decline not reflected in GoodTime',
    msg(addr('Daniela Peña', 'daniela.pena', 'b', 'utf-8'), subj('rechazo de entrevistador no aparece en GoodTime', 'ascii'),
        dt, plain(t + '\nObtener Outlook para Android\n', 'utf-8', 'quoted-printable'), client='android-outlook', msgid='outlook-nam',
        received=6, region='nam'))

# ES-X1 blocker: interview in 10 min, no Zoom link
dt = when(2026, 3, 26, 10, 51, 'America/Mexico_City')
t = '''La entrevista de Andrea Morales (SDR) es a las 11:00 y ni en la invitación de la candidata ni en la de los entrevistadores aparece la liga de Zoom, solo dice "Ubicación: por definir". Ya revisé en GoodTime y dice videollamada. ¿Me ayudan por favor? La candidata ya me escribió preguntando por el link.

Enviado desde mi iPhone'''
add('scheduling_blocker', 'forward_support', '', 'es', 'mobile-signature', 'interview in 10 min, no Zoom link',
    msg(addr('Sofía Castañeda', 'sofia.castaneda', 'q', 'utf-8'), subj('URGENTE – entrevista en 10 min y no hay liga de Zoom', 'q', 'utf-8'),
        dt, plain(t, 'utf-8', 'quoted-printable', csname='utf-8'), client='iphone', msgid='apple', received=5, region='nam',
        extra=['X-Priority: 1']))

# ES-X2 blocker: panel sessions cancelled by themselves, forwarded notice + .ics
dt = when(2026, 3, 17, 11, 31, 'Europe/Madrid')
t = '''¡¡Ayuda!! A dos de los entrevistadores del panel de las 12:00 les ha llegado esta cancelación de GoodTime, pero nadie ha cancelado nada. La candidata llega a la oficina en media hora. ¿Cómo lo recupero sin que a ella le llegue también una cancelación?

Lucía

-----Mensaje original-----
De: GoodTime <notifications@goodtime.io>
Enviado el: martes, 17 de marzo de 2026 11:21
Para: Arrieta, Íñigo <inigo.arrieta@larkspur-labs.com>
Asunto: Cancelled: Panel interview – Backend Engineer (Elena Ruiz)

This interview has been cancelled. You no longer need to attend.

Panel interview – Backend Engineer
Tuesday, 17 March 2026, 12:00 – 13:00 (CET)
Location: Madrid – Sala Retiro
'''
cal = ics('CANCEL', 'Panel interview – Backend Engineer (Elena Ruiz)', when(2026, 3, 17, 12, 0, 'Europe/Madrid', 0),
          when(2026, 3, 17, 13, 0, 'Europe/Madrid', 0), ('GoodTime', 'notifications@goodtime.io'),
          ('Arrieta, Íñigo', 'inigo.arrieta@larkspur-labs.com'), 'NEEDS-ACTION', location='Madrid - Sala Retiro')
add('scheduling_blocker', 'forward_support', '', 'es', 'forwarded;original-message-block;attachment', 'panel cancelled by itself, candidate arriving',
    msg(addr('Fernández Ortega, Lucía', 'lucia.fernandez', 'q', 'utf-8', quote=True), subj('RV: Cancelled: Panel interview – Backend Engineer (Elena Ruiz)', 'q', 'utf-8'),
        dt, mixed(outlook_alt(t, 'ES'), attach('text/calendar; charset="utf-8"; method=CANCEL', cal.encode(), 'invite.ics')),
        client='outlook', lang='es-ES', received=7, auth=True))

# ES-F1 feature request: see if candidate opened confirmation
dt = when(2026, 3, 27, 12, 8, 'Europe/Madrid')
t = '''Hola,

Os dejo una idea por si la podéis pasar a GoodTime: estaría genial poder ver en la ficha de la entrevista si el candidato ha abierto el correo de confirmación o el itinerario (aunque sea un check de "visto"). Muchas veces llamo al candidato solo para confirmar que le ha llegado, y con eso me ahorraría bastantes llamadas, sobre todo con perfiles junior que no miran mucho el correo.

¡Gracias!
Javier
'''
add('feature_request', 'product_board_reply', '', 'es', 'gmail', 'read tracking on confirmation e-mail',
    msg(addr('Javier Muñoz', 'javier.munoz', 'q', 'utf-8'), 'idea para GoodTime: saber si el candidato ha visto la confirmacion',
        dt, gmail_alt(t, cte='base64'), client='gmail', msgid='gmail', received=5, route='gws'))

# ES-E1 escalation: training for new Madrid team + hiring-day process advice, PDF attachment
dt = when(2026, 3, 9, 9, 3, 'Europe/Madrid')
t = '''Hola, equipo del proyecto:

Como sabéis, en el Q2 abrimos el hub de Madrid y el equipo de Talent Acquisition pasa de 3 a 11 personas (8 coordinadores y recruiters nuevos entre abril y mayo). Necesitamos dos cosas:

1. Una formación de GoodTime para todo el grupo nuevo, a ser posible en español y en directo, no solo los vídeos grabados. ¿Podéis organizarla con GoodTime?
2. Revisar con GoodTime cómo montar los hiring days que haremos cada mes (40-50 candidatos en un día). Con la configuración actual no llegamos, y querría que nos asesoren sobre el proceso antes de la primera edición en mayo.

Os adjunto el plan de contratación para que tengáis contexto. ¿Quién lo coordina con nuestro contacto en GoodTime?

Gracias,
Carmen

Carmen Villalobos
Talent Acquisition Lead – Iberia
Larkspur Labs Spain, S.L. · Madrid

''' + DISC_ES
add('escalation', 'flag_csm', '', 'es', 'attachment;legal-disclaimer', 'training for new team + hiring day process',
    msg(addr('Villalobos, Carmen', 'carmen.villalobos', quote=True), subj('Formación GoodTime para el nuevo equipo de Madrid + hiring days', 'q', 'iso-8859-1', split_at=[10, 30]),
        dt, mixed(outlook_alt(t, 'ES', cs='windows-1252'), attach('application/pdf', pdf(['Plan de contratacion Madrid - Q2/Q3 2026', 'Abril: 4 coordinadores, 2 recruiters', 'Mayo: 2 recruiters', 'Hiring days: 1 al mes, 40-50 candidatos', 'Confidencial - uso interno']), 'Plan_contratacion_Madrid_Q2.pdf'), boundary=ob('004')),
        client='outlook', lang='es-ES', received=6, dkim_sig=True, auth=True))

# ES-N1 out-of-office WITHOUT Auto-Submitted
dt = when(2026, 3, 30, 8, 0, 'Europe/Madrid')
t = '''Hola,

Estoy fuera de la oficina hasta el lunes 6 de abril (Semana Santa) con acceso limitado al correo. Para temas urgentes de entrevistas, escribe a Lucía Fernández (lucia.fernandez@larkspur-labs.com).

Un saludo,
Íñigo
'''
add('noise', 'ignore', '', 'es', 'out-of-office;no-auto-submitted', 'OOO without auto headers',
    msg(addr('Arrieta, Íñigo', 'inigo.arrieta', 'q', 'utf-8', quote=True), subj('Respuesta automática: Fuera de la oficina', 'q', 'utf-8'),
        dt, outlook_alt(t, 'ES'), client='outlook', lang='es-ES', received=5, msgid='none'))

# ES-N2 bare thanks on top of a quoted answer
dt = when(2026, 3, 10, 9, 41, 'America/Mexico_City')
t = '''¡Mil gracias, ya quedó! 🙌

Enviado desde mi iPhone

> El 10 mar 2026, a las 9:15, Helpline GoodTime <helpline@larkspur-labs.com> escribió:
> 
> Hola Daniela,
> 
> Desde la entrevista del candidato en GoodTime puedes enviarle un enlace para que él mismo elija el horario. Revisa el entrevistador, la duración y el rango de fechas antes de mandarlo.
> 
> Saludos,
> Equipo del proyecto GoodTime
'''
add('noise', 'ignore', '', 'es', 'bare-thanks;mobile-signature;quoted-thread', 'thanks, sorted',
    msg(addr('Daniela Peña', 'daniela.pena', 'q', 'utf-8'), 'Re: liga para que el candidato agende solo?',
        dt, plain(t, 'utf-8', 'quoted-printable', csname='utf-8'), client='iphone', msgid='apple', received=5, region='nam',
        in_reply_to=mid('outlook')))
# =====================================================================
# FRENCH (15)
# =====================================================================

# FR-Q1 escalation-path (Outlook HTML only, windows-1252, Q iso-8859-1 subject)
dt = when(2026, 3, 11, 14, 22, 'Europe/Paris')
t = '''Bonjour à tous,

Je prépare une fiche réflexe pour les trois chargées de recrutement qui arrivent à Lyon en avril. J'aimerais y mettre un petit schéma tout simple : quand elles ont un souci ou une question sur GoodTime, à qui doivent-elles s'adresser, et dans quel ordre ? Vous (la helpline), le support de GoodTime, notre interlocutrice chez GoodTime… Et pour les idées d'amélioration, où les envoyer ?

Si vous avez déjà un document de ce type, je suis preneuse, ça m'évitera de réinventer la roue.

Merci d'avance et belle journée,
Hélène

--
Hélène Garnier
HR Business Partner – France
Larkspur Labs France SAS
27 quai Rambaud · 69002 Lyon
Tél. : +33 4 55 50 21 90 · Mobile : +33 6 55 50 43 18

''' + DISC_FR
add('question', 'auto_reply', 'escalation-path', 'fr', 'long-signature;legal-disclaimer', 'who to contact in which order',
    msg(addr('Garnier, Hélène', 'helene.garnier', 'q', 'iso-8859-1', quote=True),
        subj('Fiche réflexe GoodTime pour les nouvelles recrues – qui contacter ?', 'q', 'utf-8'),
        dt, outlook_only(t, 'FR'), client='outlook', lang='fr-FR', received=8, dkim_sig=True, arc_sig=True, auth=True))

# FR-Q2 cancel-interview (iPhone, raw UTF-8 subject, 8bit)
dt = when(2026, 3, 16, 18, 47, 'Europe/Paris')
t = '''Salut,

Le candidat pour le poste de Data Analyst (entretien demain 14h) vient de m'appeler, il a accepté une autre offre. Je peux juste supprimer l'événement dans mon agenda Outlook ou il vaut mieux passer par GoodTime ? Je veux pas que les 3 interviewers restent bloqués pour rien, ni que le candidat reçoive un truc bizarre.

Merci !

Envoyé de mon iPhone'''
add('question', 'auto_reply', 'cancel-interview', 'fr', 'mobile-signature;8bit-body', 'candidate withdrew, delete in Outlook?',
    msg(addr('Théo Marchand', 'theo.marchand', 'raw', 'utf-8'), subj('Candidat qui se désiste – j’annule comment ?', 'raw', 'utf-8'),
        dt, plain(t, 'utf-8', '8bit', csname='utf-8'), client='iphone', msgid='apple', received=6, route='local', helo='mail.lyo'))

# FR-Q3 interviewer-decline (Gmail, Q iso-8859-1 split mid-word)
dt = when(2026, 3, 23, 11, 5, 'Europe/Paris')
t = '''Bonjour,

Pour l'onsite de jeudi (poste Product Manager, 4 entretiens à la suite), Nicolas vient de refuser l'invitation pour sa session de 11h : il sera finalement en déplacement. Le reste du jury est OK et la candidate a déjà posé sa journée, donc je ne veux surtout pas tout décaler.

Quelle est la bonne façon de faire dans GoodTime pour mettre quelqu'un d'autre à sa place ? Nicolas fait partie du groupe d'interviewers « Product Sense », si ça aide.

Merci beaucoup,
Camille
'''
add('question', 'auto_reply', 'interviewer-decline', 'fr', 'gmail', 'replace a declining panel member',
    msg(addr('Camille Lefèvre', 'camille.lefevre', 'q', 'iso-8859-1'),
        subj('Un membre du jury a décliné - comment le remplacer ?', 'q', 'iso-8859-1', split_at=[24]),
        dt, gmail_alt(t), client='gmail', msgid='gmail', received=6, route='gws', dkim_sig=True, auth=True))

# FR-Q4 contact-csm, forwarded request from the VP
dt = when(2026, 3, 10, 9, 14, 'Europe/Paris')
t = '''Bonjour,

Vincent souhaiterait faire un point d'une heure avec notre Customer Success Manager chez GoodTime (voir ci-dessous). Je n'ai pas ses coordonnées : comment puis-je lui trouver un créneau ?

Bien cordialement,
Aurélie

Aurélie Dubois-Péron
Assistante de direction – Engineering Europe
Larkspur Labs France SAS · Lyon
Tél. : +33 4 55 50 21 02

''' + DISC_FR + '''

De : Morel, Vincent <vincent.morel@larkspur-labs.com>
Envoyé : lundi 9 mars 2026 18:40
À : Dubois-Péron, Aurélie <aurelie.dubois-peron@larkspur-labs.com>
Objet : GoodTime

Aurélie, peux-tu me caler une heure avec la personne qui suit notre compte chez GoodTime, si possible avant fin mars ? Je veux parler de la montée en charge des recrutements tech à Lyon et Lisbonne. Merci. V.
'''
add('question', 'auto_reply', 'contact-csm', 'fr', 'forwarded;outlook-forward-block;legal-disclaimer', 'book time with CSM for VP',
    msg(addr('Dubois-Péron, Aurélie', 'aurelie.dubois-peron', 'q', 'utf-8', quote=True), 'TR: GoodTime',
        dt, outlook_alt(t, 'FR', cs='windows-1252'), client='outlook', lang='fr-FR', received=7, auth=True, crlf=True))

# FR-Q5 chat-bubble (base64 UTF-8, raw windows-1252 From)
dt = when(2026, 2, 24, 15, 40, 'Europe/Paris')
t = '''Bonjour,

On m'a dit plusieurs fois d'écrire « dans la bulle violette » pour contacter le support GoodTime, mais je ne la vois nulle part. Elle est censée être où exactement ? Et c'est pareil que d'envoyer un mail au support, ou c'est plus rapide ?

Merci,
Élodie

Élodie Faure – Sourceuse Tech – Lyon
'''
add('question', 'auto_reply', 'chat-bubble', 'fr', '', 'where is the purple bubble',
    msg(addr('Élodie Faure', 'elodie.faure', 'raw', 'windows-1252'), 'la bulle violette ??',
        dt, plain(t, 'utf-8', 'base64'), client='outlook-desktop', msgid='rand', lang='fr-FR', received=5, route='local', helo='mail.lyo'))

# FR-Q6 debrief-scheduling, reply on top of unrelated thread (Message d'origine)
dt = when(2026, 3, 5, 17, 36, 'Europe/Paris')
t = '''Bonjour,

Petite question GoodTime au passage (rien à voir avec le séminaire) : après l'onsite de la semaine prochaine, je voudrais réunir les quatre interviewers et la recruteuse pour un débrief le lendemain matin. Est-ce que GoodTime peut planifier ça comme un entretien, en trouvant un créneau où tout le monde est libre ? Et surtout, comment être sûr que le candidat ne reçoive pas l'invitation ?

Merci,
Benoît

Benoît Rousseau
Engineering Manager – Data Platform
Larkspur Labs France SAS · Lyon

-----Message d'origine-----
De : Girard, François <francois.girard@larkspur-labs.com>
Envoyé : jeudi 5 mars 2026 09:12
À : Rousseau, Benoît <benoit.rousseau@larkspur-labs.com>; DL-Data-Lyon <dl-data-lyon@larkspur-labs.com>; GoodTime Helpline <helpline@larkspur-labs.com>
Objet : Séminaire équipe Data – dates

Hello tout le monde,

Pour le séminaire de printemps, je propose le 14 ou le 21 mai à Annecy. Merci de voter dans le sondage avant vendredi.
(J'ai mis la helpline en copie pour qu'on bloque un créneau de formation GoodTime pendant le séminaire.)

François
'''
add('question', 'auto_reply', 'debrief-scheduling', 'fr', 'reply-on-top;original-message-block;unrelated-quoted-thread;misleading-subject', 'debrief without candidate invite',
    msg(addr('Rousseau, Benoît', 'benoit.rousseau', 'q', 'utf-8', quote=True), subj('RE: Séminaire équipe Data – dates', 'q', 'utf-8'),
        dt, outlook_alt(t, 'FR'), client='outlook', lang='fr-FR', received=6, dkim_sig=True, in_reply_to=mid('outlook')))

# FR-Q7 no article: travel expenses
dt = when(2026, 3, 12, 12, 31, 'Europe/Paris')
t = '''Bonjour,

Question peut-être naïve : est-ce que GoodTime peut gérer le remboursement des frais de déplacement des candidats (billet de train Paris–Lyon, nuit d'hôtel) ? Ou au moins garder une trace de qui a avancé quoi ? Aujourd'hui on fait ça par mail avec la compta et on perd des justificatifs.

Merci,

-- 
François Girard
Lead Data Engineer – Lyon
'''
add('question', 'forward_support', 'none', 'fr', 'thunderbird;format-flowed', 'candidate travel reimbursement',
    msg(addr('François Girard', 'francois.girard', 'q', 'utf-8'), subj('Frais de déplacement des candidats dans GoodTime ?', 'q', 'utf-8'),
        dt, plain(flow(t), 'utf-8', 'quoted-printable', flowed=True), client='thunderbird', msgid='bare', received=5))

# FR-B1 bug under misleading "Question rapide": self-scheduling offers 3am slots, PNG
dt = when(2026, 3, 24, 9, 48, 'Europe/Paris')
t = '''Bonjour,

Une candidate (à Lyon, donc même fuseau que nous) m'a envoyé une capture : le lien d'auto-planification que je lui ai envoyé hier lui propose des créneaux à 3h, 4h et 5h du matin. Côté GoodTime, les interviewers ont bien leurs horaires 9h–18h et le fuseau Europe/Paris. J'ai renvoyé un nouveau lien ce matin : même résultat.

Ce n'est pas urgent (l'entretien est à caler la semaine prochaine), mais je ne voudrais pas qu'elle choisisse un créneau à 4h du matin par erreur 😅

Capture ci-jointe.

Mathilde Perrin
Chargée de recrutement – Lyon
'''
add('bug', 'forward_support', '', 'fr', 'misleading-subject;attachment', 'self-scheduling link offers 3am slots',
    msg(addr('Perrin, Mathilde', 'mathilde.perrin', quote=True), 'Question rapide',
        dt, mixed(outlook_only(t, 'FR'), attach('image/png', png(200, 110, 11), 'Capture_ecran_2026-03-24_094112.png'), boundary=ob('004')),
        client='outlook', lang='fr-FR', received=6, auth=True))

# FR-X1 blocker: interview in 20 min, interviewer got nothing
dt = when(2026, 3, 25, 13, 41, 'Europe/Paris')
t = '''Bonjour, entretien à 14h (dans 20 min) avec un candidat DevOps : GoodTime indique que l'invitation a été envoyée à Julien Mercier, mais il n'a rien dans son agenda ni dans ses mails (même pas dans les spams). Le candidat, lui, a bien reçu son lien Teams. Comment je fais pour que Julien ait la réunion MAINTENANT ? Rappelez-moi au 06 55 50 12 34 si besoin.

Théo

Envoyé depuis Outlook pour Android'''
add('scheduling_blocker', 'forward_support', '', 'fr', 'mobile-signature;caps', 'interviewer without invite, 20 min',
    msg(addr('Marchand, Théo', 'theo.marchand', 'b', 'utf-8', quote=True), subj('URGENT - entretien 14h, l’interviewer n’a rien reçu', 'b', 'utf-8'),
        dt, plain(t, 'utf-8', 'base64'), client='android-outlook', msgid='outlook', received=5, extra=['Importance: high']))

# FR-X2 blocker: candidate waiting, confirmation 8h30 vs invites 9h30 (day after DST change)
dt = when(2026, 3, 30, 8, 34, 'Europe/Paris')
t = '''Bonjour,

J'ai la candidate au téléphone en ce moment : sa confirmation GoodTime indique 8h30, mais dans l'agenda des deux interviewers l'entretien est à 9h30. Elle est déjà connectée sur le lien et elle attend. Les interviewers disent 9h30. Qui a raison ?? Je dois lui répondre tout de suite : on la laisse attendre une heure ou je fais venir les interviewers maintenant ?

Camille
'''
add('scheduling_blocker', 'forward_support', '', 'fr', 'gmail;early-morning', 'candidate waiting, times differ by 1h',
    msg(addr('Camille Lefèvre', 'camille.lefevre', 'q', 'utf-8'), subj('Candidate en ligne MAINTENANT – 8h30 ou 9h30 ??', 'q', 'utf-8'),
        dt, gmail_alt(t), client='gmail', msgid='gmail', received=6, route='gws'))

# FR-F1 feature request: duplicate an onsite plan for another candidate
dt = when(2026, 3, 18, 16, 3, 'Europe/Paris')
t = '''Bonjour,

Une suggestion pour GoodTime, si vous pouvez la faire remonter : ce serait vraiment pratique de pouvoir « dupliquer » le planning d'un onsite déjà organisé pour un autre candidat du même poste (mêmes sessions, mêmes interviewers, même salle), en changeant juste la date. Quand on a 5 finalistes sur la même semaine, on refait cinq fois exactement la même chose.

Merci !
Mathilde
'''
add('feature_request', 'product_board_reply', '', 'fr', '', 'duplicate onsite for another candidate',
    msg(addr('Perrin, Mathilde', 'mathilde.perrin', quote=True), subj('Suggestion : dupliquer un planning d’onsite', 'q', 'utf-8'),
        dt, outlook_alt(t, 'FR'), client='outlook', lang='fr-FR', received=3))

# FR-F2 feature request under URGENT subject
dt = when(2026, 3, 2, 8, 15, 'Europe/Paris')
t = '''Bonjour,

Je mets URGENT parce que la direction me pose la question chaque lundi :)

Il nous manque dans GoodTime une vue d'ensemble « semaine » de tous les entretiens planifiés pour l'équipe de Lyon (tous recruteurs confondus), un peu comme un agenda partagé, avec des filtres par poste et par interviewer. Aujourd'hui je consolide tout ça à la main dans Excel à partir des agendas de chacun.

Est-ce que vous pourriez proposer cette évolution à GoodTime ? Je pense que Madrid et Lisbonne seraient intéressés aussi.

Hélène
'''
add('feature_request', 'product_board_reply', '', 'fr', 'misleading-subject;urgent-subject', 'weekly team view of interviews',
    msg(addr('Garnier, Hélène', 'helene.garnier', 'q', 'iso-8859-1', quote=True), subj('URGENT : vue d’ensemble des entretiens de l’équipe', 'q', 'utf-8'),
        dt, outlook_only(t, 'FR', cs='utf-8'), client='outlook', lang='fr-FR', received=7, dkim_sig=True, auth=True))

# FR-E1 escalation: unused licences, reassign or reduce at renewal; PDF
dt = when(2026, 3, 26, 10, 20, 'Europe/Paris')
t = '''Bonjour,

Suite aux départs dans l'équipe recrutement lyonnaise fin 2025, nous avons aujourd'hui 6 licences GoodTime attribuées à des personnes qui ne sont plus chez nous (liste en PJ).

Deux questions côté contrat :
– peut-on réaffecter ces licences à l'équipe de Madrid, qui en demande justement ?
– sinon, peut-on réduire le nombre de licences au renouvellement de juin, pour ne pas payer des sièges inutilisés ?

Pouvez-vous voir cela avec notre contact chez GoodTime ? Je suis disponible pour un call si besoin.

Cordialement,

Nathalie Chevalier
Responsable RH France
Larkspur Labs France SAS
27 quai Rambaud · 69002 Lyon
Tél. : +33 4 55 50 21 00

''' + DISC_FR
add('escalation', 'flag_csm', '', 'fr', 'attachment;legal-disclaimer', 'unused licences: reassign or reduce at renewal',
    msg(addr('Chevalier, Nathalie', 'nathalie.chevalier', 'q', 'iso-8859-1', quote=True), subj('Licences GoodTime inutilisées à Lyon : réaffectation / renouvellement', 'q', 'iso-8859-1'),
        dt, mixed(outlook_only(t, 'FR'), attach('application/pdf', pdf(['Licences GoodTime - Lyon - mars 2026', '1. C. Vasseur (depart 31/10/2025)', '2. J. Lemaire (depart 15/11/2025)', '3. S. Benhamou (depart 30/11/2025)', '4. P. Texier (depart 15/12/2025)', '5. M. Roux (depart 31/12/2025)', '6. A. Colin (depart 31/12/2025)']), 'Licences_GoodTime_Lyon_mars2026.pdf'), boundary=ob('004')),
        client='outlook', lang='fr-FR', received=8, dkim_sig=True, arc_sig=True, auth=True, crlf=True))

# FR-N1 calendar accept (text/calendar REPLY)
dt = when(2026, 3, 9, 10, 2, 'Europe/Paris')
cal = ics('REPLY', 'Point mensuel helpline GoodTime – France', when(2026, 3, 19, 11, 0, 'Europe/Paris', 0), when(2026, 3, 19, 11, 30, 'Europe/Paris', 0),
          ('GoodTime Helpline', HELP), ('Lefèvre, Camille', 'camille.lefevre@larkspur-labs.com'), 'ACCEPTED', location='Microsoft Teams')
tag('calendar-reply')
ent = multipart('alternative', [plain('\n', 'utf-8', '7bit'),
                                Ent(['Content-Type: text/calendar; charset="utf-8"; method=REPLY', 'Content-Transfer-Encoding: base64'], base64.encodebytes(cal.encode()))],
                boundary=ob('000'))
add('noise', 'ignore', '', 'fr', 'calendar-accept;text-calendar', 'accepted meeting',
    msg(addr('Lefèvre, Camille', 'camille.lefevre', 'q', 'utf-8', quote=True), subj('Accepté: Point mensuel helpline GoodTime – France', 'q', 'utf-8'),
        dt, ent, client='outlook', lang='fr-FR', received=5))

# FR-N2 bare "bien reçu, merci" with quoted message below
dt = when(2026, 3, 17, 8, 12, 'Europe/Paris')
t = '''Bien reçu, merci !

Théo

De : GoodTime Helpline <helpline@larkspur-labs.com>
Envoyé : lundi 16 mars 2026 19:05
À : Marchand, Théo <theo.marchand@larkspur-labs.com>
Objet : RE: Candidat qui se désiste – j’annule comment ?

Bonjour Théo,

Passe plutôt par GoodTime pour annuler : les interviewers seront libérés en même temps et tu peux ajouter un petit mot pour le candidat. N'oublie pas de mettre à jour son statut dans l'ATS.

Bonne soirée,
L'équipe projet GoodTime
'''
add('noise', 'ignore', '', 'fr', 'bare-thanks;quoted-thread;outlook-reply-block', 'got it thanks',
    msg(addr('Marchand, Théo', 'theo.marchand', 'b', 'utf-8', quote=True), subj('RE: Candidat qui se désiste – j’annule comment ?', 'q', 'utf-8'),
        dt, outlook_alt(t, 'FR'), client='outlook', lang='fr-FR', received=6, in_reply_to=mid('outlook')))
# =====================================================================
# PORTUGUESE (15)  (pt-PT Lisbon, pt-BR São Paulo)
# =====================================================================

# PT-Q1 internal-project-team (Outlook HTML only, windows-1252)
dt = when(2026, 3, 4, 10, 16, 'Europe/Lisbon')
t = '''Olá,

Entrei esta semana na equipa de People Ops em Lisboa e ainda estou a perceber como funcionam as coisas com o GoodTime. Deram-me este endereço, mas não percebi bem quem está do outro lado: é a própria GoodTime ou é uma equipa cá de dentro?

E que tipo de coisas devo mandar para aqui — dúvidas do dia a dia sobre como fazemos as coisas cá na empresa, ou só problemas técnicos? Não quero encher a vossa caixa com perguntas parvas.

Obrigada e bom trabalho,
Luísa

--
Luísa Magalhães
People Operations Specialist
Larkspur Labs Portugal · Avenida da Liberdade 110, Lisboa
+351 21 555 0174

''' + DISC_PT
add('question', 'auto_reply', 'internal-project-team', 'pt', 'long-signature;legal-disclaimer', 'what is this help line for',
    msg(addr('Magalhães, Luísa', 'luisa.magalhaes', 'q', 'iso-8859-1', quote=True), subj('Dúvida: para que serve este endereço?', 'q', 'iso-8859-1'),
        dt, outlook_only(t, 'PT'), client='outlook', lang='pt-PT', received=7, dkim_sig=True, auth=True))

# PT-Q2 candidate-availability-request (iPhone, raw UTF-8 subject, pt-BR casual)
dt = when(2026, 3, 17, 19, 22, 'America/Sao_Paulo')
t = '''oi gente, tudo bem?

como faço pra pedir pro candidato mandar os horários livres dele pelo GoodTime? hoje eu faço tudo pelo WhatsApp, ele me manda "pode ser terça de manhã ou quarta depois das 15h" e eu fico caçando horário na agenda dos entrevistadores 😩 deve ter um jeito melhor né

obrigada!!

Enviado do meu iPhone'''
add('question', 'auto_reply', 'candidate-availability-request', 'pt', 'terse;lowercase;mobile-signature;emoji', 'ask candidate for free times',
    msg(addr('Mariana Simões', 'mariana.simoes', 'q', 'utf-8'), subj('dúvida disponibilidade candidato', 'raw', 'utf-8'),
        dt, plain(t, 'utf-8', 'quoted-printable', csname='utf-8'), client='iphone', msgid='apple', received=6, route='local', helo='mail.sao'))

# PT-Q3 add-interviewer-to-pool (word "treinamento" points elsewhere)
dt = when(2026, 3, 19, 11, 8, 'America/Sao_Paulo')
t = '''Oi pessoal,

O Rafael Conceição (gerente de contas, SP) concluiu o treinamento interno de entrevistas de vendas na semana passada e já está liberado para entrevistar candidatos de SDR/BDR. Como faço para colocar ele no grupo de entrevistadores qualificados no GoodTime, para que ele comece a aparecer nas sugestões de horário?

Acho que ele nunca entrou no GoodTime... precisa fazer alguma coisa antes?

Valeu!
Thiago

Thiago Assunção | Tech & Sales Recruiter | Larkspur Labs Brasil
'''
add('question', 'auto_reply', 'add-interviewer-to-pool', 'pt', 'gmail;misleading-keyword', 'add newly trained interviewer to pool',
    msg(addr('Thiago Assunção', 'thiago.assuncao', 'b', 'utf-8'), subj('Como incluir o Rafael no grupo de entrevistadores? Já concluiu o treinamento', 'b', 'utf-8'),
        dt, gmail_alt(t), client='gmail', msgid='gmail', received=7, route='gws', dkim_sig=True, arc_sig=True, auth=True))

# PT-Q4 product-board, reply on top of unrelated thread, base64
dt = when(2026, 3, 6, 8, 47, 'America/Sao_Paulo')
t = '''Oi, obrigado pelo retorno sobre o convite.

Outra coisa: tenho algumas sugestões de melhoria pro GoodTime do ponto de vista de quem é gestor. Existe algum lugar oficial onde a gente posta ideias direto pra GoodTime e vê/vota nas ideias de outros clientes? Não queria ficar mandando tudo por e-mail pra vocês.

Abs,
Rafael

Em qui., 5 de mar. de 2026 às 14:03, Helpline GoodTime <helpline@larkspur-labs.com> escreveu:
> Oi Rafael,
> o convite da entrevista com a candidata Juliana foi reenviado, agora com o link do Teams correto.
> Qualquer coisa, é só falar.
> Equipe do projeto GoodTime
'''
add('question', 'auto_reply', 'product-board', 'pt', 'reply-on-top;on-wrote-quote;unrelated-quoted-thread;samsung-mail', 'where to post and vote on ideas',
    msg(addr('Rafael Conceição', 'rafael.conceicao', 'q', 'utf-8'), 'Re: Reenvio convite - Juliana',
        dt, plain(t, 'utf-8', 'base64'), client='samsung', msgid='rand', received=6, route='local', helo='mail.sao',
        in_reply_to=mid('outlook')))

# PT-Q5 conference-links (pt-PT)
dt = when(2026, 3, 13, 9, 33, 'Europe/Lisbon')
t = '''Bom dia,

Até agora, sempre que marco uma entrevista pelo GoodTime, crio eu próprio a reunião no Teams e colo o link à mão no convite do candidato e dos entrevistadores. Já me enganei duas vezes e mandei o link errado.

Há forma de o GoodTime pôr automaticamente o link do Teams no convite? Tem de ser ativado por alguém ou sou eu que tenho de escolher alguma coisa quando marco?

Obrigado,
João

João Gonçalves
Talent Acquisition Partner · Lisboa
'''
add('question', 'auto_reply', 'conference-links', 'pt', '', 'Teams link automatically on invites',
    msg(addr('Gonçalves, João', 'joao.goncalves', 'q', 'iso-8859-1', quote=True), subj('Link do Teams nos convites - como é que se faz?', 'q', 'iso-8859-1'),
        dt, outlook_alt(t, 'PT', cs='iso-8859-1'), client='outlook', lang='pt-PT', received=6, auth=True))

# PT-Q6 interviewer-load-balancing (base64 iso-8859-1, raw 1252 subject)
dt = when(2026, 3, 20, 15, 12, 'Europe/Lisbon')
t = '''Olá,

Tenho reparado que o GoodTime marca quase sempre as mesmas duas pessoas (Rui e Carla) para as entrevistas técnicas de backend em Lisboa. Somos seis no grupo, mas os outros quatro quase nunca aparecem. A Carla já se queixou de que tem entrevistas todos os dias.

É normal? Há alguma maneira de o GoodTime distribuir as entrevistas de forma mais equilibrada, ou de pôr um máximo por semana para cada pessoa?

Obrigada,
Inês Carvalho
Recruiting Coordinator · Lisboa
'''
add('question', 'auto_reply', 'interviewer-load-balancing', 'pt', 'misleading-keyword', 'same two people always booked',
    msg(addr('Inês Carvalho', 'ines.carvalho', 'raw', 'windows-1252'), subj('Distribuição das entrevistas – sempre os mesmos', 'raw', 'windows-1252'),
        dt, plain(t, 'iso-8859-1', 'base64'), client='outlook-desktop', msgid='rand', lang='pt-PT', received=5, route='local', helo='mail.lis'))

# PT-Q7 no article: Brazilian holidays
dt = when(2026, 3, 24, 14, 55, 'America/Sao_Paulo')
t = '''Boa tarde, pessoal.

Estamos planejando as entrevistas de abril e bateu uma dúvida: o GoodTime considera automaticamente os feriados nacionais e municipais do Brasil (por exemplo Tiradentes em 21/04 e Corpus Christi) na hora de sugerir horários? Ou cada entrevistador precisa bloquear esses dias manualmente na própria agenda?

No ano passado tivemos uma entrevista marcada em pleno feriado de 9 de julho aqui em SP e foi um constrangimento com o candidato.

Obrigada,

Beatriz Araújo
HR Business Partner – LATAM
Larkspur Labs Tecnologia do Brasil Ltda.
+55 11 5555 0190 | +55 11 95555 0742

''' + DISC_BR
add('question', 'forward_support', 'none', 'pt', 'long-signature;legal-disclaimer', 'does it know Brazilian holidays',
    msg(addr('Araújo, Beatriz', 'beatriz.araujo', 'q', 'utf-8', quote=True), subj('Feriados no Brasil e sugestões de horário', 'q', 'utf-8'),
        dt, outlook_alt(t, 'PT-BR'), client='outlook', lang='pt-BR', received=8, region='sam', dkim_sig=True, arc_sig=True, auth=True))

# PT-B1 bug: reminders not sent since Monday
dt = when(2026, 3, 19, 9, 15, 'America/Sao_Paulo')
t = '''Oi time,

Desde segunda-feira (16/03) os candidatos de SP não estão recebendo o lembrete automático do dia anterior. Tivemos dois no-shows ontem e, quando liguei, os dois disseram que não receberam nada. Conferi: o e-mail está certo no Greenhouse, não caiu no spam (um deles me mandou print da caixa de entrada) e as entrevistas não foram alteradas depois de marcadas. A confirmação inicial chegou normalmente, só o lembrete que não.

Entrevistas de exemplo:
- candidato Lucas Ferreira, SDR, 18/03 10h
- candidata Priscila Nogueira, BDR, 18/03 15h

Conseguem ver com a GoodTime?
Thiago
'''
add('bug', 'forward_support', '', 'pt', 'gmail', 'day-before reminders not sending',
    msg(addr('Thiago Assunção', 'thiago.assuncao', 'b', 'utf-8'), subj('Lembretes não estão sendo enviados aos candidatos', 'q', 'utf-8'),
        dt, gmail_alt(t), client='gmail', msgid='gmail', received=6, route='gws', dkim_sig=True))

# PT-B2 bug: Interviews page never loads, PDF attachment, bare message-id
dt = when(2026, 3, 27, 16, 40, 'Europe/Lisbon')
t = '''Olá,

Desde ontem à tarde a página "Interviews" do GoodTime fica a carregar indefinidamente no Chrome (versão 134). O resto da aplicação abre bem. No Edge acontece o mesmo. Já limpei a cache e fiz logout/login. Algumas colegas da equipa também têm o problema, mas não todas.

Anexo um PDF com o erro que aparece na consola do browser: "TypeError: Cannot read properties of undefined (reading 'timezone')".

Pedro Antunes
Technical Recruiter · Lisboa
'''
add('bug', 'forward_support', '', 'pt', 'thunderbird;attachment', 'Interviews page spins forever',
    msg(addr('Pedro Antunes', 'pedro.antunes'), subj('GoodTime não carrega a lista de entrevistas (Chrome/Edge)', 'q', 'utf-8'),
        dt, mixed(plain(flow(t), 'utf-8', '8bit', flowed=True), attach('application/pdf', pdf(['Console export - app.goodtime.io/interviews', '27/03/2026 16:31 WET', "Uncaught (in promise) TypeError: Cannot read properties of undefined (reading 'timezone')", '    at Ri (main.8f3c1a.js:2:184433)', '    at async Promise.all (index 3)', 'GET /api/v2/interviews?status=upcoming 200 (1.2s)']), 'erro_consola_goodtime.pdf'),
              boundary='------------' + ralnum(24, '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz')),
        client='thunderbird', msgid='bare', received=5, route='local', helo='mail.lis'))

# PT-X1 blocker: candidate waiting in Teams room
dt = when(2026, 3, 23, 15, 11, 'America/Sao_Paulo')
t = '''gente socorro, o candidato Henrique (entrevista de AE das 15h) tá na sala do Teams faz 10 min e os dois entrevistadores não têm o link, no convite deles não aparece nada de Teams. no GoodTime aparece como agendado normal. o que eu faço agora?? posso mandar o link dele pros entrevistadores ou isso quebra alguma coisa?
'''
add('scheduling_blocker', 'forward_support', '', 'pt', 'terse;lowercase', 'candidate waiting, interviewers no link',
    msg(addr('Mariana Simões', 'mariana.simoes', 'raw', 'utf-8'), subj('URGENTE candidato esperando na sala do Teams', 'ascii'),
        dt, plain(t, 'utf-8', '8bit', csname='UTF-8'), client='outlook', lang='pt-BR', msgid='none', received=2, route='local', helo='mail.sao'))

# PT-F1 feature request: WhatsApp reminders
dt = when(2026, 3, 11, 16, 20, 'America/Sao_Paulo')
t = '''Oi equipe,

Sugestão para levarem à GoodTime: no Brasil quase ninguém lê e-mail com rapidez, mas todo mundo responde WhatsApp em minutos. Seria ótimo se o GoodTime pudesse mandar a confirmação e o lembrete da entrevista também por WhatsApp (com o link da reunião). Acho que reduziria bastante os no-shows que temos nas vagas de vendas.

Sei que não é simples, mas fica a ideia!

Abraços,
Fernanda Lacerda
Recruiter – São Paulo
'''
add('feature_request', 'product_board_reply', '', 'pt', '', 'WhatsApp confirmations and reminders',
    msg(addr('Lacerda, Fernanda', 'fernanda.lacerda', quote=True), subj('Sugestão: lembretes por WhatsApp', 'q', 'utf-8'),
        dt, outlook_only(t, 'PT-BR'), client='outlook', lang='pt-BR', received=6, region='sam'))

# PT-E1 escalation: volume x3 in SP/CDMX, workflow + licences, winmail.dat
dt = when(2026, 3, 31, 10, 2, 'America/Sao_Paulo')
t = '''Olá, equipe do projeto,

Quero antecipar um assunto que vai precisar de envolvimento da GoodTime: no segundo semestre a área comercial de São Paulo e da Cidade do México vai praticamente triplicar o volume de contratações (estimativa de 120 vagas de SDR/AE entre julho e outubro). Com o processo atual — quatro etapas, entrevistas individuais com gestores — não vamos dar conta.

Gostaríamos de uma conversa com a pessoa responsável pela nossa conta na GoodTime para discutir fluxos alternativos: entrevistas em grupo, painéis, pools maiores, talvez dias de contratação. Também precisamos entender se o número atual de licenças cobre os novos gestores que vão entrevistar.

Vocês conseguem organizar isso? Posso participar em qualquer dia da próxima semana, exceto quinta.

Abraço,

Beatriz Araújo
HR Business Partner – LATAM
Larkspur Labs Tecnologia do Brasil Ltda.

''' + DISC_BR
add('escalation', 'flag_csm', '', 'pt', 'legal-disclaimer;long-signature', 'volume tripling: workflow advice + licences',
    msg(addr('Araújo, Beatriz', 'beatriz.araujo', 'q', 'utf-8', quote=True), subj('Planejamento 2º semestre – volume comercial SP/CDMX e GoodTime', 'q', 'utf-8'),
        dt, mixed(plain(t, 'windows-1252', 'quoted-printable'), attach('application/ms-tnef', tnef(7), 'winmail.dat'), boundary=ob('002')),
        client='outlook-desktop', lang='pt-BR', received=7, region='sam', dkim_sig=True, auth=True))

# PT-E2 escalation: complaint about recurring time-zone trouble, no live case
dt = when(2026, 3, 25, 17, 48, 'Europe/Lisbon')
t = '''Olá a todos,

Tenho de ser franca: a equipa de Lisboa está cansada. Desde janeiro que temos problemas recorrentes com fusos horários — entrevistas com candidatos nos Açores e no Brasil aparecem com uma hora de diferença entre o convite e o GoodTime. Já abrimos pedidos ao suporte pelo menos quatro vezes, recebemos sempre respostas genéricas e nunca ninguém explicou a causa.

Nas últimas duas semanas não houve casos novos, mas só porque os recrutadores passaram a confirmar cada hora por telefone, o que anula metade do benefício da ferramenta.

Peço que este tema seja escalado a sério junto da GoodTime e que tenhamos um ponto de situação com a pessoa que gere a nossa conta, com alguém técnico presente.

Cumprimentos,
Sofia Rebelo
Talent Acquisition Manager · Lisboa

''' + DISC_PT
add('escalation', 'flag_csm', '', 'pt', 'complaint;recurring;legal-disclaimer', 'Lisbon fed up with recurring TZ issues',
    msg(addr('Rebelo, Sofia', 'sofia.rebelo', quote=True), subj('Problemas recorrentes com fusos horários – pedido de escalamento', 'q', 'utf-8'),
        dt, outlook_only(t, 'PT'), client='outlook', lang='pt-PT', received=6, auth=True))

# PT-N1 out-of-office with Auto-Submitted (pt-BR)
dt = when(2026, 3, 20, 18, 3, 'America/Sao_Paulo')
t = '''Olá!

Estou ausente até 27/03 (férias) sem acesso ao e-mail. Para assuntos de recrutamento em SP, fale com a Mariana Simões (mariana.simoes@larkspur-labs.com).

Obrigada,
Fernanda
'''
add('noise', 'ignore', '', 'pt', 'out-of-office;auto-submitted', 'OOO auto-reply',
    msg(addr('Lacerda, Fernanda', 'fernanda.lacerda', quote=True), subj('Resposta automática: Ausente até 27/03', 'q', 'utf-8'),
        dt, outlook_alt(t, 'PT-BR'), client='outlook', lang='pt-BR', received=5, region='sam',
        extra=['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All'], return_path='<>'))

# PT-N2 calendar decline
dt = when(2026, 3, 12, 13, 40, 'America/Sao_Paulo')
cal = ics('REPLY', 'Treinamento GoodTime – Coordenadores SP', when(2026, 3, 18, 14, 0, 'America/Sao_Paulo', 0), when(2026, 3, 18, 15, 30, 'America/Sao_Paulo', 0),
          ('GoodTime Helpline', HELP), ('Simões, Mariana', 'mariana.simoes@larkspur-labs.com'), 'DECLINED', location='Sala Ibirapuera / Teams')
tag('calendar-decline')
ent = multipart('alternative', [plain('Tenho entrevistas nesse horário, vou assistir à gravação.\n', 'utf-8', 'quoted-printable'),
                                Ent(['Content-Type: text/calendar; charset="utf-8"; method=REPLY', 'Content-Transfer-Encoding: 8bit'], cal.encode())],
                boundary=ob('000'))
add('noise', 'ignore', '', 'pt', 'calendar-decline;text-calendar', 'declined training invite with one-line note',
    msg(addr('Simões, Mariana', 'mariana.simoes', 'q', 'utf-8', quote=True), subj('Recusado: Treinamento GoodTime – Coordenadores SP', 'q', 'utf-8'),
        dt, ent, client='outlook', lang='pt-BR', received=5, region='sam'))
# =====================================================================
# ENGLISH (40) - mostly second-language writers from EU/LATAM offices
# =====================================================================

# ---- questions, article answers (4) ----
# EN-Q1 contact-support, terse lowercase
dt = when(2026, 3, 3, 22, 37, 'Europe/Dublin')
t = '''whats the actual email for goodtime support? the vendor i mean not you guys. want to send them something with screenshots

Sent from my iPhone'''
add('question', 'auto_reply', 'contact-support', 'en', 'terse;lowercase;mobile-signature;night', 'vendor support e-mail address',
    msg(addr('Owen Brady', 'owen.brady'), 'goodtime support email?', dt, plain(t, 'us-ascii', '7bit', csname='us-ascii'),
        client='iphone', msgid='apple', received=5))

# EN-Q2 permissions-roles (ESL German writer, Outlook HTML only)
dt = when(2026, 3, 9, 11, 52, 'Europe/Berlin')
t = '''Hello,

I am hiring manager for the Platform team. When I open an interview in GoodTime I can see the details but there is no option to reschedule or to change the interviewers, everything is only read-only for me. My colleague Anja (recruiter) sees these buttons on the same interview, I checked on her screen.

Is this because of my role in GoodTime or is something wrong with my account? I would like to be able to move my own interviews when something changes in my team.

Best regards
Matthias

Matthias Krüger
Engineering Manager, Platform
Larkspur Labs GmbH · Berlin

''' + DISC_DE
add('question', 'auto_reply', 'permissions-roles', 'en', 'esl;legal-disclaimer', 'hiring manager lacks reschedule button',
    msg(addr('Krüger, Matthias', 'matthias.krueger', 'q', 'iso-8859-1', quote=True), 'Reschedule button missing for me?',
        dt, outlook_only(t, 'EN-US'), client='outlook', lang='en-US', received=6, dkim_sig=True, auth=True))

# EN-Q3 candidate-itinerary, Gmail reply with > quote about another topic
dt = when(2026, 3, 23, 17, 12, 'Europe/Madrid')
t = '''Thanks for the room!

Other thing: the candidate for thursday says he didnt receive the email with the plan of the day (the times and who he meets). How I can send it to him again from GoodTime? Also I changed one interviewer yesterday, so maybe he needs the new version anyway.

Javier

On Mon, 23 Mar 2026 at 15:40, GoodTime Helpline <helpline@larkspur-labs.com> wrote:
> Hi Javier,
>
> The Madrid onsite on 26/03 now has Sala Retiro booked from 09:30 to 14:00,
> and it's attached to the interview in GoodTime.
>
> Cheers,
> GoodTime project team
'''
add('question', 'auto_reply', 'candidate-itinerary', 'en', 'esl;typos;reply-on-top;on-wrote-quote;unrelated-quoted-thread', 'resend schedule of the day after change',
    msg(addr('Javier Muñoz', 'javier.munoz', 'q', 'utf-8'), 'Re: Onsite Madrid 26/03 - room', dt, gmail_alt(t),
        client='gmail', msgid='gmail', received=7, route='gws', dkim_sig=True, auth=True, in_reply_to=mid('outlook')))

# EN-Q4 support-hours via people-portal form mailer
dt = when(2026, 3, 14, 22, 41, 'Europe/Lisbon')
t = '''A new request was submitted via the People Portal.

Request type:   GoodTime - Question
Submitted by:   Ana Sofia Medeiros (ana.medeiros@larkspur-labs.com)
Office:         Lisbon
Submitted:      2026-03-14 22:41 WET
Reference:      PP-2026-03-01187

Question:
We run late interviews with candidates in Brazil (after 21:00 Lisbon time). If something breaks then, can we still get somebody from GoodTime, or only during European business days? Is it the same on Saturdays and Sundays?

Attachments: none

----
This is an automated message from the Larkspur People Portal. Replies to this address are not monitored.
'''
add('question', 'forward_support|needs_review', 'support-hours', 'en', 'form-mailer;auto-submitted;no-reply-sender;night', 'support availability asked via portal form',
    msg(addr('Larkspur People Portal', 'no-reply', domain='forms.larkspur-labs.com'), 'People Portal: new GoodTime question (PP-2026-03-01187)',
        dt, plain(t, 'us-ascii', '7bit', csname='us-ascii'), client='none', msgid='postfix', received=6, route='ext',
        helo='portal-mail.forms.larkspur-labs.com', sender_ip='10.44.8.21',
        extra=['Auto-Submitted: auto-generated', 'X-Auto-Response-Suppress: All', 'Precedence: bulk'],
        return_path='<bounces@forms.larkspur-labs.com>'))

# ---- questions, no article (4) ----
# EN-Q5 mobile app
dt = when(2026, 3, 16, 20, 5, 'America/Sao_Paulo')
t = '''Hi!

Is there an app of GoodTime for the phone (Android)? Our sales managers in São Paulo are always on the street visiting clients and they want to see and accept their interviews from the phone, not only from the laptop.

Thanks,
Rafael
'''
add('question', 'forward_support', 'none', 'en', 'esl', 'is there a mobile app',
    msg(addr('Rafael Conceição', 'rafael.conceicao', 'raw', 'utf-8'), 'GoodTime app for phone?', dt, plain(t, 'utf-8', '8bit', csname='UTF-8'),
        client='samsung', msgid='rand', received=5, route='local', helo='mail.sao'))

# EN-Q6 supported browsers + allow-list domains (two questions, neither in KB)
dt = when(2026, 3, 10, 14, 26, 'Europe/Dublin')
t = '''Hi helpline,

Two things from IT ahead of the April laptop refresh for Recruiting:

1. Which browsers does GoodTime officially support? We're moving recruiting laptops to a locked-down Edge build and want to know whether Firefox ESR needs to stay on them.
2. Are there any domains we need to allow-list on the proxy so the app (and the candidate pages) keep working?

Cheers,
Declan

Declan Moore | IT Service Desk - Dublin | Larkspur Labs
'''
add('question', 'forward_support', 'none', 'en', 'two-topics', 'supported browsers and proxy allow-list',
    msg(addr('Moore, Declan', 'declan.moore', quote=True), 'GoodTime - supported browsers / proxy allow-list', dt, outlook_alt(t, 'EN-IE'),
        client='outlook', lang='en-IE', received=7, dkim_sig=True, auth=True))

# EN-Q7 interface in German
dt = when(2026, 3, 2, 13, 30, 'Europe/Berlin')
t = '''Hello,

can the GoodTime interface be switched to German? Some of the hiring managers in Berlin asked me because they feel more comfortable.

Thank you and best regards
Sabine Große
'''
add('question', 'forward_support', 'none', 'en', 'esl;short', 'UI language German',
    msg(addr('Sabine Große', 'sabine.grosse', 'raw', 'windows-1252'), 'GoodTime in German?', dt, plain(t, 'windows-1252', 'base64'),
        client='outlook-desktop', msgid='rand', lang='de-DE', received=5, route='local', helo='mail.ber'))

# EN-Q8 sandbox / test environment
dt = when(2026, 3, 18, 11, 44, 'Europe/London')
t = '''Hi all,

Is there a sandbox or test environment for GoodTime where I can try out changes without emailing real candidates? I'm building a new onsite flow for the Lisbon team (different sessions, new candidate emails) and really don't want to experiment in production.

If there isn't one, how do people here usually test this kind of thing?

Thanks,
Priya

Priya Raman
Recruiting Operations Lead, EMEA
Larkspur Labs | London
'''
add('question', 'forward_support', 'none', 'en', 'apple-mail', 'sandbox for testing changes',
    msg(addr('Priya Raman', 'priya.raman'), 'Test environment for GoodTime?', dt, apple_alt(t),
        client='apple', msgid='apple', received=6, route='m365', dkim_sig=True, auth=True))

# ---- bugs (7) ----
# EN-B1 high-impact: candidate e-mails one hour off since DST, all EMEA offices
dt = when(2026, 3, 30, 10, 12, 'Europe/London')
t = '''Hi team,

Since the clocks went forward on Sunday, every candidate confirmation and reminder GoodTime has sent for interviews in London, Dublin, Lisbon, Berlin, Madrid and Lyon shows the time one hour early. The interviewers' calendar invites are correct; only the candidate-facing emails are wrong.

We've had at least 11 candidates turn up or dial in an hour early this morning across four offices, and coordinators are now manually emailing corrections for every interview this week (~180 of them).

Example: interview 8812931, Dublin, 30 Mar 14:00 IST on the invite, candidate email says 13:00.

This needs to go to GoodTime as a priority - it's org-wide and it will keep happening until it's fixed. Please also make sure our CSM knows.

Thanks,
Priya

Priya Raman
Recruiting Operations Lead, EMEA
Larkspur Labs | 1 Finsbury Avenue, London EC2M 2PF
+44 20 5550 7731

''' + DISC_EN
add('bug', 'forward_support+flag_csm', '', 'en', 'high-impact;org-wide;legal-disclaimer;long-signature', 'DST: all EMEA candidate e-mails 1h early',
    msg(addr('Raman, Priya', 'priya.raman', quote=True), subj('All EMEA candidate confirmations showing the wrong time since the clock change on Sunday', 'ascii'),
        dt, outlook_alt(t, 'EN-GB'), client='outlook', lang='en-GB', received=9, dkim_sig=True, arc_sig=True, auth=True,
        extra=['Importance: high']))

# EN-B2 "quick question" over a bug: Teams link lost on reschedule
dt = when(2026, 3, 12, 16, 2, 'Europe/Lisbon')
t = '''Hi, quick question - when I reschedule an interview in GoodTime the new invite goes out without the Teams link. The original invite had it, I didn't change anything except the time. It happened 3 times this week with different candidates. For now I add the link by hand. Is it something on my side?

Thanks!
Inês
'''
add('bug', 'forward_support', '', 'en', 'esl;misleading-subject', 'reschedule drops Teams link',
    msg(addr('Inês Carvalho', 'ines.carvalho', 'q', 'utf-8'), 'quick question', dt, outlook_alt(t, 'EN-US'),
        client='outlook', lang='pt-PT', received=6))

# EN-B3 reports show zero for March
dt = when(2026, 3, 31, 15, 27, 'Europe/Dublin')
t = '''Hi,

The "Scheduling speed" report in GoodTime shows 0 interviews scheduled for all of March for the Dublin and London offices, although we've scheduled well over 300. February looks fine. I've tried different filters and exported the CSV - also zeros. Other reports (interviewer load) do show March data.

Not urgent, but I need these numbers for the monthly TA review on 8 April.

Thanks,
Aoife

Aoife Kelly
Talent Acquisition Analyst | Larkspur Labs Dublin
'''
add('bug', 'forward_support', '', 'en', '', 'report shows zero for March',
    msg(addr('Aoife Kelly', 'aoife.kelly'), 'Scheduling speed report shows 0 for March', dt, gmail_alt(t),
        client='gmail', msgid='gmail', received=6, route='gws', dkim_sig=True, auth=True))

# EN-B4 availability link 500, forwarded candidate mail + screenshot
dt = when(2026, 3, 18, 12, 40, 'America/Mexico_City')
t = '''Hi,

See below - two candidates told me today that when they open the link to send their availability they get a page "Something went wrong (500)". I tried the link myself in incognito and same thing. I sent the request again and the new link also fails. Screenshot attached. Interviews are for next week so not super urgent but I need their availability soon.

Thanks
Daniela Peña
Recruiting Coordinator | Mexico City

---------- Forwarded message ---------
From: Ricardo Leal <ricardo.leal.mx@gmail.com>
Date: Wed, 18 Mar 2026 at 11:02
Subject: Re: Larkspur Labs - your availability
To: Daniela Peña <daniela.pena@larkspur-labs.com>

Hola Daniela, I tried to open the link 3 times but it only shows an error page. Can you send me another one or I can just tell you my availability by email?

Saludos,
Ricardo
'''
add('bug', 'forward_support', '', 'en', 'esl;forwarded;gmail-forward;attachment', 'availability request link returns 500',
    msg(addr('Daniela Peña', 'daniela.pena', 'q', 'utf-8'), 'Fwd: Larkspur Labs - your availability', dt,
        mixed(gmail_alt(t), attach('image/png', png(220, 120, 23, (200, 40, 40)), 'image.png'), boundary='000000000000' + rhex(16)),
        client='gmail', msgid='gmail', received=7, route='gws', dkim_sig=True, arc_sig=True, auth=True))

# EN-B5 bug via ServiceNow incident mailer
dt = when(2026, 3, 12, 9, 5, 'Europe/Berlin')
t = '''Incident INC0048812 has been assigned to your group (GoodTime Helpline).

Short description: GoodTime - trainee progress not updating
Caller:            Julia Renner (julia.renner@larkspur-labs.com)
Location:          Berlin - Rosenthaler Str.
Category:          Software / HR Tools / GoodTime
Impact:            3 - Low
Urgency:           3 - Low

Description:
I completed my 2nd reverse shadow for the "Product Design Critique" interview on 10 March, but my training progress in GoodTime still shows 1 of 2. The first one was counted. The hiring manager already gave feedback. Because of this I'm not being scheduled as qualified yet.

To view this incident, go to: https://larkspurlabs.service-now.com/nav_to.do?uri=incident.do?sys_id=8e1f0a2b1b7c5e10a3c2f6b8dc4bcb11

Ref:MSG4481203
This is an automatically generated notification. Please do not reply to this e-mail.
'''
add('bug', 'forward_support|needs_review', '', 'en', 'form-mailer;ticket-system;auto-submitted;no-reply-sender', 'trainee progress stuck, via ServiceNow',
    msg(addr('Larkspur IT Service Portal', 'servicedesk-noreply'), '[INC0048812] Incident assigned to GoodTime Helpline: GoodTime - trainee progress not updating',
        dt, multipart('alternative', [plain(t, 'utf-8', '7bit'), text('<html><body><div style="font-family:Arial">' + _esc(t).replace('\n', '<br>\n') + '</div></body></html>', 'html', 'utf-8', 'quoted-printable')]),
        client='none', msgid='bare', received=6, route='ext', helo='larkspurlabs.service-now.com', sender_ip='149.96.5.12',
        extra=['Auto-Submitted: auto-generated', 'X-Auto-Response-Suppress: All', 'X-ServiceNow-Source: Email-INC0048812', 'X-ServiceNow-SysEmail-Version: 2'],
        return_path='<larkspurlabs@service-now.com>'))

# EN-B6 angry caps: reminders for cancelled interviews
dt = when(2026, 3, 27, 13, 58, 'America/Mexico_City')
t = '''THIS IS THE THIRD CANDIDATE THIS WEEK that got a reminder email for an interview that I CANCELLED in GoodTime days ago. Today a candidate came to the office in Reforma for an interview that doesnt exist anymore, he was very upset and honestly I dont blame him.

I cancel from GoodTime, not from Outlook, I did it like you told us in the training. PLEASE fix this, it makes us look very bad.

Sofía
'''
add('bug', 'forward_support', '', 'en', 'angry-caps;typos;esl', 'reminders sent for cancelled interviews',
    msg(addr('Castañeda, Sofía', 'sofia.castaneda', 'q', 'utf-8', quote=True), 'GOODTIME KEEPS SENDING REMINDERS FOR INTERVIEWS I ALREADY CANCELLED!!!',
        dt, outlook_alt(t, 'ES-MX'), client='outlook', lang='es-MX', received=6, region='nam'))

# EN-B7 room booking fails, Outlook RTF -> winmail.dat
dt = when(2026, 3, 19, 14, 7, 'Europe/Lisbon')
t = '''Hello,

When GoodTime tries to book the room "Tejo" (Lisbon office, floor 2) for onsite interviews we get the error "Room booking failed - resource unavailable", but in the Outlook room finder Tejo is free at that time. Other rooms on the same floor book fine. It happens since we renamed the room last week from "Sala 2.04" to "Tejo".

Not urgent, next onsite is on the 26th.

Regards,
Nuno Pacheco
Workplace Coordinator - Lisbon
'''
add('bug', 'forward_support', '', 'en', 'esl', 'renamed room cannot be booked',
    msg(addr('Pacheco, Nuno', 'nuno.pacheco', quote=True), 'GoodTime cannot book room Tejo (Lisbon)',
        dt, mixed(plain(t, 'us-ascii', '7bit', csname='"us-ascii"'), attach('application/ms-tnef', tnef(9), 'winmail.dat'), boundary=ob('002')),
        client='outlook-desktop', lang='pt-PT', received=6, crlf=True,
        extra=['X-MS-TNEF-Correlator: <%s@%s>' % (rHEX(30), m365_host('eur'))]))

# ---- scheduling blockers (6) ----
# EN-X1 candidate at reception, room occupied
dt = when(2026, 3, 24, 10, 52, 'Europe/London')
t = '''Candidate for the 11:00 onsite (Sales Engineer, Martina Costa) is in reception now. GoodTime shows room "Thames 3" booked but there's a board meeting in there and the room calendar doesn't show our booking at all. Interviewers are waiting in the corridor. Need a room or to move the session NOW - can someone help me rebook through GoodTime without sending the candidate 5 new emails?

Tom

Sent from my iPhone'''
add('scheduling_blocker', 'forward_support', '', 'en', 'mobile-signature', 'candidate in reception, booked room occupied',
    msg(addr('Tom Whitfield', 'tom.whitfield'), 'Candidate in reception - room taken', dt, plain(t, 'us-ascii', '7bit', csname='us-ascii'),
        client='iphone', msgid='apple', received=6))

# EN-X2 panel in 15 min, no Teams link; forwarded invite as .ics
dt = when(2026, 3, 12, 13, 45, 'Europe/Dublin')
cal = ics('REQUEST', 'Panel interview - Staff Engineer (Wen Li)', when(2026, 3, 12, 14, 0, 'Europe/Dublin', 0), when(2026, 3, 12, 15, 0, 'Europe/Dublin', 0),
          ('GoodTime', 'notifications@goodtime.io'), ('Byrne, Ciara', 'ciara.byrne@larkspur-labs.com'), 'ACCEPTED', location='', description='Panel interview scheduled via GoodTime.')
t = '''panel for the staff eng candidate starts at 2 (15 mins), invite has no teams link for anyone. candidate emailing asking where to join. invite attached. help pls

ciara
'''
add('scheduling_blocker', 'forward_support', '', 'en', 'terse;lowercase;attachment', 'panel in 15 min, no Teams link',
    msg(addr('Byrne, Ciara', 'ciara.byrne', quote=True), 'panel 2pm no teams link!!', dt,
        mixed(outlook_alt(t, 'EN-IE'), attach('text/calendar; charset="utf-8"; method=REQUEST', cal.encode(), 'invite.ics'), boundary=ob('004')),
        client='outlook', lang='en-IE', received=6, auth=True, extra=['Importance: high']))

# EN-X3 interviewer sick, swap fails with error; screenshot
dt = when(2026, 3, 26, 9, 21, 'Europe/Madrid')
t = '''Hi,

Álvaro is sick today and he has the first session of the onsite at 10:00 (in 40 minutes). I try to replace him with Marta from the same pool in GoodTime but when I click save it says "Unable to update interview. Please try again later." I tried 3 times. Candidate is already on the way to the office. What can I do?? Screenshot attached.

Lucía
'''
add('scheduling_blocker', 'forward_support', '', 'en', 'esl;attachment', 'cannot swap sick interviewer, 40 min',
    msg(addr('Fernández Ortega, Lucía', 'lucia.fernandez', 'q', 'utf-8', quote=True), subj('Interviewer sick - onsite starts 10:00 - cannot swap', 'ascii'),
        dt, mixed(outlook_alt(t, 'EN-US'), attach('image/png', png(240, 130, 31, (214, 48, 49)), 'image001.png'), boundary=ob('004')),
        client='outlook', lang='es-ES', received=7, dkim_sig=True, auth=True, extra=['Importance: high', 'X-Priority: 1']))

# EN-X4 candidate stuck in Zoom waiting room, two links
dt = when(2026, 3, 20, 16, 4, 'America/Mexico_City')
t = '''Candidate is trying to join the zoom for 4pm interview and he says "waiting for the host to start the meeting" - I am the interviewer and I am in the meeting already with the link from the GoodTime invite. Seems there are 2 diferent links?? He is waiting now, please help asap

Sent from my iPhone'''
add('scheduling_blocker', 'forward_support', '', 'en', 'esl;typos;mobile-signature', 'candidate stuck on a different Zoom link',
    msg(addr('Alejandro Guzmán', 'alejandro.guzman', 'q', 'iso-8859-1'), 'Candidate cant enter zoom - interview NOW', dt,
        plain(t, 'us-ascii', '7bit', csname='us-ascii'), client='iphone', msgid='apple', received=5, region='nam'))

# EN-X5 forwarded candidate mail: at reception but GoodTime says tomorrow
dt = when(2026, 3, 10, 9, 58, 'Europe/Paris')
t = '''Can someone help?? This candidate is at our reception in Lyon NOW but in GoodTime his interview is tomorrow same time. I have no interviewers free at the moment. What do I do, and can you see if he got a wrong date in the email?

Benoît

---------- Forwarded message ---------
From: Karim Benali <karim.benali@gmail.com>
Date: Tue, 10 Mar 2026 at 09:52
Subject: Interview today - I'm at your reception
To: Benoît Rousseau <benoit.rousseau@larkspur-labs.com>

Hello Mr Rousseau,

I'm at the reception of your Lyon office for my interview at 10:00 as written in my confirmation email. The receptionist cannot find my name. Could you please let me know where I should go?

Best regards,
Karim Benali
'''
add('scheduling_blocker', 'forward_support', '', 'en', 'esl;forwarded;gmail-forward', 'candidate at reception on wrong day',
    msg(addr('Benoît Rousseau', 'benoit.rousseau', 'q', 'utf-8'), "Fwd: Interview today - I'm at your reception", dt, gmail_alt(t),
        client='gmail', msgid='gmail', received=6, route='gws', dkim_sig=True, auth=True))

# EN-X6 hijacked old thread: final round must be booked today, link shows no times
dt = when(2026, 3, 25, 13, 36, 'Europe/London')
t = '''Sorry to hijack this old thread, it's the quickest way to reach you.

I've got a candidate on the phone right now who has to do his final round TODAY (he has another offer expiring tomorrow morning). The whole panel has blocked 15:00-17:00 for him but the self-scheduling link I sent shows "No available times". I've regenerated it twice. Can someone get me a working link, or tell me how to book it directly, in the next 20 mins?

Tom

From: GoodTime Helpline <helpline@larkspur-labs.com>
Sent: 19 February 2026 16:05
To: Whitfield, Tom <tom.whitfield@larkspur-labs.com>
Subject: RE: Idea - bulk move interviews when interviewer on leave

Hi Tom,

Thanks for this, it's a good one. We've noted it for our next call with GoodTime, and it would help if you could post it on their Product board too so others can vote for it.

Best,
GoodTime project team
'''
add('scheduling_blocker', 'forward_support', '', 'en', 'reply-on-top;outlook-reply-block;unrelated-quoted-thread;misleading-subject', 'final round today, link shows no times',
    msg(addr('Whitfield, Tom', 'tom.whitfield', quote=True), 'RE: Idea - bulk move interviews when interviewer on leave', dt,
        outlook_alt(t, 'EN-GB'), client='outlook', lang='en-GB', received=6, in_reply_to=mid('outlook')))

# ---- feature requests (6) ----
# EN-F1 URGENT subject over a feature wish
dt = when(2026, 3, 20, 17, 55, 'Europe/Dublin')
t = '''Hi all,

Sorry for the caps but this is driving me mad. When an interviewer goes on leave unexpectedly (we had 2 this month), I have to open every single one of their upcoming interviews in GoodTime and swap them out one by one - last time it was 23 interviews.

Could GoodTime add a way to replace an interviewer across all their upcoming interviews in one go (e.g. automatically pick a replacement from the pool for each one)? It would save hours every time.

Ciara
'''
add('feature_request', 'product_board_reply', '', 'en', 'urgent-subject;misleading-subject;folded-subject', 'bulk replace interviewer',
    msg(addr('Byrne, Ciara', 'ciara.byrne', quote=True), subj("URGENT!!! need a way to move ALL of someone's upcoming interviews at once when they go on leave", 'ascii'),
        dt, outlook_alt(t, 'EN-IE'), client='outlook', lang='en-IE', received=6))

# EN-F2 scheduled weekly export
dt = when(2026, 3, 6, 10, 14, 'Europe/Dublin')
t = '''Hi,

Feature idea for GoodTime: it would be great if GoodTime could automatically email a weekly CSV of interviewer load per office (interviews per person, last 7 days) to a distribution list. Right now I log in every Monday, export by hand and paste it into our Power BI sheet for the office leads.

A scheduled export (weekly/monthly, chosen columns) would really help.

Thanks,
Aoife
'''
add('feature_request', 'product_board_reply', '', 'en', 'gmail', 'scheduled weekly export',
    msg(addr('Aoife Kelly', 'aoife.kelly'), 'Idea: scheduled weekly export of interviewer load', dt, gmail_alt(t),
        client='gmail', msgid='gmail', received=5, route='gws'))

# EN-F3 candidate chooses onsite vs video in self-scheduling
dt = when(2026, 3, 13, 12, 47, 'Europe/Madrid')
t = '''Hello,

One suggestion: when we send the self-scheduling link, it would be nice that the candidate can also choose if he wants to come to the office or do it by video. In Madrid many candidates prefer to come in person for the first meeting, others are in Valencia or Sevilla, and now I have to ask them before and send a different link.

Thanks,
Javier
'''
add('feature_request', 'product_board_reply', '', 'en', 'esl', 'candidate picks onsite vs video',
    msg(addr('Muñoz, Javier', 'javier.munoz', 'q', 'utf-8', quote=True), 'suggestion for self scheduling link', dt,
        outlook_alt(t, 'ES'), client='outlook', lang='es-ES', received=5, msgid='bare'))

# EN-F4 Slack notification when availability is submitted
dt = when(2026, 3, 17, 15, 9, 'Europe/Dublin')
t = '''hey folks - small wish for goodtime: a slack ping when a candidate submits their availability. right now i only notice when i happen to open the candidate in goodtime, and sometimes a day goes by. would be even better if it went to the req's slack channel.

owen
'''
add('feature_request', 'product_board_reply', '', 'en', 'lowercase', 'Slack ping on availability submitted',
    msg(addr('Owen Brady', 'owen.brady'), 'slack notification idea', dt, apple_alt(t),
        client='apple', msgid='apple', received=2))

# EN-F5 mobile-friendly slot approval for managers
dt = when(2026, 3, 19, 21, 33, 'Europe/Paris')
t = '''Hello,

A suggestion for GoodTime from the engineering managers' side: we would like to be able to confirm or propose interview slots from a mobile-friendly page, without logging into the desktop app. Many managers travel between Lyon, Lisbon and Berlin and answer the coordinators only in the evening, which slows down everything by one day.

Regards,
Vincent Morel
VP Engineering Europe
'''
add('feature_request', 'product_board_reply', '', 'en', 'esl;evening', 'mobile approval for managers',
    msg(addr('Morel, Vincent', 'vincent.morel', quote=True), 'Suggestion for GoodTime - mobile confirmation for managers', dt,
        outlook_only(t, 'EN-US', cs='utf-8', cte='base64'), client='outlook', lang='fr-FR', received=6, dkim_sig=True, auth=True))

# EN-F6 reply to the help line's tips mail: map link + visitor QR in itinerary
dt = when(2026, 3, 27, 9, 2, 'Europe/Lisbon')
t = '''Nice tips, thanks!

One wish: it would be so useful if the itinerary could automatically include a map link and the visitor QR code from our building system, so candidates don't get lost at the Lisbon office (the entrance is behind the café and half of them go to the wrong door). Could this be suggested to GoodTime?

Ana Sofia

-----Original Message-----
From: GoodTime Helpline <helpline@larkspur-labs.com>
Sent: Thursday, March 26, 2026 5:30 PM
To: DL-Recruiting-EMEA <dl-recruiting-emea@larkspur-labs.com>
Subject: GoodTime tips #3 - candidate itineraries

Hi all,

This week's tip: after you change anything on an interview (time, room, interviewer), send the candidate the updated itinerary from GoodTime so they aren't working from an old version. And add a short personal note about who to ask for at reception.

Questions? Just reply to this email.

GoodTime project team
'''
add('feature_request', 'product_board_reply', '', 'en', 'esl;reply-on-top;original-message-block', 'map link + visitor QR in itinerary',
    msg(addr('Ana Sofia Medeiros', 'ana.medeiros', 'q', 'utf-8'), 'RE: GoodTime tips #3 - candidate itineraries', dt,
        outlook_alt(t, 'EN-US'), client='outlook', lang='pt-PT', received=5, in_reply_to=mid('outlook')))
# ---- escalations (7) ----
# EN-E1 25 more seats for Mexico City
dt = when(2026, 3, 16, 12, 30, 'America/Mexico_City')
t = '''Hello team,

We are opening the sales hub in Mexico City in April and we will have 25 new people who need to schedule interviews in GoodTime (recruiters, coordinators and sales managers). Our current contract does not have enough seats for this - we are already using all of them in LATAM.

Please can you raise this with GoodTime and get us a quote and a timeline for 25 additional licences? We need them active before 15 April. I can approve the budget on my side.

''' + SIG_ALEJANDRO
add('escalation', 'flag_csm', '', 'en', 'esl;long-signature;legal-disclaimer', '25 extra seats for Mexico City',
    msg(addr('Guzmán Treviño, Alejandro', 'alejandro.guzman', 'q', 'utf-8', quote=True), 'GoodTime licences for Mexico City hub (25 seats)', dt,
        outlook_alt(t, 'ES-MX'), client='outlook', lang='es-MX', received=7, region='nam', dkim_sig=True, arc_sig=True, auth=True))

# EN-E2 renewal, usage and pricing (raw UTF-8 From)
dt = when(2026, 3, 24, 11, 18, 'Europe/Dublin')
t = '''Hi,

Our GoodTime subscription renews on 30 June and Procurement needs to start the review now. Before we commit we'd like:

(a) seat utilisation by office for the last six months,
(b) a conversation with GoodTime about pricing for a two-year term, including the new Madrid and Mexico City headcount, and
(c) clarity on whether the EMEA and US workspaces can sit on one contract.

Can you set up a call with our account contact at GoodTime in April? I'm out 2-6 April.

Regards,
Gráinne Walsh
Senior Procurement Manager | Larkspur Labs | Dublin
'''
add('escalation', 'flag_csm', '', 'en', 'folded-subject', 'renewal: usage data and pricing',
    msg(addr('Gráinne Walsh', 'grainne.walsh', 'raw', 'utf-8'), subj('GoodTime renewal (30 June) - seat utilisation, pricing for a 2-year term and contract structure', 'ascii'),
        dt, outlook_alt(t, 'EN-IE'), client='outlook', lang='en-IE', received=6, route='local', helo='mail.dub'))

# EN-E3 recurring ATS sync failure + happening now (Apple "Begin forwarded message")
dt = when(2026, 3, 20, 8, 49, 'Europe/Dublin')
t = '''Forwarding the closure note from GoodTime Support below.

This is the third time this month that interviews scheduled in GoodTime don't appear on the candidate record in Greenhouse, and it's happening again right now: at least 14 interviews scheduled since yesterday afternoon are missing from Greenhouse, so hiring managers are asking recruiters whether candidates were ever booked.

Ticket #48213 was closed as "solved" on 6 March with no root cause. I need this escalated properly with GoodTime - someone accountable and a timeline, not another ticket. Please also get the current failure in front of Support today.

Eoin

Eoin Gallagher
Head of Talent Acquisition, EMEA
Larkspur Labs

Begin forwarded message:

From: GoodTime Support <support@goodtime.io>
Subject: [GoodTime Support] Ticket #48213 has been solved
Date: 6 March 2026 at 18:02:11 GMT
To: Eoin Gallagher <eoin.gallagher@larkspur-labs.com>

Hi Eoin,

We've deployed a fix for the sync delay affecting your Greenhouse integration. Interviews should now sync within a few minutes. We're marking this ticket as solved; just reply if anything else comes up.

Best,
Maya | GoodTime Support
'''
add('escalation', 'flag_csm+forward_support', '', 'en', 'forwarded;apple-forward;recurring;live-fault', 'ATS sync failing again after ticket closed',
    msg(addr('Eoin Gallagher', 'eoin.gallagher'), 'Fwd: [GoodTime Support] Ticket #48213 has been solved', dt, apple_alt(t),
        client='apple', msgid='apple', received=7, dkim_sig=True, auth=True))

# EN-E4 overall complaint about the rollout (raw UTF-8 From)
dt = when(2026, 3, 27, 18, 40, 'Europe/London')
t = '''Hi all,

I want to share some honest feedback after three months. The GoodTime rollout in EMEA is not landing. In Lyon and Madrid most coordinators have gone back to scheduling in Outlook because they don't trust the availability, Berlin has had repeated sync trouble, and the hiring managers I talk to don't see the benefit yet. The adoption numbers I've seen are around 40% of interviews going through GoodTime outside the UK.

I don't think this is one bug. It's training, configuration and expectations. I'd like us to sit down with GoodTime's customer success side, review where we are against what we were promised at signature, and agree a recovery plan for Q2.

Can you set that up, and let me know who from the project team should join?

Thanks,
Siobhán

Siobhán O'Connell
Director, People Operations EMEA
Larkspur Labs Ltd | 1 Finsbury Avenue, London EC2M 2PF

''' + DISC_EN
add('escalation', 'flag_csm', '', 'en', 'complaint;rambling;legal-disclaimer;long-signature', 'EMEA rollout not landing',
    msg(addr("Siobhán O'Connell", 'siobhan.oconnell', 'raw', 'utf-8', quote=True), 'GoodTime rollout - honest feedback from EMEA', dt,
        outlook_alt(t, 'EN-GB'), client='outlook', lang='en-GB', received=8, route='local', helo='mail.lon', dkim_sig=True, auth=True))

# EN-E5 training for 12 new coordinators
dt = when(2026, 3, 13, 15, 51, 'Europe/London')
t = '''Hi team,

We have 12 new coordinators starting across London and Dublin between 7 and 21 April. Could we arrange a proper GoodTime training session for them with GoodTime (not just the recorded videos) - ideally two hours live, covering panels, pools and rescheduling, plus a follow-up Q&A a couple of weeks later?

Happy to host in London with Dublin dialling in.

Priya
'''
add('escalation', 'flag_csm', '', 'en', 'apple-mail', 'training for 12 new coordinators',
    msg(addr('Priya Raman', 'priya.raman'), 'GoodTime training for April starters (London + Dublin)', dt, apple_alt(t),
        client='apple', msgid='apple', received=3))

# EN-E6 process change across offices
dt = when(2026, 3, 18, 10, 5, 'Europe/Lisbon')
t = '''Hello,

From May we are changing the engineering interview process for all EMEA offices (Berlin, Dublin, Lisbon, Lyon, Madrid): every loop becomes 5 structured sessions with trained interviewers only, and new interviewers will need 2 shadows and 1 reverse shadow before being qualified. This affects around 250 interviewers and 40 templates.

We would like GoodTime's advice on how to set this up properly (pools per competency, training paths, templates per office) and a plan for the migration, before we start changing things ourselves. Could you involve our GoodTime contact and set up a working session?

Thanks,
Helena Duarte
Engineering Hiring Lead, EMEA
'''
add('escalation', 'flag_csm', '', 'en', 'esl', 'new structured loop across 5 offices',
    msg(addr('Duarte, Helena', 'helena.duarte', quote=True), 'New engineering interview process from May - need GoodTime advice', dt,
        outlook_alt(t, 'EN-US'), client='outlook', lang='pt-PT', received=6, dkim_sig=True, auth=True, crlf=True))

# EN-E7 only admin left; ownership transfer
dt = when(2026, 3, 6, 16, 25, 'Europe/London')
t = '''Hi,

Our only GoodTime admin, Greg Sutton, left Larkspur last Friday and IT has deactivated his account. We've now realised nobody else has admin rights, so we can't add users, change templates or manage integrations - and we have 6 new starters who need access on Monday.

We need GoodTime to transfer account ownership / admin rights to me, with Priya Raman as backup. As it's an ownership change on the account, I assume our account contact at GoodTime has to be involved. Can you get that moving?

Thanks,
Rachel Fitzgerald
HR Systems Manager | Larkspur Labs | London
'''
add('escalation', 'flag_csm', '', 'en', '', 'only admin left, ownership transfer',
    msg(addr('Fitzgerald, Rachel', 'rachel.fitzgerald', quote=True), 'GoodTime admin account - owner left the company', dt,
        outlook_alt(t, 'EN-GB'), client='outlook', lang='en-GB', received=7, dkim_sig=True, arc_sig=True, auth=True))

# ---- noise (6) ----
# EN-N1 bounce from MAILER-DAEMON (multipart/report delivery-status)
dt = when(2026, 3, 11, 14, 3, 'UTC')
orig_mid = mid('outlook')
t = '''This is the mail system at host mx1.larkspur-labs.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<k.weber@larkspur-labs.com>: host
    larkspurlabs-com.mail.protection.outlook.com[52.101.68.4] said: 550 5.1.10
    RESOLVER.ADR.RecipientNotFound; Recipient k.weber@larkspur-labs.com not
    found by SMTP address lookup (in reply to RCPT TO command)
'''
ds = '''Reporting-MTA: dns; mx1.larkspur-labs.com
X-Postfix-Queue-ID: 4ZK7x10c2Qz9vB
X-Postfix-Sender: rfc822; helpline@larkspur-labs.com
Arrival-Date: %s

Final-Recipient: rfc822; k.weber@larkspur-labs.com
Original-Recipient: rfc822;k.weber@larkspur-labs.com
Action: failed
Status: 5.1.10
Remote-MTA: dns; larkspurlabs-com.mail.protection.outlook.com
Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient
    k.weber@larkspur-labs.com not found by SMTP address lookup
''' % datestr(dt - datetime.timedelta(seconds=3))
oh = '''Return-Path: <helpline@larkspur-labs.com>
From: GoodTime Helpline <helpline@larkspur-labs.com>
To: "Weber, Kai" <k.weber@larkspur-labs.com>
Subject: RE: Interviewer-Pool Frontend
Date: %s
Message-ID: %s
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
''' % (datestr(dt - datetime.timedelta(seconds=4)), orig_mid)
tag('bounce', 'multipart-report')
ent = multipart('report', [Ent(['Content-Description: Notification', 'Content-Type: text/plain; charset=us-ascii'], t.encode()),
                           Ent(['Content-Description: Delivery report', 'Content-Type: message/delivery-status'], ds.encode()),
                           Ent(['Content-Description: Undelivered Message Headers', 'Content-Type: text/rfc822-headers'], oh.encode())],
                boundary='4ZK7x10c2Qz9vB.%d/mx1.larkspur-labs.com' % R.randint(1700000000, 1799999999), params=' report-type=delivery-status;',
                preamble='This is a MIME-encapsulated message.')
add('noise', 'ignore', '', 'en', 'bounce;mailer-daemon', 'undeliverable to leaver',
    msg('MAILER-DAEMON@mx1.larkspur-labs.com (Mail Delivery System)', 'Undelivered Mail Returned to Sender', dt, ent,
        client='none', msgid='<20260311140300.4ZK7x10c2Qz9vB@mx1.larkspur-labs.com>', received=4, date_style='comment', route='ext', helo='localhost',
        sender_ip='127.0.0.1', extra=['Auto-Submitted: auto-replied'], return_path='<>'))

# EN-N2 GoodTime product newsletter with List-Unsubscribe
dt = when(2026, 3, 5, 16, 0, 'America/New_York', 7)
nl_txt = '''GoodTime Product Digest - March 2026

What's new this month
- Smarter interviewer suggestions for pools with load limits
- Faster candidate availability pages on mobile
- Reporting: new "time to schedule" breakdown by stage

Webinar: "Scheduling hiring events at scale" - March 24, 11am ET. Save your seat: https://www.goodtime.io/webinars/hiring-events

Read the full release notes: https://www.goodtime.io/release-notes/2026-03

You are receiving this email because you are a GoodTime customer contact.
Unsubscribe: https://info.goodtime.io/unsubscribe?u=8f21c0&e=helpline%40larkspur-labs.com
GoodTime.io, 1 Market St, San Francisco, CA
'''
nl_html = '''<!DOCTYPE html><html><head><meta charset="utf-8"><title>GoodTime Product Digest</title></head>
<body style="margin:0;background:#f4f2fb"><table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif"><tr><td style="background:#6a3de8;color:#fff;padding:24px;font-size:22px">GoodTime Product Digest &ndash; March 2026</td></tr>
<tr><td style="padding:24px;font-size:15px;line-height:22px"><h3>What&rsquo;s new this month</h3><ul><li>Smarter interviewer suggestions for pools with load limits</li><li>Faster candidate availability pages on mobile</li><li>Reporting: new &ldquo;time to schedule&rdquo; breakdown by stage</li></ul>
<p><a href="https://www.goodtime.io/webinars/hiring-events?utm_source=digest&amp;utm_medium=email" style="background:#6a3de8;color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none">Save your seat</a></p>
<p><a href="https://www.goodtime.io/release-notes/2026-03">Read the full release notes</a></p></td></tr>
<tr><td style="padding:16px;font-size:11px;color:#888">You are receiving this email because you are a GoodTime customer contact. <a href="https://info.goodtime.io/unsubscribe?u=8f21c0&amp;e=helpline%40larkspur-labs.com">Unsubscribe</a><br>GoodTime.io, 1 Market St, San Francisco, CA</td></tr></table>
<img src="https://info.goodtime.io/trk/o/8f21c0.gif" width="1" height="1" alt=""></td></tr></table></body></html>
'''
tag('newsletter', 'list-unsubscribe')
ent = multipart('alternative', [text(nl_txt, 'plain', 'utf-8', 'quoted-printable'), text(nl_html, 'html', 'utf-8', 'quoted-printable')],
                boundary='b1_%s' % rhex(32))
add('noise', 'ignore', '', 'en', 'newsletter;list-unsubscribe;marketing', 'vendor product digest',
    msg('GoodTime <news@goodtime.io>', 'GoodTime Product Digest: what shipped in March', dt, ent, client='none',
        msgid='<%s@info.goodtime.io>' % rhex(20), received=6, route='ext', helo='mta-174-12.sparkpostmail.com', sender_ip='192.174.84.12',
        extra=['List-Unsubscribe: <https://info.goodtime.io/unsubscribe?u=8f21c0&e=helpline%40larkspur-labs.com>, <mailto:unsubscribe-8f21c0@info.goodtime.io>',
               'List-Unsubscribe-Post: List-Unsubscribe=One-Click', 'Precedence: bulk', 'List-Id: <digest.goodtime.io>',
               'Feedback-ID: 8f21c0:digest:sparkpost'],
        return_path='<msprvs1=1984=bounces-1723@sparkpostmail.com>'))

# EN-N3 phishing
dt = when(2026, 3, 21, 3, 14, 'UTC')
t = '''Dear helpline@larkspur-labs.com,

Your mailbox has exceeded the storage limit set by your administrator. You will not be able to send or receive new messages until you validate your account.

IMMEDIATE ACTION REQUIRED: verify your mailbox within 24 hours to avoid permanent deletion of your messages.

Validate now: https://larkspur-labs.com.mailbox-verify.help/owa/auth?u=helpline

Thank you,
Larkspur IT Support Team
'''
ph_html = '<html><body><p>Dear helpline@larkspur-labs.com,</p><p>Your mailbox has exceeded the storage limit set by your administrator. You will not be able to send or receive new messages until you validate your account.</p><p><b style="color:red">IMMEDIATE ACTION REQUIRED:</b> verify your mailbox within 24 hours to avoid permanent deletion of your messages.</p><p><a href="https://larkspur-labs.com.mailbox-verify.help/owa/auth?u=helpline">Validate Mailbox</a></p><p>Thank you,<br>Larkspur IT Support Team</p></body></html>\n'
tag('phishing')
ent = multipart('alternative', [text(t, 'plain', 'utf-8', 'base64'), text(ph_html, 'html', 'utf-8', 'base64')])
add('noise', 'ignore', '', 'en', 'phishing;spoofed-display-name', 'mailbox quota phish',
    msg('"Larkspur IT Support" <it-support@larkspur-labs-helpdesk.com>', 'ACTION REQUIRED: Mailbox storage full - verify within 24 hours', dt, ent,
        client='none', msgid='<%s@larkspur-labs-helpdesk.com>' % rhex(18), received=5, route='ext', helo='vps-31-220-61-17.hosted-by.example.net',
        sender_ip='31.220.61.17',
        pre=['Authentication-Results: mx1.larkspur-labs.com;\n\tdkim=none;\n\tspf=softfail (mx1.larkspur-labs.com: domain of transitioning it-support@larkspur-labs-helpdesk.com does not designate 31.220.61.17 as permitted sender) smtp.mailfrom=larkspur-labs-helpdesk.com;\n\tdmarc=none',
             'X-Spam-Status: Yes, score=6.8'],
        extra=['X-Mailer: Microsoft Outlook Express 6.00.2900.5512', 'X-Priority: 1 (Highest)']))

# EN-N4 event marketing
dt = when(2026, 3, 10, 14, 30, 'Europe/London', 0)
t = '''TalentOps Summit Europe 2026 - Lisbon, 14-15 May

Hi there,

Join 1,200 recruiting operations leaders in Lisbon for two days of talks on interview scheduling, structured hiring and AI in TA.

Early-bird tickets end Friday: use code EARLYOPS for 25% off.
Book now: https://talentops-summit.example.com/eu26?utm_source=email

See you in Lisbon!
The TalentOps Summit team

You're receiving this because you registered for a TalentOps webinar.
Unsubscribe: https://talentops-summit.example.com/unsub?id=5521aa
'''
tag('marketing', 'list-unsubscribe')
add('noise', 'ignore', '', 'en', 'marketing;list-unsubscribe', 'conference marketing',
    msg('TalentOps Summit <hello@talentops-summit.example.com>', 'Last chance: early-bird tickets for TalentOps Summit Lisbon', dt,
        text(t, 'plain', 'utf-8', 'quoted-printable'), client='none', msgid='<%s@mail.talentops-summit.example.com>' % rhex(24),
        received=5, route='ext', helo='o1.ptr4401.mail.talentops-summit.example.com', sender_ip='167.89.12.44',
        extra=['List-Unsubscribe: <https://talentops-summit.example.com/unsub?id=5521aa>', 'Precedence: bulk', 'X-Campaign: eu26-earlybird-3']))

# EN-N5 Exchange delay notification
dt = when(2026, 3, 26, 2, 17, 'UTC')
t = '''Delivery is delayed to these recipients or groups:

recruiting-mx@larkspur-labs.com

Subject: RE: GoodTime training slots for Mexico City

This message hasn't been delivered yet. Delivery will continue to be attempted.

The server will keep trying to deliver this message for the next 1 days, 19 hours and 51 minutes. You'll be notified if the message can't be delivered by that time.
'''
ds = '''Reporting-MTA: dns;%s
Received-From-MTA: dns;%s
Arrival-Date: %s

Final-Recipient: rfc822;recruiting-mx@larkspur-labs.com
Action: delayed
Status: 4.4.7
Will-Retry-Until: Sat, 28 Mar 2026 00:08:17 +0000
X-Display-Name: Recruiting MX
''' % (m365_host('nam'), m365_host('nam'), datestr(dt - datetime.timedelta(hours=4)))
tag('delay-notification', 'multipart-report')
ent = multipart('report', [text(t, 'plain', 'us-ascii', '7bit'),
                           Ent(['Content-Type: message/delivery-status'], ds.encode())],
                boundary=ob('000'), params=' report-type=delivery-status;')
add('noise', 'ignore', '', 'en', 'bounce;delay-dsn', 'delivery delayed DSN',
    msg('Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@larkspur-labs.com>', 'Delivery delayed:RE: GoodTime training slots for Mexico City', dt, ent,
        client='none', msgid=mid('outlook-nam'), received=5, extra=['Auto-Submitted: auto-replied', 'X-MS-Exchange-Message-Is-Ndr:'],
        return_path='<>'))

# EN-N6 bare thanks above quoted answer
dt = when(2026, 3, 4, 8, 20, 'Europe/Dublin')
t = '''Thanks!! 🙏

On 4 Mar 2026, at 08:05, GoodTime Helpline <helpline@larkspur-labs.com> wrote:

> Hi Owen,
>
> It's support@goodtime.io - or use the Chat bubble once you're logged in.
> Include the interview link and your screenshots and they'll pick it up.
>
> GoodTime project team
'''
add('noise', 'ignore', '', 'en', 'bare-thanks;quoted-thread;apple-mail', 'bare thanks',
    msg(addr('Owen Brady', 'owen.brady'), 'Re: goodtime support email?', dt, apple_alt(t), client='apple', msgid='apple',
        received=5, in_reply_to=mid('outlook')))


# =====================================================================
# write out
# =====================================================================
def main():
    order = list(range(len(MESSAGES)))
    random.Random(4242).shuffle(order)
    for f in os.listdir(OUT):
        if f.startswith('b-') and f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    rows = []
    for n, i in enumerate(order, 1):
        m = MESSAGES[i]
        name = 'b-%03d.eml' % n
        with open(os.path.join(OUT, name), 'wb') as fh:
            fh.write(m['raw'])
        rows.append([name, m['category'], m['actions'], m['article'], m['language'], m['format'], m['notes']])
    with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as fh:
        w = csv.writer(fh)
        w.writerow(['file', 'category', 'actions', 'article', 'language', 'format', 'notes'])
        w.writerows(rows)
    print('wrote %d messages' % len(rows))


if __name__ == '__main__':
    main()
