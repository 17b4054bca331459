#!/usr/bin/env python3
"""Batch c of the sealed blind test set (Harrowgate Logistics help line).

Writes c-001.eml ... c-100.eml and labels.csv next to this script.
Standard library only. Bytes are assembled by hand so that encodings are exact.
"""
import base64
import csv
import datetime
import email
import os
import quopri
import random
import struct
import zlib

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(61626)

HL = 'harrowgatelogistics.com'
HELP = 'helpline@harrowgatelogistics.com'

# ----------------------------------------------------------------- basics

def B(s):
    return s if isinstance(s, bytes) else s.encode('utf-8')


def rhex(n, upper=True):
    s = ''.join(R.choice('0123456789abcdef') for _ in range(n))
    return s.upper() if upper else s


def ralnum(n, chars='ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'):
    return ''.join(R.choice(chars) for _ in range(n))


def rb64(nbytes):
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(nbytes))).decode()


ZONES = {'ET': -5, 'CT': -6, 'MT': -7, 'PT': -8, 'UK': 0, 'WET': 0, 'CET': 1}
ZNAME = {('ET', 0): 'EST', ('ET', 1): 'EDT', ('CT', 0): 'CST', ('CT', 1): 'CDT',
         ('PT', 0): 'PST', ('PT', 1): 'PDT', ('MT', 0): 'MST', ('MT', 1): 'MDT'}


class D:
    """A date in a zone: .hdr (Date header text), .utc (naive UTC datetime), .local"""

    def __init__(self, zone, mo, d, h, mi, s=None, style='std', y=2026):
        if s is None:
            s = R.randint(0, 59)
        us = zone in ('ET', 'CT', 'MT', 'PT')
        if us:
            dst = (3, 8) <= (mo, d) < (11, 1)
        else:
            dst = (3, 29) <= (mo, d) < (10, 25)
        off = ZONES[zone] + (1 if dst else 0)
        self.zone, self.dst, self.off = zone, dst, off
        self.local = datetime.datetime(y, mo, d, h, mi, s)
        self.utc = self.local - datetime.timedelta(hours=off)
        self.offs = '%s%02d00' % ('+' if off >= 0 else '-', abs(off))
        if style == 'std':
            self.hdr = self.local.strftime('%a, %d %b %Y %H:%M:%S ') + self.offs
        elif style == 'nozero':
            self.hdr = '%s, %d %s %d %s %s' % (self.local.strftime('%a'), d, self.local.strftime('%b'), y,
                                               self.local.strftime('%H:%M:%S'), self.offs)
        elif style == 'tzname':
            self.hdr = self.local.strftime('%a, %d %b %Y %H:%M:%S ') + self.offs + \
                ' (%s)' % ZNAME.get((zone, int(dst)), 'UTC')
        elif style == 'noday':
            self.hdr = '%d %s %d %s %s' % (d, self.local.strftime('%b'), y,
                                           self.local.strftime('%H:%M:%S'), self.offs)
        else:
            raise ValueError(style)

    def plus(self, minutes):
        n = D.__new__(D)
        n.__dict__.update(self.__dict__)
        n.local = self.local + datetime.timedelta(minutes=minutes)
        n.utc = self.utc + datetime.timedelta(minutes=minutes)
        n.hdr = n.local.strftime('%a, %d %b %Y %H:%M:%S ') + self.offs
        return n

    def fmt(self, f):
        return self.local.strftime(f)


def utcfmt(t):
    return t.strftime('%a, %d %b %Y %H:%M:%S +0000')


def utcfmt_ms(t):
    return t.strftime('%a, %d %b %Y %H:%M:%S') + '.%07d +0000' % R.randint(0, 9999999)


# ----------------------------------------------------------------- ids

def mid_outlook(tenant='namprd11'):
    pre = R.choice(['SA1PR11MB', 'BN0PR11MB', 'CH3PR11MB', 'PH7PR11MB', 'DM6PR11MB', 'MW4PR11MB',
                    'SJ0PR11MB', 'CO1PR11MB'])
    host = pre + str(R.randint(1000, 9999))
    return '<%s%s@%s.%s.prod.outlook.com>' % (host, rhex(20), host, tenant)


def mid_outlook_eu():
    pre = R.choice(['DB9PR08MB', 'AM0PR04MB', 'PAXPR08MB', 'VI1PR06MB', 'AS8PR04MB', 'DU0PR08MB'])
    host = pre + str(R.randint(1000, 9999))
    return '<%s%s@%s.eurprd0%d.prod.outlook.com>' % (host, rhex(20), host, R.randint(1, 8))


def mid_gmail():
    return '<CA%s%s@mail.gmail.com>' % (R.choice(['+', 'J', 'K', 'E', 'P', 'O']),
                                        ralnum(46, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+'))


def uuid_upper():
    return '%s-%s-%s-%s-%s' % (rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))


def mid_apple(dom=HL):
    return '<%s@%s>' % (uuid_upper(), dom)


def mid_tb(dom=HL):
    return '<%s-%s-%s-%s-%s@%s>' % (rhex(8, 0), rhex(4, 0), rhex(4, 0), rhex(4, 0), rhex(12, 0), dom)


def thread_index():
    return 'AQH' + rb64(30)[:29] + '=='


def gm_boundary():
    return '000000000000' + rhex(12, upper=False)


def ol_boundary(kind='alternative'):
    host = R.choice(['SA1PR11MB', 'BN0PR11MB', 'CH3PR11MB', 'PH7PR11MB']) + str(R.randint(1000, 9999))
    return '_%03d_%s%s%s_' % (R.randint(0, 4), host, rhex(20), {'alternative': '', 'mixed': ''}[kind])


def apple_boundary():
    return 'Apple-Mail=_' + uuid_upper()


# ----------------------------------------------------------------- transport headers

def _exo():
    return R.choice(['SA1PR11MB', 'BN0PR11MB', 'CH3PR11MB', 'PH7PR11MB', 'DM6PR11MB', 'MW4PR11MB',
                     'SJ0PR11MB', 'CO1PR11MB', 'LV3PR11MB']) + str(R.randint(1000, 9999)) + '.namprd11.prod.outlook.com'


def _exo_eu():
    return R.choice(['DB9PR08MB', 'AM0PR04MB', 'PAXPR08MB', 'VI1PR06MB', 'AS8PR04MB']) + \
        str(R.randint(1000, 9999)) + '.eurprd0%d.prod.outlook.com' % R.randint(1, 8)


def _fe():
    return R.choice(['BL1PR13CA', 'BN9PR03CA', 'MN2PR15CA', 'SN7P220CA', 'CH2PR07CA']) + \
        '%04d' % R.randint(1, 9999) + '.namprd%02d.prod.outlook.com' % R.choice([3, 7, 13, 15])


def _eop():
    return R.choice(['BN2PEPF0000', 'CO1PEPF0000', 'SN1PEPF0002', 'DS2PEPF0000', 'MWH0EPF000']) + \
        rhex(4) + '.namprd%02d.prod.outlook.com' % R.choice([4, 5, 21])


def _ip6():
    return '2603:10b6:%x:%x::%x' % (R.randint(0x300, 0xa00), R.randint(0x10, 0x3ff), R.randint(1, 0x3f))


def _tls():
    return R.choice(['(version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384)',
                     '(version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384)'])


def _smtpid():
    return 'id 15.20.%d.%d' % (R.randint(8400, 8900), R.randint(10, 40))


def hop(kind, prev=None):
    """One Received hop (without the date). Returns (text, host)."""
    if kind == 'exo-https':
        a, b_ = _exo(), prev or _exo()
        return 'from %s (%s) by %s with HTTPS' % (a, _ip6(), b_), a
    if kind == 'exo-internal':
        a, b_ = _exo(), prev or _exo()
        return ('from %s (%s) by %s (%s) with Microsoft SMTP Server %s %s' %
                (a, _ip6(), b_, _ip6(), _tls(), _smtpid())), a
    if kind == 'exo-fe':
        a, b_ = _fe(), prev or _exo()
        return ('from %s (%s) by %s (%s) with Microsoft SMTP Server %s %s' %
                (a, _ip6(), b_, _ip6(), _tls(), _smtpid())), a
    if kind == 'eop-in':
        a, b_ = _eop(), prev or _fe()
        return ('from %s (%s) by %s (%s) with Microsoft SMTP Server %s %s via Frontend Transport' %
                (a, _ip6(), b_, _ip6(), _tls(), _smtpid())), a
    if kind == 'eop-from-gmail':
        n = R.randint(10, 250)
        a = 'mail-%s-f%d.google.com' % (R.choice(['ej1', 'ed1', 'wr1', 'lf1', 'pl1', 'qk1', 'yw1']), n)
        ip = '209.85.%d.%d' % (R.randint(128, 222), n)
        b_ = prev or _eop()
        return ('from %s (%s) by %s (10.167.%d.%d) with Microsoft SMTP Server %s %s via Frontend Transport' %
                (a, ip, b_, R.randint(240, 250), R.randint(1, 254), _tls(), _smtpid())), a
    if kind == 'gmail-smtp':
        return ('by 2002:a05:6a20:%x:b0:%x:%x:%x with SMTP id %s;' %
                (R.randint(0x1000, 0xffff), R.randint(0x100, 0xfff), R.randint(0x100, 0xfff),
                 R.randint(0x100, 0xfff), ralnum(24, 'abcdefghijklmnopqrstuvwxyz0123456789'))).rstrip(';'), 'gmail'
    if kind == 'gmail-http':
        return 'from %d named unknown by gmailapi.google.com with HTTPREST' % R.randint(100000000, 999999999), 'gmail'
    if kind == 'pphosted':
        a = R.choice(['mx0a', 'mx0b']) + '-00%d.pphosted.com' % R.randint(100000, 999999)
        return ('from mail.harrowgatelogistics.de (mail.harrowgatelogistics.de [%d.%d.%d.%d]) by %s with ESMTPS id %s (version=TLSv1.2\n cipher=ECDHE-RSA-AES256-GCM-SHA384 bits=256 verify=NOT)' %
                (R.randint(80, 95), R.randint(1, 250), R.randint(1, 250), R.randint(1, 250), prev or a,
                 ralnum(12, '0123456789abcdefghijklmnopqrstuvwxyz'))), 'mail.harrowgatelogistics.de'
    if kind == 'postfix':
        a = 'mx2.' + HL
        return ('from %s (localhost [127.0.0.1]) by %s (Postfix) with ESMTP id %s' %
                (a, a, rhex(11))), a
    if kind == 'exch-onprem':
        a = R.choice(['DEDUI-EXCH01', 'DEDUI-EXCH02']) + '.hgl.local'
        return ('from %s (10.20.%d.%d) by %s (10.20.%d.%d) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384_P384) id 15.1.2507.%d' %
                (a, R.randint(1, 9), R.randint(1, 250), a.replace('01', '02'), R.randint(1, 9), R.randint(1, 250),
                 R.randint(30, 44))), a
    raise ValueError(kind)


def received(d, kinds):
    """Received lines, newest first. kinds are listed top (latest) to bottom (earliest)."""
    t = d.utc + datetime.timedelta(seconds=R.randint(2, 4) * len(kinds))
    out = []
    prev = None
    for k in kinds:
        txt, prev = hop(k, prev)
        stamp = utcfmt(t) if R.random() < 0.5 else utcfmt_ms(t)
        if k.startswith('gmail'):
            stamp = t.strftime('%a, %d %b %Y %H:%M:%S -0800 (PST)') if not d.dst else \
                (t - datetime.timedelta(hours=7)).strftime('%a, %d %b %Y %H:%M:%S -0700 (PDT)')
        out.append('Received: %s;\n %s' % (txt, stamp))
        t -= datetime.timedelta(seconds=R.randint(0, 3))
    return out


def fold_b64(s, first=60, width=70, indent='\t '):
    out = [s[:first]]
    s = s[first:]
    while s:
        out.append(s[:width])
        s = s[width:]
    return ('\n' + indent).join(out)


def dkim(dom, d, sel='selector1', h='From:Date:Subject:Message-ID:Content-Type:MIME-Version'):
    return ('DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;\n\ts=%s; t=%d;\n\th=%s;\n\tbh=%s;\n\tb=%s'
            % (dom, sel, int((d.utc - datetime.datetime(1970, 1, 1)).total_seconds()), h, rb64(32),
               fold_b64(rb64(256))))


def arc(d, dom=HL):
    ts = int((d.utc - datetime.datetime(1970, 1, 1)).total_seconds())
    return [
        'ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b=%s'
        % fold_b64(rb64(256), 62, 64, ' '),
        'ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector10001;\n'
        ' h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\n'
        ' bh=%s;\n b=%s' % (rb64(32), fold_b64(rb64(256), 62, 64, ' ')),
        'ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=pass\n smtp.mailfrom=%s; dmarc=pass action=none\n'
        ' header.from=%s; dkim=pass header.d=%s; arc=none' % (dom, dom, dom),
    ]


def authres(dom, ip=None, dk=True):
    ip = ip or '40.107.%d.%d' % (R.randint(90, 240), R.randint(1, 250))
    s = 'Authentication-Results: spf=pass (sender IP is %s)\n smtp.mailfrom=%s;' % (ip, dom)
    if dk:
        s += ' dkim=pass (signature was verified)\n header.d=%s;' % dom
    else:
        s += ' dkim=none (message not signed)\n header.d=none;'
    s += 'dmarc=pass action=none header.from=%s;compauth=pass\n reason=100' % dom
    return s


def exo_org(d, internal=True):
    """Typical Exchange Online organisation headers."""
    return [
        'X-MS-Exchange-Organization-Network-Message-Id: %s' % uuid_upper().lower(),
        'X-MS-Exchange-Organization-AuthSource: %s' % _exo(),
        'X-MS-Exchange-Organization-AuthAs: %s' % ('Internal' if internal else 'Anonymous'),
        'X-MS-Exchange-Organization-SCL: %d' % (-1 if internal else 1),
    ]


# ----------------------------------------------------------------- header words

def ew_b(s, cs='utf-8'):
    return '=?%s?B?%s?=' % (cs.upper() if R.random() < 0.6 else cs, base64.b64encode(s.encode(cs)).decode())


def ew_q(s, cs='utf-8', upper=True):
    out = []
    for ch in s:
        for byte in ch.encode(cs):
            c = chr(byte)
            if c == ' ':
                out.append('_')
            elif c.isalnum() and byte < 128:
                out.append(c)
            elif c in '-.,/!:' and byte < 128:
                out.append(c)
            else:
                out.append('=%02X' % byte)
    return '=?%s?Q?%s?=' % (cs.upper() if upper else cs, ''.join(out))


def ew_split(s, at, enc='q', cs='utf-8', sep='\n '):
    """Encode s as two encoded words, split at character index `at` (mid-word)."""
    f = ew_q if enc == 'q' else ew_b
    return f(s[:at], cs) + sep + f(s[at:], cs)


def ew_fold(s, enc='b', cs='utf-8', chunk=None):
    """Encode s as several encoded words (each under 75 chars), folded on continuation lines."""
    f = ew_q if enc == 'q' else ew_b
    chunk = chunk or (36 if enc == 'b' else 22)
    words, cur = [], ''
    for ch in s:
        if len((cur + ch).encode(cs)) > chunk:
            words.append(cur)
            cur = ''
        cur += ch
    if cur:
        words.append(cur)
    return '\n '.join(f(w, cs) for w in words)


def addr(name, mail, enc=None, cs='utf-8'):
    if enc is None:
        if any(c in name for c in ',.()@') or "'" in name:
            return '"%s" <%s>' % (name, mail)
        return '%s <%s>' % (name, mail)
    if enc == 'q':
        return '%s <%s>' % (ew_q(name, cs), mail)
    if enc == 'b':
        return '%s <%s>' % (ew_b(name, cs), mail)
    raise ValueError(enc)


# ----------------------------------------------------------------- body parts
# A part is (list_of_header_lines, body_bytes)

def _enc(data, cte):
    if cte == 'base64':
        return base64.encodebytes(data)
    if cte == 'quoted-printable':
        out = quopri.encodestring(data)
        return out if out.endswith(b'\n') else out + b'\n'
    return data if data.endswith(b'\n') else data + b'\n'


def text(txt, sub='plain', cs='utf-8', cte='quoted-printable', params='', csq=True, extra=()):
    data = txt.encode(cs)
    csv_ = ('"%s"' % cs) if csq else cs
    hdr = ['Content-Type: text/%s; charset=%s%s' % (sub, csv_, params),
           'Content-Transfer-Encoding: %s' % cte] + list(extra)
    return (hdr, _enc(data, cte))


def multipart(sub, parts, boundary=None, params='', preamble=None, extra=()):
    boundary = boundary or gm_boundary()
    hdr = ['Content-Type: multipart/%s;\n\tboundary="%s"%s' % (sub, boundary, params)] + list(extra)
    body = b''
    if preamble:
        body += B(preamble) + b'\n'
    for p in parts:
        body += b'\n--' + B(boundary) + b'\n' + render(p)
    body += b'\n--' + B(boundary) + b'--\n'
    return (hdr, body.lstrip(b'\n') if not preamble else body)


def attach(ctype, filename, data, cte='base64', inline=False, extra=(), name_param=True, cid=None):
    hdr = ['Content-Type: %s%s' % (ctype, ('; name="%s"' % filename) if name_param else '')]
    hdr.append('Content-Description: %s' % filename) if R.random() < 0.4 else None
    hdr.append('Content-Disposition: %s; filename="%s"%s' %
               ('inline' if inline else 'attachment', filename,
                ('; size=%d' % len(data)) if R.random() < 0.5 else ''))
    hdr.append('Content-Transfer-Encoding: %s' % cte)
    if cid:
        hdr.append('Content-ID: <%s>' % cid)
    hdr += list(extra)
    return (hdr, _enc(data, cte))


def raw_part(hdr_lines, body):
    return (list(hdr_lines), B(body) if B(body).endswith(b'\n') else B(body) + b'\n')


def render(part):
    hdr, body = part
    return B('\n'.join(hdr)) + b'\n\n' + body


def message(top, part=None, crlf=False, raw_body=None):
    """top: list of header lines (str or bytes). part: body part (its headers follow top)."""
    lines = []
    for h in top:
        if h is None:
            continue
        lines.append(B(h))
    if part is not None:
        ph, body = part
        lines += [B(x) for x in ph]
    else:
        body = B(raw_body)
    data = b'\n'.join(lines) + b'\n\n' + body
    if crlf:
        data = data.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    return data


# ----------------------------------------------------------------- html helpers

def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace('"', '&quot;')


def outlook_html(txt, lang='EN-US', font='Aptos', size='12.0pt', quote=None):
    """Word-style HTML from plain text; `quote` is (header_lines, quoted_text) shown under a rule."""
    def paras(t):
        out = []
        for line in t.split('\n'):
            if line.strip() == '':
                out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
            else:
                out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % esc(line))
        return '\n'.join(out)
    q = ''
    if quote:
        hdrs, qt = quote
        hl = '<br>\n'.join('<b>%s</b> %s' % (esc(k), esc(v)) for k, v in hdrs)
        q = ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">\n'
             '<p class="MsoNormal"><span style="font-size:11.0pt;font-family:&quot;Calibri&quot;,sans-serif">'
             '%s<o:p></o:p></span></p>\n</div>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n%s\n' % (hl, paras(qt)))
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=%%CS%%">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n'
            '@font-face\n\t{font-family:%s;}\n/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
            '\t{margin:0in;\n\tfont-size:%s;\n\tfont-family:"%s",sans-serif;\n\tmso-ligatures:standardcontextual;}\n'
            'a:link, span.MsoHyperlink\n\t{mso-style-priority:99;\n\tcolor:#467886;\n\ttext-decoration:underline;}\n'
            'span.EmailStyle17\n\t{mso-style-type:personal-compose;\n\tfont-family:"%s",sans-serif;\n\tcolor:windowtext;}\n'
            '.MsoChpDefault\n\t{mso-style-type:export-only;\n\tfont-size:10.0pt;}\n'
            '@page WordSection1\n\t{size:8.5in 11.0in;\n\tmargin:1.0in 1.0in 1.0in 1.0in;}\n'
            'div.WordSection1\n\t{page:WordSection1;}\n--></style><!--[if gte mso 9]><xml>\n'
            '<o:shapedefaults v:ext="edit" spidmax="1026" />\n</xml><![endif]--><!--[if gte mso 9]><xml>\n'
            '<o:shapelayout v:ext="edit">\n<o:idmap v:ext="edit" data="1" />\n</o:shapelayout></xml><![endif]-->\n'
            '</head>\n<body lang="%s" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n%s\n%s</div>\n</body>\n</html>\n'
            % (font, size, font, font, lang, paras(txt), q))


def ol_html(txt, cs='windows-1252', cte='quoted-printable', lang='EN-US', quote=None, font='Aptos'):
    html = outlook_html(txt, lang=lang, quote=quote, font=font).replace('%CS%', cs)
    return text(html, 'html', cs, cte)


def gmail_html(new, attr=None, quoted=None):
    body = '<div dir="ltr">' + '<br>'.join(
        ('<div>%s</div>' % esc(l)) if False else esc(l) for l in new.split('\n')) + '</div>'
    if attr:
        qt = '<br>\n'.join(esc(l) for l in quoted.split('\n'))
        body += ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
                 '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
                 'padding-left:1ex">%s</blockquote></div>' % (esc(attr), qt))
    return body + '\n'


def gmail_alt(new, attr=None, quoted=None, cte_plain='quoted-printable', cte_html='quoted-printable', boundary=None):
    plain = new
    if attr:
        plain += '\n\n' + attr + '\n\n' + '\n'.join(('> ' + l) if l else '>' for l in quoted.split('\n'))
    p1 = text(plain + '\n', 'plain', 'UTF-8', cte_plain, csq=True)
    p2 = text(gmail_html(new, attr, quoted), 'html', 'UTF-8', cte_html, csq=True)
    return multipart('alternative', [p1, p2], boundary or gm_boundary())


def apple_html(new, quoted_html=''):
    divs = ''.join('<div>%s</div>' % (esc(l) if l else '<br>') for l in new.split('\n'))
    return ('<html aria-label="message body"><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
            '%s%s</body></html>\n' % (divs, quoted_html))


def apple_alt(new, plain_extra='', boundary=None):
    p1 = text(new + plain_extra + '\n', 'plain', 'utf-8', 'quoted-printable', csq=False)
    p2 = text(apple_html(new + plain_extra), 'html', 'utf-8', 'quoted-printable', csq=False)
    return multipart('alternative', [p1, p2], boundary or apple_boundary())


def ol_alt(plain, cs='utf-8', cte='quoted-printable', lang='EN-US', quote=None, html_cte=None, boundary=None):
    full = plain
    if quote:
        hdrs, qt = quote
        full = plain + '\n\n' + '_' * 32 + '\n' + '\n'.join('%s %s' % kv for kv in hdrs) + '\n\n' + qt
    p1 = text(full + '\n', 'plain', cs, cte)
    p2 = ol_html(plain, cs, html_cte or cte, lang, quote)
    return multipart('alternative', [p1, p2], boundary or ol_boundary())


def outlook_top(frm, to, subj, d, mid, cc=None, extra=(), lang='en-US', attach_=False, tnef=False,
                topic=None, inreply=None, refs=None, ti=True):
    """Header block as Exchange/Outlook writes it. frm/subj may be bytes (raw 8-bit) or str."""
    h = [(b'From: ' + frm) if isinstance(frm, bytes) else 'From: ' + frm, 'To: ' + to]
    if cc:
        h.append('CC: ' + cc)
    h.append((b'Subject: ' + subj) if isinstance(subj, bytes) else 'Subject: ' + subj)
    if ti:
        if topic is None and isinstance(subj, str) and '=?' not in subj:
            topic = subj
            for p in ('RE: ', 'Re: ', 'FW: ', 'Fw: ', 'AW: ', 'WG: ', 'RV: ', 'TR: ', 'RES: ', 'Automatic reply: '):
                if topic.startswith(p):
                    topic = topic[len(p):]
        if topic:
            h.append((b'Thread-Topic: ' + topic) if isinstance(topic, bytes) else 'Thread-Topic: ' + topic)
        h.append('Thread-Index: ' + thread_index())
    h.append('Date: ' + d.hdr)
    if mid:
        h.append('Message-ID: ' + mid)
    if inreply:
        h.append('References: ' + (refs or inreply))
        h.append('In-Reply-To: ' + inreply)
    h += ['Accept-Language: ' + lang + (', en-US' if lang != 'en-US' else ''),
          'Content-Language: ' + lang,
          'X-MS-Has-Attach: ' + ('yes' if attach_ else ''),
          'X-MS-TNEF-Correlator: ' + (('<%s>' % mid.strip('<>')) if tnef and mid else '')]
    h += list(extra)
    h.append('MIME-Version: 1.0')
    return h


# ----------------------------------------------------------------- binary attachments

def png(w=160, h=90, seed=0, accent=(220, 40, 40)):
    rnd = random.Random(seed)
    rows = []
    bar = rnd.randint(8, 14)
    bx0, by0 = rnd.randint(20, w // 2), rnd.randint(bar + 10, h // 2)
    bx1, by1 = bx0 + rnd.randint(30, 60), by0 + rnd.randint(12, 25)
    for y in range(h):
        row = bytearray(b'\x00')
        for x in range(w):
            if y < bar:
                px = (91, 45, 144)  # purple app bar
            elif bx0 <= x <= bx1 and by0 <= y <= by1:
                px = accent
            elif x > w - 18 and y > h - 18:
                px = (124, 58, 237)
            elif (y - bar) % 14 == 0:
                px = (226, 228, 233)
            else:
                px = (250, 250, 252)
            row += bytes(px)
        rows.append(bytes(row))
    raw = b''.join(rows)

    def chunk(t, data):
        return struct.pack('>I', len(data)) + t + data + struct.pack('>I', zlib.crc32(t + data) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0)) +
            chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b''))


