"""More of the held-out part, written together with ``messages_holdout4.py`` after all
tuning, and never tuned on."""

HOLDOUT5 = [
    dict(
        name="h5-rej-en-1",
        kind="rejection",
        lang="en",
        company="Quarry Lane Books",
        position="Editorial Assistant",
        **{"from": "Quarry Lane Books <hr@quarrylanebooks.co.uk>"},
        subject="Editorial Assistant vacancy",
        date="Mon, 13 Apr 2026 11:00:00 +0100",
        body="""Dear Alex,

Thank you for applying for the Editorial Assistant vacancy. We received over 300 applications for this post.

I'm sorry to let you know that we won't be offering you an interview this time. We were only able to invite a small number of applicants.

Best wishes,
Quarry Lane Books""",
    ),
    dict(
        name="h5-rej-en-2-lever-html",
        kind="rejection",
        lang="en",
        company="Helix Robotics",
        position="Controls Engineer",
        **{"from": "Helix Robotics <no-reply@hire.lever.co>"},
        subject="Helix Robotics - Controls Engineer",
        date="Tue, 14 Apr 2026 22:00:00 +0000",
        format="html",
        body="""Hi Alex,

Thank you for your interest in Helix Robotics. After reviewing your background against our needs for the Controls Engineer position, we've decided to move forward with other candidates at this time.

We genuinely appreciate the time you took, and we'll keep your information should a better match come up.

Helix Robotics Talent""",
    ),
    dict(
        name="h5-rej-en-3-hold",
        kind="rejection",
        lang="en",
        company="Pinecrest Bank",
        position="Branch Manager",
        **{"from": "Pinecrest Bank Careers <careers@pinecrestbank.com>"},
        subject="Branch Manager requisition update",
        date="Wed, 15 Apr 2026 15:00:00 -0500",
        body="""Dear Alex,

We are writing to let you know that the Branch Manager requisition you applied to has been closed and will not be filled at this time. As a result, your application will not move forward.

Thank you for your interest in Pinecrest Bank.

Pinecrest Bank Talent Acquisition""",
    ),
    dict(
        name="h5-rej-de-1-du",
        kind="rejection",
        lang="de",
        company="Kiezkaffee",
        position="Barista",
        **{"from": "Kiezkaffee <hallo@kiezkaffee.berlin>"},
        subject="Deine Bewerbung bei Kiezkaffee",
        date="Mon, 13 Apr 2026 18:00:00 +0200",
        body="""Hey Alex,

danke, dass du dich als Barista bei uns beworben hast!

Wir haben die Stelle leider schon an jemand anderen vergeben. Wir behalten deine Bewerbung aber gern im Hinterkopf.

Liebe Grüße
Dein Kiezkaffee-Team""",
    ),
    dict(
        name="h5-rej-de-2-softgarden",
        kind="rejection",
        lang="de",
        company="Rheinland Kliniken",
        position="Pflegefachkraft",
        **{"from": "Rheinland Kliniken <noreply@softgarden.io>"},
        subject="Ihre Bewerbung als Pflegefachkraft (m/w/d)",
        date="Tue, 14 Apr 2026 08:30:00 +0200",
        format="html",
        body="""Sehr geehrter Herr Morgan,

herzlichen Dank für Ihre Bewerbung bei den Rheinland Kliniken.

Nach Abschluss des Auswahlverfahrens müssen wir Ihnen heute leider eine Absage erteilen.

Wir wünschen Ihnen für Ihren weiteren beruflichen Weg viel Erfolg.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Rheinland Kliniken""",
    ),
    dict(
        name="h5-rej-fr-1-welcome",
        kind="rejection",
        lang="fr",
        company="Papeterie Colbert",
        position="Chargée de communication",
        **{"from": "Papeterie Colbert <noreply@welcometothejungle.com>"},
        subject="Votre candidature chez Papeterie Colbert",
        date="Wed, 15 Apr 2026 10:00:00 +0200",
        body="""Bonjour Alex,

Merci d'avoir postulé au poste de Chargée de communication chez Papeterie Colbert.

Nous avons pris le temps d'étudier votre profil avec attention, mais nous ne pourrons malheureusement pas aller plus loin avec vous pour ce poste.

Nous vous souhaitons une belle réussite.

L'équipe Papeterie Colbert""",
    ),
    dict(
        name="h5-rej-es-1-mx",
        kind="rejection",
        lang="es",
        company="Grupo Maderas del Norte",
        position="Contador Senior",
        **{"from": "Grupo Maderas del Norte <reclutamiento@maderasdelnorte.com.mx>"},
        subject="Seguimiento a su postulación - Contador Senior",
        date="Thu, 16 Apr 2026 12:00:00 -0600",
        body="""Estimado Alex:

Agradecemos su interés en la vacante de Contador Senior.

Le informamos que, tras concluir el proceso, la posición fue asignada a otro candidato. Su perfil quedará registrado en nuestra bolsa de trabajo.

Saludos cordiales,
Reclutamiento - Grupo Maderas del Norte""",
    ),
    dict(
        name="h5-int-en-1",
        kind="interview",
        lang="en",
        company="Helix Robotics",
        position="Controls Engineer",
        event_at="2026-04-09T09:30:00-07:00",
        **{"from": "Nadia Hussain <nadia.hussain@helixrobotics.com>"},
        subject="Controls Engineer - onsite interview",
        date="Wed, 01 Apr 2026 16:00:00 -0700",
        body="""Hi Alex,

Congratulations on making it to the onsite stage for the Controls Engineer role! We've scheduled your onsite for Thursday, April 9 starting at 9:30am Pacific Time at our Fremont office. You'll meet four members of the team.

Please reply to confirm.

Nadia Hussain
Recruiting, Helix Robotics""",
    ),
    dict(
        name="h5-int-en-2-phone",
        kind="interview",
        lang="en",
        company="Quarry Lane Books",
        position="Editorial Assistant",
        event_at="2026-04-06T14:00:00+01:00",
        **{"from": "Quarry Lane Books <hr@quarrylanebooks.co.uk>"},
        subject="Phone interview - Editorial Assistant",
        date="Wed, 01 Apr 2026 10:00:00 +0100",
        body="""Dear Alex,

Thank you for your application for the Editorial Assistant vacancy. We would like to arrange a short telephone interview with our Managing Editor on 6 April at 2pm BST.

Please let us know if this is convenient.

Kind regards,
Quarry Lane Books""",
    ),
    dict(
        name="h5-int-de-1",
        kind="interview",
        lang="de",
        company="Rheinland Kliniken",
        position="Pflegefachkraft",
        event_at="2026-04-02T11:00:00+02:00",
        **{"from": "Rheinland Kliniken <noreply@softgarden.io>"},
        subject="Einladung zum Bewerbungsgespräch – Pflegefachkraft",
        date="Fri, 27 Mar 2026 09:00:00 +0100",
        body="""Sehr geehrter Herr Morgan,

vielen Dank für Ihre Bewerbung als Pflegefachkraft. Wir laden Sie herzlich zu einem Bewerbungsgespräch am Donnerstag, 02.04.2026, um 11:00 Uhr in unsere Klinik in Bonn ein.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Rheinland Kliniken""",
    ),
    dict(
        name="h5-int-fr-1",
        kind="interview",
        lang="fr",
        company="Papeterie Colbert",
        position="Chargée de communication",
        event_at="2026-04-07T11:00:00+02:00",
        **{"from": "Margaux Colbert <margaux@papeterie-colbert.fr>"},
        subject="Rencontre - Chargée de communication",
        date="Wed, 01 Apr 2026 14:00:00 +0200",
        body="""Bonjour Alex,

Merci pour votre candidature au poste de Chargée de communication. J'aimerais beaucoup vous rencontrer : seriez-vous libre le mardi 7 avril à 11h pour un entretien à la boutique ?

Bien à vous,
Margaux Colbert""",
    ),
    dict(
        name="h5-int-es-1",
        kind="interview",
        lang="es",
        company="Grupo Maderas del Norte",
        position="Contador Senior",
        event_at="2026-04-08T10:00:00-06:00",
        **{"from": "Grupo Maderas del Norte <reclutamiento@maderasdelnorte.com.mx>"},
        subject="Invitación a entrevista: Contador Senior",
        date="Thu, 02 Apr 2026 09:00:00 -0600",
        body="""Estimado Alex:

Nos da gusto informarle que ha sido seleccionado para una entrevista para la vacante de Contador Senior. La entrevista será el miércoles 8 de abril a las 10:00 horas en nuestras oficinas de Monterrey.

Saludos cordiales,
Reclutamiento""",
    ),
    dict(
        name="h5-conf-en-1-jobvite",
        kind="confirmation",
        lang="en",
        company="Pinecrest Bank",
        position="Branch Manager",
        **{"from": "Pinecrest Bank <notification@jobvite.com>"},
        subject="Pinecrest Bank - We've received your application",
        date="Mon, 16 Mar 2026 09:00:00 -0500",
        body="""Dear Alex,

Thank you for your interest in the Branch Manager position at Pinecrest Bank. We have received your application and it is being reviewed.

Sincerely,
Pinecrest Bank Talent Acquisition""",
    ),
    dict(
        name="h5-conf-en-2-short",
        kind="confirmation",
        lang="en",
        company="Helix Robotics",
        position="Controls Engineer",
        **{"from": "Helix Robotics <no-reply@hire.lever.co>"},
        subject="Thanks for applying to Helix Robotics",
        date="Tue, 17 Mar 2026 23:00:00 +0000",
        body="""Hi Alex,

Thanks for applying for the Controls Engineer position! Your application is in and our team will be in touch if there's a fit.

Helix Robotics""",
    ),
    dict(
        name="h5-conf-fr-1",
        kind="confirmation",
        lang="fr",
        company="Papeterie Colbert",
        position="Chargée de communication",
        **{"from": "Papeterie Colbert <noreply@welcometothejungle.com>"},
        subject="Candidature envoyée !",
        date="Wed, 18 Mar 2026 12:00:00 +0100",
        body="""Bonjour Alex,

Votre candidature pour le poste de Chargée de communication chez Papeterie Colbert a bien été envoyée. L'entreprise reviendra vers vous si votre profil correspond.

L'équipe Welcome to the Jungle""",
    ),
    dict(
        name="h5-conf-es-1",
        kind="confirmation",
        lang="es",
        company="Grupo Maderas del Norte",
        position="Contador Senior",
        **{"from": "Grupo Maderas del Norte <reclutamiento@maderasdelnorte.com.mx>"},
        subject="Acuse de recibo - Contador Senior",
        date="Thu, 19 Mar 2026 08:00:00 -0600",
        body="""Estimado Alex:

Por medio del presente le confirmamos que hemos recibido su solicitud para la vacante de Contador Senior. En caso de que su perfil sea seleccionado, nos comunicaremos con usted.

Atentamente,
Reclutamiento""",
    ),
    dict(
        name="h5-offer-de-1",
        kind="offer",
        lang="de",
        company="Rheinland Kliniken",
        position="Pflegefachkraft",
        **{"from": "Dr. Ute Brenner <u.brenner@rheinland-kliniken.de>"},
        subject="Ihr Vertragsangebot",
        date="Mon, 20 Apr 2026 10:00:00 +0200",
        body="""Sehr geehrter Herr Morgan,

wir freuen uns, Ihnen nach dem positiven Gespräch ein Angebot als Pflegefachkraft unterbreiten zu dürfen. Den Arbeitsvertrag erhalten Sie in den nächsten Tagen per Post.

Mit freundlichen Grüßen
Dr. Ute Brenner
Rheinland Kliniken""",
    ),
    dict(
        name="h5-other-ooo-en",
        kind="other",
        lang="en",
        **{"from": "Nadia Hussain <nadia.hussain@helixrobotics.com>"},
        subject="Out of office",
        date="Fri, 10 Apr 2026 08:00:00 -0700",
        body="""Hi there - I'm out of the office today and Monday with no access to email. For urgent interview scheduling questions, reach out to recruiting@helixrobotics.com.

Nadia""",
    ),
    dict(
        name="h5-other-alert-fr",
        kind="other",
        lang="fr",
        **{"from": "Welcome to the Jungle <alertes@welcometothejungle.com>"},
        subject="3 nouvelles offres correspondent à votre recherche",
        date="Sat, 11 Apr 2026 07:00:00 +0200",
        format="html",
        body="""Bonjour Alex,

Chargée de communication - Papeterie Colbert - Paris
Community manager - Studio Ardoise - Lyon

Voir toutes les offres

Modifier mes alertes | Se désinscrire""",
    ),
    dict(
        name="h5-other-outreach-es",
        kind="other",
        lang="es",
        **{"from": "Lucas Ferreira <lucas@headhunters-iberia.com>"},
        subject="Propuesta confidencial",
        date="Sun, 12 Apr 2026 10:00:00 +0200",
        body="""Hola Alex,

Soy headhunter en Headhunters Iberia. Estamos buscando un Director Financiero para una empresa industrial en Bilbao y tu perfil me parece muy interesante.

¿Te interesaría que habláramos esta semana?

Lucas""",
    ),
    dict(
        name="h5-other-rejection-confirmed-by-user",
        kind="other",
        lang="en",
        **{"from": "Alex Morgan <alex.morgan@example.org>"},
        to="Chris Walker <chris.walker@tallgrassenergy.com>",
        subject="Re: Field Operations Manager",
        date="Thu, 16 Apr 2026 09:00:00 -0600",
        body="""Hi Chris,

Thank you for letting me know personally, I really appreciate it. I enjoyed meeting the team and would be glad to stay in touch.

Best,
Alex

On Wed, Apr 15, 2026 at 5:20 PM Chris Walker <chris.walker@tallgrassenergy.com> wrote:
> I wanted to let you know personally that we've decided to extend an offer to a
> candidate with more direct pipeline experience.""",
    ),
    dict(
        name="h5-other-ats-reminder",
        kind="other",
        lang="en",
        **{"from": "Pinecrest Bank <notification@jobvite.com>"},
        subject="Reminder: complete your candidate profile",
        date="Sun, 22 Mar 2026 09:00:00 -0500",
        body="""Hi Alex,

You started an application for Branch Manager but haven't finished your candidate profile yet. Log in to complete it.

Pinecrest Bank""",
    ),
]
