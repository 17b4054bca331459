#!/usr/bin/env python3
"""Build the blind help-line test set (batch a-): writes a-NNN.eml and labels.csv.

Everything is written as raw bytes so that the encodings are exactly what a
mail server would hand over (8-bit headers, windows-1252, odd folding, ...).
"""
import base64, csv, datetime as dt, email, hashlib, html, os, quopri, random, struct, zlib
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(20260417)
HL = 'gt-helpline@ospreyretail.com'

# --------------------------------------------------------------------------- time
def _off(d, zone):
    dst = dt.datetime(2026, 3, 29, 1) <= d < dt.datetime(2026, 10, 25, 1)
    if zone in ('uk', 'pt'):
        return 1 if dst else 0
    return 2 if dst else 1          # de / es / fr

def D(month, day, hour, minute, zone='uk', sec=None):
    d = dt.datetime(2026, month, day, hour, minute, R.randint(0, 59) if sec is None else sec)
    return d.replace(tzinfo=dt.timezone(dt.timedelta(hours=_off(d, zone))))

def dstr(d, style='std'):
    s = format_datetime(d)
    if style == 'noday':
        return s[5:]
    if style == 'zone':
        return s + (' (BST)' if d.utcoffset() == dt.timedelta(hours=1) else ' (GMT)')
    if style == 'utc':
        return format_datetime(d.astimezone(dt.timezone.utc))
    return s

def utc(d, plus=0):
    return format_datetime((d + dt.timedelta(seconds=plus)).astimezone(dt.timezone.utc))

# --------------------------------------------------------------------------- random ids
def rhex(n, upper=True):
    s = ''.join(R.choice('0123456789abcdef') for _ in range(n))
    return s.upper() if upper else s

def rb64(nbytes):
    return base64.b64encode(bytes(R.randrange(256) for _ in range(nbytes))).decode()

def ruuid():
    return '%s-%s-%s-%s-%s' % (rhex(8), rhex(4), '4' + rhex(3), R.choice('89AB') + rhex(3), rhex(12))

EXO = ['DB9PR04MB8412', 'AM9PR04MB8234', 'AS8PR04MB8867', 'PAXPR04MB9318', 'DU0PR04MB9227',
       'GV1PR04MB10154', 'AM6PR04MB5974', 'VI1PR04MB7056']

def exo_host():
    return '%s.eurprd04.prod.outlook.com' % R.choice(EXO)

def mid_outlook():
    h = R.choice(EXO)
    return '<%s%s@%s.eurprd04.prod.outlook.com>' % (h, rhex(32 - len(h)), h)

def mid_gmail():
    alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+='
    return '<CA%s@mail.gmail.com>' % ''.join(R.choice(alphabet) for _ in range(R.choice([52, 58, 62])))

def mid_apple(domain='ospreyretail.com'):
    return '<%s@%s>' % (ruuid(), domain)

def thread_index():
    return rb64(22)

def boundary(kind):
    if kind == 'gmail':
        return '000000000000' + rhex(16, upper=False)
    if kind == 'outlook':
        h = R.choice(EXO)
        return '_000_%s%s%seurp_' % (h, rhex(20), h)
    if kind == 'apple':
        return 'Apple-Mail=_' + ruuid()
    if kind == 'iphone':
        return 'Apple-Mail-' + ruuid()
    return '----=_Part_%d_%d.%d' % (R.randint(10000, 99999), R.randint(100000000, 999999999), R.randint(10**12, 10**13))

# --------------------------------------------------------------------------- header helpers
def B(x):
    return x if isinstance(x, bytes) else x.encode('utf-8')

def fold(name, value, width=76):
    """Fold a header at spaces (value is str)."""
    words = value.split(' ')
    lines, cur = [], name + ':'
    for w in words:
        if len(cur) + 1 + len(w) > width and cur.strip() not in (name + ':',):
            lines.append(cur)
            cur = ' ' + w
        else:
            cur += ' ' + w
    lines.append(cur)
    return '\n'.join(lines)

def ew(text, charset='utf-8', enc='B'):
    raw = text.encode(charset)
    if enc == 'B':
        return '=?%s?B?%s?=' % (charset, base64.b64encode(raw).decode())
    out = ''
    for b in raw:
        c = chr(b)
        if c == ' ':
            out += '_'
        elif 33 <= b < 127 and c not in '=?_"(),.:;<>@[\\]':
            out += c
        else:
            out += '=%02X' % b
    return '=?%s?Q?%s?=' % (charset, out)

def ews(pieces, charset='utf-8', enc='B', sep='\n '):
    """Several encoded words (pieces may cut a word in the middle)."""
    return sep.join(ew(p, charset, enc) for p in pieces)

def sig_b(n):
    s = rb64(n)
    return '\n\t '.join(s[i:i + 68] for i in range(0, len(s), 68))

# --------------------------------------------------------------------------- transport header blocks
def hdr_internal(d, subject_topic=None, lang='en-GB', attach=False, tnef=False, n_recv=2):
    """Mail sent inside the Exchange Online tenant."""
    a, b = exo_host(), exo_host()
    out = []
    if n_recv >= 3:
        c = exo_host()
        out.append('Received: from %s (2603:10a6:20b:%x::%x) by %s with HTTPS; %s' % (b, R.randint(16, 4000), R.randint(1, 30), c, utc(d, 3)))
    out.append('Received: from %s (2603:10a6:10:%x::%x) by %s\n with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8678.%d; %s' % (a, R.randint(16, 4000), R.randint(1, 30), b, R.randint(10, 40), utc(d, 2)))
    out.append('Received: from %s ([fe80::%s:%s:%s:%s]) by %s\n ([fe80::%s:%s:%s:%s%%%d]) with mapi id 15.20.8678.%03d; %s' % (
        a, rhex(4, 0), rhex(4, 0), rhex(4, 0), rhex(4, 0), a, rhex(4, 0), rhex(4, 0), rhex(4, 0), rhex(4, 0), R.randint(2, 7), R.randint(10, 40), utc(d, 1)))
    if subject_topic is not None:
        out.append(fold('Thread-Topic', subject_topic))
        out.append('Thread-Index: ' + thread_index())
    out.append('X-MS-Has-Attach: ' + ('yes' if attach else ''))
    out.append('X-MS-TNEF-Correlator: ' + ('<%s@%s>' % (rhex(40), a) if tnef else ''))
    out.append('Accept-Language: %s, en-US' % lang)
    out.append('Content-Language: ' + lang)
    out.append('X-MS-Exchange-Organization-AuthAs: Internal')
    out.append('X-MS-Exchange-Organization-AuthMechanism: 04')
    out.append('X-MS-Exchange-Organization-SCL: -1')
    return out

def hdr_gmail_inbound(d, sender_domain='gmail.com', n_recv=7, arc=True):
    """Mail from a Gmail account arriving in Exchange Online (5-10 Received)."""
    gid = R.choice(['ej1-f47', 'wr1-f54', 'lf1-f41', 'ed1-f52', 'wm1-f43', 'pj1-f48'])
    ip = '209.85.%d.%d' % (R.randint(128, 222), R.randint(2, 250))
    fe = 'DU2PEPF000%sD.eurprd03.prod.outlook.com' % rhex(5)
    ca = 'DU7P195CA%04d.EURP195.PROD.OUTLOOK.COM' % R.randint(1, 9999)
    m1, m2 = exo_host(), exo_host()
    out = []
    hops = [
        'Received: from %s (2603:10a6:20b:%x::%x) by %s with HTTPS; %s' % (m1, R.randint(16, 4000), R.randint(1, 30), m2, utc(d, 9)),
        'Received: from %s (2603:10a6:10:54d::%x) by %s\n (2603:10a6:20b:%x::%x) with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8678.%d; %s' % (ca, R.randint(1, 40), m1, R.randint(16, 4000), R.randint(1, 30), R.randint(10, 40), utc(d, 8)),
        'Received: from %s\n (2603:10a6:10:54d:cafe::%x) by %s\n (2603:10a6:10:54d::%x) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.8678.%d via Frontend Transport; %s' % (fe, R.randint(16, 250), ca.lower().replace('.eurp195.prod.outlook.com', '.outlook.office365.com'), R.randint(1, 40), R.randint(10, 40), utc(d, 7)),
        'Authentication-Results: spf=pass (sender IP is %s)\n smtp.mailfrom=%s; dkim=pass (signature was verified)\n header.d=%s;dmarc=pass action=none header.from=%s;compauth=pass\n reason=100' % (ip, sender_domain, sender_domain, sender_domain),
        'Received-SPF: Pass (protection.outlook.com: domain of %s designates %s as\n permitted sender) receiver=protection.outlook.com; client-ip=%s;\n helo=mail-%s.google.com; pr=C' % (sender_domain, ip, ip, gid),
        'Received: from mail-%s.google.com (%s) by\n %s (10.167.242.%d) with Microsoft SMTP Server\n (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8678.%d via Frontend\n Transport; %s' % (gid, ip, fe.replace('.eurprd03.prod.outlook.com', '.mail.protection.outlook.com'), R.randint(2, 250), R.randint(10, 40), utc(d, 6)),
        'Received: by mail-%s.google.com with SMTP id %s-%s.%d\n        for <%s>; %s' % (gid, 'a640c23a62f3a', rhex(16, 0), R.randint(1, 3), HL, format_datetime((d + dt.timedelta(seconds=5)).astimezone(dt.timezone(dt.timedelta(hours=-7)))) + ' (PDT)'),
    ]
    # Gmail's own submission hop (below the SMTP hop)
    hops.append('Received: by 2002:a05:6a10:%x:b0:%s:%s:%s with SMTP id %s;\n        %s' % (
        R.randint(4096, 65535), rhex(3, 0), rhex(4, 0), rhex(4, 0), rhex(8, 0), format_datetime((d + dt.timedelta(seconds=4)).astimezone(dt.timezone(dt.timedelta(hours=-7)))) + ' (PDT)'))
    extra = [
        'Received: from %s (::1) by %s with HTTPS; %s' % (m2, m2, utc(d, 10)),
        'Received: from %s (2603:10a6:20b:%x::%x) by %s with HTTPS; %s' % (m2, R.randint(16, 4000), R.randint(1, 30), exo_host(), utc(d, 11)),
        'Received: from %s (2603:10a6:20b:%x::%x) by %s with HTTPS; %s' % (exo_host(), R.randint(16, 4000), R.randint(1, 30), exo_host(), utc(d, 12)),
        'Received: from %s (2603:10a6:20b:%x::%x) by %s with HTTPS; %s' % (exo_host(), R.randint(16, 4000), R.randint(1, 30), exo_host(), utc(d, 13)),
    ]
    base = sum(1 for x in hops if x.startswith('Received:'))
    for i in range(max(0, n_recv - base)):
        hops.insert(0, extra[i])
    out += hops
    if arc:
        out.append('ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b=' + sig_b(256))
        out.append('ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector10001;\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0:X-MS-Exchange-AntiSpam-MessageData-1;\n bh=%s;\n b=%s' % (rb64(32), sig_b(256)))
        out.append('ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=pass (sender ip is\n %s) smtp.rcpttodomain=ospreyretail.com smtp.mailfrom=%s;\n dmarc=pass (p=none sp=quarantine pct=100) action=none header.from=%s;\n dkim=pass (signature was verified) header.d=%s; arc=none (0)' % (ip, sender_domain, sender_domain, sender_domain))
    out.append('DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=%s; s=20230601; t=%d; x=%d; darn=ospreyretail.com;\n        h=to:subject:message-id:date:from:mime-version:from:to:cc:subject\n         :date:message-id:reply-to;\n        bh=%s;\n        b=%s' % (
        sender_domain, int(d.timestamp()), int(d.timestamp()) + 604800, rb64(32), sig_b(256).replace('\n\t ', '\n         ')))
    out.append('X-Gm-Message-State: AOJu0Y%s' % rb64(60).replace('/', 'x')[:80])
    out.append('X-Google-Smtp-Source: AGHT+IE%s' % rb64(50)[:66])
    out.append('X-Received: by 2002:a17:907:%x:b0:%s with SMTP id %s-%s.%d.%d;\n        %s' % (R.randint(4096, 65535), 'ac3:' + rhex(3, 0), 'a640c23a62f3a', rhex(16, 0), R.randint(1, 9), int(d.timestamp()) % 1000000000, dstr(d)))
    out.append('X-MS-Exchange-Organization-ExternalOriginalInternetSender: ip=[%s] domain=mail-%s.google.com' % (ip, gid))
    out.append('X-MS-Exchange-Organization-SCL: 1')
    return out

def hdr_external(d, host, ip, domain, dkim=True, spf='pass', dkim_res='pass', dmarc='pass', n_recv=6, selector='s1'):
    """Generic external sender (newsletters, vendors, phishing, bounces)."""
    fe = 'AM4PEPF000%sF.eurprd04.prod.outlook.com' % rhex(5)
    m1, m2 = exo_host(), exo_host()
    out = [
        'Received: from %s (2603:10a6:20b:%x::%x) by %s with HTTPS; %s' % (m1, R.randint(16, 4000), R.randint(1, 30), m2, utc(d, 7)),
        'Received: from AS9PR06CA%04d.eurprd06.prod.outlook.com (2603:10a6:20b:45d::%x) by\n %s (2603:10a6:20b:%x::%x) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.20.8678.%d; %s' % (R.randint(1, 9999), R.randint(1, 40), m1, R.randint(16, 4000), R.randint(1, 30), R.randint(10, 40), utc(d, 6)),
        'Received: from %s\n (2603:10a6:20b:45d:cafe::%x) by AS9PR06CA%04d.outlook.office365.com\n (2603:10a6:20b:45d::%x) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.8678.%d via Frontend Transport; %s' % (fe, R.randint(16, 250), R.randint(1, 9999), R.randint(1, 40), R.randint(10, 40), utc(d, 5)),
        'Authentication-Results: spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s%s\n header.d=%s;dmarc=%s action=%s header.from=%s;compauth=%s\n reason=%s' % (
            spf, ip, domain, dkim_res, ' (signature was verified)' if dkim_res == 'pass' else ' (message not signed)', domain if dkim else 'none', dmarc,
            'none' if dmarc == 'pass' else 'quarantine', domain, 'pass' if dmarc == 'pass' else 'fail', '100' if dmarc == 'pass' else '000'),
        'Received-SPF: %s (protection.outlook.com: domain of %s %s %s as\n permitted sender) receiver=protection.outlook.com; client-ip=%s; helo=%s;' % (
            spf.capitalize(), domain, 'designates' if spf == 'pass' else 'does not designate', ip, ip, host),
        'Received: from %s (%s) by\n %s (10.167.16.%d) with Microsoft SMTP Server\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.20.8678.%d via Frontend Transport; %s' % (host, ip, fe.replace('.eurprd04.prod.outlook.com', '.mail.protection.outlook.com'), R.randint(2, 250), R.randint(10, 40), utc(d, 4)),
    ]
    for i in range(max(0, n_recv - 6)):
        out.insert(0, 'Received: from %s (2603:10a6:20b:%x::%x) by %s with HTTPS; %s' % (exo_host(), R.randint(16, 4000), R.randint(1, 30), exo_host(), utc(d, 8 + i)))
    if n_recv >= 5:
        out.append('Received: from localhost (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s' % (host, rhex(10), HL, utc(d, 2)))
    if n_recv >= 6:
        out.append('Received: from [10.%d.%d.%d] (unknown [10.%d.%d.%d])\n\tby %s with ESMTPA id %s; %s' % (
            R.randint(0, 255), R.randint(0, 255), R.randint(1, 254), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254), host, rhex(12, 0), utc(d, 1)))
    if dkim:
        out.append('DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=%s;\n\tt=%d; bh=%s;\n\th=From:Reply-To:Subject:Date:To:MIME-Version:Content-Type:List-Unsubscribe:\n\t List-Unsubscribe-Post:Message-ID;\n\tb=%s' % (domain, selector, int(d.timestamp()), rb64(32), sig_b(128)))
    out.append('X-MS-Exchange-Organization-SCL: %d' % (1 if dmarc == 'pass' else 5))
    return out

# --------------------------------------------------------------------------- MIME parts
def cte_encode(raw, cte):
    if cte == 'base64':
        return base64.encodebytes(raw)
    if cte == 'quoted-printable':
        q = quopri.encodestring(raw)
        return q if q.endswith(b'\n') else q + b'\n'
    return raw if raw.endswith(b'\n') else raw + b'\n'

def part_text(text, sub='plain', cs='utf-8', cte='quoted-printable', ct_extra='', extra=(), quote_cs=True):
    raw = text.encode(cs)
    if cte in ('7bit',) and any(b > 127 for b in raw):
        cte = '8bit'
    csq = '"%s"' % cs if quote_cs else cs
    hdrs = ['Content-Type: text/%s; charset=%s%s' % (sub, csq, ct_extra), 'Content-Transfer-Encoding: ' + cte] + list(extra)
    return (hdrs, cte_encode(raw, cte))

def part_raw(ctype, data, cte='base64', extra=()):
    return (['Content-Type: ' + ctype, 'Content-Transfer-Encoding: ' + cte] + list(extra), cte_encode(data, cte))

def attach(data, ctype, filename, inline=False, extra=(), cid=None):
    disp = 'inline' if inline else 'attachment'
    hdrs = ['Content-Type: %s; name="%s"' % (ctype, filename),
            'Content-Description: ' + filename,
            'Content-Disposition: %s; filename="%s"; size=%d;\n\tcreation-date="%s";\n\tmodification-date="%s"' % (
                disp, filename, len(data), 'Tue, 14 Apr 2026 08:12:05 GMT', 'Tue, 14 Apr 2026 08:12:05 GMT'),
            'Content-Transfer-Encoding: base64'] + list(extra)
    if cid:
        hdrs.insert(2, 'Content-ID: <%s>' % cid)
    return (hdrs, base64.encodebytes(data))

def multi(sub, parts, kind='gmail', extra=''):
    bd = boundary(kind)
    body = b''
    if kind == 'outlook' and sub == 'mixed':
        pass
    for h, b in parts:
        body += b'--' + bd.encode() + b'\n' + b'\n'.join(B(x) for x in h) + b'\n\n' + b
        if not body.endswith(b'\n'):
            body += b'\n'
        body += b'\n' if kind in ('gmail', 'apple', 'iphone') else b''
    body += b'--' + bd.encode() + b'--\n'
    return (['Content-Type: multipart/%s;%sboundary="%s"%s' % (sub, '\n\t' if kind in ('outlook', 'apple', 'iphone') else ' ', bd, extra)], body)

def build(headers, part, crlf=False, mime_first=False, preamble=None):
    h, body = part
    lines = [B(x) for x in headers]
    mime = [b'MIME-Version: 1.0'] + [B(x) for x in h]
    lines = (mime + lines) if mime_first else (lines + mime)
    if preamble:
        body = B(preamble) + body
    raw = b'\n'.join(lines) + b'\n\n' + body
    if crlf:
        raw = raw.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    return raw

# --------------------------------------------------------------------------- bodies
OUTLOOK_CSS = '''<style><!--
/* Font Definitions */
@font-face
\t{font-family:"Cambria Math";
\tpanose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
\t{font-family:Aptos;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
\t{margin:0cm;
\tfont-size:11.0pt;
\tfont-family:"Aptos",sans-serif;
\tmso-ligatures:standardcontextual;
\tmso-fareast-language:EN-US;}
a:link, span.MsoHyperlink
\t{mso-style-priority:99;
\tcolor:#467886;
\ttext-decoration:underline;}
span.EmailStyle20
\t{mso-style-type:personal-reply;
\tfont-family:"Aptos",sans-serif;
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
</o:shapelayout></xml><![endif]-->'''

QHDR = {
    'en': ('From:', 'Sent:', 'To:', 'Cc:', 'Subject:'),
    'de': ('Von:', 'Gesendet:', 'An:', 'Cc:', 'Betreff:'),
    'es': ('De:', 'Enviado el:', 'Para:', 'CC:', 'Asunto:'),
    'fr': ('De :', 'Envoyé :', 'À :', 'Cc :', 'Objet :'),
    'pt': ('De:', 'Enviada:', 'Para:', 'Cc:', 'Assunto:'),
}

def esc(s):
    return html.escape(s, quote=False)

def o_para(line, lang_attr=None):
    if line == '':
        return '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
    t = esc(line)
    if lang_attr:
        return '<p class="MsoNormal"><span lang="%s">%s<o:p></o:p></span></p>' % (lang_attr, t)
    return '<p class="MsoNormal">%s<o:p></o:p></p>' % t

def o_lines(text, lang_attr=None):
    return '\n'.join(o_para(l, lang_attr) for l in text.split('\n'))

def o_sig(sig):
    if not sig:
        return ''
    out = []
    for l in sig.split('\n'):
        if l == '':
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        elif len(l) > 160:
            out.append('<p class="MsoNormal"><span style="font-size:7.5pt;color:#7F7F7F">%s<o:p></o:p></span></p>' % esc(l))
        else:
            out.append('<p class="MsoNormal"><span style="font-size:9.0pt;color:#1F3864">%s<o:p></o:p></span></p>' % esc(l))
    return '\n'.join(out)

def o_quote(q, lang='en'):
    f, s, t, c, sub = QHDR[lang]
    rows = '<b>%s</b> %s<br>\n<b>%s</b> %s<br>\n<b>%s</b> %s<br>\n' % (f, esc(q['from']), s, esc(q['sent']), t, esc(q['to']))
    if q.get('cc'):
        rows += '<b>%s</b> %s<br>\n' % (c, esc(q['cc']))
    rows += '<b>%s</b> %s' % (sub, esc(q['subject']))
    return ('<div>\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
            '<p class="MsoNormal">%s<o:p></o:p></p>\n</div>\n</div>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n%s' % (rows, o_lines(q['body'])))

def outlook_html(text, sig='', quotes=(), lang='en', body_lang='EN-GB', cs='windows-1252'):
    parts = [o_lines(text), '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>' if sig else '', o_sig(sig)]
    for q in quotes:
        parts.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        parts.append(o_quote(q, lang))
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n%s\n</head>\n'
            '<body lang="%s" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n') % (
        'Windows-1252' if cs == 'windows-1252' else cs, OUTLOOK_CSS, body_lang, '\n'.join(p for p in parts if p))

def outlook_plain(text, sig='', quotes=(), lang='en'):
    out = text + ('\n\n' + sig if sig else '') + '\n'
    for q in quotes:
        f, s, t, c, sub = QHDR[lang]
        out += '\n' + '_' * 32 + '\n%s %s\n%s %s\n%s %s\n' % (f, q['from'], s, q['sent'], t, q['to'])
        if q.get('cc'):
            out += '%s %s\n' % (c, q['cc'])
        out += '%s %s\n\n%s\n' % (sub, q['subject'], q['body'])
    return out

def gmail_quote_plain(attr, body):
    return '\n\n' + attr + '\n\n' + '\n'.join(('> ' + l) if l else '>' for l in body.split('\n')) + '\n'

def gmail_html(text, attr=None, qbody=None, sig=None):
    def div(t):
        return '\n'.join('<div>%s</div>' % (esc(l) if l else '<br>') for l in t.split('\n'))
    h = '<div dir="ltr">%s' % div(text)
    if sig:
        h += '<br clear="all"><div><br></div><span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature">%s</div>' % div(sig)
    h += '</div>'
    if attr:
        h += ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
              '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>') % (
            esc(attr), '<br>\n'.join(esc(l) for l in qbody.split('\n')))
    return h + '\n'

def apple_html(text, quote_html=''):
    body = ''.join('<div>%s</div>' % (esc(l) if l else '<br>') for l in text.split('\n'))
    return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body dir="auto">%s%s</body></html>\n') % (body, quote_html)

# --------------------------------------------------------------------------- binary attachments
def png(w=160, h=100, accent=(220, 53, 69), seed=0):
    rr = random.Random(seed)
    rows = bytearray()
    for y in range(h):
        rows.append(0)
        for x in range(w):
            if y < 12:
                px = (58, 45, 110)                         # app header bar
            elif x < 28:
                px = (244, 244, 248)                       # side nav
            elif 40 <= y <= 52 and 40 <= x <= w - 20:
                px = accent                                # error banner
            elif y > 60 and (y // 8) % 2 == 0 and 36 < x < w - 10 and rr.random() > 0.02:
                px = (225, 225, 232)
            else:
                px = (255, 255, 255)
            rows += bytes(px)

    def chunk(t, dta):
        return struct.pack('>I', len(dta)) + t + dta + struct.pack('>I', zlib.crc32(t + dta) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(bytes(rows), 9)) + chunk(b'IEND', b''))

def pdf(lines):
    def pesc(s):
        return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
    content = 'BT /F1 11 Tf 60 780 Td 14 TL\n' + ''.join('(%s) Tj T*\n' % pesc(l) for l in lines) + 'ET'
    objs = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
            '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
            '<< /Length %d >>\nstream\n%s\nendstream' % (len(content.encode('latin-1')), content),
            '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
            '<< /Producer (Microsoft\xae Word for Microsoft 365) /CreationDate (D:20260414091200+01\'00\') >>']
    out = b'%PDF-1.7\n%\xe2\xe3\xcf\xd3\n'
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

