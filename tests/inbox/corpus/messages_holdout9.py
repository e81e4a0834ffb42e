"""Round 8: written after the held-out part, for the statistical fallback (``inbox/model.py``):
measured once with the rules alone, untuned, then with the model; never used for training
or tuning. Rejections here are worded unlike the rest of the corpus on purpose."""


def _m(name, kind, lang, company, sender, subject, date, body, **extra):
    return dict(
        name=name,
        kind=kind,
        lang=lang,
        company=company,
        **{"from": sender},
        subject=subject,
        date=date,
        body=body,
        **extra,
    )


HOLDOUT9 = [
    # --- Rejections -----------------------------------------------------------------------
    _m(
        "h9-rej-en-1",
        "rejection",
        "en",
        "Brightwell Labs",
        "Brightwell Labs Talent <talent@brightwell-labs.com>",
        "Your application - Backend Engineer",
        "Mon, 06 Jul 2026 10:02:00 +0100",
        """Hi Alex,

Thank you for applying for the Backend Engineer role at Brightwell Labs.

We've had a really strong response, and on this occasion your application won't be progressing any further.

We wish you all the best.

Brightwell Labs Talent Team""",
    ),
    _m(
        "h9-rej-en-2",
        "rejection",
        "en",
        "Corvid Analytics",
        "Corvid Analytics <jobs@corvidanalytics.io>",
        "Data Engineer application update",
        "Mon, 06 Jul 2026 16:30:00 -0400",
        """Dear Alex,

We appreciate the time you invested in applying for the Data Engineer opening.

The hiring team has chosen to pursue applicants whose experience is a closer fit, so we will not be scheduling further conversations about this role.

Kind regards,
Corvid Analytics Recruiting""",
    ),
    _m(
        "h9-rej-en-3",
        "rejection",
        "en",
        "Harlow & Finch",
        "Priya Nair <priya.nair@harlowfinch.co.uk>",
        "Re: Paralegal vacancy",
        "Tue, 07 Jul 2026 09:15:00 +0100",
        """Hi Alex,

Thanks for coming in last week to talk about the paralegal vacancy.

I'm sorry to say it's a no from us this time. The partners went with someone who had more conveyancing experience.

Take care,
Priya""",
    ),
    _m(
        "h9-rej-en-4",
        "rejection",
        "en",
        "Tidemark Software",
        "Tidemark Software <careers@tidemark.dev>",
        "Update on your Tidemark application",
        "Tue, 07 Jul 2026 11:00:00 -0700",
        """Hello Alex,

Thanks again for your application for the QA Engineer position.

Our team has completed its review and your profile was not selected to advance in the process.

We will keep your details on file.

Tidemark Software""",
        format="html",
    ),
    _m(
        "h9-rej-en-5",
        "rejection",
        "en",
        "Olmstead Partners",
        "Olmstead Partners Recruiting <recruiting@olmsteadpartners.com>",
        "Financial Analyst - outcome",
        "Wed, 08 Jul 2026 08:45:00 -0500",
        """Dear Alex,

We wanted to let you know the outcome of your application for the Financial Analyst role.

Regrettably we are unable to offer you a place on the shortlist.

Thank you for your interest in Olmstead Partners.""",
    ),
    _m(
        "h9-rej-en-6",
        "rejection",
        "en",
        "Pinecrest Robotics",
        "Sam Ortiz <sam@pinecrestrobotics.com>",
        "Controls Engineer",
        "Wed, 08 Jul 2026 17:20:00 -0700",
        """Alex,

Appreciate you taking the onsite with us. We've decided to close out your candidacy for the controls engineer job - the panel felt the embedded depth wasn't quite there yet.

Happy to share more if helpful.

Sam""",
    ),
    _m(
        "h9-rej-en-7",
        "rejection",
        "en",
        "Lumen Civic",
        "Lumen Civic Hiring <hiring@lumencivic.org>",
        "Program Coordinator application",
        "Thu, 09 Jul 2026 12:00:00 -0400",
        """Hi Alex,

Thank you for your patience while we reviewed applications for the Program Coordinator post.

We won't be inviting you to the next round. This was a difficult decision given the number of qualified applicants.

With gratitude,
Lumen Civic""",
        transfer="quoted-printable",
    ),
    _m(
        "h9-rej-de-1",
        "rejection",
        "de",
        "Brenner Logistik",
        "Brenner Logistik Personal <personal@brenner-logistik.de>",
        "Ihre Bewerbung als Disponent",
        "Mon, 06 Jul 2026 09:30:00 +0200",
        """Sehr geehrter Herr Morgan,

vielen Dank für Ihre Bewerbung als Disponent.

Nach sorgfältiger Durchsicht müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung nicht weiter berücksichtigen können.

Wir wünschen Ihnen für Ihre Zukunft alles Gute.

Mit freundlichen Grüßen
Brenner Logistik""",
    ),
    _m(
        "h9-rej-de-2",
        "rejection",
        "de",
        "Tessler Medizintechnik",
        "Tessler Medizintechnik <karriere@tessler-med.de>",
        "Rückmeldung zu Ihrer Bewerbung",
        "Tue, 07 Jul 2026 14:10:00 +0200",
        """Hallo Alex,

danke für das nette Gespräch letzte Woche zur Stelle als Qualitätsingenieur.

Diesmal hat es für dich leider nicht gereicht – wir haben uns für jemanden mit mehr Erfahrung in der Medizinprodukte-Zulassung entschieden.

Viele Grüße
Tessler Medizintechnik""",
    ),
    _m(
        "h9-rej-de-3",
        "rejection",
        "de",
        "Almstadt Versicherung",
        "Almstadt Versicherung Recruiting <recruiting@almstadt.de>",
        "Ihre Bewerbung: Aktuar",
        "Wed, 08 Jul 2026 10:00:00 +0200",
        """Sehr geehrter Herr Morgan,

wir danken Ihnen für Ihr Interesse an einer Tätigkeit als Aktuar.

Ihr Profil passt leider nicht zu den Anforderungen, die wir für diese Position gesetzt haben. Daher können wir Ihnen kein Angebot machen.

Freundliche Grüße
Almstadt Versicherung""",
        charset="latin-1",
    ),
    _m(
        "h9-rej-de-4",
        "rejection",
        "de",
        "Kranich Digital",
        "Kranich Digital <jobs@kranich-digital.de>",
        "Deine Bewerbung bei Kranich Digital",
        "Thu, 09 Jul 2026 11:11:00 +0200",
        """Hi Alex,

vielen Dank für deine Bewerbung als UX Designer.

Nach vielen Gesprächen haben wir die Stelle nun intern vergeben. Wir melden uns gern, wenn wieder etwas Passendes frei wird.

Liebe Grüße
Kranich Digital""",
    ),
    _m(
        "h9-rej-fr-1",
        "rejection",
        "fr",
        "Maison Vautrin",
        "Maison Vautrin Recrutement <recrutement@maisonvautrin.fr>",
        "Votre candidature - Chef de projet",
        "Mon, 06 Jul 2026 10:00:00 +0200",
        """Bonjour Alex,

Nous vous remercions pour votre candidature au poste de chef de projet.

Malheureusement, nous ne sommes pas en mesure de donner une suite favorable à votre démarche.

Nous vous souhaitons une bonne continuation.

Maison Vautrin""",
    ),
    _m(
        "h9-rej-fr-2",
        "rejection",
        "fr",
        "Groupe Lamarque",
        "Claire Dufour <claire.dufour@groupe-lamarque.fr>",
        "Suite à notre entretien",
        "Tue, 07 Jul 2026 18:00:00 +0200",
        """Bonjour Alex,

Merci encore pour l'échange de jeudi dernier concernant le poste d'analyste crédit.

Après réflexion, nous avons fait le choix d'un profil plus expérimenté sur le financement de projets. Je le regrette, car votre parcours nous a plu.

Bien cordialement,
Claire Dufour""",
    ),
    _m(
        "h9-rej-fr-3",
        "rejection",
        "fr",
        "Atelier Sorel",
        "Atelier Sorel <rh@ateliersorel.fr>",
        "Candidature développeur front-end",
        "Wed, 08 Jul 2026 09:00:00 +0200",
        """Bonjour,

Nous avons bien étudié votre candidature pour le poste de développeur front-end.

Nous ne la retiendrons pas pour la suite du processus.

Cordialement,
L'équipe Atelier Sorel""",
    ),
    _m(
        "h9-rej-es-1",
        "rejection",
        "es",
        "Grupo Almenara",
        "Grupo Almenara Selección <seleccion@grupoalmenara.es>",
        "Tu candidatura para Analista de Datos",
        "Mon, 06 Jul 2026 12:00:00 +0200",
        """Hola Alex,

Gracias por participar en nuestro proceso para el puesto de Analista de Datos.

En esta ocasión tu perfil no ha resultado seleccionado para avanzar a la siguiente fase.

Te deseamos mucha suerte.

Grupo Almenara""",
    ),
    _m(
        "h9-rej-es-2",
        "rejection",
        "es",
        "Bodegas Ribera Alta",
        "Lucía Herrera <lucia.herrera@riberaalta.es>",
        "Puesto de responsable de exportación",
        "Tue, 07 Jul 2026 17:45:00 +0200",
        """Hola Alex,

Gracias por la entrevista del lunes para el puesto de responsable de exportación.

Finalmente nos hemos decantado por otra persona con más experiencia en el mercado asiático.

Un saludo,
Lucía""",
    ),
    _m(
        "h9-rej-es-3",
        "rejection",
        "es",
        "Técnicas Navarro",
        "Técnicas Navarro RRHH <rrhh@tecnicasnavarro.es>",
        "Resolución de su candidatura",
        "Thu, 09 Jul 2026 10:20:00 +0200",
        """Estimado Alex:

Le agradecemos el interés mostrado en la vacante de Técnico de Mantenimiento.

Lamentamos comunicarle que su candidatura no continuará en el proceso de selección.

Atentamente,
Técnicas Navarro""",
    ),
    _m(
        "h9-rej-en-8-ats",
        "rejection",
        "en",
        "Quillon Bank",
        "Quillon Bank <quillonbank@myworkday.com>",
        "Regarding your application for Risk Analyst",
        "Fri, 10 Jul 2026 07:00:00 +0000",
        """Dear Alex Morgan,

Thank you for your interest in the Risk Analyst role at Quillon Bank.

Following a review of your application, we regret to advise that it has been unsuccessful on this occasion.

Quillon Bank Talent Acquisition""",
    ),
    _m(
        "h9-rej-en-9",
        "rejection",
        "en",
        "Saltmarsh Studio",
        "Saltmarsh Studio <hello@saltmarsh.studio>",
        "Motion Designer role",
        "Fri, 10 Jul 2026 15:00:00 +0000",
        """Hey Alex,

Quick note on the Motion Designer role - we've gone in a different direction and hired someone locally.

Really liked your reel though. Keep in touch!

Saltmarsh""",
    ),
    _m(
        "h9-rej-fr-4",
        "rejection",
        "fr",
        "Banque Rochefort",
        "Banque Rochefort <talents@banque-rochefort.fr>",
        "Votre candidature au poste de contrôleur de gestion",
        "Fri, 10 Jul 2026 11:00:00 +0200",
        """Madame, Monsieur,

Nous accusons réception de votre candidature au poste de contrôleur de gestion et vous en remercions.

Votre profil ne correspond pas aux besoins actuels du poste ; nous ne pourrons donc pas y donner suite.

Banque Rochefort""",
    ),
    # --- Invitations ------------------------------------------------------------------------
    _m(
        "h9-int-en-1",
        "interview",
        "en",
        "Brightwell Labs",
        "Maya Chen <maya.chen@brightwell-labs.com>",
        "Next step: technical interview",
        "Mon, 06 Jul 2026 09:00:00 +0100",
        """Hi Alex,

We'd love to move you to the technical interview for the Platform Engineer role. Could you do Thursday 16 July at 14:00 BST on Google Meet?

Best,
Maya""",
        event_at="2026-07-16T14:00:00+01:00",
    ),
    _m(
        "h9-int-en-2",
        "interview",
        "en",
        "Corvid Analytics",
        "Corvid Analytics <jobs@corvidanalytics.io>",
        "Let's talk - Analytics Engineer",
        "Tue, 07 Jul 2026 10:00:00 -0400",
        """Hi Alex,

Thanks for applying. The hiring manager would like to set up a 30-minute call with you to discuss the Analytics Engineer position. Please pick a slot that suits you using the link below.

Corvid Analytics Recruiting""",
    ),
    _m(
        "h9-int-de-1",
        "interview",
        "de",
        "Brenner Logistik",
        "Brenner Logistik Personal <personal@brenner-logistik.de>",
        "Einladung zum Kennenlernen",
        "Wed, 08 Jul 2026 09:00:00 +0200",
        """Hallo Herr Morgan,

Ihre Bewerbung als Teamleiter Lager hat uns überzeugt. Wir möchten Sie gern persönlich kennenlernen und laden Sie zu einem Vorstellungsgespräch am Dienstag, 14. Juli 2026, um 10:30 Uhr in unsere Zentrale ein.

Mit freundlichen Grüßen
Brenner Logistik""",
        event_at="2026-07-14T10:30:00+02:00",
    ),
    _m(
        "h9-int-fr-1",
        "interview",
        "fr",
        "Maison Vautrin",
        "Maison Vautrin Recrutement <recrutement@maisonvautrin.fr>",
        "Proposition d'entretien",
        "Thu, 09 Jul 2026 10:00:00 +0200",
        """Bonjour Alex,

Votre candidature a retenu notre attention. Nous vous proposons un entretien en visio le lundi 20 juillet à 11h00 (heure de Paris).

Merci de nous confirmer votre disponibilité.

Maison Vautrin""",
        event_at="2026-07-20T11:00:00+02:00",
    ),
    _m(
        "h9-int-es-1",
        "interview",
        "es",
        "Grupo Almenara",
        "Grupo Almenara Selección <seleccion@grupoalmenara.es>",
        "Entrevista - Ingeniero de Datos",
        "Fri, 10 Jul 2026 09:30:00 +0200",
        """Hola Alex,

Nos gustaría conocerte mejor. ¿Te vendría bien una entrevista por videollamada el miércoles 15 de julio a las 16:00 (hora de Madrid)?

Un saludo,
Grupo Almenara""",
        event_at="2026-07-15T16:00:00+02:00",
    ),
    _m(
        "h9-int-en-3",
        "interview",
        "en",
        "Harlow & Finch",
        "Priya Nair <priya.nair@harlowfinch.co.uk>",
        "Paralegal vacancy - interview",
        "Fri, 10 Jul 2026 13:00:00 +0100",
        """Hi Alex,

Thanks for your application for the trainee paralegal vacancy. We'd like to invite you to interview at our Leeds office. Are you free on Wednesday 22 July at 09:30?

Priya""",
        event_at="2026-07-22T09:30:00+01:00",
    ),
    # --- Confirmations ----------------------------------------------------------------------
    _m(
        "h9-conf-en-1",
        "confirmation",
        "en",
        "Tidemark Software",
        "Tidemark Software <careers@tidemark.dev>",
        "We got your application!",
        "Mon, 06 Jul 2026 08:00:00 -0700",
        """Hi Alex,

This is a quick note to say your application for the QA Engineer position has landed safely with us. Our team will review it and get back to you.

Tidemark Software""",
    ),
    _m(
        "h9-conf-de-1",
        "confirmation",
        "de",
        "Kranich Digital",
        "Kranich Digital <jobs@kranich-digital.de>",
        "Eingangsbestätigung deiner Bewerbung",
        "Mon, 06 Jul 2026 12:00:00 +0200",
        """Hi Alex,

danke, deine Bewerbung als UX Designer ist bei uns eingegangen. Wir schauen sie uns in den nächsten Tagen an.

Kranich Digital""",
    ),
    _m(
        "h9-conf-fr-1",
        "confirmation",
        "fr",
        "Atelier Sorel",
        "Atelier Sorel <rh@ateliersorel.fr>",
        "Confirmation de réception",
        "Mon, 06 Jul 2026 09:00:00 +0200",
        """Bonjour,

Nous avons bien reçu votre candidature au poste de développeur front-end et nous vous en remercions. Elle sera étudiée avec attention.

L'équipe Atelier Sorel""",
    ),
    _m(
        "h9-conf-es-1",
        "confirmation",
        "es",
        "Técnicas Navarro",
        "Técnicas Navarro RRHH <rrhh@tecnicasnavarro.es>",
        "Hemos recibido su candidatura",
        "Mon, 06 Jul 2026 10:00:00 +0200",
        """Estimado Alex:

Confirmamos la recepción de su candidatura para la vacante de Técnico de Mantenimiento. Le contactaremos si su perfil encaja.

Técnicas Navarro""",
    ),
    _m(
        "h9-conf-en-2-greenhouse",
        "confirmation",
        "en",
        "Lumen Civic",
        "Lumen Civic <no-reply@greenhouse.io>",
        "Thanks for applying to Lumen Civic",
        "Mon, 06 Jul 2026 14:00:00 -0400",
        """Hi Alex,

Thanks for applying to Lumen Civic! Your application for Program Coordinator has been received and our team is reviewing it.

Lumen Civic""",
    ),
    # --- Offers -----------------------------------------------------------------------------
    _m(
        "h9-offer-en-1",
        "offer",
        "en",
        "Pinecrest Robotics",
        "Sam Ortiz <sam@pinecrestrobotics.com>",
        "Offer - Test Engineer",
        "Fri, 10 Jul 2026 16:00:00 -0700",
        """Hi Alex,

Great news: we'd like to offer you the Test Engineer position at Pinecrest Robotics. The formal offer letter with salary and start date is attached; let us know if you have any questions.

Sam""",
    ),
    _m(
        "h9-offer-de-1",
        "offer",
        "de",
        "Tessler Medizintechnik",
        "Tessler Medizintechnik <karriere@tessler-med.de>",
        "Vertragsangebot",
        "Fri, 10 Jul 2026 10:00:00 +0200",
        """Hallo Alex,

wir freuen uns, dir die Stelle als Prüftechniker anbieten zu können. Den Arbeitsvertrag schicken wir dir in den nächsten Tagen zu.

Viele Grüße
Tessler Medizintechnik""",
    ),
    _m(
        "h9-offer-es-1",
        "offer",
        "es",
        "Bodegas Ribera Alta",
        "Lucía Herrera <lucia.herrera@riberaalta.es>",
        "Oferta de trabajo",
        "Fri, 10 Jul 2026 12:00:00 +0200",
        """Hola Alex,

Nos complace ofrecerte el puesto de técnico de calidad. Te adjunto la propuesta económica y las condiciones.

Un saludo,
Lucía""",
    ),
    # --- Others and hard negatives ----------------------------------------------------------
    _m(
        "h9-other-grant-en",
        "other",
        "en",
        "",
        "Northfield Arts Council <grants@northfieldarts.org>",
        "Your grant application",
        "Mon, 06 Jul 2026 10:00:00 +0100",
        """Dear Alex,

Thank you for applying to the Community Projects Fund. We received many strong proposals and regret that we are unable to fund your project this round.

Northfield Arts Council""",
    ),
    _m(
        "h9-other-rental-de",
        "other",
        "de",
        "",
        "Hausverwaltung Kramer <info@hv-kramer.de>",
        "Wohnung Lindenstraße 12",
        "Tue, 07 Jul 2026 10:00:00 +0200",
        """Guten Tag Herr Morgan,

vielen Dank für Ihr Interesse an der Wohnung in der Lindenstraße. Leider haben wir uns für andere Mieter entschieden.

Mit freundlichen Grüßen
Hausverwaltung Kramer""",
    ),
    _m(
        "h9-other-university-fr",
        "other",
        "fr",
        "",
        "Université de Valmont <admissions@univ-valmont.fr>",
        "Votre candidature en master",
        "Wed, 08 Jul 2026 10:00:00 +0200",
        """Bonjour,

Après examen de votre dossier par la commission pédagogique, votre candidature au master Économie appliquée n'a pas été retenue.

Le service des admissions""",
    ),
    _m(
        "h9-other-newsletter-en",
        "other",
        "en",
        "",
        "Career Compass <newsletter@careercompass.news>",
        "5 ways to bounce back after a rejection",
        "Thu, 09 Jul 2026 07:00:00 +0000",
        """This week: unfortunately, most of us will hear "we've decided to go with another candidate" many times. Here is how to bounce back, ask for feedback and keep applying.

Read more on our blog.

Unsubscribe: https://careercompass.news/unsubscribe""",
    ),
    _m(
        "h9-other-alert-es",
        "other",
        "es",
        "",
        "Alertas de Empleo <alertas@empleoya.es>",
        "12 nuevas ofertas de Analista de Datos",
        "Thu, 09 Jul 2026 06:00:00 +0200",
        """Hola Alex,

Hemos encontrado 12 nuevas ofertas que coinciden con tu búsqueda: Analista de Datos en Madrid. Inscríbete ya, las vacantes se cubren rápido.

Darse de baja de estas alertas: https://empleoya.es/baja""",
    ),
    _m(
        "h9-other-ooo-de",
        "other",
        "de",
        "",
        "Jana Vogt <jana.vogt@brenner-logistik.de>",
        "Abwesenheitsnotiz: Ihre Bewerbung",
        "Thu, 09 Jul 2026 08:00:00 +0200",
        """Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 20. Juli nicht im Büro und habe nur eingeschränkt Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an personal@brenner-logistik.de.

Jana Vogt""",
        extra=["Auto-Submitted: auto-replied"],
    ),
    _m(
        "h9-other-fwd-friend-en",
        "other",
        "en",
        "",
        "Jordan Lee <jordan.lee@mailbox.example>",
        "Fwd: Your application - Marketing Lead",
        "Fri, 10 Jul 2026 20:00:00 +0100",
        """Hey Alex, got this today, pretty gutted. Any tips on how to reply?

---------- Forwarded message ---------
From: Fernhill Media <jobs@fernhillmedia.com>
Date: Fri, 10 Jul 2026 at 15:00
Subject: Your application - Marketing Lead
To: Jordan Lee <jordan.lee@mailbox.example>

Hi Jordan,

Thank you for applying for the Marketing Lead role. We've decided not to take your application further at this stage.

Fernhill Media""",
    ),
    _m(
        "h9-other-outreach-fr",
        "other",
        "fr",
        "",
        "Julien Marchand <julien@talentbridge.fr>",
        "Opportunité - Data Engineer",
        "Fri, 10 Jul 2026 09:00:00 +0200",
        """Bonjour Alex,

J'ai découvert votre profil sur LinkedIn et je pense qu'il pourrait correspondre à un poste de Data Engineer chez l'un de mes clients. Seriez-vous disponible pour un échange ?

Julien Marchand, TalentBridge""",
    ),
    _m(
        "h9-other-conference-en",
        "other",
        "en",
        "",
        "DevSummit Program Committee <cfp@devsummit.example>",
        "DevSummit 2026 talk proposal",
        "Fri, 10 Jul 2026 12:00:00 +0000",
        """Hi Alex,

Thank you for submitting your talk to DevSummit 2026. The committee had to make tough choices and your proposal was not selected for this year's programme.

DevSummit Program Committee""",
    ),
    _m(
        "h9-other-scholarship-es",
        "other",
        "es",
        "",
        "Fundación Horizonte <becas@fundacionhorizonte.es>",
        "Resolución de la convocatoria de becas",
        "Fri, 10 Jul 2026 10:00:00 +0200",
        """Estimado Alex:

Lamentamos comunicarle que su solicitud de beca no ha resultado seleccionada en la convocatoria 2026.

Fundación Horizonte""",
    ),
    _m(
        "h9-other-shop-de",
        "other",
        "de",
        "",
        "Bücherstube Online <service@buecherstube.de>",
        "Ihre Bestellung 55821",
        "Fri, 10 Jul 2026 10:00:00 +0200",
        """Guten Tag,

leider ist der bestellte Titel nicht mehr lieferbar. Wir haben Ihre Bestellung storniert und erstatten den Betrag.

Bücherstube Online""",
    ),
    _m(
        "h9-other-reminder-en",
        "other",
        "en",
        "",
        "Careers Portal <no-reply@tidemark.dev>",
        "Complete your profile",
        "Fri, 10 Jul 2026 10:00:00 -0700",
        """Hi Alex,

You started an application but haven't finished it yet. Complete your profile to be considered for open roles.

Unsubscribe from reminders: https://tidemark.dev/unsubscribe""",
    ),
    _m(
        "h9-other-team-es",
        "other",
        "es",
        "",
        "Marta Gil <marta.gil@example.org>",
        "Reunión del equipo",
        "Fri, 10 Jul 2026 10:00:00 +0200",
        """Hola Alex,

Lamentablemente tenemos que mover la reunión del proyecto al martes a las 10:00. Perdona las molestias.

Marta""",
    ),
    _m(
        "h9-other-club-fr",
        "other",
        "fr",
        "",
        "Club d'escalade Vertical <contact@vertical-club.fr>",
        "Inscription saison 2026",
        "Fri, 10 Jul 2026 10:00:00 +0200",
        """Bonjour Alex,

Malheureusement, le groupe du jeudi est complet et votre demande d'inscription n'a pas pu être acceptée. Nous vous plaçons en liste d'attente.

Club Vertical""",
    ),
    _m(
        "h9-other-volunteer-en",
        "other",
        "en",
        "",
        "Riverside Food Bank <volunteer@riversidefoodbank.org>",
        "Volunteer shift",
        "Fri, 10 Jul 2026 10:00:00 +0100",
        """Hi Alex,

Thanks for signing up. Unfortunately the Saturday shift is already full; we'll let you know when a new slot opens.

Riverside Food Bank""",
    ),
    _m(
        "h9-rej-de-5",
        "rejection",
        "de",
        "Sommerfeld Bau",
        "Sommerfeld Bau GmbH <bewerbung@sommerfeld-bau.de>",
        "Ihre Bewerbung als Bauleiter",
        "Fri, 10 Jul 2026 09:00:00 +0200",
        """Sehr geehrter Herr Morgan,

herzlichen Dank für Ihre Bewerbung als Bauleiter.

Wir haben uns die Entscheidung nicht leicht gemacht, können Ihnen aber heute keine positive Nachricht geben.

Mit freundlichen Grüßen
Sommerfeld Bau""",
    ),
    _m(
        "h9-other-rental-es",
        "other",
        "es",
        "",
        "Inmobiliaria Costa <info@inmocosta.es>",
        "Piso en calle Mayor",
        "Fri, 10 Jul 2026 11:00:00 +0200",
        """Hola Alex,

Gracias por tu interés en el piso de la calle Mayor. El propietario ha decidido alquilarlo a otra persona.

Inmobiliaria Costa""",
    ),
]
