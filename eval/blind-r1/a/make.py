#!/usr/bin/env python3
"""Blind test set, batch a-: 100 help-line e-mails for Larkspur Labs (GoodTime help line).

Writes a-001.eml .. a-100.eml and labels.csv next to this script.
All bytes are built by hand so that encodings are exact.
"""
import base64
import csv
import datetime as dt
import email
import html as htmlmod
import os
import quopri
import random
import struct
import sys
import unicodedata
import uuid
import zlib
from email.utils import format_datetime
from zoneinfo import ZoneInfo

OUT = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(4471)

HELP = 'helpline@larkspur-labs.com'
DOM = 'larkspur-labs.com'

TZ = {
    'austin': 'America/Chicago', 'london': 'Europe/London', 'dublin': 'Europe/Dublin',
    'berlin': 'Europe/Berlin', 'madrid': 'Europe/Madrid', 'lyon': 'Europe/Paris',
    'lisbon': 'Europe/Lisbon', 'pacific': 'America/Los_Angeles', 'utc': 'UTC',
    'ny': 'America/New_York',
}


def when(y, mo, d, h, mi, place, s=None):
    s = rng.randint(0, 59) if s is None else s
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=ZoneInfo(TZ[place]))


def rfcdate(t):
    return format_datetime(t)


def later(t, secs):
    return t + dt.timedelta(seconds=secs)


def in_tz(t, place):
    return t.astimezone(ZoneInfo(TZ[place]))


def pacific_stamp(t):
    p = in_tz(t, 'pacific')
    return format_datetime(p) + ' (' + p.tzname() + ')'


def utc_stamp(t):
    u = in_tz(t, 'utc')
    return format_datetime(u).replace('-0000', '+0000') + ' (UTC)'


# ---------------------------------------------------------------- random bits
ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
B64C = ALNUM + '+/'
HEX = '0123456789abcdef'


def rs(n, alphabet=ALNUM):
    return ''.join(rng.choice(alphabet) for _ in range(n))


def ruuid():
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def fold_b64(s, first=0, width=70, indent='         '):
    out, line = [], ''
    for ch in s:
        line += ch
        if len(line) >= width:
            out.append(line)
            line = ''
    if line:
        out.append(line)
    return ('\n' + indent).join(out)


# ---------------------------------------------------------------- addresses
def ascii_fold(s):
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))


def mail_of(name):
    return ascii_fold(name).lower().replace(' ', '.') + '@' + DOM


def mid_gmail():
    return '<CA' + rs(1, 'BEFGJKLMNPRS') + rs(1, 'abcdefghijklmnopqrstuvwxyz+') + rs(40, ALNUM + '_-+') + rs(1, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') + '@mail.gmail.com>'


def mid_apple(dom=DOM):
    return '<' + ruuid().upper() + '@' + dom + '>'


def mid_outlook_win(dom=DOM):
    return '<00' + rs(2, HEX) + '01dc' + rs(4, HEX) + '$' + rs(8, HEX) + '$' + rs(8, HEX) + '$@' + dom + '>'


def mid_outlook_cloud():
    box = rs(2, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') + rs(1, '0123456789') + 'PR' + rs(2, '0123456789') + 'MB' + rs(4, '0123456789')
    return '<' + box + rs(12, '0123456789ABCDEF') + rs(16, '0123456789ABCDEF') + '@' + box + '.eurprd' + rs(2, '0123456789') + '.prod.outlook.com>'


def thread_index():
    return 'AQH' + rs(25, B64C) + 'A=='


# ---------------------------------------------------------------- header encoders
def ew_b(s, cs='UTF-8'):
    return '=?' + cs + '?B?' + base64.b64encode(s.encode(cs)).decode() + '?='


def _q(s, cs):
    out = []
    for b in s.encode(cs):
        c = chr(b)
        if c == ' ':
            out.append('_')
        elif c.isascii() and (c.isalnum() or c in '!*+-/'):
            out.append(c)
        else:
            out.append('=%02X' % b)
    return ''.join(out)


def ew_q(s, cs='UTF-8'):
    return '=?' + cs + '?Q?' + _q(s, cs) + '?='


def ew_split(s, cuts, cs='UTF-8', mode='B', sep='\n '):
    """Encode s as several encoded words, cut at the given character positions
    (cuts fall in the middle of words, as some clients do)."""
    pieces, last = [], 0
    for c in cuts + [len(s)]:
        pieces.append(s[last:c])
        last = c
    f = ew_b if mode == 'B' else ew_q
    return sep.join(f(p, cs) for p in pieces)


def fold(s, width=74):
    words = s.split(' ')
    lines, cur = [], ''
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + ' ' + w) if cur else w
    lines.append(cur)
    return '\n '.join(lines)


def named(name, addr=None, quote=False):
    addr = addr or mail_of(name)
    if quote:
        return '"' + name + '" <' + addr + '>'
    return name + ' <' + addr + '>'


# ---------------------------------------------------------------- MIME parts
PYCS = {'windows-1252': 'cp1252', 'iso-8859-1': 'latin-1', 'iso-8859-15': 'iso8859_15', 'us-ascii': 'ascii'}


def qp(data):
    return quopri.encodestring(data)


def b64(data):
    return base64.encodebytes(data)


class Part:
    def __init__(self, headers, body):
        self.headers = headers
        self.body = body

    def render(self):
        out = b''
        for n, v in self.headers:
            out += hline(n, v)
        body = self.body
        if not body.endswith(b'\n'):
            body += b'\n'
        return out + b'\n' + body


def hline(n, v):
    if isinstance(v, bytes):
        return n.encode() + b': ' + v + b'\n'
    v.encode('ascii')  # str header values must be ascii; raw 8-bit ones are passed as bytes
    return (n + ': ' + v + '\n').encode()


def enc(text, cs):
    return text.encode(PYCS.get(cs.lower(), cs))


def tpart(text, sub='plain', cs='utf-8', cte='quoted-printable', ct=None, extra=()):
    data = enc(text, cs) if isinstance(text, str) else text
    if not data.endswith(b'\n'):
        data += b'\n'
    ct = ct or 'text/%s; charset="%s"' % (sub, cs)
    hs = [('Content-Type', ct)]
    if cte:
        hs.append(('Content-Transfer-Encoding', cte))
    hs += list(extra)
    if cte == 'quoted-printable':
        body = qp(data)
    elif cte == 'base64':
        body = b64(data)
    else:
        body = data
    return Part(hs, body)


def multi(sub, parts, boundary, ct=None, preamble=None, extra=(), params=''):
    ct = ct or 'multipart/%s; boundary="%s"%s' % (sub, boundary, params)
    body = b''
    if preamble:
        body += preamble.encode() + b'\n\n'
    for p in parts:
        body += b'--' + boundary.encode() + b'\n' + p.render() + b'\n'
    body += b'--' + boundary.encode() + b'--\n'
    return Part([('Content-Type', ct)] + list(extra), body)


def attach(data, ctype, filename, disp='attachment', extra=(), name_param=True, cid=None):
    ct = ctype + (('; name="%s"' % filename) if name_param else '')
    hs = [('Content-Type', ct), ('Content-Disposition', '%s; filename="%s"' % (disp, filename)),
          ('Content-Transfer-Encoding', 'base64')]
    if cid:
        hs.append(('Content-ID', cid))
    hs += list(extra)
    return Part(hs, b64(data))


def b_gmail():
    return '000000000000' + rs(12, HEX)


def b_apple():
    return 'Apple-Mail=_' + ruuid().upper()


def b_outlook():
    return '----=_NextPart_000_00' + rs(2, '0123456789ABCDEF') + '_01DC' + rs(4, '0123456789ABCDEF') + '.' + rs(8, '0123456789ABCDEF')


def b_mac():
    return 'B_38' + rs(8, '0123456789') + '_' + rs(9, '0123456789')


def b_ios():
    return '_000_' + rs(4, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') + rs(2, '0123456789') + 'PR' + rs(2, '0123456789') + 'MB' + rs(4, '0123456789') + rs(8, 'ABCDEF0123456789') + '_'


def esc(s):
    return htmlmod.escape(s, quote=False)


def is_ascii(s):
    try:
        s.encode('ascii')
        return True
    except UnicodeEncodeError:
        return False


# --- Gmail -------------------------------------------------------------------
def gmail_html_of(text):
    out = []
    for line in text.split('\n'):
        out.append('<div>%s</div>' % esc(line) if line.strip() else '<div><br></div>')
    return '\n'.join(out)


def gmail_quote_html(quoted):
    lines = []
    for line in quoted.split('\n'):
        lines.append(esc(line) + '<br>')
    return '\n'.join(lines)


def gmail_alt(text, quote=None, fwd=None, b64body=False, html_extra='', sig_html=None):
    """quote = (attribution_line, quoted_text); fwd = (header_block_lines, forwarded_text)."""
    plain = text
    h = '<div dir="ltr">' + gmail_html_of(text) + html_extra + '</div>'
    if quote:
        attr, qt = quote
        plain += '\n\n' + attr + '\n\n' + '\n'.join(('> ' + l) if l else '>' for l in qt.split('\n'))
        h += ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">' + esc(attr) +
              '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
              'rgb(204,204,204);padding-left:1ex">' + gmail_quote_html(qt) + '</blockquote></div>')
    if fwd:
        hdr, ft = fwd
        plain += '\n\n---------- Forwarded message ---------\n' + hdr + '\n\n\n' + ft
        h += ('<br><br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">---------- '
              'Forwarded message ---------<br>' + '<br>'.join(esc(l) for l in hdr.split('\n')) +
              '<br></div><br><br>' + gmail_quote_html(ft) + '</div>')
    h += '\n'
    if b64body:
        cte = 'base64'
    else:
        cte = None if (is_ascii(plain) and is_ascii(h)) else 'quoted-printable'
    bd = b_gmail()
    return multi('alternative', [
        tpart(plain, cs='UTF-8', cte=cte),
        tpart(h, sub='html', cs='UTF-8', cte=cte),
    ], bd)


# --- Apple Mail (macOS) ------------------------------------------------------
def apple_html_of(text):
    parts = []
    for line in text.split('\n'):
        parts.append('<div>%s</div>' % esc(line) if line.strip() else '<div><br></div>')
    return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
            + ''.join(parts) + '</body></html>')


def apple_plain(text, b64body=False, cs=None):
    if cs is None:
        cs = 'us-ascii' if is_ascii(text) else 'utf-8'
    cte = 'base64' if b64body else ('7bit' if cs == 'us-ascii' else 'quoted-printable')
    return tpart(text, cs=cs, cte=cte, ct='text/plain;\n\tcharset=' + cs)


def apple_alt(text, b64body=False, html=None):
    h = html or apple_html_of(text)
    cs = 'us-ascii' if is_ascii(text) else 'utf-8'
    cte = 'base64' if b64body else ('7bit' if cs == 'us-ascii' else 'quoted-printable')
    bd = b_apple()
    return multi('alternative', [
        tpart(text, cs=cs, cte=cte, ct='text/plain;\n\tcharset=' + cs),
        tpart(h, sub='html', cs=cs, cte=cte, ct='text/html;\n\tcharset=' + cs),
    ], bd, ct='multipart/alternative;\n\tboundary="%s"' % bd)


def iphone_plain(text):
    cs = 'us-ascii' if is_ascii(text) else 'utf-8'
    cte = '7bit' if cs == 'us-ascii' else 'quoted-printable'
    return tpart(text, cs=cs, cte=cte, ct='text/plain;\n\tcharset=' + cs)


