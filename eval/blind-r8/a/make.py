#!/usr/bin/env python3
# make.py - writer "a": builds a-001.eml ... a-100.eml and labels.csv
# Standard library only. Most bytes are written by hand so that encodings are exact.
import base64, quopri, random, zlib, struct, os, csv, io, html, datetime, hashlib, uuid
import email, email.policy

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(20260308)
HELP = ('GoodTime Help Line', 'helpline@fernleighhotels.com')

ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
UP = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'


def rs(n, alphabet=ALNUM):
    return ''.join(R.choice(alphabet) for _ in range(n))


def rhex(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))


def rb64(n):
    return base64.b64encode(bytes(R.randrange(256) for _ in range(n))).decode()


# ---------------------------------------------------------------- dates
DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
MONS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']


def parse_dt(s, tz):
    dt = datetime.datetime.strptime(s, '%Y-%m-%d %H:%M:%S' if s.count(':') == 2 else '%Y-%m-%d %H:%M')
    sign = 1 if tz[0] == '+' else -1
    off = datetime.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    return dt.replace(tzinfo=datetime.timezone(off))


def fmt_date(dt, zero=True, comment=False):
    off = dt.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = '+' if mins >= 0 else '-'
    mins = abs(mins)
    tz = '%s%02d%02d' % (sign, mins // 60, mins % 60)
    day = ('%02d' if zero else '%d') % dt.day
    s = '%s, %s %s %d %02d:%02d:%02d %s' % (DAYS[dt.weekday()], day, MONS[dt.month - 1], dt.year,
                                            dt.hour, dt.minute, dt.second, tz)
    if comment:
        s += ' (UTC)' if mins == 0 else ''
    return s


def utc(dt):
    return dt.astimezone(datetime.timezone.utc)


# ---------------------------------------------------------------- header encoding
def ew_b(text, cs='utf-8', label=None):
    label = label or cs.upper()
    return '=?%s?B?%s?=' % (label, base64.b64encode(text.encode(cs)).decode())


def ew_q(text, cs='utf-8', label=None):
    label = label or cs.upper()
    out = []
    for b in text.encode(cs):
        c = chr(b)
        if b == 0x20:
            out.append('_')
        elif c.isalnum() and b < 128 or c in '!*+-/':
            out.append(c)
        else:
            out.append('=%02X' % b)
    return '=?%s?Q?%s?=' % (label, ''.join(out))


def ew_split(text, cuts, kind='B', cs='utf-8', label=None):
    """Split text at character offsets `cuts` (possibly inside a word) into several encoded words,
    folded onto continuation lines."""
    pieces, last = [], 0
    for c in list(cuts) + [len(text)]:
        pieces.append(text[last:c])
        last = c
    f = ew_b if kind == 'B' else ew_q
    return '\n '.join(f(p, cs, label) for p in pieces if p)


def fold_plain(value, width=76, first=9):
    """Fold an ascii/unicode value at spaces."""
    words = value.split(' ')
    lines, cur, lim = [], '', width - first
    for w in words:
        if cur and len(cur) + 1 + len(w) > lim:
            lines.append(cur)
            cur, lim = w, width - 1
        else:
            cur = (cur + ' ' + w) if cur else w
    lines.append(cur)
    return '\n '.join(lines)


def enc_text(text, mode):
    """Encode a header text (subject or display name) according to mode. Returns (str_or_bytes, tags)."""
    if mode in (None, 'ascii'):
        return text, []
    if mode == 'fold':
        return fold_plain(text), ['folded-subject']
    if mode == 'raw8':
        return text.encode('utf-8'), ['raw-utf8']
    if mode == 'rawcp':
        return text.encode('cp1252'), ['raw-cp1252']
    if mode == 'B':
        return ew_b(text), ['ew-b-utf8']
    if mode == 'b':
        return ew_b(text, label='utf-8'), ['ew-b-utf8']
    if mode == 'Q':
        return ew_q(text), ['ew-q-utf8']
    if mode == 'q':
        return ew_q(text, label='utf-8'), ['ew-q-utf8']
    if mode == 'Ql1':
        return ew_q(text, 'iso-8859-1'), ['ew-q-latin1']
    if mode == 'Bl1':
        return ew_b(text, 'iso-8859-1', 'iso-8859-1'), ['ew-b-latin1']
    if mode == 'Qcp':
        return ew_q(text, 'cp1252', 'windows-1252'), ['ew-q-cp1252']
    if isinstance(mode, tuple):  # ('split', kind, cs, cuts)
        _, kind, cs, cuts = mode
        lab = {'utf-8': 'UTF-8', 'iso-8859-1': 'ISO-8859-1'}.get(cs, cs)
        tag = 'ew-%s-%s-split' % (kind.lower(), 'utf8' if cs == 'utf-8' else 'latin1')
        return ew_split(text, cuts, kind, cs, lab), [tag]
    raise ValueError(mode)


def addr(name, a, mode=None, quote=True):
    if not name:
        return a, []
    v, tags = enc_text(name, mode)
    if isinstance(v, bytes):
        return (b'"' + v + b'" <' + a.encode() + b'>') if quote else (v + b' <' + a.encode() + b'>'), tags
    if mode in (None, 'ascii'):
        if quote and (',' in name or '.' in name or "'" in name or quote == 'always'):
            return '"%s" <%s>' % (name, a), tags
        return '%s <%s>' % (name, a), tags
    return '%s <%s>' % (v, a), tags


def tob(x):
    return x if isinstance(x, bytes) else x.encode('utf-8')


# ---------------------------------------------------------------- body encoders
def enc_body(data, cte):
    if cte in ('7bit', '8bit', None):
        return data
    if cte == 'qp':
        return quopri.encodestring(data)
    if cte == 'b64':
        return base64.encodebytes(data)
    raise ValueError(cte)


CTE_NAME = {'7bit': '7bit', '8bit': '8bit', 'qp': 'quoted-printable', 'b64': 'base64', None: None}


def leaf(ctype, data, cte, extra=None, cte_case=None):
    """A leaf MIME entity: returns bytes of headers + blank line + body."""
    h = ['Content-Type: ' + ctype]
    name = CTE_NAME[cte]
    if cte_case == 'upper' and name:
        name = name.upper() if cte != 'qp' else 'Quoted-Printable'
    if name:
        h.append('Content-Transfer-Encoding: ' + name)
    h += extra or []
    body = enc_body(data, cte)
    if not body.endswith(b'\n'):
        body += b'\n'
    return ('\n'.join(h) + '\n\n').encode() + body


def multipart(subtype, parts, boundary, extra_params='', preamble=None):
    ctype = 'multipart/%s;\n\tboundary="%s"%s' % (subtype, boundary, extra_params)
    out = b''
    if preamble:
        out += preamble.encode() + b'\n'
    for p in parts:
        out += b'--' + boundary.encode() + b'\n' + p
        if not p.endswith(b'\n'):
            out += b'\n'
    out += b'--' + boundary.encode() + b'--\n'
    return ctype, out


# ---------------------------------------------------------------- small binary attachments
def png_bytes(w=160, h=48, seed=1):
    rr = random.Random(seed)
    raw = b''
    for y in range(h):
        row = bytearray([0])
        for x in range(w):
            if y < 10:
                v = (0x6a, 0x3d, 0x9a)  # purple title bar
            elif 14 < y < 22 and 8 < x < 8 + rr.randrange(60, 150):
                v = (0xc0, 0x20, 0x20)  # red error line
            elif (x // 7 + y // 5) % 11 == 0:
                v = (0xd0, 0xd0, 0xd0)
            else:
                v = (0xff, 0xff, 0xff)
            row += bytes(v)
        raw += bytes(row)

    def chunk(t, d):
        c = struct.pack('>I', len(d)) + t + d
        return c + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b''))


def pdf_bytes(lines):
    text = 'BT /F1 11 Tf 50 780 Td 14 TL ' + ' '.join(
        '(%s) Tj T*' % l.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)') for l in lines) + ' ET'
    objs = [
        b'<< /Type /Catalog /Pages 2 0 R >>',
        b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
        b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
        b'<< /Length %d >>\nstream\n' % len(text) + text.encode('latin-1') + b'\nendstream',
    ]
    out = b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b'%d 0 obj\n' % i + o + b'\nendobj\n'
    xref = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    for o in offs:
        out += b'%010d 00000 n \n' % o
    out += b'trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, xref)
    return out


def tnef_bytes():
    body = b'\x78\x9f\x3e\x22' + struct.pack('<H', 0x0001)
    body += b'\x01\x06\x90\x08\x00\x04\x00\x00\x00\x00\x00\x01\x00\x01\x00\x01\x07\x90\x06\x00\x08\x00\x00\x00\xe4\x04'
    body += bytes(R.randrange(256) for _ in range(420))
    return body


def ics_bytes(summary, start, end, organizer, attendees, method='REQUEST', uid=None, partstat=None,
              location='', description=''):
    uid = uid or ('040000008200E00074C5B7101A82E008' + rhex(40).upper())
    lines = ['BEGIN:VCALENDAR', 'METHOD:%s' % method, 'PRODID:Microsoft Exchange Server 2010', 'VERSION:2.0',
             'BEGIN:VTIMEZONE', 'TZID:GMT Standard Time', 'BEGIN:STANDARD', 'DTSTART:16010101T020000',
             'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0000', 'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10',
             'END:STANDARD', 'BEGIN:DAYLIGHT', 'DTSTART:16010101T010000', 'TZOFFSETFROM:+0000',
             'TZOFFSETTO:+0100', 'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3', 'END:DAYLIGHT',
             'END:VTIMEZONE', 'BEGIN:VEVENT']
    if organizer:
        lines.append('ORGANIZER;CN="%s":mailto:%s' % organizer)
    for cn, a in attendees:
        ps = partstat or 'NEEDS-ACTION'
        lines.append('ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=%s;RSVP=TRUE;CN="%s":mailto:%s' % (ps, cn, a))
    if description:
        lines.append('DESCRIPTION;LANGUAGE=en-GB:' + description)
    lines += ['UID:' + uid, 'SUMMARY;LANGUAGE=en-GB:' + summary,
              'DTSTART;TZID=GMT Standard Time:' + start, 'DTEND;TZID=GMT Standard Time:' + end,
              'CLASS:PUBLIC', 'PRIORITY:5', 'DTSTAMP:20260302T101500Z', 'TRANSP:OPAQUE', 'STATUS:CONFIRMED',
              'SEQUENCE:0', 'LOCATION;LANGUAGE=en-GB:' + location, 'END:VEVENT', 'END:VCALENDAR']
    out = []
    for l in lines:  # fold at 75 octets
        b = l
        while len(b) > 75:
            out.append(b[:75])
            b = ' ' + b[75:]
        out.append(b)
    return ('\r\n'.join(out) + '\r\n').encode('utf-8')


def attachment(kind, name, payload=None, inline=False):
    if kind == 'png':
        data = payload or png_bytes(seed=R.randrange(1000))
        cid = rhex(8) + '.' + rhex(8)
        extra = ['Content-Disposition: %s; filename="%s"; size=%d' % ('inline' if inline else 'attachment', name, len(data))]
        if inline:
            extra.append('Content-ID: <image001.png@01DCA%s>' % rhex(3).upper())
        return leaf('image/png; name="%s"' % name, data, 'b64', extra), ['attach-png']
    if kind == 'pdf':
        data = pdf_bytes(payload or ['Fernleigh Hotels & Resorts'])
        return leaf('application/pdf; name="%s"' % name, data, 'b64',
                    ['Content-Disposition: attachment; filename="%s"; size=%d' % (name, len(data))]), ['attach-pdf']
    if kind == 'ics':
        data = payload
        return leaf('text/calendar; charset="utf-8"; method=REQUEST; name="%s"' % name, data, 'b64',
                    ['Content-Disposition: attachment; filename="%s"' % name]), ['attach-ics']
    if kind == 'tnef':
        data = tnef_bytes()
        return leaf('application/ms-tnef; name="winmail.dat"', data, 'b64',
                    ['Content-Disposition: attachment; filename="winmail.dat"']), ['winmail-dat']
    raise ValueError(kind)


# ---------------------------------------------------------------- HTML renderers
def esc(s):
    return html.escape(s, quote=False)


