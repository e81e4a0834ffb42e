"""Development part ``dev-2``: refusals of things that are not jobs (grants, study places,
flats, talks and papers, memberships, loans) in four languages, job mail that only sounds
like them (a trainee programme, a research fellow position), and rejections worded with cue
families the earlier parts lacked. Written for the rules; tuned on like the other
development parts."""

_SIG = "\n\nKind regards,\n"

DEV2 = [
    # --- Not a job: refused, offered, confirmed, invited ---------------------------------
    dict(
        name="d2-other-grant-en",
        kind="other",
        lang="en",
        **{"from": "Northmoor Arts Foundation <grants@northmoor-foundation.org>"},
        subject="Outcome of your grant application NAF-2291",
        date="Tue, 03 Mar 2026 11:00:00 +0000",
        body="""Dear Alex,

Thank you for applying to the Spring Open Fund. The panel received many strong proposals this round.

We regret to inform you that your application has not been successful, and we are unable to offer funding for your project on this occasion.

We encourage you to apply again in the autumn round."""
        + _SIG
        + "The Grants Team",
    ),
    dict(
        name="d2-other-scholarship-en",
        kind="other",
        lang="en",
        **{"from": "Wexham University Scholarships <scholarships@wexham.ac.uk>"},
        subject="Your scholarship application",
        date="Wed, 04 Mar 2026 09:30:00 +0000",
        body="""Dear Alex Morgan,

Thank you for your application for the Hartley Scholarship. After careful consideration, we have decided not to proceed with your application, as we received applications from candidates whose profiles more closely match the criteria.

We wish you every success in your studies."""
        + _SIG
        + "Scholarships Office",
    ),
    dict(
        name="d2-other-admission-en",
        kind="other",
        lang="en",
        **{"from": "Graduate Admissions <admissions@lindenfield.edu>"},
        subject="Decision on your application to the MSc Data Science",
        date="Thu, 05 Mar 2026 16:00:00 +0000",
        body="""Dear Alex,

Thank you for your interest in studying at Lindenfield. We are sorry to tell you that we are not able to offer you a place on the MSc Data Science programme for the coming academic year.

Competition for places was strong and we had to choose among many excellent applicants."""
        + _SIG
        + "Graduate Admissions",
    ),
    dict(
        name="d2-other-admission-offer-en",
        kind="other",
        lang="en",
        **{"from": "Lindenfield Admissions <admissions@lindenfield.edu>"},
        subject="Offer of a place: MA Urban Planning",
        date="Fri, 06 Mar 2026 10:00:00 +0000",
        body="""Dear Alex,

We are delighted to offer you a place on the MA Urban Planning course starting in September. Please accept your offer in the applicant portal by 30 April."""
        + _SIG
        + "Admissions Office",
    ),
    dict(
        name="d2-other-fellowship-interview-en",
        kind="other",
        lang="en",
        **{"from": "Calder Trust <fellowships@caldertrust.org>"},
        subject="Invitation to interview: Calder Fellowship 2026",
        date="Mon, 09 Mar 2026 12:00:00 +0000",
        body="""Dear Alex,

We are pleased to invite you to an interview for the Calder Fellowship on Thursday 19 March at 14:00 GMT, by video call.

The fellowship funds one year of independent research."""
        + _SIG
        + "Calder Trust",
    ),
    dict(
        name="d2-other-talk-en",
        kind="other",
        lang="en",
        **{"from": "PyNorth 2026 Programme Committee <cfp@pynorth.org>"},
        subject="PyNorth 2026: your talk proposal",
        date="Tue, 10 Mar 2026 08:00:00 +0000",
        body="""Hi Alex,

Thank you for submitting your talk to PyNorth 2026. We received over 400 proposals for 40 slots.

Unfortunately we are not able to accept your submission this year, and we have selected other speakers for the programme."""
        + _SIG
        + "The Programme Committee",
    ),
    dict(
        name="d2-other-manuscript-en",
        kind="other",
        lang="en",
        **{"from": "Journal of Applied Logistics <editorial@jal-journal.org>"},
        subject="Decision on manuscript JAL-2026-0148",
        date="Wed, 11 Mar 2026 14:20:00 +0000",
        body="""Dear Dr Morgan,

Thank you for submitting your manuscript to the Journal of Applied Logistics. After review, the editors have decided not to proceed with your paper, as it falls outside the journal's scope.

Yours sincerely,
Editorial Office""",
    ),
    dict(
        name="d2-other-membership-en",
        kind="other",
        lang="en",
        **{"from": "Harbourside Rowing Club <membership@harbourside-rowing.org>"},
        subject="Your membership application",
        date="Thu, 12 Mar 2026 19:00:00 +0000",
        body="""Hi Alex,

Thanks for applying to join Harbourside. Our membership is full for this season, so unfortunately we can't move forward with your application right now. We'll add you to the waiting list."""
        + _SIG
        + "Membership Secretary",
    ),
    dict(
        name="d2-other-loan-en",
        kind="other",
        lang="en",
        **{"from": "Fernbank <no-reply@fernbank.co.uk>"},
        subject="About your loan application",
        date="Fri, 13 Mar 2026 07:45:00 +0000",
        body="""Dear Alex Morgan,

Thank you for your recent application for a personal loan. Unfortunately, we are unable to approve your application at this time.

This decision was based on the information you gave us and on our lending criteria."""
        + _SIG
        + "Fernbank Lending",
    ),
    dict(
        name="d2-other-viewing-en",
        kind="other",
        lang="en",
        **{"from": "Maple Lettings <lettings@maple-lettings.co.uk>"},
        subject="Viewing of the apartment at 4 Canal Walk",
        date="Mon, 16 Mar 2026 09:00:00 +0000",
        body="""Hi Alex,

Thanks for your enquiry. The landlord has decided to go with another applicant for the apartment, so the viewing on Wednesday is cancelled."""
        + _SIG
        + "Maple Lettings",
    ),
    dict(
        name="d2-other-stipendium-de",
        kind="other",
        lang="de",
        **{"from": "Lindhoff-Stiftung <stipendien@lindhoff-stiftung.de>"},
        subject="Ihre Bewerbung um ein Stipendium",
        date="Tue, 17 Mar 2026 10:00:00 +0100",
        body="""Sehr geehrter Herr Morgan,

vielen Dank für Ihre Bewerbung um ein Promotionsstipendium der Lindhoff-Stiftung. Leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung nicht berücksichtigen konnten.

Wir wünschen Ihnen für Ihr Vorhaben alles Gute.

Mit freundlichen Grüßen
Lindhoff-Stiftung""",
    ),
    dict(
        name="d2-other-studienplatz-de",
        kind="other",
        lang="de",
        **{"from": "Hochschule Aarfeld Studierendenservice <zulassung@hs-aarfeld.de>"},
        subject="Zulassungsbescheid Masterstudiengang Informatik",
        date="Wed, 18 Mar 2026 12:00:00 +0100",
        body="""Sehr geehrter Herr Morgan,

leider können wir Ihnen für den Masterstudiengang Informatik zum Wintersemester keinen Studienplatz anbieten. Die Zahl der Bewerbungen war deutlich höher als die Zahl der Plätze.

Mit freundlichen Grüßen
Ihr Studierendenservice""",
    ),
    dict(
        name="d2-other-wohnung-de",
        kind="other",
        lang="de",
        **{"from": "Hausverwaltung Brenner <vermietung@brenner-hv.de>"},
        subject="Ihre Anfrage zur Wohnung Lindenstraße 12",
        date="Thu, 19 Mar 2026 15:00:00 +0100",
        body="""Guten Tag Herr Morgan,

vielen Dank für Ihr Interesse an der Wohnung. Leider hat sich der Eigentümer für einen anderen Mietinteressenten entschieden.

Freundliche Grüße
Hausverwaltung Brenner""",
    ),
    dict(
        name="d2-other-vortrag-de",
        kind="other",
        lang="de",
        **{"from": "Datentage Köln <programm@datentage.de>"},
        subject="Ihre Einreichung für die Datentage 2026",
        date="Fri, 20 Mar 2026 09:00:00 +0100",
        body="""Hallo Alex,

danke für deinen Vortragsvorschlag. Leider konnten wir deinen Beitrag dieses Jahr nicht ins Programm aufnehmen, die Konkurrenz war groß.

Viele Grüße
das Programmkomitee""",
    ),
    dict(
        name="d2-other-bourse-fr",
        kind="other",
        lang="fr",
        **{"from": "Fondation Verlaine <bourses@fondation-verlaine.fr>"},
        subject="Votre demande de bourse",
        date="Mon, 23 Mar 2026 10:00:00 +0100",
        body="""Bonjour,

Nous vous remercions pour votre candidature à la bourse de recherche 2026. Nous avons le regret de vous informer que votre dossier n'a pas été retenu par le jury.

Cordialement,
Fondation Verlaine""",
    ),
    dict(
        name="d2-other-master-fr",
        kind="other",
        lang="fr",
        **{"from": "Université de Vallombre <admissions@univ-vallombre.fr>"},
        subject="Candidature au Master 2 Économie",
        date="Tue, 24 Mar 2026 17:00:00 +0100",
        body="""Madame, Monsieur,

Après examen de votre dossier, la commission pédagogique a le regret de vous informer que votre candidature au Master 2 Économie n'a pas été retenue.

Le service des admissions""",
    ),
    dict(
        name="d2-other-logement-fr",
        kind="other",
        lang="fr",
        **{"from": "Agence Clairval Immobilier <location@clairval-immo.fr>"},
        subject="Votre dossier pour l'appartement rue des Lilas",
        date="Wed, 25 Mar 2026 11:00:00 +0100",
        body="""Bonjour,

Merci pour votre dossier de location. Le propriétaire a finalement retenu un autre candidat pour l'appartement.

Bien à vous,
Agence Clairval""",
    ),
    dict(
        name="d2-other-beca-es",
        kind="other",
        lang="es",
        **{"from": "Fundación Alcor <becas@fundacionalcor.es>"},
        subject="Resolución de tu solicitud de beca",
        date="Thu, 26 Mar 2026 10:00:00 +0100",
        body="""Hola Alex:

Gracias por presentar tu solicitud a la convocatoria de becas 2026. Lamentamos comunicarte que tu solicitud no ha sido seleccionada en esta ocasión.

Un saludo,
Fundación Alcor""",
    ),
    dict(
        name="d2-other-master-es",
        kind="other",
        lang="es",
        **{"from": "Universidad de Montesol <admision@montesol.es>"},
        subject="Admisión al Máster en Ingeniería de Datos",
        date="Fri, 27 Mar 2026 13:00:00 +0100",
        body="""Estimado Alex:

Te informamos de que no has sido admitido en el Máster en Ingeniería de Datos para el curso 2026-2027, ya que las plazas se han cubierto con otros candidatos.

Atentamente,
Oficina de Admisión""",
    ),
    dict(
        name="d2-other-piso-es",
        kind="other",
        lang="es",
        **{"from": "Inmobiliaria Solana <alquileres@inmosolana.es>"},
        subject="Piso en calle Mayor 8",
        date="Mon, 30 Mar 2026 09:00:00 +0200",
        body="""Hola Alex,

Gracias por tu interés en el piso de alquiler. El propietario ha decidido seguir con otra persona, así que no podemos continuar con tu solicitud.

Saludos,
Inmobiliaria Solana""",
    ),
    dict(
        name="d2-other-ponencia-es",
        kind="other",
        lang="es",
        **{"from": "Congreso DatosES <ponencias@datoses.org>"},
        subject="Tu propuesta de ponencia",
        date="Tue, 31 Mar 2026 08:30:00 +0200",
        body="""Hola Alex:

Gracias por enviar tu propuesta de charla. Lamentamos informarte de que no ha sido seleccionada para el programa de este año.

El comité del congreso""",
    ),
    # --- Jobs that only sound like those -------------------------------------------------
    dict(
        name="d2-rej-en-trainee-programme",
        kind="rejection",
        lang="en",
        company="Corvel Engineering",
        position="Graduate Trainee Programme",
        **{"from": "Corvel Engineering Careers <careers@corvel-eng.com>"},
        subject="Your application: Graduate Trainee Programme",
        date="Wed, 01 Apr 2026 10:00:00 +0100",
        body="""Dear Alex,

Thank you for applying to the Corvel Graduate Trainee Programme. We're sorry to say we won't be inviting you to the assessment centre; we had many strong applicants for a small number of trainee positions."""
        + _SIG
        + "Corvel Early Careers",
    ),
    dict(
        name="d2-rej-en-research-fellow",
        kind="rejection",
        lang="en",
        company="Ashgrove University",
        position="Research Fellow",
        **{"from": "Ashgrove University HR <recruitment@ashgrove.ac.uk>"},
        subject="Research Fellow (ref 4412)",
        date="Thu, 02 Apr 2026 15:00:00 +0100",
        body="""Dear Alex,

Thank you for your application for the post of Research Fellow in the School of Physics. I am sorry to let you know that the panel has decided to offer the position to another applicant."""
        + _SIG
        + "Human Resources",
    ),
    dict(
        name="d2-conf-de-stelle-universitaet",
        kind="confirmation",
        lang="de",
        company="Universität Kaltenbach",
        position="Wissenschaftlicher Mitarbeiter",
        **{"from": "Universität Kaltenbach Personalabteilung <bewerbung@uni-kaltenbach.de>"},
        subject="Eingangsbestätigung Ihrer Bewerbung – Wissenschaftlicher Mitarbeiter",
        date="Fri, 03 Apr 2026 09:00:00 +0200",
        body="""Sehr geehrter Herr Morgan,

vielen Dank für Ihre Bewerbung auf die Stelle als Wissenschaftlicher Mitarbeiter. Ihre Unterlagen sind bei uns eingegangen.

Mit freundlichen Grüßen
Personalabteilung""",
    ),
    # --- Rejections in cue families the earlier parts lacked ----------------------------
    dict(
        name="d2-rej-en-not-carrying-forward",
        kind="rejection",
        lang="en",
        company="Tallowby",
        position="Data Engineer",
        **{"from": "Priya Nair <priya@tallowby.com>"},
        subject="Data Engineer application",
        date="Mon, 06 Apr 2026 16:00:00 +0100",
        body="""Hi Alex,

Thanks for your patience while we reviewed applications for the Data Engineer role. We won't be carrying yours through to the next round, I'm afraid.

Best,
Priya""",
    ),
    dict(
        name="d2-rej-en-settled-on-someone",
        kind="rejection",
        lang="en",
        company="Brackenfold",
        position="Office Manager",
        **{"from": "Tom Ellery <tom@brackenfold.co.uk>"},
        subject="Office Manager",
        date="Tue, 07 Apr 2026 12:00:00 +0100",
        body="""Hi Alex,

Thank you for coming in last week to talk about the Office Manager job. After a lot of thought we've settled on someone else, who has run an office of our size before.

Thanks again,
Tom""",
    ),
    dict(
        name="d2-rej-en-no-offer",
        kind="rejection",
        lang="en",
        company="Quarrington",
        position="Account Executive",
        **{"from": "Quarrington Talent <talent@quarrington.com>"},
        subject="Your interviews for Account Executive",
        date="Wed, 08 Apr 2026 17:30:00 +0100",
        body="""Hi Alex,

Thank you for the time you gave us during the interviews for the Account Executive position. The hiring team has met and has decided not to extend you an offer.

We appreciate your interest in Quarrington."""
        + _SIG
        + "Quarrington Talent",
    ),
    dict(
        name="d2-rej-de-nicht-gereicht",
        kind="rejection",
        lang="de",
        company="Hellweg Medien",
        position="Redakteur",
        **{"from": "Jana Vogt <j.vogt@hellweg-medien.de>"},
        subject="Deine Bewerbung als Redakteur",
        date="Thu, 09 Apr 2026 10:00:00 +0200",
        body="""Hallo Alex,

danke für das nette Gespräch letzte Woche. Für die Stelle als Redakteur hat es am Ende leider nicht ganz gereicht, wir haben eine Kollegin mit mehr Erfahrung im Lokaljournalismus genommen.

Viele Grüße
Jana""",
    ),
    dict(
        name="d2-rej-fr-choix-autre-personne",
        kind="rejection",
        lang="fr",
        company="Maison Perrault",
        position="Chef de projet digital",
        **{"from": "Claire Dumas <c.dumas@maison-perrault.fr>"},
        subject="Poste de Chef de projet digital",
        date="Fri, 10 Apr 2026 11:00:00 +0200",
        body="""Bonjour Alex,

Merci encore pour nos échanges au sujet du poste de Chef de projet digital. Nous avons finalement choisi une autre personne, dont le parcours correspond davantage à nos besoins actuels.

Belle continuation,
Claire""",
    ),
    dict(
        name="d2-rej-es-desestimada",
        kind="rejection",
        lang="es",
        company="Grupo Almenara",
        position="Técnico de Compras",
        **{"from": "Selección Grupo Almenara <seleccion@grupoalmenara.com>"},
        subject="Proceso de selección Técnico de Compras",
        date="Mon, 13 Apr 2026 09:00:00 +0200",
        body="""Estimado Alex:

Te agradecemos tu interés en el puesto de Técnico de Compras. Tras revisar tu candidatura, el equipo ha decidido desestimarla para esta vacante.

Un cordial saludo,
Selección Grupo Almenara""",
    ),
]
