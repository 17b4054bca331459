#!/usr/bin/env python3
"""Blind test set, batch c: Osprey Retail Group help-line mail (gt-helpline@ospreyretail.com).

Writes c-001.eml ... c-100.eml and labels.csv next to this script.
Everything is assembled by hand as bytes so that encodings, charsets and
client quirks are exactly what a mailbox would receive.
"""
import base64
import csv
import datetime as dt
import html
import os
import quopri
import random
import struct
import uuid
import zlib

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(4417)

HELP = 'gt-helpline@ospreyretail.com'
TO_HELP = 'GoodTime Help Line <gt-helpline@ospreyretail.com>'
DOM = 'ospreyretail.com'

M = []  # (key, category, actions, article, language, format, notes, bytes, crlf)


def add(key, cat, actions, article, lang, fmt, notes, data, crlf=False):
    M.append((key, cat, actions, article, lang, fmt, notes, data, crlf))


# ---------------------------------------------------------------- encoders
def b64(data):
    return base64.encodebytes(data)


def qp(data):
    return quopri.encodestring(data)


def ewB(s, cs='utf-8'):
    return '=?%s?B?%s?=' % (cs, base64.b64encode(s.encode(cs)).decode())


def ewBbytes(bs, cs='utf-8'):
    return '=?%s?B?%s?=' % (cs, base64.b64encode(bs).decode())


def ewQ(s, cs='utf-8'):
    out = ''
    for b in s.encode(cs):
        c = chr(b)
        if c == ' ':
            out += '_'
        elif b < 128 and (c.isalnum() or c in '!*+-/'):
            out += c
        else:
            out += '=%02X' % b
    return '=?%s?Q?%s?=' % (cs, out)


def enc_subject(s, cs='utf-8'):
    """What a well-behaved client does with a non-ASCII header: RFC 2047, words of <= 75 chars."""
    if not isinstance(s, str) or all(ord(c) < 128 for c in s):
        return s
    words, cur = [], ''
    for ch in s:
        if len(ewQ(cur + ch, cs)) > 74:
            words.append(ewQ(cur, cs))
            cur = ch
        else:
            cur += ch
    words.append(ewQ(cur, cs))
    return '\n '.join(words)


def enc_addr(v):
    if not isinstance(v, str) or all(ord(c) < 128 for c in v):
        return v
    out = []
    for part in v.split(', ') if '>, ' in v else [v]:
        if '<' in part and any(ord(c) > 127 for c in part):
            name, rest = part.split('<', 1)
            out.append(ewQ(name.strip()) + ' <' + rest)
        else:
            out.append(part)
    return ', '.join(out)


def addr(name, email_):
    if ',' in name and '=?' not in name:
        name = '"%s"' % name
    return '%s <%s>' % (name, email_)


# ---------------------------------------------------------------- dates / ids
def D(s, tz='+0000'):
    """'2026-03-03 09:14' -> RFC 5322 date string with random seconds."""
    t = dt.datetime.strptime(s, '%Y-%m-%d %H:%M')
    t = t.replace(second=R.randint(0, 59))
    return t.strftime('%a, ') + str(t.day) + t.strftime(' %b %Y %H:%M:%S ') + tz


def D_pad(s, tz='+0000'):
    t = dt.datetime.strptime(s, '%Y-%m-%d %H:%M').replace(second=R.randint(0, 59))
    return t.strftime('%a, %d %b %Y %H:%M:%S ') + tz


def utc_of(datestr):
    t = dt.datetime.strptime(datestr[5:25].strip(), '%d %b %Y %H:%M:%S')
    tz = datestr.strip()[-5:]
    sign = 1 if tz[0] == '+' else -1
    off = dt.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    return t - off


def rfcdate(t, tz='+0000'):
    return t.strftime('%a, ') + str(t.day) + t.strftime(' %b %Y %H:%M:%S ') + tz


def hexs(n):
    return ''.join(R.choice('0123456789ABCDEF') for _ in range(n))


def b64s(n):
    al = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
    return ''.join(R.choice(al) for _ in range(n))


def uid(upper=True):
    u = str(uuid.UUID(int=R.getrandbits(128), version=4))
    return u.upper() if upper else u


EXO = ['DB9PR04MB8412', 'AM0PR04MB6452', 'PAXPR04MB9185', 'AS8PR04MB7798', 'DU0PR04MB9371',
       'GV1PR04MB10153', 'VI1PR04MB6942', 'AM9PR04MB8270']


def mid(kind='outlook', dom=DOM):
    if kind == 'outlook':
        srv = R.choice(EXO)
        return '<%s%s@%s.eurprd04.prod.outlook.com>' % (srv, hexs(28), srv)
    if kind in ('apple', 'iphone'):
        return '<%s@%s>' % (uid(), dom)
    if kind == 'gmail':
        return '<CA%s@mail.gmail.com>' % b64s(R.choice([40, 44, 47])).replace('/', '_').replace('+', '=')[:44]
    if kind == 'tbird':
        return '<%s@%s>' % (uid(False), dom)
    if kind == 'android':
        return '<%s@email.android.com>' % hexs(16).lower()
    return '<%s.%s@%s>' % (R.randint(10 ** 9, 10 ** 10), hexs(10).lower(), dom)


def boundary(kind='outlook'):
    if kind == 'outlook':
        return '_000_%s%s_' % (R.choice(EXO), hexs(28))
    if kind == 'outlook-mixed':
        return '_004_%s%s_' % (R.choice(EXO), hexs(28))
    if kind == 'apple':
        return 'Apple-Mail=_%s' % uid()
    if kind == 'gmail':
        return '000000000000%s' % hexs(12).lower()
    if kind == 'tbird':
        return '------------%s' % b64s(24).replace('+', 'x').replace('/', 'y')
    return '----=_Part_%d_%d.%d' % (R.randint(1000, 99999), R.randint(10 ** 8, 10 ** 9), R.randint(10 ** 12, 10 ** 13))


# ---------------------------------------------------------------- transport headers
def received_chain(n, datestr, origin='outlook', sender_ip=None):
    """n Received headers, topmost (latest) first, timestamps going back."""
    t = utc_of(datestr) + dt.timedelta(seconds=R.randint(2, 9) * (n + 1))
    hops = []
    if origin == 'outlook':
        a, b, c = R.sample(EXO, 3)
        hops = [
            'from %s.eurprd04.prod.outlook.com (2603:10a6:20b:4f2::9) by %s.eurprd04.prod.outlook.com with HTTPS' % (a, b),
            'from DU2PR04CA0%03d.eurprd04.prod.outlook.com (2603:10a6:10:230::%d) by %s.eurprd04.prod.outlook.com (2603:10a6:20b:4f2::9) with Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8466.%d' % (R.randint(1, 999), R.randint(2, 30), a, R.randint(10, 40)),
            'from DU6PEPF0000B61E.eurprd02.prod.outlook.com (2603:10a6:10:230:cafe::%s) by DU2PR04CA0%03d.outlook.office365.com (2603:10a6:10:230::%d) with Microsoft SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8466.%d via Frontend Transport' % (hexs(2).lower(), R.randint(1, 999), R.randint(2, 30), R.randint(10, 40)),
            'from EUR05-DB8-obe.outbound.protection.outlook.com (40.107.20.%d) by DU6PEPF0000B61E.mail.protection.outlook.com (10.167.8.%d) with Microsoft SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8466.%d via Frontend Transport' % (R.randint(2, 250), R.randint(2, 250), R.randint(10, 40)),
            'from %s.eurprd04.prod.outlook.com (2603:10a6:10:2e2::%d) by %s.eurprd04.prod.outlook.com (2603:10a6:10:2e6::%d) with Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8466.%d' % (c, R.randint(2, 30), a, R.randint(2, 30), R.randint(10, 40)),
            'from %s.eurprd04.prod.outlook.com ([fe80::%s:%s:%s:%s]) by %s.eurprd04.prod.outlook.com ([fe80::%s:%s:%s:%s%%4]) with mapi id 15.20.8466.%d' % (c, hexs(4).lower(), hexs(4).lower(), hexs(4).lower(), hexs(4).lower(), c, hexs(4).lower(), hexs(4).lower(), hexs(4).lower(), hexs(4).lower(), R.randint(10, 40)),
            'from mx-gw02.man.ospreyretail.com (10.40.12.7) by exch-relay01.man.ospreyretail.com (10.40.12.21) with Microsoft SMTP Server id 15.2.1544.%d' % R.randint(4, 14),
            'from localhost (localhost [127.0.0.1]) by mx-gw02.man.ospreyretail.com (Postfix) with ESMTP id 4R%s' % hexs(9),
            'from exch-relay01.man.ospreyretail.com (exch-relay01.man.ospreyretail.com [10.40.12.21]) by mx-gw01.man.ospreyretail.com (Postfix) with ESMTPS id 4R%s' % hexs(9),
            'from [10.41.%d.%d] (unknown [10.41.%d.%d]) by mx-gw01.man.ospreyretail.com (Postfix) with ESMTPSA id 4R%s' % (R.randint(1, 250), R.randint(1, 250), R.randint(1, 250), R.randint(1, 250), hexs(9)),
        ]
    elif origin == 'gmail':
        ip = sender_ip or '209.85.220.%d' % R.randint(40, 75)
        hops = [
            'from DU6PEPF0000A7E1.eurprd02.prod.outlook.com (2603:10a6:10:37::%d) by %s.eurprd04.prod.outlook.com with HTTPS' % (R.randint(2, 40), R.choice(EXO)),
            'from AM0PR02CA0%03d.eurprd02.prod.outlook.com (2603:10a6:208:3e::%d) by DU6PEPF0000A7E1.eurprd02.prod.outlook.com with Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8466.%d' % (R.randint(1, 999), R.randint(2, 40), R.randint(10, 40)),
            'from AMS0EPF000001A6.eurprd05.prod.outlook.com (2603:10a6:208:3e:cafe::%s) by AM0PR02CA0%03d.outlook.office365.com with Microsoft SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8466.%d via Frontend Transport' % (hexs(2).lower(), R.randint(1, 999), R.randint(10, 40)),
            'from mail-sor-f%d.google.com (%s) by AMS0EPF000001A6.mail.protection.outlook.com (10.167.16.%d) with Microsoft SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8466.%d via Frontend Transport' % (R.randint(40, 75), ip, R.randint(2, 250), R.randint(10, 40)),
            'by mail-sor-f%d.google.com with SMTPS id %s.%d for <%s> (Google Transport Security)' % (R.randint(40, 75), b64s(16).replace('/', 'a').replace('+', 'b'), R.randint(1, 999), HELP),
            'by 2002:a05:6402:%s:b0:5e4:%s:%s with SMTP id %s' % (hexs(4).lower(), hexs(3).lower(), hexs(4).lower(), b64s(12).replace('/', 'x').replace('+', 'y')),
            'by 2002:a17:906:%s:b0:ac3:%s:%s with HTTP; %s' % (hexs(4).lower(), hexs(3).lower(), hexs(4).lower(), ''),
        ]
    else:  # external generic
        ip = sender_ip or '185.%d.%d.%d' % (R.randint(1, 250), R.randint(1, 250), R.randint(1, 250))
        hops = [
            'from DU6PEPF0000A7E3.eurprd02.prod.outlook.com (2603:10a6:10:37::%d) by %s.eurprd04.prod.outlook.com with HTTPS' % (R.randint(2, 40), R.choice(EXO)),
            'from AM0PR02CA0%03d.eurprd02.prod.outlook.com (2603:10a6:208:3e::%d) by DU6PEPF0000A7E3.eurprd02.prod.outlook.com with Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8466.%d' % (R.randint(1, 999), R.randint(2, 40), R.randint(10, 40)),
            'from AMS0EPF000001A8.eurprd05.prod.outlook.com (2603:10a6:208:3e:cafe::%s) by AM0PR02CA0%03d.outlook.office365.com with Microsoft SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8466.%d via Frontend Transport' % (hexs(2).lower(), R.randint(1, 999), R.randint(10, 40)),
            'from mta-%d.out.sendsmart.net (%s) by AMS0EPF000001A8.mail.protection.outlook.com (10.167.16.%d) with Microsoft SMTP Server id 15.20.8466.%d via Frontend Transport' % (R.randint(1, 40), ip, R.randint(2, 250), R.randint(10, 40)),
            'from app-07.internal (app-07.internal [10.0.%d.%d]) by mta-%d.out.sendsmart.net (Postfix) with ESMTP id 4Q%s' % (R.randint(1, 250), R.randint(1, 250), R.randint(1, 40), hexs(9)),
            'from localhost (localhost [127.0.0.1]) by app-07.internal (Postfix) with ESMTP id %s' % hexs(10),
            'from worker-3 (unknown [10.0.%d.%d]) by app-07.internal with LMTP id %s' % (R.randint(1, 250), R.randint(1, 250), hexs(10)),
        ]
    n = min(n, len(hops))
    out = []
    for h in hops[:n]:
        if h.endswith('; ') or h.endswith('HTTP; '):
            h = h.rstrip('; ')
        out.append(('Received', fold(h + '; ' + rfcdate(t))))
        t -= dt.timedelta(seconds=R.randint(1, 6))
    return out


def fold(s, width=76):
    """Fold a long header value at spaces (continuation lines start with a tab or space)."""
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


def dkim(d=DOM, sel='selector1'):
    v = 'v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=%s; h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck; bh=%s=; b=%s' % (
        d, sel, b64s(43), b64s(340) + '==')
    return [('DKIM-Signature', fold(v))]


def arc_set(d=DOM):
    return [
        ('ARC-Seal', fold('i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none; b=%s==' % b64s(340))),
        ('ARC-Message-Signature', fold('i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com; s=arcselector10001; h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1; bh=%s=; b=%s==' % (b64s(43), b64s(340)))),
        ('ARC-Authentication-Results', fold('i=1; mx.microsoft.com 1; spf=pass smtp.mailfrom=%s; dmarc=pass action=none header.from=%s; dkim=pass header.d=%s; arc=none' % (d, d, d))),
    ]


def auth_results(d=DOM, ip='40.107.20.%d', result='pass'):
    ip = ip % R.randint(2, 250) if '%d' in ip else ip
    if result == 'pass':
        v = 'spf=pass (sender IP is %s) smtp.mailfrom=%s; dkim=pass (signature was verified) header.d=%s;dmarc=pass action=none header.from=%s;compauth=pass reason=100' % (ip, d, d, d)
    else:
        v = result
    return [('Authentication-Results', fold(v))]


# ---------------------------------------------------------------- header block per client
def hdrs(frm, subj, date, kind='outlook', to=TO_HELP, cc=None, msgid='auto', extra=(),
         recv=0, origin=None, dk=False, arc=False, auth=False, lang='en-GB', thread=False,
         inreply=None, xprio=False, mime='1.0', raw=False):
    if not raw:
        subj = enc_subject(subj)
        frm, to, cc = enc_addr(frm), enc_addr(to), enc_addr(cc)
    h = []
    if recv:
        h += received_chain(recv, date, origin or ('gmail' if kind == 'gmail' else 'outlook'))
    if arc:
        h += arc_set()
    if dk:
        h += dkim('gmail.com' if kind == 'gmail' and '@gmail.com' in frm else DOM,
                  '20230601' if kind == 'gmail' else 'selector1')
    if auth:
        d = 'gmail.com' if '@gmail.com' in (frm if isinstance(frm, str) else '') else DOM
        h += auth_results(d)
    h.append(('From', frm))
    h.append(('To', to))
    if cc:
        h.append(('CC' if kind == 'outlook' else 'Cc', cc))
    h.append(('Subject', subj))
    if kind == 'outlook':
        h.append(('Thread-Topic', subj if isinstance(subj, bytes) or '=?' not in subj else subj))
        h.append(('Thread-Index', 'A' + b64s(31) + ('==' if R.random() < .5 else '')))
    h.append(('Date', date))
    if msgid == 'auto':
        h.append(('Message-ID', mid(kind)))
    elif msgid:
        h.append(('Message-ID', msgid))
    if inreply:
        h.append(('In-Reply-To', inreply))
        h.append(('References', inreply))
    if xprio:
        h.append(('X-Priority', '1'))
        h.append(('Importance', 'high'))
    if kind == 'outlook':
        h.append(('Accept-Language', '%s, en-US' % lang))
        h.append(('Content-Language', lang))
        h.append(('X-MS-Has-Attach', ''))
        h.append(('X-MS-TNEF-Correlator', ''))
        h.append(('x-ms-publictraffictype', 'Email'))
        h.append(('x-ms-traffictypediagnostic', '%s:EE_|%s:EE_' % (R.choice(EXO), R.choice(EXO))))
        h.append(('x-ms-office365-filtering-correlation-id', uid(False)))
        h.append(('x-originating-ip', '[10.%d.%d.%d]' % (R.randint(40, 44), R.randint(0, 255), R.randint(1, 254))))
    elif kind == 'apple':
        h.append(('X-Mailer', 'Apple Mail (2.3826.500.181.1.5)'))
        mime = '1.0 (Mac OS X Mail 16.0 \\(3826.500.181.1.5\\))'
    elif kind == 'iphone':
        h.append(('X-Mailer', R.choice(['iPhone Mail (22D82)', 'iPhone Mail (22E240)', 'iPhone Mail (21H221)'])))
        mime = '1.0 (1.0)'
    elif kind == 'tbird':
        h.append(('User-Agent', 'Mozilla Thunderbird'))
        h.append(('Content-Language', lang))
    elif kind == 'macoutlook':
        h.append(('User-Agent', 'Microsoft-MacOutlook/16.95.25031520'))
        h.append(('Thread-Topic', subj))
    elif kind == 'android':
        h.append(('X-Mailer', 'Outlook for Android'))
    for e in extra:
        h.append(e)
    h.append(('MIME-Version', mime))
    return h


def serialize_headers(h):
    out = b''
    for n, v in h:
        if isinstance(v, str):
            v = v.encode('utf-8')
        out += n.encode('ascii') + b': ' + v + b'\n'
    return out


def build(headers, part):
    ph, body = part
    return serialize_headers(headers + ph) + b'\n' + body


# ---------------------------------------------------------------- body parts
def text(s, sub='plain', cs='utf-8', cte='quoted-printable', params='', quote_cs=True):
    data = s.encode(cs, errors='xmlcharrefreplace')
    if cte == 'quoted-printable':
        body = qp(data)
    elif cte == 'base64':
        body = b64(data)
    else:
        body = data
    if not body.endswith(b'\n'):
        body += b'\n'
    cs_s = '"%s"' % cs if quote_cs else cs
    h = [('Content-Type', 'text/%s; charset=%s%s' % (sub, cs_s, params))]
    if cte:
        h.append(('Content-Transfer-Encoding', cte))
    return (h, body)


def attach(ctype, name, data, disp='attachment', cte='base64', extra=()):
    h = [('Content-Type', '%s; name="%s"' % (ctype, name)),
         ('Content-Description', name),
         ('Content-Disposition', '%s; filename="%s"; size=%d;\n\tcreation-date="%s";\n\tmodification-date="%s"' % (
             disp, name, len(data), rfcdate(dt.datetime(2026, 3, 2, 9, 1, 7)), rfcdate(dt.datetime(2026, 3, 2, 9, 1, 7)))),
         ('Content-Transfer-Encoding', cte)]
    h += list(extra)
    return (h, b64(data) if cte == 'base64' else data)


def simple_attach(ctype, name, data):
    return ([('Content-Type', '%s; name="%s"' % (ctype, name)),
             ('Content-Disposition', 'attachment; filename="%s"' % name),
             ('Content-Transfer-Encoding', 'base64')], b64(data))


def multipart(sub, parts, bnd, params='', preamble=b''):
    body = preamble
    for ph, pb in parts:
        body += b'--' + bnd.encode() + b'\n' + serialize_headers(ph) + b'\n' + pb
        if not pb.endswith(b'\n'):
            body += b'\n'
        body += b'\n'
    body = body[:-1] if body.endswith(b'\n\n') else body
    body += b'\n--' + bnd.encode() + b'--\n'
    return ([('Content-Type', 'multipart/%s;%s\n\tboundary="%s"' % (sub, params, bnd))], body)


