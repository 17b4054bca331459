#!/usr/bin/env python3
# make.py - batch "c" (writer C) of the Ashcombe Energy help-line blind test set.
# Standard library only. Writes c-001.eml ... c-100.eml and labels.csv next to this file.
import base64, csv, email, html, os, quopri, random, struct, uuid, zlib
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(73011)
HELP = 'helpline@ashcombeenergy.com'
HELP_TO = 'GoodTime Help Line <helpline@ashcombeenergy.com>'
DISPLAY_HELP = 'GoodTime Help Line <helpline@ashcombeenergy.com>'

PYCS = {'utf-8': 'utf-8', 'windows-1252': 'cp1252', 'iso-8859-1': 'latin-1',
        'iso-8859-15': 'iso8859_15', 'us-ascii': 'ascii'}


def T(s):
    return s[1:] if s.startswith('\n') else s


def enc(text, cs):
    return text.encode(PYCS[cs.lower()])


def tz(h, m=0):
    return timezone(timedelta(hours=h, minutes=m))


def dt(y, mo, d, h, mi, off=0, s=None):
    if s is None:
        s = R.randrange(60)
    return datetime(y, mo, d, h, mi, s, tzinfo=tz(off))


def rfcdate(d):
    return format_datetime(d)


def hexs(n, lower=False):
    s = ''.join(R.choice('0123456789ABCDEF') for _ in range(n))
    return s.lower() if lower else s


def b64r(nbytes):
    return base64.b64encode(bytes(R.randrange(256) for _ in range(nbytes))).decode()


def uid():
    return str(uuid.UUID(int=R.getrandbits(128)))


# ----------------------------------------------------------------- encodings
def qp(raw):
    return quopri.encodestring(raw)


def b64lines(raw):
    return base64.encodebytes(raw)


def ew_b(text, cs='utf-8', label=None):
    return '=?%s?B?%s?=' % (label or cs, base64.b64encode(enc(text, cs)).decode())


def ew_q(text, cs='utf-8', label=None):
    out = ''
    for b in enc(text, cs):
        c = chr(b)
        if c == ' ':
            out += '_'
        elif b < 128 and (c.isalnum() or c in '!*+-/'):
            out += c
        else:
            out += '=%02X' % b
    return '=?%s?Q?%s?=' % (label or cs, out)


def ew_split(pieces, cs='utf-8', kind='Q', label=None, sep='\n '):
    f = ew_b if kind == 'B' else ew_q
    return sep.join(f(p, cs, label) for p in pieces)


# ----------------------------------------------------------------- ids
def mid_outlook(us=False):
    if us:
        box = R.choice(['PH0PR11MB', 'SA1PR10MB', 'DM6PR12MB', 'BY5PR15MB', 'CH3PR13MB'])
        reg = {'PH0PR11MB': 'namprd11', 'SA1PR10MB': 'namprd10', 'DM6PR12MB': 'namprd12',
               'BY5PR15MB': 'namprd15', 'CH3PR13MB': 'namprd13'}[box]
    else:
        box = R.choice(['DB9PR04MB', 'AM6PR02MB', 'LO2P265MB', 'CWLP265MB', 'PAXPR08MB', 'AS8PR04MB', 'DU0PR04MB'])
        reg = {'DB9PR04MB': 'eurprd04', 'AM6PR02MB': 'eurprd02', 'LO2P265MB': 'GBRP265',
               'CWLP265MB': 'GBRP265', 'PAXPR08MB': 'eurprd08', 'AS8PR04MB': 'eurprd04',
               'DU0PR04MB': 'eurprd04'}[box]
    num = str(R.randrange(1000, 9999))
    return '<%s%s%s%s@%s%s.%s.prod.outlook.com>' % (box, num, hexs(16), num, box, num, reg)


def mid_gmail():
    al = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
    tail = ''.join(R.choice(al + '_-+=') for _ in range(40))
    return '<CA%s%s@mail.gmail.com>' % (R.choice(['J', 'K', 'F', 'P', 'E']), tail)


def mid_apple(dom='ashcombeenergy.com'):
    return '<%s@%s>' % (uid().upper(), dom)


def mid_tb(dom):
    return '<%s@%s>' % (uid(), dom)


def thread_index(extra=0):
    return 'AQH' + b64r(21 + 5 * extra)[:27 + 7 * extra] if extra else 'Ad' + b64r(21)[:28]


# ----------------------------------------------------------------- transport headers
def fold(s, width=76):
    words = s.split(' ')
    lines, cur = [], ''
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + ' ' + w) if cur else w
    lines.append(cur)
    return '\n\t'.join(lines)


def exo_host(us=False):
    if us:
        p = R.choice(['PH0PR11MB', 'SA1PR10MB', 'DM6PR12MB', 'BY5PR15MB'])
        reg = R.choice(['namprd11', 'namprd10', 'namprd12'])
    else:
        p = R.choice(['DB9PR04MB', 'AM6PR02MB', 'PAXPR08MB', 'AS8PR04MB', 'DU0PR04MB', 'LO2P265MB', 'CWLP265MB'])
        reg = R.choice(['eurprd04', 'eurprd02', 'eurprd08', 'GBRP265'])
    return '%s%d.%s.prod.outlook.com' % (p, R.randrange(1000, 9999), reg)


def v6():
    return '2603:10a6:%s:%s::%d' % (hexs(3, True), hexs(2, True), R.randrange(10, 99))


def received_exo(d, n, us=False):
    """n Received headers for mail inside Exchange Online, newest first."""
    t = d.astimezone(timezone.utc)
    hosts = [exo_host(us) for _ in range(n)]
    lines = []
    build = '15.20.%s.%03d' % (R.choice(['8466', '8489', '8511', '8534', '8559']), R.randrange(10, 40))
    lines.append('from %s\n ([fe80::%s:%s:%s:%s]) by %s\n ([fe80::%s:%s:%s:%s%%%d]) with mapi id %s; %s' % (
        hosts[0], hexs(4, 1), hexs(4, 1), hexs(4, 1), hexs(4, 1), hosts[0],
        hexs(4, 1), hexs(4, 1), hexs(4, 1), hexs(4, 1), R.randrange(3, 9), build, rfcdate(t)))
    for i in range(1, n):
        t = t + timedelta(seconds=R.randrange(0, 3))
        if i == n - 1 and n > 2:
            lines.append('from %s (%s) by\n %s (%s) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id %s\n via Mailbox Transport; %s' % (
                hosts[i - 1], v6(), hosts[i], v6(), build, rfcdate(t)))
        else:
            lines.append('from %s (%s) by\n %s (%s) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id %s; %s' % (
                hosts[i - 1], v6(), hosts[i], v6(), build, rfcdate(t)))
    return [('Received', x) for x in reversed(lines)]


def received_google(d, n, sender_dom):
    """Google Workspace sender -> Exchange Online recipient, newest first."""
    t = d.astimezone(timezone.utc)
    gip = '209.85.%d.%d' % (R.choice([128, 208, 218, 221]), R.randrange(2, 250))
    gh = 'mail-%s-f%d.google.com' % (R.choice(['ej1', 'wr1', 'ed1', 'lf1', 'wm1']), R.randrange(40, 80))
    fe = 'AM4PEPF%08X.eurprd04.prod.outlook.com' % R.getrandbits(32)
    lines = []
    pst = d.astimezone(tz(-8 if d.month < 3 or (d.month == 3 and d.day < 8) else -7))
    lines.append('by %s with SMTP id %s.%d\n for <%s>; %s (%s)' % (
        gh, 'a640c23a62f3a-ab%s' % hexs(10, 1), R.randrange(1, 9), HELP, rfcdate(pst), 'PST' if pst.utcoffset() == timedelta(hours=-8) else 'PDT'))
    t = t + timedelta(seconds=1)
    lines.append('from %s (%s) by\n %s (10.167.16.%d) with Microsoft SMTP Server\n (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8511.9 via Frontend\n Transport; %s' % (
        gh, gip, fe.replace('.eurprd04.prod.outlook.com', '.mail.protection.outlook.com'), R.randrange(2, 250), rfcdate(t)))
    prev = fe
    for i in range(2, n):
        t = t + timedelta(seconds=R.randrange(0, 2))
        h = exo_host()
        lines.append('from %s (%s) by\n %s (%s) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.20.8511.%d; %s' % (
            prev, v6(), h, v6(), R.randrange(10, 40), rfcdate(t)))
        prev = h
    return [('Received', x) for x in reversed(lines)], gip


def received_external(d, n, host, ip, helo=None, relay_kind='postfix'):
    t = d.astimezone(timezone.utc)
    lines = []
    lines.append('from [127.0.0.1] (localhost [127.0.0.1])\n by %s (Postfix) with ESMTP id 4Z%s\n for <%s>; %s' % (host, hexs(9, 1), HELP, rfcdate(d)))
    t = t + timedelta(seconds=R.randrange(1, 4))
    fe = 'AM4PEPF%08X' % R.getrandbits(32)
    lines.append('from %s (%s) by\n %s.mail.protection.outlook.com (10.167.16.%d) with Microsoft SMTP\n Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8511.9 via\n Frontend Transport; %s' % (
        helo or host, ip, fe, R.randrange(2, 250), rfcdate(t)))
    prev = fe + '.eurprd04.prod.outlook.com'
    for i in range(2, n):
        t = t + timedelta(seconds=R.randrange(0, 2))
        h = exo_host()
        lines.append('from %s (%s) by\n %s (%s) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.20.8511.%d; %s' % (
            prev, v6(), h, v6(), R.randrange(10, 40), rfcdate(t)))
        prev = h
    return [('Received', x) for x in reversed(lines)]


def sigfold(n):
    s = b64r(n)
    return '\n\t '.join(s[i:i + 70] for i in range(0, len(s), 70))


def auth_block(dom, ip='40.107.22.%d', arc=True, selector='selector1', dkim_dom=None, result='pass'):
    if '%d' in ip:
        ip = ip % R.randrange(2, 250)
    dkim_dom = dkim_dom or dom
    hs = []
    if arc:
        hs.append(('ARC-Seal', 'i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b=' + sigfold(256)))
        hs.append(('ARC-Message-Signature', 'i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector10001;\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\n bh=' + b64r(32) + ';\n b=' + sigfold(256)))
        hs.append(('ARC-Authentication-Results', 'i=1; mx.microsoft.com 1; spf=%s\n smtp.mailfrom=%s; dmarc=%s action=none\n header.from=%s; dkim=%s header.d=%s; arc=none' % (result, dom, result, dom, result, dkim_dom)))
    hs.append(('DKIM-Signature', 'v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;\n s=%s;\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck;\n bh=%s;\n b=%s' % (dkim_dom, selector, b64r(32), sigfold(256))))
    hs.append(('Authentication-Results', 'spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n header.d=%s;dmarc=%s action=none header.from=%s;compauth=pass\n reason=100' % (result, ip, dom, result, dkim_dom, result, dom)))
    return hs


def exo_org(internal=True):
    hs = [('X-MS-Exchange-Organization-Network-Message-Id', uid()),
          ('X-MS-Exchange-Organization-SCL', '1' if internal else '-1')]
    if internal:
        hs.append(('X-MS-Exchange-Organization-AuthAs', 'Internal'))
        hs.append(('X-MS-Exchange-Organization-AuthSource', exo_host()))
    return hs


# ----------------------------------------------------------------- MIME assembly
CT = ('__CT__', None)


def render_headers(hs):
    out = []
    for k, v in hs:
        if v is None:
            continue
        if isinstance(v, str):
            v = v.encode('utf-8')
        out.append(k.encode('ascii') + b': ' + v.replace(b'\n', b'\n'))
    return b'\n'.join(out) + b'\n'


def leaf(text, ctype='text/plain', cs='utf-8', cte='quoted-printable', params='', extra=(), quote_cs=True):
    raw = enc(text, cs) if isinstance(text, str) else text
    if cte == 'quoted-printable':
        body = qp(raw)
    elif cte == 'base64':
        body = b64lines(raw)
    else:
        body = raw
    if not body.endswith(b'\n'):
        body += b'\n'
    csv_ = ('"%s"' % cs) if quote_cs else cs
    hs = [('Content-Type', '%s; charset=%s%s' % (ctype, csv_, params)), ('Content-Transfer-Encoding', cte)] + list(extra)
    return (hs, body)


def attach(data, ctype, filename, disp='attachment', extra=(), name_param=True):
    ct = '%s; name="%s"' % (ctype, filename) if name_param else ctype
    hs = [('Content-Type', ct), ('Content-Description', filename) if R.random() < 0.4 else ('X-Dummy', None),
          ('Content-Disposition', '%s; filename="%s"; size=%d' % (disp, filename, len(data))),
          ('Content-Transfer-Encoding', 'base64')] + list(extra)
    return (hs, b64lines(data))


def bnd(style):
    if style == 'outlook':
        return '_000_%s%s_' % (hexs(30), 'eurp')
    if style == 'outlook-mixed':
        return '_004_%s%s_' % (hexs(30), 'eurp')
    if style == 'gmail':
        return '0000000000%s' % hexs(18, True)
    if style == 'apple':
        return 'Apple-Mail=_%s' % uid().upper()
    if style == 'tb':
        return '------------%s' % ''.join(R.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') for _ in range(24))
    if style == 'iphone':
        return 'Apple-Mail-%s' % uid().upper()
    return '=_%s' % hexs(24, True)


def mp(subtype, parts, boundary, params='', preamble=None):
    body = b''
    if preamble:
        body += preamble.encode() + b'\n\n'
    for hs, pb in parts:
        body += b'--' + boundary.encode() + b'\n' + render_headers(hs) + b'\n' + pb
        if not pb.endswith(b'\n'):
            body += b'\n'
        body += b'\n'
    body += b'--' + boundary.encode() + b'--\n'
    return ([('Content-Type', 'multipart/%s;\n\tboundary="%s"%s' % (subtype, boundary, params))], body)


def message(top, content, mime='1.0'):
    chs, body = content
    hs = []
    placed = False
    for k, v in top:
        if k == '__CT__':
            hs += chs
            placed = True
        else:
            hs.append((k, v))
    if not placed:
        hs += chs
        if mime and not any(k.lower() == 'mime-version' for k, _ in top):
            hs.append(('MIME-Version', mime))
    return render_headers(hs) + b'\n' + body


# ----------------------------------------------------------------- client header sets
def mid_for(client, mid, dom, us=False):
    if mid is None:
        return None
    if mid not in ('auto', 'nobr'):
        return mid
    if client in ('outlook', 'outlook-mac', 'outlook-ios'):
        m = mid_outlook(us)
    elif client == 'gmail':
        m = mid_gmail()
    elif client in ('apple', 'iphone'):
        m = mid_apple(dom)
    else:
        m = mid_tb(dom)
    if mid == 'nobr':
        m = m.strip('<>')
    return m


def headers(client, frm, subj, d, to=HELP_TO, cc=None, mid='auto', dom='ashcombeenergy.com',
            reply=None, recv=3, recv_kind=None, auth=False, extra=(), lang='en-GB', topic=None,
            us=False, date_suffix=''):
    """Build a top header list for a given client. reply=(in_reply_to, references)."""
    hs = []
    rk = recv_kind or ('google' if client == 'gmail' else 'exo')
    gip = None
    if recv:
        if rk == 'google':
            rl, gip = received_google(d, recv, dom)
            hs += rl
        else:
            hs += received_exo(d, recv, us)
    if auth:
        hs += auth_block(dom, ip=gip or '40.107.22.%d')
    m = mid_for(client, mid, dom, us)
    date = rfcdate(d) + date_suffix
    irt = refs = None
    if reply:
        irt, refs = reply
    if client in ('outlook', 'outlook-mac', 'outlook-ios'):
        hs += [('From', frm), ('To', to), ('CC', cc), ('Subject', subj)]
        if client == 'outlook':
            hs += [('Thread-Topic', topic), ('Thread-Index', thread_index(1 if reply else 0))]
        hs += [('Date', date), ('Message-ID', m), ('References', refs), ('In-Reply-To', irt)]
        if client == 'outlook':
            hs += [('Accept-Language', '%s, en-US' % lang if lang != 'en-US' else 'en-US'), ('Content-Language', lang),
                   ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', '')]
        elif client == 'outlook-mac':
            hs += [('User-Agent', 'Microsoft-MacOutlook/16.95.25030911'), ('Content-Language', lang)]
        hs += list(extra)
        hs += exo_org()
        hs += [CT, ('MIME-Version', '1.0')]
    elif client == 'gmail':
        hs += [('MIME-Version', '1.0'), ('References', refs), ('In-Reply-To', irt), ('From', frm), ('Date', date),
               ('Message-ID', m), ('Subject', subj), ('To', to), ('Cc', cc)] + list(extra) + [CT]
    elif client == 'apple':
        hs += [('From', frm), CT, ('Mime-Version', '1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))'),
               ('Subject', subj), ('Message-Id', m), ('In-Reply-To', irt), ('References', refs), ('Date', date),
               ('Cc', cc), ('To', to)] + list(extra) + [('X-Mailer', 'Apple Mail (2.3826.400.131.1.6)')]
    elif client == 'iphone':
        hs += [CT, ('From', frm), ('Mime-Version', '1.0 (1.0)'), ('Date', date), ('Subject', subj),
               ('Message-Id', m), ('References', refs), ('In-Reply-To', irt), ('Cc', cc), ('To', to)] + list(extra) + [
            ('X-Mailer', 'iPhone Mail (22D82)')]
    elif client == 'thunderbird':
        hs += [('Message-ID', m), ('Date', date), ('MIME-Version', '1.0'),
               ('User-Agent', 'Mozilla Thunderbird'), ('Content-Language', lang.split('-')[0]),
               ('To', to), ('From', frm), ('Subject', subj), ('References', refs), ('In-Reply-To', irt)] + list(extra) + [CT]
    elif client == 'roundcube':
        hs += [('MIME-Version', '1.0'), ('Date', date), ('From', frm), ('To', to), ('Subject', subj),
               ('Message-ID', m), ('X-Sender', frm.split('<')[-1].strip('>')),
               ('User-Agent', 'Roundcube Webmail/1.6.9')] + list(extra) + [CT]
    else:
        raise ValueError(client)
    return [(k, v) for k, v in hs if v is not None or k == '__CT__']


# ----------------------------------------------------------------- HTML bodies
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


def _mso_lines(text, style=''):
    out = []
    for line in text.split('\n'):
        if line.strip() == '':
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        elif style:
            out.append('<p class="MsoNormal"><span style="%s">%s<o:p></o:p></span></p>' % (style, html.escape(line, quote=False)))
        else:
            out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % html.escape(line, quote=False))
    return '\n'.join(out) + '\n'


def outlook_html(text, sig='', disclaimer='', quote=None, cs='windows-1252', lang='EN-GB', font='Calibri', reply=False):
    """quote = (list of (label, value), quoted_text)"""
    h = OUTLOOK_HEAD % dict(cs=cs, font=font, lang=lang, style=18 if reply else 17, kind='reply' if reply else 'compose')
    h += _mso_lines(text)
    if sig:
        h += _mso_lines(sig, 'font-size:9.0pt;color:#404040;mso-fareast-language:EN-GB')
    if disclaimer:
        h += _mso_lines(disclaimer, 'font-size:7.5pt;color:gray')
    if quote:
        labels, qtext = quote
        h += '<div>\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n<p class="MsoNormal">'
        h += '<br>\n'.join('<b>%s</b> %s' % (html.escape(a), html.escape(b)) for a, b in labels)
        h += '<o:p></o:p></p>\n</div>\n</div>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        h += _mso_lines(qtext)
    h += '</div>\n</body>\n</html>\n'
    return h


def outlook_plain(text, sig='', disclaimer='', quote=None):
    s = text
    if sig:
        s += '\n' + sig
    if disclaimer:
        s += '\n' + disclaimer
    if quote:
        labels, qtext = quote
        s += '\n\n' + '\n'.join('%s %s' % (a, b) for a, b in labels) + '\n\n' + qtext
    return s.rstrip('\n') + '\n'


def gmail_pair(text, sig='', quote=None):
    """quote = (attribution, quoted_text). returns (plain, html)"""
    plain = text
    if sig:
        plain += '\n\n-- \n' + sig
    h = '<div dir="ltr">' + '<br>'.join(html.escape(l, quote=False) if l else '' for l in text.split('\n'))
    if sig:
        h += '<br><br><span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature"><div dir="ltr">' + '<br>'.join(html.escape(l) for l in sig.split('\n')) + '</div></div>'
    h += '</div>'
    if quote:
        attr, qt = quote
        plain += '\n\n' + attr + '\n\n' + '\n'.join(('> ' + l) if l else '>' for l in qt.split('\n'))
        h += '<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">' + html.escape(attr) + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">' + '<br>'.join(html.escape(l) for l in qt.split('\n')) + '</blockquote></div>'
    return plain.rstrip('\n') + '\n', h + '\n'


def apple_html(text, cs='utf-8', tail=''):
    h = '<html><head><meta http-equiv="content-type" content="text/html; charset=%s"></head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">' % cs
    for l in text.split('\n'):
        h += '<div>%s</div>' % (html.escape(l, quote=False) if l else '<br>')
    h += tail + '</body></html>\n'
    return h


# ----------------------------------------------------------------- binary attachments
def png(w=220, h=90, seed=1, accent=(122, 63, 191)):
    rr = random.Random(seed)
    rows = []
    err_y = rr.randrange(40, 60)
    for y in range(h):
        row = bytearray([0])
        for x in range(w):
            if y < 14:
                px = accent
            elif 20 <= y < 26 and 10 <= x < 10 + (x * 7 % 150):
                px = (190, 190, 190)
            elif err_y <= y < err_y + 14 and 30 <= x < w - 30:
                px = (232, 76, 61) if (y in (err_y, err_y + 13) or x in (30, w - 31)) else (253, 236, 234)
            elif y % 11 == 0 and 10 <= x < w - 10:
                px = (225, 225, 230)
            else:
                px = (255, 255, 255)
            row += bytes(px)
        rows.append(bytes(row))
    raw = b''.join(rows)

    def chunk(t, data):
        return struct.pack('>I', len(data)) + t + data + struct.pack('>I', zlib.crc32(t + data) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0)) +
            chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b''))


