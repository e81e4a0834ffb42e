"""The fourth held-out part: written after all tuning, and never tuned on."""

HOLDOUT4 = [
    dict(
        name="h4-rej-en-1",
        kind="rejection",
        lang="en",
        company="Lanternfish Labs",
        position="Data Engineer",
        **{"from": "Lanternfish Labs <careers@lanternfishlabs.ai>"},
        subject="Data Engineer at Lanternfish Labs",
        date="Mon, 13 Apr 2026 16:00:00 +0000",
        body="""Hi Alex,

Thanks for taking the time to apply for our Data Engineer opening.

We've had a strong response to this role, and after reviewing your application we've concluded that we'll be moving ahead with other applicants whose experience is closer to what we need right now.

We appreciate your interest and wish you the very best.

Lanternfish Labs""",
    ),
    dict(
        name="h4-rej-en-2-greenhouse-qp",
        kind="rejection",
        lang="en",
        company="Sable & Stone",
        position="Brand Designer",
        **{"from": "Sable & Stone Hiring <no-reply@us.greenhouse-mail.io>"},
        subject="Brand Designer - Sable & Stone",
        date="Tue, 14 Apr 2026 09:30:00 +0000",
        transfer="quoted-printable",
        body="""Hello Alex,

Thank you so much for your interest in the Brand Designer role and for sharing your portfolio with us.

Our team has completed its review and, unfortunately, we will not be advancing your application to the interview stage.

We hope you'll keep Sable & Stone in mind for future openings.

Warmly,
Sable & Stone Hiring""",
    ),
    dict(
        name="h4-rej-en-3-after-onsite",
        kind="rejection",
        lang="en",
        company="Tallgrass Energy",
        position="Field Operations Manager",
        **{"from": "Chris Walker <chris.walker@tallgrassenergy.com>"},
        subject="Field Operations Manager",
        date="Wed, 15 Apr 2026 17:20:00 -0600",
        body="""Alex,

Thank you for making the trip to Denver last week and for the time you spent with the operations team.

I wanted to let you know personally that we've decided to extend an offer to a candidate with more direct pipeline experience. I know this is disappointing news after a long process.

Please stay in touch.

Chris Walker
VP Operations, Tallgrass Energy""",
    ),
    dict(
        name="h4-rej-de-1",
        kind="rejection",
        lang="de",
        company="Feldmann Logistik",
        position="Disponent",
        **{"from": "Feldmann Logistik <bewerbungen@feldmann-logistik.de>"},
        subject="Ihre Bewerbung als Disponent",
        date="Mon, 13 Apr 2026 10:00:00 +0200",
        body="""Sehr geehrter Herr Morgan,

vielen Dank für Ihre Bewerbung als Disponent und das Interesse an Feldmann Logistik.

Wir haben uns Ihre Unterlagen genau angesehen. Leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung in diesem Fall nicht berücksichtigen können.

Für Ihre Zukunft wünschen wir Ihnen alles Gute.

Mit freundlichen Grüßen
Feldmann Logistik GmbH & Co. KG""",
    ),
    dict(
        name="h4-rej-fr-1",
        kind="rejection",
        lang="fr",
        company="Studio Ardoise",
        position="Motion designer",
        **{"from": "Studio Ardoise <jobs@studio-ardoise.fr>"},
        subject="Motion designer - votre candidature",
        date="Tue, 14 Apr 2026 14:00:00 +0200",
        body="""Bonjour Alex,

Merci beaucoup pour votre candidature et pour votre showreel.

Après réflexion, nous avons décidé de ne pas donner suite, car nous recherchons un profil avec davantage d'expérience en 3D.

Bonne continuation !
Studio Ardoise""",
    ),
    dict(
        name="h4-rej-es-1",
        kind="rejection",
        lang="es",
        company="Farmacias Lumbre",
        position="Técnico de Farmacia",
        **{"from": "Farmacias Lumbre <seleccion@farmaciaslumbre.es>"},
        subject="Resultado de tu candidatura - Técnico de Farmacia",
        date="Wed, 15 Apr 2026 12:00:00 +0200",
        format="alternative",
        body="""Hola Alex:

Gracias por tu interés en formar parte de Farmacias Lumbre.

Te escribimos para comunicarte que el puesto de Técnico de Farmacia ya ha sido cubierto, por lo que no podremos seguir adelante con tu candidatura.

Esperamos coincidir en futuras ocasiones.

Departamento de Selección""",
    ),
    dict(
        name="h4-int-en-1",
        kind="interview",
        lang="en",
        company="Lanternfish Labs",
        position="Data Engineer",
        event_at="2026-04-08T13:00:00-04:00",
        **{"from": "Priya Shah <priya@lanternfishlabs.ai>"},
        subject="Lanternfish Labs - Data Engineer interview",
        date="Thu, 02 Apr 2026 11:00:00 -0400",
        body="""Hi Alex,

Thanks for applying to the Data Engineer role! We'd like to invite you to a technical interview with two of our engineers.

Would Wednesday, April 8 at 1 PM ET work for you? It will be about an hour on Google Meet.

Priya Shah
Lanternfish Labs""",
    ),
    dict(
        name="h4-int-en-2-lever",
        kind="interview",
        lang="en",
        company="Sable & Stone",
        position="Brand Designer",
        **{"from": "Sable & Stone <no-reply@hire.lever.co>"},
        subject="Let's find a time to chat - Brand Designer",
        date="Fri, 03 Apr 2026 10:00:00 +0000",
        body="""Hi Alex,

Thanks for applying to Sable & Stone! We'd love to learn more about you. Please use the link below to book a 30-minute call with our design director at a time that suits you.

Sable & Stone""",
    ),
    dict(
        name="h4-int-de-1",
        kind="interview",
        lang="de",
        company="Feldmann Logistik",
        position="Disponent",
        event_at="2026-04-10T10:00:00+02:00",
        **{"from": "Jan Feldmann <jan.feldmann@feldmann-logistik.de>"},
        subject="Vorstellungsgespräch Disponent",
        date="Fri, 03 Apr 2026 09:00:00 +0200",
        body="""Guten Tag Herr Morgan,

gerne würden wir Sie zu einem Vorstellungsgespräch einladen. Wie wäre es am Freitag, 10. April, um 10:00 Uhr an unserem Standort in Bremen?

Mit freundlichen Grüßen
Jan Feldmann""",
    ),
    dict(
        name="h4-int-fr-1",
        kind="interview",
        lang="fr",
        company="Studio Ardoise",
        position="Motion designer",
        event_at="2026-04-09T16:00:00+02:00",
        **{"from": "Léa Moreau <lea@studio-ardoise.fr>"},
        subject="Entretien - Motion designer",
        date="Fri, 03 Apr 2026 15:00:00 +0200",
        body="""Bonjour Alex,

Ton showreel nous a beaucoup plu ! On aimerait t'inviter à un entretien au studio le jeudi 9 avril à 16h.

Dis-moi si ça te va.

Léa
Studio Ardoise""",
    ),
    dict(
        name="h4-int-es-1",
        kind="interview",
        lang="es",
        company="Farmacias Lumbre",
        position="Técnico de Farmacia",
        event_at="2026-04-07T09:00:00+02:00",
        **{"from": "Farmacias Lumbre <seleccion@farmaciaslumbre.es>"},
        subject="Convocatoria de entrevista - Técnico de Farmacia",
        date="Wed, 01 Apr 2026 10:00:00 +0200",
        body="""Hola Alex:

Nos complace convocarte a una entrevista para el puesto de Técnico de Farmacia el martes 7 de abril a las 9:00 en nuestra farmacia de Valencia.

Por favor, confirma tu asistencia.

Departamento de Selección""",
    ),
    dict(
        name="h4-conf-en-1",
        kind="confirmation",
        lang="en",
        company="Tallgrass Energy",
        position="Field Operations Manager",
        **{"from": "Tallgrass Energy Careers <careers@tallgrassenergy.com>"},
        subject="Thank you for applying - Field Operations Manager",
        date="Mon, 16 Mar 2026 08:00:00 -0600",
        body="""Dear Alex,

Thank you for applying for the Field Operations Manager position at Tallgrass Energy. We confirm receipt of your application.

A member of our recruiting team will review your qualifications and contact you regarding next steps.

Tallgrass Energy Careers""",
    ),
    dict(
        name="h4-conf-de-1",
        kind="confirmation",
        lang="de",
        company="Studio Ardoise",
        position="Motion Designer",
        **{"from": "Studio Ardoise <jobs@studio-ardoise.fr>"},
        subject="Eingang deiner Bewerbung",
        date="Tue, 17 Mar 2026 09:00:00 +0100",
        body="""Hallo Alex,

danke für deine Bewerbung als Motion Designer bei Studio Ardoise in Berlin. Wir bestätigen hiermit den Eingang deiner Unterlagen und melden uns, sobald wir sie gesichtet haben.

Viele Grüße
Studio Ardoise""",
    ),
    dict(
        name="h4-conf-es-1",
        kind="confirmation",
        lang="es",
        company="Farmacias Lumbre",
        position="Técnico de Farmacia",
        **{"from": "Farmacias Lumbre <seleccion@farmaciaslumbre.es>"},
        subject="Candidatura recibida",
        date="Wed, 18 Mar 2026 11:00:00 +0100",
        body="""Hola Alex:

Tu candidatura para el puesto de Técnico de Farmacia ha sido recibida correctamente. Gracias por confiar en Farmacias Lumbre.

Departamento de Selección""",
    ),
    dict(
        name="h4-offer-en-1",
        kind="offer",
        lang="en",
        company="Lanternfish Labs",
        position="Data Engineer",
        **{"from": "Priya Shah <priya@lanternfishlabs.ai>"},
        subject="Welcome aboard? Offer for Data Engineer",
        date="Mon, 20 Apr 2026 12:00:00 -0400",
        body="""Hi Alex,

We're excited to offer you the Data Engineer position at Lanternfish Labs! Your offer letter is in your inbox via DocuSign.

Let's talk this week about your questions.

Priya""",
    ),
    dict(
        name="h4-other-ooo-de",
        kind="other",
        lang="de",
        **{"from": "Jan Feldmann <jan.feldmann@feldmann-logistik.de>"},
        subject="Abwesend: Vorstellungsgespräch Disponent",
        date="Mon, 06 Apr 2026 08:00:00 +0200",
        body="""Vielen Dank für Ihre Nachricht. Ich bin bis zum 8. April außer Haus und habe nur eingeschränkt Zugriff auf meine E-Mails.

Jan Feldmann""",
    ),
    dict(
        name="h4-other-alert-es",
        kind="other",
        lang="es",
        **{"from": "Tecnoempleo <alertas@tecnoempleo.com>"},
        subject="Nuevas ofertas para ti: Data Engineer",
        date="Tue, 07 Apr 2026 07:00:00 +0200",
        body="""Hola Alex,

Estas son las ofertas que coinciden con tu búsqueda:

Data Engineer - Lanternfish Labs - Remoto
Ingeniero de Datos - Farmacias Lumbre - Valencia

Darse de baja""",
    ),
    dict(
        name="h4-other-outreach-en",
        kind="other",
        lang="en",
        **{"from": "Maya Goldberg <maya@northstar-search.com>"},
        subject="Quick question about your next move",
        date="Wed, 08 Apr 2026 13:00:00 +0000",
        body="""Hi Alex,

I'm a headhunter at Northstar Search and I'm working on a Head of Data Engineering search for a well-funded health-tech company. Your background looks like a strong match.

Would you be open to a confidential conversation? I can share more detail on a call.

Maya""",
    ),
    dict(
        name="h4-other-newsletter-de",
        kind="other",
        lang="de",
        **{"from": "Jobwelt Magazin <redaktion@jobwelt-magazin.de>"},
        subject="Warum Ihre Bewerbung abgelehnt wurde",
        date="Thu, 09 Apr 2026 09:00:00 +0200",
        body="""Liebe Leserin, lieber Leser,

leider erhalten viele Bewerber keine Begründung für eine Absage. Wir haben mit Personalern gesprochen und erklären die häufigsten Gründe.

Newsletter abbestellen | Im Browser ansehen""",
    ),
    dict(
        name="h4-other-forwarded-note",
        kind="other",
        lang="en",
        **{"from": "Jamie Morgan <jamie.morgan@example.net>"},
        subject="Fwd: Great article on interviewing",
        date="Fri, 10 Apr 2026 19:00:00 +0000",
        body="""Thought you'd like this one!

---------- Forwarded message ---------
From: Career Weekly <hello@careerweekly.com>
Date: Fri, Apr 10, 2026 at 8:00 AM
Subject: Great article on interviewing

This week: how to answer "why should we hire you?", and what to do when a company says "unfortunately, we have decided to move forward with other candidates".

Read more on our blog. Unsubscribe.""",
    ),
]