def tnef(seed=1):
    rr = random.Random(seed)
    body = b'\x78\x9f\x3e\x22' + struct.pack('<H', rr.randint(1, 65535))
    body += b'\x01\x06\x90\x08\x00\x04\x00\x00\x00\x00\x00\x01\x00\x01\x00\x01\x07\x90\x06\x00\x08\x00\x00\x00\xe4\x04\x00\x00\x00\x00\x00\x00\xe8\x00'
    body += b'\x01\x0d\x80\x04\x00\x02\x00\x00\x00\x02\x00\x02\x00\x01\x03\x90\x06\x00'
    body += bytes(rr.randrange(256) for _ in range(1400))
    body += 'IPM.Microsoft Mail.Note\x00'.encode() + bytes(rr.randrange(256) for _ in range(300))
    return body

def ics(method, summary, start, end, organizer, attendee, partstat=None, comment=None, uid=None, location='', lang='en-GB', desc=''):
    uid = uid or '040000008200E00074C5B7101A82E008000000%s' % rhex(60)
    lines = ['BEGIN:VCALENDAR', 'METHOD:%s' % method, 'PRODID:Microsoft Exchange Server 2010', 'VERSION:2.0',
             'BEGIN:VTIMEZONE', 'TZID:GMT Standard Time', 'BEGIN:STANDARD', 'DTSTART:16010101T020000', 'TZOFFSETFROM:+0100',
             'TZOFFSETTO:+0000', 'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10', 'END:STANDARD', 'BEGIN:DAYLIGHT',
             'DTSTART:16010101T010000', 'TZOFFSETFROM:+0000', 'TZOFFSETTO:+0100', 'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3',
             'END:DAYLIGHT', 'END:VTIMEZONE', 'BEGIN:VEVENT']
    if partstat:
        lines.append('ATTENDEE;PARTSTAT=%s;CN="%s":mailto:%s' % (partstat, attendee[0], attendee[1]))
    else:
        lines.append('ORGANIZER;CN="%s":mailto:%s' % organizer)
        lines.append('ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="%s":mailto:%s' % attendee)
    if comment:
        lines.append('COMMENT;LANGUAGE=%s:%s' % (lang, comment))
    if desc:
        lines.append('DESCRIPTION;LANGUAGE=%s:%s' % (lang, desc))
    lines += ['UID:' + uid, 'SUMMARY;LANGUAGE=%s:%s' % (lang, summary), 'DTSTART;TZID=GMT Standard Time:' + start,
              'DTEND;TZID=GMT Standard Time:' + end, 'CLASS:PUBLIC', 'PRIORITY:5', 'DTSTAMP:20260413T081500Z', 'TRANSP:OPAQUE',
              'STATUS:CONFIRMED', 'SEQUENCE:0']
    if location:
        lines.append('LOCATION;LANGUAGE=%s:%s' % (lang, location))
    lines += ['END:VEVENT', 'END:VCALENDAR']
    out = []
    for l in lines:                       # RFC 5545 folding at 75 octets (never inside a UTF-8 sequence)
        while len(l.encode()) > 75:
            cut = 74
            while len(l[:cut].encode()) > 74:
                cut -= 1
            out.append(l[:cut])
            l = ' ' + l[cut:]
        out.append(l)
    return '\r\n'.join(out) + '\r\n'

# --------------------------------------------------------------------------- signatures
DISCLAIMER_EN = ('Osprey Retail Group plc is registered in England and Wales (No. 04418273). Registered office: Osprey House, '
                 '1 Trafford Wharf Road, Manchester M17 1AB.\n'
                 'CONFIDENTIALITY NOTICE: This e-mail and any attachments are CONFIDENTIAL and may be legally privileged. '
                 'If you are not the intended recipient, or you have received this e-mail in error, please notify the sender '
                 'immediately and delete it from your system. Any unauthorised use, disclosure or copying is strictly prohibited.\n'
                 'URGENT SECURITY REMINDER: Osprey Retail Group will never ask you to change bank details, pay an invoice or '
                 'share a password by e-mail. If in doubt, report it to itsecurity@ospreyretail.com.')

def corp_sig(name, title, team='People Team', m=None, t=None, addr='Osprey House, 1 Trafford Wharf Road, Manchester M17 1AB', disclaimer=True, pron=None):
    s = name + (' (%s)' % pron if pron else '') + '\n' + title + '\n' + team + ' | Osprey Retail Group\n'
    ph = []
    if m:
        ph.append('M: ' + m)
    if t:
        ph.append('T: ' + t)
    if ph:
        s += ' | '.join(ph) + '\n'
    s += addr + '\nospreyretail.com | We\'re hiring: careers.ospreyretail.com'
    if disclaimer:
        s += '\n\n' + DISCLAIMER_EN
    return s

# --------------------------------------------------------------------------- registry
MSGS = []

def M(category, actions, article, language, fmt, notes=''):
    def deco(fn):
        MSGS.append(dict(fn=fn, category=category, actions=actions, article=article, language=language, format=fmt, notes=notes))
        return fn
    return deco

# =========================================================================== helpers for top-level headers
def top(frm, subject, d, to='GT Helpline <gt-helpline@ospreyretail.com>', cc=None, mid='outlook', pre=(), post=(),
        date_style='std', reply_to=None, in_reply=None, refs=None, order='outlook'):
    """Return list of header lines. frm/subject may be bytes (raw 8-bit) or str."""
    out = list(pre)
    if isinstance(subject, str) and '=?' not in subject and '\n' not in subject:
        subj = fold('Subject', subject)
    else:
        subj = B('Subject: ') + B(subject)
    if mid == 'outlook':
        mid = mid_outlook()
    elif mid == 'gmail':
        mid = mid_gmail()
    elif mid == 'apple':
        mid = mid_apple()
    frm_l = B('From: ') + B(frm)
    to_l = 'To: ' + to
    date_l = 'Date: ' + dstr(d, date_style)
    block = []
    if order == 'outlook':
        block = [frm_l, to_l] + (['CC: ' + cc] if cc else []) + [subj, date_l]
        if mid:
            block.append('Message-ID: ' + mid)
    else:                                   # gmail / apple ordering
        block = [date_l, frm_l, subj, to_l] + (['Cc: ' + cc] if cc else [])
        if mid:
            block.insert(2, 'Message-ID: ' + mid)
    if reply_to:
        block.append('Reply-To: ' + reply_to)
    if in_reply:
        block.append('In-Reply-To: ' + in_reply)
        block.append('References: ' + (refs or in_reply))
    return out + block + list(post)

def ext_banner_html():
    return ('<div style="background-color:#FFEB9C;border:1px solid #9C6500;padding:4px;font-family:Arial;font-size:9pt">'
            '<b>CAUTION:</b> This email originated from outside of Osprey Retail Group. Do not click links or open attachments '
            'unless you recognise the sender and know the content is safe.</div><br>\n')

SIG_HANNAH = corp_sig('Hannah Lockwood', 'Regional Recruiting Coordinator \u2013 North West', m='+44 7700 900412', t='+44 161 496 0732')
SIG_MARCUS = corp_sig('Marcus Obi', 'Regional Recruiting Coordinator \u2013 Yorkshire & North East', m='+44 7700 900658',
                      addr='Osprey Retail Group, 3 Wellington Place, Leeds LS1 4AP', pron='he/him')
SIG_CLAIRE = corp_sig('Claire Ridgway', 'Talent Acquisition Manager \u2013 Retail Operations', m='+44 7700 900127', t='+44 161 496 0215')
SIG_SIMON = corp_sig('Simon Hartley', 'Head of Talent Acquisition', team='Group People', t='+44 161 496 0100')
SIG_NATASHA = corp_sig('Natasha Birch', 'Talent Acquisition Manager \u2013 Supply Chain', m='+44 7700 900733',
                       addr='Osprey Retail Group, Warrington Distribution Centre, Birchwood Park, Warrington WA3 6YN')
SIG_FIONA = corp_sig('Fiona Gallagher', 'Regional Recruiting Coordinator \u2013 Scotland', m='+44 7700 900981',
                     addr='Osprey Retail Group, 110 Queen Street, Glasgow G1 3BX')
SIG_REBECCA = corp_sig('Rebecca Tan', 'Recruiting Coordinator \u2013 Distribution', m='+44 7700 900304',
                       addr='Osprey Retail Group, Warrington Distribution Centre, Birchwood Park, Warrington WA3 6YN', disclaimer=False)

def OH(d, frm, subject, to='GT Helpline <gt-helpline@ospreyretail.com>', cc=None, topic=None, n_recv=2, in_reply=None,
       lang='en-GB', attach=False, tnef=False, mid='outlook', date_style='std', post=()):
    """Exchange Online internal message, headers in the order Exchange writes them."""
    ih = hdr_internal(d, None, lang=lang, attach=attach, tnef=tnef, n_recv=n_recv)
    recv = [x for x in ih if x.startswith('Received')]
    rest = [x for x in ih if not x.startswith('Received')]
    if topic is None:
        t = subject.decode('ascii') if isinstance(subject, bytes) and subject.isascii() else subject if isinstance(subject, str) else '=?'
        for pfx in ('RE: ', 'Re: ', 'FW: ', 'Fwd: ', 'AW: ', 'WG: ', 'RV: ', 'RE : ', 'TR: ', 'ENC: '):
            while t.startswith(pfx):
                t = t[len(pfx):]
        topic = t if '=?' not in t else None
    out = recv + [B('From: ') + B(frm), 'To: ' + to] + (['CC: ' + cc] if cc else [])
    out.append(B('Subject: ') + B(subject) if isinstance(subject, bytes) or '=?' in subject or '\n' in subject else fold('Subject', subject))
    if topic:
        out.append(B(fold('Thread-Topic', topic)) if isinstance(topic, str) else B('Thread-Topic: ') + topic)
    out.append('Thread-Index: ' + thread_index())
    out.append('Date: ' + dstr(d, date_style))
    if mid == 'outlook':
        mid = mid_outlook()
    if mid:
        out.append('Message-ID: ' + mid)
    if in_reply:
        out += ['References: ' + in_reply, 'In-Reply-To: ' + in_reply]
    return out + rest + list(post)

# =========================================================================== QUESTIONS answered by an article
@M('question', 'auto_reply', 'support-hours', 'en', 'personal-gmail;multipart-alternative;gmail;received-7;dkim;arc;external-banner;lowercase;night',
   'asks if anyone is reachable at night/weekend without saying hours')
def q_en_support_hours():
    d = D(4, 18, 1, 37)
    text = ("hiya, tom here (night shift mgr at doncaster DC) - using my own email as the work one wont load on my phone\n\n"
            "we start doing interviews on nights for peak from next week, 10pm to 2am slots. if goodtime plays up at 1 in the morning "
            "or on a sunday is there actually anybody at goodtime we can get hold of?? or are we on our own till monday\n\n"
            "cheers\ntom")
    alt = multi('alternative', [part_text(text, cs='UTF-8', cte='7bit', quote_cs=True),
                                part_text(ext_banner_html() + gmail_html(text), sub='html', cs='UTF-8', cte='quoted-printable')], 'gmail')
    h = hdr_gmail_inbound(d, n_recv=6) + ['MIME-Version: 1.0'] + top('Tom Brennan <tombrennan.dc@gmail.com>',
        '[EXTERNAL] nights - anyone at goodtime?', d, to=HL, mid='gmail', order='gmail')
    return build_nomime(h, alt)

def build_nomime(headers, part, crlf=False):
    """Headers already contain MIME-Version in the client's position."""
    h, body = part
    raw = b'\n'.join(B(x) for x in headers + h) + b'\n\n' + body
    if crlf:
        raw = raw.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    return raw

@M('question', 'auto_reply', 'contact-csm', 'en', 'outlook-multipart-alternative;quoted-printable;corporate-signature;legal-disclaimer;rambling;question-in-third-paragraph',
   'wants time with the GoodTime customer success contact; never says CSM')
def q_en_contact_csm():
    d = D(4, 14, 8, 52)
    text = ("Hi both,\n\n"
            "Hope you both had a decent Easter. Quick heads-up that the seasonal hiring plan is now signed off by Ops \u2013 we\u2019re looking at roughly "
            "2,300 temporary store colleagues between September and December, about a third of them through the assessment-day route again.\n\n"
            "I\u2019m also pulling the supply chain side together with Natasha, so you may see a few questions from her team about the DCs over the next couple of weeks.\n\n"
            "The actual reason I\u2019m writing: I want to get some proper time with our contact at GoodTime \u2013 the customer success lady who did the "
            "second half of the kick-off last year, not the support desk \u2013 to talk through how we run the assessment days this time. I\u2019ve lost the "
            "email with her details (new laptop, long story). Is there a way to get straight into her diary, or do I have to go through you each time?\n\n"
            "Thanks,\nClaire")
    plain = outlook_plain(text, SIG_CLAIRE)
    htm = outlook_html(text, SIG_CLAIRE)
    alt = multi('alternative', [part_text(plain, cs='windows-1252', cte='quoted-printable'),
                                part_text(htm, sub='html', cs='windows-1252', cte='quoted-printable')], 'outlook')
    h = OH(d, 'Claire Ridgway <claire.ridgway@ospreyretail.com>', 'Peak planning / GoodTime contact',
           cc='Natasha Birch <natasha.birch@ospreyretail.com>')
    return build(h, alt)

@M('question', 'auto_reply', 'escalation-path', 'en', 'outlook-html-only;quoted-printable;windows-1252;reply-thread-unrelated;outlook-quote-block;corporate-signature;legal-disclaimer',
   'which channel for what, asked on top of an assessment-day thread')
def q_en_escalation_path():
    d = D(4, 21, 16, 8)
    text = ("Hi GT team,\n\n"
            "Slightly random one on the back of this thread \u2013 I\u2019m writing a cheat sheet for the four new coordinators who start in the North West next month. "
            "When something goes sideways in GoodTime, who are they meant to go to? You lot, GoodTime themselves, or the account person at GoodTime? "
            "And if they\u2019ve got a bright idea for the product, where does that go?\n\n"
            "Want to get it right on paper before they pick up my bad habits :)\n\nThanks\nHannah")
    quotes = [
        dict(frm='', **{'from': 'GT Helpline <gt-helpline@ospreyretail.com>', 'sent': 'Friday, April 17, 2026 11:42 AM',
                        'to': 'Hannah Lockwood <hannah.lockwood@ospreyretail.com>', 'subject': 'RE: Assessment day \u2013 Bolton 28th',
                        'body': 'Hi Hannah,\n\nThe Bolton assessment day on the 28th is now set up in GoodTime with the three sessions you asked for (group task, till test, 1:1). '
                                'Rooms are the training room and the manager\u2019s office.\n\nGT Helpline\nInternal GoodTime Project Team'}),
        dict(frm='', **{'from': 'Hannah Lockwood <hannah.lockwood@ospreyretail.com>', 'sent': 'Thursday, April 16, 2026 3:10 PM',
                        'to': 'GT Helpline <gt-helpline@ospreyretail.com>', 'cc': 'Dean Ashworth <dean.ashworth@ospreyretail.com>',
                        'subject': 'Assessment day \u2013 Bolton 28th',
                        'body': 'Hi,\n\nCould you help me set up the Bolton assessment day on Tuesday 28th? 12 candidates, 3 sessions each, Dean and his two deputies interviewing.\n\nThanks\nHannah'}),
    ]
    for q in quotes:
        q.pop('frm')
    htm = outlook_html(text, SIG_HANNAH, quotes)
    p = part_text(htm, sub='html', cs='windows-1252', cte='quoted-printable')
    h = OH(d, 'Hannah Lockwood <hannah.lockwood@ospreyretail.com>', 'RE: Assessment day \u2013 Bolton 28th'.encode('cp1252'),
           in_reply=mid_outlook(), n_recv=3)
    return build(h, p, crlf=True)

@M('question', 'auto_reply', 'panel-interviews', 'en', 'iphone;plain-7bit;lowercase;terse;mobile-signature;typos',
   'two interviewers at once + back-to-back sessions')
def q_en_panel():
    d = D(4, 15, 13, 21)
    text = ("how do i set it up so me and my deputy both sit in on the same interview?? and for the supervisor job can i do 2 back to back, "
            "1 with me then 1 with the area manager striaght after\n\nSent from my iPhone")
    p = part_text(text, cs='us-ascii', cte='7bit')
    h = hdr_internal(d, None, n_recv=2)[:2] + top('Dean Ashworth <dean.ashworth@ospreyretail.com>', 'me and deputy', d, to=HL, mid=mid_apple(), order='gmail',
            post=['X-Mailer: iPhone Mail (22E252)'])
    return build(h, p)

@M('question', 'auto_reply', 'interviewer-load-balancing', 'en', 'plain;quoted-printable;reply-thread-unrelated;outlook-quote-block;corporate-signature;legal-disclaimer',
   'same two managers get all interviews; wants a cap')
def q_en_load():
    d = D(4, 22, 10, 4)
    text = ("Separate thing, sorry for hijacking this.\n\n"
            "The Leeds Trinity and White Rose store managers are doing 12\u201315 interviews a week each at the moment and their deputies are doing next to nothing, "
            "because everything seems to land on the store manager. Can we stop GoodTime piling it all on the same two people? Ideally something like "
            "max 6 a week each and the rest spread across the deputies.\n\nCheers\nMarcus")
    quotes = [{'from': 'Accounts Payable <ap.queries@ospreyretail.com>', 'sent': '21 April 2026 17:03',
               'to': 'Marcus Obi <marcus.obi@ospreyretail.com>', 'cc': 'GT Helpline <gt-helpline@ospreyretail.com>',
               'subject': 'Leeds agency invoices \u2013 March',
               'body': 'Hi Marcus,\n\nWe still have two Staffline invoices for Leeds (INV-77120, INV-77131) without a PO. Can you confirm which cost centre they sit under?\n\nKind regards\nAccounts Payable'}]
    plain = outlook_plain(text, SIG_MARCUS, quotes)
    p = part_text(plain, cs='utf-8', cte='quoted-printable')
    h = OH(d, 'Marcus Obi <marcus.obi@ospreyretail.com>', 'RE: Leeds agency invoices - March',
           to='Accounts Payable <ap.queries@ospreyretail.com>', cc='GT Helpline <gt-helpline@ospreyretail.com>', in_reply=mid_outlook())
    return build(h, p)

@M('question', 'auto_reply', 'ats-integration', 'en', 'apple-mail;multipart-alternative;quoted-printable;two-questions',
   'reject in ATS or GoodTime + how long until stage change shows')
def q_en_ats():
    d = D(4, 9, 9, 17)
    text = ("Hi,\n\nTwo quick ones from the Warrington DC side:\n\n"
            "1) When a warehouse candidate fails the assessment, do I reject them in GoodTime or in Workday? I\u2019ve been doing it in both and I think I\u2019m making a mess.\n\n"
            "2) If I move someone to the \u2018Site Interview\u2019 stage, how long should it take before they show up in GoodTime ready to book? Yesterday it felt like ages and I ended up refreshing for 10 minutes.\n\n"
            "Thanks\nBecky\n\n" + SIG_REBECCA)
    alt = multi('alternative', [part_text(text, cs='utf-8', cte='quoted-printable'),
                                part_text(apple_html(text), sub='html', cs='utf-8', cte='quoted-printable')], 'apple')
    h = hdr_internal(d, None, n_recv=2)[:2] + top('Rebecca Tan <rebecca.tan@ospreyretail.com>', 'rejecting in GoodTime vs Workday?', d,
                                                  to='gt-helpline@ospreyretail.com', mid=mid_apple(), order='gmail',
                                                  post=['X-Mailer: Apple Mail (2.3826.500.181.1.5)'])
    return build(h, alt, mime_first=False)

# ---------------------------------------------------------------- German
SIG_LENA = ('Lena Br\u00fcggemann\nSchichtleitung Nacht | DC Hamburg-Billbrook\nOsprey Retail Group \u2013 Niederlassung Deutschland\n'
            'Liebigstra\u00dfe 71, 22113 Hamburg\nTel. +49 40 5558 2231 | Mobil +49 151 5550 4412\n\n'
            'Osprey Retail Deutschland GmbH | Sitz: Hamburg | Amtsgericht Hamburg HRB 154877 | Gesch\u00e4ftsf\u00fchrung: Dr. Frank Tiedemann, Sarah Okafor\n'
            'Diese E-Mail enth\u00e4lt VERTRAULICHE Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrt\u00fcmlich erhalten haben, '
            'informieren Sie bitte sofort den Absender und vernichten Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail ist nicht gestattet.')

@M('question', 'auto_reply', 'support-hours', 'de', 'outlook-html-only;quoted-printable;windows-1252;rfc2047-q-iso-8859-1;corporate-signature;legal-disclaimer',
   'Nachtschicht: ist GoodTime-Support nachts/am Wochenende erreichbar (ohne das Wort Zeiten)')
def q_de_support_hours():
    d = D(4, 20, 7, 12, 'de')
    text = ("Hallo GT-Team,\n\n"
            "ab dem 4. Mai f\u00fchren wir im DC Billbrook auch Vorstellungsgespr\u00e4che f\u00fcr die Nachtschicht durch (zwischen 22 und 2 Uhr), teilweise auch samstags und sonntags.\n\n"
            "Falls GoodTime dann mitten in der Nacht streikt: Erreichen wir bei GoodTime \u00fcberhaupt jemanden, oder m\u00fcssen wir bis Montagmorgen warten? "
            "Und wenn ja, auf welchem Weg am besten?\n\nDanke und viele Gr\u00fc\u00dfe\nLena")
    p = part_text(outlook_html(text, SIG_LENA, body_lang='DE'), sub='html', cs='windows-1252', cte='quoted-printable')
    subj = ews(['R\u00fcckfrage: Support nachts / am Wochenende'], 'iso-8859-1', 'Q')
    h = OH(d, '=?iso-8859-1?Q?Br=FCggemann=2C_Lena?= <lena.brueggemann@ospreyretail.com>', subj, lang='de-DE', topic='R\u00fcckfrage: Support nachts / am Wochenende'.encode('utf-8'))
    return build(h, p, crlf=True)

SIG_SVEN = ('Sven Oltmanns\nTalent Acquisition Manager DACH\nOsprey Retail Deutschland GmbH\nAm Sandtorkai 50, 20457 Hamburg\n+49 40 5558 1090')

@M('question', 'auto_reply', 'contact-csm', 'de', 'outlook-multipart-alternative;base64;utf-8;rfc2047-b-utf-8-split-mid-word',
   'Termin mit der CSM f\u00fcr Prozess-Thema: wie erreichen')
def q_de_contact_csm():
    d = D(4, 23, 11, 46, 'de')
    text = ("Moin zusammen,\n\n"
            "wir wollen mit GoodTime \u00fcber unseren Ablauf f\u00fcr die Filialer\u00f6ffnungen in Hannover und Kiel sprechen (sehr viele Gespr\u00e4che in kurzer Zeit, "
            "komplett neue Filialleitungen, die GoodTime noch nie benutzt haben). Daf\u00fcr w\u00e4re doch unsere CSM die richtige Ansprechpartnerin, oder?\n\n"
            "Ich finde ihre Kontaktdaten aus dem Kick-off leider nicht mehr. Wie komme ich am schnellsten an einen Termin bei ihr?\n\n"
            "Beste Gr\u00fc\u00dfe\nSven")
    plain = text + '\n\n' + SIG_SVEN + '\n'
    alt = multi('alternative', [part_text(plain, cs='utf-8', cte='base64'),
                                part_text(outlook_html(text, SIG_SVEN, body_lang='DE', cs='utf-8'), sub='html', cs='utf-8', cte='base64')], 'outlook')
    subj = ews(['Termin mit unserer Ansprech', 'partnerin bei GoodTime (Customer Success) \u2013 wie?'], 'utf-8', 'B')
    h = OH(d, 'Sven Oltmanns <sven.oltmanns@ospreyretail.com>', subj, lang='de-DE')
    return build(h, alt)

@M('question', 'auto_reply', 'reschedule-interview', 'de', 'iphone;raw-utf8-subject;raw-utf8-from;8bit;mobile-signature',
   'Termin im Outlook verschieben oder in GoodTime?')
def q_de_reschedule():
    d = D(4, 14, 21, 55, 'de')
    text = ("Hallo,\n\nKandidatin f\u00fcr die stellv. Filialleitung kann am Donnerstag doch nicht, h\u00e4tte gern Montag. "
            "Kann ich den Termin einfach in meinem Outlook-Kalender auf Montag ziehen oder muss ich das in GoodTime machen? Will nix kaputt machen\n\n"
            "Gru\u00df J\u00f6rg\n\nVon meinem iPhone gesendet")
    p = part_text(text, cs='utf-8', cte='8bit')
    h = hdr_internal(d, None, n_recv=2)[:2] + top('J\u00f6rg M\u00fcller <joerg.mueller@ospreyretail.com>'.encode('utf-8'),
                                                  'Termin verschieben \u2013 geht das \u00fcber Outlook?'.encode('utf-8'), d, to=HL,
                                                  mid=mid_apple(), order='gmail', post=['X-Mailer: iPhone Mail (22E252)'])
    return build(h, p)

@M('question', 'auto_reply', 'add-interviewer-to-pool', 'de', 'thunderbird;plain;quoted-printable;iso-8859-1;format-flowed;reply-thread-unrelated;gt-quote-lines',
   'neue Teamleiterin soll als Interviewerin vorgeschlagen werden')
