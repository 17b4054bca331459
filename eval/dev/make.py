#!/usr/bin/env python3
"""Builds the DEVELOPMENT set d-001.eml ... d-150.eml and labels.csv.

Brightwater Health (UK & Ireland hospital network, trial sites in DE/ES/FR/PT)
-> internal GoodTime help line goodtime.help@brightwaterhealth.org

Everything is generated from a fixed random seed, so re-running gives the same bytes.
Run:  python3 make.py
"""
import base64, quopri, random, os, csv, email, re, zlib, struct, uuid
import html as htmlmod
from datetime import datetime, timedelta, timezone

R = random.Random(20260317)
OUT = os.path.dirname(os.path.abspath(__file__))
DOM = 'brightwaterhealth.org'
HELP = 'goodtime.help@' + DOM
HELPN = 'GoodTime Help Line'

# ---------------------------------------------------------------- dates
DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
MONS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']


def D(mo, d, h, mi, kind='uk', s=None):
    """Local time at the sender's site. kind: uk/ie/pt (WET) or de/es/fr (CET)."""
    s = R.randint(0, 59) if s is None else s
    naive = datetime(2026, mo, d, h, mi, s)
    dst = datetime(2026, 3, 29, 2) <= naive < datetime(2026, 10, 25, 2)
    base = 0 if kind in ('uk', 'ie', 'pt') else 1
    return naive.replace(tzinfo=timezone(timedelta(hours=base + (1 if dst else 0))))


def rfcdate(dt, pad=False, comment=False):
    h = int(dt.utcoffset().total_seconds() // 3600)
    z = '%+03d00' % h
    day = '%02d' % dt.day if pad else str(dt.day)
    s = '%s, %s %s %d %s %s' % (DAYS[dt.weekday()], day, MONS[dt.month - 1], dt.year, dt.strftime('%H:%M:%S'), z)
    if comment:
        s += ' (%s)' % {0: 'GMT', 1: 'BST' if z == '+0100' and comment == 'uk' else 'CET', 2: 'CEST'}.get(h, 'UTC')
    return s


def utc(dt):
    return dt.astimezone(timezone.utc)


# ---------------------------------------------------------------- random ids
def hexs(n, up=True):
    a = '0123456789ABCDEF' if up else '0123456789abcdef'
    return ''.join(R.choice(a) for _ in range(n))


def b64r(n):
    a = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
    return ''.join(R.choice(a) for _ in range(n))


def alnum(n):
    a = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
    return ''.join(R.choice(a) for _ in range(n))


def ruuid(up=True):
    u = str(uuid.UUID(int=R.getrandbits(128), version=4))
    return u.upper() if up else u


EXPRE = ['DB9PR02MB', 'AM6PR02MB', 'DU0PR02MB', 'PAXPR02MB', 'AS8PR02MB', 'VI1PR02MB', 'GV1PR02MB']
GBPRE = ['LO2P265MB', 'LO4P265MB', 'CWLP265MB', 'LNXP265MB', 'CWXP265MB']


def exhost(kind=None):
    kind = kind or R.choice(['eu', 'gb'])
    if kind == 'gb':
        return '%s%d.GBRP265.PROD.OUTLOOK.COM' % (R.choice(GBPRE), R.randint(1000, 9999))
    return '%s%d.eurprd02.prod.outlook.com' % (R.choice(EXPRE), R.randint(1000, 9999))


def ipv6():
    return '2603:10a6:%x:%x::%x' % (R.randint(0x10, 0x7ff), R.randint(0x10, 0x3ff), R.randint(1, 0xff))


def msgid(client, dt=None):
    if client in ('outlook-html', 'outlook-alt', 'owa', 'outlook-mobile', 'plain', 'exchange'):
        h = exhost()
        return '<%s%s@%s>' % (h.split('.')[0], hexs(24), h)
    if client in ('gmail', 'android-gmail'):
        return '<CA%s%s@mail.gmail.com>' % (R.choice('FKJBH'), alnum(R.randint(44, 56)).replace('A', '+', 1))
    if client in ('apple', 'iphone'):
        return '<%s@%s>' % (ruuid(), DOM)
    if client == 'thunderbird':
        return '<%s@%s>' % (ruuid(False), DOM)
    return '<%s.%s@%s>' % (utc(dt).strftime('%Y%m%d%H%M%S') if dt else hexs(12), hexs(8, False), DOM)


# ---------------------------------------------------------------- header encodings
def qenc(s, cs):
    out = []
    for b in s.encode(cs):
        c = chr(b)
        if c == ' ':
            out.append('_')
        elif (c.isalnum() and b < 128) or c in '!*+-/':
            out.append(c)
        else:
            out.append('=%02X' % b)
    return ''.join(out)


def ew(s, cs='utf-8', mode='B', label=None):
    label = label or cs
    if mode == 'B':
        return '=?%s?B?%s?=' % (label, base64.b64encode(s.encode(cs)).decode())
    return '=?%s?Q?%s?=' % (label, qenc(s, cs))


def ew_auto(s, cs='utf-8', mode='B', label=None, maxlen=75):
    """Split into several encoded words, each <= maxlen chars, on character boundaries."""
    words, cur = [], ''
    for ch in s:
        if len(ew(cur + ch, cs, mode, label)) > maxlen:
            words.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(cur)
    return '\n '.join(ew(w, cs, mode, label) for w in words)


def ew_split(s, at, cs='utf-8', mode='B', label=None):
    """Split at explicit character positions (middle of a word on purpose)."""
    parts, prev = [], 0
    for a in list(at) + [len(s)]:
        parts.append(s[prev:a])
        prev = a
    return '\n '.join(ew(p, cs, mode, label) for p in parts if p)


def fold(value, width=76, first=9):
    """Fold a plain header value at spaces."""
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


def enc_hdr(text, mode, tags, what):
    """Returns str or bytes for a header (display name / subject)."""
    if mode is None:
        try:
            text.encode('ascii')
        except UnicodeEncodeError:
            mode = 'b-utf8'
        else:
            if len(text) > 60 and what == 'subject':
                tags.append('folded-subject')
                return fold(text)
            return text
    if mode == 'fold':
        tags.append('folded-subject')
        return fold(text)
    if mode == 'b-utf8':
        tags.append('rfc2047-b-utf8')
        return ew_auto(text, 'utf-8', 'B', 'UTF-8' if R.random() < .5 else 'utf-8')
    if mode == 'q-utf8':
        tags.append('rfc2047-q-utf8')
        return ew_auto(text, 'utf-8', 'Q', 'utf-8')
    if mode == 'q-latin1':
        tags.append('rfc2047-q-latin1')
        return ew_auto(text, 'iso-8859-1', 'Q', 'iso-8859-1')
    if mode == 'b-latin1':
        tags.append('rfc2047-b-latin1')
        return ew_auto(text, 'iso-8859-1', 'B', 'ISO-8859-1')
    if mode == 'q-cp1252':
        tags.append('rfc2047-q-cp1252')
        return ew_auto(text, 'cp1252', 'Q', 'Windows-1252')
    if isinstance(mode, tuple):  # ('split', positions, cs, B/Q)
        _, pos, cs, m = mode
        tags.append('rfc2047-split-midword')
        tags.append('rfc2047-%s-%s' % (m.lower(), 'utf8' if cs == 'utf-8' else 'latin1'))
        return ew_split(text, pos, cs, m, cs.upper() if R.random() < .5 else cs)
    if mode == 'raw-utf8':
        tags.append('raw-utf8-' + what)
        return text.encode('utf-8')
    if mode == 'raw-cp1252':
        tags.append('raw-cp1252-' + what)
        return text.encode('cp1252')
    raise ValueError(mode)


def addr(name, email_, mode, tags):
    if not name:
        return email_
    v = enc_hdr(name, mode, tags, 'from')
    if isinstance(v, bytes):
        return v + b' <' + email_.encode() + b'>'
    if v == name and any(c in name for c in ',.()'):
        v = '"%s"' % name
    return '%s <%s>' % (v, email_)


# ---------------------------------------------------------------- MIME bodies
def qp(b):
    return quopri.encodestring(b)


def b64(b, width=76):
    s = base64.b64encode(b).decode()
    return ('\n'.join(s[i:i + width] for i in range(0, len(s), width)) + '\n').encode()


class Part:
    def __init__(self, headers, body):
        self.headers = headers  # list of (name, value)
        self.body = body        # bytes


def ctype_hdr(ct, charset=None, quote=True, extra=''):
    v = ct
    if charset:
        v += '; charset=%s' % (('"%s"' % charset) if quote else charset)
    return v + extra


def leaf(ct, content, charset=None, cte='7bit', quote_cs=True, extra_ct='', extra=(), tags=None):
    if isinstance(content, str):
        data = content.encode(charset or 'ascii')
    else:
        data = content
    if cte == 'quoted-printable':
        body = qp(data)
        if tags is not None:
            tags.append('qp')
    elif cte == 'base64':
        body = b64(data)
        if tags is not None:
            tags.append('base64')
    else:
        body = data
        if cte == '8bit' and tags is not None and any(b > 127 for b in data):
            tags.append('8bit-body')
    if not body.endswith(b'\n'):
        body += b'\n'
    hs = [('Content-Type', ctype_hdr(ct, charset, quote_cs, extra_ct))]
    if cte:
        hs.append(('Content-Transfer-Encoding', cte))
    hs += list(extra)
    return Part(hs, body)


def multi(sub, parts, boundary, extra_ct=''):
    body = b''
    for p in parts:
        body += b'--' + boundary.encode() + b'\n' + ser_headers(p.headers) + b'\n' + p.body
        if not p.body.endswith(b'\n'):
            body += b'\n'
    body += b'--' + boundary.encode() + b'--\n'
    return Part([('Content-Type', 'multipart/%s;\n\tboundary="%s"%s' % (sub, boundary, extra_ct))], body)


def ser_headers(hs):
    out = b''
    for n, v in hs:
        if isinstance(v, str):
            v = v.encode('utf-8')
        out += n.encode() + b': ' + v + b'\n'
    return out


def bnd(style):
    if style == 'outlook':
        return '_000_%s%s_' % (exhost().split('.')[0], hexs(24))
    if style == 'outlook-mixed':
        return '_004_%s%s_' % (exhost().split('.')[0], hexs(24))
    if style == 'gmail':
        return '000000000000' + hexs(16, False)
    if style == 'apple':
        return 'Apple-Mail=_' + ruuid()
    if style == 'tb':
        return '------------' + alnum(24)
    return '----=_NextPart_%s_%s.%s' % (hexs(3), hexs(4), hexs(8))


def best_cs(text, pref):
    for cs in (pref, 'utf-8'):
        try:
            text.encode(cs)
            return cs
        except UnicodeEncodeError:
            continue


def is_ascii(t):
    try:
        t.encode('ascii')
        return True
    except UnicodeEncodeError:
        return False


# ---------------------------------------------------------------- localisation of quote headers
LDAYS = {
    'en': ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
    'de': ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'],
    'es': ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'],
    'fr': ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
    'pt': ['segunda-feira', 'terça-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira', 'sábado', 'domingo'],
}
LMON = {
    'en': ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    'de': ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
    'es': ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
    'fr': ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
    'pt': ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
}
OLAB = {  # Outlook header block labels
    'en': ('From', 'Sent', 'To', 'Cc', 'Subject', ':'),
    'de': ('Von', 'Gesendet', 'An', 'Cc', 'Betreff', ':'),
    'es': ('De', 'Enviado el', 'Para', 'CC', 'Asunto', ':'),
    'fr': ('De', 'Envoyé', 'À', 'Cc', 'Objet', ' :'),
    'pt': ('De', 'Enviado', 'Para', 'Cc', 'Assunto', ':'),
}


def outlook_sent(dt, lang, us=False):
    if lang == 'en':
        if us:
            h12 = dt.hour % 12 or 12
            return '%s, %s %d, %d %d:%02d %s' % (LDAYS['en'][dt.weekday()], LMON['en'][dt.month - 1], dt.day, dt.year,
                                                 h12, dt.minute, 'AM' if dt.hour < 12 else 'PM')
        return '%s, %d %s %d %02d:%02d' % (LDAYS['en'][dt.weekday()], dt.day, LMON['en'][dt.month - 1], dt.year, dt.hour, dt.minute)
    if lang == 'de':
        return '%s, %d. %s %d %02d:%02d' % (LDAYS['de'][dt.weekday()], dt.day, LMON['de'][dt.month - 1], dt.year, dt.hour, dt.minute)
    if lang == 'es':
        return '%s, %d de %s de %d %d:%02d' % (LDAYS['es'][dt.weekday()], dt.day, LMON['es'][dt.month - 1], dt.year, dt.hour, dt.minute)
    if lang == 'fr':
        return '%s %d %s %d %02d:%02d' % (LDAYS['fr'][dt.weekday()], dt.day, LMON['fr'][dt.month - 1], dt.year, dt.hour, dt.minute)
    return '%s, %d de %s de %d %02d:%02d' % (LDAYS['pt'][dt.weekday()], dt.day, LMON['pt'][dt.month - 1], dt.year, dt.hour, dt.minute)


def short_day(dt, lang):
    return {'en': DAYS[dt.weekday()],
            'de': ['Mo.', 'Di.', 'Mi.', 'Do.', 'Fr.', 'Sa.', 'So.'][dt.weekday()],
            'es': ['lun', 'mar', 'mié', 'jue', 'vie', 'sáb', 'dom'][dt.weekday()],
            'fr': ['lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.', 'dim.'][dt.weekday()],
            'pt': ['seg.', 'ter.', 'qua.', 'qui.', 'sex.', 'sáb.', 'dom.'][dt.weekday()]}[lang]


def gmail_attr(dt, lang, name, em):
    d, m, y, t = dt.day, dt.month - 1, dt.year, dt.strftime('%H:%M')
    if lang == 'de':
        return 'Am %s, %d. %s %d um %s Uhr schrieb %s <%s>:' % (short_day(dt, lang), d, LMON['de'][m], y, t, name, em)
    if lang == 'es':
        return 'El %s, %d %s %d a las %d:%02d, %s (<%s>) escribió:' % (short_day(dt, lang), d, LMON['es'][m][:3], y, dt.hour, dt.minute, name, em)
    if lang == 'fr':
        return 'Le %s %d %s %d à %s, %s <%s> a écrit :' % (short_day(dt, lang), d, LMON['fr'][m], y, t, name, em)
    if lang == 'pt':
        return 'Em %s, %d de %s. de %d às %s, %s <%s> escreveu:' % (short_day(dt, lang), d, LMON['pt'][m][:3], y, t, name, em)
    return 'On %s, %d %s %d at %s, %s <%s> wrote:' % (short_day(dt, lang), d, MONS[m], y, t, name, em)


def apple_attr(dt, lang, name, em):
    d, m, y, t = dt.day, dt.month - 1, dt.year, dt.strftime('%H:%M')
    if lang == 'de':
        return 'Am %02d.%02d.%d um %s schrieb %s <%s>:' % (d, m + 1, y, t, name, em)
    if lang == 'es':
        return 'El %d %s %d, a las %d:%02d, %s <%s> escribió:' % (d, LMON['es'][m][:3], y, dt.hour, dt.minute, name, em)
    if lang == 'fr':
        return 'Le %d %s %d à %s, %s <%s> a écrit :' % (d, LMON['fr'][m], y, t, name, em)
    if lang == 'pt':
        return 'Em %d de %s. de %d, à(s) %s, %s <%s> escreveu:' % (d, LMON['pt'][m][:3], y, t, name, em)
    return 'On %d %s %d, at %s, %s <%s> wrote:' % (d, MONS[m], y, t, name, em)


FWD_GMAIL = {'en': '---------- Forwarded message ---------', 'de': '---------- Weitergeleitete Nachricht ---------',
             'es': '---------- Forwarded message ---------', 'fr': '---------- Forwarded message ---------',
             'pt': '---------- Forwarded message ---------'}
FWD_APPLE = {'en': 'Begin forwarded message:', 'de': 'Anfang der weitergeleiteten Nachricht:',
             'es': 'Inicio del mensaje reenviado:', 'fr': 'Début du message réexpédié :',
             'pt': 'Início da mensagem reencaminhada:'}


class Q:
    """A quoted / forwarded earlier message."""

    def __init__(self, style, name, em, dt, subject, text, to=None, cc=None, lang='en', us=False, inner=None):
        self.style, self.name, self.em, self.dt, self.subject, self.text = style, name, em, dt, subject, text
        self.to = to or '%s <%s>' % (HELPN, HELP)
        self.cc, self.lang, self.us, self.inner = cc, lang, us, inner

    def tag(self):
        return {'outlook': 'reply-outlook-header-block', 'original': 'reply-original-message',
                'gmail': 'reply-on-wrote-quoted', 'apple': 'reply-on-wrote-quoted',
                'fwd-gmail': 'forward-gmail', 'fwd-apple': 'forward-apple', 'fwd-outlook': 'forward-outlook'}[self.style]

    def full_text(self):
        t = self.text
        if self.inner:
            t = t.rstrip('\n') + '\n' + self.inner.plain()
        return t

    def hdr_lines(self):
        L = OLAB[self.lang]
        c = L[5]
        lines = ['%s%s %s <%s>' % (L[0], c, self.name, self.em),
                 '%s%s %s' % (L[1], c, outlook_sent(self.dt, self.lang, self.us)),
                 '%s%s %s' % (L[2], c, self.to)]
        if self.cc:
            lines.append('%s%s %s' % (L[3], c, self.cc))
        lines.append('%s%s %s' % (L[4], c, self.subject))
        return lines

    def plain(self):
        t = self.full_text()
        if self.style in ('outlook', 'fwd-outlook'):
            return '\n________________________________\n' + '\n'.join(self.hdr_lines()) + '\n\n' + t
        if self.style == 'original':
            return '\n-----Original Message-----\n' + '\n'.join(self.hdr_lines()) + '\n\n' + t
        if self.style == 'gmail':
            return '\n\n' + gmail_attr(self.dt, self.lang, self.name, self.em) + '\n\n' + \
                '\n'.join(('> ' + l) if l else '>' for l in t.rstrip('\n').split('\n')) + '\n'
        if self.style == 'apple':
            return '\n\n> ' + apple_attr(self.dt, self.lang, self.name, self.em) + '\n> \n' + \
                '\n'.join(('> ' + l) if l else '> ' for l in t.rstrip('\n').split('\n')) + '\n'
        if self.style == 'fwd-gmail':
            lab = {'de': 'Von'}.get(self.lang, 'From')
            d = '%s, %d %s %d at %s' % (short_day(self.dt, 'en'), self.dt.day, MONS[self.dt.month - 1], self.dt.year, self.dt.strftime('%H:%M'))
            return '\n\n' + FWD_GMAIL[self.lang] + '\n%s: %s <%s>\nDate: %s\nSubject: %s\nTo: %s\n%s\n\n' % (
                lab, self.name, self.em, d, self.subject, self.to, ('Cc: %s\n' % self.cc) if self.cc else '') + t
        if self.style == 'fwd-apple':
            d = '%d %s %d at %s:%02d %s' % (self.dt.day, LMON['en'][self.dt.month - 1], self.dt.year, self.dt.strftime('%H:%M'), self.dt.second,
                                            'GMT' if self.dt.utcoffset().total_seconds() == 0 else 'GMT+%d' % (self.dt.utcoffset().total_seconds() // 3600))
            return '\n\n' + FWD_APPLE[self.lang] + '\n\nFrom: %s <%s>\nSubject: %s\nDate: %s\nTo: %s\n\n' % (
                self.name, self.em, self.subject, d, self.to) + t
        raise ValueError(self.style)

    def html(self):
        t = self.full_text()
        body = text2html_lines(t)
        if self.style == 'original':
            return ('<p class="MsoNormal">-----Original Message-----<br>\n' + '<br>\n'.join(esc(l) for l in self.hdr_lines()) +
                    '<o:p></o:p></p>\n' + '\n'.join(mso_p(l) for l in t.rstrip('\n').split('\n')))
        if self.style in ('outlook', 'fwd-outlook'):
            L = OLAB[self.lang]
            c = L[5]
            hl = self.hdr_lines()
            rows = []
            for line in hl:
                k, v = line.split(c + ' ', 1)
                rows.append('<b>%s%s</b> %s' % (esc(k), esc(c), esc(v)))
            return ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
                    '<p class="MsoNormal"><b><span lang="EN-US">' + '<br>\n'.join(rows)[3:] + '<o:p></o:p></span></p>\n</div>\n'
                    + '\n'.join(mso_p(l) for l in t.rstrip('\n').split('\n')))
        if self.style in ('gmail', 'apple'):
            attr = gmail_attr(self.dt, self.lang, self.name, self.em) if self.style == 'gmail' else apple_attr(self.dt, self.lang, self.name, self.em)
            return ('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
                    '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>'
                    % (esc(attr), body))
        p = self.plain()
        return '<div>' + text2html_lines(p) + '</div>'


def esc(s):
    return htmlmod.escape(s, quote=False)


def text2html_lines(t):
    out = []
    for l in t.rstrip('\n').split('\n'):
        out.append('<div>%s</div>' % (esc(l) if l.strip() else '<br>'))
    return '\n'.join(out)


def mso_p(line, style=None):
    if not line.strip():
        return '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
    if style:
        return '<p class="MsoNormal"><span style="%s">%s<o:p></o:p></span></p>' % (style, esc(line))
    return '<p class="MsoNormal">%s<o:p></o:p></p>' % esc(line)


MSO_HEAD = '''<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
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
	color:#0563C1;
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
<body lang="%s" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
'''

LANGTAG = {'en': 'EN-GB', 'de': 'DE', 'es': 'ES', 'fr': 'FR', 'pt': 'PT'}


def outlook_html_doc(body, sig, quote, lang, charset, font='Aptos'):
    h = MSO_HEAD % (charset, font, font, LANGTAG[lang])
    h += '\n'.join(mso_p(l) for l in body.rstrip('\n').split('\n')) + '\n'
    if sig:
        h += mso_p('') + '\n'
        first = True
        for l in sig.rstrip('\n').split('\n'):
            if first:
                h += '<p class="MsoNormal"><b><span style="font-size:10.0pt;color:#1F3864">%s</span></b><o:p></o:p></p>\n' % esc(l)
                first = False
            elif len(l) > 150:
                h += mso_p(l, 'font-size:7.5pt;color:#7F7F7F') + '\n'
            else:
                h += mso_p(l, 'font-size:9.0pt;color:#595959') + '\n'
    if quote:
        h += mso_p('') + '\n' + quote.html() + '\n'
    h += '</div>\n</body>\n</html>\n'
    return h


def html_to_charset(h, cs):
    """Characters the charset can't carry become numeric entities (as Outlook does)."""
    out = []
    for ch in h:
        try:
            ch.encode(cs)
            out.append(ch)
        except UnicodeEncodeError:
            out.append('&#%d;' % ord(ch))
    return ''.join(out).encode(cs)


def gmail_html(body, sig, quote):
    lines = body.rstrip('\n').split('\n')
    h = '<div dir="ltr">' + ''.join(('<div>%s</div>' % esc(l)) if l.strip() else '<div><br></div>' for l in lines)
    if sig:
        h += '<div><br></div><div><div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature">' + \
             '<br>'.join(esc(l) for l in sig.rstrip('\n').split('\n')) + '</div></div>'
    h += '</div>'
    if quote:
        h += '<br>' + quote.html()
    return h + '\n'


def apple_html(body, sig, quote):
    lines = body.rstrip('\n').split('\n')
    h = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
         '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">')
    h += ''.join(('<div>%s</div>' % esc(l)) if l.strip() else '<div><br></div>' for l in lines)
    if sig:
        h += '<div><br></div><div>' + '<br>'.join(esc(l) for l in sig.rstrip('\n').split('\n')) + '</div>'
    if quote:
        h += '<div><br><blockquote type="cite">' + text2html_lines(quote.plain()) + '</blockquote></div>'
    return h + '</body></html>\n'


def owa_html(body, sig, quote):
    h = ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
         '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
         '</head>\n<body dir="ltr">\n')
    for l in body.rstrip('\n').split('\n'):
        h += '<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n%s</div>\n' % (esc(l) if l.strip() else '<br>')
    if sig:
        h += '<div id="Signature">' + '<br>\n'.join(esc(l) for l in sig.rstrip('\n').split('\n')) + '</div>\n'
    if quote:
        h += '<hr style="display:inline-block;width:98%" tabindex="-1">\n<div id="divRplyFwdMsg" dir="ltr">' + \
             '<br>\n'.join('<font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">%s</font>' % esc(l) for l in quote.hdr_lines()) + \
             '</div>\n' + text2html_lines(quote.full_text()) + '\n'
    return h + '</body>\n</html>\n'


