#!/usr/bin/env python3
# Batch c of the blind help-line test set. Standard library only.
import base64, quopri, random, zlib, struct, os, csv, html, datetime, uuid, email
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(20260417)
ROWS = []

# ---------------------------------------------------------------- basics
def T(y, mo, d, h, mi, tz=1.0, s=None):
    return datetime.datetime(y, mo, d, h, mi, R.randint(0, 59) if s is None else s,
                             tzinfo=datetime.timezone(datetime.timedelta(hours=tz)))
def D(t): return format_datetime(t)
def hexid(n): return ''.join(R.choice('0123456789ABCDEF') for _ in range(n))
def b64r(n): return base64.b64encode(bytes(R.getrandbits(8) for _ in range(n))).decode()
def uid(): return str(uuid.UUID(int=R.getrandbits(128))).upper()

def ew_q(s, cs='utf-8'):
    out = ''
    for b in s.encode(cs):
        c = chr(b)
        if c == ' ': out += '_'
        elif c.isalnum() and b < 128 or c in '!*+-/': out += c
        else: out += '=%02X' % b
    return '=?%s?Q?%s?=' % (cs, out)
def ew_b(s, cs='utf-8'):
    return '=?%s?B?%s?=' % (cs, base64.b64encode(s.encode(cs)).decode())
def addr(name, mail, enc=None, cs='utf-8'):
    if enc == 'q': return '%s <%s>' % (ew_q(name, cs), mail)
    if enc == 'b': return '%s <%s>' % (ew_b(name, cs), mail)
    if any(c in name for c in ',.@&()'): return '"%s" <%s>' % (name, mail)
    return '%s <%s>' % (name, mail)

HL = 'helpline@tamsinrowe.com'
HLN = 'GoodTime Help Line <helpline@tamsinrowe.com>'

def ew_b_chunks(s, cs='utf-8', maxb=42):
    words, cur = [], ''
    for ch in s:
        if len((cur + ch).encode(cs)) > maxb:
            words.append(cur); cur = ''
        cur += ch
    if cur: words.append(cur)
    return '\n '.join(ew_b(w, cs) for w in words)

def hbytes(hs):
    out = b''
    for n, v in hs:
        if isinstance(v, str) and n.lower() in ('subject', 'thread-topic') and any(ord(c) > 127 for c in v):
            v = ew_b_chunks(v.replace('\n ', ' '))
        if isinstance(v, str): v = v.encode('utf-8')
        out += n.encode() + b': ' + v + b'\n'
    return out

def enc_body(data, cte):
    if cte == 'quoted-printable': return quopri.encodestring(data)
    if cte == 'base64': return base64.encodebytes(data)
    return data

def leaf(ctype, payload, cte='7bit', cs=None, params='', disp=None, extra=None, cs_quote=True):
    data = payload.encode(cs if cs else 'ascii') if isinstance(payload, str) else payload
    body = enc_body(data, cte)
    if not body.endswith(b'\n'): body += b'\n'
    ct = ctype
    if cs: ct += ('; charset="%s"' % cs) if cs_quote else ('; charset=%s' % cs)
    ct += params
    h = [('Content-Type', ct)]
    if cte: h.append(('Content-Transfer-Encoding', cte))
    if disp: h.append(('Content-Disposition', disp))
    if extra: h += extra
    return (h, body)

def mp(subtype, parts, boundary, params='', preamble=None):
    bb = boundary.encode()
    body = b''
    if preamble: body += preamble.encode() + b'\n\n'
    for h, pb in parts:
        body += b'--' + bb + b'\n' + hbytes(h) + b'\n' + pb
        if not pb.endswith(b'\n'): body += b'\n'
    body += b'--' + bb + b'--\n'
    return ([('Content-Type', 'multipart/%s;\n\tboundary="%s"%s' % (subtype, boundary, params))], body)

def build(top, part=None, crlf=True, mime=True):
    hs = list(top)
    if part is not None:
        if mime and not any(n.lower() == 'mime-version' for n, _ in hs):
            hs.append(('MIME-Version', '1.0'))
        hs += part[0]
        data = hbytes(hs) + b'\n' + part[1]
    else:
        data = hbytes(hs) + b'\n'
    if crlf: data = data.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    return data

# boundaries
def b_outlook(): return '_000_%s%s_' % (hexid(12), 'DB9PR04MB' + hexid(4) + 'eurp')
def b_outlook_mixed(): return '_004_%s%s_' % (hexid(12), 'AM0PR04MB' + hexid(4) + 'eurp')
def b_gmail(): return '000000000000' + ''.join(R.choice('0123456789abcdef') for _ in range(16))
def b_apple(): return 'Apple-Mail=_' + uid()
def b_iphone(): return 'Apple-Mail-' + uid()

# message-ids
def mid_outlook(region='eurprd04'):
    host = ('AM0PR04MB' if region == 'eurprd04' else 'MN2PR11MB') + str(R.randint(1000, 9999))
    return '<%s%s@%s.%s.prod.outlook.com>' % (host, hexid(24), host, region)
def mid_gmail(): return '<CA%s%s@mail.gmail.com>' % (R.choice(['F', 'J', 'K', 'E']), b64r(36).replace('/', '_').replace('+', '-').rstrip('='))
def mid_apple(dom='tamsinrowe.com'): return '<%s@%s>' % (uid(), dom)

def thread_index(): return b64r(22)

def recv_internal(t, n=5, region='eurprd04', mapi=True, delay=None):
    """Exchange Online style chain, newest first."""
    pre = 'AM0PR04MB' if region == 'eurprd04' else 'MN2PR11MB'
    hosts = [pre + str(R.randint(1000, 9999)) + '.%s.prod.outlook.com' % region for _ in range(n + 1)]
    out, cur = [], (t + datetime.timedelta(seconds=delay if delay is not None else R.randint(4, 50))).astimezone(datetime.timezone.utc)
    for i in range(n):
        cur = cur - datetime.timedelta(seconds=R.randint(0, 3))
        if i == n - 1 and mapi:
            out.append(('Received', 'from %s\n ([fe80::%x:%x:%x:%x]) by %s\n ([fe80::%x:%x:%x:%x%%4]) with mapi id 15.20.%d.%03d; %s' % (
                hosts[i + 1], R.getrandbits(16), R.getrandbits(16), R.getrandbits(16), R.getrandbits(16), hosts[i],
                R.getrandbits(16), R.getrandbits(16), R.getrandbits(16), R.getrandbits(16), R.randint(7400, 8900), R.randint(0, 60), D(cur))))
        else:
            out.append(('Received', 'from %s (2603:10a6:%x:%x::%x) by\n %s (2603:10a6:%x:%x::%x) with Microsoft\n SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.20.%d.%d; %s' % (
                hosts[i + 1], R.getrandbits(12), R.getrandbits(12), R.getrandbits(8), hosts[i], R.getrandbits(12), R.getrandbits(12), R.getrandbits(8),
                R.randint(7400, 8900), R.randint(10, 40), D(cur))))
    return out

def recv_external(t, src_host, src_ip, n_int=3, helo=None):
    dl = R.randint(20, 90)
    out = recv_internal(t, n_int, mapi=False, delay=dl)
    cur = (t + datetime.timedelta(seconds=dl - R.randint(4, 8))).astimezone(datetime.timezone.utc)
    eop = 'AM4PEPF0002%s.eurprd04.prod.outlook.com' % hexid(4)
    out.append(('Received', 'from %s (%s) by\n %s (10.167.16.%d) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend Transport; %s' % (
        eop, '2603:10a6:20b:%x::%x' % (R.getrandbits(12), R.getrandbits(8)), 'DB8PR09CA00%d.outlook.office365.com' % R.randint(10, 99), R.randint(2, 250), R.randint(7400, 8900), R.randint(10, 40), D(cur))))
    cur -= datetime.timedelta(seconds=R.randint(1, 3))
    out.append(('Received', 'from %s (%s) by\n %s (10.167.16.%d) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend Transport; %s' % (
        src_host, src_ip, eop, R.randint(2, 250), R.randint(7400, 8900), R.randint(10, 40), D(cur))))
    return out

def recv_google(t, ip):
    cur = (t + datetime.timedelta(seconds=R.randint(0, 2))).astimezone(datetime.timezone(datetime.timedelta(hours=-7)))
    return [('Received', 'by %s with SMTP id %s;\n        %s (PDT)' % ('mail-ej1-f%d.google.com' % R.randint(40, 70), ''.join(R.choice('abcdefghijklmnopqrstuvwxyz0123456789') for _ in range(24)), D(cur)))]

def auth(dom, ip, sel, t, dkim=True, arc=True, result='pass', hfrom=None):
    hfrom = hfrom or dom
    hs = []
    if arc:
        hs.append(('ARC-Seal', 'i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;\n b=%s\n %s' % (b64r(120)[:76], b64r(120)[:60] + '==')))
        hs.append(('ARC-Message-Signature', 'i=1; a=rsa-sha256; c=relaxed/relaxed; d=microsoft.com;\n s=arcselector10001;\n h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-AntiSpam-MessageData-ChunkCount:X-MS-Exchange-AntiSpam-MessageData-0;\n bh=%s;\n b=%s' % (b64r(32), b64r(96))))
        hs.append(('ARC-Authentication-Results', 'i=1; mx.microsoft.com 1; spf=%s\n smtp.mailfrom=%s; dmarc=%s action=none header.from=%s;\n dkim=%s header.d=%s; arc=none' % (result, dom, result, hfrom, result, dom)))
    if dkim:
        ts = int(t.timestamp())
        hs.append(('DKIM-Signature', 'v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=%s; s=%s; t=%d; x=%d; darn=tamsinrowe.com;\n        h=to:subject:message-id:date:from:mime-version:from:to:cc:subject\n         :date:message-id:reply-to;\n        bh=%s;\n        b=%s\n         %s' % (dom, sel, ts, ts + 604800, b64r(32), b64r(57), b64r(57))))
    hs.append(('Authentication-Results', 'spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n header.d=%s;dmarc=%s action=none header.from=%s;compauth=%s\n reason=%s' % (
        result, ip, dom, result if dkim else 'none', dom, result, hfrom, result, '100' if result == 'pass' else '001')))
    return hs

def outlook_extra(topic, lang='en-GB', attach=False):
    return [('Thread-Topic', topic), ('Thread-Index', thread_index()), ('Accept-Language', '%s, en-US' % lang),
            ('Content-Language', lang), ('X-MS-Has-Attach', 'yes' if attach else ''), ('X-MS-TNEF-Correlator', ''),
            ('x-ms-publictraffictype', 'Email'), ('X-MS-Exchange-Organization-AuthAs', 'Internal'),
            ('X-MS-Exchange-Organization-AuthSource', 'AM0PR04MB%d.eurprd04.prod.outlook.com' % R.randint(1000, 9999))]

# ---------------------------------------------------------------- html helpers
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
<body lang="%s" link="#467886" vlink="#96607D" style="word-wrap:break-word">
<div class="WordSection1">
'''
def mso_lines(text, style=''):
    out = []
    for ln in text.split('\n'):
        if ln.strip() == '':
            out.append('<p class="MsoNormal"%s><o:p>&nbsp;</o:p></p>' % style)
        else:
            out.append('<p class="MsoNormal"%s>%s<o:p></o:p></p>' % (style, html.escape(ln, quote=False)))
    return '\n'.join(out)
def mso_sep(frm, sent, to, subj, cc=None, labels=('From', 'Sent', 'To', 'Cc', 'Subject')):
    s = '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n<p class="MsoNormal"><b>%s:</b> %s<br>\n<b>%s:</b> %s<br>\n<b>%s:</b> %s<br>\n' % (
        labels[0], html.escape(frm), labels[1], html.escape(sent), labels[2], html.escape(to))
    if cc: s += '<b>%s:</b> %s<br>\n' % (labels[3], html.escape(cc))
    s += '<b>%s:</b> %s<o:p></o:p></p>\n</div>\n' % (labels[4], html.escape(subj))
    return s
def mso_html(inner, cs='windows-1252', lang='EN-GB'):
    return MSO_HEAD % (cs, lang) + inner + '\n</div>\n</body>\n</html>\n'

def simple_html(text, wrap='<div dir="ltr">%s</div>'):
    parts = []
    for ln in text.split('\n'):
        parts.append(html.escape(ln, quote=False) if ln else '')
    return '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>' + (wrap % '<br>\n'.join(parts)) + '</body></html>\n'
def gmail_html(new, quote_hdr=None, quoted=None):
    h = '<div dir="ltr">' + '<br>'.join(html.escape(l, quote=False) for l in new.split('\n')) + '</div>'
    if quote_hdr:
        h += '<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>' % (
            html.escape(quote_hdr, quote=False), '<br>'.join(html.escape(l, quote=False) for l in quoted.split('\n')))
    return h + '\n'
def apple_html(text):
    body = ''.join('<div>%s</div>' % (html.escape(l, quote=False) if l else '<br>') for l in text.split('\n'))
    return '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">%s</body></html>\n' % body
def quote_gt(text): return '\n'.join(('> ' + l) if l else '>' for l in text.split('\n'))

# ---------------------------------------------------------------- binary attachments
def png(w, h, seed):
    r = random.Random(seed)
    raw = bytearray()
    for y in range(h):
        raw.append(0)
        for x in range(w):
            if y < 6: px = (88, 60, 180)
            elif 10 < y < 14 and 4 < x < w - 20: px = (70, 70, 70)
            elif r.random() < 0.03: px = (210, 40, 40)
            else: px = (246, 246, 248)
            raw += bytes(px)
    def ch(t, d): return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return b'\x89PNG\r\n\x1a\n' + ch(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0)) + ch(b'IDAT', zlib.compress(bytes(raw), 9)) + ch(b'IEND', b'')

def pdf(lines):
    esc = lambda s: s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
    stream = 'BT /F1 10 Tf 56 780 Td 14 TL ' + ' '.join('(%s) Tj T*' % esc(l) for l in lines) + ' ET'
    objs = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
            '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
            '<< /Length %d >>\nstream\n%s\nendstream' % (len(stream), stream),
            '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>']
    out = b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
    offs = []
    for i, o in enumerate(objs):
        offs.append(len(out))
        out += ('%d 0 obj\n%s\nendobj\n' % (i + 1, o)).encode('latin-1')
    x = len(out)
    out += ('xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)).encode()
    for o in offs: out += ('%010d 00000 n \n' % o).encode()
    out += ('trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, x)).encode()
    return out

def tnef():
    r = random.Random(99)
    return b'\x78\x9f\x3e\x22' + struct.pack('<H', R.randint(1, 60000)) + b'\x01\x06\x90\x08\x00\x04\x00\x00\x00\x00\x00\x01\x00\x01\x00\x01\x07\x90\x06\x00\x08\x00\x00\x00\xe4\x04\x00\x00\x00\x00\x00\x00\xe8\x00' + bytes(r.getrandbits(8) for _ in range(700))

def ics(method, summary, start, end, organizer, attendees, uidv, partstat=None, who=None, location='', desc=''):
    L = ['BEGIN:VCALENDAR', 'PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN', 'VERSION:2.0', 'METHOD:%s' % method,
         'BEGIN:VEVENT']
    if method == 'REPLY':
        L.append('ATTENDEE;PARTSTAT=%s:mailto:%s' % (partstat, who))
    else:
        for a in attendees: L.append('ATTENDEE;CN="%s";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:%s' % a)
    L += ['DTSTART:%s' % start, 'DTEND:%s' % end, 'DTSTAMP:%s' % start, 'ORGANIZER;CN="%s":mailto:%s' % organizer,
          'SEQUENCE:0', 'SUMMARY;LANGUAGE=en-GB:%s' % summary, 'UID:%s' % uidv]
    if location: L.append('LOCATION:%s' % location)
    if desc: L.append('DESCRIPTION:%s' % desc)
    L += ['END:VEVENT', 'END:VCALENDAR']
    return '\n'.join(L) + '\n'

# ---------------------------------------------------------------- signatures and disclaimers
DISC_EN = ('CONFIDENTIALITY NOTICE: This e-mail and any attachments are CONFIDENTIAL and may be legally privileged. '
           'If you are not the intended recipient, or you have received this e-mail in error, please notify the sender '
           'immediately and delete it. Any unauthorised copying, disclosure or distribution is strictly forbidden. '
           'URGENT: Tamsin & Rowe will never ask you to change bank details by e-mail. '
           'Tamsin & Rowe Hospitality Group Ltd, registered in England and Wales No. 08412367, 14 Hanover Yard, London W1S 2HQ.')
DISC_DE = ('Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige '
           'Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und '
           'vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser E-Mail ist nicht gestattet.\n'
           'Tamsin & Rowe Hotels Deutschland GmbH · Sitz Hamburg · Amtsgericht Hamburg HRB 158203 · Geschäftsführung: Dr. Henrike Albers, Paul Rowe')
DISC_ES = ('CONFIDENCIAL: Este mensaje y sus anexos se dirigen exclusivamente a su destinatario y pueden contener información '
           'confidencial. Si usted no es el destinatario indicado o lo ha recibido por error, le rogamos que lo comunique '
           'inmediatamente al remitente y proceda a su eliminación. Tamsin & Rowe Hoteles España S.L. – C/ de Génova 21, 28004 Madrid.')
DISC_FR = ('Ce message et ses pièces jointes sont CONFIDENTIELS et établis à l\'intention exclusive de leurs destinataires. '
           'Si vous avez reçu ce message par erreur, merci d\'en avertir immédiatement l\'expéditeur et de le détruire. '
           'Tamsin & Rowe France SAS – 12 rue Halévy, 75009 Paris.')
DISC_PT = ('Esta mensagem é CONFIDENCIAL e destina-se exclusivamente ao destinatário. Se a recebeu por erro, por favor '
           'informe imediatamente o remetente e apague-a. Tamsin & Rowe Hotelaria Portugal, Lda. – Av. da Liberdade 180, 1250-146 Lisboa.')

def sig(name, title, place, phone, extra=''):
    return '%s\n%s\n%s\n%s%s' % (name, title, place, phone, ('\n' + extra) if extra else '')

def add(n, cat, actions, article, lang, fmt, notes, data):
    fn = 'c-%03d.eml' % n
    with open(os.path.join(OUT, fn), 'wb') as f:
        f.write(data)
    ROWS.append([fn, cat, actions, article, lang, fmt, notes])

# =============================================================== messages
# ---- 001 en question support-hours (no word 'hours'), iPhone plain
t = T(2026, 4, 18, 23, 41, 1)
body = '''quick one - we've got night auditor interviews running late evenings and weekends at Edinburgh now. if goodtime falls over at like 1am on a sunday is there actually anyone at their end to pick it up or are we on our own till monday morning?

Sent from my iPhone
'''
add(1, 'question', 'auto_reply', 'support-hours', 'en', 'iphone-plain;7bit;mobile-sig;lowercase;night', 'support availability asked without the word hours',
    build(recv_internal(t, 3) + [('From', 'Liam Fraser <liam.fraser@tamsinrowe.com>'), ('Content-Type', 'text/plain;\n\tcharset=us-ascii'),
           ('Content-Transfer-Encoding', '7bit'), ('Mime-Version', '1.0 (1.0)'), ('Date', D(t)), ('Subject', 'goodtime at weekends?'),
           ('Message-Id', mid_apple()), ('To', HL), ('X-Mailer', 'iPhone Mail (22E240)')], (([], body.encode()))))

# ---- 002 de question contact-support, Outlook HTML-only QP cp1252, Q iso-8859-1 subject
t = T(2026, 3, 11, 8, 52, 1)
txt = '''Hallo zusammen,

ich hatte gestern Nachmittag ein Problem mit einer Einladung für ein Azubi-Gespräch und wollte den GoodTime-Support eigentlich kurz anrufen – ich finde aber nirgends eine Telefonnummer. Gibt es eine Hotline, oder wie erreicht man die am schnellsten?

Danke und viele Grüße
Felix
'''
sg = '''Felix Bauer
Koordinator Recruiting | The Tamsin Hamburg
Tamsin & Rowe Hotels Deutschland GmbH
Große Elbstraße 60 · 22767 Hamburg
T +49 40 3070 4412 · felix.bauer@tamsinrowe.de
'''
inner = mso_lines(txt) + '\n' + mso_lines(sg, ' style="font-size:9.0pt"') + '\n<p class="MsoNormal" style="font-size:7.5pt;color:gray">' + html.escape(DISC_DE).replace('\n', '<br>') + '<o:p></o:p></p>'
part = leaf('text/html', mso_html(inner, 'windows-1252', 'DE'), 'quoted-printable', 'windows-1252')
add(2, 'question', 'auto_reply', 'contact-support', 'de', 'outlook-html-only;qp;windows-1252;rfc2047-q-iso-8859-1;disclaimer-sofort', 'asks for a phone number for Support',
    build(recv_internal(t, 4) + [('From', 'Felix Bauer <felix.bauer@tamsinrowe.de>'), ('To', 'GoodTime Helpline <helpline@tamsinrowe.com>'),
           ('Subject', ew_q('Rückfrage: GoodTime-Support telefonisch erreichbar?', 'iso-8859-1')), ('Date', D(t)), ('Message-ID', mid_outlook())]
          + outlook_extra('Rückfrage: GoodTime-Support telefonisch erreichbar?', 'de-DE') + [('MIME-Version', '1.0')], part))

# ---- 003 en bug, subject "quick question", Outlook multipart/alternative
t = T(2026, 4, 22, 10, 17, -5)
txt = '''Hi team,

Quick question – is it just me or have the candidate confirmations started showing the wrong time?

Since Monday every confirmation that goes out for the Austin restaurant roles says e.g. 2:00 PM, while the calendar invite and GoodTime itself both have 3:00 PM CDT. Two line cook candidates turned up an hour early yesterday and sat in the bar waiting. I haven't touched the templates.

Example: Marisol Vega, Line Cook – Rowe Kitchen Austin (req 4471), interview Tue 21 Apr.

Thanks,
Jess

Jess Nakamura
Recruiting Coordinator – US Restaurants
Tamsin & Rowe | 512-555-0148
'''
part = mp('alternative', [leaf('text/plain', txt, 'quoted-printable', 'windows-1252'),
                          leaf('text/html', mso_html(mso_lines(txt), 'windows-1252', 'EN-US'), 'quoted-printable', 'windows-1252')], b_outlook())
add(3, 'bug', 'forward_support', '', 'en', 'outlook-multipart-alternative;qp;misleading-subject', 'confirmations show wrong time, subject says quick question',
    build(recv_internal(t, 5, 'namprd11') + [('From', 'Jess Nakamura <jess.nakamura@tamsinrowe.com>'), ('To', HLN), ('Subject', 'quick question'),
           ('Thread-Topic', 'quick question'), ('Thread-Index', thread_index()), ('Date', D(t)), ('Message-ID', mid_outlook('namprd11')),
           ('Accept-Language', 'en-US'), ('Content-Language', 'en-US'), ('X-MS-Has-Attach', ''), ('MIME-Version', '1.0')], part))

# ---- 004 en scheduling_blocker, iPhone, caps
t = T(2026, 5, 6, 10, 34, 1)
body = '''Candidate for the sous chef tasting is at the central kitchen gate RIGHT NOW (Priyanka Shah, 10:30). Goodtime says the interview was cancelled?? nobody cancelled it. Me and Dev are supposed to be interviewing her and it's gone from both our calendars.