def q_de_pool():
    d = D(4, 16, 14, 3, 'de')
    text = ("Hallo zusammen,\n\nkurze andere Frage, weil ich gerade eh schreibe:\n\n"
            "Unsere neue Teamleiterin im Lager, Frau Petersen, soll ab n\u00e4chster Woche auch Vorstellungsgespr\u00e4che f\u00fcr Lagerhelfer f\u00fchren. "
            "Die Interviewschulung hat sie schon gemacht. Was muss ich tun, damit GoodTime sie bei den Lager-Gespr\u00e4chen auch mit vorschl\u00e4gt? "
            "Bisher tauchen da immer nur Herr Brandt und ich auf.\n\nViele Gr\u00fc\u00dfe\nKatrin Vosskamp\n"
            "Recruiting-Koordinatorin | Osprey Retail Deutschland GmbH | Hamburg")
    quoted = ("Hallo Katrin,\n\ndie Schichtpl\u00e4ne f\u00fcr die Inventur am 25.04. h\u00e4nge ich dir an. Bitte bis Mittwoch an die Filialen weitergeben.\n\n"
              "Danke dir!\nMichael")
    body = text + '\n\nAm 16.04.26 um 09:41 schrieb Michael Brandt:\n' + '\n'.join('> ' + l if l else '>' for l in quoted.split('\n')) + '\n'
    p = part_text(body, cs='ISO-8859-1', cte='quoted-printable', ct_extra='; format=flowed', quote_cs=False)
    p[0][0] = 'Content-Type: text/plain; charset=ISO-8859-1; format=flowed'
    h = hdr_internal(d, None, n_recv=3)[:3] + top('Katrin Vosskamp <katrin.vosskamp@ospreyretail.com>', 'Re: Schichtplan Inventur 25.04.', d,
                                                  to='Michael Brandt <michael.brandt@ospreyretail.com>', cc='gt-helpline@ospreyretail.com',
                                                  mid='<%s@ospreyretail.com>' % ruuid().lower(), order='gmail',
                                                  in_reply='<%s@ospreyretail.com>' % ruuid().lower(),
                                                  post=['User-Agent: Mozilla Thunderbird', 'Content-Language: de-DE'])
    return build(h, p)

@M('question', 'auto_reply', 'room-booking', 'de', 'outlook-html-only;quoted-printable;windows-1252;raw-cp1252-subject',
   'Raum automatisch mitbuchen + Raum fehlt in der Liste')
def q_de_room():
    d = D(4, 27, 9, 30, 'de')
    text = ("Hallo,\n\nf\u00fcr die Gespr\u00e4che mit Bewerber:innen f\u00fcr die Zentrale in Hamburg-Hammerbrook w\u00fcrde ich gern gleich einen Besprechungsraum "
            "mitbuchen lassen, statt ihn jedes Mal separat in Outlook zu reservieren. Wie stelle ich das in GoodTime ein?\n\n"
            "Und noch was: Der Raum \u201eElbe\u201c im 3. OG taucht in der Auswahl gar nicht auf \u2013 liegt das an mir?\n\nDanke\nNils Hansen\n"
            "Recruiting-Koordinator | Osprey Retail Deutschland GmbH")
    p = part_text(outlook_html(text, body_lang='DE'), sub='html', cs='windows-1252', cte='quoted-printable')
    h = OH(d, 'Nils Hansen <nils.hansen@ospreyretail.com>', 'R\u00e4ume f\u00fcr Vorstellungsgespr\u00e4che im B\u00fcro'.encode('cp1252'), lang='de-DE')
    return build(h, p, crlf=True)

# ---------------------------------------------------------------- Spanish
@M('question', 'auto_reply', 'chat-bubble', 'es', 'iphone;multipart-alternative;rfc2047-q-utf-8;mobile-signature',
   'no encuentra el chat morado (lo busca en Outlook)')
def q_es_chat():
    d = D(4, 15, 17, 48, 'es')
    text = ("Hola, en la formaci\u00f3n dijeron que hab\u00eda un chat morado para hablar con los de GoodTime pero yo no lo veo por ning\u00fan lado. "
            "He mirado en el Outlook y en el calendario del m\u00f3vil. \u00bfD\u00f3nde sale?\n\nGracias\nJavier\n\nEnviado desde mi iPhone")
    alt = multi('alternative', [part_text(text, cs='utf-8', cte='quoted-printable'),
                                part_text(apple_html(text), sub='html', cs='utf-8', cte='quoted-printable')], 'iphone')
    subj = ew('\u00bfD\u00f3nde est\u00e1 el chat de GoodTime?', 'utf-8', 'Q')
    h = hdr_internal(d, None, n_recv=2)[:2] + top('Javier Morales <javier.morales@ospreyretail.com>', subj, d, to=HL, mid=mid_apple(), order='gmail',
                                                  post=['X-Mailer: iPhone Mail (22D82)'])
    return build(h, alt)

def q_outlook_es(name, addr, sent, subj, body, to='Equipo GT Helpline <gt-helpline@ospreyretail.com>'):
    return {'from': '%s <%s>' % (name, addr), 'sent': sent, 'to': to, 'subject': subj, 'body': body}

@M('question', 'auto_reply', 'candidate-availability-request', 'es', 'outlook-html-only;quoted-printable;windows-1252;reply-thread-unrelated;long-thread;outlook-quote-block',
   'quiere que el candidato marque sus franjas libres')
def q_es_availability():
    d = D(4, 22, 12, 37, 'es')
    text = ("Hola equipo,\n\naprovecho este hilo para una duda r\u00e1pida: para los puestos de encargado/a quiero que el candidato me marque todas las franjas "
            "que tiene libres la semana que viene, y luego ya cuadro yo con el encargado de zona y el de tienda. \u00bfC\u00f3mo se le pide eso desde GoodTime? "
            "Ahora lo hago todo por correo y es un ir y venir interminable.\n\nGracias,\nN\u00faria")
    sig = ('N\u00faria Puig i Soler\nCoordinadora de Selecci\u00f3n \u2013 Catalu\u00f1a\nOsprey Retail Iberia, S.L.\nPasseig de Gr\u00e0cia 92, 08008 Barcelona\nTel. +34 93 555 21 08')
    quotes = [
        q_outlook_es('Marta Gim\u00e9nez', 'marta.gimenez@ospreyretail.com', 'martes, 21 de abril de 2026 18:05', 'RE: Campa\u00f1a verano \u2013 tiendas Costa Brava',
                     'Perfecto, N\u00faria. Entonces mantenemos 6 tiendas en la campa\u00f1a (Roses, Lloret, Blanes, Palam\u00f3s, Platja d\u2019Aro y Figueres) y dejamos Tossa para junio.\n\nMarta',
                     to='N\u00faria Puig i Soler <nuria.puig@ospreyretail.com>'),
        q_outlook_es('N\u00faria Puig i Soler', 'nuria.puig@ospreyretail.com', 'martes, 21 de abril de 2026 16:40', 'RE: Campa\u00f1a verano \u2013 tiendas Costa Brava',
                     'Hola Marta,\n\nTe paso el recuento: necesitamos 42 dependientes de refuerzo y 6 encargados de turno. Las entrevistas empezar\u00edan el 4 de mayo.\n\nN\u00faria',
                     to='Marta Gim\u00e9nez <marta.gimenez@ospreyretail.com>'),
        q_outlook_es('Marta Gim\u00e9nez', 'marta.gimenez@ospreyretail.com', 'lunes, 20 de abril de 2026 9:12', 'Campa\u00f1a verano \u2013 tiendas Costa Brava',
                     '\u00bfMe pasas cu\u00e1ntas personas necesitamos por tienda para el verano? Lo necesito para el presupuesto del jueves.\n\nGracias',
                     to='N\u00faria Puig i Soler <nuria.puig@ospreyretail.com>'),
    ]
    p = part_text(outlook_html(text, sig, quotes, lang='es', body_lang='ES'), sub='html', cs='windows-1252', cte='quoted-printable')
    h = OH(d, '=?iso-8859-1?Q?N=FAria_Puig_i_Soler?= <nuria.puig@ospreyretail.com>', 'RE: =?iso-8859-1?Q?Campa=F1a?= verano =?iso-8859-1?Q?=96?= tiendas Costa Brava',
           to='Marta =?iso-8859-1?Q?Gim=E9nez?= <marta.gimenez@ospreyretail.com>', cc='Equipo GT Helpline <gt-helpline@ospreyretail.com>',
           topic='=?iso-8859-1?Q?Campa=F1a_verano_=96_tiendas_Costa_Brava?=', lang='es-ES', in_reply=mid_outlook())
    return build(h, p, crlf=True)

@M('question', 'auto_reply', 'time-zones', 'es', 'outlook-mac;multipart-alternative;base64;utf-8',
   'candidata en Canarias: qu\u00e9 hora ver\u00e1 en la invitaci\u00f3n')
def q_es_tz():
    d = D(4, 28, 16, 2, 'es')
    text = ("Hola,\n\nTengo una candidata que vive en Las Palmas (all\u00ed es una hora menos) para un puesto de coordinadora de log\u00edstica en la oficina de Barcelona. "
            "La entrevista es por Teams con dos personas de aqu\u00ed.\n\n\u00bfQu\u00e9 hora le va a aparecer a ella en la invitaci\u00f3n, la nuestra o la suya? "
            "\u00bfTengo que tocar algo para que no haya l\u00edos?\n\nUn saludo,\nMarta Gim\u00e9nez\nTalent Acquisition Manager Iberia | Osprey Retail Group")
    alt = multi('alternative', [part_text(text, cs='utf-8', cte='base64'),
                                part_text('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
                                          '<div style="font-family: Aptos, sans-serif; font-size: 12pt;">' + esc(text).replace('\n', '<br>\n') +
                                          '</div></body></html>\n', sub='html', cs='utf-8', cte='base64')], 'other')
    h = hdr_internal(d, None, n_recv=3)[:3] + top('Marta =?UTF-8?B?R2ltw6luZXo=?= <marta.gimenez@ospreyretail.com>',
                                                  'Candidata en Canarias - hora de la entrevista', d, to=HL, mid='<%s@ospreyretail.com>' % ruuid(),
                                                  order='gmail', post=['User-Agent: Microsoft-MacOutlook/16.96.25041326', 'Thread-Topic: Candidata en Canarias - hora de la entrevista',
                                                                       'Thread-Index: ' + thread_index()])
    return build(h, alt)

@M('question', 'auto_reply', 'cancel-interview', 'es', 'personal-gmail;gmail-forward;forwarded-chain;multipart-alternative;received-8;dkim;arc',
   'candidato se retira: \u00bfborrar la cita del calendario?')
def q_es_cancel():
    d = D(4, 15, 8, 14, 'es')
    text = ("Os reenv\u00edo esto. El chaval ya no quiere seguir. \u00bfBorro yo la cita de mi calendario y listo, o hay que hacer algo en GoodTime?\n\nRa\u00fal\n"
            "Encargado \u2013 Osprey Badalona Magatzem")
    attr = '---------- Forwarded message ---------\nDe: Adri\u00e1n S\u00e1ez <adrian.saez.m@gmail.com>\nDate: mar, 14 abr 2026 a las 19:22\nSubject: Entrevista jueves\nTo: <raul.ortega@ospreyretail.com>\n'
    fwd = ("Hola Ra\u00fal,\n\nMuchas gracias por la oportunidad, pero he aceptado otra oferta y no podr\u00e9 ir a la entrevista del jueves a las 10:30.\n\n"
           "Un saludo,\nAdri\u00e1n")
    plain = text + '\n\n' + attr + '\n' + fwd + '\n'
    htm = ('<div dir="ltr">' + ''.join('<div>%s</div>' % (esc(l) or '<br>') for l in text.split('\n')) +
           '<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>De: <strong class="gmail_sendername" dir="auto">Adri\u00e1n S\u00e1ez</strong> '
           '<span dir="auto">&lt;<a href="mailto:adrian.saez.m@gmail.com">adrian.saez.m@gmail.com</a>&gt;</span><br>Date: mar, 14 abr 2026 a las 19:22<br>'
           'Subject: Entrevista jueves<br>To: &lt;<a href="mailto:raul.ortega@ospreyretail.com">raul.ortega@ospreyretail.com</a>&gt;<br></div><br><br>'
           '<div dir="ltr">' + '<br>'.join(esc(l) for l in fwd.split('\n')) + '</div></div></div>\n')
    alt = multi('alternative', [part_text(plain, cs='UTF-8', cte='quoted-printable'), part_text(htm, sub='html', cs='UTF-8', cte='quoted-printable')], 'gmail')
    h = hdr_gmail_inbound(d, n_recv=8) + ['MIME-Version: 1.0'] + top('=?UTF-8?Q?Ra=C3=BAl_Ortega?= <raul.ortega.bdn@gmail.com>', 'Fwd: Entrevista jueves', d,
                                                                        to=HL, mid='gmail', order='gmail')
    return build_nomime(h, alt)

SIG_LAIA = ('Laia Ferrer Vall\u00e8s\nCoordinadora de Selecci\u00f3n \u2013 Girona y Costa Brava\nOsprey Retail Iberia, S.L.\n'
            'Passeig de Gr\u00e0cia 92, 08008 Barcelona | Tel. +34 972 55 40 17\n\n'
            'AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos son CONFIDENCIALES y se dirigen exclusivamente a su destinatario. '
            'Si lo ha recibido por error, le rogamos que lo comunique inmediatamente al remitente y proceda a su eliminaci\u00f3n. '
            'Osprey Retail Iberia, S.L. trata sus datos conforme al RGPD; puede ejercer sus derechos en privacidad@ospreyretail.com.')

@M('question', 'auto_reply', 'conference-links', 'es', 'plain;quoted-printable;iso-8859-1;corporate-signature;legal-disclaimer',
   'quiere Teams en vez de Meet en las entrevistas')
def q_es_conference():
    d = D(5, 5, 9, 11, 'es')
    text = ("Buenos d\u00edas:\n\nLas entrevistas de encargados de tienda de la zona de Girona est\u00e1n saliendo con enlace de Google Meet, y a los encargados "
            "les va mucho mejor Teams (es lo que tienen en la tablet de la tienda). \u00bfC\u00f3mo hago para que salgan con Teams? \u00bfHay que cambiarlo en cada "
            "entrevista o se puede dejar puesto para todas?\n\nMuchas gracias,\n\n" + SIG_LAIA)
    p = part_text(text.replace('\u2013', '-'), cs='iso-8859-1', cte='quoted-printable')
    h = OH(d, '=?iso-8859-1?Q?Laia_Ferrer_Vall=E8s?= <laia.ferrer@ospreyretail.com>', 'Teams en lugar de Meet', lang='es-ES')
    return build(h, p)

# ---------------------------------------------------------------- French
SIG_SANDRINE = ('Sandrine Peyrac\nResponsable Talent Acquisition France\nOsprey Retail France SAS \u2013 12 quai de Bacalan, 33300 Bordeaux\n'
                'T\u00e9l. +33 5 56 55 01 42 | Mob. +33 6 55 50 12 88\n\n'
                'Ce message et toutes les pi\u00e8ces jointes sont CONFIDENTIELS et \u00e9tablis \u00e0 l\'intention exclusive de ses destinataires. '
                'Si vous avez re\u00e7u ce message par erreur, merci d\'en avertir imm\u00e9diatement l\'exp\u00e9diteur et de le d\u00e9truire.')

@M('question', 'auto_reply', 'contact-support', 'fr', 'outlook-multipart-alternative;quoted-printable;windows-1252;rfc2047-q-iso-8859-1-split-mid-word;corporate-signature;legal-disclaimer',
   'demande un num\u00e9ro de t\u00e9l\u00e9phone pour joindre le support')
def q_fr_contact_support():
    d = D(4, 16, 10, 26, 'fr')
    text = ("Bonjour,\n\nJulien (responsable du magasin de M\u00e9rignac) me demande s\u2019il peut appeler quelqu\u2019un chez GoodTime quand il a un souci, "
            "plut\u00f4t que d\u2019\u00e9crire un mail \u00e0 chaque fois. Vous auriez un num\u00e9ro \u00e0 lui donner\u00a0? Sinon, quel est le meilleur moyen pour qu\u2019il les joigne directement\u00a0?\n\n"
            "Merci d\u2019avance,\nSandrine")
    alt = multi('alternative', [part_text(outlook_plain(text, SIG_SANDRINE, lang='fr'), cs='windows-1252', cte='quoted-printable'),
                                part_text(outlook_html(text, SIG_SANDRINE, lang='fr', body_lang='FR'), sub='html', cs='windows-1252', cte='quoted-printable')], 'outlook')
    subj = ews(['Num', '\u00e9ro de t\u00e9l\u00e9phone pour le support GoodTime ?'], 'iso-8859-1', 'Q')
    h = OH(d, 'Sandrine Peyrac <sandrine.peyrac@ospreyretail.com>', subj, lang='fr-FR', topic='=?iso-8859-1?Q?Num=E9ro_de_t=E9l=E9phone_pour_le_support_GoodTime_=3F?=')
    return build(h, alt, crlf=True)

@M('question', 'auto_reply', 'self-scheduling-link', 'fr', 'iphone;plain;8bit;utf-8;mobile-signature',
   'saisonniers: les candidats choisissent leur cr\u00e9neau eux-m\u00eames')
def q_fr_selfsched():
    d = D(4, 26, 22, 47, 'fr')
    text = ("Bonjour\n\nOn va avoir environ 200 candidatures pour les saisonniers cet \u00e9t\u00e9 sur M\u00e9rignac, je vais pas pouvoir appeler tout le monde "
            "pour caler les entretiens t\u00e9l\u00e9phoniques. Est-ce que les candidats peuvent choisir eux-m\u00eames un cr\u00e9neau ? Comment on fait ?\n\n"
            "Merci\nJulien\n\nEnvoy\u00e9 de mon iPhone")
    p = part_text(text, cs='utf-8', cte='8bit')
    h = hdr_internal(d, None, n_recv=2)[:2] + top('Julien Lacoste <julien.lacoste@ospreyretail.com>', 'Saisonniers =?utf-8?Q?=C3=A9t=C3=A9?=', d,
                                                  to=HL, mid=mid_apple(), order='gmail', post=['X-Mailer: iPhone Mail (22E252)'])
    return build(h, p)

@M('question', 'auto_reply', 'interviewer-training', 'fr', 'plain;base64;iso-8859-15',
   'nouveaux adjoints: observer puis mener sous supervision')
def q_fr_training():
    d = D(4, 29, 15, 40, 'fr')
    text = ("Bonjour,\n\nDeux nouveaux adjoints arrivent \u00e0 l'entrep\u00f4t de Saint-Jean-d'Illac en mai et devront faire passer des entretiens pour les "
            "pr\u00e9parateurs de commandes. Pendant la formation, on nous a parl\u00e9 d'un parcours o\u00f9 ils assistent d'abord \u00e0 des entretiens, puis en m\u00e8nent "
            "eux-m\u00eames avec quelqu'un d'exp\u00e9riment\u00e9 \u00e0 c\u00f4t\u00e9.\n\nComment \u00e7a se passe concr\u00e8tement dans GoodTime ? Est-ce qu'il faut que je les ajoute quelque part ?\n\n"
            "Cordialement,\n\nMathieu Roux\nChef d'\u00e9quipe - Entrep\u00f4t de Bordeaux / Saint-Jean-d'Illac\nOsprey Retail France SAS")
    p = part_text(text, cs='iso-8859-15', cte='base64')
    h = OH(d, 'Mathieu Roux <mathieu.roux@ospreyretail.com>', 'nouveaux adjoints - entretiens', lang='fr-FR', n_recv=3)
    return build(h, p)

@M('question', 'auto_reply', 'debrief-scheduling', 'fr', 'outlook-html-only;quoted-printable;windows-1252;raw-cp1252-subject;raw-cp1252-from',
   'r\u00e9union interne apr\u00e8s la journ\u00e9e de recrutement, sans le candidat')
def q_fr_debrief():
    d = D(4, 30, 11, 58, 'fr')
    text = ("Bonjour \u00e0 tous,\n\nPour la journ\u00e9e de recrutement de l\u2019entrep\u00f4t le 12 mai, on aura 18 candidats et 6 intervieweurs sur la journ\u00e9e.\n\n"
            "Le soir m\u00eame, le directeur du site voudrait r\u00e9unir tous les intervieweurs pour faire le point candidat par candidat. Est-ce que GoodTime peut "
            "organiser cette r\u00e9union en regardant les agendas de tout le monde\u00a0? Il ne faut surtout pas que les candidats re\u00e7oivent quoi que ce soit.\n\n"
            "Merci,\nH\u00e9l\u00e8ne")
    sig = 'H\u00e9l\u00e8ne Dub\u0153uf\nCoordinatrice recrutement \u2013 Nouvelle-Aquitaine\nOsprey Retail France SAS'
    p = part_text(outlook_html(text, sig, lang='fr', body_lang='FR'), sub='html', cs='windows-1252', cte='quoted-printable')
    h = OH(d, 'H\u00e9l\u00e8ne Dub\u0153uf <helene.duboeuf@ospreyretail.com>'.encode('cp1252'),
           'R\u00e9union apr\u00e8s la journ\u00e9e de recrutement du 12/05'.encode('cp1252'), lang='fr-FR')
    return build(h, p, crlf=True)

@M('question', 'auto_reply', 'candidate-reminders', 'fr', 'gmail;multipart-alternative;quoted-printable;reply-thread-unrelated;gmail-quote-fr;two-topics',
   'merci + est-ce que les candidats re\u00e7oivent un rappel ? (absents)')
def q_fr_reminders():
    d = D(4, 17, 13, 5, 'fr')
    text = ("Merci, \u00e7a marche !\n\nAutre chose : est-ce que les candidats re\u00e7oivent un rappel automatique avant l\u2019entretien ? On a eu 4 absents cette "
            "semaine \u00e0 Bordeaux Lac et je me demande s\u2019ils avaient bien l\u2019info. Et si ce n\u2019est pas le cas, je peux leur renvoyer quelque chose moi-m\u00eame ?\n\n"
            "Camille")
    attr = 'Le mar. 14 avr. 2026 \u00e0 10:02, GT Helpline <gt-helpline@ospreyretail.com> a \u00e9crit :'
    q = ("Bonjour Camille,\n\nVotre acc\u00e8s GoodTime est maintenant actif avec le r\u00f4le coordinateur pour le magasin de Bordeaux Lac. "
         "Vous pouvez vous connecter avec votre compte Microsoft habituel.\n\nBonne journ\u00e9e,\nL\u2019\u00e9quipe projet GoodTime")
    plain = text + gmail_quote_plain(attr, q)
    alt = multi('alternative', [part_text(plain, cs='UTF-8', cte='quoted-printable'),
                                part_text(gmail_html(text, attr, q), sub='html', cs='UTF-8', cte='quoted-printable')], 'gmail')
    h = hdr_internal(d, None, n_recv=2)[:2] + ['MIME-Version: 1.0'] + top('Camille Besson <camille.besson@ospreyretail.com>',
        'Re: =?UTF-8?Q?Acc=C3=A8s_GoodTime_=E2=80=93_Bordeaux_Lac?=', d, to='GT Helpline <gt-helpline@ospreyretail.com>', mid='gmail', order='gmail',
        in_reply=mid_outlook())
    return build_nomime(h, alt)

# ---------------------------------------------------------------- Portuguese
SIG_RITA = ('Rita Magalh\u00e3es\nTalent Acquisition Manager Portugal\nOsprey Retail Portugal, Lda. | Avenida da Boavista 1837, 4100-133 Porto\n+351 22 555 0190')

@M('question', 'auto_reply', 'product-board', 'pt', 'outlook-multipart-alternative;quoted-printable;rfc2047-b-utf-8;hard-looks-like-feature-request',
   'tem uma ideia e pergunta onde se deixam sugest\u00f5es')
def q_pt_product_board():
    d = D(4, 21, 10, 33, 'pt')
    text = ("Ol\u00e1,\n\nTenho uma ideia que acho que ia ajudar muito as lojas: conseguir marcar entrevistas de grupo (v\u00e1rios candidatos na mesma sess\u00e3o) "
            "diretamente no GoodTime.\n\nAntes de andar a mandar emails a toda a gente: onde \u00e9 que se p\u00f5e este tipo de sugest\u00e3o? H\u00e1 algum s\u00edtio onde "
            "a GoodTime recolha ideias dos clientes?\n\nObrigada,\nRita")
    alt = multi('alternative', [part_text(outlook_plain(text, SIG_RITA, lang='pt'), cs='utf-8', cte='quoted-printable'),
                                part_text(outlook_html(text, SIG_RITA, lang='pt', body_lang='PT', cs='utf-8'), sub='html', cs='utf-8', cte='quoted-printable')], 'outlook')
    subj = ew('Sugest\u00e3o para o GoodTime \u2013 onde enviar?', 'utf-8', 'B')
    h = OH(d, '=?utf-8?B?Uml0YSBNYWdhbGjDo2Vz?= <rita.magalhaes@ospreyretail.com>', subj, lang='pt-PT')
    return build(h, alt)