OUTLOOK_HEAD = '''<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=%(cs)s">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
\t{font-family:"Cambria Math";
\tpanose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
\t{font-family:%(font)s;
\tpanose-1:2 11 6 4 2 2 2 2 2 4;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
\t{margin:0cm;
\tfont-size:11.0pt;
\tfont-family:"%(font)s",sans-serif;
\tmso-ligatures:standardcontextual;
\tmso-fareast-language:EN-US;}
a:link, span.MsoHyperlink
\t{mso-style-priority:99;
\tcolor:#0563C1;
\ttext-decoration:underline;}
span.EmailStyle19
\t{mso-style-type:personal-reply;
\tfont-family:"%(font)s",sans-serif;
\tcolor:windowtext;}
.MsoChpDefault
\t{mso-style-type:export-only;
\tfont-size:10.0pt;
\tmso-ligatures:none;}
@page WordSection1
\t{size:612.0pt 792.0pt;
\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1
\t{page:WordSection1;}
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

OUTLOOK_LANG = {'en': 'EN-GB', 'de': 'DE', 'es': 'ES', 'fr': 'FR', 'pt': 'PT', 'us': 'EN-US'}


def outlook_html(text, lang='en', cs='Windows-1252', font='Aptos', entities=False):
    def e(s):
        s = esc(s)
        if entities:
            s = ''.join(c if ord(c) < 128 else '&#%d;' % ord(c) for c in s)
        return s
    out = [OUTLOOK_HEAD % {'cs': cs, 'font': font, 'lang': OUTLOOK_LANG.get(lang, 'EN-GB')}]
    lines = text.split('\n')
    i = 0
    in_quote_hdr = False
    while i < len(lines):
        l = lines[i]
        if l.startswith('________________________________') or l.strip() == '-----Original Message-----':
            out.append('<div>\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n')
            # header block lines until blank
            j = i + 1
            hdr = []
            while j < len(lines) and lines[j].strip():
                hdr.append(lines[j])
                j += 1
            ps = []
            for h in hdr:
                if ':' in h:
                    k, v = h.split(':', 1)
                    ps.append('<b>%s:</b>%s' % (e(k), e(v)))
                else:
                    ps.append(e(h))
            out.append('<p class="MsoNormal"><span lang="EN-US">%s<o:p></o:p></span></p>\n</div>\n</div>\n'
                       % '<br>\n'.join(ps))
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n')
            i = j + 1
            continue
        if l.startswith('>'):
            q = []
            while i < len(lines) and lines[i].startswith('>'):
                q.append(lines[i][1:].lstrip(' '))
                i += 1
            out.append('<blockquote style="border:none;border-left:solid #CCCCCC 1.0pt;padding:0cm 0cm 0cm 6.0pt;margin-left:4.8pt;margin-right:0cm">\n')
            for ql in q:
                out.append('<p class="MsoNormal">%s<o:p></o:p></p>\n' % (e(ql) if ql.strip() else '&nbsp;'))
            out.append('</blockquote>\n')
            continue
        if not l.strip():
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n')
        else:
            out.append('<p class="MsoNormal">%s<o:p></o:p></p>\n' % e(l))
        i += 1
    out.append('</div>\n</body>\n</html>\n')
    return ''.join(out)


def gmail_html(text):
    """Gmail-like: <div dir=ltr>; 'On ... wrote:' + > lines become gmail_quote."""
    lines = text.split('\n')
    out = ['<div dir="ltr">']
    i = 0
    while i < len(lines):
        l = lines[i]
        if (l.startswith('On ') and l.rstrip().endswith('wrote:')) or l.startswith('Am ') and l.rstrip().endswith('schrieb:') \
                or l.startswith('El ') and l.rstrip().endswith('escribió:') or l.startswith('Le ') and l.rstrip().endswith('a écrit :') \
                or (l.startswith('Em ') or l.startswith('A ')) and l.rstrip().endswith('escreveu:'):
            out.append('</div><br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
                       '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                       % esc(l))
            i += 1
            q = []
            while i < len(lines) and (lines[i].startswith('>') or not lines[i].strip()):
                q.append(lines[i][1:].lstrip(' ') if lines[i].startswith('>') else '')
                i += 1
            out.append(''.join('<div dir="ltr">%s</div>' % (esc(x) if x else '<br>') for x in q))
            out.append('</blockquote></div>')
            out.append('<div dir="ltr">')
            continue
        if l.startswith('---------- Forwarded message ---------'):
            out.append('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br>' % esc(l))
            i += 1
            while i < len(lines) and lines[i].strip():
                k, _, v = lines[i].partition(':')
                out.append('%s:%s<br>' % (esc(k) if k not in ('From', 'De', 'Von') else '<strong class="gmail_sendername" dir="auto">%s</strong>' % esc(k), esc(v)))
                i += 1
            out.append('</div><br><br>')
            continue
        out.append('<div>%s</div>' % esc(l) if l.strip() else '<div><br></div>')
        i += 1
    out.append('</div>\n')
    return '\n'.join(out)


def apple_html(text):
    lines = text.split('\n')
    out = ['<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
           '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">']
    i = 0
    while i < len(lines):
        l = lines[i]
        if (l.rstrip().endswith('wrote:') or l.rstrip().endswith('schrieb:') or l.rstrip().endswith('a écrit :')
                or l.rstrip().endswith('escribió:') or l.rstrip().endswith('escreveu:')) and i + 1 < len(lines):
            out.append('<div><br><blockquote type="cite"><div>%s</div><br class="Apple-interchange-newline">' % esc(l))
            i += 1
            while i < len(lines) and (lines[i].startswith('>') or not lines[i].strip()):
                x = lines[i][1:].lstrip(' ') if lines[i].startswith('>') else ''
                out.append('<div>%s</div>' % (esc(x) if x else '<br>'))
                i += 1
            out.append('</blockquote></div>')
            continue
        if l.startswith('Begin forwarded message:'):
            out.append('<div><br><blockquote type="cite"><div>%s</div><br class="Apple-interchange-newline">' % esc(l))
            i += 1
            while i < len(lines):
                x = lines[i]
                if ':' in x and i < 12 + i and x.split(':', 1)[0] in ('From', 'Subject', 'Date', 'To', 'Cc', 'Reply-To'):
                    k, v = x.split(':', 1)
                    out.append('<div style="margin: 0px;"><span style="font-family: -webkit-system-font, Helvetica Neue, Helvetica, sans-serif; color:rgba(0, 0, 0, 1.0);"><b>%s: </b></span><span style="font-family: -webkit-system-font, Helvetica Neue, Helvetica, sans-serif;">%s<br></span></div>' % (esc(k), esc(v.strip())))
                else:
                    out.append('<div>%s</div>' % (esc(x) if x.strip() else '<br>'))
                i += 1
            out.append('</blockquote></div>')
            continue
        out.append('<div>%s</div>' % esc(l) if l.strip() else '<div><br></div>')
        i += 1
    out.append('</body></html>\n')
    return ''.join(out)


def simple_html(text):
    return '<html><body>\n' + '<br>\n'.join(esc(l) for l in text.split('\n')) + '\n</body></html>\n'


# ---------------------------------------------------------------- transport headers
PROPS_MS = {
    'eu': ('eurprd0%d' % 2, 'AM9PR02MB', 'DB9PR03MB', 'PAXPR04MB', 'AS8PR07MB', 'VI1PR02MB'),
    'us': ('namprd1%d' % 1, 'BN8PR11MB', 'SA1PR12MB', 'CH3PR10MB', 'PH0PR11MB', 'MW4PR12MB'),
}


def ms_host(region='eu'):
    p = PROPS_MS[region]
    pref = R.choice(p[1:])
    return '%s%04d.%s.prod.outlook.com' % (pref, R.randrange(1000, 9999), 'eurprd0%d' % R.randrange(1, 9) if region == 'eu' else 'namprd%02d' % R.randrange(10, 22))


def ipv6():
    return '2603:10a6:%x:%x::%x' % (R.randrange(0x10, 0x7ff), R.randrange(0x10, 0x5ff), R.randrange(1, 0x30))


def ipv4(pref=None):
    if pref:
        return pref + '.%d' % R.randrange(2, 250)
    return '%d.%d.%d.%d' % (R.choice([40, 52, 104, 209, 185, 91, 94]), R.randrange(1, 254), R.randrange(1, 254), R.randrange(2, 250))


def received_chain(kind, n, dt):
    """Return list of Received header values, top (latest) first. dt = the Date header time."""
    hops = []
    t = utc(dt) + datetime.timedelta(seconds=R.randrange(1, 4))
    tls = 'version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384'
    region = 'us' if kind.endswith('-us') else 'eu'
    if kind.startswith('m365'):
        # Exchange Online hops, written bottom-up then reversed (top = latest)
        hosts = [ms_host(region) for _ in range(n)]
        vals = []
        for i in range(n):
            t2 = utc(dt) + datetime.timedelta(seconds=1 + i + R.randrange(0, 2))
            tstr = fmt_date(t2, zero=False)
            frm = hosts[i - 1] if i else hosts[0]
            if i == n - 1 and n > 1:
                vals.append('from %s (%s)\n by %s with HTTPS; %s'
                            % (frm, ipv6(), hosts[i], tstr.replace(' %d ' % t2.year, ' %d\n ' % t2.year, 1)))
                continue
            if i % 3 == 1:
                by = '%s.mail.protection.outlook.com' % R.choice(['AM2PEPF0001C70A', 'DB1PEPF000509F2', 'DU6PEPF0000952E', 'AMS0EPF000001A4', 'DU2PEPF00028D0A'] if region == 'eu' else ['BN2PEPF000044A9', 'SN1PEPF0002529D', 'CH1PEPF0000A345', 'BL6PEPF0001AB50'])
                hosts[i] = by
            else:
                by = hosts[i]
            vals.append('from %s (%s)\n by %s (%s) with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s'
                        % (frm if i else ms_host(region), ipv6(), by, ipv6(), R.randrange(8000, 9300), R.randrange(10, 40),
                           tstr.replace(' %d ' % t2.year, ' %d\n ' % t2.year, 1)))
        return list(reversed(vals))
    if kind.startswith('google'):
        vals = []
        host = 'mail-%s-f%d.google.com' % (R.choice(['ej1', 'wr1', 'wm1', 'ed1', 'lf1', 'yw1']), R.randrange(40, 190))
        ip = '209.85.%d.%d' % (R.randrange(128, 255), R.randrange(2, 250))
        vals.append('by 2002:a05:6402:%x:b0:%x:%x:%x with SMTP id %s;\n        %s'
                    % (R.randrange(0x100, 0xfff), R.randrange(0x100, 0xfff), R.randrange(0x100, 0xfff),
                       R.randrange(0x100, 0xfff), rs(14, 'abcdefghijklmnopqrstuvwxyz0123456789'),
                       fmt_date(dt.replace(second=(dt.second + 1) % 60), zero=False)))
        vals.append('from %s (%s) by\n %s.mail.protection.outlook.com (%s) with Microsoft SMTP Server\n (%s) id 15.20.%d.%d; %s'
                    % (host, ip, R.choice(['AM3PEPF0000A795', 'DU2PEPF00028D0A', 'BN1PEPF0003676B']), ipv6(), tls,
                       R.randrange(8000, 9300), R.randrange(10, 40), fmt_date(utc(dt) + datetime.timedelta(seconds=3))))
        while len(vals) < n:
            h = ms_host(region)
            vals.append('from %s (%s) by %s\n (%s) with Microsoft SMTP Server (%s) id 15.20.%d.%d; %s'
                        % (R.choice(['AM3PEPF0000A795.eurprd04.prod.outlook.com', 'DU2PEPF00028D0A.eurprd03.prod.outlook.com', h]),
                           ipv6(), ms_host(region), ipv6(), tls, R.randrange(8000, 9300), R.randrange(10, 40),
                           fmt_date(utc(dt) + datetime.timedelta(seconds=3 + len(vals)))))
        vals = [vals[0]] + vals[1:]
        return list(reversed(vals))
    if kind.startswith('ext'):
        vals = []
        vals.append('from %s ([%s])\n        by %s with ESMTPSA id %s\n        for <helpline@fernleighhotels.com>; %s'
                    % (R.choice(['localhost', 'web-01.internal', 'app-prod-3']), ipv4(), R.choice(['smtp.sendgrid.net', 'mta-12.mail-relay.net', 'o1.ptr6041.mailgun.org']), rs(22), fmt_date(dt)))
        while len(vals) < n:
            vals.append('from %s (%s [%s])\n by %s (Postfix) with ESMTPS id %s\n for <helpline@fernleighhotels.com>; %s'
                        % (R.choice(['mx1.fernleighhotels.com', 'relay-%d.fernleighhotels.com' % R.randrange(1, 4), 'o%d.sg.net' % R.randrange(1, 99)]),
                           R.choice(['unknown', 'o%d.mail.net' % R.randrange(1, 99)]), ipv4(),
                           R.choice(['mx1.fernleighhotels.com', 'mx2.fernleighhotels.com', 'gw-eu-2.fernleighhotels.com']),
                           rs(11, UP), fmt_date(utc(dt) + datetime.timedelta(seconds=len(vals) * 2))))
        return list(reversed(vals))
    raise ValueError(kind)


def auth_headers(domain, dt, selector='selector1', ms=True):
    ts = int(utc(dt).timestamp())
    h = []
    h.append('ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b=' + rb64(150)[:76] + '\n ' + rb64(150)[:76] + '\n ' + rb64(100)[:64] + '==')
    h.append('ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector10001;\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\n bh=' + rb64(32) + ';\n b=' + rb64(150)[:76] + '\n ' + rb64(150)[:76] + '\n ' + rb64(90)[:60] + '==')
    h.append('ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=pass\n smtp.mailfrom=%s; dmarc=pass action=none\n header.from=%s; dkim=pass header.d=%s; arc=none' % (domain, domain, domain))
    h.append('DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;\n s=%s; t=%d; h=from:to:subject:date:message-id:mime-version:content-type;\n bh=%s;\n b=%s\n %s\n %s' % (domain, selector, ts, rb64(32), rb64(57), rb64(57), rb64(40)))
    h.append('Authentication-Results: spf=pass (sender IP is %s)\n smtp.mailfrom=%s; dkim=pass (signature was verified)\n header.d=%s;dmarc=pass action=none header.from=%s;compauth=pass\n reason=100' % (ipv4(), domain, domain, domain))
    return h


def msgid(client, domain, dt):
    if client in ('outlook', 'outlook-mac', 'outlook-ios', 'owa', 'outlook-us'):
        region = 'us' if utc(dt).utcoffset() is not None and dt.utcoffset().total_seconds() < 0 else 'eu'
        hst = ms_host(region)
        pre = hst.split('.')[0]
        return '<%s%s@%s>' % (pre, rs(22, UP), hst)
    if client in ('gmail', 'gmail-android'):
        return '<CA%s%s@mail.gmail.com>' % (rs(2, UP), rs(40, ALNUM + '+=_-'))
    if client in ('apple', 'iphone'):
        return '<%s@%s>' % (str(uuid.UUID(int=R.getrandbits(128))).upper(), domain)
    if client == 'thunderbird':
        return '<%s@%s>' % (str(uuid.UUID(int=R.getrandbits(128))), domain)
    if client == 'samsung':
        return '<%s.%s@email.android.com>' % (rhex(12), rhex(8))
    if client == 'form':
        return '<%d.%s@forms.fernleighhotels.com>' % (int(utc(dt).timestamp()), rhex(16))
    return '<%s.%s@%s>' % (rhex(16), int(utc(dt).timestamp()), domain)


def boundary(client):
    if client in ('outlook', 'outlook-mac', 'owa', 'outlook-ios'):
        return lambda k: '_%03d_%s%sprod_' % (k, rs(12, UP), rs(10, UP).lower())
    if client in ('gmail', 'gmail-android'):
        return lambda k: '0000000000' + rhex(16)
    if client == 'apple':
        return lambda k: 'Apple-Mail=_%s' % str(uuid.UUID(int=R.getrandbits(128))).upper()
    if client == 'iphone':
        return lambda k: 'Apple-Mail-%s' % str(uuid.UUID(int=R.getrandbits(128))).upper()
    if client == 'thunderbird':
        return lambda k: '------------%s' % rs(24)
    return lambda k: '----=_Part_%d_%d.%d' % (R.randrange(10**5, 10**6), R.randrange(10**8, 10**9), int(1.77e12) + R.randrange(10**9))


CLIENT_HDRS = {
    'outlook': ['X-Mailer: Microsoft Outlook 16.0'],
    'outlook-mac': ['User-Agent: Microsoft-MacOutlook/16.94.25011212'],
    'outlook-ios': [],
    'owa': [],
    'apple': ['X-Mailer: Apple Mail (2.3826.400.131.1.6)'],
    'iphone': ['X-Mailer: iPhone Mail (22D72)'],
    'gmail': [],
    'gmail-android': [],
    'thunderbird': ['User-Agent: Mozilla Thunderbird'],
    'samsung': ['X-Mailer: Samsung Mail'],
    'form': [],
    'none': [],
}


def exchange_hdrs(subject_plain, lang, dt, has_attach=False):
    ti = base64.b64encode(b'\x01' + bytes(R.randrange(256) for _ in range(21))).decode()
    l = {'en': 'en-GB', 'us': 'en-US', 'de': 'de-DE', 'es': 'es-ES', 'fr': 'fr-FR', 'pt': 'pt-PT'}[lang]
    return ['Thread-Topic: ' + (fold_plain(subject_plain, first=14) if all(ord(c) < 128 for c in subject_plain) else ew_b(subject_plain)),
            'Thread-Index: ' + ti,
            'X-MS-Has-Attach: ' + ('yes' if has_attach else ''),
            'X-MS-TNEF-Correlator: ',
            'Accept-Language: ' + l + ', en-US',
            'Content-Language: ' + l,
            'X-MS-Exchange-Organization-AuthAs: Internal',
            'X-MS-Exchange-Organization-AuthSource: ' + ms_host('eu'),
            'X-MS-Exchange-Organization-SCL: -1',
            'X-MS-Exchange-Organization-Network-Message-Id: ' + str(uuid.UUID(int=R.getrandbits(128))),
            'x-ms-publictraffictype: Email']


# ---------------------------------------------------------------- the message builder
MSGS = []


def M(**kw):
    MSGS.append(kw)
    return kw


def build(m):
    tags = list(m.get('tags', []))
    client = m.get('client', 'outlook')
    lang = m['lang']
    dt = parse_dt(m['date'], m.get('tz', '+0000'))
    frm_name, frm_addr = m['frm']
    domain = frm_addr.split('@')[1]
    B = boundary(client)
    bk = [0]

    def nb():
        bk[0] += 1
        return B(bk[0])

    # ---- body entity
    if 'raw_entity' in m:
        ctype, body_bytes, ent_extra = m['raw_entity']
    else:
        text = m['body'].strip('\n') + '\n'
        cs = m.get('cs', 'utf-8')
        cte = m.get('cte', '8bit' if any(ord(c) > 127 for c in text) else '7bit')
        mime = m.get('mime', 'plain')
        csl = m.get('cs_label', cs)
        if mime == 'plain':
            fl = '; format=flowed' if m.get('flowed') else ''
            part = leaf('text/plain; charset="%s"%s' % (csl, fl), text.encode(cs), cte, cte_case=m.get('cte_case'))
            tags += ['text-plain', cs.replace('windows-', 'cp'), {'7bit': '7bit', '8bit': '8bit', 'qp': 'qp', 'b64': 'base64'}[cte]]
        elif mime == 'outlook-html':
            h = m.get('html') or outlook_html(text, m.get('olang', lang), cs='Windows-1252' if cs == 'windows-1252' else csl,
                                               entities=m.get('entities', False))
            part = leaf('text/html; charset="%s"' % csl, h.encode(cs, 'xmlcharrefreplace'), cte)
            tags += ['outlook-html-only', cs.replace('windows-', 'cp'), {'7bit': '7bit', '8bit': '8bit', 'qp': 'qp', 'b64': 'base64'}[cte]]
        elif mime == 'html':
            h = m.get('html') or simple_html(text)
            part = leaf('text/html; charset="%s"' % csl, h.encode(cs, 'xmlcharrefreplace'), cte)
            tags += ['html-only', {'7bit': '7bit', '8bit': '8bit', 'qp': 'qp', 'b64': 'base64'}[cte]]
        elif mime == 'alt':
            style = m.get('alt_style', {'gmail': 'gmail', 'gmail-android': 'gmail', 'apple': 'apple', 'iphone': 'apple'}.get(client, 'outlook'))
            if m.get('html'):
                h = m['html']
            elif style == 'gmail':
                h = gmail_html(text)
            elif style == 'apple':
                h = apple_html(text)
            else:
                h = outlook_html(text, m.get('olang', lang), cs=csl)
            hcte = m.get('hcte', cte)
            p1 = leaf('text/plain; charset="%s"' % csl, text.encode(cs), cte)
            p2 = leaf('text/html; charset="%s"' % csl, h.encode(cs, 'xmlcharrefreplace'), hcte)
            ctype0, body0 = multipart('alternative', [p1, p2], nb())
            part = ('Content-Type: %s\n\n' % ctype0).encode() + body0
            tags += ['multipart-alternative', 'alt-' + style, cs.replace('windows-', 'cp'),
                     {'7bit': '7bit', '8bit': '8bit', 'qp': 'qp', 'b64': 'base64'}[cte]]
            if hcte != cte:
                tags.append({'7bit': '7bit', '8bit': '8bit', 'qp': 'qp', 'b64': 'base64'}[hcte])
        else:
            raise ValueError(mime)
        atts = m.get('att', [])
        if atts:
            parts = [part]
            for a in atts:
                p, t = attachment(*a)
                parts.append(p)
                tags += t
            ctype, body_bytes = multipart('mixed', parts, nb())
            tags.append('multipart-mixed')
        else:
            # unwrap leaf: split header and body
            hb, _, body_bytes = part.partition(b'\n\n')
            ctype = None
            leaf_hdrs = hb.decode('ascii').split('\n')
        ent_extra = []
    # ---- headers
    H = []
    rk = m.get('rcv', ('m365-' + ('us' if m.get('tz', '+0000').startswith('-') else 'eu'), 2))
    if rk:
        kind, n = rk
        for v in received_chain(kind, n, dt):
            H.append('Received: ' + v)
        if n >= 5:
            tags.append('received-chain')
    if m.get('auth'):
        H += auth_headers(m.get('auth_domain', domain), dt, selector=m.get('selector', 'selector1'))
        tags += ['dkim', 'arc', 'auth-results']
    H += m.get('pre_hdrs', [])
    fv, t1 = addr(frm_name, frm_addr, m.get('from_enc'), m.get('quote', True))
    tags += ['from-' + x for x in t1]
    H.append(b'From: ' + tob(fv))
    tos = m.get('to', [HELP])
    if tos:
        H.append('To: ' + ', '.join(addr(n_, a_, None, m.get('quote_to', 'always' if R.random() < 0.3 else True))[0] for n_, a_ in tos))
    if m.get('cc'):
        H.append('Cc: ' + ', '.join(addr(n_, a_)[0] for n_, a_ in m['cc']))
    sv, t2 = enc_text(m['subj'], m.get('subj_enc'))
    tags += ['subj-' + x for x in t2]
    H.append(b'Subject: ' + tob(sv))
    H.append('Date: ' + fmt_date(dt, zero=m.get('zero', client not in ('apple', 'iphone', 'gmail', 'gmail-android'))))
    mid = m.get('msgid', 'ok')
    if mid == 'ok':
        H.append('Message-ID: ' + msgid(client, domain, dt))
    elif mid == 'nobr':
        H.append('Message-ID: ' + msgid(client, domain, dt).strip('<>'))
        tags.append('msgid-no-brackets')
    elif mid == 'none':
        tags.append('no-msgid')
    else:
        H.append('Message-ID: ' + mid)
    if m.get('reply'):
        ref = msgid('outlook', 'fernleighhotels.com', dt)
        H.append('In-Reply-To: ' + ref)
        H.append('References: ' + msgid('outlook', 'fernleighhotels.com', dt) + '\n ' + ref)
    if client in ('outlook', 'owa', 'outlook-ios', 'outlook-mac') and m.get('exch', True) and 'raw_entity' not in m:
        H += exchange_hdrs(m['subj'], 'us' if m.get('tz', '+0000').startswith('-') and lang == 'en' else lang, dt, bool(m.get('att')))
    H += [m['xmailer']] if m.get('xmailer') else CLIENT_HDRS.get(client, [])
    H += m.get('extra', [])
    H.append('MIME-Version: 1.0')
    if ctype:
        H.append('Content-Type: ' + ctype)
        H += ent_extra
    else:
        H += leaf_hdrs
    hdr_bytes = b'\n'.join(tob(h) for h in H) + b'\n\n'
    data = hdr_bytes + body_bytes
    if m.get('eol', 'crlf') == 'crlf':
        data = data.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    else:
        tags.append('lf-endings')
    # de-duplicate tags keeping order
    seen, tt = set(), []
    tags = [t.lower() if t.lower() in ('utf-8', 'us-ascii', 'iso-8859-1') else t for t in tags]
    for t in tags:
        if t and t not in seen:
            seen.add(t)
            tt.append(t)
    return data, tt


# ---------------------------------------------------------------- signatures, quotes
DISCLAIMER_EN = ('CONFIDENTIALITY NOTICE: This e-mail and any attachments are CONFIDENTIAL and intended solely for the '
                 'addressee. If you have received this e-mail in error, please notify the sender immediately and delete it '
                 'from your system. Any unauthorised use, disclosure or copying is strictly prohibited. Fernleigh Hotels & '
                 'Resorts Ltd, registered in England and Wales no. 04418263, registered office 12 Sumner Street, London SE1 9HZ. '
                 'URGENT security reminder: Fernleigh will never ask you for your password by e-mail.')
DISCLAIMER_US = ('This message may contain confidential and/or privileged information. If you are not the intended recipient '
                 'or have received this message in error, please notify the sender immediately by reply e-mail and destroy all '
                 'copies. Any review, retransmission or dissemination is prohibited. Fernleigh Hotels & Resorts USA, Inc.')
DISCLAIMER_DE = ('Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige '
                 'Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und '
                 'vernichten Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail ist nicht '
                 'gestattet.\nFernleigh Hotels Deutschland GmbH, Sitz Berlin, Amtsgericht Charlottenburg HRB 201877 B, '
                 'Geschäftsführer: Dr. Matthias Reuter')
DISCLAIMER_ES = ('AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos son CONFIDENCIALES y se dirigen exclusivamente a su '
                 'destinatario. Si lo ha recibido por error, le rogamos que lo comunique inmediatamente al remitente y proceda a '
                 'su eliminación. Fernleigh Hoteles España, S.L. - B87412236. Protección de datos: puede ejercer sus derechos '
                 'en privacidad@fernleighhotels.es')
DISCLAIMER_FR = ('Ce message et toutes les pièces jointes sont CONFIDENTIELS et établis à l\'intention exclusive de ses '
                 'destinataires. Si vous avez reçu ce message par erreur, merci d\'en avertir immédiatement l\'expéditeur et de '
                 'le détruire. Toute utilisation non autorisée est interdite. Fernleigh Hôtels France SAS - RCS Paris 852 114 907')
DISCLAIMER_PT = ('AVISO DE CONFIDENCIALIDADE: Esta mensagem e os seus anexos são CONFIDENCIAIS e destinam-se exclusivamente ao '
                 'destinatário. Se a recebeu por erro, por favor informe imediatamente o remetente e apague-a. '
                 'Fernleigh Hotéis Portugal, Lda. - NIPC 515 882 410')

# ====================================================================== ENGLISH - questions
SIG_HO = '''Priya Raman
HR Business Partner – Central Functions
Fernleigh Hotels & Resorts | Head Office
12 Sumner Street, London SE1 9HZ
M: +44 7700 900 562 | fernleighhotels.com'''

M(key='en-q-support-phone', cat='question', act='auto_reply', art='contact-support', lang='en',
  notes='asks for a phone line; terse mobile', tags=['terse', 'lowercase', 'mobile-sig'],
  frm=('Marcus Bell', 'marcus.bell@fernleighhotels.co.uk'), subj='goodtime support number?',
  date='2026-02-10 07:41:19', tz='+0000', client='iphone', cs='us-ascii', cte='7bit',
  body='''hi is there a phone number for the goodtime people? want to actually talk to someone not email back and forth all day. cheers

