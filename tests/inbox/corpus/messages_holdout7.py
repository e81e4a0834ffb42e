"""Round 6: written before the classifier's rules were read or changed, measured once untuned,
then used to build the sentence-level decision families and the statistical model."""

HOLDOUT7 = [
    # --- Rejections -----------------------------------------------------------------------
    dict(
        name="h7-rej-en-1-greenhouse",
        kind="rejection",
        lang="en",
        company="Northwind Robotics",
        position="Firmware Engineer",
        **{"from": "Northwind Robotics <no-reply@us.greenhouse-mail.io>"},
        subject="Thank you for your interest in Northwind Robotics",
        date="Mon, 04 May 2026 16:12:00 +0000",
        body="""Hi Alex,

Thank you for your interest in the Firmware Engineer role at Northwind Robotics. We really appreciate the effort you put into your application.

While your background is impressive, we have chosen to pursue other candidates whose experience lines up more directly with what the team needs right now.

We'll keep your details on file and encourage you to keep an eye on our careers page.

All the best,
Recruiting at Northwind Robotics""",
    ),
    dict(
        name="h7-rej-en-2-lever",
        kind="rejection",
        lang="en",
        company="Glasswing Analytics",
        position="Analytics Engineer",
        **{"from": "Glasswing Analytics <no-reply@hire.lever.co>"},
        subject="Your candidacy for Analytics Engineer",
        date="Tue, 05 May 2026 09:40:00 -0700",
        body="""Hello Alex,

Thanks so much for taking the time to apply for Analytics Engineer at Glasswing Analytics.

We've had a close look at your profile and, for this particular opening, we won't be moving ahead with your candidacy.

This isn't a judgement on your abilities; we simply had a very strong pool this time around.

Warmly,
The Glasswing team""",
    ),
    dict(
        name="h7-rej-en-3-personal",
        kind="rejection",
        lang="en",
        company="Saltmarsh Pay",
        position="Senior Product Manager",
        **{"from": "Priya Raman <priya@saltmarshpay.com>"},
        subject="Re: Senior Product Manager - next steps",
        date="Wed, 06 May 2026 18:22:00 +0100",
        body="""Hi Alex,

Thank you again for the time you gave us over the last three weeks, and for the case study, which the panel enjoyed.

I wanted to let you know personally that the team has decided to extend the offer to another candidate whose payments background is a little deeper. It was a close call.

I'd be glad to stay in touch, and please don't hesitate to reach out if another role catches your eye.

Priya
Head of Talent, Saltmarsh Pay""",
    ),
    dict(
        name="h7-rej-en-4-blunt",
        kind="rejection",
        lang="en",
        company="Kestrel Freight",
        position="Transport Planner",
        **{"from": "Kestrel Freight HR <hr@kestrelfreight.co.uk>"},
        subject="Transport Planner - application outcome",
        date="Thu, 07 May 2026 08:05:00 +0100",
        body="""Dear Alex Morgan,

Application reference KF-20417, Transport Planner.

Your application was not successful. We thank you for applying.

Kestrel Freight HR""",
    ),
    dict(
        name="h7-rej-en-5-filled",
        kind="rejection",
        lang="en",
        company="Marigold Hotels",
        position="Revenue Manager",
        **{"from": "Marigold Hotels Careers <careers@marigoldhotels.com>"},
        subject="Revenue Manager vacancy",
        date="Thu, 07 May 2026 14:30:00 +0000",
        format="html",
        body="""Dear Alex,

Thank you for your application for the Revenue Manager vacancy at Marigold Hotels.

We would like to let you know that the role has now been filled. We are grateful for your interest in joining our team and hope you will consider us again in future.

Kind regards,
People & Culture, Marigold Hotels""",
    ),
    dict(
        name="h7-rej-en-6-workday",
        kind="rejection",
        lang="en",
        company="Ironbark Mining",
        position="Geotechnical Engineer",
        **{"from": "ironbark@myworkday.com"},
        subject="Ironbark Mining: an update regarding your application",
        date="Fri, 08 May 2026 01:15:00 +0000",
        format="multipart",
        body="""Dear Alex,

We appreciate your interest in the Geotechnical Engineer position (R-11872) with Ironbark Mining.

After a thorough review, we have decided not to proceed further with your application at this time. We encourage you to create job alerts on our careers site so you hear about future openings.

Sincerely,
Ironbark Mining Talent Acquisition""",
    ),
    dict(
        name="h7-rej-en-7-ashby",
        kind="rejection",
        lang="en",
        company="Quietwave",
        position="Frontend Engineer",
        **{"from": "Quietwave <no-reply@ashbyhq.com>"},
        subject="Quietwave - Frontend Engineer",
        date="Fri, 08 May 2026 17:48:00 -0400",
        body="""Hi Alex,

Thanks for completing the take-home for the Frontend Engineer role. The team reviewed it carefully.

We're sorry to say that we're not able to offer you a spot in the next stage of the process. We received many thoughtful submissions and had to make some tough calls.

Thank you for thinking of Quietwave.

Quietwave Hiring Team""",
    ),
    dict(
        name="h7-rej-en-8-reply-quoted",
        kind="rejection",
        lang="en",
        company="Bellweather Media",
        position="Content Strategist",
        **{"from": "Tom Ashdown <tom.ashdown@bellweathermedia.com>"},
        subject="Re: Content Strategist interview",
        date="Mon, 11 May 2026 12:02:00 +0100",
        body="""Hi Alex,

I'm sorry to share that after our conversation last week we're going in a different direction for this hire. I enjoyed talking with you and wish you every success.

Tom

On Tue, 5 May 2026 at 10:11, Alex Morgan <alex.morgan@example.org> wrote:
> Hi Tom, thanks, Thursday at 2pm works for me. Looking forward to the interview.
>
> On Mon, 4 May 2026 at 16:40, Tom Ashdown wrote:
>> Would you be available for an interview on Thursday 7 May at 2pm?""",
    ),
    dict(
        name="h7-rej-en-9-uk",
        kind="rejection",
        lang="en",
        company="Harrowgate Borough Council",
        position="Digital Services Officer",
        **{"from": "Harrowgate Borough Council <recruitment@harrowgate.gov.uk>"},
        subject="Digital Services Officer (HBC-0931)",
        date="Mon, 11 May 2026 15:20:00 +0100",
        body="""Dear Alex Morgan,

Thank you for applying for the post of Digital Services Officer.

The shortlisting panel has now met. Unfortunately we will not be progressing your application on this occasion.

If you would like feedback, please reply to this e-mail within 14 days.

Yours sincerely,
Recruitment Team
Harrowgate Borough Council""",
    ),
    dict(
        name="h7-rej-en-10-smartrecruiters",
        kind="rejection",
        lang="en",
        company="Cobalt Bay Insurance",
        position="Claims Data Scientist",
        **{"from": "Cobalt Bay Insurance <noreply@smartrecruiters.com>"},
        subject="Claims Data Scientist at Cobalt Bay Insurance",
        date="Tue, 12 May 2026 10:00:00 -0500",
        body="""Dear Alex,

Thank you for your interest in the Claims Data Scientist position at Cobalt Bay Insurance.

We have identified candidates who better match the requirements of this position and will be concentrating on them going forward.

We appreciate your time and wish you well.

Cobalt Bay Insurance Recruiting""",
    ),
    dict(
        name="h7-rej-en-11-casual",
        kind="rejection",
        lang="en",
        company="Lumen & Finch",
        position="Brand Designer",
        **{"from": "Jo at Lumen & Finch <jo@lumenandfinch.studio>"},
        subject="brand designer role",
        date="Tue, 12 May 2026 21:33:00 +0000",
        body="""hey Alex,

thanks for the chat on Friday, really liked your portfolio. honest answer: we're going to pass for now - we need someone with more motion work for this one. if that changes i'll ping you first.

jo""",
    ),
    dict(
        name="h7-rej-en-12-on-hold",
        kind="rejection",
        lang="en",
        company="Orchard Ledger",
        position="Accounts Payable Specialist",
        **{"from": "Orchard Ledger Recruiting <jobs@orchardledger.com>"},
        subject="Accounts Payable Specialist - update",
        date="Wed, 13 May 2026 11:45:00 -0400",
        body="""Dear Alex,

Thank you for applying for the Accounts Payable Specialist role.

Due to a change in business priorities we have made the difficult decision to put this role on hold, and we are closing all open applications for it. This means we will not be taking your application any further.

We are sorry for the disappointment and thank you for your interest in Orchard Ledger.

Orchard Ledger Recruiting""",
    ),
    dict(
        name="h7-rej-de-1",
        kind="rejection",
        lang="de",
        company="Brandt & Söhne Maschinenbau",
        position="Konstrukteur",
        **{"from": "Brandt & Söhne Maschinenbau <bewerbung@brandt-soehne.de>"},
        subject="Ihre Bewerbung als Konstrukteur (m/w/d)",
        date="Wed, 13 May 2026 09:10:00 +0200",
        body="""Sehr geehrter Herr Morgan,

vielen Dank für Ihr Interesse an unserem Unternehmen und die Zusendung Ihrer Unterlagen.

Nach eingehender Prüfung müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können.

Ihre Unterlagen werden gemäß den Datenschutzbestimmungen nach sechs Monaten gelöscht.

Mit freundlichen Grüßen
Personalabteilung
Brandt & Söhne Maschinenbau""",
    ),
    dict(
        name="h7-rej-de-2",
        kind="rejection",
        lang="de",
        company="Heidelicht Software",
        position="Backend-Entwickler",
        **{"from": "Heidelicht Software GmbH <jobs@heidelicht.de>"},
        subject="Rückmeldung zu Ihrer Bewerbung",
        date="Thu, 14 May 2026 13:25:00 +0200",
        format="multipart",
        transfer="quoted-printable",
        body="""Hallo Herr Morgan,

herzlichen Dank für die offenen Gespräche der letzten Wochen.

Nach sorgfältiger Abwägung haben wir uns für eine andere Kandidatin entschieden, deren Erfahrung mit verteilten Systemen noch besser zu unseren aktuellen Projekten passt.

Wir wünschen Ihnen für Ihren weiteren Weg alles Gute.

Viele Grüße
Lena Wagner, Heidelicht Software GmbH""",
    ),
    dict(
        name="h7-rej-de-3-du",
        kind="rejection",
        lang="de",
        company="Kiezkraft",
        position="Growth Marketing Manager",
        **{"from": "Kiezkraft Team <team@kiezkraft.berlin>"},
        subject="Deine Bewerbung bei Kiezkraft",
        date="Thu, 14 May 2026 17:00:00 +0200",
        body="""Hey Alex,

danke, dass du dir die Zeit für unsere Case-Aufgabe genommen hast!

Wir haben lange diskutiert und uns am Ende entschieden, den Prozess mit dir nicht fortzusetzen. Uns fehlt für die Rolle als Growth Marketing Manager aktuell noch mehr Erfahrung im B2B-Bereich.

Wir drücken dir die Daumen für die Suche!

Dein Kiezkraft Team""",
    ),
    dict(
        name="h7-rej-de-4-besetzt",
        kind="rejection",
        lang="de",
        company="Alpenwerk Logistik",
        position="Disponent",
        **{"from": "Alpenwerk Logistik <noreply@personio.de>"},
        subject="Ihre Bewerbung: Disponent (m/w/d)",
        date="Fri, 15 May 2026 08:30:00 +0200",
        transfer="quoted-printable",
        body="""Guten Tag Herr Morgan,

wir bedanken uns für Ihre Bewerbung als Disponent bei der Alpenwerk Logistik.

Die Stelle ist inzwischen besetzt, weshalb wir Ihnen heute keine positive Nachricht geben können.

Freundliche Grüße
Ihr Recruiting-Team der Alpenwerk Logistik""",
    ),
    dict(
        name="h7-rej-fr-1",
        kind="rejection",
        lang="fr",
        company="Atelier Lumière",
        position="Chef de projet digital",
        **{"from": "Atelier Lumière <recrutement@atelier-lumiere.fr>"},
        subject="Votre candidature au poste de Chef de projet digital",
        date="Fri, 15 May 2026 10:45:00 +0200",
        body="""Bonjour Alex,

Nous vous remercions de l'intérêt que vous portez à Atelier Lumière.

Nous sommes au regret de vous informer que votre candidature n'a pas été retenue pour le poste de Chef de projet digital.

Nous vous souhaitons pleine réussite dans vos recherches.

Bien cordialement,
L'équipe RH""",
    ),
    dict(
        name="h7-rej-fr-2",
        kind="rejection",
        lang="fr",
        company="Cap Horizon Conseil",
        position="Consultant data",
        **{"from": "Claire Dumas <c.dumas@caphorizon-conseil.fr>"},
        subject="Suite à nos échanges",
        date="Mon, 18 May 2026 16:05:00 +0200",
        body="""Bonjour Alex,

Merci encore pour nos échanges et pour le temps consacré aux entretiens pour le poste de Consultant data.

Après réflexion, nous avons choisi de poursuivre avec un autre profil, plus expérimenté dans le secteur bancaire.

Je garde votre contact et n'hésiterai pas à revenir vers vous si une opportunité se présente.

Claire Dumas
Cap Horizon Conseil""",
    ),
    dict(
        name="h7-rej-fr-3-wttj",
        kind="rejection",
        lang="fr",
        company="Brioche Tech",
        position="Développeur mobile",
        **{"from": "Brioche Tech via Welcome to the Jungle <notifications@welcometothejungle.com>"},
        subject="Brioche Tech a répondu à votre candidature",
        date="Mon, 18 May 2026 11:00:00 +0200",
        format="html",
        body="""Bonjour Alex,

L'équipe de Brioche Tech a étudié votre candidature pour le poste de Développeur mobile.

Malheureusement, elle ne pourra pas y donner une suite favorable.

Ne vous découragez pas : de nouvelles offres sont publiées chaque jour.

L'équipe Welcome to the Jungle""",
    ),
    dict(
        name="h7-rej-fr-4-tu",
        kind="rejection",
        lang="fr",
        company="Vélocité",
        position="Responsable logistique",
        **{"from": "Inès de Vélocité <ines@velocite.bike>"},
        subject="Ta candidature chez Vélocité",
        date="Tue, 19 May 2026 19:12:00 +0200",
        body="""Salut Alex,

Merci pour ta candidature et pour l'appel de mardi.

On a bien réfléchi et on a décidé de ne pas aller plus loin avec ta candidature pour le poste de Responsable logistique : on cherche quelqu'un qui a déjà géré un entrepôt.

Bonne continuation et à bientôt peut-être !
Inès""",
    ),
    dict(
        name="h7-rej-es-1",
        kind="rejection",
        lang="es",
        company="Solaris Energía",
        position="Ingeniero de proyectos",
        **{"from": "Solaris Energía <talento@solarisenergia.es>"},
        subject="Proceso de selección - Ingeniero de proyectos",
        date="Tue, 19 May 2026 12:30:00 +0200",
        body="""Hola Alex:

Gracias por participar en el proceso de selección para el puesto de Ingeniero de proyectos.

Lamentamos comunicarte que no has sido seleccionado para continuar en el proceso. Valoramos mucho el interés mostrado.

Un saludo,
Equipo de Talento
Solaris Energía""",
    ),
    dict(
        name="h7-rej-es-2",
        kind="rejection",
        lang="es",
        company="Grupo Almendra",
        position="Analista financiero",
        **{"from": "Grupo Almendra RRHH <rrhh@grupoalmendra.com>"},
        subject="Tu candidatura para Analista financiero",
        date="Wed, 20 May 2026 09:15:00 +0200",
        format="multipart",
        body="""Estimado Alex:

Te agradecemos sinceramente tu interés en formar parte de Grupo Almendra.

Tras revisar con detalle todas las candidaturas, hemos decidido seguir adelante con otros candidatos cuyo perfil se ajusta más a lo que buscamos en este momento.

Te deseamos mucha suerte en tu búsqueda.

Recursos Humanos
Grupo Almendra""",
    ),
    dict(
        name="h7-rej-es-3-cubierto",
        kind="rejection",
        lang="es",
        company="Brisa Digital",
        position="Diseñador UX",
        **{"from": "Brisa Digital <empleo@brisadigital.com>"},
        subject="Diseñador UX - actualización",
        date="Wed, 20 May 2026 17:40:00 +0200",
        body="""Hola Alex,

Queríamos informarte de que el puesto de Diseñador UX ya ha sido cubierto.

Gracias por tu tiempo y por el interés en Brisa Digital. Guardaremos tu CV para futuras vacantes.

Saludos,
Brisa Digital""",
    ),
    dict(
        name="h7-rej-es-4-latin1",
        kind="rejection",
        lang="es",
        company="Olivar Foods",
        position="Técnico de calidad",
        **{"from": "Olivar Foods <seleccion@olivarfoods.es>"},
        subject="Resultado de tu candidatura",
        date="Thu, 21 May 2026 10:10:00 +0200",
        charset="latin-1",
        label="iso-8859-1",
        body="""Hola Alex,

Te escribimos en relación con tu solicitud para el puesto de Técnico de calidad.

En esta ocasión tu candidatura no ha avanzado a la siguiente fase. Te animamos a seguir atento a nuestras ofertas.

Atentamente,
Departamento de Selección, Olivar Foods""",
    ),
    # --- Interviews -----------------------------------------------------------------------
    dict(
        name="h7-int-en-1-bst",
        kind="interview",
        lang="en",
        company="Northgate Bio",
        position="Lab Automation Engineer",
        event_at="2026-05-12T15:00:00+01:00",
        **{"from": "Hannah Pike <hannah.pike@northgatebio.com>"},
        subject="Lab Automation Engineer - interview",
        date="Tue, 05 May 2026 10:00:00 +0100",
        body="""Hi Alex,

Thanks for applying for the Lab Automation Engineer position. We'd love to invite you to a 45-minute video call with our hiring manager on Tuesday 12 May 2026 at 3:00 pm BST.

A Teams link will follow once you confirm.

Best,
Hannah Pike
Northgate Bio""",
    ),
    dict(
        name="h7-int-en-2-onsite",
        kind="interview",
        lang="en",
        company="Redwood Ledger",
        position="Staff Accountant",
        event_at="2026-06-03T10:00:00-04:00",
        **{"from": "Redwood Ledger Talent <talent@redwoodledger.com>"},
        subject="On-site interview: Staff Accountant",
        date="Wed, 27 May 2026 14:00:00 -0400",
        body="""Dear Alex,

We enjoyed our phone screen and would like you to come in for an on-site interview for the Staff Accountant role on June 3, 2026 at 10:00 AM EDT at our office, 400 Harbor Street, Boston.

Please bring a photo ID for reception.

Regards,
Redwood Ledger Talent""",
    ),
    dict(
        name="h7-int-en-3-slot",
        kind="interview",
        lang="en",
        company="Tesserine",
        position="Platform Engineer",
        **{"from": "Tesserine Recruiting <recruiting@tesserine.dev>"},
        subject="Next steps for Platform Engineer",
        date="Thu, 28 May 2026 09:00:00 +0000",
        body="""Hi Alex,

Good news: the team would like to move you to the next step, a 60-minute technical interview for the Platform Engineer role.

Please pick a slot that suits you using the scheduling link below.

https://cal.tesserine.dev/alex-morgan

Cheers,
Tesserine Recruiting""",
    ),
    dict(
        name="h7-int-de-1",
        kind="interview",
        lang="de",
        company="Nordlicht Versicherung",
        position="Aktuar",
        event_at="2026-05-14T11:00:00+02:00",
        **{"from": "Nordlicht Versicherung <karriere@nordlicht-versicherung.de>"},
        subject="Einladung zum Vorstellungsgespräch",
        date="Thu, 07 May 2026 15:30:00 +0200",
        body="""Sehr geehrter Herr Morgan,

vielen Dank für Ihre Bewerbung als Aktuar. Ihre Unterlagen haben uns überzeugt.

Gerne laden wir Sie zu einem Vorstellungsgespräch am Donnerstag, 14. Mai 2026 um 11:00 Uhr (MESZ) in unsere Zentrale in Hamburg ein.

Bitte bestätigen Sie uns den Termin kurz per E-Mail.

Mit freundlichen Grüßen
Nordlicht Versicherung AG""",
    ),
    dict(
        name="h7-int-de-2-du",
        kind="interview",
        lang="de",
        company="Spreewerk",
        position="Data Engineer",
        **{"from": "Mia von Spreewerk <mia@spreewerk.io>"},
        subject="Kurzes Kennenlernen?",
        date="Fri, 08 May 2026 11:11:00 +0200",
        body="""Hi Alex,

deine Bewerbung als Data Engineer hat uns gut gefallen! Hast du nächste Woche Zeit für ein erstes Kennenlernen per Video (ca. 30 Minuten)?

Schick mir gern zwei, drei Zeitfenster, die dir passen.

Liebe Grüße
Mia, Spreewerk""",
    ),
    dict(
        name="h7-int-fr-1",
        kind="interview",
        lang="fr",
        company="Maison Carrel",
        position="Acheteur textile",
        event_at="2026-05-19T14:30:00+02:00",
        **{"from": "Maison Carrel RH <rh@maisoncarrel.fr>"},
        subject="Convocation à un entretien",
        date="Mon, 11 May 2026 09:20:00 +0200",
        body="""Bonjour Alex,

Suite à votre candidature au poste d'Acheteur textile, nous souhaiterions vous rencontrer pour un entretien le mardi 19 mai 2026 à 14h30 (heure de Paris), dans nos locaux.

Merci de nous confirmer votre présence.

Cordialement,
Service RH, Maison Carrel""",
    ),
    dict(
        name="h7-int-fr-2-tel",
        kind="interview",
        lang="fr",
        company="Optique Bellerive",
        position="Responsable de magasin",
        **{"from": "Optique Bellerive <jobs@optique-bellerive.fr>"},
        subject="Votre candidature - entretien téléphonique",
        date="Tue, 12 May 2026 13:45:00 +0200",
        body="""Bonjour,

Votre profil a retenu notre attention pour le poste de Responsable de magasin.

Nous aimerions organiser un premier entretien téléphonique d'une vingtaine de minutes. Pourriez-vous nous indiquer vos disponibilités cette semaine ?

Bien à vous,
Optique Bellerive""",
    ),
    dict(
        name="h7-int-es-1",
        kind="interview",
        lang="es",
        company="Cierzo Tech",
        position="Desarrollador Python",
        event_at="2026-05-21T16:00:00+02:00",
        **{"from": "Cierzo Tech <talento@cierzotech.es>"},
        subject="Entrevista - Desarrollador Python",
        date="Wed, 13 May 2026 10:30:00 +0200",
        body="""Hola Alex,

Gracias por tu candidatura al puesto de Desarrollador Python. Nos gustaría invitarte a una entrevista el 21 de mayo de 2026 a las 16:00 (hora de Madrid) por videollamada.

Te enviaremos el enlace de Google Meet al confirmar.

Un saludo,
Equipo de Talento de Cierzo Tech""",
    ),
    dict(
        name="h7-int-es-2",
        kind="interview",
        lang="es",
        company="Lumbre Studio",
        position="Animador 3D",
        **{"from": "Carla Ruiz <carla@lumbrestudio.com>"},
        subject="Tu candidatura en Lumbre Studio",
        date="Thu, 14 May 2026 18:00:00 +0200",
        body="""Hola Alex,

Hemos visto tu reel para el puesto de Animador 3D y nos ha encantado.

¿Tendrías disponibilidad para una entrevista por videollamada esta semana o la próxima? Dime qué días te vienen bien.

Un abrazo,
Carla Ruiz
Lumbre Studio""",
    ),
    dict(
        name="h7-int-en-4-reschedule",
        kind="interview",
        lang="en",
        company="Sable Systems",
        position="Site Reliability Engineer",
        event_at="2026-05-15T09:30:00-07:00",
        **{"from": "Derek Lin <derek.lin@sablesystems.com>"},
        subject="Rescheduling our interview",
        date="Mon, 11 May 2026 08:00:00 -0700",
        body="""Hi Alex,

Unfortunately I have a conflict on Wednesday, so I need to reschedule our interview for the Site Reliability Engineer role. Could we move it to Friday 15 May 2026 at 9:30 AM PT instead?

Sorry for the shuffle, and thanks for your flexibility.

Derek Lin
Engineering Manager, Sable Systems""",
    ),
    # --- Confirmations --------------------------------------------------------------------
    dict(
        name="h7-conf-en-1-greenhouse",
        kind="confirmation",
        lang="en",
        company="Halcyon Robotics",
        position="Controls Engineer",
        **{"from": "Halcyon Robotics <no-reply@us.greenhouse-mail.io>"},
        subject="Thank you for applying to Halcyon Robotics",
        date="Mon, 04 May 2026 08:00:00 +0000",
        body="""Hi Alex,

Thank you for applying to Halcyon Robotics! We've received your application for the Controls Engineer position and our team is reviewing it.

If your qualifications match our needs, someone will be in touch.

Halcyon Robotics Recruiting""",
    ),
    dict(
        name="h7-conf-en-2-workday",
        kind="confirmation",
        lang="en",
        company="Beaconfield Bank",
        position="Credit Risk Analyst",
        **{"from": "beaconfield@myworkday.com"},
        subject="Beaconfield Bank - Application Received",
        date="Mon, 04 May 2026 19:20:00 +0000",
        format="html",
        body="""Dear Alex Morgan,

Your application for Credit Risk Analyst (JR-55210) at Beaconfield Bank has been submitted successfully.

You can follow the status of your application at any time by signing in to your candidate home.

Beaconfield Bank Talent Acquisition""",
    ),
    dict(
        name="h7-conf-en-3-volume",
        kind="confirmation",
        lang="en",
        company="Foxglove Health",
        position="Clinical Data Manager",
        **{"from": "Foxglove Health <no-reply@hire.lever.co>"},
        subject="Thanks for applying to Foxglove Health",
        date="Tue, 05 May 2026 12:00:00 -0500",
        body="""Hi Alex,

Thanks for applying for Clinical Data Manager at Foxglove Health. Our team will review your application and reach out if there's a fit.

Unfortunately, due to the high volume of applications we receive, we are not able to respond to every applicant individually.

Best,
Foxglove Health""",
    ),
    dict(
        name="h7-conf-en-4-indeed",
        kind="confirmation",
        lang="en",
        company="Copperline Studios",
        position="Motion Designer",
        **{"from": "Indeed Apply <indeedapply@indeed.com>"},
        subject="Indeed Application: Motion Designer",
        date="Wed, 06 May 2026 07:45:00 +0000",
        body="""Your application has been submitted

Motion Designer
Copperline Studios - Manchester

Good luck, Alex! Your application was sent to Copperline Studios. The employer may contact you directly.

Track your applications in My jobs.""",
    ),
    dict(
        name="h7-conf-de-1",
        kind="confirmation",
        lang="de",
        company="Rheinfeld Energie",
        position="Projektingenieur",
        **{"from": "Rheinfeld Energie <bewerbungen@rheinfeld-energie.de>"},
        subject="Vielen Dank für Ihre Bewerbung",
        date="Wed, 06 May 2026 10:00:00 +0200",
        body="""Sehr geehrter Herr Morgan,

vielen Dank für Ihre Bewerbung als Projektingenieur. Wir haben Ihre Unterlagen erhalten und werden sie sorgfältig prüfen.

Wir melden uns in den nächsten zwei bis drei Wochen bei Ihnen.

Mit freundlichen Grüßen
Rheinfeld Energie GmbH""",
    ),
    dict(
        name="h7-conf-de-2",
        kind="confirmation",
        lang="de",
        company="Stadtwerke Lindau",
        position="IT-Administrator",
        **{"from": "Stadtwerke Lindau <noreply@stadtwerke-lindau.de>"},
        subject="Eingangsbestätigung Ihrer Bewerbung",
        date="Thu, 07 May 2026 07:30:00 +0200",
        transfer="base64",
        body="""Guten Tag,

hiermit bestätigen wir den Eingang Ihrer Bewerbung für die Stelle IT-Administrator (m/w/d).

Bitte haben Sie etwas Geduld; das Auswahlverfahren kann einige Wochen dauern.

Stadtwerke Lindau""",
    ),
    dict(
        name="h7-conf-fr-1",
        kind="confirmation",
        lang="fr",
        company="Groupe Sablier",
        position="Contrôleur de gestion",
        **{"from": "Groupe Sablier <recrutement@groupe-sablier.fr>"},
        subject="Accusé de réception de votre candidature",
        date="Thu, 07 May 2026 16:00:00 +0200",
        body="""Madame, Monsieur,

Nous accusons bonne réception de votre candidature au poste de Contrôleur de gestion et vous en remercions.

Elle sera étudiée avec attention par nos équipes.

Le service recrutement
Groupe Sablier""",
    ),
    dict(
        name="h7-conf-fr-2",
        kind="confirmation",
        lang="fr",
        company="Papillon Studio",
        position="Illustrateur",
        **{"from": "Papillon Studio <hello@papillon.studio>"},
        subject="On a bien reçu ta candidature !",
        date="Fri, 08 May 2026 09:00:00 +0200",
        body="""Coucou Alex,

Merci pour ta candidature au poste d'Illustrateur ! Elle est bien arrivée chez nous.

On prend le temps de regarder chaque portfolio, on revient vers toi très vite.

L'équipe Papillon""",
    ),
    dict(
        name="h7-conf-es-1",
        kind="confirmation",
        lang="es",
        company="Ribera Software",
        position="QA Engineer",
        **{"from": "Ribera Software <jobs@riberasoftware.com>"},
        subject="Hemos recibido tu candidatura",
        date="Fri, 08 May 2026 11:30:00 +0200",
        body="""Hola Alex,

Hemos recibido tu candidatura para el puesto de QA Engineer. ¡Gracias por tu interés en Ribera Software!

Nuestro equipo la revisará y te contactaremos si tu perfil encaja.

Ribera Software""",
    ),
    dict(
        name="h7-conf-es-2",
        kind="confirmation",
        lang="es",
        company="Clínica Altamar",
        position="Administrativo",
        **{"from": "Clínica Altamar <rrhh@clinicaaltamar.es>"},
        subject="Confirmación de recepción de solicitud",
        date="Sat, 09 May 2026 10:00:00 +0200",
        body="""Estimado/a candidato/a:

Confirmamos la recepción de su solicitud para el puesto de Administrativo.

Su candidatura será valorada junto con las demás recibidas.

Atentamente,
Recursos Humanos, Clínica Altamar""",
    ),
    # --- Offers ---------------------------------------------------------------------------
    dict(
        name="h7-offer-en-1",
        kind="offer",
        lang="en",
        company="Brookhaven Studio",
        position="Senior Illustrator",
        **{"from": "Nadia Fox <nadia@brookhavenstudio.com>"},
        subject="Offer - Senior Illustrator",
        date="Mon, 18 May 2026 15:00:00 +0100",
        body="""Hi Alex,

I'm delighted to offer you the position of Senior Illustrator at Brookhaven Studio! Everyone on the panel was impressed.

Attached is your offer letter with the salary and start date. Please let us know by Friday whether you accept.

Nadia Fox
Studio Director""",
    ),
    dict(
        name="h7-offer-de-1",
        kind="offer",
        lang="de",
        company="Weserblick Consulting",
        position="Senior Berater",
        **{"from": "Weserblick Consulting <personal@weserblick.de>"},
        subject="Ihr Vertragsangebot",
        date="Tue, 19 May 2026 12:00:00 +0200",
        body="""Sehr geehrter Herr Morgan,

wir freuen uns sehr, Ihnen die Stelle als Senior Berater anbieten zu können. Anbei finden Sie unser Vertragsangebot.

Über eine Rückmeldung bis zum 29. Mai freuen wir uns.

Mit freundlichen Grüßen
Weserblick Consulting""",
    ),
    dict(
        name="h7-offer-fr-1",
        kind="offer",
        lang="fr",
        company="Ateliers Durand",
        position="Ingénieur méthodes",
        **{"from": "Ateliers Durand <rh@ateliers-durand.fr>"},
        subject="Proposition d'embauche",
        date="Wed, 20 May 2026 17:00:00 +0200",
        body="""Bonjour Alex,

Nous avons le plaisir de vous proposer le poste d'Ingénieur méthodes au sein des Ateliers Durand.

Vous trouverez ci-joint notre proposition d'embauche détaillant la rémunération et la date de démarrage.

Bien cordialement,
Ateliers Durand""",
    ),
    dict(
        name="h7-offer-es-1",
        kind="offer",
        lang="es",
        company="Faro Labs",
        position="Product Owner",
        **{"from": "Faro Labs <people@farolabs.io>"},
        subject="Oferta: Product Owner",
        date="Thu, 21 May 2026 13:00:00 +0200",
        body="""Hola Alex,

¡Enhorabuena! Nos complace ofrecerte el puesto de Product Owner en Faro Labs.

Adjuntamos la carta de oferta con las condiciones. Esperamos tu respuesta antes del viernes.

Un saludo,
Faro Labs""",
    ),
    # --- Other: hard negatives ------------------------------------------------------------
    dict(
        name="h7-other-alert-linkedin",
        kind="other",
        lang="en",
        **{"from": "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>"},
        subject="30 new jobs for 'backend engineer'",
        date="Mon, 04 May 2026 06:00:00 +0000",
        body="""Your job alert for backend engineer in London

Backend Engineer - Plumtree Payments - London (Hybrid) - Easy Apply
Senior Backend Developer - Marlow Health - Remote
Backend Engineer, Python - Cinder Labs - London

Apply now before these roles are filled.

See all jobs

You are receiving Job Alert emails. Unsubscribe.""",
    ),
    dict(
        name="h7-other-newsletter-en",
        kind="other",
        lang="en",
        **{"from": "The Hiring Digest <digest@hiringdigest.news>"},
        subject="This week: why candidates get rejected (and what to do)",
        date="Tue, 05 May 2026 07:00:00 +0000",
        format="html",
        body="""The Hiring Digest - issue 112

Unfortunately, our live webinar on salary negotiation had to be cancelled this week. The recording from last month is available instead.

In this issue: why 'we've decided to move forward with other candidates' often means the role was filled internally, and how to follow up after an interview.

Read more on our blog.

Unsubscribe | Manage preferences""",
    ),
    dict(
        name="h7-other-outreach-en",
        kind="other",
        lang="en",
        **{"from": "Gemma Holt <gemma@talentbridge.recruit>"},
        subject="Backend opportunity - fintech, fully remote",
        date="Wed, 06 May 2026 11:20:00 +0100",
        body="""Hi Alex,

I came across your profile and thought you might be a great fit for a Senior Backend Engineer role I'm recruiting for with a fast-growing fintech client.

It's fully remote, with a salary of up to 95k. Would you be open to a quick chat this week?

Best,
Gemma Holt
TalentBridge Recruitment""",
    ),
    dict(
        name="h7-other-ooo-en",
        kind="other",
        lang="en",
        **{"from": "Martin Cole <martin.cole@brightfern.com>"},
        subject="Automatic reply: Follow-up on my application",
        date="Wed, 06 May 2026 14:02:00 +0100",
        extra=["Auto-Submitted: auto-replied"],
        body="""Thank you for your message.

I am out of the office until Monday 18 May with limited access to e-mail. Unfortunately I will not be able to reply before then.

For urgent recruitment matters, please contact talent@brightfern.com.

Martin Cole""",
    ),
    dict(
        name="h7-other-ooo-de",
        kind="other",
        lang="de",
        **{"from": "Sabine Keller <s.keller@hanseatic-trade.de>"},
        subject="Abwesenheitsnotiz: Ihre Bewerbung",
        date="Thu, 07 May 2026 09:00:00 +0200",
        extra=["Auto-Submitted: auto-replied"],
        body="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 22. Mai nicht im Büro und habe leider keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an personal@hanseatic-trade.de.

Sabine Keller""",
    ),
    dict(
        name="h7-other-fwd-friend-rejection",
        kind="other",
        lang="en",
        **{"from": "Sam Patel <sam.patel@example.net>"},
        subject="Fwd: Your application to Vantage Cloud",
        date="Thu, 07 May 2026 20:30:00 +0000",
        body="""Hey Alex, look what I got from Vantage Cloud today. They didn't even interview me! You interviewed there last year, right? Any idea what they look for?

---------- Forwarded message ---------
From: Vantage Cloud <careers@vantagecloud.com>
Date: Thu, May 7, 2026 at 4:02 PM
Subject: Your application to Vantage Cloud
To: <sam.patel@example.net>

Dear Sam,

Thank you for applying for the Cloud Support Engineer position. After careful review, we have decided not to move forward with your application.

Best regards,
Vantage Cloud Talent Team""",
    ),
    dict(
        name="h7-other-marketing-en",
        kind="other",
        lang="en",
        **{"from": "Northpeak Outdoor <hello@northpeak-outdoor.com>"},
        subject="Last chance: 30% off ends tonight",
        date="Fri, 08 May 2026 18:00:00 +0000",
        format="html",
        body="""Hi Alex,

Don't miss out! Unfortunately all good things come to an end, and our spring sale closes at midnight.

Shop jackets, boots and tents at 30% off.

You're receiving this because you signed up at northpeak-outdoor.com. Unsubscribe.""",
    ),
    dict(
        name="h7-other-alert-stepstone",
        kind="other",
        lang="de",
        **{"from": "StepStone <jobagent@stepstone.de>"},
        subject="Neue Jobs für Sie: Data Engineer",
        date="Sat, 09 May 2026 06:30:00 +0200",
        body="""Hallo Alex,

Ihr Job-Agent hat 12 neue Stellenangebote gefunden, die zu Ihrer Suche passen:

Data Engineer (m/w/d) - Elbtal Medien - Dresden
Senior Data Engineer - Fuchs & Partner - Leipzig
Data Platform Engineer - Remote

Jetzt bewerben!

Job-Agent verwalten oder abbestellen""",
    ),
    dict(
        name="h7-other-event-fr",
        kind="other",
        lang="fr",
        **{"from": "Meetup Data Lyon <contact@datalyon.org>"},
        subject="Annulation de la soirée du 12 mai",
        date="Sat, 09 May 2026 12:00:00 +0200",
        body="""Bonjour à toutes et à tous,

Malheureusement, notre soirée du 12 mai est annulée : l'intervenant ne pourra pas être présent. Nous ne pouvons pas donner suite aux inscriptions pour cette date.

Nous vous tiendrons informés de la nouvelle date.

L'équipe Data Lyon""",
    ),
    dict(
        name="h7-other-billing-es",
        kind="other",
        lang="es",
        **{"from": "Telemóvil <facturacion@telemovil.es>"},
        subject="No hemos podido procesar tu pago",
        date="Sun, 10 May 2026 08:00:00 +0200",
        body="""Hola Alex,

Lamentablemente no hemos podido procesar el pago de tu factura de mayo. Por favor, revisa los datos de tu tarjeta en el área de cliente.

Si ya has realizado el pago, ignora este mensaje.

Atención al cliente de Telemóvil""",
    ),
    dict(
        name="h7-other-github-pr",
        kind="other",
        lang="en",
        **{"from": "Rin Kato <notifications@github.com>"},
        subject="Re: [openmaps/tiler] Add vector tile cache (#482)",
        date="Sun, 10 May 2026 13:10:00 +0000",
        body="""Thanks for the contribution! Unfortunately we've decided not to move forward with this change: the cache belongs in the server, not the library. Closing, but feel free to open a discussion.

--
Reply to this email directly or view it on GitHub.""",
    ),
    dict(
        name="h7-other-rental",
        kind="other",
        lang="en",
        **{"from": "Elmstead Lettings <lettings@elmstead-lettings.co.uk>"},
        subject="Your rental application - 12 Elm Street",
        date="Mon, 11 May 2026 10:30:00 +0100",
        body="""Dear Alex,

Thank you for your application for the flat at 12 Elm Street.

We regret to inform you that the landlord has accepted another applicant, and your application was not approved on this occasion.

Kind regards,
Elmstead Lettings""",
    ),
    dict(
        name="h7-other-password",
        kind="other",
        lang="en",
        **{"from": "Workday Candidate Home <no-reply@myworkday.com>"},
        subject="Your password was changed",
        date="Mon, 11 May 2026 22:00:00 +0000",
        body="""Hello Alex,

The password for your candidate account was changed. If you did not make this change, please reset your password immediately.

This is an automated message; please do not reply.""",
    ),
    dict(
        name="h7-other-colleague",
        kind="other",
        lang="en",
        **{"from": "Dana Wu <dana.wu@example.org>"},
        subject="standup tomorrow",
        date="Tue, 12 May 2026 17:30:00 +0100",
        body="""Hi all,

Unfortunately the big meeting room is booked tomorrow morning, so let's move standup to the kitchen at 9:45. We also need to decide who moves forward with the onboarding doc.

Dana""",
    ),
    dict(
        name="h7-other-outreach-es",
        kind="other",
        lang="es",
        **{"from": "Jorge Medina <jorge@talentomedina.es>"},
        subject="Oportunidad como Tech Lead",
        date="Wed, 13 May 2026 09:45:00 +0200",
        body="""Hola Alex,

He visto tu perfil en LinkedIn y creo que podrías encajar en una posición de Tech Lead para un cliente del sector logístico en Valencia.

¿Te apetece que hablemos 15 minutos esta semana?

Un saludo,
Jorge Medina""",
    ),
    dict(
        name="h7-other-alert-fr",
        kind="other",
        lang="fr",
        **{"from": "Indeed <alert@indeed.fr>"},
        subject="Nouvelles offres : chef de projet",
        date="Wed, 13 May 2026 07:00:00 +0200",
        body="""Bonjour,

8 nouvelles offres d'emploi correspondent à votre recherche « chef de projet » à Lyon :

Chef de projet informatique - Orange Bleue - Lyon
Chef de projet digital - Agence Miel - Villeurbanne

Postulez dès maintenant.

Se désabonner de cette alerte""",
    ),
]