@M('question', 'auto_reply', 'calendar-sync', 'pt', 'iphone;plain;8bit;raw-utf8-subject;raw-utf8-from;mobile-signature',
   'mudou a password e o GoodTime mostra-a livre nas reuni\u00f5es: o que fazer')
def q_pt_calendar():
    d = D(4, 13, 15, 44, 'pt')
    text = ("Boa tarde\n\nMudei a password do email na sexta (obrigaram-nos a mudar) e desde a\u00ed o GoodTime acha que estou livre nas horas em que tenho reuni\u00f5es. "
            "Tenho de fazer alguma coisa do meu lado?\n\nObg\nIn\u00eas\n\nEnviado do meu iPhone")
    p = part_text(text, cs='utf-8', cte='8bit')
    h = hdr_internal(d, None, n_recv=2)[:2] + top('In\u00eas Carvalho <ines.carvalho@ospreyretail.com>'.encode('utf-8'),
                                                  'Calend\u00e1rio n\u00e3o atualiza no GoodTime?'.encode('utf-8'), d, to=HL, mid=mid_apple(), order='gmail',
                                                  post=['X-Mailer: iPhone Mail (21H221)'])
    return build(h, p)

@M('question', 'auto_reply', 'candidate-itinerary', 'pt', 'outlook-html-only;quoted-printable;windows-1252;reply-thread-unrelated;outlook-quote-block',
   'candidato n\u00e3o recebeu os detalhes da entrevista: reenviar')
def q_pt_itinerary():
    d = D(5, 6, 16, 21, 'pt')
    text = ("Bom dia,\n\nAproveito para perguntar outra coisa: um candidato para operador de armaz\u00e9m diz que n\u00e3o recebeu nada com os detalhes da entrevista "
            "de amanh\u00e3 (hora, morada, com quem vai falar). No GoodTime aparece como agendada. Consigo voltar a mandar-lhe isso?\n\nObrigado,\nJo\u00e3o")
    sig = 'Jo\u00e3o Fonseca\nCoordenador de Recrutamento \u2013 Norte\nOsprey Retail Portugal, Lda.\nTlm. +351 912 555 047'
    quotes = [{'from': 'Tiago Pinto <tiago.pinto@ospreyretail.com>', 'sent': 'ter\u00e7a-feira, 5 de maio de 2026 17:26',
               'to': 'Jo\u00e3o Fonseca <joao.fonseca@ospreyretail.com>', 'cc': 'GT Helpline <gt-helpline@ospreyretail.com>',
               'subject': 'Feira de emprego \u2013 Maia',
               'body': 'Jo\u00e3o,\n\nPara a feira de emprego da Maia no dia 16 precisamos de 2 mesas e do roll-up novo. Confirmas se o marketing j\u00e1 enviou?\n\nTiago'}]
    p = part_text(outlook_html(text, sig, quotes, lang='pt', body_lang='PT'), sub='html', cs='windows-1252', cte='quoted-printable')
    h = OH(d, '=?iso-8859-1?Q?Jo=E3o_Fonseca?= <joao.fonseca@ospreyretail.com>', 'RE: Feira de emprego =?windows-1252?Q?=96_Maia?=',
           to='Tiago Pinto <tiago.pinto@ospreyretail.com>', cc='GT Helpline <gt-helpline@ospreyretail.com>', topic='Feira de emprego',
           lang='pt-PT', in_reply=mid_outlook())
    return build(h, p, crlf=True)

@M('question', 'auto_reply', 'interviewer-decline', 'pt', 'plain;base64;utf-8;hard-looks-like-reschedule',
   'entrevistador do painel recusou: remarcar tudo?')
def q_pt_decline():
    d = D(4, 28, 9, 7, 'pt')
    text = ("Ol\u00e1,\n\nUm dos entrevistadores do painel de quinta \u00e0s 14h (o S\u00e9rgio, dos turnos da noite) recusou o convite. Tenho de desmarcar com o "
            "candidato e marcar tudo de novo, ou h\u00e1 maneira de p\u00f4r outra pessoa no lugar dele?\n\nTiago Pinto\nSupervisor de Armaz\u00e9m \u2013 Maia\n"
            "Osprey Retail Portugal")
    p = part_text(text, cs='utf-8', cte='base64')
    h = OH(d, 'Tiago Pinto <tiago.pinto@ospreyretail.com>', ew('Entrevistador recusou \u2013 remarcar tudo?', 'utf-8', 'B'), lang='pt-PT')
    return build(h, p)

@M('question', 'auto_reply', 'internal-project-team', 'pt', 'plain;quoted-printable;iso-8859-1;rfc2047-q-iso-8859-1-from;rfc2047-q-iso-8859-1-subject',
   'nova na equipa: para que serve este endere\u00e7o (alt: escalation-path)')
def q_pt_internal_team():
    d = D(4, 14, 11, 12, 'pt')
    text = ("Ol\u00e1 a todos,\n\nComecei esta semana na equipa de recrutamento do Porto e disseram-me para guardar o endere\u00e7o gt-helpline. Desculpem a pergunta "
            "b\u00e1sica, mas serve para qu\u00ea exatamente? Que tipo de coisas devo mandar para aqui, e o que \u00e9 que devo tratar diretamente com a GoodTime?\n\n"
            "Obrigada e bom trabalho,\nConcei\u00e7\u00e3o Ara\u00fajo\nRecrutamento \u2013 Osprey Retail Portugal".replace('\u2013', '-'))
    p = part_text(text, cs='iso-8859-1', cte='quoted-printable')
    h = OH(d, '=?iso-8859-1?Q?Concei=E7=E3o_Ara=FAjo?= <conceicao.araujo@ospreyretail.com>',
           '=?iso-8859-1?Q?D=FAvida_-_para_que_serve_este_endere=E7o=3F?=', lang='pt-PT')
    return build(h, p)

# =========================================================================== QUESTIONS no article answers
@M('question', 'forward_support', 'none', 'en', 'personal-gmail;multipart-alternative;gmail;received-7;dkim;arc;lowercase;terse;hard-resembles-candidate-reminders',
   'SMS/text reminders - KB reminders article only covers email')
def n_en_sms():
    d = D(4, 18, 23, 14)
    text = ("can goodtime send the candidates a text the day before instead of an email? half the lads applying for the warehouse roles dont check their email "
            "and we had 3 no shows tues\n\nkerry-ann\nliverpool one")
    alt = multi('alternative', [part_text(text, cs='UTF-8', cte='7bit'), part_text(gmail_html(text), sub='html', cs='UTF-8', cte='7bit')], 'gmail')
    h = hdr_gmail_inbound(d, n_recv=7) + ['MIME-Version: 1.0'] + top('Kerry-Ann Doyle <kerryann.doyle87@gmail.com>', 'text reminders?', d, to=HL, mid='gmail', order='gmail')
    return build_nomime(h, alt)

@M('question', 'forward_support', 'none', 'en', 'iphone;plain;quoted-printable;mobile-signature;short',
   'is there a GoodTime mobile app')
def n_en_app():
    d = D(4, 24, 12, 9)
    text = ("Hi, is there a GoodTime app I can download? I\u2019m on the shop floor most of the day and only have my phone on me. Couldn\u2019t see one in the App Store.\n\n"
            "Shona\n\nSent from my iPhone")
    p = part_text(text, cs='utf-8', cte='quoted-printable')
    h = hdr_internal(d, None, n_recv=2)[:2] + top('Shona McKay <shona.mckay@ospreyretail.com>', 'GoodTime app?', d, to=HL, mid=mid_apple(), order='gmail',
                                                  post=['X-Mailer: iPhone Mail (22E252)'])
    return build(h, p)

@M('question', 'forward_support|needs_review', 'none', 'en', 'form-mailer;auto-submitted;x-auto-response-suppress;no-reply-from;reply-to;message-id-no-brackets;plain',
   'web form: how long GoodTime keeps rejected candidates\' data / erasure request')
def n_en_form_gdpr():
    d = D(4, 16, 22, 41)
    text = ("A new enquiry has been submitted via the Osprey People Hub.\n\n"
            "Reference:   PH-2026-041187\nSubmitted:   16/04/2026 22:41\nName:        Aaron Fletcher\nEmail:       aaron.fletcher@ospreyretail.com\n"
            "Location:    Store 0388 - Preston Fishergate\nRole:        Store Manager\nCategory:    GoodTime / Interview scheduling\nSubject:     candidate data\n\n"
            "Message:\n--------\none of the candidates I interviewed last month (didn't get the job) has emailed the store asking us to delete everything we hold on her. "
            "how long does goodtime keep a candidate's info after they've been rejected, and can we wipe her out of it ourselves?\n\n"
            "--------------------------------------------------------------\nThis is an automated message from Osprey People Hub. Please do not reply to this address;\n"
            "use Reply-To or the reference number above.\n")
    p = part_text(text, cs='utf-8', cte='7bit')
    h = ['Received: from peoplehub-app02.ospreyretail.local (10.40.12.22) by\n AM9PR04MB8234.eurprd04.prod.outlook.com with SMTP; ' + utc(d, 3),
         'Received: from localhost (localhost [127.0.0.1]) by peoplehub-app02.ospreyretail.local\n (Postfix) with ESMTP id 4F2A19C0B1 for <gt-helpline@ospreyretail.com>; ' + dstr(d),
         'Date: ' + dstr(d), 'From: Osprey People Hub <no-reply@peoplehub.ospreyretail.com>', 'To: gt-helpline@ospreyretail.com',
         'Reply-To: Aaron Fletcher <aaron.fletcher@ospreyretail.com>',
         'Subject: [People Hub] New enquiry - GoodTime / Interview scheduling (Ref PH-2026-041187)',
         'Message-ID: 20260416214102.4F2A19C0B1@peoplehub-app02.ospreyretail.local',
         'Auto-Submitted: auto-generated', 'X-Auto-Response-Suppress: All', 'X-Mailer: PeopleHub Notifications 4.2.1']
    return build(h, p)

@M('question', 'forward_support', 'none', 'en', 'outlook-html-only;quoted-printable;windows-1252;rambling;corporate-signature;legal-disclaimer;hard-resembles-panel-interviews',
   'several candidates in one slot (group task) - panel article is about several interviewers')
def n_en_group():
    d = D(5, 4, 14, 26)
    text = ("Hi all,\n\nHope you\u2019re well and surviving the bank holiday rush.\n\n"
            "We\u2019re starting to plan Christmas temp recruitment for the Scottish stores and I\u2019m trying to work out how much of it we can run through GoodTime "
            "this year rather than the usual spreadsheet-and-prayer approach. Last year we did open evenings in Glasgow, Edinburgh and Aberdeen: 8\u201310 candidates "
            "arrive at 6pm, do a group task together for 40 minutes, then each has a 10-minute one-to-one with a manager.\n\n"
            "The one-to-ones I think I can manage. What I can\u2019t work out is whether GoodTime can put several candidates into the same slot for the group bit "
            "\u2013 everything I\u2019ve done so far has been one candidate per interview. Is that something it can do, and if so how?\n\n"
            "Thanks in advance,\nFiona")
    p = part_text(outlook_html(text, SIG_FIONA), sub='html', cs='windows-1252', cte='quoted-printable')
    h = OH(d, 'Fiona Gallagher <fiona.gallagher@ospreyretail.com>', 'Christmas open evenings - group slots in GoodTime?', n_recv=3)
    return build(h, p, crlf=True)

@M('question', 'forward_support', 'none', 'en', 'outlook-multipart-alternative;quoted-printable;corporate-signature;legal-disclaimer;hard-resembles-support-hours',
   'wants the actual P1 response-time number; KB only points to the Help Center')
def n_en_sla():
    d = D(4, 30, 17, 34)
    text = ("Hi,\n\nOur Ops Director wants the peak-season risk log to show GoodTime\u2019s committed response time for a top-priority ticket, as an actual figure "
            "(e.g. \u201cwithin 30 minutes\u201d). Do we know what that number is? I\u2019d rather not put a guess in front of the board.\n\nThanks\nNatasha")
    alt = multi('alternative', [part_text(outlook_plain(text, SIG_NATASHA), cs='windows-1252', cte='quoted-printable'),
                                part_text(outlook_html(text, SIG_NATASHA), sub='html', cs='windows-1252', cte='quoted-printable')], 'outlook')
    h = OH(d, 'Natasha Birch <natasha.birch@ospreyretail.com>', 'GoodTime response times for peak risk log')
    return build(h, alt)

@M('question', 'forward_support', 'none', 'en', 'gmail-workspace-app;multipart-alternative;base64;utf-8',
   'candidate emails in Welsh')
def n_en_welsh():
    d = D(5, 7, 8, 3)
    text = ("Morning,\n\nCan GoodTime send the candidate emails (confirmation, reminders etc.) in Welsh, or in Welsh and English side by side? We get asked "
            "for it a fair bit in the Cardiff and Swansea stores and at the moment I\u2019m translating bits by hand into the personal note.\n\nDiolch,\nLewis\n"
            "Store Manager \u2013 Osprey Cardiff Queen Street")
    alt = multi('alternative', [part_text(text, cs='UTF-8', cte='base64'), part_text(gmail_html(text), sub='html', cs='UTF-8', cte='base64')], 'gmail')
    h = hdr_internal(d, None, n_recv=2)[:2] + ['MIME-Version: 1.0'] + top('Lewis Pryce <lewis.pryce@ospreyretail.com>', 'Welsh language candidate emails', d,
                                                                        to=HL, mid='gmail', order='gmail')
    return build_nomime(h, alt)

@M('question', 'forward_support', 'none', 'de', 'outlook-ios;multipart-alternative;quoted-printable;utf-8;rfc2047-b-utf-8-from;mobile-signature;hard-resembles-self-scheduling',
   'wie lange ist ein Selbstbuchungs-Link g\u00fcltig')
def n_de_link_expiry():
    d = D(4, 22, 19, 12, 'de')
    text = ("Hallo,\n\neine Bewerberin hat ihren Link zum Selbstbuchen eines Termins erst jetzt ge\u00f6ffnet, nach gut zwei Wochen, und fragt mich, ob der "
            "\u00fcberhaupt noch gilt. Wie lange sind die Links eigentlich g\u00fcltig? Das w\u00fcrde ich gern grunds\u00e4tzlich wissen, damit ich es den Leuten gleich sagen kann.\n\n"
            "LG Ay\u015fe\n\nHolen Sie sich Outlook f\u00fcr iOS")
    htm = '<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>\n<div dir="ltr">' + \
          ''.join('<div dir="ltr">%s</div>' % (esc(l) or '<br>') for l in text.split('\n')[:-1]) + \
          '<div dir="ltr">Holen Sie sich <a href="https://aka.ms/o0ukef">Outlook f\u00fcr iOS</a></div></div>\n</body></html>\n'
    alt = multi('alternative', [part_text(text, cs='utf-8', cte='quoted-printable'), part_text(htm, sub='html', cs='utf-8', cte='quoted-printable')], 'outlook')
    h = OH(d, '=?utf-8?B?QXnFn2UgRGVtaXI=?= <ayse.demir@ospreyretail.com>', 'Wie lange gilt der Buchungslink?', lang='de-DE')
    return build(h, alt)

@M('question', 'forward_support', 'none', 'es', 'gmail;multipart-alternative;quoted-printable',
   'interfaz de GoodTime en espa\u00f1ol')
def n_es_language():
    d = D(4, 20, 10, 45, 'es')
    text = ("Hola,\n\n\u00bfSe puede poner GoodTime en espa\u00f1ol (o en catal\u00e1n)? Algunos encargados de las tiendas de Tarragona no se manejan bien con el ingl\u00e9s "
            "y me llaman cada vez que tienen que mover algo. Si es una opci\u00f3n de cada usuario, \u00bfd\u00f3nde se cambia?\n\nGr\u00e0cies!\nSergi Vidal\n"
            "Coordinador de Selecci\u00f3n \u2013 Tarragona")
    alt = multi('alternative', [part_text(text, cs='UTF-8', cte='quoted-printable'), part_text(gmail_html(text), sub='html', cs='UTF-8', cte='quoted-printable')], 'gmail')
    h = hdr_internal(d, None, n_recv=2)[:2] + ['MIME-Version: 1.0'] + top('Sergi Vidal <sergi.vidal@ospreyretail.com>',
        '=?UTF-8?Q?GoodTime_en_espa=C3=B1ol=3F?=', d, to=HL, mid='gmail', order='gmail')
    return build_nomime(h, alt)

@M('question', 'forward_support', 'none', 'fr', 'outlook-multipart-alternative;base64;utf-8',
   'tutoriels vid\u00e9o en fran\u00e7ais pour les nouveaux responsables')
def n_fr_videos():
    d = D(5, 11, 14, 2, 'fr')
    text = ("Bonjour,\n\nNous accueillons trois nouveaux responsables de magasin \u00e0 Bordeaux en juin. Existe-t-il des tutoriels vid\u00e9o ou un module "
            "e-learning GoodTime en fran\u00e7ais que je pourrais leur envoyer avant leur arriv\u00e9e ? Ils ne sont pas tr\u00e8s \u00e0 l\u2019aise avec l\u2019anglais.\n\n"
            "Bien cordialement,\nAur\u00e9lie Marchand\nRH Magasins \u2013 Bordeaux Sainte-Catherine")
    alt = multi('alternative', [part_text(text, cs='utf-8', cte='base64'),
                                part_text(outlook_html(text, lang='fr', body_lang='FR', cs='utf-8'), sub='html', cs='utf-8', cte='base64')], 'outlook')
    h = OH(d, '=?utf-8?Q?Aur=C3=A9lie_Marchand?= <aurelie.marchand@ospreyretail.com>', '=?utf-8?Q?Tutoriels_GoodTime_en_fran=C3=A7ais_=3F?=', lang='fr-FR')
    return build(h, alt)

@M('question', 'forward_support', 'none', 'pt', 'outlook-android;plain;quoted-printable;utf-8;mobile-signature',
   'esqueceu a palavra-passe do GoodTime')
def n_pt_password():
    d = D(4, 18, 9, 26, 'pt')
    text = ("Bom dia,\n\nEsqueci-me da palavra-passe do GoodTime e n\u00e3o encontro onde a repor. No ecr\u00e3 de entrada n\u00e3o aparece nenhum \u201cesqueci-me\u201d. "
            "Como fa\u00e7o?\n\nBruno Teixeira\nGerente \u2013 Loja Matosinhos\n\nObter o Outlook para Android")
    p = part_text(text, cs='utf-8', cte='quoted-printable')
    h = OH(d, 'Bruno Teixeira <bruno.teixeira@ospreyretail.com>', '=?utf-8?Q?Palavra-passe_GoodTime?=', lang='pt-PT', topic='Palavra-passe GoodTime',
           mid='<%s.%s@ospreyretail.com>' % (rhex(16, 0), rhex(8, 0)))
    return build(h, p)

# =========================================================================== BUGS
@M('bug', 'forward_support', '', 'en', 'outlook-multipart-alternative;quoted-printable;misleading-subject;corporate-signature',
   '"quick question" subject over missing Teams links on invites')
def b_en_teams_links():
    d = D(4, 23, 9, 41)
    text = ("Hi,\n\nIs it just me or have the Teams links stopped appearing on interview invites? Since yesterday lunchtime every Warrington DC interview I\u2019ve "
            "booked has gone out with no link at all \u2013 the candidate confirmation just says \u201cVideo interview\u201d with nothing to click, and the interviewers\u2019 "
            "invites are the same. Nothing\u2019s changed on the template as far as I know.\n\n"
            "I\u2019ve been pasting links in by hand so nothing\u2019s on fire yet, but it\u2019s 20-odd interviews a week. Examples: candidate 4481927 (Fri 24th), 4482210 (Mon 27th).\n\n"
            "Thanks\nBecky")
    alt = multi('alternative', [part_text(outlook_plain(text, SIG_REBECCA), cs='windows-1252', cte='quoted-printable'),
                                part_text(outlook_html(text, SIG_REBECCA), sub='html', cs='windows-1252', cte='quoted-printable')], 'outlook')
    h = OH(d, 'Rebecca Tan <rebecca.tan@ospreyretail.com>', 'quick question')
    return build(h, alt)

@M('bug', 'forward_support', '', 'en', 'outlook-html-only;quoted-printable;windows-1252;reply-thread-long;outlook-quote-block;corporate-signature;legal-disclaimer',
   'candidate confirmation one hour out since clocks changed')
def b_en_dst():
    d = D(4, 20, 17, 52)
    text = ("Hi again,\n\nMore on this, and I don\u2019t think it\u2019s a Bolton thing after all. For interviews on or after 30 March the candidate confirmation email "
            "shows the time an hour early \u2013 it says 09:00 while GoodTime and the calendar invites both say 10:00. Interviews booked for dates before the clocks "
            "went forward look fine.\n\nTwo candidates turned up an hour early at Bolton last Thursday and one at Wigan today. I\u2019ve been ringing candidates to "
            "confirm in the meantime. Examples: candidate 4479302 (Bolton, 16 Apr), 4480115 (Wigan, 20 Apr).\n\nNothing due in the next hour or so, but can this go to GoodTime please?\n\nHannah")
    quotes = [
        {'from': 'GT Helpline <gt-helpline@ospreyretail.com>', 'sent': 'Friday, April 17, 2026 9:15 AM', 'to': 'Hannah Lockwood <hannah.lockwood@ospreyretail.com>',
         'subject': 'RE: Bolton candidate turned up early', 'body': 'Hi Hannah,\n\nThanks \u2013 could you send us the candidate IDs and check which time zone is set on the Bolton interview template?\n\nGT Helpline'},
        {'from': 'Hannah Lockwood <hannah.lockwood@ospreyretail.com>', 'sent': 'Thursday, April 16, 2026 4:47 PM', 'to': 'GT Helpline <gt-helpline@ospreyretail.com>',
         'cc': 'Dean Ashworth <dean.ashworth@ospreyretail.com>', 'subject': 'Bolton candidate turned up early',
         'body': 'Hi,\n\nOdd one \u2013 a candidate for Bolton turned up at 9 for a 10 o\u2019clock interview and showed Dean the email saying 9. Probably a one-off but flagging it.\n\nHannah'},
        {'from': 'Dean Ashworth <dean.ashworth@ospreyretail.com>', 'sent': 'Thursday, April 16, 2026 10:02 AM', 'to': 'Hannah Lockwood <hannah.lockwood@ospreyretail.com>',
         'subject': 'candidate early', 'body': 'lad turned up an hour early for his 10am, says his email said 9. can u check\n\nSent from my iPhone'},
    ]
    p = part_text(outlook_html(text, SIG_HANNAH, quotes), sub='html', cs='windows-1252', cte='quoted-printable')
    h = OH(d, 'Hannah Lockwood <hannah.lockwood@ospreyretail.com>', 'RE: Bolton candidate turned up early', in_reply=mid_outlook(), n_recv=3)
    return build(h, p, crlf=True)

@M('bug', 'forward_support', '', 'en', 'outlook-ios;multipart-mixed;png-attachment;quoted-printable;mobile-signature',
   'self-scheduling link gives "no longer available" page; screenshot')
def b_en_selfsched_404():
    d = D(4, 29, 15, 3)
    text = ("Hi,\n\n2 candidates have rung the store today saying the link in their email to pick an interview time just gives an error page "
            "(\u201cThis link is no longer available\u201d). I only sent both links on Monday. Screenshot one of them sent me is attached.\n\n"
            "Can someone look? They both still want to come in.\n\nPriya\nStore Manager, Leeds Trinity\n\nGet Outlook for iOS")
    body = multi('mixed', [part_text(text, cs='utf-8', cte='quoted-printable'), attach(png(seed=3), 'image/png', 'IMG_4471.PNG')], 'outlook')
    h = OH(d, 'Priya Chauhan <priya.chauhan@ospreyretail.com>', 'link not working for candidates', attach=True)
    return build(h, body)

@M('bug', 'forward_support', '', 'en', 'personal-gmail;multipart-alternative;gmail;received-9;dkim;arc;angry-capitals;external-banner',
   'REMINDERS NOT GOING OUT - reminder e-mails stopped at Stockport')
def b_en_reminders_caps():
    d = D(4, 24, 21, 38)
    text = ("CANDIDATES ARE NOT GETTING ANY REMINDER EMAILS.\n\nasked 4 of them this week, none of them got the one the day before like they used to. stockport store. "
            "had 2 no shows wednesday and 1 today. i havent changed anything my end. can someone actually look at this please its doing my head in\n\n"
            "gaz\nstore manager stockport merseyway")
    alt = multi('alternative', [part_text(text, cs='UTF-8', cte='7bit'), part_text(ext_banner_html() + gmail_html(text), sub='html', cs='UTF-8', cte='quoted-printable')], 'gmail')
    h = hdr_gmail_inbound(d, n_recv=10) + ['MIME-Version: 1.0'] + top('Gaz Whitfield <gazwhitfield84@gmail.com>', '[EXTERNAL] REMINDERS NOT GOING OUT', d, to=HL, mid='gmail', order='gmail')
    return build_nomime(h, alt)

@M('bug', 'forward_support', '', 'en', 'outlook-multipart-alternative;quoted-printable;corporate-signature;legal-disclaimer;disclaimer-urgent-error-immediately',
   'ATS stage changes not syncing into GoodTime since Tuesday')