what do I do, can someone sort it asap

Tom

Sent from my iPhone
'''
add(4, 'scheduling_blocker', 'forward_support', '', 'en', 'iphone-plain;7bit;mobile-sig;caps', 'candidate at the gate, interview shows cancelled',
    build(recv_internal(t, 3) + [('Content-Type', 'text/plain;\n\tcharset=us-ascii'), ('Content-Transfer-Encoding', '7bit'),
           ('From', 'Tom Ashworth <tom.ashworth@tamsinrowe.com>'), ('Mime-Version', '1.0 (1.0)'), ('Subject', 'Candidate here NOW - no interview showing'),
           ('Message-Id', mid_apple()), ('Date', D(t)), ('To', HL), ('X-Mailer', 'iPhone Mail (22E240)')], ([], body.encode())))

# ---- 005 noise OOO with Auto-Submitted
t = T(2026, 5, 4, 9, 2, -4)
txt = '''Thank you for your email. I'm out of the office until Monday 11 May with no access to email.

For anything urgent relating to US restaurant hiring please contact Amy Liu (amy.liu@tamsinrowe.com).

Thanks,
Chris
'''
part = mp('alternative', [leaf('text/plain', txt, 'quoted-printable', 'us-ascii'),
                          leaf('text/html', mso_html(mso_lines(txt), 'us-ascii', 'EN-US'), 'quoted-printable', 'us-ascii')], b_outlook())
add(5, 'noise', 'ignore', '', 'en', 'out-of-office;auto-submitted;outlook-multipart-alternative', 'OOO auto-reply to a help-line notice',
    build(recv_internal(t, 3, 'namprd11') + [('From', 'Chris Doyle <chris.doyle@tamsinrowe.com>'), ('To', HLN),
           ('Subject', 'Automatic reply: [Help line] Reminder: coordinator drop-in this Thursday'), ('Thread-Topic', '[Help line] Reminder: coordinator drop-in this Thursday'),
           ('Date', D(t)), ('Message-ID', mid_outlook('namprd11')), ('In-Reply-To', mid_outlook()), ('Auto-Submitted', 'auto-replied'),
           ('X-Auto-Response-Suppress', 'All'), ('X-MS-Exchange-Inbox-Rules-Loop', 'chris.doyle@tamsinrowe.com'), ('Content-Language', 'en-US'), ('MIME-Version', '1.0')], part))

# ---- 006 es question candidate-availability-request, Gmail reply, base64 utf-8
t = T(2026, 4, 14, 12, 5, 2)
new = '''Hola,

aprovecho este hilo para otra cosa: tengo una candidata para jefa de sala en el restaurante de Madrid que trabaja a turnos rotativos y no hay manera de cuadrar una hora por correo, cada vez que le propongo algo ya le han cambiado el turno.

¿Hay alguna forma de que ella me marque en GoodTime los huecos que tiene libres esta semana y la que viene, y yo luego le encajo la entrevista con el director del restaurante?

¡Gracias!
Lucía'''
qh = 'El lun, 13 abr 2026 a las 10:02, GoodTime Help Line (<helpline@tamsinrowe.com>) escribió:'
old = '''Hola a todos,

Recordatorio: este jueves a las 16:00 (hora de Madrid) hay sesión abierta de dudas para coordinadores de Iberia. Enlace de Teams en la invitación.

Un saludo,
Equipo interno GoodTime'''
pt = new + '\n\n' + qh + '\n\n' + quote_gt(old) + '\n'
part = mp('alternative', [leaf('text/plain', pt, 'base64', 'UTF-8', cs_quote=False), leaf('text/html', gmail_html(new, qh, old), 'base64', 'UTF-8', cs_quote=False)], b_gmail())
add(6, 'question', 'auto_reply', 'candidate-availability-request', 'es', 'gmail-multipart-alternative;base64-utf8;reply-on-unrelated-thread;rfc2047-q-from', 'asks how the candidate can mark her free slots',
    build(recv_internal(t, 2, mapi=False, delay=12) + [('Received', 'from mail-ed1-f47.google.com (209.85.208.47) by AM4PEPF00027A6C.mail.protection.outlook.com\n (10.167.16.80) with Microsoft SMTP Server id 15.20.8632.13; %s' % D((t + datetime.timedelta(seconds=7)).astimezone(datetime.timezone.utc)))] + recv_google(t, '')
          + auth('tamsinrowe.es', '209.85.208.47', 'google', t, arc=False) +
          [('MIME-Version', '1.0'), ('References', '<CAJm3Ko0_helpline_iberia_dropin@mail.gmail.com>'), ('In-Reply-To', '<CAJm3Ko0_helpline_iberia_dropin@mail.gmail.com>'),
           ('From', addr('Lucía Fernández', 'lucia.fernandez@tamsinrowe.es', 'q')), ('Date', D(t)), ('Message-ID', mid_gmail()),
           ('Subject', 'Re: Sesión de dudas GoodTime – jueves 16:00'), ('To', HLN)], part))

# ---- 007 fr question cancel-interview, iPhone QP, B subject split mid-word
t = T(2026, 3, 24, 8, 12, 1)
body = '''Bonjour,

Le candidat pour le poste de réceptionniste de nuit (Paris Opéra) s'est désisté ce matin par SMS. Je peux simplement supprimer l'événement dans mon agenda Outlook ou il faut faire autre chose côté GoodTime ? Je ne veux pas que les deux managers continuent à recevoir des rappels pour rien.

Merci
Camille

Envoyé de mon iPhone
'''
subj = ew_b('Annulation entretien – candidat désis') + '\n ' + ew_b('té')
add(7, 'question', 'auto_reply', 'cancel-interview', 'fr', 'iphone-plain;qp-utf8;rfc2047-b-split-mid-word;mobile-sig', 'candidate withdrew, delete event or cancel in GoodTime',
    build(recv_internal(t, 3) + [('Content-Type', 'text/plain;\n\tcharset=utf-8'), ('Content-Transfer-Encoding', 'quoted-printable'),
           ('From', 'Camille Dubois <camille.dubois@tamsinrowe.com>'), ('Mime-Version', '1.0 (1.0)'), ('Subject', subj),
           ('Message-Id', mid_apple()), ('Date', D(t)), ('To', HL), ('X-Mailer', 'iPhone Mail (22D82)')], ([], quopri.encodestring(body.encode('utf-8')))))

# ---- 008 pt question calendar-sync, raw UTF-8 subject and From, 8bit
t = T(2026, 4, 27, 9, 3, 1)
body = '''Olá,

desde que mudei a palavra-passe na sexta-feira o GoodTime mostra-me livre o dia inteiro, mesmo com reuniões marcadas no calendário. A Inês tentou marcar-me uma entrevista para rececionista em cima de uma reunião de direção.

Tenho de fazer alguma coisa do meu lado?

Obrigado
João

Enviado do meu iPhone
'''
add(8, 'question', 'auto_reply', 'calendar-sync', 'pt', 'iphone-plain;8bit-utf8;raw-utf8-subject;raw-utf8-from;mobile-sig', 'availability wrong after password change',
    build(recv_internal(t, 4) + [('Content-Type', 'text/plain;\n\tcharset=utf-8'), ('Content-Transfer-Encoding', '8bit'),
           ('From', 'João Pereira <joao.pereira@tamsinrowe.pt>'.encode('utf-8')), ('Mime-Version', '1.0 (1.0)'),
           ('Subject', 'Disponibilidade errada no GoodTime após mudar a palavra-passe'.encode('utf-8')),
           ('Message-Id', mid_apple('tamsinrowe.pt')), ('Date', D(t)), ('To', HL), ('X-Mailer', 'iPhone Mail (22E240)')], ([], body.encode('utf-8'))))

# ---- 009 en feature_request with URGENT subject
t = T(2026, 5, 19, 17, 48, 1)
txt = '''Hi all,

URGENT in the sense that it's killing us during openings, not that anything is on fire right now :)

When the Porto pre-opening hiring day moved from the 12th to the 14th I had to reschedule 38 interviews one at a time. We really need a way in GoodTime to move a whole batch of interviews in one go (same day, same location, new date) and have the candidates notified together.

Can we get this in front of GoodTime as a feature ask? Happy to explain the use case to whoever.

Cheers,
Maeve

Maeve Kelly
Recruiting Operations Analyst | Tamsin & Rowe
Head Office, 14 Hanover Yard, London W1S 2HQ
'''
part = mp('alternative', [leaf('text/plain', txt, 'quoted-printable', 'us-ascii'), leaf('text/html', mso_html(mso_lines(txt), 'us-ascii'), 'quoted-printable', 'us-ascii')], b_outlook())
add(9, 'feature_request', 'product_board_reply', '', 'en', 'outlook-multipart-alternative;urgent-subject-over-wish', 'bulk reschedule wish under URGENT subject',
    build(recv_internal(t, 4) + [('From', 'Maeve Kelly <maeve.kelly@tamsinrowe.com>'), ('To', HLN), ('Subject', 'URGENT: bulk reschedule in GoodTime'),
           ('Date', D(t)), ('Message-ID', mid_outlook())] + outlook_extra('URGENT: bulk reschedule in GoodTime') + [('MIME-Version', '1.0')], part))

# ---- 010 en escalation: overall complaint + seats, long sig + disclaimer, long folded subject
t = T(2026, 3, 30, 7, 55, 1)
txt = '''Hi both,

I want to put something on record before the summer hiring season starts.

We are four months into GoodTime and I'm not seeing the return we signed up for. Coordinators in London and Manchester are still doing roughly half of their scheduling by hand, the calendar connection has dropped three times since January (each time "fixed" through chat), and hiring managers in the hotels have more or less stopped trusting the invites. On top of that we're planning c. 600 seasonal hires from May and will need extra coordinator seats for the summer, which I understand isn't in our current contract.

I'd like a proper review with GoodTime's customer success side – not another support ticket – covering adoption, the recurring sync issue and what seasonal licensing looks like. Could you set that up for the week of 13 April and include me, Maeve and Aisha?

Thanks,
Rachel
'''
sg = '''--
Rachel Stein
Head of Talent Acquisition
Tamsin & Rowe Hospitality Group
Head Office | 14 Hanover Yard | London W1S 2HQ
M +44 7700 900412 | T +44 20 7946 0321
tamsinrowe.com | Hotels · Restaurants · Central Kitchen

''' + DISC_EN + '\n'
part = mp('alternative', [leaf('text/plain', txt + '\n' + sg, 'quoted-printable', 'windows-1252'),
                          leaf('text/html', mso_html(mso_lines(txt + '\n' + sg)), 'quoted-printable', 'windows-1252')], b_outlook())
subj = 'GoodTime – where we are four months in, recurring calendar issues and summer\n seasonal seats – request for a review with GoodTime'
add(10, 'escalation', 'flag_csm', '', 'en', 'outlook-multipart-alternative;qp-windows-1252;long-folded-subject;long-sig;disclaimer-urgent-immediately-error', 'overall complaint, recurring sync, seasonal seats, wants CS review',
    build(recv_internal(t, 5) + [('From', 'Rachel Stein <rachel.stein@tamsinrowe.com>'), ('To', HLN), ('CC', 'Maeve Kelly <maeve.kelly@tamsinrowe.com>, Aisha Okafor <aisha.okafor@tamsinrowe.com>'),
           ('Subject', subj), ('Date', D(t)), ('Message-ID', mid_outlook()), ('Importance', 'high'), ('X-Priority', '2')] + outlook_extra(subj.replace('\n ', ' ')) + [('MIME-Version', '1.0')], part))

# ---- 011 noise bounce, MAILER-DAEMON, multipart/report delivery-status
t = T(2026, 4, 9, 14, 21, 1)
orig_mid = mid_outlook()
expl = '''This is the mail system at host mx2.kestrel-recruit.co.uk.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<sam.holloway@kestrel-recruit.co.uk>: host mx2.kestrel-recruit.co.uk[private/dovecot-lmtp]
    said: 550 5.1.1 <sam.holloway@kestrel-recruit.co.uk> User doesn't exist:
    sam.holloway@kestrel-recruit.co.uk (in reply to RCPT TO command)
'''
ds = '''Reporting-MTA: dns; mx2.kestrel-recruit.co.uk
X-Postfix-Queue-ID: 4bN7Qm2zTqz9sWk
X-Postfix-Sender: rfc822; helpline@tamsinrowe.com
Arrival-Date: %s

Final-Recipient: rfc822; sam.holloway@kestrel-recruit.co.uk
Original-Recipient: rfc822;sam.holloway@kestrel-recruit.co.uk
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx2.kestrel-recruit.co.uk
Diagnostic-Code: x-unix; 550 5.1.1 User doesn't exist
''' % D(t)
rh = '''Return-Path: <helpline@tamsinrowe.com>
From: GoodTime Help Line <helpline@tamsinrowe.com>
To: Sam Holloway <sam.holloway@kestrel-recruit.co.uk>
Subject: RE: Agency interview slots for banqueting staff
Date: %s
Message-ID: %s
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="%s"
''' % (D(t - datetime.timedelta(seconds=40)), orig_mid, b_outlook())
bnd = '4bN7Qm2zTqz9sWk.%d/mx2.kestrel-recruit.co.uk' % int(t.timestamp())
part = mp('report', [([('Content-Description', 'Notification'), ('Content-Type', 'text/plain; charset=us-ascii')], expl.encode()),
                     ([('Content-Description', 'Delivery report'), ('Content-Type', 'message/delivery-status')], ds.encode()),
                     ([('Content-Description', 'Undelivered Message Headers'), ('Content-Type', 'text/rfc822-headers')], rh.encode())],
          bnd, '; report-type=delivery-status', preamble='This is a MIME-encapsulated message.')
add(11, 'noise', 'ignore', '', 'en', 'bounce;multipart-report;delivery-status;mailer-daemon', 'NDR for a help-line reply to an agency',
    build(recv_external(t, 'mx2.kestrel-recruit.co.uk', '185.73.44.19', 2) + [('Return-Path', '<>'), ('Date', D(t)), ('From', 'MAILER-DAEMON@mx2.kestrel-recruit.co.uk (Mail Delivery System)'),
           ('Subject', 'Undelivered Mail Returned to Sender'), ('To', HL), ('Auto-Submitted', 'auto-replied'), ('MIME-Version', '1.0')], part))

# ---- 012 en bug room booking fails + PNG
t = T(2026, 4, 20, 15, 36, 1)
txt = '''Hi,

Trying to book the Pembroke room at The Tamsin Marylebone for Thursday's onsite (Front Office Manager, candidate Laura Mitchell). GoodTime shows the room as free 10:00–13:00, I select it, hit Schedule and get "Unable to reserve resource – please try again". Tried four times, also tried the Kensington room, same thing. Outlook room finder says both are free.

Screenshot attached. Not on fire – the onsite is Thursday – but I'd like it locked in today if possible.

Thanks
Priya

Priya Raman
Recruiting Coordinator – UK Hotels
Tamsin & Rowe | +44 20 7946 0388
'''
alt = mp('alternative', [leaf('text/plain', txt, 'quoted-printable', 'windows-1252'), leaf('text/html', mso_html(mso_lines(txt)), 'quoted-printable', 'windows-1252')], b_outlook())
img = leaf('image/png', png(64, 40, 12), 'base64', params='; name="image001.png"', disp='attachment; filename="image001.png"; size=%d' % len(png(64, 40, 12)), extra=[('Content-Description', 'image001.png')])
part = mp('mixed', [alt, img], b_outlook_mixed())
add(12, 'bug', 'forward_support', '', 'en', 'outlook-multipart-mixed;png-attachment;qp-windows-1252', 'room shows free but booking fails',
    build(recv_internal(t, 5) + [('From', 'Priya Raman <priya.raman@tamsinrowe.com>'), ('To', HLN), ('Subject', 'Room booking failing – Marylebone onsite Thursday'),
           ('Date', D(t)), ('Message-ID', mid_outlook())] + outlook_extra('Room booking failing – Marylebone onsite Thursday', attach=True) + [('MIME-Version', '1.0')], part))

# ---- 013 en q-unans supported browsers, Apple Mail plain
t = T(2026, 5, 12, 18, 9, -5)
body = '''Hi -

Front desk PCs at the Chicago and NYC properties are locked to Edge in IE mode because of the PMS. Does GoodTime officially support that, or do we need to push Chrome to those machines for the managers who interview from the desk? Need to know before the imaging change goes out next Tuesday.

Ben

-- 
Ben Carter | Systems Engineer, Tech Team
Tamsin & Rowe | 312-555-0190
'''
add(13, 'question', 'forward_support', 'none', 'en', 'apple-mail-plain;7bit;tech-staff', 'supported browsers / IE mode, no article',
    build(recv_internal(t, 4, 'namprd11') + [('From', 'Ben Carter <ben.carter@tamsinrowe.com>'), ('Content-Type', 'text/plain;\n\tcharset=us-ascii'),
           ('Content-Transfer-Encoding', '7bit'), ('Mime-Version', '1.0 (Mac OS X Mail 16.0 \\(3826.500.131.1.6\\))'), ('Subject', 'supported browsers for GoodTime?'),
           ('Message-Id', mid_apple()), ('Date', D(t)), ('To', HL), ('X-Mailer', 'Apple Mail (2.3826.500.131.1.6)')], ([], body.encode())))

# ---- 014 en blocker: panel, no zoom link, Outlook iOS, .ics attached
t = T(2026, 4, 29, 13, 51, 1)
txt = '''Final round for Revenue Analyst starts 14:00 BST - candidate + 3 interviewers. Invite has NO zoom link at all, just "video details will follow". Candidate just emailed asking for the link. Can someone help now?? invite attached

Omar

Get Outlook for iOS<https://aka.ms/o0ukef>
'''
h = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"></head><body><div dir="ltr">' + '<br>'.join(html.escape(l) for l in txt.split('\n')[:4]) + '</div><div dir="ltr">Get <a href="https://aka.ms/o0ukef">Outlook for iOS</a></div></body></html>'
inv = ics('REQUEST', 'Final interview: Revenue Analyst – Hannah Cole', '20260429T130000Z', '20260429T140000Z', ('GoodTime Scheduling', 'scheduling@tamsinrowe.com'),
          [('Omar Haddad', 'omar.haddad@tamsinrowe.com'), ('Grace Whitman', 'grace.whitman@tamsinrowe.com'), ('Leo Martins', 'leo.martins@tamsinrowe.com')],
          'gt-8812-4411-rev-final', desc='Video details will follow.')
part = mp('mixed', [mp('alternative', [leaf('text/plain', txt, 'quoted-printable', 'us-ascii'), leaf('text/html', h, 'quoted-printable', 'us-ascii')], b_outlook()),
                    leaf('text/calendar', inv, 'base64', 'utf-8', params='; method=REQUEST; name="invite.ics"', disp='attachment; filename="invite.ics"')], b_outlook_mixed())
add(14, 'scheduling_blocker', 'forward_support', '', 'en', 'outlook-ios;ics-attachment;multipart-mixed;caps', 'panel in minutes, no video link',
    build(recv_internal(t, 4) + [('From', 'Omar Haddad <omar.haddad@tamsinrowe.com>'), ('To', HL), ('Subject', 'panel in 10 min - NO zoom link on invite'),
           ('Date', D(t)), ('Message-ID', mid_outlook()), ('X-MS-Has-Attach', 'yes'), ('MIME-Version', '1.0')], part))

# ---- 015 en question debrief-scheduling, Outlook HTML-only QP cp1252 smart quotes
t = T(2026, 5, 8, 16, 40, -5)
txt = '''Hi there,

We’ve got the onsite for the Executive Chef role at Rowe Kitchen Austin on Tuesday – four sessions including the tasting. I’d like to get all four interviewers together first thing Wednesday to talk it through while it’s fresh, but without the candidate getting any kind of email about it.

Is that something GoodTime handles, or do I just throw an Outlook invite together myself?

Thanks,
Tyler

Tyler Brooks
Director of Food & Beverage – Austin
Tamsin & Rowe
'''
part = leaf('text/html', mso_html(mso_lines(txt), 'windows-1252', 'EN-US'), 'quoted-printable', 'windows-1252')
add(15, 'question', 'auto_reply', 'debrief-scheduling', 'en', 'outlook-html-only;qp-windows-1252;smart-quotes', 'wants interviewer-only meeting after onsite',
    build(recv_internal(t, 5, 'namprd11') + [('From', 'Tyler Brooks <tyler.brooks@tamsinrowe.com>'), ('To', HLN), ('Subject', 'Exec Chef onsite – getting the panel together after'),
           ('Date', D(t)), ('Message-ID', mid_outlook('namprd11'))] + outlook_extra('Exec Chef onsite – getting the panel together after', 'en-US') + [('MIME-Version', '1.0')], part))

# ---- 016 es bug reminders not sending, iPhone QP iso-8859-1, Q iso-8859-1 subject
t = T(2026, 5, 13, 21, 14, 2)
body = '''Hola,

desde el lunes ninguno de los candidatos de Barcelona está recibiendo el recordatorio del día anterior. Lo tenemos activado (lo comprobé con Carmen) y los emails de los candidatos en el ATS están bien, ya he mirado tres. Esta semana ya han faltado dos a entrevistas de camarero y uno me dijo que no le llegó nada.

Antes funcionaba sin problema. ¿Podéis mirarlo?

Javier

Enviado desde mi iPhone
'''
add(16, 'bug', 'forward_support', '', 'es', 'iphone-plain;qp-iso-8859-1;rfc2047-q-iso-8859-1;mobile-sig;night', 'reminders enabled but not sent',
    build(recv_internal(t, 2, mapi=False, delay=12) + [('Received', 'from mail-wm1-f52.google.com (209.85.128.52) by AM4PEPF00027A61.mail.protection.outlook.com (10.167.16.73) with Microsoft SMTP Server id 15.20.8632.13; %s' % D((t + datetime.timedelta(seconds=7)).astimezone(datetime.timezone.utc)))]
          + recv_google(t, '') + [('Content-Type', 'text/plain;\n\tcharset=iso-8859-1'), ('Content-Transfer-Encoding', 'quoted-printable'),
           ('From', 'Javier Moreno <javier.moreno@tamsinrowe.es>'), ('Mime-Version', '1.0 (1.0)'),
           ('Subject', ew_q('Los recordatorios a candidatos no salen desde el lunes', 'iso-8859-1')),
           ('Message-Id', mid_apple('tamsinrowe.es')), ('Date', D(t)), ('To', HL), ('X-Mailer', 'iPhone Mail (22E240)')],
          ([], quopri.encodestring(body.encode('iso-8859-1')))))

# ---- 017 noise calendar accept (text/calendar REPLY)
t = T(2026, 3, 17, 11, 2, 0)
txt = '''Accepted: GoodTime drop-in for coordinators (EMEA)
'''
cal = ics('REPLY', 'Accepted: GoodTime drop-in for coordinators (EMEA)', '20260319T150000Z', '20260319T160000Z', ('GoodTime Help Line', HL), [], 'help-dropin-emea-0319', 'ACCEPTED', 'gareth.lloyd@tamsinrowe.com')
part = mp('alternative', [leaf('text/plain', txt, 'quoted-printable', 'us-ascii'), leaf('text/calendar', cal, 'base64', 'utf-8', params='; method=REPLY')], b_outlook())
add(17, 'noise', 'ignore', '', 'en', 'calendar-accept;text-calendar-reply', 'accepted meeting notice',
    build(recv_internal(t, 3) + [('From', 'Gareth Lloyd <gareth.lloyd@tamsinrowe.com>'), ('To', HLN), ('Subject', 'Accepted: GoodTime drop-in for coordinators (EMEA)'),
           ('Thread-Topic', 'GoodTime drop-in for coordinators (EMEA)'), ('Date', D(t)), ('Message-ID', mid_outlook()), ('X-MS-Has-Attach', ''),
           ('X-MS-Exchange-Calendar-Originator-Id', uid().lower()), ('MIME-Version', '1.0')], part))

# ---- 018 fr question candidate-itinerary, Outlook HTML-only, reply on unrelated thread
t = T(2026, 5, 15, 17, 26, 2)
new = '''Bonjour,

