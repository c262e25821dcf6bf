<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
    <context>
        <name>BilanDialog</name>
        <message>
            <source>Bilan</source>
            <translation>Bilan</translation>
        </message>
        <message>
            <source>&amp;Funding:</source>
            <translation>&amp;Financement :</translation>
        </message>
        <message>
            <source>&amp;Start:</source>
            <translation>&amp;Début :</translation>
        </message>
        <message>
            <source>Known</source>
            <translation>Connu</translation>
        </message>
        <message>
            <source>Planned hours per phase</source>
            <translation>Heures prévues par phase</translation>
        </message>
        <message>
            <source>&amp;Intake interview:</source>
            <translation>Entretien &amp;préalable :</translation>
        </message>
        <message>
            <source>&amp;Preliminary:</source>
            <translation>Phase pré&amp;liminaire :</translation>
        </message>
        <message>
            <source>In&amp;vestigation:</source>
            <translation>Phase d'in&amp;vestigation :</translation>
        </message>
        <message>
            <source>&amp;Conclusion:</source>
            <translation>Phase de &amp;conclusion :</translation>
        </message>
        <message>
            <source>F&amp;ollow-up:</source>
            <translation>Entretien de &amp;suivi :</translation>
        </message>
    </context>
    <context>
        <name>BilanService</name>
        <message>
            <source>%1 already has a bilan in progress (no. %2); close it before opening another.</source>
            <translation>%1 a déjà un bilan en cours (n° %2) ; clôturez-le avant d'en ouvrir un autre.</translation>
        </message>
    </context>
    <context>
        <name>BilanStatus</name>
        <message>
            <source>In progress</source>
            <translation>En cours</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Clos</translation>
        </message>
        <message>
            <source>Abandoned</source>
            <translation>Abandonné</translation>
        </message>
    </context>
    <context>
        <name>CareerOptionForm</name>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Intitulé :</translation>
        </message>
        <message>
            <source>A job, a function, a sector, a project</source>
            <translation>Un métier, une fonction, un secteur, un projet</translation>
        </message>
        <message>
            <source>Des&amp;cription:</source>
            <translation>Des&amp;cription :</translation>
        </message>
        <message>
            <source>What it would be, concretely</source>
            <translation>Ce que ce serait, concrètement</translation>
        </message>
        <message>
            <source>&amp;Desire:</source>
            <translation>&amp;Envie :</translation>
        </message>
        <message>
            <source> / 5</source>
            <translation> / 5</translation>
        </message>
        <message>
            <source>&amp;Feasibility:</source>
            <translation>&amp;Faisabilité :</translation>
        </message>
        <message>
            <source>Fa&amp;vourable:</source>
            <translation>Aspects fa&amp;vorables :</translation>
        </message>
        <message>
            <source>Motivations, experience, useful qualities, support, transferable competences, a lively job market…</source>
            <translation>Motivations, expérience, qualités utiles, soutiens, compétences transférables, marché du travail dynamique…</translation>
        </message>
        <message>
            <source>&amp;Unfavourable:</source>
            <translation>Aspects &amp;défavorables :</translation>
        </message>
        <message>
            <source>Gaps, level of studies, obstacles, uncertain prospects, a mismatch with priorities…</source>
            <translation>Lacunes, niveau d'études, obstacles, débouchés incertains, décalage avec les priorités…</translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation>&amp;Statut :</translation>
        </message>
        <message>
            <source>Plan &amp;B: the fallback if the main project cannot be carried out</source>
            <translation>Plan &amp;B : la solution de repli si le projet principal ne peut aboutir</translation>
        </message>
    </context>
    <context>
        <name>ClientDialog</name>
        <message>
            <source>Beneficiary</source>
            <translation>Bénéficiaire</translation>
        </message>
        <message>
            <source>&amp;Last name:</source>
            <translation>&amp;Nom :</translation>
        </message>
        <message>
            <source>&amp;First name:</source>
            <translation>&amp;Prénom :</translation>
        </message>
        <message>
            <source>&amp;E-mail:</source>
            <translation>&amp;Courriel :</translation>
        </message>
        <message>
            <source>name@example.org</source>
            <translation>nom@exemple.fr</translation>
        </message>
        <message>
            <source>&amp;Phone:</source>
            <translation>&amp;Téléphone :</translation>
        </message>
        <message>
            <source>Date of &amp;birth:</source>
            <translation>Date de n&amp;aissance :</translation>
        </message>
        <message>
            <source>dd/mm/yyyy (optional)</source>
            <translation>jj/mm/aaaa (facultatif)</translation>
        </message>
    </context>
    <context>
        <name>ClientStatus</name>
        <message>
            <source>Prospect</source>
            <translation>Prospect</translation>
        </message>
        <message>
            <source>Bilan in progress</source>
            <translation>Bilan en cours</translation>
        </message>
        <message>
            <source>Bilan ended</source>
            <translation>Bilan terminé</translation>
        </message>
    </context>
    <context>
        <name>Clock</name>
        <message>
            <source>PARCOURS_TODAY must be a date YYYY-MM-DD, not '%1'.</source>
            <translation>PARCOURS_TODAY doit être une date AAAA-MM-JJ, pas « %1 ».</translation>
        </message>
    </context>
    <context>
        <name>CompetenceForm</name>
        <message>
            <source>&amp;Competence:</source>
            <translation>&amp;Compétence :</translation>
        </message>
        <message>
            <source>What they can do, know or are, in a few words</source>
            <translation>Ce que la personne sait faire, sait ou est, en quelques mots</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Nature :</translation>
        </message>
        <message>
            <source>&amp;Domain:</source>
            <translation>&amp;Domaine :</translation>
        </message>
        <message>
            <source>&amp;Transferable to other fields of work</source>
            <translation>&amp;Transférable à d'autres univers de travail</translation>
        </message>
        <message>
            <source>Comes &amp;from:</source>
            <translation>&amp;Vient de :</translation>
        </message>
        <message>
            <source>Tick the experiences this competence comes from</source>
            <translation>Cochez les expériences d'où vient cette compétence</translation>
        </message>
        <message>
            <source>&amp;Notes:</source>
            <translation>N&amp;otes :</translation>
        </message>
        <message>
            <source>Examples, situations where it showed</source>
            <translation>Exemples, situations où elle s'est manifestée</translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <source>%1 is a folder, not a Parcours database.</source>
            <translation>%1 est un dossier, pas une base Parcours.</translation>
        </message>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>Impossible de lire %1 : %2</translation>
        </message>
        <message>
            <source>%1 is not a Parcours database (it is not an SQLite file). It was left untouched.</source>
            <translation>%1 n'est pas une base Parcours (ce n'est pas un fichier SQLite). Il n'a pas été modifié.</translation>
        </message>
        <message>
            <source>Cannot create the folder %1.</source>
            <translation>Impossible de créer le dossier %1.</translation>
        </message>
        <message>
            <source>The Qt %1 driver is not installed (Debian package %2).</source>
            <translation>Le pilote Qt %1 n'est pas installé (paquet Debian %2).</translation>
        </message>
        <message>
            <source>Cannot open the database %1: %2</source>
            <translation>Impossible d'ouvrir la base %1 : %2</translation>
        </message>
        <message>
            <source>%1 cannot be read as a database: %2</source>
            <translation>%1 ne peut pas être lu comme une base de données : %2</translation>
        </message>
        <message>
            <source>%1 is an SQLite database of another program, not a Parcours database. It was left untouched.</source>
            <translation>%1 est une base SQLite d'un autre programme, pas une base Parcours. Elle n'a pas été modifiée.</translation>
        </message>
        <message>
            <source>The change was cancelled because part of it failed.</source>
            <translation>La modification a été annulée car une partie a échoué.</translation>
        </message>
    </context>
    <context>
        <name>DatabaseLocation</name>
        <message>
            <source>The database location is empty.</source>
            <translation>L'emplacement de la base est vide.</translation>
        </message>
        <message>
            <source>'%1' is not a PostgreSQL URL of the form postgresql://user@host:port/dbname.</source>
            <translation>« %1 » n'est pas une adresse PostgreSQL de la forme postgresql://utilisateur@hôte:port/base.</translation>
        </message>
    </context>
    <context>
        <name>Document</name>
        <message>
            <source>SIRET %1</source>
            <translation>SIRET %1</translation>
        </message>
        <message>
            <source>Training provider no. %1</source>
            <translation>Déclaration d'activité n° %1</translation>
        </message>
        <message>
            <source>page %1 / %2</source>
            <translation>page %1 / %2</translation>
        </message>
    </context>
    <context>
        <name>Duration</name>
        <message>
            <source>%1 min</source>
            <translation>%1 min</translation>
        </message>
        <message>
            <source>%1 h</source>
            <translation>%1 h</translation>
        </message>
        <message>
            <source>%1 h %2</source>
            <translation>%1 h %2</translation>
        </message>
    </context>
    <context>
        <name>ExperienceForm</name>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Nature :</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Intitulé :</translation>
        </message>
        <message>
            <source>The job held, the internship, the training followed</source>
            <translation>Le poste occupé, le stage, la formation suivie</translation>
        </message>
        <message>
            <source>&amp;Organisation:</source>
            <translation>&amp;Structure :</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;Du :</translation>
        </message>
        <message>
            <source>dd/mm/yyyy, mm/yyyy or yyyy</source>
            <translation>jj/mm/aaaa, mm/aaaa ou aaaa</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;Au :</translation>
        </message>
        <message>
            <source>empty while it goes on</source>
            <translation>vide si elle se poursuit</translation>
        </message>
        <message>
            <source>What was &amp;done:</source>
            <translation>Ce qui a été &amp;fait :</translation>
        </message>
        <message>
            <source>Tasks, responsibilities, achievements</source>
            <translation>Missions, responsabilités, réalisations</translation>
        </message>
        <message>
            <source>&amp;Highs:</source>
            <translation>Les &amp;hauts :</translation>
        </message>
        <message>
            <source>Satisfactions, successes, what gave energy</source>
            <translation>Satisfactions, réussites, ce qui donnait de l'énergie</translation>
        </message>
        <message>
            <source>&amp;Lows:</source>
            <translation>Les &amp;bas :</translation>
        </message>
        <message>
            <source>Difficulties, disappointments, what wore them out</source>
            <translation>Difficultés, déceptions, ce qui usait</translation>
        </message>
        <message>
            <source>Why it &amp;changed:</source>
            <translation>&amp;Raisons du changement :</translation>
        </message>
        <message>
            <source>Why it ended or changed: choice, constraint, opportunity</source>
            <translation>Pourquoi cela s'est arrêté ou a changé : choix, contrainte, opportunité</translation>
        </message>
    </context>
    <context>
        <name>FieldInquiryForm</name>
        <message>
            <source>About the &amp;option:</source>
            <translation>&amp;Piste concernée :</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nom :</translation>
        </message>
        <message>
            <source>The professional met</source>
            <translation>La personne rencontrée</translation>
        </message>
        <message>
            <source>&amp;Job:</source>
            <translation>&amp;Métier :</translation>
        </message>
        <message>
            <source>Their job or function</source>
            <translation>Son métier ou sa fonction</translation>
        </message>
        <message>
            <source>O&amp;rganisation:</source>
            <translation>S&amp;tructure :</translation>
        </message>
        <message>
            <source>How to &amp;reach them:</source>
            <translation>&amp;Coordonnées :</translation>
        </message>
        <message>
            <source>Phone, e-mail, who introduced them</source>
            <translation>Téléphone, courriel, qui a fait le lien</translation>
        </message>
        <message>
            <source>&amp;Met on:</source>
            <translation>&amp;Rencontré le :</translation>
        </message>
        <message>
            <source>dd/mm/yyyy</source>
            <translation>jj/mm/aaaa</translation>
        </message>
        <message>
            <source>&amp;Activities:</source>
            <translation>&amp;Activités :</translation>
        </message>
        <message>
            <source>What the job is made of day to day</source>
            <translation>Ce qui fait le quotidien du métier</translation>
        </message>
        <message>
            <source>&amp;Conditions:</source>
            <translation>Con&amp;ditions :</translation>
        </message>
        <message>
            <source>Hours, place, pace, pay, team…</source>
            <translation>Horaires, lieu, rythme, rémunération, équipe…</translation>
        </message>
        <message>
            <source>&amp;Qualities required:</source>
            <translation>&amp;Qualités requises :</translation>
        </message>
        <message>
            <source>What it takes to do well</source>
            <translation>Ce qu'il faut pour y réussir</translation>
        </message>
        <message>
            <source>&amp;Training path:</source>
            <translation>Parcours de f&amp;ormation :</translation>
        </message>
        <message>
            <source>How one gets there: training, qualifications, other routes</source>
            <translation>Comment y arriver : formations, diplômes, autres voies</translation>
        </message>
        <message>
            <source>Job mar&amp;ket:</source>
            <translation>Marc&amp;hé du travail :</translation>
        </message>
        <message>
            <source>Hiring, where, how to find a first position</source>
            <translation>Recrutements, où, comment trouver un premier poste</translation>
        </message>
    </context>
    <context>
        <name>Funding</name>
        <message>
            <source>CPF</source>
            <translation>CPF</translation>
        </message>
        <message>
            <source>Employer</source>
            <translation>Employeur</translation>
        </message>
        <message>
            <source>France Travail</source>
            <translation>France Travail</translation>
        </message>
        <message>
            <source>Personal</source>
            <translation>Personnel</translation>
        </message>
    </context>
    <context>
        <name>Hours</name>
        <message>
            <source>The hours of a phase cannot be negative.</source>
            <translation>Les heures d'une phase ne peuvent pas être négatives.</translation>
        </message>
        <message>
            <source>Preliminary, investigation and conclusion add up to %1, over the legal cap of %2.</source>
            <translation>Préliminaire, investigation et conclusion totalisent %1, au-delà du plafond légal de %2.</translation>
        </message>
        <message>
            <source>This would bring the bilan to %1 of sessions, over the legal cap of %2 (%3 already committed).</source>
            <translation>Le bilan passerait à %1 de séances, au-delà du plafond légal de %2 (%3 déjà engagées).</translation>
        </message>
    </context>
    <context>
        <name>InquiryGuide</name>
        <message>
            <source>Meeting a professional: interview guide</source>
            <translation>Rencontrer un professionnel : guide d'entretien</translation>
        </message>
        <message>
            <source>Prepared for %1</source>
            <translation>Préparé pour %1</translation>
        </message>
        <message>
            <source>Option explored: %1 — prepared for %2</source>
            <translation>Piste explorée : %1 — préparé pour %2</translation>
        </message>
        <message>
            <source>Talking with people who do the job is the surest way to check the picture you have of it against everyday reality, and to start a network in the field. This guide helps you prepare the meeting and keep track of what you learn.</source>
            <translation>Échanger avec des personnes qui exercent le métier est le moyen le plus sûr de confronter l'idée que vous vous en faites à la réalité du quotidien, et de commencer à tisser un réseau dans ce secteur. Ce guide vous aide à préparer la rencontre et à garder trace de ce que vous y apprenez.</translation>
        </message>
        <message>
            <source>Before the meeting</source>
            <translation>Avant la rencontre</translation>
        </message>
        <message>
            <source>Say who you are and why you are asking: you are exploring this job as part of a bilan de compétences, not applying for a position.</source>
            <translation>Présentez-vous et dites pourquoi vous sollicitez cet échange : vous explorez ce métier dans le cadre d'un bilan de compétences, vous ne postulez pas à un emploi.</translation>
        </message>
        <message>
            <source>Ask for 30 to 45 minutes, at their workplace if you can.</source>
            <translation>Demandez 30 à 45 minutes, sur le lieu de travail si possible.</translation>
        </message>
        <message>
            <source>Find out about the organisation beforehand and mark the questions that matter most to you.</source>
            <translation>Renseignez-vous sur la structure à l'avance et repérez les questions qui comptent le plus pour vous.</translation>
        </message>
        <message>
            <source>The person you meet</source>
            <translation>La personne rencontrée</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Job</source>
            <translation>Métier</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Structure</translation>
        </message>
        <message>
            <source>How to reach them</source>
            <translation>Comment la joindre</translation>
        </message>
        <message>
            <source>Date of the meeting</source>
            <translation>Date de la rencontre</translation>
        </message>
        <message>
            <source>The activities</source>
            <translation>Les activités</translation>
        </message>
        <message>
            <source>What does an ordinary day or week look like?</source>
            <translation>À quoi ressemble une journée ou une semaine ordinaire ?</translation>
        </message>
        <message>
            <source>Which tasks take the most time? Which do you prefer?</source>
            <translation>Quelles tâches prennent le plus de temps ? Lesquelles préférez-vous ?</translation>
        </message>
        <message>
            <source>Working conditions</source>
            <translation>Les conditions de travail</translation>
        </message>
        <message>
            <source>Hours, place, pace, travel, physical demands?</source>
            <translation>Horaires, lieu, rythme, déplacements, exigences physiques ?</translation>
        </message>
        <message>
            <source>Working alone or in a team? Employed or self-employed? What pay can a beginner expect?</source>
            <translation>En autonomie ou en équipe ? Salariat ou activité indépendante ? Quelle rémunération en début de carrière ?</translation>
        </message>
        <message>
            <source>Qualities required</source>
            <translation>Les qualités requises</translation>
        </message>
        <message>
            <source>Which qualities matter most in this job?</source>
            <translation>Quelles qualités comptent le plus dans ce métier ?</translation>
        </message>
        <message>
            <source>What makes people thrive in it, or leave it?</source>
            <translation>Qu'est-ce qui fait qu'on s'y épanouit, ou qu'on le quitte ?</translation>
        </message>
        <message>
            <source>Training path</source>
            <translation>Le parcours de formation</translation>
        </message>
        <message>
            <source>What path led you to this job?</source>
            <translation>Quel a été votre parcours jusqu'à ce métier ?</translation>
        </message>
        <message>
            <source>Which training or qualifications are expected? Are there other routes (apprenticeship, VAE, learning on the job)?</source>
            <translation>Quelles formations ou quels diplômes sont attendus ? Existe-t-il d'autres voies (apprentissage, VAE, formation sur le terrain) ?</translation>
        </message>
        <message>
            <source>The job market</source>
            <translation>Le marché du travail</translation>
        </message>
        <message>
            <source>Are people being hired? Where, and by which organisations?</source>
            <translation>Recrute-t-on ? Où, et dans quelles structures ?</translation>
        </message>
        <message>
            <source>How does one find a first position? Whom else would you advise me to meet?</source>
            <translation>Comment trouve-t-on un premier poste ? Qui d'autre me conseilleriez-vous de rencontrer ?</translation>
        </message>
        <message>
            <source>After the meeting</source>
            <translation>Après la rencontre</translation>
        </message>
        <message>
            <source>Your impressions: what surprised, attracted or put you off</source>
            <translation>Vos impressions : surprises, attraits, réserves</translation>
        </message>
        <message>
            <source>Send a word of thanks within a few days, and bring this guide to your next session.</source>
            <translation>Adressez un mot de remerciement dans les jours qui suivent, et apportez ce guide à votre prochaine séance.</translation>
        </message>
        <message>
            <source>Working document of the bilan</source>
            <translation>Document de travail du bilan</translation>
        </message>
        <message>
            <source>The questions</source>
            <translation>Les questions</translation>
        </message>
    </context>
    <context>
        <name>Investigation</name>
        <message>
            <source>Job</source>
            <translation>Poste</translation>
        </message>
        <message>
            <source>Internship</source>
            <translation>Stage</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Formation</translation>
        </message>
        <message>
            <source>Know-how</source>
            <translation>Savoir-faire</translation>
        </message>
        <message>
            <source>Knowledge</source>
            <translation>Savoirs</translation>
        </message>
        <message>
            <source>Personal qualities</source>
            <translation>Savoir-être</translation>
        </message>
        <message>
            <source>Relational</source>
            <translation>Relationnel</translation>
        </message>
        <message>
            <source>Technical</source>
            <translation>Technique</translation>
        </message>
        <message>
            <source>Organisational</source>
            <translation>Organisationnel</translation>
        </message>
        <message>
            <source>Other domain</source>
            <translation>Autre domaine</translation>
        </message>
        <message>
            <source>Fundamental criteria</source>
            <translation>Critères fondamentaux</translation>
        </message>
        <message>
            <source>Room for concession</source>
            <translation>Zone de concession</translation>
        </message>
        <message>
            <source>Colleague</source>
            <translation>Collègue</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>Responsable hiérarchique</translation>
        </message>
        <message>
            <source>Team member</source>
            <translation>Membre de l'équipe</translation>
        </message>
        <message>
            <source>Client or partner</source>
            <translation>Client ou partenaire</translation>
        </message>
        <message>
            <source>Friend</source>
            <translation>Ami ou amie</translation>
        </message>
        <message>
            <source>Family</source>
            <translation>Famille</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Autre</translation>
        </message>
        <message>
            <source>Explored</source>
            <translation>Explorée</translation>
        </message>
        <message>
            <source>Kept</source>
            <translation>Retenue</translation>
        </message>
        <message>
            <source>Set aside</source>
            <translation>Écartée</translation>
        </message>
    </context>
    <context>
        <name>InvestigationEdits</name>
        <message>
            <source>the experience</source>
            <translation>l'expérience</translation>
        </message>
        <message>
            <source>the competence</source>
            <translation>la compétence</translation>
        </message>
        <message>
            <source>the criterion</source>
            <translation>le critère</translation>
        </message>
        <message>
            <source>the answers of a respondent</source>
            <translation>les réponses d'une personne</translation>
        </message>
        <message>
            <source>the test</source>
            <translation>le test</translation>
        </message>
        <message>
            <source>the option</source>
            <translation>la piste</translation>
        </message>
        <message>
            <source>the inquiry</source>
            <translation>l'enquête</translation>
        </message>
        <message>
            <source>the resource</source>
            <translation>la ressource</translation>
        </message>
        <message>
            <source>edit %1</source>
            <translation>modifier %1</translation>
        </message>
        <message>
            <source>edit the values and motivations</source>
            <translation>modifier les valeurs et motivations</translation>
        </message>
        <message>
            <source>add %1</source>
            <translation>ajouter %1</translation>
        </message>
        <message>
            <source>delete %1</source>
            <translation>supprimer %1</translation>
        </message>
        <message>
            <source>move a criterion</source>
            <translation>déplacer un critère</translation>
        </message>
        <message>
            <source>choose the plan B</source>
            <translation>choisir le plan B</translation>
        </message>
        <message>
            <source>add the domain “%1”</source>
            <translation>ajouter le domaine « %1 »</translation>
        </message>
        <message>
            <source>remove the domain “%1”</source>
            <translation>retirer le domaine « %1 »</translation>
        </message>
        <message>
            <source>attach the report file</source>
            <translation>joindre le compte rendu</translation>
        </message>
        <message>
            <source>remove the report file</source>
            <translation>retirer le compte rendu</translation>
        </message>
    </context>
    <context>
        <name>InvestigationJson</name>
        <message>
            <source>Expected an object.</source>
            <translation>Un objet est attendu.</translation>
        </message>
        <message>
            <source>Unknown key.</source>
            <translation>Clé inconnue.</translation>
        </message>
        <message>
            <source>This key is required.</source>
            <translation>Cette clé est obligatoire.</translation>
        </message>
        <message>
            <source>Expected a string.</source>
            <translation>Une chaîne de caractères est attendue.</translation>
        </message>
        <message>
            <source>Expected a whole number or null.</source>
            <translation>Un nombre entier ou null est attendu.</translation>
        </message>
        <message>
            <source>Expected a whole number.</source>
            <translation>Un nombre entier est attendu.</translation>
        </message>
        <message>
            <source>An id is a positive whole number.</source>
            <translation>Un identifiant est un nombre entier positif.</translation>
        </message>
        <message>
            <source>Expected true or false.</source>
            <translation>true ou false est attendu.</translation>
        </message>
        <message>
            <source>Expected a date (YYYY-MM-DD) or null.</source>
            <translation>Une date (AAAA-MM-JJ) ou null est attendue.</translation>
        </message>
        <message>
            <source>Expected one of: %1.</source>
            <translation>Valeurs possibles : %1.</translation>
        </message>
        <message>
            <source>Expected an array.</source>
            <translation>Un tableau est attendu.</translation>
        </message>
        <message>
            <source>A rank is 1 or more.</source>
            <translation>Un rang vaut 1 ou plus.</translation>
        </message>
        <message>
            <source>This is not base64.</source>
            <translation>Ce n'est pas du base64.</translation>
        </message>
        <message>
            <source>The size does not match the content (%1 bytes).</source>
            <translation>La taille ne correspond pas au contenu (%1 octets).</translation>
        </message>
        <message>
            <source>Not valid JSON (at byte %1): %2.</source>
            <translation>JSON invalide (à l'octet %1) : %2.</translation>
        </message>
        <message>
            <source>Expected "%1".</source>
            <translation>« %1 » est attendu.</translation>
        </message>
        <message>
            <source>This version of Parcours reads version %1 documents.</source>
            <translation>Cette version de Parcours lit les documents de version %1.</translation>
        </message>
    </context>
    <context>
        <name>InvestigationRules</name>
        <message>
            <source>This id is used twice in the same list.</source>
            <translation>Cet identifiant figure deux fois dans la même liste.</translation>
        </message>
        <message>
            <source>A domain name has no leading, trailing or repeated spaces.</source>
            <translation>Un nom de domaine ne commence ni ne finit par une espace et n'en contient pas plusieurs à la suite.</translation>
        </message>
        <message>
            <source>Criteria are ranked 1, 2, 3… in each zone, without gaps or ties.</source>
            <translation>Les critères sont classés 1, 2, 3… dans chaque zone, sans trou ni ex æquo.</translation>
        </message>
        <message>
            <source>No experience has this id.</source>
            <translation>Aucune expérience n'a cet identifiant.</translation>
        </message>
        <message>
            <source>This domain is not in the list of custom domains.</source>
            <translation>Ce domaine ne figure pas dans la liste des domaines ajoutés.</translation>
        </message>
        <message>
            <source>No career option has this id.</source>
            <translation>Aucune piste n'a cet identifiant.</translation>
        </message>
        <message>
            <source>The checksum does not match the file's content.</source>
            <translation>La somme de contrôle ne correspond pas au contenu du fichier.</translation>
        </message>
        <message>
            <source>Only one option can be the plan B (“%1” already is).</source>
            <translation>Une seule piste peut être le plan B (« %1 » l'est déjà).</translation>
        </message>
        <message>
            <source>This field is too long (%1 characters at most).</source>
            <translation>Ce champ est trop long (%1 caractères au plus).</translation>
        </message>
        <message>
            <source>This text is too long (%1 characters at most).</source>
            <translation>Ce texte est trop long (%1 caractères au plus).</translation>
        </message>
        <message>
            <source>Say what the experience was (a job, an internship, a training).</source>
            <translation>Indiquez de quelle expérience il s'agit (un poste, un stage, une formation).</translation>
        </message>
        <message>
            <source>The end date is before the start date.</source>
            <translation>La date de fin précède la date de début.</translation>
        </message>
        <message>
            <source>Name the competence.</source>
            <translation>Nommez la compétence.</translation>
        </message>
        <message>
            <source>Choose the domain this competence belongs to.</source>
            <translation>Choisissez le domaine de cette compétence.</translation>
        </message>
        <message>
            <source>Only a competence of another domain names its own domain.</source>
            <translation>Seule une compétence d'un autre domaine nomme son propre domaine.</translation>
        </message>
        <message>
            <source>Name the criterion.</source>
            <translation>Nommez le critère.</translation>
        </message>
        <message>
            <source>A rank is 1 or more.</source>
            <translation>Un rang vaut 1 ou plus.</translation>
        </message>
        <message>
            <source>Say who answered (a first name or initials are enough).</source>
            <translation>Indiquez qui a répondu (un prénom ou des initiales suffisent).</translation>
        </message>
        <message>
            <source>Name the test or instrument.</source>
            <translation>Nommez le test ou l'outil.</translation>
        </message>
        <message>
            <source>Give the option a title.</source>
            <translation>Donnez un intitulé à la piste.</translation>
        </message>
        <message>
            <source>Desire is scored from %1 to %2.</source>
            <translation>L'envie se note de %1 à %2.</translation>
        </message>
        <message>
            <source>Feasibility is scored from %1 to %2.</source>
            <translation>La faisabilité se note de %1 à %2.</translation>
        </message>
        <message>
            <source>An aspect cannot be empty.</source>
            <translation>Un aspect ne peut pas être vide.</translation>
        </message>
        <message>
            <source>This aspect is too long.</source>
            <translation>Cet aspect est trop long.</translation>
        </message>
        <message>
            <source>An option set aside cannot be the plan B.</source>
            <translation>Une piste écartée ne peut pas être le plan B.</translation>
        </message>
        <message>
            <source>Say whom the beneficiary met: a name or at least their job.</source>
            <translation>Indiquez qui a été rencontré : un nom ou au moins son métier.</translation>
        </message>
        <message>
            <source>Name the resource.</source>
            <translation>Nommez la ressource.</translation>
        </message>
        <message>
            <source>Name the domain.</source>
            <translation>Nommez le domaine.</translation>
        </message>
        <message>
            <source>A domain name is 60 characters at most.</source>
            <translation>Un nom de domaine compte 60 caractères au plus.</translation>
        </message>
        <message>
            <source>The domain “%1” is already there.</source>
            <translation>Le domaine « %1 » existe déjà.</translation>
        </message>
        <message>
            <source>“%1” is already the plan B: a bilan has one plan B at most.</source>
            <translation>« %1 » est déjà le plan B : un bilan a un seul plan B.</translation>
        </message>
        <message>
            <source>The report file needs a name.</source>
            <translation>Le fichier du compte rendu doit avoir un nom.</translation>
        </message>
        <message>
            <source>The file “%1” is empty.</source>
            <translation>Le fichier « %1 » est vide.</translation>
        </message>
        <message>
            <source>The file “%1” is too big (%2 MB at most).</source>
            <translation>Le fichier « %1 » est trop volumineux (%2 Mo au plus).</translation>
        </message>
        <message>
            <source>The file “%1” is not the kind its name says (.%2).</source>
            <translation>Le contenu du fichier « %1 » ne correspond pas à son extension (.%2).</translation>
        </message>
        <message>
            <source>Only PDF files, images (PNG, JPEG) and office documents can be attached, not “%1”.</source>
            <translation>Seuls les PDF, les images (PNG, JPEG) et les documents bureautiques peuvent être joints, pas « %1 ».</translation>
        </message>
    </context>
    <context>
        <name>InvestigationService</name>
        <message>
            <source>A competence can only come from an experience of the same bilan.</source>
            <translation>Une compétence ne peut venir que d'une expérience du même bilan.</translation>
        </message>
        <message>
            <source>Add the domain “%1” before classing a competence in it.</source>
            <translation>Ajoutez le domaine « %1 » avant d'y classer une compétence.</translation>
        </message>
        <message>
            <source>An inquiry can only be about an option of the same bilan.</source>
            <translation>Une enquête ne peut porter que sur une piste du même bilan.</translation>
        </message>
        <message>
            <source>A record cannot move to another bilan.</source>
            <translation>Un élément ne peut pas changer de bilan.</translation>
        </message>
        <message>
            <source>A criterion changes place by being moved, not edited.</source>
            <translation>Un critère change de place quand on le déplace, pas quand on le modifie.</translation>
        </message>
        <message numerus="yes">
            <source>The domain “%1” still holds %n competence(s): class them elsewhere first.</source>
            <translation>
                <numerusform>Le domaine « %1 » contient encore %n compétence : classez-la d'abord ailleurs.</numerusform>
                <numerusform>Le domaine « %1 » contient encore %n compétences : classez-les d'abord ailleurs.</numerusform>
            </translation>
        </message>
        <message>
            <source>The criteria changed meanwhile; nothing was moved.</source>
            <translation>Les critères ont changé entre-temps ; rien n'a été déplacé.</translation>
        </message>
        <message>
            <source>This option is not one of the bilan's.</source>
            <translation>Cette piste n'appartient pas au bilan.</translation>
        </message>
        <message>
            <source>An option set aside cannot be the plan B.</source>
            <translation>Une piste écartée ne peut pas être le plan B.</translation>
        </message>
        <message>
            <source>The stored report “%1” is damaged (its checksum no longer matches); attach it again.</source>
            <translation>Le compte rendu enregistré « %1 » est endommagé (sa somme de contrôle ne correspond plus) ; joignez-le à nouveau.</translation>
        </message>
    </context>
    <context>
        <name>Migrator</name>
        <message>
            <source>Cannot read the migration %1.</source>
            <translation>Impossible de lire l'étape de schéma %1.</translation>
        </message>
        <message>
            <source>Migration %1 is out of sequence.</source>
            <translation>L'étape de schéma %1 n'est pas dans l'ordre.</translation>
        </message>
        <message>
            <source>This database was written by a newer version of Parcours (schema %1; this version knows up to %2). Update Parcours to open it; nothing was changed.</source>
            <translation>Cette base a été écrite par une version plus récente de Parcours (schéma %1 ; cette version connaît jusqu'au schéma %2). Mettez Parcours à jour pour l'ouvrir ; rien n'a été modifié.</translation>
        </message>
        <message>
            <source>Schema step %1 failed: %2</source>
            <translation>L'étape de schéma %1 a échoué : %2</translation>
        </message>
    </context>
    <context>
        <name>PdfWriter</name>
        <message>
            <source>The PDF could not be written: %1</source>
            <translation>Le PDF n'a pas pu être écrit : %1</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Impossible d'écrire %1 : %2</translation>
        </message>
    </context>
    <context>
        <name>PeerFeedbackForm</name>
        <message>
            <source>&amp;Respondent:</source>
            <translation>&amp;Personne :</translation>
        </message>
        <message>
            <source>A first name or initials</source>
            <translation>Un prénom ou des initiales</translation>
        </message>
        <message>
            <source>Re&amp;lation:</source>
            <translation>&amp;Lien :</translation>
        </message>
        <message>
            <source>Recei&amp;ved on:</source>
            <translation>Re&amp;çu le :</translation>
        </message>
        <message>
            <source>dd/mm/yyyy</source>
            <translation>jj/mm/aaaa</translation>
        </message>
        <message>
            <source>&amp;With others:</source>
            <translation>&amp;Avec les autres :</translation>
        </message>
        <message>
            <source>1. Their way of being with others</source>
            <translation>1. Sa façon d'être avec les autres</translation>
        </message>
        <message>
            <source>&amp;Strengths:</source>
            <translation>Points &amp;forts :</translation>
        </message>
        <message>
            <source>2. What they do best</source>
            <translation>2. Ce qui lui réussit le mieux</translation>
        </message>
        <message>
            <source>&amp;Vigilance:</source>
            <translation>&amp;Vigilance :</translation>
        </message>
        <message>
            <source>3. What could stand in their way</source>
            <translation>3. Ce qui pourrait lui faire obstacle</translation>
        </message>
        <message>
            <source>&amp;Could picture them as:</source>
            <translation>L'&amp;imagine en :</translation>
        </message>
        <message>
            <source>4. Activities, roles or jobs</source>
            <translation>4. Activités, rôles ou métiers</translation>
        </message>
        <message>
            <source>Three &amp;words:</source>
            <translation>&amp;Trois mots :</translation>
        </message>
        <message>
            <source>5. Separated by commas</source>
            <translation>5. Séparés par des virgules</translation>
        </message>
    </context>
    <context>
        <name>PeerQuestionnaire</name>
        <message>
            <source>How others see me</source>
            <translation>Le regard des autres</translation>
        </message>
        <message>
            <source>A questionnaire for the people who know %1</source>
            <translation>Questionnaire pour les personnes qui connaissent %1</translation>
        </message>
        <message>
            <source>%1 is taking stock of their skills and career (a bilan de compétences) and would like to know how you see them, at work or in everyday life. There are no right or wrong answers: say what you have noticed, in your own words. A few lines are enough.</source>
            <translation>%1 fait le point sur ses compétences et son parcours (un bilan de compétences) et souhaite connaître le regard que vous portez sur sa façon d'être, au travail ou dans la vie de tous les jours. Il n'y a pas de bonne ou de mauvaise réponse : dites ce que vous avez observé, avec vos mots. Quelques lignes suffisent.</translation>
        </message>
        <message>
            <source>About you</source>
            <translation>À propos de vous</translation>
        </message>
        <message>
            <source>Your first name</source>
            <translation>Votre prénom</translation>
        </message>
        <message>
            <source>Since when you have known %1</source>
            <translation>Depuis quand vous connaissez %1</translation>
        </message>
        <message>
            <source>How you know %1:</source>
            <translation>Votre lien avec %1 :</translation>
        </message>
        <message>
            <source>1. How would you describe their way of being with others?</source>
            <translation>1. Comment décririez-vous sa façon d'être avec les autres ?</translation>
        </message>
        <message>
            <source>2. What are their strengths, in your view? What do they do best?</source>
            <translation>2. Quels sont, selon vous, ses points forts ? Qu'est-ce qui lui réussit le mieux ?</translation>
        </message>
        <message>
            <source>3. What should they watch out for? What could stand in their way?</source>
            <translation>3. Quels points de vigilance voyez-vous ? Qu'est-ce qui pourrait lui faire obstacle ?</translation>
        </message>
        <message>
            <source>4. In which activities, roles or jobs could you picture them?</source>
            <translation>4. Dans quelles activités, quels rôles ou quels métiers l'imaginez-vous ?</translation>
        </message>
        <message>
            <source>5. Three words that suit them, for you</source>
            <translation>5. Trois mots qui, pour vous, lui correspondent</translation>
        </message>
        <message>
            <source>Thank you for your time. Please give your answers back to %1, on paper or by e-mail: only %1 and the consultant who accompanies the bilan will read them.</source>
            <translation>Merci du temps que vous y avez consacré. Remettez vos réponses à %1, sur papier ou par courriel : seuls %1 et la personne qui l'accompagne dans son bilan les liront.</translation>
        </message>
        <message>
            <source>Confidential</source>
            <translation>Confidentiel</translation>
        </message>
    </context>
    <context>
        <name>Phase</name>
        <message>
            <source>Intake interview</source>
            <translation>Entretien préalable</translation>
        </message>
        <message>
            <source>Preliminary</source>
            <translation>Préliminaire</translation>
        </message>
        <message>
            <source>Investigation</source>
            <translation>Investigation</translation>
        </message>
        <message>
            <source>Conclusion</source>
            <translation>Conclusion</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Suivi</translation>
        </message>
        <message>
            <source>Intake</source>
            <comment>one word, for the timeline</comment>
            <translation>Préalable</translation>
        </message>
    </context>
    <context>
        <name>QObject</name>
        <message>
            <source>Parcours</source>
            <translation>Parcours</translation>
        </message>
        <message>
            <source>Parcours is already open on %1.</source>
            <translation>Parcours est déjà ouvert sur %1.</translation>
        </message>
        <message>
            <source>The database cannot be opened.

%1</source>
            <translation>La base de données ne peut pas être ouverte.

%1</translation>
        </message>
    </context>
    <context>
        <name>ResourceForm</name>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Intitulé :</translation>
        </message>
        <message>
            <source>A job description, a training, a study, a fair…</source>
            <translation>Une fiche métier, une formation, une étude, un salon…</translation>
        </message>
        <message>
            <source>&amp;Where:</source>
            <translation>&amp;Où :</translation>
        </message>
        <message>
            <source>A web address, a book, a place</source>
            <translation>Une adresse web, un livre, un lieu</translation>
        </message>
        <message>
            <source>&amp;Consulted on:</source>
            <translation>&amp;Consulté le :</translation>
        </message>
        <message>
            <source>dd/mm/yyyy</source>
            <translation>jj/mm/aaaa</translation>
        </message>
        <message>
            <source>&amp;Notes:</source>
            <translation>&amp;Notes :</translation>
        </message>
        <message>
            <source>What was learnt there, what to follow up</source>
            <translation>Ce qui y a été appris, ce qui reste à creuser</translation>
        </message>
    </context>
    <context>
        <name>SessionDialog</name>
        <message>
            <source>Session</source>
            <translation>Séance</translation>
        </message>
        <message>
            <source>P&amp;hase:</source>
            <translation>P&amp;hase :</translation>
        </message>
        <message>
            <source>&amp;Date and time:</source>
            <translation>&amp;Date et heure :</translation>
        </message>
        <message>
            <source>&amp;Planned length:</source>
            <translation>Durée &amp;prévue :</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Compte rendu</translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation>&amp;Statut :</translation>
        </message>
        <message>
            <source>&amp;Actual length:</source>
            <translation>Durée &amp;réelle :</translation>
        </message>
        <message>
            <source>&amp;Notes:</source>
            <translation>&amp;Notes :</translation>
        </message>
        <message>
            <source>What was worked on, what the beneficiary takes away (confidential)</source>
            <translation>Ce qui a été travaillé, ce que la personne en retient (confidentiel)</translation>
        </message>
    </context>
    <context>
        <name>SessionEdits</name>
        <message>
            <source>add the session of %1</source>
            <translation>ajouter la séance du %1</translation>
        </message>
        <message>
            <source>log the session of %1</source>
            <translation>consigner la séance du %1</translation>
        </message>
        <message>
            <source>edit the session of %1</source>
            <translation>modifier la séance du %1</translation>
        </message>
        <message>
            <source>delete the session of %1</source>
            <translation>supprimer la séance du %1</translation>
        </message>
    </context>
    <context>
        <name>SessionService</name>
        <message>
            <source>This bilan was abandoned: its sessions can no longer change.</source>
            <translation>Ce bilan a été abandonné : ses séances ne peuvent plus changer.</translation>
        </message>
        <message>
            <source>This bilan is closed: only its follow-up can still be planned.</source>
            <translation>Ce bilan est clos : seul l'entretien de suivi peut encore être planifié.</translation>
        </message>
        <message>
            <source>A session cannot move to another bilan.</source>
            <translation>Une séance ne peut pas passer à un autre bilan.</translation>
        </message>
    </context>
    <context>
        <name>SessionStatus</name>
        <message>
            <source>Planned</source>
            <translation>Prévue</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Faite</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Annulée</translation>
        </message>
        <message>
            <source>No-show</source>
            <translation>Absence</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>Consultant's name, as printed on documents</source>
            <translation>Nom du consultant, tel qu'imprimé sur les documents</translation>
        </message>
        <message>
            <source>Title or profession (e.g. career counsellor, psychologist)</source>
            <translation>Titre ou profession (par exemple conseillère en bilan, psychologue)</translation>
        </message>
        <message>
            <source>Postal address of the practice</source>
            <translation>Adresse postale du cabinet</translation>
        </message>
        <message>
            <source>Phone number of the practice</source>
            <translation>Téléphone du cabinet</translation>
        </message>
        <message>
            <source>E-mail address of the practice</source>
            <translation>Courriel du cabinet</translation>
        </message>
        <message>
            <source>SIRET number (14 digits)</source>
            <translation>Numéro SIRET (14 chiffres)</translation>
        </message>
        <message>
            <source>Training provider declaration number (11 digits)</source>
            <translation>Numéro de déclaration d'activité (11 chiffres)</translation>
        </message>
        <message>
            <source>Time zone of the sessions' times</source>
            <translation>Fuseau horaire des heures de séance</translation>
        </message>
        <message>
            <source>Start of the working day</source>
            <translation>Début de la journée de travail</translation>
        </message>
        <message>
            <source>End of the working day</source>
            <translation>Fin de la journée de travail</translation>
        </message>
        <message>
            <source>Working days</source>
            <translation>Jours travaillés</translation>
        </message>
        <message>
            <source>Unknown setting '%1'.</source>
            <translation>Paramètre inconnu « %1 ».</translation>
        </message>
        <message>
            <source>The value is too long (500 characters at most).</source>
            <translation>La valeur est trop longue (500 caractères au plus).</translation>
        </message>
        <message>
            <source>This e-mail address is not valid.</source>
            <translation>Cette adresse de courriel n'est pas valide.</translation>
        </message>
        <message>
            <source>A phone number holds digits, spaces, dots, dashes and a leading +.</source>
            <translation>Un numéro de téléphone contient des chiffres, des espaces, des points, des tirets et un + initial.</translation>
        </message>
        <message>
            <source>A SIRET number has 14 digits.</source>
            <translation>Un numéro SIRET compte 14 chiffres.</translation>
        </message>
        <message>
            <source>A declaration number has 11 digits.</source>
            <translation>Un numéro de déclaration d'activité compte 11 chiffres.</translation>
        </message>
        <message>
            <source>A time is written HH:MM, for example 09:30.</source>
            <translation>Une heure s'écrit HH:MM, par exemple 09:30.</translation>
        </message>
        <message>
            <source>Unknown time zone '%1' (for example Europe/Paris).</source>
            <translation>Fuseau horaire inconnu « %1 » (par exemple Europe/Paris).</translation>
        </message>
        <message>
            <source>Working days are listed as mon,tue,wed,thu,fri,sat,sun.</source>
            <translation>Les jours travaillés s'écrivent mon,tue,wed,thu,fri,sat,sun.</translation>
        </message>
        <message>
            <source>Expected true or false.</source>
            <translation>Valeur attendue : true ou false.</translation>
        </message>
        <message>
            <source>Language of printed documents (fr or en)</source>
            <translation>Langue des documents imprimés (fr ou en)</translation>
        </message>
        <message>
            <source>Documents are written in fr (French) or en (English).</source>
            <translation>Les documents s'écrivent en fr (français) ou en (anglais).</translation>
        </message>
    </context>
    <context>
        <name>Storage</name>
        <message>
            <source>bilan</source>
            <translation>bilan</translation>
        </message>
        <message>
            <source>No %1 with id %2.</source>
            <translation>Introuvable : %1 n° %2.</translation>
        </message>
        <message>
            <source>This %1 was changed by someone else since you opened it.</source>
            <translation>Cet enregistrement (%1) a été modifié par quelqu'un d'autre depuis que vous l'avez ouvert.</translation>
        </message>
        <message>
            <source>client</source>
            <translation>bénéficiaire</translation>
        </message>
        <message>
            <source>The database did not return the new record's id.</source>
            <translation>La base n'a pas renvoyé l'identifiant du nouvel enregistrement.</translation>
        </message>
        <message>
            <source>The database refused the change (%1).</source>
            <translation>La base a refusé la modification (%1).</translation>
        </message>
        <message>
            <source>Database error: %1</source>
            <translation>Erreur de la base de données : %1</translation>
        </message>
        <message>
            <source>session</source>
            <translation>séance</translation>
        </message>
        <message>
            <source>experience</source>
            <translation>expérience</translation>
        </message>
        <message>
            <source>competence</source>
            <translation>compétence</translation>
        </message>
        <message>
            <source>criterion</source>
            <translation>critère</translation>
        </message>
        <message>
            <source>answer</source>
            <translation>réponse</translation>
        </message>
        <message>
            <source>test result</source>
            <translation>résultat de test</translation>
        </message>
        <message>
            <source>career option</source>
            <translation>piste</translation>
        </message>
        <message>
            <source>field inquiry</source>
            <translation>enquête métier</translation>
        </message>
        <message>
            <source>resource</source>
            <translation>ressource</translation>
        </message>
        <message>
            <source>These texts were changed by someone else since you opened them.</source>
            <translation>Ces textes ont été modifiés par quelqu'un d'autre depuis que vous les avez ouverts.</translation>
        </message>
        <message>
            <source>This test has no report file.</source>
            <translation>Ce test n'a pas de compte rendu joint.</translation>
        </message>
    </context>
    <context>
        <name>TestResultForm</name>
        <message>
            <source>&amp;Instrument:</source>
            <translation>&amp;Outil :</translation>
        </message>
        <message>
            <source>PerformanSe Echo, interest inventory…</source>
            <translation>PerformanSe Echo, inventaire d'intérêts…</translation>
        </message>
        <message>
            <source>Ta&amp;ken on:</source>
            <translation>&amp;Passé le :</translation>
        </message>
        <message>
            <source>dd/mm/yyyy</source>
            <translation>jj/mm/aaaa</translation>
        </message>
        <message>
            <source>&amp;Summary:</source>
            <translation>&amp;Synthèse :</translation>
        </message>
        <message>
            <source>What the results say, in your words, and how they echo the options</source>
            <translation>Ce que disent les résultats, avec vos mots, et leur écho avec les pistes</translation>
        </message>
        <message>
            <source>Report file:</source>
            <translation>Compte rendu :</translation>
        </message>
        <message>
            <source>No file attached</source>
            <translation>Aucun fichier joint</translation>
        </message>
        <message>
            <source>&amp;Attach…</source>
            <translation>&amp;Joindre…</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>Ou&amp;vrir</translation>
        </message>
        <message>
            <source>Re&amp;move</source>
            <translation>&amp;Retirer</translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <source>The last name is required.</source>
            <translation>Le nom est obligatoire.</translation>
        </message>
        <message>
            <source>The last name is too long (100 characters at most).</source>
            <translation>Le nom est trop long (100 caractères au plus).</translation>
        </message>
        <message>
            <source>The first name is required.</source>
            <translation>Le prénom est obligatoire.</translation>
        </message>
        <message>
            <source>The first name is too long (100 characters at most).</source>
            <translation>Le prénom est trop long (100 caractères au plus).</translation>
        </message>
        <message>
            <source>This e-mail address is not valid.</source>
            <translation>Cette adresse de courriel n'est pas valide.</translation>
        </message>
        <message>
            <source>A phone number holds digits, spaces, dots, dashes and a leading +.</source>
            <translation>Un numéro de téléphone contient des chiffres, des espaces, des points, des tirets et un + initial.</translation>
        </message>
        <message>
            <source>The date of birth cannot be in the future.</source>
            <translation>La date de naissance ne peut pas être dans le futur.</translation>
        </message>
        <message>
            <source>The end date is before the start date.</source>
            <translation>La date de fin est antérieure à la date de début.</translation>
        </message>
        <message>
            <source>The date and time of the session are required.</source>
            <translation>La date et l'heure de la séance sont obligatoires.</translation>
        </message>
        <message>
            <source>A session lasts between %1 and %2.</source>
            <translation>Une séance dure entre %1 et %2.</translation>
        </message>
        <message>
            <source>A duration cannot be negative.</source>
            <translation>Une durée ne peut pas être négative.</translation>
        </message>
        <message>
            <source>A session lasts %1 at most.</source>
            <translation>Une séance dure %1 au plus.</translation>
        </message>
        <message>
            <source>A session that took place lasted some time.</source>
            <translation>Une séance qui a eu lieu a forcément duré un certain temps.</translation>
        </message>
    </context>
    <context>
        <name>ValuesForm</name>
        <message>
            <source>The &amp;meaning of work: what do they expect from it, what place does it have in their life?</source>
            <translation>Le &amp;sens du travail : qu'en attend la personne, quelle place a-t-il dans sa vie ?</translation>
        </message>
        <message>
            <source>In the beneficiary's words</source>
            <translation>Avec les mots de la personne</translation>
        </message>
        <message>
            <source>The &amp;ideal activity: if everything were possible, what would they choose?</source>
            <translation>L'activité &amp;idéale : si tout était possible, que choisirait-elle ?</translation>
        </message>
        <message>
            <source>Without holding back: the dream says what matters</source>
            <translation>Sans se censurer : le rêve dit ce qui compte</translation>
        </message>
        <message>
            <source>Drag the criteria to rank them, from the most important down, and to sort what is fundamental from what they could give up.</source>
            <translation>Faites glisser les critères pour les classer, du plus important au moins important, et pour séparer ce qui est fondamental de ce qui peut faire l'objet de concessions.</translation>
        </message>
        <message>
            <source>&amp;Fundamental criteria</source>
            <translation>Critères &amp;fondamentaux</translation>
        </message>
        <message>
            <source>&amp;Room for concession</source>
            <translation>&amp;Zone de concession</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>&amp;Monter</translation>
        </message>
        <message>
            <source>Move do&amp;wn</source>
            <translation>&amp;Descendre</translation>
        </message>
        <message>
            <source>Other &amp;zone</source>
            <translation>&amp;Autre zone</translation>
        </message>
        <message>
            <source>Moves the selected criterion to the other zone</source>
            <translation>Fait passer le critère choisi dans l'autre zone</translation>
        </message>
        <message>
            <source>A new criterion: salary, autonomy, team, place…</source>
            <translation>Un nouveau critère : salaire, autonomie, équipe, lieu…</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>A&amp;jouter</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
    </context>
    <context>
        <name>parcours::AspectListEditor</name>
        <message>
            <source>Add</source>
            <translation>Ajouter</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
    </context>
    <context>
        <name>parcours::BilanDialog</name>
        <message>
            <source>Bilan no. %1 of %2</source>
            <translation>Bilan n° %1 de %2</translation>
        </message>
        <message>
            <source>Open a bilan</source>
            <translation>Ouvrir un bilan</translation>
        </message>
        <message>
            <source>Open a bilan for %1</source>
            <translation>Ouvrir un bilan pour %1</translation>
        </message>
        <message>
            <source>Preliminary + investigation + conclusion: %1 of %2 at most.</source>
            <translation>Préliminaire + investigation + conclusion : %1 sur %2 au maximum.</translation>
        </message>
    </context>
    <context>
        <name>parcours::BilanPanel</name>
        <message>
            <source>&amp;Edit the record…</source>
            <translation>&amp;Modifier la fiche…</translation>
        </message>
        <message>
            <source>&amp;Open a bilan…</source>
            <translation>&amp;Ouvrir un bilan…</translation>
        </message>
        <message>
            <source>Edit the &amp;bilan…</source>
            <translation>Modifier le &amp;bilan…</translation>
        </message>
        <message>
            <source>Open a new bilan for the selected beneficiary</source>
            <translation>Ouvrir un nouveau bilan pour le bénéficiaire sélectionné</translation>
        </message>
        <message>
            <source>Choose a beneficiary in the list, or record a new one (Ctrl+N).</source>
            <translation>Choisissez un bénéficiaire dans la liste, ou enregistrez-en un nouveau (Ctrl+N).</translation>
        </message>
        <message>
            <source>Bilan shown</source>
            <translation>Bilan affiché</translation>
        </message>
        <message>
            <source>No bilan yet: this person is a prospect. Open a bilan once they have decided to go ahead and the funding is known.</source>
            <translation>Pas encore de bilan : cette personne est un prospect. Ouvrez un bilan quand elle a décidé de s'engager et que le financement est connu.</translation>
        </message>
        <message>
            <source>Open a bilan…</source>
            <translation>Ouvrir un bilan…</translation>
        </message>
        <message>
            <source>Bilan no. %1 (%2)</source>
            <translation>Bilan n° %1 (%2)</translation>
        </message>
        <message>
            <source>Prospect</source>
            <translation>Prospect</translation>
        </message>
        <message>
            <source>Bilan no. %1</source>
            <translation>Bilan n° %1</translation>
        </message>
        <message>
            <source>started on %1</source>
            <translation>débuté le %1</translation>
        </message>
        <message>
            <source>start not fixed</source>
            <translation>début non fixé</translation>
        </message>
        <message>
            <source>Bilan: %1 done of %2 (%3 planned)</source>
            <translation>Bilan : %1 faites sur %2 (%3 prévues)</translation>
        </message>
        <message>
            <source>next session: %1, %2</source>
            <translation>prochaine séance : %1, %2</translation>
        </message>
    </context>
    <context>
        <name>parcours::CareerOptionsPage</name>
        <message>
            <source>Option</source>
            <translation>Piste</translation>
        </message>
        <message>
            <source>Desire</source>
            <translation>Envie</translation>
        </message>
        <message>
            <source>Feasibility</source>
            <translation>Faisabilité</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Career options</source>
            <translation>Pistes professionnelles</translation>
        </message>
        <message>
            <source>A favourable aspect</source>
            <translation>Un aspect favorable</translation>
        </message>
        <message>
            <source>An unfavourable aspect, a grey area</source>
            <translation>Un aspect défavorable, une zone d'ombre</translation>
        </message>
        <message>
            <source>plan B</source>
            <translation>plan B</translation>
        </message>
        <message>
            <source>New option</source>
            <translation>Nouvelle piste</translation>
        </message>
    </context>
    <context>
        <name>parcours::ClientDialog</name>
        <message>
            <source>New beneficiary</source>
            <translation>Nouveau bénéficiaire</translation>
        </message>
        <message>
            <source>Beneficiary: %1</source>
            <translation>Bénéficiaire : %1</translation>
        </message>
        <message>
            <source>Write the date as dd/mm/yyyy, for example 14/07/1985.</source>
            <translation>Écrivez la date sous la forme jj/mm/aaaa, par exemple 14/07/1985.</translation>
        </message>
    </context>
    <context>
        <name>parcours::ClientListModel</name>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Phase</translation>
        </message>
        <message>
            <source>Next session</source>
            <translation>Prochaine séance</translation>
        </message>
        <message>
            <source>Hours done</source>
            <translation>Heures faites</translation>
        </message>
    </context>
    <context>
        <name>parcours::ClientListPanel</name>
        <message>
            <source>Beneficiaries</source>
            <translation>Bénéficiaires</translation>
        </message>
        <message>
            <source>Search by name, e-mail or phone…</source>
            <translation>Rechercher par nom, courriel ou téléphone…</translation>
        </message>
        <message>
            <source>Search beneficiaries</source>
            <translation>Rechercher un bénéficiaire</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Afficher</translation>
        </message>
        <message>
            <source>All beneficiaries</source>
            <translation>Tous les bénéficiaires</translation>
        </message>
        <message>
            <source>Bilans in progress</source>
            <translation>Bilans en cours</translation>
        </message>
        <message>
            <source>Prospects</source>
            <translation>Prospects</translation>
        </message>
        <message>
            <source>Ended bilans</source>
            <translation>Bilans terminés</translation>
        </message>
    </context>
    <context>
        <name>parcours::CompetenceMatrixModel</name>
        <message>
            <source>none</source>
            <translation>aucune</translation>
        </message>
    </context>
    <context>
        <name>parcours::CompetencesPage</name>
        <message>
            <source>Competence</source>
            <translation>Compétence</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Nature</translation>
        </message>
        <message>
            <source>Domain</source>
            <translation>Domaine</translation>
        </message>
        <message>
            <source>Add the domain</source>
            <translation>Ajouter le domaine</translation>
        </message>
        <message>
            <source>Remove the domain</source>
            <translation>Retirer le domaine</translation>
        </message>
        <message>
            <source>Competences</source>
            <translation>Compétences</translation>
        </message>
        <message>
            <source>Competence matrix, kind by domain</source>
            <translation>Matrice des compétences, nature par domaine</translation>
        </message>
        <message>
            <source>Another domain (e.g. Digital, Craft…)</source>
            <translation>Un autre domaine (numérique, artisanat…)</translation>
        </message>
        <message>
            <source>Name of a new domain</source>
            <translation>Nom d'un nouveau domaine</translation>
        </message>
        <message>
            <source>Removes the domain of the selected column, once it holds no competence</source>
            <translation>Retire le domaine de la colonne choisie, quand il ne contient plus de compétence</translation>
        </message>
        <message>
            <source>↗ transferable</source>
            <translation>↗ transférable</translation>
        </message>
        <message>
            <source>Record the experiences in the History part first.</source>
            <translation>Consignez d'abord les expériences dans la partie Parcours.</translation>
        </message>
        <message>
            <source>New competence</source>
            <translation>Nouvelle compétence</translation>
        </message>
    </context>
    <context>
        <name>parcours::ExperienceTimeline</name>
        <message>
            <source>Frieze of the professional history</source>
            <translation>Frise du parcours professionnel</translation>
        </message>
        <message>
            <source>Dated experiences appear here on a frieze.</source>
            <translation>Les expériences datées apparaissent ici sur une frise.</translation>
        </message>
        <message>
            <source>Give the experiences a start date to see them on the frieze.</source>
            <translation>Donnez une date de début aux expériences pour les voir sur la frise.</translation>
        </message>
        <message>
            <source>Without dates: %1</source>
            <translation>Sans dates : %1</translation>
        </message>
        <message>
            <source>%1: %2, %3 to %4</source>
            <translation>%1 : %2, de %3 à %4</translation>
        </message>
        <message>
            <source>today</source>
            <translation>aujourd'hui</translation>
        </message>
        <message>
            <source>without dates: %1</source>
            <translation>sans dates : %1</translation>
        </message>
        <message>
            <source>No experience yet.</source>
            <translation>Aucune expérience pour l'instant.</translation>
        </message>
    </context>
    <context>
        <name>parcours::ExperiencesPage</name>
        <message>
            <source>From</source>
            <translation>Du</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Au</translation>
        </message>
        <message>
            <source>Experience</source>
            <translation>Expérience</translation>
        </message>
        <message>
            <source>Experiences</source>
            <translation>Expériences</translation>
        </message>
        <message>
            <source>today</source>
            <translation>auj.</translation>
        </message>
        <message>
            <source>Write the date as dd/mm/yyyy, mm/yyyy or yyyy.</source>
            <translation>Écrivez la date sous la forme jj/mm/aaaa, mm/aaaa ou aaaa.</translation>
        </message>
        <message>
            <source>New experience</source>
            <translation>Nouvelle expérience</translation>
        </message>
    </context>
    <context>
        <name>parcours::FieldInquiriesPage</name>
        <message>
            <source>Met on</source>
            <translation>Le</translation>
        </message>
        <message>
            <source>Professional</source>
            <translation>Personne rencontrée</translation>
        </message>
        <message>
            <source>Option</source>
            <translation>Piste</translation>
        </message>
        <message>
            <source>&amp;Print the interview guide…</source>
            <translation>&amp;Imprimer le guide d'entretien…</translation>
        </message>
        <message>
            <source>Field inquiries</source>
            <translation>Enquêtes métier</translation>
        </message>
        <message>
            <source>Before a meeting, print the interview guide (about the option of the selected inquiry); afterwards, record what was learnt.</source>
            <translation>Avant une rencontre, imprimez le guide d'entretien (sur la piste de l'enquête choisie) ; après, notez ce qui a été appris.</translation>
        </message>
        <message>
            <source>Write the date as dd/mm/yyyy.</source>
            <translation>Écrivez la date sous la forme jj/mm/aaaa.</translation>
        </message>
        <message>
            <source>(no particular option)</source>
            <translation>(aucune piste en particulier)</translation>
        </message>
        <message>
            <source>Professional to meet</source>
            <translation>Personne à rencontrer</translation>
        </message>
        <message>
            <source>Save the interview guide</source>
            <translation>Enregistrer le guide d'entretien</translation>
        </message>
        <message>
            <source>Interview guide - %1.pdf</source>
            <translation>Guide d'entretien - %1.pdf</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Documents PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Interview guide saved: %1</source>
            <translation>Guide d'entretien enregistré : %1</translation>
        </message>
    </context>
    <context>
        <name>parcours::InvestigationTab</name>
        <message>
            <source>History</source>
            <translation>Parcours</translation>
        </message>
        <message>
            <source>Competences</source>
            <translation>Compétences</translation>
        </message>
        <message>
            <source>Values</source>
            <translation>Valeurs</translation>
        </message>
        <message>
            <source>How others see them</source>
            <translation>Regard des autres</translation>
        </message>
        <message>
            <source>Tests</source>
            <translation>Tests</translation>
        </message>
        <message>
            <source>Options</source>
            <translation>Pistes</translation>
        </message>
        <message>
            <source>Field inquiries</source>
            <translation>Enquêtes métier</translation>
        </message>
        <message>
            <source>Research</source>
            <translation>Documentation</translation>
        </message>
        <message>
            <source>Professional history: experiences, highs and lows, reasons for change</source>
            <translation>Histoire professionnelle : expériences, hauts et bas, raisons des changements</translation>
        </message>
        <message>
            <source>Competence portfolio: know-how, knowledge and personal qualities by domain</source>
            <translation>Patrimoine de compétences : savoir-faire, savoirs et savoir-être par domaine</translation>
        </message>
        <message>
            <source>Values and motivations: meaning of work, ideal activity, ranked criteria</source>
            <translation>Valeurs et motivations : sens du travail, activité idéale, critères classés</translation>
        </message>
        <message>
            <source>How others see them: the questionnaire and the answers of each respondent</source>
            <translation>Le regard des autres : le questionnaire et les réponses de chaque personne</translation>
        </message>
        <message>
            <source>Career options: desire and feasibility, favourable and unfavourable aspects</source>
            <translation>Pistes professionnelles : envie et faisabilité, aspects favorables et défavorables</translation>
        </message>
        <message>
            <source>Meetings with professionals of the options explored</source>
            <translation>Rencontres avec des professionnels des pistes explorées</translation>
        </message>
        <message>
            <source>Documentary research: links and resources consulted</source>
            <translation>Exploration documentaire : liens et ressources consultés</translation>
        </message>
        <message>
            <source>&amp;Investigation</source>
            <translation>&amp;Investigation</translation>
        </message>
    </context>
    <context>
        <name>parcours::MainWindow</name>
        <message>
            <source>&amp;New beneficiary…</source>
            <translation>&amp;Nouveau bénéficiaire…</translation>
        </message>
        <message>
            <source>&amp;Find a beneficiary</source>
            <translation>&amp;Rechercher un bénéficiaire</translation>
        </message>
        <message>
            <source>Parcours</source>
            <translation>Parcours</translation>
        </message>
        <message>
            <source>Database: %1</source>
            <translation>Base : %1</translation>
        </message>
        <message>
            <source>Record a new beneficiary (Ctrl+N)</source>
            <translation>Enregistrer un nouveau bénéficiaire (Ctrl+N)</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Annuler</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rétablir</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>É&amp;dition</translation>
        </message>
        <message>
            <source>&amp;Beneficiary</source>
            <translation>&amp;Bénéficiaire</translation>
        </message>
        <message>
            <source>&amp;Session</source>
            <translation>&amp;Séance</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Aide</translation>
        </message>
        <message>
            <source>&amp;About Parcours</source>
            <translation>À &amp;propos de Parcours</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>Barre d'outils principale</translation>
        </message>
        <message>
            <source>About Parcours</source>
            <translation>À propos de Parcours</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Parcours %1&lt;/h3&gt;&lt;p&gt;The workbench of the bilan de compétences: beneficiaries, sessions, investigation, synthesis and follow-up, kept on your computer.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Parcours %1&lt;/h3&gt;&lt;p&gt;Le poste de travail du bilan de compétences : bénéficiaires, séances, investigation, synthèse et suivi, conservés sur votre ordinateur.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>parcours::MessageBanner</name>
        <message>
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <source>Close this message</source>
            <translation>Fermer ce message</translation>
        </message>
    </context>
    <context>
        <name>parcours::OptionChart</name>
        <message>
            <source>Options by desire and feasibility</source>
            <translation>Pistes selon l'envie et la faisabilité</translation>
        </message>
        <message>
            <source>Feasibility →</source>
            <translation>Faisabilité →</translation>
        </message>
        <message>
            <source>Desire →</source>
            <translation>Envie →</translation>
        </message>
        <message>
            <source>B</source>
            <comment>plan B, on the chart</comment>
            <translation>B</translation>
        </message>
        <message>
            <source>The options appear here once added.</source>
            <translation>Les pistes apparaissent ici une fois ajoutées.</translation>
        </message>
        <message>
            <source>%1: desire %2, feasibility %3 (%4)</source>
            <translation>%1 : envie %2, faisabilité %3 (%4)</translation>
        </message>
        <message>
            <source>plan B</source>
            <translation>plan B</translation>
        </message>
        <message>
            <source>No option yet.</source>
            <translation>Aucune piste pour l'instant.</translation>
        </message>
        <message>
            <source>Drag a point, or select it and use the arrow keys, to change its scores. </source>
            <translation>Faites glisser un point, ou choisissez-le et utilisez les flèches, pour changer ses notes. </translation>
        </message>
    </context>
    <context>
        <name>parcours::PeerFeedbackPage</name>
        <message>
            <source>Respondent</source>
            <translation>Personne</translation>
        </message>
        <message>
            <source>Relation</source>
            <translation>Lien</translation>
        </message>
        <message>
            <source>&amp;Print the questionnaire…</source>
            <translation>&amp;Imprimer le questionnaire…</translation>
        </message>
        <message>
            <source>Respondents</source>
            <translation>Personnes qui ont répondu</translation>
        </message>
        <message>
            <source>Print the questionnaire for the people the beneficiary chooses (colleagues, managers, friends, family), then record each one's answers here.</source>
            <translation>Imprimez le questionnaire pour les personnes que le ou la bénéficiaire choisit (collègues, responsables, proches), puis consignez ici les réponses de chacune.</translation>
        </message>
        <message>
            <source>What comes back across respondents</source>
            <translation>Ce qui revient d'une réponse à l'autre</translation>
        </message>
        <message>
            <source>Write the date as dd/mm/yyyy.</source>
            <translation>Écrivez la date sous la forme jj/mm/aaaa.</translation>
        </message>
        <message>
            <source>New respondent</source>
            <translation>Nouvelle réponse</translation>
        </message>
        <message>
            <source>The answers, once recorded, are brought together here.</source>
            <translation>Les réponses, une fois consignées, sont rassemblées ici.</translation>
        </message>
        <message>
            <source>What comes back</source>
            <translation>Ce qui revient</translation>
        </message>
        <message numerus="yes">
            <source>%n respondent(s): %1</source>
            <translation>
                <numerusform>%n personne a répondu : %1</numerusform>
                <numerusform>%n personnes ont répondu : %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Words chosen:</source>
            <translation>Mots choisis :</translation>
        </message>
        <message>
            <source>With others</source>
            <translation>Avec les autres</translation>
        </message>
        <message>
            <source>Strengths</source>
            <translation>Points forts</translation>
        </message>
        <message>
            <source>Points of vigilance</source>
            <translation>Points de vigilance</translation>
        </message>
        <message>
            <source>Could picture them as</source>
            <translation>L'imagine en</translation>
        </message>
        <message>
            <source>Save the questionnaire</source>
            <translation>Enregistrer le questionnaire</translation>
        </message>
        <message>
            <source>How others see me - %1.pdf</source>
            <translation>Le regard des autres - %1.pdf</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Documents PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Questionnaire saved: %1</source>
            <translation>Questionnaire enregistré : %1</translation>
        </message>
    </context>
    <context>
        <name>parcours::PhaseTimeline</name>
        <message>
            <source>Phase timeline</source>
            <translation>Frise des phases</translation>
        </message>
        <message numerus="yes">
            <source>%1: %2 done of %3, %n session(s) done</source>
            <translation>
                <numerusform>%1 : %2 faites sur %3, %n séance faite</numerusform>
                <numerusform>%1 : %2 faites sur %3, %n séances faites</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %n planned</source>
            <translation>
                <numerusform>, %n prévue</numerusform>
                <numerusform>, %n prévues</numerusform>
            </translation>
        </message>
        <message>
            <source>Current phase: %1</source>
            <translation>Phase en cours : %1</translation>
        </message>
        <message>
            <source>today</source>
            <translation>aujourd'hui</translation>
        </message>
    </context>
    <context>
        <name>parcours::ProfileTab</name>
        <message>
            <source>Beneficiary</source>
            <translation>Bénéficiaire</translation>
        </message>
        <message>
            <source>Bilan</source>
            <translation>Bilan</translation>
        </message>
        <message>
            <source>not given</source>
            <translation>non renseigné</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Courriel</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Date de naissance</translation>
        </message>
        <message>
            <source>Recorded on</source>
            <translation>Enregistré le</translation>
        </message>
        <message>
            <source>No bilan yet: this person is a prospect.</source>
            <translation>Pas encore de bilan : cette personne est un prospect.</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Numéro</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Funding</source>
            <translation>Financement</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Début</translation>
        </message>
        <message>
            <source>not fixed yet</source>
            <translation>pas encore fixé</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Fin</translation>
        </message>
        <message>
            <source>%1 planned</source>
            <translation>%1 prévues</translation>
        </message>
        <message>
            <source>Cap</source>
            <translation>Plafond</translation>
        </message>
        <message>
            <source>%1 over preliminary, investigation and conclusion</source>
            <translation>%1 sur préliminaire, investigation et conclusion</translation>
        </message>
        <message>
            <source>&amp;Profile</source>
            <translation>&amp;Profil</translation>
        </message>
    </context>
    <context>
        <name>parcours::RecordPage</name>
        <message>
            <source>Nothing recorded yet: start with “Add”.</source>
            <translation>Rien pour l'instant : commencez par « Ajouter ».</translation>
        </message>
        <message>
            <source>Select a line of the list to see and change it here.</source>
            <translation>Choisissez une ligne de la liste pour la voir et la modifier ici.</translation>
        </message>
        <message>
            <source>Deleted: “%1”. Edit › Undo puts it back.</source>
            <translation>Supprimé : « %1 ». Édition › Annuler le rétablit.</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Ajouter</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
    </context>
    <context>
        <name>parcours::ResourcesPage</name>
        <message>
            <source>Resource</source>
            <translation>Ressource</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Où</translation>
        </message>
        <message>
            <source>Resources consulted</source>
            <translation>Ressources consultées</translation>
        </message>
        <message>
            <source>Write the date as dd/mm/yyyy.</source>
            <translation>Écrivez la date sous la forme jj/mm/aaaa.</translation>
        </message>
        <message>
            <source>New resource</source>
            <translation>Nouvelle ressource</translation>
        </message>
    </context>
    <context>
        <name>parcours::SessionDialog</name>
        <message>
            <source>New session</source>
            <translation>Nouvelle séance</translation>
        </message>
        <message>
            <source>Edit the session</source>
            <translation>Modifier la séance</translation>
        </message>
        <message>
            <source>Log the session</source>
            <translation>Consigner la séance</translation>
        </message>
    </context>
    <context>
        <name>parcours::SessionTableModel</name>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Phase</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Prévu</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation>Réalisé</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
    </context>
    <context>
        <name>parcours::SessionsTab</name>
        <message>
            <source>&amp;New session…</source>
            <translation>&amp;Nouvelle séance…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Modifier…</translation>
        </message>
        <message>
            <source>&amp;Log…</source>
            <translation>&amp;Consigner…</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Supprimer</translation>
        </message>
        <message>
            <source>Plan a new session for this bilan</source>
            <translation>Planifier une nouvelle séance pour ce bilan</translation>
        </message>
        <message>
            <source>Record what happened in the selected session</source>
            <translation>Consigner ce qui s'est passé lors de la séance sélectionnée</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Séances</translation>
        </message>
        <message>
            <source>No session yet. Plan the first one with “New session…”.</source>
            <translation>Aucune séance pour l'instant. Planifiez la première avec « Nouvelle séance… ».</translation>
        </message>
        <message>
            <source>Delete the session of %1?</source>
            <translation>Supprimer la séance du %1 ?</translation>
        </message>
        <message>
            <source>It has already been logged (%1); its notes will be deleted with it.</source>
            <translation>Elle a déjà été consignée (%1) ; ses notes seront supprimées avec elle.</translation>
        </message>
        <message>
            <source>You can undo this with Edit › Undo.</source>
            <translation>Vous pourrez revenir en arrière avec Édition › Annuler.</translation>
        </message>
        <message>
            <source>Delete a session</source>
            <translation>Supprimer une séance</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>&amp;Sessions</source>
            <translation>&amp;Séances</translation>
        </message>
    </context>
    <context>
        <name>parcours::TestResultsPage</name>
        <message>
            <source>Taken on</source>
            <translation>Passé le</translation>
        </message>
        <message>
            <source>Instrument</source>
            <translation>Outil</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Compte rendu</translation>
        </message>
        <message>
            <source>Tests</source>
            <translation>Tests</translation>
        </message>
        <message>
            <source>Write the date as dd/mm/yyyy.</source>
            <translation>Écrivez la date sous la forme jj/mm/aaaa.</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>No file attached</source>
            <translation>Aucun fichier joint</translation>
        </message>
        <message>
            <source>SHA-256: %1</source>
            <translation>SHA-256 : %1</translation>
        </message>
        <message>
            <source>Re&amp;place…</source>
            <translation>&amp;Remplacer…</translation>
        </message>
        <message>
            <source>&amp;Attach…</source>
            <translation>&amp;Joindre…</translation>
        </message>
        <message>
            <source>Attach the report</source>
            <translation>Joindre le compte rendu</translation>
        </message>
        <message>
            <source>Reports (%1)</source>
            <translation>Comptes rendus (%1)</translation>
        </message>
        <message>
            <source>The file “%1” is too big (%2 MB at most).</source>
            <translation>Le fichier « %1 » est trop volumineux (%2 Mo au plus).</translation>
        </message>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>Impossible de lire %1 : %2</translation>
        </message>
        <message>
            <source>New test</source>
            <translation>Nouveau test</translation>
        </message>
    </context>
    <context>
        <name>parcours::ValuesPage</name>
        <message>
            <source>Fundamental criteria, most important first</source>
            <translation>Critères fondamentaux, du plus important au moins important</translation>
        </message>
        <message>
            <source>Room for concession, most important first</source>
            <translation>Zone de concession, du plus important au moins important</translation>
        </message>
        <message>
            <source>Deleted: “%1”. Edit › Undo puts it back.</source>
            <translation>Supprimé : « %1 ». Édition › Annuler le rétablit.</translation>
        </message>
    </context>
    <context>
        <name>parcours::ViewerCopies</name>
        <message>
            <source>Cannot prepare a temporary folder to open the report.</source>
            <translation>Impossible de préparer un dossier temporaire pour ouvrir le compte rendu.</translation>
        </message>
        <message>
            <source>Cannot copy the report to open it: %1</source>
            <translation>Impossible de copier le compte rendu pour l'ouvrir : %1</translation>
        </message>
        <message>
            <source>No application could open “%1”.</source>
            <translation>Aucune application n'a pu ouvrir « %1 ».</translation>
        </message>
    </context>
</TS>