def b_en_ats_sync():
    d = D(4, 16, 11, 19)
    text = ("Hi team,\n\nSince Tuesday morning, candidates I move to \u201cStore Interview\u201d in Workday aren\u2019t appearing in GoodTime to schedule. I\u2019ve checked "
            "they\u2019re on the right requisition and stage, waited well over the usual few minutes (it\u2019s been two days for some), logged out and back in \u2013 nothing.\n\n"
            "Candidates moved before Tuesday are all there. Examples:\n- R-118204 Team Leader, Leeds White Rose \u2013 candidates 4480871, 4480902\n"
            "- R-118377 Sales Assistant, Harrogate \u2013 candidate 4481004\n\nCould this go to GoodTime Support? I\u2019m booking these by hand in Outlook for now.\n\nThanks\nMarcus")
    alt = multi('alternative', [part_text(outlook_plain(text, SIG_MARCUS), cs='windows-1252', cte='quoted-printable'),
                                part_text(outlook_html(text, SIG_MARCUS), sub='html', cs='windows-1252', cte='quoted-printable')], 'outlook')
    h = OH(d, 'Marcus Obi <marcus.obi@ospreyretail.com>', 'Candidates not coming through from Workday')
    return build(h, alt)

@M('bug', 'forward_support+flag_csm', '', 'en', 'outlook-rtf;winmail.dat;multipart-mixed;plain;high-impact;corporate-signature;legal-disclaimer',
   'high impact: ~300 interviewers show as free, double bookings across region')
def b_en_calendars_high():
    d = D(4, 15, 8, 7)
    text = ("All,\n\nSince the Microsoft 365 change on Monday night, GoodTime is treating the calendars of every interviewer in our Northern region as empty "
            "\u2013 that\u2019s roughly 300 store managers, deputies and DC shift leads. Meetings, store visits and annual leave are all being ignored when slots are offered.\n\n"
            "We\u2019ve logged 11 double bookings since Tuesday, including two area managers booked into interviews in the middle of their own store visits, "
            "and candidates are self-scheduling into times nobody can make. Reconnecting calendars individually has not helped for the five people we tried.\n\n"
            "This needs to go to GoodTime as a priority, and I want our account team at GoodTime aware of it as well given the scale.\n\nSimon")
    body = multi('mixed', [part_text(text + '\n\n' + SIG_SIMON + '\n', cs='us-ascii' if all(ord(c) < 128 for c in text + SIG_SIMON) else 'utf-8', cte='quoted-printable'),
                           attach(tnef(7), 'application/ms-tnef', 'winmail.dat')], 'outlook')
    h = OH(d, 'Simon Hartley <simon.hartley@ospreyretail.com>', 'GoodTime showing everyone as free - double bookings across the North',
           cc='Claire Ridgway <claire.ridgway@ospreyretail.com>, Marcus Obi <marcus.obi@ospreyretail.com>', attach=True, tnef=True,
           post=['X-Priority: 1', 'Importance: high'])
    return build(h, body)

@M('bug', 'forward_support+flag_csm', '', 'en', 'apple-mail;begin-forwarded-message;forwarded-chain;multipart-alternative;quoted-printable;high-impact;data-privacy',
   'high impact: candidate received someone else\'s interview details incl. phone number')
def b_en_privacy_high():
    d = D(5, 12, 18, 27)
    text = ("Please see below \u2013 a candidate has been sent someone else\u2019s interview details, including the other person\u2019s name and mobile number. "
            "Not great. Can this be looked at ASAP, and can someone check it hasn\u2019t happened to other candidates? I\u2019ve apologised to Jade.\n\nKerry-Ann\n"
            "Store Manager \u2013 Liverpool One")
    fwd_hdr = ("Begin forwarded message:\n\nFrom: Jade Morris <jade.morris2001@outlook.com>\nSubject: Re: Your interview at Osprey Liverpool One\n"
               "Date: 12 May 2026 at 17:51:09 BST\nTo: kerry-ann.doyle@ospreyretail.com\n")
    fwd = ("Hi,\n\nI\u2019ve just had an email about my interview on Thursday but it\u2019s addressed to someone called Callum Reid and has his phone number and "
           "a different time on it (2:30 instead of my 11:00). Is my interview still at 11? Also I don\u2019t think I should have his details.\n\nThanks\nJade")
    plain = text + '\n\n' + fwd_hdr + '\n' + fwd + '\n'
    htm = apple_html(text, '<div><br><blockquote type="cite"><div>Begin forwarded message:</div><br class="Apple-interchange-newline">'
                           '<div style="margin:0px"><b>From: </b>Jade Morris &lt;jade.morris2001@outlook.com&gt;<br><b>Subject: </b>Re: Your interview at Osprey Liverpool One<br>'
                           '<b>Date: </b>12 May 2026 at 17:51:09 BST<br><b>To: </b>kerry-ann.doyle@ospreyretail.com<br></div><br>' +
                     ''.join('<div>%s</div>' % (esc(l) or '<br>') for l in fwd.split('\n')) + '</blockquote></div>')
    alt = multi('alternative', [part_text(plain, cs='utf-8', cte='quoted-printable'), part_text(htm, sub='html', cs='utf-8', cte='quoted-printable')], 'apple')
    h = hdr_internal(d, None, n_recv=2)[:2] + top('Kerry-Ann Doyle <kerry-ann.doyle@ospreyretail.com>', 'Fwd: Your interview at Osprey Liverpool One', d,
                                                  to='GT Helpline <gt-helpline@ospreyretail.com>', mid=mid_apple(), order='gmail',
                                                  post=['X-Mailer: Apple Mail (2.3826.500.181.1.5)'])
    return build(h, alt)

@M('bug', 'forward_support|needs_review', '', 'en', 'form-mailer;ticket-system;auto-submitted;x-auto-response-suppress;no-reply-from;multipart-alternative',
   'ServiceNow incident: reporting shows zero interviews for March')
def b_en_servicenow():
    d = D(4, 8, 14, 12)
    text = ("Incident INC0184422 has been assigned to group GoodTime Helpline.\n\n"
            "Number: INC0184422\nCaller: Natasha Birch\nLocation: Warrington Distribution Centre\nCategory: Software / Recruitment systems\n"
            "Priority: 4 - Low\nShort description: GoodTime reporting shows no data for March\n\nDescription:\n"
            "The interviewer load report in GoodTime shows 0 interviews for every DC interviewer for March 2026. February and April show normal numbers. "
            "We definitely ran ~400 warehouse interviews in March (they're in the calendars and in Workday). I need the March figures for the quarterly review next week. "
            "Filters: all DCs, 01/03/2026-31/03/2026, no other filters.\n\n"
            "Click here to view Incident: https://ospreyretail.service-now.com/nav_to.do?uri=incident.do?sys_id=9d3f1c2a1b7e4a10b2c8e0f4d6a9c3e1\n\n"
            "Ref:MSG4471930\n")
    htm = ('<html><body style="font-family:Arial;font-size:10pt"><p>Incident <a href="https://ospreyretail.service-now.com/nav_to.do?uri=incident.do?sys_id=9d3f1c2a1b7e4a10b2c8e0f4d6a9c3e1">INC0184422</a> '
           'has been assigned to group GoodTime Helpline.</p><table>' +
           ''.join('<tr><td><b>%s</b></td><td>%s</td></tr>' % (k, esc(v)) for k, v in [
               ('Number:', 'INC0184422'), ('Caller:', 'Natasha Birch'), ('Location:', 'Warrington Distribution Centre'),
               ('Category:', 'Software / Recruitment systems'), ('Priority:', '4 - Low'), ('Short description:', 'GoodTime reporting shows no data for March')]) +
           '</table><p><b>Description:</b><br>' + esc(text.split('Description:\n')[1].split('\n\nClick')[0]) + '</p><p>Ref:MSG4471930</p></body></html>\n')
    alt = multi('alternative', [part_text(text, cs='UTF-8', cte='quoted-printable'), part_text(htm, sub='html', cs='UTF-8', cte='quoted-printable')], 'other')
    h = ['Received: from mx-ams-2.service-now.com (149.96.6.114) by AM4PEPF00027A62.mail.protection.outlook.com (10.167.16.79) with Microsoft SMTP Server id 15.20.8678.12 via Frontend Transport; ' + utc(d, 4),
         'Authentication-Results: spf=pass (sender IP is 149.96.6.114) smtp.mailfrom=service-now.com; dkim=pass (signature was verified)\n header.d=service-now.com;dmarc=pass action=none header.from=service-now.com;compauth=pass reason=100',
         'Received: from app142018.ams201.service-now.com (unknown [10.240.18.42]) by mx-ams-2.service-now.com (Postfix) with ESMTP id 4XKq7M2Qf9z1vLs for <gt-helpline@ospreyretail.com>; ' + utc(d, 1),
         'Date: ' + dstr(d, 'utc'), 'From: Osprey IT Service Desk <ospreyretail@service-now.com>', 'Reply-To: Osprey IT Service Desk <ospreyretail@service-now.com>',
         'To: gt-helpline@ospreyretail.com', 'Message-ID: <%d.%d.%d@app142018.ams201.service-now.com>' % (R.randint(10**6, 10**7), R.randint(10**6, 10**7), int(d.timestamp() * 1000)),
         'Subject: INC0184422 assigned to GoodTime Helpline - GoodTime reporting shows no data for March',
         'Auto-Submitted: auto-generated', 'X-Auto-Response-Suppress: All', 'Precedence: bulk', 'X-ServiceNow-Generated: true', 'X-ServiceNow-Source: Notification-4ce2a1b3']
    return build(h, alt)

@M('bug', 'forward_support', '', 'en', 'outlook-multipart-alternative;multipart-related;png-attachment;inline-image;typos',
   'panel scheduling page spins forever in Chrome; screenshot')
def b_en_spinner():
    d = D(4, 28, 10, 52)
    text = ("hi,\n\nthe schedulign page for the panel interviews just keeps spining and never loads in chrome, been like this since yesterday afternoon. "
            "edge seems ok but IT say we should be using chrome. cleared cache + cookies already, same on my colleagues laptop.\n\n"
            "its only the panel ones, single interviews open fine. screenshot attached (thats after about 5 mins)\n\nJodie\nRecruiting Coordinator - Midlands")
    htm = outlook_html(text)
    htm = htm.replace('</div>\n</body>', '<p class="MsoNormal"><img width="320" height="200" id="Picture_x0020_1" src="cid:image001.png@01DCD6A2.5F3C1B40"><o:p></o:p></p>\n</div>\n</body>')
    related = multi('related', [part_text(htm, sub='html', cs='us-ascii', cte='quoted-printable'),
                                attach(png(seed=11, accent=(200, 200, 210)), 'image/png', 'image001.png', inline=True, cid='image001.png@01DCD6A2.5F3C1B40')],
                    'outlook', extra=';\n\ttype="multipart/alternative"')
    alt = multi('alternative', [part_text(text, cs='us-ascii', cte='quoted-printable'), related], 'outlook')
    h = OH(d, 'Jodie Clarke <jodie.clarke@ospreyretail.com>', 'panel page not loading', attach=True)
    return build(h, alt)

@M('bug', 'forward_support', '', 'en', 'outlook-multipart-mixed;pdf-attachment;base64;utf-8',
   'room booking fails with error although rooms are free')
def b_en_rooms():
    d = D(5, 13, 12, 18)
    text = ("Hi,\n\nGoodTime is refusing to book any of the 4th floor rooms at Osprey House for interviews. When I schedule, it offers the room, then at the "
            "last step says \u201cRoom could not be booked. Please try another time.\u201d The rooms are free in Outlook room finder at those times and I can "
            "book them manually without problems. Ground floor rooms work.\n\nI\u2019ve listed the ones that failed this week in the attached PDF (times, rooms, "
            "candidate IDs). Not urgent for today \u2013 I\u2019ve booked by hand \u2013 but it\u2019s adding a lot of clicks.\n\nThanks,\nAmir Rahman\n"
            "Recruitment Coordinator \u2013 Head Office\nOsprey Retail Group | Osprey House, Manchester")
    lines = ['Room booking failures - Osprey House 4th floor - w/c 11 May 2026', '',
             'Mon 11/05 10:00-11:00  Room 4.02 Irwell      cand. 4486120  "Room could not be booked"',
             'Mon 11/05 14:00-15:30  Room 4.05 Mersey      cand. 4486131  "Room could not be booked"',
             'Tue 12/05 09:30-10:30  Room 4.02 Irwell      cand. 4486377  "Room could not be booked"',
             'Wed 13/05 11:00-12:00  Room 4.07 Medlock     cand. 4486502  "Room could not be booked"',
             '', 'All rooms free in Outlook room finder at the time. Ground floor (G.01-G.04) OK.']
    body = multi('mixed', [part_text(text, cs='utf-8', cte='base64'), attach(pdf(lines), 'application/pdf', 'room-booking-failures-wc-11-05.pdf')], 'outlook')
    h = OH(d, 'Amir Rahman <amir.rahman@ospreyretail.com>', 'Room booking failing for Osprey House 4th floor', attach=True)
    return build(h, body)

@M('bug', 'forward_support', '', 'de', 'outlook-multipart-alternative;base64;utf-8;rfc2047-q-utf-8;reply-thread-unrelated;outlook-quote-block-de',
   'nach Verschiebung doppelte Einladungen, alte bleibt im Kalender')
def b_de_duplicates():
    d = D(4, 27, 15, 31, 'de')
    text = ("Hallo zusammen,\n\nkurze Zwischenmeldung zu etwas ganz anderem: Seit letzter Woche bekommen die Interviewer nach einer Verschiebung in GoodTime "
            "zwei Einladungen \u2013 die neue kommt, aber die alte wird nicht abgesagt und bleibt im Kalender stehen. Die Filialleitungen in Altona und Wandsbek "
            "standen deshalb zweimal umsonst bereit.\n\nBetroffen z.\u202fB. Kandidat 4483310 (verschoben von Di 21.04. auf Do 23.04.) und 4483377.\n\n"
            "K\u00f6nnt ihr das bitte an GoodTime weitergeben?\n\nDanke & Gru\u00df\nKatrin")
    sig = 'Katrin Vosskamp\nRecruiting-Koordinatorin | Osprey Retail Deutschland GmbH\nAm Sandtorkai 50, 20457 Hamburg | +49 40 5558 1163'
    quotes = [{'from': 'Sven Oltmanns <sven.oltmanns@ospreyretail.com>', 'sent': 'Montag, 27. April 2026 10:14', 'to': 'Katrin Vosskamp <katrin.vosskamp@ospreyretail.com>',
               'cc': 'GT Helpline <gt-helpline@ospreyretail.com>', 'subject': 'Bewerbertag Hamburg \u2013 Location',
               'body': 'Hallo Katrin,\n\nf\u00fcr den Bewerbertag am 9. Mai haben wir jetzt den Saal im Erdgeschoss am Sandtorkai. Catering bestelle ich.\n\nGru\u00df\nSven'}]
    alt = multi('alternative', [part_text(outlook_plain(text, sig, quotes, 'de'), cs='utf-8', cte='base64'),
                                part_text(outlook_html(text, sig, quotes, 'de', 'DE', cs='utf-8'), sub='html', cs='utf-8', cte='base64')], 'outlook')
    h = OH(d, 'Katrin Vosskamp <katrin.vosskamp@ospreyretail.com>', 'AW: Bewerbertag Hamburg =?utf-8?Q?=E2=80=93_Location_/_doppelte_Einladungen_nach_?=\n =?utf-8?Q?Verschiebung?=',
           to='Sven Oltmanns <sven.oltmanns@ospreyretail.com>', cc='GT Helpline <gt-helpline@ospreyretail.com>', lang='de-DE', in_reply=mid_outlook(),
           topic='Bewerbertag Hamburg')
    return build(h, alt)

@M('bug', 'forward_support', '', 'es', 'gmail;multipart-alternative;quoted-printable;utf-8',
   'el enlace de autoprogramaci\u00f3n ofrece huecos a las 3-4 de la madrugada')
def b_es_selfsched_tz():
    d = D(4, 17, 12, 6, 'es')
    text = ("Hola,\n\nDesde el lunes, los candidatos de las tiendas de Barcelona (Diagonal, Glòries y Sants) ven en el enlace para elegir hora huecos a las 3:00 o "
            "las 4:00 de la madrugada, y ninguno en horario de tienda. Los encargados tienen bien puesta la zona horaria (Madrid) y su horario de 9 a 18. "
            "Una candidata incluso reserv\u00f3 a las 3:30 pensando que era un error de la web.\n\nEjemplo: candidata 4482675, enlace enviado el 14/04.\n\n"
            "\u00bfLo pod\u00e9is pasar a GoodTime? Mientras tanto estoy llamando a cada candidato.\n\nGracias,\nJordi Casals\nCoordinador de Selecci\u00f3n \u2013 Barcelona")
    alt = multi('alternative', [part_text(text, cs='UTF-8', cte='quoted-printable'), part_text(gmail_html(text), sub='html', cs='UTF-8', cte='quoted-printable')], 'gmail')
    h = hdr_internal(d, None, n_recv=2)[:2] + ['MIME-Version: 1.0'] + top('Jordi Casals <jordi.casals@ospreyretail.com>',
        '=?UTF-8?Q?Enlace_de_autoprogramaci=C3=B3n_con_horas_de_madrugada?=', d, to=HL, mid='gmail', order='gmail')
    return build_nomime(h, alt)

@M('bug', 'forward_support', '', 'fr', 'outlook-html-only;quoted-printable;windows-1252;corporate-signature;legal-disclaimer',
   'rappels envoy\u00e9s en double aux candidats depuis lundi')
def b_fr_double_reminders():
    d = D(5, 6, 9, 48, 'fr')
    text = ("Bonjour,\n\nDepuis lundi, les candidats des magasins de Bordeaux re\u00e7oivent le rappel d\u2019entretien en double\u00a0: deux e-mails identiques "
            "\u00e0 quelques minutes d\u2019intervalle. Deux candidats m\u2019ont demand\u00e9 si leur entretien avait \u00e9t\u00e9 d\u00e9plac\u00e9.\n\n"
            "Rien n\u2019a chang\u00e9 de notre c\u00f4t\u00e9 sur les mod\u00e8les. Exemples\u00a0: candidats 4484410 et 4484452 (entretiens du 7 mai, Bordeaux Lac).\n\n"
            "Pouvez-vous transmettre \u00e0 GoodTime\u00a0?\n\nMerci,\nH\u00e9l\u00e8ne")
    sig = ('H\u00e9l\u00e8ne Dub\u0153uf\nCoordinatrice recrutement \u2013 Nouvelle-Aquitaine\nOsprey Retail France SAS \u2013 12 quai de Bacalan, 33300 Bordeaux\n\n'
           'Ce message et toutes les pi\u00e8ces jointes sont CONFIDENTIELS. Si vous avez re\u00e7u ce message par erreur, merci d\'en avertir imm\u00e9diatement l\'exp\u00e9diteur et de le d\u00e9truire.')
    p = part_text(outlook_html(text, sig, lang='fr', body_lang='FR'), sub='html', cs='windows-1252', cte='quoted-printable')
    h = OH(d, '=?windows-1252?Q?H=E9l=E8ne_Dub=9Cuf?= <helene.duboeuf@ospreyretail.com>', '=?windows-1252?Q?Rappels_candidats_envoy=E9s_en_double?=', lang='fr-FR',
           topic='=?windows-1252?Q?Rappels_candidats_envoy=E9s_en_double?=')
    return build(h, p, crlf=True)

@M('bug', 'forward_support+flag_csm', '', 'pt', 'plain;base64;iso-8859-1;high-impact;recurring-after-report',
   'alto impacto: salas continuam reservadas ap\u00f3s cancelamento, 3.\u00aa vez reportado')
def b_pt_rooms_recurring():
    d = D(5, 8, 10, 4, 'pt')
    text = ("Ol\u00e1,\n\nIsto j\u00e1 foi reportado ao suporte da GoodTime tr\u00eas vezes (pedidos 48213, 48560 e 49102) e continua a acontecer: quando cancelamos "
            "uma entrevista no GoodTime, a sala no escrit\u00f3rio da Boavista continua reservada e o convite fica no calend\u00e1rio dos entrevistadores.\n\n"
            "Esta semana tivemos duas salas bloqueadas durante uma manh\u00e3 inteira e um entrevistador que apareceu para uma entrevista cancelada. "
            "Afeta toda a equipa de recrutamento do Porto (7 pessoas) e cada resposta do suporte diz que est\u00e1 resolvido.\n\n"
            "Precisamos que isto seja tratado a s\u00e9rio desta vez.\n\nCumprimentos,\nJo\u00e3o Fonseca\nCoordenador de Recrutamento - Norte\nOsprey Retail Portugal, Lda.")
    p = part_text(text, cs='iso-8859-1', cte='base64')
    h = OH(d, '=?iso-8859-1?Q?Jo=E3o_Fonseca?= <joao.fonseca@ospreyretail.com>',
           '=?iso-8859-1?Q?Salas_continuam_reservadas_ap=F3s_cancelamento_(3=AA_vez)?=', lang='pt-PT', topic='=?iso-8859-1?Q?Salas_continuam_reservadas_ap=F3s_cancelamento_(3=AA_vez)?=')
    return build(h, p)

# =========================================================================== SCHEDULING BLOCKERS
@M('scheduling_blocker', 'forward_support', '', 'en', 'personal-gmail;gmail-mobile;plain;7bit;lowercase;typos;no-message-id;received-7;dkim;arc',
   'candidate in store now, no invite, interviewer off today')
def k_en_candidate_here():
    d = D(4, 22, 13, 56)
    text = ("candidate is here for 2pm and i have no invite in my cal. goodtime says shes with sarah but sarah is off today. "
            "what do i do?? can someone swap it to me im in the store\n\ndean bolton")
    p = part_text(text, cs='UTF-8', cte='7bit')
    h = hdr_gmail_inbound(d, n_recv=6) + ['MIME-Version: 1.0'] + top('Dean A <deanashworth.bolton@gmail.com>', 'candidate here now no invite', d, to=HL, mid=None, order='gmail')
    return build_nomime(h, p)

@M('scheduling_blocker', 'forward_support', '', 'en', 'outlook-multipart-alternative;quoted-printable;corporate-signature;legal-disclaimer;high-importance',
   'interview in 15 minutes, no Zoom link on candidate confirmation')
def k_en_no_zoom():
    d = D(4, 27, 10, 14)
    text = ("Hi,\n\nI have a candidate interview at 10:30 (in 15 mins) \u2013 Area Manager role, candidate 4483902 \u2013 and the candidate has just emailed to say "
            "there\u2019s no Zoom link in her confirmation. The interviewers\u2019 invites don\u2019t have one either. I\u2019ve tried resending the confirmation from GoodTime "
            "and it goes out with no link again.\n\nCan someone help ASAP please? I\u2019m at my desk on 0161 496 0215.\n\nClaire")
    alt = multi('alternative', [part_text(outlook_plain(text, SIG_CLAIRE), cs='windows-1252', cte='quoted-printable'),
                                part_text(outlook_html(text, SIG_CLAIRE), sub='html', cs='windows-1252', cte='quoted-printable')], 'outlook')
    h = OH(d, 'Claire Ridgway <claire.ridgway@ospreyretail.com>', 'Interview 10:30 today - no Zoom link!!', post=['X-Priority: 1', 'Importance: high'])
    return build(h, alt)

@M('scheduling_blocker', 'forward_support', '', 'en', 'outlook-html-only;quoted-printable;windows-1252;corporate-signature;ics-attachment;multipart-mixed',
   'panel starting now shows cancelled, invites gone; candidate waiting on Teams')
def k_en_panel_cancelled():
    d = D(5, 5, 13, 58)
    text = ("URGENT \u2013 panel for the DC General Manager role was due to start at 2pm (now). GoodTime is showing the whole interview as cancelled and the invites "
            "have vanished from all three interviewers\u2019 calendars. Nobody cancelled it. The candidate (4485511) is sat in the Teams meeting on her own.\n\n"
            "I\u2019ve attached the original invite from my calendar. Can someone get it reinstated or tell me how to get the panel back in front of her right now?\n\nNatasha")
    htm = outlook_html(text, SIG_NATASHA)
    inv = ics('REQUEST', 'Panel interview \u2013 DC General Manager \u2013 candidate 4485511', '20260505T140000', '20260505T153000',
              ('GoodTime Scheduling', 'scheduling@ospreyretail.goodtime.io'), ('Natasha Birch', 'natasha.birch@ospreyretail.com'),
              location='Microsoft Teams Meeting')
    body = multi('mixed', [part_text(htm, sub='html', cs='windows-1252', cte='quoted-printable'),
                           (['Content-Type: text/calendar; charset="utf-8"; method=REQUEST; name="Panel interview.ics"',
                             'Content-Disposition: attachment; filename="Panel interview.ics"', 'Content-Transfer-Encoding: base64'], base64.encodebytes(inv.encode()))], 'outlook')
    h = OH(d, 'Natasha Birch <natasha.birch@ospreyretail.com>', 'URGENT - panel showing cancelled, candidate waiting', attach=True, post=['Importance: high'])
    return build(h, body, crlf=True)