def pdf(lines):
    def esc(s):
        return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
    content = 'BT /F1 11 Tf 56 780 Td 15 TL ' + ' '.join('(%s) Tj T*' % esc(l) for l in lines) + ' ET'
    objs = ['<< /Type /Catalog /Pages 2 0 R >>',
            '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
            '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
            '<< /Length %d >>\nstream\n%s\nendstream' % (len(content), content),
            '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
            '<< /Producer (Microsoft Word for Microsoft 365) /Title (%s) >>' % esc(lines[0])]
    out = b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += ('%d 0 obj\n%s\nendobj\n' % (i, o)).encode('latin-1')
    x = len(out)
    out += ('xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)).encode()
    out += ''.join('%010d 00000 n \n' % o for o in offs).encode()
    out += ('trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, x)).encode()
    return out


def tnef(subject):
    rr = random.Random(len(subject))
    b = b'\x78\x9f\x3e\x22' + struct.pack('<H', rr.randrange(65535))
    b += b'\x01\x06\x90\x08\x00\x04\x00\x00\x00\x00\x00\x01\x00\x01\x00\x01\x07\x90\x06\x00\x08\x00\x00\x00\xe4\x04\x00\x00\x00\x00\x00\x00\xe8\x00'
    b += b'\x01\x0d\x80\x04\x00\x02\x00\x00\x00\x02\x00\x02\x00\x01\x04\x80\x01\x00'
    s = subject.encode('cp1252', 'replace') + b'\x00'
    b += struct.pack('<I', len(s)) + s + struct.pack('<H', sum(s) & 0xffff)
    b += bytes(rr.randrange(256) for _ in range(900))
    return b


def ics(method, summary, start, end, organizer, attendee, partstat=None, uid_=None, loc='Microsoft Teams Meeting', desc=''):
    u = uid_ or '040000008200E00074C5B7101A82E008000000%s' % hexs(40)
    st = start.astimezone(timezone.utc).strftime('%Y%m%dT%H%M%SZ')
    en = end.astimezone(timezone.utc).strftime('%Y%m%dT%H%M%SZ')
    lines = ['BEGIN:VCALENDAR', 'METHOD:%s' % method, 'PRODID:Microsoft Exchange Server 2010', 'VERSION:2.0',
             'BEGIN:VEVENT']
    if partstat:
        lines.append('ATTENDEE;PARTSTAT=%s;CN=%s:mailto:%s' % (partstat, attendee[0], attendee[1]))
    else:
        lines.append('ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=%s:mailto:%s' % attendee)
    if desc:
        lines.append('DESCRIPTION;LANGUAGE=en-GB:%s' % desc.replace('\n', '\\n'))
    lines += ['UID:%s' % u, 'SUMMARY;LANGUAGE=en-GB:%s' % summary, 'DTSTART:%s' % st, 'DTEND:%s' % en,
              'CLASS:PUBLIC', 'PRIORITY:5', 'DTSTAMP:%s' % datetime(2026, 1, 5, 9, 0, tzinfo=timezone.utc).strftime('%Y%m%dT%H%M%SZ'),
              'TRANSP:OPAQUE', 'STATUS:CONFIRMED', 'SEQUENCE:0', 'LOCATION;LANGUAGE=en-GB:%s' % loc,
              'ORGANIZER;CN=%s:mailto:%s' % organizer, 'END:VEVENT', 'END:VCALENDAR']
    out = []
    for l in lines:
        while len(l) > 74:
            out.append(l[:74])
            l = ' ' + l[74:]
        out.append(l)
    return '\r\n'.join(out) + '\r\n'


# ----------------------------------------------------------------- common text blocks
DISC_EN = T('''
CONFIDENTIALITY NOTICE: This e-mail and any attachments are CONFIDENTIAL and may be legally privileged. If you are not the intended recipient, or have received this e-mail in error, please notify the sender immediately and delete it from your system; any use, disclosure or copying is strictly prohibited. Ashcombe Energy plc does not accept liability for any error or omission in this message. URGENT or safety-critical instructions must not be given by e-mail alone. Ashcombe Energy plc, registered in England and Wales no. 04418237. Registered office: Ashcombe House, 1 Temple Quay, Bristol BS1 6EA.''')

DISC_US = T('''
This message (including any attachments) is CONFIDENTIAL and intended only for the addressee. If you received it in error, notify the sender immediately by reply e-mail and delete all copies. Ashcombe Energy Inc. accepts no liability for errors or omissions arising from e-mail transmission. Please do not send URGENT trading instructions by e-mail.''')

DISC_DE = T('''
Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen (CONFIDENTIAL). Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser E-Mail sind nicht gestattet.
Ashcombe Energy Deutschland GmbH · Sitz Hamburg · Amtsgericht Hamburg HRB 158734 · Geschäftsführung: Dr. Henrik Aalders, Claudia Venn''')

DISC_ES = T('''
AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos son CONFIDENCIALES y se dirigen exclusivamente a su destinatario. Si lo ha recibido por error, le rogamos que lo comunique inmediatamente al remitente y proceda a su eliminación. Ashcombe Energía España, S.L.U. trata sus datos conforme al RGPD; puede ejercer sus derechos en privacidad@ashcombeenergy.es.''')

DISC_FR = T('''
Ce message et toutes ses pièces jointes sont CONFIDENTIELS et établis à l'intention exclusive de leurs destinataires. Si vous avez reçu ce message par erreur, merci d'en avertir immédiatement l'émetteur et de le détruire. Toute utilisation non autorisée est interdite. Ashcombe Énergie France SAS – RCS Lyon 812 447 309.''')

DISC_PT = T('''
Esta mensagem e os respetivos anexos são CONFIDENCIAIS e destinam-se exclusivamente ao destinatário indicado. Se a recebeu por erro, por favor informe imediatamente o remetente e apague-a do seu sistema. Ashcombe Energia Portugal, S.A. – NIPC 515 803 226.''')

MSGS = []


def reg(cat, actions, article, lang, tags, notes=''):
    def deco(fn):
        MSGS.append(dict(fn=fn, cat=cat, actions=actions, article=article, lang=lang, tags=tags, notes=notes, name=fn.__name__))
        return fn
    return deco


# ----------------------------------------------------------------- body wrappers
def seth(hs, name, value):
    out = []
    done = False
    for k, v in hs:
        if k.lower() == name.lower():
            if not done:
                out.append((k, value))
                done = True
        else:
            out.append((k, v))
    if not done:
        out.insert(len(out) - 2 if len(out) > 2 else len(out), (name, value))
    return out


def outlook_htmlonly(hs, text, sig='', disc='', quote=None, cs='windows-1252', cte='quoted-printable', lang='EN-GB', reply=False):
    h = outlook_html(text, sig, disc, quote, cs, lang, reply=reply)
    return message(hs, leaf(h, 'text/html', cs, cte))


def outlook_alt(hs, text, sig='', disc='', quote=None, cs='utf-8', cte='quoted-printable', lang='EN-GB', reply=False,
                attachments=(), html_cte=None):
    plain = outlook_plain(text, sig, disc, quote)
    pcs = 'us-ascii' if plain.isascii() else cs
    h = outlook_html(text, sig, disc, quote, cs, lang, reply=reply)
    alt = mp('alternative', [leaf(plain, 'text/plain', pcs, cte), leaf(h, 'text/html', cs, html_cte or cte)], bnd('outlook'))
    if attachments:
        hs = seth(hs, 'X-MS-Has-Attach', 'yes')
        return message(hs, mp('mixed', [alt] + list(attachments), bnd('outlook-mixed')))
    return message(hs, alt)


def gmail_alt(hs, text, sig='', quote=None, cte='quoted-printable', attachments=()):
    plain, h = gmail_pair(text, sig, quote)
    pc = '7bit' if plain.isascii() and cte == 'quoted-printable' and max(len(l) for l in plain.split('\n')) < 900 else cte
    hc = '7bit' if h.isascii() and cte == 'quoted-printable' and max(len(l) for l in h.split('\n')) < 900 else cte
    p1 = leaf(plain, 'text/plain', 'UTF-8', pc)
    p2 = leaf(h, 'text/html', 'UTF-8', hc)
    if pc == '7bit':
        p1 = ([p1[0][0]], p1[1])
    if hc == '7bit':
        p2 = ([p2[0][0]], p2[1])
    alt = mp('alternative', [p1, p2], bnd('gmail'))
    if attachments:
        return message(hs, mp('mixed', [alt] + list(attachments), bnd('gmail')))
    return message(hs, alt)


def apple_alt(hs, text, cte='quoted-printable', attachments=(), tail_html=''):
    p1 = leaf(text, 'text/plain', 'utf-8', cte, quote_cs=False)
    p2 = leaf(apple_html(text, tail=tail_html), 'text/html', 'utf-8', cte, quote_cs=False)
    p1 = ([p1[0][1], ('Content-Type', 'text/plain;\n\tcharset=utf-8')], p1[1])
    p2 = ([p2[0][1], ('Content-Type', 'text/html;\n\tcharset=utf-8')], p2[1])
    alt = mp('alternative', [p1, p2], bnd('apple'))
    if attachments:
        return message(hs, mp('mixed', [alt] + list(attachments), bnd('apple')))
    return message(hs, alt)


def plain(hs, text, cs='utf-8', cte='quoted-printable', quote_cs=True, params=''):
    return message(hs, leaf(text, 'text/plain', cs, cte, params=params, quote_cs=quote_cs))


def iphone(hs, text, cte='quoted-printable', cs='utf-8'):
    p = leaf(text, 'text/plain', cs, cte, quote_cs=False)
    return message(hs, ([('Content-Type', 'text/plain;\n\tcharset=%s' % cs), ('Content-Transfer-Encoding', cte)], p[1]))


# =================================================================== QUESTIONS (article answers)

@reg('question', 'auto_reply', 'support-hours', 'en',
     'outlook-html-only;rambling;long-sig;disclaimer;rfc2047-split-midword;no-word-hours;crlf',
     'weekend/evening cover asked without the word hours; ask in 3rd paragraph')
def q_support_hours_en():
    d = dt(2026, 3, 12, 17, 48, 0)
    subj = ew_split(['Weekend interviews – Marsh Lane / Carrow Point control roo', 'm campaign'], 'windows-1252', 'Q', 'Windows-1252')
    hs = headers('outlook', '"Okafor, Margaret" <margaret.okafor@ashcombeenergy.com>', subj, d, recv=4, topic=subj)
    text = T('''
Hello Help Line team,

I hope you are well. I’m writing on behalf of Graham Whitlock (Director of Generation), who has asked me to pull together the arrangements for the control-room operator recruitment campaign at Marsh Lane and Carrow Point over the next six weeks. As you may know, the shift managers can only interview when they’re off rotation, which means a good number of these interviews will take place on Saturday and Sunday mornings, and a few on weekday evenings after the 19:00 handover.

Graham is very keen that nothing goes wrong for candidates on these days – we had a rather embarrassing episode last autumn (nothing to do with GoodTime, a door-entry problem at the gatehouse) and he would like a named route for every kind of problem. I have the building side covered with Security and Facilities, and the coordinators have their run sheets.

What I don’t have is the GoodTime side. If one of our coordinators gets stuck at, say, eight o’clock on a Sunday morning – a link that hasn’t come through, an invite that hasn’t arrived – is there actually anybody at GoodTime who will pick it up at that point, or would we be waiting until Monday morning? And if there is someone, what is the quickest way for her to reach them, so that I can put it on the run sheet?

Many thanks in advance, and apologies for the length of this e-mail.

Kind regards,
Margaret
''')
    sig = T('''
Margaret Okafor
Executive Assistant to Graham Whitlock, Director of Generation
Ashcombe Energy plc | Ashcombe House, 1 Temple Quay, Bristol BS1 6EA
T +44 117 496 0381 | M +44 7700 900 412
www.ashcombeenergy.com''')
    return outlook_htmlonly(hs, text, sig, DISC_EN)


@reg('question', 'auto_reply', 'support-hours', 'de',
     'iphone-plain;qp;rfc2047-q-split-midword;mobile-sig-de;no-word-hours',
     'evening interviews with Houston; is anyone at GoodTime available late')
def q_support_hours_de():
    d = dt(2026, 2, 17, 21, 12, 1)
    subj = ew_split(['Kurze Frage wegen Interviews mit Houston spä', 't abends'], 'utf-8', 'Q')
    hs = headers('iphone', 'Jens Carstens <jens.carstens@ashcombeenergy.de>', subj, d, dom='ashcombeenergy.de', recv=3)
    text = T('''
Hallo zusammen,

wir führen ab nächster Woche die Interviews für die Trader-Stellen gemeinsam mit den Kollegen in Houston. Heißt: bei uns laufen die Gespräche teilweise bis 22 oder 23 Uhr.

Falls da technisch was klemmt (Link fehlt, Kandidat bekommt keine Einladung o.ä.) – ist bei GoodTime um die Zeit überhaupt noch jemand erreichbar, oder müssen wir dann bis zum nächsten Morgen warten?

Danke und Gruß
Jens

Von meinem iPhone gesendet
''')
    return iphone(hs, text)


@reg('question', 'auto_reply', 'contact-csm', 'en',
     'multipart-alternative;outlook;reply-old-thread-other-topic;outlook-quote-block;no-letters-csm',
     'asks how to reach the customer success person without saying CSM')
def q_contact_csm_en():
    d = dt(2026, 3, 10, 11, 7, 0)
    subj = 'RE: Graduate assessment day 24 April – room list'
    hs = headers('outlook', 'Daniel Mensah <daniel.mensah@ashcombeenergy.com>', ew_q(subj, 'utf-8'), d, recv=3,
                 topic='Graduate assessment day 24 April – room list'.replace('–', '-'),
                 reply=(mid_outlook(), mid_outlook() + '\n ' + mid_outlook()))
    text = T('''
Thanks for sorting the rooms, all showing now.

Unrelated, but while I've got you: who is our account contact at GoodTime these days – the customer success person, not the support desk? Fiona (our new Head of TA) wants to say hello and I've only got an old e-mail signature for someone I think has moved on. Is there a way to get straight into their diary without waiting for an intro?

Cheers,
Dan
''')
    sig = T('''
Daniel Mensah | Recruiting Operations Lead
Ashcombe Energy | Ashcombe House, Bristol
M +44 7700 900 631''')
    quote = ([('From:', DISPLAY_HELP), ('Sent:', 'Monday, March 9, 2026 2:22 PM'),
              ('To:', 'Daniel Mensah <daniel.mensah@ashcombeenergy.com>'), ('Subject:', subj)],
             T('''
Hi Dan,

Rooms 2.04, 2.05 and the Severn Suite at Ashcombe House are now set up as bookable resources, so they should show when you choose Ashcombe House as the location. Shout if anything's still missing.

Help Line – Recruiting Systems

From: Daniel Mensah <daniel.mensah@ashcombeenergy.com>
Sent: Friday, March 6, 2026 4:51 PM
To: GoodTime Help Line <helpline@ashcombeenergy.com>
Subject: Graduate assessment day 24 April – room list

Hi, for the graduate assessment day on 24 April I can only see two of the Bristol rooms in GoodTime. We need five. Can the others be added?
Thanks, Dan'''))
    return outlook_alt(hs, text, sig, quote=quote, reply=True)


@reg('question', 'auto_reply', 'contact-csm', 'de',
     'outlook-html-only;qp;cp1252;rfc2047-q-iso-8859-1-from;disclaimer-de;long-sig;crlf',
     'EA wants a meeting slot with the CSM, has no contact details')
def q_contact_csm_de():
    d = dt(2026, 1, 21, 9, 34, 1)
    hs = headers('outlook', '%s <anja.brueckner@ashcombeenergy.de>' % ew_q('Brückner, Anja', 'iso-8859-1'),
                 'Termin mit GoodTime Customer Success', d, dom='ashcombeenergy.de', recv=4, lang='de-DE',
                 topic='Termin mit GoodTime Customer Success')
    text = T('''
Guten Tag,

unsere neue Personalleiterin, Frau Dr. Weißenborn, möchte sich gern bei der für uns zuständigen Customer Success Managerin von GoodTime vorstellen. Leider liegen mir keine Kontaktdaten vor, und die Kollegen in Bristol sind heute nicht erreichbar.

Können Sie mir sagen, wie ich am einfachsten einen Termin bei ihr bekomme? Gibt es dafür vielleicht einen Weg direkt über GoodTime?

Vielen Dank und freundliche Grüße
''')
    sig = T('''
Anja Brückner
Assistenz der Geschäftsführung
Ashcombe Energy Deutschland GmbH
Großer Burstah 31 · 20457 Hamburg
Tel. +49 40 8822 3140 · anja.brueckner@ashcombeenergy.de''')
    return outlook_htmlonly(hs, text, sig, DISC_DE, lang='DE')


@reg('question', 'auto_reply', 'escalation-path', 'en',
     'multipart-alternative;outlook;received-6;dkim-arc;rambling',
     'director wants a one-pager: who to go to for broken / ideas / serious')
def q_escalation_path_en():
    d = dt(2026, 2, 11, 16, 20, 0)
    hs = headers('outlook', 'Rebecca Thornton <rebecca.thornton@ashcombeenergy.com>',
                 'One-pager for plant managers - who do they go to?', d, recv=6, auth=True,
                 topic='One-pager for plant managers - who do they go to?')
    text = T('''
Hi all,

Ahead of the operations leadership meeting on the 26th I've been asked to give the plant managers something short they can pin up in the shift offices about GoodTime. At the moment they all do different things – some ring Hannah directly, some e-mail you, and at least one (who shall remain nameless) has been calling the IT service desk, who understandably have no idea.

I don't need anything polished, I'll do the formatting. What I need from you is the content, in plain English:

- if something in GoodTime is actually broken, who do they contact?
- if they've got an idea for how the product could be better, where does that go?
- if it's a bigger, more serious problem that needs someone senior at GoodTime, what's the route?
- and what should still come to you first?

Could you send me a few bullet points by Friday? Happy to lift the wording straight from whatever you already have.

Thanks,
Rebecca
''')
    sig = T('''
Rebecca Thornton
Director, HR Operations
Ashcombe Energy plc
T +44 117 496 0200''')
    return outlook_alt(hs, text, sig)


@reg('question', 'auto_reply', 'reschedule-interview', 'en',
     'iphone-plain;7bit;terse;lowercase;typos;mobile-sig',
     'terse how-to: move an interview properly')
def q_reschedule_en():
    d = dt(2026, 3, 4, 7, 2, -6)
    hs = headers('iphone', 'Kayla Brooks <kayla.brooks@ashcombeenergy.com>', 'moving an interview', d, recv=3, us=True)
    text = T('''
how do i move an interview to thursday?? last time i just dragged it in outlook and goodtime still showed the old time and the candidate got the wrong info. whats the right way to do it

Sent from my iPhone
''')
    return iphone(hs, text, cte='7bit', cs='us-ascii')


@reg('question', 'auto_reply', 'interviewer-training', 'en',
     'multipart-alternative;outlook-ios;base64;rambling;long-sig',
     'HRBP: how do new interviewers get trained / sit in; ask in 3rd paragraph')
def q_training_en():
    d = dt(2026, 1, 28, 19, 55, 0)
    hs = headers('outlook-ios', 'Siobhan Keane <siobhan.keane@ashcombeenergy.com>',
                 'New interviewers for the linesman apprentice panels', d, recv=4)
    text = T('''
Hi Help Line,

Hope the week's treating you kindly. I'm the HRBP for Networks (South West & Wales), so mostly the field force – linesmen, jointers, the overhead line teams.

Bit of background: this year's apprentice intake is our biggest yet (48 places across the Bridgwater, Swansea and Plymouth depots) and the panel interviews have been leaning very heavily on the same four or five senior authorised persons. Ellen Marsh in L&D and I have agreed that six more experienced engineers will join the pool, but none of them has interviewed before and the union rep has, quite fairly, asked that nobody sits on an assessment panel cold.

What Ellen wants to understand is how the training side works in GoodTime. Is it the case that they sit in and watch first, then run an interview themselves with an experienced person watching them, and then they're signed off? And does GoodTime slot them into interviews on its own, or will the coordinators have to remember to add them each time? The coordinators are already stretched, so the latter would be a hard sell.

Happy to jump on a call if easier, though I'm out at depots most of next week.

Many thanks,
Siobhan
''')
    sig = T('''
Siobhan Keane
HR Business Partner – Networks (South West & Wales)
Ashcombe Energy Networks Ltd
M: +44 7700 900 877
Ashcombe House, 1 Temple Quay, Bristol BS1 6EA

Get Outlook for iOS''')
    return outlook_alt(hs, text, sig, cte='base64')


@reg('question', 'auto_reply', 'reporting-dashboards', 'en',
     'outlook-html-only;qp;cp1252;long-sig;disclaimer;night-early',
     'plant manager wants interview counts per shift lead; words near load balancing')
def q_reporting_en():
    d = dt(2026, 2, 9, 6, 41, 0)
    hs = headers('outlook', '"Bellamy, Tom" <tom.bellamy@ashcombeenergy.com>', 'interview numbers per shift lead', d, recv=3,
                 topic='interview numbers per shift lead')
    text = T('''
Morning,

Quick one. I want to see how many interviews each of my shift leads has actually done since the start of January – I’ve a feeling it’s always the same three and I want the numbers in front of me before I raise it at the next ops review. Can I get that out of GoodTime myself, or does somebody need to run it for me?

Tom
''')
    sig = T('''
Tom Bellamy
Station Manager, Marsh Lane CCGT
Ashcombe Energy Generation Ltd
Marsh Lane, Immingham, North East Lincolnshire DN40 2QT
Tel: +44 1469 555 210 | Mob: +44 7700 900 153
Safety is everyone’s responsibility – report near misses in SHEQ Connect.''')
    return outlook_htmlonly(hs, text, sig, DISC_EN)


@reg('question', 'forward_support|needs_review', 'calendar-sync', 'en',
     'form-mailer;auto-submitted;x-auto-response-suppress;no-reply-from;reply-to;7bit',
     'web form: calendar shows free after password change')
def q_calendar_form_en():
    d = dt(2026, 3, 11, 10, 14, 0)
    hs = received_exo(d, 2) + [
        ('From', 'Ashcombe People Services <no-reply@forms.ashcombeenergy.com>'),
        ('To', HELP), ('Reply-To', 'Priya Raman <priya.raman@ashcombeenergy.com>'),
        ('Subject', '[People Services Form] New submission: GoodTime help request #PS-20417'),
        ('Date', rfcdate(d)), ('Message-ID', '<20260311101422.PS-20417.7f3a9c@forms.ashcombeenergy.com>'),
        ('Auto-Submitted', 'auto-generated'), ('X-Auto-Response-Suppress', 'All'), ('Precedence', 'bulk'),
        ('X-Mailer', 'Ashcombe Forms 3.2 (PHPMailer 6.9.1)'), ('MIME-Version', '1.0'), CT]
    text = T('''
A new submission has been received through the People Services help form.

Submitted:   11/03/2026 10:14 (GMT)
Form:        Recruitment systems - ask a question
Reference:   PS-20417

Name:        Priya Raman
Email:       priya.raman@ashcombeenergy.com
Department:  Customer Contact Centre - Recruitment (Sunderland)
Phone:       0191 555 0732
Category:    GoodTime
Priority:    Normal

Your question:
I changed my Windows password on Monday (it had expired) and ever since, GoodTime shows me as free all day even though my Outlook is packed. Coordinators have started booking me into interviews on top of my 1:1s. Is there something I need to redo on my side to link it back up?

Attachments: none

--
This message was generated automatically by Ashcombe Forms. Replies to this address are not monitored.
''')
    return message(hs, leaf(text, 'text/plain', 'us-ascii', '7bit'))


@reg('question', 'auto_reply', 'candidate-availability-request', 'de',
     'thunderbird;plain;qp;iso-8859-1;rfc2047-q-iso-8859-1;long-sig',
     'new coordinator: how to ask candidates for availability, what if no answer')
def q_availability_de():
    d = dt(2026, 2, 3, 13, 26, 1)
    hs = headers('thunderbird', 'Sebastian Thiel <sebastian.thiel@ashcombeenergy.de>',
                 ew_q('Verfügbarkeiten von Kandidaten abfragen', 'iso-8859-1', 'ISO-8859-1'), d,
                 dom='ashcombeenergy.de', recv=3, lang='de-DE')
    text = T('''
Moin,

ich bin seit Anfang des Monats im Recruiting-Team in Hamburg und koordiniere die Interviews für die Stellen im Netzbetrieb. Bisher schreibe ich den Kandidaten jedes Mal eine Mail und frage nach freien Terminen – das dauert teilweise Tage, und ich verliere den Überblick, wer wann was geschrieben hat.

Die Kollegin aus Bristol meinte, das geht in GoodTime auch direkt, ohne das ganze Hin und Her. Wie genau läuft das ab? Und was mache ich, wenn sich jemand nach zwei, drei Tagen immer noch nicht gemeldet hat?

Viele Grüße
Sebastian Thiel

-- 
Sebastian Thiel
Recruiting-Koordinator
Ashcombe Energy Deutschland GmbH | Großer Burstah 31 | 20457 Hamburg
''').replace('–', '-')
    return plain(hs, text, cs='iso-8859-1', params='; format=flowed')


@reg('question', 'auto_reply', 'room-booking', 'de',
     'multipart-alternative;outlook;qp;utf-8;received-5;dkim-arc',
     'meeting room missing from GoodTime but bookable in Outlook')
def q_room_de():
    d = dt(2026, 3, 5, 15, 2, 1)
    hs = headers('outlook', 'Katrin Vogelsang <katrin.vogelsang@ashcombeenergy.de>', 'Raum Elbe 4.02 nicht auswählbar',
                 d, dom='ashcombeenergy.de', recv=5, auth=True, lang='de-DE', topic='Raum Elbe 4.02 nicht auswählbar')
    text = T('''
Hallo Helpline-Team,

für die Vor-Ort-Gespräche am 19.03. (Ingenieure Leitwarte) wollte ich wie üblich über GoodTime einen Raum mitbuchen. Der große Besprechungsraum „Elbe 4.02“ taucht bei mir in der Auswahl aber gar nicht auf – in Outlook kann ich ihn ganz normal buchen. Die kleineren Räume „Alster 3.01“ und „Alster 3.02“ werden mir dagegen angezeigt.

Muss der Raum irgendwo erst hinterlegt oder freigeschaltet werden, damit GoodTime ihn kennt? Oder mache ich beim Anlegen des Interviews etwas falsch?

Danke vorab und viele Grüße
Katrin Vogelsang
''')
    sig = T('''
Katrin Vogelsang
HR Business Partnerin
Ashcombe Energy Deutschland GmbH · Hamburg''')
    return outlook_alt(hs, text, sig, lang='DE')


@reg('question', 'auto_reply', 'interviewer-load-balancing', 'de',
     'plain;8bit;raw-utf8-subject;raw-utf8-from;smtputf8;night-early',
     'shift leads overloaded; can we cap interviews per week')
def q_load_de():
    d = dt(2026, 3, 2, 5, 55, 1)
    hs = headers('outlook', 'Jürgen Höfler <juergen.hoefler@ashcombeenergy.de>', 'Obergrenze für Interviews pro Woche?', d,
                 dom='ashcombeenergy.de', recv=4, lang='de-DE', topic=None)
    text = T('''
Hallo,

meine Schichtleiter beschweren sich zu Recht: drei von ihnen sitzen gefühlt in jedem zweiten Vorstellungsgespräch, die anderen fast nie. Das geht so nicht weiter, die Leute haben nebenbei noch eine Anlage zu fahren.

Kann man in GoodTime einstellen, dass einer maximal z. B. zwei Interviews pro Woche bekommt und die Termine dann gleichmäßiger auf alle verteilt werden?

Gruß
J. Höfler
Kraftwerksleiter GuD Wedel-Süd
''')
    return plain(hs, text, cs='utf-8', cte='8bit')


@reg('question', 'auto_reply', 'chat-bubble', 'es',
     'iphone-plain;base64;rfc2047-b-utf8;mobile-sig-es',
     'cannot see the purple chat; is not logged in (comes via invite link)')
def q_chat_es():
    d = dt(2026, 2, 25, 12, 18, 1)
    hs = headers('iphone', '%s <raquel.dominguez@ashcombeenergy.es>' % ew_b('Raquel Domínguez'),
                 ew_b('¿chat morado??'), d, dom='ashcombeenergy.es', recv=3)
    text = T('''
Hola!

Una compañera de Madrid me ha dicho que cuando algo no funciona en GoodTime se puede escribir por un chat morado que sale en la pantalla, pero yo he mirado por todos lados y no me aparece nada. Entro siempre desde el enlace que viene en las invitaciones de las entrevistas.

¿Dónde se supone que está? ¿Hay que pedir algún permiso?

Gracias!!
Raquel

Enviado desde mi iPhone
''')
    return iphone(hs, text, cte='base64')


@reg('question', 'auto_reply', 'cancel-interview', 'es',
     'outlook-html-only;qp;cp1252;disclaimer-es;long-sig;crlf',
     'candidate withdrew: delete calendar event or cancel in GoodTime?')
def q_cancel_es():
    d = dt(2026, 3, 18, 10, 3, 1)
    hs = headers('outlook', '%s <javier.morales@ashcombeenergy.es>' % ew_q('Morales Peña, Javier', 'iso-8859-1'),
                 ew_q('Candidato retirado - qué hago con la entrevista', 'iso-8859-1'),
                 d, dom='ashcombeenergy.es', recv=4, lang='es-ES')
    text = T('''
Buenos días:

El candidato para la vacante de técnico de mantenimiento de aerogeneradores (parque eólico Alto de Ayala) nos ha escrito esta mañana diciendo que ha aceptado otra oferta y que retira su candidatura. Tenía la entrevista técnica programada para el martes 24 con dos técnicos de la planta y la sala de reuniones del edificio de control.

¿Cuál es la forma correcta de anularla? ¿Borro directamente el evento del calendario de Outlook o hay que hacerlo desde GoodTime? No quiero que a los técnicos les quede la invitación colgada ni que la sala siga reservada.

Un saludo,
''')
    sig = T('''
Javier Morales Peña
Coordinador de Selección – Zona Norte
Ashcombe Energía España, S.L.U.
Alameda de Mazarredo 14, 48001 Bilbao
Tel. +34 944 55 21 90''')
    return outlook_htmlonly(hs, text, sig, DISC_ES, lang='ES')


@reg('question', 'auto_reply', 'conference-links', 'es',
     'multipart-alternative;outlook;qp;utf-8',
     'Zoom by default, wants Teams for one interview')
def q_conf_es():
    d = dt(2026, 1, 14, 16, 40, 1)
    hs = headers('outlook', '%s <lucia.etxeberria@ashcombeenergy.es>' % ew_q('Lucía Etxeberria', 'utf-8'),
                 'Zoom vs Teams en las entrevistas', d, dom='ashcombeenergy.es', recv=3, lang='es-ES',
                 topic='Zoom vs Teams en las entrevistas')
    text = T('''
Hola,

Una duda rápida: cuando programo entrevistas en GoodTime, el enlace que se genera siempre es de Zoom, pero aquí en Bilbao los responsables de contratación trabajan todos con Teams y algunos ni siquiera tienen cuenta de Zoom.

¿Se puede cambiar para una entrevista en concreto o es algo que tiene que tocar alguien a nivel general? Y si se cambia, ¿el candidato recibe el enlace nuevo en su confirmación?

Gracias,
Lucía
''')
    sig = T('''
Lucía Etxeberria
Técnica de Selección | Ashcombe Energía España
Bilbao''')
    return outlook_alt(hs, text, sig, lang='ES')


@reg('question', 'auto_reply', 'debrief-scheduling', 'es',
     'multipart-alternative;gmail;received-5;dkim-arc;reply-old-thread-other-topic;gt-quote',
     'debrief after finals, must not reach candidates; quoted thread about parking')
def q_debrief_es():
    d = dt(2026, 3, 9, 18, 22, 1)
    old = mid_outlook()
    hs = headers('gmail', 'Ainhoa Goikoetxea <ainhoa.goikoetxea@ashcombeenergy.es>',
                 'Re: Tarjetas de aparcamiento para candidatos - oficina Bilbao', d, dom='ashcombeenergy.es',
                 recv=5, auth=True, reply=(old, old))
    text = T('''
Hola de nuevo,

Lo del aparcamiento ya está resuelto con seguridad, gracias.

Aprovecho para otra cosa: el jueves tenemos las tres entrevistas finales para la jefatura de turno de la central y quiero juntar después a los entrevistadores y al director de planta para valorar a los candidatos. ¿Esa reunión se monta también desde GoodTime, como las entrevistas? Lo que no quiero bajo ningún concepto es que a los candidatos les llegue una invitación o un correo de esa reunión.

Gracias,
Ainhoa
''').rstrip('\n')
    quote = ('El mié, 4 mar 2026 a las 10:12, GoodTime Help Line (<helpline@ashcombeenergy.com>) escribió:', T('''
Hola Ainhoa,

Las tarjetas de aparcamiento para candidatos no se gestionan desde GoodTime: las emite el equipo de seguridad del edificio (seguridad.bilbao@ashcombeenergy.es) con un día de antelación. Si les mandas la lista de entrevistas presenciales, las dejan en recepción.

Un saludo,
Help Line'''))
    sig = 'Ainhoa Goikoetxea\nHR Business Partner - Ashcombe Energía España\n+34 944 55 21 00'
    return gmail_alt(hs, text, sig, quote)


@reg('question', 'auto_reply', 'product-board', 'es',
     'plain;8bit;cp1252;raw-1252-subject;raw-1252-from',
     'where do improvement ideas go and can you back others ideas')
def q_product_board_es():
    d = dt(2026, 2, 19, 17, 5, 1)
    subj = 'Sugerencias de mejora para GoodTime – ¿dónde las mandamos?'.encode('cp1252')
    frm = 'Marta Sánchez Ruiz <marta.sanchez@ashcombeenergy.es>'.encode('cp1252')
    hs = headers('outlook', frm, subj, d, dom='ashcombeenergy.es', recv=3, lang='es-ES', topic=None)
    text = T('''
Hola,

En la última reunión de equipo salieron varias ideas para mejorar GoodTime (sobre todo cosas pequeñas de la pantalla de programación) y me han pedido que las haga llegar a quien corresponda.

¿Hay algún sitio oficial donde se recojan este tipo de sugerencias? Y otra cosa: una compañera dice que se pueden apoyar las ideas que ya han propuesto otros clientes, ¿es así?

Un saludo,
Marta Sánchez
Asistente de Dirección – RR. HH. España
''')
    return plain(hs, text, cs='windows-1252', cte='8bit')


@reg('question', 'auto_reply', 'contact-support', 'fr',
     'outlook-html-only;qp;cp1252;disclaimer-fr;long-sig;rfc2047-q-iso-8859-1-from',
     'how to reach GoodTime support, phone number?, what info to give')
def q_contact_support_fr():
    d = dt(2026, 3, 12, 9, 47, 1)
    hs = headers('outlook', '%s <elodie.garnier@ashcombeenergy.fr>' % ew_q('Élodie Garnier', 'iso-8859-1'),
                 'Joindre le support GoodTime', d, dom='ashcombeenergy.fr', recv=4, lang='fr-FR',
                 topic='Joindre le support GoodTime')
    text = T('''
Bonjour,

Je reprends la coordination des entretiens pour la région Auvergne-Rhône-Alpes suite au départ de Julie. Dans ses notes de passation, elle indique qu’il faut parfois « voir directement avec GoodTime », mais sans préciser comment.

Pourriez-vous m’indiquer comment on contacte leur support ? Y a-t-il un numéro de téléphone à appeler en cas de souci ? Et y a-t-il des informations à leur transmettre systématiquement pour qu’ils traitent la demande rapidement ?

Merci d’avance,
Bien cordialement,
''')
    sig = T('''
Élodie Garnier
Coordinatrice recrutement
Ashcombe Énergie France SAS
12 quai Perrache, 69002 Lyon
Tél. +33 4 72 55 31 08''')
    return outlook_htmlonly(hs, text, sig, DISC_FR, lang='FR')


@reg('question', 'auto_reply', 'product-board', 'fr',
     'multipart-alternative;apple-mail;qp;mobile-sig-fr-ipad',
     'wants to back a colleague\'s existing idea instead of duplicating')
def q_product_board_fr():
    d = dt(2026, 4, 2, 20, 31, 2)
    hs = headers('apple', 'Camille Rousseau <camille.rousseau@ashcombeenergy.fr>',
                 ew_q('Idée déjà proposée par une collègue', 'utf-8'), d, dom='ashcombeenergy.fr', recv=4)
    text = T('''
Bonjour,

Une collègue de Nantes m’a dit avoir déjà proposé à GoodTime une idée qu’on aimerait beaucoup voir aussi ici à Lyon (pouvoir dupliquer un entretien d’un candidat à l’autre). Plutôt que de faire une deuxième demande identique, est-ce qu’il y a un moyen de « soutenir » la sienne ? Et où est-ce que ça se passe exactement ?

Merci !
Camille

Envoyé de mon iPad''')
    return apple_alt(hs, text)


@reg('question', 'auto_reply', 'self-scheduling-link', 'fr',
     'plain;base64;utf-8;rfc2047-b-utf8;outlook-mac',
     'candidate sees no slots on self-scheduling page: what to check')
def q_selfsched_fr():
    d = dt(2026, 1, 30, 8, 52, 1)
    hs = headers('outlook-mac', 'Julien Faure <julien.faure@ashcombeenergy.fr>',
                 ew_b("Lien d'auto-planification : aucun créneau pour la candidate"), d, dom='ashcombeenergy.fr',
                 recv=3, lang='fr-FR')
    text = T('''
Bonjour,

J'ai envoyé hier à une candidate (poste d'analyste données, équipe trading) le lien pour qu'elle choisisse elle-même son créneau d'entretien. Elle me répond ce matin qu'elle ne voit aucun horaire disponible sur la page.

Avant de m'énerver sur l'outil : qu'est-ce que je dois vérifier de mon côté ? J'avais mis deux intervieweurs et une plage de trois jours.

Merci,
Julien

--
Julien Faure | Chargé de recrutement | Ashcombe Énergie France
''')
    return plain(hs, text, cte='base64')


@reg('question', 'auto_reply', 'add-interviewer-to-pool', 'fr',
     'multipart-alternative;gmail;received-5;dkim-arc',
     'new network engineer should join interviewer group, as trainee first')
def q_pool_fr():
    d = dt(2026, 2, 24, 14, 9, 1)
    hs = headers('gmail', 'Nicolas Perrin <nicolas.perrin@ashcombeenergy.fr>', ew_q('Nouvel intervieweur – réseau', 'UTF-8'),
                 d, dom='ashcombeenergy.fr', recv=5, auth=True)
    text = T('''
Salut l'équipe,

Nous avons un nouvel ingénieur réseau à Lyon, Mathieu Roche, qui va faire passer les entretiens techniques pour les techniciens d'intervention. Il n'a jamais fait d'entretien chez nous.

Comment est-ce qu'on le rajoute au groupe des personnes habilitées à faire passer ces entretiens ? Et vu qu'il débute, est-ce qu'il peut d'abord y être rattaché « en formation » avant d'être pleinement habilité ?

Merci,
Nicolas''')
    return gmail_alt(hs, text, 'Nicolas Perrin\nHR Business Partner – Ashcombe Énergie France\n+33 4 72 55 30 12')


@reg('question', 'auto_reply', 'panel-interviews', 'fr',
     'multipart-alternative;outlook;qp;cp1252;reply-old-thread-other-topic;outlook-quote-block-fr;long-sig',
     'three back-to-back interviews with a break; quoted thread about PPE')
def q_panel_fr():
    d = dt(2026, 3, 4, 11, 15, 1)
    subj = 'RE: Visite de site candidats – EPI'
    hs = headers('outlook', 'Sophie Marchand <sophie.marchand@ashcombeenergy.fr>', ew_q(subj, 'Windows-1252'.lower(), 'Windows-1252'),
                 d, dom='ashcombeenergy.fr', recv=4, lang='fr-FR', reply=(mid_outlook(), mid_outlook()),
                 topic=ew_q('Visite de site candidats – EPI', 'windows-1252', 'Windows-1252'))
    text = T('''
Bonjour,

Merci pour le retour sur les EPI, c’est noté, je vois avec l’accueil.

Autre sujet : pour le recrutement des opérateurs de conduite à la centrale de Vaulx-Milieu, M. Lemaire souhaite que chaque candidat enchaîne trois entretiens le même matin (RH, chef de quart, puis lui-même), avec une pause d’un quart d’heure entre le deuxième et le troisième. Comment organise-t-on ce genre de matinée dans GoodTime ? Je n’ai jusqu’ici programmé que des entretiens simples.

Bien à vous,
''')
    sig = T('''
Sophie Marchand
Assistante de direction – Centrale de Vaulx-Milieu
Ashcombe Énergie France SAS
Tél. +33 4 74 55 60 20''')
    quote = ([('De :', 'GoodTime Help Line <helpline@ashcombeenergy.com>'), ('Envoyé :', 'mardi 3 mars 2026 16:05'),
              ('À :', 'Sophie Marchand <sophie.marchand@ashcombeenergy.fr>'), ('Objet :', subj)], T('''
Bonjour Sophie,

Les équipements de protection pour les visites de site ne passent pas par GoodTime : c’est l’accueil de la centrale qui les prépare à partir de la liste des visiteurs du jour. Le plus simple est de leur envoyer la liste des candidats la veille.

Bonne journée,
Help Line'''))
    return outlook_alt(hs, text, sig, quote=quote, cs='windows-1252', lang='FR', reply=True)


@reg('question', 'auto_reply', 'chat-bubble', 'pt',
     'multipart-alternative;outlook;qp;utf-8;rfc2047-b-utf8-subject',
     'is the purple chat only for errors or also for unusual cases')
def q_chat_pt():
    d = dt(2026, 3, 26, 15, 44, 0)
    hs = headers('outlook', 'Tiago Mendes <tiago.mendes@ashcombeenergy.pt>', ew_b('Chat do suporte – só para erros?'),
                 d, dom='ashcombeenergy.pt', recv=3, lang='pt-PT')
    text = T('''
Olá,

Já percebi que o chat roxo no canto do GoodTime liga diretamente ao suporte deles. A minha dúvida é: aquilo é só para reportar erros, ou também posso usá-lo para perguntar como resolver situações mais fora do comum? Por exemplo, temos uma candidata que só pode fazer entrevistas à hora de almoço por causa do horário no emprego atual, e não sei bem como montar isso.

Obrigado,
Tiago
''')
    sig = 'Tiago Mendes\nCoordenador de Recrutamento | Ashcombe Energia Portugal | Lisboa'
    return outlook_alt(hs, text, sig, lang='PT')


@reg('question', 'auto_reply', 'internal-project-team', 'pt',
     'iphone-plain;qp;rfc2047-q-utf8;mobile-sig-pt',
     'new recruiter asks who runs this help line and what to send here')
def q_ipt_pt():
    d = dt(2026, 1, 13, 8, 36, 0)
    hs = headers('iphone', '%s <ines.carvalho@ashcombeenergy.pt>' % ew_q('Inês Carvalho'), ew_q('Dúvida sobre esta linha de apoio'),
                 d, dom='ashcombeenergy.pt', recv=3)
    text = T('''
Bom dia,

Entrei esta semana na equipa de recrutamento do Porto e deram-me este endereço para dúvidas sobre o GoodTime. Desculpem a pergunta básica, mas quem é que responde aqui? É a própria GoodTime ou é uma equipa nossa? E que tipo de coisas devo mandar para aqui, em vez de contactar a GoodTime diretamente?

Obrigada,
Inês

Enviado do meu iPhone
''')
    return iphone(hs, text)


@reg('question', 'auto_reply', 'time-zones', 'pt',
     'outlook-html-only;qp;cp1252;long-sig;disclaimer-pt;crlf',
     'candidate in Sao Paulo, interviewers Lisbon/London, DST end of month')
def q_tz_pt():
    d = dt(2026, 3, 18, 14, 27, 0)
    hs = headers('outlook', 'Beatriz Lopes <beatriz.lopes@ashcombeenergy.pt>', ew_q('Entrevista com candidato no Brasil', 'iso-8859-1'),
                 d, dom='ashcombeenergy.pt', recv=4, lang='pt-PT')
    text = T('''
Boa tarde,

Vou ter na próxima semana uma entrevista para a vaga de analista de dados (equipa de trading, Lisboa) com um candidato que ainda está a viver em São Paulo. Os entrevistadores estão quase todos em Lisboa e um deles em Londres.

Já me aconteceu no passado (não com o GoodTime) o candidato aparecer uma hora mais cedo por causa da diferença horária, e não queria repetir a experiência. O que devo confirmar no GoodTime para que cada um veja a hora certa no seu fuso? Há algum cuidado especial a ter agora com a mudança da hora no fim do mês?

Cumprimentos,
''')
    sig = T('''
Beatriz Lopes
Business Partner de Recursos Humanos
Ashcombe Energia Portugal, S.A.
Av. Dom João II 44, 1990-095 Lisboa
T. +351 21 555 40 10''')
    return outlook_htmlonly(hs, text, sig, DISC_PT, lang='PT')


@reg('question', 'auto_reply', 'permissions-roles', 'pt',
     'multipart-mixed;gmail;attach-png;received-5',
     'access denied on integrations page: bug or permissions?')
def q_perm_pt():
    d = dt(2026, 2, 6, 11, 2, 0)
    hs = headers('gmail', 'Rui Almeida <rui.almeida@ashcombeenergy.pt>', ew_q('Acesso negado nas definições', 'UTF-8'),
                 d, dom='ashcombeenergy.pt', recv=5)
    text = T('''
Olá,

Estava a tentar ver as integrações do GoodTime (queria confirmar se o Teams está ligado para as entrevistas de Lisboa) e aparece-me uma mensagem de acesso negado. Mando captura de ecrã em anexo.

Isto é um erro do sistema ou é por eu não ter permissões para ver essa parte? Se for de permissões, o que devo fazer?

Obrigado,
Rui Almeida''')
    att = attach(png(240, 110, seed=41), 'image/png', 'Captura de ecrã 2026-02-06 105844.png'.replace('ã', 'a'))
    return gmail_alt(hs, text, 'Rui Almeida\nCoordenador de Recrutamento – Lisboa', attachments=[att])


@reg('question', 'auto_reply', 'candidate-itinerary', 'pt',
     'roundcube;plain;base64;iso-8859-1;no-message-id',
     'candidate did not get the itinerary email: how to resend')
def q_itinerary_pt():
    d = dt(2026, 4, 8, 16, 12, 1)
    hs = headers('roundcube', 'Ana Rita Fernandes <anarita.fernandes@ashcombeenergy.pt>',
                 ew_q('Candidato não recebeu o programa da entrevista', 'iso-8859-1', 'ISO-8859-1'), d,
                 dom='ashcombeenergy.pt', recv=3, mid=None)
    text = T('''
Olá,

O candidato para técnico de manutenção (parque eólico da Serra do Marão) ligou-me agora a dizer que não recebeu nenhum email com o programa da entrevista de sexta-feira: horários, nomes de quem o vai entrevistar, morada. A entrevista está marcada no GoodTime desde segunda.

Como é que lhe volto a enviar isso? Não quero estar a escrever tudo à mão.

Obrigada,
Ana Rita Fernandes
Recursos Humanos - Ashcombe Energia Portugal
''')
    return plain(hs, text, cs='iso-8859-1', cte='base64', params='; format=flowed')

# =================================================================== QUESTIONS (no article holds the fact)

@reg('question', 'forward_support', 'none', 'en',
     'multipart-alternative;outlook;us;long-sig',
     'asks actual SLA figures; support-hours article only points to Help Center')
def n_sla_en():
    d = dt(2026, 3, 16, 10, 5, -5)
    hs = headers('outlook', 'Jennifer Alvarez <jennifer.alvarez@ashcombeenergy.com>',
                 'Risk register - GoodTime support response commitments', d, recv=4, us=True, lang='en-US',
                 topic='Risk register - GoodTime support response commitments')
    text = T('''
Hi team,

I'm updating the Talent Acquisition risk register for the Q2 internal audit, and one of the controls references "vendor support responsiveness" for GoodTime. Audit want actual figures this time, not "they're very responsive".

Specifically: what is GoodTime's committed first-response time for a top-priority ticket (e.g. interview invites failing to send), and what is it for a normal-priority one? Minutes or hours is fine, I just need the numbers to put in the control description.

Thanks,
Jennifer
''')
    sig = T('''
Jennifer Alvarez
Manager, Recruiting Operations – Americas
Ashcombe Energy Inc. | 1200 Smith Street, Suite 2400, Houston, TX 77002
O: +1 713 555 0148''')
    return outlook_alt(hs, text, sig, DISC_US, lang='EN-US')


@reg('question', 'forward_support', 'none', 'en',
     'plain;qp;outlook-plain',
     'asks about text-message reminders; reminders article silent on SMS')
def n_sms_en():
    d = dt(2026, 4, 20, 13, 48, 1)
    hs = headers('outlook', 'Hannah Pryce <hannah.pryce@ashcombeenergy.com>', 'text reminders for apprentice candidates', d,
                 recv=3, topic='text reminders for apprentice candidates')
    text = T('''
Hi,

Lots of our apprentice applicants are 16-18 and honestly they don't read e-mail. We had four no-shows at the Warrington assessment day last week and at least two of them said they never saw the reminder.

Does GoodTime send reminders by text message as well as e-mail? If it can, how do we get that switched on for the Academy interviews?

Thanks
Hannah

Hannah Pryce
Recruitment Coordinator, Ashcombe Skills Academy, Warrington
''')
    return plain(hs, text, cs='us-ascii', cte='7bit')


@reg('question', 'forward_support', 'none', 'en',
     'outlook-html-only;qp;cp1252;forwarded-outlook;long-sig',
     'works council: where is candidate data stored; forwarded from Hamburg')
def n_residency_en():
    d = dt(2026, 2, 26, 12, 31, 0)
    hs = headers('outlook', 'Martin Hale <martin.hale@ashcombeenergy.com>', 'FW: Betriebsrat Anfrage / works council question – GoodTime data location',
                 d, recv=4, topic='FW: Betriebsrat Anfrage / works council question - GoodTime data location')
    hs = seth(hs, 'Subject', ew_q('FW: Betriebsrat Anfrage / works council question – GoodTime data location', 'windows-1252', 'Windows-1252'))
    text = T('''
Hello,

Forwarding the below from Katrin in Hamburg. Before GoodTime is rolled out for the German roles the works council want a written answer on where candidate and interviewer data from GoodTime is physically stored, and whether any of it is transferred outside the EU/EEA (including for support access).

Do we have a definitive answer to that? I’d rather not guess in writing to a Betriebsrat.

Regards,
Martin
''')
    sig = T('''
Martin Hale
HR Compliance Lead
Ashcombe Energy plc | Ashcombe House, 1 Temple Quay, Bristol BS1 6EA
T +44 117 496 0277''')
    quote = ([('From:', 'Katrin Vogelsang <katrin.vogelsang@ashcombeenergy.de>'), ('Sent:', '26 February 2026 11:58'),
              ('To:', 'Martin Hale <martin.hale@ashcombeenergy.com>'), ('Subject:', 'Betriebsrat Anfrage / works council question – GoodTime data location')],
             T('''
Hi Martin,

the Betriebsrat has asked (in writing, so we need to answer in writing): in which country are GoodTime data stored, and do any data leave the EU? They mention candidate data and also the interviewer data (calendars, number of interviews).

Could you find out? Danke!
Katrin'''))
    return outlook_htmlonly(hs, text, sig, quote=quote)


@reg('question', 'forward_support', 'none', 'en',
     'plain;7bit;terse;lowercase;typos;no-message-id-brackets',
     'which Workday stages are wired to GoodTime here; ats article says ask the team')
def n_stages_en():
    d = dt(2026, 3, 19, 15, 58, -5)
    hs = headers('outlook-mac', 'Tyler Nguyen <tyler.nguyen@ashcombeenergy.com>', 'workday stages?', d, recv=3, us=True,
                 mid='nobr', lang='en-US')
    text = T('''
hey - which of our workday stages actualy push a candidate over into goodtime for scheduling? i moved someone to "Hiring Manager Review" assuming that would do it and nothing showed up, then someone told me thats not one of the stages we use for it. is there a list somewhere of which stages are hooked up here?

thx
tyler
''')
    return plain(hs, text, cs='us-ascii', cte='7bit')


@reg('question', 'forward_support', 'none', 'en',
     'iphone-plain;7bit;terse;mobile-sig;no-message-id',
     'director: can I see the CV from the GoodTime invite')
def n_cv_en():
    d = dt(2026, 2, 13, 7, 12, -6)
    hs = headers('iphone', 'Marcus DeLuca <marcus.deluca@ashcombeenergy.com>', 'Resume on the invite?', d, recv=3, us=True, mid=None)
    text = T('''
Can I see the candidate's resume from the GoodTime invite itself, or do I still have to dig it out of Workday? My assistant normally prints them for me but she's out this week and I have 3 interviews back to back this morning.

Marcus

Sent from my iPhone
''')
    return iphone(hs, text, cte='7bit', cs='us-ascii')


@reg('question', 'forward_support', 'none', 'de',
     'outlook-html-only;base64;utf-8;long-sig;rfc2047-b-split-midword',
     'are candidate emails sent in German for apprentices; no article on language')
def n_lang_de():
    d = dt(2026, 4, 14, 10, 19, 2)
    hs = headers('outlook', '%s <miriam.oezdemir@ashcombeenergy.de>' % ew_b('Özdemir, Miriam'),
                 ew_split(['Sprache der Bewerber-E-Mails (Ausbil', 'dung)'], 'utf-8', 'B'), d, dom='ashcombeenergy.de', recv=4, lang='de-DE')
    text = T('''
Hallo Helpline,

kurze Frage aus der Ausbildungsabteilung: Gehen die Einladungen und Bestätigungen, die GoodTime an unsere Bewerberinnen und Bewerber für die Ausbildung (Elektroniker/in für Betriebstechnik) schickt, automatisch auf Deutsch raus, oder bekommen die die englischen Texte?

Letzte Woche hat sich eine Mutter bei uns gemeldet, weil ihr Sohn (16) die Einladung nicht richtig verstanden hat. Falls es eine deutsche Fassung gibt: wie stellen wir die ein?

Viele Grüße
Miriam Özdemir
''')
    sig = T('''
Miriam Özdemir
Leitung Ausbildung Norddeutschland
Ashcombe Energy Deutschland GmbH · Kraftwerk Wedel-Süd · Tinsdaler Weg 140 · 22880 Wedel''')
    return outlook_htmlonly(hs, text, sig, cs='utf-8', cte='base64', lang='DE')


@reg('question', 'forward_support', 'none', 'es',
     'multipart-alternative;gmail;base64;rfc2047-b-iso-8859-1',
     'GDPR retention period of candidate data; no article')
def n_gdpr_es():
    d = dt(2026, 1, 22, 12, 44, 1)
    hs = headers('gmail', 'Elena Vidal <elena.vidal@ashcombeenergy.es>',
                 ew_b('Conservación de datos de candidatos en GoodTime', 'iso-8859-1', 'ISO-8859-1'), d,
                 dom='ashcombeenergy.es', recv=4)
    text = T('''
Buenas tardes,

Desde Protección de Datos de RR. HH. estamos actualizando el registro de actividades de tratamiento y nos falta un dato sobre GoodTime: ¿durante cuánto tiempo conserva GoodTime los datos de los candidatos (nombre, correo, disponibilidad, entrevistas) una vez cerrado el proceso? ¿Y se pueden borrar a petición del candidato si ejerce su derecho de supresión?

Muchas gracias,
Elena''')
    return gmail_alt(hs, text, 'Elena Vidal\nProtección de Datos – RR. HH.\nAshcombe Energía España', cte='base64')


@reg('question', 'forward_support', 'none', 'fr',
     'iphone-plain;8bit;raw-utf8-subject;smtputf8;terse;mobile-sig-fr;bare-message-id;night',
     'does GoodTime know French public holidays')
def n_holidays_fr():
    d = dt(2026, 4, 27, 22, 14, 2)
    hs = headers('iphone', 'Thierry Lemaire <thierry.lemaire@ashcombeenergy.fr>',
                 'Jours fériés mai', d, dom='ashcombeenergy.fr', recv=3, mid='nobr')
    text = T('''
Bonsoir,

Est-ce que GoodTime sait que le 1er mai, le 8 mai et l'Ascension sont fériés en France ? Je ne veux pas me retrouver avec des entretiens proposés ces jours-là alors que la moitié de l'équipe de quart est en repos.

T. Lemaire

Envoyé de mon iPhone
''')
    return iphone(hs, text, cte='8bit', cs='utf-8')


@reg('question', 'forward_support', 'none', 'pt',
     'multipart-alternative;outlook;qp;utf-8;long-sig',
     'export interview list per shift lead to Excel; reporting article vague on export')
def n_export_pt():
    d = dt(2026, 4, 6, 9, 3, 1)
    hs = headers('outlook', '%s <joaopedro.sousa@ashcombeenergy.pt>' % ew_q('João Pedro Sousa', 'utf-8'),
                 ew_q('Exportar entrevistas para Excel?', 'utf-8'), d, dom='ashcombeenergy.pt', recv=4, lang='pt-PT')
    text = T('''
Bom dia,

Preciso de uma lista, em Excel, de todas as entrevistas feitas por cada chefe de turno da central no primeiro trimestre (data, vaga, candidato), para anexar ao relatório de atividade que envio à direção.

Consigo exportar isso diretamente do GoodTime para Excel, ou tenho de pedir a alguém?

Obrigado,
''')
    sig = T('''
João Pedro Sousa
Diretor da Central do Pego
Ashcombe Energia Portugal, S.A.''')
    return outlook_alt(hs, text, sig, lang='PT')

# =================================================================== BUGS

@reg('bug', 'forward_support+flag_csm', '', 'en',
     'multipart-mixed;outlook;attach-png;received-7;dkim-arc;long-sig;disclaimer',
     'high impact: calendar availability wrong for whole team, scheduling halted')
def b_sync_org_en():
    d = dt(2026, 4, 14, 8, 52, 1)
    hs = headers('outlook', 'Claire Hutchinson <claire.hutchinson@ashcombeenergy.com>',
                 'GoodTime showing everyone as free - whole contact centre team affected', d, recv=7, auth=True,
                 topic='GoodTime showing everyone as free - whole contact centre team affected')
    text = T('''
Hi,

Since roughly 07:30 this morning GoodTime is showing every interviewer in the contact centre recruitment team as completely free – all day, every day this week. Their Outlook calendars are full as normal. It isn't one or two people: I've checked 12 of the 40 and it's the same for all of them, and colleagues in Bristol say theirs look the same.

We have already double-booked three team managers this morning because coordinators trusted the suggested slots. I've asked everyone to stop scheduling through GoodTime until we hear back, which puts around 60 adviser interviews this week on hold.

Screenshot attached – Gary Thompson's calendar in Outlook on the left, GoodTime on the right, same day.

Nobody on our side has changed anything that we know of. Can this please go to GoodTime as a priority?
''')
    sig = T('''
Claire Hutchinson
Recruitment Team Leader – Customer Contact Centre
Ashcombe Energy | Doxford Park, Sunderland SR3 3XN
T +44 191 555 0700''')
    att = attach(png(300, 120, seed=7), 'image/png', 'image001.png', disp='attachment')
    return outlook_alt(hs, text, sig, DISC_EN, attachments=[att])


@reg('bug', 'forward_support+flag_csm', '', 'en',
     'multipart-alternative;gmail;forwarded-gmail;received-6;dkim-arc',
     'high impact: confirmation e-mails crossed between candidates (personal data)')
def b_dataleak_en():
    d = dt(2026, 3, 24, 12, 40, 0)
    hs = headers('gmail', 'Rhys Llewellyn <rhys.llewellyn@ashcombeenergy.com>',
                 'Fwd: Interview confirmation - wrong person\'s details??', d, recv=6, auth=True)
    text = T('''
Help line - please see below from a candidate for the Cefn Glas wind turbine technician role. The confirmation e-mail she received has ANOTHER candidate's name, mobile number and interview time in it. I've checked, and the other candidate got hers too, so it looks like the two have been crossed.

This is a data protection issue - I've told our DPO. Please get it to GoodTime straight away; I've no idea whether it has happened to anyone else.

Rhys

-- 
Rhys Llewellyn
Recruitment Partner - Renewables (Wales)
Ashcombe Energy

---------- Forwarded message ---------
From: Carys Morgan <carys.morgan87@gmail.com>
Date: Tue, 24 Mar 2026 at 12:21
Subject: Interview confirmation - wrong person's details??
To: Rhys Llewellyn <rhys.llewellyn@ashcombeenergy.com>


Hi Rhys,

I've just had the confirmation for Thursday but it's addressed to someone called Bethan Price, with her phone number and a 2pm slot, not my 10:30. Is my interview still on? I'm a bit worried my details have gone to someone else as well.

Thanks,
Carys''')
    return gmail_alt(hs, text)


@reg('bug', 'forward_support+flag_csm', '', 'de',
     'outlook-html-only;qp;cp1252;folded-long-subject;rfc2047-q-split;recurring;night',
     'high impact: duplicate invites on reschedule, third report, whole team')
def b_duplicates_de():
    d = dt(2026, 3, 24, 23, 40, 1)
    subj = ew_split(['AW: [Ticket 48213] Doppelte Kalendereinladungen bei Umplanung – Pr',
                     'oblem besteht weiterhin, bitte dringend weitergeben'], 'windows-1252', 'Q', 'windows-1252')
    hs = headers('outlook', 'Frank Wendt <frank.wendt@ashcombeenergy.de>', subj, d, dom='ashcombeenergy.de', recv=4,
                 lang='de-DE', reply=(mid_outlook(), mid_outlook() + '\n ' + mid_outlook()))
    text = T('''
Hallo zusammen,

leider muss ich das Thema wieder aufmachen. Wir hatten das im Januar und im Februar schon gemeldet (Ticket 48213 bei GoodTime), und beide Male hieß es, es sei behoben.

Seit Montag ist es wieder da: Sobald wir ein Interview in GoodTime umplanen, bekommen alle Interviewer die Einladung doppelt – einmal mit der alten, einmal mit der neuen Uhrzeit, und die alte wird nicht gelöscht. Betroffen ist das komplette Hamburger Team, nicht nur einzelne Kolleginnen und Kollegen. Gestern saßen deshalb zwei Schichtleiter zur falschen Zeit im Besprechungsraum.

Beispiele: Interview-IDs 7731920 und 7732004, beide am 23.03. umgeplant.

Bitte an GoodTime weitergeben – und ehrlich gesagt wäre es gut, wenn das diesmal auch jemand bei GoodTime auf höherer Ebene mitbekommt.

Viele Grüße
Frank Wendt
''')
    sig = 'Frank Wendt\nRecruiting – Ashcombe Energy Deutschland GmbH\nGroßer Burstah 31 · 20457 Hamburg'
    return outlook_htmlonly(hs, text, sig, DISC_DE, lang='DE', reply=True)


@reg('bug', 'forward_support', '', 'en',
     'multipart-alternative;outlook-mac;qp;misleading-subject',
     'subject "quick question" over DST offset bug in candidate confirmations')
def b_dst_en():
    d = dt(2026, 3, 30, 9, 10, 1)
    hs = headers('outlook-mac', 'Gemma Rowlands <gemma.rowlands@ashcombeenergy.com>', 'quick question', d, recv=4)
    text = T('''
Hi both,

Quick question (I think!) – since the clocks went forward on Sunday, every interview I've scheduled for this week shows an hour out on the candidate's confirmation e-mail. E.g. Wednesday's interview for the gas trader role is 10:00 London time in GoodTime and in the interviewers' calendars, but the candidate's confirmation says 09:00. The candidate is in London too and the time zone on her profile is Europe/London.

I've checked three others and it's the same. I've e-mailed the candidates manually for now but it's going to confuse people. Is this something on our side or GoodTime's?

Thanks,
Gemma
''')
    return outlook_alt(hs, text, 'Gemma Rowlands\nRecruitment Coordinator – Trading\nAshcombe Energy Trading Ltd | 100 Bishopsgate, London EC2N 4AG')


@reg('bug', 'forward_support', '', 'en',
     'outlook-html-only;qp;cp1252;us',
     'Teams links not generated since yesterday, interviews next week')
def b_teams_en():
    d = dt(2026, 3, 5, 15, 20, -6)
    hs = headers('outlook', 'Andrew Kerr <andrew.kerr@ashcombeenergy.com>', 'No Teams links on interviews since yesterday', d,
                 recv=4, us=True, lang='en-US', topic='No Teams links on interviews since yesterday')
    text = T('''
Hi,

Since yesterday afternoon none of the interviews I schedule in GoodTime are getting a Teams link. The invite goes out fine, but the location just says “Microsoft Teams Meeting” with no join link, and the candidate confirmation is the same. Teams is selected on the interview as usual and nothing has changed on my end.

It’s happened on five interviews so far, all for next week (IDs below). I’ve been adding links by hand as a workaround.

7702113, 7702150, 7702151, 7702209, 7702233

Thanks,
Andrew
''')
    sig = 'Andrew Kerr\nSenior Recruiter – Engineering\nAshcombe Energy Inc. | Houston, TX'
    return outlook_htmlonly(hs, text, sig, lang='EN-US')


@reg('bug', 'forward_support', '', 'en',
     'plain;qp;outlook-plain',
     'configured day-before reminders not sent to three candidates')
def b_reminders_en():
    d = dt(2026, 3, 12, 11, 25, 0)
    hs = headers('outlook', 'Paul Ainsworth <paul.ainsworth@ashcombeenergy.com>', 'Reminders not going out?', d, recv=3,
                 topic='Reminders not going out?')
    text = T('''
Hello,

We have the day-before reminder switched on for the graduate scheme interviews (Recruiting Ops set it up in January and it was working fine until recently). This week three candidates have told us they got no reminder at all, and when I look at the interviews in GoodTime there's no sign a reminder went out. Their e-mail addresses are correct in Workday and they've checked spam/junk.

Interviews affected: Tues 10th (2 candidates) and Wed 11th (1). None of them were changed after booking.

Could someone look into it please?

Thanks
Paul

Paul Ainsworth
Graduate Recruitment Coordinator
Ashcombe Energy | Bristol
''')
    return plain(hs, text, cs='us-ascii', cte='quoted-printable')


@reg('bug', 'forward_support', '', 'en',
     'multipart-alternative;apple-mail;base64',
     'self-scheduling link offers slots the interviewer is busy')
def b_selfsched_en():
    d = dt(2026, 2, 18, 17, 33, 0)
    hs = headers('apple', 'Sam Okonjo <sam.okonjo@ashcombeenergy.com>', 'Self-schedule link offering times people are busy', d, recv=4)
    text = T('''
Hi,

The self-scheduling links I'm sending for trader phone screens are offering candidates slots when the interviewer is clearly busy. Yesterday a candidate booked 14:30 on Thursday with Mark Ferreira, who has a recurring desk meeting marked Busy at exactly that time (it's been in his calendar for months). That's the second time this week.

Mark's calendar connection looks fine from what I can see, no warnings anywhere.

Could you pass it on?

Sam

Sam Okonjo
Recruiter – Trading & Analytics
Ashcombe Energy Trading Ltd''')
    return apple_alt(hs, text, cte='base64')


@reg('bug', 'forward_support', '', 'en',
     'multipart-mixed;outlook;attach-png;plain-and-html',
     'candidate page spins forever for one requisition')
def b_spinner_en():
    d = dt(2026, 1, 20, 14, 6, 0)
    hs = headers('outlook', 'Nadia Rahman <nadia.rahman@ashcombeenergy.com>', 'Candidate page stuck loading', d, recv=3,
                 topic='Candidate page stuck loading')
    text = T('''
Hi,

Every time I open a candidate in GoodTime from the Graduate Engineer req (REQ-2026-0187) the page just sits there with the spinner. Other reqs open fine. Tried Chrome and Edge, cleared cache, same thing. Screenshot attached – it had been like that for about 10 minutes when I took it.

Nothing urgent today, but I need to get those candidates scheduled by Friday.

Nadia
''')
    att = attach(png(260, 100, seed=19, accent=(110, 60, 180)), 'image/png', 'spinner.png')
    return outlook_alt(hs, text, 'Nadia Rahman | Recruitment Coordinator | Ashcombe Energy', attachments=[att])


@reg('bug', 'forward_support|needs_review', '', 'en',
     'form-mailer;servicenow;auto-submitted;x-auto-response-suppress;noreply-from;7bit',
     'IT ticket robot relays a save error on panel interviews')
def b_form_en():
    d = dt(2026, 3, 18, 16, 1, 0)
    hs = received_exo(d, 3) + [
        ('From', 'Ashcombe IT Service Desk <servicedesk-noreply@ashcombeenergy.com>'),
        ('To', 'Recruiting Systems - GoodTime <helpline@ashcombeenergy.com>'),
        ('Subject', 'INC0193344 has been assigned to group Recruiting Systems - GoodTime'),
        ('Date', rfcdate(d)), ('Message-ID', '<1187422.4471.1773849660412@app134084.lhr201.service-now.com>'),
        ('Auto-Submitted', 'auto-generated'), ('X-Auto-Response-Suppress', 'All'), ('X-ServiceNow-Source', 'Notification-7c1e0a'),
        ('X-ServiceNow-SysEmail-Version', '2'), ('MIME-Version', '1.0'), CT]
    text = T('''
Incident INC0193344 has been assigned to your group (Recruiting Systems - GoodTime).

Short description: GoodTime - "Unable to save interview" when editing panel
Caller: Tyler Nguyen (Houston - Talent Acquisition)
Opened: 2026-03-18 10:47:12 CDT
Priority: 4 - Low
Category: Business application / HR

Description:
When I add a third interviewer to a panel interview and click save I get a red banner "Unable to save interview. Please try again." It worked last week. Happens with the Field Engineer II panel template. I can save fine with two interviewers. Not urgent, the interviews are end of next month.

Click here to view Incident: https://ashcombe.service-now.com/nav_to.do?uri=incident.do?sys_id=9f3c1e7a1b2d4e50a7c3f0d1e2b4c6a8

Ref:MSG4518273
''')
    return message(hs, leaf(text, 'text/plain', 'us-ascii', '7bit'))


@reg('bug', 'forward_support', '', 'en',
     'iphone-plain;7bit;terse;lowercase;typos;mobile-sig',
     'debrief invite went to the candidate (not live)')
def b_debrief_en():
    d = dt(2026, 2, 5, 17, 50, 0)
    hs = headers('iphone', 'Chloe Barker <chloe.barker@ashcombeenergy.com>', 'debrief invite went to the candidate??', d, recv=3)
    text = T('''
the debrief for yesterdays hydrogen project manager interviews just went out and the candidate got the invite!! he's replied asking if he should attend. it was set up from the template like always, i didnt change anything. can someone check why it included him. ive told him it was sent in error

Sent from my iPhone
''')
    return iphone(hs, text, cte='7bit', cs='us-ascii')


@reg('bug', 'forward_support', '', 'en',
     'plain;7bit;angry-caps;bare-message-id',
     'cancelled interviews stay on engineers calendars')
def b_caps_cancel_en():
    d = dt(2026, 4, 8, 12, 4, 1)
    hs = headers('outlook', 'Gareth Pugh <gareth.pugh@ashcombeenergy.com>', "CANCELLED INTERVIEWS STILL IN MY ENGINEERS' DIARIES",
                 d, recv=3, mid='nobr', topic="CANCELLED INTERVIEWS STILL IN MY ENGINEERS' DIARIES")
    text = T('''
I AM GETTING VERY TIRED OF THIS.

My coordinator cancelled two interviews in GoodTime on Monday (both candidates withdrew). The invites are STILL sitting in my engineers' calendars today, so two of my team drove from Taunton to the Bridgwater depot this morning for interviews that DO NOT EXIST. That is half a day each lost, plus mileage.

She did it properly through GoodTime, not by deleting the events. Someone needs to find out why the cancellations are not reaching the calendars.

Gareth Pugh
Network Operations Manager - Somerset
Ashcombe Energy Networks Ltd
''')
    return plain(hs, text, cs='us-ascii', cte='7bit')


@reg('bug', 'forward_support', '', 'en',
     'plain;qp;reply-old-thread-other-topic;original-message-block',
     'ATS stage move not syncing to GoodTime; thread about careers fair')
def b_ats_en():
    d = dt(2026, 3, 3, 9, 14, 0)
    hs = headers('outlook', "Megan O'Rourke <megan.orourke@ashcombeenergy.com>", 'RE: Careers fair stand - University of Bath', d,
                 recv=3, reply=(mid_outlook(), mid_outlook()), topic='Careers fair stand - University of Bath')
    text = T('''
Hi,

Sorry to hijack this thread - different issue. I moved six candidates for the Graduate Data Analyst role into "Interview - Stage 2" in Workday yesterday at about 3pm. None of them has appeared in GoodTime to schedule, even this morning. Other roles' candidates came across fine yesterday. I haven't touched them in GoodTime.

Req: REQ-2026-0211, candidate IDs C-884120 to C-884125.

Thanks,
Megan

-----Original Message-----
From: GoodTime Help Line <helpline@ashcombeenergy.com>
Sent: 27 February 2026 11:03
To: Megan O'Rourke <megan.orourke@ashcombeenergy.com>
Subject: RE: Careers fair stand - University of Bath

Hi Megan,

GoodTime isn't used for careers fair stands - those go through the Events team (events@ashcombeenergy.com), who hold the university fair calendar. They'll need the date and how many of you are going.

Help Line

-----Original Message-----
From: Megan O'Rourke
Sent: 27 February 2026 10:36
To: GoodTime Help Line <helpline@ashcombeenergy.com>
Subject: Careers fair stand - University of Bath

Hi, can I book the stand for the Bath careers fair through GoodTime, or is that someone else? Thanks, Megan
''')
    return plain(hs, text, cs='us-ascii', cte='quoted-printable')


@reg('bug', 'forward_support', '', 'es',
     'outlook-html-only;qp;cp1252;disclaimer-es;crlf',
     'itinerary shows Canary time one hour late although zone set right')
def b_canarias_es():
    d = dt(2026, 2, 10, 13, 55, 1)
    hs = headers('outlook', 'Patricia Llorente <patricia.llorente@ashcombeenergy.es>',
                 ew_q('Itinerario con la hora equivocada (candidato en Canarias)', 'iso-8859-1'), d,
                 dom='ashcombeenergy.es', recv=4, lang='es-ES')
    text = T('''
Hola,

Os escribo porque tenemos un problema con los itinerarios que envía GoodTime. El candidato para la plaza de operador de despacho vive en Las Palmas de Gran Canaria. En su ficha de GoodTime tiene bien puesta la zona horaria (Atlantic/Canary), y cuando miro la entrevista en GoodTime me sale a las 10:00 hora de Madrid / 9:00 hora canaria, que es lo correcto.

Pero el correo con el itinerario que le ha llegado dice “10:00 (hora de Canarias)”, es decir, una hora tarde. Lo hemos probado con otra candidata de Tenerife y pasa exactamente lo mismo.

Les he escrito a mano para corregirlo, pero ¿podéis pasarlo al soporte de GoodTime?

Gracias,
Patricia
''')
    sig = 'Patricia Llorente\nTécnica de Selección – Madrid\nAshcombe Energía España, S.L.U.'
    return outlook_htmlonly(hs, text, sig, DISC_ES, lang='ES')


@reg('bug', 'forward_support', '', 'fr',
     'multipart-alternative;gmail;base64;received-5',
     'room booking error although room free in Outlook')
def b_room_fr():
    d = dt(2026, 3, 31, 10, 22, 2)
    hs = headers('gmail', '%s <aurelie.besson@ashcombeenergy.fr>' % ew_b('Aurélie Besson', 'UTF-8', 'UTF-8'),
                 ew_b('Erreur réservation salle – entretiens La Défense', 'UTF-8', 'UTF-8'), d, dom='ashcombeenergy.fr', recv=5)
    text = T('''
Bonjour,

Depuis ce matin, impossible de réserver une salle via GoodTime pour les entretiens sur site à La Défense. Quand je valide, j'ai le message « Room unavailable – please choose another room », alors que la salle (Seine 12) est libre dans Outlook sur ce créneau et que je peux la réserver moi-même sans problème. Même chose avec deux autres salles de l'étage.

Les entretiens concernés sont mardi prochain, donc pas d'urgence immédiate, mais j'aimerais que ce soit réglé d'ici là.

Merci,
Aurélie''')
    return gmail_alt(hs, text, 'Aurélie Besson\nAssistante RH – Paris La Défense\nAshcombe Énergie France', cte='base64')

# =================================================================== SCHEDULING BLOCKERS

@reg('scheduling_blocker', 'forward_support', '', 'en',
     'outlook-html-only;qp;cp1252;urgent-subject',
     'candidate in reception, interviewers have no invite')
def s_lobby_en():
    d = dt(2026, 4, 22, 10, 4, 1)
    hs = headers('outlook', 'Zoe Lambert <zoe.lambert@ashcombeenergy.com>', 'URGENT - candidate in reception, interviewer has no invite',
                 d, recv=3, topic='URGENT - candidate in reception, interviewer has no invite',
                 extra=[('Importance', 'high'), ('X-Priority', '1')])
    text = T('''
The candidate for the Senior Asset Engineer role (Amir Haddad) is sitting in reception at Ashcombe House right now for a 10:15 interview. GoodTime shows it as scheduled with Richard Cole and Priya Shah, but neither of them has anything in their calendar, and Richard is in Swindon today. The candidate has his confirmation e-mail with today’s date on it.

Can someone look at what happened with the invites and help me get a replacement on? I’m trying to get hold of Priya now.

Zoe
ext. 4471
''')
    return outlook_htmlonly(hs, text)


@reg('scheduling_blocker', 'forward_support', '', 'en',
     'multipart-mixed;outlook;reply-thread;attach-ics;received-5;dkim-arc',
     'panel in 15 minutes, Teams link vanished from invite')
def s_panel_link_en():
    d = dt(2026, 2, 19, 13, 46, 0)
    subj = 'RE: Panel - Senior Power Trader - Thursday'
    hs = headers('outlook', 'Gemma Rowlands <gemma.rowlands@ashcombeenergy.com>', subj, d, recv=5, auth=True,
                 reply=(mid_outlook(), mid_outlook()), topic='Panel - Senior Power Trader - Thursday',
                 extra=[('Importance', 'high')])
    text = T('''
Panel starts at 14:00 (15 mins) and the Teams link has vanished from the invite – the interviewers' invites just say "Microsoft Teams Meeting" with nothing to click, and the candidate is e-mailing me asking where to join. GoodTime still shows Teams selected. Can someone get us a working link or tell me how to regenerate it right now? Invite attached.

Gemma
''')
    quote = ([('From:', 'Owen Hartley <owen.hartley@ashcombeenergy.com>'), ('Sent:', 'Tuesday, February 17, 2026 9:12 AM'),
              ('To:', 'Gemma Rowlands <gemma.rowlands@ashcombeenergy.com>'), ('Subject:', 'Panel - Senior Power Trader - Thursday')],
             T('''
Gemma – for Thursday can we have me, Priti and Jonas on the panel, and Jonas only for the second half? Candidate has asked for a 13:30 finish if possible but I've said 14:00–15:00 is the only slot.

Owen'''))
    start = dt(2026, 2, 19, 14, 0, 0, 0)
    inv = ics('REQUEST', 'Interview: Senior Power Trader – Elena Marsh (Panel)', start, start + timedelta(hours=1),
              ('Gemma Rowlands', 'gemma.rowlands@ashcombeenergy.com'), ('Owen Hartley', 'owen.hartley@ashcombeenergy.com'))
    att = ([('Content-Type', 'text/calendar; charset="utf-8"; method=REQUEST; name="invite.ics"'),
            ('Content-Disposition', 'attachment; filename="invite.ics"'), ('Content-Transfer-Encoding', 'base64')],
           b64lines(inv.encode('utf-8')))
    return outlook_alt(hs, text, 'Gemma Rowlands | Recruitment Coordinator – Trading', quote=quote, reply=True, attachments=[att])


@reg('scheduling_blocker', 'forward_support', '', 'en',
     'multipart-mixed;iphone;attach-png;mobile-sig;us',
     'interviewer sick, swap fails with error, candidate logs on in 30 min')
def s_swap_en():
    d = dt(2026, 3, 9, 8, 31, -5)
    hs = headers('iphone', 'Kayla Brooks <kayla.brooks@ashcombeenergy.com>', "Interviewer out sick - 9:00 interview - swap won't save",
                 d, recv=3, us=True)
    text = T('''
Hi - Darnell called in sick and he's on the 9:00 CT interview for the Wind Technician role at Pecos Ridge (candidate Luis Ortega, ID 7719042). I'm trying to swap in Brian Hutchins from the pool and GoodTime gives me the error in the screenshot when I hit save. Candidate logs on in under 30 minutes. What do I do??

Kayla

Sent from my iPhone
''')
    p1 = ([('Content-Type', 'text/plain;\n\tcharset=us-ascii'), ('Content-Transfer-Encoding', '7bit')], text.encode())
    p2 = ([('Content-Type', 'image/png;\n\tname=IMG_4417.PNG'), ('Content-Disposition', 'inline;\n\tfilename=IMG_4417.PNG'),
           ('Content-Transfer-Encoding', 'base64')], b64lines(png(200, 120, seed=88)))
    p3 = ([('Content-Type', 'text/plain;\n\tcharset=us-ascii'), ('Content-Transfer-Encoding', '7bit')], b'\n')
    return message(hs, mp('mixed', [p1, p2, p3], bnd('iphone')))


@reg('scheduling_blocker', 'forward_support', '', 'en',
     'iphone-plain;7bit;terse;lowercase;mobile-sig',
     'candidate stuck in Zoom waiting room now')
def s_zoom_en():
    d = dt(2026, 2, 3, 11, 5, 0)
    hs = headers('iphone', 'Chloe Barker <chloe.barker@ashcombeenergy.com>', 'candidate stuck in zoom waiting room NOW', d, recv=3)
    text = T('''
interview was meant to start at 11 and the candidate is stuck on "waiting for the host to start this meeting". interviewer (james whitcombe) is on the same link and sees the same thing. zoom link came from goodtime. what do we do?? candidate has been waiting 5 min

Sent from my iPhone
''')
    return iphone(hs, text, cte='7bit', cs='us-ascii')


@reg('scheduling_blocker', 'forward_support', '', 'en',
     'multipart-alternative;outlook;qp',
     'self-scheduling link invalid while candidate is on the phone')
def s_selflink_en():
    d = dt(2026, 1, 27, 16, 12, 0)
    hs = headers('outlook', 'Owen Price <owen.price@ashcombeenergy.com>', 'Self-schedule link error - candidate on the phone with me',
                 d, recv=4, topic='Self-schedule link error - candidate on the phone with me', extra=[('Importance', 'high')])
    text = T('''
I've got a candidate on the phone right now trying to book her screening call, and the self-scheduling link I sent throws "This link is no longer valid" - I only sent it 20 minutes ago. She has to lock something in today because she's flying out tonight. I've resent it twice, same error.

Can someone help me get her booked in the next few minutes? Candidate ID 7740122, role Control Room Operator - Carrow Point.

Owen
''')
    return outlook_alt(hs, text, 'Owen Price | Recruiter – Generation | Ashcombe Energy | 07700 900 344')


@reg('scheduling_blocker', 'forward_support', '', 'en',
     'iphone-plain;7bit;angry-caps;terse;mobile-sig;no-message-id',
     'candidate here, booked room occupied, need room in 10 min')
def s_room_caps_en():
    d = dt(2026, 3, 26, 13, 52, 0)
    hs = headers('iphone', 'Jade Whittaker <jade.whittaker@ashcombeenergy.com>', 'ROOM 3.12', d, recv=3, mid=None)
    text = T('''
CANDIDATE IS HERE FOR 2PM. ROOM 3.12 HAS A TEAM MEETING IN IT. GOODTIME SAYS 3.12 IS BOOKED FOR US. NEED A ROOM IN THE NEXT 10 MIN, ANYTHING ON FLOOR 3 OR 2. WHO CAN SORT THIS??

Sent from my iPhone
''')
    return iphone(hs, text, cte='7bit', cs='us-ascii')


@reg('scheduling_blocker', 'forward_support', '', 'en',
     'multipart-alternative;apple-mail;forwarded-apple;qp;mobile-sig',
     'candidate at wrong site gate, interview at 10; forwarded candidate mail')
def s_wrong_site_en():
    d = dt(2026, 3, 6, 9, 41, 0)
    hs = headers('apple', 'Rhys Llewellyn <rhys.llewellyn@ashcombeenergy.com>', 'Fwd: Arrived – where do I go?', d, recv=4)
    hs = seth(hs, 'Subject', ew_q('Fwd: Arrived – where do I go?', 'utf-8'))
    text = T('''
Can someone check what GoodTime sent her?? She's at the Cefn Glas site gate but the interview is at the Swansea depot, 40 mins away. Interview is at 10:00. The confirmation must have had the wrong address on it. I need to know now whether the panel can move to the site or we push it.

Rhys

Sent from my iPhone

Begin forwarded message:

From: Ffion Jenkins <ffion.jenkins@outlook.com>
Subject: Arrived – where do I go?
Date: 6 March 2026 at 09:36:12 GMT
To: Rhys Llewellyn <rhys.llewellyn@ashcombeenergy.com>

Hi Rhys, I'm at the gate at Cefn Glas wind farm as per my confirmation e-mail but the security guard says there are no interviews here today. Where should I go? My interview is at 10.

Ffion''')
    return apple_alt(hs, text)


@reg('scheduling_blocker', 'forward_support', '', 'en',
     'multipart-alternative;outlook;us;long-sig;disclaimer;received-6;dkim-arc',
     'EA: CHRO interview in 25 min shows cancelled, candidate driving in')
def s_cancelled_en():
    d = dt(2026, 2, 24, 13, 36, -6)
    hs = headers('outlook', '"Whitfield, Brenda" <brenda.whitfield@ashcombeenergy.com>',
                 'Interview at 2:00 today shows CANCELLED - candidate en route', d, recv=6, auth=True, us=True, lang='en-US',
                 topic='Interview at 2:00 today shows CANCELLED - candidate en route', extra=[('Importance', 'high')])
    text = T('''
Hello,

Lisa has a final-round interview at 2:00 pm CT today with a candidate for the VP Trading Risk role. I just opened GoodTime to print the itinerary and the interview shows as Cancelled – nobody on our side cancelled it, and the invite has disappeared from Lisa's calendar. The candidate is already driving in from Katy and will be here in about 20 minutes.

Can someone please help me get this reinstated (or at least tell me how to get Lisa's invite and the room back) before 2:00?
''')
    sig = T('''
Brenda Whitfield
Executive Assistant to Lisa Marchetti, Chief Human Resources Officer
Ashcombe Energy Inc. | 1200 Smith Street, Suite 2400, Houston, TX 77002
O: +1 713 555 0102 | M: +1 832 555 0177''')
    return outlook_alt(hs, text, sig, DISC_US, lang='EN-US')


@reg('scheduling_blocker', 'forward_support|needs_review', '', 'en',
     'form-mailer;auto-submitted;x-auto-response-suppress;noreply-from;qp',
     'portal robot relays: candidate has no link for interview in 25 min')
def s_form_en():
    d = dt(2026, 2, 3, 15, 5, 0)
    hs = received_exo(d, 2) + [
        ('From', '"Contact Centre Recruitment Portal" <noreply@forms.ashcombeenergy.com>'),
        ('To', HELP), ('Subject', 'URGENT request submitted: Interview problem (today) - Danielle Fox'),
        ('Date', rfcdate(d)), ('Message-ID', '<cc-portal.20260203150510.88213@forms.ashcombeenergy.com>'),
        ('Auto-Submitted', 'auto-generated'), ('X-Auto-Response-Suppress', 'All'),
        ('X-Mailer', 'Ashcombe Forms 3.2'), ('MIME-Version', '1.0'), CT]
    text = T('''
New urgent request from the Contact Centre Recruitment portal

Requester:            Danielle Fox
Team:                 Adviser Recruitment – Sunderland
Request type:         Interview problem (today)
Interview date/time:  03/02/2026 15:30
Candidate:            Kieran Walsh (ID 7698830)

Details:
Candidate phoned in to say he has no link for his 15:30 video interview. Checked GoodTime – confirmation shows as sent, but to an old e-mail address; he gave us a new one on Friday. I updated it in Workday this morning but GoodTime still has the old one and won’t let me resend to the new address. It is 15:05 now.

Callback number: 0191 555 0718

----
Sent by Ashcombe Forms (automated). Do not reply to this message.
''')
    return message(hs, leaf(text, 'text/plain', 'utf-8', 'quoted-printable'))


@reg('scheduling_blocker', 'forward_support', '', 'de',
     'iphone-plain;qp;rfc2047-b-utf8;mobile-sig-de',
     'candidate in Teams lobby, interviewer has no invite or link')
def s_teams_de():
    d = dt(2026, 2, 26, 14, 3, 1)
    hs = headers('iphone', 'Lena Hartmann <lena.hartmann@ashcombeenergy.de>', ew_b('Kandidat wartet – Interviewer hat keinen Link!'),
                 d, dom='ashcombeenergy.de', recv=3)
    text = T('''
Hallo,

der Kandidat für die Stelle Netzingenieur sitzt seit 14:00 im Teams-Wartebereich, der Interviewer (Herr Dahlke) hat aber überhaupt keinen Termin und keinen Link im Kalender. In GoodTime ist das Interview ganz normal mit ihm eingeplant. Ich versuche ihn gerade telefonisch zu erreichen.

Könnt ihr bitte schnell schauen? Interview-ID 7724518.

Danke!
Lena

Von meinem iPhone gesendet
''')
    return iphone(hs, text)


@reg('scheduling_blocker', 'forward_support', '', 'es',
     'multipart-alternative;outlook;qp;utf-8;received-6;dkim-arc;urgent-subject',
     'panel in 20 min, interviewer declined, no replacement suggested')
def s_decline_es():
    d = dt(2026, 4, 15, 11, 41, 2)
    hs = headers('outlook', '%s <inaki.zubizarreta@ashcombeenergy.es>' % ew_q('Iñaki Zubizarreta', 'utf-8'),
                 ew_q('URGENTE – panel a las 12:00, un entrevistador ha rechazado', 'utf-8'), d, dom='ashcombeenergy.es',
                 recv=6, auth=True, lang='es-ES', extra=[('Importance', 'high')])
    text = T('''
Hola,

Tenemos el panel de las 12:00 para la plaza de ingeniero/a de protecciones y uno de los tres entrevistadores (Andoni Ruiz) acaba de rechazar la invitación porque le ha surgido una avería en una subestación. Intento sustituirlo desde GoodTime por otra persona del grupo de entrevistadores, pero no me sugiere a nadie, aunque sé que Mikel y Nerea están libres a esa hora.

La candidata se conecta en 20 minutos. ¿Me podéis ayudar a meter a alguien o decirme qué hago?

Iñaki
''')
    return outlook_alt(hs, text, 'Iñaki Zubizarreta\nCoordinador de Selección – Ashcombe Energía España\nBilbao', lang='ES')


@reg('scheduling_blocker', 'forward_support', '', 'pt',
     'iphone-plain;base64;raw-utf8-subject;smtputf8;mobile-sig-pt',
     'candidate in Porto reception, GoodTime shows interview tomorrow')
def s_lobby_pt():
    d = dt(2026, 4, 16, 15, 7, 1)
    hs = headers('iphone', 'Sofia Ramos <sofia.ramos@ashcombeenergy.pt>', 'Candidato na receção – entrevista aparece para amanhã',
                 d, dom='ashcombeenergy.pt', recv=3)
    text = T('''
Olá,

Tenho um candidato na receção do escritório do Porto para uma entrevista às 15h (técnico de subestações). No GoodTime a entrevista aparece marcada para amanhã à mesma hora e os entrevistadores não têm nada no calendário para hoje. O email de confirmação que ele me mostrou diz hoje, dia 16.

Preciso de ajuda urgente para perceber o que se passou e arranjar alguém para o entrevistar agora.

Sofia

Enviado do meu iPhone
''')
    return iphone(hs, text, cte='base64')

# =================================================================== FEATURE REQUESTS

@reg('feature_request', 'product_board_reply', '', 'en',
     'outlook-html-only;qp;cp1252;misleading-urgent-subject;night;long-sig',
     'URGENT subject over a wish: rotating shift rotas for interviewer hours')
def f_shifts_en():
    d = dt(2026, 1, 16, 3, 20, 0)
    hs = headers('outlook', 'Alan Ritchie <alan.ritchie@ashcombeenergy.com>', 'URGENT: GoodTime needs to understand shift rotas', d,
                 recv=4, topic='URGENT: GoodTime needs to understand shift rotas', extra=[('Importance', 'high'), ('X-Priority', '1')])
    text = T('''
Hi,

I’ll keep this short, I’m on nights.

Our control-room shift leads work a 4-on/4-off pattern, with days and nights rotating. GoodTime only seems to understand fixed weekly working hours (Mon–Fri, 9–5 style), so it keeps offering my people for interviews on their rest days or in the middle of their sleep after a night shift, and the coordinators have to catch it by hand.

What we need is for GoodTime to let an interviewer’s available hours follow a rotating rota – ideally imported from our rostering system – instead of a fixed week. It would save a huge amount of back-and-forth for every site that runs shifts, which is most of Generation.

Can this be put forward to GoodTime?
''')
    sig = T('''
Alan Ritchie
Operations Manager, Carrow Point Power Station
Ashcombe Energy Generation Ltd
Control room: +44 1493 555 800''')
    return outlook_htmlonly(hs, text, sig)


@reg('feature_request', 'product_board_reply', '', 'en',
     'multipart-alternative;outlook;qp',
     'move many interviews at once after a site closure')
def f_bulk_en():
    d = dt(2026, 2, 16, 12, 2, 0)
    hs = headers('outlook', 'Leanne Cartwright <leanne.cartwright@ashcombeenergy.com>', 'Storm closure - an idea for next time', d,
                 recv=3, topic='Storm closure - an idea for next time')
    text = T('''
Hi all,

After last week's storm closed the Hollins Moor site office for two days, I had to reschedule 11 interviews one by one. It took most of a morning, and every one of them needed the same new date, the same room change and the same note to the candidate.

It would be really useful if GoodTime had a way to select several interviews at once (e.g. everything at one location on one day) and move them together, with a single message going to all the candidates. I imagine anyone with weather-dependent sites would use it.

Not urgent at all - just putting it out there.

Leanne
''')
    return outlook_alt(hs, text, 'Leanne Cartwright\nRecruitment Coordinator – Renewables North\nAshcombe Energy')


@reg('feature_request', 'product_board_reply', '', 'en',
     'plain;qp;long-sig',
     'HSE: automatic site safety block in confirmations for operational sites')
def f_safety_en():
    d = dt(2026, 1, 9, 10, 40, 0)
    hs = headers('outlook', 'Mark Jenkins <mark.jenkins@ashcombeenergy.com>', 'Site safety info in candidate e-mails', d, recv=3,
                 topic='Site safety info in candidate e-mails')
    text = T('''
Hello,

HSE Officer at Marsh Lane here. We get a steady stream of candidates coming on site for interviews and plant tours, and at least once a month somebody turns up in trainers or without photo ID and can't get past the gatehouse.

Coordinators can add a note to the confirmation by hand, but it gets forgotten. It would be much better if GoodTime could automatically include a site-specific safety block (PPE needed, photo ID, parking, gatehouse instructions) whenever the interview location is one of our operational sites, and leave it out for office interviews.

Could this be put to GoodTime as an improvement?

Regards,
Mark Jenkins
HSE Officer - Marsh Lane CCGT
Ashcombe Energy Generation Ltd
Marsh Lane, Immingham DN40 2QT | T +44 1469 555 233
''')
    return plain(hs, text, cs='us-ascii', cte='quoted-printable')


@reg('feature_request', 'product_board_reply', '', 'en',
     'multipart-mixed;outlook;winmail-dat;plain',
     'push on-site interviews into the reception visitor system')
def f_visitor_en():
    d = dt(2026, 3, 13, 9, 8, 0)
    subj = 'Reception sign-in + GoodTime'
    hs = headers('outlook', 'Helen Marsh <helen.marsh@ashcombeenergy.com>', subj, d, recv=4, topic=subj)
    hs = seth(hs, 'X-MS-Has-Attach', 'yes')
    hs = seth(hs, 'X-MS-TNEF-Correlator', '<%s>' % mid_outlook().strip('<>'))
    text = T('''
Hi,

Our reception team at Ashcombe House pre-registers every visitor in the visitor management system, so that a badge is printed and the host gets a text when they arrive. For interview candidates this is done by hand from a list the coordinators e-mail over each morning, and it's often incomplete or late.

We'd love GoodTime to push on-site interviews (candidate name, time, host, meeting room) straight into the visitor system. Even a daily export in a standard format that the visitor system could pick up would be a big step forward.

Could you pass that on as a suggestion?

Thanks,
Helen Marsh
Office Manager, Ashcombe House
''')
    p1 = leaf(text, 'text/plain', 'us-ascii', 'quoted-printable')
    p2 = ([('Content-Type', 'application/ms-tnef; name="winmail.dat"'),
           ('Content-Disposition', 'attachment; filename="winmail.dat"'), ('Content-Transfer-Encoding', 'base64')],
          b64lines(tnef(subj)))
    return message(hs, mp('mixed', [p1, p2], bnd('outlook-mixed')))


@reg('feature_request', 'product_board_reply', '', 'en',
     'multipart-alternative;gmail;received-5;dkim-arc',
     'bilingual Welsh/English candidate e-mails')
def f_welsh_en():
    d = dt(2026, 2, 2, 10, 31, 0)
    hs = headers('gmail', 'Gwen Harries <gwen.harries@ashcombeenergy.com>', 'Welsh language candidate e-mails', d, recv=5, auth=True)
    text = T('''
Shwmae,

As an employer with a big presence in Wales we're expected to offer candidates correspondence in Welsh, and at the moment everything GoodTime sends is English-only. Our Welsh Language Officer has asked whether we could offer bilingual confirmations and reminders (Welsh and English in the same e-mail, Welsh first).

I realise it's a niche ask, but it would make a real difference for our recruitment at Cefn Glas and the Swansea depot, and I'd guess for other Welsh employers using GoodTime too. Please could it be passed to GoodTime as a product suggestion?

Diolch,
Gwen''')
    return gmail_alt(hs, text, 'Gwen Harries\nRecruitment Partner – Wales\nAshcombe Energy')


@reg('feature_request', 'product_board_reply', '', 'en',
     'multipart-alternative;outlook;reply-thread;outlook-quote-block;thank-you-with-wish',
     'thank-you reply that carries an add-to-calendar wish')
def f_thanks_wish_en():
    d = dt(2026, 3, 17, 15, 26, 0)
    subj = 'RE: Resending the itinerary'
    hs = headers('outlook', 'Kirsty Doyle <kirsty.doyle@ashcombeenergy.com>', subj, d, recv=3,
                 reply=(mid_outlook(), mid_outlook()), topic='Resending the itinerary')
    text = T('''
That worked, thank you! Candidate has it now.

One thought while I'm here – it would be so much easier if the candidate's itinerary had an "add to my calendar" button. Half our candidates ask us for a calendar invite separately and we end up sending two e-mails. Maybe one for GoodTime's wish list?

Thanks again,
Kirsty
''')
    quote = ([('From:', DISPLAY_HELP), ('Sent:', '17 March 2026 14:58'), ('To:', 'Kirsty Doyle <kirsty.doyle@ashcombeenergy.com>'),
              ('Subject:', subj)], T('''
Hi Kirsty,

You can send it again from the interview itself in GoodTime – open the scheduled interview and use the option to resend the candidate's confirmation. Worth asking him to check his junk folder too.

Help Line'''))
    return outlook_alt(hs, text, quote=quote, reply=True)


@reg('feature_request', 'product_board_reply', '', 'en',
     'multipart-alternative;outlook;qp;long-sig',
     'native Power BI connector for GoodTime data')
def f_powerbi_en():
    d = dt(2026, 4, 1, 11, 55, 1)
    hs = headers('outlook', 'Ravi Patel <ravi.patel@ashcombeenergy.com>', 'GoodTime data into Power BI', d, recv=4,
                 topic='GoodTime data into Power BI')
    text = T('''
Hi,

I look after the TA dashboards in Power BI. At the moment we get GoodTime numbers by someone exporting a report and e-mailing me a spreadsheet every Monday, which means the dashboard is always a week old and now and then has the wrong date range.

A native Power BI connector (or a data feed we could schedule a refresh against) for interviews, reschedules and interviewer load would be a big improvement. Could you log it with GoodTime as a product suggestion? Happy to give them more detail on the fields we'd need.

Thanks,
Ravi
''')
    sig = T('''
Ravi Patel
Data Analyst – People Analytics
Ashcombe Energy plc | Ashcombe House, Bristol''')
    return outlook_alt(hs, text, sig)


@reg('feature_request', 'product_board_reply', '', 'en',
     'plain;7bit;lowercase;terse;no-message-id',
     'show interviewer home site next to name when picking from a pool')
def f_location_en():
    d = dt(2026, 4, 23, 16, 47, 1)
    hs = headers('outlook', 'Beth Lawson <beth.lawson@ashcombeenergy.com>', 'idea: show where interviewers are based', d, recv=3,
                 mid=None, topic='idea: show where interviewers are based')
    text = T('''
hi,

small idea for goodtime. when i'm picking interviewers from a pool for an onsite it would help a lot to see which site each person is based at, right there next to their name. last month i booked someone from our aberdeen office onto an onsite in bristol because he showed as free and i didnt spot it until he replied. a little location tag or a filter by site would stop that happening.

thanks
beth
''')
    return plain(hs, text, cs='us-ascii', cte='7bit')


@reg('feature_request', 'product_board_reply', '', 'en',
     'multipart-alternative;apple-mail;qp',
     'search candidates by Workday requisition number')
def f_reqsearch_en():
    d = dt(2026, 1, 23, 10, 9, 0)
    hs = headers('apple', 'Chris Adeyemi <chris.adeyemi@ashcombeenergy.com>', 'search by req number', d, recv=4)
    text = T('''
Hi team,

Could we suggest to GoodTime that the search box accepts our Workday requisition numbers (REQ-2026-xxxx)? Right now I have to search by candidate name, and with common names like "James Smith" on the graduate scheme I end up clicking through four or five profiles to find the right one.

Cheers,
Chris''')
    return apple_alt(hs, text)


@reg('feature_request', 'product_board_reply', '', 'es',
     'outlook-html-only;qp;utf-8;long-sig',
     'map/coordinates for remote wind-farm sites in confirmations')
def f_map_es():
    d = dt(2026, 3, 20, 8, 15, 1)
    hs = headers('outlook', '%s <carlos.ibanez@ashcombeenergy.es>' % ew_q('Carlos Ibáñez', 'utf-8'),
                 ew_q('Sugerencia: mapa y acceso en los correos de entrevistas presenciales', 'utf-8'), d, dom='ashcombeenergy.es',
                 recv=4, lang='es-ES')
    text = T('''
Hola,

Os paso una sugerencia por si se puede trasladar a GoodTime. Muchas de nuestras entrevistas presenciales son en parques eólicos y subestaciones que no tienen una dirección postal clara (el GPS te lleva a mitad del monte). Sería muy útil que en las confirmaciones, y en la página donde el candidato elige la hora, se pudiera incluir un mapa con la ubicación exacta o unas coordenadas, en vez de solo el texto de la dirección.

Creo que a cualquier empresa con instalaciones fuera de ciudad le vendría bien.

Un saludo,
''')
    sig = T('''
Carlos Ibáñez
Jefe de Planta – Parque Eólico Alto de Ayala
Ashcombe Energía España, S.L.U.
Tel. +34 945 55 18 40''')
    return outlook_htmlonly(hs, text, sig, cs='utf-8', lang='ES')


@reg('feature_request', 'product_board_reply', '', 'fr',
     'multipart-alternative;outlook;qp;iso-8859-1;rfc2047-q-iso-8859-1',
     'exclude on-call weeks automatically from interviewer availability')
def f_astreinte_fr():
    d = dt(2026, 2, 12, 17, 58, 1)
    hs = headers('outlook', 'Guillaume Roux <guillaume.roux@ashcombeenergy.fr>',
                 ew_q('Suggestion : prise en compte des astreintes', 'iso-8859-1'), d, dom='ashcombeenergy.fr', recv=4,
                 lang='fr-FR')
    text = T('''
Bonjour,

Petite suggestion d'amélioration pour GoodTime, à remonter si possible à l'éditeur.

Nos techniciens d'exploitation sont d'astreinte une semaine sur quatre. Pendant ces semaines-là, ils ne devraient pas être proposés pour des entretiens, mais comme l'astreinte n'apparaît pas comme « occupé » dans leur agenda, GoodTime les propose quand même et on doit tout déplacer après coup.

Ce serait idéal de pouvoir indiquer dans GoodTime des périodes d'indisponibilité récurrentes (ou d'importer le planning d'astreinte) pour qu'ils soient exclus automatiquement.

Cordialement,
''')
    sig = T('''
Guillaume Roux
Responsable d'exploitation - Centrale de Vaulx-Milieu
Ashcombe Énergie France SAS''')
    return outlook_alt(hs, text, sig, cs='iso-8859-1', lang='FR')


@reg('feature_request', 'product_board_reply', '', 'pt',
     'multipart-alternative;gmail;base64;received-5;dkim-arc',
     'weekly automatic summary e-mail to hiring managers')
def f_summary_pt():
    d = dt(2026, 3, 3, 18, 40, 0)
    hs = headers('gmail', 'Marta Pinto <marta.pinto@ashcombeenergy.pt>', ew_b('Sugestão para o GoodTime – resumo semanal para gestores', 'UTF-8', 'UTF-8'),
                 d, dom='ashcombeenergy.pt', recv=5, auth=True)
    text = T('''
Olá equipa,

Uma sugestão que gostava que chegasse à GoodTime: os nossos gestores de contratação perguntam-nos constantemente em que ponto estão as entrevistas das suas vagas. Seria ótimo se o GoodTime enviasse automaticamente a cada gestor um resumo semanal por email – entrevistas marcadas, por marcar, remarcações – só das vagas dele.

Poupava-nos muitos emails e telefonemas.

Obrigada,
Marta''')
    return gmail_alt(hs, text, 'Marta Pinto\nGestora de Recrutamento – Ashcombe Energia Portugal', cte='base64')

# =================================================================== ESCALATIONS

@reg('escalation', 'flag_csm', '', 'en',
     'outlook-html-only;qp;cp1252;long-sig;disclaimer;received-7;dkim-arc;crlf',
     'EA to COO: renewal, seats and pricing meeting with account team')
def e_renewal_en():
    d = dt(2026, 3, 25, 14, 12, 0)
    hs = headers('outlook', '"Stannard, Oliver" <oliver.stannard@ashcombeenergy.com>',
                 'GoodTime renewal - meeting with their account team before procurement', d, recv=7, auth=True,
                 topic='GoodTime renewal - meeting with their account team before procurement')
    text = T('''
Good afternoon,

I’m writing on behalf of Richard Askew (Chief Operating Officer). Procurement have flagged that our GoodTime contract comes up for renewal at the end of June, and they will begin the commercial review in early May.

Before that happens, Richard would like a meeting with GoodTime’s account team – ideally the person who manages our relationship day to day plus whoever handles commercials – to go through usage across the business, the number of seats we actually need going forward (the Academy and the Spanish business have both grown considerably) and pricing options for a multi-year term.

Could you arrange this, or let me know who on our side owns the relationship? Richard’s diary is easiest in the weeks commencing 20 and 27 April.

Kind regards,
Oliver
''')
    sig = T('''
Oliver Stannard
Executive Assistant to Richard Askew, Chief Operating Officer
Ashcombe Energy plc
Ashcombe House, 1 Temple Quay, Bristol BS1 6EA
T +44 117 496 0102 | M +44 7700 900 219''')
    return outlook_htmlonly(hs, text, sig, DISC_EN)


@reg('escalation', 'flag_csm', '', 'en',
     'multipart-mixed;outlook;forwarded-outlook;qp;attach-pdf',
     'Academy needs 9 coordinator seats + ~20 interviewer accounts, cost')
def e_licences_en():
    d = dt(2026, 3, 2, 9, 30, 0)
    hs = headers('outlook', 'David Kilbride <david.kilbride@ashcombeenergy.com>',
                 'FW: Academy taking over apprentice scheduling - GoodTime licences', d, recv=4,
                 topic='Academy taking over apprentice scheduling - GoodTime licences')
    text = T('''
Hello,

Forwarding the note below from our HRD, as I think this sits with you.

From 1 April the Apprenticeship Academy takes over scheduling for all apprentice and T-level placement interviews (previously done by the central coordinators). That means 9 Academy staff need GoodTime coordinator access, and we estimate another 20 or so assessors will need interviewer accounts.

Can you confirm whether we have enough licences for that, and if not, start whatever is needed to add them? I'd also like to understand the cost and which budget it lands on before I commit.

Thanks,
David
''')
    sig = 'David Kilbride\nHead of Apprenticeship Academy\nAshcombe Skills Academy, Warrington'
    quote = ([('From:', 'Sarah Doherty <sarah.doherty@ashcombeenergy.com>'), ('Sent:', '27 February 2026 17:40'),
              ('To:', 'David Kilbride <david.kilbride@ashcombeenergy.com>'), ('Subject:', 'Academy taking over apprentice scheduling')],
             T('''
David – confirming ExCo approval: Academy owns apprentice and T-level interview scheduling from 1 April. Please make sure the team has the system access they need before then, and check the GoodTime licence position with the recruiting systems team.

Sarah'''))
    doc = pdf(['Apprenticeship Academy - interview volumes 2026 (estimate)', '',
               'Apprentice interviews (Sep intake): approx. 420', 'T-level placement interviews: approx. 90',
               'Coordinators needing GoodTime access: 9', 'Assessors needing interviewer accounts: approx. 20',
               'Sites: Warrington, Bridgwater, Immingham, Swansea'])
    att = attach(doc, 'application/pdf', 'Academy_interview_volumes_2026.pdf')
    return outlook_alt(hs, text, sig, quote=quote, attachments=[att])


@reg('escalation', 'flag_csm', '', 'en',
     'outlook-html-only;qp;cp1252;folded-long-subject;us',
     'training request for 14 new Houston recruiters')
def e_training_en():
    d = dt(2026, 2, 20, 10, 48, -6)
    subj = 'Request: GoodTime training for the new Houston recruiting team (14 people)\n - before end of March if at all possible'
    hs = headers('outlook', 'Jennifer Alvarez <jennifer.alvarez@ashcombeenergy.com>', subj, d, recv=4, us=True, lang='en-US',
                 topic='Request: GoodTime training for the new Houston recruiting team (14 people) - before end of March if at all possible')
    text = T('''
Hi,

We’ve just hired 14 new recruiters and coordinators in Houston as part of the US wind build-out, and most of them have never used GoodTime. Our own team is too stretched to run proper onboarding.

Could we get a live training session (or two) from GoodTime for the whole group – ideally covering panel scheduling, interviewer pools and the candidate availability flow, plus a Q&A on how we run things here? Virtual is fine; Central-time-friendly slots please.

Thanks,
Jennifer
''')
    sig = 'Jennifer Alvarez\nManager, Recruiting Operations – Americas\nAshcombe Energy Inc.'
    return outlook_htmlonly(hs, text, sig, lang='EN-US')


@reg('escalation', 'flag_csm', '', 'en',
     'multipart-alternative;outlook;qp;night;complaint-overall',
     'director: GoodTime not delivering, wants senior conversation')
def e_complaint_en():
    d = dt(2026, 4, 9, 22, 15, 1)
    hs = headers('outlook', 'Deborah Quinn <deborah.quinn@ashcombeenergy.com>', 'GoodTime - where are we with this?', d, recv=4,
                 topic='GoodTime - where are we with this?', cc='Rebecca Thornton <rebecca.thornton@ashcombeenergy.com>')
    text = T('''
All,

I've held off writing this for a while, but I think it needs saying.

We are now five months into GoodTime and, from where I sit in Networks, it is not delivering what was promised. My depot managers tell me interviews still get booked onto people's rest days, cancellations don't always clear from calendars, and candidates have turned up at the wrong depot twice this quarter. Each time the answer seems to be a workaround rather than a fix. Individually these get logged and closed; collectively nobody seems to own them.

I'm not looking for another ticket. I want a proper conversation with GoodTime at a senior level about whether this is working for a field-based organisation like ours, what they are going to do about it, and what "good" looks like by the summer. Please set that up and include me.

Deborah
''')
    sig = 'Deborah Quinn\nDirector of Networks\nAshcombe Energy Networks Ltd'
    return outlook_alt(hs, text, sig)


@reg('escalation', 'flag_csm', '', 'en',
     'multipart-mixed;outlook;attach-pdf;long-sig;received-5;dkim-arc',
     'process change: apprentice assessment centres, wants GoodTime consultation')
def e_process_en():
    d = dt(2026, 4, 17, 11, 20, 1)
    hs = headers('outlook', 'Fiona Gallagher <fiona.gallagher@ashcombeenergy.com>',
                 'Moving apprentice recruitment to assessment centres - need GoodTime input', d, recv=5, auth=True,
                 topic='Moving apprentice recruitment to assessment centres - need GoodTime input')
    text = T('''
Hi team,

From September we're changing how we recruit apprentices: instead of individual panel interviews, candidates will attend a half-day assessment centre (group exercise, practical task, short interview) in cohorts of 12, at Warrington, Bridgwater and Immingham.

That's a big change to how we use GoodTime – rotating candidates through stations, assessors who only run one station, and workshops rather than meeting rooms. Before we build anything, I'd like to sit down with GoodTime and work out the best way to set this up, and whether they have customers doing something similar we could learn from.

I've attached the draft process map. Could you arrange a session with GoodTime's customer success people in the next few weeks?

Thanks,
Fiona
''')
    sig = T('''
Fiona Gallagher
Head of Talent Acquisition
Ashcombe Energy plc | Ashcombe House, 1 Temple Quay, Bristol BS1 6EA
M +44 7700 900 508''')
    doc = pdf(['Apprentice Assessment Centre - draft process map v0.3', '',
               '1. Application screened in Workday (Academy team)', '2. Invitation to assessment centre (cohort of 12)',
               '3. Station A: group exercise (2 assessors)', '4. Station B: practical task - workshop (1 assessor)',
               '5. Station C: short interview (1 assessor + 1 trainee)', '6. Wash-up / debrief same afternoon',
               '7. Offers via Workday within 5 working days', '', 'Sites: Warrington, Bridgwater, Immingham',
               'Open questions for GoodTime: rotation of candidates through stations, room/workshop resources'])
    att = attach(doc, 'application/pdf', 'Apprentice_AC_process_v0.3.pdf')
    return outlook_alt(hs, text, sig, attachments=[att])


@reg('escalation', 'flag_csm+forward_support', '', 'en',
     'multipart-alternative;outlook;qp;recurring;live-fault;angry-caps-subject',
     'fourth week of failing reminders, wants escalation AND today\'s failures chased')
def e_recurring_en():
    d = dt(2026, 4, 9, 10, 2, 1)
    hs = headers('outlook', 'Paul Ainsworth <paul.ainsworth@ashcombeenergy.com>',
                 'Reminders STILL not sending - 4th week - need this escalated', d, recv=4,
                 topic='Reminders STILL not sending - 4th week - need this escalated', extra=[('Importance', 'high')])
    text = T('''
Hi,

This is now the fourth week running that candidate reminders have failed for the graduate interviews (first reported 12 March, GoodTime ticket 51877, "fixed" twice since). Today it's happened again: six candidates interviewing tomorrow have had no reminder, and we've had 5 no-shows in the last fortnight which I'm fairly sure are linked.

Two things please:
1. Can someone chase GoodTime Support on today's failures - interview IDs below.
2. I'd like this escalated properly with GoodTime. We're halfway through the graduate campaign and I can't keep sending reminders by hand.

7751203, 7751204, 7751219, 7751220, 7751236, 7751241

Paul
''')
    return outlook_alt(hs, text, 'Paul Ainsworth\nGraduate Recruitment Coordinator\nAshcombe Energy | Bristol')


@reg('escalation', 'flag_csm', '', 'en',
     'multipart-alternative;outlook;us;two-topics;long-sig',
     'two topics: quarterly review with GoodTime account side + small itinerary note question')
def e_qbr_en():
    d = dt(2026, 4, 13, 9, 17, -5)
    hs = headers('outlook', '"Whitfield, Brenda" <brenda.whitfield@ashcombeenergy.com>', 'Quarterly review with GoodTime + quick itinerary question',
                 d, recv=4, us=True, lang='en-US', topic='Quarterly review with GoodTime + quick itinerary question')
    text = T('''
Hello,

Two things from Lisa's office:

1) Lisa would like to put a standing quarterly review in place with GoodTime – someone from their side who knows our account, plus our Recruiting Ops leads in Houston and Bristol – to go through adoption, open issues and what's coming on their roadmap. First one ideally in May. Could you set that up, or tell me who I should be talking to?

2) Smaller one: when I send a candidate their itinerary, can I add a line about parking at the Smith Street garage, or does that need a template change?

Thank you,
''')
    sig = T('''
Brenda Whitfield
Executive Assistant to Lisa Marchetti, Chief Human Resources Officer
Ashcombe Energy Inc. | 1200 Smith Street, Suite 2400, Houston, TX 77002''')
    return outlook_alt(hs, text, sig, DISC_US, lang='EN-US')


@reg('escalation', 'flag_csm', '', 'en',
     'plain;qp;reply-old-thread-other-topic;original-message-block',
     'Spanish subsidiary onboarding (users, domain, contract) on an old holiday-cover thread')
def e_spain_en():
    d = dt(2026, 1, 12, 16, 44, 0)
    hs = headers('outlook', 'Daniel Mensah <daniel.mensah@ashcombeenergy.com>', 'RE: Christmas cover for the help line mailbox', d,
                 recv=3, reply=(mid_outlook(), mid_outlook()), topic='Christmas cover for the help line mailbox',
                 cc='Fiona Gallagher <fiona.gallagher@ashcombeenergy.com>')
    text = T('''
Reviving this old thread as it has the right people on it.

Different topic: the Spanish business (Ashcombe Energia Espana) wants to move onto GoodTime from 1 March - around 25 users, mostly in Bilbao and Madrid, all on @ashcombeenergy.es addresses, which GoodTime doesn't currently recognise as ours. They'll also need their own templates in Spanish and Workday Spain connected.

Can we get GoodTime involved on the account side to plan this properly (users, domain, any contract implications) rather than raising tickets piecemeal?

Dan

-----Original Message-----
From: GoodTime Help Line <helpline@ashcombeenergy.com>
Sent: 19 December 2025 12:10
To: Daniel Mensah <daniel.mensah@ashcombeenergy.com>
Cc: Fiona Gallagher <fiona.gallagher@ashcombeenergy.com>
Subject: RE: Christmas cover for the help line mailbox

Thanks Dan - rota confirmed: Hannah 22-23 Dec, Nadia 29-30 Dec, mailbox unattended on bank holidays. Out-of-office text will point people to the GoodTime chat for anything urgent.

-----Original Message-----
From: Daniel Mensah
Sent: 18 December 2025 15:02
To: GoodTime Help Line <helpline@ashcombeenergy.com>
Subject: Christmas cover for the help line mailbox

Who's covering the mailbox between Christmas and New Year? Need it for the ops rota.
''')
    return plain(hs, text, cs='us-ascii', cte='quoted-printable')


@reg('escalation', 'flag_csm', '', 'en',
     'outlook-html-only;qp;cp1252;disclaimer',
     'legal wants DPA review with GoodTime before renewal')
def e_dpa_en():
    d = dt(2026, 4, 21, 15, 3, 1)
    hs = headers('outlook', 'Martin Hale <martin.hale@ashcombeenergy.com>', 'DPA review ahead of GoodTime renewal', d, recv=4,
                 topic='DPA review ahead of GoodTime renewal')
    text = T('''
Hello,

Legal have asked that we review the data processing agreement with GoodTime before the renewal goes through in June – in particular the sub-processor list and the international transfer terms, both of which have changed since we signed in 2024.

Please could you put me in touch with whoever at GoodTime manages our account, so that we can request the current DPA and schedule a call with their privacy team? This needs to be done before Procurement can sign.

Regards,
Martin
''')
    sig = 'Martin Hale\nHR Compliance Lead\nAshcombe Energy plc'
    return outlook_htmlonly(hs, text, sig, DISC_EN)


@reg('escalation', 'flag_csm', '', 'de',
     'multipart-mixed;outlook;winmail-dat;plain;qp;rfc2047-q-iso-8859-1-split-midword;two-topics',
     'training for Hamburg team + works-council process alignment with GoodTime')
def e_training_de():
    d = dt(2026, 3, 27, 11, 33, 1)
    subj = ew_split(['Schulung für das Hamburger Team und Abstimmung mit dem Betriebsr', 'at'], 'iso-8859-1', 'Q', 'iso-8859-1')
    hs = headers('outlook', 'Katrin Vogelsang <katrin.vogelsang@ashcombeenergy.de>', subj, d, dom='ashcombeenergy.de', recv=4,
                 lang='de-DE', topic=subj)
    hs = seth(hs, 'X-MS-Has-Attach', 'yes')
    hs = seth(hs, 'X-MS-TNEF-Correlator', '<%s>' % mid_outlook().strip('<>'))
    text = T('''
Hallo zusammen,

wir möchten GoodTime ab Mai für alle Stellen in Deutschland nutzen (bisher nur Trading). Dafür brauchen wir zwei Dinge:

1. Eine Schulung für das Hamburger Recruiting-Team (8 Personen) und die Assistenzen der Kraftwerksleitungen, idealerweise auf Deutsch und durch GoodTime selbst.
2. Ein Gespräch mit GoodTime zur Prozessgestaltung: Der Betriebsrat muss der Einführung zustimmen und hat Fragen dazu, welche Daten über Interviewer erhoben werden (z. B. Auslastung, Absagen). Wir müssen unseren Ablauf entsprechend anpassen und dokumentieren.

Können Sie das mit unserer Ansprechpartnerin bei GoodTime koordinieren?

Viele Grüße
Katrin Vogelsang
HR Business Partnerin
Ashcombe Energy Deutschland GmbH
''')
    p1 = leaf(text, 'text/plain', 'iso-8859-1', 'quoted-printable')
    p2 = ([('Content-Type', 'application/ms-tnef; name="winmail.dat"'),
           ('Content-Disposition', 'attachment; filename="winmail.dat"'), ('Content-Transfer-Encoding', 'base64')],
          b64lines(tnef('Schulung Hamburg')))
    return message(hs, mp('mixed', [p1, p2], bnd('outlook-mixed')))


@reg('escalation', 'flag_csm', '', 'fr',
     'outlook-html-only;base64;cp1252;raw-1252-subject;long-sig',
     'French subsidiary needs 8 more seats, contract/billing implications')
def e_licences_fr():
    d = dt(2026, 4, 7, 10, 11, 2)
    hs = headers('outlook', 'Nicolas Perrin <nicolas.perrin@ashcombeenergy.fr>', 'Licences GoodTime pour la filiale française'.encode('cp1252'),
                 d, dom='ashcombeenergy.fr', recv=4, lang='fr-FR', topic=None)
    text = T('''
Bonjour,

Suite à la réorganisation, la filiale française va reprendre en interne le recrutement des techniciens de maintenance, jusqu’ici confié à un cabinet. Il nous faudrait donc 8 accès coordinateur supplémentaires sur GoodTime à partir du 1er mai, et je souhaiterais comprendre comment cela se répercute sur le contrat (refacturation à la filiale, durée, tarif).

Pouvez-vous faire le lien avec notre interlocutrice chez GoodTime ?

Cordialement,
''')
    sig = T('''
Nicolas Perrin
HR Business Partner – Ashcombe Énergie France SAS
12 quai Perrache, 69002 Lyon
Tél. +33 4 72 55 30 12''')
    return outlook_htmlonly(hs, text, sig, cs='windows-1252', cte='base64', lang='FR')


@reg('escalation', 'flag_csm', '', 'pt',
     'multipart-alternative;gmail;base64;angry-caps;complaint-overall',
     'plant director: adoption failing, wants meeting with account owner + training')
def e_complaint_pt():
    d = dt(2026, 4, 29, 19, 26, 1)
    hs = headers('gmail', '%s <joaopedro.sousa@ashcombeenergy.pt>' % ew_q('João Pedro Sousa', 'UTF-8', 'UTF-8'),
                 ew_q('GoodTime – isto não está a funcionar', 'UTF-8', 'UTF-8'), d, dom='ashcombeenergy.pt', recv=4)
    text = T('''
Boa tarde,

Desculpem a franqueza, mas ao fim de três meses a experiência com o GoodTime na central não está a correr bem. Os chefes de turno não confiam nas marcações, continuam a pedir tudo por telefone às coordenadoras, e metade das entrevistas acaba por ser remarcada à mão. A adesão é praticamente NULA e ninguém parece estar a acompanhar isto de forma global.

Não quero abrir mais um pedido de suporte. Quero uma reunião com alguém da GoodTime responsável pela nossa conta, para perceber o que falhou na implementação aqui em Portugal e o que vamos fazer para corrigir – incluindo formação para as equipas da central.

Cumprimentos,
João Pedro Sousa''')
    return gmail_alt(hs, text, 'João Pedro Sousa\nDiretor da Central do Pego\nAshcombe Energia Portugal, S.A.', cte='base64')

# =================================================================== NOISE

@reg('noise', 'ignore', '', 'en',
     'ooo;auto-submitted;x-auto-response-suppress;multipart-alternative;outlook',
     'Exchange automatic reply with Auto-Submitted')
def x_ooo_en():
    d = dt(2026, 4, 8, 12, 31, 1)
    subj = "Automatic reply: RE: CANCELLED INTERVIEWS STILL IN MY ENGINEERS' DIARIES"
    hs = headers('outlook', 'Gareth Pugh <gareth.pugh@ashcombeenergy.com>', subj, d, recv=3,
                 topic="CANCELLED INTERVIEWS STILL IN MY ENGINEERS' DIARIES", reply=(mid_outlook(), mid_outlook()),
                 extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All'),
                        ('X-MS-Exchange-Inbox-Rules-Loop', 'gareth.pugh@ashcombeenergy.com'),
                        ('X-MS-Exchange-Organization-AutoReply', 'Ignore')])
    text = T('''
I am on leave until Monday 13 April with limited access to e-mail.

For anything urgent on network operations please contact the Somerset control desk on 01278 555 400. For recruitment matters please contact Julie Ashworth (julie.ashworth@ashcombeenergy.com).

Gareth
''')
    return outlook_alt(hs, text)


@reg('noise', 'ignore', '', 'en',
     'ooo;no-auto-submitted;plain;7bit;no-message-id',
     'out-of-office without Auto-Submitted header')
def x_ooo_noauto_en():
    d = dt(2026, 2, 13, 8, 2, -6)
    hs = headers('outlook', 'Marcus DeLuca <marcus.deluca@ashcombeenergy.com>', 'Out of Office: RE: Resume on the invite?', d,
                 recv=3, us=True, mid=None, lang='en-US', topic='Resume on the invite?')
    text = T('''
Thank you for your email. I am travelling to the Pecos Ridge site from February 13 to February 17 with limited access to email.

For urgent trading matters please contact the Houston desk at +1 713 555 0190. Otherwise I will respond on my return.

Marcus DeLuca
Director, US Power Trading
Ashcombe Energy Inc.
''')
    return plain(hs, text, cs='us-ascii', cte='7bit')


@reg('noise', 'ignore', '', 'en',
     'bounce;multipart-report;delivery-status;mailer-daemon;rfc822-headers',
     'postfix bounce of a help-line reply to a leaver')
def x_bounce_en():
    d = dt(2026, 3, 12, 10, 15, 0, 45)
    qid = '4Z8k1Q2f' + hexs(6)
    b = '%s.%d/relay.ashcombeenergy.com' % (qid, 1773310545)
    hs = [('Received', 'by relay.ashcombeenergy.com (Postfix)\n\tid %s; %s' % (qid, rfcdate(d))),
          ('Date', rfcdate(d) + ' (GMT)'), ('From', 'MAILER-DAEMON@relay.ashcombeenergy.com (Mail Delivery System)'),
          ('Subject', 'Undelivered Mail Returned to Sender'), ('To', HELP), ('Auto-Submitted', 'auto-replied'),
          ('MIME-Version', '1.0'),
          ('Content-Type', 'multipart/report; report-type=delivery-status;\n\tboundary="%s"' % b),
          ('Content-Transfer-Encoding', '8bit'), ('Message-Id', '<20260312101545.%s@relay.ashcombeenergy.com>' % qid)]
    orig_mid = mid_outlook()
    body = T('''
This is a MIME-encapsulated message.

--%(b)s
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host relay.ashcombeenergy.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<joanne.fraser@ashcombeenergy.com>: host
    ashcombeenergy-com.mail.protection.outlook.com[52.101.68.12] said: 550
    5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient
    joanne.fraser@ashcombeenergy.com not found by SMTP address lookup (in
    reply to RCPT TO command)

--%(b)s
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; relay.ashcombeenergy.com
X-Postfix-Queue-ID: %(q)s
X-Postfix-Sender: rfc822; helpline@ashcombeenergy.com
Arrival-Date: Thu, 12 Mar 2026 10:15:41 +0000 (GMT)

Final-Recipient: rfc822; joanne.fraser@ashcombeenergy.com
Original-Recipient: rfc822;joanne.fraser@ashcombeenergy.com
Action: failed
Status: 5.1.10
Remote-MTA: dns; ashcombeenergy-com.mail.protection.outlook.com
Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient
    joanne.fraser@ashcombeenergy.com not found by SMTP address lookup

--%(b)s
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

Return-Path: <helpline@ashcombeenergy.com>
Received: from helpdesk-app01.ashcombeenergy.com (helpdesk-app01.ashcombeenergy.com [10.40.12.21])
	by relay.ashcombeenergy.com (Postfix) with ESMTPS id %(q)s
	for <joanne.fraser@ashcombeenergy.com>; Thu, 12 Mar 2026 10:15:41 +0000 (GMT)
From: GoodTime Help Line <helpline@ashcombeenergy.com>
To: Joanne Fraser <joanne.fraser@ashcombeenergy.com>
Subject: RE: Interview pack for the Marsh Lane visit [HL-3318]
Date: Thu, 12 Mar 2026 10:15:40 +0000
Message-ID: %(m)s
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

--%(b)s--
''') % dict(b=b, q=qid, m=orig_mid)
    return render_headers(hs) + b'\n' + body.encode('ascii')


@reg('noise', 'ignore', '', 'en',
     'newsletter;list-unsubscribe;multipart-alternative;qp;received-6;dkim;folded-long-subject;precedence-bulk',
     'vendor product newsletter mentioning features')
def x_newsletter_en():
    d = dt(2026, 3, 10, 14, 0, -7)
    subj = "What's new in GoodTime - March 2026: smarter load balancing, new interviewer\n reports, and a fresh look for candidate pages"
    hs = received_external(d, 6, 'mta-204.em.goodtime.io', '198.51.100.204')
    hs += auth_block('em.goodtime.io', ip='198.51.100.204', arc=False, selector='s1', dkim_dom='goodtime.io')
    hs += [('From', 'GoodTime <news@em.goodtime.io>'), ('Reply-To', 'GoodTime Marketing <marketing@goodtime.io>'), ('To', HELP),
           ('Subject', subj), ('Date', rfcdate(d)), ('Message-ID', '<%s.%d@em.goodtime.io>' % (hexs(24, True), 1773176400)),
           ('List-Unsubscribe', '<https://em.goodtime.io/unsubscribe?u=9f3a7c&e=helpline%40ashcombeenergy.com>,\n <mailto:unsubscribe-9f3a7c@em.goodtime.io?subject=unsubscribe>'),
           ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'), ('List-Id', 'GoodTime Product News <product-news.goodtime.io>'),
           ('Precedence', 'bulk'), ('X-Campaign', 'pn-2026-03'), ('Feedback-ID', '2026-03:pn:goodtime'), ('MIME-Version', '1.0'), CT]
    text = T('''
What's new in GoodTime - March 2026

Hi there,

Spring is here, and so are a few updates we think your recruiting team will love.

* Smarter load balancing - interviewer load now counts debriefs and training sessions, so your busiest people get a breather.
* New interviewer reports - see who interviewed, how often, and how long it took to get feedback, all in one view.
* A fresh look for candidate pages - self-scheduling and availability pages now follow your brand colours.

Join our live webinar on 24 March: "Five scheduling habits of high-performing TA teams". Register: https://goodtime.io/webinars/five-habits

Happy scheduling!
The GoodTime team

You are receiving this e-mail because you are a GoodTime customer contact.
Unsubscribe: https://em.goodtime.io/unsubscribe?u=9f3a7c&e=helpline%40ashcombeenergy.com
GoodTime.io, 2261 Market Street, San Francisco, CA 94114
''')
    h = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>What\'s new in GoodTime</title></head>'
         '<body style="margin:0;background:#f4f2fb;font-family:Helvetica,Arial,sans-serif">'
         '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">'
         '<table role="presentation" width="600" style="background:#ffffff"><tr><td style="background:#6b3fd4;color:#fff;padding:24px;font-size:22px">'
         'What&#39;s new in GoodTime &ndash; March 2026</td></tr><tr><td style="padding:24px;font-size:15px;line-height:22px;color:#333">'
         '<p>Hi there,</p><p>Spring is here, and so are a few updates we think your recruiting team will love.</p><ul>'
         '<li><b>Smarter load balancing</b> &ndash; interviewer load now counts debriefs and training sessions.</li>'
         '<li><b>New interviewer reports</b> &ndash; who interviewed, how often, and how long feedback took.</li>'
         '<li><b>A fresh look for candidate pages</b> &ndash; your brand colours on self-scheduling pages.</li></ul>'
         '<p style="text-align:center"><a href="https://goodtime.io/webinars/five-habits?utm_source=newsletter&amp;utm_campaign=pn-2026-03" '
         'style="background:#6b3fd4;color:#fff;padding:12px 22px;border-radius:4px;text-decoration:none">Register for the webinar</a></p>'
         '<p>Happy scheduling!<br>The GoodTime team</p></td></tr><tr><td style="padding:16px;font-size:11px;color:#888">'
         'You are receiving this e-mail because you are a GoodTime customer contact. '
         '<a href="https://em.goodtime.io/unsubscribe?u=9f3a7c&amp;e=helpline%40ashcombeenergy.com">Unsubscribe</a><br>'
         'GoodTime.io, 2261 Market Street, San Francisco, CA 94114</td></tr></table>'
         '<img src="https://em.goodtime.io/o/9f3a7c.gif" width="1" height="1" alt=""></td></tr></table></body></html>\n')
    return message(hs, mp('alternative', [leaf(text, 'text/plain', 'utf-8', 'quoted-printable'),
                                          leaf(h, 'text/html', 'utf-8', 'quoted-printable')], bnd('other')))


