#!/usr/bin/env python3
# Writer "b": blind test set of help-line e-mails for Harrowgate Logistics.
# Standard library only. Writes b-001.eml .. b-100.eml and labels.csv next to this script.
import base64, quopri, random, zlib, struct, datetime, csv, os, email, textwrap, html, uuid
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(20260607)
HL = ('GoodTime Help Line', 'helpline@harrowgatelogistics.com')


def T(s):
    return textwrap.dedent(s).strip('\n')


class Raw:
    """A header value written as raw 8-bit bytes in the given encoding."""
    def __init__(self, s, enc='utf-8'):
        self.s, self.enc = s, enc


# ----------------------------------------------------------------- dates
def D(s, sec=None):
    d = datetime.datetime.strptime(s, '%Y-%m-%d %H:%M %z')
    return d.replace(second=R.randint(0, 59) if sec is None else sec)


def rfcdate(d, suffix=False):
    s = format_datetime(d)
    if suffix:
        off = d.utcoffset().total_seconds() / 3600
        s += {0: ' (GMT)', 1: ' (CET)', 2: ' (CEST)', -4: ' (EDT)', -5: ' (CDT)'}.get(int(off), '')
    return s


WD = {
    'en': ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
    'de': ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'],
    'es': ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'],
    'fr': ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
    'pt': ['segunda-feira', 'terça-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira', 'sábado', 'domingo'],
}
MO = {
    'en': ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    'de': ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
    'es': ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
    'fr': ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
    'pt': ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
}
WDS = {'en': ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
       'de': ['Mo.', 'Di.', 'Mi.', 'Do.', 'Fr.', 'Sa.', 'So.'],
       'es': ['lun', 'mar', 'mié', 'jue', 'vie', 'sáb', 'dom'],
       'fr': ['lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.', 'dim.'],
       'pt': ['seg.', 'ter.', 'qua.', 'qui.', 'sex.', 'sáb.', 'dom.']}
MOS = {'en': ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
       'es': ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sept', 'oct', 'nov', 'dic'],
       'pt': ['jan.', 'fev.', 'mar.', 'abr.', 'mai.', 'jun.', 'jul.', 'ago.', 'set.', 'out.', 'nov.', 'dez.']}


def who(name, addr):
    return '%s <%s>' % (name, addr) if name else addr


def attribution(kind, lang, d, name, addr, us=False):
    """Reply attribution line for Gmail ('gmail') or Apple Mail ('apple')."""
    w, m = d.weekday(), d.month - 1
    hm = d.strftime('%H:%M')
    if kind == 'gmail':
        if lang == 'en':
            if us:
                return 'On %s, %s %d, %d at %d:%s %s %s wrote:' % (
                    WDS['en'][w], MOS['en'][m], d.day, d.year, (d.hour % 12) or 12, d.strftime('%M'),
                    'AM' if d.hour < 12 else 'PM', who(name, addr))
            return 'On %s, %d %s %d at %s, %s wrote:' % (WDS['en'][w], d.day, MOS['en'][m], d.year, hm, who(name, addr))
        if lang == 'de':
            return 'Am %s, %d. %s %d um %s Uhr schrieb %s:' % (WDS['de'][w], d.day, MO['de'][m], d.year, hm, who(name, addr))
        if lang == 'es':
            return 'El %s, %d %s %d a las %d:%s, %s (<%s>) escribió:' % (
                WDS['es'][w], d.day, MOS['es'][m], d.year, d.hour, d.strftime('%M'), name, addr)
        if lang == 'fr':
            return 'Le %s %d %s %d à %s, %s a écrit :' % (WDS['fr'][w], d.day, MO['fr'][m], d.year, hm, who(name, addr))
        if lang == 'pt':
            return 'Em %s, %d de %s de %d às %s, %s escreveu:' % (WDS['pt'][w], d.day, MOS['pt'][m], d.year, hm, who(name, addr))
    if kind == 'apple':
        if lang == 'en':
            return 'On %d %s %d, at %s, %s wrote:' % (d.day, MOS['en'][m], d.year, hm, who(name, addr))
        if lang == 'de':
            return 'Am %s um %s schrieb %s:' % (d.strftime('%d.%m.%Y'), hm, who(name, addr))
        if lang == 'es':
            return 'El %d %s %d, a las %d:%s, %s escribió:' % (d.day, MOS['es'][m], d.year, d.hour, d.strftime('%M'), who(name, addr))
        if lang == 'fr':
            return 'Le %d %s %d à %s, %s a écrit :' % (d.day, MO['fr'][m], d.year, hm, who(name, addr))
        if lang == 'pt':
            return 'No dia %d/%02d/%d, às %s, %s escreveu:' % (d.day, d.month, d.year, hm, who(name, addr))
    raise ValueError(kind)


def outlook_sent(lang, d, us=False):
    w, m = d.weekday(), d.month - 1
    if lang == 'en':
        if us:
            return '%s, %s %d, %d %d:%s %s' % (WD['en'][w], MO['en'][m], d.day, d.year, (d.hour % 12) or 12,
                                               d.strftime('%M'), 'AM' if d.hour < 12 else 'PM')
        return '%02d %s %d %s' % (d.day, MO['en'][m], d.year, d.strftime('%H:%M'))
    if lang == 'de':
        return '%s, %d. %s %d %s' % (WD['de'][w], d.day, MO['de'][m], d.year, d.strftime('%H:%M'))
    if lang == 'es':
        return '%s, %d de %s de %d %d:%s' % (WD['es'][w], d.day, MO['es'][m], d.year, d.hour, d.strftime('%M'))
    if lang == 'fr':
        return '%s %d %s %d %s' % (WD['fr'][w], d.day, MO['fr'][m], d.year, d.strftime('%H:%M'))
    if lang == 'pt':
        return '%s, %d de %s de %d %s' % (WD['pt'][w], d.day, MO['pt'][m], d.year, d.strftime('%H:%M'))


OL_LABELS = {
    'en': ('From', 'Sent', 'To', 'Cc', 'Subject', ': '),
    'de': ('Von', 'Gesendet', 'An', 'Cc', 'Betreff', ': '),
    'es': ('De', 'Enviado el', 'Para', 'CC', 'Asunto', ': '),
    'fr': ('De', 'Envoyé', 'À', 'Cc', 'Objet', ' : '),
    'pt': ('De', 'Enviado', 'Para', 'Cc', 'Assunto', ': '),
}
ORIG = {'en': '-----Original Message-----', 'de': '-----Ursprüngliche Nachricht-----',
        'es': '-----Mensaje original-----', 'fr': "-----Message d'origine-----", 'pt': '-----Mensagem original-----'}
GFWD = {'en': ('---------- Forwarded message ---------', 'From'),
        'de': ('---------- Weitergeleitete Nachricht ---------', 'Von'),
        'es': ('---------- Mensaje reenviado ---------', 'De'),
        'fr': ('---------- Message transféré ---------', 'De'),
        'pt': ('---------- Mensagem encaminhada ---------', 'De')}
AFWD = {'en': ('Begin forwarded message:', 'From', 'Subject', 'Date', 'To'),
        'de': ('Anfang der weitergeleiteten Nachricht:', 'Von', 'Betreff', 'Datum', 'An'),
        'es': ('Inicio del mensaje reenviado:', 'De', 'Asunto', 'Fecha', 'Para'),
        'fr': ('Début du message réexpédié :', 'De', 'Objet', 'Date', 'À'),
        'pt': ('Início da mensagem reencaminhada:', 'De', 'Assunto', 'Data', 'Para')}


def quote_header_lines(q, lang, us=False):
    """Returns (lead_line or None, [header lines]) for a quote block."""
    d = D(q['date'], 0) if isinstance(q['date'], str) else q['date']
    k = q['kind']
    loc = q.get('loc', lang)
    if k in ('outlook', 'orig'):
        f, s, t, c, sub, sep = OL_LABELS[loc]
        lines = [f + sep + who(q['name'], q['email']), s + sep + outlook_sent(loc, d, us), t + sep + q.get('to', '')]
        if q.get('cc'):
            lines.append(c + sep + q['cc'])
        lines.append(sub + sep + q.get('subject', ''))
        return (ORIG[loc] if k == 'orig' else None), lines
    if k == 'fwd-gmail':
        lead, f = GFWD[loc]
        if loc == 'fr':
            f = 'De '
        ds = '%s, %d %s %d at %s' % (WDS['en'][d.weekday()], d.day, MOS['en'][d.month - 1], d.year, d.strftime('%H:%M'))
        if us:
            ds = '%s, %s %d, %d at %d:%s %s' % (WDS['en'][d.weekday()], MOS['en'][d.month - 1], d.day, d.year,
                                                 (d.hour % 12) or 12, d.strftime('%M'), 'AM' if d.hour < 12 else 'PM')
        if loc != 'en':
            ds = '%s, %d %s %d, %s' % (WDS[loc][d.weekday()], d.day, MO[loc][d.month - 1], d.year, d.strftime('%H:%M'))
        return lead, [f + ': ' + who(q['name'], q['email']), 'Date: ' + ds, 'Subject: ' + q.get('subject', ''),
                      'To: ' + q.get('to', '')]
    if k == 'fwd-apple':
        lead, f, s, dt_, t = AFWD[loc]
        sep = ' : ' if loc == 'fr' else ': '
        tzname = {0: 'GMT', 3600: 'BST' if loc == 'en' else 'CET', 7200: 'CEST'}.get(int(d.utcoffset().total_seconds()), 'GMT')
        if loc == 'en':
            ds = '%d %s %d at %s %s' % (d.day, MO['en'][d.month - 1], d.year, d.strftime('%H:%M:%S'), tzname)
        elif loc in ('es', 'pt'):
            ds = '%d de %s de %d, %s' % (d.day, MO[loc][d.month - 1], d.year, d.strftime('%H:%M:%S'))
        elif loc == 'fr':
            ds = '%d %s %d à %s' % (d.day, MO[loc][d.month - 1], d.year, d.strftime('%H:%M:%S'))
        else:
            ds = '%d. %s %d um %s' % (d.day, MO[loc][d.month - 1], d.year, d.strftime('%H:%M:%S'))
        return lead, [f + sep + who(q['name'], q['email']), s + sep + q.get('subject', ''), dt_ + sep + ds,
                      t + sep + q.get('to', '')]
    raise ValueError(k)


# ----------------------------------------------------------------- rendering
def esc(s):
    return html.escape(s, quote=False)


def paras(text):
    return [p for p in text.split('\n\n')]


def gt(text):
    return '\n'.join(('> ' + l) if l.strip() else '>' for l in text.split('\n'))


def render_plain(blocks, lang, us=False):
    out = []
    for b in blocks:
        t = b[0]
        if t in ('p', 'sig', 'mob', 'disc', 'rawtext'):
            out.append(b[1])
        elif t == 'sigdash':
            out.append('-- \n' + b[1])
        elif t == 'quote':
            q = b[1]
            k = q['kind']
            d = D(q['date'], 0)
            if k in ('gmail', 'apple'):
                out.append(attribution(k, q.get('loc', lang), d, q['name'], q['email'], us) + '\n\n' + gt(q['text']))
            elif k == 'outlook':
                lead, hl = quote_header_lines(q, lang, us)
                out.append('________________________________\n' + '\n'.join(hl) + '\n\n' + q['text'])
            elif k == 'orig':
                lead, hl = quote_header_lines(q, lang, us)
                out.append(lead + '\n' + '\n'.join(hl) + '\n\n' + q['text'])
            elif k == 'fwd-gmail':
                lead, hl = quote_header_lines(q, lang, us)
                out.append(lead + '\n' + '\n'.join(hl) + '\n\n\n' + q['text'])
            elif k == 'fwd-apple':
                lead, hl = quote_header_lines(q, lang, us)
                out.append(lead + '\n\n' + '\n'.join(hl) + '\n\n' + q['text'])
    return '\n\n'.join(out) + '\n'


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
	mso-fareast-language:EN-US;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:#0563C1;
	text-decoration:underline;}