@M('scheduling_blocker', 'forward_support', '', 'en', 'outlook-html-only;quoted-printable;windows-1252;error-message',
   'interviewer sick, interview at 11, replacing interviewer fails with error')
def k_en_swap_fails():
    d = D(4, 17, 10, 22)
    text = ("Morning,\n\nOne of the interviewers for an 11:00 interview today (Sales Supervisor, Salford Quays, candidate 4480944) has called in sick. "
            "I\u2019m trying to swap in the deputy manager on the interview page but every time I save I get \u201cUnable to update interview. Please try again later.\u201d "
            "Tried three times and on a different browser.\n\nThe candidate is already on her way. Can anyone help before 11?\n\nThanks\nHannah")
    p = part_text(outlook_html(text, SIG_HANNAH.split('\n\n')[0]), sub='html', cs='windows-1252', cte='quoted-printable')
    h = OH(d, 'Hannah Lockwood <hannah.lockwood@ospreyretail.com>', 'Cannot replace interviewer - interview at 11:00')
    return build(h, p, crlf=True)

@M('scheduling_blocker', 'forward_support', '', 'en', 'iphone;plain;quoted-printable;angry-capitals;mobile-signature',
   'assessment day starts in an hour, reschedule/edit greyed out for 12 candidates')
def k_en_assessment_day():
    d = D(5, 9, 8, 2)
    text = ("HELP. Assessment day at Warrington DC starts at 9 \u2013 12 candidates. Two of the assessors have swapped shifts and I need to change who\u2019s on the "
            "9:00 and 9:45 sessions but EVERY BUTTON IS GREYED OUT on the interview page. Can\u2019t edit, can\u2019t reschedule, nothing. It worked yesterday.\n\n"
            "Candidates arriving from 8:45. PLEASE CALL ME 07700 900304\n\nBecky\n\nSent from my iPhone")
    p = part_text(text, cs='utf-8', cte='quoted-printable')
    h = hdr_internal(d, None, n_recv=2)[:2] + top('Rebecca Tan <rebecca.tan@ospreyretail.com>', 'HELP - assessment day in 1 hour, cant edit anything', d,
                                                  to=HL, mid=mid_apple(), order='gmail', post=['X-Mailer: iPhone Mail (22E252)'])
    return build(h, p)

@M('scheduling_blocker', 'forward_support', '', 'en', 'outlook-multipart-alternative;quoted-printable',
   'candidate in HO reception, room double booked, GoodTime says free')
def k_en_lobby_room():
    d = D(5, 14, 9, 57)
    text = ("Hi \u2013 candidate for the Merchandising Analyst role is in reception at Osprey House now for a 10:00. GoodTime booked room 2.04 Irk but there\u2019s a "
            "finance meeting in it that\u2019s been in the diary for weeks. GoodTime still shows the room as ours. No other room showing free in GoodTime either.\n\n"
            "Interviewers are waiting in the corridor. What\u2019s the quickest fix? Candidate 4486790.\n\nAmir\nx0731")
    alt = multi('alternative', [part_text(text, cs='windows-1252', cte='quoted-printable'),
                                part_text(outlook_html(text), sub='html', cs='windows-1252', cte='quoted-printable')], 'outlook')
    h = OH(d, 'Amir Rahman <amir.rahman@ospreyretail.com>', 'Candidate in reception - room double booked')
    return build(h, alt)

@M('scheduling_blocker', 'forward_support', '', 'en', 'gmail;multipart-alternative;reply-thread-unrelated;gmail-quote;quoted-printable',
   'Teams link says meeting has ended; candidate waiting (reply on an old thread)')
def k_en_teams_ended():
    d = D(4, 30, 15, 4)
    text = ("Sorry to jump on this old thread \u2013 urgent. My 15:00 video interview (Customer Service Advisor, candidate 4484071): the Teams link GoodTime put "
            "on the invite says \u201cThis meeting has ended\u201d for both me and the candidate. She\u2019s been trying for 5 minutes. Is there a way to get a new link "
            "out to her from GoodTime right now?\n\nLewis")
    attr = 'On Thu, 9 Apr 2026 at 11:20, GT Helpline <gt-helpline@ospreyretail.com> wrote:'
    q = ("Hi Lewis,\n\nYou\u2019re now set up as an interviewer for the Cardiff Queen Street pool. You\u2019ll start getting suggested for store interviews "
         "from next week.\n\nGT Helpline")
    alt = multi('alternative', [part_text(text + gmail_quote_plain(attr, q), cs='UTF-8', cte='quoted-printable'),
                                part_text(gmail_html(text, attr, q), sub='html', cs='UTF-8', cte='quoted-printable')], 'gmail')
    h = hdr_internal(d, None, n_recv=2)[:2] + ['MIME-Version: 1.0'] + top('Lewis Pryce <lewis.pryce@ospreyretail.com>', 'Re: Added to interviewer pool', d,
                                                                        to=HL, mid='gmail', order='gmail', in_reply=mid_outlook())
    return build_nomime(h, alt)

@M('scheduling_blocker', 'forward_support', '', 'en', 'outlook-multipart-alternative;quoted-printable;urgent-subject;capitals;corporate-signature;legal-disclaimer',
   'candidate at old store address from itinerary, interview in 20 min')
def k_en_wrong_address():
    d = D(5, 18, 11, 41)
    text = ("Hi,\n\nCandidate for a Team Leader role at our new Manchester Arndale store has just rung \u2013 she\u2019s standing outside the OLD Market Street "
            "store (closed since March) because that\u2019s the address on her itinerary from GoodTime. Interview starts at 12:00, so 20 minutes.\n\n"
            "I\u2019ve told her where to go for now, but I can\u2019t change the location on the interview \u2013 it won\u2019t save. The other two candidates this afternoon "
            "(13:00, 14:30) will have the same old address. Help please!\n\nMarcus")
    alt = multi('alternative', [part_text(outlook_plain(text, SIG_MARCUS), cs='windows-1252', cte='quoted-printable'),
                                part_text(outlook_html(text, SIG_MARCUS), sub='html', cs='windows-1252', cte='quoted-printable')], 'outlook')
    h = OH(d, 'Marcus Obi <marcus.obi@ospreyretail.com>', 'URGENT!!! candidate at wrong store')
    return build(h, alt)

@M('scheduling_blocker', 'forward_support', '', 'en', 'outlook-html-only;quoted-printable;windows-1252;misleading-subject-thanks;reply-thread-unrelated;outlook-quote-block',
   'subject "thanks for the training" but live blocker: slot vanished, interview in 10 min')
def k_en_thanks_subject():
    d = D(5, 12, 9, 21)
    text = ("Sorry to hijack \u2013 my 9:30 is in 10 minutes and the interview has disappeared from my calendar and the deputy\u2019s. The candidate booked it herself "
            "through the link last week and got a confirmation (she\u2019s forwarded it to me), but in GoodTime it now says \u201cAwaiting candidate\u201d as if she never picked a slot.\n\n"
            "She\u2019s on her way in. Do I just go ahead? Will anything break if I do? Candidate 4486011.\n\nShona")
    quotes = [{'from': 'GT Helpline <gt-helpline@ospreyretail.com>', 'sent': 'Friday, May 8, 2026 4:30 PM', 'to': 'Scotland Store Managers',
               'subject': 'Thanks for coming to the GoodTime refresher',
               'body': 'Hi all,\n\nThanks for joining Thursday\u2019s GoodTime refresher in Glasgow. The slides are on the People Hub under Recruitment > GoodTime.\n\nGT Helpline'}]
    p = part_text(outlook_html(text, quotes=quotes), sub='html', cs='windows-1252', cte='quoted-printable')
    h = OH(d, 'Shona McKay <shona.mckay@ospreyretail.com>', 'RE: Thanks for coming to the GoodTime refresher', in_reply=mid_outlook())
    return build(h, p, crlf=True)

@M('scheduling_blocker', 'forward_support', '', 'de', 'iphone;plain;8bit;utf-8;mobile-signature;raw-utf8-subject',
   'Kandidat am Empfang, Raum doppelt belegt')
def k_de_lobby():
    d = D(5, 7, 10, 54, 'de')
    text = ("Hallo, Kandidat f\u00fcr die Stelle Teamleitung Logistik sitzt seit 5 Min am Empfang Sandtorkai, Gespr\u00e4ch 11 Uhr. Raum Alster ist laut GoodTime "
            "f\u00fcr uns gebucht, drin sitzt aber die Gesch\u00e4ftsf\u00fchrung mit Besuch. GoodTime zeigt mir keinen anderen freien Raum an. Wie bekomme ich jetzt "
            "schnell einen anderen Raum rein, ohne dass der Termin kaputtgeht? Kandidat 4485920.\n\nKatrin\n\nVon meinem iPhone gesendet")
    p = part_text(text, cs='utf-8', cte='8bit')
    h = hdr_internal(d, None, n_recv=2)[:2] + top('Katrin Vosskamp <katrin.vosskamp@ospreyretail.com>', 'DRINGEND: Kandidat wartet \u2013 Raum belegt'.encode('utf-8'), d,
                                                  to=HL, mid=mid_apple(), order='gmail', post=['X-Mailer: iPhone Mail (22E252)'])
    return build(h, p)

@M('scheduling_blocker', 'forward_support', '', 'es', 'iphone;multipart-alternative;quoted-printable;raw-utf8-subject;mobile-signature',
   'candidato esperando, el enlace de Meet no deja entrar')
def k_es_meet():
    d = D(4, 23, 16, 33, 'es')
    text = ("Hola, tengo al candidato esperando desde hace 5 minutos y el enlace de Meet de la invitaci\u00f3n le dice \u201cNo puedes unirte a esta videollamada\u201d. "
            "A m\u00ed tampoco me deja. La entrevista era a las 16:30 (encargado de turno, Sabadell, candidato 4483515). \u00bfPod\u00e9is generar otro enlace o "
            "qu\u00e9 hago? Estoy en tienda.\n\nJavier\n\nEnviado desde mi iPhone")
    alt = multi('alternative', [part_text(text, cs='utf-8', cte='quoted-printable'), part_text(apple_html(text), sub='html', cs='utf-8', cte='quoted-printable')], 'iphone')
    h = hdr_internal(d, None, n_recv=2)[:2] + top('Javier Morales <javier.morales@ospreyretail.com>', 'URGENTE candidato esperando \u2013 Meet no funciona'.encode('utf-8'),
                                                  d, to=HL, mid=mid_apple(), order='gmail', post=['X-Mailer: iPhone Mail (22D82)'])
    return build(h, alt)

@M('scheduling_blocker', 'forward_support', '', 'pt', 'outlook-multipart-alternative;quoted-printable;windows-1252;rfc2047-q-iso-8859-1',
   'entrevista daqui a 10 minutos, entrevistador sem convite')
def k_pt_no_invite():
    d = D(5, 4, 14, 21, 'pt')
    text = ("Ol\u00e1,\n\nTenho uma entrevista \u00e0s 14h30 no armaz\u00e9m da Maia (operador de empilhador, candidata 4485302) e o entrevistador, o S\u00e9rgio Costa, "
            "n\u00e3o recebeu convite nenhum. No GoodTime aparece agendada com ele. A candidata j\u00e1 vem a caminho. Consegue algu\u00e9m mandar o convite agora "
            "ou dizer-me como p\u00f4r outra pessoa?\n\nTiago")
    alt = multi('alternative', [part_text(text, cs='windows-1252', cte='quoted-printable'),
                                part_text(outlook_html(text, body_lang='PT'), sub='html', cs='windows-1252', cte='quoted-printable')], 'outlook')
    h = OH(d, 'Tiago Pinto <tiago.pinto@ospreyretail.com>', '=?iso-8859-1?Q?Entrevista_=E0s_14h30_-_entrevistador_sem_convite?=', lang='pt-PT',
           topic='=?iso-8859-1?Q?Entrevista_=E0s_14h30_-_entrevistador_sem_convite?=')
    return build(h, alt)

# =========================================================================== FEATURE REQUESTS
@M('feature_request', 'product_board_reply', '', 'en', 'outlook-ios;plain;quoted-printable;misleading-subject-urgent;mobile-signature',
   '"URGENT" subject over a wish for WhatsApp reminders')
def f_en_whatsapp():
    d = D(4, 19, 20, 48)
    text = ("Ok not literally urgent but I wanted you to read it \U0001F605\n\nIt would make a massive difference if GoodTime could send interview confirmations "
            "and reminders over WhatsApp. Nearly all our hourly candidates live on WhatsApp and barely open email \u2013 I end up messaging them from the store "
            "phone anyway. Please can this be added? I reckon it\u2019d halve our no-shows.\n\nPriya\nStore Manager, Leeds Trinity\n\nGet Outlook for iOS")
    p = part_text(text, cs='utf-8', cte='quoted-printable')
    h = OH(d, 'Priya Chauhan <priya.chauhan@ospreyretail.com>', 'URGENT', mid='<%s@EUR05-DB9-obe.outbound.protection.outlook.com>' % rhex(32))
    return build(h, p)

@M('feature_request', 'product_board_reply', '', 'en', 'outlook-multipart-alternative;quoted-printable;corporate-signature;legal-disclaimer;long-folded-subject',
   'batch-schedule many candidates at once for peak')
def f_en_bulk():
    d = D(5, 19, 16, 12)
    text = ("Hi,\n\nOne for the wish list ahead of peak. At the moment every warehouse candidate is scheduled one at a time, which is fine for 20 a week but not "
            "for the 400+ we\u2019ll be pushing through the DCs from September.\n\nWhat would really help is being able to select a batch of candidates for the same role "
            "(say 30 pickers for Warrington), pick a date range and a pool of assessors, and have GoodTime spread them across the available slots in one go, "
            "sending each candidate their own confirmation.\n\nHappy to talk it through with whoever looks at these things.\n\nThanks,\nNatasha")
    alt = multi('alternative', [part_text(outlook_plain(text, SIG_NATASHA), cs='windows-1252', cte='quoted-printable'),
                                part_text(outlook_html(text, SIG_NATASHA), sub='html', cs='windows-1252', cte='quoted-printable')], 'outlook')
    h = OH(d, 'Natasha Birch <natasha.birch@ospreyretail.com>',
           'Idea for GoodTime: scheduling a whole batch of warehouse candidates in one go (peak 2026 \u2013 Warrington, Doncaster and Daventry DCs)'.replace('\u2013', '-'))
    return build(h, alt)

@M('feature_request', 'product_board_reply', '', 'en', 'iphone;plain;7bit;lowercase;mobile-signature',
   'would like GoodTime to read the store rota')
def f_en_rota():
    d = D(4, 26, 7, 38)
    text = ("morning, would be good if goodtime could see our store rota (the one in the rota system) so it only offers interview slots when im actually "
            "on shift, not just whats in my outlook. half the time it puts people in on my days off because my outlook is empty those days\n\nkerry-ann\n\nSent from my iPhone")
    p = part_text(text, cs='us-ascii', cte='7bit')
    h = hdr_internal(d, None, n_recv=2)[:2] + top('Kerry-Ann Doyle <kerry-ann.doyle@ospreyretail.com>', 'rota idea', d, to=HL, mid=mid_apple(), order='gmail',
                                                  post=['X-Mailer: iPhone Mail (22E252)'])
    return build(h, p)

@M('feature_request', 'product_board_reply', '', 'en', 'outlook-html-only;quoted-printable;windows-1252;reply-thread-unrelated;outlook-quote-block;corporate-signature;legal-disclaimer',
   'wants store directions/map fields in candidate itinerary (on top of a regional meeting thread)')
def f_en_map():
    d = D(5, 6, 11, 7)
    text = ("Hi GT team,\n\nA suggestion that came out of our Scotland managers\u2019 call. Half our \u201clate\u201d candidates are actually lost \u2013 they go to the "
            "customer entrance of a shopping centre and can\u2019t find the staff door.\n\nIt would be great if each store in GoodTime could have its own "
            "\u201chow to find us\u201d block \u2013 map link, which entrance, who to ask for \u2013 that drops into the candidate confirmation automatically, instead of us typing "
            "it in the personal note every time (and forgetting).\n\nThanks\nFiona")
    quotes = [{'from': 'Fiona Gallagher <fiona.gallagher@ospreyretail.com>', 'sent': 'Tuesday, May 5, 2026 5:12 PM', 'to': 'Scotland Store Managers',
               'cc': 'GT Helpline <gt-helpline@ospreyretail.com>', 'subject': 'Managers\u2019 call \u2013 actions',
               'body': 'Hi all,\n\nActions from today:\n1. Summer temp numbers to me by Friday\n2. Till training dates for new starters \u2013 Shona to circulate\n'
                       '3. Fire marshal rota for June \u2013 each store\n\nFiona'}]
    p = part_text(outlook_html(text, SIG_FIONA, quotes), sub='html', cs='windows-1252', cte='quoted-printable')
    h = OH(d, 'Fiona Gallagher <fiona.gallagher@ospreyretail.com>', 'RE: Managers\u2019 call \u2013 actions'.encode('cp1252'), cc='GT Helpline <gt-helpline@ospreyretail.com>',
           to='Scotland Store Managers <scotland.storemanagers@ospreyretail.com>', in_reply=mid_outlook())
    return build(h, p, crlf=True)

@M('feature_request', 'product_board_reply', '', 'en', 'outlook-multipart-alternative;base64;utf-8;corporate-signature;legal-disclaimer;hard-resembles-reporting',
   'wants one regional view of interview counts per store with Excel export')
def f_en_region_view():
    d = D(5, 20, 6, 44)
    text = ("Morning,\n\nSuggestion for GoodTime rather than a problem: as a regional coordinator I\u2019d love a single screen that shows interview counts per "
            "store for my whole region (85 stores) for the week ahead and the week just gone, with a one-click export to Excel. Right now I\u2019m clicking "
            "into stores one by one on a Monday morning to build the same spreadsheet for the regional managers.\n\nCheers\nMarcus")
    alt = multi('alternative', [part_text(outlook_plain(text, SIG_MARCUS), cs='utf-8', cte='base64'),
                                part_text(outlook_html(text, SIG_MARCUS, cs='utf-8'), sub='html', cs='utf-8', cte='base64')], 'outlook')
    h = OH(d, 'Marcus Obi <marcus.obi@ospreyretail.com>', 'Suggestion - regional view of interviews')
    return build(h, alt)

@M('feature_request', 'product_board_reply', '', 'en', 'personal-gmail;gmail-mobile;plain;lowercase;received-8;dkim;arc;external-banner-subject',
   'wants a no-show button that updates the ATS')
def f_en_noshow():
    d = D(5, 2, 22, 15)
    text = ("idea for goodtime - there should be a no show button on the interview. at the min when someone doesnt turn up i have to cancel it in goodtime, "
            "then go into workday and reject them, then tell the area manager. one button that does all that and counts no shows per store would be class\n\ngaz")
    p = part_text(text, cs='UTF-8', cte='7bit')
    h = hdr_gmail_inbound(d, n_recv=9) + ['MIME-Version: 1.0'] + top('Gaz Whitfield <gazwhitfield84@gmail.com>', '[EXTERNAL] idea', d, to=HL, mid='gmail', order='gmail')
    return build_nomime(h, p)

@M('feature_request', 'product_board_reply', '', 'en', 'outlook-multipart-alternative;quoted-printable;corporate-signature;legal-disclaimer;two-topics',
   'hiring managers without a licence confirm slots from the email; plus thanks')
def f_en_approve_email():
    d = D(5, 21, 13, 33)
    text = ("Hi both,\n\nFirst, thanks for turning round the new area manager pool so quickly last week \u2013 it\u2019s already being used.\n\n"
            "Second, a product idea I\u2019d like to get in front of GoodTime: a lot of our hiring managers (area managers, DC general managers) only touch "
            "GoodTime a few times a year and don\u2019t really want another login. It would be brilliant if they could confirm or reject proposed interview "
            "slots straight from an email \u2013 one click on \u201cthis works\u201d \u2013 without going into GoodTime at all.\n\nClaire")
    alt = multi('alternative', [part_text(outlook_plain(text, SIG_CLAIRE), cs='windows-1252', cte='quoted-printable'),
                                part_text(outlook_html(text, SIG_CLAIRE), sub='html', cs='windows-1252', cte='quoted-printable')], 'outlook')
    h = OH(d, 'Claire Ridgway <claire.ridgway@ospreyretail.com>', 'Thanks + an idea for GoodTime')
    return build(h, alt)

@M('feature_request', 'forward_support|needs_review', '', 'en', 'form-mailer;ideas-portal;auto-submitted;x-auto-response-suppress;no-reply-from;reply-to;html-only',
   'ideas portal: let candidates move their own interview from the confirmation')
def f_en_form_ideas():
    d = D(5, 13, 16, 40)
    rows = [('Idea ID', 'IDEA-0931'), ('Submitted by', 'Jodie Clarke (jodie.clarke@ospreyretail.com)'), ('Team', 'Recruiting Coordinators - Midlands'),
            ('Tool', 'GoodTime'), ('Title', 'Let candidates move their own interview'),
            ('Description', 'Candidates often email or ring the store to move an interview by a day. It would save us a lot of time if the GoodTime '
                            'confirmation email had a "need a different time?" button so the candidate could pick a new slot themselves from the same '
                            'options, and we just get told.'),
            ('Benefit', 'Less admin for coordinators and store managers, fewer no-shows')]
    htm = ('<html><body style="font-family:Segoe UI,Arial;font-size:10pt"><h3 style="color:#3A2D6E">New idea submitted</h3>'
           '<table cellpadding="4" style="border-collapse:collapse">' +
           ''.join('<tr><td style="border:1px solid #ddd"><b>%s</b></td><td style="border:1px solid #ddd">%s</td></tr>' % (k, esc(v)) for k, v in rows) +
           '</table><p style="color:#888;font-size:8pt">Sent by Osprey Ideas (Power Automate). Do not reply to this message.</p></body></html>\n')
    p = part_text(htm, sub='html', cs='utf-8', cte='quoted-printable')
    h = ['Received: from PAXPR04MB9318.eurprd04.prod.outlook.com (2603:10a6:102:2a3::9) by DB9PR04MB8412.eurprd04.prod.outlook.com with HTTPS; ' + utc(d, 2),
         'Received: from DB8PR09CA0021.eurprd09.prod.outlook.com (2603:10a6:10:a0::34) by PAXPR04MB9318.eurprd04.prod.outlook.com with Microsoft SMTP Server id 15.20.8678.25; ' + utc(d, 1),
         'From: Osprey Ideas <ideas-noreply@ospreyretail.com>', 'To: GT Helpline <gt-helpline@ospreyretail.com>', 'Reply-To: jodie.clarke@ospreyretail.com',
         'Subject: New idea submitted: Let candidates move their own interview (GoodTime)', 'Date: ' + dstr(d, 'utc'),
         'Message-ID: ' + mid_outlook(), 'Auto-Submitted: auto-generated', 'X-Auto-Response-Suppress: All', 'X-MS-Exchange-Organization-AuthAs: Internal',
         'X-Mailer: Microsoft Power Automate']
    return build(h, p)

@M('feature_request', 'product_board_reply', '', 'en', 'iphone;multipart-alternative;quoted-printable;mobile-signature;hard-resembles-app-question',
   'wants a phone-friendly view of today\'s interviews')
def f_en_mobile_view():
    d = D(5, 15, 7, 12)
    text = ("Hi, following on from my app question \u2013 understood there isn\u2019t one. Can I put in a request for a proper phone-friendly page that just "
            "shows my interviews for today (time, name, role, room) and lets me mark them as done? That\u2019s all I need on the shop floor.\n\nShona\n\nSent from my iPhone")
    alt = multi('alternative', [part_text(text, cs='utf-8', cte='quoted-printable'), part_text(apple_html(text), sub='html', cs='utf-8', cte='quoted-printable')], 'iphone')
    h = hdr_internal(d, None, n_recv=2)[:2] + top('Shona McKay <shona.mckay@ospreyretail.com>', 'phone version request', d, to=HL, mid=mid_apple(), order='gmail',
                                                  post=['X-Mailer: iPhone Mail (22E252)'])
    return build(h, alt)

@M('feature_request', 'product_board_reply', '', 'en', 'outlook-html-only;quoted-printable;windows-1252;reply-thread-unrelated;long-thread;outlook-quote-block',
   'bulk cancel when a store campaign closes (on a thread about agency spend)')
