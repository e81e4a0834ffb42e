"""The second held-out part: written after all tuning, and never tuned on."""

HOLDOUT2 = [
    dict(
        name="h2-rej-en-1",
        kind="rejection",
        lang="en",
        company="Copperline Studios",
        position="3D Artist",
        **{"from": "Copperline Studios <jobs@copperlinestudios.com>"},
        subject="Re: 3D Artist application",
        date="Mon, 23 Mar 2026 12:00:00 +0000",
        body="""Hi Alex,

Thank you for sending over your reel, we enjoyed looking through it.

Sadly we've decided that your portfolio isn't quite the right match for the style of our current project, so we won't be inviting you to the next round.

Best of luck,
Copperline Studios""",
    ),
    dict(
        name="h2-rej-en-2-ashby",
        kind="rejection",
        lang="en",
        company="Fernwood Bio",
        position="Research Associate",
        **{"from": "Fernwood Bio Talent <no-reply@ashbyhq.com>"},
        subject="Update regarding Research Associate",
        date="Tue, 24 Mar 2026 16:30:00 +0000",
        format="html",
        body="""Hi Alex,

Thank you for your interest in joining Fernwood Bio as a Research Associate.

We've carefully reviewed your application, and we regret that we will not be moving forward with your candidacy for this position. We received an exceptional number of applications and had to make some very difficult choices.

We appreciate your interest and hope you'll consider us again in the future.

Fernwood Bio Talent Team""",
    ),
    dict(
        name="h2-rej-en-3-after-final",
        kind="rejection",
        lang="en",
        company="Northwind Analytics",
        position="Analytics Lead",
        **{"from": "Grace Liu <grace.liu@northwindanalytics.com>"},
        subject="Analytics Lead - final decision",
        date="Wed, 25 Mar 2026 18:45:00 -0400",
        body="""Hi Alex,

Thanks again for coming in for the final round on Monday. I know you put a lot of preparation into the case presentation, and it showed.

After much deliberation, the hiring committee has selected another finalist for the Analytics Lead role. I'm truly sorry this isn't better news.

I'd be glad to share some feedback on a call if that would help.

Grace Liu
Director of Analytics, Northwind Analytics""",
    ),
    dict(
        name="h2-rej-en-4-smartrecruiters",
        kind="rejection",
        lang="en",
        company="Harlow & Finch",
        position="Legal Assistant",
        **{"from": "Harlow & Finch <noreply@smartrecruiters.com>"},
        subject="Your application for Legal Assistant",
        date="Thu, 26 Mar 2026 09:10:00 +0000",
        body="""Dear Alex,

Thank you for applying for the Legal Assistant role at Harlow & Finch.

We regret to let you know that your application has not been successful on this occasion.

Yours sincerely,
Harlow & Finch HR""",
    ),
    dict(
        name="h2-rej-de-1",
        kind="rejection",
        lang="de",
        company="Alpenglühn Tourismus",
        position="Marketing Manager",
        **{"from": "Alpenglühn Tourismus <karriere@alpengluehn.at>"},
        subject="Ihre Bewerbung als Marketing Manager",
        date="Mon, 23 Mar 2026 11:00:00 +0100",
        transfer="quoted-printable",
        body="""Sehr geehrter Herr Morgan,

vielen Dank für Ihre Bewerbung als Marketing Manager. Wir haben uns sehr über Ihr Interesse gefreut.

Nach eingehender Prüfung müssen wir Ihnen leider mitteilen, dass Ihr Profil nicht optimal zu den Anforderungen der Stelle passt. Wir können Sie daher im weiteren Auswahlverfahren nicht berücksichtigen.

Wir wünschen Ihnen für Ihren weiteren Weg alles Gute.

Freundliche Grüße
Alpenglühn Tourismus GmbH""",
    ),
    dict(
        name="h2-rej-de-2-personio",
        kind="rejection",
        lang="de",
        company="Hafenkante Software",
        position="DevOps Engineer",
        **{"from": "Hafenkante Software <noreply@hafenkante.jobs.personio.de>"},
        subject="Rückmeldung zu deiner Bewerbung",
        date="Tue, 24 Mar 2026 15:00:00 +0100",
        body="""Hallo Alex,

vielen Dank für dein Interesse an der Position DevOps Engineer bei Hafenkante Software.

Leider haben wir uns entschieden, andere Bewerber:innen in den nächsten Schritt einzuladen. Das ist keine Bewertung deiner Person – wir hatten einfach sehr viele starke Bewerbungen.

Viele Grüße
Dein Team von Hafenkante Software""",
    ),
    dict(
        name="h2-rej-fr-1",
        kind="rejection",
        lang="fr",
        company="Maison Verlaine",
        position="Responsable e-commerce",
        **{"from": "Maison Verlaine <talents@maisonverlaine.fr>"},
        subject="Responsable e-commerce - retour sur votre candidature",
        date="Wed, 25 Mar 2026 10:20:00 +0100",
        body="""Bonjour Alex,

Merci pour votre candidature au poste de Responsable e-commerce et pour le temps que vous nous avez accordé.

Nous sommes au regret de vous annoncer que nous ne poursuivrons pas le processus avec vous. Votre parcours est intéressant, mais d'autres candidats correspondaient davantage aux besoins du poste.

Belle continuation,
L'équipe Talents de Maison Verlaine""",
    ),
    dict(
        name="h2-rej-es-1",
        kind="rejection",
        lang="es",
        company="Cumbre Logística",
        position="Jefe de Almacén",
        **{"from": "Cumbre Logística <rrhh@cumbrelogistica.com>"},
        subject="Jefe de Almacén - resolución del proceso",
        date="Thu, 26 Mar 2026 13:30:00 +0100",
        charset="latin-1",
        label="iso-8859-1",
        body="""Hola Alex:

Te agradecemos el tiempo dedicado al proceso de selección para el puesto de Jefe de Almacén.

Lamentablemente, en esta ocasión tu candidatura no ha sido la elegida. Valoramos mucho tu interés y te animamos a seguir atento a nuestras ofertas.

Un saludo cordial,
Recursos Humanos - Cumbre Logística""",
    ),
    dict(
        name="h2-int-en-1",
        kind="interview",
        lang="en",
        company="Fernwood Bio",
        position="Research Associate",
        event_at="2026-03-18T10:00:00-04:00",
        **{"from": "Owen Patel <owen.patel@fernwoodbio.com>"},
        subject="Research Associate - next steps",
        date="Thu, 12 Mar 2026 13:00:00 -0400",
        body="""Hi Alex,

Thank you for applying for the Research Associate role. Our lab manager was impressed by your assay experience and would like to speak with you.

Are you available on Wednesday, March 18 at 10:00 AM EDT for a 30-minute video call? If that doesn't suit, just suggest another time.

Kind regards,
Owen Patel
Fernwood Bio""",
    ),
    dict(
        name="h2-int-en-2-greenhouse",
        kind="interview",
        lang="en",
        company="Copperline Studios",
        position="3D Artist",
        event_at="2026-03-17T16:00:00+00:00",
        **{"from": "Copperline Studios <no-reply@us.greenhouse-mail.io>"},
        subject="Interview scheduled: 3D Artist at Copperline Studios",
        date="Fri, 13 Mar 2026 10:00:00 +0000",
        format="alternative",
        body="""Hi Alex,

Your interview has been scheduled. Here are the details:

Role: 3D Artist
Date: Tuesday, March 17, 2026
Time: 4:00 PM - 4:45 PM (GMT)
Format: Video (Google Meet)

Reply to this email if you need to make changes.

Copperline Studios Recruiting""",
    ),
    dict(
        name="h2-int-en-3-choose",
        kind="interview",
        lang="en",
        company="Harlow & Finch",
        position="Legal Assistant",
        **{"from": "Harlow & Finch HR <hr@harlowfinch.co.uk>"},
        subject="Interview invitation - Legal Assistant",
        date="Mon, 09 Mar 2026 09:30:00 +0000",
        body="""Dear Alex,

We are pleased to invite you to interview for the Legal Assistant position. Interviews will take place at our Manchester office next week.

Please use the link below to choose a slot that suits you.

Kind regards,
Harlow & Finch HR""",
    ),
    dict(
        name="h2-int-de-1",
        kind="interview",
        lang="de",
        company="Alpenglühn Tourismus",
        position="Marketing Manager",
        event_at="2026-03-13T14:00:00+01:00",
        **{"from": "Lisa Gruber <l.gruber@alpengluehn.at>"},
        subject="Einladung zum Gespräch – Marketing Manager",
        date="Mon, 09 Mar 2026 09:00:00 +0100",
        body="""Sehr geehrter Herr Morgan,

Ihre Bewerbung hat uns sehr angesprochen. Gerne möchten wir Sie am Freitag, den 13. März 2026 um 14:00 Uhr zu einem persönlichen Gespräch nach Innsbruck einladen.

Bitte geben Sie uns kurz Bescheid, ob der Termin für Sie passt.

Freundliche Grüße
Lisa Gruber
Alpenglühn Tourismus GmbH""",
    ),
    dict(
        name="h2-int-fr-1",
        kind="interview",
        lang="fr",
        company="Maison Verlaine",
        position="Responsable e-commerce",
        event_at="2026-03-16T15:00:00+01:00",
        **{"from": "Hugo Bernard <hugo.bernard@maisonverlaine.fr>"},
        subject="Invitation à un entretien",
        date="Tue, 10 Mar 2026 11:00:00 +0100",
        body="""Bonjour Alex,

Suite à votre candidature au poste de Responsable e-commerce, j'ai le plaisir de vous inviter à un premier entretien téléphonique le lundi 16 mars à 15h.

Je vous appellerai au numéro indiqué sur votre CV.

Cordialement,
Hugo Bernard
Maison Verlaine""",
    ),
    dict(
        name="h2-int-es-1",
        kind="interview",
        lang="es",
        company="Cumbre Logística",
        position="Jefe de Almacén",
        event_at="2026-03-12T10:30:00+01:00",
        **{"from": "Pablo Ortega <pablo.ortega@cumbrelogistica.com>"},
        subject="Entrevista para Jefe de Almacén",
        date="Mon, 09 Mar 2026 12:00:00 +0100",
        body="""Hola Alex:

Te escribo para invitarte a una entrevista para el puesto de Jefe de Almacén. Te propongo el jueves 12 de marzo a las 10:30 en nuestras oficinas de Zaragoza.

¿Te encaja?

Saludos,
Pablo Ortega
Cumbre Logística""",
    ),
    dict(
        name="h2-conf-en-1-greenhouse",
        kind="confirmation",
        lang="en",
        company="Fernwood Bio",
        position="Research Associate",
        **{"from": "Fernwood Bio <no-reply@us.greenhouse-mail.io>"},
        subject="Thanks for applying to Fernwood Bio!",
        date="Mon, 02 Mar 2026 20:00:00 +0000",
        body="""Hi Alex,

Thanks for your interest in Fernwood Bio! We've received your application for the Research Associate position and our team will review it shortly.

If there's a fit, we'll reach out to schedule an initial conversation.

Fernwood Bio Talent""",
    ),
    dict(
        name="h2-conf-en-2-workday",
        kind="confirmation",
        lang="en",
        company="Harlow & Finch",
        position="Legal Assistant",
        **{"from": "harlowfinch@myworkday.com"},
        subject="Application Submitted - Legal Assistant",
        date="Tue, 03 Mar 2026 08:00:00 +0000",
        body="""Hello Alex,

Thank you for your application for the Legal Assistant position at Harlow & Finch. Your application has been submitted and is now under review.

Kind regards,
Harlow & Finch Recruitment""",
    ),
    dict(
        name="h2-conf-de-1",
        kind="confirmation",
        lang="de",
        company="Hafenkante Software",
        position="DevOps Engineer",
        **{"from": "Hafenkante Software <noreply@hafenkante.jobs.personio.de>"},
        subject="Danke für deine Bewerbung!",
        date="Wed, 04 Mar 2026 18:00:00 +0100",
        body="""Hallo Alex,

danke für deine Bewerbung als DevOps Engineer! Wir haben deine Unterlagen erhalten und melden uns in den nächsten zwei Wochen bei dir.

Viele Grüße
Dein Team von Hafenkante Software""",
    ),
    dict(
        name="h2-conf-fr-1",
        kind="confirmation",
        lang="fr",
        company="Maison Verlaine",
        position="Responsable e-commerce",
        **{"from": "Maison Verlaine <talents@maisonverlaine.fr>"},
        subject="Nous avons bien reçu votre candidature",
        date="Thu, 05 Mar 2026 09:00:00 +0100",
        format="html",
        body="""Bonjour Alex,

Merci d'avoir postulé au poste de Responsable e-commerce. Nous avons bien reçu votre candidature et nous l'étudierons avec attention.

L'équipe Talents de Maison Verlaine""",
    ),
    dict(
        name="h2-conf-es-1",
        kind="confirmation",
        lang="es",
        company="Cumbre Logística",
        position="Jefe de Almacén",
        **{"from": "Cumbre Logística <rrhh@cumbrelogistica.com>"},
        subject="Hemos recibido tu solicitud",
        date="Fri, 06 Mar 2026 10:00:00 +0100",
        body="""Hola Alex:

Gracias por inscribirte en la oferta de Jefe de Almacén. Hemos recibido tu solicitud y nuestro equipo la revisará en los próximos días.

Recursos Humanos - Cumbre Logística""",
    ),
    dict(
        name="h2-offer-en-1",
        kind="offer",
        lang="en",
        company="Copperline Studios",
        position="3D Artist",
        **{"from": "Mia Thompson <mia.thompson@copperlinestudios.com>"},
        subject="Offer of employment - 3D Artist",
        date="Mon, 30 Mar 2026 15:00:00 +0100",
        body="""Dear Alex,

Following your interviews, we are pleased to offer you the role of 3D Artist at Copperline Studios. The attached letter sets out your salary, benefits and proposed start date.

Please sign and return it by 6 April.

Warm regards,
Mia Thompson
Head of Production""",
    ),
    dict(
        name="h2-offer-fr-1",
        kind="offer",
        lang="fr",
        company="Maison Verlaine",
        position="Responsable e-commerce",
        **{"from": "Hugo Bernard <hugo.bernard@maisonverlaine.fr>"},
        subject="Proposition - Responsable e-commerce",
        date="Tue, 31 Mar 2026 10:00:00 +0200",
        body="""Bonjour Alex,

Je suis ravi de vous proposer le poste de Responsable e-commerce au sein de Maison Verlaine. Vous trouverez ci-joint notre promesse d'embauche.

Bien cordialement,
Hugo Bernard""",
    ),
    dict(
        name="h2-other-ooo-de",
        kind="other",
        lang="de",
        **{"from": "Lisa Gruber <l.gruber@alpengluehn.at>"},
        subject="Automatische Antwort: Ihre Bewerbung",
        date="Wed, 11 Mar 2026 08:00:00 +0100",
        body="""Guten Tag,

ich bin bis 20.03. im Urlaub und ab 23.03. wieder erreichbar. Ihre E-Mail wird nicht weitergeleitet.

Mit freundlichen Grüßen
Lisa Gruber""",
    ),
    dict(
        name="h2-other-alert-glassdoor",
        kind="other",
        lang="en",
        **{"from": "Glassdoor Jobs <noreply@glassdoor.com>"},
        subject="Research Associate jobs near you",
        date="Thu, 12 Mar 2026 06:00:00 +0000",
        format="html",
        body="""Top jobs picked for you

Research Associate - Fernwood Bio - Boston, MA
Lab Technician - Mosaic Learning - Remote

Apply now before these jobs close.

Manage alerts | Unsubscribe""",
    ),
    dict(
        name="h2-other-outreach-de",
        kind="other",
        lang="de",
        **{"from": "Felix Brandt <f.brandt@kopfjaeger-recruiting.de>"},
        subject="Neue Herausforderung als Head of DevOps?",
        date="Fri, 13 Mar 2026 10:00:00 +0100",
        body="""Hallo Alex,

dein Profil ist mir auf XING aufgefallen. Ich unterstütze aktuell einen Mittelständler in Hamburg bei der Suche nach einem Head of DevOps.

Hättest du Zeit für ein kurzes, unverbindliches Telefonat?

Beste Grüße
Felix Brandt
Kopfjäger Recruiting""",
    ),
    dict(
        name="h2-other-newsletter-es",
        kind="other",
        lang="es",
        **{"from": "Revista Talento <news@revistatalento.es>"},
        subject="Por qué tu candidatura no ha sido seleccionada (y cómo cambiarlo)",
        date="Sat, 14 Mar 2026 09:00:00 +0100",
        body="""Hola,

Desafortunadamente, muchas candidaturas no pasan el primer filtro. En este número te explicamos qué miran los reclutadores y cómo preparar una entrevista en 48 horas.

Cancelar la suscripción""",
    ),
    dict(
        name="h2-other-thanks-reply",
        kind="other",
        lang="en",
        **{"from": "Owen Patel <owen.patel@fernwoodbio.com>"},
        subject="Re: Research Associate - next steps",
        date="Fri, 13 Mar 2026 09:00:00 -0400",
        body="""Great, I've sent the calendar invite. Talk soon!

Owen

On Thu, Mar 12, 2026 at 5:10 PM Alex Morgan <alex.morgan@example.org> wrote:
> Hi Owen, Wednesday at 10 works for me. Thanks!
>
> On Thu, Mar 12, 2026 at 1:00 PM Owen Patel wrote:
>> Are you available on Wednesday, March 18 at 10:00 AM EDT for a 30-minute video call?""",
    ),
    dict(
        name="h2-other-event-fr",
        kind="other",
        lang="fr",
        **{"from": "Maison Verlaine <evenements@maisonverlaine.fr>"},
        subject="Portes ouvertes recrutement le 28 mars",
        date="Sun, 15 Mar 2026 10:00:00 +0100",
        body="""Bonjour,

Venez découvrir nos métiers lors de notre journée portes ouvertes le samedi 28 mars de 10h à 16h dans notre boutique de Bordeaux. Inscription gratuite sur notre site.

Pour ne plus recevoir nos invitations, désabonnez-vous ici.""",
    ),
    dict(
        name="h2-other-feedback-survey",
        kind="other",
        lang="en",
        **{"from": "Northwind Analytics Careers <careers@northwindanalytics.com>"},
        subject="How was your interview experience?",
        date="Thu, 26 Mar 2026 12:00:00 -0400",
        body="""Hi Alex,

You recently interviewed with Northwind Analytics. We'd love to hear about your candidate experience - the survey takes two minutes and is anonymous.

Thank you for helping us improve!

Northwind Analytics Careers""",
    ),
]
