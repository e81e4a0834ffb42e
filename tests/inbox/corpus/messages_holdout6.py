"""The last held-out part: written after all tuning, and never tuned on."""

HOLDOUT6 = [
    dict(
        name="h6-rej-en-1",
        kind="rejection",
        lang="en",
        company="Wavecrest Software",
        position="Support Engineer",
        **{"from": "Wavecrest Software <people@wavecrest.io>"},
        subject="Support Engineer application",
        date="Mon, 20 Apr 2026 10:00:00 +0000",
        body="""Hi Alex,

Thanks for your interest in the Support Engineer position at Wavecrest Software and for the time you spent on your application.

After reviewing all candidates, we've made the decision to proceed with applicants whose skills are a closer match to the role's requirements.

We hope you find the right opportunity soon.

The Wavecrest People Team""",
    ),
    dict(
        name="h6-rej-en-2-recruitee",
        kind="rejection",
        lang="en",
        company="Amberley Architects",
        position="Architectural Technologist",
        **{"from": "Amberley Architects <noreply@recruitee.com>"},
        subject="Your application for Architectural Technologist",
        date="Tue, 21 Apr 2026 09:00:00 +0100",
        body="""Dear Alex,

Thank you for applying for the Architectural Technologist role at Amberley Architects.

We have given your application careful consideration but, unfortunately, we have not been able to take it further on this occasion.

With kind regards,
Amberley Architects""",
    ),
    dict(
        name="h6-rej-en-3-personal",
        kind="rejection",
        lang="en",
        company="Fieldstone Capital",
        position="Investment Analyst",
        **{"from": "Ethan Brooks <ebrooks@fieldstonecap.com>"},
        subject="Investment Analyst process",
        date="Wed, 22 Apr 2026 19:00:00 -0400",
        body="""Alex,

Appreciate you working through the modelling test and the two rounds with the team. We ultimately decided to hire someone with more buy-side experience, so we'll be closing out the process on our end.

Happy to be a reference point for anything in the future.

Ethan""",
    ),
    dict(
        name="h6-rej-en-4-workday-html",
        kind="rejection",
        lang="en",
        company="Caldera Foods",
        position="Supply Chain Planner",
        **{"from": "caldera@myworkday.com"},
        subject="Update on your application for Supply Chain Planner",
        date="Thu, 23 Apr 2026 02:00:00 +0000",
        format="html",
        body="""Dear Alex,

Thank you for your interest in the Supply Chain Planner role at Caldera Foods.

We regret to inform you that we have selected candidates whose qualifications more closely meet our needs for this position.

We wish you success in your career search.

Caldera Foods Talent Acquisition""",
    ),
    dict(
        name="h6-rej-de-1",
        kind="rejection",
        lang="de",
        company="Lindner Pharma",
        position="Qualitätsmanager",
        **{"from": "Lindner Pharma AG <recruiting@lindner-pharma.de>"},
        subject="Ihre Bewerbung als Qualitätsmanager (w/m/d)",
        date="Mon, 20 Apr 2026 14:00:00 +0200",
        transfer="base64",
        body="""Sehr geehrter Herr Morgan,

wir danken Ihnen für Ihre Bewerbung als Qualitätsmanager.

Leider hat sich Ihre Bewerbung im Vergleich zu anderen nicht durchsetzen können. Wir bedauern, Ihnen keine erfreulichere Nachricht übermitteln zu können.

Mit freundlichen Grüßen
Lindner Pharma AG""",
    ),
    dict(
        name="h6-rej-de-2-join",
        kind="rejection",
        lang="de",
        company="Radwerk",
        position="Fahrradmechaniker",
        **{"from": "Radwerk <no-reply@join.com>"},
        subject="Update zu deiner Bewerbung bei Radwerk",
        date="Tue, 21 Apr 2026 16:00:00 +0200",
        body="""Hallo Alex,

vielen Dank für deine Bewerbung als Fahrradmechaniker bei Radwerk.

Wir haben uns entschieden, den Prozess mit anderen Kandidat*innen fortzusetzen. Wir wünschen dir alles Gute!

Dein Radwerk-Team""",
    ),
    dict(
        name="h6-rej-fr-1",
        kind="rejection",
        lang="fr",
        company="Ciel Ouvert",
        position="Chef de projet événementiel",
        **{"from": "Ciel Ouvert <recrutement@cielouvert.fr>"},
        subject="Votre candidature - Chef de projet événementiel",
        date="Wed, 22 Apr 2026 10:00:00 +0200",
        body="""Bonjour Alex,

Nous vous remercions pour votre candidature au poste de Chef de projet événementiel.

Malgré l'intérêt de votre parcours, nous avons le regret de vous informer que votre profil n'a pas été retenu pour ce poste.

Bien cordialement,
L'équipe Ciel Ouvert""",
    ),
    dict(
        name="h6-rej-es-1",
        kind="rejection",
        lang="es",
        company="Andina Seguros",
        position="Analista de Riesgos",
        **{"from": "Andina Seguros <talento@andinaseguros.co>"},
        subject="Proceso Analista de Riesgos",
        date="Thu, 23 Apr 2026 11:00:00 -0500",
        body="""Hola Alex,

Gracias por tu tiempo durante el proceso de selección para Analista de Riesgos.

Te contamos que decidimos continuar el proceso con otro perfil que se ajusta más a las necesidades actuales del equipo.

Te deseamos muchos éxitos.

Talento Humano - Andina Seguros""",
    ),
    dict(
        name="h6-int-en-1",
        kind="interview",
        lang="en",
        company="Wavecrest",
        position="Support Engineer",
        event_at="2026-04-15T15:00:00+01:00",
        **{"from": "Tom Hughes <tom.hughes@wavecrest.io>"},
        subject="Wavecrest - Support Engineer - second interview",
        date="Thu, 09 Apr 2026 12:00:00 +0100",
        body="""Hi Alex,

Thanks for the great first chat! We'd like to invite you to a second interview with our Head of Support on Wednesday 15 April at 3pm UK time.

Let me know if that works.

Tom""",
    ),
    dict(
        name="h6-int-en-2-teams",
        kind="interview",
        lang="en",
        company="Caldera Foods",
        position="Supply Chain Planner",
        event_at="2026-04-16T10:00:00-05:00",
        **{"from": "Laura Mendes <laura.mendes@calderafoods.com>"},
        subject="Supply Chain Planner - interview on 4/16",
        date="Fri, 10 Apr 2026 15:00:00 -0500",
        body="""Hi Alex,

I'm pleased to confirm your interview for the Supply Chain Planner position on Thursday, April 16, 2026 at 10:00 AM CDT via Microsoft Teams. You'll speak with the planning manager and a senior planner.

Best regards,
Laura Mendes
Talent Acquisition, Caldera Foods""",
    ),
    dict(
        name="h6-int-de-1",
        kind="interview",
        lang="de",
        company="Lindner Pharma",
        position="Qualitätsmanager",
        event_at="2026-04-14T09:30:00+02:00",
        **{"from": "Lindner Pharma AG <recruiting@lindner-pharma.de>"},
        subject="Einladung Vorstellungsgespräch Qualitätsmanager",
        date="Tue, 07 Apr 2026 10:00:00 +0200",
        body="""Sehr geehrter Herr Morgan,

wir freuen uns, Sie zu einem Vorstellungsgespräch am 14.04.2026 um 9:30 Uhr an unserem Standort in Freiburg einladen zu dürfen.

Bitte bestätigen Sie den Termin kurz per E-Mail.

Mit freundlichen Grüßen
Lindner Pharma AG""",
    ),
    dict(
        name="h6-int-de-2-video",
        kind="interview",
        lang="de",
        company="Radwerk",
        position="Fahrradmechaniker",
        **{"from": "Radwerk <no-reply@join.com>"},
        subject="Radwerk möchte dich kennenlernen",
        date="Wed, 08 Apr 2026 12:00:00 +0200",
        body="""Hallo Alex,

gute Nachrichten: Radwerk möchte dich für die Position Fahrradmechaniker kennenlernen! Wähle über den folgenden Link einen passenden Termin für ein kurzes Videogespräch aus.

Viel Erfolg!
Dein JOIN-Team""",
    ),
    dict(
        name="h6-int-fr-1",
        kind="interview",
        lang="fr",
        company="Ciel Ouvert",
        position="Chef de projet événementiel",
        event_at="2026-04-13T14:00:00+02:00",
        **{"from": "Julie Renaud <julie.renaud@cielouvert.fr>"},
        subject="Entretien Chef de projet événementiel",
        date="Tue, 07 Apr 2026 09:00:00 +0200",
        body="""Bonjour Alex,

Merci pour votre candidature. Nous serions ravis d'échanger avec vous lors d'un entretien le lundi 13 avril à 14h00 dans nos locaux à Marseille.

Pourriez-vous me confirmer votre venue ?

Julie Renaud
Ciel Ouvert""",
    ),
    dict(
        name="h6-int-es-1",
        kind="interview",
        lang="es",
        company="Andina Seguros",
        position="Analista de Riesgos",
        event_at="2026-04-15T08:30:00-05:00",
        **{"from": "Andina Seguros <talento@andinaseguros.co>"},
        subject="Citación a entrevista - Analista de Riesgos",
        date="Thu, 09 Apr 2026 16:00:00 -0500",
        body="""Hola Alex,

Te invitamos a una entrevista con la gerente de riesgos el miércoles 15 de abril a las 8:30 a. m. (hora de Bogotá), en nuestra sede principal.

Por favor confírmanos tu asistencia.

Talento Humano - Andina Seguros""",
    ),
    dict(
        name="h6-conf-en-1",
        kind="confirmation",
        lang="en",
        company="Amberley Architects",
        position="Architectural Technologist",
        **{"from": "Amberley Architects <noreply@recruitee.com>"},
        subject="Application received",
        date="Mon, 30 Mar 2026 09:00:00 +0100",
        body="""Dear Alex,

Thank you for your application for the Architectural Technologist role at Amberley Architects. We confirm that it has been received and will be reviewed by our team.

Kind regards,
Amberley Architects""",
    ),
    dict(
        name="h6-conf-en-2-ashby",
        kind="confirmation",
        lang="en",
        company="Wavecrest Software",
        position="Support Engineer",
        **{"from": "Wavecrest Software <no-reply@ashbyhq.com>"},
        subject="Thanks for applying to Wavecrest Software",
        date="Tue, 31 Mar 2026 20:00:00 +0000",
        format="html",
        body="""Hi Alex,

Thanks for applying to the Support Engineer role! Your application has been submitted successfully and is now with our hiring team.

Wavecrest Software""",
    ),
    dict(
        name="h6-conf-de-1",
        kind="confirmation",
        lang="de",
        company="Lindner Pharma",
        position="Qualitätsmanager",
        **{"from": "Lindner Pharma AG <recruiting@lindner-pharma.de>"},
        subject="Ihre Bewerbung ist eingegangen",
        date="Wed, 01 Apr 2026 08:00:00 +0200",
        body="""Sehr geehrter Herr Morgan,

vielen Dank für Ihre Bewerbung als Qualitätsmanager. Wir haben Ihre Unterlagen erhalten und werden sie sorgfältig prüfen.

Mit freundlichen Grüßen
Lindner Pharma AG""",
    ),
    dict(
        name="h6-conf-fr-1",
        kind="confirmation",
        lang="fr",
        company="Ciel Ouvert",
        position="Chef de projet événementiel",
        **{"from": "Ciel Ouvert <recrutement@cielouvert.fr>"},
        subject="Réception de votre candidature",
        date="Thu, 02 Apr 2026 09:00:00 +0200",
        body="""Bonjour Alex,

Nous avons bien reçu votre candidature pour le poste de Chef de projet événementiel. Nous prendrons le temps de l'étudier et reviendrons vers vous sous quinze jours.

L'équipe Ciel Ouvert""",
    ),
    dict(
        name="h6-conf-es-1",
        kind="confirmation",
        lang="es",
        company="Andina Seguros",
        position="Analista de Riesgos",
        **{"from": "Andina Seguros <talento@andinaseguros.co>"},
        subject="Confirmación de postulación",
        date="Fri, 03 Apr 2026 10:00:00 -0500",
        body="""Hola Alex,

Hemos recibido tu postulación al cargo de Analista de Riesgos. Gracias por tu interés en Andina Seguros.

Talento Humano""",
    ),
    dict(
        name="h6-offer-en-1",
        kind="offer",
        lang="en",
        company="Caldera Foods",
        position="Supply Chain Planner",
        **{"from": "Laura Mendes <laura.mendes@calderafoods.com>"},
        subject="Caldera Foods - offer",
        date="Mon, 27 Apr 2026 11:00:00 -0500",
        body="""Hi Alex,

Congratulations! We would like to offer you the Supply Chain Planner position. I've attached the formal offer with compensation and benefits details.

Please let me know your decision by May 1.

Laura""",
    ),
    dict(
        name="h6-offer-es-1",
        kind="offer",
        lang="es",
        company="Andina Seguros",
        position="Analista de Riesgos",
        **{"from": "Andina Seguros <talento@andinaseguros.co>"},
        subject="Oferta laboral - Analista de Riesgos",
        date="Tue, 28 Apr 2026 09:00:00 -0500",
        body="""Hola Alex,

Nos alegra mucho hacerte una oferta para el cargo de Analista de Riesgos. Adjuntamos la propuesta económica y las condiciones.

Quedamos atentos a tu respuesta.

Talento Humano - Andina Seguros""",
    ),
    dict(
        name="h6-other-ooo-fr",
        kind="other",
        lang="fr",
        **{"from": "Julie Renaud <julie.renaud@cielouvert.fr>"},
        subject="Réponse automatique : Entretien",
        date="Fri, 10 Apr 2026 08:00:00 +0200",
        body="""Bonjour,

Je suis actuellement en déplacement et ne consulterai mes e-mails qu'à mon retour le 14 avril.

Julie Renaud""",
    ),
    dict(
        name="h6-other-alert-de",
        kind="other",
        lang="de",
        **{"from": "XING Stellenmarkt <jobs@xing.com>"},
        subject="Neue Jobs, die zu Ihrem Profil passen",
        date="Sat, 11 Apr 2026 07:00:00 +0200",
        format="html",
        body="""Diese Stellen könnten Sie interessieren:

Qualitätsmanager (w/m/d) – Lindner Pharma AG – Freiburg
QA Manager – Caldera Foods – Remote

E-Mail-Benachrichtigungen abbestellen""",
    ),
    dict(
        name="h6-other-outreach-en",
        kind="other",
        lang="en",
        **{"from": "Priya Menon <priya@summit-talent.io>"},
        subject="Support leadership role - interested?",
        date="Sun, 12 Apr 2026 10:00:00 +0000",
        body="""Hi Alex,

I'm reaching out because I'm helping a SaaS client find a Head of Customer Support, and your background at the intersection of support and engineering stood out.

Are you open to exploring new opportunities? If so, I'd love to set up a short call.

Priya Menon
Summit Talent""",
    ),
    dict(
        name="h6-other-newsletter-en",
        kind="other",
        lang="en",
        **{"from": "The Offer Letter <news@theofferletter.co>"},
        subject="How to negotiate your job offer",
        date="Mon, 13 Apr 2026 07:00:00 +0000",
        body="""This week: you finally got the offer letter - now what? Our guide to negotiating salary, equity and start dates.

Plus: what to say when they tell you they've decided to go with another candidate.

View in browser | Unsubscribe""",
    ),
    dict(
        name="h6-other-user-followup",
        kind="other",
        lang="en",
        **{"from": "Tom Hughes <tom.hughes@wavecrest.io>"},
        subject="Re: Wavecrest - Support Engineer - second interview",
        date="Fri, 10 Apr 2026 09:00:00 +0100",
        body="""Brilliant, see you Wednesday!

Tom

On Thu, 9 Apr 2026 at 18:02, Alex Morgan <alex.morgan@example.org> wrote:
> Hi Tom, Wednesday at 3pm works well for me. Looking forward to it.""",
    ),
]