Sent from my iPhone''')

M(key='en-q-night-support', cat='question', act='auto_reply', art='support-hours', lang='en',
  notes='support availability asked without the word hours; sent at night', tags=['night'],
  frm=('Tomasz Wójcik', 'tomasz.wojcik@fernleighhotels.co.uk'), from_enc='Q',
  subj='Night shift - who picks up?', date='2026-03-15 03:12:44', tz='+0000', client='outlook',
  mime='outlook-html', cs='windows-1252', cte='qp',
  body='''Hello,

I do the night audit at Bankside and I’ve started helping Aoife with the interview bookings for the overnight team (she’s trying to get the night porter and night manager candidates in before Easter).

If something goes wrong in GoodTime in the middle of my shift – say 2 or 3 in the morning, or on a Sunday – is there actually anyone at GoodTime who will answer me, or do I just leave it and wait until Monday morning when the office is back?

Thanks,
Tomasz
Night Auditor | Fernleigh London Bankside''')

M(key='en-q-account-person', cat='question', act='auto_reply', art='contact-csm', lang='en',
  notes='CSM asked for without saying CSM; reply over unrelated thread', tags=['reply-thread', 'outlook-quote-block', 'corporate-sig'],
  frm=('Priya Raman', 'priya.raman@fernleighhotels.com'), to=[HELP],
  cc=[('Jonah Whitfield', 'jonah.whitfield@fernleighhotels.com')],
  subj='RE: Graduate assessment centre - room list', date='2026-02-25 09:27:03', tz='+0000',
  client='outlook', mime='alt', cs='utf-8', cte='qp', reply=True, rcv=('m365-eu', 3),
  body='''Hi both,

Adding the GoodTime help line – and slightly off topic from the room list below, sorry.

When we signed up for GoodTime I'm sure we were told there'd be a named person on their side who looks after our account and can advise us on process. I'd like to get 45 minutes with her before the graduate intake kicks off in May, to talk through how we run the assessment days. I can't find her details anywhere. How do I get a slot in her diary?

Thanks,
Priya

''' + SIG_HO + '''

________________________________
From: Jonah Whitfield <jonah.whitfield@fernleighhotels.com>
Sent: 24 February 2026 16:02
To: Priya Raman <priya.raman@fernleighhotels.com>
Subject: Graduate assessment centre - room list

Hi Priya,

Room list for the assessment centre on 12 May: we've got the Thames Suite plus the two syndicate rooms on the mezzanine from 08:30. Catering is confirmed for 40 (3 vegan, 2 gluten-free). Let me know if the timings for the group exercise move and I'll tell banqueting.

Jonah
Events & Conferences Manager
Fernleigh London Bankside''')

M(key='en-q-move-panel', cat='question', act='auto_reply', art='reschedule-interview', lang='en',
  notes='reschedule asked with the word panel', tags=['terse', 'lowercase', 'mobile-sig'],
  frm=('Olivia Grant', 'olivia.grant@fernleighhotels.co.uk'), subj='move panel',
  date='2026-03-04 12:58:02', tz='+0000', client='outlook-ios', mime='alt', cs='utf-8', cte='qp',
  body='''how do i move a panel to thurs?? candidate cant do weds anymore. can i just drag it in my outlook calendar or will that mess things up

Get Outlook for iOS<https://aka.ms/o0ukef>''')

M(key='en-q-where-chat', cat='question', act='auto_reply', art='chat-bubble', lang='en',
  notes='cannot see chat because on login page', tags=['personal-gmail'],
  frm=('Keisha Dawson', 'keisha.dawson.chi@gmail.com'), subj='Where is the chat??',
  date='2026-02-18 16:33:51', tz='-0600', client='gmail', mime='alt', cs='UTF-8', cte='7bit', hcte='qp',
  rcv=('google', 5), auth=True, auth_domain='gmail.com', selector='20230601',
  body='''Hey,

My recruiter keeps telling me to "just use the chat" if GoodTime acts up but I honestly cannot see a chat anywhere. I'm on the GoodTime page right now, the one where you type your email and password. Is it hidden somewhere or do I need someone to give me access to it?

Thanks
Keisha Dawson
Front Desk Supervisor, Fernleigh Chicago''')

M(key='en-q-selfsched-empty', cat='question', act='auto_reply', art='self-scheduling-link', lang='en',
  notes='rambling; question in third paragraph; no slots shown on pick-your-time link',
  tags=['rambling', 'two-topics', 'corporate-sig'],
  frm=("Bernadette O'Shea", 'bernadette.oshea@fernleighhotels.co.uk'), subj='Room attendant interviews',
  date='2026-03-06 15:47:10', tz='+0000', client='outlook', mime='outlook-html', cs='windows-1252', cte='qp',
  body='''Hi,

Hope you’re well. Bit of a long one, sorry.

We are trying to get six room attendants and two laundry assistants in before the season starts at Ashcombe and honestly it’s been a struggle – half the people who apply through the website never answer their phone, and the ones who do can only come in on the days I’m off. Lucy in HR set me up on GoodTime last month and showed me how to send the link where people pick their own time, which is brilliant when it works.

The thing is, two of this week’s candidates rang the housekeeping office to say they’d opened the link and there were no times on it at all, just the dates and nothing to click. One of them thought we’d already filled the job! I’d only put this week and next week on it because I didn’t want people booking in August. I’m on the early shift Mon–Fri 7 till 3 and my deputy Carla does the interviews on a Tuesday as well. Is it something I’ve set up wrong on my side? Should I be doing it differently?

Also we’re out of the blue tunics in size 12 again but I know that’s not you!

Many thanks,
Bernadette

Bernadette O’Shea
Executive Housekeeper
Fernleigh Ashcombe Park Resort & Spa
Ashcombe, Gloucestershire GL54 3PR
T: 01451 860 224''')

M(key='en-q-form-pool', cat='question', act='forward_support|needs_review', art='add-interviewer-to-pool', lang='en',
  notes='intranet form mailer; new sous chef to be offered for cook tests', tags=['form-mailer', 'auto-submitted'],
  frm=('Fernleigh Intranet', 'no-reply@forms.fernleighhotels.com'),
  subj='[Help line form] New submission - GoodTime question', date='2026-03-09 14:22:09', tz='-0400',
  client='form', msgid='nobr', rcv=('ext', 3), cs='us-ascii', cte='7bit',
  extra=['Reply-To: Ravi Menon <ravi.menon@fernleighhotels.com>', 'Auto-Submitted: auto-generated',
         'X-Auto-Response-Suppress: All', 'X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)'],
  body='''A new form submission was received from the Fernleigh Intranet (Ask the GoodTime help line).

Name: Ravi Menon
Email: ravi.menon@fernleighhotels.com
Property / department: Fernleigh New York Midtown - Culinary
Role: Executive Sous Chef
Category: How do I...?
Urgency: Normal

Message:
We just promoted Daniela Ortiz to sous chef and she is going to start doing the cook-test interviews for line cook candidates with me. How do I get her set up so GoodTime offers her for those? Right now it only ever picks me or Chef Antoine.

---
Submitted: 2026-03-09 14:22:07 EDT
IP: 10.40.12.87
This message was generated automatically. Please do not reply to this address.''')

M(key='en-q-template-trials', cat='question', act='auto_reply', art='interview-templates', lang='en',
  notes='subject sounds like a bug; template default wrong for all trials', tags=['misleading-subject', 'mobile-sig'],
  frm=('Marco Bellini', 'marco.bellini@fernleighhotels.co.uk'), subj='commis trials set up wrong every time',
  date='2026-03-11 16:05:37', tz='+0000', client='iphone', cs='utf-8', cte='qp', eol='lf',
  body='''Hi, every time Jess books a commis chef trial it comes up as 45 mins with our pastry chef on it. We changed how we do trials in January – it's 2 hours now, with me or the sous, no pastry. Jess has been fixing it by hand for every single candidate.

Where do we change it once so it comes out right for everyone from now on?

Marco Bellini
Head Chef – Tideway Restaurant
Fernleigh London Bankside

Sent from my iPhone''')

M(key='en-qn-mobile-app', cat='question', act='forward_support', art='none', lang='en',
  notes='asks for a phone app; no article', tags=['terse', 'mobile-sig'],
  frm=('Andre Lewis', 'andre.lewis@fernleighhotels.com'), subj='app?', date='2026-02-20 13:14:00', tz='-0500',
  client='samsung', msgid='none', cs='UTF-8', cte='7bit',
  body='''Is there an app for GoodTime I can put on my phone? I'm on the banquet floor all day and never near a computer, half the time I don't see the interview stuff till the end of my shift.



Sent from my Galaxy''')

M(key='en-qn-gdpr-erasure', cat='question', act='forward_support', art='none', lang='en',
  notes='GDPR erasure of candidate data in GoodTime; forward of legal note', tags=['forward', 'corporate-sig', 'disclaimer'],
  frm=('Charlotte Ainsworth', 'charlotte.ainsworth@fernleighhotels.co.uk'),
  subj='FW: Erasure request - former applicant (Banqueting Supervisor, Manchester)', date='2026-03-18 11:09:26', tz='+0000',
  client='outlook', mime='alt', cs='utf-8', cte='qp', rcv=('m365-eu', 4),
  att=[('pdf', 'Erasure request - K Doherty (redacted).pdf', ['Fernleigh Hotels & Resorts - Legal', 'Data subject request: ERASURE',
                                                              'Received: 09/03/2026   Deadline: 08/04/2026', 'Systems: Greenhouse, shared drive, GoodTime (tbc)'])],
  body='''Hi team,

See below from Legal (their note attached). Does GoodTime keep its own copy of a candidate's details (availability, interview times, the emails we sent her), separate from Greenhouse? And if so how do we get it removed and how long does that take? We're already on day 9 of 30.

Thanks,
Charlotte

Charlotte Ainsworth
Recruitment Coordinator – UK Hotels
Fernleigh Hotels & Resorts
T: +44 161 496 0771
fernleighhotels.com

''' + DISCLAIMER_EN + '''

________________________________
From: Legal Team <legal@fernleighhotels.com>
Sent: 17 March 2026 17:44
To: Charlotte Ainsworth <charlotte.ainsworth@fernleighhotels.co.uk>
Subject: Erasure request - former applicant (Banqueting Supervisor, Manchester)

Charlotte,

We have received a valid erasure request from Ms K. Doherty, who applied for the Banqueting Supervisor vacancy at Manchester in October 2025. We are dealing with Greenhouse and the shared drive. Please confirm by 27 March which other recruiting systems hold her data and arrange deletion.

Kind regards,
Legal Team''')

M(key='en-qn-sms', cat='question', act='forward_support', art='none', lang='en',
  notes='asks if reminders go by text; reminders article silent on SMS', tags=['near-miss-article'],
  frm=('Gareth Pryce', 'gareth.pryce@fernleighhotels.co.uk'), subj='reminders', date='2026-02-27 14:51:39', tz='+0000',
  client='apple', mime='alt', cs='utf-8', cte='7bit', hcte='qp',
  body='''Quick one - when GoodTime reminds candidates about their interview does that go by text message as well or only by email? A lot of our kitchen porter and commis applicants don't really check email and we had 3 no-shows last week.

Gareth
Head Chef, Fernleigh Manchester''')

M(key='en-qn-branding', cat='question', act='forward_support', art='none', lang='en',
  notes='logo and brand colours on candidate emails; no article', tags=[],
  frm=('Sofia Marchetti', 'sofia.marchetti@fernleighhotels.com'), subj='Candidate emails look very plain',
  date='2026-03-03 10:22:08', tz='-0500', client='outlook', mime='alt', cs='us-ascii', cte='7bit', hcte='qp',
  body='''Hi there,

A few of our hiring managers have mentioned that the interview confirmation emails candidates get from GoodTime look pretty bare compared to the rest of our candidate communications. Is it possible to add the Fernleigh logo and our brand colours to them? If so, is that something I can change myself or does it go through someone else?

Thanks!
Sofia

Sofia Marchetti
Talent Acquisition Coordinator | Fernleigh Hotels & Resorts USA
T 617 555 0148''')

M(key='en-qn-browsers', cat='question', act='forward_support', art='none', lang='en',
  notes='supported browsers; no article', tags=[],
  frm=('Nadia Haddad', 'nadia.haddad@fernleighhotels.co.uk'), subj='GoodTime on the reservations PCs',
  date='2026-03-02 08:36:55', tz='+0000', client='outlook', cs='iso-8859-1', cte='qp',
  body='''Morning,

The PCs in central reservations are locked down by IT and only have Edge with some old compatibility setting switched on, and GoodTime looks a bit squashed on some of them. Before I raise a request with IT, which browsers (and versions) does GoodTime officially support? I'd like to give them the exact list.

Thanks,
Nadia

Nadia Haddad
Reservations Team Leader | Central Reservations Centre, Manchester
Fernleigh Hotels & Resorts''')

M(key='en-qn-password', cat='question', act='forward_support', art='none', lang='en',
  notes='login/password reset after Windows password change; resembles calendar-sync',
  tags=['lowercase', 'near-miss-article'],
  frm=('Liam Fraser', 'liam.fraser@fernleighhotels.co.uk'), subj='cant log in', date='2026-03-20 23:48:12', tz='+0000',
  client='outlook-ios', mime='alt', cs='utf-8', cte='qp', msgid='nobr',
  body='''changed my windows password yesterday and now goodtime wont let me in. theres no forgot password link on the login page, only the microsoft button which just goes round in a loop. how do i reset it? not urgent, no interviews till next week

liam
Bar Manager, Fernleigh Edinburgh

Get Outlook for iOS<https://aka.ms/o0ukef>''')

# ====================================================================== ENGLISH - bugs
M(key='en-bug-uk-sync', cat='bug', act='forward_support+flag_csm', art='', lang='en',
  notes='high impact: all UK interviewers show free after mailbox migration', tags=['high-impact', 'corporate-sig', 'disclaimer'],
  frm=('Rebecca Lindqvist', 'rebecca.lindqvist@fernleighhotels.com'),
  subj='GoodTime showing every interviewer as free since the weekend mailbox migration - all UK hotels and head office affected',
  subj_enc='fold', date='2026-03-09 09:18:40', tz='+0000', client='outlook', mime='alt', cs='utf-8', cte='qp',
  rcv=('m365-eu', 7), auth=True, auth_domain='fernleighhotels.com',
  cc=[('Stuart McAllister', 'stuart.mcallister@fernleighhotels.com')],
  body='''Hi all,

Since IT moved the UK mailboxes to the new tenant over the weekend, GoodTime is treating every interviewer in the UK as completely free. Meetings, shifts blocked out in Outlook, annual leave – none of it shows. It's affecting all six UK properties and head office, roughly 140 interviewers.

We've already had two double-bookings this morning (the GM at Manchester booked into a candidate interview during his ops meeting, and a sous chef at Bankside on his day off). The coordinators are now checking every slot by hand, which isn't sustainable in the middle of the spring hiring push.

What we've checked so far:
- interviewers are signed in with their new @fernleighhotels.co.uk accounts
- there's no disconnected-calendar warning anywhere in GoodTime
- busy events are definitely marked as busy
- I reconnected my own calendar and nothing changed

Can this go to GoodTime as a priority please, and can someone make sure our account lead there knows – this is hitting the whole UK business.

Thanks,
Rebecca

Rebecca Lindqvist
Recruiting Operations Manager
Fernleigh Hotels & Resorts | Head Office
12 Sumner Street, London SE1 9HZ
T: +44 20 7946 0385 | M: +44 7700 900 214

''' + DISCLAIMER_EN)

M(key='en-bug-privacy-itinerary', cat='bug', act='forward_support+flag_csm', art='', lang='en',
  notes='high impact: confirmations carry another candidate\'s personal details', tags=['high-impact', 'privacy'],
  frm=('Jordan Ellis', 'jordan.ellis@fernleighhotels.com'), subj="Candidate got someone else's interview details",
  date='2026-02-12 10:41:27', tz='-0500', client='outlook', mime='alt', cs='us-ascii', cte='7bit', hcte='qp',
  att=[('png', 'confirmation_screenshot.png')], rcv=('m365-us', 6), auth=True, auth_domain='fernleighhotels.com',
  body='''Hi help line,

A candidate for our Guest Services Agent role just called me very upset. The interview confirmation she received from GoodTime this morning had another candidate's name, mobile number and interview time on it (screenshot attached, shared with her permission). The other candidate is for a completely different job - Spa Receptionist at our Boston property, different recruiter.

I checked two other confirmations that went out this morning and one of those also looks wrong, so this may be happening more widely. Because it's a privacy issue I've stopped sending anything else out today.

Can we get this to GoodTime right away please? I've also let our privacy lead know.

Jordan Ellis
Talent Acquisition Specialist - New York
Fernleigh Hotels & Resorts
1120 Avenue of the Americas, New York, NY 10036''')

M(key='en-bug-reminder-time-again', cat='bug', act='forward_support+flag_csm', art='', lang='en',
  notes='high impact: recurring after two closed tickets; reminders an hour out after clock change',
  tags=['reply-thread', 'original-message', 'recurring', 'high-impact'],
  frm=('Kasia Nowak', 'kasia.nowak@fernleighhotels.co.uk'),
  subj='RE: GoodTime reminder emails showing wrong time [ref 48213]', date='2026-03-31 08:52:03', tz='+0100',
  client='outlook', cs='utf-8', cte='qp', reply=True,
  body='''Hi,

It's back. Since the clocks went forward on Sunday, every candidate reminder that's gone out for UK interviews shows the time an hour early – the confirmation says 10:00, the reminder the day before says 09:00. We had two candidates turn up an hour early at Manchester yesterday and one at Edinburgh phoned to ask which was right.

This is exactly what happened in October. We reported it then (GoodTime ref 48213) and again in November (ref 50977) and both times it was closed as fixed. This is the third time now and it affects every UK property.

Kasia

Kasia Nowak
Recruitment Coordinator | Central Recruitment Hub
Fernleigh Hotels & Resorts

-----Original Message-----
From: GoodTime Help Line <helpline@fernleighhotels.com>
Sent: Tuesday, October 28, 2025 2:16 PM
To: Kasia Nowak <kasia.nowak@fernleighhotels.co.uk>
Subject: RE: GoodTime reminder emails showing wrong time [ref 48213]

Hi Kasia,

Thanks for the examples. We've passed this to GoodTime Support (ref 48213) and will let you know when we hear back.

GoodTime Help Line
Fernleigh Hotels & Resorts''')

M(key='en-bug-selfsched-3am', cat='bug', act='forward_support', art='', lang='en',
  notes='self-scheduling links offer 3am slots despite correct working hours', tags=[],
  frm=('Emily Carter', 'emily.carter@fernleighhotels.com'), subj='self-schedule links offering 3am slots??',
  date='2026-03-11 11:07:45', tz='-0400', client='apple', mime='alt', cs='utf-8', cte='qp',
  body='''Hi,

Since Monday the self-scheduling links I send for Boston phone screens are offering candidates times like 3:00am and 4:30am. The interviewers' working hours are 9–5 Eastern and their GoodTime settings say America/New_York, and the candidates are local. Two candidates actually booked 4am slots thinking it was their mistake.

Example: Maria Alvarez, Line Cook (job 4471), link sent Monday 9 March.

Could you pass this on to GoodTime?

Thanks,
Emily

Emily Carter
Recruiting Coordinator, Fernleigh Boston''')