span.EmailStyle%(sn)d
	{mso-style-type:personal-reply;
	font-family:"%(font)s",sans-serif;
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
<body lang=%(lang)s link="#0563C1" vlink="#954F72" style='word-wrap:break-word'>
<div class=WordSection1>
'''
MSO_LANG = {'en': 'EN-GB', 'de': 'DE', 'es': 'ES', 'fr': 'FR', 'pt': 'PT'}


def ol_p(line, span=None):
    if not line.strip():
        return '<p class=MsoNormal><o:p>&nbsp;</o:p></p>'
    x = esc(line)
    if span:
        x = '<span style=\'%s\'>%s</span>' % (span, x)
    return '<p class=MsoNormal>%s<o:p></o:p></p>' % x


def ol_lines(text, span=None):
    out = []
    for i, para in enumerate(text.split('\n\n')):
        if i:
            out.append(ol_p(''))
        for line in para.split('\n'):
            out.append(ol_p(line, span))
    return '\n'.join(out)


def render_outlook_html(blocks, lang, cs, us=False, font='Calibri'):
    h = [OUTLOOK_HEAD % {'cs': cs, 'font': font, 'lang': MSO_LANG[lang], 'sn': R.choice([17, 18, 19, 20, 21])}]
    for b in blocks:
        t = b[0]
        if t == 'p':
            h.append(ol_lines(b[1]))
            h.append(ol_p(''))
        elif t in ('sig', 'sigdash'):
            h.append(ol_lines(b[1], "font-size:9.0pt;font-family:\"Arial\",sans-serif;color:#1F3864"))
            h.append(ol_p(''))
        elif t == 'mob':
            h.append(ol_lines(b[1]))
        elif t == 'disc':
            h.append(ol_lines(b[1], 'font-size:7.5pt;font-family:"Arial",sans-serif;color:gray'))
            h.append(ol_p(''))
        elif t == 'rawtext':
            h.append(ol_lines(b[1]))
        elif t == 'quote':
            q = b[1]
            lead, hl = quote_header_lines(dict(q, kind='outlook') if q['kind'] in ('gmail', 'apple', 'fwd-gmail', 'fwd-apple') else q, lang, us)
            if lead:
                h.append('<p class=MsoNormal>%s<o:p></o:p></p>' % esc(lead))
            ml = MSO_LANG[lang]
            k0, v0 = hl[0].split(':', 1)
            rest = ''.join('<br>\n<b>%s:</b>%s' % (esc(x.split(':', 1)[0]), esc(x.split(':', 1)[1])) for x in hl[1:])
            h.append("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>\n"
                     "<p class=MsoNormal><b><span lang=%s>%s:</span></b><span lang=%s>%s%s<o:p></o:p></span></p>\n</div>"
                     % (ml, esc(k0), ml, esc(v0), rest))
            h.append(ol_p(''))
            h.append(ol_lines(q['text']))
    h.append('</div>\n</body>\n</html>\n')
    return '\n'.join(h)


def gm_lines(text):
    out = []
    for i, para in enumerate(text.split('\n\n')):
        if i:
            out.append('<div><br></div>')
        for line in para.split('\n'):
            out.append('<div>%s</div>' % (esc(line) if line.strip() else '<br>'))
    return ''.join(out)


def render_gmail_html(blocks, lang, us=False):
    h = ['<div dir="ltr">']
    tail = []
    for b in blocks:
        t = b[0]
        if t == 'p':
            h.append(gm_lines(b[1]) + '<div><br></div>')
        elif t in ('sig', 'sigdash', 'disc'):
            h.append('<div><div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature"><div dir="ltr">'
                     + '<br>'.join(esc(l) for l in b[1].split('\n')) + '</div></div></div>')
        elif t in ('mob', 'rawtext'):
            h.append(gm_lines(b[1]))
        elif t == 'quote':
            q = b[1]
            if q['kind'] == 'fwd-gmail':
                lead, hl = quote_header_lines(q, lang, us)
                f = hl[0].split(':', 1)
                tail.append('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br>%s: '
                            '<strong class="gmail_sendername" dir="auto">%s</strong> <span dir="auto">&lt;<a href="mailto:%s">%s</a>&gt;</span><br>%s<br></div><br><br>%s</div>'
                            % (esc(lead), esc(f[0]), esc(q['name']), q['email'], q['email'],
                               '<br>'.join(esc(x) for x in hl[1:]), gm_lines(q['text'])))
            else:
                a = attribution('gmail', q.get('loc', lang), D(q['date'], 0), q['name'], q['email'], us)
                tail.append('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
                            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>'
                            % (esc(a), gm_lines(q['text'])))
    h.append('</div>')
    return ''.join(h) + ''.join(tail) + '\n'


def render_apple_html(blocks, lang, us=False):
    h = ['<html aria-label="message body"><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
         '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">']
    for b in blocks:
        t = b[0]
        if t == 'p':
            h.append(gm_lines(b[1]) + '<div><br></div>')
        elif t in ('sig', 'sigdash', 'mob', 'rawtext'):
            h.append('<div>' + '<br>'.join(esc(l) for l in b[1].split('\n')) + '</div>')
        elif t == 'disc':
            h.append('<div><font size="1" color="#808080">' + '<br>'.join(esc(l) for l in b[1].split('\n')) + '</font></div>')
        elif t == 'quote':
            q = b[1]
            if q['kind'] == 'fwd-apple':
                lead, hl = quote_header_lines(q, lang, us)
                rows = ''.join('<div style="margin: 0px;"><span style="font-family: -webkit-system-font, Helvetica Neue, Helvetica, sans-serif;"><b>%s:</b></span> %s</div>'
                               % (esc(x.split(':', 1)[0].strip()), esc(x.split(':', 1)[1].strip())) for x in hl)
                h.append('<div><br><blockquote type="cite"><div>%s</div><br class="Apple-interchange-newline">%s<br>'
                         '<div>%s</div></blockquote></div>' % (esc(lead), rows, gm_lines(q['text'])))
            else:
                a = attribution('apple', q.get('loc', lang), D(q['date'], 0), q['name'], q['email'], us)
                h.append('<div><br><blockquote type="cite"><div>%s</div><br class="Apple-interchange-newline"><div>%s</div></blockquote></div>'
                         % (esc(a), gm_lines(q['text'])))
    h.append('</body></html>')
    return ''.join(h) + '\n'


# ----------------------------------------------------------------- MIME parts
class Part:
    def __init__(self, headers, body=b'', children=None, boundary=None, preamble=b'', epilogue=b''):
        self.headers = headers  # list of (name, value)
        self.body = body
        self.children = children
        self.boundary = boundary
        self.preamble = preamble
        self.epilogue = epilogue


def cs_label(cs, style):
    if style == 'gmail':
        return cs.upper() if cs.lower() == 'utf-8' else cs
    if style == 'outlook':
        return cs.lower()
    return cs


def encode_body(text, cs, cte, errors='strict'):
    b = text.encode(cs, errors)
    if cte == 'quoted-printable':
        return quopri.encodestring(b, quotetabs=False)
    if cte == 'base64':
        return base64.encodebytes(b)
    if cte == '7bit':
        b.decode('ascii')
    return b


def text_part(text, subtype='plain', cs='utf-8', cte='quoted-printable', ctstyle='outlook', extra=None, errors='strict'):
    b = encode_body(text, cs, cte, errors)
    if ctstyle == 'apple':
        ct = 'text/%s;\n\tcharset=%s' % (subtype, cs_label(cs, 'apple'))
    elif ctstyle == 'gmail':
        ct = 'text/%s; charset="%s"' % (subtype, cs_label(cs, 'gmail'))
    elif ctstyle == 'plainq':
        ct = 'text/%s; charset=%s; format=flowed' % (subtype, cs)
    else:
        ct = 'text/%s; charset="%s"' % (subtype, cs_label(cs, 'outlook'))
    hs = [('Content-Type', ct), ('Content-Transfer-Encoding', cte)]
    if extra:
        hs += extra
    return Part(hs, b)


def bnd(style):
    if style == 'gmail':
        return '000000000000' + ''.join(R.choice('0123456789abcdef') for _ in range(16))
    if style == 'apple':
        return 'Apple-Mail=_' + str(uuid.UUID(int=R.getrandbits(128))).upper()
    if style == 'outlook':
        return '_%03d_%s_' % (R.randint(0, 9), ''.join(R.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') for _ in range(40)))
    if style == 'thunderbird':
        return '------------' + ''.join(R.choice('0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ') for _ in range(24))
    return '----=_Part_%d_%d.%d' % (R.randint(10000, 99999), R.randint(100000000, 999999999), R.randint(10 ** 12, 10 ** 13))


def multipart(sub, children, style='outlook', params=''):
    b = bnd(style)
    if style == 'apple':
        ct = 'multipart/%s;\n\tboundary="%s"%s' % (sub, b, params)
    else:
        ct = 'multipart/%s; boundary="%s"%s' % (sub, b, params)
    return Part([('Content-Type', ct)], children=children, boundary=b)


def attach(kind, name, data=None, style='outlook', inline=False):
    if kind == 'png':
        data = data or make_png()
        ct = 'image/png; name="%s"' % name
    elif kind == 'jpg':
        ct = 'image/jpeg; name="%s"' % name
    elif kind == 'pdf':
        ct = 'application/pdf; name="%s"' % name
    elif kind == 'ics':
        ct = 'text/calendar; charset="utf-8"; method=REQUEST; name="%s"' % name
    elif kind == 'tnef':
        data = data or make_tnef()
        ct = 'application/ms-tnef; name="%s"' % name
    elif kind == 'xlsx':
        ct = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet; name="%s"' % name
    else:
        ct = 'application/octet-stream; name="%s"' % name
    hs = [('Content-Type', ct)]
    if style == 'outlook':
        hs.append(('Content-Description', name))
    hs.append(('Content-Disposition', '%s; filename="%s"; size=%d' % ('inline' if inline else 'attachment', name, len(data))
               if style == 'outlook' else '%s; filename="%s"' % ('inline' if inline else 'attachment', name)))
    hs.append(('Content-Transfer-Encoding', 'base64'))
    if inline:
        hs.append(('Content-ID', '<image001.png@01DC%s.%s>' % (''.join(R.choice('0123456789ABCDEF') for _ in range(4)),
                                                            ''.join(R.choice('0123456789ABCDEF') for _ in range(8)))))
    return Part(hs, base64.encodebytes(data))


# ----------------------------------------------------------------- binary payloads
def make_png(w=160, h=48, seed=0):
    rnd = random.Random(seed)
    rows = []
    bg = (240, 240, 240)
    for y in range(h):
        row = bytearray([0])
        for x in range(w):
            if 8 <= y <= 12:
                c = (123, 31, 162)  # a purple bar
            elif 20 <= y <= 34 and 10 <= x <= 150:
                c = (255, 255, 255) if not (24 <= y <= 30 and 16 <= x <= 120 and rnd.random() < 0.4) else (200, 40, 40)
            else:
                c = bg
            row += bytes(c)
        rows.append(bytes(row))
    raw = zlib.compress(b''.join(rows), 9)

    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0))
            + chunk(b'IDAT', raw) + chunk(b'IEND', b''))


def make_pdf(lines):
    content = 'BT /F1 11 Tf 50 780 Td 14 TL\n' + '\n'.join('(%s) Tj T*' % l.replace('(', '[').replace(')', ']') for l in lines) + '\nET'
    objs = ['<< /Type /Catalog /Pages 2 0 R >>',
            '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
            '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
            '<< /Length %d >>\nstream\n%s\nendstream' % (len(content), content),
            '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>']
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


def make_tnef():
    rnd = random.Random(7)
    body = b'\x78\x9f\x3e\x22' + struct.pack('<H', rnd.randint(1, 65000)) + b'\x01\x06\x90\x08\x00\x04\x00\x00\x00\x00\x00\x01\x00\x01\x00\x01\x07\x90\x06\x00\x08\x00\x00\x00\xe4\x04\x00\x00\x00\x00\x00\x00\xe8\x00'
    body += bytes(rnd.getrandbits(8) for _ in range(900))
    return body


def ics(method, summary, start, end, organizer, attendee, partstat=None, uid=None, comment=None, location=None, tzid='Europe/London'):
    uid = uid or '040000008200E00074C5B7101A82E008000000%s' % ''.join(R.choice('0123456789ABCDEF') for _ in range(40))
    L = ['BEGIN:VCALENDAR', 'METHOD:%s' % method, 'PRODID:Microsoft Exchange Server 2010', 'VERSION:2.0',
         'BEGIN:VTIMEZONE', 'TZID:%s' % tzid, 'BEGIN:STANDARD', 'DTSTART:16010101T020000', 'TZOFFSETFROM:+0100',
         'TZOFFSETTO:+0000' if tzid == 'Europe/London' else 'TZOFFSETTO:+0100',
         'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10', 'END:STANDARD', 'BEGIN:DAYLIGHT', 'DTSTART:16010101T010000',
         'TZOFFSETFROM:+0000' if tzid == 'Europe/London' else 'TZOFFSETFROM:+0100',
         'TZOFFSETTO:+0100' if tzid == 'Europe/London' else 'TZOFFSETTO:+0200',
         'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3', 'END:DAYLIGHT', 'END:VTIMEZONE', 'BEGIN:VEVENT']
    if attendee:
        a = 'ATTENDEE;%sCN=%s:mailto:%s' % ('PARTSTAT=%s;' % partstat if partstat else 'ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;',
                                          attendee[0], attendee[1])
        L.append(a)
    if comment:
        L.append('COMMENT;LANGUAGE=en-GB:%s' % comment)
    L += ['SUMMARY;LANGUAGE=en-GB:%s' % summary, 'DTSTART;TZID=%s:%s' % (tzid, start), 'DTEND;TZID=%s:%s' % (tzid, end),
          'UID:%s' % uid, 'ORGANIZER;CN=%s:mailto:%s' % organizer,
          'DTSTAMP:%s' % datetime.datetime(2026, 1, 1).strftime('%Y%m%dT%H%M%SZ'), 'SEQUENCE:0']
    if location:
        L.append('LOCATION;LANGUAGE=en-GB:%s' % location)
    L += ['END:VEVENT', 'END:VCALENDAR']
    out = []
    for l in L:  # fold at 75 octets
        while len(l) > 74:
            out.append(l[:74])
            l = ' ' + l[74:]
        out.append(l)
    return '\r\n'.join(out) + '\r\n'


# ----------------------------------------------------------------- headers
def ew(s, mode='b', cs='utf-8'):
    b = s.encode(cs)
    if mode == 'b':
        return '=?%s?B?%s?=' % (cs.upper() if cs == 'utf-8' else cs, base64.b64encode(b).decode())
    o = ''
    for x in b:
        c = chr(x)
        if c == ' ':
            o += '_'
        elif x < 128 and (c.isalnum() or c in '!*+-/.,'):
            o += c
        else:
            o += '=%02X' % x
    return '=?%s?Q?%s?=' % (cs if cs != 'utf-8' else 'UTF-8', o)


def ew_words(s, mode='b', cs='utf-8', maxlen=40, split_mid=False):
    """Encode s as several encoded words joined by folding whitespace."""
    chunks = []
    if split_mid:
        # split in the middle of a word that carries non-ASCII characters
        words = s.split(' ')
        idx = next((i for i, w in enumerate(words) if any(ord(c) > 127 for c in w) and len(w) > 3), len(words) // 2)
        w = words[idx]
        cut = max(1, len(w) // 2)
        first = ' '.join(words[:idx] + [w[:cut]])
        second = w[cut:] + (' ' + ' '.join(words[idx + 1:]) if idx + 1 < len(words) else '')
        return ew(first, mode, cs) + '\n ' + ew(second, mode, cs)
    cur = ''
    for ch in s:
        if len((cur + ch).encode(cs)) > maxlen:
            chunks.append(cur)
            cur = ''
        cur += ch
    if cur:
        chunks.append(cur)
    return '\n '.join(ew(c, mode, cs) for c in chunks)


def fold(name, value):
    if '\n' in value:
        return name + ': ' + value
    line = name + ': '
    cur = line
    out = []
    for i, word in enumerate(value.split(' ')):
        piece = word if i == 0 else ' ' + word
        if len(cur) + len(piece) > 76 and cur.strip() and cur != line:
            out.append(cur)
            cur = ' ' + word
        else:
            cur += piece
    out.append(cur)
    return '\n'.join(out)


def hval(v):
    if isinstance(v, Raw):
        return v.s.encode(v.enc)
    return v.encode('ascii')


def ser_headers(hs):
    out = b''
    for n, v in hs:
        if isinstance(v, Raw):
            out += n.encode() + b': ' + v.s.encode(v.enc) + b'\n'
        else:
            out += fold(n, v).encode('ascii') + b'\n'
    return out


def ser(p):
    out = ser_headers(p.headers) + b'\n'
    if p.children is None:
        return out + p.body
    out += p.preamble
    for c in p.children:
        out += b'\n--' + p.boundary.encode() + b'\n' + ser(c).rstrip(b'\n') + b'\n'
    out += b'\n--' + p.boundary.encode() + b'--\n' + p.epilogue
    return out


def rnd_b64(n):
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(n))).decode()


def rnd_hex(n, up=True):
    s = ''.join(R.choice('0123456789abcdef') for _ in range(n))
    return s.upper() if up else s


def msgid(kind, domain='harrowgatelogistics.com'):
    if kind == 'outlook':
        srv = R.choice(['DB9PR04MB', 'AM0PR02MB', 'PAXPR04MB', 'LO2P265MB', 'CWLP265MB', 'DU0PR07MB', 'AS8PR03MB', 'VI1PR08MB'])
        s = srv + str(R.randint(1000, 9999))
        reg = 'GBRP265' if srv.startswith(('LO2', 'CWL')) else 'eurprd0%d' % R.randint(1, 8)
        if reg.startswith('GBR'):
            host = '%s.%s.PROD.OUTLOOK.COM' % (s, reg)
        else:
            host = '%s.%s.prod.outlook.com' % (s, reg)
        return '<%s%s@%s>' % (s, rnd_hex(24), host)
    if kind == 'gmail':
        return '<CA%s@mail.gmail.com>' % (''.join(R.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-') for _ in range(58)))
    if kind == 'apple':
        return '<%s@%s>' % (str(uuid.UUID(int=R.getrandbits(128))).upper(), domain)
    if kind == 'thunderbird':
        return '<%s@%s>' % (uuid.UUID(int=R.getrandbits(128)), domain)
    if kind == 'outlook-ios':
        return '<%s.%s@%s>' % (rnd_hex(8, False), rnd_hex(12, False), 'AM0PR02MB%d.eurprd02.prod.outlook.com' % R.randint(1000, 9999))
    return '<%d.%d.%s@%s>' % (R.randint(10 ** 9, 10 ** 10), R.randint(1000, 9999), rnd_hex(10, False), domain)


EXO_HOSTS = ['DB9PR04MB', 'AM0PR02MB', 'PAXPR04MB', 'DU0PR07MB', 'AS8PR03MB', 'VI1PR08MB', 'LO2P265MB', 'CWLP265MB']


def exo_host():
    s = R.choice(EXO_HOSTS) + str(R.randint(1000, 9999))
    return s + ('.GBRP265.PROD.OUTLOOK.COM' if s.startswith(('LO2', 'CWL')) else '.eurprd0%d.prod.outlook.com' % R.randint(1, 8))


def received_chain(n, d, kind='exo', src_ip=None, helo=None):
    """n Received headers, newest first. d: sending time (aware)."""
    utc = d.astimezone(datetime.timezone.utc)
    hops = []
    t = utc
    if kind == 'exo':
        h1 = exo_host()
        hops.append('from %s (2603:10a6:%x:%x::%x) by %s (2603:10a6:%x:%x::%x) with Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d'
                    % (h1, R.randint(16, 800), R.randint(1, 900), R.randint(1, 99), exo_host(), R.randint(16, 800), R.randint(1, 900), R.randint(1, 99), R.randint(8400, 9300), R.randint(1, 40)))
        hops.insert(0, 'from %s ([fe80::%x:%x:%x:%x]) by %s ([fe80::%x:%x:%x:%x%%%d]) with mapi id 15.20.%d.%03d' % (
            h1, R.getrandbits(16), R.getrandbits(16), R.getrandbits(16), R.getrandbits(16), h1, R.getrandbits(16),
            R.getrandbits(16), R.getrandbits(16), R.getrandbits(16), R.randint(3, 7), R.randint(8400, 9300), R.randint(1, 40)))
        more = ['from AMS0EPF%08X.eurprd05.prod.outlook.com (2603:10a6:208:%x:cafe::%x) by AM0PR02CA%04d.outlook.office365.com (2603:10a6:208:%x::%x) with Microsoft SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend Transport'
                % (R.getrandbits(28), R.getrandbits(8), R.getrandbits(8), R.randint(1, 9999), R.getrandbits(8), R.getrandbits(8), R.randint(8400, 9300), R.randint(1, 40)),
                'from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on20%d.outbound.protection.outlook.com [40.107.22.%d]) by mx1.harrowgatelogistics.com (Postfix) with ESMTPS id 4f%s'
                % (R.randint(600, 730), R.randint(1, 250), rnd_hex(9)),
                'from mx1.harrowgatelogistics.com (mx1.harrowgatelogistics.com [185.42.%d.%d]) by relay02.harrowgatelogistics.com (Postfix) with ESMTP id %s for <helpline@harrowgatelogistics.com>'
                % (R.randint(1, 254), R.randint(1, 254), rnd_hex(10)),
                'from relay02.harrowgatelogistics.com ([10.20.%d.%d]) by DB8PR04MB%d.eurprd04.prod.outlook.com with Microsoft SMTP Server id 15.20.%d.%d'
                % (R.randint(1, 254), R.randint(1, 254), R.randint(1000, 9999), R.randint(8400, 9300), R.randint(1, 40)),
                'from DB8PR04MB%d.eurprd04.prod.outlook.com ([fe80::%x]) by DB8PR04MB%d.eurprd04.prod.outlook.com with mapi id 15.20.%d.%d'
                % (R.randint(1000, 9999), R.getrandbits(16), R.randint(1000, 9999), R.randint(8400, 9300), R.randint(1, 40)),
                'from smtp-gw.harrowgatelogistics.com (unknown [10.20.0.%d]) by helpdesk-mbx01.harrowgatelogistics.com (Postfix) with LMTP id %s'
                % (R.randint(2, 250), rnd_b64(12).replace('/', 'x').replace('+', 'y').rstrip('=')),
                'by helpdesk-mbx01.harrowgatelogistics.com (Postfix, from userid 1001) id %s' % rnd_hex(10)]
        hops += more
    elif kind == 'google':
        src = helo or 'mail-wr1-f%d.google.com' % R.randint(41, 99)
        hops = ['by 2002:a05:6000:%x:b0:%x:%x:%x with SMTP id %s-%d.%d.2026.%02d.%02d.%02d.%02d.%02d'
                % (R.getrandbits(12), R.getrandbits(12), R.getrandbits(12), R.getrandbits(12), rnd_hex(14, False), R.randint(10 ** 8, 10 ** 9 - 1), R.randint(0, 9), utc.month, utc.day, utc.hour, utc.minute, utc.second),
                'from [192.168.%d.%d] (%d.%d.%d.%d.dyn.example-isp.net. [%d.%d.%d.%d]) by smtp.gmail.com with ESMTPSA id %s-%d.%d.2026.%02d.%02d'
                % (R.randint(0, 2), R.randint(2, 254), *(R.randint(1, 254) for _ in range(8)), rnd_hex(12, False), R.randint(10 ** 8, 10 ** 9), R.randint(0, 9), utc.month, utc.day),
                'from %s (%s. [209.85.%d.%d]) by mx1.harrowgatelogistics.com (Postfix) with ESMTPS id %s for <helpline@harrowgatelogistics.com>'
                % (src, src, R.randint(128, 223), R.randint(1, 254), rnd_hex(10)),
                'from mx1.harrowgatelogistics.com (mx1.harrowgatelogistics.com [185.42.%d.%d]) by relay01.harrowgatelogistics.com (Postfix) with ESMTP id %s'
                % (R.randint(1, 254), R.randint(1, 254), rnd_hex(10)),
                'from relay01.harrowgatelogistics.com ([10.20.%d.%d]) by DB8PR04MB%d.eurprd04.prod.outlook.com with Microsoft SMTP Server id 15.20.%d.%d'
                % (R.randint(1, 254), R.randint(1, 254), R.randint(1000, 9999), R.randint(8400, 9300), R.randint(1, 40)),
                'from DB8PR04MB%d.eurprd04.prod.outlook.com ([fe80::%x]) by DB8PR04MB%d.eurprd04.prod.outlook.com with mapi id 15.20.%d.%d'
                % (R.randint(1000, 9999), R.getrandbits(16), R.randint(1000, 9999), R.randint(8400, 9300), R.randint(1, 40)),
                'from smtp-gw.harrowgatelogistics.com (unknown [10.20.0.%d]) by helpdesk-mbx01.harrowgatelogistics.com (Postfix) with LMTP id %s'
                % (R.randint(2, 250), rnd_hex(12, False)),
                'by helpdesk-mbx01.harrowgatelogistics.com (Postfix, from userid 1001) id %s' % rnd_hex(10)]
    else:  # external sender
        src = helo or 'o%d.em.example.net' % R.randint(1, 9)
        ip = src_ip or '149.72.%d.%d' % (R.randint(1, 254), R.randint(1, 254))
        hops = ['from %s (unknown) by geopod-ismtpd-%d (SG) with HTTP id %s' % ('localhost', R.randint(1, 40), rnd_b64(16).rstrip('=')),
                'from %s (%s [%s]) by mx1.harrowgatelogistics.com (Postfix) with ESMTPS id %s for <helpline@harrowgatelogistics.com>'
                % (src, src, ip, rnd_hex(10)),
                'from mx1.harrowgatelogistics.com (mx1.harrowgatelogistics.com [185.42.%d.%d]) by relay01.harrowgatelogistics.com (Postfix) with ESMTP id %s'
                % (R.randint(1, 254), R.randint(1, 254), rnd_hex(10)),
                'from relay01.harrowgatelogistics.com ([10.20.%d.%d]) by DB8PR04MB%d.eurprd04.prod.outlook.com with Microsoft SMTP Server id 15.20.%d.%d'
                % (R.randint(1, 254), R.randint(1, 254), R.randint(1000, 9999), R.randint(8400, 9300), R.randint(1, 40)),
                'from DB8PR04MB%d.eurprd04.prod.outlook.com ([fe80::%x]) by DB8PR04MB%d.eurprd04.prod.outlook.com with mapi id 15.20.%d.%d'
                % (R.randint(1000, 9999), R.getrandbits(16), R.randint(1000, 9999), R.randint(8400, 9300), R.randint(1, 40)),
                'from smtp-gw.harrowgatelogistics.com (unknown [10.20.0.%d]) by helpdesk-mbx01.harrowgatelogistics.com (Postfix) with LMTP id %s'
                % (R.randint(2, 250), rnd_hex(12, False)),
                'by helpdesk-mbx01.harrowgatelogistics.com (Postfix, from userid 1001) id %s' % rnd_hex(10)]
    # keep the origin hop and the last hops, newest first
    if n < len(hops):
        hops = hops[:1] + hops[len(hops) - n + 1:]
    out = []
    for i, h in enumerate(hops):
        t = t + datetime.timedelta(seconds=R.randint(0, 3))
        out.append((h, t))
    out.reverse()
    return [('Received', '%s; %s' % (h, format_datetime(t.astimezone(d.tzinfo) if 'mapi' in h and R.random() < .3 else t)))
            for h, t in out]


def auth_headers(d, domain, kind='exo', arc=True, result='pass', dkim_d=None):
    dkim_d = dkim_d or domain
    hs = []
    if arc:
        hs.append(('ARC-Seal', 'i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b=' + '\n '.join(
            [rnd_b64(57) for _ in range(5)])))
        hs.append(('ARC-Message-Signature', 'i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector10001;\n'
                   ' h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\n'
                   ' bh=%s;\n b=%s' % (rnd_b64(32), '\n '.join([rnd_b64(57) for _ in range(5)]))))
        hs.append(('ARC-Authentication-Results', 'i=1; mx.microsoft.com 1; spf=%s\n smtp.mailfrom=%s; dmarc=%s action=none\n header.from=%s; dkim=%s\n header.d=%s; arc=none'
                   % (result, domain, result, domain, result, dkim_d)))
    hs.append(('DKIM-Signature', 'v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;\n s=selector%d;\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version;\n bh=%s;\n b=%s'
               % (dkim_d, R.randint(1, 2), rnd_b64(32), '\n '.join([rnd_b64(57) for _ in range(5)]))))
    hs.append(('Authentication-Results', 'mx1.harrowgatelogistics.com;\n\tdkim=%s (2048-bit key; unprotected) header.d=%s header.i=@%s header.b="%s";\n\tspf=%s smtp.mailfrom=%s;\n\tdmarc=%s (p=quarantine dis=none) header.from=%s'
               % (result, dkim_d, dkim_d, rnd_b64(6)[:8], result, domain, result, domain)))
    return hs


# ----------------------------------------------------------------- message builder
CLIENTS = {
    'outlook': [('X-Mailer', 'Microsoft Outlook 16.0')],
    'outlook-new': [],
    'outlook-mac': [('User-Agent', 'Microsoft-MacOutlook/16.93.25011212')],
    'owa': [],
    'gmail': [],
    'apple': [('X-Mailer', 'Apple Mail (2.3826.400.131.1.6)')],
    'iphone': [('X-Mailer', 'iPhone Mail (22E240)')],
    'thunderbird': [('User-Agent', 'Mozilla Thunderbird')],
    'outlook-ios': [],
    'android': [],
    'none': [],
}
STYLE = {'outlook': 'outlook', 'outlook-new': 'outlook', 'outlook-mac': 'outlook', 'owa': 'outlook', 'gmail': 'gmail',
         'apple': 'apple', 'iphone': 'apple', 'thunderbird': 'thunderbird', 'outlook-ios': 'outlook', 'android': 'gmail', 'none': 'none'}


def addr_hdr(name, email_, enc=None):
    if not name:
        return email_
    if enc is None:
        if any(c in name for c in ',.()'):
            return '"%s" <%s>' % (name, email_)
        return '%s <%s>' % (name, email_)
    if enc == 'raw-utf8':
        return Raw('%s <%s>' % (name, email_), 'utf-8')
    if enc == 'raw-cp1252':
        return Raw('%s <%s>' % (name, email_), 'cp1252')
    mode, cs = {'b': ('b', 'utf-8'), 'q': ('q', 'utf-8'), 'q-latin1': ('q', 'iso-8859-1'), 'b-latin1': ('b', 'iso-8859-1')}[enc]
    return '%s <%s>' % (ew(name, mode, cs), email_)


def addr_list(lst):
    if isinstance(lst, str):
        return lst
    return ', '.join(addr_hdr(n, e) if all(ord(c) < 128 for c in n) else addr_hdr(n, e, 'q') for n, e in lst)


def subj_hdr(s, enc):
    if enc in (None, 'plain'):
        return s
    if enc == 'raw-utf8':
        return Raw(s, 'utf-8')
    if enc == 'raw-cp1252':
        return Raw(s, 'cp1252')
    if enc == 'raw-latin1':
        return Raw(s, 'latin-1')
    mode, cs = {'b': ('b', 'utf-8'), 'q': ('q', 'utf-8'), 'q-latin1': ('q', 'iso-8859-1'), 'b-latin1': ('b', 'iso-8859-1'),
                'split-b': ('b', 'utf-8'), 'split-q': ('q', 'utf-8'), 'split-q-latin1': ('q', 'iso-8859-1'),
                'b-multi': ('b', 'utf-8'), 'q-multi': ('q', 'utf-8'), 'q-cp1252': ('q', 'windows-1252'),
                'b-cp1252': ('b', 'windows-1252')}[enc]
    if enc.startswith('split'):
        return ew_words(s, mode, cs, split_mid=True)
    if enc.endswith('multi'):
        return ew_words(s, mode, cs, maxlen=30)
    return ew(s, mode, cs)


ENC_TAG = {'q-cp1252': 'rfc2047-q-windows-1252', 'b-cp1252': 'rfc2047-b-windows-1252', 'b': 'rfc2047-b-utf8', 'q': 'rfc2047-q-utf8', 'q-latin1': 'rfc2047-q-latin1', 'b-latin1': 'rfc2047-b-latin1',
           'split-b': 'rfc2047-b-split-word', 'split-q': 'rfc2047-q-split-word', 'split-q-latin1': 'rfc2047-q-latin1-split-word',
           'b-multi': 'rfc2047-b-multiword', 'q-multi': 'rfc2047-q-multiword', 'raw-utf8': 'raw-utf8', 'raw-cp1252': 'raw-cp1252',
           'raw-latin1': 'raw-latin1'}


def build(s):
    tags = []
    lang = s['lang']
    client = s.get('client', 'outlook')
    style = s.get('style', STYLE[client])
    us = s.get('us', False)
    d = D(s['date'])
    frm = s['frm']
    fdomain = frm[1].split('@')[1]

    # ---------- body
    if 'part' in s:
        body = s['part']
    else:
        blocks = s['blocks']
        kinds = [b[1]['kind'] for b in blocks if b[0] == 'quote']
        for k in kinds:
            tags.append({'gmail': 'quoted-reply-gt', 'apple': 'quoted-reply-gt', 'outlook': 'outlook-quote-block',
                         'orig': 'original-message', 'fwd-gmail': 'forward-gmail', 'fwd-apple': 'forward-apple'}[k])
        if any(b[0] == 'mob' for b in blocks):
            tags.append('mobile-signature')
        if any(b[0] == 'disc' for b in blocks):
            tags.append('legal-disclaimer')
        if any(b[0] in ('sig', 'sigdash') and b[1].count('\n') >= 4 for b in blocks):
            tags.append('long-signature')
        kind = s.get('body', {'outlook': 'alt', 'gmail': 'alt', 'apple': 'alt', 'thunderbird': 'plain'}[style])
        plain = s.get('plain_text') or render_plain(blocks, lang, us)
        cs = s.get('cs', 'utf-8')
        cte = s.get('cte', 'quoted-printable')
        if kind == 'plain':
            ctstyle = {'outlook': 'outlook', 'gmail': 'gmail', 'apple': 'apple', 'thunderbird': 'plainq'}[style]
            body = text_part(plain, 'plain', cs, cte, ctstyle)
            tags.append('text-plain-only')
        else:
            hcs = s.get('hcs', cs)
            hcte = s.get('hcte', cte)
            if style == 'outlook':
                htm = render_outlook_html(blocks, lang, hcs, us, s.get('font', 'Calibri'))
            elif style == 'gmail':
                htm = render_gmail_html(blocks, lang, us)
            else:
                htm = render_apple_html(blocks, lang, us)
            hp = text_part(htm, 'html', hcs, hcte, style if style != 'thunderbird' else 'outlook', errors='xmlcharrefreplace')
            if kind == 'html':
                body = hp
                tags.append('html-only' if style != 'outlook' else 'outlook-html-only')
                if style == 'outlook':
                    tags.append('mso-normal')
            else:
                pp = text_part(plain, 'plain', cs, cte, style if style != 'thunderbird' else 'outlook')
                body = multipart('alternative', [pp, hp], style)
                tags.append('multipart-alternative-' + client)
            cte = hcte if kind == 'html' else cte
            if kind != 'html' and hcte != cte:
                tags.append(hcte)
            if kind != 'html' and hcs != cs:
                tags.append(hcs)
        tags.append({'quoted-printable': 'qp', 'base64': 'base64', '8bit': '8bit', '7bit': '7bit'}[cte])
        if cs != 'utf-8' or kind == 'html':
            tags.append(s.get('hcs', cs) if kind == 'html' else cs)
    tags += s.get('ptags', [])

    atts = s.get('atts', [])
    if atts:
        aparts = []
        for a in atts:
            aparts.append(a)
            ct = a.headers[0][1]
            tags.append({'image/png': 'png-attachment', 'application/pdf': 'pdf-attachment', 'text/calendar': 'ics-attachment',
                         'application/ms-tnef': 'winmail.dat', 'image/jpeg': 'jpg-attachment'}.get(ct.split(';')[0], 'attachment'))
        body = multipart(s.get('mixed', 'mixed'), [body] + aparts, style)

    # ---------- headers
    hs = []
    nrec = s.get('recv', 0)
    if nrec:
        hs += received_chain(nrec, d, s.get('rkind', {'gmail': 'google'}.get(style, 'exo')), helo=s.get('helo'))
        tags.append('received-%d' % nrec)
    if s.get('auth'):
        hs += auth_headers(d, fdomain, arc=s.get('arc', True), result=s.get('auth_result', 'pass'), dkim_d=s.get('dkim_d'))
        tags.append('dkim' + ('+arc' if s.get('arc', True) else '') + '+auth-results')
    hs += s.get('pre_headers', [])
    fe = s.get('from_enc')
    hs.append(('From', addr_hdr(frm[0], frm[1], fe)))
    if fe:
        tags.append('from-' + ENC_TAG[fe])
    to = s.get('to', [HL])
    hs.append(('To', addr_list(to)))
    if s.get('cc'):
        hs.append(('CC' if style == 'outlook' else 'Cc', addr_list(s['cc'])))
    se = s.get('subj_enc')
    subj = s['subject']
    hs.append(('Subject', subj_hdr(subj, se)))
    if se:
        tags.append('subject-' + ENC_TAG[se])
    if len(subj) > 78 and not se:
        tags.append('long-folded-subject')
    if se and len(subj) > 60:
        tags.append('long-subject')
    if style == 'outlook' and s.get('thread', True) and client in ('outlook', 'outlook-mac', 'owa', 'outlook-new'):
        hs.append(('Thread-Topic', subj_hdr(s.get('topic', subj.split(': ', 1)[-1] if subj[:3].upper() in ('RE:', 'AW:', 'FW:', 'WG:', 'TR:', 'RV:', 'RES') else subj), se if se not in ('split-b', 'split-q', 'split-q-latin1') else 'b')))
        hs.append(('Thread-Index', rnd_b64(22).rstrip('=') + ('==' if R.random() < .5 else '')))
    hs.append(('Date', rfcdate(d, s.get('date_suffix', False))))
    mid = s.get('mid', {'outlook': 'outlook', 'gmail': 'gmail', 'apple': 'apple', 'thunderbird': 'thunderbird', 'none': 'generic'}[style])
    if mid == 'none':
        tags.append('no-message-id')
    elif mid == 'nobrackets':
        hs.append(('Message-ID', msgid('generic', fdomain)[1:-1]))
        tags.append('message-id-no-brackets')
    else:
        hs.append(('Message-ID' if style != 'outlook' else 'Message-ID', msgid(mid, fdomain)))
    if s.get('reply'):
        irt = msgid(R.choice(['outlook', 'gmail']), 'harrowgatelogistics.com')
        hs.append(('References', msgid('outlook') + ' ' + irt if R.random() < .5 else irt))
        hs.append(('In-Reply-To', irt))
    if style == 'outlook' and client != 'outlook-ios':
        hs.append(('Accept-Language', {'en': 'en-GB, en-US', 'de': 'de-DE, en-US', 'es': 'es-ES, en-US', 'fr': 'fr-FR, en-US', 'pt': 'pt-PT, en-US'}[lang]))
        hs.append(('Content-Language', {'en': 'en-GB', 'de': 'de-DE', 'es': 'es-ES', 'fr': 'fr-FR', 'pt': 'pt-PT'}[lang]))
        hs.append(('X-MS-Has-Attach', 'yes' if atts else ''))
        hs.append(('X-MS-TNEF-Correlator', ''))
    hs += CLIENTS[client]
    hs += s.get('extra_headers', [])
    hs.append(('MIME-Version', '1.0'))
    top = Part(hs + body.headers, body.body, body.children, body.boundary, body.preamble, body.epilogue)
    if s.get('preamble'):
        top.preamble = b'This is a multi-part message in MIME format.\n'
    raw = ser(top)
    if s.get('crlf'):
        raw = raw.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
        tags.append('crlf')
    for h in ('extra_tags',):
        tags += s.get(h, [])
    seen = []
    for t in tags:
        if t not in seen:
            seen.append(t)
    return raw, seen


MSGS = []


def M(cat, act, art, lang, notes, **s):
    s['lang'] = lang
    MSGS.append(dict(cat=cat, act=act, art=art, lang=lang, notes=notes, spec=s))


# ================================================================= content helpers
def P(t):
    return ('p', T(t))


def SIG(t):
    return ('sig', T(t))


def SIGD(t):
    return ('sigdash', T(t))


def MOB(t):
    return ('mob', t)


def DISC(t):
    return ('disc', T(t))


def Q(kind, name, email_, date, subject, text, to='', cc='', loc=None):
    q = dict(kind=kind, name=name, email=email_, date=date, subject=subject, text=T(text), to=to, cc=cc)
    if loc:
        q['loc'] = loc
    return ('quote', q)


DOM = 'harrowgatelogistics.com'
HLS = 'GoodTime Help Line <helpline@harrowgatelogistics.com>'

DISC_UK = '''
Harrowgate Logistics Ltd | Registered in England and Wales No. 04417729 | Registered office: Harrowgate House, Grafton Gate, Milton Keynes MK9 1AQ
CONFIDENTIALITY NOTICE: This e-mail and any files transmitted with it are CONFIDENTIAL and intended solely for the use of the individual or entity to whom they are addressed. If you have received this e-mail in error, please notify the sender immediately by return e-mail and delete it from your system. Any unauthorised review, use, disclosure or copying is strictly prohibited.
URGENT SECURITY REMINDER: Harrowgate Logistics will never ask you to change bank details or make an urgent payment by e-mail alone. If in doubt, call the sender on a number you already know.'''
DISC_US = '''
This message (including any attachments) contains confidential information intended for a specific individual and purpose, and is protected by law. If you are not the intended recipient, you should delete this message and notify the sender immediately. Any disclosure, copying, or distribution of this message, or the taking of any action based on it, is strictly prohibited. Harrowgate Logistics Inc., 4100 Distribution Parkway, Columbus, OH 43217.'''
DISC_DE = '''
Harrowgate Logistics GmbH · Sitz der Gesellschaft: Duisburg · Registergericht: Amtsgericht Duisburg, HRB 31842 · Geschäftsführung: Dr. Henrik Albers, Claudia Wenning

Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser E-Mail sind nicht gestattet.
This e-mail may contain confidential and/or privileged information. If you are not the intended recipient (or have received this e-mail in error) please notify the sender immediately and destroy this e-mail.'''
DISC_ES = '''
AVISO LEGAL: Este mensaje y, en su caso, los ficheros anexos son CONFIDENCIALES y se dirigen exclusivamente a su destinatario. Si usted no es el destinatario indicado y lo ha recibido por error, le rogamos que lo comunique inmediatamente al remitente y proceda a su eliminación, absteniéndose de copiarlo, divulgarlo o utilizarlo.
Protección de datos: el responsable del tratamiento es HARROWGATE LOGISTICS ESPAÑA, S.L., con domicilio en Avda. de la Industria 28, 28823 Coslada (Madrid). Puede ejercer sus derechos de acceso, rectificación, supresión y demás reconocidos en el RGPD escribiendo a privacidad@harrowgatelogistics.es.
Antes de imprimir este correo, piense si es necesario.'''
DISC_FR = '''
Harrowgate Logistics France SAS – Capital social 2 500 000 € – RCS Lyon 812 455 903 – 12 rue du Dauphiné, 69800 Saint-Priest
Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires. Toute utilisation ou diffusion non autorisée est interdite. Si vous avez reçu ce message par erreur, merci de le détruire et d'en avertir immédiatement l'expéditeur.
Pensez à l'environnement avant d'imprimer ce message.'''
DISC_FR_L1 = DISC_FR.replace(' €', ' EUR').replace('–', '-')
DISC_PT = '''
Harrowgate Logistics Portugal, Lda. · NIPC 514 287 093 · Parque Logístico da Azambuja, Lote 7, 2050-306 Azambuja
AVISO DE CONFIDENCIALIDADE: Esta mensagem e quaisquer ficheiros anexos são confidenciais e destinam-se exclusivamente ao(s) destinatário(s) indicado(s). Se recebeu esta mensagem por erro, por favor notifique imediatamente o remetente e elimine-a do seu sistema. É proibida a divulgação, cópia ou distribuição não autorizada.
Antes de imprimir este e-mail, pense no ambiente.'''

# people
CHARLOTTE = ('Charlotte Pemberton', 'charlotte.pemberton@' + DOM)
GARETH = ('Gareth Llewellyn', 'gareth.llewellyn@' + DOM)
PRIYA = ('Priya Raman', 'priya.raman@' + DOM)
SIOBHAN = ('Siobhan Doyle', 'siobhan.doyle@' + DOM)
TOM = ('Tom Ashworth', 'tom.ashworth@' + DOM)
HANNAH = ('Hannah Whitfield', 'hannah.whitfield@' + DOM)
MARCUS = ('Marcus Oyelaran', 'marcus.oyelaran@' + DOM)
FIONA = ('Fiona MacLeod', 'fiona.macleod@' + DOM)
JAKE = ('Jake Burrows', 'jake.burrows@' + DOM)
REBECCA = ('Rebecca Thornton', 'rebecca.thornton@' + DOM)
AMIR = ('Amir Hussain', 'amir.hussain@' + DOM)
LUCY = ('Lucy Fairbrother', 'lucy.fairbrother@' + DOM)
DANIEL = ('Daniel Okafor', 'daniel.okafor@' + DOM)
KAYLA = ('Kayla Brennan', 'kayla.brennan@' + DOM)
DEREK = ('Derek Walsh', 'derek.walsh@' + DOM)
PAUL = ('Paul Devlin', 'paul.devlin@' + DOM)
KERRY = ('Kerry Halloran', 'kerry.halloran@' + DOM)
KATRIN = ('Katrin Vogelsang', 'katrin.vogelsang@harrowgatelogistics.de')
JONAS = ('Jonas Hartmann', 'jonas.hartmann@harrowgatelogistics.de')
SABINE = ('Sabine Köhler', 'sabine.koehler@harrowgatelogistics.de')
ANJA = ('Anja Schröder', 'anja.schroeder@harrowgatelogistics.de')
FELIX = ('Felix Brandt', 'felix.brandt@harrowgatelogistics.de')
MAJO = ('María José Fernández Ruiz', 'mariajose.fernandez@harrowgatelogistics.es')
JAVIER = ('Javier Ortega Lacasa', 'javier.ortega@harrowgatelogistics.es')
LUCIA = ('Lucía Navarro', 'lucia.navarro@harrowgatelogistics.es')
SERGIO = ('Sergio Martín', 'sergio.martin@harrowgatelogistics.es')
AINHOA = ('Ainhoa Etxeberria', 'ainhoa.etxeberria@harrowgatelogistics.es')
MONTSE = ('Montserrat Puig', 'montserrat.puig@harrowgatelogistics.es')
CAMILLE = ('Camille Lefèvre', 'camille.lefevre@harrowgatelogistics.fr')
JULIEN = ('Julien Moreau', 'julien.moreau@harrowgatelogistics.fr')
SOPHIE = ('Sophie Garnier', 'sophie.garnier@harrowgatelogistics.fr')
NADIA = ('Nadia Benali', 'nadia.benali@harrowgatelogistics.fr')
THOMAS = ('Thomas Giraud', 'thomas.giraud@harrowgatelogistics.fr')
ELODIE = ('Élodie Marchand', 'elodie.marchand@harrowgatelogistics.fr')
INES = ('Inês Carvalho', 'ines.carvalho@harrowgatelogistics.pt')
RUI = ('Rui Pereira', 'rui.pereira@harrowgatelogistics.pt')
BEATRIZ = ('Beatriz Sousa', 'beatriz.sousa@harrowgatelogistics.pt')
MARIANA = ('Mariana Gonçalves Lopes', 'mariana.lopes@harrowgatelogistics.pt')


def sig_uk(name, title, site, tel, mob=None, extra=None):
    lines = [name, title, 'Harrowgate Logistics Ltd', site, 'T: %s' % tel + (' | M: %s' % mob if mob else ''), 'www.harrowgatelogistics.com']
    if extra:
        lines.append(extra)
    return ('sig', '\n'.join(lines))


# ================================================================= QUESTIONS answered by an article
# --- German
M('question', 'auto_reply', 'support-hours', 'de', 'support reachable on a Saturday evening, no word for hours',
  frm=JONAS, to=[ANJA], cc=[HL], subject='AW: Recruiting-Tag Hamburg-Billbrook am 18.04. – Planung',
  subj_enc='q-cp1252', date='2026-04-02 16:41 +0200', client='outlook', body='html', cs='windows-1252',
  reply=True, recv=6, auth=True,
  blocks=[
      P('''
        Hallo Anja,
        danke, Catering und Parkplätze sind organisiert, die Sicherheitsunterweisung übernimmt Herr Lorenz aus der Lagerleitung.

        Liebes Help-Line-Team, ich habe Sie in Kopie genommen, weil ich eine Frage zu GoodTime habe:
        Unser Recruiting-Tag in Billbrook findet an einem Samstag statt, und wir planen Vorstellungsgespräche mit Kommissionierern und Staplerfahrern bis ca. 20 Uhr. Falls an diesem Tag in GoodTime etwas nicht funktioniert (z. B. Einladungen gehen nicht raus), erreichen wir dann überhaupt jemanden beim GoodTime-Support, oder ist am Wochenende und abends niemand da? Anja meinte, das ginge nur werktags, ich würde das aber gern vorher sicher wissen.

        Vielen Dank im Voraus!'''),
      SIG('''
        Mit freundlichen Grüßen / Kind regards

        Jonas Hartmann
        Recruiting Koordinator – Standort Hamburg
        Harrowgate Logistics GmbH
        Andreas-Meyer-Straße 41, 22113 Hamburg
        Tel.: +49 40 555 301 24 | Mobil: +49 151 555 207 19
        jonas.hartmann@harrowgatelogistics.de | www.harrowgatelogistics.de'''),
      DISC(DISC_DE),
      Q('outlook', 'Anja Schröder', ANJA[1], '2026-04-02 11:07 +0200', 'Recruiting-Tag Hamburg-Billbrook am 18.04. – Planung',
        '''
        Hallo Jonas,

        danke für die Planung, sieht gut aus. Bitte denk noch an:
        - Catering für ca. 40 Personen (Kantine ist samstags geschlossen)
        - die Sicherheitsunterweisung für die Bewerber vor dem Hallenrundgang
        - ausreichend Besucherparkplätze an Tor 2

        Die Stellenanzeigen für Kommissionierer (m/w/d) und Staplerfahrer (m/w/d) sind seit Montag online, bisher 63 Bewerbungen.

        Viele Grüße
        Anja''', to='Jonas Hartmann <%s>' % JONAS[1]),
  ])

M('question', 'auto_reply', 'calendar-sync', 'de', 'calendar shows free after password change',
  frm=KATRIN, subject='Kalender wird in GoodTime als frei angezeigt - nach Passwortänderung?', subj_enc='q-latin1',
  date='2026-02-11 08:17 +0100', client='outlook', body='alt', cs='iso-8859-1', recv=7, auth=True,
  blocks=[
      P('''
        Hallo liebes Help-Line-Team,

        seit ich am Montag mein Windows-Passwort ändern musste, schlägt GoodTime mich für Bewerbungsgespräche zu Zeiten vor, an denen ich längst Termine habe (u. a. unsere Schichtleiterrunde um 7:30 Uhr und den Jour fixe mit der Standortleitung am Mittwoch). Für GoodTime sieht es so aus, als wäre mein Kalender komplett leer.

        Muss ich da irgendetwas neu verknüpfen oder freigeben, und wenn ja, wo? Ich möchte vermeiden, dass noch ein Kandidat auf einen Termin gebucht wird, an dem ich gar nicht kann.

        Vielen Dank vorab und viele Grüße aus Duisburg'''),
      SIG('''
        Katrin Vogelsang
        Recruiterin Gewerbliche Mitarbeiter
        Harrowgate Logistics GmbH | Logistikzentrum Duisburg
        Hafenstraße 112, 47119 Duisburg
        Tel. +49 203 555 418 30
        katrin.vogelsang@harrowgatelogistics.de'''),
  ])

M('question', 'auto_reply', 'interviewer-training', 'de', 'new shift leads should observe first, then lead under supervision',
  frm=ANJA, from_enc='raw-utf8', subject='Re: Zugänge für die Werkstudierenden / neue Frage: Einarbeitung neuer Schichtleiter:innen als Interviewer',
  subj_enc='raw-utf8', date='2026-05-12 10:05 +0200', client='apple', body='alt', mid='apple', reply=True,
  blocks=[
      P('''
        Liebe Kolleginnen und Kollegen,

        danke, die Zugänge funktionieren. Jetzt aber eine neue Frage:

        Zum 1. Juni übernehmen bei uns in Duisburg und Hamburg insgesamt sechs neue Schichtleiter:innen. Sie sollen künftig auch bei den Gesprächen mit Lager- und Staplerpersonal mitwirken – aber natürlich nicht sofort allein.

        Unsere Vorstellung: zuerst zwei- oder dreimal nur zuhören, dann ein Gespräch selbst führen, während eine erfahrene Kollegin oder ein erfahrener Kollege danebensitzt und Feedback gibt, und erst danach eigenständig.

        Lässt sich so ein Ablauf in GoodTime abbilden, sodass die Neuen automatisch zu passenden Gesprächen dazugebucht werden? Und wer legt eigentlich fest, wie viele Durchgänge jemand braucht, bevor er oder sie freigegeben ist?

        Herzliche Grüße aus Duisburg'''),
      SIG('''
        Anja Schröder
        Teamleitung Talent Acquisition DACH
        Harrowgate Logistics GmbH
        Hafenstraße 112 · 47119 Duisburg
        +49 203 555 418 00'''),
      Q('apple', 'GoodTime Help Line', HL[1], '2026-04-28 14:12 +0200', 'Re: Zugänge für die Werkstudierenden',
        '''
        Hallo Anja,

        die beiden Werkstudierenden (Felix Brandt und Lea Kaminski) haben jetzt Zugang zu GoodTime mit der Rolle Koordinator. Bitte gebt Bescheid, falls noch etwas fehlt.

        Viele Grüße
        Help Line / interne GoodTime-Projektgruppe''', to='Anja Schröder <%s>' % ANJA[1]),
  ])

M('question', 'auto_reply', 'room-booking', 'de', 'one meeting room missing from room search',
  frm=FELIX, subject='Re: Zugang GoodTime / Besprechungsraum „Rhein“ fehlt in der Raumauswahl', subj_enc='split-b', reply=True,
  date='2026-03-05 13:22 +0100', client='thunderbird', body='plain', cs='utf-8', cte='quoted-printable', mid='thunderbird',
  blocks=[
      P('''
        Hallo zusammen,

        danke für die Freischaltung, der Zugang klappt. Jetzt noch eine kurze Frage von mir als Werkstudent im Recruiting Duisburg:

        Wenn ich für Vor-Ort-Gespräche im Logistikzentrum einen Raum suche, bietet GoodTime mir nur „Ruhr“ und „Emscher“ an. Unser größter Besprechungsraum „Rhein“ im 1. OG (Verwaltungsgebäude) taucht dort überhaupt nicht auf, obwohl ich ihn in Outlook ganz normal buchen kann.

        Muss der Raum irgendwo extra freigeschaltet oder eingerichtet werden, damit GoodTime ihn sieht?

        Danke & Gruß
        Felix'''),
      SIGD('''
        Felix Brandt
        Werkstudent Recruiting | Harrowgate Logistics GmbH
        Hafenstraße 112, 47119 Duisburg'''),
      Q('apple', 'GoodTime Help Line', HL[1], '2026-03-04 16:20 +0100', 'Re: Zugang GoodTime',
        '''
        Hallo Felix,

        dein Zugang ist eingerichtet (Rolle: Koordinator, Standort Duisburg). Bitte einmal ab- und wieder anmelden.

        Viele Grüße
        Help Line''', to='Felix Brandt <%s>' % FELIX[1]),
  ])

M('question', 'auto_reply', 'contact-csm', 'de', 'how to book time with the CSM; quoted thread about works council',
  frm=SABINE, from_enc='q-latin1', subject='AW: Betriebsvereinbarung GoodTime – Freigabe Datenfelder', subj_enc='q',
  date='2026-06-17 11:48 +0200', client='outlook', body='alt', cs='utf-8', reply=True,
  blocks=[
      P('''
        Liebes Help-Line-Team,

        vielen Dank für die schnelle Klärung mit dem Betriebsrat (siehe unten) – damit können wir die Betriebsvereinbarung wie geplant zur Unterschrift geben.

        Eine Frage noch in anderer Sache: Ich würde gern direkt einen Termin mit unserer CSM bei GoodTime vereinbaren. Ihre Kontaktdaten aus dem Kick-off im letzten Jahr habe ich leider nicht mehr. Wie komme ich am einfachsten an einen Termin bei ihr?

        Beste Grüße'''),
      SIG('''
        Sabine Köhler
        HR Business Partnerin Nord / West
        Harrowgate Logistics GmbH
        Tel. +49 203 555 418 12 | Mobil +49 171 555 83 40'''),
      DISC(DISC_DE),
      Q('outlook', 'GoodTime Help Line', HL[1], '2026-06-16 15:32 +0200', 'RE: Betriebsvereinbarung GoodTime – Freigabe Datenfelder',
        '''
        Hallo Sabine,

        wir haben die Liste der Datenfelder, die GoodTime aus dem ATS übernimmt (Name, E-Mail, Telefonnummer, Stelle, Phase), mit Herrn Kuhnert vom Betriebsrat durchgesprochen. Leistungs- oder Verhaltensdaten der Interviewer werden nicht ausgewertet; die Auswertung der Interviewer-Auslastung ist für DE deaktiviert.

        Die aktualisierte Anlage 2 hängt an.

        Viele Grüße
        Help Line / interne GoodTime-Projektgruppe''', to='Sabine Köhler <%s>' % SABINE[1]),
  ])

# --- Spanish
M('question', 'auto_reply', 'chat-bubble', 'es', 'cannot find the purple chat button',
  frm=JAVIER, subject='Consulta: chat con GoodTime', crlf=True, date='2026-01-20 09:33 +0100', client='gmail', body='alt',
  cs='utf-8', cte='quoted-printable', recv=7, auth=True, arc=False, dkim_d='harrowgatelogistics.es',
  blocks=[
      P('''
        Hola, buenos días:

        En la formación del mes pasado nos comentaron que, si teníamos algún problema con GoodTime, podíamos hablar directamente con ellos por un chat, y que había un botón de color morado para eso.

        Yo no lo encuentro por ningún lado: he mirado en el menú, en la configuración y en la ficha del candidato. ¿Me podéis indicar dónde está exactamente?

        Un saludo y gracias,'''),
      SIGD('''
        Javier Ortega Lacasa
        Coordinador de Selección – Plataforma Zaragoza (PLAZA)
        Harrowgate Logistics España, S.L.
        Tel. +34 976 555 204'''),
  ])

M('question', 'auto_reply', 'reschedule-interview', 'es', 'candidate asks to move interview; drag in Outlook or GoodTime? forwarded candidate mail',
  frm=MAJO, from_enc='q', subject='RV: Cambio de fecha entrevista conductor C+E', date='2026-03-10 08:52 +0100',
  client='outlook', body='html', cs='windows-1252', font='Aptos',
  blocks=[
      P('''
        Buenos días:

        Os reenvío el correo de un candidato para conductor profesional C+E (ruta Madrid–Valencia), que me pide pasar su entrevista del jueves 12 al viernes 13 porque el jueves está de viaje.

        La entrevista la tenía convocada con Sergio Martín (jefe de tráfico) y con Raquel Domínguez, de PRL. Mi duda es: ¿puedo mover yo la cita directamente en mi calendario de Outlook, arrastrándola al viernes, o hay que hacerlo desde GoodTime? No quiero que a Sergio o a Raquel se les quede la invitación antigua, ni que al candidato le llegue un correo con la fecha equivocada.

        Muchas gracias de antemano.'''),
      SIG('''
        Un saludo,

        María José Fernández Ruiz
        Técnica de Selección
        Harrowgate Logistics España, S.L. | Centro de Coslada
        Avda. de la Industria 28, 28823 Coslada (Madrid)
        Tel. +34 91 555 37 80'''),
      DISC(DISC_ES),
      Q('outlook', 'Alberto Giménez', 'agimenez.transportes@gmail.com', '2026-03-09 19:47 +0100', 'Cambio de fecha entrevista',
        '''
        Buenas tardes María José,

        Le escribo porque el jueves 12 me ha salido un porte a Valencia y no llego a tiempo a la entrevista de las 10:00. ¿Sería posible hacerla el viernes 13 a cualquier hora?

        Disculpe las molestias.

        Un saludo,
        Alberto Giménez
        Enviado desde mi Galaxy''', to='María José Fernández Ruiz <%s>' % MAJO[1]),
  ])

M('question', 'auto_reply', 'candidate-availability-request', 'es', 'ask candidates to mark free slots instead of phoning',
  frm=LUCIA, from_enc='b', subject='Disponibilidad de candidatos', date='2026-05-27 22:14 +0200', client='iphone',
  body='plain', cs='utf-8', cte='base64', style='apple',
  blocks=[
      P('''
        Hola!

        Una pregunta rápida: para las vacantes de agente de atención al cliente en Barcelona ahora mismo llamamos a cada candidato para preguntarle qué días y horas le vienen bien, y nos lleva un montón de tiempo.

        ¿Hay alguna forma en GoodTime de mandarle algo al candidato para que él mismo nos marque los huecos en los que está libre, y luego nosotros cuadramos la entrevista con el equipo?

        Gracias!!
        Lucía'''),
      MOB('Enviado desde mi iPhone'),
  ])

M('question', 'auto_reply', 'time-zones', 'es', 'candidate in the Canary Islands, one hour behind; two topics (thanks for training)',
  frm=AINHOA, subject='Entrevista con candidata en Canarias: ¿qué hora verá?', subj_enc='b-latin1',
  date='2026-09-22 12:30 +0200', client='outlook', body='alt', cs='windows-1252',
  blocks=[
      P('''
        Hola, buenos días:

        Ante todo, gracias por la sesión del martes sobre plantillas; a las compañeras de Coslada les vino muy bien.

        Os escribo por otra cosa. La semana que viene tenemos entrevista con una candidata para planificadora de transporte que vive en Las Palmas de Gran Canaria; los entrevistadores están en Madrid. Como sabéis, en Canarias tienen una hora menos.

        La última vez, con un candidato de Tenerife, hubo lío: él se conectó una hora tarde porque entendió la hora de Madrid como si fuera la suya. ¿Qué tengo que revisar en GoodTime para que a la candidata le llegue la convocatoria con su hora local, y no con la de la península?

        Mil gracias.'''),
      SIG('''
        Ainhoa Etxeberria
        Responsable de Talento – España
        Harrowgate Logistics España, S.L.
        Tel. +34 91 555 37 02 · Móvil +34 655 555 918'''),
      DISC(DISC_ES),
  ])

M('question', 'auto_reply', 'product-board', 'es', 'where to send improvement ideas and vote on others',
  frm=SERGIO, from_enc='raw-utf8', subject='Sugerencias de mejora para GoodTime — ¿a quién se las mando?',
  subj_enc='raw-utf8', date='2026-07-08 07:12 +0200', client='gmail', body='plain', cs='utf-8', cte='8bit',
  recv=6, auth=True, arc=False, dkim_d='harrowgatelogistics.es',
  blocks=[
      P('''
        Hola equipo:

        Llevo unos meses participando en las entrevistas de conductores y tengo un par de ideas que creo que harían la herramienta más cómoda para los que estamos en tráfico (sobre todo cosas de cómo se ven las convocatorias en el móvil).

        No sé si esto se os manda a vosotros o si hay algún sitio donde se recogen las propuestas y donde se pueden apoyar las que ya hayan puesto otros compañeros. ¿Me decís cómo funciona?

        Saludos,
        Sergio Martín
        Jefe de Tráfico – Coslada'''),
  ])

# --- French
M('question', 'auto_reply', 'contact-support', 'fr', 'how to reach GoodTime support and what to send; misleading subject about cancel button',
  frm=NADIA, subject='RE: Je ne vois pas le bouton Annuler', date='2026-04-14 14:07 +0200', client='outlook',
  body='html', cs='windows-1252', reply=True, recv=5,
  blocks=[
      P('''
        Bonjour,

        Merci encore pour votre aide le mois dernier concernant mes droits, tout fonctionne depuis.

        J'ai une autre question : ma responsable souhaite que je contacte directement l'éditeur de GoodTime au sujet d'un souci de lien de visio sur un entretien de la semaine prochaine (elle préfère que je le gère moi-même). Par quel moyen peut-on joindre leur équipe d'assistance, et y a-t-il des informations à préparer pour qu'ils puissent traiter la demande rapidement ?'''),
      SIG('''
        Bien cordialement,

        Nadia Benali
        Assistante RH – Recrutement
        Harrowgate Logistics France SAS
        12 rue du Dauphiné, 69800 Saint-Priest
        Tél. : +33 4 72 55 51 36'''),
      DISC(DISC_FR),
      Q('outlook', 'GoodTime Help Line', HL[1], '2026-03-17 10:22 +0100', 'RE: Je ne vois pas le bouton Annuler',
        '''
        Bonjour Nadia,

        Votre profil a été passé en « Coordinateur » ; vous devriez maintenant voir les options d'annulation et de replanification sur les entretiens. Déconnectez-vous puis reconnectez-vous si ce n'est pas encore le cas.

        N'hésitez pas si besoin.

        Cordialement,
        L'équipe projet GoodTime (Help Line)''', to='Nadia Benali <%s>' % NADIA[1]),
  ])

