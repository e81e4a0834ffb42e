"""The development part of the corpus: the rules were written and tuned against these."""

DEV = [
    # --- Rejections, English -------------------------------------------------------------
    dict(
        name="rej-en-greenhouse-1",
        kind="rejection",
        lang="en",
        company="Brightline Health",
        position="Senior Backend Engineer",
        **{"from": "Brightline Health Recruiting <no-reply@us.greenhouse-mail.io>"},
        subject="Your application for Senior Backend Engineer at Brightline Health",
        date="Mon, 09 Feb 2026 17:42:10 +0000",
        body="""Hi Alex,

Thank you for your interest in Brightline Health and for taking the time to apply for the Senior Backend Engineer role.

We received a large number of applications, and after careful review we have decided to move forward with candidates whose experience more closely matches what the team needs right now.

We'll keep your details on file and encourage you to apply again in the future.

All the best,
Brightline Health Talent Team""",
    ),
    dict(
        name="rej-en-lever-1",
        kind="rejection",
        lang="en",
        company="Quillfeather",
        position="Product Designer",
        **{"from": "Quillfeather <no-reply@hire.lever.co>"},
        subject="Update on your Quillfeather application",
        date="Thu, 12 Feb 2026 09:03:55 -0800",
        body="""Hi Alex,

Thanks so much for applying to the Product Designer position at Quillfeather. We really appreciated the chance to look at your portfolio.

Unfortunately we won't be moving forward with your application at this time. This was a tough call, as we saw many strong applicants.

Wishing you luck with your search,
The Quillfeather team""",
    ),
    dict(
        name="rej-en-workday-1",
        kind="rejection",
        lang="en",
        company="Halvorsen Logistics",
        position="Data Analyst II",
        **{"from": "halvorsen@myworkday.com"},
        subject="Regarding your application - Data Analyst II (R-20418)",
        date="Tue, 17 Feb 2026 22:15:01 +0000",
        format="html",
        body="""Dear Alex Morgan,

Thank you for your interest in the Data Analyst II position (R-20418) at Halvorsen Logistics.

After reviewing your qualifications, we regret to inform you that you have not been selected to continue in the recruitment process for this position.

We encourage you to visit our careers site and apply for future openings that match your skills.

Sincerely,
Halvorsen Logistics Talent Acquisition""",
    ),
    dict(
        name="rej-en-ashby-1",
        kind="rejection",
        lang="en",
        company="Loomstack",
        position="Staff Software Engineer, Platform",
        **{"from": "Loomstack Hiring <no-reply@ashbyhq.com>"},
        subject="Loomstack | Staff Software Engineer, Platform",
        date="Wed, 18 Feb 2026 14:20:00 +0000",
        body="""Hi Alex,

I wanted to follow up on your application for Staff Software Engineer, Platform. I appreciate your patience while we worked through the process.

After a lot of thought, we've decided not to progress your application further. The bar for this particular role was very specific, and we felt other profiles were a closer fit.

Thank you again for considering Loomstack.

Priya
Recruiting @ Loomstack""",
    ),
    dict(
        name="rej-en-smartrecruiters-1",
        kind="rejection",
        lang="en",
        company="Corvid Systems",
        position="IT Support Specialist",
        **{"from": "Corvid Systems <noreply@smartrecruiters.com>"},
        subject="Your application to Corvid Systems",
        date="Fri, 20 Feb 2026 08:11:00 +0100",
        format="alternative",
        body="""Dear Alex,

Thank you for applying for the IT Support Specialist position with Corvid Systems.

We have now completed our review. Although your background is impressive, we have chosen to pursue other candidates for this opportunity.

We wish you every success in your job search.

Corvid Systems Recruitment""",
    ),
    dict(
        name="rej-en-workable-1",
        kind="rejection",
        lang="en",
        company="Tidewater Games",
        position="Gameplay Programmer",
        **{"from": "Tidewater Games <noreply@candidates.workablemail.com>"},
        subject="Gameplay Programmer at Tidewater Games",
        date="Mon, 23 Feb 2026 11:45:12 +0000",
        body="""Hello Alex,

thank you for the time you invested in applying for the Gameplay Programmer role.

We've now reviewed all applications and, unfortunately, we will not be proceeding with yours. The position required a level of console experience we need on day one.

Kind regards,
Tidewater Games""",
    ),
    dict(
        name="rej-en-blunt-1",
        kind="rejection",
        lang="en",
        company="Ferro & Vale",
        position="Junior Accountant",
        **{"from": "Martin Kowalski <m.kowalski@ferrovale.co.uk>"},
        subject="Junior Accountant",
        date="Tue, 24 Feb 2026 16:02:33 +0000",
        body="""Alex,

The position has been filled. Thanks for applying.

Martin Kowalski
Ferro & Vale Chartered Accountants""",
    ),
    dict(
        name="rej-en-after-interview",
        kind="rejection",
        lang="en",
        company="Oakridge Analytics",
        position="Machine Learning Engineer",
        **{"from": "Dana Whitfield <dana.whitfield@oakridgeanalytics.com>"},
        subject="Re: Machine Learning Engineer - final round",
        date="Thu, 26 Feb 2026 19:30:00 -0500",
        body="""Hi Alex,

Thank you for spending so much time with us over the last few weeks, and for the thoughtful take-home you submitted. Everyone on the panel enjoyed meeting you.

I'm sorry to say that we've made the difficult decision to offer the role to another candidate. It was genuinely close, and this says nothing about your ability.

If you'd like feedback, I'd be happy to set up a short call.

Warm regards,
Dana Whitfield
Head of Talent, Oakridge Analytics""",
    ),
    dict(
        name="rej-en-soft-1",
        kind="rejection",
        lang="en",
        company="Greenleaf Energy",
        position="Project Coordinator",
        **{"from": "Greenleaf Energy Careers <careers@greenleafenergy.com>"},
        subject="Thank you for your application",
        date="Mon, 02 Mar 2026 10:00:00 +0000",
        format="alternative",
        body="""Dear Alex,

Thank you for applying for the Project Coordinator role at Greenleaf Energy. We appreciate the effort you put into your application.

We've reviewed it carefully, and on this occasion your application was unsuccessful.

We'd be glad to hear from you again if you see another role that suits you.

Best wishes,
People Team
Greenleaf Energy""",
    ),
    dict(
        name="rej-en-nofit",
        kind="rejection",
        lang="en",
        company="Parcelwise",
        position="Operations Manager",
        **{"from": "Parcelwise Talent <talent@parcelwise.io>"},
        subject="Operations Manager application",
        date="Tue, 03 Mar 2026 13:27:00 +0000",
        body="""Hi Alex,

We've reviewed your application for the Operations Manager role. While your experience is strong, we don't believe it's the right fit for this particular position, so we'll be closing your application.

We hope our paths cross again.

- The Parcelwise Talent team""",
    ),
    dict(
        name="rej-en-qp-1",
        kind="rejection",
        lang="en",
        company="Meridian Bank",
        position="Risk Analyst",
        **{"from": "Meridian Bank Recruitment <recruitment@meridianbank.com>"},
        subject="Your application: Risk Analyst (Ref 88213)",
        date="Wed, 04 Mar 2026 09:15:00 +0000",
        transfer="quoted-printable",
        body="""Dear Alex Morgan,

Re: Risk Analyst – Ref 88213

Thank you for the interest you have shown in a career with Meridian Bank. We have now carefully considered your application against the requirements of the role and regret to let you know that we are unable to progress your application to the next stage.

Due to the volume of applications we are unable to give individual feedback at this stage.

Yours sincerely,
Meridian Bank Resourcing Team""",
    ),
    # --- Rejections, German -------------------------------------------------------------
    dict(
        name="rej-de-1",
        kind="rejection",
        lang="de",
        company="Brandtwerk",
        position="Softwareentwickler Java",
        **{"from": "Brandtwerk GmbH Personalabteilung <bewerbung@brandtwerk.de>"},
        subject="Ihre Bewerbung als Softwareentwickler Java (m/w/d)",
        date="Mon, 09 Feb 2026 14:00:00 +0100",
        body="""Sehr geehrter Herr Morgan,

vielen Dank für Ihre Bewerbung und das damit verbundene Interesse an unserem Unternehmen.

Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir uns für einen anderen Bewerber entschieden haben.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Mit freundlichen Grüßen
Ihr Brandtwerk Recruiting-Team""",
    ),
    dict(
        name="rej-de-2-latin1",
        kind="rejection",
        lang="de",
        company="Kessler & Söhne",
        position="Sachbearbeiter Einkauf",
        **{"from": "Petra Albers <p.albers@kessler-soehne.de>"},
        subject="Absage: Sachbearbeiter Einkauf",
        date="Wed, 11 Feb 2026 10:30:00 +0100",
        charset="latin-1",
        label="iso-8859-1",
        transfer="quoted-printable",
        body="""Guten Tag Herr Morgan,

herzlichen Dank für Ihr Interesse an der Position Sachbearbeiter Einkauf.

Leider können wir Ihre Bewerbung nicht weiter berücksichtigen. Die Stelle wurde inzwischen intern besetzt.

Ihre Unterlagen senden wir Ihnen nicht zurück; sie werden nach sechs Monaten gelöscht.

Freundliche Grüße
Petra Albers
Kessler & Söhne""",
    ),
    dict(
        name="rej-de-3-personio",
        kind="rejection",
        lang="de",
        company="Lumenfeld",
        position="Frontend Developer",
        **{"from": "Lumenfeld <noreply@lumenfeld.jobs.personio.de>"},
        subject="Deine Bewerbung bei Lumenfeld",
        date="Fri, 13 Feb 2026 16:45:00 +0100",
        format="html",
        body="""Hallo Alex,

danke, dass du dich bei Lumenfeld als Frontend Developer beworben hast.

Wir haben uns deine Unterlagen genau angesehen. Leider müssen wir dir heute absagen, da wir uns für Kandidat:innen entschieden haben, deren Profil noch besser zu unseren aktuellen Anforderungen passt.

Bleib gerne mit uns in Kontakt – vielleicht klappt es ein anderes Mal!

Viele Grüße
Dein Lumenfeld Team""",
    ),
    dict(
        name="rej-de-4",
        kind="rejection",
        lang="de",
        company="Nordhafen Versicherung",
        position="Data Scientist",
        **{"from": "Nordhafen Versicherung AG <karriere@nordhafen-versicherung.de>"},
        subject="Ihre Bewerbung: Data Scientist",
        date="Tue, 24 Feb 2026 09:05:00 +0100",
        body="""Sehr geehrter Herr Morgan,

wir bedanken uns für Ihre Bewerbung als Data Scientist und Ihr Interesse an der Nordhafen Versicherung.

Nach eingehender Prüfung bedauern wir, Ihnen keine positive Rückmeldung geben zu können. Wir haben uns für eine Kandidatin entschieden, deren Erfahrung noch genauer unserem Anforderungsprofil entspricht.

Wir bedanken uns für Ihr Vertrauen und wünschen Ihnen viel Erfolg.

Mit freundlichen Grüßen
Nordhafen Versicherung AG
Personalmarketing & Recruiting""",
    ),
    dict(
        name="rej-de-5-after-interview",
        kind="rejection",
        lang="de",
        company="Sonnberg Medien",
        position="Redakteur Online",
        **{"from": "Jonas Reuter <j.reuter@sonnberg-medien.de>"},
        subject="AW: Vorstellungsgespräch Redakteur Online",
        date="Thu, 26 Feb 2026 18:20:00 +0100",
        body="""Hallo Herr Morgan,

vielen Dank noch einmal für das angenehme Gespräch letzte Woche.

Wir haben uns die Entscheidung nicht leicht gemacht, uns am Ende aber für einen anderen Kandidaten entschieden, der mehr Erfahrung im Videobereich mitbringt.

Ich wünsche Ihnen alles Gute und würde mich freuen, wenn wir in Kontakt bleiben.

Beste Grüße
Jonas Reuter
Sonnberg Medien GmbH""",
    ),
    # --- Rejections, French -------------------------------------------------------------
    dict(
        name="rej-fr-1",
        kind="rejection",
        lang="fr",
        company="Atelier Morel",
        position="Chef de projet digital",
        **{"from": "Atelier Morel Recrutement <recrutement@ateliermorel.fr>"},
        subject="Votre candidature au poste de Chef de projet digital",
        date="Tue, 10 Feb 2026 11:12:00 +0100",
        body="""Bonjour Alex,

Nous vous remercions de l'intérêt que vous portez à Atelier Morel et du temps consacré à votre candidature.

Après une étude attentive de votre profil, nous sommes au regret de vous informer que nous ne pouvons pas y donner une suite favorable.

Nous vous souhaitons une pleine réussite dans vos recherches.

Cordialement,
L'équipe Recrutement Atelier Morel""",
    ),
    dict(
        name="rej-fr-2-qp",
        kind="rejection",
        lang="fr",
        company="Banque Valorie",
        position="Analyste crédit",
        **{"from": "Banque Valorie <ne-pas-repondre@valorie.fr>"},
        subject="Candidature Analyste crédit - réponse",
        date="Mon, 16 Feb 2026 08:40:00 +0100",
        transfer="quoted-printable",
        body="""Madame, Monsieur,

Nous avons bien pris connaissance de votre candidature pour le poste d'Analyste crédit et nous vous en remercions.

Malheureusement, votre candidature n'a pas été retenue pour la suite du processus de recrutement.

Nous conservons votre dossier dans notre base et ne manquerons pas de revenir vers vous si une opportunité correspondant à votre profil se présentait.

Bien cordialement,
La Direction des Ressources Humaines
Banque Valorie""",
    ),
    dict(
        name="rej-fr-3",
        kind="rejection",
        lang="fr",
        company="Nébuleuse",
        position="Développeur Python",
        **{"from": "Camille Dufour <camille@nebuleuse.io>"},
        subject="Re: Développeur Python - suite de ton entretien",
        date="Fri, 27 Feb 2026 17:05:00 +0100",
        body="""Salut Alex,

Merci encore pour ton temps et pour l'échange de mardi, c'était vraiment sympa.

On a finalement décidé de poursuivre avec un autre candidat dont l'expérience en data engineering correspond davantage à nos besoins immédiats.

Je te souhaite plein de bonnes choses pour la suite !

Camille
Nébuleuse""",
    ),
    dict(
        name="rej-fr-4-workday",
        kind="rejection",
        lang="fr",
        company="Groupe Sérac",
        position="Contrôleur de gestion",
        **{"from": "Groupe Sérac <serac@myworkday.com>"},
        subject="Suite à votre candidature",
        date="Tue, 03 Mar 2026 07:55:00 +0100",
        format="alternative",
        body="""Bonjour Alex Morgan,

Nous vous remercions pour votre candidature au poste de Contrôleur de gestion au sein du Groupe Sérac.

Après examen de votre dossier, nous regrettons de vous informer que le poste a été pourvu.

Nous vous invitons à consulter régulièrement nos offres.

L'équipe Talent Acquisition du Groupe Sérac""",
    ),
    # --- Rejections, Spanish ------------------------------------------------------------
    dict(
        name="rej-es-1",
        kind="rejection",
        lang="es",
        company="Solmar Tecnología",
        position="Ingeniero de Datos",
        **{"from": "Solmar Tecnología <seleccion@solmartec.es>"},
        subject="Tu candidatura para Ingeniero de Datos",
        date="Wed, 11 Feb 2026 12:00:00 +0100",
        body="""Hola Alex:

Muchas gracias por tu interés en Solmar Tecnología y por el tiempo dedicado a tu candidatura.

Lamentamos comunicarte que, tras revisar todos los perfiles, hemos decidido continuar con otros candidatos cuyo perfil se ajusta más a lo que buscamos.

Te deseamos mucha suerte en tu búsqueda.

Un saludo,
Equipo de Selección de Solmar Tecnología""",
    ),
    dict(
        name="rej-es-2-b64",
        kind="rejection",
        lang="es",
        company="Grupo Albatros",
        position="Analista Financiero",
        **{"from": "Grupo Albatros RRHH <rrhh@grupoalbatros.com.mx>"},
        subject="Proceso de selección: Analista Financiero",
        date="Mon, 23 Feb 2026 10:20:00 -0600",
        transfer="base64",
        body="""Estimado Alex:

Le agradecemos su participación en el proceso de selección para la vacante de Analista Financiero.

Después de evaluar cuidadosamente su perfil, le informamos que no ha sido seleccionado para continuar en el proceso.

Conservaremos su CV en nuestra base de datos para futuras vacantes.

Atentamente,
Recursos Humanos
Grupo Albatros""",
    ),
    dict(
        name="rej-es-3",
        kind="rejection",
        lang="es",
        company="Kubo Fintech",
        position="Desarrollador Backend",
        **{"from": "Lucía Romero <lucia.romero@kubofintech.com>"},
        subject="Re: Entrevista Desarrollador Backend",
        date="Thu, 05 Mar 2026 16:40:00 +0100",
        body="""Hola Alex,

Gracias de nuevo por la entrevista técnica del lunes.

Te escribo para contarte que hemos decidido no seguir adelante con tu candidatura. Buscamos a alguien con más experiencia en sistemas de pagos en tiempo real.

Ha sido un placer conocerte y te deseo lo mejor.

Saludos,
Lucía Romero
Talent Partner · Kubo Fintech""",
    ),
    # --- Rejection forwarded by the user ------------------------------------------------
    dict(
        name="rej-en-forwarded",
        kind="rejection",
        lang="en",
        company="Harbor Point Labs",
        position="QA Engineer",
        **{"from": "Alex Morgan <alex.morgan@example.org>"},
        to="alex.m.archive@example.org",
        subject="Fwd: Your application to Harbor Point Labs",
        date="Fri, 06 Mar 2026 20:01:00 +0000",
        body="""saving this one for the tracker

---------- Forwarded message ---------
From: Harbor Point Labs <jobs@harborpointlabs.com>
Date: Fri, Mar 6, 2026 at 3:12 PM
Subject: Your application to Harbor Point Labs
To: <alex.morgan@example.org>


Hi Alex,

Thanks for applying for the QA Engineer role. We have carefully reviewed your application and decided not to move forward at this stage.

Best,
Harbor Point Labs""",
    ),
    # --- Interviews ---------------------------------------------------------------------
    dict(
        name="int-en-1-pst",
        kind="interview",
        lang="en",
        company="Quillfeather",
        position="Product Designer",
        event_at="2026-02-19T10:30:00-08:00",
        **{"from": "Maya Chen <maya.chen@quillfeather.com>"},
        subject="Interview invitation: Product Designer",
        date="Fri, 13 Feb 2026 11:20:00 -0800",
        body="""Hi Alex,

Thanks for applying to Quillfeather! We loved your case study on onboarding flows and would like to invite you to a 45-minute video interview with our design lead.

Does Thursday, February 19 at 10:30 AM PST work for you? The Google Meet link will follow in a calendar invite.

Best,
Maya Chen
Recruiting Coordinator, Quillfeather""",
    ),
    dict(
        name="int-en-2-calendly",
        kind="interview",
        lang="en",
        company="Parcelwise",
        position="Operations Analyst",
        **{"from": "Parcelwise Talent <talent@parcelwise.io>"},
        subject="Next steps: Operations Analyst",
        date="Mon, 16 Feb 2026 09:00:00 +0000",
        body="""Hi Alex,

Great news - we'd like to move you forward to the next stage for the Operations Analyst role!

The next step is a 30-minute call with our hiring manager. Please pick a time that suits you here: https://calendly.com/parcelwise-talent/ops-screen

Looking forward to it,
The Parcelwise Talent team""",
    ),
    dict(
        name="int-en-3-greenhouse-et",
        kind="interview",
        lang="en",
        company="Brightline Health",
        position="Backend Engineer",
        event_at="2026-02-24T14:00:00-05:00",
        **{"from": "Brightline Health <no-reply@us.greenhouse-mail.io>"},
        subject="Interview Confirmation - Backend Engineer",
        date="Wed, 18 Feb 2026 15:10:00 +0000",
        format="alternative",
        body="""Hi Alex,

Your interview for the Backend Engineer role at Brightline Health is confirmed.

When: Tuesday, February 24, 2026, 2:00 PM - 3:00 PM Eastern Time
Where: Zoom (link below)
Interviewers: Sam Ortiz, Engineering Manager

https://zoom.us/j/99887766

If you need to reschedule, reply to this email.

Brightline Health Recruiting""",
    ),
    dict(
        name="int-en-4-uk",
        kind="interview",
        lang="en",
        company="Ferro & Vale",
        position="Junior Accountant",
        event_at="2026-03-10T11:00:00+00:00",
        **{"from": "Martin Kowalski <m.kowalski@ferrovale.co.uk>"},
        subject="Junior Accountant interview",
        date="Tue, 03 Mar 2026 12:00:00 +0000",
        body="""Dear Alex,

Thank you for your application for the Junior Accountant position. We would like to invite you for an interview at our office, 14 Wharf Street, Bristol, on Tuesday 10 March at 11:00 GMT.

Please bring photo ID. Let me know if that time is not convenient.

Kind regards,
Martin Kowalski
Ferro & Vale""",
    ),
    dict(
        name="int-en-5-cet",
        kind="interview",
        lang="en",
        company="Loomstack",
        position="",
        event_at="2026-02-27T16:00:00+01:00",
        **{"from": "Priya Nair <priya@loomstack.dev>"},
        subject="Loomstack - technical interview",
        date="Mon, 23 Feb 2026 10:45:00 +0100",
        body="""Hi Alex,

The team enjoyed the intro chat. As a next step we'd like to schedule the technical interview (90 minutes, pair programming).

Would Friday Feb 27 at 4pm CET work? If not, send me two or three slots that suit you next week.

Thanks!
Priya
Loomstack""",
    ),
    dict(
        name="int-en-6-ashby-utc",
        kind="interview",
        lang="en",
        company="Vantage Robotics",
        position="Embedded Engineer",
        event_at="2026-03-04T09:00:00+00:00",
        **{"from": "Vantage Robotics <no-reply@ashbyhq.com>"},
        subject="Your interview with Vantage Robotics has been scheduled",
        date="Fri, 27 Feb 2026 18:00:00 +0000",
        format="html",
        body="""Hi Alex,

Your interview for Embedded Engineer has been scheduled.

Date: 2026-03-04
Time: 09:00 UTC (60 minutes)
Location: Google Meet - meet.google.com/abc-defg-hij

We look forward to speaking with you.

Vantage Robotics""",
    ),
    dict(
        name="int-en-7-reply-thread",
        kind="interview",
        lang="en",
        company="Oakridge Analytics",
        position="Machine Learning Engineer",
        event_at="2026-02-20T13:00:00-05:00",
        **{"from": "Dana Whitfield <dana.whitfield@oakridgeanalytics.com>"},
        subject="Re: Machine Learning Engineer",
        date="Mon, 16 Feb 2026 08:30:00 -0500",
        body="""Hi Alex,

Thanks for getting back to me so quickly. I'd love to set up a first conversation with our ML lead. How about Friday, Feb 20 at 1pm ET?

Dana

On Sun, Feb 15, 2026 at 9:14 PM Alex Morgan <alex.morgan@example.org> wrote:
> Hi Dana,
> thanks for reaching out. Unfortunately I missed your call on Friday; I'm
> definitely interested in the Machine Learning Engineer role.
> Best, Alex""",
    ),
    dict(
        name="int-de-1",
        kind="interview",
        lang="de",
        company="Nordhafen Versicherung",
        position="Data Scientist",
        event_at="2026-02-18T10:00:00+01:00",
        **{"from": "Svenja Holm <svenja.holm@nordhafen-versicherung.de>"},
        subject="Einladung zum Vorstellungsgespräch – Data Scientist",
        date="Wed, 11 Feb 2026 13:10:00 +0100",
        body="""Sehr geehrter Herr Morgan,

vielen Dank für Ihre Bewerbung als Data Scientist. Ihre Unterlagen haben uns überzeugt, und wir möchten Sie gerne zu einem ersten Kennenlerngespräch per Video einladen.

Als Termin schlagen wir Mittwoch, den 18.02.2026, um 10:00 Uhr vor. Bitte bestätigen Sie uns kurz, ob Ihnen der Termin passt.

Mit freundlichen Grüßen
Svenja Holm
Nordhafen Versicherung AG""",
    ),
    dict(
        name="int-de-2-du",
        kind="interview",
        lang="de",
        company="Lumenfeld",
        position="Frontend Developer",
        event_at="2026-03-05T15:30:00+01:00",
        **{"from": "Lumenfeld <noreply@lumenfeld.jobs.personio.de>"},
        subject="Einladung: Kennenlernen bei Lumenfeld",
        date="Fri, 27 Feb 2026 11:00:00 +0100",
        body="""Hallo Alex,

schön, dass du dich als Frontend Developer bei uns beworben hast! Wir würden dich gern kennenlernen und laden dich zu einem Gespräch am Donnerstag, 5. März, um 15:30 Uhr in unser Büro in Leipzig ein.

Gib uns bitte kurz Bescheid, ob das klappt.

Viele Grüße
Dein Lumenfeld Team""",
    ),
    dict(
        name="int-de-3-telefon",
        kind="interview",
        lang="de",
        company="Brandtwerk",
        position="Backend-Entwickler",
        event_at="2026-03-09T09:00:00+01:00",
        **{"from": "Tobias Meier <t.meier@brandtwerk.de>"},
        subject="Telefoninterview Backend-Entwickler",
        date="Tue, 03 Mar 2026 16:30:00 +0100",
        body="""Hallo Herr Morgan,

wie besprochen möchte ich Ihnen einen Termin für ein kurzes Telefoninterview vorschlagen: Montag, 9. März 2026, 9 Uhr. Ich rufe Sie unter der angegebenen Nummer an.

Beste Grüße
Tobias Meier
Brandtwerk GmbH""",
    ),
    dict(
        name="int-fr-1",
        kind="interview",
        lang="fr",
        company="Atelier Morel",
        position="Chef de projet digital",
        event_at="2026-02-26T14:30:00+01:00",
        **{"from": "Élodie Martin <elodie.martin@ateliermorel.fr>"},
        subject="Entretien - Chef de projet digital",
        date="Thu, 19 Feb 2026 09:50:00 +0100",
        body="""Bonjour Alex,

Suite à votre candidature pour le poste de Chef de projet digital, nous souhaiterions vous inviter à un entretien dans nos locaux le jeudi 26 février à 14h30.

Merci de me confirmer votre présence.

Bien cordialement,
Élodie Martin
Chargée de recrutement, Atelier Morel""",
    ),
    dict(
        name="int-fr-2-visio",
        kind="interview",
        lang="fr",
        company="Nébuleuse",
        position="",
        event_at="2026-02-24T10:00:00+01:00",
        **{"from": "Camille Dufour <camille@nebuleuse.io>"},
        subject="Ta candidature chez Nébuleuse",
        date="Thu, 19 Feb 2026 18:00:00 +0100",
        body="""Salut Alex,

Merci pour ta candidature ! Ton profil nous plaît beaucoup et on aimerait organiser un premier entretien en visio avec l'équipe.

Est-ce que mardi 24 février à 10h00 (heure de Paris) te conviendrait ?

À bientôt,
Camille
Nébuleuse""",
    ),
    dict(
        name="int-es-1",
        kind="interview",
        lang="es",
        company="Kubo Fintech",
        position="Desarrollador Backend",
        event_at="2026-02-23T11:00:00+01:00",
        **{"from": "Lucía Romero <lucia.romero@kubofintech.com>"},
        subject="Entrevista Desarrollador Backend",
        date="Tue, 17 Feb 2026 10:10:00 +0100",
        body="""Hola Alex,

Gracias por tu candidatura para el puesto de Desarrollador Backend. Nos gustaría invitarte a una entrevista técnica el lunes 23 de febrero a las 11:00 (hora de Madrid) por videollamada.

¿Te viene bien? Si no, indícanos tu disponibilidad.

Un saludo,
Lucía Romero
Kubo Fintech""",
    ),
    dict(
        name="int-es-2-mx",
        kind="interview",
        lang="es",
        company="Grupo Albatros",
        position="Analista Financiero",
        event_at="2026-02-12T09:30:00-06:00",
        **{"from": "Grupo Albatros RRHH <rrhh@grupoalbatros.com.mx>"},
        subject="Invitación a entrevista - Analista Financiero",
        date="Mon, 09 Feb 2026 17:00:00 -0600",
        format="alternative",
        body="""Estimado Alex:

Nos complace invitarle a una entrevista para la vacante de Analista Financiero, el jueves 12 de febrero de 2026 a las 9:30 a.m. (hora de la Ciudad de México), en nuestras oficinas de Avenida Reforma 250.

Le agradeceremos confirmar su asistencia respondiendo a este correo.

Atentamente,
Recursos Humanos
Grupo Albatros""",
    ),
    # --- Confirmations ------------------------------------------------------------------
    dict(
        name="conf-en-greenhouse",
        kind="confirmation",
        lang="en",
        company="Brightline Health",
        position="Senior Backend Engineer",
        **{"from": "Brightline Health <no-reply@us.greenhouse-mail.io>"},
        subject="Thank you for applying to Brightline Health",
        date="Mon, 26 Jan 2026 20:14:00 +0000",
        body="""Hi Alex,

Thanks for applying to Brightline Health! Your application for the Senior Backend Engineer role has been received and will be reviewed by our team.

If your background is a match, a member of our recruiting team will reach out about next steps. In the meantime, you can learn more about our culture on our blog.

Brightline Health Recruiting""",
    ),
    dict(
        name="conf-en-lever",
        kind="confirmation",
        lang="en",
        company="Tidewater Games",
        position="Gameplay Programmer",
        **{"from": "Tidewater Games <no-reply@hire.lever.co>"},
        subject="Thanks for your application to Tidewater Games",
        date="Tue, 27 Jan 2026 08:00:00 +0000",
        format="html",
        body="""Hi Alex,

Thank you for your interest in the Gameplay Programmer position at Tidewater Games. We've received your application and our hiring team will take a look soon.

Because we receive so many applications, it can take up to two weeks for us to respond. Unfortunately we can't reply to every applicant individually if we don't move forward.

Cheers,
Tidewater Games""",
    ),
    dict(
        name="conf-en-workday",
        kind="confirmation",
        lang="en",
        company="Halvorsen Logistics",
        position="Data Analyst II",
        **{"from": "halvorsen@myworkday.com"},
        subject="Application received: Data Analyst II",
        date="Wed, 28 Jan 2026 15:00:00 +0000",
        body="""Dear Alex Morgan,

Thank you for applying to Halvorsen Logistics. This email confirms that we have received your application for the Data Analyst II position (R-20418).

You can check the status of your application at any time by signing in to your candidate home.

Regards,
Halvorsen Logistics Talent Acquisition""",
    ),
    dict(
        name="conf-en-smartrecruiters",
        kind="confirmation",
        lang="en",
        company="Corvid Systems",
        position="IT Support Specialist",
        **{"from": "Corvid Systems <noreply@smartrecruiters.com>"},
        subject="Your application for IT Support Specialist",
        date="Thu, 29 Jan 2026 09:30:00 +0100",
        format="alternative",
        body="""Dear Alex,

Thank you for applying to the IT Support Specialist position at Corvid Systems. We have successfully received your application.

Our recruiting team is reviewing all applications and will be in touch if your profile fits.

Best regards,
Corvid Systems Recruitment""",
    ),
    dict(
        name="conf-en-ashby",
        kind="confirmation",
        lang="en",
        company="Vantage Robotics",
        position="Embedded Engineer",
        **{"from": "Vantage Robotics <no-reply@ashbyhq.com>"},
        subject="We received your application",
        date="Sat, 31 Jan 2026 10:00:00 +0000",
        body="""Hi Alex,

Thanks for your interest in Vantage Robotics! We wanted to let you know we received your application for Embedded Engineer.

We review every application carefully and will get back to you as soon as we can.

The Vantage Robotics team""",
    ),
    dict(
        name="conf-en-workable",
        kind="confirmation",
        lang="en",
        company="Greenleaf Energy",
        position="Project Coordinator",
        **{"from": "Greenleaf Energy <noreply@candidates.workablemail.com>"},
        subject="Greenleaf Energy - Application submitted",
        date="Mon, 02 Feb 2026 12:00:00 +0000",
        body="""Hello Alex,

Your application for the Project Coordinator position at Greenleaf Energy was submitted successfully.

Here is what happens next: the hiring team reviews applications weekly. If you are shortlisted, we will contact you to arrange a call.

Thanks,
Greenleaf Energy""",
    ),
    dict(
        name="conf-de-1",
        kind="confirmation",
        lang="de",
        company="Brandtwerk",
        position="Softwareentwickler Java",
        **{"from": "Brandtwerk GmbH <bewerbung@brandtwerk.de>"},
        subject="Eingangsbestätigung Ihrer Bewerbung",
        date="Mon, 26 Jan 2026 09:12:00 +0100",
        body="""Sehr geehrter Herr Morgan,

vielen Dank für Ihre Bewerbung als Softwareentwickler Java (m/w/d). Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Wir prüfen Ihre Bewerbung sorgfältig und melden uns innerhalb der nächsten drei Wochen bei Ihnen.

Mit freundlichen Grüßen
Ihr Brandtwerk Recruiting-Team""",
    ),
    dict(
        name="conf-de-2-personio",
        kind="confirmation",
        lang="de",
        company="Lumenfeld",
        position="Frontend Developer",
        **{"from": "Lumenfeld <noreply@lumenfeld.jobs.personio.de>"},
        subject="Deine Bewerbung ist bei uns angekommen",
        date="Tue, 27 Jan 2026 19:40:00 +0100",
        format="html",
        body="""Hallo Alex,

danke für deine Bewerbung als Frontend Developer bei Lumenfeld! Deine Unterlagen sind gut bei uns angekommen.

Wir schauen sie uns in Ruhe an und melden uns so bald wie möglich.

Viele Grüße
Dein Lumenfeld Team""",
    ),
    dict(
        name="conf-de-3-qp",
        kind="confirmation",
        lang="de",
        company="Nordhafen Versicherung",
        position="Data Scientist",
        **{"from": "Nordhafen Versicherung AG <karriere@nordhafen-versicherung.de>"},
        subject="Ihre Bewerbung als Data Scientist",
        date="Wed, 28 Jan 2026 07:30:00 +0100",
        transfer="quoted-printable",
        body="""Sehr geehrter Herr Morgan,

herzlichen Dank für Ihr Interesse an der Nordhafen Versicherung. Ihre Bewerbung als Data Scientist haben wir erhalten.

Sollten wir Ihre Bewerbung nicht weiter berücksichtigen können, erhalten Sie selbstverständlich ebenfalls eine Nachricht von uns.

Mit freundlichen Grüßen
Personalmarketing & Recruiting""",
    ),
    dict(
        name="conf-fr-1",
        kind="confirmation",
        lang="fr",
        company="Atelier Morel",
        position="Chef de projet digital",
        **{"from": "Atelier Morel Recrutement <recrutement@ateliermorel.fr>"},
        subject="Accusé de réception de votre candidature",
        date="Thu, 29 Jan 2026 10:00:00 +0100",
        body="""Bonjour Alex,

Nous avons bien reçu votre candidature au poste de Chef de projet digital et vous remercions de l'intérêt que vous portez à Atelier Morel.

Nous l'étudions avec attention et reviendrons vers vous dans les meilleurs délais.

Cordialement,
L'équipe Recrutement""",
    ),
    dict(
        name="conf-fr-2-smartrecruiters",
        kind="confirmation",
        lang="fr",
        company="Groupe Sérac",
        position="Contrôleur de gestion",
        **{"from": "Groupe Sérac <noreply@smartrecruiters.com>"},
        subject="Merci pour votre candidature",
        date="Fri, 30 Jan 2026 14:25:00 +0100",
        format="alternative",
        body="""Bonjour Alex,

Merci pour votre candidature au poste de Contrôleur de gestion chez Groupe Sérac. Elle a bien été enregistrée.

Notre équipe reviendra vers vous si votre profil correspond à nos attentes.

L'équipe Talent Acquisition""",
    ),
    dict(
        name="conf-es-1",
        kind="confirmation",
        lang="es",
        company="Solmar Tecnología",
        position="Ingeniero de Datos",
        **{"from": "Solmar Tecnología <seleccion@solmartec.es>"},
        subject="Hemos recibido tu candidatura",
        date="Mon, 26 Jan 2026 11:00:00 +0100",
        body="""Hola Alex:

¡Gracias por tu interés en Solmar Tecnología! Hemos recibido correctamente tu candidatura para el puesto de Ingeniero de Datos.

Nuestro equipo la revisará y nos pondremos en contacto contigo si tu perfil encaja con lo que buscamos.

Un saludo,
Equipo de Selección""",
    ),
    dict(
        name="conf-es-2-latin1",
        kind="confirmation",
        lang="es",
        company="Kubo Fintech",
        position="Desarrollador Backend",
        **{"from": "Kubo Fintech <talento@kubofintech.com>"},
        subject="Confirmación de tu solicitud - Desarrollador Backend",
        date="Tue, 03 Feb 2026 09:45:00 +0100",
        charset="latin-1",
        label="iso-8859-1",
        body="""Hola Alex,

Gracias por tu solicitud para Desarrollador Backend. Tu solicitud ha sido recibida y la revisaremos en los próximos días.

¡Mucha suerte!
Equipo de Talento de Kubo Fintech""",
    ),
    # --- Offers -------------------------------------------------------------------------
    dict(
        name="offer-en-1",
        kind="offer",
        lang="en",
        company="Vantage Robotics",
        position="Embedded Engineer",
        **{"from": "Ruth Okafor <ruth.okafor@vantagerobotics.com>"},
        subject="Offer - Embedded Engineer",
        date="Tue, 10 Mar 2026 17:00:00 +0000",
        body="""Hi Alex,

On behalf of everyone at Vantage Robotics, I'm delighted to offer you the position of Embedded Engineer!

Your offer letter with the salary, equity and start date details is attached. Please review it and let me know if you have any questions; we'd love to hear back by Friday.

Congratulations,
Ruth Okafor
VP Engineering, Vantage Robotics""",
    ),
    dict(
        name="offer-de-1",
        kind="offer",
        lang="de",
        company="Nordhafen Versicherung",
        position="Data Scientist",
        **{"from": "Svenja Holm <svenja.holm@nordhafen-versicherung.de>"},
        subject="Vertragsangebot Data Scientist",
        date="Wed, 11 Mar 2026 10:00:00 +0100",
        body="""Sehr geehrter Herr Morgan,

wir freuen uns sehr, Ihnen nach den Gesprächen der letzten Wochen die Position als Data Scientist anbieten zu können.

Anbei erhalten Sie unser Vertragsangebot. Bitte lassen Sie uns Ihre Rückmeldung bis zum 18. März zukommen.

Mit freundlichen Grüßen
Svenja Holm
Nordhafen Versicherung AG""",
    ),
    dict(
        name="offer-fr-1",
        kind="offer",
        lang="fr",
        company="Atelier Morel",
        position="Chef de projet digital",
        **{"from": "Élodie Martin <elodie.martin@ateliermorel.fr>"},
        subject="Proposition d'embauche - Chef de projet digital",
        date="Thu, 12 Mar 2026 11:30:00 +0100",
        body="""Bonjour Alex,

Nous avons le plaisir de vous faire part d'une proposition d'embauche pour le poste de Chef de projet digital en CDI.

Vous trouverez en pièce jointe le détail de notre proposition. Nous restons à votre disposition pour en discuter.

Bien cordialement,
Élodie Martin
Atelier Morel""",
    ),
    dict(
        name="offer-es-1",
        kind="offer",
        lang="es",
        company="Solmar Tecnología",
        position="Ingeniero de Datos",
        **{"from": "Marta Gil <marta.gil@solmartec.es>"},
        subject="Oferta: Ingeniero de Datos",
        date="Fri, 13 Mar 2026 13:00:00 +0100",
        body="""Hola Alex:

Tras el proceso de selección, nos alegra mucho ofrecerte el puesto de Ingeniero de Datos en Solmar Tecnología.

Te adjuntamos la carta oferta con las condiciones. Quedamos a la espera de tu respuesta.

Un abrazo,
Marta Gil
Solmar Tecnología""",
    ),
    # --- Hard negatives -----------------------------------------------------------------
    dict(
        name="other-ooo-en",
        kind="other",
        lang="en",
        **{"from": "Dana Whitfield <dana.whitfield@oakridgeanalytics.com>"},
        subject="Automatic reply: Machine Learning Engineer application",
        date="Mon, 16 Feb 2026 08:31:00 -0500",
        body="""Thank you for your email. I am out of the office until Monday, February 23 with limited access to email.

For urgent matters regarding interviews, please contact recruiting@oakridgeanalytics.com.

Dana""",
    ),
    dict(
        name="other-ooo-de",
        kind="other",
        lang="de",
        **{"from": "Svenja Holm <svenja.holm@nordhafen-versicherung.de>"},
        subject="Abwesenheitsnotiz: Ihre Bewerbung",
        date="Mon, 23 Feb 2026 09:00:00 +0100",
        body="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 27.02. nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an karriere@nordhafen-versicherung.de.

Mit freundlichen Grüßen
Svenja Holm""",
    ),
    dict(
        name="other-ooo-fr",
        kind="other",
        lang="fr",
        **{"from": "Élodie Martin <elodie.martin@ateliermorel.fr>"},
        subject="Réponse automatique : Candidature",
        date="Tue, 24 Feb 2026 08:00:00 +0100",
        body="""Bonjour,

Je suis absente du bureau jusqu'au 2 mars inclus. Pour toute question concernant un entretien, merci de contacter recrutement@ateliermorel.fr.

Cordialement,
Élodie Martin""",
    ),
    dict(
        name="other-ooo-es",
        kind="other",
        lang="es",
        **{"from": "Lucía Romero <lucia.romero@kubofintech.com>"},
        subject="Respuesta automática: Entrevista",
        date="Wed, 25 Feb 2026 12:00:00 +0100",
        body="""Hola,

Estoy fuera de la oficina hasta el 2 de marzo, con acceso limitado al correo. Para temas de selección escribe a talento@kubofintech.com.

Gracias,
Lucía""",
    ),
    dict(
        name="other-alert-en-linkedin",
        kind="other",
        lang="en",
        **{"from": "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>"},
        subject='30+ new jobs for "data analyst" in Bristol',
        date="Mon, 09 Feb 2026 06:00:00 +0000",
        format="html",
        body="""Your job alert for data analyst in Bristol

Data Analyst - Meridian Bank - Bristol (Hybrid)
Junior Data Analyst - Halvorsen Logistics - Bristol
Analytics Engineer - Parcelwise - Remote

See all jobs

You're receiving job alert emails. Unsubscribe""",
    ),
    dict(
        name="other-alert-de-stepstone",
        kind="other",
        lang="de",
        **{"from": "StepStone Jobagent <jobagent@stepstone.de>"},
        subject="5 neue Jobs für Sie: Softwareentwickler",
        date="Tue, 10 Feb 2026 07:00:00 +0100",
        body="""Hallo Alex,

Ihr Jobagent hat neue passende Jobs gefunden:

Softwareentwickler Java (m/w/d) – Brandtwerk GmbH – Leipzig
Backend-Entwickler Python – Sonnberg Medien – Hamburg

Jobagent bearbeiten oder abmelden""",
    ),
    dict(
        name="other-alert-fr",
        kind="other",
        lang="fr",
        **{"from": "HelloWork <alertes@hellowork.com>"},
        subject="Nouvelles offres pour vous : développeur python",
        date="Wed, 11 Feb 2026 07:30:00 +0100",
        body="""Bonjour Alex,

Voici les nouvelles offres qui correspondent à votre alerte emploi :

Développeur Python H/F - Nébuleuse - Lyon
Data engineer - Banque Valorie - Paris

Se désinscrire de cette alerte""",
    ),
    dict(
        name="other-alert-es",
        kind="other",
        lang="es",
        **{"from": "InfoJobs <alertas@infojobs.net>"},
        subject="Nuevas ofertas de empleo que encajan contigo",
        date="Thu, 12 Feb 2026 08:00:00 +0100",
        body="""Hola Alex,

Tu alerta de empleo "desarrollador backend" tiene 12 nuevas ofertas:

Desarrollador Backend - Kubo Fintech - Madrid
Ingeniero de Datos - Solmar Tecnología - Valencia

Darse de baja de esta alerta""",
    ),
    dict(
        name="other-newsletter-unfortunately",
        kind="other",
        lang="en",
        **{"from": "The Career Compass <hello@careercompass-news.com>"},
        subject="This week: why rejection emails are getting shorter",
        date="Fri, 13 Feb 2026 12:00:00 +0000",
        format="html",
        body="""Hi there,

Unfortunately, most candidates never hear back at all. This week we look at why companies send shorter rejection emails, and what "we have decided to move forward with other candidates" really means.

Plus: five ways to stay motivated during a long search.

Read in browser | Unsubscribe""",
    ),
    dict(
        name="other-newsletter-de",
        kind="other",
        lang="de",
        **{"from": "Karriere-Kompass <newsletter@karrierekompass.de>"},
        subject="Newsletter: Absagen richtig verarbeiten",
        date="Sat, 14 Feb 2026 09:00:00 +0100",
        body="""Liebe Leserinnen und Leser,

leider gehören Absagen zur Jobsuche dazu. In dieser Ausgabe erklären wir, wie Sie mit einer Absage umgehen und was Sie daraus lernen können.

Außerdem: Gehaltsverhandlung in fünf Schritten.

Newsletter abbestellen""",
    ),
    dict(
        name="other-outreach-en",
        kind="other",
        lang="en",
        **{"from": "Tom Becker <tom@peakhire-recruiting.com>"},
        subject="Senior Data Engineer opportunity - fintech, remote",
        date="Mon, 16 Feb 2026 10:00:00 +0000",
        body="""Hi Alex,

I came across your profile and was impressed by your data platform work. I'm a recruiter with PeakHire and I'm working with a fast-growing fintech client on a Senior Data Engineer role (fully remote, strong equity).

Would you be open to a quick 15-minute call this week to hear more? Let me know a time that works.

Cheers,
Tom""",
    ),
    dict(
        name="other-outreach-de",
        kind="other",
        lang="de",
        **{"from": "Sarah Winkler <s.winkler@talentbruecke.de>"},
        subject="Spannende Position als Lead Developer",
        date="Tue, 17 Feb 2026 11:00:00 +0100",
        body="""Hallo Alex,

ich bin auf dein Profil gestoßen und finde deinen Werdegang sehr spannend. Für einen meiner Kunden, ein Softwarehaus in Berlin, suche ich aktuell einen Lead Developer.

Wärst du offen für ein kurzes Telefonat in den nächsten Tagen?

Viele Grüße
Sarah Winkler
Talentbrücke Personalberatung""",
    ),
    dict(
        name="other-outreach-fr",
        kind="other",
        lang="fr",
        **{"from": "Julien Roux <julien.roux@cabinet-horizon.fr>"},
        subject="Opportunité Lead Data - Paris",
        date="Wed, 18 Feb 2026 10:30:00 +0100",
        body="""Bonjour Alex,

Votre profil a retenu mon attention sur LinkedIn. J'accompagne un de mes clients, une scale-up parisienne, dans le recrutement d'un Lead Data.

Seriez-vous ouvert à un échange téléphonique cette semaine ?

Bien à vous,
Julien Roux
Cabinet Horizon""",
    ),
    dict(
        name="other-reply-thanks",
        kind="other",
        lang="en",
        **{"from": "Dana Whitfield <dana.whitfield@oakridgeanalytics.com>"},
        subject="Re: Feedback on my interview",
        date="Mon, 02 Mar 2026 09:00:00 -0500",
        body="""Hi Alex,

Of course - I'm glad the notes were useful. Good luck with everything, and feel free to stay in touch.

Dana

On Fri, Feb 27, 2026 at 4:00 PM Alex Morgan <alex.morgan@example.org> wrote:
> Hi Dana, thanks for letting me know. I understand you decided to offer the
> role to another candidate. Could you share any feedback?
>
> On Thu, Feb 26, 2026 Dana Whitfield wrote:
>> We've made the difficult decision to offer the role to another candidate.""",
    ),
    dict(
        name="other-ats-password",
        kind="other",
        lang="en",
        **{"from": "Halvorsen Logistics <halvorsen@myworkday.com>"},
        subject="Reset your candidate account password",
        date="Thu, 19 Feb 2026 21:00:00 +0000",
        body="""Hello,

We received a request to reset the password for your candidate account. Click the link below to choose a new password. The link expires in 24 hours.

If you did not request this, you can ignore this email.

Halvorsen Logistics""",
    ),
    dict(
        name="other-webinar",
        kind="other",
        lang="en",
        **{"from": "Brightline Health Events <events@brightlinehealth.com>"},
        subject="You're invited: Engineering at Brightline - live Q&A",
        date="Fri, 20 Feb 2026 16:00:00 +0000",
        body="""Hi Alex,

Join our engineering leaders for a live Q&A on March 5 at 6 PM GMT about how we build healthcare software. Register below to save your seat.

Not interested? Unsubscribe from event emails.

Brightline Health""",
    ),
    dict(
        name="other-es-newsletter",
        kind="other",
        lang="es",
        **{"from": "Empleo Hoy <boletin@empleohoy.es>"},
        subject="Boletín semanal: cómo preparar tu próxima entrevista",
        date="Sun, 22 Feb 2026 09:00:00 +0100",
        body="""Hola,

Lamentablemente, muchos candidatos llegan a la entrevista sin preparar sus preguntas. Esta semana te contamos cómo evitarlo.

También: los sectores que más contratan este mes.

Si no quieres recibir este boletín, puedes darte de baja aquí.""",
    ),
    dict(
        name="other-user-reply-interview",
        kind="other",
        lang="en",
        **{"from": "Maya Chen <maya.chen@quillfeather.com>"},
        subject="Re: Interview invitation: Product Designer",
        date="Fri, 13 Feb 2026 15:00:00 -0800",
        body="""Perfect, thanks Alex! See you then.

Maya

On Fri, Feb 13, 2026 at 2:10 PM Alex Morgan <alex.morgan@example.org> wrote:
> Hi Maya, Thursday at 10:30 works great for me.
>
> On Fri, Feb 13, 2026 at 11:20 AM Maya Chen wrote:
>> We would like to invite you to a 45-minute video interview with our design lead.""",
    ),
    # --- More development messages ------------------------------------------------------
    dict(
        name="rej-en-gmail-smallco",
        kind="rejection",
        lang="en",
        company="Pixel Orchard",
        position="Junior Web Developer",
        **{"from": "Ben Carter <ben.pixelorchard@gmail.com>"},
        subject="Junior Web Developer - decision",
        date="Mon, 09 Mar 2026 18:12:00 +0000",
        body="""Hi Alex,

Thanks again for coming in on Thursday. We're a small team at Pixel Orchard, so these decisions are never easy.

In the end we went with someone who has a bit more WordPress experience, so we won't be taking your application further this time. I hope you find something great soon.

Ben Carter
Founder, Pixel Orchard""",
    ),
    dict(
        name="rej-en-unsubscribe-footer",
        kind="rejection",
        lang="en",
        company="Sparrowhawk Media",
        position="Content Strategist",
        **{"from": "Sparrowhawk Media <jobs@sparrowhawkmedia.com>"},
        subject="Your application to Sparrowhawk Media",
        date="Tue, 10 Mar 2026 09:00:00 +0000",
        format="alternative",
        body="""Hi Alex,

We appreciate your interest in the Content Strategist role. After reviewing your application, we've decided to pursue other candidates whose experience better fits our current needs.

Thank you for thinking of Sparrowhawk Media.

Sparrowhawk Media Careers
You received this email because you applied for a job with us. Unsubscribe from job updates.""",
    ),
    dict(
        name="rej-en-cancelled",
        kind="rejection",
        lang="en",
        company="Northgate Retail",
        position="Merchandising Analyst",
        **{"from": "Northgate Retail Talent <talent@northgateretail.com>"},
        subject="Merchandising Analyst (Job 5521) - update",
        date="Wed, 11 Mar 2026 14:30:00 +0000",
        body="""Dear Alex,

We wanted to let you know that the Merchandising Analyst position has been cancelled due to a change in business priorities, so we are unable to move your application forward.

We're sorry for the disappointment and thank you for your patience.

Northgate Retail Talent Acquisition""",
    ),
    dict(
        name="rej-de-wg-forward",
        kind="rejection",
        lang="de",
        company="Falkner Bau",
        position="Bauingenieur",
        **{"from": "Alex Morgan <alex.morgan@example.org>"},
        subject="WG: Ihre Bewerbung als Bauingenieur",
        date="Thu, 12 Mar 2026 20:00:00 +0100",
        body="""zur Ablage

-----Ursprüngliche Nachricht-----
Von: Falkner Bau GmbH <personal@falkner-bau.de>
Gesendet: Donnerstag, 12. März 2026 11:04
An: alex.morgan@example.org
Betreff: Ihre Bewerbung als Bauingenieur

Sehr geehrter Herr Morgan,

wir danken Ihnen für Ihre Bewerbung. Leider haben wir uns nach reiflicher Überlegung gegen Ihre Bewerbung entschieden.

Mit freundlichen Grüßen
Falkner Bau GmbH""",
    ),
    dict(
        name="rej-fr-tr-forward",
        kind="rejection",
        lang="fr",
        company="Cobalt Conseil",
        position="Consultant junior",
        **{"from": "Alex Morgan <alex.morgan@example.org>"},
        subject="TR: Votre candidature - Consultant junior",
        date="Fri, 13 Mar 2026 19:00:00 +0100",
        body="""-------- Message transféré --------
Sujet : Votre candidature - Consultant junior
Date : Fri, 13 Mar 2026 10:15:00 +0100
De : Cobalt Conseil <rh@cobalt-conseil.fr>
Pour : alex.morgan@example.org

Bonjour,

Nous vous remercions pour l'intérêt porté à Cobalt Conseil. Après étude de votre dossier, nous ne sommes pas en mesure de donner une suite favorable à votre candidature au poste de Consultant junior.

Cordialement,
Le service RH""",
    ),
    dict(
        name="int-en-tomorrow",
        kind="interview",
        lang="en",
        company="Sparrowhawk Media",
        position="Content Strategist",
        event_at="2026-02-18T15:00:00+00:00",
        **{"from": "Leah Park <leah.park@sparrowhawkmedia.com>"},
        subject="Quick call tomorrow?",
        date="Tue, 17 Feb 2026 16:20:00 +0000",
        body="""Hi Alex,

Thanks for applying for the Content Strategist role! I'd love to set up a 20-minute intro call. Would tomorrow at 3pm work? I'll call the number on your CV.

Leah""",
    ),
    dict(
        name="int-en-offset",
        kind="interview",
        lang="en",
        company="Kestrel Security",
        position="Security Engineer",
        event_at="2026-03-16T13:00:00+02:00",
        **{"from": "Kestrel Security Hiring <hiring@kestrelsec.com>"},
        subject="Security Engineer - interview scheduled",
        date="Tue, 10 Mar 2026 08:00:00 +0000",
        format="html",
        body="""Hello Alex,

Your panel interview for the Security Engineer position is confirmed for Monday, March 16, 2026 at 13:00 (UTC+02:00), on Microsoft Teams.

The panel: our CISO and two senior engineers. Plan for 75 minutes.

Kestrel Security""",
    ),
    dict(
        name="int-fr-cet",
        kind="interview",
        lang="fr",
        company="Cobalt Conseil",
        position="Consultant junior",
        event_at="2026-02-25T09:00:00+01:00",
        **{"from": "Inès Garnier <ines.garnier@cobalt-conseil.fr>"},
        subject="Convocation à un entretien - Consultant junior",
        date="Wed, 18 Feb 2026 15:00:00 +0100",
        body="""Bonjour Alex,

Nous avons le plaisir de vous convier à un entretien pour le poste de Consultant junior le mercredi 25 février 2026 à 9h (CET), dans nos bureaux de Nantes.

Merci de nous confirmer votre disponibilité.

Inès Garnier
Cobalt Conseil""",
    ),
    dict(
        name="int-es-workable",
        kind="interview",
        lang="es",
        company="Rumbo Viajes",
        position="Product Manager",
        event_at="2026-03-03T16:30:00+01:00",
        **{"from": "Rumbo Viajes <noreply@candidates.workablemail.com>"},
        subject="Entrevista para Product Manager en Rumbo Viajes",
        date="Thu, 26 Feb 2026 12:00:00 +0100",
        body="""Hola Alex,

¡Gracias por tu interés en Rumbo Viajes! Queremos invitarte a una entrevista para el puesto de Product Manager el martes 3 de marzo a las 16:30 (hora peninsular española).

La entrevista será por Google Meet y durará unos 45 minutos.

Un saludo,
El equipo de Rumbo Viajes""",
    ),
    dict(
        name="conf-en-teamtailor",
        kind="confirmation",
        lang="en",
        company="Northgate Retail",
        position="Merchandising Analyst",
        **{"from": "Northgate Retail <no-reply@teamtailor-mail.com>"},
        subject="Thanks for applying to Northgate Retail!",
        date="Mon, 16 Feb 2026 10:00:00 +0000",
        body="""Hi Alex,

Thanks for applying for the Merchandising Analyst position. We've got your application and will review it within 10 working days.

Please note: due to the number of applications, if you are not selected for an interview we may not be able to contact you individually. Unfortunately we cannot give feedback at this stage.

Best,
Northgate Retail""",
    ),
    dict(
        name="conf-en-greenhouse-html",
        kind="confirmation",
        lang="en",
        company="Kestrel Security",
        position="Security Engineer",
        **{"from": "Kestrel Security <no-reply@us.greenhouse-mail.io>"},
        subject="Application received - Security Engineer",
        date="Tue, 17 Feb 2026 07:45:00 +0000",
        format="html",
        body="""Hello Alex,

Thank you for your interest in Kestrel Security. We have received your application for the Security Engineer role.

Our team reviews every application personally. Should your background match our needs, we will reach out to schedule a first conversation.

Kestrel Security Recruiting""",
    ),
    dict(
        name="offer-en-2",
        kind="offer",
        lang="en",
        company="Sparrowhawk Media",
        position="Content Strategist",
        **{"from": "Leah Park <leah.park@sparrowhawkmedia.com>"},
        subject="Re: Content Strategist - good news!",
        date="Mon, 16 Mar 2026 12:00:00 +0000",
        body="""Hi Alex,

I'm thrilled to let you know that the team would like to extend you an offer for the Content Strategist role! I'll send the written offer later today; in the meantime, do you have time for a quick call to go through the details?

Congratulations!
Leah""",
    ),
    dict(
        name="other-alert-indeed",
        kind="other",
        lang="en",
        **{"from": "Indeed <alert@indeed.com>"},
        subject="Security Engineer jobs in Berlin: 14 new jobs",
        date="Wed, 18 Feb 2026 06:00:00 +0000",
        format="html",
        body="""New jobs matching your search: security engineer, Berlin

Security Engineer - Kestrel Security - Berlin - Easily apply
Cloud Security Engineer - Corvid Systems - Remote

Unfortunately, some jobs may no longer be accepting applications.

Unsubscribe from these emails""",
    ),
    dict(
        name="other-outreach-es",
        kind="other",
        lang="es",
        **{"from": "Andrés Pardo <andres@talentohub.es>"},
        subject="Oportunidad: Lead Backend en Madrid",
        date="Thu, 19 Feb 2026 11:30:00 +0100",
        body="""Hola Alex,

He visto tu perfil en LinkedIn y creo que encajarías muy bien en una posición de Lead Backend para un cliente nuestro en Madrid.

¿Estarías abierto a nuevas oportunidades? Si te interesa, podemos agendar una llamada esta semana.

Un saludo,
Andrés Pardo
TalentoHub""",
    ),
    dict(
        name="other-ooo-en-2",
        kind="other",
        lang="en",
        **{"from": "Recruiting Team <recruiting@oakridgeanalytics.com>"},
        subject="Out of Office: Re: Interview availability",
        date="Fri, 20 Feb 2026 17:00:00 -0500",
        body="""Hello,

Our recruiting team is away from the office for our company offsite until February 25. We will respond to your message about interview scheduling when we are back.

Oakridge Analytics Recruiting""",
    ),
    dict(
        name="other-reply-de",
        kind="other",
        lang="de",
        **{"from": "Tobias Meier <t.meier@brandtwerk.de>"},
        subject="AW: Absage",
        date="Mon, 02 Mar 2026 10:00:00 +0100",
        body="""Hallo Herr Morgan,

gerne – ich schicke Ihnen bis Ende der Woche ein paar Stichpunkte zu unserem Feedback.

Beste Grüße
Tobias Meier

Am 27.02.2026 um 16:02 schrieb Alex Morgan <alex.morgan@example.org>:
> Hallo Herr Meier, danke für Ihre Nachricht. Schade, dass es nicht geklappt hat.
> Hätten Sie ein kurzes Feedback für mich?
>
>> Leider müssen wir Ihnen mitteilen, dass wir uns für einen anderen Kandidaten entschieden haben.""",
    ),
    dict(
        name="other-newsletter-fr",
        kind="other",
        lang="fr",
        **{"from": "Cadremploi Actu <newsletter@cadremploi-actu.fr>"},
        subject="Malheureusement, 6 candidats sur 10 ne reçoivent aucune réponse",
        date="Sat, 21 Feb 2026 08:00:00 +0100",
        body="""Bonjour,

Malheureusement, la majorité des candidats ne reçoivent jamais de réponse. Nos conseils pour relancer un recruteur sans être insistant, et pour préparer votre prochain entretien.

Se désinscrire de la newsletter""",
    ),
]