M(key='en-bug-quickq-reschedule', cat='bug', act='forward_support', art='', lang='en',
  notes='"quick question" subject over reschedule page not loading', tags=['misleading-subject'],
  frm=('Harriet Cole', 'harriet.cole@fernleighhotels.co.uk'), subj='quick question',
  date='2026-03-12 10:31:18', tz='+0000', client='outlook', mime='outlook-html', cs='windows-1252', cte='qp',
  body='''Hi,

Quick question – is anyone else having trouble with the reschedule screen? Whenever I click Reschedule on an interview it just shows the spinning wheel and then a blank white page. I’ve tried Chrome and Edge and cleared the cache, same thing. It’s been like this since yesterday afternoon.

I’ve got four to move before Friday so not urgent-urgent, but it’s slowing me down.

Thanks,
Harriet

Harriet Cole
Recruitment Coordinator – Scotland
Fernleigh Edinburgh''')

M(key='en-bug-zoom-missing', cat='bug', act='forward_support', art='', lang='en',
  notes='Zoom links not generated on new invites; nothing live', tags=[],
  frm=('Daniel Osei', 'daniel.osei@fernleighhotels.co.uk'), subj='No Zoom links on invites since yesterday',
  date='2026-03-05 15:20:33', tz='+0000', client='outlook', cs='utf-8', cte='qp', eol='lf',
  att=[('ics', 'invite.ics', ics_bytes('Interview: Aisha Khan - Reservations Agent', '20260310T100000', '20260310T103000',
                                       ('Daniel Osei', 'daniel.osei@fernleighhotels.co.uk'),
                                       [('Priya Shah', 'priya.shah@fernleighhotels.co.uk')], location='Video'))],
  body='''Hello,

Interviews I've scheduled since yesterday lunchtime are going out without a Zoom link. The interviewer invite just says "Location: Video" and the candidate confirmation has a blank where the link should be. Zoom is selected on the interview and it was fine last week.

Nothing is happening until next Tuesday so there's time, but I'd like it sorted before then. One of the invites is attached. Examples:
- Aisha Khan – Reservations Agent (job 3902)
- Tom Hardy (not that one!) – Reservations Agent (job 3902)

Thanks
Daniel

Daniel Osei
Talent Acquisition Partner – Central Reservations
Fernleigh Hotels & Resorts''')

M(key='en-bug-room-reserve', cat='bug', act='forward_support', art='', lang='en',
  notes='room booking fails although room free; screenshot', tags=[],
  frm=('Grace Whitaker', 'grace.whitaker@fernleighhotels.com'), subj='Room booking error when scheduling onsite',
  date='2026-02-23 14:02:11', tz='-0500', client='outlook', mime='alt', cs='utf-8', cte='qp',
  att=[('png', 'image001.png', None, True)],
  body='''Hello,

When I try to schedule the onsite for the Director of Sales finalists, GoodTime finds the times fine but fails at the last step with "Unable to reserve resource – please try again" for the 14th Floor Boardroom. The boardroom is completely free in Outlook on both days (I checked the room calendar directly) and I booked it through GoodTime last month with no problem. Screenshot below.

I've booked the room manually for now so the onsite itself is OK.

Best,
Grace

Grace Whitaker
Executive Assistant to the General Manager
Fernleigh New York Midtown''')

M(key='en-bug-report-zero', cat='bug', act='forward_support', art='', lang='en',
  notes='report shows 0 interviews for a property; PDF export', tags=['corporate-sig'],
  frm=('Alistair Brennan', 'alistair.brennan@fernleighhotels.co.uk'),
  subj='Edinburgh figures in the GoodTime report look wrong', date='2026-03-03 17:26:49', tz='+0000',
  client='outlook', mime='alt', cs='us-ascii', cte='7bit', hcte='qp',
  att=[('pdf', 'Interviewer_load_Feb2026.pdf', ['GoodTime - Interviewer load report', 'Period: 01/02/2026 - 28/02/2026',
                                                  'Fernleigh London Bankside   212', 'Fernleigh Manchester   164',
                                                  'Fernleigh Edinburgh   0', 'Fernleigh Ashcombe Park   71'])],
  body='''Hi,

I pulled the interviewer load report for February for the monthly ops pack and Edinburgh shows 0 interviews for the whole month, which can't be right - we did at least 60 with the restaurant relaunch. London and Manchester look normal. Export attached.

Could you get GoodTime to look at it? I need the numbers for the ops review on the 12th.

Thanks
Alistair

Alistair Brennan
Talent Acquisition Lead - Scotland & North
Fernleigh Hotels & Resorts
T: +44 131 496 0290''')

M(key='en-bug-trainee-progress', cat='bug', act='forward_support', art='', lang='en',
  notes='trainee shadow count not updating; reply on unrelated rota thread', tags=['reply-thread', 'gt-quote', 'mobile-sig', 'misleading-subject'],
  frm=('Sam Adeyemi', 'sam.adeyemi@fernleighhotels.co.uk'), to=[HELP],
  cc=[('Helen Marsh', 'helen.marsh@fernleighhotels.co.uk')],
  subj='Re: Spa rota w/c 9 March', date='2026-03-05 18:40:26', tz='+0000', client='iphone', cs='utf-8', cte='qp', reply=True,
  body='''Sorry, hijacking this thread as it's the one I had open.

Two of my therapists (Mia and Georgia) have now done all 3 of their shadow sessions for the treatment interviews but GoodTime still shows them as 0 of 3 and keeps adding them as shadows. Their calendars are connected, they get the invites fine. Can someone look into it?

Thanks
Sam

Sent from my iPhone

> On 3 Mar 2026, at 09:14, Helen Marsh <helen.marsh@fernleighhotels.co.uk> wrote:
> 
> Hi Sam,
> 
> Draft rota for w/c 9 March attached. Can you confirm Mia is back from leave on the Wednesday, and whether you still need cover for the couples package on the Saturday?
> 
> Thanks,
> Helen''')

M(key='en-bug-form-debrief', cat='bug', act='forward_support|needs_review', art='', lang='en',
  notes='IT portal ticket mailer; debrief invites not sent', tags=['form-mailer', 'auto-submitted'],
  frm=('Fernleigh IT Service Portal', 'noreply@servicedesk.fernleighhotels.com'),
  subj='INC0048821 has been assigned to group GoodTime Help Line', date='2026-03-04 10:18:02', tz='-0600',
  client='none', msgid='none', rcv=('ext', 5), cs='UTF-8', cte='qp', eol='lf',
  extra=['Auto-Submitted: auto-generated', 'X-Auto-Response-Suppress: All', 'Precedence: bulk',
         'X-ServiceNow-Generated: true'],
  body='''Incident INC0048821 has been assigned to your group.

Short description: GoodTime - debrief invites not going out
Caller: Yusuf Demir (yusuf.demir@fernleighhotels.com)
Location: Fernleigh Chicago - Human Resources
Priority: 4 - Low
Opened: 2026-03-04 10:17:42 CST

Description:
Since last week when I schedule the debrief after final interviews, GoodTime says the debrief is scheduled but the interviewers and the hiring manager never get a calendar invite. The candidate interviews themselves are fine. Happened for Assistant Director of F&B and for Pastry Cook. Please help.

Click here to view the incident: https://fernleigh.service-now.com/nav_to.do?uri=incident.do?sys_id=8f2a1c0e1b4d9a50c3e2f7a8d94bcb21

Ref:MSG4417262
This is an automated message from the Fernleigh IT Service Portal. Please do not reply to this email.''')

# ====================================================================== ENGLISH - scheduling blockers
M(key='en-blk-lobby', cat='scheduling_blocker', act='forward_support', art='', lang='en',
  notes='candidate in reception, interviewer never invited', tags=['caps', 'mobile-sig'],
  frm=('Chloe Turner', 'chloe.turner@fernleighhotels.co.uk'), subj='HELP - candidate in reception now',
  date='2026-03-10 14:04:37', tz='+0000', client='iphone', cs='us-ascii', cte='7bit',
  body='''Candidate for the reservations supervisor job is sat in reception NOW for a 2pm interview. GoodTime says the interview is with Paul Denning but Paul says he never got an invite and he's off site at the Canary Wharf meeting. Can anyone see who else was meant to be on it or get someone put on it?? I'm on the desk, can't leave it

Sent from my iPhone''')

M(key='en-blk-panel-teams', cat='scheduling_blocker', act='forward_support', art='', lang='en',
  notes='panel in 10 minutes, no Teams link anywhere', tags=['disclaimer'],
  frm=('Fiona Gallagher', 'fiona.gallagher@fernleighhotels.co.uk'), subj='Panel at 11:00 - no Teams link!!',
  date='2026-02-17 10:50:12', tz='+0000', client='outlook', mime='outlook-html', cs='windows-1252', cte='qp',
  att=[('ics', 'Interview - Oliver Brandt - Revenue Manager.ics',
        ics_bytes('Interview: Oliver Brandt - Revenue Manager (Panel)', '20260217T110000', '20260217T120000',
                  ('Fiona Gallagher', 'fiona.gallagher@fernleighhotels.co.uk'),
                  [('Sunita Rao', 'sunita.rao@fernleighhotels.com'), ('Mark Ellery', 'mark.ellery@fernleighhotels.co.uk'),
                   ('Claire Benson', 'claire.benson@fernleighhotels.co.uk')], location='Video'))],
  body='''Hi – the panel for the Revenue Manager candidate (Oliver Brandt) starts at 11:00, that’s 10 minutes from now, and neither the interviewer invites nor the candidate’s confirmation have a Teams link (invite attached as it went out). The three panel members are messaging me asking where to join. Candidate is in Hamburg so can’t come in.

Can someone help me get a working link to everyone right now?

Fiona Gallagher | TA Partner – Commercial | Fernleigh Hotels & Resorts | M +44 7700 900 731

''' + DISCLAIMER_EN)

M(key='en-blk-tz-waiting', cat='scheduling_blocker', act='forward_support', art='', lang='en',
  notes='candidate on the phone, confirmation in wrong zone, interviewer gone', tags=['lowercase', 'mobile-sig'],
  frm=('Brianna Scott', 'brianna.scott@fernleighhotels.com'), subj='candidate on phone right now - wrong time',
  date='2026-02-26 15:21:09', tz='-0600', client='outlook-ios', mime='alt', cs='utf-8', cte='qp',
  body='''candidate for night auditor (Peter Novak) is on the line saying his confirmation says 3:00 PM Central but the interview in GoodTime and the interviewer invite are 3:00 PM Eastern, which was an hour ago, and the interviewer has gone home. he's been waiting 20 min. can support sort this now or move it to tonight?? hiring manager is the night manager, he could do 11pm

Get Outlook for Android<https://aka.ms/AAb9ysg>''')

M(key='en-blk-sick-swap', cat='scheduling_blocker', act='forward_support', art='', lang='en',
  notes='interviewer sick, swap fails with error, cook test at 11', tags=[],
  frm=('Matteo Russo', 'matteo.russo@fernleighhotels.co.uk'), subj='sous chef gone home sick - cook test at 11',
  date='2026-03-13 10:12:55', tz='+0000', client='outlook', mime='outlook-html', cs='utf-8', cte='b64',
  body='''Morning,

Kirsty (sous) has gone home sick and she's on the cook test interview for the chef de partie candidate at 11:00. The candidate is already on the train.

I tried to swap her for Dev in GoodTime but it keeps saying "Something went wrong" and won't save. Tried again 10 mins ago, same thing. Dev is free and happy to do it.

Need the candidate's confirmation updated, or at least someone to tell me it's OK to just go ahead.

Matteo Russo
Executive Chef, Fernleigh Manchester''')

M(key='en-blk-night-cancelled', cat='scheduling_blocker', act='forward_support', art='', lang='en',
  notes='11pm interview vanished / shows cancelled, 20 min to go', tags=['night'],
  frm=('Connor Walsh', 'connor.walsh@fernleighhotels.com'), subj='Interview 11pm tonight disappeared from calendar',
  date='2026-02-24 22:41:30', tz='-0500', client='outlook', cs='us-ascii', cte='7bit',
  body='''Hi,

I'm interviewing a night auditor candidate at 11:00 PM tonight by phone (Sarah Lindgren, job 4502 I think) and the invite has just vanished from my calendar. When I look in GoodTime it says Cancelled, but nobody cancelled it - I'm the only interviewer on it and the recruiter is off tonight.

Candidate will call in at 11 expecting me. Is it still on from her side?? It's 10:40 now.

Connor Walsh
Night Manager | Fernleigh Boston''')

M(key='en-blk-zoom-waiting', cat='scheduling_blocker', act='forward_support', art='', lang='en',
  notes='candidate stuck in waiting room, two different links', tags=[],
  frm=('Isabel Moreno', 'isabel.moreno@fernleighhotels.com'), subj='Zoom - candidate stuck in waiting room',
  date='2026-03-17 14:35:02', tz='-0500', client='outlook', mime='alt', cs='utf-8', cte='qp',
  body='''Our 2:30 candidate for Housekeeping Manager is stuck on "Waiting for the host to start this meeting" and I'm already in the meeting from my invite - looks like we have different links. Hers ends in ...8841 and mine ends in ...2290. It's 2:34 now.

Can someone resend her the right link or tell me which one is correct?

Thanks,
Isabel

Isabel Moreno | Director of Rooms | Fernleigh Chicago''')

M(key='en-blk-room-clash', cat='scheduling_blocker', act='forward_support', art='', lang='en',
  notes='booked room occupied, cannot pick another, candidate in 15 min', tags=[],
  frm=('Hannah Okafor', 'hannah.okafor@fernleighhotels.co.uk'), subj='Room clash - candidate arriving in 15 mins',
  date='2026-04-08 14:45:21', tz='+0100', client='outlook', cs='utf-8', cte='b64',
  body='''Hi,

GoodTime booked the Garden Room for the Head Sommelier final interview at 3pm but there's a wine-pairing tasting for a wedding couple in there – Events booked it weeks ago. Candidate arrives in 15 minutes, panel is Marco, the GM and me.

GoodTime won't let me choose another room, the list is empty when I try to change it. Can someone help quickly?

Hannah

Hannah Okafor
Talent Acquisition Partner – London
Fernleigh Hotels & Resorts''')

M(key='en-blk-link-expired', cat='scheduling_blocker', act='forward_support', art='', lang='en',
  notes='candidate must be seen today, self-scheduling link expired; forwarded', tags=['forward', 'mobile-sig', 'caps'],
  frm=('Ethan Brooks', 'ethan.brooks@fernleighhotels.com'), subj='Fwd: link expired',
  date='2026-03-12 13:02:44', tz='-0400', client='iphone', cs='utf-8', cte='qp',
  body='''Candidate below needs to be seen TODAY before she flies back to Toronto tonight - the link says expired and she can't book the 4pm slot I held for her. Hiring manager is waiting. Can anyone get her booked in or resend a working link in the next half hour?

Sent from my iPhone

Begin forwarded message:

> From: Amélie Tremblay <amelie.tremblay88@gmail.com>
> Date: March 12, 2026 at 12:51:09 PM EDT
> To: Ethan Brooks <ethan.brooks@fernleighhotels.com>
> Subject: link expired
> 
> Hi Ethan, I clicked on the link to choose my interview time and it says "This link has expired". I can still do this afternoon, anytime before 5. My flight is at 9. Thank you! Amélie''')

# ====================================================================== ENGLISH - feature requests
M(key='en-fr-urgent-sms', cat='feature_request', act='product_board_reply', art='', lang='en',
  notes='URGENT subject over a wish for SMS/WhatsApp reminders', tags=['misleading-subject', 'caps'],
  frm=('Danielle Price', 'danielle.price@fernleighhotels.co.uk'), subj='URGENT - candidates not turning up',
  date='2026-03-13 17:55:29', tz='+0000', client='outlook', mime='alt', cs='utf-8', cte='qp',
  body='''Hi all,

We had 5 no-shows for kitchen porter and housekeeping interviews this week alone. When I ring them, most say they never saw the email. These candidates live on their phones and on WhatsApp, not in their inbox.

PLEASE can GoodTime add text message (or WhatsApp) reminders for candidates? Even a text the day before with the time and the address would make a huge difference for hourly roles. I'd happily be a test site for it.

Danielle

Danielle Price
HR Manager | Fernleigh Manchester
T: +44 161 496 0700''')

M(key='en-fr-rota', cat='feature_request', act='product_board_reply', art='', lang='en',
  notes='long chef ramble; wish for rota system integration', tags=['rambling', 'raw-utf8-from'],
  frm=('Antoine Lefèvre', 'antoine.lefevre@fernleighhotels.com'), from_enc='raw8',
  subj='idea - GoodTime and the kitchen rota', date='2026-02-28 23:17:06', tz='-0500', client='gmail', mime='alt',
  cs='UTF-8', cte='qp', rcv=('google', 6), auth=True, auth_domain='fernleighhotels.com', selector='google',
  body='''Hello,

I've been meaning to write this for a while, it's late and service just finished so forgive the typos.

In the kitchen nobody lives in Outlook. My sous chefs, the pastry chef, the CDPs, their real schedule is the rota in HotSchedules. So their Outlook calendar is empty and GoodTime thinks they are free all week, and then the recruiters book a cook test at 12:30 in the middle of lunch service. Then I have to move it, then the candidate gets three emails, then everybody is annoyed. It happened twice this week with the line cook interviews and once with the pastry commis.

Right now we try to copy the rota into Outlook by hand every Sunday but honestly it never happens, we are short staffed, which is why we are hiring in the first place!

What would really help: if GoodTime could read the rota directly from HotSchedules (or whatever system the hotel uses) and treat shifts as busy, or at least service times. I'm sure every hotel and restaurant that uses GoodTime has the same problem. Could you pass this to them as a proper request?

Merci,
Antoine

Antoine Lefèvre
Executive Chef | Fernleigh New York Midtown''')

M(key='en-fr-open-days', cat='feature_request', act='product_board_reply', art='', lang='en',
  notes='bulk hiring-day scheduling for seasonal open days; winmail.dat', tags=['rambling'],
  frm=('Louise Hartley', 'louise.hartley@fernleighhotels.co.uk'),
  subj='Open days for seasonal hiring - could GoodTime do this?', date='2026-02-11 12:40:15', tz='+0000',
  client='outlook', mime='alt', cs='windows-1252', cte='qp', att=[('tnef', 'winmail.dat')],
  body='''Hi,

Every spring we run two recruitment open days at Ashcombe Park for the summer season – last year around 80 candidates over two Saturdays for bar, restaurant, housekeeping, spa reception and lifeguards. Candidates come in for 15-minute chats with whichever head of department is relevant, and we have six or seven managers interviewing in parallel in the ballroom.

At the moment we do all of this on a spreadsheet and Eventbrite, because as far as I can see GoodTime is built around one candidate at a time.

What I’d love is a way in GoodTime to set up an “event” with lots of parallel 15-minute slots across several managers, send one link to all shortlisted candidates, and let them grab a slot with the right department. Then we’d have everything in one place and in Greenhouse afterwards.

Is this something GoodTime could build? I know the other resort in Portugal does the same thing.

Thanks,
Louise

Louise Hartley
Resort HR Manager
Fernleigh Ashcombe Park Resort & Spa''')

M(key='en-fr-staff-entrance', cat='feature_request', act='product_board_reply', art='', lang='en',
  notes='wish: per-property directions/map in confirmations', tags=[],
  frm=('Jamal Ahmed', 'jamal.ahmed@fernleighhotels.co.uk'), subj='Suggestion for candidate confirmations',
  date='2026-03-19 09:14:48', tz='+0000', client='outlook', cs='us-ascii', cte='7bit', eol='lf',
  body='''Hi,

Candidates keep walking in through the main lobby in the middle of check-in and asking the front desk where HR is. It would be great if the GoodTime confirmation could automatically include a map pin and "use the staff entrance on Emerson Street, ring the bell marked Security" type directions, set once per property, instead of us typing it into the note every single time (and forgetting half the time).

Could that be suggested to GoodTime?

Thanks
Jamal Ahmed
Recruitment Coordinator, Fernleigh London Bankside''')

M(key='en-fr-decline-propose', cat='feature_request', act='product_board_reply', art='', lang='en',
  notes='wish: interviewers propose a new time when declining', tags=['terse'],
  frm=('Megan Doyle', 'megan.doyle@fernleighhotels.com'), subj='wish list item',
  date='2026-03-06 16:58:00', tz='-0500', client='outlook-mac', mime='alt', cs='utf-8', cte='qp', exch=False,
  body='''Hi! Small wish list item for GoodTime: when an interviewer declines, could they pick 2-3 other times that work for them right there, instead of just "decline"? Right now I chase every single one of them on Teams to find out when they can do.

Megan''')

