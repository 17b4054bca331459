"""Signatures and legal disclaimers of Calloway & Finch entities (batch b)."""

DISC_UK = """Calloway & Finch UK Ltd is a company registered in England and Wales (No. 04871236). Registered office: Unit 4, Trafford Gateway, Manchester M17 1DJ.

CONFIDENTIALITY NOTICE: This e-mail and any attachments are CONFIDENTIAL and may be legally privileged. They are intended solely for the addressee. If you have received this e-mail in error, please notify the sender immediately by return e-mail and delete it from your system. Any unauthorised use, disclosure or copying is strictly prohibited. Calloway & Finch will never ask you to change bank details or make an URGENT payment by e-mail alone; if you receive such a request, report it to the IT Security team immediately."""

DISC_US = """CONFIDENTIALITY NOTICE: The information contained in this e-mail message, including any attachments, is CONFIDENTIAL and intended only for the use of the individual or entity named above. If the reader of this message is not the intended recipient, you are hereby notified that any review, dissemination, distribution or copying of this communication is strictly prohibited. If you have received this communication in error, please notify the sender immediately and permanently delete the original and any copies.
This mailbox is not monitored for URGENT site safety issues. For workplace emergencies call the Calloway & Finch Security Operations Center at 1-800-555-0199."""

DISC_US_SHORT = """This message (including any attachments) may contain confidential, proprietary or privileged information. If you received it in error, please notify the sender immediately and delete it. Calloway & Finch, Inc. | 233 N. Wacker Drive, Suite 1800, Chicago, IL 60606"""

DISC_DE = """Calloway & Finch Logistics GmbH · Sitz der Gesellschaft: Hamburg · Registergericht: Amtsgericht Hamburg, HRB 148 213 · Geschäftsführer: Dr. Henrik Albers, Maren Stolzenberg · USt-IdNr.: DE 298 114 507

Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser E-Mail sind nicht gestattet.

This e-mail may contain confidential and/or privileged information. If you are not the intended recipient (or have received this e-mail in error) please notify the sender immediately and destroy this e-mail. Any unauthorised copying, disclosure or distribution of the material in this e-mail is strictly forbidden."""

DISC_ES = """Calloway & Finch España, S.L. – CIF B-87654321 – Inscrita en el Registro Mercantil de Madrid, Tomo 31.402, Folio 118, Hoja M-565210.

AVISO DE CONFIDENCIALIDAD: Este mensaje y, en su caso, los ficheros anexos son CONFIDENCIALES y se dirigen exclusivamente a su destinatario. Si usted no es el destinatario indicado o lo ha recibido por error, le rogamos que lo comunique inmediatamente al remitente y proceda a su eliminación, absteniéndose de leerlo, copiarlo o divulgarlo.
PROTECCIÓN DE DATOS: De conformidad con el Reglamento (UE) 2016/679 (RGPD) y la LOPDGDD, le informamos de que sus datos de contacto son tratados por Calloway & Finch España, S.L. para gestionar la relación profesional. Puede ejercer sus derechos en privacidad@calloway-finch.es.
Antes de imprimir este correo, piense si es necesario. El medio ambiente es cosa de todos."""

DISC_FR = """Calloway & Finch France SAS – Capital social de 2 500 000 € – RCS Lyon 812 345 678 – Siège social : 14 rue de la Villette, 69003 Lyon

Ce message et toutes les pièces jointes sont CONFIDENTIELS et établis à l'intention exclusive de leurs destinataires. Toute utilisation ou diffusion non autorisée est interdite. Si vous avez reçu ce message par erreur, merci d'en avertir immédiatement l'expéditeur et de le détruire. L'intégrité de ce message ne pouvant être assurée sur Internet, Calloway & Finch France ne pourra être tenue responsable de son contenu.
P Pensez à l'environnement avant d'imprimer ce message."""

DISC_PT = """Calloway & Finch Portugal, Lda. – NIPC 515 432 109 – Capital social 500.000 € – Sede: Rua Castilho, 39 – 7.º, 1250-068 Lisboa

AVISO DE CONFIDENCIALIDADE: Esta mensagem e quaisquer anexos são CONFIDENCIAIS e destinam-se exclusivamente ao(s) destinatário(s) indicado(s). Se recebeu esta mensagem por erro, por favor notifique imediatamente o remetente e elimine-a do seu sistema. É proibida qualquer utilização, divulgação ou cópia não autorizada. Os dados pessoais são tratados nos termos do RGPD.
Antes de imprimir este e-mail pense bem se tem mesmo de o fazer. Poupe o ambiente."""


def sig_uk(name, title, dept="People Team", site="Unit 4, Trafford Gateway, Manchester M17 1DJ",
           phone="+44 161 555 0142", mobile=None, greet="Kind regards,"):
    s = "%s\n\n%s\n%s | %s\nCalloway & Finch UK Ltd\n%s\nT: %s" % (greet, name, title, dept, site, phone)
    if mobile:
        s += " | M: %s" % mobile
    s += "\nwww.calloway-finch.com"
    return s


def sig_us(name, title, dept="Talent Acquisition", site="233 N. Wacker Drive, Suite 1800 | Chicago, IL 60606",
           phone="(312) 555-0147", mobile=None, greet="Thanks,", pron=None):
    s = "%s\n\n%s%s\n%s, %s\nCalloway & Finch, Inc.\n%s\nO: %s" % (
        greet, name, (" (%s)" % pron) if pron else "", title, dept, site, phone)
    if mobile:
        s += " | C: %s" % mobile
    return s


def sig_de(name, title, abt="Personal / Recruiting", site="Überseeallee 12, 20457 Hamburg",
           phone="+49 40 555 183-214", mobile=None, greet="Viele Grüße"):
    s = "%s\n%s\n\n%s\n%s\n%s\n\nCalloway & Finch Logistics GmbH\n%s\nTel.: %s" % (
        greet, name.split()[0] if greet.startswith("Viele") else name, name, title, abt, site, phone)
    if mobile:
        s += "\nMobil: %s" % mobile
    s += "\nwww.cf-logistics.de"
    return s


def sig_es(name, title, dpto="Recursos Humanos", site="Avda. de Manoteras, 44 – 28050 Madrid",
           phone="+34 91 555 27 40", mobile=None, greet="Un saludo,"):
    s = "%s\n\n%s\n%s | %s\nCalloway & Finch España, S.L.\n%s\nTel. %s" % (greet, name, title, dpto, site, phone)
    if mobile:
        s += " | Móvil %s" % mobile
    s += "\nwww.calloway-finch.es"
    return s


def sig_fr(name, title, svc="Direction des Ressources Humaines", site="14 rue de la Villette – 69003 Lyon",
           phone="+33 4 72 55 01 38", mobile=None, greet="Bien cordialement,"):
    s = "%s\n\n%s\n%s\n%s\nCalloway & Finch France SAS\n%s\nTél. : %s" % (greet, name, title, svc, site, phone)
    if mobile:
        s += "\nPort. : %s" % mobile
    return s


def sig_pt(name, title, dep="Recursos Humanos", site="Rua Castilho, 39 – 7.º, 1250-068 Lisboa",
           phone="+351 21 555 0187", mobile=None, greet="Com os melhores cumprimentos,"):
    s = "%s\n\n%s\n%s | %s\nCalloway & Finch Portugal, Lda.\n%s\nT. %s" % (greet, name, title, dep, site, phone)
    if mobile:
        s += " | M. %s" % mobile
    return s