@reg('noise', 'ignore', '', 'en',
     'calendar-reply;accepted;text-calendar;base64;multipart-alternative',
     'meeting acceptance')
def x_accept_en():
    d = dt(2026, 1, 29, 9, 3, 0)
    subj = 'Accepted: GoodTime drop-in clinic - Recruiting Ops'
    hs = headers('outlook', 'Richard Cole <richard.cole@ashcombeenergy.com>', subj, d, recv=3,
                 topic='GoodTime drop-in clinic - Recruiting Ops')
    start = dt(2026, 2, 4, 12, 0, 0, 0)
    cal = ics('REPLY', 'GoodTime drop-in clinic - Recruiting Ops', start, start + timedelta(minutes=45),
              ('GoodTime Help Line', HELP), ('Richard Cole', 'richard.cole@ashcombeenergy.com'), partstat='ACCEPTED')
    p1 = leaf('\n', 'text/plain', 'us-ascii', 'quoted-printable')
    p2 = ([('Content-Type', 'text/calendar; charset="utf-8"; method=REPLY'), ('Content-Transfer-Encoding', 'base64')],
          b64lines(cal.encode()))
    return message(hs, mp('alternative', [p1, p2], bnd('outlook')))


@reg('noise', 'ignore', '', 'en',
     'calendar-reply;declined;text-calendar;multipart-alternative;note-in-decline',
     'meeting decline with a short note')