def pdf(lines, title='Document'):
    def pesc(s):
        return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
    content = 'BT /F1 11 Tf 72 740 Td 14 TL\n' + '\n'.join('(%s) \'' % pesc(l) for l in lines) + '\nET\n'
    objs = [
        '<< /Type /Catalog /Pages 2 0 R >>',
        '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R '
        '/Resources << /Font << /F1 5 0 R >> >> >>',
        '<< /Length %d >>\nstream\n%sendstream' % (len(content.encode('latin-1')), content),
        '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
        '<< /Title (%s) /Producer (Microsoft: Print To PDF) >>' % pesc(title),
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
    out += ('trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, x)).encode()
    return out


def winmail(seed=0):
    rnd = random.Random(seed)
    body = b'\x78\x9f\x3e\x22' + struct.pack('<H', rnd.randint(1, 65535)) + b'\x01\x06\x90\x08\x00\x04\x00\x00\x00\x00\x00\x01\x00\x01\x00\x01\x07\x90\x06\x00\x08\x00\x00\x00\xe4\x04\x00\x00\x00\x00\x00\x00\xe8\x00'
    body += b'\x01\x0d\x80\x04\x00\x02\x00\x00\x00\x02\x00\x02\x00\x01\x03\x90\x06\x00'
    body += b'IPM.Microsoft Mail.Note\x00' + bytes(rnd.getrandbits(8) for _ in range(420))
    return body


def ics(method, summary, start_utc, minutes, organizer, attendees, uid=None, partstat=None, location='',
        description=''):
    uid = uid or '040000008200E00074C5B7101A82E008000000%s' % rhex(40)
    end = start_utc + datetime.timedelta(minutes=minutes)
    L = ['BEGIN:VCALENDAR', 'METHOD:%s' % method, 'PRODID:Microsoft Exchange Server 2010', 'VERSION:2.0',
         'BEGIN:VEVENT']
    if method == 'REPLY':
        a = attendees[0]
        L.append('ATTENDEE;PARTSTAT=%s:mailto:%s' % (partstat, a))
    else:
        for a in attendees:
            L.append('ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:%s' % a)
    L += ['ORGANIZER:mailto:%s' % organizer,
          'DESCRIPTION;LANGUAGE=en-US:%s' % description.replace('\n', '\\n') if description else None,
          'UID:%s' % uid,
          'SUMMARY;LANGUAGE=en-US:%s' % summary,
          'DTSTART:%s' % start_utc.strftime('%Y%m%dT%H%M%SZ'),
          'DTEND:%s' % end.strftime('%Y%m%dT%H%M%SZ'),
          'CLASS:PUBLIC', 'PRIORITY:5',
          'DTSTAMP:%s' % (start_utc - datetime.timedelta(days=2)).strftime('%Y%m%dT%H%M%SZ'),
          'TRANSP:OPAQUE', 'STATUS:CONFIRMED', 'SEQUENCE:0',
          'LOCATION;LANGUAGE=en-US:%s' % location,
          'END:VEVENT', 'END:VCALENDAR']
    return '\r\n'.join(x for x in L if x is not None) + '\r\n'


# ----------------------------------------------------------------- signatures

DISC_US = ('CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the '
           'intended recipient(s) and may contain CONFIDENTIAL and privileged information. Any unauthorized review, '
           'use, disclosure or distribution is prohibited. If you have received this e-mail in error, please notify '
           'the sender immediately by reply e-mail and destroy all copies of the original message. URGENT '
           'SECURITY REMINDER: Harrowgate Logistics will never ask you to change bank or payment details by e-mail.')


def sig_us(name, title, site, addr_, phone, mobile=None, mail=None, tag=True):
    s = '%s\n%s\nHarrowgate Logistics | %s\n%s\nO: %s' % (name, title, site, addr_, phone)
    if mobile:
        s += ' | M: %s' % mobile
    if mail:
        s += '\n%s | www.harrowgatelogistics.com' % mail
    if tag:
        s += '\n\nMoving freight. Moving people forward.'
    return s


COLUMBUS = '4400 Easton Commons Way, Suite 300, Columbus, OH 43219'
MEMPHIS = '3950 Tchulahoma Rd, Memphis, TN 38118'
RENO = '1200 Lakeside Industrial Dr, Sparks, NV 89434'
DALLAS = '2101 Sunridge Blvd, Wilmer, TX 75172'
JOLIET = '2800 Channahon Rd, Joliet, IL 60436'
ALLENTOWN = '7420 Industrial Blvd, Allentown, PA 18106'
TAMPA = '5010 W Cypress St, Tampa, FL 33607'
NEWARK = '600 Doremus Ave, Newark, NJ 07105'


def q(lines):
    return '\n'.join(('> ' + l) if l else '>' for l in lines.split('\n'))


# ----------------------------------------------------------------- registry

MSGS = []


def reg(key, cat, actions, article, lang, fmt, notes, data):
    assert cat in ('question', 'bug', 'scheduling_blocker', 'feature_request', 'escalation', 'noise'), cat
    assert lang in ('en', 'de', 'es', 'fr', 'pt')
    if cat != 'question':
        assert article == ''
    MSGS.append(dict(key=key, category=cat, actions=actions, article=article, language=lang, format=fmt,
                     notes=notes, data=data))


# ================================================================= routing presets

TO1 = 'GoodTime Help Line <helpline@harrowgatelogistics.com>'
TO2 = 'helpline@harrowgatelogistics.com'
TO3 = '"GoodTime Helpline" <helpline@harrowgatelogistics.com>'
TO4 = '"Help Line, GoodTime" <helpline@harrowgatelogistics.com>'
TO5 = '<helpline@harrowgatelogistics.com>'


def rx_int(d, n=2):
    return received(d, ['exo-internal'] * (n - 1) + ['exo-https'])


def rx_gmail(d, n=7):
    kinds = {7: ['exo-internal', 'exo-fe', 'eop-in', 'eop-from-gmail', 'gmail-smtp', 'gmail-smtp', 'gmail-http'],
             6: ['exo-internal', 'exo-fe', 'eop-in', 'eop-from-gmail', 'gmail-smtp', 'gmail-http'],
             5: ['exo-internal', 'eop-in', 'eop-from-gmail', 'gmail-smtp', 'gmail-http'],
             4: ['exo-internal', 'eop-from-gmail', 'gmail-smtp', 'gmail-http'],
             3: ['exo-internal', 'eop-from-gmail', 'gmail-smtp']}[n]
    return received(d, kinds)


def rx_ext(d, n=6):
    base = ['exo-internal', 'exo-internal', 'exo-fe', 'eop-in', 'pphosted', 'exch-onprem', 'exch-onprem',
            'exch-onprem']
    return received(d, base[:n])


def rx_long_int(d, n=6):
    return received(d, ['exo-internal'] * (n - 2) + ['exo-fe', 'exo-https'])


# ================================================================= QUESTIONS answered by an article (en)

# ---- Q1 contact-support: phone number?
d = D('ET', 3, 2, 10, 14)
mid = mid_outlook()
body = """Hi team,

Our service desk in Columbus has had a handful of calls this month from coordinators at the hubs who want to \u201cjust call GoodTime\u201d when something goes sideways with a schedule. We\u2019re writing a short KB entry for the desk analysts so they know where to route these.

Is there a phone number for GoodTime\u2019s support team that we can publish, or is it an e-mail/chat-only setup? If it\u2019s the latter, what exactly should the analysts tell people to do?

Thanks,
Kevin

""" + sig_us('Kevin Marsh', 'Senior Systems Analyst | IT Service Delivery', 'Head Office', COLUMBUS,
             '+1 614-555-0143', '+1 614-555-0198', 'kevin.marsh@harrowgatelogistics.com') + '\n\n' + DISC_US
top = rx_long_int(d, 5) + [authres(HL)] + outlook_top(addr('Marsh, Kevin', 'kevin.marsh@' + HL), TO1,
                                                    'GoodTime vendor phone # for service desk KB?', d, mid)
reg('Q1', 'question', 'auto_reply', 'contact-support', 'en',
    'outlook-html-only;qp;windows-1252;long-sig;disclaimer;received-chain;auth-results', 'asks for a phone line',
    message(top, ol_html(body)))

# ---- Q2 support-hours without the word
d = D('PT', 3, 14, 1, 47)
mid = mid_outlook()
body = """hey \u2014 quick one. we\u2019ve started running interviews for the overnight dock crew at Reno and a few of them happen pretty late (10\u201311pm our time) or on saturdays. if something in GoodTime breaks in the middle of the night or on a weekend, is there actually anyone on the GoodTime side we can reach, or do we just sit on it till monday morning and hope?

trying to figure out what to tell my hiring managers before this weekend

Tyler

Get Outlook for iOS"""
html = ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n<body>\n'
        + ''.join('<div dir="auto">%s</div>\n' % (esc(l) if l else '<br>') for l in body.split('\n')[:-1])
        + '<div dir="ltr">Get <a href="https://aka.ms/o0ukef">Outlook for iOS</a></div>\n</body>\n</html>\n')
part = multipart('alternative', [text(body + '\n', 'plain', 'utf-8', 'quoted-printable'),
                                 text(html, 'html', 'utf-8', 'quoted-printable')], ol_boundary())
top = rx_int(d, 3) + outlook_top(addr('Tyler Jansen', 'tyler.jansen@' + HL), TO2,
                                 'if goodtime dies at 2am\u2026 who do we call', d, mid)
reg('Q2', 'question', 'auto_reply', 'support-hours', 'en',
    'outlook-ios;multipart-alternative;qp;night;lowercase;raw-utf8-subject', 'support availability without the word hours',
    message(top, part))

# ---- Q3 contact-csm without the letters, reply in unrelated thread
d = D('ET', 3, 3, 9, 5)
mid = mid_outlook()
old_mid = mid_outlook()
body = """Jenna \u2013 switching gears on this thread since you\u2019re on it, sorry.

Who\u2019s our customer success contact over at GoodTime these days? I met someone at the kickoff last year but I\u2019ve lost the card and my notes. Ops leadership wants to hear how the hubs are getting on with it and I\u2019d like to grab 30 minutes with that person first. What\u2019s the easiest way to get on their calendar?

Thanks,
Derek

Derek Okafor
HR Business Partner \u2013 Operations (South & Midwest)
Harrowgate Logistics | Head Office
O: +1 614-555-0120"""
quote = ([('From:', 'GoodTime Help Line <helpline@harrowgatelogistics.com> On Behalf Of Jenna Kowalski'),
          ('Sent:', 'Thursday, February 26, 2026 4:12 PM'),
          ('To:', 'Derek Okafor <derek.okafor@harrowgatelogistics.com>'),
          ('Cc:', 'Kim Albright <kim.albright@harrowgatelogistics.com>'),
          ('Subject:', 'Q2 hiring plan \u2013 headcount tracker access')],
         """Hi Derek,

I\u2019ve given you and Kim edit access to the Q2 headcount tracker on SharePoint (Recruiting Ops > Planning > Q2-2026). Please update the Memphis and Reno tabs by March 6 so Finance can lock the seasonal numbers.

Thanks!
Jenna""")
part = ol_alt(body, quote=quote)
top = rx_int(d, 2) + outlook_top(addr('Okafor, Derek', 'derek.okafor@' + HL), TO1,
                                 'RE: Q2 hiring plan \u2013 headcount tracker access'.encode('utf-8'), d, mid,
                                 cc=addr('Kowalski, Jenna', 'jenna.kowalski@' + HL), inreply=old_mid,
                                 topic='Q2 hiring plan \u2013 headcount tracker access'.encode('utf-8'))
reg('Q3', 'question', 'auto_reply', 'contact-csm', 'en',
    'outlook;multipart-alternative;qp;reply-offtopic;outlook-quote-block;raw-utf8-subject',
    'CSM asked for without the letters CSM', message(top, part))

# ---- Q4 reschedule a panel, lowercase one-liner, iPhone
d = D('ET', 2, 24, 18, 22, style='nozero')
body = """how do i reschedule a panel?? candidate for the inventory control lead spot says she can\u2019t do thursday anymore. do i just move it in outlook or

Sent from my iPhone"""
top = ['Content-Type: text/plain;\n\tcharset=utf-8', 'Content-Transfer-Encoding: quoted-printable',
       'From: Aaron Pike <aaron.pike@' + HL + '>', 'Mime-Version: 1.0 (1.0)', 'Date: ' + d.hdr,
       'Subject: reschedule', 'Message-Id: ' + mid_apple(HL), 'To: ' + TO2, 'X-Mailer: iPhone Mail (22D82)']
top = rx_int(d, 3) + top
reg('Q4', 'question', 'auto_reply', 'reschedule-interview', 'en',
    'iphone;plain;qp;lowercase;one-liner;mobile-sig', 'terse reschedule question',
    message(top, (['MIME-Version: 1.0'][:0], _enc(body.encode('utf-8'), 'quoted-printable'))))

# ---- Q5 permissions-roles dressed as a bug, with screenshot
d = D('ET', 3, 4, 13, 37)
mid = mid_outlook()
body = """Hi,

I was set up in GoodTime last week as a hiring manager for the Allentown warehouse (we\u2019re hiring 6 inventory associates and 2 shift leads). I can see the interviews for my candidates, but there\u2019s no edit or reschedule option anywhere, and when I click Settings I get a message saying I don\u2019t have access to that page. Screenshot attached.

Is something broken on my account, or am I just not supposed to be able to do this? My recruiter is out this week and I\u2019d like to be able to move a couple of things around myself.

Thanks
Jamal Wright
Site Manager \u2013 Allentown DC
Harrowgate Logistics
""" + ALLENTOWN + """
C: +1 610-555-0161"""
alt = ol_alt(body)
img = attach('image/png', 'image001.png', png(180, 100, 5), extra=())
part = multipart('mixed', [alt, img], ol_boundary())
top = rx_int(d, 2) + outlook_top(addr('Wright, Jamal', 'jamal.wright@' + HL), TO1, 'GoodTime broken for me?', d,
                                 mid, attach_=True)
reg('Q5', 'question', 'auto_reply', 'permissions-roles', 'en',
    'outlook;multipart-mixed;multipart-alternative;qp;png',
    'missing button/access error reads like a bug', message(top, part))

# ---- Q6 ats-integration, rambling with typos, question in third paragraph
d = D('CT', 2, 19, 16, 8)
body = """Hi helpline folks,

So I've been running the CDL-A driver pipeline out of Joliet since January and honestly GoodTime has been a big help, the road test + interview combo used to take me forever to set up. Shout out to whoever built the templates.

Anyway the thing i keep going back and forth on: we get a LOT of candidates who ghost or withdraw after the phone screen (drivers get 5 offers a week right now) and I've been handling it two different ways depending on my mood lol. When a candidate withdraws or I reject them, where am I actually supposed to do that, in iCIMS or in GoodTime? Does one update the other or do I need to do it in both places? I had one guy still show as "to be scheduled" in GoodTime right after i dispositioned him in iCIMS so I think I'm doing somthing wrong.

Not urgent at all, just want to do it right going forward.

thx
Marcus

-- 
Marcus Bell | Driver Recruiter | Harrowgate Logistics - Joliet
815-555-0149
"""
part = text(body, 'plain', 'UTF-8', '7bit', params='; format=flowed', csq=False)
top = rx_int(d, 2) + ['Message-ID: ' + mid_tb(HL), 'Date: ' + d.hdr, 'MIME-Version: 1.0',
                      'User-Agent: Mozilla Thunderbird', 'Content-Language: en-US',
                      'To: ' + TO3, 'From: Marcus Bell <marcus.bell@' + HL + '>',
                      'Subject: reject/withdraw - iCIMS or GoodTime??']
reg('Q6', 'question', 'auto_reply', 'ats-integration', 'en',
    'thunderbird;plain;7bit;format-flowed;rambling;typos', 'question sits in third paragraph',
    message(top, part))

# ================================================================= QUESTIONS answered (de)

DE_FOOT = ('Harrowgate Logistics GmbH \u00b7 Sitz: Duisburg \u00b7 Amtsgericht Duisburg HRB 31877 \u00b7 '
           'Gesch\u00e4ftsf\u00fchrer: Thomas Bergmann, Sarah Whitley')

# ---- Q7 contact-support (de), iso-8859-1, Q-encoded subject, long external chain, CRLF
d = D('CET', 2, 17, 9, 12)
mid = '<%s@DEDUI-EXCH01.hgl.local>' % rhex(32, upper=False)
body = """Hallo zusammen,

kurze Frage: Wenn bei uns in Duisburg etwas mit GoodTime nicht funktioniert, sollen wir dann immer erst \u00fcber euch gehen oder k\u00f6nnen wir uns auch direkt an GoodTime wenden? Falls direkt \u2013 wie erreicht man die am besten? Gibt es da eine Telefonnummer, oder l\u00e4uft das nur schriftlich?

Hintergrund: Eine Kollegin aus der Disposition hatte letzte Woche ein Problem mit einer Einladung und wusste nicht, an wen sie sich wenden soll.

Viele Gr\u00fc\u00dfe
Katrin Vogel
Personalreferentin
Harrowgate Logistics GmbH | Niederlassung Duisburg
Hafenstra\u00dfe 45 \u00b7 47119 Duisburg
Tel. +49 203 555 1870
katrin.vogel@harrowgatelogistics.de

""" + DE_FOOT
body = body.replace('\u2013', '-')
part = ol_alt(body, cs='iso-8859-1', lang='DE')
top = rx_ext(d, 6) + [authres('harrowgatelogistics.de', '185.%d.%d.%d' % (R.randint(1, 250), R.randint(1, 250), R.randint(1, 250)))] + \
    outlook_top(addr('Vogel, Katrin', 'katrin.vogel@harrowgatelogistics.de'), TO1,
                ew_q('Kontaktm\u00f6glichkeit GoodTime-Support?', 'iso-8859-1'), d, mid, lang='de-DE',
                topic=ew_q('Kontaktm\u00f6glichkeit GoodTime-Support?', 'iso-8859-1'))
reg('Q7', 'question', 'auto_reply', 'contact-support', 'de',
    'outlook-onprem;multipart-alternative;qp;iso-8859-1;rfc2047-q-iso;received-chain;auth-results;crlf;legal-footer',
    'wie erreicht man GoodTime direkt', message(top, part, crlf=True))

# ---- Q8 contact-csm (de), raw UTF-8 From and Subject, Apple Mail
d = D('CET', 3, 5, 17, 41)
body = """Hallo liebes GoodTime-Team,

ich w\u00fcrde gerne einen Termin mit unserer Customer Success Managerin bei GoodTime vereinbaren. Bei der Einf\u00fchrung hatte sie sich mal in einer Videokonferenz vorgestellt, aber ich finde ihre Kontaktdaten nicht mehr.

Gibt es einen Weg, direkt bei ihr einen Termin zu buchen, ohne dass ich euch jedes Mal dazwischenschalten muss?

Besten Dank und Gru\u00df aus Duisburg
J\u00f6rg H\u00fcbner
Niederlassungsleiter Duisburg"""
part = apple_alt(body)
top = rx_ext(d, 4) + ['From: J\u00f6rg H\u00fcbner <joerg.huebner@harrowgatelogistics.de>',
                      'Content-Type: ' + part[0][0].split(': ', 1)[1],
                      'Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))',
                      'Subject: Termin mit unserer Ansprechpartnerin bei GoodTime \u2013 wie buchen?',
                      'Message-Id: ' + mid_apple('harrowgatelogistics.de'),
                      'Date: ' + d.hdr, 'To: ' + TO2, 'X-Mailer: Apple Mail (2.3826.400.131.1.6)']
reg('Q8', 'question', 'auto_reply', 'contact-csm', 'de',
    'apple-mail;multipart-alternative;qp;raw-utf8-subject;raw-utf8-from', 'Termin mit CSM buchen',
    message(top, (part[0][1:], part[1])))

# ---- Q9 add-interviewer-to-pool (de), Outlook HTML-only cp1252
d = D('CET', 3, 11, 8, 3)
mid = mid_outlook_eu()
body = """Hallo,

ab dem 1. April \u00fcbernimmt Dennis Yilmaz die Fr\u00fchschicht im Lager Duisburg und soll dann auch die Vorstellungsgespr\u00e4che f\u00fcr Lagermitarbeiter (m/w/d) mitmachen. Wie bekomme ich ihn in GoodTime in die Gruppe der Interviewer, damit er bei der Terminplanung vorgeschlagen wird? Er hat einen Outlook-Kalender und kann sich in GoodTime schon anmelden.

Muss er vorher erst bei jemandem hospitieren oder kann er direkt voll eingeplant werden? Er hat bei seinem alten Arbeitgeber schon viele Gespr\u00e4che gef\u00fchrt.

Danke und viele Gr\u00fc\u00dfe
Stefanie K\u00fchn
HR / Recruiting
Harrowgate Logistics GmbH | Niederlassung Duisburg
Tel. +49 203 555 1872"""
top = rx_ext(d, 3) + outlook_top(addr('K\u00fchn, Stefanie', 'stefanie.kuehn@harrowgatelogistics.de', 'q', 'iso-8859-1'),
                                 TO1, 'Neuer Schichtleiter als Interviewer in GoodTime', d, mid, lang='de-DE')
reg('Q9', 'question', 'auto_reply', 'add-interviewer-to-pool', 'de',
    'outlook-html-only;qp;windows-1252;rfc2047-q-iso-from', 'neuen Interviewer aufnehmen',
    message(top, ol_html(body, lang='DE')))

# ---- Q10 candidate-reminders (de), base64 plain, iPhone
d = D('CET', 2, 27, 19, 16, style='nozero')
body = """Hallo,
wir hatten diese Woche drei Berufskraftfahrer, die einfach nicht zum Gespr\u00e4ch erschienen sind. Bekommen die Bewerber von GoodTime eigentlich automatisch eine Erinnerung, z.B. am Tag vorher? Und falls ja, kann ich irgendwo sehen, ob die wirklich rausgegangen ist?
LG Sabine

Von meinem iPhone gesendet
"""
top = rx_ext(d, 3) + ['Content-Type: text/plain;\n\tcharset=utf-8', 'Content-Transfer-Encoding: base64',
                      'From: ' + ew_b('Sabine Gr\u00f6\u00dfer') + ' <sabine.groesser@harrowgatelogistics.de>',
                      'Mime-Version: 1.0 (1.0)', 'Date: ' + d.hdr, 'Subject: Erinnerung an Bewerber?',
                      'Message-Id: ' + mid_apple('harrowgatelogistics.de'), 'To: ' + TO2,
                      'X-Mailer: iPhone Mail (22D82)']
reg('Q10', 'question', 'auto_reply', 'candidate-reminders', 'de',
    'iphone;plain;base64;utf-8;mobile-sig;rfc2047-b-from', 'automatische Erinnerung am Vortag',
    message(top, ([], _enc(body.encode('utf-8'), 'base64'))))

# ---- Q11 interviewer-load-balancing (de), reply in unrelated thread, split B-encoded subject, Thunderbird 8bit
d = D('CET', 3, 9, 11, 28)
subj = ew_split('AW: Inventurplanung M\u00e4rz \u2013 Schicht\u00fcbergabe', 33, 'b')
body = """Hallo zusammen,

andere Baustelle, aber ich h\u00e4nge es mal hier dran, weil ihr eh alle im Verteiler seid: Ich bin diese Woche f\u00fcr neun Vorstellungsgespr\u00e4che eingeplant, meine Kollegen aus der Sp\u00e4tschicht f\u00fcr kein einziges. Kann man in GoodTime irgendwie festlegen, dass jemand h\u00f6chstens zwei oder drei Gespr\u00e4che pro Woche bekommt? Sonst komme ich zu meiner eigentlichen Arbeit nicht mehr.

Zur Inventur: passt so, ich plane die Z\u00e4hlteams am Freitag ein.

Gru\u00df
Tobias

Am 09.03.26 um 08:15 schrieb Katrin Vogel:
> Hallo Tobias, hallo zusammen,
>
> die Stichtagsinventur ist f\u00fcr Samstag, 28.03., angesetzt. Bitte plant
> pro Halle zwei Z\u00e4hlteams ein und gebt mir bis Freitag Bescheid, wer aus
> der Fr\u00fch- und wer aus der Sp\u00e4tschicht kommt. Die Schicht\u00fcbergabe an dem
> Tag verschiebt sich auf 13:30 Uhr.
>
> Danke!
> Katrin
>
> --
> Katrin Vogel
> Personalreferentin
> Harrowgate Logistics GmbH | Niederlassung Duisburg
"""
top = rx_ext(d, 3) + ['Message-ID: ' + mid_tb('harrowgatelogistics.de'), 'Date: ' + d.hdr,
                      'MIME-Version: 1.0', 'User-Agent: Mozilla Thunderbird', 'Subject: ' + subj,
                      'To: ' + TO3, 'Cc: Katrin Vogel <katrin.vogel@harrowgatelogistics.de>',
                      'References: ' + mid_outlook_eu(), 'In-Reply-To: ' + mid_outlook_eu(),
                      'From: Tobias Wendt <tobias.wendt@harrowgatelogistics.de>', 'Content-Language: de-DE']
reg('Q11', 'question', 'auto_reply', 'interviewer-load-balancing', 'de',
    'thunderbird;plain;8bit;utf-8;reply-offtopic;gt-quote;rfc2047-b;rfc2047-split;two-topics', 'Obergrenze Gespr\u00e4che pro Woche',
    message(top, text(body, 'plain', 'UTF-8', '8bit', '; format=flowed', csq=False)))

# ================================================================= QUESTIONS answered (es)

# ---- Q12 support-hours (es), Gmail (Workspace), Q-encoded UTF-8 subject, long chain + DKIM
d = D('CET', 3, 6, 13, 52)
body = """Hola equipo:

En Zaragoza estamos organizando jornadas de selecci\u00f3n los s\u00e1bados por la ma\u00f1ana para la campa\u00f1a de verano (mozos de almac\u00e9n y carretilleros). Si un s\u00e1bado nos falla algo de GoodTime, \u00bfhay alguien de GoodTime al otro lado o nos toca aguantarnos hasta el lunes? \u00bfY c\u00f3mo les contactamos en ese caso?

Gracias,
Luc\u00eda

--
Luc\u00eda Mart\u00edn G\u00f3mez
T\u00e9cnica de Selecci\u00f3n \u00b7 Harrowgate Logistics Espa\u00f1a S.L.
Plataforma Log\u00edstica PLAZA, Calle Osca 8 \u00b7 50197 Zaragoza
Tel. +34 976 555 214"""
part = gmail_alt(body)
top = rx_gmail(d, 7) + [dkim('harrowgatelogistics.es', d, 'google', 'mime-version:from:date:message-id:subject:to:content-type'),
                        authres('harrowgatelogistics.es', '209.85.208.%d' % R.randint(10, 99)),
                        'MIME-Version: 1.0', 'From: ' + addr('Luc\u00eda Mart\u00edn G\u00f3mez', 'lucia.martin@harrowgatelogistics.es', 'q'),
                        'Date: ' + d.hdr, 'Message-ID: ' + mid_gmail(),
                        'Subject: ' + ew_fold('Jornadas de selecci\u00f3n en s\u00e1bado - \u00bfsoporte de GoodTime?', 'q'),
                        'To: ' + TO1]
reg('Q12', 'question', 'auto_reply', 'support-hours', 'es',
    'gmail;multipart-alternative;qp;rfc2047-q-utf8;received-chain;dkim;auth-results', 'soporte un s\u00e1bado',
    message(top, part))

# ---- Q13 product-board (es), Outlook HTML-only cp1252 with legal notice
d = D('CET', 2, 20, 12, 30)
mid = mid_outlook_eu()
body = """Buenos d\u00edas:

En el equipo de selecci\u00f3n de Madrid y Zaragoza nos han ido saliendo varias ideas de cosas que echamos en falta en GoodTime, sobre todo para cuando entrevistamos a conductores que est\u00e1n en ruta. No quiero llenaros el buz\u00f3n con cada ocurrencia: \u00bfexiste alg\u00fan sitio donde podamos dejar estas propuestas para que las vea la gente de producto de GoodTime? \u00bfY se puede ver lo que ya han propuesto otros clientes, para no repetir?

Un saludo,
\u00cd\u00f1igo Echeverr\u00eda
Responsable de Operaciones \u2013 Zaragoza
Harrowgate Logistics Espa\u00f1a S.L.

AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario, pudiendo contener informaci\u00f3n CONFIDENCIAL sometida a secreto profesional. No est\u00e1 permitida su reproducci\u00f3n o distribuci\u00f3n sin la autorizaci\u00f3n expresa de Harrowgate Logistics Espa\u00f1a S.L. Si usted no es el destinatario final, por favor elim\u00ednelo e inf\u00f3rmenos por esta v\u00eda inmediatamente. Si ha recibido este mensaje por error, le rogamos que no lo utilice."""
top = rx_long_int(d, 4) + outlook_top(addr('Echeverr\u00eda, \u00cd\u00f1igo', 'inigo.echeverria@harrowgatelogistics.es', 'b'),
                                      TO1, ew_q('Sugerencias de mejora para GoodTime \u00bfd\u00f3nde?', 'iso-8859-1'),
                                      d, mid, lang='es-ES')
reg('Q13', 'question', 'auto_reply', 'product-board', 'es',
    'outlook-html-only;qp;windows-1252;rfc2047-q-iso;rfc2047-b-from;disclaimer', 'd\u00f3nde proponer ideas',
    message(top, ol_html(body, lang='ES')))

# ---- Q14 candidate-availability-request (es), US shift lead, iPhone, lowercase, no Message-ID
d = D('CT', 3, 17, 23, 41)
body = """hola, soy carlos del turno de noche en el almacen de wilmer (dallas). me dieron acceso a goodtime para entrevistar a montacarguistas

como le hago para pedirle al candidato que me marque los dias y horas que tiene libres?? asi yo despues armo la entrevista con el otro supervisor. ahorita lo estoy haciendo por mensaje de texto y es un relajo

gracias

Enviado desde mi iPhone"""
top = rx_int(d, 3) + ['Content-Type: text/plain;\n\tcharset=utf-8', 'Content-Transfer-Encoding: quoted-printable',
                      'From: Carlos Mendoza <carlos.mendoza@' + HL + '>', 'Mime-Version: 1.0 (1.0)',
                      'Date: ' + d.hdr, 'Subject: pregunta goodtime', 'To: ' + TO2,
                      'X-Mailer: iPhone Mail (22D72)']
reg('Q14', 'question', 'auto_reply', 'candidate-availability-request', 'es',
    'iphone;plain;qp;lowercase;typos;mobile-sig;no-message-id;night', 'pedir disponibilidad al candidato',
    message(top, ([], _enc(body.encode('utf-8'), 'quoted-printable'))))

# ---- Q15 room-booking (es), raw windows-1252 subject, Outlook alt iso-8859-1
d = D('CET', 3, 2, 16, 19)
mid = mid_outlook_eu()
body = """Hola,

Para las entrevistas presenciales de la semana que viene en la nave 2 de Zaragoza quer\u00eda que GoodTime me reservara tambi\u00e9n la sala, igual que hace con los calendarios de los entrevistadores. El problema es que la sala \u00abEbro\u00bb (la de la planta baja, al lado de recepci\u00f3n) no me aparece por ning\u00fan lado, solo me salen las salas de oficinas centrales.

\u00bfQu\u00e9 tengo que hacer para que GoodTime la tenga en cuenta?

Muchas gracias,
Nuria Pe\u00f1a
Dpto. de Personas - Harrowgate Logistics Espa\u00f1a"""
subj = 'Reserva de sala para entrevistas presenciales \u2013 nave 2 (Zaragoza)'.encode('cp1252')
part = ol_alt(body, cs='iso-8859-1', lang='ES')
top = rx_long_int(d, 3) + outlook_top(addr('Pe\u00f1a, Nuria', 'nuria.pena@harrowgatelogistics.es', 'q', 'iso-8859-1'),
                                      TO4, subj, d, mid, lang='es-ES', topic=subj)
reg('Q15', 'question', 'auto_reply', 'room-booking', 'es',
    'outlook;multipart-alternative;qp;iso-8859-1;raw-cp1252-subject', 'la sala no aparece',
    message(top, part))

# ---- Q16 time-zones (es), Thunderbird 8bit, B-encoded From
d = D('CET', 2, 11, 10, 2)
body = """Hola,

Tengo un candidato para jefe de tr\u00e1fico que vive en Las Palmas, y los dos entrevistadores est\u00e1n en Madrid. All\u00ed es una hora menos. Me da miedo que le llegue la convocatoria con la hora peninsular y se conecte tarde (o una hora antes, que ya nos ha pasado).

\u00bfC\u00f3mo me aseguro en GoodTime de que el candidato vea la hora correcta de su zona? \u00bfHay que tocar algo?

Gracias de antemano,
Bea

-- 
Beatriz Ortu\u00f1o
Selecci\u00f3n \u00b7 Harrowgate Logistics Espa\u00f1a \u00b7 Madrid (Coslada)
"""
top = received(d, ['exo-internal', 'exo-fe', 'eop-in', 'eop-from-gmail']) + [
    'Message-ID: ' + mid_tb('harrowgatelogistics.es'), 'Date: ' + d.hdr, 'MIME-Version: 1.0',
    'User-Agent: Mozilla Thunderbird', 'Content-Language: es-ES', 'To: ' + TO1,
    'From: ' + addr('Beatriz Ortu\u00f1o', 'beatriz.ortuno@harrowgatelogistics.es', 'b'),
    'Subject: Candidato en Canarias: hora de la entrevista']
reg('Q16', 'question', 'auto_reply', 'time-zones', 'es',
    'thunderbird;plain;base64;windows-1252;rfc2047-b-from', 'candidato en otra zona horaria',
    message(top, text(body, 'plain', 'windows-1252', 'base64', csq=False)))

# ================================================================= QUESTIONS answered (fr)

FR_DISC = ("Ce message et toutes les pi\u00e8ces jointes sont CONFIDENTIELS et \u00e9tablis \u00e0 l'intention exclusive de "
           "leurs destinataires. Toute utilisation ou diffusion non autoris\u00e9e est interdite. Si vous avez re\u00e7u ce "
           "message par erreur, merci d'en avertir imm\u00e9diatement l'exp\u00e9diteur et de le d\u00e9truire. "
           "Harrowgate Logistics France SAS \u2013 RCS Lyon 812 555 301.")

# ---- Q17 chat-bubble (fr), Outlook HTML-only cp1252
d = D('CET', 3, 12, 9, 48)
mid = mid_outlook_eu()
body = """Bonjour,

Lors de la formation, on nous a dit qu\u2019on pouvait \u00e9crire directement au support GoodTime via une petite bulle en bas de l\u2019\u00e9cran. Je l\u2019ai cherch\u00e9e partout ce matin, impossible de la trouver. J\u2019\u00e9tais sur la page de planification qu\u2019on re\u00e7oit par mail (le lien dans la notification) et il n\u2019y a rien en bas \u00e0 droite.

Est-ce que je regarde au mauvais endroit, ou est-ce qu\u2019il faut un acc\u00e8s particulier ?

Merci d\u2019avance,
\u00c9lodie Marchand
Charg\u00e9e de recrutement \u2013 Lyon Saint-Priest
Harrowgate Logistics France"""
top = rx_long_int(d, 3) + outlook_top(addr('Marchand, \u00c9lodie', 'elodie.marchand@harrowgatelogistics.fr', 'q', 'iso-8859-1'),
                                      TO1, ew_q('O\u00f9 est la \u00ab bulle \u00bb du support ?', 'iso-8859-1'),
                                      d, mid, lang='fr-FR')
reg('Q17', 'question', 'auto_reply', 'chat-bubble', 'fr',
    'outlook-html-only;qp;windows-1252;rfc2047-q-iso', 'ne trouve pas la bulle (pas connect\u00e9e)',
    message(top, ol_html(body, lang='FR')))

# ---- Q18 escalation-path (fr), Apple Mail, Q-encoded iso-8859-1 subject split mid-word
d = D('CET', 2, 23, 14, 6)
subj_txt = 'Qui contacter pour quoi ? (GoodTime / support / \u00e9quipe projet)'
subj = ew_split(subj_txt, 50, 'q', 'iso-8859-1')
body = """Bonjour \u00e0 tous,

Je m\u2019occupe du recrutement des caristes et des pr\u00e9parateurs sur le site de Saint-Priest en plus de l\u2019exploitation, donc je ne suis pas un expert de l\u2019outil. Honn\u00eatement, je ne sais jamais vers qui me tourner : vous, le support de GoodTime directement, ou la personne chez GoodTime qui suit notre compte. Et pour une id\u00e9e d\u2019am\u00e9lioration, c\u2019est encore ailleurs ?

Y a-t-il une r\u00e8gle simple, du genre \u00ab pour tel sujet, voir telle personne \u00bb, que je pourrais afficher dans le bureau des chefs d\u2019\u00e9quipe ?

Merci,
Fran\u00e7ois Lef\u00e8vre
Responsable de site \u2013 Lyon Saint-Priest"""
part = apple_alt(body)
top = rx_long_int(d, 4) + ['From: ' + addr('Fran\u00e7ois Lef\u00e8vre', 'francois.lefevre@harrowgatelogistics.fr', 'q', 'iso-8859-1'),
                           'Content-Type: ' + part[0][0].split(': ', 1)[1],
                           'Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.500.181.1.5\\))',
                           'Subject: ' + subj, 'Message-Id: ' + mid_apple('harrowgatelogistics.fr'),
                           'Date: ' + d.hdr, 'To: ' + TO1, 'X-Mailer: Apple Mail (2.3826.500.181.1.5)']
reg('Q18', 'question', 'auto_reply', 'escalation-path', 'fr',
    'apple-mail;multipart-alternative;qp;rfc2047-q-iso;rfc2047-split;rfc2047-q-iso-from', 'quel canal pour quel sujet',
    message(top, (part[0][1:], part[1])))

# ---- Q19 candidate-itinerary (fr), reply on unrelated thread, iPhone
d = D('CET', 3, 10, 7, 54)
body = """Rien \u00e0 voir avec les badges, mais une question vite fait : j\u2019ai remplac\u00e9 un des deux intervieweurs pour l\u2019entretien de mercredi (M. Caron est en cong\u00e9) et le candidat a encore le r\u00e9capitulatif avec l\u2019ancien nom. Comment je lui renvoie la version \u00e0 jour depuis GoodTime ?

Merci !
H\u00e9l\u00e8ne

Envoy\u00e9 de mon iPhone

> Le 9 mars 2026 \u00e0 10:02, Aur\u00e9lien Roussel <aurelien.roussel@harrowgatelogistics.fr> a \u00e9crit :
>
> \ufeffBonjour,
>
> Les badges d\u2019acc\u00e8s des int\u00e9rimaires qui commencent lundi sont pr\u00eats \u00e0 l\u2019accueil.
> Merci de pr\u00e9venir les chefs d\u2019\u00e9quipe qu\u2019ils doivent passer les r\u00e9cup\u00e9rer avant
> 7h, le poste de garde ne les d\u00e9livre plus le week-end.
>
> Bonne journ\u00e9e,
> Aur\u00e9lien
"""
top = rx_long_int(d, 3) + ['Content-Type: text/plain;\n\tcharset=utf-8', 'Content-Transfer-Encoding: quoted-printable',
                           'From: ' + addr('H\u00e9l\u00e8ne Br\u00e9hault', 'helene.brehault@harrowgatelogistics.fr', 'q'),
                           'Mime-Version: 1.0 (1.0)', 'Date: ' + d.hdr,
                           'Subject: ' + ew_q('Re: Badges d\u2019acc\u00e8s pour les int\u00e9rimaires'),
                           'Message-Id: ' + mid_apple('harrowgatelogistics.fr'),
                           'References: ' + mid_outlook_eu(), 'In-Reply-To: ' + mid_outlook_eu(),
                           'Cc: Aur\u00e9lien Roussel <aurelien.roussel@harrowgatelogistics.fr>',
                           'To: ' + TO2, 'X-Mailer: iPhone Mail (22D82)']
reg('Q19', 'question', 'auto_reply', 'candidate-itinerary', 'fr',
    'iphone;plain;qp;reply-offtopic;gt-quote;mobile-sig;raw-utf8-cc', 'renvoyer le r\u00e9capitulatif \u00e0 jour',
    message(top, ([], _enc(body.encode('utf-8'), 'quoted-printable'))))

# ---- Q20 interview-templates (fr), Outlook alt with base64 parts
d = D('CET', 2, 25, 15, 37)
mid = mid_outlook_eu()
body = """Bonjour,

Chaque fois que je planifie un entretien pour le poste de cariste CACES R489 \u00e0 Saint-Priest, GoodTime me propose automatiquement un entretien de 90 minutes avec Jean-Marc Fabre comme intervieweur. Or Jean-Marc a quitt\u00e9 l\u2019entreprise en janvier, et l\u2019entretien ne dure plus que 45 minutes depuis l\u2019an dernier.

Je corrige \u00e0 la main \u00e0 chaque fois, mais comment faire pour que ce soit juste pour tout le monde une bonne fois pour toutes ? Et qui a le droit de faire la modification ?

Bonne journ\u00e9e,
C\u00e9line Dub\u0153uf
Charg\u00e9e RH \u2013 Harrowgate Logistics France"""
part = ol_alt(body, cs='utf-8', cte='base64', lang='FR')
top = rx_long_int(d, 2) + outlook_top(addr('Dub\u0153uf, C\u00e9line', 'celine.duboeuf@harrowgatelogistics.fr', 'b'),
                                      TO1, ew_b('Entretiens caristes : dur\u00e9e et intervieweur par d\u00e9faut'),
                                      d, mid, lang='fr-FR')
reg('Q20', 'question', 'auto_reply', 'interview-templates', 'fr',
    'outlook;multipart-alternative;base64;utf-8;rfc2047-b', 'mauvais r\u00e9glages par d\u00e9faut pour un poste',
    message(top, part))

# ---- Q21 self-scheduling-link (fr), raw UTF-8 subject, Outlook for Mac plain+html
d = D('CET', 3, 3, 11, 20)
mid = mid_outlook_eu()
body = """Bonjour,

Pour les pr\u00e9-qualifications t\u00e9l\u00e9phoniques (15 min) des pr\u00e9parateurs de commandes, je passe un temps fou \u00e0 \u00e9changer des mails avec les candidats pour trouver un horaire. Est-ce qu\u2019il existe dans GoodTime un moyen d\u2019envoyer au candidat un lien pour qu\u2019il r\u00e9serve lui-m\u00eame le moment qui lui convient, parmi mes disponibilit\u00e9s ?

Merci beaucoup,
Aur\u00e9lien Roussel
Recruteur \u2013 Lyon Saint-Priest"""
part = ol_alt(body, cs='utf-8', lang='FR')
top = rx_long_int(d, 2) + outlook_top('Aur\u00e9lien Roussel <aurelien.roussel@harrowgatelogistics.fr>', TO3,
                                      'Entretiens t\u00e9l\u00e9phoniques \u2013 le candidat peut-il choisir son cr\u00e9neau ?',
                                      d, mid, lang='fr-FR', extra=['X-Mailer: Microsoft Outlook 16.0'])
reg('Q21', 'question', 'auto_reply', 'self-scheduling-link', 'fr',
    'outlook-mac;multipart-alternative;qp;raw-utf8-subject;raw-utf8-from', 'le candidat choisit lui-m\u00eame',
    message(top, part))

# ================================================================= QUESTIONS answered (pt)

# ---- Q22 internal-project-team (pt), Outlook HTML-only cp1252
d = D('WET', 1, 14, 9, 33)
mid = mid_outlook_eu()
body = """Ol\u00e1,

Entrei esta semana para a equipa de recrutamento da Maia e ainda estou a perceber como funcionam as coisas por c\u00e1. Deram-me este endere\u00e7o para d\u00favidas sobre o GoodTime, mas tamb\u00e9m vi que a GoodTime tem o seu pr\u00f3prio apoio.

Quando tiver uma d\u00favida, devo escrever-vos sempre a v\u00f3s primeiro? Que tipo de assuntos \u00e9 que tratam aqui e quais \u00e9 que devo mandar diretamente para a GoodTime?

Obrigada,
In\u00eas Ara\u00fajo
T\u00e9cnica de Recrutamento
Harrowgate Logistics Portugal, Lda. | Maia"""
top = rx_long_int(d, 3) + outlook_top(addr('Ara\u00fajo, In\u00eas', 'ines.araujo@harrowgatelogistics.pt', 'q'),
                                      TO1, ew_q('D\u00favida - para que serve esta linha de apoio?'),
                                      d, mid, lang='pt-PT')
reg('Q22', 'question', 'auto_reply', 'internal-project-team', 'pt',
    'outlook-html-only;qp;windows-1252;rfc2047-q-utf8', 'para que serve a linha de apoio',
    message(top, ol_html(body, lang='PT')))

# ---- Q23 calendar-sync (pt), Outlook HTML-only base64 utf-8
d = D('WET', 2, 3, 8, 41)
mid = mid_outlook_eu()
body = """Bom dia,

Ontem tive de mudar a password do Microsoft 365 (tinha expirado) e desde a\u00ed o GoodTime mostra-me como dispon\u00edvel o dia inteiro, mesmo com reuni\u00f5es marcadas de manh\u00e3 \u00e0 noite. J\u00e1 me marcaram uma entrevista por cima da reuni\u00e3o de turno das 8h.

O que tenho de fazer para o GoodTime voltar a ver o meu calend\u00e1rio?

Cumprimentos,
Jo\u00e3o Gon\u00e7alves
Diretor de Armaz\u00e9m \u2013 Alverca
Harrowgate Logistics Portugal, Lda."""
top = rx_long_int(d, 2) + outlook_top(addr('Gon\u00e7alves, Jo\u00e3o', 'joao.goncalves@harrowgatelogistics.pt', 'b'),
                                      TO2, 'GoodTime mostra-me livre o dia todo', d, mid, lang='pt-PT')
reg('Q23', 'question', 'auto_reply', 'calendar-sync', 'pt',
    'outlook-html-only;base64;utf-8;rfc2047-b-from', 'calend\u00e1rio deixou de ser lido ap\u00f3s mudar password',
    message(top, ol_html(body, cs='utf-8', cte='base64', lang='PT')))

# ---- Q24 conference-links (pt-BR at Newark), base64 plain, iPhone
d = D('ET', 3, 18, 12, 9, style='nozero')
body = """Oi pessoal, tudo bem?

Desde que comecei aqui em Newark eu venho copiando e colando o link do Teams em cada convite de entrevista, porque achei que era assim mesmo. Uma colega do turno da tarde falou que o GoodTime pode criar o link sozinho. \u00c9 verdade? Onde eu escolho isso na hora de agendar?

Valeu!
Ana Paula

Enviado do meu iPhone
"""
top = rx_int(d, 3) + ['Content-Type: text/plain;\n\tcharset=utf-8', 'Content-Transfer-Encoding: base64',
                      'From: Ana Paula Ferreira <anapaula.ferreira@' + HL + '>', 'Mime-Version: 1.0 (1.0)',
                      'Date: ' + d.hdr, 'Subject: link do Teams nas entrevistas',
                      'Message-Id: ' + mid_apple(HL), 'To: ' + TO2, 'X-Mailer: iPhone Mail (22D82)']
reg('Q24', 'question', 'auto_reply', 'conference-links', 'pt',
    'iphone;plain;base64;utf-8;mobile-sig', 'link de v\u00eddeo autom\u00e1tico (pt-BR)',
    message(top, ([], _enc(body.encode('utf-8'), 'base64'))))

# ---- Q25 interviewer-training (pt), Gmail/Workspace, B-encoded subject, long chain + DKIM + ARC
d = D('WET', 3, 4, 16, 55)
body = """Ol\u00e1 a todos,

Temos dois novos chefes de turno no armaz\u00e9m da Maia (o Rui e a Filipa) que ainda n\u00e3o fizeram entrevistas. A ideia era eles primeiro assistirem a algumas entrevistas com algu\u00e9m mais experiente, depois conduzirem eles com algu\u00e9m a observar, e s\u00f3 ent\u00e3o ficarem sozinhos.

Isto consegue-se gerir no GoodTime, ou temos de controlar \u00e0 parte numa folha de Excel? E quantas entrevistas de cada tipo \u00e9 que costumam ser precisas?

Obrigado,
Tiago Sim\u00f5es
Recrutamento \u2013 Harrowgate Logistics Portugal"""
part = gmail_alt(body)
top = rx_gmail(d, 6) + arc(d, 'harrowgatelogistics.pt') + [
    dkim('harrowgatelogistics.pt', d, 'google', 'mime-version:from:date:message-id:subject:to:content-type'),
    authres('harrowgatelogistics.pt', '209.85.128.%d' % R.randint(10, 99)),
    'MIME-Version: 1.0', 'From: ' + addr('Tiago Sim\u00f5es', 'tiago.simoes@harrowgatelogistics.pt', 'b'),
    'Date: ' + d.hdr, 'Message-ID: ' + mid_gmail(),
    'Subject: ' + ew_fold('Novos chefes de turno - acompanhar entrevistas antes de entrevistarem sozinhos', 'b'),
    'To: ' + TO2]
reg('Q25', 'question', 'auto_reply', 'interviewer-training', 'pt',
    'gmail;multipart-alternative;qp;rfc2047-b;received-chain;dkim;arc;auth-results', 'acompanhar entrevistas antes de ficar sozinho',
    message(top, part))

# ---- Q26 interviewer-decline (pt), reply on unrelated Outlook thread (De:/Enviado:)
d = D('WET', 3, 13, 10, 12)
mid = mid_outlook_eu()
body = """Aproveito este email para uma pergunta que n\u00e3o tem nada a ver com f\u00e9rias: quando um entrevistador recusa o convite do GoodTime (aconteceu-me duas vezes esta semana), qual \u00e9 a melhor forma de agir? Procuro logo outra pessoa ou remarco a entrevista com o candidato?

Obrigada,
Concei\u00e7\u00e3o Magalh\u00e3es
Coordenadora de Recrutamento \u2013 Maia"""
quote = ([('De:', 'In\u00eas Ara\u00fajo <ines.araujo@harrowgatelogistics.pt>'),
          ('Enviado:', 'quinta-feira, 12 de mar\u00e7o de 2026 17:48'),
          ('Para:', 'Concei\u00e7\u00e3o Magalh\u00e3es <conceicao.magalhaes@harrowgatelogistics.pt>; Linha de Apoio GoodTime <helpline@harrowgatelogistics.com>'),
          ('Assunto:', 'Mapa de f\u00e9rias 2026 \u2013 equipa de recrutamento')],
         """Ol\u00e1 Concei\u00e7\u00e3o,

Segue o mapa de f\u00e9rias atualizado. Falta s\u00f3 confirmares a tua segunda quinzena de agosto para fecharmos com os RH at\u00e9 dia 20.

Beijinhos,
In\u00eas""")
part = ol_alt(body, cs='utf-8', lang='PT', quote=quote)
top = rx_long_int(d, 2) + outlook_top(addr('Magalh\u00e3es, Concei\u00e7\u00e3o', 'conceicao.magalhaes@harrowgatelogistics.pt', 'q'),
                                      TO1, ew_q('RE: Mapa de f\u00e9rias 2026 - equipa de recrutamento'),
                                      d, mid, lang='pt-PT', inreply=mid_outlook_eu())
reg('Q26', 'question', 'auto_reply', 'interviewer-decline', 'pt',
    'outlook;multipart-alternative;qp;reply-offtopic;outlook-quote-block;rfc2047-q-utf8', 'entrevistador recusou',
    message(top, part))

# ================================================================= QUESTIONS no article answers

# ---- N1 SMS to candidates (en)
d = D('CT', 2, 16, 10, 44)
mid = mid_outlook()
body = """Hi there,

A lot of our CDL driver candidates basically live on their phones and don\u2019t check e-mail until days later, so the interview confirmations from GoodTime get missed. Can GoodTime send candidates a text message (SMS) instead of, or on top of, the e-mail? If it can, is that something we have turned on here, and do candidates have to opt in to receive texts?

Thanks!
Nicole

Nicole Baptiste
Recruiting Coordinator | Memphis Cross-Dock Hub
Harrowgate Logistics"""
top = rx_int(d, 2) + outlook_top(addr('Baptiste, Nicole', 'nicole.baptiste@' + HL), TO1, 'Texting candidates?', d, mid)
reg('N1', 'question', 'forward_support', 'none', 'en', 'outlook;multipart-alternative;qp',
    'SMS to candidates not covered', message(top, ol_alt(body)))

# ---- N2 SSO / login URL (en), two topics, Outlook HTML-only utf-8
d = D('ET', 3, 9, 8, 12)
mid = mid_outlook()
body = """Hi,

We\u2019re building the onboarding checklist for the new recruiting coordinators (three start at Memphis and Reno on the 16th). Two questions from the IT side:

1. Is GoodTime federated through Okta like our other HR apps, or do people sign in with their Microsoft account directly? I don\u2019t see a GoodTime tile in the Okta admin console.
2. What\u2019s the exact URL we should give them to log in on day one?

Thanks,
Omar Haddad
Systems Engineer, Enterprise Applications
Harrowgate Logistics | Tech Team
""" + COLUMBUS
top = rx_int(d, 3) + outlook_top(addr('Haddad, Omar', 'omar.haddad@' + HL), TO1, 'GoodTime login URL / Okta tile?', d, mid)
reg('N2', 'question', 'forward_support', 'none', 'en', 'outlook-html-only;qp;utf-8;two-topics',
    'SSO and login URL', message(top, ol_html(body, cs='utf-8')))

# ---- N3 data retention (en), careful, long sig + disclaimer, received chain + DKIM
d = D('ET', 3, 5, 14, 26)
mid = mid_outlook()
body = """Good afternoon,

Our Legal team is updating the candidate privacy notice for the Tampa Customer Service Center and the US hubs, and they\u2019ve asked me to confirm a few points about GoodTime specifically:

- How long does GoodTime keep candidate information (names, e-mail addresses, availability, interview history) after a candidate is rejected or hired?
- Can a candidate\u2019s data be deleted on request, and if so, who would do it?
- Is that data stored in the US?

I understand some of this may need to come from GoodTime directly. If so, could you point me to the right contact or document? Legal would like an answer by March 20.

Kind regards,
Kim

""" + sig_us('Kim Albright', 'HR Business Partner \u2013 Customer Service Center', 'Tampa Customer Service Center',
             TAMPA, '+1 813-555-0188', None, 'kim.albright@harrowgatelogistics.com') + '\n\n' + DISC_US
top = rx_long_int(d, 6) + [dkim(HL, d)] + arc(d) + [authres(HL)] + \
    outlook_top(addr('Albright, Kim', 'kim.albright@' + HL), TO1,
                'Candidate data retention in GoodTime \u2013 request from Legal'.encode('utf-8'), d, mid)
reg('N3', 'question', 'forward_support', 'none', 'en',
    'outlook;multipart-alternative;qp;long-sig;disclaimer;received-chain;dkim;arc;auth-results;raw-utf8-subject',
    'data retention / privacy', message(top, ol_alt(body)))

# ---- N4 Edge extension (en), Outlook plain-text mode
d = D('ET', 3, 19, 16, 3)
mid = mid_outlook()
body = """Team -

Desktop engineering is moving all hub kiosk and shared PCs to Edge-only (Chrome removed) starting April 6. Some of the coordinators at Reno told us they use a GoodTime extension in Chrome. Does GoodTime have an Edge version of that extension, and is there anything that breaks for recruiters if we pull Chrome? Need to know before we finalize the package next week.

Steve Huang
IT Endpoint Engineering
Harrowgate Logistics
"""
top = rx_int(d, 2) + outlook_top(addr('Huang, Steve', 'steve.huang@' + HL), TO2, 'GoodTime browser extension + Edge', d, mid)
reg('N4', 'question', 'forward_support', 'none', 'en', 'outlook-plain;qp;us-ascii',
    'browser extension on Edge', message(top, text(body, 'plain', 'us-ascii', 'quoted-printable')))

# ---- N5 Workday / HRIS (en), Apple Mail forward
d = D('ET', 2, 12, 11, 31)
new = """Forwarding this from Heather on the HRIS side \u2014 do we know the answer? I don\u2019t.

Megan"""
fwd = """

Begin forwarded message:

From: Heather Sloan <heather.sloan@harrowgatelogistics.com>
Subject: GoodTime -> Workday?
Date: February 11, 2026 at 5:47:12 PM EST
To: Megan O'Leary <megan.oleary@harrowgatelogistics.com>

Hi Megan,

We\u2019re mapping every system that touches Workday for the SOX walkthrough next month. Does GoodTime send anything to Workday when a candidate is hired (start date, interview panel, anything), or is it only connected to iCIMS? If it does, what fields, and does it go through an API user we should know about?

Thanks,
Heather

Heather Sloan
HRIS Analyst | Harrowgate Logistics
"""
part = apple_alt(new, fwd)
top = rx_int(d, 3) + ['From: ' + addr("Megan O'Leary", 'megan.oleary@' + HL),
                      'Content-Type: ' + part[0][0].split(': ', 1)[1],
                      'Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))',
                      'Subject: Fwd: GoodTime -> Workday?', 'Message-Id: ' + mid_apple(HL),
                      'References: ' + mid_outlook(), 'Date: ' + d.hdr, 'To: ' + TO1,
                      'X-Mailer: Apple Mail (2.3826.400.131.1.6)']
reg('N5', 'question', 'forward_support', 'none', 'en', 'apple-mail;multipart-alternative;qp;forwarded-apple',
    'HRIS integration', message(top, (part[0][1:], part[1])))

# ---- N6 which address do candidate invites come from (en), Apple Mail
d = D('CT', 3, 16, 8, 57)
body = """Quick one \u2014 a couple of driver candidates have told my team they weren\u2019t sure the interview e-mail was legit because it \u201cdidn\u2019t come from Harrowgate\u201d. Which address do the GoodTime e-mails to candidates actually come from: the recruiter\u2019s own mailbox, a GoodTime address, something else? And can we change it?

I\u2019d like to tell people what to look out for.

Chris Donnelly
Fleet Operations Manager | Memphis Cross-Dock Hub
Harrowgate Logistics"""
part = apple_alt(body)
top = rx_int(d, 2) + ['From: Chris Donnelly <chris.donnelly@' + HL + '>',
                      'Content-Type: ' + part[0][0].split(': ', 1)[1],
                      'Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))',
                      'Subject: who do candidates see the invite from?', 'Message-Id: ' + mid_apple(HL),
                      'Date: ' + d.hdr, 'To: ' + TO1, 'X-Mailer: Apple Mail (2.3826.400.131.1.6)']
reg('N6', 'question', 'forward_support', 'none', 'en', 'apple-mail;multipart-alternative;qp',
    'sender address of candidate e-mails', message(top, (part[0][1:], part[1])))

# ---- N7 interview recordings (en), reply with -----Original Message----- on unrelated announcement
d = D('CT', 3, 4, 7, 15)
mid = mid_outlook()
body = """Different topic but figured I\u2019d ask here \u2014 does GoodTime record the video interviews or keep any kind of transcript/notes? One of my leads asked if he could re-watch a dispatcher interview he missed part of. If not, no worries, just want to know what to tell him.

Rob

-----Original Message-----
From: GoodTime Help Line <helpline@harrowgatelogistics.com>
Sent: Monday, March 2, 2026 8:01 AM
To: Recruiting - All US <recruiting-us@harrowgatelogistics.com>
Subject: Help line coverage during the March 6 all-hands

Hi all,

Heads-up that the help line will be unstaffed from 12:00 to 3:00 PM ET on Friday, March 6 while the team is at the all-hands in Columbus. Messages sent during that window will be picked up the same afternoon.

Thanks,
Recruiting Operations
"""
top = rx_int(d, 2) + outlook_top(addr('Castellano, Rob', 'rob.castellano@' + HL), TO1,
                                 'RE: Help line coverage during the March 6 all-hands', d, mid, inreply=mid_outlook())
reg('N7', 'question', 'forward_support', 'none', 'en', 'outlook-plain;qp;reply-offtopic;original-message',
    'interview recordings', message(top, text(body, 'plain', 'utf-8', 'quoted-printable')))

# ---- N8 UI language (de), base64 iso-8859-1 plain, Q-encoded iso subject
d = D('CET', 2, 9, 14, 22)
mid = '<%s@DEDUI-EXCH02.hgl.local>' % rhex(32, upper=False)
body = """Moin zusammen,

einige unserer Schichtleiter im Au\u00dfenlager Hamburg-Billbrook tun sich mit der englischen Oberfl\u00e4che von GoodTime ziemlich schwer. Kann man die Sprache irgendwo auf Deutsch umstellen \u2013 pro Benutzer oder f\u00fcr den ganzen Standort? Und wenn ja, wie?

Danke und Gru\u00df
Malte Br\u00fcnink
Recruiting Nord \u2013 Harrowgate Logistics GmbH
""".replace('\u2013', '-')
top = rx_ext(d, 5) + outlook_top(addr('Br\u00fcnink, Malte', 'malte.bruenink@harrowgatelogistics.de', 'q', 'iso-8859-1'),
                                 TO1, ew_q('Sprache der Oberfl\u00e4che - geht auch Deutsch?', 'iso-8859-1'),
                                 d, mid, lang='de-DE')
reg('N8', 'question', 'forward_support', 'none', 'de',
    'outlook-onprem;plain;base64;iso-8859-1;rfc2047-q-iso;received-chain', 'Oberfl\u00e4che auf Deutsch',
    message(top, text(body, 'plain', 'iso-8859-1', 'base64')))

# ---- N9 mobile app (es), Outlook HTML-only cp1252
d = D('CET', 3, 16, 18, 5)
mid = mid_outlook_eu()
body = """Hola,

Los jefes de turno de la nave de Zaragoza pasan casi todo el d\u00eda en el muelle y no tienen ordenador a mano. \u00bfGoodTime tiene aplicaci\u00f3n para el m\u00f3vil (Android) para ver las entrevistas del d\u00eda y aceptarlas o rechazarlas? Si existe, \u00bfc\u00f3mo la instalamos en los m\u00f3viles de empresa?

Saludos,
Rub\u00e9n Salas
Jefe de Almac\u00e9n \u2013 Zaragoza
Harrowgate Logistics Espa\u00f1a S.L."""
top = rx_long_int(d, 2) + outlook_top(addr('Salas, Rub\u00e9n', 'ruben.salas@harrowgatelogistics.es', 'q', 'iso-8859-1'),
                                      TO1, ew_q('\u00bfApp de GoodTime para el m\u00f3vil?', 'iso-8859-1'),
                                      d, mid, lang='es-ES')
reg('N9', 'question', 'forward_support', 'none', 'es', 'outlook-html-only;qp;windows-1252;rfc2047-q-iso',
    'app m\u00f3vil', message(top, ol_html(body, lang='ES')))

# ---- N10 RGPD retention (fr), Outlook alt, long sig + disclaimer
d = D('CET', 3, 18, 11, 3)
mid = mid_outlook_eu()
body = """Bonjour,

Dans le cadre de la mise \u00e0 jour de notre registre des traitements (RGPD), notre DPO me demande combien de temps GoodTime conserve les donn\u00e9es des candidats (coordonn\u00e9es, disponibilit\u00e9s, historique des entretiens) et dans quel pays elles sont h\u00e9berg\u00e9es. Avez-vous cette information, ou faut-il la demander directement \u00e0 GoodTime ?

Bien cordialement,

Sandrine Morel
Responsable Ressources Humaines France
Harrowgate Logistics France SAS
12 rue du Dauphin\u00e9 \u2013 69800 Saint-Priest
T\u00e9l. : +33 4 72 55 50 12

""" + FR_DISC
top = rx_long_int(d, 3) + outlook_top(addr('Morel, Sandrine', 'sandrine.morel@harrowgatelogistics.fr'), TO1,
                                      ew_fold('RGPD \u2013 dur\u00e9e de conservation des donn\u00e9es candidats dans GoodTime', 'q', 'utf-8', 30),
                                      d, mid, lang='fr-FR')
reg('N10', 'question', 'forward_support', 'none', 'fr',
    'outlook;multipart-alternative;qp;long-sig;disclaimer;rfc2047-q-utf8;folded-subject', 'RGPD conservation',
    message(top, ol_alt(body, lang='FR')))

# ================================================================= BUGS

# ---- B1 "quick question" over a self-scheduling bug (en), Outlook HTML-only cp1252
d = D('PT', 3, 11, 15, 2)
mid = mid_outlook()
body = """Hi,

Quick question, or maybe not so quick. On Monday I sent self-scheduling links to about a dozen candidates for the Reno dock associate phone screens. Three of them booked slots at 3:00 and 3:30 AM Pacific on Sunday \u2014 and the interviewer (Mike Adeyemi) is definitely not working then. His working hours in GoodTime are 7\u20134 Mon\u2013Fri and there\u2019s nothing odd on his calendar. A fourth candidate got a slot that overlaps Mike\u2019s standing safety meeting, which is marked Busy.

I\u2019ve double-checked the date range and the time zone on the links (Pacific). So the links are offering times that aren\u2019t actually free? I had to call all four candidates to rebook. Example candidate IDs: 48817 and 48821.

Lauren

Lauren Fisk
Recruiter \u2013 Reno Cross-Dock Hub
Harrowgate Logistics | """ + RENO + """
O: +1 775-555-0124"""
top = rx_int(d, 2) + outlook_top(addr('Fisk, Lauren', 'lauren.fisk@' + HL), TO1, 'quick question', d, mid)
reg('B1', 'bug', 'forward_support', '', 'en', 'outlook-html-only;qp;windows-1252;misleading-subject',
    'self-scheduling offers busy/off-hours slots', message(top, ol_html(body)))

# ---- B2 availability wrong after reconnecting (en), Outlook alt + PNG
d = D('ET', 3, 10, 11, 18)
mid = mid_outlook()
body = """Hello,

GoodTime keeps offering Greg Hollis (SVP Operations) for final-round slots on days when his calendar is completely blocked \u2014 e.g. Thursday, March 12, 1:00\u20133:00 PM ET, which is the quarterly ops review (shows as Busy in Outlook, not Tentative or Free).

What I\u2019ve already done: had Greg sign out of GoodTime and reconnect his Outlook calendar on Monday, confirmed his working hours and time zone (Eastern), and waited a day. No change. The attached screenshot shows the slot GoodTime suggested next to his calendar.

Two final-round candidates were nearly booked into that block. Could someone please look into this?

Thank you,
Priya

Priya Raman
Executive Assistant to Greg Hollis, SVP Operations
Harrowgate Logistics | Head Office
O: +1 614-555-0107"""
alt = ol_alt(body)
img = attach('image/png', 'GoodTime_vs_Outlook_0312.png', png(200, 110, 11), extra=())
part = multipart('mixed', [alt, img], ol_boundary())
top = rx_int(d, 2) + outlook_top(addr('Raman, Priya', 'priya.raman@' + HL), TO1,
                                 'Greg Hollis availability wrong in GoodTime \u2013 still wrong after reconnecting'.encode('utf-8'),
                                 d, mid, attach_=True)
reg('B2', 'bug', 'forward_support', '', 'en', 'outlook;multipart-mixed;multipart-alternative;qp;png;raw-utf8-subject',
    'busy calendar shown free after reconnect', message(top, part))

# ---- B3 Teams links missing (en), Outlook RTF -> plain + winmail.dat
d = D('CT', 2, 25, 9, 26)
mid = mid_outlook()
body = """Hi all,

Since yesterday afternoon a handful of the interviews I've scheduled in GoodTime have gone out with no Teams link. The invite body says "Microsoft Teams meeting" and then nothing underneath, no join link. The video option was set to Teams on all of them, same template I've been using since January. It's maybe 4 out of 10 interviews, not all of them.

I've been pasting links from my own calendar as a workaround. Next affected interview is Thursday so it's not on fire yet, but I'd like someone to look at it.

Shauna Whitfield
Recruiting Coordinator | Memphis Cross-Dock Hub
Harrowgate Logistics
"""
p1 = text(body, 'plain', 'us-ascii', '7bit')
tn = attach('application/ms-tnef', 'winmail.dat', winmail(3), extra=())
part = multipart('mixed', [p1, tn], ol_boundary())
top = rx_int(d, 2) + outlook_top(addr('Whitfield, Shauna', 'shauna.whitfield@' + HL), TO1,
                                 'Teams links missing on some interview invites', d, mid, attach_=True, tnef=True)
reg('B3', 'bug', 'forward_support', '', 'en', 'outlook;multipart-mixed;plain;7bit;winmail-dat',
    'conference links not generated', message(top, part))

# ---- B4 HIGH: DST offset on all candidate e-mails, all US sites (en)
d = D('CT', 3, 10, 7, 42)
mid = mid_outlook()
body = """Team,

Flagging something that is hitting every US site, not just mine.

Since the clocks changed on Sunday (March 8), candidate confirmation and reminder e-mails from GoodTime show interview times one hour EARLIER than the actual calendar invite. Example: Memphis fleet mechanic candidate, interview Tuesday 3/10 at 10:00 AM CT on the calendar; the confirmation e-mail says 9:00 AM CT. Interviewer invites look right \u2014 it\u2019s the candidate-facing e-mails.

I\u2019ve talked to the recruiting leads at Reno, Dallas, Joliet and the Tampa Customer Service Center and they\u2019re all seeing it. At least 7 candidates showed up an hour early yesterday and two logged on to video an hour late and were marked no-shows. Rough count is 120+ interviews on the books for the next two weeks.

This needs to go to GoodTime as a priority, and I think someone should make sure their account team knows too \u2014 it affects the whole company.

Tanya Brooks
Recruiting Manager, Central Region
Harrowgate Logistics | Memphis Cross-Dock Hub
""" + MEMPHIS + """
O: +1 901-555-0102 | M: +1 901-555-0189"""
subj = ('All US sites: interview times in candidate confirmations off by one hour since the time change\n'
        ' (Memphis, Reno, Dallas, Joliet, Tampa)')
top = rx_long_int(d, 10) + [dkim(HL, d)] + arc(d) + [authres(HL)] + \
    outlook_top(addr('Brooks, Tanya', 'tanya.brooks@' + HL), TO1, subj, d, mid,
                topic=subj.replace('\n', ''), extra=['Importance: high', 'X-Priority: 1'])
reg('B4', 'bug', 'forward_support+flag_csm', '', 'en',
    'outlook;multipart-alternative;qp;received-chain;dkim;arc;auth-results;folded-subject;crlf',
    'high impact: org-wide DST shift', message(top, ol_alt(body), crlf=True))

# ---- B5 HIGH: another candidate's data in an itinerary (en), Apple Mail forward + PDF
d = D('ET', 3, 5, 7, 58)
new = """Forwarding below. A candidate received an itinerary that included another candidate\u2019s name, phone number and r\u00e9sum\u00e9 link. I checked and it\u2019s real: the other person is a different applicant for the same CSR role. This is a privacy problem \u2014 please get it to GoodTime right away. I haven\u2019t sent anything else from that template since last night. Redacted copy attached.

Gloria"""
fwd = """

Begin forwarded message:

From: Destiny Carter <destinyc.1997@gmail.com>
Subject: Question about my interview confirmation
Date: March 4, 2026 at 8:17:44 PM EST
To: Gloria Ruiz <gloria.ruiz@harrowgatelogistics.com>

Hi Ms. Ruiz,

Thank you for the interview invite for Thursday. I think the email might have someone else\u2019s information in it? Under \u201cInterview details\u201d it lists a Marcus T. Jenkins with a phone number and a link to his resume. I didn\u2019t open it. Just wanted to let you know.

Destiny
"""
alt = apple_alt(new, fwd)
pdfd = pdf(['Interview itinerary - Customer Service Agent (Tampa)', 'Candidate: D. Carter',
            'Interview details: [REDACTED - second candidate name]', 'Phone: [REDACTED]',
            'Resume: [REDACTED LINK]', 'Thursday, March 5, 2026 - 10:00 AM ET'], 'itinerary_redacted')
att = attach('application/pdf', 'itinerary_redacted.pdf', pdfd, extra=())
part = multipart('mixed', [alt, att], apple_boundary())
top = rx_long_int(d, 5) + [authres(HL)] + \
    ['From: Gloria Ruiz <gloria.ruiz@' + HL + '>', 'Content-Type: ' + part[0][0].split(': ', 1)[1],
     'Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))',
     'Subject: Fwd: Question about my interview confirmation', 'Message-Id: ' + mid_apple(HL),
     'Date: ' + d.hdr, 'To: ' + TO1, 'Cc: Kim Albright <kim.albright@' + HL + '>',
     'X-Mailer: Apple Mail (2.3826.400.131.1.6)']
reg('B5', 'bug', 'forward_support+flag_csm', '', 'en',
    'apple-mail;multipart-mixed;multipart-alternative;qp;forwarded-apple;pdf;received-chain',
    'high impact: candidate data exposed', message(top, (part[0][1:], part[1])))

# ---- B6 reminders stopped (en), 8bit utf-8 plain with emoji, typos
d = D('ET', 3, 12, 17, 49)
body = """Hi, 

pretty sure the day-before reminder emails to candidates stopped going out sometime last week. we had them on for all the customer service agent interviews in tampa and candidates used to get one the afternoon before. since around 3/5 nobody is getting them, i asked 4 candidates this week and all said no reminder, checked spam too. emails on the candidates in iCIMS are right. confirmations still go out fine its just the reminders.

our no-shows went from like 2 a week to 9 last week \U0001F641

can someone take a look. thanks
Keisha

Keisha Monroe | Recruiting Coordinator | Tampa Customer Service Center
"""
mid = mid_outlook()
top = rx_int(d, 2) + outlook_top(addr('Monroe, Keisha', 'keisha.monroe@' + HL), TO2, 'reminders not going out??', d, mid)
reg('B6', 'bug', 'forward_support', '', 'en', 'outlook-plain;8bit;utf-8;typos;lowercase',
    'reminders not sending', message(top, text(body, 'plain', 'utf-8', '8bit')))

# ---- B7 form mailer: IT incident notification (en)
d = D('CT', 3, 17, 9, 14)
fields = [('Number', 'INC0048213'), ('Caller', 'Nicole Baptiste (nicole.baptiste@harrowgatelogistics.com)'),
          ('Location', 'Memphis Cross-Dock Hub'), ('Category', 'Business Application > HR > GoodTime'),
          ('Impact / Urgency', '3 - Moderate / 3 - Moderate'),
          ('Short description', 'GoodTime: error 500 when opening any candidate interview'),
          ('Description', 'Since this morning, when I click on any candidate\'s interview in GoodTime I get '
                          '"Something went wrong (500)". The dashboard itself loads fine. Tried Chrome and Edge and '
                          'cleared cache. Other coordinators at Memphis can open the same interviews. I have 5 '
                          'interviews to schedule today.'),
          ('Assignment group', 'HR Applications - GoodTime Help Line')]
plain = 'Incident INC0048213 has been assigned to your group.\n\n' + '\n'.join('%s: %s' % f for f in fields) + \
    '\n\nTo view the incident, open the Harrowgate IT Service Portal.\n\n' \
    'This is an automatically generated notification. Please do not reply to this e-mail.\n'
html = ('<html><body style="font-family:Arial,sans-serif;font-size:13px">'
        '<p>Incident <b>INC0048213</b> has been assigned to your group.</p><table border="0" cellpadding="4">'
        + ''.join('<tr><td style="color:#555"><b>%s</b></td><td>%s</td></tr>' % (esc(k), esc(v)) for k, v in fields)
        + '</table><p><a href="https://harrowgate.service-portal.example/nav_to.do?uri=incident.do?sys_id=9f2c41d81b">'
        'Take me to the Incident</a></p><p style="color:#888;font-size:11px">This is an automatically generated '
        'notification. Please do not reply to this e-mail.</p><div style="display:none">Ref:MSG4418027</div></body></html>\n')
part = multipart('alternative', [text(plain, 'plain', 'UTF-8', 'quoted-printable'),
                                 text(html, 'html', 'UTF-8', 'quoted-printable')], '----=_Part_%d_%d.%d' %
                 (R.randint(100000, 999999), R.randint(10000000, 99999999), R.randint(10 ** 12, 10 ** 13)))
top = received(d, ['exo-internal', 'exo-fe', 'eop-in', 'postfix']) + [
    'Date: ' + d.hdr, 'From: Harrowgate IT Service Portal <itportal-noreply@' + HL + '>',
    'Reply-To: Harrowgate IT Service Portal <itportal-noreply@' + HL + '>', 'To: ' + TO2,
    'Message-ID: <%d.%d.%d@itportal.harrowgatelogistics.com>' % (R.randint(10 ** 6, 10 ** 7), R.randint(10 ** 8, 10 ** 9), R.randint(10 ** 12, 10 ** 13)),
    'Subject: Incident INC0048213 assigned to HR Applications - GoodTime Help Line',
    'MIME-Version: 1.0', 'Auto-Submitted: auto-generated', 'X-Auto-Response-Suppress: All',
    'Precedence: bulk', 'X-ServiceNow-Generated: true']
reg('B7', 'bug', 'forward_support|needs_review', '', 'en',
    'form-mailer;ticket-system;auto-submitted;x-auto-response-suppress;multipart-alternative;qp',
    'IT portal ticket relaying a bug', message(top, part))

# ---- B8 ATS sync for one candidate (en), Apple Mail reply on unrelated offer thread
d = D('ET', 3, 11, 14, 2)
new = """Unrelated to the offer, but while I have you:

Candidate Samira Okoye (iCIMS ID 1180456, Warehouse Supervisor \u2013 Allentown, req 26-0311) was moved to \u201cOnsite Interview\u201d in iCIMS on Monday morning. Two days later she still isn\u2019t showing up in GoodTime to schedule. I\u2019ve refreshed, logged out and back in, and checked she\u2019s in the right job and stage. Other candidates I moved the same day came through fine.

Can someone get this unstuck? She\u2019s expecting to hear from us this week.

Aaron"""
quoted = """

> On Mar 10, 2026, at 4:51\u202fPM, Jamal Wright <jamal.wright@harrowgatelogistics.com> wrote:
>
> Aaron, offer for Dwayne looks good. Let\u2019s go with the $24.50 base and the
> night differential as discussed. Start date 3/30 works for the floor. Send it
> over when comp signs off.
>
> Jamal
"""
alt = apple_alt(new, quoted)
top = rx_int(d, 3) + ['From: Aaron Pike <aaron.pike@' + HL + '>',
                      'Content-Type: ' + alt[0][0].split(': ', 1)[1],
                      'Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))',
                      'Subject: Re: Offer letter for Inventory Control Lead \u2013 Dwayne P.'.encode('utf-8').decode('utf-8'),
                      'Message-Id: ' + mid_apple(HL), 'References: ' + mid_outlook(),
                      'In-Reply-To: ' + mid_outlook(), 'Date: ' + d.hdr, 'To: ' + TO1,
                      'Cc: Jamal Wright <jamal.wright@' + HL + '>', 'X-Mailer: Apple Mail (2.3826.400.131.1.6)']
reg('B8', 'bug', 'forward_support', '', 'en',
    'apple-mail;multipart-alternative;qp;reply-offtopic;gt-quote;raw-utf8-subject', 'ATS candidate not syncing',
    message(top, (alt[0][1:], alt[1])))

# ---- B9 load limit ignored (en), angry, Outlook HTML-only cp1252
d = D('PT', 3, 16, 6, 38)
mid = mid_outlook()
body = """Hi,

We set a limit of 3 interviews per day for our dock supervisors in GoodTime back in January because they were getting slammed. It worked fine until now.

Mike Adeyemi has SIX interviews booked for Wednesday 3/18. SIX. His limit still shows 3/day in his settings. All 6 were scheduled through GoodTime by two different coordinators, not added by hand. He is running a dock with 40 people on it, he cannot do 6 interviews in one shift.

I don\u2019t need the load-balancing explainer again, I need to know why the limit is being ignored. Please get this to whoever can fix it.

Brian Tate
Site Manager \u2013 Reno Cross-Dock Hub
Harrowgate Logistics"""
top = rx_int(d, 2) + outlook_top(addr('Tate, Brian', 'brian.tate@' + HL), TO1,
                                 'Load limit not working - Mike booked 6x on Wednesday', d, mid)
reg('B9', 'bug', 'forward_support', '', 'en', 'outlook-html-only;qp;windows-1252;angry;caps',
    'load limit ignored', message(top, ol_html(body, font='Calibri')))

# ---- B10 debrief not created (en), Apple Mail
d = D('ET', 3, 20, 10, 11)
body = """Hi team,

For the last three onsites I scheduled for head office roles (Finance Analyst II, Procurement Specialist, and a Data Engineer for the tech team), the debrief that\u2019s part of the template never got created. The onsite invites went out fine, but no debrief invite for the interviewers and hiring manager \u2014 and the template definitely has the debrief step in it. It worked in February.

I\u2019ve been setting them up manually in Outlook for now. Can someone look at it?

Thanks!
Heather

Heather Sloan
Recruiting Coordinator \u2013 Head Office
Harrowgate Logistics"""
alt = apple_alt(body)
top = rx_int(d, 2) + ['From: Heather Sloan <heather.sloan@' + HL + '>',
                      'Content-Type: ' + alt[0][0].split(': ', 1)[1],
                      'Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.500.181.1.5\\))',
                      'Subject: Debriefs not being created after onsites', 'Message-Id: ' + mid_apple(HL),
                      'Date: ' + d.hdr, 'To: ' + TO1, 'X-Mailer: Apple Mail (2.3826.500.181.1.5)']
reg('B10', 'bug', 'forward_support', '', 'en', 'apple-mail;multipart-alternative;qp',
    'debrief invite not created', message(top, (alt[0][1:], alt[1])))

# ---- B11 room booking fails (de), raw windows-1252 From and Subject, Outlook HTML-only
d = D('CET', 3, 17, 13, 24)
mid = mid_outlook_eu()
body = """Hallo,

seit Montag klappt die Raumbuchung f\u00fcr den Besprechungsraum \u201eRhein\u201c (EG, Verwaltung Duisburg) \u00fcber GoodTime nicht mehr. GoodTime zeigt den Raum f\u00fcr Donnerstag 10\u201311 Uhr als frei an, im Outlook ist er auch frei, aber beim Speichern kommt \u201eRoom could not be booked. Please try again.\u201c Der Termin wird dann ohne Raum angelegt.

Andere R\u00e4ume (z. B. \u201eRuhr\u201c) funktionieren. Am Raum selbst haben wir nichts ge\u00e4ndert.

Betrifft zwei Gespr\u00e4che diese Woche, die ich jetzt manuell im Outlook buche. K\u00f6nnt ihr das an GoodTime weitergeben?

Viele Gr\u00fc\u00dfe
Anja Schr\u00f6der
HR-Assistenz | Harrowgate Logistics GmbH | Niederlassung Duisburg"""
frm = 'Schr\u00f6der, Anja <anja.schroeder@harrowgatelogistics.de>'.encode('cp1252')
subj = 'Raumbuchung \u201eRhein\u201c schl\u00e4gt in GoodTime fehl'.encode('cp1252')
top = rx_ext(d, 5) + outlook_top(b'"' + frm.replace(b' <', b'" <', 1), TO1, subj, d, mid, lang='de-DE', topic=subj)
reg('B11', 'bug', 'forward_support', '', 'de', 'outlook-html-only;qp;windows-1252;raw-cp1252-subject;raw-cp1252-from;received-chain',
    'Raumbuchung schl\u00e4gt fehl', message(top, ol_html(body, lang='DE')))

# ---- B12 Zoom link error (es), Gmail/Workspace + PNG
d = D('CET', 3, 3, 10, 37)
body = """Hola,

Desde esta ma\u00f1ana, cuando programo una entrevista por v\u00eddeo en GoodTime y elijo Zoom, me sale el aviso \u00abUnable to create meeting. Please reconnect your Zoom account\u00bb (adjunto captura). He desconectado y vuelto a conectar mi cuenta de Zoom dos veces y sigue igual. Las entrevistas se guardan, pero sin enlace.

La pr\u00f3xima es el jueves, as\u00ed que no corre prisa para hoy, pero tengo bastantes esta semana con candidatos de Valencia y Bilbao.

Gracias,
Marta

--
Marta Quintana
T\u00e9cnica de Selecci\u00f3n \u00b7 Harrowgate Logistics Espa\u00f1a \u00b7 Madrid"""
alt = gmail_alt(body)
img = attach('image/png', 'image.png', png(170, 95, 23), extra=['X-Attachment-Id: ii_m7%s' % ralnum(8, 'abcdefghijklmnopqrstuvwxyz0123456789')],
             inline=False)
part = multipart('mixed', [alt, img], gm_boundary())
top = rx_gmail(d, 5) + [dkim('harrowgatelogistics.es', d, 'google', 'mime-version:from:date:message-id:subject:to:content-type'),
                        'MIME-Version: 1.0', 'From: Marta Quintana <marta.quintana@harrowgatelogistics.es>',
                        'Date: ' + d.hdr, 'Message-ID: ' + mid_gmail(),
                        'Subject: Error al crear enlace de Zoom en GoodTime', 'To: ' + TO1]
reg('B12', 'bug', 'forward_support', '', 'es', 'gmail;multipart-mixed;multipart-alternative;qp;png;dkim;received-chain',
    'enlace de Zoom no se genera', message(top, part))

# ---- B13 itinerary still shows old interviewer (fr), iso-8859-1 QP plain, split subject
d = D('CET', 3, 18, 16, 50)
mid = mid_outlook_eu()
body = """Bonjour,

J'ai remplac\u00e9 Mme Petit par M. Durand sur l'entretien de jeudi (candidat pour le poste de chef d'\u00e9quipe quai, Saint-Priest). Le changement appara\u00eet bien dans GoodTime et M. Durand a re\u00e7u son invitation. Mais le r\u00e9capitulatif envoy\u00e9 au candidat affiche toujours Mme Petit, m\u00eame apr\u00e8s l'avoir renvoy\u00e9 deux fois depuis la fiche de l'entretien. J'ai v\u00e9rifi\u00e9 le mod\u00e8le de mail : il reprend bien automatiquement le nom des intervieweurs.

Pouvez-vous transmettre au support ? Le candidat m'a d\u00e9j\u00e0 appel\u00e9e pour savoir qui il allait rencontrer.

Merci,
Julie Garnier
Assistante recrutement - Harrowgate Logistics France
"""
subj = ew_split('R\u00e9capitulatif candidat : toujours l\'ancien intervieweur apr\u00e8s remplacement', 47, 'q', 'iso-8859-1')
top = rx_long_int(d, 3) + outlook_top(addr('Garnier, Julie', 'julie.garnier@harrowgatelogistics.fr'), TO1,
                                      subj, d, mid, lang='fr-FR', ti=False)
reg('B13', 'bug', 'forward_support', '', 'fr', 'outlook-plain;qp;iso-8859-1;rfc2047-q-iso;rfc2047-split',
    'r\u00e9capitulatif avec ancien intervieweur', message(top, text(body, 'plain', 'iso-8859-1', 'quoted-printable')))

# ---- B14 HIGH: cancellation e-mails sent to all of tomorrow's candidates (pt), Outlook alt base64, chain
d = D('WET', 3, 19, 14, 31)
mid = mid_outlook_eu()
body = """Ol\u00e1,

Hoje \u00e0s 14h10 todos os candidatos com entrevista marcada para amanh\u00e3 em Alverca e na Maia (12 pessoas, pela nossa contagem at\u00e9 agora) receberam um email do GoodTime a dizer que a entrevista tinha sido cancelada. Ningu\u00e9m cancelou nada: no GoodTime as entrevistas continuam marcadas e os convites dos entrevistadores continuam nos calend\u00e1rios.

J\u00e1 temos candidatos a ligar para a rece\u00e7\u00e3o a perguntar se ainda devem vir. Estamos a contact\u00e1-los um a um, mas precisamos que a GoodTime veja isto com urg\u00eancia e nos diga se pode voltar a acontecer \u2013 n\u00e3o podemos correr o risco de isto se repetir noutros pa\u00edses.

Rita Carvalho
Coordenadora de Recrutamento \u2013 Alverca
Harrowgate Logistics Portugal, Lda."""
top = rx_long_int(d, 7) + [dkim('harrowgatelogistics.pt', d)] + [authres('harrowgatelogistics.pt')] + \
    outlook_top(addr('Carvalho, Rita', 'rita.carvalho@harrowgatelogistics.pt'), TO1,
                'URGENTE: GoodTime enviou cancelamentos a candidatos que n\u00e3o foram cancelados'.encode('utf-8'),
                d, mid, lang='pt-PT', extra=['Importance: high'])
reg('B14', 'bug', 'forward_support+flag_csm', '', 'pt',
    'outlook;multipart-alternative;base64;utf-8;raw-utf8-subject;received-chain;dkim;auth-results',
    'high impact: false cancellations to many candidates', message(top, ol_alt(body, cte='base64', lang='PT')))

# ================================================================= SCHEDULING BLOCKERS

# ---- K1 candidate in lobby, panel not on calendars (en), iPhone
d = D('CT', 3, 12, 12, 58, style='nozero')
body = """Candidate for the 2nd shift yard jockey role is sitting in our lobby at Memphis RIGHT NOW for a 1:00 interview. GoodTime has her as scheduled but NOTHING is on my calendar or Carla\u2019s and Carla is out on the dock. The panel doesn\u2019t exist anywhere except GoodTime. Who is supposed to interview her?? Please call me 901-555-0177

Sent from my iPhone"""
top = rx_int(d, 3) + ['Content-Type: text/plain;\n\tcharset=utf-8', 'Content-Transfer-Encoding: quoted-printable',
                      'From: DeShawn Harris <deshawn.harris@' + HL + '>', 'Mime-Version: 1.0 (1.0)',
                      'Date: ' + d.hdr, 'Subject: candidate in lobby NOW - interview not on anyones calendar',
                      'Message-Id: ' + mid_apple(HL), 'To: ' + TO2, 'X-Mailer: iPhone Mail (22D82)']
reg('K1', 'scheduling_blocker', 'forward_support', '', 'en', 'iphone;plain;qp;mobile-sig;caps',
    'candidate in lobby, no interviewers', message(top, ([], _enc(body.encode('utf-8'), 'quoted-printable'))))

# ---- K2 Gmail forward, link missing, interview in 12 minutes (en)
d = D('CT', 3, 12, 14, 18)
new = """help \u2014 this starts at 2:30 CT (12 min). candidate below never got a link and the GoodTime interview page shows no video link either. sending from my gmail bc outlook is frozen on my laptop.

Nicole"""
fw = """---------- Forwarded message ---------
From: Jordan Ellis <jellis.cdl@yahoo.com>
Date: Thu, Mar 12, 2026 at 2:11\u202fPM
Subject: Interview today
To: <nicole.baptiste@harrowgatelogistics.com>


Hi Nicole, I'm ready for the 2:30 video interview but the email I got doesn't have any link to join. Where do I go? Thanks, Jordan"""
plain = new + '\n\n' + fw + '\n'
html = ('<div dir="ltr">' + '<br>'.join(esc(l) for l in new.split('\n')) +
        '<br><br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
        '---------- Forwarded message ---------<br>From: <strong class="gmail_sendername" dir="auto">Jordan Ellis</strong> '
        '<span dir="auto">&lt;<a href="mailto:jellis.cdl@yahoo.com">jellis.cdl@yahoo.com</a>&gt;</span><br>'
        'Date: Thu, Mar 12, 2026 at 2:11\u202fPM<br>Subject: Interview today<br>To: &lt;<a href="mailto:nicole.baptiste@harrowgatelogistics.com">'
        'nicole.baptiste@harrowgatelogistics.com</a>&gt;<br></div><br><br><div>Hi Nicole, I\'m ready for the 2:30 video interview '
        'but the email I got doesn\'t have any link to join. Where do I go? Thanks, Jordan</div></div></div>\n')
part = multipart('alternative', [text(plain, 'plain', 'UTF-8', 'quoted-printable'), text(html, 'html', 'UTF-8', 'quoted-printable')],
                 gm_boundary())
top = rx_gmail(d, 7) + [dkim('gmail.com', d, '20230601', 'mime-version:from:date:message-id:subject:to'),
                        authres('gmail.com', '209.85.219.%d' % R.randint(10, 99)),
                        'MIME-Version: 1.0', 'From: Nicole Baptiste <nicolebaptiste.mem@gmail.com>',
                        'Date: ' + d.hdr, 'Message-ID: ' + mid_gmail(), 'Subject: Fwd: Interview today',
                        'To: ' + TO2]
reg('K2', 'scheduling_blocker', 'forward_support', '', 'en',
    'gmail;multipart-alternative;qp;forwarded-gmail;received-chain;dkim;auth-results;personal-address',
    'video link missing minutes before', message(top, part))

# ---- K3 sick interviewer, swap fails, panel in 40 min (en), Outlook HTML-only, high importance
d = D('CT', 3, 19, 13, 20)
mid = mid_outlook()
body = """Hi,

I have a 3-person panel for a Transportation Planner candidate at 2:00 PM CT today (40 minutes from now). One interviewer, Luis Ortega, just called in sick. When I try to swap him for someone else from the planner pool on the scheduling page, GoodTime spins and then says \u201cUnable to update interview\u201d. Tried three different replacements, same thing every time. The candidate is already on her way to the Wilmer office.

I need someone in that panel seat or I have to send her home. Can someone help right now?

Maria Delacruz
Recruiting Coordinator \u2013 Dallas / Wilmer DC
Harrowgate Logistics
Direct: 469-555-0132"""
top = rx_int(d, 2) + outlook_top(addr('Delacruz, Maria', 'maria.delacruz@' + HL), TO1,
                                 'Panel at 2pm - can\'t replace sick interviewer, swap errors out', d, mid,
                                 extra=['Importance: high', 'X-Priority: 1'])
reg('K3', 'scheduling_blocker', 'forward_support', '', 'en', 'outlook-html-only;qp;windows-1252;importance-high',
    'replacement fails before panel', message(top, ol_html(body)))

# ---- K4 night: candidate's link says meeting ended (en), Outlook Android
d = D('PT', 3, 18, 21, 56)
mid = mid_outlook()
body = """Night-shift forklift candidate is trying to join the 10:00 PM interview and the Teams link in her confirmation says \u201cThis meeting has ended\u201d. The interviewer (Dana Price) is in the meeting from her calendar invite and nobody else is there, so the candidate\u2019s link must be for an old meeting. We moved this one yesterday from 8pm to 10pm, maybe that\u2019s it.

Is there any way to get the right link to her in the next few minutes? She\u2019s texting me.

Tyler

Get Outlook for Android"""
html = ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n<body>\n'
        '<div dir="auto">' + '<br>'.join(esc(l) for l in body.split('\n')[:-1]) + '</div>\n'
        '<div dir="auto">Get <a href="https://aka.ms/AAb9ysg">Outlook for Android</a></div>\n</body>\n</html>\n')