# ---------------------------------------------------------------- attachments
def png_bytes(w=220, h=120, seed=1):
    rr = random.Random(seed)
    rows = b''
    bar = rr.randint(10, 30)
    for y in range(h):
        row = b'\x00'
        for x in range(w):
            if y < bar:
                px = (92, 45, 145)           # purple app bar
            elif 30 < x < w - 30 and 40 < y < 90 and (y // 8) % 2 == 0:
                px = (235, 87, 87) if x < 60 else (220, 220, 220)
            else:
                px = (250, 250, 250)
            row += bytes(px)
        rows += row

    def chunk(t, d):
        c = struct.pack('>I', len(d)) + t + d
        return c + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0)) + \
        chunk(b'IDAT', zlib.compress(rows, 9)) + chunk(b'IEND', b'')


def pdf_bytes(lines):
    def pesc(s):
        return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
    content = 'BT /F1 11 Tf 56 780 Td 14 TL\n' + ''.join('(%s) Tj T*\n' % pesc(l) for l in lines) + 'ET\n'
    cb = content.encode('latin-1')
    objs = [b'<< /Type /Catalog /Pages 2 0 R >>',
            b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
            b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
            b'<< /Length %d >>\nstream\n' % len(cb) + cb + b'endstream',
            b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>']
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


def ics_text(method, summary, start, mins, org, attendees, uid=None, partstat=None, location='Microsoft Teams Meeting', desc=''):
    st = utc(start)
    en = st + timedelta(minutes=mins)
    uid = uid or '040000008200E00074C5B7101A82E008000000%s' % hexs(64)
    L = ['BEGIN:VCALENDAR', 'METHOD:%s' % method, 'PRODID:Microsoft Exchange Server 2010', 'VERSION:2.0',
         'BEGIN:VEVENT']
    if method == 'REPLY':
        a = attendees[0]
        L.append('ATTENDEE;PARTSTAT=%s;CN="%s":mailto:%s' % (partstat, a[0], a[1]))
    else:
        L.append('ORGANIZER;CN="%s":mailto:%s' % org)
        for a in attendees:
            L.append('ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="%s":mailto:%s' % a)
    if desc:
        L.append('DESCRIPTION;LANGUAGE=en-GB:' + desc)
    L += ['UID:%s' % uid, 'SUMMARY;LANGUAGE=en-GB:%s' % summary,
          'DTSTART:%s' % st.strftime('%Y%m%dT%H%M%SZ'), 'DTEND:%s' % en.strftime('%Y%m%dT%H%M%SZ'),
          'CLASS:PUBLIC', 'PRIORITY:5', 'DTSTAMP:%s' % st.strftime('%Y%m%dT%H%M%SZ'),
          'TRANSP:OPAQUE', 'STATUS:CONFIRMED', 'SEQUENCE:0', 'LOCATION;LANGUAGE=en-GB:%s' % location,
          'END:VEVENT', 'END:VCALENDAR']
    out = []
    for l in L:  # fold at 75 octets
        while len(l) > 75:
            out.append(l[:75])
            l = ' ' + l[75:]
        out.append(l)
    return '\r\n'.join(out) + '\r\n'


def winmail_bytes():
    rr = random.Random(99)
    return b'\x78\x9f\x3e\x22' + b'\x00\x00\x01\x06\x90\x08\x00\x04\x00\x00\x00\x00\x00\x01\x00\x01\x00\x01\x07\x90\x06\x00\x08\x00\x00\x00\xe4\x04' + \
        bytes(rr.randrange(256) for _ in range(1400))


def att(kind, name=None, data=None, seed=1, lines=None, inline=False):
    """Returns (Part, tag)."""
    if kind == 'png':
        name = name or 'image001.png'
        p = leaf('image/png', png_bytes(seed=seed, w=R.choice([180, 220, 260]), h=R.choice([90, 120])), cte='base64',
                 extra_ct='; name="%s"' % name, quote_cs=False,
                 extra=[('Content-Disposition', '%s; filename="%s"' % ('inline' if inline else 'attachment', name))] +
                       ([('Content-ID', '<%s@01DCA%s.%s>' % (name, hexs(3), hexs(8)))] if inline else []))
        return p, 'png-attachment'
    if kind == 'pdf':
        p = leaf('application/pdf', pdf_bytes(lines or ['Document']), cte='base64', extra_ct='; name="%s"' % name,
                 extra=[('Content-Disposition', 'attachment; filename="%s"' % name)])
        return p, 'pdf-attachment'
    if kind == 'ics':
        p = leaf('text/calendar', data, charset='utf-8', cte='base64', extra_ct='; method=REQUEST; name="%s"' % (name or 'invite.ics'),
                 extra=[('Content-Disposition', 'attachment; filename="%s"' % (name or 'invite.ics'))])
        return p, 'ics-attachment'
    if kind == 'winmail':
        p = leaf('application/ms-tnef', winmail_bytes(), cte='base64', extra_ct='; name="winmail.dat"',
                 extra=[('Content-Disposition', 'attachment; filename="winmail.dat"')])
        return p, 'winmail.dat'
    raise ValueError(kind)


# ---------------------------------------------------------------- transport headers
CIPH = ['TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384', 'TLS_AES_256_GCM_SHA384']


def received_internal(dt, n, origin=None):
    """n Received headers for a message that stayed in the Microsoft 365 tenant (top = last hop)."""
    t = utc(dt) + timedelta(seconds=R.randint(1, 3))
    hops = []
    hosts = [exhost() for _ in range(n + 1)]
    if origin:
        hosts[0] = origin
    for i in range(n):
        a, b = hosts[i], hosts[i + 1]
        t += timedelta(seconds=R.randint(0, 2), milliseconds=R.randint(0, 999))
        ts = rfcdate(t)
        if i == n - 1:
            hops.append('from %s (%s)\n by %s with HTTPS; %s' % (a, ipv6(), b, ts))
        elif origin and i == 0:
            hops.append('from %s (10.%d.%d.%d) by\n %s (%s) with Microsoft SMTP Server\n (version=TLS1_2, cipher=%s) id 15.20.%d.%d; %s'
                        % (a, R.randint(1, 250), R.randint(1, 250), R.randint(1, 250), b, ipv6(), CIPH[0], R.randint(8000, 9300), R.randint(10, 40), ts))
        else:
            ff = ' via Frontend Transport' if R.random() < .3 else ''
            hops.append('from %s (%s)\n by %s (%s) with Microsoft SMTP Server\n (version=TLS1_2, cipher=%s) id 15.20.%d.%d%s;\n %s'
                        % (a, ipv6(), b, ipv6(), CIPH[0], R.randint(8000, 9300), R.randint(10, 40), ff, ts))
    return [('Received', h) for h in reversed(hops)]


def received_external(dt, n, origin_host, origin_ip, helo=None, first=None):
    """Origin on the internet -> EOP -> mailbox; n total hops."""
    t = utc(dt) + timedelta(seconds=R.randint(1, 4))
    hops = []
    eop = 'AM%d%s.mail.protection.outlook.com' % (R.randint(2, 4), R.choice(['PEPF0000', 'PEPF0002', 'EUR03FT0']) + str(R.randint(1000, 9999)))
    hops.append(first or 'from [%s] (unknown [%s])\n by %s (Postfix) with ESMTPSA id %s\n for <%s>; %s'
                % ('10.%d.%d.%d' % (R.randint(1, 250), R.randint(1, 250), R.randint(1, 250)), origin_ip, origin_host, hexs(10), HELP, rfcdate(t)))
    t += timedelta(seconds=R.randint(1, 3))
    hops.append('from %s (%s [%s])\n by %s (%s) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend Transport;\n %s'
                % (helo or origin_host, origin_host, origin_ip, eop, '10.167.%d.%d' % (R.randint(1, 250), R.randint(1, 250)), R.randint(8000, 9300), R.randint(10, 40), rfcdate(t)))
    prev = eop
    for i in range(n - 2):
        t += timedelta(seconds=R.randint(0, 2), milliseconds=R.randint(0, 999))
        nxt = exhost()
        if i == n - 3:
            hops.append('from %s (%s)\n by %s with HTTPS; %s' % (prev.split(' ')[0], ipv6(), nxt, rfcdate(t)))
        else:
            hops.append('from %s (%s)\n by %s (%s) with Microsoft SMTP Server\n (version=TLS1_2, cipher=%s) id 15.20.%d.%d;\n %s'
                        % (prev, ipv6() if '.outlook.com' in prev and 'protection' not in prev else '10.167.%d.%d' % (R.randint(1, 250), R.randint(1, 250)),
                           nxt, ipv6(), CIPH[0], R.randint(8000, 9300), R.randint(10, 40), rfcdate(t)))
        prev = nxt
    return [('Received', h) for h in reversed(hops)]


def b64fold(n, indent='\t ', w=70):
    s = b64r(n)
    return ('\n' + indent).join(s[i:i + w] for i in range(0, len(s), w))


def dkim(d, sel, hlist):
    return ('DKIM-Signature', 'v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;\n s=%s; h=%s;\n bh=%s=;\n b=%s==' %
            (d, sel, hlist, b64r(43), b64fold(342, ' ')))


def arc(d_from, ip, spf='pass', dkim_r='pass', dmarc='pass'):
    return [
        ('ARC-Seal', 'i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b=%s==' % b64fold(342, ' ')),
        ('ARC-Message-Signature', 'i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector10001;\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\n bh=%s=;\n b=%s==' % (b64r(43), b64fold(342, ' '))),
        ('ARC-Authentication-Results', 'i=1; mx.microsoft.com 1; spf=%s\n smtp.mailfrom=%s; dmarc=%s action=none\n header.from=%s; dkim=%s header.d=%s; arc=none' % (spf, d_from, dmarc, d_from, dkim_r, d_from)),
    ]


def authres(d_from, ip, spf='pass', dk='pass', dmarc='pass', comp='pass reason=100', helo=None):
    return [('Authentication-Results', 'spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n header.d=%s;dmarc=%s action=none\n header.from=%s;compauth=%s'
             % (spf, ip, d_from, dk, d_from, dmarc, d_from, comp)),
            ('Received-SPF', '%s (protection.outlook.com: domain of %s designates\n %s as permitted sender) receiver=protection.outlook.com;\n client-ip=%s; helo=%s; pr=C'
             % (spf.capitalize(), d_from, ip, ip, helo or 'EUR%02d-%s-obe.outbound.protection.outlook.com' % (R.randint(1, 5), R.choice(['DB8', 'AM6', 'VI1', 'HE1']))))]


def ms_tail(dt, has_attach=False, lang='en', org=True):
    loc = {'en': 'en-GB', 'de': 'de-DE', 'es': 'es-ES', 'fr': 'fr-FR', 'pt': 'pt-PT'}[lang]
    hs = [('Accept-Language', '%s, en-US' % loc), ('Content-Language', loc),
          ('X-MS-Has-Attach', 'yes' if has_attach else ''), ('X-MS-TNEF-Correlator', '')]
    tail = [('X-MS-Exchange-Organization-AuthSource', exhost()),
            ('X-MS-Exchange-Organization-AuthAs', 'Internal'),
            ('X-MS-Exchange-Organization-AuthMechanism', '04'),
            ('X-MS-Exchange-Organization-SCL', '-1'),
            ('X-MS-Exchange-CrossTenant-originalarrivaltime', '%s UTC' % utc(dt).strftime('%d %b %Y %H:%M:%S.%f')[:-3]),
            ('X-MS-Exchange-CrossTenant-fromentityheader', 'Hosted'),
            ('X-MS-Exchange-CrossTenant-id', '7c1e2f3a-%s-4b1d-9e2a-%s' % (hexs(4, False), 'b6d04e7f1a20'))]
    return hs, tail


def thread_index():
    return base64.b64encode(bytes(R.randrange(256) for _ in range(22))).decode()


# ---------------------------------------------------------------- message registry
MSGS = []


def person(name, local=None, dom=DOM):
    if local is None:
        import unicodedata
        s = unicodedata.normalize('NFKD', name).encode('ascii', 'ignore').decode().lower()
        s = re.sub(r"[^a-z ]", '', s.replace('-', ' ')).split()
        local = s[0] + '.' + s[-1]
    return (name, '%s@%s' % (local, dom))


MOBILE = {'en': 'Sent from my iPhone', 'de': 'Von meinem iPhone gesendet', 'es': 'Enviado desde mi iPhone',
          'fr': 'Envoyé de mon iPhone', 'pt': 'Enviado do meu iPhone'}
OUTLOOK_MOBILE = {'en': 'Get Outlook for iOS<https://aka.ms/o0ukef>', 'de': 'Outlook für Android<https://aka.ms/AAb9ysg> herunterladen',
                  'es': 'Obtener Outlook para Android<https://aka.ms/AAb9ysg>', 'fr': 'Obtenir Outlook pour iOS<https://aka.ms/o0ukef>',
                  'pt': 'Obter o Outlook para Android<https://aka.ms/AAb9ysg>'}


def dedup(seq):
    out = []
    for s in seq:
        if s and s not in out:
            out.append(s)
    return out


def add(cat, act, art, lang, raw, tags, notes):
    MSGS.append(dict(cat=cat, act=act, art=art, lang=lang, raw=raw, tags=dedup(tags), notes=notes))


def E(cat, act, art, lang, who, subj, body, *, date, client='outlook-html', sig=None, quote=None, to=None, cc=None,
      attach=(), subj_enc=None, from_enc=None, mid='normal', recv=3, auth=False, extra=(), tags=(), notes='',
      charset=None, cte=None, crlf=False, importance=None, mobile=False, reply_to=None, smart=None):
    tags = list(tags)
    name, em = who
    if client in ('outlook-html', 'outlook-alt') and lang in ('en', 'fr') and smart is not False and (smart or R.random() < .6):
        body = re.sub(r"(\w)'(\w)", "\\1\u2019\\2", body)   # Word autocorrect: curly apostrophes
        tags.append('smart-quotes')
    if mobile:
        body = body.rstrip('\n') + '\n\n' + (MOBILE[lang] if mobile is True else mobile) + '\n'
        tags.append('mobile-signature')
    if sig and ('CONFIDENTIAL' in sig or 'vertraulich' in sig or 'CONFIDENCIAL' in sig or 'confidentiel' in sig or 'CONFIDENCIALIDADE' in sig):
        tags.append('legal-disclaimer')
    if sig and sig.count('\n') >= 5:
        tags.append('long-corporate-signature')
    if quote:
        tags.append(quote.tag())
        if quote.inner:
            tags.append(quote.inner.tag())
    plain = body.rstrip('\n') + '\n'
    if sig:
        plain += '\n' + ('-- \n' if client == 'thunderbird' else '') + sig.rstrip('\n') + '\n'
    if quote:
        plain += quote.plain()
    # ------------------------------------------------ body part
    if client == 'outlook-html':
        cs = charset or 'windows-1252'
        c = cte or 'quoted-printable'
        h = outlook_html_doc(body, sig, quote, lang, cs)
        part = leaf('text/html', html_to_charset(h, cs), charset=cs if cs != 'windows-1252' else 'Windows-1252', cte=c, tags=tags)
        tags.append('outlook-html-only')
        tags.append({'windows-1252': 'cp1252', 'iso-8859-1': 'latin1', 'utf-8': 'utf8'}[cs])
    elif client in ('outlook-alt', 'owa', 'outlook-mobile'):
        cs = charset or ('windows-1252' if client == 'outlook-alt' else 'utf-8')
        c = cte or 'quoted-printable'
        pcs = 'us-ascii' if is_ascii(plain) else best_cs(plain, cs)
        pp = leaf('text/plain', plain.encode(pcs), charset=pcs, cte=c if pcs != 'us-ascii' else 'quoted-printable', tags=tags)
        if client == 'outlook-alt':
            h = outlook_html_doc(body, sig, quote, lang, cs)
            hb = html_to_charset(h, cs)
        elif client == 'owa':
            hb = owa_html(body, sig, quote).encode('utf-8')
            cs = 'utf-8'
        else:
            hb = gmail_html(body, sig, quote).replace('<div dir="ltr">', '<div dir="ltr" style="font-family: Aptos, sans-serif;">', 1).encode('utf-8')
            cs = 'utf-8'
        hp = leaf('text/html', hb, charset=cs, cte=c, tags=tags)
        part = multi('alternative', [pp, hp], bnd('outlook'))
        tags.append({'outlook-alt': 'multipart-alt-outlook', 'owa': 'multipart-alt-owa', 'outlook-mobile': 'multipart-alt-outlook-mobile'}[client])
    elif client in ('gmail', 'android-gmail'):
        if is_ascii(plain + (sig or '')):
            c = '7bit'
            pp = leaf('text/plain', plain.encode(), charset='UTF-8', cte=None)
            hp = leaf('text/html', gmail_html(body, sig, quote).encode(), charset='UTF-8', cte=None)
        else:
            c = cte or 'quoted-printable'
            pp = leaf('text/plain', plain.encode('utf-8'), charset='UTF-8', cte=c, tags=tags)
            hp = leaf('text/html', gmail_html(body, sig, quote).encode('utf-8'), charset='UTF-8', cte=c, tags=tags)
        part = multi('alternative', [pp, hp], bnd('gmail'))
        tags.append('multipart-alt-gmail')
    elif client == 'apple':
        pp = leaf('text/plain', plain.encode('utf-8'), charset='utf-8', cte=cte or 'quoted-printable', quote_cs=False, tags=tags)
        hp = leaf('text/html', apple_html(body, sig, quote).encode('utf-8'), charset='utf-8', cte=cte or 'quoted-printable', quote_cs=False, tags=tags)
        part = multi('alternative', [pp, hp], bnd('apple'))
        tags.append('multipart-alt-apple')
    elif client == 'iphone':
        c = cte or ('7bit' if is_ascii(plain) and max(len(l) for l in plain.split('\n')) <= 76 else 'quoted-printable')
        part = leaf('text/plain', plain.encode('utf-8'), charset='utf-8', cte=c, quote_cs=False, tags=tags)
        tags.append('iphone-plain')
    elif client == 'thunderbird':
        c = cte or ('7bit' if is_ascii(plain) else '8bit')
        part = leaf('text/plain', plain.encode(charset or 'utf-8'), charset=(charset or 'UTF-8'), cte=c, extra_ct='; format=flowed', tags=tags)
        tags.append('thunderbird-plain')
    elif client == 'plain':
        cs = charset or 'us-ascii'
        c = cte or '7bit'
        part = leaf('text/plain', plain.encode(cs), charset=cs, cte=c, tags=tags)
        tags.append('text-plain')
        if cs in ('iso-8859-1', 'iso-8859-15'):
            tags.append('latin1')
        if cs == 'windows-1252':
            tags.append('cp1252')
    else:
        raise ValueError(client)
    # ------------------------------------------------ attachments
    if attach:
        parts = [part]
        for a in attach:
            p, t = a
            parts.append(p)
            tags.append(t)
        part = multi('mixed', parts, bnd('outlook-mixed' if client.startswith('outlook') or client == 'owa' else
                                          'gmail' if 'gmail' in client else 'apple' if client in ('apple', 'iphone') else 'tb'))
    # ------------------------------------------------ headers
    frm = addr(name, em, from_enc, tags)
    to = to or ('%s <%s>' % (HELPN, HELP) if R.random() < .6 else HELP)
    subj_v = enc_hdr(subj, subj_enc, tags, 'subject')
    if mid == 'normal':
        m = msgid(client, date)
    elif mid == 'bare':
        m = msgid(client, date)[1:-1]
        tags.append('message-id-no-brackets')
    else:
        m = None
        tags.append('no-message-id')
    refs = []
    if quote and not quote.style.startswith('fwd'):
        refs = [('In-Reply-To', msgid('outlook-html')), ]
        refs.append(('References', refs[0][1]))
    hs = []
    gm = client in ('gmail', 'android-gmail')
    gip = R.randint(41, 73)
    if gm:
        hs += received_external(date, recv, 'mail-sor-f%d.google.com' % gip, '209.85.220.%d' % gip,
                                first='by 2002:a05:6402:%x:b0:5f8:%x:%x with SMTP id %s;\n        %s' % (
                                    R.randint(0x100, 0xfff), R.randint(0x100, 0xfff), R.randint(0x100, 0xfff), alnum(20).lower(), rfcdate(utc(date))))
    else:
        hs += received_internal(date, recv)
    if recv >= 5:
        tags.append('received-%d' % recv)
    if auth:
        ip = '209.85.220.%d' % gip if gm else '40.107.%d.%d' % (R.randint(1, 250), R.randint(1, 250))
        hs += authres(DOM, ip, helo='mail-sor-f%d.google.com' % gip if gm else None)
        hs += arc(DOM, ip)
        hs.append(dkim(DOM, 'google' if gm else 'selector1',
                       'mime-version:from:date:message-id:subject:to' if gm else 'From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck'))
        tags.append('dkim-arc-authres')
    ms_hs, ms_tail_hs = ms_tail(date, bool(attach), lang)
    ctype = part.headers
    imp = []
    if importance:
        imp = [('X-Priority', '1'), ('Importance', 'high')] if importance == 'high' else []
        tags.append('importance-high')
    if reply_to:
        imp.append(('Reply-To', reply_to))
    datev = rfcdate(date, pad=R.random() < .3)
    if client in ('outlook-html', 'outlook-alt', 'owa', 'outlook-mobile', 'plain'):
        hs += [('From', frm), ('To', to)]
        if cc:
            hs.append(('CC', cc))
        hs += [('Subject', subj_v)]
        if is_ascii(subj) and client != 'plain':
            hs.append(('Thread-Topic', fold(re.sub(r'^(RE|Re|AW|WG|FW|Fwd|TR|RV|RES|ENC): ?', '', subj))))
        if client != 'plain':
            hs.append(('Thread-Index', thread_index()))
        hs += [('Date', datev)]
        if m:
            hs.append(('Message-ID', m))
        hs += refs + imp
        if client != 'plain':
            hs += ms_hs
        else:
            hs.append(('X-Mailer', R.choice(['Microsoft Outlook 14.0', 'Microsoft Office Outlook 12.0'])))
        if client == 'outlook-alt' or client == 'outlook-html':
            if R.random() < .4:
                lid = ruuid(False)
                hs.append(('msip_labels', 'MSIP_Label_%s_Enabled=true;MSIP_Label_%s_SetDate=%s;\n MSIP_Label_%s_Method=Standard;MSIP_Label_%s_Name=OFFICIAL;\n MSIP_Label_%s_SiteId=7c1e2f3a-0b4d-4b1d-9e2a-b6d04e7f1a20;' %
                           (lid, lid, utc(date).strftime('%Y-%m-%dT%H:%M:%SZ'), lid, lid, lid)))
        hs += ctype + [('MIME-Version', '1.0')] + ms_tail_hs
    elif gm:
        hs += [('MIME-Version', '1.0'), ('Date', datev)]
        if m:
            hs.append(('Message-ID', m))
        hs += refs + [('Subject', subj_v), ('From', frm), ('To', to)]
        if cc:
            hs.append(('Cc', cc))
        hs += imp + ctype
    elif client == 'apple':
        hs += [('From', frm)] + ctype + [('Mime-Version', '1.0 (Mac OS X Mail 16.0 \\(3826.500.181.1.5\\))'), ('Subject', subj_v), ('Date', datev)]
        hs += refs + [('To', to)]
        if cc:
            hs.append(('Cc', cc))
        if m:
            hs.append(('Message-Id', m))
        hs += imp + [('X-Mailer', 'Apple Mail (2.3826.500.181.1.5)')]
    elif client == 'iphone':
        hs += ctype + [('From', frm), ('Mime-Version', '1.0 (1.0)'), ('Date', datev), ('Subject', subj_v)]
        if m:
            hs.append(('Message-Id', m))
        hs += refs + [('To', to)]
        if cc:
            hs.append(('Cc', cc))
        hs += imp + [('X-Mailer', 'iPhone Mail (22E%d)' % R.randint(200, 260))]
    elif client == 'thunderbird':
        if m:
            hs.append(('Message-ID', m))
        hs += [('Date', datev), ('MIME-Version', '1.0'),
               ('User-Agent', 'Mozilla Thunderbird'), ('Content-Language', {'en': 'en-GB', 'de': 'de-DE', 'es': 'es-ES', 'fr': 'fr', 'pt': 'pt-PT'}[lang]),
               ('To', to)]
        if cc:
            hs.append(('Cc', cc))
        hs += refs + [('From', frm), ('Subject', subj_v)] + imp + ctype
    hs += list(extra)
    raw = ser_headers(hs) + b'\n' + part.body
    if crlf:
        raw = raw.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
        tags.append('crlf-line-endings')
    add(cat, act, art, lang, raw, tags, notes)


def X(cat, act, art, lang, hs, part, tags, notes, crlf=False):
    """Hand-built message: hs = header list (without content headers), part = Part."""
    raw = ser_headers(hs + part.headers) + b'\n' + part.body
    if crlf:
        raw = raw.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
        tags = list(tags) + ['crlf-line-endings']
    add(cat, act, art, lang, raw, list(tags), notes)


# ---------------------------------------------------------------- signatures
DISC = {
    'en': ('CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is CONFIDENTIAL and may contain patient-identifiable '
           'or otherwise privileged information. It is intended only for the named recipient(s). If you have received it in error, '
           'please notify the sender immediately and delete it from your system; any use, disclosure or copying is strictly prohibited. '
           'Brightwater Health will never ask you to make an URGENT payment or change bank details by e-mail. Brightwater Health is a '
           'company limited by guarantee registered in England and Wales (No. 04417725) and in Ireland (No. 612844).'),
    'de': ('Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind '
           'oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail. '
           'Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser E-Mail sind nicht gestattet. Brightwater Health '
           'Klinische Forschung GmbH, Sitz München, Amtsgericht München HRB 271045, Geschäftsführung: Dr. Petra Lindner.'),
    'es': ('AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos son CONFIDENCIALES y están dirigidos exclusivamente a su destinatario. '
           'Si ha recibido este mensaje por error, le rogamos que lo notifique inmediatamente al remitente y proceda a su eliminación. '
           'Conforme al Reglamento (UE) 2016/679 (RGPD), sus datos son tratados por Brightwater Health Investigación Clínica S.L. '
           'con la finalidad de gestionar la relación profesional.'),
    'fr': ('Ce message et toutes les pièces jointes sont confidentiels et établis à l\'intention exclusive de leurs destinataires. '
           'Si vous avez reçu ce message par erreur, merci d\'en avertir immédiatement l\'expéditeur et de le détruire. Toute '
           'utilisation, diffusion ou publication, totale ou partielle, est interdite sauf autorisation expresse. Brightwater Health '
           'Recherche Clinique SAS décline toute responsabilité au titre de ce message s\'il a été altéré, déformé ou falsifié.'),
    'pt': ('AVISO DE CONFIDENCIALIDADE: Esta mensagem e os seus anexos são CONFIDENCIAIS e destinam-se exclusivamente ao(s) '
           'destinatário(s) indicado(s). Se recebeu esta mensagem por erro, por favor avise imediatamente o remetente e elimine-a '
           'do seu sistema. É proibida a sua utilização, divulgação ou cópia não autorizada. Brightwater Health Investigação Clínica, Lda.'),
}


def csig(name, title, dept, site, phone=None, lang='en', disc=True, extra=None):
    L = [name, title, dept, site]
    if phone:
        L.append({'en': 'Tel: ', 'de': 'Tel.: ', 'es': 'Tel.: ', 'fr': 'Tél. : ', 'pt': 'Tel.: '}[lang] + phone)
    if extra:
        L += extra
    L.append('www.brightwaterhealth.org')
    if disc:
        L += ['', DISC[lang]]
    return '\n'.join(L)


# ---------------------------------------------------------------- noise builders
def ooo(lang, who, orig_subj, text, date, auto='auto-generated', client='outlook-html', notes='', tags=(), recv=3):
    name, em = who
    pre = {'en': 'Automatic reply: ', 'de': 'Automatische Antwort: ', 'es': 'Respuesta automática: ',
           'fr': 'Réponse automatique : ', 'pt': 'Resposta automática: '}[lang]
    tags = ['out-of-office'] + list(tags)
    subj = pre + orig_subj
    if client == 'outlook-html':
        h = outlook_html_doc(text, None, None, lang, 'utf-8')
        part = leaf('text/html', h.encode('utf-8'), charset='utf-8', cte='base64', tags=tags)
        tags.append('outlook-html-only')
    else:
        part = leaf('text/plain', text.encode('iso-8859-1'), charset='iso-8859-1', cte='quoted-printable', tags=tags)
        tags.append('text-plain')
    sv = enc_hdr(subj, 'q-utf8' if not is_ascii(subj) else None, tags, 'subject')
    hs = received_internal(date, recv) + [('From', addr(name, em, None, tags)), ('To', '%s <%s>' % (HELPN, HELP)),
                                          ('Subject', sv)]
    if is_ascii(subj):
        hs.append(('Thread-Topic', orig_subj))
    hs += [('Thread-Index', thread_index()), ('Date', rfcdate(date)), ('Message-ID', msgid('exchange')),
           ('In-Reply-To', msgid('exchange'))]
    if auto:
        hs += [('Auto-Submitted', auto), ('X-Auto-Response-Suppress', 'All')]
        tags.append('auto-submitted')
    else:
        tags.append('no-auto-submitted-header')
    hs += [('X-MS-Exchange-Inbox-Rules-Loop', em), ('X-MS-Has-Attach', ''), ('MIME-Version', '1.0')]
    X('noise', 'ignore', '', lang, hs, part, tags, notes)


def calreply(lang, who, partstat, summary, start, date, comment='', notes='', tags=()):
    name, em = who
    pre = {('en', 'ACCEPTED'): 'Accepted: ', ('en', 'DECLINED'): 'Declined: ', ('en', 'TENTATIVE'): 'Tentative: ',
           ('es', 'ACCEPTED'): 'Aceptado: ', ('de', 'DECLINED'): 'Abgelehnt: ', ('fr', 'ACCEPTED'): 'Accepté : ',
           ('pt', 'ACCEPTED'): 'Aceite: '}[(lang, partstat)]
    tags = ['calendar-reply', 'text-calendar-reply'] + list(tags)
    ics = ics_text('REPLY', summary, start, 45, None, [(name, em)], partstat=partstat)
    tp = leaf('text/plain', (comment + '\n' if comment else '\n').encode('utf-8'), charset='utf-8', cte='base64' if comment else '7bit')
    cp = leaf('text/calendar', ics.encode('utf-8'), charset='utf-8', cte='base64', extra_ct='; method=REPLY')
    part = multi('alternative', [tp, cp], bnd('outlook'))
    subj = pre + summary
    hs = received_internal(date, R.randint(2, 4)) + [('From', addr(name, em, None, tags)), ('To', HELP),
                                                     ('Subject', enc_hdr(subj, None, tags, 'subject')),
                                                     ('Thread-Topic', summary), ('Thread-Index', thread_index()),
                                                     ('Date', rfcdate(date)), ('Message-ID', msgid('exchange')),
                                                     ('Content-Language', {'en': 'en-GB', 'es': 'es-ES', 'de': 'de-DE', 'fr': 'fr-FR', 'pt': 'pt-PT'}[lang]),
                                                     ('X-MS-Has-Attach', ''), ('X-MS-Exchange-Calendar-Series-Instance-Id', 'BAAAAIIA4AB0xbcQGoLgCAAAAA' + alnum(40)),
                                                     ('MIME-Version', '1.0')]
    X('noise', 'ignore', '', lang, hs, part, tags, notes)


def readreceipt(lang, who, orig_subj, sent, read, notes='', tags=()):
    name, em = who
    tags = ['read-receipt', 'multipart-report-mdn'] + list(tags)
    if lang == 'fr':
        subj = 'Lu : ' + orig_subj
        txt = ('Votre message\n\n  À : %s\n  Objet : %s\n  Date : %s\n\na été lu le %s.\n'
               % (name, orig_subj, outlook_sent(sent, 'fr'), outlook_sent(read, 'fr')))
    else:
        subj = 'Read: ' + orig_subj
        txt = ('Your message\n\n  To: %s\n  Subject: %s\n  Sent: %s\n\nwas read on %s.\n'
               % (name, orig_subj, outlook_sent(sent, 'en', True), outlook_sent(read, 'en', True)))
    t = leaf('text/plain', txt.encode('utf-8'), charset='utf-8', cte='quoted-printable' if not is_ascii(txt) else '7bit')
    mdn = ('Reporting-UA: %s; Microsoft Exchange Server\nFinal-Recipient: rfc822; %s\nOriginal-Message-ID: %s\n'
           'Disposition: manual-action/MDN-sent-manually; displayed\n') % (exhost(), em, msgid('exchange'))
    d = Part([('Content-Type', 'message/disposition-notification')], mdn.encode())
    b = bnd('outlook')
    part = multi('report', [t, d], b)
    part.headers = [('Content-Type', 'multipart/report; report-type=disposition-notification;\n\tboundary="%s"' % b)]
    hs = received_internal(read, 3) + [('From', addr(name, em, None, tags)), ('To', HELP),
                                      ('Subject', enc_hdr(subj, None, tags, 'subject')), ('Thread-Topic', orig_subj),
                                      ('Thread-Index', thread_index()), ('Date', rfcdate(read)),
                                      ('Message-ID', msgid('exchange')), ('X-MS-Has-Attach', ''), ('MIME-Version', '1.0')]
    X('noise', 'ignore', '', lang, hs, part, tags, notes)


# =====================================================================================
# PEOPLE
# =====================================================================================
P = person
SIOBHAN = P('Siobhan Murphy')
AOIFE = P('Aoife Brennan')
PRIYA = P('Priya Raman')
TOM = P('Tom Hargreaves')
HELEN = P('Helen Barraclough')
MARCUS = P('Marcus Webb')
GRAINNE = P('Gráinne Ní Bhriain', 'grainne.nibhriain')
CIARAN = P('Ciarán Doyle')
SINEAD = P('Sinéad Walsh')
RHYS = P('Rhys Llewellyn')
BETHAN = P('Bethan Hughes')
FIONA = P('Fiona McAllister')
KWAME = P('Kwame Mensah')
DANIEL = P('Daniel Okoye')
LAUREN = P('Lauren Fitzgerald')
HAMZA = P('Hamza Qureshi')
ZOFIA = P('Zofia Kowalczyk')
NIAMH = P("Niamh O'Connell", 'niamh.oconnell')
JO = P('Jo Whitfield')
DEEPA = P('Deepa Nair')
GARETH = P('Gareth Pugh')
RACHEL = P('Rachel Kerr')
SEUN = P('Oluwaseun Adeyemi')
EMMA = P('Emma Lewandowska')
CONOR = P('Conor Byrne')
HARRIET = P('Harriet Cole')
PADRAIG = P('Pádraig Kelly', 'padraig.kelly')
DECLAN = P('Declan Moriarty')
# Germany
KATHARINA = P('Katharina Müller', 'katharina.mueller')
JUERGEN = P('Jürgen Weiß', 'juergen.weiss')
SOENKE = P('Sönke Petersen', 'soenke.petersen')
ANJA = P('Anja Schröder', 'anja.schroeder')
BRANDT = P('Dr. Matthias Brandt', 'matthias.brandt')
LENA = P('Lena Hoffmann')
OEZLEM = P('Özlem Yılmaz', 'oezlem.yilmaz')
BERGER = P('Thomas Berger')
# Spain
MJOSE = P('María José Fernández', 'mariajose.fernandez')
INIGO = P('Íñigo Etxeberria', 'inigo.etxeberria')
LUCIA = P('Lucía Ortega', 'lucia.ortega')
JORDI = P('Jordi Puig')
NURIA = P('Nuria Sánchez', 'nuria.sanchez')
ALEJANDRO = P('Alejandro Ruiz')
CARMEN = P('Carmen Vidal')
MARTA = P('Marta Gil')
# France
AMELIE = P('Amélie Durand', 'amelie.durand')
FRANCOISE = P('Françoise Lefèvre', 'francoise.lefevre')
HELENE = P('Hélène Garnier', 'helene.garnier')
THIBAULT = P('Thibault Moreau')
CELINE = P('Céline Rousseau', 'celine.rousseau')
BENOIT = P('Benoît Lambert', 'benoit.lambert')
JULIEN = P('Julien Marchand')
SOPHIE = P('Sophie Bernard')
# Portugal
JOAO = P('João Gonçalves', 'joao.goncalves')
INES = P('Inês Carvalho', 'ines.carvalho')
CONCEICAO = P('Conceição Ferreira', 'conceicao.ferreira')
RUI = P('Rui Antunes')
MARIANA = P('Mariana Sousa')
GONCALO = P('Gonçalo Pires', 'goncalo.pires')
BEATRIZ = P('Beatriz Lopes')
ANARITA = P('Ana Rita Meireles', 'anarita.meireles')
HELPDESK_ANSWERER = ('Karen Doherty', 'karen.doherty@' + DOM)   # member of the internal project team

QUESTION, BUG, BLOCK, FEAT, ESC, NOISE = 'question', 'bug', 'scheduling_blocker', 'feature_request', 'escalation', 'noise'
AR, FS, FSC, PB, CSM, CSMFS, IGN, FORM = ('auto_reply', 'forward_support', 'forward_support+flag_csm', 'product_board_reply',
                                          'flag_csm', 'flag_csm+forward_support', 'ignore', 'forward_support|needs_review')


# =====================================================================================
# QUESTIONS AN ARTICLE ANSWERS (40)
# =====================================================================================
def questions_answered():
    # ---------------- English (12)
    E(QUESTION, AR, 'contact-support', 'en', SIOBHAN, 'goodtime support number?',
      "Hi all, is there an actual phone number for GoodTime's own support team? I'm on the floor half the day and "
      "typing into a chat box between patients isn't always practical. Would much rather just ring someone\n\nSiobhan",
      date=D(3, 10, 12, 41, 'ie'), client='iphone', mobile=True, tags=['terse'], notes='phone line asked; article says chat/email only')

    E(QUESTION, AR, 'support-hours', 'en', SEUN, 'If GoodTime goes down overnight',
      "Hello,\n\nI coordinate the twilight and overnight assessment sessions for the HCA bank at Northside, so I'm often "
      "working when most of you are asleep.\n\nIf something goes wrong with GoodTime at, say, 2am on a Saturday, is there "
      "actually anyone at GoodTime who would pick it up, or do I have to sit tight until their people are back in on Monday?\n\n"
      "Thanks,\nSeun",
      sig=csig('Oluwaseun Adeyemi', 'Nurse Recruitment Coordinator (Nights)', 'Nursing Workforce Team', 'Brightwater Manchester Northside', '0161 555 0192'),
      date=D(3, 14, 2, 17, 'uk'), client='outlook-alt', recv=4, notes='support hours asked without the word hours; night, weekend')

    E(QUESTION, AR, 'contact-csm', 'en', TOM, 'Who is our main contact at GoodTime?',
      "Dear colleagues,\n\nFollowing Tuesday's medical staffing leads meeting, we would like to talk to GoodTime about how we handle "
      "the August rotational doctor intake, which does not fit our standard interview flow at all. To be clear, nothing is broken; "
      "this is a wider conversation about our process and possible alternative workflows.\n\n"
      "I understand GoodTime assigns each customer a named person on their side who looks after the account and advises on this "
      "kind of thing. Could you let me know who ours is and how I can get a meeting in their diary? I do not appear to have their "
      "details anywhere.\n\nKind regards,\n\nTom",
      sig=csig('Tom Hargreaves', 'Medical Staffing Manager', 'Medical Workforce | People Directorate',
               'Brightwater Manchester Northside, Delaunays Road, Manchester M8 5RB', '0161 555 0140 | Ext. 4140',
               extra=['Working pattern: Mon-Thu']),
      date=D(2, 19, 9, 4, 'uk'), client='outlook-html', recv=6, auth=True,
      notes='CSM question without the letters CSM')

    E(QUESTION, AR, 'product-board', 'en', JO, 'ideas for goodtime - where do they go?',
      "Hiya,\n\nI've got a running list of little things I'd love GoodTime to do differently. Nothing broken, just nice-to-haves, "
      "e.g. remembering the last template I used, and being able to star my favourite interviewers.\n\n"
      "Rather than clog up this inbox with them one at a time, is there somewhere I'm meant to post these so GoodTime actually "
      "sees them? And can I see what other people have already asked for, so I'm not repeating stuff?\n\nCheers\nJo",
      date=D(1, 22, 15, 33, 'uk'), client='owa', notes='asks where ideas go, not the ideas themselves')

    E(QUESTION, AR, 'escalation-path', 'en', EMMA, 'Hello from a new starter :)',
      "Hi team,\n\nI started on Monday as a recruitment coordinator in the Leeds nursing team, taking over from Paula who has moved "
      "across to the Bradford site. Still finding my feet, but everyone has been lovely and the GoodTime intro video was really useful.\n\n"
      "I've been shadowing Priya this week and we've already hit a few things: one candidate's invite went out with the wrong time on it, "
      "one interviewer wasn't showing as free even though she was, and a hiring manager asked whether GoodTime could add some new "
      "feature for her. Priya sorted most of it, but I realised I don't really know who I'm meant to go to for each kind of thing.\n\n"
      "So my actual question is: when something comes up, how do I know whether to send it to you, to GoodTime's own support people, "
      "or somewhere else entirely? Is there a rule of thumb you all use? I'd rather not bother the wrong people.\n\n"
      "Thanks so much,\nEmma",
      sig='Emma Lewandowska\nRecruitment Coordinator - Nursing\nBrightwater Royal Infirmary, Leeds',
      date=D(1, 15, 16, 52, 'uk'), client='outlook-alt', tags=['rambling', 'question-in-third-paragraph'],
      notes='routing question buried in third paragraph')

    E(QUESTION, AR, 'calendar-sync', 'en', DANIEL, "changed my password, now GoodTime thinks I'm free all day??",
      "Morning - I had to reset my Brightwater password on Friday (the 90-day thing) and since then GoodTime seems to think "
      "my diary is completely empty, so coordinators keep trying to book me into slots where I'm clearly in clinic.\n\n"
      "Do I need to do something on the GoodTime side after a password change? Not sure if it's me or it.\n\nDan",
      date=D(4, 20, 8, 12, 'uk'), client='outlook-mobile', mobile=OUTLOOK_MOBILE['en'],
      notes='reads like a bug; article covers re-authorising after password change')

    E(QUESTION, AR, 'cancel-interview', 'en', AOIFE, 'candidate withdrew',
      "candidate for the ED staff nurse post has withdrawn (took a job in Perth). can i just delete the interview out of my "
      "outlook calendar or is there a proper way in goodtime? dont want the panel turning up for nothing\n\nAoife",
      date=D(2, 3, 13, 6, 'ie'), client='iphone', mobile=True, tags=['terse', 'lowercase'])

    E(QUESTION, AR, 'reschedule-interview', 'en', BETHAN, 'RE: Band 6 Theatres - shortlisting pack',
      "Hi Karen,\n\nThanks for this, will get the scores back to you by Thursday.\n\nSlightly off topic but since I have you: what's "
      "the right way to move an interview to a different day? I've been dragging the invite in Outlook to the new time, and one of "
      "the hiring managers told me that's why her GoodTime page still shows the old slot. Is there a proper way to do it?\n\n"
      "Diolch,\nBethan",
      sig=csig('Bethan Hughes', 'Recruitment Coordinator', 'Recruitment & Resourcing', 'Brightwater Cardiff, Heath Park Way, Cardiff CF14 4XW',
               '029 2055 0317', disc=False),
      quote=Q('outlook', 'Karen Doherty', HELPDESK_ANSWERER[1], D(2, 9, 11, 20, 'uk'), 'Band 6 Theatres - shortlisting pack',
              "Hi Bethan,\n\nAttached is the shortlisting pack for the Band 6 Theatres post (ref 342-BW-1187). Please return scores "
              "to me by Thursday so we can get interviews booked for the w/c 23rd.\n\nThanks\nKaren",
              to='Bethan Hughes <bethan.hughes@%s>' % DOM),
      date=D(2, 10, 10, 2, 'uk'), client='outlook-alt', tags=['misleading-subject', 'two-topics'],
      notes='question on top of an unrelated shortlisting thread')

    E(QUESTION, AR, 'interviewer-training', 'en', DEEPA, 'shadowing?',
      "Hi,\n\nA couple of our newer sisters on the respiratory ward have been asked to start sitting on nurse interview panels. "
      "Matron mentioned GoodTime has a 'shadow' and a 'reverse shadow' thing for this.\n\nWhat's the difference between the two, "
      "and at what point do they count as a proper interviewer in their own right?\n\nThanks\nDeepa\n",
      sig='Deepa Nair\nClinical Educator, Respiratory\nBrightwater Manchester Northside',
      date=D(3, 3, 19, 48, 'uk'), client='apple')

    # room-booking arrives through the web-form mailer
    form_mailer_room()

    E(QUESTION, AR, 'debrief-scheduling', 'en', KWAME, 'Wash-up meeting after the assessment centre',
      "Hi,\n\nAfter each of our HCA assessment days the ward managers like to get together with the interviewers to agree who we "
      "are offering. At the moment I send that invite myself and chase everyone's diaries by hand.\n\nCan GoodTime book that "
      "meeting in the same way it books the interviews? And, importantly, the candidates won't get any notification about it, will "
      "they? Last thing I want is someone seeing 'Decision meeting' pop up in their inbox.\n\nKwame",
      sig=csig('Kwame Mensah', 'Ward Manager, Ward 14 (Acute Medicine)', 'Division of Medicine', 'Brightwater Bristol', 'Bleep 2214'),
      date=D(4, 8, 14, 5, 'uk'), client='outlook-html', charset='utf-8', cte='base64')

    E(QUESTION, AR, 'time-zones', 'en', RACHEL, 'Candidate in Australia - times',
      "Hi there,\n\nI'm arranging a consultant interview for a candidate currently working in Perth, Western Australia (she's "
      "relocating to Belfast in the summer). The panel is all here in NI.\n\nWhat do I need to check so she sees the interview in "
      "her own local time and not ours? I was burned last year with a candidate in Toronto who logged on at the wrong time and I "
      "don't want a repeat.\n\nMany thanks\nRachel",
      sig=csig('Rachel Kerr', 'Medical Staffing Coordinator', 'Medical Workforce', 'Brightwater Belfast City, Lisburn Road, Belfast BT9 7AB',
               '028 9055 0455'),
      date=D(4, 14, 11, 27, 'uk'), client='outlook-alt', charset='utf-8', recv=7, auth=True)

    # ---------------- German (7)
    E(QUESTION, AR, 'contact-support', 'de', KATHARINA, 'Kontakt zum Hersteller-Support',
      "Hallo zusammen,\n\nfalls ich mal direkt beim GoodTime-Support etwas melden muss: Wie erreiche ich die am besten, und welche "
      "Angaben sollte ich gleich mitschicken, damit es nicht erst drei Rückfragen gibt?\n\nDanke und Gruß\nKatharina Müller",
      sig=csig('Katharina Müller', 'Studienkoordination', 'Klinisches Studienzentrum München', 'Brightwater Health Klinische Forschung GmbH, Lindwurmstraße 88, 80337 München',
               '+49 89 5506 2231', lang='de'),
      date=D(2, 24, 10, 15, 'de'), client='outlook-html', recv=5, notes='how to reach support and what details to include')

    E(QUESTION, AR, 'chat-bubble', 'de', JUERGEN, 'Wo ist denn dieser Chat?',
      "Moin,\n\nin der Schulung hieß es, man könne in GoodTime direkt mit dem Support chatten. Ich sehe bei mir aber nirgends "
      "so ein Chatfenster. Wo soll das genau sein? Ich gehe meistens über den Link aus der Einladungsmail rein, keine Ahnung ob "
      "ich da überhaupt richtig angemeldet bin.\n\nGruß\nJürgen",
      date=D(3, 5, 7, 51, 'de'), client='iphone', mobile=True, from_enc=('split', [5, 8], 'iso-8859-1', 'Q'))

    E(QUESTION, AR, 'product-board', 'de', BRANDT, 'Verbesserungsvorschläge für GoodTime – wohin damit?',
      "Liebe Kolleginnen und Kollegen,\n\nwir haben im Studienzentrum eine kleine Liste mit Ideen gesammelt, was GoodTime für "
      "unsere Abläufe noch besser machen könnte (z. B. Vorlagen je Studie statt je Stelle).\n\nGibt es einen offiziellen Weg, "
      "solche Vorschläge direkt bei GoodTime einzureichen? Und kann man dort auch sehen, ob andere Kunden schon etwas Ähnliches "
      "vorgeschlagen haben, damit wir uns ggf. anschließen können?\n\nMit freundlichen Grüßen\nMatthias Brandt",
      sig=csig('Dr. med. Matthias Brandt', 'Leiter Klinisches Studienzentrum', 'Brightwater Health Klinische Forschung GmbH',
               'Standort Hamburg, Martinistraße 64, 20251 Hamburg', '+49 40 7410 5520', lang='de'),
      date=D(1, 28, 17, 40, 'de'), client='outlook-alt', subj_enc='b-utf8', charset='utf-8', cte='base64')

    E(QUESTION, AR, 'add-interviewer-to-pool', 'de', ANJA, 'Neue Oberärztin soll bei Interviews mitmachen',
      "Hallo,\n\nwir haben eine neue Oberärztin (Dr. Sabine Koch), die ab Mai bei den Auswahlgesprächen für Study Nurses "
      "mitmachen soll.\n\nWas muss passieren, damit GoodTime sie überhaupt für Termine vorschlägt? Reicht es, dass sie einen "
      "GoodTime-Zugang hat, oder muss noch etwas eingerichtet werden?\n\nDanke dir!\nAnja",
      sig='Anja Schröder\nPersonalreferentin | Klinisches Studienzentrum München\nTel. +49 89 5506 2204',
      date=D(4, 16, 13, 22, 'de'), client='outlook-alt', charset='iso-8859-1', subj_enc='q-latin1')

    E(QUESTION, AR, 'conference-links', 'de', LENA, 'Teams-Link automatisch in die Einladung?',
      "Hallo ihr Lieben,\n\nkurze Frage: Bisher kopiere ich bei jedem Online-Interview den Teams-Link per Hand in die Einladung, "
      "das dauert ewig und ich vergesse es auch mal. Kann GoodTime den Link nicht selbst erzeugen und mitschicken? Wo stelle ich "
      "das ein?\n\nLiebe Grüße\nLena",
      sig='Lena Hoffmann\nAssistenz der Standortleitung\nKlinisches Studienzentrum Hamburg',
      date=D(2, 11, 9, 3, 'de'), client='owa')

    E(QUESTION, AR, 'permissions-roles', 'de', OEZLEM, 'Button „Bearbeiten“ fehlt bei mir',
      "Hallo zusammen,\n\nmeine Kollegin in Hamburg kann bei den Interview-Vorlagen auf „Bearbeiten“ klicken, bei mir gibt es "
      "den Button gar nicht. Wir machen beide dasselbe (Recruiting-Koordination Studienzentren).\n\nIst das ein Fehler oder liegt "
      "das an meinen Rechten? Und wer kann mir die ggf. geben?\n\nViele Grüße\nÖzlem",
      date=D(3, 18, 15, 9, 'de'), client='thunderbird', subj_enc='raw-utf8', from_enc='raw-utf8',
      notes='missing button: permissions rather than bug')

    E(QUESTION, AR, 'candidate-availability-request', 'de', SOENKE, 'Verfügbarkeiten von Bewerbern abfragen',
      "Hi,\n\nbisher schreibe ich Bewerberinnen immer eine Mail „Wann können Sie nächste Woche?“ und trage die Antworten dann "
      "händisch ein. Geht das in GoodTime eleganter, also dass die Bewerberin selbst ihre freien Zeiten angibt und ich die dann "
      "direkt im System sehe? Wie läuft das ab?\n\nBeste Grüße\nSönke",
      sig='Sönke Petersen\nRecruiting Studienzentrum Hamburg',
      date=D(5, 6, 11, 2, 'de'), client='apple', subj_enc=('split', [4, 13], 'utf-8', 'Q'))

    # ---------------- Spanish (7)
    E(QUESTION, AR, 'support-hours', 'es', NURIA, '¿El soporte de GoodTime atiende en fin de semana?',
      "Hola,\n\nEn Madrid hacemos jornadas de selección algunos sábados por la mañana. Si ese día falla algo en GoodTime, "
      "¿hay alguien de GoodTime disponible para ayudarnos o tenemos que esperar al lunes?\n\nGracias,\nNuria",
      sig='Nuria Sánchez\nCoordinación de Selección\nCentro de Ensayos Clínicos Madrid',
      date=D(4, 10, 18, 26, 'es'), client='gmail', recv=6, auth=True)

    E(QUESTION, AR, 'contact-csm', 'es', JORDI, 'Persona de referencia en GoodTime',
      "Bon dia,\n\nQueremos revisar con GoodTime cómo organizamos las entrevistas para los ensayos de oncología, porque el "
      "circuito actual no encaja bien con las visitas de los investigadores. No es un error de la herramienta, es más bien un "
      "tema de proceso.\n\n¿Quién es nuestra persona de referencia dentro de GoodTime para este tipo de cuestiones y cómo puedo "
      "reservar una reunión con ella?\n\nMoltes gràcies,\nJordi",
      sig=csig('Jordi Puig i Serra', 'Responsable de Operaciones', 'Centro de Ensayos Clínicos Barcelona',
               'Brightwater Health Investigación Clínica S.L., Carrer de Villarroel 170, 08036 Barcelona', '+34 93 227 5410', lang='es'),
      date=D(3, 24, 12, 11, 'es'), client='outlook-html', charset='iso-8859-1', subj_enc='q-latin1',
      notes='CSM asked for without the word CSM')

    E(QUESTION, AR, 'escalation-path', 'es', LUCIA, 'duda: a quién escribo para cada cosa',
      "Hola! Soy nueva en la coordinación del centro de Valencia. Me lío un poco: si tengo una duda, un fallo o una idea de "
      "mejora con GoodTime, ¿a quién le escribo en cada caso? ¿A vosotros, al soporte de GoodTime, a otra persona...?\n\nGracias!!\nLucía",
      date=D(2, 17, 8, 44, 'es'), client='iphone', mobile=True)

    E(QUESTION, AR, 'self-scheduling-link', 'es', MJOSE, 'Que el candidato elija su hueco',
      "Buenos días:\n\nPara las entrevistas telefónicas de preselección paso mucho tiempo con correos de ida y vuelta para "
      "cuadrar la hora. ¿Hay alguna forma de que el candidato elija él mismo el hueco que le venga bien?\n\nY otra cosa "
      "relacionada: un candidato me comentó la semana pasada que en el enlace que le mandé no le aparecía ningún horario. "
      "¿Por qué puede pasar eso?\n\nUn saludo,\nMaría José",
      sig=csig('María José Fernández Ruiz', 'Técnico de Selección', 'Centro de Ensayos Clínicos Madrid',
               'Brightwater Health Investigación Clínica S.L., Calle de Diego de León 62, 28006 Madrid', '+34 91 520 3318', lang='es'),
      date=D(1, 20, 9, 37, 'es'), client='outlook-alt', charset='windows-1252', tags=['two-topics'])

    E(QUESTION, AR, 'candidate-itinerary', 'es', INIGO, 'RE: Entrevista enfermería de investigación - mañana',
      "Kaixo,\n\nHe cambiado el entrevistador de la entrevista de mañana (entra la Dra. Aguirre en lugar del Dr. Larrañaga). "
      "¿El candidato recibe algo automáticamente con el cambio o tengo que mandarle yo el itinerario otra vez? Si es así, "
      "¿cómo se lo reenvío?\n\nEskerrik asko,\nÍñigo",
      quote=Q('outlook', 'Íñigo Etxeberria', INIGO[1], D(4, 21, 16, 2, 'es'), 'Entrevista enfermería de investigación - mañana',
              "Hola Dr. Larrañaga,\n\nLe confirmo la entrevista de mañana a las 10:00 en la sala 2 de la planta baja. "
              "Le dejo el CV del candidato en la carpeta compartida.\n\nUn saludo,\nÍñigo",
              to='Dr. Ander Larrañaga <ander.larranaga@%s>' % DOM, lang='es'),
      date=D(4, 21, 17, 35, 'es'), client='outlook-html', charset='utf-8', subj_enc='b-utf8', from_enc='b-utf8')

    E(QUESTION, AR, 'interviewer-load-balancing', 'es', ALEJANDRO, 'Siempre le tocan a la misma',
      "Hola equipo,\n\nLa Dra. Ramos se queja (con razón) de que casi todas las entrevistas de CRA le caen a ella; la semana "
      "pasada tuvo siete. ¿Se puede poner un máximo de entrevistas por semana a cada entrevistador en GoodTime, o repartirlas "
      "mejor entre los demás?\n\nSaludos,\nAlejandro",
      sig='Alejandro Ruiz\nCentro de Ensayos Clínicos Sevilla',
      date=D(3, 9, 16, 58, 'es'), client='gmail', cte='base64')

    E(QUESTION, AR, 'panel-interviews', 'es', CARMEN, 'Jornada con 4 entrevistas seguidas',
      "Hola,\n\nTengo que organizar una mañana con cuatro entrevistas seguidas para un candidato a coordinador de ensayos, "
      "cada una con entrevistadores distintos y una pausa para comer entre la segunda y la tercera. ¿Cómo lo monto en GoodTime? "
      "Y si no encuentra ningún hueco que cuadre para todos, ¿qué opciones tengo?\n\nMil gracias,\nCarmen",
      sig=csig('Carmen Vidal', 'Coordinadora de Selección', 'Centro de Ensayos Clínicos Valencia', 'Avda. de Blasco Ibáñez 17, 46010 Valencia',
               lang='es'),
      date=D(5, 4, 10, 19, 'es'), client='outlook-html', recv=8, auth=True, crlf=True)

    # ---------------- French (7)
    E(QUESTION, AR, 'support-hours', 'fr', HELENE, 'Souci un dimanche soir ?',
      "Bonjour,\n\nNous avons souvent des journées d'entretiens le lundi matin à Lille. Si je m'aperçois d'un problème dans "
      "GoodTime le dimanche soir en préparant la journée, est-ce que quelqu'un chez GoodTime peut m'aider à ce moment-là, ou "
      "faut-il attendre le lundi ?\n\nMerci d'avance,\nHélène",
      date=D(3, 1, 21, 14, 'fr'), client='iphone', mobile=True, subj_enc='q-utf8')

    E(QUESTION, AR, 'contact-csm', 'fr', FRANCOISE, 'Interlocuteur GoodTime pour notre processus',
      "Bonjour à tous,\n\nNous souhaitons revoir avec GoodTime l'organisation de nos entretiens pour les infirmiers de "
      "recherche clinique, car notre circuit actuel génère beaucoup de reprogrammations. Il ne s'agit pas d'un bug mais plutôt "
      "d'un sujet d'amélioration de processus.\n\nQui est notre interlocuteur dédié chez GoodTime pour ce type de sujet, et "
      "comment prendre rendez-vous avec lui ? On m'a parlé d'un bouton rose dans l'outil mais je ne le trouve pas.\n\n"
      "Bien cordialement,\nFrançoise Lefèvre",
      sig=csig('Françoise Lefèvre', 'Responsable des Ressources Humaines', 'Centre d\'essais cliniques Paris',
               'Brightwater Health Recherche Clinique SAS, 47 boulevard de l\'Hôpital, 75013 Paris', '+33 1 42 16 55 20', lang='fr'),
      date=D(2, 5, 14, 47, 'fr'), client='outlook-html', from_enc='q-latin1', recv=5)

    E(QUESTION, AR, 'internal-project-team', 'fr', THIBAULT, 'C\'est qui derrière cette adresse ?',
      "Salut,\n\nPetite question de fonctionnement : cette adresse goodtime.help, c'est qui exactement derrière ? Une équipe "
      "de chez nous ou de chez GoodTime ? Et pour quel genre de demandes je peux vous écrire ? Je ne voudrais pas vous embêter "
      "avec des trucs qui doivent aller ailleurs.\n\nMerci !\nThibault",
      date=D(1, 13, 11, 8, 'fr'), client='gmail')

    E(QUESTION, AR, 'candidate-reminders', 'fr', CELINE, 'Rappel la veille de l\'entretien ?',
      "Bonjour,\n\nEst-ce que les candidats reçoivent automatiquement un rappel la veille de leur entretien ? Une candidate "
      "m'a dit ce matin n'avoir rien reçu pour son entretien de jeudi et je ne sais pas où vérifier.\n\nBonne journée,\nCéline",
      sig=csig('Céline Rousseau', 'Chargée de recrutement', 'Centre d\'essais cliniques Lyon', '69003 Lyon', '+33 4 72 11 09 84', lang='fr'),
      date=D(4, 27, 9, 55, 'fr'), client='outlook-alt', charset='iso-8859-1', cte='base64')

    E(QUESTION, AR, 'interview-templates', 'fr', BENOIT, 'Durée par défaut 30 min au lieu de 45',
      "Bonjour,\n\nÀ chaque fois que je planifie un entretien pour le poste d'infirmier de recherche, GoodTime me propose "
      "30 minutes alors que depuis janvier ces entretiens durent 45 minutes. Je corrige à la main à chaque fois, mais mes "
      "collègues oublient.\n\nComment on change ça une bonne fois pour toutes, pour tout le monde ?\n\nCordialement,\nBenoît",
      date=D(2, 26, 16, 31, 'fr'), client='thunderbird', charset='iso-8859-1', subj_enc='raw-cp1252', from_enc='b-latin1')

    E(QUESTION, AR, 'interviewer-decline', 'fr', AMELIE, 'TR: Refusé : Entretien IRC - Mme Benali',
      "Bonjour,\n\nLe Dr Chevalier vient de refuser l'invitation ci-dessous pour l'entretien de jeudi prochain. Quelle est "
      "la bonne démarche dans GoodTime ? Est-ce que je dois tout reprogrammer avec la candidate ?\n\nMerci,\nAmélie",
      quote=Q('fwd-outlook', 'Dr Paul Chevalier', 'paul.chevalier@' + DOM, D(3, 11, 8, 2, 'fr'), 'Refusé : Entretien IRC - Mme Benali',
              "Désolé, je suis en congrès à Bordeaux toute la semaine.\n", to='Amélie Durand <amelie.durand@%s>' % DOM, lang='fr'),
      date=D(3, 11, 8, 40, 'fr'), client='outlook-alt', charset='windows-1252', subj_enc='q-cp1252')

    E(QUESTION, AR, 'reporting-dashboards', 'fr', JULIEN, 'Délai entre demande et entretien planifié',
      "Bonjour,\n\nLa direction me demande combien de temps nous mettons en moyenne entre le moment où un entretien est "
      "demandé et celui où il est effectivement planifié, sur le premier trimestre. Est-ce que GoodTime propose un rapport "
      "là-dessus, ou dois-je tout compter à la main ?\n\nMerci par avance,\nJulien Marchand",
      sig=csig('Julien Marchand', 'Contrôleur de gestion RH', 'Centre d\'essais cliniques Paris', '75013 Paris', lang='fr'),
      date=D(4, 2, 10, 6, 'fr'), client='outlook-html', charset='utf-8', cte='quoted-printable')

    # ---------------- Portuguese (7)
    E(QUESTION, AR, 'contact-support', 'pt', JOAO, 'email do suporte GoodTime',
      "Olá,\n\nqual é o endereço de email do suporte da GoodTime? Preciso de lhes mandar umas capturas de ecrã e prefiro "
      "não o fazer pelo chat.\n\nObrigado\nJoão",
      date=D(2, 13, 14, 20, 'pt'), client='outlook-mobile', mobile=OUTLOOK_MOBILE['pt'], tags=['terse'])

    E(QUESTION, AR, 'chat-bubble', 'pt', INES, 'o "balão roxo"?',
      "Bom dia,\n\nDisseram-me na formação para usar \"o balão roxo\" para falar com o suporte da GoodTime, mas não o encontro. "
      "Onde fica exatamente?\n\nE já agora: posso usá-lo para perguntar como agendar um caso mais estranho (dois candidatos a "
      "partilhar a mesma sessão com o painel), ou é só para avarias?\n\nObrigada,\nInês",
      sig='Inês Carvalho\nCoordenadora de Recrutamento\nCentro de Ensaios Clínicos do Porto',
      date=D(3, 17, 10, 48, 'pt'), client='gmail', subj_enc='b-utf8')

    E(QUESTION, AR, 'internal-project-team', 'pt', CONCEICAO, 'Quem responde a esta caixa?',
      "Boa tarde,\n\nDesculpem a pergunta, mas quem está por trás deste endereço: é a própria GoodTime ou uma equipa cá de "
      "dentro? Gostava de saber se vos posso perguntar como é que usamos o GoodTime aqui (as nossas regras para o centro de "
      "Lisboa, que modelos usar, etc.).\n\nCumprimentos,\nConceição Ferreira",
      sig=csig('Conceição Ferreira', 'Técnica Superior de Recursos Humanos', 'Centro de Ensaios Clínicos de Lisboa',
               'Brightwater Health Investigação Clínica, Lda., Av. Prof. Egas Moniz, 1649-035 Lisboa', '+351 21 780 5512', lang='pt'),
      date=D(1, 27, 15, 2, 'pt'), client='outlook-html', from_enc='raw-cp1252', charset='windows-1252')

    E(QUESTION, AR, 'ats-integration', 'pt', RUI, 'candidata não aparece no GoodTime',
      "Olá,\n\nPassei uma candidata para a fase \"Entrevista\" no Workday há uns 10 minutos e ainda não aparece no GoodTime. "
      "É normal demorar? Ou devo criar a entrevista diretamente no GoodTime e pronto?\n\nRui",
      date=D(4, 22, 11, 41, 'pt'), client='owa', tags=['terse'], mid='bare')

    E(QUESTION, AR, 'time-zones', 'pt', MARIANA, 'Entrevista com candidata nos Açores',
      "Olá a todos,\n\nVou agendar uma entrevista entre uma candidata que está em Ponta Delgada e a equipa de Lisboa (nos "
      "Açores é menos uma hora). O que devo verificar para garantir que cada um vê a hora certa, e que ela não aparece uma hora "
      "antes ou depois?\n\nObrigada!\nMariana",
      sig='Mariana Sousa\nCentro de Ensaios Clínicos de Lisboa',
      date=D(5, 12, 9, 14, 'pt'), client='apple', subj_enc='q-utf8')

    E(QUESTION, AR, 'reschedule-interview', 'pt', GONCALO, 'Mudar só uma das sessões',
      "Bom dia,\n\nTenho uma entrevista com três sessões seguidas para amanhã à tarde, mas o candidato pediu para passar "
      "só a última (com o Prof. Matos) para sexta. Como é que mudo apenas essa sessão sem mexer nas outras duas?\n\nGonçalo",
      date=D(2, 18, 9, 5, 'pt'), client='thunderbird', from_enc='b-utf8')

    E(QUESTION, AR, 'calendar-sync', 'pt', BEATRIZ, 'GoodTime mostra-me livre quando tenho consultas',
      "Olá,\n\nO GoodTime está a mostrar-me como disponível em horas em que tenho consultas marcadas no Outlook, e já me "
      "marcaram duas entrevistas por cima. As consultas estão no calendário normalmente. O que é que devo verificar do meu lado?\n\n"
      "Obrigada\nBeatriz",
      sig=csig('Beatriz Lopes', 'Investigadora Clínica', 'Centro de Ensaios Clínicos de Lisboa', '1649-035 Lisboa', lang='pt'),
      date=D(4, 29, 18, 3, 'pt'), client='outlook-alt', charset='utf-8', cte='base64')


def form_mailer_room():
    """Room-booking question sent through the intranet web form (robot sender)."""
    dt = D(4, 7, 13, 58, 'uk')
    tags = ['form-mailer', 'auto-submitted']
    body = ("A new request has been submitted through the GoodTime Help request form on BrightNet.\n\n"
            "Name:            Fiona McAllister\n"
            "Email:           fiona.mcallister@%s\n"
            "Job title:       Nurse Recruitment Coordinator\n"
            "Site:            St Columba's Hospital, Glasgow\n"
            "Topic:           GoodTime - how do I...?\n"
            "Urgency:         Normal\n\n"
            "Question:\n"
            "For our open day on 24 April we're doing the interviews face to face. When I go to pick a room in GoodTime, the "
            "Boardroom on level 2 isn't in the list at all, even though I can book it fine in Outlook. Why would a room not "
            "show up and is there anything I need to change on my side so GoodTime looks at the right rooms?\n\n"
            "Submitted: 07/04/2026 13:58:12\n"
            "Reference: BN-FORM-20260407-0412\n\n"
            "This message was sent automatically by BrightNet Forms. Please do not reply to this address.\n") % DOM
    part = leaf('text/plain', body.encode(), charset='utf-8', cte='7bit')
    hs = received_internal(dt, 4, origin='forms01.brightnet.%s' % DOM) + [
        ('From', 'BrightNet Forms <no-reply@forms.%s>' % DOM), ('To', HELP),
        ('Reply-To', 'Fiona McAllister <fiona.mcallister@%s>' % DOM),
        ('Subject', '[BrightNet Form] GoodTime Help request - Fiona McAllister'),
        ('Date', rfcdate(dt)), ('Message-ID', '<%s.%s@forms.%s>' % (utc(dt).strftime('%Y%m%d%H%M%S'), hexs(10, False), DOM)),
        ('Auto-Submitted', 'auto-generated'), ('X-Auto-Response-Suppress', 'All'), ('Precedence', 'bulk'),
        ('X-Mailer', 'BrightNet Forms 3.2'), ('MIME-Version', '1.0')]
    X(QUESTION, FORM, 'room-booking', 'en', hs, part, tags, 'form-mailer request; article answers but no auto-reply to a robot')


# =====================================================================================
# QUESTIONS NO ARTICLE ANSWERS (14)
# =====================================================================================
def questions_unanswered():
    E(QUESTION, FS, 'none', 'en', PRIYA, 'Texting candidates?',
      "Hi both,\n\nQuick one - can GoodTime send text messages to candidates? A lot of our HCA applicants never look at "
      "their email, and we had four no-shows on Tuesday's assessment day alone. If there's an SMS option for the reminders "
      "I'd love to switch it on for Leeds.\n\nThanks\nPriya",
      sig='Priya Raman\nNurse Recruitment Coordinator | Brightwater Royal Infirmary, Leeds\nExt 61230',
      date=D(3, 19, 12, 2, 'uk'), client='outlook-alt', notes='SMS not covered by reminders article')

    E(QUESTION, FS, 'none', 'en', MARCUS, 'GoodTime - data hosting region (DPIA refresh)',
      "Hello,\n\nInformation Governance are completing the annual DPIA refresh for GoodTime and have asked me two things:\n\n"
      "1. In which hosting region does GoodTime store candidate personal data for our tenant (UK, EU or US)?\n"
      "2. Is data for the Irish entity (Brightwater Health Ireland CLG) held separately from the UK entity, or in the same "
      "instance?\n\nA pointer to the relevant documentation would be sufficient; I do not need a call. IG's deadline is 30 April.\n\n"
      "Regards,\nMarcus",
      sig=csig('Marcus Webb', 'Recruiting Systems Analyst', 'People Systems & Analytics', 'Brightwater Health Group HQ, Wellington Place, Leeds LS1 4AP',
               '0113 555 0871'),
      date=D(4, 9, 8, 36, 'uk'), client='outlook-html', recv=5, auth=True, crlf=True, notes='data residency; no article')

    E(QUESTION, FS, 'none', 'en', ZOFIA, 'app?',
      "is there a goodtime app for iphone?? ward manegers keep asking if they can see there interview slots on the go "
      "without loging into the laptop",
      date=D(2, 6, 14, 9, 'uk'), client='iphone', mobile=True, tags=['terse', 'lowercase', 'typos'], mid='bare')

    E(QUESTION, FS, 'none', 'en', SINEAD, 'Assessment day - several candidates in one session',
      "Hi,\n\nFor our HCA recruitment in Galway we run assessment days where 10-12 candidates come in together at 9am for a "
      "group exercise, and then each has a short individual interview afterwards.\n\nCan GoodTime put several candidates into the "
      "same session, or does each candidate always have to have their own interview? I've only ever seen it do panels with lots "
      "of interviewers and one candidate.\n\nGo raibh maith agat,\nSinéad",
      sig=csig('Sinéad Walsh', 'Nurse Recruitment Lead', 'Nursing & Midwifery Workforce', 'Brightwater Galway Clinic, Doughiska, Galway H91 HHT0',
               '+353 91 555 0720'),
      date=D(1, 29, 10, 51, 'ie'), client='outlook-alt', charset='utf-8', from_enc='q-utf8',
      notes='group sessions with many candidates; resembles panel article but not answered')

    E(QUESTION, FS, 'none', 'en', CIARAN, 'emails to candidates come from my name',
      "Hi,\n\nWhen GoodTime emails a candidate (confirmations, reschedules etc.) it comes from me personally. When I'm on leave "
      "the replies just sit in my inbox. Is there a way to make those candidate emails come from the shared recruitment mailbox "
      "(recruitment.limerick@) instead?\n\nThanks a mil\nCiarán",
      date=D(3, 26, 15, 14, 'ie'), client='owa', from_enc='raw-utf8')

    E(QUESTION, FS, 'none', 'en', RHYS, 'GoodTime and e-rostering',
      "Afternoon,\n\nDoes GoodTime link up with HealthRoster (or any e-rostering system) so it knows when our nurse interviewers are "
      "on nights, on a long day or on annual leave? Most of them don't keep their Outlook diaries up to date because their shifts "
      "live in the roster, so GoodTime offers slots when they're actually asleep after a night shift.\n\nRegards\nRhys",
      sig=csig('Rhys Llewellyn', 'Medical Staffing Manager', 'Workforce Directorate', 'Brightwater Cardiff', '029 2055 0301'),
      date=D(2, 20, 14, 37, 'uk'), client='outlook-html', charset='windows-1252')

    E(QUESTION, FS, 'none', 'en', HAMZA, 'who moved this interview?',
      "Morning,\n\nIs there any way to see a history of changes on an interview in GoodTime - who changed what and when? A "
      "Band 7 interview for the Leeds cath lab was moved from 10:00 to 14:00 last Wednesday, the candidate wasn't told, and nobody "
      "in the team remembers doing it. I'd like to find out how it happened before it happens again.\n\nThanks\nHamza",
      sig='Hamza Qureshi | Recruitment Operations Manager | Brightwater Health | Leeds',
      date=D(4, 13, 9, 1, 'uk'), client='outlook-alt', mid='bare', notes='audit trail not covered')

    form_mailer_retention()

    E(QUESTION, FS, 'none', 'en', NIAMH, 'Covering a colleague on maternity leave',
      "Hi all,\n\nHope you're all well and surviving the spring intake! It's been a mad few weeks in the CNO's office - we've had "
      "the inspection prep, the new rota for the front desk and now Laura's send-off (cake on Thursday at 3 if anyone from People "
      "Systems wants to call in, you'd be very welcome).\n\nAnyway, the reason I'm writing: Laura Devlin goes on maternity leave on "
      "Friday and I'm picking up her candidates for the Chief Nurse office roles. She has about eight interviews in progress in "
      "GoodTime, some at the availability stage and some already booked for next week.\n\nHow do I take those over so that changes, "
      "candidate replies and notifications come to me rather than to her? Or does she need to do something before she goes?\n\n"
      "Many thanks,\nNiamh",
      sig=csig("Niamh O'Connell", 'Executive Assistant to the Chief Nursing Officer', 'Brightwater St Brendan\'s Hospital',
               'Mount Street Lower, Dublin 2, D02 XK52', '+353 1 555 0193'),
      date=D(3, 4, 16, 20, 'ie'), client='outlook-html', charset='windows-1252', cte='quoted-printable',
      tags=['rambling', 'question-in-third-paragraph'])

    E(QUESTION, FS, 'none', 'en', PADRAIG, 'Candidate emails as Gaeilge?',
      "Dia dhuit,\n\nA couple of candidates for roles at our Connemara community unit have asked for their correspondence in "
      "Irish. Are the GoodTime candidate emails (confirmations, reminders) available as Gaeilge, or bilingual?\n\n"
      "Go raibh míle maith agat,\nPádraig",
      date=D(5, 7, 12, 30, 'ie'), client='gmail', from_enc='b-utf8', subj_enc=None)

    E(QUESTION, FS, 'none', 'de', BERGER, 'Betriebsrat als Beobachter bei Vorstellungsgesprächen',
      "Hallo,\n\nbei uns in Frankfurt muss der Betriebsrat bei Vorstellungsgesprächen teilnehmen können. Kann man in GoodTime "
      "jemanden als festen Beobachter zu einem Termin hinzufügen, der zwar eingeladen wird, aber nicht als Interviewer gezählt "
      "wird und keine Bewertung abgeben muss? Und bekommt der Bewerber dann dessen Namen im Ablaufplan angezeigt?\n\n"
      "Mit freundlichen Grüßen\nThomas Berger",
      sig=csig('Thomas Berger', 'Personalleitung', 'Klinisches Studienzentrum Frankfurt', 'Theodor-Stern-Kai 7, 60596 Frankfurt am Main',
               '+49 69 6301 4410', lang='de'),
      date=D(2, 2, 11, 13, 'de'), client='outlook-html', charset='iso-8859-1', subj_enc='q-latin1')

    E(QUESTION, FS, 'none', 'es', MARTA, 'Visitas de monitorización en GoodTime',
      "Hola,\n\n¿Podemos usar GoodTime para programar las visitas de monitorización de los promotores (CRAs externos que vienen "
      "al centro)? No son entrevistas, pero también hay que cuadrar agendas de investigadores y reservar sala. ¿Alguien lo hace "
      "así en otro centro?\n\nGracias,\nMarta",
      date=D(4, 15, 13, 3, 'es'), client='gmail', cte='quoted-printable')

    E(QUESTION, FS, 'none', 'fr', SOPHIE, 'Modèles d\'e-mails candidats en français ?',
      "Bonjour,\n\nLes e-mails que reçoivent nos candidats (confirmation, rappel) sont en anglais, ce qui surprend un peu pour "
      "des postes à Lille. Existe-t-il une version française des modèles, ou faut-il les traduire nous-mêmes ? Et dans ce cas, "
      "qui a le droit de les modifier ?\n\nMerci,\nSophie Bernard",
      sig=csig('Sophie Bernard', 'Assistante RH', 'Centre d\'essais cliniques Lille', '59000 Lille', lang='fr', disc=False),
      date=D(3, 23, 14, 44, 'fr'), client='outlook-alt', charset='windows-1252', subj_enc='q-cp1252', mid='none')

    E(QUESTION, FS, 'none', 'pt', ANARITA, 'Mudar o nome que aparece nos convites',
      "Olá,\n\nMudei de apelido depois do casamento (agora sou Ana Rita Meireles Costa). Nos convites enviados pelo GoodTime "
      "ainda aparece o nome antigo. Onde é que altero isso?\n\nObrigada\nAna Rita",
      date=D(1, 19, 17, 22, 'pt'), client='iphone', mobile=True, subj_enc='b-utf8')


def form_mailer_retention():
    dt = D(2, 25, 10, 3, 'uk')
    tags = ['form-mailer', 'auto-submitted', 'outlook-html-only']
    html_ = ('<html><body style="font-family:Arial,sans-serif;font-size:13px">\n'
             '<p>A new request has been logged in the People Systems portal and routed to your group.</p>\n'
             '<table border="0" cellpadding="4">\n'
             '<tr><td><b>Request</b></td><td>REQ0048213</td></tr>\n'
             '<tr><td><b>Requested for</b></td><td>Helen Barraclough (helen.barraclough@%s)</td></tr>\n'
             '<tr><td><b>Category</b></td><td>Recruitment systems &gt; GoodTime &gt; General enquiry</td></tr>\n'
             '<tr><td><b>Short description</b></td><td>Retention of candidate data in GoodTime</td></tr>\n'
             '<tr><td valign="top"><b>Description</b></td><td>Could someone tell me how long GoodTime keeps candidates&#39; '
             'personal details (names, contact details, interview history) after a vacancy is closed? We are reviewing our '
             'retention schedule for medical recruitment and need to know whether data is deleted automatically after a set period '
             'or whether we have to ask for it to be purged.</td></tr>\n'
             '<tr><td><b>Assignment group</b></td><td>GoodTime Help Line</td></tr>\n'
             '</table>\n<p>To view this request, go to the People Systems portal. '
             'This is an automated notification &ndash; replies to this address are not monitored.</p>\n'
             '<p style="color:#888">Ref:MSG%s_%s</p>\n</body></html>\n') % (DOM, R.randint(1000000, 9999999), alnum(20))
    part = leaf('text/html', html_.encode('utf-8'), charset='UTF-8', cte='quoted-printable', tags=tags)
    snip = '149.96.5.%d' % R.randint(10, 200)
    hs = received_external(dt, 6, 'outbound-ams1.service-now.com', snip,
                           first='from app144042.ams101.service-now.com (unknown [10.224.131.64])\n by outbound-ams1.service-now.com (Postfix) with ESMTP id 4bN7x12VqzzJ9\n for <%s>; %s' % (HELP, rfcdate(utc(dt))))
    hs += authres('brightwater.service-now.com', snip, helo='outbound-ams1.service-now.com')
    hs += [dkim('brightwater.service-now.com', 'sn1', 'From:To:Subject:Date:Message-ID:MIME-Version:Content-Type'),
           ('From', 'People Systems Portal <brightwater-noreply@brightwater.service-now.com>'), ('To', HELP),
           ('Subject', 'REQ0048213 - Retention of candidate data in GoodTime - assigned to GoodTime Help Line'),
           ('Date', rfcdate(dt)), ('Message-ID', '<%s.%d.JavaMail.glide@app144042.ams101.service-now.com>' % (hexs(12, False), R.randint(10000, 99999))),
           ('Auto-Submitted', 'auto-generated'), ('X-Auto-Response-Suppress', 'All'),
           ('X-ServiceNow-Source', 'Notification-%s' % hexs(32, False)), ('X-ServiceNow-SysEmail-Version', '2'), ('MIME-Version', '1.0')]
    tags += ['dkim-authres', 'received-6']
    X(QUESTION, FORM, 'none', 'en', hs, part, tags, 'ticket-portal robot; retention question no article answers')


# =====================================================================================
# BUGS (20; 4 high-impact)
# =====================================================================================
def bugs():
    # ---- high impact
    E(BUG, FSC, '', 'en', MARCUS, 'Candidate confirmations 1 hour out since clocks changed - all UK & IE sites',
      "Hello,\n\nSince the clocks went forward on Sunday 29 March, candidate confirmation and itinerary emails generated by GoodTime "
      "show interview times one hour later than the actual calendar event. Interviewer invites are correct; only the candidate-facing "
      "emails are wrong.\n\nScope, as far as I can establish this morning:\n"
      "- Affects every site I have checked in the UK and Ireland (Leeds, Manchester, Cardiff, Dublin, Cork, Galway).\n"
      "- 37 candidate confirmations sent between 30 March 07:00 and 31 March 09:00 show the wrong time.\n"
      "- Interviews booked before 29 March but re-sent after it are also affected.\n"
      "- Times shown in the GoodTime UI itself are correct.\n\n"
      "Example: interview ID 88213-BW, Band 5 RN, Leeds. Calendar event 14:00 BST; candidate email says 15:00. Screenshot attached.\n\n"
      "We have already had two candidates arrive an hour late this morning. Could this be raised with GoodTime as a priority? I "
      "am asking coordinators to phone candidates with interviews this week in the meantime.\n\nRegards,\nMarcus",
      sig=csig('Marcus Webb', 'Recruiting Systems Analyst', 'People Systems & Analytics', 'Brightwater Health Group HQ, Wellington Place, Leeds LS1 4AP',
               '0113 555 0871'),
      attach=[att('png', 'confirmation_vs_calendar.png', seed=11)],
      date=D(3, 31, 9, 42, 'uk'), client='outlook-alt', importance='high', recv=7, auth=True,
      notes='org-wide DST bug, many candidates')

    E(BUG, FSC, '', 'en', LAUREN, 'CONFIDENTIAL: another candidate\'s details in itinerary email',
      "Hi,\n\nI need to report something serious. A candidate for a Clinical Nurse Manager post in Dublin forwarded us the "
      "interview itinerary she received from GoodTime this morning. Under \"Your interview details\" it shows a different "
      "candidate's full name and mobile number (a candidate for a completely different role in Cork).\n\n"
      "I have checked two more itineraries sent today and one of them has the same problem. I've informed our Data Protection "
      "Officer and we are treating it as a potential data breach, so we need to know how many emails are affected and since "
      "when.\n\nI've not attached the itinerary here for obvious reasons, but can share it securely. Can this go to GoodTime "
      "straight away please?\n\nLauren",
      sig=csig('Lauren Fitzgerald', 'HR Business Partner - Nursing & Midwifery', 'People Directorate', 'Brightwater St Brendan\'s Hospital, Dublin 2',
               '+353 1 555 0248'),
      date=D(4, 23, 11, 18, 'ie'), client='outlook-html', importance='high', charset='windows-1252',
      notes='data protection breach')

    E(BUG, FSC, '', 'en', GRAINNE, 'quick question',
      "Hi,\n\nSorry, not so quick really. Calendar sync for Galway has broken again. Since yesterday afternoon GoodTime is "
      "showing everyone at the Galway Clinic as completely free - consultants, ward managers, the lot - and coordinators "
      "have already booked at least six interviews over clinics and theatre lists.\n\n"
      "This is the third time since January (ticket refs from the last two: GT-118204 on 14 Jan and GT-121977 on 19 Feb). "
      "Both times it came back after a day or two, but nobody ever told us what caused it. Reconnecting individual calendars "
      "doesn't help; it's everyone on the Galway mailbox server.\n\nCan this be pushed harder with GoodTime this time?\n\n"
      "Gráinne",
      sig=csig('Gráinne Ní Bhriain', 'Medical Staffing Officer', 'Medical Workforce', 'Brightwater Galway Clinic, Doughiska, Galway', '+353 91 555 0733'),
      date=D(3, 12, 8, 57, 'ie'), client='outlook-alt', charset='utf-8', from_enc='raw-utf8', recv=5,
      tags=['misleading-subject'], notes='recurring after being reported, whole site')

    E(BUG, FSC, '', 'de', BRANDT, 'Geplante Interviews in allen deutschen Zentren verschwunden',
      "Sehr geehrte Kolleginnen und Kollegen,\n\nseit dem Wochenende sind in GoodTime für alle drei deutschen Studienzentren "
      "(München, Hamburg, Frankfurt) sämtliche bereits geplanten Interviews der nächsten zwei Wochen nicht mehr zu sehen. "
      "Die Termine stehen noch in den Outlook-Kalendern der Interviewer, aber in GoodTime sind die Bewerber wieder im Status "
      "„zu planen“ ohne Termin. Betroffen sind nach unserer Zählung 41 Interviews.\n\n"
      "Wir können die Daten nicht einfach neu anlegen, weil dann doppelte Einladungen an die Bewerber gehen würden. Bitte "
      "geben Sie das dringend an GoodTime weiter; wir brauchen eine Aussage, ob die Daten wiederhergestellt werden können.\n\n"
      "Mit freundlichen Grüßen\nDr. Matthias Brandt",
      sig=csig('Dr. med. Matthias Brandt', 'Leiter Klinisches Studienzentrum', 'Brightwater Health Klinische Forschung GmbH',
               'Standort Hamburg, Martinistraße 64, 20251 Hamburg', '+49 40 7410 5520', lang='de'),
      date=D(3, 2, 8, 5, 'de'), client='outlook-html', charset='utf-8', cte='base64', importance='high', recv=6, auth=True, crlf=True,
      notes='data loss across all German sites')

    # ---- normal
    E(BUG, FS, '', 'en', RHYS, 'No Teams link on consultant interview invites',
      "Hi,\n\nSince Tuesday, interviews scheduled from the \"Medical Staffing - Consultant AAC\" template are going out without a "
      "Teams link, on both the interviewer invites and the candidate confirmation. The video option is still set to Teams on the "
      "template and interviews from our other templates are fine.\n\nNone of the affected ones are until next week so we've got "
      "time, but I've had to paste links in by hand on four of them so far. Interview IDs: 90117, 90122, 90130, 90131. One of "
      "the invites is attached so you can see there's no join link in it.\n\nRhys",
      attach=[att('ics', 'Consultant AAC - Cardiology - Dr S Iqbal.ics', data=ics_text('REQUEST', 'Consultant AAC - Cardiology - Dr S Iqbal',
                  D(5, 6, 14, 0, 'uk', s=0), 60, ('GoodTime Scheduling', 'scheduling@' + DOM), [('Rhys Llewellyn', RHYS[1])],
                  location='Online', desc='Interview scheduled by GoodTime. Video: none').encode())],
      date=D(4, 30, 15, 46, 'uk'), client='outlook-alt', smart=False)

    E(BUG, FS, '', 'en', SIOBHAN, 'reminders not going out cork',
      "hi, none of our cork candidates seem to be recieving the day-before reminder since about the 10th. reminders are definately "
      "switched on (they were working fine in feb) and the email adresses are right, checked 3 of them in the ATS. two no shows "
      "this week becuase of it i think. can someone look at it\n\nSiobhan",
      date=D(3, 20, 17, 12, 'ie'), client='iphone', mobile=True, tags=['lowercase', 'typos'])

    E(BUG, FS, '', 'en', JO, 'Fwd: Problem with interview booking link',
      "Hi, see below from a candidate - the self-scheduling link I sent her yesterday gives an error. I've resent it and she says "
      "same thing. Screenshot she sent attached. Interview isn't until next week so not urgent-urgent.\n\nJo",
      quote=Q('fwd-outlook', 'Hannah Lowe', 'hannah.lowe91@gmail.com', D(2, 16, 21, 4, 'uk'), 'Problem with interview booking link',
              "Hello Jo,\n\nThank you for the invitation to book my interview for the Staff Nurse (Cardiology) role. When I click the "
              "link it loads for a few seconds then says \"Something went wrong. Please try again later (502)\". I've tried on my "
              "phone and laptop. I've attached a screenshot.\n\nKind regards,\nHannah Lowe\n",
              to='Jo Whitfield <jo.whitfield@%s>' % DOM),
      attach=[att('png', 'Screenshot_20260216_210133.png', seed=21)],
      date=D(2, 17, 9, 25, 'uk'), client='outlook-alt')

    form_mailer_availability_bug()

    E(BUG, FS, '', 'en', HAMZA, 'Interviewer load report showing zeros for Theatres pool',
      "Hi,\n\nThe interviewer load report is showing 0 interviews for every member of the Theatres - Band 5/6 pool for March. "
      "I know for a fact that pool did around 40 interviews last month (I booked half of them). Other pools look right. "
      "I've tried different date ranges and exporting it, same zeros.\n\nI need these numbers for the workforce committee on "
      "the 21st. PDF export attached.\n\nThanks,\nHamza",
      attach=[att('pdf', 'Interviewer_Load_March2026.pdf', lines=['GoodTime - Interviewer load', 'Pool: Theatres - Band 5/6',
                                                                    'Period: 01/03/2026 - 31/03/2026', '', 'Interviewer            Interviews',
                                                                    'A. Clarke              0', 'M. Dunne               0', 'S. Patel               0',
                                                                    'R. Young               0', 'Total                  0'])],
      date=D(4, 6, 10, 33, 'uk'), client='outlook-html', charset='windows-1252')

    E(BUG, FS, '', 'en', EMMA, 'Scheduling page just spins',
      "Hi,\n\nFor any candidate in the Leeds ED Staff Nurse job (REQ-2231), the scheduling page never loads - it just shows the "
      "spinner forever. Other jobs load fine. I've tried Chrome and Edge, cleared my cache, and Priya gets the same thing on her "
      "laptop. Started this morning around 9.\n\nScreenshot attached.\n\nThanks\nEmma",
      attach=[att('png', 'image001.png', seed=31, inline=True)],
      date=D(2, 12, 10, 7, 'uk'), client='outlook-html', recv=4)

    E(BUG, FS, '', 'en', FIONA, 'Room won\'t book - says unavailable but it\'s free',
      "Hi there\n\nTrying to book Seminar Room 3.14 for an interview on Thursday at 11:00. GoodTime says \"Room could not be "
      "booked\" every time, but the room calendar in Outlook is completely empty that morning and I can book it directly in Outlook "
      "no bother. Other rooms on level 3 book fine.\n\nCheers\nFiona",
      sig=csig('Fiona McAllister', 'Nurse Recruitment Coordinator', 'Nursing Workforce', "St Columba's Hospital, Glasgow G12 0XH", '0141 555 0664'),
      date=D(4, 13, 14, 55, 'uk'), client='outlook-alt', charset='windows-1252')

    E(BUG, FS, '', 'en', AOIFE, 'RE: ED panel 14th - who is chairing?',
      "Thanks Orla, I'll put Dr Byrne down as chair.\n\nAlso while I have the help line on copy - I cancelled two interviews in "
      "goodtime yesterday (candidates withdrew) and the interviewers still have them sitting in their outlook calendars. the "
      "candidates got the cancellation email fine. ids 77410 and 77415. is something broken?\n\nAoife",
      quote=Q('apple', 'Orla Molloy', 'orla.molloy@%s' % DOM, D(4, 1, 16, 40, 'ie'), 'ED panel 14th - who is chairing?',
              "Hi Aoife, for the ED panel on the 14th, is Dr Byrne chairing or is it Sr Kavanagh? Need to know for the room "
              "booking form.\nOrla\n", to='Aoife Brennan <%s>' % AOIFE[1]),
      cc=HELP, to='Orla Molloy <orla.molloy@%s>' % DOM,
      date=D(4, 2, 10, 14, 'ie'), client='apple', tags=['lowercase', 'two-topics'], notes='help line on Cc; bug under unrelated thread')

    E(BUG, FS, '', 'en', CIARAN, "RE: Open evening Limerick \u2013 stand rota",
      "Yes, I can do 17:00-19:00 on the stand.\n\nSeparate thing for the help line (copied): candidate emails are showing names with apostrophes as code. Niamh O'Sullivan's confirmation this morning started "
      "\"Dear Niamh O&#39;Sullivan\". Same for a Mr O'Brien last week. Not the end of the world but it looks very unprofessional, "
      "especially in Ireland where half our candidates are O'Something.\n\nCiarán",
      quote=Q('original', 'Maeve Hogan', 'maeve.hogan@%s' % DOM, D(3, 13, 16, 5, 'ie'), 'Open evening Limerick \u2013 stand rota',
              "Hi all,\n\nRota for the nursing open evening on the 26th attached. Ciar\u00e1n, can you cover the 17:00-19:00 slot "
              "on the recruitment stand?\n\nThanks\nMaeve\n", to='Limerick Recruitment Team', cc=HELP),
      date=D(3, 16, 11, 49, 'ie'), client='plain', charset='windows-1252', cte='8bit', from_enc='raw-cp1252', subj_enc='raw-cp1252',
      mid='none', tags=['misleading-subject'],
      notes='HTML entity in candidate name')

    E(BUG, FS, '', 'en', HARRIET, 'Interviewers getting 3 invites after a reschedule',
      "Hi,\n\nWhenever I reschedule an interview in GoodTime, the interviewers get the updated invite three times (same time, "
      "same link). It's happened on the last five reschedules I've done. One of our consultants has complained. It doesn't "
      "happen on new bookings, only reschedules.\n\nExample interview: 81904 (rescheduled yesterday 15:20).\n\nHarriet",
      sig=csig('Harriet Cole', 'Head of Resourcing (UK)', 'People Directorate', 'Brightwater Health Group HQ, Leeds', '0113 555 0800'),
      date=D(1, 21, 8, 48, 'uk'), client='outlook-html', recv=3)

    E(BUG, FS, '', 'en', PRIYA, 'quick q',
      "Hi, quick q - when I press Reschedule on any interview today I get a red box saying \"Error 500 - Unable to load interview\". "
      "Editing other things works. Nothing urgent today, the next one I need to move is Friday. Is it just me?\n\nP",
      date=D(5, 11, 13, 27, 'uk'), client='owa', tags=['misleading-subject'])

    # ---- German
    E(BUG, FS, '', 'de', LENA, 'Umlaute in Bewerbernamen kaputt',
      "Hallo,\n\nin den Bestätigungsmails an Bewerber werden Umlaute falsch dargestellt, z. B. „Sehr geehrte Frau MÃ¼ller“ "
      "statt Müller, und „GrÃ¼ÃŸe“ in der Signatur. In GoodTime selbst sieht alles richtig aus. Betrifft alle Mails seit "
      "ungefähr letzter Woche.\n\nViele Grüße\nLena",
      date=D(2, 9, 14, 3, 'de'), client='outlook-alt', charset='iso-8859-1', cte='quoted-printable', subj_enc='b-latin1', mid='none',
      notes='mojibake in candidate emails')

    # ---- Spanish
    E(BUG, FS, '', 'es', JORDI, 'El enlace de Teams no llega al candidato',
      "Hola,\n\nDesde el lunes, en las entrevistas online de Barcelona el enlace de Teams aparece en la invitación de los "
      "entrevistadores pero no en la confirmación que recibe el candidato. Lo he comprobado con tres entrevistas "
      "(IDs 65502, 65507 y 65511). Las próximas son la semana que viene, así que de momento les reenvío el enlace a mano.\n\n"
      "Gràcies,\nJordi",
      sig='Jordi Puig\nCentro de Ensayos Clínicos Barcelona',
      quote=Q('fwd-gmail', 'Pau Ribas Soler', 'pau.ribas.soler@gmail.com', D(1, 13, 19, 2, 'es'), 'Entrevista online - sin enlace',
              "Buenas tardes,\n\nHe recibido la confirmación de mi entrevista del día 20 pero no veo ningún enlace para conectarme. "
              "¿Me lo podrían enviar?\n\nUn saludo,\nPau Ribas\n", to='Jordi Puig <%s>' % JORDI[1], lang='es'),
      date=D(1, 14, 12, 25, 'es'), client='gmail', cte='base64')

    # ---- French
    E(BUG, FS, '', 'fr', HELENE, 'Rappels envoyés à 3h du matin',
      "Bonjour,\n\nDepuis le passage à l'heure d'été, les rappels automatiques aux candidats partent à 3h du matin au lieu de "
      "18h la veille. Deux candidates me l'ont fait remarquer (l'une a été réveillée par la notification...). Le réglage n'a "
      "pas changé de notre côté.\n\nCordialement,\nHélène Garnier",
      sig=csig('Hélène Garnier', 'Coordinatrice recrutement', 'Centre d\'essais cliniques Lille', '2 avenue Oscar Lambret, 59000 Lille',
               '+33 3 20 55 61 70', lang='fr'),
      date=D(4, 8, 9, 12, 'fr'), client='outlook-html', charset='iso-8859-1', subj_enc='raw-utf8')

    E(BUG, FS, '', 'fr', THIBAULT, 'écran blanc sur la page des disponibilités',
      "Salut,\n\nDepuis ce matin, quand j'ouvre les disponibilités d'un candidat dans GoodTime, j'ai juste une page blanche. "
      "Testé sur Chrome et Firefox, même chose. Rien d'urgent aujourd'hui mais j'ai trois entretiens à caler cette semaine.\n\n"
      "Capture jointe.\n\nThibault",
      attach=[att('png', 'capture_ecran.png', seed=41)],
      date=D(5, 5, 10, 41, 'fr'), client='gmail', subj_enc='q-utf8')

    # ---- Portuguese
    E(BUG, FS, '', 'pt', RUI, 'Convites duplicados para os entrevistadores',
      "Olá,\n\nDesde ontem, os entrevistadores do centro de Lisboa estão a receber cada convite do GoodTime em duplicado "
      "(dois eventos iguais no calendário). Os candidatos recebem só um email. Já aconteceu em pelo menos quatro entrevistas "
      "(IDs 70321, 70324, 70330, 70331).\n\nCumprimentos,\nRui Antunes",
      sig=csig('Rui Antunes', 'Técnico de Recrutamento', 'Centro de Ensaios Clínicos de Lisboa', '1649-035 Lisboa', '+351 21 780 5530', lang='pt'),
      date=D(3, 25, 16, 8, 'pt'), client='outlook-alt', charset='iso-8859-1', cte='base64')


def form_mailer_availability_bug():
    """Power Automate flow that posts a Microsoft Forms answer to the help line."""
    dt = D(3, 27, 11, 16, 'uk')
    tags = ['form-mailer', 'auto-submitted', 'outlook-html-only', 'dkim-arc-authres', 'received-6']
    html_ = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>\n'
             '<p style="font-family:Segoe UI,sans-serif;font-size:14px"><b>New response: GoodTime problem report</b></p>\n'
             '<p style="font-family:Segoe UI,sans-serif;font-size:14px">Responder: Zofia Kowalczyk (zofia.kowalczyk@%s)<br>\n'
             'Site: Brightwater Belfast City<br>\n'
             'What kind of problem is it?: Something isn&#39;t working<br>\n'
             'Is an interview blocked right now?: No<br>\n'
             'Describe the problem: Candidate Aisling Quinn (Band 5 Theatres) says she submitted her availability on Tuesday '
             'evening through the link in our email and got the &quot;Thanks, we&#39;ve received your availability&quot; page. '
             'Nothing has appeared in GoodTime, it still says awaiting response. I sent her the request again yesterday and the '
             'same thing happened. Her interview needs to be next week.<br>\n'
             'Candidate / interview ID: 84417</p>\n'
             '<p style="font-family:Segoe UI,sans-serif;font-size:11px;color:#666">This email was generated by a Power Automate flow '
             '(GoodTime Help - Forms intake). Do not reply.</p>\n</body></html>\n') % DOM
    part = leaf('text/html', html_.encode('utf-8'), charset='utf-8', cte='base64', tags=tags)
    ip = '40.107.%d.%d' % (R.randint(1, 250), R.randint(1, 250))
    hs = received_external(dt, 6, 'EUR03-AM7-obe.outbound.protection.outlook.com', ip,
                           first='from PR3P193MB0736.EURP193.PROD.OUTLOOK.COM (2603:10a6:102:4b::9)\n by AM9P193MB1025.EURP193.PROD.OUTLOOK.COM with Microsoft SMTP Server\n id 15.20.8722.11; %s' % rfcdate(utc(dt)))
    hs += authres('microsoft.com', ip) + arc('microsoft.com', ip)
    hs += [dkim('microsoft.com', 'selector2', 'From:Date:Subject:Message-ID:Content-Type:MIME-Version'),
           ('From', 'Microsoft Power Automate <maccount@microsoft.com>'), ('To', HELP),
           ('Reply-To', 'zofia.kowalczyk@%s' % DOM),
           ('Subject', 'New response: GoodTime problem report - Zofia Kowalczyk'),
           ('Date', rfcdate(dt)), ('Message-ID', msgid('exchange')),
           ('Auto-Submitted', 'auto-generated'), ('X-Auto-Response-Suppress', 'All'), ('X-MS-Exchange-Organization-AuthAs', 'Anonymous'),
           ('MIME-Version', '1.0')]
    X(BUG, FORM, '', 'en', hs, part, tags, 'Power Automate form robot; availability not appearing')