def x_decline_en():
    d = dt(2026, 3, 23, 7, 20, 0)
    subj = 'Declined: Help line review – Q2 priorities'
    hs = headers('outlook', '"Bellamy, Tom" <tom.bellamy@ashcombeenergy.com>', ew_q(subj, 'utf-8'), d, recv=3,
                 topic=ew_q('Help line review – Q2 priorities', 'utf-8'))
    note = 'Sorry – on site at Marsh Lane all that day (outage planning). Send me the notes.\n'
    start = dt(2026, 3, 31, 14, 0, 1, 0)
    cal = ics('REPLY', 'Help line review – Q2 priorities', start, start + timedelta(hours=1), ('Daniel Mensah', 'daniel.mensah@ashcombeenergy.com'),
              ('Tom Bellamy', 'tom.bellamy@ashcombeenergy.com'), partstat='DECLINED', desc=note.strip())
    p1 = leaf(note, 'text/plain', 'utf-8', 'quoted-printable')
    p2 = leaf(outlook_html(note.strip(), cs='utf-8'), 'text/html', 'utf-8', 'quoted-printable')
    p3 = ([('Content-Type', 'text/calendar; charset="utf-8"; method=REPLY'), ('Content-Transfer-Encoding', 'base64')],
          b64lines(cal.encode()))
    return message(hs, mp('alternative', [p1, p2, p3], bnd('outlook')))