Petite question sans rapport avec le fil ci-dessous : une candidate pour le poste de gouvernante générale (Paris Opéra) me dit qu’elle n’a jamais reçu le mail avec le déroulé de sa journée, les noms des personnes qu’elle va voir et l’adresse de l’entrée du personnel. Son entretien est lundi matin.

Comment je le lui renvoie depuis GoodTime ?

Merci !
Élodie
'''
old = '''Bonjour Élodie,

C’est fait : Mathieu et Antoine sont maintenant dans le groupe d’intervieweurs « Direction hébergement – Paris ». Ils devraient apparaître dans les suggestions dès demain.

Bonne journée,
L’équipe interne GoodTime
'''
inner = mso_lines(new) + '\n' + mso_sep('GoodTime Help Line <helpline@tamsinrowe.com>', 'mercredi 13 mai 2026 10:41', 'Élodie Martin <elodie.martin@tamsinrowe.com>',
                                     'RE: Ajout intervieweurs groupe hébergement', labels=('De ', 'Envoyé ', 'À ', 'Cc ', 'Objet ')).replace(' :</b>', ':</b>') + mso_lines(old)
part = leaf('text/html', mso_html(inner, 'windows-1252', 'FR'), 'quoted-printable', 'windows-1252')
add(18, 'question', 'auto_reply', 'candidate-itinerary', 'fr', 'outlook-html-only;qp-windows-1252;reply-on-unrelated-thread;outlook-quote-block;rfc2047-q-iso-8859-1', 'candidate never got her day programme',
    build(recv_internal(t, 4) + [('From', addr('Élodie Martin', 'elodie.martin@tamsinrowe.com', 'q', 'iso-8859-1')), ('To', HLN),
           ('Subject', 'RE: Ajout intervieweurs groupe ' + ew_q('hébergement', 'iso-8859-1')), ('Date', D(t)), ('Message-ID', mid_outlook()),
           ('In-Reply-To', mid_outlook()), ('References', mid_outlook())] + outlook_extra('Ajout intervieweurs groupe hébergement', 'fr-FR') + [('MIME-Version', '1.0')], part))

# ---- 019 en feature request, Apple Mail "Begin forwarded message:"
t = T(2026, 4, 16, 19, 22, -4)
txt = '''Fwd for the GoodTime wishlist – Marco's not wrong. Would be great if GT could read the kitchen rota so chefs on service just aren't offered. Can this go to GoodTime?

A.

Begin forwarded message:

From: Marco Bellini <marco.bellini@tamsinrowe.com>
Subject: interviews during service
Date: April 16, 2026 at 6:58:12 PM EDT
To: Amy Liu <amy.liu@tamsinrowe.com>

Amy – third time this month your tool has booked me for an interview in the middle of lunch service. I'm on the pass 11:30 to 2:30 Tue–Sat, it's in the rota, everybody knows it. I'm not going to block my Outlook every week by hand. Can't it just look at the rota?

Marco
Chef de Cuisine, Rowe Kitchen Soho
'''
part = mp('alternative', [leaf('text/plain', txt, 'quoted-printable', 'utf-8'), leaf('text/html', apple_html(txt), 'quoted-printable', 'utf-8')], b_apple())
add(19, 'feature_request', 'product_board_reply', '', 'en', 'apple-mail-multipart-alternative;begin-forwarded-message;qp-utf8', 'read kitchen rota so chefs on service are not offered',
    build(recv_internal(t, 4, 'namprd11') + [('From', 'Amy Liu <amy.liu@tamsinrowe.com>'), ('Mime-Version', '1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))'),
           ('Subject', 'Fwd: interviews during service'), ('Date', D(t)), ('Message-Id', mid_apple()), ('To', HL), ('X-Mailer', 'Apple Mail (2.3826.400.131.1.6)')], part))

# ---- 020 pt question internal-project-team, Gmail base64 utf-8
t = T(2026, 3, 19, 11, 48, 0)
new = '''Olá!

Entrei há duas semanas na equipa de RH em Lisboa e ainda estou a perceber como funcionam as coisas por cá.

Este endereço "helpline" serve exatamente para quê? Quando tiver dúvidas do género "como é que fazemos isto aqui na empresa" escrevo para vocês, ou vou diretamente à GoodTime?

Obrigada,
Rita Almeida
Recursos Humanos – The Tamsin Lisboa'''
part = mp('alternative', [leaf('text/plain', new + '\n', 'base64', 'UTF-8', cs_quote=False), leaf('text/html', gmail_html(new), 'base64', 'UTF-8', cs_quote=False)], b_gmail())
add(20, 'question', 'auto_reply', 'internal-project-team', 'pt', 'gmail-multipart-alternative;base64-utf8;dkim;arc;auth-results', 'what is this help line for',
    build(recv_internal(t, 2, mapi=False, delay=12) + [('Received', 'from mail-ej1-f54.google.com (209.85.218.54) by AM4PEPF00027A5F.mail.protection.outlook.com (10.167.16.73) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.8632.13 via Frontend Transport; %s' % D((t + datetime.timedelta(seconds=7)).astimezone(datetime.timezone.utc)))] + recv_google(t, '')
          + auth('tamsinrowe.pt', '209.85.218.54', 'google', t) + [('MIME-Version', '1.0'), ('From', 'Rita Almeida <rita.almeida@tamsinrowe.pt>'), ('Date', D(t)),
           ('Message-ID', mid_gmail()), ('Subject', 'Para que serve este email?'), ('To', HL)], part))

# ---- 021 en escalation + live fault (rooms dropping, third time), Outlook
t = T(2026, 6, 2, 8, 7, 1)
txt = '''Team,

This is now the third time in three weeks that room bookings have dropped off the onsite interviews for the Porto pre-opening hiring. Overnight again: 14 interviews at the temporary hiring centre on Rua de Santa Catarina lost their rooms, and João's coordinators are re-booking by hand as I write this.

Each time we've gone through the chat we get a fix that lasts a few days. That's not good enough with 300 hires to land before September. I want GoodTime's customer success manager on a call this week with an actual root cause and a plan, and I'd like Rachel on that call.

In the meantime please get Support onto today's bookings – the first candidates arrive at 10:30 WEST.

Hannah

Hannah Moore
Opening Project Lead – The Tamsin Porto
Tamsin & Rowe Hospitality Group
M +44 7700 900871
'''
part = mp('alternative', [leaf('text/plain', txt, 'quoted-printable', 'windows-1252'), leaf('text/html', mso_html(mso_lines(txt)), 'quoted-printable', 'windows-1252')], b_outlook())
add(21, 'escalation', 'flag_csm+forward_support', '', 'en', 'outlook-multipart-alternative;qp-windows-1252', 'recurring room drops, wants CSM call, today broken too',
    build(recv_internal(t, 5) + [('From', 'Hannah Moore <hannah.moore@tamsinrowe.com>'), ('To', HLN), ('CC', 'Rachel Stein <rachel.stein@tamsinrowe.com>, João Pereira <joao.pereira@tamsinrowe.pt>'.replace('João', ew_q('João'))),
           ('Subject', 'Porto hiring – rooms dropped AGAIN (3rd time)'), ('Date', D(t)), ('Message-ID', mid_outlook()), ('Importance', 'high')]
          + outlook_extra('Porto hiring – rooms dropped AGAIN (3rd time)') + [('MIME-Version', '1.0')], part))

# ---- 022 noise GoodTime newsletter, List-Unsubscribe, external chain, DKIM
t = T(2026, 4, 21, 15, 3, 0)
txt = '''What's new in GoodTime – April 2026

Hi there,

Here's your monthly roundup of what shipped this month:

* Smarter pool suggestions for multi-day onsites
* A refreshed candidate availability page on mobile
* New report: time-to-schedule by department

Join our live product webinar on 7 May – save your seat: https://go.goodtime.io/webinar-may26

You are receiving this email because you subscribed to GoodTime product news.
Unsubscribe: https://go.goodtime.io/unsubscribe?u=9f3a1c&e=helpline%40tamsinrowe.com
GoodTime.io, Inc. · 548 Market St · San Francisco, CA 94104
'''
h = '''<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>What's new in GoodTime</title></head>
<body style="margin:0;padding:0;background:#f4f2fb"><table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif"><tr><td style="padding:24px;background:#5b3cc4;color:#fff;font-size:22px">What&#39;s new in GoodTime &ndash; April 2026</td></tr>
<tr><td style="padding:24px;font-size:15px;line-height:22px">Hi there,<br><br>Here&#39;s your monthly roundup:<ul><li>Smarter pool suggestions for multi-day onsites</li><li>A refreshed candidate availability page on mobile</li><li>New report: time-to-schedule by department</li></ul>
<a href="https://go.goodtime.io/webinar-may26?utm_source=newsletter&amp;utm_medium=email" style="background:#5b3cc4;color:#fff;padding:10px 18px;text-decoration:none;border-radius:4px">Save your seat</a></td></tr>
<tr><td style="padding:16px;font-size:11px;color:#888">You are receiving this email because you subscribed to GoodTime product news. <a href="https://go.goodtime.io/unsubscribe?u=9f3a1c&amp;e=helpline%40tamsinrowe.com">Unsubscribe</a><br>GoodTime.io, Inc. &middot; 548 Market St &middot; San Francisco, CA 94104</td></tr></table></td></tr></table>
<img src="https://go.goodtime.io/trk/o/9f3a1c.gif" width="1" height="1" alt=""></body></html>
'''
part = mp('alternative', [leaf('text/plain', txt, 'quoted-printable', 'utf-8'), leaf('text/html', h, 'quoted-printable', 'utf-8')], '_----------=_MCPart_%d' % R.randint(10**8, 10**9))
add(22, 'noise', 'ignore', '', 'en', 'newsletter;list-unsubscribe;precedence-bulk;dkim;arc;auth-results;8-received', 'vendor product newsletter',
    build(recv_external(t, 'o1.ptr8812.go.goodtime.io', '149.72.134.16', 4) + auth('go.goodtime.io', '149.72.134.16', 's1', t, hfrom='goodtime.io') +
          [('From', '"GoodTime" <news@go.goodtime.io>'), ('Reply-To', 'marketing@goodtime.io'), ('To', HL), ('Subject', "What's new in GoodTime – April product roundup 🚀".replace("–", "-").replace(" 🚀", "")),
           ('Date', D(t)), ('Message-ID', '<%s.%d@go.goodtime.io>' % (hexid(16).lower(), R.randint(10**9, 10**10))), ('List-Unsubscribe', '<https://go.goodtime.io/unsubscribe?u=9f3a1c>, <mailto:unsub-9f3a1c@go.goodtime.io>'),
           ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'), ('Precedence', 'bulk'), ('X-Campaign', 'prod-roundup-2026-04'), ('MIME-Version', '1.0')], part))

# ---- 023 de question chat-bubble, iPhone QP utf-8, Q utf-8 subject
t = T(2026, 4, 7, 14, 3, 2)
body = '''Hallo,

die Kollegen sagen immer, ich soll bei Problemen einfach „den Chat" in GoodTime nehmen. Bei mir ist da unten rechts aber nichts. Ich bin über den Link aus der Einladungs-Mail drauf, da ist die Seite mit dem Anmeldefenster offen.

Mach ich was falsch?

LG Katrin

Von meinem iPhone gesendet
'''
add(23, 'question', 'auto_reply', 'chat-bubble', 'de', 'iphone-plain;qp-utf8;rfc2047-q-utf8;mobile-sig', 'cannot see chat, is on login page',
    build(recv_internal(t, 3) + [('Content-Type', 'text/plain;\n\tcharset=utf-8'), ('Content-Transfer-Encoding', 'quoted-printable'),
           ('From', 'Katrin Hoffmann <katrin.hoffmann@tamsinrowe.de>'), ('Mime-Version', '1.0 (1.0)'), ('Subject', ew_q('Chat unten rechts – wo?')),
           ('Message-Id', mid_apple('tamsinrowe.de')), ('Date', D(t)), ('To', HL), ('X-Mailer', 'iPhone Mail (22D82)')], ([], quopri.encodestring(body.encode('utf-8')))))

# ---- 024 en q-unans SOC2 / vendor security docs
t = T(2026, 6, 9, 9, 31, 1)
txt = '''Hi,

Annual vendor review for GoodTime is due at the end of the month. Do we have their latest SOC 2 Type II report and a pen test summary on file somewhere, or who on our side holds the vendor security pack? I'd rather not chase GoodTime directly if someone already has it.

Thanks,
Nadia

Nadia Petrova
Information Security Lead | Tech Team
Tamsin & Rowe
'''
part = mp('alternative', [leaf('text/plain', txt, 'quoted-printable', 'us-ascii'), leaf('text/html', mso_html(mso_lines(txt), 'us-ascii'), 'quoted-printable', 'us-ascii')], b_outlook())
add(24, 'question', 'forward_support', 'none', 'en', 'outlook-multipart-alternative;tech-staff', 'SOC 2 report / vendor security pack, no article',
    build(recv_internal(t, 4) + [('From', 'Nadia Petrova <nadia.petrova@tamsinrowe.com>'), ('To', HLN), ('Subject', 'GoodTime SOC 2 report?'),
           ('Date', D(t)), ('Message-ID', mid_outlook())] + outlook_extra('GoodTime SOC 2 report?') + [('MIME-Version', '1.0')], part))

# ---- 025 en bug HIGH IMPACT: all US interviewers busy, 8 Received + DKIM/ARC
t = T(2026, 5, 26, 8, 44, -4)
txt = '''Hi,

Since around 07:00 ET today every interviewer on a US calendar shows as busy all day in GoodTime. Coordinators in Chicago, NYC and Austin can't find a single slot; self-scheduling links sent this morning show "no times available".

Timing lines up with the Exchange app certificate we rotated last night, but EMEA calendars are fine and the GoodTime admin page still shows the Microsoft integration as "Connected". Re-authorising as admin didn't change anything.

This is every US interviewer (~90 people) and nobody can schedule. Please get it to GoodTime as a priority and loop in whoever owns our account on their side.

Raj Patel
Platform Engineer, Tech Team
Tamsin & Rowe | 312-555-0117
'''
part = mp('alternative', [leaf('text/plain', txt, 'quoted-printable', 'us-ascii'), leaf('text/html', mso_html(mso_lines(txt), 'us-ascii', 'EN-US'), 'quoted-printable', 'us-ascii')], b_outlook())
hs = recv_internal(t, 6, 'namprd11') + [('Received', 'from CH2PR11MB4410.namprd11.prod.outlook.com (2603:10b6:610:3c::9) by\n CH2PR11MB8813.namprd11.prod.outlook.com with HTTPS; %s' % D(t - datetime.timedelta(seconds=9)))]
hs.append(('Received', 'from [10.40.12.88] (unknown [10.40.12.88]) by CH2PR11MB4410.namprd11.prod.outlook.com\n with ESMTPSA; %s' % D(t - datetime.timedelta(seconds=12))))
add(25, 'bug', 'forward_support+flag_csm', '', 'en', 'outlook-multipart-alternative;8-received;dkim;arc;auth-results;tech-staff', 'org-wide US calendars all busy, high impact',
    build(hs + auth('tamsinrowe.com', '40.107.220.91', 'selector1', t) +
          [('From', 'Raj Patel <raj.patel@tamsinrowe.com>'), ('To', HLN), ('Subject', 'All US interviewers showing busy in GoodTime since 07:00 ET'),
           ('Date', D(t)), ('Message-ID', mid_outlook('namprd11')), ('Importance', 'high')] + outlook_extra('All US interviewers showing busy in GoodTime since 07:00 ET', 'en-US') + [('MIME-Version', '1.0')], part))

# ---- 026 es question self-scheduling-link, Outlook HTML-only QP cp1252
t = T(2026, 4, 8, 9, 12, 2)
txt = '''Buenos días:

Para las entrevistas telefónicas de recepcionistas de verano (son unas 40 personas) ¿hay alguna forma de mandarles algo para que cada candidato elija directamente la hora que le venga bien dentro de mi agenda? Ahora mismo voy correo a correo proponiendo horas y me paso el día así.

Un saludo,

Álvaro Gil
Jefe de Recepción – The Tamsin Sevilla
Tamsin & Rowe Hoteles España
Tel. +34 954 00 47 12
'''
part = leaf('text/html', mso_html(mso_lines(txt) + '\n<p class="MsoNormal" style="font-size:7.0pt;color:#7F7F7F">' + html.escape(DISC_ES) + '<o:p></o:p></p>', 'windows-1252', 'ES'), 'quoted-printable', 'windows-1252')
add(26, 'question', 'auto_reply', 'self-scheduling-link', 'es', 'outlook-html-only;qp-windows-1252;disclaimer-confidencial;rfc2047-q-from', 'wants candidates to pick their own phone-screen slot',
    build(recv_internal(t, 4) + [('From', addr('Álvaro Gil', 'alvaro.gil@tamsinrowe.com', 'q', 'iso-8859-1')), ('To', HLN), ('Subject', 'Entrevistas telefónicas recepcionistas verano'),
           ('Date', D(t)), ('Message-ID', mid_outlook())] + outlook_extra('Entrevistas telefónicas recepcionistas verano', 'es-ES') + [('MIME-Version', '1.0')], part))

# ---- 027 en blocker, candidate in reception, reply hijacking an unrelated thread (Outlook block)
t = T(2026, 5, 20, 10, 52, 1)
new = '''Sorry to hijack this – candidate for the Night Manager role is sitting in reception at Marylebone RIGHT NOW for an 11:00 with me and Gareth. GoodTime shows the interview as tomorrow 11:00 and Gareth has nothing in his calendar.

Who can fix this in the next 10 mins?

Daniel Osei
Front Office Manager | The Tamsin Marylebone
'''
old = '''Hi all,

We're running two 45-minute interviewer refresher sessions next month (how to accept/decline properly, swapping yourself out, what the candidate sees). Dates below – please book through the link.

* Tue 9 June, 10:00 BST
* Thu 11 June, 15:00 BST

GoodTime internal project team
'''
pt = new + '\n________________________________\nFrom: GoodTime Help Line <helpline@tamsinrowe.com>\nSent: 18 May 2026 09:30\nTo: UK Interviewers <uk-interviewers@tamsinrowe.com>\nSubject: Interviewer refresher sessions – dates\n\n' + old
inner = mso_lines(new) + '\n' + mso_sep('GoodTime Help Line <helpline@tamsinrowe.com>', '18 May 2026 09:30', 'UK Interviewers <uk-interviewers@tamsinrowe.com>', 'Interviewer refresher sessions – dates') + mso_lines(old)
part = mp('alternative', [leaf('text/plain', pt, 'quoted-printable', 'windows-1252'), leaf('text/html', mso_html(inner), 'quoted-printable', 'windows-1252')], b_outlook())
add(27, 'scheduling_blocker', 'forward_support', '', 'en', 'outlook-multipart-alternative;reply-on-unrelated-thread;outlook-quote-block;caps', 'candidate in reception, interview shows tomorrow',
    build(recv_internal(t, 4) + [('From', 'Daniel Osei <daniel.osei@tamsinrowe.com>'), ('To', HLN), ('Subject', 'RE: Interviewer refresher sessions – dates'),
           ('Date', D(t)), ('Message-ID', mid_outlook()), ('In-Reply-To', mid_outlook()), ('References', mid_outlook())] + outlook_extra('Interviewer refresher sessions – dates') + [('MIME-Version', '1.0')], part))

# ---- 028 fr question interviewer-decline, Apple Mail iPad multipart QP utf-8
t = T(2026, 3, 26, 19, 5, 1)
txt = '''Bonjour,

Le chef de cuisine a décliné l'invitation pour jeudi 14h (entretien chef de partie, Brasserie Rowe Lyon). Les deux autres membres du jury ont accepté.

Est-ce que je dois tout reprogrammer et prévenir la candidate, ou il y a moyen de remplacer juste lui par quelqu'un d'autre de la cuisine ?

Merci,
Julien

Envoyé de mon iPad
'''
part = mp('alternative', [leaf('text/plain', txt, 'quoted-printable', 'utf-8'), leaf('text/html', apple_html(txt), 'quoted-printable', 'utf-8')], b_iphone())
add(28, 'question', 'auto_reply', 'interviewer-decline', 'fr', 'apple-multipart-alternative;qp-utf8;mobile-sig-ipad;rfc2047-b-iso-8859-1-from', 'one panel member declined, replace or reschedule',
    build(recv_internal(t, 3) + [('Content-Type', 'multipart/alternative; boundary="%s"' % part[0][0][1].split('"')[1]), ('Content-Transfer-Encoding', '7bit'),
           ('From', addr('Julien Lefèvre', 'julien.lefevre@tamsinrowe.com', 'b', 'iso-8859-1')), ('Mime-Version', '1.0 (1.0)'), ('Subject', ew_q('Jury incomplet jeudi – que faire ?')),
           ('Message-Id', mid_apple()), ('Date', D(t)), ('To', HL), ('X-Mailer', 'iPad Mail (22D82)')], ([], part[1])))

# ---- 029 en feature SMS reminders (resembles reminders article)
t = T(2026, 4, 13, 16, 20, -5)
body = '''Hi team,

Is there any way GoodTime can text candidates a reminder instead of (or as well as) email? Email reminders are switched on for all our hourly reqs, but half of our applicants for line cook, housekeeping and dishwasher roles never open email - 11 no-shows in Chicago last week alone. An SMS the morning of the interview would fix most of that.

If it's not something it does today, can we ask GoodTime for it?

Dana

Dana Whitfield
Recruiting Ops Lead, US | Tamsin & Rowe
'''
add(29, 'feature_request', 'product_board_reply', '', 'en', 'outlook-plain;7bit;resembles-reminders-article', 'wants SMS reminders for hourly candidates',
    build(recv_internal(t, 4, 'namprd11') + [('From', 'Dana Whitfield <dana.whitfield@tamsinrowe.com>'), ('To', HLN), ('Subject', 'Text message reminders for candidates?'),
           ('Date', D(t)), ('Message-ID', mid_outlook('namprd11'))] + outlook_extra('Text message reminders for candidates?', 'en-US') + [('MIME-Version', '1.0'),
           ('Content-Type', 'text/plain; charset="us-ascii"'), ('Content-Transfer-Encoding', '7bit')], ([], body.encode())))

# ---- 030 pt bug Teams link missing on candidate invites, Gmail base64 + DKIM
t = T(2026, 5, 5, 10, 12, 1)
new = '''Bom dia,