# =====================================================================================
# SCHEDULING BLOCKERS (18)
# =====================================================================================
def blockers():
    E(BLOCK, FS, '', 'en', AOIFE, 'candidate in reception NOW - no interviewer',
      "candidate for the 10:30 ICU interview is sitting in reception at St Brendan's. goodtime has it booked with Dr Okafor "
      "who is on annual leave this week (it's in his calendar!!). i tried to swap in someone from the pool and it says no "
      "interviewers available. can someone help asap",
      date=D(3, 17, 10, 24, 'ie'), client='iphone', mobile=True, tags=['terse', 'lowercase'])

    E(BLOCK, FS, '', 'en', FIONA, 'Panel in 15 mins - candidate has no Teams link',
      "Hi,\n\nBand 6 Renal panel starts at 14:00 (15 minutes). The candidate's confirmation has no Teams link in it at all, "
      "and when I try to resend it from GoodTime it just spins. Panel members have the link on their invites. Interview ID 86120.\n\n"
      "I'm going to email her the link from one of the panel invites as a stopgap but need this sorted - can someone look now?\n\nFiona",
      date=D(4, 21, 13, 45, 'uk'), client='outlook-alt', importance='high', charset='windows-1252')

    E(BLOCK, FS, '', 'en', SIOBHAN, 'self schedule link shows nothing - candidate on phone with me',
      "Have a candidate on the phone right now who can only do today (flying out tomorrow). Sent her the self-scheduling link "
      "for the Band 5 phone screen and it says no times available, but Sr Hegarty and Sr Cronin both have the whole afternoon "
      "free in their calendars. Please help - what do I do??",
      date=D(2, 25, 11, 52, 'ie'), client='iphone', mobile=True)

    E(BLOCK, FS, '', 'en', DANIEL, 'Interviewer off sick - 3 candidates this afternoon, swap failing',
      "Hi,\n\nOur interviewer for this afternoon's HCA interviews (13:00, 14:00, 15:00) has just phoned in sick. I'm trying to "
      "replace her with Kelly Ashton, who is free and in the same pool, but GoodTime gives \"Unable to update interview - "
      "please try again\" every time. First candidate arrives in about 40 minutes. IDs 79001, 79002, 79003.\n\nDan",
      date=D(1, 23, 12, 19, 'uk'), client='outlook-mobile', mobile=OUTLOOK_MOBILE['en'])

    E(BLOCK, FS, '', 'en', SEUN, 'URGENT!!! CANDIDATE WAITING ON ZOOM - INTERVIEW SHOWS CANCELLED',
      "THE CANDIDATE HAS BEEN IN THE ZOOM WAITING ROOM FOR 10 MINUTES. GOODTIME SAYS THE INTERVIEW IS CANCELLED BUT NOBODY "
      "CANCELLED IT!!! THE INTERVIEWER NEVER GOT A LINK. I CANNOT GET HOLD OF ANYONE. PLEASE CALL ME ON 07700 900418.\n\n"
      "Seun",
      date=D(2, 4, 19, 10, 'uk'), client='outlook-html', importance='high', tags=['angry-caps'], recv=3)

    E(BLOCK, FS, '', 'en', EMMA, 'Itineraries won\'t send - assessment day starts 8am tomorrow',
      "Hi,\n\nI've got six candidates coming in for the HCA assessment day at 8am tomorrow and GoodTime won't send any of their "
      "itineraries - I press send and get \"Failed to send email\". They don't yet have the address or parking details. It's "
      "20:40 now and I'd really like them to have it tonight.\n\nIDs: 91200-91205.\n\nThanks,\nEmma",
      date=D(3, 9, 20, 41, 'uk'), client='outlook-alt', smart=True)

    E(BLOCK, FS, '', 'en', RACHEL, 'RE: Reschedule failing - candidate needs 14:00 today',
      "Still stuck on this one. The candidate can only do 14:00 today instead of 11:00 (childcare fell through), the panel are "
      "all free at 14:00, but every time I reschedule in GoodTime it errors. It's 10:20 now so if I can't move it in the next "
      "half hour I'll lose the panel.\n\nRachel",
      quote=Q('original', 'Rachel Kerr', RACHEL[1], D(2, 27, 9, 58, 'uk'), 'Reschedule failing - candidate needs 14:00 today',
              "Hi, trying to move interview 84331 from 11:00 to 14:00 today and GoodTime says \"Reschedule failed\". Any ideas?\nRachel\n"),
      date=D(2, 27, 10, 21, 'uk'), client='outlook-alt')

    E(BLOCK, FS, '', 'en', HARRIET, 'Room double booked - candidate arriving in 10 minutes',
      "The room GoodTime booked for the 11:30 Matron interview (Room G.07, Leeds) is occupied by a governance meeting that's "
      "been in there since 9. Their booking is in the room calendar too, so GoodTime double-booked it. Candidate arrives in 10 "
      "minutes and there are three panel members walking over. Can GoodTime find us another room right now?\n\nHarriet",
      date=D(5, 13, 11, 19, 'uk'), client='owa', importance='high')

    E(BLOCK, FS, '', 'en', GRAINNE, 'Candidate joined an hour early and is waiting',
      "Hi - our candidate from Dublin joined the Teams call at 09:00 as per her confirmation, but the panel's invites say "
      "10:00. She's sitting in the lobby of the call now. I've messaged her but the panel chair wants to know which time is "
      "actually right in GoodTime before we do anything - can someone check interview 80977 urgently?\n\nGráinne",
      attach=[att('ics', 'invite.ics', data=ics_text('REQUEST', 'Interview - Registrar, Emergency Medicine', D(3, 30, 10, 0, 'ie', s=0), 45,
                  ('GoodTime Scheduling', 'scheduling@' + DOM), [('Dr Eoin Walsh', 'eoin.walsh@' + DOM)]).encode())],
      date=D(3, 30, 9, 8, 'ie'), client='outlook-alt', charset='utf-8', from_enc=('split', [4, 9], 'utf-8', 'B'))

    E(BLOCK, FS, '', 'en', KWAME, 'Can\'t get into the interview - starts in 5 min',
      "I'm chairing the 15:00 panel and the \"Join interview\" link in my GoodTime invite takes me to a page saying "
      "\"This interview is no longer available\". The other two panel members get the same. Candidate is presumably waiting. "
      "What link do we use??\n\nKwame\nWard 14",
      date=D(4, 16, 14, 55, 'uk'), client='iphone', mobile=True)

    E(BLOCK, FS, '', 'en', PRIYA, 'Fwd: Can\'t join my interview',
      "Can someone help with this one asap please - interview is at 10:00 (in 12 mins) and I'm on the ward with no laptop. "
      "Candidate says the link is dead.",
      quote=Q('fwd-apple', 'Tomasz Nowak', 'tomasz.nowak.rn@outlook.com', D(1, 30, 9, 44, 'uk'), "Can't join my interview",
              "Dear Priya,\n\nI am trying to join my 10:00 interview for the Staff Nurse post but the link in my confirmation email "
              "says \"meeting not found\". Could you send me a new link please?\n\nBest regards\nTomasz Nowak\n",
              to='Priya Raman <%s>' % PRIYA[1]),
      date=D(1, 30, 9, 48, 'uk'), client='iphone', mobile=True)

    E(BLOCK, FS, '', 'en', ZOFIA, 'no interviewer!! goodtime says Dr Patel, Dr Patel on leave',
      "candidate here for 2pm, goodtime says its with Dr Patel but Dr Patel is on leave til monday. pool shows nobody else free "
      "even though Dr Hughes is sitting beside me and his calendar is empty. help",
      date=D(5, 8, 13, 57, 'uk'), client='iphone', mobile=True, tags=['terse', 'lowercase', 'typos'])

    E(BLOCK, FS, '', 'en', CIARAN, 'Candidate at the desk, GoodTime has no room',
      "Hi,\n\nCandidate for the 12:00 Physio interview has just arrived at the Limerick front desk. The interview shows in "
      "GoodTime with no room attached at all (it definitely had Meeting Room 2 when I booked it on Monday) and the room "
      "calendar shows free. I can't add the room back - the room picker is empty. What do I do?\n\nCiarán",
      date=D(2, 11, 11, 58, 'ie'), client='outlook-html', from_enc='q-latin1', charset='windows-1252')

    # ---- German
    E(BLOCK, FS, '', 'de', KATHARINA, 'DRINGEND: Bewerberin wartet – Teams-Link funktioniert nicht',
      "Hallo,\n\ndie Bewerberin für die Study-Nurse-Stelle sitzt seit 10:00 im Teams-Wartebereich, aber der Link in der "
      "GoodTime-Einladung der Interviewer führt zu „Besprechung nicht gefunden“. Das Gespräch hätte vor 5 Minuten beginnen "
      "sollen. Interview-ID 55210. BITTE UM SOFORTIGE HILFE!!!\n\nKatharina Müller",
      date=D(3, 19, 10, 5, 'de'), client='outlook-html', charset='utf-8', subj_enc='b-utf8', importance='high', recv=4,
      tags=['angry-caps'])

    # ---- Spanish
    E(BLOCK, FS, '', 'es', NURIA, 'Candidata en recepción y sin sala',
      "Hola, la candidata de las 11:00 ya está en recepción y en GoodTime la entrevista aparece sin sala (ayer tenía la Sala "
      "Goya). No me deja asignar ninguna. Los entrevistadores están esperando. ¿Qué hago??",
      date=D(4, 28, 10, 57, 'es'), client='iphone', mobile=True, subj_enc='raw-utf8', from_enc='raw-utf8')

    E(BLOCK, FS, '', 'es', ALEJANDRO, 'URGENTE - no puedo cambiar al entrevistador, empieza en 20 min',
      "Buenos días,\n\nEl Dr. Morales no puede hacer la entrevista de las 12:30 (urgencia en planta). Intento sustituirle por "
      "la Dra. Ramos en GoodTime, que está libre y en el mismo grupo, pero me da un error y no guarda el cambio. La entrevista "
      "empieza en 20 minutos. ID 61188.\n\nAlejandro",
      date=D(2, 23, 12, 10, 'es'), client='gmail', importance='high')

    # ---- French
    E(BLOCK, FS, '', 'fr', AMELIE, 'Entretien dans 10 min - pas de lien Teams pour la candidate',
      "Bonjour,\n\nEntretien à 14h30 (dans 10 minutes) pour le poste d'ARC. La candidate n'a aucun lien Teams dans sa "
      "confirmation et le bouton « Renvoyer » de GoodTime ne fait rien. Les membres du jury ont bien le lien de leur côté. "
      "Pouvez-vous m'aider tout de suite ?\n\nAmélie",
      date=D(1, 16, 14, 20, 'fr'), client='outlook-alt', charset='windows-1252', importance='high')

    # ---- Portuguese
    E(BLOCK, FS, '', 'pt', CONCEICAO, 'Candidato à espera na receção - entrevistadora sem convite',
      "Bom dia,\n\nO candidato das 9h30 já está na receção do centro de Lisboa. A Dra. Tavares diz que não recebeu convite "
      "nenhum e no GoodTime a entrevista aparece com ela como entrevistadora. Tentei reenviar o convite mas dá erro. "
      "Pode alguém ajudar já?\n\nConceição",
      date=D(3, 13, 9, 33, 'pt'), client='outlook-html', from_enc='b-utf8', subj_enc='raw-utf8', charset='utf-8')


