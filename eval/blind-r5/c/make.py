#!/usr/bin/env python3
"""Writer "c": builds c-001.eml ... c-100.eml and labels.csv for the sealed blind test set.

Standard library only.  Every message is assembled by hand as bytes so that the
transfer encodings, charsets and header quirks are exactly what real mail looks like.
Run:  python3 make.py
"""
import base64
import csv
import datetime as _dt
import os
import random
import struct
import zlib

OUT = os.path.dirname(os.path.abspath(__file__))
HELP = 'helpline@brightwellclinics.com'
HELP_TO = 'GoodTime Help Line <helpline@brightwellclinics.com>'

# --------------------------------------------------------------------------- time

def _nth_sunday(y, m, n):
    d = _dt.date(y, m, 1)
    while d.weekday() != 6:
        d += _dt.timedelta(days=1)
    return d + _dt.timedelta(weeks=n - 1)


def _last_sunday(y, m):
    d = _dt.date(y, m, 31)
    while d.weekday() != 6:
        d -= _dt.timedelta(days=1)
    return d


def _offset(zone, y, m, d, h):
    day = _dt.date(y, m, d)
    if zone in ('US', 'CT'):
        base = -5 if zone == 'US' else -6
        dst = _nth_sunday(y, 3, 2) <= day < _nth_sunday(y, 11, 1)
        return base + (1 if dst else 0)
    base = {'UK': 0, 'PT': 0, 'CET': 1, 'UTC': 0}[zone]
    if zone == 'UTC':
        return 0
    dst = _last_sunday(y, 3) <= day < _last_sunday(y, 10)
    return base + (1 if dst else 0)


DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
MONS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']


class T:
    """A moment, given in the sender's local time and zone."""

    def __init__(self, y, m, d, h, mi, zone='UK', s=None, seed=0):
        if s is None:
            s = (y * 7 + m * 13 + d * 17 + h * 19 + mi * 23 + seed) % 60
        off = _offset(zone, y, m, d, h)
        self.tz = _dt.timezone(_dt.timedelta(hours=off))
        self.loc = _dt.datetime(y, m, d, h, mi, s, tzinfo=self.tz)
        self.utc = self.loc.astimezone(_dt.timezone.utc)

    @staticmethod
    def _fmt(dt, pad=False, weekday=True):
        off = dt.utcoffset()
        mins = int(off.total_seconds() // 60)
        sign = '+' if mins >= 0 else '-'
        mins = abs(mins)
        z = '%s%02d%02d' % (sign, mins // 60, mins % 60)
        day = ('%02d' % dt.day) if pad else str(dt.day)
        s = '%s %s %d %02d:%02d:%02d %s' % (day, MONS[dt.month - 1], dt.year, dt.hour, dt.minute, dt.second, z)
        return (DAYS[dt.weekday()] + ', ' + s) if weekday else s

    def hdr(self, pad=False, weekday=True, comment=None):
        s = self._fmt(self.loc, pad, weekday)
        return s + (' (%s)' % comment if comment else '')

    def rcv(self, delta=0, pad=False, comment=None, local=False):
        dt = (self.loc if local else self.utc) + _dt.timedelta(seconds=delta)
        s = self._fmt(dt, pad)
        return s + (' (%s)' % comment if comment else '')

    def unix(self, delta=0):
        return int(self.utc.timestamp()) + delta


# --------------------------------------------------------------------------- random bits

def R(seed):
    return random.Random('c-writer-' + str(seed))


def hexs(rng, n, upper=False):
    s = ''.join(rng.choice('0123456789abcdef') for _ in range(n))
    return s.upper() if upper else s


B64CH = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'


def b64s(rng, n):
    return ''.join(rng.choice(B64CH) for _ in range(n))


def alnum(rng, n, chars='ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'):
    return ''.join(rng.choice(chars) for _ in range(n))


def uuid(rng, upper=False):
    h = hexs(rng, 32, upper)
    return '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def fold(value, width=74, first=0, sep=' ', indent='\t'):
    """Fold a long header value at spaces (or at `sep`)."""
    words = value.split(sep)
    lines, cur = [], ''
    limit = width - first
    for w in words:
        cand = (cur + sep + w) if cur else w
        if len(cand) > limit and cur:
            lines.append(cur + (sep if sep != ' ' else ''))
            cur = w
            limit = width
        else:
            cur = cand
    lines.append(cur)
    return ('\n' + indent).join(lines)


def fold_b64(s, first=60, width=72, indent='\t'):
    out = [s[:first]]
    s = s[first:]
    while s:
        out.append(s[:width])
        s = s[width:]
    return ('\n' + indent).join(out)


# --------------------------------------------------------------------------- encoded words

Q_SAFE = set(b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/')


def ewb(s, cs='utf-8', label=None):
    label = label or cs
    return '=?%s?B?%s?=' % (label, base64.b64encode(s.encode(cs)).decode())


def ewq(s, cs='utf-8', label=None, lower_q=False):
    label = label or cs
    out = []
    for c in s.encode(cs):
        if c == 32:
            out.append('_')
        elif c in Q_SAFE:
            out.append(chr(c))
        else:
            out.append('=%02X' % c)
    return '=?%s?%s?%s?=' % (label, 'q' if lower_q else 'Q', ''.join(out))


def ew_split(s, at, mode='Q', cs='utf-8', label=None, joiner='\n '):
    """Two encoded words, the split falling inside a word (at a character boundary)."""
    f = ewq if mode.upper() == 'Q' else ewb
    return f(s[:at], cs, label) + joiner + f(s[at:], cs, label)


# --------------------------------------------------------------------------- body encodings

def qp_encode(data, eol):
    out = []
    for line in data.split(b'\n'):
        toks = []
        for c in line:
            if (33 <= c <= 126 and c != 61) or c in (32, 9):
                toks.append(chr(c))
            else:
                toks.append('=%02X' % c)
        if toks and toks[-1] in (' ', '\t'):
            toks[-1] = '=%02X' % ord(toks[-1])
        cur = ''
        for t in toks:
            if len(cur) + len(t) > 75:
                out.append(cur + '=')
                cur = ''
            cur += t
        out.append(cur)
    return eol.join(out).encode('ascii')


def b64_encode(data, eol, width=76):
    s = base64.b64encode(data).decode()
    return eol.join(s[i:i + width] for i in range(0, len(s), width)).encode('ascii')


# --------------------------------------------------------------------------- MIME parts

class Part:
    def __init__(self, headers, body=b'', parts=None, boundary=None, preamble=None, epilogue=None):
        self.headers = headers  # list of (name, value) ; value str or bytes
        self.body = body        # bytes, lines separated by b'\n' unless raw_eol
        self.parts = parts
        self.boundary = boundary
        self.preamble = preamble
        self.epilogue = epilogue


def _hline(name, value, eol):
    if isinstance(value, bytes):
        v = value.replace(b'\n', eol.encode())
    else:
        v = value.replace('\n', eol).encode('utf-8')
    return name.encode('ascii') + b': ' + v + eol.encode()


def render(part, eol):
    out = b''.join(_hline(n, v, eol) for n, v in part.headers)
    out += eol.encode()
    if part.parts is None:
        body = part.body
        if isinstance(body, str):
            body = body.encode('utf-8')
        out += body.replace(b'\r\n', b'\n').replace(b'\n', eol.encode())
        return out
    e = eol.encode()
    if part.preamble:
        out += part.preamble.encode().replace(b'\n', e) + e
    for p in part.parts:
        out += b'--' + part.boundary.encode() + e
        out += render(p, eol)
        if not out.endswith(e):
            out += e
    out += b'--' + part.boundary.encode() + b'--' + e
    if part.epilogue:
        out += part.epilogue.encode().replace(b'\n', e)
    return out


def text(s, subtype='plain', charset='utf-8', cte='quoted-printable', params='', extra=None,
         cs_label=None, ct_quote=True):
    """A text leaf.  s is a str with \\n line ends; the charset decides the bytes."""
    data = s.encode(charset) if isinstance(s, str) else s
    cs_label = cs_label or charset
    csp = ('charset="%s"' % cs_label) if ct_quote else ('charset=%s' % cs_label)
    ct = 'text/%s; %s%s' % (subtype, csp, params)
    hs = [('Content-Type', ct)]
    if cte == 'base64':
        body = b64_encode(data.replace(b'\n', b'\r\n'), '\n')
    elif cte == 'quoted-printable':
        body = qp_encode(data, '\n')
    else:
        body = data
    hs.append(('Content-Transfer-Encoding', cte))
    if extra:
        hs += extra
    return Part(hs, body)


def binary(data, ctype, filename, disp='attachment', extra=None, name_param=True, size=False,
           cid=None):
    ct = ctype + ('; name="%s"' % filename if name_param else '')
    cd = '%s; filename="%s"' % (disp, filename)
    if size:
        cd += '; size=%d' % len(data)
    hs = [('Content-Type', ct), ('Content-Description', filename) if size else None,
          ('Content-Disposition', cd)]
    hs = [h for h in hs if h]
    if cid:
        hs.append(('Content-ID', '<%s>' % cid))
    hs.append(('Content-Transfer-Encoding', 'base64'))
    if extra:
        hs += extra
    return Part(hs, b64_encode(data, '\n'))


def multi(subtype, parts, boundary, params='', preamble=None, epilogue=None, ct_fold=True):
    ct = 'multipart/%s;%sboundary="%s"%s' % (subtype, '\n\t' if ct_fold else ' ', boundary, params)
    return Part([('Content-Type', ct)], parts=parts, boundary=boundary, preamble=preamble,
                epilogue=epilogue)


def message(headers, part, eol='\r\n', mime_version=True):
    hs = list(headers)
    if mime_version and not any(n.lower() == 'mime-version' for n, _ in hs):
        hs.append(('MIME-Version', '1.0'))
    top = Part(hs + part.headers, part.body, part.parts, part.boundary, part.preamble, part.epilogue)
    return render(top, eol)


# --------------------------------------------------------------------------- small binary files

def png(w=96, h=54, seed=1, bars=None):
    """A small but valid PNG that looks like a screenshot strip (grey UI with a red banner)."""
    rng = R('png%s' % seed)
    rows = []
    for y in range(h):
        row = bytearray([0])
        for x in range(w):
            if y < 8:
                px = (52, 30, 110)                       # purple top bar
            elif 14 <= y < 22 and 6 <= x < w - 6:
                px = (214, 60, 60)                       # red error banner
            elif (y - 26) % 7 in (0, 1) and 26 <= y < h - 4 and 8 <= x < 8 + rng.randint(30, w - 16):
                px = (170, 170, 170)                     # text lines
            else:
                px = (246, 246, 248)
            row += bytes(px)
        rows.append(bytes(row))
    raw = zlib.compress(b''.join(rows), 9)

    def chunk(typ, data):
        c = struct.pack('>I', len(data)) + typ + data
        return c + struct.pack('>I', zlib.crc32(typ + data) & 0xffffffff)

    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0))
            + chunk(b'IDAT', raw) + chunk(b'IEND', b''))


def pdf(lines, title='Document'):
    """A minimal valid one-page PDF with a few lines of Helvetica text."""
    def esc(s):
        return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
    stream = 'BT /F1 11 Tf 56 780 Td 14 TL\n' + ''.join('(%s) Tj T*\n' % esc(l) for l in lines) + 'ET'
    stream = stream.encode('latin-1')
    objs = [
        b'<< /Type /Catalog /Pages 2 0 R >>',
        b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
        b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
        b'<< /Length %d >>\nstream\n' % len(stream) + stream + b'\nendstream',
        ('<< /Title (%s) /Producer (Microsoft\xae Word for Microsoft 365) >>' % esc(title)).encode('latin-1'),
    ]
    out = b'%PDF-1.7\n%\xe2\xe3\xcf\xd3\n'
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b'%d 0 obj\n' % i + o + b'\nendobj\n'
    xref = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    for o in offs:
        out += b'%010d 00000 n \n' % o
    out += b'trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, xref)
    return out


def tnef(seed):
    rng = R('tnef%s' % seed)
    body = bytes(rng.randrange(256) for _ in range(380))
    return b'\x78\x9f\x3e\x22' + struct.pack('<H', rng.randrange(65535)) + b'\x01\x06\x90\x08\x00\x10\x00\x00\x00' + body


# --------------------------------------------------------------------------- HTML helpers

def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace('"', '&quot;')