M(key='en-fr-kitchen-tablet', cat='feature_request', act='product_board_reply', art='', lang='en',
  notes='wish: simple today view for the kitchen iPad', tags=['terse', 'lowercase', 'no-msgid'],
  frm=('Ricardo Alves', 'ricardo.alves@fernleighhotels.co.uk'), subj='tablet',
  date='2026-03-16 07:02:31', tz='+0000', client='iphone', cs='us-ascii', cte='7bit', msgid='none',
  body='''would be good if there was a simple screen we could leave open on the kitchen ipad with todays interviews and trials and who is doing them. right now i have to ask HR every morning. just an idea

Ricardo
Sous Chef, Bankside

Sent from my iPhone''')

M(key='en-fr-form-ideas', cat='feature_request', act='forward_support|needs_review', art='', lang='en',
  notes='ideas-box form mailer; candidate self-reschedule wish', tags=['form-mailer', 'auto-submitted'],
  frm=('Fernleigh Ideas Box', 'forms-noreply@fernleighhotels.com'),
  subj='New idea submitted: GoodTime - let candidates move their own interview', date='2026-03-02 19:30:44', tz='+0000',
  client='form', rcv=('ext', 4), mime='alt', alt_style='plain-html', cs='utf-8', cte='qp',
  html='''<html><body style="font-family:Arial,sans-serif;font-size:13px">
<h3 style="color:#2b4a3f">Fernleigh Ideas Box &ndash; new submission</h3>
<table cellpadding="4" style="border-collapse:collapse">
<tr><td><b>Submitted by</b></td><td>Zoe Chambers (zoe.chambers@fernleighhotels.co.uk)</td></tr>
<tr><td><b>Team</b></td><td>Spa, Fernleigh Ashcombe Park</td></tr>
<tr><td><b>Topic</b></td><td>GoodTime / recruitment</td></tr>
<tr><td valign="top"><b>Your idea</b></td><td>Let candidates move their own interview to another free slot (within a day or two) from the confirmation email, instead of emailing or ringing us. Half our spa therapist candidates are working shifts elsewhere and need to move once. It would save the spa reception a lot of phone calls.</td></tr>
</table>
<p style="color:#888">This e-mail was sent automatically by the Fernleigh Ideas Box. Replies to this address are not monitored.</p>
</body></html>
''',
  extra=['Auto-Submitted: auto-generated', 'X-Auto-Response-Suppress: All',
         'Reply-To: zoe.chambers@fernleighhotels.co.uk'],
  body='''Fernleigh Ideas Box - new submission

Submitted by: Zoe Chambers (zoe.chambers@fernleighhotels.co.uk)
Team: Spa, Fernleigh Ashcombe Park
Topic: GoodTime / recruitment

Your idea:
Let candidates move their own interview to another free slot (within a day or two) from the confirmation email, instead of emailing or ringing us. Half our spa therapist candidates are working shifts elsewhere and need to move once. It would save the spa reception a lot of phone calls.

This e-mail was sent automatically by the Fernleigh Ideas Box. Replies to this address are not monitored.''')

M(key='en-fr-approval-step', cat='feature_request', act='product_board_reply', art='', lang='en',
  notes='wish: approval step before confirmations are sent', tags=['corporate-sig'],
  frm=('Victoria Lam', 'victoria.lam@fernleighhotels.com'), subj='Feature request: approval step before invites go out',
  date='2026-02-19 11:45:37', tz='-0500', client='outlook', mime='outlook-html', cs='windows-1252', cte='qp',
  body='''Good morning,

Our VP of Operations, Americas, would like to see and approve the proposed interview times for executive-level candidates (GM, Director of Operations) before the candidate receives anything. At the moment the confirmation goes out as soon as the coordinator clicks send, and twice now we’ve had to move a finalist after the VP saw the time.

Would it be possible for GoodTime to add an optional approval step – the coordinator proposes the slot, the hiring executive (or their EA) approves, and only then do the invites and candidate email go out?

Kind regards,

Victoria Lam
Executive Assistant to the VP Operations, Americas
Fernleigh Hotels & Resorts USA, Inc.
1120 Avenue of the Americas, New York, NY 10036
T 212 555 0190''')

M(key='en-fr-candidate-language', cat='feature_request', act='product_board_reply', art='', lang='en',
  notes='thanks for earlier help, then wish for emails in candidate language; reply over old thread',
  tags=['two-topics', 'reply-thread', 'outlook-quote-block'],
  frm=('Kasia Nowak', 'kasia.nowak@fernleighhotels.co.uk'), subj='RE: Itinerary not showing room number',
  date='2026-02-16 13:26:14', tz='+0000', client='outlook', mime='alt', cs='utf-8', cte='qp', reply=True,
  body='''Thanks, that worked – resending it fixed it.

While I have you: it would be really useful if GoodTime could send the candidate emails in the candidate's own language automatically. We recruit a lot of Polish and Portuguese speakers for housekeeping and I end up translating the note by hand every time, and the rest of the email is still in English. Could that go to GoodTime as a suggestion?

Kasia

________________________________
From: GoodTime Help Line <helpline@fernleighhotels.com>
Sent: 13 February 2026 10:02
To: Kasia Nowak <kasia.nowak@fernleighhotels.co.uk>
Subject: RE: Itinerary not showing room number

Hi Kasia,

The candidate would still have the version sent before the room changed. Open the interview in GoodTime and send the itinerary again so the candidate has the latest details, and add a line in the note about where to go on arrival.

GoodTime Help Line''')

# ====================================================================== ENGLISH - escalations
M(key='en-esc-seats', cat='escalation', act='flag_csm', art='', lang='en',
  notes='extra seasonal licences for resorts', tags=['corporate-sig', 'disclaimer'],
  frm=('Stuart McAllister', 'stuart.mcallister@fernleighhotels.com'), subj='Additional GoodTime licences for the summer season',
  date='2026-03-02 08:05:51', tz='+0000', client='outlook', mime='alt', cs='us-ascii', cte='7bit', hcte='qp',
  rcv=('m365-eu', 5), auth=True, auth_domain='fernleighhotels.com',
  body='''Hi team,

For the summer season we need around 15 additional GoodTime seats from May to the end of September - mostly heads of department and supervisors at Ashcombe Park and Quinta da Serra who'll be interviewing seasonal staff. Three of them will need coordinator access, the rest interviewer only.

Can you find out from GoodTime:
- whether seats can be added for part of the year rather than to the end of the contract,
- what it would cost, and
- how quickly they can be activated - ideally by 1 April so we can train people.

I'd rather this is handled with whoever manages our account at GoodTime than through a general support ticket.

Thanks,
Stuart

Stuart McAllister
Head of Talent Acquisition, Group
Fernleigh Hotels & Resorts | Head Office
12 Sumner Street, London SE1 9HZ
T: +44 20 7946 0301

''' + DISCLAIMER_EN)

M(key='en-esc-invoice-renewal', cat='escalation', act='flag_csm', art='', lang='en',
  notes='invoice seat count mismatch and renewal date; forwarded billing mail with PDF', tags=['forward', 'outlook-quote-block'],
  frm=('Gemma Rudd', 'gemma.rudd@fernleighhotels.com'), subj='FW: GoodTime invoice INV-2026-0412',
  date='2026-03-10 15:33:20', tz='+0000', client='outlook', mime='alt', cs='utf-8', cte='qp',
  att=[('pdf', 'INV-2026-0412.pdf', ['GoodTime, Inc. - INVOICE INV-2026-0412', 'Bill to: Fernleigh Hotels & Resorts Ltd',
                                     'Annual subscription - 120 seats', 'Period: 01/04/2026 - 31/03/2027', 'Amount due: see schedule'])],
  body='''Hello,

Forwarding the invoice below from GoodTime. Before I can get it approved I need two things answered:

1. It's billed for 120 seats, but the user list Rebecca sent us last week shows 95 active users. Which is right?
2. When exactly does our contract renew, and what's the notice period if we want to change the number of seats? Budget sign-off for FY26/27 is on 24 March.

Could you raise this with the right person at GoodTime? Happy to join a call.

Many thanks,
Gemma

Gemma Rudd
Finance Business Partner – People & Technology
Fernleigh Hotels & Resorts

________________________________
From: GoodTime Billing <billing@goodtime.io>
Sent: 09 March 2026 21:14
To: Accounts Payable <ap@fernleighhotels.com>
Subject: GoodTime invoice INV-2026-0412

Hello,

Please find attached invoice INV-2026-0412 for your GoodTime subscription. Payment is due within 30 days of the invoice date.

Thank you for your business,
GoodTime Billing''')

M(key='en-esc-fourth-week', cat='escalation', act='flag_csm+forward_support', art='', lang='en',
  notes='recurring failure again today plus complaint and request for senior contact', tags=['caps', 'recurring'],
  frm=('Natasha Greene', 'natasha.greene@fernleighhotels.co.uk'),
  subj='Fourth week of this - we need someone senior from GoodTime involved', date='2026-03-09 08:47:36', tz='+0000',
  client='outlook', mime='alt', cs='utf-8', cte='qp', rcv=('m365-eu', 8), auth=True, auth_domain='fernleighhotels.co.uk',
  cc=[('Stuart McAllister', 'stuart.mcallister@fernleighhotels.com')],
  body='''Morning,

It's happening AGAIN. As of this morning none of the interviewer invites for Manchester are being sent – GoodTime shows the interviews as scheduled, the candidates have their confirmations, but the interviewers have nothing in their calendars. That's 9 interviews today alone that I'm now sending out by hand.

This is the fourth Monday in a row: 16 Feb, 23 Feb, 2 March and today. Each time Support tells us it's fixed and each time it comes back. We've lost at least two good candidates because nobody turned up to meet them.

Two things please:
1. Get Support onto today's problem now.
2. I want a call this week with whoever looks after our account at GoodTime, because honestly we need to talk about whether this is working for us.

Natasha Greene
Talent Acquisition Manager – North
Fernleigh Hotels & Resorts''')

M(key='en-esc-ats-migration', cat='escalation', act='flag_csm', art='', lang='en',
  notes='process change: moving to a new ATS in Q3; planning invite attached',
  tags=['corporate-sig', 'disclaimer'],
  frm=('Laura Pemberton', 'laura.pemberton@fernleighhotels.com'),
  subj='ATS migration in Q3 (Greenhouse to Workday Recruiting) - impact on GoodTime and planning session with GoodTime',
  subj_enc='fold', date='2026-03-16 10:04:12', tz='+0000', client='outlook', mime='alt', cs='utf-8', cte='qp',
  rcv=('m365-eu', 6), auth=True, auth_domain='fernleighhotels.com',
  att=[('ics', 'ATS migration - GoodTime planning.ics',
        ics_bytes('ATS migration - GoodTime planning', '20260402T140000', '20260402T150000',
                  ('Laura Pemberton', 'laura.pemberton@fernleighhotels.com'),
                  [('GoodTime Help Line', 'helpline@fernleighhotels.com'), ('Rebecca Lindqvist', 'rebecca.lindqvist@fernleighhotels.com')],
                  location='Microsoft Teams Meeting'))],
  body='''Hi all,

As some of you know, the group is moving from Greenhouse to Workday Recruiting, with go-live planned for 1 September. GoodTime sits on top of Greenhouse today, so we need a plan for the GoodTime side well before then:

- switching the integration over and what happens to interviews already scheduled on cut-over weekend
- whether interview history stays visible in GoodTime
- which stages in Workday will trigger scheduling
- templates, pools and training paths – do they survive or need rebuilding
- any downtime we need to plan around in the middle of the summer season

I'd like to set up a planning session with GoodTime's customer success side and our project team in early April (placeholder attached). Could you arrange for the right people at GoodTime to join?

Thanks,
Laura

Laura Pemberton
HRIS Manager
Fernleigh Hotels & Resorts | Head Office

''' + DISCLAIMER_EN)

M(key='en-esc-ticket-3weeks', cat='escalation', act='flag_csm', art='', lang='en',
  notes='unresolved support ticket for three weeks; forwarded support mail',
  tags=['forward', 'folded-subject'],
  frm=('Ahmed Siddiqui', 'ahmed.siddiqui@fernleighhotels.com'),
  subj='Fwd: [GoodTime Support] Re: Request #61873 - Interviewer load limits not respected for Chicago and Boston pools',
  subj_enc='fold', date='2026-03-18 16:12:40', tz='-0500', client='apple', mime='alt', cs='utf-8', cte='qp',
  body='''This has been open three weeks now with no real answer, just "engineering is looking into it". The Chicago and Boston interviewers are still getting booked well over their weekly limits and the department heads are complaining to me every day.

Can this go up the chain with GoodTime please? I don't know what else to do from our side.

Ahmed

Begin forwarded message:

From: GoodTime Support <support@goodtime.io>
Subject: [GoodTime Support] Re: Request #61873 - Interviewer load limits not respected for Chicago and Boston pools
Date: March 17, 2026 at 9:41:12 AM CDT
To: Ahmed Siddiqui <ahmed.siddiqui@fernleighhotels.com>
Reply-To: GoodTime Support <support@goodtime.io>

##- Please type your reply above this line -##

Hi Ahmed,

Thanks for your patience. Our engineering team is still investigating this and we will update you as soon as we have more information.

Best regards,
GoodTime Support''')

M(key='en-esc-gm-unhappy', cat='escalation', act='flag_csm', art='', lang='en',
  notes='GM complaint about how things are going overall', tags=['mobile-sig'],
  frm=('Richard Hale', 'richard.hale@fernleighhotels.co.uk'), subj='GoodTime - not happy with how this is going',
  date='2026-03-14 19:22:48', tz='+0000', client='iphone', cs='utf-8', cte='qp',
  body='''Team,

I'll be blunt. Six months in and I'm not seeing the benefit we were promised. My heads of department tell me they spend more time sorting out GoodTime invites than they did with the old way, candidates are getting three or four emails every time something moves, and two candidates for the restaurant relaunch told my F&B director it felt "chaotic". That reflects on the hotel.

I don't want another support ticket. I want a proper review of how we are using this in Edinburgh and what GoodTime themselves can do about it, with whoever looks after us on their side, before the summer recruitment starts.

Please set that up.

Richard Hale
General Manager, Fernleigh Edinburgh

Sent from my iPad''')

M(key='en-esc-porto-account', cat='escalation', act='flag_csm', art='', lang='en',
  notes='new property added to account, users and contract impact', tags=['corporate-sig'],
  frm=('Peter Lawson', 'peter.lawson@fernleighhotels.com'), subj='Fernleigh Porto opening - adding it to our GoodTime account',
  date='2026-03-04 13:37:09', tz='+0000', client='outlook', mime='outlook-html', cs='windows-1252', cte='qp',
  body='''Hello,

As you’ll have seen, Fernleigh Porto opens in October. Pre-opening recruitment starts in June and we expect around 180 hires in four months, so we’ll need GoodTime fully set up for Porto before then:

• Porto added as a new location on our account, with its meeting rooms
• roughly 25 new users (department heads plus a pre-opening HR team of three)
• Portuguese candidate templates

I’m also conscious this changes our user numbers and possibly the contract. Please can you get this in front of our account contact at GoodTime so we can agree the commercial side and a timeline in the next few weeks?

Best regards,

Peter Lawson
Director of People, Europe
Fernleigh Hotels & Resorts''')

M(key='en-esc-training-crc', cat='escalation', act='flag_csm', art='', lang='en',
  notes='training request for a new team of coordinators', tags=[],
  frm=('Owen Price', 'owen.price@fernleighhotels.co.uk'), subj='Training for our new recruitment coordinators',
  date='2026-03-12 12:11:30', tz='+0000', client='outlook', mime='alt', cs='utf-8', cte='qp', eol='lf',
  body='''Hi,

From 6 April we're setting up an in-house recruitment hub in the Central Reservations Centre in Manchester, with six new coordinators scheduling for all UK hotels. None of them have used GoodTime before.

The recorded videos are fine as a starter, but for a team that will live in GoodTime all day I'd like a proper live training session (or two) run by GoodTime, covering panels, pools, reschedules and the reporting. Is that something we can arrange through our account with them? Week of 6 or 13 April would be ideal.

Thanks,
Owen

Owen Price
Training Manager | Central Reservations Centre
Fernleigh Hotels & Resorts''')

M(key='en-esc-leaver-seats', cat='escalation', act='flag_csm', art='', lang='en',
  notes='leavers holding licences; seat reallocation and billing; reply on unrelated report thread', tags=['reply-thread', 'original-message', 'misleading-subject'],
  frm=('Helen Marsh', 'helen.marsh@fernleighhotels.co.uk'), subj='RE: Workday leavers report - January', reply=True,
  date='2026-02-05 14:48:59', tz='+0000', client='outlook', cs='windows-1252', cte='qp', cs_label='Windows-1252',
  body='''Hi,

Adding the GoodTime help line. I’ve just been through the GoodTime user list against the leavers report below and there are 23 people who left the business between September and January still listed as active users.

Can we get those seats moved to the new starters (we have 11 new heads of department waiting for access) rather than buying more? And are we actually being charged for deactivated users? Longer term I’d like to agree with GoodTime how leavers get removed automatically when they leave Workday, as nobody owns this at the moment.

Thanks,
Helen

Helen Marsh
HR Systems Administrator
Fernleigh Hotels & Resorts

-----Original Message-----
From: Workday Reports <workday-reports@fernleighhotels.com>
Sent: Monday, February 2, 2026 6:00 AM
To: Helen Marsh <helen.marsh@fernleighhotels.co.uk>
Subject: Workday leavers report - January

Your scheduled report "Leavers - all entities - monthly" is ready. 41 records. The file is available in Workday for 14 days.''')

# ====================================================================== ENGLISH - noise
M(key='en-noise-ooo-auto', cat='noise', act='ignore', art='', lang='en',
  notes='out-of-office with Auto-Submitted', tags=['ooo', 'auto-submitted'],
  frm=('Jonah Whitfield', 'jonah.whitfield@fernleighhotels.com'),
  subj='Automatic reply: GoodTime drop-in clinic for coordinators - Thursdays 2pm', date='2026-03-09 11:02:13', tz='+0000',
  client='outlook', cs='us-ascii', cte='7bit', exch=False,
  extra=['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All',
         'X-MS-Exchange-Inbox-Rules-Loop: jonah.whitfield@fernleighhotels.com',
         'X-MS-Exchange-Organization-AutoReplyType: OOF'],
  body='''Thank you for your email. I am on annual leave until Monday 16 March with limited access to email.

For anything urgent regarding events and conferences at Bankside please contact events.london@fernleighhotels.com or call +44 20 7946 0300.

Jonah Whitfield
Events & Conferences Manager, Fernleigh London Bankside''')


def bounce_postfix(dt_s, orig_to, orig_subj):
    B = 'CE4A21A0E12.1772543210/mx1.fernleighhotels.com'
    human = '''This is the mail system at host mx1.fernleighhotels.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<%s>: host aspmx.l.google.com[142.250.102.27] said:
    550-5.1.1 The email account that you tried to reach does not exist. Please
    try double-checking the recipient's email address for typos or unnecessary
    spaces. For more information, go to
    550 5.1.1  https://support.google.com/mail/?p=NoSuchUser
    a640c23a62f3a-ac3f1b2e9a1si1204456866b.211 - gsmtp (in reply to RCPT TO
    command)
''' % orig_to
    ds = '''Reporting-MTA: dns; mx1.fernleighhotels.com
X-Postfix-Queue-ID: CE4A21A0E12
X-Postfix-Sender: rfc822; helpline@fernleighhotels.com
Arrival-Date: %s

Final-Recipient: rfc822; %s
Original-Recipient: rfc822;%s
Action: failed
Status: 5.1.1
Remote-MTA: dns; aspmx.l.google.com
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does
    not exist. Please try double-checking the recipient's email address for
    typos or unnecessary spaces. For more information, go to 550 5.1.1
    https://support.google.com/mail/?p=NoSuchUser
''' % (dt_s, orig_to, orig_to)
    orig = '''Return-Path: <helpline@fernleighhotels.com>
Received: from AM9PR02MB7233.eurprd02.prod.outlook.com (2603:10a6:20b:3ab::11)
 by mx1.fernleighhotels.com (Postfix) with ESMTPS id CE4A21A0E12
 for <%s>; %s
From: GoodTime Help Line <helpline@fernleighhotels.com>
To: %s
Subject: %s
Date: %s
Message-ID: <AM9PR02MB7233F0A1C2D3B4E5@AM9PR02MB7233.eurprd02.prod.outlook.com>
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
''' % (orig_to, dt_s, orig_to, orig_subj, dt_s)
    parts = [
        ('Content-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n' + human).encode(),
        ('Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n' + ds).encode(),
        ('Content-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n' + orig).encode(),
    ]
    ctype, body = multipart('report', parts, B, extra_params=';\n\treport-type=delivery-status',
                            preamble='This is a MIME-encapsulated message.\n')
    return ctype, body, []