@reg('noise', 'ignore', '', 'en',
     'read-receipt;mdn;multipart-report;disposition-notification;us',
     'Outlook read receipt')
def x_read_en():
    d = dt(2026, 2, 20, 11, 41, -6, 17)
    hs = headers('outlook', 'Jennifer Alvarez <jennifer.alvarez@ashcombeenergy.com>',
                 'Read: RE: Request: GoodTime training for the new Houston recruiting team (14\n people) - before end of March if at all possible',
                 d, recv=3, us=True, lang='en-US', topic=None)
    hs = [(k, v) for k, v in hs if k not in ('X-MS-Has-Attach', 'X-MS-TNEF-Correlator')]
    orig = mid_outlook()
    b = bnd('outlook')
    p1 = leaf(T('''
Your message

  To: Jennifer Alvarez
  Subject: RE: Request: GoodTime training for the new Houston recruiting team (14 people) - before end of March if at all possible
  Sent: Friday, February 20, 2026 11:20:04 AM (UTC-06:00) Central Time (US & Canada)

was read on Friday, February 20, 2026 11:41:17 AM (UTC-06:00) Central Time (US & Canada).
'''), 'text/plain', 'us-ascii', 'quoted-printable')
    p2 = ([('Content-Type', 'message/disposition-notification')],
          ('Final-Recipient: rfc822;jennifer.alvarez@ashcombeenergy.com\nOriginal-Message-ID: %s\n'
           'Disposition: automatic-action/MDN-sent-automatically; displayed\n' % orig).encode())
    return message(hs, mp('report', [p1, p2], b, params='; report-type=disposition-notification'))