# --- Outlook (Windows desktop) -----------------------------------------------
MSO_HEAD = '''<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
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


def mso_paras(text, lang=None, small=False):
    out = []
    for line in text.split('\n'):
        span_open = ''
        span_close = ''
        if small:
            span_open = '<span style="font-size:8.0pt;color:#7F7F7F">'
            span_close = '</span>'
        elif lang:
            span_open = '<span lang="%s">' % lang
            span_close = '</span>'
        if line.strip():
            out.append('<p class="MsoNormal">%s%s<o:p></o:p>%s</p>' % (span_open, esc(line), span_close))
        else:
            out.append('<p class="MsoNormal">%s<o:p>&nbsp;</o:p>%s</p>' % (span_open, span_close))
    return '\n'.join(out) + '\n'


def mso_reply_block(hdr_pairs, quoted, lang=None):
    """Outlook's From/Sent/To/Subject block and the quoted text (about something else)."""
    inner = '<br>\n'.join('<b>%s</b> %s' % (esc(k), esc(v)) for k, v in hdr_pairs)
    return ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
            '<p class="MsoNormal"><b><span lang="EN-US" style="mso-ligatures:none;mso-fareast-language:EN-GB"></span></b>'
            '<span lang="EN-US" style="mso-ligatures:none">' + inner + '<o:p></o:p></span></p>\n</div>\n'
            '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' + mso_paras(quoted, lang))


def outlook_html(text, lang='EN-US', cs='windows-1252', reply=None, disclaimer=None, sig=None):
    h = MSO_HEAD % {'cs': cs, 'lang': lang}
    h += mso_paras(text)
    if sig:
        h += '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' + mso_paras(sig)
    if disclaimer:
        h += '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' + mso_paras(disclaimer, small=True)
    if reply:
        h += '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' + mso_reply_block(*reply)
    h += '</div>\n</body>\n</html>\n'
    return h


def outlook_html_only(text, lang='EN-US', cs='windows-1252', cte='quoted-printable', **kw):
    return tpart(outlook_html(text, lang, cs, **kw), sub='html', cs=cs, cte=cte)


def outlook_alt(plain, lang='EN-US', cs='iso-8859-1', cte='quoted-printable', html_kw=None):
    html_kw = html_kw or {}
    h = outlook_html(plain, lang, cs, **html_kw) if 'html' not in html_kw else html_kw['html']
    bd = b_outlook()
    return multi('alternative', [tpart(plain, cs=cs, cte=cte), tpart(h, sub='html', cs=cs, cte=cte)], bd,
                 ct='multipart/alternative;\n\tboundary="%s"' % bd)


# --- Outlook for Mac -----------------------------------------------------------
def mac_html(text):
    h = ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" '
         'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">'
         '<head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=Generator content="Microsoft Word 15 (filtered medium)">'
         '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n'
         '@font-face\n\t{font-family:Aptos;}\n/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:12.0pt;\n\tfont-family:"Aptos",sans-serif;}\n'
         'span.EmailStyle19\n\t{mso-style-type:personal-reply;\n\tfont-family:"Aptos",sans-serif;\n\tcolor:windowtext;}\n'
         '.MsoChpDefault\n\t{mso-style-type:export-only;\n\tfont-size:10.0pt;\n\tmso-ligatures:none;}\n'
         '@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}\ndiv.WordSection1\n\t{page:WordSection1;}\n--></style></head>'
         '<body lang=EN-GB link="#467886" vlink="#96607D" style=\'word-wrap:break-word\'><div class=WordSection1>')
    for line in text.split('\n'):
        if line.strip():
            h += "<p class=MsoNormal><span style='font-size:11.0pt'>%s<o:p></o:p></span></p>" % esc(line)
        else:
            h += "<p class=MsoNormal><span style='font-size:11.0pt'><o:p>&nbsp;</o:p></span></p>"
    h += '</div></body></html>\n'
    return h


def mac_alt(text):
    bd = b_mac()
    return multi('alternative', [tpart(text, cs='UTF-8', cte='quoted-printable'),
                                 tpart(mac_html(text), sub='html', cs='UTF-8', cte='quoted-printable')], bd,
                 ct='multipart/alternative;\n\tboundary="%s"' % bd, preamble='> This message is in MIME format. Since your mail reader does not understand\nthis format, some or all of this message may not be legible.')


# ---------------------------------------------------------------- attachments
def png(w, h, seed=0, banner=(214, 58, 58)):
    r = random.Random(seed)
    rows = []
    for y in range(h):
        row = bytearray(b'\x00')
        for x in range(w):
            if y < 16:
                px = (52, 40, 92)  # app header bar
            elif 24 <= y < 40 and 12 <= x < w - 12:
                px = banner  # error banner
            elif x < 44:
                px = (244, 244, 248)  # side nav
            elif (y - 50) % 14 in (0, 1, 2, 3) and 56 <= x < 56 + ((y * 7 + seed) % (w - 80)):
                px = (200, 200, 210)  # rows of "text"
            else:
                px = (255, 255, 255)
            row += bytes(px)
        rows.append(bytes(row))
    raw = b''.join(rows)

    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)

    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0)) +
            chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b''))


def pdf(lines, title='Document'):
    content = 'BT /F1 11 Tf 56 760 Td 14 TL\n'
    for l in lines:
        l = l.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
        content += '(%s) Tj T*\n' % l
    content += 'ET\n'
    cb = content.encode('latin-1')
    objs = [
        b'<< /Type /Catalog /Pages 2 0 R >>',
        b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
        b'<< /Length ' + str(len(cb)).encode() + b' >>\nstream\n' + cb + b'endstream',
        b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
        b'<< /Title (' + title.encode('latin-1') + b') /Producer (macOS Version 15.3 Quartz PDFContext) >>',
    ]
    out = b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += str(i).encode() + b' 0 obj\n' + o + b'\nendobj\n'
    xref = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    for o in offs:
        out += b'%010d 00000 n \n' % o
    out += b'trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, xref)
    return out


def winmail(seed=1):
    r = random.Random(seed)
    data = b'\x78\x9f\x3e\x22' + struct.pack('<H', r.randint(1, 65535)) + b'\x01\x06\x90\x08\x00\x04\x00\x00\x00\x00\x00\x01\x00\x01\x00\x01\x07\x90\x06\x00\x08\x00\x00\x00\xe4\x04\x00\x00\x00\x00\x00\x00\xe8\x00'
    data += b'\x01\x0d\x80\x04\x00\x02\x00\x00\x00\x02\x00\x02\x00\x01\x05\x80\x03\x00\x0e\x00\x00\x00\xea\x07\x03\x00'
    data += bytes(r.randint(0, 255) for _ in range(700))
    data += 'IPM.Microsoft Mail.Note'.encode() + b'\x00' + bytes(r.randint(0, 255) for _ in range(300))
    return data


def ics(method, summary, start, end, organizer, attendees, uid=None, location='', desc='', partstat=None):
    uid = uid or (rs(26, 'abcdefghijklmnopqrstuvwxyz0123456789') + '@google.com')
    fmt = lambda t: in_tz(t, 'utc').strftime('%Y%m%dT%H%M%SZ')
    lines = ['BEGIN:VCALENDAR', 'PRODID:-//Google Inc//Google Calendar 70.9054//EN', 'VERSION:2.0',
             'CALSCALE:GREGORIAN', 'METHOD:' + method, 'BEGIN:VEVENT',
             'DTSTART:' + fmt(start), 'DTEND:' + fmt(end), 'DTSTAMP:' + fmt(start - dt.timedelta(days=3)),
             'ORGANIZER;CN=' + organizer[0] + ':mailto:' + organizer[1], 'UID:' + uid]
    for cn, em, ps in attendees:
        lines.append('ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=%s;CN=%s;X-NUM-GUESTS=0:mailto:%s' % (ps, cn, em))
    lines += ['CREATED:' + fmt(start - dt.timedelta(days=10)), 'DESCRIPTION:' + desc,
              'LAST-MODIFIED:' + fmt(start - dt.timedelta(days=1)), 'LOCATION:' + location, 'SEQUENCE:0',
              'STATUS:CONFIRMED', 'SUMMARY:' + summary, 'TRANSP:OPAQUE', 'END:VEVENT', 'END:VCALENDAR']
    # fold long lines at 75 octets
    out = []
    for l in lines:
        while len(l) > 75:
            out.append(l[:75])
            l = ' ' + l[75:]
        out.append(l)
    return '\r\n'.join(out) + '\r\n'


# ---------------------------------------------------------------- trace headers
def google_trace(t, sender, hops=(), full=False, dkim_dom=None, to=HELP, spf_ip=None, mx_from=None,
                 dkim_result='pass', spf_result='pass', dmarc_result='pass', arc=True, selector='google'):
    """Headers as they appear at the top of a message delivered into the help-line Google Workspace mailbox.
    hops: extra sender-side Received lines (list of (text, seconds_before))."""
    dom = sender.split('@')[1]
    dkim_dom = dkim_dom or dom
    t_in = later(t, rng.randint(1, 6))
    spf_ip = spf_ip or '209.85.220.%d' % rng.randint(40, 73)
    mx_from = mx_from or ('mail-sor-f%s.google.com (mail-sor-f%s.google.com. [%s])' % (spf_ip.rsplit('.', 1)[1], spf_ip.rsplit('.', 1)[1], spf_ip))
    hs = [('Delivered-To', to),
          ('Received', 'by 2002:a05:%s:%s:b0:%s:%s:%s with SMTP id %scsp%d%s;\n        %s' % (
              rs(4, HEX), rs(4, HEX), rs(3, HEX), rs(4, HEX), rs(4, HEX), rs(3, 'abcdefghijklmnopqrstuvwxyz0123456789'),
              rng.randint(1000000, 9999999), rs(3, 'abcdefghijklmnopqrstuvwxyz'), pacific_stamp(later(t_in, 1))))]
    if full:
        hs.append(('X-Google-Smtp-Source', 'AGHT+IH' + rs(80, B64C) + '=='))
        hs.append(('X-Received', 'by 2002:a17:%s:%s:b0:%s:%s with SMTP id %s-%s.%d.%d;\n        %s' % (
            rs(3, HEX), rs(4, HEX), rs(3, HEX), rs(4, HEX), rs(12, HEX), rs(11, HEX), rng.randint(1, 40), in_tz(t_in, 'pacific').year * 0 + rng.randint(10**12, 10**13),
            pacific_stamp(t_in))))
        if arc:
            ts = int(t_in.timestamp())
            hs.append(('ARC-Seal', 'i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n        b=%s' % (
                ts, fold_b64(rs(342, B64C) + '==', indent='         '))))
            hs.append(('ARC-Message-Signature', 'i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n'
                       '        h=to:subject:message-id:date:from:mime-version:dkim-signature;\n        bh=%s=;\n'
                       '        fh=%s=;\n        b=%s' % (rs(43, B64C), rs(43, B64C), fold_b64(rs(342, B64C) + '==', indent='         '))))
            hs.append(('ARC-Authentication-Results', 'i=1; mx.google.com;\n       dkim=%s header.i=@%s header.s=%s header.b=%s;\n'
                       '       spf=%s (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n'
                       '       dmarc=%s (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s' % (
                           dkim_result, dkim_dom, selector, rs(8, ALNUM), spf_result, sender, spf_ip, sender, dmarc_result, dom)))
    hs.append(('Return-Path', '<' + sender + '>'))
    hs.append(('Received', 'from %s\n        by mx.google.com with SMTPS id %s-%s.%d.%d.%02d.%02d.%02d.%02d.%02d\n        for <%s>\n'
               '        (Google Transport Security);\n        %s' % (
                   mx_from, rs(13, 'abcdef0123456789'), rs(14, 'abcdef0123456789'), rng.randint(2, 90), t.year, t.month, t.day,
                   in_tz(t_in, 'pacific').hour, t_in.minute, t_in.second, to, pacific_stamp(t_in))))
    if full:
        hs.append(('Received-SPF', '%s (google.com: domain of %s designates %s as permitted sender) client-ip=%s;' % (
            spf_result, sender, spf_ip, spf_ip)))
        hs.append(('Authentication-Results', 'mx.google.com;\n       dkim=%s header.i=@%s header.s=%s header.b=%s;\n'
                   '       spf=%s (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n'
                   '       dmarc=%s (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s' % (
                       dkim_result, dkim_dom, selector, rs(8, ALNUM), spf_result, sender, spf_ip, sender, dmarc_result, dom)))
    for text, back in hops:
        hs.append(('Received', text))
    if full and dkim_result == 'pass':
        ts = int(t.timestamp())
        hs.append(('DKIM-Signature', 'v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=%s; s=%s; t=%d; x=%d; darn=%s;\n'
                   '        h=to:subject:message-id:date:from:mime-version:from:to:cc:subject\n         :date:message-id:reply-to;\n'
                   '        bh=%s=;\n        b=%s' % (dkim_dom, selector, ts, ts + 604800, DOM, rs(43, B64C),
                                                      fold_b64(rs(342, B64C) + '==', indent='         '))))
        hs.append(('X-Google-DKIM-Signature', 'v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=1e100.net; s=20230601; t=%d; x=%d;\n'
                   '        h=to:subject:message-id:date:from:mime-version:x-gm-message-state\n         :from:to:cc:subject:date:message-id:reply-to;\n'
                   '        bh=%s=;\n        b=%s' % (ts, ts + 604800, rs(43, B64C), fold_b64(rs(342, B64C) + '==', indent='         '))))
        hs.append(('X-Gm-Message-State', 'AOJu0Y' + rs(60, B64C)))
        hs.append(('X-Gm-Gg', 'ASbGnc' + rs(160, B64C)))
    return hs


def exch_hop(t, src, src_ip, dst, secs_before, place='utc'):
    tt = later(t, -secs_before)
    return ('from %s (%s) by %s (%s) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1748.10;\n %s' % (
        src, src_ip, dst, '10.%d.%d.%d' % (rng.randint(1, 60), rng.randint(1, 9), rng.randint(2, 250)), format_datetime(in_tz(tt, place))), secs_before)


def mimecast_hop(t, secs_before, region='eu'):
    tt = later(t, -secs_before)
    host = '%s-smtp-outbound-%d.mimecast.com' % (region, rng.randint(1, 2))
    ip = '185.58.86.%d' % rng.randint(100, 200) if region == 'eu' else '205.139.110.%d' % rng.randint(100, 200)
    edge = 'LON-EDGE0%d.corp.larkspur-labs.com' % rng.randint(1, 2) if region == 'eu' else 'AUS-EDGE01.corp.larkspur-labs.com'
    return ('from %s (%s [81.144.%d.%d])\n        by %s with ESMTP with STARTTLS (version=TLSv1.3,\n        cipher=TLS_AES_256_GCM_SHA384) id %s-%s;\n        %s' % (
        edge, edge, rng.randint(1, 250), rng.randint(1, 250), host, rs(22, ALNUM), rs(6, ALNUM), format_datetime(in_tz(tt, 'utc'))), secs_before)


def plain_hop(t, secs_before, frm, by, proto='ESMTPS', idv=None, place='utc', for_=None):
    tt = later(t, -secs_before)
    s = 'from %s\n        by %s with %s id %s' % (frm, by, proto, idv or rs(12, HEX))
    if for_:
        s += '\n        for <%s>' % for_
    s += ';\n        %s' % format_datetime(in_tz(tt, place))
    return (s, secs_before)


def min_trace(t, sender, to=HELP):
    return google_trace(t, sender, to=to)


# ---------------------------------------------------------------- envelope builders
def env(client, frm, subject, date, body, to=None, cc=None, mid='auto', irt=None, refs=None, trace=(),
        extra=(), top_extra=(), thread_topic=None, lang=None, reply_to=None):
    """Return the full message bytes. frm/subject may be str (ascii) or bytes (raw 8-bit).
    client: gmail | apple | iphone | outlook | mac | ios | robot"""
    to = to if to is not None else HELP
    if mid == 'auto':
        mid = {'gmail': mid_gmail, 'apple': mid_apple, 'iphone': mid_apple, 'outlook': mid_outlook_win,
               'mac': mid_apple, 'ios': mid_outlook_cloud, 'robot': lambda: '<' + rs(24, ALNUM) + '@' + DOM + '>'}[client]()
    d = rfcdate(date)
    hs = list(trace) + list(top_extra)
    P = ('*PART*', None)
    base = []
    if client == 'gmail':
        base = [('MIME-Version', '1.0')]
        if refs:
            base.append(('References', refs))
        if irt:
            base.append(('In-Reply-To', irt))
        base += [('From', frm), ('Date', d)]
        if mid:
            base.append(('Message-ID', mid))
        base += [('Subject', subject), ('To', to)]
        if cc:
            base.append(('Cc', cc))
        if reply_to:
            base.append(('Reply-To', reply_to))
        base += list(extra) + [P]
    elif client in ('apple', 'iphone'):
        base = [P]
        if client == 'apple':
            base.append(('Mime-Version', '1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))'))
        else:
            base.append(('Mime-Version', '1.0 (1.0)'))
        base += [('Subject', subject), ('From', frm)]
        if irt:
            base.append(('In-Reply-To', irt))
        base.append(('Date', d))
        if cc:
            base.append(('Cc', cc))
        if mid:
            base.append(('Message-Id', mid))
        if refs:
            base.append(('References', refs))
        base.append(('To', to))
        base += list(extra)
        base.append(('X-Mailer', 'Apple Mail (2.3826.400.131.1.6)' if client == 'apple' else 'iPhone Mail (22D82)'))
    elif client == 'outlook':
        base = [('From', frm), ('To', to)]
        if cc:
            base.append(('Cc', cc))
        base.append(('Subject', subject))
        base.append(('Date', d))
        if mid:
            base.append(('Message-ID', mid))
        if irt:
            base.append(('In-Reply-To', irt))
        if refs:
            base.append(('References', refs))
        base += [('MIME-Version', '1.0'), P, ('X-Mailer', 'Microsoft Outlook 16.0'),
                 ('Thread-Index', thread_index()), ('Content-Language', lang or 'en-gb')]
        base += list(extra)
    elif client == 'mac':
        base = [('From', frm), ('To', to)]
        if cc:
            base.append(('Cc', cc))
        base.append(('Subject', subject))
        base.append(('Thread-Topic', thread_topic or subject))
        base.append(('Thread-Index', thread_index()))
        base.append(('Date', d))
        if mid:
            base.append(('Message-ID', mid))
        if irt:
            base.append(('In-Reply-To', irt))
        if refs:
            base.append(('References', refs))
        base += [('User-Agent', 'Microsoft-MacOutlook/16.95.25031520'), ('Content-Language', lang or 'en-US'),
                 ('MIME-Version', '1.0'), P]
        base += list(extra)
    elif client == 'ios':
        base = [('From', frm), ('To', to)]
        if cc:
            base.append(('Cc', cc))
        base += [('Subject', subject), ('Thread-Topic', thread_topic or 'GoodTime'), ('Thread-Index', 'AQ' + rs(30, B64C)),
                 ('Date', d)]
        if mid:
            base.append(('Message-ID', mid))
        base += [('Accept-Language', 'es-ES, en-US'), ('Content-Language', lang or 'es-ES'),
                 ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', ''), ('MIME-Version', '1.0'), P]
        base += list(extra)
    else:  # robot / other: caller supplies order through extra
        base = [('From', frm), ('To', to), ('Subject', subject), ('Date', d)]
        if mid:
            base.append(('Message-ID', mid))
        if reply_to:
            base.append(('Reply-To', reply_to))
        base += list(extra) + [('MIME-Version', '1.0'), P]
    hs += base
    out = b''
    for n, v in hs:
        if n == '*PART*':
            for pn, pv in body.headers:
                out += hline(pn, pv)
        else:
            out += hline(n, v)
    bb = body.body
    return out + b'\n' + bb


# ---------------------------------------------------------------- registry
MESSAGES = []


def reg(category, actions, article, lang, fmt, notes=''):
    def deco(fn):
        MESSAGES.append(dict(category=category, actions=actions, article=article, language=lang, format=fmt,
                             notes=notes, fn=fn, key=fn.__name__))
        return fn
    return deco


# ---------------------------------------------------------------- shared text
DISC_EN = ("CONFIDENTIALITY NOTICE: This e-mail and any attachments are CONFIDENTIAL and may be legally privileged. "
           "If you are not the intended recipient, or have received this e-mail in error, please notify the sender "
           "immediately and delete it from your system. Any unauthorised use, disclosure or copying is strictly prohibited. "
           "Larkspur Labs Ltd, registered in England and Wales no. 11842207, 1 Finsbury Avenue, London EC2M 2PF.")
DISC_IE = ("This message (including any attachments) is CONFIDENTIAL and intended only for the named addressee(s). "
           "If you have received it in error, please notify the sender IMMEDIATELY by return e-mail and delete it. "
           "E-mail is not a secure medium; Larkspur Labs Ireland Ltd accepts no liability for any error or omission "
           "in the contents of this message which arise as a result of e-mail transmission. Registered in Ireland No. 648213, "
           "Grand Canal Quay, Dublin 2, D02 YX88.")
DISC_URGENT = ("URGENT SECURITY REMINDER: Larkspur Labs will never ask you for your password or MFA code by e-mail. "
               "If you receive a suspicious message, report it immediately via the Phish Alert button. "
               "This e-mail is CONFIDENTIAL. If received in error, please delete it and notify the sender.")
DISC_FR = ("CONFIDENTIEL : Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs "
           "destinataires. Si vous avez reçu ce message par erreur, merci d'en avertir immédiatement l'expéditeur "
           "et de le détruire. Toute utilisation ou diffusion non autorisée est interdite. Larkspur Labs France SAS, "
           "RCS Lyon 912 448 301.")
DISC_US = ("The information contained in this e-mail is CONFIDENTIAL and intended solely for the addressee. "
           "If you received this in error, please notify the sender immediately and permanently delete the message. "
           "Larkspur Labs, Inc. | 500 W 2nd St, Suite 1900, Austin, TX 78701")


HL = 'GoodTime Help Line <helpline@larkspur-labs.com>'

# ============================================================================
# QUESTIONS answered by an article (26)
# ============================================================================

@reg('question', 'auto_reply', 'contact-support', 'en', 'gmail-alt;7bit;terse-lowercase;received-chain;dkim;arc;auth-results',
     'phone line for support?')
def q_phone():
    t = when(2026, 1, 15, 16, 47, 'austin')
    s = 'sam.whitaker@larkspur-labs.com'
    txt = ("hey - next time something goes sideways with one of my loops i'd honestly rather talk to a human at goodtime "
           "than type into a form. do they have a number we can call, or is it email only? what's the fastest way in\n\n"
           "sam")
    hops = [plain_hop(t, 2, 'mail-sor-f41.google.com', 'smtp.gmail.com', 'HTTPREST', place='pacific'),
            plain_hop(t, 3, '[10.128.0.14] (user.larkspur-labs.com [10.128.0.14])', 'smtp.gmail.com', 'ESMTPSA', place='pacific')]
    return env('gmail', named('Sam Whitaker', s), 'goodtime support - phone?', t, gmail_alt(txt),
               trace=google_trace(t, s, hops=hops, full=True))


@reg('question', 'auto_reply', 'contact-support', 'es', 'apple-alt;qp;rfc2047-q-utf8;corp-sig',
     'correo de soporte y qué datos mandar')
def q_soporte_correo():
    t = when(2026, 2, 3, 11, 8, 'madrid')
    txt = ("Hola equipo:\n\n"
           "Tengo una candidata en Ciudad de México para el puesto de SRE y el calendario que le llega no me cuadra del todo. "
           "Antes de marearos a vosotros prefiero preguntarle directamente a la gente de GoodTime.\n\n"
           "¿Me pasáis la dirección de correo de su soporte? Y otra cosa: ¿qué información conviene mandarles de primeras "
           "para que no me pidan todo otra vez en tres correos?\n\n"
           "¡Gracias!\nMarta\n\n"
           "--\nMarta Gómez\nRecruiting Coordinator · Engineering\nLarkspur Labs · Paseo de la Castellana 77, planta 9 · 28046 Madrid\n"
           "+34 910 48 22 17")
    return env('apple', named(ew_q('Marta Gómez', 'utf-8').replace('UTF-8', 'utf-8'), 'marta.gomez@larkspur-labs.com'),
               ew_q('Duda: ¿cómo contacto con el soporte de GoodTime?', 'utf-8'), t, apple_alt(txt),
               trace=min_trace(t, 'marta.gomez@larkspur-labs.com'))


@reg('question', 'auto_reply', 'support-hours', 'de', 'outlookmac-alt;qp;raw-utf8-from;no-word-hours',
     'ist abends/am Wochenende jemand erreichbar')
def q_support_abends():
    t = when(2026, 2, 12, 18, 34, 'berlin')
    txt = ("Hallo zusammen,\n\n"
           "kurze Frage, bevor es akut wird: Wir planen gerade viele Interviews mit Kandidat:innen an der US-Westküste, "
           "d. h. bei uns liegen die oft bei 18:30 oder 19:00 Uhr, manchmal auch samstags.\n\n"
           "Wenn in so einer Situation abends oder am Wochenende in GoodTime etwas hakt – ist bei GoodTime dann überhaupt "
           "jemand erreichbar, oder bleibt das bis zum nächsten Werktag liegen? Und falls ja, auf welchem Weg?\n\n"
           "Danke & viele Grüße\nTobias\n\n"
           "Tobias Krüger\nSenior Technical Recruiter | Larkspur Labs GmbH\nRosenthaler Str. 40, 10178 Berlin")
    return env('mac', 'Tobias Krüger <tobias.krueger@larkspur-labs.com>'.encode('utf-8'),
               'Support abends / am Wochenende erreichbar?', t, mac_alt(txt), lang='de-DE',
               trace=min_trace(t, 'tobias.krueger@larkspur-labs.com'))


@reg('question', 'auto_reply', 'support-hours', 'pt', 'iphone-plain;qp;mobile-sig-pt;night',
     'suporte responde de madrugada? onde ver prazos')
def q_suporte_noite():
    t = when(2026, 3, 9, 22, 51, 'lisbon')
    txt = ("Olá! Pergunta rápida: se eu tiver um problema com uma entrevista às 23h de Lisboa (temos candidatos em São Francisco), "
           "o suporte da GoodTime responde a essa hora ou só no dia seguinte? E onde é que consigo ver os prazos de resposta "
           "deles e as prioridades dos pedidos?\n\nObrigada\nInês\n\nEnviado do meu iPhone")
    return env('iphone', named(ew_q('Inês Carvalho', 'utf-8'), 'ines.carvalho@larkspur-labs.com'),
               'suporte GoodTime fora de horas', t, iphone_plain(txt),
               trace=min_trace(t, 'ines.carvalho@larkspur-labs.com'))


@reg('question', 'auto_reply', 'support-hours', 'en', 'outlook-html-only;qp;cp1252;rambling;corp-sig;disclaimer;received-chain;dkim;auth-results',
     'question in 3rd paragraph, no word hours')
def q_support_cover_rambling():
    t = when(2026, 2, 10, 19, 22, 'london')
    s = 'harriet.cole@larkspur-labs.com'
    txt = ("Hi all,\n\n"
           "I\u2019ve been pulling together the Q4/Q1 numbers on offer-stage scheduling for the EMEA leadership review, and one thing "
           "that jumped out is how many of our final-round panels for APAC candidates now start at 07:00 or 21:00 UK time. "
           "That\u2019s 31 of the 118 onsite loops we ran out of London and Dublin between 1 November and 31 January.\n\n"
           "The coordinators have generally handled it well, but twice in January something went wrong in the evening "
           "(a link issue and a time zone mix-up) and the coordinator on shift wasn\u2019t sure whether there was anyone to go to "
           "until the next morning.\n\n"
           "Which brings me to my actual question: if something breaks in GoodTime at, say, 21:30 London time or on a "
           "Sunday, is GoodTime\u2019s support team actually there to pick it up, or are we on our own until UK morning? "
           "And is there a published document with their response-time commitments and how they define ticket priority? "
           "I\u2019d rather cite the source in the deck than a number someone remembers.\n\n"
           "Many thanks,\nHarriet")
    sig = ("Harriet Cole\nSenior Recruiting Operations Analyst, EMEA\nLarkspur Labs\n1 Finsbury Avenue, London EC2M 2PF\n"
           "M: +44 7700 900418 | harriet.cole@larkspur-labs.com\nPronouns: she/her")
    hops = [mimecast_hop(t, 2), exch_hop(t, 'LON-EXCH02.corp.larkspur-labs.com', '10.40.2.17', 'LON-EDGE01.corp.larkspur-labs.com', 3, 'london'),
            exch_hop(t, 'LT-HCOLE-0912.corp.larkspur-labs.com', '10.40.18.77', 'LON-EXCH02.corp.larkspur-labs.com', 4, 'london')]
    return env('outlook', named('Harriet Cole', s), 'GoodTime support cover for late APAC panels', t,
               outlook_html_only(txt, lang='EN-GB', sig=sig, disclaimer=DISC_EN), lang='en-gb',
               trace=google_trace(t, s, hops=hops, full=True, arc=False, mx_from='eu-smtp-delivery-1.mimecast.com (eu-smtp-delivery-1.mimecast.com. [185.58.86.151])', spf_ip='185.58.86.151'))


@reg('question', 'auto_reply', 'chat-bubble', 'fr', 'gmail-alt;qp;rfc2047-b-utf8-from',
     'bulle violette introuvable (pas connectée)')
def q_bulle():
    t = when(2026, 1, 22, 10, 15, 'lyon')
    txt = ("Bonjour,\n\n"
           "Une collègue de Dublin m'a dit qu'on pouvait discuter en direct avec le support GoodTime grâce à une petite bulle "
           "violette en bas de l'écran. Sauf que chez moi, rien du tout.\n\n"
           "Pour info j'ouvre GoodTime en cliquant sur le lien qui se trouve dans les invitations d'entretien, je ne passe pas "
           "par une page de connexion. Est-ce qu'il faut activer quelque chose, ou demander un accès particulier ?\n\n"
           "Merci d'avance,\nÉlodie")
    return env('gmail', ew_b('Élodie Garnier') + ' <elodie.garnier@larkspur-labs.com>',
               'Bulle de discussion GoodTime ?', t, gmail_alt(txt),
               trace=min_trace(t, 'elodie.garnier@larkspur-labs.com'))


@reg('question', 'auto_reply', 'chat-bubble', 'en', 'apple-plain;7bit;reply-quoted-unrelated;terse-lowercase',
     'where is the chat thing; quoted thread about rooms')
def q_chat_where():
    t = when(2026, 3, 4, 14, 2, 'austin')
    old = when(2026, 2, 18, 9, 40, 'austin')
    txt = ("different thing but replying here bc i can never find the help line address lol\n\n"
           "where is the purple chat thing everyone keeps telling me to use?? i'm in goodtime on chrome right now and i've "
           "looked all along the top menu and in settings. nothing.\n\n"
           "k\n\n"
           "> On Feb 18, 2026, at 9:40 AM, GoodTime Help Line <helpline@larkspur-labs.com> wrote:\n"
           "> \n"
           "> Hi Keisha,\n"
           "> \n"
           "> For the February onsites in Austin, Pecan 4.11 and Live Oak 4.02 are both set up as bookable rooms now, so they\n"
           "> should show up when you search. Mesquite 3.10 is still reserved for the exec team on Tuesdays.\n"
           "> \n"
           "> Thanks,\n"
           "> Help Line\n"
           "> \n"
           ">> On Feb 17, 2026, at 4:55 PM, Keisha Hollis <keisha.hollis@larkspur-labs.com> wrote:\n"
           ">> \n"
           ">> which rooms on 4 can we use for onsites in feb? goodtime only shows me mesquite\n")
    return env('apple', named('Keisha Hollis', 'keisha.hollis@larkspur-labs.com'), 'Re: Austin onsite rooms for Feb', t,
               apple_plain(txt), irt=mid_apple(), refs=mid_apple() + '\n ' + mid_apple(),
               trace=min_trace(t, 'keisha.hollis@larkspur-labs.com'))


@reg('question', 'auto_reply', 'contact-csm', 'de', 'gmail-alt;base64;utf8;rfc2047-b-split-midword',
     'Termin mit Customer Success Managerin, Kontakt verloren')
def q_csm_de():
    t = when(2026, 2, 24, 9, 5, 'berlin')
    txt = ("Hi ihr Lieben,\n\n"
           "ich würde gern mit unserer Customer Success Managerin bei GoodTime sprechen – wir wollen in Berlin die Loops für "
           "Hiring-Manager-Interviews umbauen und ich hätte dazu gern mal eine Einschätzung von außen.\n\n"
           "Leider finde ich ihre Kontaktdaten nicht mehr, die waren irgendwo in einem Onboarding-Thread vom letzten Jahr "
           "vergraben. Wie komme ich am schnellsten an einen Termin bei ihr?\n\n"
           "Viele Grüße\nKatrin")
    subj = 'Kontakt zu unserer Customer-Success-Ansprechpartnerin bei GoodTime'
    return env('gmail', named(ew_b('Katrin Schäfer'), 'katrin.schaefer@larkspur-labs.com'),
               ew_split(subj, [49], 'UTF-8', 'B'), t, gmail_alt(txt, b64body=True),
               trace=min_trace(t, 'katrin.schaefer@larkspur-labs.com'))


@reg('question', 'auto_reply', 'contact-csm', 'pt', 'outlookmac-alt;qp;rfc2047-q-latin1',
     'marcar reunião com customer success')
def q_csm_pt():
    t = when(2026, 3, 17, 9, 41, 'lisbon')
    txt = ("Bom dia,\n\n"
           "Alguém me sabe dizer como marco uma reunião com a pessoa de Customer Success da GoodTime que acompanha a nossa conta? "
           "Não tenho o contacto dela (ou dele, nem sei bem quem é neste momento).\n\n"
           "Queria só uma conversa de 30 minutos para perceber boas práticas para painéis com entrevistadores em Lisboa e Dublin.\n\n"
           "Obrigado,\nRui\n\n"
           "Rui Almeida\nRecruiting Manager, Engineering – Lisboa\nLarkspur Labs · Av. da Liberdade 110, 1269-046 Lisboa")
    return env('mac', named('Rui Almeida', 'rui.almeida@larkspur-labs.com'),
               ew_q('Reunião com o Customer Success da GoodTime', 'iso-8859-1'), t, mac_alt(txt), lang='pt-PT',
               thread_topic=ew_q('Reunião com o Customer Success da GoodTime', 'utf-8'),
               trace=min_trace(t, 'rui.almeida@larkspur-labs.com'))


@reg('question', 'auto_reply', 'contact-csm', 'en', 'gmail-alt;7bit;received-chain;dkim;arc;auth-results;no-letters-csm',
     'customer success person, without the acronym')
def q_custsuccess_en():
    t = when(2026, 1, 28, 15, 20, 'dublin')
    s = 'niamh.gallagher@larkspur-labs.com'
    txt = ("Hi folks,\n\n"
           "Who is our customer success person at GoodTime these days, and how do I get time in their diary? I think ours "
           "changed some time last autumn and I never got the new details.\n\n"
           "I'd like 30-45 minutes with them to talk through how we run hiring-manager-only loops for the Dublin platform team. "
           "Not urgent, anytime in the next couple of weeks is fine.\n\n"
           "Thanks a million,\nNiamh\n\n"
           "Niamh Gallagher | Talent Acquisition Lead, Engineering (EMEA)\nLarkspur Labs Ireland | Grand Canal Quay, Dublin 2")
    hops = [plain_hop(t, 2, 'mail-sor-f65.google.com', 'smtp.gmail.com', 'HTTPREST', place='pacific')]
    return env('gmail', named('Niamh Gallagher', s), 'Who do we talk to at GoodTime for account-level advice?', t,
               gmail_alt(txt), trace=google_trace(t, s, hops=hops, full=True))


@reg('question', 'auto_reply', 'product-board', 'es', 'gmail-alt;qp;terse-lowercase;misleading-subject',
     'dónde se mandan ideas, se puede votar')
def q_ideas_es():
    t = when(2026, 2, 19, 17, 55, 'madrid')
    txt = ("buenas\n\n"
           "dónde se mandan ideas de mejora para goodtime? tengo un par apuntadas y no sé si van aquí, a soporte o a algún sitio "
           "de ellos. y ya que estoy: se puede votar lo que ya ha propuesto otra gente o hay que escribirlo todo de nuevo?\n\n"
           "álvaro")
    return env('gmail', named(ew_b('Álvaro Ruiz'), 'alvaro.ruiz@larkspur-labs.com'), 'ideas para goodtime', t,
               gmail_alt(txt), trace=min_trace(t, 'alvaro.ruiz@larkspur-labs.com'))


@reg('question', 'auto_reply', 'product-board', 'fr', 'outlook-html-only;qp;cp1252;rfc2047-q-latin1;corp-sig;disclaimer',
     'remonter des idées produit, voter utile ?')
def q_ideas_fr():
    t = when(2026, 3, 5, 16, 12, 'lyon')
    txt = ("Bonjour à tous,\n\n"
           "Avec l\u2019équipe recrutement tech de Lyon on accumule pas mal de remarques sur GoodTime (rien de bloquant, plutôt "
           "des petites choses qui nous feraient gagner du temps au quotidien). Plutôt que de râler entre nous à la machine à café, "
           "on aimerait les faire remonter aux équipes produit de l\u2019éditeur.\n\n"
           "Est-ce qu\u2019il existe un endroit officiel pour ça ? Et est-ce que ça vaut le coup de voter pour des idées déjà "
           "proposées par d\u2019autres clients, ou c\u2019est purement décoratif ?\n\n"
           "Bonne fin de journée,\nThéo")
    sig = ("Théo Bernard\nRecruteur technique senior \u2013 Plateforme & Data\nLarkspur Labs France SAS\n"
           "27 rue de la République, 69002 Lyon\nTél. : +33 4 72 00 18 45")
    return env('outlook', named(ew_q('Théo Bernard', 'iso-8859-1'), 'theo.bernard@larkspur-labs.com'),
               ew_q('Proposer une amélioration à GoodTime ?', 'iso-8859-1'), t,
               outlook_html_only(txt, lang='FR', sig=sig, disclaimer=DISC_FR), lang='fr-fr',
               trace=min_trace(t, 'theo.bernard@larkspur-labs.com'))


@reg('question', 'auto_reply', 'internal-project-team', 'pt', 'gmail-alt;qp;pt-br',
     'quem responde esta caixa, o que mandar')
def q_quem_responde():
    t = when(2026, 1, 19, 14, 33, 'lisbon')
    txt = ("Oi pessoal, tudo bem?\n\n"
           "Cheguei no time de recrutamento de Lisboa semana passada (vim de São Paulo, de outra empresa, então GoodTime é "
           "novidade total pra mim).\n\n"
           "Uma dúvida meio básica: quem responde esse e-mail? É o pessoal da própria GoodTime ou é gente nossa, da Larkspur? "
           "E que tipo de coisa faz sentido mandar pra cá, pra eu não ficar enchendo a caixa de vocês com besteira?\n\n"
           "Valeu!\nLucas")
    return env('gmail', named('Lucas Pereira', 'lucas.pereira@larkspur-labs.com'),
               ew_b('dúvida de novato sobre este e-mail'), t, gmail_alt(txt),
               trace=min_trace(t, 'lucas.pereira@larkspur-labs.com'))


@reg('question', 'auto_reply', 'internal-project-team', 'en', 'outlookmac-alt;qp;corp-sig',
     'EA: who runs this inbox, is it for how we do things here')
def q_who_runs():
    t = when(2026, 2, 26, 11, 47, 'london')
    txt = ("Hello,\n\n"
           "Quick one \u2013 I\u2019m an EA supporting two VPs (Engineering and Infrastructure) who are now sitting on a lot of "
           "final-round panels, so I\u2019ll be in GoodTime more than I\u2019d like.\n\n"
           "Before I start pestering you: is this inbox run by GoodTime themselves or by people in-house? And is it the right "
           "place to ask about the way we do things here \u2013 house rules, who owns what \u2013 or should that kind of thing "
           "go somewhere else?\n\n"
           "Many thanks,\nBen\n\n"
           "Ben Okoro\nExecutive Assistant to Marta Lindqvist (VP Engineering) and Raj Patel (VP Infrastructure)\n"
           "Larkspur Labs | 1 Finsbury Avenue, London EC2M 2PF\n+44 20 3059 7741")
    return env('mac', named('Ben Okoro', 'ben.okoro@larkspur-labs.com'), 'Who looks after this mailbox?', t, mac_alt(txt),
               lang='en-GB', trace=min_trace(t, 'ben.okoro@larkspur-labs.com'))


@reg('question', 'auto_reply', 'escalation-path', 'de', 'apple-alt;qp;corp-sig',
     'neu: wer ist wofür zuständig, Reihenfolge')
def q_reihenfolge():
    t = when(2026, 1, 27, 10, 26, 'berlin')
    txt = ("Hallo Helpline-Team,\n\n"
           "ich bin seit zwei Wochen als Recruiting Coordinator in Berlin dabei und versuche gerade zu durchblicken, wer bei "
           "GoodTime-Themen eigentlich wofür zuständig ist.\n\n"
           "Wenn mir zum Beispiel ein Fehler im Tool auffällt – schreibe ich dann euch, direkt an GoodTime oder an unsere "
           "Kundenbetreuung dort? Und wo gebe ich Verbesserungsideen ab? Gibt es da eine feste Reihenfolge, an die ihr euch "
           "haltet?\n\n"
           "Danke euch und liebe Grüße\nLena\n\n"
           "--\nLena Hoffmann\nRecruiting Coordinator · Larkspur Labs GmbH\nRosenthaler Str. 40, 10178 Berlin\n"
           "+49 30 2016 5540")
    return env('apple', named('Lena Hoffmann', 'lena.hoffmann@larkspur-labs.com'),
               ew_q('Wer ist wofür zuständig? (GoodTime)', 'utf-8'), t, apple_alt(txt),
               trace=min_trace(t, 'lena.hoffmann@larkspur-labs.com'))


@reg('question', 'auto_reply', 'candidate-availability-request', 'de', 'outlook-alt;qp;latin1;raw-cp1252-subject',
     'Kandidat soll freie Zeiten selbst eintragen (Onsite, 4 Sessions)')
def q_verfuegbarkeit():
    t = when(2026, 3, 10, 8, 52, 'berlin')
    txt = ("Moin,\n\n"
           "ich habe einen Kandidaten für die Staff-Engineer-Stelle (Payments), der gerade zwischen zwei Städten pendelt und "
           "mir alle zwei Tage neue Zeitfenster per Mail schickt. Ich tippe die momentan von Hand ab.\n\n"
           "Kann ich ihm aus GoodTime heraus etwas schicken, wo er selbst einträgt, wann er kann? Es geht um ein Onsite mit "
           "vier Sessions, also nicht einfach einen einzelnen Slot, den er bucht.\n\n"
           "Danke!\nJonas\n\n"
           "Jonas Weber\nTechnical Recruiter\nLarkspur Labs GmbH | Berlin")
    return env('outlook', named('Jonas Weber', 'jonas.weber@larkspur-labs.com'),
               'Verfügbarkeiten vom Kandidaten abfragen \u2013 wie?'.encode('cp1252'), t,
               outlook_alt(txt, lang='DE', cs='iso-8859-1'), lang='de-de',
               trace=min_trace(t, 'jonas.weber@larkspur-labs.com'))


@reg('question', 'auto_reply', 'interviewer-training', 'de', 'iphone-plain;qp;mobile-sig-de;terse-lowercase',
     'was heißt reverse shadow, was kommt danach')
def q_reverse_shadow():
    t = when(2026, 2, 6, 7, 48, 'berlin')
    txt = ("hi, mein neuer senior dev soll demnächst system-design-interviews machen. im goodtime-profil steht bei ihm "
           "\"shadow\". was heißt bei euch dann \"reverse shadow\" genau und was kommt danach, bevor er allein interviewen darf?\n\n"
           "danke\nsteffi\n\nVon meinem iPhone gesendet")
    return env('iphone', named(ew_b('Stefanie Müller'), 'stefanie.mueller@larkspur-labs.com'),
               'reverse shadow??', t, iphone_plain(txt), trace=min_trace(t, 'stefanie.mueller@larkspur-labs.com'))


@reg('question', 'auto_reply', 'calendar-sync', 'es', 'outlook-html-only;qp;cp1252;crlf',
     'tras migración de cuenta, ¿reconectar calendario?')
def q_reconectar():
    t = when(2026, 3, 2, 12, 4, 'madrid')
    txt = ("Hola,\n\n"
           "La semana pasada IT me migró la cuenta de correo (me cambiaron también la contraseña) y desde entonces GoodTime me "
           "ofrece a los candidatos huecos en los que tengo reuniones puestas.\n\n"
           "¿Tengo que volver a conectar el calendario de alguna forma? No sé si es algo que hago yo desde mi perfil o si lo "
           "tenéis que hacer vosotros.\n\n"
           "Un saludo,\nCarmen\n\n"
           "Carmen Núñez\nTechnical Recruiter · Larkspur Labs Madrid")
    return env('outlook', named('Carmen Nunez', 'carmen.nunez@larkspur-labs.com'), 'Calendario de Outlook y GoodTime', t,
               outlook_html_only(txt, lang='ES'), lang='es-es', trace=min_trace(t, 'carmen.nunez@larkspur-labs.com'))


@reg('question', 'auto_reply', 'room-booking', 'es', 'gmail-alt;qp',
     'onsite en Madrid, no salen salas')
def q_salas():
    t = when(2026, 4, 14, 13, 18, 'madrid')
    txt = ("¡Hola!\n\n"
           "Es la primera vez que organizo un onsite en la oficina de Madrid con GoodTime (hasta ahora todo lo hacíamos por Meet). "
           "Cuando busco horarios para el candidato no me aparece ninguna sala, solo los entrevistadores.\n\n"
           "¿Hay que marcar algo en la entrevista para que busque también salas de la oficina? ¿O las salas de Madrid no están "
           "dadas de alta?\n\n"
           "Gracias,\nJavi")
    return env('gmail', named('Javier Morales', 'javier.morales@larkspur-labs.com'), 'Salas para onsite en Madrid', t,
               gmail_alt(txt), trace=min_trace(t, 'javier.morales@larkspur-labs.com'))


@reg('question', 'auto_reply', 'interviewer-load-balancing', 'es', 'apple-alt;qp;raw-utf8-subject',
     'tope de entrevistas por semana por entrevistador')
def q_tope():
    t = when(2026, 3, 18, 16, 40, 'madrid')
    txt = ("Buenas tardes,\n\n"
           "Nos está pasando que las entrevistas técnicas de backend caen casi siempre en las mismas tres personas del equipo de "
           "plataforma, y ya se han quejado (con razón: una de ellas tuvo nueve la semana pasada).\n\n"
           "¿Se puede poner en GoodTime un máximo de entrevistas por semana para cada entrevistador? ¿Y qué pasa cuando alguien "
           "llega a ese máximo, deja de aparecer?\n\n"
           "Gracias,\nLucía\n\n"
           "Lucía Fernández\nRecruiting Operations · Larkspur Labs Madrid")
    return env('apple', named(ew_q('Lucía Fernández', 'utf-8'), 'lucia.fernandez@larkspur-labs.com'),
               'Máximo de entrevistas por entrevistador'.encode('utf-8'), t, apple_alt(txt),
               trace=min_trace(t, 'lucia.fernandez@larkspur-labs.com'))


@reg('question', 'auto_reply', 'add-interviewer-to-pool', 'fr', 'apple-alt;base64;utf8;rfc2047-q-split-midword',
     'nouvel ingénieur à ajouter pour entretiens coding')
def q_ajout_pool():
    t = when(2026, 2, 17, 11, 2, 'lyon')
    txt = ("Coucou l'équipe,\n\n"
           "Un nouvel ingénieur backend, Mathis Giraud, a rejoint Lyon le mois dernier et son manager voudrait qu'il puisse "
           "faire passer les entretiens « coding » à partir de maintenant.\n\n"
           "Qu'est-ce que je dois faire pour que GoodTime commence à le proposer quand je planifie ? Il a déjà son compte "
           "GoodTime (je l'ai vu dans la liste des utilisateurs).\n\n"
           "Merci !\nCamille")
    subj = 'Ajouter un intervieweur pour les entretiens coding'
    return env('apple', named(ew_q('Camille Lefèvre', 'utf-8'), 'camille.lefevre@larkspur-labs.com'),
               ew_split(subj, [22], 'utf-8', 'Q'), t, apple_alt(txt, b64body=True),
               trace=min_trace(t, 'camille.lefevre@larkspur-labs.com'))


@reg('question', 'auto_reply', 'time-zones', 'fr', 'gmail-alt;qp',
     'candidate Montréal, panel Lyon+Dublin, changement d heure')
def q_fuseaux():
    t = when(2026, 3, 19, 9, 27, 'lyon')
    txt = ("Bonjour,\n\n"
           "J'ai une candidate basée à Montréal et un panel réparti entre Lyon et Dublin la semaine prochaine (jeudi 26 mars).\n\n"
           "Comment je m'assure que tout le monde reçoit la bonne heure, elle comme les intervieweurs ? J'avoue que j'ai un peu "
           "peur avec le changement d'heure en Europe le week-end d'après, et le Canada qui a déjà changé.\n\n"
           "Merci,\nSophie")
    return env('gmail', named('Sophie Roussel', 'sophie.roussel@larkspur-labs.com'), 'Candidate au Canada + panel Lyon/Dublin', t,
               gmail_alt(txt), trace=min_trace(t, 'sophie.roussel@larkspur-labs.com'))


@reg('question', 'auto_reply', 'reschedule-interview', 'fr', 'iphone-plain;qp;mobile-sig-fr;terse-lowercase',
     'décaler un entretien: outlook ou goodtime')
def q_decaler():
    t = when(2026, 4, 2, 8, 3, 'lyon')
    txt = ("salut, si je dois décaler un entretien d'une heure, je le bouge direct dans mon agenda outlook ou faut passer "
           "par goodtime ? merci\n\nEnvoyé de mon iPhone")
    return env('iphone', named('Julien Moreau', 'julien.moreau@larkspur-labs.com'), 'décaler un entretien'.encode('utf-8'), t,
               iphone_plain(txt), trace=min_trace(t, 'julien.moreau@larkspur-labs.com'))


@reg('question', 'auto_reply', 'cancel-interview', 'pt', 'outlook-html-only;qp;cp1252;reply-outlook-block-unrelated',
     'candidata desistiu, apagar eventos? quoted thread about rooms')
def q_cancelar():
    t = when(2026, 3, 24, 15, 9, 'lisbon')
    txt = ("Olá equipa,\n\n"
           "Aproveito este fio porque foi o último que tive convosco.\n\n"
           "A candidata da vaga de Data Engineer (a Sofia, do onsite de quinta) desistiu do processo esta manhã. Posso simplesmente "
           "apagar os eventos dos calendários dos entrevistadores, ou há uma forma mais correta de cancelar no GoodTime? Não quero "
           "que ela receba nada estranho.\n\n"
           "Obrigada,\nBeatriz")
    reply = ([('From:', 'GoodTime Help Line <helpline@larkspur-labs.com>'), ('Sent:', 'Thursday, March 12, 2026 10:02 AM'),
              ('To:', 'Beatriz Gonçalves <beatriz.goncalves@larkspur-labs.com>'),
              ('Subject:', 'RE: Sala para onsite em Lisboa')],
             "Olá Beatriz,\n\nA sala Tejo 2.04 já está configurada no GoodTime e deve aparecer quando a entrevista está marcada "
             "como presencial em Lisboa.\n\nCumprimentos,\nHelp Line")
    return env('outlook', named(ew_q('Beatriz Gonçalves', 'iso-8859-1'), 'beatriz.goncalves@larkspur-labs.com'),
               'RE: Sala para onsite em Lisboa', t, outlook_html_only(txt, lang='PT', reply=reply), lang='pt-pt',
               irt=mid_outlook_win(), refs=mid_outlook_win(), trace=min_trace(t, 'beatriz.goncalves@larkspur-labs.com'))


@reg('question', 'auto_reply', 'debrief-scheduling', 'pt', 'gmail-alt;base64;utf8;rfc2047-b-utf8',
     'debrief sem convite ao candidato')
def q_debrief():
    t = when(2026, 4, 21, 17, 36, 'lisbon')
    txt = ("Olá,\n\n"
           "Depois de um onsite com quatro entrevistas quero juntar os entrevistadores e a hiring manager para falarmos do "
           "candidato no dia seguinte. Dá para marcar isso pelo GoodTime, usando os calendários deles?\n\n"
           "E já agora: como é que garanto que o candidato não recebe convite nem e-mail nenhum dessa reunião?\n\n"
           "Abraço,\nTiago")
    return env('gmail', named('Tiago Sousa', 'tiago.sousa@larkspur-labs.com'),
               ew_b('reunião pós-onsite só com a equipa'), t, gmail_alt(txt, b64body=True),
               trace=min_trace(t, 'tiago.sousa@larkspur-labs.com'))


@reg('question', 'auto_reply', 'self-scheduling-link', 'en', 'gmail-alt;7bit;terse-lowercase;typos',
     'can candidates pick phone screen slot themselves')
def q_selfsched():
    t = when(2026, 1, 30, 21, 14, 'austin')
    txt = ("can candidates just grab a phone screen slot on thier own instead of my recruiter emailing back and forth 4 times? "
           "if so how do i (or she) set that up. its a single 45 min call w me")
    return env('gmail', named('Priya Raman', 'priya.raman@larkspur-labs.com'), 'phone screens', t, gmail_alt(txt),
               trace=min_trace(t, 'priya.raman@larkspur-labs.com'))


# ============================================================================
# QUESTIONS no article answers (10)
# ============================================================================

@reg('question', 'forward_support', 'none', 'en', 'outlookmac-alt;qp;long-precise;folded-subject',
     'API / nightly export to Snowflake (reporting decoy)')
def n_api_export():
    t = when(2026, 2, 9, 23, 41, 'austin')
    txt = ("Hi team,\n\n"
           "Context: we're building a recruiting-funnel model in Snowflake for the engineering org and I'd like interview-level "
           "scheduling data to land there nightly rather than me exporting CSVs by hand every Monday.\n\n"
           "Specifically I need, per scheduled interview: interview ID, candidate ID and job ID as they exist in Greenhouse, "
           "created/scheduled/rescheduled/cancelled timestamps (UTC), interviewer user IDs per session, and the template used.\n\n"
           "Questions:\n"
           "1. Does GoodTime expose a public API (REST or otherwise) that returns this, and is it included in our plan?\n"
           "2. If yes, how are API keys provisioned, and what are the rate limits / pagination rules?\n"
           "3. If no API, is there any supported scheduled export (SFTP, S3 drop) we could point at?\n\n"
           "Happy to jump on a call if easier.\n\n"
           "Thanks,\nTyler\n\n"
           "Tyler Brandt\nRecruiting Operations Analyst | Larkspur Labs\nAustin, TX (US Central)")
    subj = fold('Question re: programmatic access to GoodTime interview data (API / scheduled export) for the Snowflake funnel model')
    return env('mac', named('Tyler Brandt', 'tyler.brandt@larkspur-labs.com'), subj, t, mac_alt(txt), lang='en-US',
               thread_topic=fold('Question re: programmatic access to GoodTime interview data (API / scheduled export) for the Snowflake funnel model'),
               trace=min_trace(t, 'tyler.brandt@larkspur-labs.com'))


@reg('question', 'forward_support', 'none', 'en', 'apple-plain;7bit',
     'when do OUR reminders go out (reminders decoy, article vague)')
def n_reminder_timing():
    t = when(2026, 3, 11, 10, 33, 'austin')
    txt = ("Hi!\n\n"
           "Quick sanity check. A candidate for Thursday's onsite just asked me \"will I get a reminder the day before or the "
           "morning of?\" and I realized I have no idea how ours are set up. Is it 24 hours before, 48, the morning of? "
           "And do interviewers get one too or only the candidate?\n\n"
           "Would love to give her an actual answer instead of \"probably\".\n\n"
           "Thanks,\nJordan\n\n"
           "Jordan Reyes\nRecruiting Coordinator, Engineering\nLarkspur Labs - Austin")
    return env('apple', named('Jordan Reyes', 'jordan.reyes@larkspur-labs.com'), 'reminder timing for candidates?', t,
               apple_plain(txt), trace=min_trace(t, 'jordan.reyes@larkspur-labs.com'))


@reg('question', 'forward_support', 'none', 'en', 'iphone-plain;7bit;mobile-sig-en;terse-lowercase',
     'is there a mobile app')
def n_mobile_app():
    t = when(2026, 4, 6, 7, 12, 'austin')
    txt = ("is there a goodtime app for ios? i'm at a conference all next week and only have my phone for most of it. "
           "the website on safari is kind of unusable\n\nSent from my iPhone")
    return env('iphone', named('Dana Liu', 'dana.liu@larkspur-labs.com'), 'goodtime on phone', t, iphone_plain(txt),
               trace=min_trace(t, 'dana.liu@larkspur-labs.com'))


@reg('question', 'forward_support', 'none', 'en', 'outlook-html-only;qp;cp1252;disclaimer-urgent;corp-sig',
     'where GoodTime stores candidate data, retention (GDPR)')
def n_gdpr():
    t = when(2026, 1, 13, 14, 25, 'dublin')
    txt = ("Hi team,\n\n"
           "Our legal team in Dublin is updating the candidate privacy notice and asked me two things about GoodTime:\n\n"
           "1) In which region(s) does GoodTime store candidate personal data (EU or US), and\n"
           "2) How long is candidate data kept in GoodTime after a candidate is rejected or withdraws, and can we delete it on request?\n\n"
           "Do we have this written down anywhere already? If not, who would know?\n\n"
           "Thanks,\nFionn")
    sig = ("Fionn Doyle\nRecruiting Operations Specialist\nLarkspur Labs Ireland Ltd\nGrand Canal Quay, Dublin 2, D02 YX88\n"
           "T: +353 1 907 4412")
    return env('outlook', named('Doyle, Fionn', 'fionn.doyle@larkspur-labs.com', quote=True),
               'GoodTime - candidate data location & retention?', t,
               outlook_html_only(txt, lang='EN-IE', sig=sig, disclaimer=DISC_URGENT), lang='en-ie',
               trace=min_trace(t, 'fionn.doyle@larkspur-labs.com'))


@reg('question', 'forward_support', 'none', 'en', 'gmail-alt;7bit;reply-quoted-unrelated',
     'internal transfer not in ATS (ats decoy); quoted thread about itinerary')
def n_internal_transfer():
    t = when(2026, 2, 16, 12, 51, 'london')
    txt = ("Hiya, hijacking my old thread as I couldn't find the address.\n\n"
           "Can I schedule something in GoodTime for an internal transfer who isn't in Greenhouse at all? The hiring manager "
           "wants a proper three-session loop for someone moving over from Support Engineering, but HRBP doesn't want us to "
           "create an application for internal moves. Is there a way to do it without a candidate record, or do we just do it "
           "by hand in Google Calendar?\n\n"
           "Cheers,\nTom")
    quote = ('On Mon, 2 Feb 2026 at 09:14, GoodTime Help Line <helpline@larkspur-labs.com> wrote:',
             "Hi Tom,\n\nYes, you can resend the candidate's itinerary from the interview page after the room change, "
             "and it will go out with the updated room.\n\nThanks,\nHelp Line\n")
    return env('gmail', named('Tom Ashworth', 'tom.ashworth@larkspur-labs.com'), 'Re: Resending itinerary after room change', t,
               gmail_alt(txt, quote=quote), irt=mid_gmail(), refs=mid_gmail() + ' ' + mid_gmail(),
               trace=min_trace(t, 'tom.ashworth@larkspur-labs.com'))


@reg('question', 'forward_support', 'none', 'en', 'gmail-alt;7bit;att-pdf;multipart-mixed',
     'bulk scheduling for new-grad hiring day')
def n_hiring_day():
    t = when(2026, 3, 26, 15, 3, 'austin')
    txt = ("Hi helpline,\n\n"
           "We're running a new-grad hiring day in Austin on Friday 24 April: roughly 30 candidates, each doing the same four "
           "stations (coding, debugging, behavioral, team match) in rotating order, 8 rooms, about 24 interviewers. Rough plan "
           "attached.\n\n"
           "Can GoodTime schedule the whole event in one go and work out the rotation, or do I have to build 30 separate "
           "onsites candidate by candidate? If it's the latter I'll start now...\n\n"
           "Thanks!\nMaya\n\n"
           "Maya Okafor\nSenior Technical Recruiter, University & Early Career\nLarkspur Labs")
    att = attach(pdf(['New Grad Hiring Day - Austin - Fri 24 Apr 2026', '', 'Candidates: ~30 (3 waves of 10)',
                      'Stations: Coding / Debugging / Behavioral / Team match (45 min each)',
                      'Rooms: Pecan 4.11, Live Oak 4.02, Mesquite 3.10, Cedar 3.04, +4 on L2',
                      'Interviewers: 24 (pool: NG-2026)', 'Lunch 12:00-13:00 with hosts', 'Owner: M. Okafor'],
                     'Hiring day plan'), 'application/pdf', 'NG Hiring Day - plan v2.pdf')
    bd = b_gmail()
    body = multi('mixed', [gmail_alt(txt), att], bd)
    return env('gmail', named('Maya Okafor', 'maya.okafor@larkspur-labs.com'), 'Hiring day 24 April - schedule all at once?', t,
               body, trace=min_trace(t, 'maya.okafor@larkspur-labs.com'))


@reg('question', 'forward_support', 'none', 'en', 'gmail-alt;qp;two-topics',
     'resume in invite sometimes (template decoy) + who to ask')
def n_resume_invite():
    t = when(2026, 2, 20, 10, 9, 'dublin')
    txt = ("Morning,\n\n"
           "One of our interviewers (Siobhán on the data team) says she gets the candidate's CV linked in the GoodTime calendar "
           "invite for some loops but not for others, and she's asking me why. I genuinely don't know what decides that. "
           "Is the CV supposed to be attached to every interviewer invite, or only for certain interview types?\n\n"
           "Also, semi-related, is it normal that she can't see the CV at all if she opens the invite on her phone?\n\n"
           "Thanks,\nCiara")
    return env('gmail', named('Ciara Byrne', 'ciara.byrne@larkspur-labs.com'), 'CV in interviewer invites', t, gmail_alt(txt),
               trace=min_trace(t, 'ciara.byrne@larkspur-labs.com'))


@reg('question', 'forward_support', 'none', 'en', 'gmail-alt;7bit;terse-lowercase',
     'take-home / timed coding tests in goodtime?')
def n_takehome():
    t = when(2026, 4, 9, 16, 58, 'london')
    txt = "does goodtime do take-home tests / timed coding exercises or is that a different tool entirely? new to all this"
    return env('gmail', named('Aisha Khan', 'aisha.khan@larkspur-labs.com'), 'take home tests?', t, gmail_alt(txt),
               trace=min_trace(t, 'aisha.khan@larkspur-labs.com'))


@reg('question', 'forward_support|needs_review', 'none', 'de', 'form-mailer;auto-submitted;base64;latin1;rfc2047-b-latin1;no-msgid',
     'Kontaktformular: Oberfläche/Mails auf Deutsch?')
def n_form_deutsch():
    t = when(2026, 3, 3, 13, 47, 'berlin')
    txt = ("Neue Anfrage über das Kontaktformular \"GoodTime-Hilfe\" im Intranet\n"
           "============================================================\n\n"
           "Name:        Felix Braun\n"
           "E-Mail:      felix.braun@larkspur-labs.com\n"
           "Standort:    Berlin\n"
           "Rolle:       Recruiting Coordinator\n"
           "Thema:       Frage zur Nutzung\n\n"
           "Nachricht:\n"
           "Hallo, kann man die GoodTime-Oberfläche auf Deutsch umstellen? Und noch wichtiger: Können die E-Mails an "
           "Kandidat:innen (Einladung, Bestätigung) auf Deutsch rausgehen, wenn die Person sich auf Deutsch beworben hat? "
           "Bisher geht bei uns alles auf Englisch raus.\n\n"
           "------------------------------------------------------------\n"
           "Diese Nachricht wurde automatisch erzeugt. Bitte nicht auf diese Adresse antworten.\n")
    body = tpart(txt, cs='ISO-8859-1', cte='base64', ct='text/plain; charset=ISO-8859-1')
    extra = [('Reply-To', 'felix.braun@larkspur-labs.com'), ('Auto-Submitted', 'auto-generated'),
             ('X-Auto-Response-Suppress', 'All'), ('X-Mailer', 'PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)'),
             ('Precedence', 'bulk')]
    hops = [plain_hop(t, 1, 'intranet-web02.ber.larkspur-labs.com (intranet-web02.ber.larkspur-labs.com [10.60.4.22])',
                      'mailrelay01.ber.larkspur-labs.com (Postfix)', 'ESMTP', place='berlin', for_=HELP)]
    return env('robot', named(ew_b('Larkspur Intranet Formulare', 'ISO-8859-1'), 'intranet-noreply@larkspur-labs.com'),
               ew_b('Neue Anfrage über Kontaktformular: GoodTime-Hilfe', 'ISO-8859-1'), t, body, mid=None, extra=extra,
               trace=google_trace(t, 'intranet-noreply@larkspur-labs.com', hops=hops,
                                  mx_from='mailrelay01.ber.larkspur-labs.com (mailrelay01.ber.larkspur-labs.com. [194.25.11.40])'))


@reg('question', 'forward_support', 'none', 'fr', 'outlook-alt;qp;latin1;winmail-dat;multipart-mixed',
     'réserver train/hôtel candidats via GoodTime ?')
def n_voyage():
    t = when(2026, 4, 16, 11, 24, 'lyon')
    txt = ("Bonjour,\n\n"
           "On fait venir de plus en plus de candidats en onsite à Lyon (Paris, Genève, parfois Barcelone). Aujourd'hui je "
           "réserve le train et l'hôtel via l'agence de voyage et je recopie tout à la main dans l'e-mail au candidat.\n\n"
           "Est-ce que GoodTime peut gérer la partie déplacement (réservation, ou au moins stocker les infos de voyage du "
           "candidat avec l'entretien), ou on continue comme ça ?\n\n"
           "Merci d'avance,\nMargaux\n\n"
           "Margaux Petit\nCoordinatrice recrutement - Larkspur Labs Lyon")
    bd = b_outlook()
    body = multi('mixed', [outlook_alt(txt, lang='FR', cs='iso-8859-1'),
                           attach(winmail(3), 'application/ms-tnef', 'winmail.dat')], bd,
                 ct='multipart/mixed;\n\tboundary="%s"' % bd, preamble='This is a multipart message in MIME format.')
    return env('outlook', named('Margaux Petit', 'margaux.petit@larkspur-labs.com'),
               ew_q('Déplacements candidats (train / hôtel) dans GoodTime ?', 'iso-8859-1'), t, body, lang='fr-fr',
               trace=min_trace(t, 'margaux.petit@larkspur-labs.com'))


# ============================================================================
# BUGS (14; 3 high-impact)
# ============================================================================

@reg('bug', 'forward_support+flag_csm', '', 'en', 'outlookmac-alt;qp;fwd-chain-outlook;att-png;multipart-mixed;received-chain;dkim;arc;auth-results',
     'security: private event titles leaked in candidate itinerary')
def b_privacy_leak():
    t = when(2026, 3, 12, 13, 17, 'austin')
    s = 'marcus.bell@larkspur-labs.com'
    txt = ("Hi team,\n\n"
           "Flagging something that I think is a privacy/security problem, not just a glitch.\n\n"
           "The itinerary GoodTime sent to a Staff SRE candidate on Tuesday listed, next to two of the interviewers, the titles "
           "of their *private* calendar events for that day: \"Therapy - Dr. K\" and \"Reorg planning - CONFIDENTIAL\". The "
           "candidate very politely forwarded it to Dana (below), and Dana sent it to me. Screenshot attached with the candidate's "
           "details cropped out.\n\n"
           "From what I can tell it only happens with the \"Onsite v3 (Infra)\" template, which shows a per-interviewer agenda. "
           "I've asked the coordinators to stop sending itineraries from that template until further notice, but I have no idea "
           "how many have gone out since it was changed in February \u2013 could be dozens.\n\n"
           "This needs GoodTime to look at it urgently, and I think our account team there needs to know too.\n\n"
           "Marcus\n\n"
           "Marcus Bell\nManager, Recruiting Operations & Systems\nLarkspur Labs | Austin\n\n"
           "From: Dana Liu <dana.liu@larkspur-labs.com>\n"
           "Date: Wednesday, March 11, 2026 at 5:48 PM\n"
           "To: Marcus Bell <marcus.bell@larkspur-labs.com>\n"
           "Subject: Fwd: Your onsite itinerary - Larkspur Labs\n\n"
           "Marcus, this seems bad?? see below\n\n"
           "---------- Forwarded message ---------\n"
           "From: [candidate]\n"
           "Date: Wed, Mar 11, 2026 at 4:02 PM\n"
           "Subject: Re: Your onsite itinerary - Larkspur Labs\n"
           "To: Dana Liu <dana.liu@larkspur-labs.com>\n\n"
           "Hi Dana, thanks for the itinerary! Just a heads up, I think it may be showing more than you intended - there are "
           "some calendar entries in there that look personal for a couple of the interviewers. Didn't want anyone to be "
           "embarrassed. Looking forward to Thursday.\n")
    bd = b_mac()
    body = multi('mixed', [mac_alt(txt), attach(png(320, 180, 7), 'image/png', 'itinerary-leak-cropped.png')], bd,
                 ct='multipart/mixed;\n\tboundary="%s"' % bd)
    hops = [plain_hop(t, 2, 'mail-sor-f69.google.com', 'smtp.gmail.com', 'HTTPREST', place='pacific')]
    return env('mac', named('Marcus Bell', s), 'FW: Fwd: Your onsite itinerary - Larkspur Labs', t, body,
               trace=google_trace(t, s, hops=hops, full=True))


@reg('bug', 'forward_support+flag_csm', '', 'en', 'gmail-alt;7bit;misleading-subject;received-chain;dkim;arc;auth-results',
     'quick question subject; whole London+Dublin show as free')
def b_everyone_free():
    t = when(2026, 2, 2, 9, 38, 'london')
    s = 'olivia.pemberton@larkspur-labs.com'
    txt = ("Quick question - is anyone else seeing everybody as free?\n\n"
           "Since about 8am every interviewer I look at in London and Dublin shows a completely empty calendar in GoodTime, "
           "including people I know are on holiday this week. I nearly booked a panel with Raj, who is currently in Lanzarote. "
           "Ciara says hers in Dublin looks exactly the same, and Tom's too. Google Calendar itself looks normal.\n\n"
           "Nothing live is broken yet because I stopped scheduling, but we have about 20 loops to book today between the three "
           "of us, so this will turn into a real problem by this afternoon.\n\n"
           "Olivia\n\n"
           "Olivia Pemberton\nSenior Technical Recruiter, EMEA\nLarkspur Labs, London")
    hops = [plain_hop(t, 2, 'mail-sor-f41.google.com', 'smtp.gmail.com', 'HTTPREST', place='pacific')]
    return env('gmail', named('Olivia Pemberton', s), 'quick question', t, gmail_alt(txt),
               cc='Ciara Byrne <ciara.byrne@larkspur-labs.com>, Tom Ashworth <tom.ashworth@larkspur-labs.com>',
               trace=google_trace(t, s, hops=hops, full=True))


@reg('bug', 'forward_support+flag_csm', '', 'pt', 'outlook-html-only;qp;cp1252;raw-cp1252-subject;raw-cp1252-from;corp-sig',
     'todas as entrevistas de Lisboa 1h desfasadas desde a mudança da hora')
def b_hora_lisboa():
    t = when(2026, 3, 31, 9, 12, 'lisbon')
    txt = ("Bom dia,\n\n"
           "Desde domingo (mudança para a hora de verão) todas as entrevistas agendadas a partir do escritório de Lisboa aparecem "
           "nos convites dos candidatos com uma hora de diferença: o entrevistador tem 10:00 no calendário e o candidato recebe "
           "11:00 no e-mail de confirmação. Nos convites para os entrevistadores a hora está certa.\n\n"
           "Já contei pelo menos 25 entrevistas afetadas esta semana e na próxima, de quatro recrutadores diferentes. Hoje de manhã "
           "um candidato apareceu uma hora depois e perdemos a sessão. Dublin e Londres parecem estar bem.\n\n"
           "Neste momento ninguém em Lisboa consegue confiar nas horas que o GoodTime envia, por isso estamos a confirmar tudo à "
           "mão por e-mail.\n\n"
           "Obrigada,\nMariana")
    sig = ("Mariana Costa\nRecruiting Operations Lead \u2013 Lisboa\nLarkspur Labs Portugal, Unipessoal Lda.\n"
           "Av. da Liberdade 110, 1269-046 Lisboa | +351 21 340 9920")
    return env('outlook', 'Mariana Conceição Costa <mariana.costa@larkspur-labs.com>'.encode('cp1252'),
               'Convites com uma hora de diferença desde a mudança da hora \u2013 Lisboa'.encode('cp1252'), t,
               outlook_html_only(txt, lang='PT', sig=sig), lang='pt-pt', trace=min_trace(t, 'mariana.costa@larkspur-labs.com'))


@reg('bug', 'forward_support', '', 'en', 'gmail-alt;7bit;misleading-subject;terse-lowercase',
     'quick q subject; self-sched links offer Saturday 7am')
def b_saturday_slots():
    t = when(2026, 1, 21, 11, 5, 'austin')
    txt = ("the self-scheduling links i sent out monday are offering candidates saturday 7:00am slots. all three interviewers on "
           "that pool have working hours mon-fri 9-5 central in their goodtime settings (i checked). one candidate already "
           "picked sat 24th 7am and i had to email her to move it.\n\n"
           "example: candidate Jess Moreno, Backend Engineer II, link sent 1/19 ~2:30pm\n\n"
           "dana")
    return env('gmail', named('Dana Liu', 'dana.liu@larkspur-labs.com'), 'quick q', t, gmail_alt(txt),
               trace=min_trace(t, 'dana.liu@larkspur-labs.com'))


@reg('bug', 'forward_support|needs_review', '', 'en', 'form-mailer;auto-submitted;gmail-alt-html-table;qp;msgid-no-brackets;dkim;auth-results',
     'tools request form: Zoom link missing on interviewer invites')
def b_form_zoom():
    t = when(2026, 2, 25, 16, 22, 'austin')
    fields = [('Submitted by', 'Jordan Reyes'), ('Email', 'jordan.reyes@larkspur-labs.com'), ('Office', 'Austin'),
              ('Tool', 'GoodTime'), ('Request type', "Something isn't working"), ('How urgent?', 'This week'),
              ('Details', "Interviews I've scheduled since yesterday afternoon have no Zoom link on the interviewer calendar "
                          "invites. The candidate confirmation email does have a link. Nothing affected today; first affected "
                          "interview is Thu 2/26 at 10am (Backend onsite, candidate Priyanka Das). 7 interviews so far. "
                          "Template is 'Virtual Onsite - Backend'. Didn't change anything on my side.")]
    plain = "New submission: Recruiting Tools Help Request\n\n" + '\n'.join('%s: %s' % kv for kv in fields) + \
            "\n\n--\nThis notification was sent automatically by Larkspur Forms. Do not reply to this message.\n"
    rows = ''.join('<tr><td style="padding:6px 10px;background:#f4f4f8;font-weight:bold;vertical-align:top">%s</td>'
                   '<td style="padding:6px 10px">%s</td></tr>\n' % (esc(k), esc(v)) for k, v in fields)
    h = ('<!DOCTYPE html><html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px">'
         '<h2 style="color:#34285c">New submission: Recruiting Tools Help Request</h2>\n'
         '<table cellspacing="0" cellpadding="0" style="border:1px solid #ddd">\n' + rows +
         '</table><p style="color:#888;font-size:11px">This notification was sent automatically by Larkspur Forms. '
         'Do not reply to this message.</p></body></html>\n')
    bd = 'b1_' + rs(32, HEX)
    body = multi('alternative', [tpart(plain, cs='utf-8', cte='quoted-printable'), tpart(h, sub='html', cs='utf-8', cte='quoted-printable')], bd)
    mid = rs(20, ALNUM) + '@forms.larkspur-labs.com'
    extra = [('Auto-Submitted', 'auto-generated'), ('X-Auto-Response-Suppress', 'All'), ('X-Mailer', 'Larkspur Forms (nodemailer 6.9.13)')]
    return env('robot', named('Larkspur Forms', 'no-reply@forms.larkspur-labs.com'),
               '[Tools Help] GoodTime - Jordan Reyes (Austin)', t, body, mid=mid, extra=extra,
               reply_to='Jordan Reyes <jordan.reyes@larkspur-labs.com>',
               trace=google_trace(t, 'no-reply@forms.larkspur-labs.com', full=True, arc=False, selector='forms1',
                                  spf_ip='34.102.18.%d' % rng.randint(2, 250),
                                  mx_from='o12.forms.larkspur-labs.com (o12.forms.larkspur-labs.com. [34.102.18.77])'))


@reg('bug', 'forward_support', '', 'en', 'outlook-html-only;qp;cp1252;att-ics;multipart-mixed;disclaimer;corp-sig',
     'itinerary shows UTC instead of IST')
def b_itinerary_utc():
    t = when(2026, 3, 3, 15, 44, 'dublin')
    txt = ("Hi team,\n\n"
           "The itinerary GoodTime sent to one of our candidates in Bangalore (Frontend Engineer, Dublin team) shows all the "
           "session times in UTC instead of India time. The scheduling request has Asia/Kolkata as her time zone and the availability "
           "she submitted was in IST, so it\u2019s only the itinerary e-mail that\u2019s wrong. She worked it out herself thankfully.\n\n"
           "Interview is next Tuesday (10 March) so no panic, but I\u2019d like to know it\u2019s fixed before I send the next batch. "
           "I\u2019ve attached the calendar invite she got, in case it helps.\n\n"
           "Thanks,\nCiara")
    sig = "Ciara Byrne\nRecruiting Coordinator, Engineering\nLarkspur Labs Ireland | Grand Canal Quay, Dublin 2"
    st = when(2026, 3, 10, 9, 30, 'dublin', 0)
    inv = ics('REQUEST', 'Interview with Larkspur Labs - Frontend Engineer', st, later(st, 3 * 3600),
              ('Ciara Byrne', 'ciara.byrne@larkspur-labs.com'),
              [('Anaya R.', 'candidate@example.com', 'ACCEPTED')], location='Google Meet',
              desc='Session 1 09:30-10:30 UTC\\nSession 2 10:45-11:45 UTC\\nSession 3 11:45-12:30 UTC')
    bd = b_outlook()
    body = multi('mixed', [outlook_html_only(txt, lang='EN-IE', sig=sig, disclaimer=DISC_IE),
                           attach(inv.encode(), 'text/calendar', 'invite.ics')], bd,
                 ct='multipart/mixed;\n\tboundary="%s"' % bd, preamble='This is a multipart message in MIME format.')
    return env('outlook', named('Ciara Byrne', 'ciara.byrne@larkspur-labs.com'), 'Itinerary times in UTC not IST', t, body,
               lang='en-ie', trace=min_trace(t, 'ciara.byrne@larkspur-labs.com'))


@reg('bug', 'forward_support', '', 'en', 'gmail-alt;7bit;att-png;multipart-mixed',
     'pools page spins forever')
def b_spinner():
    t = when(2026, 1, 14, 14, 27, 'london')
    txt = ("Hi,\n\n"
           "The interviewer pools page in GoodTime just spins forever for me since lunchtime. Everything else (candidates, "
           "scheduling) loads fine. Tried Chrome and Safari, cleared cache, logged out and back in. Screenshot attached.\n\n"
           "I don't need it right this minute but I do need to add two people to the Python pool before Friday.\n\n"
           "Ta,\nTom")
    bd = b_gmail()
    body = multi('mixed', [gmail_alt(txt), attach(png(300, 170, 3, banner=(235, 235, 240)), 'image/png', 'Screenshot 2026-01-14 at 14.21.09.png')], bd)
    return env('gmail', named('Tom Ashworth', 'tom.ashworth@larkspur-labs.com'), 'Pools page not loading', t, body,
               trace=min_trace(t, 'tom.ashworth@larkspur-labs.com'))


@reg('bug', 'forward_support', '', 'en', 'outlookmac-alt;qp;folded-subject;long-precise',
     'ATS sync: candidates moved to Onsite not appearing')
def b_ats_sync():
    t = when(2026, 3, 4, 10, 2, 'austin')
    txt = ("Hi team,\n\n"
           "Reporting an ATS sync issue. Details below so this can go straight to Support if needed.\n\n"
           "What: three candidates moved to the \"Onsite\" stage in Greenhouse are not appearing in GoodTime as ready to schedule.\n"
           "Job: Senior Backend Engineer, Payments (Greenhouse job ID 4410987)\n"
           "Candidates (Greenhouse candidate IDs): 48817203, 48817955, 48902114\n"
           "Moved to Onsite: Mon 2 Mar 2026, between 14:05 and 14:20 CT (by Maya Okafor)\n"
           "Checked: Wed 4 Mar 09:45 CT, still missing after refresh and after logging out/in.\n\n"
           "What I've ruled out: the job is mapped in GoodTime; other candidates in the same job and stage moved last week "
           "show up fine; other jobs are syncing normally; nobody touched the stage configuration in Greenhouse.\n\n"
           "Impact: three onsites that should be scheduled this week are on hold. Not live yet.\n\n"
           "Thanks,\nTyler")
    subj = fold('GoodTime / Greenhouse sync: 3 candidates in "Onsite" stage (job 4410987) not showing in GoodTime since Mon 2 Mar')
    return env('mac', named('Tyler Brandt', 'tyler.brandt@larkspur-labs.com'), subj, t, mac_alt(txt), lang='en-US',
               trace=min_trace(t, 'tyler.brandt@larkspur-labs.com'))


@reg('bug', 'forward_support', '', 'en', 'gmail-alt;qp;reply-quoted-unrelated;error-message',
     '500 error when rescheduling session 2; quoted thread about rooms')
def b_500_reschedule():
    t = when(2026, 2, 11, 16, 3, 'austin')
    txt = ("Different topic but replying here since this thread was handy.\n\n"
           "When I try to reschedule just the second session of a loop (Rahul Mehta, Senior Data Engineer), GoodTime throws a red "
           "banner: \u201cSomething went wrong. Please try again. (ref 7f3a-22c1-b9e0)\u201d. Happens every time, different "
           "times and interviewers. Moving the whole loop works, moving one session doesn't.\n\n"
           "Loop is next Tuesday so not urgent, but I'd love not to have to cancel and rebuild it.\n\n"
           "Thanks!\nMaya")
    quote = ('On Mon, Feb 2, 2026 at 3:15\u202fPM GoodTime Help Line <helpline@larkspur-labs.com> wrote:',
             "Hi Maya,\n\nPecan 4.11 is back in the bookable list, facilities had removed it by mistake during the AV upgrade. "
             "You should see it again in GoodTime now.\n\nThanks,\nHelp Line")
    return env('gmail', named('Maya Okafor', 'maya.okafor@larkspur-labs.com'), 'Re: Pecan 4.11 missing from rooms', t,
               gmail_alt(txt, quote=quote), irt=mid_gmail(), refs=mid_gmail(),
               trace=min_trace(t, 'maya.okafor@larkspur-labs.com'))


@reg('bug', 'forward_support', '', 'en', 'iphone-plain;7bit;mobile-sig-en;terse-lowercase;typos',
     'candidates get reminder twice')
def b_double_reminder():
    t = when(2026, 4, 8, 19, 26, 'dublin')
    txt = ("fyi candidates are getting the reminder email twice for my loops, one at 9:00 and another at 9:01. two candidates "
           "mentioned it this week, bit embarassing tbh. both were for the platform team onsites\n\nconor\n\nSent from my iPhone")
    return env('iphone', named('Conor Walsh', 'conor.walsh@larkspur-labs.com'), 'double reminders', t, iphone_plain(txt),
               trace=min_trace(t, 'conor.walsh@larkspur-labs.com'))


@reg('bug', 'forward_support', '', 'en', 'outlook-alt;qp;windows-1252;winmail-dat;multipart-mixed;corp-sig',
     'room shows free but booking fails Resource unavailable')
def b_room_fail():
    t = when(2026, 3, 13, 11, 36, 'dublin')
    txt = ("Hi Help Line,\n\n"
           "The room \u201cLiffey 3.02\u201d shows as free in GoodTime and in the Outlook room finder, but every time GoodTime "
           "tries to book it I get \u201cResource unavailable \u2013 the room could not be reserved\u201d. It\u2019s the only room "
           "on 3 with a proper screen, so I\u2019d like it for the onsites on 17, 18 and 19 March.\n\n"
           "Other rooms (Liffey 3.05, Dodder 2.01) book fine, so it seems to be just this one.\n\n"
           "Thanks,\nAoife\n\n"
           "Aoife Brennan\nRecruiting Coordinator\nLarkspur Labs Ireland | Grand Canal Quay, Dublin 2\nT: +353 1 907 4430")
    bd = b_outlook()
    body = multi('mixed', [outlook_alt(txt, lang='EN-IE', cs='windows-1252'), attach(winmail(9), 'application/ms-tnef', 'winmail.dat')], bd,
                 ct='multipart/mixed;\n\tboundary="%s"' % bd, preamble='This is a multipart message in MIME format.')
    return env('outlook', named('Aoife Brennan', 'aoife.brennan@larkspur-labs.com'), 'Liffey 3.02 won\'t book through GoodTime', t,
               body, lang='en-ie', trace=min_trace(t, 'aoife.brennan@larkspur-labs.com'))


@reg('bug', 'forward_support', '', 'de', 'gmail-alt;qp;rfc2047-q-latin1',
     'Shadow-Sessions der Trainees werden nicht gezählt')
def b_trainee():
    t = when(2026, 3, 16, 14, 8, 'berlin')
    txt = ("Hallo Helpline,\n\n"
           "bei drei Trainees im Pool \"Backend Coding (Berlin)\" werden die absolvierten Shadow-Sessions nicht gezählt. Seit "
           "Mitte Februar steht der Fortschritt bei allen dreien auf 0/3, obwohl sie nachweislich in mindestens zwei Interviews "
           "dabei waren (Kalender, Feedback im ATS, alles da).\n\n"
           "Betroffen: Aylin Demir, Paul Schröder, Mehmet Yıldız. Bei den Trainees im Frontend-Pool zählt es ganz normal hoch.\n\n"
           "Ist nicht dringend, aber die drei fragen langsam, wann sie selbst interviewen dürfen.\n\n"
           "Danke und Gruß\nJan\n\n"
           "--\nJan Becker\nRecruiting Operations · Larkspur Labs GmbH · Berlin")
    return env('gmail', named('Jan Becker', 'jan.becker@larkspur-labs.com'),
               ew_q('Shadow-Sessions werden nicht gezählt', 'ISO-8859-1'), t, gmail_alt(txt),
               trace=min_trace(t, 'jan.becker@larkspur-labs.com'))


@reg('bug', 'forward_support', '', 'es', 'gmail-alt;base64;utf8',
     'enlace de autoprogramación ofrece huecos ocupados, doble reserva')
def b_doble_reserva():
    t = when(2026, 2, 27, 10, 51, 'madrid')
    txt = ("Hola,\n\n"
           "Los enlaces de autoprogramación que mando a los candidatos para las entrevistas de cribado técnico ofrecen huecos en "
           "los que la entrevistadora ya tiene otra entrevista puesta por GoodTime. Ayer dos candidatos reservaron el mismo "
           "jueves a las 16:00 con la misma persona (Irene Castro) y nos enteramos porque ella nos avisó.\n\n"
           "Su calendario está bien conectado (lo he comprobado con ella) y las entrevistas anteriores salen como ocupado en "
           "Google Calendar.\n\n"
           "¿Lo podéis mirar? De momento he dejado de mandar enlaces para ese pool.\n\n"
           "Gracias,\nPaula\n\n"
           "Paula Serrano\nTechnical Sourcer · Larkspur Labs Madrid")
    return env('gmail', named('Paula Serrano', 'paula.serrano@larkspur-labs.com'),
               ew_b('Enlaces de autoprogramación con huecos ya ocupados'), t, gmail_alt(txt, b64body=True),
               trace=min_trace(t, 'paula.serrano@larkspur-labs.com'))


@reg('bug', 'forward_support', '', 'fr', 'apple-alt;qp;fwd-chain-apple-fr;att-pdf;multipart-mixed',
     'accents cassés (mojibake) dans les e-mails de confirmation')
def b_mojibake():
    t = when(2026, 3, 10, 9, 19, 'lyon')
    txt = ("Bonjour,\n\n"
           "Depuis la semaine dernière, les e-mails de confirmation envoyés par GoodTime aux candidats affichent les accents "
           "n'importe comment : « Ã©quipe », « EntretiÃ¨n », « Ã  bientÃ´t »… Ça touche au moins les modèles en français, je "
           "n'ai pas vérifié les autres. Un candidat me l'a fait remarquer (message ci-dessous), j'ai joint le PDF de l'e-mail "
           "qu'il a reçu.\n\n"
           "Rien d'urgent côté planning, mais c'est gênant pour l'image.\n\n"
           "Merci,\nAntoine\n\n"
           "Début du message réexpédié :\n\n"
           "De: Hugo Lambert <hugo.lambert.dev@gmail.com>\n"
           "Objet: Re: Confirmation de votre entretien – Larkspur Labs\n"
           "Date: 9 mars 2026 à 18:02:11 UTC+1\n"
           "À: Antoine Mercier <antoine.mercier@larkspur-labs.com>\n\n"
           "Bonjour Antoine,\n\n"
           "Merci pour la confirmation. Petite remarque : le mail s'affiche avec des caractères bizarres à la place des accents "
           "(je vous mets une capture si besoin). Sinon tout est clair, à jeudi !\n\n"
           "Hugo\n")
    att = attach(pdf(['Confirmation de votre entretien - Larkspur Labs', '',
                      'Bonjour Hugo,', 'Votre entretien avec l\xc3\xa9quipe Plateforme est confirm\xc3\xa9 :',
                      'Jeudi 12 mars 2026, 10h00 - 12h30 (heure de Paris)', '\xc3\x80 bient\xc3\xb4t !'],
                     'Confirmation entretien'), 'application/pdf', 'confirmation-hugo.pdf')
    bd = b_apple()
    body = multi('mixed', [apple_alt(txt), att], bd, ct='multipart/mixed;\n\tboundary="%s"' % bd)
    return env('apple', named('Antoine Mercier', 'antoine.mercier@larkspur-labs.com'),
               ew_q('Accents cassés dans les e-mails de confirmation', 'utf-8'), t, body,
               trace=min_trace(t, 'antoine.mercier@larkspur-labs.com'))


# ============================================================================
# SCHEDULING BLOCKERS (12)
# ============================================================================

@reg('scheduling_blocker', 'forward_support', '', 'en', 'iphone-plain;7bit;caps;mobile-sig-en;typos',
     'candidate in Austin lobby, room double-booked')
def k_lobby():
    t = when(2026, 3, 4, 9, 52, 'austin')
    txt = ("CANDIDATE IS AT RECEPTION RIGHT NOW for the 10:00 backend onsite. goodtime says room is Pecan 4.11 but theres a "
           "team standup in there and the room calendar shows NOTHING from goodtime. first interviewer is walking over in 5 min. "
           "where do i put her / how do i get a room rebooked fast?? every other room on 4 looks taken\n\n"
           "keisha\n\nSent from my iPhone")
    return env('iphone', named('Keisha Hollis', 'keisha.hollis@larkspur-labs.com'), 'CANDIDATE IN LOBBY - no room??', t,
               iphone_plain(txt), trace=min_trace(t, 'keisha.hollis@larkspur-labs.com'))


@reg('scheduling_blocker', 'forward_support', '', 'en', 'gmail-alt;7bit;terse-lowercase',
     'no zoom link on 2pm panel, 1:58')
def k_no_link():
    t = when(2026, 1, 29, 13, 58, 'austin')
    txt = "no zoom link on my 2pm panel invite. candidate is emailing asking where to join. its 1:58. help"
    return env('gmail', named('Sam Whitaker', 'sam.whitaker@larkspur-labs.com'), 'no link 2pm', t, gmail_alt(txt),
               trace=min_trace(t, 'sam.whitaker@larkspur-labs.com'))


@reg('scheduling_blocker', 'forward_support', '', 'en', 'gmail-alt;qp;att-png;multipart-mixed;error-message',
     'interviewer sick, onsite in 40 min, swap fails')
def k_swap_fails():
    t = when(2026, 2, 18, 9, 21, 'london')
    txt = ("Hi - need help quickly please.\n\n"
           "Our 10:00 onsite (candidate Elena Petrova, Senior Platform Engineer) starts in about 40 minutes. Session 2 interviewer "
           "(Gareth) just called in sick. When I try to swap him for someone else in the Systems Design pool GoodTime shows "
           "\u201cUnable to update interview. Conflict detected.\u201d for every person I pick, even ones whose calendars are "
           "clearly empty. Screenshot attached.\n\n"
           "Session 2 is at 11:00. Can someone help me get a replacement on it, or tell me how to do it by hand without breaking the "
           "rest of the loop?\n\n"
           "Tom\n07700 900733")
    bd = b_gmail()
    body = multi('mixed', [gmail_alt(txt), attach(png(280, 160, 11), 'image/png', 'image.png')], bd)
    return env('gmail', named('Tom Ashworth', 'tom.ashworth@larkspur-labs.com'), 'URGENT - can\'t swap interviewer, onsite starts 10:00', t,
               body, trace=min_trace(t, 'tom.ashworth@larkspur-labs.com'))


@reg('scheduling_blocker', 'forward_support', '', 'en', 'gmail-alt;7bit;terse-lowercase',
     'candidate has 3pm, panel in room at 2pm now')
def k_time_mismatch():
    t = when(2026, 3, 10, 14, 6, 'austin')
    txt = ("we're all sitting in the room for a 2pm CT panel and the candidate just replied to the recruiter saying her invite "
           "says 3pm. she's in denver. goodtime shows 2pm everywhere on our side. can someone tell me what she actually got / "
           "fix it? she says she can join at 2:30 at the earliest\n\npriya")
    return env('gmail', named('Priya Raman', 'priya.raman@larkspur-labs.com'), 'candidate thinks its 3pm', t, gmail_alt(txt),
               trace=min_trace(t, 'priya.raman@larkspur-labs.com'))


@reg('scheduling_blocker', 'forward_support', '', 'en', 'iphone-plain;7bit;mobile-sig-en',
     'flight delayed, onsite in 1h, reschedule greyed out')
def k_flight():
    t = when(2026, 4, 15, 8, 4, 'austin')
    txt = ("Hi - candidate for today's 9:00 onsite (Marco Bellini, Staff Frontend) just texted that his flight from Chicago is "
           "delayed and he won't land until 10:15. I want to push the whole loop to the afternoon but the Reschedule button in "
           "GoodTime is greyed out for me on this one (works on other interviews). Interviewers are starting to ask. "
           "Can someone do it or tell me why it's locked?\n\nJordan\n\nSent from my iPhone")
    return env('iphone', named('Jordan Reyes', 'jordan.reyes@larkspur-labs.com'), 'Reschedule button greyed out - onsite at 9',
               t, iphone_plain(txt), trace=min_trace(t, 'jordan.reyes@larkspur-labs.com'))


@reg('scheduling_blocker', 'forward_support', '', 'en', 'apple-alt;7bit',
     'self-sched link expired while candidate on the phone, today')
def k_link_expired():
    t = when(2026, 2, 20, 11, 31, 'london')
    txt = ("Hi,\n\n"
           "I'm on the phone with a final-round candidate right now. She's trying to book today's 15:00 slot with the hiring "
           "manager through the self-scheduling link I sent on Tuesday, and it says \"This link has expired\". The HM is only "
           "free today before he goes on leave for two weeks.\n\n"
           "I tried sending a new link but she says the new one shows no times at all. Can someone look at this right now?\n\n"
           "Olivia")
    return env('apple', named('Olivia Pemberton', 'olivia.pemberton@larkspur-labs.com'), 'Link expired - candidate on the phone now',
               t, apple_alt(txt), trace=min_trace(t, 'olivia.pemberton@larkspur-labs.com'))


@reg('scheduling_blocker', 'forward_support', '', 'en', 'gmail-alt;qp;fwd-chain-gmail;received-chain;dkim;arc;auth-results',
     'forwarded candidate: at Dublin reception, nobody here')
def k_reception_fwd():
    t = when(2026, 3, 17, 10, 6, 'dublin')
    s = 'ciara.byrne@larkspur-labs.com'
    txt = ("HELP please - who's on this? Candidate is at reception in Dublin for a 10:00 onsite. GoodTime has the first interviewer "
           "as Conor Walsh but Conor is in Austin this week, and I can't find who the backup is. Reception has her in the lobby.")
    hdr = ("From: Laura Fitzgerald <laura.fitz.eng@gmail.com>\nDate: Tue, 17 Mar 2026 at 10:02\n"
           "Subject: Re: Your interview at Larkspur Labs - Tuesday 17 March\nTo: Ciara Byrne <ciara.byrne@larkspur-labs.com>")
    ft = ("Hi Ciara,\n\nI'm at the reception desk on the ground floor. The receptionist says she doesn't have anyone down to meet "
          "me and can't reach the name on my itinerary (Conor Walsh). Happy to wait, just let me know!\n\nLaura\n")
    hops = [plain_hop(t, 2, 'mail-sor-f73.google.com', 'smtp.gmail.com', 'HTTPREST', place='pacific'),
            plain_hop(t, 3, '[172.16.4.21] (dub-guest-wifi.larkspur-labs.com)', 'smtp.gmail.com', 'ESMTPSA', place='pacific'),
            mimecast_hop(t, 4), plain_hop(t, 5, 'DUB-MBX01.corp.larkspur-labs.com (10.50.2.9)', 'DUB-EDGE01.corp.larkspur-labs.com (10.50.1.4)', 'ESMTP', place='dublin')]
    return env('gmail', named('Ciara Byrne', s), 'Fwd: Re: Your interview at Larkspur Labs - Tuesday 17 March', t,
               gmail_alt(txt, fwd=(hdr, ft)), trace=google_trace(t, s, hops=hops, full=True))


@reg('scheduling_blocker', 'forward_support', '', 'en', 'outlook-html-only;qp;cp1252;disclaimer;corp-sig',
     'invite went to wrong Rachel, interview in 25 min')
def k_wrong_rachel():
    t = when(2026, 3, 25, 10, 5, 'london')
    txt = ("Hello,\n\n"
           "The 10:30 final-round interview with Marta Lindqvist (VP Engineering) and candidate Daniel Osei has gone to the wrong "
           "Rachel \u2013 Rachel Adams in Finance got the panel invite instead of Rachel Adeyemi (Engineering Manager, Identity). "
           "Interview starts in 25 minutes and the real Rachel has nothing in her calendar.\n\n"
           "Can someone fix it in GoodTime right away, or should I just forward the invite to her manually? I don\u2019t want to "
           "break the candidate\u2019s confirmation.\n\n"
           "Many thanks,\nBen")
    sig = ("Ben Okoro\nExecutive Assistant to Marta Lindqvist (VP Engineering) and Raj Patel (VP Infrastructure)\n"
           "Larkspur Labs | 1 Finsbury Avenue, London EC2M 2PF\n+44 20 3059 7741")
    return env('outlook', named('Ben Okoro', 'ben.okoro@larkspur-labs.com'), 'Wrong interviewer on 10:30 VP panel', t,
               outlook_html_only(txt, lang='EN-GB', sig=sig, disclaimer=DISC_EN), lang='en-gb',
               trace=min_trace(t, 'ben.okoro@larkspur-labs.com'))


@reg('scheduling_blocker', 'forward_support', '', 'de', 'iphone-plain;qp;mobile-sig-de;raw-utf8-subject;raw-utf8-from',
     'Kandidat im Teams-Meeting, Interviewer ohne Link')
def k_teams_link():
    t = when(2026, 2, 4, 15, 5, 'berlin')
    txt = ("Hallo, dringend: Kandidat sitzt seit 5 Minuten im Teams-Meeting (Link aus seiner Bestätigung), die beiden "
           "Interviewer haben im Kalender aber keinen Link und GoodTime zeigt beim Termin nur \"Konferenzlink wird erstellt…\" an. "
           "Interview sollte um 15:00 starten. Kann jemand schnell den richtigen Link rausfinden oder neu erzeugen??\n\n"
           "Felix\n\nVon meinem iPhone gesendet")
    return env('iphone', 'Felix Braun <felix.braun@larkspur-labs.com>'.encode(), 'Kein Teams-Link für Interviewer – läuft JETZT'.encode('utf-8'),
               t, iphone_plain(txt), trace=min_trace(t, 'felix.braun@larkspur-labs.com'))


@reg('scheduling_blocker', 'forward_support', '', 'es', 'outlook-ios-alt;base64;utf8;mobile-sig-es-outlook',
     'candidata en recepción Madrid, sala ocupada, no deja cambiar')
def k_sala_ocupada():
    t = when(2026, 4, 22, 11, 56, 'madrid')
    txt = ("Hola, la candidata del onsite de las 12:00 (backend senior) ya está en recepción y la sala que reservó GoodTime "
           "(Retiro 2) está ocupada por una reunión de ventas que dicen que la tenían desde hace semanas. Intento cambiar la sala "
           "desde GoodTime y me sale \"No rooms available for the selected time\" aunque veo Prado 3 libre. Son 4 sesiones "
           "seguidas. ¿Alguien me puede ayudar YA?\n\nNuria\n\nObtener Outlook para iOS")
    h = ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n<body>\n'
         '<div dir="ltr"><div dir="ltr" style="font-family:Aptos,Aptos_EmbeddedFont,Aptos_MSFontService,Calibri,Helvetica,sans-serif;font-size:12pt">' +
         '<br>'.join(esc(l) for l in txt.split('\n\nObtener Outlook para iOS')[0].split('\n')) +
         '</div><div id="ms-outlook-mobile-signature"><div><br></div>Obtener <a href="https://aka.ms/o0ukef">Outlook para iOS</a></div></div>\n</body>\n</html>\n')
    bd = b_ios()
    body = multi('alternative', [tpart(txt, cs='utf-8', cte='base64'), tpart(h, sub='html', cs='utf-8', cte='base64')], bd)
    return env('ios', named('Nuria Vidal', 'nuria.vidal@larkspur-labs.com'), ew_b('Candidata en recepción y sala ocupada'), t, body,
               thread_topic=ew_b('Candidata en recepción y sala ocupada'), trace=min_trace(t, 'nuria.vidal@larkspur-labs.com'))


@reg('scheduling_blocker', 'forward_support', '', 'fr', 'iphone-plain;qp;mobile-sig-fr',
     'lien Meet invalide, entretien dans 15 min')
def k_meet_invalide():
    t = when(2026, 2, 26, 13, 45, 'lyon')
    txt = ("Bonjour, entretien à 14h (dans 15 min) avec un candidat à distance : le lien Google Meet de sa confirmation lui "
           "renvoie « Ce lien n'est pas valide » et côté intervieweurs il n'y a aucun lien dans l'invitation. Le candidat m'écrit "
           "déjà. Est-ce que quelqu'un peut régénérer un lien ou me dire quoi faire ? Merci !!\n\nLéa\n\nEnvoyé de mon iPhone")
    return env('iphone', named(ew_q('Léa Dubois', 'utf-8'), 'lea.dubois@larkspur-labs.com'),
               ew_q('Lien Meet invalide - entretien à 14h', 'utf-8'), t, iphone_plain(txt),
               trace=min_trace(t, 'lea.dubois@larkspur-labs.com'))


@reg('scheduling_blocker', 'forward_support', '', 'pt', 'iphone-plain;qp;mobile-sig-pt;msgid-no-brackets',
     'entrevista em 10 min, entrevistador sem convite')
def k_sem_convite():
    t = when(2026, 4, 28, 14, 50, 'lisbon')
    txt = ("Olá, a entrevista das 15h (Frontend, candidata Ana Ribeiro) começa daqui a 10 minutos e o entrevistador, o Pedro "
           "Lopes, diz que não recebeu convite nenhum. No GoodTime aparece como confirmado e com ele na sessão. A candidata já tem "
           "o link. Como é que resolvo isto já??\n\nCarolina\n\nEnviado do meu iPhone")
    return env('iphone', named('Carolina Mendes', 'carolina.mendes@larkspur-labs.com'),
               ew_q('Entrevistador sem convite - entrevista às 15h', 'utf-8'), t, iphone_plain(txt),
               mid=ruuid().upper() + '@larkspur-labs.com', trace=min_trace(t, 'carolina.mendes@larkspur-labs.com'))


# ============================================================================
# FEATURE REQUESTS (12)
# ============================================================================

@reg('feature_request', 'product_board_reply', '', 'en', 'gmail-alt;qp;misleading-subject-urgent',
     'URGENT subject over bulk-cancel wish')
def f_bulk_cancel():
    t = when(2026, 1, 26, 17, 40, 'austin')
    txt = ("Sorry for the subject line, nothing is on fire \u2013 but this is urgent *to us*.\n\n"
           "Every time a req gets frozen or closed we have to cancel 10-15 scheduled interviews one by one in GoodTime, each with "
           "its own candidate note. Last Friday the Payments freeze took me most of the afternoon.\n\n"
           "It would be amazing if GoodTime let us select several interviews (or everything under a job) and cancel them in one "
           "go, with one note template that fills in each candidate's name. Even just \"cancel all upcoming for this job\" would "
           "save hours every quarter.\n\n"
           "Thanks!\nMaya")
    return env('gmail', named('Maya Okafor', 'maya.okafor@larkspur-labs.com'), 'URGENT: bulk cancel in GoodTime', t, gmail_alt(txt),
               trace=min_trace(t, 'maya.okafor@larkspur-labs.com'))


@reg('feature_request', 'product_board_reply', '', 'en', 'gmail-alt;7bit;terse-lowercase;night',
     'dark mode pls')
def f_dark_mode():
    t = when(2026, 2, 13, 1, 12, 'austin')
    txt = "feature req: dark mode for goodtime pls. doing interview prep at 1am and the scheduling grid is burning my retinas"
    return env('gmail', named('Ravi Menon', 'ravi.menon@larkspur-labs.com'), 'dark mode', t, gmail_alt(txt),
               trace=min_trace(t, 'ravi.menon@larkspur-labs.com'))


@reg('feature_request', 'product_board_reply', '', 'en', 'apple-alt;7bit',
     'Slack notification when interviewer declines')
def f_slack_decline():
    t = when(2026, 3, 6, 15, 14, 'austin')
    txt = ("Hi!\n\n"
           "Small wish for GoodTime: could it ping me in Slack when an interviewer declines? I basically live in Slack, and by the "
           "time I notice the decline email the slot I could have swapped into is gone. A DM with the candidate, session and "
           "a link straight to the swap screen would be perfect.\n\n"
           "Thanks,\nKeisha")
    return env('apple', named('Keisha Hollis', 'keisha.hollis@larkspur-labs.com'), 'idea: slack ping for declines', t,
               apple_alt(txt), trace=min_trace(t, 'keisha.hollis@larkspur-labs.com'))


@reg('feature_request', 'product_board_reply', '', 'en', 'outlookmac-alt;qp;two-topics',
     'itinerary: office map/access per office + name pronunciation')
def f_itinerary_wish():
    t = when(2026, 4, 1, 12, 20, 'london')
    txt = ("Hi all,\n\n"
           "Two wishlist items for GoodTime, both from candidate feedback this quarter:\n\n"
           "1. Office info in the itinerary. It would be great if each office (London, Dublin, Austin\u2026) could have its own "
           "block \u2013 map link, nearest tube/Luas, step-free access, which entrance, who to ask for \u2013 that gets added "
           "automatically to the itinerary for in-person loops. Right now we paste it in by hand and it\u2019s often out of date.\n\n"
           "2. A field for candidates to add how their name is pronounced (or a short recording), shown to interviewers in the invite.\n\n"
           "Not urgent, just things that would make us look more polished.\n\n"
           "Olivia")
    return env('mac', named('Olivia Pemberton', 'olivia.pemberton@larkspur-labs.com'), 'Wishlist: itinerary + name pronunciation',
               t, mac_alt(txt), lang='en-GB', trace=min_trace(t, 'olivia.pemberton@larkspur-labs.com'))


@reg('feature_request', 'product_board_reply', '', 'en', 'outlook-html-only;qp;cp1252;long-precise;folded-subject;disclaimer;received-chain;dkim;auth-results;night',
     'ops analyst: configurable load report, p50/p90, scheduled exports')
def f_reporting():
    t = when(2026, 2, 23, 0, 5, 'london')
    s = 'grace.adebayo@larkspur-labs.com'
    txt = ("Hi team,\n\n"
           "Following last week\u2019s interviewer-load review, I\u2019d like to put forward a product request for GoodTime\u2019s "
           "reporting. Writing it up properly so it can go to GoodTime as-is.\n\n"
           "Problem: the Interviewer Load report can\u2019t be segmented the way our engineering leadership asks questions, so every month "
           "I export, re-join against our HRIS in a spreadsheet, and rebuild the same four charts. It takes about a day and the "
           "numbers drift from what GoodTime shows.\n\n"
           "What would solve it:\n"
           "(a) Segment the Interviewer Load report by interviewer level and by interview type/session name, not only by pool.\n"
           "(b) Show time-to-schedule as a distribution (p50 / p90), not only an average, with the ability to exclude "
           "candidate-side delays.\n"
           "(c) Saved report views that can be shared with read-only users (our Heads of Engineering).\n"
           "(d) A scheduled export (weekly CSV to S3 or SFTP) of the same data.\n\n"
           "Who it affects: recruiting ops in all three hubs plus ~15 engineering leaders who consume the numbers.\n"
           "How often: monthly at minimum, weekly during hiring pushes.\n\n"
           "Happy to provide mock-ups.\n\n"
           "Best,\nGrace")
    sig = ("Grace Adebayo\nRecruiting Operations Analyst, EMEA\nLarkspur Labs | 1 Finsbury Avenue, London EC2M 2PF\n"
           "grace.adebayo@larkspur-labs.com")
    hops = [mimecast_hop(t, 2), exch_hop(t, 'LON-EXCH01.corp.larkspur-labs.com', '10.40.2.16', 'LON-EDGE02.corp.larkspur-labs.com', 3, 'london'),
            exch_hop(t, 'LT-GADEBAYO-22.corp.larkspur-labs.com', '10.40.19.40', 'LON-EXCH01.corp.larkspur-labs.com', 4, 'london'),
            plain_hop(t, 5, 'localhost (127.0.0.1)', 'LT-GADEBAYO-22.corp.larkspur-labs.com', 'Microsoft SMTPSVC(10.0.22621.1)', place='london')]
    subj = fold('Product request for GoodTime: configurable Interviewer Load report, time-to-schedule distribution and scheduled exports')
    return env('outlook', named('Grace Adebayo', s), subj, t,
               outlook_html_only(txt, lang='EN-GB', sig=sig, disclaimer=DISC_EN), lang='en-gb',
               trace=google_trace(t, s, hops=hops, full=True, arc=False, spf_ip='185.58.86.160',
                                  mx_from='eu-smtp-delivery-2.mimecast.com (eu-smtp-delivery-2.mimecast.com. [185.58.86.160])'))


@reg('feature_request', 'product_board_reply', '', 'en', 'gmail-alt;7bit;terse-lowercase',
     'interviewers hand off slot to pool peer themselves')
def f_self_swap():
    t = when(2026, 3, 19, 12, 44, 'london')
    txt = ("would be good if interviewers could hand their slot to someone else in the same pool themselves, without going "
           "through the coordinator. we already do this in slack (\"anyone take my 3pm coding?\") and then the coordinator has "
           "to redo it in goodtime. a \"find me a swap\" button on the invite would kill that whole loop")
    return env('gmail', named('Aisha Khan', 'aisha.khan@larkspur-labs.com'), 'idea - interviewer self-swap', t, gmail_alt(txt),
               trace=min_trace(t, 'aisha.khan@larkspur-labs.com'))


@reg('feature_request', 'product_board_reply', '', 'en', 'apple-alt;qp;fwd-chain-apple',
     'candidate local time shown next to ours in scheduling grid; forwarded example')
def f_tz_grid():
    t = when(2026, 3, 30, 16, 8, 'austin')
    txt = ("Forwarding as a good example of why I keep asking for this: when I'm picking times in GoodTime it would really help "
           "to see the candidate's local time right next to ours in the scheduling grid (like a second column), instead of doing "
           "the math in my head. Especially in the DST weeks.\n\n"
           "Dana\n\n"
           "Begin forwarded message:\n\n"
           "From: Kenji Watanabe <kenji.w.dev@gmail.com>\n"
           "Subject: Re: Phone screen with Larkspur Labs\n"
           "Date: March 27, 2026 at 7:14:03\u202fPM CDT\n"
           "To: Dana Liu <dana.liu@larkspur-labs.com>\n\n"
           "Hi Dana,\n\n"
           "Thanks for the options! Just to double check, were these times in your time zone or mine? I'm in Tokyo, so 9am "
           "would be quite early for a call :)\n\n"
           "Best,\nKenji\n")
    return env('apple', named('Dana Liu', 'dana.liu@larkspur-labs.com'), 'Fwd: Phone screen with Larkspur Labs', t, apple_alt(txt),
               trace=min_trace(t, 'dana.liu@larkspur-labs.com'))


@reg('feature_request', 'product_board_reply', '', 'en', 'outlook-plain;qp;cp1252;reply-original-message;two-topics',
     'thanks for room fix + template version history wish')
def f_template_history():
    t = when(2026, 3, 23, 9, 57, 'dublin')
    txt = ("Thanks for sorting Liffey 3.02 last week, all three onsites went ahead in it.\n\n"
           "Separate thing while I have you: it would be really useful if interview templates in GoodTime had a version history "
           "\u2013 who changed what and when, with a way to roll back. Someone edited the \"Onsite \u2013 Platform\" template "
           "a couple of weeks ago (removed the lunch break) and we only noticed when a candidate asked why she had five "
           "sessions back to back. Even a simple change log would do.\n\n"
           "Ciara\n\n"
           "-----Original Message-----\n"
           "From: GoodTime Help Line <helpline@larkspur-labs.com> \n"
           "Sent: Monday, March 16, 2026 2:41 PM\n"
           "To: Byrne, Ciara <ciara.byrne@larkspur-labs.com>\n"
           "Cc: Brennan, Aoife <aoife.brennan@larkspur-labs.com>\n"
           "Subject: RE: Liffey 3.02 won't book through GoodTime\n\n"
           "Hi Ciara, Aoife,\n\n"
           "Support found that Liffey 3.02 had been re-created as a new calendar resource during the AV refit, so GoodTime was "
           "still pointing at the old one. It's re-mapped now and test bookings go through.\n\n"
           "Thanks,\nHelp Line\n")
    return env('outlook', named('Byrne, Ciara', 'ciara.byrne@larkspur-labs.com', quote=True),
               "RE: Liffey 3.02 won't book through GoodTime", t, tpart(txt, cs='windows-1252', cte='quoted-printable'),
               irt=mid_outlook_win(), refs=mid_outlook_win() + '\n ' + mid_outlook_win(), lang='en-ie',
               trace=min_trace(t, 'ciara.byrne@larkspur-labs.com'))


@reg('feature_request', 'product_board_reply', '', 'en', 'outlook-alt;qp;windows-1252;corp-sig',
     'candidate can add accessibility needs when giving availability')
def f_accessibility():
    t = when(2026, 4, 20, 14, 30, 'dublin')
    txt = ("Hi team,\n\n"
           "A suggestion for GoodTime rather than a problem: when candidates submit their availability, could there be an "
           "optional free-text box for accessibility needs or adjustments (extra time, captions, step-free access, breaks "
           "between sessions), which then shows up for the coordinator on the interview?\n\n"
           "Today candidates reply to the recruiter separately and it gets lost between inboxes. We had two cases in March where "
           "the interviewers didn\u2019t know about an agreed adjustment until the day.\n\n"
           "Thanks,\nNiamh\n\n"
           "Niamh Gallagher | Talent Acquisition Lead, Engineering (EMEA)\nLarkspur Labs Ireland | Grand Canal Quay, Dublin 2")
    return env('outlook', named('Niamh Gallagher', 'niamh.gallagher@larkspur-labs.com'),
               'Suggestion: accessibility/adjustments field on availability requests', t,
               outlook_alt(txt, lang='EN-IE', cs='windows-1252'), lang='en-ie',
               trace=min_trace(t, 'niamh.gallagher@larkspur-labs.com'))


@reg('feature_request', 'product_board_reply', '', 'de', 'outlook-alt;qp;latin1;raw-cp1252-subject',
     'Kandidatenmails zweisprachig / Sprache pro Kandidat')
def f_zweisprachig():
    t = when(2026, 4, 7, 16, 2, 'berlin')
    txt = ("Hallo zusammen,\n\n"
           "ein Wunsch an GoodTime, falls ihr das weitergeben könnt: Es wäre super, wenn man pro Kandidat:in die Sprache der "
           "Kandidaten-E-Mails wählen könnte (bei uns Deutsch oder Englisch), ohne dass wir jede Vorlage doppelt pflegen müssen. "
           "Aktuell haben wir \"Onsite Einladung DE\" und \"Onsite Invite EN\" usw., und sobald jemand eine Version ändert, "
           "laufen die beiden auseinander.\n\n"
           "Ideal wäre eine Vorlage mit Übersetzungen, und GoodTime nimmt automatisch die Sprache aus dem ATS-Profil.\n\n"
           "Danke!\nJonas\n\n"
           "Jonas Weber\nTechnical Recruiter\nLarkspur Labs GmbH | Berlin")
    return env('outlook', named('Jonas Weber', 'jonas.weber@larkspur-labs.com'),
               'Vorschlag: Kandidaten-Mails zweisprachig \u2013 wäre toll'.encode('cp1252'), t,
               outlook_alt(txt, lang='DE', cs='iso-8859-1'), lang='de-de', trace=min_trace(t, 'jonas.weber@larkspur-labs.com'))


@reg('feature_request', 'product_board_reply', '', 'es', 'iphone-plain;qp;mobile-sig-es;raw-utf8-subject;terse-lowercase',
     'autoprogramación: candidato elige presencial o remoto')
def f_presencial_remoto():
    t = when(2026, 3, 27, 19, 15, 'madrid')
    txt = ("propuesta para goodtime: que en el enlace de autoprogramación el candidato pueda elegir si quiere la entrevista "
           "presencial en la oficina o por videollamada, y que según lo que elija reserve sala o genere el enlace. ahora mandamos "
           "dos enlaces distintos y la gente se lía\n\nálvaro\n\nEnviado desde mi iPhone")
    return env('iphone', named(ew_b('Álvaro Ruiz'), 'alvaro.ruiz@larkspur-labs.com'),
               'propuesta: presencial o remoto en autoprogramación'.encode('utf-8'), t, iphone_plain(txt),
               trace=min_trace(t, 'alvaro.ruiz@larkspur-labs.com'))


@reg('feature_request', 'forward_support|needs_review', '', 'pt', 'form-mailer;auto-submitted;html-only;base64;windows-1252;no-msgid',
     'formulário de sugestões: lembretes por WhatsApp/SMS')
def f_form_whatsapp():
    t = when(2026, 4, 13, 18, 37, 'lisbon')
    h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body>\n'
         '<p><b>Formulário: Sugestões de ferramentas \u2013 Recrutamento</b></p>\n'
         '<p>Nova resposta recebida em 13/04/2026 18:37</p>\n'
         '<table border="1" cellpadding="4" cellspacing="0">\n'
         '<tr><td>Nome</td><td>Lucas Pereira</td></tr>\n'
         '<tr><td>E-mail</td><td>lucas.pereira@larkspur-labs.com</td></tr>\n'
         '<tr><td>Escritório</td><td>Lisboa</td></tr>\n'
         '<tr><td>Ferramenta</td><td>GoodTime</td></tr>\n'
         '<tr><td>Sugestão</td><td>Seria ótimo se o GoodTime pudesse mandar os lembretes de entrevista também por WhatsApp ou SMS. '
         'Aqui em Portugal (e no Brasil, de onde vêm muitos candidatos) quase ninguém vê o e-mail a tempo, e já tivemos duas '
         'faltas este mês de candidatos que disseram que não viram o lembrete. O ideal era o candidato escolher o canal quando '
         'confirma a entrevista.</td></tr>\n'
         '<tr><td>Impacto</td><td>Menos faltas em entrevistas de primeira fase</td></tr>\n'
         '</table>\n<p style="color:#777">Mensagem gerada automaticamente. Não responda a este endereço.</p>\n</body></html>\n')
    body = tpart(h, sub='html', cs='windows-1252', cte='base64', ct='text/html; charset=windows-1252')
    extra = [('Auto-Submitted', 'auto-generated'), ('X-Auto-Response-Suppress', 'All'),
             ('X-Mailer', 'Larkspur Intranet Forms 2.4')]
    hops = [plain_hop(t, 1, 'intranet-web01.lis.larkspur-labs.com (intranet-web01.lis.larkspur-labs.com [10.70.3.11])',
                      'mailrelay01.lis.larkspur-labs.com (Postfix)', 'ESMTP', place='lisbon', for_=HELP)]
    return env('robot', named(ew_q('Formulário Sugestões', 'windows-1252'), 'no-reply@larkspur-labs.com'),
               ew_q('Nova sugestão: GoodTime (Lucas Pereira)', 'windows-1252'), t, body, mid=None, extra=extra,
               reply_to='lucas.pereira@larkspur-labs.com',
               trace=google_trace(t, 'no-reply@larkspur-labs.com', hops=hops,
                                  mx_from='mailrelay01.lis.larkspur-labs.com (mailrelay01.lis.larkspur-labs.com. [83.240.14.2])'))


# ============================================================================
# ESCALATIONS (12; 3 also report a live fault)
# ============================================================================

@reg('escalation', 'flag_csm', '', 'en', 'outlookmac-alt;qp;corp-sig;received-chain;dkim;arc;auth-results',
     'interviewer seat cap, expansion quote before 1 May')
def e_seats():
    t = when(2026, 3, 31, 16, 45, 'austin')
    s = 'rebecca.stone@larkspur-labs.com'
    txt = ("Hi team,\n\n"
           "Heads-up and a request. We're opening roughly 60 engineering reqs in Dublin and Lisbon for H2, which means onboarding "
           "a lot of new interviewers into GoodTime from May onwards.\n\n"
           "Finance tells me we're already at 1,150 of our 1,200 interviewer seats. I'd like to get the commercial conversation "
           "with GoodTime going now \u2013 expansion pricing for another 300-400 seats, and whether we can true-up at renewal "
           "instead of buying mid-term \u2013 so we have a quote before 1 May.\n\n"
           "Can you get this in front of the right person on their side and include me?\n\n"
           "Thanks,\nRebecca\n\n"
           "Rebecca Stone\nHead of Talent Acquisition, Engineering\nLarkspur Labs | 500 W 2nd St, Suite 1900, Austin, TX 78701\n"
           "m: +1 512 555 0148")
    hops = [plain_hop(t, 2, 'mail-sor-f41.google.com', 'smtp.gmail.com', 'HTTPREST', place='pacific')]
    return env('mac', named('Rebecca Stone', s), 'GoodTime seats for H2 hiring', t, mac_alt(txt), lang='en-US',
               trace=google_trace(t, s, hops=hops, full=True))


@reg('escalation', 'flag_csm', '', 'en', 'outlook-html-only;qp;cp1252;reply-outlook-block-unrelated;corp-sig;disclaimer',
     'renewal 30 June: usage, multi-year pricing, remove unused licences')
def e_renewal():
    t = when(2026, 4, 2, 11, 3, 'london')
    txt = ("Hi both,\n\n"
           "Replying on this thread as it\u2019s the last one I have with you, but different topic.\n\n"
           "Our GoodTime contract renews on 30 June. Procurement have asked me to pull together, by mid-May:\n"
           "\u2022 active users by role per month since the last renewal,\n"
           "\u2022 a list of coordinator licences unused for 90+ days that we could drop, and\n"
           "\u2022 a view on multi-year pricing (2 or 3 years) versus another 12 months.\n\n"
           "Some of this I can get from our own reporting, but the licence and pricing parts need GoodTime\u2019s account team. "
           "Could you set up time with them and me in the next few weeks?\n\n"
           "Thanks,\nHarriet")
    sig = ("Harriet Cole\nSenior Recruiting Operations Analyst, EMEA\nLarkspur Labs\n1 Finsbury Avenue, London EC2M 2PF\n"
           "M: +44 7700 900418")
    reply = ([('From:', 'GoodTime Help Line <helpline@larkspur-labs.com>'), ('Sent:', 'Friday, March 20, 2026 4:17 PM'),
              ('To:', 'Cole, Harriet <harriet.cole@larkspur-labs.com>'),
              ('Subject:', 'RE: GoodTime support cover for late APAC panels')],
             "Hi Harriet,\n\nGoodTime Support is available around the clock by chat and e-mail; their SLAs and priority "
             "definitions are in the Support overview on their Help Center.\n\nThanks,\nHelp Line")
    return env('outlook', named('Cole, Harriet', 'harriet.cole@larkspur-labs.com', quote=True),
               'RE: GoodTime support cover for late APAC panels', t,
               outlook_html_only(txt, lang='EN-GB', sig=sig, disclaimer=DISC_EN, reply=reply), lang='en-gb',
               irt=mid_outlook_win(), refs=mid_outlook_win(), trace=min_trace(t, 'harriet.cole@larkspur-labs.com'))


@reg('escalation', 'flag_csm', '', 'en', 'gmail-alt;qp',
     'training for 12 new coordinators (London + Dublin)')
def e_training():
    t = when(2026, 3, 9, 10, 14, 'london')
    txt = ("Hi team,\n\n"
           "We have 12 new recruiting coordinators starting across London and Dublin between 6 and 20 April \u2013 most have never "
           "used GoodTime.\n\n"
           "Rather than each of them learning by shadowing whoever is least busy, I'd like a proper structured training, ideally "
           "run by GoodTime themselves: panels and multi-session onsites, pools and load limits, reschedules and declines, and how "
           "we've set things up here. Two sessions of ~90 minutes would be ideal, one per office, in the week of 20 April.\n\n"
           "Who can make that happen with GoodTime?\n\n"
           "Thanks,\nPriscilla\n\n"
           "Priscilla Owusu\nRecruiting Manager, EMEA Engineering\nLarkspur Labs")
    return env('gmail', named('Priscilla Owusu', 'priscilla.owusu@larkspur-labs.com'), 'GoodTime training for new coordinators (April)',
               t, gmail_alt(txt), trace=min_trace(t, 'priscilla.owusu@larkspur-labs.com'))


@reg('escalation', 'flag_csm', '', 'en', 'gmail-alt;qp;caps;att-png;multipart-mixed;received-chain;dkim;arc;auth-results;night',
     'overall complaint: rough quarter, tickets closed unresolved')
def e_complaint():
    t = when(2026, 3, 27, 21, 30, 'austin')
    s = 'maya.okafor@larkspur-labs.com'
    txt = ("I'll be blunt, because I think it's needed.\n\n"
           "The last quarter with GoodTime has been ROUGH for the Austin team. In no particular order:\n"
           "- calendar sync problems roughly every other week since January\n"
           "- the Teams/Zoom link issue that keeps coming back\n"
           "- self-scheduling offering times nobody is actually free\n"
           "- support tickets closed as \"resolved\" when nothing was fixed (screenshot of our ticket list attached)\n\n"
           "Individually each one got a workaround. Together they mean my coordinators spend a chunk of every week double-checking "
           "GoodTime instead of trusting it, and two hiring managers have asked me whether we should go back to scheduling by hand.\n\n"
           "I don't want another ticket. I want someone at GoodTime with actual authority to sit down with us, look at the whole "
           "picture and tell us what the plan is. Can you make that happen?\n\n"
           "Maya")
    bd = b_gmail()
    body = multi('mixed', [gmail_alt(txt), attach(png(360, 200, 21, banner=(250, 200, 60)), 'image/png', 'tickets-q1.png')], bd)
    hops = [plain_hop(t, 2, 'mail-sor-f41.google.com', 'smtp.gmail.com', 'HTTPREST', place='pacific')]
    return env('gmail', named('Maya Okafor', s), 'Where we are with GoodTime', t, body,
               cc='Rebecca Stone <rebecca.stone@larkspur-labs.com>', trace=google_trace(t, s, hops=hops, full=True))


@reg('escalation', 'flag_csm+forward_support', '', 'en', 'apple-alt;7bit;caps',
     'third time Teams links fail, ticket closed, happening again today')
def e_teams_recurring():
    t = when(2026, 3, 18, 8, 47, 'austin')
    txt = ("THIRD time this month.\n\n"
           "Teams links are not being generated for GoodTime interviews again. We reported this on 2 March and on 10 March "
           "(ticket 48213, closed as \"resolved\" on 11 March with no explanation). As of this morning it's happening again: "
           "6 interviews in Austin TODAY have no Teams link on the invites, first one at 10:30. I'm adding links by hand for now.\n\n"
           "Please get Support onto today's interviews, and separately please escalate this properly with GoodTime. We need a "
           "root cause, not another ticket that gets closed.\n\n"
           "Jordan")
    return env('apple', named('Jordan Reyes', 'jordan.reyes@larkspur-labs.com'), 'Teams links missing AGAIN (3rd time)', t,
               apple_alt(txt), cc='Marcus Bell <marcus.bell@larkspur-labs.com>',
               trace=min_trace(t, 'jordan.reyes@larkspur-labs.com'))


@reg('escalation', 'flag_csm', '', 'en', 'outlookmac-alt;qp;long-precise;folded-subject;att-pdf;multipart-mixed;night',
     'Greenhouse to Workday migration, need GoodTime involvement')
def e_migration():
    t = when(2026, 4, 23, 23, 41, 'austin')
    txt = ("Hi team,\n\n"
           "Sharing early so GoodTime has time to plan: Larkspur is moving from Greenhouse to Workday Recruiting. Current plan "
           "(attached, one page):\n\n"
           "- Build and config: June-July\n"
           "- Parallel run for new reqs only: 3-28 August\n"
           "- Cutover: Tuesday 1 September; Greenhouse read-only from that date\n\n"
           "What we need from GoodTime:\n"
           "1. Confirmation that the Workday Recruiting integration supports our stage model (we use 11 interview stages "
           "across engineering) and what it needs from our Workday admins.\n"
           "2. A plan for historical data: ~42k interviews scheduled via GoodTime since 2023 reference Greenhouse IDs. We need "
           "reporting continuity for load and time-to-schedule.\n"
           "3. Whether GoodTime can run against both ATSs during the August parallel run.\n"
           "4. A named contact on their side for the project, and whether this needs a change to our contract/SOW.\n\n"
           "I'd like a kickoff with GoodTime in May.\n\n"
           "Thanks,\nTyler\n\n"
           "Tyler Brandt\nRecruiting Operations Analyst | Larkspur Labs\nAustin, TX (US Central)")
    att = attach(pdf(['ATS migration - Greenhouse to Workday Recruiting', 'Owner: Recruiting Ops (T. Brandt)', '',
                      'Jun-Jul: build & config', '3-28 Aug: parallel run (new reqs only)', '1 Sep: cutover',
                      'Dependencies: GoodTime integration, HRIS, SSO'], 'ATS migration plan'),
                 'application/pdf', 'ATS-migration-plan-v0.3.pdf')
    bd = b_mac()
    body = multi('mixed', [mac_alt(txt), att], bd, ct='multipart/mixed;\n\tboundary="%s"' % bd)
    subj = fold('GoodTime involvement needed: ATS migration Greenhouse -> Workday Recruiting (cutover 1 Sept 2026)')
    return env('mac', named('Tyler Brandt', 'tyler.brandt@larkspur-labs.com'), subj, t, body, lang='en-US',
               thread_topic=subj, trace=min_trace(t, 'tyler.brandt@larkspur-labs.com'))


@reg('escalation', 'flag_csm', '', 'en', 'gmail-alt;qp;fwd-chain-gmail',
     'VP: org-wide onsite redesign, ~300 interviewers')
def e_loop_redesign():
    t = when(2026, 4, 27, 8, 15, 'austin')
    txt = ("Looping in the help line. Can we get GoodTime's customer team involved in this early? It touches every eng template "
           "and pool and I'd rather not discover the sharp edges in July.\n\n"
           "David")
    hdr = ("From: David Kessler <david.kessler@larkspur-labs.com>\nDate: Fri, Apr 24, 2026 at 5:02\u202fPM\n"
           "Subject: Onsite format changes from Q3\nTo: eng-managers <eng-managers@larkspur-labs.com>\n"
           "Cc: Rebecca Stone <rebecca.stone@larkspur-labs.com>")
    ft = ("Hi all,\n\n"
          "As discussed at staff, from 1 July we're moving all engineering onsites from five sessions to four: coding, system "
          "design, a new \"working session\" with the team, and values. Bar-raiser moves from optional to required for L5+.\n\n"
          "That means new interviewer pools for the working session (every team needs at least four qualified people), "
          "retraining ~300 interviewers, and rebuilding every onsite template. Recruiting will share a timeline.\n\n"
          "David\n")
    return env('gmail', named('David Kessler', 'david.kessler@larkspur-labs.com'), 'Fwd: Onsite format changes from Q3', t,
               gmail_alt(txt, fwd=(hdr, ft)), cc='Rebecca Stone <rebecca.stone@larkspur-labs.com>',
               trace=min_trace(t, 'david.kessler@larkspur-labs.com'))


@reg('escalation', 'flag_csm+forward_support', '', 'en', 'outlook-html-only;qp;cp1252;att-pdf;multipart-mixed;long-precise;folded-subject;received-chain;dkim;auth-results',
     'recurring duplicate interviews, 37 since Jan, 2 more this morning')
def e_duplicates():
    t = when(2026, 4, 9, 10, 48, 'london')
    s = 'grace.adebayo@larkspur-labs.com'
    txt = ("Hi team,\n\n"
           "I\u2019d like to escalate the duplicate-interview issue formally.\n\n"
           "Summary: GoodTime intermittently creates a second copy of a scheduled interview (same candidate, same sessions, new "
           "calendar invites). We\u2019ve logged 37 instances since 12 January across London, Dublin and Austin; log attached. "
           "Support tickets #47120, #47988 and #48805 were each closed after a workaround (delete the copy), with no root cause.\n\n"
           "It is still happening: two more this morning (London, candidates for Platform and Data), and interviewers have "
           "double invites for tomorrow\u2019s sessions as I write this.\n\n"
           "Impact: interviewers accept one copy and decline the other, candidates receive two confirmations, and our load "
           "reporting double-counts.\n\n"
           "Asks: (1) someone at Support to look at this morning\u2019s two cases today; (2) a review meeting with GoodTime to "
           "get a root cause and a fix date, because the ticket route isn\u2019t working.\n\n"
           "Best,\nGrace")
    sig = "Grace Adebayo\nRecruiting Operations Analyst, EMEA\nLarkspur Labs | 1 Finsbury Avenue, London EC2M 2PF"
    att = attach(pdf(['Duplicate interview log - Jan-Apr 2026', 'Count: 37 (LON 19, DUB 9, AUS 9)',
                      'Tickets: #47120 (closed 30 Jan), #47988 (closed 24 Feb), #48805 (closed 27 Mar)',
                      '09-Apr 08:12 LON Platform - duplicate', '09-Apr 09:40 LON Data - duplicate'], 'Duplicate log'),
                 'application/pdf', 'duplicate-interviews-log.pdf')
    bd = b_outlook()
    body = multi('mixed', [outlook_html_only(txt, lang='EN-GB', sig=sig), att], bd,
                 ct='multipart/mixed;\n\tboundary="%s"' % bd, preamble='This is a multipart message in MIME format.')
    hops = [mimecast_hop(t, 2), exch_hop(t, 'LON-EXCH01.corp.larkspur-labs.com', '10.40.2.16', 'LON-EDGE02.corp.larkspur-labs.com', 3, 'london'),
            exch_hop(t, 'LT-GADEBAYO-22.corp.larkspur-labs.com', '10.40.19.40', 'LON-EXCH01.corp.larkspur-labs.com', 4, 'london')]
    subj = fold('Escalation: recurring duplicate interviews in GoodTime (37 since January, still occurring today)')
    return env('outlook', named('Grace Adebayo', s), subj, t, body, lang='en-gb',
               cc='Harriet Cole <harriet.cole@larkspur-labs.com>',
               trace=google_trace(t, s, hops=hops, full=True, arc=False, spf_ip='185.58.86.151',
                                  mx_from='eu-smtp-delivery-1.mimecast.com (eu-smtp-delivery-1.mimecast.com. [185.58.86.151])'))


@reg('escalation', 'flag_csm', '', 'en', 'outlook-alt;qp;windows-1252;disclaimer;corp-sig;fwd-chain-outlook',
     'InfoSec vendor review: DPA + SOC 2, who owns our account')
def e_dpa():
    t = when(2026, 2, 5, 12, 12, 'dublin')
    txt = ("Hi team,\n\n"
           "See below from InfoSec. Our annual vendor review for GoodTime is due by 31 March and they need an updated DPA "
           "signed plus the latest SOC 2 Type II report and pen-test summary from GoodTime.\n\n"
           "Who on the GoodTime side owns our account for this kind of thing? I\u2019d like to get the documents requested this "
           "week so it doesn\u2019t slip.\n\n"
           "Thanks,\nFionn\n\n"
           "Fionn Doyle\nRecruiting Operations Specialist\nLarkspur Labs Ireland Ltd\nGrand Canal Quay, Dublin 2, D02 YX88\n\n"
           + DISC_IE + "\n\n"
           "From: Security Vendor Reviews <vendor-risk@larkspur-labs.com>\n"
           "Sent: Wednesday, February 4, 2026 5:30 PM\n"
           "To: Doyle, Fionn <fionn.doyle@larkspur-labs.com>\n"
           "Subject: [ACTION REQUIRED] Annual vendor review: GoodTime\n\n"
           "Hi Fionn,\n\n"
           "GoodTime is due for its annual third-party risk review. As business owner, please obtain the following from the "
           "vendor by 31 March 2026: signed DPA (2026 template), SOC 2 Type II report (period ending within the last 12 months), "
           "latest penetration test summary. Failure to complete the review may result in the vendor being flagged as "
           "non-compliant.\n\n"
           "Vendor Risk Team\n")
    return env('outlook', named('Doyle, Fionn', 'fionn.doyle@larkspur-labs.com', quote=True),
               'FW: [ACTION REQUIRED] Annual vendor review: GoodTime', t,
               outlook_alt(txt, lang='EN-IE', cs='windows-1252'), lang='en-ie',
               trace=min_trace(t, 'fionn.doyle@larkspur-labs.com'))


@reg('escalation', 'flag_csm+forward_support', '', 'es', 'apple-alt;qp;rfc2047-q-utf8-split-midword;corp-sig',
     'un mes de problemas de sincronización Outlook en Madrid, hoy otra vez')
def e_madrid_sync():
    t = when(2026, 3, 23, 10, 20, 'madrid')
    txt = ("Hola,\n\n"
           "Quiero escalar esto formalmente. Llevamos un mes con problemas de sincronización entre Outlook y GoodTime en la oficina "
           "de Madrid: tickets de soporte del 24 de febrero, 5 de marzo y 12 de marzo, los tres cerrados con un «ya debería "
           "funcionar».\n\n"
           "Hoy otra vez: desde las 9:00 ninguna disponibilidad de los entrevistadores de Madrid se actualiza en GoodTime, así que "
           "estamos ofreciendo huecos que no existen. Tenemos 9 entrevistas que programar hoy.\n\n"
           "Esto ya no es un fallo puntual. Necesito que soporte mire lo de hoy y, aparte, que alguien de GoodTime con capacidad "
           "de decisión se siente con nosotros a ver qué está pasando de fondo.\n\n"
           "Gracias,\nLucía\n\n"
           "Lucía Fernández\nRecruiting Operations · Larkspur Labs Madrid\nPaseo de la Castellana 77, planta 9 · 28046 Madrid")
    subj = 'Sincronización con Outlook: otra vez caída en Madrid'
    return env('apple', named(ew_q('Lucía Fernández', 'utf-8'), 'lucia.fernandez@larkspur-labs.com'),
               ew_split(subj, [7], 'utf-8', 'Q'), t, apple_alt(txt),
               trace=min_trace(t, 'lucia.fernandez@larkspur-labs.com'))


@reg('escalation', 'flag_csm', '', 'fr', 'outlook-alt;qp;windows-1252;rfc2047-b-latin1;winmail-dat;multipart-mixed;corp-sig',
     'formation GoodTime pour 5 nouveaux coordinateurs à Lyon')
def e_formation():
    t = when(2026, 4, 29, 14, 26, 'lyon')
    txt = ("Bonjour,\n\n"
           "Nous accueillons cinq nouveaux coordinateurs recrutement à Lyon entre le 11 et le 25 mai. Aucun n\u2019a utilisé "
           "GoodTime auparavant.\n\n"
           "Serait-il possible d\u2019organiser une vraie session de formation GoodTime pour eux, idéalement en français et animée "
           "par l\u2019éditeur, avec nos cas concrets (onsites multi-sessions, pools, entretiens avec Dublin) ? Une demi-journée fin "
           "mai nous irait très bien.\n\n"
           "Qui peut lancer la demande auprès de GoodTime ?\n\n"
           "Merci,\nNathalie\n\n"
           "Nathalie Girard\nResponsable recrutement \u2013 Lyon\nLarkspur Labs France SAS \u2013 27 rue de la République, 69002 Lyon")
    bd = b_outlook()
    body = multi('mixed', [outlook_alt(txt, lang='FR', cs='windows-1252'), attach(winmail(17), 'application/ms-tnef', 'winmail.dat')], bd,
                 ct='multipart/mixed;\n\tboundary="%s"' % bd, preamble='This is a multipart message in MIME format.')
    return env('outlook', named('Nathalie Girard', 'nathalie.girard@larkspur-labs.com'),
               ew_b('Formation GoodTime pour les nouveaux coordinateurs (Lyon, mai)', 'ISO-8859-1'), t, body, lang='fr-fr',
               trace=min_trace(t, 'nathalie.girard@larkspur-labs.com'))


@reg('escalation', 'flag_csm', '', 'pt', 'outlookmac-alt;qp;two-topics',
     'mais licenças de admin + rever contrato (escritório duplica)')
def e_licencas():
    t = when(2026, 4, 17, 10, 38, 'lisbon')
    txt = ("Bom dia,\n\n"
           "Duas coisas relacionadas:\n\n"
           "1. O escritório de Lisboa vai passar de 40 para cerca de 90 pessoas em engenharia até ao fim do ano, e vamos precisar "
           "de mais 3 licenças de administrador no GoodTime para a equipa de recruiting ops daqui (hoje só a Mariana tem).\n\n"
           "2. Com esse crescimento, faz sentido rever o contrato \u2013 número de entrevistadores, e se Lisboa deve ter o seu "
           "próprio centro de custo na fatura.\n\n"
           "Quem trata disto do lado da GoodTime? Podem pôr-me em contacto?\n\n"
           "Obrigado,\nRui\n\n"
           "Rui Almeida\nRecruiting Manager, Engineering \u2013 Lisboa\nLarkspur Labs · Av. da Liberdade 110, 1269-046 Lisboa")
    return env('mac', named('Rui Almeida', 'rui.almeida@larkspur-labs.com'),
               ew_b('Licenças GoodTime e contrato – Lisboa'), t, mac_alt(txt), lang='pt-PT',
               thread_topic=ew_b('Licenças GoodTime e contrato – Lisboa'), trace=min_trace(t, 'rui.almeida@larkspur-labs.com'))


# ============================================================================
# NOISE (14)
# ============================================================================

@reg('noise', 'ignore', '', 'en', 'ooo;auto-submitted;outlook-alt;qp;windows-1252',
     'Outlook automatic reply')
def x_ooo_outlook():
    t = when(2026, 3, 2, 8, 1, 'london')
    txt = ("Thank you for your email. I\u2019m out of the office until Monday 9 March with limited access to email.\n\n"
           "For anything urgent on EMEA engineering scheduling, please contact Tom Ashworth (tom.ashworth@larkspur-labs.com). "
           "For candidate questions, please reply to your recruiter.\n\n"
           "Olivia")
    extra = [('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')]
    return env('outlook', named('Olivia Pemberton', 'olivia.pemberton@larkspur-labs.com'),
               'Automatic reply: GoodTime office hours move to Thursdays', t, outlook_alt(txt, cs='windows-1252'),
               irt=mid_gmail(), extra=extra, trace=min_trace(t, 'olivia.pemberton@larkspur-labs.com'))


@reg('noise', 'ignore', '', 'de', 'ooo;no-auto-submitted;apple-plain;qp;windows-1252;no-msgid;rfc2047-q-latin1',
     'Abwesenheitsnotiz ohne Auto-Submitted')
def x_ooo_de():
    t = when(2026, 4, 8, 14, 19, 'berlin')
    txt = ("Vielen Dank für Ihre Nachricht.\n\n"
           "Ich bin bis einschließlich Montag, 20. April, im Urlaub und lese meine E-Mails in dieser Zeit nicht. "
           "In dringenden Fällen wenden Sie sich bitte an Lena Hoffmann (lena.hoffmann@larkspur-labs.com).\n\n"
           "Viele Grüße\nKatrin Schäfer")
    return env('apple', named(ew_q('Katrin Schäfer', 'iso-8859-1'), 'katrin.schaefer@larkspur-labs.com'),
               'Abwesenheitsnotiz: Re: Interviewer-Schulung Berlin', t, apple_plain(txt, cs='windows-1252'), mid=None,
               irt=mid_gmail(), trace=min_trace(t, 'katrin.schaefer@larkspur-labs.com'))


@reg('noise', 'ignore', '', 'es', 'ooo;auto-submitted;gmail-alt;qp;rfc2047-b-utf8',
     'respuesta de vacaciones Gmail')
def x_ooo_es():
    t = when(2026, 3, 30, 9, 2, 'madrid')
    txt = ("¡Hola! Estoy fuera de la oficina hasta el martes 7 de abril, sin acceso al correo.\n\n"
           "Para entrevistas de Madrid que necesiten algo urgente, escribid a Javier Morales (javier.morales@larkspur-labs.com).\n\n"
           "Gracias,\nMarta")
    extra = [('Auto-Submitted', 'auto-replied')]
    return env('gmail', named(ew_b('Marta Gómez'), 'marta.gomez@larkspur-labs.com'),
               ew_b('Fuera de la oficina hasta el 7 de abril'), t, gmail_alt(txt), irt=mid_gmail(), refs=mid_gmail(),
               extra=extra, trace=min_trace(t, 'marta.gomez@larkspur-labs.com'))


@reg('noise', 'ignore', '', 'fr', 'calendar-decline;text-calendar;outlook-alt;qp;rfc2047-q-utf8',
     'Refusé : permanence helpline')
def x_decline_fr():
    t = when(2026, 1, 20, 17, 48, 'lyon')
    st = when(2026, 1, 22, 15, 0, 'lyon', 0)
    plain = "Je suis en onsite toute la journée jeudi, désolée.\n"
    uid = '040000008200E00074C5B7101A82E00800000000' + rs(32, '0123456789ABCDEF')
    cal = ('BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nPRODID:Microsoft Exchange Server 2010\r\nVERSION:2.0\r\n'
           'BEGIN:VEVENT\r\nATTENDEE;PARTSTAT=DECLINED;CN=Camille Lefèvre:mailto:camille.lefevre@larkspur-labs.com\r\n'
           'COMMENT;LANGUAGE=fr-FR:Je suis en onsite toute la journée jeudi\\, désolée.\\n\r\n'
           'SUMMARY;LANGUAGE=fr-FR:Refusé : Permanence GoodTime (Help Line)\r\n'
           'DTSTART;TZID=Romance Standard Time:20260122T150000\r\nDTEND;TZID=Romance Standard Time:20260122T153000\r\n'
           'UID:' + uid + '\r\nCLASS:PUBLIC\r\nPRIORITY:5\r\nDTSTAMP:20260120T164800Z\r\nTRANSP:OPAQUE\r\nSEQUENCE:0\r\n'
           'LOCATION;LANGUAGE=fr-FR:Microsoft Teams\r\nX-MICROSOFT-CDO-APPT-SEQUENCE:0\r\nX-MICROSOFT-CDO-REPLYTIME:20260120T164800Z\r\n'
           'END:VEVENT\r\nEND:VCALENDAR\r\n')
    bd = b_outlook()
    body = multi('alternative', [tpart(plain, cs='utf-8', cte='quoted-printable'),
                                 tpart(cal, sub='calendar', cs='utf-8', cte='base64', ct='text/calendar; charset="utf-8"; method=REPLY')],
                 bd, ct='multipart/alternative;\n\tboundary="%s"' % bd)
    extra = [('Content-Class', 'urn:content-classes:calendarmessage')]
    return env('outlook', named(ew_q('Camille Lefèvre', 'utf-8'), 'camille.lefevre@larkspur-labs.com'),
               ew_q('Refusé : Permanence GoodTime (Help Line)', 'utf-8'), t, body, extra=extra, lang='fr-fr',
               trace=min_trace(t, 'camille.lefevre@larkspur-labs.com'))


@reg('noise', 'ignore', '', 'pt', 'bare-thanks;iphone-alt;qp;mobile-sig-pt;reply-quoted',
     'obrigada com citação')
def x_obrigada():
    t = when(2026, 3, 12, 10, 31, 'lisbon')
    txt = ("Obrigada!! 🙏\n\nEnviado do meu iPhone\n\n"
           "> No dia 12/03/2026, à(s) 10:14, GoodTime Help Line <helpline@larkspur-labs.com> escreveu:\n"
           "> \n"
           "> Olá Inês,\n"
           "> \n"
           "> Sim, o suporte da GoodTime está disponível 24/7 por chat e por e-mail. Os prazos de resposta estão na página do\n"
           "> Help Center sobre a equipa de Suporte.\n"
           "> \n"
           "> Cumprimentos,\n"
           "> Help Line\n")
    h = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">'
         '<div dir="ltr">Obrigada!! 🙏</div><div dir="ltr"><br><div dir="ltr">Enviado do meu iPhone</div><div dir="ltr"><br>'
         '<blockquote type="cite">No dia 12/03/2026, à(s) 10:14, GoodTime Help Line &lt;helpline@larkspur-labs.com&gt; escreveu:<br><br></blockquote></div>'
         '<blockquote type="cite"><div dir="ltr">Olá Inês,<br><br>Sim, o suporte da GoodTime está disponível 24/7 por chat e por e-mail. '
         'Os prazos de resposta estão na página do Help Center sobre a equipa de Suporte.<br><br>Cumprimentos,<br>Help Line</div></blockquote></div></body></html>\n')
    bd = b_apple()
    body = multi('alternative', [tpart(txt, cs='utf-8', cte='quoted-printable', ct='text/plain;\n\tcharset=utf-8'),
                                 tpart(h, sub='html', cs='utf-8', cte='quoted-printable', ct='text/html;\n\tcharset=utf-8')],
                 bd, ct='multipart/alternative;\n\tboundary="%s"' % bd)
    return env('iphone', named(ew_q('Inês Carvalho', 'utf-8'), 'ines.carvalho@larkspur-labs.com'),
               'Re: suporte GoodTime fora de horas', t, body, irt=mid_outlook_win(), refs=mid_apple() + '\n ' + mid_outlook_win(),
               trace=min_trace(t, 'ines.carvalho@larkspur-labs.com'))


@reg('noise', 'ignore', '', 'en', 'bounce;multipart-report;delivery-status;mailer-daemon;received-chain',
     'DSN: helpline reply to departed employee')
def x_bounce():
    t = when(2026, 2, 9, 15, 2, 'london')
    orig_t = later(t, -3)
    orig_mid = mid_gmail()
    human = ("\n** Address not found **\n\n"
             "Your message wasn't delivered to jamie.calloway@larkspur-labs.com because the address couldn't be found, or is "
             "unable to receive mail.\n\n"
             "Learn more here: https://support.google.com/mail/?p=NoSuchUser\n\n"
             "The response was:\n\n"
             "550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's "
             "email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser "
             "a640c23a62f3a-a9e5b1c0f11si1234567.4 - gsmtp\n")
    ds = ("Reporting-MTA: dns; googlemail.com\n"
          "Received-From-MTA: dns; helpline@larkspur-labs.com\n"
          "Arrival-Date: " + rfcdate(in_tz(orig_t, 'pacific')) + "\n"
          "X-Original-Message-ID: " + orig_mid + "\n\n"
          "Final-Recipient: rfc822; jamie.calloway@larkspur-labs.com\n"
          "Action: failed\n"
          "Status: 5.1.1\n"
          "Remote-MTA: dns; aspmx.l.google.com. (142.250.27.26, the server for the domain larkspur-labs.com.)\n"
          "Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist. a640c23a62f3a-a9e5b1c0f11si1234567.4 - gsmtp\n"
          "Last-Attempt-Date: " + rfcdate(in_tz(t, 'pacific')) + "\n")
    orig = ("MIME-Version: 1.0\n"
            "From: GoodTime Help Line <helpline@larkspur-labs.com>\n"
            "Date: " + rfcdate(orig_t) + "\n"
            "Message-ID: " + orig_mid + "\n"
            "Subject: Re: Pool access for the Go interview\n"
            "To: Jamie Calloway <jamie.calloway@larkspur-labs.com>\n"
            "Content-Type: text/plain; charset=\"UTF-8\"\n\n"
            "Hi Jamie,\n\nYou're now in the Go coding pool as a trainee. Your first shadow session will be suggested on the next "
            "Go onsite.\n\nThanks,\nHelp Line\n")
    bd = b_gmail()
    body = multi('report', [tpart(human, cs='UTF-8', cte=None),
                            Part([('Content-Type', 'message/delivery-status')], ds.encode()),
                            Part([('Content-Type', 'message/rfc822')], orig.encode())], bd,
                 ct='multipart/report; boundary="%s"; report-type=delivery-status' % bd)
    hs = [('Delivered-To', HELP),
          ('Received', 'by 2002:a05:6520:4c11:b0:2c4:88a1:19fe with SMTP id d17csp1901233lkq;\n        ' + pacific_stamp(later(t, 1))),
          ('X-Received', 'by 2002:a17:906:1bb2:b0:a9e:51f1:77c0 with SMTP id r18-20020a1709061bb200b00a9e51f177c0mr913378ejg.12;\n        ' + pacific_stamp(t)),
          ('Return-Path', '<>'),
          ('Received', 'by 2002:a17:906:1bb2:b0:a9e:51f1:77c0 with SMTP id r18-20020a1709061bb200b00a9e51f177c0mr913378ejg.12;\n        ' + pacific_stamp(t)),
          ('Received', 'from mail-sor-f41.google.com (mail-sor-f41.google.com. [209.85.220.41])\n        by mx.google.com with SMTPS id a640c23a62f3a;\n        ' + pacific_stamp(later(t, -1))),
          ('Received', 'by 2002:a05:6402:3513:b0:5c9:1a4f:8e2b with SMTP id b19csp77112edd;\n        ' + pacific_stamp(later(t, -2))),
          ('Received', 'from [10.40.18.77] by smtp.gmail.com with ESMTPSA id a640c23a62f3a-a9e5b1c0f11sm1234567.4\n        for <jamie.calloway@larkspur-labs.com>;\n        ' + pacific_stamp(orig_t)),
          ('Content-Type', None)]
    out = b''
    for n, v in hs[:-1]:
        out += hline(n, v)
    top = [('From', 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>'), ('To', HELP),
           ('Auto-Submitted', 'auto-replied'), ('Subject', 'Delivery Status Notification (Failure)'),
           ('References', orig_mid), ('In-Reply-To', orig_mid), ('X-Failed-Recipients', 'jamie.calloway@larkspur-labs.com'),
           ('Message-ID', '<' + ruuid() + '@mx.google.com>'), ('Date', rfcdate(in_tz(t, 'pacific'))), ('MIME-Version', '1.0')]
    for n, v in top:
        out += hline(n, v)
    for n, v in body.headers:
        out += hline(n, v)
    return out + b'\n' + body.body


@reg('noise', 'ignore', '', 'en', 'newsletter;list-unsubscribe;multipart-alt;qp;received-chain;dkim;arc;auth-results;folded-subject',
     'GoodTime product digest (mentions chat, CSM, product board)')
def x_newsletter():
    t = when(2026, 3, 17, 15, 0, 'ny')
    plain = ("GoodTime Product Digest - March 2026\n\n"
             "What's new this month\n\n"
             "* Smarter pools: load balancing now considers interviewer time off synced from your HRIS.\n"
             "* Debriefs, faster: auto-create a debrief when the last session of an onsite is confirmed.\n"
             "* Candidate experience: refreshed itinerary templates with office maps.\n\n"
             "Live webinar: \"Scaling technical hiring without burning out your interviewers\" - Thursday, March 26, 11am ET.\n"
             "Save your seat: https://www.goodtime.io/webinars/scaling-technical-hiring?utm_source=newsletter&utm_medium=email\n\n"
             "Have an idea? Share it on the GoodTime Product board and upvote your favourites.\n"
             "Need a hand? Chat with Support from the purple bubble in your dashboard, or book time with your CSM.\n\n"
             "--\nYou're receiving this email because you're a GoodTime user at Larkspur Labs.\n"
             "Unsubscribe: https://mail.goodtime.io/u/" + rs(32, HEX) + "\n"
             "GoodTime.io, Inc. - 228 Park Ave S, New York, NY 10003\n")
    h = ('<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">'
         '<title>GoodTime Product Digest</title></head><body style="margin:0;background:#f5f3fb">'
         '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">'
         '<table width="600" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;color:#2b2540">'
         '<tr><td style="background:#5b3fd1;padding:24px;color:#fff;font-size:22px">GoodTime Product Digest &middot; March 2026</td></tr>'
         '<tr><td style="padding:24px"><h2>What&rsquo;s new this month</h2><ul>'
         '<li><b>Smarter pools:</b> load balancing now considers interviewer time off synced from your HRIS.</li>'
         '<li><b>Debriefs, faster:</b> auto-create a debrief when the last session of an onsite is confirmed.</li>'
         '<li><b>Candidate experience:</b> refreshed itinerary templates with office maps.</li></ul>'
         '<p><a href="https://www.goodtime.io/webinars/scaling-technical-hiring?utm_source=newsletter&amp;utm_medium=email" '
         'style="background:#5b3fd1;color:#fff;padding:12px 20px;border-radius:6px;text-decoration:none">Save your seat</a></p>'
         '<p>Have an idea? Share it on the GoodTime Product board and upvote your favourites. Need a hand? Chat with Support from '
         'the purple bubble in your dashboard, or book time with your CSM.</p></td></tr>'
         '<tr><td style="padding:16px;font-size:11px;color:#8a84a3">You&rsquo;re receiving this email because you&rsquo;re a GoodTime '
         'user at Larkspur Labs. <a href="https://mail.goodtime.io/u/x">Unsubscribe</a><br>GoodTime.io, Inc. &middot; 228 Park Ave S, '
         'New York, NY 10003</td></tr></table></td></tr></table>'
         '<img src="https://mail.goodtime.io/o/' + rs(40, ALNUM) + '.gif" width="1" height="1" alt=""></body></html>\n')
    bd = rs(60, HEX)
    body = multi('alternative', [tpart(plain, cs='utf-8', cte='quoted-printable', ct='text/plain; charset=utf-8'),
                                 tpart(h, sub='html', cs='utf-8', cte='quoted-printable', ct='text/html; charset=utf-8')], bd)
    sender = 'bounces+41882-' + rs(4, HEX) + '-helpline=larkspur-labs.com@em3341.mail.goodtime.io'
    hops = [plain_hop(t, 2, 'NDE4ODI (unknown)', 'geopod-ismtpd-12 (SG) with HTTP id ' + rs(22, ALNUM), 'HTTP', place='utc'),
            plain_hop(t, 3, 'filterdrecv-7b9c5f7d84-q2x8h', 'filterdrecv-7b9c5f7d84-q2x8h with SMTP id', 'SMTP', place='utc'),
            plain_hop(t, 4, 'mta-out-07.marketing.goodtime.io (unknown [10.31.4.7])', 'filterdrecv-7b9c5f7d84-q2x8h', 'ESMTP', place='utc'),
            plain_hop(t, 6, 'app-batch-03.goodtime.io (app-batch-03.goodtime.io [10.31.1.23])', 'mta-out-07.marketing.goodtime.io', 'ESMTP', place='utc'),
            plain_hop(t, 8, 'localhost (localhost [127.0.0.1])', 'app-batch-03.goodtime.io (Postfix)', 'ESMTP', place='utc')]
    tr = google_trace(t, sender, hops=hops, full=True, dkim_dom='mail.goodtime.io', selector='s1', spf_ip='149.72.%d.%d' % (rng.randint(1, 250), rng.randint(1, 250)),
                      mx_from='o1678.ptr1441.mail.goodtime.io (o1678.ptr1441.mail.goodtime.io. [149.72.61.214])')
    extra = [('List-Unsubscribe', '<https://mail.goodtime.io/u/' + rs(32, HEX) + '>,\n <mailto:unsubscribe-' + rs(16, HEX) + '@mail.goodtime.io>'),
             ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'), ('Precedence', 'bulk'),
             ('X-SG-EID', rs(120, B64C)), ('X-Entity-ID', rs(22, B64C) + '==')]
    subj = fold('GoodTime Product Digest: smarter pools, faster debriefs, and a webinar on scaling technical hiring (March 2026)')
    return env('robot', 'GoodTime <news@mail.goodtime.io>', subj, t, body, mid='<' + rs(22, ALNUM) + '@geopod-ismtpd-12>',
               extra=extra, trace=tr)


@reg('noise', 'ignore', '', 'en', 'phishing;html-only;base64;msgid-no-brackets;auth-results-fail;received-chain',
     'fake GoodTime session expiry')
def x_phish():
    t = when(2026, 4, 3, 3, 17, 'utc')
    h = ('<html><body style="font-family:Arial,sans-serif">'
         '<div style="max-width:560px;margin:auto;border:1px solid #ddd;padding:24px">'
         '<h3 style="color:#6b46c1">GoodTime</h3>'
         '<p>Dear User,</p>'
         '<p>Our system detected that your GoodTime scheduling session will <b>expire within 24 hours</b>. '
         'To avoid interruption of your interviews and calendar sync, you must re-validate your account immediately.</p>'
         '<p style="text-align:center"><a href="http://goodtime-io.account-verify-session.net/login?u=helpline%40larkspur-labs.com" '
         'style="background:#6b46c1;color:#fff;padding:12px 22px;text-decoration:none">VALIDATE ACCOUNT</a></p>'
         '<p>If you do not validate, all scheduled interviews may be cancelled automatically.</p>'
         '<p>Regards,<br>GoodTime Security Team</p>'
         '<p style="font-size:10px;color:#999">&copy; 2026 GoodTime Inc. All rights reserved.</p></div></body></html>\n')
    body = tpart(h, sub='html', cs='utf-8', cte='base64', ct='text/html; charset="utf-8"')
    sender = 'support@goodtime-secure-login.com'
    hops = [plain_hop(t, 3, 'vps-4471.hostingprovider.example (unknown [45.134.26.88])', 'mta02.goodtime-secure-login.com (Postfix)', 'ESMTP', place='utc'),
            plain_hop(t, 5, 'localhost (localhost [127.0.0.1])', 'vps-4471.hostingprovider.example', 'SMTP', place='utc'),
            plain_hop(t, 9, 'User (unknown [185.220.101.44])', 'vps-4471.hostingprovider.example', 'ESMTPA', place='utc')]
    tr = google_trace(t, sender, hops=hops, full=True, arc=False, dkim_result='none', spf_result='softfail', dmarc_result='fail',
                      spf_ip='45.134.26.88', mx_from='mta02.goodtime-secure-login.com (mta02.goodtime-secure-login.com. [45.134.26.88])')
    return env('robot', '"GoodTime Security" <support@goodtime-secure-login.com>',
               'Action Required: Your GoodTime session expires in 24 hours', t, body,
               mid=rs(16, HEX) + '.' + rs(8, HEX) + '@goodtime-secure-login.com', reply_to='gt-verify@protonmail.example',
               extra=[('X-Priority', '1 (Highest)'), ('X-Mailer', 'Microsoft Outlook Express 6.00.2900.5512')], trace=tr)


@reg('noise', 'ignore', '', 'en', 'calendar-accept;google-calendar;att-ics;multipart-mixed;text-calendar',
     'Accepted: GoodTime office hours (London)')
def x_accept():
    t = when(2026, 3, 16, 9, 44, 'london')
    st = when(2026, 3, 19, 15, 0, 'london', 0)
    en_ = later(st, 1800)
    uid = rs(26, 'abcdefghijklmnopqrstuvwxyz0123456789') + '@google.com'
    cal = ics('REPLY', 'GoodTime office hours (London)', st, en_, ('GoodTime Help Line', HELP),
              [('Ben Okoro', 'ben.okoro@larkspur-labs.com', 'ACCEPTED')], uid=uid, location='Google Meet')
    plain = ("Ben Okoro has accepted this invitation.\n\nGoodTime office hours (London)\n"
             "Thursday 19 Mar 2026 15:00 - 15:30 (Greenwich Mean Time - London)\n\n"
             "Invitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
             "You are receiving this email because you are the organiser of this event.\n")
    h = ('<html><body><div style="font-family:Roboto,Helvetica,Arial,sans-serif"><p><b>Ben Okoro</b> has accepted this invitation.</p>'
         '<h3>GoodTime office hours (London)</h3><p>Thursday 19 Mar 2026 &middot; 15:00 &ndash; 15:30 (Greenwich Mean Time - London)</p>'
         '<p style="font-size:12px;color:#70757a">Invitation from Google Calendar</p></div></body></html>\n')
    ab = b_gmail()
    alt = multi('alternative', [tpart(plain, cs='UTF-8', cte=None), tpart(h, sub='html', cs='UTF-8', cte='quoted-printable'),
                                tpart(cal.replace('\r\n', '\n'), sub='calendar', cs='UTF-8', cte='7bit', ct='text/calendar; charset="UTF-8"; method=REPLY')], ab)
    mb = b_gmail()
    body = multi('mixed', [alt, attach(cal.encode(), 'application/ics', 'invite.ics')], mb)
    return env('gmail', named('Ben Okoro', 'ben.okoro@larkspur-labs.com'),
               'Accepted: GoodTime office hours (London) @ Thu 19 Mar 2026 15:00 - 15:30 (GMT) (helpline@larkspur-labs.com)', t, body,
               extra=[('Sender', 'Google Calendar <calendar-notification@google.com>'), ('Reply-To', 'Ben Okoro <ben.okoro@larkspur-labs.com>')],
               trace=min_trace(t, 'calendar-notification@google.com'))


@reg('noise', 'ignore', '', 'en', 'read-receipt;multipart-report;disposition-notification;outlook',
     'Read: seat audit')
def x_read_receipt():
    t = when(2026, 1, 16, 11, 9, 'austin')
    orig_mid = mid_gmail()
    human = ("Your message\n\n"
             "To: Sam Whitaker\n"
             "Subject: GoodTime seat audit - please confirm your interviewers by Jan 23\n"
             "Sent: Thursday, January 15, 2026 4:02:17 PM (UTC-06:00) Central Time (US & Canada)\n\n"
             "was read on Friday, January 16, 2026 11:09:03 AM (UTC-06:00) Central Time (US & Canada).\n")
    mdn = ("Reporting-UA: larkspur-labs.com; Microsoft Outlook 16.0\n"
           "Final-Recipient: rfc822;sam.whitaker@larkspur-labs.com\n"
           "Original-Message-ID: " + orig_mid + "\n"
           "Disposition: manual-action/MDN-sent-manually; displayed\n")
    bd = b_outlook()
    body = multi('report', [tpart(human, cs='us-ascii', cte='7bit', ct='text/plain; charset="us-ascii"'),
                            Part([('Content-Type', 'message/disposition-notification')], mdn.encode())], bd,
                 ct='multipart/report; report-type=disposition-notification;\n\tboundary="%s"' % bd)
    return env('outlook', named('Sam Whitaker', 'sam.whitaker@larkspur-labs.com'),
               'Read: GoodTime seat audit - please confirm your interviewers by Jan 23', t, body,
               trace=min_trace(t, 'sam.whitaker@larkspur-labs.com'))


@reg('noise', 'ignore', '', 'en', 'bare-thanks;iphone-plain;7bit;mobile-sig-en',
     'thanks!! after lobby blocker')
def x_thanks():
    t = when(2026, 3, 4, 10, 9, 'austin')
    txt = "thanks!!\n\nSent from my iPhone"
    return env('iphone', named('Keisha Hollis', 'keisha.hollis@larkspur-labs.com'), 'Re: CANDIDATE IN LOBBY - no room??', t,
               iphone_plain(txt), irt=mid_gmail(), refs=mid_apple() + '\n ' + mid_gmail(),
               trace=min_trace(t, 'keisha.hollis@larkspur-labs.com'))


@reg('noise', 'ignore', '', 'en', 'bare-thanks;gmail-alt;qp;reply-quoted;terse-lowercase',
     'got it, thanks with quote')
def x_got_it():
    t = when(2026, 2, 2, 9, 3, 'austin')
    txt = "got it, thanks"
    quote = ('On Sat, Jan 31, 2026 at 10:22\u202fAM GoodTime Help Line <helpline@larkspur-labs.com> wrote:',
             "Hi Priya,\n\nYes - for a single phone screen the easiest option is a self-scheduling link from the candidate's "
             "interview in GoodTime. Your recruiter can set the duration and the date range before sending it.\n\n"
             "Thanks,\nHelp Line")
    return env('gmail', named('Priya Raman', 'priya.raman@larkspur-labs.com'), 'Re: phone screens', t, gmail_alt(txt, quote=quote),
               irt=mid_gmail(), refs=mid_gmail() + ' ' + mid_gmail(), trace=min_trace(t, 'priya.raman@larkspur-labs.com'))


@reg('noise', 'ignore', '', 'en', 'marketing;list-unsubscribe;html-only;base64;received-chain;dkim;auth-results',
     'HR tech vendor webinar invite')
def x_vendor_webinar():
    t = when(2026, 4, 14, 14, 30, 'ny')
    h = ('<!DOCTYPE html><html><head><meta charset="UTF-8"><title>HireSignal Live</title></head>'
         '<body style="margin:0;padding:0;background:#eef2f7"><center><table width="640" cellpadding="0" cellspacing="0" '
         'style="background:#fff;font-family:Georgia,serif"><tr><td style="padding:32px">'
         '<p style="font-size:12px;color:#999">Can&#39;t see this email? <a href="https://go.hiresignal.io/view/x">View in browser</a></p>'
         '<h1 style="color:#0b3d91">Scaling Engineering Hiring in 2026</h1>'
         '<p>Hi there,</p><p>Interview loops are getting longer, candidates are getting pickier, and your coordinators are out '
         'of calendar Tetris moves. Join recruiting leaders from three high-growth SaaS companies for a 45-minute live session '
         'on what actually moves time-to-hire.</p>'
         '<p><b>Wednesday, April 29 &middot; 12:00 PM ET</b></p>'
         '<p><a href="https://go.hiresignal.io/e/scaling-eng-hiring-2026?mkt_tok=' + rs(40, ALNUM) + '" style="background:#0b3d91;'
         'color:#fff;padding:12px 24px;text-decoration:none;border-radius:4px">Register free</a></p>'
         '<p style="font-size:11px;color:#999">HireSignal, 100 Summer St, Boston, MA 02110. You received this email because you '
         'registered for a HireSignal event. <a href="https://go.hiresignal.io/unsubscribe">Unsubscribe</a> | '
         '<a href="https://go.hiresignal.io/prefs">Manage preferences</a></p></td></tr></table></center></body></html>\n')
    body = tpart(h, sub='html', cs='UTF-8', cte='base64', ct='text/html; charset=UTF-8')
    sender = rs(3, '0123456789') + '-' + rs(3, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') + '-' + rs(3, '0123456789') + '.0.' + rs(5, '0123456789') + '.0.0.' + rs(4, '0123456789') + '.9.' + rs(7, '0123456789') + '@go.hiresignal.io'
    hops = [plain_hop(t, 2, 'mktomail.hiresignal.io (192.28.152.%d)' % rng.randint(2, 250), 'mta1.mktdns.com', 'ESMTP', place='ny'),
            plain_hop(t, 4, 'abj-mktmail-batch1d.marketo.org (10.4.3.%d)' % rng.randint(2, 250), 'mktomail.hiresignal.io', 'ESMTP', place='ny'),
            plain_hop(t, 5, 'abj-mktmail-app1.marketo.org (10.4.1.12)', 'abj-mktmail-batch1d.marketo.org', 'ESMTP', place='ny')]
    tr = google_trace(t, sender, hops=hops, full=True, arc=False, dkim_dom='go.hiresignal.io', selector='m1',
                      spf_ip='192.28.152.%d' % rng.randint(2, 250),
                      mx_from='mta1.mktdns.com (mta1.mktdns.com. [192.28.152.70])')
    extra = [('List-Unsubscribe', '<mailto:' + rs(30, ALNUM) + '@unsub-ab.mktomail.com>,\n <https://go.hiresignal.io/unsub/' + rs(20, ALNUM) + '>'),
             ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'), ('X-Mailfrom', sender), ('X-MSYS-API', '{"options":{"open_tracking":true}}'),
             ('X-Binding', 'bg-abj-04'), ('Precedence', 'bulk')]
    return env('robot', 'HireSignal Events <events@hiresignal.io>', 'Live: Scaling Engineering Hiring in 2026 (Apr 29)', t, body,
               mid='<' + rs(8, '0123456789') + '.' + rs(10, '0123456789') + '.' + rs(24, HEX) + '@abj-mktmail-batch1d>', extra=extra, trace=tr)


@reg('noise', 'ignore', '', 'en', 'auto-ack;auto-submitted;zendesk;gmail-like-alt;qp;received-chain;dkim;arc;auth-results',
     'GoodTime Support ticket acknowledgement')
def x_support_ack():
    t = when(2026, 3, 18, 9, 1, 'ny')
    plain = ("##- Please type your reply above this line -##\n\n"
             "Your request (49211) has been received and is being reviewed by our support staff.\n\n"
             "To add additional comments, reply to this email.\n\n"
             "----------------------------------------------\n\n"
             "GoodTime Help Line, Mar 18, 2026, 9:00 AM EDT\n\n"
             "Teams links missing on 6 interviews today (Austin) - recurring, previous ticket 48213\n\n"
             "--------------------------------\n"
             "This email is a service from GoodTime Support.\n"
             "[" + rs(6, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') + "-" + rs(5, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') + "]\n")
    h = ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
         '<div style="color:#b5b5b5">##- Please type your reply above this line -##</div>'
         '<p>Your request (49211) has been received and is being reviewed by our support staff.</p>'
         '<p>To add additional comments, reply to this email.</p><hr>'
         '<p><b>GoodTime Help Line</b> (Mar 18, 2026, 9:00 AM EDT)</p>'
         '<p>Teams links missing on 6 interviews today (Austin) - recurring, previous ticket 48213</p>'
         '<p style="color:#aaa;font-size:11px">This email is a service from GoodTime Support.</p></body></html>\n')
    bd = '--==_mimepart_' + rs(13, HEX) + '_' + rs(4, '0123456789')
    body = multi('alternative', [tpart(plain, cs='UTF-8', cte='quoted-printable', ct='text/plain; charset=UTF-8'),
                                 tpart(h, sub='html', cs='UTF-8', cte='quoted-printable', ct='text/html; charset=UTF-8')],
                 bd, ct='multipart/alternative;\n boundary="%s";\n charset=UTF-8' % bd)
    sender = 'support+id49211@goodtime.zendesk.com'
    hops = [plain_hop(t, 2, 'app-pod23-12.zdsys.com (unknown [10.219.11.42])', 'out-12.smtp.zendesk.com (Postfix)', 'ESMTP', place='utc')]
    tr = google_trace(t, sender, hops=hops, full=True, arc=True, dkim_dom='goodtime.io', selector='zendesk1',
                      spf_ip='192.161.151.%d' % rng.randint(2, 250),
                      mx_from='out-12.smtp.zendesk.com (out-12.smtp.zendesk.com. [192.161.151.12])')
    extra = [('Auto-Submitted', 'auto-generated'), ('X-Auto-Response-Suppress', 'All'), ('X-Mailer', 'Zendesk Mailer'),
             ('X-Zendesk-From-Account-Id', rs(6, HEX)), ('X-Zendesk-Email-Id', rs(26, ALNUM))]
    return env('robot', 'GoodTime Support <support@goodtime.io>', '[GoodTime Support] Re: Teams links missing on 6 interviews today (Austin)',
               t, body, mid='<' + rs(13, ALNUM) + '_' + rs(8, HEX) + '_sprut@zendesk.com>', extra=extra, trace=tr,
               reply_to='GoodTime Support <support+id49211@goodtime.zendesk.com>')


# ============================================================================
# write everything
# ============================================================================

def main():
    order = list(range(len(MESSAGES)))
    random.Random(90210).shuffle(order)
    rows = []
    for n, idx in enumerate(order, 1):
        m = MESSAGES[idx]
        name = 'a-%03d.eml' % n
        data = m['fn']()
        if 'crlf' in m['format'].split(';'):
            data = data.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
        with open(os.path.join(OUT, name), 'wb') as f:
            f.write(data)
        rows.append([name, m['category'], m['actions'], m['article'], m['language'], m['format'], m['notes']])
    with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f)
        w.writerow(['file', 'category', 'actions', 'article', 'language', 'format', 'notes'])
        w.writerows(rows)
    print('wrote', len(rows), 'messages')


if __name__ == '__main__':
    main()