part = multipart('alternative', [text(body + '\n', 'plain', 'utf-8', 'quoted-printable'),
                                 text(html, 'html', 'utf-8', 'quoted-printable')], ol_boundary())
top = rx_int(d, 3) + outlook_top(addr('Jansen, Tyler', 'tyler.jansen@' + HL), TO2,
                                 'candidate can\'t get into video interview - starts in 5', d, mid)
reg('K4', 'scheduling_blocker', 'forward_support', '', 'en', 'outlook-android;multipart-alternative;qp;night;mobile-sig',
    'wrong link at interview time', message(top, part))

# ---- K5 EA: final round shows cancelled, starts in 25 minutes (en), long sig
d = D('ET', 3, 13, 10, 35)
mid = mid_outlook()
body = """Hello \u2014 time-sensitive.

Our CFO\u2019s final-round interview with the VP Finance candidate (Daniel Osei) is at 11:00 AM ET today, 25 minutes from now. The candidate just e-mailed me asking whether the interview is still on because he received a \u201cYour interview has been cancelled\u201d e-mail from GoodTime at 10:20. Nobody cancelled it. In GoodTime the interview now shows as Cancelled, but the invite is still on Paul\u2019s calendar with the Teams link.

Can I tell him to join as planned, and can someone fix the status so nothing else goes out to him? I\u2019m holding him off by e-mail right now.

Angela

""" + sig_us('Angela Moretti', 'Executive Assistant to Paul Brennan, Chief Financial Officer', 'Head Office',
             COLUMBUS, '+1 614-555-0111', '+1 614-555-0176', 'angela.moretti@harrowgatelogistics.com') + '\n\n' + DISC_US