@reg('noise', 'ignore', '', 'en',
     'phishing;html-only;external;auth-fail;night',
     'credential phishing posing as GoodTime security')
def x_phish_en():
    d = dt(2026, 4, 4, 2, 47, 0)
    hs = received_external(d, 5, 'vps-41873.hostingnode.net', '203.0.113.77', helo='mail.goodtime-io-verify.com')
    hs += [('Authentication-Results', 'spf=softfail (sender IP is 203.0.113.77)\n smtp.mailfrom=goodtime-io-verify.com; dkim=none (message not signed)\n header.d=none;dmarc=fail action=none header.from=goodtime-io-verify.com;compauth=fail\n reason=001'),
           ('From', '"GoodTime Security Team" <security-alerts@goodtime-io-verify.com>'), ('To', HELP),
           ('Subject', '[EXTERNAL] Action required: your GoodTime admin access will be suspended'),
           ('Date', rfcdate(d)), ('Message-ID', '<%s@goodtime-io-verify.com>' % hexs(20, True)),
           ('X-MS-Exchange-Organization-SCL', '5'), ('X-Priority', '1'), ('MIME-Version', '1.0'), CT]
    h = ('<html><body style="font-family:Arial,sans-serif;font-size:14px">'
         '<div style="background:#7b2ff7;padding:14px;color:#fff;font-size:20px"><b>GoodTime</b></div>'
         '<p>Dear GoodTime Administrator,</p>'
         '<p>We detected unusual sign-in activity on your organisation&#39;s GoodTime admin account from a new device (Lagos, NG).</p>'
         '<p>For your security, <b>admin access will be suspended within 24 hours</b> unless you verify your identity. '
         'Suspension will cancel all scheduled interviews and disconnect calendar integrations.</p>'
         '<p><a href="https://goodtime-io-verify.com/auth/sso/verify?u=helpline%40ashcombeenergy.com&amp;t=7f3a" '
         'style="background:#7b2ff7;color:#fff;padding:10px 18px;text-decoration:none">Verify account now</a></p>'
         '<p>If you do not verify, we cannot guarantee the safety of your candidate data.</p>'
         '<p>Thank you,<br>GoodTime Security Team</p>'
         '<p style="font-size:10px;color:#999">&copy; 2026 GoodTime Inc. All rights reserved.</p></body></html>\n')
    return message(hs, leaf(h, 'text/html', 'utf-8', 'quoted-printable'))