M('question', 'auto_reply', 'debrief-scheduling', 'fr', 'internal review meeting after hiring day, no candidate invite; ics attached',
  frm=CAMILLE, from_enc='q-latin1', subject='Réunion de débrief après la journée de recrutement caristes',
  subj_enc='q-latin1', date='2026-10-01 17:55 +0200', client='apple', body='alt', mid='apple',
  atts=[attach('ics', 'Journee_recrutement_caristes.ics', ics('REQUEST', 'Journée de recrutement caristes – Saint-Priest',
                                                           '20261008T083000', '20261008T170000', ('Camille Lefèvre', CAMILLE[1]),
                                                           ('Thomas Giraud', THOMAS[1]), tzid='Europe/Paris',
                                                           location='Saint-Priest – salle Rhône').encode(), style='apple')],
  blocks=[
      P('''
        Bonjour à toutes et à tous,

        Jeudi prochain, nous organisons à Saint-Priest une journée de recrutement pour une dizaine de caristes (CACES R489 catégories 1, 3 et 5), avec trois entretiens par candidat (invitation de la journée en pièce jointe).

        Thomas Giraud, notre responsable de site, souhaiterait réunir tous les intervenants le lendemain matin pour faire le point sur chaque candidat avant de prendre les décisions.

        Est-il possible de caler cette réunion via GoodTime, en tenant compte des agendas de chacun – mais sans, bien sûr, que les candidats soient invités ou reçoivent quoi que ce soit ?

        Je vous remercie par avance.

        Bien à vous,'''),
      SIG('''
        Camille Lefèvre
        Chargée de recrutement – Région Auvergne-Rhône-Alpes
        Harrowgate Logistics France SAS'''),
  ])