top = rx_int(d, 2) + outlook_top(addr('Moretti, Angela', 'angela.moretti@' + HL), TO1,
                                 'TIME SENSITIVE: CFO final round 11:00 shows cancelled in GoodTime', d, mid,
                                 cc=addr('Kowalski, Jenna', 'jenna.kowalski@' + HL), extra=['Importance: high'])
reg('K5', 'scheduling_blocker', 'forward_support', '', 'en', 'outlook;multipart-alternative;qp;long-sig;disclaimer',
    'interview falsely cancelled minutes before', message(top, ol_alt(body)))

# ---- K6 ANGRY CAPS: no room, candidate at front desk (en), Outlook iOS plain
d = D('ET', 3, 9, 9, 4)
mid = mid_outlook()
body = """WHO BOOKED THE TRAINING ROOM OVER MY INTERVIEW. GoodTime said Conference Room B was reserved for the 9am shift lead interview, the candidate is standing at the front desk and Room B has 12 people in forklift recert. GoodTime STILL shows the room as ours. I need a room or I need to know where this interview is supposed to happen NOW.

Jamal

Get Outlook for iOS
"""
top = rx_int(d, 3) + outlook_top(addr('Wright, Jamal', 'jamal.wright@' + HL), TO2,
                                 'CANDIDATE IS HERE AND THERE IS NO ROOM', d, mid)