desde ontem à tarde os convites que o GoodTime envia aos candidatos de Lisboa vão sem o link do Teams. O Teams está escolhido na entrevista e nos convites dos entrevistadores o link aparece normalmente – só falta do lado do candidato.

Já aconteceu em 5 entrevistas (ex.: candidata Ana Ribeiro, Rececionista, vaga 3120, entrevista de hoje às 15h). Tenho estado a mandar o link à mão.

Conseguem ver isto?

Obrigada,
Inês Carvalho
Recrutadora – The Tamsin Lisboa'''
part = mp('alternative', [leaf('text/plain', new + '\n', 'base64', 'UTF-8', cs_quote=False), leaf('text/html', gmail_html(new), 'base64', 'UTF-8', cs_quote=False)], b_gmail())
add(30, 'bug', 'forward_support', '', 'pt', 'gmail-multipart-alternative;base64-utf8;dkim;auth-results;rfc2047-q-from', 'Teams link missing from candidate invites',
    build(recv_internal(t, 2, mapi=False, delay=12) + [('Received', 'from mail-ed1-f50.google.com (209.85.208.50) by AM4PEPF00027A5F.mail.protection.outlook.com (10.167.16.73) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.8632.13 via Frontend Transport; %s' % D((t + datetime.timedelta(seconds=7)).astimezone(datetime.timezone.utc)))] + recv_google(t, '')
          + auth('tamsinrowe.pt', '209.85.208.50', 'google', t, arc=False) + [('MIME-Version', '1.0'), ('From', addr('Inês Carvalho', 'ines.carvalho@tamsinrowe.pt', 'q')), ('Date', D(t)),
           ('Message-ID', mid_gmail()), ('Subject', 'Link do Teams não aparece nos convites dos candidatos'), ('To', HL)], part))

# ---- 031 noise read receipt (disposition-notification)
t = T(2026, 4, 2, 12, 40, 1)
txt = '''Your message

To: Gareth Lloyd
Subject: RE: banquet captain pool – Manchester
Sent: Thursday, 2 April 2026 10:15:07 (UTC+00:00) Dublin, Edinburgh, Lisbon, London

was read on Thursday, 2 April 2026 12:40:22 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.
'''
mdn = '''Reporting-UA: AM0PR04MB6961.eurprd04.prod.outlook.com; Microsoft Exchange Server
Final-Recipient: rfc822;gareth.lloyd@tamsinrowe.com
Original-Message-ID: %s
Disposition: automatic-action/MDN-sent-automatically; displayed
''' % mid_outlook()
part = mp('report', [leaf('text/plain', txt, 'quoted-printable', 'windows-1252'), ([('Content-Type', 'message/disposition-notification')], mdn.encode())],
          b_outlook(), '; report-type=disposition-notification')
add(31, 'noise', 'ignore', '', 'en', 'read-receipt;multipart-report;disposition-notification', 'read receipt',
    build(recv_internal(t, 3) + [('From', 'Gareth Lloyd <gareth.lloyd@tamsinrowe.com>'), ('To', HLN), ('Subject', 'Read: RE: banquet captain pool – Manchester'),
           ('Date', D(t)), ('Message-ID', mid_outlook()), ('Content-Language', 'en-GB'), ('MIME-Version', '1.0')], part))

# ---- 032 de question reschedule-interview, Outlook plain QP iso-8859-1 with "-----Ursprüngliche Nachricht-----"
t = T(2026, 3, 16, 13, 27, 1)
body = '''Hallo,

kurze Frage zwischendurch: der Kandidat für die Chef-de-Partie-Stelle kann am Dienstag doch nicht, wir haben uns telefonisch auf Donnerstag 15 Uhr geeinigt. Reicht es, wenn ich den Termin in meinem Outlook einfach auf Donnerstag ziehe? Die anderen zwei Interviewer sind meine Sous-Chefs, die sehen das dann ja auch.

Gruß
Jonas Weber
Küchenchef | The Tamsin München

-----Ursprüngliche Nachricht-----
Von: GoodTime Help Line <helpline@tamsinrowe.com>
Gesendet: Freitag, 13. März 2026 11:04
An: Jonas Weber <jonas.weber@tamsinrowe.de>
Betreff: AW: Pool für Azubi-Gespräche

Hallo Jonas,

der Pool "Ausbildung Küche - München" ist angelegt, du und Stefan seid als qualifiziert drin. Ab Montag schlägt GoodTime euch beide vor.

Viele Grüße
Euer GoodTime-Projektteam
'''
add(32, 'question', 'auto_reply', 'reschedule-interview', 'de', 'outlook-plain;qp-iso-8859-1;original-message-block;reply-on-unrelated-thread', 'move interview by dragging Outlook event?',
    build(recv_internal(t, 4) + [('From', 'Jonas Weber <jonas.weber@tamsinrowe.de>'), ('To', HLN), ('Subject', 'AW: AW: Pool ' + ew_q('für', 'iso-8859-1') + ' Azubi-' + ew_q('Gespräche', 'iso-8859-1')),
           ('Date', D(t)), ('Message-ID', mid_outlook()), ('In-Reply-To', mid_outlook())] + outlook_extra('Pool für Azubi-Gespräche', 'de-DE') +
          [('MIME-Version', '1.0'), ('Content-Type', 'text/plain; charset="iso-8859-1"'), ('Content-Transfer-Encoding', 'quoted-printable')], ([], quopri.encodestring(body.encode('iso-8859-1')))))

# ---- 033 en escalation: training for a new team
t = T(2026, 4, 23, 11, 15, 1)
body = '''Hi GoodTime team,

We're bringing 12 new recruiters and coordinators into the Iberia team in May for the summer openings (Lisbon, Porto, Seville, Tenerife). Rather than everyone picking GoodTime up by osmosis like last year, I'd like a structured training for the whole group run by GoodTime themselves - ideally two sessions, one in English and one in Spanish/Portuguese, plus something recorded for late joiners.

Can you set this up with GoodTime, or tell me who on their side I should be talking to?

Many thanks,
Aisha

Aisha Okafor
HR Business Partner – EMEA
Tamsin & Rowe Hospitality Group
14 Hanover Yard, London W1S 2HQ | +44 7700 900233
'''
add(33, 'escalation', 'flag_csm', '', 'en', 'outlook-plain;qp-windows-1252', 'training request for 12 new Iberia recruiters',
    build(recv_internal(t, 4) + [('From', 'Aisha Okafor <aisha.okafor@tamsinrowe.com>'), ('To', HLN), ('Subject', 'GoodTime training for new Iberia recruiting team (May)'),
           ('Date', D(t)), ('Message-ID', mid_outlook())] + outlook_extra('GoodTime training for new Iberia recruiting team (May)') +
          [('MIME-Version', '1.0'), ('Content-Type', 'text/plain; charset="windows-1252"'), ('Content-Transfer-Encoding', 'quoted-printable')], ([], quopri.encodestring(body.encode('cp1252')))))

# ---- 034 en q-unans android app, terse, no Message-ID
t = T(2026, 5, 29, 22, 48, 1)
body = '''is there a goodtime app for android? our GMs are never at a desk and the site is fiddly on a phone



Sent from my Galaxy
'''
add(34, 'question', 'forward_support', 'none', 'en', 'android-plain;lowercase;mobile-sig;no-message-id;night', 'mobile app question, no article',
    build(recv_internal(t, 3) + [('From', 'Gareth Lloyd <gareth.lloyd@tamsinrowe.com>'), ('To', HL), ('Subject', 'app?'), ('Date', D(t)),
           ('MIME-Version', '1.0'), ('Content-Type', 'text/plain; charset=UTF-8'), ('Content-Transfer-Encoding', '7bit'), ('X-Mailer', 'Samsung Mail')], ([], body.encode()), crlf=False))

# ---- 035 en bug self-scheduling offering 3am + PNG
t = T(2026, 4, 28, 14, 6, -5)
txt = '''Hi,

Candidates for the Chicago server roles are being offered self-scheduling slots at 3:00 and 4:30 in the morning. Interviewer is Tony Russo (FOH manager), his working hours in GoodTime are 9–5 Central and his time zone says America/Chicago. One candidate actually booked 3:30 AM, bless her.

Screenshot of what the candidate sees is attached. Link was sent from req 5120 (Server – The Tamsin Chicago) yesterday around 2pm.

Chris
'''
alt = mp('alternative', [leaf('text/plain', txt, 'quoted-printable', 'windows-1252'), leaf('text/html', mso_html(mso_lines(txt), 'windows-1252', 'EN-US'), 'quoted-printable', 'windows-1252')], b_outlook())
p = png(80, 48, 35)
part = mp('mixed', [alt, leaf('image/png', p, 'base64', params='; name="selfsched_3am.png"', disp='attachment; filename="selfsched_3am.png"; size=%d' % len(p))], b_outlook_mixed())
add(35, 'bug', 'forward_support', '', 'en', 'outlook-multipart-mixed;png-attachment', 'self-scheduling offers 3am slots',
    build(recv_internal(t, 5, 'namprd11') + [('From', 'Chris Doyle <chris.doyle@tamsinrowe.com>'), ('To', HLN), ('Subject', 'self-scheduling link offering 3am slots'),
           ('Date', D(t)), ('Message-ID', mid_outlook('namprd11'))] + outlook_extra('self-scheduling link offering 3am slots', 'en-US', True) + [('MIME-Version', '1.0')], part))

# ---- 036 es escalation licences + renewal, Gmail base64 utf-8, PDF, Spanish disclaimer
t = T(2026, 3, 25, 18, 40, 1)
new = '''Hola,

Os escribo por dos temas relacionados con GoodTime:

1) Para la temporada de verano (mayo–octubre) necesitamos unas 15 licencias más para los coordinadores temporales de Ibiza, Mallorca y Tenerife. ¿Se pueden contratar licencias solo por temporada?

2) El contrato se renueva en septiembre y Finanzas España quiere revisar condiciones antes de julio. Adjunto la previsión de contrataciones por hotel.

¿Con quién de GoodTime tenemos que hablar para esto? Me gustaría tener una reunión con la persona que lleva nuestra cuenta lo antes posible.

Gracias,
Carmen

--
Carmen Ruiz
Head of People – España
Tamsin & Rowe Hoteles España S.L.
C/ de Génova 21, 28004 Madrid | +34 910 00 31 55

''' + DISC_ES
p = pdf(['Tamsin & Rowe Hoteles Espana - Prevision contrataciones temporada 2026', '', 'Ibiza: 140  |  Mallorca: 185  |  Tenerife: 120', 'Coordinadores temporales necesarios: 15', 'Periodo: mayo - octubre 2026'])
alt = mp('alternative', [leaf('text/plain', new + '\n', 'base64', 'UTF-8', cs_quote=False), leaf('text/html', gmail_html(new), 'base64', 'UTF-8', cs_quote=False)], b_gmail())
part = mp('mixed', [alt, leaf('application/pdf', p, 'base64', params='; name="Prevision_temporada_2026.pdf"', disp='attachment; filename="Prevision_temporada_2026.pdf"',
                              extra=[('Content-ID', '<f_m8k2x1a40>'), ('X-Attachment-Id', 'f_m8k2x1a40')])], b_gmail())
add(36, 'escalation', 'flag_csm', '', 'es', 'gmail-multipart-mixed;base64-utf8;pdf-attachment;rfc2047-b-subject;disclaimer-confidencial;dkim;arc', 'seasonal licences and contract renewal',
    build(recv_internal(t, 2, mapi=False, delay=12) + [('Received', 'from mail-lf1-f41.google.com (209.85.167.41) by AM4PEPF00027A6C.mail.protection.outlook.com (10.167.16.80) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.8632.13 via Frontend Transport; %s' % D((t + datetime.timedelta(seconds=7)).astimezone(datetime.timezone.utc)))] + recv_google(t, '')
          + auth('tamsinrowe.es', '209.85.167.41', 'google', t) + [('MIME-Version', '1.0'), ('From', 'Carmen Ruiz <carmen.ruiz@tamsinrowe.es>'), ('Date', D(t)),
           ('Message-ID', mid_gmail()), ('Subject', ew_b('Licencias GoodTime temporada verano + renovación')), ('To', HL)], part))

# ---- 037 fr question contact-csm, raw windows-1252 8bit Subject/From, no angle brackets on Message-ID
t = T(2026, 5, 21, 15, 2, 2)
body = '''Bonjour,

On m'a dit qu'il y avait chez GoodTime une personne dédiée à notre compte, qui peut nous conseiller sur notre façon de recruter les saisonniers. Je n'ai aucun contact d'elle et je ne sais même pas son prénom.

Comment je fais pour caler un créneau avec elle ?

Bonne journée,
Hélène Marchand
Chargée de recrutement – Paris
'''
add(37, 'question', 'auto_reply', 'contact-csm', 'fr', 'plain;8bit-windows-1252;raw-windows-1252-subject;raw-windows-1252-from;message-id-no-brackets', 'how to book time with account person, no CSM letters',
    build(recv_internal(t, 3) + [('From', 'Hélène Marchand <helene.marchand@tamsinrowe.com>'.encode('cp1252')), ('To', HL),
           ('Subject', 'Rendez-vous avec la référente GoodTime de notre compte ?'.encode('cp1252')), ('Date', D(t)), ('Message-ID', '%s@tamsinrowe.com' % hexid(20).lower()),
           ('MIME-Version', '1.0'), ('Content-Type', 'text/plain; charset=windows-1252'), ('Content-Transfer-Encoding', '8bit'), ('X-Mailer', 'Microsoft Outlook 16.0')], ([], body.encode('cp1252'))))

# ---- 038 en blocker teams "meeting not found", Outlook Android
t = T(2026, 3, 23, 10, 5, 0)
body = '''Grad interview started 5 mins ago, candidate says the Teams link in her confirmation gives "meeting not found". Both interviewers are in the meeting from their calendar invite. Is there a different link?? help

Sophie

Get Outlook for Android<https://aka.ms/AAb9ysg>
'''
add(38, 'scheduling_blocker', 'forward_support', '', 'en', 'outlook-android;plain;mobile-sig', 'candidate cannot join live interview',
    build(recv_internal(t, 3) + [('From', 'Sophie Turner <sophie.turner@tamsinrowe.com>'), ('To', HL), ('Subject', 'candidate can\'t get into Teams'), ('Date', D(t)),
           ('Message-ID', mid_outlook()), ('MIME-Version', '1.0'), ('Content-Type', 'text/plain; charset="us-ascii"'), ('Content-Transfer-Encoding', '7bit')], ([], body.encode())))

# ---- 039 pt question candidate-reminders, Outlook HTML-only QP cp1252
t = T(2026, 4, 24, 17, 58, 1)
txt = '''Olá,

Esta semana tivemos três candidatos que simplesmente não apareceram às entrevistas para empregado(a) de andares no Porto.

Os candidatos recebem algum aviso automático na véspera, ou tenho de ser eu a mandar-lhes mensagem? E se houver algo automático, como sei se está ligado para as nossas vagas?

Obrigada,
Beatriz

Beatriz Costa
Gestora de Recrutamento – Norte
Tamsin & Rowe Hotelaria Portugal
'''
part = leaf('text/html', mso_html(mso_lines(txt) + '\n<p class="MsoNormal" style="font-size:7.0pt;color:gray">' + html.escape(DISC_PT) + '<o:p></o:p></p>', 'windows-1252', 'PT'), 'quoted-printable', 'windows-1252')
add(39, 'question', 'auto_reply', 'candidate-reminders', 'pt', 'outlook-html-only;qp-windows-1252;disclaimer', 'no-shows, are candidates reminded automatically',
    build(recv_internal(t, 4) + [('From', 'Beatriz Costa <beatriz.costa@tamsinrowe.com>'), ('To', HLN), ('Subject', 'Candidatos que faltam às entrevistas'),
           ('Date', D(t)), ('Message-ID', mid_outlook())] + outlook_extra('Candidatos que faltam às entrevistas', 'pt-PT') + [('MIME-Version', '1.0')], part))

# ---- 040 noise bare thanks, iPhone reply with quote
t = T(2026, 3, 31, 16, 44, -5)
body = '''Thanks!!

Sent from my iPhone

> On Mar 31, 2026, at 3:12 PM, GoodTime Help Line <helpline@tamsinrowe.com> wrote:
>
> Hi Jess,
>
> Done – Carlos and Mei are now in the "Line Cook – Austin" pool as qualified. They'll start showing up in suggestions from tomorrow.
>
> GoodTime internal project team
'''
add(40, 'noise', 'ignore', '', 'en', 'iphone-plain;bare-thanks;quoted-reply', 'bare thank-you',
    build(recv_internal(t, 3, 'namprd11') + [('Content-Type', 'text/plain;\n\tcharset=utf-8'), ('Content-Transfer-Encoding', 'quoted-printable'),
           ('From', 'Jess Nakamura <jess.nakamura@tamsinrowe.com>'), ('Mime-Version', '1.0 (1.0)'), ('Subject', 'Re: Line cook pool Austin'), ('Date', D(t)),
           ('Message-Id', mid_apple()), ('In-Reply-To', mid_outlook()), ('To', HLN), ('X-Mailer', 'iPhone Mail (22D82)')], ([], quopri.encodestring(body.encode('utf-8'))), crlf=False))

# ---- 041 en feature: kitchen stations as bookable resources
t = T(2026, 5, 14, 7, 12, 1)
txt = '''Morning,

When we run practical trials at the central kitchen we need a station booked for 2 hours, with 30 min set-up before and clean-down after. GoodTime only seems to know about meeting rooms, so we keep a separate spreadsheet for stations and it clashes about once a week.

Would be brilliant if GoodTime could treat kitchen stations (pastry, hot line, butchery) as bookable resources with buffer time either side. Can we ask for that?

Sam

Sam Reid
Development Chef | Central Kitchen, Park Royal
Tamsin & Rowe
'''
part = mp('alternative', [leaf('text/plain', txt, 'quoted-printable', 'us-ascii'), leaf('text/html', mso_html(mso_lines(txt), 'us-ascii'), 'quoted-printable', 'us-ascii')], b_outlook())
add(41, 'feature_request', 'product_board_reply', '', 'en', 'outlook-multipart-alternative;qp', 'kitchen stations as resources with buffers',
    build(recv_internal(t, 4) + [('From', 'Sam Reid <sam.reid@tamsinrowe.com>'), ('To', HLN), ('Subject', 'Kitchen stations as bookable resources?'),
           ('Date', D(t)), ('Message-ID', mid_outlook())] + outlook_extra('Kitchen stations as bookable resources?') + [('MIME-Version', '1.0')], part))

# ---- 042 de escalation complaint overall, Outlook multipart base64 utf-8, disclaimer
t = T(2026, 4, 30, 18, 22, 2)
txt = '''Hallo zusammen,

ich muss das jetzt einmal deutlich sagen: Die GoodTime-Einführung in Deutschland läuft nicht rund.

- Die Koordinatorinnen in Hamburg und München planen inzwischen wieder die Hälfte der Gespräche in Excel, weil sie den Vorschlägen nicht trauen.
- Die Kandidaten-Mails gehen teilweise noch auf Englisch raus, obwohl wir das im Januar angesprochen haben.
- Der Betriebsrat möchte eine Dokumentation, welche Daten zu Interviewern gespeichert und ausgewertet werden, bevor wir die Nutzung auf die Küchen ausweiten.

Ich möchte das grundsätzlich mit GoodTime besprechen – mit der Person, die unseren Account betreut, nicht über den Chat. Bitte organisiert einen Termin in den nächsten zwei Wochen, gerne mit Rachel dabei.

Danke
Miriam

Miriam Schulz
HR Business Partner Deutschland
Tamsin & Rowe Hotels Deutschland GmbH
Große Elbstraße 60 · 22767 Hamburg · M +49 160 5550 1187

''' + DISC_DE + '\n'
part = mp('alternative', [leaf('text/plain', txt, 'base64', 'utf-8'), leaf('text/html', mso_html(mso_lines(txt), 'utf-8', 'DE'), 'base64', 'utf-8')], b_outlook())
add(42, 'escalation', 'flag_csm', '', 'de', 'outlook-multipart-alternative;base64-utf8;disclaimer-sofort;long-sig', 'rollout complaint, works council, wants account manager meeting',
    build(recv_internal(t, 5) + [('From', 'Miriam Schulz <miriam.schulz@tamsinrowe.de>'), ('To', HLN), ('CC', 'Rachel Stein <rachel.stein@tamsinrowe.com>'),
           ('Subject', 'GoodTime in DE – so geht es nicht weiter'), ('Date', D(t)), ('Message-ID', mid_outlook()), ('Importance', 'high')] + outlook_extra('GoodTime in DE – so geht es nicht weiter', 'de-DE') + [('MIME-Version', '1.0')], part))

# ---- 043 en question panel-interviews, terse lowercase mobile
t = T(2026, 4, 15, 12, 37, -4)
body = '''how do i put the GM, exec chef and HR in ONE session together w the candidate? first time doing a panel, dont want it to come out as 3 separate interviews

Sent from my iPhone
'''
add(43, 'question', 'auto_reply', 'panel-interviews', 'en', 'iphone-plain;lowercase;typos;mobile-sig', 'how to set up a panel',
    build(recv_internal(t, 3, 'namprd11') + [('Content-Type', 'text/plain;\n\tcharset=us-ascii'), ('Content-Transfer-Encoding', '7bit'),
           ('From', "Kelsey O'Brien <kelsey.obrien@tamsinrowe.com>"), ('Mime-Version', '1.0 (1.0)'), ('Subject', 'panel?'), ('Date', D(t)),
           ('Message-Id', mid_apple()), ('To', HL), ('X-Mailer', 'iPhone Mail (22E240)')], ([], body.encode())))

# ---- 044 en bug HIGH IMPACT recurring duplicates, "-----Original Message-----"
t = T(2026, 5, 11, 9, 18, 1)
body = '''This is back.

Since Friday every interviewer in the "Engineering - System Design" pool is getting 2-3 copies of every invite, and declining one copy shows as a decline on the interview. Exactly what we had in March. That's 26 people, and they've started ignoring GoodTime invites altogether, which is worse than the duplicates.

It was "fixed" last time, so please can this go back to GoodTime as a repeat and get escalated properly - not another ticket that gets closed in a week.

Marcus

Marcus Bell
Engineering Manager, Tech Team | Tamsin & Rowe

-----Original Message-----
From: GoodTime Help Line <helpline@tamsinrowe.com>
Sent: Wednesday, March 18, 2026 4:51 PM
To: Marcus Bell <marcus.bell@tamsinrowe.com>
Subject: RE: Duplicate interview invites

Hi Marcus,