# =====================================================================================
# FEATURE REQUESTS (18)
# =====================================================================================
def features():
    E(FEAT, PB, '', 'en', PRIYA, 'URGENT - GoodTime needs a bulk reschedule!!',
      "Hi,\n\nOK maybe not urgent-urgent, but I'm at the end of my tether. When an assessment day moves (which happens every "
      "time the education centre gets double-booked), I have to reschedule 12 candidates one by one in GoodTime. It took me most "
      "of yesterday afternoon.\n\nCould GoodTime please add a way to move a whole day's worth of interviews to a new date in one "
      "go, with one email to each candidate? I can't be the only one who wants this.\n\nPriya",
      date=D(2, 19, 8, 14, 'uk'), client='outlook-alt', importance='high', tags=['misleading-subject'],
      notes='URGENT subject over a feature wish')

    E(FEAT, PB, '', 'en', RHYS, 'Suggestion: link GoodTime to the e-roster',
      "Hi,\n\nFurther to my earlier question, I gather GoodTime can't see our rosters. I'd like to put in a request: it would "
      "make a big difference if GoodTime could read HealthRoster (or any rostering system) so nurses on nights, long days or "
      "leave are automatically blocked out. Right now ward staff get offered interview slots the morning after a night shift.\n\n"
      "Across our sites that's several hundred nurse interviewers who don't use Outlook for their shifts.\n\nRegards\nRhys",
      sig=csig('Rhys Llewellyn', 'Medical Staffing Manager', 'Workforce Directorate', 'Brightwater Cardiff', '029 2055 0301'),
      date=D(3, 2, 9, 41, 'uk'), client='outlook-html', charset='windows-1252')

    E(FEAT, PB, '', 'en', ZOFIA, 'text message reminders pls',
      "would be grate if goodtime could send candidates a text reminder aswell as the email, half our HCA candidates dont "
      "read there emails. whatsapp even better lol",
      date=D(4, 1, 18, 2, 'uk'), client='iphone', mobile=True, tags=['terse', 'lowercase', 'typos'])

    E(FEAT, PB, '', 'en', SINEAD, 'Request: group sessions for assessment days',
      "Hi,\n\nThanks for confirming GoodTime can't put several candidates in one session at the moment. Could we ask for it as a "
      "feature? Our HCA and student nurse assessment days have 10-12 candidates in one group exercise followed by individual "
      "interviews, and we run about two a month across the Irish sites. At the moment we book the group bit in Outlook and only "
      "the individual interviews in GoodTime, which means two sets of emails for candidates.\n\nSinéad",
      quote=Q('outlook', 'Karen Doherty', HELPDESK_ANSWERER[1], D(1, 30, 11, 5, 'ie'), 'RE: Assessment day - several candidates in one session',
              "Hi Sinéad,\n\nI've checked with GoodTime Support and at the moment each candidate has their own interview; there isn't a "
              "way to put several candidates into one session. If it's something you'd like to see, it's worth suggesting it.\n\n"
              "Karen\nGoodTime Help Line | People Systems\n", to='Sinéad Walsh <%s>' % SINEAD[1]),
      date=D(2, 2, 10, 22, 'ie'), client='outlook-alt', charset='utf-8', from_enc='q-utf8')

    E(FEAT, PB, '', 'en', DEEPA, 'Fwd: GoodTime on the ward PCs',
      "Passing this on from Sr Jackson - I agree with her, for what it's worth.\n\nDeepa",
      quote=Q('fwd-apple', 'Carol Jackson', 'carol.jackson@%s' % DOM, D(1, 26, 14, 10, 'uk'), 'GoodTime on the ward PCs',
              "Deepa,\n\nCan you pass this to whoever looks after GoodTime? Not a problem as such, but a lot of us use GoodTime on the ward PCs which have tiny screens, and the text is really "
      "small. A zoom setting or a high-contrast/dark mode in GoodTime would help several of our older colleagues a lot (and the "
              "night staff).\n\nCarol\n", to='Deepa Nair <%s>' % DEEPA[1]),
      date=D(1, 26, 20, 35, 'uk'), client='apple')

    E(FEAT, PB, '', 'en', KWAME, 'Idea: let hiring managers accept slots from their phone',
      "Hi,\n\nAs a ward manager I'm rarely at a desk. It would be really handy if GoodTime had a proper phone app (or a "
      "mobile-friendly page) where I could see the interviews I'm on, accept or swap them, and see the candidate's details "
      "before I walk in. At the moment I have to wait until I'm back at a PC.\n\nKwame",
      date=D(3, 18, 13, 11, 'uk'), client='outlook-mobile', mobile=OUTLOOK_MOBILE['en'])

    E(FEAT, PB, '', 'en', HAMZA, 'Cancellation reasons',
      "Hi,\n\nSuggestion for GoodTime: when we cancel an interview, it would be useful to pick a reason from a list (candidate "
      "withdrew, interviewer unavailable, post put on hold, etc.) and have that show up in the reports. At the moment we can see "
      "how many cancellations there are but not why, and the workforce committee keeps asking.\n\nHamza",
      date=D(4, 24, 15, 3, 'uk'), client='outlook-alt', attach=[att('winmail', seed=5)])

    E(FEAT, PB, '', 'en', JO, 'Show band + ward in interviewer picker?',
      "Hiya - small wish: when I'm choosing interviewers from a pool, it only shows names. Could it also show their band and "
      "ward/department? We have three Sarah Kellys in Leeds alone and I keep having to look them up.\n\nJo",
      date=D(2, 27, 14, 17, 'uk'), client='owa', tags=['terse'])

    E(FEAT, PB, '', 'en', MARCUS, 'Feature request: scheduled CSV export of interviewer load',
      "Hello,\n\nA request I'd like passed on to GoodTime. Each month I manually export interviewer load data and merge it into "
      "the workforce dashboard. It would save a lot of effort if GoodTime could:\n\n"
      "  a) schedule a recurring CSV export (e.g. 1st of each month) to an SFTP location or e-mail address; and\n"
      "  b) include the interviewer's employee number, so we can join it to ESR without name matching.\n\n"
      "Happy to provide more detail to GoodTime's product people if useful.\n\nRegards,\nMarcus",
      sig=csig('Marcus Webb', 'Recruiting Systems Analyst', 'People Systems & Analytics', 'Brightwater Health Group HQ, Wellington Place, Leeds LS1 4AP',
               '0113 555 0871', disc=False),
      date=D(1, 12, 11, 30, 'uk'), client='thunderbird')

    E(FEAT, PB, '', 'en', AOIFE, 'accessibility note from candidates',
      "hi, would it be possible for GoodTime to let candidates add a note when they pick their slot - e.g. \"need step-free "
      "access\" or \"will bring an interpreter\"? had two candidates this month who had to ring us to say this and it got lost. "
      "just an idea\n\nAoife",
      date=D(5, 1, 15, 44, 'ie'), client='iphone', mobile=True, tags=['lowercase'])

    form_mailer_feature()

    E(FEAT, PB, '', 'en', LAUREN, 'Outlook add-in for GoodTime?',
      "Hi,\n\nOne for the wish list: our HR partners and EAs live in Outlook. An Outlook add-in where we could see a candidate's "
      "GoodTime schedule, or start a scheduling request from an e-mail thread, would save a lot of switching between windows. "
      "Is that something we could ask GoodTime for?\n\nThanks,\nLauren",
      sig=csig('Lauren Fitzgerald', 'HR Business Partner - Nursing & Midwifery', 'People Directorate', 'Brightwater St Brendan\'s Hospital, Dublin 2',
               '+353 1 555 0248'),
      date=D(3, 27, 16, 6, 'ie'), client='outlook-html', charset='windows-1252', recv=5, auth=True)

    E(FEAT, PB, '', 'en', PADRAIG, 'Irish-language candidate templates - request',
      "Hi,\n\nFollowing up on my question about emails as Gaeilge: could we request Irish-language (or bilingual) candidate "
      "email templates from GoodTime? For public-facing roles in Gaeltacht areas it is expected, and I suspect Welsh colleagues "
      "in Cardiff would want the same.\n\nGo raibh maith agat,\nPádraig",
      quote=Q('gmail', 'Karen Doherty', HELPDESK_ANSWERER[1], D(5, 8, 9, 40, 'ie'), 'Re: Candidate emails as Gaeilge?',
              "Hi Pádraig,\n\nAs far as we can tell the candidate templates are English-only for now. I've asked GoodTime Support to "
              "confirm.\n\nKaren\n"),
      date=D(5, 8, 11, 3, 'ie'), client='gmail', from_enc='b-utf8')

    # ---- German
    E(FEAT, PB, '', 'de', ANJA, 'Wunsch: Kalenderansicht je Studienzentrum',
      "Hallo,\n\nein Verbesserungswunsch für GoodTime: Es wäre super, wenn man eine Kalenderansicht aller geplanten Interviews "
      "eines Studienzentrums auf einen Blick hätte (Woche/Monat), gefiltert nach Standort. Aktuell muss ich jede Stelle einzeln "
      "öffnen, um zu sehen, was in München los ist.\n\nDanke!\nAnja",
      date=D(3, 10, 16, 20, 'de'), client='outlook-alt', charset='iso-8859-1')

    # ---- Spanish
    E(FEAT, PB, '', 'es', MJOSE, 'Propuesta: duplicar una entrevista para otro candidato',
      "Hola,\n\nUna sugerencia: cuando tengo varios candidatos para el mismo puesto con el mismo tribunal, sería muy útil poder "
      "«duplicar» una entrevista ya montada y asignarla a otro candidato, en lugar de configurarla desde cero cada vez.\n\n"
      "Un saludo,\nMaría José",
      date=D(4, 20, 13, 40, 'es'), client='outlook-html', charset='iso-8859-1', from_enc='q-latin1')

    # ---- French
    E(FEAT, PB, '', 'fr', CELINE, 'Suggestion : rappel SMS aux candidats',
      "Bonjour,\n\nSerait-il possible de demander à GoodTime d'ajouter des rappels par SMS en plus des e-mails ? Beaucoup de "
      "nos candidats consultent peu leur messagerie et nous avons eu trois absences ce mois-ci.\n\nBonne journée,\nCéline",
      date=D(5, 6, 9, 17, 'fr'), client='gmail', subj_enc='b-utf8')

    # ---- Portuguese
    E(FEAT, PB, '', 'pt', INES, 'Fwd: Sugestão: feriados municipais no GoodTime',
      "Olá,\n\nReencaminho uma sugestão da Dra. Rosa Melo que acho que faz todo o sentido. Podem fazê-la chegar à GoodTime?\n\nInês",
      quote=Q('fwd-gmail', 'Rosa Melo', 'rosa.melo@%s' % DOM, D(5, 13, 17, 40, 'pt'), 'Sugestão: feriados municipais no GoodTime',
              "Olá Inês,\n\nSugestão para a GoodTime: seria ótimo poder definir feriados locais por centro (no Porto o São João, em Lisboa "
      "o Santo António), para que o GoodTime não proponha entrevistas nesses dias. Todos os anos alguém marca uma entrevista "
      "no dia 24 de junho.\n\nObrigada,\nRosa\n", to='Inês Carvalho <%s>' % INES[1], lang='pt'),
      date=D(5, 14, 11, 9, 'pt'), client='gmail', cte='base64')

    E(FEAT, PB, '', 'pt', GONCALO, 'GoodTime em português?',
      "Bom dia,\n\nSeria possível pedir à GoodTime uma versão da interface em português? Alguns dos nossos investigadores "
      "têm dificuldade com os menus em inglês e acabam por pedir tudo à coordenação.\n\nCumprimentos,\nGonçalo Pires",
      sig=csig('Gonçalo Pires', 'Coordenador de Operações', 'Centro de Ensaios Clínicos do Porto', 'Rua Dr. Plácido da Costa, 4200-450 Porto',
               '+351 22 551 3300', lang='pt'),
      date=D(2, 10, 10, 29, 'pt'), client='outlook-html', charset='windows-1252', from_enc='raw-cp1252', subj_enc='raw-cp1252')