M('question', 'auto_reply', 'candidate-itinerary', 'fr', 'candidate never got the programme of his interview; forwarded candidate mail',
  frm=JULIEN, subject="TR: Entretien mardi – pas reçu le récapitulatif", subj_enc='q', date='2026-11-16 10:20 +0100',
  client='outlook', body='alt', cs='utf-8', recv=5, auth=True,
  blocks=[
      P('''
        Bonjour,

        Je vous transfère le message d'un candidat au poste de chef d'équipe quai (poste de nuit) sur notre site de Lesquin.

        Son entretien est bien planifié dans GoodTime pour mardi matin, mais il dit n'avoir jamais reçu le déroulé (horaires, noms des personnes qu'il va rencontrer, adresse du site). Comment puis-je lui renvoyer ce récapitulatif depuis GoodTime ?

        Merci d'avance,'''),
      SIG('''
        Julien Moreau
        Coordinateur recrutement – Hauts-de-France
        Harrowgate Logistics France SAS | Site de Lesquin
        Tél. : +33 3 20 55 58 14'''),
      Q('outlook', 'Kevin Dubois', 'kevin.dubois59@orange.fr', '2026-11-15 21:03 +0100', 'Entretien mardi',
        '''
        Bonjour Monsieur Moreau,

        Suite à notre échange téléphonique de jeudi, je n'ai reçu aucun mail avec le programme de l'entretien de mardi (heure exacte, personnes, adresse). J'ai bien regardé dans mes spams.

        Pourriez-vous me renvoyer les informations ?

        Cordialement,
        Kevin Dubois
        06 55 58 21 47''', to='Julien Moreau <%s>' % JULIEN[1]),
  ])

M('question', 'auto_reply', 'interview-templates', 'fr', 'default duration wrong for every HGV driver interview; plain text + winmail.dat',
  frm=SOPHIE, subject='Durée des entretiens conducteurs SPL dans GoodTime', subj_enc='q-cp1252', date='2026-02-24 09:02 +0100',
  client='outlook', body='plain', cs='windows-1252', cte='quoted-printable',
  atts=[attach('tnef', 'winmail.dat')],
  blocks=[
      P('''
        Bonjour,

        Depuis la mise en place de GoodTime, chaque fois qu'on planifie un entretien pour un conducteur SPL, l'outil propose par défaut un créneau de 45 minutes avec une seule personne.

        Or chez nous, l'entretien conducteur dure 1h30 : 30 minutes d'échange avec l'exploitant, puis 1 heure d'essai de conduite avec le formateur. Les chargées de recrutement corrigent à la main à chaque fois et il y a régulièrement des oublis.

        Où peut-on modifier cela une bonne fois pour toutes, pour toutes les futures candidatures SPL ? Et qui a la main pour le faire chez nous ?

        Merci et bonne journée,'''),
      SIG('''
        Sophie Garnier
        Responsable Talent Acquisition France
        Harrowgate Logistics France SAS
        12 rue du Dauphiné – 69800 Saint-Priest
        Tél. : +33 4 72 55 51 00 | Mob. : +33 6 55 51 88 20
        www.harrowgatelogistics.fr'''),
      DISC(DISC_FR_L1),
  ])

M('question', 'auto_reply', 'escalation-path', 'fr', 'site manager confused about who handles what',
  frm=THOMAS, subject='Qui contacter pour quoi ?', subj_enc='b', date='2026-06-05 06:48 +0200', client='iphone',
  body='plain', cs='utf-8', cte='base64', style='apple',
  blocks=[
      P('''
        Bonjour,

        Je suis responsable du site de Saint-Priest et je participe à beaucoup d'entretiens. Honnêtement je m'y perds un peu : on me parle de vous (la « help line »), du support de GoodTime, d'une personne chez GoodTime qui suit notre compte, et d'un site où l'on peut proposer des idées.

        Pouvez-vous me dire en deux mots qui fait quoi, et dans quel ordre on doit s'adresser à qui ?

        Merci,
        Thomas Giraud'''),
      MOB('Envoyé de mon iPhone'),
  ])

# --- Portuguese
M('question', 'auto_reply', 'chat-bubble', 'pt', 'chat not visible when opening GoodTime from an e-mail link (not logged in)',
  frm=RUI, subject='Chat do suporte GoodTime não aparece', subj_enc='q', date='2026-02-03 15:26 +0000',
  client='outlook', body='alt', cs='utf-8', cte='base64',
  blocks=[
      P('''
        Bom dia,

        Disseram-me que o suporte da GoodTime tem um chat num canto do ecrã. Eu costumo abrir o GoodTime a partir do link que vem nos e-mails das entrevistas: vejo o resumo da entrevista, mas não aparece chat nenhum em lado nenhum.

        Tenho de fazer alguma coisa para ele aparecer?

        Obrigado,'''),
      SIG('''
        Rui Pereira
        Coordenador de Recrutamento
        Harrowgate Logistics Portugal, Lda. | Armazém da Azambuja
        Tel. +351 263 555 140'''),
  ])

M('question', 'auto_reply', 'self-scheduling-link', 'pt', 'candidates choose their own phone-screen slot',
  frm=INES, from_enc='b', subject='Entrevistas telefónicas – o candidato pode escolher o horário?', subj_enc='q',
  date='2026-09-08 11:10 +0100', client='apple', body='alt', mid='apple', recv=6, auth=True, arc=False,
  dkim_d='harrowgatelogistics.pt',
  blocks=[
      P('''
        Olá a todos,

        Estamos com um volume enorme de candidaturas para operador de armazém na Azambuja (época alta) e as primeiras entrevistas são chamadas telefónicas de 15 minutos.

        Neste momento andamos a trocar e-mails com cada candidato até acertarmos a hora, o que é impossível com quase 200 candidatos (vejam abaixo o pedido do diretor do armazém). Existe alguma forma de ser o próprio candidato a escolher e marcar um horário livre, sem termos de intervir? Se sim, como se envia?

        Muito obrigada,'''),
      SIG('''
        Inês Carvalho
        Técnica de Recrutamento
        Harrowgate Logistics Portugal, Lda.
        Av. D. João II, 44 – 1990-095 Lisboa'''),
      Q('fwd-apple', 'Paulo Mendes', 'paulo.mendes@harrowgatelogistics.pt', '2026-09-07 18:25 +0100', 'Contratações época alta – Azambuja',
        '''
        Inês,

        Preciso de 60 operadores a trabalhar até 5 de outubro. Ao ritmo atual das entrevistas não chegamos lá. Veja o que se pode fazer para acelerar a primeira fase.

        Obrigado,
        Paulo Mendes
        Diretor de Armazém – Azambuja''', to='Inês Carvalho <%s>' % INES[1]),
  ])

M('question', 'auto_reply', 'cancel-interview', 'pt', 'candidate withdrew; can I just delete the calendar event? forwarded withdrawal',
  frm=BEATRIZ, subject='ENC: Desistência – entrevista motorista de pesados (Maia)', subj_enc='q-cp1252',
  date='2026-07-13 14:35 +0100', client='outlook', body='html', cs='windows-1252',
  blocks=[
      P('''
        Boa tarde,

        Reencaminho a mensagem do candidato Nuno Ferreira, que desiste do processo para motorista de pesados (Maia). Ele tinha entrevista marcada para quinta-feira às 9h30 com o João Tavares e com a responsável de frota.

        Qual é a forma correta de retirar esta entrevista? Posso simplesmente apagar o evento no meu calendário? E há mais alguma coisa que tenha de fazer para que ele não volte a ser contactado?

        Obrigada,'''),
      SIG('''
        Beatriz Sousa
        HR Business Partner – Norte
        Harrowgate Logistics Portugal, Lda.
        Zona Industrial da Maia I, Sector X – 4470-435 Maia
        Tel. +351 22 555 0731'''),
      DISC(DISC_PT),
      Q('outlook', 'Nuno Ferreira', 'nuno.ferreira.1987@sapo.pt', '2026-07-12 22:10 +0100', 'Entrevista quinta-feira',
        '''
        Boa noite Dra. Beatriz,

        Venho por este meio informar que aceitei outra proposta e por isso não irei comparecer à entrevista de quinta-feira.

        Agradeço a oportunidade e a atenção.

        Com os melhores cumprimentos,
        Nuno Ferreira''', to='Beatriz Sousa <%s>' % BEATRIZ[1]),
  ])

M('question', 'auto_reply', 'conference-links', 'pt', 'use Zoom instead of Teams for one interview',
  frm=MARIANA, from_enc='raw-utf8', subject='Entrevistas por vídeo: é possível usar Zoom em vez de Teams?',
  subj_enc='raw-utf8', date='2026-03-18 16:05 +0000', client='outlook', body='plain', cs='utf-8', cte='8bit',
  recv=8, auth=True,
  blocks=[
      P('''
        Olá,

        As entrevistas por vídeo que marcamos saem sempre com link do Microsoft Teams. Acontece que alguns candidatos (sobretudo motoristas, que fazem a entrevista pelo telemóvel) têm dificuldade com o Teams e pedem-nos Zoom.

        É possível, para uma entrevista em concreto, mudar para Zoom? Onde se faz isso?

        Cumprimentos,
        Mariana

        Mariana Gonçalves Lopes
        Talent Acquisition Lead – Portugal
        Harrowgate Logistics Portugal, Lda.'''),
  ])

M('question', 'auto_reply', 'add-interviewer-to-pool', 'pt', 'new shift lead should start interviewing operatives',
  frm=RUI, subject='Pôr o João Tavares a entrevistar candidatos a operador', subj_enc='raw-cp1252',
  date='2026-10-27 09:41 +0000', client='outlook', body='alt', cs='windows-1252', crlf=True,
  blocks=[
      P('''
        Boa tarde,

        O João Tavares é o novo chefe de turno do armazém da Maia e, a partir de agora, deve passar a entrevistar os candidatos a operador de armazém, tal como os outros chefes de turno. Ele já tem acesso ao GoodTime.

        O que é preciso fazer para que o sistema também o proponha para essas entrevistas? E há alguma configuração dele que eu deva verificar?

        Obrigado,'''),
      SIG('''
        Rui Pereira
        Coordenador de Recrutamento
        Harrowgate Logistics Portugal, Lda.'''),
  ])

# --- English
M('question', 'auto_reply', 'contact-support', 'en', 'terse lowercase: phone number for support',
  frm=LUCY, subject='goodtime support phone no.', date='2026-05-06 12:03 +0100', client='iphone', body='plain',
  cs='us-ascii', cte='7bit', style='apple', mid='none',
  blocks=[
      P('is there a phone number for goodtime support? need to actually speak to someone not email'),
      MOB('Sent from my iPhone'),
  ])

M('question', 'auto_reply', 'support-hours', 'en', 'rambling; weekend evening support asked in third paragraph',
  frm=MARCUS, subject='Evening driver assessments from May', date='2026-04-20 19:26 +0100', client='outlook',
  body='alt', cs='windows-1252',
  blocks=[
      P('''
        Hi all,

        Hope you're well. Bit of background first: from the start of May we're moving the Class 1 and Class 2 driver assessments at Daventry and Avonmouth to weekday evenings and Sunday afternoons, because most of the candidates are working drivers and can't get time off during the week. Tom and the transport planners are on board and we've agreed the rota.

        The first couple of weeks will be busy – around 30 candidates a week – and I'll mostly be running it on my own with Daniel from planning. We've already set up the interviewer pools and the assessment room at Daventry, so that side is fine.

        What I'm less sure about is the GoodTime side. If something goes wrong with an invite or a link at, say, 8pm on a Sunday, is there actually anyone at GoodTime we can get hold of at that point, or are we stuck until Monday morning? And is there anywhere that says how quickly they're supposed to come back to us?

        Not urgent, just want to know before we go live.

        Cheers,'''),
      sig_uk('Marcus Oyelaran', 'Resourcing Lead – Drivers | UK Talent Acquisition', 'Daventry Cross-Dock Hub, Kingsbridge Park, Daventry NN11 8YL',
             '+44 1327 555 0177', '+44 7700 900412'),
  ])

M('question', 'auto_reply', 'contact-csm', 'en', 'wants the GoodTime account person, no CSM acronym',
  frm=REBECCA, subject='Our GoodTime account contact', date='2026-01-28 17:40 +0000', client='outlook-mac',
  body='alt', cs='utf-8', mid='outlook',
  blocks=[
      P('''
        Hello,

        Quick one. When we rolled GoodTime out in the UK last autumn, there was a lovely woman from GoodTime on the kick-off calls who looked after our account – not the support desk, the person who looks after the relationship with us.

        I've since lost her details in a mailbox clean-up (long story) and would like to put half an hour in the diary with her. How do I get hold of her or book some time?

        Many thanks,'''),
      sig_uk('Rebecca Thornton', 'Head of Talent Acquisition – UK & Ireland', 'Harrowgate House, Grafton Gate, Milton Keynes MK9 1AQ',
             '+44 1908 555 0110'),
  ])

M('question', 'auto_reply', 'internal-project-team', 'en', 'new starter asks what this mailbox handles',
  frm=JAKE, subject='New starter – what should I send to this mailbox?', subj_enc='q', date='2026-09-09 10:12 +0100',
  client='outlook-new', body='alt', cs='utf-8', mid='outlook', recv=9, auth=True,
  blocks=[
      P('''
        Hi team,

        I'm Jake – I started on Monday as Graduate Recruitment Coordinator, working with Charlotte on the 2026 graduate scheme (planners, engineers and the operations grads).

        Charlotte told me to send "anything GoodTime" to this address, but I don't want to clog up your inbox with things that should go somewhere else. What kind of things do you actually handle here, and what should I take elsewhere? And is this also the right place to ask how we do things at Harrowgate specifically (naming conventions, which templates we use etc.)?

        Thanks a lot,
        Jake'''),
      sig_uk('Jake Burrows', 'Graduate Recruitment Coordinator | UK Talent Acquisition', 'Harrowgate House, Grafton Gate, Milton Keynes MK9 1AQ',
             '+44 1908 555 0147'),
  ])

M('question', 'auto_reply', 'interviewer-load-balancing', 'en', 'cap interviews per shift lead; reply on top of rota thread, misleading subject',
  frm=TOM, to=[HL], cc=[GARETH], subject='RE: Nights rota w/c 16 Feb', date='2026-02-12 07:05 +0000',
  client='outlook', body='alt', cs='windows-1252', reply=True,
  blocks=[
      P('''
        Thanks Gareth, agency one is fine.

        Adding the GoodTime help line – separate thing, but it came up in the same conversation. Dean and Kerry (two of my shift leads) are currently doing pretty much every warehouse operative interview, while the other four shift leads hardly do any. It's killing their shifts.

        Is there a way of setting a maximum number of interviews per person per week so it spreads out more evenly?

        Tom'''),
      sig_uk('Tom Ashworth', 'Site Manager – Daventry Cross-Dock Hub', 'Kingsbridge Park, Daventry NN11 8YL', '+44 1327 555 0100',
             '+44 7700 900231'),
      Q('outlook', 'Gareth Llewellyn', GARETH[1], '2026-02-11 16:48 +0000', 'Nights rota w/c 16 Feb',
        '''
        Tom,

        Attached the nights rota for w/c 16 Feb. We're two FLT drivers short on Wednesday night; the agency have confirmed one so far and will come back to me tomorrow on the second.

        Gareth''', to='Tom Ashworth <%s>' % TOM[1]),
  ])

FORM_Q = T('''
    A new request has been submitted through the GoodTime Help Request form on the Harrowgate intranet.

    Name:            Siobhan Doyle
    E-mail:          siobhan.doyle@harrowgatelogistics.com
    Site / team:     Leeds - Customer Service Centre recruitment
    Topic:           How do I...?
    Urgency:         Normal
    Submitted:       25/03/2026 11:47

    Message:
    My colleague Aisha can edit the interview set-up and change things like
    the interviewer pools, but when I open the same screen those options just
    aren't there for me - I can only schedule. We both joined at the same
    time and do the same job. Is my account set up differently to hers, and
    who would sort that out?

    --
    This message was generated automatically by Harrowgate Intranet Forms.
    Please do not reply to this e-mail address; it is not monitored.
    ''') + '\n'