M(key='en-noise-bounce-postfix', cat='noise', act='ignore', art='', lang='en',
  notes='delivery failure from MAILER-DAEMON', tags=['bounce', 'multipart-report'],
  frm=('Mail Delivery System', 'MAILER-DAEMON@mx1.fernleighhotels.com'),
  subj='Undelivered Mail Returned to Sender', date='2026-03-03 13:06:50', tz='+0000', client='none',
  rcv=None, msgid='<20260303130650.CE4A21A0E12@mx1.fernleighhotels.com>',
  pre_hdrs=['Return-Path: <>',
            'Received: from mx1.fernleighhotels.com (194.73.12.20) by\n AM2PEPF0001C70A.mail.protection.outlook.com (10.167.16.198) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8989.11 via\n Frontend Transport; Tue, 3 Mar 2026 13:06:51 +0000',
            'Received: by mx1.fernleighhotels.com (Postfix)\n\tid CE4A21A0E12; Tue,  3 Mar 2026 13:06:50 +0000 (GMT)'],
  extra=['Auto-Submitted: auto-replied'],
  raw_entity=bounce_postfix('Tue,  3 Mar 2026 13:06:48 +0000 (GMT)', 'joao.almeida@fernleighhotels.pt',
                            'RE: Acesso ao GoodTime'))


def ndr_exchange(orig_to, orig_subj, when):
    B = '_000_' + rs(30, UP) + '_'
    txt = '''Your message to %s couldn't be delivered.

%s wasn't found at fernleighhotels.com.

helpline        Office 365        %s
Action Required                    Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.
- If you're using Outlook, open this message and click "Send Again".

Diagnostic information for administrators:
Generating server: AM9PR02MB7233.eurprd02.prod.outlook.com

%s
Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

Original message headers:

From: GoodTime Help Line <helpline@fernleighhotels.com>
To: %s
Subject: %s
Date: %s
''' % (orig_to, orig_to.split('@')[0], orig_to.split('@')[0], orig_to, orig_to, orig_subj, when)
    ds = '''Reporting-MTA: dns;AM9PR02MB7233.eurprd02.prod.outlook.com
Received-From-MTA: dns;AM9PR02MB7233.eurprd02.prod.outlook.com
Arrival-Date: %s

Final-Recipient: rfc822;%s
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
''' % (when, orig_to)
    p1 = leaf('text/plain; charset="us-ascii"', txt.encode(), 'qp')
    p2 = leaf('message/delivery-status', ds.encode(), None)
    p3 = ('Content-Type: text/rfc822-headers\n\nFrom: GoodTime Help Line <helpline@fernleighhotels.com>\nTo: %s\nSubject: %s\nDate: %s\n' % (orig_to, orig_subj, when)).encode()
    ctype, body = multipart('report', [p1, p2, p3], B, extra_params=';\n\treport-type=delivery-status')
    return ctype, body, []


M(key='en-noise-ndr-exchange', cat='noise', act='ignore', art='', lang='en',
  notes='Exchange non-delivery report for a leaver', tags=['bounce', 'multipart-report'],
  frm=('Microsoft Outlook', 'MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@fernleighhotels.com'),
  subj='Undeliverable: RE: Room attendant interviews', date='2026-03-06 16:12:03', tz='+0000', client='outlook', exch=False,
  extra=['X-MS-Exchange-Message-Is-Ndr: ', 'Auto-Submitted: auto-generated', 'Content-Language: en-US'],
  raw_entity=ndr_exchange('carla.mendes@fernleighhotels.co.uk', 'RE: Room attendant interviews',
                          'Fri, 6 Mar 2026 16:11:58 +0000'))

NEWS_HTML = '''<!DOCTYPE html><html><head><meta charset="utf-8"><title>GoodTime Product Roundup</title></head>
<body style="margin:0;background:#f4f2fa"><table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;color:#222">
<tr><td style="background:#5b2bd1;color:#fff;padding:24px;font-size:22px">What&#8217;s new in GoodTime &middot; March 2026</td></tr>
<tr><td style="padding:24px">
<h2>Smarter load balancing is here</h2><p>Spread interviews more fairly across your team with new weekly caps and a refreshed load dashboard.</p>
<h2>Webinar: Scaling high-volume hiring</h2><p>Join our product team on 26 March at 11am ET for a live walkthrough. <a href="https://events.goodtime.io/webinar/high-volume-2026?utm_source=newsletter&amp;utm_medium=email">Save your seat</a></p>
<h2>Customer story</h2><p>How a global retailer cut time-to-schedule by 60%.</p>
</td></tr>
<tr><td style="padding:16px;font-size:11px;color:#888">You are receiving this email because you are a GoodTime customer contact.<br>
GoodTime, Inc. &middot; 2261 Market Street, San Francisco, CA<br>
<a href="https://email.goodtime.io/unsubscribe?u=8f1c2a&amp;e=helpline%40fernleighhotels.com">Unsubscribe</a> &middot; <a href="https://email.goodtime.io/prefs">Manage preferences</a></td></tr>
</table></td></tr></table>
<img src="https://email.goodtime.io/o/eJwt0EtuwzAMBNCrCFx3YUm2lfA0BC1TtlD9IFJNb1_E7XIwbxYzX8AfBdu3ocYrdGH5k2VnzOpnNHRjxAnw" width="1" height="1" alt=""></body></html>
'''

M(key='en-noise-newsletter', cat='noise', act='ignore', art='', lang='en',
  notes='vendor product newsletter', tags=['newsletter', 'list-unsubscribe'],
  frm=('GoodTime', 'news@email.goodtime.io'), subj="What's new in GoodTime: March 2026 product roundup",
  date='2026-03-10 15:00:07', tz='+0000', client='none', rcv=('ext', 6), auth=True, auth_domain='email.goodtime.io',
  selector='m1', mime='alt', alt_style='newsletter', cs='utf-8', cte='qp', html=NEWS_HTML,
  extra=['List-Unsubscribe: <https://email.goodtime.io/unsubscribe?u=8f1c2a&e=helpline%40fernleighhotels.com>,\n <mailto:unsubscribe-8f1c2a@email.goodtime.io>',
         'List-Unsubscribe-Post: List-Unsubscribe=One-Click', 'Precedence: bulk', 'X-Campaign-ID: gt-nl-2026-03',
         'Feedback-ID: 8f1c2a:newsletter:goodtime'],
  body='''What's new in GoodTime - March 2026

SMARTER LOAD BALANCING IS HERE
Spread interviews more fairly across your team with new weekly caps and a refreshed load dashboard.

WEBINAR: SCALING HIGH-VOLUME HIRING
Join our product team on 26 March at 11am ET for a live walkthrough.
Save your seat: https://events.goodtime.io/webinar/high-volume-2026

CUSTOMER STORY
How a global retailer cut time-to-schedule by 60%.

You are receiving this email because you are a GoodTime customer contact.
Unsubscribe: https://email.goodtime.io/unsubscribe?u=8f1c2a
GoodTime, Inc., 2261 Market Street, San Francisco, CA''')

M(key='en-noise-expo', cat='noise', act='ignore', art='', lang='en',
  notes='marketing from a recruitment fair', tags=['marketing', 'list-unsubscribe'],
  frm=('Hospitality Careers Expo', 'hello@hospitalitycareersexpo.co.uk'),
  subj='Last chance: early-bird exhibitor stands for Hospitality Careers Expo 2026 end Friday',
  date='2026-02-24 06:30:00', tz='+0000', client='none', rcv=('ext', 5), mime='html', cs='utf-8', cte='b64',
  extra=['List-Unsubscribe: <https://hospitalitycareersexpo.co.uk/u/?id=4471ab&list=exhibitors>',
         'List-Id: Exhibitor updates <exhibitors.hospitalitycareersexpo.co.uk>', 'Precedence: bulk'],
  html='''<html><body style="font-family:Georgia,serif">
<h1 style="color:#b0123b">Meet 6,000+ hospitality job seekers in one day</h1>
<p>Dear Recruitment Team,</p>
<p>Early-bird exhibitor pricing for <b>Hospitality Careers Expo 2026</b> (ExCeL London, 14 May) ends this Friday. Stands from &pound;1,450 + VAT, including two exhibitor passes and a listing in the candidate guide.</p>
<p>Last year 94% of exhibitors said they would return. Chefs, front-of-house, housekeeping, spa and events talent &ndash; all under one roof.</p>
<p><a href="https://hospitalitycareersexpo.co.uk/book?utm_campaign=earlybird">Book your stand now &raquo;</a></p>
<p style="font-size:11px;color:#777">You received this because your organisation exhibited or enquired in 2024 or 2025. <a href="https://hospitalitycareersexpo.co.uk/u/?id=4471ab">Unsubscribe</a>.</p>
</body></html>
''',
  body='x')


def cal_reply_only(partstat, summary, who, start, end, uid):
    ics = ics_bytes(summary, start, end, ('GoodTime Help Line', 'helpline@fernleighhotels.com'), [who],
                    method='REPLY', uid=uid, partstat=partstat, location='Microsoft Teams Meeting')
    return 'text/calendar; charset="utf-8"; method=REPLY', base64.encodebytes(ics), ['Content-Transfer-Encoding: base64']


M(key='en-noise-accept', cat='noise', act='ignore', art='', lang='en',
  notes='calendar acceptance', tags=['calendar-reply', 'text-calendar'],
  frm=('Ben Hutchinson', 'ben.hutchinson@fernleighhotels.co.uk'),
  subj='Accepted: GoodTime drop-in clinic for coordinators - Thursdays 2pm', date='2026-03-09 11:40:02', tz='+0000',
  client='outlook', exch=False,
  extra=['Thread-Topic: GoodTime drop-in clinic for coordinators - Thursdays 2pm', 'Content-Class: urn:content-classes:calendarmessage',
         'X-MS-Exchange-Calendar-Originator-Id: 1b7e4c0a-77a2-4d0e-9c3f-2a8b6f1d9e55'],
  raw_entity=cal_reply_only('ACCEPTED', 'GoodTime drop-in clinic for coordinators - Thursdays 2pm',
                            ('Ben Hutchinson', 'ben.hutchinson@fernleighhotels.co.uk'), '20260312T140000', '20260312T150000',
                            '040000008200E00074C5B7101A82E0080000000060F3D2B7A1AFDC01000000000000000010000000A4C81E2F'))


def read_receipt(to_name, to_addr, subj, sent, read):
    B = '----=_NextPart_' + rhex(3) + '_' + rhex(4).upper() + '_' + rhex(8).upper()
    txt = '''Your message

  To: %s
  Subject: %s
  Sent: %s

was read on %s.
''' % (to_name, subj, sent, read)
    mdn = '''Reporting-UA: AM9PR02MB7233.eurprd02.prod.outlook.com; Microsoft Exchange Server
Final-Recipient: rfc822;%s
Original-Message-ID: <AM9PR02MB72337C1D0E2F3A4B@AM9PR02MB7233.eurprd02.prod.outlook.com>
Disposition: automatic-action/MDN-sent-automatically; displayed
''' % to_addr
    p1 = leaf('text/plain; charset="us-ascii"', txt.encode(), '7bit')
    p2 = leaf('message/disposition-notification', mdn.encode(), '7bit')
    ctype, body = multipart('report', [p1, p2], B, extra_params=';\n\treport-type=disposition-notification')
    return ctype, body, []


M(key='en-noise-read-receipt', cat='noise', act='ignore', art='', lang='en',
  notes='read receipt', tags=['read-receipt', 'multipart-report'],
  frm=('Marco Bellini', 'marco.bellini@fernleighhotels.co.uk'),
  subj='Read: RE: commis trials set up wrong every time', date='2026-03-12 07:15:44', tz='+0000', client='outlook', exch=False,
  raw_entity=read_receipt('Marco Bellini', 'marco.bellini@fernleighhotels.co.uk', 'RE: commis trials set up wrong every time',
                          'Thursday, March 12, 2026 6:58:02 AM (UTC+00:00) Dublin, Edinburgh, Lisbon, London',
                          'Thursday, March 12, 2026 7:15:40 AM (UTC+00:00) Dublin, Edinburgh, Lisbon, London'))

PHISH_HTML = '''<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Segoe UI,Arial,sans-serif">
<div style="max-width:560px;margin:auto;border:1px solid #ddd;padding:20px">
<img src="https://goodtime-io.account-verify.co/assets/logo.png" alt="GoodTime" width="140">
<h2 style="color:#c00">Action required: your workspace will be suspended</h2>
<p>Dear user,</p>
<p>We were unable to verify the administrator of your GoodTime workspace <b>fernleighhotels</b>. To avoid interruption to interview scheduling, your access will be <b>suspended within 24 hours</b> unless you confirm your Microsoft 365 credentials.</p>
<p style="text-align:center"><a href="https://goodtime-io.account-verify.co/login?ws=fernleighhotels&amp;e=helpline@fernleighhotels.com" style="background:#5b2bd1;color:#fff;padding:12px 28px;text-decoration:none;border-radius:4px">Verify now</a></p>
<p>GoodTime Security Team</p>
</div></body></html>
'''

M(key='en-noise-phish-suspend', cat='noise', act='ignore', art='', lang='en',
  notes='phishing imitating the vendor', tags=['phishing'],
  frm=('GoodTime Security', 'security@goodtime-io.account-verify.co'),
  subj='Action required: your GoodTime workspace will be suspended in 24 hours', date='2026-03-17 04:12:19', tz='+0300',
  client='none', rcv=('ext', 7), msgid='nobr', mime='html', cs='utf-8', cte='qp', html=PHISH_HTML, body='x',
  pre_hdrs=['Authentication-Results: spf=softfail (sender IP is 185.220.101.47)\n smtp.mailfrom=account-verify.co; dkim=none (message not signed)\n header.d=none;dmarc=fail action=quarantine header.from=account-verify.co;compauth=fail\n reason=001',
            'X-Priority: 1 (Highest)', 'Importance: High'])

M(key='en-noise-thanks', cat='noise', act='ignore', art='', lang='en',
  notes='bare thank-you over the help line answer', tags=['bare-thanks', 'reply-thread', 'gt-quote', 'personal-gmail'],
  frm=('Keisha Dawson', 'keisha.dawson.chi@gmail.com'), subj='Re: Where is the chat??',
  date='2026-02-18 17:02:10', tz='-0600', client='gmail', mime='alt', cs='UTF-8', cte='qp', reply=True,
  rcv=('google', 3),
  body='''Thanks!

On Wed, Feb 18, 2026 at 4:51 PM GoodTime Help Line <helpline@fernleighhotels.com> wrote:
> Hi Keisha,
> 
> The chat only shows once you're signed in. Log in to GoodTime first and
> you'll see it in the bottom right corner of the dashboard.
> 
> GoodTime Help Line
> Fernleigh Hotels & Resorts''')

M(key='en-noise-phish-voicemail', cat='noise', act='ignore', art='', lang='en',
  notes='voicemail phishing with lookalike domain', tags=['phishing'],
  frm=('Fernleigh Voice', 'voicemail@fernleigh-hotels.co'), subj='New voicemail from +44 7700 900 883 (00:42) - Recruitment',
  date='2026-03-19 02:55:37', tz='+0000', client='none', rcv=('ext', 5), mime='alt', alt_style='plain-html', cs='utf-8', cte='qp',
  html='''<html><body><table style="font-family:Arial;font-size:14px;border:1px solid #ccc;padding:16px">
<tr><td><b>You have received a new voice message</b></td></tr>
<tr><td>From: +44 7700 900 883<br>To: helpline@fernleighhotels.com<br>Duration: 00:42<br>Received: 19/03/2026 02:54</td></tr>
<tr><td><a href="https://fernleigh-hotels.co/vm/play?id=883a91&amp;u=helpline">&#9654; Play message</a></td></tr>
<tr><td style="font-size:11px;color:#666">Sign in with your Fernleigh account to listen. This link expires in 12 hours.</td></tr>
</table></body></html>
''',
  body='''You have received a new voice message

From: +44 7700 900 883
To: helpline@fernleighhotels.com
Duration: 00:42

Play message: https://fernleigh-hotels.co/vm/play?id=883a91&u=helpline
Sign in with your Fernleigh account to listen. This link expires in 12 hours.''')

# ====================================================================== GERMAN
SIG_DE_BER = '''Katrin Vogel
Personalreferentin
Fernleigh Berlin Mitte
Friedrichstraße 118 · 10117 Berlin
T +49 30 5557 2140 · katrin.vogel@fernleighhotels.de'''

M(key='de-q-zeitzone', cat='question', act='auto_reply', art='time-zones', lang='de',
  notes='Bewerberin in Dubai, welche Uhrzeit sieht sie', tags=['corporate-sig', 'disclaimer'],
  frm=('Katrin Vogel', 'katrin.vogel@fernleighhotels.de'), subj='Uhrzeit für Bewerberin im Ausland', subj_enc='Q',
  date='2026-02-16 10:48:31', tz='+0100', client='outlook', mime='alt', cs='utf-8', cte='qp',
  rcv=('m365-eu', 5), auth=True, auth_domain='fernleighhotels.de',
  body='''Hallo zusammen,

ich plane gerade ein Videointerview für unsere offene Chef-de-Rang-Stelle. Die Bewerberin arbeitet aktuell noch in Dubai, unser Restaurantleiter sitzt hier in Berlin.

Wenn ich ihr die Einladung über GoodTime schicke – sieht sie die Uhrzeit dann in ihrer Ortszeit oder in unserer? Ich will nicht, dass sie um sechs Uhr morgens vor dem Laptop sitzt, weil sie sich verrechnet hat. Worauf muss ich achten?

Danke und viele Grüße
Katrin

''' + SIG_DE_BER + '''

''' + DISCLAIMER_DE)

M(key='de-q-zu-viele-gespraeche', cat='question', act='auto_reply', art='interviewer-load-balancing', lang='de',
  notes='Restaurantleiter überlastet, Obergrenze pro Woche', tags=['ew-split-from'],
  frm=('Jürgen Hoffmann', 'juergen.hoffmann@fernleighhotels.de'), from_enc=('split', 'B', 'utf-8', [3]),
  subj='Zu viele Gespräche bei unserem Restaurantleiter', subj_enc='rawcp',
  date='2026-03-05 13:22:05', tz='+0100', client='outlook', exch=False, xmailer='X-Mailer: Microsoft Office Outlook 12.0', mime='outlook-html', cs='windows-1252', cte='qp', olang='de',
  body='''Servus,

unser Restaurantleiter Herr Baumann hat diese Woche schon neun Bewerbungsgespräche über GoodTime reinbekommen, die anderen beiden aus der Restaurantleitung fast keine. Er kommt zu seiner eigentlichen Arbeit nicht mehr.

Kann man irgendwo einstellen, dass einer höchstens drei pro Woche bekommt und der Rest auf die Kollegen verteilt wird? Und wer macht das bei uns?

Grüße aus München
Jürgen Hoffmann
F&B Manager | Fernleigh München''')

M(key='de-q-support-samstag', cat='question', act='auto_reply', art='support-hours', lang='de',
  notes='Support am Samstag und Antwortzeiten', tags=['mobile-sig'],
  frm=('Lena Schulz', 'lena.schulz@fernleighhotels.de'), subj='GoodTime Support am Wochenende?',
  date='2026-03-20 18:03:29', tz='+0100', client='iphone', cs='utf-8', cte='qp',
  body='''Hi,

kurze Frage: Wir machen ab April samstags Castings für das neue Rooftop-Team. Falls da was mit GoodTime hakt – ist der Support von GoodTime auch samstags erreichbar? Und steht irgendwo, wie schnell die normalerweise antworten?

LG Lena

Von meinem iPhone gesendet''')