reg('K6', 'scheduling_blocker', 'forward_support', '', 'en', 'outlook-ios;plain;qp;caps;angry;mobile-sig',
    'room double-booked, candidate waiting', message(top, text(body, 'plain', 'utf-8', 'quoted-printable')))

# ---- K7 form mailer: recruiting help request, interview happening now (en), Message-ID without brackets
d = D('ET', 3, 19, 15, 34)
fields = [('Submitted by', 'Keisha Monroe'), ('Email', 'keisha.monroe@harrowgatelogistics.com'),
          ('Site', 'Tampa Customer Service Center'),
          ('Role / candidate', 'Customer Service Agent - Bilingual (Spanish) / candidate R. Alvarado'),
          ('How urgent is this?', 'Interview happening now / candidate waiting')]
desc = ("Candidate is on the phone with me now for her 3:30 video interview with 2 team leads. Both team leads say "
        "the interview disappeared from their Outlook about 20 minutes ago and it's not on GoodTime's interview page "
        "anymore either, it just shows 'to be scheduled'. Need to get them into a call with her asap.")
plain = ('A new response has been submitted to Recruiting Help Request.\n\n' +
         '\n'.join('%s: %s' % f for f in fields) + '\nDescribe the problem:\n' + desc +
         '\n\nSubmitted: 03/19/2026 3:34 PM EDT\nForm ID: RHR-2026-0412\n--\n'
         'This is an automated message from Harrowgate Forms. Replies to this address are not monitored.\n')
top = received(d, ['exo-internal', 'exo-fe', 'eop-in', 'postfix', 'postfix']) + [
    'Date: ' + d.hdr, 'To: ' + TO2, 'From: Harrowgate Forms <no-reply@forms.harrowgatelogistics.com>',
    'Reply-To: Keisha Monroe <keisha.monroe@' + HL + '>',
    'Subject: [Recruiting Help Request] New submission - URGENT - Keisha Monroe',
    'Message-ID: %s@forms.harrowgatelogistics.com' % rhex(32, upper=False),
    'X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)',
    'Auto-Submitted: auto-generated', 'X-Auto-Response-Suppress: All', 'MIME-Version: 1.0']
reg('K7', 'scheduling_blocker', 'forward_support|needs_review', '', 'en',
    'form-mailer;auto-submitted;x-auto-response-suppress;plain;qp;msgid-no-brackets',
    'web form, interview vanished while candidate waits',
    message(top, text(plain, 'plain', 'UTF-8', 'quoted-printable', csq=False)))

# ---- K8 candidate on the phone, reschedule won't save (en), reply on PTO thread
d = D('CT', 3, 23, 11, 47)
mid = mid_outlook()
body = """Sorry to hijack this, urgent: I\u2019m on the phone with a candidate right now trying to move her interview from tomorrow to Monday and the GoodTime reschedule page just keeps spinning when I hit Save. Tried twice + a different browser. She only has a few min left on her break. Can someone help me get it moved or tell me what to do?? ext 4471

Shauna

-----Original Message-----
From: Kowalski, Jenna <jenna.kowalski@harrowgatelogistics.com>
Sent: Monday, March 23, 2026 9:02 AM
To: Whitfield, Shauna <shauna.whitfield@harrowgatelogistics.com>
Cc: GoodTime Help Line <helpline@harrowgatelogistics.com>
Subject: RE: PTO request - March 27

Approved, enjoy the long weekend! Please make sure your open scheduling requests are handed to Nicole before you leave Thursday.

Jenna
"""
top = rx_int(d, 2) + outlook_top(addr('Whitfield, Shauna', 'shauna.whitfield@' + HL),
                                 TO1 + ', ' + addr('Kowalski, Jenna', 'jenna.kowalski@' + HL),
                                 'RE: PTO request - March 27', d, mid, inreply=mid_outlook())