M('question', 'forward_support|needs_review', 'permissions-roles', 'en', 'intranet form mailer; access differs from colleague',
  frm=('Harrowgate Intranet Forms', 'no-reply@forms.harrowgatelogistics.com'),
  subject='[GoodTime Help Request] New submission from Siobhan Doyle', date='2026-03-25 11:47 +0000', client='none',
  part=text_part(FORM_Q, 'plain', 'us-ascii', '7bit', 'outlook'), mid='generic', recv=5,
  extra_headers=[('Reply-To', 'Siobhan Doyle <siobhan.doyle@harrowgatelogistics.com>'), ('Auto-Submitted', 'auto-generated'),
                 ('X-Auto-Response-Suppress', 'All'), ('X-Mailer', 'PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)')],
  extra_tags=['form-mailer', 'auto-submitted', 'text-plain-only', '7bit'])


# ================================================================= QUESTIONS no article answers
M('question', 'forward_support', 'none', 'en', 'where GoodTime hosts candidate data (DPIA)',
  frm=FIONA, subject='GoodTime – where is candidate data hosted? (DPIA for Eurocentral)', subj_enc='q-cp1252',
  date='2026-08-11 14:20 +0100', client='outlook', body='html', cs='windows-1252', recv=6, auth=True,
  blocks=[
      P('''
        Good afternoon,

        I'm completing the data protection impact assessment for the recruitment campaign at our new Eurocentral site, and our Data Protection Officer has asked me to confirm where GoodTime stores and processes candidate data (UK, EU or US data centres), and whether there is a sub-processor list we can reference in the DPIA.

        Could you point me to the right information, or let me know who is able to confirm this?'''),
      SIG('''
        Kind regards,

        Fiona MacLeod
        HR Business Partner – Scotland
        Harrowgate Logistics Ltd | Eurocentral Distribution Centre
        Dove Wynd, Eurocentral, Motherwell ML1 4XP
        T: +44 1698 555 0162 | M: +44 7700 900587'''),
      DISC(DISC_UK),
  ])

M('question', 'forward_support', 'none', 'en', 'is there a mobile app for interviewers',
  frm=KAYLA, subject='app for interviewers?', date='2026-06-23 13:12 -0400', client='outlook-ios', body='alt',
  cs='utf-8', us=True, mid='outlook-ios',
  blocks=[
      P('''
        hey team - do we have a GoodTime mobile app our shift supervisors could use on the floor? they're never at a desk and keep missing interview updates. is there something they can download or is it browser only?

        thanks!
        Kayla'''),
      MOB('Get Outlook for iOS'),
  ])

M('question', 'forward_support', 'none', 'en', 'API / data feed for Power BI',
  frm=AMIR, subject='API access for recruiting reporting (Power BI)', date='2026-07-15 16:48 +0100', client='outlook',
  body='plain', cs='us-ascii', cte='7bit', atts=[attach('tnef', 'winmail.dat')], crlf=True,
  blocks=[
      P('''
        Hi,

        We're building a recruiting operations dashboard in Power BI (time-to-schedule, interviews per site, reschedule rates across UK/DE/ES/FR/PT). Rather than exporting CSVs from GoodTime every week, I'd like to pull the data directly.

        Does GoodTime have an API or some kind of data feed we can connect to, and if so, how do we get credentials and the documentation?

        Thanks,
        Amir

        Amir Hussain
        Recruiting Operations Analyst | UK Talent Acquisition
        Harrowgate Logistics Ltd, Harrowgate House, Grafton Gate, Milton Keynes MK9 1AQ
        T: +44 1908 555 0152'''),
  ])

FORM_HTML = T('''
    <html><body style="font-family:Arial,Helvetica,sans-serif;font-size:13px">
    <h3 style="color:#7B1FA2">GoodTime Help Request</h3>
    <p>A new request was submitted on the Harrowgate intranet.</p>
    <table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
    <tr><td><b>Name</b></td><td>Gareth Llewellyn</td></tr>
    <tr><td><b>E-mail</b></td><td>gareth.llewellyn@harrowgatelogistics.com</td></tr>
    <tr><td><b>Site</b></td><td>Daventry Cross-Dock Hub</td></tr>
    <tr><td><b>Topic</b></td><td>Other</td></tr>
    <tr><td><b>Urgency</b></td><td>Normal</td></tr>
    <tr><td valign="top"><b>Your question</b></td><td>Does GoodTime know about bank holidays? A candidate was offered Easter Monday (6 April) on her booking page and the site is closed for interviews that day. Do we have to block bank holidays out ourselves in every interviewer&#39;s calendar, or is there a setting somewhere for England &amp; Wales (and Scottish) bank holidays?</td></tr>
    </table>
    <p style="color:#888;font-size:11px">Sent automatically by Harrowgate Intranet Forms &ndash; do not reply to this message.</p>
    </body></html>
    ''') + '\n'
M('question', 'forward_support|needs_review', 'none', 'en', 'intranet form mailer (HTML); bank holidays',
  frm=('GoodTime Help Request Form', 'forms-noreply@harrowgatelogistics.com'),
  subject='GoodTime Help Request - Gareth Llewellyn - Other', date='2026-03-30 08:15 +0100', client='none',
  part=text_part(FORM_HTML, 'html', 'utf-8', 'quoted-printable', 'outlook'), mid='nobrackets', recv=5,
  extra_headers=[('Reply-To', 'gareth.llewellyn@harrowgatelogistics.com'), ('Auto-Submitted', 'auto-generated'),
                 ('X-Auto-Response-Suppress', 'All'), ('Precedence', 'bulk')],
  extra_tags=['form-mailer', 'auto-submitted', 'html-only', 'qp'])

M('question', 'forward_support', 'none', 'en', 'can interviewer invites include the CV (resembles ATS topic)',
  frm=PRIYA, subject='CVs on interview invites?', date='2026-05-19 09:58 +0100', client='outlook', body='alt',
  cs='utf-8', recv=5,
  blocks=[
      P('''
        Hi both,

        One of our engineering managers asked me this yesterday and I realised I don't actually know: when GoodTime sends the calendar invite to interviewers, can it include the candidate's CV / LinkedIn / scorecard link, or do interviewers always have to go into the ATS to find it?

        If it's possible, is it something we'd switch on per interview type?

        Thanks,
        Priya'''),
      sig_uk('Priya Raman', 'Talent Acquisition Partner – Technology', 'Harrowgate Logistics Ltd, 10 Finsbury Square, London EC2A 1AF',
             '+44 20 7946 0883'),
  ])

M('question', 'forward_support', 'none', 'en', 'EA asks whether GoodTime may be used for internal non-candidate meetings',
  frm=HANNAH, subject='Using GoodTime for non-candidate meetings?', date='2026-10-06 08:31 +0100', client='outlook',
  body='html', cs='windows-1252', font='Aptos',
  blocks=[
      P('''
        Good morning,

        I'm EA to Jonathan Reeve (UK Managing Director) and I book a lot of his time with site managers and the regional operations teams, which is a nightmare with everyone's shift patterns.

        A colleague in recruitment mentioned that GoodTime finds slots across lots of diaries very quickly. Are we allowed – and able – to use it for internal meetings that have nothing to do with a candidate (board prep, quarterly site reviews and so on), or is it strictly for interviews?'''),
      SIG('''
        Kind regards,

        Hannah Whitfield
        Executive Assistant to the UK Managing Director
        Harrowgate Logistics Ltd | Harrowgate House, Grafton Gate, Milton Keynes MK9 1AQ
        T: +44 1908 555 0101'''),
      DISC(DISC_UK),
  ])

M('question', 'forward_support', 'none', 'en', 'sign in via Okta or password?',
  frm=DEREK, subject='Re: Memphis interviewer list', date='2026-02-18 10:40 -0600', client='gmail', body='alt',
  cs='utf-8', us=True, recv=7, auth=True, arc=False, reply=True,
  blocks=[
      P('''
        Hi,

        Thanks for that. Different topic - quick question on logging in. Some of my team sign in to GoodTime through the Okta tile and some of them use an email + password they set up at launch. Is there a "right" way we're supposed to be doing it at Harrowgate?

        IT is asking because they want to turn off passwords for third-party apps where SSO is available.

        Thanks,'''),
      SIGD('''
        Derek Walsh
        Talent Acquisition Manager - Memphis Cross-Dock
        Harrowgate Logistics Inc.
        3850 Airways Blvd, Memphis, TN 38116
        O: (901) 555-0143 | C: (901) 555-0178'''),
      DISC(DISC_US),
      Q('gmail', 'GoodTime Help Line', HL[1], '2026-02-10 11:02 +0000', 'Re: Memphis interviewer list',
        '''
        Hi Derek,

        Thanks for the list - the 12 Memphis supervisors are now set up as interviewers. Let us know if anyone else should be added.

        Best,
        GoodTime Help Line''', to='Derek Walsh <%s>' % DEREK[1]),
  ])

M('question', 'forward_support', 'none', 'en', 'max interviewers in one panel session (panel wording, not answered)',
  frm=JAKE, subject='max people on a panel?', date='2026-11-03 15:02 +0000', client='outlook', body='plain',
  cs='us-ascii', cte='7bit', mid='nobrackets',
  blocks=[
      P('''
        is there a max number of interviewers you can put in one panel session in goodtime? grad assessment panel has 7 people on it (don't ask)

        jake'''),
  ])

M('question', 'forward_support', 'none', 'es', 'language of candidate e-mails (Spanish/Catalan)',
  frm=MONTSE, subject='Re: Salas de El Prat en GoodTime', date='2026-04-28 16:40 +0200', reply=True,
  client='gmail', body='alt', cs='utf-8', cte='base64', recv=7, auth=True, arc=False, dkim_d='harrowgatelogistics.es',
  blocks=[
      P('''
        Buenas tardes:

        Aprovecho este hilo para otra consulta, esta vez sobre los correos automáticos que GoodTime envía a los candidatos (convocatoria, recordatorios, cambios de hora).

        Varios candidatos de El Prat nos han comentado que les llegó parte del texto en inglés. ¿En qué idioma salen estos correos por defecto? ¿Se puede configurar que salga todo en castellano, o incluso en catalán para las vacantes de Barcelona? Y en ese caso, ¿quién decide eso?

        Gracias de antemano,'''),
      SIGD('''
        Montserrat Puig
        Técnica de Selección – Cataluña
        Harrowgate Logistics España, S.L. | Centro de El Prat de Llobregat
        Tel. +34 93 555 61 20'''),
      Q('gmail', 'GoodTime Help Line', HL[1], '2026-04-02 10:15 +0200', 'Re: Salas de El Prat en GoodTime',
        '''
        Hola Montserrat:

        Ya están dadas de alta las salas «Llobregat» y «Delta» del centro de El Prat; deberían aparecer al programar entrevistas presenciales en ese centro. Si alguna no aparece, dinos cuál.

        Un saludo,
        Help Line GoodTime (equipo de proyecto interno)''', to='Montserrat Puig <%s>' % MONTSE[1]),
  ])

M('question', 'forward_support', 'none', 'fr', 'change history / audit trail of an interview',
  frm=ELODIE, from_enc='b-latin1', subject="Historique des modifications d'un entretien dans GoodTime",
  subj_enc='split-q-latin1', date='2026-12-02 11:25 +0100', client='outlook', body='alt', cs='iso-8859-1',
  blocks=[
      P('''
        Bonjour,

        Suite à la réclamation d'un candidat qui affirme que son entretien a été déplacé sans qu'il en soit informé, notre DRH me demande s'il est possible de retrouver dans GoodTime l'historique des modifications : qui a déplacé l'entretien, à quelle date, et quels e-mails ont été envoyés au candidat à chaque étape.

        Cette information est-elle conservée quelque part, et si oui, comment y accéder ?

        Merci par avance pour votre retour.

        Bien cordialement,'''),
      SIG('''
        Élodie Marchand
        Juriste droit social
        Direction des Ressources Humaines
        Harrowgate Logistics France SAS
        Tél. : +33 1 55 77 40 12'''),
      DISC(DISC_FR_L1),
  ])


# ================================================================= BUGS
M('bug', 'forward_support', '', 'en', 'misleading subject; times an hour out since clocks changed',
  frm=GARETH, subject='quick question', date='2026-03-31 10:14 +0100', client='outlook', body='alt', cs='windows-1252',
  recv=6, auth=True,
  atts=[attach('ics', 'Interview - HGV Class 1 Driver - 448192.ics',
               ics('REQUEST', 'Interview: HGV Class 1 Driver - candidate 448192', '20260402T110000', '20260402T120000',
                   ('Gareth Llewellyn', GARETH[1]), ('Tom Ashworth', TOM[1]), location='DAV-Training Rm 2').encode())],
  blocks=[
      P('''
        Hi,

        Since the clocks went forward on Sunday, every interview I've booked through GoodTime for the Daventry hub is showing an hour out. GoodTime says 10:00 on the scheduling page, the interviewers' Outlook invites say 11:00, and the candidate confirmation says 10:00.

        I've checked my own time zone in settings (Europe/London) and the interviewers' – all look right. It's happened on at least five interviews for this week and next (one HGV Class 1 driver and a few warehouse operative ones). Examples: candidate IDs 448192 and 448207.

        I've attached one of the invites as the interviewer received it. I've been correcting them by hand in the meantime, but I'm worried about the ones I haven't spotted. Can this be looked at please?

        Thanks,
        Gareth'''),
      sig_uk('Gareth Llewellyn', 'Recruitment Coordinator', 'Daventry Cross-Dock Hub, Kingsbridge Park, Daventry NN11 8YL', '+44 1327 555 0131'),
  ])

M('bug', 'forward_support', '', 'en', 'availability link gives error 500; forwarded candidate mail with screenshot',
  frm=LUCY, subject='FW: Link not working', date='2026-04-23 11:30 +0100', client='outlook', body='alt', cs='utf-8',
  atts=[attach('png', 'Screenshot_20260423_094512.png', make_png(seed=3))],
  blocks=[
      P('''
        Hi,

        Please see below – this is the third candidate this week who says the availability link just gives them an error page. Screenshot from the candidate attached. I've resent the request twice.

        Candidate: Shannon Price, Customer Service Advisor (Leeds), req CS-2231.

        Thanks,
        Lucy'''),
      SIG('''
        Lucy Fairbrother
        Recruitment Administrator | UK Talent Acquisition
        Harrowgate Logistics Ltd'''),
      Q('outlook', 'Shannon Price', 'shannonprice94@hotmail.co.uk', '2026-04-23 09:48 +0100', 'Re: Please share your availability – Harrowgate Logistics',
        '''
        Hi Lucy,

        I tried the link again this morning on my phone and my laptop and it just says "Something went wrong. Please try again later. (Error 500)". I've attached a screenshot.

        Is there another way I can give you my availability? I'm free most afternoons next week.

        Thanks,
        Shannon''', to='Lucy Fairbrother <%s>' % LUCY[1]),
  ])

M('bug', 'forward_support', '', 'en', 'Teams links dropped after reschedule',
  frm=PRIYA, subject='Teams links disappearing after reschedule', date='2026-05-14 09:20 +0100', client='outlook',
  body='html', cs='windows-1252', font='Aptos', recv=5,
  blocks=[
      P('''
        Hello,

        I wanted to flag something we've now seen twice this week. When I reschedule an interview in GoodTime (the normal way, from the scheduling page), the updated invites go out to the interviewers without the Teams link – the original invite had one, the updated one just has the GoodTime text and no "Join the meeting" link. The candidate's updated confirmation had no link either.

        Examples:
        - Senior Data Engineer, candidate ID 451873, rescheduled Tue 12 May
        - Platform Engineer, candidate ID 452010, rescheduled Wed 13 May

        Neither interview is today, so not an emergency, but it would be good to get it looked at before it catches someone out.'''),
      SIG('''
        Kind regards,
        Priya

        Priya Raman
        Talent Acquisition Partner – Technology
        Harrowgate Logistics Ltd | 10 Finsbury Square, London EC2A 1AF'''),
      DISC(DISC_UK),
  ])

M('bug', 'forward_support', '', 'en', 'interviews not syncing back to ATS for some jobs',
  frm=AMIR, subject='Interviews not syncing back to candidate records (Leeds CSC jobs)', date='2026-04-30 08:55 +0100',
  client='outlook', body='plain', cs='us-ascii', cte='7bit', recv=7, auth=True,
  blocks=[
      P('''
        Hi,

        Since Tuesday afternoon, interviews scheduled in GoodTime for the Leeds Customer Service Centre jobs aren't appearing on the candidate record in the ATS. Scheduling itself works and the invites go out fine; it's only the sync back that's missing. Other jobs (Daventry, Avonmouth) look OK.

        Affected jobs:
          CS-2231 Customer Service Advisor
          CS-2240 Team Leader, Customer Service
        Example candidates: 449310, 449355, 449402

        I've given it more than 24 hours and refreshed both sides. As far as I know nothing has changed in the ATS stage set-up for those jobs.

        Regards,
        Amir Hussain
        Recruiting Operations Analyst | UK Talent Acquisition'''),
  ])

M('bug', 'forward_support', '', 'en', 'candidate confirmation e-mails not sent (US); forwarded front-desk note',
  frm=KAYLA, subject='Fwd: candidates calling - no confirmation email??', date='2026-08-19 09:44 -0400', client='gmail',
  body='alt', cs='utf-8', us=True, recv=8, auth=True, arc=False,
  blocks=[
      P('''
        Hi,

        Yesterday I scheduled 6 phone screens for the Columbus warehouse associate roles and none of the candidates got the confirmation email. I only found out because two of them called the front desk asking if their interview was still on.

        The interviews show as scheduled in GoodTime and the interviewers got their invites. I resent one confirmation manually from GoodTime this morning and that one seems to have gone through.

        Can someone check what happened? I've got another batch to send today. Tanya's note from the front desk is below.

        Thanks!'''),
      SIGD('''
        Kayla Brennan
        Recruiting Coordinator | Columbus DC
        Harrowgate Logistics Inc.
        4100 Distribution Parkway, Columbus, OH 43217
        (614) 555-0126'''),
      Q('fwd-gmail', 'Tanya Brooks', 'tanya.brooks@' + DOM, '2026-08-18 16:52 -0400', 'candidates calling - no confirmation email??',
        '''
        Hi Kayla,

        Two people just called the front desk asking if their phone interviews tomorrow are still happening (Jordan Ellis and Maria Castillo?). They said they never got any email with the time. I told them someone would call them back.

        Tanya
        Front Desk | Columbus DC''', to='Kayla Brennan <%s>' % KAYLA[1]),
  ])

SN_BODY = T('''
    Harrowgate IT Self-Service

    A new incident has been logged on your behalf and assigned to the
    GoodTime Help Line group.

    Number:            INC0048812
    Caller:            Siobhan Doyle (siobhan.doyle@harrowgatelogistics.com)
    Location:          Leeds - Customer Service Centre, 2nd floor
    Business service:  GoodTime (Interview Scheduling)
    Category:          Software > Error / not working
    Impact:            3 - Low     Urgency: 3 - Low
    Opened:            2026-06-02 13:05:22 BST

    Short description:
    Room booking error - LDS-2F-Aire

    Description:
    When I try to book LDS-2F-Aire (8) for onsite interviews GoodTime says
    "We couldn't reserve this room. Please choose another room." In Outlook
    the room is completely free all day Thursday and I can book it there
    with no problem. Other rooms on the floor work in GoodTime. It has been
    like this since last week. Interviews are next week so no panic today,
    but we need that room as it is the only one big enough for the team
    leader assessment.

    ---------------------------------------------------------------
    This is an automatically generated notification. Replies to this
    address are not monitored. To update the incident, use the
    Self-Service portal: https://harrowgate.service-now.com/sp?id=ticket&table=incident&number=INC0048812
    Ref:MSG0391177
    ''') + '\n'
M('bug', 'forward_support|needs_review', '', 'en', 'IT ticket form mailer; room booking fails though room is free',
  frm=('Harrowgate IT Self-Service', 'servicedesk-noreply@harrowgatelogistics.com'),
  subject='INC0048812 - New incident logged: Room booking error - LDS-2F-Aire', date='2026-06-02 13:05 +0100', client='none',
  part=text_part(SN_BODY, 'plain', 'utf-8', 'quoted-printable', 'outlook'), mid='generic', recv=6, auth=True, arc=False,
  extra_headers=[('Auto-Submitted', 'auto-generated'), ('X-Auto-Response-Suppress', 'All'),
                 ('X-ServiceNow-Source', 'Notification-8c1f2a0e1b3d'), ('X-ServiceNow-Generated', 'true')],
  extra_tags=['form-mailer', 'ticket-system', 'auto-submitted', 'text-plain-only', 'qp'])

M('bug', 'forward_support', '', 'en', 'report shows zero for March; PDF attached; second minor topic (report access)',
  frm=REBECCA, subject='Interviewer load report showing zero for March + access for Kerry', date='2026-04-07 12:40 +0100',
  client='outlook', body='alt', cs='utf-8',
  atts=[attach('pdf', 'Interviewer_Load_Daventry_Q1_2026.pdf',
               make_pdf(['GoodTime - Interviewer Load', 'Location: Daventry Cross-Dock Hub', 'Period: 01/01/2026 - 31/03/2026', '',
                         'Interviewer            Jan   Feb   Mar', 'Dean Whitaker           21    19     0',
                         'Kerry Halloran          18    22     0', 'Tom Ashworth             6     5     0',
                         'Daniel Okafor            4     7     0', 'Total                   49    53     0']))],
  blocks=[
      P('''
        Hello,

        Two things, the first much more important:

        1) The interviewer load report for the Daventry hub shows zero interviews for every interviewer in March, but we ran something like 140 interviews there that month (I can see them individually in GoodTime). January and February look normal. PDF export attached. I need these numbers for the quarterly people review on Friday.

        2) Much less urgent: could Kerry Halloran (shift lead, Daventry) be given access to view the reports?

        Thanks,
        Rebecca'''),
      sig_uk('Rebecca Thornton', 'Head of Talent Acquisition – UK & Ireland', 'Harrowgate House, Grafton Gate, Milton Keynes MK9 1AQ', '+44 1908 555 0110'),
      DISC(DISC_UK),
  ])

M('bug', 'forward_support+flag_csm', '', 'en', 'HIGH IMPACT: all UK users calendar disconnected, nobody can schedule',
  frm=AMIR, subject="ALL UK users showing 'calendar disconnected' in GoodTime since 07:30 - nobody can schedule or reschedule",
  date='2026-06-09 08:12 +0100', client='outlook', body='alt', cs='utf-8', recv=9, auth=True, date_suffix=True,
  atts=[attach('png', 'AADSTS65001.png', make_png(240, 80, seed=11))],
  blocks=[
      P('''
        Hi,

        Since about 07:30 this morning every UK user we've checked (around 40 coordinators and recruiters so far, plus the interviewers) shows "Calendar disconnected" in GoodTime. Availability is blank, so nobody can schedule or reschedule anything.

        Reconnecting doesn't work: after signing in with Microsoft we're sent back with "AADSTS65001: The user or administrator has not consented to use the application". Germany and Spain look unaffected as far as I can tell.

        Nothing has changed on our side that I know of, but I've asked IT to check whether any Entra ID consent settings were touched overnight. We have around 60 interviews booked across the UK sites today and tomorrow.

        Please treat this as high priority.

        Amir'''),
      SIG('''
        Amir Hussain
        Recruiting Operations Analyst | UK Talent Acquisition
        Harrowgate Logistics Ltd
        T: +44 1908 555 0152 | M: +44 7700 900644'''),
  ])