M(key='de-q-raum-spree', cat='question', act='auto_reply', art='room-booking', lang='de',
  notes='Besprechungsraum fehlt in GoodTime-Raumliste', tags=['disclaimer', 'format-flowed'],
  frm=('Felix Braun', 'felix.braun@fernleighhotels.de'), subj='Besprechungsraum „Spree“ taucht in GoodTime nicht auf',
  subj_enc=('split', 'Q', 'utf-8', [21]), date='2026-02-26 09:15:40', tz='+0100', client='thunderbird',
  cs='UTF-8', cte='8bit', flowed=True, eol='lf',
  body='''Guten Tag,

für die Vor-Ort-Gespräche mit den Front-Office-Kandidaten möchte ich 
den Raum „Spree“ im 1. OG gleich über GoodTime mitbuchen. In der 
Raumauswahl in GoodTime gibt es aber nur „Havel“ und „Tiergarten“. In 
Outlook kann ich die Spree ganz normal buchen.

Wie kommt der Raum in GoodTime rein bzw. an wen wende ich mich da?

Mit freundlichen Grüßen
Felix Braun
Assistent der Geschäftsführung
Fernleigh Berlin Mitte

--
''' + DISCLAIMER_DE)

M(key='de-q-welcher-weg', cat='question', act='auto_reply', art='escalation-path', lang='de',
  notes='wen frage ich bei was: Hotline, Support, Chat, Board, Betreuerin', tags=[],
  frm=('Sabine Krüger', 'sabine.krueger@fernleighhotels.de'), from_enc='Ql1',
  subj='Welcher Weg für was? (Help Line / Support / Chat / Board)', date='2026-03-02 14:27:18', tz='+0100',
  client='outlook', mime='alt', cs='utf-8', cte='b64', olang='de',
  body='''Hallo liebes Projektteam,

ich bin seit zwei Wochen neu im HR-Team in München und habe in der Einarbeitung ganz viele Begriffe gehört: Help Line, GoodTime-Support, der Chat, das Produkt-Board, unsere Betreuerin bei GoodTime … Ehrlich gesagt bin ich etwas verwirrt.

Gibt es eine einfache Übersicht, an wen ich mich bei welchem Thema wende? Also z. B. bei einer normalen Frage, bei einem Fehler, bei einer Idee oder wenn etwas größer ist?

Vielen Dank!
Sabine Krüger
HR Managerin | Fernleigh München''')

M(key='de-qn-dsgvo', cat='question', act='forward_support', art='none', lang='de',
  notes='DSGVO Speicherdauer und Speicherort; kein Artikel', tags=['corporate-sig'],
  frm=('Miriam Lange', 'miriam.lange@fernleighhotels.de'), subj='Speicherdauer Bewerberdaten in GoodTime (DSGVO)',
  date='2026-03-10 11:56:44', tz='+0100', client='outlook', mime='outlook-html', cs='windows-1252', cte='qp', olang='de',
  att=[('tnef', 'winmail.dat')],
  body='''Hallo,

unser Datenschutzbeauftragter fragt, wie lange GoodTime die Daten von Bewerberinnen und Bewerbern (Name, E-Mail, Verfügbarkeiten, Termine) speichert und ob die Daten in der EU gehostet werden. Wir müssen das für das Verzeichnis der Verarbeitungstätigkeiten dokumentieren.

Können Sie mir sagen, wo ich diese Angaben bekomme?

Vielen Dank und freundliche Grüße
Miriam Lange
Personalleiterin
Fernleigh Berlin Mitte
Friedrichstraße 118 · 10117 Berlin''')

M(key='de-bug-sommerzeit', cat='bug', act='forward_support', art='', lang='de',
  notes='Einladungen eine Stunde später als in GoodTime seit Zeitumstellung', tags=[],
  frm=('Tobias Klein', 'tobias.klein@fernleighhotels.de'), subj='Einladungen für Interviewer 1 Std. verschoben', subj_enc='Bl1',
  date='2026-03-31 09:40:12', tz='+0200', client='outlook', cs='iso-8859-1', cte='qp',
  body='''Hallo,

seit Montag stehen in den Kalendereinladungen, die GoodTime an die Interviewer schickt, die Gespräche eine Stunde später als in GoodTime selbst.

Beispiel: Gespräch mit Herrn M. Yilmaz (Rezeptionist/in, Job 5120) am 2.4. - in GoodTime 10:00 Uhr, in Outlook beim Interviewer 11:00 Uhr. Die Bestätigung an den Bewerber zeigt 10:00 Uhr. Die Zeitzone in meinem Profil steht auf Europe/Berlin, die der Kollegen auch.

Bitte an GoodTime weitergeben, bevor nächste Woche die Azubi-Gespräche losgehen.

Danke
Tobias Klein
Front Office Manager | Fernleigh München''')

M(key='de-blk-rezeption', cat='scheduling_blocker', act='forward_support', art='', lang='de',
  notes='Bewerber wartet an der Rezeption, kein Interviewer eingetragen', tags=['caps', 'mobile-sig', 'raw-utf8-subject'],
  frm=('Aylin Demir', 'aylin.demir@fernleighhotels.de'), subj='DRINGEND – Bewerber wartet an der Rezeption', subj_enc='raw8',
  date='2026-03-18 14:33:07', tz='+0100', client='iphone', cs='utf-8', cte='8bit',
  body='''Hallo,

Bewerber für Commis de Cuisine (Herr Nowak) steht hier an der Rezeption, Termin 14:30 mit Küchenchef Schäfer. Küchenchef ist heute aber im Schwesterhotel in Potsdam und hat keine Einladung bekommen, in GoodTime steht bei dem Termin gar kein Interviewer drin.

Wer kann ihn jetzt übernehmen bzw. kann das jemand im System fixen? Bitte schnell!!

Aylin
Rezeption Fernleigh Berlin Mitte

Von meinem iPhone gesendet''')

M(key='de-fr-push', cat='feature_request', act='product_board_reply', art='', lang='de',
  notes='Wunsch: Push-/Teams-Benachrichtigung bei neuen Interviews', tags=[],
  frm=('Stefan Richter', 'stefan.richter@fernleighhotels.de'), subj='Vorschlag: Benachrichtigung aufs Diensthandy',
  date='2026-02-20 16:10:52', tz='+0100', client='outlook', mime='alt', cs='iso-8859-1', cte='qp', olang='de', msgid='nobr',
  body='''Hallo zusammen,

wir im Bankett sind den ganzen Tag auf den Beinen und sehen Outlook-Einladungen oft erst abends. Dann ist der Termin mit dem Bewerber manchmal schon am nächsten Morgen.

Wäre super, wenn GoodTime uns eine Push-Nachricht aufs Diensthandy oder in Teams schicken könnte, sobald ein Interview für uns eingetragen oder verschoben wird. Könnt ihr das bei GoodTime mal anregen?

Viele Grüße
Stefan Richter
Bankettleiter | Fernleigh München''')

M(key='de-noise-ooo', cat='noise', act='ignore', art='', lang='de',
  notes='Abwesenheitsnotiz ohne Auto-Submitted', tags=['ooo'],
  frm=('Miriam Lange', 'miriam.lange@fernleighhotels.de'),
  subj='Automatische Antwort: GoodTime Schulungstermine April', date='2026-03-27 15:01:19', tz='+0100',
  client='outlook', cs='utf-8', cte='qp', exch=False, subj_enc='ascii',
  extra=['X-MS-Exchange-Organization-AutoReplyType: OOF', 'Content-Language: de-DE'],
  body='''Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 6. April nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an personal.berlin@fernleighhotels.de.

Mit freundlichen Grüßen
Miriam Lange''')

# ====================================================================== SPANISH
M(key='es-q-escribir-goodtime', cat='question', act='auto_reply', art='contact-support', lang='es',
  notes='a qué dirección de GoodTime escribir directamente', tags=[],
  frm=('Lucía Fernández', 'lucia.fernandez@fernleighhotels.es'), from_enc='B',
  subj='¿A quién escribo directamente en GoodTime?', subj_enc='B',
  date='2026-02-17 10:05:33', tz='+0100', client='gmail', mime='alt', cs='UTF-8', cte='qp',
  rcv=('google', 6), auth=True, auth_domain='fernleighhotels.es', selector='google',
  body='''¡Hola!

Una pregunta rápida: cuando algo falla en GoodTime, ¿hay alguna dirección de correo de la propia GoodTime a la que pueda escribir yo directamente, o tengo que pasar siempre por vosotros? Es para dejarlo apuntado en el manual del equipo de selección.

¡Gracias!
Lucía

--
Lucía Fernández
Técnica de Selección · Fernleigh Madrid
Paseo de la Castellana 57 · 28046 Madrid''')

M(key='es-q-chat', cat='question', act='auto_reply', art='chat-bubble', lang='es',
  notes='no encuentra el chat', tags=['lowercase', 'mobile-sig', 'raw-utf8-subject'],
  frm=('Javier Ortega', 'javier.ortega@fernleighhotels.es'), subj='el chat de goodtime dónde está?', subj_enc='raw8',
  date='2026-03-07 22:14:50', tz='+0100', client='iphone', cs='utf-8', cte='8bit', eol='lf',
  body='''buenas, en la formación dijeron que hay un chat para hablar con los de goodtime en directo pero no lo veo por ningún lado. lo he buscado en el ordenador de recepción y nada. donde sale??

Javier
Jefe de Recepción – Fernleigh Barcelona

Enviado desde mi iPhone''')

M(key='es-q-disponibilidad', cat='question', act='auto_reply', art='candidate-availability-request', lang='es',
  notes='pedir disponibilidad al candidato en vez de WhatsApp', tags=['raw-cp1252-from'],
  frm=('Marta Giménez', 'marta.gimenez@fernleighhotels.es'), from_enc='rawcp',
  subj='Entrevistas camareras de pisos', date='2026-03-10 10:58:21', tz='+0100', client='gmail-android',
  mime='alt', cs='UTF-8', cte='b64',
  body='''Hola,

ahora mismo, para cuadrar las entrevistas de camareras de pisos, les escribo por WhatsApp una a una para preguntar qué días pueden venir y luego lo meto en GoodTime a mano. Me han dicho que GoodTime puede preguntarles directamente cuándo les viene bien. ¿Cómo se hace eso?

Gracias,
Marta Giménez
Gobernanta General – Fernleigh Madrid''')

M(key='es-q-candidato-retirado', cat='question', act='auto_reply', art='cancel-interview', lang='es',
  notes='candidato acepta otra oferta: borrar cita del calendario?', tags=['reply-thread', 'gt-quote', 'disclaimer'],
  frm=('Pablo Navarro', 'pablo.navarro@fernleighhotels.es'),
  subj='Candidato retirado – ¿qué hago con la entrevista del jueves?', subj_enc=('split', 'B', 'utf-8', [5, 34]),
  date='2026-03-03 09:12:44', tz='+0100', client='gmail', mime='alt', cs='ISO-8859-1', cte='qp', reply=True,
  body='''Buenos días,

el candidato para jefe de sala que teníamos el jueves nos ha dicho esta mañana que ha aceptado otra oferta. ¿Basta con que borre la cita de mi calendario o hay que hacer algo más en GoodTime? No quiero que le sigan llegando correos ni que los demás entrevistadores se queden con el hueco bloqueado.

Saludos,
Pablo Navarro
Director de Alimentos y Bebidas · Fernleigh Madrid

''' + DISCLAIMER_ES + '''

El lun, 2 mar 2026 a las 18:40, Sergio Molina (<sergio.molina@fernleighhotels.es>) escribió:
> Pablo, te paso los escandallos del menú de primavera para que los revises
> antes de la degustación del viernes. Ojo con el coste del rodaballo, ha
> subido bastante.
> 
> Sergio''')

M(key='es-q-formacion-entrevistadores', cat='question', act='auto_reply', art='interviewer-training', lang='es',
  notes='nuevos jefes de rango como oyentes y luego con supervisión', tags=[],
  frm=('Carmen Ruiz', 'carmen.ruiz@fernleighhotels.es'), subj='Nuevos jefes de rango en las entrevistas', subj_enc='q',
  date='2026-02-24 13:40:07', tz='+0100', client='gmail', mime='alt', cs='UTF-8', cte='qp', msgid='none',
  body='''Hola equipo,

queremos que los dos jefes de rango nuevos vayan aprendiendo a entrevistar: primero que estén de oyentes en algunas entrevistas y después que las lleven ellos con alguien con experiencia al lado, antes de hacerlas solos.

¿GoodTime tiene algo pensado para esto o lo gestionamos a mano con invitaciones? Y si lo tiene, ¿dónde se decide cuántas entrevistas tienen que hacer en cada fase?

Un saludo,
Carmen Ruiz
Responsable de RR. HH. · Fernleigh Barcelona''')

M(key='es-bug-enlace', cat='bug', act='forward_support', art='', lang='es',
  notes='enlace de disponibilidad no válido; reenvío de candidato con captura', tags=['forward'],
  frm=('Raúl Santos', 'raul.santos@fernleighhotels.es'), from_enc='q',
  subj='Fwd: No puedo abrir el enlace', date='2026-03-11 12:31:16', tz='+0100', client='gmail', mime='alt',
  cs='UTF-8', cte='qp', att=[('png', 'Captura de pantalla 2026-03-11 a las 11.02.14.png')],
  rcv=('google', 5), auth=True, auth_domain='fernleighhotels.es', selector='google',
  body='''Hola, os reenvío lo de abajo. Ya son tres candidatos que me dicen hoy lo mismo: al abrir el enlace para marcar su disponibilidad les sale "Este enlace no es válido o ha caducado". Los mandé ayer por la tarde desde GoodTime. ¿Lo podéis pasar a soporte? Adjunto la captura que me envió ella.

Gracias,
Raúl

---------- Forwarded message ---------
De: Noelia Castro <noelia.castro.bcn@gmail.com>
Date: mié, 11 mar 2026 a las 11:05
Subject: No puedo abrir el enlace
To: <raul.santos@fernleighhotels.es>


Hola Raúl, intento abrir el enlace para indicar mi disponibilidad para la entrevista de camarera pero me sale un error. Te mando captura. Un saludo, Noelia''')

M(key='es-blk-sin-enlace', cat='scheduling_blocker', act='forward_support', art='', lang='es',
  notes='candidata conectada, entrevistadora sin enlace, 5 minutos', tags=['caps', 'mobile-sig'],
  frm=('Elena Vidal', 'elena.vidal@fernleighhotels.es'), subj='URGENTE entrevista en 5 minutos sin enlace',
  date='2026-03-19 11:55:09', tz='+0100', client='iphone', cs='utf-8', cte='qp',
  body='''La candidata (recepcionista, Laura Pérez) ya está conectada esperando y a mí en la invitación no me aparece ningún enlace de Meet, solo la hora. Empieza a las 12:00.

¿Me podéis pasar el enlace o decirme cómo entro?? Gracias

Elena Vidal
Jefa de Recepción – Fernleigh Madrid

Enviado desde mi iPhone''')

M(key='es-esc-formacion-bcn', cat='escalation', act='flag_csm', art='', lang='es',
  notes='petición de formación para el equipo de Barcelona', tags=['corporate-sig'],
  frm=('Carmen Ruiz', 'carmen.ruiz@fernleighhotels.es'), subj='Formación GoodTime para el equipo de Barcelona', subj_enc='Ql1',
  date='2026-03-16 17:20:38', tz='+0100', client='gmail', mime='alt', cs='UTF-8', cte='qp',
  rcv=('google', 5), auth=True, auth_domain='fernleighhotels.es', selector='google',
  body='''Hola,

a partir de abril vamos a tener ocho personas nuevas gestionando entrevistas en Barcelona: seis jefes de departamento que entran por la apertura de la terraza y dos coordinadoras de selección. Con los vídeos grabados no es suficiente, ya lo vimos el año pasado.

Nos gustaría organizar una formación en condiciones, a poder ser en español, con alguien de GoodTime, y aprovechar para revisar cómo lo estamos usando aquí de cara a la temporada (entrevistas en grupo, pruebas en cocina, etc.). ¿Cómo lo podemos organizar y con quién?

Gracias,
Carmen

--
Carmen Ruiz
Responsable de RR. HH.
Fernleigh Barcelona · Passeig de Gràcia 74 · 08008 Barcelona
T +34 93 555 21 40''')

M(key='es-fr-confirmar-asistencia', cat='feature_request', act='product_board_reply', art='', lang='es',
  notes='deseo: botón para que el candidato confirme asistencia', tags=[],
  frm=('Sergio Molina', 'sergio.molina@fernleighhotels.es'), subj='Sugerencia para GoodTime',
  date='2026-03-08 16:47:22', tz='+0100', client='gmail-android', mime='alt', cs='UTF-8', cte='qp',
  body='''Hola,

una idea: en cocina nos pasa mucho que no sabemos si el candidato va a venir a la prueba o no hasta que llega la hora. Estaría genial que en el correo de GoodTime hubiera un botón de "confirmo que voy" y que nos avisara si no lo ha pulsado el día antes. Así podríamos llamar a otro.

¿Se lo podéis proponer a los de GoodTime?

Sergio Molina
Jefe de Cocina · Fernleigh Madrid''')

M(key='es-noise-gracias', cat='noise', act='ignore', art='', lang='es',
  notes='agradecimiento sin más', tags=['bare-thanks', 'reply-thread', 'gt-quote'],
  frm=('Marta Giménez', 'marta.gimenez@fernleighhotels.es'), subj='Re: Entrevistas camareras de pisos',
  date='2026-03-10 12:44:03', tz='+0100', client='gmail-android', mime='alt', cs='UTF-8', cte='qp', reply=True,
  body='''¡Muchas gracias! 😊

El mar, 10 mar 2026, 11:20, GoodTime Help Line <helpline@fernleighhotels.com> escribió:
> Hola Marta,
> 
> Sí: desde la entrevista de la candidata en GoodTime puedes enviarle una
> solicitud de disponibilidad y ella marca los huecos que le vienen bien.
> 
> Un saludo,
> GoodTime Help Line''')

# ====================================================================== FRENCH
SIG_FR_PARIS = '''Camille Laurent
Responsable Recrutement
Fernleigh Paris Opéra
14 rue Scribe – 75009 Paris
Tél. : +33 1 55 57 24 10'''

M(key='fr-q-interlocutrice', cat='question', act='auto_reply', art='contact-csm', lang='fr',
  notes='interlocutrice dédiée chez GoodTime sans dire CSM', tags=['corporate-sig', 'disclaimer'],
  frm=('Camille Laurent', 'camille.laurent@fernleighhotels.fr'), subj='Contact chez GoodTime pour notre compte',
  date='2026-02-13 11:36:27', tz='+0100', client='outlook', mime='alt', cs='utf-8', cte='qp', olang='fr',
  rcv=('m365-eu', 6), auth=True, auth_domain='fernleighhotels.fr',
  body='''Bonjour,

Lors du lancement, on nous avait présenté une interlocutrice dédiée chez GoodTime pour le suivi de notre compte (Sarah, il me semble ?). Je voudrais caler un point avec elle pour parler de l’organisation de nos journées de recrutement de l’été, mais je n’ai plus ses coordonnées.

Comment puis-je la joindre ou réserver un créneau avec elle ?

Merci d’avance,
Camille

''' + SIG_FR_PARIS + '''

''' + DISCLAIMER_FR)

M(key='fr-q-ou-proposer', cat='question', act='auto_reply', art='product-board', lang='fr',
  notes='où proposer des idées d\'amélioration (pas l\'idée elle-même)', tags=['near-miss-category'],
  frm=('Julien Moreau', 'julien.moreau@fernleighhotels.fr'), subj='Idée d’amélioration – où la proposer ?', subj_enc='B',
  date='2026-03-04 15:02:39', tz='+0100', client='outlook', mime='alt', cs='utf-8', cte='qp', olang='fr',
  body='''Bonjour,

J’ai deux ou trois idées d’amélioration pour GoodTime qui nous simplifieraient la vie à la réception. Je ne veux pas vous embêter avec ça si ce n’est pas le bon endroit : où est-ce qu’on propose ce genre d’idées pour qu’elles arrivent jusqu’à GoodTime ?

Bonne journée,
Julien Moreau
Chef de Réception – Fernleigh Lyon''')

