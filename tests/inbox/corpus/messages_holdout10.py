"""Round 9: written after the statistical fallback was built, measured once (rules and
model), untuned, never trained or tuned on."""

from messages_holdout9 import _m

HOLDOUT10 = [
    # --- Rejections -----------------------------------------------------------------------
    _m(
        "h10-rej-en-1",
        "rejection",
        "en",
        "Marlowe Energy",
        "Marlowe Energy Careers <careers@marlowe-energy.com>",
        "Grid Analyst application",
        "Mon, 13 Jul 2026 09:00:00 +0100",
        """Dear Alex,

Thank you for your application for the Grid Analyst role.

Having considered it carefully, we will not be moving you on to the assessment stage. We received a large number of applications and the standard was high.

Marlowe Energy Recruitment""",
    ),
    _m(
        "h10-rej-en-2",
        "rejection",
        "en",
        "Gatehouse Media",
        "Tom Riley <tom.riley@gatehousemedia.com>",
        "Re: Content Editor",
        "Mon, 13 Jul 2026 17:00:00 +0100",
        """Hi Alex,

Thanks for bearing with us. I've spoken to the team and, honestly, it was close, but we're offering the content editor job to another applicant.

I'll hang on to your CV.

Tom""",
    ),
    _m(
        "h10-rej-en-3",
        "rejection",
        "en",
        "Norbury Health Trust",
        "Norbury Health Trust <recruitment@norburyhealth.org.uk>",
        "Application reference 88213 - Data Officer",
        "Tue, 14 Jul 2026 08:30:00 +0100",
        """Dear applicant,

Thank you for applying for the post of Data Officer.

We regret to inform you that you have not been shortlisted for interview.

Norbury Health Trust Recruitment""",
    ),
    _m(
        "h10-rej-en-4",
        "rejection",
        "en",
        "Kestrel Payments",
        "Kestrel Payments <talent@kestrelpay.com>",
        "Following up on your interviews",
        "Tue, 14 Jul 2026 19:00:00 -0400",
        """Hi Alex,

Thank you for meeting with the team for the Senior Product Manager role. After debriefing, we don't think it's the right match at this point, and we'll be closing your application.

All the best,
Kestrel Payments Talent""",
    ),
    _m(
        "h10-rej-de-1",
        "rejection",
        "de",
        "Falkenberg Consulting",
        "Falkenberg Consulting <bewerbung@falkenberg-consulting.de>",
        "Ihre Bewerbung als Junior Berater",
        "Mon, 13 Jul 2026 10:00:00 +0200",
        """Sehr geehrter Herr Morgan,

haben Sie vielen Dank für Ihre Bewerbung als Junior Berater.

Wir bedauern, Ihnen mitteilen zu müssen, dass wir Sie im weiteren Auswahlverfahren nicht berücksichtigen werden.

Mit freundlichen Grüßen
Falkenberg Consulting""",
    ),
    _m(
        "h10-rej-de-2",
        "rejection",
        "de",
        "Weidner Maschinenbau",
        "Sabine Weidner <s.weidner@weidner-maschinenbau.de>",
        "Stelle Konstrukteur",
        "Tue, 14 Jul 2026 15:00:00 +0200",
        """Hallo Herr Morgan,

danke für Ihren Besuch bei uns am Freitag. Wir haben lange überlegt, uns am Ende aber gegen eine Zusammenarbeit entschieden, da uns die Erfahrung mit Sondermaschinen fehlt.

Viele Grüße
Sabine Weidner""",
    ),
    _m(
        "h10-rej-fr-1",
        "rejection",
        "fr",
        "Cabinet Morel",
        "Cabinet Morel <recrutement@cabinet-morel.fr>",
        "Votre candidature - Assistant juridique",
        "Mon, 13 Jul 2026 11:00:00 +0200",
        """Bonjour Alex,

Nous vous remercions de l'intérêt porté à notre cabinet.

Nous avons le regret de vous informer que nous ne poursuivrons pas avec votre candidature pour le poste d'assistant juridique.

Cabinet Morel""",
    ),
    _m(
        "h10-rej-fr-2",
        "rejection",
        "fr",
        "Transports Giraud",
        "Transports Giraud RH <rh@transports-giraud.fr>",
        "Réponse à votre candidature",
        "Tue, 14 Jul 2026 09:00:00 +0200",
        """Bonjour,

Vous avez postulé au poste de responsable d'exploitation et nous vous en remercions.

Le poste a finalement été pourvu par une autre personne.

Transports Giraud""",
    ),
    _m(
        "h10-rej-es-1",
        "rejection",
        "es",
        "Construcciones Ebro",
        "Construcciones Ebro <empleo@construccionesebro.es>",
        "Proceso de selección Jefe de Obra",
        "Mon, 13 Jul 2026 12:00:00 +0200",
        """Hola Alex,

Te agradecemos tu participación en el proceso para Jefe de Obra.

Tras valorar todas las candidaturas, hemos optado por otros perfiles que se ajustan más a lo que buscamos.

Construcciones Ebro""",
    ),
    _m(
        "h10-rej-es-2",
        "rejection",
        "es",
        "Clínica Levante",
        "Clínica Levante RRHH <rrhh@clinicalevante.es>",
        "Su candidatura",
        "Tue, 14 Jul 2026 13:00:00 +0200",
        """Estimado Alex:

Gracias por la entrevista para el puesto de administrativo. Lamentablemente no podemos seguir adelante con su candidatura.

Atentamente,
Clínica Levante""",
    ),
    _m(
        "h10-rej-en-5",
        "rejection",
        "en",
        "Pebble Finance",
        "Pebble Finance <jobs@pebblefinance.com>",
        "Pebble Finance - Support Specialist",
        "Wed, 15 Jul 2026 09:00:00 +0000",
        """Hi Alex,

Thanks for your interest in the Support Specialist role. We've filled the position, so we won't be taking things further with your application.

Pebble Finance""",
    ),
    _m(
        "h10-rej-de-3",
        "rejection",
        "de",
        "Stadtwerke Lindau",
        "Stadtwerke Lindau Personal <personal@stadtwerke-lindau.de>",
        "Bewerbung Sachbearbeiter Abrechnung",
        "Wed, 15 Jul 2026 10:00:00 +0200",
        """Sehr geehrter Herr Morgan,

leider müssen wir Ihnen eine Absage erteilen. Wir danken Ihnen für Ihre Bewerbung als Sachbearbeiter Abrechnung.

Stadtwerke Lindau""",
    ),
    # --- Invitations ------------------------------------------------------------------------
    _m(
        "h10-int-en-1",
        "interview",
        "en",
        "Marlowe Energy",
        "Marlowe Energy Careers <careers@marlowe-energy.com>",
        "Interview invitation - Energy Trader",
        "Wed, 15 Jul 2026 09:00:00 +0100",
        """Dear Alex,

We are pleased to invite you to a video interview for the Energy Trader role on Tuesday 21 July at 15:00 BST.

Marlowe Energy Recruitment""",
        event_at="2026-07-21T15:00:00+01:00",
    ),
    _m(
        "h10-int-de-1",
        "interview",
        "de",
        "Falkenberg Consulting",
        "Falkenberg Consulting <bewerbung@falkenberg-consulting.de>",
        "Einladung zum Interview",
        "Wed, 15 Jul 2026 10:00:00 +0200",
        """Hallo Herr Morgan,

gern möchten wir Sie zu einem Interview für die Position Business Analyst einladen. Passt Ihnen Montag, der 20. Juli, um 14:00 Uhr per Teams?

Falkenberg Consulting""",
        event_at="2026-07-20T14:00:00+02:00",
    ),
    _m(
        "h10-int-fr-1",
        "interview",
        "fr",
        "Cabinet Morel",
        "Cabinet Morel <recrutement@cabinet-morel.fr>",
        "Entretien",
        "Wed, 15 Jul 2026 11:00:00 +0200",
        """Bonjour Alex,

Nous souhaiterions vous rencontrer pour un entretien au cabinet le jeudi 23 juillet à 10h00.

Cabinet Morel""",
        event_at="2026-07-23T10:00:00+02:00",
    ),
    _m(
        "h10-int-es-1",
        "interview",
        "es",
        "Clínica Levante",
        "Clínica Levante RRHH <rrhh@clinicalevante.es>",
        "Citación a entrevista",
        "Wed, 15 Jul 2026 12:00:00 +0200",
        """Estimado Alex:

Nos gustaría citarle para una entrevista el viernes 17 de julio a las 9:30 en nuestras oficinas de Valencia.

Clínica Levante""",
        event_at="2026-07-17T09:30:00+02:00",
    ),
    _m(
        "h10-int-en-2",
        "interview",
        "en",
        "Gatehouse Media",
        "Tom Riley <tom.riley@gatehousemedia.com>",
        "Chat about the Sub-editor role?",
        "Wed, 15 Jul 2026 16:00:00 +0100",
        """Hi Alex,

Your application for the sub-editor role caught our eye. Would you be up for a first interview over the phone later this week? Let me know a couple of times that work.

Tom""",
    ),
    # --- Confirmations ----------------------------------------------------------------------
    _m(
        "h10-conf-en-1",
        "confirmation",
        "en",
        "Kestrel Payments",
        "Kestrel Payments <no-reply@ashbyhq.com>",
        "Thanks for applying to Kestrel Payments",
        "Thu, 16 Jul 2026 09:00:00 +0000",
        """Hi Alex,

We've received your application for Senior Product Manager at Kestrel Payments and will be in touch.

Kestrel Payments""",
    ),
    _m(
        "h10-conf-de-1",
        "confirmation",
        "de",
        "Stadtwerke Lindau",
        "Stadtwerke Lindau Personal <personal@stadtwerke-lindau.de>",
        "Eingang Ihrer Bewerbung",
        "Thu, 16 Jul 2026 10:00:00 +0200",
        """Sehr geehrter Herr Morgan,

wir bestätigen den Eingang Ihrer Bewerbungsunterlagen für die Stelle als Sachbearbeiter Abrechnung.

Stadtwerke Lindau""",
    ),
    _m(
        "h10-conf-fr-1",
        "confirmation",
        "fr",
        "Transports Giraud",
        "Transports Giraud RH <rh@transports-giraud.fr>",
        "Candidature reçue",
        "Thu, 16 Jul 2026 11:00:00 +0200",
        """Bonjour,

Votre candidature au poste de responsable d'exploitation nous est bien parvenue. Nous reviendrons vers vous rapidement.

Transports Giraud""",
    ),
    _m(
        "h10-conf-es-1",
        "confirmation",
        "es",
        "Construcciones Ebro",
        "Construcciones Ebro <empleo@construccionesebro.es>",
        "Candidatura registrada",
        "Thu, 16 Jul 2026 12:00:00 +0200",
        """Hola Alex,

Tu candidatura para Jefe de Obra se ha registrado correctamente. Revisaremos tu perfil en los próximos días.

Construcciones Ebro""",
    ),
    # --- Offers -----------------------------------------------------------------------------
    _m(
        "h10-offer-en-1",
        "offer",
        "en",
        "Norbury Health Trust",
        "Norbury Health Trust <recruitment@norburyhealth.org.uk>",
        "Conditional offer of employment",
        "Fri, 17 Jul 2026 09:00:00 +0100",
        """Dear Alex,

Following your interview, I am delighted to make you a conditional offer of employment for the post of Information Analyst, subject to references.

Norbury Health Trust Recruitment""",
    ),
    _m(
        "h10-offer-fr-1",
        "offer",
        "fr",
        "Cabinet Morel",
        "Cabinet Morel <recrutement@cabinet-morel.fr>",
        "Proposition d'embauche",
        "Fri, 17 Jul 2026 10:00:00 +0200",
        """Bonjour Alex,

Nous avons le plaisir de vous proposer le poste d'assistant juridique. Vous trouverez ci-joint la promesse d'embauche.

Cabinet Morel""",
    ),
    # --- Others -----------------------------------------------------------------------------
    _m(
        "h10-other-grant-de",
        "other",
        "de",
        "",
        "Stiftung Kulturraum <foerderung@kulturraum-stiftung.de>",
        "Ihr Förderantrag",
        "Fri, 17 Jul 2026 09:00:00 +0200",
        """Sehr geehrter Herr Morgan,

leider können wir Ihren Förderantrag in dieser Runde nicht berücksichtigen.

Stiftung Kulturraum""",
    ),
    _m(
        "h10-other-alert-en",
        "other",
        "en",
        "",
        "JobFinder Alerts <alerts@jobfinder.example>",
        "New jobs for Data Analyst",
        "Fri, 17 Jul 2026 06:00:00 +0000",
        """8 new jobs match your search "Data Analyst": Lumen Bank, Corvid Analytics and more. Apply now.

Manage alerts or unsubscribe: https://jobfinder.example/alerts""",
    ),
    _m(
        "h10-other-ooo-fr",
        "other",
        "fr",
        "",
        "Claire Dufour <claire.dufour@groupe-lamarque.fr>",
        "Réponse automatique : votre candidature",
        "Fri, 17 Jul 2026 08:00:00 +0200",
        """Bonjour,

Je suis absente du bureau jusqu'au 3 août. Pour toute question concernant le recrutement, merci d'écrire à rh@groupe-lamarque.fr.

Claire Dufour""",
        extra=["Auto-Submitted: auto-replied"],
    ),
    _m(
        "h10-other-fwd-friend-de",
        "other",
        "de",
        "",
        "Lena Brandt <lena.brandt@mailbox.example>",
        "WG: Ihre Bewerbung",
        "Fri, 17 Jul 2026 21:00:00 +0200",
        """Hi Alex, schau mal, was ich heute bekommen habe. Wie würdest du antworten?

---------- Weitergeleitete Nachricht ---------
Von: Hoffmann AG <jobs@hoffmann-ag.de>
Datum: Fr., 17. Juli 2026 um 14:00
Betreff: Ihre Bewerbung
An: Lena Brandt <lena.brandt@mailbox.example>

Sehr geehrte Frau Brandt,

leider haben wir uns für eine andere Kandidatin entschieden.

Hoffmann AG""",
    ),
    _m(
        "h10-other-rental-en",
        "other",
        "en",
        "",
        "Parkside Lettings <lettings@parksidelettings.co.uk>",
        "Flat 4, Alder Road",
        "Fri, 17 Jul 2026 10:00:00 +0100",
        """Hi Alex,

Thanks for viewing Flat 4. The landlord has accepted another applicant's offer, so it is no longer available.

Parkside Lettings""",
    ),
    _m(
        "h10-other-newsletter-es",
        "other",
        "es",
        "",
        "Blog de Empleo <boletin@blogdeempleo.es>",
        "Qué hacer cuando no te seleccionan",
        "Fri, 17 Jul 2026 07:00:00 +0200",
        """Esta semana: cómo responder cuando una empresa te dice que ha elegido a otro candidato, y por qué pedir feedback merece la pena.

Darse de baja: https://blogdeempleo.es/baja""",
    ),
    _m(
        "h10-other-university-en",
        "other",
        "en",
        "",
        "Harcourt University Admissions <admissions@harcourt.ac.uk>",
        "Your application to MSc Data Science",
        "Fri, 17 Jul 2026 10:00:00 +0100",
        """Dear Alex,

Thank you for your application to the MSc Data Science. We are sorry to tell you that we cannot offer you a place this year.

Harcourt University Admissions""",
    ),
]