M('bug', 'forward_support+flag_csm', '', 'en', 'HIGH IMPACT: itinerary shows another candidate\'s personal data (possible breach)',
  frm=FIONA, subject="Candidate received another candidate's interview details - possible data breach",
  date='2026-08-25 09:07 +0100', client='outlook', body='html', cs='windows-1252', recv=6, auth=True,
  blocks=[
      P('''
        Good morning,

        I need to report something that may be a personal data breach.

        Yesterday a candidate for the Transport Planner role at Eurocentral (Ross Campbell) contacted us to say that the interview itinerary he received from GoodTime showed another candidate's name, mobile number and interview times instead of his own. I've checked, and the other candidate (applying for Warehouse Shift Lead) has an interview at the same site on the same day. I don't yet know whether this has happened to anyone else.

        I've logged it with our Data Protection Officer as a potential incident. We have 72 hours to decide whether it needs reporting to the ICO, so I need to understand quickly what happened and how many candidates may be affected.

        Please treat this as confidential.'''),
      SIG('''
        Kind regards,

        Fiona MacLeod
        HR Business Partner – Scotland
        Harrowgate Logistics Ltd | Eurocentral Distribution Centre
        T: +44 1698 555 0162 | M: +44 7700 900587'''),
      DISC(DISC_UK),
  ])

M('bug', 'forward_support', '', 'en', 'terse, typos: scheduling page spins in Edge',
  frm=JAKE, subject='scheduling page wont load', date='2026-11-10 10:31 +0000', client='outlook', body='plain',
  cs='us-ascii', cte='7bit',
  blocks=[
      P('''
        hi, the scheduling page just spins forever for me in edge since this morning, cant get into any candidate. chrome works sometimes but v slow. cleared cache already.

        not urgent rn as nothing booked today but its slowing me down alot

        jake'''),
  ])

M('bug', 'forward_support', '', 'de', 'self-booking link offers slots that are busy in Outlook, double bookings',
  frm=KATRIN, subject='Selbstbuchungslink bietet bereits belegte Termine an (Doppelbuchungen)', subj_enc='q-latin1',
  date='2026-05-21 15:48 +0200', client='outlook', body='html', cs='windows-1252', recv=7, auth=True,
  blocks=[
      P('''
        Guten Tag,

        seit etwa einer Woche beobachten wir in Duisburg, dass über den Selbstbuchungslink Termine angeboten werden, zu denen die Interviewer in Outlook eindeutig belegt sind. Dadurch sind allein in dieser Woche drei Doppelbuchungen entstanden (u. a. bei Herrn Yıldız, Schichtleiter, am Dienstag um 10:00 Uhr).

        Die Kalender sind laut GoodTime verbunden, und die betreffenden Termine sind in Outlook als „Gebucht“ markiert, nicht als „Frei“.

        Betroffen sind die Stellen „Lagermitarbeiter Kommissionierung (m/w/d)“ und „Staplerfahrer (m/w/d)“. Beispiel-Kandidaten-IDs: 450118, 450164.

        Könnten Sie das bitte an den GoodTime-Support weitergeben? Screenshots kann ich gern nachreichen.'''),
      SIG('''
        Mit freundlichen Grüßen

        Katrin Vogelsang
        Recruiterin Gewerbliche Mitarbeiter
        Harrowgate Logistics GmbH | Logistikzentrum Duisburg
        Tel. +49 203 555 418 30'''),
      DISC(DISC_DE),
  ])

M('bug', 'forward_support', '', 'es', 'availability slots shown in London time instead of Madrid',
  frm=JAVIER, subject='Las franjas de disponibilidad salen con una hora menos', date='2026-06-16 10:02 +0200',
  client='gmail', body='alt', cs='utf-8', cte='base64', recv=8, auth=True, arc=False, dkim_d='harrowgatelogistics.es',
  blocks=[
      P('''
        Hola:

        Os escribo porque desde hace unos días, cuando un candidato de Zaragoza abre el enlace para indicar su disponibilidad, las franjas aparecen con una hora menos (como si fuera hora de Londres en lugar de hora peninsular). Un candidato marcó las 9:00 pensando que era su hora y en GoodTime nos aparece como las 10:00.

        He revisado mi zona horaria en la configuración y está en Europe/Madrid, igual que la de los entrevistadores. Pasa con todos los candidatos de esta semana de la vacante de mozo de almacén (REQ ES-0784).

        ¿Podéis trasladarlo a soporte? Os reenvío abajo el correo de uno de los candidatos.

        Gracias,'''),
      SIGD('''
        Javier Ortega Lacasa
        Coordinador de Selección – Plataforma Zaragoza (PLAZA)
        Harrowgate Logistics España, S.L.'''),
      Q('fwd-gmail', 'Daniel Pérez Royo', 'danielperezroyo@gmail.com', '2026-06-15 20:41 +0200', 'Re: Indica tu disponibilidad – Harrowgate Logistics',
        '''
        Buenas tardes Javier,

        He marcado en el enlace el martes de 9:00 a 11:00, pero ahora me llega la convocatoria para las 10:00 y no entiendo por qué. Yo a las 10:30 tengo que estar en otro sitio. ¿Lo podemos dejar a las 9:00 como marqué?

        Gracias,
        Daniel Pérez''', to='Javier Ortega Lacasa <%s>' % JAVIER[1]),
  ])

M('bug', 'forward_support', '', 'fr', 'day-before reminders stopped since Monday; raw cp1252 subject and From',
  frm=CAMILLE, from_enc='raw-cp1252', subject='Rappels candidats non envoyés depuis lundi', subj_enc='raw-cp1252',
  date='2026-10-08 16:30 +0200', client='outlook', body='alt', cs='windows-1252',
  blocks=[
      P('''
        Bonjour,

        Depuis lundi, les candidats ne reçoivent plus le rappel automatique de la veille. Nous avons eu deux absences hier à Saint-Priest et les deux candidats nous ont dit ne pas avoir reçu de rappel, alors qu'ils l'avaient toujours reçu jusqu'ici.

        Les adresses e-mail sont correctes dans l'ATS, ils ont vérifié leurs spams et les entretiens n'ont pas été modifiés. La confirmation initiale, elle, part bien.

        Pouvez-vous faire remonter au support ?

        Bien cordialement,'''),
      SIG('''
        Camille Lefèvre
        Chargée de recrutement – Région Auvergne-Rhône-Alpes
        Harrowgate Logistics France SAS'''),
      DISC(DISC_FR),
  ])

M('bug', 'forward_support+flag_csm', '', 'pt', 'HIGH IMPACT: duplicates on every reschedule, recurring after two tickets',
  frm=MARIANA, from_enc='q', subject='Entrevistas duplicadas outra vez – 3.ª vez que reportamos', subj_enc='b',
  date='2026-05-26 17:22 +0100', client='outlook', body='alt', cs='utf-8', recv=6, auth=True,
  blocks=[
      P('''
        Boa tarde,

        Lamento insistir, mas o problema das entrevistas duplicadas voltou.

        Sempre que reagendamos uma entrevista no GoodTime, os entrevistadores ficam com dois eventos no calendário (o antigo e o novo) e alguns candidatos recebem duas confirmações com horas diferentes. Já o reportámos ao suporte da GoodTime em fevereiro (pedido n.º 51877) e em abril (pedido n.º 53302); das duas vezes foi dado como resolvido e voltou a acontecer.

        Esta semana afetou 11 entrevistas em Lisboa, Azambuja e Maia, e um candidato apareceu à hora errada. Exemplos: IDs 452771, 452790, 452803.

        Peço que seja tratado com prioridade.

        Com os melhores cumprimentos,'''),
      SIG('''
        Mariana Gonçalves Lopes
        Talent Acquisition Lead – Portugal
        Harrowgate Logistics Portugal, Lda.
        Av. D. João II, 44 – 1990-095 Lisboa
        Tel. +351 21 555 0840 | Tlm. +351 912 555 307'''),
      DISC(DISC_PT),
  ])


# ================================================================= SCHEDULING BLOCKERS
M('scheduling_blocker', 'forward_support', '', 'en', 'candidate in reception now, site manager has no invite, room not booked',
  frm=GARETH, subject='Candidate in reception NOW - Daventry - no invite for Tom', date='2026-02-25 10:36 +0000',
  client='iphone', body='plain', cs='utf-8', cte='quoted-printable', style='apple', recv=6,
  blocks=[
      P('''
        Hi, candidate for HGV Class 1 (Mark Hollis) is sat in reception at Daventry for a 10:30 interview.

        GoodTime shows it as scheduled with Tom Ashworth and Daniel Okafor in DAV-Training Rm 2, but Tom has no invite in his calendar and the room isn't booked - someone else is in it. The candidate's confirmation also says Training Room 2.

        Tom's on site and can do it but we need the invite and a room sorted now. Can someone help asap?

        Gareth'''),
      MOB('Sent from my iPhone'),
  ])

M('scheduling_blocker', 'forward_support', '', 'en', 'panel in 10 minutes, candidate confirmation has no Teams link',
  frm=PRIYA, subject='URGENT - panel in 10 mins, no Teams link for candidate', date='2026-05-28 13:50 +0100',
  client='outlook', body='alt', cs='utf-8', recv=5, auth=True, extra_headers=[('Importance', 'high'), ('X-Priority', '1')],
  blocks=[
      P('''
        Hi,

        Panel for Senior Data Engineer (candidate Aleksandra Nowak, ID 452388) starts at 14:00, i.e. in 10 minutes. The interviewers' invites have a Teams link but the candidate's confirmation has none, and she's just emailed asking how to join.

        Can someone help me get her a working link right now, or tell me the quickest way? I've got three interviewers waiting.

        Priya'''),
  ])

M('scheduling_blocker', 'forward_support', '', 'en', 'interviewer sick, 2pm interview, swap will not save',
  frm=SIOBHAN, subject="Interviewer off sick - 2pm interview - swap won't save", date='2026-06-18 13:36 +0100',
  client='outlook', body='html', cs='windows-1252', extra_headers=[('Importance', 'high')],
  atts=[attach('png', 'image.png', make_png(200, 60, seed=5))],
  blocks=[
      P('''
        Hi,

        One of the interviewers for a 2pm Customer Service Team Leader interview (Leeds) has just gone home sick. I'm trying to swap her for another qualified interviewer in GoodTime but every time I click Save I get "Unable to save changes. Please try again."

        It's 13:35 now and the candidate is on her way in. Can anyone help me get the swap done, or tell me a workaround? Screenshot of the error attached.

        Candidate: Joanne Pike, ID 449877.

        Siobhan'''),
      SIG('''
        Siobhan Doyle
        Recruitment Coordinator – Customer Service Centre
        Harrowgate Logistics Ltd | Wellington Place, Leeds LS1 4AP
        T: +44 113 496 0725'''),
      DISC(DISC_UK),
  ])

M('scheduling_blocker', 'forward_support', '', 'en', 'ANGRY CAPITALS: candidate waiting on Zoom, no interviewer',
  frm=MARCUS, subject='CANDIDATE WAITING ON ZOOM - NO INTERVIEWER!!!', date='2026-05-05 18:16 +0100', client='outlook',
  body='plain', cs='us-ascii', cte='7bit', extra_headers=[('Importance', 'high'), ('X-Priority', '1')],
  extra_tags=['caps'],
  blocks=[
      P('''
        CANDIDATE HAS BEEN SAT IN THE ZOOM FOR 15 MINUTES AND NOBODY HAS JOINED. GOODTIME SAYS THE INTERVIEWER CONFIRMED BUT DANIEL SAYS HE NEVER GOT AN INVITE. WHO IS MEANT TO BE ON THIS??? CANDIDATE IS ABOUT TO GIVE UP.

        Class 2 driver, 18:00 slot, candidate Lee Barnes.

        PLEASE RING ME 07700 900412'''),
  ])

M('scheduling_blocker', 'forward_support', '', 'en', 'MD final interview today, reschedule to 17:00 fails; quoted thread about something else',
  frm=HANNAH, to=[HL], cc=[CHARLOTTE], subject='RE: Final interviews – Site General Manager, Avonmouth', subj_enc='q-cp1252', date='2026-07-09 14:58 +0100',
  client='outlook', body='alt', cs='windows-1252', reply=True, recv=7, auth=True, extra_headers=[('Importance', 'high')],
  blocks=[
      P('''
        Hi Charlotte / Help Line team,

        Jonathan has been pulled into an urgent client call and can't do 16:00 today. The candidate (Sarah Whitcombe) is already on the train to Milton Keynes and has agreed to 17:00 instead.

        I've tried to move it in GoodTime but it keeps saying "Conflicts detected – unable to reschedule", even though Jonathan and the other panel member are both free at 17:00. I need the invites updated in the next half hour so the panel and reception know.

        Can someone help urgently please?

        Many thanks,
        Hannah'''),
      SIG('''
        Hannah Whitfield
        Executive Assistant to the UK Managing Director
        Harrowgate Logistics Ltd
        T: +44 1908 555 0101'''),
      Q('outlook', 'Charlotte Pemberton', CHARLOTTE[1], '2026-07-06 09:12 +0100', 'Final interviews – Site General Manager, Avonmouth',
        '''
        Hi Hannah,

        Thanks for holding Jonathan's diary for this week's finals. While I have you – could you also pencil 30 minutes on Thursday for the salary benchmarking catch-up with Reward? Any time after 2pm works for me.

        Thanks,
        Charlotte''', to='Hannah Whitfield <%s>' % HANNAH[1]),
  ])

M('scheduling_blocker', 'forward_support', '', 'en', 'candidate on the phone now, self-scheduling link shows no times (US)',
  frm=KAYLA, subject='candidate on the phone with me right now - no slots on link', date='2026-09-15 13:22 -0400',
  client='outlook', body='alt', cs='utf-8', us=True,
  blocks=[
      P('''
        Hi – I have a candidate on the line right now (forklift operator, night shift, Columbus) who needs to book today before she starts her other job at 3pm.

        The self-scheduling link shows "No times available" for her, but I can see the two interviewers have free slots tomorrow and Thursday. I widened the date range and resent it, same thing.

        Can someone help me get her booked in the next few minutes or tell me what I'm missing?

        Kayla'''),
  ])

M('scheduling_blocker', 'forward_support', '', 'en', 'itinerary says 15:00, panel calendars say 14:00, panel sitting now',
  frm=JAKE, subject='which time is right?? grad panel starting', date='2026-10-14 13:53 +0100', client='outlook',
  body='alt', cs='utf-8',
  blocks=[
      P('''
        Help –

        Candidate for the Graduate Planner scheme (Ola Adeyemi) has just rung me: her itinerary from GoodTime says 15:00 today, but all four panel members have 14:00 in their calendars and they're sitting in the room now (it's 13:52). She can't get here for 14:00.

        Which one does GoodTime think is right, and can someone sort it before the panel gives up?

        Jake (ext 4471)'''),
  ])

M('scheduling_blocker', 'forward_support', '', 'en', 'interviewer: interview in 20 minutes, invite has no candidate and no link',
  frm=DANIEL, subject='interview in 20 mins - who is it?', date='2026-08-27 11:10 +0100', client='outlook-ios',
  body='alt', cs='utf-8', mid='outlook-ios',
  blocks=[
      P('''
        Hi,

        I've got an interview in my calendar at 11:30 (20 mins from now) for a Dispatcher role but the invite has no candidate name, no CV link and no Teams link – just "Interview – Harrowgate Logistics". The recruiter (Lucy) is on leave today.

        Who am I meant to be interviewing and how do I join?

        Daniel'''),
      MOB('Get Outlook for iOS'),
  ])

M('scheduling_blocker', 'forward_support', '', 'en', 'candidate at wrong site, location field greyed out, interview now (US)',
  frm=DEREK, subject='Candidate at wrong location - interview happening now', date='2026-03-17 09:06 -0500',
  client='outlook', body='alt', cs='us-ascii', us=True, recv=6, auth=True,
  blocks=[
      P('''
        Hi,

        We've got a forklift operator candidate (Marcus Reed) standing in the lobby at our old Southaven building - the GoodTime confirmation sent him there instead of the Memphis cross-dock on Airways Blvd. His interview was at 9:00 CT, it's 9:05 now, and the interviewers are waiting at the cross-dock.

        I've called him and he's driving over, but I need the interview moved to 9:45 with the right location, and GoodTime won't let me change the location - the field is greyed out. The updated confirmation I just tried to send still shows the old address.

        Please help asap.

        Derek'''),
      SIG('''
        Derek Walsh
        Talent Acquisition Manager - Memphis Cross-Dock
        Harrowgate Logistics Inc.
        C: (901) 555-0178'''),
  ])

M('scheduling_blocker', 'forward_support', '', 'de', 'candidate waiting at reception, interviewer invite failed, resend does nothing',
  frm=JONAS, subject='DRINGEND: Kandidatin wartet am Empfang – Interviewer hat keine Einladung', subj_enc='q',
  date='2026-11-24 09:11 +0100', client='iphone', body='plain', cs='utf-8', cte='quoted-printable', style='apple',
  blocks=[
      P('''
        Hallo,

        bei uns in Hamburg-Billbrook sitzt seit 10 Minuten eine Kandidatin (Staplerfahrerin, Termin 9:00 Uhr) am Empfang. In GoodTime steht beim Interviewer Mehmet Yıldız „Einladung fehlgeschlagen“, er hat nichts im Kalender und ist gerade draußen auf der Fläche.

        Ich kann ihn holen, aber in GoodTime lässt sich die Einladung nicht erneut senden (der Button reagiert nicht). Bitte kurz um Hilfe, wie wir das jetzt lösen.

        Danke
        Jonas'''),
      MOB('Von meinem iPhone gesendet'),
  ])

M('scheduling_blocker', 'forward_support', '', 'es', 'interview in 15 minutes, Teams link says meeting does not exist',
  frm=MAJO, from_enc='q', subject='URGENTE – entrevista en 15 minutos, el enlace de Teams no funciona', subj_enc='b',
  date='2026-10-20 11:16 +0200', client='outlook', body='alt', cs='utf-8', extra_headers=[('Importance', 'high'), ('X-Priority', '1')],
  blocks=[
      P('''
        Buenos días:

        Tengo una entrevista a las 11:30 (dentro de 15 minutos) con una candidata para agente de atención al cliente y, tanto a ella como a mí, el enlace de Teams de la convocatoria de GoodTime nos da el error «Esta reunión no existe o ha finalizado». La candidata ya está conectada y esperando.

        ¿Podéis ayudarme a generar un enlace nuevo ya, o decirme cómo lo hago desde GoodTime?

        Gracias,
        María José'''),
      SIG('''
        María José Fernández Ruiz
        Técnica de Selección
        Harrowgate Logistics España, S.L. | Centro de Coslada'''),
      DISC(DISC_ES),
  ])

M('scheduling_blocker', 'forward_support', '', 'pt', 'candidate waiting at reception, interviewer vanished from interview',
  frm=INES, from_enc='q', subject='URGENTE candidato à espera na receção', subj_enc='q', date='2026-09-29 10:07 +0100',
  client='iphone', body='plain', cs='utf-8', cte='base64', style='apple',
  blocks=[
      P('''
        Bom dia,

        tenho um candidato a operador de armazém à espera na receção da Azambuja, a entrevista era às 10h00. O entrevistador (João Tavares) desapareceu da entrevista no GoodTime e ninguém recebeu convite.

        Consigo arranjar outro chefe de turno, mas o GoodTime dá erro quando tento adicionar alguém. Como resolvo isto agora?

        Obrigada
        Inês'''),
      MOB('Enviado do meu iPhone'),
  ])


# ================================================================= FEATURE REQUESTS
M('feature_request', 'product_board_reply', '', 'en', 'URGENT subject over a wish for SMS/WhatsApp reminders',
  frm=MARCUS, subject='URGENT!!! driver candidates not reading emails', date='2026-06-03 08:44 +0100', client='outlook',
  body='alt', cs='windows-1252', extra_headers=[('Importance', 'high')],
  blocks=[
      P('''
        Hi all,

        Sorry for the dramatic subject line, but this is becoming a real problem for us.

        Our driver candidates (Class 1 / Class 2) basically don't read email – they're on the road all day. We're getting lots of no-shows because the confirmation and reminder only go out by email.

        Could you please pass on to GoodTime that we'd really like them to add text message (or even WhatsApp) confirmations and reminders for candidates, alongside the email? For the driver roles it would make a huge difference. Happy to explain to them how we'd use it.

        Cheers,
        Marcus'''),
      sig_uk('Marcus Oyelaran', 'Resourcing Lead – Drivers | UK Talent Acquisition', 'Daventry Cross-Dock Hub, Kingsbridge Park, Daventry NN11 8YL',
             '+44 1327 555 0177', '+44 7700 900412'),
  ])

M('feature_request', 'product_board_reply', '', 'en', 'support for rotating 4-on-4-off shift patterns',
  frm=TOM, subject='Suggestion - GoodTime and shift patterns', date='2026-03-03 06:52 +0000', client='outlook',
  body='alt', cs='us-ascii', recv=5,
  blocks=[
      P('''
        Morning,

        A suggestion for GoodTime rather than a problem.

        Most of our interviewers at Daventry are shift leads on a 4-on-4-off continental pattern (days and nights). GoodTime only seems to understand fixed "working hours", so it either offers slots when they're on rest days or we have to block their calendars by hand weeks in advance.

        It would be brilliant if GoodTime could take a rotating shift pattern (e.g. an 8-day cycle, or a feed from our rota system) and only offer interview slots on on-shift days. It would save the coordinators a lot of faff and stop people being booked on their days off.

        Tom'''),
      sig_uk('Tom Ashworth', 'Site Manager - Daventry Cross-Dock Hub', 'Kingsbridge Park, Daventry NN11 8YL', '+44 1327 555 0100',
             '+44 7700 900231'),
  ])

M('feature_request', 'product_board_reply', '', 'en', 'book whole assessment centres in one go',
  frm=JAKE, subject='Idea: booking assessment centres in one go', date='2026-11-19 16:02 +0000', client='outlook',
  body='alt', cs='utf-8',
  atts=[attach('ics', 'Graduate Assessment Centre - 3 Dec.ics',
               ics('REQUEST', 'Graduate Assessment Centre - Planners & Engineers (12 candidates)', '20261203T090000', '20261203T163000',
                   ('Jake Burrows', JAKE[1]), ('Charlotte Pemberton', CHARLOTTE[1]), location='Harrowgate House - Boardroom').encode())],
  blocks=[
      P('''
        Hi team,

        Not a problem, more of a wish-list item!

        For the graduate assessment centres we run the same day (group exercise + two interviews + site tour) for 12 candidates at a time. At the moment I have to schedule each candidate individually, which takes most of a day per assessment centre.

        It'd be amazing if GoodTime had a way to set up one assessment day and then drop several candidates into it in one go, with the rotations worked out automatically. I've attached the calendar hold for the next one so you can see the shape of the day.

        Thanks,
        Jake'''),
  ])

M('feature_request', 'product_board_reply', '', 'en', 'terse: dark mode and keyboard shortcuts',
  frm=PRIYA, subject='feature idea', date='2026-02-26 21:37 +0000', client='outlook', body='plain', cs='us-ascii',
  cte='7bit', mid='none',
  blocks=[
      P('''
        would be great if goodtime had a dark mode + keyboard shortcuts on the scheduling page (next/prev slot, confirm). staring at it 8hrs a day

        thx, P'''),
  ])

M('feature_request', 'product_board_reply', '', 'en', 'per-site information block (PPE, gate, parking) on itineraries',
  frm=SIOBHAN, subject='Request: site info (PPE, parking, directions) on candidate itineraries', date='2026-07-01 10:18 +0100',
  client='outlook', body='html', cs='windows-1252', recv=6, auth=True,
  blocks=[
      P('''
        Hi,

        I'd like to suggest an improvement to GoodTime.

        For onsite interviews at our warehouses, candidates need to know things like: wear safety boots (no open-toed shoes), which gate to use, where visitor parking is, and to bring photo ID for security. At the moment we type this into a personal note every single time and it's easy to forget.

        Could GoodTime have a standard "site information" section attached to each office/location, added automatically to the itinerary for interviews at that site? It would really help our no-show rate and the candidate experience.'''),
      SIG('''
        Kind regards,
        Siobhan

        Siobhan Doyle
        Recruitment Coordinator – Customer Service Centre
        Harrowgate Logistics Ltd | Wellington Place, Leeds LS1 4AP'''),
      DISC(DISC_UK),
  ])