def form_mailer_feature():
    """Jotform-style idea box used by the clinical-trial sites, posted to the help line."""
    dt = D(1, 21, 22, 47, 'uk')
    tags = ['form-mailer', 'auto-submitted', 'multipart-alt-form', 'received-7', 'dkim-authres']
    text = ("GoodTime idea box - new submission\n\n"
            "Your name: Helen Barraclough\n"
            "Your email: helen.barraclough@%s\n"
            "Team: Medical Staffing (Group)\n"
            "Your idea: For the August doctor rotation we schedule 150+ short interviews in two weeks. It would help enormously "
            "if GoodTime could show a 'capacity view' - how many interview slots each pool can still offer in a given week - before "
            "we send out self-scheduling links, so we don't send links that turn out to have no slots.\n"
            "How often does this affect you?: Every intake (twice a year)\n\n"
            "--\nSent via Jotform. You are receiving this because you are listed as a notification recipient.\n") % DOM
    tp = leaf('text/plain', text.encode(), charset='utf-8', cte='7bit')
    hh = '<html><body><table>' + ''.join('<tr><td>%s</td></tr>' % esc(l) for l in text.split('\n')) + '</table></body></html>\n'
    hp = leaf('text/html', hh.encode(), charset='utf-8', cte='quoted-printable')
    part = multi('alternative', [tp, hp], bnd('x'))
    ip = '104.22.%d.%d' % (R.randint(1, 250), R.randint(1, 250))
    hs = received_external(dt, 7, 'mx-out-3.jotform.com', ip)
    hs += authres('jotform.com', ip)
    hs += [dkim('jotform.com', 'jf2', 'From:Reply-To:To:Subject:Date:Message-ID:MIME-Version:Content-Type'),
           ('From', 'Jotform <noreply@jotform.com>'), ('Reply-To', 'helen.barraclough@%s' % DOM), ('To', HELP),
           ('Subject', 'Re: GoodTime idea box - Helen Barraclough'), ('Date', rfcdate(dt)),
           ('Message-ID', '<%s@jotform.com>' % hexs(32, False)),
           ('Auto-Submitted', 'auto-generated'), ('X-Auto-Response-Suppress', 'All'), ('Precedence', 'bulk'),
           ('MIME-Version', '1.0')]
    X(FEAT, FORM, '', 'en', hs, part, tags, 'form robot carrying a feature idea; misleading Re:')