def f_en_bulk_cancel():
    d = D(5, 26, 15, 49)
    text = ("Adding the helpline in on this one.\n\nFollowing on from the regional meeting \u2013 a few of us would love a \u201ccancel all remaining interviews\u201d "
            "option for when a store\u2019s hiring campaign closes early. When Altrincham filled all 14 summer roles in a week I had to cancel 23 future interviews "
            "one by one. Select all, one message to the candidates, done \u2013 that\u2019s the dream.\n\nHannah")
    quotes = [
        {'from': 'Claire Ridgway <claire.ridgway@ospreyretail.com>', 'sent': 'Tuesday, May 26, 2026 10:02 AM', 'to': 'NW Recruiting <nw.recruiting@ospreyretail.com>',
         'subject': 'RE: Agency spend \u2013 North West', 'body': 'Thanks Hannah. Let\u2019s keep agency to the two DCs only from June.\n\nClaire'},
        {'from': 'Hannah Lockwood <hannah.lockwood@ospreyretail.com>', 'sent': 'Monday, May 25, 2026 4:18 PM', 'to': 'Claire Ridgway <claire.ridgway@ospreyretail.com>',
         'subject': 'Agency spend \u2013 North West', 'body': 'Hi Claire,\n\nAgency spend for April was \u00a318,240 across NW, mostly Warrington and Trafford Park. Breakdown attached.\n\nHannah'},
    ]
    p = part_text(outlook_html(text, SIG_HANNAH, quotes), sub='html', cs='windows-1252', cte='quoted-printable')
    h = OH(d, 'Hannah Lockwood <hannah.lockwood@ospreyretail.com>', 'RE: Agency spend - North West', to='NW Recruiting <nw.recruiting@ospreyretail.com>',
           cc='GT Helpline <gt-helpline@ospreyretail.com>', in_reply=mid_outlook(), n_recv=3)
    return build(h, p, crlf=True)

@M('feature_request', 'product_board_reply', '', 'es', 'outlook-multipart-alternative;quoted-printable;iso-8859-1;rfc2047-q-iso-8859-1;corporate-signature;legal-disclaimer',
   'que los correos a candidatos puedan salir en catal\u00e1n')
def f_es_catalan():
    d = D(5, 14, 12, 49, 'es')
    text = ("Hola,\n\nOs paso una propuesta para GoodTime: ser\u00eda fant\u00e1stico que los correos que reciben los candidatos (confirmaci\u00f3n, recordatorio) pudieran "
            "salir en catal\u00e1n para las tiendas de Catalu\u00f1a, o que el candidato pudiera elegir idioma. Muchos candidatos nos escriben en catal\u00e1n y queda raro "
            "contestarles con un correo en castellano o en ingl\u00e9s.\n\nGr\u00e0cies!\nLaia")
    sig = SIG_LAIA.replace('\u2013', '-')
    alt = multi('alternative', [part_text(text + '\n\n' + sig + '\n', cs='iso-8859-1', cte='quoted-printable'),
                                part_text(outlook_html(text, sig, lang='es', body_lang='ES', cs='iso-8859-1'), sub='html', cs='iso-8859-1', cte='quoted-printable')], 'outlook')
    h = OH(d, '=?iso-8859-1?Q?Laia_Ferrer_Vall=E8s?= <laia.ferrer@ospreyretail.com>', '=?iso-8859-1?Q?Propuesta=3A_correos_a_candidatos_en_catal=E1n?=', lang='es-ES',
           topic='=?iso-8859-1?Q?Propuesta=3A_correos_a_candidatos_en_catal=E1n?=')
    return build(h, alt)

@M('feature_request', 'product_board_reply', '', 'fr', 'gmail;multipart-alternative;base64;utf-8',
   'lien Google Maps et photo de l\'entr\u00e9e du personnel dans la convocation')
def f_fr_maps():
    d = D(5, 20, 18, 22, 'fr')
    text = ("Bonjour,\n\nUne id\u00e9e pour GoodTime : pouvoir ajouter automatiquement un lien Google Maps et une photo de l\u2019entr\u00e9e du personnel dans la "
            "convocation envoy\u00e9e au candidat. Au centre commercial de Bordeaux Lac, les candidats tournent souvent 10 minutes avant de nous trouver.\n\n"
            "Ce serait top si c\u2019\u00e9tait param\u00e9trable par magasin.\n\nBonne soir\u00e9e,\nCamille\nResponsable magasin \u2013 Bordeaux Lac")
    alt = multi('alternative', [part_text(text, cs='UTF-8', cte='base64'), part_text(gmail_html(text), sub='html', cs='UTF-8', cte='base64')], 'gmail')
    h = hdr_internal(d, None, n_recv=2)[:2] + ['MIME-Version: 1.0'] + top('Camille Besson <camille.besson@ospreyretail.com>',
        '=?UTF-8?B?SWTDqWUgOiBwbGFuIGQ=?=\n =?UTF-8?B?J2FjY8OocyBkYW5zIGxhIGNvbnZvY2F0aW9u?=', d, to=HL, mid='gmail', order='gmail')
    return build_nomime(h, alt)

# =========================================================================== ESCALATIONS
def orig_msg(frm, sent, to, subject, body, cc=None, lang='en'):
    if lang == 'fr':
        s = '-----Message d\'origine-----\nDe : %s\nEnvoy\u00e9 : %s\n\u00c0 : %s\n' % (frm, sent, to)
        if cc:
            s += 'Cc : %s\n' % cc
        return s + 'Objet : %s\n\n%s\n' % (subject, body)
    s = '-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\n' % (frm, sent, to)
    if cc:
        s += 'Cc: %s\n' % cc
    return s + 'Subject: %s\n\n%s\n' % (subject, body)

@M('escalation', 'flag_csm', '', 'en', 'outlook-multipart-alternative;quoted-printable;corporate-signature;legal-disclaimer;licence-renewal',
   'renewal 30 June: seat count and seasonal licences for peak')
def e_en_renewal():
    d = D(4, 29, 18, 6)
    text = ("Hi,\n\nOur GoodTime agreement is up for renewal on 30 June. Before Procurement gets involved I\u2019d like a conversation with GoodTime about two things:\n\n"
            "1. Seats \u2013 we\u2019re at 412 of 450 today, and we\u2019ll need roughly another 150 users between September and December for seasonal store and DC managers.\n"
            "2. Whether they offer any kind of seasonal or flexible licence, rather than us paying for 600 seats all year for a 4-month peak.\n\n"
            "Could you set that up with the right people at GoodTime and include me and Claire? Late May would be ideal.\n\nThanks\nSimon")
    alt = multi('alternative', [part_text(outlook_plain(text, SIG_SIMON), cs='windows-1252', cte='quoted-printable'),
                                part_text(outlook_html(text, SIG_SIMON), sub='html', cs='windows-1252', cte='quoted-printable')], 'outlook')
    h = OH(d, 'Simon Hartley <simon.hartley@ospreyretail.com>', 'GoodTime renewal - seats for peak', cc='Claire Ridgway <claire.ridgway@ospreyretail.com>')
    return build(h, alt)

@M('escalation', 'flag_csm', '', 'en', 'outlook-html-only;quoted-printable;windows-1252;corporate-signature;legal-disclaimer;training-request',
   'training for 40 new store managers in the region')
def e_en_training():
    d = D(5, 11, 9, 3)
    text = ("Hi GT team,\n\nWe\u2019ve got 40 new store managers and deputies starting across Yorkshire and the North East between now and the end of June "
            "(new stores in Durham, Harrogate and York plus backfills). Most have never used GoodTime and they\u2019ll be interviewing within their first fortnight.\n\n"
            "Can we get proper GoodTime training organised for them \u2013 ideally two or three live sessions run by GoodTime, one of them in person at the Leeds office, "
            "plus something recorded for the stragglers? I\u2019d rather do this properly than have 40 people learning by trial and error on real candidates.\n\n"
            "Happy to pull the list of names together.\n\nMarcus")
    p = part_text(outlook_html(text, SIG_MARCUS), sub='html', cs='windows-1252', cte='quoted-printable')
    h = OH(d, 'Marcus Obi <marcus.obi@ospreyretail.com>', 'GoodTime training for 40 new managers - Yorkshire & NE', n_recv=3)
    return build(h, p, crlf=True)

@M('escalation', 'flag_csm+forward_support', '', 'en', 'plain;quoted-printable;original-message-block;reply-thread;angry-capitals;long-folded-subject;live-fault',
   'recurring DC calendar sync failure, 3rd time, broken again today; wants escalation and root cause')
def e_en_recurring_sync():
    d = D(4, 27, 8, 49)
    text = ("This is now the THIRD time this month.\n\nCalendar sync for the Doncaster and Daventry DC shift leads broke again overnight \u2013 as of this morning "
            "every shift lead shows as completely free in GoodTime, so we\u2019re back to candidates being offered times when the leads are on the floor or off. "
            "It was reported on 2 April and 14 April, both times we were told it was fixed, and NOBODY has ever come back with a root cause.\n\n"
            "I want two things: today\u2019s sync fixed, and this escalated properly to GoodTime\u2019s account team with a review of why it keeps happening. "
            "We can\u2019t go into peak like this.\n\nNatasha\n\n" + SIG_NATASHA.split('\n\n')[0])
    prev = orig_msg('GT Helpline <gt-helpline@ospreyretail.com>', '14 April 2026 15:20', 'Natasha Birch <natasha.birch@ospreyretail.com>',
                    'RE: DC calendar sync - still broken',
                    'Hi Natasha,\n\nGoodTime Support have confirmed the sync for the DC shift leads is working again as of 15:00. Let us know if you see it again.\n\nGT Helpline')
    prev2 = orig_msg('Natasha Birch <natasha.birch@ospreyretail.com>', '14 April 2026 08:31', 'GT Helpline <gt-helpline@ospreyretail.com>',
                     'FW: DC calendar sync - still broken', 'Same as 2 April. Shift leads at Doncaster all showing free. Please chase.\n\nNatasha')
    body = text + '\n\n' + prev + '\n' + prev2
    p = part_text(body, cs='utf-8', cte='quoted-printable')
    h = OH(d, 'Natasha Birch <natasha.birch@ospreyretail.com>',
           'RE: RE: FW: DC calendar sync - still broken - THIRD time this month - need this escalated properly please',
           post=['X-Priority: 1', 'Importance: high'])
    return build(h, p)

@M('escalation', 'flag_csm', '', 'en', 'outlook-multipart-mixed;pdf-attachment;multipart-alternative;quoted-printable;corporate-signature;legal-disclaimer;licence-seats',
   'remove 31 leavers\' seats, reassign to new coordinators, confirm seat count')
def e_en_leavers():
    d = D(5, 18, 14, 37)
    text = ("Hi,\n\nAttached is the list of 31 GoodTime users who have left the business since January (mostly store managers from the March restructure). Please can "
            "we have their seats taken back, and 8 of them reassigned to the new regional coordinators who start on 1 June (names on page 1)?\n\n"
            "Could you also confirm with GoodTime how many seats we\u2019re actually paying for versus using \u2013 the numbers I have from Finance don\u2019t match what I see.\n\n"
            "Thanks,\nClaire")
    lines = ['GoodTime users - leavers Jan-May 2026 (31)', '', 'New regional coordinators starting 01/06/2026 (8): A. Begum, T. Carver, L. Dunn, R. Edwards,',
             'S. Farooq, M. Greenwood, J. Hughes, K. Iqbal', '', 'Leavers:'] + ['%2d. Store %04d - Store Manager - left %02d/%02d/2026' % (i, R.randint(100, 999), R.randint(1, 28), R.randint(1, 5)) for i in range(1, 32)]
    alt = multi('alternative', [part_text(outlook_plain(text, SIG_CLAIRE), cs='windows-1252', cte='quoted-printable'),
                                part_text(outlook_html(text, SIG_CLAIRE), sub='html', cs='windows-1252', cte='quoted-printable')], 'outlook')
    body = multi('mixed', [alt, attach(pdf(lines), 'application/pdf', 'GoodTime leavers Jan-May 2026.pdf')], 'outlook')
    h = OH(d, 'Claire Ridgway <claire.ridgway@ospreyretail.com>', 'GoodTime licences - leavers and new starters', attach=True)
    return build(h, body)

@M('escalation', 'flag_csm', '', 'en', 'outlook-multipart-alternative;quoted-printable;corporate-signature;legal-disclaimer;process-change',
   'process change: all hourly hiring to self-scheduling nationally; wants GoodTime consultation')
def e_en_process():
    d = D(6, 2, 10, 15)
    sig = corp_sig('Danielle Okoro', 'Recruiting Operations Lead', team='Talent Acquisition', m='+44 7700 900566')
    text = ("Hi GT team,\n\nFrom September we want to move all hourly store and DC hiring (roughly 85% of our volume) to candidate self-scheduling as the default, "
            "with coordinators only stepping in for exceptions. That\u2019s a big change for about 600 store managers and the coordinator team.\n\n"
            "Before we commit I\u2019d like GoodTime\u2019s input: what have similar retailers done, how should we set up pools and templates for it, what should the "
            "exceptions process look like, and how do we roll it out without chaos. Could we get a working session with them in June, and would you join?\n\n"
            "Thanks\nDanielle")
    alt = multi('alternative', [part_text(outlook_plain(text, sig), cs='windows-1252', cte='quoted-printable'),
                                part_text(outlook_html(text, sig), sub='html', cs='windows-1252', cte='quoted-printable')], 'outlook')
    h = OH(d, 'Danielle Okoro <danielle.okoro@ospreyretail.com>', 'Moving hourly hiring to self-scheduling - need GoodTime input',
           cc='Simon Hartley <simon.hartley@ospreyretail.com>')
    return build(h, alt)

@M('escalation', 'flag_csm', '', 'en', 'plain;base64;windows-1252;complaint;rambling',
   'complaint: adoption failing in the region, coordinators back on spreadsheets')
def e_en_complaint():
    d = D(5, 28, 23, 5)
    text = ("Hi,\n\nI\u2019ll be blunt because I think it\u2019s needed. Six months in, GoodTime isn\u2019t working for us in the North West.\n\n"
            "My store managers tell me it\u2019s slower than ringing the candidate, two of the coordinators have quietly gone back to their own spreadsheets, "
            "and I\u2019ve got area managers who still don\u2019t know what GoodTime is. Nobody is owning it. Every time something goes wrong there\u2019s a "
            "fix for that one thing, but nothing changes overall.\n\nI\u2019m not asking for another how-to guide. I want a proper review with GoodTime of how "
            "it\u2019s set up for us and how it\u2019s being used \u2013 before we go into peak. Can you arrange that?\n\nGary Mellor\nRegional Operations Manager \u2013 North West\n"
            "Osprey Retail Group")
    p = part_text(text, cs='windows-1252', cte='base64')
    h = OH(d, 'Gary Mellor <gary.mellor@ospreyretail.com>', 'GoodTime - not working for the North West', cc='Claire Ridgway <claire.ridgway@ospreyretail.com>')
    return build(h, p)

@M('escalation', 'flag_csm', '', 'en', 'outlook-forward;forwarded-chain;outlook-quote-block;multipart-alternative;quoted-printable;executive-assistant',
   'EA asks to arrange a quarterly business review with GoodTime account team')
def e_en_qbr():
    d = D(5, 22, 12, 3)
    text = ("Hi GT Helpline,\n\nPlease see Alison\u2019s note below. Could you arrange the quarterly business review with GoodTime\u2019s account team for her? "
            "Any of the dates she mentions work; I\u2019ll hold 90 minutes in her diary once you have a time. Attendees on our side: Alison, Simon Hartley and Claire Ridgway.\n\n"
            "Many thanks,\nJoanne\n\nJoanne Pereira\nExecutive Assistant to Alison Fairbrother, Group HR Director\nOsprey Retail Group | Osprey House, Manchester")
    quotes = [{'from': 'Alison Fairbrother <alison.fairbrother@ospreyretail.com>', 'sent': 'Thursday, May 21, 2026 7:12 PM',
               'to': 'Joanne Pereira <joanne.pereira@ospreyretail.com>', 'subject': 'GoodTime',
               'body': 'Jo \u2013 before the GoodTime renewal I want a proper QBR with them: adoption by region, time-to-schedule, what they\u2019re doing about the sync issues. '
                       'Early/mid June, 90 mins, Manchester or Teams. Can you organise with the GT helpline team? 9, 11 or 16 June.\n\nA'}]
    alt = multi('alternative', [part_text(outlook_plain(text, quotes=quotes), cs='windows-1252', cte='quoted-printable'),
                                part_text(outlook_html(text, quotes=quotes), sub='html', cs='windows-1252', cte='quoted-printable')], 'outlook')
    h = OH(d, 'Joanne Pereira <joanne.pereira@ospreyretail.com>', 'FW: GoodTime')
    return build(h, alt)

@M('escalation', 'flag_csm+forward_support', '', 'en', 'outlook-multipart-alternative;quoted-printable;corporate-signature;legal-disclaimer;org-wide;live-fault;recurring',
   'org-wide: no store manager received invites since this morning, second Monday running')
def e_en_orgwide():
    d = D(6, 8, 11, 26)
    text = ("Hi,\n\nSince about 7am today no store manager anywhere in the UK has received a GoodTime interview invite. Candidates are getting their "
            "confirmations; the managers get nothing, so they don\u2019t know who\u2019s coming. I\u2019ve had calls from 14 stores in two hours.\n\n"
            "This is the second Monday in a row \u2013 exactly the same thing happened on 1 June and was only sorted by mid-afternoon.\n\n"
            "Please get this in front of GoodTime Support straight away, and I also want their account team involved \u2013 twice in two weeks across the whole estate "
            "isn\u2019t acceptable and I need to understand what they\u2019re doing about it.\n\nClaire")
    alt = multi('alternative', [part_text(outlook_plain(text, SIG_CLAIRE), cs='windows-1252', cte='quoted-printable'),
                                part_text(outlook_html(text, SIG_CLAIRE), sub='html', cs='windows-1252', cte='quoted-printable')], 'outlook')
    h = OH(d, 'Claire Ridgway <claire.ridgway@ospreyretail.com>', 'Store managers not receiving interview invites - AGAIN',
           cc='Simon Hartley <simon.hartley@ospreyretail.com>', post=['Importance: high'])
    return build(h, alt)

@M('escalation', 'flag_csm', '', 'en', 'outlook-rtf;winmail.dat;multipart-mixed;plain;corporate-signature;legal-disclaimer;invoice-licence',
   'invoice for 60 extra licences without PO, price differs from contract')
def e_en_invoice():
    d = D(5, 27, 15, 14)
    text = ("Hello,\n\nAccounts Payable have passed me invoice GT-2026-0419 from GoodTime for 60 additional user licences (pro-rated to 30 June). We have no "
            "purchase order for this, and the per-seat price on the invoice is higher than the rate in our current order form.\n\n"
            "Before we pay or dispute it I need to speak to whoever manages our account at GoodTime to confirm (a) whether the 60 seats were actually requested "
            "by someone here, and (b) which price applies. Can you put me in touch or set up a call?\n\nRegards,\n\nMark Sutcliffe\nProcurement Category Manager \u2013 Indirect\n"
            "Osprey Retail Group\n\n" + DISCLAIMER_EN)
    body = multi('mixed', [part_text(text, cs='windows-1252', cte='quoted-printable'), attach(tnef(23), 'application/ms-tnef', 'winmail.dat')], 'outlook')
    h = OH(d, 'Mark Sutcliffe <mark.sutcliffe@ospreyretail.com>', 'GoodTime invoice GT-2026-0419 - additional licences', attach=True, tnef=True)
    return build(h, body)

@M('escalation', 'flag_csm', '', 'de', 'outlook-html-only;quoted-printable;windows-1252;two-topics;training-request;licence-seats;corporate-signature;legal-disclaimer',
   'Schulung f\u00fcr 15 neue Koordinator:innen + zus\u00e4tzliche Lizenzen DE')
def e_de_training_licences():
    d = D(5, 19, 8, 37, 'de')
    text = ("Hallo GT-Team,\n\nzwei Themen f\u00fcr Deutschland, die wir gern mit GoodTime direkt kl\u00e4ren w\u00fcrden:\n\n"
            "1. Schulung: Ab Juni starten 15 neue Recruiting-Koordinator:innen in Hamburg und Bremen. Wir h\u00e4tten gern eine GoodTime-Schulung f\u00fcr die Gruppe, "
            "idealerweise vor Ort in Hamburg und auf Deutsch.\n"
            "2. Lizenzen: Wir haben aktuell 40 Lizenzen f\u00fcr Deutschland und sind damit am Limit. Mit den neuen Kolleg:innen und den Filialer\u00f6ffnungen brauchen wir "
            "voraussichtlich 25 weitere.\n\nK\u00f6nnt ihr das bitte mit unserer Ansprechpartnerin bei GoodTime aufsetzen? Ich w\u00fcrde gern dabei sein.\n\n"
            "Beste Gr\u00fc\u00dfe\nSven")
    sig = SIG_SVEN + '\n\n' + SIG_LENA.split('\n\n')[1]
    p = part_text(outlook_html(text, sig, body_lang='DE'), sub='html', cs='windows-1252', cte='quoted-printable')
    h = OH(d, 'Sven Oltmanns <sven.oltmanns@ospreyretail.com>', 'GoodTime: Schulung neue Koordinator:innen + Lizenzen DE', lang='de-DE')
    return build(h, p, crlf=True)

@M('escalation', 'flag_csm+forward_support', '', 'fr', 'outlook-multipart-alternative;quoted-printable;windows-1252;original-message-block-fr;complaint;live-fault;corporate-signature;legal-disclaimer',
   'plainte: probl\u00e8mes r\u00e9currents depuis janvier, encore aujourd\'hui (convocations sans adresse)')
def e_fr_complaint():
    d = D(5, 21, 17, 39, 'fr')
    text = ("Bonjour,\n\nJe me permets d\u2019escalader. Depuis janvier, l\u2019\u00e9quipe de Bordeaux encha\u00eene les probl\u00e8mes avec GoodTime\u00a0: rappels qui ne partent pas, "
            "puis en double, cr\u00e9neaux d\u00e9cal\u00e9s d\u2019une heure, et aujourd\u2019hui encore les convocations des candidats partent sans l\u2019adresse du magasin "
            "(trois candidats de demain l\u2019ont d\u00e9j\u00e0 re\u00e7ue ainsi).\n\nChaque probl\u00e8me est trait\u00e9 au cas par cas, mais personne ne regarde l\u2019ensemble. Je "
            "souhaite un point avec GoodTime au niveau de notre compte, et en parall\u00e8le que le probl\u00e8me d\u2019aujourd\u2019hui soit corrig\u00e9.\n\nCordialement,\nSandrine")
    prev = orig_msg('H\u00e9l\u00e8ne Dub\u0153uf <helene.duboeuf@ospreyretail.com>', 'jeudi 21 mai 2026 15:02', 'Sandrine Peyrac <sandrine.peyrac@ospreyretail.com>',
                    'Convocations sans adresse', 'Sandrine,\n\nLes convocations envoy\u00e9es cet apr\u00e8s-midi n\u2019ont pas l\u2019adresse du magasin. Encore un truc\u2026\n\nH\u00e9l\u00e8ne', lang='fr')
    plain = text + '\n\n' + SIG_SANDRINE + '\n\n' + prev
    htm = outlook_html(text, SIG_SANDRINE, [{'from': 'H\u00e9l\u00e8ne Dub\u0153uf <helene.duboeuf@ospreyretail.com>', 'sent': 'jeudi 21 mai 2026 15:02',
                                              'to': 'Sandrine Peyrac <sandrine.peyrac@ospreyretail.com>', 'subject': 'Convocations sans adresse',
                                              'body': 'Sandrine,\n\nLes convocations envoy\u00e9es cet apr\u00e8s-midi n\u2019ont pas l\u2019adresse du magasin. Encore un truc\u2026\n\nH\u00e9l\u00e8ne'}],
                       lang='fr', body_lang='FR')
    alt = multi('alternative', [part_text(plain, cs='windows-1252', cte='quoted-printable'), part_text(htm, sub='html', cs='windows-1252', cte='quoted-printable')], 'outlook')
    h = OH(d, 'Sandrine Peyrac <sandrine.peyrac@ospreyretail.com>', 'TR: Convocations sans adresse - escalade GoodTime', lang='fr-FR',
           cc='=?windows-1252?Q?H=E9l=E8ne_Dub=9Cuf?= <helene.duboeuf@ospreyretail.com>')
    return build(h, alt, crlf=True)

@M('escalation', 'flag_csm', '', 'pt', 'outlook-multipart-alternative;quoted-printable;utf-8;rfc2047-b-utf-8-split-mid-word;licence-renewal;corporate-signature',
   'renova\u00e7\u00e3o: mais 25 licen\u00e7as para a \u00e9poca alta no armaz\u00e9m da Maia')
def e_pt_licences():
    d = D(5, 25, 11, 51, 'pt')
    text = ("Bom dia,\n\nPara a \u00e9poca alta (setembro a dezembro) vamos precisar de mais 25 licen\u00e7as do GoodTime para os chefes de turno do armaz\u00e9m da Maia, "
            "que v\u00e3o passar a fazer entrevistas. Como a renova\u00e7\u00e3o do contrato \u00e9 em junho, gostar\u00edamos de perceber com a GoodTime as condi\u00e7\u00f5es "
            "(pre\u00e7o, se d\u00e1 para ser s\u00f3 por 4 meses) antes de avan\u00e7ar.\n\nConseguem tratar disto com a pessoa da GoodTime que acompanha a nossa conta?\n\nObrigada,\nRita")
    alt = multi('alternative', [part_text(outlook_plain(text, SIG_RITA, lang='pt'), cs='utf-8', cte='quoted-printable'),
                                part_text(outlook_html(text, SIG_RITA, lang='pt', body_lang='PT', cs='utf-8'), sub='html', cs='utf-8', cte='quoted-printable')], 'outlook')
    subj = ews(['Licen\u00e7as adicionais para a \u00e9poca alta \u2013 Arma', 'z\u00e9m da Maia'], 'utf-8', 'B')
    h = OH(d, '=?utf-8?B?Uml0YSBNYWdhbGjDo2Vz?= <rita.magalhaes@ospreyretail.com>', subj, lang='pt-PT')
    return build(h, alt)