M('feature_request', 'product_board_reply', '', 'en', 'weekly digest for hiring managers; quoted old thread about meeting agenda',
  frm=REBECCA, subject='Idea for GoodTime – weekly summary for hiring managers', subj_enc='q', date='2026-09-24 15:05 +0100',
  client='outlook', body='alt', cs='utf-8', reply=True,
  blocks=[
      P('''
        Hello,

        An idea that came out of the UK site managers' meeting (agenda below for context):

        A lot of our hiring managers live on the warehouse floor and don't look at their calendars often. A weekly summary email from GoodTime every Monday morning – "here are the interviews you're on this week, with candidates and roles" – would help them plan the week and cut down on last-minute declines.

        Could this be suggested to GoodTime?

        Kind regards,
        Rebecca'''),
      Q('orig', 'Tom Ashworth', TOM[1], '2026-09-21 17:30 +0100', 'Site managers meeting – agenda',
        '''
        All,

        Agenda for Wednesday:
        1. H&S update – near misses on the Daventry yard
        2. Peak staffing – agency ratios and induction capacity
        3. Recruitment – interview attendance and hiring manager feedback
        4. AOB

        Tom''', to='UK Site Managers <uk-site-managers@harrowgatelogistics.com>'),
  ])

M('feature_request', 'product_board_reply', '', 'en', 'Teams app for interviewers to accept/decline/swap',
  frm=AMIR, subject='Feature suggestion: interviewer accept / decline / swap inside Teams', date='2026-10-21 11:47 +0100',
  client='outlook', body='alt', cs='us-ascii', recv=5, auth=True,
  blocks=[
      P('''
        Hi,

        Feature suggestion for GoodTime: most of our interviewers live in Microsoft Teams, not in their inbox.

        It would be great if GoodTime had a Teams app (or bot) that pinged interviewers about upcoming interviews and let them accept, decline, or offer a swap to another pool member right there in Teams. At the moment declines arrive late via Outlook and the coordinators spend a lot of time chasing.

        Thanks,
        Amir'''),
  ])

M('feature_request', 'product_board_reply', '', 'en', 'Spanish-language candidate pages (US); forwarded manager note',
  frm=KAYLA, subject='Fwd: Spanish for applicants', date='2026-04-09 14:31 -0400', client='apple',
  body='alt', cs='utf-8', us=True, mid='apple',
  blocks=[
      P('''
        Hi!

        A lot of our applicants for warehouse associate roles in Columbus and Memphis are more comfortable in Spanish. It would be really helpful if candidates could switch the self-scheduling and availability pages (and the confirmation emails) to Spanish. Right now some of them call us because they're not sure what they booked.

        Would love for this to get added – can it be passed on? Luis's note below.

        Thanks,
        Kayla'''),
      Q('fwd-apple', 'Luis Ramirez', 'luis.ramirez@' + DOM, '2026-04-08 20:14 -0400', 'Spanish for applicants',
        '''
        Kayla,

        Half the applicants I talked to at the job fair on Saturday asked if the interview emails and booking page come in Spanish. Can we get that? We lose good people at this step.

        Luis Ramirez
        Warehouse Operations Manager, Columbus DC''', to='Kayla Brennan <%s>' % KAYLA[1]),
  ])

M('feature_request', 'product_board_reply', '', 'de', 'public holidays per federal state',
  frm=ANJA, from_enc='q-latin1', subject='Verbesserungsvorschlag: regionale Feiertage automatisch berücksichtigen',
  subj_enc='raw-cp1252', date='2026-01-14 11:20 +0100', client='outlook', body='html', cs='windows-1252',
  blocks=[
      P('''
        Liebe Kolleginnen und Kollegen,

        wir haben einen Verbesserungsvorschlag für GoodTime, den Sie gern an den Hersteller weitergeben können:

        Unsere Standorte liegen in unterschiedlichen Bundesländern (Duisburg in NRW, Hamburg), und die gesetzlichen Feiertage unterscheiden sich (z. B. Fronleichnam in NRW, Reformationstag in Hamburg). Es wäre sehr hilfreich, wenn GoodTime die Feiertage je Standort bzw. Bundesland automatisch kennen und an diesen Tagen keine Termine für Vorstellungsgespräche anbieten würde.

        Derzeit müssen alle Interviewer diese Tage manuell in ihrem Kalender blocken, was regelmäßig vergessen wird.

        Vielen Dank und freundliche Grüße'''),
      SIG('''
        Anja Schröder
        Teamleitung Talent Acquisition DACH
        Harrowgate Logistics GmbH
        Hafenstraße 112 · 47119 Duisburg
        Tel. +49 203 555 418 00'''),
      DISC(DISC_DE),
  ])

M('feature_request', 'product_board_reply', '', 'es', 'copy an already-built interview to another candidate',
  frm=LUCIA, from_enc='b', subject='Propuesta de mejora para GoodTime', date='2026-03-24 12:05 +0100', client='gmail',
  body='alt', cs='utf-8', recv=7, auth=True, arc=False, dkim_d='harrowgatelogistics.es',
  blocks=[
      P('''
        Hola equipo:

        Os escribo con una propuesta por si la podéis hacer llegar a GoodTime.

        En las jornadas de selección de mozos de almacén en El Prat hacemos exactamente la misma entrevista (mismos entrevistadores, misma sala, misma duración) a 15 o 20 personas seguidas. Estaría genial poder «copiar» una entrevista ya montada a otro candidato con un clic, en vez de configurarla desde cero cada vez. Nos ahorraría muchísimo tiempo.

        ¡Gracias!'''),
      SIGD('''
        Lucía Navarro
        HR Business Partner – Cataluña
        Harrowgate Logistics España, S.L.'''),
  ])

M('feature_request', 'product_board_reply', '', 'fr', 'automatic daily list of expected candidates for the gatehouse',
  frm=SOPHIE, subject="Suggestion d'amélioration : prévenir l'accueil automatiquement", subj_enc='q',
  date='2026-05-07 09:36 +0200', client='outlook', body='alt', cs='windows-1252',
  blocks=[
      P('''
        Bonjour,

        Une suggestion d'évolution pour GoodTime, si vous pouvez la transmettre :

        Sur nos sites (Saint-Priest, Lesquin), c'est l'accueil / le poste de garde qui reçoit les candidats et leur remet un badge visiteur. Aujourd'hui, personne ne les prévient des entretiens prévus, donc les candidats attendent souvent à la barrière.

        Ce serait très utile que GoodTime puisse envoyer automatiquement à l'accueil du site, chaque matin, la liste des candidats attendus dans la journée (nom, heure, interlocuteur).

        Merci d'avance,'''),
      SIG('''
        Sophie Garnier
        Responsable Talent Acquisition France
        Harrowgate Logistics France SAS'''),
  ])

M('feature_request', 'product_board_reply', '', 'pt', 'weekly calendar view of all interviews per warehouse',
  frm=BEATRIZ, subject='Sugestão: vista semanal das entrevistas por armazém', subj_enc='q', date='2026-11-11 09:02 +0000',
  client='outlook', body='alt', cs='windows-1252', cte='base64',
  blocks=[
      P('''
        Bom dia,

        Gostaria de deixar uma sugestão para o GoodTime: seria muito útil existir uma vista semanal, tipo calendário, com todas as entrevistas marcadas para um armazém (por exemplo, a Azambuja), que os chefes de turno pudessem consultar sem terem de abrir entrevista a entrevista.

        Ajudaria a organizar os turnos e a libertar as pessoas a tempo.

        Obrigada,'''),
      SIG('''
        Beatriz Sousa
        HR Business Partner – Norte
        Harrowgate Logistics Portugal, Lda.'''),
  ])


# ================================================================= ESCALATIONS
M('escalation', 'flag_csm', '', 'en', 'additional seats for peak and renewal; inline logo (multipart/related)',
  frm=REBECCA, subject='GoodTime licences – additional seats for peak and impact on renewal', subj_enc='q-cp1252',
  date='2026-08-04 15:12 +0100', client='outlook', body='html', cs='windows-1252', recv=7, auth=True,
  mixed='related', atts=[attach('png', 'image001.png', make_png(120, 30, seed=9), inline=True)],
  blocks=[
      P('''
        Good afternoon,

        Ahead of our peak recruitment season (October to December) we expect to bring on around 25 additional hiring managers and temporary coordinators across the UK sites, all of whom will need access to GoodTime. I understand we are already close to our licence limit.

        Could you please raise this with our GoodTime account team? I would like to understand:
        - how many seats we currently have and how many are in use;
        - the cost and process for adding 25 seats for roughly three months;
        - whether interviewers who only receive invites count as seats; and
        - how this affects our renewal in January.

        I would appreciate a call with GoodTime in the next two weeks, as I need to put this into the peak budget.'''),
      SIG('''
        Kind regards,

        Rebecca Thornton
        Head of Talent Acquisition – UK & Ireland
        Harrowgate Logistics Ltd | Harrowgate House, Grafton Gate, Milton Keynes MK9 1AQ
        T: +44 1908 555 0110 | M: +44 7700 900150'''),
      DISC(DISC_UK),
  ])

M('escalation', 'flag_csm', '', 'en', 'training session for a new 14-person team',
  frm=FIONA, subject='Training for the new Eurocentral recruitment team (14 people)', date='2026-09-03 09:25 +0100',
  client='outlook', body='alt', cs='windows-1252', recv=5,
  blocks=[
      P('''
        Good morning,

        We're opening the new Eurocentral distribution centre in November and have put together a team of 14 people who will coordinate and interview for it (two recruitment coordinators, the shift leads and the site management team). None of them have used GoodTime before.

        Rather than each of them learning by trial and error, we'd like to arrange a proper training session – ideally run by GoodTime, remote is fine – covering scheduling, interviewer pools, interviewer training and reporting, tailored to high-volume warehouse hiring.

        Could you let me know how we go about setting that up and who from GoodTime would run it? Preferred dates are w/c 12 or 19 October.'''),
      SIG('''
        Kind regards,

        Fiona MacLeod
        HR Business Partner – Scotland
        Harrowgate Logistics Ltd | Eurocentral Distribution Centre
        T: +44 1698 555 0162 | M: +44 7700 900587'''),
      DISC(DISC_UK),
  ])

M('escalation', 'flag_csm+forward_support', '', 'en', 'third ATS sync outage this quarter, down again now; wants RCA and account call',
  frm=AMIR, cc=[REBECCA], subject='Third ATS sync outage this quarter - down again today - formal escalation please',
  date='2026-06-24 09:40 +0100', client='outlook', body='alt', cs='utf-8', recv=8, auth=True,
  extra_headers=[('Importance', 'high')],
  blocks=[
      P('''
        Hi,

        I'm afraid the ATS sync has stopped again. Since roughly 06:00 this morning none of today's scheduled interviews are being written back to the ATS, and stage changes made in the ATS aren't reaching GoodTime – candidates we rejected yesterday are still sitting in GoodTime as "to schedule".

        This is the third time this quarter. Previous tickets with GoodTime Support: #48213 (April) and #49107 (May), both closed as resolved with no root cause shared. Each time our coordinators lose a day re-keying data, and at least once a rejected candidate was invited to interview.

        I'd like this escalated formally. We need:
        1) the current outage fixed,
        2) a root cause analysis, and
        3) a call with GoodTime's account team about what they're doing to stop it recurring.

        Happy to join a call today.

        Amir Hussain
        Recruiting Operations | UK Talent Acquisition'''),
  ])

M('escalation', 'flag_csm', '', 'en', 'process change: move warehouse hiring to candidate self-booking, wants GoodTime consultation',
  frm=CHARLOTTE, to=[HL], cc=[AMIR, REBECCA], subject='Moving warehouse operative hiring to candidate self-booking – need GoodTime\'s input',
  subj_enc='q-cp1252', date='2026-06-30 11:20 +0100', client='outlook', body='alt', cs='windows-1252', recv=6, auth=True,
  atts=[attach('pdf', 'Warehouse_Operative_Hiring_Process_v3.pdf',
               make_pdf(['Warehouse Operative Hiring - proposed process (v3)', '1. Apply online', '2. Self-book site visit + interview',
                         '3. Shift lead interview (pool)', '4. Offer within 48h', 'Volume: c. 400 interviews / month, 9 UK sites']))],
  blocks=[
      P('''
        Hi both,

        As discussed in the TA leadership meeting, from September we want to change how we handle warehouse operative hiring across all UK sites: candidates would book their own site visit and interview straight after applying, with shift leads interviewing from pools, rather than coordinators phoning everyone. That's roughly 400 interviews a month.

        Before we rebuild anything, I'd like GoodTime's input on how other high-volume customers set this up – templates, pools, load limits, no-show handling – and where the pitfalls are.

        Could we get a working session arranged with our contact at GoodTime in the next few weeks? I'd bring Amir (ops) and two of the site coordinators. Our draft process is attached.

        Many thanks,
        Charlotte'''),
      SIG('''
        Charlotte Pemberton
        Senior Recruiter | UK Talent Acquisition
        Harrowgate Logistics Ltd
        Harrowgate House, Grafton Gate, Milton Keynes MK9 1AQ
        T: +44 1908 555 0140 | M: +44 7700 900318
        www.harrowgatelogistics.com
        Follow us on LinkedIn: Harrowgate Logistics – we're hiring HGV drivers across the UK!'''),
      DISC(DISC_UK),
  ])

M('escalation', 'flag_csm', '', 'en', 'MD unhappy with adoption, wants review meeting; forwarded MD note',
  frm=HANNAH, subject='FW: GoodTime – site feedback', subj_enc='q-cp1252', date='2026-03-12 09:05 +0000', client='outlook',
  body='alt', cs='windows-1252',
  blocks=[
      P('''
        Hello,

        Please see Jonathan's note below. He has asked me to arrange a meeting with GoodTime's account lead and our Head of Talent within the next fortnight.

        Could you let me know who I should be coordinating with on the GoodTime side, and suggest some possible dates?

        Kind regards,
        Hannah'''),
      SIG('''
        Hannah Whitfield
        Executive Assistant to the UK Managing Director
        Harrowgate Logistics Ltd
        T: +44 1908 555 0101'''),
      Q('outlook', 'Jonathan Reeve', 'jonathan.reeve@' + DOM, '2026-03-11 18:42 +0000', 'GoodTime – site feedback',
        '''
        Hannah,

        At yesterday's site managers' call, four of the six GMs raised GoodTime again: interviewers not knowing who they're seeing, invites changing at short notice, candidates turning up at the wrong building.

        Six months in, I expected this to be settled. I'd like a proper review with GoodTime – what's going wrong, what they're going to do about it, and whether we're getting value from the contract. Please set up a meeting with their account lead and Rebecca.

        J.

        Jonathan Reeve
        Managing Director, UK''', to='Hannah Whitfield <%s>' % HANNAH[1], cc='Rebecca Thornton <%s>' % REBECCA[1]),
  ])

M('escalation', 'flag_csm', '', 'en', 'US admin leaving, transfer account ownership and billing contact; winmail.dat',
  frm=DEREK, subject='GoodTime admin leaving - need account owner changed', date='2026-04-08 16:35 -0500',
  client='outlook', body='alt', cs='us-ascii', us=True, atts=[attach('tnef', 'winmail.dat')],
  blocks=[
      P('''
        Hi team,

        Heads up: Brianna Collins, who has been our GoodTime admin and the main contact on the account for the US, is leaving Harrowgate on Friday April 17.

        We need to:
        1. transfer her admin rights and account ownership to me,
        2. update the billing and contract contact for the US entity (Harrowgate Logistics Inc.), and
        3. make sure GoodTime knows who to talk to going forward.

        Can you coordinate that with GoodTime's account team?

        Thanks,'''),
      SIG('''
        Derek Walsh
        Talent Acquisition Manager - Memphis Cross-Dock
        Harrowgate Logistics Inc.
        3850 Airways Blvd, Memphis, TN 38116
        O: (901) 555-0143 | C: (901) 555-0178'''),
      DISC(DISC_US),
  ])

M('escalation', 'flag_csm', '', 'en', 'renewal: procurement needs quote and usage data; forwarded procurement mail with PDF',
  frm=CHARLOTTE, subject='FW: GoodTime renewal – quote and usage data needed by 15 December', subj_enc='q',
  date='2026-11-25 10:02 +0000', client='outlook', body='alt', cs='utf-8', recv=6, auth=True,
  atts=[attach('pdf', 'SRB_Renewal_Request_GoodTime.pdf', make_pdf(['Software Review Board - Renewal Request', 'Supplier: GoodTime',
                                                                   'Renewal date: 31/01/2027', 'Owner: UK Talent Acquisition',
                                                                   'Required: quote, contract terms, 12-month usage']))],
  blocks=[
      P('''
        Hi,

        Forwarding from Procurement. Can you please get this to our account manager at GoodTime? We need the renewal quote and the usage figures before the deadline, otherwise the renewal goes on hold.

        Thanks,
        Charlotte'''),
      Q('outlook', 'Neil Brackley', 'neil.brackley@' + DOM, '2026-11-24 16:18 +0000', 'GoodTime renewal – quote and usage data needed by 15 December',
        '''
        Charlotte,

        The GoodTime subscription renews on 31 January. Under the procurement policy we need the following by 15 December to take it to the Software Review Board:

        - the renewal quote and proposed contract terms (including any price uplift),
        - 12 months of usage data (active users, interviews scheduled per month),
        - confirmation of the number of licensed seats vs. seats in use.

        If we don't have these in time, the renewal will have to be put on hold. Form attached.

        Regards,
        Neil Brackley
        Category Manager – Indirect Procurement''', to='Charlotte Pemberton <%s>' % CHARLOTTE[1]),
  ])

M('escalation', 'flag_csm+forward_support', '', 'en', 'second week of missing Zoom links for all evening interviews, again tonight; known issue unresolved',
  frm=MARCUS, subject='Second week running – Zoom links missing for ALL evening driver interviews (again tonight) – please escalate',
  subj_enc='q-cp1252', date='2026-05-19 16:05 +0100', client='outlook', body='alt', cs='windows-1252',
  extra_headers=[('Importance', 'high')],
  blocks=[
      P('''
        Hi,

        I need this escalated.

        For the second week in a row, none of the evening driver interviews have Zoom links. Tonight all six interviews from 17:30 onwards have no link on either the candidate confirmation or the interviewer invites. I'm sending manual links again.

        We raised this via the chat with GoodTime Support three weeks ago and were told it was a "known issue" with a fix "coming soon". Since then, nothing. It's costing us candidates – two dropped out last week because they couldn't join.

        I want this escalated to whoever manages our account at GoodTime, and I want a date for a fix.

        Marcus'''),
      sig_uk('Marcus Oyelaran', 'Resourcing Lead – Drivers | UK Talent Acquisition', 'Daventry Cross-Dock Hub, Kingsbridge Park, Daventry NN11 8YL',
             '+44 1327 555 0177', '+44 7700 900412'),
  ])

M('escalation', 'flag_csm', '', 'en', 'new Irish legal entity: contract scope, extra users, onboarding',
  frm=PAUL, subject='GoodTime for our new Irish entity (Harrowgate Logistics Ireland Ltd)', date='2026-07-21 17:48 +0100',
  client='outlook', body='html', cs='windows-1252', font='Aptos', recv=7, auth=True,
  blocks=[
      P('''
        Dear Help Line team,

        As you may know, we complete the acquisition of the Dublin (Ballycoolin) warehouse business on 1 September, and its ~180 staff will join as Harrowgate Logistics Ireland Ltd. We intend to bring their recruitment onto GoodTime from October.

        Could you please take this up with GoodTime on our behalf:
        - does our current agreement extend to a new legal entity, or do we need an amendment;
        - how many additional users we would need (roughly 6 recruiters/coordinators and 30 interviewers); and
        - what onboarding support GoodTime can provide.

        I would appreciate an initial call with GoodTime by the end of August.'''),
      SIG('''
        Kind regards,

        Paul Devlin
        HR Director – UK & Ireland
        Harrowgate Logistics Ltd | Harrowgate House, Grafton Gate, Milton Keynes MK9 1AQ
        T: +44 1908 555 0105 | M: +44 7700 900961'''),
      DISC(DISC_UK),
  ])

M('escalation', 'flag_csm', '', 'de', 'training request for DACH team, in German, works council involved',
  frm=ANJA, from_enc='q', subject='Schulungsanfrage GoodTime für das Recruiting-Team DACH', subj_enc='b-latin1', date='2026-05-04 10:30 +0200',
  client='outlook', body='html', cs='windows-1252', recv=6, auth=True,
  blocks=[
      P('''
        Sehr geehrte Damen und Herren,
        liebe Kolleginnen und Kollegen,

        zum 1. Juli verstärken sich unsere Teams in Duisburg und Hamburg um vier Recruiterinnen und Recruiter; zusätzlich werden rund zwanzig Schichtleiter:innen künftig als Interviewer eingesetzt.

        Wir möchten für diese Gruppe eine strukturierte GoodTime-Schulung organisieren – idealerweise auf Deutsch und durch GoodTime selbst – mit Schwerpunkt auf der Terminierung von Vor-Ort-Gesprächen, Interviewer-Pools und der Einarbeitung neuer Interviewer. Außerdem muss der Betriebsrat vorab über die Schulungsinhalte informiert werden.

        Könnten Sie die Anfrage bitte an unsere Ansprechpartnerin bei GoodTime weitergeben und uns mögliche Termine im Juni nennen?'''),
      SIG('''
        Mit freundlichen Grüßen

        Anja Schröder
        Teamleitung Talent Acquisition DACH
        Harrowgate Logistics GmbH
        Hafenstraße 112 · 47119 Duisburg
        Tel. +49 203 555 418 00'''),
      DISC(DISC_DE),
  ])

M('escalation', 'flag_csm', '', 'fr', 'overall dissatisfaction after 8 months, support only in English, renewal at risk',
  frm=SOPHIE, subject="Bilan GoodTime France – insatisfaction de l'équipe et demande de rendez-vous", subj_enc='q-multi',
  date='2026-11-05 18:20 +0100', client='outlook', body='alt', cs='windows-1252', recv=7, auth=True,
  blocks=[
      P('''
        Bonjour,

        Je me permets de vous écrire car, huit mois après le déploiement de GoodTime en France, le bilan de mon équipe est franchement mitigé.

        Plusieurs incidents remontés depuis le printemps n'ont pas été résolus ou reviennent régulièrement, les chargées de recrutement ont le sentiment de contourner l'outil plus que de l'utiliser, et les échanges avec le support se font uniquement en anglais, ce qui pose problème à une partie de l'équipe.

        Avant la revue budgétaire de décembre, je souhaiterais un point avec la personne qui suit notre compte chez GoodTime, pour faire le bilan et définir un plan d'action. Sans amélioration, la question du maintien de l'outil pour la France se posera.

        Pouvez-vous organiser ce rendez-vous ?

        Cordialement,'''),
      SIG('''
        Sophie Garnier
        Responsable Talent Acquisition France
        Harrowgate Logistics France SAS
        12 rue du Dauphiné – 69800 Saint-Priest
        Tél. : +33 4 72 55 51 00 | Mob. : +33 6 55 51 88 20'''),
      DISC(DISC_FR),
  ])

M('escalation', 'flag_csm', '', 'pt', 'extra licences for peak season and whether PT entity is in group contract',
  frm=MARIANA, from_enc='b', subject='Licenças GoodTime para a época alta', subj_enc='q-cp1252', date='2026-09-02 09:15 +0100',
  client='outlook', body='html', cs='windows-1252',
  blocks=[
      P('''
        Bom dia,

        Para a época alta (outubro a janeiro) vamos reforçar a equipa de recrutamento em Portugal com três coordenadoras temporárias e cerca de quinze chefes de turno como entrevistadores.

        Gostaria de perceber, junto da GoodTime, se o contrato atual cobre estes utilizadores ou se precisamos de licenças adicionais, quanto custariam e se é possível ativá-las apenas durante alguns meses. Também precisamos de confirmar se a entidade portuguesa está incluída no contrato do grupo ou se tem faturação própria.

        Agradeço que façam chegar este pedido à pessoa responsável pela nossa conta na GoodTime.'''),
      SIG('''
        Com os melhores cumprimentos,

        Mariana Gonçalves Lopes
        Talent Acquisition Lead – Portugal
        Harrowgate Logistics Portugal, Lda.
        Tel. +351 21 555 0840 | Tlm. +351 912 555 307'''),
      DISC(DISC_PT),
  ])