OUTLOOK_HEAD = '''<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=%(cs)s">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<!--[if !mso]><style>v\\:* {behavior:url(#default#VML);}
o\\:* {behavior:url(#default#VML);}
w\\:* {behavior:url(#default#VML);}
.shape {behavior:url(#default#VML);}
</style><![endif]--><style><!--
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
	mso-fareast-language:EN-US;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:#0563C1;
	text-decoration:underline;}
span.EmailStyle%(style)d
	{mso-style-type:personal-%(kind)s;
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


def _mso_lines(s, span=None, lang=None):
    out = []
    for line in s.split('\n'):
        if line.strip() == '':
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
            continue
        inner = esc(line)
        if lang:
            inner = '<span lang="%s">%s</span>' % (lang, inner)
        if span:
            inner = '<span style="%s">%s</span>' % (span, inner)
        out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % inner)
    return '\n'.join(out)


def outlook_html(main, sig='', disc='', quote=None, lang='EN-GB', cs='windows-1252', font='Calibri',
                 reply=False, sig_color='#1F3864'):
    h = OUTLOOK_HEAD % dict(cs=cs, font=font, lang=lang, style=18 if reply else 17,
                            kind='reply' if reply else 'compose')
    h += _mso_lines(main) + '\n'
    if sig:
        h += _mso_lines(sig, span='font-size:9.0pt;color:%s' % sig_color) + '\n'
    if disc:
        h += '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        h += _mso_lines(disc, span='font-size:7.5pt;font-family:&quot;Arial&quot;,sans-serif;color:#7F7F7F') + '\n'
    if quote:
        h += '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' + quote_html(quote, 'outlook') + '\n'
    h += '</div>\n</body>\n</html>\n'
    return h


def gmail_html(main, sig='', quote=None):
    def block(s):
        out = []
        for line in s.split('\n'):
            out.append('<div>%s</div>' % (esc(line) if line.strip() else '<br>'))
        return ''.join(out)
    h = '<div dir="ltr">' + block(main)
    if sig:
        h += '<br clear="all"><div><br></div><span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature"><div dir="ltr">' + block(sig) + '</div></div>'
    h += '</div>'
    if quote:
        h += '<br>' + quote_html(quote, 'gmail')
    return h + '\n'


def apple_html(main, sig='', quote=None, mobile=False):
    def block(s):
        return ''.join('<div>%s</div>' % (esc(l) if l.strip() else '<br>') for l in s.split('\n'))
    h = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
         '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;"'
         + (' dir="auto"' if mobile else '') + '>')
    h += block(main)
    if sig:
        h += '<div><br></div><div>' + block(sig) + '</div>'
    if quote:
        h += '<div><br>' + quote_html(quote, 'apple') + '</div>'
    h += '</body></html>\n'
    return h


def quote_html(q, client):
    kind = q['kind']
    body_html = '<br>\n'.join(esc(l) for l in q['body'].split('\n'))
    if client == 'outlook':
        if kind in ('outlook', 'fwd'):
            fields = '<br>\n'.join('<b>%s:</b> %s' % (esc(k), esc(v)) for k, v in q['fields'])
            head = ''
            if q.get('intro') and kind == 'fwd':
                head = '<p class="MsoNormal">%s<o:p></o:p></p>\n' % esc(q['intro'])
            return (head + '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
                    '<p class="MsoNormal"><span lang="EN-US">' + fields + '<o:p></o:p></span></p>\n</div>\n'
                    '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' + _mso_lines(q['body']))
        return ('<p class="MsoNormal">%s<o:p></o:p></p>\n<blockquote style="border:none;border-left:solid #CCCCCC 1.0pt;padding:0cm 0cm 0cm 6.0pt;margin-left:4.8pt;margin-right:0cm">\n' % esc(q['intro'])
                + _mso_lines(q['body']) + '\n</blockquote>')
    if client == 'gmail':
        if kind == 'fwd':
            fields = '<br>'.join('%s: %s' % (esc(k), esc(v)) for k, v in q['fields'])
            return ('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br>%s<br></div><br><br>'
                    '<div dir="ltr">%s</div></div>' % (esc(q['intro']), fields, body_html))
        return ('<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
                '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                '<div dir="ltr">%s</div></blockquote></div>' % (esc(q['intro']), body_html))
    # apple
    if kind == 'fwd':
        fields = ''.join('<div style="margin-top: 0px; margin-right: 0px; margin-bottom: 0px; margin-left: 0px;">'
                         '<span style="font-family: -webkit-system-font, Helvetica Neue, Helvetica, sans-serif;"><b>%s: </b></span>'
                         '<span style="font-family: -webkit-system-font, Helvetica Neue, Helvetica, sans-serif;">%s<br></span></div>'
                         % (esc(k), esc(v)) for k, v in q['fields'])
        return ('<div>%s</div><br><blockquote type="cite"><div>%s</div><br><div>%s</div></blockquote>'
                % (esc(q['intro']), fields, body_html))
    return '<blockquote type="cite"><div>%s</div><br><div>%s</div></blockquote>' % (esc(q['intro']), body_html)


def quote_plain(q):
    kind = q['kind']
    if kind == 'cite':
        lines = [q['intro']] if q.get('intro') else []
        lines += [('> ' + l) if l else '>' for l in q['body'].split('\n')]
        return '\n'.join(lines)
    out = []
    if q.get('sep'):
        out.append(q['sep'])
    if kind == 'fwd' and q.get('intro'):
        out.append(q['intro'])
        if q.get('blank_after_intro'):
            out.append('')
    out += ['%s: %s' % (k, v) for k, v in q['fields']]
    out.append('')
    out.append(q['body'])
    return '\n'.join(out)


def plain(main, sig='', disc='', quote=None, sigdash=False, mobile=None):
    s = main.rstrip('\n') + '\n'
    if mobile:
        s += '\n' + mobile + '\n'
    if sig:
        s += '\n' + ('-- \n' if sigdash else '') + sig.rstrip('\n') + '\n'
    if disc:
        s += '\n' + disc.rstrip('\n') + '\n'
    if quote:
        s += '\n' + quote_plain(quote).rstrip('\n') + '\n'
    return s


# --------------------------------------------------------------------------- trace headers

REGIONS = {
    'eu': ('eurprd04', 'EURP', 'AM', 'DB', 'PA', 'AS', 'VI'),
    'uk': ('GBRP265', 'GBRP265', 'LO', 'CW', 'LO4', 'LO2', 'CWX'),
    'us': ('namprd12', 'NAMP', 'BN', 'CH', 'SA', 'DM', 'MW'),
}


def _exo_host(rng, region, kind='MB'):
    r = REGIONS[region]
    pre = rng.choice(r[2:])
    if region == 'uk':
        return '%sP265%s%04d.%s.PROD.OUTLOOK.COM' % (pre[:2], kind, rng.randrange(10000), 'GBRP265')
    n = rng.choice(['04', '08', '12', '02', '05'])
    return '%s%dPR%s%s%04d.%s.prod.outlook.com' % (pre[:2], rng.randrange(1, 10), n, kind, rng.randrange(10000),
                                                 r[0])


def _v6(rng):
    return '2603:10a6:%s:%s::%s' % (hexs(rng, 3).lstrip('0') or '1', hexs(rng, 3).lstrip('0') or '2', rng.randrange(1, 30))


SMTPS = 'Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384)'


def trace_internal(rng, t, region='eu', hops=4, exch_extra=True, subject_topic=None, lang='en-GB'):
    """Mail sent inside the brightwellclinics.com Exchange Online tenant."""
    dest = _exo_host(rng, region)
    a = _exo_host(rng, region)
    fe = _exo_host(rng, region, 'CA')
    mbx = _exo_host(rng, region)
    hs = []
    hs.append(('Received', 'from %s (%s) by %s with HTTPS; %s' % (a, _v6(rng), dest, t.rcv(3))))
    if hops >= 3:
        hs.append(('Received', 'from %s (%s) by %s (%s) with %s id 15.20.%d.%d; %s'
                   % (fe, _v6(rng), a, _v6(rng), SMTPS, rng.randrange(8000, 9400), rng.randrange(10, 40), t.rcv(3))))
    if hops >= 4:
        pep = '%sEPF0000%s.%s.prod.outlook.com' % (rng.choice(['AMS0', 'DU6P', 'DB1P', 'BN2P', 'CH1P']),
                                                   hexs(rng, 4, True), 'eurprd05' if region != 'us' else 'namprd04')
        hs.append(('Received', 'from %s (%s) by %s (%s) with\n %s id 15.20.%d.%d\n via Frontend Transport; %s'
                   % (pep, _v6(rng).replace('::', ':cafe::'), fe.replace('prod.outlook.com', 'outlook.office365.com'),
                      _v6(rng), SMTPS, rng.randrange(8000, 9400), rng.randrange(10, 40), t.rcv(2))))
    for i in range(max(0, hops - 4)):
        hh = _exo_host(rng, region)
        hs.append(('Received', 'from %s (%s) by %s (%s) with %s id 15.20.%d.%d; %s'
                   % (hh, _v6(rng), mbx, _v6(rng), SMTPS, rng.randrange(8000, 9400), rng.randrange(10, 40), t.rcv(1))))
    fe80 = 'fe80::%s:%s:%s:%s' % (hexs(rng, 4), hexs(rng, 4), hexs(rng, 3), hexs(rng, 4))
    hs.append(('Received', 'from %s ([%s]) by %s\n ([%s%%%d]) with mapi id 15.20.%d.%03d; %s'
               % (mbx, fe80, mbx, fe80, rng.randrange(2, 9), rng.randrange(8000, 9400), rng.randrange(10, 40), t.rcv(0))))
    return hs


def exch_meta(rng, t, topic, lang='en-GB', attach=False):
    ti = base64.b64encode(bytes([1, 0xdc]) + bytes(rng.randrange(256) for _ in range(20))).decode()
    return [
        ('Thread-Topic', topic),
        ('Thread-Index', ti),
        ('X-MS-Has-Attach', 'yes' if attach else ''),
        ('X-MS-TNEF-Correlator', ''),
        ('Content-Language', lang),
        ('X-MS-Exchange-Organization-AuthAs', 'Internal'),
        ('X-MS-Exchange-Organization-AuthMechanism', '04'),
        ('X-MS-Exchange-Organization-SCL', '-1'),
        ('X-MS-Exchange-Organization-Network-Message-Id', uuid(rng)),
    ]


def dkim(rng, t, d, s, h='From:To:Subject:Date:Message-ID:MIME-Version:Content-Type'):
    v = ('v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=%s; t=%d; bh=%s=; h=%s; b='
         % (d, s, t.unix(-2), b64s(rng, 43), h))
    return ('DKIM-Signature', fold(v, 74) + '\n\t ' + fold_b64(b64s(rng, 342) + '==', 70, 70, '\t '))


def arc(rng, t, d='microsoft.com', s='arcselector10001', i=1, spf_ip='40.107.22.88', dom='brightwellclinics.com'):
    seal = 'i=%d; a=rsa-sha256; s=%s; d=%s; cv=none; b=%s' % (i, s, d, b64s(rng, 342) + '==')
    ams = ('i=%d; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=%s; h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:'
           'X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0; bh=%s=; b=%s'
           % (i, d, s, b64s(rng, 43), b64s(rng, 342) + '=='))
    aar = ('i=%d; mx.microsoft.com 1; spf=pass smtp.mailfrom=%s; dmarc=pass action=none header.from=%s; dkim=pass header.d=%s; arc=none'
           % (i, dom, dom, dom))
    return [('ARC-Seal', fold(seal)), ('ARC-Message-Signature', fold(ams)), ('ARC-Authentication-Results', fold(aar))]


def authres(dom, ip, dkim_res='pass', spf='pass', dmarc='pass', compauth='pass reason=100'):
    v = ('spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n header.d=%s;dmarc=%s action=none\n header.from=%s;compauth=%s'
         % (spf, ip, dom, dkim_res, dom, dmarc, dom, compauth))
    return ('Authentication-Results', v)


def eop_inbound(rng, t, helo, ip, dom, region='eu', extra_hops=0):
    """The receiving side of Exchange Online Protection for mail coming from outside the tenant."""
    dest = _exo_host(rng, region)
    fe = _exo_host(rng, region, 'CA')
    pep = '%sEPF0000%s.%s.prod.outlook.com' % (rng.choice(['AMS0', 'DU6P', 'DB1P']), hexs(rng, 4, True),
                                               'eurprd05' if region != 'us' else 'namprd04')
    hs = [('Received', 'from %s (%s) by %s with HTTPS; %s' % (fe, _v6(rng), dest, t.rcv(6))),
          ('Received', 'from %s (%s) by %s (%s) with %s id 15.20.%d.%d; %s'
           % (pep.replace('EPF', 'CA').replace('prod.outlook.com', 'prod.outlook.com'), _v6(rng), fe, _v6(rng), SMTPS,
              rng.randrange(8000, 9400), rng.randrange(10, 40), t.rcv(5)))]
    for _ in range(extra_hops):
        hh = _exo_host(rng, region, 'CA')
        hs.append(('Received', 'from %s (%s) by %s (%s) with %s id 15.20.%d.%d; %s'
                   % (hh, _v6(rng), fe, _v6(rng), SMTPS, rng.randrange(8000, 9400), rng.randrange(10, 40), t.rcv(5))))
    hs.append(authres(dom, ip))
    hs.append(('Received-SPF', 'Pass (protection.outlook.com: domain of %s designates %s as\n permitted sender) receiver=protection.outlook.com; client-ip=%s;\n helo=%s; pr=C' % (dom, ip, ip, helo)))
    hs.append(('Received', 'from %s (%s) by\n %s (%s) with Microsoft SMTP Server\n (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend\n Transport; %s'
               % (helo, ip, pep.replace('prod.outlook.com', 'mail.protection.outlook.com'), '10.167.%d.%d' % (rng.randrange(1, 250), rng.randrange(1, 250)),
                  rng.randrange(8000, 9400), rng.randrange(10, 40), t.rcv(4))))
    return hs


def gmail_trace(rng, t, dom):
    """Headers a Google Workspace / Gmail message carries when it leaves Google."""
    pac = _dt.timezone(_dt.timedelta(hours=_offset('US', t.utc.year, t.utc.month, t.utc.day, 0) - 3))
    pl = t.utc.astimezone(pac)
    tag = 'PDT' if pl.utcoffset().total_seconds() == -7 * 3600 else 'PST'
    return [
        ('Received', 'by mail-ej1-f%d.google.com with SMTP id a640c23a62f3a-%sso%d.1\n        for <%s>; %s (%s)'
         % (rng.randrange(40, 70), hexs(rng, 11), rng.randrange(100000, 999999), HELP,
            T._fmt(pl + _dt.timedelta(seconds=2), pad=True), tag)),
        dkim(rng, t, dom, 'google', 'to:subject:message-id:date:from:mime-version:from:to:cc:subject:date:message-id:reply-to'),
        ('X-Google-DKIM-Signature', fold('v=1; a=rsa-sha256; c=relaxed/relaxed; d=1e100.net; s=20230601; t=%d; x=%d; h=to:subject:message-id:date:from:mime-version:x-gm-message-state:from:to:cc:subject:date:message-id:reply-to; bh=%s=; b=%s' % (t.unix(-2), t.unix(604798), b64s(rng, 43), b64s(rng, 342) + '=='))),
        ('X-Gm-Message-State', fold('AOJu0Y%s' % b64s(rng, 90))),
        ('X-Gm-Gg', fold('ASbGnc%s' % b64s(rng, 120))),
        ('X-Google-Smtp-Source', 'AGHT+IF%s' % b64s(rng, 80)),
        ('X-Received', 'by 2002:a17:907:%s:b0:%s:%s with SMTP id %s-%s.%d.%d;\n        %s (%s)'
         % (hexs(rng, 4), hexs(rng, 3), hexs(rng, 3), hexs(rng, 9), hexs(rng, 12), rng.randrange(10, 99),
            rng.randrange(1000000000, 9999999999), T._fmt(pl + _dt.timedelta(seconds=1), pad=True), tag)),
    ]


# --------------------------------------------------------------------------- message-id styles

def mid_outlook(rng, region='eu'):
    host = _exo_host(rng, region)
    return '<%s%s%s@%s>' % (host.split('.')[0], hexs(rng, 8, True), hexs(rng, 8, True), host)


def mid_gmail(rng):
    return '<CA%s%s@mail.gmail.com>' % (rng.choice(['+', 'K', 'J', 'F', 'O', 'L']),
                                        ''.join(rng.choice(B64CH[:62] + '+_-=') for _ in range(51)))


def mid_apple(rng, dom='brightwellclinics.com'):
    return '<%s@%s>' % (uuid(rng, True), dom)


def mid_tb(rng, dom):
    return '<%s@%s>' % (uuid(rng), dom)


# --------------------------------------------------------------------------- disclaimers

DISC_UK = ("This e-mail and any attachments are CONFIDENTIAL and intended solely for the addressee. They may contain "
           "personal or otherwise privileged information. If you have received this e-mail in error, please notify the "
           "sender immediately and delete it from your system; you must not copy, forward or disclose its contents.\n"
           "Brightwell Clinics UK Ltd is registered in England and Wales (No. 08815234). Registered office: "
           "12 Bishopsgate Yard, London EC2M 4QD. Brightwell Clinics accepts no liability for loss or damage caused by "
           "software viruses; please carry out your own virus checks.")

DISC_US = ("CONFIDENTIALITY NOTICE: This message, including any attachments, is for the sole use of the intended "
           "recipient(s) and may contain confidential and privileged information, including protected health "
           "information (PHI). Any unauthorized review, use, disclosure or distribution is prohibited. If you are not "
           "the intended recipient or have received this communication in error, please contact the sender immediately "
           "by reply e-mail and destroy all copies of the original message. Do not use e-mail for URGENT clinical "
           "matters; call the clinic directly.")

DISC_DE = ("Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige "
           "Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und "
           "vernichten Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail sind nicht gestattet.\n"
           "This e-mail may contain confidential and/or privileged information. If you are not the intended recipient "
           "(or have received this e-mail in error) please notify the sender immediately and destroy this e-mail.\n"
           "\n"
           "Brightwell Kliniken Deutschland GmbH · Sitz: Berlin · Amtsgericht Charlottenburg HRB 201457 B\n"
           "Geschäftsführung: Dr. Petra Lindner, Stefan Ohlsen")

DISC_ES = ("AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su "
           "destinatario. Si usted ha recibido este mensaje por error, le rogamos que lo comunique inmediatamente al "
           "remitente y proceda a su eliminación, absteniéndose de copiarlo o divulgarlo.\n"
           "PROTECCIÓN DE DATOS: De conformidad con el Reglamento (UE) 2016/679 y la Ley Orgánica 3/2018, le informamos "
           "de que sus datos de contacto son tratados por Brightwell Clínicas España, S.L. (B-87654321) con la finalidad de "
           "gestionar la relación profesional. Puede ejercer sus derechos escribiendo a dpo@brightwellclinics.es.")

DISC_FR = ("Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de leurs "
           "destinataires. Toute utilisation ou diffusion non autorisée est interdite. Si vous avez reçu ce message par "
           "erreur, merci d'en avertir immédiatement l'expéditeur et de le détruire. Brightwell Cliniques France SAS "
           "décline toute responsabilité au titre de ce message s'il a été altéré, déformé ou falsifié.\n"
           "Pensez à l'environnement avant d'imprimer ce message.")

DISC_PT = ("CONFIDENCIALIDADE: Esta mensagem e quaisquer anexos são confidenciais e destinam-se exclusivamente ao(s) "
           "destinatário(s) indicado(s). Se recebeu esta mensagem por erro, por favor informe imediatamente o remetente "
           "e elimine-a do seu sistema. É proibida a sua cópia, divulgação ou utilização não autorizada.\n"
           "Brightwell Clínicas Portugal, Lda. · NIPC 515 234 871 · Av. da Liberdade 190, 1250-147 Lisboa")

# --------------------------------------------------------------------------- registry

MSGS = []


def add(cat, actions, article, lang, fmt, notes, data):
    assert isinstance(data, bytes)
    MSGS.append(dict(category=cat, actions=actions, article=article, language=lang, format=fmt, notes=notes,
                     data=data))


# --------------------------------------------------------------------------- header sets per client

def ct_slot():
    return ('@CT', None)


def refold(v, width=78):
    if isinstance(v, bytes) or max(len(x) for x in v.split('\n')) <= width + 20:
        return v
    out = []
    for seg in v.split('\n'):
        lead = ' ' if seg.startswith((' ', '\t')) else ''
        seg = seg.strip()
        out.append(fold(seg, width, indent=' ') if len(seg) > width + 20 else seg)
        if lead:
            out[-1] = ' ' + out[-1]
    return '\n '.join(o.lstrip() if i else o for i, o in enumerate(out))


def build(headers, part, eol='\r\n'):
    """Like message(), but places the part's Content-* headers where ('@CT', None) sits."""
    hs = []
    placed = False
    headers = [(n, refold(v) if n in ('Received', 'Received-SPF', 'Authentication-Results') else v)
               for n, v in headers]
    for n, v in headers:
        if n == '@CT':
            hs += part.headers
            placed = True
        else:
            hs.append((n, v))
    if not placed:
        if not any(n.lower() == 'mime-version' for n, _ in hs):
            hs.append(('MIME-Version', '1.0'))
        hs += part.headers
    top = Part(hs, part.body, part.parts, part.boundary, part.preamble, part.epilogue)
    return render(top, eol)


def outlook_hdrs(rng, t, frm, subject, topic, lang='en-GB', to=HELP_TO, cc=None, mid=None, region='eu',
                 irt=None, refs=None, attach=False, internal=True, accept=None, importance=None):
    hs = [('From', frm), ('To', to)]
    if cc:
        hs.append(('CC', cc))
    hs.append(('Subject', subject))
    ti = base64.b64encode(bytes([1, 0xdc]) + bytes(rng.randrange(256) for _ in range(20))).decode()
    hs += [('Thread-Topic', topic), ('Thread-Index', ti), ('Date', t.hdr())]
    if mid is not False:
        hs.append(('Message-ID', mid or mid_outlook(rng, region)))
    if refs:
        hs.append(('References', refs))
    if irt:
        hs.append(('In-Reply-To', irt))
    if importance:
        hs.append(('Importance', importance))
        hs.append(('X-Priority', '1'))
    hs += [('Accept-Language', accept or ('%s, en-US' % lang if lang != 'en-US' else 'en-US')),
           ('Content-Language', lang),
           ('X-MS-Has-Attach', 'yes' if attach else ''),
           ('X-MS-Exchange-Organization-SCL', '-1'),
           ('X-MS-TNEF-Correlator', ''),
           ('X-MS-Exchange-Organization-RecordReviewCfmType', '0'),
           ('X-MS-Exchange-Organization-AuthSource', _exo_host(rng, region)),
           ('X-MS-Exchange-Organization-AuthAs', 'Internal' if internal else 'Anonymous'),
           ('X-MS-Exchange-Organization-AuthMechanism', '04' if internal else '06'),
           ('X-MS-Exchange-Organization-Network-Message-Id', uuid(rng)),
           ('X-MS-PublicTrafficType', 'Email'),
           ('MIME-Version', '1.0')]
    return hs


def gmail_hdrs(rng, t, frm, subject, to=HELP_TO, cc=None, mid=None, irt=None, refs=None):
    hs = [('MIME-Version', '1.0')]
    if refs:
        hs.append(('References', refs))
    if irt:
        hs.append(('In-Reply-To', irt))
    hs += [('From', frm), ('Date', t.hdr(pad=False)), ('X-Gm-Features', 'AQt7F2%s' % b64s(rng, 60)),
           ('Message-ID', mid or mid_gmail(rng)), ('Subject', subject), ('To', to)]
    if cc:
        hs.append(('Cc', cc))
    hs.append(ct_slot())
    return hs


def apple_hdrs(rng, t, frm, subject, to=HELP_TO, cc=None, mid=None, irt=None, refs=None, mailer='Apple Mail (2.3826.400.131.1.6)',
               dom='brightwellclinics.com'):
    hs = [('From', frm), ct_slot(), ('Mime-Version', '1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))'
                                      if 'iPhone' not in mailer else '1.0 (1.0)'),
          ('Subject', subject), ('Message-Id', mid or mid_apple(rng, dom)), ('Date', t.hdr(pad=False))]
    if cc:
        hs.append(('Cc', cc))
    if irt:
        hs.append(('In-Reply-To', irt))
    if refs:
        hs.append(('References', refs))
    hs += [('To', to), ('X-Mailer', mailer)]
    return hs


def tb_hdrs(rng, t, frm, subject, dom, to=HELP_TO, lang='en-US', mid=None, irt=None, refs=None,
            ua='Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.7.1'):
    hs = [('Message-ID', mid or mid_tb(rng, dom)), ('Date', t.hdr(pad=False)), ('MIME-Version', '1.0'),
          ('User-Agent', ua)]
    if refs:
        hs.append(('References', refs))
    if irt:
        hs.append(('In-Reply-To', irt))
    hs += [('Content-Language', lang), ('To', to), ('From', frm), ('Subject', subject), ct_slot()]
    return hs


# --------------------------------------------------------------------------- trace sets per sending org

def tr_com(rng, t, region='eu', hops=4):
    return trace_internal(rng, t, region, hops)


def tr_de(rng, t, extra=0):
    hs = eop_inbound(rng, t, 'mx1.brightwellclinics.de', '185.48.116.21', 'brightwellclinics.de', 'eu', extra)
    qid = alnum(rng, 11, 'BCDFGHJKLMNPQRSTVWXZbcdfghjklmnpqrstvwxz0123456789')
    hs += [('Received', 'from EX19-MBX02.brightwell.local (10.20.4.12) by mx1.brightwellclinics.de (Postfix)\n with ESMTPS id 4d%s for <%s>; %s' % (qid, HELP, t.rcv(3, local=True))),
           ('Received', 'from EX19-MBX02.brightwell.local (10.20.4.12) by EX19-MBX01.brightwell.local\n (10.20.4.11) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384) id 15.2.1544.14; %s' % t.rcv(1, local=True)),
           ('Received', 'from EX19-MBX02.brightwell.local ([fe80::%s:%s:%s:%s]) by\n EX19-MBX02.brightwell.local ([fe80::%s:%s:%s:%s%%13]) with mapi id\n 15.02.1544.014; %s' % ((hexs(rng, 4), hexs(rng, 4), hexs(rng, 4), hexs(rng, 4)) * 2 + (t.rcv(0, local=True),)))]
    hs.insert(len(hs) - 3, dkim(rng, t, 'brightwellclinics.de', 'bw2025'))
    return hs


def tr_es(rng, t, extra=0):
    return (eop_inbound(rng, t, 'mail-ej1-f54.google.com', '209.85.218.54', 'brightwellclinics.es', 'eu', extra)
            + gmail_trace(rng, t, 'brightwellclinics.es'))


def tr_pt(rng, t, extra=0):
    return (eop_inbound(rng, t, 'EUR03-DBA-obe.outbound.protection.outlook.com', '40.107.104.77',
                        'brightwellclinics.pt', 'eu', extra)
            + arc(rng, t, dom='brightwellclinics.pt')
            + [dkim(rng, t, 'brightwellclinics.pt', 'selector1',
                    'From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck')]
            + trace_internal(rng, t, 'eu', hops=2))


# --------------------------------------------------------------------------- boundaries

def b_outlook(rng, kind='000'):
    h = _exo_host(rng, 'eu').split('.')[0]
    return '_%s_%s%s%seurp_' % (kind, h, hexs(rng, 24, True), h)


def b_gmail(rng):
    return '000000000000' + hexs(rng, 16)


def b_apple(rng):
    return 'Apple-Mail=_' + uuid(rng, True)


def b_iphone(rng):
    return 'Apple-Mail-' + uuid(rng, True)


def b_tb(rng):
    return '------------' + alnum(rng, 24, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')


def outlook_alt(rng, main, sig='', disc='', quote=None, lang='EN-GB', cs='utf-8', cte='quoted-printable',
                reply=False):
    p = text(plain(main, sig, disc, quote), 'plain', cs, cte)
    h = text(outlook_html(main, sig, disc, quote, lang, cs, reply=reply), 'html', cs, cte)
    return multi('alternative', [p, h], b_outlook(rng))


def outlook_only(main, sig='', disc='', quote=None, lang='EN-GB', cs='windows-1252', cte='quoted-printable',
                 reply=False):
    return text(outlook_html(main, sig, disc, quote, lang, cs, reply=reply), 'html', cs, cte)


def gmail_alt(rng, main, sig='', quote=None, cte='quoted-printable', sigdash=True):
    p = text(plain(main, sig, quote=quote, sigdash=sigdash), 'plain', 'UTF-8', cte)
    h = text(gmail_html(main, sig, quote), 'html', 'UTF-8', cte)
    return multi('alternative', [p, h], b_gmail(rng), ct_fold=False)


def apple_alt(rng, main, sig='', quote=None, cte='quoted-printable', mobile=False):
    p = text(plain(main, sig, quote=quote), 'plain', 'utf-8', cte, ct_quote=False)
    h = text(apple_html(main, sig, quote, mobile), 'html', 'utf-8', cte, ct_quote=False)
    return multi('alternative', [p, h], b_iphone(rng) if mobile else b_apple(rng), ct_fold=False)


# =========================================================================== QUESTIONS (answered)

# ---- Q1 de support-hours (asked without the word for hours) - Outlook HTML only, cp1252 QP
rng = R('q1'); t = T(2026, 2, 14, 22, 47, 'CET')
main = """Hallo zusammen,

bei uns im Labor München laufen die Vorstellungsgespräche für die MTL-Stellen inzwischen fast nur noch im Schichtrhythmus – die Kolleginnen aus der Nachtschicht führen ihre Gespräche teilweise samstags früh oder sonntags spätabends, weil es anders nicht in die Dienstpläne passt.

Heute Abend hatten wir dazu eine Diskussion im Team: Falls bei so einem Termin etwas mit GoodTime hakt (Einladung kommt nicht an, Videolink fehlt o. ä.), haben wir dann am Wochenende oder mitten in der Nacht überhaupt eine Chance, bei GoodTime jemanden zu erreichen? Oder müssen wir bis Montag früh warten und so lange improvisieren?

Mir geht es nicht um einen konkreten Fall, sondern darum, was ich meinem Team sagen soll. Für eine kurze Rückmeldung wäre ich dankbar.

Viele Grüße
Jens Hartmann"""
sig = """Dr. Jens Hartmann
Laborleitung | Brightwell Diagnostiklabor München
Brightwell Kliniken Deutschland GmbH
Landsberger Straße 302 · 80687 München
Tel. +49 89 2154 3310 · Mobil +49 171 5539 208
jens.hartmann@brightwellclinics.de · www.brightwellclinics.de"""
body = outlook_only(main, sig, DISC_DE, lang='DE')
subj = ew_split('Kurze Rückfrage - GoodTime-Support nachts/am Wochenende erreichbar?', 7, 'Q', 'iso-8859-1')
hs = tr_de(rng, t) + outlook_hdrs(rng, t, '"Hartmann, Jens Dr." <jens.hartmann@brightwellclinics.de>', subj,
                                   'Kurze Rückfrage - GoodTime-Support nachts/am Wochenende erreichbar?'.encode('latin-1').decode('latin-1'),
                                   'de-DE', internal=False,
                                   mid='<%s@EX19-MBX02.brightwell.local>' % hexs(rng, 32))
hs = [(n, v if n != 'Thread-Topic' else ewq(v, 'iso-8859-1')) for n, v in hs]
add('question', 'auto_reply', 'support-hours', 'de',
    'outlook-html-only;qp;windows-1252;rfc2047-q-latin1-split;disclaimer;long-signature;received-chain;dkim;auth-results',
    'weekend/night reachability, no word for hours', build(hs, body))

# ---- Q2 de chat-bubble - reply on an old thread about rooms, raw UTF-8 subject, Outlook alternative
rng = R('q2'); t = T(2026, 3, 10, 9, 12, 'CET')
main = """Hallo liebes Help-Line-Team,

ich hänge mich mal an den alten Thread dran, weil ich eure Adresse gerade nicht zur Hand hatte – mit den Räumen hat meine Frage aber nichts zu tun.

Eine Kollegin aus Hamburg hat mir gestern geraten, bei Problemen einfach den „lila Chat“ von GoodTime zu nutzen. Ich finde den aber nirgends. Ich habe GoodTime über den Link in einer Interview-Einladung im Browser geöffnet – da sehe ich die Terminübersicht, aber unten rechts ist nichts. Muss ich das irgendwo freischalten lassen, oder bin ich einfach an der falschen Stelle?

Danke euch und viele Grüße aus Berlin
Katrin"""
sig = """Katrin Vogel
Recruiterin Pflege & Medizin
Brightwell Kliniken Deutschland GmbH · Friedrichstraße 171 · 10117 Berlin
T +49 30 2096 5540"""
quote = dict(kind='outlook', sep='-----Ursprüngliche Nachricht-----', fields=[
    ('Von', 'GoodTime Help Line <helpline@brightwellclinics.com>'),
    ('Gesendet', 'Donnerstag, 19. Februar 2026 14:03'),
    ('An', 'Vogel, Katrin <katrin.vogel@brightwellclinics.de>'),
    ('Betreff', 'AW: Bewerbertag Pflege – Raumplanung Mai')],
    body="""Hallo Katrin,

für den Bewerbertag am 7. Mai sind die Räume 3.01 bis 3.04 in der Klinik Mitte reserviert. Bitte gib uns bis Ende März Bescheid, wie viele Gesprächsslots ihr braucht, dann legen wir die Vorlage entsprechend an.

Viele Grüße
Tobias
Internes GoodTime-Projektteam""")
body = outlook_alt(rng, main, sig, DISC_DE, quote, 'DE', reply=True)
hs = tr_de(rng, t, 1) + outlook_hdrs(rng, t, 'Vogel, Katrin <katrin.vogel@brightwellclinics.de>',
                                      'AW: Bewerbertag Pflege – Raumplanung Mai'.encode('utf-8'),
                                      'Bewerbertag Pflege – Raumplanung Mai'.encode('utf-8'), 'de-DE', internal=False,
                                      irt='<AM9PR04MB84172C0E1F5D2A7B3C9E44D1A8@AM9PR04MB8417.eurprd04.prod.outlook.com>',
                                      refs='<BE1P281MB2203B9A7C55E1F0B@BE1P281MB2203.DEUP281.PROD.OUTLOOK.COM>\n <AM9PR04MB84172C0E1F5D2A7B3C9E44D1A8@AM9PR04MB8417.eurprd04.prod.outlook.com>',
                                      mid='<%s@EX19-MBX01.brightwell.local>' % hexs(rng, 32))
add('question', 'auto_reply', 'chat-bubble', 'de',
    'multipart-alternative;outlook;qp;utf-8;raw-utf8-subject;reply-on-top;quoted-thread-other-topic;ursprungliche-nachricht;disclaimer;received-chain',
    'cannot find chat, opened via invite link (not logged in); misleading subject', build(hs, body))

# ---- Q3 de interviewer-training - Thunderbird plain, ISO-8859-1 QP, format=flowed
rng = R('q3'); t = T(2026, 4, 22, 16, 35, 'CET')
main = """Liebes GoodTime-Team,

wir möchten ab Mai mehr Stationsleitungen in die Auswahlgespräche für Pflegefachkräfte einbinden. Die Idee ist, dass die neuen Kolleginnen zuerst bei zwei, drei echten Gesprächen nur zuhören, danach selbst führen, während eine erfahrene Kollegin dabeisitzt und Feedback gibt - erst dann sollen sie eigenständig Gespräche übernehmen.

Bisher haben unsere Koordinatorinnen solche Hospitationen per Hand organisiert, d. h. die neue Kollegin wurde nachträglich in die Einladung kopiert. Das ist bei der aktuellen Menge an Gesprächen kaum noch zu stemmen.

Meine Frage: Kann GoodTime diese Kolleginnen bei der Terminplanung selbst mit einplanen, oder bleibt das Handarbeit? Und gibt es Voraussetzungen, auf die wir achten müssen?

Herzliche Grüße
Sabine Krüger"""
sig = """Sabine Krüger
HR Business Partnerin Nord
Brightwell Kliniken Deutschland GmbH
Klinik Hamburg-Eppendorf · Martinistraße 14 · 20251 Hamburg
Telefon: +49 40 8816 4420
E-Mail: sabine.krueger@brightwellclinics.de"""
body = text(plain(main, sig, DISC_DE, sigdash=True), 'plain', 'iso-8859-1', 'quoted-printable',
            params='; format=flowed', cs_label='ISO-8859-1', ct_quote=False)
hs = tr_de(rng, t)[:6] + tb_hdrs(rng, t, ewq('Sabine Krüger', 'iso-8859-1', 'ISO-8859-1') + ' <sabine.krueger@brightwellclinics.de>',
                                  ew_split('Hospitationen für neue Interviewerinnen - automatisch über GoodTime?', 16, 'Q', 'iso-8859-1', 'ISO-8859-1'),
                                  'brightwellclinics.de', lang='de-DE')
add('question', 'auto_reply', 'interviewer-training', 'de',
    'plain-only;thunderbird;qp;iso-8859-1;format-flowed;rfc2047-q-latin1-split;sig-dash;disclaimer;received-chain;lf-eol',
    'shadowing new interviewers automatically', build(hs, body, '\n'))

# ---- Q4 de room-booking - iPhone, plain base64 UTF-8, B subject
rng = R('q4'); t = T(2026, 5, 18, 7, 41, 'CET')
main = """Guten Morgen,

seit April haben wir in der Klinik Frankfurt den neuen Besprechungsraum Main 2.14 im zweiten Stock. Im Outlook kann ich ihn ganz normal buchen, aber wenn ich in GoodTime ein Vor-Ort-Gespräch plane, werden mir nur die alten Räume angeboten (Main 1.02 und 1.05). Der neue taucht einfach nicht auf.

Was muss passieren, damit GoodTime den Raum auch kennt? Muss ich das irgendwo eintragen oder macht das die IT?

Danke & Gruß
Matthias Böhm
Praxismanagement Klinik Frankfurt

Von meinem iPhone gesendet"""
body = text(main + '\n', 'plain', 'utf-8', 'base64', ct_quote=False)
hs = tr_de(rng, t)[:5] + apple_hdrs(rng, t, ewq('Böhm, Matthias', 'utf-8', 'utf-8', ) + ' <matthias.boehm@brightwellclinics.de>',
                                     ewb('Raum „Main 2.14“ taucht in GoodTime nicht auf', 'utf-8', 'UTF-8'),
                                     mailer='iPhone Mail (22E252)', dom='brightwellclinics.de')
add('question', 'auto_reply', 'room-booking', 'de',
    'plain-only;iphone;base64;utf-8;rfc2047-b-utf8;rfc2047-q-from;mobile-signature;received-chain',
    'new room not offered by GoodTime', build(hs, body))

# ---- Q5 de permissions-roles - misleading subject "Fehler", Outlook HTML only, base64 UTF-8, 7 Received
rng = R('q5'); t = T(2026, 1, 8, 11, 20, 'CET')
main = """Hallo,

ich bin seit Anfang Januar als Recruiting-Koordinatorin im Team Berlin und arbeite mich gerade in GoodTime ein.

Meine Kollegin Frau Yilmaz hat mir gezeigt, wie sie bei einer Interviewvorlage die Dauer der Gespräche anpasst – bei ihr gibt es oben rechts den Punkt „Vorlage bearbeiten“. Bei mir ist der auf derselben Seite gar nicht da, ich kann die Vorlage nur ansehen. Wir nutzen beide Edge, und ich habe mich schon ab- und wieder angemeldet.

Ist das ein Fehler bei meinem Konto oder liegt das an etwas anderem?

Vielen Dank vorab
Lena Schäfer"""
sig = """Lena Schäfer
Recruiting-Koordination
Brightwell Kliniken Deutschland GmbH · Friedrichstraße 171 · 10117 Berlin
T +49 30 2096 5512"""
body = outlook_only(main, sig, DISC_DE, lang='DE', cs='utf-8', cte='base64')
hs = tr_de(rng, t, 1) + outlook_hdrs(rng, t, ewb('Schäfer, Lena', 'utf-8', 'utf-8') + ' <lena.schaefer@brightwellclinics.de>',
                                      'Fehler in GoodTime? Button fehlt', 'Fehler in GoodTime? Button fehlt', 'de-DE',
                                      internal=False, mid='<%s@EX19-MBX01.brightwell.local>' % hexs(rng, 32))
add('question', 'auto_reply', 'permissions-roles', 'de',
    'outlook-html-only;base64;utf-8;rfc2047-b-from;misleading-subject;disclaimer;received-chain;dkim;auth-results',
    'missing edit button = permissions, subject says error', build(hs, body))

# ---- Q6 es contact-support - Gmail (Workspace), reply on older thread about templates
rng = R('q6'); t = T(2026, 2, 16, 10, 5, 'CET')
main = """Hola de nuevo,

Aprovecho este hilo para otra duda que no tiene nada que ver con lo de las plantillas.

Cuando algo falla en GoodTime, ¿hay algún número de teléfono al que pueda llamar directamente? Yo soy más de llamar que de escribir, la verdad, y en la wiki no encuentro ningún teléfono. Si no lo hay, ¿cuál es la forma más rápida de contactar con ellos?

Gracias,
María José"""
sig = """María José Ortega Prieto
Técnica de Selección · Talento y Personas
Brightwell Clínicas España
C/ de Príncipe de Vergara 112, 28002 Madrid
Tel. +34 914 55 72 30"""
quote = dict(kind='cite', intro='El jue, 5 feb 2026 a las 17:20, GoodTime Help Line (<helpline@brightwellclinics.com>) escribió:',
             body="""Hola María José:

Ya hemos actualizado la plantilla de «Entrevista auxiliar de enfermería»: ahora son dos sesiones de 30 minutos con una pausa de 10. Las entrevistas que ya estaban programadas no cambian.

Un saludo,
Equipo interno de GoodTime""")
body = gmail_alt(rng, main, sig, quote)
hs = tr_es(rng, t) + gmail_hdrs(rng, t, '=?UTF-8?Q?Mar=C3=ADa_Jos=C3=A9_Ortega?= <mariajose.ortega@brightwellclinics.es>',
                                 ewb('Re: ¿Teléfono de soporte de GoodTime?', 'utf-8', 'UTF-8'),
                                 irt='<AS8PR04MB7960A3C1E9F2B7D84C1A55F3A1@AS8PR04MB7960.eurprd04.prod.outlook.com>',
                                 refs='<AS8PR04MB7960A3C1E9F2B7D84C1A55F3A1@AS8PR04MB7960.eurprd04.prod.outlook.com>')
add('question', 'auto_reply', 'contact-support', 'es',
    'multipart-alternative;gmail;qp;utf-8;rfc2047-b-utf8;reply-on-top;quoted-thread-other-topic;dkim;auth-results;received-chain',
    'asks for a phone number for vendor support', build(hs, body))

# ---- Q7 es self-scheduling-link - Outlook for Mac alternative, long disclaimer
rng = R('q7'); t = T(2026, 6, 3, 13, 48, 'CET')
main = """Buenas tardes:

Os escribo desde la clínica de Barcelona (Diagonal). Estamos con un volumen alto de candidaturas para recepcionistas y auxiliares administrativos, y ahora mismo cada primera entrevista telefónica nos cuesta tres o cuatro correos de ida y vuelta hasta que cuadramos una hora.

¿Existe en GoodTime alguna forma de mandarle al candidato un enlace para que él mismo reserve el hueco que le venga bien, según las agendas de las entrevistadoras? Y, si es así, ¿lo podríamos usar también para la jornada de entrevistas presenciales del final del proceso, que son tres sesiones seguidas con personas distintas?

Muchas gracias de antemano.

Saludos cordiales,"""
sig = """Javier Ruiz Castaño
Coordinador de Entrevistas | Selección
Brightwell Clínicas España · Clínica Diagonal
Av. Diagonal 545, 08029 Barcelona
T. +34 932 18 44 07 | M. +34 655 310 982"""
p = text(plain(main, sig, DISC_ES), 'plain', 'utf-8', 'quoted-printable')
h = text(outlook_html(main, sig, DISC_ES, lang='ES', cs='utf-8', font='Aptos'), 'html', 'utf-8', 'quoted-printable')
body = multi('alternative', [p, h], 'B_3863%d_%d' % (rng.randrange(100000, 999999), rng.randrange(10**8, 10**9)))
hs = tr_es(rng, t)[:4] + [
    ('User-Agent', 'Microsoft-MacOutlook/16.97.25051114'),
    ('Date', t.hdr()), ('Subject', 'Enlace para que el candidato elija hora (entrevistas telefonicas)'),
    ('From', ewq('Javier Ruiz Castaño', 'utf-8', 'UTF-8') + ' <javier.ruiz@brightwellclinics.es>'),
    ('To', HELP_TO), ('Message-ID', '<%s@brightwellclinics.es>' % uuid(rng, True)),
    ('Thread-Topic', 'Enlace para que el candidato elija hora (entrevistas telefonicas)'),
    ('MIME-version', '1.0')]
add('question', 'auto_reply', 'self-scheduling-link', 'es',
    'multipart-alternative;outlook-mac;qp;utf-8;disclaimer;long-signature;rfc2047-q-from;received-chain',
    'link for candidate to pick a slot; also for onsite loop', build(hs, body))

# ---- Q8 es time-zones - Outlook HTML only cp1252 QP, quoted Spanish Outlook block about an address change
rng = R('q8'); t = T(2026, 6, 11, 18, 22, 'CET')
main = """Hola,

Os respondo por aquí aunque no tiene que ver con lo de la dirección, que ya está perfecto, gracias.

Tengo una candidata para supervisora de enfermería que vive en Las Palmas y la entrevista la haríamos por Teams desde Valencia. Como allí es una hora menos, me preocupa que se líe: cuando le llegue el correo de GoodTime para elegir horario, ¿verá las horas de Canarias o las nuestras? No quiero que se conecte una hora tarde (o pronto).

¿Hay algo que tenga que revisar antes de enviárselo?

Gracias,
Lucía"""
sig = """Lucía Fernández Alcaraz
Responsable de Clínica · Brightwell Valencia
C/ de Colón 38, 46004 València
Tel. 963 51 20 88"""
quote = dict(kind='outlook', fields=[
    ('De', 'GoodTime Help Line <helpline@brightwellclinics.com>'),
    ('Enviado el', 'martes, 9 de junio de 2026 10:47'),
    ('Para', 'Fernández Alcaraz, Lucía <lucia.fernandez@brightwellclinics.es>'),
    ('Asunto', 'RE: Dirección nueva de la clínica de Valencia en GoodTime')],
    body="""Hola Lucía:

Ya está actualizada la dirección de la nueva sede (C/ de Colón 38) en las ubicaciones de GoodTime y en las plantillas de confirmación. Las entrevistas que se programen a partir de hoy saldrán con la dirección correcta.

Un saludo,
Equipo interno de GoodTime""")
body = outlook_only(main, sig, DISC_ES, quote, lang='ES', reply=True)
hs = tr_es(rng, t, 1)[:4] + outlook_hdrs(rng, t, ewq('Fernández Alcaraz, Lucía', 'iso-8859-1') + ' <lucia.fernandez@brightwellclinics.es>',
                                          ewq('RE: Dirección nueva de la clínica de Valencia en GoodTime', 'iso-8859-1'),
                                          ewq('Dirección nueva de la clínica de Valencia en GoodTime', 'iso-8859-1'), 'es-ES',
                                          internal=False, irt='<DB9PR04MB8425D1A7E2B94F0C3E6A11B0@DB9PR04MB8425.eurprd04.prod.outlook.com>')
add('question', 'auto_reply', 'time-zones', 'es',
    'outlook-html-only;qp;windows-1252;rfc2047-q-latin1;reply-on-top;quoted-thread-other-topic;outlook-from-sent-block;disclaimer',
    'candidate in Canary Islands, which time will she see', build(hs, body))

# ---- Q9 es product-board - iPhone terse, raw UTF-8 subject
rng = R('q9'); t = T(2026, 10, 24, 11, 3, 'CET')
main = """hola! una pregunta rápida: tengo una idea de mejora para los informes de GoodTime (nada urgente). ¿dónde se mandan estas cosas? ¿os la paso a vosotros o hay algún sitio donde se apuntan las sugerencias para que las vea la gente de GoodTime?

gracias!
álvaro

Enviado desde mi iPhone"""
body = text(main + '\n', 'plain', 'utf-8', '8bit', ct_quote=False)
hs = [('Received', 'from mail-wr1-f47.google.com (209.85.221.47) by AMS0EPF000001A5.mail.protection.outlook.com\n (10.167.16.12) with Microsoft SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id\n 15.20.9120.4 via Frontend Transport; %s' % t.rcv(4))] + \
     gmail_trace(rng, t, 'brightwellclinics.es')[:2] + \
     apple_hdrs(rng, t, 'Álvaro Gómez <alvaro.gomez@brightwellclinics.es>'.encode('utf-8'),
                'idea para GoodTime, ¿dónde la mando?'.encode('utf-8'), mailer='iPhone Mail (23A341)', dom='brightwellclinics.es')
add('question', 'auto_reply', 'product-board', 'es',
    'plain-only;iphone;8bit;raw-utf8-subject;raw-utf8-from;terse-lowercase;mobile-signature',
    'where to send an idea (idea itself not described)', build(hs, body))

# ---- Q10 es candidate-availability-request - rambling, question in 3rd paragraph, night, Gmail base64
rng = R('q10'); t = T(2026, 1, 27, 23, 14, 'CET')
main = """Hola,

Perdonad las horas, acabo de salir del turno de tarde y es el único momento que tengo para ponerme con el correo.

Primero, para que lo sepáis: a partir de febrero la unidad de hospital de día pasa a depender de mí, así que seré yo quien haga las entrevistas de las enfermeras de esa unidad y no Montse. Ya se lo he dicho a Selección, pero os lo comento por si tenéis que cambiar algo por vuestro lado.

Y la duda de verdad: tengo dos candidatas que trabajan a turnos en otro hospital y es imposible cuadrar con ellas por teléfono. ¿Hay alguna forma desde GoodTime de mandarles algo para que me marquen qué días y franjas tienen libres, y así yo busco el hueco con las compañeras que entrevistan? Me han dicho que se puede, pero no sé ni por dónde empezar.

Gracias y buenas noches,"""
sig = """Nuria Puig i Serra
Supervisora d'Infermeria · Brightwell Clínica Diagonal
Av. Diagonal 545, 08029 Barcelona"""
body = gmail_alt(rng, main, sig, cte='base64')
hs = tr_es(rng, t) + gmail_hdrs(rng, t, 'Nuria Puig <nuria.puig@brightwellclinics.es>', 'Dudas varias (hospital de dia + candidatas)')
add('question', 'auto_reply', 'candidate-availability-request', 'es',
    'multipart-alternative;gmail;base64;utf-8;rambling;question-in-third-paragraph;two-topics;night;dkim;received-chain',
    'wants candidates to mark their free slots', build(hs, body))


# ---- Q11 fr contact-csm (no "CSM", no "customer success") - Outlook HTML only cp1252 QP
rng = R('q11'); t = T(2026, 3, 9, 8, 52, 'CET')
main = """Bonjour à tous,

Je viens de prendre mes fonctions de responsable RH pour l'Île-de-France et je reprends, entre autres, le suivi de notre relation avec GoodTime.

J'aimerais prendre rendez-vous avec la personne qui suit notre compte chez GoodTime, simplement pour me présenter et faire un premier point. Malheureusement, je n'ai pas ses coordonnées : ma prédécesseure a quitté le groupe en décembre et je ne retrouve rien dans ses dossiers.

Pourriez-vous m'indiquer comment la joindre ou réserver un créneau avec elle ?

Je vous remercie par avance.

Bien cordialement,"""
sig = """Élodie Marchand
Responsable Ressources Humaines – Île-de-France
Brightwell Cliniques France SAS
27 rue de la Chaussée-d'Antin – 75009 Paris
Tél. : +33 1 84 25 61 90 | Mob. : +33 6 71 22 48 05"""
body = outlook_only(main, sig, DISC_FR, lang='FR')
topic = 'Interlocuteur GoodTime côté compte – prise de rendez-vous'
hs = tr_com(rng, t, 'eu', 4) + outlook_hdrs(rng, t, ewq('Marchand, Élodie', 'iso-8859-1') + ' <elodie.marchand@brightwellclinics.com>',
                                             ew_split('Interlocuteur GoodTime côté compte / prise de rendez-vous', 28, 'Q', 'iso-8859-1'),
                                             ewq(topic, 'utf-8'), 'fr-FR')
add('question', 'auto_reply', 'contact-csm', 'fr',
    'outlook-html-only;qp;windows-1252;rfc2047-q-latin1-split;disclaimer;long-signature;received-chain',
    'account contact at GoodTime, without the letters CSM', build(hs, body))

# ---- Q12 fr reschedule-interview - Thunderbird plain, forwarded candidate mail with one question above
rng = R('q12'); t = T(2026, 5, 19, 14, 7, 'CET')
main = """Bonjour,

Je vous transfère la demande du candidat ci-dessous. Question toute bête : est-ce que je peux simplement glisser le rendez-vous de mardi à jeudi dans mon agenda Outlook, ou est-ce qu'il faut obligatoirement refaire la manip dans GoodTime ? Je n'ai jamais eu à le faire.

Merci !
Julien"""
quote = dict(kind='fwd', intro='-------- Message transféré --------', fields=[
    ('Sujet ', 'Entretien de mardi – possible de décaler ?'),
    ('Date ', 'Mon, 18 May 2026 21:36:12 +0200'),
    ('De ', 'Karim Benali <karim.benali@orange.fr>'),
    ('Pour ', 'julien.lefevre@brightwellclinics.com')],
    body="""Bonjour Monsieur Lefèvre,

Suite à un imprévu familial, je ne pourrai pas être présent mardi 26 mai à 10h pour l'entretien au poste d'assistant médical à la clinique de Lyon Part-Dieu.

Serait-il possible de le décaler au jeudi 28 mai, à n'importe quelle heure de la journée ?

Je vous prie de m'excuser pour ce contretemps.

Cordialement,
Karim Benali
06 12 48 90 33""")
body = text(plain(main, quote=quote), 'plain', 'UTF-8', '8bit', params='; format=flowed', ct_quote=False)
hs = tr_com(rng, t, 'eu', 3) + tb_hdrs(rng, t, 'Julien =?UTF-8?Q?Lef=C3=A8vre?= <julien.lefevre@brightwellclinics.com>',
                                        '=?UTF-8?Q?Fwd=3A_Entretien_de_mardi_=E2=80=93_possible_de_d=C3=A9caler_=3F?=',
                                        'brightwellclinics.com', lang='fr')
add('question', 'auto_reply', 'reschedule-interview', 'fr',
    'plain-only;thunderbird;8bit;utf-8;format-flowed;forwarded-chain;rfc2047-q-utf8;lf-eol',
    'move interview in Outlook or in GoodTime', build(hs, body, '\n'))

# ---- Q13 fr debrief-scheduling - Apple Mail alternative, B subject split
rng = R('q13'); t = T(2026, 4, 2, 17, 55, 'CET')
main = """Bonjour,

Pour le poste de médecin coordinateur à la clinique de Paris 9e, nous avons trois entretiens la semaine prochaine (Dr Martin, Mme Chevalier et le directeur médical). J'aimerais les réunir tous les trois juste après, pour un point à chaud sur le candidat.

Est-ce que je peux programmer cette réunion depuis GoodTime, comme un entretien ? Ma crainte, c'est que le candidat reçoive lui aussi l'invitation ou un mail de confirmation… ce serait gênant !

Merci d'avance,
Camille"""
sig = """Camille Durand
Chargée de recrutement
Brightwell Cliniques France
06 48 15 22 73"""
body = apple_alt(rng, main, sig)
hs = tr_com(rng, t, 'eu', 4) + apple_hdrs(rng, t, 'Camille Durand <camille.durand@brightwellclinics.com>',
                                           ew_split('Réunion de synthèse après les entretiens', 11, 'B', 'utf-8', 'utf-8'))
add('question', 'auto_reply', 'debrief-scheduling', 'fr',
    'multipart-alternative;apple-mail;qp;utf-8;rfc2047-b-utf8-split;received-chain',
    'internal debrief without the candidate being invited', build(hs, body))

# ---- Q14 fr conference-links - Outlook for iOS, base64 html+plain
rng = R('q14'); t = T(2026, 2, 6, 7, 18, 'CET')
main = """Bonjour,

Petite question de fonctionnement : pour les entretiens à distance, mon assistante colle à chaque fois à la main un lien Teams dans l'invitation. C'est fastidieux et il y a déjà eu deux erreurs de lien ce mois-ci (un candidat s'est retrouvé dans la réunion de direction…).

Est-ce que GoodTime sait créer le lien Teams tout seul au moment où l'entretien est planifié ? Si oui, faut-il activer quelque chose de notre côté ?

Bonne journée,
Thierry Bonnet
Directeur – Clinique Brightwell Lyon Part-Dieu"""
mobile = 'Obtenir Outlook pour iOS'
p = text(main + '\n\n' + mobile + '<https://aka.ms/o0ukef>\n', 'plain', 'utf-8', 'base64')
hh = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n<body>\n'
      + ''.join('<div dir="auto">%s</div>\n' % (esc(l) if l else '<br>') for l in main.split('\n'))
      + '<div dir="auto"><br></div>\n<div class="ms-outlook-mobile-signature">\n<div dir="auto">'
        '<a href="https://aka.ms/o0ukef">Obtenir Outlook pour iOS</a></div>\n</div>\n</body>\n</html>\n')
h = text(hh, 'html', 'utf-8', 'base64')
body = multi('alternative', [p, h], b_outlook(rng))
hs = tr_com(rng, t, 'eu', 5) + outlook_hdrs(rng, t, 'Thierry Bonnet <thierry.bonnet@brightwellclinics.com>',
                                             'Liens Teams pour les entretiens', 'Liens Teams pour les entretiens', 'fr-FR')
add('question', 'auto_reply', 'conference-links', 'fr',
    'multipart-alternative;outlook-ios;base64;utf-8;mobile-signature;received-chain',
    'can GoodTime create the Teams link itself', build(hs, body))

# ---- Q15 fr escalation-path - plain ISO-8859-1 base64, Outlook 16 POP
rng = R('q15'); t = T(2026, 10, 14, 10, 30, 'CET')
main = """Bonjour,

Je gère les agendas de la direction générale et j'organise de temps en temps des entretiens via GoodTime pour les postes de cadres. J'avoue que je m'y perds un peu entre les différents interlocuteurs :

- si quelque chose ne marche pas dans l'outil, j'écris à qui ?
- si j'ai une idée pour améliorer l'outil ?
- et si c'est un souci plus sérieux, qui touche toute l'équipe depuis des semaines ?

Existe-t-il une règle simple à ce sujet ? Je la transmettrai volontiers aux autres assistantes.

Merci beaucoup,

Hélène Rousseau
Assistante de direction – Direction générale France
Brightwell Cliniques France SAS
01 84 25 61 02"""
body = text(plain(main, disc=DISC_FR).replace('–', '-'), 'plain', 'iso-8859-1', 'base64')
hs = tr_com(rng, t, 'eu', 3) + [
    ('From', ewq('Hélène Rousseau', 'iso-8859-1') + ' <helene.rousseau@brightwellclinics.com>'),
    ('To', '<helpline@brightwellclinics.com>'),
    ('Subject', ewq("À qui s'adresser selon le problème ? (GoodTime)", 'iso-8859-1')),
    ('Date', t.hdr()), ('Message-ID', '<000001dd3c7e$%s$%s@brightwellclinics.com>' % (hexs(rng, 8), hexs(rng, 8))),
    ('MIME-Version', '1.0'), ('X-Mailer', 'Microsoft Outlook 16.0'),
    ('Thread-Index', 'Adw8fk%s' % b64s(rng, 22)), ('Content-Language', 'fr')]
add('question', 'auto_reply', 'escalation-path', 'fr',
    'plain-only;outlook-16;base64;iso-8859-1;rfc2047-q-latin1;disclaimer;received-chain',
    'which channel for bug / idea / serious issue', build(hs, body))

# ---- Q16 pt support-hours (no word for hours) - Outlook HTML only cp1252 QP, B subject
rng = R('q16'); t = T(2026, 1, 16, 19, 40, 'PT')
main = """Boa tarde,

Estamos a preparar as entrevistas para os enfermeiros que trabalham por turnos e, como muitos candidatos só podem à noite ou ao fim de semana, vamos ter várias entrevistas marcadas para domingos e depois das 21h.

A minha dúvida é: se alguma coisa correr mal no GoodTime nessas alturas (por exemplo, o convite não chegar ou o link de vídeo não aparecer), existe alguém do lado da GoodTime que nos possa ajudar, ou só na segunda-feira de manhã? E por que via é que os contactamos?

Obrigada desde já,
Inês"""
sig = """Inês Carvalho
Recrutadora | Pessoas & Talento
Brightwell Clínicas Portugal
Av. da Liberdade 190, 1250-147 Lisboa
T: +351 213 405 118 | M: +351 912 884 306"""
body = outlook_only(main, sig, DISC_PT, lang='PT')
hs = tr_pt(rng, t) + outlook_hdrs(rng, t, ewq('Inês Carvalho', 'iso-8859-1') + ' <ines.carvalho@brightwellclinics.pt>',
                                   ewb('Se algo falhar num domingo à noite – suporte GoodTime?', 'utf-8', 'UTF-8'),
                                   ewb('Se algo falhar num domingo à noite – suporte GoodTime?', 'utf-8', 'UTF-8'),
                                   'pt-PT', internal=False)
add('question', 'auto_reply', 'support-hours', 'pt',
    'outlook-html-only;qp;windows-1252;rfc2047-b-utf8;rfc2047-q-latin1-from;disclaimer;long-signature;received-chain;arc;dkim;auth-results',
    'Sunday-night help, asked without the word for hours', build(hs, body))

# ---- Q17 pt chat-bubble - terse, iPhone, raw UTF-8 subject and from
rng = R('q17'); t = T(2026, 3, 4, 21, 55, 'PT')
main = """Boas, disseram-me que para falar com o suporte da GoodTime é pelo chat, mas não encontro chat nenhum. onde é que isso fica?

obg
Rui

Enviado do meu iPhone"""
body = text(main + '\n', 'plain', 'utf-8', 'quoted-printable', ct_quote=False)
hs = tr_pt(rng, t)[:5] + apple_hdrs(rng, t, 'Rui Gonçalves Almeida <rui.almeida@brightwellclinics.pt>'.encode('utf-8'),
                                     'chat da GoodTime – onde está?'.encode('utf-8'), mailer='iPhone Mail (22D82)',
                                     dom='brightwellclinics.pt')
add('question', 'auto_reply', 'chat-bubble', 'pt',
    'plain-only;iphone;qp;utf-8;raw-utf8-subject;raw-utf8-from;terse;mobile-signature;received-chain',
    'where is the chat', build(hs, body))

# ---- Q18 pt interviewer-decline - Outlook alternative, reply on top of unrelated thread (badges)
rng = R('q18'); t = T(2026, 7, 7, 9, 26, 'PT')
main = """Olá a todos,

Aproveito este email para outra questão, que não tem nada a ver com os crachás.

O Dr. Pedro Vasconcelos recusou agora o convite para a entrevista de quinta-feira às 15h (vaga de técnico de radiologia) – tem uma formação que não estava prevista. A candidata já confirmou e vem de Braga de propósito, por isso não queria mexer na hora dela se puder evitar.

Qual é a melhor forma de resolver isto no GoodTime?

Obrigado,
João Pedro"""
sig = """João Pedro Ferreira
Coordenador de Recrutamento – Norte
Brightwell Clínicas Portugal · Rua de Júlio Dinis 561, 4050-325 Porto
+351 226 090 771"""
quote = dict(kind='outlook', sep='________________________________', fields=[
    ('De', 'Sousa, Beatriz <beatriz.sousa@brightwellclinics.pt>'),
    ('Enviada', 'segunda-feira, 6 de julho de 2026 17:02'),
    ('Para', 'Ferreira, João Pedro <joaopedro.ferreira@brightwellclinics.pt>; GoodTime Help Line <helpline@brightwellclinics.com>'),
    ('Assunto', 'Crachás para os entrevistadores externos')],
    body="""Bom dia,

Os crachás temporários para os entrevistadores externos de quinta-feira já estão prontos na receção do piso 0. Quem os levantar tem de assinar a folha de registo.

Beatriz""")
body = outlook_alt(rng, main, sig, '', quote, 'PT', reply=True)
hs = tr_pt(rng, t, 1) + outlook_hdrs(rng, t, '"Ferreira, =?utf-8?Q?Jo=C3=A3o?= Pedro" <joaopedro.ferreira@brightwellclinics.pt>',
                                      ewq('RE: Crachás para os entrevistadores externos', 'utf-8'),
                                      ewq('Crachás para os entrevistadores externos', 'utf-8'), 'pt-PT', internal=False,
                                      cc='"Sousa, Beatriz" <beatriz.sousa@brightwellclinics.pt>')
add('question', 'auto_reply', 'interviewer-decline', 'pt',
    'multipart-alternative;outlook;qp;utf-8;rfc2047-q-utf8;reply-on-top;quoted-thread-other-topic;received-chain;arc;dkim',
    'interviewer declined, keep candidate time', build(hs, body))

# ---- Q19 pt candidate-itinerary - Outlook HTML only base64 UTF-8, B subject split
rng = R('q19'); t = T(2026, 9, 21, 12, 14, 'PT')
main = """Bom dia,

Temos uma candidata para rececionista (Marta Figueiredo) com entrevista presencial na clínica das Amoreiras na quarta-feira. Ligou-me há pouco a dizer que não tem o email com as horas das conversas e os nomes das pessoas com quem vai falar – diz que só recebeu a primeira mensagem, a pedir disponibilidade.

É possível enviar-lhe outra vez esse resumo a partir do GoodTime? Não queria ter de escrever tudo à mão.

Obrigada,"""
sig = """Ana Sofia Martins
Gestora de Clínica – Brightwell Amoreiras
Rua Carlos Alberto da Mota Pinto 9, 1070-374 Lisboa
T: +351 213 880 240"""
body = outlook_only(main, sig, DISC_PT, lang='PT', cs='utf-8', cte='base64')
hs = tr_pt(rng, t) + outlook_hdrs(rng, t, 'Ana Sofia Martins <anasofia.martins@brightwellclinics.pt>',
                                   ew_split('Candidata não recebeu o email com o horário da entrevista', 14, 'B', 'utf-8', 'UTF-8'),
                                   ewb('Candidata não recebeu o email com o horário da entrevista', 'utf-8', 'UTF-8'), 'pt-PT',
                                   internal=False)
add('question', 'auto_reply', 'candidate-itinerary', 'pt',
    'outlook-html-only;base64;utf-8;rfc2047-b-utf8-split;disclaimer;received-chain;arc;dkim;auth-results',
    'resend itinerary to candidate', build(hs, body))

# ---- Q20 pt add-interviewer-to-pool - plain ISO-8859-1 QP, Outlook 16, long sig + disclaimer
rng = R('q20'); t = T(2026, 11, 26, 16, 2, 'PT')
main = """Boa tarde,

A enfermeira Sílvia Teixeira, que entrou na nossa equipa em setembro, já tem experiência suficiente para participar nas entrevistas técnicas de enfermagem. Até agora as entrevistas têm sido sempre marcadas comigo ou com o enfermeiro Luís Matos, e estamos os dois sobrecarregados.

O que é necessário fazer para que o GoodTime passe a propor também a Sílvia quando se marcam estas entrevistas? Ela já entra no GoodTime, mas nunca aparece como opção.

Com os melhores cumprimentos,

Carla Nunes
Enfermeira-Chefe
Brightwell Clínica do Porto - Boavista
Av. da Boavista 1837, 4100-133 Porto
Tel.: +351 226 158 402 | Ext. 4402"""
body = text(plain(main, disc=DISC_PT.replace('·', '-')), 'plain', 'iso-8859-1', 'quoted-printable')
hs = tr_pt(rng, t) + [
    ('From', '"Carla Nunes" <carla.nunes@brightwellclinics.pt>'), ('To', HELP_TO),
    ('Subject', ewq('Incluir nova enfermeira nas entrevistas técnicas', 'iso-8859-1')),
    ('Date', t.hdr(pad=True)), ('Message-ID', '<004a01dd5e2c$%s$%s@brightwellclinics.pt>' % (hexs(rng, 8), hexs(rng, 8))),
    ('MIME-Version', '1.0'), ('X-Mailer', 'Microsoft Outlook 16.0'), ('Content-Language', 'pt-pt'),
    ('Thread-Index', 'AdxeLF%s' % b64s(rng, 22))]
add('question', 'auto_reply', 'add-interviewer-to-pool', 'pt',
    'plain-only;outlook-16;qp;iso-8859-1;rfc2047-q-latin1;disclaimer;long-signature;received-chain;arc;dkim',
    'new nurse never suggested as interviewer', build(hs, body))

# ---- Q21 en contact-support - terse lowercase one-liner from iPhone, Message-ID without brackets
rng = R('q21'); t = T(2026, 5, 12, 6, 51, 'CT')
main = """whats the actual email for goodtime's support team? the vendor i mean, not you guys. want to cc them on something

Sent from my iPhone"""
body = text(main + '\n', 'plain', 'us-ascii', '7bit', ct_quote=False)
hs = tr_com(rng, t, 'us', 3) + apple_hdrs(rng, t, 'Tyler Brooks <tyler.brooks@brightwellclinics.com>', 'support email?',
                                           mailer='iPhone Mail (22E252)', mid=uuid(rng, True) + '@brightwellclinics.com')
add('question', 'auto_reply', 'contact-support', 'en',
    'plain-only;iphone;7bit;terse-lowercase;mobile-signature;message-id-no-brackets',
    'vendor support e-mail address', build(hs, body))

# ---- Q22 en contact-csm - Outlook alternative, long UK signature + disclaimer, hijacked facilities thread
rng = R('q22'); t = T(2026, 7, 1, 8, 37, 'UK')
main = """Morning all,

Slightly hijacking this thread as you're all on it – nothing to do with the refurb.

I'd like to get some time in the diary with our GoodTime CSM before the autumn graduate intake kicks off, mainly to introduce myself (I've inherited the UK relationship from Dominic) and have a first conversation. I don't seem to have their details anywhere and Dominic's mailbox has been closed.

How do I get hold of them / book a slot?

Many thanks,
Harriet"""
sig = """Harriet Cole
Talent Acquisition Manager – UK & Ireland
Brightwell Clinics UK Ltd
12 Bishopsgate Yard, London EC2M 4QD
T: +44 20 3981 4470 | M: +44 7700 914 362
brightwellclinics.com | Follow us on LinkedIn
My working days are Monday to Thursday."""
quote = dict(kind='outlook', fields=[
    ('From', 'Facilities London <facilities.london@brightwellclinics.com>'),
    ('Sent', 'Tuesday, June 30, 2026 4:48 PM'),
    ('To', 'Cole, Harriet <harriet.cole@brightwellclinics.com>; Osei, Rachel <rachel.osei@brightwellclinics.com>; GoodTime Help Line <helpline@brightwellclinics.com>'),
    ('Subject', 'Ground floor interview rooms - refurb dates')],
    body="""Hi all,

Please note interview rooms G.03 and G.04 will be closed for refurbishment from 13 to 24 July. Rooms 2.11 and 2.12 on the second floor will be available as replacements; please rebook any affected sessions.

Kind regards,
Facilities Team – London""")
body = outlook_alt(rng, main, sig, DISC_UK, quote, 'EN-GB', reply=True)
hs = tr_com(rng, t, 'uk', 5) + outlook_hdrs(rng, t, 'Cole, Harriet <harriet.cole@brightwellclinics.com>',
                                             'RE: Ground floor interview rooms - refurb dates',
                                             'Ground floor interview rooms - refurb dates', 'en-GB', region='uk',
                                             cc='Osei, Rachel <rachel.osei@brightwellclinics.com>; Facilities London <facilities.london@brightwellclinics.com>')
add('question', 'auto_reply', 'contact-csm', 'en',
    'multipart-alternative;outlook;qp;utf-8;reply-on-top;quoted-thread-other-topic;outlook-from-sent-block;disclaimer;long-signature;received-chain',
    'how to book time with the CSM', build(hs, body))

# ---- Q23 en product-board - Outlook on the web alternative
rng = R('q23'); t = T(2026, 2, 20, 15, 12, 'US')
main = """Hi,

A couple of us in the analytics team have been collecting small ideas for GoodTime while building the recruiting dashboards (nothing broken, just things that would be nice to have). Where is the right place to put those so that GoodTime actually sees them?

Someone mentioned there's a shared list where you can vote on other people's ideas. If one of ours is already on there, is it better to vote for it or to add ours anyway?

Thanks,
Priya"""
sig = """Priya Raman | Data Analyst, People Analytics
Brightwell Clinics - Head Office
200 Clarendon Street, Boston, MA 02116
(617) 555-0142"""
p = text(plain(main, sig), 'plain', 'iso-8859-1', 'quoted-printable')
hh = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">\n<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n'
      '<body dir="ltr">\n<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n'
      + '\n'.join('<div>%s</div>' % (esc(l) if l else '<br>') for l in main.split('\n'))
      + '\n</div>\n<div id="Signature">\n' + '<br>\n'.join(esc(l) for l in sig.split('\n')) + '\n</div>\n</body>\n</html>\n')
h = text(hh, 'html', 'iso-8859-1', 'quoted-printable')
body = multi('alternative', [p, h], b_outlook(rng))
hs = tr_com(rng, t, 'us', 4) + outlook_hdrs(rng, t, 'Raman, Priya <priya.raman@brightwellclinics.com>',
                                             'Where do GoodTime suggestions go?', 'Where do GoodTime suggestions go?', 'en-US',
                                             region='us')
add('question', 'auto_reply', 'product-board', 'en',
    'multipart-alternative;outlook-web;qp;iso-8859-1;received-chain',
    'where to post ideas, vote vs duplicate', build(hs, body))

# ---- Q24 en internal-project-team - Apple Mail alternative, rambling, question in 3rd paragraph
rng = R('q24'); t = T(2026, 10, 5, 12, 40, 'US')
main = """Hi there!

I'm Ashley – I joined the Early Careers team three weeks ago and I'll be looking after the graduate nursing and lab programmes on the US side (taking over from Ryan Ortiz, who has moved to sourcing).

I've been shadowing the coordinators and working through the GoodTime onboarding material, which has been super helpful. I also sat in on the Thursday stand-up with Kevin's ops group, so I'm slowly getting to know everyone.

One thing I'm still unclear on: who actually looks after this mailbox, and what kind of thing am I supposed to send here versus going straight to GoodTime? I don't want to bother you with stuff that should go elsewhere, or the other way round.

Thanks so much, and looking forward to working with you all!

Ashley"""
sig = """Ashley Nguyen
Graduate Recruiter, Early Careers
Brightwell Clinics | Boston, MA"""
body = apple_alt(rng, main, sig)
hs = tr_com(rng, t, 'us', 4) + apple_hdrs(rng, t, 'Ashley Nguyen <ashley.nguyen@brightwellclinics.com>', 'Hello + a question')
add('question', 'auto_reply', 'internal-project-team', 'en',
    'multipart-alternative;apple-mail;qp;utf-8;rambling;question-in-third-paragraph;received-chain',
    'what this mailbox is for vs vendor', build(hs, body, '\n'))

# ---- Q25 en interviewer-load-balancing via a web-form mailer (must not be auto-answered)
rng = R('q25'); t = T(2026, 3, 25, 13, 2, 'US')
ptxt = """A new request was submitted through the Brightwell Help Portal.

Request ID:   20417
Submitted:    2026-03-25 13:01 EDT
Name:         Sam Patel
Email:        sam.patel@brightwellclinics.com
Role:         Nurse Practitioner / Interviewer
Location:     Brightwell Clinic - Cambridge, MA
Category:     GoodTime
Priority:     Normal

Description:
I have been put on 9 screening interviews this week while two other NPs on the same panel have had none. It's hard to see patients with that many. Is there a way GoodTime can stop booking me after a certain number a week, or share them out more evenly between us?

---
This message was generated automatically by the Brightwell Help Portal. Please do not reply to this address; replies are not monitored."""
rows = [('Request ID', '20417'), ('Submitted', '2026-03-25 13:01 EDT'), ('Name', 'Sam Patel'),
        ('Email', 'sam.patel@brightwellclinics.com'), ('Role', 'Nurse Practitioner / Interviewer'),
        ('Location', 'Brightwell Clinic - Cambridge, MA'), ('Category', 'GoodTime'), ('Priority', 'Normal')]
hh = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>Help Portal request</title></head><body style="font-family:Arial,sans-serif;font-size:14px">'
      '<h2 style="color:#34206e">New Help Portal request</h2><table cellpadding="4" style="border-collapse:collapse">'
      + ''.join('<tr><td style="font-weight:bold;border:1px solid #ddd">%s</td><td style="border:1px solid #ddd">%s</td></tr>' % (esc(a), esc(b)) for a, b in rows)
      + '</table><h3>Description</h3><p>%s</p><hr><p style="color:#888;font-size:11px">This message was generated automatically by the Brightwell Help Portal. Please do not reply to this address; replies are not monitored.</p></body></html>'
      % esc(ptxt.split('Description:\n')[1].split('\n---')[0]))
body = multi('alternative', [text(ptxt, 'plain', 'utf-8', '7bit'), text(hh, 'html', 'utf-8', 'quoted-printable')],
             '----=_Part_%d_%d.%d' % (rng.randrange(10**5, 10**6), rng.randrange(10**8, 10**9), t.unix() * 1000 + 412), ct_fold=False)
hs = [('Received', 'from bw-forms-01.corp.brightwellclinics.com (10.40.2.15) by BN8PR12MB3346.namprd12.prod.outlook.com (2603:10b6:408:c3::21) with Microsoft SMTP Server id 15.20.8989.12; %s' % t.rcv(2)),
      ('Received', 'from localhost (localhost [127.0.0.1]) by bw-forms-01.corp.brightwellclinics.com (Postfix) with ESMTP id 7F1C22A0B4 for <helpline@brightwellclinics.com>; %s' % t.rcv(0, local=True)),
      ('Date', t.hdr()), ('From', 'Brightwell Help Portal <no-reply@forms.brightwellclinics.com>'),
      ('Reply-To', 'no-reply@forms.brightwellclinics.com'), ('To', HELP),
      ('Message-ID', '%d.%d.%d@bw-forms-01' % (rng.randrange(10**6, 10**7), rng.randrange(10**3, 10**4), t.unix())),
      ('Subject', '[Help Portal] New request #20417 - GoodTime'),
      ('MIME-Version', '1.0'), ('Auto-Submitted', 'auto-generated'), ('X-Auto-Response-Suppress', 'All'),
      ('Precedence', 'bulk'), ('X-Mailer', 'PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)')]
add('question', 'forward_support|needs_review', 'interviewer-load-balancing', 'en',
    'form-mailer;auto-submitted;x-auto-response-suppress;no-reply-from;multipart-alternative;message-id-no-brackets',
    'web form: answerable, but must reach a person', build(hs, body))

# ---- Q26 en cancel-interview - Outlook plain with -----Original Message----- about parking
rng = R('q26'); t = T(2026, 4, 30, 16, 45, 'US')
main = """Hi,

Different topic from the parking stuff below, sorry.

The candidate for the medical assistant role on Monday (Jasmine Ortiz) just emailed to say she has accepted another offer and is withdrawing. The interview is sitting in my calendar and in Dr. Kaplan's. Can I just delete it from Outlook, or is there something else I need to do so it doesn't cause problems later?

Thanks,
Danielle"""
sig = """Danielle Whitaker, MHA
Clinic Manager | Brightwell Clinic – Cambridge
1350 Massachusetts Ave, Cambridge, MA 02138
P: (617) 555-0187 | F: (617) 555-0190"""
quote = dict(kind='outlook', sep='-----Original Message-----', fields=[
    ('From', 'GoodTime Help Line <helpline@brightwellclinics.com>'),
    ('Sent', 'Monday, April 27, 2026 10:14 AM'),
    ('To', 'Whitaker, Danielle <danielle.whitaker@brightwellclinics.com>'),
    ('Subject', 'RE: Parking validation for candidates')],
    body="""Hi Danielle,

The front desk can validate parking for onsite candidates – just add a line to the itinerary note asking them to bring their ticket to reception. We don't have a way to do it inside GoodTime itself.

Best,
Help Line""")
body = text(plain(main, sig, DISC_US, quote).replace('–', '-'), 'plain', 'us-ascii', '7bit')
hs = tr_com(rng, t, 'us', 4) + outlook_hdrs(rng, t, 'Whitaker, Danielle <danielle.whitaker@brightwellclinics.com>',
                                             'RE: Parking validation for candidates', 'Parking validation for candidates',
                                             'en-US', region='us')
add('question', 'auto_reply', 'cancel-interview', 'en',
    'plain-only;outlook;7bit;reply-on-top;original-message-block;quoted-thread-other-topic;disclaimer;received-chain',
    'candidate withdrew, delete from calendar?', build(hs, body))

# ---- Q27 en ats-integration - two topics, Outlook for Mac plain QP
rng = R('q27'); t = T(2026, 10, 19, 9, 58, 'US')
main = """Hey team,

Two things, one GoodTime and one not:

1) When a candidate drops out or we decide not to move forward, where am I supposed to mark that – in GoodTime, in Greenhouse, or both? I've been doing both to be safe and Tyler says that's wrong.

2) Totally unrelated: is the all-hands on Thursday still in the big conference room at Clarendon St or has it moved online? Couldn't find the invite.

Cheers,
Jordan

Jordan Kim
Talent Sourcer | Brightwell Clinics"""
body = text(main + '\n', 'plain', 'UTF-8', 'quoted-printable')
hs = tr_com(rng, t, 'us', 4) + [
    ('User-Agent', 'Microsoft-MacOutlook/16.102.25101219'), ('Date', t.hdr()),
    ('Subject', 'two quick things'), ('From', 'Jordan Kim <jordan.kim@brightwellclinics.com>'),
    ('To', '"helpline@brightwellclinics.com" <helpline@brightwellclinics.com>'),
    ('Message-ID', '<%s@brightwellclinics.com>' % uuid(rng, True)), ('Thread-Topic', 'two quick things'),
    ('Mime-version', '1.0')]
add('question', 'auto_reply', 'ats-integration', 'en',
    'plain-only;outlook-mac;qp;utf-8;two-topics;received-chain',
    'reject in ATS or GoodTime; second topic unrelated', build(hs, body))


# =========================================================================== QUESTIONS (no article answers)

# ---- U1 es: candidate e-mails in Catalan - Outlook HTML only UTF-8 QP
rng = R('u1'); t = T(2026, 11, 10, 10, 15, 'CET')
main = """Bon dia / Buenos días:

En Barcelona muchos candidatos nos piden que las comunicaciones sean en catalán, y ahora mismo todos los correos que salen de GoodTime (confirmación, recordatorio, etc.) van en castellano.

¿Es posible tener las plantillas de correo al candidato también en catalán y que se elija el idioma según el candidato? ¿Quién se encarga de crearlas, o cómo se configura?

Gràcies,
Montse"""
sig = """Montserrat Vidal Roca
Técnica de Selección · Cataluña
Brightwell Clínicas España
T. +34 932 18 44 12"""
body = outlook_only(main, sig, DISC_ES, lang='ES', cs='utf-8')
hs = tr_es(rng, t)[:5] + outlook_hdrs(rng, t, 'Montserrat Vidal <montserrat.vidal@brightwellclinics.es>',
                                       ewq('Confirmaciones a candidatos en catalán', 'utf-8', 'utf-8'),
                                       ewq('Confirmaciones a candidatos en catalán', 'utf-8', 'utf-8'), 'es-ES', internal=False)
add('question', 'forward_support', 'none', 'es',
    'outlook-html-only;qp;utf-8;rfc2047-q-utf8;disclaimer;received-chain',
    'candidate e-mail language per candidate: not covered', build(hs, body))

# ---- U2 fr: data hosting / GDPR - forwarded from the DPO, Outlook alternative
rng = R('u2'); t = T(2026, 2, 2, 11, 47, 'CET')
main = """Bonjour,

Je vous transfère la question de notre DPO ci-dessous, à laquelle je ne sais pas répondre. Savez-vous où GoodTime héberge les données de nos candidats (UE ou États-Unis) et s'il y a des transferts hors UE ?

Merci d'avance,
Sophie"""
sig = """Sophie Lambert
Chargée de recrutement – Auvergne-Rhône-Alpes
Brightwell Cliniques France SAS · 12 cours Lafayette · 69003 Lyon
04 78 62 19 40"""
quote = dict(kind='fwd', intro='', fields=[
    ('De', 'Giraud, Nathalie <nathalie.giraud@brightwellclinics.com>'),
    ('Envoyé', 'vendredi 30 janvier 2026 18:05'),
    ('À', 'Lambert, Sophie <sophie.lambert@brightwellclinics.com>'),
    ('Objet', 'Hébergement des données candidats – GoodTime')],
    body="""Bonjour Sophie,

Dans le cadre de la mise à jour de notre registre des traitements (article 30 du RGPD), j'ai besoin de savoir où sont hébergées les données des candidats gérées dans GoodTime (pays / région du centre de données) et si des transferts hors UE ont lieu, avec quelles garanties.

Pourrais-tu te renseigner auprès des personnes qui gèrent l'outil ?

Merci,
Nathalie Giraud
Déléguée adjointe à la protection des données""")
quote['kind'] = 'outlook'
quote['sep'] = '________________________________'
body = outlook_alt(rng, main, sig, DISC_FR, quote, 'FR')
hs = tr_com(rng, t, 'eu', 4) + outlook_hdrs(rng, t, 'Lambert, Sophie <sophie.lambert@brightwellclinics.com>',
                                             ewq('TR: Hébergement des données candidats – GoodTime', 'utf-8'),
                                             ewq('Hébergement des données candidats – GoodTime', 'utf-8'), 'fr-FR')
add('question', 'forward_support', 'none', 'fr',
    'multipart-alternative;outlook;qp;utf-8;forwarded-chain;outlook-from-sent-block;rfc2047-q-utf8;disclaimer;received-chain',
    'GDPR hosting location: not covered', build(hs, body))

# ---- U3 en: the SLA figure (article only points to the Help Center) - Outlook alternative, 6 Received
rng = R('u3'); t = T(2026, 7, 15, 11, 5, 'US')
main = """Hi team,

Our VP of People Operations is putting together the vendor risk review for the board and has asked me to confirm, in writing, the response-time commitment GoodTime gives us for a priority-one / critical ticket – i.e. the actual number (30 minutes? 1 hour? 4 hours?), not just "they're there around the clock".

Do we have that figure written down somewhere, or can you find out? I need it by the end of next week.

Thanks,
Kevin"""
sig = """Kevin Walsh
Recruiting Operations Lead
Brightwell Clinics | 200 Clarendon Street, Boston, MA 02116
(617) 555-0131"""
body = outlook_alt(rng, main, sig, DISC_US, lang='EN-US')
hs = tr_com(rng, t, 'us', 6) + outlook_hdrs(rng, t, 'Walsh, Kevin <kevin.walsh@brightwellclinics.com>',
                                             'GoodTime response time commitment for P1 tickets?',
                                             'GoodTime response time commitment for P1 tickets?', 'en-US', region='us')
add('question', 'forward_support', 'none', 'en',
    'multipart-alternative;outlook;qp;utf-8;disclaimer;received-chain',
    'asks the actual SLA number; article gives no figure', build(hs, body))

# ---- U4 en: is there a mobile app - iPhone plain
rng = R('u4'); t = T(2026, 3, 7, 8, 10, 'CT')
main = """Is there a GoodTime app I can download for my iPhone? I'm mostly between exam rooms and would like to check my interview schedule and confirm slots from my phone rather than going back to the laptop every time.

Alan

Sent from my iPhone"""
body = text(main + '\n', 'plain', 'us-ascii', '7bit', ct_quote=False)
hs = tr_com(rng, t, 'us', 3) + apple_hdrs(rng, t, '"Brewer, Alan MD" <alan.brewer@brightwellclinics.com>', 'GoodTime on phone',
                                           mailer='iPhone Mail (22D72)')
add('question', 'forward_support', 'none', 'en',
    'plain-only;iphone;7bit;mobile-signature;weekend',
    'mobile app: not covered', build(hs, body))

# ---- U5 en: SMS reminders? (resembles candidate-reminders but SMS is not covered)
rng = R('u5'); t = T(2026, 11, 17, 14, 30, 'UK')
main = """Hi,

Quick one. A lot of our contact-centre applicants don't check email much, and we've had a few no-shows this month. Does GoodTime send reminders by text message to the candidate's mobile, or is it email only? If it can, is it something we'd need to get switched on?

Cheers,
Aisha"""
sig = """Aisha Rahman
Team Leader – Patient Contact Centre
Brightwell Clinics UK · Manchester
0161 496 0820"""
body = outlook_alt(rng, main, sig, DISC_UK, lang='EN-GB')
hs = tr_com(rng, t, 'uk', 4) + outlook_hdrs(rng, t, 'Rahman, Aisha <aisha.rahman@brightwellclinics.com>',
                                             'Reminders by text?', 'Reminders by text?', 'en-GB', region='uk')
add('question', 'forward_support', 'none', 'en',
    'multipart-alternative;outlook;qp;utf-8;disclaimer;received-chain',
    'SMS reminders: article covers e-mail reminders only', build(hs, body))

# ---- U6 en: how to sign in after password change (resembles calendar-sync) - Outlook HTML only
rng = R('u6'); t = T(2026, 3, 2, 8, 5, 'UK')
main = """Hi,

IT made me change my Windows password on Friday and since then I'm not sure how I'm meant to sign in to GoodTime. Do we log in with our Microsoft work account (the single sign-on button) or with a separate GoodTime password? I used to get straight in from my bookmark and now it asks me for an email and password, and I don't think I ever had a GoodTime password.

Nothing urgent today – my next interviews aren't until Wednesday.

Thanks,
Oliver"""
sig = """Oliver Bennett
Recruiting Coordinator | Manchester
Brightwell Clinics UK Ltd
07700 900 458"""
body = outlook_only(main, sig, '', lang='EN-GB')
hs = tr_com(rng, t, 'uk', 4) + outlook_hdrs(rng, t, 'Bennett, Oliver <oliver.bennett@brightwellclinics.com>',
                                             'How do I log into GoodTime now?', 'How do I log into GoodTime now?', 'en-GB',
                                             region='uk')
add('question', 'forward_support', 'none', 'en',
    'outlook-html-only;qp;windows-1252;received-chain',
    'login/SSO after password change: not covered', build(hs, body))

# ---- U7 en: retention of candidate data (DPIA) - long formal, alternative, Received
rng = R('u7'); t = T(2026, 1, 22, 17, 20, 'UK')
main = """Dear colleagues,

As part of the Data Protection Impact Assessment we are refreshing for UK recruitment, our Data Protection Officer has asked me to confirm how long candidate information is retained within GoodTime once a candidate has been rejected or has withdrawn, and whether that information is deleted automatically or has to be purged manually by an administrator.

Could you let me know what the position is, or point me to the right person? The DPIA is due for sign-off at the Information Governance Committee on 12 February, so I would be grateful for a response by the end of next week.

Kind regards,
Fiona"""
sig = """Fiona MacLeod
HR Business Partner – Operations (UK)
Brightwell Clinics UK Ltd
12 Bishopsgate Yard, London EC2M 4QD
T: +44 20 3981 4402 | M: +44 7700 914 118"""
body = outlook_alt(rng, main, sig, DISC_UK, lang='EN-GB')
hs = tr_com(rng, t, 'uk', 7) + outlook_hdrs(rng, t, 'MacLeod, Fiona <fiona.macleod@brightwellclinics.com>',
                                             'Data retention - candidate records held in GoodTime (DPIA)',
                                             'Data retention - candidate records held in GoodTime (DPIA)', 'en-GB', region='uk')
add('question', 'forward_support', 'none', 'en',
    'multipart-alternative;outlook;qp;utf-8;long-formal;disclaimer;long-signature;received-chain',
    'data retention: not covered', build(hs, body))

# ---- U8 en: API / data feed for Power BI (resembles reporting-dashboards) - Thunderbird, night
rng = R('u8'); t = T(2026, 9, 9, 22, 41, 'US')
main = """Hi all,

Our data platform team has been asked to bring recruiting metrics into the central Power BI workspace (time to schedule, interviews per clinic, reschedule rates and so on).

Is there an API or some kind of scheduled data export from GoodTime that we can connect to, rather than someone downloading reports by hand every week? If there is, who on our side owns the credentials / API keys?

Thanks,
Marcus"""
sig = """Marcus Reid
Engineering Manager, Data Platform
Brightwell Clinics Technology"""
body = text(plain(main, sig, sigdash=True), 'plain', 'UTF-8', '7bit', params='; format=flowed', ct_quote=False)
hs = tr_com(rng, t, 'us', 3) + tb_hdrs(rng, t, 'Marcus Reid <marcus.reid@brightwellclinics.com>', 'GoodTime data into Power BI?',
                                        'brightwellclinics.com',
                                        ua='Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:128.0) Gecko/20100101 Thunderbird/128.9.0')
add('question', 'forward_support', 'none', 'en',
    'plain-only;thunderbird;7bit;format-flowed;sig-dash;night;lf-eol',
    'API/data feed: reporting article is only vague', build(hs, body, '\n'))

# ---- U9 en: screen-reader accessibility of candidate pages - reply on top of accommodations thread
rng = R('u9'); t = T(2026, 3, 12, 13, 22, 'US')
main = """Hi team,

Looping you in on one piece of this. The candidate below is blind and uses a screen reader (JAWS). She has asked whether the page where she picks her interview time works with a screen reader, or whether we should just arrange the time with her by phone.

Do we know whether GoodTime's candidate-facing pages are accessible / have been tested with screen readers? I'd like to give her an accurate answer today.

Thanks,
Megan"""
sig = """Megan O'Connell
Senior Recruiter – Nursing
Brightwell Clinics | Boston, MA
(617) 555-0177"""
quote = dict(kind='outlook', fields=[
    ('From', 'Accommodations Team <accommodations@brightwellclinics.com>'),
    ('Sent', 'Thursday, March 12, 2026 11:02 AM'),
    ('To', "O'Connell, Megan <megan.oconnell@brightwellclinics.com>"),
    ('Subject', 'Candidate accommodation request - Req 4471')],
    body="""Hi Megan,

We have approved the candidate's request for extended interview time (an extra 15 minutes per session) and for materials to be shared in advance in an accessible format. Please make sure the interviewers are aware before the day.

Thanks,
Accommodations Team
People Services""")
body = outlook_alt(rng, main, sig, DISC_US, quote, 'EN-US', reply=True)
hs = tr_com(rng, t, 'us', 5) + outlook_hdrs(rng, t, "O'Connell, Megan <megan.oconnell@brightwellclinics.com>",
                                             'RE: Candidate accommodation request - Req 4471',
                                             'Candidate accommodation request - Req 4471', 'en-US', region='us',
                                             cc='Accommodations Team <accommodations@brightwellclinics.com>')
add('question', 'forward_support', 'none', 'en',
    'multipart-alternative;outlook;qp;utf-8;reply-on-top;quoted-thread-other-topic;disclaimer;received-chain',
    'screen-reader accessibility: not covered', build(hs, body))


# =========================================================================== BUGS

# ---- B1 en HIGH: availability wrong for all UK interviewers - Outlook HTML + PNG screenshot
rng = R('b1'); t = T(2026, 3, 16, 9, 40, 'UK')
main = """Hi all,

Since around 8am today GoodTime is showing every interviewer I look at in London and Manchester as completely free all week, even people whose calendars are solidly booked with clinic sessions (screenshot attached – that's Dr. Ahmed's week, which is actually full).

I've checked with Oliver in Manchester and with two of the London coordinators and they're all seeing the same thing, so it doesn't look like it's just my account. Two interviews were already booked this morning on top of existing patient lists and we've had to unpick them by hand.

We have around 40 interviews to schedule this week for the graduate intake, so we've stopped scheduling until this is sorted. Could this please be raised with GoodTime as a priority?

Thanks,
Rachel"""
sig = """Rachel Osei
Senior Recruiting Coordinator – London
Brightwell Clinics UK Ltd
M: 07700 900 127"""
html = text(outlook_html(main, sig, DISC_UK, lang='EN-GB'), 'html', 'windows-1252', 'quoted-printable')
body = multi('mixed', [html, binary(png(120, 70, 'b1'), 'image/png', 'image001.png', size=True)], b_outlook(rng, '004'))
hs = tr_com(rng, t, 'uk', 5) + outlook_hdrs(rng, t, 'Osei, Rachel <rachel.osei@brightwellclinics.com>',
                                             'Availability showing everyone as free - all UK interviewers?',
                                             'Availability showing everyone as free - all UK interviewers?', 'en-GB',
                                             region='uk', attach=True,
                                             cc='Bennett, Oliver <oliver.bennett@brightwellclinics.com>')
add('bug', 'forward_support+flag_csm', '', 'en',
    'outlook-html;multipart-mixed;png-attachment;qp;windows-1252;disclaimer;received-chain',
    'HIGH: calendar availability wrong for whole UK org', build(hs, body))

# ---- B2 en HIGH: confirmations carrying another candidate's personal data - Outlook alternative, DKIM
rng = R('b2'); t = T(2026, 4, 28, 15, 2, 'US')
main = """Hello,

I need to report something that I think is serious.

Three candidates I scheduled yesterday afternoon for the Brighton Ave and Back Bay clinics have contacted me today to say that their confirmation email listed a different candidate's name and mobile number in the "Your interview" section. One of them forwarded it to me and I can confirm it shows the details of a candidate for a completely different role.

I have not changed any templates. I don't know how many other confirmations have gone out like this since yesterday – our team sends 60–80 a day across the US clinics. Since this is personal data going to the wrong people, I assume our privacy team needs to know as well.

Please can someone pick this up today? I'm happy to forward the examples securely.

Megan"""
sig = """Megan O'Connell
Senior Recruiter – Nursing
Brightwell Clinics | Boston, MA
(617) 555-0177"""
body = outlook_alt(rng, main, sig, DISC_US, lang='EN-US')
hs = tr_com(rng, t, 'us', 6) + [dkim(rng, t, 'brightwellclinics.com', 'selector2')] + \
    outlook_hdrs(rng, t, "O'Connell, Megan <megan.oconnell@brightwellclinics.com>",
                 "Candidate confirmation emails showing ANOTHER candidate's details",
                 "Candidate confirmation emails showing ANOTHER candidate's details", 'en-US', region='us',
                 importance='high')
add('bug', 'forward_support+flag_csm', '', 'en',
    'multipart-alternative;outlook;qp;utf-8;importance-high;disclaimer;received-chain;dkim',
    'HIGH: personal data of other candidates in confirmations', build(hs, body))

# ---- B3 de HIGH recurring: DST time shift again after being reported - Outlook HTML cp1252 QP
rng = R('b3'); t = T(2026, 4, 2, 10, 12, 'CET')
main = """Liebes Help-Line-Team,

leider muss ich das Thema von Ende Oktober noch einmal aufmachen: Seit der Umstellung auf die Sommerzeit am Sonntag zeigt GoodTime in den Bestätigungsmails an die Bewerberinnen und Bewerber wieder eine Stunde zu früh an. Im Kalender der Interviewer steht die richtige Uhrzeit, in der Mail an die Kandidaten die falsche.

Betroffen sind nach unserem Stand alle deutschen Standorte (Berlin, Hamburg, Frankfurt und das Labor München) – allein für diese und nächste Woche haben wir 23 Termine gefunden, und zwei Bewerberinnen standen gestern eine Stunde zu früh am Empfang.

Genau dieser Fehler ist bei der Zeitumstellung im Oktober schon einmal aufgetreten. Damals wurde er über euch an GoodTime gemeldet (Ticket 51882) und als behoben zurückgemeldet. Offensichtlich ist er das nicht.

Bitte gebt das mit Nachdruck an GoodTime weiter. Wir informieren die betroffenen Kandidatinnen und Kandidaten bis dahin manuell.

Viele Grüße
Stefanie Brandt"""
sig = """Stefanie Brandt
Teamleitung Recruiting-Koordination
Brightwell Kliniken Deutschland GmbH · Friedrichstraße 171 · 10117 Berlin
T +49 30 2096 5500 · M +49 160 9921 4471"""
body = outlook_only(main, sig, DISC_DE, lang='DE')
hs = tr_de(rng, t, 1) + outlook_hdrs(rng, t, 'Brandt, Stefanie <stefanie.brandt@brightwellclinics.de>',
                                      ewb('Erneut falsche Uhrzeiten nach Zeitumstellung – Ticket 51882', 'utf-8', 'UTF-8'),
                                      ewb('Erneut falsche Uhrzeiten nach Zeitumstellung – Ticket 51882', 'utf-8', 'UTF-8'),
                                      'de-DE', internal=False, mid='<%s@EX19-MBX02.brightwell.local>' % hexs(rng, 32))
add('bug', 'forward_support+flag_csm', '', 'de',
    'outlook-html-only;qp;windows-1252;rfc2047-b-utf8;disclaimer;received-chain;dkim;auth-results',
    'HIGH: recurring DST bug, all German sites, reported before', build(hs, body))

# ---- B4 en: "quick question" subject over a bug report - Outlook plain
rng = R('b4'); t = T(2026, 1, 21, 10, 32, 'CT')
main = """Hi - quick question, or maybe not so quick.

Every interview I've scheduled since yesterday lunchtime has gone out without a Zoom link. The invite just says "Video call details to follow" and nothing follows. Interviews I booked before yesterday still have their links. The template for the phone-screen stage hasn't changed as far as I can tell and it's still set to Zoom.

None of these are today - the first one is Monday morning - but I have 14 of them now. Can someone take a look?

Tyler Brooks
Recruiting Coordinator | Brightwell Clinics - Chicago
(312) 555-0166"""
body = text(main + '\n', 'plain', 'us-ascii', '7bit')
hs = tr_com(rng, t, 'us', 4) + outlook_hdrs(rng, t, 'Brooks, Tyler <tyler.brooks@brightwellclinics.com>', 'quick question',
                                             'quick question', 'en-US', region='us')
add('bug', 'forward_support', '', 'en',
    'plain-only;outlook;7bit;misleading-subject;received-chain',
    'Zoom links missing on new invites; subject says quick question', build(hs, body))

# ---- B5 en: day-before reminders stopped - Apple Mail alternative
rng = R('b5'); t = T(2026, 2, 13, 16, 20, 'UK')
main = """Hi,

Since Monday none of my candidates for the Leeds lab technician roles seem to be getting the day-before reminder. Four candidates this week told me at interview that they never got one, and one didn't turn up at all yesterday. I checked their email addresses in the ATS (all correct) and two of them checked their spam folders for me – nothing there.

Nothing has changed on my side and the interviews weren't moved after they were booked. Reminders were definitely arriving up to last week.

Could you check whether something's wrong?

Thanks
Naomi"""
sig = """Naomi Clarke
Recruiter – Diagnostics
Brightwell Diagnostics Laboratory, Leeds"""
body = apple_alt(rng, main, sig)
hs = tr_com(rng, t, 'uk', 4) + apple_hdrs(rng, t, 'Naomi Clarke <naomi.clarke@brightwellclinics.com>', 'Reminder emails not going out?')
add('bug', 'forward_support', '', 'en',
    'multipart-alternative;apple-mail;qp;utf-8;received-chain',
    'reminders set up but not sending', build(hs, body))

# ---- B6 en: reports time out (504) - Outlook alternative inside mixed with a PNG
rng = R('b6'); t = T(2026, 2, 24, 11, 47, 'US')
main = """Hi,

The Reports section in GoodTime has been timing out for me since last Thursday. Any report with a date range longer than about two weeks spins for a minute or so and then shows "504 Gateway Timeout" (screenshot attached). Short ranges work fine. Same in Chrome and Edge, and on a colleague's laptop.

I need the Q4 scheduling-speed numbers for a deck on Friday, so it's not an emergency, but it is blocking that piece of work.

Thanks,
Priya"""
sig = """Priya Raman | Data Analyst, People Analytics
Brightwell Clinics - Head Office
200 Clarendon Street, Boston, MA 02116"""
alt = outlook_alt(rng, main, sig, '', lang='EN-US')
body = multi('mixed', [alt, binary(png(160, 90, 'b6'), 'image/png', 'GoodTime reports 504.png', size=True)], b_outlook(rng, '005'))
hs = tr_com(rng, t, 'us', 5) + outlook_hdrs(rng, t, 'Raman, Priya <priya.raman@brightwellclinics.com>',
                                             'Reports page times out (504)', 'Reports page times out (504)', 'en-US',
                                             region='us', attach=True)
add('bug', 'forward_support', '', 'en',
    'multipart-mixed;multipart-alternative;outlook;qp;png-attachment;received-chain',
    'reports time out with 504', build(hs, body))

# ---- B7 en: time in GoodTime differs from invite (resembles time-zones article) - plain + .ics
rng = R('b7'); t = T(2026, 6, 8, 9, 15, 'US')
main = """Good morning,

I'm scheduling final-round interviews for the Director of Nursing role and something doesn't add up. For the session with our COO next Tuesday (June 16), GoodTime shows 2:00–2:45 PM Eastern on the interview page, but the calendar invite it sent out says 3:00–3:45 PM. I've attached the invite as it arrived. Both the COO's time zone and mine are set to Eastern in GoodTime.

I haven't sent the candidate's confirmation yet because I don't know which time is right. Could someone look into this?

Best regards,

Latoya Jenkins
Executive Assistant to the Chief Operating Officer
Brightwell Clinics | 200 Clarendon Street, Boston, MA 02116
(617) 555-0118"""
ics = """BEGIN:VCALENDAR
PRODID:-//GoodTime//Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:America/New_York
BEGIN:DAYLIGHT
TZOFFSETFROM:-0500
TZOFFSETTO:-0400
DTSTART:20070311T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
TZNAME:EDT
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:-0400
TZOFFSETTO:-0500
DTSTART:20071104T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
TZNAME:EST
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
UID:gt-7f3a91c2-5d1e-4b0e-9a77-31c0d2e4b8aa@goodtime.io
DTSTAMP:20260605T192204Z
DTSTART;TZID=America/New_York:20260616T150000
DTEND;TZID=America/New_York:20260616T154500
SUMMARY:Interview: Director of Nursing - Final round (COO session)
ORGANIZER;CN=Latoya Jenkins:mailto:latoya.jenkins@brightwellclinics.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=Paul Hendricks:mailto:paul.hendricks@brightwellclinics.com
LOCATION:Microsoft Teams
DESCRIPTION:Scheduled with GoodTime. Candidate: see ATS record 77412.
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""
body = multi('mixed', [text(main + '\n', 'plain', 'utf-8', 'quoted-printable'),
                       binary(ics.replace('\n', '\r\n').encode(), 'application/ics', 'invite.ics', size=True)],
             b_outlook(rng, '004'))
hs = tr_com(rng, t, 'us', 4) + outlook_hdrs(rng, t, 'Jenkins, Latoya <latoya.jenkins@brightwellclinics.com>',
                                             "Time in GoodTime doesn't match the calendar invite",
                                             "Time in GoodTime doesn't match the calendar invite", 'en-US', region='us',
                                             attach=True)
add('bug', 'forward_support', '', 'en',
    'multipart-mixed;plain;qp;ics-attachment;long-signature;received-chain',
    'interview page time differs from invite time (next week)', build(hs, body))

# ---- B8 en: self-scheduling link offers busy slots - Thunderbird, typos
rng = R('b8'); t = T(2026, 11, 5, 17, 58, 'CT')
main = """Hi,

teh self-scheduling link i sent to a candidate for the phlebotomist role let her book thursday 11/12 at 10am with Maria Gonzalez, but Maria has a blocked clinic session then (shows busy in outlook, not tentative, ive checked). its happened twice now this week with two different interviewers, the link seems to just ignore their busy time.

I've moved the one from this week by hand but id like to know why its doing it before I send any more links out.

thx
Brandon"""
body = text(main + '\n', 'plain', 'UTF-8', '7bit', params='; format=flowed', ct_quote=False)
hs = tr_com(rng, t, 'us', 3) + tb_hdrs(rng, t, 'Brandon Lee <brandon.lee@brightwellclinics.com>',
                                        "self schedule link offering times that arent free", 'brightwellclinics.com')
add('bug', 'forward_support', '', 'en',
    'plain-only;thunderbird;7bit;typos;lowercase;lf-eol',
    'self-scheduling link ignores busy time', build(hs, body, '\n'))

# ---- B9 en: ATS stage change not syncing - arrives through the ServiceDesk ticket robot
rng = R('b9'); t = T(2026, 7, 29, 14, 40, 'UK')
ptxt = """[SD-88213] New ticket assigned to queue: GoodTime Help Line

Requester:     Oliver Bennett (oliver.bennett@brightwellclinics.com)
Department:    Recruitment - Manchester
Category:      Applications > GoodTime
Impact:        Single user
Urgency:       Medium

Summary: Candidate not showing in GoodTime after stage change

Description:
Candidate Priya Shah (ATS candidate ID 1188243, job ID 4502 - Patient Contact Centre Agent) was moved to the "Onsite Interview" stage in Greenhouse on Monday morning. As of today (Wednesday) she still isn't showing in GoodTime ready to schedule. Other candidates I moved the same morning came through fine. I've refreshed, logged out and back in, and checked she's on the right job and stage in Greenhouse. Interview needs to be next week.

View ticket: https://servicedesk.brightwellclinics.com/tickets/SD-88213

This notification was sent automatically by Brightwell ServiceDesk. Replies to this message are not monitored."""
body = text(ptxt, 'plain', 'utf-8', 'quoted-printable')
hs = [('Received', 'from sd-app-02.corp.brightwellclinics.com (10.40.6.22) by LO2P265MB5531.GBRP265.PROD.OUTLOOK.COM (2603:10a6:600:1b2::9) with Microsoft SMTP Server id 15.20.9042.17; %s' % t.rcv(1)),
      ('From', '"Brightwell ServiceDesk" <no-reply@servicedesk.brightwellclinics.com>'),
      ('To', HELP), ('Subject', '[SD-88213] GoodTime - candidate not showing after stage change'),
      ('Date', t.hdr(pad=True)), ('Message-ID', '<sd.88213.%d@servicedesk.brightwellclinics.com>' % t.unix()),
      ('Auto-Submitted', 'auto-generated'), ('X-Auto-Response-Suppress', 'All'),
      ('X-ServiceDesk-Ticket', 'SD-88213'), ('MIME-Version', '1.0')]
add('bug', 'forward_support|needs_review', '', 'en',
    'form-mailer;ticket-robot;auto-submitted;x-auto-response-suppress;no-reply-from;plain-only;qp',
    'ticket robot: ATS sync issue, must reach a person', build(hs, body))

# ---- B10 en: room booking error - Outlook RTF -> plain + winmail.dat
rng = R('b10'); t = T(2026, 10, 6, 13, 5, 'UK')
main = """Hello,

I'm trying to put the onsite for the Biomedical Scientist candidates on Thursday 8 October into the Aire Room at the Leeds lab. The room is free all day in Outlook (I checked the room calendar directly), but GoodTime gives me "Unable to reserve resource. Please try again." every time I pick it. I've tried four times since this morning, and also with the Calder Room – same error.

We can run the interviews in my office if we have to, but I'd rather get it sorted properly. Interviews aren't until Thursday.

Regards,
Gareth Pryce
Laboratory Manager
Brightwell Diagnostics Laboratory – Leeds
Tel: 0113 496 0732"""
body = multi('mixed', [text(main.replace('–', '-') + '\n', 'plain', 'us-ascii', '7bit'),
                       binary(tnef('b10'), 'application/ms-tnef', 'winmail.dat')],
             b_outlook(rng, '000'))
hs = tr_com(rng, t, 'uk', 4) + outlook_hdrs(rng, t, 'Pryce, Gareth <gareth.pryce@brightwellclinics.com>',
                                             "Room booking error on Thursday's onsite", "Room booking error on Thursday's onsite",
                                             'en-GB', region='uk', attach=True)
hs = [(n, ('<%s@%s>' % (hexs(rng, 32, True), 'LO4P265MB6221.GBRP265.PROD.OUTLOOK.COM')) if n == 'X-MS-TNEF-Correlator' else v) for n, v in hs]
add('bug', 'forward_support', '', 'en',
    'multipart-mixed;plain;7bit;winmail-dat;received-chain',
    'room free but booking fails', build(hs, body))

# ---- B11 es: confirmations carry the wrong clinic address - Gmail base64
rng = R('b11'); t = T(2026, 2, 23, 12, 30, 'CET')
main = """Hola,

Desde la semana pasada, las confirmaciones que reciben los candidatos para entrevistas presenciales en la clínica de Valencia llevan la dirección de la sede de Madrid (Príncipe de Vergara). En GoodTime, dentro de la entrevista, la ubicación aparece bien (Valencia – Colón), pero el correo que le llega al candidato pone otra cosa.

Ya nos ha pasado con cuatro candidatos; uno de ellos nos llamó desde Madrid pensando que tenía que ir allí. He revisado la plantilla y no veo nada raro.

¿Podéis mirarlo, por favor?

Gracias,
Carmen"""
sig = """Carmen Ibáñez Soler
Técnica de RR. HH. · Brightwell Valencia
Tel. 963 51 20 91"""
body = gmail_alt(rng, main, sig, cte='base64')
hs = tr_es(rng, t) + gmail_hdrs(rng, t, '=?UTF-8?B?Q2FybWVuIEliw6HDsWV6?= <carmen.ibanez@brightwellclinics.es>',
                                 ewb('Confirmaciones con la dirección equivocada', 'utf-8', 'UTF-8'))
add('bug', 'forward_support', '', 'es',
    'multipart-alternative;gmail;base64;utf-8;rfc2047-b-utf8;dkim;auth-results;received-chain',
    'confirmation shows wrong clinic address', build(hs, body))

# ---- B12 fr: reminders sent twice - Outlook HTML UTF-8 QP, raw windows-1252 Subject and From
rng = R('b12'); t = T(2026, 10, 15, 9, 5, 'CET')
main = """Bonjour,

Depuis lundi, nos candidats reçoivent chaque rappel d'entretien en double, à quelques minutes d'intervalle : même contenu, même heure. Plusieurs candidats nous ont appelés pour savoir si leur entretien avait été déplacé, ce qui n'est pas le cas.

Cela concerne au moins les entretiens de la clinique de Lyon Part-Dieu et ceux de Villeurbanne. Je n'ai rien modifié dans les modèles de mails.

Pouvez-vous transmettre à GoodTime ? Je peux vous envoyer des exemples.

Merci,"""
sig = """Julien Lefèvre
Coordinateur planning recrutement – Lyon
Brightwell Cliniques France SAS"""
body = outlook_only(main, sig, DISC_FR, lang='FR', cs='utf-8')
hs = tr_com(rng, t, 'eu', 4) + outlook_hdrs(rng, t, 'Lefèvre, Julien <julien.lefevre@brightwellclinics.com>'.encode('cp1252'),
                                             'Rappels envoyés en double aux candidats'.encode('cp1252'),
                                             'Rappels envoyés en double aux candidats'.encode('cp1252'), 'fr-FR')
add('bug', 'forward_support', '', 'fr',
    'outlook-html-only;qp;utf-8;raw-cp1252-subject;raw-cp1252-from;disclaimer;received-chain',
    'duplicate reminders', build(hs, body))

# ---- B13 pt: error 500 on one candidate's page - Outlook alternative + PNG
rng = R('b13'); t = T(2026, 3, 11, 15, 20, 'PT')
main = """Boa tarde,

Quando tento abrir a página de agendamento da candidata Joana Lopes (vaga de assistente dentária, Porto), aparece o erro "500 – Something went wrong" (envio captura de ecrã em anexo). Com os outros candidatos da mesma vaga funciona normalmente. Já experimentei noutro browser e limpei a cache.

A entrevista só está prevista para a próxima semana, mas preciso de a marcar até sexta-feira.

Obrigada,
Beatriz"""
sig = """Beatriz Sousa
Assistente de Recursos Humanos
Brightwell Clínicas Portugal · Porto"""
alt = outlook_alt(rng, main, sig, DISC_PT, lang='PT')
body = multi('mixed', [alt, binary(png(140, 80, 'b13'), 'image/png', 'erro500.png', size=True)], b_outlook(rng, '006'))
hs = tr_pt(rng, t) + outlook_hdrs(rng, t, 'Sousa, Beatriz <beatriz.sousa@brightwellclinics.pt>',
                                   ewq('Erro ao abrir a página de agendamento de uma candidata', 'utf-8'),
                                   ewq('Erro ao abrir a página de agendamento de uma candidata', 'utf-8'), 'pt-PT',
                                   internal=False, attach=True)
add('bug', 'forward_support', '', 'pt',
    'multipart-mixed;multipart-alternative;outlook;qp;utf-8;png-attachment;rfc2047-q-utf8;disclaimer;received-chain;arc;dkim',
    'error 500 on one candidate page', build(hs, body))

# ---- B14 en: debrief invites not sent - Thunderbird reply on top of a drop-in announcement
rng = R('b14'); t = T(2026, 11, 10, 17, 40, 'UK')
main = """Hi,

Thanks for the drop-in dates below - I'll come to the one on the 19th.

Separate thing: yesterday I scheduled the debrief for the Clinical Pharmacist onsite in GoodTime (for tomorrow at 4pm). It shows as scheduled in GoodTime, but none of the five interviewers got an invite and it isn't in their calendars. I've checked twice. It worked fine for the last onsite two weeks ago.

Can someone take a look? I'll send the interviewers a manual invite for now so tomorrow is covered.

Sophie"""
quote = dict(kind='cite', intro='On 09/11/2026 12:02, GoodTime Help Line wrote:',
             body="""Hi all,

We're running GoodTime drop-in sessions in November for anyone who wants help with scheduling, templates or reports:

- Thursday 12 November, 12:30-13:30 - Manchester, Room 1.07
- Thursday 19 November, 12:30-13:30 - London, Bishopsgate Yard, Room 4.02

No need to book, just turn up with your laptop.

GoodTime Help Line
Internal GoodTime Project Team""")
body = text(plain(main, quote=quote), 'plain', 'UTF-8', '7bit', params='; format=flowed', ct_quote=False)
hs = tr_com(rng, t, 'uk', 3) + tb_hdrs(rng, t, 'Sophie Turner <sophie.turner@brightwellclinics.com>',
                                        'Re: GoodTime drop-in sessions in November', 'brightwellclinics.com', lang='en-GB',
                                        irt='<LO2P265MB4419C1D3A0E2B5F7A3E1C4B2A9@LO2P265MB4419.GBRP265.PROD.OUTLOOK.COM>',
                                        refs='<LO2P265MB4419C1D3A0E2B5F7A3E1C4B2A9@LO2P265MB4419.GBRP265.PROD.OUTLOOK.COM>')
add('bug', 'forward_support', '', 'en',
    'plain-only;thunderbird;7bit;reply-on-top;gt-quoted-thread-other-topic;two-topics;lf-eol',
    'debrief invites not sent (for tomorrow, workaround in place)', build(hs, body, '\n'))


# =========================================================================== SCHEDULING BLOCKERS

# ---- S1 en: candidate in the lobby, interview shows cancelled - iPhone
rng = R('s1'); t = T(2026, 2, 3, 10, 4, 'US')
main = """Candidate (Aaliyah Grant, MA role) is in reception at Back Bay RIGHT NOW for her 10:00. GoodTime says the interview was cancelled last night at 11pm but nobody here cancelled it and the two interviewers don't have it in their calendars anymore. Dr Kaplan is in the building. I need to get this back on so they get the invite + the room. Please call me 617-555-0193

Sent from my iPhone"""
body = text(main + '\n', 'plain', 'us-ascii', '7bit', ct_quote=False)
hs = tr_com(rng, t, 'us', 4) + apple_hdrs(rng, t, 'Jenna Morales <jenna.morales@brightwellclinics.com>',
                                           'candidate in lobby NOW - interview shows cancelled', mailer='iPhone Mail (22C161)')
add('scheduling_blocker', 'forward_support', '', 'en',
    'plain-only;iphone;7bit;mobile-signature;received-chain',
    'candidate waiting, interview mysteriously cancelled', build(hs, body))

# ---- S2 en: panel in 15 minutes without a Teams link - Outlook HTML only cp1252
rng = R('s2'); t = T(2026, 3, 19, 13, 46, 'UK')
main = """Hi,

The panel for the Contact Centre Team Leader role starts at 2pm (15 minutes from now). The invite went out from GoodTime this morning but there is no Teams link on it – not on the interviewers' invite and not on the candidate's confirmation. I tried editing the interview to add one and it just saves without a link.

The candidate is remote (Glasgow), so without a link we can't run it. What can I do right now?

Oliver"""
sig = """Oliver Bennett
Recruiting Coordinator | Manchester
07700 900 458"""
body = outlook_only(main, sig, DISC_UK, lang='EN-GB')
hs = tr_com(rng, t, 'uk', 5) + outlook_hdrs(rng, t, 'Bennett, Oliver <oliver.bennett@brightwellclinics.com>',
                                             'URGENT - 2pm panel has no Teams link', 'URGENT - 2pm panel has no Teams link',
                                             'en-GB', region='uk', importance='high')
add('scheduling_blocker', 'forward_support', '', 'en',
    'outlook-html-only;qp;windows-1252;importance-high;disclaimer;received-chain',
    'panel in 15 min, no video link', build(hs, body))

# ---- S3 en: ANGRY CAPITALS, candidate on the phone, link shows no times
rng = R('s3'); t = T(2026, 5, 22, 16, 12, 'CT')
main = """I HAVE THE CANDIDATE ON THE PHONE RIGHT NOW. The self-scheduling link I sent her this morning for the RN screen shows NO AVAILABLE TIMES at all, for any day. Three interviewers, two weeks of range, their calendars are basically empty. She is flying to Manila tonight and this is the only chance to get her booked before she goes.

I NEED SOMEONE TO HELP ME GET A SLOT IN THE NEXT 10 MINUTES. I already tried resending the link.

Tyler"""
body = text(main + '\n', 'plain', 'us-ascii', '7bit')
hs = tr_com(rng, t, 'us', 4) + outlook_hdrs(rng, t, 'Brooks, Tyler <tyler.brooks@brightwellclinics.com>',
                                             'LINK SHOWS NO TIMES - CANDIDATE ON THE PHONE WITH ME',
                                             'LINK SHOWS NO TIMES - CANDIDATE ON THE PHONE WITH ME', 'en-US', region='us',
                                             importance='high')
add('scheduling_blocker', 'forward_support', '', 'en',
    'plain-only;outlook;7bit;angry-capitals;importance-high;received-chain',
    'live: self-scheduling link empty while candidate on phone', build(hs, body))

# ---- S4 en: terse, panel in 10, can't add hiring manager - Outlook for Android
rng = R('s4'); t = T(2026, 4, 8, 10, 50, 'US')
main = """panel in 10 min, hiring mgr (Dr Shah) not on the invite and gt wont let me add him - keeps saying 'conflict detected'. candidate already in the zoom waiting room. help pls

Get Outlook for Android"""
p = text(main + '\n', 'plain', 'us-ascii', '7bit')
hh = ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=us-ascii"></head><body><div dir="auto">'
      'panel in 10 min, hiring mgr (Dr Shah) not on the invite and gt wont let me add him - keeps saying \'conflict detected\'. '
      'candidate already in the zoom waiting room. help pls</div><div dir="auto"><br></div><div dir="auto">Get <a href="https://aka.ms/AAb9ysg">Outlook for Android</a></div></body></html>\n')
body = multi('alternative', [p, text(hh, 'html', 'us-ascii', '7bit')], b_outlook(rng))
hs = tr_com(rng, t, 'us', 4) + outlook_hdrs(rng, t, 'Morales, Jenna <jenna.morales@brightwellclinics.com>', 'help - panel in 10',
                                             'help - panel in 10', 'en-US', region='us')
add('scheduling_blocker', 'forward_support', '', 'en',
    'multipart-alternative;outlook-android;7bit;terse-lowercase;mobile-signature;received-chain',
    'panel starting, cannot add hiring manager', build(hs, body))

# ---- S5 en: interviewer off sick, onsite in 30 min, swap fails - Outlook alternative, 6 Received
rng = R('s5'); t = T(2026, 9, 21, 8, 35, 'UK')
main = """Hi,

Dr. Whitfield has just called in sick. She's on the first session of the onsite for the Practice Nurse candidate at our Canary Wharf clinic, which starts at 9:05 – the candidate is already on her way in.

I'm trying to swap her for Sarah Lowe from the same pool (Sarah is free and happy to do it), but every time I save I get "Interviewer replacement failed – please try again later". I've tried three times, and with a different interviewer as well.

Can someone help me get this fixed in the next half hour, or tell me how to do it manually without breaking the rest of the itinerary?

Thanks,
Rachel"""
sig = """Rachel Osei
Senior Recruiting Coordinator – London
Brightwell Clinics UK Ltd
M: 07700 900 127"""
body = outlook_alt(rng, main, sig, DISC_UK, lang='EN-GB')
hs = tr_com(rng, t, 'uk', 6) + outlook_hdrs(rng, t, 'Osei, Rachel <rachel.osei@brightwellclinics.com>',
                                             'Onsite starting 9:05 - interviewer off sick, swap failing',
                                             'Onsite starting 9:05 - interviewer off sick, swap failing', 'en-GB', region='uk')
add('scheduling_blocker', 'forward_support', '', 'en',
    'multipart-alternative;outlook;qp;utf-8;disclaimer;received-chain',
    'onsite in 30 min, replacement fails', build(hs, body))

# ---- S6 en: candidate waiting on video, time mismatch in DST gap week - Apple Mail + .ics
rng = R('s6'); t = T(2026, 10, 27, 9, 5, 'US')
main = """Hi – need help fast.

The candidate for the Clinical Data Manager role (based in Chicago) is sitting on the Teams call right now. Her confirmation from GoodTime said 8:00 AM Central, but the interviewer in London (Dr. Patel) has it at 2:00 PM UK time, which is 9:00 Central this week. So she's an hour early and the interviewer isn't expecting her until then – Dr Patel has clinic until 2.

Which time is right, and can someone help me fix it now so I can tell the candidate what's going on? She's been waiting 5 minutes already. Her invite is attached.

Megan"""
ics = """BEGIN:VCALENDAR
PRODID:-//GoodTime//Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:gt-0b8e12f4-77c3-4f21-8e0a-c2d9a41e6f03@goodtime.io
DTSTAMP:20261020T151102Z
DTSTART:20261027T130000Z
DTEND:20261027T134500Z
SUMMARY:Interview with Brightwell Clinics - Clinical Data Manager
ORGANIZER;CN=Megan O'Connell:mailto:megan.oconnell@brightwellclinics.com
LOCATION:Microsoft Teams Meeting
SEQUENCE:1
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""
alt = apple_alt(rng, main, '')
body = multi('mixed', [alt, Part([('Content-Disposition', 'attachment;\n\tfilename=invite.ics'),
                                  ('Content-Type', 'text/calendar;\n\tx-unix-mode=0644;\n\tname="invite.ics"'),
                                  ('Content-Transfer-Encoding', 'quoted-printable')],
                                 qp_encode(ics.encode(), '\n'))], b_apple(rng), ct_fold=False)
hs = tr_com(rng, t, 'us', 4) + apple_hdrs(rng, t, "Megan O'Connell <megan.oconnell@brightwellclinics.com>",
                                           'Candidate waiting on video now - time mismatch')
add('scheduling_blocker', 'forward_support', '', 'en',
    'multipart-mixed;multipart-alternative;apple-mail;qp;ics-attachment;received-chain',
    'candidate waiting now, time-zone mismatch', build(hs, body, '\n'))

# ---- S7 en: contact-centre call-log robot - candidate at Leeds reception, interview not found
rng = R('s7'); t = T(2026, 5, 14, 10, 52, 'UK')
ptxt = """Call logged by:   Aisha Rahman (Patient Contact Centre, Manchester)
Time of call:     14/05/2026 10:49
Caller type:      Candidate
Caller name:      Daniel Hughes
Callback number:  07700 900 612

Summary:
Caller is at reception at the Leeds lab for an 11:00 interview (Laboratory Assistant). Reception has no record of it. Caller has a confirmation email from GoodTime. Recruiter Naomi Clarke is not answering her phone. Please can the recruiting team check GoodTime urgently - the interview is due to start in 10 minutes.

Routing: GoodTime Help Line
Call log ref: CC-44190

This is an automated message from the Brightwell Contact Centre system. Please do not reply to this e-mail."""
body = text(ptxt, 'plain', 'us-ascii', '7bit')
hs = [('Received', 'from cc-crm-01.corp.brightwellclinics.com (10.50.1.31) by CWLP265MB6702.GBRP265.PROD.OUTLOOK.COM\n (2603:10a6:400:1a6::12) with Microsoft SMTP Server id 15.20.8989.12; %s' % t.rcv(1)),
      ('Date', t.hdr()), ('From', 'Contact Centre Forms <noreply@forms.brightwellclinics.com>'),
      ('To', 'GoodTime Help Line <helpline@brightwellclinics.com>'),
      ('Subject', 'Call log #CC-44190 - candidate at Leeds lab, interview not found'),
      ('Auto-Submitted', 'auto-generated'), ('X-Auto-Response-Suppress', 'All'),
      ('X-Mailer', 'Brightwell CRM Notifier 3.2'), ('MIME-Version', '1.0')]
add('scheduling_blocker', 'forward_support|needs_review', '', 'en',
    'form-mailer;auto-submitted;x-auto-response-suppress;no-reply-from;plain-only;7bit;no-message-id',
    'call-log robot: candidate at reception now', build(hs, body))

# ---- S8 en: "meeting has ended" link, iPhone "Begin forwarded message:" with one line on top
rng = R('s8'); t = T(2026, 11, 18, 14, 1, 'CT')
main = """can someone help NOW - candidate cant get into the zoom for her 2pm, link says meeting has ended. interviewer is Nicole Park, she's in the meeting waiting

Sent from my iPhone

Begin forwarded message:

From: Kayla Brooks <kayla.brooks87@gmail.com>
Date: November 18, 2026 at 1:58:12 PM CST
To: brandon.lee@brightwellclinics.com
Subject: Re: Interview confirmation – Patient Services Representative

Hi Brandon, I clicked the link for my 2pm interview and it says "This meeting has ended". Is there another link? I'm ready to go.
Thanks, Kayla"""
p = text(main + '\n', 'plain', 'utf-8', 'quoted-printable', ct_quote=False)
top, fwd = main.split('\n\nSent from my iPhone\n\nBegin forwarded message:\n\n')
fhead, fbody = fwd.split('\n\n', 1)
hh = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">'
      '<div dir="ltr">%s</div><div dir="ltr"><br></div><div dir="ltr">Sent from my iPhone</div><div dir="ltr"><br>'
      '<blockquote type="cite">Begin forwarded message:<br><br></blockquote></div><blockquote type="cite"><div dir="ltr">%s</div></blockquote>'
      '<blockquote type="cite"><div dir="ltr">%s</div></blockquote></body></html>\n'
      % (esc(top), '<br>'.join('<b>%s:</b> %s' % tuple(esc(x) for x in l.split(': ', 1)) for l in fhead.split('\n')),
         '<br>'.join(esc(l) for l in fbody.split('\n'))))
body = multi('alternative', [p, text(hh, 'html', 'utf-8', 'quoted-printable', ct_quote=False)], b_iphone(rng), ct_fold=False)
hs = tr_com(rng, t, 'us', 4) + apple_hdrs(rng, t, 'Brandon Lee <brandon.lee@brightwellclinics.com>',
                                           'Fwd: Interview confirmation =?utf-8?Q?=E2=80=93?= Patient Services Representative',
                                           mailer='iPhone Mail (23B85)')
add('scheduling_blocker', 'forward_support', '', 'en',
    'multipart-alternative;iphone;qp;utf-8;forwarded-chain;begin-forwarded-message;mobile-signature;rfc2047-q-utf8;received-chain',
    'candidate cannot join, interview now', build(hs, body))

# ---- S9 de: candidate at Berlin reception, room taken, change fails - iPhone raw UTF-8
rng = R('s9'); t = T(2026, 6, 16, 13, 52, 'CET')
main = """Hallo, dringend:

Die Bewerberin für die MFA-Stelle (Frau Aydın) sitzt seit 5 Minuten bei uns am Empfang in der Friedrichstraße, Gespräch ist um 14:00. Der Raum 4.12, den GoodTime gebucht hat, ist komplett belegt – da läuft ein Teammeeting, das schon seit Wochen drinsteht. Ich will in GoodTime auf Raum 4.08 wechseln (laut Outlook frei), aber beim Speichern kommt jedes Mal „Raum nicht verfügbar“.

Die beiden Interviewerinnen müssen die neue Raumangabe bekommen. Kann mir jemand SOFORT helfen?

Katrin

Von meinem iPhone gesendet"""
body = text(main + '\n', 'plain', 'utf-8', '8bit', ct_quote=False)
hs = tr_de(rng, t)[:6] + apple_hdrs(rng, t, 'Katrin Vogel <katrin.vogel@brightwellclinics.de>',
                                     'Dringend: Bewerberin am Empfang, Raum belegt – GoodTime lässt nicht ändern'.encode('utf-8'),
                                     mailer='iPhone Mail (22F76)', dom='brightwellclinics.de')
add('scheduling_blocker', 'forward_support', '', 'de',
    'plain-only;iphone;8bit;utf-8;raw-utf8-subject;mobile-signature;received-chain;dkim',
    'candidate waiting, room double-booked', build(hs, body))

# ---- S10 es: interview in 10 minutes, Teams link broken - Outlook HTML only cp1252
rng = R('s10'); t = T(2026, 3, 13, 11, 51, 'CET')
main = """Hola,

Tenemos una entrevista a las 12:00 (dentro de 10 minutos) con un candidato a fisioterapeuta para la clínica de Sant Cugat, y el enlace de Teams que aparece en la invitación de GoodTime da error: «No se encuentra la reunión». Le pasa al candidato y también a las dos entrevistadoras.

¿Podéis ayudarnos ya? ¿Generamos un enlace nuevo a mano y se lo mandamos? No quiero liarla con GoodTime si luego no se actualiza.

Javier
Ext. 4407"""
body = outlook_only(main, '', DISC_ES, lang='ES')
hs = tr_es(rng, t)[:5] + outlook_hdrs(rng, t, ewq('Javier Ruiz Castaño', 'iso-8859-1') + ' <javier.ruiz@brightwellclinics.es>',
                                       'URGENTE: entrevista a las 12:00, el enlace de Teams no funciona',
                                       'URGENTE: entrevista a las 12:00, el enlace de Teams no funciona', 'es-ES',
                                       internal=False, importance='high')
add('scheduling_blocker', 'forward_support', '', 'es',
    'outlook-html-only;qp;windows-1252;importance-high;disclaimer;received-chain',
    'interview in 10 min, Teams link broken', build(hs, body))

# ---- S11 fr: candidate waiting on Teams, interviewer never got the invite - iPhone alternative
rng = R('s11'); t = T(2026, 5, 20, 10, 11, 'CET')
main = """Bonjour,

Le candidat pour le poste d'infirmier (M. Lucas Perrin) attend sur Teams depuis 10 minutes pour son entretien de 10h. Le Dr Fabre, qui doit le recevoir, n'a jamais reçu l'invitation : rien dans son agenda, rien dans sa boîte mail. GoodTime indique pourtant « planifié » et « invitation envoyée ».

Je suis en train de l'appeler, mais comment lui renvoyer l'invitation tout de suite ?

Merci de faire vite !
Camille

Envoyé de mon iPhone"""
body = apple_alt(rng, main, '', mobile=True)
hs = tr_com(rng, t, 'eu', 4) + apple_hdrs(rng, t, 'Camille Durand <camille.durand@brightwellclinics.com>',
                                           ewb('Candidat en attente sur Teams – intervieweur sans invitation', 'utf-8', 'utf-8'),
                                           mailer='iPhone Mail (22F76)')
add('scheduling_blocker', 'forward_support', '', 'fr',
    'multipart-alternative;iphone;qp;utf-8;rfc2047-b-utf8;mobile-signature;received-chain',
    'candidate waiting, interviewer has no invite', build(hs, body))

# ---- S12 pt: panel in 20 minutes missing from calendars - Outlook HTML only base64 UTF-8
rng = R('s12'); t = T(2026, 11, 30, 14, 40, 'PT')
main = """Boa tarde,

Temos uma entrevista em painel às 15h00 (daqui a 20 minutos) para a vaga de Enfermeiro(a) – Bloco Operatório, na clínica da Boavista. No GoodTime aparece como "Agendada" desde sexta-feira, mas nenhum dos três entrevistadores tem o evento no calendário e nenhum recebeu o convite. O candidato já está a caminho.

Consigo reenviar os convites de alguma forma agora, ou tenho de marcar tudo à mão no Outlook? Preciso de ajuda imediata, por favor."""
sig = """João Pedro Ferreira
Coordenador de Recrutamento – Norte
Tel. 226 090 771"""
body = outlook_only(main, sig, DISC_PT, lang='PT', cs='utf-8', cte='base64')
hs = tr_pt(rng, t) + outlook_hdrs(rng, t, '"Ferreira, =?utf-8?Q?Jo=C3=A3o?= Pedro" <joaopedro.ferreira@brightwellclinics.pt>',
                                   ewb('URGENTE – entrevista às 15h não está nos calendários', 'utf-8', 'UTF-8'),
                                   ewb('URGENTE – entrevista às 15h não está nos calendários', 'utf-8', 'UTF-8'), 'pt-PT',
                                   internal=False, importance='high')
add('scheduling_blocker', 'forward_support', '', 'pt',
    'outlook-html-only;base64;utf-8;rfc2047-b-utf8;importance-high;disclaimer;received-chain;arc;dkim;auth-results',
    'panel in 20 min, not on calendars', build(hs, body))


# =========================================================================== FEATURE REQUESTS

# ---- F1 en: URGENT subject over a wish (rotating shift patterns) - Outlook HTML only
rng = R('f1'); t = T(2026, 3, 5, 7, 20, 'US')
main = """Hi,

Sorry for the dramatic subject line, but this has been driving my team crazy and with summer hiring coming up I wanted to get it in front of the right people.

Our nurse interviewers work rotating shifts (two days, two nights, four off). GoodTime only lets them set fixed working hours per weekday, so it keeps offering candidates slots when the nurse is asleep after a night shift or on a day off, and we end up cancelling. Their Outlook calendars don't have the shifts in them because the rota lives in our rostering system.

What would really help is if GoodTime could either read the rota from the rostering system, or let an interviewer enter a repeating shift pattern (e.g. an 8-day cycle) instead of Monday–Friday hours. I'm sure other healthcare customers have the same problem.

Can this be passed on?

Thanks,"""
sig = """Karen Doyle, RN
Nurse Manager – Brightwell Clinic Quincy
Brightwell Clinics | 1250 Hancock Street, Quincy, MA 02169
(617) 555-0124"""
body = outlook_only(main, sig, DISC_US, lang='EN-US')
hs = tr_com(rng, t, 'us', 4) + outlook_hdrs(rng, t, 'Doyle, Karen <karen.doyle@brightwellclinics.com>',
                                             'URGENT!!! GoodTime needs to understand nurse shift rotas',
                                             'URGENT!!! GoodTime needs to understand nurse shift rotas', 'en-US', region='us',
                                             importance='high')
add('feature_request', 'product_board_reply', '', 'en',
    'outlook-html-only;qp;windows-1252;misleading-urgent-subject;importance-high;disclaimer;received-chain',
    'shift-pattern availability; URGENT subject over a wish', build(hs, body))

# ---- F2 en: move a whole day of interviews at once - Outlook alternative
rng = R('f2'); t = T(2026, 1, 27, 12, 5, 'UK')
main = """Hi team,

Last week the Canary Wharf clinic had to close for a day because of the burst pipe, and I had to move 17 interviews one by one – each with its own reschedule, new room and new confirmation. It took most of the afternoon.

It would be really useful if GoodTime had a way to select all the interviews at one location on one day and move them together (for example to the same time slots on another day, or to another clinic), sending everyone one updated invite. Even a bulk "ask all these candidates for new availability" would help.

Not urgent, just something I'd love to see.

Tom"""
sig = """Tom Ellison
Graduate Scheme Coordinator
Brightwell Clinics UK Ltd · London"""
body = outlook_alt(rng, main, sig, DISC_UK, lang='EN-GB')
hs = tr_com(rng, t, 'uk', 4) + outlook_hdrs(rng, t, 'Ellison, Tom <tom.ellison@brightwellclinics.com>',
                                             'Idea: moving a whole day of interviews at once',
                                             'Idea: moving a whole day of interviews at once', 'en-GB', region='uk')
add('feature_request', 'product_board_reply', '', 'en',
    'multipart-alternative;outlook;qp;utf-8;disclaimer;received-chain',
    'bulk reschedule', build(hs, body))

# ---- F3 en: Teams notification when an interviewer declines - Apple Mail
rng = R('f3'); t = T(2026, 4, 13, 19, 30, 'US')
main = """Hi,

Suggestion from the engineering hiring side. When one of my interviewers declines a GoodTime invite, the coordinator often doesn't notice until the next morning, because the notification is just another email in a busy inbox. Twice this month we only found out on the day.

Could GoodTime post declines (and maybe reschedules) into a Microsoft Teams channel per hiring team? We live in Teams, so we'd see it straight away. A webhook we could point at our own channel would be fine too.

Marcus"""
sig = """Marcus Reid
Engineering Manager, Data Platform
Brightwell Clinics Technology"""
body = apple_alt(rng, main, sig)
hs = tr_com(rng, t, 'us', 4) + apple_hdrs(rng, t, 'Marcus Reid <marcus.reid@brightwellclinics.com>',
                                           'Suggestion: Teams notification when an interviewer declines')
add('feature_request', 'product_board_reply', '', 'en',
    'multipart-alternative;apple-mail;qp;utf-8;received-chain;lf-eol',
    'Teams/webhook notification on declines', build(hs, body, '\n'))

# ---- F4 en: "copy this schedule" button - Outlook plain reply on top of an open-day thread
rng = R('f4'); t = T(2026, 6, 3, 11, 12, 'UK')
main = """Hi both,

Count me in for the open day (morning slot please).

While I have you – a wish for GoodTime, if it ever goes to them: we run the same onsite format for every Biomedical Scientist candidate (4 sessions, same pools, same order, same room). It would save so much clicking if there was a "copy this schedule to another candidate" button, so I could duplicate last week's onsite for the next candidate and just change the date. At the moment I rebuild it every time.

Naomi"""
quote = dict(kind='outlook', sep='________________________________', fields=[
    ('From', 'Pryce, Gareth <gareth.pryce@brightwellclinics.com>'),
    ('Sent', '02 June 2026 16:40'),
    ('To', 'Clarke, Naomi <naomi.clarke@brightwellclinics.com>; Turner, Sophie <sophie.turner@brightwellclinics.com>'),
    ('Cc', 'GoodTime Help Line <helpline@brightwellclinics.com>'),
    ('Subject', 'Lab open day - volunteers needed')],
    body="""Hi all,

We're holding a lab open day for prospective graduates on Saturday 20 June. I need two volunteers from recruitment to help with tours and the welcome desk.

Help line – cc'ing you as we may want to book short chats with a few attendees on the day.

Gareth""")
body = text(plain(main, quote=quote), 'plain', 'utf-8', 'quoted-printable')
hs = tr_com(rng, t, 'uk', 4) + outlook_hdrs(rng, t, 'Clarke, Naomi <naomi.clarke@brightwellclinics.com>',
                                             'RE: Lab open day - volunteers needed', 'Lab open day - volunteers needed',
                                             'en-GB', region='uk',
                                             to='Pryce, Gareth <gareth.pryce@brightwellclinics.com>; Turner, Sophie <sophie.turner@brightwellclinics.com>',
                                             cc=HELP_TO)
add('feature_request', 'product_board_reply', '', 'en',
    'plain-only;outlook;qp;utf-8;reply-on-top;quoted-thread-other-topic;helpline-in-cc;two-topics;received-chain',
    'clone an onsite schedule', build(hs, body))

# ---- F5 en: show interviewer load next to names - Outlook alternative
rng = R('f5'); t = T(2026, 7, 17, 15, 30, 'US')
main = """Hello,

When I'm choosing interviewers from a pool I can't see how many interviews each person already has this week without opening the reports in another tab. It would be great if the scheduling page showed a small counter next to each name ("3 of 5 this week") so I can spread the load myself before GoodTime hits anyone's limit. Our NPs have complained about being overbooked and this would help me avoid it.

Could you pass this idea on to GoodTime?

Thanks!
Jenna"""
sig = """Jenna Morales
Recruiting Coordinator | Brightwell Clinics – Boston
(617) 555-0193"""
body = outlook_alt(rng, main, sig, lang='EN-US')
hs = tr_com(rng, t, 'us', 4) + outlook_hdrs(rng, t, 'Morales, Jenna <jenna.morales@brightwellclinics.com>',
                                             'Feature wish - see load next to names', 'Feature wish - see load next to names',
                                             'en-US', region='us')
add('feature_request', 'product_board_reply', '', 'en',
    'multipart-alternative;outlook;qp;utf-8;received-chain',
    'load counter on scheduling page (resembles load-balancing topic)', build(hs, body))

# ---- F6 en: accept/suggest buttons in hiring-manager emails - Outlook for iOS, night
rng = R('f6'); t = T(2026, 2, 8, 21, 14, 'US')
main = """Hello,

A suggestion for GoodTime, for whoever collects these.

When the coordinators propose interview times to me, I get a GoodTime email and then have to log in, find the candidate and confirm. Between clinics that rarely happens quickly. It would be much easier if the email itself had "Accept" / "Suggest another time" buttons that worked without logging in, like a normal meeting invite.

Best,
Helen Okafor, MD
Medical Director, Brightwell Clinic – Back Bay"""
p = text(main + '\n\nGet Outlook for iOS<https://aka.ms/o0ukef>\n', 'plain', 'utf-8', 'quoted-printable')
hh = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n<body>\n'
      + ''.join('<div dir="ltr">%s</div>\n' % (esc(l) if l else '<br>') for l in main.split('\n'))
      + '<div dir="ltr"><br></div>\n<div class="ms-outlook-mobile-signature"><div dir="ltr">Get <a href="https://aka.ms/o0ukef">Outlook for iOS</a></div></div>\n</body>\n</html>\n')
body = multi('alternative', [p, text(hh, 'html', 'utf-8', 'quoted-printable')], b_outlook(rng))
hs = tr_com(rng, t, 'us', 4) + outlook_hdrs(rng, t, 'Okafor, Helen <helen.okafor@brightwellclinics.com>',
                                             'A suggestion for the scheduling tool', 'A suggestion for the scheduling tool',
                                             'en-US', region='us')
add('feature_request', 'product_board_reply', '', 'en',
    'multipart-alternative;outlook-ios;qp;utf-8;mobile-signature;night;received-chain',
    'one-click accept in emails', build(hs, body))

# ---- F7 en: CSV export on every report - Outlook HTML only
rng = R('f7'); t = T(2026, 9, 2, 10, 20, 'US')
main = """Hi,

Product suggestion for GoodTime: could every report in the Reports area have a "Download as CSV / Excel" option? Some of them do, but the interviewer load and reschedule reports only show on screen, so Priya's team end up copying tables into Excel by hand each month for the ops review. A scheduled weekly export by email would be even better.

Thanks,
Kevin"""
sig = """Kevin Walsh
Recruiting Operations Lead
Brightwell Clinics | 200 Clarendon Street, Boston, MA 02116"""
body = outlook_only(main, sig, '', lang='EN-US')
hs = tr_com(rng, t, 'us', 4) + outlook_hdrs(rng, t, 'Walsh, Kevin <kevin.walsh@brightwellclinics.com>',
                                             'Request: CSV export on every report', 'Request: CSV export on every report',
                                             'en-US', region='us')
add('feature_request', 'product_board_reply', '', 'en',
    'outlook-html-only;qp;windows-1252;received-chain',
    'CSV export for all reports', build(hs, body))

# ---- F8 en: candidate pages in the candidate's language - long formal, non-native writer
rng = R('f8'); t = T(2026, 6, 4, 10, 0, 'UK')
main = """Dear Help Line team,

I would like to put forward a product suggestion for GoodTime on behalf of the international recruitment team.

We now recruit for clinics in six countries, and an increasing share of our candidates apply from abroad (for example, Portuguese and Spanish nurses applying for UK roles). At present the pages where candidates choose their times, and the confirmation e-mails, appear in a single language per template, which means we maintain several copies of the same template and the coordinator has to remember to pick the right one.

It would be a significant improvement if GoodTime could detect, or let us set, the candidate's preferred language on their record, and then show the availability page, the self-scheduling page and all candidate e-mails in that language automatically, using one template with translations.

I appreciate this may not be simple to build. I am happy to provide examples of the templates we currently duplicate.

Kind regards,
Isabel Romero"""
sig = """Isabel Romero García
International Recruitment Partner
Brightwell Clinics UK Ltd
12 Bishopsgate Yard, London EC2M 4QD
T: +44 20 3981 4493"""
body = outlook_alt(rng, main, sig, DISC_UK, lang='EN-GB')
hs = tr_com(rng, t, 'uk', 5) + outlook_hdrs(rng, t, ewq('Romero García, Isabel', 'iso-8859-1', 'iso-8859-1') + ' <isabel.romero@brightwellclinics.com>',
                                             "Product suggestion: candidate-facing pages in the candidate's own\n language",
                                             "Product suggestion: candidate-facing pages in the candidate's own language",
                                             'en-GB', region='uk')
add('feature_request', 'product_board_reply', '', 'en',
    'multipart-alternative;outlook;qp;utf-8;long-formal;folded-subject;rfc2047-q-latin1-from;disclaimer;long-signature;received-chain',
    'candidate pages in the candidate language', build(hs, body))

# ---- F9 en: attach clinic directions automatically - Outlook mixed with a PDF
rng = R('f9'); t = T(2026, 11, 23, 11, 30, 'US')
main = """Hi,

Each of our clinics has a one-page "Getting here" PDF (parking, which entrance to use, who to ask for at the desk) – I've attached ours for Cambridge as an example. At the moment the coordinators have to remember to attach it manually to every confirmation, and half the time they forget, so candidates end up at the wrong entrance.

It would be great if GoodTime let us store one file per location and attach it automatically to the itinerary whenever an interview is booked there. Could you put this forward as a suggestion?

Thank you,
Danielle"""
sig = """Danielle Whitaker, MHA
Clinic Manager | Brightwell Clinic – Cambridge
1350 Massachusetts Ave, Cambridge, MA 02138"""
alt = outlook_alt(rng, main, sig, DISC_US, lang='EN-US')
pdfb = pdf(['Brightwell Clinic - Cambridge', 'Getting here', '',
            '1350 Massachusetts Ave, Cambridge, MA 02138 (Harvard Square, Red Line).',
            'Parking: Church Street garage, validate at reception.',
            'Use the side entrance on Holyoke Street; the main doors are for patients.',
            'Ask for the clinic manager at the 2nd floor front desk.'], 'Getting here - Cambridge')
body = multi('mixed', [alt, binary(pdfb, 'application/pdf', 'Getting here - Cambridge clinic.pdf', size=True)], b_outlook(rng, '004'))
hs = tr_com(rng, t, 'us', 4) + outlook_hdrs(rng, t, 'Whitaker, Danielle <danielle.whitaker@brightwellclinics.com>',
                                             'Wish: automatically attach clinic directions to candidate itineraries',
                                             'Wish: automatically attach clinic directions to candidate itineraries', 'en-US',
                                             region='us', attach=True)
add('feature_request', 'product_board_reply', '', 'en',
    'multipart-mixed;multipart-alternative;outlook;qp;pdf-attachment;disclaimer;received-chain',
    'auto-attach per-location directions', build(hs, body))

# ---- F10 de: regional public holidays - Outlook HTML cp1252 QP
rng = R('f10'); t = T(2026, 11, 20, 14, 10, 'CET')
main = """Hallo zusammen,

ich hätte einen Verbesserungsvorschlag für GoodTime, den ihr vielleicht weitergeben könnt.

GoodTime kennt offenbar keine regionalen Feiertage. An Fronleichnam (in Hessen Feiertag, in Berlin nicht) hat uns das System dieses Jahr mehrere Gesprächstermine für die Klinik Frankfurt vorgeschlagen, und am Reformationstag war es umgekehrt für Hamburg. Bei Kolleginnen und Kollegen, die keinen Abwesenheitstermin im Kalender eintragen, landen dann Interviews auf freien Tagen.

Schön wäre, wenn man pro Standort ein Bundesland bzw. einen Feiertagskalender hinterlegen könnte und GoodTime diese Tage automatisch ausspart – das gilt sicher genauso für Spanien, Frankreich und die anderen Länder.

Viele Grüße
Matthias Böhm"""
sig = """Matthias Böhm
Praxismanagement | Brightwell Klinik Frankfurt
Brightwell Kliniken Deutschland GmbH · Mainzer Landstraße 50 · 60325 Frankfurt am Main
Tel. +49 69 3085 7710"""
body = outlook_only(main, sig, DISC_DE, lang='DE')
hs = tr_de(rng, t) + outlook_hdrs(rng, t, ewq('Böhm, Matthias', 'iso-8859-1') + ' <matthias.boehm@brightwellclinics.de>',
                                   ewq('Verbesserungsvorschlag: Feiertage je Bundesland berücksichtigen', 'iso-8859-1'),
                                   ewq('Verbesserungsvorschlag: Feiertage je Bundesland berücksichtigen', 'iso-8859-1'),
                                   'de-DE', internal=False, mid='<%s@EX19-MBX01.brightwell.local>' % hexs(rng, 32))
add('feature_request', 'product_board_reply', '', 'de',
    'outlook-html-only;qp;windows-1252;rfc2047-q-latin1;disclaimer;long-signature;received-chain;dkim;auth-results',
    'regional holiday calendars', build(hs, body))

# ---- F11 es: WhatsApp/SMS reminders - Gmail with "---------- Forwarded message ---------"
rng = R('f11'); t = T(2026, 10, 6, 16, 45, 'CET')
main = """Hola:

Os reenvío este mensaje de una candidata como ejemplo. Cada vez nos pasa más: los candidatos (sobre todo para auxiliares y recepción) no miran el correo y sí el WhatsApp.

Como sugerencia para GoodTime: estaría genial que los recordatorios de entrevista se pudieran mandar también por WhatsApp o SMS, con la opción de confirmar asistencia desde ahí mismo. ¿Se lo podéis trasladar?

Gracias,
María José"""
quote = dict(kind='fwd', intro='---------- Forwarded message ---------', fields=[
    ('De', 'Laura Méndez <lauramendez.92@hotmail.com>'),
    ('Date', 'lun, 5 oct 2026 a las 21:13'),
    ('Subject', 'Re: Entrevista de mañana'),
    ('To', '<mariajose.ortega@brightwellclinics.es>')],
    body="""Hola, perdona, no había visto el correo hasta ahora. ¿Sería posible que la próxima vez me avisarais por WhatsApp? Es que el email casi no lo miro.

Mañana a las 10 allí estaré.

Un saludo,
Laura""")
body = gmail_alt(rng, main, '', quote)
hs = tr_es(rng, t) + gmail_hdrs(rng, t, '=?UTF-8?Q?Mar=C3=ADa_Jos=C3=A9_Ortega?= <mariajose.ortega@brightwellclinics.es>',
                                 ewq('Fwd: Entrevista de mañana', 'utf-8', 'UTF-8'))
add('feature_request', 'product_board_reply', '', 'es',
    'multipart-alternative;gmail;qp;utf-8;forwarded-chain;gmail-forwarded-message;rfc2047-q-utf8;dkim;received-chain',
    'WhatsApp/SMS reminders', build(hs, body))

# ---- F12 pt: group sessions with several candidates - Outlook HTML only cp1252
rng = R('f12'); t = T(2026, 4, 14, 11, 25, 'PT')
main = """Bom dia,

Deixo uma sugestão para o GoodTime, caso a possam encaminhar.

Para as vagas de assistente de consultório fazemos dias de recrutamento com dinâmicas de grupo: 6 a 8 candidatos na mesma sessão, com duas entrevistadoras. Hoje o GoodTime só nos deixa marcar uma entrevista por candidato, por isso acabamos por criar o evento à mão no Outlook e enviar os emails um a um, fora do GoodTime.

Seria muito útil poder criar uma sessão de grupo, convidar vários candidatos para o mesmo horário e sala, e que cada um recebesse a sua confirmação e o lembrete normalmente.

Obrigada,
Ana Sofia"""
sig = """Ana Sofia Martins
Gestora de Clínica – Brightwell Amoreiras
T: +351 213 880 240"""
body = outlook_only(main, sig, DISC_PT, lang='PT')
hs = tr_pt(rng, t) + outlook_hdrs(rng, t, 'Ana Sofia Martins <anasofia.martins@brightwellclinics.pt>',
                                   ewq('Sugestão: entrevistas de grupo (vários candidatos)', 'iso-8859-1'),
                                   ewq('Sugestão: entrevistas de grupo (vários candidatos)', 'iso-8859-1'), 'pt-PT',
                                   internal=False)
add('feature_request', 'product_board_reply', '', 'pt',
    'outlook-html-only;qp;windows-1252;rfc2047-q-latin1;disclaimer;received-chain;arc;dkim;auth-results',
    'group interview sessions', build(hs, body))


# =========================================================================== ESCALATIONS

# ---- E1 en: 35 more licences for the contact-centre expansion - Outlook HTML only, long formal
rng = R('e1'); t = T(2026, 2, 10, 10, 30, 'UK')
main = """Dear Help Line team,

Following approval of the Patient Contact Centre expansion in Manchester, we will be onboarding 35 additional team leaders and senior agents from 2 March who will need to act as interviewers and, in six cases, as coordinators in GoodTime.

My understanding is that we are already close to our current licence allocation. Could you please take this up with GoodTime on our behalf – to confirm how many seats we have available, what adding 35 users would mean for our contract, and what lead time is required – so that I can include the cost in the business case that goes to the Finance Committee on 24 February?

If it would be easier to discuss this on a call with GoodTime's account team, I would be happy to join.

Kind regards,
Fiona MacLeod"""
sig = """Fiona MacLeod
HR Business Partner – Operations (UK)
Brightwell Clinics UK Ltd
12 Bishopsgate Yard, London EC2M 4QD
T: +44 20 3981 4402 | M: +44 7700 914 118"""
body = outlook_only(main, sig, DISC_UK, lang='EN-GB')
hs = tr_com(rng, t, 'uk', 5) + outlook_hdrs(rng, t, 'MacLeod, Fiona <fiona.macleod@brightwellclinics.com>',
                                             'GoodTime licences for the Contact Centre expansion (35 additional\n users)',
                                             'GoodTime licences for the Contact Centre expansion (35 additional users)',
                                             'en-GB', region='uk', cc='Rahman, Aisha <aisha.rahman@brightwellclinics.com>')
add('escalation', 'flag_csm', '', 'en',
    'outlook-html-only;qp;windows-1252;long-formal;folded-subject;disclaimer;long-signature;received-chain',
    'additional licences / contract', build(hs, body))

# ---- E2 en: renewal questions from procurement - Apple Mail "Begin forwarded message:"
rng = R('e2'); t = T(2026, 5, 11, 8, 5, 'US')
main = """Can you get this in front of our GoodTime account contact? Procurement needs answers before we sign, and the date is close.

Kevin"""
quote = dict(kind='fwd', intro='Begin forwarded message:', blank_after_intro=True, fields=[
    ('From', 'Daniel Cho <daniel.cho@brightwellclinics.com>'),
    ('Subject', 'GoodTime renewal – 30 June'),
    ('Date', 'May 8, 2026 at 5:47:03 PM EDT'),
    ('To', 'Kevin Walsh <kevin.walsh@brightwellclinics.com>')],
    body="""Kevin,

The GoodTime subscription renews on 30 June. Before I can approve the renewal I need:

1. Usage data for the last 12 months – active users vs. licensed seats.
2. The proposed pricing for the next term, including any uplift.
3. Whether we can move to an annual true-up instead of paying for unused seats.

Please can you coordinate with the vendor and come back to me by 29 May.

Thanks,
Daniel Cho
Procurement Manager, Brightwell Clinics""")
body = apple_alt(rng, main, '', quote)
hs = tr_com(rng, t, 'us', 4) + apple_hdrs(rng, t, 'Kevin Walsh <kevin.walsh@brightwellclinics.com>',
                                           'Fwd: GoodTime renewal =?utf-8?Q?=E2=80=93?= 30 June',
                                           cc='Daniel Cho <daniel.cho@brightwellclinics.com>')
add('escalation', 'flag_csm', '', 'en',
    'multipart-alternative;apple-mail;qp;utf-8;forwarded-chain;begin-forwarded-message;rfc2047-q-utf8;received-chain;lf-eol',
    'contract renewal, pricing, usage data', build(hs, body, '\n'))

# ---- E3 en: training for 25 new coordinators - Outlook plain
rng = R('e3'); t = T(2026, 2, 18, 13, 10, 'UK')
main = """Hi,

From 2 March we're bringing 25 of our contact-centre team leaders into interview scheduling for the new agent intake (they'll be coordinating around 150 interviews a month between them). None of them have used GoodTime before.

Could we arrange proper training for the group – ideally a live session or two run by GoodTime, plus something recorded for the people on late shifts? Happy to work around their rota. Who do I need to talk to, and what's the lead time?

Thanks
Aisha

Aisha Rahman
Team Leader - Patient Contact Centre
Brightwell Clinics UK - Manchester
0161 496 0820"""
body = text(main + '\n\n' + DISC_UK + '\n', 'plain', 'utf-8', 'quoted-printable')
hs = tr_com(rng, t, 'uk', 4) + outlook_hdrs(rng, t, 'Rahman, Aisha <aisha.rahman@brightwellclinics.com>',
                                             'Training for new Contact Centre coordinators',
                                             'Training for new Contact Centre coordinators', 'en-GB', region='uk',
                                             mid=False)
add('escalation', 'flag_csm', '', 'en',
    'plain-only;outlook;qp;utf-8;disclaimer;received-chain;no-message-id',
    'training request for a team of 25', build(hs, body))

# ---- E4 en: formal complaint about how things are going overall - Outlook HTML only, 7 Received
rng = R('e4'); t = T(2026, 10, 16, 18, 45, 'UK')
main = """Dear Help Line team,

I want to raise, formally, how things are going with GoodTime in the UK, because I don't think individual tickets are capturing it.

We are now eight months into using GoodTime and my team's experience has not improved the way we were promised. Coordinators tell me they spend more time on scheduling than they did before the rollout: availability regularly has to be double-checked against Outlook, a handful of issues we reported in the spring are still open, and every few weeks something new appears. Morale in the coordinator team is low, and two hiring managers have asked whether we can go back to scheduling by hand.

I would like this taken up with GoodTime at account level, not as another support ticket. Specifically, I would like a review meeting with GoodTime's customer success lead and our internal project team before the end of the month, covering the open issues, a plan with dates, and whether the product is meeting the commitments made at contract stage.

I am not looking for an immediate fix to any single problem today; I am looking for ownership.

Kind regards,
Harriet Cole"""
sig = """Harriet Cole
Talent Acquisition Manager – UK & Ireland
Brightwell Clinics UK Ltd
12 Bishopsgate Yard, London EC2M 4QD
T: +44 20 3981 4470 | M: +44 7700 914 362"""
body = outlook_only(main, sig, DISC_UK, lang='EN-GB')
hs = tr_com(rng, t, 'uk', 7) + outlook_hdrs(rng, t, 'Cole, Harriet <harriet.cole@brightwellclinics.com>',
                                             'GoodTime - overall concerns from the UK recruiting team',
                                             'GoodTime - overall concerns from the UK recruiting team', 'en-GB', region='uk')
add('escalation', 'flag_csm', '', 'en',
    'outlook-html-only;qp;windows-1252;long-formal;disclaimer;long-signature;received-chain',
    'overall complaint, wants account-level review', build(hs, body))

# ---- E5 en: support ticket unresolved for six weeks - Outlook alternative, quoted support reply
rng = R('e5'); t = T(2026, 2, 25, 9, 20, 'UK')
main = """Hello Help Line,

I'm sending this back to you because I've now run out of options with GoodTime Support directly.

This ticket was opened on 12 January. Six weeks and eleven emails later, new interviewers we add to the Biomedical Scientist pool at the Leeds lab are still never suggested, the workaround we were given (removing and re-adding them) only lasts a few days, and the latest reply from Support (below) is "we've passed this to engineering". In the meantime three qualified people are sitting idle while the same four scientists do every interview, which is now affecting both our hiring timeline and the lab rota.

Please can this be escalated with our GoodTime account manager? I would like a named owner and a date.

Regards,
Gareth"""
sig = """Gareth Pryce
Laboratory Manager
Brightwell Diagnostics Laboratory – Leeds
Tel: 0113 496 0732"""
quote = dict(kind='outlook', fields=[
    ('From', 'GoodTime Support <support@goodtime.io>'),
    ('Sent', '17 February 2026 22:04'),
    ('To', 'Pryce, Gareth <gareth.pryce@brightwellclinics.com>'),
    ('Subject', 'RE: [GoodTime Support] Ticket #48213 - pool suggestions not including new interviewers')],
    body="""Hi Gareth,

Thanks for your patience. We've passed the details on to our engineering team, who are investigating. We'll update you as soon as we hear back.

Best regards,
GoodTime Support""")
body = outlook_alt(rng, main, sig, DISC_UK, quote, 'EN-GB', reply=True)
hs = tr_com(rng, t, 'uk', 5) + outlook_hdrs(rng, t, 'Pryce, Gareth <gareth.pryce@brightwellclinics.com>',
                                             'FW: [GoodTime Support] Ticket #48213 - pool suggestions not including new\n interviewers',
                                             '[GoodTime Support] Ticket #48213 - pool suggestions not including new interviewers',
                                             'en-GB', region='uk')
add('escalation', 'flag_csm', '', 'en',
    'multipart-alternative;outlook;qp;utf-8;forwarded-chain;outlook-from-sent-block;folded-subject;disclaimer;received-chain',
    'ticket unresolved for six weeks, wants escalation', build(hs, body))

# ---- E6 en: ATS migration, process change - long formal alternative
rng = R('e6'); t = T(2026, 7, 9, 14, 0, 'US')
main = """Hello,

As some of you will know, the executive team has approved the move of our US and UK recruiting from Greenhouse to Workday Recruiting, with cut-over planned for 1 November.

GoodTime sits right in the middle of our interview process, so I want to make sure we plan this with GoodTime properly rather than discover issues in October. In particular we need to understand what changes on the GoodTime side when the ATS changes, how in-flight candidates and already-scheduled interviews are handled at cut-over, whether templates and pools carry over, and what support GoodTime provides during the switch.

Could the project team please set up a working session with GoodTime's account team in the next few weeks? I'd like our recruiting operations lead, IT integrations and one coordinator from each country to attend.

Thank you,
Dana"""
sig = """Dana Fischer
Director, Talent Acquisition – Americas
Brightwell Clinics | 200 Clarendon Street, Boston, MA 02116
(617) 555-0105"""
body = outlook_alt(rng, main, sig, DISC_US, lang='EN-US')
hs = tr_com(rng, t, 'us', 5) + outlook_hdrs(rng, t, 'Fischer, Dana <dana.fischer@brightwellclinics.com>',
                                             'Planning: ATS change from Greenhouse to Workday Recruiting (Q4) -\n GoodTime impact',
                                             'Planning: ATS change from Greenhouse to Workday Recruiting (Q4) - GoodTime impact',
                                             'en-US', region='us',
                                             cc='Walsh, Kevin <kevin.walsh@brightwellclinics.com>; Cole, Harriet <harriet.cole@brightwellclinics.com>')
add('escalation', 'flag_csm', '', 'en',
    'multipart-alternative;outlook;qp;utf-8;long-formal;folded-subject;disclaimer;received-chain',
    'ATS migration / process change', build(hs, body))

# ---- E7 en: outage happening now, third Monday running - escalation with a live fault
rng = R('e7'); t = T(2026, 4, 20, 9, 12, 'US')
main = """This is now the third Monday in a row.

Since about 8:30 this morning nobody on the US recruiting team can load the scheduling page in GoodTime – it just spins and then shows an error. Interviews that are already booked are going ahead, but we can't schedule, reschedule or send anything. We had exactly the same thing on April 6 and April 13, both reported to Support, both "resolved" by lunchtime with no explanation.

Two things please:
1. Get this in front of GoodTime Support right now, because it's happening as I type.
2. Escalate the pattern to whoever owns our account at GoodTime. I want a root cause and a commitment that it won't happen next Monday. Twelve coordinators losing every Monday morning is not acceptable.

Michelle"""
sig = """Michelle Grant
Recruiting Manager – US Clinics
Brightwell Clinics"""
body = outlook_only(main, sig, DISC_US, lang='EN-US')
hs = tr_com(rng, t, 'us', 5) + outlook_hdrs(rng, t, 'Grant, Michelle <michelle.grant@brightwellclinics.com>',
                                             'GoodTime DOWN AGAIN - third Monday in a row',
                                             'GoodTime DOWN AGAIN - third Monday in a row', 'en-US', region='us',
                                             importance='high')
add('escalation', 'flag_csm+forward_support', '', 'en',
    'outlook-html-only;qp;windows-1252;angry;importance-high;disclaimer;received-chain',
    'recurring outage, live right now', build(hs, body))

# ---- E8 en (non-native writer): Portuguese subsidiary account set-up
rng = R('e8'); t = T(2026, 3, 3, 17, 30, 'PT')
main = """Dear colleagues,

As you know, from June the Portuguese clinics (Lisboa, Porto and the new Braga clinic) will start to use GoodTime for all recruitment, instead of the spreadsheets we are using today.

Before we start, we need to decide together with GoodTime how our account is organised: if Portugal is added to the existing Brightwell account or set up as a separate sub-account, how the data of Portuguese candidates is kept separate for GDPR purposes, who will be the local administrator, and how the licences will be invoiced (our finance team needs the invoices addressed to Brightwell Clínicas Portugal, Lda., not to the US entity).

Could you please involve GoodTime's account team so that we can agree this before the contract addendum is signed? I remain available for a call any afternoon next week.

Best regards,
Ricardo Matos"""
sig = """Ricardo Matos
Diretor de Recursos Humanos – Portugal
Brightwell Clínicas Portugal, Lda.
Av. da Liberdade 190, 1250-147 Lisboa
T: +351 213 405 100"""
body = outlook_alt(rng, main, sig, DISC_PT, lang='EN-GB')
hs = tr_pt(rng, t, 1) + outlook_hdrs(rng, t, 'Ricardo Matos <ricardo.matos@brightwellclinics.pt>',
                                      'GoodTime for Brightwell Portugal - separate account or same one?',
                                      'GoodTime for Brightwell Portugal - separate account or same one?', 'en-GB',
                                      internal=False, accept='pt-PT, en-US')
add('escalation', 'flag_csm', '', 'en',
    'multipart-alternative;outlook;qp;utf-8;long-formal;non-native-writer;disclaimer;received-chain;arc;dkim;auth-results',
    'account structure and invoicing for new subsidiary', build(hs, body))

# ---- E9 en: reassign seats + billing credit - plain with a PDF list
rng = R('e9'); t = T(2026, 10, 1, 11, 0, 'UK')
main = """Hi,

Twelve of our agency recruiters' contracts ended on 30 September (list attached). I've deactivated them in GoodTime, and I'd like to reassign their seats to the graduate recruitment team who start on 12 October.

Two questions that I think need to go to GoodTime's account side rather than Support:
- can the seats be transferred to new named users mid-term, or do deactivated users keep counting until renewal?
- our September invoice still shows 12 "contractor" seats from the pilot that finished in July. Can we get a credit for those?

Thanks,
Neil

Neil Parker
Recruiting Systems Administrator - UK
Brightwell Clinics UK Ltd"""
pdfb = pdf(['GoodTime users deactivated 30/09/2026', '',
            '1. A. Fraser (agency)    2. B. Kowalski (agency)    3. C. Doherty (agency)',
            '4. D. Hussain (agency)   5. E. Marsh (agency)       6. F. Lindqvist (agency)',
            '7. G. Obi (agency)       8. H. Partridge (agency)   9. I. Quinn (agency)',
            '10. J. Rees (agency)     11. K. Singh (agency)      12. L. Townsend (agency)'], 'Deactivated users')
body = multi('mixed', [text(main + '\n', 'plain', 'us-ascii', '7bit'),
                       binary(pdfb, 'application/pdf', 'Deactivated users 30-09-2026.pdf', size=True)],
             b_outlook(rng, '004'))
hs = tr_com(rng, t, 'uk', 4) + outlook_hdrs(rng, t, 'Parker, Neil <neil.parker@brightwellclinics.com>',
                                             'Reassigning 12 GoodTime seats + billing query',
                                             'Reassigning 12 GoodTime seats + billing query', 'en-GB', region='uk', attach=True)
add('escalation', 'flag_csm', '', 'en',
    'multipart-mixed;plain;7bit;pdf-attachment;received-chain',
    'seat transfer and invoice credit', build(hs, body))

# ---- E10 de: training for the Munich lab team - Outlook HTML cp1252 QP
rng = R('e10'); t = T(2026, 1, 12, 14, 25, 'CET')
main = """Sehr geehrte Damen und Herren,

ab Februar übernimmt das Labor München die Terminplanung für alle Vorstellungsgespräche im Laborbereich selbst; bisher lief das über die Personalabteilung in Berlin. Damit werden 15 Kolleginnen und Kollegen (Schichtleitungen und MTL) künftig mit GoodTime arbeiten – als Koordinatoren bzw. als Interviewer. Praktisch niemand von ihnen hat bisher mit dem System gearbeitet.

Wir würden daher gern eine Schulung für das gesamte Team organisieren, idealerweise auf Deutsch und wegen des Schichtbetriebs in zwei Terminen, vor Ort oder per Teams. Könnten Sie das bitte mit GoodTime abstimmen und uns mitteilen, welche Möglichkeiten es gibt und mit welchem Vorlauf wir rechnen müssen?

Mit freundlichen Grüßen
Dr. Andrea Weiß"""
sig = """Dr. Andrea Weiß
Stellvertretende Laborleitung
Brightwell Diagnostiklabor München
Landsberger Straße 302 · 80687 München
Tel. +49 89 2154 3312"""
body = outlook_only(main, sig, DISC_DE, lang='DE')
hs = tr_de(rng, t) + outlook_hdrs(rng, t, ewq('Weiß, Andrea Dr.', 'utf-8') + ' <andrea.weiss@brightwellclinics.de>',
                                   ewq('Schulung für das Laborteam München (GoodTime)', 'utf-8'),
                                   ewq('Schulung für das Laborteam München (GoodTime)', 'utf-8'), 'de-DE', internal=False,
                                   cc='"Hartmann, Jens Dr." <jens.hartmann@brightwellclinics.de>',
                                   mid='<%s@EX19-MBX02.brightwell.local>' % hexs(rng, 32))
add('escalation', 'flag_csm', '', 'de',
    'outlook-html-only;qp;windows-1252;rfc2047-q-utf8;long-formal;disclaimer;long-signature;received-chain;dkim;auth-results',
    'training request for a team of 15', build(hs, body))

# ---- E11 fr: complaint + outage right now - escalation with a live fault
rng = R('e11'); t = T(2026, 11, 17, 9, 40, 'CET')
main = """Bonjour,

Je me permets de vous écrire directement, car la situation devient intenable.

Ce matin encore, depuis 8h, la synchronisation des agendas ne fonctionne plus pour l'ensemble des cliniques de Lyon : GoodTime affiche nos médecins comme disponibles alors qu'ils sont en consultation, et les coordinatrices ne peuvent plus rien planifier sans risquer un double rendez-vous. C'est la troisième fois ce mois-ci (déjà les 3 et 10 novembre), et le ticket ouvert auprès du support le 3 novembre n'a reçu aucune réponse sur le fond.

Je vous demande deux choses :
– signaler immédiatement la panne de ce matin au support de GoodTime ;
– faire remonter la situation au niveau de notre interlocuteur chez GoodTime : nous avons besoin d'une explication et d'un plan d'action, pas d'une énième réinitialisation.

Cordialement,
Thierry Bonnet"""
sig = """Thierry Bonnet
Directeur – Clinique Brightwell Lyon Part-Dieu
Brightwell Cliniques France SAS · 12 cours Lafayette · 69003 Lyon
04 78 62 19 00"""
body = outlook_alt(rng, main, sig, DISC_FR, lang='FR')
hs = tr_com(rng, t, 'eu', 6) + outlook_hdrs(rng, t, 'Bonnet, Thierry <thierry.bonnet@brightwellclinics.com>',
                                             ew_split('Synchronisation des agendas encore en panne – troisième fois ce mois-ci', 52, 'B', 'utf-8', 'UTF-8'),
                                             ewb('Synchronisation des agendas encore en panne – troisième fois ce mois-ci', 'utf-8', 'UTF-8'),
                                             'fr-FR', importance='high')
add('escalation', 'flag_csm+forward_support', '', 'fr',
    'multipart-alternative;outlook;qp;utf-8;rfc2047-b-utf8-split;importance-high;disclaimer;received-chain',
    'recurring calendar outage, live now, complaint', build(hs, body))

# ---- E12 pt: more licences for Braga + contract renewal - Outlook RTF: plain + winmail.dat
rng = R('e12'); t = T(2026, 9, 9, 10, 5, 'PT')
main = """Bom dia,

Com a abertura da clínica de Braga em outubro, vamos precisar de mais 10 licenças de GoodTime (2 coordenadores e 8 entrevistadores). Ao mesmo tempo, o contrato de Portugal renova a 31 de dezembro e gostaríamos de aproveitar para rever as condições, dado que o número de utilizadores quase duplicou desde o início.

Podem, por favor, tratar deste assunto com a GoodTime, ou indicar-nos com quem devemos falar? Precisamos de uma proposta até ao final de setembro para a incluir no orçamento de 2027.

Com os melhores cumprimentos,

Sérgio Antunes
Responsável Administrativo-Financeiro
Brightwell Clínicas Portugal, Lda."""
body = multi('mixed', [text(plain(main, disc=DISC_PT), 'plain', 'iso-8859-1', 'quoted-printable'),
                       binary(tnef('e12'), 'application/ms-tnef', 'winmail.dat')], b_outlook(rng, '000'))
hs = tr_pt(rng, t) + outlook_hdrs(rng, t, ewq('Sérgio Antunes', 'iso-8859-1') + ' <sergio.antunes@brightwellclinics.pt>',
                                   ew_split('Licenças GoodTime para a clínica de Braga e renovação do contrato', 5, 'Q', 'iso-8859-1'),
                                   ewq('Licenças GoodTime para a clínica de Braga e renovação do contrato', 'iso-8859-1'),
                                   'pt-PT', internal=False, attach=True)
hs = [(n, ('<%s@%s>' % (hexs(rng, 32, True), 'DB9PR04MB8425.eurprd04.prod.outlook.com')) if n == 'X-MS-TNEF-Correlator' else v) for n, v in hs]
add('escalation', 'flag_csm', '', 'pt',
    'multipart-mixed;plain;qp;iso-8859-1;winmail-dat;rfc2047-q-latin1-split;disclaimer;received-chain;arc;dkim;auth-results',
    'licences for new clinic + contract renewal', build(hs, body))


# =========================================================================== NOISE

# ---- N1 en: Exchange out-of-office WITH Auto-Submitted
rng = R('n1'); t = T(2026, 3, 16, 10, 2, 'UK')
main = """Thank you for your email.

I am out of the office until Monday 23 March with no access to email. For urgent HR matters, please contact hr.operations@brightwellclinics.com or call +44 20 3981 4400.

Kind regards,
Fiona MacLeod
HR Business Partner – Operations (UK)"""
body = outlook_alt(rng, main, '', '', lang='EN-GB')
hs = tr_com(rng, t, 'uk', 3) + [
    ('From', 'MacLeod, Fiona <fiona.macleod@brightwellclinics.com>'), ('To', HELP_TO),
    ('Subject', 'Automatic reply: GoodTime tips =?utf-8?Q?=E2=80=93?= March edition'),
    ('Thread-Topic', 'GoodTime tips – March edition'.encode('utf-8')),
    ('Thread-Index', 'AQHctVd%s' % b64s(rng, 20)), ('Date', t.hdr()),
    ('Message-ID', mid_outlook(rng, 'uk')),
    ('In-Reply-To', '<LO2P265MB4419E7A1C0D94B2F3A1E8C55B1@LO2P265MB4419.GBRP265.PROD.OUTLOOK.COM>'),
    ('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All'),
    ('X-MS-Exchange-Inbox-Rules-Loop', 'fiona.macleod@brightwellclinics.com'),
    ('X-MS-Exchange-Organization-AuthAs', 'Internal'), ('Content-Language', 'en-GB'), ('MIME-Version', '1.0')]
add('noise', 'ignore', '', 'en',
    'multipart-alternative;outlook;qp;out-of-office;auto-submitted;x-auto-response-suppress;rfc2047-q-utf8',
    'OOO with Auto-Submitted', build(hs, body))

# ---- N2 en: out-of-office WITHOUT Auto-Submitted, contains URGENT/immediately, no Message-ID
rng = R('n2'); t = T(2026, 8, 11, 6, 30, 'CT')
main = """I am currently out of the office attending the AANP national conference and will return on Monday, August 17. I will have limited access to email during this time.

If your matter is URGENT, please contact my assistant Rosa Delgado at (312) 555-0170 immediately. For clinical questions, please call the clinic front desk.

Thank you,
Alan Brewer, MD"""
body = text(main + '\n', 'plain', 'us-ascii', '7bit')
hs = tr_com(rng, t, 'us', 3) + [
    ('From', '"Brewer, Alan MD" <alan.brewer@brightwellclinics.com>'), ('To', HELP),
    ('Subject', 'Out of Office: Re: Interview panel availability - RN Chicago'),
    ('Date', t.hdr(weekday=False)), ('MIME-Version', '1.0')]
add('noise', 'ignore', '', 'en',
    'plain-only;7bit;out-of-office;no-auto-submitted;no-message-id;date-no-weekday;urgent-word',
    'OOO without auto headers', build(hs, body))

# ---- N3 en: bounce from MAILER-DAEMON (multipart/report delivery-status)
rng = R('n3'); t = T(2026, 5, 6, 2, 14, 'UTC')
orig_t = T(2026, 5, 6, 2, 13, 'UTC')
human = """This is the mail system at host mx2.brightwellclinics.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<j.mcallister@leedsmedrecruit.co.uk>: host mx.leedsmedrecruit.co.uk[185.61.152.9]
    said: 550 5.1.1 <j.mcallister@leedsmedrecruit.co.uk>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO
    command)
"""
dsn = """Reporting-MTA: dns; mx2.brightwellclinics.com
X-Postfix-Queue-ID: 4dKp7T0cV2z2xGq
X-Postfix-Sender: rfc822; helpline@brightwellclinics.com
Arrival-Date: %s

Final-Recipient: rfc822; j.mcallister@leedsmedrecruit.co.uk
Original-Recipient: rfc822;j.mcallister@leedsmedrecruit.co.uk
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.leedsmedrecruit.co.uk
Diagnostic-Code: smtp; 550 5.1.1 <j.mcallister@leedsmedrecruit.co.uk>:
    Recipient address rejected: User unknown in virtual mailbox table
""" % orig_t.hdr()
origh = """Return-Path: <helpline@brightwellclinics.com>
Received: from LO2P265MB4419.GBRP265.PROD.OUTLOOK.COM (unknown [40.107.23.51])
\tby mx2.brightwellclinics.com (Postfix) with ESMTPS id 4dKp7T0cV2z2xGq
\tfor <j.mcallister@leedsmedrecruit.co.uk>; %s
From: GoodTime Help Line <helpline@brightwellclinics.com>
To: "j.mcallister@leedsmedrecruit.co.uk" <j.mcallister@leedsmedrecruit.co.uk>
Subject: RE: Agency interviewers for the Leeds lab open day
Date: %s
Message-ID: <LO2P265MB44195B0C7E2D41A9F3C2E6D8A4@LO2P265MB4419.GBRP265.PROD.OUTLOOK.COM>
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
""" % (orig_t.rcv(1), orig_t.hdr())
body = Part([('Content-Type', 'multipart/report; report-type=delivery-status;\n\tboundary="%s"' % ('9B2E91A0C4.%d/mx2.brightwellclinics.com' % t.unix()))],
            parts=[Part([('Content-Description', 'Notification'), ('Content-Type', 'text/plain; charset=us-ascii')], human.encode()),
                   Part([('Content-Description', 'Delivery report'), ('Content-Type', 'message/delivery-status')], dsn.encode()),
                   Part([('Content-Description', 'Undelivered Message Headers'), ('Content-Type', 'text/rfc822-headers')], origh.encode())],
            boundary='9B2E91A0C4.%d/mx2.brightwellclinics.com' % t.unix(),
            preamble='This is a MIME-encapsulated message.\n')
hs = [('Received', 'from mx2.brightwellclinics.com (185.48.116.40) by LO4P265MB6221.GBRP265.PROD.OUTLOOK.COM\n (2603:10a6:600:2d1::7) with Microsoft SMTP Server id 15.20.9001.12; %s' % t.rcv(2)),
      ('Received', 'by mx2.brightwellclinics.com (Postfix)\n\tid 9B2E91A0C4; %s' % t.rcv(0)),
      ('Date', t.hdr()), ('From', 'MAILER-DAEMON@mx2.brightwellclinics.com (Mail Delivery System)'),
      ('Subject', 'Undelivered Mail Returned to Sender'), ('To', HELP),
      ('Auto-Submitted', 'auto-replied'), ('MIME-Version', '1.0'),
      ('Message-Id', '<20260506021400.9B2E91A0C4@mx2.brightwellclinics.com>')]
add('noise', 'ignore', '', 'en',
    'bounce;multipart-report;delivery-status;mailer-daemon;text-rfc822-headers;night;lf-eol',
    'bounce from MAILER-DAEMON', build(hs, body, '\n'))

# ---- N4 en: vendor newsletter with List-Unsubscribe
rng = R('n4'); t = T(2026, 4, 14, 15, 0, 'UTC')
ptxt = """GoodTime Product Digest – April 2026

Hi there,

Here's what's new this month:

* Smarter rescheduling suggestions for multi-session interviews
* New interviewer-load dashboard filters
* Spring webinar: "Scheduling at scale in healthcare" – Thursday 30 April, 11am ET. Save your seat: https://events.goodtime.io/spring-webinar

Read the full release notes: https://www.goodtime.io/release-notes

You are receiving this email because you subscribed to GoodTime product updates.
Unsubscribe: https://news.goodtime.io/u/%s
GoodTime, Inc.""" % hexs(rng, 24)
hh = ('<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>GoodTime Product Digest</title></head>'
      '<body style="margin:0;background:#f4f2fb"><table role="presentation" width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">'
      '<table role="presentation" width="600" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif">'
      '<tr><td style="background:#3b1f7a;padding:24px;color:#fff;font-size:22px;font-weight:bold">GoodTime Product Digest &ndash; April 2026</td></tr>'
      '<tr><td style="padding:24px;font-size:15px;line-height:22px;color:#333">Hi there,<br><br>Here&#39;s what&#39;s new this month:<ul>'
      '<li>Smarter rescheduling suggestions for multi-session interviews</li><li>New interviewer-load dashboard filters</li>'
      '<li>Spring webinar: <b>Scheduling at scale in healthcare</b> &ndash; Thursday 30 April, 11am ET</li></ul>'
      '<a href="https://events.goodtime.io/spring-webinar?utm_source=newsletter&amp;utm_medium=email" style="background:#e0457b;color:#fff;padding:12px 20px;border-radius:4px;text-decoration:none">Save your seat</a>'
      '</td></tr><tr><td style="padding:16px 24px;font-size:11px;color:#999">You are receiving this email because you subscribed to GoodTime product updates. '
      '<a href="https://news.goodtime.io/u/x">Unsubscribe</a> &middot; <a href="https://news.goodtime.io/prefs">Preferences</a><br>GoodTime, Inc.</td></tr>'
      '</table></td></tr></table><img src="https://news.goodtime.io/o/%s.gif" width="1" height="1" alt=""></body></html>' % hexs(rng, 20))
body = multi('alternative', [text(ptxt, 'plain', 'UTF-8', 'quoted-printable'), text(hh, 'html', 'UTF-8', 'quoted-printable')],
             '_----------=_MCPart_%d' % rng.randrange(10**9, 10**10), ct_fold=False)
hs = eop_inbound(rng, t, 'mail177-12.suw41.mandrillapp.com', '198.2.177.12', 'news.goodtime.io', 'us') + [
    dkim(rng, t, 'news.goodtime.io', 'mte1', 'From:Subject:Message-Id:To:List-Unsubscribe:List-Unsubscribe-Post:Date:MIME-Version:Content-Type'),
    ('From', 'GoodTime <news@news.goodtime.io>'), ('Subject', "What's new in GoodTime: smarter rescheduling + our Spring webinar"),
    ('Message-Id', '<%s.%s@news.goodtime.io>' % (hexs(rng, 12), hexs(rng, 20))), ('To', HELP),
    ('List-Unsubscribe', '<mailto:unsub-%s@news.goodtime.io?subject=unsubscribe>,\n <https://news.goodtime.io/u/%s>' % (hexs(rng, 16), hexs(rng, 24))),
    ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'), ('List-Id', 'GoodTime Product Digest <digest.news.goodtime.io>'),
    ('Precedence', 'bulk'), ('X-Campaign-ID', 'pd-2026-04'), ('Date', t.hdr(pad=True)), ('MIME-Version', '1.0')]
add('noise', 'ignore', '', 'en',
    'newsletter;list-unsubscribe;list-unsubscribe-post;precedence-bulk;multipart-alternative;qp;dkim;auth-results',
    'vendor newsletter', build(hs, body))

# ---- N5 en: calendar acceptance (text/calendar METHOD:REPLY)
rng = R('n5'); t = T(2026, 11, 5, 9, 2, 'UK')
ical = """BEGIN:VCALENDAR
METHOD:REPLY
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ATTENDEE;PARTSTAT=ACCEPTED;CN=Bennett, Oliver:mailto:oliver.bennett@brightwellclinics.com
COMMENT;LANGUAGE=en-GB:\\n
SUMMARY;LANGUAGE=en-GB:Accepted: GoodTime drop-in session (Manchester)
DTSTART;TZID=GMT Standard Time:20261112T123000
DTEND;TZID=GMT Standard Time:20261112T133000
UID:040000008200E00074C5B7101A82E0080000000050C2A7E1A54EDC01000000000000000010000000B3E2C1F7D8A94B4C9E1F2A3B4C5D6E7F
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261105T090200Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Manchester - Room 1.07
END:VEVENT
END:VCALENDAR
"""
body = multi('alternative', [text('\n', 'plain', 'us-ascii', '7bit'),
                             text(ical, 'calendar', 'utf-8', 'base64', params='; method=REPLY')], b_outlook(rng))
hs = tr_com(rng, t, 'uk', 3) + [
    ('From', 'Bennett, Oliver <oliver.bennett@brightwellclinics.com>'), ('To', HELP_TO),
    ('Subject', 'Accepted: GoodTime drop-in session (Manchester)'),
    ('Thread-Topic', 'GoodTime drop-in session (Manchester)'), ('Thread-Index', 'AQHdTq%s' % b64s(rng, 20)),
    ('Date', t.hdr()), ('Message-ID', mid_outlook(rng, 'uk')), ('Content-Language', 'en-GB'),
    ('X-MS-Has-Attach', ''), ('X-MS-Exchange-Organization-AuthAs', 'Internal'), ('MIME-Version', '1.0')]
add('noise', 'ignore', '', 'en',
    'calendar-accept;text-calendar;method-reply;multipart-alternative;base64',
    'meeting accepted', build(hs, body))

# ---- N6 en: calendar decline (text/calendar METHOD:REPLY, DECLINED)
rng = R('n6'); t = T(2026, 2, 9, 7, 45, 'US')
ical = """BEGIN:VCALENDAR
METHOD:REPLY
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ATTENDEE;PARTSTAT=DECLINED;CN=Okafor, Helen:mailto:helen.okafor@brightwellclinics.com
SUMMARY;LANGUAGE=en-US:Declined: GoodTime refresher for hiring managers
DTSTART;TZID=Eastern Standard Time:20260212T120000
DTEND;TZID=Eastern Standard Time:20260212T124500
UID:040000008200E00074C5B7101A82E00800000000A0F2B9C3C095DC0100000000000000001000000071A0D3C4E5F6478899AABBCCDDEEFF00
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260209T124500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
"""
body = multi('alternative', [text('\n', 'plain', 'us-ascii', 'quoted-printable'),
                             text(ical, 'calendar', 'utf-8', 'base64', params='; method=REPLY')], b_outlook(rng))
hs = tr_com(rng, t, 'us', 3) + [
    ('From', 'Okafor, Helen <helen.okafor@brightwellclinics.com>'), ('To', HELP_TO),
    ('Subject', 'Declined: GoodTime refresher for hiring managers'),
    ('Thread-Topic', 'GoodTime refresher for hiring managers'), ('Thread-Index', 'AdyZ%s' % b64s(rng, 22)),
    ('Date', t.hdr()), ('Message-ID', mid_outlook(rng, 'us')), ('Content-Language', 'en-US'),
    ('X-MS-Exchange-Organization-AuthAs', 'Internal'), ('MIME-Version', '1.0')]
add('noise', 'ignore', '', 'en',
    'calendar-decline;text-calendar;method-reply;multipart-alternative;base64',
    'meeting declined', build(hs, body))

# ---- N7 en: read receipt (multipart/report disposition-notification)
rng = R('n7'); t = T(2026, 4, 27, 10, 31, 'US')
human = """Your message

To: Whitaker, Danielle
Subject: RE: Parking validation for candidates
Sent: Monday, April 27, 2026 10:14:09 AM (UTC-05:00) Eastern Time (US & Canada)

was read on Monday, April 27, 2026 10:31:40 AM (UTC-05:00) Eastern Time (US & Canada).
"""
mdn = """Reporting-UA: BN8PR12MB3346.namprd12.prod.outlook.com; Microsoft Exchange Server
Final-Recipient: rfc822;danielle.whitaker@brightwellclinics.com
Original-Message-ID: <BN8PR12MB33469C2E71A4F0B8D3E5A12C7D@BN8PR12MB3346.namprd12.prod.outlook.com>
Disposition: manual-action/MDN-sent-manually; displayed
"""
bnd = b_outlook(rng, '001')
body = Part([('Content-Type', 'multipart/report;\n\tboundary="%s";\n\treport-type=disposition-notification' % bnd)],
            parts=[multi('alternative', [text(human, 'plain', 'us-ascii', 'quoted-printable'),
                                         text('<html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"></head><body><font size="2"><span style="font-size:11pt;"><div class="PlainText">'
                                              + '<br>\n'.join(esc(l) for l in human.split('\n')) + '</div></span></font></body></html>\n',
                                              'html', 'us-ascii', 'quoted-printable')], b_outlook(rng, '002')),
                   Part([('Content-Type', 'message/disposition-notification')], mdn.encode())],
            boundary=bnd)
hs = tr_com(rng, t, 'us', 3) + [
    ('From', 'Whitaker, Danielle <danielle.whitaker@brightwellclinics.com>'), ('To', HELP_TO),
    ('Subject', 'Read: RE: Parking validation for candidates'), ('Thread-Topic', 'Parking validation for candidates'),
    ('Date', t.hdr()), ('Message-ID', mid_outlook(rng, 'us')), ('Content-Language', 'en-US'),
    ('X-MS-Exchange-Organization-AuthAs', 'Internal'), ('MIME-Version', '1.0')]
add('noise', 'ignore', '', 'en',
    'read-receipt;multipart-report;disposition-notification;multipart-alternative;qp',
    'read receipt', build(hs, body))

# ---- N8 en: phishing pretending to be GoodTime (auth fails) - HTML only, night
rng = R('n8'); t = T(2026, 1, 31, 3, 27, 'UTC')
hh = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:Arial">'
      '<div style="max-width:560px;margin:auto;border:1px solid #ddd;padding:20px">'
      '<p style="color:#6b2fd6;font-size:20px;font-weight:bold">GoodTime</p>'
      '<p>Dear User,</p><p>We detected unusual sign-in activity on your GoodTime account <b>helpline@brightwellclinics.com</b>. '
      'For your security, your session will be <b style="color:#c00">SUSPENDED within 24 hours</b> unless you verify your identity immediately.</p>'
      '<p style="text-align:center"><a href="http://goodtime-accounts-verify.com/login?u=aGVscGxpbmVAYnJpZ2h0d2VsbGNsaW5pY3MuY29t" '
      'style="background:#6b2fd6;color:#fff;padding:12px 28px;text-decoration:none;border-radius:4px">Verify my account</a></p>'
      '<p>If you ignore this message, all scheduled interviews linked to your account may be cancelled.</p>'
      '<p>Thank you,<br>GoodTime Security Team</p>'
      '<p style="font-size:10px;color:#999">This is an automated message, please do not reply. &copy; 2026 GoodTime</p></div></body></html>\n')
body = text(hh, 'html', 'utf-8', 'quoted-printable')
hs = [('Received', 'from AM6PR04MB5432.eurprd04.prod.outlook.com (2603:10a6:20b:9::11) by PA4PR04MB7744.eurprd04.prod.outlook.com with HTTPS; %s' % t.rcv(5)),
      ('Authentication-Results', 'spf=fail (sender IP is 45.141.87.203)\n smtp.mailfrom=goodtime-accounts-verify.com; dkim=none (message not signed)\n header.d=none;dmarc=fail action=quarantine\n header.from=goodtime-accounts-verify.com;compauth=fail reason=001'),
      ('Received-SPF', 'Fail (protection.outlook.com: domain of goodtime-accounts-verify.com does not\n designate 45.141.87.203 as permitted sender) receiver=protection.outlook.com;\n client-ip=45.141.87.203; helo=vps-2291.hostkey-cloud.net;'),
      ('Received', 'from vps-2291.hostkey-cloud.net (45.141.87.203) by AMS0EPF000001A9.mail.protection.outlook.com\n (10.167.16.41) with Microsoft SMTP Server id 15.20.8398.14 via Frontend Transport; %s' % t.rcv(3)),
      ('From', '"GoodTime Security" <security@goodtime-accounts-verify.com>'),
      ('Reply-To', 'verify-desk@protonmail.com'), ('To', HELP),
      ('Subject', 'Action required: your GoodTime session will be suspended within 24 hours'),
      ('Date', t.hdr(pad=True, comment='UTC')), ('Message-ID', '<%s@vps-2291.hostkey-cloud.net>' % hexs(rng, 20)),
      ('X-MS-Exchange-Organization-SCL', '5'), ('X-Priority', '1'), ('MIME-Version', '1.0')]
add('noise', 'ignore', '', 'en',
    'phishing;html-only;qp;spf-fail;dmarc-fail;lookalike-domain;night',
    'phishing posing as GoodTime', build(hs, body))

# ---- N9 en: bare "Thanks!!" with emoji and quoted answer - iPhone
rng = R('n9'); t = T(2026, 4, 8, 11, 40, 'US')
main = """Thanks!! 🙏

Sent from my iPhone

> On Apr 8, 2026, at 11:02 AM, GoodTime Help Line <helpline@brightwellclinics.com> wrote:
> 
> Hi Jenna,
> 
> Dr Shah is now on the invite – the conflict was a private hold in his calendar. Support confirmed the panel link is working.
> 
> Help Line"""
body = text(main + '\n', 'plain', 'utf-8', 'quoted-printable', ct_quote=False)
hs = tr_com(rng, t, 'us', 3) + apple_hdrs(rng, t, 'Jenna Morales <jenna.morales@brightwellclinics.com>', 'Re: help - panel in 10',
                                           mailer='iPhone Mail (22E252)',
                                           irt='<BN8PR12MB3346B1A7E4C20D9F5A3C8E11F2@BN8PR12MB3346.namprd12.prod.outlook.com>',
                                           refs='<BN8PR12MB3346B1A7E4C20D9F5A3C8E11F2@BN8PR12MB3346.namprd12.prod.outlook.com>')
add('noise', 'ignore', '', 'en',
    'plain-only;iphone;qp;utf-8;emoji;bare-thanks;gt-quoted-thread;mobile-signature',
    'bare thank-you', build(hs, body))

# ---- N10 en: cold sales spam from a recruiting vendor
rng = R('n10'); t = T(2026, 3, 3, 14, 12, 'UTC')
ptxt = """Hi there,

I noticed Brightwell Clinics is hiring nurses across six countries – congrats on the growth!

Teams like yours use HireFlow AI to cut time-to-hire by up to 60% with automated screening and instant interview booking. Would you be open to a quick 15-minute call next week? Here's my calendar: https://meet.hireflow-ai.io/chris

Best,
Chris Dalton
Account Executive, HireFlow AI

If you'd rather not hear from me, just reply "no thanks" or unsubscribe here: https://hireflow-ai.io/unsubscribe?e=helpline%40brightwellclinics.com"""
body = text(ptxt, 'plain', 'utf-8', 'quoted-printable')
hs = eop_inbound(rng, t, 'o1.ptr4412.outreach.hireflow-ai.io', '149.72.21.88', 'hireflow-ai.io', 'us') + [
    dkim(rng, t, 'hireflow-ai.io', 's1'),
    ('From', 'Chris at HireFlow AI <chris@hireflow-ai.io>'), ('To', HELP),
    ('Subject', 'Brightwell + HireFlow: cut time-to-hire by 60%?'), ('Date', t.hdr()),
    ('Message-ID', '<%s@outreach.hireflow-ai.io>' % uuid(rng)),
    ('List-Unsubscribe', '<https://hireflow-ai.io/unsubscribe?e=helpline%40brightwellclinics.com>'),
    ('X-Mailer', 'Outreach'), ('MIME-Version', '1.0')]
add('noise', 'ignore', '', 'en',
    'spam;sales-outreach;list-unsubscribe;plain-only;qp;auth-results;dkim',
    'cold vendor outreach', build(hs, body))

# ---- N11 de: Abwesenheitsnotiz WITH Auto-Submitted (German + English)
rng = R('n11'); t = T(2026, 3, 16, 11, 2, 'CET')
main = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 27. März nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an personal.hamburg@brightwellclinics.de.

Thank you for your message. I am out of the office until 27 March inclusive. For urgent matters please contact personal.hamburg@brightwellclinics.de.

Sabine Krüger"""
body = outlook_alt(rng, main, '', '', lang='DE', cs='iso-8859-1')
hs = tr_de(rng, t)[:5] + [
    ('From', ewq('Krüger, Sabine', 'iso-8859-1') + ' <sabine.krueger@brightwellclinics.de>'), ('To', HELP_TO),
    ('Subject', ewq('Automatische Antwort: GoodTime-Tipps – März', 'utf-8')),
    ('Thread-Topic', ewq('GoodTime-Tipps – März', 'utf-8')), ('Date', t.hdr()),
    ('Message-ID', '<%s@EX19-MBX01.brightwell.local>' % hexs(rng, 32)),
    ('In-Reply-To', '<LO2P265MB4419E7A1C0D94B2F3A1E8C55B1@LO2P265MB4419.GBRP265.PROD.OUTLOOK.COM>'),
    ('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All'), ('Content-Language', 'de-DE'),
    ('MIME-Version', '1.0')]
add('noise', 'ignore', '', 'de',
    'multipart-alternative;outlook;qp;iso-8859-1;out-of-office;auto-submitted;rfc2047-q-utf8;received-chain',
    'German OOO', build(hs, body))

# ---- N12 es: "¡Muchas gracias!" - iPhone with quoted reply
rng = R('n12'); t = T(2026, 2, 16, 11, 34, 'CET')
main = """¡Muchas gracias! Me queda clarísimo.

Enviado desde mi iPhone

> El 16 feb 2026, a las 11:20, GoodTime Help Line <helpline@brightwellclinics.com> escribió:
> 
> Hola María José:
> 
> GoodTime no tiene línea de teléfono para soporte. Puedes escribir a support@goodtime.io o usar el chat que aparece abajo a la derecha cuando entras en GoodTime; atienden las 24 horas.
> 
> Un saludo,
> Equipo interno de GoodTime"""
body = text(main + '\n', 'plain', 'utf-8', 'quoted-printable', ct_quote=False)
hs = tr_es(rng, t)[:5] + apple_hdrs(rng, t, '=?utf-8?Q?Mar=C3=ADa_Jos=C3=A9_Ortega?= <mariajose.ortega@brightwellclinics.es>',
                                     ewq('Re: ¿Teléfono de soporte de GoodTime?', 'utf-8', 'utf-8'),
                                     mailer='iPhone Mail (22D82)', dom='brightwellclinics.es',
                                     irt='<AS8PR04MB79601F0C2D3E4A5B6C7D8E9F0A@AS8PR04MB7960.eurprd04.prod.outlook.com>')
add('noise', 'ignore', '', 'es',
    'plain-only;iphone;qp;utf-8;bare-thanks;gt-quoted-thread;mobile-signature;rfc2047-q-utf8',
    'thank-you only', build(hs, body))

# ---- N13 fr: "Réponse automatique" WITHOUT Auto-Submitted
rng = R('n13'); t = T(2026, 8, 3, 8, 0, 'CET')
main = """Bonjour,

Je suis absente du 3 au 21 août inclus, sans accès à ma messagerie. Pour toute demande urgente, merci de contacter rh.paris@brightwellclinics.com.

Cordialement,
Élodie Marchand"""
body = outlook_only(main, '', '', lang='FR', cs='utf-8')
hs = tr_com(rng, t, 'eu', 3) + [
    ('From', '=?utf-8?B?' + base64.b64encode('Marchand, Élodie'.encode()).decode() + '?= <elodie.marchand@brightwellclinics.com>'),
    ('To', HELP_TO),
    ('Subject', ewq('Réponse automatique : Enquête de satisfaction GoodTime', 'utf-8')),
    ('Date', t.hdr()), ('Message-ID', mid_outlook(rng)), ('Content-Language', 'fr-FR'),
    ('X-MS-Exchange-Organization-AuthAs', 'Internal'), ('MIME-Version', '1.0')]
add('noise', 'ignore', '', 'fr',
    'outlook-html-only;qp;utf-8;out-of-office;no-auto-submitted;rfc2047-q-utf8;rfc2047-b-from',
    'French OOO, no auto headers', build(hs, body))

# ---- N14 pt: "Recebido, muito obrigado!" - Outlook HTML with quoted answer
rng = R('n14'); t = T(2026, 7, 7, 10, 2, 'PT')
main = """Recebido, muito obrigado!

João Pedro"""
quote = dict(kind='outlook', fields=[
    ('De', 'GoodTime Help Line <helpline@brightwellclinics.com>'),
    ('Enviada', 'terça-feira, 7 de julho de 2026 09:51'),
    ('Para', 'Ferreira, João Pedro <joaopedro.ferreira@brightwellclinics.pt>'),
    ('Assunto', 'RE: Crachás para os entrevistadores externos')],
    body="""Olá João Pedro,

Pode substituir o Dr. Vasconcelos diretamente na página de agendamento da entrevista: se a sessão usar uma pool, o GoodTime sugere outros entrevistadores livres à mesma hora. O novo entrevistador recebe o convite e a candidata mantém o horário.

Cumprimentos,
Equipa interna do GoodTime""")
body = outlook_only(main, '', '', quote, lang='PT', reply=True)
hs = tr_pt(rng, t) + outlook_hdrs(rng, t, '"Ferreira, =?utf-8?Q?Jo=C3=A3o?= Pedro" <joaopedro.ferreira@brightwellclinics.pt>',
                                   ewq('RE: Crachás para os entrevistadores externos', 'utf-8'),
                                   ewq('Crachás para os entrevistadores externos', 'utf-8'), 'pt-PT', internal=False)
add('noise', 'ignore', '', 'pt',
    'outlook-html-only;qp;windows-1252;bare-thanks;quoted-thread;outlook-from-sent-block;rfc2047-q-utf8;received-chain',
    'got it, thanks', build(hs, body))



# =========================================================================== write out

def main():
    assert len(MSGS) == 100, len(MSGS)
    for f in os.listdir(OUT):
        if f.startswith('c-') and f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    order = list(range(len(MSGS)))
    random.Random('c-shuffle-2026').shuffle(order)
    rows = []
    for n, idx in enumerate(order, 1):
        m = MSGS[idx]
        name = 'c-%03d.eml' % n
        with open(os.path.join(OUT, name), 'wb') as fh:
            fh.write(m['data'])
        rows.append([name, m['category'], m['actions'], m['article'], m['language'], m['format'], m['notes']])
    with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as fh:
        w = csv.writer(fh, lineterminator='\n')
        w.writerow(['file', 'category', 'actions', 'article', 'language', 'format', 'notes'])
        w.writerows(rows)
    print('wrote %d messages' % len(rows))


if __name__ == '__main__':
    main()