GoodTime Support have confirmed a fix for the duplicate invites (their ticket #88213). Let us know if you see any more.

GoodTime internal project team
'''
add(44, 'bug', 'forward_support+flag_csm', '', 'en', 'outlook-plain;original-message-block;recurring', 'duplicate invites back after fix, 26 interviewers',
    build(recv_internal(t, 4) + [('From', 'Marcus Bell <marcus.bell@tamsinrowe.com>'), ('To', HLN), ('Subject', 'RE: Duplicate interview invites'),
           ('Date', D(t)), ('Message-ID', mid_outlook()), ('In-Reply-To', mid_outlook()), ('References', mid_outlook())] + outlook_extra('Duplicate interview invites') +
          [('MIME-Version', '1.0'), ('Content-Type', 'text/plain; charset="us-ascii"'), ('Content-Transfer-Encoding', '7bit')], ([], body.encode())))

# ---- 045 es blocker, Sevilla reception, iPhone, Q utf-8 subject
t = T(2026, 6, 4, 12, 9, 2)
body = '''La candidata para gobernanta está en la recepción del hotel de Sevilla desde las 12:00 y el subdirector no tiene nada en el calendario. En GoodTime sale como programada con él de entrevistador.

¿Qué hago? ¿Alguien puede mirarlo YA?

Marta

Enviado desde mi iPhone
'''
add(45, 'scheduling_blocker', 'forward_support', '', 'es', 'iphone-plain;qp-utf8;rfc2047-q-utf8-subject;mobile-sig;caps', 'candidate in reception, interviewer has no invite',
    build(recv_internal(t, 2, mapi=False, delay=12) + [('Received', 'from mail-wm1-f49.google.com (209.85.128.49) by AM4PEPF00027A61.mail.protection.outlook.com (10.167.16.73) with Microsoft SMTP Server id 15.20.8632.13; %s' % D((t + datetime.timedelta(seconds=7)).astimezone(datetime.timezone.utc)))]
          + recv_google(t, '') + [('Content-Type', 'text/plain;\n\tcharset=utf-8'), ('Content-Transfer-Encoding', 'quoted-printable'),
           ('From', 'Marta Navarro <marta.navarro@tamsinrowe.es>'), ('Mime-Version', '1.0 (1.0)'), ('Subject', ew_q('URGENTE: candidata en recepción y el entrevistador sin cita')),
           ('Message-Id', mid_apple('tamsinrowe.es')), ('Date', D(t)), ('To', HL), ('X-Mailer', 'iPhone Mail (22E240)')], ([], quopri.encodestring(body.encode('utf-8')))))

# ---- 046 noise phishing
t = T(2026, 5, 27, 3, 14, 0)
txt = '''Dear User,

Your GoodTime session for helpline@tamsinrowe.com will expire in 24 hours due to an unusual sign-in attempt.
To avoid interruption of your interview schedules, verify your account immediately:

https://goodtime-io.account-verify-secure.top/login?em=helpline@tamsinrowe.com

Failure to verify will result in permanent suspension of scheduling access.

GoodTime Security Team
'''
h = '''<html><body style="font-family:Arial"><div style="max-width:520px;margin:auto;border:1px solid #ddd;padding:20px">
<img src="http://account-verify-secure.top/gt/logo.png" alt="GoodTime" width="120"><h3>Action required</h3>
<p>Dear User,</p><p>Your GoodTime session for <b>helpline@tamsinrowe.com</b> will expire in <b>24 hours</b> due to an unusual sign-in attempt.</p>
<p>To avoid interruption of your interview schedules, verify your account immediately:</p>
<p><a href="https://goodtime-io.account-verify-secure.top/login?em=helpline@tamsinrowe.com" style="background:#6a3fd1;color:#fff;padding:10px 16px;text-decoration:none">Verify now</a></p>
<p style="font-size:11px;color:#999">Failure to verify will result in permanent suspension of scheduling access.<br>GoodTime Security Team</p></div></body></html>
'''
part = mp('alternative', [leaf('text/plain', txt, 'quoted-printable', 'utf-8'), leaf('text/html', h, 'base64', 'utf-8')], '----=_Part_%d_%d.%d' % (R.randint(10**5, 10**6), R.randint(10**8, 10**9), R.randint(10**12, 10**13)))
add(46, 'noise', 'ignore', '', 'en', 'phishing;lookalike-domain;auth-results-fail;night', 'credential phishing posing as GoodTime',
    build(recv_external(t, 'vps-22031.hostmaster-ovh.net', '51.89.140.77', 2) + auth('goodtime-accounts-verify.com', '51.89.140.77', 'default', t, dkim=False, arc=False, result='fail', hfrom='goodtime-accounts-verify.com') +
          [('From', '"GoodTime Security" <security@goodtime-accounts-verify.com>'), ('To', HL), ('Subject', 'Action required: your GoodTime session will expire in 24 hours'),
           ('Date', D(t)), ('Message-ID', '<%s@vps-22031.hostmaster-ovh.net>' % hexid(18).lower()), ('X-Priority', '1 (Highest)'), ('MIME-Version', '1.0')], part))

# ---- 047 fr bug time mismatch Montréal, Outlook base64 utf-8
t = T(2026, 4, 3, 11, 33, 2)
txt = '''Bonjour,

On recrute un revenue manager pour Paris et un des candidats est à Montréal. Dans GoodTime l'entretien est affiché à 15h (heure de Paris), mais l'invitation Outlook que j'ai reçue dit 16h, et le candidat a reçu une confirmation pour 9h heure de Montréal (ce qui correspond bien à 15h chez nous).

Du coup je ne sais plus laquelle est la bonne… Ça le fait sur deux entretiens différents (candidats Paul Tremblay et Sarah Gagnon), et les deux autres intervieweurs ont aussi 16h dans leur agenda.

Mathieu Perrin
Coordinateur recrutement – Paris
'''
part = mp('alternative', [leaf('text/plain', txt, 'base64', 'utf-8'), leaf('text/html', mso_html(mso_lines(txt), 'utf-8', 'FR'), 'base64', 'utf-8')], b_outlook())
add(47, 'bug', 'forward_support', '', 'fr', 'outlook-multipart-alternative;base64-utf8', 'GoodTime time differs from Outlook invite',
    build(recv_internal(t, 4) + [('From', 'Mathieu Perrin <mathieu.perrin@tamsinrowe.com>'), ('To', HLN), ('Subject', 'Heures incohérentes entre GoodTime et Outlook'),
           ('Date', D(t)), ('Message-ID', mid_outlook())] + outlook_extra('Heures incohérentes entre GoodTime et Outlook', 'fr-FR') + [('MIME-Version', '1.0')], part))

# ---- 048 en escalation process change, Gmail-style forward from iPhone Gmail app
t = T(2026, 5, 7, 20, 31, 1)
body = '''Forwarding from Olivia (COO) - see below. This touches every GM and Head Chef interview template in GoodTime across 40+ properties. I think we need GoodTime's customer success person involved to redesign this properly rather than patching templates one at a time. Can you set that up?

H.

---------- Forwarded message ---------
From: Olivia Grant <olivia.grant@tamsinrowe.com>
Date: Thu, 7 May 2026 at 18:02
Subject: Senior hires - new interview process from 1 June
To: Hannah Moore <hannah.moore@tamsinrowe.com>
Cc: Rachel Stein <rachel.stein@tamsinrowe.com>


Hannah,

As agreed at ExCo: from 1 June every hotel GM and Head Chef hire needs an HR business partner on the final panel, plus a separate values interview with a member of ExCo. Please make sure whatever we use for scheduling reflects this across all properties from day one.

Thanks,
Olivia

Olivia Grant
Chief Operating Officer
Tamsin & Rowe Hospitality Group
'''
add(48, 'escalation', 'flag_csm', '', 'en', 'gmail-forwarded-message;plain;qp', 'org-wide process change needs CS help',
    build(recv_internal(t, 4) + [('MIME-Version', '1.0'), ('From', 'Hannah Moore <hannah.moore@tamsinrowe.com>'), ('Date', D(t)), ('Message-ID', mid_gmail()),
           ('Subject', 'Fwd: Senior hires - new interview process from 1 June'), ('To', HLN),
           ('Content-Type', 'text/plain; charset="UTF-8"'), ('Content-Transfer-Encoding', 'quoted-printable')], ([], quopri.encodestring(body.encode()))))

# ---- 049 pt question interview-templates, Gmail reply QP utf-8 "Em ... escreveu:"
t = T(2026, 4, 21, 9, 48, 1)
new = '''Olá,

aproveito o fio para outra coisa: sempre que marcamos a entrevista para chefe de partida aqui em Lisboa aparece com 30 minutos e com o Rui como entrevistador – e o Rui saiu há dois meses. Eu vou lá e mudo à mão em cada candidato.

Onde é que se corrige isto de vez, para não ter de mexer em todos?

Abraço,
Tiago Sousa
Chef Executivo – The Tamsin Lisboa'''
qh = 'Em seg., 20 de abr. de 2026 às 09:14, GoodTime Help Line <helpline@tamsinrowe.com> escreveu:'
old = '''Olá Tiago,

Confirmámos com a GoodTime: o link do Teams já volta a aparecer nos convites. Se voltar a falhar, diz-nos.

Equipa interna GoodTime'''
pt = new + '\n\n' + qh + '\n\n' + quote_gt(old) + '\n'
part = mp('alternative', [leaf('text/plain', pt, 'quoted-printable', 'UTF-8', cs_quote=False), leaf('text/html', gmail_html(new, qh, old), 'quoted-printable', 'UTF-8', cs_quote=False)], b_gmail())
add(49, 'question', 'auto_reply', 'interview-templates', 'pt', 'gmail-multipart-alternative;qp-utf8;reply-on-unrelated-thread;gt-quote', 'wrong defaults every time, where to fix permanently',
    build(recv_internal(t, 2, mapi=False, delay=12) + [('Received', 'from mail-ed1-f44.google.com (209.85.208.44) by AM4PEPF00027A5F.mail.protection.outlook.com (10.167.16.73) with Microsoft SMTP Server id 15.20.8632.13; %s' % D((t + datetime.timedelta(seconds=7)).astimezone(datetime.timezone.utc)))] + recv_google(t, '') +
          [('MIME-Version', '1.0'), ('References', '<CAHt7_tiago_teams@mail.gmail.com> <CAGm9_helpline_teams_fix@mail.gmail.com>'), ('In-Reply-To', '<CAGm9_helpline_teams_fix@mail.gmail.com>'),
           ('From', 'Tiago Sousa <tiago.sousa@tamsinrowe.pt>'), ('Date', D(t)), ('Message-ID', mid_gmail()), ('Subject', 'Re: Link do Teams em falta'), ('To', HLN)], part))

# ---- 050 en q-unans Okta SCIM deprovisioning
t = T(2026, 6, 10, 16, 2, 1)
body = '''Hi,

Auditors are asking: when someone leaves and we disable them in Okta, does their GoodTime account get deprovisioned automatically (SCIM), or does someone have to remove them by hand in GoodTime? If it's manual, who does it today?

Owen

Owen Hughes
Identity & Access Management | Tech Team
Tamsin & Rowe
'''
add(50, 'question', 'forward_support', 'none', 'en', 'outlook-plain;tech-staff', 'SCIM deprovisioning, no article',
    build(recv_internal(t, 4) + [('From', 'Owen Hughes <owen.hughes@tamsinrowe.com>'), ('To', HLN), ('Subject', 'Leavers - GoodTime accounts and Okta'),
           ('Date', D(t)), ('Message-ID', mid_outlook())] + outlook_extra('Leavers - GoodTime accounts and Okta') +
          [('MIME-Version', '1.0'), ('Content-Type', 'text/plain; charset="us-ascii"'), ('Content-Transfer-Encoding', '7bit')], ([], body.encode())))

# ---- 051 en FORM MAILER question (ats-integration)
t = T(2026, 4, 22, 14, 7, 1)
txt = '''A new submission was received via the GoodTime Help Line form on the T&R intranet.

Name: Ellie Grant
Email: ellie.grant@tamsinrowe.com
Location / Team: The Tamsin Edinburgh - HR
Category: GoodTime question
Priority: Normal

Message:
I moved a candidate (Front Desk Agent, req 5533) to "Onsite Interview" in the ATS about 10 minutes ago and she's not showing in GoodTime to schedule yet. Do I also have to add her in GoodTime myself, or does it come across on its own?

Submitted: 22/04/2026 14:07 BST
Form ID: HLF-2026-0419

This message was generated automatically. Replies to this address are not monitored.
'''
h = '<html><body><table style="font-family:Segoe UI,Arial;font-size:13px">' + ''.join(
    '<tr><td style="color:#666;padding-right:12px"><b>%s</b></td><td>%s</td></tr>' % (html.escape(k), html.escape(v)) for k, v in [
        ('Name', 'Ellie Grant'), ('Email', 'ellie.grant@tamsinrowe.com'), ('Location / Team', 'The Tamsin Edinburgh - HR'), ('Category', 'GoodTime question'), ('Priority', 'Normal'),
        ('Message', 'I moved a candidate (Front Desk Agent, req 5533) to "Onsite Interview" in the ATS about 10 minutes ago and she\'s not showing in GoodTime to schedule yet. Do I also have to add her in GoodTime myself, or does it come across on its own?'),
        ('Submitted', '22/04/2026 14:07 BST'), ('Form ID', 'HLF-2026-0419')]) + '</table><p style="font-size:11px;color:#999">This message was generated automatically. Replies to this address are not monitored.</p></body></html>\n'
part = mp('alternative', [leaf('text/plain', txt, 'quoted-printable', 'utf-8'), leaf('text/html', h, 'quoted-printable', 'utf-8')], '=_formsvc_%s' % hexid(16).lower())
add(51, 'question', 'forward_support|needs_review', 'ats-integration', 'en', 'form-mailer;auto-submitted;x-auto-response-suppress;no-reply-from;reply-to', 'intranet form, candidate not yet in GoodTime after ATS move',
    build(recv_internal(t, 3) + [('From', '"T&R Intranet Forms" <no-reply-forms@tamsinrowe.com>'), ('Reply-To', 'Ellie Grant <ellie.grant@tamsinrowe.com>'), ('To', HL),
           ('Subject', '[Help Line form] New submission - GoodTime question'), ('Date', D(t)), ('Message-ID', '<formsvc.%d.%s@intranet.tamsinrowe.com>' % (int(t.timestamp()), hexid(8).lower())),
           ('Auto-Submitted', 'auto-generated'), ('X-Auto-Response-Suppress', 'All'), ('Precedence', 'auto_reply'), ('X-Mailer', 'TR-Intranet FormService 3.2'), ('MIME-Version', '1.0')], part))

# ---- 052 en blocker interviewer sick, swap fails, Outlook iOS
t = T(2026, 5, 18, 13, 1, 1)
body = '''Our Head of Housekeeping just called in sick and the candidate for Housekeeping Supervisor arrives at 13:30. Trying to swap in Joanne Price from the pool and GoodTime says "No qualified interviewers available". Joanne IS in the pool and her calendar is empty this afternoon.

Need this sorted before 13:30 please - candidate is coming from Leeds.

Nathan Price
HR Manager | The Tamsin Manchester

Get Outlook for iOS<https://aka.ms/o0ukef>
'''
add(52, 'scheduling_blocker', 'forward_support', '', 'en', 'outlook-ios;plain;mobile-sig', 'swap fails with candidate arriving in 30 min',
    build(recv_internal(t, 3) + [('From', 'Nathan Price <nathan.price@tamsinrowe.com>'), ('To', HL), ('Subject', 'Interviewer off sick - swap not working, candidate 13:30'), ('Date', D(t)),
           ('Message-ID', mid_outlook()), ('MIME-Version', '1.0'), ('Content-Type', 'text/plain; charset="us-ascii"'), ('Content-Transfer-Encoding', 'quoted-printable')], ([], quopri.encodestring(body.encode()))))

# ---- 053 de feature bilingual candidate mails, B utf-8 subject, 8bit body
t = T(2026, 3, 13, 10, 44, 1)
body = '''Hallo GoodTime-Team,

wir haben in München immer mehr Bewerberinnen und Bewerber aus dem Ausland (gerade für Housekeeping und Service). Schön wäre, wenn GoodTime die Bestätigungen automatisch in der Sprache des Kandidaten verschickt – oder zumindest Deutsch und Englisch untereinander in einer Mail, ohne dass wir dafür zwei Vorlagen pflegen und jedes Mal die richtige auswählen müssen.

Könnt ihr das bei GoodTime als Wunsch einreichen?

Viele Grüße
Sabine Krüger
Recruiting | The Tamsin München
'''
add(53, 'feature_request', 'product_board_reply', '', 'de', 'outlook-plain;8bit-utf8;rfc2047-b-utf8-subject;rfc2047-q-from', 'candidate e-mails in candidate language',
    build(recv_internal(t, 4) + [('From', addr('Sabine Krüger', 'sabine.krueger@tamsinrowe.de', 'q')), ('To', HLN), ('Subject', ew_b('Verbesserungsvorschlag: Kandidaten-Mails zweisprachig')),
           ('Date', D(t)), ('Message-ID', mid_outlook()), ('MIME-Version', '1.0'), ('Content-Type', 'text/plain; charset="utf-8"'), ('Content-Transfer-Encoding', '8bit')], ([], body.encode('utf-8'))))

# ---- 054 noise OOO without Auto-Submitted, HTML only
t = T(2026, 4, 6, 9, 0, 1)
txt = '''Hi,

I'm on annual leave until Tuesday 14 April and won't be checking email. For Revenue recruitment queries please contact Grace Whitman.

Omar Haddad
Revenue Director | Tamsin & Rowe
'''
part = leaf('text/html', mso_html(mso_lines(txt)), 'quoted-printable', 'us-ascii')
add(54, 'noise', 'ignore', '', 'en', 'out-of-office;no-auto-submitted;outlook-html-only', 'OOO without auto headers',
    build(recv_internal(t, 3) + [('From', 'Omar Haddad <omar.haddad@tamsinrowe.com>'), ('To', HLN), ('Subject', 'Annual leave: GoodTime - new interviewer pools live'),
           ('Date', D(t)), ('Message-ID', mid_outlook()), ('MIME-Version', '1.0')], part))

# ---- 055 en question interviewer-training, rambling, question in 3rd paragraph
t = T(2026, 3, 18, 21, 37, 0)
txt = '''Hi GoodTime folks,

I've just taken over the platform engineering hiring from Leo, so apologies if some of this is obvious. We've got four backend roles open and the onsite loop is coding, system design, and a values chat with someone from the hotels side, which I'm told is a bit unusual for a tech team but I like it.

The loop itself is fine in GoodTime as far as I can tell – Leo set up the template and it seems to pick sensible people. The only thing I'd change is that the values chat sometimes lands before the coding round, but that's a separate conversation.

What I actually need: two senior engineers (Ana and Kofi) joined last month and I want them to sit in on a few system design interviews first, then run a couple with me watching, before they're let loose on their own. How do I get GoodTime to do that without me hand-adding them to every invite?

Thanks,
Nadia

--
Nadia Okonkwo
Engineering Manager, Platform | Tech Team
Tamsin & Rowe
'''
part = mp('alternative', [leaf('text/plain', txt, 'quoted-printable', 'windows-1252'), leaf('text/html', mso_html(mso_lines(txt)), 'quoted-printable', 'windows-1252')], b_outlook())
add(55, 'question', 'auto_reply', 'interviewer-training', 'en', 'outlook-multipart-alternative;rambling;question-in-third-paragraph;night', 'shadow then reverse shadow for new seniors',
    build(recv_internal(t, 4) + [('From', 'Nadia Okonkwo <nadia.okonkwo@tamsinrowe.com>'), ('To', HLN), ('Subject', 'New interviewers for system design'),
           ('Date', D(t)), ('Message-ID', mid_outlook())] + outlook_extra('New interviewers for system design') + [('MIME-Version', '1.0')], part))

# ---- 056 es question conference-links, Thunderbird QP iso-8859-1 format=flowed
t = T(2026, 3, 27, 10, 21, 1)
body = '''Hola,

en la oficina de Barcelona no tenemos licencias de Zoom, usamos Google 
Meet. Pero todas las entrevistas que programo en GoodTime salen con 
enlace de Zoom y luego tengo que cambiarlo a mano en cada invitación.

¿Cómo hago para que salgan con Meet? ¿Lo puedo cambiar yo o tiene que 
ser alguien de sistemas?

Gracias,
Irene

-- 
Irene Castillo
Coordinadora de Selección - Barcelona
Tamsin & Rowe Hoteles España
'''
add(56, 'question', 'auto_reply', 'conference-links', 'es', 'thunderbird-plain;qp-iso-8859-1;format-flowed;rfc2047-q-iso-8859-1-subject', 'Zoom links but office uses Meet',
    build(recv_internal(t, 2, mapi=False, delay=12) + [('Received', 'from mail-wr1-f45.google.com (209.85.221.45) by AM4PEPF00027A6C.mail.protection.outlook.com (10.167.16.80) with Microsoft SMTP Server id 15.20.8632.13; %s' % D((t + datetime.timedelta(seconds=7)).astimezone(datetime.timezone.utc)))] + recv_google(t, '') +
          auth('tamsinrowe.es', '209.85.221.45', 'google', t, arc=False) +
          [('Message-ID', '<%s@tamsinrowe.es>' % uid().lower()), ('Date', D(t)), ('MIME-Version', '1.0'), ('User-Agent', 'Mozilla Thunderbird'), ('Content-Language', 'es-ES'),
           ('To', HL), ('From', 'Irene Castillo <irene.castillo@tamsinrowe.es>'), ('Subject', ew_q('Enlaces de Zoom en vez de Meet en las entrevistas', 'iso-8859-1')),
           ('Content-Type', 'text/plain; charset=ISO-8859-1; format=flowed'), ('Content-Transfer-Encoding', 'quoted-printable')], ([], quopri.encodestring(body.encode('iso-8859-1')))))

# ---- 057 en bug dashboard zeros, subject "quick q", Apple Mail multipart
t = T(2026, 4, 9, 8, 26, 1)
txt = '''Hiya,

quick q re the reporting dashboard – "interviews by location" shows 0 for Edinburgh and Glasgow for the whole of March. We definitely did around 45 between the two hotels (I have the calendars to prove it). February looks normal, April so far looks normal. Filter is on All interviewers / All jobs.

Is something broken or am I reading it wrong? Need the numbers for the ops review on Monday.

Ross

Ross Campbell
HR Manager – Scotland
Tamsin & Rowe
'''
part = mp('alternative', [leaf('text/plain', txt, 'quoted-printable', 'utf-8'), leaf('text/html', apple_html(txt), 'quoted-printable', 'utf-8')], b_apple())
add(57, 'bug', 'forward_support', '', 'en', 'apple-mail-multipart-alternative;qp-utf8;misleading-subject', 'report shows zero interviews for March',
    build(recv_internal(t, 4) + [('From', 'Ross Campbell <ross.campbell@tamsinrowe.com>'), ('Content-Type', 'multipart/alternative;\n\tboundary="%s"' % part[0][0][1].split('"')[1]),
           ('Mime-Version', '1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))'), ('Subject', 'quick q re dashboard'), ('Date', D(t)), ('Message-Id', mid_apple()), ('To', HL),
           ('X-Mailer', 'Apple Mail (2.3826.400.131.1.6)')], ([], part[1])))

# ---- 058 en feature, Outlook forward block (interviewer feedback)
t = T(2026, 5, 22, 11, 3, -4)
new = '''Forwarding Jordan's feedback below – I think it's a fair ask for GoodTime. Every property has its own staff entrance / parking situation and I end up typing it into the note on every confirmation.

Amy
'''
old = '''Amy,

Third candidate this month who went to the hotel lobby instead of the back-of-house door on Mott St and was 15 minutes late to the kitchen interview. Could the confirmation email just automatically include "where to go" for each location – staff entrance, parking, who to ask for – instead of us adding it by hand?

Jordan Reyes
General Manager | Rowe Kitchen Soho
'''
pt = new + '\n________________________________\nFrom: Jordan Reyes <jordan.reyes@tamsinrowe.com>\nSent: Thursday, May 21, 2026 6:47 PM\nTo: Amy Liu <amy.liu@tamsinrowe.com>\nSubject: candidates going to the wrong door\n\n' + old
inner = mso_lines(new) + '\n' + mso_sep('Jordan Reyes <jordan.reyes@tamsinrowe.com>', 'Thursday, May 21, 2026 6:47 PM', 'Amy Liu <amy.liu@tamsinrowe.com>', 'candidates going to the wrong door') + mso_lines(old)
part = mp('alternative', [leaf('text/plain', pt, 'quoted-printable', 'windows-1252'), leaf('text/html', mso_html(inner, 'windows-1252', 'EN-US'), 'quoted-printable', 'windows-1252')], b_outlook())
add(58, 'feature_request', 'product_board_reply', '', 'en', 'outlook-multipart-alternative;outlook-forward-block;resembles-itinerary-article', 'per-location arrival info on confirmations',
    build(recv_internal(t, 4, 'namprd11') + [('From', 'Amy Liu <amy.liu@tamsinrowe.com>'), ('To', HLN), ('Subject', 'FW: candidates going to the wrong door'),
           ('Date', D(t)), ('Message-ID', mid_outlook('namprd11'))] + outlook_extra('candidates going to the wrong door', 'en-US') + [('MIME-Version', '1.0')], part))

# ---- 059 fr noise OOO with Auto-Submitted, QP iso-8859-1, Q subject split
t = T(2026, 4, 27, 7, 0, 2)
body = '''Bonjour,

Je suis absent du bureau jusqu'au lundi 4 mai inclus, avec un accès limité à mes e-mails.
Pour toute question urgente concernant le recrutement en cuisine à Lyon, merci de contacter Julien Lefèvre (julien.lefevre@tamsinrowe.com).

Cordialement,
Nicolas Roux
Chef exécutif - Brasserie Rowe Lyon
'''
subj = ew_q('Réponse automatique : [Help line] Rappel : perma', 'iso-8859-1') + '\n ' + ew_q('nence GoodTime jeudi', 'iso-8859-1')
add(59, 'noise', 'ignore', '', 'fr', 'out-of-office;auto-submitted;qp-iso-8859-1;rfc2047-q-split-mid-word', 'French OOO',
    build(recv_internal(t, 3) + [('From', 'Nicolas Roux <nicolas.roux@tamsinrowe.com>'), ('To', HLN), ('Subject', subj), ('Date', D(t)), ('Message-ID', mid_outlook()),
           ('In-Reply-To', mid_outlook()), ('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All'), ('Content-Language', 'fr-FR'),
           ('MIME-Version', '1.0'), ('Content-Type', 'text/plain; charset="iso-8859-1"'), ('Content-Transfer-Encoding', 'quoted-printable')], ([], quopri.encodestring(body.encode('iso-8859-1')))))

# ---- 060 pt question interviewer-load-balancing, iPhone QP utf-8
t = T(2026, 5, 25, 8, 41, 1)
body = '''Bom dia,

acabam sempre escolhidos os mesmos três chefes para todas as entrevistas de cozinha, e os outros quatro do grupo quase nunca. Os três já se queixaram.

Dá para pôr um máximo de 2 entrevistas por semana por pessoa e o resto ir para os outros?

Obrigado

Miguel Santos
Diretor de F&B – Lisboa

Enviado do meu iPhone
'''
add(60, 'question', 'auto_reply', 'interviewer-load-balancing', 'pt', 'iphone-plain;qp-utf8;mobile-sig', 'same chefs always picked, cap per week',
    build(recv_internal(t, 3) + [('Content-Type', 'text/plain;\n\tcharset=utf-8'), ('Content-Transfer-Encoding', 'quoted-printable'),
           ('From', 'Miguel Santos <miguel.santos@tamsinrowe.pt>'), ('Mime-Version', '1.0 (1.0)'), ('Subject', ew_b('Sempre os mesmos chefes nas entrevistas', 'iso-8859-1')),
           ('Message-Id', mid_apple('tamsinrowe.pt')), ('Date', D(t)), ('To', HL), ('X-Mailer', 'iPhone Mail (22E240)')], ([], quopri.encodestring(body.encode('utf-8')))))

# ---- 061 en escalation seats / renewal, Outlook HTML-only
t = T(2026, 5, 28, 15, 12, -4)
txt = '''Hi,

We’re paying for 250 GoodTime seats and the admin page shows 143 active users. Renewal is 31 August and Finance has asked me to come back with a right-sizing proposal by the end of June.

We’d also like to understand what it would cost to add the Porto and Tenerife seasonal coordinators for four months only, rather than carrying those seats all year.

Could you get time with GoodTime’s customer success manager for me, Priya Shah from Finance and Dana? Any day in the week of 8 June works.

Thanks,
Grace

Grace Whitman
Recruiting Operations Manager – Americas
Tamsin & Rowe Hospitality Group | 212-555-0163
'''
part = leaf('text/html', mso_html(mso_lines(txt) + '\n<p class="MsoNormal" style="font-size:7.0pt;color:gray">' + html.escape(DISC_EN) + '<o:p></o:p></p>', 'windows-1252', 'EN-US'), 'quoted-printable', 'windows-1252')
add(61, 'escalation', 'flag_csm', '', 'en', 'outlook-html-only;qp-windows-1252;disclaimer-urgent-immediately-error', 'seat right-sizing and renewal',
    build(recv_internal(t, 5, 'namprd11') + [('From', 'Grace Whitman <grace.whitman@tamsinrowe.com>'), ('To', HLN), ('CC', 'Dana Whitfield <dana.whitfield@tamsinrowe.com>'),
           ('Subject', 'GoodTime seats vs. active users – renewal in August'), ('Date', D(t)), ('Message-ID', mid_outlook('namprd11'))] + outlook_extra('GoodTime seats vs. active users – renewal in August', 'en-US') + [('MIME-Version', '1.0')], part))

# ---- 062 en blocker self-scheduling link expired, iPhone reply on unrelated thread
t = T(2026, 4, 22, 11, 26, -4)
body = '''Different issue - candidate for AGM at Rowe Kitchen Soho is on the phone with me right now, her self-scheduling link says "This link has expired". I sent it an hour ago. She has to book today because the GM flies out tomorrow and the slots are going. can someone fix or resend??

Amy

Sent from my iPhone

> On Apr 21, 2026, at 4:40 PM, GoodTime Help Line <helpline@tamsinrowe.com> wrote:
>
> Hi Amy, Mei and Carlos are now both in the "FOH Manager - NYC" pool as qualified.
>
> GoodTime internal project team
'''
add(62, 'scheduling_blocker', 'forward_support', '', 'en', 'iphone-plain;reply-on-unrelated-thread;gt-quote;mobile-sig', 'candidate on phone, link expired',
    build(recv_internal(t, 3, 'namprd11') + [('Content-Type', 'text/plain;\n\tcharset=us-ascii'), ('Content-Transfer-Encoding', '7bit'), ('From', 'Amy Liu <amy.liu@tamsinrowe.com>'),
           ('Mime-Version', '1.0 (1.0)'), ('Subject', 'Re: FOH manager pool NYC'), ('Date', D(t)), ('Message-Id', mid_apple()), ('In-Reply-To', mid_outlook()), ('To', HLN),
           ('X-Mailer', 'iPhone Mail (22D82)')], ([], body.encode())))

# ---- 063 de bug HIGH IMPACT privacy, Outlook base64 utf-8, B iso-8859-1 subject, long
t = T(2026, 6, 3, 16, 48, 2)
txt = '''Hallo zusammen,

heute haben sich zwei Kandidaten für die Rezeption im Hotel Hamburg gemeldet: In ihrer Bestätigungs-Mail aus GoodTime standen Name, Telefonnummer und der Link zum Lebenslauf eines ANDEREN Bewerbers. Ich habe beide Mails als Screenshot gesehen, es sind jeweils unterschiedliche fremde Kandidaten.

Wir wissen nicht, ob das nur Hamburg betrifft oder alle deutschen Vorlagen. Das ist ein Datenschutzvorfall, wir müssen innerhalb von 72 Stunden bewerten, ob wir das melden. Ich habe den Versand der Bestätigungen für Hamburg vorerst gestoppt.

Bitte sofort an GoodTime geben und auch an die Person dort, die unseren Account betreut – wir brauchen schnell eine Aussage, wie viele Mails betroffen sind.

Thomas Richter
Recruiting Operations & Datenschutzkoordination
Tamsin & Rowe Hotels Deutschland GmbH

''' + DISC_DE + '\n'
part = mp('alternative', [leaf('text/plain', txt, 'base64', 'utf-8'), leaf('text/html', mso_html(mso_lines(txt), 'utf-8', 'DE'), 'base64', 'utf-8')], b_outlook())
subj = ew_b('Datenschutzvorfall: fremde Bewerberdaten in Bestätigungsmail', 'iso-8859-1') + '\n ' + ew_b(' aus GoodTime - dringend', 'iso-8859-1')
add(63, 'bug', 'forward_support+flag_csm', '', 'de', 'outlook-multipart-alternative;base64-utf8;rfc2047-b-iso-8859-1-subject;long-folded-subject;disclaimer-sofort', 'confirmation leaks other candidate data',
    build(recv_internal(t, 6) + auth('tamsinrowe.de', '40.107.22.104', 'selector1', t) + [('From', 'Thomas Richter <thomas.richter@tamsinrowe.de>'), ('To', HLN),
           ('Subject', subj), ('Date', D(t)), ('Message-ID', mid_outlook()), ('Importance', 'high')] + outlook_extra('Datenschutzvorfall', 'de-DE') + [('MIME-Version', '1.0')], part))

# ---- 064 noise ServiceNow ticket resolved notification, no Message-ID
t = T(2026, 3, 20, 2, 12, 0)
txt = '''Tamsin & Rowe IT Service Desk

Your incident INC0048213 has been resolved.

Short description: Docking station not detected - help line shared laptop (HO 3rd floor)
Resolution notes: Replaced USB-C dock, firmware updated. Tested with user.
Resolved by: Tech Team - Service Desk L1

If you feel this incident has not been resolved, you can reopen it within 5 days by replying with "reopen". Otherwise it will close automatically.

Ref:MSG4471902
'''
add(64, 'noise', 'ignore', '', 'en', 'ticket-system-notification;auto-submitted;no-message-id;night', 'IT ticket resolved notice, no action',
    build(recv_internal(t, 4) + [('From', '"T&R IT Service Desk" <servicedesk-noreply@tamsinrowe.com>'), ('To', HL), ('Subject', 'INC0048213 has been resolved - Docking station not detected'),
           ('Date', D(t)), ('Auto-Submitted', 'auto-generated'), ('X-ServiceNow-Generated', 'true'), ('X-Auto-Response-Suppress', 'All'),
           ('MIME-Version', '1.0'), ('Content-Type', 'text/plain; charset=UTF-8'), ('Content-Transfer-Encoding', '7bit')], ([], txt.encode())))

# ---- 065 es question product-board, Gmail base64 utf-8 + 7 Received
t = T(2026, 5, 12, 13, 55, 2)
new = '''Hola,

después de unos meses usando GoodTime con las pruebas de cocina tengo varias ideas que creo que ayudarían a otros chefs también. Me han dicho que hay un sitio donde la gente propone mejoras y las vota, pero no sé cuál es ni cómo se entra.

¿Me podéis decir dónde se proponen estas cosas?

Gracias,
Pablo Ortega
Chef Ejecutivo – Madrid'''
part = mp('alternative', [leaf('text/plain', new + '\n', 'base64', 'UTF-8', cs_quote=False), leaf('text/html', gmail_html(new), 'base64', 'UTF-8', cs_quote=False)], b_gmail())
add(65, 'question', 'auto_reply', 'product-board', 'es', 'gmail-multipart-alternative;base64-utf8;7-received;dkim;arc;auth-results', 'where to submit and vote on ideas',
    build(recv_external(t, 'mail-ej1-f53.google.com', '209.85.218.53', 4) + recv_google(t, '') + auth('tamsinrowe.es', '209.85.218.53', 'google', t) +
          [('MIME-Version', '1.0'), ('From', 'Pablo Ortega <pablo.ortega@tamsinrowe.es>'), ('Date', D(t)), ('Message-ID', mid_gmail()), ('Subject', 'Ideas para GoodTime'), ('To', HL)], part))

# ---- 066 en feature, reply-all on a thread with a coordinator, helpline cc'd
t = T(2026, 5, 6, 15, 20, 1)
new = '''Thanks Priya, all sorted with her, she's coming back Monday.

Separate thing while I've got you both – any chance GoodTime could let the candidate pick their tasting day AND the interview slot in one go? Right now we agree the tasting date by email and then the interview goes through GoodTime, so it's always two conversations and half the time they don't line up. Worth asking GoodTime?

Tom
'''
old = '''Hi Tom,

Support found it – the interview had been cancelled by a sync from the ATS when Priyanka's application was moved by mistake. I've rebooked her for Monday 11 May, 10:30, same panel, and she has her confirmation.

Priya'''
pt = new + '\nFrom: Priya Raman <priya.raman@tamsinrowe.com>\nSent: 06 May 2026 14:52\nTo: Tom Ashworth <tom.ashworth@tamsinrowe.com>\nCc: GoodTime Help Line <helpline@tamsinrowe.com>\nSubject: RE: Candidate here NOW - no interview showing\n\n' + old + '\n'
inner = mso_lines(new) + '\n' + mso_sep('Priya Raman <priya.raman@tamsinrowe.com>', '06 May 2026 14:52', 'Tom Ashworth <tom.ashworth@tamsinrowe.com>', 'RE: Candidate here NOW - no interview showing', cc='GoodTime Help Line <helpline@tamsinrowe.com>') + mso_lines(old)
part = mp('alternative', [leaf('text/plain', pt, 'quoted-printable', 'windows-1252'), leaf('text/html', mso_html(inner), 'quoted-printable', 'windows-1252')], b_outlook())
add(66, 'feature_request', 'product_board_reply', '', 'en', 'outlook-multipart-alternative;reply-all;outlook-quote-block;second-topic-on-thread', 'combine tasting day and interview booking',
    build(recv_internal(t, 4) + [('From', 'Tom Ashworth <tom.ashworth@tamsinrowe.com>'), ('To', 'Priya Raman <priya.raman@tamsinrowe.com>'), ('CC', HLN),
           ('Subject', 'RE: Candidate here NOW - no interview showing'), ('Date', D(t)), ('Message-ID', mid_outlook()), ('In-Reply-To', mid_outlook()), ('References', mid_outlook() + ' ' + mid_outlook())]
          + outlook_extra('Candidate here NOW - no interview showing') + [('MIME-Version', '1.0')], part))

# ---- 067 fr escalation training + process, Outlook HTML-only QP cp1252
t = T(2026, 3, 10, 17, 5, 1)
txt = '''Bonjour,

Nous avons accueilli huit nouvelles coordinatrices et coordinateurs recrutement à Paris depuis janvier, et franchement l’équipe est perdue avec GoodTime : la moitié des entretiens est encore organisée à la main par e-mail et par téléphone, chacun a sa méthode, et les managers des hôtels ne savent plus quelle invitation croire.

Je souhaiterais qu’on organise avec GoodTime une vraie session de formation pour toute l’équipe parisienne (idéalement en français), et dans la foulée un atelier pour revoir notre façon de planifier les recrutements saisonniers, qui commencent en avril.

Pouvez-vous voir ça avec notre contact chez GoodTime ?

Bien cordialement,

Antoine Girard
Directeur – The Tamsin Paris Opéra
Tamsin & Rowe France SAS
'''
part = leaf('text/html', mso_html(mso_lines(txt) + '\n<p class="MsoNormal" style="font-size:7.0pt;color:gray">' + html.escape(DISC_FR) + '<o:p></o:p></p>', 'windows-1252', 'FR'), 'quoted-printable', 'windows-1252')
add(67, 'escalation', 'flag_csm', '', 'fr', 'outlook-html-only;qp-windows-1252;disclaimer', 'team training and seasonal process workshop',
    build(recv_internal(t, 4) + [('From', 'Antoine Girard <antoine.girard@tamsinrowe.com>'), ('To', HLN), ('Subject', 'Formation GoodTime pour l’équipe recrutement Paris'),
           ('Date', D(t)), ('Message-ID', mid_outlook())] + outlook_extra('Formation GoodTime pour l’équipe recrutement Paris', 'fr-FR') + [('MIME-Version', '1.0')], part))

# ---- 068 en bug cancelled but invites stay, winmail.dat
t = T(2026, 4, 14, 9, 9, 1)
body = '''Hi,

I cancelled the Revenue Analyst interview with James Whitaker in GoodTime yesterday afternoon (he withdrew), but the invite is still sitting in my calendar and in Grace's and Leo's. GoodTime shows the interview as cancelled.

Should I just delete them by hand? Doesn't feel like that's how it's meant to work, and I don't want a room held for nothing on Thursday.

Omar
'''
part = mp('mixed', [leaf('text/plain', body, 'quoted-printable', 'us-ascii'),
                    leaf('application/ms-tnef', tnef(), 'base64', params='; name="winmail.dat"', disp='attachment; filename="winmail.dat"')], b_outlook_mixed())
add(68, 'bug', 'forward_support', '', 'en', 'outlook-rtf;winmail-dat;multipart-mixed', 'cancelled interview stays on calendars',
    build(recv_internal(t, 4) + [('From', 'Omar Haddad <omar.haddad@tamsinrowe.com>'), ('To', HLN), ('Subject', 'Cancelled interview still in calendars'),
           ('Date', D(t)), ('Message-ID', mid_outlook())] + [x for x in outlook_extra('Cancelled interview still in calendars', attach=True) if x[0] != 'X-MS-TNEF-Correlator'] + [('X-MS-TNEF-Correlator', '<%s@tamsinrowe.com>' % hexid(16)), ('MIME-Version', '1.0')], part))

# ---- 069 en question contact-csm without the letters CSM
t = T(2026, 3, 12, 8, 33, 0)
txt = '''Hi both,

I keep hearing that we have a named person at GoodTime who looks after our account – not Support, the person for the bigger-picture stuff. I'd like to get 30 minutes with them before the summer.

I don't have any contact details for them. How do I reach them?

Thanks,
Fiona

Fiona McLeod
VP People | Tamsin & Rowe Hospitality Group
'''
part = mp('alternative', [leaf('text/plain', txt, 'quoted-printable', 'windows-1252'), leaf('text/html', mso_html(mso_lines(txt)), 'quoted-printable', 'windows-1252')], b_outlook())
add(69, 'question', 'auto_reply', 'contact-csm', 'en', 'outlook-multipart-alternative;no-csm-letters', 'how to reach our account person',
    build(recv_internal(t, 4) + [('From', 'Fiona McLeod <fiona.mcleod@tamsinrowe.com>'), ('To', HLN), ('Subject', 'Who looks after us at GoodTime?'),
           ('Date', D(t)), ('Message-ID', mid_outlook())] + outlook_extra('Who looks after us at GoodTime?') + [('MIME-Version', '1.0')], part))

# ---- 070 en question permissions-roles, Outlook iOS lowercase
t = T(2026, 4, 17, 17, 52, -5)
body = '''hey - Jess showed me how to reschedule from the interview page but when I log in I don't have that button at all, I just see my own interviews. is that a setting on my account or am I looking in the wrong place? thx

Jordan

Get Outlook for iOS<https://aka.ms/o0ukef>
'''
add(70, 'question', 'auto_reply', 'permissions-roles', 'en', 'outlook-ios;plain;lowercase;mobile-sig', 'missing reschedule button for a GM',
    build(recv_internal(t, 3, 'namprd11') + [('From', 'Jordan Reyes <jordan.reyes@tamsinrowe.com>'), ('To', HL), ('Subject', 'no reschedule button?'), ('Date', D(t)),
           ('Message-ID', mid_outlook('namprd11')), ('MIME-Version', '1.0'), ('Content-Type', 'text/plain; charset="us-ascii"'), ('Content-Transfer-Encoding', 'quoted-printable')], ([], quopri.encodestring(body.encode()))))

# ---- 071 pt noise OOO base64 utf-8 with Auto-Submitted
t = T(2026, 6, 8, 6, 30, 1)
txt = '''Olá,

Estou de férias até dia 22 de junho, sem acesso ao email.
Para assuntos urgentes de recrutamento no Porto, por favor contacte a Beatriz Costa (beatriz.costa@tamsinrowe.com).

Obrigado,
João Pereira
'''
part = mp('alternative', [leaf('text/plain', txt, 'base64', 'utf-8'), leaf('text/html', mso_html(mso_lines(txt), 'utf-8', 'PT'), 'base64', 'utf-8')], b_outlook())
add(71, 'noise', 'ignore', '', 'pt', 'out-of-office;auto-submitted;base64-utf8;rfc2047-q-from', 'Portuguese OOO',
    build(recv_internal(t, 3) + [('From', addr('João Pereira', 'joao.pereira@tamsinrowe.pt', 'q')), ('To', HLN),
           ('Subject', 'Resposta automática: [Help line] Novidades GoodTime – junho'), ('Date', D(t)), ('Message-ID', mid_outlook()),
           ('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All'), ('Content-Language', 'pt-PT'), ('MIME-Version', '1.0')], part))

# ---- 072 en FORM/TICKET blocker via Jira Service Management, long folded subject
t = T(2026, 5, 14, 13, 36, 1)
txt = '''—-—-—-—-—-—-—-—-—-—-—-—-—-—-—-—-—-—-—-—-—-
Reply above this line.

Carla Mendes raised ITSD-20931 via the IT help portal:

GoodTime not loading for anyone at the hotel - interview at 14:00

Request type: Application access problem
Application: GoodTime
Location: The Tamsin Lisboa - Front Office
Urgency: Critical - blocking work now

Description:
GoodTime doesn't load for anyone here, just "Something went wrong. Please try again later." on Chrome and Edge. We have a video interview for a Guest Relations Agent at 14:00 Lisbon time (in 25 minutes) and the link is only in GoodTime - the interviewer deleted the calendar invite by mistake. Candidate: Beatriz Lopes. Please help!

Assigned to: GoodTime Help Line

View request · Turn off this request's notifications
This is shared with Carla Mendes.

Powered by Jira Service Management
'''
h = '<html><body style="font-family:-apple-system,Segoe UI,Arial;font-size:14px"><div style="color:#97a0af;font-size:12px">&mdash; Reply above this line.</div><p><b>Carla Mendes</b> raised <a href="https://tamsinrowe.atlassian.net/servicedesk/customer/portal/4/ITSD-20931">ITSD-20931</a> via the IT help portal:</p><h3>GoodTime not loading for anyone at the hotel - interview at 14:00</h3><table><tr><td>Request type</td><td>Application access problem</td></tr><tr><td>Location</td><td>The Tamsin Lisboa - Front Office</td></tr><tr><td>Urgency</td><td>Critical - blocking work now</td></tr></table><p>GoodTime doesn&#39;t load for anyone here, just &quot;Something went wrong. Please try again later.&quot; on Chrome and Edge. We have a video interview for a Guest Relations Agent at 14:00 Lisbon time (in 25 minutes) and the link is only in GoodTime - the interviewer deleted the calendar invite by mistake. Candidate: Beatriz Lopes. Please help!</p><p>Assigned to: GoodTime Help Line</p><p style="color:#97a0af;font-size:11px">Powered by Jira Service Management</p></body></html>\n'
part = mp('alternative', [leaf('text/plain', txt, 'quoted-printable', 'UTF-8', cs_quote=False), leaf('text/html', h, 'quoted-printable', 'UTF-8', cs_quote=False)], '----=_Part_%d_%d.%d' % (R.randint(10**5, 10**6), R.randint(10**8, 10**9), R.randint(10**12, 10**13)))
add(72, 'scheduling_blocker', 'forward_support|needs_review', '', 'en', 'ticket-system;form-mailer;auto-submitted;x-auto-response-suppress;long-folded-subject;dkim;auth-results', 'Jira ticket, GoodTime down with interview in 25 min',
    build(recv_external(t, 'eu-central-1.smtp.atlassian-mail.com', '18.184.203.71', 3) + auth('tamsinrowe.atlassian.net', '18.184.203.71', 's1', t, arc=False) +
          [('From', '"Carla Mendes (T&R IT Service Desk)" <jira@tamsinrowe.atlassian.net>'), ('Reply-To', 'jira@tamsinrowe.atlassian.net'), ('To', HL),
           ('Subject', '[JIRA] (ITSD-20931) GoodTime not loading for anyone at the hotel -\n interview at 14:00'), ('Date', D(t)),
           ('Message-ID', '<JIRA.104471.%d000@Atlassian.JIRA>' % int(t.timestamp())), ('Auto-Submitted', 'auto-generated'), ('X-Auto-Response-Suppress', 'All'),
           ('X-JIRA-FingerPrint', hexid(32).lower()), ('Precedence', 'bulk'), ('MIME-Version', '1.0')], part))

# ---- 073 es q-unans interface in Spanish, Outlook Android
t = T(2026, 4, 10, 19, 2, 0)
body = '''Hola, ¿se puede poner GoodTime en español? Dos de mis coordinadores no se manejan bien con el inglés y se lían con los botones y los menús.

Gracias

Rocío Vega
Coordinadora – The Tamsin Tenerife

Obtener Outlook para Android<https://aka.ms/AAb9ysg>
'''
add(73, 'question', 'forward_support', 'none', 'es', 'outlook-android;qp-utf8;mobile-sig;rfc2047-b-from', 'interface language, no article',
    build(recv_internal(t, 3) + [('From', addr('Rocío Vega', 'rocio.vega@tamsinrowe.com', 'b')), ('To', HL), ('Subject', ew_q('GoodTime en español')), ('Date', D(t)),
           ('Message-ID', mid_outlook()), ('MIME-Version', '1.0'), ('Content-Type', 'text/plain; charset="utf-8"'), ('Content-Transfer-Encoding', 'quoted-printable')], ([], quopri.encodestring(body.encode('utf-8')))))

# ---- 074 en escalation + live fault, graduate assessment centre
t = T(2026, 6, 1, 7, 48, 1)
txt = '''Hi,

I'm writing this one as a complaint rather than a support request.

This is the third graduate assessment centre in a row where GoodTime has let us down. Today 60 graduates are due at head office from 09:30 and their confirmations say 08:30 – the same one-hour error as in April and May, which both times Support told us was fixed. We are one of the biggest graduate employers in UK hospitality; candidates are posting about it, and I'm being asked by the board whether we should keep using GoodTime for the programme at all.

I'd like GoodTime's customer success manager to own this: a call this week, a root cause and a written plan before the September intake. I'm not interested in another ticket number.

And for today: please get Support on it now – we need corrected confirmations out to all 60 before 08:30.

Sophie Turner
Graduate Programme Lead | Tamsin & Rowe Hospitality Group
M +44 7700 900655

''' + DISC_EN + '\n'
part = mp('alternative', [leaf('text/plain', txt, 'quoted-printable', 'windows-1252'), leaf('text/html', mso_html(mso_lines(txt)), 'quoted-printable', 'windows-1252')], b_outlook())
add(74, 'escalation', 'flag_csm+forward_support', '', 'en', 'outlook-multipart-alternative;qp-windows-1252;disclaimer-urgent-immediately-error', 'complaint, third incident, wants CSM; live wrong times today',
    build(recv_internal(t, 5) + [('From', 'Sophie Turner <sophie.turner@tamsinrowe.com>'), ('To', HLN), ('CC', 'Rachel Stein <rachel.stein@tamsinrowe.com>'),
           ('Subject', 'Graduate assessment centre – wrong times AGAIN'), ('Date', D(t)), ('Message-ID', mid_outlook()), ('Importance', 'high')] + outlook_extra('Graduate assessment centre – wrong times AGAIN') + [('MIME-Version', '1.0')], part))

# ---- 075 noise calendar decline
t = T(2026, 5, 19, 8, 15, 1)
txt = '''Declined - clashes with the Manchester weekly ops meeting, sorry. Will catch the recording.
'''
cal = ics('REPLY', 'Declined: GoodTime refresher – coordinators EMEA', '20260521T090000Z', '20260521T094500Z', ('GoodTime Help Line', HL), [], 'help-refresher-emea-0521', 'DECLINED', 'nathan.price@tamsinrowe.com')
part = mp('alternative', [leaf('text/plain', txt, 'quoted-printable', 'us-ascii'), leaf('text/calendar', cal, 'base64', 'utf-8', params='; method=REPLY')], b_outlook())
add(75, 'noise', 'ignore', '', 'en', 'calendar-decline;text-calendar-reply', 'declined meeting notice with short note',
    build(recv_internal(t, 3) + [('From', 'Nathan Price <nathan.price@tamsinrowe.com>'), ('To', HLN), ('Subject', 'Declined: GoodTime refresher – coordinators EMEA'),
           ('Date', D(t)), ('Message-ID', mid_outlook()), ('MIME-Version', '1.0')], part))

# ---- 076 de q-unans data retention, base64 iso-8859-1, msgid no brackets
t = T(2026, 5, 6, 11, 57, 2)
body = '''Hallo,

der Betriebsrat in Berlin fragt, wie lange Bewerberdaten in GoodTime gespeichert bleiben, nachdem wir jemandem abgesagt haben, und ob wir die nach sechs Monaten selbst löschen können oder das GoodTime macht.

Weißt du da was, oder an wen muss ich mich damit wenden?

Danke und Gruß
Katrin
'''
add(76, 'question', 'forward_support', 'none', 'de', 'outlook-plain;base64-iso-8859-1;message-id-no-brackets', 'candidate data retention, no article',
    build(recv_internal(t, 4) + [('From', 'Katrin Hoffmann <katrin.hoffmann@tamsinrowe.de>'), ('To', HLN), ('Subject', ew_q('Löschfristen Bewerberdaten in GoodTime?', 'iso-8859-1')),
           ('Date', D(t)), ('Message-ID', '%s@AM0PR04MB7712.eurprd04.prod.outlook.com' % hexid(28)), ('MIME-Version', '1.0'),
           ('Content-Type', 'text/plain; charset="iso-8859-1"'), ('Content-Transfer-Encoding', 'base64')], ([], base64.encodebytes(body.encode('iso-8859-1')))))

# ---- 077 en feature self-swap, terse
t = T(2026, 3, 19, 23, 4, 0)
body = '''feature idea: let interviewers hand an interview off to someone else in the same pool themselves, without pinging the coordinator. e.g. I can't make thurs, I pick Dave who's free that slot, done, candidate doesn't notice anything. would cut a LOT of slack noise on our side

leo
'''
add(77, 'feature_request', 'product_board_reply', '', 'en', 'plain;lowercase;terse;night', 'interviewer self-swap within pool',
    build(recv_internal(t, 3) + [('From', 'Leo Martins <leo.martins@tamsinrowe.com>'), ('To', HL), ('Subject', 'idea'), ('Date', D(t)), ('Message-ID', mid_apple()),
           ('MIME-Version', '1.0'), ('Content-Type', 'text/plain; charset=utf-8; format=flowed'), ('Content-Transfer-Encoding', '7bit'), ('User-Agent', 'Mozilla Thunderbird')], ([], body.encode()), crlf=False))

# ---- 078 fr blocker room taken, iPhone
t = T(2026, 5, 26, 10, 46, 2)
body = '''Entretien dans 15 min à l'hôtel Paris Opéra, salle Haussmann : il y a une réunion commerciale dedans alors que GoodTime l'a réservée pour nous, et la candidate arrive. Aucune autre salle ne s'affiche comme libre dans GoodTime.

Vous pouvez m'aider vite ?

Camille

Envoyé de mon iPhone
'''
add(78, 'scheduling_blocker', 'forward_support', '', 'fr', 'iphone-plain;qp-utf8;rfc2047-q-utf8-subject;mobile-sig', 'room occupied, interview in 15 min',
    build(recv_internal(t, 3) + [('Content-Type', 'text/plain;\n\tcharset=utf-8'), ('Content-Transfer-Encoding', 'quoted-printable'),
           ('From', 'Camille Dubois <camille.dubois@tamsinrowe.com>'), ('Mime-Version', '1.0 (1.0)'), ('Subject', ew_q('Salle occupée – entretien dans 15 min')),
           ('Message-Id', mid_apple()), ('Date', D(t)), ('To', HL), ('X-Mailer', 'iPhone Mail (22E240)')], ([], quopri.encodestring(body.encode('utf-8')))))

# ---- 079 pt escalation licences + contract, Outlook HTML-only cp1252
t = T(2026, 4, 16, 10, 4, 1)
txt = '''Bom dia,

Com a abertura do The Tamsin Porto em setembro vamos ter mais 10 coordenadores a usar o GoodTime a partir de junho, e neste momento não temos licenças para eles.

Além disso, a direção financeira em Lisboa quer rever o contrato com a GoodTime antes da renovação – há dúvidas sobre se faz sentido pagar as licenças de Portugal pelo contrato do Reino Unido.

Podem marcar uma reunião com a pessoa da GoodTime responsável pela nossa conta? Eu e a Rita Almeida estamos disponíveis na próxima semana.

Obrigada,
Beatriz Costa
Gestora de Recrutamento – Norte
Tamsin & Rowe Hotelaria Portugal
'''
part = leaf('text/html', mso_html(mso_lines(txt), 'windows-1252', 'PT'), 'quoted-printable', 'windows-1252')
add(79, 'escalation', 'flag_csm', '', 'pt', 'outlook-html-only;qp-windows-1252', 'more licences for Porto opening and contract review',
    build(recv_internal(t, 4) + [('From', 'Beatriz Costa <beatriz.costa@tamsinrowe.com>'), ('To', HLN), ('CC', 'Rita Almeida <rita.almeida@tamsinrowe.pt>'),
           ('Subject', 'Licenças GoodTime – abertura Porto e contrato'), ('Date', D(t)), ('Message-ID', mid_outlook())] + outlook_extra('Licenças GoodTime – abertura Porto e contrato', 'pt-PT') + [('MIME-Version', '1.0')], part))

# ---- 080 en bug availability not showing, Apple Mail reply + PNG
t = T(2026, 5, 13, 15, 28, -4)
new = '''Hi again – new problem, nothing to do with the pool thing below.

I sent an availability request to a candidate for Sommelier at Rowe Kitchen Soho on Monday. She says she submitted her times yesterday evening and sent me a screenshot of the confirmation page (attached), but nothing shows in GoodTime – the request still says "Awaiting response". I've refreshed, logged out and in.

Candidate: Chloé Martin, req 5208.

Kelsey
'''
old = '''Hi Kelsey,

Mei is now in the Sommelier pool as a trainee, so she'll shadow two interviews before she's fully qualified.

GoodTime internal project team
'''
pt = new + '\n> On May 11, 2026, at 10:02 AM, GoodTime Help Line <helpline@tamsinrowe.com> wrote:\n>\n' + quote_gt(old) + '\n'
hh = apple_html(new) .replace('</body></html>\n', '<div><br><blockquote type="cite"><div>On May 11, 2026, at 10:02 AM, GoodTime Help Line &lt;helpline@tamsinrowe.com&gt; wrote:</div><br>' + ''.join('<div>%s</div>' % (html.escape(l) or '<br>') for l in old.split('\n')) + '</blockquote></div></body></html>\n')
p = png(72, 44, 80)
alt = mp('alternative', [leaf('text/plain', pt, 'quoted-printable', 'utf-8'), leaf('text/html', hh, 'quoted-printable', 'utf-8')], b_apple())
part = mp('mixed', [alt, leaf('image/png', p, 'base64', params='; name="IMG_4471.PNG"', disp='inline; filename="IMG_4471.PNG"', extra=[('Content-Id', '<%s>' % uid())])], b_apple())
add(80, 'bug', 'forward_support', '', 'en', 'apple-mail-multipart-mixed;png-attachment;reply-on-unrelated-thread;on-wrote-quote', 'submitted availability not showing',
    build(recv_internal(t, 4, 'namprd11') + [('From', "Kelsey O'Brien <kelsey.obrien@tamsinrowe.com>"), ('Content-Type', 'multipart/mixed;\n\tboundary="%s"' % part[0][0][1].split('"')[1]),
           ('Mime-Version', '1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))'), ('Subject', 'Re: Sommelier pool'), ('Date', D(t)), ('Message-Id', mid_apple()), ('In-Reply-To', mid_outlook()),
           ('To', HLN), ('X-Mailer', 'Apple Mail (2.3826.400.131.1.6)')], ([], part[1])))

# ---- 081 noise third-party marketing newsletter
t = T(2026, 3, 17, 14, 0, 0)
txt = '''HospitalityHire Summit 2026 – Early bird ends Friday!

Join 1,200 hospitality talent leaders in Manchester on 9–10 June. Hear how the best hotel groups cut time-to-hire for chefs and front-of-house by 40%.

Book now and save £200: https://events.hospitalityhire.co.uk/summit26?ref=nl0317

You're receiving this because you registered for a HospitalityHire webinar.
Manage preferences or unsubscribe: https://events.hospitalityhire.co.uk/prefs?id=a81f2c
HospitalityHire Events Ltd, 3 Piccadilly Place, Manchester M1 3BN
'''
h = '<html><body style="background:#fafafa"><center><table width="600" style="font-family:Georgia,serif"><tr><td><h1 style="color:#b3261e">HospitalityHire Summit 2026</h1><p>Early bird ends <b>Friday</b>!</p><p>Join 1,200 hospitality talent leaders in Manchester on 9&ndash;10 June.</p><p><a href="https://events.hospitalityhire.co.uk/summit26?ref=nl0317">Book now and save &pound;200</a></p><p style="font-size:10px;color:#888">You&#39;re receiving this because you registered for a HospitalityHire webinar. <a href="https://events.hospitalityhire.co.uk/prefs?id=a81f2c">Unsubscribe</a></p></td></tr></table></center></body></html>\n'
part = mp('alternative', [leaf('text/plain', txt, 'quoted-printable', 'utf-8'), leaf('text/html', h, 'quoted-printable', 'utf-8')], 'b1_%s' % hexid(32).lower())
add(81, 'noise', 'ignore', '', 'en', 'marketing;list-unsubscribe;long-folded-subject;9-received;dkim;arc;auth-results', 'event marketing e-mail',
    build(recv_external(t, 'mta-177.em.hospitalityhire.co.uk', '159.183.9.177', 5) + auth('em.hospitalityhire.co.uk', '159.183.9.177', 'k1', t, hfrom='hospitalityhire.co.uk') +
          [('From', 'HospitalityHire Events <events@hospitalityhire.co.uk>'), ('To', HL),
           ('Subject', 'Last chance: early bird for HospitalityHire Summit 2026 ends Friday - save\n 200 GBP on your pass'), ('Date', D(t)),
           ('Message-ID', '<%s@em.hospitalityhire.co.uk>' % hexid(24).lower()), ('List-Unsubscribe', '<https://events.hospitalityhire.co.uk/prefs?id=a81f2c&u=1>'),
           ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'), ('List-Id', 'HospitalityHire news <news.hospitalityhire.co.uk>'), ('Precedence', 'bulk'), ('MIME-Version', '1.0')], part))

# ---- 082 en q-unans, two topics (naming convention + leavers in pools)
t = T(2026, 4, 1, 12, 18, 1)
txt = '''Hi,

Two quick ones as I'm new to the Manchester team:

1) Is there a naming convention we use here for interview titles in GoodTime? I've seen "FOM – Final – Candidate Name", "Final interview (FOM)" and just the candidate's name, all for the same kind of interview.