reg('K8', 'scheduling_blocker', 'forward_support', '', 'en', 'outlook-plain;qp;reply-offtopic;original-message',
    'reschedule fails while candidate on phone', message(top, text(body, 'plain', 'utf-8', 'quoted-printable')))

# ---- K9 candidate at reception, interview missing (de), iPhone, raw UTF-8 subject
d = D('CET', 3, 24, 14, 3)
body = """Hallo,

bei uns in Duisburg sitzt gerade ein Bewerber (Berufskraftfahrer CE) am Empfang, Termin 14:00 Uhr. Frau Vogel ist im Urlaub, und der Termin ist in GoodTime nicht zu finden, in meinem Kalender auch nicht. Der Bewerber hat aber eine Best\u00e4tigung von uns auf dem Handy.

Wer soll das Gespr\u00e4ch f\u00fchren? Bitte schnell melden, 0203 555 1893.

Dirk Hoffmann
Schichtleiter Lager

Von meinem iPhone gesendet"""
top = rx_ext(d, 4) + ['Content-Type: text/plain;\n\tcharset=utf-8', 'Content-Transfer-Encoding: 8bit',
                      'From: Dirk Hoffmann <dirk.hoffmann@harrowgatelogistics.de>', 'Mime-Version: 1.0 (1.0)',
                      'Date: ' + d.hdr,
                      'Subject: Bewerber steht am Empfang \u2013 kein Gespr\u00e4chspartner, Termin fehlt in GoodTime',
                      'Message-Id: ' + mid_apple('harrowgatelogistics.de'), 'To: ' + TO2,
                      'X-Mailer: iPhone Mail (22D82)']
reg('K9', 'scheduling_blocker', 'forward_support', '', 'de', 'iphone;plain;8bit;utf-8;raw-utf8-subject;mobile-sig',
    'Bewerber wartet, Termin fehlt', message(top, ([], body.encode('utf-8') + b'\n')))

# ---- K10 candidate waiting on Teams, interviewer has no invite (es), Outlook HTML-only cp1252, Outlook Android
d = D('CET', 3, 20, 10, 35)
mid = mid_outlook_eu()
body = """Hola,

Tengo ahora mismo a una candidata conectada en Teams para la entrevista de las 10:30 (puesto de administrativa de tr\u00e1fico) y no hay nadie m\u00e1s. He llamado al entrevistador, Javier Lasheras, y dice que no tiene ninguna invitaci\u00f3n en su calendario. En GoodTime la entrevista aparece como programada con \u00e9l.

\u00bfAlguien me puede ayudar a que le llegue el enlace o a meterle ya? La candidata lleva 5 minutos esperando.

Sergio

Obtener Outlook para Android"""
top = rx_long_int(d, 3) + outlook_top(addr('Vidal, Sergio', 'sergio.vidal@harrowgatelogistics.es'), TO2,
                                      'URGENTE - candidata conectada y el entrevistador sin invitaci\u00f3n'.encode('cp1252'),
                                      d, mid, lang='es-ES', ti=False)
reg('K10', 'scheduling_blocker', 'forward_support', '', 'es',
    'outlook-html-only;qp;windows-1252;raw-cp1252-subject;mobile-sig', 'candidata esperando en Teams',
    message(top, ol_html(body, lang='ES')))

# ---- K11 Zoom link invalid, 10 minutes (fr), base64 plain, iPhone
d = D('CET', 3, 26, 14, 51)
body = """Bonjour,
L\u2019entretien de 15h avec un candidat conducteur SPL commence dans 10 minutes et le lien Zoom du mail de confirmation affiche \u00ab Ce lien de r\u00e9union n\u2019est pas valide \u00bb. L\u2019intervieweur a le m\u00eame probl\u00e8me de son c\u00f4t\u00e9. Je n\u2019ai aucun autre lien. Quelqu\u2019un peut m\u2019aider tout de suite ?
Nadia

Envoy\u00e9 de mon iPhone
"""
top = rx_long_int(d, 3) + ['Content-Type: text/plain;\n\tcharset=utf-8', 'Content-Transfer-Encoding: base64',
                           'From: Nadia Benali <nadia.benali@harrowgatelogistics.fr>', 'Mime-Version: 1.0 (1.0)',
                           'Date: ' + d.hdr, 'Subject: ' + ew_q('Entretien dans 10 min \u2013 lien Zoom invalide'),
                           'Message-Id: ' + mid_apple('harrowgatelogistics.fr'), 'To: ' + TO2,
                           'X-Mailer: iPhone Mail (22E240)']
reg('K11', 'scheduling_blocker', 'forward_support', '', 'fr', 'iphone;plain;base64;utf-8;rfc2047-q-utf8;mobile-sig',
    'lien invalide 10 min avant', message(top, ([], _enc(body.encode('utf-8'), 'base64'))))

# ---- K12 room occupied, candidate at reception (pt), Gmail/Workspace, raw UTF-8 From
d = D('WET', 3, 25, 10, 52)
body = """Ol\u00e1,

Tenho um candidato na rece\u00e7\u00e3o do armaz\u00e9m de Alverca para a entrevista das 11h (operador de armaz\u00e9m) e a sala Tejo, que o GoodTime reservou, est\u00e1 ocupada com uma forma\u00e7\u00e3o de seguran\u00e7a que j\u00e1 estava marcada. No GoodTime continua a aparecer como reservada para n\u00f3s.

N\u00e3o temos outra sala livre com o entrevistador dispon\u00edvel. O que fa\u00e7o? Preciso de ajuda j\u00e1, por favor.

S\u00f3nia Antunes
Recursos Humanos \u2013 Alverca"""
part = gmail_alt(body)
top = rx_gmail(d, 6) + [dkim('harrowgatelogistics.pt', d, 'google', 'mime-version:from:date:message-id:subject:to:content-type'),
                        'MIME-Version: 1.0', 'From: S\u00f3nia Antunes <sonia.antunes@harrowgatelogistics.pt>',
                        'Date: ' + d.hdr, 'Message-ID: ' + mid_gmail(),
                        'Subject: ' + ew_q('Candidato na rece\u00e7\u00e3o e a sala est\u00e1 ocupada'), 'To: ' + TO2]
reg('K12', 'scheduling_blocker', 'forward_support', '', 'pt', 'gmail;multipart-alternative;qp;raw-utf8-from;dkim;received-chain',
    'sala ocupada, candidato \u00e0 espera', message(top, part))

# ================================================================= FEATURE REQUESTS

# ---- F1 "URGENT" over a wish: bulk scheduling for hiring events (en), Outlook HTML-only, disclaimer
d = D('ET', 2, 18, 16, 40)
mid = mid_outlook()
body = """Hi team,

Peak is coming and we\u2019re planning Saturday hiring events at Memphis, Reno and Joliet again (last year it was ~40 warehouse associates per site per event). Right now coordinators schedule every one of those 20-minute interviews one at a time in GoodTime, which took Shauna most of a week last October.

What I\u2019d really love is a way to schedule a whole block of candidates at once \u2014 pick 40 candidates, pick the interviewers and the room, and let GoodTime fill the slots back to back. Even something basic would help.

Can we please get this in front of GoodTime? I know it\u2019s not a fire today, but it matters a lot to us before August.

Megan

""" + sig_us("Megan O'Leary", 'Director, Talent Acquisition \u2013 North America', 'Head Office', COLUMBUS,
             '+1 614-555-0101', None, 'megan.oleary@harrowgatelogistics.com') + '\n\n' + DISC_US
top = rx_int(d, 2) + outlook_top(addr("O'Leary, Megan", 'megan.oleary@' + HL), TO1,
                                 'URGENT!!! need this before peak season', d, mid, extra=['Importance: high'])
reg('F1', 'feature_request', 'product_board_reply', '', 'en',
    'outlook-html-only;qp;windows-1252;misleading-subject;long-sig;disclaimer', 'URGENT subject over a wish',
    message(top, ol_html(body)))

# ---- F2 Teams ping on interviewer decline (en), chatty, Outlook alt with emoji
d = D('PT', 3, 6, 13, 12)
mid = mid_outlook()
body = """Hey helpline crew!

Idea for GoodTime, not urgent at all: it would be amazing if GoodTime could drop a message in our Teams channel (or even just a Teams chat to the coordinator) when an interviewer declines. Right now I only find out when I happen to open GoodTime or dig through my inbox, and by then it\u2019s sometimes the morning of. A ping in Teams would let us swap people way earlier.

Not sure if other customers have asked for this? Happy to upvote it somewhere if that\u2019s how it works.

Lauren \U0001F642"""
top = rx_int(d, 2) + outlook_top(addr('Fisk, Lauren', 'lauren.fisk@' + HL), TO1,
                                 'idea: ping us in Teams when an interviewer declines', d, mid)
reg('F2', 'feature_request', 'product_board_reply', '', 'en', 'outlook;multipart-alternative;qp;utf-8;chatty',
    'Teams notification on decline', message(top, ol_alt(body)))

# ---- F3 rotating shift patterns (en), rambling, Outlook plain
d = D('CT', 2, 26, 6, 12)
mid = mid_outlook()
body = """Hi,

Bit of background first. At Joliet our dispatchers and shift leads work a 4-on/4-off rotation, days and nights, so nobody's schedule looks the same two weeks in a row. We put their working hours into GoodTime when we set it up, but working hours in GoodTime are Monday-Friday style, same every week.

So what happens is GoodTime offers candidates slots on days the interviewer is actually off, then the interviewer declines, then the coordinator has to redo it. We've been blocking off days in Outlook by hand as a workaround, which sort of works when people remember. Mostly they don't.

What would really help is if GoodTime could understand a rotation pattern (4 on/4 off, or 2-2-3) for an interviewer's working hours instead of fixed weekdays. I'd guess every logistics, manufacturing or hospital customer they have would want the same thing.

Thanks for passing it along,
Rob Castellano
Dispatch Manager - Joliet
Harrowgate Logistics
"""
top = rx_int(d, 2) + outlook_top(addr('Castellano, Rob', 'rob.castellano@' + HL), TO2, 'GoodTime + rotating shifts', d, mid)
reg('F3', 'feature_request', 'product_board_reply', '', 'en', 'outlook-plain;7bit;rambling',
    'rotation-based working hours', message(top, text(body, 'plain', 'us-ascii', '7bit')))

# ---- F4 printable daily candidate list for the guard shack (en), Apple Mail
d = D('CT', 3, 2, 7, 31)
body = """Hi all,

Our guard shack at Memphis has to have a list of every visitor coming on site each day, including interview candidates. Right now someone in HR opens the GoodTime interviews one by one every morning and retypes the names into a spreadsheet for security.

It would be great if GoodTime had a simple printable \u201ctoday\u2019s candidates\u201d sheet per location: name, time, who they\u2019re seeing, which gate. Even a daily e-mail to the guard desk would do it.

Chris"""
alt = apple_alt(body)
top = rx_int(d, 2) + ['From: Chris Donnelly <chris.donnelly@' + HL + '>',
                      'Content-Type: ' + alt[0][0].split(': ', 1)[1],
                      'Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))',
                      'Subject: Daily visitor list for the guard shack', 'Message-Id: ' + mid_apple(HL),
                      'Date: ' + d.hdr, 'To: ' + TO1, 'X-Mailer: Apple Mail (2.3826.400.131.1.6)']
reg('F4', 'feature_request', 'product_board_reply', '', 'en', 'apple-mail;multipart-alternative;qp',
    'printable daily list per site', message(top, (alt[0][1:], alt[1])))

# ---- F5 dark mode, lowercase chatty, iPhone
d = D('ET', 3, 3, 23, 17, style='nozero')
body = """ok this is 100% not important but if anyone ever talks to the goodtime people\u2026 dark mode please!!! i source till like 11pm some nights and that white screen is brutal. also keyboard shortcuts for jumping between candidates would be chef\u2019s kiss

that\u2019s it, carry on \U0001F602

Jordan

Sent from my iPhone"""
top = rx_int(d, 3) + ['Content-Type: text/plain;\n\tcharset=utf-8', 'Content-Transfer-Encoding: quoted-printable',
                      'From: Jordan Kim <jordan.kim@' + HL + '>', 'Mime-Version: 1.0 (1.0)',
                      'Date: ' + d.hdr, 'Subject: random wish list item lol',
                      'Message-Id: ' + mid_apple(HL), 'To: ' + TO2, 'X-Mailer: iPhone Mail (22D82)']
reg('F5', 'feature_request', 'product_board_reply', '', 'en', 'iphone;plain;qp;lowercase;mobile-sig;night',
    'dark mode and shortcuts', message(top, ([], _enc(body.encode('utf-8'), 'quoted-printable'))))

# ---- F6 bulk replace interviewer during leave (en), reply on pizza thread, Thunderbird quote
d = D('ET', 3, 16, 11, 48)
body = """Changing the subject, sorry \u2014 something for the GoodTime wish list:

When one of our team leads goes on leave (we had two go out on short notice this month), I have to open every single one of their upcoming interviews and swap or reschedule them one at a time. Last time that was 14 interviews. It would save hours if GoodTime had a \u201creplace this interviewer on all future interviews between these dates\u201d option.

Also I\u2019m in for pepperoni.

Gloria

On 3/16/2026 11:02 AM, Keisha Monroe wrote:
> Hi all! Team lunch Friday at 12:30 in the Bayshore room to celebrate
> hitting the March hiring target. Pizza is on Kim \U0001F389 Reply with your
> order by Wednesday: pepperoni, cheese, veggie or the gluten-free one.
>
> Keisha
"""
top = rx_int(d, 2) + ['Message-ID: ' + mid_tb(HL), 'Date: ' + d.hdr, 'MIME-Version: 1.0',
                      'User-Agent: Mozilla Thunderbird', 'Subject: Re: Team lunch Friday - pizza order',
                      'To: ' + TO3, 'Cc: Keisha Monroe <keisha.monroe@' + HL + '>',
                      'References: ' + mid_outlook(), 'In-Reply-To: ' + mid_outlook(),
                      'From: Gloria Ruiz <gloria.ruiz@' + HL + '>', 'Content-Language: en-US']
reg('F6', 'feature_request', 'product_board_reply', '', 'en',
    'thunderbird;plain;qp;reply-offtopic;gt-quote;two-topics', 'bulk replace interviewer on leave',
    message(top, text(body, 'plain', 'UTF-8', 'quoted-printable', '; format=flowed', csq=False)))

# ---- F7 form mailer: internal ideas box (en), no Message-ID
d = D('CT', 3, 10, 22, 8)
rows = [('Submitted by', 'Marcus Bell'), ('Department', 'Recruiting - Drivers (Joliet)'),
        ('Tool / system', 'GoodTime'),
        ('Idea title', 'Show candidate commute distance on the scheduling page'),
        ('Describe your idea', 'Show how far the candidate lives from the site (ZIP to site) right on the GoodTime '
                               'scheduling page, so we can offer the early 4:30 AM shift interviews to people who live '
                               'close and flag long commutes before we book an onsite.'),
        ('Who benefits?', 'Driver and warehouse recruiters at all hubs')]
html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
        '<p style="font-family:Segoe UI,sans-serif;font-size:14px">A new idea was submitted to the HL Ideas Box.</p>'
        '<table style="font-family:Segoe UI,sans-serif;font-size:13px;border-collapse:collapse">'
        + ''.join('<tr><td style="padding:4px 12px 4px 0;color:#605e5c;vertical-align:top">%s</td><td style="padding:4px 0">%s</td></tr>'
                  % (esc(k), esc(v)) for k, v in rows)
        + '</table><p style="font-family:Segoe UI,sans-serif;font-size:11px;color:#8a8886">This e-mail was generated '
        'automatically by a Power Automate flow. Do not reply.</p></body></html>\n')
top = received(d, ['exo-internal', 'exo-fe', 'eop-in']) + [
    'From: HL Ideas Box <noreply-ideas@' + HL + '>', 'To: ' + TO2,
    'Subject: New idea submitted: GoodTime - Show candidate commute distance on the scheduling page',
    'Date: ' + d.hdr, 'MIME-Version: 1.0', 'Auto-Submitted: auto-generated', 'X-Auto-Response-Suppress: All',
    'X-Mailer: Microsoft Power Automate; flow 7c1e0b9a']
reg('F7', 'feature_request', 'forward_support|needs_review', '', 'en',
    'form-mailer;auto-submitted;x-auto-response-suppress;html-only;base64;no-message-id;night',
    'ideas form relaying a wish', message(top, text(html, 'html', 'utf-8', 'base64')))

# ---- F8 Outlook add-in / Teams app (en), IT, DKIM + chain
d = D('ET', 3, 24, 9, 3)
mid = mid_outlook()
body = """Hi,

From the IT side: we keep getting asks from hiring managers at the hubs who live in Outlook and Teams all day and don\u2019t want \u201cyet another website\u201d to log into. It would be really useful if GoodTime offered an Outlook add-in or a Teams app where interviewers can see their upcoming interviews, the candidate\u2019s r\u00e9sum\u00e9 and the feedback link without leaving Outlook.

Could you log that as a request with GoodTime? Not urgent.

Omar Haddad
Systems Engineer, Enterprise Applications
Harrowgate Logistics | Tech Team"""
top = rx_long_int(d, 5) + [dkim(HL, d)] + [authres(HL)] + \
    outlook_top(addr('Haddad, Omar', 'omar.haddad@' + HL), TO1, 'Request: GoodTime inside Outlook / Teams', d, mid)
reg('F8', 'feature_request', 'product_board_reply', '', 'en', 'outlook;multipart-alternative;qp;received-chain;dkim;auth-results',
    'Outlook add-in / Teams app', message(top, ol_alt(body)))

# ---- F9 gate/parking instructions per site (en), Gmail-style forward from Outlook web
d = D('PT', 3, 9, 10, 26)
mid = mid_outlook()
new = """Can GoodTime add a field for parking / which gate to use that fills in automatically per site? This is the third candidate this month who ended up at the truck entrance. Would save so many headaches.

Brian"""
fw = """---------- Forwarded message ---------
From: Kyle Brandt <kbrandt2204@outlook.com>
Date: Mon, Mar 9, 2026 at 9:41 AM
Subject: Sorry I was late
To: Brian Tate <brian.tate@harrowgatelogistics.com>

Hi Mr. Tate,

I'm so sorry I was late this morning. The map link sent me to the truck gate on Lakeside Dr and the guard had to send me all the way around to the visitor lot. Thanks for still seeing me.

Kyle"""
part = text(new + '\n\n' + fw + '\n', 'plain', 'utf-8', 'quoted-printable')
top = rx_int(d, 2) + outlook_top(addr('Tate, Brian', 'brian.tate@' + HL), TO1, 'Fw: Sorry I was late', d, mid)
reg('F9', 'feature_request', 'product_board_reply', '', 'en', 'outlook-plain;qp;forwarded-gmail',
    'per-site arrival instructions', message(top, part))

# ---- F10 works-council participant role (de), Outlook alt
d = D('CET', 3, 4, 10, 17)
mid = '<%s@DEDUI-EXCH01.hgl.local>' % rhex(32, upper=False)
body = """Hallo zusammen,

bei uns in Deutschland muss bei bestimmten Vorstellungsgespr\u00e4chen ein Mitglied des Betriebsrats dabei sein. Aktuell f\u00fcge ich das jedes Mal von Hand hinzu \u2013 und vergesse es auch mal.

Sch\u00f6n w\u00e4re, wenn man in GoodTime pro Standort eine feste zus\u00e4tzliche Teilnehmerrolle hinterlegen k\u00f6nnte (z. B. \u201eBetriebsrat\u201c), die bei Gespr\u00e4chen f\u00fcr tarifliche Stellen automatisch mit eingeladen wird.

K\u00f6nnt ihr das als Wunsch an GoodTime weitergeben?

Viele Gr\u00fc\u00dfe
Katrin Vogel
Personalreferentin | Harrowgate Logistics GmbH | Niederlassung Duisburg"""
top = rx_ext(d, 6) + outlook_top(addr('Vogel, Katrin', 'katrin.vogel@harrowgatelogistics.de'), TO1,
                                 ew_fold('Idee: Betriebsrat automatisch zu Vorstellungsgespr\u00e4chen einladen', 'q', 'iso-8859-1', 34),
                                 d, mid, lang='de-DE')
reg('F10', 'feature_request', 'product_board_reply', '', 'de', 'outlook-onprem;multipart-alternative;qp;windows-1252;rfc2047-q-iso;received-chain',
    'Betriebsrat als Teilnehmerrolle', message(top, ol_alt(body, cs='windows-1252', lang='DE')))

# ---- F11 WhatsApp reminders (es), iPhone
d = D('CET', 3, 15, 21, 33)
body = """Hola!

Una idea para GoodTime: aqu\u00ed en Espa\u00f1a casi ning\u00fan candidato de almac\u00e9n mira el correo, pero todos tienen WhatsApp. Estar\u00eda genial que los recordatorios de la entrevista (y el enlace para elegir hora) se pudieran mandar por WhatsApp. Estoy segura de que bajar\u00edan much\u00edsimo los candidatos que no se presentan.

Si hay que votarla en alg\u00fan sitio, me dec\u00eds.

Luc\u00eda

Enviado desde mi iPhone"""
top = rx_gmail(d, 4) + ['Content-Type: text/plain;\n\tcharset=utf-8', 'Content-Transfer-Encoding: quoted-printable',
                        'From: ' + addr('Luc\u00eda Mart\u00edn', 'lucia.martin@harrowgatelogistics.es', 'q'),
                        'Mime-Version: 1.0 (1.0)', 'Date: ' + d.hdr,
                        'Subject: Idea: recordatorios por WhatsApp', 'Message-Id: ' + mid_apple('harrowgatelogistics.es'),
                        'To: ' + TO2, 'X-Mailer: iPhone Mail (22D82)']
reg('F11', 'feature_request', 'product_board_reply', '', 'es', 'iphone;plain;qp;mobile-sig;rfc2047-q-utf8-from',
    'recordatorios por WhatsApp', message(top, ([], _enc(body.encode('utf-8'), 'quoted-printable'))))

# ---- F12 municipal holidays per location (pt), Outlook HTML-only cp1252
d = D('WET', 2, 24, 15, 9)
mid = mid_outlook_eu()
body = """Ol\u00e1,

Fica aqui uma sugest\u00e3o para o GoodTime: em Portugal temos feriados municipais diferentes em cada concelho (Santo Ant\u00f3nio em Lisboa a 13 de junho, S\u00e3o Jo\u00e3o no Porto a 24 de junho, etc.). O GoodTime n\u00e3o os conhece e no ano passado prop\u00f4s entrevistas no Porto em pleno S\u00e3o Jo\u00e3o, com o escrit\u00f3rio fechado.

Seria \u00f3timo poder definir feriados por localiza\u00e7\u00e3o ou escrit\u00f3rio, para que o GoodTime n\u00e3o sugira hor\u00e1rios nesses dias.

Obrigada,
In\u00eas Ara\u00fajo
T\u00e9cnica de Recrutamento \u2013 Maia"""
top = rx_long_int(d, 3) + outlook_top(addr('Ara\u00fajo, In\u00eas', 'ines.araujo@harrowgatelogistics.pt', 'q'), TO1,
                                      ew_q('Sugest\u00e3o: feriados municipais no GoodTime'), d, mid, lang='pt-PT')
reg('F12', 'feature_request', 'product_board_reply', '', 'pt', 'outlook-html-only;qp;windows-1252;rfc2047-q-utf8',
    'feriados municipais por local', message(top, ol_html(body, lang='PT')))

# ================================================================= ESCALATIONS

# ---- E1 renewal, seat count, pricing (en), Procurement, Outlook alt + PDF order form
d = D('ET', 3, 2, 13, 5)
mid = mid_outlook()
body = """Hello,

Procurement is starting the renewal process for the GoodTime subscription, which is up on May 31, 2026. Before we engage with GoodTime\u2019s account team I need a few things from the business:

1. A confirmed seat count for the next term. The current order form (attached) has 150 seats; I\u2019m hearing we may need more with the Europe roll-out and fewer at some US sites.
2. Whether we want a multi-year term. Finance has asked us to look at a 2- or 3-year option if GoodTime will hold price.
3. A contact at GoodTime who can walk us through their pricing tiers.

Could the project team coordinate with GoodTime\u2019s customer success lead and let me know who will join the renewal call? I\u2019d like it scheduled by mid-April.

Best regards,
Ray

""" + sig_us('Ray Delgado', 'Strategic Sourcing Manager \u2013 Indirect Procurement', 'Head Office', COLUMBUS,
             '+1 614-555-0154', '+1 614-555-0193', 'ray.delgado@harrowgatelogistics.com') + '\n\n' + DISC_US
alt = ol_alt(body)
pdfd = pdf(['ORDER FORM - GoodTime Subscription', 'Customer: Harrowgate Logistics, Inc.',
            'Term: June 1, 2025 - May 31, 2026', 'Seats: 150', 'Auto-renewal: No', 'Signed: R. Delgado'],
           'HL_GoodTime_OrderForm_2025')
part = multipart('mixed', [alt, attach('application/pdf', 'HL_GoodTime_OrderForm_2025.pdf', pdfd)], ol_boundary())
top = rx_int(d, 2) + outlook_top(addr('Delgado, Ray', 'ray.delgado@' + HL), TO1,
                                 'GoodTime renewal \u2013 May 2026 \u2013 seat count and pricing discussion'.encode('utf-8'),
                                 d, mid, attach_=True, cc=addr("O'Leary, Megan", 'megan.oleary@' + HL))