# =====================================================================================
# ESCALATIONS (18; 3 also report a live fault)
# =====================================================================================
def escalations():
    E(ESC, CSM, '', 'en', HELEN, 'Additional GoodTime licences - Limerick site opening',
      "Dear GoodTime Help Line,\n\nBrightwater Limerick opens its new day-surgery unit in June and we are recruiting a dedicated "
      "team for it. We will need 15 additional GoodTime seats for the coordinators and recruiters joining from May, plus interviewer "
      "access for roughly 60 clinical staff.\n\nCould you please take this up with GoodTime and let me know the cost implications "
      "under our current agreement? Finance need a figure by the end of the month for the business case.\n\nKind regards,\n\nHelen",
      sig=csig('Helen Barraclough', 'Head of Medical Staffing (Group)', 'People Directorate', 'Brightwater Health Group HQ, Wellington Place, Leeds LS1 4AP',
               '0113 555 0802', extra=['PA: Niamh Clarke - 0113 555 0803']),
      date=D(4, 3, 10, 12, 'uk'), client='outlook-html', charset='windows-1252', recv=5, auth=True, notes='seats / licences')

    E(ESC, CSM, '', 'en', CONOR, 'GoodTime contract renewal - June 2026',
      "Hello,\n\nOur GoodTime subscription is due for renewal on 30 June 2026. Procurement will need the renewal quote, any "
      "proposed price changes and the updated order form by 15 May to get it through the Irish and UK approval cycles.\n\n"
      "Could you confirm who on the GoodTime side handles renewals for our account, and put them in touch with me? We would also "
      "like to discuss moving to a three-year term.\n\nRegards,\nConor Byrne",
      sig=csig('Conor Byrne', 'Category Manager - Digital & IT', 'Group Procurement', 'Brightwater Health, Block 4, Harcourt Centre, Dublin 2',
               '+353 1 555 0611'),
      attach=[att('pdf', 'GoodTime_OrderForm_2023-2026_signed.pdf', lines=['GoodTime Inc. - Order Form', 'Customer: Brightwater Health',
                                                                          'Term: 1 July 2023 - 30 June 2026', 'Licensed users: 180',
                                                                          'Renewal: by mutual agreement, 60 days notice'])],
      date=D(3, 5, 14, 26, 'ie'), client='outlook-alt', charset='windows-1252', notes='renewal')

    training_invite_escalation()

    E(ESC, CSM, '', 'en', HARRIET, 'GoodTime adoption - coordinators going back to Outlook',
      "Hi,\n\nSorry, this is a long one. I wanted to raise a wider concern rather than a single problem. Over the last two months, more and more of our "
      "coordinators (especially at Manchester and Bristol) have quietly gone back to booking interviews by hand in Outlook. "
      "When I ask why, I hear the same things: GoodTime \"doesn't know about shifts\", it's slower for assessment days, and "
      "nobody has had proper training since go-live.\n\nOur time-to-interview figure has got worse since January, not better. "
      "I don't think this is something Support can fix ticket by ticket. I'd like a proper conversation with GoodTime about how "
      "we get this back on track - ideally a review of how we're set up and a plan.\n\nHarriet",
      sig=csig('Harriet Cole', 'Head of Resourcing (UK)', 'People Directorate', 'Brightwater Health Group HQ, Leeds', '0113 555 0800'),
      date=D(4, 17, 17, 51, 'uk'), client='outlook-html', tags=['rambling'], notes='overall complaint about adoption')

    E(ESC, CSMFS, '', 'en', SIOBHAN, 'Reminders STILL NOT WORKING - 4th time reporting!!!',
      "Hi,\n\nI'm sorry but I need this escalated properly. The Cork candidate reminders have stopped again - nothing went out "
      "last night for today's eight interviews, and we've already had one no-show this morning. This is the fourth time since "
      "February (I reported it on 20 March, 2 April and 16 April). Each time it gets \"fixed\" and then stops again a week later. "
      "THIS IS THE FOURTH TIME AND CANDIDATES ARE NOT TURNING UP.\n\n"
      "Can someone with some clout at GoodTime look at why this keeps happening? And can someone check today's reminders in the "
      "meantime - I have four more candidates this afternoon.\n\nSiobhan",
      sig=csig('Siobhan Murphy', 'Nurse Recruitment Coordinator', 'Nursing Workforce', 'Brightwater Cork, Wilton Road, Cork T12 DC4A', '+353 21 555 0412', disc=False),
      date=D(4, 28, 10, 37, 'ie'), client='outlook-alt', importance='high', tags=['angry-caps'], notes='recurring unresolved + live fault today')

    E(ESC, CSM, '', 'en', GARETH, 'Centralised scheduling hub from July - GoodTime workflow',
      "Dear all,\n\nAs you may have heard, from 1 July we are moving interview scheduling for all nursing and AHP roles in the "
      "UK into a single central scheduling hub in Leeds, rather than each site's coordinators doing their own. This is a significant "
      "process change.\n\nBefore we finalise the operating model I would like GoodTime's input on how the hub should be set up "
      "(roles, templates, pools per site, how hiring managers request interviews) and what other customers have done. Could you "
      "arrange a working session with GoodTime in May? Please copy Harriet Cole and Marcus Webb.\n\nBest wishes,\nGareth",
      sig=csig('Gareth Pugh', 'Director of Workforce', 'Brightwater Health', 'Group HQ, Wellington Place, Leeds LS1 4AP', '0113 555 0700',
               extra=['Executive Assistant: Sam Hirst - 0113 555 0701']),
      cc='Harriet Cole <%s>; Marcus Webb <%s>' % (HARRIET[1], MARCUS[1]),
      date=D(4, 22, 8, 3, 'uk'), client='outlook-html', charset='windows-1252', recv=6, auth=True, notes='process change')

    E(ESC, CSM, '', 'en', MARCUS, 'Merging UK and Ireland GoodTime accounts',
      "Hello,\n\nFollowing the group restructure, Brightwater Health Ireland CLG and Brightwater Health UK now share one People "
      "function. We currently have two separate GoodTime accounts (UK and IE), which means duplicate templates, two sets of "
      "pools and no combined reporting.\n\nWe would like to understand what is involved in consolidating into a single account: "
      "data migration, SSO changes, impact on the contract and licence counts, and timescales. This needs a conversation with "
      "GoodTime at account level rather than a support ticket.\n\nRegards,\nMarcus",
      sig=csig('Marcus Webb', 'Recruiting Systems Analyst', 'People Systems & Analytics', 'Brightwater Health Group HQ, Wellington Place, Leeds LS1 4AP',
               '0113 555 0871'),
      date=D(2, 16, 13, 2, 'uk'), client='outlook-alt', charset='windows-1252', notes='account matter')

    E(ESC, CSM, '', 'en', DECLAN, 'FW: GoodTime invoice INV-2026-0412 - PO number missing',
      "Hi GoodTime team,\n\nForwarding the below. The invoice can't be paid without our PO number on it, and our supplier "
      "record shows the wrong billing entity (UK instead of the Irish company). Could you get the account contact at GoodTime to "
      "reissue it correctly? It's now 30 days overdue on their side.\n\nThanks,\nDeclan",
      sig=csig('Declan Moriarty', 'Accounts Payable Team Lead', 'Finance Shared Services', 'Brightwater Health, Dublin 2', '+353 1 555 0655'),
      quote=Q('fwd-outlook', 'Accounts Payable', 'ap@' + DOM, D(4, 14, 15, 12, 'ie'), 'Invoice on hold - INV-2026-0412 (GoodTime Inc.)',
              "Invoice INV-2026-0412 from GoodTime Inc. (EUR 48,600.00) has been placed ON HOLD.\n\nReason: No valid purchase order "
              "number quoted. Billing entity does not match supplier master data.\n\nPlease contact the supplier and request a "
              "corrected invoice quoting PO 4500219873.\n\nFinance Shared Services\n", to='Declan Moriarty <%s>' % DECLAN[1]),
      attach=[att('pdf', 'INV-2026-0412.pdf', lines=['GoodTime Inc.', 'INVOICE INV-2026-0412', 'Bill to: Brightwater Health UK Ltd',
                                                      'Annual subscription - GoodTime Hire (Enterprise)', 'Amount due: EUR 48,600.00',
                                                      'PO: ----', 'Due date: 15/03/2026'])],
      date=D(4, 15, 9, 30, 'ie'), client='outlook-html', charset='windows-1252', notes='invoice / billing entity')

    E(ESC, CSMFS, '', 'en', TOM, 'Third week of Teams link failures - escalation required',
      "Dear colleagues,\n\nI am writing to formally escalate the recurring failure of Teams links on GoodTime interviews for "
      "medical staffing. This is the third consecutive week in which candidates have been sent confirmations without a working "
      "link; each time Support has resolved individual cases but the underlying problem returns.\n\nIt is happening again today: "
      "two of this afternoon's consultant interviews (IDs 90240 and 90244, 14:00 and 15:30) have no link on the candidate "
      "confirmation, and we are relying on my team emailing links by hand.\n\nI would be grateful if this could be taken up with "
      "GoodTime at a senior level, alongside dealing with today's interviews. A pattern like this is not sustainable for "
      "consultant recruitment.\n\nKind regards,\n\nTom",
      sig=csig('Tom Hargreaves', 'Medical Staffing Manager', 'Medical Workforce | People Directorate',
               'Brightwater Manchester Northside, Delaunays Road, Manchester M8 5RB', '0161 555 0140 | Ext. 4140'),
      attach=[att('winmail', seed=9)],
      date=D(5, 12, 11, 5, 'uk'), client='outlook-html', importance='high', recv=4, notes='recurring + live fault today')

    E(ESC, CSM, '', 'en', LAUREN, 'Unused GoodTime seats',
      "Hi,\n\nI've been through the GoodTime user list with Marcus and we're paying for about 40 licences held by people who have "
      "left or changed roles (mostly Dublin and Cork coordinators from last year's restructure). Can we get those seats removed "
      "or reassigned, and can someone confirm whether that affects what we're invoiced this year?\n\nThanks,\nLauren",
      date=D(1, 28, 12, 15, 'ie'), client='owa', notes='licences')

    E(ESC, CSMFS, '', 'en', HAMZA, 'Calendar sync down for Leeds since 7am - need GoodTime management involved',
      "Hi,\n\nSince around 07:00 today GoodTime cannot see any calendars for Leeds users. Every interviewer shows as free, "
      "coordinators can't trust any slot and we have about 200 interviews booked across the Leeds sites this week. We have "
      "stopped all new scheduling until it's fixed.\n\nThis is the second site-wide calendar outage this quarter (Galway had the "
      "same in March). I need GoodTime to look at today's outage as a priority, and I'd also like a conversation at account level "
      "about reliability and what they're doing to stop this recurring.\n\nHamza",
      sig='Hamza Qureshi | Recruitment Operations Manager | Brightwater Health | Leeds | 0113 555 0830',
      date=D(5, 5, 8, 22, 'uk'), client='outlook-alt', importance='high', recv=5, auth=True, notes='live outage + account-level escalation')

    E(ESC, CSM, '', 'en', GARETH, 'Time to hire - request for a meeting with GoodTime',
      "Dear Karen,\n\nThe Board's People Committee reviewed our recruitment metrics yesterday. Despite the investment in "
      "GoodTime, median time from application to interview for registered nurses has risen from 18 to 23 days since September. "
      "I need to understand whether we are using the product as intended and what GoodTime recommends.\n\nPlease arrange a "
      "meeting between GoodTime's account team and myself, Harriet Cole and Marcus Webb in the next three weeks.\n\n"
      "Many thanks,\nGareth",
      date=D(2, 12, 7, 48, 'uk'), client='outlook-mobile', mobile=OUTLOOK_MOBILE['en'], notes='director-level complaint / meeting request')

    E(ESC, CSM, '', 'en', NIAMH, 'DPA for the Irish entity - GoodTime',
      "Hi,\n\nOur DPO has asked us to make sure the data processing agreement with GoodTime names Brightwater Health Ireland CLG "
      "as a controller as well as the UK company. At the moment the DPA only references the UK entity. This needs a contract "
      "amendment on GoodTime's side. Could you please raise it with whoever manages our account at GoodTime?\n\nMany thanks,\nNiamh",
      sig=csig("Niamh O'Connell", 'Executive Assistant to the Chief Nursing Officer', "Brightwater St Brendan's Hospital",
               'Mount Street Lower, Dublin 2, D02 XK52', '+353 1 555 0193'),
      date=D(5, 11, 10, 2, 'ie'), client='outlook-alt', charset='utf-8', cte='base64', notes='contract amendment')

    E(ESC, CSM, '', 'en', HELEN, 'RE: GoodTime quarterly review?',
      "Karen,\n\nFollowing on from the thread below - yes please, let's get a proper review with GoodTime in the diary for "
      "Q2: usage by site, where coordinators are falling back to manual scheduling, and what's coming on their roadmap for "
      "assessment days. I'd like it to be a standing quarterly arrangement rather than a one-off.\n\nHelen",
      quote=Q('original', 'Karen Doherty', HELPDESK_ANSWERER[1], D(3, 20, 16, 2, 'uk'), 'GoodTime quarterly review?',
              "Hi Helen,\n\nQuick one: the parking permits for the Leeds training room are sorted for the 2nd, and the projector has "
              "been fixed. Shall I also set up a quarterly review with GoodTime like we discussed at the project board?\n\nKaren\n",
              to='Helen Barraclough <%s>' % HELEN[1]),
      date=D(3, 23, 8, 50, 'uk'), client='outlook-alt', charset='windows-1252', notes='quarterly business review request')

    # ---- German
    E(ESC, CSM, '', 'de', JUERGEN, 'Lizenzen für die neuen Studienzentren Frankfurt und Köln',
      "Hallo zusammen,\n\nab Juli kommen die Studienzentren Frankfurt und Köln dazu. Wir brauchen dafür GoodTime-Zugänge für "
      "ca. 8 Koordinatorinnen und 25 Interviewer. Bitte klären Sie mit GoodTime, ob das in unserem bestehenden Vertrag "
      "enthalten ist oder ob wir nachlizenzieren müssen – und zu welchen Konditionen. Die Budgetplanung läuft bis Ende Mai.\n\n"
      "Gruß\nJürgen Weiß\nStandortleitung Hamburg",
      date=D(4, 9, 14, 40, 'de'), client='outlook-html', charset='iso-8859-1', from_enc='q-latin1', recv=4, notes='licences for new sites')

    # ---- Spanish
    E(ESC, CSM, '', 'es', LUCIA, 'Solicitud de formación para el equipo de Valencia',
      "Hola,\n\nEn mayo se incorporan cinco coordinadoras nuevas al centro de Valencia y ninguna ha usado GoodTime. Además, "
      "las que ya estamos usamos muchas funciones \"a medias\". ¿Sería posible organizar con GoodTime una sesión de formación "
      "para todo el equipo (unas 9 personas), idealmente en castellano y en remoto?\n\nGracias,\nLucía Ortega\n"
      "Coordinación - Centro de Ensayos Clínicos Valencia",
      date=D(4, 24, 12, 55, 'es'), client='gmail', cte='quoted-printable', subj_enc='q-utf8', notes='team training request')

    # ---- French
    E(ESC, CSM, '', 'fr', FRANCOISE, 'Réclamation - problèmes récurrents depuis deux mois',
      "Bonjour,\n\nJe me permets de vous écrire car la situation devient difficile. Depuis deux mois, nous rencontrons des "
      "problèmes à répétition avec GoodTime sur le site de Paris : invitations parties à la mauvaise heure, salles perdues, "
      "rappels non envoyés. Chaque incident est traité séparément par le support, mais rien ne change sur le fond et nos "
      "équipes perdent confiance dans l'outil.\n\nJe souhaiterais un point avec la personne qui suit notre compte chez GoodTime "
      "afin de faire un bilan et de définir un plan d'action.\n\nBien cordialement,\nFrançoise Lefèvre",
      sig=csig('Françoise Lefèvre', 'Responsable des Ressources Humaines', 'Centre d\'essais cliniques Paris',
               'Brightwater Health Recherche Clinique SAS, 47 boulevard de l\'Hôpital, 75013 Paris', '+33 1 42 16 55 20', lang='fr'),
      date=D(4, 30, 17, 12, 'fr'), client='outlook-html', charset='utf-8', cte='base64', subj_enc='b-utf8', recv=6, auth=True,
      notes='complaint, recurring issues, account review')

    # ---- Portuguese
    E(ESC, CSM, '', 'pt', JOAO, 'Contrato GoodTime - centro do Porto',
      "Boa tarde,\n\nO centro do Porto vai passar a ter equipa de recrutamento própria a partir de setembro e precisamos de "
      "perceber com a GoodTime como fica o contrato: se os utilizadores do Porto entram nas licenças atuais de Lisboa ou se é "
      "preciso um aditamento. Podem encaminhar para quem gere a nossa conta na GoodTime?\n\nObrigado,\nJoão Gonçalves",
      sig=csig('João Gonçalves', 'Diretor de Operações', 'Brightwater Health Investigação Clínica, Lda.', 'Av. Prof. Egas Moniz, 1649-035 Lisboa',
               '+351 21 780 5500', lang='pt'),
      date=D(3, 31, 15, 50, 'pt'), client='outlook-alt', charset='windows-1252', from_enc='q-latin1', notes='contract question for new site')