M(key='fr-q-debrief', cat='question', act='auto_reply', art='debrief-scheduling', lang='fr',
  notes='réunion d\'échange après les entretiens sans le candidat', tags=['reply-thread', 'outlook-quote-block'],
  frm=('Nathalie Girard', 'nathalie.girard@fernleighhotels.fr'), subj='TR: Réunion après les entretiens du 18 mars',
  subj_enc='Q', date='2026-03-09 16:25:51', tz='+0100', client='outlook', mime='outlook-html', cs='windows-1252', cte='qp', olang='fr',
  body='''Bonjour,

Pour le poste de Directeur de la Restauration, nous aurons quatre entretiens le 18 mars. Comme vous le verrez ci-dessous, le directeur général souhaite qu’on se réunisse tous ensuite pour échanger sur le candidat.

Est-ce que je peux organiser cette réunion via GoodTime, et comment être sûre que le candidat ne reçoit pas l’invitation ?

Cordialement,
Nathalie Girard
Assistante de Direction – Fernleigh Paris Opéra

________________________________
De : Olivier Mercier <olivier.mercier@fernleighhotels.fr>
Envoyé : lundi 9 mars 2026 14:12
À : Nathalie Girard <nathalie.girard@fernleighhotels.fr>
Objet : Réunion après les entretiens du 18 mars

Nathalie, pouvez-vous bloquer une demi-heure avec tous les intervenants juste après les entretiens ? Je veux un avis à chaud. Et pensez à réserver une table au restaurant pour le déjeuner du candidat.

Olivier''')

M(key='fr-q-programme', cat='question', act='auto_reply', art='candidate-itinerary', lang='fr',
  notes='renvoyer le programme de la journée au candidat', tags=['mobile-sig'],
  frm=('Hugo Lefebvre', 'hugo.lefebvre@fernleighhotels.fr'), subj="Le candidat n'a pas son programme",
  date='2026-03-17 08:49:15', tz='+0100', client='iphone', cs='utf-8', cte='qp',
  body='''Bonjour,

Un candidat pour le poste de sommelier vient de m’appeler : il n’a pas le récapitulatif de sa journée d’entretiens de jeudi (horaires, noms des personnes qu’il va rencontrer). Il pense l’avoir supprimé par erreur. Comment je le lui renvoie depuis GoodTime ?

Merci,
Hugo

Envoyé de mon iPhone''')

M(key='fr-q-roles', cat='question', act='auto_reply', art='permissions-roles', lang='fr',
  notes='différence coordinateur / administrateur', tags=[],
  frm=('Émilie Roux', 'emilie.roux@fernleighhotels.fr'), from_enc='Ql1', subj='Différence coordinateur / administrateur ?',
  subj_enc='Ql1', date='2026-02-25 14:18:03', tz='+0100', client='outlook', cs='iso-8859-1', cte='qp', olang='fr', msgid='nobr',
  body='''Bonjour,

On m'a créé un compte GoodTime « coordinateur ». Ma collègue de Lyon, elle, est « administratrice ». Concrètement, qu'est-ce que je peux faire et ne pas faire par rapport à elle ? Je voudrais savoir si je peux modifier moi-même certains réglages ou si je dois toujours passer par quelqu'un.

Merci,
Émilie Roux
Gouvernante Générale - Fernleigh Paris Opéra''')

M(key='fr-qn-interface-fr', cat='question', act='forward_support', art='none', lang='fr',
  notes='interface en français ? pas d\'article', tags=[],
  frm=('Sophie Martin', 'sophie.martin@fernleighhotels.fr'), subj='GoodTime en français ?',
  date='2026-03-12 09:30:47', tz='+0100', client='outlook', mime='alt', cs='utf-8', cte='qp', olang='fr', eol='lf',
  body='''Bonjour,

Plusieurs de nos chefs de service ne sont pas à l’aise avec l’anglais. Est-ce que l’interface de GoodTime peut s’afficher en français ? Si oui, où se règle la langue ?

Merci,
Sophie Martin
Responsable RH – Fernleigh Lyon''')

M(key='fr-bug-accents', cat='bug', act='forward_support', art='', lang='fr',
  notes='accents cassés dans les e-mails aux candidats', tags=[],
  frm=('Thomas Bernard', 'thomas.bernard@fernleighhotels.fr'),
  subj='Caractères bizarres dans les mails envoyés aux candidats', subj_enc=('split', 'Q', 'utf-8', [17]),
  date='2026-03-05 17:08:36', tz='+0100', client='outlook', mime='outlook-html', cs='windows-1252', cte='b64', olang='fr',
  att=[('png', 'capture_mail_candidat.png')],
  body='''Bonjour,

Depuis quelques jours, les confirmations envoyées aux candidats par GoodTime affichent des caractères bizarres à la place des accents : « Hôtel » devient « HÃ´tel », « entretien prévu » devient « entretien prÃ©vu ». Ça fait très peu professionnel.

Le modèle lui-même s’affiche correctement dans GoodTime, c’est seulement dans le mail reçu. Exemple : candidate Manon Petit, poste Réceptionniste, confirmation envoyée le 4 mars (capture jointe, elle me l’a transférée).

Pouvez-vous transmettre au support ?

Merci,
Thomas Bernard
Chargé RH – Fernleigh Paris Opéra''')

M(key='fr-esc-teams-3e-fois', cat='escalation', act='flag_csm+forward_support', art='', lang='fr',
  notes='3e panne du mois ce matin + demande de point avec la responsable de compte', tags=['recurring', 'corporate-sig'],
  frm=('Camille Laurent', 'camille.laurent@fernleighhotels.fr'),
  subj='Encore des liens Teams manquants – 3e fois ce mois-ci', subj_enc='q',
  date='2026-03-17 09:21:42', tz='+0100', client='outlook', mime='alt', cs='utf-8', cte='qp', olang='fr',
  rcv=('m365-eu', 5), auth=True, auth_domain='fernleighhotels.fr',
  body='''Bonjour,

Ce matin, à nouveau, aucune des invitations générées par GoodTime pour Paris n’a de lien Teams : 11 entretiens aujourd’hui, j’envoie les liens à la main depuis 8 h.

C’est la troisième fois ce mois-ci (3 mars, 10 mars et aujourd’hui). À chaque fois le support nous dit que c’est corrigé. Nos managers commencent à ne plus vouloir utiliser l’outil.

Je souhaite que ce soit remonté à notre responsable de compte chez GoodTime et qu’on ait un point avec elle cette semaine. Et merci de relancer le support pour le problème d’aujourd’hui.

Camille

''' + SIG_FR_PARIS)

M(key='fr-blk-interviewer-disparue', cat='scheduling_blocker', act='forward_support', art='', lang='fr',
  notes='entretien dans 15 min, intervenante disparue, impossible de la rajouter', tags=['mobile-sig', 'raw-utf8-from'],
  frm=('Léa Fontaine', 'lea.fontaine@fernleighhotels.fr'), from_enc='raw8',
  subj='Urgent - entretien dans 15 min, une intervenante a disparu', date='2026-03-13 10:15:58', tz='+0100',
  client='iphone', cs='utf-8', cte='8bit',
  body='''Bonjour,

Entretien à 10h30 pour le poste de maître d’hôtel : la directrice de la restauration a disparu de l’invitation (elle n’a rien refusé) et GoodTime ne me laisse pas la rajouter, message « conflit ». Elle est pourtant libre et dans son bureau. Le candidat est déjà en route.

Qu’est-ce que je fais ?

Léa

Envoyé de mon iPhone''')


def cal_decline_alt(summary, who, start, end):
    ics = ics_bytes(summary, start, end, ('GoodTime Help Line', 'helpline@fernleighhotels.com'), [who],
                    method='REPLY', partstat='DECLINED', location='Salle Bellecour / Microsoft Teams')
    p1 = leaf('text/plain; charset="utf-8"', 'Désolé, je suis de service au petit-déjeuner ce jour-là.\n'.encode('utf-8'), 'qp')
    p2 = leaf('text/calendar; charset="utf-8"; method=REPLY', ics, 'b64')
    ctype, body = multipart('alternative', [p1, p2], '_000_' + rs(36, UP) + '_')
    return ctype, body, []


M(key='fr-noise-refus', cat='noise', act='ignore', art='', lang='fr',
  notes='refus d\'invitation calendrier', tags=['calendar-reply', 'text-calendar'],
  frm=('Julien Moreau', 'julien.moreau@fernleighhotels.fr'), subj='Refusé: Point d’équipe GoodTime – Lyon', subj_enc='B',
  date='2026-03-11 07:58:26', tz='+0100', client='outlook', exch=False,
  extra=['Content-Class: urn:content-classes:calendarmessage', 'Content-Language: fr-FR'],
  raw_entity=cal_decline_alt('Point d’équipe GoodTime – Lyon', ('Julien Moreau', 'julien.moreau@fernleighhotels.fr'),
                             '20260313T090000', '20260313T093000'))

# ====================================================================== PORTUGUESE (pt-PT)
M(key='pt-q-para-que-serve', cat='question', act='auto_reply', art='internal-project-team', lang='pt',
  notes='nova na equipa: para que serve a helpline e quem responde', tags=[],
  frm=('Beatriz Costa', 'beatriz.costa@fernleighhotels.pt'), subj='Para que serve este endereço?', subj_enc='B',
  date='2026-03-04 09:33:12', tz='+0000', client='gmail', mime='alt', cs='UTF-8', cte='qp',
  rcv=('google', 5), auth=True, auth_domain='fernleighhotels.pt', selector='google',
  body='''Olá!

Entrei esta semana para a equipa de recrutamento do Fernleigh Lisboa. Deram-me este email da helpline, mas não percebi bem: é para mandar qualquer dúvida sobre o GoodTime, ou só quando há problemas? E quem está do outro lado, é a GoodTime ou é alguém cá de dentro?

Obrigada,
Beatriz Costa
Técnica de Recrutamento · Fernleigh Lisboa''')

M(key='pt-q-tempo-resposta', cat='question', act='auto_reply', art='support-hours', lang='pt',
  notes='tempos de resposta e prioridades do suporte', tags=['corporate-sig', 'disclaimer'],
  frm=('Rui Pereira', 'rui.pereira@fernleighhotels.pt'), subj='Tempo de resposta do suporte GoodTime',
  date='2026-02-19 15:41:09', tz='+0000', client='outlook', mime='alt', cs='utf-8', cte='qp', olang='pt',
  body='''Boa tarde,

A nossa Diretora-Geral perguntou-me quanto tempo é que o suporte da GoodTime costuma demorar a responder quando há um problema, e se existem níveis de prioridade. Onde posso confirmar essa informação para lhe responder com rigor?

Cumprimentos,

Rui Pereira
Diretor de Recursos Humanos – Portugal
Fernleigh Hotéis Portugal
Av. da Liberdade 190, 1250-147 Lisboa
T +351 21 555 3190

''' + DISCLAIMER_PT)

M(key='pt-q-teams', cat='question', act='auto_reply', art='conference-links', lang='pt',
  notes='usar Teams em vez de Zoom nas entrevistas', tags=['mobile-sig'],
  frm=('Inês Rodrigues', 'ines.rodrigues@fernleighhotels.pt'), from_enc='B', subj='Links do Teams nas entrevistas',
  date='2026-03-06 12:07:44', tz='+0000', client='iphone', cs='utf-8', cte='qp', eol='lf',
  body='''Olá,

Quando marco entrevistas online pelo GoodTime aparece sempre um link Zoom, mas aqui no hotel usamos o Teams. Consigo escolher o Teams para uma entrevista?

Obrigada!
Inês

Enviado do meu iPhone''')

M(key='pt-q-chef-recusou', cat='question', act='auto_reply', art='interviewer-decline', lang='pt',
  notes='sous-chef recusou o convite; resposta em cima de outro assunto', tags=['reply-thread', 'gt-quote'],
  frm=('Tiago Martins', 'tiago.martins@fernleighhotels.pt'), subj='Re: Prova de menu - Quinta da Serra',
  subj_enc=('split', 'Q', 'iso-8859-1', [8]), date='2026-03-11 11:26:30', tz='+0000', client='gmail', mime='alt',
  cs='UTF-8', cte='qp', reply=True,
  body='''Bom dia,

Aproveito este email: o sous-chef recusou o convite para a entrevista de sexta com um candidato a cozinheiro de 1.ª. Tenho de desmarcar tudo e voltar a marcar com o candidato, ou há outra forma de resolver isto?

Abraço,
Tiago Martins
Chefe de Cozinha · Fernleigh Quinta da Serra

A qua., 11/03/2026 às 09:02, Catarina Almeida <catarina.almeida@fernleighhotels.pt> escreveu:
> Bom dia Chef,
> 
> Confirmo a prova do menu de primavera para o restaurante do spa na
> próxima terça às 15h. Somos quatro. Pode incluir a opção vegana?
> 
> Obrigada,
> Catarina''')

M(key='pt-q-calendario', cat='question', act='auto_reply', art='calendar-sync', lang='pt',
  notes='aparece livre com reuniões no Outlook, mudou a password', tags=[],
  frm=('Sara Lopes', 'sara.lopes@fernleighhotels.pt'), subj='GoodTime diz que estou livre mas não estou', subj_enc='Qcp',
  date='2026-03-16 14:55:20', tz='+0000', client='outlook', cs='windows-1252', cte='qp', olang='pt',
  body='''Olá,

O GoodTime está a marcar-me entrevistas em horas em que tenho reuniões no Outlook. Mudei a password do computador na semana passada, não sei se tem a ver. O que devo verificar?

Obrigada,
Sara Lopes
Governanta Executiva – Fernleigh Lisboa''')

M(key='pt-bug-cancelamento', cat='bug', act='forward_support', art='', lang='pt',
  notes='entrevistas canceladas ficam nos calendários e sala reservada', tags=['raw-cp1252-subject'],
  frm=('Miguel Sousa', 'miguel.sousa@fernleighhotels.pt'), subj='Entrevistas canceladas continuam nos calendários',
  subj_enc='rawcp', date='2026-03-13 10:03:51', tz='+0000', client='outlook', exch=False,
  xmailer='X-Mailer: Microsoft Outlook 14.0', mime='outlook-html', cs='windows-1252',
  cte='qp', olang='pt', entities=True,
  body='''Olá,

Cancelei duas entrevistas no GoodTime ontem (candidatos que desistiram), mas os convites continuam nos calendários dos entrevistadores e a sala continua reservada. Já fiz refresh e esperei até hoje de manhã.

Candidatos:
- Ana Silva (Empregada de Andares)
- Pedro Gomes (Empregado de Mesa)

Podem reencaminhar para o suporte?

Obrigado,
Miguel Sousa
Técnico de RH – Fernleigh Lisboa''')

M(key='pt-fr-agenda-pdf', cat='feature_request', act='product_board_reply', art='', lang='pt',
  notes='sugestão: exportar/imprimir agenda semanal em PDF', tags=[],
  frm=('Catarina Almeida', 'catarina.almeida@fernleighhotels.pt'), subj='Sugestão para o GoodTime', subj_enc='b',
  date='2026-02-27 17:36:05', tz='+0000', client='gmail', mime='alt', cs='UTF-8', cte='b64',
  body='''Olá,

Seria muito útil haver uma opção para imprimir ou exportar em PDF a agenda semanal de entrevistas do spa, para afixarmos na sala da equipa. As terapeutas não têm acesso ao Outlook durante o turno e acabam por não saber quem vem fazer prova prática.

Podem fazer chegar esta sugestão à GoodTime?

Obrigada,
Catarina Almeida
Diretora de Spa · Fernleigh Quinta da Serra''')

M(key='pt-esc-formacao', cat='escalation', act='flag_csm', art='', lang='pt',
  notes='formação para chefias da Quinta e equipa de abertura do Porto', tags=['folded-subject', 'corporate-sig'],
  frm=('Rui Pereira', 'rui.pereira@fernleighhotels.pt'),
  subj='Formação GoodTime para as chefias da Quinta da Serra e para a equipa de abertura do Porto',
  subj_enc=('split', 'B', 'utf-8', [30, 61]), date='2026-03-18 10:12:27', tz='+0000', client='outlook', mime='alt',
  cs='utf-8', cte='qp', olang='pt', rcv=('m365-eu', 6), auth=True, auth_domain='fernleighhotels.pt',
  body='''Bom dia,

Antes da época alta precisamos de uma formação a sério em GoodTime para os 12 chefes de departamento da Quinta da Serra, que vão começar a entrevistar sozinhos, e depois para a equipa de pré-abertura do Porto a partir de junho.

Gostaria que fosse dada pela própria GoodTime, em português se possível, e de aproveitar para rever connosco o processo que vamos usar no Porto (contratações em massa, provas práticas, salas). Podem tratar disto com o nosso contacto na GoodTime e propor datas?

Cumprimentos,

Rui Pereira
Diretor de Recursos Humanos – Portugal
Fernleigh Hotéis Portugal''')

M(key='pt-blk-candidata-chegou', cat='scheduling_blocker', act='forward_support', art='', lang='pt',
  notes='candidata no spa, entrevista cancelada sozinha', tags=['caps', 'mobile-sig', 'raw-utf8-subject'],
  frm=('Joana Ferreira', 'joana.ferreira@fernleighhotels.pt'), subj='URGENTE candidata já está cá', subj_enc='raw8',
  date='2026-03-19 10:52:40', tz='+0000', client='iphone', cs='utf-8', cte='8bit', msgid='none',
  body='''Bom dia,

A candidata para terapeuta (prova prática às 11h) já chegou ao spa, mas a entrevista aparece cancelada no GoodTime e a terapeuta que ia avaliar não tem nada na agenda. Ninguém cancelou. A candidata está à espera na receção.

O que faço??

Joana
Receção do Spa – Quinta da Serra

Enviado do meu iPhone''')

M(key='pt-noise-ausente', cat='noise', act='ignore', art='', lang='pt',
  notes='resposta automática de férias', tags=['ooo', 'auto-submitted'],
  frm=('Inês Rodrigues', 'ines.rodrigues@fernleighhotels.pt'), from_enc='B',
  subj='Resposta automática: Ausente', subj_enc='q', date='2026-04-02 08:00:14', tz='+0100', client='gmail',
  cs='UTF-8', cte='b64',
  extra=['Auto-Submitted: auto-replied', 'Precedence: bulk', 'In-Reply-To: <CAH3rTq9x0=Lp2ke8Yc1@mail.gmail.com>'],
  body='''Obrigada pelo seu email.

Encontro-me de férias até dia 20 de abril, sem acesso ao email. Para assuntos urgentes, por favor contacte rh.lisboa@fernleighhotels.pt.

Inês Rodrigues''')

# ====================================================================== assemble
DROP_PREFIX = ('raw-', 'ew-')


def main():
    assert len(MSGS) == 100, len(MSGS)
    keys = [m['key'] for m in MSGS]
    assert len(set(keys)) == len(keys)
    order = list(range(100))
    random.Random(88).shuffle(order)
    rows = []
    for i, idx in enumerate(order, 1):
        m = MSGS[idx]
        m['tags'] = [t for t in m.get('tags', []) if not t.startswith(DROP_PREFIX) and t not in ('folded-subject',)]
        data, tags = build(m)
        fn = 'a-%03d.eml' % i
        with open(os.path.join(OUT, fn), 'wb') as f:
            f.write(data)
        if os.environ.get('MAKE_MAP'):
            print(fn, m['key'])
        rows.append([fn, m['cat'], m['act'], m['art'] if m['cat'] == 'question' else '', m['lang'], ';'.join(tags), m.get('notes', '')])
    with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f)
        w.writerow(['file', 'category', 'actions', 'article', 'language', 'format', 'notes'])
        w.writerows(rows)


if __name__ == '__main__':
    main()