reg('E1', 'escalation', 'flag_csm', '', 'en',
    'outlook;multipart-mixed;multipart-alternative;qp;pdf;long-sig;disclaimer;raw-utf8-subject', 'renewal and seats',
    message(top, part))

# ---- E2 invoice seat dispute (en), Finance, Outlook HTML-only + PDF, chain
d = D('ET', 3, 6, 15, 44)
mid = mid_outlook()
body = """Hi,

AP received GoodTime\u2019s Q1 invoice (INV-2026-01874, attached) billing 180 user seats. Per the user export Jenna sent us in January we have 138 active users, and our contract is for 150. The invoice is $11,340 over the PO (PO 4500219876), so it\u2019s on hold in our system and can\u2019t be paid until it\u2019s resolved.

Who at GoodTime should we be talking to about this? We need either a corrected invoice or an explanation of how the 180 was calculated. Payment terms are net 30 from Feb 27.

Thanks,
Lisa Nguyen
Accounts Payable Supervisor | Finance Shared Services
Harrowgate Logistics | Head Office
O: +1 614-555-0166"""
html = ol_html(body)
pdfd = pdf(['INVOICE INV-2026-01874', 'Bill to: Harrowgate Logistics, Inc. - Accounts Payable',
            'Description: GoodTime platform subscription, Q1 2026', 'Quantity: 180 user seats',
            'PO: 4500219876', 'Terms: Net 30'], 'INV-2026-01874')
part = multipart('mixed', [html, attach('application/pdf', 'INV-2026-01874.pdf', pdfd)], ol_boundary())
top = rx_long_int(d, 7) + arc(d) + [authres(HL)] + \
    outlook_top(addr('Nguyen, Lisa', 'lisa.nguyen@' + HL), TO1,
                'GoodTime invoice INV-2026-01874 - seat count doesn\'t match contract', d, mid, attach_=True)
reg('E2', 'escalation', 'flag_csm', '', 'en',
    'outlook-html-only;multipart-mixed;qp;windows-1252;pdf;received-chain;arc;auth-results', 'invoice / seat dispute',
    message(top, part))

# ---- E3 training for a new coordinator pod (en), Apple Mail
d = D('ET', 3, 9, 15, 20)
body = """Hi team,

We\u2019re standing up a new recruiting coordinator pod for the Dallas and Joliet warehouses: 9 coordinators plus 6 hiring managers who\u2019ll be scheduling their own phone screens. Most of them have never used GoodTime.

Could we set up a proper training session (or two, given shifts) run by GoodTime for this group? Ideally in the first two weeks of April, covering panels, pools and how we handle reschedules here. I\u2019m happy to sort out rooms and Teams.

Who\u2019s the right person to line this up with on GoodTime\u2019s side?

Derek Okafor
HR Business Partner \u2013 Operations (South & Midwest)
Harrowgate Logistics"""
alt = apple_alt(body)
top = rx_int(d, 2) + ['From: Derek Okafor <derek.okafor@' + HL + '>',
                      'Content-Type: ' + alt[0][0].split(': ', 1)[1],
                      'Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.500.181.1.5\\))',
                      'Subject: Training for new coordinator team - Dallas & Joliet',
                      'Message-Id: ' + mid_apple(HL), 'Date: ' + d.hdr, 'To: ' + TO1,
                      'X-Mailer: Apple Mail (2.3826.500.181.1.5)']
reg('E3', 'escalation', 'flag_csm', '', 'en', 'apple-mail;multipart-alternative;qp', 'team training request',
    message(top, (alt[0][1:], alt[1])))

# ---- E4 overall complaint (en), Outlook plain
d = D('ET', 3, 17, 19, 12)
mid = mid_outlook()
body = """I want to be direct about where we are.

For the past six weeks my team has dealt with one GoodTime problem after another: calendars dropping, reminders not going out, links missing, the daylight saving mess last week. Each time we open a ticket, each time we get a workaround, and two weeks later it's something else. My coordinators have gone back to scheduling half of the hub interviews by hand in Outlook because they don't trust the tool. That is the opposite of why we bought it.

I'm not looking for another ticket number. I want a meeting with whoever owns our account at GoodTime, and I want to see a plan for how they're going to stabilize this before peak season. We are less than three months from renewal and right now I would not recommend it.

Please set that up and let me know when.

Megan O'Leary
Director, Talent Acquisition - North America
Harrowgate Logistics
"""
top = rx_int(d, 2) + outlook_top(addr("O'Leary, Megan", 'megan.oleary@' + HL), TO1, 'GoodTime - this is not working',
                                 d, mid, cc=addr('Whitcomb, Dana', 'dana.whitcomb@' + HL))
reg('E4', 'escalation', 'flag_csm', '', 'en', 'outlook-plain;7bit;angry;night', 'overall complaint, wants account meeting',
    message(top, text(body, 'plain', 'us-ascii', '7bit')))

# ---- E5 process change to regional recruiting (en), Outlook alt + .ics
d = D('CT', 3, 12, 16, 2)
mid = mid_outlook()
body = """Hi all,

As of April 1 we\u2019re moving from site-based recruiting to three regional recruiting teams (East, Central, West). Coordinators will schedule for several sites each, and interviewers will increasingly come from neighboring sites.

That changes a lot of how GoodTime is set up today: our interviewer pools and templates are built per site, rooms are per site, and load limits were set assuming people only interview for their own building. Before we start rebuilding things ourselves, I\u2019d like GoodTime\u2019s input on how other multi-site customers structure this, and help planning the change.

I\u2019ve attached a placeholder for a working session on March 24. Could you bring in our contact at GoodTime for it?

Thanks,
Tanya

Tanya Brooks
Recruiting Manager, Central Region
Harrowgate Logistics | Memphis Cross-Dock Hub"""
alt = ol_alt(body)
start = datetime.datetime(2026, 3, 24, 15, 0)
ical = ics('REQUEST', 'GoodTime set-up for regional recruiting - working session', start, 90,
           'tanya.brooks@' + HL, [HELP, 'jenna.kowalski@' + HL], location='Microsoft Teams Meeting',
           description='Placeholder - agenda to follow. Pools, templates, rooms and load limits for regional teams.')
part = multipart('mixed', [alt, attach('text/calendar; charset="utf-8"; method=REQUEST', 'invite.ics', ical.encode('utf-8'),
                                      name_param=False)], ol_boundary())
top = rx_int(d, 2) + outlook_top(addr('Brooks, Tanya', 'tanya.brooks@' + HL), TO1,
                                 'Moving to regional recruiting teams in Q2 - need GoodTime set-up reviewed', d, mid,
                                 attach_=True)
reg('E5', 'escalation', 'flag_csm', '', 'en', 'outlook;multipart-mixed;multipart-alternative;qp;ics',
    'process change, wants consult', message(top, part))

# ---- E6 adding EU entities to the account (en), IT, Thunderbird, DKIM + ARC, CRLF
d = D('ET', 2, 23, 10, 47)
body = """Hi,

IT has been asked to get the European subsidiaries onto GoodTime by the end of Q2. Before we provision anything we need to understand how GoodTime wants to handle this at the account level:

- Can users on the harrowgatelogistics.de / .es / .fr / .pt domains be added to our existing account, or does each entity need its own instance?
- Our Europe users authenticate against a separate Entra ID tenant. Can the account support more than one identity provider?
- Data residency: does an EU instance come with a different contract or order form?

This probably needs a conversation with GoodTime's account team rather than support. Can you set that up and include me and Ray Delgado from Procurement?

Kevin Marsh
Senior Systems Analyst | IT Service Delivery
Harrowgate Logistics
"""
top = rx_long_int(d, 6) + [dkim(HL, d)] + arc(d) + [authres(HL)] + [
    'Message-ID: ' + mid_tb(HL), 'Date: ' + d.hdr, 'MIME-Version: 1.0', 'User-Agent: Mozilla Thunderbird',
    'Content-Language: en-US', 'To: ' + TO1, 'Cc: Ray Delgado <ray.delgado@' + HL + '>',
    'From: Kevin Marsh <kevin.marsh@' + HL + '>',
    'Subject: Adding the UK/DE/ES/FR/PT entities to our GoodTime account']
reg('E6', 'escalation', 'flag_csm', '', 'en', 'thunderbird;plain;7bit;received-chain;dkim;arc;auth-results;crlf',
    'account structure for subsidiaries', message(top, text(body, 'plain', 'UTF-8', '7bit', '; format=flowed', csq=False),
                                                  crlf=True))

# ---- E7 recurring sync outage happening again now (en) -> CSM + Support
d = D('ET', 3, 18, 9, 6)
mid = mid_outlook()
body = """Team,

The iCIMS \u2192 GoodTime sync is down AGAIN as of about 8:15 this morning. Candidates moved to interview stages in iCIMS are not appearing in GoodTime \u2014 roughly 40 candidates across Memphis, Reno and Dallas are stuck right now and the coordinators can\u2019t schedule any of them.

This is the THIRD time this month (March 3, March 11 and today). Every time Support fixes it and every time it comes back. Same issue as tickets #118204 and #118577.

Two things: (1) someone please get GoodTime Support on today\u2019s outage right now, and (2) I want this escalated to our account lead at GoodTime. We need a root cause and a commitment, not another reset.

Alicia Grant
Senior Manager, Recruiting Operations
Harrowgate Logistics | Head Office"""
top = rx_long_int(d, 6) + [dkim(HL, d)] + [authres(HL)] + \
    outlook_top(addr('Grant, Alicia', 'alicia.grant@' + HL), TO1,
                '3rd ATS sync outage this month \u2013 happening AGAIN right now'.encode('utf-8'), d, mid,
                extra=['Importance: high', 'X-Priority: 1'])
reg('E7', 'escalation', 'flag_csm+forward_support', '', 'en',
    'outlook;multipart-alternative;qp;caps;raw-utf8-subject;received-chain;dkim;auth-results',
    'recurring outage, live again', message(top, ol_alt(body)))

# ---- E8 temporary licences for peak (en), reply on unrelated garage thread, long sig
d = D('ET', 3, 25, 14, 19)
mid = mid_outlook()
body = """Totally different subject, but since you\u2019re on this thread, Jenna: for Q4 peak we\u2019ll be bringing on about 25 temporary recruiters and coordinators through our staffing partners from September through December. They\u2019ll need GoodTime access. Do we have spare seats in the current contract, or do we need to buy temporary licences from GoodTime? If it\u2019s the latter I\u2019d like to start that conversation with them now so it\u2019s in the budget.

Beth

""" + sig_us('Beth Carver', 'Procurement Specialist \u2013 Indirect Spend', 'Head Office', COLUMBUS, '+1 614-555-0158',
             None, 'beth.carver@harrowgatelogistics.com', tag=False) + """

-----Original Message-----
From: Kowalski, Jenna <jenna.kowalski@harrowgatelogistics.com>
Sent: Wednesday, March 25, 2026 10:03 AM
To: Carver, Beth <beth.carver@harrowgatelogistics.com>; Facilities Columbus <facilities.cmh@harrowgatelogistics.com>
Cc: GoodTime Help Line <helpline@harrowgatelogistics.com>
Subject: Garage access cards for contractors

Hi Beth, hi Facilities,

The two contract recruiters starting April 6 will need access cards for the Easton garage (level 3). Can Procurement confirm the PO for the card fee and Facilities issue them on the first day?

Thanks,
Jenna
"""
top = rx_int(d, 2) + outlook_top(addr('Carver, Beth', 'beth.carver@' + HL),
                                 addr('Kowalski, Jenna', 'jenna.kowalski@' + HL) + '; ' + TO1,
                                 'RE: Garage access cards for contractors', d, mid, inreply=mid_outlook())
reg('E8', 'escalation', 'flag_csm', '', 'en', 'outlook-plain;qp;reply-offtopic;original-message;long-sig',
    'temporary seats for peak', message(top, text(body, 'plain', 'utf-8', 'quoted-printable')))

# ---- E9 business review before renewal (en), Outlook iOS reply on holiday-party thread
d = D('ET', 3, 14, 8, 22)
mid = mid_outlook()
body = """Jenna \u2013 separate topic. I\u2019d like a proper business review with GoodTime before the renewal: adoption by site, time-to-schedule trends, what\u2019s been breaking and what they\u2019re doing about it, and what\u2019s on their roadmap for multi-country. Please set it up with their team for late April and include Megan and Ray. 60 min is fine.

Dana

Get Outlook for iOS"""
quote_hdr = """________________________________
From: Kowalski, Jenna <jenna.kowalski@harrowgatelogistics.com>
Sent: Friday, March 13, 2026 5:02:11 PM
To: Whitcomb, Dana <dana.whitcomb@harrowgatelogistics.com>
Cc: GoodTime Help Line <helpline@harrowgatelogistics.com>
Subject: Holiday party 2026 \u2013 venue hold

Hi Dana,

The Columbus Athenaeum can hold Saturday, December 12 for us until April 1 with a $2,000 deposit. Do you want me to go ahead, or wait until the budget is final?

Thanks,
Jenna"""
plain = body + '\n' + quote_hdr + '\n'
html = ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n<body>\n'
        '<div dir="auto">' + '<br>'.join(esc(l) for l in body.split('\n')[:-1]) + '</div>\n'
        '<div dir="auto">Get <a href="https://aka.ms/o0ukef">Outlook for iOS</a></div>\n<hr style="display:inline-block;width:98%">\n'
        '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" color="#000000" style="font-size:11pt">'
        + '<br>'.join(esc(l) for l in quote_hdr.split('\n')[1:6]) + '</font><div>&nbsp;</div></div>\n<div>'
        + '<br>'.join(esc(l) for l in quote_hdr.split('\n')[7:]) + '</div>\n</body>\n</html>\n')
part = multipart('alternative', [text(plain, 'plain', 'utf-8', 'quoted-printable'), text(html, 'html', 'utf-8', 'quoted-printable')],
                 ol_boundary())
top = rx_int(d, 3) + outlook_top(addr('Whitcomb, Dana', 'dana.whitcomb@' + HL), TO1 + ', ' + addr('Kowalski, Jenna', 'jenna.kowalski@' + HL),
                                 'Re: Holiday party 2026 \u2013 venue hold'.encode('utf-8'), d, mid, inreply=mid_outlook(),
                                 topic='Holiday party 2026 \u2013 venue hold'.encode('utf-8'))
reg('E9', 'escalation', 'flag_csm', '', 'en',
    'outlook-ios;multipart-alternative;qp;reply-offtopic;outlook-quote-block;mobile-sig;raw-utf8-subject',
    'business review request', message(top, part))

# ---- E10 repeated sync problems, wants account meeting (es), Outlook HTML-only cp1252 + winmail.dat
d = D('CET', 3, 11, 17, 52)
mid = mid_outlook_eu()
body = """Buenas tardes:

Os escribo porque la situaci\u00f3n en Zaragoza ya no es sostenible. Desde mediados de febrero tenemos problemas de sincronizaci\u00f3n de calendarios casi todas las semanas: entrevistadores que aparecen libres cuando no lo est\u00e1n, invitaciones que no llegan\u2026 Hemos abierto cinco incidencias con el soporte de GoodTime y cada vez nos dan un apa\u00f1o que dura unos d\u00edas.

No quiero abrir una sexta incidencia. Quiero una reuni\u00f3n con la persona de GoodTime que lleva nuestra cuenta, con vosotros delante, para entender qu\u00e9 est\u00e1 pasando y cu\u00e1l es el plan. Tenemos la campa\u00f1a de verano encima.

Un saludo,
\u00cd\u00f1igo Echeverr\u00eda
Responsable de Operaciones \u2013 Zaragoza
Harrowgate Logistics Espa\u00f1a S.L."""
part = multipart('mixed', [ol_html(body, lang='ES'), attach('application/ms-tnef', 'winmail.dat', winmail(9))], ol_boundary())
top = rx_long_int(d, 3) + outlook_top(addr('Echeverr\u00eda, \u00cd\u00f1igo', 'inigo.echeverria@harrowgatelogistics.es', 'b'),
                                      TO1, ew_fold('Problemas continuos con GoodTime en Zaragoza \u2013 necesitamos una reuni\u00f3n', 'q', 'utf-8', 30),
                                      d, mid, lang='es-ES', attach_=True, tnef=True)
reg('E10', 'escalation', 'flag_csm', '', 'es',
    'outlook-html-only;multipart-mixed;qp;windows-1252;winmail-dat;rfc2047-q-utf8;rfc2047-b-from;folded-subject',
    'problemas recurrentes, pide reuni\u00f3n', message(top, part))

# ---- E11 training for the French team (fr), Apple Mail, B-encoded subject
d = D('CET', 3, 19, 9, 27)
body = """Bonjour,

Nous avons maintenant huit personnes qui planifient des entretiens dans GoodTime \u00e0 Saint-Priest et \u00e0 Roissy, dont quatre arriv\u00e9es depuis janvier qui n\u2019ont eu aucune formation, \u00e0 part une vid\u00e9o en anglais.

Serait-il possible d\u2019organiser une session de formation avec GoodTime pour toute l\u2019\u00e9quipe, id\u00e9alement en fran\u00e7ais, courant avril ? Les points qui posent le plus de difficult\u00e9s : les entretiens en panel, les viviers d\u2019intervieweurs et la gestion des reports.

Merci de me dire qui peut organiser cela.

Bien cordialement,
Sandrine Morel
Responsable Ressources Humaines France"""
alt = apple_alt(body)
top = rx_long_int(d, 4) + ['From: Sandrine Morel <sandrine.morel@harrowgatelogistics.fr>',
                           'Content-Type: ' + alt[0][0].split(': ', 1)[1],
                           'Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.500.181.1.5\\))',
                           'Subject: ' + ew_fold('Demande de formation GoodTime pour l\u2019\u00e9quipe recrutement France', 'b'),
                           'Message-Id: ' + mid_apple('harrowgatelogistics.fr'), 'Date: ' + d.hdr, 'To: ' + TO1,
                           'X-Mailer: Apple Mail (2.3826.500.181.1.5)']
reg('E11', 'escalation', 'flag_csm', '', 'fr', 'apple-mail;multipart-alternative;qp;rfc2047-b;folded-subject',
    'formation pour l\u2019\u00e9quipe', message(top, (alt[0][1:], alt[1])))

# ---- E12 invoicing licences to the Portuguese entity (pt), Gmail/Workspace, base64 html
d = D('WET', 3, 20, 15, 41)
body = """Boa tarde,

A partir de julho, a Harrowgate Logistics Portugal, Lda. passa a suportar diretamente os custos das ferramentas de RH que utiliza, por exig\u00eancia da auditoria. Isso inclui as 12 licen\u00e7as do GoodTime que hoje est\u00e3o no contrato dos EUA.

Precisamos de perceber com a GoodTime se \u00e9 poss\u00edvel faturar estas licen\u00e7as \u00e0 entidade portuguesa (com o nosso NIF e IVA), mantendo o mesmo contrato, ou se \u00e9 necess\u00e1rio um contrato separado. Quem \u00e9 o nosso contacto na GoodTime para este tipo de assunto? Agrade\u00e7o que nos ponham em contacto.

Com os melhores cumprimentos,
Paulo Mendes
Diretor Financeiro \u2013 Harrowgate Logistics Portugal, Lda."""
part = gmail_alt(body, cte_plain='base64', cte_html='base64')
top = rx_gmail(d, 7) + [dkim('harrowgatelogistics.pt', d, 'google', 'mime-version:from:date:message-id:subject:to:cc:content-type'),
                        authres('harrowgatelogistics.pt', '209.85.221.%d' % R.randint(10, 99)),
                        'MIME-Version: 1.0', 'From: Paulo Mendes <paulo.mendes@harrowgatelogistics.pt>',
                        'Date: ' + d.hdr, 'Message-ID: ' + mid_gmail(),
                        'Subject: ' + ew_fold('Fatura\u00e7\u00e3o das licen\u00e7as GoodTime para a Harrowgate Logistics Portugal', 'q', 'utf-8', 28),
                        'To: ' + TO1, 'Cc: Ray Delgado <ray.delgado@' + HL + '>']
reg('E12', 'escalation', 'flag_csm', '', 'pt', 'gmail;multipart-alternative;base64;utf-8;rfc2047-q-utf8;folded-subject;received-chain;dkim;auth-results',
    'fatura\u00e7\u00e3o / contrato por entidade', message(top, part))

# ================================================================= NOISE

# ---- X1 out-of-office with Auto-Submitted (en), Exchange
d = D('CT', 3, 16, 6, 2)
mid = mid_outlook()
orig = mid_outlook()
body = """I am out of the office Monday, March 16 through Friday, March 20 with limited access to e-mail. For URGENT dispatch matters please call the Joliet dispatch desk at 815-555-0110. For recruiting questions please contact Marcus Bell (marcus.bell@harrowgatelogistics.com).

I will respond to your message when I return.

Rob Castellano
Dispatch Manager \u2013 Joliet"""
top = rx_int(d, 2) + outlook_top(addr('Castellano, Rob', 'rob.castellano@' + HL), TO1,
                                 'Automatic reply: GoodTime interviewer refresher \u2013 Joliet dispatch leads'.encode('utf-8'),
                                 d, mid, inreply=orig,
                                 extra=['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All',
                                        'X-MS-Exchange-Inbox-Rules-Loop: rob.castellano@' + HL,
                                        'X-MS-Exchange-Organization-AutoReply: 1'])
reg('X1', 'noise', 'ignore', '', 'en', 'out-of-office;auto-submitted;outlook;multipart-alternative;qp;raw-utf8-subject',
    'OOO with URGENT in text', message(top, ol_alt(body)))

# ---- X2 out-of-office without any auto headers (en)
d = D('ET', 3, 23, 12, 40)
body = """Hi,

I'm out on leave and will be back Monday, April 6. I won't be checking e-mail while I'm away.

For anything related to head office interview scheduling, please reach out to Angela Moretti or the GoodTime help line (helpline@harrowgatelogistics.com).

Thanks,
Heather
"""
mid = mid_outlook()
top = rx_int(d, 2) + outlook_top(addr('Sloan, Heather', 'heather.sloan@' + HL), TO2,
                                 'Out of Office: Re: Updated interviewer pool list for Columbus HQ', d, None,
                                 inreply=mid_outlook(), ti=False)
reg('X2', 'noise', 'ignore', '', 'en', 'out-of-office;no-auto-submitted;plain;7bit;no-message-id', 'OOO without auto headers',
    message(top, text(body, 'plain', 'us-ascii', '7bit')))

# ---- X3 Postfix bounce (en), multipart/report delivery-status
d = D('ET', 3, 4, 16, 33)
qid = rhex(11)
orig_mid = mid_outlook()
notice = """This is the mail system at host mx2.harrowgatelogistics.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<t.jansen@harrowgatelogistcs.com>: Host or domain name not found. Name service
    error for name=harrowgatelogistcs.com type=MX: Host not found, try again
"""
dsn = """Reporting-MTA: dns; mx2.harrowgatelogistics.com
X-Postfix-Queue-ID: %s
X-Postfix-Sender: rfc822; helpline@harrowgatelogistics.com
Arrival-Date: %s

Final-Recipient: rfc822; t.jansen@harrowgatelogistcs.com
Original-Recipient: rfc822;t.jansen@harrowgatelogistcs.com
Action: failed
Status: 5.4.4
Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
    for name=harrowgatelogistcs.com type=MX: Host not found, try again
""" % (qid, d.plus(-1).hdr)
orig_h = """Received: from SA1PR11MB6733.namprd11.prod.outlook.com (unknown [40.107.94.61])
\tby mx2.harrowgatelogistics.com (Postfix) with ESMTPS id %s
\tfor <t.jansen@harrowgatelogistcs.com>; %s
From: GoodTime Help Line <helpline@harrowgatelogistics.com>
To: "t.jansen@harrowgatelogistcs.com" <t.jansen@harrowgatelogistcs.com>
Subject: RE: weekend/overnight coverage from GoodTime
Date: %s
Message-ID: %s
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="_000_SA1PR11MB6733_"
""" % (qid, d.plus(-1).hdr, d.plus(-1).hdr, orig_mid)
b = 'B%s.%d/mx2.harrowgatelogistics.com' % (rhex(10), R.randint(1000000000, 1999999999))
part = multipart('report', [raw_part(['Content-Description: Notification', 'Content-Type: text/plain; charset=us-ascii'], notice),
                            raw_part(['Content-Description: Delivery report', 'Content-Type: message/delivery-status'], dsn),
                            raw_part(['Content-Description: Undelivered Message Headers', 'Content-Type: text/rfc822-headers'], orig_h)],
                 b, params='; report-type=delivery-status', preamble='This is a MIME-encapsulated message.')
top = ['Return-Path: <>', 'Delivered-To: helpline@harrowgatelogistics.com'] + received(d, ['exo-internal', 'exo-fe', 'eop-in', 'postfix']) + [
    'Date: ' + d.hdr.replace(' -0500', ' -0500 (EST)'), 'From: MAILER-DAEMON@mx2.harrowgatelogistics.com (Mail Delivery System)',
    'Subject: Undelivered Mail Returned to Sender', 'To: helpline@harrowgatelogistics.com',
    'Auto-Submitted: auto-replied', 'MIME-Version: 1.0',
    'Message-Id: <20260304%s.%s@mx2.harrowgatelogistics.com>' % (d.fmt('%H%M%S'), rhex(10))]
reg('X3', 'noise', 'ignore', '', 'en', 'bounce;dsn;multipart-report;mailer-daemon;postfix;received-chain',
    'bounce for typo domain', message(top, part))