def training_invite_escalation():
    """Training request for a new team, with a tentative session invite (.ics) attached."""
    start = D(4, 20, 10, 0, 'uk', s=0)
    ics = ics_text('REQUEST', 'HOLD - GoodTime training for new nurse recruitment coordinators', start, 120,
                   ('Priya Raman', PRIYA[1]), [('GoodTime Help Line', HELP), ('Hamza Qureshi', HAMZA[1])],
                   location='Education Centre Room 4, Brightwater Royal Infirmary')
    E(ESC, CSM, '', 'en', PRIYA, 'Training for the new coordinators starting in April',
      "Hi,\n\nWe have 20 new nurse recruitment coordinators starting across Leeds, Manchester and Bristol in April (the new "
      "international recruitment programme). Most have never used GoodTime.\n\nCould we arrange proper training for them with "
      "GoodTime - ideally a live session plus something they can refer back to? I've put a placeholder in for 20 April (attached) "
      "but happy to move it to whatever GoodTime can do.\n\nThanks,\nPriya",
      sig='Priya Raman\nNurse Recruitment Coordinator | Brightwater Royal Infirmary, Leeds\nExt 61230',
      attach=[att('ics', 'GoodTime_training_HOLD.ics', data=ics.encode('utf-8'))],
      date=D(3, 16, 11, 44, 'uk'), client='outlook-alt', notes='training request for a new team')