@reg('noise', 'ignore', '', 'en',
     'thanks;outlook-html-only;qp;cp1252;reply-thread;outlook-quote-block',
     'bare thank-you reply')
def x_thanks_en():
    d = dt(2026, 1, 21, 9, 55, 0)
    subj = 'RE: Candidate page stuck loading'
    hs = headers('outlook', 'Nadia Rahman <nadia.rahman@ashcombeenergy.com>', subj, d, recv=3,
                 reply=(mid_outlook(), mid_outlook()), topic='Candidate page stuck loading')
    quote = ([('From:', DISPLAY_HELP), ('Sent:', '21 January 2026 09:41'), ('To:', 'Nadia Rahman <nadia.rahman@ashcombeenergy.com>'),
              ('Subject:', subj)], T('''
Hi Nadia,

GoodTime have fixed the loading problem on that requisition overnight – the candidates should open normally now. Let us know if not.

Help Line'''))
    return outlook_htmlonly(hs, 'Thanks!\n\nNadia\n', quote=quote, reply=True)


@reg('noise', 'ignore', '', 'en',
     'thanks;iphone-plain;7bit;gt-quote;mobile-sig',
     'got it thanks with quoted answer')
def x_gotit_en():
    d = dt(2026, 3, 4, 8, 2, -6)
    hs = headers('iphone', 'Kayla Brooks <kayla.brooks@ashcombeenergy.com>', 'Re: moving an interview', d, recv=3, us=True,
                 reply=(mid_outlook(True), mid_outlook(True)))
    text = T('''
got it thanks!!

Sent from my iPhone

> On Mar 4, 2026, at 7:40 AM, GoodTime Help Line <helpline@ashcombeenergy.com> wrote:
>
> Hi Kayla,
>
> Best to do it from the interview in GoodTime rather than moving it in Outlook, so everyone's invite and the candidate's confirmation update together. Shout if it doesn't behave.
>
> Help Line
''')
    return iphone(hs, text, cte='7bit', cs='us-ascii')