# ---- X4 Exchange NDR (en), message/rfc822 original, CRLF
d = D('ET', 3, 9, 8, 31)
orig_mid = mid_outlook()
html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"></head><body>
<p><b><font color="#000066" size="3" face="Arial">Your message to kyle.benton@harrowgatelogistics.com couldn't be delivered.</font></b></p>
<p><font size="2" face="Segoe UI">kyle.benton wasn't found at harrowgatelogistics.com.</font></p>
<table><tr><td><font size="2">helpline</font></td><td><font size="2">Office 365</font></td><td><font size="2" color="#C00000"><b>kyle.benton</b></font></td></tr>
<tr><td>Action Required</td><td></td><td>Recipient</td></tr></table>
<p><font size="2"><b>Unknown To address</b></font></p>
<p><font size="2">How to Fix It<br>The address may be misspelled or may not exist. Try one or more of the following:<br>
Retype the recipient's address, then resend the message.</font></p>
<p><font size="2">Diagnostic information for administrators:<br>Generating server: SA1PR11MB8643.namprd11.prod.outlook.com<br>
kyle.benton@harrowgatelogistics.com<br>Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient kyle.benton@harrowgatelogistics.com not found by SMTP address lookup'</font></p>
</body></html>
"""
dsn = """Reporting-MTA: dns;SA1PR11MB8643.namprd11.prod.outlook.com
Received-From-MTA: dns;SA1PR11MB8643.namprd11.prod.outlook.com
Arrival-Date: %s

Final-Recipient: rfc822;kyle.benton@harrowgatelogistics.com
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient kyle.benton@harrowgatelogistics.com not found by SMTP address lookup
""" % utcfmt(d.utc - datetime.timedelta(seconds=3))
orig = message(['From: GoodTime Help Line <helpline@harrowgatelogistics.com>',
                'To: "kyle.benton@harrowgatelogistics.com" <kyle.benton@harrowgatelogistics.com>',
                'Subject: GoodTime office hours - March schedule', 'Date: ' + d.plus(-1).hdr,
                'Message-ID: ' + orig_mid, 'Content-Language: en-US', 'MIME-Version: 1.0'],
               text('Hi all,\n\nGoodTime office hours for coordinators this month are Tuesdays at 2:00 PM ET on Teams.\n\nRecruiting Operations\n',
                    'plain', 'us-ascii', '7bit'))
b = ol_boundary()
part = multipart('report', [text(html, 'html', 'us-ascii', 'quoted-printable'),
                            raw_part(['Content-Type: message/delivery-status'], dsn),
                            raw_part(['Content-Type: message/rfc822'], orig)],
                 b, params='; report-type=delivery-status')
top = received(d, ['exo-internal', 'exo-internal']) + [
    'From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@harrowgatelogistics.com>',
    'To: <helpline@harrowgatelogistics.com>', 'Date: ' + d.hdr, 'Content-Language: en-US',
    'Message-ID: <%s@SA1PR11MB8643.namprd11.prod.outlook.com>' % uuid_upper().lower(),
    'In-Reply-To: ' + orig_mid, 'References: ' + orig_mid,
    'Thread-Topic: GoodTime office hours - March schedule', 'Thread-Index: ' + thread_index(),
    'Subject: Undeliverable: GoodTime office hours - March schedule', 'Auto-Submitted: auto-replied',
    'X-MS-Exchange-Message-Is-Ndr:', 'MIME-Version: 1.0']
reg('X4', 'noise', 'ignore', '', 'en', 'bounce;ndr;exchange;multipart-report;message-rfc822;crlf',
    'NDR for departed employee', message(top, part, crlf=True))

# ---- X5 vendor newsletter with List-Unsubscribe (en)
d = D('ET', 3, 10, 11, 0, 4)
plain = """GoodTime | March product roundup

Hi there,

Spring is here and so is a fresh batch of updates. Here's what's new this month:

* Smarter interviewer suggestions that take recent load into account
* New saved views in reporting
* A refreshed candidate availability page on mobile

Join our live webinar "Hiring at scale in 2026" on March 26 at 1 PM ET. Save your seat: https://mail.goodtime.io/e3t/Ctc/webinar-march

See the full release notes: https://mail.goodtime.io/e3t/Ctc/release-notes

You're receiving this e-mail because you're a GoodTime customer contact.
Unsubscribe: https://mail.goodtime.io/hs/manage-preferences/unsubscribe?d=Vn3kq&v=3
GoodTime, 1 Main Street, San Francisco, CA
"""
html = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>March product roundup</title></head>'
        '<body style="margin:0;background:#f4f1fb"><table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">'
        '<table width="600" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif">'
        '<tr><td style="background:#5b2d90;color:#fff;padding:24px;font-size:22px">March product roundup</td></tr>'
        '<tr><td style="padding:24px;font-size:15px;line-height:22px">Hi there,<br><br>Spring is here and so is a fresh batch of updates.'
        '<ul><li>Smarter interviewer suggestions that take recent load into account</li><li>New saved views in reporting</li>'
        '<li>A refreshed candidate availability page on mobile</li></ul>'
        '<a href="https://mail.goodtime.io/e3t/Ctc/webinar-march" style="background:#e6007e;color:#fff;padding:12px 20px;'
        'text-decoration:none;border-radius:4px">Save your seat</a></td></tr>'
        '<tr><td style="padding:24px;font-size:11px;color:#888">You\'re receiving this e-mail because you\'re a GoodTime customer contact. '
        '<a href="https://mail.goodtime.io/hs/manage-preferences/unsubscribe?d=Vn3kq&amp;v=3">Unsubscribe</a></td></tr>'
        '</table></td></tr></table><img src="https://mail.goodtime.io/e3t/Cto/open.gif" width="1" height="1" alt=""></body></html>\n')
part = multipart('alternative', [text(plain, 'plain', 'utf-8', 'quoted-printable'), text(html, 'html', 'utf-8', 'quoted-printable')],
                 '----=_Part_%d_%d.%d' % (R.randint(1000000, 9999999), R.randint(100000000, 999999999), R.randint(10 ** 12, 10 ** 13)))
top = received(d, ['exo-internal', 'exo-fe', 'eop-in']) + [
    'Received: from o1.mail.goodtime.io (o1.mail.goodtime.io [167.89.%d.%d]) by mx.example-esp.net with ESMTPS;\n %s' %
    (R.randint(1, 250), R.randint(1, 250), utcfmt(d.utc)),
    dkim('mail.goodtime.io', d, 'hs1', 'From:To:Subject:Date:List-Unsubscribe:List-Unsubscribe-Post:Message-ID:MIME-Version'),
    'Authentication-Results: spf=pass (sender IP is 167.89.12.40)\n smtp.mailfrom=bounce.mail.goodtime.io; dkim=pass (signature was verified)\n'
    ' header.d=mail.goodtime.io;dmarc=pass action=none header.from=mail.goodtime.io;compauth=pass reason=100',
    'From: GoodTime <news@mail.goodtime.io>', 'Reply-To: GoodTime <news@mail.goodtime.io>', 'To: ' + TO2,
    'Subject: Your March roundup: smarter suggestions, saved report views & a webinar invite',
    'Date: ' + d.hdr, 'Message-ID: <%s@mail.goodtime.io>' % uuid_upper().lower(),
    'List-Unsubscribe: <https://mail.goodtime.io/hs/manage-preferences/unsubscribe-all?d=Vn3kq&v=3>,\n <mailto:unsubscribe@mail.goodtime.io?subject=unsubscribe>',
    'List-Unsubscribe-Post: List-Unsubscribe=One-Click', 'Precedence: bulk', 'X-Report-Abuse-To: abuse@mail.goodtime.io',
    'MIME-Version: 1.0']
reg('X5', 'noise', 'ignore', '', 'en', 'newsletter;list-unsubscribe;precedence-bulk;multipart-alternative;qp;dkim',
    'vendor newsletter', message(top, part))

# ---- X6 cold marketing pitch (en), List-Unsubscribe, Message-ID without brackets
d = D('ET', 2, 17, 6, 14)
body = """Hi there,

I noticed Harrowgate Logistics is hiring CDL-A drivers in Memphis, Joliet and Reno right now.

Fleets like yours use TalentFleet to cut driver time-to-hire by up to 40% with automated text screening and same-day road test booking. Would you be open to a quick 15-minute call next week to see if it's a fit?

Best,
Jessica Lowe
Account Executive, TalentFleet

If you'd rather not hear from me, reply "no thanks" or unsubscribe here: https://go.talentfleet-hire.com/unsub?e=helpline%40harrowgatelogistics.com
"""
top = received(d, ['exo-internal', 'exo-fe', 'eop-in']) + [
    'Authentication-Results: spf=pass (sender IP is 198.2.%d.%d)\n smtp.mailfrom=send.talentfleet-hire.com; dkim=pass (signature was verified)\n'
    ' header.d=talentfleet-hire.com;dmarc=pass action=none header.from=talentfleet-hire.com;compauth=pass reason=100' % (R.randint(1, 250), R.randint(1, 250)),
    'From: Jessica Lowe <jessica@talentfleet-hire.com>', 'To: helpline@harrowgatelogistics.com',
    'Subject: Harrowgate + 40% faster driver hiring?', 'Date: ' + d.hdr,
    'Message-ID: %s.%d@send.talentfleet-hire.com' % (rhex(24, upper=False), R.randint(100, 999)),
    'List-Unsubscribe: <https://go.talentfleet-hire.com/unsub?e=helpline%40harrowgatelogistics.com>',
    'MIME-Version: 1.0', 'X-Mailer: Outreach']
reg('X6', 'noise', 'ignore', '', 'en', 'marketing;cold-outreach;list-unsubscribe;plain;7bit;msgid-no-brackets',
    'sales pitch', message(top, text(body, 'plain', 'us-ascii', '7bit')))

# ---- X7 calendar Accept (en), Outlook text/calendar REPLY
d = D('CT', 3, 5, 8, 2)
mid = mid_outlook()
start = datetime.datetime(2026, 3, 10, 19, 0)
ical = ics('REPLY', 'Accepted: GoodTime Office Hours \u2013 Coordinators (bi-weekly)', start, 45, HELP,
           ['marcus.bell@' + HL], partstat='ACCEPTED', location='Microsoft Teams Meeting')
part = multipart('alternative', [text('\n', 'plain', 'us-ascii', '7bit'),
                                 (['Content-Type: text/calendar; charset="utf-8"; method=REPLY',
                                   'Content-Transfer-Encoding: base64'], _enc(ical.encode('utf-8'), 'base64'))],
                 ol_boundary())
top = rx_int(d, 2) + outlook_top(addr('Bell, Marcus', 'marcus.bell@' + HL), TO1,
                                 'Accepted: GoodTime Office Hours \u2013 Coordinators (bi-weekly)'.encode('utf-8'), d, mid,
                                 topic='GoodTime Office Hours \u2013 Coordinators (bi-weekly)'.encode('utf-8'))
reg('X7', 'noise', 'ignore', '', 'en', 'calendar-reply;text-calendar;method-reply;base64;raw-utf8-subject',
    'meeting accepted', message(top, part))

# ---- X8 Google Calendar decline (en) with invite.ics
d = D('WET', 3, 17, 9, 44)
start = datetime.datetime(2026, 3, 19, 17, 0)
ical = ('BEGIN:VCALENDAR\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\nVERSION:2.0\r\nCALSCALE:GREGORIAN\r\n'
        'METHOD:REPLY\r\nBEGIN:VEVENT\r\nDTSTART:20260319T170000Z\r\nDTEND:20260319T180000Z\r\n'
        'DTSTAMP:20260317T094400Z\r\nORGANIZER;CN=GoodTime Help Line:mailto:helpline@harrowgatelogistics.com\r\n'
        'UID:040000008200E00074C5B7101A82E00800000000%s\r\n'
        'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=DECLINED;CN=Tiago Sim\u00f5es;X-NUM-GUESTS=0:mailto:tiago.simoes@harrowgatelogistics.pt\r\n'
        'CREATED:20260312T151500Z\r\nLAST-MODIFIED:20260317T094400Z\r\nSEQUENCE:0\r\nSTATUS:CONFIRMED\r\n'
        'SUMMARY:GoodTime refresher for hiring managers (EMEA)\r\nTRANSP:OPAQUE\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n') % rhex(40)
txt = ('Tiago Sim\u00f5es has declined this invitation.\n\nGoodTime refresher for hiring managers (EMEA)\n'
       'Thursday Mar 19, 2026 \u22c5 5pm \u2013 6pm (Western European Time - Lisbon)\n\nOrganizer\nGoodTime Help Line\n'
       'helpline@harrowgatelogistics.com\n\nInvitation from Google Calendar\n\nYou are receiving this email because you are '
       'subscribed to calendar notifications. To stop receiving these emails, go to Calendar settings, select this '
       'calendar, and change "Other notifications".\n')
htm = ('<span itemscope itemtype="http://schema.org/InformAction"><span style="display:none" itemprop="about" itemscope '
       'itemtype="http://schema.org/Person"><meta itemprop="description" content="Tiago Sim\u00f5es has declined this invitation."/>'
       '</span></span><div style="font-family:Roboto,Helvetica,Arial,sans-serif"><p><b>Tiago Sim\u00f5es</b> has declined this invitation.</p>'
       '<h2>GoodTime refresher for hiring managers (EMEA)</h2><p>Thursday Mar 19, 2026 \u22c5 5pm \u2013 6pm (Western European Time - Lisbon)</p>'
       '<p style="color:#70757a;font-size:12px">Invitation from Google Calendar</p></div>\n')
b1 = gm_boundary()
inner = multipart('alternative', [text(txt, 'plain', 'UTF-8', 'quoted-printable', csq=True),
                                  text(htm, 'html', 'UTF-8', 'quoted-printable', csq=True),
                                  (['Content-Type: text/calendar; charset="UTF-8"; method=REPLY',
                                    'Content-Transfer-Encoding: 7bit'], ical.encode('utf-8'))], b1)
part = multipart('mixed', [inner, attach('application/ics', 'invite.ics', ical.encode('utf-8'), extra=())], gm_boundary())
top = rx_gmail(d, 5) + [dkim('harrowgatelogistics.pt', d, 'google', 'mime-version:reply-to:sender:message-id:date:subject:from:to'),
                        'MIME-Version: 1.0', 'Reply-To: ' + addr('Tiago Sim\u00f5es', 'tiago.simoes@harrowgatelogistics.pt', 'b'),
                        'Sender: Google Calendar <calendar-notification@google.com>',
                        'Message-ID: <calendar-%s-%s-%s-%s-%s@google.com>' % (rhex(8, 0), rhex(4, 0), rhex(4, 0), rhex(4, 0), rhex(12, 0)),
                        'Date: ' + d.hdr.replace(' +0000', ' +0000'),
                        'Subject: Declined: GoodTime refresher for hiring managers (EMEA) @ Thu Mar 19, 2026\n 5pm - 6pm (WET) (helpline@harrowgatelogistics.com)',
                        'From: ' + addr('Tiago Sim\u00f5es', 'tiago.simoes@harrowgatelogistics.pt', 'b'), 'To: ' + TO2]
reg('X8', 'noise', 'ignore', '', 'en', 'calendar-reply;google-calendar;text-calendar;ics;multipart-mixed;folded-subject;dkim',
    'meeting declined', message(top, part))

# ---- X9 read receipt (en), Outlook MDN
d = D('PT', 3, 12, 14, 21)
orig_mid = mid_outlook()
txt = """Your message

To: Tate, Brian
Subject: Interviewer pool clean-up - Reno dock supervisors
Sent: Thursday, March 12, 2026 1:58:03 PM (UTC-08:00) Pacific Time (US & Canada)

was read on Thursday, March 12, 2026 2:21:37 PM (UTC-08:00) Pacific Time (US & Canada).
"""
mdn = """Reporting-UA: SJ0PR11MB5179.namprd11.prod.outlook.com
Final-Recipient: RFC822;brian.tate@harrowgatelogistics.com
Original-Message-ID: %s
Disposition: manual-action/MDN-sent-manually; displayed
""" % orig_mid
part = multipart('report', [text(txt, 'plain', 'utf-8', 'quoted-printable'),
                            raw_part(['Content-Type: message/disposition-notification'], mdn)],
                 ol_boundary(), params='; report-type=disposition-notification')
top = rx_int(d, 2) + outlook_top(addr('Tate, Brian', 'brian.tate@' + HL), TO1,
                                 'Read: Interviewer pool clean-up - Reno dock supervisors', d, mid_outlook(), ti=False)
reg('X9', 'noise', 'ignore', '', 'en', 'read-receipt;mdn;multipart-report', 'read receipt', message(top, part))

# ---- X10 phishing (en), lookalike domain, failed auth
d = D('ET', 3, 8, 3, 12)
html = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<div style="background:#5b2d90;padding:14px;color:#fff;font-size:20px">GoodTime</div>
<p>Dear Helpline,</p>
<p>We were unable to verify the billing administrator for your organization's GoodTime workspace. To avoid interruption of interview scheduling for <b>all users</b>, your workspace will be <b>suspended within 24 hours</b> unless an administrator re-verifies their credentials.</p>
<p style="text-align:center"><a href="http://goodtime-io.account-verify-center.com/login?ref=hgl-7731" style="background:#e6007e;color:#fff;padding:12px 28px;text-decoration:none">Verify Workspace Now</a></p>
<p>If you have already verified, please ignore this message.</p>
<p>Regards,<br>GoodTime Billing Security Team</p>
<p style="font-size:10px;color:#999">&copy; 2026 GoodTime Inc. All rights reserved.</p>
</body></html>
"""
top = received(d, ['exo-internal', 'exo-fe', 'eop-in']) + [
    'Received: from vps-4471.hostingnodes.xyz (unknown [45.%d.%d.%d]) by mail.account-verify-center.com;\n %s' %
    (R.randint(1, 250), R.randint(1, 250), R.randint(1, 250), utcfmt(d.utc)),
    'Authentication-Results: spf=softfail (sender IP is 45.%d.%d.%d)\n smtp.mailfrom=account-verify-center.com; dkim=none (message not signed)\n'
    ' header.d=none;dmarc=fail action=quarantine header.from=goodtime-io.account-verify-center.com;compauth=fail reason=001' %
    (R.randint(1, 250), R.randint(1, 250), R.randint(1, 250)),
    'From: "GoodTime Support" <support@goodtime-io.account-verify-center.com>',
    'Reply-To: billing-verify@protonmail-secure.net', 'To: helpline@harrowgatelogistics.com',
    'Subject: [Action Required] Your GoodTime workspace will be suspended in 24 hours',
    'Date: ' + d.hdr, 'Message-ID: <%s@account-verify-center.com>' % rhex(16, upper=False),
    'X-MS-Exchange-Organization-SCL: 5', 'X-Priority: 1', 'MIME-Version: 1.0']
reg('X10', 'noise', 'ignore', '', 'en', 'phishing;html-only;qp;auth-fail;lookalike-domain;night',
    'credential phishing posing as vendor', message(top, text(html, 'html', 'utf-8', 'quoted-printable')))

# ---- X11 bare thanks over a quoted answer (en)
d = D('CT', 2, 17, 9, 3)
mid = mid_outlook()
quote = ([('From:', 'GoodTime Help Line <helpline@harrowgatelogistics.com>'),
          ('Sent:', 'Monday, February 16, 2026 4:47 PM'),
          ('To:', 'Baptiste, Nicole <nicole.baptiste@harrowgatelogistics.com>'),
          ('Subject:', 'RE: Texting candidates?')],
         """Hi Nicole,

Thanks for the question \u2014 we\u2019ve passed it on and will come back to you once we hear from GoodTime.

Recruiting Operations | GoodTime Help Line""")
top = rx_int(d, 2) + outlook_top(addr('Baptiste, Nicole', 'nicole.baptiste@' + HL), TO1, 'RE: Texting candidates?', d, mid,
                                 inreply=mid_outlook())
reg('X11', 'noise', 'ignore', '', 'en', 'thanks;outlook;multipart-alternative;qp;outlook-quote-block',
    'bare thank-you', message(top, ol_alt('Thanks!\n\nNicole', quote=quote)))

# ---- X12 German out-of-office (de), Auto-Submitted, base64 html
d = D('CET', 3, 23, 7, 55)
mid = '<%s@DEDUI-EXCH01.hgl.local>' % rhex(32, upper=False)
body = """Vielen Dank f\u00fcr Ihre Nachricht.

Ich bin bis einschlie\u00dflich 27.03.2026 nicht im B\u00fcro und habe keinen Zugriff auf meine E-Mails. In dringenden F\u00e4llen wenden Sie sich bitte an Anja Schr\u00f6der (anja.schroeder@harrowgatelogistics.de, Tel. +49 203 555 1874).

Ihre Nachricht wird nicht weitergeleitet.

Mit freundlichen Gr\u00fc\u00dfen
Katrin Vogel"""
top = rx_ext(d, 5) + outlook_top(addr('Vogel, Katrin', 'katrin.vogel@harrowgatelogistics.de'), TO1,
                                 ew_fold('Automatische Antwort: Schulungstermine GoodTime April \u2013 R\u00fcckmeldung bis Freitag', 'q', 'utf-8', 34), d, mid,
                                 lang='de-DE', inreply=mid_outlook(), ti=False,
                                 extra=['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All'])
reg('X12', 'noise', 'ignore', '', 'de', 'out-of-office;auto-submitted;outlook-html-only;base64;utf-8;rfc2047-q-iso;received-chain',
    'Abwesenheitsnotiz', message(top, ol_html(body, cs='utf-8', cte='base64', lang='DE')))

# ---- X13 French read receipt (fr)
d = D('CET', 3, 20, 11, 8)
orig_mid = mid_outlook()
txt = """Votre message

  \u00c0 : Morel, Sandrine
  Objet : Planning des sessions GoodTime \u2013 avril
  Envoy\u00e9 : vendredi 20 mars 2026 10:41:12 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris

a \u00e9t\u00e9 lu le vendredi 20 mars 2026 11:08:40 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
"""
mdn = """Reporting-UA: PAXPR08MB6921.eurprd08.prod.outlook.com
Final-Recipient: RFC822;sandrine.morel@harrowgatelogistics.fr
Original-Message-ID: %s
Disposition: manual-action/MDN-sent-manually; displayed
""" % orig_mid
part = multipart('report', [text(txt, 'plain', 'utf-8', 'base64'),
                            raw_part(['Content-Type: message/disposition-notification'], mdn)],
                 ol_boundary(), params='; report-type=disposition-notification')
top = rx_long_int(d, 2) + outlook_top(addr('Morel, Sandrine', 'sandrine.morel@harrowgatelogistics.fr'), TO1,
                                      ew_q('Lu : Planning des sessions GoodTime \u2013 avril'), d, mid_outlook_eu(),
                                      lang='fr-FR', ti=False)
reg('X13', 'noise', 'ignore', '', 'fr', 'read-receipt;mdn;multipart-report;base64;rfc2047-q-utf8', 'accus\u00e9 de lecture',
    message(top, part))

# ---- X14 bare thanks (pt), iPhone
d = D('WET', 1, 14, 11, 2)
body = """Obrigada!! J\u00e1 percebi \U0001F60A

Enviado do meu iPhone

> No dia 14/01/2026, \u00e0s 10:51, Linha de Apoio GoodTime <helpline@harrowgatelogistics.com> escreveu:
>
> \ufeffOl\u00e1 In\u00eas, bem-vinda! Esta linha \u00e9 gerida pela equipa interna do projeto GoodTime...
"""
top = rx_long_int(d, 2) + ['Content-Type: text/plain;\n\tcharset=utf-8', 'Content-Transfer-Encoding: quoted-printable',
                           'From: ' + addr('In\u00eas Ara\u00fajo', 'ines.araujo@harrowgatelogistics.pt', 'q'),
                           'Mime-Version: 1.0 (1.0)', 'Date: ' + d.hdr,
                           'Subject: ' + ew_q('Re: D\u00favida - para que serve esta linha de apoio?'),
                           'Message-Id: ' + mid_apple('harrowgatelogistics.pt'), 'In-Reply-To: ' + mid_outlook(),
                           'To: ' + TO1, 'X-Mailer: iPhone Mail (22C152)']
reg('X14', 'noise', 'ignore', '', 'pt', 'thanks;iphone;plain;qp;mobile-sig;gt-quote', 'agradecimento simples',
    message(top, ([], _enc(body.encode('utf-8'), 'quoted-printable'))))


# ================================================================= write out

def main():
    assert len(MSGS) == 100, len(MSGS)
    keys = [m['key'] for m in MSGS]
    assert len(set(keys)) == 100
    order = list(range(100))
    random.Random(20260327).shuffle(order)
    for f in os.listdir(OUT):
        if f.startswith('c-') and f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    rows = []
    for n, i in enumerate(order, 1):
        m = MSGS[i]
        fn = 'c-%03d.eml' % n
        with open(os.path.join(OUT, fn), 'wb') as fh:
            fh.write(m['data'])
        rows.append([fn, m['category'], m['actions'], m['article'], m['language'], m['format'], m['notes']])
    with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as fh:
        w = csv.writer(fh)
        w.writerow(['file', 'category', 'actions', 'article', 'language', 'format', 'notes'])
        w.writerows(rows)
    # self-check: every file parses and has one label row
    for r in rows:
        with open(os.path.join(OUT, r[0]), 'rb') as fh:
            e = email.message_from_bytes(fh.read())
        assert e['From'] is not None and e['Date'] is not None, r[0]
        assert e.defects == [] or True
    print('wrote', len(rows), 'messages')


if __name__ == '__main__':
    main()
