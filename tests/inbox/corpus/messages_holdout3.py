"""The third held-out part: written after all tuning, and never tuned on."""

HOLDOUT3 = [
    dict(
        name="h3-rej-en-1",
        kind="rejection",
        lang="en",
        company="Bluefin Payments",
        position="Compliance Officer",
        **{"from": "Bluefin Payments Talent <talent@bluefinpayments.com>"},
        subject="Compliance Officer - your application",
        date="Mon, 06 Apr 2026 10:00:00 +0100",
        body="""Dear Alex,

Many thanks for your interest in the Compliance Officer vacancy at Bluefin Payments.

We have now completed shortlisting and I am sorry to tell you that, on this occasion, you have not been invited to interview.

With best wishes for the future,
Bluefin Payments Talent""",
    ),
    dict(
        name="h3-rej-en-2-workable-html",
        kind="rejection",
        lang="en",
        company="Thistle Health",
        position="Community Nurse",
        **{"from": "Thistle Health <noreply@candidates.workablemail.com>"},
        subject="Community Nurse at Thistle Health",
        date="Tue, 07 Apr 2026 14:00:00 +0100",
        format="html",
        body="""Dear Alex,

Thank you for applying for the Community Nurse role with Thistle Health.

We've reviewed all applications and we're sorry to say that we won't be progressing your application on this occasion.

We wish you well in your search.

Thistle Health Recruitment""",
    ),
    dict(
        name="h3-rej-en-3-short",
        kind="rejection",
        lang="en",
        company="Gridlock Games",
        position="Level Designer",
        **{"from": "Sam Rivera <sam@gridlockgames.gg>"},
        subject="Level Designer",
        date="Wed, 08 Apr 2026 18:00:00 -0700",
        body="""Hey Alex - thanks for the test level, it was fun to play. We're going to pass for now, but I'd love to see what you make next.

Sam
Gridlock Games""",
    ),
    dict(
        name="h3-rej-en-4-forward-inline",
        kind="rejection",
        lang="en",
        company="Bluefin Payments",
        position="Risk Analyst",
        **{"from": "Alex Morgan <alex.morgan@example.org>"},
        subject="Fwd: Risk Analyst - outcome",
        date="Thu, 09 Apr 2026 21:00:00 +0100",
        body="""Begin forwarded message:

From: Bluefin Payments Talent <talent@bluefinpayments.com>
Subject: Risk Analyst - outcome
Date: 9 April 2026 at 15:30:00 BST
To: alex.morgan@example.org

Dear Alex,

Thank you for interviewing for the Risk Analyst position. After careful consideration, we have decided to offer the position to another candidate.

Kind regards,
Bluefin Payments Talent""",
    ),
    dict(
        name="h3-rej-de-1",
        kind="rejection",
        lang="de",
        company="Brückner Maschinenbau",
        position="Konstrukteur",
        **{"from": "Brückner Maschinenbau GmbH <personal@brueckner-maschinenbau.de>"},
        subject="Ihre Bewerbung als Konstrukteur",
        date="Mon, 06 Apr 2026 09:00:00 +0200",
        format="alternative",
        body="""Sehr geehrter Herr Morgan,

vielen Dank für Ihre Bewerbung und Ihr Interesse an unserem Unternehmen.

Nach sorgfältiger Durchsicht Ihrer Unterlagen haben wir uns für andere Bewerber entschieden, deren Qualifikationen noch besser zu unseren Anforderungen passen.

Wir bedauern, Ihnen keine andere Nachricht geben zu können, und wünschen Ihnen viel Erfolg.

Mit freundlichen Grüßen
Brückner Maschinenbau GmbH""",
    ),
    dict(
        name="h3-rej-fr-1",
        kind="rejection",
        lang="fr",
        company="Océane Voyages",
        position="Conseiller voyages",
        **{"from": "Océane Voyages <rh@oceane-voyages.fr>"},
        subject="Réponse à votre candidature - Conseiller voyages",
        date="Tue, 07 Apr 2026 11:00:00 +0200",
        transfer="quoted-printable",
        body="""Bonjour Alex,

Nous avons bien étudié votre candidature pour le poste de Conseiller voyages et vous remercions de l'intérêt que vous portez à Océane Voyages.

Malheureusement, nous ne pouvons pas y répondre favorablement, le poste ayant été attribué à un autre candidat.

Nous vous souhaitons bonne chance dans vos recherches.

Le service des ressources humaines""",
    ),
    dict(
        name="h3-rej-es-1",
        kind="rejection",
        lang="es",
        company="Nexo Digital",
        position="Diseñador UX",
        **{"from": "Nexo Digital <talento@nexodigital.mx>"},
        subject="Tu proceso en Nexo Digital",
        date="Wed, 08 Apr 2026 17:00:00 -0600",
        body="""Hola Alex,

Muchas gracias por participar en el proceso para Diseñador UX en Nexo Digital.

Después de revisar tu perfil con el equipo, hemos decidido no avanzar con tu candidatura en esta ocasión.

¡Te deseamos mucho éxito!
Equipo de Talento de Nexo Digital""",
    ),
    dict(
        name="h3-int-en-1",
        kind="interview",
        lang="en",
        company="Thistle Health",
        position="Community Nurse",
        event_at="2026-04-14T10:00:00+01:00",
        **{"from": "Thistle Health Recruitment <recruitment@thistlehealth.org.uk>"},
        subject="Interview invitation - Community Nurse",
        date="Wed, 08 Apr 2026 09:00:00 +0100",
        body="""Dear Alex,

Following your application for the post of Community Nurse, I am pleased to invite you to an interview on Tuesday 14 April 2026 at 10:00 BST at our Leith clinic.

The interview will last about 45 minutes. Please bring your NMC registration details.

Yours sincerely,
Thistle Health Recruitment""",
    ),
    dict(
        name="h3-int-en-2-us",
        kind="interview",
        lang="en",
        company="Bluefin Payments",
        position="Risk Analyst",
        event_at="2026-03-31T15:30:00-05:00",
        **{"from": "Rachel Kim <rachel.kim@bluefinpayments.com>"},
        subject="Risk Analyst - hiring manager interview",
        date="Wed, 25 Mar 2026 12:00:00 -0500",
        body="""Hi Alex,

Good news: the hiring manager would like to meet you! I've pencilled in Tuesday 3/31 at 3:30 pm CT for a 45-minute conversation on Zoom. Does that work on your end?

Thanks,
Rachel""",
    ),
    dict(
        name="h3-int-de-1",
        kind="interview",
        lang="de",
        company="Brückner Maschinenbau",
        position="Konstrukteur",
        event_at="2026-03-26T13:00:00+01:00",
        **{"from": "Anke Schulz <a.schulz@brueckner-maschinenbau.de>"},
        subject="Terminvorschlag Vorstellungsgespräch Konstrukteur",
        date="Thu, 19 Mar 2026 10:00:00 +0100",
        body="""Sehr geehrter Herr Morgan,

vielen Dank für Ihre Bewerbung als Konstrukteur. Wir würden Sie gerne persönlich kennenlernen.

Passt Ihnen Donnerstag, der 26.03.2026, um 13 Uhr bei uns in Chemnitz?

Mit freundlichen Grüßen
Anke Schulz
Brückner Maschinenbau GmbH""",
    ),
    dict(
        name="h3-int-fr-1",
        kind="interview",
        lang="fr",
        company="Océane Voyages",
        position="Conseiller voyages",
        event_at="2026-03-24T09:30:00+01:00",
        **{"from": "Claire Petit <claire.petit@oceane-voyages.fr>"},
        subject="Votre candidature - Conseiller voyages",
        date="Wed, 18 Mar 2026 15:00:00 +0100",
        body="""Bonjour Alex,

Votre profil nous intéresse ! Seriez-vous disponible pour un entretien en agence le mardi 24 mars à 9h30 ?

Dans l'attente de votre retour,
Claire Petit
Océane Voyages""",
    ),
    dict(
        name="h3-int-es-1",
        kind="interview",
        lang="es",
        company="Nexo Digital",
        position="Diseñador UX",
        event_at="2026-03-20T11:00:00-06:00",
        **{"from": "Nexo Digital <talento@nexodigital.mx>"},
        subject="Siguiente paso: entrevista para Diseñador UX",
        date="Mon, 16 Mar 2026 10:00:00 -0600",
        body="""Hola Alex,

¡Nos encantó tu portafolio! Queremos agendar una entrevista contigo el viernes 20 de marzo a las 11:00 (hora del centro de México) por videollamada.

Confírmanos si te funciona.

Equipo de Talento de Nexo Digital""",
    ),
    dict(
        name="h3-conf-en-1",
        kind="confirmation",
        lang="en",
        company="Gridlock Games",
        position="Level Designer",
        **{"from": "Gridlock Games <jobs@gridlockgames.gg>"},
        subject="We got your application!",
        date="Mon, 16 Mar 2026 09:00:00 -0700",
        body="""Hey Alex,

Thanks for applying to be a Level Designer at Gridlock Games! This is just a quick note to say your application landed safely with us.

We read everything ourselves, so it might take a couple of weeks to hear back.

Gridlock Games""",
    ),
    dict(
        name="h3-conf-en-2-icims",
        kind="confirmation",
        lang="en",
        company="Bluefin Payments",
        position="Compliance Officer",
        **{"from": "Bluefin Payments <bluefinpayments@icims.com>"},
        subject="Bluefin Payments: Application Confirmation",
        date="Tue, 17 Mar 2026 08:00:00 +0000",
        body="""Dear Alex,

Thank you for your interest in the Compliance Officer position. Your application was received and will be reviewed by our Talent team.

Sincerely,
Bluefin Payments Talent""",
    ),
    dict(
        name="h3-conf-fr-1",
        kind="confirmation",
        lang="fr",
        company="Océane Voyages",
        position="Conseiller voyages",
        **{"from": "Océane Voyages <rh@oceane-voyages.fr>"},
        subject="Confirmation de candidature",
        date="Mon, 09 Mar 2026 12:00:00 +0100",
        body="""Bonjour Alex,

Votre candidature au poste de Conseiller voyages nous est bien parvenue. Nous vous remercions de votre intérêt.

Nous reviendrons vers vous rapidement.

Le service des ressources humaines""",
    ),
    dict(
        name="h3-conf-es-1",
        kind="confirmation",
        lang="es",
        company="Nexo Digital",
        position="Diseñador UX",
        **{"from": "Nexo Digital <talento@nexodigital.mx>"},
        subject="Recibimos tu postulación",
        date="Tue, 10 Mar 2026 09:00:00 -0600",
        body="""Hola Alex,

Recibimos tu postulación para Diseñador UX. ¡Gracias por tu interés en Nexo Digital!

Revisaremos tu perfil y te escribiremos pronto.

Equipo de Talento""",
    ),
    dict(
        name="h3-offer-es-1",
        kind="offer",
        lang="es",
        company="Nexo Digital",
        position="Diseñador UX",
        **{"from": "Valeria Soto <valeria.soto@nexodigital.mx>"},
        subject="¡Oferta para Diseñador UX!",
        date="Mon, 30 Mar 2026 10:00:00 -0600",
        body="""Hola Alex,

Con mucho gusto te hacemos una oferta formal para unirte a Nexo Digital como Diseñador UX. Adjunto encontrarás la carta oferta con el salario y la fecha de inicio.

Quedo atenta a tus comentarios,
Valeria Soto""",
    ),
    dict(
        name="h3-other-ooo-fr",
        kind="other",
        lang="fr",
        **{"from": "Claire Petit <claire.petit@oceane-voyages.fr>"},
        subject="Absence : Votre candidature - Conseiller voyages",
        date="Thu, 19 Mar 2026 08:00:00 +0100",
        body="""Bonjour,

Je suis en congés jusqu'au 30 mars inclus, avec un accès limité à mes e-mails. Je vous répondrai dès mon retour.

Claire Petit""",
    ),
    dict(
        name="h3-other-alert-en",
        kind="other",
        lang="en",
        **{"from": "Otta <hello@otta.com>"},
        subject="5 new roles matched to you this week",
        date="Fri, 20 Mar 2026 07:00:00 +0000",
        format="html",
        body="""Hi Alex, here are this week's matches:

Risk Analyst at Bluefin Payments - London
Compliance Officer at Harlow & Finch - Manchester

Unfortunately, 3 roles you saved have now closed.

Unsubscribe or change your preferences""",
    ),
    dict(
        name="h3-other-outreach-fr",
        kind="other",
        lang="fr",
        **{"from": "Thomas Leroy <thomas.leroy@talentia-conseil.fr>"},
        subject="Poste de Product Owner - Bordeaux",
        date="Sat, 21 Mar 2026 10:00:00 +0100",
        body="""Bonjour Alex,

Je me permets de vous contacter car votre parcours correspond à une mission que je mène pour un client : un poste de Product Owner en CDI à Bordeaux.

Seriez-vous ouvert à en discuter lors d'un court appel ?

Cordialement,
Thomas Leroy
Talentia Conseil""",
    ),
    dict(
        name="h3-other-reply-en",
        kind="other",
        lang="en",
        **{"from": "Sam Rivera <sam@gridlockgames.gg>"},
        subject="Re: Level Designer",
        date="Thu, 09 Apr 2026 10:00:00 -0700",
        body="""Sure thing, I'll put together a few notes on the level and send them over next week.

Sam

On Wed, Apr 8, 2026 at 7:12 PM Alex Morgan <alex.morgan@example.org> wrote:
> Thanks Sam, I appreciate the quick answer. Would you have any feedback on the test level?
>
>> We're going to pass for now, but I'd love to see what you make next.""",
    ),
    dict(
        name="h3-other-account",
        kind="other",
        lang="en",
        **{"from": "Thistle Health Careers <noreply@candidates.workablemail.com>"},
        subject="Please verify your email address",
        date="Sun, 22 Mar 2026 10:00:00 +0000",
        body="""Hi Alex,

Please confirm your email address to finish creating your candidate profile. This link expires in 48 hours.

Thistle Health Careers""",
    ),
]
