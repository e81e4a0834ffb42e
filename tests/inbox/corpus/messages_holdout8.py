"""Round 7: written after the cue-and-object decisions were added, measured once untuned,
and never tuned on: the held-out part whose figures estimate mail nobody has seen."""

HOLDOUT8 = [
    # --- Rejections -----------------------------------------------------------------------
    dict(
        name="h8-rej-en-1-teamtailor",
        kind="rejection",
        lang="en",
        company="Fjordline Health",
        position="Customer Success Manager",
        **{"from": "Fjordline Health <no-reply@teamtailor-mail.com>"},
        subject="Your application to Fjordline Health",
        date="Mon, 01 Jun 2026 09:12:00 +0200",
        body="""Hi Alex,

Many thanks for applying for the Customer Success Manager job at Fjordline Health.

We've now reviewed all applications and regret that we won't be taking yours forward to interview.

Best of luck with your job search!

Fjordline Health""",
    ),
    dict(
        name="h8-rej-en-2-icims",
        kind="rejection",
        lang="en",
        company="Meridian Freightways",
        position="Operations Analyst",
        **{"from": "Meridian Freightways Careers <careers@meridianfreight.icims.com>"},
        subject="Operations Analyst - Requisition 4471",
        date="Mon, 01 Jun 2026 15:00:00 -0500",
        format="html",
        body="""Dear Alex Morgan,

Thank you for your interest in employment with Meridian Freightways and for applying to the Operations Analyst position.

We have carefully reviewed your qualifications and have decided to move ahead with candidates whose backgrounds more closely align with the position's needs.

We appreciate your interest and encourage you to apply for future openings.

Meridian Freightways Human Resources""",
    ),
    dict(
        name="h8-rej-en-3-personal",
        kind="rejection",
        lang="en",
        company="Stillwater Games",
        position="Technical Artist",
        **{"from": "Rosa Kim <rosa@stillwatergames.com>"},
        subject="Technical Artist - thank you",
        date="Tue, 02 Jun 2026 18:40:00 -0700",
        body="""Hi Alex,

Thanks so much for the time you spent with the team on Monday. Everyone liked your shader breakdown.

After a lot of back and forth we've landed on another person for this role, someone who has shipped on consoles before. I know that's not the news you were hoping for.

If you're open to it, I'd love to keep you in mind for the next opening.

Rosa""",
    ),
    dict(
        name="h8-rej-en-4-short",
        kind="rejection",
        lang="en",
        company="Tallow & Birch",
        position="Bookkeeper",
        **{"from": "Tallow & Birch <office@tallowandbirch.com>"},
        subject="Bookkeeper position",
        date="Wed, 03 Jun 2026 10:05:00 +0100",
        body="""Hi Alex,

Thanks for applying. We won't be proceeding with your application for the bookkeeper position.

Best,
Tallow & Birch""",
    ),
    dict(
        name="h8-rej-en-5-bamboo",
        kind="rejection",
        lang="en",
        company="Ridgeback Security",
        position="Security Analyst",
        **{"from": "Ridgeback Security <notifications@bamboohr.com>"},
        subject="Security Analyst at Ridgeback Security",
        date="Wed, 03 Jun 2026 13:30:00 -0600",
        body="""Hi Alex,

Thank you for your interest in the Security Analyst opening with Ridgeback Security.

At this time we have decided to pursue applicants whose experience is a stronger fit for our current needs. We'll retain your resume should a suitable role come up.

Regards,
Ridgeback Security Hiring Team""",
    ),
    dict(
        name="h8-rej-en-6-after-final",
        kind="rejection",
        lang="en",
        company="Copperfield Labs",
        position="Research Scientist",
        **{"from": "Daniel Osei <d.osei@copperfieldlabs.ai>"},
        subject="Research Scientist - final round",
        date="Thu, 04 Jun 2026 16:20:00 +0100",
        body="""Dear Alex,

Thank you for presenting your work to us last Thursday. The committee met yesterday and, while the discussion was very positive, we have decided not to make you an offer for the Research Scientist position.

I appreciate this is disappointing after such a long process. I am happy to arrange a call to share feedback.

Kind regards,
Daniel Osei""",
    ),
    dict(
        name="h8-rej-de-1-softgarden",
        kind="rejection",
        lang="de",
        company="Falkenberg Medizintechnik",
        position="Qualitätsingenieur",
        **{"from": "Falkenberg Medizintechnik <noreply@softgarden.io>"},
        subject="Ihre Bewerbung als Qualitätsingenieur (m/w/d)",
        date="Thu, 04 Jun 2026 08:45:00 +0200",
        format="multipart",
        body="""Sehr geehrter Herr Morgan,

haben Sie vielen Dank für Ihre Bewerbung und das damit verbundene Interesse an der Falkenberg Medizintechnik.

Wir bedauern, Ihnen mitteilen zu müssen, dass wir Ihnen keine Stelle anbieten können. Die Entscheidung ist uns angesichts vieler guter Bewerbungen nicht leichtgefallen.

Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute.

Mit freundlichen Grüßen
Ihr Personalteam""",
    ),
    dict(
        name="h8-rej-de-2-join",
        kind="rejection",
        lang="de",
        company="Grünwerk Energie",
        position="Werkstudent Controlling",
        **{"from": "Grünwerk Energie via JOIN <no-reply@join.com>"},
        subject="Update zu deiner Bewerbung bei Grünwerk Energie",
        date="Fri, 05 Jun 2026 11:00:00 +0200",
        body="""Hallo Alex,

danke für deine Bewerbung als Werkstudent Controlling bei Grünwerk Energie.

Leider hat es dieses Mal nicht geklappt: Wir haben uns für Bewerber entschieden, die besser zum Anforderungsprofil passen.

Viel Erfolg weiterhin!
Grünwerk Energie""",
    ),
    dict(
        name="h8-rej-de-3-personal",
        kind="rejection",
        lang="de",
        company="Kanzlei Roth & Weber",
        position="Rechtsanwaltsfachangestellter",
        **{"from": "Dr. Petra Roth <p.roth@roth-weber.de>"},
        subject="Ihre Bewerbung",
        date="Fri, 05 Jun 2026 17:30:00 +0200",
        transfer="quoted-printable",
        body="""Sehr geehrter Herr Morgan,

vielen Dank für das angenehme Gespräch in der vergangenen Woche.

Wir haben uns nach reiflicher Überlegung entschieden, die Position als Rechtsanwaltsfachangestellter anderweitig zu vergeben.

Mit freundlichen Grüßen
Dr. Petra Roth
Kanzlei Roth & Weber""",
    ),
    dict(
        name="h8-rej-fr-1",
        kind="rejection",
        lang="fr",
        company="Banque Méridienne",
        position="Analyste risques",
        **{"from": "Banque Méridienne <recrutement@banque-meridienne.fr>"},
        subject="Votre candidature - Analyste risques",
        date="Mon, 08 Jun 2026 10:20:00 +0200",
        body="""Madame, Monsieur,

Nous avons bien étudié votre candidature au poste d'Analyste risques et vous remercions de l'intérêt porté à la Banque Méridienne.

Nous ne sommes malheureusement pas en mesure d'y répondre favorablement, d'autres profils correspondant davantage à nos attentes.

Veuillez agréer nos salutations distinguées.

Direction des Ressources Humaines""",
    ),
    dict(
        name="h8-rej-fr-2-personal",
        kind="rejection",
        lang="fr",
        company="Studio Grenadine",
        position="Motion designer",
        **{"from": "Hugo Martin <hugo@studiogrenadine.fr>"},
        subject="Motion designer",
        date="Mon, 08 Jun 2026 18:00:00 +0200",
        body="""Salut Alex,

Merci d'avoir pris le temps de faire le test, on a apprécié ton approche.

Pour être honnête, on a retenu quelqu'un d'autre pour le poste de Motion designer, avec plus d'expérience en 3D.

On reste en contact !
Hugo""",
    ),
    dict(
        name="h8-rej-fr-3-clos",
        kind="rejection",
        lang="fr",
        company="Transports Lebrun",
        position="Responsable d'exploitation",
        **{"from": "Transports Lebrun <rh@transports-lebrun.fr>"},
        subject="Responsable d'exploitation - fin du processus",
        date="Tue, 09 Jun 2026 09:00:00 +0200",
        format="html",
        body="""Bonjour,

Nous vous informons que le recrutement pour le poste de Responsable d'exploitation est désormais clos et que votre candidature n'a pas été retenue.

Nous vous remercions de votre confiance.

Le service RH
Transports Lebrun""",
    ),
    dict(
        name="h8-rej-es-1-infojobs",
        kind="rejection",
        lang="es",
        company="Logística Tajo",
        position="Jefe de almacén",
        **{"from": "InfoJobs <noreply@infojobs.net>"},
        subject="Tu candidatura a Jefe de almacén ha sido descartada",
        date="Tue, 09 Jun 2026 12:10:00 +0200",
        body="""Hola Alex,

La empresa Logística Tajo ha revisado tu inscripción en la oferta Jefe de almacén y ha decidido descartarla.

No te desanimes: hay miles de ofertas esperándote en InfoJobs.

El equipo de InfoJobs""",
    ),
    dict(
        name="h8-rej-es-2",
        kind="rejection",
        lang="es",
        company="Aurora Seguros",
        position="Actuario",
        **{"from": "Aurora Seguros <seleccion@auroraseguros.es>"},
        subject="Proceso de selección Actuario",
        date="Wed, 10 Jun 2026 10:40:00 +0200",
        body="""Estimado Alex:

Queremos agradecerte el tiempo dedicado a las entrevistas para el puesto de Actuario.

Después de valorar todas las candidaturas, hemos optado por otra persona cuyo perfil encaja mejor con las necesidades actuales del equipo.

Recibe un cordial saludo,
Selección, Aurora Seguros""",
    ),
    dict(
        name="h8-rej-es-3-tu",
        kind="rejection",
        lang="es",
        company="Quinta Estudio",
        position="Diseñador gráfico",
        **{"from": "Marta de Quinta <marta@quintaestudio.com>"},
        subject="Sobre el puesto de diseñador",
        date="Wed, 10 Jun 2026 19:15:00 +0200",
        body="""Hola Alex,

Muchas gracias por mandarnos tu portfolio para el puesto de Diseñador gráfico.

Te escribo para contarte que al final no vamos a seguir contigo en el proceso; buscamos a alguien con más experiencia en packaging.

¡Mucha suerte!
Marta""",
    ),
    dict(
        name="h8-rej-en-7-taleo",
        kind="rejection",
        lang="en",
        company="Westbrook University",
        position="Research Data Officer",
        **{"from": "Westbrook University <westbrook@taleo.net>"},
        subject="Research Data Officer (REQ 2207)",
        date="Thu, 11 Jun 2026 07:30:00 +0100",
        body="""Dear Alex,

Thank you for applying for the Research Data Officer post.

The selection panel has reviewed all applications and I am sorry to tell you that you have not been shortlisted for interview on this occasion.

Yours sincerely,
HR Services, Westbrook University""",
    ),
    # --- Interviews -----------------------------------------------------------------------
    dict(
        name="h8-int-en-1",
        kind="interview",
        lang="en",
        company="Harbourlight Energy",
        position="Grid Analyst",
        event_at="2026-06-16T14:00:00+01:00",
        **{"from": "Olivia Grant <olivia.grant@harbourlight.energy>"},
        subject="Interview for Grid Analyst",
        date="Tue, 09 Jun 2026 09:00:00 +0100",
        body="""Hi Alex,

Thank you for your application for the Grid Analyst role. We would like to invite you to a first interview on Tuesday 16 June 2026 at 2:00 pm (UK time) via Zoom.

Please reply to confirm, or suggest another time if this does not work.

Olivia Grant
Harbourlight Energy""",
    ),
    dict(
        name="h8-int-en-2-goodtime",
        kind="interview",
        lang="en",
        company="Parallax Data",
        position="Data Engineer",
        **{"from": "Parallax Data Recruiting <scheduling@parallaxdata.com>"},
        subject="Parallax Data: please share your availability",
        date="Tue, 09 Jun 2026 16:00:00 -0400",
        body="""Hello Alex,

The Data Engineer hiring team would like to speak with you! Please share your availability for a 45-minute technical screen over the next week using the link below.

https://schedule.parallaxdata.com/a/alexmorgan

Thanks,
Parallax Data Recruiting""",
    ),
    dict(
        name="h8-int-de-1",
        kind="interview",
        lang="de",
        company="Elbtal Medien",
        position="Redakteur",
        event_at="2026-06-18T10:30:00+02:00",
        **{"from": "Elbtal Medien <jobs@elbtal-medien.de>"},
        subject="Ihre Bewerbung als Redakteur - Gesprächstermin",
        date="Wed, 10 Jun 2026 14:00:00 +0200",
        body="""Sehr geehrter Herr Morgan,

Ihre Bewerbung als Redakteur hat uns angesprochen. Wir möchten Sie gerne persönlich kennenlernen und schlagen einen Termin am 18. Juni 2026 um 10:30 Uhr in unserer Redaktion in Dresden vor.

Mit freundlichen Grüßen
Elbtal Medien GmbH""",
    ),
    dict(
        name="h8-int-fr-1",
        kind="interview",
        lang="fr",
        company="Cabinet Sorel",
        position="Juriste",
        event_at="2026-06-17T09:30:00+02:00",
        **{"from": "Cabinet Sorel <contact@cabinet-sorel.fr>"},
        subject="Entretien - Juriste",
        date="Wed, 10 Jun 2026 11:00:00 +0200",
        body="""Bonjour Alex,

Nous avons le plaisir de vous convier à un entretien pour le poste de Juriste le mercredi 17 juin 2026 à 9h30 dans nos bureaux de Nantes.

Merci de confirmer votre venue par retour de mail.

Cabinet Sorel""",
    ),
    dict(
        name="h8-int-es-1",
        kind="interview",
        lang="es",
        company="Mareas Consultoría",
        position="Consultor SAP",
        event_at="2026-06-19T11:00:00+02:00",
        **{"from": "Mareas Consultoría <rrhh@mareas.es>"},
        subject="Entrevista para Consultor SAP",
        date="Thu, 11 Jun 2026 09:30:00 +0200",
        body="""Hola Alex,

Tras revisar tu CV para el puesto de Consultor SAP, queremos conocerte. Te proponemos una entrevista el viernes 19 de junio de 2026 a las 11:00 en nuestras oficinas de Bilbao.

¿Nos confirmas si te va bien?

Mareas Consultoría""",
    ),
    dict(
        name="h8-int-en-3-casual",
        kind="interview",
        lang="en",
        company="Fernwood",
        position="iOS Developer",
        **{"from": "Sam Ortiz <sam@fernwood.app>"},
        subject="iOS Developer @ Fernwood",
        date="Thu, 11 Jun 2026 20:05:00 -0700",
        body="""hey Alex - loved your app portfolio. want to hop on a call with me and our CTO next week to talk about the iOS Developer role? let me know a couple of times that work.

sam""",
    ),
    dict(
        name="h8-int-de-2-du",
        kind="interview",
        lang="de",
        company="Tonwerk Audio",
        position="Embedded Entwickler",
        **{"from": "Tonwerk Audio <people@tonwerk.audio>"},
        subject="Nächster Schritt: Interview",
        date="Fri, 12 Jun 2026 10:00:00 +0200",
        body="""Hallo Alex,

danke für deine Bewerbung als Embedded Entwickler! Wir würden gern ein Interview mit dir führen. Such dir einfach über den Link unten einen passenden Termin aus.

Bis bald!
Tonwerk Audio""",
    ),
    # --- Confirmations --------------------------------------------------------------------
    dict(
        name="h8-conf-en-1-jobvite",
        kind="confirmation",
        lang="en",
        company="Silverpine Pharma",
        position="Regulatory Affairs Specialist",
        **{"from": "Silverpine Pharma <notification@jobvite.com>"},
        subject="Silverpine Pharma - we got your application",
        date="Mon, 01 Jun 2026 12:00:00 -0400",
        body="""Hi Alex,

This is to let you know that we got your application for Regulatory Affairs Specialist. Thank you for thinking of Silverpine Pharma.

A recruiter will review your background and contact you if there is a match.

Silverpine Pharma Talent Acquisition""",
    ),
    dict(
        name="h8-conf-en-2-smart",
        kind="confirmation",
        lang="en",
        company="Lakeshore Credit Union",
        position="Member Services Representative",
        **{"from": "Lakeshore Credit Union <noreply@smartrecruiters.com>"},
        subject="Thank you for applying!",
        date="Tue, 02 Jun 2026 08:20:00 -0500",
        format="html",
        body="""Dear Alex,

Thank you for applying for the Member Services Representative position at Lakeshore Credit Union. Your application is now with our hiring team.

We'll be in touch if your skills and experience match what we are looking for.

Lakeshore Credit Union""",
    ),
    dict(
        name="h8-conf-de-1",
        kind="confirmation",
        lang="de",
        company="Hafenstadt Verkehrsbetriebe",
        position="Fahrdienstleiter",
        **{"from": "Hafenstadt Verkehrsbetriebe <karriere@hafenstadt-vb.de>"},
        subject="Bewerbungseingang: Fahrdienstleiter",
        date="Wed, 03 Jun 2026 09:15:00 +0200",
        body="""Sehr geehrter Herr Morgan,

Ihre Bewerbung für die Position Fahrdienstleiter ist bei uns eingegangen. Vielen Dank!

Wir prüfen Ihre Unterlagen und melden uns zeitnah.

Hafenstadt Verkehrsbetriebe""",
    ),
    dict(
        name="h8-conf-fr-1",
        kind="confirmation",
        lang="fr",
        company="Mutuelle Horizon",
        position="Gestionnaire de sinistres",
        **{"from": "Mutuelle Horizon <candidatures@mutuelle-horizon.fr>"},
        subject="Confirmation de votre candidature",
        date="Thu, 04 Jun 2026 14:00:00 +0200",
        body="""Bonjour Alex,

Votre candidature pour le poste de Gestionnaire de sinistres a bien été enregistrée. Merci pour votre intérêt !

Notre équipe recrutement reviendra vers vous dans les meilleurs délais.

Mutuelle Horizon""",
    ),
    dict(
        name="h8-conf-es-1",
        kind="confirmation",
        lang="es",
        company="Hoteles Bahía",
        position="Recepcionista",
        **{"from": "Hoteles Bahía <empleo@hotelesbahia.com>"},
        subject="Gracias por tu candidatura",
        date="Fri, 05 Jun 2026 10:00:00 +0200",
        charset="latin-1",
        label="iso-8859-1",
        body="""Hola Alex,

Te confirmamos que tu candidatura para el puesto de Recepcionista se ha registrado correctamente.

Si tu perfil encaja, nos pondremos en contacto contigo.

Hoteles Bahía""",
    ),
    dict(
        name="h8-conf-en-3-linkedin",
        kind="confirmation",
        lang="en",
        company="Brightwater Analytics",
        position="BI Developer",
        **{"from": "LinkedIn <jobs-noreply@linkedin.com>"},
        subject="Alex, your application was sent to Brightwater Analytics",
        date="Fri, 05 Jun 2026 13:00:00 +0000",
        body="""Your application was sent to Brightwater Analytics

BI Developer
Brightwater Analytics - Leeds (Hybrid)
Applied on 5 June 2026

Now, take these next steps for more success with your job search.""",
    ),
    dict(
        name="h8-conf-de-2-du",
        kind="confirmation",
        lang="de",
        company="Pixelkraut",
        position="UX Writer",
        **{"from": "Pixelkraut <jobs@pixelkraut.de>"},
        subject="Danke für deine Bewerbung!",
        date="Sat, 06 Jun 2026 09:00:00 +0200",
        body="""Hi Alex,

wir haben deine Bewerbung als UX Writer bekommen - danke dafür!

Wir schauen sie uns in Ruhe an und melden uns in spätestens zwei Wochen bei dir.

Dein Pixelkraut-Team""",
    ),
    # --- Offers ---------------------------------------------------------------------------
    dict(
        name="h8-offer-en-1",
        kind="offer",
        lang="en",
        company="Harbourlight Energy",
        position="Grid Analyst",
        **{"from": "Olivia Grant <olivia.grant@harbourlight.energy>"},
        subject="Grid Analyst - offer of employment",
        date="Mon, 22 Jun 2026 10:00:00 +0100",
        body="""Hi Alex,

Great news: we would like to offer you the Grid Analyst role at Harbourlight Energy. Your formal offer of employment is attached.

Do give me a call if you have any questions.

Olivia Grant""",
    ),
    dict(
        name="h8-offer-es-1",
        kind="offer",
        lang="es",
        company="Mareas Consultoría",
        position="Consultor SAP",
        **{"from": "Mareas Consultoría <rrhh@mareas.es>"},
        subject="Propuesta de incorporación",
        date="Tue, 23 Jun 2026 12:00:00 +0200",
        body="""Hola Alex,

Nos alegra comunicarte que queremos que te incorpores a Mareas Consultoría como Consultor SAP. Te adjuntamos nuestra oferta con las condiciones económicas.

Quedamos a la espera de tu respuesta.

Mareas Consultoría""",
    ),
    # --- Other: hard negatives ------------------------------------------------------------
    dict(
        name="h8-other-conference-cfp",
        kind="other",
        lang="en",
        **{"from": "DataConf Program Committee <cfp@dataconf.example>"},
        subject="DataConf 2026: your talk proposal",
        date="Mon, 01 Jun 2026 17:00:00 +0000",
        body="""Dear Alex,

Thank you for submitting "Streaming joins in practice" to DataConf 2026.

We received over 600 proposals this year, and unfortunately we were not able to accept yours. We hope to see you in the audience.

The DataConf Program Committee""",
    ),
    dict(
        name="h8-other-grant",
        kind="other",
        lang="en",
        **{"from": "Open Tools Fund <grants@opentoolsfund.org>"},
        subject="Open Tools Fund - decision on your grant application",
        date="Tue, 02 Jun 2026 12:00:00 +0000",
        body="""Dear Alex,

Thank you for applying to the spring round of the Open Tools Fund.

After review by the panel, we regret that your grant application has not been successful this time. We funded 12 of 240 proposals.

Open Tools Fund""",
    ),
    dict(
        name="h8-other-alert-indeed",
        kind="other",
        lang="en",
        **{"from": "Indeed <alert@indeed.com>"},
        subject="Data Analyst jobs in Leeds",
        date="Wed, 03 Jun 2026 06:00:00 +0000",
        body="""New jobs matching your search

Data Analyst - Brightwater Analytics - Leeds
Junior Data Analyst - Kirkgate Retail - Leeds
Data Analyst (Finance) - Aire Valley Homes - Bradford

Easily apply to these jobs.

Unsubscribe from these job alerts""",
    ),
    dict(
        name="h8-other-recruiter-withdraw",
        kind="other",
        lang="en",
        **{"from": "Chris Bell <chris@peakpeople.recruit>"},
        subject="Re: Platform role at a scale-up",
        date="Wed, 03 Jun 2026 15:30:00 +0100",
        body="""Hi Alex,

No problem at all, thanks for letting me know you'd rather not be put forward for this one. I'll keep an eye out for roles closer to what you described.

Chris

On Wed, 3 Jun 2026 at 14:02, Alex Morgan <alex.morgan@example.org> wrote:
> Hi Chris, thanks, but I'll pass on this one.""",
    ),
    dict(
        name="h8-other-ooo-fr",
        kind="other",
        lang="fr",
        **{"from": "Julie Perrin <j.perrin@groupe-sablier.fr>"},
        subject="Réponse automatique : Votre candidature",
        date="Thu, 04 Jun 2026 09:00:00 +0200",
        extra=["Auto-Submitted: auto-replied"],
        body="""Bonjour,

Je suis absente du bureau jusqu'au 15 juin inclus. Malheureusement, je ne pourrai pas traiter votre message avant mon retour.

Pour toute question relative au recrutement, merci d'écrire à recrutement@groupe-sablier.fr.

Julie Perrin""",
    ),
    dict(
        name="h8-other-fwd-friend-de",
        kind="other",
        lang="de",
        **{"from": "Jonas Becker <jonas.becker@example.net>"},
        subject="WG: Ihre Bewerbung bei Nordlicht Versicherung",
        date="Thu, 04 Jun 2026 21:00:00 +0200",
        body="""Hi Alex, schau mal, die Absage kam heute. Hattest du bei denen nicht auch ein Gespräch?

-------- Weitergeleitete Nachricht --------
Von: Nordlicht Versicherung <karriere@nordlicht-versicherung.de>
Datum: 4. Juni 2026 um 15:10
Betreff: Ihre Bewerbung bei Nordlicht Versicherung
An: Jonas Becker <jonas.becker@example.net>

Sehr geehrter Herr Becker,

leider müssen wir Ihnen mitteilen, dass wir uns für einen anderen Bewerber entschieden haben.

Mit freundlichen Grüßen
Nordlicht Versicherung AG""",
    ),
    dict(
        name="h8-other-newsletter-es",
        kind="other",
        lang="es",
        **{"from": "Empleo Hoy <boletin@empleohoy.es>"},
        subject="Cómo responder cuando te dicen que no",
        date="Fri, 05 Jun 2026 07:00:00 +0200",
        format="html",
        body="""Boletín semanal de Empleo Hoy

Esta semana: qué hacer cuando una empresa te comunica que ha decidido seguir con otros candidatos, y cinco plantillas para pedir feedback.

Lamentablemente, el taller del jueves se ha cancelado.

Darse de baja""",
    ),
    dict(
        name="h8-other-university",
        kind="other",
        lang="en",
        **{"from": "Admissions Office <admissions@eastmoor.ac.uk>"},
        subject="Your application to MSc Data Science",
        date="Sat, 06 Jun 2026 10:00:00 +0100",
        body="""Dear Alex,

Thank you for your application to the MSc Data Science programme for September 2026.

We regret to inform you that we are unable to offer you a place on the programme this year, as competition for places was exceptionally strong.

Admissions Office, Eastmoor University""",
    ),
    dict(
        name="h8-other-calendar",
        kind="other",
        lang="en",
        **{"from": "Google Calendar <calendar-notification@google.com>"},
        subject="Reminder: Dentist @ Tue 16 Jun 2026 8:30am",
        date="Mon, 15 Jun 2026 08:30:00 +0100",
        body="""Dentist
Tuesday 16 June 2026, 8:30am - 9:15am (British Summer Time)

Reminders: 1 day before. You are receiving this email because you are subscribed to calendar notifications.""",
    ),
    dict(
        name="h8-other-webinar-de",
        kind="other",
        lang="de",
        **{"from": "Karriere-Akademie <info@karriere-akademie.de>"},
        subject="Einladung: Webinar Gehaltsverhandlung",
        date="Mon, 08 Jun 2026 12:00:00 +0200",
        body="""Hallo Alex,

wir laden dich herzlich zu unserem kostenlosen Webinar "Gehaltsverhandlung im Vorstellungsgespräch" am 20. Juni 2026 um 18:00 Uhr ein.

Jetzt Platz sichern! Abmelden kannst du dich jederzeit über den Link unten.

Deine Karriere-Akademie""",
    ),
]