2) When a department head leaves the hotel, who do I tell so they stop being picked for interviews? We had one booked for someone who'd left a fortnight earlier.

Thanks!
Zoe

Zoe Adams
Recruitment Coordinator | The Tamsin Manchester
'''
part = mp('alternative', [leaf('text/plain', txt, 'quoted-printable', 'windows-1252'), leaf('text/html', mso_html(mso_lines(txt)), 'quoted-printable', 'windows-1252')], b_outlook())
add(82, 'question', 'forward_support', 'none', 'en', 'outlook-multipart-alternative;two-topics', 'naming convention + leavers in pools',
    build(recv_internal(t, 4) + [('From', 'Zoe Adams <zoe.adams@tamsinrowe.com>'), ('To', HLN), ('Subject', 'two quick ones'), ('Date', D(t)), ('Message-ID', mid_outlook())]
          + outlook_extra('two quick ones') + [('MIME-Version', '1.0')], part))

# ---- 083 en feature Slack notification on decline
t = T(2026, 4, 29, 17, 40, 1)
txt = '''Hey,

Feature request for GoodTime if there's a way to pass it on: a Slack notification to the coordinator (or a channel) when an interviewer declines. We live in Slack in the tech team; by the time anyone sees the decline e-mail the slot has gone. Even better if the message had a one-click "find replacement" link.