# =====================================================================================
# NOISE (22)
# =====================================================================================
def bounce_exchange(dt, rcpt, orig_subj, notes):
    tags = ['bounce', 'multipart-report-dsn', 'ndr-exchange']
    host = exhost()
    html_ = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"></head><body>'
             '<p><b><font color="#000066" size="3" face="Arial">Your message to %s couldn\'t be delivered.</font></b></p>'
             '<p><font color="#000000" size="2" face="Tahoma">%s wasn\'t found at %s.</font></p>'
             '<p><font size="2" face="Tahoma"><b>Action Required</b><br>Recipient<br>Unknown To address</font></p>'
             '<p><font size="2" face="Tahoma"><b>How to Fix It</b><br>The address may be misspelled or may not exist. Try one or more of the following:<br>'
             'Retype the recipient\'s address, then resend the message.</font></p>'
             '<p><font size="1" face="Tahoma">Diagnostic information for administrators:<br>Generating server: %s<br>%s<br>'
             'Remote server returned \'550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\'</font></p>'
             '</body></html>\n') % (rcpt, rcpt.split('@')[0], rcpt.split('@')[1], host, rcpt)
    hp = leaf('text/html', html_.encode(), charset='us-ascii', cte='quoted-printable')
    ds = ('Reporting-MTA: dns;%s\nReceived-From-MTA: dns;%s\nArrival-Date: %s\n\nFinal-Recipient: rfc822;%s\n'
          'Action: failed\nStatus: 5.1.10\nDiagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient %s not found by SMTP address lookup\n'
          % (host, exhost(), rfcdate(utc(dt) - timedelta(seconds=3)), rcpt, rcpt))
    dp = Part([('Content-Type', 'message/delivery-status')], ds.encode())
    orig = ('From: %s <%s>\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\nContent-Type: text/plain; charset="us-ascii"\nMIME-Version: 1.0\n'
            % (HELPN, HELP, rcpt, orig_subj, rfcdate(utc(dt) - timedelta(seconds=5)), msgid('exchange')))
    op = Part([('Content-Type', 'text/rfc822-headers')], orig.encode())
    b = bnd('outlook')
    part = multi('report', [hp, dp, op], b)
    part.headers = [('Content-Type', 'multipart/report; report-type=delivery-status;\n\tboundary="%s"' % b)]
    hs = received_internal(dt, 2) + [('From', 'Microsoft Outlook <postmaster@%s>' % DOM), ('To', '%s <%s>' % (HELPN, HELP)),
                                     ('Date', rfcdate(utc(dt))), ('Subject', 'Undeliverable: ' + orig_subj),
                                     ('Message-ID', msgid('exchange')), ('Auto-Submitted', 'auto-replied'),
                                     ('X-MS-Exchange-Message-Is-Ndr', ''), ('Content-Language', 'en-GB'),
                                     ('X-MS-Exchange-Organization-SCL', '-1'), ('MIME-Version', '1.0')]
    X(NOISE, IGN, '', 'en', hs, part, tags, notes)


def bounce_postfix(dt, rcpt, orig_subj, notes):
    tags = ['bounce', 'multipart-report-dsn', 'mailer-daemon', 'received-5']
    mta = 'mx2.eircom-mail.example.net'
    txt = ("This is the mail system at host %s.\n\nI'm sorry to have to inform you that your message could not\n"
           "be delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n"
           "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
           "                   The mail system\n\n<%s>: host %s[192.0.2.41] said: 552 5.2.2 Mailbox full\n    (in reply to RCPT TO command)\n"
           % (mta, rcpt, mta))
    tp = leaf('text/plain', txt.encode(), charset='us-ascii', cte=None, extra=[('Content-Description', 'Notification')])
    ds = ('Reporting-MTA: dns; %s\nX-Postfix-Queue-ID: 4bK2ZL1QfVz3xR\nX-Postfix-Sender: rfc822; %s\nArrival-Date: %s\n\n'
          'Final-Recipient: rfc822; %s\nOriginal-Recipient: rfc822;%s\nAction: failed\nStatus: 5.2.2\n'
          'Remote-MTA: dns; %s\nDiagnostic-Code: smtp; 552 5.2.2 Mailbox full\n' % (mta, HELP, rfcdate(utc(dt)), rcpt, rcpt, mta))
    dp = Part([('Content-Description', 'Delivery report'), ('Content-Type', 'message/delivery-status')], ds.encode())
    orig = ('Received: from LO2P265MB4471.GBRP265.PROD.OUTLOOK.COM by mail.brightwaterhealth.org\nFrom: %s <%s>\nTo: %s\nSubject: %s\n'
            'Date: %s\nMessage-ID: %s\nMIME-Version: 1.0\nContent-Type: text/plain; charset="us-ascii"\n\n'
            'Hi Michael,\n\nThanks for your application. Please use the link below to tell us when you are available for an interview.\n\n'
            'GoodTime Help Line\n' % (HELPN, HELP, rcpt, orig_subj, rfcdate(utc(dt) - timedelta(minutes=1)), msgid('exchange')))
    op = Part([('Content-Description', 'Undelivered Message'), ('Content-Type', 'message/rfc822')], orig.encode())
    b = '4bK2ZL1QfVz3xR.%d/%s' % (R.randint(1700000000, 1800000000), mta)
    part = multi('report', [tp, dp, op], b)
    part.headers = [('Content-Type', 'multipart/report; report-type=delivery-status;\n\tboundary="%s"' % b)]
    hs = received_external(dt, 5, mta, '192.0.2.41',
                           first='by %s (Postfix)\n id 4bK2ZL1QfVz3xR; %s' % (mta, rfcdate(utc(dt))))
    hs += [('Date', rfcdate(utc(dt))), ('From', 'MAILER-DAEMON@%s (Mail Delivery System)' % mta),
           ('Subject', 'Undelivered Mail Returned to Sender'), ('To', HELP), ('Auto-Submitted', 'auto-replied'),
           ('MIME-Version', '1.0'), ('Message-Id', '<20%s.4bK2ZL1QfVz3xR@%s>' % (utc(dt).strftime('%y%m%d%H%M%S'), mta))]
    X(NOISE, IGN, '', 'en', hs, part, tags, notes)


def newsletter(dt, frm_name, frm, subj, text, html_, unsub, d_from, notes, lang='en', extra_tags=()):
    tags = ['newsletter', 'list-unsubscribe', 'multipart-alt', 'received-7', 'dkim-arc-authres'] + list(extra_tags)
    tp = leaf('text/plain', text.encode('utf-8'), charset='utf-8', cte='quoted-printable', tags=tags)
    hp = leaf('text/html', html_.encode('utf-8'), charset='utf-8', cte='quoted-printable')
    part = multi('alternative', [tp, hp], '_----------=_MCPart_%d' % R.randint(100000000, 999999999))
    ip = '198.2.%d.%d' % (R.randint(128, 191), R.randint(1, 250))
    hs = received_external(dt, 7, 'mail%d.atl%d.mcsv.net' % (R.randint(10, 250), R.randint(10, 99)), ip)
    hs += authres(d_from, ip) + arc(d_from, ip)
    hs += [dkim(d_from, 'k1', 'Subject:From:To:Date:MIME-Version:Content-Type:List-Unsubscribe:Message-ID'),
           ('Subject', enc_hdr(subj, None, tags, 'subject')), ('From', '%s <%s>' % (frm_name, frm)), ('Reply-To', frm),
           ('To', '<%s>' % HELP), ('Date', rfcdate(dt)),
           ('List-Unsubscribe', '<%s>, <mailto:unsubscribe-mc.us14_%s@mailchimpapp.net?subject=unsubscribe>' % (unsub, hexs(20, False))),
           ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'), ('List-Id', '%s <%s.list-id.mcsv.net>' % (hexs(26, False), hexs(20, False))),
           ('Precedence', 'bulk'), ('X-Mailer', 'Mailchimp Mailer - **CID%s**' % hexs(20, False)),
           ('X-Campaign', 'mailchimp%s.%s' % (hexs(20, False), hexs(10, False))), ('Feedback-ID', '%d:%d.%d:us14:mc' % (R.randint(10 ** 7, 10 ** 8), R.randint(10 ** 5, 10 ** 6), R.randint(1, 9))),
           ('Message-ID', '<%s@mail%d.atl%d.mcsv.net>' % (hexs(30, False), R.randint(10, 250), R.randint(10, 99))), ('MIME-Version', '1.0')]
    X(NOISE, IGN, '', lang, hs, part, tags, notes)


def phishing(dt, frm, subj, html_, d_from, ip, notes, lang='en', extra_tags=()):
    tags = ['phishing', 'outlook-html-only', 'auth-fail', 'received-6'] + list(extra_tags)
    part = leaf('text/html', html_.encode('utf-8'), charset='utf-8', cte='base64', tags=tags)
    hs = received_external(dt, 6, 'vps-%d.hostcloud-%s.example' % (R.randint(100, 999), alnum(4).lower()), ip)
    hs += [('Authentication-Results', 'spf=softfail (sender IP is %s)\n smtp.mailfrom=%s; dkim=none (message not signed)\n header.d=none;dmarc=fail action=quarantine\n header.from=%s;compauth=fail reason=001' % (ip, d_from, d_from)),
           ('X-MS-Exchange-Organization-SCL', '5'),
           ('From', frm), ('To', HELP), ('Subject', enc_hdr(subj, None, tags, 'subject')), ('Date', rfcdate(dt)),
           ('Message-ID', '<%s@%s>' % (hexs(16, False), d_from)), ('X-Priority', '1'), ('MIME-Version', '1.0')]
    X(NOISE, IGN, '', lang, hs, part, tags, notes)


def noise():
    # ---------------- English (14)
    ooo('en', DEEPA, 'RE: shadowing?',
        "Thank you for your email.\n\nI am on annual leave from Monday 9 March, returning Monday 16 March, with limited access "
        "to email.\n\nFor anything urgent relating to the Respiratory education programme please contact Jess Lomas on ext. "
        "44120.\n\nKind regards\nDeepa Nair",
        D(3, 9, 9, 31, 'uk'), auto='auto-generated', notes='OOO with Auto-Submitted')

    ooo('en', ('Mark Daly', 'mark.daly@%s' % DOM), 'RE: Band 5 RN interviews - availability for w/c 16 Feb',
        "Hi,\n\nI'm out of the office on a training course until Thursday 12 February. I'll reply when I'm back.\n\n"
        "If it's about locum bookings please contact medstaffing.cork@brightwaterhealth.org.\n\nThanks\nMark\n",
        D(2, 10, 13, 2, 'ie'), auto=None, client='plain', notes='OOO with no Auto-Submitted header')

    bounce_exchange(D(3, 3, 15, 21, 'uk'), 'paula.sheridan@%s' % DOM, 'RE: GoodTime access for the Bradford team',
                    'NDR for a leaver')
    bounce_postfix(D(4, 14, 16, 47, 'uk'), 'michael.t.farrell@eircom-mail.example.net', 'Your interview - Staff Nurse, Cork',
                   'MAILER-DAEMON mailbox full')

    newsletter(D(3, 4, 16, 0, 'uk'), 'GoodTime', 'news@goodtime.io', "What's new in GoodTime - March 2026",
               "What's new in GoodTime - March 2026\n\nHi there,\n\nSpring is here and so are some new features:\n\n"
               "* Smarter interviewer suggestions\n* Faster availability requests\n* New reporting filters\n\n"
               "Join our live webinar on 19 March to see them in action: https://www.goodtime.io/webinars/march-2026\n\n"
               "The GoodTime Team\n\nYou're receiving this because you subscribed to GoodTime product updates.\n"
               "Unsubscribe: https://goodtime.us14.list-manage.com/unsubscribe?u=4a1b2c&id=9f8e7d\n",
               "<html><body><table width=\"600\"><tr><td><h1>What's new in GoodTime</h1><p>Spring is here and so are some new "
               "features.</p><ul><li>Smarter interviewer suggestions</li><li>Faster availability requests</li><li>New reporting "
               "filters</li></ul><p><a href=\"https://www.goodtime.io/webinars/march-2026\">Register for the webinar</a></p>"
               "<p style=\"font-size:11px\">You're receiving this because you subscribed. <a href=\"https://goodtime.us14.list-manage.com/"
               "unsubscribe?u=4a1b2c&amp;id=9f8e7d\">Unsubscribe</a></p></td></tr></table></body></html>\n",
               'https://goodtime.us14.list-manage.com/unsubscribe?u=4a1b2c&id=9f8e7d', 'goodtime.io', 'vendor product newsletter')

    newsletter(D(1, 20, 7, 30, 'uk'), 'Healthcare Workforce Summit', 'events@hcworkforcesummit.example.com',
               'Early bird ends Friday: Healthcare Workforce Summit 2026 - Manchester',
               "Healthcare Workforce Summit 2026\n12-13 May, Manchester Central\n\nEarly bird tickets end this Friday - save 30%.\n\n"
               "Hear from NHS and independent sector leaders on international recruitment, retention and interview scheduling at scale.\n\n"
               "Book now: https://hcworkforcesummit.example.com/book\n\nUnsubscribe: https://hcworkforcesummit.example.com/u/8812\n",
               "<html><body><h2>Healthcare Workforce Summit 2026</h2><p>12-13 May, Manchester Central</p><p><b>Early bird tickets end "
               "this Friday - save 30%.</b></p><p><a href=\"https://hcworkforcesummit.example.com/book\">Book now</a></p>"
               "<p><a href=\"https://hcworkforcesummit.example.com/u/8812\">Unsubscribe</a></p></body></html>\n",
               'https://hcworkforcesummit.example.com/u/8812', 'hcworkforcesummit.example.com', 'conference marketing')

    phishing(D(2, 18, 3, 12, 'uk'), 'Microsoft 365 Admin <no-reply@m365-account-secure.example>',
             'Action required: password for goodtime.help@brightwaterhealth.org expires today',
             "<html><body><div style=\"font-family:Segoe UI\"><p>Dear user,</p><p>The password for <b>goodtime.help@brightwaterhealth.org</b> "
             "expires <b>today</b>. To keep your mailbox active you must verify your account <b>immediately</b>.</p>"
             "<p><a href=\"https://m365-account-secure.example/verify?u=goodtime.help\" style=\"background:#0078d4;color:#fff;padding:8px 16px\">"
             "Keep current password</a></p><p>Failure to verify within 24 hours will result in mailbox suspension.</p>"
             "<p>Microsoft 365 Team</p></div></body></html>\n",
             'm365-account-secure.example', '185.220.%d.%d' % (R.randint(1, 250), R.randint(1, 250)), 'credential phishing at night')

    phishing(D(4, 6, 11, 5, 'uk'), '"GoodTime Billing" <billing@goodtime-invoices.example>',
             'Overdue invoice GT-44821 - service suspension notice',
             "<html><body><p>Hello,</p><p>Our records show invoice <b>GT-44821</b> for your GoodTime subscription is <b>45 days overdue</b>. "
             "Your account and all scheduled interviews will be suspended within 48 hours unless payment is received.</p>"
             "<p>Please review the invoice and update your payment details here: <a href=\"https://goodtime-invoices.example/pay/GT-44821\">"
             "View invoice</a></p><p>GoodTime Accounts Receivable</p></body></html>\n",
             'goodtime-invoices.example', '45.134.%d.%d' % (R.randint(1, 250), R.randint(1, 250)),
             'phishing that looks like a contract/billing matter', extra_tags=['looks-like-escalation'])

    calreply('en', TOM, 'ACCEPTED', 'Consultant Cardiology AAC - panel (GoodTime)', D(3, 12, 14, 0, 'uk', s=0),
             D(3, 10, 9, 14, 'uk'), notes='calendar accept')
    calreply('en', RACHEL, 'DECLINED', 'Band 7 Ward Sister interview - Ward 6 (GoodTime)', D(2, 24, 10, 0, 'uk', s=0),
             D(2, 19, 16, 44, 'uk'), comment='Sorry, on leave that day.', notes='calendar decline with one-line comment')
    calreply('en', KWAME, 'TENTATIVE', 'HCA assessment day debrief (GoodTime)', D(4, 10, 16, 0, 'uk', s=0),
             D(4, 8, 17, 3, 'uk'), notes='calendar tentative')

    readreceipt('en', HARRIET, 'RE: GoodTime user list - leavers', D(2, 3, 10, 12, 'uk'), D(2, 3, 11, 40, 'uk'),
                notes='read receipt')

    E(NOISE, IGN, '', 'en', FIONA, 'RE: Room won\'t book - says unavailable but it\'s free',
      "Brilliant, that's sorted it. Thanks!\n\nFiona",
      quote=Q('outlook', 'Karen Doherty', HELPDESK_ANSWERER[1], D(4, 14, 9, 3, 'uk'), "RE: Room won't book - says unavailable but it's free",
              "Hi Fiona,\n\nGoodTime Support have re-synced the room resource for Seminar Room 3.14 - can you try booking it again?\n\n"
              "Karen\nGoodTime Help Line | People Systems\n", to='Fiona McAllister <%s>' % FIONA[1]),
      date=D(4, 14, 9, 51, 'uk'), client='outlook-alt', tags=['bare-thanks'], notes='bare thank-you')

    E(NOISE, IGN, '', 'en', DANIEL, "Re: changed my password, now GoodTime thinks I'm free all day??",
      "got it, thanks", date=D(4, 20, 10, 3, 'uk'), client='iphone', mobile=True,
      quote=Q('apple', 'Karen Doherty', HELPDESK_ANSWERER[1], D(4, 20, 9, 40, 'uk'), "changed my password, now GoodTime thinks I'm free all day??",
              "Hi Dan,\n\nAfter a password change GoodTime usually needs you to reconnect your calendar - look for the warning "
              "banner when you log in and re-authorise.\n\nKaren\n"),
      tags=['bare-thanks', 'terse'], notes='got it thanks')

    # ---------------- German (2)
    ooo('de', ANJA, 'AW: Neue Oberärztin soll bei Interviews mitmachen',
        "Vielen Dank für Ihre Nachricht.\n\nIch bin bis einschließlich 24.04.2026 nicht im Büro und habe nur eingeschränkt "
        "Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an Frau Lena Hoffmann (lena.hoffmann@brightwaterhealth.org).\n\n"
        "Mit freundlichen Grüßen\nAnja Schröder",
        D(4, 17, 8, 2, 'de'), auto='auto-replied', notes='German OOO')

    E(NOISE, IGN, '', 'de', SOENKE, 'Re: Verfügbarkeiten von Bewerbern abfragen',
      "Super, vielen Dank!\n\nSönke",
      quote=Q('apple', 'Karen Doherty', HELPDESK_ANSWERER[1], D(5, 6, 14, 15, 'de'), 'Verfügbarkeiten von Bewerbern abfragen',
              "Hallo Sönke,\n\ndafür gibt es in GoodTime die Verfügbarkeitsanfrage: Du schickst der Bewerberin einen Link, sie trägt "
              "ihre freien Zeiten ein und du siehst sie direkt am Interview.\n\nViele Grüße\nKaren", lang='de'),
      date=D(5, 6, 14, 41, 'de'), client='apple', subj_enc='q-utf8', tags=['bare-thanks'], notes='bare thank-you in German')

    # ---------------- Spanish (2)
    ooo('es', NURIA, 'RE: Jornada de selección 14 de marzo',
        "Gracias por su mensaje.\n\nEstaré fuera de la oficina hasta el lunes 16 de marzo. Para cualquier asunto urgente, "
        "pueden contactar con María José Fernández (mariajose.fernandez@brightwaterhealth.org).\n\nUn saludo,\nNuria Sánchez",
        D(3, 12, 18, 30, 'es'), auto='auto-generated', notes='Spanish OOO')
    calreply('es', CARMEN, 'ACCEPTED', 'Entrevista Coordinador de Ensayos - sesión 2 (GoodTime)', D(5, 11, 10, 0, 'es', s=0),
             D(5, 5, 9, 2, 'es'), notes='Spanish calendar accept')

    # ---------------- French (2)
    readreceipt('fr', CELINE, 'RE: Rappel la veille de l\'entretien ?', D(4, 27, 14, 2, 'fr'), D(4, 27, 16, 20, 'fr'),
                notes='French read receipt')
    E(NOISE, IGN, '', 'fr', AMELIE, 'RE: TR: Refusé : Entretien IRC - Mme Benali',
      "Merci beaucoup !\n\nAmélie",
      quote=Q('outlook', 'Karen Doherty', HELPDESK_ANSWERER[1], D(3, 11, 10, 2, 'fr'), 'RE: TR: Refusé : Entretien IRC - Mme Benali',
              "Bonjour Amélie,\n\nPas besoin de tout reprogrammer : remplacez d'abord le Dr Chevalier par un autre membre du "
              "groupe d'entretien, puis renvoyez l'itinéraire à la candidate.\n\nBien à vous,\nKaren", lang='fr',
              to='Amélie Durand <%s>' % AMELIE[1]),
      date=D(3, 11, 10, 26, 'fr'), client='outlook-html', charset='windows-1252', subj_enc='q-latin1', tags=['bare-thanks'],
      notes='bare thank-you in French')

    # ---------------- Portuguese (2)
    ooo('pt', MARIANA, 'RE: Entrevista com candidata nos Açores',
        "Olá,\n\nEstou de férias até 25 de maio, sem acesso ao email. Para assuntos urgentes, contacte a Conceição Ferreira "
        "(conceicao.ferreira@brightwaterhealth.org).\n\nObrigada,\nMariana Sousa",
        D(5, 13, 7, 15, 'pt'), auto=None, client='plain', notes='Portuguese OOO without Auto-Submitted')
    E(NOISE, IGN, '', 'pt', JOAO, 'RE: email do suporte GoodTime',
      "Obrigado!", date=D(2, 13, 15, 2, 'pt'), client='outlook-mobile', mobile=OUTLOOK_MOBILE['pt'],
      quote=Q('outlook', 'Karen Doherty', HELPDESK_ANSWERER[1], D(2, 13, 14, 48, 'pt'), 'RE: email do suporte GoodTime',
              "Olá João,\n\nÉ support@goodtime.io - podes anexar as capturas de ecrã diretamente.\n\nKaren", lang='pt',
              to='João Gonçalves <%s>' % JOAO[1]),
      tags=['bare-thanks', 'terse'], notes='bare thank-you in Portuguese')


# =====================================================================================
# BUILD
# =====================================================================================
def main():
    questions_answered()
    questions_unanswered()
    bugs()
    blockers()
    features()
    escalations()
    noise()
    assert len(MSGS) == 150, len(MSGS)
    order = list(range(len(MSGS)))
    random.Random(4242).shuffle(order)
    for f in os.listdir(OUT):
        if re.match(r'd-\d{3}\.eml$', f):
            os.remove(os.path.join(OUT, f))
    rows = []
    for n, i in enumerate(order, 1):
        m = MSGS[i]
        name = 'd-%03d.eml' % n
        with open(os.path.join(OUT, name), 'wb') as fh:
            fh.write(m['raw'])
        rows.append([name, m['cat'], m['act'], m['art'] if m['cat'] == QUESTION else '', m['lang'], ';'.join(m['tags']), m['notes']])
    with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as fh:
        w = csv.writer(fh)
        w.writerow(['file', 'category', 'actions', 'article', 'language', 'format', 'notes'])
        w.writerows(rows)
    print('wrote', len(rows), 'messages')


if __name__ == '__main__':
    main()
