"""Held-out-8: 50 messages dated January 2027, written without reading the classifier, its word
lists, its model or the other held-out parts written after round 7, in wordings of their own.
Times are in CET (+01:00), GMT (+00:00), US Eastern (-05:00) and Mexico City (-06:00)."""


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


HOLDOUT15 = [
    # --- Rejections: English ----------------------------------------------------------------
    _m(
        "h15-rej-en-1",
        "rejection",
        "en",
        "Harborline Freight",
        "Harborline Freight Hiring <no-reply@ashbyhq.com>",
        "Harborline Freight | Logistics Data Analyst",
        "Tue, 05 Jan 2027 15:42:00 -0500",
        """Hi Alex,

Thanks for the conversations over the last few weeks about the Logistics Data Analyst role. We've now compared notes as a hiring team, and we've opted to go ahead with another finalist whose background lines up more directly with the routing work planned for this year.

This isn't the outcome you were hoping for, and we know how much effort goes into a process like this. You're welcome to apply again when something closer to your experience opens up.

All the best,
The Harborline Freight hiring team

Powered by Ashby""",
        position="Logistics Data Analyst",
    ),
    _m(
        "h15-rej-en-2",
        "rejection",
        "en",
        "Quenby Diagnostics",
        "Quenby Diagnostics Talent Acquisition <quenbydiagnostics@talent.icims.com>",
        "Regarding your take-home exercise - Software Engineer II (Req 4471)",
        "Wed, 06 Jan 2027 11:05:00 -0500",
        """Dear Alex,

Thank you for completing the take-home exercise for the Software Engineer II position (Req 4471). Two of our engineers reviewed your submission in detail.

Having reviewed it, the panel has concluded that we won't be extending an invitation to the next stage of interviews. Their main notes concerned test coverage and the handling of the concurrency edge cases described in the brief.

We are grateful for the time you put into the exercise and hope you will keep an eye on our careers site.

Sincerely,
Talent Acquisition
Quenby Diagnostics

This message was sent from an unmonitored mailbox.""",
        format="html",
        position="Software Engineer II",
    ),
    _m(
        "h15-rej-en-3",
        "rejection",
        "en",
        "Marrowfield Insurance",
        "Dana Whitlock <dana.whitlock@marrowfield-insurance.com>",
        "Re: Following up - Customer Success Lead",
        "Thu, 07 Jan 2027 09:18:00 +0000",
        """Hi Alex,

Apologies for the slow reply; the holidays held everything up. I've now heard back from the panel after your final round, and I'm afraid I don't have the news you wanted. They felt you'd be a strong lead, but they've offered the Customer Success Lead job to someone who has run a renewals team in the insurance sector before.

I genuinely enjoyed our chats and I'd be glad to stay in touch.

Dana

On Mon, 4 Jan 2027 at 10:02, Alex Morgan <alex.morgan@example.org> wrote:
> Hi Dana,
>
> Happy new year! I wanted to check in on the Customer Success Lead role
> after the final interview on 17 December. I'm still very keen and happy
> to provide anything else the panel needs.
>
> Best wishes,
> Alex""",
        position="Customer Success Lead",
    ),
    _m(
        "h15-rej-en-4",
        "rejection",
        "en",
        "Ostrander Health",
        "Ostrander Health Careers <ostranderhealth@myworkday.com>",
        "Update on Senior Product Designer (R-20931)",
        "Mon, 11 Jan 2027 13:30:00 -0500",
        """Dear Alex Morgan,

We are writing about your application for Senior Product Designer (R-20931).

Following a review of our 2027 budget, Ostrander Health has cancelled this requisition, and the position will not be filled. As a result, all applications for this role, including yours, have been closed.

We understand this is disappointing, and we thank you for considering a career with us. Other openings are listed on our careers site, and your candidate profile remains active should you wish to apply for them.

Kind regards,
Ostrander Health Talent Acquisition""",
        transfer="quoted-printable",
        position="Senior Product Designer",
    ),
    _m(
        "h15-rej-en-5",
        "rejection",
        "en",
        "Vantrell Audio",
        "Alex Morgan <alex.m.personal@example.net>",
        "Fwd: Vantrell Audio - your application for Firmware Engineer",
        "Tue, 12 Jan 2027 20:14:00 +0000",
        """Forwarding this to my main inbox so I can log it.

---------- Forwarded message ---------
From: Vantrell Audio <careers@vantrellaudio.teamtailor-mail.com>
Date: Tue, 12 Jan 2027 at 16:51
Subject: Vantrell Audio - your application for Firmware Engineer
To: Alex Morgan <alex.m.personal@example.net>

Hello Alex,

Many thanks for your interest in the Firmware Engineer opening at Vantrell Audio.

We've been through every application carefully and have now decided to focus on candidates with more hands-on experience of DSP on embedded targets, so we will not be taking your application any further.

We'd be happy to hear from you again in the future.

Warm regards,
Vantrell Audio People Team""",
        position="Firmware Engineer",
    ),
    _m(
        "h15-rej-en-6",
        "rejection",
        "en",
        "Silverfen Studios",
        "Silverfen Studios <no-reply@hire.lever.co>",
        "Thank you from Silverfen Studios",
        "Thu, 14 Jan 2027 17:20:00 +0000",
        """Hi Alex,

Thank you for giving us the chance to get to know you through your application for Narrative Designer. We loved seeing your portfolio.

We wanted to let you know that the role has now been filled, and we're closing the search.

We're grateful you thought of Silverfen, and we hope our paths cross again on a future project.

Cheers,
Silverfen Studios""",
        format="alternative",
        position="Narrative Designer",
    ),
    # --- Rejections: German -----------------------------------------------------------------
    _m(
        "h15-rej-de-1",
        "rejection",
        "de",
        "Lindwurm Software",
        "Lindwurm Software GmbH <jobs@lindwurm-software.jobs.personio.de>",
        "Deine Bewerbung als Senior Backend Developer (m/w/d)",
        "Mon, 04 Jan 2027 10:12:00 +0100",
        """Hallo Alex,

vielen Dank, dass du dich für die Position als Senior Backend Developer (m/w/d) bei Lindwurm Software interessiert hast und dir Zeit für uns genommen hast.

Nach reiflicher Überlegung haben wir uns entschieden, den Prozess mit anderen Kandidat:innen fortzusetzen, deren Erfahrung mit Event-Sourcing besser zu unserem aktuellen Bedarf passt.

Wir wünschen dir für deine weitere berufliche Zukunft viel Erfolg.

Beste Grüße
Dein Lindwurm People Team""",
        position="Senior Backend Developer (m/w/d)",
    ),
    _m(
        "h15-rej-de-2",
        "rejection",
        "de",
        "Eibenhof Gastronomie",
        "Eibenhof Gastronomie via JOIN <no-reply@join.com>",
        "Update zu deiner Bewerbung: Restaurantleitung",
        "Tue, 05 Jan 2027 14:48:00 +0100",
        """Hi Alex,

danke für deine Bewerbung als Restaurantleitung im Eibenhof.

Wir möchten dir ehrlich Bescheid geben: Die Stelle haben wir inzwischen intern nachbesetzt. Deshalb kommt es zu keinem weiteren Gespräch.

Alles Gute für die Suche!
Das Team vom Eibenhof

Diese Nachricht wurde über JOIN versendet.""",
        position="Restaurantleitung",
    ),
    _m(
        "h15-rej-de-3",
        "rejection",
        "de",
        "Grauwacke Bau",
        "Grauwacke Bau AG - Personalabteilung <bewerbung@grauwacke-bau.de>",
        "Ihre Teilnahme am Assessment-Center – Trainee Bauleitung",
        "Fri, 08 Jan 2027 16:05:00 +0100",
        """Sehr geehrter Herr Morgan,

haben Sie herzlichen Dank für Ihre Teilnahme an unserem Assessment-Center am 17. Dezember und für die Energie, die Sie in die Fallstudie gesteckt haben.

Die Beobachterinnen und Beobachter haben alle Ergebnisse ausführlich besprochen. Für das „Trainee-Programm Bauleitung 2027“ können wir Ihnen im Ergebnis jedoch keine Zusage geben; andere Teilnehmende haben in den Gruppenübungen überzeugender abgeschnitten.

Für Ihren weiteren Weg wünschen wir Ihnen alles Gute.

Mit freundlichen Grüßen
Grauwacke Bau AG
Personalentwicklung""",
        charset="cp1252",
        label="windows-1252",
        position="Trainee Bauleitung",
    ),
    _m(
        "h15-rej-de-4",
        "rejection",
        "de",
        "Stadtwerke Nordheide",
        "Miriam Albers <m.albers@kessler-personalberatung.de>",
        "Rückmeldung Stadtwerke Nordheide",
        "Wed, 13 Jan 2027 11:37:00 +0100",
        """Hallo Herr Morgan,

ich habe heute Morgen mit der Geschäftsführung der Stadtwerke Nordheide telefoniert. Leider hat sich mein Mandant entschieden, das Verfahren für die Position Leiter IT-Infrastruktur mit einem anderen Kandidaten abzuschließen. Ausschlaggebend war die längere Führungserfahrung im kommunalen Umfeld.

Ich bedauere das sehr, denn Ihr Gespräch wurde ausdrücklich gelobt. Gern melde ich mich, wenn ich ein passendes Mandat habe.

Viele Grüße
Miriam Albers
Kessler Personalberatung""",
        position="Leiter IT-Infrastruktur",
    ),
    _m(
        "h15-rej-de-5",
        "rejection",
        "de",
        "Fichtelwerk Maschinenbau",
        "Fichtelwerk Maschinenbau <fichtelwerk@recruitee.com>",
        "Ihre Bewerbung bei Fichtelwerk Maschinenbau",
        "Thu, 14 Jan 2027 09:02:00 +0100",
        """Guten Tag Herr Morgan,

wir bedanken uns für Ihre Bewerbung als Konstrukteur Sondermaschinenbau und das damit verbundene Interesse an unserem Unternehmen.

Ihre Unterlagen haben wir mit Interesse gelesen. Dennoch sind wir zu dem Ergebnis gekommen, dass andere Bewerbungen unserem Anforderungsprofil näherkommen, weshalb wir Sie in diesem Auswahlverfahren nicht weiter einbeziehen.

Wir danken Ihnen für Ihr Vertrauen und wünschen Ihnen viel Erfolg.

Freundliche Grüße
Fichtelwerk Maschinenbau GmbH""",
        transfer="base64",
        position="Konstrukteur Sondermaschinenbau",
    ),
    _m(
        "h15-rej-de-6",
        "rejection",
        "de",
        "Weidenau Pharma",
        "Weidenau Pharma Karriere <noreply@smartrecruiters.com>",
        "Information zu Ihrer Bewerbung: Clinical Data Manager",
        "Tue, 19 Jan 2027 15:15:00 +0100",
        """Sehr geehrter Alex Morgan,

wir möchten Sie darüber informieren, dass die Stelle Clinical Data Manager aufgrund einer internen Umstrukturierung nicht mehr besetzt wird. Das Auswahlverfahren ist damit beendet, und Ihre Bewerbung wird nicht weiterverfolgt.

Wir bedauern die Umstände und danken Ihnen für Ihr Interesse an Weidenau Pharma. Neue Ausschreibungen finden Sie jederzeit auf unserer Karriereseite.

Mit besten Grüßen
Ihr Recruiting-Team
Weidenau Pharma""",
        format="html",
        position="Clinical Data Manager",
    ),
    # --- Rejections: French -----------------------------------------------------------------
    _m(
        "h15-rej-fr-1",
        "rejection",
        "fr",
        "Maison Caudron",
        "Maison Caudron via Welcome to the Jungle <noreply@welcometothejungle.com>",
        "Votre candidature chez Maison Caudron",
        "Wed, 06 Jan 2027 10:40:00 +0100",
        """Bonjour Alex,

Merci pour l'intérêt que vous portez à Maison Caudron et pour votre candidature au poste de Chef de projet e-commerce.

Après étude attentive de l'ensemble des profils reçus, nous avons fait le choix d'avancer avec d'autres candidats pour ce poste.

Nous vous souhaitons pleine réussite dans vos recherches.

L'équipe Maison Caudron""",
        position="Chef de projet e-commerce",
    ),
    _m(
        "h15-rej-fr-2",
        "rejection",
        "fr",
        "Studio Mirabeau",
        "Inès Garnier <ines@studiomirabeau.fr>",
        "Suite à ton entretien",
        "Fri, 08 Jan 2027 18:02:00 +0100",
        """Salut Alex,

Je reviens vers toi après ton entretien de mardi pour le poste de directeur artistique junior. On a vraiment apprécié l'échange et ton book.

Après discussion avec l'équipe, on ne va pas pouvoir aller plus loin ensemble sur ce poste : on part sur un profil qui a déjà piloté des campagnes print de bout en bout.

Je garde tes coordonnées précieusement et je te souhaite le meilleur pour la suite.

Inès
Studio Mirabeau""",
        transfer="quoted-printable",
        position="directeur artistique junior",
    ),
    _m(
        "h15-rej-fr-3",
        "rejection",
        "fr",
        "Lavandou Énergies",
        "Lavandou Énergies <noreply@apply.workable.com>",
        "Poste de Technicien de maintenance éolien",
        "Mon, 18 Jan 2027 09:25:00 +0100",
        """Bonjour Alex,

Nous vous remercions d'avoir postulé au poste de Technicien de maintenance éolien chez Lavandou Énergies.

Nous tenions à vous informer que ce poste a été pourvu. Nous clôturons donc le recrutement et ne donnerons pas suite aux candidatures en cours.

Nous conservons votre profil et ne manquerons pas de revenir vers vous si une opportunité correspondant à votre parcours se présente.

Cordialement,
L'équipe recrutement de Lavandou Énergies""",
        format="html",
        position="Technicien de maintenance éolien",
    ),
    _m(
        "h15-rej-fr-4",
        "rejection",
        "fr",
        "Roussel Assurances",
        "Roussel Assurances <no-reply@hire.lever.co>",
        "RE: Candidature - Analyste risques",
        "Wed, 20 Jan 2027 14:11:00 +0100",
        """Bonjour Alex,

Merci pour votre message et votre patience.

Nous avons le regret de vous annoncer que nous ne sommes pas en mesure de retenir votre candidature pour le poste d'Analyste risques. Les candidats retenus pour la suite disposent d'une expérience plus longue en modélisation Solvabilité II.

Bien cordialement,
Claire Dumesnil
Roussel Assurances

-----Message d'origine-----
De : Alex Morgan <alex.morgan@example.org>
Envoyé : lundi 11 janvier 2027 09:30
Objet : Candidature - Analyste risques

Bonjour,

Je me permets de revenir vers vous au sujet de ma candidature au poste d'Analyste risques envoyée le 14 décembre. Pourriez-vous m'indiquer où en est le processus ?

Bien à vous,
Alex Morgan""",
        position="Analyste risques",
    ),
    # --- Rejections: Spanish ----------------------------------------------------------------
    _m(
        "h15-rej-es-1",
        "rejection",
        "es",
        "Hornos Salinas",
        "InfoJobs <noreply@infojobs.net>",
        "Novedades en tu candidatura: Jefe/a de Turno de Producción",
        "Thu, 07 Jan 2027 12:00:00 +0100",
        """Hola Alex,

Hay novedades en tu candidatura a la oferta Jefe/a de Turno de Producción de la empresa Hornos Salinas.

Estado: Descartado. La empresa ha revisado tu candidatura y ha decidido que no continúes en el proceso de selección.

No te desanimes: tenemos miles de ofertas esperándote.

El equipo de InfoJobs""",
        position="Jefe/a de Turno de Producción",
    ),
    _m(
        "h15-rej-es-2",
        "rejection",
        "es",
        "Ocotillo Logística",
        "Fernanda Ruiz <fernanda.ruiz@ocotillologistica.com.mx>",
        "Seguimiento a tu entrevista - Coordinador de Almacén",
        "Mon, 11 Jan 2027 17:45:00 -0600",
        """Hola Alex:

Muchas gracias por el tiempo que nos dedicaste en la entrevista del jueves para la vacante de Coordinador de Almacén.

Te comparto que, tras comparar los perfiles finalistas, optamos por avanzar con una persona cuya experiencia en centros de distribución de mayor volumen se ajusta mejor a lo que necesitamos ahora mismo. Por lo tanto, no seguiremos con tu proceso en esta ocasión.

Te deseo mucho éxito y ojalá coincidamos más adelante.

Saludos cordiales,
Fernanda Ruiz
Atracción de Talento | Ocotillo Logística""",
        position="Coordinador de Almacén",
    ),
    _m(
        "h15-rej-es-3",
        "rejection",
        "es",
        "Tezontle Software",
        "Tezontle Software <no-reply@teamtailor.com>",
        "Tu candidatura a QA Automation Engineer",
        "Fri, 15 Jan 2027 10:30:00 +0100",
        """Hola Alex,

Gracias por presentarte a la posición de QA Automation Engineer y por completar la prueba técnica.

Hemos valorado tu candidatura con detenimiento y, aunque tu perfil tiene puntos muy interesantes, hemos decidido no continuar con tu proceso para esta posición.

Te animamos a estar pendiente de nuestras próximas vacantes.

Un saludo,
Equipo de Personas de Tezontle Software""",
        transfer="base64",
        position="QA Automation Engineer",
    ),
    _m(
        "h15-rej-es-4",
        "rejection",
        "es",
        "Almadraba Seguros",
        "Almadraba Seguros <no-reply@us.greenhouse-mail.io>",
        "Actualización sobre la vacante de Actuario/a Senior",
        "Thu, 21 Jan 2027 13:05:00 +0100",
        """Estimado Alex:

Te escribimos en relación con tu candidatura para la vacante de Actuario/a Senior en Almadraba Seguros.

Por un cambio en las prioridades del área, hemos cerrado la vacante sin cubrirla y el proceso queda cancelado. Lamentamos no poder ofrecerte otra respuesta después del tiempo invertido.

Gracias de nuevo por tu interés.

Atentamente,
Talento Almadraba Seguros""",
        position="Actuario/a Senior",
    ),
    # --- Hard negatives ---------------------------------------------------------------------
    _m(
        "h15-other-grant-en",
        "other",
        "en",
        "",
        "Calder Arts Foundation <grants@calderarts.org>",
        "Your 2027 Project Grant application",
        "Mon, 04 Jan 2027 14:00:00 +0000",
        """Dear Alex Morgan,

Thank you for submitting a proposal to the Calder Arts Foundation 2027 Project Grants round.

We received 612 applications for 40 awards. We regret that your proposal, "Tidal Archive", was not selected for funding this year. Panel comments will be available in your applicant portal from 18 January.

The next round opens in June and we encourage you to apply again.

Grants Team
Calder Arts Foundation""",
    ),
    _m(
        "h15-other-residency-fr",
        "other",
        "fr",
        "",
        "Résidence des Salins <candidatures@residencedessalins.fr>",
        "Résidence d'artistes 2027 - réponse du comité",
        "Wed, 06 Jan 2027 11:00:00 +0100",
        """Bonjour Alex,

Le comité de sélection de la Résidence des Salins s'est réuni le 4 janvier pour étudier les 230 dossiers reçus pour la session de printemps 2027.

Nous sommes au regret de vous informer que votre projet n'a pas été retenu pour cette édition. Ce choix ne reflète pas la qualité de votre travail, et nous espérons recevoir un nouveau dossier lors du prochain appel.

Bien artistiquement,
L'équipe de la Résidence des Salins""",
    ),
    _m(
        "h15-other-phd-de",
        "other",
        "de",
        "",
        "Graduiertenschule Umweltsysteme <gs-umwelt@uni-nordheim.example>",
        "Ihre Bewerbung um einen Promotionsplatz",
        "Thu, 07 Jan 2027 09:40:00 +0100",
        """Sehr geehrter Herr Morgan,

vielen Dank für Ihre Bewerbung um einen Promotionsplatz in der Graduiertenschule Umweltsysteme.

Die Auswahlkommission hat alle Anträge geprüft. Leider können wir Ihnen in diesem Jahr keinen Platz im Promotionsprogramm anbieten, da die Zahl der geeigneten Bewerbungen die verfügbaren Betreuungsplätze deutlich überstieg.

Mit freundlichen Grüßen
Geschäftsstelle der Graduiertenschule""",
    ),
    _m(
        "h15-other-piso-es",
        "other",
        "es",
        "",
        "Inmobiliaria Portal del Sur <alquileres@portaldelsur.es>",
        "Piso en calle Alfarería 12, 3ºB",
        "Fri, 08 Jan 2027 13:20:00 +0100",
        """Hola Alex,

Gracias por visitar el piso de la calle Alfarería y por enviarnos tu documentación.

Te informamos de que la propiedad ha elegido a otro inquilino, por lo que el piso ya no está disponible. Si quieres, podemos avisarte cuando tengamos viviendas similares en la zona.

Un saludo,
Portal del Sur Inmobiliaria""",
    ),
    _m(
        "h15-other-pitch-en",
        "other",
        "en",
        "",
        "Ruth Okafor <ruth.okafor@thelongread.example>",
        "Re: Pitch: the people who map potholes",
        "Mon, 11 Jan 2027 16:30:00 +0000",
        """Hi Alex,

Thanks for thinking of us with this. It's a fun idea, but I'm going to pass: we ran something close to it in the autumn and I can't justify another civic-tech piece so soon.

Please do keep pitching, though; the voice in your samples is great.

Ruth
Features Editor, The Long Read""",
    ),
    _m(
        "h15-other-kreditkarte-de",
        "other",
        "de",
        "",
        "Nordbank Direkt <service@nordbank-direkt.example>",
        "Ihr Antrag auf die Nordbank Gold Card",
        "Tue, 12 Jan 2027 08:15:00 +0100",
        """Sehr geehrter Herr Morgan,

vielen Dank für Ihren Antrag auf die Nordbank Gold Card vom 5. Januar.

Nach Prüfung Ihrer Angaben müssen wir Ihnen leider mitteilen, dass wir Ihren Antrag derzeit nicht annehmen können. Diese Entscheidung beruht auf unseren internen Kriterien zur Kreditvergabe.

Ihr Girokonto bleibt davon unberührt.

Mit freundlichen Grüßen
Ihr Nordbank Direkt Kundenservice""",
    ),
    _m(
        "h15-other-cita-es",
        "other",
        "es",
        "",
        "Consulado General - Citas <citas@consulado.example>",
        "Solicitud de cita - visado nacional",
        "Wed, 13 Jan 2027 07:50:00 -0600",
        """Estimado/a solicitante:

Hemos recibido su solicitud de cita para la tramitación de visado nacional.

Lamentablemente, en este momento no hay citas disponibles en las fechas solicitadas. Su solicitud no ha podido ser atendida. Le recomendamos volver a intentarlo a partir del 1 de febrero, cuando se publicará un nuevo calendario.

Este es un mensaje automático; por favor, no responda.""",
    ),
    _m(
        "h15-other-alert-de",
        "other",
        "de",
        "",
        "Jobradar <alerts@jobradar.example>",
        "7 neue Jobs für „Data Engineer“ in Hamburg",
        "Thu, 14 Jan 2027 06:30:00 +0100",
        """Hallo Alex,

diese Stellen passen zu deinem Suchauftrag „Data Engineer“ in Hamburg:

- Data Engineer (m/w/d) – Hafenbahn Digital – Hamburg
- Senior Data Engineer – Kornspeicher AG – Hamburg / Remote
- Analytics Engineer – Elbdeich Medien – Hamburg

Jetzt mit einem Klick bewerben. Suchauftrag ändern oder abbestellen: https://jobradar.example/suchauftrag""",
    ),
    _m(
        "h15-other-course-en",
        "other",
        "en",
        "",
        "Fieldnotes Academy <hello@fieldnotes.academy>",
        "January news: new cohorts and a waitlist update",
        "Fri, 15 Jan 2027 12:00:00 +0000",
        """Hi Alex,

Happy 2027 from all of us at Fieldnotes Academy!

Unfortunately the February cohort of "SQL for Analysts" filled up in under a day, so we couldn't offer places to everyone on the waitlist. We've opened a second cohort starting 8 March, and waitlisted learners get first pick until 22 January.

Also new this month: a free live session on building a portfolio that gets you hired.

See you in class,
The Fieldnotes team

Unsubscribe | Manage preferences""",
    ),
    _m(
        "h15-other-outreach-fr",
        "other",
        "fr",
        "",
        "Hugo Lambert <hugo.lambert@cabinet-altitude.fr>",
        "Un poste de Lead Data qui pourrait vous plaire",
        "Mon, 18 Jan 2027 10:05:00 +0100",
        """Bonjour Alex,

Je suis consultant chez Cabinet Altitude et j'accompagne une scale-up lyonnaise qui recrute son futur Lead Data. Votre parcours m'a semblé très cohérent avec ce qu'ils recherchent.

Auriez-vous quinze minutes cette semaine pour un premier échange téléphonique, sans engagement ?

Bien à vous,
Hugo Lambert""",
    ),
    _m(
        "h15-other-ooo-es",
        "other",
        "es",
        "",
        "Lucía Ferrer <lucia.ferrer@tezontle.es>",
        "Respuesta automática: Candidatura Product Manager",
        "Tue, 19 Jan 2027 09:00:00 +0100",
        """Hola,

Estoy fuera de la oficina hasta el 27 de enero, sin acceso al correo. Tu mensaje no será reenviado.

Para cuestiones sobre procesos de selección, escribe a talento@tezontle.es.

Gracias,
Lucía Ferrer""",
        extra=["Auto-Submitted: auto-replied"],
    ),
    _m(
        "h15-other-colleague-en",
        "other",
        "en",
        "",
        "Priya Desai <priya.desai@example.org>",
        "Thursday retro + a small vent",
        "Wed, 20 Jan 2027 18:40:00 +0000",
        """Hey Alex,

Quick one: are you still okay to run Thursday's retro? I'm going to be late.

Also, small vent: Birchfield Health turned me down for the staff engineer job today, after four rounds. They said they went with someone with more on-call leadership. I'll survive, just annoyed I spent my holidays on their take-home.

Coffee Friday?
Priya""",
    ),
    # --- Invitations ------------------------------------------------------------------------
    _m(
        "h15-int-en-1",
        "interview",
        "en",
        "Pendry Analytics",
        "Jordan Blake <jordan.blake@pendryanalytics.com>",
        "Phone screen - Marketing Data Scientist",
        "Wed, 06 Jan 2027 10:15:00 -0500",
        """Hi Alex,

Thanks for applying to the Marketing Data Scientist role at Pendry Analytics. I'd like to set up a 25-minute phone screen to walk through your background and answer any questions.

Does Tuesday, January 12 at 2:30 PM ET work for you? I'll call the number on your resume.

Thanks,
Jordan Blake
Recruiter, Pendry Analytics""",
        position="Marketing Data Scientist",
        event_at="2027-01-12T14:30:00-05:00",
    ),
    _m(
        "h15-int-en-2",
        "interview",
        "en",
        "Wexcombe & Hart",
        "Wexcombe & Hart Recruitment <recruitment@wexcombehart.co.uk>",
        "Invitation to interview: Graduate Quantity Surveyor",
        "Thu, 07 Jan 2027 12:40:00 +0000",
        """Dear Alex,

We are pleased to invite you to an in-person interview for the Graduate Quantity Surveyor position.

Date: Thursday 21 January 2027
Time: 10:00 GMT (please arrive 10 minutes early)
Location: Wexcombe & Hart, 14 Ludgate Square, London EC4M 7AS

You will meet two associate directors and complete a short numerical exercise. Please bring photo ID.

Kind regards,
Recruitment Team
Wexcombe & Hart""",
        position="Graduate Quantity Surveyor",
        event_at="2027-01-21T10:00:00+00:00",
    ),
    _m(
        "h15-int-en-3",
        "interview",
        "en",
        "Dunmore Robotics",
        "Dunmore Robotics <no-reply@us.greenhouse-mail.io>",
        "Dunmore Robotics: choose a time for your video interview",
        "Mon, 11 Jan 2027 09:05:00 -0500",
        """Hi Alex,

Great news: the team would like to meet you over video for the Perception Engineer role. The conversation will last about 45 minutes with our Head of Autonomy.

Please choose a time that works for you using the link below. Available slots are shown in your local time zone.

Select a time: https://app.greenhouse.io/scheduling/self_schedule/abc123

Thanks,
Dunmore Robotics Recruiting""",
        position="Perception Engineer",
    ),
    _m(
        "h15-int-de-1",
        "interview",
        "de",
        "Sternwarte Optik",
        "Sternwarte Optik GmbH <karriere@sternwarte-optik.de>",
        "Einladung zum Assessment-Center – Vertriebsingenieur",
        "Fri, 08 Jan 2027 11:20:00 +0100",
        """Sehr geehrter Herr Morgan,

Ihre Bewerbung als Vertriebsingenieur hat uns neugierig gemacht. Gern möchten wir Sie zu unserem Assessment-Center einladen.

Termin: Mittwoch, 20. Januar 2027, ab 9:00 Uhr (Ende gegen 15:30 Uhr)
Ort: Sternwarte Optik GmbH, Am Kesselberg 3, 07745 Jena

Bitte bestätigen Sie uns Ihre Teilnahme bis zum 14. Januar. Reisekosten erstatten wir Ihnen selbstverständlich.

Mit freundlichen Grüßen
Personalabteilung Sternwarte Optik""",
        position="Vertriebsingenieur",
        event_at="2027-01-20T09:00:00+01:00",
    ),
    _m(
        "h15-int-de-2",
        "interview",
        "de",
        "Talvik Mobility",
        "Jonas Reimer <jonas.reimer@talvik-mobility.de>",
        "Kurzes Kennenlernen per Teams?",
        "Mon, 11 Jan 2027 16:10:00 +0100",
        """Hi Alex,

danke für deine Bewerbung als Product Manager Fahrzeugdaten! Wir würden dich gern in einem ersten Video-Call kennenlernen, ca. 45 Minuten mit mir und unserer Teamleiterin.

Passt dir Freitag, 15.01., um 16:30 Uhr? Den Teams-Link schicke ich dir mit der Kalendereinladung.

Viele Grüße
Jonas
Talent Acquisition, Talvik Mobility""",
        position="Product Manager Fahrzeugdaten",
        event_at="2027-01-15T16:30:00+01:00",
    ),
    _m(
        "h15-int-fr-1",
        "interview",
        "fr",
        "Coopérative Sablière",
        "Recrutement Coopérative Sablière <recrutement@cooperative-sabliere.fr>",
        "Entretien visio - Responsable qualité",
        "Tue, 12 Jan 2027 14:30:00 +0100",
        """Bonjour Alex,

Votre candidature au poste de Responsable qualité a retenu toute notre attention, et nous souhaiterions échanger avec vous lors d'un entretien en visioconférence.

Nous vous proposons le mardi 19 janvier à 11h (heure de Paris), pour une durée d'environ une heure. Le lien vous sera transmis la veille.

Merci de nous confirmer votre disponibilité.

Bien cordialement,
Le service RH de la Coopérative Sablière""",
        position="Responsable qualité",
        event_at="2027-01-19T11:00:00+01:00",
    ),
    _m(
        "h15-int-es-1",
        "interview",
        "es",
        "Quetzal Pagos",
        "Quetzal Pagos Talento <talento@quetzalpagos.mx>",
        "Entrevista con el equipo - Ingeniero/a de Datos",
        "Fri, 08 Jan 2027 12:00:00 -0600",
        """Hola Alex:

Nos encantó tu perfil para la posición de Ingeniero/a de Datos y queremos invitarte a una entrevista por videollamada con el líder del equipo.

Te proponemos el jueves 14 de enero a las 10:00 (hora del centro de México). La sesión será por Google Meet y durará aproximadamente una hora.

¿Nos confirmas si te queda bien?

Saludos,
Equipo de Talento, Quetzal Pagos""",
        position="Ingeniero/a de Datos",
        event_at="2027-01-14T10:00:00-06:00",
    ),
    _m(
        "h15-int-es-2",
        "interview",
        "es",
        "Aceites Moncayo",
        "Aceites Moncayo - Recursos Humanos <rrhh@aceitesmoncayo.es>",
        "Convocatoria a entrevista presencial",
        "Tue, 19 Jan 2027 10:45:00 +0100",
        """Estimado Alex:

En relación con su candidatura al puesto de Responsable de Exportación, nos complace convocarle a una entrevista presencial en nuestras oficinas de Tarazona el lunes 25 de enero a las 12:30.

Le atenderán la directora comercial y el responsable de Recursos Humanos. Le rogamos que confirme su asistencia respondiendo a este correo.

Atentamente,
Recursos Humanos
Aceites Moncayo""",
        position="Responsable de Exportación",
        event_at="2027-01-25T12:30:00+01:00",
    ),
    # --- Confirmations of receipt -----------------------------------------------------------
    _m(
        "h15-conf-en-1",
        "confirmation",
        "en",
        "Ravensgate Bank",
        "Ravensgate Bank <noreply@apply.workable.com>",
        "We've got your application - Fraud Operations Analyst",
        "Mon, 04 Jan 2027 08:20:00 +0000",
        """Hi Alex,

Thanks for your application for Fraud Operations Analyst at Ravensgate Bank. This is a quick note to let you know it has reached us safely.

Our recruiters are looking through applications now, and we aim to get back to everyone within three weeks.

Ravensgate Bank Talent Team""",
        position="Fraud Operations Analyst",
    ),
    _m(
        "h15-conf-en-2",
        "confirmation",
        "en",
        "Orrin Labs",
        "Orrin Labs <noreply@smartrecruiters.com>",
        "Orrin Labs - application received",
        "Tue, 12 Jan 2027 19:02:00 -0500",
        """Dear Alex,

Your application for Developer Advocate at Orrin Labs has been successfully submitted.

What happens next? Our hiring team reviews every application personally. If your experience matches what we're looking for, a recruiter will be in touch to arrange a first conversation.

You can track your application status at any time in your SmartRecruiters candidate portal.

Best regards,
Orrin Labs""",
        format="html",
        position="Developer Advocate",
    ),
    _m(
        "h15-conf-de-1",
        "confirmation",
        "de",
        "Lindwurm Software",
        "Lindwurm Software GmbH <jobs@lindwurm-software.jobs.personio.de>",
        "Danke für deine Bewerbung als Engineering Manager (m/w/d)",
        "Wed, 13 Jan 2027 21:45:00 +0100",
        """Hallo Alex,

schön, dass du dich bei Lindwurm Software als Engineering Manager (m/w/d) beworben hast! Deine Unterlagen sind bei uns angekommen.

Wir schauen sie uns in Ruhe an und melden uns innerhalb von zwei Wochen bei dir.

Bis bald
Dein Lindwurm People Team""",
        position="Engineering Manager (m/w/d)",
    ),
    _m(
        "h15-conf-de-2",
        "confirmation",
        "de",
        "Kornblum Verlag",
        "Kornblum Verlag Personal <personal@kornblum-verlag.de>",
        "Eingangsbestätigung Ihrer Bewerbung",
        "Fri, 15 Jan 2027 10:10:00 +0100",
        """Sehr geehrter Herr Morgan,

hiermit bestätigen wir den Eingang Ihrer Bewerbungsunterlagen für die Stelle Lektor Sachbuch.

Bitte haben Sie Verständnis dafür, dass die Sichtung aller Bewerbungen einige Zeit in Anspruch nehmen wird. Wir kommen so bald wie möglich auf Sie zu.

Mit freundlichen Grüßen
Kornblum Verlag
Personalabteilung""",
        transfer="quoted-printable",
        position="Lektor Sachbuch",
    ),
    _m(
        "h15-conf-fr-1",
        "confirmation",
        "fr",
        "Brûlerie Ferrand",
        "Brûlerie Ferrand <notifications@teamtailor.com>",
        "Merci pour votre candidature, Alex !",
        "Mon, 18 Jan 2027 15:30:00 +0100",
        """Bonjour Alex,

Nous avons bien reçu votre candidature pour le poste de Responsable boutique chez Brûlerie Ferrand, merci !

Notre équipe va la lire avec attention. Nous reviendrons vers vous dans les prochains jours, quelle que soit la suite donnée.

À bientôt,
L'équipe Brûlerie Ferrand""",
        position="Responsable boutique",
    ),
    _m(
        "h15-conf-es-1",
        "confirmation",
        "es",
        "Tezontle Software",
        "Tezontle Software <no-reply@teamtailor.com>",
        "Hemos recibido tu candidatura para Product Manager",
        "Mon, 18 Jan 2027 18:22:00 +0100",
        """Hola Alex,

¡Gracias por tu interés en Tezontle Software! Te confirmamos que tu candidatura para Product Manager nos ha llegado correctamente.

Nuestro equipo la revisará en los próximos días y, si encaja con lo que buscamos, te escribiremos para concertar una primera llamada.

Un saludo,
Equipo de Personas de Tezontle Software""",
        position="Product Manager",
    ),
    # --- Offers -----------------------------------------------------------------------------
    _m(
        "h15-offer-en-1",
        "offer",
        "en",
        "Pendry Analytics",
        "Jordan Blake <jordan.blake@pendryanalytics.com>",
        "Your offer from Pendry Analytics",
        "Fri, 22 Jan 2027 16:05:00 -0500",
        """Hi Alex,

I'm delighted to share that the team would like you to join Pendry Analytics as a Marketing Data Scientist! Your offer letter is attached, with a base salary of $128,000, equity details and a proposed start date of February 22.

Please review it and let me know by January 29 if you'd like to accept or have questions. I'm happy to set up a call.

Congratulations!
Jordan""",
        position="Marketing Data Scientist",
    ),
    _m(
        "h15-offer-de-1",
        "offer",
        "de",
        "Talvik Mobility",
        "Jonas Reimer <jonas.reimer@talvik-mobility.de>",
        "Unser Angebot für dich",
        "Thu, 28 Jan 2027 12:30:00 +0100",
        """Hi Alex,

nach den Gesprächen mit dem Team sind wir uns einig: Wir möchten dich sehr gern als Product Manager Fahrzeugdaten bei Talvik Mobility an Bord holen.

Im Anhang findest du unser Vertragsangebot mit Gehalt, Startdatum 1. April und den Details zu Homeoffice und Weiterbildungsbudget. Gib uns gern bis zum 5. Februar Bescheid.

Wir freuen uns auf dich!
Jonas""",
        position="Product Manager Fahrzeugdaten",
    ),
    _m(
        "h15-offer-fr-1",
        "offer",
        "fr",
        "Coopérative Sablière",
        "Recrutement Coopérative Sablière <recrutement@cooperative-sabliere.fr>",
        "Proposition d'embauche - Responsable qualité",
        "Wed, 27 Jan 2027 10:00:00 +0100",
        """Bonjour Alex,

Suite à nos échanges, nous avons le plaisir de vous proposer le poste de Responsable qualité en CDI au sein de la Coopérative Sablière.

Vous trouverez ci-joint votre promesse d'embauche précisant la rémunération annuelle brute, la date de prise de poste envisagée au 1er mars et les avantages associés. Nous vous remercions de nous faire part de votre réponse avant le 3 février.

Bien cordialement,
Le service RH""",
        position="Responsable qualité",
    ),
    _m(
        "h15-offer-es-1",
        "offer",
        "es",
        "Quetzal Pagos",
        "Quetzal Pagos Talento <talento@quetzalpagos.mx>",
        "¡Queremos que te unas a Quetzal Pagos!",
        "Tue, 26 Jan 2027 13:15:00 -0600",
        """Hola Alex:

Nos da mucho gusto comunicarte que queremos ofrecerte la posición de Ingeniero/a de Datos en Quetzal Pagos.

Adjuntamos la carta oferta con el sueldo mensual bruto, prestaciones superiores a las de ley y la fecha de ingreso propuesta, el 15 de febrero. Quedamos atentos a tu respuesta antes del viernes 29 de enero.

¡Bienvenido/a al equipo!
Equipo de Talento, Quetzal Pagos""",
        position="Ingeniero/a de Datos",
    ),
]