Cheers,
Marcus
'''
part = mp('alternative', [leaf('text/plain', txt, 'quoted-printable', 'us-ascii'), leaf('text/html', mso_html(mso_lines(txt), 'us-ascii'), 'quoted-printable', 'us-ascii')], b_outlook())
add(83, 'feature_request', 'product_board_reply', '', 'en', 'outlook-multipart-alternative;tech-staff;resembles-decline-article', 'Slack alert on interviewer decline',
    build(recv_internal(t, 4) + [('From', 'Marcus Bell <marcus.bell@tamsinrowe.com>'), ('To', HLN), ('Subject', 'Slack alerts for declines?'), ('Date', D(t)), ('Message-ID', mid_outlook())]
          + outlook_extra('Slack alerts for declines?') + [('MIME-Version', '1.0')], part))

# ---- 084 es noise bare thanks, raw UTF-8 subject/from, 8bit
t = T(2026, 3, 27, 12, 3, 1)
body = '''¡Mil gracias! 🙏

El vie, 27 mar 2026 a las 11:40, GoodTime Help Line (<helpline@tamsinrowe.com>) escribió:
> Hola Irene,
>
> El proveedor de vídeo se elige en la plantilla de la entrevista; ya hemos cambiado las de Barcelona a Google Meet.
>
> Equipo interno GoodTime
'''
add(84, 'noise', 'ignore', '', 'es', 'gmail-plain;8bit-utf8;raw-utf8-subject;raw-utf8-from;bare-thanks;emoji', 'bare thank-you',
    build(recv_internal(t, 2, mapi=False, delay=12) + [('Received', 'from mail-wr1-f45.google.com (209.85.221.45) by AM4PEPF00027A6C.mail.protection.outlook.com (10.167.16.80) with Microsoft SMTP Server id 15.20.8632.13; %s' % D((t + datetime.timedelta(seconds=7)).astimezone(datetime.timezone.utc)))] + recv_google(t, '') +
          [('MIME-Version', '1.0'), ('From', 'Irene Castillo Muñoz <irene.castillo@tamsinrowe.es>'.encode('utf-8')), ('Date', D(t)), ('Message-ID', mid_gmail()),
           ('Subject', 'Re: Enlaces de Zoom en vez de Meet en las entrevistas — resuelto'.encode('utf-8')), ('To', HLN), ('In-Reply-To', '<CAGm9_helpline_meet@mail.gmail.com>'),
           ('Content-Type', 'text/plain; charset="UTF-8"'), ('Content-Transfer-Encoding', '8bit')], ([], body.encode('utf-8'))))

# ---- 085 en blocker time zone, candidate waiting
t = T(2026, 4, 30, 14, 12, 1)
body = '''candidate for the revenue analyst final (she's in Toronto) has been sitting in the Teams call since 9:00 her time. the confirmation we sent her says 9:00 ET, but the panel has it at 15:00 BST which is 10:00 ET. she's waiting NOW and the panel can't start for another 45 min.

what do we tell her / can someone fix the time for the rest of her sessions today??

Priya

Sent from my iPhone
'''
add(85, 'scheduling_blocker', 'forward_support', '', 'en', 'iphone-plain;lowercase;mobile-sig', 'candidate waiting, time zone mismatch live',
    build(recv_internal(t, 3) + [('Content-Type', 'text/plain;\n\tcharset=us-ascii'), ('Content-Transfer-Encoding', '7bit'), ('From', 'Priya Raman <priya.raman@tamsinrowe.com>'),
           ('Mime-Version', '1.0 (1.0)'), ('Subject', 'candidate waiting in teams - wrong time on her confirmation'), ('Date', D(t)), ('Message-Id', mid_apple()), ('To', HL),
           ('X-Mailer', 'iPhone Mail (22E240)')], ([], body.encode())))

# ---- 086 de blocker raw UTF-8 subject, iPhone 8bit
t = T(2026, 6, 5, 10, 41, 2)
body = '''Hallo,

die Kandidatin für die Stelle Front Office Supervisor steht seit 10 Minuten bei uns an der Rezeption (Hotel München). Laut GoodTime ist das Gespräch um 10:30 mit Herrn Vogel – der hat aber keine Einladung bekommen und sitzt gerade in einem anderen Termin.

Was jetzt? Bitte schnell melden.

Lukas Brandt
Empfangsleiter

Von meinem iPhone gesendet
'''
add(86, 'scheduling_blocker', 'forward_support', '', 'de', 'iphone-plain;8bit-utf8;raw-utf8-subject;mobile-sig', 'candidate at reception, interviewer never invited',
    build(recv_internal(t, 3) + [('Content-Type', 'text/plain;\n\tcharset=utf-8'), ('Content-Transfer-Encoding', '8bit'), ('From', 'Lukas Brandt <lukas.brandt@tamsinrowe.de>'),
           ('Mime-Version', '1.0 (1.0)'), ('Subject', 'Kandidatin wartet im Foyer – Interviewer hat keine Einladung'.encode('utf-8')), ('Date', D(t)),
           ('Message-Id', mid_apple('tamsinrowe.de')), ('To', HL), ('X-Mailer', 'iPhone Mail (22E240)')], ([], body.encode('utf-8'))))

# ---- 087 en escalation, reply on QBR thread, Outlook HTML-only
t = T(2026, 6, 11, 9, 5, 1)
new = '''Hi,

Following up on the QBR – six weeks on we still don’t have answers on the reporting gaps we raised (time-to-schedule by hotel, and decline rates by interviewer). The board now wants those numbers by property for the July review, and I can’t get them out of the standard reports.

Could you ask GoodTime’s customer success manager to set up the follow-up session they promised, with someone who can actually speak to reporting? Ideally before 26 June.

Thanks,
Rachel
'''
old = '''Hi Rachel,

Thanks for joining the quarterly review yesterday. Actions from our side:
- Share reporting options for time-to-schedule by location
- Confirm roadmap timing for decline analytics
- Follow-up session in ~4 weeks

Kind regards,
GoodTime internal project team
'''
inner = mso_lines(new) + '\n' + mso_sep('GoodTime Help Line <helpline@tamsinrowe.com>', 'Thursday, 30 April 2026 10:12', 'Rachel Stein <rachel.stein@tamsinrowe.com>', 'GoodTime QBR – actions') + mso_lines(old)
part = leaf('text/html', mso_html(inner), 'quoted-printable', 'windows-1252')
add(87, 'escalation', 'flag_csm', '', 'en', 'outlook-html-only;qp-windows-1252;reply-thread;outlook-quote-block', 'QBR follow-up not delivered, reporting gaps',
    build(recv_internal(t, 4) + [('From', 'Rachel Stein <rachel.stein@tamsinrowe.com>'), ('To', HLN), ('Subject', 'RE: GoodTime QBR – actions'), ('Date', D(t)),
           ('Message-ID', mid_outlook()), ('In-Reply-To', mid_outlook()), ('References', mid_outlook())] + outlook_extra('GoodTime QBR – actions') + [('MIME-Version', '1.0')], part))

# ---- 088 fr feature travel time between sites, Apple Mail QP utf-8
t = T(2026, 5, 4, 18, 17, 2)
txt = '''Bonjour,

Une suggestion pour GoodTime : à Lyon on fait souvent passer les candidats chef de rang par la brasserie puis par l'hôtel (15 minutes à pied entre les deux). GoodTime enchaîne les deux sessions sans aucun temps de trajet, et on doit tout décaler à la main.

Ce serait bien de pouvoir indiquer un temps de déplacement entre deux lieux, que GoodTime ajouterait automatiquement entre les sessions.

Bonne soirée,
Julien Lefèvre
Responsable RH – Lyon
'''
part = mp('alternative', [leaf('text/plain', txt, 'quoted-printable', 'utf-8'), leaf('text/html', apple_html(txt), 'quoted-printable', 'utf-8')], b_apple())
add(88, 'feature_request', 'product_board_reply', '', 'fr', 'apple-mail-multipart-alternative;qp-utf8;rfc2047-b-iso-8859-1-from', 'travel time between two locations',
    build(recv_internal(t, 4) + [('From', addr('Julien Lefèvre', 'julien.lefevre@tamsinrowe.com', 'b', 'iso-8859-1')), ('Content-Type', 'multipart/alternative;\n\tboundary="%s"' % part[0][0][1].split('"')[1]),
           ('Mime-Version', '1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))'), ('Subject', ew_q('Suggestion : temps de trajet entre deux sites')), ('Date', D(t)),
           ('Message-Id', mid_apple()), ('To', HL), ('X-Mailer', 'Apple Mail (2.3826.400.131.1.6)')], ([], part[1])))

# ---- 089 en bug reminders to rejected candidates + PDF
t = T(2026, 5, 21, 10, 30, -5)
txt = '''Hi,

We're sending interview reminders to candidates we've already rejected. Two people who were rejected in the ATS last week (and whose interviews were cancelled in GoodTime) got "See you tomorrow!" reminders this morning for the Chicago banquet server roles. One of them forwarded it to us asking if she'd been rejected or not – PDF of her email attached.

Candidates: Tasha Green (req 5140), Luis Ortega (req 5140).

Dana
'''
p = pdf(['Fwd: Reminder - your interview tomorrow at The Tamsin Chicago', 'From: Tasha Green', 'Hi, I got a rejection email on May 14 but today I received this reminder.', 'Is my interview still happening? Thanks, Tasha'])
alt = mp('alternative', [leaf('text/plain', txt, 'quoted-printable', 'windows-1252'), leaf('text/html', mso_html(mso_lines(txt), 'windows-1252', 'EN-US'), 'quoted-printable', 'windows-1252')], b_outlook())
part = mp('mixed', [alt, leaf('application/pdf', p, 'base64', params='; name="Fwd_Reminder_Tasha_Green.pdf"', disp='attachment; filename="Fwd_Reminder_Tasha_Green.pdf"; size=%d' % len(p))], b_outlook_mixed())
add(89, 'bug', 'forward_support', '', 'en', 'outlook-multipart-mixed;pdf-attachment', 'reminders sent to rejected candidates',
    build(recv_internal(t, 5, 'namprd11') + [('From', 'Dana Whitfield <dana.whitfield@tamsinrowe.com>'), ('To', HLN), ('Subject', 'Reminders going to rejected candidates'),
           ('Date', D(t)), ('Message-ID', mid_outlook('namprd11'))] + outlook_extra('Reminders going to rejected candidates', 'en-US', True) + [('MIME-Version', '1.0')], part))

# ---- 090 pt feature, Gmail forward
t = T(2026, 6, 2, 16, 5, 1)
new = '''Reencaminho a sugestão do Tiago. Dá para enviar à GoodTime?

Inês

---------- Forwarded message ---------
De: Tiago Sousa <tiago.sousa@tamsinrowe.pt>
Date: terça, 2/06/2026 à(s) 15:21
Subject: link de marcação
To: Inês Carvalho <ines.carvalho@tamsinrowe.pt>


Inês,

Seria ótimo se o link que os candidatos usam para escolher a hora deixasse também escolher o local – Lisboa ou Cascais – e só mostrasse os entrevistadores desse hotel. Agora temos de mandar dois links diferentes e há sempre quem escolha o errado.

Tiago'''
part = mp('alternative', [leaf('text/plain', new + '\n', 'base64', 'UTF-8', cs_quote=False), leaf('text/html', gmail_html(new), 'base64', 'UTF-8', cs_quote=False)], b_gmail())
add(90, 'feature_request', 'product_board_reply', '', 'pt', 'gmail-multipart-alternative;base64-utf8;gmail-forwarded-message;rfc2047-q-from', 'location choice in candidate booking link',
    build(recv_internal(t, 2, mapi=False, delay=12) + [('Received', 'from mail-ej1-f54.google.com (209.85.218.54) by AM4PEPF00027A5F.mail.protection.outlook.com (10.167.16.73) with Microsoft SMTP Server id 15.20.8632.13; %s' % D((t + datetime.timedelta(seconds=7)).astimezone(datetime.timezone.utc)))] + recv_google(t, '') +
          auth('tamsinrowe.pt', '209.85.218.54', 'google', t, arc=False) +
          [('MIME-Version', '1.0'), ('From', addr('Inês Carvalho', 'ines.carvalho@tamsinrowe.pt', 'q')), ('Date', D(t)), ('Message-ID', mid_gmail()),
           ('Subject', ew_q('Fwd: link de marcação')), ('To', HL)], part))

# ---- 091 pt q-unans SuccessFactors
t = T(2026, 5, 15, 11, 20, 1)
body = '''Olá,

Alguém sabe se o GoodTime tem integração com o SAP SuccessFactors? A equipa de RH em Lisboa usa-o para os recrutamentos internos (promoções dentro dos hotéis) e perguntaram-me se também podiam marcar essas entrevistas pelo GoodTime.

Obrigada,
Rita
'''
add(91, 'question', 'forward_support', 'none', 'pt', 'gmail-plain;qp-utf8;resembles-ats-article', 'specific HR system integration, no article',
    build(recv_internal(t, 2, mapi=False, delay=12) + [('Received', 'from mail-ed1-f47.google.com (209.85.208.47) by AM4PEPF00027A6C.mail.protection.outlook.com (10.167.16.80) with Microsoft SMTP Server id 15.20.8632.13; %s' % D((t + datetime.timedelta(seconds=7)).astimezone(datetime.timezone.utc)))] + recv_google(t, '') +
          [('MIME-Version', '1.0'), ('From', 'Rita Almeida <rita.almeida@tamsinrowe.pt>'), ('Date', D(t)), ('Message-ID', mid_gmail()), ('Subject', ew_q('GoodTime e SuccessFactors (recrutamento interno)')),
           ('To', HL), ('Content-Type', 'text/plain; charset="UTF-8"'), ('Content-Transfer-Encoding', 'quoted-printable')], ([], quopri.encodestring(body.encode('utf-8')))))

# ---- 092 es question support-hours (Canarias), raw windows-1252 subject, QP cp1252 body
t = T(2026, 4, 4, 20, 55, 1)
body = '''Buenas:

Una duda: en Tenerife vamos una hora por detrás de Madrid y muchas veces cerramos entrevistas de camareros y ayudantes de cocina a última hora de la tarde o en fin de semana.

Si a esas horas algo falla en GoodTime, ¿nos atiende alguien de GoodTime o tenemos que esperar al lunes?

Gracias,
Sara Domínguez
Coordinadora de Selección – The Tamsin Tenerife
'''
add(92, 'question', 'auto_reply', 'support-hours', 'es', 'outlook-plain;qp-windows-1252;raw-windows-1252-subject;night', 'is anyone at GoodTime available evenings/weekends',
    build(recv_internal(t, 3) + [('From', addr('Sara Domínguez', 'sara.dominguez@tamsinrowe.com', 'q', 'iso-8859-1')), ('To', HLN),
           ('Subject', '¿Quién atiende si falla GoodTime fuera de horario?'.encode('cp1252')), ('Date', D(t)), ('Message-ID', mid_outlook()),
           ('MIME-Version', '1.0'), ('Content-Type', 'text/plain; charset="windows-1252"'), ('Content-Transfer-Encoding', 'quoted-printable')], ([], quopri.encodestring(body.encode('cp1252')))))

# ---- 093 de question time-zones, Outlook multipart QP iso-8859-1
t = T(2026, 3, 20, 14, 50, 1)
txt = '''Hallo,

ich plane gerade ein Interview für eine Revenue-Analystin, die aktuell in Dubai lebt; die Interviewer sitzen in Hamburg und London. Ende März stellen wir ja auf Sommerzeit um, Dubai aber nicht.

Worauf muss ich in GoodTime achten, damit am Ende nicht jemand eine Stunde zu früh oder zu spät im Call sitzt?

Danke!
Anna

Anna Lehmann
Recruiterin Revenue Management | Hamburg
'''
part = mp('alternative', [leaf('text/plain', txt, 'quoted-printable', 'iso-8859-1'), leaf('text/html', mso_html(mso_lines(txt), 'iso-8859-1', 'DE'), 'quoted-printable', 'iso-8859-1')], b_outlook())
add(93, 'question', 'auto_reply', 'time-zones', 'de', 'outlook-multipart-alternative;qp-iso-8859-1', 'candidate in Dubai, DST change',
    build(recv_internal(t, 4) + [('From', 'Anna Lehmann <anna.lehmann@tamsinrowe.de>'), ('To', HLN), ('Subject', 'Interview Dubai / Hamburg / London - Zeitzonen'),
           ('Date', D(t)), ('Message-ID', mid_outlook())] + outlook_extra('Interview Dubai / Hamburg / London - Zeitzonen', 'de-DE') + [('MIME-Version', '1.0')], part))

# ---- 094 de question add-interviewer-to-pool, Outlook multipart base64 utf-8
t = T(2026, 4, 2, 8, 16, 2)
txt = '''Moin,

unser neuer Souschef im Hotel Hamburg, Herr Nowak, soll ab nächster Woche auch Vorstellungsgespräche mit Jungköchen und Commis führen. Er ist seit Montag im Haus und hat schon einen Zugang zu GoodTime bekommen.

Was muss ich machen, damit GoodTime ihn bei den Küchen-Interviews auch vorschlägt?

Danke dir
Felix
'''
part = mp('alternative', [leaf('text/plain', txt, 'base64', 'utf-8'), leaf('text/html', mso_html(mso_lines(txt), 'utf-8', 'DE'), 'base64', 'utf-8')], b_outlook())
add(94, 'question', 'auto_reply', 'add-interviewer-to-pool', 'de', 'outlook-multipart-alternative;base64-utf8', 'new sous chef should be suggested as interviewer',
    build(recv_internal(t, 4) + [('From', 'Felix Bauer <felix.bauer@tamsinrowe.de>'), ('To', HLN), ('Subject', 'Neuer Souschef als Interviewer'),
           ('Date', D(t)), ('Message-ID', mid_outlook())] + outlook_extra('Neuer Souschef als Interviewer', 'de-DE') + [('MIME-Version', '1.0')], part))

# ---- 095 fr question escalation-path, Apple Mail plain QP utf-8
t = T(2026, 4, 28, 9, 37, 2)
body = '''Bonjour,

Je m'y perds un peu entre vous, le support de GoodTime et la personne chez GoodTime qui suit notre compte.

Quand j'ai un bug, je m'adresse à qui ? Et pour une idée d'amélioration ? Et pour un souci qui revient tout le temps ? Il existe un récapitulatif quelque part de qui fait quoi ?

Merci d'avance,
Mathieu
'''
add(95, 'question', 'auto_reply', 'escalation-path', 'fr', 'apple-mail-plain;qp-utf8', 'which channel for what',
    build(recv_internal(t, 3) + [('From', 'Mathieu Perrin <mathieu.perrin@tamsinrowe.com>'), ('Content-Type', 'text/plain;\n\tcharset=utf-8'), ('Content-Transfer-Encoding', 'quoted-printable'),
           ('Mime-Version', '1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))'), ('Subject', ew_q('Qui contacter pour quoi ?')), ('Date', D(t)), ('Message-Id', mid_apple()), ('To', HL),
           ('X-Mailer', 'Apple Mail (2.3826.400.131.1.6)')], ([], quopri.encodestring(body.encode('utf-8')))))

# ---- 096 en q-unans group assessment with many candidates
t = T(2026, 5, 1, 15, 44, -5)
body = '''Hi,

For the summer banquet staff at the Chicago hotel we run group hiring sessions - 8 candidates at once, 2 managers, 90 minutes in the ballroom. Can GoodTime schedule one session with several candidates in it, or does it only do one candidate per interview? Right now I'm booking 8 separate interviews at the same time which makes a mess of everyone's calendar.

Chris
'''
add(96, 'question', 'forward_support', 'none', 'en', 'outlook-plain;resembles-panel-article', 'group session with many candidates, no article',
    build(recv_internal(t, 4, 'namprd11') + [('From', 'Chris Doyle <chris.doyle@tamsinrowe.com>'), ('To', HLN), ('Subject', 'group hiring sessions'), ('Date', D(t)), ('Message-ID', mid_outlook('namprd11'))]
          + outlook_extra('group hiring sessions', 'en-US') + [('MIME-Version', '1.0'), ('Content-Type', 'text/plain; charset="us-ascii"'), ('Content-Transfer-Encoding', '7bit')], ([], body.encode())))

# ---- 097 en FORM MAILER bug (Microsoft Forms), load limits ignored
t = T(2026, 5, 22, 19, 12, 1)
txt = '''New response to "GoodTime - report a problem"

Responder: Ellie Grant (ellie.grant@tamsinrowe.com)
Submitted: 22/05/2026 19:11

1. What is the problem?
Load limits are being ignored

2. Details
Sam Whyte (Restaurant Manager, Edinburgh) has a weekly limit of 4 interviews set in GoodTime and was booked for 9 this week, all from the "Restaurant Supervisor - Scotland" pool. Other people in the pool had 0-1. Nobody overrode anything as far as I know. Same thing last week with 7.

3. How urgent is it?
Not urgent - happening this week and next

View results: https://forms.office.com/Pages/AnalysisPage.aspx?id=Xk3...&AnalyzerToken=...
'''
h = '<html><body style="font-family:Segoe UI,sans-serif"><h2 style="color:#038387">New response to &quot;GoodTime - report a problem&quot;</h2>' + '<br>'.join(html.escape(l) for l in txt.split('\n')[2:]) + '</body></html>\n'
part = mp('alternative', [leaf('text/plain', txt, 'quoted-printable', 'utf-8'), leaf('text/html', h, 'base64', 'utf-8')], b_outlook())
add(97, 'bug', 'forward_support|needs_review', '', 'en', 'form-mailer;microsoft-forms;auto-submitted;x-auto-response-suppress;no-reply-from', 'forms response, load limits ignored',
    build(recv_external(t, 'NAM10-BN7-obe.outbound.protection.outlook.com', '40.107.92.50', 3) + auth('forms.office.com', '40.107.92.50', 'selector1', t, hfrom='forms.office.com') +
          [('From', 'Microsoft Forms <noreply@forms.office.com>'), ('To', HL), ('Subject', 'New response to "GoodTime - report a problem"'), ('Date', D(t)),
           ('Message-ID', '<%s@forms.office.com>' % uid().lower()), ('Auto-Submitted', 'auto-generated'), ('X-Auto-Response-Suppress', 'All'), ('MIME-Version', '1.0')], part))

# ---- 098 en blocker link 404, reply on unrelated thread (Outlook block)
t = T(2026, 6, 9, 14, 2, 1)
new = '''Sorry, different thing – candidate for Duty Manager (Edinburgh) is on the phone with me, she's meant to be starting her video interview NOW and the link in her confirmation goes to a 404 page. Interviewers are already in the meeting. Quickest fix?

Ellie
'''
old = '''Hi Ellie,

Thanks for flagging the load limit issue – we've passed it to GoodTime Support and will let you know what they say.

GoodTime internal project team
'''
pt = new + '\nFrom: GoodTime Help Line <helpline@tamsinrowe.com>\nSent: 25 May 2026 10:20\nTo: Ellie Grant <ellie.grant@tamsinrowe.com>\nSubject: RE: Load limits ignored - Restaurant Supervisor pool\n\n' + old
inner = mso_lines(new) + '\n' + mso_sep('GoodTime Help Line <helpline@tamsinrowe.com>', '25 May 2026 10:20', 'Ellie Grant <ellie.grant@tamsinrowe.com>', 'RE: Load limits ignored - Restaurant Supervisor pool') + mso_lines(old)
part = mp('alternative', [leaf('text/plain', pt, 'quoted-printable', 'windows-1252'), leaf('text/html', mso_html(inner), 'quoted-printable', 'windows-1252')], b_outlook())
add(98, 'scheduling_blocker', 'forward_support', '', 'en', 'outlook-multipart-alternative;reply-on-unrelated-thread;outlook-quote-block', 'candidate link 404 at interview start',
    build(recv_internal(t, 4) + [('From', 'Ellie Grant <ellie.grant@tamsinrowe.com>'), ('To', HLN), ('Subject', 'RE: Load limits ignored - Restaurant Supervisor pool'), ('Date', D(t)),
           ('Message-ID', mid_outlook()), ('In-Reply-To', mid_outlook()), ('References', mid_outlook())] + outlook_extra('Load limits ignored - Restaurant Supervisor pool') + [('MIME-Version', '1.0')], part))

# ---- 099 en feature copy onsite to another candidate, Outlook HTML-only
t = T(2026, 6, 12, 10, 26, 1)
txt = '''Hi,

Small wish for GoodTime: when we hire several people for the same role (e.g. 6 Chefs de Partie for the Porto opening), I build an onsite for the first candidate – sessions, interviewers, rooms, tasting – and then rebuild exactly the same thing for the next five.

It’d save hours if I could copy a scheduled onsite onto another candidate and just pick a new date. Could this go to GoodTime as a suggestion?

Thanks,
Maeve
'''
part = leaf('text/html', mso_html(mso_lines(txt)), 'quoted-printable', 'windows-1252')
add(99, 'feature_request', 'product_board_reply', '', 'en', 'outlook-html-only;qp-windows-1252;resembles-templates-article', 'copy a scheduled onsite to another candidate',
    build(recv_internal(t, 4) + [('From', 'Maeve Kelly <maeve.kelly@tamsinrowe.com>'), ('To', HLN), ('Subject', 'Copying an onsite to the next candidate'), ('Date', D(t)), ('Message-ID', mid_outlook())]
          + outlook_extra('Copying an onsite to the next candidate') + [('MIME-Version', '1.0')], part))

# ---- 100 en escalation seats ("no seats available"), Original Message + winmail.dat
t = T(2026, 6, 15, 9, 40, -4)
body = '''Hi,

See below - I can't add our new US restaurants recruiter. GoodTime says "No seats available on your plan" when I try to invite her. Grace tells me we're over the number of seats we bought for the Americas after the spring hiring push.

Who can buy more seats, and can we get this sorted with GoodTime's account team quickly? Mia starts interviewing next Monday.

Dana

-----Original Message-----
From: Mia Johnson <mia.johnson@tamsinrowe.com>
Sent: Friday, June 12, 2026 4:55 PM
To: Dana Whitfield <dana.whitfield@tamsinrowe.com>
Subject: GoodTime access

Hi Dana, I still don't have a GoodTime login - Chris said you'd set it up? I've got 14 phone screens to book for next week.
Thanks! Mia
'''
part = mp('mixed', [leaf('text/plain', body, 'quoted-printable', 'us-ascii'),
                    leaf('application/ms-tnef', tnef(), 'base64', params='; name="winmail.dat"', disp='attachment; filename="winmail.dat"')], b_outlook_mixed())
add(100, 'escalation', 'flag_csm', '', 'en', 'outlook-rtf;winmail-dat;original-message-block', 'no seats left, need to buy more',
    build(recv_internal(t, 4, 'namprd11') + [('From', 'Dana Whitfield <dana.whitfield@tamsinrowe.com>'), ('To', HLN), ('Subject', 'FW: GoodTime access - "No seats available"'),
           ('Date', D(t)), ('Message-ID', mid_outlook('namprd11'))] + [x for x in outlook_extra('GoodTime access', 'en-US', True) if x[0] != 'X-MS-TNEF-Correlator'] +
          [('X-MS-TNEF-Correlator', '<%s@tamsinrowe.com>' % hexid(16)), ('MIME-Version', '1.0')], part))

# ---------------------------------------------------------------- labels
with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
    w = csv.writer(f)
    w.writerow(['file', 'category', 'actions', 'article', 'language', 'format', 'notes'])
    for r in sorted(ROWS):
        w.writerow(r)
print('wrote', len(ROWS), 'messages')
