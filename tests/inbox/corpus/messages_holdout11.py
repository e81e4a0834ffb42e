"""Held-out-4: written after the classifier work, by someone who had not read the classifier,
its word lists or its model; measured once, never tuned or trained on. Dates are November and
December 2026; every company and person is invented."""


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


HOLDOUT11 = [
    # --- Rejections: English --------------------------------------------------------------
    _m(
        "h11-rej-en-1",
        "rejection",
        "en",
        "Fernhill Biotech",
        "Fernhill Biotech <no-reply@us.greenhouse-mail.io>",
        "Fernhill Biotech | Bioinformatics Scientist",
        "Mon, 16 Nov 2026 14:06:00 +0000",
        """Hi Alex,

Thank you for the time you spent applying for the Bioinformatics Scientist role at Fernhill Biotech.

Our hiring team has looked closely at your background against what this role calls for, and we've concluded that we won't be advancing your candidacy. Please don't read this as a judgment on your abilities; the requirements for this particular opening are very specific.

You are welcome to keep an eye on our careers page and apply for future roles that catch your interest.

Warm regards,
Talent Acquisition
Fernhill Biotech

This message was sent from an unmonitored address. Powered by Greenhouse.""",
        format="alternative",
        position="Bioinformatics Scientist",
    ),
    _m(
        "h11-rej-en-2",
        "rejection",
        "en",
        "Stonebridge Mobility",
        "Stonebridge Mobility <no-reply@hire.lever.co>",
        "Senior iOS Engineer at Stonebridge Mobility",
        "Tue, 17 Nov 2026 09:41:00 -0800",
        """Hey Alex,

A quick note to close the loop: the Senior iOS Engineer role has now been filled, so we've stopped reviewing applications for it, including yours.

We know it's frustrating to hear back with a no after putting yourself forward, and we appreciate that you thought of Stonebridge.

Cheers,
Stonebridge Mobility Recruiting""",
        position="Senior iOS Engineer",
    ),
    _m(
        "h11-rej-en-3",
        "rejection",
        "en",
        "Calloway Foods",
        "Calloway Foods Careers <calloway@myworkday.com>",
        "Regarding your application for R-20431 Supply Chain Planner",
        "Tue, 17 Nov 2026 18:22:00 -0600",
        """Dear Alex Morgan,

Job Requisition: R-20431 Supply Chain Planner
Location: Omaha, NE

Thank you for your interest in a career with Calloway Foods.

We have reviewed your qualifications and have decided not to proceed with your application for this requisition. Your candidate profile remains active, and you may apply to other openings through the candidate home page.

Sincerely,
Calloway Foods Talent Acquisition

Please do not reply to this email.""",
        format="html",
        position="Supply Chain Planner",
    ),
    _m(
        "h11-rej-en-4",
        "rejection",
        "en",
        "Quarry Labs",
        "Quarry Labs <no-reply@ashbyhq.com>",
        "Your take-home for Quarry Labs",
        "Wed, 18 Nov 2026 11:15:00 -0500",
        """Hi Alex,

Thank you for the effort you put into the take-home project for the Full-Stack Engineer position. Two engineers reviewed your submission independently.

They liked the clarity of your README, but the data-loading part didn't meet the bar we set for this level, so we're going to pass at this stage rather than bring you onsite.

We realise a take-home is a real investment of your evenings, and we're grateful you made it.

Best,
Noor at Quarry Labs""",
        position="Full-Stack Engineer",
    ),
    _m(
        "h11-rej-en-5",
        "rejection",
        "en",
        "Saltmarsh Studio",
        "Jonah Reyes <jonah@saltmarsh.studio>",
        "Re: motion designer role",
        "Wed, 18 Nov 2026 16:48:00 +0000",
        """Alex - I'll be straight with you: we went another way for the motion designer hire. It was close.

Your reel was lovely though, the transit piece especially. Keep me posted on what you make next.

J.""",
        position="motion designer",
    ),
    _m(
        "h11-rej-en-6",
        "rejection",
        "en",
        "Wren & Mallory",
        "Wren & Mallory Careers <careers@wrenmallory.com>",
        "Thank you from Wren & Mallory",
        "Thu, 19 Nov 2026 10:00:00 +0000",
        """Dear Alex,

Thank you for considering Wren & Mallory and for sharing your story with us.

Our Marketing Manager opening attracted a remarkable group of people. After much reflection we have offered the position to someone whose agency background lines up more directly with the brief, and they have accepted.

We are genuinely grateful for your interest and hope our paths cross again.

With thanks,
The People Team
Wren & Mallory""",
        position="Marketing Manager",
    ),
    _m(
        "h11-rej-en-7",
        "rejection",
        "en",
        "Tallgrass Cloud",
        "Helen Park <helen.park@tallgrass.cloud>",
        "Re: Final round - Solutions Architect",
        "Fri, 20 Nov 2026 15:30:00 -0700",
        """Hi Alex,

I wanted to reach you before the weekend. The panel met this morning to discuss the final round, and we won't be extending an offer for the Solutions Architect role.

Everyone enjoyed the whiteboard session; where we landed was that we need someone who has already run large migrations for enterprise customers. If it would help, I'm glad to hop on a call and go through the feedback in more detail.

Thank you for all the time you gave us across four conversations.

Helen

Helen Park
Talent Partner | Tallgrass Cloud

On Tue, Nov 17, 2026 at 6:02 PM Alex Morgan <alex.morgan@example.org> wrote:
> Hi Helen,
>
> Thanks for organising today's final round. I really enjoyed meeting the
> team and I'm excited about the role. Looking forward to hearing from you.
>
> Best,
> Alex
>
> On Mon, Nov 9, 2026 at 10:11 AM Helen Park <helen.park@tallgrass.cloud> wrote:
>> Could you join us on Tuesday 17 November at 2pm Mountain for the final
>> round? It's four back-to-back 45-minute sessions.""",
        position="Solutions Architect",
    ),
    _m(
        "h11-rej-en-8",
        "rejection",
        "en",
        "Hollis Maritime",
        "Alex Morgan <alex.morgan@example.org>",
        "Fwd: An update on the Port Operations Coordinator role",
        "Sat, 21 Nov 2026 08:12:00 +0000",
        """for the tracker - that's Hollis done

---------- Forwarded message ---------
From: Hollis Maritime <noreply@smartrecruiters.com>
Date: Fri, Nov 20, 2026 at 4:55 PM
Subject: An update on the Port Operations Coordinator role
To: Alex Morgan <alex.morgan@example.org>


Dear Alex,

We are writing to let you know that the Port Operations Coordinator position has been closed and will not be filled at this time. As a result, your application will not progress further.

We appreciate your interest in Hollis Maritime.

Hollis Maritime Recruitment""",
        to="alex.m.archive@example.org",
        position="Port Operations Coordinator",
    ),
    _m(
        "h11-rej-en-9",
        "rejection",
        "en",
        "Brindle Coffee Roasters",
        "Brindle Coffee Roasters <noreply@candidates.workablemail.com>",
        "Wholesale Account Manager - Brindle Coffee Roasters",
        "Mon, 23 Nov 2026 13:27:00 +0000",
        """Hi Alex,

Thanks for wanting to join Brindle Coffee Roasters as our Wholesale Account Manager. We have read every application that came in for this role, and we're sorry to tell you that we will not be taking yours further this time around - the shortlist went to people with more experience selling to independent cafés.

We'd love to stay in touch: follow us for future openings, and the next flat white is on us if you're ever near the roastery.

Brindle Coffee Roasters""",
        transfer="quoted-printable",
        position="Wholesale Account Manager",
    ),
    _m(
        "h11-rej-en-10",
        "rejection",
        "en",
        "Northlight Games",
        "Northlight Games <no-reply@teamtailor.com>",
        "Level Designer at Northlight Games",
        "Tue, 24 Nov 2026 10:05:00 +0100",
        """Hi Alex,

Thank you for applying to be a Level Designer at Northlight Games and for the blockout you shared.

We have now finished the first screening. Sadly, your application did not make it through to the interview stage. With so many applicants we can't give individual feedback, but it was a close call.

Your data will be kept for 12 months unless you remove it from your candidate profile.

Good luck, and happy designing!
Northlight Games""",
        transfer="base64",
        position="Level Designer",
    ),
    # --- Rejections: German ---------------------------------------------------------------
    _m(
        "h11-rej-de-1",
        "rejection",
        "de",
        "Hafenkante Software",
        "Hafenkante Software GmbH <noreply@mail.personio.de>",
        "Ihre Bewerbung als Werkstudent DevOps (m/w/d)",
        "Mon, 16 Nov 2026 11:20:00 +0100",
        """Guten Tag Herr Morgan,

haben Sie vielen Dank für Ihre Bewerbung als Werkstudent DevOps (m/w/d) und das Interesse an der Hafenkante Software GmbH.

Nach eingehender Prüfung Ihrer Unterlagen haben wir entschieden, das Bewerbungsverfahren mit Ihnen nicht fortzusetzen. Diese Entscheidung ist uns bei der Vielzahl guter Bewerbungen nicht leichtgefallen.

Für Ihren weiteren Weg wünschen wir Ihnen viel Erfolg.

Beste Grüße
Ihr People-Team der Hafenkante Software GmbH

Diese E-Mail wurde über Personio versendet.""",
        position="Werkstudent DevOps",
    ),
    _m(
        "h11-rej-de-2",
        "rejection",
        "de",
        "Gröninger Bäckereien",
        "Gröninger Bäckereien <bewerbung@groeninger-baeckereien.de>",
        "Ihre Bewerbung als Filialleitung",
        "Tue, 17 Nov 2026 08:55:00 +0100",
        """Sehr geehrter Herr Morgan,

wir bedanken uns für Ihre Bewerbung als Filialleitung für unser Geschäft in der Königstraße.

Wir bedauern, Ihnen heute keine positive Nachricht geben zu können: Die Stelle ist inzwischen besetzt. Ihre Unterlagen senden wir Ihnen nicht zurück, sondern löschen sie nach Ablauf der gesetzlichen Frist.

Freundliche Grüße aus der Backstube
Gröninger Bäckereien - Personalabteilung""",
        charset="latin-1",
        label="iso-8859-1",
        position="Filialleitung",
    ),
    _m(
        "h11-rej-de-3",
        "rejection",
        "de",
        "Flinkwerk",
        "Mira Köhler <mira@flinkwerk.io>",
        "Unser Gespräch am Dienstag",
        "Thu, 19 Nov 2026 17:40:00 +0100",
        """Hi Alex,

ich hab's mir nicht leicht gemacht, aber wir werden dir für die Stelle als Product Owner keine Zusage geben. Im Team haben wir uns am Ende für jemanden entschieden, der schon mal ein B2B-Produkt von null aufgebaut hat.

Dein Case war richtig stark präsentiert, das wollte ich dir noch sagen. Wenn du magst, telefonieren wir kurz und ich erzähle dir, wie die Runde gelaufen ist.

Liebe Grüße
Mira
Flinkwerk""",
        position="Product Owner",
    ),
    _m(
        "h11-rej-de-4",
        "rejection",
        "de",
        "Auerbach Energie",
        "Auerbach Energie <no-reply@teamtailor-mail.com>",
        "Rückmeldung: Projektingenieur Photovoltaik (m/w/d)",
        "Fri, 20 Nov 2026 13:03:00 +0100",
        """Hallo Alex,

danke, dass du dich als Projektingenieur Photovoltaik bei Auerbach Energie beworben hast.

Wir haben alle Bewerbungen gesichtet und uns für eine andere Person entschieden, deren Erfahrung mit Freiflächenanlagen besser zu unserem aktuellen Projektportfolio passt.

Deine Daten speichern wir gemäß DSGVO noch sechs Monate; danach werden sie automatisch gelöscht. Schau gern wieder auf unserer Karriereseite vorbei.

Sonnige Grüße
Dein Recruiting-Team von Auerbach Energie""",
        format="html",
        position="Projektingenieur Photovoltaik",
    ),
    _m(
        "h11-rej-de-5",
        "rejection",
        "de",
        "Lindqvist Beratung",
        "Jana Reuter <j.reuter@lindqvist-beratung.de>",
        "Ergebnis Fallstudie – Junior Consultant",
        "Mon, 23 Nov 2026 09:10:00 +0100",
        """Sehr geehrter Herr Morgan,

vielen Dank für die Bearbeitung unserer Fallstudie und die Zeit, die Sie darin investiert haben.

Ihre Ausarbeitung konnte uns in der Gesamtschau nicht vollständig überzeugen, insbesondere die Herleitung der Marktgröße. Deshalb werden wir Sie im weiteren Auswahlverfahren für die Position Junior Consultant nicht berücksichtigen.

Wir bedanken uns für Ihr Engagement und wünschen Ihnen alles Gute.

Mit besten Grüßen
Jana Reuter
Talent Acquisition | Lindqvist Beratung GmbH""",
        transfer="quoted-printable",
        position="Junior Consultant",
    ),
    _m(
        "h11-rej-de-6",
        "rejection",
        "de",
        "Stadtwerke Ostalb",
        "Stadtwerke Ostalb <stadtwerkeostalb@myworkday.com>",
        "Information zu Ihrer Bewerbung (JR-1187 Netzplaner)",
        "Wed, 25 Nov 2026 15:45:00 +0100",
        """Sehr geehrter Herr Morgan,

Sie haben sich auf die Stelle JR-1187 Netzplaner (m/w/d) beworben. Dafür danken wir Ihnen.

Aus organisatorischen Gründen wird die ausgeschriebene Stelle nicht nachbesetzt. Wir beenden das Auswahlverfahren daher für alle Bewerberinnen und Bewerber, auch für Sie.

Über Ihr Kandidatenprofil können Sie sich jederzeit auf andere Stellen bei den Stadtwerken Ostalb bewerben.

Mit freundlichen Grüßen
Stadtwerke Ostalb – Personalservice""",
        transfer="base64",
        position="Netzplaner",
    ),
    # --- Rejections: French ---------------------------------------------------------------
    _m(
        "h11-rej-fr-1",
        "rejection",
        "fr",
        "Groupe Verdier",
        "Groupe Verdier <noreply@smartrecruiters.com>",
        "Votre candidature – Responsable logistique",
        "Tue, 17 Nov 2026 10:30:00 +0100",
        """Bonjour Alex,

Nous vous remercions pour l'intérêt que vous portez au Groupe Verdier et pour votre candidature au poste de Responsable logistique.

Après examen de l'ensemble des dossiers, nous avons choisi de poursuivre avec des profils disposant d'une expérience plus longue en entrepôt frigorifique. Nous ne pourrons donc pas vous proposer d'entretien pour ce poste.

Nous conservons vos coordonnées et reviendrons vers vous si une opportunité correspondant à votre parcours se présente.

Bien cordialement,
L'équipe Recrutement du Groupe Verdier""",
        position="Responsable logistique",
    ),
    _m(
        "h11-rej-fr-2",
        "rejection",
        "fr",
        "Atelier Lenoir",
        "Claire Dubreuil <claire.dubreuil@atelier-lenoir.fr>",
        "Suite à notre entretien de jeudi",
        "Mon, 23 Nov 2026 12:18:00 +0100",
        """Bonjour Alex,

J'ai essayé de vous appeler ce matin sans réussir à vous joindre, je préfère donc vous écrire.

Nous avons finalement retenu une autre personne pour le poste de chargé de communication. Votre entretien nous a beaucoup plu, mais il nous fallait quelqu'un de disponible dès janvier avec une solide pratique des relations presse.

Je reste à votre disposition si vous souhaitez un retour plus détaillé.

Bien à vous,
Claire Dubreuil
Directrice associée – Atelier Lenoir""",
        position="chargé de communication",
    ),
    _m(
        "h11-rej-fr-3",
        "rejection",
        "fr",
        "Mutuelle Armor",
        "Mutuelle Armor – Recrutement <recrutement@mutuelle-armor.fr>",
        "Poste d'actuaire junior",
        "Wed, 25 Nov 2026 16:00:00 +0100",
        """Madame, Monsieur,

Vous avez récemment postulé au poste d'actuaire junior au sein de notre direction technique, et nous vous en remercions.

Le poste a été pourvu en interne. Votre candidature ne pourra donc pas aboutir, mais nous nous permettons de la conserver pendant deux ans, sauf opposition de votre part.

Recevez, Madame, Monsieur, l'expression de nos salutations distinguées.

Service Ressources Humaines
Mutuelle Armor""",
        transfer="quoted-printable",
        position="actuaire junior",
    ),
    _m(
        "h11-rej-fr-4",
        "rejection",
        "fr",
        "Cygne Robotique",
        "Cygne Robotique via Welcome to the Jungle <notifications@welcometothejungle.com>",
        "Cygne Robotique a répondu à votre candidature",
        "Thu, 26 Nov 2026 09:02:00 +0100",
        """Bonjour Alex,

Merci d'avoir candidaté chez Cygne Robotique pour le poste d'Ingénieur vision.

Votre parcours est intéressant, mais nous ne pourrons pas aller plus loin ensemble sur ce poste : l'équipe recherche avant tout une expérience en calibration multi-caméras, que nous n'avons pas retrouvée dans votre dossier.

Au plaisir de recroiser votre route,
L'équipe Cygne Robotique""",
        format="html",
        position="Ingénieur vision",
    ),
    _m(
        "h11-rej-fr-5",
        "rejection",
        "fr",
        "Maison Fauvel",
        "Maison Fauvel <no-reply@hire.lever.co>",
        "Merci pour votre candidature – Maison Fauvel",
        "Fri, 27 Nov 2026 14:44:00 +0100",
        """Bonjour Alex,

Un grand merci pour le temps que vous avez consacré à votre candidature au poste d'Acheteur textile.

Nous avons reçu de très nombreuses candidatures de grande qualité et le choix a été difficile. Il ne s'est malheureusement pas porté sur vous cette fois-ci.

Nous vous souhaitons beaucoup de réussite et espérons vous retrouver lors d'une prochaine collection.

Chaleureusement,
Les équipes de la Maison Fauvel""",
        format="alternative",
        position="Acheteur textile",
    ),
    # --- Rejections: Spanish --------------------------------------------------------------
    _m(
        "h11-rej-es-1",
        "rejection",
        "es",
        "Lumbre Energía",
        "Lumbre Energía <no-reply@eu.greenhouse-mail.io>",
        "Tu candidatura a Ingeniera/o de Software Backend",
        "Mon, 16 Nov 2026 17:35:00 +0100",
        """Hola Alex:

Gracias por presentar tu candidatura a la posición de Ingeniera/o de Software Backend en Lumbre Energía.

Hemos revisado tu perfil con atención y hemos decidido no continuar con tu candidatura en este proceso. Buscamos a alguien con más recorrido en sistemas de facturación eléctrica.

Te animamos a seguir atento a nuestras vacantes.

Un saludo,
Equipo de Talento de Lumbre Energía""",
        transfer="base64",
        position="Ingeniera/o de Software Backend",
    ),
    _m(
        "h11-rej-es-2",
        "rejection",
        "es",
        "Viveros Campollano",
        "Marta Quintana <marta.quintana@viveroscampollano.es>",
        "Proceso Técnico de Calidad",
        "Wed, 18 Nov 2026 13:50:00 +0100",
        """Hola Alex,

Te escribo para contarte que al final nos hemos decantado por otra persona para el puesto de Técnico de Calidad. Tenía experiencia previa con certificaciones GlobalG.A.P., y eso ha pesado mucho.

Me dio mucha pena porque la charla contigo fue muy agradable. Si en primavera abrimos algo en el vivero de Albacete, te aviso.

Un abrazo,
Marta Quintana
RR. HH. – Viveros Campollano""",
        position="Técnico de Calidad",
    ),
    _m(
        "h11-rej-es-3",
        "rejection",
        "es",
        "Grupo Tláloc",
        "Andrés Salgado <asalgado@grupotlaloc.mx>",
        "RE: Entrevista Gerente de Proyecto",
        "Thu, 19 Nov 2026 19:05:00 -0600",
        """Alex, buenas tardes:

Gracias de nuevo por tu tiempo la semana pasada. Te comparto que la vacante de Gerente de Proyecto ya fue cubierta por un candidato interno, por lo que no avanzaremos con tu proceso.

Quedo a tus órdenes para cualquier duda.

Saludos cordiales,
Andrés Salgado
Atracción de Talento | Grupo Tláloc

-----Mensaje original-----
De: Alex Morgan <alex.morgan@example.org>
Enviado el: jueves, 12 de noviembre de 2026 10:14
Para: Andrés Salgado <asalgado@grupotlaloc.mx>
Asunto: Entrevista Gerente de Proyecto

Hola Andrés, muchas gracias por la entrevista de ayer. Me encantaría sumarme al equipo; quedo pendiente de los siguientes pasos.
Alex""",
        position="Gerente de Proyecto",
    ),
    _m(
        "h11-rej-es-4",
        "rejection",
        "es",
        "Cervezas Aljibe",
        "Cervezas Aljibe <noreply@candidates.workablemail.com>",
        "Actualización sobre tu candidatura en Cervezas Aljibe",
        "Tue, 24 Nov 2026 10:25:00 +0100",
        """Hola Alex,

Queremos agradecerte el interés por el puesto de Responsable de Marketing Digital en Cervezas Aljibe.

Tras valorar tu perfil, hemos optado por seguir adelante con candidaturas que se ajustan más a lo que necesitamos en este momento. No es una decisión sobre tu valía profesional.

¡Mucha suerte en lo que venga!

El equipo de Cervezas Aljibe""",
        format="html",
        position="Responsable de Marketing Digital",
    ),
    _m(
        "h11-rej-es-5",
        "rejection",
        "es",
        "Pagoflux",
        "Pagoflux Talento <talento@pagoflux.com>",
        "Resultado de la prueba técnica – Desarrollador Android",
        "Fri, 27 Nov 2026 11:40:00 -0300",
        """Hola Alex, ¿cómo estás?

Te agradecemos muchísimo el esfuerzo que pusiste en la prueba técnica para la búsqueda de Desarrollador Android.

El equipo la revisó en detalle y, si bien la arquitectura estaba bien planteada, la solución no alcanzó el nivel que buscamos en la parte de tests, así que no vamos a seguir adelante con tu postulación.

Ojalá podamos coincidir en otra oportunidad.

Saludos,
Equipo de Talento – Pagoflux""",
        transfer="quoted-printable",
        position="Desarrollador Android",
    ),
    # --- Hard negatives: not a job application, or not about the user's application -------
    _m(
        "h11-other-grant-en",
        "other",
        "en",
        "",
        "Halden Research Council <grants-noreply@haldenrc.org.uk>",
        "Outcome of your application HRC/ECR/2026/0418",
        "Mon, 16 Nov 2026 12:00:00 +0000",
        """Dear Dr Morgan,

Early Career Research Fellowship – Autumn 2026 round
Application reference: HRC/ECR/2026/0418

The assessment panel met on 10 November to consider 212 applications. I am sorry to inform you that your application has not been recommended for funding.

Competition in this round was exceptionally strong: the panel was only able to support 19 proposals. Anonymised reviewer comments are now available in the applicant portal, and you are welcome to resubmit in the spring round.

Yours sincerely,
Fellowships Team
Halden Research Council""",
    ),
    _m(
        "h11-other-scholarship-de",
        "other",
        "de",
        "",
        "Heinrich-Albers-Stiftung <stipendien@albers-stiftung.de>",
        "Ihre Bewerbung um ein Promotionsstipendium",
        "Tue, 17 Nov 2026 10:15:00 +0100",
        """Sehr geehrter Herr Morgan,

vielen Dank für Ihre Bewerbung um ein Promotionsstipendium der Heinrich-Albers-Stiftung.

Der Auswahlausschuss hat in seiner Sitzung vom 12. November über alle eingegangenen Anträge entschieden. Leider können wir Ihnen kein Stipendium gewähren. Die Zahl der Bewerbungen übersteigt die verfügbaren Mittel bei Weitem.

Eine erneute Bewerbung zum nächsten Stichtag am 1. März ist möglich.

Mit freundlichen Grüßen
Geschäftsstelle der Heinrich-Albers-Stiftung""",
    ),
    _m(
        "h11-other-university-fr",
        "other",
        "fr",
        "",
        "Université de Bordelais – Candidatures <ne-pas-repondre@candidatures.u-bordelais.fr>",
        "Décision concernant votre candidature en Master 2 Science des données",
        "Wed, 18 Nov 2026 08:00:00 +0100",
        """Bonjour,

La commission pédagogique du Master 2 Science des données a examiné votre dossier de candidature pour la rentrée de janvier 2027.

Décision : candidature non retenue.

Motif : capacité d'accueil atteinte. Vous pouvez consulter le détail sur la plateforme de candidature. Un recours gracieux peut être adressé au responsable de la formation dans un délai de deux mois.

Service de la scolarité
Université de Bordelais""",
    ),
    _m(
        "h11-other-rental-es",
        "other",
        "es",
        "",
        "Pisolibre <avisos@pisolibre.es>",
        "El anunciante ha respondido a tu solicitud: Piso en calle Ruzafa, 2 hab.",
        "Thu, 19 Nov 2026 21:30:00 +0100",
        """Hola Alex,

El anunciante del piso en calle Ruzafa (2 habitaciones, 950 €/mes) ha respondido a tu solicitud de visita:

"Hola, lo siento mucho, pero ya hemos elegido a otro inquilino y el contrato está firmado. Gracias por tu interés y suerte con la búsqueda."

Tenemos 14 pisos parecidos en Valencia. Ver anuncios similares.

Pisolibre – Encuentra tu casa
Darte de baja de estos avisos""",
    ),
    _m(
        "h11-other-conference-en",
        "other",
        "en",
        "",
        "DataDays Europe Program Committee <cfp@datadays.eu>",
        'DataDays Europe 2027: your proposal "Testing pipelines without mocks"',
        "Fri, 20 Nov 2026 16:20:00 +0100",
        """Hi Alex,

Thank you for submitting "Testing pipelines without mocks" to DataDays Europe 2027.

We received 640 proposals for 92 slots this year, and we're sorry to say that yours wasn't among those selected for the programme. Reviewers' notes are attached to your submission in the CFP tool.

As a thank-you for submitting, here's a 30% discount code for a ticket: CFP-THANKS-27.

The DataDays Program Committee""",
    ),
    _m(
        "h11-other-journal-en",
        "other",
        "en",
        "",
        "Journal of Applied Data Systems <onbehalfof@editorialmanager.com>",
        "Decision on your manuscript JADS-D-26-00412",
        "Mon, 23 Nov 2026 07:45:00 -0500",
        """Ref.: Ms. No. JADS-D-26-00412
Incremental Materialised Views for Streaming Joins

Dear Mr Morgan,

Thank you for submitting your manuscript to the Journal of Applied Data Systems. Reviewers have now commented on your paper. Based on their advice, I regret that I must reject the manuscript for publication in its present form.

The reviewers' comments are given below; I hope you find them useful if you decide to submit the work elsewhere.

Yours sincerely,
Prof. Renata Oyelaran
Handling Editor""",
    ),
    _m(
        "h11-other-club-de",
        "other",
        "de",
        "",
        "Ruderverein Alsterwelle e.V. <vorstand@alsterwelle.de>",
        "Dein Aufnahmeantrag",
        "Tue, 24 Nov 2026 19:10:00 +0100",
        """Hallo Alex,

danke für deinen Aufnahmeantrag und das Probetraining im Oktober!

Leider müssen wir dir absagen: Unsere Riemenboote sind für die Saison 2027 voll belegt und wir nehmen vorerst keine neuen Mitglieder auf. Wir haben dich auf die Warteliste gesetzt und melden uns, sobald ein Platz frei wird.

Sportliche Grüße
Der Vorstand des RV Alsterwelle""",
    ),
    _m(
        "h11-other-loan-fr",
        "other",
        "fr",
        "",
        "Banque Rivage <service-credit@banque-rivage.fr>",
        "Réponse à votre demande de prêt personnel n° 88-41207",
        "Wed, 25 Nov 2026 11:00:00 +0100",
        """Madame, Monsieur,

Nous avons bien étudié votre demande de prêt personnel d'un montant de 12 000 €.

Après analyse de votre dossier, nous ne sommes pas en mesure de donner une suite favorable à votre demande de financement. Cette décision repose sur les critères d'octroi en vigueur dans notre établissement.

Votre conseiller reste à votre disposition pour étudier d'autres solutions.

Banque Rivage – Service Crédit""",
        format="html",
    ),
    _m(
        "h11-other-alert-en",
        "other",
        "en",
        "",
        "Jobstream Alerts <alerts@jobstream.io>",
        '8 new jobs for "data engineer" near Berlin',
        "Thu, 26 Nov 2026 06:00:00 +0000",
        """Your daily job alert for "data engineer" near Berlin

Senior Data Engineer - Kestrel Payments - Berlin (hybrid)
Be an early applicant. Apply in one click.

Data Engineer, Streaming - Oxbow Freight - Remote (EU)
Your profile matches 7 of 9 skills.

Analytics Engineer - Quarry Labs - Berlin
Actively recruiting.

See all 8 jobs

You're receiving this because you created a job alert. Not interested any more? Unsubscribe or change your alert settings.""",
        format="alternative",
    ),
    _m(
        "h11-other-alert-es",
        "other",
        "es",
        "",
        "Ofertaria <ofertas@ofertaria.es>",
        "Nuevas ofertas de empleo que encajan contigo",
        "Fri, 27 Nov 2026 08:30:00 +0100",
        """Hola Alex,

Estas son las ofertas publicadas hoy que coinciden con tu búsqueda "analista de datos" en Madrid:

· Analista de Datos Junior – Bodegas Arrieta – Madrid – 28.000-32.000 €
· Data Analyst (inglés alto) – Tortuga Pagos – Teletrabajo
· Analista BI – Lumbre Energía – Madrid

Inscríbete antes de que se cierren. ¿Ya no buscas empleo? Desactiva tus alertas desde tu perfil.""",
        format="html",
    ),
    _m(
        "h11-other-newsletter-en",
        "other",
        "en",
        "",
        "The Careers Letter <hello@careersletter.co>",
        "Issue 88: bouncing back after a 'no'",
        "Sun, 29 Nov 2026 09:00:00 +0000",
        """This week: what to do after a rejection

Unfortunately, most rejection emails tell you nothing. We asked six hiring managers what they really mean by "we've decided to go with other candidates" and "your profile wasn't the right fit" - and what you should do next.

Also in this issue:
- Unfortunately, our live Q&A on 3 December is postponed; new date soon.
- Salary negotiation scripts that actually work
- Reader question: should I reply to an automated rejection?

You're getting this because you subscribed at careersletter.co. Unsubscribe anytime.""",
        format="alternative",
    ),
    _m(
        "h11-other-outreach-de",
        "other",
        "de",
        "",
        "Tobias Brand <t.brand@brand-personalberatung.de>",
        "Staff Engineer (m/w/d) – spannende Chance in München",
        "Mon, 23 Nov 2026 09:45:00 +0100",
        """Hallo Alex,

ich bin auf dein Profil gestoßen und fand deinen Werdegang im Bereich Datenplattformen sehr spannend.

Für einen Kunden aus der Versicherungsbranche suche ich aktuell einen Staff Engineer (m/w/d) in München oder remote, 110–130 k€. Hättest du diese Woche 15 Minuten für ein kurzes Telefonat? Falls das gerade nicht passt, ist das natürlich auch völlig in Ordnung.

Viele Grüße
Tobias Brand
Brand Personalberatung""",
    ),
    _m(
        "h11-other-ooo-fr",
        "other",
        "fr",
        "",
        "Sophie Garnier <s.garnier@editions-solene.fr>",
        "Réponse automatique : Candidature – Assistant éditorial",
        "Tue, 17 Nov 2026 14:02:00 +0100",
        """Bonjour,

Je suis absente du bureau jusqu'au vendredi 27 novembre inclus, sans accès à ma messagerie.

Votre message ne sera pas transféré. Pour toute question urgente concernant un recrutement, vous pouvez écrire à rh@editions-solene.fr.

Cordialement,
Sophie Garnier""",
        extra=["Auto-Submitted: auto-replied"],
    ),
    _m(
        "h11-other-friend-en",
        "other",
        "en",
        "",
        "Jess Okafor <jess.okafor88@gmail.com>",
        "ugh",
        "Sat, 28 Nov 2026 22:14:00 +0000",
        """hey you

so I didn't get the Figma-ish design systems job :( they emailed this afternoon saying they won't be moving forward with me, after FIVE rounds. not even a call.

anyway. are you still up for pho on sunday? I need noodles and someone to complain to. also how's your own search going, did the Tallgrass people ever get back to you?

J x""",
    ),
    # --- Interview invitations ------------------------------------------------------------
    _m(
        "h11-int-en-1",
        "interview",
        "en",
        "Oxbow Freight",
        "Oxbow Freight <no-reply@us.greenhouse-mail.io>",
        "Interview scheduled: Site Reliability Engineer at Oxbow Freight",
        "Wed, 25 Nov 2026 15:12:00 -0600",
        """Hi Alex,

Here are the details for your upcoming conversation with Oxbow Freight for the Site Reliability Engineer role.

Thursday, December 10, 2026
11:30 AM - 12:15 PM (America/Chicago)
Video call: https://oxbowfreight.zoom.us/j/81234567

You'll meet Priya Raman (SRE Manager) and Luis Ortega (Staff Engineer). Expect to talk through an incident you've handled end to end.

Need a different time? Use the link in the calendar invitation.

Oxbow Freight Recruiting""",
        format="alternative",
        position="Site Reliability Engineer",
        event_at="2026-12-10T11:30:00-06:00",
    ),
    _m(
        "h11-int-en-2",
        "interview",
        "en",
        "Pellow & Grant",
        "Imogen Hart <imogen.hart@pellowgrant.co.uk>",
        "Trainee Solicitor - next stage",
        "Fri, 20 Nov 2026 11:05:00 +0000",
        """Dear Alex,

Thank you for completing the written assessment. The graduate recruitment team would like to meet you in person for the Trainee Solicitor programme.

Would you be free on Tuesday 8 December at 3.30pm (UK time) at our Leeds office, 2 Park Row? The session lasts around 90 minutes and includes a short case discussion with two partners.

Please confirm by reply, or suggest another afternoon that week.

Kind regards,
Imogen Hart
Graduate Recruitment Adviser
Pellow & Grant LLP""",
        position="Trainee Solicitor",
        event_at="2026-12-08T15:30:00+00:00",
    ),
    _m(
        "h11-int-en-3",
        "interview",
        "en",
        "Kitewire",
        "Dana Felt <dana@kitewire.app>",
        "Chat about the Product Analyst role?",
        "Mon, 23 Nov 2026 10:20:00 -0800",
        """Hi Alex,

Thanks for applying to Kitewire! I'm the recruiter for our Product Analyst role and I'd like to set up an initial 25-minute phone screen so we can get to know each other.

Grab whichever slot suits you on my calendar: https://cal.com/dana-kitewire/screen

Talk soon,
Dana""",
        position="Product Analyst",
    ),
    _m(
        "h11-int-en-4",
        "interview",
        "en",
        "Anvaya Systems",
        "Rohan Mehta <rohan.mehta@anvayasystems.in>",
        "Re: Backend Engineer (Payments) application",
        "Thu, 26 Nov 2026 17:45:00 +0530",
        """Hi Alex,

Great, thanks for confirming you're open to a remote role. The hiring manager would like to do the technical round on Monday, 14 December at 10:00 AM IST (that's 4:30 AM UK time, so tell me if it's too early and we'll move it to the afternoon).

I'll send a Teams invite once you confirm.

Regards,
Rohan Mehta
Talent Acquisition, Anvaya Systems Pvt. Ltd.

On Wed, 25 Nov 2026 at 21:03, Alex Morgan <alex.morgan@example.org> wrote:
> Hi Rohan,
> Thanks for the note. Unfortunately I can't relocate before summer, but I'd be
> very happy to work remotely for the Backend Engineer (Payments) position.
> Alex""",
        position="Backend Engineer (Payments)",
        event_at="2026-12-14T10:00:00+05:30",
    ),
    _m(
        "h11-int-de-1",
        "interview",
        "de",
        "Rheinblick Immobilien",
        "Rheinblick Immobilien – Personal <personal@rheinblick-immobilien.de>",
        "Einladung zum Kennenlernen – Immobilienkaufmann (m/w/d)",
        "Fri, 27 Nov 2026 10:30:00 +0100",
        """Sehr geehrter Herr Morgan,

Ihre Bewerbung als Immobilienkaufmann hat uns neugierig gemacht. Gern möchten wir Sie persönlich kennenlernen.

Termin: Mittwoch, 9. Dezember 2026, 14:00 Uhr (MEZ)
Ort: Microsoft Teams (den Link erhalten Sie separat)
Gesprächspartner: Frau Albers (Teamleitung Vermietung) und Herr Yilmaz (Personal)

Bitte bestätigen Sie uns den Termin kurz per E-Mail.

Mit freundlichen Grüßen
Ihr Personalteam
Rheinblick Immobilien GmbH""",
        transfer="quoted-printable",
        position="Immobilienkaufmann",
        event_at="2026-12-09T14:00:00+01:00",
    ),
    _m(
        "h11-int-de-2",
        "interview",
        "de",
        "Kraftrad Mobility",
        "Kraftrad Mobility <noreply@mail.personio.de>",
        "Nächster Schritt: UX Researcher bei Kraftrad",
        "Fri, 27 Nov 2026 08:20:00 +0100",
        """Hey Alex,

wir haben uns deine Bewerbung als UX Researcher angeschaut und würden gern mit dir sprechen!

Passt dir Freitag, der 4.12., um 10:30 Uhr? Wir treffen uns per Google Meet mit Lena aus dem Design-Team und Can aus dem Recruiting, ungefähr 45 Minuten.

Falls das nicht klappt, antworte einfach mit zwei, drei Alternativen.

Bis bald
Dein Team von Kraftrad Mobility""",
        position="UX Researcher",
        event_at="2026-12-04T10:30:00+01:00",
    ),
    _m(
        "h11-int-fr-1",
        "interview",
        "fr",
        "Éditions Solène",
        "Sophie Garnier <s.garnier@editions-solene.fr>",
        "Proposition d'entretien – Assistant éditorial",
        "Fri, 27 Nov 2026 15:10:00 +0100",
        """Bonjour Alex,

De retour au bureau, j'ai lu votre candidature au poste d'Assistant éditorial avec beaucoup d'intérêt.

Je vous propose un entretien dans nos locaux, 18 rue des Écoles à Paris, le jeudi 3 décembre à 15h00 (heure de Paris). Il durera environ une heure, avec notre directrice littéraire.

Pouvez-vous me confirmer votre présence ?

Belle journée,
Sophie Garnier
Ressources humaines – Éditions Solène""",
        position="Assistant éditorial",
        event_at="2026-12-03T15:00:00+01:00",
    ),
    _m(
        "h11-int-fr-2",
        "interview",
        "fr",
        "Studio Bouleau",
        "Studio Bouleau <recrutement@studiobouleau.ca>",
        "Entrevue – Développeur front-end",
        "Tue, 24 Nov 2026 13:40:00 -0500",
        """Bonjour Alex,

Merci pour ta candidature au poste de Développeur front-end. On aimerait beaucoup te rencontrer en visioconférence pour une première entrevue d'environ 45 minutes.

Est-ce que le mardi 8 décembre à 13 h (heure de l'Est, HNE) te conviendrait ? Le lien Zoom suivra dans l'invitation.

Au plaisir,
L'équipe Studio Bouleau
Montréal""",
        format="html",
        position="Développeur front-end",
        event_at="2026-12-08T13:00:00-05:00",
    ),
    _m(
        "h11-int-es-1",
        "interview",
        "es",
        "Bodegas Arrieta",
        "Lucía Arrieta <lucia.arrieta@bodegasarrieta.es>",
        "Entrevista para Analista de Ventas",
        "Wed, 25 Nov 2026 09:15:00 +0100",
        """Hola Alex:

Hemos revisado tu currículum para el puesto de Analista de Ventas y nos gustaría conocerte.

¿Te vendría bien una videollamada el lunes 7 de diciembre a las 12:00 (hora peninsular)? Estaremos el director comercial y yo; calcula unos 40 minutos.

Si no te encaja, proponme otro día de esa semana.

Un saludo,
Lucía Arrieta
Personas y Cultura – Bodegas Arrieta""",
        position="Analista de Ventas",
        event_at="2026-12-07T12:00:00+01:00",
    ),
    _m(
        "h11-int-es-2",
        "interview",
        "es",
        "Tortuga Pagos",
        "Tortuga Pagos <noreply@candidates.workablemail.com>",
        "Tortuga Pagos te invita a una entrevista",
        "Thu, 26 Nov 2026 12:00:00 -0600",
        """Hola Alex,

¡Buenas noticias! Queremos avanzar con tu candidatura para Líder de Producto.

Fecha: miércoles 9 de diciembre de 2026
Hora: 17:00 h (hora del centro de México)
Formato: videollamada por Google Meet, 60 minutos

Por favor confirma tu asistencia desde el enlace de la invitación.

Equipo de Talento
Tortuga Pagos""",
        transfer="base64",
        position="Líder de Producto",
        event_at="2026-12-09T17:00:00-06:00",
    ),
    # --- Confirmations of receipt ---------------------------------------------------------
    _m(
        "h11-conf-en-1",
        "confirmation",
        "en",
        "Stonebridge Mobility",
        "Stonebridge Mobility <no-reply@hire.lever.co>",
        "We've got your application, Alex",
        "Mon, 02 Nov 2026 20:14:00 -0800",
        """Hi Alex,

This is a quick note to say your application for Senior iOS Engineer landed safely with us at Stonebridge Mobility.

A real person on our team reads every application. If there's a match, you'll hear from us within about two weeks; either way, we'll let you know how things turn out.

Stonebridge Mobility Recruiting""",
        position="Senior iOS Engineer",
    ),
    _m(
        "h11-conf-en-2",
        "confirmation",
        "en",
        "Calloway Foods",
        "Calloway Foods Careers <calloway@myworkday.com>",
        "Application submitted: R-20431 Supply Chain Planner",
        "Tue, 03 Nov 2026 09:02:00 -0600",
        """Dear Alex Morgan,

Job Requisition: R-20431 Supply Chain Planner

Your application is complete and has been forwarded to the hiring team. You can follow its status at any time from the candidate home page.

Thank you for your interest in Calloway Foods.

Calloway Foods Talent Acquisition

Please do not reply to this email.""",
        format="html",
        position="Supply Chain Planner",
    ),
    _m(
        "h11-conf-en-3",
        "confirmation",
        "en",
        "Hollis Maritime",
        "Hollis Maritime <noreply@smartrecruiters.com>",
        "Thanks for applying to Hollis Maritime",
        "Wed, 04 Nov 2026 13:30:00 +0000",
        """Dear Alex,

Thanks for applying for the Port Operations Coordinator position. This message confirms that we have your CV and answers on file.

Our recruiters are reviewing applications now. Shortlisted candidates will be contacted directly.

Hollis Maritime Recruitment""",
        position="Port Operations Coordinator",
    ),
    _m(
        "h11-conf-de-1",
        "confirmation",
        "de",
        "Hafenkante Software",
        "Hafenkante Software GmbH <noreply@mail.personio.de>",
        "Danke für Ihre Bewerbung als Werkstudent DevOps (m/w/d)",
        "Mon, 02 Nov 2026 16:45:00 +0100",
        """Guten Tag Herr Morgan,

Ihre Bewerbung als Werkstudent DevOps (m/w/d) ist bei uns angekommen – vielen Dank!

Wir sehen uns Ihre Unterlagen in Ruhe an und melden uns in der Regel innerhalb von zwei Wochen bei Ihnen.

Beste Grüße
Ihr People-Team der Hafenkante Software GmbH""",
        position="Werkstudent DevOps",
    ),
    _m(
        "h11-conf-de-2",
        "confirmation",
        "de",
        "Auerbach Energie",
        "Auerbach Energie <no-reply@teamtailor-mail.com>",
        "Wir haben deine Bewerbung erhalten",
        "Thu, 05 Nov 2026 07:58:00 +0100",
        """Hallo Alex,

schön, dass du dich für die Stelle Projektingenieur Photovoltaik bei Auerbach Energie interessierst! Deine Bewerbung ist vollständig bei uns eingegangen.

Unser Recruiting-Team prüft sie in den nächsten Tagen. Den Stand siehst du jederzeit in deinem Kandidatenprofil.

Sonnige Grüße
Dein Recruiting-Team von Auerbach Energie""",
        transfer="quoted-printable",
        position="Projektingenieur Photovoltaik",
    ),
    _m(
        "h11-conf-fr-1",
        "confirmation",
        "fr",
        "Groupe Verdier",
        "Groupe Verdier <noreply@smartrecruiters.com>",
        "Accusé de réception – Responsable logistique",
        "Fri, 06 Nov 2026 11:11:00 +0100",
        """Bonjour Alex,

Nous accusons bonne réception de votre candidature au poste de Responsable logistique et vous remercions de l'intérêt porté au Groupe Verdier.

Votre dossier est en cours d'étude par nos équipes. Si votre profil correspond à nos attentes, nous vous contacterons pour convenir d'un premier échange.

L'équipe Recrutement du Groupe Verdier""",
        format="alternative",
        position="Responsable logistique",
    ),
    _m(
        "h11-conf-es-1",
        "confirmation",
        "es",
        "Cervezas Aljibe",
        "Cervezas Aljibe <noreply@candidates.workablemail.com>",
        "Hemos recibido tu candidatura",
        "Mon, 09 Nov 2026 18:20:00 +0100",
        """Hola Alex,

¡Gracias por tu interés en Cervezas Aljibe! Te confirmamos que tu candidatura para Responsable de Marketing Digital nos ha llegado correctamente.

Revisaremos tu perfil y, si encaja, te escribiremos para los siguientes pasos.

El equipo de Cervezas Aljibe""",
        position="Responsable de Marketing Digital",
    ),
    _m(
        "h11-conf-es-2",
        "confirmation",
        "es",
        "Bodegas Arrieta",
        "Bodegas Arrieta – Empleo <empleo@bodegasarrieta.es>",
        "Candidatura registrada: Analista de Ventas",
        "Tue, 10 Nov 2026 10:05:00 +0100",
        """Estimado/a Alex Morgan:

Su candidatura al puesto de Analista de Ventas ha quedado registrada en nuestro sistema con el número 2026-0871.

El proceso de selección se prolongará durante las próximas semanas. Solo nos pondremos en contacto con las personas preseleccionadas.

Atentamente,
Departamento de Personas y Cultura
Bodegas Arrieta""",
        transfer="base64",
        position="Analista de Ventas",
    ),
    # --- Offers ---------------------------------------------------------------------------
    _m(
        "h11-offer-en-1",
        "offer",
        "en",
        "Oxbow Freight",
        "Marisol Vega <marisol.vega@oxbowfreight.com>",
        "Your offer from Oxbow Freight",
        "Fri, 27 Nov 2026 16:30:00 -0600",
        """Hi Alex,

I'm delighted to let you know that the team would love for you to join Oxbow Freight as a Site Reliability Engineer!

The package is a base salary of $168,000, a 10% target bonus and equity as outlined in the attached summary. The formal letter is on its way through DocuSign; please review and sign by Friday, December 4.

Let me know if you'd like to talk anything through - I'm around all weekend.

Marisol Vega
Senior Recruiter, Oxbow Freight""",
        position="Site Reliability Engineer",
    ),
    _m(
        "h11-offer-de-1",
        "offer",
        "de",
        "Rheinblick Immobilien",
        "Rheinblick Immobilien – Personal <personal@rheinblick-immobilien.de>",
        "Vertragsangebot Immobilienkaufmann",
        "Sat, 28 Nov 2026 10:00:00 +0100",
        """Sehr geehrter Herr Morgan,

wir freuen uns sehr, Ihnen die Stelle als Immobilienkaufmann in unserem Team Vermietung anbieten zu können.

Im Anhang finden Sie den Arbeitsvertrag mit einem Jahresbruttogehalt von 52.000 € und Beginn zum 1. Februar 2027. Bitte senden Sie uns ein unterschriebenes Exemplar bis zum 11. Dezember zurück.

Für Rückfragen steht Ihnen Herr Yilmaz gern zur Verfügung.

Mit freundlichen Grüßen
Rheinblick Immobilien GmbH""",
        format="html",
        position="Immobilienkaufmann",
    ),
    _m(
        "h11-offer-fr-1",
        "offer",
        "fr",
        "Éditions Solène",
        "Sophie Garnier <s.garnier@editions-solene.fr>",
        "Proposition d'embauche – Assistant éditorial",
        "Sat, 28 Nov 2026 09:30:00 +0100",
        """Bonjour Alex,

Suite à nos échanges, j'ai le plaisir de vous proposer de rejoindre les Éditions Solène au poste d'Assistant éditorial, en CDI, à compter du 4 janvier 2027.

Vous trouverez en pièce jointe la promesse d'embauche précisant la rémunération (34 000 € bruts annuels) et les conditions. Merci de nous la retourner signée si elle vous convient.

Toute l'équipe se réjouit de travailler avec vous.

Sophie Garnier
Ressources humaines – Éditions Solène""",
        transfer="quoted-printable",
        position="Assistant éditorial",
    ),
    _m(
        "h11-offer-es-1",
        "offer",
        "es",
        "Tortuga Pagos",
        "Renata Ibarra <renata.ibarra@tortugapagos.mx>",
        "Oferta para Líder de Producto",
        "Sat, 28 Nov 2026 12:45:00 -0600",
        """Hola Alex,

¡Qué gusto escribirte esto! Después de las entrevistas, queremos ofrecerte el puesto de Líder de Producto en Tortuga Pagos.

Te adjunto la carta oferta con el salario mensual bruto, las prestaciones y la fecha de ingreso propuesta, el 11 de enero de 2027. Nos encantaría tener tu respuesta antes del 7 de diciembre.

Cualquier duda, llámame.

Un abrazo,
Renata Ibarra
Head of People – Tortuga Pagos""",
        position="Líder de Producto",
    ),
]