# ================================================================= NOISE
M('noise', 'ignore', '', 'en', 'out-of-office with Auto-Submitted (Exchange)',
  frm=TOM, subject='Automatic reply: RE: Interviewer load limits - Daventry', crlf=True, date='2026-08-12 10:02 +0100',
  client='outlook', body='html', cs='windows-1252', thread=True, recv=5,
  extra_headers=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All'),
                 ('X-MS-Exchange-Inbox-Rules-Loop', TOM[1])],
  extra_tags=['out-of-office', 'auto-submitted'],
  blocks=[
      P('''
        Thank you for your email.

        I am on annual leave from Monday 10 August, returning Monday 24 August, with no access to email.

        For anything urgent relating to the Daventry site please contact Sam Pritchard (Operations Manager) on 01327 555 0192 or sam.pritchard@harrowgatelogistics.com. For recruitment matters please contact Gareth Llewellyn (gareth.llewellyn@harrowgatelogistics.com).

        Regards,
        Tom Ashworth'''),
  ])

M('noise', 'ignore', '', 'de', 'out-of-office without Auto-Submitted, contains "dringend"',
  frm=JONAS, subject='Abwesenheitsnotiz: AW: Ihre Anfrage zu GoodTime-Einladungen', date='2026-05-15 08:03 +0200',
  client='outlook', body='plain', cs='iso-8859-1', cte='quoted-printable', thread=False,
  extra_tags=['out-of-office', 'no-auto-submitted'],
  blocks=[
      P('''
        Vielen Dank für Ihre Nachricht.

        Ich bin bis einschließlich Freitag, 22.05.2026, nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

        In dringenden Fällen wenden Sie sich bitte an recruiting-hamburg@harrowgatelogistics.de oder telefonisch an +49 40 555 301 20.

        Mit freundlichen Grüßen
        Jonas Hartmann'''),
  ])

M('noise', 'ignore', '', 'es', 'out-of-office with Auto-Submitted, Outlook HTML',
  frm=AINHOA, subject='Respuesta automática: Idioma de los correos que reciben los candidatos', subj_enc='q',
  date='2026-08-17 11:40 +0200', client='outlook', body='html', cs='windows-1252',
  extra_headers=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')],
  extra_tags=['out-of-office', 'auto-submitted'],
  blocks=[
      P('''
        Muchas gracias por su correo.

        Me encuentro fuera de la oficina, de vacaciones, hasta el lunes 31 de agosto, con acceso limitado al correo electrónico.

        Para cualquier asunto urgente relacionado con los procesos de selección, puede contactar con Javier Ortega (javier.ortega@harrowgatelogistics.es).

        Un saludo,
        Ainhoa Etxeberria'''),
  ])

M('noise', 'ignore', '', 'pt', 'out-of-office with X-Autoreply/Precedence only',
  frm=RUI, subject='Resposta automática: Licenças GoodTime para a época alta', subj_enc='b', date='2026-03-31 09:00 +0100',
  client='outlook', body='plain', cs='iso-8859-1', cte='base64', thread=False,
  extra_headers=[('X-Autoreply', 'yes'), ('Precedence', 'auto_reply')],
  extra_tags=['out-of-office'],
  blocks=[
      P('''
        Obrigado pelo seu e-mail.

        Estou ausente do escritório até dia 7 de abril, com acesso limitado ao correio eletrónico.

        Para assuntos urgentes de recrutamento, contacte por favor a Inês Carvalho (ines.carvalho@harrowgatelogistics.pt).

        Cumprimentos,
        Rui Pereira'''),
  ])

# --- bounce
_bd = D('2026-04-21 14:11 +0100', 52)
_orig_id = msgid('outlook')
BOUNCE_TXT = T('''
    This is the mail system at host mx1.harrowgatelogistics.com.

    I'm sorry to have to inform you that your message could not
    be delivered to one or more recipients. It's attached below.

    For further assistance, please send mail to postmaster.

    If you do so, please include this problem report. You can
    delete your own text from the attached returned message.

                       The mail system

    <brianna.collins@harrowgatelogistics.com>: host
        harrowgatelogistics-com.mail.protection.outlook.com[52.101.68.14] said: 550
        5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient
        brianna.collins@harrowgatelogistics.com not found by SMTP address lookup
        (in reply to RCPT TO command)
    ''') + '\n'
DSN = T('''
    Reporting-MTA: dns; mx1.harrowgatelogistics.com
    X-Postfix-Queue-ID: 4fA7C21D93
    X-Postfix-Sender: rfc822; helpline@harrowgatelogistics.com
    Arrival-Date: %s

    Final-Recipient: rfc822; brianna.collins@harrowgatelogistics.com
    Original-Recipient: rfc822;brianna.collins@harrowgatelogistics.com
    Action: failed
    Status: 5.1.10
    Remote-MTA: dns; harrowgatelogistics-com.mail.protection.outlook.com
    Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient
        brianna.collins@harrowgatelogistics.com not found by SMTP address lookup
    ''' % rfcdate(_bd)) + '\n'
RFC822H = T('''
    Received: from DB8PR04MB7021.eurprd04.prod.outlook.com (2603:10a6:10:1a4::9)
     by mx1.harrowgatelogistics.com (Postfix) with ESMTPS id 4fA7C21D93
     for <brianna.collins@harrowgatelogistics.com>; %s
    From: GoodTime Help Line <helpline@harrowgatelogistics.com>
    To: Brianna Collins <brianna.collins@harrowgatelogistics.com>
    Subject: RE: GoodTime admin handover - US account
    Date: %s
    Message-ID: %s
    MIME-Version: 1.0
    Content-Type: multipart/alternative; boundary="_000_DB8PR04MB7021_"
    ''' % (rfcdate(_bd), rfcdate(_bd), _orig_id)) + '\n'
_bp = multipart('report', [
    Part([('Content-Description', 'Notification'), ('Content-Type', 'text/plain; charset=us-ascii')], BOUNCE_TXT.encode()),
    Part([('Content-Description', 'Delivery report'), ('Content-Type', 'message/delivery-status')], DSN.encode()),
    Part([('Content-Description', 'Undelivered Message Headers'), ('Content-Type', 'text/rfc822-headers')], RFC822H.encode()),
], 'other', '; report-type=delivery-status')
_bp.preamble = b'This is a MIME-encapsulated message.\n'
M('noise', 'ignore', '', 'en', 'bounce: multipart/report delivery-status from MAILER-DAEMON',
  frm=('Mail Delivery System', 'MAILER-DAEMON@mx1.harrowgatelogistics.com'), subject='Undelivered Mail Returned to Sender',
  date='2026-04-21 14:12 +0100', client='none', part=_bp, mid='generic',
  pre_headers=[('Return-Path', '<>'),
               ('Received', 'from relay01.harrowgatelogistics.com ([10.20.4.17]) by DB8PR04MB7021.eurprd04.prod.outlook.com with Microsoft SMTP Server id 15.20.8769.12; Tue, 21 Apr 2026 13:12:09 +0000'),
               ('Received', 'from mx1.harrowgatelogistics.com (mx1.harrowgatelogistics.com [185.42.17.201]) by relay01.harrowgatelogistics.com (Postfix) with ESMTP id 7D1E2A0B41 for <helpline@harrowgatelogistics.com>; Tue, 21 Apr 2026 13:12:08 +0000'),
               ('Received', 'by mx1.harrowgatelogistics.com (Postfix) id 4fA7C21D94; Tue, 21 Apr 2026 14:12:07 +0100 (BST)')],
  extra_headers=[('Auto-Submitted', 'auto-replied')],
  extra_tags=['received-3', 'bounce', 'multipart-report-delivery-status', 'mailer-daemon', 'auto-submitted'])

# --- GoodTime newsletter
NEWS_TXT = T('''
    GoodTime | Product roundup - April 2026

    Hi there,

    Here's what's new in GoodTime this month:

    * Smarter panel suggestions - fewer back-and-forth swaps for complex loops
    * Refreshed candidate availability page on mobile
    * New reporting filters for interviewer load by location
    * Improvements to Microsoft Teams link generation

    LIVE WEBINAR: "Scheduling at scale for high-volume hiring"
    Thursday 30 April, 11am ET / 4pm BST - Save your seat:
    https://www.goodtime.io/webinars/high-volume-2026?utm_source=newsletter&utm_medium=email

    Read the full release notes:
    https://www.goodtime.io/release-notes?utm_source=newsletter

    --
    You're receiving this email because you're a GoodTime customer contact.
    Manage preferences: https://mail.goodtime.io/preferences?e=helpline%40harrowgatelogistics.com
    Unsubscribe: https://mail.goodtime.io/unsubscribe?u=8f2c61a0e4
    GoodTime.io, Inc.
    ''') + '\n'
NEWS_HTML = T('''
    <!DOCTYPE html><html><head><meta charset="utf-8"><title>GoodTime product roundup</title></head>
    <body style="margin:0;padding:0;background:#f4f2f8">
    <table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
    <table role="presentation" width="600" cellpadding="24" cellspacing="0" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;color:#2d2a3a">
    <tr><td style="background:#5b2a86;color:#ffffff;font-size:22px;font-weight:bold">GoodTime &middot; Product roundup &ndash; April 2026</td></tr>
    <tr><td><p>Hi there,</p><p>Here&rsquo;s what&rsquo;s new in GoodTime this month:</p>
    <ul><li><b>Smarter panel suggestions</b> &ndash; fewer back-and-forth swaps for complex loops</li>
    <li><b>Refreshed candidate availability page</b> on mobile</li>
    <li><b>New reporting filters</b> for interviewer load by location</li>
    <li>Improvements to Microsoft Teams link generation</li></ul>
    <p style="background:#f0e9f7;padding:16px"><b>LIVE WEBINAR:</b> Scheduling at scale for high-volume hiring<br>Thursday 30 April, 11am ET / 4pm BST<br>
    <a href="https://www.goodtime.io/webinars/high-volume-2026?utm_source=newsletter&amp;utm_medium=email" style="color:#5b2a86">Save your seat &rarr;</a></p>
    <p><a href="https://www.goodtime.io/release-notes?utm_source=newsletter">Read the full release notes</a></p></td></tr>
    <tr><td style="font-size:11px;color:#888">You&rsquo;re receiving this email because you&rsquo;re a GoodTime customer contact.<br>
    <a href="https://mail.goodtime.io/preferences?e=helpline%40harrowgatelogistics.com">Manage preferences</a> &middot; <a href="https://mail.goodtime.io/unsubscribe?u=8f2c61a0e4">Unsubscribe</a><br>GoodTime.io, Inc.</td></tr>
    </table></td></tr></table>
    <img src="https://mail.goodtime.io/o/8f2c61a0e4.gif" width="1" height="1" alt="">
    </body></html>
    ''') + '\n'
M('noise', 'ignore', '', 'en', 'vendor newsletter with List-Unsubscribe',
  frm=('GoodTime', 'news@mail.goodtime.io'), subject="What's new in GoodTime: April product roundup + live webinar",
  date='2026-04-16 12:00 -0400', client='none', mid='generic', recv=6, rkind='external', helo='o3.mail.goodtime.io',
  auth=True, arc=False, dkim_d='mail.goodtime.io',
  part=multipart('alternative', [text_part(NEWS_TXT, 'plain', 'utf-8', 'quoted-printable', 'gmail'),
                                 text_part(NEWS_HTML, 'html', 'utf-8', 'quoted-printable', 'gmail')], 'java'),
  extra_headers=[('List-Unsubscribe', '<https://mail.goodtime.io/unsubscribe?u=8f2c61a0e4>, <mailto:unsubscribe@mail.goodtime.io?subject=unsubscribe-8f2c61a0e4>'),
                 ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'), ('List-Id', 'GoodTime customer news <news.mail.goodtime.io>'),
                 ('Precedence', 'bulk'), ('X-SG-EID', rnd_b64(48)), ('Feedback-ID', '28471:SG')],
  extra_tags=['newsletter', 'list-unsubscribe', 'multipart-alternative', 'qp'])

# --- event marketing
MKT_HTML = T('''
    <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
    <body style="font-family:Arial,sans-serif">
    <div style="max-width:620px;margin:auto">
    <h1 style="color:#0b5394">TalentOps Summit London 2026</h1>
    <p><b>Early-bird pricing ends Friday!</b> Join 900+ recruiting, HR and talent operations leaders at the Barbican, 17&ndash;18 March.</p>
    <ul><li>Automating interview scheduling for high-volume hiring</li><li>Candidate experience in logistics &amp; warehousing</li>
    <li>AI in recruiting: what actually works</li></ul>
    <p><a href="https://talentopssummit.co.uk/register?promo=EARLY26&amp;utm_campaign=feb">Book now and save &pound;200</a></p>
    <p style="font-size:10px;color:#999">You are receiving this because you registered interest in TalentOps events. <a href="https://talentopssummit.co.uk/unsubscribe?id=4471aa">Unsubscribe</a> | TalentOps Events Ltd, 20 Wenlock Road, London N1 7GU</p>
    </div></body></html>
    ''') + '\n'
M('noise', 'ignore', '', 'en', 'event marketing with emoji in subject',
  frm=('TalentOps Summit', 'events@talentopssummit.co.uk'), subject='🎟️ Last chance: early-bird tickets for TalentOps Summit London 2026',
  subj_enc='b', date='2026-02-05 07:30 +0000', client='none', mid='generic', recv=5, rkind='external',
  helo='mta-12.mailer.talentopssummit.co.uk',
  part=text_part(MKT_HTML, 'html', 'utf-8', 'base64', 'outlook'),
  extra_headers=[('List-Unsubscribe', '<https://talentopssummit.co.uk/unsubscribe?id=4471aa>'), ('Precedence', 'bulk'),
                 ('X-Campaign-ID', 'tos26-earlybird-03')],
  extra_tags=['marketing', 'list-unsubscribe', 'html-only', 'base64'])

# --- phishing
PHISH_HTML = T('''
    <html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px">
    <p>Dear helpline,</p>
    <p>Your Microsoft 365 mailbox password for <b>helpline@harrowgatelogistics.com</b> expires <span style="color:red"><b>TODAY</b></span>.</p>
    <p>To avoid interruption to your email service and loss of messages, verify your account <b>immediately</b> using the secure link below:</p>
    <p><a href="https://harrowgate-logistics-support.com/owa/auth/verify.aspx?mbx=helpline&amp;t=8839201" style="background:#0078d4;color:#fff;padding:10px 18px;text-decoration:none">KEEP SAME PASSWORD</a></p>
    <p>Failure to verify within 12 hours will result in your mailbox being suspended.</p>
    <p>Regards,<br>IT Service Desk<br>Harrowgate Logistics</p>
    <p style="font-size:10px;color:#888">&copy; 2026 Microsoft Corporation. All rights reserved.</p>
    </body></html>
    ''') + '\n'
M('noise', 'ignore', '', 'en', 'phishing: fake password expiry, look-alike domain, auth fail',
  frm=('Harrowgate IT Service Desk', 'it-servicedesk@harrowgate-logistics-support.com'),
  subject='URGENT: Your mailbox password expires today - action required', crlf=True, date='2026-09-17 03:12 +0100', client='none',
  mid='nobrackets', recv=4, rkind='external', helo='vps-4419.hostcheap-vm.net',
  pre_headers=[('Authentication-Results', 'mx1.harrowgatelogistics.com;\n\tdkim=none;\n\tspf=softfail (domain of it-servicedesk@harrowgate-logistics-support.com does not designate 91.215.85.77 as permitted sender) smtp.mailfrom=bounce@hostcheap-vm.net;\n\tdmarc=fail (p=none dis=none) header.from=harrowgate-logistics-support.com'),
               ('X-Spam-Score', '4.7'), ('X-Spam-Status', 'No, score=4.7 required=5.0 tests=HTML_MESSAGE,URIBL_GREY,SPF_SOFTFAIL')],
  part=text_part(PHISH_HTML, 'html', 'utf-8', 'quoted-printable', 'outlook'),
  extra_headers=[('Reply-To', 'it-desk.verify@outlook-mailbox-services.com'), ('X-Priority', '1 (Highest)')],
  extra_tags=['phishing', 'auth-fail', 'html-only', 'qp'])

# --- calendar accept / decline
_acc = ics('REPLY', 'GoodTime drop-in clinic - Transport planners', '20260611T130000', '20260611T133000',
           ('GoodTime Help Line', HL[1]), ('Daniel Okafor', DANIEL[1]), partstat='ACCEPTED', location='Microsoft Teams Meeting')
M('noise', 'ignore', '', 'en', 'calendar accept (text/calendar METHOD=REPLY)',
  frm=DANIEL, subject='Accepted: GoodTime drop-in clinic - Transport planners', date='2026-06-10 09:12 +0100',
  client='outlook', mid='outlook', thread=True,
  part=multipart('alternative', [text_part('\n', 'plain', 'us-ascii', '7bit', 'outlook'),
                                 text_part(_acc, 'calendar', 'utf-8', 'base64', 'outlook')], 'outlook'),
  extra_tags=['calendar-accept', 'text-calendar', 'multipart-alternative', 'base64'])
# fix the calendar content-type of the second part (method parameter)
MSGS[-1]['spec']['part'].children[1].headers[0] = ('Content-Type', 'text/calendar; charset="utf-8"; method=REPLY')

_dec = ics('REPLY', 'GoodTime refresher - Daventry shift leads', '20260616T140000', '20260616T150000',
           ('GoodTime Help Line', HL[1]), ('Kerry Halloran', KERRY[1]), partstat='DECLINED', comment='Sorry, on nights that week.',
           location='DAV-Training Rm 2')
M('noise', 'ignore', '', 'en', 'calendar decline with short comment',
  frm=KERRY, subject='Declined: GoodTime refresher - Daventry shift leads', date='2026-06-11 22:47 +0100',
  client='outlook', mid='outlook',
  part=multipart('alternative', [text_part('Sorry, on nights that week.\n', 'plain', 'us-ascii', '7bit', 'outlook'),
                                 text_part(_dec, 'calendar', 'utf-8', 'base64', 'outlook')], 'outlook'),
  extra_tags=['calendar-decline', 'text-calendar', 'multipart-alternative', 'base64'])
MSGS[-1]['spec']['part'].children[1].headers[0] = ('Content-Type', 'text/calendar; charset="utf-8"; method=REPLY')

# --- GoodTime Support automatic acknowledgement
ACK_TXT = T('''
    ##- Please type your reply above this line -##

    Hello,

    Thanks for contacting GoodTime Support. This is an automated message to confirm that we have received your request (#54120): "Interviews not syncing back to candidate records (Leeds CSC jobs)".

    A member of our team will get back to you as soon as possible. You can view the status of your request at any time here:
    https://support.goodtime.io/hc/requests/54120

    GoodTime Support

    This email is a service from GoodTime Support. [Q7RK2V-3N8L]
    ''') + '\n'
M('noise', 'ignore', '', 'en', 'vendor ticket auto-acknowledgement (Auto-Submitted)',
  frm=('GoodTime Support', 'support@goodtime.io'),
  subject='[GoodTime Support] Request received: Interviews not syncing back to candidate records (Leeds CSC jobs) [#54120]',
  date='2026-04-30 07:58 +0000', client='none', mid='generic', recv=6, rkind='external', helo='mail-a.zendesk-mail.goodtime.io',
  auth=True, arc=False, dkim_d='goodtime.io',
  part=text_part(ACK_TXT, 'plain', 'utf-8', 'quoted-printable', 'gmail'),
  extra_headers=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All'), ('Reply-To', 'GoodTime Support <support@goodtime.io>')],
  extra_tags=['ticket-acknowledgement', 'auto-submitted', 'text-plain-only', 'qp', 'long-folded-subject'])

M('noise', 'ignore', '', 'en', 'bare thank-you from iPhone',
  frm=SIOBHAN, subject='Re: INC0048812 - Room booking error - LDS-2F-Aire', date='2026-06-03 16:40 +0100', client='iphone',
  body='plain', cs='us-ascii', cte='7bit', style='apple', reply=True,
  extra_tags=['bare-thanks'],
  blocks=[P('Thanks!'), MOB('Sent from my iPhone')])

M('noise', 'ignore', '', 'en', '"got it, thanks" on top of a quoted how-to answer',
  frm=LUCY, subject='RE: How do I move a phone screen?', date='2026-02-19 15:22 +0000', client='outlook', body='alt',
  cs='windows-1252', reply=True,
  extra_tags=['bare-thanks'],
  blocks=[
      P('''
        Got it, thanks – all sorted now.

        Lucy'''),
      Q('orig', 'GoodTime Help Line', HL[1], '2026-02-19 14:05 +0000', 'RE: How do I move a phone screen?',
        '''
        Hi Lucy,

        You can do it from the candidate's interview in GoodTime: open it, choose to reschedule, pick the new slot and check the updated invites before you send them. Please don't drag the event in Outlook – GoodTime won't pick that change up.

        Best,
        GoodTime Help Line (internal project team)''', to='Lucy Fairbrother <%s>' % LUCY[1]),
  ])

# --- French read receipt
_rd = D('2026-03-20 09:30 +0100')
MDN_TXT = T('''
    Votre message

      À : Nadia Benali
      Objet : RE: Je ne vois pas le bouton Annuler
      Envoyé : mardi 17 mars 2026 10:22:41 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris

    a été lu le vendredi 20 mars 2026 09:30:12 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
    ''') + '\n'
MDN = T('''
    Reporting-UA: DB9PR04MB8412.eurprd04.prod.outlook.com; Microsoft Exchange Server
    Final-Recipient: rfc822;nadia.benali@harrowgatelogistics.fr
    Original-Message-ID: %s
    Disposition: manual-action/MDN-sent-manually; displayed
    ''' % msgid('outlook')) + '\n'
M('noise', 'ignore', '', 'fr', 'read receipt (disposition-notification)',
  frm=NADIA, subject='Lu : RE: Je ne vois pas le bouton Annuler', date='2026-03-20 09:30 +0100', client='outlook',
  mid='outlook', thread=False,
  part=multipart('report', [text_part(MDN_TXT, 'plain', 'utf-8', 'quoted-printable', 'outlook'),
                            Part([('Content-Type', 'message/disposition-notification')], MDN.encode())], 'outlook',
                 '; report-type=disposition-notification'),
  extra_tags=['read-receipt', 'multipart-report-disposition-notification', 'qp'])


# ================================================================= write everything
def main():
    order = list(range(len(MSGS)))
    random.Random(6120).shuffle(order)
    for f in os.listdir(OUT):
        if f.startswith('b-') and f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    rows = []
    for n, idx in enumerate(order, 1):
        m = MSGS[idx]
        raw, tags = build(m['spec'])
        name = 'b-%03d.eml' % n
        with open(os.path.join(OUT, name), 'wb') as fh:
            fh.write(raw)
        art = m['art'] if m['cat'] == 'question' else ''
        rows.append([name, m['cat'], m['act'], art, m['lang'], ';'.join(tags), m['notes']])
    with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as fh:
        w = csv.writer(fh)
        w.writerow(['file', 'category', 'actions', 'article', 'language', 'format', 'notes'])
        w.writerows(rows)
    # verification
    from email import policy
    bad = 0
    for r in rows:
        data = open(os.path.join(OUT, r[0]), 'rb').read()
        msg = email.message_from_bytes(data)
        msg2 = email.message_from_bytes(data, policy=policy.default)
        assert msg['From'] and msg['Subject'] is not None and msg['Date'], r[0]
        for part in msg.walk():
            if not part.is_multipart():
                part.get_payload(decode=True)
        if msg.defects:
            print('defects', r[0], msg.defects)
            bad += 1
        str(msg2['Subject'])
        str(msg2['From'])
    print('wrote', len(rows), 'files; defects in', bad)


if __name__ == '__main__':
    main()