# =========================================================================== NOISE
def autoreply_hdrs(auto=True, suppress=True):
    h = []
    if auto:
        h.append('Auto-Submitted: auto-replied')
    if suppress:
        h.append('X-Auto-Response-Suppress: All')
    h.append('X-MS-Exchange-Inbox-Rules-Loop: ' if False else 'X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent')
    return h

@M('noise', 'ignore', '', 'en', 'out-of-office;auto-submitted;x-auto-response-suppress;outlook-multipart-alternative;quoted-printable;contains-urgent',
   'Outlook automatic reply (annual leave)')
def x_en_ooo_auto():
    d = D(5, 1, 10, 0)
    text = ("Thank you for your email. I\u2019m on annual leave until Monday 11 May with no access to email.\n\n"
            "For anything URGENT about recruitment in the North West please contact Marcus Obi (marcus.obi@ospreyretail.com). "
            "For GoodTime questions please use gt-helpline@ospreyretail.com.\n\nHannah")
    alt = multi('alternative', [part_text(text, cs='utf-8', cte='quoted-printable'),
                                part_text(outlook_html(text, cs='utf-8'), sub='html', cs='utf-8', cte='quoted-printable')], 'outlook')
    h = OH(d, 'Hannah Lockwood <hannah.lockwood@ospreyretail.com>', 'Automatic reply: GoodTime tip of the week - interviewer pools', topic='GoodTime tip of the week - interviewer pools',
           post=autoreply_hdrs(True, True))
    return build(h, alt)

@M('noise', 'ignore', '', 'en', 'out-of-office;no-auto-submitted;plain;7bit;contains-urgent;no-message-id',
   'out-of-office without Auto-Submitted header (store manager rule)')
def x_en_ooo_plain():
    d = D(4, 21, 8, 15)
    text = ("I am out of the store on a training course until Thursday 23rd April.\n\nIf your query is urgent please ring the store on 01772 555019 and ask "
            "for the duty manager.\n\nThanks\nAaron Fletcher\nStore Manager - Preston Fishergate\n")
    p = part_text(text, cs='us-ascii', cte='7bit')
    h = hdr_internal(d, None, n_recv=2)[:2] + ['From: Aaron Fletcher <aaron.fletcher@ospreyretail.com>', 'To: GT Helpline <gt-helpline@ospreyretail.com>',
                                               'Subject: Out of Office', 'Date: ' + dstr(d)]
    return build(h, p)

@M('noise', 'ignore', '', 'de', 'out-of-office;auto-submitted;plain;base64;utf-8',
   'Abwesenheitsnotiz')
def x_de_ooo():
    d = D(5, 1, 10, 1, 'de')
    text = ("Vielen Dank f\u00fcr Ihre Nachricht.\n\nIch bin bis einschlie\u00dflich 15.05.2026 nicht im B\u00fcro und habe keinen Zugriff auf meine E-Mails. "
            "Ihre Nachricht wird nicht weitergeleitet. In dringenden F\u00e4llen wenden Sie sich bitte an Nils Hansen (nils.hansen@ospreyretail.com).\n\n"
            "Mit freundlichen Gr\u00fc\u00dfen\nKatrin Vosskamp")
    p = part_text(text, cs='utf-8', cte='base64')
    h = OH(d, 'Katrin Vosskamp <katrin.vosskamp@ospreyretail.com>', 'Automatische Antwort: GoodTime-Tipp der Woche - Interviewer-Pools', lang='de-DE',
           post=autoreply_hdrs(True, True))
    return build(h, p)

@M('noise', 'ignore', '', 'es', 'out-of-office;x-auto-response-suppress-only;plain;quoted-printable;iso-8859-1;rfc2047-q-iso-8859-1',
   'respuesta autom\u00e1tica fuera de la oficina (sin Auto-Submitted)')
def x_es_ooo():
    d = D(5, 1, 10, 2, 'es')
    text = ("Hola,\n\nEstoy fuera de la oficina hasta el 4 de mayo (puente de mayo). Para cualquier tema urgente de selecci\u00f3n en Catalu\u00f1a podeis escribir a "
            "Jordi Casals (jordi.casals@ospreyretail.com).\n\nGracias,\nN\u00faria Puig\n")
    p = part_text(text, cs='iso-8859-1', cte='quoted-printable')
    h = OH(d, '=?iso-8859-1?Q?N=FAria_Puig_i_Soler?= <nuria.puig@ospreyretail.com>',
           '=?iso-8859-1?Q?Respuesta_autom=E1tica=3A_GoodTime_tip_of_the_week_-_interviewe?=\n =?iso-8859-1?Q?r_pools?=', lang='es-ES',
           topic='GoodTime tip of the week - interviewer pools', post=autoreply_hdrs(False, True))
    return build(h, p)

@M('noise', 'ignore', '', 'fr', 'out-of-office;auto-submitted;outlook-html-only;quoted-printable;windows-1252',
   'r\u00e9ponse automatique absence')
def x_fr_ooo():
    d = D(5, 13, 16, 40, 'fr')
    text = ("Bonjour,\n\nJe suis absente du 13 au 20 mai inclus. Pour toute demande urgente concernant le recrutement en Nouvelle-Aquitaine, merci de contacter "
            "Sandrine Peyrac (sandrine.peyrac@ospreyretail.com).\n\nCordialement,\nH\u00e9l\u00e8ne Dub\u0153uf")
    p = part_text(outlook_html(text, lang='fr', body_lang='FR'), sub='html', cs='windows-1252', cte='quoted-printable')
    h = OH(d, '=?windows-1252?Q?H=E9l=E8ne_Dub=9Cuf?= <helene.duboeuf@ospreyretail.com>',
           '=?windows-1252?Q?R=E9ponse_automatique=A0=3A_RE=3A_Rappels_candidats_envoy=E9s_en_double?=', lang='fr-FR',
           topic='=?windows-1252?Q?Rappels_candidats_envoy=E9s_en_double?=', post=autoreply_hdrs(True, True))
    return build(h, p, crlf=True)

@M('noise', 'ignore', '', 'pt', 'calendar-accept;text-calendar;method-reply;multipart-alternative;rfc2047-b-utf-8',
   'convite aceite (Outlook)')
def x_pt_accept():
    d = D(5, 4, 9, 33, 'pt')
    cal = ics('REPLY', 'Sess\u00e3o de forma\u00e7\u00e3o GoodTime \u2013 Porto', '20260512T100000', '20260512T113000', None,
              ('In\u00eas Carvalho', 'ines.carvalho@ospreyretail.com'), partstat='ACCEPTED', lang='pt-PT', location='Boavista \u2013 Sala Douro')
    alt = multi('alternative', [part_text('\n', cs='utf-8', cte='7bit'),
                                (['Content-Type: text/calendar; charset="utf-8"; method=REPLY', 'Content-Transfer-Encoding: base64'], base64.encodebytes(cal.encode()))], 'outlook')
    h = OH(d, '=?utf-8?Q?In=C3=AAs_Carvalho?= <ines.carvalho@ospreyretail.com>', ew('Aceite: Sess\u00e3o de forma\u00e7\u00e3o GoodTime \u2013 Porto', 'utf-8', 'B'),
           lang='pt-PT', topic=None)
    return build(h, alt)

@M('noise', 'ignore', '', 'en', 'bounce;mailer-daemon;multipart-report;delivery-status;message-rfc822;postfix',
   'bounce of a helpline reply to an agency address')
def x_en_bounce():
    d = D(4, 24, 16, 12)
    orig_date = dstr(d - dt.timedelta(seconds=40))
    human = ("This is the mail system at host relay01.ospreyretail.com.\n\nI'm sorry to have to inform you that your message could not\n"
             "be delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n"
             "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
             "                   The mail system\n\n<bookings@northstaff-recruitment.co.uk>: host\n    mx.northstaff-recruitment.co.uk[185.24.97.13] said: 550 5.1.1\n"
             "    <bookings@northstaff-recruitment.co.uk>: Recipient address rejected: User\n    unknown in virtual mailbox table (in reply to RCPT TO command)\n")
    status = ("Reporting-MTA: dns; relay01.ospreyretail.com\nX-Postfix-Queue-ID: 4Xb2Lm0c7Vz9sQ\nX-Postfix-Sender: rfc822; gt-helpline@ospreyretail.com\n"
              "Arrival-Date: %s\n\nFinal-Recipient: rfc822; bookings@northstaff-recruitment.co.uk\nOriginal-Recipient: rfc822;bookings@northstaff-recruitment.co.uk\n"
              "Action: failed\nStatus: 5.1.1\nRemote-MTA: dns; mx.northstaff-recruitment.co.uk\nDiagnostic-Code: smtp; 550 5.1.1\n    <bookings@northstaff-recruitment.co.uk>: "
              "Recipient address rejected: User\n    unknown in virtual mailbox table\n") % orig_date
    original = ("From: GT Helpline <gt-helpline@ospreyretail.com>\nTo: bookings@northstaff-recruitment.co.uk\nSubject: RE: Agency interviewers - GoodTime access\n"
                "Date: %s\nMessage-ID: %s\nMIME-Version: 1.0\nContent-Type: text/plain; charset=\"us-ascii\"\n\n"
                "Hi,\n\nAgency staff can't be added as GoodTime interviewers, but your shift supervisors can sit in on interviews booked by our store managers.\n\n"
                "GT Helpline\nInternal GoodTime Project Team\n") % (orig_date, mid_outlook())
    parts = [part_text(human, cs='us-ascii', cte='7bit', extra=['Content-Description: Notification']),
             (['Content-Description: Delivery report', 'Content-Type: message/delivery-status'], status.encode()),
             (['Content-Description: Undelivered Message', 'Content-Type: message/rfc822'], original.encode())]
    rep = multi('report', parts, 'other', extra='; report-type=delivery-status')
    h = ['Received: from relay01.ospreyretail.com (10.20.4.11) by AM9PR04MB8234.eurprd04.prod.outlook.com with SMTP; ' + utc(d, 2),
         'Received: by relay01.ospreyretail.com (Postfix)\n\tid 7D21C2E0412; ' + dstr(d),
         'Date: ' + dstr(d), 'From: MAILER-DAEMON@relay01.ospreyretail.com (Mail Delivery System)', 'Subject: Undelivered Mail Returned to Sender',
         'To: gt-helpline@ospreyretail.com', 'Auto-Submitted: auto-replied', 'Message-Id: <20260424151207.7D21C2E0412@relay01.ospreyretail.com>']
    return build(h, rep)

@M('noise', 'ignore', '', 'en', 'newsletter;list-unsubscribe;precedence-bulk;multipart-alternative;quoted-printable;received-8;dkim;vendor-marketing',
   'GoodTime product newsletter (mentions features, reporting, support)')
def x_en_newsletter():
    d = D(5, 14, 15, 0)
    text = ("GoodTime Product Digest \u2013 May 2026\n\nHi there,\n\nHere\u2019s what\u2019s new this month:\n\n"
            "* Reporting: new interviewer load dashboard with CSV export\n* Microsoft Teams: faster link generation and better rescheduling handling\n"
            "* Candidate experience: refreshed itinerary emails on mobile\n* Webinar: \u201cScaling high-volume hourly hiring\u201d, 4 June, 4pm BST \u2013 save your seat\n\n"
            "Have an idea? Add it to the Product board and upvote others.\n\nThe GoodTime team\n\n"
            "You\u2019re receiving this because you\u2019re a GoodTime user at Osprey Retail Group.\nUnsubscribe: https://email.goodtime.io/unsubscribe?u=8f3c2a&e=gt-helpline%40ospreyretail.com\n"
            "GoodTime, Inc. \u00b7 San Francisco, CA")
    htm = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>GoodTime Product Digest</title></head><body style="margin:0;background:#f4f2fb">'
           '<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center"><table width="600" style="background:#ffffff;font-family:Helvetica,Arial">'
           '<tr><td style="background:#5b3fd1;color:#fff;padding:24px;font-size:22px">GoodTime Product Digest &ndash; May 2026</td></tr>'
           '<tr><td style="padding:24px;font-size:15px;line-height:22px">' + esc(text).replace('\n', '<br>\n') +
           '</td></tr></table></td></tr></table><img src="https://email.goodtime.io/o/eJx8kM1u.gif" width="1" height="1" alt=""></body></html>\n')
    alt = multi('alternative', [part_text(text, cs='utf-8', cte='quoted-printable'), part_text(htm, sub='html', cs='utf-8', cte='quoted-printable')], 'other')
    h = hdr_external(d, 'mta-174-12.sparkpostmail.com', '192.174.84.12', 'email.goodtime.io', n_recv=7, selector='scph0525') + [
        'Date: ' + dstr(d, 'utc'), 'From: GoodTime <news@email.goodtime.io>', 'Reply-To: GoodTime <hello@goodtime.io>', 'To: gt-helpline@ospreyretail.com',
        'Subject: =?utf-8?Q?What=E2=80=99s_new_in_GoodTime_=E2=80=93_May_2026?=', 'Message-ID: <%s@email.goodtime.io>' % rhex(24, 0),
        'List-Unsubscribe: <https://email.goodtime.io/unsubscribe?u=8f3c2a&e=gt-helpline%40ospreyretail.com>, <mailto:unsubscribe-8f3c2a@email.goodtime.io>',
        'List-Unsubscribe-Post: List-Unsubscribe=One-Click', 'List-Id: GoodTime Product Digest <digest.email.goodtime.io>', 'Precedence: bulk',
        'X-Campaign: PD-2026-05', 'Feedback-ID: pd0526:goodtime:sparkpost']
    return build(h, alt)

@M('noise', 'ignore', '', 'en', 'phishing;lookalike-domain;auth-fail;html-only;quoted-printable;contains-urgent-immediately-licence',
   'phishing: fake GoodTime licence suspension')
def x_en_phish():
    d = D(5, 3, 3, 47)
    htm = ('<html><body style="font-family:Arial;font-size:14px"><img src="https://goodtime-io-accounts.com/assets/logo.png" alt="GoodTime"><br><br>'
           '<p>Dear Customer,</p><p><b>URGENT:</b> Your GoodTime workspace licence for <b>Osprey Retail Group</b> has been <span style="color:#d00">suspended</span> '
           'due to a payment error on your last invoice.</p><p>All scheduled interviews will be cancelled within 24 hours unless you verify your billing '
           'administrator account immediately.</p><p style="text-align:center"><a href="http://goodtime-io-accounts.com.verify-session.ru/login?c=osprey" '
           'style="background:#5b3fd1;color:#fff;padding:12px 24px;text-decoration:none">Verify account now</a></p>'
           '<p>If you have already resolved this, please ignore this message.</p><p>GoodTime Billing Team<br>support@goodtime.io</p></body></html>\n')
    p = part_text(htm, sub='html', cs='utf-8', cte='quoted-printable')
    h = hdr_external(d, 'vps-41213.hostingcloud-eu.net', '45.141.87.203', 'goodtime-io-accounts.com', dkim=False, spf='softfail', dkim_res='none', dmarc='fail', n_recv=5) + [
        'From: "GoodTime Billing" <billing@goodtime-io-accounts.com>', 'Reply-To: billing.desk@protonmail.com', 'To: gt-helpline@ospreyretail.com',
        'Subject: [EXTERNAL] Action required: GoodTime licence suspended - verify immediately', 'Date: ' + dstr(d, 'utc'),
        'Message-ID: <%s@vps-41213.hostingcloud-eu.net>' % rhex(20, 0), 'X-Mailer: PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)', 'X-Priority: 1']
    return build(h, p)

@M('noise', 'ignore', '', 'en', 'calendar-decline;text-calendar;method-reply;multipart-alternative;decline-comment',
   'declined drop-in clinic with a short comment')
def x_en_decline():
    d = D(5, 7, 12, 8)
    cal = ics('REPLY', 'GoodTime drop-in clinic \u2013 North West store managers', '20260514T140000', '20260514T150000', None,
              ('Dean Ashworth', 'dean.ashworth@ospreyretail.com'), partstat='DECLINED', comment='Sorry stocktake that afternoon', location='Microsoft Teams Meeting')
    alt = multi('alternative', [part_text('Sorry stocktake that afternoon\n', cs='utf-8', cte='quoted-printable'),
                                (['Content-Type: text/calendar; charset="utf-8"; method=REPLY', 'Content-Transfer-Encoding: base64'], base64.encodebytes(cal.encode()))], 'outlook')
    h = OH(d, 'Dean Ashworth <dean.ashworth@ospreyretail.com>', 'Declined: GoodTime drop-in clinic - North West store managers')
    return build(h, alt)

@M('noise', 'ignore', '', 'en', 'read-receipt;multipart-report;disposition-notification',
   'Outlook read receipt')
def x_en_read_receipt():
    d = D(5, 11, 7, 31)
    human = ("Your message\n\n  To: Leeds & York Store Managers\n  Subject: GoodTime changes for peak - please read\n  Sent: Friday, May 8, 2026 3:02:11 PM (UTC+00:00) Dublin, Edinburgh, Lisbon, London\n\n"
             "was read on Monday, May 11, 2026 7:31:07 AM (UTC+00:00) Dublin, Edinburgh, Lisbon, London.\n")
    mdn = ("Reporting-UA: DU0PR04MB9227.eurprd04.prod.outlook.com; Microsoft Exchange Server\nFinal-Recipient: rfc822;priya.chauhan@ospreyretail.com\n"
           "Original-Message-ID: %s\nDisposition: manual-action/MDN-sent-manually; displayed\n") % mid_outlook()
    rep = multi('report', [part_text(human, cs='us-ascii', cte='7bit'), (['Content-Type: message/disposition-notification'], mdn.encode())], 'outlook',
                extra=';\n\treport-type=disposition-notification')
    h = OH(d, 'Priya Chauhan <priya.chauhan@ospreyretail.com>', 'Read: GoodTime changes for peak - please read', topic='GoodTime changes for peak - please read')
    return build(h, rep)

@M('noise', 'ignore', '', 'en', 'bare-thanks;gmail;multipart-alternative;reply-thread;gmail-quote',
   'bare "thanks!" above the helpline\'s answer')
def x_en_thanks():
    d = D(4, 16, 11, 2)
    text = 'thanks!'
    attr = 'On Thu, 16 Apr 2026 at 10:47, GT Helpline <gt-helpline@ospreyretail.com> wrote:'
    q = ("Hi Lewis,\n\nTo send a candidate a link so they can pick their own slot, open the interview in GoodTime and choose the self-scheduling option. "
         "Check the date range and interviewers before sending.\n\nGT Helpline")
    alt = multi('alternative', [part_text(text + gmail_quote_plain(attr, q), cs='UTF-8', cte='quoted-printable'),
                                part_text(gmail_html(text, attr, q), sub='html', cs='UTF-8', cte='quoted-printable')], 'gmail')
    h = hdr_internal(d, None, n_recv=2)[:2] + ['MIME-Version: 1.0'] + top('Lewis Pryce <lewis.pryce@ospreyretail.com>', 'Re: link for candidates to book', d,
                                                                        to=HL, mid='gmail', order='gmail', in_reply=mid_outlook())
    return build_nomime(h, alt)

@M('noise', 'ignore', '', 'en', 'bare-thanks;iphone;plain;7bit;mobile-signature',
   '"got it, thanks"')
def x_en_got_it():
    d = D(5, 12, 9, 54)
    p = part_text('Got it, thanks\n\nSent from my iPhone\n\n> On 12 May 2026, at 09:47, GT Helpline <gt-helpline@ospreyretail.com> wrote:\n>\n'
                  '> Hi Shona, we\'ve restored the 9:30 and both invites are back in the calendars.\n', cs='us-ascii', cte='7bit')
    h = hdr_internal(d, None, n_recv=2)[:2] + top('Shona McKay <shona.mckay@ospreyretail.com>', 'Re: Thanks for coming to the GoodTime refresher', d, to=HL,
                                                  mid=mid_apple(), order='gmail', in_reply=mid_outlook(), post=['X-Mailer: iPhone Mail (22E252)'])
    return build(h, p)

@M('noise', 'ignore', '', 'en', 'marketing;webinar;list-unsubscribe;multipart-alternative;quoted-printable;received-8;dkim;arc-like',
   'third-party webinar invitation about hourly hiring')
def x_en_webinar():
    d = D(4, 14, 13, 30)
    text = ("Hourly Hiring Summit 2026 \u2013 Manchester & online, 18 June\n\nHi Osprey team,\n\nNo-shows, last-minute reschedules, store managers interviewing "
            "between shifts \u2013 sound familiar? Join 400+ retail and logistics TA leaders for a day on high-volume hiring.\n\n"
            "Speakers from leading UK retailers, 3PLs and scheduling vendors. Early-bird tickets \u00a3149 until 15 May.\n\n"
            "Book now: https://hourlyhiringhub.com/summit26?utm_source=email&utm_campaign=ea2\n\n"
            "Hourly Hiring Hub Ltd, 20 Jockey Street, Manchester M2 3HQ. You are receiving this because you registered for a previous event.\n"
            "Unsubscribe: https://hourlyhiringhub.com/unsub?id=77120fa")
    htm = ('<html><body><table width="600" align="center" style="font-family:Georgia,serif"><tr><td style="padding:20px">' +
           esc(text).replace('\n', '<br>\n') + '</td></tr></table></body></html>\n')
    alt = multi('alternative', [part_text(text, cs='utf-8', cte='quoted-printable'), part_text(htm, sub='html', cs='utf-8', cte='quoted-printable')], 'other')
    h = hdr_external(d, 'o1.ptr4417.hourlyhiringhub.com', '149.72.181.40', 'hourlyhiringhub.com', n_recv=9, selector='s1') + [
        'ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b=' + sig_b(256),
        'ARC-Authentication-Results: i=1; mx.microsoft.com 1; spf=pass (sender ip is\n 149.72.181.40) smtp.rcpttodomain=ospreyretail.com smtp.mailfrom=hourlyhiringhub.com;\n dmarc=pass action=none header.from=hourlyhiringhub.com; dkim=pass header.d=hourlyhiringhub.com; arc=none',
        'Date: ' + dstr(d, 'utc'), 'From: Hourly Hiring Hub <events@hourlyhiringhub.com>', 'To: gt-helpline@ospreyretail.com',
        'Subject: Last chance: early-bird for the Hourly Hiring Summit (18 June)', 'Message-ID: <%s@geopod-ismtpd-7.sendgrid.net>' % rb64(18).replace('/', '_').replace('+', '-').rstrip('='),
        'List-Unsubscribe: <https://hourlyhiringhub.com/unsub?id=77120fa>, <mailto:unsubscribe@hourlyhiringhub.com?subject=unsub-77120fa>',
        'List-Unsubscribe-Post: List-Unsubscribe=One-Click', 'X-SG-EID: ' + rb64(60), 'Precedence: bulk']
    return build(h, alt)

# =========================================================================== main
def main():
    order = list(range(len(MSGS)))
    random.Random(77).shuffle(order)
    rows = []
    for n, i in enumerate(order, 1):
        m = MSGS[i]
        name = 'a-%03d.eml' % n
        raw = m['fn']()
        with open(os.path.join(OUT, name), 'wb') as f:
            f.write(raw)
        email.message_from_bytes(raw)            # must parse
        msg = email.message_from_bytes(raw)
        tags = [t for t in m['format'].split(';') if not t.startswith('received-') and t not in ('dkim', 'arc', 'arc-like', 'auth-results')]
        nrecv = len(msg.get_all('Received') or [])
        if nrecv >= 5:
            tags.append('received-%d' % nrecv)
        if msg['DKIM-Signature']:
            tags.append('dkim')
        if msg['ARC-Seal']:
            tags.append('arc')
        if msg['Authentication-Results']:
            tags.append('auth-results')
        if b'\r\n' in raw:
            tags.append('crlf')
        head = raw.replace(b'\r\n', b'\n').split(b'\n\n', 1)[0]
        tags = [t for t in tags if not t.startswith(('raw-utf8', 'raw-cp1252'))]
        for line in head.split(b'\n'):
            for hname, tname in ((b'Subject:', 'subject'), (b'From:', 'from')):
                if line.startswith(hname) and any(c > 127 for c in line):
                    try:
                        line.decode('utf-8')
                        tags.append('raw-utf8-' + tname)
                    except UnicodeDecodeError:
                        tags.append('raw-cp1252-' + tname)
        if any(x in head for x in (b'?B?', b'?b?')):
            tags.append('rfc2047-b')
        if any(x in head for x in (b'?Q?', b'?q?')):
            tags.append('rfc2047-q')
        rows.append([name, m['category'], m['actions'], m['article'] if m['category'] == 'question' else '', m['language'], ';'.join(tags), m['notes']])
    with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f)
        w.writerow(['file', 'category', 'actions', 'article', 'language', 'format', 'notes'])
        w.writerows(rows)
    assert len(rows) == len(set(r[0] for r in rows)) == len([f for f in os.listdir(OUT) if f.startswith('a-') and f.endswith('.eml')])
    print('wrote %d messages' % len(rows))

if __name__ == '__main__':
    main()