# ---------------------------------------------------------------- html flavours
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
span.EmailStyle19
	{mso-style-type:personal-reply;
	font-family:"Aptos",sans-serif;
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
<body lang="%(lang)s" link="#467886" vlink="#96607D" style="word-wrap:break-word">
<div class="WordSection1">
'''


def esc(s):
    return html.escape(s, quote=False)


HDR_LABELS = ('From:', 'Sent:', 'To:', 'Cc:', 'Subject:', 'Von:', 'Gesendet:', 'An:', 'Betreff:', 'De :', 'Envoyé :',
              'À :', 'Objet :', 'De:', 'Enviado:', 'Para:', 'Asunto:', 'Assunto:', 'Date:', 'Cc :', 'CC:', 'Fecha:', 'Data:')


def outlook_html(txt, lang='EN-GB', cs='windows-1252', sig_color='#1F3864'):
    """Plain text -> Outlook/Word HTML. A line '%%HR%%' starts an Outlook header block;
    lines after '%%SIG%%' are rendered as a small coloured signature."""
    out = [OUTLOOK_HEAD % {'cs': cs, 'lang': lang}]
    in_sig = False
    for line in txt.split('\n'):
        if line == '%%HR%%':
            out.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">')
            continue
        if line == '%%/HR%%':
            out.append('</div>')
            continue
        if line == '%%SIG%%':
            in_sig = True
            continue
        if line == '%%/SIG%%':
            in_sig = False
            continue
        if not line.strip():
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
            continue
        lab = next((l for l in HDR_LABELS if line.startswith(l + ' ') and len(line) < 200), None)
        if lab:
            out.append('<p class="MsoNormal"><b><span lang="EN-US">%s</span></b><span lang="EN-US"> %s<o:p></o:p></span></p>' % (
                esc(lab), esc(line[len(lab):].strip())))
        elif in_sig:
            out.append('<p class="MsoNormal"><span style="font-size:9.0pt;color:%s;mso-ligatures:none;mso-fareast-language:EN-GB">%s<o:p></o:p></span></p>' % (sig_color, esc(line)))
        else:
            out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % esc(line))
    out.append('</div>\n</body>\n</html>\n')
    return '\n'.join(out)


def plain_of(txt):
    """Strip the html markers for the text/plain alternative."""
    out = []
    for line in txt.split('\n'):
        if line in ('%%SIG%%', '%%/SIG%%', '%%/HR%%'):
            continue
        if line == '%%HR%%':
            out.append('________________________________')
            continue
        out.append(line)
    return '\n'.join(out)


def gmail_html(txt):
    """Plain text with optional 'On ... wrote:' + '> ' quote -> Gmail style html."""
    lines = txt.split('\n')
    new, attr, quoted = [], None, []
    i = 0
    while i < len(lines):
        l = lines[i]
        if attr is None and (l.rstrip().endswith('wrote:') or l.rstrip().endswith('escribió:') or l.rstrip().endswith('a écrit :')
                             or l.rstrip().endswith('escreveu:') or l.rstrip().endswith('schrieb:')) and i + 1 < len(lines) and lines[i + 1].startswith('>'):
            attr = l
            quoted = [x[1:].lstrip() if x.startswith('>') else x for x in lines[i + 1:]]
            break
        new.append(l)
        i += 1
    def lines2html(ls):
        parts = []
        for l in ls:
            parts.append('<div>%s</div>' % (esc(l) if l.strip() else '<br>'))
        return ''.join(parts)
    h = '<div dir="ltr">' + lines2html(new) + '</div>'
    if attr:
        h += '<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>' % (
            esc(attr), lines2html(quoted))
    return h + '\n'


def apple_html(txt):
    parts = ['<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">']
    for l in txt.split('\n'):
        parts.append('<div>%s</div>' % (esc(l) if l.strip() else '<br>'))
    parts.append('</body></html>')
    return ''.join(parts) + '\n'


# ---------------------------------------------------------------- binary attachments
def png(w, h, seed=0):
    rr = random.Random(seed)
    base = (rr.randint(200, 250), rr.randint(200, 250), rr.randint(200, 250))
    rows = []
    for y in range(h):
        row = bytearray(b'\x00')
        for x in range(w):
            if y < 12:
                row += bytes((60, 40, 110))  # purple-ish header bar
            elif (y // 9) % 3 == 0 and 8 < x < w - 8 and rr.random() < .7:
                row += bytes((90, 90, 90))
            elif y > h - 20 and x > w - 24:
                row += bytes((120, 60, 200))
            else:
                row += bytes(base)
        rows.append(bytes(row))
    raw = b''.join(rows)

    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b''))


def pdf(lines):
    content = 'BT /F1 11 Tf 50 780 Td 14 TL\n' + '\n'.join('(%s) Tj T*' % l.replace('(', '[').replace(')', ']') for l in lines) + '\nET'
    objs = ['<< /Type /Catalog /Pages 2 0 R >>',
            '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
            '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
            '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
            '<< /Length %d >>\nstream\n%s\nendstream' % (len(content), content)]
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


def winmail(seed):
    rr = random.Random(seed)
    return b'\x78\x9f\x3e\x22' + struct.pack('<H', rr.randint(1, 60000)) + b'\x01\x06\x90\x08\x00\x04\x00\x00\x00\x00\x00\x01\x00\x01\x00\x01\x07\x90\x06\x00\x08\x00\x00\x00\xe4\x04\x00\x00\x00\x00\x00\x00\xe8\x00\x01\x08\x80\x07\x00\x18\x00\x00\x00IPM.Microsoft Mail.Note\x00' + bytes(rr.randint(0, 255) for _ in range(rr.randint(700, 1400)))


def ics(method, summary, start, end, organizer, attendees, uid_=None, status=None, partstat=None, tz='Europe/London', desc=''):
    u = uid_ or ('040000008200E00074C5B7101A82E008000000%s' % hexs(40))
    L = ['BEGIN:VCALENDAR', 'METHOD:%s' % method, 'PRODID:Microsoft Exchange Server 2010', 'VERSION:2.0',
         'BEGIN:VTIMEZONE', 'TZID:GMT Standard Time', 'BEGIN:STANDARD', 'DTSTART:16010101T020000', 'TZOFFSETFROM:+0100',
         'TZOFFSETTO:+0000', 'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10', 'END:STANDARD', 'BEGIN:DAYLIGHT',
         'DTSTART:16010101T010000', 'TZOFFSETFROM:+0000', 'TZOFFSETTO:+0100', 'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3',
         'END:DAYLIGHT', 'END:VTIMEZONE', 'BEGIN:VEVENT']
    L.append('ORGANIZER;CN="%s":mailto:%s' % organizer)
    for cn, em in attendees:
        if partstat:
            L.append('ATTENDEE;PARTSTAT=%s;CN="%s":mailto:%s' % (partstat, cn, em))
        else:
            L.append('ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="%s":mailto:%s' % (cn, em))
    if desc:
        L.append('DESCRIPTION;LANGUAGE=en-GB:%s' % desc)
    L += ['UID:%s' % u, 'SUMMARY;LANGUAGE=en-GB:%s' % summary, 'DTSTART;TZID=GMT Standard Time:%s' % start,
          'DTEND;TZID=GMT Standard Time:%s' % end, 'CLASS:PUBLIC', 'PRIORITY:5', 'DTSTAMP:%sZ' % '20260302T101500',
          'TRANSP:OPAQUE', 'STATUS:%s' % (status or 'CONFIRMED'), 'SEQUENCE:0', 'END:VEVENT', 'END:VCALENDAR']
    # fold long lines at 75 octets
    out = []
    for l in L:
        b = l.encode('utf-8')
        while len(b) > 75:
            cut = 75
            while (b[cut] & 0xC0) == 0x80:
                cut -= 1
            out.append(b[:cut].decode())
            b = b' ' + b[cut:]
        out.append(b.decode())
    return '\r\n'.join(out) + '\r\n'


# ---------------------------------------------------------------- people
def P(name, local):
    return addr(name, '%s@%s' % (local, DOM))


# Manchester head office
HANNAH = P('Hannah Whitfield', 'hannah.whitfield')
PRIYA = P('Priya Raman', 'priya.raman')
TOM = P('Tom Ashworth', 'tom.ashworth')
GARETH = P('Gareth Pryce', 'gareth.pryce')
DAWN = P('Dawn McAllister', 'dawn.mcallister')
CALLUM = P('Callum Reid', 'callum.reid')
SANJAY = P('Sanjay Mistry', 'sanjay.mistry')
FIONA = P('Fiona Blake', 'fiona.blake')
LUCY = P('Lucy Brennan', 'lucy.brennan')
OLU = P('Olu Adeyemi', 'olu.adeyemi')
BEN = P('Ben Hargreaves', 'ben.hargreaves')
RACHEL = P('Rachel Kovacs', 'rachel.kovacs')
SIOBHAN = P("Siobhan O'Neill", 'siobhan.oneill')
MARK = P('Mark Denholm', 'mark.denholm')
AISHA = P('Aisha Khan', 'aisha.khan')
DAN = P('Dan Whittaker', 'dan.whittaker')
KERRY = P('Kerry Lomas', 'kerry.lomas')
NEIL = P('Neil Fairbrother', 'neil.fairbrother')


# ---------------------------------------------------------------- client body builders
def outlook_alt(txt, lang='EN-GB', plain_cs='utf-8', html_cs='utf-8', cte='quoted-printable'):
    p = text(plain_of(txt), 'plain', plain_cs, cte)
    h = text(outlook_html(txt, lang, html_cs), 'html', html_cs, cte)
    return multipart('alternative', [p, h], boundary('outlook'))


def outlook_htmlonly(txt, lang='EN-GB', cs='windows-1252'):
    return text(outlook_html(txt, lang, cs), 'html', cs, 'quoted-printable')


def gmail_alt(txt, cte='quoted-printable'):
    p = text(txt, 'plain', 'UTF-8', cte)
    h = text(gmail_html(txt), 'html', 'UTF-8', cte)
    return multipart('alternative', [p, h], boundary('gmail'))


def apple_alt(txt, cte='quoted-printable'):
    p = text(txt, 'plain', 'utf-8', cte, quote_cs=False)
    h = text(apple_html(txt), 'html', 'utf-8', cte, quote_cs=False)
    return multipart('alternative', [p, h], boundary('apple'))


def plain(txt, cs='utf-8', cte='quoted-printable', params='', quote_cs=True):
    return text(txt, 'plain', cs, cte, params, quote_cs)


def mixed(parts, kind='outlook-mixed'):
    return multipart('mixed', parts, boundary(kind))


# signatures ----------------------------------------------------------
DISC_EN = ('This email and any attachments are CONFIDENTIAL and may be legally privileged. If you are not the '
           'intended recipient, please notify the sender immediately and delete this email from your system; any '
           'use, copying or disclosure is strictly prohibited. Email is not a secure medium and may contain errors '
           'or viruses. URGENT matters should be raised by telephone with the relevant team. Osprey Retail Group plc. '
           'Registered in England and Wales No. 04417731. Registered office: Osprey House, 1 Trafford Wharf Road, '
           'Manchester M17 1EX.')

DISC_DE = ('Osprey Retail Deutschland GmbH | Sitz: Hamburg | Amtsgericht Hamburg HRB 148512 | Geschäftsführung: '
           'Dr. Henrik Voss, Claudia Mertens\n'
           'Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der '
           'richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den '
           'Absender und vernichten Sie diese E-Mail.')

DISC_ES = ('AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos son CONFIDENCIALES y están dirigidos exclusivamente '
           'a su destinatario. Si ha recibido este mensaje por error, le rogamos que lo comunique inmediatamente al '
           'remitente y proceda a su eliminación. De conformidad con el RGPD, le informamos de que sus datos son '
           'tratados por Osprey Retail España S.L. con la finalidad de gestionar la relación profesional.')

DISC_FR = ("AVERTISSEMENT : Ce message et ses pièces jointes sont CONFIDENTIELS et établis à l'intention exclusive "
           "de leurs destinataires. Si vous avez reçu ce message par erreur, merci d'en avertir immédiatement "
           "l'expéditeur et de le supprimer. Toute utilisation non autorisée est interdite. Osprey Retail France SAS "
           "- RCS Bordeaux 882 104 377.")

DISC_PT = ('CONFIDENCIAL: Esta mensagem e quaisquer anexos são confidenciais e destinam-se exclusivamente ao '
           'destinatário. Se recebeu esta mensagem por erro, por favor informe imediatamente o remetente e '
           'elimine-a. Osprey Retail Portugal, Unipessoal Lda. - NIPC 516 204 377.')


def sig_en(name, title, tel=None, mob=None, disc=True):
    lines = ['%%SIG%%', name, title, 'Osprey Retail Group plc',
             'Osprey House, 1 Trafford Wharf Road, Manchester M17 1EX']
    tl = []
    if tel:
        tl.append('T: ' + tel)
    if mob:
        tl.append('M: ' + mob)
    if tl:
        lines.append(' | '.join(tl))
    lines.append('ospreyretail.com | Follow us on LinkedIn')
    if disc:
        lines += ['', DISC_EN]
    lines.append('%%/SIG%%')
    return '\n'.join(lines)


# =====================================================================
# QUESTIONS answered by an article
# =====================================================================

# --- en: contact-support (phone number?) ------------------------------
d = D('2026-02-10 08:12')
t = """Morning - is there a number I can ring GoodTime on? Got a grad candidate whose booking has gone a bit weird and I'd honestly rather talk it through with a human than type it all out. Had a look on their website and couldn't see one anywhere.

Cheers
Tom

Sent from my iPhone"""
add('q-en-support-phone', 'question', 'auto_reply', 'contact-support', 'en',
    'iphone-plain;qp;mobile-sig-en;received-chain;dkim;auth-results', 'asks for a phone line',
    build(hdrs(TOM, 'goodtime phone number?', d, 'iphone', recv=6, dk=True, auth=True),
          plain(t, 'utf-8', 'quoted-printable', quote_cs=False)))

# --- en: chat-bubble, reply on top of an unrelated Outlook thread -----
d = D('2026-03-04 10:27')
t = """Hi both,

Catering numbers are fine, thanks Kerry – go with 42 including the assessors, and yes two candidates are vegan (I'll send names separately).

Separate thing for the help line, sorry for hijacking the thread: Sanjay told me yesterday to "just use the chat" in GoodTime to get an interviewer swap looked at, but I genuinely can't find a chat anywhere. I mostly get into GoodTime by clicking the links in the interview emails, if that makes any difference. Where is it supposed to be?

Thanks,
Priya

%%SIG%%
Priya Raman
Graduate Recruitment Coordinator | Early Careers
Osprey Retail Group plc
T: +44 (0)161 496 0745
%%/SIG%%

%%HR%%
From: Kerry Lomas <kerry.lomas@ospreyretail.com>
Sent: 03 March 2026 16:02
To: Priya Raman <priya.raman@ospreyretail.com>
Cc: Events Team <events@ospreyretail.com>
Subject: Assessment centre catering - 18 March
%%/HR%%

Hi Priya,

The caterers need final numbers by Thursday for the 18th. Last time we ordered for 40 and had loads left over – are we still expecting 36 candidates plus assessors? Also, do any candidates have dietary requirements flagged?

Thanks
Kerry

Kerry Lomas | Events & Facilities Coordinator | Osprey House"""
add('q-en-chat', 'question', 'auto_reply', 'chat-bubble', 'en',
    'outlook-multipart-alt;qp;reply-outlook-block;quoted-unrelated;two-topics', 'chat not visible, comes in via email links',
    build(hdrs(PRIYA, 'RE: Assessment centre catering - 18 March', d, cc='Kerry Lomas <kerry.lomas@ospreyretail.com>',
               inreply=mid('outlook')), outlook_alt(t)))

# --- en: escalation-path (which channel for what) ---------------------
d = D('2026-03-02 17:41')
t = """Hi team,

I've been on GoodTime for about three weeks now (joined from the agency side in Feb) and I'm still a bit lost on the etiquette. So far people have mentioned GoodTime's own support people, this mailbox, some kind of account person at GoodTime, and a board where you can post ideas. I'm honestly not sure which one is meant for what – last week I emailed GoodTime directly about something that turned out to be a "how do we do it here" question and felt a bit daft.

Is there a simple rule of thumb for which route to use when?

Thanks!
Siobhan

Siobhan O'Neill
Recruitment Coordinator – Technology
Osprey Retail Group"""
add('q-en-which-channel', 'question', 'auto_reply', 'escalation-path', 'en',
    'apple-multipart-alt;qp', 'which route for what',
    build(hdrs(SIOBHAN, 'Who do I go to for what?', d, 'apple'), apple_alt(t)))

# --- en: self-scheduling-link, terse lowercase ------------------------
d = D('2026-03-05 08:56')
t = """hi, sent a self schedule link yday for a 30 min phone screen (digital product analyst role). i only gave thurs + fri this week as the window cos the hiring mgr is off next week. candidate says the page loads fine but there are no times to pick at all. what am i doing wrong, is it the short window or somethign else?

olu

Get Outlook for Android"""
add('q-en-selfsched', 'question', 'auto_reply', 'self-scheduling-link', 'en',
    'android-outlook;plain-7bit;terse;typos;mobile-sig-en', 'no slots, short window',
    build(hdrs(OLU, 'booking link - candidate sees nothing??', d, 'android', msgid=mid('android')),
          plain(t, 'us-ascii', '7bit')))

# --- en: permissions-roles (looks like cancel question) ---------------
d = D('2026-02-16 13:18')
t = """Hi,

One of the candidates for the Stockport store manager role has emailed me directly to say she's accepted another offer, so Thursday's interview isn't needed any more. I went into GoodTime to cancel it myself but there's no cancel option anywhere for me – I can see the interview and all the details, but that's it. Is that down to how my account is set up, or am I just looking in the wrong place?

Regards,
Gareth

""" + sig_en('Gareth Pryce', 'Regional Operations Director – North West', mob='+44 (0)7700 900 318')
add('q-en-perm', 'question', 'auto_reply', 'permissions-roles', 'en',
    'outlook-html-only;qp;cp1252;long-signature;legal-disclaimer', 'missing cancel option; resembles cancel-interview',
    build(hdrs(GARETH, 'Cancelling my own interview?', d), outlook_htmlonly(t)))

# --- en: panel-interviews, rambling + winmail.dat ---------------------
d = D('2026-01-19 11:02')
t = """Hi all,

Hope you're well and surviving the assessment centre season! I know everyone's flat out so I'll try to keep this short (I won't).

Bit of background: this year the Commercial Graduate Scheme final round is changing from one big panel to four separate sessions on the same morning – a case study presentation, a competency interview with two of the store operations directors, a conversation with someone from the current grad cohort, and then a short chat with Rachel. Last year I did all of this by hand in Outlook and it took me the best part of two weeks, so I'm really keen to do it properly in GoodTime this time.

What I can't work out is how to get a 30-minute lunch break in between the second and third sessions, and whether GoodTime can be allowed to swap the order of the middle two sessions if that makes it easier to fit the directors in (they're by far the hardest to pin down). Is that something I set up per candidate, or does it live somewhere else?

I've attached the running order we used last year in case it helps.

Many thanks,
Hannah

Hannah Whitfield
Graduate Programme Coordinator | Early Careers
Osprey Retail Group plc
T: +44 (0)161 496 0732"""
add('q-en-panel', 'question', 'auto_reply', 'panel-interviews', 'en',
    'outlook-mixed;qp;att-winmail;rambling;long-signature', 'break between sessions, flexible order',
    build(hdrs(HANNAH, 'Final round loops for the graduate scheme', d,
               extra=[('X-MS-Has-Attach', 'yes')]),
          mixed([plain(plain_of(t), 'iso-8859-1', 'quoted-printable'),
                 attach('application/ms-tnef', 'winmail.dat', winmail(1))])))

# --- en: time-zones via internal ticket form (robot) ------------------
d = D('2026-03-12 14:22')
t = """A new request has been submitted via the Osprey Service Portal.

Request number:    REQ0048213
Catalogue item:    GoodTime / Interview scheduling - ask a question
Requested for:     Aisha Khan (aisha.khan@ospreyretail.com)
Department:        Talent Acquisition - Technology
Location:          Manchester - Osprey House
Priority:          4 - Low
Submitted:         12/03/2026 14:22

Short description:
Candidate moving countries - which time does she see?

Description:
Our final-round candidate for the Senior Data Engineer role is in Toronto at the moment but moves to Manchester on 1 April. Her interview will be w/c 6 April. When I send her the booking link, whose time will the slots show in - hers or ours? And if it's still going to be Toronto time, where do I change it?

Attachments: none

-------------------------------------------------
This is an automated message from the Osprey Service Portal. Please do not reply to this email.
To add a comment, open the request in the portal:
https://ospreyretail.service-now.com/sp?id=ticket&table=sc_req_item&sys_id=7f3c2a91db5e1110a4c2f3e1f39619d2
Ref:MSG4471920"""
add('q-en-timezone-form', 'question', 'forward_support|needs_review', 'time-zones', 'en',
    'form-mailer;auto-submitted;x-auto-response-suppress;msgid-no-brackets;plain-7bit', 'ticket-portal robot, person asks about candidate time zone',
    build(hdrs('Osprey Service Portal <noreply-servicedesk@ospreyretail.com>',
               '[REQ0048213] New request: GoodTime - ask a question', d, 'form',
               msgid='MSG4471920.7f3c2a91db5e1110a4c2f3e1f39619d2@ospreyretail.service-now.com',
               extra=[('Reply-To', 'Aisha Khan <aisha.khan@ospreyretail.com>'),
                      ('Auto-Submitted', 'auto-generated'), ('X-Auto-Response-Suppress', 'All'),
                      ('Precedence', 'bulk'), ('X-ServiceNow-Source', 'Notification-4b1f0e2adb')]),
          plain(t, 'us-ascii', '7bit')))

# --- de: support-hours without the word -------------------------------
d = D('2026-03-17 15:41', '+0100')
t = """Hallo zusammen,

am Samstag, 21. März, machen wir in der Filiale Hamburg-Altona einen offenen Recruiting-Tag für Verkaufsberater/innen. Die Zweitgespräche wollen wir direkt vor Ort über GoodTime einbuchen, damit die Bewerberinnen und Bewerber gleich ihre Bestätigung aufs Handy bekommen.

Meine Sorge: Wenn am Samstagnachmittag irgendwas mit GoodTime hakt – sitzt bei GoodTime am Wochenende überhaupt jemand, den wir anschreiben können, oder müssen wir dann bis Montag warten?

Danke und viele Grüße
Jana Petersen

%%SIG%%
Jana Petersen
Recruiting-Koordinatorin | People & Culture
Osprey Retail Deutschland GmbH
Großer Burstah 31, 20457 Hamburg
Tel.: +49 40 8000 2317
jana.petersen@ospreyretail.com

""" + DISC_DE + """
%%/SIG%%"""
subj = '=?iso-8859-1?Q?Recruiting-Tag_am_Samstag_-_ist_GoodTime_dann_=FC?=\n =?iso-8859-1?Q?berhaupt_erreichbar=3F?='
add('q-de-weekend', 'question', 'auto_reply', 'support-hours', 'de',
    'outlook-multipart-alt;qp;ew-q-latin1;ew-split;long-signature;legal-disclaimer', 'weekend availability, word hours not used',
    build(hdrs(addr('Petersen, Jana', 'jana.petersen@ospreyretail.com'), subj, d, lang='de-DE'),
          outlook_alt(t, 'DE', 'iso-8859-1', 'iso-8859-1')))

# --- de: chat-bubble, iPhone base64 -----------------------------------
d = D('2026-02-24 18:06', '+0100')
t = """Hi,

eine Kollegin aus Barcelona meinte, bei Problemen soll ich einfach über den lila Chat im Dashboard an GoodTime schreiben. Ich sehe da aber nichts Lilanes. Ich gehe meistens direkt über den Link aus der Outlook-Einladung auf die Interviewseite, ohne mich extra anzumelden. Wo genau soll der Chat sein?

Gruß
Lukas

Von meinem iPhone gesendet"""
add('q-de-chat', 'question', 'auto_reply', 'chat-bubble', 'de',
    'iphone-plain;base64-utf8;ew-b-utf8;mobile-sig-de', 'purple chat not visible, not logged in',
    build(hdrs(addr('Lukas Brandt', 'lukas.brandt@ospreyretail.com'), ewB('Lila Chat-Knopf – wo finde ich den?'), d, 'iphone'),
          plain(t, 'utf-8', 'base64', quote_cs=False)))

# --- de: add-interviewer-to-pool, HTML only, reply on unrelated thread
d = D('2026-03-10 13:55', '+0100')
t = """Hallo Frau Schröder, hallo Helpline,

danke für die schnelle Freigabe, die Anzeige geht morgen online.

@Helpline: Bei der Gelegenheit – Herr Yilmaz (neuer Filialleiter in Eppendorf, seit 1. März bei uns) soll ab April die Erstgespräche für die Azubi-Stellen im Bezirk Nord übernehmen. Was muss ich tun, damit GoodTime ihn bei der Terminplanung überhaupt vorschlägt? Er hat einen Outlook-Kalender, ich weiß aber nicht, ob er in GoodTime schon angelegt ist.

Viele Grüße
Maximilian Große
Recruiter Filialen Nord

%%HR%%
Von: Schröder, Anke <anke.schroeder@ospreyretail.com>
Gesendet: Dienstag, 10. März 2026 11:08
An: Große, Maximilian <maximilian.grosse@ospreyretail.com>
Betreff: Stellenanzeige stv. Filialleitung Eppendorf – Freigabe
%%/HR%%

Hallo Herr Große,

die Anzeige für die stellvertretende Filialleitung Eppendorf ist von meiner Seite freigegeben. Bitte nur noch das Gehaltsband herausnehmen, das veröffentlichen wir in Hamburg weiterhin nicht.

Viele Grüße
Anke Schröder
HR Business Partner Nord"""
add('q-de-pool', 'question', 'auto_reply', 'add-interviewer-to-pool', 'de',
    'outlook-html-only;qp;cp1252;ew-q-cp1252;ew-in-quotes;reply-outlook-block-de;quoted-unrelated', 'new store manager should be suggested as interviewer',
    build(hdrs(addr('Große, Maximilian', 'maximilian.grosse@ospreyretail.com').replace('Große, Maximilian', ewQ('Große, Maximilian', 'iso-8859-1')),
               ewQ('AW: Stellenanzeige stv. Filialleitung Eppendorf – Freigabe', 'windows-1252'), d, lang='de-DE',
               cc=ewQ('Schröder, Anke', 'iso-8859-1') + ' <anke.schroeder@ospreyretail.com>'),
          outlook_htmlonly(t, 'DE')))

# --- de: candidate-reminders, Thunderbird raw UTF-8 headers -----------
d = D('2026-02-23 09:03', '+0100')
t = """Hallo liebes GoodTime-Team,

wir hatten letzte Woche in Hamburg zwei Bewerberinnen, die einfach nicht zum
Gespräch erschienen sind (beide für die Assistenz der Geschäftsführung). Eine
meinte hinterher am Telefon, sie habe den Termin „schlicht vergessen“.

Bekommen die Kandidaten von GoodTime eigentlich automatisch eine Erinnerung am
Tag vorher? Und falls ja: kann ich irgendwo sehen, ob das bei uns eingeschaltet
ist? Wenn nicht – gibt es etwas, das ich von Hand machen kann?

Viele Grüße
Sabine Körner

-- 
Sabine Körner
Assistentin der Geschäftsführung
Osprey Retail Deutschland GmbH
Großer Burstah 31, 20457 Hamburg
"""
add('q-de-reminders', 'question', 'auto_reply', 'candidate-reminders', 'de',
    'thunderbird;format-flowed;8bit;raw-utf8-subject;raw-utf8-from;sig-dashdash', 'no-shows, automatic reminders?',
    build(hdrs('Sabine Körner <sabine.koerner@ospreyretail.com>', 'Erinnerungsmails für Bewerber – gibt’s die automatisch?', d, 'tbird', lang='de-DE', raw=True),
          plain(t, 'UTF-8', '8bit', '; format=flowed', quote_cs=False)))

# --- de: load balancing, Apple Mail forward ---------------------------
d = D('2026-03-06 07:48', '+0100')
t = """Könnt ihr mir sagen, ob man in GoodTime eine Obergrenze pro Person einstellen kann? Dann hätte sich das erledigt.

J. Weiß

Anfang der weitergeleiteten Nachricht:

Von: Tanja Albers <tanja.albers@ospreyretail.com>
Betreff: Schon wieder ich?
Datum: 5. März 2026 um 18:12:44 MEZ
An: Jürgen Weiß <juergen.weiss@ospreyretail.com>

Hallo Jürgen,

ich habe diese Woche schon fünf Bewerbungsgespräche für die Filialen gemacht, und nächste Woche stehen schon wieder vier im Kalender. Die anderen Filialleiter im Pool haben laut Kalender kaum welche. Ich mache das ja gerne, aber nebenbei muss ich auch noch meine Filiale in Wandsbek führen. Kann man das irgendwie gerechter verteilen?

Liebe Grüße
Tanja"""
add('q-de-load', 'question', 'auto_reply', 'interviewer-load-balancing', 'de',
    'apple-multipart-alt;qp;forward-apple-de;ew-q-utf8-from', 'max interviews per person',
    build(hdrs(ewQ('Jürgen Weiß') + ' <juergen.weiss@ospreyretail.com>', 'Fwd: Schon wieder ich?', d, 'apple'),
          apple_alt(t)))

# --- es: internal-project-team ----------------------------------------
d = D('2026-02-16 10:05', '+0100')
t = """Hola,

Me acabo de incorporar al equipo de Selección de Barcelona (vengo de una ETT) y todavía me estoy situando con GoodTime. Una compañera me pasó esta dirección, pero no me queda claro quién hay detrás: ¿sois gente de GoodTime o un equipo interno de Osprey? ¿Y qué tipo de consultas os puedo mandar? No quiero escribiros por cualquier tontería.

Gracias de antemano,
Marta

--
Marta Giménez Soler
Técnica de Selección · Osprey Retail España S.L.
Passeig de Gràcia 84, 08008 Barcelona
+34 93 000 41 27"""
add('q-es-who-runs', 'question', 'auto_reply', 'internal-project-team', 'es',
    'gmail-multipart-alt;qp;ew-q-utf8;received-chain;dkim', 'who is behind this mailbox',
    build(hdrs(addr(ewQ('Marta Giménez Soler'), 'marta.gimenez@ospreyretail.com'), ewQ('¿Quién lleva este buzón?'), d, 'gmail',
               recv=7, dk=True),
          gmail_alt(t)))

# --- es: cancel-interview ---------------------------------------------
d = D('2026-03-09 09:31', '+0100')
t = """Buenos días,

Un candidato a encargado de tienda (Diagonal Mar) me acaba de llamar para decir que retira su candidatura. Tenía la entrevista el jueves a las 11:00 con Javier Ortega.

¿Es suficiente con borrar el evento de mi calendario y del de Javier, o hay que hacer algo en GoodTime? No quiero que luego le llegue un recordatorio o algo así.

Gracias,
Laia

%%SIG%%
Laia Puig i Vidal
Coordinadora de Selección
Osprey Retail España S.L. · Passeig de Gràcia 84, 08008 Barcelona
T. +34 93 000 41 10

""" + DISC_ES + """
%%/SIG%%"""
add('q-es-cancel', 'question', 'auto_reply', 'cancel-interview', 'es',
    'outlook-html-only;qp;cp1252;ew-q-latin1;legal-disclaimer', 'withdrawn candidate: delete calendar event?',
    build(hdrs(addr('Puig Vidal, Laia', 'laia.puig@ospreyretail.com'), ewQ('Candidato retirado - ¿borro la cita?', 'iso-8859-1'), d, lang='es-ES'),
          outlook_htmlonly(t, 'ES')))

# --- es: conference-links, iPhone raw UTF-8 subject -------------------
d = D('2026-03-12 19:47', '+0100')
t = """Hola,

Las últimas entrevistas que me han llegado de GoodTime traen enlace de Zoom. Los encargados de tienda que entrevistan conmigo no tienen Zoom en los portátiles de tienda, solo Teams. ¿Se puede hacer que salgan con Teams? ¿Lo tengo que pedir yo cada vez o se cambia en algún sitio?

Gracias

Javier

Enviado desde mi iPhone"""
add('q-es-teams', 'question', 'auto_reply', 'conference-links', 'es',
    'iphone-plain;qp;raw-utf8-subject;mobile-sig-es', 'Teams instead of Zoom',
    build(hdrs(addr('Javier Ortega', 'javier.ortega@ospreyretail.com'), '¿Teams en lugar de Zoom en las entrevistas?', d, 'iphone', raw=True),
          plain(t, 'utf-8', 'quoted-printable', quote_cs=False)))

# --- es: room-booking, Outlook base64 + screenshot --------------------
d = D('2026-04-08 12:14', '+0200')
t = """Hola equipo,

Desde el lunes tenemos una sala nueva en la oficina de Barcelona, la Sala Montjuïc (planta 3), y ya la podemos reservar en Outlook sin problema. Pero cuando programo una entrevista presencial en GoodTime para la oficina de Barcelona solo me salen las salas de siempre (Tibidabo y Born). Os adjunto una captura.

¿Qué hay que hacer para que GoodTime la tenga en cuenta?

Muchas gracias,
Núria

%%SIG%%
Núria Ferrer
Asistente de Dirección General
Osprey Retail España S.L.
%%/SIG%%"""
add('q-es-room', 'question', 'auto_reply', 'room-booking', 'es',
    'outlook-multipart-mixed;multipart-alt;base64-utf8;ew-b-utf8;att-png;crlf', 'new room not offered',
    build(hdrs(addr(ewB('Núria Ferrer'), 'nuria.ferrer@ospreyretail.com'), ewB('Sala Montjuïc no aparece en GoodTime'), d, lang='es-ES',
               extra=[('X-MS-Has-Attach', 'yes')]),
          mixed([outlook_alt(t, 'ES', 'utf-8', 'utf-8', 'base64'),
                 attach('image/png', 'captura_salas.png', png(220, 90, 11))])), crlf=True)

# --- es: contact-support, Gmail reply on unrelated thread -------------
d = D('2026-03-24 11:20', '+0100')
t = """Perfecto, me quedo con el turno del martes.

Otra cosa que no tiene nada que ver: ¿alguien tiene a mano el correo de soporte de GoodTime? Les tengo que mandar unas capturas de un caso raro con una candidata y no lo encuentro por ningún lado.

¡Gracias!
Sergio

El mar, 24 mar 2026 a las 9:12, Carmen Ruiz (<carmen.ruiz@ospreyretail.com>) escribió:
> Hola a todos,
>
> Os paso los turnos para cubrir las entrevistas de la semana 14 (Semana Santa). Como muchos estáis de vacaciones, necesito que cada uno confirme al menos un turno:
>
> - Lunes 30/3: Marta
> - Martes 31/3: libre
> - Miércoles 1/4: Carmen
> - Jueves 2/4: libre
>
> Decidme algo antes del jueves.
>
> Carmen"""
add('q-es-support-email', 'question', 'auto_reply', 'contact-support', 'es',
    'gmail-multipart-alt;qp;reply-on-wrote-es;quoted-unrelated;two-topics', 'asks for support e-mail address',
    build(hdrs(addr('Sergio Navarro', 'sergio.navarro@ospreyretail.com'), 'Re: Turnos de entrevistas semana 14', d, 'gmail',
               to=TO_HELP + ', Carmen Ruiz <carmen.ruiz@ospreyretail.com>', inreply=mid('gmail')),
          gmail_alt(t)))

# --- fr: support-hours -------------------------------------------------
d = D('2026-04-14 18:52', '+0200')
t = """Bonjour,

Pour l'ouverture du magasin de Mérignac début mai, nous allons faire passer beaucoup d'entretiens en soirée et le dimanche matin (les candidats travaillent souvent en journée). Je voudrais savoir si, en cas de problème avec GoodTime à ces moments-là, il y a quelqu'un côté GoodTime pour nous répondre, ou si leur support ne fonctionne qu'aux horaires de bureau.

Et si oui, par quel moyen les contacter ?

Merci d'avance,

%%SIG%%
Julien Moreau
Directeur des Opérations Magasins – Sud-Ouest
Osprey Retail France SAS
12 quai des Chartrons, 33000 Bordeaux
Tél. : +33 5 56 00 18 42 | Mob. : +33 6 00 00 71 29
%%/SIG%%"""
add('q-fr-evenings', 'question', 'auto_reply', 'support-hours', 'fr',
    'outlook-multipart-alt;qp;ew-b-latin1;long-signature', 'evening and Sunday support',
    build(hdrs(addr('Moreau, Julien', 'julien.moreau@ospreyretail.com'), ewB('Ouverture Mérignac : qui répond chez GoodTime le soir ?', 'iso-8859-1'), d, lang='fr-FR'),
          outlook_alt(t, 'FR', 'iso-8859-1', 'windows-1252')))

# --- fr: contact-csm without the letters, raw cp1252 headers -----------
d = D('2026-04-02 10:11', '+0200')
t = """Bonjour,

M. Moreau souhaite faire un point avec la personne qui suit notre compte chez GoodTime, pour parler de l'organisation des recrutements saisonniers de l'été (environ 300 entretiens sur juin pour les magasins du Sud-Ouest). Il m'a demandé de caler un créneau d'une heure, mais je n'ai les coordonnées de personne chez eux.

Comment puis-je prendre rendez-vous avec cette personne ?

Bien cordialement,

Élodie Garnier
Assistante de Direction – Opérations Sud-Ouest
Osprey Retail France SAS
"""
add('q-fr-account-contact', 'question', 'auto_reply', 'contact-csm', 'fr',
    'outlook-plain;8bit;cp1252;raw-cp1252-subject;raw-cp1252-from', 'book time with account contact, no word CSM',
    build(hdrs('Élodie Garnier <elodie.garnier@ospreyretail.com>'.encode('cp1252'),
               'Rendez-vous avec notre référente chez GoodTime'.encode('cp1252'), d, 'form', msgid=mid('outlook'),
               extra=[('X-Mailer', 'Microsoft Outlook 16.0'), ('Content-Language', 'fr')]),
          plain(t, 'windows-1252', '8bit')))

# --- fr: candidate-itinerary, HTML only, Original Message block --------
d = D('2026-04-14 09:02', '+0200')
t = """Merci Aurélien, je serai présente mardi.

Petite question pour la hotline GoodTime au passage : une candidate au poste de responsable adjointe (magasin Sainte-Catherine) me dit qu'elle n'a jamais reçu le mail avec le programme de jeudi – horaires, noms des personnes qu'elle va rencontrer, adresse. Elle a regardé dans ses spams. Comment est-ce que je peux lui renvoyer ce récapitulatif depuis GoodTime ?

Camille

-----Message d'origine-----
De : Bérard, Aurélien <aurelien.berard@ospreyretail.com>
Envoyé : lundi 13 avril 2026 17:20
À : RH Bordeaux <rh.bordeaux@ospreyretail.com>
Objet : Planning formation Workday

Bonjour à tous,

La formation au nouveau module Absences de Workday aura lieu mardi 21 avril de 9h30 à 11h en salle Garonne. Merci de confirmer votre présence.

Aurélien Bérard
Administrateur SIRH"""
add('q-fr-itinerary', 'question', 'auto_reply', 'candidate-itinerary', 'fr',
    'outlook-html-only;qp;cp1252;reply-original-message-fr;quoted-unrelated', 'resend programme to candidate',
    build(hdrs(addr(ewQ('Lefèvre, Camille', 'iso-8859-1'), 'camille.lefevre@ospreyretail.com'), 'RE: Planning formation Workday', d, lang='fr-FR',
               cc=addr(ewQ('Bérard, Aurélien', 'iso-8859-1'), 'aurelien.berard@ospreyretail.com')),
          outlook_htmlonly(t, 'FR')))

# --- fr: debrief-scheduling, Thunderbird base64 latin-1 ---------------
d = D('2026-03-23 16:37', '+0100')
t = """Bonjour,

Jeudi, une candidate passe trois entretiens d'affilée pour le poste de Product Owner (avec Thomas, Sophie et Karim). Je voudrais ensuite réunir les trois interviewers et la manager, Mme Dubois, pour qu'ils mettent leurs retours en commun.

Est-ce que je peux organiser ça directement dans GoodTime ? Et surtout, comment être sûre que la candidate ne reçoive pas l'invitation à cette réunion ?

Merci,
Manon

-- 
Manon Rousseau
Chargée de recrutement IT - Osprey Retail France
"""
add('q-fr-debrief', 'question', 'auto_reply', 'debrief-scheduling', 'fr',
    'thunderbird;base64-latin1;ew-q-latin1', 'internal meeting after interviews, candidate not invited',
    build(hdrs('Manon Rousseau <manon.rousseau@ospreyretail.com>',
               ewQ('Réunion de débrief après les entretiens (sans la candidate)', 'iso-8859-1'), d, 'tbird', lang='fr'),
          plain(t, 'ISO-8859-1', 'base64', quote_cs=False)))

# --- fr: reschedule-interview, Gmail forward --------------------------
d = D('2026-04-09 09:15', '+0200')
t = """Bonjour,

Le manager a changé lui-même l'heure de l'entretien directement dans son agenda Outlook (voir ci-dessous). Est-ce que ça suffit, ou est-ce que je dois refaire quelque chose dans GoodTime pour que tout le monde soit à jour ?

Merci !
Lucie

---------- Forwarded message ---------
De : Nicolas Fabre <nicolas.fabre@ospreyretail.com>
Date: jeu. 9 avr. 2026 à 08:47
Subject: Entretien déplacé
To: Lucie Bernard <lucie.bernard@ospreyretail.com>


Salut Lucie,

J'ai décalé l'entretien de M. Petit de 10h à 14h demain, j'avais un comité de direction qui a bougé. Je l'ai fait directement dans mon agenda, ça devrait être bon.

Nicolas"""
add('q-fr-moved-in-outlook', 'question', 'auto_reply', 'reschedule-interview', 'fr',
    'gmail-multipart-alt;qp;forward-gmail;ew-q-utf8', 'manager moved event in Outlook himself',
    build(hdrs('Lucie Bernard <lucie.bernard@ospreyretail.com>', ewQ('Fwd: Entretien déplacé'), d, 'gmail'),
          gmail_alt(t)))

# --- pt: product-board, iPhone base64 ---------------------------------
d = D('2026-03-05 21:34')
t = """Olá,

Eu e os gerentes de loja do Norte temos juntado algumas ideias de melhorias para o GoodTime (coisas pequenas, sobretudo nos convites e nos lembretes). Onde é que se submetem este tipo de sugestões para que a equipa do GoodTime as veja mesmo? Não queria que ficassem perdidas num email.

Obrigado
João Magalhães

Enviado do meu iPhone"""
add('q-pt-ideas-where', 'question', 'auto_reply', 'product-board', 'pt',
    'iphone-plain;base64-utf8;ew-q-utf8;mobile-sig-pt', 'where to submit suggestions',
    build(hdrs(addr(ewQ('João Magalhães'), 'joao.magalhaes@ospreyretail.com'), ewQ('Sugestões para o GoodTime – onde?'), d, 'iphone'),
          plain(t, 'utf-8', 'base64', quote_cs=False)))

# --- pt: ats-integration, HTML only -----------------------------------
d = D('2026-02-11 10:48')
t = """Bom dia,

Comecei esta semana a usar o GoodTime para as vagas de tecnologia do Porto e ainda estou a perceber como é que as coisas se ligam.

Quando passo um candidato para a fase "Entrevista técnica" no ATS, ele aparece automaticamente no GoodTime ou tenho de o criar lá também? E depois de marcar a entrevista no GoodTime, ela fica visível no perfil do candidato no ATS para o hiring manager ver?

Obrigada,
Beatriz

%%SIG%%
Beatriz Sousa
Recrutadora Tech | Talent Acquisition
Osprey Retail Portugal, Unipessoal Lda.
Rua de Sá da Bandeira 481, 4000-436 Porto
Tel.: +351 22 000 3185

""" + DISC_PT + """
%%/SIG%%"""
add('q-pt-ats', 'question', 'auto_reply', 'ats-integration', 'pt',
    'outlook-html-only;qp;cp1252;ew-q-latin1;long-signature;legal-disclaimer', 'does ATS stage create candidate in GoodTime',
    build(hdrs(addr('Sousa, Beatriz', 'beatriz.sousa@ospreyretail.com'), ewQ('Dúvida: candidatos do ATS no GoodTime', 'iso-8859-1'), d, lang='pt-PT'),
          outlook_htmlonly(t, 'PT')))

# --- pt: candidate-availability-request, B-word split inside a character
d = D('2026-01-27 15:20')
t = """Olá a todos,

Neste momento, para marcar as entrevistas das lojas, ando a trocar emails com cada candidato a perguntar quando é que pode — às vezes são 5 ou 6 emails até acertarmos uma hora. É um caos.

Há maneira de, pelo GoodTime, pedir ao candidato que indique ele próprio os horários em que está livre? Como funciona?

Obrigada!
Inês

-- 
Inês Carvalho
Coordenadora de Recrutamento | Osprey Retail Portugal"""
sb = 'Dúvida: disponibilidades dos candidatos'.encode('utf-8')
cut = sb.index(b'\xc3') + 1  # split between the two bytes of "ú"
subj = ewBbytes(sb[:cut]) + '\n ' + ewBbytes(sb[cut:])
add('q-pt-availability', 'question', 'auto_reply', 'candidate-availability-request', 'pt',
    'gmail-multipart-alt;qp;ew-b-utf8;ew-split-multibyte', 'ask candidate for free times',
    build(hdrs(addr(ewB('Inês Carvalho'), 'ines.carvalho@ospreyretail.com'), subj, d, 'gmail'),
          gmail_alt(t)))

# --- pt: interviewer-decline, Thunderbird reply raw utf-8 From --------
d = D('2026-04-15 11:40', '+0100')
t = """Conta comigo para sexta!

Já agora, pergunta para a linha de apoio do GoodTime: o Rui Teixeira recusou o convite para a entrevista de quinta às 15h (candidata a gerente da loja de Matosinhos). O que é que faço — tenho de remarcar tudo com a candidata, ou dá para trocar só o entrevistador e manter a hora?

Gonçalo

Em 15/04/2026 10:02, Inês Carvalho escreveu:
> Olá pessoal,
>
> Vamos fazer o jantar de equipa na sexta, dia 24, no Cafeína às 20h30.
> Confirmem até quarta para eu fazer a reserva.
>
> Beijinhos,
> Inês
"""
add('q-pt-decline', 'question', 'auto_reply', 'interviewer-decline', 'pt',
    'thunderbird;8bit;raw-utf8-from;reply-gt-quotes;quoted-unrelated;two-topics', 'interviewer declined, swap or reschedule',
    build(hdrs('Gonçalo Ribeiro <goncalo.ribeiro@ospreyretail.com>', 'Re: Jantar de equipa sexta-feira', d, 'tbird', lang='pt-PT', raw=True,
               to='Inês Carvalho <ines.carvalho@ospreyretail.com>, ' + TO_HELP, inreply=mid('gmail')),
          plain(t, 'UTF-8', '8bit', '; format=flowed', quote_cs=False)))

# --- pt: contact-csm, Outlook + PDF -----------------------------------
d = D('2026-04-21 14:05', '+0100')
t = """Boa tarde,

Para preparar a campanha de recrutamento de verão (lojas do Norte e o novo armazém da Maia), gostávamos de marcar uma reunião com a nossa gestora de sucesso do cliente no GoodTime para rever o processo. Não tenho o contacto dela — como é que marco essa reunião?

Envio em anexo o plano da campanha, caso seja útil.

Cumprimentos,
Ana Rita Pires
HR Business Partner | Osprey Retail Portugal"""
add('q-pt-csm', 'question', 'auto_reply', 'contact-csm', 'pt',
    'outlook-multipart-mixed;multipart-alt;qp;ew-q-utf8;att-pdf', 'how to book meeting with customer success manager',
    build(hdrs(addr('Pires, Ana Rita', 'anarita.pires@ospreyretail.com'), ewQ('Reunião com a gestora de sucesso do cliente do GoodTime'), d, lang='pt-PT',
               extra=[('X-MS-Has-Attach', 'yes')]),
          mixed([outlook_alt(t, 'PT'),
                 attach('application/pdf', 'Plano_Recrutamento_Verao_2026.pdf',
                        pdf(['Plano de Recrutamento Verao 2026 - Osprey Retail Portugal', 'Lojas Norte: 14 | Armazem Maia: 1',
                             'Entrevistas estimadas: 420', 'Periodo: 1 junho - 15 julho']))])))


# =====================================================================
# QUESTIONS no article answers
# =====================================================================
d = D('2026-02-19 07:31')
t = """Is there a GoodTime app I can put on my phone? I'm in stores 4 days a week and never near a laptop when the interview requests come through.

Dawn

Sent from my iPhone"""
add('u-en-app', 'question', 'forward_support', 'none', 'en',
    'iphone-plain;7bit;terse;mobile-sig-en', 'mobile app',
    build(hdrs(DAWN, 'App?', d, 'iphone'), plain(t, 'us-ascii', '7bit', quote_cs=False)))

d = D('2026-02-25 15:02')
t = """Pepperoni and a veggie one is fine, cheers.

Unrelated, for the GoodTime help line: does GoodTime record the Teams interviews it sets up, or is that something we'd have to switch on in Teams ourselves? One of the hiring managers wants to rewatch a final-round technical interview before making a call and I've no idea where a recording would live.

Ben

-----Original Message-----
From: Dan Whittaker <dan.whittaker@ospreyretail.com>
Sent: 25 February 2026 14:10
To: Ben Hargreaves <ben.hargreaves@ospreyretail.com>; Olu Adeyemi <olu.adeyemi@ospreyretail.com>
Subject: Pizza for Thursday's hiring sprint

Hi both – ordering food for the interview blitz on Thursday. Any preferences? I'll get the usual from Rudy's unless someone shouts.

Dan"""
add('u-en-recording', 'question', 'forward_support', 'none', 'en',
    'outlook-multipart-alt;qp;reply-original-message;quoted-unrelated;two-topics', 'does GoodTime record video interviews; resembles conference-links',
    build(hdrs(BEN, 'RE: Pizza for Thursday\'s hiring sprint', d, to=TO_HELP + '; ' + DAN), outlook_alt(t)))

d = D('2026-03-02 08:40')
t = """Hi team,

We're about to run an internal-only campaign for 12 area manager roles, and most of the applicants are current store managers. HR don't want these going through the ATS until the shortlist is agreed (there are sensitivities around people's current line managers seeing them).

Can GoodTime schedule interviews for people who aren't in the ATS at all? If not, what do other teams here do for internal moves?

Thanks,
Rachel

Rachel Kovacs
Head of Talent Acquisition – Corporate
Osprey Retail Group plc
Osprey House, 1 Trafford Wharf Road, Manchester M17 1EX
T: +44 (0)161 496 0700 | M: +44 (0)7700 900 155

""" + DISC_EN
add('u-en-internal-moves', 'question', 'forward_support', 'none', 'en',
    'outlook-mixed;qp;att-winmail;long-signature;legal-disclaimer', 'candidates not in ATS; resembles ats-integration',
    build(hdrs(RACHEL, 'Internal moves – can GoodTime handle them?', d, extra=[('X-MS-Has-Attach', 'yes')]),
          mixed([plain(t, 'windows-1252', 'quoted-printable'),
                 attach('application/ms-tnef', 'winmail.dat', winmail(2))])))

d = D('2026-03-05 12:02')
t = """Hi,

quick one – can goodtime send reminders by text message rather than email? Most of our warehouse operative applicants at Warrington apply on their phones and half of them never look at email, we had 7 no shows out of 20 at Tuesday's assesment day. If it can do texts id love to know how to switch it on.

Thanks
Callum Reid
General Manager | Warrington Distribution Centre
Osprey Retail Group"""
add('u-en-sms', 'question', 'forward_support', 'none', 'en',
    'mac-outlook;multipart-alt;qp;typos', 'SMS reminders; resembles candidate-reminders',
    build(hdrs(CALLUM, 'text reminders for warehouse candidates', d, 'macoutlook'),
          multipart('alternative', [plain(t), text('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div style="font-family:Aptos,Arial,Helvetica,sans-serif;font-size:12pt">' +
                                                   ''.join('<div>%s</div>' % (esc(l) if l else '<br>') for l in t.split('\n')) + '</div></body></html>', 'html')],
                    boundary('outlook'))))

d = D('2026-04-01 17:55', '+0100')
t = """where do i write up my feedback after an interview - in goodtime or somewhere else? nobody told me and ive got 3 to do from today

mark"""
add('u-en-feedback', 'question', 'forward_support', 'none', 'en',
    'apple-plain;7bit;terse;lowercase', 'where to write interview feedback; resembles debrief',
    build(hdrs(MARK, 'where do i put feedback', d, 'apple'), plain(t, 'us-ascii', '7bit', quote_cs=False)))

d = D('2026-03-18 16:20')
t = """Hi,

IT Security are rolling Okta out to all head office applications before the end of Q2 and have asked me whether GoodTime can sit behind it (SAML) so people stop using separate passwords. I've looked through what we have internally and can't find anything on it.

Does anyone on the project team know whether GoodTime supports SSO, and who set up the current login method when we went live?

Thanks
Sanjay

Sanjay Mistry
Recruitment Systems Administrator | People Technology
Osprey Retail Group plc | Osprey House, Manchester
Ext. 4418"""
add('u-en-sso', 'question', 'forward_support', 'none', 'en',
    'outlook-plain;qp;received-chain;dkim;arc;auth-results', 'SSO/Okta',
    build(hdrs(SANJAY, 'SSO for GoodTime logins', d, recv=7, dk=True, arc=True, auth=True),
          plain(t, 'us-ascii', 'quoted-printable')))

d = D('2026-04-22 11:17', '+0100')
t = """Hi,

We're recruiting for the new Cardiff Queen Street store and a few candidates have asked for their interview details in Welsh. Under our Welsh language commitments we should really be offering that anyway.

Can the confirmation and invite emails GoodTime sends go out in Welsh, or bilingually (Welsh and English)? And if so, who would set that up?

Diolch,
Rhian

Rhian Evans
Recruitment Coordinator – Wales & South West"""
add('u-en-welsh', 'question', 'forward_support', 'none', 'en',
    'outlook-multipart-alt;qp', 'Welsh-language candidate e-mails; resembles candidate-itinerary',
    build(hdrs(P('Rhian Evans', 'rhian.evans'), 'Bilingual candidate emails (Welsh)', d), outlook_alt(t)))

d = D('2026-02-05 14:27', '+0100')
t = """Hallo,

einige unserer Filialleitungen tun sich mit der englischen Oberfläche von GoodTime ziemlich schwer. Kann man GoodTime für einzelne Nutzer auf Deutsch umstellen? In meinen eigenen Einstellungen habe ich dazu nichts gefunden.

Danke!
Katrin Vogel
HR Generalistin | Osprey Retail Deutschland GmbH"""
add('u-de-ui-language', 'question', 'forward_support', 'none', 'de',
    'outlook-multipart-alt;qp;ew-q-utf8', 'German user interface',
    build(hdrs(addr('Vogel, Katrin', 'katrin.vogel@ospreyretail.com'), ewQ('Oberfläche auf Deutsch – möglich?'), d, lang='de-DE'),
          outlook_alt(t, 'DE')))

d = D('2026-01-21 11:36', '+0100')
t = """Bonjour,

Notre DPO met à jour le registre des traitements pour le site de Bordeaux et me demande où sont hébergées les données des candidats gérées dans GoodTime (UE ou hors UE ?), ainsi que la durée de conservation après la fin d'un processus de recrutement.

Auriez-vous ces éléments, ou faut-il que je m'adresse à quelqu'un d'autre ?

Cordialement,

%%SIG%%
Aurélien Bérard
Administrateur SIRH
Osprey Retail France SAS – 12 quai des Chartrons, 33000 Bordeaux

""" + DISC_FR + """
%%/SIG%%"""
add('u-fr-gdpr', 'question', 'forward_support', 'none', 'fr',
    'outlook-html-only;qp;cp1252;ew-q-latin1;legal-disclaimer', 'data hosting and retention',
    build(hdrs(addr(ewQ('Bérard, Aurélien', 'iso-8859-1'), 'aurelien.berard@ospreyretail.com'),
               ewQ('Hébergement des données candidats GoodTime (RGPD)', 'iso-8859-1'), d, lang='fr-FR'),
          outlook_htmlonly(t, 'FR')))


# =====================================================================
# BUGS
# =====================================================================
d = D('2026-02-24 09:48')
t = """Hi,

Sorry, quick one – I rescheduled Daniel Okafor's second interview (Senior iOS Developer) yesterday from 9:00 to 10:00 on Friday. The calendar invites for the interviewers all moved to 10:00 fine, but the confirmation email Daniel got still says 9:00. Screenshot of what he forwarded me is attached. I did the change in GoodTime, not in Outlook.

I've messaged Daniel directly so he knows it's 10:00, so nothing urgent, but I'm worried it's happening to other candidates too.

Thanks,
Aisha

%%SIG%%
Aisha Khan
Technical Recruiter | Talent Acquisition – Technology
Osprey Retail Group plc
%%/SIG%%"""
add('b-en-wrong-time-conf', 'bug', 'forward_support', '', 'en',
    'outlook-multipart-mixed;multipart-alt;qp;att-png;misleading-subject', 'confirmation shows old time after reschedule',
    build(hdrs(AISHA, 'quick question', d, extra=[('X-MS-Has-Attach', 'yes')]),
          mixed([outlook_alt(t), attach('image/png', 'image001.png', png(260, 120, 21))])))

d = D('2026-04-02 13:12', '+0100')
t = """Hi,

Since the clocks went forward on Sunday, candidates for the Porto roles are being shown self-scheduling slots an hour later than what actually gets booked. Example: Miguel picked 11:00 on his booking page (Lisbon time), the interview landed in the interviewers' calendars at 10:00 Lisbon, and his confirmation email then said 11:00 again. Two candidates have turned up an hour late this week because of it.

Interviewer time zones are all set to Europe/Lisbon or Europe/London as they should be – I've been through each of them. It was all fine before 29 March.

Can someone look into it? Next batch of Porto interviews is Tuesday.

Emma

Emma Sutcliffe
Recruitment Coordinator – Europe
Osprey Retail Group"""
add('b-en-dst', 'bug', 'forward_support', '', 'en',
    'apple-multipart-alt;qp;received-chain', 'slots one hour out after DST; resembles time-zones',
    build(hdrs(P('Emma Sutcliffe', 'emma.sutcliffe'), 'Porto candidates seeing times an hour out', d, 'apple', recv=7),
          apple_alt(t)))

d = D('2026-03-11 11:30')
t = """Thanks Dan, I'll let her know the train ticket gets reimbursed.

Also flagging to the help line (cc'd): the last three interviews I booked in GoodTime for the data team went out with no Zoom link at all – nothing on the interviewer invites and nothing on the candidate confirmation. The template is set to Zoom and it worked fine last week. I've added links by hand for now and the interviews aren't until next week, so not on fire, but something's off.

Olu

On 11 Mar 2026, at 10:44, Dan Whittaker <dan.whittaker@ospreyretail.com> wrote:

> Hi Olu,
>
> Yes, we reimburse standard-class rail for final-round candidates. She just
> needs to send the receipt to recruitment.expenses@ospreyretail.com with the
> role and interview date.
>
> Dan
"""
add('b-en-zoom-missing', 'bug', 'forward_support', '', 'en',
    'mac-outlook;plain;qp;reply-gt-quotes;quoted-unrelated', 'video links not generated',
    build(hdrs(OLU, 'Re: Candidate travel expenses - Leeds', d, 'macoutlook', to=DAN, cc=TO_HELP, inreply=mid('outlook')),
          plain(t, 'utf-8', 'quoted-printable')))

d = D('2026-03-11 08:05')
t = """Hi team,

Since Monday morning GoodTime has been treating every interviewer in the Hamburg office as completely free – none of their Outlook meetings are being picked up. That's roughly 60 people across IT, Buying and the Hamburg stores. We've had at least nine double bookings this week, and the Hamburg coordinators are now checking every calendar by hand before sending anything, which isn't sustainable.

What I've checked so far:
- Manchester, Barcelona, Bordeaux and Porto users look fine.
- Hamburg users haven't changed passwords, and their calendar connection shows as connected in GoodTime.
- The Hamburg mailboxes were moved to a new Exchange Online region at the weekend (IT change CHG0031877). That's the only change I know of.

This needs to go to GoodTime Support as a priority, and I think our CSM should know about it too given how many people it affects.

Sanjay

""" + sig_en('Sanjay Mistry', 'Recruitment Systems Administrator | People Technology', tel='+44 (0)161 496 0418')
add('b-en-hamburg-sync', 'bug', 'forward_support+flag_csm', '', 'en',
    'outlook-html-only;qp;cp1252;long-signature;legal-disclaimer;received-chain;dkim;arc;auth-results', 'whole office calendars not read, high impact',
    build(hdrs(SANJAY, 'All Hamburg interviewers showing as free – double bookings', d, recv=8, dk=True, arc=True, auth=True),
          outlook_htmlonly(t)))

d = D('2026-02-17 10:42')
t = """Hi,

I need to flag something quite serious. A graduate candidate, Ellie Thompson, has just emailed me a copy of her interview confirmation from GoodTime – but the email has another candidate's name, mobile number and a link to his CV in it, alongside her own date and time. Screenshot attached (I've blurred the other person's details).

I don't know how many other confirmations sent this morning are affected. We sent about 30 for the Retail Management scheme between 8 and 10am. I've stopped sending any more for now.

This looks like a data protection issue, so I've also let our DPO know. Please can this go to GoodTime straight away.

Priya

""" + sig_en('Priya Raman', 'Graduate Recruitment Coordinator | Early Careers', tel='+44 (0)161 496 0745')
add('b-en-data-leak', 'bug', 'forward_support+flag_csm', '', 'en',
    'outlook-multipart-mixed;multipart-alt;qp;att-png;legal-disclaimer;long-signature', 'other candidate data in confirmation, security',
    build(hdrs(PRIYA, 'Candidate received someone else\'s interview details', d, xprio=True, extra=[('X-MS-Has-Attach', 'yes')]),
          mixed([outlook_alt(t), attach('image/png', 'confirmation_redacted.png', png(300, 160, 31))])))

d = D('2026-03-16 09:12')
t = """Hi,

The "Something went wrong, please try again" error on the interviewer availability page is back as of this morning. This is the THIRD time: we reported it in January (GoodTime ticket #48213) and again in February (#49902), and both times it was fixed and then came back within a couple of weeks.

It's affecting all six of us in the graduate team. We can't see interviewer availability for any of the scheme roles, so nothing can be scheduled from GoodTime at all, and we're working from Outlook free/busy, which rather defeats the point.

Nothing booked for today is blocked, but we have 140 first interviews to get out before Easter. Please get this back to GoodTime.

Jess

Jess Morley
Senior Recruitment Coordinator | Graduate & Early Careers
Osprey Retail Group plc"""
subj = ('Availability page "Something went wrong" error is BACK - third time this year,\n'
        ' whole graduate team affected (ref #48213 / #49902)')
add('b-en-recurring-error', 'bug', 'forward_support+flag_csm', '', 'en',
    'outlook-plain;7bit;folded-subject;angry-caps', 'recurring after two reports, whole team',
    build(hdrs(P('Jess Morley', 'jess.morley'), subj, d), plain(t, 'us-ascii', '7bit')))

d = D('2026-03-19 14:40')
t = """Hi,

Every time I try to book Boardroom 3 (Osprey House, 5th floor) for an onsite interview in GoodTime I get "Room booking failed: resource unavailable", even though the room is completely free in Outlook for those slots - I've checked next Tuesday and Wednesday. Other rooms on the 5th floor book fine. Screenshot of the error should be attached.

The interviews aren't until next week so I've put them in Meeting Room 5.2 for now.

Thanks
Kerry

Kerry Lomas | Events & Facilities Coordinator | Osprey House
T: +44 (0)161 496 0790"""
add('b-en-room-fail', 'bug', 'forward_support', '', 'en',
    'outlook-mixed;qp;att-winmail', 'room free but booking fails',
    build(hdrs(KERRY, 'Room booking error - Boardroom 3', d, extra=[('X-MS-Has-Attach', 'yes')]),
          mixed([plain(t, 'us-ascii', 'quoted-printable'), attach('application/ms-tnef', 'winmail.dat', winmail(3))])))

d = D('2026-04-07 08:20', '+0100')
t = """Hi,

Pulling numbers for the monthly TA report and the GoodTime scheduling dashboard shows 0 interviews scheduled for the Technology team in March – that's obviously wrong, we did well over 120. February looks normal, and the other teams' March figures look plausible. Filters are the same as last month (Department = Technology, date range 1–31 March).

Not urgent-urgent, but I need the numbers for the exec pack by Friday. Can someone take a look?

Thanks,
Rachel"""
add('b-en-report-zero', 'bug', 'forward_support', '', 'en',
    'outlook-multipart-alt;base64-utf8', 'dashboard shows zero; resembles reporting-dashboards',
    build(hdrs(RACHEL, 'Dashboard showing zero interviews for March', d), outlook_alt(t, cte='base64')))

d = D('2026-03-26 08:31')
t = """Forwarding this one – I've had three candidates say the same thing this week. Looks like the day-before reminder is going out twice, about a minute apart.

Hannah

Begin forwarded message:

From: Kieran Walsh <kieranwalsh.2003@outlook.com>
Subject: Duplicate emails?
Date: 25 March 2026 at 19:03:11 GMT
To: Hannah Whitfield <hannah.whitfield@ospreyretail.com>

Hi Hannah,

Just to check – I got two reminder emails for my interview tomorrow at 11 (both identical). Is it definitely just the one interview? Don't want to miss anything!

Thanks,
Kieran"""
add('b-en-double-reminder', 'bug', 'forward_support', '', 'en',
    'apple-multipart-alt;qp;forward-apple', 'reminders sent twice; resembles candidate-reminders',
    build(hdrs(HANNAH, 'Fwd: Duplicate emails?', d, 'apple'), apple_alt(t)))

d = D('2026-03-13 21:18')
t = """Hi

Ive now done both my reverse shadow interviews for the store manager interview (one on the 3rd and one on the 10th, both with Gareth watching) but GoodTime still shows me as 0 of 2 and im still not being put forward as a full interviewer. Gareth says he signed off both. Is something stuck?

Dawn

Get Outlook for iOS"""
add('b-en-training-stuck', 'bug', 'forward_support', '', 'en',
    'ios-outlook;plain;7bit;typos;mobile-sig-en', 'trainee progress not updating; resembles interviewer-training',
    build(hdrs(DAWN, 'shadowing not counting', d, 'android', msgid=mid('outlook'),
               extra=[('X-Mailer', 'Outlook for iOS')]),
          plain(t, 'us-ascii', '7bit')))

d = D('2026-02-26 10:03', '+0100')
t = """Ein neuer Vorfall wurde über das Osprey Service Portal erstellt.

Vorfallnummer:   INC0107734
Kategorie:       Anwendungen > GoodTime
Gemeldet von:    Tim Hoffmann (tim.hoffmann@ospreyretail.com)
Standort:        Hamburg – Großer Burstah
Dringlichkeit:   3 – Mittel
Erstellt am:     26.02.2026 10:02

Kurzbeschreibung:
Self-Scheduling-Link führt auf Fehlerseite

Beschreibung:
Seit gestern bekommen Kandidaten, die in unserer Einladung auf den Self-Scheduling-Link klicken, nur eine Seite mit „404 – Diese Seite existiert nicht“. Betrifft mindestens drei Kandidaten für die Stelle Senior Java Developer (Hamburg), Links wurden am 24.02. verschickt. Neu verschickte Links gehen auch nicht. Die Gespräche sind erst für nächste Woche geplant.

--
Diese E-Mail wurde automatisch generiert. Bitte nicht auf diese E-Mail antworten.
Osprey Service Portal – https://ospreyretail.service-now.com/sp"""
add('b-de-form-404', 'bug', 'forward_support|needs_review', '', 'de',
    'form-mailer;auto-submitted;x-auto-response-suppress;no-message-id;qp;ew-q-utf8', 'ticket-portal robot, self-scheduling link 404',
    build(hdrs('Osprey Service Portal <noreply-servicedesk@ospreyretail.com>',
               ewQ('[INC0107734] Neuer Vorfall: GoodTime – Fehler melden'), d, 'form', msgid=None,
               extra=[('Reply-To', 'Tim Hoffmann <tim.hoffmann@ospreyretail.com>'), ('Auto-Submitted', 'auto-generated'),
                      ('X-Auto-Response-Suppress', 'All')]),
          plain(t, 'UTF-8', 'quoted-printable')))

d = D('2026-04-16 10:07', '+0200')
t = """Hola,

Desde el martes, cuando abro una entrevista ya programada en GoodTime (desde la ficha del candidato), la página se queda en blanco: solo sale la barra de arriba y nada más. Me pasa con Chrome y con Edge, y a Marta también. Si abro la lista de entrevistas sí carga; es solo al entrar en una concreta.

Os pego la captura abajo. De momento lo vamos sorteando, pero así no podemos reprogramar nada.

Gracias,
Carmen

%%SIG%%
Carmen Ruiz
Responsable de Selección · Barcelona
Osprey Retail España S.L.
%%/SIG%%"""
hb = outlook_html(t, 'ES').replace('Os pego la captura abajo.', 'Os pego la captura abajo.</p>\n<p class="MsoNormal"><img width="420" height="180" style="width:4.375in;height:1.875in" id="Imagen_x0020_1" src="cid:image001.png@01DCAD1E.5B2F8A40"><o:p></o:p>', 1)
rel = multipart('related', [text(hb, 'html', 'windows-1252', 'quoted-printable'),
                            ([('Content-Type', 'image/png; name="image001.png"'), ('Content-Description', 'image001.png'),
                              ('Content-Disposition', 'inline; filename="image001.png"; size=%d' % len(png(210, 90, 41))),
                              ('Content-ID', '<image001.png@01DCAD1E.5B2F8A40>'), ('Content-Transfer-Encoding', 'base64')],
                             b64(png(210, 90, 41)))], boundary('outlook'), ' type="text/html";')
add('b-es-blank-page', 'bug', 'forward_support', '', 'es',
    'outlook-html;multipart-related;inline-png;qp;cp1252', 'interview page blank',
    build(hdrs(addr('Ruiz, Carmen', 'carmen.ruiz@ospreyretail.com'), 'La ficha de la entrevista se queda en blanco', d, lang='es-ES',
               extra=[('X-MS-Has-Attach', 'yes')]), rel))

d = D('2026-03-25 19:40', '+0100')
t = """Bonjour,

On a changé la salle de l'entretien de demain matin via GoodTime (passage de la salle Garonne à la salle Dordogne, la Garonne est en travaux). Les invitations des interviewers ont bien la nouvelle salle, mais le récap renvoyé à la candidate indique toujours Garonne. Je l'ai renvoyé deux fois, même résultat.

Je l'ai prévenue par téléphone donc pas de panique, mais ce n'est pas normal.

Sophie

Envoyé de mon iPhone"""
add('b-fr-wrong-room', 'bug', 'forward_support', '', 'fr',
    'iphone-plain;qp;mobile-sig-fr;ew-q-utf8', 'itinerary shows old room; resembles candidate-itinerary',
    build(hdrs('Sophie Lambert <sophie.lambert@ospreyretail.com>', ewQ('Mauvaise salle dans le récap candidat'), d, 'iphone'),
          plain(t, 'utf-8', 'quoted-printable', quote_cs=False)))

d = D('2026-03-04 16:33')
t = """Olá,

Desde segunda-feira, os candidatos que passo para a fase "Entrevista técnica" no ATS não aparecem no GoodTime. Já esperei mais de um dia, fiz refresh, e confirmei que estão na vaga e na fase certas. São 6 candidatos, todos das vagas de Data (ex.: ID de candidato 884213, vaga REQ-2291). Os candidatos das outras vagas continuam a aparecer normalmente.

Nada urgente para hoje, mas não consigo marcar entrevistas para estas pessoas.

Obrigada
Beatriz

%%SIG%%
Beatriz Sousa
Recrutadora Tech | Talent Acquisition
Osprey Retail Portugal, Unipessoal Lda.
Rua de Sá da Bandeira 481, 4000-436 Porto
Tel.: +351 22 000 3185
%%/SIG%%"""
add('b-pt-ats-sync', 'bug', 'forward_support', '', 'pt',
    'outlook-multipart-alt;base64-utf8;long-signature;ew-b-utf8', 'ATS candidates not syncing; resembles ats-integration',
    build(hdrs(addr('Sousa, Beatriz', 'beatriz.sousa@ospreyretail.com'), ewB('Candidatos não passam do ATS para o GoodTime'), d, lang='pt-PT'),
          outlook_alt(t, 'PT', cte='base64')))


# =====================================================================
# SCHEDULING BLOCKERS
# =====================================================================
d = D('2026-03-03 10:24')
t = """Hi - candidate for the Head of Logistics role (Sam Patel) is sat in reception at Osprey House for a 10:30 interview. GoodTime shows it as scheduled with Mark Denholm but Mark says he never got an invite and he's in Leeds today. It's 10:24. Who else can take it, or how do I get someone on a call with him right now??

Fiona

Sent from my iPhone"""
add('k-en-lobby', 'scheduling_blocker', 'forward_support', '', 'en',
    'iphone-plain;qp;mobile-sig-en', 'candidate in reception, interviewer never invited',
    build(hdrs(FIONA, 'Candidate in reception NOW - no interviewer', d, 'iphone'),
          plain(t, 'utf-8', 'quoted-printable', quote_cs=False)))

d = D('2026-02-12 13:45')
t = """Panel for the Staff Engineer candidate starts at 14:00 (15 mins from now) and the GoodTime invite for all four of us and the candidate has no Teams link on it - location just says "Video". Candidate has already emailed asking how to join.

Can someone generate a link or tell me the quickest fix? I could send a link from my own calendar but then GoodTime won't match.

Ben"""
add('k-en-panel-nolink', 'scheduling_blocker', 'forward_support', '', 'en',
    'outlook-plain;qp;x-priority', 'panel in 15 minutes, no video link',
    build(hdrs(BEN, 'URGENT - panel in 15 mins, no Teams link', d, xprio=True), plain(t, 'us-ascii', 'quoted-printable')))

d = D('2026-02-04 13:36')
t = """interviewer for the 2pm grad interview (callum) just called in sick, its 1.35. swap button is greyed out and gt wont let me pick anyone else from the pool. candidate already on her way in. help

Get Outlook for Android"""
add('k-en-swap-now', 'scheduling_blocker', 'forward_support', '', 'en',
    'android-outlook;plain-7bit;terse;typos;mobile-sig-en', 'interviewer sick, 25 minutes to go',
    build(hdrs(TOM, 'swap interviewer NOW', d, 'android', msgid=mid('android')), plain(t, 'us-ascii', '7bit')))

d = D('2026-04-09 14:50', '+0100')
rows = [('Name', 'Chloe Barnes'), ('Email', 'chloe.barnes95@gmail.con'), ('Phone', '07700 900 611'),
        ('Job reference', 'OSP-ST-11872 Assistant Store Manager - Liverpool ONE'), ('Enquiry type', 'My interview'),
        ('Message', 'Hi, my video interview is at 3pm today (in 10 mins) and when I click the link in my confirmation email it says "This meeting has ended". I have tried twice and restarted my laptop. I don\'t have a phone number for anyone. Please can someone help or send a new link?? Thank you'),
        ('Consent', 'I agree to the Osprey candidate privacy notice'), ('Submitted', '09/04/2026 14:49:52 BST'), ('Form', 'careers-contact-v3')]
h = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>Careers enquiry</title></head>'
     '<body style="font-family:Arial,sans-serif;font-size:14px;color:#222">'
     '<p>A new enquiry has been submitted via <a href="https://careers.ospreyretail.com">careers.ospreyretail.com</a>.</p>'
     '<table cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#ddd">' +
     ''.join('<tr><td style="background:#f3f3f3;font-weight:bold;width:160px">%s</td><td>%s</td></tr>' % (esc(a), esc(b)) for a, b in rows) +
     '</table><p style="color:#888;font-size:11px">This message was generated automatically by the Osprey Careers website (routing rule: "interview" &rarr; gt-helpline). '
     'Do not reply to this address.</p></body></html>')
add('k-en-careers-form', 'scheduling_blocker', 'forward_support|needs_review', '', 'en',
    'form-mailer;careers-site;html-only;qp;auto-submitted;msgid-no-brackets', 'candidate via careers web form, link says meeting ended',
    build(hdrs('Osprey Careers <careers-noreply@ospreyretail.com>', 'Careers site enquiry: My interview - ref CS-20260409-0193', d, 'form',
               msgid='20260409134952.CS-20260409-0193@careers.ospreyretail.com',
               extra=[('Reply-To', 'Chloe Barnes <chloe.barnes95@gmail.con>'), ('Auto-Submitted', 'auto-generated'),
                      ('X-Auto-Response-Suppress', 'All'), ('X-Mailer', 'PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)')]),
          text(h, 'html', 'utf-8', 'quoted-printable')))

d = D('2026-03-26 11:05')
t = """Hi,

Marcus (our CFO) has a final-round interview at 11:30 with the Group Financial Controller candidate – that's in 25 minutes. The interview has disappeared from his Outlook calendar this morning, and although GoodTime still shows it as scheduled, the Teams link on the candidate's confirmation gives an error ("We couldn't find this meeting").

The candidate is external and very senior, so we really can't keep her waiting. Can someone help me get a working link to both of them asap?

Many thanks,
Lucy

%%SIG%%
Lucy Brennan
PA to the Chief Financial Officer
Osprey Retail Group plc | Osprey House, Manchester
T: +44 (0)161 496 0611
%%/SIG%%"""
add('k-en-cfo', 'scheduling_blocker', 'forward_support', '', 'en',
    'outlook-html-only;qp;cp1252;long-signature', 'CFO interview in 25 minutes, event vanished',
    build(hdrs(LUCY, 'Marcus\'s 11:30 final interview – invite gone from his calendar', d), outlook_htmlonly(t)))

d = D('2026-04-15 12:58', '+0100')
t = """I've got the candidate (Marek Nowak, Platform Engineer) on the phone right now agreeing a new time for this afternoon's interview, because the hiring manager can't make 15:00 any more. Every time I hit save on the reschedule in GoodTime I get "Unable to update event (error 409)". Screenshot attached. Tried three times.

Can someone help quickly? I need to confirm a time before he hangs up.

Aisha"""
add('k-en-reschedule-409', 'scheduling_blocker', 'forward_support', '', 'en',
    'outlook-multipart-mixed;multipart-alt;qp;att-png', 'reschedule error with candidate on the phone',
    build(hdrs(AISHA, 'Reschedule won\'t save - candidate on hold', d, extra=[('X-MS-Has-Attach', 'yes')]),
          mixed([outlook_alt(t), attach('image/png', 'Screenshot 2026-04-15 125702.png', png(240, 100, 51))])))

d = D('2026-03-18 07:52')
t = """Morning – we've got 24 candidates arriving for the Retail Management assessment centre at 9:00 at Osprey House. Their individual schedules (which room, which assessor, what time) were meant to go out last night and they're all still sitting on "Sending" in GoodTime. The assessors haven't had their invites either. Candidates are already on trains.

Is there a way to force these out in the next half hour? Otherwise we'll be printing timetables by hand.

Jess"""
add('k-en-ac-stuck', 'scheduling_blocker', 'forward_support', '', 'en',
    'outlook-multipart-alt;qp;received-chain;dkim;auth-results;early-morning', 'assessment centre in an hour, itineraries stuck',
    build(hdrs(P('Jess Morley', 'jess.morley'), 'Assessment centre 9am - schedules stuck on \'Sending\'', d, recv=8, dk=True, auth=True, xprio=True),
          outlook_alt(t)))

d = D('2026-04-20 15:05', '+0100')
t = """Im sat in the interview room at warrington DC with the candidate for the shift manager role, we started 5 mins ago. Lars from Hamburg is meant to be on the Teams call but his invite shows 17:00 his time instead of 16:00 so hes in another meeting. can someone fix his invite or tell me how to get him in right now

Callum

Sent from my iPhone"""
add('k-en-dc-missing-panelist', 'scheduling_blocker', 'forward_support', '', 'en',
    'iphone-plain;7bit;typos;mobile-sig-en', 'interview running, remote panelist invited at wrong time',
    build(hdrs(CALLUM, 'interview going on now - hamburg guy not on call', d, 'iphone'), plain(t, 'us-ascii', '7bit', quote_cs=False)))

d = D('2026-02-27 10:06')
t = """THE CANDIDATE IS SITTING IN THE ZOOM WAITING ROOM AND NONE OF US CAN GET IN. The link on our invites is the OLD one from before Sarah rescheduled it yesterday and the candidate has the new one. Interview was meant to start at 10. WHICH LINK IS RIGHT AND HOW DO WE GET IN.

Mark Denholm
Store Operations Director - Yorkshire"""
add('k-en-caps-zoom', 'scheduling_blocker', 'forward_support', '', 'en',
    'outlook-plain;7bit;angry-caps', 'candidate waiting, stale link',
    build(hdrs(MARK, 'CANDIDATE ON ZOOM AND NOBODY CAN GET IN', d), plain(t, 'us-ascii', '7bit')))

d = D('2026-04-23 13:51', '+0200')
t = """Hallo,

Bewerberin für die Filialleitung Altona sitzt schon am Empfang Großer Burstah, das Gespräch ist um 14:00. Laut GoodTime ist Raum „Alster“ gebucht, da sitzt aber gerade ein Lieferanten-Meeting drin, das auch gebucht ist. GoodTime zeigt mir keinen anderen freien Raum an. Was machen wir jetzt? Kann mir jemand schnell helfen, einen Raum umzubuchen?

Jana

Von meinem iPhone gesendet"""
add('k-de-room-double', 'scheduling_blocker', 'forward_support', '', 'de',
    'iphone-plain;qp;raw-utf8-subject;mobile-sig-de', 'candidate at reception, room double-booked',
    build(hdrs('Jana Petersen <jana.petersen@ospreyretail.com>', 'Raum doppelt belegt – Gespräch in 10 Min!', d, 'iphone', raw=True),
          plain(t, 'utf-8', 'quoted-printable', quote_cs=False)))

d = D('2026-03-31 17:05', '+0200')
t = """Hola,

Tengo ahora mismo (17:00) una entrevista con un candidato a encargado de la tienda de La Maquinista. Él ya está dentro de la videollamada esperando, pero en mi invitación de GoodTime no hay ningún enlace, solo pone «Entrevista – vídeo». ¿Me podéis pasar el enlace o decirme cómo entro? Lleva ya cinco minutos esperando.

Javier Ortega
Director de Operaciones de Tiendas – Cataluña"""
add('k-es-waiting', 'scheduling_blocker', 'forward_support', '', 'es',
    'outlook-multipart-alt;qp;ew-q-latin1', 'candidate waiting in video call, no link',
    build(hdrs(addr('Ortega, Javier', 'javier.ortega@ospreyretail.com'), ewQ('El candidato está esperando en la videollamada', 'iso-8859-1'), d, lang='es-ES', xprio=True),
          outlook_alt(t, 'ES', 'iso-8859-1', 'windows-1252')))

d = D('2026-02-18 10:10')
t = """Bom dia,

Temos uma entrevista em painel às 10h30 (candidato a gerente da loja do NorteShopping) e acabei de perceber que nem eu, nem a Inês, nem o Rui recebemos o convite do GoodTime. O candidato recebeu a confirmação e já está a caminho. No GoodTime aparece como agendada.

Como é que fazemos para o convite nos chegar agora? Estamos a 20 minutos.

João Magalhães
Diretor de Operações de Loja – Norte"""
add('k-pt-panel-invite', 'scheduling_blocker', 'forward_support', '', 'pt',
    'outlook-html-only;qp;cp1252;ew-b-utf8', 'panel in 20 minutes, no interviewer invites',
    build(hdrs(addr(ewB('Magalhães, João'), 'joao.magalhaes@ospreyretail.com'), ewB('Entrevista daqui a 20 minutos – painel sem convite'), d, lang='pt-PT'),
          outlook_htmlonly(t, 'PT')))


# =====================================================================
# FEATURE REQUESTS
# =====================================================================
d = D('2026-01-14 16:12')
t = """Hi all,

Putting URGENT on this because honestly it's the single biggest thing that would help store recruitment this year.

Could GoodTime send interview confirmations and reminders over WhatsApp? Our store and warehouse applicants basically live on WhatsApp and ignore email. Store managers already end up WhatsApp-ing candidates from their personal phones, which is a GDPR headache waiting to happen.

If it's not possible now, can we get it onto GoodTime's roadmap?

Neil Fairbrother
Head of Store Recruitment
Osprey Retail Group plc"""
add('f-en-whatsapp', 'feature_request', 'product_board_reply', '', 'en',
    'outlook-multipart-alt;qp;misleading-subject', 'URGENT subject over a wish',
    build(hdrs(NEIL, 'URGENT!! WhatsApp for candidate comms', d, xprio=True), outlook_alt(t)))

d = D('2026-02-03 12:30')
t = """Hi team,

First of all, thank you for all the help getting us set up – the graduate team are a lot happier than they were this time last year!

Some context: we run about 12 assessment centres a year for the graduate schemes, each with 20–30 candidates rotating through four or five exercises with different assessors. At the moment we build each candidate's day individually in GoodTime, which for 30 candidates is a full day's work for one coordinator, and if an assessor drops out we redo a chunk of them by hand.

What would be brilliant is a way to set up the whole assessment centre once – exercises, assessors, rooms, rotation – and have GoodTime create all the individual schedules in one go, rather than one candidate at a time. Something like a "group event" mode.

Could this be passed on to GoodTime as a suggestion? I'm happy to talk them through how we run the day.

Rebecca

""" + sig_en('Rebecca Holt', 'Early Careers Manager', tel='+44 (0)161 496 0730')
add('f-en-bulk-ac', 'feature_request', 'product_board_reply', '', 'en',
    'outlook-html-only;qp;cp1252;rambling;long-signature;legal-disclaimer', 'bulk scheduling for assessment centres',
    build(hdrs(P('Rebecca Holt', 'rebecca.holt'), 'Idea: bulk scheduling for assessment centres', d), outlook_htmlonly(t)))

d = D('2026-03-27 16:48')
t = """Hi,

Small suggestion for GoodTime: when we send a self-scheduling link for first interviews, it would be great if the candidate could choose whether they come in to Osprey House or do it over Teams, and GoodTime then books a room only for the in-person ones. At the moment I either send two different links or ask them first, which adds a day.

Not urgent at all, just something that would save a lot of back and forth.

Siobhan"""
add('f-en-choose-format', 'feature_request', 'product_board_reply', '', 'en',
    'apple-multipart-alt;qp', 'candidate chooses video or onsite; resembles self-scheduling-link',
    build(hdrs(SIOBHAN, 'Suggestion – let candidates choose video or in person', d, 'apple'), apple_alt(t)))

d = D('2026-03-09 10:02')
t = """Thanks Rebecca, slides look great.

Help line – an idea while I think of it: could GoodTime post a message into a Teams channel when an interviewer declines? At the moment I only find out when I go and look at the interview, and a couple of times this month it was the same morning. A Teams (or even Slack) alert to the coordinators' channel would let us replace people much faster.

Priya

On 9 Mar 2026, at 09:15, Rebecca Holt <rebecca.holt@ospreyretail.com> wrote:

> Hi Priya,
>
> Attached are the slides for Thursday's interviewer briefing. Could you add a slide on the new scoring guide before it goes out? Deadline is Wednesday midday.
>
> Thanks
> Rebecca"""
add('f-en-decline-alert', 'feature_request', 'product_board_reply', '', 'en',
    'apple-multipart-alt;qp;reply-on-wrote;quoted-unrelated;two-topics', 'Teams alert on decline; resembles interviewer-decline',
    build(hdrs(PRIYA, 'Re: Graduate scheme interviewer briefing - slides', d, 'apple',
               to='Rebecca Holt <rebecca.holt@ospreyretail.com>', cc=TO_HELP, inreply=mid('outlook')),
          apple_alt(t)))

d = D('2026-04-13 17:20', '+0100')
t = """Hi,

Every Monday I export the interviewer load report from GoodTime, tidy it up in Excel and email it to the heads of department so they can see who's carrying the interviewing. It would save me about an hour a week if GoodTime could simply email that report automatically on a schedule (weekly, to a list of people), roughly in the format of the attached PDF.

Can this go to GoodTime as a product idea?

Rachel"""
add('f-en-scheduled-report', 'feature_request', 'product_board_reply', '', 'en',
    'outlook-mixed;plain;qp;att-pdf', 'scheduled e-mail of load report; resembles reporting-dashboards',
    build(hdrs(RACHEL, 'Feature wish: scheduled interviewer-load report', d, extra=[('X-MS-Has-Attach', 'yes')]),
          mixed([plain(t, 'us-ascii', 'quoted-printable'),
                 attach('application/pdf', 'Interviewer load - w/c 6 April (mock-up).pdf'.replace('/', '-'),
                        pdf(['Interviewer load - week commencing 6 April 2026', 'Technology: 41 interviews / 18 interviewers',
                             'Buying: 12 / 7', 'Store Ops: 29 / 11', 'Top 5 interviewers by load ...']))])))

d = D('2026-02-20 11:49')
t = """Hi,

Every November and December GoodTime happily offers our store managers and ops directors as interviewers during the peak weeks – Black Friday, the run-up to Christmas, the Boxing Day sales – and they then decline everything. It would be really useful to be able to set blackout dates for a whole group of interviewers (e.g. everyone in stores) in one place, rather than relying on each person blocking out their own calendar.

Could this be raised with GoodTime as a product suggestion?

Thanks
Neil"""
subj = ('Request: organisation-wide blackout dates for peak trading (Black Friday, Christmas,\n'
        ' Boxing Day sales) so GoodTime stops offering store interviewers')
add('f-en-blackout', 'feature_request', 'product_board_reply', '', 'en',
    'outlook-multipart-alt;qp;folded-subject', 'blackout dates for interviewer groups',
    build(hdrs(NEIL, subj, d), outlook_alt(t)))

d = D('2026-03-30 18:22', '+0100')
t = """Thought for GoodTime - when it books me for in-person interviews in two different stores on the same day it doesn't leave any travel time. Last week I had Bolton at 10 and Warrington at 11. Would be good if it knew where the interviews are and left a gap for driving.

Gareth

Sent from my iPhone"""
add('f-en-travel-time', 'feature_request', 'product_board_reply', '', 'en',
    'iphone-plain;7bit;mobile-sig-en', 'travel time between stores',
    build(hdrs(GARETH, 'Travel time between stores', d, 'iphone'), plain(t, 'us-ascii', '7bit', quote_cs=False)))

d = D('2026-01-29 10:14')
t = """Hi,

We're trying to get better data on candidate experience across head office hiring. Would it be possible for GoodTime to send a short survey (3–4 questions) to candidates automatically after their final interview, and show the results next to the scheduling reports? Right now we use a separate tool and the response rate is poor because the survey arrives days later.

If that's not something GoodTime does, could we suggest it to them?

Zara

%%SIG%%
Zara Hussain
Candidate Experience Lead | Talent Acquisition
Osprey Retail Group plc
%%/SIG%%"""
add('f-en-survey', 'feature_request', 'product_board_reply', '', 'en',
    'outlook-html-only;qp;cp1252', 'post-interview candidate survey',
    build(hdrs(P('Zara Hussain', 'zara.hussain'), 'Candidate experience survey after interviews', d), outlook_htmlonly(t)))

d = D('2026-02-20 09:03')
t = """Thanks, that worked perfectly – swapped Chris for Anjali and the candidate got the updated itinerary.

One thought though: it would be great if interviewers could suggest an alternative slot when they decline, instead of just a flat no. Half the time they'd be free an hour later and we end up emailing back and forth. Is that something you could pass on to GoodTime?

Dan

-----Original Message-----
From: GoodTime Help Line <gt-helpline@ospreyretail.com>
Sent: 19 February 2026 15:22
To: Dan Whittaker <dan.whittaker@ospreyretail.com>
Subject: RE: Interviewer swap on the Data Engineer loop

Hi Dan,

Open the interview's scheduling page, click the interviewer you want to replace and pick someone else – because that session uses the Data Engineering pool, GoodTime will list who's free at the same time. Then resend the itinerary from the interview so the candidate has the new name.

Kind regards,
GoodTime Help Line
Internal GoodTime project team"""
add('f-en-propose-time', 'feature_request', 'product_board_reply', '', 'en',
    'outlook-multipart-alt;qp;reply-original-message;two-topics', 'thanks plus idea: propose new time on decline',
    build(hdrs(DAN, 'RE: Interviewer swap on the Data Engineer loop', d, inreply=mid('outlook')), outlook_alt(t)))

d = D('2026-02-09 12:44', '+0100')
t = """Hola,

Os propongo una mejora para GoodTime: que en el correo de confirmación de las entrevistas presenciales en tienda salga un enlace a Google Maps con la ubicación exacta y una indicación de por qué puerta entrar. En los centros comerciales los candidatos se pierden buscando la entrada de personal y llegan tarde. Ahora lo añado a mano en cada nota.

¿Se lo podéis hacer llegar a GoodTime?

Un saludo,
Sergio"""
add('f-es-maps', 'feature_request', 'product_board_reply', '', 'es',
    'gmail-multipart-alt;base64-utf8;ew-b-utf8', 'map link in confirmation',
    build(hdrs(addr('Sergio Navarro', 'sergio.navarro@ospreyretail.com'), ewB('Sugerencia: mapa de la tienda en la confirmación'), d, 'gmail'),
          gmail_alt(t, 'base64')))

d = D('2026-01-30 15:20', '+0100')
t = """Bonjour,

Une suggestion pour GoodTime : quand on recrute plusieurs vendeurs pour le même magasin, on organise souvent exactement le même entretien (mêmes interviewers, même salle, même durée) pour 5 ou 6 candidats d'affilée. Ce serait pratique de pouvoir « dupliquer » un entretien déjà programmé vers un autre candidat, au lieu de tout ressaisir.

Pourriez-vous transmettre l'idée ?

Merci,

%%SIG%%
Camille Lefèvre
Chargée de recrutement – Bordeaux
Osprey Retail France SAS
%%/SIG%%"""
add('f-fr-duplicate', 'feature_request', 'product_board_reply', '', 'fr',
    'outlook-html-only;qp;cp1252;raw-cp1252-subject', 'duplicate an interview to another candidate; resembles interview-templates',
    build(hdrs(addr(ewQ('Lefèvre, Camille', 'iso-8859-1'), 'camille.lefevre@ospreyretail.com'),
               'Idée : dupliquer un entretien pour un autre candidat'.encode('cp1252'), d, lang='fr-FR'),
          outlook_htmlonly(t, 'FR')))

d = D('2026-05-06 09:41', '+0100')
t = """Olá,

Uma sugestão para passarem ao GoodTime: o sistema devia conhecer os feriados portugueses, incluindo os municipais. No ano passado marcou-nos entrevistas no Porto para o dia 24 de junho (São João), com metade dos entrevistadores de folga e as lojas fechadas até tarde.

Seria ótimo poder associar um calendário de feriados a cada escritório ou loja, em vez de cada pessoa ter de bloquear o dia à mão.

Obrigado,
Gonçalo"""
add('f-pt-holidays', 'feature_request', 'product_board_reply', '', 'pt',
    'apple-multipart-alt;qp;raw-utf8-subject;raw-utf8-from', 'local holiday calendars',
    build(hdrs('Gonçalo Ribeiro <goncalo.ribeiro@ospreyretail.com>', 'Sugestão: feriados municipais no GoodTime', d, 'apple', raw=True),
          apple_alt(t)))


# =====================================================================
# ESCALATIONS
# =====================================================================
CLAIRE = P('Claire Dunmore', 'claire.dunmore')
d = D('2026-04-01 09:22', '+0100')
t = """Hi,

Between May and September we bring in eight seasonal coordinators for graduate and summer store hiring, and we'll also have around 30 new store operations interviewers who need GoodTime access. By my count we're already using 212 of our 220 seats.

Could you pick this up with GoodTime? We need to know whether we can add roughly 40 seats for the season (and what that costs pro rata), and how it fits with the renewal in June. I'd like this agreed before the end of April so the seasonal team can be set up in time.

Thanks,
Claire

""" + sig_en('Claire Dunmore', 'Talent Acquisition Operations Manager', tel='+44 (0)161 496 0702')
add('e-en-seats', 'escalation', 'flag_csm', '', 'en',
    'outlook-html-only;qp;cp1252;long-signature;legal-disclaimer', 'seasonal seats, renewal',
    build(hdrs(CLAIRE, 'Additional GoodTime licences for graduate season', d), outlook_htmlonly(t)))

d = D('2026-03-10 17:05')
t = """Hi,

From April our regional and store operations directors are taking over first and second interviews for all store manager roles (previously done by the central recruitment team). That's about 25 people who have never used GoodTime and who are mostly on the road.

We need proper training for this group rather than everyone working it out on their own – ideally a live session with someone from GoodTime, plus something short they can refer back to. I've attached a placeholder for our ops leadership call on 26 March (09:00–10:30) in case that works as a slot; otherwise let me know what GoodTime can offer.

Andrew Kaye
Director of Store Operations – UK
Osprey Retail Group plc"""
inv = ics('REQUEST', 'HOLD: GoodTime training – store operations directors', '20260326T090000', '20260326T103000',
          ('Andrew Kaye', 'andrew.kaye@ospreyretail.com'),
          [('GoodTime Help Line', HELP), ('Gareth Pryce', 'gareth.pryce@ospreyretail.com'), ('Dawn McAllister', 'dawn.mcallister@ospreyretail.com')],
          desc='Placeholder - ops leadership call slot\\, to be used for GoodTime training if possible.')
add('e-en-training', 'escalation', 'flag_csm', '', 'en',
    'outlook-multipart-mixed;multipart-alt;qp;att-ics;crlf', 'training for 25 new interviewers',
    build(hdrs(P('Andrew Kaye', 'andrew.kaye'), 'GoodTime training for 25 new store interviewers', d, extra=[('X-MS-Has-Attach', 'yes')]),
          mixed([outlook_alt(t), ([('Content-Type', 'text/calendar; charset="utf-8"; name="invite.ics"; method=REQUEST'),
                                   ('Content-Disposition', 'attachment; filename="invite.ics"'),
                                   ('Content-Transfer-Encoding', 'base64')], b64(inv.encode()))])), crlf=True)

d = D('2026-03-24 19:48')
t = """Hi all,

I'll be frank. Six months into GoodTime and I'm not sure we're getting what we were promised.

In the last quarter alone we've had the Hamburg calendar problem, the candidate confirmation mix-up in February, and the availability page error that the grad team has now reported three times. Each one gets a ticket and a fix, and then something else breaks. To be fair to Support, they're responsive, but that isn't really the point any more.

My recruiters are telling me they trust Outlook more than GoodTime, the store ops directors have started asking for the old process back, and the COO has asked me whether we should be looking at alternatives before the renewal.

I'd like a proper conversation with GoodTime's account team – not another support ticket – about what's going on, what they're doing about it and what our adoption actually looks like. Can you set that up within the next two weeks?

Martin

%%SIG%%
Martin Hale
Talent Acquisition Director
Osprey Retail Group plc
%%/SIG%%"""
add('e-en-complaint', 'escalation', 'flag_csm', '', 'en',
    'outlook-html-only;qp;cp1252;rambling;night', 'overall complaint, considering alternatives',
    build(hdrs(P('Martin Hale', 'martin.hale'), 'GoodTime – where are we?', d), outlook_htmlonly(t)))

d = D('2026-04-15 10:18', '+0100')
t = """Forwarding from Procurement – can the GoodTime side of this be picked up please? I'm not the right person to negotiate seat numbers or pricing and they need an answer by the 24th.

Claire

%%HR%%
From: Procurement – Indirect <procurement.indirect@ospreyretail.com>
Sent: 14 April 2026 16:12
To: Claire Dunmore <claire.dunmore@ospreyretail.com>
Subject: GoodTime renewal – contract end 30 June 2026
%%/HR%%

Hi Claire,

Our agreement with GoodTime ends on 30 June 2026. Their renewal quote is attached: it's a 9% uplift on the current per-seat price and assumes a three-year term. Before we go back to them we need from the business: expected seat numbers for 2026–27, any modules you want added or removed, and whether a one-year term would be acceptable.

We'd also like a call with GoodTime's account team before 24 April.

Kind regards,
Helen Marsh
Category Buyer – Technology & Services"""
add('e-en-renewal', 'escalation', 'flag_csm', '', 'en',
    'outlook-multipart-mixed;multipart-alt;qp;forward-outlook;att-pdf;ew-q-cp1252', 'contract renewal from procurement',
    build(hdrs(CLAIRE, ewQ('FW: GoodTime renewal – contract end 30 June 2026', 'windows-1252'), d, extra=[('X-MS-Has-Attach', 'yes')]),
          mixed([outlook_alt(t, plain_cs='windows-1252', html_cs='windows-1252'),
                 attach('application/pdf', 'GoodTime_Renewal_Quote_Osprey_2026.pdf',
                        pdf(['GoodTime - Renewal Quote', 'Customer: Osprey Retail Group plc', 'Term: 36 months from 1 July 2026',
                             'Seats: 220', 'Uplift: 9%', 'Valid until 31 May 2026']))])))

d = D('2026-04-28 14:30', '+0100')
t = """Hi,

For the 2027 graduate intake we're changing the process: instead of first-round phone interviews we'll have a recorded video exercise, then straight to assessment centres, then a short final with the business. It changes how (and how much) we use GoodTime quite a lot.

Before we rebuild templates and pools, I'd really like someone who knows how other GoodTime customers handle this kind of volume process to look at our plan and tell us the best way to set it up – and what to avoid. Could we get time with GoodTime on this, maybe in the next month? I've put a tentative hour in the attached invite.

Rebecca"""
inv = ics('REQUEST', 'GoodTime – graduate process redesign (tentative)', '20260512T140000', '20260512T150000',
          ('Rebecca Holt', 'rebecca.holt@ospreyretail.com'), [('GoodTime Help Line', HELP)])
add('e-en-process', 'escalation', 'flag_csm', '', 'en',
    'apple-multipart-mixed;multipart-alt;qp;att-ics', 'process redesign, wants expert advice',
    build(hdrs(P('Rebecca Holt', 'rebecca.holt'), 'Moving graduate first interviews to video assessment – need advice', d, 'apple'),
          multipart('mixed', [apple_alt(t), ([('Content-Type', 'text/calendar; charset=utf-8; method=REQUEST;\n\tname="Graduate process redesign.ics"'),
                                              ('Content-Disposition', 'attachment; filename="Graduate process redesign.ics"'),
                                              ('Content-Transfer-Encoding', 'quoted-printable')], qp(inv.encode()))],
                    boundary('apple'))))

d = D('2026-04-20 09:47', '+0100')
t = """Hi,

It's Monday, so of course the Outlook sync has dropped again. This is the fifth Monday in a row: every Monday morning GoodTime stops seeing new calendar events until someone reconnects the integration around lunchtime. Right now it's offering interviewers who are already in meetings, and two candidates have just booked slots that clash with the Buying leadership offsite.

Two things please:
1) Can someone get GoodTime Support onto the current failure today - we need the sync back now.
2) This needs escalating properly. Five weeks of the same problem is not a bug being fixed. I'd like GoodTime's account team to explain what's going on and what they're doing about it.

Laura

Laura Chen
Recruitment Coordinator - Head Office
Osprey Retail Group plc"""
add('e-en-monday-sync', 'escalation', 'flag_csm+forward_support', '', 'en',
    'outlook-plain;qp;x-priority', 'recurring weekly failure, live now',
    build(hdrs(P('Laura Chen', 'laura.chen'), 'Monday sync failure AGAIN - double-bookings happening right now', d, xprio=True),
          plain(t, 'us-ascii', 'quoted-printable')))

d = D('2026-04-22 11:46', '+0100')
t = """Thanks Anja, the 07:10 flight is perfect, please go ahead and book it.

Help line – separate request from Paul (our COO): he'd like a business review with GoodTime before the summer. He wants to see how much we're actually using it, how long scheduling takes now compared with before GoodTime, where things are going wrong, and to discuss whether we're getting value for money ahead of the renewal. Could you arrange that with whoever looks after our account at GoodTime and send me some dates? Ideally May, 60 minutes, in person or Teams.

Many thanks,
Fiona

%%SIG%%
Fiona Blake
Executive Assistant to the Chief Operating Officer
Osprey Retail Group plc | Osprey House, Manchester
T: +44 (0)161 496 0603
%%/SIG%%

%%HR%%
From: Anja Lindqvist <anja.lindqvist@ospreyretail.com>
Sent: 22 April 2026 11:20
To: Fiona Blake <fiona.blake@ospreyretail.com>
Subject: Hamburg trip – flights
%%/HR%%

Hi Fiona, for Paul's Hamburg visit on 12 May there's a 07:10 from MAN arriving 10:05, or the 09:40 arriving 12:35. Which would he prefer?

Anja"""
add('e-en-qbr', 'escalation', 'flag_csm', '', 'en',
    'outlook-multipart-alt;qp;reply-outlook-block;quoted-unrelated;two-topics;received-chain;dkim;arc;auth-results', 'COO business review',
    build(hdrs(FIONA, ewQ('RE: Hamburg trip – flights', 'utf-8'), d, to='Anja Lindqvist <anja.lindqvist@ospreyretail.com>; ' + TO_HELP,
               recv=6, dk=True, arc=True, auth=True, inreply=mid('outlook')),
          outlook_alt(t)))

d = D('2026-02-06 15:33')
t = """Hi,

Our GoodTime order form and DPA only name Osprey Retail Group plc. Porto and Bordeaux users have been on the platform since January, which means we're processing candidate data for those entities without them being covered contractually.

We need GoodTime to issue an updated DPA and order form naming Osprey Retail Portugal, Unipessoal Lda. and Osprey Retail France SAS. Who at GoodTime looks after our account? Please could you pass this on to them and copy me in.

Olivia

%%SIG%%
Olivia Grant
Legal Counsel – Commercial
Osprey Retail Group plc

PRIVILEGED & CONFIDENTIAL – LEGAL ADVICE. This email may contain legally privileged information. If you have received it in error, please notify the sender immediately and delete it. Do not forward without the consent of the Legal team.
%%/SIG%%"""
subj = ('GoodTime agreement: adding Osprey Retail Portugal and Osprey Retail France as\n'
        ' contracting entities / data processing addendum update required')
add('e-en-dpa', 'escalation', 'flag_csm', '', 'en',
    'outlook-multipart-alt;qp;folded-subject;legal-disclaimer', 'contract/DPA entities',
    build(hdrs(P('Olivia Grant', 'olivia.grant'), subj, d), outlook_alt(t)))

d = D('2026-03-31 08:55', '+0200')
t = """Hallo zusammen,

ab Mai übernimmt das Hamburger Team das komplette Recruiting für DACH selbst – bisher lief die Terminierung über Manchester. Das sind 15 Kolleginnen und Kollegen (Recruiter, Koordinatoren und zwei Assistenzen), die GoodTime bisher nur als Interviewer kennen.

Dafür bräuchten wir eine richtige Schulung, idealerweise auf Deutsch oder zumindest mit jemandem von GoodTime, der unsere Fragen live beantworten kann – am besten noch im April. Könnt ihr das mit GoodTime organisieren?

Viele Grüße
Lukas Brandt

%%SIG%%
Lukas Brandt
Teamleiter IT-Recruiting | Osprey Retail Deutschland GmbH
Großer Burstah 31, 20457 Hamburg
%%/SIG%%"""
add('e-de-training', 'escalation', 'flag_csm', '', 'de',
    'outlook-html-only;qp;cp1252;ew-q-latin1', 'team training for 15 people',
    build(hdrs(addr('Brandt, Lukas', 'lukas.brandt@ospreyretail.com'), ewQ('Schulungsbedarf GoodTime – Team Hamburg (15 Personen)', 'windows-1252'), d, lang='de-DE'),
          outlook_htmlonly(t, 'DE')))

d = D('2026-03-25 12:15', '+0100')
t = """Hola,

Os reenvío esto porque ya no sé qué más hacer. Abrimos este ticket con GoodTime el 3 de marzo: los candidatos de Barcelona no reciben los recordatorios del día anterior. Tres semanas después, la única respuesta ha sido la de abajo y desde entonces nada, aunque he preguntado dos veces.

Este mes hemos tenido 6 candidatos que no se han presentado y los encargados de tienda ya me preguntan qué está pasando. Necesito que alguien con más peso lo lleve con GoodTime, porque por la vía normal no avanza.

Gracias,
Carmen Ruiz
Responsable de Selección · Barcelona

El jue, 5 mar 2026 a las 16:40, GoodTime Support (<support@goodtime.io>) escribió:
> Hi Carmen,
>
> Thanks for reaching out. We've passed this to our engineering team and will update you as soon as we have more information.
>
> Best,
> GoodTime Support"""
add('e-es-unresolved', 'escalation', 'flag_csm|flag_csm+forward_support', '', 'es',
    'gmail-multipart-alt;qp;reply-on-wrote-es;ew-q-utf8', 'ticket unresolved for three weeks',
    build(hdrs('Carmen Ruiz <carmen.ruiz@ospreyretail.com>', ewQ('Re: [GoodTime Support] Ticket #51377 – Recordatorios no enviados'), d, 'gmail',
               inreply='<ticket-51377-reply-1@goodtime.zendesk.com>'),
          gmail_alt(t)))

d = D('2026-02-25 14:02', '+0100')
t = """Bonjour,

Nous sommes désormais 12 dans l'équipe recrutement de Bordeaux (4 arrivées depuis janvier pour l'ouverture de Mérignac), mais nous n'avons que 8 licences GoodTime. Du coup, quatre personnes partagent des accès ou passent par leurs collègues pour programmer, ce qui n'est ni pratique ni très conforme.

Pouvez-vous voir avec GoodTime pour obtenir 4 licences supplémentaires, et me dire ce que ça implique côté contrat ?

Merci,
Sophie Lambert
Responsable Recrutement – Bordeaux"""
sb = 'Licences GoodTime insuffisantes à Bordeaux (équipe recrutement)'
subj = ewB(sb[:41], 'iso-8859-1') + '\n ' + ewB(sb[41:], 'iso-8859-1')
add('e-fr-licences', 'escalation', 'flag_csm', '', 'fr',
    'outlook-multipart-alt;qp;ew-b-latin1;ew-split', 'more licences needed',
    build(hdrs(addr('Lambert, Sophie', 'sophie.lambert@ospreyretail.com'), subj, d, lang='fr-FR'),
          outlook_alt(t, 'FR', 'iso-8859-1', 'iso-8859-1')))

d = D('2026-03-12 16:05')
t = """Olá,

É a terceira vez este ano: os convites do GoodTime para os entrevistadores não estão a ser enviados. Desde esta manhã marquei 5 entrevistas e nenhum entrevistador recebeu nada (os candidatos recebem a confirmação normalmente). Em janeiro e em fevereiro foi igual, abrimos pedidos ao suporte e "resolveram", mas volta sempre.

Preciso de ajuda hoje para estas entrevistas, que são amanhã de manhã, e preciso que alguém leve isto mais acima junto do GoodTime, porque assim não dá.

Inês

Enviado do meu iPhone"""
add('e-pt-recurring', 'escalation', 'flag_csm+forward_support', '', 'pt',
    'iphone-plain;base64-utf8;mobile-sig-pt;raw-utf8-subject;raw-utf8-from', 'third recurrence, invites failing today',
    build(hdrs(addr('Inês Carvalho', 'ines.carvalho@ospreyretail.com'), 'Outra vez convites que não saem — 3.ª vez', d, 'iphone', raw=True),
          plain(t, 'utf-8', 'base64', quote_cs=False)))


# =====================================================================
# NOISE
# =====================================================================
d = D('2026-02-16 15:42')
t = """Thank you for your email.

I am visiting stores across the North West region until Friday 20 February with limited access to email. For anything urgent regarding store operations please contact my PA, Joanne Platt (joanne.platt@ospreyretail.com / 0161 496 0388).

For interview scheduling, please contact the Recruitment team.

Gareth Pryce
Regional Operations Director – North West"""
add('n-en-ooo-auto', 'noise', 'ignore', '', 'en',
    'ooo;auto-submitted;x-auto-response-suppress;outlook-multipart-alt;qp', 'out of office',
    build(hdrs(GARETH, 'Automatic reply: Cancelling my own interview?', d,
               extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All'),
                      ('X-MS-Exchange-Inbox-Rules-Loop', 'gareth.pryce@ospreyretail.com'),
                      ('X-MS-Exchange-Organization-AutoReply', 'true')]),
          outlook_alt(t)))

d = D('2026-02-25 15:03')
t = """I'm on paternity leave until Monday 4 May 2026 and won't be checking email.

For anything about Platform Engineering hiring, please contact Olu Adeyemi (olu.adeyemi@ospreyretail.com). For everything else, Dan Whittaker can point you in the right direction.

Thanks,
Ben"""
add('n-en-ooo-plain', 'noise', 'ignore', '', 'en',
    'ooo;no-auto-submitted;no-message-id;plain-7bit', 'out of office without Auto-Submitted',
    build(hdrs(BEN, 'Out of Office: RE: Pizza for Thursday\'s hiring sprint', d, 'form', msgid=None,
               extra=[('X-Mailer', 'Microsoft Outlook 16.0')]),
          plain(t, 'us-ascii', '7bit')))

d = D('2026-04-09 15:02', '+0100')
bnd = '4R8kQz2Vm1z9v0.1775743332/mx-gw01.man.ospreyretail.com'
orig = ('Received: from exch-relay01.man.ospreyretail.com (exch-relay01.man.ospreyretail.com [10.40.12.21])\n'
        '\tby mx-gw01.man.ospreyretail.com (Postfix) with ESMTPS id 4R8kQz2Vm1z9v0\n'
        '\tfor <chloe.barnes95@gmail.con>; Thu,  9 Apr 2026 15:02:10 +0100 (BST)\n'
        'From: GoodTime Help Line <gt-helpline@ospreyretail.com>\n'
        'To: Chloe Barnes <chloe.barnes95@gmail.con>\n'
        'Subject: RE: Careers site enquiry: My interview - ref CS-20260409-0193\n'
        'Date: Thu, 9 Apr 2026 14:02:04 +0000\n'
        'Message-ID: <%s%s@%s.eurprd04.prod.outlook.com>\n'
        'MIME-Version: 1.0\n'
        'Content-Type: multipart/alternative; boundary="_000_x_"\n') % ('DB9PR04MB8412', hexs(28), 'DB9PR04MB8412')
body = ('This is a MIME-encapsulated message.\n\n'
        '--%s\nContent-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n'
        'This is the mail system at host mx-gw01.man.ospreyretail.com.\n\n'
        "I'm sorry to have to inform you that your message could not\n"
        'be delivered to one or more recipients. It\'s attached below.\n\n'
        'For further assistance, please send mail to postmaster.\n\n'
        'If you do so, please include this problem report. You can\n'
        'delete your own text from the attached returned message.\n\n'
        '                   The mail system\n\n'
        '<chloe.barnes95@gmail.con>: Host or domain name not found. Name service error\n'
        '    for name=gmail.con type=A: Host not found\n\n'
        '--%s\nContent-Description: Delivery report\nContent-Type: message/delivery-status\n\n'
        'Reporting-MTA: dns; mx-gw01.man.ospreyretail.com\n'
        'X-Postfix-Queue-ID: 4R8kQz2Vm1z9v0\n'
        'X-Postfix-Sender: rfc822; gt-helpline@ospreyretail.com\n'
        'Arrival-Date: Thu,  9 Apr 2026 15:02:10 +0100 (BST)\n\n'
        'Final-Recipient: rfc822; chloe.barnes95@gmail.con\n'
        'Original-Recipient: rfc822;chloe.barnes95@gmail.con\n'
        'Action: failed\n'
        'Status: 5.4.4\n'
        'Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error\n'
        '    for name=gmail.con type=A: Host not found\n\n'
        '--%s\nContent-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n'
        '%s\n--%s--\n') % (bnd, bnd, bnd, orig, bnd)
h = [('Return-Path', '<>'),
     ('Received', 'by mx-gw01.man.ospreyretail.com (Postfix)\n\tid 4R8kQz2Vm1z9v0; Thu,  9 Apr 2026 15:02:12 +0100 (BST)'),
     ('Date', d), ('From', 'MAILER-DAEMON@mx-gw01.man.ospreyretail.com (Mail Delivery System)'),
     ('Subject', 'Undelivered Mail Returned to Sender'), ('To', HELP), ('Auto-Submitted', 'auto-replied'),
     ('MIME-Version', '1.0'),
     ('Content-Type', 'multipart/report; report-type=delivery-status;\n\tboundary="%s"' % bnd),
     ('Content-Transfer-Encoding', '8bit'),
     ('Message-Id', '<20260409140212.4R8kQz2Vm1z9v0@mx-gw01.man.ospreyretail.com>')]
add('n-en-bounce-postfix', 'noise', 'ignore', '', 'en',
    'bounce;multipart-report;mailer-daemon;crlf', 'bounce of help-line reply (typo domain)',
    serialize_headers(h) + b'\n' + body.encode(), crlf=True)

d = D('2026-02-02 10:11')
bnd = boundary('outlook')
nd_html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"></head><body>'
           '<div style="font-family:Segoe UI,Frutiger,Helvetica,Arial,sans-serif;font-size:16px;color:#212121">'
           '<p style="font-size:21px;color:#C00000"><b>Your message to chris.doyle@ospreyretail.com couldn\'t be delivered.</b></p>'
           '<p>chris.doyle wasn\'t found at ospreyretail.com.</p>'
           '<table><tr><td>gt-helpline</td><td>Office 365</td><td style="color:#C00000"><b>chris.doyle</b><br>Action Required</td></tr></table>'
           '<p><b>Unknown To address</b></p>'
           '<p style="font-size:14px"><b>How to Fix It</b><br>The address may be misspelled or may not exist. Try one or more of the following: '
           'Retype the recipient\'s address, then resend the message. If you\'re using Outlook, open this non-delivery report (NDR) and choose Send Again from the Report ribbon.</p>'
           '<p style="font-size:12px;color:#666">Diagnostic information for administrators:<br>Generating server: DB9PR04MB8412.eurprd04.prod.outlook.com<br>'
           'chris.doyle@ospreyretail.com<br>Remote Server returned \'550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient chris.doyle@ospreyretail.com not found by SMTP address lookup\'</p>'
           '</div></body></html>\n')
nd_plain = ("Your message to chris.doyle@ospreyretail.com couldn't be delivered.\n\nchris.doyle wasn't found at ospreyretail.com.\n\n"
            "Unknown To address\n\nDiagnostic information for administrators:\n\nGenerating server: DB9PR04MB8412.eurprd04.prod.outlook.com\n\n"
            "chris.doyle@ospreyretail.com\nRemote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient chris.doyle@ospreyretail.com not found by SMTP address lookup'\n")
alt = multipart('alternative', [text(nd_plain, 'plain', 'us-ascii', 'quoted-printable'), text(nd_html, 'html', 'us-ascii', 'quoted-printable')], boundary('outlook'))
ds = ('Reporting-MTA: dns;DB9PR04MB8412.eurprd04.prod.outlook.com\nReceived-From-MTA: dns;DB9PR04MB8412.eurprd04.prod.outlook.com\n'
      'Arrival-Date: Mon, 2 Feb 2026 10:11:02 +0000\n\nFinal-Recipient: rfc822;chris.doyle@ospreyretail.com\nAction: failed\n'
      'Status: 5.1.10\nDiagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient chris.doyle@ospreyretail.com not found by SMTP address lookup\n')
oh = ('From: GoodTime Help Line <gt-helpline@ospreyretail.com>\nTo: Chris Doyle <chris.doyle@ospreyretail.com>\n'
      'Subject: RE: Interviewer pool for Data Engineering\nDate: Mon, 2 Feb 2026 10:10:58 +0000\n'
      'Message-ID: %s\nContent-Type: multipart/alternative; boundary="_000_y_"\nMIME-Version: 1.0\n') % mid('outlook')
rep = multipart('report', [alt, ([('Content-Type', 'message/delivery-status')], ds.encode()),
                           ([('Content-Type', 'text/rfc822-headers')], oh.encode())], bnd, ' report-type=delivery-status;')
add('n-en-ndr-exchange', 'noise', 'ignore', '', 'en',
    'bounce;exchange-ndr;multipart-report;html', 'undeliverable to leaver',
    build([('From', 'Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@ospreyretail.com>'),
           ('To', HELP), ('Date', d), ('Subject', 'Undeliverable: RE: Interviewer pool for Data Engineering'),
           ('Message-ID', mid('outlook')), ('Auto-Submitted', 'auto-replied'), ('Content-Language', 'en-GB'),
           ('X-MS-Exchange-Message-Is-Ndr', ''), ('X-MS-PublicTrafficType', 'Email'), ('MIME-Version', '1.0')], rep))

d = D('2026-03-03 06:30')
t = """THE RETAIL TALENT BRIEF - March 2026
From TalentBridge Recruitment

In this issue:
- Store manager salaries: what's changed in the North West since January
- Graduate market update: applications up 18% year on year
- How to cut time-to-interview by 40% with scheduling automation
- Event: TalentBridge Retail Leaders Breakfast, Manchester, 26 March

Read online: https://news.talentbridge-recruitment.co.uk/v/rtb-2026-03

You're receiving this because you registered for TalentBridge updates.
Unsubscribe: https://news.talentbridge-recruitment.co.uk/u/7f2a91c?e=gt-helpline%40ospreyretail.com
TalentBridge Recruitment Ltd, 3 Hardman Square, Manchester M3 3EB. Registered in England No. 09912744."""
hh = ('<!DOCTYPE html><html><head><meta charset="UTF-8"><title>The Retail Talent Brief</title></head><body style="margin:0;background:#f4f4f4">'
      '<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center"><table width="600" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif">'
      '<tr><td style="background:#0b3d5c;color:#fff;padding:24px;font-size:22px">THE RETAIL TALENT BRIEF <span style="font-size:13px">March 2026</span></td></tr>'
      '<tr><td style="padding:20px;font-size:15px;line-height:22px"><h2>Store manager salaries: what\'s changed?</h2><p>Our latest data from 1,200 placements shows...</p>'
      '<h2>Graduate market update</h2><p>Applications are up 18% year on year...</p>'
      '<h2>Cut time-to-interview by 40%</h2><p>Scheduling automation is the quiet win of 2026. <a href="https://news.talentbridge-recruitment.co.uk/c/88a1">Read the guide</a></p>'
      '<p><a href="https://news.talentbridge-recruitment.co.uk/c/88a2" style="background:#e4572e;color:#fff;padding:10px 18px;text-decoration:none">Book your breakfast place</a></p></td></tr>'
      '<tr><td style="padding:20px;font-size:11px;color:#888">You\'re receiving this because you registered for TalentBridge updates. '
      '<a href="https://news.talentbridge-recruitment.co.uk/u/7f2a91c?e=gt-helpline%40ospreyretail.com">Unsubscribe</a><br>TalentBridge Recruitment Ltd, 3 Hardman Square, Manchester M3 3EB.</td></tr>'
      '</table></td></tr></table><img src="https://news.talentbridge-recruitment.co.uk/o/7f2a91c.gif" width="1" height="1" alt=""></body></html>')
h = received_chain(7, d, 'ext') + [
    ('DKIM-Signature', fold('v=1; a=rsa-sha256; c=relaxed/relaxed; d=talentbridge-recruitment.co.uk; s=ss1; h=from:to:subject:date:message-id:list-unsubscribe:list-unsubscribe-post:mime-version; bh=%s=; b=%s==' % (b64s(43), b64s(340))))] + \
    auth_results('talentbridge-recruitment.co.uk', '185.211.64.%d') + [
    ('From', 'TalentBridge Recruitment <news@talentbridge-recruitment.co.uk>'), ('To', HELP),
    ('Subject', 'The Retail Talent Brief – March 2026: salaries, graduates & scheduling automation'.replace('–', '-')),
    ('Date', d), ('Message-ID', '<0102018e%s-%s-000000@eu-west-1.sendsmart.net>' % (hexs(8).lower(), uid(False))),
    ('List-Unsubscribe', '<https://news.talentbridge-recruitment.co.uk/u/7f2a91c?e=gt-helpline%40ospreyretail.com>,\n <mailto:unsubscribe-7f2a91c@news.talentbridge-recruitment.co.uk>'),
    ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'), ('List-Id', 'Retail Talent Brief <rtb.news.talentbridge-recruitment.co.uk>'),
    ('Precedence', 'bulk'), ('X-Campaign-ID', 'rtb-2026-03'), ('Feedback-ID', '7f2a91c:rtb:sendsmart'), ('MIME-Version', '1.0')]
add('n-en-newsletter', 'noise', 'ignore', '', 'en',
    'newsletter;list-unsubscribe;multipart-alt;qp;received-chain;dkim;auth-results', 'agency newsletter',
    build(h, multipart('alternative', [text(t, 'plain', 'UTF-8', 'quoted-printable'), text(hh, 'html', 'UTF-8', 'quoted-printable')], boundary('other'))))

d = D('2026-04-27 07:15', '+0100')
hh = ('<html><body style="font-family:Arial,sans-serif">'
      '<div style="background:#1b1464;color:#fff;padding:30px;text-align:center"><h1>HR Tech Summit North 2026</h1><p>Manchester Central &middot; 28 May</p></div>'
      '<div style="padding:20px"><p>Hi there,</p><p><b>LAST CHANCE:</b> our 2-for-1 offer on delegate passes ends at midnight on Friday.</p>'
      '<p>This year\'s agenda includes:</p><ul><li>Keynote: AI in talent acquisition &ndash; hype vs reality</li>'
      '<li>Panel: Interview scheduling at scale &ndash; lessons from retail and logistics (with speakers from GoodTime, Greenhouse and a FTSE 250 retailer)</li>'
      '<li>Workshop: Building a candidate experience your store teams will actually use</li></ul>'
      '<p><a href="https://hrtechsummitnorth.com/tickets?promo=2FOR1&amp;utm_source=email&amp;utm_campaign=lastchance" style="background:#ff4f79;color:#fff;padding:12px 20px;text-decoration:none">Claim 2-for-1 passes</a></p>'
      '<p style="font-size:11px;color:#777">You are receiving this email because your organisation attended HR Tech Summit North 2025. '
      '<a href="https://hrtechsummitnorth.com/unsubscribe?id=ab81f">Unsubscribe</a> | Summit Events Ltd, 14 Lever Street, Manchester M1 1LW</p></div></body></html>')
h = [('From', 'HR Tech Summit North <events@hrtechsummitnorth.com>'), ('To', HELP),
     ('Subject', 'Last chance: 2-for-1 passes for HR Tech Summit North (Manchester Central, 28 May)'),
     ('Date', d), ('Message-ID', '<%s@mail.hrtechsummitnorth.com>' % uid(False)),
     ('List-Unsubscribe', '<https://hrtechsummitnorth.com/unsubscribe?id=ab81f>'), ('Precedence', 'bulk'),
     ('X-Mailer', 'Campaign Monitor'), ('MIME-Version', '1.0')]
add('n-en-event-marketing', 'noise', 'ignore', '', 'en',
    'marketing;html-only;base64;list-unsubscribe', 'event marketing mentioning GoodTime',
    build(h, text(hh, 'html', 'utf-8', 'base64')))

d = D('2026-02-13 08:44')
rep_ics = ics('REPLY', 'Accepted: GoodTime drop-in clinic for interviewers', '20260218T123000', '20260218T131500',
              ('GoodTime Help Line', HELP), [('Dawn McAllister', 'dawn.mcallister@ospreyretail.com')], partstat='ACCEPTED')
add('n-en-accept', 'noise', 'ignore', '', 'en',
    'calendar-accept;text-calendar;multipart-alt;base64', 'meeting accepted',
    build(hdrs(DAWN, 'Accepted: GoodTime drop-in clinic for interviewers', d),
          multipart('alternative', [text('', 'plain', 'utf-8', 'base64'),
                                    ([('Content-Type', 'text/calendar; charset="utf-8"; method=REPLY'),
                                      ('Content-Transfer-Encoding', 'base64')], b64(rep_ics.encode()))], boundary('outlook'))))

d = D('2026-03-05 09:12')
bnd = boundary('outlook')
rr = multipart('report', [
    text('Your message\n\n  To: Olu Adeyemi\n  Subject: RE: booking link - candidate sees nothing??\n  Sent: Thursday, March 5, 2026 9:04:51 AM (UTC+00:00) Dublin, Edinburgh, Lisbon, London\n\nwas read on Thursday, March 5, 2026 9:12:33 AM (UTC+00:00) Dublin, Edinburgh, Lisbon, London.\n', 'plain', 'utf-8', 'quoted-printable'),
    ([('Content-Type', 'message/disposition-notification')],
     ('Reporting-UA: %s.eurprd04.prod.outlook.com; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;olu.adeyemi@ospreyretail.com\n'
      'Original-Message-ID: %s\nDisposition: manual-action/MDN-sent-manually; displayed\n' % (R.choice(EXO), mid('outlook'))).encode())],
    bnd, ' report-type=disposition-notification;')
add('n-en-read-receipt', 'noise', 'ignore', '', 'en',
    'read-receipt;multipart-report', 'read receipt',
    build(hdrs(OLU, 'Read: RE: booking link - candidate sees nothing??', d), rr))

d = D('2026-03-22 02:14')
hh = ('<html><head><style>.btn{background:#6c2bd9;color:#fff;padding:12px 24px;border-radius:4px;text-decoration:none}</style></head><body style="font-family:Arial">'
      '<img src="https://goodtime-io.support/assets/logo.png" alt="GoodTime" width="140"><p>Dear gt-helpline,</p>'
      '<p>We detected an unusual sign-in to your GoodTime workspace <b>ospreyretail</b> from an unrecognised device (Lagos, NG).</p>'
      '<p>To protect your interview data, your account will be <b>suspended in 24 hours</b> unless you verify your identity immediately.</p>'
      '<p><a class="btn" href="http://goodtime-io.support/verify?session=gt-helpline%40ospreyretail.com&amp;t=9f3a">Verify my account</a></p>'
      '<p>If you do not verify, all scheduled interviews will be cancelled and candidates notified.</p>'
      '<p>Regards,<br>GoodTime Trust &amp; Safety Team</p><p style="font-size:10px;color:#999">GoodTime Inc. &copy; 2026. This is an automated security notice.</p></body></html>')
h = received_chain(6, d, 'ext', sender_ip='45.148.10.%d' % R.randint(2, 250)) + [
    ('Authentication-Results', fold('spf=softfail (sender IP is 45.148.10.77) smtp.mailfrom=goodtime-io.support; dkim=none (message not signed) header.d=none;dmarc=fail action=quarantine header.from=goodtime-io.support;compauth=fail reason=001')),
    ('From', 'GoodTime Security <security-noreply@goodtime-io.support>'), ('Reply-To', 'verify@goodtime-io.support'), ('To', HELP),
    ('Subject', ewB('⚠ Action required: your GoodTime account will be suspended in 24 hours')),
    ('Date', d), ('Message-ID', '%s@goodtime-io.support' % hexs(20).lower()),
    ('X-MS-Exchange-Organization-SCL', '5'), ('X-Priority', '1'), ('MIME-Version', '1.0')]
add('n-en-phishing', 'noise', 'ignore', '', 'en',
    'phishing;html-only;qp;auth-fail;received-chain;msgid-no-brackets;ew-b-utf8;night', 'credential phishing posing as GoodTime',
    build(h, text(hh, 'html', 'utf-8', 'quoted-printable')))

d = D('2026-04-15 13:20', '+0100')
t = """Sorted now, thanks!!

-----Original Message-----
From: GoodTime Help Line <gt-helpline@ospreyretail.com>
Sent: 15 April 2026 13:07
To: Aisha Khan <aisha.khan@ospreyretail.com>
Subject: RE: Reschedule won't save - candidate on hold

Hi Aisha,

GoodTime Support have cleared the stuck calendar event on their side - please try the reschedule again now. If it still fails, use the Chat bubble and quote ticket #53108.

GoodTime Help Line"""
add('n-en-thanks', 'noise', 'ignore', '', 'en',
    'thanks;reply-original-message;outlook-plain;qp', 'bare thank-you',
    build(hdrs(AISHA, 'RE: Reschedule won\'t save - candidate on hold', d, inreply=mid('outlook')), plain(t, 'us-ascii', 'quoted-printable')))

d = D('2026-03-13 11:20', '+0100')
t = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 20.03.2026 nicht im Büro und habe nur eingeschränkt Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an meine Stellvertreterin, Frau Tanja Albers (tanja.albers@ospreyretail.com).

Mit freundlichen Grüßen
Jürgen Weiß
Leiter Filialbetrieb Nord"""
add('n-de-ooo', 'noise', 'ignore', '', 'de',
    'ooo;auto-submitted;base64-utf8;ew-q-utf8', 'Abwesenheitsnotiz',
    build(hdrs(ewQ('Weiß, Jürgen') + ' <juergen.weiss@ospreyretail.com>', ewQ('Automatische Antwort: AW: Fwd: Schon wieder ich?'), d, lang='de-DE',
               extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All'), ('X-MS-Exchange-Organization-AutoReply', 'true')]),
          plain(t, 'utf-8', 'base64')))

d = D('2026-02-10 09:30', '+0100')
dec = ics('REPLY', 'Rechazado: Sesión de formación GoodTime - Barcelona', '20260217T100000', '20260217T113000',
          ('GoodTime Help Line', HELP), [('Javier Ortega', 'javier.ortega@ospreyretail.com')], partstat='DECLINED')
add('n-es-decline', 'noise', 'ignore', '', 'es',
    'calendar-decline;text-calendar-only;base64;ew-q-latin1', 'meeting declined',
    build(hdrs(addr('Ortega, Javier', 'javier.ortega@ospreyretail.com'), ewQ('Rechazado: Sesión de formación GoodTime - Barcelona', 'iso-8859-1'), d, lang='es-ES'),
          ([('Content-Type', 'text/calendar; charset="utf-8"; method=REPLY'), ('Content-Transfer-Encoding', 'base64')], b64(dec.encode()))))

d = D('2026-04-15 08:03', '+0200')
t = """Bonjour,

Je suis en déplacement dans les magasins de la région jusqu'au vendredi 17 avril inclus, avec un accès limité à ma messagerie. Pour toute urgence, merci de contacter Élodie Garnier (elodie.garnier@ospreyretail.com).

Cordialement,
Julien Moreau
Directeur des Opérations Magasins – Sud-Ouest"""
add('n-fr-ooo', 'noise', 'ignore', '', 'fr',
    'ooo;auto-submitted;base64-latin9;raw-cp1252-subject', 'réponse automatique',
    build(hdrs(addr('Moreau, Julien', 'julien.moreau@ospreyretail.com'),
               'Réponse automatique : Ouverture Mérignac : qui répond chez GoodTime le soir ?'.encode('cp1252'), d, lang='fr-FR',
               extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')]),
          plain(t.replace('–', '-'), 'iso-8859-15', 'base64')))

d = D('2026-02-18 10:38')
t = """Obrigado!

Enviado do meu iPhone

> A 18/02/2026, às 10:21, GoodTime Help Line <gt-helpline@ospreyretail.com> escreveu:
> 
> Olá João,
> 
> O suporte do GoodTime já reenviou os convites para si, para a Inês e para o Rui – devem estar a chegar. Se não aparecerem em 2 minutos, diga-nos.
> 
> Linha de apoio GoodTime
"""
add('n-pt-thanks', 'noise', 'ignore', '', 'pt',
    'thanks;iphone-plain;qp;mobile-sig-pt;reply-gt-quotes;ew-b-utf8', 'bare thank-you',
    build(hdrs(addr(ewB('João Magalhães'), 'joao.magalhaes@ospreyretail.com'), ewB('Re: Entrevista daqui a 20 minutos – painel sem convite'), d, 'iphone',
               inreply=mid('outlook')),
          plain(t, 'utf-8', 'quoted-printable', quote_cs=False)))


# =====================================================================
# write files
# =====================================================================
def main():
    import email
    from email import policy
    assert len(M) == 100, len(M)
    keys = [m[0] for m in M]
    assert len(set(keys)) == len(keys)
    order = list(range(len(M)))
    random.Random(20260506).shuffle(order)
    for f in os.listdir(OUT):
        if f.startswith('c-') and f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    rows = []
    for n, i in enumerate(order, 1):
        key, cat, actions, article, lang, fmt, notes, data, crlf = M[i]
        if crlf:
            data = data.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
        fn = 'c-%03d.eml' % n
        with open(os.path.join(OUT, fn), 'wb') as fh:
            fh.write(data)
        msg = email.message_from_bytes(data, policy=policy.default)
        assert msg['From'] is not None and msg['Subject'] is not None, fn
        rows.append([fn, cat, actions, article, lang, fmt, notes])
    with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as fh:
        w = csv.writer(fh)
        w.writerow(['file', 'category', 'actions', 'article', 'language', 'format', 'notes'])
        w.writerows(rows)
    print('wrote %d messages' % len(rows))


if __name__ == '__main__':
    main()