@reg('noise', 'ignore', '', 'de',
     'ooo;auto-submitted;outlook-html-only;base64;utf-8;rfc2047-b-utf8',
     'German out-of-office with Auto-Submitted')
def x_ooo_de():
    d = dt(2026, 3, 25, 8, 1, 1)
    subj = ew_b('Automatische Antwort: AW: [Ticket 48213] Doppelte Kalendereinladungen bei Umplanung')
    hs = headers('outlook', 'Frank Wendt <frank.wendt@ashcombeenergy.de>', subj, d, dom='ashcombeenergy.de', recv=3, lang='de-DE',
                 topic=subj, reply=(mid_outlook(), mid_outlook()),
                 extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All'),
                        ('X-MS-Exchange-Inbox-Rules-Loop', 'frank.wendt@ashcombeenergy.de')])
    text = T('''
Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 03.04.2026 nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an recruiting@ashcombeenergy.de.

Mit freundlichen Grüßen
Frank Wendt
''')
    return outlook_htmlonly(hs, text, cs='utf-8', cte='base64', lang='DE')


@reg('noise', 'ignore', '', 'es',
     'thanks;multipart-alternative;outlook;qp;reply-thread;raw-utf8-subject;smtputf8',
     'bare thank-you in Spanish')
def x_thanks_es():
    d = dt(2026, 3, 18, 12, 20, 2)
    subj = 'RE: Candidato retirado - qué hago con la entrevista'
    hs = headers('outlook', 'Javier Morales Peña <javier.morales@ashcombeenergy.es>', subj, d, dom='ashcombeenergy.es', recv=3,
                 lang='es-ES', reply=(mid_outlook(), mid_outlook()), topic=None)
    quote = ([('De:', DISPLAY_HELP), ('Enviado el:', 'miércoles, 18 de marzo de 2026 11:47'),
              ('Para:', 'Javier Morales Peña <javier.morales@ashcombeenergy.es>'), ('Asunto:', subj)], T('''
Hola Javier,

Anúlala desde la propia entrevista en GoodTime, no borrando el evento de Outlook: así se liberan a la vez las invitaciones de los técnicos y la sala. Acuérdate también de marcarlo como retirado en Workday.

Un saludo,
Help Line'''))
    return outlook_alt(hs, '¡Muchas gracias!\n\nJavier\n', quote=quote, lang='ES', reply=True)


@reg('noise', 'ignore', '', 'fr',
     'read-receipt;mdn;multipart-report;disposition-notification;rfc2047-q-utf8',
     'French Outlook read receipt')
def x_read_fr():
    d = dt(2026, 3, 12, 10, 15, 1, 40)
    hs = headers('outlook', '%s <elodie.garnier@ashcombeenergy.fr>' % ew_q('Élodie Garnier', 'utf-8'),
                 ew_q('Lu : RE: Joindre le support GoodTime', 'utf-8'), d, dom='ashcombeenergy.fr', recv=3, lang='fr-FR', topic=None)
    hs = [(k, v) for k, v in hs if k not in ('X-MS-Has-Attach', 'X-MS-TNEF-Correlator')]
    p1 = leaf(T('''
Votre message

  À : Élodie Garnier
  Objet : RE: Joindre le support GoodTime
  Envoyé : jeudi 12 mars 2026 10:02:11 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris

a été lu le jeudi 12 mars 2026 10:15:40 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
'''), 'text/plain', 'utf-8', 'quoted-printable')
    p2 = ([('Content-Type', 'message/disposition-notification')],
          ('Final-Recipient: rfc822;elodie.garnier@ashcombeenergy.fr\nOriginal-Message-ID: %s\n'
           'Disposition: automatic-action/MDN-sent-automatically; displayed\n' % mid_outlook()).encode())
    return message(hs, mp('report', [p1, p2], bnd('outlook'), params='; report-type=disposition-notification'))


@reg('noise', 'ignore', '', 'pt',
     'ooo;auto-submitted;plain;qp;rfc2047-q-utf8',
     'Portuguese out-of-office')
def x_ooo_pt():
    d = dt(2026, 4, 16, 18, 30, 1)
    hs = headers('outlook', 'Sofia Ramos <sofia.ramos@ashcombeenergy.pt>',
                 ew_q('Resposta automática: Candidato na receção – entrevista aparece para amanhã', 'utf-8'), d,
                 dom='ashcombeenergy.pt', recv=3, lang='pt-PT', topic=None, reply=(mid_outlook(), mid_outlook()),
                 extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')])
    text = T('''
Olá,

Estou ausente em formação até dia 20 de abril, com acesso limitado ao email. Para assuntos urgentes de recrutamento, por favor contacte a Ana Rita Fernandes (anarita.fernandes@ashcombeenergy.pt).

Obrigada,
Sofia Ramos
''')
    return plain(hs, text, cs='utf-8', cte='quoted-printable')


# =================================================================== build + check
def auto_tags(data):
    tags = []
    head = data.split(b'\n\n', 1)[0] if b'\r\n\r\n' not in data else data.split(b'\r\n\r\n', 1)[0]
    if any(b > 127 for b in head):
        tags.append('raw-8bit-header')
    if b'?B?' in head or b'?b?' in head:
        tags.append('rfc2047-b')
    if b'?Q?' in head or b'?q?' in head:
        tags.append('rfc2047-q')
    m = email.message_from_bytes(data)
    n_recv = len(m.get_all('Received') or [])
    if n_recv >= 5:
        tags.append('received-%d' % n_recv)
    if m['DKIM-Signature']:
        tags.append('dkim')
    if m['ARC-Seal']:
        tags.append('arc')
    mid = m['Message-ID']
    if mid is None:
        tags.append('no-message-id')
    elif not mid.strip().startswith('<'):
        tags.append('message-id-no-brackets')
    tags.append(m.get_content_type().replace('/', '-') if m.is_multipart() else m.get_content_type().replace('text/', '') + '-only')
    for part in m.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        cte = (part.get('Content-Transfer-Encoding') or '7bit').lower()
        cs = part.get_content_charset()
        if ct.startswith('text/') and ct != 'text/calendar' and not part.get_filename():
            if cte == 'base64':
                tags.append('base64-body')
            elif cte == 'quoted-printable':
                tags.append('qp')
            elif cte == '8bit':
                tags.append('8bit-body')
            if cs and cs not in ('us-ascii',):
                tags.append(cs)
        if ct == 'image/png':
            tags.append('attach-png')
        elif ct == 'application/pdf':
            tags.append('attach-pdf')
        elif ct == 'text/calendar':
            tags.append('ics')
        elif ct == 'application/ms-tnef':
            tags.append('winmail-dat')
    if b'\r\n' in data:
        tags.append('crlf')
    return tags


def check(path):
    data = open(path, 'rb').read()
    problems = []
    m = email.message_from_bytes(data)
    if not m.keys():
        problems.append('no headers')
    for h in ('From', 'Date', 'Subject'):
        if m[h] is None:
            problems.append('missing ' + h)
    m2 = email.message_from_bytes(data, policy=email.policy.default)
    try:
        str(m2['Subject'])
        str(m2['From'])
    except Exception as e:
        problems.append('header decode: %r' % e)
    for part in m.walk():
        for d in part.defects:
            problems.append('defect %s in %s' % (type(d).__name__, part.get_content_type()))
        if part.is_multipart():
            continue
        payload = part.get_payload(decode=True)
        if payload is None:
            problems.append('no payload in ' + part.get_content_type())
            continue
        if part.get_content_maintype() == 'text':
            cs = part.get_content_charset() or 'us-ascii'
            try:
                payload.decode(cs)
            except Exception as e:
                problems.append('text decode %s: %r' % (cs, e))
        if part.get_content_type() == 'image/png' and not payload.startswith(b'\x89PNG'):
            problems.append('bad png')
        if part.get_content_type() == 'application/pdf' and not payload.startswith(b'%PDF'):
            problems.append('bad pdf')
    if b'\n\n' not in data and b'\r\n\r\n' not in data:
        problems.append('no blank line')
    return problems


def main():
    import email.policy  # noqa
    assert len(MSGS) == 100, len(MSGS)
    order = list(range(len(MSGS)))
    random.Random(4242).shuffle(order)
    rows = []
    for n, idx in enumerate(order, 1):
        m = MSGS[idx]
        name = 'c-%03d.eml' % n
        data = m['fn']()
        hand = [t for t in m['tags'].split(';') if t]
        if 'crlf' in hand:
            data = data.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
        with open(os.path.join(OUT, name), 'wb') as f:
            f.write(data)
        tags = []
        for t in hand + auto_tags(data):
            if t not in tags:
                tags.append(t)
        rows.append([name, m['cat'], m['actions'], m['article'] if m['cat'] == 'question' else '', m['lang'], ';'.join(tags), m['notes']])
    with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f)
        w.writerow(['file', 'category', 'actions', 'article', 'language', 'format', 'notes'])
        w.writerows(rows)
    bad = 0
    for r in rows:
        pr = check(os.path.join(OUT, r[0]))
        if pr:
            bad += 1
            print(r[0], MSGS[order[rows.index(r)]]['name'], pr)
    print('written %d files, %d with problems' % (len(rows), bad))


if __name__ == '__main__':
    import email.policy
    main()
